/*
 * test_tokenize.c - ICU word segmentation: byte and code point offsets in
 * mixed Arabic/English/Russian text, token kinds, dropped whitespace,
 * sentence and paragraph indices, limits; each with the fast path for word
 * boundaries on and off, and the fast path's segments and rule statuses
 * against ICU's on the cases its rules distinguish.
 */
#include "text.h"
#include "th.h"

#include <stdint.h>
#include <string.h>
#include <unicode/ustring.h>

typedef struct want {
    const char *text; /* token text */
    uint32_t off, len, cp_off, cp_len, sent, para;
    int kind;
} want;

enum { W = FSC__TOK_WORD, N = FSC__TOK_NUMBER, P = FSC__TOK_PUNCT };

static void check_tokens(fsc__tokenizer *tk, const char *text, const want *w,
                         size_t n_want, uint32_t n_sent_want)
{
    fsc__tokvec tv = { 0 };
    uint32_t n_sent = 99;
    fsc_error err;
    TH_EQ_INT(fsc__tokenize(tk, text, strlen(text), &tv, &n_sent, &err),
              FSC_OK);
    TH_EQ_INT(tv.n, n_want);
    TH_EQ_INT(n_sent, n_sent_want);
    for (size_t i = 0; i < tv.n && i < n_want; i++) {
        const fsc__token *t = &tv.v[i];
        char got[64] = "";
        if (t->len < sizeof got)
            memcpy(got, text + t->off, t->len);
        TH_EQ_STR(got, w[i].text);
        TH_EQ_INT(t->off, w[i].off);
        TH_EQ_INT(t->len, w[i].len);
        TH_EQ_INT(t->cp_off, w[i].cp_off);
        TH_EQ_INT(t->cp_len, w[i].cp_len);
        TH_EQ_INT(t->sent, w[i].sent);
        TH_EQ_INT(t->para, w[i].para);
        TH_EQ_INT(t->kind, w[i].kind);
    }
    fsc__tokvec_free(&tv);
}

static void test_mixed_scripts(fsc__tokenizer *tk)
{
    /* Quotation marks and dashes are kept as punctuation; byte offsets
     * and code point offsets differ from the first character on. */
    static const want w[] = {
        { "\xe2\x80\x9c", 0, 3, 0, 1, 0, 0, P },
        { "We", 3, 2, 1, 2, 0, 0, W },
        { "said", 6, 4, 4, 4, 0, 0, W },
        { "\xe2\x80\x9d", 10, 3, 8, 1, 0, 0, P },
        { "\xe2\x80\x94", 14, 3, 10, 1, 0, 0, P },
        { "وقال", 18, 8, 12, 4, 0, 0, W },
        { "بيراموف", 27, 14, 17, 7, 0, 0, W },
        { ":", 41, 1, 24, 1, 0, 0, P },
        { "«", 43, 2, 26, 1, 0, 0, P },
        { "заявил", 45, 12, 27, 6, 0, 0, W },
        { "Лавров", 58, 12, 34, 6, 0, 0, W },
        { "»", 70, 2, 40, 1, 0, 0, P },
        { ".", 72, 1, 41, 1, 0, 0, P },
    };
    check_tokens(tk, "“We said” — وقال بيراموف: «заявил Лавров».", w,
                 sizeof w / sizeof w[0], 1);
}

static void test_sentences_and_paragraphs(fsc__tokenizer *tk)
{
    /* ICU's "en" rules (no suppressions) break after "Mr." before an
     * upper-case word; ؟ ends a sentence; a single line break ends a
     * sentence; a blank line (here with a space on it) ends a paragraph.
     * "counter-terrorism" is three tokens and "3.5" one number. */
    static const want w[] = {
        { "Mr", 0, 2, 0, 2, 0, 0, W },
        { ".", 2, 1, 2, 1, 0, 0, P },
        { "Smith", 4, 5, 4, 5, 1, 0, W },
        { "arrived", 10, 7, 10, 7, 1, 0, W },
        { ".", 17, 1, 17, 1, 1, 0, P },
        { "هل", 19, 4, 19, 2, 2, 0, W },
        { "انتهى", 24, 10, 22, 5, 2, 0, W },
        { "؟", 34, 2, 27, 1, 2, 0, P },
        { "نعم", 37, 6, 29, 3, 3, 0, W },
        { "Line", 44, 4, 33, 4, 4, 0, W },
        { "two", 49, 3, 38, 3, 4, 0, W },
        { "Para", 55, 4, 44, 4, 5, 1, W },
        { "2", 60, 1, 49, 1, 5, 1, N },
        { ",", 61, 1, 50, 1, 5, 1, P },
        { "counter", 63, 7, 52, 7, 5, 1, W },
        { "-", 70, 1, 59, 1, 5, 1, P },
        { "terrorism", 71, 9, 60, 9, 5, 1, W },
        { "3.5", 81, 3, 70, 3, 5, 1, N },
        { "a", 85, 1, 74, 1, 5, 1, W },
        { "b", 88, 1, 77, 1, 5, 1, W },
    };
    check_tokens(tk,
                 "Mr. Smith arrived. هل انتهى؟ نعم\nLine two\n \n"
                 "Para 2, counter-terrorism 3.5 a  b",
                 w, sizeof w / sizeof w[0], 6);
}

