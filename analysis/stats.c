/*
 * stats.c - descriptives, bootstrap, two- and k-sample tests, effect sizes,
 * BH adjustment and term keyness (see stats.h); coder agreement and P/R/F1
 * are in stats_agree.c.
 *
 * Guarantees: reproducible for a seed, no allocation inside resampling loops,
 * undefined statistics come back as NAN plus a static reason, and every size
 * is checked before GSL sees it. The only file that includes GSL headers.
 */
#include "framescope/stats.h"
#include "internal.h"
#include "stats_int.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Small helpers                                                        */
/* ------------------------------------------------------------------ */

#define RNG_MAX_N 0xffffffffUL /* mt19937 draws 32 bits */

static fsc_status check_values(const double *x, size_t n, const char *name,
                               fsc_error *err)
{
    if (n > 0 && !x)
        return fsc__fail(err, FSC_EINVAL, "%s: NULL array with %zu values",
                         name, n);
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return fsc__fail(err, FSC_EINVAL, "%s[%zu] is not finite", name, i);
    return FSC_OK;
}

/* GSL's mt19937 keeps 32 bits of the seed, so fold the high half in rather
 * than dropping it. */
static gsl_rng *rng_new(uint64_t seed)
{
    gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
    if (r)
        gsl_rng_set(r, (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu));
    return r;
}

/* Mean as R computes it: a sum, then one refinement pass that removes most
 * of the rounding error of the first. */
double fsc__stats_mean(const double *x, size_t n)
{
    long double s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    double m = (double)(s / (long double)n);
    long double c = 0;
    for (size_t i = 0; i < n; i++)
        c += x[i] - m;
    return m + (double)(c / (long double)n);
}

/* Sample variance (n - 1) about a given mean; two-pass. */
double fsc__stats_var(const double *x, size_t n, double m)
{
    long double s = 0;
    for (size_t i = 0; i < n; i++) {
        double d = x[i] - m;
        s += (long double)d * d;
    }
    return (double)(s / (long double)(n - 1));
}

/* R's type 7 quantile of sorted s[0..n), n >= 1. GSL's function is exactly
 * (1 - h) s[lo] + h s[lo + 1] with h = frac(p (n - 1)), which is type 7. */
static double quantile7(const double *s, size_t n, double p)
{
    return gsl_stats_quantile_from_sorted_data(s, 1, n, p);
}

/* ------------------------------------------------------------------ */
/* Descriptives and the bootstrap                                      */
/* ------------------------------------------------------------------ */

static const char R_EMPTY[] = "no values";
static const char R_ONE[] = "fewer than two values";
static const char R_NOBOOT[] = "no bootstrap resamples were asked for";

/* Uniform picks come from xoshiro256** (Blackman and Vigna 2018), not from
 * gsl_rng_uniform_int: mt19937 through GSL's function pointer and its
 * division-based rejection cost about 9 ns a pick, which made the bootstrap
 * of continuous rates most of `compare`'s time. Its 256-bit state is filled
 * from the first eight 32-bit outputs of the seeded mt19937, so a seed still
 * determines everything; the binomial and multinomial draws keep using that
 * mt19937 after it. */
typedef struct xo256 {
    uint64_t s[4];
} xo256;

static uint64_t rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t xo_next(xo256 *g)
{
    uint64_t *s = g->s;
    uint64_t out = rotl64(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return out;
}

static void xo_seed(xo256 *g, gsl_rng *r)
{
    uint64_t any = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t hi = gsl_rng_get(r) & 0xffffffffu;
        uint64_t lo = gsl_rng_get(r) & 0xffffffffu;
        g->s[i] = hi << 32 | lo;
        any |= g->s[i];
    }
    if (!any) /* the one state xoshiro cannot leave; never seen in practice */
        g->s[0] = 1;
}

/* Sums of uniform picks with replacement from v[0..m), 1 <= m < 2^32.
 * An index is Lemire's multiply-shift: for a uniform 32-bit u, u m = i 2^32
 * + f gives i uniform on [0, m) once the draws with f < 2^32 mod m are
 * rejected. When m^2 <= 2^32, the leftover f is split again (f m = j 2^32 +
 * g) for a second index, accepted with the pair when g >= 2^32 mod m^2
 * (batched ranged integers, Brackett-Rozinsky and Lemire 2024): exactly
 * uniform pairs, so one 64-bit output gives four picks for one
 * multiplication each. Rejections happen with probability below m^2 / 2^32
 * (0.2 % for m = 3,000) and only cost another draw. */
typedef struct picker {
    const double *v; /* the values picked from */
    uint64_t m;      /* how many, 1 <= m < 2^32 */
    uint64_t t1;     /* 2^32 mod m: reject one index below this */
    uint64_t t2;     /* 2^32 mod m^2: reject a pair below this */
    int pairs;       /* m^2 <= 2^32: two indices per 32 bits */
} picker;

#define TWO32 ((uint64_t)1 << 32)
#define LOW32 0xffffffffu

static void picker_init(picker *p, const double *v, size_t m)
{
    p->v = v;
    p->m = (uint64_t)m;
    p->t1 = TWO32 % p->m;
    p->pairs = p->m <= 65536u;
    p->t2 = p->pairs ? TWO32 % (p->m * p->m) : 0;
}

/* One index from 32 random bits in the low half of u; returns 0 when the
 * draw is rejected. */
static int pick1(uint64_t m, uint64_t t1, uint64_t u, uint64_t *i)
{
    uint64_t a = (u & LOW32) * m;
    *i = a >> 32;
    return (a & LOW32) >= t1;
}

/* Two indices from 32 random bits (needs m^2 <= 2^32); 0 when rejected. */
static int pick2(uint64_t m, uint64_t t2, uint64_t u, uint64_t *i, uint64_t *j)
{
    uint64_t a = (u & LOW32) * m;
    *i = a >> 32;
    a = (a & LOW32) * m;
    *j = a >> 32;
    return (a & LOW32) >= t2;
}

/* Sum of k picks. Four running sums hide the latency of the additions; the
 * order of the additions is fixed, so the result is reproducible. The
 * generator state and the bounds are copied to locals so that the compiler
 * keeps them in registers (a store through g could otherwise alias p). */
