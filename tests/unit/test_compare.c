/*
 * test_compare.c - framescope compare: figures against R (reference.R over
 * the score rows of a small made-up corpus, read as JSON Lines and as CSV,
 * fed in odd-sized chunks), the merge fast paths against stats.c, edge
 * cases (one group, one article, all zeros, identical groups, empty input,
 * a corpus instead of score rows), ISO weeks, determinism; --voice, the
 * attribution-profile measures and keyness on voice-rows.jsonl, by hand
 * counts (keyness also against keyness.R).
 */
#include "buf.h"
#include "framescope/compare.h"
#include "framescope/stats.h"
#include "th.h"
#include "th_near.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Internal fast paths of analysis/compare.c. */
fsc_status fsc__compare_fast_pair(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *mw, fsc_effect *ef);
fsc_status fsc__compare_fast_kw(const double *const *g, const size_t *n,
                                size_t k, size_t *head, double *rsum,
                                fsc_test2 *out);

/* ---- reference.out ------------------------------------------------------ */

typedef struct ref {
    char **k;
    double *v;
    size_t n;
} ref;

static void ref_load(ref *r, const char *path)
{
    FILE *f = fopen(path, "r");
    TH_CHECK(f != NULL);
    char line[1024];
    memset(r, 0, sizeof *r);
    while (f && fgets(line, sizeof line, f)) {
        char *tab = strchr(line, '\t');
        if (!tab)
            continue;
        *tab = '\0';
        r->k = realloc(r->k, (r->n + 1) * sizeof *r->k);
        r->v = realloc(r->v, (r->n + 1) * sizeof *r->v);
        r->k[r->n] = malloc(strlen(line) + 1);
        strcpy(r->k[r->n], line);
        r->v[r->n] = strtod(tab + 1, NULL); /* "NaN" parses as NAN */
        r->n++;
    }
    if (f)
        fclose(f);
}

static int ref_get(const ref *r, const char *key, double *v)
{
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->k[i], key) == 0) {
            *v = r->v[i];
            return 1;
        }
    return 0;
}

static void ref_free(ref *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->k[i]);
    free(r->k);
    free(r->v);
}

/* ---- helpers ------------------------------------------------------------ */

static fsc_compare *run_on(const fsc_compare_opts *o, const char *data,
                           size_t len, size_t chunk)
{
    fsc_compare *c = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_compare_new(o, &c, &e), FSC_OK);
    if (!c)
        return NULL;
    for (size_t i = 0; i < len; i += chunk) {
        size_t n = len - i < chunk ? len - i : chunk;
        fsc_status st = fsc_compare_feed(c, "test", data + i, n, &e);
        TH_EQ_INT(st, FSC_OK);
        if (st)
            fprintf(stderr, "feed: %s\n", e.msg);
    }
    TH_EQ_INT(fsc_compare_end(c, &e), FSC_OK);
    fsc_status st = fsc_compare_run(c, &e);
    TH_EQ_INT(st, FSC_OK);
    if (st)
        fprintf(stderr, "run: %s\n", e.msg);
    return c;
}

static char *render(const fsc_compare *c, fsc_compare_format f)
{
    char *s = NULL;
    size_t n;
    TH_EQ_INT(fsc_compare_render(fsc_compare_result_get(c), f, &s, &n, NULL),
              FSC_OK);
    return s;
}

static void no_nan(const char *s)
{
    TH_CHECK(s && !strstr(s, "nan") && !strstr(s, "NaN") && !strstr(s, "inf"));
}

/* Every value cell (column 6) of compare's CSV is empty or a number that
 * strtod reads whole: the formula guard is for text cells only. Returns the
 * number of negative values seen. */
static size_t csv_values_numeric(const char *csv)
{
    size_t neg = 0, line = 0;
    const char *p = csv;
    while (p && *p) {
        char cell[256];
        size_t col = 0, n = 0;
        int q = 0;
        for (;; p++) {
            char ch = *p;
            if (q) {
                if (ch == '"' && p[1] == '"') {
                    p++;
                } else if (ch == '"') {
                    q = 0;
                    continue;
                } else if (!ch) {
                    break;
                }
            } else if (ch == '"') {
                q = 1;
                continue;
            } else if (ch == ',' || ch == '\r' || ch == '\n' || !ch) {
                cell[n] = 0;
                if (col == 5 && line > 0 && n > 0) {
                    char *end;
                    double v = strtod(cell, &end);
                    if (*end) {
                        fprintf(stderr,
                                "line %zu: value \"%s\" is not a number\n",
                                line + 1, cell);
                        th_failures++;
                    } else if (v < 0) {
                        neg++;
                    }
                }
                col++;
                n = 0;
                if (ch == ',')
                    continue;
                if (ch == '\r' && p[1] == '\n')
                    p++;
                if (ch)
                    p++;
                break;
            }
            if (n + 1 < sizeof cell)
                cell[n++] = ch;
        }
        line++;
    }
    return neg;
}

/* ---- against R ---------------------------------------------------------- */

static size_t check_against_r(const fsc_compare_result *r, const ref *R)
{
    size_t checks = 0;
    char key[512];
    double v;
    for (size_t c = 0; c < r->n_categories; c++) {
        const char *cat = r->categories[c];
        for (size_t g = 0; g < r->n_groups; g++) {
            const fsc_desc *d = &r->cells[g * r->n_categories + c].desc;
            snprintf(key, sizeof key, "mean|%s|%s", cat, r->groups[g]);
            if (ref_get(R, key, &v)) {
                TH_NEAR(d->mean, v, 1e-12);
                checks++;
            }
            snprintf(key, sizeof key, "sd|%s|%s", cat, r->groups[g]);
            if (ref_get(R, key, &v)) {
                TH_NEAR(d->sd, v, 1e-10);
                checks++;
            }
        }
        if (c < r->n_kw) {
            snprintf(key, sizeof key, "kw_p|%s", cat);
            TH_CHECK(ref_get(R, key, &v));
            if (ref_get(R, key, &v) && !isnan(r->kw[c].test.p)) {
                TH_NEAR(r->kw[c].test.p, v, 1e-9);
                checks++;
            }
            snprintf(key, sizeof key, "kw_h|%s", cat);
            if (ref_get(R, key, &v) && !isnan(r->kw[c].test.statistic)) {
                TH_NEAR(r->kw[c].test.statistic, v, 1e-10);
                checks++;
            }
        }
    }
    for (size_t i = 0; i < r->n_pairs; i++) {
        const fsc_compare_pair *p = &r->pairs[i];
        char k[400];
        snprintf(k, sizeof k, "%s|%s|%s", r->categories[p->category],
                 r->groups[p->a], r->groups[p->b]);
        struct {
            const char *name;
            double got, rel;
        } f[] = { { "welch_p", p->welch.p, 1e-9 },
                  { "welch_t", p->welch.statistic, 1e-10 },
                  { "mw_w", p->mw.statistic, 0 },
                  { "mw_p", p->mw.p, 1e-9 },
                  { "cliff", p->effect.cliff, 1e-12 },
                  { "cohen_d", p->effect.cohen_d, 1e-10 } };
        for (size_t j = 0; j < sizeof f / sizeof f[0]; j++) {
            snprintf(key, sizeof key, "%s|%s", f[j].name, k);
            if (!ref_get(R, key, &v)) {
                fprintf(stderr, "no reference for %s\n", key);
                th_failures++;
                continue;
            }
            /* R's t.test stops on constant data (our NAN with a reason);
             * R's wilcox.test still gives NaN p for all-tied data. */
            if (isnan(v)) {
                if (!isnan(f[j].got)) {
                    fprintf(stderr, "R NaN, got %.17g for %s\n", f[j].got, key);
                    th_failures++;
                }
                continue;
            }
            TH_NEAR(f[j].got, v, f[j].rel);
            checks++;
        }
        TH_CHECK(isnan(p->welch.p) == (p->welch.reason != NULL));
        TH_CHECK(isnan(p->mw.p) == (p->mw.reason != NULL));
    }
    return checks;
}

static void test_against_r(void)
{
    ref R;
    ref_load(&R, FSC_TEST_DATA "/compare/reference.out");
    TH_CHECK(R.n > 500);
    const char *inputs[] = { FSC_TEST_DATA "/compare/rows.jsonl",
                             FSC_TEST_DATA "/compare/rows.csv" };
    size_t chunks[] = { 7, 1 << 20 };
    for (int in = 0; in < 2; in++)
        for (int ch = 0; ch < 2; ch++) {
            size_t len;
            char *data = th_slurp(inputs[in], &len);
            TH_CHECK(data != NULL);
            if (!data)
                continue;
            fsc_compare_opts o;
            fsc_compare_opts_init(&o);
            o.bootstrap = 200;
            fsc_compare *c = run_on(&o, data, len, chunks[ch]);
            const fsc_compare_result *r = fsc_compare_result_get(c);
            TH_CHECK(r != NULL);
            if (r) {
                TH_EQ_INT(r->rows_read, 26);
                TH_EQ_INT(r->rows_used, 25);
                TH_EQ_INT(r->rows_skipped, 1);
                TH_EQ_INT(r->n_groups, 4);
                TH_EQ_STR(r->groups[2], "Delta, \"quoted\"");
                /* CSV lists every category (zeros included), JSONL only
                 * those with matches. */
                TH_EQ_INT(r->n_categories, in == 1 ? 20 : 12);
                TH_EQ_INT(r->n_pairs, 6 * r->n_categories);
                TH_EQ_INT(r->n_kw, r->n_categories);
                size_t checks = check_against_r(r, &R);
                TH_CHECK(checks > (in == 1 ? 400u : 250u));
                /* BH family size: every defined Mann-Whitney p. */
                size_t m = 0;
                for (size_t i = 0; i < r->n_pairs; i++)
                    m += !isnan(r->pairs[i].mw.p);
                TH_EQ_INT(r->m_mw, m);
                char *js = render(c, FSC_COMPARE_JSON);
                no_nan(js);
                TH_CHECK(js && strstr(js, "\"mw_p_adj\":"));
                fsc_free(js);
                char *csv = render(c, FSC_COMPARE_CSV);
                no_nan(csv);
                /* Negative differences exist here and stay numbers. */
                TH_CHECK(csv && csv_values_numeric(csv) > 0);
                fsc_free(csv);
                char *tab = render(c, FSC_COMPARE_TABLE);
                no_nan(tab);
                /* "p < 0.001" and "p = 0.5", never "p = < 0.001". */
                TH_CHECK(tab && !strstr(tab, "= <") && strstr(tab, "p = "));
                fsc_free(tab);
            }
            fsc_compare_free(c);
            free(data);
        }
    ref_free(&R);
}

/* ---- fast paths equal stats.c ------------------------------------------ */