static void test_no_break_cases(fsc__tokenizer *tk)
{
    /* No sentence break before a lower-case word ("U.S. officials",
     * "e.g. this"), inside numbers, or after a colon. */
    static const want w[] = {
        { "U.S", 0, 3, 0, 3, 0, 0, W },       { ".", 3, 1, 3, 1, 0, 0, P },
        { "officials", 5, 9, 5, 9, 0, 0, W }, { "paid", 15, 4, 15, 4, 0, 0, W },
        { "$", 20, 1, 20, 1, 0, 0, P },       { "1.5", 21, 3, 21, 3, 0, 0, N },
        { "e.g", 25, 3, 25, 3, 0, 0, W },     { ".", 28, 1, 28, 1, 0, 0, P },
        { "this", 30, 4, 30, 4, 0, 0, W },    { ":", 34, 1, 34, 1, 0, 0, P },
        { "\"", 36, 1, 36, 1, 0, 0, P },      { "Yes", 37, 3, 37, 3, 0, 0, W },
        { ".", 40, 1, 40, 1, 0, 0, P },       { "\"", 41, 1, 41, 1, 0, 0, P },
        { "Then", 43, 4, 43, 4, 1, 0, W },
    };
    check_tokens(tk, "U.S. officials paid $1.5 e.g. this: \"Yes.\" Then", w,
                 sizeof w / sizeof w[0], 2);
}

static uint32_t count_sentences(fsc__tokenizer *tk, const char *text);

static void test_arabic_glued_stops(fsc__tokenizer *tk)
{
    /* A full stop glued between two Arabic words ends the sentence, and
     * the word ICU would keep whole around it is split: the cue after it
     * opens the next sentence. */
    static const want w[] = {
        { "ارتفعت", 0, 12, 0, 6, 0, 0, W },
        { "الأرباح", 13, 14, 7, 7, 0, 0, W },
        { ".", 27, 1, 14, 1, 0, 0, P },
        { "وتابع", 28, 10, 15, 5, 1, 0, W },
        { "المدير", 39, 12, 21, 6, 1, 0, W },
        { ":", 51, 1, 27, 1, 1, 0, P },
        { "نعم", 53, 6, 29, 3, 1, 0, W },
    };
    check_tokens(tk, "ارتفعت الأرباح.وتابع المدير: نعم", w,
                 sizeof w / sizeof w[0], 2);
    /* a vowel mark before the stop is part of the word */
    static const want v[] = {
        { "الصادراتُ", 0, 18, 0, 9, 0, 0, W },
        { ".", 18, 1, 9, 1, 0, 0, P },
        { "وقال", 19, 8, 10, 4, 1, 0, W },
    };
    check_tokens(tk, "الصادراتُ.وقال", v, sizeof v / sizeof v[0], 2);
    /* Numbers, one-letter abbreviations and Latin names keep their stops:
     * one sentence, the words as ICU gives them. */
    static const want x[] = {
        { "بلغ", 0, 6, 0, 3, 0, 0, W },
        { "3.5", 7, 3, 4, 3, 0, 0, N },
        { "و٣.٥", 11, 7, 8, 4, 0, 0, N },
        { "أ.د", 19, 5, 13, 3, 0, 0, W },
        { ".", 24, 1, 16, 1, 0, 0, P },
        { "سعد", 26, 6, 18, 3, 0, 0, W },
        { "(", 33, 1, 22, 1, 0, 0, P },
        { "د.ب.أ", 34, 8, 23, 5, 0, 0, W },
        { ")", 42, 1, 28, 1, 0, 0, P },
        { "sp.gov.sa", 44, 9, 30, 9, 0, 0, W },
    };
    check_tokens(tk, "بلغ 3.5 و٣.٥ أ.د. سعد (د.ب.أ) sp.gov.sa", x,
                 sizeof x / sizeof x[0], 1);
    /* Latin initials spelt out and web addresses are names: their stops
     * end no sentence (ICU would end one inside the word). */
    TH_EQ_INT(count_sentences(tk, "وقالت (بي.بي.سي) إن الخبر صحيح"), 1);
    TH_EQ_INT(count_sentences(tk, "طرحت إل.جي هاتفا وقالت إنه جديد"), 1);
    TH_EQ_INT(count_sentences(tk, "نشر موقع العربية.نت تقريرا"), 1);
    TH_EQ_INT(count_sentences(tk, "أعلن موقع بيت.كوم أمس"), 1);
    TH_EQ_INT(count_sentences(tk, "وصلت سيارة بي.إم.دبليو أمس"), 1);
    /* a short word before the stop still ends its sentence */
    TH_EQ_INT(count_sentences(tk, "لم يقل شيئا له.وقال آخر: لا"), 2);
    /* ؟ and ! between two words already end a sentence */
    TH_EQ_INT(count_sentences(tk, "هل انتهى؟وتابع: نعم"), 2);
    TH_EQ_INT(count_sentences(tk, "انتهى!وتابع: نعم"), 2);
}

