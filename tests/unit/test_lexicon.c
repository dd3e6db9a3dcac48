/*
 * test_lexicon.c - JSON lexicon loading: a valid lexicon's accessors, every
 * class of rejection with its exact line:col, BOM, CRLF, limits, warnings,
 * and the position scanner (jsonpos) on its own.
 */
#include "framescope/lexicon.h"
#include "jsonpos.h"
#include "th.h"

#include <stdlib.h>
#include <string.h>

#define DATA FSC_TEST_DATA "/lexicons/"

/* Parse `text` and expect failure `code` at line:col with `needle` in msg. */
static void expect_err_at(int src, const char *text, size_t len,
                          fsc_status code, long line, long col,
                          const char *needle)
{
    fsc_lexicon *lx = (fsc_lexicon *)1;
    fsc_error e;
    fsc_status st = fsc_lexicon_parse(text, len, "t.json", NULL, &lx, &e);
    int ok = st == code && e.code == code && lx == NULL &&
             e.line == line && e.col == col &&
             strcmp(e.where, "t.json") == 0 &&
             (!needle || strstr(e.msg, needle) != NULL);
    if (!ok) {
        fprintf(stderr,
                "%s:%d: expected %s %ld:%ld \"%s\"; got %s %s:%ld:%ld: %s\n",
                __FILE__, src, fsc_strerror(code), line, col,
                needle ? needle : "", fsc_strerror(st), e.where, e.line,
                e.col, e.msg);
        th_failures++;
    }
    if (st == FSC_OK)
        fsc_lexicon_free(lx);
}

#define EXPECT_ERR(text, code, line, col, needle)                              \
    expect_err_at(__LINE__, text, strlen(text), code, line, col, needle)

/* Valid preamble: 2 lines, so an entries array starts on line 3. */
#define HEAD                                                                   \
    "{\"name\": \"t\", \"version\": \"1\", \"languages\": [\"en\", \"ar\"],\n" \
    " \"categories\": [{\"id\": \"a\"}, {\"id\": \"b\"}],\n"

static fsc_lexicon *parse_ok(int src, const char *text)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    fsc_status st =
        fsc_lexicon_parse(text, strlen(text), "t.json", NULL, &lx, &e);
    if (st != FSC_OK) {
        fprintf(stderr, "%s:%d: unexpected failure %s:%ld:%ld: %s\n",
                __FILE__, src, e.where, e.line, e.col, e.msg);
        th_failures++;
    }
    return lx;
}

static void test_valid_file(void)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    fsc_status st = fsc_lexicon_load(DATA "valid.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st) {
        fprintf(stderr, "%s:%ld:%ld: %s\n", e.where, e.line, e.col, e.msg);
        return;
    }
    TH_EQ_STR(fsc_lexicon_name(lx), "karabakh-test");
    TH_EQ_STR(fsc_lexicon_version(lx), "0.1.0");
    TH_EQ_STR(fsc_lexicon_license(lx), "CC-BY-4.0");
    TH_EQ_STR(fsc_lexicon_description(lx),
              "Small valid lexicon for the unit tests.");
    TH_EQ_STR(fsc_lexicon_path(lx), DATA "valid.json");
    TH_EQ_INT(strlen(fsc_lexicon_sha256(lx)), 64);
    TH_EQ_INT(fsc_lexicon_n_authors(lx), 2);
    TH_EQ_STR(fsc_lexicon_author(lx, 1), "Second Author");
    TH_CHECK(fsc_lexicon_author(lx, 2) == NULL);
    TH_EQ_INT(fsc_lexicon_n_sources(lx), 1);
    TH_EQ_STR(fsc_lexicon_source(lx, 0), "hand-written test fixture");
    TH_EQ_INT(fsc_lexicon_n_languages(lx), 3);
    TH_EQ_STR(fsc_lexicon_language(lx, 2), "ru");

    TH_EQ_INT(fsc_lexicon_n_axes(lx), 1);
    const fsc_axis *ax = fsc_lexicon_axis(lx, 0);
    TH_CHECK(ax != NULL);
    if (ax) {
        TH_EQ_STR(ax->id, "az_am");
        TH_EQ_STR(ax->label, "Azerbaijani vs Armenian framing");
        TH_EQ_INT(ax->n_poles, 2);
        TH_EQ_STR(ax->poles[1], "am");
    }
    TH_CHECK(fsc_lexicon_axis(lx, 1) == NULL);

    TH_EQ_INT(fsc_lexicon_n_categories(lx), 5);
    TH_EQ_INT(fsc_lexicon_find_category(lx, "securitization"), 1);
    TH_EQ_INT(fsc_lexicon_find_category(lx, "toponym.az"), 3);
    TH_EQ_INT(fsc_lexicon_find_category(lx, "nope"), -1);
    const fsc_category *c = fsc_lexicon_category(lx, 1);
    TH_EQ_STR(c->id, "securitization");
    TH_EQ_STR(c->label, "Security / counter-terrorism");
    TH_EQ_STR(c->description, "framing as counter-terrorism");
    TH_EQ_STR(c->axis, "az_am"); /* inferred: exactly one axis */
    TH_EQ_STR(c->pole, "az");
    TH_EQ_STR(c->parent, "security");
    TH_EQ_STR(c->contrast, "humanitarian");
    c = fsc_lexicon_category(lx, 2);
    TH_EQ_STR(c->label, "humanitarian"); /* label defaults to id */
    TH_EQ_STR(c->pole, "am");
    TH_EQ_STR(c->contrast, "securitization");
    TH_CHECK(c->parent == NULL && c->description == NULL);
    c = fsc_lexicon_category(lx, 3);
    TH_EQ_STR(c->axis, "az_am");
    TH_CHECK(c->pole == NULL);
    c = fsc_lexicon_category(lx, 0);
    TH_CHECK(c->axis == NULL && c->pole == NULL && c->parent == NULL);
    TH_CHECK(fsc_lexicon_category(lx, 5) == NULL);

    TH_EQ_INT(fsc_lexicon_n_entries(lx), 11);
    const fsc_entry *x = fsc_lexicon_entry(lx, 0);
    TH_EQ_STR(x->term, "counter-terrorism");
    TH_EQ_STR(x->lang, "en");
    TH_EQ_INT(x->n_cats, 1);
    TH_EQ_INT(x->cats[0], 1);
    TH_CHECK(x->weight == 1.0);
    TH_EQ_INT(x->role, FSC_ROLE_TERM);
    TH_EQ_INT(x->clitics, 1);
    TH_EQ_INT(x->line, 27);
    x = fsc_lexicon_entry(lx, 1);
    TH_EQ_STR(x->term, "anti-terror* operation"); /* collapsed */
    TH_EQ_INT(x->n_cats, 2);
    TH_EQ_INT(x->cats[0], 1);
    TH_EQ_INT(x->cats[1], 0);
    TH_CHECK(x->weight == 2.5);
    TH_EQ_INT(x->line, 28);
    x = fsc_lexicon_entry(lx, 2);
    TH_EQ_STR(x->term, "مكافحة الإرهاب");
    TH_EQ_STR(x->lang, "ar");
    TH_EQ_INT(x->clitics, 0);
    x = fsc_lexicon_entry(lx, 4);
    TH_EQ_STR(x->lang, "EN"); /* case-insensitive match, kept as written */
    x = fsc_lexicon_entry(lx, 5);
    TH_EQ_INT(x->role, FSC_ROLE_NEGATOR);
    TH_EQ_INT(x->n_cats, 0);
    TH_EQ_INT(fsc_lexicon_entry(lx, 6)->role, FSC_ROLE_HEDGE);
    TH_EQ_INT(fsc_lexicon_entry(lx, 7)->role, FSC_ROLE_INTENSIFIER);
    TH_CHECK(fsc_lexicon_entry(lx, 7)->weight == 1.5);
    TH_EQ_INT(fsc_lexicon_entry(lx, 8)->role, FSC_ROLE_DISTANCER);
    /* Same term in another language, or with another role: not duplicates */
    TH_EQ_STR(fsc_lexicon_entry(lx, 9)->lang, "ru");
    TH_EQ_INT(fsc_lexicon_entry(lx, 10)->role, FSC_ROLE_TERM);
    TH_EQ_INT(fsc_lexicon_entry(lx, 10)->line, 37);
    TH_CHECK(fsc_lexicon_entry(lx, 11) == NULL);

    /* Only warning: the category nobody uses ("security" is a parent). */
    TH_EQ_INT(fsc_lexicon_n_warnings(lx), 1);
    TH_EQ_STR(fsc_lexicon_warning(lx, 0), "category \"unused\" has no entries");
    TH_CHECK(fsc_lexicon_warning(lx, 1) == NULL);
    fsc_lexicon_free(lx);
}

