/*
 * test_quotes.c - quotation spans over real ICU tokens: English, Russian and
 * Arabic marks, nesting, apostrophes, odd and unmatched marks, paragraph
 * ends, the multi-paragraph convention, empty and adjacent quotes, marks
 * glued to other characters, and a 1 MB random text checked for invariants.
 */
#include "quotes.h"
#include "text.h"
#include "th.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum {
    DQ = FSC__Q_DOUBLE_ASCII,
    CU = FSC__Q_CURLY,
    GU = FSC__Q_GUILLEMET,
    L9 = FSC__Q_LOW9,
    SG = FSC__Q_SINGLE_GUILLEMET,
    CJ = FSC__Q_CJK,
    SC = FSC__Q_SINGLE_CURLY,
    SA = FSC__Q_SINGLE_ASCII,
    SL = FSC__Q_SINGLE_LOW9
};

#define NONE UINT32_MAX

typedef struct wq {
    const char *content; /* text[off, off + len) */
    int style, depth, continued, unclosed, n_words;
    long parent; /* index of the enclosing quote or -1 */
} wq;

static size_t cp_count(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* Decode the code point starting at s (valid UTF-8). */
static uint32_t cp_at(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    if (s[0] < 0x80)
        return s[0];
    if (s[0] < 0xE0)
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3Fu);
    if (s[0] < 0xF0)
        return ((uint32_t)(s[0] & 0x0F) << 12) |
               ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3Fu);
}

/* Code point ending at text[end) (valid UTF-8, end > 0). */
static uint32_t cp_before(const char *text, size_t end)
{
    size_t b = end - 1;
    while (b > 0 && ((unsigned char)text[b] & 0xC0) == 0x80)
        b--;
    return cp_at(text + b);
}

/* Independent table: may `open` ... `close` delimit a quote of `style`? */
static int pair_ok(int style, uint32_t open, uint32_t close)
{
    switch (style) {
    case DQ:
        return open == '"' && (close == '"' || close == 0x201D);
    case SA:
        return open == '\'' && close == '\'';
    case CU:
        return ((open == 0x201C || open == 0x201D) && close == 0x201D) ||
               (open == 0x201C && (close == '"' || close == 0x2033));
    case L9:
        return open == 0x201E && (close == 0x201C || close == 0x201D);
    case SC:
        return open == 0x2018 && close == 0x2019;
    case SL:
        return open == 0x201A && (close == 0x2018 || close == 0x2019);
    case GU:
        return (open == 0xAB && close == 0xBB) ||
               (open == 0xBB && (close == 0xAB || close == 0xBB));
    case SG:
        return (open == 0x2039 && close == 0x203A) ||
               (open == 0x203A && (close == 0x2039 || close == 0x203A));
    case CJ:
        return (open == 0x300C && close == 0x300D) ||
               (open == 0x300E && close == 0x300F);
    default:
        return 0;
    }
}