static void test_whitespace_and_controls(fsc__tokenizer *tk)
{
    /* CR LF is one line break; NBSP and ZWSP are dropped like spaces; an
     * emoji (4 bytes, 2 UTF-16 units, 1 code point) is punctuation;
     * U+2029 PARAGRAPH SEPARATOR starts a paragraph. */
    static const want w[] = {
        { "a", 0, 1, 0, 1, 0, 0, W },
        { "b", 3, 1, 3, 1, 1, 0, W },
        { "c", 6, 1, 5, 1, 1, 0, W },
        { "d", 10, 1, 7, 1, 1, 0, W },
        { "\xf0\x9f\x98\x80", 12, 4, 9, 1, 1, 0, P },
        { "e", 17, 1, 11, 1, 1, 0, W },
        { ".", 18, 1, 12, 1, 1, 0, P },
        { "f", 22, 1, 14, 1, 2, 1, W },
    };
    check_tokens(tk,
                 "a\r\nb\xc2\xa0"
                 "c\xe2\x80\x8b"
                 "d \xf0\x9f\x98\x80 e."
                 "\xe2\x80\xa9"
                 "f",
                 w, sizeof w / sizeof w[0], 3);
}

static void test_blank_lines(fsc__tokenizer *tk)
{
    /* Leading breaks are ignored; several blank lines make one paragraph
     * break; indices stay dense. */
    static const want w[] = {
        { "One", 3, 3, 3, 3, 0, 0, W },
        { "Two", 11, 3, 11, 3, 1, 1, W },
        { "three", 15, 5, 15, 5, 1, 1, W },
        { "Four", 24, 4, 24, 4, 2, 2, W },
    };
    check_tokens(tk, "\n\n One\n\n\n\n\nTwo three\r\n\r\nFour\n\n", w,
                 sizeof w / sizeof w[0], 3);
}

static void test_empty_and_reuse(fsc__tokenizer *tk)
{
    fsc__tokvec tv = { 0 };
    uint32_t n_sent = 7;
    TH_EQ_INT(fsc__tokenize(tk, "", 0, &tv, &n_sent, NULL), FSC_OK);
    TH_EQ_INT(tv.n, 0);
    TH_EQ_INT(n_sent, 0);
    TH_EQ_INT(fsc__tokenize(tk, " \n\t ", 4, &tv, &n_sent, NULL), FSC_OK);
    TH_EQ_INT(tv.n, 0);
    TH_EQ_INT(n_sent, 0);

    /* The vector is cleared and refilled; a text without a terminating
     * NUL is read only up to len. */
    TH_EQ_INT(fsc__tokenize(tk, "alpha beta", 5, &tv, &n_sent, NULL), FSC_OK);
    TH_EQ_INT(tv.n, 1);
    TH_EQ_INT(n_sent, 1);
    TH_EQ_INT(fsc__tokenize(tk, "x y z", 5, &tv, &n_sent, NULL), FSC_OK);
    TH_EQ_INT(tv.n, 3);
    TH_EQ_INT(tv.v[2].off, 4);

    fsc_error err;
    TH_EQ_INT(fsc__tokenize(tk, "x", (size_t)INT32_MAX + 1, &tv, &n_sent, &err),
              FSC_ELIMIT);
    TH_EQ_INT(err.code, FSC_ELIMIT);
    TH_EQ_INT(tv.n, 0);

    /* Input is meant to be validated first; bad UTF-8 is an ICU error. */
    TH_EQ_INT(fsc__tokenize(tk, "ab\xff", 3, &tv, &n_sent, &err), FSC_EICU);
    TH_CHECK(strstr(err.msg, "U_INVALID_CHAR_FOUND") != NULL);
    fsc__tokvec_free(&tv);
    fsc__tokvec_free(&tv); /* freeing twice is harmless */
}