static double pick_sum(const picker *p, size_t k, xo256 *g)
{
    const double *v = p->v;
    const uint64_t m = p->m, t1 = p->t1, t2 = p->t2;
    xo256 st = *g;
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    uint64_t i, j, i2, j2;
    if (p->pairs) {
        while (k >= 4) {
            uint64_t w = xo_next(&st);
            int a = pick2(m, t2, w, &i, &j),
                b = pick2(m, t2, w >> 32, &i2, &j2);
            if (a & b) {
                s0 += v[i];
                s1 += v[j];
                s2 += v[i2];
                s3 += v[j2];
                k -= 4;
            } else if (a) {
                s0 += v[i];
                s1 += v[j];
                k -= 2;
            } else if (b) {
                s2 += v[i2];
                s3 += v[j2];
                k -= 2;
            }
        }
    } else {
        while (k >= 2) {
            uint64_t w = xo_next(&st);
            int a = pick1(m, t1, w, &i), b = pick1(m, t1, w >> 32, &j);
            if (a & b) {
                s0 += v[i];
                s1 += v[j];
                k -= 2;
            } else if (a) {
                s0 += v[i];
                k--;
            } else if (b) {
                s1 += v[j];
                k--;
            }
        }
    }
    while (k > 0)
        if (pick1(m, t1, xo_next(&st) >> 32, &i)) {
            s0 += v[i];
            k--;
        }
    *g = st;
    return (s0 + s1) + (s2 + s3);
}

static void boot_direct(const double *x, size_t n, size_t boot, xo256 *g,
                        double *means)
{
    const double dn = (double)n;
    picker p;
    picker_init(&p, x, n);
    for (size_t b = 0; b < boot; b++)
        means[b] = pick_sum(&p, n, g) / dn;
}

/* Distinct values of sorted s[0..n) into v[] with counts (as doubles, so
 * that GSL's multinomial normalises exact integer sums) into c[]. */
static size_t distinct(const double *s, size_t n, double *v, double *c)
{
    size_t d = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && s[j] == s[i])
            j++;
        v[d] = s[i];
        c[d] = (double)(j - i);
        d++;
        i = j;
    }
    return d;
}

static size_t count_distinct(const double *s, size_t n)
{
    size_t d = n > 0;
    for (size_t i = 1; i < n; i++)
        d += s[i] != s[i - 1];
    return d;
}

static void boot_multinomial(const double *v, const double *c, size_t d,
                             size_t n, size_t boot, gsl_rng *r,
                             unsigned int *draw, double *means)
{
    const double dn = (double)n;
    for (size_t b = 0; b < boot; b++) {
        gsl_ran_multinomial(r, d, (unsigned int)n, c, draw);
        double s = 0;
        for (size_t k = 0; k < d; k++)
            s += (double)draw[k] * v[k];
        means[b] = s / dn;
    }
}

/* Resample as: K ~ Binomial(n, nnz / n) picks land on a nonzero value, each
 * a uniform draw among the nnz nonzero values; the zeros add nothing. Each
 * of the n picks is independently zero with probability (n - nnz) / n and
 * otherwise uniform over the nonzero values, so this is the same
 * distribution as drawing all n picks, at the cost of about nnz draws. */
static void boot_sparse(const double *nz, size_t nnz, size_t n, size_t boot,
                        gsl_rng *r, xo256 *g, double *means)
{
    const double dn = (double)n, p = (double)nnz / dn;
    picker pk;
    picker_init(&pk, nz, nnz);
    for (size_t b = 0; b < boot; b++) {
        size_t k = nnz == n ? n : gsl_ran_binomial(r, p, (unsigned int)n);
        means[b] = pick_sum(&pk, k, g) / dn;
    }
}

/* Relative cost of one binomial draw (gsl_ran_binomial on mt19937, about
 * 100-150 ns, also per distinct value in gsl_ran_multinomial) against one
 * uniform pick in pick_sum() (0.7-1 ns), measured on the build machine. */
#define BINOM_COST 150

static int is_sorted(const double *x, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (x[i] < x[i - 1])
            return 0;
    return 1;
}

/* `boot` resample means of sorted[0..n), 1 <= n <= 2^32 - 1, into means[]
 * (in draw order). All draws come from the sorted values, so the result
 * depends only on the multiset of values, not on their order. */
static fsc_status resample(const double *sorted, size_t n, size_t boot,
                           uint64_t seed, fsc_boot_method method, double *means,
                           fsc_error *err)
{
    fsc_status st = FSC_OK;
    double *v = NULL, *c = NULL;
    const double *nz = NULL;
    unsigned int *draw = NULL;
    gsl_rng *r = NULL;
    xo256 g;
    size_t d = count_distinct(sorted, n), z0 = 0, z1 = 0;

    if (d == 1) {
        /* Every resample is the same value: no randomness needed. */
        for (size_t b = 0; b < boot; b++)
            means[b] = sorted[0];
        return FSC_OK;
    }
    /* The zeros (0 and -0) are one run of the sorted values. */
    while (z0 < n && sorted[z0] < 0)
        z0++;
    for (z1 = z0; z1 < n && sorted[z1] == 0;)
        z1++;
    size_t nnz = n - (z1 - z0);
    if (method == FSC_BOOT_AUTO) {
        /* Expected work per resample, in uniform picks. */
        size_t direct = n, sparse = nnz + BINOM_COST;
        size_t multi = d > SIZE_MAX / BINOM_COST ? SIZE_MAX : d * BINOM_COST;
        method = FSC_BOOT_DIRECT;
        if (sparse < direct && sparse <= multi)
            method = FSC_BOOT_SPARSE;
        else if (multi < direct)
            method = FSC_BOOT_MULTINOMIAL;
    }
    if (method == FSC_BOOT_SPARSE) {
        /* nnz >= 1 here: all zeros would have d == 1. Nonnegative data
         * (the usual case) has its nonzero values as one tail. */
        if (z0 == 0) {
            nz = sorted + z1;
        } else {
            v = malloc(nnz * sizeof *v);
            if (!v)
                goto nomem;
            memcpy(v, sorted, z0 * sizeof *v);
            memcpy(v + z0, sorted + z1, (n - z1) * sizeof *v);
            nz = v;
        }
    }
    if (method == FSC_BOOT_MULTINOMIAL) {
        v = malloc(d * sizeof *v);
        c = malloc(d * sizeof *c);
        draw = malloc(d * sizeof *draw);
        if (!v || !c || !draw)
            goto nomem;
        distinct(sorted, n, v, c);
    }
    r = rng_new(seed);
    if (!r)
        goto nomem;
    xo_seed(&g, r);
    if (method == FSC_BOOT_MULTINOMIAL)
        boot_multinomial(v, c, d, n, boot, r, draw, means);
    else if (method == FSC_BOOT_SPARSE)
        boot_sparse(nz, nnz, n, boot, r, &g, means);
    else
        boot_direct(sorted, n, boot, &g, means);
    goto done;

nomem:
    st = fsc__fail(err, FSC_ENOMEM, "bootstrap: out of memory");
done:
    gsl_rng_free(r);
    free(v);
    free(c);
    free(draw);
    return st;
}

