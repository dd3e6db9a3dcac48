/*
 * test_jtree.c - the arena JSON reader against cJSON: on every text it
 * accepts, cJSON must accept it too and build the same tree (types, keys,
 * strings, numbers, valueint, sibling links) and the offsets of the
 * "entries" found on the way must be the jsonpos scanner's; strict JSON,
 * including the
 * bundled lexicons, must be accepted; and every prefix and every one-byte
 * change of a set of texts must give either the same tree or a decline.
 */
#include "jsonpos.h"
#include "lexicon/jtree.h"
#include "th.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parse s[0..len) both ways. Returns the jtree result; fails the test when
 * jtree accepted a text that cJSON rejects or reads differently. */
static int check_text(const char *s, size_t len)
{
    fsc_arena a;
    fsc__arena_init(&a, 4096);
    cJSON *fast = NULL;
    size_t *offs = NULL, n_offs = 0;
    fsc__jtree_result r =
        fsc__jtree_parse(s, len, &a, "entries", &offs, &n_offs, &fast);
    if (r == FSC__JTREE_OK) {
        /* the offsets of the entries, as the raw-text scanner finds them */
        fsc__jpstep path[] = { { "entries", 0 } };
        size_t cap = n_offs + 2;
        size_t *want = malloc(cap * sizeof *want);
        TH_CHECK(want != NULL);
        /* (the reader uses them only when "entries" is an array) */
        const cJSON *ents =
            cJSON_IsObject(fast)
                ? cJSON_GetObjectItemCaseSensitive(fast, "entries")
                : NULL;
        if (want && !cJSON_IsArray(ents)) {
            TH_EQ_INT(n_offs, 0);
        } else if (want) {
            size_t nw = fsc__jsonpos_elements(s, len, path, 1, want, cap);
            TH_EQ_INT(n_offs, nw);
            for (size_t k = 0; k < nw && k < n_offs; k++)
                TH_EQ_INT(offs[k], want[k]);
        }
        free(want);
        char *copy = malloc(len + 1);
        TH_CHECK(copy != NULL);
        if (copy) {
            memcpy(copy, s, len);
            copy[len] = '\0';
            const char *end = NULL;
            cJSON *ref = cJSON_ParseWithLengthOpts(copy, len + 1, &end, 1);
            if (!ref || !fsc__jtree_same(fast, ref)) {
                fprintf(stderr, "jtree and cJSON differ on: %.*s\n",
                        (int)(len < 200 ? len : 200), s);
                TH_CHECK(0);
            }
            cJSON_Delete(ref);
            free(copy);
        }
    } else {
        TH_CHECK(fast == NULL && offs == NULL);
    }
    free(offs);
    fsc__arena_free(&a);
    return (int)r;
}

static const char *const strict[] = {
    "{}",
    "[]",
    " \t\r\n{ \"a\" : 1 } \n",
    "{\"a\":[1,2,3],\"b\":{\"c\":null,\"d\":true,\"e\":false}}",
    "[0,-0,1.5,-2.25e3,1E+2,3e-2,123456789012,-2147483648,2147483647,"
    "2147483648,-2147483649,1e308,5e-324,0.1,99.99]",
    "\"plain\"",
    "\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
    "\"\\u00e9\\u0627\\u4e2d\\ud83d\\ude00 \\uFFFF \\u0041\"",
    "\"raw UTF-8: \xd9\x82\xd8\xb1\xd9\x87 \xe2\x80\x94\"",
    "{\"dup\":1,\"dup\":2,\"_x\":[[],[{}],[[1]]]}",
    "[\"a\",\"\",{\"\":\"\"}]",
    "12",
    "-0.0",
    "null",
    "true",
    "{\"entries\": [ {\"t\": 1},\n  [2], \"x\" ,3 ], \"entries\": [9]}",
    "{\"a\": {\"entries\": [1]}, \"entr\\u0069es\": [ ]}",
    "{\"entries\": {\"a\": [1]}}",
    "[{\"entries\": [1, 2]}]",
};

