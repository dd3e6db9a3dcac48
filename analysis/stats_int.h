/*
 * stats_int.h - numerics of stats.c shared with compare.c's fast paths, so
 * both compute means and variances the same way, digit for digit.
 */
#ifndef FSC_STATS_INT_H
#define FSC_STATS_INT_H

#include <stddef.h>

/** Mean as R computes it: long double sum, then one refinement pass. */
double fsc__stats_mean(const double *x, size_t n);

/** Sample variance (n - 1) about mean m, two-pass in long double. */
double fsc__stats_var(const double *x, size_t n, double m);

#endif