/* Properties every result must have, whatever the text. */
static void check_invariants(const char *text, size_t len,
                             const fsc__token *tok, size_t n_tok,
                             const fsc__quotes *q)
{
    int before = th_failures;
    for (size_t k = 0; k < q->n && th_failures == before; k++) {
        const fsc__quote *x = &q->v[k];
        TH_CHECK(x->open_tok < n_tok);
        TH_EQ_INT(x->first_tok, x->open_tok + 1);
        TH_CHECK(x->last_tok >= x->open_tok && x->last_tok < n_tok);
        TH_EQ_INT(x->unclosed, x->close_tok == NONE);
        TH_CHECK(x->off + x->len <= len);
        if (x->open_tok >= n_tok || x->last_tok >= n_tok ||
            x->off + x->len > len)
            break;
        const fsc__token *o = &tok[x->open_tok];
        TH_CHECK(x->off > o->off && x->off <= (size_t)o->off + o->len);
        uint32_t om = cp_before(text, x->off);
        if (!x->unclosed) {
            TH_CHECK(x->close_tok >= x->open_tok && x->close_tok < n_tok);
            const fsc__token *c = &tok[x->close_tok];
            TH_CHECK(x->off + x->len >= c->off &&
                     x->off + x->len < (size_t)c->off + c->len);
            TH_CHECK(pair_ok(x->style, om, cp_at(text + x->off + x->len)));
            TH_EQ_INT(x->last_tok, x->close_tok > x->open_tok ? x->close_tok - 1
                                                              : x->open_tok);
            if (!x->continued)
                TH_EQ_INT(c->para, o->para);
        } else {
            TH_CHECK(
                pair_ok(x->style, om, 0x201D) || pair_ok(x->style, om, '"') ||
                pair_ok(x->style, om, '\'') || pair_ok(x->style, om, 0xBB) ||
                pair_ok(x->style, om, 0x2019) ||
                pair_ok(x->style, om, 0x203A) ||
                pair_ok(x->style, om, 0x300D) || pair_ok(x->style, om, 0x300F));
        }
        TH_EQ_INT(x->cp_off, cp_count(text, x->off));
        TH_EQ_INT(x->cp_len, cp_count(text + x->off, x->len));
        uint32_t nw = 0;
        for (uint32_t i = x->first_tok; i <= x->last_tok; i++) {
            TH_CHECK(tok[i].off >= x->off &&
                     (size_t)tok[i].off + tok[i].len <= x->off + x->len);
            nw +=
                tok[i].kind == FSC__TOK_WORD || tok[i].kind == FSC__TOK_NUMBER;
        }
        TH_EQ_INT(x->n_words, nw);
        if (!x->continued)
            TH_EQ_INT(tok[x->last_tok].para, o->para);
        if (k > 0) {
            TH_CHECK(q->v[k - 1].open_tok <= x->open_tok);
            TH_CHECK(q->v[k - 1].off < x->off);
        }
        if (x->parent == NONE) {
            TH_EQ_INT(x->depth, 0);
        } else {
            TH_CHECK(x->parent < k);
            const fsc__quote *p = &q->v[x->parent];
            TH_EQ_INT(x->depth, p->depth + 1);
            TH_CHECK(p->off <= x->off && x->off + x->len <= p->off + p->len);
            TH_CHECK(p->first_tok <= x->first_tok &&
                     x->last_tok <= p->last_tok);
        }
    }
}

/* Innermost quote holding token i, the slow way. */
static long brute_at(const fsc__quotes *q, uint32_t i)
{
    long best = -1;
    for (size_t k = 0; k < q->n; k++)
        if (q->v[k].first_tok <= i && i <= q->v[k].last_tok &&
            (best < 0 || q->v[k].depth > q->v[best].depth))
            best = (long)k;
    return best;
}

static void run(fsc__tokenizer *tk, const char *text, size_t len,
                fsc__tokvec *tv, fsc__quotes *q)
{
    uint32_t n_sent;
    fsc_error err;
    TH_EQ_INT(fsc__tokenize(tk, text, len, tv, &n_sent, &err), FSC_OK);
    TH_EQ_INT(fsc__quotes_find(text, len, tv->v, tv->n, q, &err), FSC_OK);
    check_invariants(text, len, tv->v, tv->n, q);
}

static void check_case(fsc__tokenizer *tk, const char *text, const wq *w,
                       size_t n_w, int line)
{
    int before = th_failures;
    fsc__tokvec tv = { 0 };
    fsc__quotes q = { 0 };
    run(tk, text, strlen(text), &tv, &q);
    TH_EQ_INT(q.n, n_w);
    for (size_t k = 0; k < q.n && k < n_w; k++) {
        const fsc__quote *x = &q.v[k];
        char got[512] = "";
        if (x->len < sizeof got)
            memcpy(got, text + x->off, x->len);
        TH_EQ_STR(got, w[k].content);
        TH_EQ_INT(x->style, w[k].style);
        TH_EQ_INT(x->depth, w[k].depth);
        TH_EQ_INT(x->continued, w[k].continued);
        TH_EQ_INT(x->unclosed, w[k].unclosed);
        TH_EQ_INT(x->n_words, w[k].n_words);
        TH_EQ_INT(x->parent == NONE ? -1 : (long)x->parent, w[k].parent);
    }
    for (uint32_t i = 0; i < tv.n; i++)
        TH_EQ_INT(fsc__quotes_at(&q, i), brute_at(&q, i));
    if (th_failures != before)
        fprintf(stderr, "  in case at line %d: %s\n", line, text);
    fsc__quotes_free(&q);
    fsc__tokvec_free(&tv);
}

#define CASE(tk, text, ...)                                           \
    do {                                                              \
        static const wq w_[] = { __VA_ARGS__ };                       \
        check_case(tk, text, w_, sizeof w_ / sizeof w_[0], __LINE__); \
    } while (0)
#define CASE0(tk, text) check_case(tk, text, NULL, 0, __LINE__)