static const char *const odd[] = {
    "",
    " ",
    "{",
    "{\"a\":}",
    "{\"a\":1,}",
    "[1,]",
    "[01]",
    "[1.]",
    "[.5]",
    "[+1]",
    "[1e]",
    "[-]",
    "[1-2]",
    "[1.2.3]",
    "[0x10]",
    "[NaN]",
    "[Infinity]",
    "\"\\u0000\"",
    "\"\\uZZZZ\"",
    "\"\\ud800\"",
    "\"\\udc00\"",
    "\"\\ud800\\u0041\"",
    "\"\\x\"",
    "\"tab\tinside\"",
    "\"unterminated",
    "\"\\",
    "{\"a\" 1}",
    "{1:2}",
    "[1]x",
    "[1] [2]",
    "\xef\xbb\xbf{}",
    "{}\f",
    "{\v}",
    "[tru]",
    "[nul]",
    "[falsey]",
    "[1,\x00 2]",
    "{\"a\":1}\x00",
};

/* The text of a file, or NULL. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *s = malloc(cap);
    while (s && (got = fread(s + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *t = realloc(s, cap *= 2);
            if (!t) {
                free(s);
                s = NULL;
            }
            s = t;
        }
    }
    fclose(f);
    *len = n;
    return s;
}

int main(void)
{
    for (size_t i = 0; i < sizeof strict / sizeof *strict; i++)
        TH_EQ_INT(check_text(strict[i], strlen(strict[i])), FSC__JTREE_OK);
    /* Texts outside the subset: a decline, never a different tree. */
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        check_text(odd[i], strlen(odd[i]));
    }
    TH_EQ_INT(check_text("[1,\x00 2]", 7), FSC__JTREE_DECLINE);
    TH_EQ_INT(check_text("{\"a\":1}\x00", 8), FSC__JTREE_DECLINE);
    TH_EQ_INT(check_text("\"\\u0000\"", 8), FSC__JTREE_DECLINE);
    TH_EQ_INT(check_text("[1e]", 4), FSC__JTREE_DECLINE);

    /* Every prefix and every one-byte change of the strict texts. */
    static const char repl[] = { '"', '\\', '{', '}', '[', ']', ',',   ':',
                                 '0', '-',  '.', 'e', 'u', ' ', '\x01' };
    char buf[256];
    for (size_t i = 0; i < sizeof strict / sizeof *strict; i++) {
        size_t n = strlen(strict[i]);
        if (n > sizeof buf)
            continue;
        for (size_t k = 0; k < n; k++)
            check_text(strict[i], k);
        for (size_t k = 0; k < n; k++)
            for (size_t r = 0; r < sizeof repl; r++) {
                memcpy(buf, strict[i], n);
                buf[k] = repl[r];
                check_text(buf, n);
            }
    }

    /* The bundled lexicons and the test lexicons: all strict JSON. */
    static const char *const files[] = {
        FSC_SOURCE_DIR "/lexicons/karabakh-2023.json",
        FSC_SOURCE_DIR "/lexicons/modifiers.json",
        FSC_SOURCE_DIR "/lexicons/general/loaded-language.json",
        FSC_SOURCE_DIR "/lexicons/attribution/actors.json",
        FSC_SOURCE_DIR "/lexicons/attribution/cues.json",
        FSC_SOURCE_DIR "/lexicons/conflicts/middle-east.json",
        FSC_SOURCE_DIR "/lexicons/conflicts/russia-ukraine.json",
        FSC_TEST_DATA "/lexicons/valid.json",
        FSC_TEST_DATA "/lexicons/attrs.json",
    };
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        size_t len = 0;
        char *s = slurp(files[i], &len);
        TH_CHECK(s != NULL);
        if (!s)
            continue;
        TH_EQ_INT(check_text(s, len), FSC__JTREE_OK);
        free(s);
    }
    TH_DONE();
}
