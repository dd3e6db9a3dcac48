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
    if (!fsc__record_paths_agree(&raw))
        abort();
    return 0;
}
