/*
 * test_dictfmt.c - WordStat .cat, quanteda/newsmap YAML, LIWC-22 .dicx and
 * Lexicoder .lc3/.lcd readers: the fixtures' categories and entries, and
 * malformed input rejected with its exact line:col.
 */
#include "framescope/lexicon.h"
#include "th.h"

#include <stdlib.h>
#include <string.h>

#define DATA FSC_TEST_DATA "/lexicons/"

static void expect_err_at(int src, const char *where, const char *text,
                          long line, long col, const char *needle)
{
    fsc_lexicon *lx = (fsc_lexicon *)1;
    fsc_error e;
    fsc_status st =
        fsc_lexicon_parse(text, strlen(text), where, NULL, &lx, &e);
    int ok = st == FSC_EPARSE && e.code == FSC_EPARSE && lx == NULL &&
             e.line == line && e.col == col &&
             strcmp(e.where, where) == 0 && strstr(e.msg, needle) != NULL;
    if (!ok) {
        fprintf(stderr,
                "%s:%d: expected %s:%ld:%ld \"%s\"; got %s %s:%ld:%ld: %s\n",
                __FILE__, src, where, line, col, needle, fsc_strerror(st),
                e.where, e.line, e.col, e.msg);
        th_failures++;
    }
    if (st == FSC_OK)
        fsc_lexicon_free(lx);
}
#define EXPECT_ERR(where, text, line, col, needle)                             \
    expect_err_at(__LINE__, where, text, line, col, needle)

static fsc_lexicon *load(const char *path)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    if (fsc_lexicon_load(path, NULL, &lx, &e) != FSC_OK) {
        fprintf(stderr, "%s:%ld:%ld: %s\n", e.where, e.line, e.col, e.msg);
        th_failures++;
        return NULL;
    }
    return lx;
}

/* Category ids of the entry with `term`, joined with ','. */
static void entry_cats(const fsc_lexicon *lx, const char *term, char *out,
                       size_t cap)
{
    out[0] = '\0';
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        if (strcmp(e->term, term) != 0)
            continue;
        for (size_t k = 0; k < e->n_cats; k++) {
            if (k)
                strncat(out, ",", cap - strlen(out) - 1);
            strncat(out, fsc_lexicon_category(lx, e->cats[k])->id,
                    cap - strlen(out) - 1);
        }
    }
}

static double entry_weight(const fsc_lexicon *lx, const char *term)
{
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        if (strcmp(e->term, term) == 0)
            return e->weight;
    }
    return -1;
}

static void test_cat(void)
{
    char b[256];
    fsc_lexicon *lx = load(DATA "small.cat");
    if (!lx)
        return;
    TH_EQ_INT(fsc_lexicon_n_categories(lx), 4);
    TH_EQ_INT(fsc_lexicon_n_entries(lx), 6);
    entry_cats(lx, "great*", b, sizeof b);
    TH_EQ_STR(b, "POSITIVE.PRAISE");
    entry_cats(lx, "well done", b, sizeof b);
    TH_EQ_STR(b, "POSITIVE.PRAISE");
    TH_CHECK(entry_weight(lx, "well done") == 2);
    entry_cats(lx, "bad", b, sizeof b);
    TH_EQ_STR(b, "NEGATIVE");
    long k = fsc_lexicon_find_category(lx, "POSITIVE.HOPE");
    TH_CHECK(k >= 0);
    if (k >= 0)
        TH_EQ_STR(fsc_lexicon_category(lx, (size_t)k)->parent, "POSITIVE");
    fsc_lexicon_free(lx);

    /* Names outside the JSON id charset: '_' in the id, label as written. */
    const char *txt = "ECONOMY\r\n\t+STATE+\r\n\t\tBENEFIT (1)\r\n";
    fsc_error e;
    lx = NULL;
    TH_CHECK(fsc_lexicon_parse(txt, strlen(txt), "s.cat", NULL, &lx, &e) ==
             FSC_OK);
    if (lx) {
        k = fsc_lexicon_find_category(lx, "ECONOMY._STATE_");
        TH_CHECK(k >= 0);
        if (k >= 0)
            TH_EQ_STR(fsc_lexicon_category(lx, (size_t)k)->label, "+STATE+");
        fsc_lexicon_free(lx);
    }

    EXPECT_ERR("t.cat", "good (1)\n", 1, 1, "entry outside any category");
    EXPECT_ERR("t.cat", "A\n\tgood (x)\n", 2, 8, "bad weight \"x\"");
    EXPECT_ERR("t.cat", "A\n\tgood)\n", 2, 6, "unbalanced ')'");
    EXPECT_ERR("t.cat", "A\n\tPENITEN*(CIARY (1)\n", 2, 2, "bad wildcard");
    EXPECT_ERR("t.cat", "A\n\t (1)\n", 2, 3, "no term");
}