static fsc_status check_boot_size(size_t n, size_t boot, fsc_error *err)
{
    if (n > RNG_MAX_N || n > UINT_MAX)
        return fsc__fail(err, FSC_EINVAL,
                         "bootstrap of %zu values: at most 2^32 - 1", n);
    if (boot > SIZE_MAX / sizeof(double))
        return fsc__fail(err, FSC_EINVAL, "too many bootstrap resamples");
    return FSC_OK;
}

/* Put into a[k] the value a sorted a[0..n) would have there, the smaller
 * values before it and the others after (quickselect, median of three). */
static void select_kth(double *a, size_t n, size_t k)
{
    size_t lo = 0, hi = n - 1;
    while (hi > lo + 8) {
        size_t j = fsc__partition(a, lo, lo + (hi - lo) / 2, hi);
        if (k <= j)
            hi = j;
        else
            lo = j + 1;
    }
    fsc__insertion_sort(a + lo, hi - lo + 1); /* the rest */
}

/* R's type 7 quantile p of means[0..n), n >= 1, as quantile7() of the
 * sorted means: the two order statistics it reads are selected into place
 * (means is reordered), not the whole array sorted. */
static double quantile7_select(double *m, size_t n, double p)
{
    size_t lhs = (size_t)(int)(p * (double)(n - 1));
    if (lhs >= n)
        lhs = n - 1;
    select_kth(m, n, lhs);
    if (lhs + 1 < n) {
        size_t at = lhs + 1; /* the smallest value above position lhs */
        for (size_t i = lhs + 2; i < n; i++)
            if (m[i] < m[at])
                at = i;
        double t = m[lhs + 1];
        m[lhs + 1] = m[at];
        m[at] = t;
    }
    return quantile7(m, n, p);
}

/* The bootstrap CI; `sorted` is x sorted, or NULL to sort a copy here. */
static fsc_status bootstrap(const double *x, const double *sorted, size_t n,
                            size_t boot, double level, uint64_t seed,
                            fsc_boot_method method, double *lo, double *hi,
                            const char **reason, fsc_error *err)
{
    double *means = NULL, *own = NULL;

    *lo = *hi = NAN;
    if (n < 2 || boot == 0) {
        if (reason)
            *reason = n == 0 ? R_EMPTY : n < 2 ? R_ONE : R_NOBOOT;
        return FSC_OK;
    }
    fsc_status st = check_boot_size(n, boot, err);
    if (st)
        return st;
    if (!sorted) {
        own = malloc(n * sizeof *own);
        if (!own)
            return fsc__fail(err, FSC_ENOMEM, "bootstrap: out of memory");
        memcpy(own, x, n * sizeof *own);
        gsl_sort(own, 1, n);
        sorted = own;
    }
    if (count_distinct(sorted, n) == 1) {
        /* Exactly the value, without the rounding of interpolation. */
        *lo = *hi = sorted[0];
        free(own);
        return FSC_OK;
    }
    means = malloc(boot * sizeof *means);
    if (!means) {
        free(own);
        return fsc__fail(err, FSC_ENOMEM, "bootstrap: out of memory");
    }
    st = resample(sorted, n, boot, seed, method, means, err);
    if (!st) {
        /* Only two order statistics of each quantile are read: select
         * them (exact; a NAN mean, from sums that overflowed both ways,
         * has no place in an order, so those are sorted as before). */
        int nan = 0;
        for (size_t b = 0; b < boot; b++)
            nan |= isnan(means[b]);
        if (nan) {
            gsl_sort(means, 1, boot);
            *lo = quantile7(means, boot, (1 - level) / 2);
            *hi = quantile7(means, boot, (1 + level) / 2);
        } else {
            *lo = quantile7_select(means, boot, (1 - level) / 2);
            *hi = quantile7_select(means, boot, (1 + level) / 2);
        }
    }
    free(means);
    free(own);
    return st;
}

fsc_status fsc__stats_boot_means(const double *x, size_t n, size_t boot,
                                 uint64_t seed, fsc_boot_method method,
                                 double *means, fsc_error *err)
{
    if (n == 0 || !x || (boot > 0 && !means))
        return fsc__fail(err, FSC_EINVAL, "boot_means: no values");
    if (method != FSC_BOOT_DIRECT && method != FSC_BOOT_MULTINOMIAL &&
        method != FSC_BOOT_AUTO && method != FSC_BOOT_SPARSE)
        return fsc__fail(err, FSC_EINVAL, "boot_means: unknown method %d",
                         (int)method);
    fsc_status st = check_values(x, n, "x", err);
    if (st || (st = check_boot_size(n, boot, err)))
        return st;
    double *own = NULL;
    const double *sorted = x;
    if (!is_sorted(x, n)) {
        own = malloc(n * sizeof *own);
        if (!own)
            return fsc__fail(err, FSC_ENOMEM, "boot_means: out of memory");
        memcpy(own, x, n * sizeof *own);
        gsl_sort(own, 1, n);
        sorted = own;
    }
    st = resample(sorted, n, boot, seed, method, means, err);
    free(own);
    return st;
}

static fsc_status check_boot_args(const double *x, size_t n, size_t boot,
                                  double level, fsc_error *err)
{
    fsc_status st = check_values(x, n, "x", err);
    if (st)
        return st;
    if (boot > 0 && !(level > 0 && level < 1))
        return fsc__fail(err, FSC_EINVAL, "bootstrap level %g is not in (0, 1)",
                         level);
    return FSC_OK;
}

fsc_status fsc_stats_bootstrap_mean(const double *x, size_t n, size_t boot,
                                    double level, uint64_t seed,
                                    fsc_boot_method method, double *lo,
                                    double *hi, const char **reason,
                                    fsc_error *err)
{
    if (reason)
        *reason = NULL;
    if (!lo || !hi)
        return fsc__fail(err, FSC_EINVAL, "bootstrap: NULL output");
    *lo = *hi = NAN;
    if (method != FSC_BOOT_DIRECT && method != FSC_BOOT_MULTINOMIAL &&
        method != FSC_BOOT_AUTO && method != FSC_BOOT_SPARSE)
        return fsc__fail(err, FSC_EINVAL, "bootstrap: unknown method %d",
                         (int)method);
    fsc_status st = check_boot_args(x, n, boot, level, err);
    if (st)
        return st;
    return bootstrap(x, is_sorted(x, n) ? x : NULL, n, boot, level, seed,
                     method, lo, hi, reason, err);
}