static void test_files(void)
{
    fsc_lexicon *lx = (fsc_lexicon *)1;
    fsc_error e;
    fsc_status st =
        fsc_lexicon_load(DATA "unknown_category.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_EPARSE);
    TH_CHECK(lx == NULL);
    TH_EQ_STR(e.where, DATA "unknown_category.json");
    TH_EQ_INT(e.line, 5);
    TH_EQ_INT(e.col, 50);
    TH_EQ_STR(e.msg, "entry 2: unknown category \"securitisation\"");

    st = fsc_lexicon_load(DATA "truncated.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_EPARSE);
    TH_EQ_INT(e.line, 3);
    TH_EQ_INT(e.col, 51);
    TH_CHECK(strstr(e.msg, "unexpected end of input") != NULL);

    st = fsc_lexicon_load(DATA "bad_utf8.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_EUTF8);
    TH_EQ_INT(e.line, 2);
    TH_EQ_INT(e.col, 30);
    TH_EQ_INT(e.byte, 63);

    st = fsc_lexicon_load(DATA "does-not-exist.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_EIO);
    TH_EQ_STR(e.where, DATA "does-not-exist.json");

    /* BOM: skipped; byte offsets still count it, columns do not. */
    st = fsc_lexicon_load(DATA "bom.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st == FSC_OK) {
        TH_EQ_STR(fsc_lexicon_name(lx), "bom");
        TH_EQ_STR(fsc_lexicon_entry(lx, 0)->lang, "en"); /* inferred */
        TH_EQ_INT(fsc_lexicon_entry(lx, 0)->line, 2);
        fsc_lexicon_free(lx);
    }
    const char bomtxt[] = "\xEF\xBB\xBF{\"name\": 7}";
    expect_err_at(__LINE__, bomtxt, sizeof bomtxt - 1, FSC_EPARSE, 1, 10,
                  "\"name\" must be a string, not a number");
    fsc_error_clear(&e);
    st = fsc_lexicon_parse(bomtxt, sizeof bomtxt - 1, "t.json", NULL, &lx, &e);
    TH_EQ_INT(e.byte, 12);
}

static void test_syntax(void)
{
    EXPECT_ERR("{\n  \"name\": \"a\"\n  \"version\": \"1\"\n}", FSC_EPARSE, 3,
               3, "JSON syntax error at '\"'");
    EXPECT_ERR("{\"name\": \"ab", FSC_EPARSE, 1, 13, "inside a string");
    EXPECT_ERR("", FSC_EPARSE, 1, 1, "empty input");
    EXPECT_ERR("  \n ", FSC_EPARSE, 1, 1, "empty input");
    EXPECT_ERR("{\"a\": [1, 2,]}", FSC_EPARSE, 1, 13, "syntax error at ']'");
    EXPECT_ERR("{} x", FSC_EPARSE, 1, 4, "syntax error at 'x'");
    EXPECT_ERR("[1]", FSC_EPARSE, 1, 1, "top level must be an object");
    /* Multi-byte characters count as one column. */
    /* Columns count code points: the byte offset here is 22. cJSON
     * reports this error one byte after the second comma. */
    EXPECT_ERR("{\"name\": \"ääää\" ,, }", FSC_EPARSE, 1, 19,
               "JSON syntax error");
    /* NUL bytes and \u0000 escapes would cut strings short. */
    expect_err_at(__LINE__, "{\"name\":\0\"x\"}", 13, FSC_EPARSE, 1, 9,
                  "NUL byte");
    EXPECT_ERR("{\"name\": \"t\\u0000x\", \"version\": \"1\", \"entries\": []}",
               FSC_EPARSE, 1, 12, "\\u0000");
    /* An escaped backslash followed by u0000 is plain text. */
    fsc_lexicon *lx = parse_ok(
        __LINE__, "{\"name\": \"t\", \"version\": \"1\", \"entries\": [],"
                  " \"description\": \"a\\\\u0000\", \"license\": \"x\"}");
    if (lx)
        TH_EQ_STR(fsc_lexicon_description(lx), "a\\u0000");
    fsc_lexicon_free(lx);
}

static void test_top_level(void)
{
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"entries\": [],\n"
               " \"bogus\": 1}",
               FSC_EPARSE, 2, 2, "top level: unknown key \"bogus\"");
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"entries\": [],\n"
               " \"name\": \"u\"}",
               FSC_EPARSE, 2, 2, "top level: duplicate key \"name\"");
    EXPECT_ERR("{\"version\": \"1\", \"entries\": []}", FSC_EPARSE, 1, 1,
               "missing required key \"name\"");
    EXPECT_ERR("{\"name\": \"t\", \"entries\": []}", FSC_EPARSE, 1, 1,
               "missing required key \"version\"");
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\"}", FSC_EPARSE, 1, 1,
               "missing required key \"entries\"");
    EXPECT_ERR("{\"name\": \"Bad Name\", \"version\": \"1\", \"entries\": []}",
               FSC_EPARSE, 1, 10, "bad name \"Bad Name\"");
    EXPECT_ERR("{\"name\": \"t\", \"version\": 1, \"entries\": []}",
               FSC_EPARSE, 1, 26, "\"version\" must be a string, not a number");
    EXPECT_ERR("{\"framescope_lexicon\": 2, \"name\": \"t\"}", FSC_EPARSE, 1,
               24, "\"framescope_lexicon\" must be 1");
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"entries\": {}}",
               FSC_EPARSE, 1, 42, "\"entries\" must be an array, not an object");
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"entries\": [],\n"
               " \"authors\": [\"x\", 3]}",
               FSC_EPARSE, 2, 19, "element 2 is a number");
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"entries\": [],\n"
               " \"languages\": [\"en\", \"english\"]}",
               FSC_EPARSE, 2, 22, "bad language tag \"english\"");
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"entries\": [],\n"
               " \"languages\": [\"en\", \"EN\"]}",
               FSC_EPARSE, 2, 22, "listed twice");

    /* Warnings for missing metadata; unknown x-/_ keys ignored. */
    fsc_lexicon *lx = parse_ok(__LINE__,
                  "{\"name\": \"t\", \"version\": \"1\", \"entries\": [],"
                  " \"x-a\": [{}], \"_b\": null, \"authors\": [],"
                  " \"categories\": [{\"id\": \"c\"}]}");
    TH_CHECK(lx != NULL);
    if (lx) {
        TH_EQ_INT(fsc_lexicon_n_warnings(lx), 4);
        TH_EQ_STR(fsc_lexicon_warning(lx, 0), "no license stated");
        TH_EQ_STR(fsc_lexicon_warning(lx, 1), "no authors listed");
        TH_CHECK(strstr(fsc_lexicon_warning(lx, 2), "no sources") != NULL);
        TH_EQ_STR(fsc_lexicon_warning(lx, 3),
                  "category \"c\" has no entries");
        TH_EQ_STR(fsc_lexicon_path(lx), "");
        TH_CHECK(fsc_lexicon_license(lx) == NULL);
    }
    fsc_lexicon_free(lx);
}