static void test_english(fsc__tokenizer *tk)
{
    CASE(tk,
         "“We will respond,” — Lavrov said. \"Talks were useful\" — "
         "a spokesman told reporters.",
         { "We will respond,", CU, 0, 0, 0, 3, -1 },
         { "Talks were useful", DQ, 0, 0, 0, 3, -1 });
    /* Speech split by the attribution, ASCII marks decided by context:
     * `,"` closes, ` "` opens, `:"` with nothing open opens. */
    CASE(tk,
         "\"We won,\" he said, \"and we will win again.\" She added:\"No.\"",
         { "We won,", DQ, 0, 0, 0, 2, -1 },
         { "and we will win again.", DQ, 0, 0, 0, 5, -1 },
         { "No.", DQ, 0, 0, 0, 1, -1 });
    /* Nested ‘…’ and "…" inside “…”. */
    CASE(tk, "“He called it ‘a farce’ and \"nonsense\",” she said.",
         { "He called it ‘a farce’ and \"nonsense\",", CU, 0, 0, 0, 7, -1 },
         { "a farce", SC, 1, 0, 0, 2, 0 }, { "nonsense", DQ, 1, 0, 0, 1, 0 });
    /* No space before the closing mark's neighbour: "Hi,"she. */
    CASE(tk, "\"Hi,\"she said.", { "Hi,", DQ, 0, 0, 0, 1, -1 });
    /* Single ASCII quotes (headline style) with an apostrophe inside. */
    CASE(tk, "'Russia's turn,' she said.",
         { "Russia's turn,", SA, 0, 0, 0, 2, -1 });
    CASE(tk, "‘Azerbaijan’s position is clear,’ he said.",
         { "Azerbaijan’s position is clear,", SC, 0, 0, 0, 4, -1 });
    /* Mixed marks in one pair (an edited text): a straight " opened and a
     * curly ” closes, or the other way round; the words between them are
     * quoted and the mark after them opens the next quotation. */
    CASE(tk, "\"The bridge is safe,” said Ann Roe, a planner. \"We checked.”",
         { "The bridge is safe,", DQ, 0, 0, 0, 4, -1 },
         { "We checked.", DQ, 0, 0, 0, 2, -1 });
    CASE(tk, "“Costs rose,\" he said. “Prices too.\"",
         { "Costs rose,", CU, 0, 0, 0, 2, -1 },
         { "Prices too.", CU, 0, 0, 0, 2, -1 });
    /* A double prime closing “ (some Arabic news sites' texts): the quote
     * ends there and the next quotation pairs on its own; with no “ open, or
     * before a word, the double prime is a symbol (inches, seconds). */
    CASE(tk,
         "وقال من طائرة “كينغ إير 90″ إن الموسم بدأ. وأضاف: “إنه أمر رائع”.",
         { "كينغ إير 90", CU, 0, 0, 0, 3, -1 },
         { "إنه أمر رائع", CU, 0, 0, 0, 3, -1 });
    CASE0(tk, "A 12″ screen and a 9″ one.");
    CASE(tk, "“The 12″wide screen sold out,” he said.",
         { "The 12″wide screen sold out,", CU, 0, 0, 0, 6, -1 });
}

static void test_russian(fsc__tokenizer *tk)
{
    const char *text = "«Мы не допустим „провокаций“ на границе», — заявил "
                       "Лавров. «Да».";
    CASE(tk, text,
         { "Мы не допустим „провокаций“ на границе", GU, 0, 0, 0, 6, -1 },
         { "провокаций", L9, 1, 0, 0, 1, 0 }, { "Да", GU, 0, 0, 0, 1, -1 });

    /* quotes_at: the inner word, an outer word, the marks, outside. */
    fsc__tokvec tv = { 0 };
    fsc__quotes q = { 0 };
    run(tk, text, strlen(text), &tv, &q);
    TH_EQ_INT(q.n, 3);
    long at[32];
    for (uint32_t i = 0; i < tv.n && i < 32; i++)
        at[i] = fsc__quotes_at(&q, i);
    /* « Мы не допустим „ провокаций “ на границе » , — заявил Лавров . « Да » .
     */
    static const long want[] = { -1, 0,  0,  0,  0,  1,  0, 0,  0, -1,
                                 -1, -1, -1, -1, -1, -1, 2, -1, -1 };
    TH_EQ_INT(tv.n, sizeof want / sizeof want[0]);
    for (size_t i = 0; i < tv.n && i < sizeof want / sizeof want[0]; i++)
        TH_EQ_INT(at[i], want[i]);
    TH_EQ_INT(q.v[0].open_tok, 0);
    TH_EQ_INT(q.v[0].close_tok, 9);
    TH_EQ_INT(q.v[1].open_tok, 4);
    TH_EQ_INT(q.v[1].close_tok, 6);
    TH_EQ_INT(fsc__quotes_at(&q, 1000), -1);
    fsc__quotes_free(&q);
    fsc__tokvec_free(&tv);
}