fsc_status fsc_stats_describe(const double *x, size_t n, size_t boot,
                              double level, uint64_t seed, fsc_desc *out,
                              fsc_error *err)
{
    return fsc__stats_describe_m(x, n, NULL, boot, level, seed, out, err);
}

fsc_status fsc__stats_describe_m(const double *x, size_t n,
                                 const fsc__moments *mom, size_t boot,
                                 double level, uint64_t seed, fsc_desc *out,
                                 fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "describe: NULL output");
    memset(out, 0, sizeof *out);
    out->mean = out->sd = out->median = out->q1 = out->q3 = NAN;
    out->ci_lo = out->ci_hi = NAN;
    out->n = n;
    fsc_status st = check_boot_args(x, n, boot, level, err);
    if (st)
        return st;
    if (n == 0) {
        out->reason = R_EMPTY;
        return FSC_OK;
    }
    for (size_t i = 0; i < n; i++)
        out->n_nonzero += x[i] != 0;
    out->mean = mom ? mom->mean : fsc__stats_mean(x, n);

    /* compare hands over sorted cells: sort a copy only when needed. */
    double *own = NULL;
    const double *s = x;
    if (!is_sorted(x, n)) {
        own = malloc(n * sizeof *own);
        if (!own)
            return fsc__fail(err, FSC_ENOMEM, "describe: out of memory");
        memcpy(own, x, n * sizeof *own);
        gsl_sort(own, 1, n);
        s = own;
    }
    out->median = quantile7(s, n, 0.5);
    out->q1 = quantile7(s, n, 0.25);
    out->q3 = quantile7(s, n, 0.75);

    if (n < 2) {
        free(own);
        out->reason = R_ONE;
        return FSC_OK;
    }
    out->sd = sqrt(mom ? mom->var : fsc__stats_var(x, n, out->mean));
    /* The sorted values let AUTO count distinct values without sorting
     * again. */
    st = bootstrap(x, s, n, boot, level, seed, FSC_BOOT_AUTO, &out->ci_lo,
                   &out->ci_hi, &out->reason, err);
    free(own);
    return st;
}

/* ------------------------------------------------------------------ */
/* Ranks                                                                */
/* ------------------------------------------------------------------ */

typedef struct ranked {
    double v;
    size_t g; /* group index */
} ranked;

/* Is x[0..n) in ascending order? */
static int ascending(const double *x, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (x[i] < x[i - 1])
            return 0;
    return 1;
}

/* The end of the ascending run of p[0..n) that starts at i. */
static size_t run_end(const ranked *p, size_t i, size_t n)
{
    for (i++; i < n && !(p[i].v < p[i - 1].v); i++)
        ;
    return i;
}

/*
 * Sort p[0..n) by value with a natural merge sort: adjacent ascending runs
 * are merged pairwise, pass after pass, through tmp (room for n). The pooled
 * groups usually arrive sorted (compare sorts its cells), so this is a
 * merge of k runs; unsorted input is sorted in O(n log n) all the same.
 * Returns p or tmp, whichever holds the result. Ranks, rank sums and tie
 * sums depend only on the values, so any correct order of equal values
 * gives the same figures as qsort's.
 */
static ranked *sort_ranked(ranked *p, ranked *tmp, size_t n)
{
    for (;;) {
        size_t i = 0;
        int merged = 0;
        while (i < n) {
            size_t a = run_end(p, i, n);
            if (a == n) {
                if (i == 0)
                    return p; /* one run: sorted */
                memcpy(tmp + i, p + i, (n - i) * sizeof *p);
                break;
            }
            size_t b = run_end(p, a, n), x = i, y = a, o = i;
            while (x < a && y < b)
                tmp[o++] = p[y].v < p[x].v ? p[y++] : p[x++];
            memcpy(tmp + o, p + x, (a - x) * sizeof *p);
            o += a - x;
            memcpy(tmp + o, p + y, (b - y) * sizeof *p);
            merged = 1;
            i = b;
        }
        if (!merged)
            return p;
        ranked *t = p;
        p = tmp;
        tmp = t;
    }
}

/*
 * Two groups that are already ascending (compare's sorted cells): the rank
 * sums and tie sum by one walk over the blocks of equal values, without
 * pooling. A mid-rank is a multiple of 1/2 and a rank sum at most
 * N (N + 1) / 2, so below N = 2^26 every partial sum is exact in a double:
 * adding a block's mid-rank once per value, as rank_groups() does, and
 * adding it times the count give the same bits. 0 when not applicable.
 */
static int rank_two_sorted(const double *x, size_t nx, const double *y,
                           size_t ny, double *rsum, double *ties)
{
    if (nx + ny >= ((size_t)1 << 26) || !ascending(x, nx) || !ascending(y, ny))
        return 0;
    size_t i = 0, j = 0, pos = 0;
    double tt = 0, s0 = 0, s1 = 0;
    while (i < nx || j < ny) {
        double v = i < nx && (j >= ny || !(y[j] < x[i])) ? x[i] : y[j];
        size_t ci = 0, cj = 0;
        while (i < nx && x[i] == v) {
            i++;
            ci++;
        }
        while (j < ny && y[j] == v) {
            j++;
            cj++;
        }
        size_t end = pos + ci + cj;
        double r = ((double)pos + 1 + (double)end) / 2;
        double t = (double)(ci + cj);
        tt += t * t * t - t;
        s0 += r * (double)ci;
        s1 += r * (double)cj;
        pos = end;
    }
    rsum[0] = s0;
    rsum[1] = s1;
    *ties = tt;
    return 1;
}

/* Pool k groups, sort, add the mid-ranks of each group into rsum[g] and
 * return sum(t^3 - t) over tie blocks in *ties. */
