/*
 * test_seed.c - the seed article (tests/data/seed, the same text as
 * corpora/sample/seed.jsonl) with the bundled lexicons:
 * every occurrence of the must-find terms is matched at the byte offsets
 * found here independently by plain substring search, and in the expected
 * category.
 */
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    if (p) {
        p[n] = '\0';
        *len = (size_t)n;
    }
    return p;
}

static fsc_lexicon *load(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/lexicons/%s", FSC_SOURCE_DIR, name);
    fsc_lexicon *lx = NULL;
    fsc_error e;
    if (fsc_lexicon_load(path, NULL, &lx, &e) != FSC_OK)
        fprintf(stderr, "%s:%ld:%ld: %s\n", e.where, e.line, e.col, e.msg);
    return lx;
}

/* Is there a match starting at byte `off` whose categories include `cat`? */
static const fsc_match *match_at(const fsc_result *r, size_t off)
{
    for (size_t i = 0; i < fsc_result_n_matches(r); i++) {
        const fsc_match *m = fsc_result_match(r, i);
        if (m->off <= off && off < m->off + m->len)
            return m;
    }
    return NULL;
}

static int has_cat(const fsc_model *model, const fsc_match *m,
                   const char *cat)
{
    long c = fsc_model_find_category(model, cat);
    for (size_t i = 0; m && c >= 0 && i < m->n_cats; i++)
        if (m->cats[i] == (uint32_t)c)
            return 1;
    return 0;
}

/* Check every occurrence of `needle`; returns how many there were. */
static int check_all(const fsc_model *model, const fsc_result *r,
                     const char *text, const char *needle, const char *cat)
{
    int n = 0;
    for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle)) {
        size_t off = (size_t)(p - text);
        const fsc_match *m = match_at(r, off);
        if (!m || !has_cat(model, m, cat))
            fprintf(stderr, "no %s match at byte %zu (%s)\n", cat, off, needle);
        TH_CHECK(m != NULL);
        TH_CHECK(has_cat(model, m, cat));
        /* The match covers the whole needle, and starts at or before it. */
        TH_CHECK(m && m->off <= off && m->off + m->len >= off + strlen(needle));
        n++;
    }
    return n;
}

int main(void)
{
    fsc_error e;
    fsc_init(&e);
    size_t len = 0;
    char path[1024];
    snprintf(path, sizeof path, "%s/seed/000_baac64db82fb31fe.txt",
             FSC_TEST_DATA);
    char *text = slurp(path, &len);
    TH_CHECK(text != NULL);
    fsc_lexicon *lx = load("karabakh-2023.json"), *mods = load("modifiers.json");
    TH_CHECK(lx && mods);
    if (!text || !lx || !mods)
        TH_DONE();
    const fsc_lexicon *set[2] = { lx, mods };
    fsc_model *model = NULL;
    fsc_analyzer *az = NULL;
    fsc_result *r = NULL;
    TH_CHECK(fsc_model_compile(set, 2, NULL, &model, &e) == FSC_OK);
    TH_CHECK(fsc_analyzer_new(model, &az, &e) == FSC_OK);
    TH_CHECK(fsc_analyze(az, text, len, "ar", &r, &e) == FSC_OK);
    if (!r)
        TH_DONE();
    /* Five «مكافحة الإرهاب», one of them written «ل مكافحة الإرهاب». */
    TH_EQ_INT(check_all(model, r, text, "مكافحة الإرهاب",
                        "karabakh-2023:securitization"), 5);
    /* " ل " is a space (1 byte), ل (2 bytes), a space: the term is 4 on. */
    const char *typo = strstr(text, " ل مكافحة الإرهاب");
    TH_CHECK(typo != NULL);
    const fsc_match *d = typo ? match_at(r, (size_t)(typo - text) + 4) : NULL;
    TH_CHECK(d && d->detached);
    TH_EQ_INT(fsc_result_category(
                  r, (size_t)fsc_model_find_category(
                         model, "karabakh-2023:securitization"))
                  ->count,
              5);
    TH_EQ_INT(check_all(model, r, text, "الاحتلال", "karabakh-2023:occupation"),
              1);
    TH_EQ_INT(check_all(model, r, text, "غير الشرعية",
                        "karabakh-2023:illegality"), 1);
    TH_EQ_INT(check_all(model, r, text, "غير القانوني",
                        "karabakh-2023:illegality"), 1);
    TH_EQ_INT(check_all(model, r, text, "الاستفزازات",
                        "karabakh-2023:provocation"), 1);
    /* None of them is negated: "غير" belongs to the term itself. */
    for (size_t i = 0; i < fsc_result_n_matches(r); i++)
        TH_CHECK(!(fsc_result_match(r, i)->flags & FSC_MATCH_NEGATED));
    fsc_result_free(r);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    fsc_lexicon_free(lx);
    fsc_lexicon_free(mods);
    free(text);
    TH_DONE();
}
