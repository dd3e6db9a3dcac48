/*
 * test_compare_fast.c - framescope compare's faster paths against what they
 * replaced: the merge of runs (Mann-Whitney, Cliff's delta) and the
 * Kruskal-Wallis merge bit for bit against the previous loops, the JSON's
 * pairwise tests (written as text) against cJSON's printing of the same
 * strings, the scanner's cache of category ids on names that collide, and
 * rows that repeat the first row's lexicon set (read without a second scan).
 */
#include "framescope/compare.h"
#include "framescope/stats.h"
#include "th.h"
#include "th_near.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Internal functions of analysis/compare/ and analysis/stats.c. */
fsc_status fsc__compare_fast_pair(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *mw, fsc_effect *ef);
fsc_status fsc__compare_fast_kw(const double *const *g, const size_t *n,
                                size_t k, size_t *head, double *rsum,
                                fsc_test2 *out);
void fsc__cliff_ci(double d, size_t nx, size_t ny, double ss_row, double ss_col,
                   double pairs, double *lo, double *hi);

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
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

static fsc_compare *run_rows(const fsc_compare_opts *o, const char *const *rows,
                             size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += strlen(rows[i]);
    char *all = malloc(len + 1), *q = all;
    for (size_t i = 0; i < n; i++) {
        memcpy(q, rows[i], strlen(rows[i]));
        q += strlen(rows[i]);
    }
    fsc_compare *c = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_compare_new(o, &c, &e), FSC_OK);
    /* in chunks of 13 bytes: rows cut anywhere */
    for (size_t i = 0; c && i < len; i += 13)
        TH_EQ_INT(
            fsc_compare_feed(c, "t", all + i, len - i < 13 ? len - i : 13, &e),
            FSC_OK);
    free(all);
    if (c) {
        TH_EQ_INT(fsc_compare_end(c, &e), FSC_OK);
        TH_EQ_INT(fsc_compare_run(c, &e), FSC_OK);
    }
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

/* The merge of runs as it was before the x-only and y-only runs got loops
 * of their own: every run through one general step. The figures of
 * fsc__compare_fast_pair must equal these bit for bit. */
static void ref_pair(const double *x, size_t nx, const double *y, size_t ny,
                     double out[5])
{
    double *xv = malloc((nx + 1) * sizeof *xv),
           *yv = malloc((ny + 1) * sizeof *yv);
    size_t *xc = malloc((nx + 1) * sizeof *xc),
           *yc = malloc((ny + 1) * sizeof *yc);
    size_t nrx = 0, nry = 0;
    for (size_t i = 0; i < nx;) {
        size_t k = i + 1;
        while (k < nx && x[k] == x[i])
            k++;
        xv[nrx] = x[i];
        xc[nrx++] = k - i;
        i = k;
    }
    for (size_t i = 0; i < ny;) {
        size_t k = i + 1;
        while (k < ny && y[k] == y[i])
            k++;
        yv[nry] = y[i];
        yc[nry++] = k - i;
        i = k;
    }
    double rsum = 0, ties = 0, sr = 0, sr2 = 0, sc = 0, sc2 = 0;
    uint64_t gt = 0, lt = 0;
    size_t a = 0, b = 0, j = 0;
    const double fx = (double)nx, fy = (double)ny;
    double di_ = 0, dj_ = 0;
    while (a < nrx || b < nry) {
        double v = a < nrx && (b >= nry || xv[a] <= yv[b]) ? xv[a] : yv[b];
        size_t tx = 0, ty = 0;
        double pos = di_ + dj_;
        if (a < nrx && xv[a] == v)
            tx = xc[a++];
        if (b < nry && yv[b] == v)
            ty = yc[b++];
        j += ty;
        const double ftx = (double)(int64_t)tx, fty = (double)(int64_t)ty;
        const double jb = dj_, ib = di_;
        di_ += ftx;
        dj_ += fty;
        double t = ftx + fty;
        rsum += ftx * (pos + (t + 1) / 2);
        ties += t * t * t - t;
        gt += (uint64_t)tx * (j - ty);
        lt += (uint64_t)tx * (ny - j);
        double di = (jb - (fy - dj_)) / fy;
        double dj = ((fx - di_) - ib) / fx;
        sr += ftx * di;
        sr2 += ftx * di * di;
        sc += fty * dj;
        sc2 += fty * dj * dj;
    }
    double dx = fx, dy = fy, N = dx + dy;
    double w = rsum - dx * (dx + 1) / 2, z = w - dx * dy / 2;
    double sigma2 = (dx * dy / 12) * ((N + 1) - ties / (N * (N - 1)));
    out[0] = w;
    out[1] = NAN;
    if (sigma2 > 0) {
        double corr = z > 0 ? 0.5 : z < 0 ? -0.5 : 0;
        out[1] = fmin(1.0, erfc(fabs((z - corr) / sqrt(sigma2)) / sqrt(2.0)));
    }
    double d = ((double)gt - (double)lt) / (dx * dy);
    out[2] = d;
    fsc__cliff_ci(d, nx, ny, sr2 - 2 * d * sr + dx * d * d,
                  sc2 - 2 * d * sc + dy * d * d, (double)(gt + lt), &out[3],
                  &out[4]);
    free(xv);
    free(yv);
    free(xc);
    free(yc);
}