static void test_arabic(fsc__tokenizer *tk)
{
    CASE(tk,
         "وقال بيراموف: «نحن ملتزمون بالسلام» وفق ما نقلته صحيفة "
         "\"أذرنيوز\" الأذرية.",
         { "نحن ملتزمون بالسلام", GU, 0, 0, 0, 3, -1 },
         { "أذرنيوز", DQ, 0, 0, 0, 1, -1 });
    /* Right-to-left marks glued to the marks by ICU (`"` + RLM is one
     * punctuation token) do not hide the context. */
    CASE(tk,
         "صحيفة \"\xe2\x80\x8f"
         "أذرنيوز\xe2\x80\x8f\" الأذرية",
         { "\xe2\x80\x8f"
           "أذرنيوز\xe2\x80\x8f",
           DQ, 0, 0, 0, 1, -1 });
    /* Reversed guillemets »…« as typed in some Arabic text. */
    CASE(tk, "قال »لا« ثم غادر.", { "لا", GU, 0, 0, 0, 1, -1 });
}

static void test_seed_article(fsc__tokenizer *tk)
{
    char path[512];
    snprintf(path, sizeof path, "%s/seed/000_baac64db82fb31fe.txt",
             FSC_TEST_DATA);
    FILE *f = fopen(path, "rb");
    TH_CHECK(f != NULL);
    if (!f)
        return;
    static char buf[1 << 16];
    size_t len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    fsc__tokvec tv = { 0 };
    fsc__quotes q = { 0 };
    run(tk, buf, len, &tv, &q);
    /* صحيفة "أذرنيوز" twice, in paragraphs 5 and 11. */
    TH_EQ_INT(q.n, 2);
    for (size_t k = 0; k < q.n; k++) {
        TH_EQ_INT(q.v[k].style, DQ);
        TH_EQ_INT(q.v[k].n_words, 1);
        TH_EQ_INT(q.v[k].unclosed, 0);
        TH_EQ_INT(q.v[k].len, strlen("أذرنيوز"));
        TH_CHECK(memcmp(buf + q.v[k].off, "أذرنيوز", q.v[k].len) == 0);
        TH_EQ_INT(q.v[k].close_tok, q.v[k].open_tok + 2);
    }
    fsc__quotes_free(&q);
    fsc__tokvec_free(&tv);
}

static void test_other_languages(fsc__tokenizer *tk)
{
    /* German „…“ with ‚…‘ inside; Danish »…«; Swedish ”…”; ‹…›; CJK. */
    CASE(tk, "„Er sagte ‚nein‘“, berichtete sie.",
         { "Er sagte ‚nein‘", L9, 0, 0, 0, 3, -1 },
         { "nein", SL, 1, 0, 0, 1, 0 });
    CASE(tk, "»Ja«, sagde han. ”Ja” sa hon. ‹oui› 「はい」",
         { "Ja", GU, 0, 0, 0, 1, -1 }, { "Ja", CU, 0, 0, 0, 1, -1 },
         { "oui", SG, 0, 0, 0, 1, -1 }, { "はい", CJ, 0, 0, 0, 1, -1 });
    /* „…” (Polish) pairs as LOW9. */
    CASE(tk, "Powiedział: „Nie”.", { "Nie", L9, 0, 0, 0, 1, -1 });
}

static void test_apostrophes(fsc__tokenizer *tk)
{
    CASE0(tk, "Don’t say Azerbaijan’s or Russia's plans aren't clear; "
              "rock'n'roll, the '90s and ’90s, o'clock.");
    /* Possessive plural: a lone closing mark, ignored. */
    CASE0(tk, "The ministers’ view and the dogs' tails.");
    /* Nor does an elision inside a ‘…’ quote. */
    CASE(tk, "‘In the ’90s it was fine,’ he said.",
         { "In the ’90s it was fine,", SC, 0, 0, 0, 6, -1 });
    /* A closing ’ followed by an RLM and a space is not between letters. */
    CASE(tk, "He said ‘yes’\xe2\x80\x8f and left; it’s over.",
         { "yes", SC, 0, 0, 0, 1, -1 });
    /* An apostrophe inside a quote does not close it. */
    CASE(tk, "“Azerbaijan’s army doesn’t stop,” he said.",
         { "Azerbaijan’s army doesn’t stop,", CU, 0, 0, 0, 4, -1 });
}