static void test_axes_categories(void)
{
#define AX "{\"name\": \"t\", \"version\": \"1\", \"entries\": [],\n"
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\", \"poles\": [\"a\"]}]}",
               FSC_EPARSE, 2, 32, "at least two poles");
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\", \"poles\": [\"a\", \"a\"]}]}",
               FSC_EPARSE, 2, 38, "duplicate pole \"a\"");
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\"}]}", FSC_EPARSE, 2, 11,
               "axis 1: missing \"poles\"");
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\", \"poles\": [\"a\", \"b\"],"
                  " \"colour\": 1}]}",
               FSC_EPARSE, 2, 44, "axis 1: unknown key \"colour\"");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a\"}, {\"id\": \"a\"}]}",
               FSC_EPARSE, 2, 37, "duplicate category id \"a\"");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a b\"}]}", FSC_EPARSE, 2, 24,
               "bad id \"a b\"");
    EXPECT_ERR(AX " \"categories\": [{\"label\": \"x\"}]}", FSC_EPARSE, 2, 17,
               "category 1: missing \"id\"");
    EXPECT_ERR(AX " \"categories\": [\"a\"]}", FSC_EPARSE, 2, 17,
               "category 1: must be an object, not a string");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a\", \"label\": 5}]}",
               FSC_EPARSE, 2, 38, "category 1: \"label\" must be a string");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a\", \"parent\": \"zz\"}]}",
               FSC_EPARSE, 2, 39, "parent \"zz\" is not a declared category");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a\", \"contrast\": \"zz\"}]}",
               FSC_EPARSE, 2, 41,
               "contrast \"zz\" is not a declared category");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a\", \"parent\": \"a\"}]}",
               FSC_EPARSE, 2, 39, "\"parent\" names the category itself");
    EXPECT_ERR(AX " \"categories\": [\n"
                  "  {\"id\": \"a\", \"parent\": \"b\"},\n"
                  "  {\"id\": \"b\", \"parent\": \"c\"},\n"
                  "  {\"id\": \"c\", \"parent\": \"a\"}]}",
               FSC_EPARSE, 3, 25, "category \"a\": parent chain forms a cycle");
    EXPECT_ERR(AX " \"categories\": [{\"id\": \"a\", \"pole\": \"p\"}]}",
               FSC_EPARSE, 2, 37, "\"pole\" needs an \"axis\" (0 axes");
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\", \"poles\": [\"p\", \"q\"]},"
                  " {\"id\": \"y\", \"poles\": [\"p\", \"q\"]}],\n"
                  " \"categories\": [{\"id\": \"a\", \"pole\": \"p\"}]}",
               FSC_EPARSE, 3, 37, "(2 axes are declared)");
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\", \"poles\": [\"p\", \"q\"]}],\n"
                  " \"categories\": [{\"id\": \"a\", \"pole\": \"r\"}]}",
               FSC_EPARSE, 3, 37, "\"r\" is not a pole of axis \"x\"");
    EXPECT_ERR(AX " \"axes\": [{\"id\": \"x\", \"poles\": [\"p\", \"q\"]}],\n"
                  " \"categories\": [{\"id\": \"a\", \"axis\": \"z\"}]}",
               FSC_EPARSE, 3, 37, "unknown axis \"z\"");
#undef AX
}