static int same_bits(double a, double b)
{
    return memcmp(&a, &b, sizeof a) == 0 || (isnan(a) && isnan(b));
}

/* Cells of every shape (mostly zeros, few or many ties, values shared by
 * both cells or by one, negatives, -0 beside +0, one cell far above the
 * other): the fast merge against the general step, bit for bit. */
static void test_fast_pair_bits(void)
{
    size_t cap = 3000;
    double *x = malloc(cap * sizeof *x), *y = malloc(cap * sizeof *y);
    int bad = 0;
    for (int round = 0; round < 400; round++) {
        size_t nx = 1 + (size_t)(urand() * (round % 4 == 0 ? 5 : 2999));
        size_t ny = 1 + (size_t)(urand() * (round % 5 == 0 ? 4 : 2999));
        if (nx + ny < 3)
            ny = 2;
        int kind = round % 6;
        double zx = urand(), zy = urand(), sh = kind == 5 ? 10 : 0;
        for (int s = 0; s < 2; s++) {
            double *v = s ? y : x, z = s ? zy : zx;
            size_t n = s ? ny : nx;
            for (size_t i = 0; i < n; i++) {
                double u = urand();
                v[i] = u < z       ? (kind == 4 && urand() < 0.5 ? -0.0 : 0.0)
                       : kind == 0 ? floor(urand() * 6)
                       : kind == 1 ? 1000.0 / (150 + floor(urand() * 1351))
                       : kind == 2 ? urand() * 3 - 1
                       : kind == 3 ? floor(urand() * 40) / 4 - 3
                                   : urand() * 2 + (s ? sh : 0);
            }
            qsort(v, n, sizeof *v, cmp_d);
        }
        fsc_test2 mw;
        fsc_effect ef;
        double r[5];
        TH_EQ_INT(fsc__compare_fast_pair(x, nx, y, ny, &mw, &ef), FSC_OK);
        ref_pair(x, nx, y, ny, r);
        if (!same_bits(mw.statistic, r[0]) || !same_bits(mw.p, r[1]) ||
            !same_bits(ef.cliff, r[2]) || !same_bits(ef.cliff_lo, r[3]) ||
            !same_bits(ef.cliff_hi, r[4]))
            bad++;
    }
    TH_EQ_INT(bad, 0);
    free(x);
    free(y);
}

/* Kruskal-Wallis H as the k-way merge computed it before the heap: the
 * smallest next value found by a pass over all groups. */
