/*
 * corpus_internal.h - internal entry points of the corpus reader (not
 * installed): a reader over an already open FILE *, and a view of the
 * reader's buffer size so tests can check that memory stays bounded.
 */
#ifndef FSC_CORPUS_INTERNAL_H
#define FSC_CORPUS_INTERNAL_H

#include "framescope/corpus.h"

#include <stdio.h>

/**
 * Read one stream `fp` (borrowed: not closed, must stay open until
 * fsc_reader_free) named `name` in records and reasons. With
 * FSC_INPUT_AUTO the format is sniffed as for standard input. This is how
 * "-" is read; tests use it to feed standard-input cases from a tmpfile().
 */
fsc_status fsc__reader_open_file(FILE *fp, const char *name,
                                 const fsc_reader_opts *opts, fsc_reader **out,
                                 fsc_error *err);

/** Bytes allocated for the reader's record buffer (0 before the first). */
size_t fsc__reader_buf_alloc(const fsc_reader *r);

/** Default size of the fixed read buffer that fread fills (64 KiB). */
size_t fsc__reader_chunk_size(void);

/**
 * Use an n-byte read buffer (at least 4) instead, so tests and the fuzzer
 * can put chunk boundaries inside lines, CRLFs and BOMs. Only before the
 * first fsc_reader_next(); FSC_EINVAL after.
 */
fsc_status fsc__reader_set_chunk_size(fsc_reader *r, size_t n);

/**
 * Mark a parsed record skipped after the fact (its output would pass a
 * limit): the reason is "SOURCE: " + the formatted text; id and fields
 * (outlet, date) are kept so the skipped row stays in its group, the text
 * is dropped. FSC_OK, or FSC_ENOMEM (the record is then unchanged).
 */
fsc_status fsc__record_skip(fsc_record *rec, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/**
 * fsc_record_parse without its own scanner: every JSON record goes through
 * the cJSON tree. The two give the same record, status and error; tests and
 * fuzz_record_own compare them.
 */
fsc_status fsc__record_parse_slow(const fsc_raw_record *raw, fsc_record **out,
                                  fsc_error *err);

/** Number of string and number fields of rec, in input order. */
size_t fsc__record_n_fields(const fsc_record *rec);

/** Field i of rec: its value, its name in *name (may be NULL); NULL when
    i is out of range. Lifetime: until fsc_record_free(rec). */
const char *fsc__record_field_at(const fsc_record *rec, size_t i,
                                 const char **name);

/** Parse raw with fsc_record_parse and with fsc__record_parse_slow; 1 when
    the two agree in status, error message and every part of the record
    (skip reason, id, text, fields, meta), else 0. For tests and
    fuzz_record_own. */
int fsc__record_paths_agree(const fsc_raw_record *raw);

#endif
