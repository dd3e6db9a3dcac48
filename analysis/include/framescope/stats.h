/*
 * stats.h - statistics over per-article values (GSL does the numerics).
 *
 * Every function takes plain double arrays (stride 1) and returns FSC_OK or
 * a failure; a statistic that is undefined for the data (an SD of one value,
 * a test with an empty group) is reported as NAN in the result struct and
 * flagged with a reason, never as an error. Callers print NAN as null/empty.
 * All functions are thread-safe; randomness comes only from the caller's
 * seed, so results are reproducible.
 *
 * Conventions shared by every call below:
 * - Input values must be finite; a NAN or infinity in a data array is an
 *   invalid argument (FSC_EINVAL), since it would silently poison ranks and
 *   sums. Drop missing articles before calling.
 * - A NULL data pointer is allowed only with a zero count.
 * - `reason` fields are static strings (never freed) naming why the first
 *   undefined field is NAN, or NULL when every field is defined.
 * - Seeds: GSL's mt19937 takes a 32-bit seed, so the 64-bit `seed` is
 *   folded as (seed ^ (seed >> 32)) & 0xffffffff before gsl_rng_set; a
 *   folded value of 0 becomes GSL's default seed 4357. The bootstrap also
 *   draws uniform picks from xoshiro256** whose state is the first eight
 *   32-bit outputs of that mt19937, so the seed still determines everything.
 * - The functions call GSL with its error handler off (fsc_init()), and
 *   check sizes before every GSL call, so no input makes GSL abort.
 *
 * Changes to the first draft of this header (all additive):
 * - `reason` field in fsc_desc, fsc_test2 and fsc_effect.
 * - fsc_stats_bootstrap_mean(): the CI alone, with a choice of resampling
 *   method (direct, sparse = binomial count of nonzero picks, or
 *   multinomial over distinct values); describe() uses FSC_BOOT_AUTO.
 *   Since the fast sampler (xoshiro256** picks, order-independent input),
 *   intervals differ from earlier versions for the same seed, as a
 *   different random stream; the distribution of the means is the same.
 * - fsc_stats_kruskal_test(): Kruskal-Wallis into an fsc_test2 (with a
 *   reason); fsc_stats_kruskal() stays as a wrapper. Empty groups are ignored.
 * - Agreement: fsc_stats_kappa() (Cohen) and fsc_stats_kalpha_nominal()
 *   (Krippendorff's alpha, nominal).
 * - Keyness: fsc_stats_keyness() (Monroe et al. 2008 log-odds with an
 *   informative Dirichlet prior, and Williams-corrected G2), with the prior
 *   helpers fsc_stats_prior_pooled() and fsc_stats_prior_uniform().
 * - fsc_stats_prf() and fsc_stats_prf_sets(): precision, recall, F1.
 */
#ifndef FRAMESCOPE_STATS_H
#define FRAMESCOPE_STATS_H

#include "framescope.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Descriptives and the bootstrap                                      */
/* ------------------------------------------------------------------ */

/** Descriptives of one sample. */
typedef struct fsc_desc {
    size_t n;            /* values */
    size_t n_nonzero;    /* values != 0 (articles with at least one match) */
    double mean;         /* NAN when n == 0 */
    double sd;           /* sample SD (n - 1); NAN when n < 2 */
    double median;       /* R type 7 quantile; NAN when n == 0 */
    double q1, q3;       /* quartiles, R type 7; NAN when n == 0 */
    double ci_lo, ci_hi; /* percentile bootstrap CI of the mean; NAN when
                            n < 2 or no resamples were asked for */
    const char *reason;  /* why the first NAN field is NAN; NULL if none */
} fsc_desc;

/**
 * Descriptives of x[0..n). `boot` resamples (0 for none) with replacement,
 * seeded by `seed` (GSL mt19937), give a `level` (e.g. 0.95) percentile CI
 * of the mean, computed exactly as fsc_stats_bootstrap_mean() with
 * FSC_BOOT_AUTO (so mostly-zero or repeated values resample in time
 * proportional to the nonzero or distinct values, not to n).
 *
 * Sorted input (as `compare` passes) is used in place; otherwise a sorted
 * copy is made. Every field except `mean` and `sd` depends only on the
 * multiset of values, not their order (mean and sd may differ in the last
 * bit, as sums in another order do).
 *
 * Returns FSC_EINVAL for a non-finite value, or for boot > 0 with `level`
 * outside (0, 1); FSC_ENOMEM when the sorted copy cannot be allocated.
 */
fsc_status fsc_stats_describe(const double *x, size_t n, size_t boot,
                              double level, uint64_t seed, fsc_desc *out,
                              fsc_error *err);