static uint64_t rng_state = 88172645463325252u;
static double urand(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (double)(rng_state >> 11) / 9007199254740992.0;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void test_fast_paths(void)
{
    size_t nx = 1500, ny = 1200;
    double *x = malloc(nx * sizeof *x), *y = malloc(ny * sizeof *y);
    for (int round = 0; round < 3; round++) {
        for (size_t i = 0; i < nx; i++) /* mostly zeros, ties, or continuous */
            x[i] = round == 0   ? (urand() < 0.7 ? 0 : floor(urand() * 5))
                   : round == 1 ? floor(urand() * 40) / 4
                                : urand() * 3;
        for (size_t i = 0; i < ny; i++)
            y[i] = round == 0   ? (urand() < 0.6 ? 0 : floor(urand() * 6))
                   : round == 1 ? floor(urand() * 44) / 4
                                : urand() * 3.2;
        qsort(x, nx, sizeof *x, cmp_d);
        qsort(y, ny, sizeof *y, cmp_d);
        fsc_test2 a, b;
        fsc_effect ea, eb;
        TH_EQ_INT(fsc__compare_fast_pair(x, nx, y, ny, &a, &ea), FSC_OK);
        TH_EQ_INT(fsc_stats_mann_whitney(x, nx, y, ny, &b, NULL), FSC_OK);
        TH_EQ_INT(fsc_stats_effect(x, nx, y, ny, &eb, NULL), FSC_OK);
        TH_CHECK(a.statistic == b.statistic); /* W: exact */
        TH_NEAR(a.p, b.p, 1e-12);
        TH_EQ_STR(a.method, b.method);
        TH_CHECK(ea.cliff == eb.cliff);
        TH_NEAR(ea.mean_diff, eb.mean_diff, 1e-15);
        TH_NEAR(ea.cohen_d, eb.cohen_d, 1e-13);
        TH_NEAR(ea.hedges_g, eb.hedges_g, 1e-12);

        /* Kruskal-Wallis over 5 sorted groups (x, y and parts of them). */
        const double *g[5] = { x, y, x + 100, y + 300, x + 700 };
        size_t n[5] = { 600, 500, 700, 400, 800 };
        for (int k = 0; k < 5; k++)
            qsort((void *)(uintptr_t)g[k], n[k], sizeof(double), cmp_d);
        size_t head[5];
        double rsum[5];
        fsc_test2 ka, kb;
        TH_EQ_INT(fsc__compare_fast_kw(g, n, 5, head, rsum, &ka), FSC_OK);
        TH_EQ_INT(fsc_stats_kruskal_test(g, n, 5, &kb, NULL), FSC_OK);
        TH_NEAR(ka.statistic, kb.statistic, 1e-12);
        TH_NEAR(ka.p, kb.p, 1e-10);
        TH_CHECK(ka.df == kb.df);
        qsort(x, nx, sizeof *x, cmp_d);
        qsort(y, ny, sizeof *y, cmp_d);
    }
    /* All tied: both undefined with a reason. */
    for (size_t i = 0; i < nx; i++)
        x[i] = 0;
    for (size_t i = 0; i < ny; i++)
        y[i] = 0;
    fsc_test2 a;
    fsc_effect ea;
    fsc__compare_fast_pair(x, nx, y, ny, &a, &ea);
    TH_CHECK(isnan(a.p) && a.reason);
    TH_CHECK(isnan(ea.cohen_d) && ea.reason && ea.cliff == 0);
    free(x);
    free(y);
}

/* ---- edge cases --------------------------------------------------------- */

static const char *row(char *buf, size_t cap, const char *outlet,
                       const char *date, int tokens, int count)
{
    if (count)
        snprintf(buf, cap,
                 "{\"id\":\"x\",\"outlet\":\"%s\",\"date\":\"%s\","
                 "\"framescope\":{\"status\":\"scored\",\"tokens\":%d,"
                 "\"categories\":{\"lx:a\":{\"count\":%d,\"negated\":0,"
                 "\"rate\":1,\"weighted\":%d}}}}\n",
                 outlet, date, tokens, count, count);
    else
        snprintf(buf, cap,
                 "{\"id\":\"x\",\"outlet\":\"%s\",\"date\":\"%s\","
                 "\"framescope\":{\"status\":\"scored\",\"tokens\":%d,"
                 "\"categories\":{}}}\n",
                 outlet, date, tokens);
    return buf;
}

static fsc_compare *run_rows(const fsc_compare_opts *o, const char *const *rows,
                             size_t n)
{
    size_t cap = 1, len = 0;
    for (size_t i = 0; i < n; i++)
        cap += strlen(rows[i]);
    char *all = malloc(cap);
    all[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        memcpy(all + len, rows[i], strlen(rows[i]) + 1);
        len += strlen(rows[i]);
    }
    fsc_compare *c = run_on(o, all, len, 13);
    free(all);
    return c;
}

static void test_edges(void)
{
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 100;
    char b[8][512];

    /* Empty input. */
    fsc_compare *c = run_on(&o, "", 0, 1);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_groups, 0);
    TH_EQ_INT(r->rows_read, 0);
    char *s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "No articles to compare"));
    fsc_free(s);
    s = render(c, FSC_COMPARE_JSON);
    no_nan(s);
    fsc_free(s);
    fsc_compare_free(c);

    /* One group: no pairwise tests, said so. */
    const char *one[] = { row(b[0], 512, "A", "2024-01-01", 100, 2),
                          row(b[1], 512, "A", "2024-01-02", 50, 0),
                          row(b[2], 512, "A", "2024-01-03", 200, 1) };
    c = run_rows(&o, one, 3);
    r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_groups, 1);
    TH_EQ_INT(r->n_pairs, 0);
    TH_EQ_INT(r->n_kw, 0);
    TH_NEAR(r->cells[0].desc.mean, (20.0 + 0 + 5) / 3, 1e-15);
    s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "Only one group: no pairwise tests"));
    fsc_free(s);
    s = render(c, FSC_COMPARE_JSON);
    TH_CHECK(s && strstr(s, "only one group: no pairwise tests"));
    fsc_free(s);
    fsc_compare_free(c);

    /* Identical groups, a group with one article, all-zero category. */
    const char *same[] = { row(b[0], 512, "A", "2024-01-01", 100, 1),
                           row(b[1], 512, "A", "2024-01-02", 100, 0),
                           row(b[2], 512, "B", "2024-01-01", 100, 1),
                           row(b[3], 512, "B", "2024-01-02", 100, 0),
                           row(b[4], 512, "C", "2024-01-02", 100, 3) };
    const char *cats[] = { "lx:a", "lx:zero" };
    o.categories = cats;
    o.n_categories = 2;
    c = run_rows(&o, same, 5);
    r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_groups, 3);
    TH_EQ_INT(r->n_categories, 2);
    TH_EQ_STR(r->categories[1], "lx:zero");
    /* pairs of lx:a: A-B, A-C, B-C */
    const fsc_compare_pair *ab = &r->pairs[0];
    TH_NEAR(ab->mw.p, 1, 1e-12);
    TH_CHECK(ab->effect.cliff == 0);
    TH_CHECK(ab->effect.mean_diff == 0);
    TH_NEAR(ab->welch.p, 1, 1e-12);
    const fsc_compare_pair *ac = &r->pairs[1];
    TH_CHECK(isnan(ac->welch.p) && ac->welch.reason); /* C has 1 article */
    TH_CHECK(!isnan(ac->mw.p));
    TH_CHECK(isnan(r->cells[2 * 2 + 0].desc.sd)); /* C x lx:a */
    /* lx:zero: every test undefined, with reasons */
    const fsc_compare_pair *z = &r->pairs[3];
    TH_CHECK(z->category == 1 && isnan(z->mw.p) && z->mw.reason);
    TH_CHECK(isnan(z->ratio));
    TH_CHECK(isnan(r->kw[1].test.p) && r->kw[1].test.reason);
    s = render(c, FSC_COMPARE_JSON);
    no_nan(s);
    TH_CHECK(s && strstr(s, "\"mw_p\":null"));
    fsc_free(s);
    s = render(c, FSC_COMPARE_CSV);
    no_nan(s);
    TH_CHECK(s && strstr(s, "pairwise,lx:zero,A,B,mw_p,,all values are tied"));
    fsc_free(s);
    fsc_compare_free(c);
    o.categories = NULL;
    o.n_categories = 0;

    /* ISO weeks and months, filters with reasons. */
    const char *dated[] = { row(b[0], 512, "A", "2023-01-01", 10, 1),
                            row(b[1], 512, "A", "2024-12-30", 10, 1),
                            row(b[2], 512, "B", "2021-01-04", 10, 0),
                            row(b[3], 512, "B", "2020-12-31", 10, 0),
                            row(b[4], 512, "B", "2020-02-30", 10, 0),
                            row(b[5], 512, "A", "2024-01-01", 0, 0) };
    o.by = "date:week";
    c = run_rows(&o, dated, 6);
    r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_groups, 4);
    if (r->n_groups == 4) {
        TH_EQ_STR(r->groups[0], "2020-W53");
        TH_EQ_STR(r->groups[1], "2021-W01");
        TH_EQ_STR(r->groups[2], "2022-W52");
        TH_EQ_STR(r->groups[3], "2025-W01");
    }
    TH_EQ_INT(r->rows_filtered, 2); /* bad date, 0 tokens */
    TH_EQ_INT(r->rows_read, 6);
    fsc_compare_free(c);
    o.by = "date:month";
    const char *from = "2021-01-01";
    o.from = from;
    c = run_rows(&o, dated, 6);
    r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_groups, 3);
    TH_EQ_STR(r->groups[0], "2021-01");
    fsc_compare_free(c);
    o.from = NULL;
    o.by = "outlet";
    const char *wh[] = { "outlet=B" };
    o.where = wh;
    o.n_where = 1;
    c = run_rows(&o, dated, 6);
    r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_groups, 1);
    TH_EQ_INT(r->rows_used, 3);
    TH_EQ_INT(r->rows_filtered, 3);
    fsc_compare_free(c);
    o.where = NULL;
    o.n_where = 0;

    /* A corpus instead of score rows: a clear error. */
    fsc_compare *cc = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_compare_new(&o, &cc, &e), FSC_OK);
    const char *corpus = "{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"x\"}\n";
    TH_EQ_INT(fsc_compare_feed(cc, "c.jsonl", corpus, strlen(corpus), &e),
              FSC_EPARSE);
    TH_CHECK(strstr(e.msg, "framescope score") != NULL);
    fsc_compare_free(cc);

    /* Bad lines are counted with their reason, and the run goes on. */
    const char *bad[] = { row(b[0], 512, "A", "2024-01-01", 10, 1),
                          "{\"id\":\"y\",\"framescope\":{\"status\":\n",
                          "not json\n",
                          row(b[1], 512, "B", "2024-01-01", 10, 0) };
    c = run_rows(&o, bad, 4);
    r = fsc_compare_result_get(c);
    TH_EQ_INT(r->rows_invalid, 2);
    TH_EQ_INT(r->rows_used, 2);
    TH_EQ_INT(r->n_invalid_reasons, 2);
    fsc_compare_free(c);

    /* Bad options. */
    fsc_compare_opts_init(&o);
    o.from = "2024-13-01";
    TH_EQ_INT(fsc_compare_new(&o, &cc, NULL), FSC_EINVAL);
    TH_CHECK(cc == NULL);
    fsc_compare_opts_init(&o);
    const char *w2[] = { "noequals" };
    o.where = w2;
    o.n_where = 1;
    TH_EQ_INT(fsc_compare_new(&o, &cc, NULL), FSC_EINVAL);
}