static void test_long_text(fsc__tokenizer *tk)
{
    /* Offsets stay exact far into a long text (incremental mapping):
     * "Да. قال " is 13 bytes, 8 code points and 3 tokens, and each "Да."
     * ends a sentence because an Arabic letter (OLetter) follows. */
    static char buf[60000];
    size_t n = 0;
    for (int i = 0; i < 4000; i++) {
        memcpy(buf + n, "Да. قال ", 13);
        n += 13;
    }
    fsc__tokvec tv = { 0 };
    uint32_t n_sent = 0;
    TH_EQ_INT(fsc__tokenize(tk, buf, n, &tv, &n_sent, NULL), FSC_OK);
    TH_EQ_INT(tv.n, 12000);
    TH_EQ_INT(n_sent, 4001);
    if (tv.n == 12000) {
        const fsc__token *t = &tv.v[11999]; /* the last "قال" */
        TH_EQ_INT(t->off, 3999 * 13 + 6);
        TH_EQ_INT(t->len, 6);
        TH_EQ_INT(t->cp_off, 3999 * 8 + 4);
        TH_EQ_INT(t->cp_len, 3);
        TH_EQ_INT(t->sent, 4000);
        TH_EQ_INT(tv.v[11998].kind, FSC__TOK_PUNCT);
        TH_EQ_INT(tv.v[11998].sent, 3999);
    }
    fsc__tokvec_free(&tv);
}

/* One segment's end (UTF-16 units) and ICU rule status. */
typedef struct seg {
    int32_t end, rule;
} seg;

/* The word segments of text, fast path on and off: both as wanted. */
static void check_words(fsc__tokenizer *tk, const char *text, const seg *w,
                        size_t n_want)
{
    for (int fast = 1; fast >= 0; fast--) {
        int32_t ends[32], rules[32];
        size_t n = 0;
        fsc_error err;
        fsc__tokenizer_set_fast(tk, fast);
        TH_EQ_INT(fsc__tokenizer_words(tk, text, strlen(text), ends, rules, 32,
                                       &n, &err),
                  FSC_OK);
        TH_EQ_INT(n, n_want);
        for (size_t i = 0; i < n && i < n_want; i++) {
            TH_EQ_INT(ends[i], w[i].end);
            TH_EQ_INT(rules[i], w[i].rule);
        }
    }
    fsc__tokenizer_set_fast(tk, 1);
}

static void test_word_rules(fsc__tokenizer *tk)
{
    /* Rule statuses as ICU gives them: 200 letters, 100 numbers, 0 none;
     * the last character decides, and a final '_' takes that of what
     * precedes it unless an Extend follows. */
    check_words(tk, "a1", (const seg[]){ { 2, 100 } }, 1);
    check_words(tk, "1a", (const seg[]){ { 2, 200 } }, 1);
    check_words(tk, "_", (const seg[]){ { 1, 0 } }, 1);
    check_words(tk, "1_", (const seg[]){ { 2, 100 } }, 1);
    check_words(tk, "a__", (const seg[]){ { 3, 200 } }, 1);
    check_words(tk, "a_\xD9\x8E", (const seg[]){ { 3, 0 } }, 1);
    check_words(tk,
                "\xD8\xA8\xD9\x8E"
                "1",
                (const seg[]){ { 3, 100 } }, 1);
    /* Mid characters join letters or digits on both sides only; ':' is
     * not one in ICU and '@' is a letter. */
    check_words(tk, "a.b 1,5",
                (const seg[]){ { 3, 200 }, { 4, 0 }, { 7, 100 } }, 3);
    check_words(tk, "a.1", (const seg[]){ { 1, 200 }, { 2, 0 }, { 3, 100 } },
                3);
    check_words(tk, "a:b", (const seg[]){ { 1, 200 }, { 2, 0 }, { 3, 200 } },
                3);
    check_words(tk, "a@b.com", (const seg[]){ { 7, 200 } }, 1);
    check_words(tk, "don\xE2\x80\x99t.", (const seg[]){ { 5, 200 }, { 6, 0 } },
                2);
    /* Arabic: the comma is MidNum, the decimal separator a digit. */
    check_words(tk, "\xD9\xA1\xD8\x8C\xD9\xA2 \xD9\xA3\xD9\xAB\xD9\xA4",
                (const seg[]){ { 3, 100 }, { 4, 0 }, { 7, 100 } }, 3);
    /* Spaces stay together, CR LF too; beyond the fast set ICU decides
     * (é joins the letters, U+3000 the spaces). */
    check_words(tk, "  \r\n\n", (const seg[]){ { 2, 0 }, { 4, 0 }, { 5, 0 } },
                3);
    check_words(tk, "caf\xC3\xA9 x",
                (const seg[]){ { 4, 200 }, { 5, 0 }, { 6, 200 } }, 3);
    check_words(tk,
                " \xE3\x80\x80"
                "a",
                (const seg[]){ { 2, 0 }, { 3, 200 } }, 2);
}

