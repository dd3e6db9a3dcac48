/*
 * fuzz_report_own.c - differential libFuzzer target for the report's own
 * pass: its row scanner (strict JSON and the duplicate-key rule, then the
 * values it reads decoded from the scan) against cJSON parsing every row whole
 * (fsc__report_own_slow). The input is fed as score rows, in two chunks
 * split at a position taken from the input, to two reports that differ only
 * in that; both are run with few resamples and rendered as JSON, which must
 * be byte-identical (and the statuses equal).
 */
#include "framescope/report.h"
#include "report_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static fsc_status one(const uint8_t *data, size_t size, int slow, char **out,
                      size_t *len)
{
    fsc_report_opts o;
    fsc_report_opts_init(&o);
    o.bootstrap = 10;
    o.top_articles = 3;
    o.period = FSC_PERIOD_MONTH;
    o.timestamp = "2026-01-01T00:00:00Z";
    fsc_report *r = NULL;
    *out = NULL;
    *len = 0;
    if (fsc_report_new(NULL, &o, &r, NULL) != FSC_OK)
        abort();
    fsc__report_own_slow(r, slow);
    size_t cut = size ? data[0] % (size + 1) : 0;
    const char *p = (const char *)data;
    fsc_status st = fsc_report_feed(r, "fuzz", p, cut, NULL);
    if (!st)
        st = fsc_report_feed(r, "fuzz", p + cut, size - cut, NULL);
    if (!st)
        st = fsc_report_end(r, NULL);
    if (!st)
        st = fsc_report_run(r, NULL);
    if (!st)
        st = fsc_report_render(r, FSC_REPORT_JSON, NULL, out, len, NULL, NULL,
                               NULL);
    fsc_report_free(r);
    return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *a, *b;
    size_t na, nb;
    fsc_status sa = one(data, size, 0, &a, &na);
    fsc_status sb = one(data, size, 1, &b, &nb);
    if (sa != sb || na != nb || (na && memcmp(a, b, na) != 0))
        abort();
    free(a);
    free(b);
    return 0;
}