static void test_entries(void)
{
    /* Entry lines start at line 3 (see HEAD). */
    EXPECT_ERR(HEAD " \"entries\": [\n  {\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": [\"securitisation\"]}]}",
               FSC_EPARSE, 4, 46,
               "entry 1: unknown category \"securitisation\"");
    EXPECT_ERR(HEAD " \"entries\": [\n  {\"term\": \" \\t \", \"lang\": \"en\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 4, 12, "entry 1: empty term");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"anti*terror\", \"lang\": \"en\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 23, "bad wildcard");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"*\", \"lang\": \"en\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 23, "bad wildcard");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"foo**\", \"lang\": \"en\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 23, "bad wildcard");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"a *b\", \"lang\": \"en\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 23, "bad wildcard");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"a b c d e f g h i j k l m n o"
                    " p q\", \"lang\": \"en\", \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 23, "more than 16 words");
    {
        char big[700];
        char txt[1000];
        memset(big, 'x', 513);
        big[513] = '\0';
        snprintf(txt, sizeof txt,
                 HEAD " \"entries\": [{\"term\": \"%s\", \"lang\": \"en\","
                      " \"categories\": [\"a\"]}]}",
                 big);
        EXPECT_ERR(txt, FSC_EPARSE, 3, 23, "longer than 512 bytes");
        big[512] = '\0'; /* exactly 512 bytes is fine */
        snprintf(txt, sizeof txt,
                 HEAD " \"entries\": [{\"term\": \"%s\", \"lang\": \"en\","
                      " \"categories\": [\"a\"]}]}",
                 big);
        fsc_lexicon_free(parse_ok(__LINE__, txt));
    }
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 14, "entry 1: missing \"lang\"");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"ru\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 36, "language \"ru\" is not listed");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"e\","
                    " \"categories\": [\"a\"]}]}",
               FSC_EPARSE, 3, 36, "bad language tag \"e\"");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": [\"a\", \"b\", \"a\"]}]}",
               FSC_EPARSE, 3, 67, "category \"a\" is listed twice");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": \"a\"}]}",
               FSC_EPARSE, 3, 56,
               "entry 1: \"categories\" must be an array, not a string");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": [1]}]}",
               FSC_EPARSE, 3, 57, "must hold category ids");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\"}]}",
               FSC_EPARSE, 3, 14, "needs at least one category");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": []}]}",
               FSC_EPARSE, 3, 56, "needs at least one category");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": 5, \"lang\": \"en\"}]}",
               FSC_EPARSE, 3, 23, "entry 1: \"term\" must be a string, not a number");
    EXPECT_ERR(HEAD " \"entries\": [{\"lang\": \"en\"}]}", FSC_EPARSE, 3, 14,
               "entry 1: missing \"term\"");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": [\"a\"], \"weight\": \"1\"}]}",
               FSC_EPARSE, 3, 73, "\"weight\" must be a number, not a string");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"categories\": [\"a\"], \"weight\": 1e999}]}",
               FSC_EPARSE, 3, 73, "\"weight\" must be a finite number");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"role\": \"booster\"}]}",
               FSC_EPARSE, 3, 50, "unknown role \"booster\"");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"role\": \"hedge\", \"clitics\": \"yes\"}]}",
               FSC_EPARSE, 3, 70,
               "\"clitics\" must be true or false, not a string");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"role\": \"hedge\", \"note\": 1}]}",
               FSC_EPARSE, 3, 67, "\"note\" must be a string");
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\","
                    " \"role\": \"hedge\", \"pole\": \"az\"}]}",
               FSC_EPARSE, 3, 59, "entry 1: unknown key \"pole\"");
    EXPECT_ERR(HEAD " \"entries\": [7]}", FSC_EPARSE, 3, 14,
               "entry 1: must be an object, not a number");
    /* Duplicate: same collapsed term, lang (any case) and role. */
    EXPECT_ERR(HEAD " \"entries\": [\n"
                    "  {\"term\": \"cease fire\", \"lang\": \"en\", \"categories\": [\"a\"]},\n"
                    "  {\"term\": \"cease fire\", \"lang\": \"ar\", \"categories\": [\"a\"]},\n"
                    "  {\"term\": \" cease   fire \", \"lang\": \"EN\", \"categories\": [\"b\"]}]}",
               FSC_EPARSE, 6, 12,
               "entry 3: duplicate of entry 1 (line 4): same term \"cease "
               "fire\"");
    /* No categories at all is fine when every entry is a modifier. */
    fsc_lexicon *lx = parse_ok(
        __LINE__, "{\"name\": \"mods\", \"version\": \"1\", \"languages\": [\"ru\"],"
                  " \"license\": \"x\", \"authors\": [\"a\"], \"sources\": [\"s\"],"
                  " \"entries\": [{\"term\": \"не\", \"role\": \"negator\"}]}");
    if (lx) {
        TH_EQ_INT(fsc_lexicon_n_categories(lx), 0);
        TH_EQ_STR(fsc_lexicon_entry(lx, 0)->lang, "ru");
        TH_EQ_INT(fsc_lexicon_n_warnings(lx), 0);
    }
    fsc_lexicon_free(lx);
    EXPECT_ERR("{\"name\": \"t\", \"version\": \"1\", \"languages\": [\"ru\"],\n"
               " \"entries\": [{\"term\": \"не\"}]}",
               FSC_EPARSE, 2, 14, "needs at least one category");
}

static void test_attrs(void)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    fsc_status st = fsc_lexicon_load(DATA "attrs.json", NULL, &lx, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st) {
        fprintf(stderr, "%s:%ld:%ld: %s\n", e.where, e.line, e.col, e.msg);
        return;
    }
    TH_EQ_INT(fsc_lexicon_n_warnings(lx), 0);
    TH_EQ_INT(fsc_lexicon_n_entries(lx), 5);
    const fsc_entry *x = fsc_lexicon_entry(lx, 0);
    TH_EQ_INT(x->n_attrs, 4);
    TH_EQ_STR(x->attr_keys[0], "stance"); /* file order */
    TH_EQ_STR(x->attr_vals[0], "neutral");
    TH_EQ_STR(x->attr_keys[3], "kind");
    TH_EQ_STR(fsc_entry_attr(x, "lemma"), "قال");
    TH_EQ_STR(fsc_entry_attr(x, "form"), "verb");
    TH_EQ_STR(fsc_entry_attr(x, "kind"), "speech");
    TH_CHECK(fsc_entry_attr(x, "Lemma") == NULL); /* keys are exact */
    TH_CHECK(fsc_entry_attr(x, "lemm") == NULL);
    TH_CHECK(fsc_entry_attr(x, "") == NULL);
    TH_CHECK(fsc_entry_attr(x, NULL) == NULL);
    TH_CHECK(fsc_entry_attr(NULL, "lemma") == NULL);
    TH_EQ_INT(x->line, 11);
    x = fsc_lexicon_entry(lx, 1);
    TH_EQ_INT(x->n_attrs, 3);
    TH_EQ_STR(fsc_entry_attr(x, "stance"), "distancing");
    TH_EQ_STR(fsc_entry_attr(x, "x_1"), "ق"); /* \u escape decoded */
    /* An empty object and no "attrs" at all look the same. */
    for (size_t i = 2; i <= 3; i++) {
        x = fsc_lexicon_entry(lx, i);
        TH_EQ_INT(x->n_attrs, 0);
        TH_CHECK(x->attr_keys == NULL && x->attr_vals == NULL);
        TH_CHECK(fsc_entry_attr(x, "lemma") == NULL);
    }
    x = fsc_lexicon_entry(lx, 4); /* modifiers may carry attributes too */
    TH_EQ_INT(x->role, FSC_ROLE_NEGATOR);
    TH_EQ_STR(fsc_entry_attr(x, "note"), "modifiers may carry attributes too");
    fsc_lexicon_free(lx);

    /* Entries from a .dic file have no attributes. */
    const char dic[] = "%\n1\tcue\n%\nsaid\t1\n";
    TH_EQ_INT(fsc_lexicon_parse(dic, sizeof dic - 1, "t.dic", NULL, &lx, &e),
              FSC_OK);
    if (lx) {
        TH_EQ_INT(fsc_lexicon_entry(lx, 0)->n_attrs, 0);
        TH_CHECK(fsc_entry_attr(fsc_lexicon_entry(lx, 0), "lemma") == NULL);
    }
    fsc_lexicon_free(lx);

    /* Every rejection points at the offending key or value. Line 3:
     * {"term": "x", "lang": "en", "categories": ["a"], "attrs": ...
     * column 72 is where the attrs value starts. */