/* ---- determinism and order independence --------------------------------- */

static void test_determinism(void)
{
    size_t len;
    char *data = th_slurp(FSC_TEST_DATA "/compare/rows.jsonl", &len);
    TH_CHECK(data != NULL);
    if (!data)
        return;
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 500;
    o.permutations = 300;
    fsc_compare *a = run_on(&o, data, len, 4096);
    fsc_compare *b = run_on(&o, data, len, 3);
    /* The same rows in reverse line order. */
    char *rev = malloc(len + 2), *w = rev;
    size_t end = len;
    while (end > 0) {
        size_t s = end - 1;
        while (s > 0 && data[s - 1] != '\n')
            s--;
        memcpy(w, data + s, end - s);
        w += end - s;
        end = s;
    }
    fsc_compare *cr = run_on(&o, rev, (size_t)(w - rev), 1000);
    o.threads = 2;
    fsc_compare *t2 = run_on(&o, data, len, 4096);
    char *ja = render(a, FSC_COMPARE_JSON), *jb = render(b, FSC_COMPARE_JSON);
    char *jr = render(cr, FSC_COMPARE_JSON), *jt = render(t2, FSC_COMPARE_JSON);
    TH_CHECK(ja && jb && strcmp(ja, jb) == 0);
    TH_CHECK(ja && jr && strcmp(ja, jr) == 0);
    TH_CHECK(ja && jt && strcmp(ja, jt) == 0);
    TH_CHECK(ja && strstr(ja, "\"perm_p\":0.") != NULL);
    fsc_free(ja);
    fsc_free(jb);
    fsc_free(jr);
    fsc_free(jt);
    fsc_compare_free(a);
    fsc_compare_free(b);
    fsc_compare_free(cr);
    fsc_compare_free(t2);
    free(rev);
    free(data);
}

/* ---- voices, attribution profile, keyness -------------------------------- */

/*
 * voice-rows.jsonl: `framescope score` of voice-corpus.jsonl with the
 * karabakh-2023 lexicon and the attribution lexicons (cues, actors); see
 * tests/compare.cmake for the command. The per-article figures below were
 * read off the rows by hand (and with python's json module).
 */
static fsc_compare *run_file(const fsc_compare_opts *o, const char *name,
                             size_t chunk)
{
    char path[512];
    snprintf(path, sizeof path, "%s/compare/%s", FSC_TEST_DATA, name);
    size_t len = 0;
    char *data = th_slurp(path, &len);
    TH_CHECK(data != NULL);
    if (!data)
        return NULL;
    fsc_compare *c = run_on(o, data, len, chunk);
    free(data);
    return c;
}

/* Cell (group g, category 0) against stats.c on hand-made values; and the
 * Welch p of the pair against stats.c. */
static void check_cells(const fsc_compare_result *r, const double *x, size_t nx,
                        const double *y, size_t ny)
{
    fsc_desc dx, dy;
    fsc_test2 w;
    TH_EQ_INT(r->n_groups, 2);
    TH_EQ_INT(r->cells[0].desc.n, nx);
    TH_EQ_INT(r->cells[r->n_categories].desc.n, ny);
    TH_EQ_INT(fsc_stats_describe(x, nx, 0, 0.95, 1, &dx, NULL), FSC_OK);
    TH_EQ_INT(fsc_stats_describe(y, ny, 0, 0.95, 1, &dy, NULL), FSC_OK);
    TH_NEAR(r->cells[0].desc.mean, dx.mean, 1e-6);
    TH_NEAR(r->cells[r->n_categories].desc.mean, dy.mean, 1e-6);
    TH_NEAR(r->cells[0].desc.sd, dx.sd, 1e-6);
    TH_EQ_INT(fsc_stats_welch(x, nx, y, ny, &w, NULL), FSC_OK);
    TH_CHECK(r->n_pairs >= 1);
    if (r->n_pairs)
        TH_NEAR(r->pairs[0].welch.p, w.p, 1e-6);
}

static void test_voice(void)
{
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    const char *hum[] = { "karabakh-2023:humanitarian" };
    o.categories = hum;
    o.n_categories = 1;

    /* Default: all voices = the article, as before. */
    fsc_compare *c = run_file(&o, "voice-rows.jsonl", 11);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    double n0[4] = { 0, 0, 0, 0 };
    double s_all[3] = { 4000.0 / 21, 1000.0 / 14, 2000.0 / 20 };
    if (r)
        check_cells(r, n0, 4, s_all, 3);
    fsc_compare_free(c);

    /* Attributed voice, per 1,000 tokens of the article: s1 2 of 21
     * tokens, s2 0 of 14, s3 2 of 20. */
    o.voice = FSC_COMPARE_VOICE_ATTRIBUTED;
    c = run_file(&o, "voice-rows.jsonl", 5);
    r = fsc_compare_result_get(c);
    double s_att[3] = { 2000.0 / 21, 0, 2000.0 / 20 };
    if (r) {
        TH_EQ_INT(r->rows_used, 7);
        check_cells(r, n0, 4, s_att, 3);
        TH_EQ_INT(r->cells[1].desc.n_nonzero, 2);
    }
    char *js = render(c, FSC_COMPARE_JSON);
    TH_CHECK(js && strstr(js, "\"voice\":\"attributed\""));
    no_nan(js);
    fsc_free(js);
    fsc_compare_free(c);

    /* The same from the tidy CSV (it has the per-voice columns). */
    c = run_file(&o, "voice-rows.csv", 1 << 20);
    r = fsc_compare_result_get(c);
    if (r)
        check_cells(r, n0, 4, s_att, 3);
    fsc_compare_free(c);

    /* voice_rate: per 1,000 attributed tokens; n1 and n4 have none. North
     * n2, n3: 0 of 4 each; South s1 2 of 6, s2 0 of 4, s3 2 of 17. */
    o.measure = FSC_MEASURE_VOICE_RATE;
    c = run_file(&o, "voice-rows.jsonl", 64);
    r = fsc_compare_result_get(c);
    double s_vr[3] = { 2000.0 / 6, 0, 2000.0 / 17 };
    if (r) {
        TH_EQ_INT(r->rows_filtered, 2);
        TH_EQ_INT(r->n_filtered_reasons, 1);
        TH_EQ_STR(r->filtered_reasons[0].reason,
                  "0 tokens in the attributed voice: voice_rate undefined");
        check_cells(r, n0, 2, s_vr, 3);
    }
    fsc_compare_free(c);
    /* The CSV has no voice tokens: voice_rate leaves its rows out. */
    c = run_file(&o, "voice-rows.csv", 1 << 20);
    r = fsc_compare_result_get(c);
    if (r) {
        TH_EQ_INT(r->rows_used, 0);
        TH_EQ_INT(r->rows_filtered, 7);
    }
    fsc_compare_free(c);

    /* Quoted voice: only n1 quotes (its "terrorists" is securitization). */
    o.measure = FSC_MEASURE_COUNT;
    o.voice = FSC_COMPARE_VOICE_QUOTED;
    const char *sec[] = { "karabakh-2023:securitization" };
    o.categories = sec;
    c = run_file(&o, "voice-rows.jsonl", 3);
    r = fsc_compare_result_get(c);
    double n_q[4] = { 1, 0, 0, 0 }, s_q[3] = { 0, 0, 0 };
    if (r)
        check_cells(r, n_q, 4, s_q, 3);
    fsc_compare_free(c);

    /* Rows without voice data (scored without the attribution lexicons)
     * are left out with a reason. */
    o.categories = NULL;
    o.n_categories = 0;
    c = run_file(&o, "rows.jsonl", 1 << 20);
    r = fsc_compare_result_get(c);
    if (r) {
        TH_EQ_INT(r->rows_used, 0);
        TH_EQ_INT(r->rows_filtered, 25);
        TH_CHECK(r->n_filtered_reasons == 1 &&
                 strstr(r->filtered_reasons[0].reason, "no voice data"));
    }
    fsc_compare_free(c);

    /* Bad combinations. */
    fsc_error e;
    c = NULL;
    o.measure = FSC_MEASURE_WEIGHTED;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_EINVAL);
    o.measure = FSC_MEASURE_VOICE_RATE;
    o.voice = FSC_COMPARE_VOICE_ALL;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_EINVAL);
    TH_CHECK(strstr(e.msg, "voice_rate needs --voice") != NULL);
    TH_CHECK(c == NULL);

    fsc_compare_voice v;
    TH_EQ_INT(fsc_compare_voice_parse("quoted", &v), FSC_OK);
    TH_EQ_INT(v, FSC_COMPARE_VOICE_QUOTED);
    TH_EQ_INT(fsc_compare_voice_parse("narrator", &v), FSC_EINVAL);
}

static void test_profile(void)
{
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    /* Per article: North n1..n4, South s1..s3. */
    static const struct {
        const char *measure;
        double n[4], s[3];
        size_t nn, filtered;
    } cases[] = {
        { "share_attributed",
          { 0, 0.235294, 0.25, 0 },
          { 0.285714, 0.285714, 0.85 },
          4,
          0 },
        { "share_quoted", { 0.25, 0, 0, 0 }, { 0, 0, 0 }, 4, 0 },
        { "sources", { 1, 1, 1, 0 }, { 1, 1, 1 }, 4, 0 },
        /* n4 has no attribution: anonymous_rate and diversity are null. */
        { "anonymous_rate", { 0, 0, 0 }, { 0.5, 0, 0 }, 3, 1 },
        { "side_diversity", { 0, 0, 0 }, { 0, 0, 0 }, 3, 1 },
        { "side:az", { 1, 1, 1, 0 }, { 0, 0, 1 }, 4, 0 },
        { "side:am", { 0, 0, 0, 0 }, { 1, 1, 0 }, 4, 0 },
        { "side:ru", { 0, 0, 0, 0 }, { 0, 0, 0 }, 4, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *side = NULL;
        TH_EQ_INT(fsc_measure_parse_side(cases[i].measure, &o.measure, &side),
                  FSC_OK);
        o.side = side;
        fsc_compare *c = run_file(&o, "voice-rows.jsonl", 17);
        const fsc_compare_result *r = fsc_compare_result_get(c);
        if (!r)
            continue;
        char cat[64];
        snprintf(cat, sizeof cat, "profile:%s", cases[i].measure);
        TH_EQ_INT(r->n_categories, 1);
        TH_EQ_STR(r->categories[0], cat);
        TH_EQ_INT(r->rows_filtered, cases[i].filtered);
        check_cells(r, cases[i].n, cases[i].nn, cases[i].s, 3);
        char *csv = render(c, FSC_COMPARE_CSV);
        no_nan(csv);
        fsc_free(csv);
        fsc_compare_free(c);
    }
    /* Exact: the shares are read as written (6 decimals), kept in doubles. */
    TH_EQ_INT(fsc_measure_parse("share_attributed", &o.measure), FSC_OK);
    fsc_compare *c = run_file(&o, "voice-rows.jsonl", 1 << 20);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    if (r)
        TH_CHECK(r->cells[0].desc.mean == (0.235294 + 0.25) / 4);
    fsc_compare_free(c);
    /* Rows without a profile are left out with a reason. */
    c = run_file(&o, "rows.jsonl", 1 << 20);
    r = fsc_compare_result_get(c);
    if (r) {
        TH_EQ_INT(r->rows_used, 0);
        TH_CHECK(r->n_filtered_reasons == 1 &&
                 strstr(r->filtered_reasons[0].reason, "no \"profile\""));
    }
    fsc_compare_free(c);
    /* A profile measure compares no category. */
    const char *hum[] = { "karabakh-2023:humanitarian" };
    o.categories = hum;
    o.n_categories = 1;
    c = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_EINVAL);
    TH_EQ_INT(fsc_measure_parse("side:", &o.measure), FSC_EINVAL);
}

