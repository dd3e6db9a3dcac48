/*
 * test_dic.c - LIWC .dic import: line ends (LF, CRLF, CR only), BOM, trailing
 * tabs, multi-word terms, merging, every error with its line:col, and the
 * real J-MFD dictionary.
 */
#include "framescope/lexicon.h"
#include "th.h"

#include <string.h>

#define DATA FSC_TEST_DATA "/lexicons/"

static fsc_lexicon *dic_ok(int src, const char *text, size_t len,
                           const fsc_lexicon_opts *o)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    fsc_status st = fsc_lexicon_parse(text, len, "mem/test.dic", o, &lx, &e);
    if (st != FSC_OK) {
        fprintf(stderr, "%s:%d: unexpected failure %s:%ld:%ld: %s\n",
                __FILE__, src, e.where, e.line, e.col, e.msg);
        th_failures++;
    }
    return lx;
}

static void expect_err_at(int src, const char *text, size_t len,
                          fsc_status code, long line, long col, long long byte,
                          const char *needle)
{
    fsc_lexicon *lx = (fsc_lexicon *)1;
    fsc_error e;
    fsc_status st = fsc_lexicon_parse(text, len, "mem/test.dic", NULL, &lx, &e);
    int ok = st == code && e.code == code && lx == NULL && e.line == line &&
             e.col == col && (byte < 0 || e.byte == byte) &&
             strcmp(e.where, "mem/test.dic") == 0 &&
             strstr(e.msg, needle) != NULL;
    if (!ok) {
        fprintf(stderr,
                "%s:%d: expected %s %ld:%ld (byte %lld) \"%s\"; got %s "
                "%s:%ld:%ld (byte %lld): %s\n",
                __FILE__, src, fsc_strerror(code), line, col, byte, needle,
                fsc_strerror(st), e.where, e.line, e.col, e.byte, e.msg);
        th_failures++;
    }
    if (st == FSC_OK)
        fsc_lexicon_free(lx);
}

#define EXPECT_ERR(text, code, line, col, byte, needle)                        \
    expect_err_at(__LINE__, text, sizeof(text) - 1, code, line, col, byte,     \
                  needle)

static void test_errors(void)
{
    EXPECT_ERR("%\n1\tA\n%\nword\t2\n", FSC_EPARSE, 4, 6, 13,
               "unknown category number 2");
    EXPECT_ERR("%\n1\tA\n%\nword\t1 x1\n", FSC_EPARSE, 4, 8, 15,
               "bad category number \"x1\"");
    EXPECT_ERR("hello\n%\n", FSC_EPARSE, 1, 1, 0, "expected a '%' line");
    EXPECT_ERR("", FSC_EPARSE, 1, 1, 0, "empty dictionary");
    EXPECT_ERR("%\n1\tA\n\n", FSC_EPARSE, 2, 4, 5,
               "missing the '%' line that ends the category list");
    EXPECT_ERR("%\n1\tA\n1\tB\n%\n", FSC_EPARSE, 3, 1, 6,
               "category number 1 is defined twice");
    EXPECT_ERR("%\n1\n%\n", FSC_EPARSE, 2, 1, 2, "category 1 has no name");
    EXPECT_ERR("%\nx\tA\n%\n", FSC_EPARSE, 2, 1, 2,
               "expected a category line");
    EXPECT_ERR("%\n1234567890\tA\n%\n", FSC_EPARSE, 2, 1, 2, "too long");
    EXPECT_ERR("%\n1\tA\n%\n\t1\n", FSC_EPARSE, 4, 2, 9, "empty term");
    EXPECT_ERR("%\n1\tA\n%\nfoo*bar\t1\n", FSC_EPARSE, 4, 1, 8,
               "bad wildcard");
    EXPECT_ERR("%\n1\tA\n%\nok\t1\n*\t1\n", FSC_EPARSE, 5, 1, 13,
               "bad wildcard");
    EXPECT_ERR("%\n1\tA\n%\nlonely\n", FSC_EPARSE, 4, 1, 8,
               "entry \"lonely\" has no category numbers");
    EXPECT_ERR("%\n1\tA\n%\n%\n", FSC_EPARSE, 4, 1, 8,
               "unexpected third '%' line");
    /* Line counting with CR-only and CRLF line ends. */
    EXPECT_ERR("%\r1\tA\r%\rfoo\t9\r", FSC_EPARSE, 4, 5, 12,
               "unknown category number 9");
    EXPECT_ERR("%\r\n1\tA\r\n%\r\n\r\nfoo\t1 9\r\n", FSC_EPARSE, 5, 7, 19,
               "unknown category number 9");
    /* BOM: columns ignore it, byte offsets count it. */
    EXPECT_ERR("\xEF\xBB\xBF%\n1\tA\n%\nx\t7\n", FSC_EPARSE, 4, 3, 13,
               "unknown category number 7");
    /* Multi-byte term: the column counts code points. */
    EXPECT_ERR("%\n1\tA\n%\nмир\t1 2\n", FSC_EPARSE, 4, 7, 17,
               "unknown category number 2");
    EXPECT_ERR("%\n1\tA\n%\nca\xFE\t1\n", FSC_EUTF8, 4, 3, 10,
               "invalid UTF-8");
    expect_err_at(__LINE__, "%\n1\tA\n%\nx\0\t1\n", 12, FSC_EPARSE, 4, 2, 9,
                  "NUL byte");
}