static void test_yaml(void)
{
    char b[256];
    fsc_lexicon *lx = load(DATA "small.yml");
    if (!lx)
        return;
    TH_EQ_INT(fsc_lexicon_n_categories(lx), 4);
    entry_cats(lx, "well done", b, sizeof b);
    TH_EQ_STR(b, "POSITIVE.PRAISE");
    entry_cats(lx, "hope*", b, sizeof b);
    TH_EQ_STR(b, "POSITIVE.HOPE");
    entry_cats(lx, "terribl*", b, sizeof b);
    TH_EQ_STR(b, "NEGATIVE");
    fsc_lexicon_free(lx);

    lx = load(DATA "newsmap_excerpt.yml");
    if (lx) {
        entry_cats(lx, "Djiboutian*", b, sizeof b);
        TH_EQ_STR(b, "AFRICA.EAST.DJ");
        fsc_lexicon_free(lx);
    }
    EXPECT_ERR("t.yml", "A: [good, *bad]\n", 1, 11, "expected a pattern");
    EXPECT_ERR("t.yml", "A:\n  B: [good, 'x*y']\n", 2, 13, "bad wildcard");
    EXPECT_ERR("t.yml", "- good\n", 1, 1, "mapping of categories");
    EXPECT_ERR("t.yml", "A: [good, [bad]]\n", 1, 11, "expected a pattern");
    EXPECT_ERR("t.yml", "A: [good\nB: x\n", 2, 2, "YAML:");
}

static void test_dicx(void)
{
    char b[256];
    fsc_lexicon *lx = load(DATA "small.dicx");
    if (!lx)
        return;
    TH_EQ_INT(fsc_lexicon_n_categories(lx), 2);
    entry_cats(lx, "mixed", b, sizeof b);
    TH_EQ_STR(b, "Positive,Negative");
    entry_cats(lx, "well done", b, sizeof b);
    TH_EQ_STR(b, "Positive");
    entry_cats(lx, "terribl*", b, sizeof b);
    TH_EQ_STR(b, "Negative");
    fsc_lexicon_free(lx);

    EXPECT_ERR("t.dicx", "Term,A\n", 1, 1, "DicTerm");
    EXPECT_ERR("t.dicx", "DicTerm\ngood\n", 1, 1, "no category columns");
    EXPECT_ERR("t.dicx", "DicTerm,A,B\ngood,X,Y\n", 2, 8, "expected 'X'");
    EXPECT_ERR("t.dicx", "DicTerm,A\ngood,,X\n", 2, 7, "more cells");
    EXPECT_ERR("t.dicx", "DicTerm,A\ngood,\n", 2, 1, "no 'X' mark");
    EXPECT_ERR("t.dicx", "DicTerm,A\n\"good,X\n", 2, 1, "unterminated");
    EXPECT_ERR("t.dicx", "DicTerm,A,A\n", 1, 11, "used twice");
}

static void test_lcd(void)
{
    char b[256];
    const char *files[] = {DATA "small.lc3", DATA "small.lcd"};
    for (size_t f = 0; f < 2; f++) {
        fsc_lexicon *lx = load(files[f]);
        if (!lx)
            return;
        TH_EQ_INT(fsc_lexicon_n_categories(lx), 2);
        TH_EQ_INT(fsc_lexicon_n_entries(lx), 5);
        entry_cats(lx, "well done", b, sizeof b);
        TH_EQ_STR(b, "POSITIVE");
        entry_cats(lx, "terribl*", b, sizeof b);
        TH_EQ_STR(b, "NEGATIVE");
        fsc_lexicon_free(lx);
    }
    EXPECT_ERR("t.lc3", "good\n+A\n", 1, 1, "before the first");
    EXPECT_ERR("t.lcd", "+A\n  go*od\n", 2, 3, "bad wildcard");
    EXPECT_ERR("t.lcd", "+\n", 1, 1, "empty category name");
    EXPECT_ERR("t.lcd", "\n\n", 3, 1, "no \"+CATEGORY\"");
}

int main(void)
{
    test_cat();
    test_yaml();
    test_dicx();
    test_lcd();
    TH_DONE();
}