/* The listed keyness of `term` in pair 0, or NULL. */
static const fsc_compare_term *kterm(const fsc_compare_result *r,
                                     const char *term)
{
    if (!r || r->n_keyness < 1)
        return NULL;
    for (size_t i = 0; i < r->keyness[0].n_top; i++)
        if (strcmp(r->keyness[0].top[i].term, term) == 0)
            return &r->keyness[0].top[i];
    return NULL;
}

/* Hand-counted terms of North and South; every figure recomputed with
 * stats.c and checked against keyness.out (keyness.R, from the formulas). */
static const ref *keyness_ref;

static void check_keyness(const fsc_compare_result *r, const char *label,
                          const char *const *t, const double *yn,
                          const double *ys, size_t nt, double tok_n,
                          double tok_s, fsc_prior prior)
{
    double pr[17], yi[17], yj[17];
    fsc_keyness k[17];
    size_t rows = nt;
    for (size_t i = 0; i < nt; i++) {
        yi[i] = yn[i];
        yj[i] = ys[i];
    }
    if (prior == FSC_PRIOR_POOLED) {
        /* Each term's share of the pair's tokens; the rest of a0 is one
         * "other" row without counts. */
        double used = 0;
        for (size_t i = 0; i < nt; i++)
            used += pr[i] = 500 * (yn[i] + ys[i]) / (tok_n + tok_s);
        yi[nt] = yj[nt] = 0;
        pr[nt] = 500 - used;
        rows = nt + 1;
    } else {
        TH_EQ_INT(fsc_stats_prior_uniform(nt, 500, pr, NULL), FSC_OK);
    }
    TH_EQ_INT(fsc_stats_keyness(yi, yj, pr, rows, tok_n, tok_s, k, NULL),
              FSC_OK);
    TH_CHECK(r && r->n_keyness == 1);
    if (!r || r->n_keyness != 1)
        return;
    const fsc_compare_keyness *p = &r->keyness[0];
    TH_EQ_STR(r->groups[p->a], "North");
    TH_EQ_INT(p->n_vocab, nt);
    TH_EQ_INT(p->n_top, nt < 10 ? nt : 10);
    TH_CHECK(p->tokens_a == tok_n && p->tokens_b == tok_s);
    for (size_t i = 0; i < nt; i++) {
        const fsc_compare_term *m = kterm(r, t[i]);
        TH_CHECK(m != NULL);
        if (!m) {
            fprintf(stderr, "term %s not listed\n", t[i]);
            continue;
        }
        TH_CHECK(m->count_a == yn[i] && m->count_b == ys[i]);
        TH_NEAR(m->k.delta, k[i].delta, 1e-12);
        TH_NEAR(m->k.var, k[i].var, 1e-12);
        TH_NEAR(m->k.z, k[i].z, 1e-12);
        TH_NEAR(m->k.g2, k[i].g2, 1e-12);
        TH_NEAR(m->k.g2_p, k[i].g2_p, 1e-12);
        static const char *const fig[5] = { "delta", "var", "z", "g2", "g2_p" };
        double got[5] = { m->k.delta, m->k.var, m->k.z, m->k.g2, m->k.g2_p };
        for (int f = 0; f < 5; f++) {
            char key[200];
            double v;
            snprintf(key, sizeof key, "%s|%s|%s|%s", fig[f], label,
                     prior == FSC_PRIOR_POOLED ? "pooled" : "uniform", t[i]);
            TH_CHECK(ref_get(keyness_ref, key, &v));
            if (ref_get(keyness_ref, key, &v))
                TH_NEAR(got[f], v, 1e-9);
        }
    }
    for (size_t i = 1; i < p->n_top; i++)
        TH_CHECK(fabs(p->top[i - 1].k.z) >= fabs(p->top[i].k.z));
}

static void test_keyness(void)
{
    ref R;
    ref_load(&R, FSC_TEST_DATA "/compare/keyness.out");
    TH_EQ_INT(R.n, 138);
    keyness_ref = &R;
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    o.keyness = 1;
    /* Framing matches of voice-rows.jsonl (attribution cues left out);
     * tokens: North 20 + 17 + 16 + 12, South 21 + 14 + 20. */
    static const char *const t[] = { "occupation",     "terrorist*",
                                     "Khankendi",      "illegal armed*",
                                     "blockade*",      "humanitarian crisis",
                                     "Stepanakert",    "starv*",
                                     "ethnic* cleans*" };
    static const double yn[] = { 3, 2, 2, 1, 0, 0, 0, 0, 0 };
    static const double ys[] = { 0, 1, 0, 0, 3, 3, 3, 1, 1 };
    fsc_compare *c = run_file(&o, "voice-rows.jsonl", 9);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    check_keyness(r, "all", t, yn, ys, 9, 65, 55, FSC_PRIOR_POOLED);
    if (r) {
        TH_EQ_INT(r->keyness_rows, 7);
        TH_CHECK(r->keyness_reason == NULL);
        TH_CHECK(r->keyness[0].terms_a == 8 && r->keyness[0].terms_b == 12);
        TH_CHECK(r->keyness[0].caution != NULL); /* 65, 55 tokens < 500 */
    }
    char *s = render(c, FSC_COMPARE_JSON);
    TH_CHECK(s && strstr(s, "\"keyness\":{") &&
             strstr(s, "\"leans_to\":\"South\""));
    no_nan(s);
    fsc_free(s);
    s = render(c, FSC_COMPARE_CSV);
    TH_CHECK(s && strstr(s, "keyness,occupation,North,South,count_a,3,"));
    no_nan(s);
    fsc_free(s);
    fsc_compare_free(c);

    o.prior_a0 = 50; /* below both totals: no caution */
    c = run_file(&o, "voice-rows.jsonl", 1 << 20);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_keyness == 1 && r->keyness[0].caution == NULL);
    fsc_compare_free(c);
    o.prior_a0 = 500;

    o.prior = FSC_PRIOR_UNIFORM;
    c = run_file(&o, "voice-rows.jsonl", 1 << 20);
    check_keyness(fsc_compare_result_get(c), "all", t, yn, ys, 9, 65, 55,
                  FSC_PRIOR_UNIFORM);
    fsc_compare_free(c);

    /* Attributed voice: counts and totals of that voice (North n2, n3 have
     * 4 attributed tokens each; South 6 + 4 + 17). */
    o.prior = FSC_PRIOR_POOLED;
    o.voice = FSC_COMPARE_VOICE_ATTRIBUTED;
    static const char *const ta[] = {
        "occupation",  "illegal armed*",     "starv*",
        "blockade*",   "ethnic* cleans*",    "terrorist*",
        "Stepanakert", "humanitarian crisis"
    };
    static const double an[] = { 1, 1, 0, 0, 0, 0, 0, 0 };
    static const double as[] = { 0, 0, 1, 2, 1, 1, 1, 1 };
    c = run_file(&o, "voice-rows.jsonl", 1 << 20);
    check_keyness(fsc_compare_result_get(c), "attributed", ta, an, as, 8, 8, 27,
                  FSC_PRIOR_POOLED);
    fsc_compare_free(c);

    /* A restricted category set restricts the terms; top N cuts. */
    o.voice = FSC_COMPARE_VOICE_ALL;
    o.keyness_top = 2;
    const char *hum[] = { "karabakh-2023:humanitarian" };
    o.categories = hum;
    o.n_categories = 1;
    c = run_file(&o, "voice-rows.jsonl", 1 << 20);
    r = fsc_compare_result_get(c);
    if (r && r->n_keyness == 1) {
        TH_EQ_INT(r->keyness[0].n_vocab, 3);
        TH_EQ_INT(r->keyness[0].n_top, 2);
        /* blockade* and humanitarian crisis tie (0 vs 3): by name. */
        TH_EQ_STR(r->keyness[0].top[0].term, "blockade*");
        TH_EQ_STR(r->keyness[0].top[1].term, "humanitarian crisis");
    }
    fsc_compare_free(c);
    o.categories = NULL;
    o.n_categories = 0;
    o.keyness_top = 10;

    /* Rows scored with --no-matches: keyness says it has no term data. */
    c = run_file(&o, "voice-rows-nomatch.jsonl", 1 << 20);
    r = fsc_compare_result_get(c);
    if (r) {
        TH_EQ_INT(r->n_keyness, 0);
        TH_EQ_INT(r->keyness_rows_without, 7);
        TH_CHECK(r->keyness_reason &&
                 strstr(r->keyness_reason, "no term data"));
    }
    s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "no term data"));
    fsc_free(s);
    fsc_compare_free(c);
    keyness_ref = NULL;
    ref_free(&R);

    /* Row order does not matter: the rows reversed give the same bytes. */
    size_t len = 0;
    char *data = th_slurp(FSC_TEST_DATA "/compare/voice-rows.jsonl", &len);
    TH_CHECK(data != NULL);
    if (!data)
        return;
    char *rev = malloc(len + 2), *w = rev;
    size_t end = len;
    while (end > 0) {
        size_t st = end - 1;
        while (st > 0 && data[st - 1] != '\n')
            st--;
        memcpy(w, data + st, end - st);
        w += end - st;
        if (end - st && w[-1] != '\n')
            *w++ = '\n';
        end = st;
    }
    o.keyness = 1;
    o.voice = FSC_COMPARE_VOICE_ATTRIBUTED;
    c = run_on(&o, data, len, 4096);
    fsc_compare *c2 = run_on(&o, rev, (size_t)(w - rev), 7);
    char *ja = render(c, FSC_COMPARE_JSON), *jb = render(c2, FSC_COMPARE_JSON);
    TH_CHECK(ja && jb && strcmp(ja, jb) == 0);
    fsc_free(ja);
    fsc_free(jb);
    fsc_compare_free(c);
    fsc_compare_free(c2);
    free(rev);
    free(data);
}

