/*
 * fuzz_record_own.c - differential libFuzzer target for the record parser's
 * own scanner: the input, as one JSON Lines record, is parsed by
 * fsc_record_parse and by the cJSON path alone (fsc__record_parse_slow);
 * status, error message, skip reason, id, text, fields and meta must be
 * the same.
 */
#include "corpus_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fsc_raw_record raw;
    memset(&raw, 0, sizeof raw);
    raw.source = "fuzz.jsonl";
    raw.line = 3;
    raw.byte = 100;
    raw.is_json = 1;
    raw.data = (const char *)data;
    raw.len = size;
    raw.full_len = size;
    raw.date = "2026-01-02";
    fsc_record *a = NULL, *b = NULL;
    fsc_error ea, eb;
    memset(&ea, 0, sizeof ea);
    memset(&eb, 0, sizeof eb);
    fsc_status sa = fsc_record_parse(&raw, &a, &ea);
    fsc_status sb = fsc__record_parse_slow(&raw, &b, &eb);
    if (sa != sb || strcmp(ea.msg, eb.msg) != 0 || !a != !b)
        abort();
    if (a) {
        size_t la = 0, lb = 0;
        const char *ta = fsc_record_text(a, &la);
        const char *tb = fsc_record_text(b, &lb);
        if (fsc_record_skipped(a) != fsc_record_skipped(b) ||
            !same_str(fsc_record_skip_reason(a), fsc_record_skip_reason(b)) ||
            la != lb || memcmp(ta, tb, la) != 0 ||
            !same_str(fsc_record_field(a, "id"), fsc_record_field(b, "id")) ||
            !same_str(fsc_record_meta_json(a), fsc_record_meta_json(b)) ||
            fsc__record_n_fields(a) != fsc__record_n_fields(b))
            abort();
        for (size_t i = 0; i < fsc__record_n_fields(a); i++) {
            const char *na, *nb;
            const char *va = fsc__record_field_at(a, i, &na);
            const char *vb = fsc__record_field_at(b, i, &nb);
            if (!same_str(na, nb) || !same_str(va, vb))
                abort();
        }
    }
    fsc_record_free(a);
    fsc_record_free(b);
    return 0;
}
