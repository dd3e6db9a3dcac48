/*
 * test_terms.c - corpus vocabulary (framescope/terms.h): keys folded as the
 * matcher folds (Arabic article stripped, surfaces kept), stop words and
 * sentence-bounded n-grams, counts and document counts, keyness equal to
 * fsc_stats_keyness on the same counts (itself checked against R in
 * test_stats), the vocabulary bound with its dropped count, and a lexicon
 * stub that the lexicon loader accepts; collocations equal to values
 * computed in R (tests/terms_collocate.R) on tests/data/terms/, a node
 * found through Arabic clitics, and the pattern's errors.
 */
#include "framescope/lexicon.h"
#include "framescope/stats.h"
#include "framescope/terms.h"
#include "th.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const fsc_term_row *find(const fsc_terms_result *r, size_t g,
                                const char *key)
{
    size_t top = r->n_groups < 2 ? r->n_rows : r->n_rows / r->n_groups;
    size_t n = r->n_groups < 2 ? r->n_rows : r->n_per[g];
    const fsc_term_row *rows = r->n_groups < 2 ? r->rows : r->rows + g * top;
    for (size_t i = 0; i < n; i++)
        if (strcmp(rows[i].key, key) == 0)
            return &rows[i];
    return NULL;
}

static void test_list(void)
{
    fsc_terms_opts o;
    fsc_terms_opts_init(&o);
    o.min_count = 1;
    o.ngram_max = 2;
    o.top = 100;
    fsc_terms *t = NULL;
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_OK);
    const char *a = "والميليشيات هاجمت المدينة. بالميليشيات و الميليشيات.";
    const char *b = "The militia attacked the city. Militia attacks.";
    TH_EQ_INT(fsc_terms_add(t, a, strlen(a), NULL, NULL), FSC_OK);
    TH_EQ_INT(fsc_terms_add(t, b, strlen(b), NULL, NULL), FSC_OK);
    const fsc_terms_result *r = NULL;
    TH_EQ_INT(fsc_terms_run(t, &r, NULL), FSC_OK);
    TH_EQ_INT(r->articles, 2);
    const fsc_term_row *m = find(r, 0, "ميليشيات");
    TH_CHECK(m && m->count == 3 && m->docs == 1);
    TH_CHECK(m && m->surfaces && strstr(m->surfaces, "والميليشيات") &&
             strstr(m->surfaces, "بالميليشيات"));
    const fsc_term_row *mi = find(r, 0, "militia");
    TH_CHECK(mi && mi->count == 2);
    TH_CHECK(find(r, 0, "the") == NULL);          /* stop word */
    TH_CHECK(find(r, 0, "militia attacked") != NULL);
    TH_CHECK(find(r, 0, "city militia") == NULL); /* across a sentence */
    TH_CHECK(find(r, 0, "the militia") == NULL);  /* begins with a stop */
    /* The stub is a lexicon the loader accepts. */
    char *lex = NULL;
    size_t len = 0;
    TH_EQ_INT(fsc_terms_render(t, FSC_TERMS_LEXICON, "ar", &lex, &len, NULL),
              FSC_OK);
    fsc_lexicon *lx = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_lexicon_parse(lex, len, "stub", NULL, &lx, &e), FSC_OK);
    TH_CHECK(lx && fsc_lexicon_n_entries(lx) >= 5);
    fsc_lexicon_free(lx);
    free(lex);
    fsc_terms_free(t);
}

static void test_keyness(void)
{
    fsc_terms_opts o;
    fsc_terms_opts_init(&o);
    o.min_count = 1;
    o.top = 50;
    fsc_terms *t = NULL;
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_OK);
    for (int i = 0; i < 6; i++) {
        const char *a = "regime forces shelled rebels near the border";
        const char *b = "government forces attacked terrorists near border";
        TH_EQ_INT(fsc_terms_add(t, a, strlen(a), "A", NULL), FSC_OK);
        TH_EQ_INT(fsc_terms_add(t, b, strlen(b), "B", NULL), FSC_OK);
    }
    const fsc_terms_result *r = NULL;
    TH_EQ_INT(fsc_terms_run(t, &r, NULL), FSC_OK);
    TH_EQ_INT(r->n_groups, 2);
    size_t ga = strcmp(r->groups[0], "A") == 0 ? 0 : 1;
    const fsc_term_row *reg = find(r, ga, "regime");
    TH_CHECK(reg && reg->count == 6 && reg->count_rest == 0 && reg->z > 0);
    TH_CHECK(find(r, ga, "forces") == NULL); /* shared: z = 0, not listed */
    TH_CHECK(find(r, 1 - ga, "terrorists") != NULL);
    /* The same z as fsc_stats_keyness on the counts with the pooled
     * prior: keys regime, forces, shelled, rebels, near, border (A) and
     * government, attacked, terrorists (B); 6 of each per article. */
    double yi[9] = { 6, 6, 6, 6, 6, 6, 0, 0, 0 };
    double yj[9] = { 0, 6, 0, 0, 6, 6, 6, 6, 6 };
    double prior[9], sum = 0;
    for (int k = 0; k < 9; k++)
        sum += yi[k] + yj[k];
    for (int k = 0; k < 9; k++)
        prior[k] = 500 * (yi[k] + yj[k]) / sum;
    fsc_keyness ks[9];
    TH_EQ_INT(fsc_stats_keyness(yi, yj, prior, 9, 36, 36, ks, NULL), FSC_OK);
    TH_CHECK(reg && fabs(reg->z - ks[0].z) < 1e-12);
    TH_CHECK(reg && fabs(reg->g2 - ks[0].g2) < 1e-12);
    TH_EQ_INT(r->m_tests, 18);
    fsc_terms_free(t);
}