static void test_odd_counts(fsc__tokenizer *tk)
{
    /* A stray “ in paragraph 2 runs to the end of that paragraph only. */
    CASE(tk,
         "He said “a” there.\n\nThe stray “ mark here.\n\n"
         "Officials said “yes” and “no”.",
         { "a", CU, 0, 0, 0, 1, -1 }, { " mark here.", CU, 0, 0, 1, 2, -1 },
         { "yes", CU, 0, 0, 0, 1, -1 }, { "no", CU, 0, 0, 0, 1, -1 });
    /* A stray ASCII " likewise (a closing context: ignored). */
    CASE(tk, "It measured 12\" wide.\n\nShe said \"fine\".",
         { "fine", DQ, 0, 0, 0, 1, -1 });
    /* Unclosed at the paragraph end; the next paragraph is untouched. */
    CASE(tk, "He said “we will win.\n\nNext “para”.",
         { "we will win.", CU, 0, 0, 1, 3, -1 },
         { "para", CU, 0, 0, 0, 1, -1 });
    /* An inner quote left open ends where its parent closes. */
    CASE(tk, "“He said ‘no.” Then ‘yes’.",
         { "He said ‘no.", CU, 0, 0, 0, 3, -1 }, { "no.", SC, 1, 0, 1, 1, 0 },
         { "yes", SC, 0, 0, 0, 1, -1 });
}

static void test_unmatched_close(fsc__tokenizer *tk)
{
    CASE(tk, "He said” nothing. Then “ok” here » and «x».",
         { "ok", CU, 0, 0, 0, 1, -1 }, { "x", GU, 0, 0, 0, 1, -1 });
    /* A closing mark of another style does not close. */
    CASE(tk, "«a” b»", { "a” b", GU, 0, 0, 0, 2, -1 });
}

static void test_multi_paragraph(fsc__tokenizer *tk)
{
    CASE(
        tk, "He said: “First para.\n\n“Second para.\n\n“Third para.” Then.",
        { "First para.\n\n“Second para.\n\n“Third para.", CU, 0, 1, 0, 6, -1 });
    CASE(tk, "\"One.\n\n\"Two.\" x \"three\"",
         { "One.\n\n\"Two.", DQ, 0, 1, 0, 2, -1 },
         { "three", DQ, 0, 0, 0, 1, -1 });
    /* Continued, then never closed: ends with the last re-opened paragraph. */
    CASE(tk, "«Первый.\n\n«Второй.\n\nТретий.",
         { "Первый.\n\n«Второй.", GU, 0, 1, 1, 2, -1 });
    /* A nested quote inside a continued one. */
    CASE(tk, "“One ‘a’.\n\n“Two ‘b’.”",
         { "One ‘a’.\n\n“Two ‘b’.", CU, 0, 1, 0, 4, -1 },
         { "a", SC, 1, 0, 0, 1, 0 }, { "b", SC, 1, 0, 0, 1, 0 });
    /* A different mark at the next paragraph start does not continue. */
    CASE(tk, "“One.\n\n«Two.»", { "One.", CU, 0, 0, 1, 1, -1 },
         { "Two.", GU, 0, 0, 0, 1, -1 });
}

static void test_empty_and_adjacent(fsc__tokenizer *tk)
{
    CASE(tk, "He said “” and \"\" and «».", { "", CU, 0, 0, 0, 0, -1 },
         { "", DQ, 0, 0, 0, 0, -1 }, { "", GU, 0, 0, 0, 0, -1 });
    CASE(tk, "“a”“b” and \"c\"\"d\" and «e»«f»", { "a", CU, 0, 0, 0, 1, -1 },
         { "b", CU, 0, 0, 0, 1, -1 }, { "c", DQ, 0, 0, 0, 1, -1 },
         { "d", DQ, 0, 0, 0, 1, -1 }, { "e", GU, 0, 0, 0, 1, -1 },
         { "f", GU, 0, 0, 0, 1, -1 });

    fsc__tokvec tv = { 0 };
    fsc__quotes q = { 0 };
    const char *text = "x “” y";
    run(tk, text, strlen(text), &tv, &q);
    TH_EQ_INT(q.n, 1);
    if (q.n == 1) {
        TH_EQ_INT(q.v[0].open_tok, 1);
        TH_EQ_INT(q.v[0].close_tok, 2);
        TH_CHECK(q.v[0].first_tok > q.v[0].last_tok);
        TH_EQ_INT(q.v[0].off, 5);
        TH_EQ_INT(q.v[0].len, 0);
        TH_EQ_INT(q.v[0].cp_off, 3);
        TH_EQ_INT(fsc__quotes_at(&q, 1), -1);
        TH_EQ_INT(fsc__quotes_at(&q, 2), -1);
    }
    fsc__quotes_free(&q);
    fsc__tokvec_free(&tv);
}