static double ref_kw_h(const double *const *g, const size_t *n, size_t k)
{
    size_t *head = calloc(k, sizeof *head), total = 0, nonempty = 0;
    double *rsum = calloc(k, sizeof *rsum);
    for (size_t i = 0; i < k; i++) {
        total += n[i];
        nonempty += n[i] > 0;
    }
    size_t pos = 0;
    double ties = 0;
    while (pos < total) {
        double v = INFINITY;
        int any = 0;
        for (size_t i = 0; i < k; i++)
            if (head[i] < n[i] && (!any || g[i][head[i]] < v)) {
                v = g[i][head[i]];
                any = 1;
            }
        size_t t = 0;
        for (size_t i = 0; i < k; i++)
            for (size_t h = head[i]; h < n[i] && g[i][h] == v; h++)
                t++;
        double avg = (double)pos + ((double)t + 1) / 2;
        for (size_t i = 0; i < k; i++) {
            size_t s0 = head[i];
            while (head[i] < n[i] && g[i][head[i]] == v)
                head[i]++;
            rsum[i] += (double)(head[i] - s0) * avg;
        }
        pos += t;
        double dt = (double)t;
        ties += dt * dt * dt - dt;
    }
    double N = (double)total, s = 0;
    for (size_t i = 0; i < k; i++)
        if (n[i] > 0)
            s += rsum[i] * rsum[i] / (double)n[i];
    double corr = 1 - ties / (N * N * N - N);
    free(head);
    free(rsum);
    if (nonempty < 2 || !(corr > 0))
        return NAN;
    return (12 * s / (N * (N + 1)) - 3 * (N + 1)) / corr;
}

/* The heap merge of fsc__compare_fast_kw against the pass over all groups,
 * bit for bit: 1-60 groups, some empty, zeros (+0 and -0), ties, values
 * shared between groups or not. */
static void test_fast_kw_bits(void)
{
    enum { KMAX = 60, NMAX = 400 };
    double *buf = malloc(KMAX * NMAX * sizeof *buf);
    const double *g[KMAX];
    size_t n[KMAX], head[KMAX];
    double rsum[KMAX];
    int bad = 0;
    for (int round = 0; round < 300; round++) {
        size_t k = 1 + (size_t)(urand() * KMAX);
        int kind = round % 4;
        for (size_t i = 0; i < k; i++) {
            double *x = buf + i * NMAX;
            n[i] = urand() < 0.1 ? 0 : (size_t)(urand() * NMAX);
            double z = urand();
            for (size_t u = 0; u < n[i]; u++)
                x[u] = urand() < z ? (kind == 3 && urand() < 0.5 ? -0.0 : 0.0)
                       : kind == 0 ? floor(urand() * 8)
                       : kind == 1 ? 1000.0 / (150 + floor(urand() * 1351))
                                   : urand() * 4 - 2;
            qsort(x, n[i], sizeof *x, cmp_d);
            g[i] = x;
        }
        fsc_test2 kt;
        TH_EQ_INT(fsc__compare_fast_kw(g, n, k, head, rsum, &kt), FSC_OK);
        if (!same_bits(kt.statistic, ref_kw_h(g, n, k)))
            bad++;
    }
    TH_EQ_INT(bad, 0);
    free(buf);
}

/* The pairwise tests are written as text, not printed by cJSON: group and
 * category names with quotes, backslashes, control characters (with and
 * without a short escape), DEL and non-ASCII must come out as cJSON prints
 * the same strings elsewhere in the document, and the whole document must
 * parse. Pairs with undefined figures (one article) carry reasons. */