#define AT HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\"," \
                " \"categories\": [\"a\"], \"attrs\": "
    EXPECT_ERR(AT "[\"lemma\"]}]}", FSC_EPARSE, 3, 72,
               "entry 1: \"attrs\" must be an object, not an array");
    EXPECT_ERR(AT "\"lemma=say\"}]}", FSC_EPARSE, 3, 72,
               "entry 1: \"attrs\" must be an object, not a string");
    EXPECT_ERR(AT "null}]}", FSC_EPARSE, 3, 72,
               "entry 1: \"attrs\" must be an object, not null");
    /* Keys: [a-z][a-z0-9_]{0,31}; x- and _ keys are not ignored here. */
    EXPECT_ERR(AT "{\"form\": \"verb\", \"Lemma\": \"say\"}}]}", FSC_EPARSE, 3,
               89, "entry 1: bad attribute key \"Lemma\"");
    EXPECT_ERR(AT "{\"1st\": \"a\"}}]}", FSC_EPARSE, 3, 73,
               "bad attribute key \"1st\"");
    EXPECT_ERR(AT "{\"_note\": \"a\"}}]}", FSC_EPARSE, 3, 73,
               "bad attribute key \"_note\"");
    EXPECT_ERR(AT "{\"x-src\": \"a\"}}]}", FSC_EPARSE, 3, 73,
               "bad attribute key \"x-src\"");
    EXPECT_ERR(AT "{\"\": \"a\"}}]}", FSC_EPARSE, 3, 73,
               "bad attribute key \"\"");
    EXPECT_ERR(AT "{\"lémma\": \"a\"}}]}", FSC_EPARSE, 3, 73,
               "bad attribute key");
    EXPECT_ERR(AT "{\"a23456789012345678901234567890123\": \"a\"}}]}",
               FSC_EPARSE, 3, 73, "at most 32 characters");
    fsc_lexicon_free(parse_ok(
        __LINE__, AT "{\"a2345678901234567890123456789012\": \"a\"}}]}"));
    /* Values: non-empty strings of at most 256 bytes. */
    EXPECT_ERR(AT "{\"form\": \"verb\", \"stance\": 1}}]}", FSC_EPARSE, 3,
               99, "entry 1: attribute \"stance\" must be a string, not a "
                    "number");
    EXPECT_ERR(AT "{\"stance\": [\"neutral\"]}}]}", FSC_EPARSE, 3, 83,
               "attribute \"stance\" must be a string, not an array");
    EXPECT_ERR(AT "{\"stance\": true}}]}", FSC_EPARSE, 3, 83,
               "attribute \"stance\" must be a string, not a boolean");
    EXPECT_ERR(AT "{\"stance\": null}}]}", FSC_EPARSE, 3, 83,
               "attribute \"stance\" must be a string, not null");
    EXPECT_ERR(AT "{\"stance\": \"\"}}]}", FSC_EPARSE, 3, 83,
               "entry 1: attribute \"stance\" is empty");
    {
        char big[300];
        char txt[1000];
        memset(big, 'v', 257);
        big[257] = '\0';
        snprintf(txt, sizeof txt, AT "{\"note\": \"%s\"}}]}", big);
        EXPECT_ERR(txt, FSC_EPARSE, 3, 81,
                   "attribute \"note\" is longer than 256 bytes");
        big[256] = '\0'; /* exactly 256 bytes is fine */
        snprintf(txt, sizeof txt, AT "{\"note\": \"%s\"}}]}", big);
        lx = parse_ok(__LINE__, txt);
        if (lx)
            TH_EQ_INT(strlen(fsc_entry_attr(fsc_lexicon_entry(lx, 0),
                                            "note")),
                      256);
        fsc_lexicon_free(lx);
        /* 128 two-byte letters are 256 bytes; 129 are too many. */
        char ar[400];
        size_t k = 0;
        for (int i = 0; i < 129; i++) {
            ar[k++] = '\xd9';
            ar[k++] = '\x82';
        }
        ar[k] = '\0';
        snprintf(txt, sizeof txt, AT "{\"lemma\": \"%s\"}}]}", ar);
        EXPECT_ERR(txt, FSC_EPARSE, 3, 82, "longer than 256 bytes");
        ar[k - 2] = '\0';
        snprintf(txt, sizeof txt, AT "{\"lemma\": \"%s\"}}]}", ar);
        fsc_lexicon_free(parse_ok(__LINE__, txt));
    }
    /* Duplicate keys, and at most 16 attributes (the 17th is reported). */
    EXPECT_ERR(AT "{\"lemma\": \"say\", \"form\": \"verb\",\n"
                  "   \"lemma\": \"tell\"}}]}",
               FSC_EPARSE, 4, 4, "entry 1: duplicate attribute \"lemma\"");
    {
        char txt[1200];
        size_t k = (size_t)snprintf(txt, sizeof txt, "%s", AT "{");
        for (int i = 0; i < 17; i++)
            k += (size_t)snprintf(txt + k, sizeof txt - k,
                                  "%s\"k%02d\": \"v\"", i ? ", " : "", i);
        snprintf(txt + k, sizeof txt - k, "}}]}");
        /* "kNN": "v" plus ", " is 11 characters; the 17th key starts at
         * 73 + 16 * 12. */
        EXPECT_ERR(txt, FSC_EPARSE, 3, 73 + 16 * 12,
                   "entry 1: \"attrs\" has more than 16 attributes");
        char *cut = strstr(txt, ", \"k16\"");
        TH_CHECK(cut != NULL);
        if (cut) {
            strcpy(cut, "}}]}");
            lx = parse_ok(__LINE__, txt);
            if (lx) {
                const fsc_entry *y = fsc_lexicon_entry(lx, 0);
                TH_EQ_INT(y->n_attrs, 16);
                TH_EQ_STR(y->attr_keys[15], "k15");
                TH_EQ_STR(fsc_entry_attr(y, "k15"), "v");
            }
            fsc_lexicon_free(lx);
        }
    }
    /* The key "attrs" itself cannot repeat, like any other key. */
    EXPECT_ERR(AT "{}, \"attrs\": {}}]}", FSC_EPARSE, 3, 76,
               "entry 1: duplicate key \"attrs\"");
    /* Columns count code points: an Arabic term before "attrs". */
    EXPECT_ERR(HEAD " \"entries\": [{\"term\": \"قالت\", \"lang\": \"ar\","
                    " \"categories\": [\"a\"], \"attrs\": {\"lemma\": 5}}]}",
               FSC_EPARSE, 3, 85, "attribute \"lemma\" must be a string");