/* Hand-made tokens: marks inside longer punctuation tokens (`."`, `(“`,
 * `”)`), and both marks of an empty quote in one token. */
static void test_glued_marks(void)
{
    const char *text = "He said \"no.\" Then (“x”) and “”.";
    static const fsc__token tok[] = {
        { 0, 2, 0, 2, 0, 0, FSC__TOK_WORD, { 0 } },    /* He */
        { 3, 4, 3, 4, 0, 0, FSC__TOK_WORD, { 0 } },    /* said */
        { 8, 1, 8, 1, 0, 0, FSC__TOK_PUNCT, { 0 } },   /* " */
        { 9, 2, 9, 2, 0, 0, FSC__TOK_WORD, { 0 } },    /* no */
        { 11, 2, 11, 2, 0, 0, FSC__TOK_PUNCT, { 0 } }, /* ." */
        { 14, 4, 14, 4, 0, 0, FSC__TOK_WORD, { 0 } },  /* Then */
        { 19, 4, 19, 2, 0, 0, FSC__TOK_PUNCT, { 0 } }, /* (“ */
        { 23, 1, 21, 1, 0, 0, FSC__TOK_WORD, { 0 } },  /* x */
        { 24, 4, 22, 2, 0, 0, FSC__TOK_PUNCT, { 0 } }, /* ”) */
        { 29, 3, 25, 3, 0, 0, FSC__TOK_WORD, { 0 } },  /* and */
        { 33, 7, 29, 3, 0, 0, FSC__TOK_PUNCT, { 0 } }, /* “”. */
    };
    size_t n_tok = sizeof tok / sizeof tok[0];
    fsc__quotes q = { 0 };
    fsc_error err;
    TH_EQ_INT(strlen(text), 40);
    TH_EQ_INT(fsc__quotes_find(text, strlen(text), tok, n_tok, &q, &err),
              FSC_OK);
    check_invariants(text, strlen(text), tok, n_tok, &q);
    TH_EQ_INT(q.n, 3);
    if (q.n == 3) {
        /* "no." : the full stop is content although its token holds the
         * closing mark; content tokens are whole tokens only. */
        TH_EQ_INT(q.v[0].off, 9);
        TH_EQ_INT(q.v[0].len, 3);
        TH_EQ_INT(q.v[0].cp_len, 3);
        TH_EQ_INT(q.v[0].open_tok, 2);
        TH_EQ_INT(q.v[0].close_tok, 4);
        TH_EQ_INT(q.v[0].last_tok, 3);
        TH_EQ_INT(q.v[0].n_words, 1);
        /* (“x”): marks at the end and the start of their tokens. */
        TH_EQ_INT(q.v[1].off, 23);
        TH_EQ_INT(q.v[1].len, 1);
        TH_EQ_INT(q.v[1].cp_off, 21);
        TH_EQ_INT(q.v[1].cp_len, 1);
        TH_EQ_INT(q.v[1].open_tok, 6);
        TH_EQ_INT(q.v[1].close_tok, 8);
        TH_EQ_INT(q.v[1].first_tok, 7);
        TH_EQ_INT(q.v[1].last_tok, 7);
        TH_EQ_INT(q.v[1].style, CU);
        /* “” in one token: empty, first > last. */
        TH_EQ_INT(q.v[2].open_tok, 10);
        TH_EQ_INT(q.v[2].close_tok, 10);
        TH_EQ_INT(q.v[2].first_tok, 11);
        TH_EQ_INT(q.v[2].last_tok, 10);
        TH_EQ_INT(q.v[2].len, 0);
        TH_EQ_INT(q.v[2].cp_off, 30);
    }
    fsc__quotes_free(&q);
}

/* A tokenizer that splits apostrophes off (ICU keeps don’t whole): an
 * apostrophe between letters still never opens or closes a quote. */