static void test_json_tests_text(void)
{
    static const char *const outlets[] = {
        "q\\\"uote",
        "back\\\\slash",
        "ctl\\u0001\\u001f",
        "tab\\t\\n\\r\\b\\f",
        "del\\u007f",
        "caf\\u00e9 \\u0645\\u0631",
        "plain",
    };
    static const char *const decoded[] = {
        "q\"uote",       "back\\slash", "ctl\x01\x1f",
        "tab\t\n\r\b\f", "del\x7f",     "caf\xc3\xa9 \xd9\x85\xd8\xb1",
        "plain",
    };
    enum { NO = sizeof outlets / sizeof *outlets };
    char *rows[NO * 4];
    size_t n = 0;
    for (size_t g = 0; g < NO; g++)
        for (int k = 0; k < (g == NO - 1 ? 1 : 4); k++) {
            rows[n] = malloc(512);
            snprintf(
                rows[n], 512,
                "{\"id\":\"a%zu\",\"outlet\":\"%s\",\"date\":\"2023-01-0%d\","
                "\"framescope\":{\"status\":\"scored\",\"tokens\":%d,"
                "\"categories\":{\"lx:\\\"c\\u0002\":{\"count\":%d,"
                "\"negated\":0,\"rate\":1,\"weighted\":%d}}}}\n",
                n, outlets[g], 1 + k, 100 + 7 * k, k, k);
            n++;
        }
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 50;
    fsc_compare *c = run_rows(&o, (const char *const *)rows, n);
    char *s = render(c, FSC_COMPARE_JSON);
    TH_CHECK(s != NULL);
    cJSON *doc = s ? cJSON_Parse(s) : NULL;
    TH_CHECK(doc != NULL);
    const cJSON *pw = cJSON_GetObjectItemCaseSensitive(doc, "pairwise");
    const cJSON *tests = cJSON_GetObjectItemCaseSensitive(pw, "tests");
    TH_EQ_INT(cJSON_GetArraySize(tests), NO * (NO - 1) / 2);
    int reasons = 0;
    const cJSON *t;
    cJSON_ArrayForEach(t, tests)
    {
        reasons +=
            cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(t, "reasons"));
    }
    TH_CHECK(reasons > 0);
    for (size_t g = 0; s && g < NO; g++) {
        cJSON *str = cJSON_CreateString(decoded[g]);
        char *p = cJSON_PrintUnformatted(str);
        char ka[160], kb[160];
        snprintf(ka, sizeof ka, "\"group_a\":%s", p);
        snprintf(kb, sizeof kb, "\"group_b\":%s", p);
        if (!strstr(s, ka) && !strstr(s, kb))
            fprintf(stderr, "not found: %s\n", ka);
        TH_CHECK(strstr(s, ka) || strstr(s, kb));
        cJSON_free(p);
        cJSON_Delete(str);
    }
    TH_CHECK(s && strstr(s, "\"category\":\"lx:\\\"c\\u0002\"") != NULL);
    cJSON_Delete(doc);
    free(s);
    fsc_compare_free(c);
    for (size_t i = 0; i < n; i++)
        free(rows[i]);
}

/* Category names that share a slot of the scanner's category cache (same
 * length, same last two bytes, same middle byte), listed in changing order
 * and subsets: every count still lands in its own category. */
static void test_category_cache(void)
{
    static const char *const rows[] = {
        "{\"id\":\"1\",\"outlet\":\"A\",\"framescope\":{\"status\":\"scored\","
        "\"tokens\":100,\"categories\":{\"p:a1zz\":{\"count\":1}}}}\n",
        "{\"id\":\"2\",\"outlet\":\"A\",\"framescope\":{\"status\":\"scored\","
        "\"tokens\":100,\"categories\":{\"p:b1zz\":{\"count\":2}}}}\n",
        "{\"id\":\"3\",\"outlet\":\"A\",\"framescope\":{\"status\":\"scored\","
        "\"tokens\":100,\"categories\":{\"p:b1zz\":{\"count\":2},"
        "\"p:a1zz\":{\"count\":1}}}}\n",
        "{\"id\":\"4\",\"outlet\":\"A\",\"framescope\":{\"status\":\"scored\","
        "\"tokens\":100,\"categories\":{\"p:a1zz\":{\"count\":1},"
        "\"p:b1zz\":{\"count\":2},\"p:c1zz\":{\"count\":4}}}}\n",
        "{\"id\":\"5\",\"outlet\":\"B\",\"framescope\":{\"status\":\"scored\","
        "\"tokens\":100,\"categories\":{\"p:c1zz\":{\"count\":4},"
        "\"p:a1zz\":{\"count\":1}}}}\n",
    };
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    o.measure = FSC_MEASURE_COUNT;
    fsc_compare *c = run_rows(&o, rows, sizeof rows / sizeof *rows);
    const fsc_compare_result *r = fsc_compare_result_get(c);
    TH_EQ_INT(r->n_categories, 3);
    TH_EQ_INT(r->n_groups, 2);
    for (size_t k = 0; k < r->n_categories; k++) {
        const char *name = r->categories[k];
        /* every article of a category has its one count: A and B */
        double want = strcmp(name, "p:a1zz") == 0   ? 1
                      : strcmp(name, "p:b1zz") == 0 ? 2
                                                    : 4;
        size_t hits[2] = { strcmp(name, "p:a1zz") == 0   ? 3
                           : strcmp(name, "p:b1zz") == 0 ? 3
                                                         : 1,
                           strcmp(name, "p:b1zz") == 0 ? 0 : 1 };
        for (size_t g = 0; g < 2; g++) {
            size_t gi = strcmp(r->groups[g], "A") == 0 ? 0 : 1;
            const fsc_desc *d = &r->cells[g * r->n_categories + k].desc;
            TH_EQ_INT(d->n_nonzero, hits[gi]);
            TH_NEAR(d->mean * (double)d->n, want * (double)hits[gi], 1e-12);
        }
    }
    fsc_compare_free(c);
}