/** How the bootstrap draws a resample. */
typedef enum fsc_boot_method {
    /* B times: n uniform picks among the n (sorted) values, summed, / n.
     * A pick is Lemire's multiply-shift with rejection on 32 bits of a
     * xoshiro256** output (exactly uniform; two picks per 32 bits while
     * n <= 65536, by the batched variant of Brackett-Rozinsky and Lemire),
     * about 1 ns each. O(B n) time, no allocation per resample. */
    FSC_BOOT_DIRECT = 0,
    /* Sort once into d distinct values with counts c_k; each resample is a
     * multinomial draw (gsl_ran_multinomial, n trials, p_k = c_k / n) of
     * how often each distinct value is picked, and the mean is
     * sum(m_k v_k) / n. Resampling n values with replacement is exactly a
     * multinomial of the counts, so the resampled mean has the same
     * distribution as with FSC_BOOT_DIRECT (a different random stream,
     * hence different numbers for the same seed). O(n log n + B d): much
     * faster when values are mostly zero or repeated (d << n). */
    FSC_BOOT_MULTINOMIAL = 1,
    /* The cheapest of DIRECT, SPARSE and MULTINOMIAL by expected work per
     * resample, counted in uniform picks: n, nnz + 150 and 150 d (a
     * binomial draw costs about 150 picks); ties go to SPARSE, then DIRECT.
     * Deterministic: the choice depends only on the data, so a seed still
     * reproduces the result. */
    FSC_BOOT_AUTO = 2,
    /* For mostly-zero values: each resample draws K ~ Binomial(n, nnz / n),
     * the number of picks that land on a nonzero value
     * (gsl_ran_binomial), then K uniform picks among the nnz nonzero values
     * (as DIRECT); mean = sum / n. Exactly the distribution of
     * FSC_BOOT_DIRECT, in O(B nnz) instead of O(B n). */
    FSC_BOOT_SPARSE = 3
} fsc_boot_method;

/**
 * Percentile bootstrap CI of the mean of x[0..n).
 *
 * Algorithm: one gsl_rng (mt19937, seeded as described above, which also
 * seeds the xoshiro256** of the picks), `boot` resample means drawn as
 * `method` says from the sorted values (so the result does not depend on
 * the order of x), sorted ascending; then
 * lo = Q((1 - level) / 2) and hi = Q((1 + level) / 2) where Q is R's type 7
 * quantile of the B sorted means: h = (B - 1) p, Q = m[floor h] +
 * (h - floor h) (m[floor h + 1] - m[floor h]).
 *
 * *lo and *hi are NAN when n < 2 or boot == 0 (with *reason, which may be
 * NULL, set to a static explanation); all-equal values give lo = hi = the
 * value. Returns FSC_EINVAL for a bad level, a non-finite value or
 * n > 2^32 - 1; FSC_ENOMEM when the B means (8 B bytes) or the distinct
 * values cannot be allocated.
 */
fsc_status fsc_stats_bootstrap_mean(const double *x, size_t n, size_t boot,
                                    double level, uint64_t seed,
                                    fsc_boot_method method, double *lo,
                                    double *hi, const char **reason,
                                    fsc_error *err);

/* ------------------------------------------------------------------ */
/* Two-sample tests and effect sizes                                   */
/* ------------------------------------------------------------------ */

/** A two-sample (or k-sample) test result. */
typedef struct fsc_test2 {
    double statistic;   /* t, W (R's wilcox.test W = U of the first sample),
                           the mean difference for the permutation test, H */
    double df;          /* Welch df, k - 1 for Kruskal; NAN for the others */
    double p;           /* two-sided p-value; NAN when undefined */
    int exact;          /* 1 when the p-value is exact (no ties, small n) */
    const char *method; /* static name, e.g. "Welch two-sample t-test" */
    const char *reason; /* why statistic or p is NAN; NULL when defined */
} fsc_test2;

/**
 * Welch's t test of x vs y (R t.test(x, y), var.equal = FALSE).
 * NAN when a group has fewer than 2 values, or when the standard error is
 * (essentially) zero - R's "data are essentially constant" condition,
 * stderr < 10 DBL_EPSILON max(|mean x|, |mean y|).
 */
fsc_status fsc_stats_welch(const double *x, size_t nx, const double *y,
                           size_t ny, fsc_test2 *out, fsc_error *err);

/**
 * Mann-Whitney U (R wilcox.test(x, y, exact = NULL, correct = TRUE)):
 * exact p when nx < 50, ny < 50 and no ties in the pooled sample (from the
 * full frequency distribution of U, as R's cwilcox); otherwise the normal
 * approximation with tie correction and continuity correction.
 * NAN when a group is empty, or (normal approximation) when every value is
 * tied, so the variance of U is zero.
 */
fsc_status fsc_stats_mann_whitney(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *out, fsc_error *err);

