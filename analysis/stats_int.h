/*
 * stats_int.h - numerics of stats.c shared with compare.c's fast paths, so
 * both compute means and variances the same way, digit for digit.
 */
#ifndef FSC_STATS_INT_H
#define FSC_STATS_INT_H

#include "framescope/stats.h"

#include <stddef.h>
#include <stdint.h>

/** Mean as R computes it: long double sum, then one refinement pass. */
double fsc__stats_mean(const double *x, size_t n);

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

#endif