/* Three rows of outlet A with the lexicon sets set1, set2, set3 (JSON
 * text), fed whole; the status of the feed and of the end. */
static fsc_status feed_sets(const char *set1, const char *set2,
                            const char *set3, size_t *rows_used, fsc_error *e)
{
    const char *sets[3] = { set1, set2, set3 };
    char buf[1024];
    size_t len = 0;
    for (int i = 0; i < 3; i++)
        len += (size_t)snprintf(
            buf + len, sizeof buf - len,
            "{\"id\":\"%d\",\"outlet\":\"A\",\"framescope\":{\"status\":"
            "\"scored\",\"tokens\":100,\"lexicon_set\":%s,"
            "\"categories\":{\"p:x\":{\"count\":%d}}}}\n",
            i, sets[i], i + 1);
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    o.bootstrap = 0;
    fsc_compare *c = NULL;
    TH_EQ_INT(fsc_compare_new(&o, &c, e), FSC_OK);
    fsc_status st = fsc_compare_feed(c, "t", buf, len, e);
    if (!st)
        st = fsc_compare_end(c, e);
    if (!st)
        st = fsc_compare_run(c, e);
    *rows_used = 0;
    if (!st)
        *rows_used = fsc_compare_result_get(c)->rows_used;
    fsc_compare_free(c);
    return st;
}

/* A row whose set begins with the first row's set is that set only when
 * the first set ends at its own closing byte (object, array, string): a
 * number that continues (12, then 123) or an object with more members is
 * another set, refused as before. */
static void test_lexicon_set_repeat(void)
{
    fsc_error e;
    size_t used = 0;
    const char *obj = "{\"lexicons\":[{\"name\":\"p\",\"layer\":"
                      "\"framing\"}]}";
    TH_EQ_INT(feed_sets(obj, obj, obj, &used, &e), FSC_OK);
    TH_EQ_INT(used, 3);
    /* white space after the set is not part of it */
    char spaced[256];
    snprintf(spaced, sizeof spaced, "%s  ", obj);
    TH_EQ_INT(feed_sets(obj, spaced, obj, &used, &e), FSC_OK);
    TH_EQ_INT(used, 3);
    TH_EQ_INT(feed_sets("\"ab\"", "\"ab\"", "\"ab\"", &used, &e), FSC_OK);
    TH_EQ_INT(used, 3);
    TH_EQ_INT(feed_sets("[1,2]", "[1,2]", "[1,2]", &used, &e), FSC_OK);
    TH_EQ_INT(used, 3);
    static const char *const other[][2] = {
        { "12", "123" },         { "12", "12.5" },
        { "\"ab\"", "\"abc\"" }, { "{\"a\":[1]}", "{\"a\":[1],\"b\":2}" },
        { "[1,2]", "[1,2,3]" },
    };
    for (size_t i = 0; i < sizeof other / sizeof *other; i++) {
        fsc_error_clear(&e);
        TH_EQ_INT(feed_sets(other[i][0], other[i][0], other[i][1], &used, &e),
                  FSC_EINVAL);
        TH_CHECK(strstr(e.msg, "another lexicon set") != NULL);
        TH_EQ_INT(e.line, 3);
    }
}

int main(void)
{
    fsc_error e;
    if (fsc_init(&e) != FSC_OK)
        return 1;
    test_fast_pair_bits();
    test_fast_kw_bits();
    test_json_tests_text();
    test_category_cache();
    test_lexicon_set_repeat();
    TH_DONE();
}
