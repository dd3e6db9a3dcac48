/*
 * stats.h - statistics over per-article values (GSL does the numerics).
 *
 * Every function takes plain double arrays (stride 1) and returns FSC_OK or
 * a failure; a statistic that is undefined for the data (an SD of one value,
 * a test with an empty group) is reported as NAN in the result struct and
 * flagged with a reason, never as an error. Callers print NAN as null/empty.
 * All functions are thread-safe; randomness comes only from the caller's
 * seed, so results are reproducible.
 */
#ifndef FRAMESCOPE_STATS_H
#define FRAMESCOPE_STATS_H

#include "framescope.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Descriptives of one sample. */
typedef struct fsc_desc {
    size_t n;          /* values */
    size_t n_nonzero;  /* values != 0 (articles with at least one match) */
    double mean;       /* NAN when n == 0 */
    double sd;         /* sample SD (n - 1); NAN when n < 2 */
    double median;     /* R type 7 quantile; NAN when n == 0 */
    double q1, q3;     /* quartiles, R type 7; NAN when n == 0 */
    double ci_lo, ci_hi; /* percentile bootstrap CI of the mean; NAN when
                            n < 2 or no resamples were asked for */
} fsc_desc;

/**
 * Descriptives of x[0..n). `boot` resamples (0 for none) with replacement,
 * seeded by `seed` (GSL mt19937), give a `level` (e.g. 0.95) percentile CI
 * of the mean.
 */
fsc_status fsc_stats_describe(const double *x, size_t n, size_t boot,
                              double level, uint64_t seed, fsc_desc *out,
                              fsc_error *err);

/** A two-sample test result. */
typedef struct fsc_test2 {
    double statistic; /* t, W (R's wilcox.test W = U of the first sample) */
    double df;        /* Welch df; NAN for rank tests */
    double p;         /* two-sided p-value; NAN when undefined */
    int exact;        /* 1 when the p-value is exact (no ties, small n) */
    const char *method; /* static name, e.g. "Welch two-sample t-test" */
} fsc_test2;

/** Welch's t test of x vs y (R t.test(x, y), var.equal = FALSE). */
fsc_status fsc_stats_welch(const double *x, size_t nx, const double *y,
                           size_t ny, fsc_test2 *out, fsc_error *err);

/**
 * Mann-Whitney U (R wilcox.test(x, y, exact = NULL, correct = TRUE)):
 * exact p when nx < 50, ny < 50 and no ties; otherwise the normal
 * approximation with tie correction and continuity correction.
 */
fsc_status fsc_stats_mann_whitney(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *out, fsc_error *err);

/**
 * Two-sided permutation test of the difference of means with `perms`
 * random relabellings (seeded); p = (1 + #|d*| >= |d|) / (1 + perms).
 */
fsc_status fsc_stats_permutation(const double *x, size_t nx, const double *y,
                                 size_t ny, size_t perms, uint64_t seed,
                                 fsc_test2 *out, fsc_error *err);

/** Effect sizes of x vs y. */
typedef struct fsc_effect {
    double mean_diff; /* mean(x) - mean(y) */
    double cohen_d;   /* pooled-SD Cohen's d */
    double hedges_g;  /* d with Hedges' small-sample correction */
    double cliff;     /* Cliff's delta: P(x > y) - P(x < y) */
} fsc_effect;

fsc_status fsc_stats_effect(const double *x, size_t nx, const double *y,
                            size_t ny, fsc_effect *out, fsc_error *err);

/** Kruskal-Wallis across k groups (R kruskal.test, tie-corrected). */
fsc_status fsc_stats_kruskal(const double *const *groups, const size_t *n,
                             size_t k, double *h, double *df, double *p,
                             fsc_error *err);

/** Benjamini-Hochberg adjusted p-values (R p.adjust(p, "BH")); NAN inputs
 *  stay NAN and do not count towards m. */
fsc_status fsc_stats_bh(const double *p, size_t m, double *adj,
                        fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