static fsc_status rank_groups(const double *const *groups, const size_t *n,
                              size_t k, double *rsum, double *ties,
                              fsc_error *err)
{
    size_t total = 0;
    for (size_t g = 0; g < k; g++)
        total += n[g];
    ranked *buf = malloc((total ? 2 * total : 1) * sizeof *buf);
    if (!buf)
        return fsc__fail(err, FSC_ENOMEM, "ranks: out of memory");
    ranked *p = buf;
    size_t at = 0;
    for (size_t g = 0; g < k; g++) {
        rsum[g] = 0;
        for (size_t i = 0; i < n[g]; i++) {
            p[at].v = groups[g][i];
            p[at].g = g;
            at++;
        }
    }
    p = sort_ranked(buf, buf + total, total);
    double tt = 0;
    for (size_t i = 0; i < total;) {
        size_t j = i + 1;
        while (j < total && p[j].v == p[i].v)
            j++;
        /* Positions i..j-1 share the mid-rank of ranks i+1..j. */
        double r = ((double)i + 1 + (double)j) / 2;
        double t = (double)(j - i);
        tt += t * t * t - t;
        for (size_t q = i; q < j; q++)
            rsum[p[q].g] += r;
        i = j;
    }
    free(buf);
    *ties = tt;
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Two-sample tests                                                     */
/* ------------------------------------------------------------------ */

static fsc_status check_two(const double *x, size_t nx, const double *y,
                            size_t ny, const void *out, fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "NULL output");
    fsc_status st = check_values(x, nx, "x", err);
    return st ? st : check_values(y, ny, "y", err);
}

static void test2_init(fsc_test2 *out, const char *method)
{
    out->statistic = out->df = out->p = NAN;
    out->exact = 0;
    out->method = method;
    out->reason = NULL;
}

static const char R_GROUP_EMPTY[] = "a group has no values";
static const char R_GROUP_ONE[] = "a group has fewer than two values";

void fsc__stats_moments(const double *x, size_t n, fsc__moments *out)
{
    out->n = n;
    out->mean = n > 0 ? fsc__stats_mean(x, n) : NAN;
    out->var = n > 1 ? fsc__stats_var(x, n, out->mean) : NAN;
}

void fsc__stats_welch_moments(const fsc__moments *x, const fsc__moments *y,
                              fsc_test2 *out)
{
    size_t nx = x->n, ny = y->n;
    test2_init(out, "Welch two-sample t-test");
    if (nx < 2 || ny < 2) {
        out->reason = nx == 0 || ny == 0 ? R_GROUP_EMPTY : R_GROUP_ONE;
        return;
    }
    double mx = x->mean, my = y->mean;
    double sx = x->var / (double)nx;
    double sy = y->var / (double)ny;
    double se2 = sx + sy, se = sqrt(se2);
    if (se < 10 * DBL_EPSILON * fmax(fabs(mx), fabs(my)) || se == 0) {
        out->reason = "zero variance in both groups: t is undefined";
        return;
    }
    double t = (mx - my) / se;
    double df =
        se2 * se2 / (sx * sx / (double)(nx - 1) + sy * sy / (double)(ny - 1));
    out->statistic = t;
    out->df = df;
    /* Two-sided p = I_{df/(df+t^2)}(df/2, 1/2): the incomplete beta keeps
     * full relative accuracy in the far tail, unlike 1 - P. */
    gsl_sf_result res;
    if (gsl_sf_beta_inc_e(df / 2, 0.5, df / (df + t * t), &res) == GSL_SUCCESS)
        out->p = fmin(1.0, res.val);
    else
        out->reason = "p-value could not be computed";
}

fsc_status fsc_stats_welch(const double *x, size_t nx, const double *y,
                           size_t ny, fsc_test2 *out, fsc_error *err)
{
    fsc_status st = check_two(x, nx, y, ny, out, err);
    if (st)
        return st;
    /* One code path with compare's cached moments, so both agree bit for
     * bit; the moments of a group with fewer than two values are unused. */
    fsc__moments mx = { nx, NAN, NAN }, my = { ny, NAN, NAN };
    if (nx >= 2 && ny >= 2) {
        fsc__stats_moments(x, nx, &mx);
        fsc__stats_moments(y, ny, &my);
    }
    fsc__stats_welch_moments(&mx, &my, out);
    return FSC_OK;
}

/* Frequencies of U for sample sizes m, n without ties (R's cwilcox):
 * f(i, j)[k] = f(i-1, j)[k-j] + f(i, j-1)[k], f(0, j) = f(i, 0) = [1],
 * rolled over i with one row per j. Returns f(m, n)[0..mn] in a new array,
 * or NULL when out of memory. All additions of positive numbers, so the
 * doubles stay accurate to rounding even past 2^53. */
static double *wilcox_freq(size_t m, size_t n)
{
    size_t w = m * n, stride = w + 1;
    double *prev = calloc((n + 1) * stride, sizeof *prev);
    double *cur = calloc((n + 1) * stride, sizeof *cur);
    double *res = malloc(stride * sizeof *res);
    if (!prev || !cur || !res) {
        free(prev);
        free(cur);
        free(res);
        return NULL;
    }
    for (size_t j = 0; j <= n; j++)
        prev[j * stride] = 1;
    for (size_t i = 1; i <= m; i++) {
        cur[0] = 1;
        for (size_t j = 1; j <= n; j++) {
            double *c = cur + j * stride, *left = cur + (j - 1) * stride;
            const double *up = prev + j * stride;
            /* Entries past the current degree i j are still zero: each row
             * only ever held polynomials of lower degree. */
            for (size_t k = 0; k <= i * j; k++)
                c[k] = (k >= j ? up[k - j] : 0) + left[k];
        }
        double *t = prev;
        prev = cur;
        cur = t;
    }
    memcpy(res, prev + n * stride, stride * sizeof *res);
    free(prev);
    free(cur);
    return res;
}

