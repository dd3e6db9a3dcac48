/*
 * fuzz_compare_follow.c - differential libFuzzer target for comparisons that
 * follow another (fsc__compare_follow, as `report` runs its profile
 * measures and time series): the input is fed, in two chunks split at a
 * position taken from the input, to a leader (every voice, keyness) with
 * four followers (two profile measures, a share, a weekly series) and to
 * the same five comparisons alone. Checks: the same status everywhere, and
 * each follower's result rendered as JSON equal to its lone twin's.
 */
#include "compare/compare_int.h"
#include "framescope/compare.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NC 5

static void opts_for(fsc_compare_opts *o, int k)
{
    fsc_compare_opts_init(o);
    o->bootstrap = 10;
    if (k == 0) {
        o->voices = FSC_COMPARE_VOICES_EACH;
        o->keyness = 1;
    } else if (k == 1) {
        o->measure = FSC_MEASURE_SOURCES;
    } else if (k == 2) {
        o->measure = FSC_MEASURE_ANONYMOUS_RATE;
    } else if (k == 3) {
        o->measure = FSC_MEASURE_SHARE_ATTRIBUTED;
    } else {
        o->period = FSC_PERIOD_WEEK;
    }
}

static fsc_status feed2(fsc_compare *c, const char *p, size_t cut, size_t n)
{
    fsc_status st = fsc_compare_feed(c, "fuzz", p, cut, NULL);
    if (!st)
        st = fsc_compare_feed(c, "fuzz", p + cut, n - cut, NULL);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fsc_compare *lead[NC] = { 0 }, *alone[NC] = { 0 };
    for (int k = 0; k < NC; k++) {
        fsc_compare_opts o;
        opts_for(&o, k);
        if (fsc_compare_new(&o, &lead[k], NULL) ||
            fsc_compare_new(&o, &alone[k], NULL))
            abort();
        if (k && fsc__compare_follow(lead[0], lead[k], NULL))
            abort();
    }
    const char *p = (const char *)data;
    size_t cut = size ? data[0] % (size + 1) : 0;
    fsc_status sl = feed2(lead[0], p, cut, size);
    for (int k = 0; k < NC; k++) {
        fsc_status sa = feed2(alone[k], p, cut, size);
        if (!sa)
            sa = fsc_compare_end(alone[k], NULL);
        if (!sa)
            sa = fsc_compare_run(alone[k], NULL);
        fsc_status s2 = sl;
        if (!s2)
            s2 = fsc_compare_end(lead[k], NULL);
        if (k == 0 && s2 != sl)
            sl = s2; /* the leader's end reads the last line for all */
        if (!s2)
            s2 = fsc_compare_run(lead[k], NULL);
        /* A follower's status is its leader's while reading. */
        if ((s2 == FSC_OK) != (sa == FSC_OK))
            abort();
        if (s2 == FSC_OK) {
            char *a = NULL, *b = NULL;
            size_t na = 0, nb = 0;
            if (fsc_compare_render(fsc_compare_result_get(lead[k]),
                                   FSC_COMPARE_JSON, &a, &na, NULL) ||
                fsc_compare_render(fsc_compare_result_get(alone[k]),
                                   FSC_COMPARE_JSON, &b, &nb, NULL))
                abort();
            if (na != nb || memcmp(a, b, na) != 0)
                abort();
            free(a);
            free(b);
        }
    }
    for (int k = 0; k < NC; k++) {
        fsc_compare_free(lead[k]);
        fsc_compare_free(alone[k]);
    }
    return 0;
}