/**
 * Two-sided permutation test of the difference of means with `perms`
 * random relabellings (seeded); p = (1 + #|d*| >= |d|) / (1 + perms).
 * Each relabelling is a partial Fisher-Yates shuffle (gsl_rng_uniform_int)
 * of the pooled values (only the smaller group is drawn), carried over from
 * the previous one; |d*| >= |d| is tested as |d*| >= |d| - 1e-9 max|value|,
 * so relabellings that give the observed difference up to rounding count.
 * statistic = mean(x) - mean(y). NAN p when a group is empty or
 * perms == 0. O(perms min(nx, ny)) time, one allocation.
 */
fsc_status fsc_stats_permutation(const double *x, size_t nx, const double *y,
                                 size_t ny, size_t perms, uint64_t seed,
                                 fsc_test2 *out, fsc_error *err);

/** Effect sizes of x vs y. */
typedef struct fsc_effect {
    double mean_diff;   /* mean(x) - mean(y); NAN when a group is empty */
    double cohen_d;     /* (mean x - mean y) / pooled SD, pooled SD =
                           sqrt(((nx-1) vx + (ny-1) vy) / (nx+ny-2)); NAN when
                           nx+ny < 3, a group is empty or the pooled SD is 0 */
    double hedges_g;    /* d J with the exact small-sample correction
                           J = Gamma(m/2) / (sqrt(m/2) Gamma((m-1)/2)),
                           m = nx+ny-2 (Hedges 1981; the usual approximation
                           is 1 - 3/(4(nx+ny)-9)); NAN when m < 2 */
    double cliff;       /* Cliff's delta: P(x > y) - P(x < y), counted over
                           all nx ny pairs; NAN when a group is empty */
    double cliff_lo, cliff_hi; /* its 95% CI: Cliff's (1993) asymmetric
                           interval with the consistent variance estimate
                           (as R's effsize::cliff.delta, variance floored at
                           (1 - d^2) / (nx ny - 1)); NAN when a group has
                           fewer than 2 values */
    const char *reason; /* why the first NAN field is NAN; NULL if none */
} fsc_effect;

fsc_status fsc_stats_effect(const double *x, size_t nx, const double *y,
                            size_t ny, fsc_effect *out, fsc_error *err);

/* ------------------------------------------------------------------ */
/* k groups and multiple testing                                        */
/* ------------------------------------------------------------------ */

/**
 * Kruskal-Wallis across k groups (R kruskal.test(list(...)), tie-corrected),
 * into out->statistic (H), out->df (k' - 1) and out->p, where k' counts the
 * non-empty groups: empty groups are ignored (R stops with an error). NAN
 * when fewer than two groups have data, or when every value is tied.
 */
fsc_status fsc_stats_kruskal_test(const double *const *groups, const size_t *n,
                                  size_t k, fsc_test2 *out, fsc_error *err);

/** Kruskal-Wallis, as fsc_stats_kruskal_test() without the reason. */
fsc_status fsc_stats_kruskal(const double *const *groups, const size_t *n,
                             size_t k, double *h, double *df, double *p,
                             fsc_error *err);

/** Benjamini-Hochberg adjusted p-values (R p.adjust(p, "BH")); NAN inputs
 *  stay NAN and do not count towards m. adj may equal p (in place).
 *  Returns FSC_EINVAL for a p outside [0, 1] that is not NAN. */
fsc_status fsc_stats_bh(const double *p, size_t m, double *adj, fsc_error *err);

/* ------------------------------------------------------------------ */
/* Agreement between coders                                             */
/* ------------------------------------------------------------------ */

/** Labels are non-negative ints (nominal categories); a negative label is
 *  a missing value. */
#define FSC_STATS_MISSING (-1)

/** Cohen's kappa of two raters. */
typedef struct fsc_kappa {
    size_t n;     /* items rated by both raters (pairs used) */
    double po;    /* observed agreement; NAN when n == 0 */
    double pe;    /* chance agreement sum_k p1(k) p2(k); NAN when n == 0 */
    double kappa; /* (po - pe) / (1 - pe); NAN when n == 0 or pe == 1 */
    const char *reason; /* why kappa is NAN; NULL when defined */
} fsc_kappa;

/**
 * Cohen's (unweighted) kappa of the labels a[i], b[i], i < n, of two raters
 * (irr::kappa2(cbind(a, b)) in R). Items with a missing label from either
 * rater are dropped.
 */
fsc_status fsc_stats_kappa(const int *a, const int *b, size_t n, fsc_kappa *out,
                           fsc_error *err);

