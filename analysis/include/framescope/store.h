/*
 * store.h - an SQLite results store for studies that grow.
 *
 * A store is one SQLite file (schema in docs/store.md) holding articles (id,
 * metadata, SHA-256 of the text, optionally the text), runs (tool version,
 * lexicon set with SHA-256s, options, time, and why the run scored what it
 * scored), the score row of every article, and tables derived from the rows
 * for querying with the sqlite3 shell: scores per category and voice,
 * matches and attributions.
 *
 * A run is incremental: fsc_store_keep() says no to an article whose id,
 * text SHA-256 and configuration (tool version, lexicons, options) are
 * already stored, so only new or changed articles are scored, and all of
 * them when the configuration changed. Rows are written in transactions of
 * FSC_STORE_BATCH articles in WAL mode, so a run killed at any moment leaves
 * a consistent database and the next run resumes where it stopped.
 *
 * Library: libframescope_store (links SQLite); the core library does not.
 * Errors: every call returns fsc_status (FSC_EIO for SQLite failures, with
 * SQLite's message in err->msg and the database path in err->where).
 * Thread-safety: one store handle may be used from several threads (calls
 * are serialised by the handle); fsc_store_keep() is meant for the scoring
 * workers, the other calls for one thread.
 */
#ifndef FRAMESCOPE_STORE_H
#define FRAMESCOPE_STORE_H

#include "framescope.h"
#include "score.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FSC_STORE_SCHEMA_VERSION 2 /* 1: runs without n_new, n_updated,
                                      n_rescored (migrated on open) */
#define FSC_STORE_BATCH 512 /* articles per transaction */

typedef struct fsc_store fsc_store;

/**
 * Open (creating when absent) the store at `path`; read_only nonzero opens
 * an existing store for reading only (a store in a directory we cannot
 * write, with no write-ahead log pending, is read as immutable). Opening
 * for writing refuses a store file without any write permission bit, for
 * root too ("cannot write to the store: it is read-only"), and migrates a
 * store of an older schema. Returns FSC_OK and a new handle in *out, freed
 * by fsc_store_free(). On failure *out is NULL.
 */
fsc_status fsc_store_open(const char *path, int read_only, fsc_store **out,
                          fsc_error *err);
/** Close. A run not ended by fsc_store_run_end() (an error, a failed
 *  write) keeps the batches it committed; the open one is rolled back.
 *  NULL is a no-op. */
void fsc_store_free(fsc_store *st);

/** What a run is scored with. All strings borrowed for the call. */
typedef struct fsc_store_config {
    const char *tool_version;  /* fsc_version() */
    const char *lexicons_json; /* JSON array: [{"name","version","sha256"}] */
    const char *options;       /* options that change rows, one string */
    const char *command;       /* command line, recorded only */
    int keep_text;             /* store article texts (0) */
} fsc_store_config;

/**
 * Start a run: record it and decide what to score. *full is set to 1 when
 * every article must be scored (first run, or the configuration differs
 * from the last run's), 0 when only new or changed ones; *reason (borrowed,
 * lifetime of st) says why, as recorded in runs.reason.
 */
fsc_status fsc_store_run_begin(fsc_store *st, const fsc_store_config *c,
                               int *full, const char **reason,
                               fsc_error *err);

/** fsc_score_keep_fn for the current run (ctx is the store): 0 when the
 *  article is stored with the same text and configuration. */
int fsc_store_keep(void *ctx, const fsc_record *rec);

/** fsc_score_row_fn for the current run (ctx is the store): store the
 *  article, its row (one JSON Lines row, newline included) and the derived
 *  scores, matches and attributions. */
fsc_status fsc_store_put(void *ctx, const fsc_record *rec,
                         const fsc_result *res, const char *row, size_t len,
                         fsc_error *err);

/** Commit the last batch and record the run's counts (records read,
 *  unchanged = not rescored). */
fsc_status fsc_store_run_end(fsc_store *st, size_t n_read, size_t n_scored,
                             size_t n_skipped, size_t n_unchanged,
                             fsc_error *err);

/** Articles the current run left unchanged (counted by fsc_store_keep). */
size_t fsc_store_unchanged(const fsc_store *st);

/** Articles the current run scored and stored (skipped records aside):
 *  new ids, ids whose text changed (updated), and ids stored before with
 *  the same text (rescored: the configuration changed, or the id came
 *  twice). Any pointer may be NULL. */
void fsc_store_counts(const fsc_store *st, size_t *n_new, size_t *n_updated,
                      size_t *n_rescored);

/**
 * Write every stored row, in the order articles were first stored (the
 * order of the equivalent rows file), through `write`. *n_rows gets the
 * number of rows, *n_stale (may be NULL) those scored with a configuration
 * other than the last run's (a run that was stopped before it finished).
 */
fsc_status fsc_store_export(fsc_store *st, fsc_write_fn write, void *ctx,
                            size_t *n_rows, size_t *n_stale, fsc_error *err);

/**
 * Write every stored article that has its text (score --db-text) as a JSON
 * Lines record (its metadata, "text" last), in row order, through `write`.
 * *n_articles gets the number written, *n_no_text (may be NULL) the number
 * of articles stored without a text (skipped, or scored without
 * --db-text), which are left out.
 */
fsc_status fsc_store_export_articles(fsc_store *st, fsc_write_fn write,
                                     void *ctx, size_t *n_articles,
                                     size_t *n_no_text, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