fsc_status fsc_stats_mann_whitney(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *out, fsc_error *err)
{
    fsc_status st = check_two(x, nx, y, ny, out, err);
    if (st)
        return st;
    test2_init(out, "Wilcoxon rank sum test");
    if (nx == 0 || ny == 0) {
        out->reason = R_GROUP_EMPTY;
        return FSC_OK;
    }
    const double *groups[2] = { x, y };
    size_t n[2] = { nx, ny };
    double rsum[2], ties = 0;
    if (!rank_two_sorted(x, nx, y, ny, rsum, &ties) &&
        (st = rank_groups(groups, n, 2, rsum, &ties, err)))
        return st;
    double dx = (double)nx, dy = (double)ny, N = dx + dy;
    double w = rsum[0] - dx * (dx + 1) / 2;
    out->statistic = w;

    if (nx < 50 && ny < 50 && ties == 0) {
        double *f = wilcox_freq(nx, ny);
        if (!f)
            return fsc__fail(err, FSC_ENOMEM, "wilcox: out of memory");
        size_t mn = nx * ny, q = (size_t)w; /* w is an integer here */
        double tot = 0, tail = 0;
        for (size_t k = 0; k <= mn; k++)
            tot += f[k];
        /* As R: the upper tail P(U >= w) above the centre, else P(U <= w). */
        if (w > dx * dy / 2)
            for (size_t k = q; k <= mn; k++)
                tail += f[k];
        else
            for (size_t k = 0; k <= q; k++)
                tail += f[k];
        free(f);
        out->p = fmin(1.0, 2 * tail / tot);
        out->exact = 1;
        out->method = "Wilcoxon rank sum exact test";
        return FSC_OK;
    }

    out->method = "Wilcoxon rank sum test with continuity correction";
    double z = w - dx * dy / 2;
    double sigma2 = (dx * dy / 12) * ((N + 1) - ties / (N * (N - 1)));
    if (!(sigma2 > 0)) {
        out->reason = "all values are tied: U has no variance";
        return FSC_OK;
    }
    double corr = z > 0 ? 0.5 : z < 0 ? -0.5 : 0;
    z = (z - corr) / sqrt(sigma2);
    out->p = fmin(1.0, 2 * gsl_cdf_ugaussian_P(-fabs(z)));
    return FSC_OK;
}

static const char R_NOPERM[] = "no permutations were asked for";

fsc_status fsc__stats_perm_observed(double sx, double total, size_t nx,
                                    size_t ny, fsc_test2 *out, fsc_error *err)
{
    test2_init(out, "Permutation test of the difference of means");
    if (nx == 0 || ny == 0) {
        out->reason = R_GROUP_EMPTY;
        return FSC_OK;
    }
    if (nx + ny > RNG_MAX_N)
        return fsc__fail(err, FSC_EINVAL, "permutation: too many values");
    /* The observed difference goes through the same arithmetic as the
     * relabelled ones, so identical labellings compare equal. */
    out->statistic = sx / (double)nx - (total - sx) / (double)ny;
    out->reason = R_NOPERM;
    return FSC_OK;
}

