/*
 * th_near.h - TH_NEAR(a, b, rel): a check that two doubles agree to a
 * relative tolerance (or both are NaN), for the statistics tests.
 */
#ifndef FSC_TH_NEAR_H
#define FSC_TH_NEAR_H

#include "th.h"

#include <math.h>

static inline int th_close_to(double a, double b, double rel)
{
    if (isnan(a) || isnan(b))
        return isnan(a) && isnan(b);
    return fabs(a - b) <= rel * fmax(1e-300, fmax(fabs(a), fabs(b))) ||
           fabs(a - b) < 1e-14;
}

#define TH_NEAR(a, b, rel)                                             \
    do {                                                               \
        double th_x = (a), th_y = (b);                                 \
        if (!th_close_to(th_x, th_y, rel)) {                           \
            fprintf(stderr, "%s:%d: %s ~ %s failed: %.17g != %.17g\n", \
                    __FILE__, __LINE__, #a, #b, th_x, th_y);           \
            th_failures++;                                             \
        }                                                              \
    } while (0)

#endif