static void test_fast_locale(void)
{
    /* A locale whose word rules differ (en_US_POSIX) gets ICU alone. */
    fsc__tokenizer *tk = NULL;
    TH_EQ_INT(fsc__tokenizer_new("en_US_POSIX", &tk, NULL), FSC_OK);
    if (tk)
        TH_EQ_INT(fsc__tokenizer_set_fast(tk, 1), 0);
    fsc__tokenizer_free(tk);
    tk = NULL;
    TH_EQ_INT(fsc__tokenizer_new("ar", &tk, NULL), FSC_OK);
    if (tk)
        TH_EQ_INT(fsc__tokenizer_set_fast(tk, 1), 1);
    fsc__tokenizer_free(tk);
}

/* Sentences in text: their count. */
static uint32_t count_sentences(fsc__tokenizer *tk, const char *text)
{
    fsc__tokvec tv = { 0 };
    uint32_t n_sent = 0;
    TH_EQ_INT(fsc__tokenize(tk, text, strlen(text), &tv, &n_sent, NULL),
              FSC_OK);
    fsc__tokvec_free(&tv);
    return n_sent;
}

/* An English title or a one-letter initial before a capitalised name ends
 * no sentence; a one-letter word before a word that opens sentences, "I",
 * or a title before a sentence's opener still may. */
static void test_titles_and_initials(fsc__tokenizer *tk)
{
    TH_EQ_INT(count_sentences(tk, "The director, Dr. Anthony Fauci, said it."),
              1);
    TH_EQ_INT(count_sentences(tk, "He met Sen. John Smith and Gov. Tim Walz."),
              1);
    TH_EQ_INT(count_sentences(tk, "President George W. Bush spoke."), 1);
    TH_EQ_INT(count_sentences(tk, "said C. Stewart Verdery, an official."), 1);
    TH_EQ_INT(count_sentences(tk, "They won Group B. The match ended."), 2);
    TH_EQ_INT(count_sentences(tk, "Nobody but I. Nobody else came."), 2);
}

/* Random text of words, abbreviations ICU suppresses breaks after, full
 * stops and other terminators, closing quotes and brackets, spaces and line
 * breaks, in English and Arabic. */
static size_t gen_text(unsigned long *seed, char *out, size_t cap)
{
    static const char *const parts[] = {
        "Mr.",
        "Mrs.",
        "U.S.",
        "U.S.A.",
        "L.P.",
        "Ph.D.",
        "S.",
        "a.m.",
        "Dr.",
        "etc.",
        "e.g.",
        "No.",
        "Smith",
        "the",
        "The",
        "army",
        "It",
        "I",
        "x.",
        "1.5",
        "2.",
        "\xd9\x88\xd9\x82\xd8\xa7\xd9\x84",
        "\xd8\xaf.",
        ".",
        ". ",
        ".  ",
        "?",
        "!",
        "\xd8\x9f",
        "...",
        ".\n",
        ".\r\n",
        "\n\n",
        "\n",
        " ",
        "  ",
        "\xc2\xa0",
        "\t",
        "\"",
        "\xe2\x80\x9d",
        "'",
        ")",
        "\xc2\xbb",
        "\xe2\x80\x9c",
        "(",
        ",",
        ";",
        ":",
        "-",
        "\xe2\x80\x94",
        "\xf0\x9f\x98\x80",
        "\xcc\x81",
        "Army.",
        "said.",
        "\xd9\x85\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa9."
        "\xd9\x88\xd9\x82\xd8\xa7\xd9\x84",
    };
    const size_t np = sizeof parts / sizeof parts[0];
    size_t len = 0;
    for (;;) {
        *seed = *seed * 6364136223846793005ul + 1442695040888963407ul;
        const char *p = parts[(size_t)(*seed >> 33) % np];
        size_t l = strlen(p);
        if (len + l + 1 > cap)
            break;
        memcpy(out + len, p, l);
        len += l;
        /* mostly a space between parts */
        if ((*seed >> 20) % 3 && len + 2 < cap)
            out[len++] = ' ';
    }
    out[len] = '\0';
    return len;
}

