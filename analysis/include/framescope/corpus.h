/*
 * corpus.h - reading articles: text files, directories of .txt files, JSON
 * Lines, standard input; with record accounting.
 *
 * The reader streams: memory is bounded by the largest record it accepts
 * (opts.max_record_bytes), whatever the size of the corpus. Reading and
 * parsing are split so that parsing (JSON, UTF-8 checks) can run on worker
 * threads while one thread reads in order.
 */
#ifndef FRAMESCOPE_CORPUS_H
#define FRAMESCOPE_CORPUS_H

#include "framescope.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum fsc_input_format {
    FSC_INPUT_AUTO = 0, /* .jsonl/.ndjson/.json -> JSONL, directory -> its
                           .txt files, "-" -> sniff the first byte ('{' means
                           JSONL), anything else -> one text record */
    FSC_INPUT_JSONL,
    FSC_INPUT_TEXT
} fsc_input_format;

typedef struct fsc_reader_opts {
    fsc_input_format format;  /* default FSC_INPUT_AUTO */
    size_t max_record_bytes;  /* default 16 MiB; longer records are skipped */
} fsc_reader_opts;

void fsc_reader_opts_init(fsc_reader_opts *o);

/** A record as read, before parsing. Borrowed from the reader; valid until
 *  the next fsc_reader_next() or fsc_reader_free(). */
typedef struct fsc_raw_record {
    const char *source;  /* file name, or "<stdin>" */
    long line;           /* 1-based line of the record (1 for text files) */
    long long byte;      /* 0-based byte offset of the record in source */
    int is_json;         /* nonzero: one JSON Lines line */
    const char *data;    /* record bytes (no trailing newline or CR) */
    size_t len;          /* bytes in data */
    size_t full_len;     /* real length; > len when the record was too long
                            and data was dropped (len is then 0) */
} fsc_raw_record;

typedef struct fsc_reader fsc_reader;

/**
 * Open inputs in order. "-" is standard input. A directory is walked
 * recursively; its regular files ending in .txt are read in byte order of
 * their paths. With n_paths == 0, standard input is read.
 * Fails (FSC_EIO) when a path does not exist or cannot be opened; `where`
 * names it.
 */
fsc_status fsc_reader_open(const char *const *paths, size_t n_paths,
                           const fsc_reader_opts *opts, fsc_reader **out,
                           fsc_error *err);

/**
 * Next record into *rec. At the end of all inputs returns FSC_OK with
 * *eof = 1. Blank lines in JSON Lines are not records and are passed over.
 * A read error is returned as FSC_EIO with the file in `where`.
 */
fsc_status fsc_reader_next(fsc_reader *r, fsc_raw_record *rec, int *eof,
                           fsc_error *err);

void fsc_reader_free(fsc_reader *r); /* NULL is a no-op */

/** A parsed article, or a record that was skipped with its reason. */
typedef struct fsc_record fsc_record;

/**
 * Parse a raw record: JSON object with fields id, outlet, date, lang, title,
 * text, url (other fields kept), or a plain text record (id = file name).
 * Never fails for bad input: a bad record comes back with
 * fsc_record_skipped() != 0 and a reason naming file, line and byte
 * ("bad JSON at line 3, byte 17: ...", "invalid UTF-8 at line 2, byte 40",
 * "missing \"text\"", "empty text", "record of 52428800 bytes exceeds the
 * 16777216-byte limit"). Returns FSC_ENOMEM only when out of memory.
 * Ownership: free the record with fsc_record_free().
 */
fsc_status fsc_record_parse(const fsc_raw_record *raw, fsc_record **out,
                            fsc_error *err);
void fsc_record_free(fsc_record *rec); /* NULL is a no-op */

/** Nonzero when the record is skipped; then reason is set. */
int fsc_record_skipped(const fsc_record *rec);
const char *fsc_record_skip_reason(const fsc_record *rec);

/** Text of the article (valid UTF-8, not NUL-terminated as a rule). */
const char *fsc_record_text(const fsc_record *rec, size_t *len);

/**
 * A metadata field as a string: "id", "outlet", "date", "lang", "title",
 * "url", or any other top-level field whose value is a string or number
 * (numbers are formatted as in the input). NULL when absent. "id" is never
 * NULL: it defaults to "SOURCE:LINE" (or the file name for text records).
 * Lifetime: until fsc_record_free().
 */
const char *fsc_record_field(const fsc_record *rec, const char *name);

/** Where the record came from. */
const char *fsc_record_source(const fsc_record *rec);
long fsc_record_line(const fsc_record *rec);

/**
 * All fields except "text" as one compact JSON object text, in input order
 * (unknown fields passed through unchanged). Borrowed; lifetime until
 * fsc_record_free(). "{}" for skipped records and text records with only
 * an id.
 */
const char *fsc_record_meta_json(const fsc_record *rec);

#ifdef __cplusplus
}
#endif
#endif
