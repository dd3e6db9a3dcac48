/*
 * fuzz_jsonl.c - libFuzzer target for record intake: the input is read as a
 * corpus in memory (sniffed, JSON Lines, text, CSV and TSV, with a small record limit
 * and a small read chunk) and every record goes through fsc_record_parse.
 * Checks: no crash or leak, reading is independent of the chunk size, and
 * every accepted record has valid UTF-8 text and a "{...}" meta object.
 */
#include "corpus_internal.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct sig {
    uint64_t h; /* hash over (line, byte, len, full_len, bytes) */
    size_t n;   /* records */
} sig;

static void mix(uint64_t *h, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        *h ^= b[i];
        *h *= 1099511628211ull;
    }
}

static void check_record(const fsc_record *rec)
{
    if (!fsc_record_field(rec, "id") || !fsc_record_source(rec))
        abort();
    const char *m = fsc_record_meta_json(rec);
    size_t ml = strlen(m);
    if (ml < 2 || m[0] != '{' || m[ml - 1] != '}')
        abort();
    if (fsc_record_skipped(rec)) {
        if (!fsc_record_skip_reason(rec))
            abort();
        return;
    }
    size_t len = 0;
    const char *t = fsc_record_text(rec, &len);
    if (len == 0 || !fsc__utf8_valid(t, len, NULL, NULL, NULL))
        abort();
    if (!fsc__utf8_valid(m, ml, NULL, NULL, NULL))
        abort();
}

static sig run(const uint8_t *data, size_t size, fsc_input_format fmt,
               size_t chunk)
{
    sig s = { 1469598103934665603ull, 0 };
    fsc_reader_opts o;
    fsc_reader *r = NULL;
    fsc_reader_opts_init(&o);
    o.format = fmt;
    o.max_record_bytes = 256;
    if (fsc_reader_open_mem((const char *)data, size, "fuzz", &o, &r, NULL) !=
        FSC_OK)
        return s;
    if (chunk)
        fsc__reader_set_chunk_size(r, chunk);
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        if (fsc_reader_next(r, &raw, &eof, NULL) != FSC_OK || eof)
            break;
        if (raw.len > o.max_record_bytes || raw.full_len < raw.len)
            abort();
        mix(&s.h, &raw.line, sizeof raw.line);
        mix(&s.h, &raw.byte, sizeof raw.byte);
        mix(&s.h, &raw.len, sizeof raw.len);
        mix(&s.h, &raw.full_len, sizeof raw.full_len);
        mix(&s.h, raw.data, raw.len);
        s.n++;
        fsc_record *rec = NULL;
        if (fsc_record_parse(&raw, &rec, NULL) == FSC_OK) {
            check_record(rec);
            fsc_record_free(rec);
        }
    }
    fsc_reader_free(r);
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t chunk = size ? 4 + data[0] % 29 : 4;
    run(data, size, FSC_INPUT_AUTO, 0);
    for (int f = FSC_INPUT_JSONL; f <= FSC_INPUT_JSON; f++) {
        sig a = run(data, size, (fsc_input_format)f, 0);
        sig b = run(data, size, (fsc_input_format)f, chunk);
        if (a.h != b.h || a.n != b.n)
            abort(); /* chunk boundaries changed what was read */
    }

    /* The whole input as one raw JSON line in an exact-size buffer, so an
       over-read past len is caught by ASan. */
    char *copy = malloc(size ? size : 1);
    if (!copy)
        return 0;
    memcpy(copy, data, size);
    fsc_raw_record raw = { 0 };
    raw.source = "fuzz";
    raw.line = 1;
    raw.is_json = 1;
    raw.data = copy;
    raw.len = size;
    raw.full_len = size;
    fsc_record *rec = NULL;
    if (fsc_record_parse(&raw, &rec, NULL) == FSC_OK) {
        check_record(rec);
        fsc_record_free(rec);
    }
    raw.is_json = 0;
    if (fsc_record_parse(&raw, &rec, NULL) == FSC_OK) {
        check_record(rec);
        fsc_record_free(rec);
    }
    free(copy);
    return 0;
}