static void test_split_apostrophes(void)
{
    const char *text = "‘don’t’ Russia's x";
    static const fsc__token tok[] = {
        { 0, 3, 0, 1, 0, 0, FSC__TOK_PUNCT, { 0 } },   /* ‘ */
        { 3, 3, 1, 3, 0, 0, FSC__TOK_WORD, { 0 } },    /* don */
        { 6, 3, 4, 1, 0, 0, FSC__TOK_PUNCT, { 0 } },   /* ’ */
        { 9, 1, 5, 1, 0, 0, FSC__TOK_WORD, { 0 } },    /* t */
        { 10, 3, 6, 1, 0, 0, FSC__TOK_PUNCT, { 0 } },  /* ’ */
        { 14, 6, 8, 6, 0, 0, FSC__TOK_WORD, { 0 } },   /* Russia */
        { 20, 1, 14, 1, 0, 0, FSC__TOK_PUNCT, { 0 } }, /* ' */
        { 21, 1, 15, 1, 0, 0, FSC__TOK_WORD, { 0 } },  /* s */
        { 23, 1, 17, 1, 0, 0, FSC__TOK_WORD, { 0 } },  /* x */
    };
    size_t n_tok = sizeof tok / sizeof tok[0];
    fsc__quotes q = { 0 };
    TH_EQ_INT(strlen(text), 24);
    TH_EQ_INT(fsc__quotes_find(text, strlen(text), tok, n_tok, &q, NULL),
              FSC_OK);
    check_invariants(text, strlen(text), tok, n_tok, &q);
    TH_EQ_INT(q.n, 1);
    if (q.n == 1) {
        TH_EQ_INT(q.v[0].close_tok, 4);
        TH_EQ_INT(q.v[0].len, 7); /* don’t */
        TH_EQ_INT(q.v[0].n_words, 2);
        TH_EQ_INT(q.v[0].style, SC);
    }
    fsc__quotes_free(&q);
}

static void test_errors(fsc__tokenizer *tk)
{
    fsc_error err;
    fsc__quotes q = { 0 };
    static const fsc__token bad[] = {
        { 0, 9, 0, 9, 0, 0, FSC__TOK_WORD, { 0 } },
    };
    memset(&err, 0, sizeof err);
    TH_EQ_INT(fsc__quotes_find("abc", 3, bad, 1, &q, &err), FSC_EINVAL);
    TH_EQ_INT(err.code, FSC_EINVAL);
    TH_EQ_INT(q.n, 0);
    TH_EQ_INT(fsc__quotes_find("abc", 3, bad, 1, NULL, NULL), FSC_EINVAL);
    TH_EQ_INT(fsc__quotes_find(NULL, 3, NULL, 0, &q, NULL), FSC_EINVAL);
    /* Empty input; reuse clears earlier results. */
    TH_EQ_INT(fsc__quotes_find("", 0, NULL, 0, &q, NULL), FSC_OK);
    TH_EQ_INT(q.n, 0);
    fsc__tokvec tv = { 0 };
    run(tk, "“a” “b”", strlen("“a” “b”"), &tv, &q);
    TH_EQ_INT(q.n, 2);
    run(tk, "“a”", strlen("“a”"), &tv, &q);
    TH_EQ_INT(q.n, 1);
    fsc__quotes_free(&q);
    fsc__quotes_free(&q);
    fsc__quotes_free(NULL);
    TH_EQ_INT(fsc__quotes_at(&q, 0), -1);
    TH_EQ_INT(fsc__quotes_at(NULL, 0), -1);
    fsc__tokvec_free(&tv);
}

/* Deterministic pseudo-random numbers (LCG). */
static uint32_t rng(uint64_t *s)
{
    *s = *s * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)(*s >> 33);
}

static const char *const WORDS[] = {
    "the",     "minister", "said",    "Azerbaijan’s",
    "don't",   "мир",      "Лавров",  "заявил",
    "بيراموف", "وقال",     "أذرنيوز", "2023",
    "talks",   "war",      "peace",   "and",
    "—",       ",",        ".",       ":",
    "(",       ")",        "-",       "’90s",
    "it's",
};
static const char *const MARKS[] = {
    "\"",
    "'",
    "“",
    "”",
    "„",
    "‘",
    "’",
    "‚",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "『",
    "』",
    "\xe2\x80\x8f",
    "\"\xe2\x80\x8f",
};

/* Random words and marks, marks glued left, right or standing alone. */
static char *random_text(uint64_t seed, size_t want, size_t n_marks,
                         size_t *out_len)
{
    char *s = malloc(want + 64);
    size_t n = 0, words = 0, marks = 0;
    if (!s)
        return NULL;
    uint64_t st = seed;
    size_t n_words = sizeof WORDS / sizeof WORDS[0];
    size_t n_m = sizeof MARKS / sizeof MARKS[0];
    /* Spread the marks evenly over the expected number of words. */
    size_t every = want / 8 / (n_marks ? n_marks : 1);
    if (every == 0)
        every = 1;
    while (n + 40 < want) {
        const char *w = WORDS[rng(&st) % n_words];
        uint32_t r = rng(&st);
        if (marks < n_marks && r % every == 0) {
            const char *m = MARKS[rng(&st) % n_m];
            int where = (int)(rng(&st) % 3);
            if (where == 0) /* glued before the word */
                n += (size_t)sprintf(s + n, " %s%s", m, w);
            else if (where == 1) /* glued after */
                n += (size_t)sprintf(s + n, " %s%s", w, m);
            else
                n += (size_t)sprintf(s + n, " %s %s", m, w);
            marks++;
        } else {
            n += (size_t)sprintf(s + n, " %s", w);
        }
        if (++words % 40 == 0 && rng(&st) % 3 == 0) {
            size_t k = rng(&st) % 2 + 1;
            memcpy(s + n, "\n\n", k);
            n += k;
        }
    }
    *out_len = n;
    return s;
}