/* Sentence boundaries settled without ICU where the rules and the locale's
 * suppressions allow give the same tokens and sentences as asking ICU at
 * every candidate, on generated text, in a locale with suppressions and
 * in one without. */
static void test_quick_breaks(const char *locale)
{
    fsc__tokenizer *tk = NULL;
    TH_EQ_INT(fsc__tokenizer_new(locale, &tk, NULL), FSC_OK);
    if (!tk)
        return;
    TH_EQ_INT(fsc__tokenizer_set_quick(tk, 1), 1);
    /* the suppressions are read: "Mr." ends no sentence, "army." does */
    TH_EQ_INT(count_sentences(tk, "Ask Mr. Smith. The army. It went."),
              strstr(locale, "ss=") ? 3 : 4);
    fsc__tokvec a = { 0 }, b = { 0 };
    static char text[4096];
    unsigned long seed = 99;
    size_t sents = 0;
    for (int it = 0; it < 3000; it++) {
        size_t len = gen_text(&seed, text, (size_t)(it % 7 == 0 ? 4000 : 300));
        uint32_t na = 0, nb = 0;
        fsc__tokenizer_set_quick(tk, 1);
        TH_EQ_INT(fsc__tokenize(tk, text, len, &a, &na, NULL), FSC_OK);
        fsc__tokenizer_set_quick(tk, 0);
        TH_EQ_INT(fsc__tokenize(tk, text, len, &b, &nb, NULL), FSC_OK);
        TH_EQ_INT(na, nb);
        TH_EQ_INT(a.n, b.n);
        int same = na == nb && a.n == b.n;
        for (size_t i = 0; same && i < a.n; i++)
            same = a.v[i].off == b.v[i].off && a.v[i].len == b.v[i].len &&
                   a.v[i].sent == b.v[i].sent && a.v[i].para == b.v[i].para;
        TH_CHECK(same);
        if (!same) {
            fprintf(stderr, "%s: text %d: %s\n", locale, it, text);
            break;
        }
        sents += na;
    }
    TH_CHECK(sents > 30000);
    fsc__tokvec_free(&a);
    fsc__tokvec_free(&b);
    fsc__tokenizer_free(tk);
}

/* Random text of Arabic words, full stops, digits, marks, Latin words and
 * spaces, glued or not: with the fast path on and off the same tokens and
 * sentences; the tokens are in order, cover every byte that is not
 * whitespace, and their code point offsets agree with their bytes. */
static void test_glued_soup(fsc__tokenizer *tk)
{
    static const char *const parts[] = {
        "مالية", "وتابع", "له", "بي", "كوم", "سي", "د",   "أ",
        ".",     ".",     ".",  "..", "3",   "٣",  "abc", "sp",
        "ً",      "ـ",     " ",  "(",  ")",   "؟",  "\n",
    };
    const size_t np = sizeof parts / sizeof parts[0];
    static char text[512];
    fsc__tokvec a = { 0 }, b = { 0 };
    unsigned long seed = 5;
    size_t splits = 0;
    for (int it = 0; it < 3000 && !th_failures; it++) {
        size_t len = 0;
        for (;;) {
            seed = seed * 6364136223846793005ul + 1442695040888963407ul;
            const char *p = parts[(size_t)(seed >> 33) % np];
            size_t l = strlen(p);
            if (len + l + 1 > sizeof text || (seed >> 20) % 40 == 0)
                break;
            memcpy(text + len, p, l);
            len += l;
        }
        text[len] = '\0';
        uint32_t na = 0, nb = 0;
        fsc__tokenizer_set_fast(tk, 1);
        TH_EQ_INT(fsc__tokenize(tk, text, len, &a, &na, NULL), FSC_OK);
        fsc__tokenizer_set_fast(tk, 0);
        TH_EQ_INT(fsc__tokenize(tk, text, len, &b, &nb, NULL), FSC_OK);
        TH_EQ_INT(na, nb);
        TH_EQ_INT(a.n, b.n);
        int ok = na == nb && a.n == b.n;
        uint32_t at = 0, cps = 0;
        for (size_t i = 0; ok && i < a.n; i++) {
            const fsc__token *t = &a.v[i];
            ok = t->off == b.v[i].off && t->len == b.v[i].len &&
                 t->sent == b.v[i].sent && t->off >= at && t->len > 0;
            /* what lies between tokens is whitespace */
            for (uint32_t k = at; ok && k < t->off; k++)
                ok = text[k] == ' ' || text[k] == '\n';
            for (uint32_t k = at; k < t->off; k++)
                cps += ((unsigned char)text[k] & 0xC0) != 0x80;
            ok = ok && t->cp_off == cps;
            for (uint32_t k = t->off; k < t->off + t->len; k++)
                cps += ((unsigned char)text[k] & 0xC0) != 0x80;
            ok = ok && t->cp_off + t->cp_len == cps;
            at = t->off + t->len;
            splits += t->len == 1 && text[t->off] == '.' && t->off > 0 &&
                      (unsigned char)text[t->off - 1] >= 0x80;
        }
        TH_CHECK(ok);
        if (!ok)
            fprintf(stderr, "text %d: %s\n", it, text);
    }
    fsc__tokenizer_set_fast(tk, 1);
    TH_CHECK(splits > 1000);
    fsc__tokvec_free(&a);
    fsc__tokvec_free(&b);
}

