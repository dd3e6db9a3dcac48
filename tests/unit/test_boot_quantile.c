/*
 * test_boot_quantile.c - the bootstrap interval reads two order statistics
 * of the resample means per bound; they are selected into place instead of
 * sorting all the means. Checked here: the interval of
 * fsc_stats_bootstrap_mean() equals R's type 7 quantiles (the arithmetic of
 * GSL's gsl_stats_quantile_from_sorted_data) of the same means sorted in
 * full (fsc__stats_boot_means, qsort), bit for bit, for many sizes, levels
 * and data with and without ties.
 */
#include "framescope/stats.h"
#include "stats_int.h"
#include "th.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* gsl_stats_quantile_from_sorted_data(s, 1, n, f) */
static double q7(const double *s, size_t n, double f)
{
    const double index = f * (double)(n - 1);
    const size_t lhs = (size_t)(int)index;
    const double delta = index - (double)lhs;
    if (lhs == n - 1)
        return s[lhs];
    return (1 - delta) * s[lhs] + delta * s[lhs + 1];
}

int main(void)
{
    uint64_t x = 88172645463325252u;
    double vals[64], *means = malloc(5000 * sizeof *means);
    static const double levels[] = { 0.5, 0.8, 0.9, 0.95, 0.99, 0.999 };
    static const size_t boots[] = { 1, 2, 3, 7, 40, 99, 1000, 2000, 4999 };
    size_t checked = 0;
    for (size_t n = 2; n <= 64; n += 3)
        for (int ties = 0; ties < 3; ties++) {
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                vals[i] = ties == 0   ? (double)(x % 1000003) / 7.0
                          : ties == 1 ? (double)(x % 4)
                                      : (x % 3 ? 0.0 : (double)(x % 5) * 1.5);
            }
            for (size_t bi = 0; bi < sizeof boots / sizeof *boots; bi++)
                for (size_t li = 0; li < sizeof levels / sizeof *levels; li++) {
                    size_t boot = boots[bi];
                    uint64_t seed = x + bi;
                    double lo, hi;
                    const char *why = NULL;
                    TH_EQ_INT(fsc_stats_bootstrap_mean(
                                  vals, n, boot, levels[li], seed,
                                  FSC_BOOT_AUTO, &lo, &hi, &why, NULL),
                              FSC_OK);
                    if (isnan(lo)) /* all values equal: no resampling */
                        continue;
                    TH_EQ_INT(fsc__stats_boot_means(vals, n, boot, seed,
                                                    FSC_BOOT_AUTO, means, NULL),
                              FSC_OK);
                    qsort(means, boot, sizeof *means, cmp_d);
                    double elo = q7(means, boot, (1 - levels[li]) / 2);
                    double ehi = q7(means, boot, (1 + levels[li]) / 2);
                    if (lo != elo || hi != ehi)
                        fprintf(stderr,
                                "n %zu ties %d boot %zu level %g: %.17g %.17g "
                                "!= %.17g %.17g\n",
                                n, ties, boot, levels[li], lo, hi, elo, ehi);
                    TH_CHECK(lo == elo && hi == ehi);
                    checked++;
                }
        }
    printf("%zu intervals checked\n", checked);
    TH_CHECK(checked > 1000);
    free(means);
    TH_DONE();
}
