/*
 * score.h - scoring a corpus: per-article score rows in JSON Lines, JSON,
 * CSV or a readable table, a running tally (records read, scored, skipped
 * with reasons; corpus totals per category), and a streaming pipeline that
 * scores on N threads and still writes in input order.
 */
#ifndef FRAMESCOPE_SCORE_H
#define FRAMESCOPE_SCORE_H

#include "analyzer.h"
#include "corpus.h"
#include "framescope.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum fsc_score_format {
    FSC_SCORE_JSONL = 0, /* one JSON object per article, input order */
    FSC_SCORE_JSON,      /* one document: header, articles, records summary */
    FSC_SCORE_CSV,       /* tidy: one row per article x category (RFC 4180) */
    FSC_SCORE_TABLE,     /* aligned text for people */
    FSC_SCORE_WIDE       /* CSV, one row per article, columns per category */
} fsc_score_format;

/**
 * Optional per-record hooks of fsc_score_run (both default NULL).
 *
 * keep: called on any of the scoring threads (the calling thread among
 * them) once a record is parsed, before it is analysed; must be
 * thread-safe. Return 0 to drop the record: it is neither analysed,
 * written nor counted in the tally (an incremental run uses this to skip
 * articles it has already scored). `rec` is borrowed for the call.
 *
 * row: called on the thread that called fsc_score_run, in input order,
 * for every record that was kept, with its rendered output (`row`, `len`
 * bytes, borrowed for the call); res is NULL for a skipped record. A
 * failure stops the run.
 */
typedef int (*fsc_score_keep_fn)(void *ctx, const fsc_record *rec);
typedef fsc_status (*fsc_score_row_fn)(void *ctx, const fsc_record *rec,
                                       const fsc_result *res, const char *row,
                                       size_t len, fsc_error *err);

typedef struct fsc_score_opts {
    fsc_score_format format; /* default FSC_SCORE_JSONL */
    int matches;             /* include the match list (default 1) */
    int keep_text;           /* pass "text" through to JSON output (0) */
    unsigned threads;        /* scoring threads for fsc_score_run (1) */
    const char *command;     /* command line recorded in JSON output */
    int wide_voice;          /* FSC_SCORE_WIDE: add authorial, quoted and
                                attributed columns per category (0) */
    fsc_score_keep_fn keep;  /* see above (NULL: keep every record) */
    void *keep_ctx;
    fsc_score_row_fn row;    /* see above (NULL: none) */
    void *row_ctx;
    size_t max_row_bytes;    /* output of one record in fsc_score_run: a
                                record whose rendered output would pass this
                                is written as a skipped record with its
                                reason instead, and the run goes on
                                (default FSC_SCORE_MAX_ROW_BYTES; 0: only
                                the batch buffer's 1 GiB) */
    int title;               /* score the record's title as its own zone
                                (fsc_analyze_record); 0 leaves it out and
                                rows say "title":"off" (default 1) */
} fsc_score_opts;

/** Default fsc_score_opts.max_row_bytes: 64 MiB. */
#define FSC_SCORE_MAX_ROW_BYTES ((size_t)64 << 20)

void fsc_score_opts_init(fsc_score_opts *o);

/**
 * Analyse a parsed record (not skipped): its text, and its "title" field
 * as its own zone unless score_title is 0 (fsc_analyze_zones), in the
 * record's "lang" or the detected language. Every command that scores
 * goes through here, so they agree on what a title adds.
 */
fsc_status fsc_analyze_record(fsc_analyzer *az, const fsc_record *rec,
                              int score_title, fsc_result **out,
                              fsc_error *err);

/**
 * The string a zone's offsets refer to: the record's title (its "title"
 * field) or its text. "" with *len = 0 when the record has no such zone.
 * Lifetime: until fsc_record_free().
 */
const char *fsc_record_zone_text(const fsc_record *rec, fsc_zone z,
                                 size_t *len);

/** Corpus-level accounting and totals. Not thread-safe: one writer. */
typedef struct fsc_tally fsc_tally;

fsc_status fsc_tally_new(const fsc_model *m, fsc_tally **out, fsc_error *err);
void fsc_tally_free(fsc_tally *t); /* NULL is a no-op */
/** Account for one record (res is NULL when the record was skipped). */
fsc_status fsc_tally_add(fsc_tally *t, const fsc_record *rec,
                         const fsc_result *res);
size_t fsc_tally_read(const fsc_tally *t);
size_t fsc_tally_scored(const fsc_tally *t);
size_t fsc_tally_skipped(const fsc_tally *t);
/** Skipped record i: "SOURCE:LINE: REASON" (borrowed, lifetime of t). */
const char *fsc_tally_skipped_reason(const fsc_tally *t, size_t i);

/** Receives output bytes; return FSC_OK or a failure (e.g. FSC_EIO). */
typedef fsc_status (*fsc_write_fn)(void *ctx, const char *data, size_t len);

/**
 * Render output pieces into a new string (*out, caller frees with
 * fsc_free()). The header and footer frame the records (JSON document
 * brackets, CSV header row, table summary); `index` is the 0-based position
 * of the record in the output. res is NULL for a skipped record.
 */
fsc_status fsc_score_render_header(const fsc_model *m,
                                   const fsc_score_opts *o, char **out,
                                   size_t *len, fsc_error *err);
fsc_status fsc_score_render_record(const fsc_model *m,
                                   const fsc_score_opts *o, size_t index,
                                   const fsc_record *rec,
                                   const fsc_result *res, char **out,
                                   size_t *len, fsc_error *err);
fsc_status fsc_score_render_footer(const fsc_model *m,
                                   const fsc_score_opts *o,
                                   const fsc_tally *t, char **out,
                                   size_t *len, fsc_error *err);

/**
 * Read every record from `r`, score it with `m` on o->threads threads (o
 * NULL: the defaults of fsc_score_opts_init()): the calling thread and
 * o->threads - 1 it starts. Write header, records in input order, and
 * footer through `write`, always on the calling thread.
 * Skipped records never stop the run: they are written in place and
 * counted in `t`. Returns a failure only for fatal conditions (read or
 * write error, out of memory). Memory stays bounded by the largest records
 * in flight (a few per thread).
 */
fsc_status fsc_score_run(const fsc_model *m, fsc_reader *r,
                         const fsc_score_opts *o, fsc_write_fn write,
                         void *ctx, fsc_tally *t, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