/* Append code point cp to out as UTF-8, including the forms UTF-8 forbids
 * (surrogates, over U+10FFFF) when asked. */
static size_t put_cp(unsigned long cp, unsigned char *out)
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | cp >> 6);
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | cp >> 12);
        out[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (unsigned char)(0xF0 | (cp >> 18 & 0x07));
    out[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Convert s[0, n) with fsc__utf8_to_u16 and with ICU's u_strFromUTF8 and
 * check they agree: both reject it, or both give the same code units
 * (n < 600). 1 when ICU rejected it, 0 when it converted. */
static int u16_like_icu(const unsigned char *s, size_t n)
{
    static uint16_t got[600];
    static UChar icu_u16[600];
    int32_t m = fsc__utf8_to_u16((const char *)s, n, got);
    UErrorCode e = U_ZERO_ERROR;
    int32_t wn = 0;
    u_strFromUTF8(icu_u16, (int32_t)(sizeof icu_u16 / sizeof *icu_u16), &wn,
                  (const char *)s, (int32_t)n, &e);
    if (U_FAILURE(e)) {
        TH_EQ_INT(m, -1);
        return 1;
    }
    TH_EQ_INT(m, wn);
    TH_CHECK(m != wn || memcmp(got, icu_u16, (size_t)wn * sizeof *got) == 0);
    return 0;
}

/* The tokenizer's UTF-8 to UTF-16 conversion against ICU's u_strFromUTF8
 * on generated strings: ASCII runs, code points of every length and at the
 * edges, and broken ones (surrogates, overlong forms, stray and missing
 * continuation bytes, bytes over F4, cut sequences). Where ICU converts,
 * the units are the same; where ICU fails, so does it. */
static void test_utf8_to_u16(void)
{
    static const unsigned long edges[] = {
        0x00,     0x41,   0x7F,   0x80,   0x7FF,  0x800,   0x627,
        0x644,    0xFFFD, 0xFFFF, 0xD7FF, 0xE000, 0x10000, 0x1F600,
        0x10FFFF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x110000
    };
    static const unsigned char bad[][4] = { { 0xC0, 0x80 },
                                            { 0xC1, 0xBF },
                                            { 0xE0, 0x80, 0x80 },
                                            { 0xF0, 0x80, 0x80, 0x80 },
                                            { 0xF5, 0x80, 0x80, 0x80 },
                                            { 0x80 },
                                            { 0xBF },
                                            { 0xFF },
                                            { 0xC3 },
                                            { 0xE2, 0x80 },
                                            { 0xF0, 0x9F, 0x98 } };
    static unsigned char s[600];
    unsigned long seed = 7;
    size_t ok = 0, failed = 0;
    for (int it = 0; it < 100000; it++) {
        size_t n = 0;
        while (n + 24 < sizeof s) { /* an ASCII run adds up to 19 bytes */
            seed = seed * 6364136223846793005ul + 1442695040888963407ul;
            unsigned r = (unsigned)(seed >> 33);
            if (r % 64 == 0)
                break;
            switch (r % 8) {
            case 0:
            case 1:
            case 2: /* ASCII run */
                for (unsigned k = 0; k < r / 8 % 20; k++)
                    s[n++] = (unsigned char)(' ' + (r / 160 + k) % 90);
                break;
            case 3:
            case 4: /* Arabic letters */
                n += put_cp(0x621 + r / 8 % 42, s + n);
                break;
            case 5: /* any code point of the BMP and beyond */
                n += put_cp((r / 8) % 0x110000, s + n);
                break;
            case 6:
                n += put_cp(edges[r / 8 % (sizeof edges / sizeof *edges)],
                            s + n);
                break;
            default: /* a broken sequence, rarely */
                if (r / 8 % 16 == 0) {
                    const unsigned char *b =
                        bad[r / 128 % (sizeof bad / sizeof *bad)];
                    for (size_t k = 0; k < 4 && (k == 0 || b[k]); k++)
                        s[n++] = b[k];
                }
                break;
            }
        }
        if (u16_like_icu(s, n))
            failed++;
        else
            ok++;
        if (th_failures)
            break;
    }
    /* both kinds were met often */
    TH_CHECK(ok > 20000);
    TH_CHECK(failed > 20000);
    /* Runs of two-byte letters (converted several at a time) of every
     * length up to 21 (over one or two eight- and sixteen-byte steps)
     * after 0-3 ASCII bytes, with one byte of the run
     * replaced by a lead C0, C1, C2 or DF, a trail, an ASCII byte or the
     * lead of a longer sequence, or none replaced. */
    static const unsigned char repl[] = { 0xC0, 0xC1, 0xC2, 0xDF,
                                          0x80, 0xBF, 0x41, 0xE0 };
    size_t runs = 0, bad_runs = 0;
    for (size_t pre = 0; pre < 4; pre++)
        for (size_t letters = 1; letters <= 21; letters++)
            for (size_t at = 0; at <= 2 * letters; at++)
                for (size_t r = 0; r < sizeof repl; r++) {
                    size_t n = 0;
                    for (size_t k = 0; k < pre; k++)
                        s[n++] = 'a';
                    for (size_t k = 0; k < letters; k++)
                        n += put_cp(0x620 + (k * 7 + r) % 0x60 + 0x5C * (k & 1),
                                    s + n);
                    if (at < 2 * letters)
                        s[pre + at] = repl[r];
                    s[n++] = ' ';
                    runs++;
                    bad_runs += (size_t)u16_like_icu(s, n);
                    if (th_failures)
                        return;
                }
    TH_CHECK(bad_runs > runs / 4 && bad_runs < runs);
    /* Words of 1-12 two-byte letters with one ASCII byte between them (a
     * run goes on over it), one byte replaced as above, or none. */
    runs = bad_runs = 0;
    for (size_t len1 = 1; len1 <= 12; len1++)
        for (size_t len2 = 1; len2 <= 12; len2++)
            for (size_t at = 0; at < 2 * (len1 + len2 + 3) + 2; at++)
                for (size_t r = 0; r < sizeof repl; r++) {
                    const size_t lens[3] = { len1, len2, 3 };
                    size_t n = 0;
                    for (size_t wd = 0; wd < 3; wd++) {
                        for (size_t k = 0; k < lens[wd]; k++)
                            n += put_cp(0x627 + (k * 5 + wd + r) % 36, s + n);
                        s[n++] = wd ? '.' : ' ';
                    }
                    if (at < n)
                        s[at] = repl[r];
                    runs++;
                    bad_runs += (size_t)u16_like_icu(s, n);
                    if (th_failures)
                        return;
                }
    TH_CHECK(bad_runs > runs / 4 && bad_runs < runs);
}

int main(void)
{
    fsc__tokenizer *tk = NULL;
    fsc_error err;
    TH_EQ_INT(fsc__tokenizer_new(NULL, &tk, &err), FSC_OK);
    TH_CHECK(tk != NULL);
    if (!tk)
        TH_DONE();
    /* The default locale takes the fast path; every test runs with it and
     * with ICU alone. */
    TH_EQ_INT(fsc__tokenizer_set_fast(tk, 1), 1);
    for (int fast = 1; fast >= 0; fast--) {
        fsc__tokenizer_set_fast(tk, fast);
        test_mixed_scripts(tk);
        test_sentences_and_paragraphs(tk);
        test_titles_and_initials(tk);
        test_no_break_cases(tk);
        test_arabic_glued_stops(tk);
        test_whitespace_and_controls(tk);
        test_blank_lines(tk);
        test_empty_and_reuse(tk);
        test_long_text(tk);
    }
    test_word_rules(tk);
    test_glued_soup(tk);
    test_fast_locale();
    test_quick_breaks("en@ss=standard");
    test_quick_breaks("ar");
    {
        /* a locale with a region asks ICU at every candidate */
        fsc__tokenizer *gb = NULL;
        TH_EQ_INT(fsc__tokenizer_new("en_GB@ss=standard", &gb, NULL), FSC_OK);
        if (gb)
            TH_EQ_INT(fsc__tokenizer_set_quick(gb, 1), 0);
        fsc__tokenizer_free(gb);
    }
    test_utf8_to_u16();
    /* the per-unit tables, filled from ICU's property ranges, hold what
     * ICU's properties give one code point at a time */
    TH_EQ_INT(fsc__tokenizer_check_tables(), -1);
    fsc__tokenizer_free(tk);
    fsc__tokenizer_free(NULL);
    TH_DONE();
}