static void test_random_small(fsc__tokenizer *tk)
{
    /* Many short texts: invariants plus quotes_at against brute force. */
    fsc__tokvec tv = { 0 };
    fsc__quotes q = { 0 };
    size_t total = 0;
    int before = th_failures;
    for (uint64_t seed = 1; seed <= 300 && th_failures == before; seed++) {
        size_t len;
        char *s = random_text(seed, 2000, 60, &len);
        TH_CHECK(s != NULL);
        if (!s)
            break;
        run(tk, s, len, &tv, &q);
        total += q.n;
        for (uint32_t i = 0; i < tv.n; i++)
            TH_EQ_INT(fsc__quotes_at(&q, i), brute_at(&q, i));
        free(s);
    }
    TH_CHECK(total > 1000); /* the generator does produce quotes */
    fsc__quotes_free(&q);
    fsc__tokvec_free(&tv);
}

static void test_random_big(fsc__tokenizer *tk)
{
    size_t len;
    char *s = random_text(42, 1u << 20, 10000, &len);
    TH_CHECK(s != NULL);
    if (!s)
        return;
    TH_CHECK(len > 1000000);
    fsc__tokvec tv = { 0 };
    fsc__quotes q = { 0 };
    uint32_t n_sent;
    fsc_error err;
    TH_EQ_INT(fsc__tokenize(tk, s, len, &tv, &n_sent, &err), FSC_OK);
    size_t n_marks = 0;
    for (size_t i = 0; i < tv.n; i++)
        n_marks += tv.v[i].kind == FSC__TOK_PUNCT;
    clock_t t0 = clock();
    TH_EQ_INT(fsc__quotes_find(s, len, tv.v, tv.n, &q, &err), FSC_OK);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    TH_CHECK(secs < 2.0); /* a few ms normally, also under ASan */
    TH_CHECK(q.n > 1000);
    check_invariants(s, len, tv.v, tv.n, &q);
    for (uint32_t i = 0; i < tv.n; i++) {
        long k = fsc__quotes_at(&q, i);
        if (k >= 0)
            TH_CHECK(q.v[k].first_tok <= i && i <= q.v[k].last_tok);
    }
    fprintf(stderr, "random 1 MB: %zu tokens, %zu punct, %zu quotes, %.3f s\n",
            tv.n, n_marks, q.n, secs);

    /* 200,000 opening marks in one paragraph: depth is capped, time is
     * linear. */
    size_t n = 0;
    for (; n + 3 <= len && n < 600000; n += 3)
        memcpy(s + n, "“", 3);
    t0 = clock();
    TH_EQ_INT(fsc__tokenize(tk, s, n, &tv, &n_sent, &err), FSC_OK);
    TH_EQ_INT(fsc__quotes_find(s, n, tv.v, tv.n, &q, &err), FSC_OK);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    TH_CHECK(secs < 5.0);
    TH_EQ_INT(q.n, FSC__QUOTES_MAX_DEPTH);
    check_invariants(s, n, tv.v, tv.n, &q);
    fsc__quotes_free(&q);
    fsc__tokvec_free(&tv);
    free(s);
}

int main(void)
{
    fsc__tokenizer *tk = NULL;
    fsc_error err;
    TH_EQ_INT(fsc__tokenizer_new("en", &tk, &err), FSC_OK);
    if (!tk)
        TH_DONE();
    test_english(tk);
    test_russian(tk);
    test_arabic(tk);
    test_seed_article(tk);
    test_other_languages(tk);
    test_apostrophes(tk);
    test_odd_counts(tk);
    test_unmatched_close(tk);
    test_multi_paragraph(tk);
    test_empty_and_adjacent(tk);
    test_glued_marks();
    test_split_apostrophes();
    test_errors(tk);
    test_random_small(tk);
    test_random_big(tk);
    fsc__tokenizer_free(tk);
    TH_DONE();
}