/* ---- time series, contrasts, keyness BH and corpus prior ---------------- */

/* A score row with categories lx:a and lx:b (count, weighted = 10 count),
 * an optional date and optional framing-match terms ("t1 t1 t2"). */
static const char *row2(char *buf, size_t cap, const char *outlet,
                        const char *date, int tokens, int ca, int cb,
                        const char *terms)
{
    char dt[64] = "", cats[256] = "", m[512] = "";
    size_t k = 0;
    if (date)
        snprintf(dt, sizeof dt, "\"date\":\"%s\",", date);
    if (ca)
        k += (size_t)snprintf(cats + k, sizeof cats - k,
                              "\"lx:a\":{\"count\":%d,\"weighted\":%d}", ca,
                              10 * ca);
    if (cb)
        snprintf(cats + k, sizeof cats - k,
                 "%s\"lx:b\":{\"count\":%d,\"weighted\":%d}", ca ? "," : "", cb,
                 10 * cb);
    if (terms) {
        size_t n = (size_t)snprintf(m, sizeof m, ",\"matches\":[");
        const char *t = terms;
        int first = 1;
        while (*t) {
            size_t l = strcspn(t, " ");
            n += (size_t)snprintf(m + n, sizeof m - n,
                                  "%s{\"term\":\"%.*s\",\"categories\":"
                                  "[\"lx:a\"]}",
                                  first ? "" : ",", (int)l, t);
            first = 0;
            t += l;
            while (*t == ' ')
                t++;
        }
        snprintf(m + n, sizeof m - n, "]");
    }
    snprintf(buf, cap,
             "{\"id\":\"x\",\"outlet\":\"%s\",%s\"framescope\":{\"status\":"
             "\"scored\",\"tokens\":%d,\"categories\":{%s}%s}}\n",
             outlet, dt, tokens, cats, m);
    return buf;
}

static const fsc_compare_cell *scell(const fsc_compare_result *r, size_t g,
                                     size_t p, size_t c)
{
    return &r->series[(g * r->n_periods + p) * r->n_categories + c];
}

static int same_desc(const fsc_desc *x, const fsc_desc *y)
{
    return x->n == y->n && x->n_nonzero == y->n_nonzero &&
           th_close_to(x->mean, y->mean, 0) && th_close_to(x->sd, y->sd, 0) &&
           th_close_to(x->median, y->median, 0) &&
           th_close_to(x->q1, y->q1, 0) && th_close_to(x->q3, y->q3, 0) &&
           th_close_to(x->ci_lo, y->ci_lo, 0) &&
           th_close_to(x->ci_hi, y->ci_hi, 0);
}

static void test_series(void)
{
    int p;
    TH_EQ_INT(fsc_compare_period_parse("week", &p), FSC_OK);
    TH_EQ_INT(p, FSC_PERIOD_WEEK);
    TH_EQ_INT(fsc_compare_period_parse("none", &p), FSC_OK);
    TH_EQ_INT(p, FSC_PERIOD_NONE);
    TH_EQ_INT(fsc_compare_period_parse("year", &p), FSC_EINVAL);
    TH_EQ_STR(fsc_compare_period_name(FSC_PERIOD_MONTH), "month");
    TH_EQ_STR(fsc_compare_period_name(9), "?");

    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.measure = FSC_MEASURE_COUNT;
    o.bootstrap = 200;
    o.period = FSC_PERIOD_WEEK;
    char b[9][512];
    /* 2023-12-31 is a Sunday: ISO week 2023-W52, before 2024-W01. */
    const char *rows[] = {
        row2(b[0], 512, "A", "2024-01-01", 100, 2, 0, NULL), /* W01 */
        row2(b[1], 512, "A", "2024-01-03", 100, 4, 0, NULL), /* W01 */
        row2(b[2], 512, "A", "2024-01-10", 100, 1, 0, NULL), /* W02 */
        row2(b[3], 512, "B", "2024-01-02", 100, 0, 0, NULL), /* W01 */
        row2(b[4], 512, "B", "2024-01-16", 100, 3, 0, NULL), /* W03 */
        row2(b[5], 512, "B", "2023-12-31", 100, 5, 0, NULL), /* 2023-W52 */
        row2(b[6], 512, "B", "2024-01-17", 100, 6, 0, NULL), /* W03 */
        row2(b[7], 512, "A", NULL, 100, 7, 0, NULL),         /* no date */
        row2(b[8], 512, "B", "2024-13-01", 100, 7, 0, NULL), /* bad date */
    };
    fsc_compare *c = run_rows(&o, rows, 9);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    TH_CHECK(r && r->series);
    if (!r || !r->series)
        return;
    TH_EQ_INT(r->rows_used, 7);
    TH_EQ_INT(r->rows_filtered, 2);
    TH_EQ_INT(r->n_periods, 4);
    TH_EQ_STR(r->periods[0], "2023-W52");
    TH_EQ_STR(r->periods[1], "2024-W01");
    TH_EQ_STR(r->periods[3], "2024-W03");
    TH_EQ_INT(r->n_categories, 1);
    /* A: W52 empty, W01 {2, 4}, W02 {1}, W03 empty. */
    const fsc_compare_cell *e = scell(r, 0, 0, 0);
    TH_EQ_INT(e->desc.n, 0);
    TH_CHECK(isnan(e->desc.mean) && e->desc.reason != NULL);
    TH_EQ_INT(e->group, 0);
    TH_EQ_INT(e->period, 0);
    e = scell(r, 0, 1, 0);
    TH_EQ_INT(e->desc.n, 2);
    TH_EQ_INT(e->period, 1);
    TH_NEAR(e->desc.mean, 3, 1e-15);
    TH_NEAR(e->desc.sd, sqrt(2.0), 1e-15);
    TH_CHECK(e->desc.ci_lo >= 2 && e->desc.ci_hi <= 4);
    TH_NEAR(scell(r, 0, 2, 0)->desc.mean, 1, 1e-15);
    TH_EQ_INT(scell(r, 0, 3, 0)->desc.n, 0);
    /* B: W52 {5}, W01 {0}, W02 empty, W03 {3, 6}. */
    TH_NEAR(scell(r, 1, 0, 0)->desc.mean, 5, 1e-15);
    TH_NEAR(scell(r, 1, 1, 0)->desc.mean, 0, 1e-15);
    TH_EQ_INT(scell(r, 1, 2, 0)->desc.n, 0);
    e = scell(r, 1, 3, 0);
    TH_NEAR(e->desc.mean, 4.5, 1e-15);
    TH_EQ_INT(e->group, 1);
    TH_EQ_INT(e->period, 3);
    /* The ordinary cells are those of a run without a period. */
    o.period = FSC_PERIOD_NONE;
    fsc_compare *plain = run_rows(&o, rows, 9);
    const fsc_compare_result *rp = fsc_compare_result_get(plain);
    TH_CHECK(rp && rp->series == NULL && rp->n_periods == 0);
    TH_EQ_INT(rp->rows_used, 9); /* dates are not needed without a period */
    fsc_compare_free(plain);
    o.period = FSC_PERIOD_WEEK;

    /* Row order and threads do not matter. */
    const char *rev[9];
    for (size_t i = 0; i < 9; i++)
        rev[i] = rows[8 - i];
    o.threads = 2;
    fsc_compare *c2 = run_rows(&o, rev, 9);
    const fsc_compare_result *r2 = fsc_compare_result_get(c2);
    TH_CHECK(r2 && r2->series && r2->n_periods == r->n_periods);
    for (size_t i = 0; r2 && i < 2 * 4; i++)
        TH_CHECK(same_desc(&r->series[i].desc, &r2->series[i].desc));
    char *ja = render(c, FSC_COMPARE_JSON), *jb = render(c2, FSC_COMPARE_JSON);
    TH_CHECK(ja && jb && strcmp(ja, jb) == 0);
    TH_CHECK(ja && strstr(ja, "\"period\":\"week\"") &&
             strstr(ja, "\"periods\":[\"2023-W52\",\"2024-W01\"") &&
             strstr(ja, "{\"group\":\"A\",\"period\":\"2023-W52\","
                        "\"category\":\"lx:a\",\"articles\":0,"));
    no_nan(ja);
    fsc_free(ja);
    fsc_free(jb);
    char *s = render(c, FSC_COMPARE_CSV);
    TH_CHECK(s && strstr(s, "series,lx:a,B,2024-W03,mean,4.5,"));
    no_nan(s);
    fsc_free(s);
    s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "Time series by week") &&
             strstr(s, "2023-W52  2024-W01"));
    fsc_free(s);
    fsc_compare_free(c);
    fsc_compare_free(c2);
    o.threads = 1;

    /* Day and month keys. */
    o.period = FSC_PERIOD_MONTH;
    c = run_rows(&o, rows, 7);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_periods == 2 && strcmp(r->periods[0], "2023-12") == 0);
    fsc_compare_free(c);
    o.period = FSC_PERIOD_DAY;
    c = run_rows(&o, rows, 7);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_periods == 7 &&
             strcmp(r->periods[0], "2023-12-31") == 0);
    fsc_compare_free(c);

    /* One group with one article; no dated rows at all. */
    o.period = FSC_PERIOD_WEEK;
    c = run_rows(&o, rows + 2, 1);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_groups == 1 && r->n_periods == 1);
    if (r && r->n_periods == 1) {
        TH_NEAR(r->series[0].desc.mean, 1, 1e-15);
        TH_CHECK(isnan(r->series[0].desc.ci_lo));
    }
    fsc_compare_free(c);
    c = run_rows(&o, rows + 7, 1);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_groups == 0 && r->n_periods == 0 &&
             r->rows_filtered == 1);
    s = render(c, FSC_COMPARE_JSON);
    TH_CHECK(s && strstr(s, "\"series\":[]"));
    fsc_free(s);
    s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "filtered out: no \"date\""));
    fsc_free(s);
    fsc_compare_free(c);

    fsc_compare *bad = NULL;
    o.period = 7;
    TH_EQ_INT(fsc_compare_new(&o, &bad, NULL), FSC_EINVAL);
    TH_CHECK(bad == NULL);
}

static fsc_compare *new_with_pair(const fsc_compare_opts *o)
{
    fsc_compare *c = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_compare_new(o, &c, &e), FSC_OK);
    /* Declared twice, in either order: one pair, normalised to a < b. */
    TH_EQ_INT(fsc_compare_declare_contrast(c, "lx:b", "lx:a", &e), FSC_OK);
    TH_EQ_INT(fsc_compare_declare_contrast(c, "lx:a", "lx:b", &e), FSC_OK);
    TH_EQ_INT(fsc_compare_declare_contrast(c, "lx:a", "lx:a", &e), FSC_EINVAL);
    TH_EQ_INT(fsc_compare_declare_contrast(c, "", "lx:a", &e), FSC_EINVAL);
    return c;
}

