/*
 * test_normalize.c - folding of token keys (NFKC_Casefold, Arabic, Cyrillic
 * and apostrophe folds, whitespace removal), scripts, version strings.
 */
#include "text.h"
#include "th.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static fsc__folder *plain, *tam; /* without and with ة -> ه */
static fsc_buf out;

/* Fold s with f into a fresh result; returns the folded text. */
static const char *fold(fsc__folder *f, const char *s, int *script)
{
    fsc__buf_reset(&out);
    fsc_error err;
    fsc_status st = fsc__fold(f, s, strlen(s), &out, script, &err);
    TH_EQ_INT(st, FSC_OK);
    return out.data ? out.data : "";
}

#define FOLD_EQ(f, in, want, want_script)  \
    do {                                   \
        int sc = -1;                       \
        TH_EQ_STR(fold(f, in, &sc), want); \
        TH_EQ_INT(sc, want_script);        \
    } while (0)

static void test_latin_cyrillic(void)
{
    FOLD_EQ(plain, "Straße SAID", "strassesaid", FSC__SCRIPT_LATIN);
    FOLD_EQ(plain, "ＡＢＣ", "abc", FSC__SCRIPT_LATIN);     /* fullwidth */
    FOLD_EQ(plain, "ﬁnance", "finance", FSC__SCRIPT_LATIN); /* ligature */
    FOLD_EQ(plain, "don’t", "don't", FSC__SCRIPT_LATIN);
    FOLD_EQ(plain, "‘o’", "'o'", FSC__SCRIPT_LATIN);
    FOLD_EQ(plain, "Ngũgĩ\xca\xbcs", "ngũgĩ's", FSC__SCRIPT_LATIN);
    FOLD_EQ(plain, "5\xe2\x80\xb2", "5'", FSC__SCRIPT_COMMON); /* prime */
    FOLD_EQ(plain, "Ёлка", "елка", FSC__SCRIPT_CYRILLIC);
    FOLD_EQ(plain, "ЗАЯВИЛ", "заявил", FSC__SCRIPT_CYRILLIC);
    /* е + combining diaeresis composes to ё under NFKC, then folds. */
    FOLD_EQ(plain, "\xd0\x95\xcc\x88ж", "еж", FSC__SCRIPT_CYRILLIC);
    FOLD_EQ(plain,
            "a\xc2\xa0"
            "b\tc",
            "abc", FSC__SCRIPT_LATIN);
    /* Default-ignorables go (NFKC_Casefold drops them). */
    FOLD_EQ(plain,
            "co\xc2\xad"
            "op\xe2\x80\x8b",
            "coop", FSC__SCRIPT_LATIN);
}

static void test_scripts(void)
{
    FOLD_EQ(plain, "2024", "2024", FSC__SCRIPT_COMMON);
    FOLD_EQ(plain, "\xe2\x80\x9c", "\xe2\x80\x9c", FSC__SCRIPT_COMMON);
    FOLD_EQ(plain, "", "", FSC__SCRIPT_COMMON);
    FOLD_EQ(plain, "中文", "中文", FSC__SCRIPT_OTHER);
    FOLD_EQ(plain, "3-й", "3-й", FSC__SCRIPT_CYRILLIC); /* first letter */
    FOLD_EQ(plain, "١٢٣", "١٢٣", FSC__SCRIPT_COMMON);   /* Arabic digits */
    /* A NULL script pointer is allowed. */
    fsc__buf_reset(&out);
    TH_EQ_INT(fsc__fold(plain, "Ab", 2, &out, NULL, NULL), FSC_OK);
    TH_EQ_STR(out.data, "ab");
}