static void test_basic(void)
{
    static const char d[] =
        "%\n"
        "01                    Harm Virtue\n"
        "02\tHarmVice\t\n"
        "03\tHarm   Virtue\n" /* same name: id gets the number */
        "%\n"
        "safe*\t\t\t01\n"
        "benefit*        \t01\n"
        "preserve\t\t01 02 01\n"
        "cease  fire\t02\n"
        "caring 01\n" /* no tab: the term ends at the first number */
        "like\t01 02<03>/01\n"
        "kind\t(02 03)01/02 <of>03/01\n" /* conditional only: left out */
        "safe*\t03\n";
    fsc_lexicon *lx = dic_ok(__LINE__, d, sizeof d - 1, NULL);
    if (!lx)
        return;
    TH_EQ_STR(fsc_lexicon_name(lx), "test");
    TH_EQ_STR(fsc_lexicon_version(lx), "0");
    TH_EQ_INT(fsc_lexicon_n_languages(lx), 1);
    TH_EQ_STR(fsc_lexicon_language(lx, 0), "und");
    TH_EQ_INT(fsc_lexicon_n_categories(lx), 3);
    TH_EQ_STR(fsc_lexicon_category(lx, 0)->id, "Harm_Virtue");
    TH_EQ_STR(fsc_lexicon_category(lx, 0)->label, "Harm Virtue");
    TH_EQ_STR(fsc_lexicon_category(lx, 1)->id, "HarmVice");
    TH_EQ_STR(fsc_lexicon_category(lx, 2)->id, "Harm_Virtue_3");
    TH_EQ_STR(fsc_lexicon_category(lx, 2)->label, "Harm Virtue");
    TH_EQ_INT(fsc_lexicon_find_category(lx, "Harm_Virtue_3"), 2);
    TH_EQ_INT(fsc_lexicon_n_entries(lx), 6);
    const fsc_entry *e = fsc_lexicon_entry(lx, 0);
    TH_EQ_STR(e->term, "safe*");
    TH_EQ_STR(e->lang, "und");
    TH_EQ_INT(e->n_cats, 2); /* merged with the later "safe*" line */
    TH_EQ_INT(e->cats[0], 0);
    TH_EQ_INT(e->cats[1], 2);
    TH_EQ_INT(e->line, 6);
    TH_EQ_INT(e->role, FSC_ROLE_TERM);
    TH_EQ_INT(e->clitics, 1);
    TH_CHECK(e->weight == 1.0);
    TH_EQ_STR(fsc_lexicon_entry(lx, 1)->term, "benefit*");
    e = fsc_lexicon_entry(lx, 2);
    TH_EQ_STR(e->term, "preserve");
    TH_EQ_INT(e->n_cats, 2); /* 01 listed twice on one line */
    TH_EQ_STR(fsc_lexicon_entry(lx, 3)->term, "cease fire");
    TH_EQ_STR(fsc_lexicon_entry(lx, 4)->term, "caring");
    TH_EQ_INT(fsc_lexicon_entry(lx, 4)->line, 10);
    /* "like" keeps its unconditional category 01, without 02<03>/01 */
    e = fsc_lexicon_entry(lx, 5);
    TH_EQ_STR(e->term, "like");
    TH_EQ_INT(e->n_cats, 1);
    TH_EQ_INT(e->cats[0], 0);
    /* Warnings: conditional assignments counted, no version, license... */
    TH_EQ_INT(fsc_lexicon_n_warnings(lx), 5);
    TH_EQ_STR(fsc_lexicon_warning(lx, 0),
              "3 LIWC conditional category assignments on 2 entries (first "
              "on line 11) skipped: they depend on the neighbouring word, "
              "which framescope does not model; those entries keep their "
              "other categories (1 entry had none and is left out)");
    TH_EQ_STR(fsc_lexicon_warning(lx, 1),
              ".dic files carry no version; using \"0\"");
    TH_EQ_STR(fsc_lexicon_warning(lx, 2), "no license stated");
    fsc_lexicon_free(lx);

    /* Options: name, language, forced format with another file name. */
    fsc_lexicon_opts o;
    fsc_lexicon_opts_init(&o);
    o.name = "mfd";
    o.lang = "en-GB";
    o.format = FSC_LEXFMT_DIC;
    fsc_error err;
    TH_EQ_INT(fsc_lexicon_parse(d, sizeof d - 1, "words.txt", &o, &lx, &err),
              FSC_OK);
    TH_EQ_STR(fsc_lexicon_name(lx), "mfd");
    TH_EQ_STR(fsc_lexicon_entry(lx, 0)->lang, "en-GB");
    fsc_lexicon_free(lx);
    o.lang = "english";
    TH_EQ_INT(fsc_lexicon_parse(d, sizeof d - 1, "words.txt", &o, &lx, &err),
              FSC_EINVAL);
    TH_CHECK(lx == NULL);
    /* Name from an awkward file name. */
    TH_EQ_INT(fsc_lexicon_parse(d, sizeof d - 1, "dir/_My Dict.v2.DIC", NULL,
                                &lx, &err),
              FSC_OK);
    TH_EQ_STR(fsc_lexicon_name(lx), "my_dict.v2");
    fsc_lexicon_free(lx);
}