fsc_status fsc_stats_permutation(const double *x, size_t nx, const double *y,
                                 size_t ny, size_t perms, uint64_t seed,
                                 fsc_test2 *out, fsc_error *err)
{
    fsc_status st = check_two(x, nx, y, ny, out, err);
    if (st)
        return st;
    test2_init(out, "Permutation test of the difference of means");
    if (nx == 0 || ny == 0) {
        out->reason = R_GROUP_EMPTY;
        return FSC_OK;
    }
    size_t N = nx + ny;
    if (N > RNG_MAX_N)
        return fsc__fail(err, FSC_EINVAL, "permutation: too many values");
    /* The sums run over x then y, in the order of the pooled array below,
     * so the observed difference is the same with or without permutations;
     * without them (compare's default) nothing is copied. */
    double total = 0, sx = 0, amax = 0;
    for (size_t i = 0; i < nx; i++)
        total += x[i];
    for (size_t i = 0; i < ny; i++)
        total += y[i];
    for (size_t i = 0; i < nx; i++)
        sx += x[i];
    st = fsc__stats_perm_observed(sx, total, nx, ny, out, err);
    if (st || perms == 0)
        return st;
    double d = out->statistic;
    out->reason = NULL;
    double *z = malloc(N * sizeof *z);
    if (!z)
        return fsc__fail(err, FSC_ENOMEM, "permutation: out of memory");
    memcpy(z, x, nx * sizeof *z);
    if (ny)
        memcpy(z + nx, y, ny * sizeof *z);
    for (size_t i = 0; i < N; i++) {
        double a = fabs(z[i]);
        if (a > amax)
            amax = a;
    }
    gsl_rng *r = rng_new(seed);
    if (!r) {
        free(z);
        return fsc__fail(err, FSC_ENOMEM, "permutation: out of memory");
    }
    /* Only the smaller group needs drawing: a partial Fisher-Yates shuffle
     * puts a uniformly random subset of size s in z[0..s). */
    size_t s = nx <= ny ? nx : ny;
    double ds = (double)s, dr = (double)(N - s);
    double tol = 1e-9 * amax, ad = fabs(d) - tol;
    size_t hits = 0;
    for (size_t p = 0; p < perms; p++) {
        double a = 0;
        for (size_t i = 0; i < s; i++) {
            size_t j = i + gsl_rng_uniform_int(r, (unsigned long)(N - i));
            double t = z[i];
            z[i] = z[j];
            z[j] = t;
            a += z[i];
        }
        double dd = a / ds - (total - a) / dr;
        hits += fabs(dd) >= ad;
    }
    gsl_rng_free(r);
    free(z);
    out->p = (1 + (double)hits) / (1 + (double)perms);
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Effect sizes                                                         */
/* ------------------------------------------------------------------ */

void fsc__cliff_ci(double d, size_t nx, size_t ny, double ss_row, double ss_col,
                   double untied, double *lo, double *hi)
{
    *lo = *hi = NAN;
    if (nx < 2 || ny < 2 || !isfinite(d))
        return;
    double n1 = (double)nx, n2 = (double)ny;
    double ss_ij = untied - n1 * n2 * d * d;
    double var = (n2 * n2 * ss_row + n1 * n1 * ss_col - ss_ij) /
                 (n1 * n2 * (n1 - 1) * (n2 - 1));
    double floor_v = (1 - d * d) / (n1 * n2 - 1);
    if (!(var > floor_v))
        var = floor_v;
    const double z = 1.959963984540054; /* qnorm(0.975) */
    double sd = sqrt(var), den = 1 - d * d + z * z * var;
    double root = z * sd * sqrt((1 - d * d) * (1 - d * d) + z * z * var);
    if (!(den > 0))
        return;
    *lo = (d - d * d * d - root) / den;
    *hi = (d - d * d * d + root) / den;
    if (*lo < -1)
        *lo = -1;
    if (*hi > 1)
        *hi = 1;
}

/* For each value of a (sorted), its dominance over b (sorted): (the bs
 * below it - the bs above it) / nb, added to *s and its square to *s2;
 * the counts of pairs with a above (*gt) and below (*lt) are added too. A
 * run of equal values has the same counts and dominance: computed once,
 * added once per value, in order. */
static void dominance_sums(const double *a, size_t na, const double *b,
                           size_t nb, double *s, double *s2, uint64_t *gt,
                           uint64_t *lt)
{
    size_t below = 0, atmost = 0;
    for (size_t i = 0; i < na;) {
        while (below < nb && b[below] < a[i])
            below++;
        while (atmost < nb && b[atmost] <= a[i])
            atmost++;
        double d = ((double)below - (double)(nb - atmost)) / (double)nb;
        double d2 = d * d;
        size_t i0 = i;
        do {
            *s += d;
            *s2 += d2;
            i++;
        } while (i < na && a[i] == a[i0]);
        *gt += (uint64_t)below * (i - i0);
        *lt += (uint64_t)(nb - atmost) * (i - i0);
    }
}

fsc_status fsc_stats_effect(const double *x, size_t nx, const double *y,
                            size_t ny, fsc_effect *out, fsc_error *err)
{
    fsc_status st = check_two(x, nx, y, ny, out, err);
    if (st)
        return st;
    out->mean_diff = out->cohen_d = out->hedges_g = out->cliff = NAN;
    out->cliff_lo = out->cliff_hi = NAN;
    out->reason = NULL;
    if (nx == 0 || ny == 0) {
        out->reason = R_GROUP_EMPTY;
        return FSC_OK;
    }
    double mx = fsc__stats_mean(x, nx), my = fsc__stats_mean(y, ny);
    out->mean_diff = mx - my;

    /* Cliff's delta from the two sorted samples: for each x, count the ys
     * below it and the ys at or below it. Exact integer counts. */
    /* Samples that arrive sorted (compare's cells) are read in place;
       others are sorted copies. The counts below read only the values'
       order. */
    int ax = ascending(x, nx), ay = ascending(y, ny);
    double *own_x = ax ? NULL : malloc(nx * sizeof *own_x);
    double *own_y = ay ? NULL : malloc(ny * sizeof *own_y);
    if ((!ax && !own_x) || (!ay && !own_y)) {
        free(own_x);
        free(own_y);
        return fsc__fail(err, FSC_ENOMEM, "effect: out of memory");
    }
    const double *sx = x, *sy = y;
    if (own_x) {
        memcpy(own_x, x, nx * sizeof *own_x);
        gsl_sort(own_x, 1, nx);
        sx = own_x;
    }
    if (own_y) {
        memcpy(own_y, y, ny * sizeof *own_y);
        gsl_sort(own_y, 1, ny);
        sy = own_y;
    }
    uint64_t gt = 0, lt = 0, n_below = 0, n_above = 0;
    double sr = 0, sr2 = 0; /* row dominances d_i. and their squares */
    double sc = 0, sc2 = 0; /* column dominances d.j, negated: see below */
    dominance_sums(sx, nx, sy, ny, &sr, &sr2, &gt, &lt);
    /* d.j is the xs above y_j minus the xs below it: the negation of y_j's
     * dominance over x, exactly (IEEE negation and rounding are
     * symmetric), and its square is the same */
    dominance_sums(sy, ny, sx, nx, &sc, &sc2, &n_below, &n_above);
    sc = -sc;
    free(own_x);
    free(own_y);
    out->cliff = ((double)gt - (double)lt) / ((double)nx * (double)ny);
    {
        double d = out->cliff;
        double ss_row = sr2 - 2 * d * sr + (double)nx * d * d;
        double ss_col = sc2 - 2 * d * sc + (double)ny * d * d;
        fsc__cliff_ci(d, nx, ny, ss_row, ss_col, (double)(gt + lt),
                      &out->cliff_lo, &out->cliff_hi);
    }

    size_t m = nx + ny - 2;
    if (nx + ny < 3) {
        out->reason = "fewer than three values: no pooled SD";
        return FSC_OK;
    }
    double ss = 0;
    if (nx > 1)
        ss += fsc__stats_var(x, nx, mx) * (double)(nx - 1);
    if (ny > 1)
        ss += fsc__stats_var(y, ny, my) * (double)(ny - 1);
    double sp = sqrt(ss / (double)m);
    if (!(sp > 0)) {
        out->reason = "pooled SD is zero: d and g are undefined";
        return FSC_OK;
    }
    out->cohen_d = (mx - my) / sp;
    if (m < 2) {
        out->reason = "fewer than four values: Hedges' J is undefined";
        return FSC_OK;
    }
    double h = (double)m / 2;
    double j = exp(gsl_sf_lngamma(h) - gsl_sf_lngamma(h - 0.5)) / sqrt(h);
    out->hedges_g = out->cohen_d * j;
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Kruskal-Wallis and BH                                                */
/* ------------------------------------------------------------------ */

fsc_status fsc_stats_kruskal_test(const double *const *groups, const size_t *n,
                                  size_t k, fsc_test2 *out, fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "kruskal: NULL output");
    test2_init(out, "Kruskal-Wallis rank sum test");
    if (k > 0 && (!groups || !n))
        return fsc__fail(err, FSC_EINVAL, "kruskal: NULL groups");
    size_t nonempty = 0, total = 0;
    for (size_t g = 0; g < k; g++) {
        fsc_status st = check_values(groups[g], n[g], "group", err);
        if (st)
            return st;
        nonempty += n[g] > 0;
        total += n[g];
    }
    if (nonempty < 2) {
        out->reason = "fewer than two groups have values";
        return FSC_OK;
    }
    double *rsum = malloc(k * sizeof *rsum), ties = 0;
    if (!rsum)
        return fsc__fail(err, FSC_ENOMEM, "kruskal: out of memory");
    fsc_status st = rank_groups(groups, n, k, rsum, &ties, err);
    if (st) {
        free(rsum);
        return st;
    }
    double N = (double)total, s = 0;
    for (size_t g = 0; g < k; g++)
        if (n[g] > 0)
            s += rsum[g] * rsum[g] / (double)n[g];
    free(rsum);
    double corr = 1 - ties / (N * N * N - N);
    out->df = (double)(nonempty - 1);
    if (!(corr > 0)) {
        out->reason = "all values are tied: H is undefined";
        return FSC_OK;
    }
    double h = (12 * s / (N * (N + 1)) - 3 * (N + 1)) / corr;
    out->statistic = h;
    out->p = gsl_cdf_chisq_Q(h > 0 ? h : 0, out->df);
    return FSC_OK;
}

fsc_status fsc_stats_kruskal(const double *const *groups, const size_t *n,
                             size_t k, double *h, double *df, double *p,
                             fsc_error *err)
{
    fsc_test2 t;
    fsc_status st = fsc_stats_kruskal_test(groups, n, k, &t, err);
    if (h)
        *h = st ? NAN : t.statistic;
    if (df)
        *df = st ? NAN : t.df;
    if (p)
        *p = st ? NAN : t.p;
    return st;
}

typedef struct pidx {
    double p;
    size_t i;
} pidx;

static int cmp_pidx_desc(const void *a, const void *b)
{
    const pidx *x = a, *y = b;
    if (x->p != y->p)
        return (x->p < y->p) - (x->p > y->p);
    return (x->i > y->i) - (x->i < y->i);
}

fsc_status fsc_stats_bh(const double *p, size_t m, double *adj, fsc_error *err)
{
    if (m > 0 && (!p || !adj))
        return fsc__fail(err, FSC_EINVAL, "bh: NULL array");
    for (size_t i = 0; i < m; i++)
        if (!isnan(p[i]) && !(p[i] >= 0 && p[i] <= 1))
            return fsc__fail(err, FSC_EINVAL, "p[%zu] = %g is not in [0, 1]", i,
                             p[i]);
    pidx *o = malloc((m ? m : 1) * sizeof *o);
    if (!o)
        return fsc__fail(err, FSC_ENOMEM, "bh: out of memory");
    size_t k = 0;
    for (size_t i = 0; i < m; i++)
        if (!isnan(p[i])) {
            o[k].p = p[i];
            o[k].i = i;
            k++;
        }
    /* adj may alias p: everything needed is copied into o now. */
    for (size_t i = 0; i < m; i++)
        adj[i] = NAN;
    fsc__qsort(o, k, sizeof *o, cmp_pidx_desc);
    double run = 1, dk = (double)k;
    for (size_t r = 0; r < k; r++) {
        double rank = (double)(k - r); /* rank of o[r] from the smallest */
        double v = dk / rank * o[r].p;
        if (v < run)
            run = v;
        adj[o[r].i] = run;
    }
    free(o);
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Keyness                                                              */
/* ------------------------------------------------------------------ */

static fsc_status check_counts(const double *y, size_t n, const char *name,
                               fsc_error *err)
{
    fsc_status st = check_values(y, n, name, err);
    if (st)
        return st;
    for (size_t i = 0; i < n; i++)
        if (y[i] < 0)
            return fsc__fail(err, FSC_EINVAL, "%s[%zu] = %g is negative", name,
                             i, y[i]);
    return FSC_OK;
}

/* O ln(O / E) with 0 ln 0 = 0. */
static double oln(double o, double e)
{
    return o > 0 ? o * log(o / e) : 0;
}

fsc_status fsc_stats_keyness(const double *yi, const double *yj,
                             const double *prior, size_t nterms, double ni,
                             double nj, fsc_keyness *out, fsc_error *err)
{
    if (nterms > 0 && !out)
        return fsc__fail(err, FSC_EINVAL, "keyness: NULL output");
    fsc_status st = check_counts(yi, nterms, "yi", err);
    if (!st)
        st = check_counts(yj, nterms, "yj", err);
    if (!st && prior)
        st = check_counts(prior, nterms, "prior", err);
    if (st)
        return st;
    if (isnan(ni) || isnan(nj) || isinf(ni) || isinf(nj))
        return fsc__fail(err, FSC_EINVAL, "keyness: totals must be finite");
    double si = 0, sj = 0, a0 = 0;
    for (size_t w = 0; w < nterms; w++) {
        si += yi[w];
        sj += yj[w];
        if (prior)
            a0 += prior[w];
    }
    if (ni <= 0)
        ni = si;
    if (nj <= 0)
        nj = sj;
    for (size_t w = 0; w < nterms; w++)
        if (yi[w] > ni || yj[w] > nj)
            return fsc__fail(err, FSC_EINVAL,
                             "keyness: term %zu count exceeds its group total",
                             w);

    double N = ni + nj;
    for (size_t w = 0; w < nterms; w++) {
        fsc_keyness *k = &out[w];
        k->delta = k->var = k->z = k->g2 = k->g2_p = NAN;
        if (prior) {
            double a = prior[w];
            double pi = yi[w] + a, qi = ni + a0 - yi[w] - a;
            double pj = yj[w] + a, qj = nj + a0 - yj[w] - a;
            if (pi > 0 && qi > 0 && pj > 0 && qj > 0) {
                k->delta = log(pi / qi) - log(pj / qj);
                k->var = 1 / pi + 1 / pj;
                k->z = k->delta / sqrt(k->var);
            }
        }
        /* 2x2 table: rows the groups, columns this term / other tokens. */
        double a = yi[w], b = ni - yi[w], c = yj[w], d = nj - yj[w];
        double c1 = a + c, c2 = b + d;
        if (ni > 0 && nj > 0 && c1 > 0 && c2 > 0) {
            double g = 2 * (oln(a, ni * c1 / N) + oln(b, ni * c2 / N) +
                            oln(c, nj * c1 / N) + oln(d, nj * c2 / N));
            double q =
                1 + (N / ni + N / nj - 1) * (N / c1 + N / c2 - 1) / (6 * N);
            g = g > 0 ? g / q : 0; /* rounding can make an exact 0 negative */
            k->g2 = g;
            k->g2_p = gsl_cdf_chisq_Q(g, 1);
        }
    }
    return FSC_OK;
}

fsc_status fsc_stats_prior_pooled(const double *yi, const double *yj,
                                  size_t nterms, double a0, double *prior,
                                  fsc_error *err)
{
    fsc_status st = check_counts(yi, nterms, "yi", err);
    if (!st)
        st = check_counts(yj, nterms, "yj", err);
    if (st)
        return st;
    if (!(a0 > 0) || isinf(a0))
        return fsc__fail(err, FSC_EINVAL, "prior: a0 = %g is not positive", a0);
    if (nterms > 0 && !prior)
        return fsc__fail(err, FSC_EINVAL, "prior: NULL output");
    double s = 0;
    for (size_t w = 0; w < nterms; w++)
        s += yi[w] + yj[w];
    if (!(s > 0))
        return fsc__fail(err, FSC_EINVAL, "prior: all counts are zero");
    for (size_t w = 0; w < nterms; w++)
        prior[w] = a0 * (yi[w] + yj[w]) / s;
    return FSC_OK;
}

fsc_status fsc_stats_prior_uniform(size_t nterms, double a0, double *prior,
                                   fsc_error *err)
{
    if (!(a0 > 0) || isinf(a0))
        return fsc__fail(err, FSC_EINVAL, "prior: a0 = %g is not positive", a0);
    if (nterms == 0)
        return FSC_OK;
    if (!prior)
        return fsc__fail(err, FSC_EINVAL, "prior: NULL output");
    for (size_t w = 0; w < nterms; w++)
        prior[w] = a0 / (double)nterms;
    return FSC_OK;
}