#undef AT
}

/* Expect failure `code` with `needle` in the message at the LAST occurrence
 * of `at` in `text` (line and column computed here: columns count code
 * points). */
static void expect_err_sub(int src, const char *text, fsc_status code,
                           const char *at, const char *needle)
{
    const char *p = NULL, *q = text;
    while ((q = strstr(q, at)) != NULL)
        p = q++;
    if (!p) {
        fprintf(stderr, "%s:%d: marker \"%s\" not in the text\n", __FILE__,
                src, at);
        th_failures++;
        return;
    }
    long line = 1, col = 1;
    for (const char *r = text; r < p; r++) {
        if (*r == '\n') {
            line++;
            col = 1;
        } else if (((unsigned char)*r & 0xC0) != 0x80) {
            col++;
        }
    }
    expect_err_at(src, text, strlen(text), code, line, col, needle);
}

#define EXPECT_ERR_AT(text, at, needle)                                        \
    expect_err_sub(__LINE__, text, FSC_EPARSE, at, needle)

/* One English entry on line 3 with extra keys `x`. */
#define ENTRY(x)                                                               \
    HEAD " \"entries\": [{\"term\": \"illegal*\", \"lang\": \"en\", "          \
         "\"categories\": [\"a\"], " x "}]}"

static void test_guards(void)
{
    fsc_lexicon *lx = parse_ok(
        __LINE__,
        ENTRY("\"guards\": {\"not_next\": [\"immigra*\", \" migrant* \"], "
              "\"not_near\": [\"rumour*\", \"the  rubble\"], \"window\": 5, "
              "\"x-why\": 1}, \"forms\": [\"tanween\"]"));
    if (lx) {
        const fsc_entry *e = fsc_lexicon_entry(lx, 0);
        TH_EQ_INT(e->n_guards, 2);
        TH_EQ_INT(e->guards[0].kind, FSC_GUARD_NOT_NEXT);
        TH_EQ_INT(e->guards[0].n_patterns, 2);
        TH_EQ_STR(e->guards[0].patterns[1], "migrant*");
        TH_EQ_INT(e->guards[1].kind, FSC_GUARD_NOT_NEAR);
        TH_EQ_STR(e->guards[1].patterns[1], "the rubble");
        TH_EQ_INT(e->guard_window, 5);
        TH_EQ_INT(e->forms, FSC_FORM_TANWEEN);
    }
    fsc_lexicon_free(lx);
    /* All six kinds; the window defaults to 3; {} is no guard. */
    lx = parse_ok(__LINE__,
                  ENTRY("\"guards\": {\"near\": [\"a\"], \"prev\": [\"b\"], "
                        "\"not_prev\": [\"c\"], \"next\": [\"d\"], "
                        "\"not_next\": [\"e\"], \"not_near\": [\"f\"]}"));
    if (lx) {
        const fsc_entry *e = fsc_lexicon_entry(lx, 0);
        TH_EQ_INT(e->n_guards, 6);
        for (size_t k = 0; k < 6 && e->n_guards == 6; k++)
            TH_EQ_INT(e->guards[k].kind, (int)k); /* in kind order */
        TH_EQ_INT(e->guard_window, 3);
    }
    fsc_lexicon_free(lx);
    lx = parse_ok(__LINE__, ENTRY("\"forms\": [\"verb\", \"tanween\"]"));
    if (lx)
        TH_EQ_INT(fsc_lexicon_entry(lx, 0)->forms,
                  FSC_FORM_TANWEEN | FSC_FORM_VERB);
    fsc_lexicon_free(lx);
    lx = parse_ok(__LINE__, ENTRY("\"guards\": {}"));
    if (lx)
        TH_EQ_INT(fsc_lexicon_entry(lx, 0)->n_guards, 0);
    fsc_lexicon_free(lx);

    EXPECT_ERR_AT(ENTRY("\"guards\": [\"x\"]"), "[\"x\"]",
                  "entry 1: \"guards\" must be an object, not an array");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"after\": [\"x\"]}"), "\"after\"",
                  "entry 1: guards: unknown key \"after\"");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"next\": [\"x\"], \"next\": [\"y\"]}"),
                  "\"next\"", "entry 1: guards: duplicate key \"next\"");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"next\": \"x\"}"), "\"x\"",
                  "guards: \"next\" must be an array, not a string");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"next\": []}"), "[]",
                  "guards: \"next\" must list at least one pattern");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"not_next\": [\"ok\", \"*x\"]}"),
                  "\"*x\"", "bad wildcard");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"prev\": [\"ok\", 1]}"), "1]",
                  "guards: \"prev\" must hold patterns (strings), not a "
                  "number");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"near\": [\" \"]}"), "\" \"",
                  "guards: empty pattern in \"near\"");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"near\": [\"x y\", \"x  y\"]}"),
                  "\"x  y\"", "pattern \"x y\" is listed twice in \"near\"");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"near\": [\"x\"], \"window\": 0}"),
                  "0}", "\"window\" must be a whole number of words from 1 "
                        "to 10");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"near\": [\"x\"], \"window\": 11}"),
                  "11", "from 1 to 10");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"near\": [\"x\"], \"window\": 2.5}"),
                  "2.5", "from 1 to 10");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"near\": [\"x\"], \"window\": \"2\"}"),
                  "\"2\"", "guards: \"window\" must be a number");
    EXPECT_ERR_AT(ENTRY("\"guards\": {\"next\": [\"x\"], \"window\": 2}"),
                  "2}", "\"window\" applies to \"near\" and \"not_near\" only");
    EXPECT_ERR_AT(ENTRY("\"forms\": [\"tanween\", \"verbs\"]"), "\"verbs\"",
                  "entry 1: unknown form \"verbs\" (want tanween or verb)");
    EXPECT_ERR_AT(ENTRY("\"forms\": [\"tanween\", \"tanween\"]"),
                  "\"tanween\"", "form \"tanween\" is listed twice");
    EXPECT_ERR_AT(ENTRY("\"forms\": \"tanween\""), "\"tanween\"",
                  "\"forms\" must be an array, not a string");
    EXPECT_ERR_AT(ENTRY("\"forms\": [true]"), "true",
                  "\"forms\" must hold form names (strings), not a boolean");

    /* Role "name": a phrase that counts under no category. */
    lx = parse_ok(__LINE__,
                  HEAD " \"entries\": [{\"term\": \"UN refugee agency\", "
                       "\"lang\": \"en\", \"role\": \"name\"}]}");
    if (lx)
        TH_EQ_INT(fsc_lexicon_entry(lx, 0)->role, FSC_ROLE_NAME);
    fsc_lexicon_free(lx);
    EXPECT_ERR_AT(HEAD " \"entries\": [{\"term\": \"UN refugee agency\", "
                       "\"lang\": \"en\", \"role\": \"name\", "
                       "\"categories\": [\"a\"]}]}",
                  "[\"a\"]", "entry 1: a \"name\" entry counts under no "
                             "category");
    EXPECT_ERR_AT(HEAD " \"entries\": [{\"term\": \"x\", \"lang\": \"en\", "
                       "\"role\": \"name\", \"scope\": \"both\"}]}",
                  "\"both\"", "\"scope\" applies to negators");
}