static void test_arabic(void)
{
    /* Tashkeel (sukun, fatha) and tatweel go; hamza-alef becomes alef. */
    FOLD_EQ(plain, "الإرْهَـــاب", "الارهاب", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "أإآٱ", "اااا", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "مصطفى", "مصطفي", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "کتاب", "كتاب", FSC__SCRIPT_ARABIC);   /* Persian kaf */
    FOLD_EQ(plain, "ایران", "ايران", FSC__SCRIPT_ARABIC); /* Persian yeh */
    FOLD_EQ(plain, "مدرسة", "مدرسة", FSC__SCRIPT_ARABIC);
    FOLD_EQ(tam, "مدرسة", "مدرسه", FSC__SCRIPT_ARABIC);
    /* Superscript alef U+0670, Quranic mark U+06D6, shadda U+0651. */
    FOLD_EQ(plain, "هٰذَا", "هذا", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "قُلْۖ", "قل", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "محمّد", "محمد", FSC__SCRIPT_ARABIC);
    /* Alef + combining hamza composes to أ under NFKC, then folds. */
    FOLD_EQ(plain,
            "\xd8\xa7\xd9\x94"
            "حمد",
            "احمد", FSC__SCRIPT_ARABIC);
    /* Presentation forms (U+FE70-U+FEFF, U+FB50-U+FDFF) fold by NFKC:
     * isolated alef, initial lam, medial seen, lam-alef ligature, final
     * meem; the Allah ligature U+FDF2; Persian keheh U+FB8E. */
    FOLD_EQ(plain,
            "\xef\xba\x8d\xef\xbb\x9f\xef\xba\xb4\xef\xbb\xbc"
            "\xef\xbb\xa2",
            "السلام", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "\xef\xbb\xbb", "لا", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "\xef\xb7\xb2", "الله", FSC__SCRIPT_ARABIC);
    FOLD_EQ(plain, "\xef\xae\x8e", "ك", FSC__SCRIPT_ARABIC);
    /* ﷺ expands to four words; the spaces are removed. */
    FOLD_EQ(plain, "\xef\xb7\xba", "صلياللهعليهوسلم", FSC__SCRIPT_ARABIC);
}

static void test_growth_and_append(void)
{
    /* 2,000 x ﷺ expands 18-fold: the scratch must grow (and retry). */
    size_t n = 2000, k = 3;
    char *big = malloc(n * k + 1);
    TH_CHECK(big != NULL);
    if (!big)
        return;
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * k, "\xef\xb7\xba", k);
    big[n * k] = '\0';
    int sc = -1;
    const char *r = fold(plain, big, &sc);
    TH_EQ_INT(strlen(r), n * 15 * 2);
    TH_EQ_INT(sc, FSC__SCRIPT_ARABIC);
    free(big);

    /* fsc__fold appends; it does not reset the buffer. */
    fsc__buf_reset(&out);
    TH_EQ_INT(fsc__fold(plain, "AB", 2, &out, NULL, NULL), FSC_OK);
    TH_EQ_INT(fsc__buf_addc(&out, '|'), FSC_OK);
    TH_EQ_INT(fsc__fold(plain, "Cé", 3, &out, NULL, NULL), FSC_OK);
    TH_EQ_STR(out.data, "ab|cé");

    /* A full buffer gives FSC_ELIMIT. */
    fsc_buf small;
    fsc_error err;
    fsc__buf_init(&small, 4);
    TH_EQ_INT(fsc__fold(plain, "abcdefgh", 8, &small, NULL, &err), FSC_ELIMIT);
    TH_EQ_INT(err.code, FSC_ELIMIT);
    fsc__buf_free(&small);
}

static void test_idempotent(void)
{
    static const char *const in[] = {
        "الإرْهَـــاب", "Straße",   "Ёж",      "don’t", "\xef\xb7\xba",
        "ﬃ",          "İstanbul", "ΣΊΣΥΦΟΣ", "مدرسة",
    };
    for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
        fsc__folder *f = i % 2 ? tam : plain;
        char once[256];
        const char *r = fold(f, in[i], NULL);
        snprintf(once, sizeof once, "%s", r);
        TH_EQ_STR(fold(f, once, NULL), once);
    }
}

static void test_versions(void)
{
    const char *icu = fsc_icu_version(), *uni = fsc_unicode_version();
    TH_CHECK(icu != NULL && isdigit((unsigned char)icu[0]));
    TH_CHECK(icu != NULL && strchr(icu, '.') != NULL);
    TH_CHECK(uni != NULL && isdigit((unsigned char)uni[0]));
    TH_CHECK(uni != NULL && strchr(uni, '.') != NULL);
    TH_CHECK(fsc_icu_version() == icu); /* static, stable */
}