static fsc_compare *feed_run(fsc_compare *c, const char *const *rows, size_t n)
{
    fsc_error e;
    for (size_t i = 0; i < n; i++)
        TH_EQ_INT(fsc_compare_feed(c, "t", rows[i], strlen(rows[i]), &e),
                  FSC_OK);
    TH_EQ_INT(fsc_compare_end(c, &e), FSC_OK);
    TH_EQ_INT(fsc_compare_run(c, &e), FSC_OK);
    return c;
}

static void test_contrasts(void)
{
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 1000;
    char b[12][512];
    const char *rows[] = {
        /* A: uses (3, 1), (0, 1) and an article with neither. */
        row2(b[0], 512, "A", NULL, 100, 3, 1, NULL),
        row2(b[1], 512, "A", NULL, 100, 0, 1, NULL),
        row2(b[2], 512, "A", NULL, 100, 0, 0, NULL),
        /* B: one article, a only. */
        row2(b[3], 512, "B", NULL, 100, 2, 0, NULL),
        /* C: no use at all. */
        row2(b[4], 512, "C", NULL, 100, 0, 0, NULL),
        row2(b[5], 512, "C", NULL, 100, 0, 0, NULL),
        /* D: (1, 0), (1, 0), (0, 1): a third of the resamples lack b. */
        row2(b[6], 512, "D", NULL, 100, 1, 0, NULL),
        row2(b[7], 512, "D", NULL, 100, 1, 0, NULL),
        row2(b[8], 512, "D", NULL, 100, 0, 1, NULL),
    };
    fsc_compare *c = feed_run(new_with_pair(&o), rows, 9);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_contrasts == 4);
    if (!r || r->n_contrasts != 4)
        return;
    const fsc_compare_contrast *k = &r->contrasts[0];
    TH_EQ_STR(r->categories[k->a], "lx:a");
    TH_EQ_STR(r->categories[k->b], "lx:b");
    TH_EQ_STR(r->groups[k->group], "A");
    TH_CHECK(k->uses_a == 3 && k->uses_b == 2 && k->articles == 2);
    TH_NEAR(k->share_a, 0.6, 1e-15);
    TH_NEAR(k->ratio, 1.5, 1e-15);
    /* Resamples mix (3, 1) and (0, 1): shares in [0, 3/4], ratios in
     * [0, 3]. */
    TH_CHECK(k->share_lo >= 0 && k->share_lo <= k->share_a &&
             k->share_hi >= k->share_a && k->share_hi <= 0.75);
    TH_CHECK(k->ratio_lo >= 0 && k->ratio_hi <= 3 && k->ratio_hi > 1.5);
    TH_CHECK(k->reason == NULL);
    k = &r->contrasts[1]; /* B: one article */
    TH_CHECK(k->uses_a == 2 && k->uses_b == 0 && k->articles == 1);
    TH_NEAR(k->share_a, 1, 0);
    TH_CHECK(isnan(k->ratio) && isnan(k->share_lo) && k->reason);
    k = &r->contrasts[2]; /* C: no use */
    TH_CHECK(k->uses_a == 0 && k->uses_b == 0 && k->articles == 0);
    TH_CHECK(isnan(k->share_a) && isnan(k->ratio) && k->reason &&
             strstr(k->reason, "neither"));
    k = &r->contrasts[3]; /* D */
    TH_NEAR(k->share_a, 2.0 / 3, 1e-15);
    TH_NEAR(k->ratio, 2, 1e-15);
    TH_CHECK(k->share_hi == 1 && isfinite(k->ratio_lo) && isnan(k->ratio_hi));
    TH_CHECK(k->reason && strstr(k->reason, "ratio"));
    char *s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "Contested terms") &&
             strstr(s, "a vs b: outlet A 60% a (95% CI ") &&
             strstr(s, "%), 2 articles\n"));
    fsc_free(s);
    s = render(c, FSC_COMPARE_JSON);
    TH_CHECK(s && strstr(s, "\"contrasts\":[{\"category_a\":\"lx:a\","
                            "\"category_b\":\"lx:b\",\"group\":\"A\","
                            "\"uses_a\":3,\"uses_b\":2,\"articles\":2,"
                            "\"share_a\":0.6,"));
    no_nan(s);
    fsc_free(s);
    s = render(c, FSC_COMPARE_CSV);
    TH_CHECK(s && strstr(s, "contrast,lx:a,A,lx:b,share_a,0.6,"));
    no_nan(s);
    /* Row order does not matter. */
    const char *rev[9];
    for (size_t i = 0; i < 9; i++)
        rev[i] = rows[8 - i];
    fsc_compare *c2 = feed_run(new_with_pair(&o), rev, 9);
    char *s2 = render(c2, FSC_COMPARE_CSV);
    TH_CHECK(s && s2 && strcmp(s, s2) == 0);
    fsc_free(s);
    fsc_free(s2);
    fsc_compare_free(c2);
    fsc_compare_free(c);

    /* Presence and weighted measures still sum match counts. */
    o.bootstrap = 0;
    for (int m = 0; m < 2; m++) {
        o.measure = m ? FSC_MEASURE_WEIGHTED : FSC_MEASURE_PRESENCE;
        c = feed_run(new_with_pair(&o), rows, 9);
        r = fsc_compare_result_get(c);
        TH_CHECK(r && r->n_contrasts == 4);
        if (r && r->n_contrasts == 4) {
            TH_CHECK(r->contrasts[0].uses_a == 3 &&
                     r->contrasts[0].uses_b == 2);
            TH_CHECK(isnan(r->contrasts[0].share_lo) && r->contrasts[0].reason);
            /* The cells keep the measure: presence 1/3, weights 10. */
            TH_NEAR(r->cells[0].desc.mean, m ? 10 : 1.0 / 3, 1e-15);
        }
        if (m) {
            fsc_error e;
            TH_EQ_INT(fsc_compare_declare_contrast(c, "lx:a", "lx:c", &e),
                      FSC_EINVAL);
        }
        fsc_compare_free(c);
    }

    /* One group; a pair with a category that is not compared. */
    o.measure = FSC_MEASURE_RATE;
    const char *only_a[] = { "lx:a" };
    o.categories = only_a;
    o.n_categories = 1;
    c = feed_run(new_with_pair(&o), rows, 3);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_groups == 1 && r->n_contrasts == 0);
    fsc_compare_free(c);
    o.categories = NULL;
    o.n_categories = 0;
    c = feed_run(new_with_pair(&o), rows, 3);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_groups == 1 && r->n_contrasts == 1);
    s = render(c, FSC_COMPARE_TABLE);
    TH_CHECK(s && strstr(s, "Contested terms") && strstr(s, "Only one group"));
    fsc_free(s);
    fsc_compare_free(c);
}

/* Three groups with terms t1..t3 (tokens 60 + 40, 80, 120). */
static const char *const kw_rows_src[6][4] = {
    { "A", "60", "t1 t1 t2", "" },    { "A", "40", "t1", "" },
    { "B", "80", "t1 t2 t2", "" },    { "C", "70", "t2 t3 t3", "" },
    { "C", "50", "t2 t3 t3 t3", "" }, { NULL, NULL, NULL, NULL },
};

static fsc_compare *run_kw(const fsc_compare_opts *o, size_t n_rows)
{
    char b[8][512];
    const char *rows[8];
    for (size_t i = 0; i < n_rows; i++)
        rows[i] = row2(b[i], 512, kw_rows_src[i][0], NULL,
                       atoi(kw_rows_src[i][1]), 1, 0, kw_rows_src[i][2]);
    return run_rows(o, rows, n_rows);
}

static void test_keyness_bh_corpus(void)
{
    ref R;
    ref_load(&R, FSC_TEST_DATA "/compare/keyness.out");
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    o.keyness = 1;
    o.keyness_top = 100;
    o.prior = FSC_PRIOR_CORPUS;
    fsc_compare *c = run_kw(&o, 5);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_keyness == 3);
    if (!r || r->n_keyness != 3) {
        ref_free(&R);
        return;
    }
    /* Corpus prior by hand: Y = (4, 5, 5), a_w = a0 Y_w / N with N = 300
     * tokens of all groups, a0 = 500 in
     * every pair (the other terms' mass stays in a0). */
    static const double y[3][3] = { { 3, 1, 0 }, { 1, 2, 0 }, { 0, 2, 5 } };
    static const double n[3] = { 100, 80, 120 };
    static const char *const gname[3] = { "A", "B", "C" };
    static const char *const tname[3] = { "t1", "t2", "t3" };
    double a0 = 500, Y[3] = { 4, 5, 5 }, p_all[16];
    size_t np = 0, m = 0;
    for (size_t k = 0; k < 3; k++) {
        const fsc_compare_keyness *e = &r->keyness[k];
        size_t gi = e->a, gj = e->b;
        for (size_t w = 0; w < 3; w++) {
            double yi = y[gi][w], yj = y[gj][w], a = a0 * Y[w] / 300;
            if (yi + yj == 0)
                continue;
            double delta = log((yi + a) / (n[gi] + a0 - yi - a)) -
                           log((yj + a) / (n[gj] + a0 - yj - a));
            double z = delta / sqrt(1 / (yi + a) + 1 / (yj + a));
            const fsc_compare_term *t = NULL;
            for (size_t i = 0; i < e->n_top; i++)
                if (strcmp(e->top[i].term, tname[w]) == 0)
                    t = &e->top[i];
            TH_CHECK(t != NULL);
            if (!t)
                continue;
            TH_CHECK(t->count_a == yi && t->count_b == yj);
            TH_NEAR(t->k.z, z, 1e-12);
            char key[64];
            double v;
            snprintf(key, sizeof key, "z|%s-%s|corpus|%s", gname[gi], gname[gj],
                     tname[w]);
            TH_CHECK(ref_get(&R, key, &v));
            if (ref_get(&R, key, &v))
                TH_NEAR(t->k.z, v, 1e-9);
            m++;
        }
        /* Every term of the vocabulary is listed (top 100). */
        for (size_t i = 0; i < e->n_top; i++)
            p_all[np++] = e->top[i].k.g2_p;
    }
    TH_EQ_INT(m, 8);
    /* BH over every term x pair equals fsc_stats_bh over the same p. */
    double adj[16];
    TH_EQ_INT(fsc_stats_bh(p_all, np, adj, NULL), FSC_OK);
    size_t q = 0, defined = 0;
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; i < r->keyness[k].n_top; i++, q++) {
            TH_NEAR(r->keyness[k].top[i].g2_p_adj, adj[q], 1e-15);
            defined += !isnan(p_all[q]);
        }
    TH_EQ_INT(r->m_keyness, defined);
    TH_EQ_INT(r->m_keyness, 8);
    char *s = render(c, FSC_COMPARE_JSON);
    TH_CHECK(s && strstr(s, "\"prior\":\"corpus\"") &&
             strstr(s, "\"m_keyness\":8") && strstr(s, "\"g2_p_adj\":"));
    no_nan(s);
    fsc_free(s);
    s = render(c, FSC_COMPARE_CSV);
    TH_CHECK(s && strstr(s, "keyness,,,,m_keyness,8,") &&
             strstr(s, ",g2_p_adj,"));
    fsc_free(s);
    fsc_compare_free(c);

    /* The family covers unlisted terms: with top 1, the listed p_adj are
     * the ones of the full family. */
    o.keyness_top = 1;
    c = run_kw(&o, 5);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_keyness == 3 && r->m_keyness == 8);
    q = 0;
    for (size_t k = 0; r && k < 3; k++) {
        TH_EQ_INT(r->keyness[k].n_top, 1);
        TH_NEAR(r->keyness[k].top[0].g2_p_adj, adj[q], 1e-15);
        q += r->keyness[k].n_vocab;
    }
    fsc_compare_free(c);

    /* A single group: no pairs, an empty family. */
    c = run_kw(&o, 2);
    r = fsc_compare_result_get(c);
    TH_CHECK(r && r->n_keyness == 0 && r->m_keyness == 0 && r->keyness_reason &&
             strstr(r->keyness_reason, "one group"));
    fsc_compare_free(c);
    ref_free(&R);
}

