/*
 * stats_int.h - numerics of stats.c shared with compare/statistics.c's fast
 * paths, so both compute means and variances the same way, digit for digit.
 */
#ifndef FSC_STATS_INT_H
#define FSC_STATS_INT_H

#include "framescope/stats.h"

#include <stddef.h>
#include <stdint.h>

/**
 * One partition step of quicksort and quickselect over a[lo..hi]: the
 * median of a[lo], a[mid] and a[hi] as pivot, then Hoare's scheme. Returns
 * j with a[lo..j] <= pivot <= a[j+1..hi]. NAN-free input only; lo < mid <
 * hi.
 */
static inline size_t fsc__partition(double *a, size_t lo, size_t mid, size_t hi)
{
    double t;
    if (a[mid] < a[lo]) {
        t = a[mid];
        a[mid] = a[lo];
        a[lo] = t;
    }
    if (a[hi] < a[lo]) {
        t = a[hi];
        a[hi] = a[lo];
        a[lo] = t;
    }
    if (a[hi] < a[mid]) {
        t = a[hi];
        a[hi] = a[mid];
        a[mid] = t;
    }
    double pv = a[mid];
    size_t i = lo, j = hi;
    for (;;) {
        while (a[i] < pv)
            i++;
        while (pv < a[j])
            j--;
        if (i >= j)
            return j;
        t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
    }
}

/** Insertion sort of a[0..n) (NAN-free), for the short runs partitioning
 *  leaves. */
static inline void fsc__insertion_sort(double *a, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        double v = a[i];
        size_t j = i;
        while (j > 0 && v < a[j - 1]) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = v;
    }
}

/** Mean as R computes it: long double sum, then one refinement pass. */
double fsc__stats_mean(const double *x, size_t n);

/* The 95% CI of Cliff's delta d of nx and ny values from the sums of
 * squares of the row dominances (x_i against every y) and the column
 * dominances about d, and the number of untied pairs (Cliff 1993). */
void fsc__cliff_ci(double d, size_t nx, size_t ny, double ss_row, double ss_col,
                   double untied, double *lo, double *hi);

/** Sample variance (n - 1) about mean m, two-pass in long double. */
double fsc__stats_var(const double *x, size_t n, double m);

/**
 * The `boot` resample means behind fsc_stats_bootstrap_mean(), in draw order
 * and unsorted, into means[0..boot) (for tests of the sampler's
 * distribution). Same seed and method as the public call give the same
 * means; n must be >= 1 (n == 1 or all-equal values give that value).
 */
fsc_status fsc__stats_boot_means(const double *x, size_t n, size_t boot,
                                 uint64_t seed, fsc_boot_method method,
                                 double *means, fsc_error *err);

/** Sample size, mean and variance of one sample, as fsc_stats_welch()
 *  computes them (so that a caller comparing one sample with many can
 *  compute them once). */
typedef struct fsc__moments {
    size_t n;
    double mean; /* fsc__stats_mean(); NAN when n == 0 */
    double var;  /* fsc__stats_var() about `mean`; NAN when n < 2 */
} fsc__moments;

/** Moments of x[0..n) into *out (x is not checked: values must be finite). */
void fsc__stats_moments(const double *x, size_t n, fsc__moments *out);

/**
 * Welch's t test from moments: the same arithmetic as fsc_stats_welch(),
 * which calls it, so for moments from fsc__stats_moments() of the same
 * arrays the result is identical bit for bit (reasons included).
 */
void fsc__stats_welch_moments(const fsc__moments *x, const fsc__moments *y,
                              fsc_test2 *out);

/**
 * fsc_stats_permutation() with perms == 0, from the two sums it adds up:
 * sx = x[0] + ... + x[nx-1] and total = sx + y[0] + ... + y[ny-1], each
 * added left to right in double starting from +0 (a sum that starts at +0
 * is never -0, so adding a zero of either sign leaves it unchanged and
 * zeros may be skipped). Same result, reason and errors as the public call.
 */
fsc_status fsc__stats_perm_observed(double sx, double total, size_t nx,
                                    size_t ny, fsc_test2 *out, fsc_error *err);

/**
 * fsc_stats_describe() with the moments of x[0..n) already computed by
 * fsc__stats_moments() (or NULL to compute them): the same result.
 */
fsc_status fsc__stats_describe_m(const double *x, size_t n,
                                 const fsc__moments *mom, size_t boot,
                                 double level, uint64_t seed, fsc_desc *out,
                                 fsc_error *err);

#endif