/* The ASCII and basic-Arabic shortcuts give exactly what ICU gives. */
static void test_fast_path_agrees(void)
{
    static const char *const words[] = {
        "Occupation", "SAID", "don't", "U.S", "a", "", "123", "x1y2",
        "الاحتلال", "الإرهاب", "وللاحتلال", "الاحْتِلال", "الاحتـــلال",
        "مستشفى", "مدرسة", "ؤ", "و\xd9\x94", /* و + hamza above composes */
        "ا\xd9\x93", /* alef + madda composes to آ */
        "٢٠٢٣", "قرآن", "ٱلله", "Straße", "ёлка", "ﻻ", "abc\xd8\xa7" "def",
        "Tab\there", "ق\xd9\xb0"
    };
    fsc__folder *fs[2] = { plain, tam };
    fsc_buf a, b;
    fsc__buf_init(&a, 0);
    fsc__buf_init(&b, 0);
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
            int s1 = -1, s2 = -2;
            fsc_error err;
            fsc__buf_reset(&a);
            fsc__buf_reset(&b);
            TH_EQ_INT(fsc__fold(fs[k], words[i], strlen(words[i]), &a, &s1,
                                &err),
                      FSC_OK);
            TH_EQ_INT(fsc__fold_icu(fs[k], words[i], strlen(words[i]), &b,
                                    &s2, &err),
                      FSC_OK);
            TH_EQ_STR(a.data ? a.data : "", b.data ? b.data : "");
            TH_EQ_INT(s1, s2);
        }
    }
    fsc__buf_free(&a);
    fsc__buf_free(&b);
}

/* Append code point c to w as UTF-8; returns the bytes written. */
static size_t put_cp(char *w, uint32_t c)
{
    if (c < 0x80) {
        w[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        w[0] = (char)(0xC0 | c >> 6);
        w[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    w[0] = (char)(0xE0 | c >> 12);
    w[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    w[2] = (char)(0x80 | (c & 0x3F));
    return 3;
}

/* The shortcuts against ICU on 200,000 generated tokens of 1-12
 * characters: mostly U+0600-U+06FF (every one of them), with ASCII letters,
 * digits and spaces, Latin-1, Cyrillic, presentation forms and combining
 * marks mixed in; and broken UTF-8 (a lone lead or trail byte), which both
 * must refuse alike. */
static void test_fast_path_generated(void)
{
    fsc__folder *fs[2] = { plain, tam };
    fsc_buf a, b;
    fsc__buf_init(&a, 0);
    fsc__buf_init(&b, 0);
    uint32_t x = 12345u;
    size_t differ = 0, fast = 0;
    for (size_t n = 0; n < 200000; n++) {
        char w[64];
        size_t len = 0;
        size_t k = 1 + (n % 12);
        for (size_t j = 0; j < k; j++) {
            x = x * 1103515245u + 12345u;
            uint32_t r = x >> 8, c;
            switch (r % 16) {
            case 0:
                c = (uint32_t) "aZ 9'\t-"[(r >> 4) % 7];
                break;
            case 1:
                c = 0x00C0 + (r >> 4) % 0x40; /* Latin-1 letters */
                break;
            case 2:
                c = 0x0400 + (r >> 4) % 0x60; /* Cyrillic */
                break;
            case 3:
                c = 0xFE70 + (r >> 4) % 0x8D; /* presentation forms B */
                break;
            case 4:
                c = 0x0300 + (r >> 4) % 0x20; /* combining marks */
                break;
            default:
                c = 0x0600 + (r >> 4) % 0x100; /* Arabic */
                break;
            }
            len += put_cp(w + len, c);
        }
        if (n % 97 == 0) /* a lone lead byte or trail byte */
            w[(n / 97) % len] = (char)((n & 1) ? 0xD8 : 0x80);
        for (size_t f = 0; f < 2; f++) {
            int s1 = -1, s2 = -2;
            fsc_error err;
            fsc__buf_reset(&a);
            fsc__buf_reset(&b);
            fsc_status r1 = fsc__fold(fs[f], w, len, &a, &s1, &err);
            fsc_status r2 = fsc__fold_icu(fs[f], w, len, &b, &s2, &err);
            fast += r1 == FSC_OK;
            if (r1 != r2 || (r1 == FSC_OK && (s1 != s2 || a.len != b.len ||
                                              memcmp(a.data, b.data, a.len))))
                differ++;
        }
    }
    TH_EQ_INT(differ, 0);
    TH_CHECK(fast > 100000);
    fsc__buf_free(&a);
    fsc__buf_free(&b);
}

int main(void)
{
    fsc__fold_opts o = { 0 };
    fsc_error err;
    fsc__buf_init(&out, 0);
    TH_EQ_INT(fsc__folder_new(&o, &plain, &err), FSC_OK);
    o.ta_marbuta = 1;
    TH_EQ_INT(fsc__folder_new(&o, &tam, &err), FSC_OK);
    if (!plain || !tam)
        TH_DONE();
    test_latin_cyrillic();
    test_scripts();
    test_arabic();
    test_growth_and_append();
    test_idempotent();
    test_versions();
    test_fast_path_agrees();
    test_fast_path_generated();
    fsc__folder_free(plain);
    fsc__folder_free(tam);
    fsc__folder_free(NULL);
    fsc__buf_free(&out);
    TH_DONE();
}