/* A lexicon with top-level member `x` on line 2. */
#define SCOPED(x)                                                              \
    "{\"name\": \"t\", \"version\": \"1\", \"languages\": [\"en\", \"ar\"],\n" \
    " " x ",\n"                                                                \
    " \"categories\": [{\"id\": \"a\"}], \"entries\": [{\"term\": \"y\", "      \
    "\"lang\": \"en\", \"categories\": [\"a\"]}]}"

static void test_scope(void)
{
    fsc_lexicon *lx = parse_ok(__LINE__, SCOPED("\"x-note\": 1"));
    if (lx)
        TH_CHECK(fsc_lexicon_scope(lx) == NULL);
    fsc_lexicon_free(lx);
    lx = parse_ok(__LINE__,
                  SCOPED("\"scope\": {\"anchors\": [\"Karabakh\", "
                         "\"قره  باغ\", \"Aliyev*\"], \"window\": "
                         "\"paragraph\", \"min_anchors\": 2, \"_c\": 0}"));
    const fsc_topic_scope *sc = lx ? fsc_lexicon_scope(lx) : NULL;
    TH_CHECK(sc != NULL);
    if (sc) {
        TH_EQ_INT(sc->n_anchors, 3);
        TH_EQ_STR(sc->anchors[1], "قره باغ");
        TH_EQ_INT(sc->window, FSC_WINDOW_PARAGRAPH);
        TH_EQ_INT(sc->min_anchors, 2);
    }
    fsc_lexicon_free(lx);
    lx = parse_ok(__LINE__, SCOPED("\"scope\": {\"anchors\": [\"x\"]}"));
    sc = lx ? fsc_lexicon_scope(lx) : NULL;
    TH_CHECK(sc != NULL);
    if (sc) {
        TH_EQ_INT(sc->window, FSC_WINDOW_ARTICLE);
        TH_EQ_INT(sc->min_anchors, 1);
    }
    fsc_lexicon_free(lx);

    EXPECT_ERR_AT(SCOPED("\"scope\": [\"x\"]"), "[\"x\"]",
                  "\"scope\" must be an object, not an array");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"window\": \"article\"}"),
                  "{\"window\"", "scope: missing \"anchors\"");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": [\"x\"], \"topic\": 1}"),
                  "\"topic\"", "scope: unknown key \"topic\"");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": []}"), "[]",
                  "scope: \"anchors\" must list at least one pattern");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": [\"x\", \"x*y\"]}"),
                  "\"x*y\"", "bad wildcard");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": [\"Baku\", \"Baku\"]}"),
                  "\"Baku\"", "pattern \"Baku\" is listed twice in "
                              "\"anchors\"");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": [\"x\"], \"window\": "
                         "\"sentence\"}"),
                  "\"sentence\"", "scope: unknown window \"sentence\" (want "
                                  "article or paragraph)");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": [\"x\"], \"min_anchors\": "
                         "0}"),
                  "0}", "scope: \"min_anchors\" must be a whole number");
    EXPECT_ERR_AT(SCOPED("\"scope\": {\"anchors\": [\"x\"], \"min_anchors\": "
                         "true}"),
                  "true", "scope: \"min_anchors\" must be a number");
    EXPECT_ERR_AT(SCOPED("\"layer\": \"attribution\", \"scope\": "
                         "{\"anchors\": [\"x\"]}"),
                  "\"scope\"", "\"scope\" applies to framing lexicons only");
}

static void test_crlf_and_limits(void)
{
    EXPECT_ERR("{\"name\": \"t\",\r\n \"version\": \"1\",\r\n \"entries\": [],\r\n"
               " \"zz\": 0}",
               FSC_EPARSE, 4, 2, "unknown key \"zz\"");
    const char *txt = "{\"name\": \"t\", \"version\": \"1\", \"entries\": []}";
    fsc_lexicon_opts o;
    fsc_lexicon_opts_init(&o);
    TH_EQ_INT(o.max_bytes, (size_t)64 << 20);
    TH_EQ_INT(o.format, FSC_LEXFMT_AUTO);
    o.max_bytes = 10;
    fsc_lexicon *lx = (fsc_lexicon *)1;
    fsc_error e;
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), "t.json", &o, &lx, &e),
              FSC_ELIMIT);
    TH_CHECK(lx == NULL);
    TH_EQ_INT(fsc_lexicon_load(DATA "valid.json", &o, &lx, &e), FSC_ELIMIT);
    TH_EQ_STR(e.where, DATA "valid.json");
    o.max_bytes = 0; /* 0 means the default */
    o.name = "renamed";
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), "t.json", &o, &lx, &e),
              FSC_OK);
    TH_EQ_STR(fsc_lexicon_name(lx), "renamed");
    fsc_lexicon_free(lx);
    o.name = "Not OK";
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), "t.json", &o, &lx, &e),
              FSC_EINVAL);
    /* Format forced to JSON even with a .dic name; NULL where and err. */
    fsc_lexicon_opts_init(&o);
    o.format = FSC_LEXFMT_JSON;
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), "x.dic", &o, &lx, NULL),
              FSC_OK);
    fsc_lexicon_free(lx);
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), NULL, NULL, &lx, &e),
              FSC_OK);
    fsc_lexicon_free(lx);
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), NULL, NULL, NULL, &e),
              FSC_EINVAL);
    fsc_lexicon_free(NULL);
    TH_CHECK(fsc_lexicon_name(NULL) == NULL);
    TH_EQ_INT(fsc_lexicon_n_entries(NULL), 0);
}