/* ------------------------------------------------------------------ */
/* Several voices in one run                                           */
/* ------------------------------------------------------------------ */

static int same_num(double a, double b)
{
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static int same_test(const fsc_test2 *x, const fsc_test2 *y)
{
    return same_num(x->statistic, y->statistic) && same_num(x->df, y->df) &&
           same_num(x->p, y->p) && x->exact == y->exact;
}

static int same_desc_bits(const fsc_desc *x, const fsc_desc *y)
{
    return x->n == y->n && x->n_nonzero == y->n_nonzero &&
           same_num(x->mean, y->mean) && same_num(x->sd, y->sd) &&
           same_num(x->median, y->median) && same_num(x->q1, y->q1) &&
           same_num(x->q3, y->q3) && same_num(x->ci_lo, y->ci_lo) &&
           same_num(x->ci_hi, y->ci_hi);
}

static size_t group_index(const fsc_compare_result *r, const char *name)
{
    for (size_t g = 0; g < r->n_groups; g++)
        if (strcmp(r->groups[g], name) == 0)
            return g;
    return SIZE_MAX;
}

/* Voice index vi of multi-voice result m against single-voice result s:
 * every cell, pair (with its adjusted p) and Kruskal-Wallis test. Returns
 * the figures compared. */
static size_t check_voice_equal(const fsc_compare_result *m, size_t vi,
                                const fsc_compare_result *s)
{
    size_t n = 0;
    const size_t C = m->n_categories, GM = m->n_groups, GS = s->n_groups;
    TH_EQ_INT(s->n_categories, C);
    if (s->n_categories != C)
        return 0;
    for (size_t c = 0; c < C; c++)
        TH_EQ_STR(s->categories[c], m->categories[c]);
    /* Groups of the voice: those of the single run; the others are empty. */
    size_t *map = calloc(GS ? GS : 1, sizeof *map);
    for (size_t g = 0; g < GS; g++) {
        map[g] = group_index(m, s->groups[g]);
        TH_CHECK(map[g] != SIZE_MAX);
        if (map[g] == SIZE_MAX) {
            free(map);
            return 0;
        }
    }
    for (size_t g = 0; g < GM; g++)
        if (group_index(s, m->groups[g]) == SIZE_MAX)
            for (size_t c = 0; c < C; c++)
                TH_EQ_INT(m->cells[(vi * GM + g) * C + c].desc.n, 0);
    for (size_t g = 0; g < GS; g++)
        for (size_t c = 0; c < C; c++, n++) {
            const fsc_compare_cell *a = &s->cells[g * C + c];
            const fsc_compare_cell *b = &m->cells[(vi * GM + map[g]) * C + c];
            TH_CHECK(same_desc_bits(&a->desc, &b->desc));
            TH_EQ_INT(b->group, map[g]);
        }
    const size_t PS = GS * (GS ? GS - 1 : 0) / 2, PM = GM * (GM - 1) / 2;
    for (size_t c = 0; c < C; c++) {
        size_t ks = 0;
        for (size_t a = 0; a < GS; a++)
            for (size_t b = a + 1; b < GS; b++, ks++, n++) {
                const fsc_compare_pair *x = &s->pairs[c * PS + ks];
                /* Index of (map a, map b) among the multi-run's pairs. */
                size_t ga = map[a], gb = map[b], km = 0;
                for (size_t i = 0; i < ga; i++)
                    km += GM - 1 - i;
                km += gb - ga - 1;
                const fsc_compare_pair *y = &m->pairs[(vi * C + c) * PM + km];
                TH_EQ_INT(y->voice, vi);
                TH_EQ_INT(y->a, ga);
                TH_EQ_INT(y->b, gb);
                TH_CHECK(same_test(&x->welch, &y->welch));
                TH_CHECK(same_test(&x->mw, &y->mw));
                TH_CHECK(same_test(&x->perm, &y->perm));
                TH_CHECK(same_num(x->ratio, y->ratio));
                TH_CHECK(same_num(x->effect.cliff, y->effect.cliff));
                TH_CHECK(same_num(x->effect.hedges_g, y->effect.hedges_g));
                TH_CHECK(same_num(x->welch_p_adj, y->welch_p_adj));
                TH_CHECK(same_num(x->mw_p_adj, y->mw_p_adj));
                TH_CHECK(same_num(x->perm_p_adj, y->perm_p_adj));
            }
    }
    for (size_t c = 0; c < s->n_kw; c++, n++) {
        const fsc_compare_kw *x = &s->kw[c], *y = &m->kw[vi * C + c];
        TH_EQ_INT(y->voice, vi);
        TH_CHECK(same_test(&x->test, &y->test));
        TH_CHECK(same_num(x->p_adj, y->p_adj));
    }
    free(map);
    return n;
}

/* rows.jsonl (no voice data, six outlets) and voice-rows.jsonl (voice
 * data, two outlets), each repeated so that the merge paths run. */
static char *mixed_rows(size_t rep_plain, size_t rep_voice, int voice_first,
                        size_t *len)
{
    char pa[512], pb[512];
    snprintf(pa, sizeof pa, "%s/compare/rows.jsonl", FSC_TEST_DATA);
    snprintf(pb, sizeof pb, "%s/compare/voice-rows.jsonl", FSC_TEST_DATA);
    size_t la = 0, lb = 0;
    char *a = th_slurp(pa, &la), *b = th_slurp(pb, &lb);
    TH_CHECK(a && b);
    size_t total = la * rep_plain + lb * rep_voice;
    char *out = malloc(total + 1), *w = out;
    for (int part = 0; part < 2; part++) {
        int voice = voice_first ? part == 0 : part == 1;
        for (size_t i = 0; i < (voice ? rep_voice : rep_plain); i++) {
            memcpy(w, voice ? b : a, voice ? lb : la);
            w += voice ? lb : la;
        }
    }
    *w = '\0';
    *len = total;
    free(a);
    free(b);
    return out;
}

static void test_multi_voice(void)
{
    static const fsc_compare_voice vs[4] = { FSC_COMPARE_VOICE_ALL,
                                             FSC_COMPARE_VOICE_AUTHORIAL,
                                             FSC_COMPARE_VOICE_QUOTED,
                                             FSC_COMPARE_VOICE_ATTRIBUTED };
    /* Small (exact paths) and large (merge paths, fast Kruskal-Wallis). */
    static const size_t reps[2][2] = { { 1, 1 }, { 100, 400 } };
    for (int big = 0; big < 2; big++) {
        size_t len = 0;
        char *data = mixed_rows(reps[big][0], reps[big][1], 0, &len);
        fsc_compare_opts o;
        fsc_compare_opts_init(&o);
        o.bootstrap = 200;
        o.permutations = big ? 0 : 99;
        o.voices = FSC_COMPARE_VOICES_EACH;
        o.voice = FSC_COMPARE_VOICE_QUOTED; /* ignored with voices */
        fsc_compare *cm = run_on(&o, data, len, 4096);
        const fsc_compare_result *m = fsc_compare_result_get(cm);
        TH_CHECK(m != NULL);
        if (!m) {
            free(data);
            return;
        }
        TH_EQ_INT(m->n_voices, 4);
        for (size_t vi = 0; vi < 4; vi++)
            TH_EQ_INT(m->voice_list[vi], vs[vi]);
        /* Rows without voice data count for "all" only. */
        TH_EQ_INT(m->rows_used, (25 * reps[big][0]) + 7 * reps[big][1]);
        TH_EQ_INT(m->rows_filtered, 0);
        size_t mw_total = 0, figures = 0;
        for (size_t vi = 0; vi < 4; vi++) {
            fsc_compare_opts so = o;
            so.voices = 0;
            so.voice = vs[vi];
            fsc_compare *cs = run_on(&so, data, len, 4096);
            const fsc_compare_result *s = fsc_compare_result_get(cs);
            TH_CHECK(s != NULL);
            if (s) {
                figures += check_voice_equal(m, vi, s);
                mw_total += s->m_mw;
            }
            fsc_compare_free(cs);
        }
        TH_EQ_INT(m->m_mw, mw_total);
        TH_CHECK(figures > 100);
        /* Rows in another order, voices in a two-voice set: the same. */
        size_t len2 = 0;
        char *data2 = mixed_rows(reps[big][0], reps[big][1], 1, &len2);
        fsc_compare *cm2 = run_on(&o, data2, len2, 777);
        char *j1 = render(cm, FSC_COMPARE_JSON),
             *j2 = render(cm2, FSC_COMPARE_JSON);
        TH_CHECK(j1 && j2 && strcmp(j1, j2) == 0);
        no_nan(j1);
        fsc_compare_opts o2 = o;
        o2.voices = (1u << FSC_COMPARE_VOICE_ATTRIBUTED) |
                    (1u << FSC_COMPARE_VOICE_AUTHORIAL);
        fsc_compare *cm3 = run_on(&o2, data2, len2, 4096);
        const fsc_compare_result *m3 = fsc_compare_result_get(cm3);
        TH_EQ_INT(m3->n_voices, 2);
        TH_EQ_INT(m3->voice_list[0], FSC_COMPARE_VOICE_AUTHORIAL);
        TH_EQ_INT(m3->voice_list[1], FSC_COMPARE_VOICE_ATTRIBUTED);
        TH_EQ_INT(m3->opts.voice, FSC_COMPARE_VOICE_AUTHORIAL);
        /* Only the voices' rows: no row without voice data is used. */
        TH_EQ_INT(m3->rows_used, 7 * reps[big][1]);
        TH_EQ_INT(m3->rows_filtered, 25 * reps[big][0]);
        TH_EQ_INT(m3->n_groups, 2);
        for (size_t vi = 0; vi < 2; vi++) {
            fsc_compare *cs = NULL;
            fsc_compare_opts so = o2;
            so.voices = 0;
            so.voice = m3->voice_list[vi];
            cs = run_on(&so, data, len, 4096);
            check_voice_equal(m3, vi, fsc_compare_result_get(cs));
            fsc_compare_free(cs);
        }
        char *c3 = render(cm3, FSC_COMPARE_CSV);
        TH_CHECK(c3 && strstr(c3, "\ndescriptive:authorial,") &&
                 strstr(c3, "\npairwise:attributed,") &&
                 !strstr(c3, "\ndescriptive,"));
        char *t3 = render(cm3, FSC_COMPARE_TABLE);
        TH_CHECK(t3 && strstr(t3, "== Voice: authorial ==") &&
                 strstr(t3, "== Voice: attributed =="));
        free(c3);
        free(t3);
        free(j1);
        free(j2);
        fsc_compare_free(cm3);
        fsc_compare_free(cm2);
        fsc_compare_free(cm);
        free(data2);
        free(data);
    }
    /* Bad sets and measures. */
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    fsc_compare *c = NULL;
    fsc_error e;
    o.voices = 1u << 4;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_EINVAL);
    o.voices = FSC_COMPARE_VOICES_EACH;
    o.measure = FSC_MEASURE_VOICE_RATE;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_EINVAL);
    o.measure = FSC_MEASURE_WEIGHTED;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_EINVAL);
    o.voices = 1u << FSC_COMPARE_VOICE_ALL;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_OK);
    fsc_compare_free(c);
}

