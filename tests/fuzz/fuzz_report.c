/*
 * fuzz_report.c - libFuzzer target for score-row intake: the input is fed
 * as score rows (in two chunks split at a position taken from the input)
 * to a report without a model, which hands the bytes to every comparison
 * it runs (compare's row parser) and to its own cJSON pass; then the
 * report is computed with few resamples and rendered as HTML, Markdown and
 * JSON. Checks: no crash or leak, every line is accounted for (read =
 * used + skipped + filtered + invalid), and the HTML has no raw <script.
 */
#include "framescope/report.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fsc_report_opts o;
    fsc_report_opts_init(&o);
    o.bootstrap = 20;
    o.top_articles = 3;
    o.period = FSC_PERIOD_MONTH;
    fsc_report *r = NULL;
    if (fsc_report_new(NULL, &o, &r, NULL) != FSC_OK)
        abort();
    size_t cut = size ? data[0] % (size + 1) : 0;
    const char *p = (const char *)data;
    if (fsc_report_feed(r, "fuzz", p, cut, NULL) == FSC_OK &&
        fsc_report_feed(r, "fuzz", p + cut, size - cut, NULL) == FSC_OK &&
        fsc_report_end(r, NULL) == FSC_OK &&
        fsc_report_run(r, NULL) == FSC_OK) {
        const fsc_compare_result *res = fsc_report_compare(r);
        if (!res || res->rows_read != res->rows_used + res->rows_skipped +
                                          res->rows_filtered +
                                          res->rows_invalid)
            abort();
        static const fsc_report_format fmts[] = { FSC_REPORT_HTML,
                                                  FSC_REPORT_MD,
                                                  FSC_REPORT_JSON };
        for (size_t i = 0; i < 3; i++) {
            char *out = NULL;
            size_t len = 0, nf = 0;
            fsc_report_file *files = NULL;
            if (fsc_report_render(r, fmts[i], "charts", &out, &len, &files,
                                  &nf, NULL) != FSC_OK)
                abort();
            if (fmts[i] == FSC_REPORT_HTML) {
                for (size_t k = 0; k + 7 <= len; k++)
                    if (memcmp(out + k, "<script", 7) == 0)
                        abort();
            }
            fsc_report_files_free(files, nf);
            fsc_free(out);
        }
    }
    fsc_report_free(r);
    return 0;
}
