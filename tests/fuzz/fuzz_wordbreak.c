/*
 * fuzz_wordbreak.c - libFuzzer target, differential: the tokenizer's fast
 * path for word boundaries (ASCII, basic Arabic, common punctuation, with
 * ICU taking over at any other character) against ICU's word iterator alone
 * on the same text. Every word segment must end at the same place with the
 * same rule status, and the tokens (offsets, code point offsets, kind,
 * sentence and paragraph) must be the same. Input: with an even first byte
 * the rest is the text as it is (invalid UTF-8 is skipped, as the analyzer
 * never sees it); with an odd one each further byte picks a character from a
 * table of every class the fast path knows and some it hands to ICU, so that
 * the fuzzer explores their combinations rather than byte soup.
 */
#include "internal.h"
#include "text.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CAP 8192

/* Characters of every word-break class of the fast path, the sentence
 * terminators and abbreviation cases of tokenize.c, and characters beyond
 * the fast path (Latin-1 letters, combining marks, ZWJ, an emoji, CJK,
 * Hebrew, Cyrillic, ideographic space). UTF-8. */
static const char *const ALPHA[] = {
    "a", "Z", "M", "r", "D", "s", "e", "1", "0", "_", ".", "'", ",", ";",
    ":", "@", "\"", "-", "!", "?", " ", "  ", "\t", "\r", "\n", "\r\n",
    "\v", "\f", "(", ")", "/", "$", "%",
    "\xD8\xA8", "\xD8\xAF", "\xD9\x85", "\xD8\xA7\xD9\x84", "\xD9\xA3",
    "\xDB\xB5", "\xD9\xAB", "\xD9\xAC", "\xD8\x8C", "\xD8\x9B", "\xD8\x9F",
    "\xD9\x8E", "\xD9\x91", "\xD9\x80", "\xD8\x80", "\xD8\x9C", "\xDB\x94",
    "\xDB\x9D", "\xC2\xA0", "\xC2\xAB", "\xC2\xBB", "\xC2\xAD",
    "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x98", "\xE2\x80\x99",
    "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6", "\xE2\x80\x8C",
    "\xE2\x80\x8E", "\xE2\x80\x8F", "\xEF\xBB\xBF",
    /* beyond the fast path */
    "\xC3\xA9", "\xCC\x81", "\xE2\x80\x8D", "\xF0\x9F\x98\x80",
    "\xE4\xB8\xAD", "\xD7\x90", "\xD7\xB4", "\xD0\xB4", "\xE3\x80\x80",
    "\xE2\x80\xA8", "\xE2\x80\xA9", "\xC2\x85", "\xC2\xB7", "\xEF\xBC\x8E",
};

static fsc__tokenizer *tk;
static int32_t e1[CAP], r1[CAP], e2[CAP], r2[CAP];
static fsc__tokvec t1, t2;
static char text[CAP];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fsc_error err;
    if (!tk && fsc__tokenizer_new("en@ss=standard", &tk, &err) != FSC_OK)
        abort();
    if (size == 0)
        return 0;
    size_t len = 0;
    if (data[0] & 1) {
        const size_t na = sizeof ALPHA / sizeof ALPHA[0];
        for (size_t i = 1; i < size && len + 8 < sizeof text; i++) {
            const char *s = ALPHA[data[i] % na];
            size_t l = strlen(s);
            memcpy(text + len, s, l);
            len += l;
        }
    } else {
        len = size - 1 < sizeof text ? size - 1 : sizeof text;
        memcpy(text, data + 1, len);
        if (!fsc__utf8_valid(text, len, NULL, NULL, NULL))
            return 0;
    }
    size_t n1 = 0, n2 = 0;
    uint32_t s1 = 0, s2 = 0;
    if (fsc__tokenizer_set_fast(tk, 0) != 0)
        abort();
    fsc_status a = fsc__tokenizer_words(tk, text, len, e1, r1, CAP, &n1, &err);
    fsc_status ta = fsc__tokenize(tk, text, len, &t1, &s1, &err);
    /* The default locale's word rules are those the fast path follows. */
    if (fsc__tokenizer_set_fast(tk, 1) != 1)
        abort();
    fsc_status b = fsc__tokenizer_words(tk, text, len, e2, r2, CAP, &n2, &err);
    fsc_status tb = fsc__tokenize(tk, text, len, &t2, &s2, &err);
    if (a != b || ta != tb || n1 != n2 || s1 != s2 || t1.n != t2.n)
        abort();
    if (n1 && (memcmp(e1, e2, n1 * sizeof *e1) ||
               memcmp(r1, r2, n1 * sizeof *r1)))
        abort();
    if (t1.n && memcmp(t1.v, t2.v, t1.n * sizeof *t1.v))
        abort();
    return 0;
}