static void test_files(void)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    fsc_status st = fsc_lexicon_load(DATA "crlf.dic", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st == FSC_OK) {
        TH_EQ_STR(fsc_lexicon_name(lx), "crlf");
        TH_EQ_INT(fsc_lexicon_n_categories(lx), 2);
        TH_EQ_STR(fsc_lexicon_category(lx, 0)->id, "Harm_Virtue");
        TH_EQ_STR(fsc_lexicon_category(lx, 1)->label, "HarmVice");
        TH_EQ_INT(fsc_lexicon_n_entries(lx), 2);
        TH_EQ_STR(fsc_lexicon_entry(lx, 1)->term, "hurt*");
        TH_EQ_INT(fsc_lexicon_entry(lx, 1)->n_cats, 2);
        TH_EQ_INT(fsc_lexicon_entry(lx, 1)->cats[0], 1);
        TH_EQ_INT(fsc_lexicon_entry(lx, 1)->line, 7);
        fsc_lexicon_free(lx);
    }

    st = fsc_lexicon_load(DATA "cr_only.dic", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st == FSC_OK) {
        TH_EQ_INT(fsc_lexicon_n_categories(lx), 2);
        TH_EQ_STR(fsc_lexicon_category(lx, 0)->id, "care.virtue");
        TH_EQ_INT(fsc_lexicon_n_entries(lx), 5);
        TH_EQ_STR(fsc_lexicon_entry(lx, 1)->term, "civil rights");
        TH_EQ_INT(fsc_lexicon_entry(lx, 1)->line, 6);
        TH_EQ_STR(fsc_lexicon_entry(lx, 3)->term, "levels the playing field");
        TH_EQ_INT(fsc_lexicon_entry(lx, 3)->n_cats, 2);
        const fsc_entry *k = fsc_lexicon_entry(lx, 4);
        TH_EQ_STR(k->term, "kill");
        TH_EQ_INT(k->n_cats, 2); /* two lines merged */
        TH_EQ_INT(k->cats[0], 1);
        TH_EQ_INT(k->cats[1], 0);
        TH_EQ_INT(k->line, 9);
        fsc_lexicon_free(lx);
    }

    st = fsc_lexicon_load(DATA "bom_trailing_tabs.dic", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st == FSC_OK) {
        TH_EQ_INT(fsc_lexicon_n_categories(lx), 3);
        TH_EQ_STR(fsc_lexicon_category(lx, 0)->id, "HarmVirtue");
        TH_EQ_INT(fsc_lexicon_n_entries(lx), 3);
        TH_EQ_STR(fsc_lexicon_entry(lx, 0)->term, "守る");
        TH_EQ_INT(fsc_lexicon_entry(lx, 0)->line, 7);
        TH_EQ_STR(fsc_lexicon_entry(lx, 1)->term, "安全*");
        TH_EQ_STR(fsc_lexicon_entry(lx, 2)->term, "benefit*");
        TH_EQ_INT(fsc_lexicon_entry(lx, 2)->cats[0], 1);
        size_t n = fsc_lexicon_n_warnings(lx);
        TH_EQ_STR(fsc_lexicon_warning(lx, n - 1),
                  "category \"Unused\" has no entries");
        fsc_lexicon_free(lx);
    }

    /*
     * The real J-MFD (MIT). Counted independently with awk (default
     * field splitting, so the term is $1 and the numbers are $2..$NF):
     *   awk '/^%/{s++;next} s==1&&NF{c++} s==2&&NF{e++;t[$1]++}
     *        END{print c, e, length(t)}'            -> 11 714 714
     *   awk '/^%/{s++;next} s==2&&NF&&NF>2{m++} END{print m}'     -> 40
     *   awk '/^%/{s++;next} s==2&&NF>3{m++} END{print m}'         -> 4
     *   awk '/^%/{s++;next} s==2&&NF{for(i=2;i<=NF;i++)
     *        if($i=="01")h++} END{print h}'                       -> 51
     * i.e. 11 categories, 714 distinct terms, 40 of them in two or more
     * categories (4 in three), 51 in category 01; first entry on line 15 (守る), last
     * on line 728 (category 11).
     */
    st = fsc_lexicon_load(DATA "J-MFD_2018r1.dic", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st == FSC_OK) {
        TH_EQ_STR(fsc_lexicon_name(lx), "j-mfd_2018r1");
        TH_EQ_INT(fsc_lexicon_n_categories(lx), 11);
        TH_EQ_STR(fsc_lexicon_category(lx, 0)->id, "HarmVirtue");
        TH_EQ_STR(fsc_lexicon_category(lx, 10)->id, "MoralityGeneral");
        TH_EQ_INT(fsc_lexicon_n_entries(lx), 714);
        const fsc_entry *x = fsc_lexicon_entry(lx, 0);
        TH_EQ_STR(x->term, "守る");
        TH_EQ_INT(x->line, 15);
        x = fsc_lexicon_entry(lx, 713);
        TH_EQ_INT(x->line, 728);
        TH_EQ_INT(x->n_cats, 1);
        TH_EQ_INT(x->cats[0], 10);
        size_t harm = 0, multi = 0, three = 0;
        for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
            const fsc_entry *y = fsc_lexicon_entry(lx, i);
            TH_CHECK(y->n_cats >= 1 && y->n_cats <= 3);
            multi += y->n_cats > 1;
            three += y->n_cats == 3;
            for (size_t k = 0; k < y->n_cats; k++)
                harm += y->cats[k] == 0;
        }
        TH_EQ_INT(harm, 51);
        TH_EQ_INT(multi, 40);
        TH_EQ_INT(three, 4);
        fsc_lexicon_free(lx);
    } else {
        fprintf(stderr, "%s:%ld:%ld: %s\n", e.where, e.line, e.col, e.msg);
    }
}

int main(void)
{
    test_errors();
    test_basic();
    test_files();
    TH_DONE();
}