static void test_bound(void)
{
    fsc_terms_opts o;
    fsc_terms_opts_init(&o);
    o.min_count = 1;
    o.max_vocab = 3;
    fsc_terms *t = NULL;
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_OK);
    const char *a = "alpha beta gamma delta epsilon alpha";
    TH_EQ_INT(fsc_terms_add(t, a, strlen(a), NULL, NULL), FSC_OK);
    const fsc_terms_result *r = NULL;
    TH_EQ_INT(fsc_terms_run(t, &r, NULL), FSC_OK);
    TH_EQ_INT(r->vocab, 3);
    TH_EQ_INT(r->dropped, 2); /* delta, epsilon */
    const fsc_term_row *al = find(r, 0, "alpha");
    TH_CHECK(al && al->count == 2);
    char *tab = NULL;
    TH_EQ_INT(fsc_terms_render(t, FSC_TERMS_TABLE, NULL, &tab, NULL, NULL),
              FSC_OK);
    TH_CHECK(tab && strstr(tab, "2 occurrences of keys first seen after the "
                                "vocabulary was full"));
    free(tab);
    fsc_terms_free(t);
}

static int close_to(double a, double b)
{
    return fabs(a - b) <= 1e-9 * (fabs(b) > 1 ? fabs(b) : 1);
}

/* Every row equals R's, in R's order (tests/data/terms/collocate-r.csv,
 * written by tests/terms_collocate.R from the definitions in terms.h). */
static void test_collocate_r(void)
{
    fsc_terms_opts o;
    fsc_terms_opts_init(&o);
    o.collocate = "war*";
    o.window = 2;
    o.min_count = 1;
    o.stopwords = 0;
    o.top = 1000;
    fsc_terms *t = NULL;
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_OK);
    FILE *f = fopen(FSC_TEST_DATA "/terms/collocate.txt", "r");
    TH_CHECK(f != NULL);
    char line[4096];
    while (f && fgets(line, sizeof line, f))
        TH_EQ_INT(fsc_terms_add(t, line, strlen(line), NULL, NULL), FSC_OK);
    if (f)
        fclose(f);
    const fsc_terms_result *r = NULL;
    TH_EQ_INT(fsc_terms_run(t, &r, NULL), FSC_OK);
    TH_CHECK(r->collocate && strcmp(r->collocate, "war*") == 0);
    f = fopen(FSC_TEST_DATA "/terms/collocate-r.csv", "r");
    TH_CHECK(f != NULL);
    size_t i = 0;
    int r1 = -1, r2 = -1;
    while (f && fgets(line, sizeof line, f)) {
        if (sscanf(line, "# R1=%d R2=%d", &r1, &r2) == 2)
            continue;
        if (strncmp(line, "key,", 4) == 0)
            continue;
        char key[64];
        double cnt, rest, g2, pmi, p, padj;
        if (sscanf(line, "%63[^,],%lf,%lf,%lf,%lf,%lf,%lf", key, &cnt, &rest,
                   &g2, &pmi, &p, &padj) != 7)
            continue;
        TH_CHECK(i < r->n_rows);
        if (i >= r->n_rows)
            break;
        const fsc_term_row *w = &r->rows[i++];
        TH_CHECK(strcmp(w->key, key) == 0);
        TH_CHECK(w->count == cnt && w->count_rest == rest);
        TH_CHECK(close_to(w->g2, g2) && close_to(w->pmi, pmi));
        TH_CHECK(close_to(w->g2_p, p) && close_to(w->g2_p_adj, padj));
    }
    if (f)
        fclose(f);
    TH_CHECK(i == 17 && r->n_rows == 17);
    TH_EQ_INT(r->window_tokens, (size_t)r1);
    TH_EQ_INT(r->other_tokens, (size_t)r2);
    TH_EQ_INT(r->nodes, 7); /* war x5, warned, warfare */
    fsc_terms_free(t);
}

/* An Arabic node through its clitics; a bad pattern or window fails. */
static void test_collocate_ar(void)
{
    fsc_terms_opts o;
    fsc_terms_opts_init(&o);
    o.collocate = "ميليشيات";
    o.window = 1;
    o.min_count = 1;
    fsc_terms *t = NULL;
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_OK);
    const char *a = "هاجمت الميليشيات المدينة. انسحبت والميليشيات أمس. "
                    "وبالميليشيات ضربوا القرية.";
    TH_EQ_INT(fsc_terms_add(t, a, strlen(a), NULL, NULL), FSC_OK);
    const fsc_terms_result *r = NULL;
    TH_EQ_INT(fsc_terms_run(t, &r, NULL), FSC_OK);
    TH_EQ_INT(r->nodes, 3);
    TH_EQ_INT(r->window_tokens, 5); /* all but القرية, two words away */
    TH_EQ_INT(r->other_tokens, 1);
    fsc_terms_free(t);
    o.collocate = "war* zone";
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_EINVAL);
    o.collocate = "w*ar";
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_EINVAL);
    o.collocate = "war";
    o.window = 0;
    TH_EQ_INT(fsc_terms_new(&o, &t, NULL), FSC_EINVAL);
}

int main(void)
{
    fsc_error e;
    if (fsc_init(&e) != FSC_OK)
        return 1;
    test_list();
    test_keyness();
    test_bound();
    test_collocate_r();
    test_collocate_ar();
    TH_DONE();
}