static void test_jsonpos(void)
{
    const char *s = "{\"a\": [1, {\"b\\u0063\": \"x\"}, [2, 3]],\n \"d\": {}}";
    size_t len = strlen(s), off = 99;
    fsc__jpstep p1[] = {{"a", 0}, {NULL, 1}, {"bc", 0}};
    TH_EQ_INT(fsc__jsonpos_find(s, len, p1, 3, 0, &off), 3);
    TH_EQ_INT(off, 22);
    TH_EQ_INT(fsc__jsonpos_find(s, len, p1, 3, 1, &off), 3);
    TH_EQ_INT(off, 11);
    fsc__jpstep p2[] = {{"a", 0}, {NULL, 2}, {NULL, 1}};
    TH_EQ_INT(fsc__jsonpos_find(s, len, p2, 3, 0, &off), 3);
    TH_EQ_INT(off, 32);
    fsc__jpstep p3[] = {{"a", 0}, {NULL, 7}};
    TH_EQ_INT(fsc__jsonpos_find(s, len, p3, 2, 0, &off), 1);
    TH_EQ_INT(off, 6); /* deepest value found: the array */
    fsc__jpstep p4[] = {{NULL, 1}};
    TH_EQ_INT(fsc__jsonpos_find(s, len, p4, 1, 1, &off), 1);
    TH_EQ_INT(off, 38);
    size_t offs[8];
    fsc__jpstep p5[] = {{"a", 0}};
    TH_EQ_INT(fsc__jsonpos_elements(s, len, p5, 1, offs, 8), 3);
    TH_EQ_INT(offs[0], 7);
    TH_EQ_INT(offs[1], 10);
    TH_EQ_INT(offs[2], 28);
    long line, col;
    fsc__text_linecol(s, len, 38, &line, &col);
    TH_EQ_INT(line, 2);
    TH_EQ_INT(col, 2);
    fsc__text_linecol("a\r\nb\rc\nd", 8, 7, &line, &col);
    TH_EQ_INT(line, 4);
    TH_EQ_INT(col, 1);
    /* Garbage never crashes; offsets stay inside the text. */
    const char *bad[] = {"", "{", "{\"a", "{\"a\":", "[[[[", "\"\\", "{\"a\" 1}",
                         "}}}]]]", "{\"a\":[1,,]}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        fsc__jpstep q[] = {{"a", 0}, {NULL, 1}};
        fsc__jsonpos_find(bad[i], strlen(bad[i]), q, 2, 0, &off);
        TH_CHECK(off <= strlen(bad[i]));
        fsc__jsonpos_elements(bad[i], strlen(bad[i]), q, 1, offs, 8);
    }
    size_t so = 0;
    TH_EQ_INT(fsc__json_open_at_eof("{\"a\": \"x", 8, &so), 2);
    TH_EQ_INT(so, 6);
    TH_EQ_INT(fsc__json_open_at_eof("{\"a\": [1", 8, &so), 1);
    TH_EQ_INT(fsc__json_open_at_eof("{\"a\": \"\\\"\"}", 11, &so), 0);
}

/* Unicode spaces between the words of a term become one ASCII space; other
 * characters that share their lead bytes stay. */
static void test_term_spaces(void)
{
    static const char *const cases[][2] = {
        { "x\xc2\xa0y", "x y" },                    /* U+00A0 */
        { "x\xe1\x9a\x80y", "x y" },                /* U+1680 */
        { "x\xe2\x80\x89\xe2\x80\xafy", "x y" },    /* U+2009, U+202F */
        { "x\xe2\x80\xa8y\xe2\x81\x9fz", "x y z" }, /* U+2028, U+205F */
        { "\xe3\x80\x80x\ty\xe3\x80\x80", "x y" },  /* U+3000 */
        { "x\xe2\x80\x94y", "x\xe2\x80\x94y" },     /* U+2014 is no space */
        { "x\xc2\xa9y", "x\xc2\xa9y" },             /* U+00A9 */
        { "x\xe3\x80\x81y", "x\xe3\x80\x81y" },     /* U+3001 */
        { "x\xe1\x9a\x81y", "x\xe1\x9a\x81y" },     /* U+1681 */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char txt[512];
        snprintf(txt, sizeof txt,
                 "{\"name\": \"sp\", \"version\": \"1\", \"languages\":"
                 " [\"en\"], \"categories\": [{\"id\": \"c\"}], \"entries\":"
                 " [{\"term\": \"%s\", \"categories\": [\"c\"]}]}",
                 cases[i][0]);
        fsc_lexicon *lx = NULL;
        fsc_error e;
        TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), "sp.json", NULL, &lx, &e),
                  FSC_OK);
        if (!lx)
            continue;
        TH_EQ_STR(fsc_lexicon_entry(lx, 0)->term, cases[i][1]);
        fsc_lexicon_free(lx);
    }
}

/* The byte-at-a-time string skip: a backslash takes the next byte along. */
static size_t skip_string_ref(const char *s, size_t len, size_t i)
{
    i++;
    while (i < len) {
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        if (s[i] == '"')
            return i + 1;
        i++;
    }
    return len;
}

/* Every string of up to 9 bytes over a, \\ and " after an opening quote
 * ends where the byte-at-a-time scan says; line numbers of every offset of
 * texts over a, LF and CR (and a few without CR) agree with
 * fsc__text_linecol. */
static void test_jsonpos_scans(void)
{
    static const char alpha[3] = { 'a', '\\', '"' };
    char s[16];
    for (size_t n = 0; n <= 9; n++) {
        size_t total = 1;
        for (size_t k = 0; k < n; k++)
            total *= 3;
        for (size_t code = 0; code < total; code++) {
            size_t x = code;
            s[0] = '"';
            for (size_t k = 0; k < n; k++) {
                s[1 + k] = alpha[x % 3];
                x /= 3;
            }
            size_t want = skip_string_ref(s, n + 1, 0);
            size_t got = fsc__json_skip_string(s, n + 1, 0);
            if (got != want) {
                TH_EQ_INT(got, want);
                return;
            }
        }
    }
    static const char lalpha[3] = { 'a', '\n', '\r' };
    size_t offs[12];
    long lines[12];
    for (size_t n = 0; n <= 7; n++) {
        size_t total = 1;
        for (size_t k = 0; k < n; k++)
            total *= 3;
        for (size_t code = 0; code < total; code++) {
            size_t x = code;
            for (size_t k = 0; k < n; k++) {
                s[k] = lalpha[x % 3];
                x /= 3;
            }
            /* every offset up to one past the end, increasing */
            for (size_t k = 0; k <= n + 1; k++)
                offs[k] = k;
            fsc__text_lines(s, n, offs, n + 2, lines);
            for (size_t k = 0; k <= n + 1; k++) {
                long line, col;
                fsc__text_linecol(s, n, offs[k], &line, &col);
                if (lines[k] != line) {
                    TH_EQ_INT(lines[k], line);
                    return;
                }
            }
        }
    }
    /* Offsets that go back start over. */
    const char *t = "a\nb\nc\nd";
    size_t back[] = { 6, 2, 4, 0 };
    long want[] = { 4, 2, 3, 1 };
    fsc__text_lines(t, strlen(t), back, 4, lines);
    for (size_t k = 0; k < 4; k++)
        TH_EQ_INT(lines[k], want[k]);
}

int main(void)
{
    test_valid_file();
    test_files();
    test_syntax();
    test_top_level();
    test_axes_categories();
    test_entries();
    test_attrs();
    test_guards();
    test_scope();
    test_crlf_and_limits();
    test_jsonpos();
    test_jsonpos_scans();
    test_term_spaces();
    TH_DONE();
}