/* The differences stated in words: direction, size and p from one test.
 * Group A: 36 articles at rate 1 and 4 at rate 100 (mean 10.9); group B:
 * 40 at rate 5 (mean 5). The means put A above B, the ranks put B above A
 * (Cliff's delta of A vs B = 4/40 - 36/40 = -0.8), so under Mann-Whitney
 * the sentence must say B uses the category more; a group C of 10
 * articles is below the minimum group size and never stated about. */
static void add_row(fsc_buf *b, const char *g, int i, int count)
{
    fsc__buf_printf(b,
                    "{\"id\":\"%s%d\",\"outlet\":\"%s\",\"framescope\":{"
                    "\"status\":\"scored\",\"tokens\":1000,\"categories\":{"
                    "\"x:cat\":{\"count\":%d}}}}\n",
                    g, i, g, count);
}

static void test_findings_rule(void)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    for (int i = 0; i < 40; i++)
        add_row(&b, "A", i, i < 4 ? 100 : 1);
    for (int i = 0; i < 40; i++)
        add_row(&b, "B", i, 5);
    for (int i = 0; i < 10; i++)
        add_row(&b, "C", i, 50);
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    fsc_compare *c = run_on(&o, b.data, b.len, 1 << 20);
    const fsc_compare_result *r = c ? fsc_compare_result_get(c) : NULL;
    TH_CHECK(r != NULL);
    if (r) {
        size_t n_find = 0;
        for (size_t i = 0; i < r->n_pairs; i++) {
            const fsc_compare_pair *p = &r->pairs[i];
            double e, q;
            int f = fsc_compare_is_finding(r, p, &e, &q);
            const char *ga = r->groups[p->a], *gb = r->groups[p->b];
            if (strcmp(ga, "C") == 0 || strcmp(gb, "C") == 0)
                TH_CHECK(!f); /* 10 articles < min_group 30 */
            if (strcmp(ga, "A") == 0 && strcmp(gb, "B") == 0) {
                TH_CHECK(f);
                TH_NEAR(e, -0.8, 1e-12); /* Cliff's delta, A vs B */
                TH_CHECK(q == p->mw_p_adj);
                TH_CHECK(p->effect.mean_diff > 0); /* means disagree */
            }
            n_find += (size_t)f;
        }
        TH_EQ_INT(n_find, 1);
        char *tab = render(c, FSC_COMPARE_TABLE);
        TH_CHECK(
            tab &&
            strstr(tab, "  B uses cat more than A (Cliff's δ = 0.8, 95% CI "));
        TH_CHECK(tab && !strstr(tab, "A uses cat"));
        TH_CHECK(tab && strstr(tab, "Too small to compare in plain words") &&
                 strstr(tab, "C (10)"));
        fsc_free(tab);
    }
    fsc_compare_free(c);

    /* Welch: no finding here (A's variance is large), and a minimum effect
     * above the effect removes a Mann-Whitney finding. */
    o.test = FSC_TEST_WELCH;
    c = run_on(&o, b.data, b.len, 1 << 20);
    r = c ? fsc_compare_result_get(c) : NULL;
    for (size_t i = 0; r && i < r->n_pairs; i++) {
        const fsc_compare_pair *p = &r->pairs[i];
        if (strcmp(r->groups[p->a], "A") == 0 &&
            strcmp(r->groups[p->b], "B") == 0)
            TH_CHECK(!fsc_compare_is_finding(r, p, NULL, NULL) ||
                     p->effect.hedges_g > 0);
    }
    fsc_compare_free(c);
    o.test = FSC_TEST_MW;
    o.min_effect = 0.9;
    c = run_on(&o, b.data, b.len, 1 << 20);
    r = c ? fsc_compare_result_get(c) : NULL;
    for (size_t i = 0; r && i < r->n_pairs; i++)
        TH_CHECK(!fsc_compare_is_finding(r, &r->pairs[i], NULL, NULL));
    fsc_compare_free(c);
    fsc__buf_free(&b);
}

/* Scoped lexicons: articles in scope per group, from JSON Lines and from
 * the tidy CSV; out-of-scope matches are not term occurrences. */
static void test_scope(void)
{
    static const char *const rows =
        "{\"id\":\"1\",\"outlet\":\"A\",\"framescope\":{\"status\":"
        "\"scored\",\"tokens\":100,\"scope\":{\"k\":{\"in_scope\":true,"
        "\"anchors\":2,\"anchor_terms\":[\"Baku\"]},\"z\":{\"in_scope\":"
        "false,\"anchors\":0,\"anchor_terms\":[]}},\"categories\":{\"k:a\":"
        "{\"count\":1,\"negated\":0,\"out_of_scope\":0}},\"matches\":["
        "{\"term\":\"occupation\",\"categories\":[\"k:a\"]}]}}\n"
        "{\"id\":\"2\",\"outlet\":\"A\",\"framescope\":{\"status\":"
        "\"scored\",\"tokens\":100,\"scope\":{\"k\":{\"in_scope\":false,"
        "\"anchors\":0}},\"categories\":{\"k:a\":{\"count\":0,"
        "\"negated\":0,\"out_of_scope\":3}},\"matches\":["
        "{\"term\":\"occupation\",\"categories\":[\"k:a\"],"
        "\"out_of_scope\":true},{\"term\":\"siege\",\"categories\":"
        "[\"k:a\"],\"out_of_scope\":true}]}}\n"
        "{\"id\":\"3\",\"outlet\":\"B\",\"framescope\":{\"status\":"
        "\"scored\",\"tokens\":50,\"scope\":{\"k\":{\"in_scope\":true,"
        "\"anchors\":1}},\"categories\":{},\"matches\":[]}}\n"
        "{\"id\":\"4\",\"outlet\":\"B\",\"framescope\":{\"status\":"
        "\"scored\",\"tokens\":50,\"categories\":{}}}\n";
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    o.keyness = 1;
    fsc_compare *c = run_on(&o, rows, strlen(rows), 7);
    const fsc_compare_result *r = c ? fsc_compare_result_get(c) : NULL;
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(r->n_scopes, 2);
        TH_EQ_STR(r->scopes[0], "k");
        TH_EQ_STR(r->scopes[1], "z");
        TH_EQ_INT(r->n_groups, 2);
        /* A: both rows state k, one in scope; one states z, out. */
        TH_EQ_INT(r->scope_rows[0 * 2 + 0], 2);
        TH_EQ_INT(r->scope_in[0 * 2 + 0], 1);
        TH_EQ_INT(r->scope_rows[0 * 2 + 1], 1);
        TH_EQ_INT(r->scope_in[0 * 2 + 1], 0);
        /* B: one row states k (in), the other has no scope at all. */
        TH_EQ_INT(r->scope_rows[1 * 2 + 0], 1);
        TH_EQ_INT(r->scope_in[1 * 2 + 0], 1);
        /* Keyness counts only the in-scope occurrence of group A. */
        TH_CHECK(r->n_keyness == 1);
        if (r->n_keyness == 1)
            TH_EQ_INT((long)r->keyness[0].terms_a, 1);
        char *t = render(c, FSC_COMPARE_TABLE);
        TH_CHECK(t && strstr(t, "In scope of k (only their matches count in "
                                "its categories): A 1 of 2, B 1 of 1\n"));
        fsc_free(t);
        char *js = render(c, FSC_COMPARE_JSON);
        TH_CHECK(js && strstr(js, "\"name\":\"A\",\"articles\":2,\"scope\":"
                                  "{\"k\":{\"articles\":2,\"in_scope\":1},"
                                  "\"z\":{\"articles\":1,\"in_scope\":0}}"));
        fsc_free(js);
        char *csv = render(c, FSC_COMPARE_CSV);
        TH_CHECK(csv && strstr(csv, "scope,k,B,,in_scope,1,\r\n"));
        fsc_free(csv);
    }
    fsc_compare_free(c);

    /* The tidy CSV: in_scope of each category's lexicon. */
    static const char *const csv =
        "id,outlet,date,lang,status,reason,tokens,category,count,negated,"
        "rate,weighted,authorial,quoted,attributed,out_of_scope,in_scope\r\n"
        "1,A,,en,scored,,10,k:a,1,0,100,1,,,,0,true\r\n"
        "1,A,,en,scored,,10,k:b,0,0,0,0,,,,0,true\r\n"
        "1,A,,en,scored,,10,u:c,2,0,200,2,,,,,\r\n"
        "2,A,,en,scored,,10,k:a,0,0,0,0,,,,2,false\r\n"
        "2,A,,en,scored,,10,k:b,0,0,0,0,,,,0,false\r\n"
        "2,A,,en,scored,,10,u:c,0,0,0,0,,,,,\r\n";
    c = run_on(&o, csv, strlen(csv), 5);
    r = c ? fsc_compare_result_get(c) : NULL;
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(r->n_scopes, 1);
        TH_EQ_STR(r->scopes[0], "k");
        TH_EQ_INT(r->scope_rows[0], 2);
        TH_EQ_INT(r->scope_in[0], 1);
    }
    fsc_compare_free(c);
}

int main(void)
{
    test_findings_rule();
    fsc_error e;
    if (fsc_init(&e) != FSC_OK)
        return 1;
    test_scope();
    test_against_r();
    test_fast_paths();
    test_edges();
    test_determinism();
    test_voice();
    test_profile();
    test_keyness();
    test_series();
    test_contrasts();
    test_keyness_bh_corpus();
    test_multi_voice();
    TH_DONE();
}