/** Krippendorff's alpha. */
typedef struct fsc_kalpha {
    size_t units;       /* units with at least two values (pairable) */
    double n;           /* pairable values, the n.. of the coincidence matrix */
    double d_o;         /* observed disagreement; NAN when n < 2 */
    double d_e;         /* expected disagreement; NAN when n < 2 */
    double alpha;       /* 1 - d_o / d_e; NAN when n < 2 or d_e == 0 */
    const char *reason; /* why alpha is NAN; NULL when defined */
} fsc_kalpha;

/**
 * Krippendorff's alpha for nominal data (Krippendorff 2011, "Computing
 * Krippendorff's Alpha-Reliability"), any number of coders, missing values
 * allowed. `data` is the reliability-data matrix with one row per coder:
 * data[c * units + u] is coder c's label of unit u (FSC_STATS_MISSING, or
 * any negative value, when c did not code u). Units with fewer than two
 * values are not pairable and are skipped.
 */
fsc_status fsc_stats_kalpha_nominal(const int *data, size_t coders,
                                    size_t units, fsc_kalpha *out,
                                    fsc_error *err);

/* ------------------------------------------------------------------ */
/* Term keyness between two groups                                      */
/* ------------------------------------------------------------------ */

/** Keyness of one term, group i vs group j. */
typedef struct fsc_keyness {
    double delta; /* log-odds ratio with Dirichlet prior (Monroe et al.
                     2008, eq. 16); > 0 when the term leans to group i */
    double var;   /* its approximate variance 1/(yi+a) + 1/(yj+a) */
    double z;     /* delta / sqrt(var) */
    double g2;    /* G2 of the term's 2x2 table, Williams-corrected */
    double g2_p;  /* upper tail of chi-square(1) at g2 */
} fsc_keyness;

/**
 * Keyness of `nterms` terms with counts yi[w] in group i and yj[w] in
 * group j (counts may be weighted but must be finite and >= 0).
 *
 * Log-odds (prior non-NULL, prior[w] >= 0, a0 = sum of prior, ni, nj the
 * group totals):
 *   delta_w = log((yi+a)/(ni+a0-yi-a)) - log((yj+a)/(nj+a0-yj-a)),
 *   var_w = 1/(yi+a) + 1/(yj+a), z_w = delta_w / sqrt(var_w);
 * NAN for a term where a logarithm's argument is not positive (e.g. a term
 * that neither group uses with a zero prior), or all three NAN when prior
 * is NULL. Monroe et al. sum the prior over the whole vocabulary: pass
 * every term, or fold the rest into one "other" row.
 *
 * G2 (term w vs all other tokens, in each group):
 *   table [[yi, ni - yi], [yj, nj - yj]], G2 = 2 sum O ln(O / E),
 *   Williams' q = 1 + (N/R1 + N/R2 - 1)(N/C1 + N/C2 - 1) / (6 N),
 *   g2 = G2 / q; NAN when a row or column total is 0.
 *
 * ni, nj: total tokens of each group; pass a value <= 0 to use the sum of
 * yi (yj). Returns FSC_EINVAL when a total is smaller than a count.
 */
fsc_status fsc_stats_keyness(const double *yi, const double *yj,
                             const double *prior, size_t nterms, double ni,
                             double nj, fsc_keyness *out, fsc_error *err);

/**
 * Informative prior from pooled counts, scaled to total a0 > 0:
 * prior[w] = a0 (yi[w] + yj[w]) / sum(yi + yj). Terms neither group uses
 * get 0. Returns FSC_EINVAL when all counts are 0 or a0 <= 0.
 */
fsc_status fsc_stats_prior_pooled(const double *yi, const double *yj,
                                  size_t nterms, double a0, double *prior,
                                  fsc_error *err);

/** Uniform prior: prior[w] = a0 / nterms (a0 > 0). */
fsc_status fsc_stats_prior_uniform(size_t nterms, double a0, double *prior,
                                   fsc_error *err);

/* ------------------------------------------------------------------ */
/* Precision, recall, F1                                                */
/* ------------------------------------------------------------------ */

typedef struct fsc_prf {
    size_t tp, fp, fn;
    double precision; /* tp / (tp + fp); NAN when tp + fp == 0 */
    double recall;    /* tp / (tp + fn); NAN when tp + fn == 0 */
    double f1;        /* 2 tp / (2 tp + fp + fn); NAN when all three are 0 */
} fsc_prf;

/** Precision, recall and F1 from counts (micro-average: sum the counts). */
void fsc_stats_prf(size_t tp, size_t fp, size_t fn, fsc_prf *out);

/**
 * Precision, recall and F1 of a predicted label set against a gold set
 * (duplicates within a set count once): tp = |gold & pred|,
 * fp = |pred - gold|, fn = |gold - pred|. FSC_ENOMEM on allocation failure.
 */
fsc_status fsc_stats_prf_sets(const int *gold, size_t n_gold, const int *pred,
                              size_t n_pred, fsc_prf *out, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
