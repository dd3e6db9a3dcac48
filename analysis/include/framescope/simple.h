/*
 * simple.h - a small, stable C entry point for language bindings (Python
 * ctypes, R .Call): load a model, score one text, get the score row back as
 * the JSON that `framescope score -f jsonl` writes for that record.
 *
 * Everything crosses the boundary as plain C types: strings in UTF-8,
 * status codes (fsc_status values, 0 = FSC_OK) and a caller-owned message
 * buffer. Ownership: a model from fsc_simple_open() is freed with
 * fsc_simple_close(); a row from fsc_simple_score() with fsc_simple_free().
 * Threads: one model may be used from any number of threads at once (the
 * compiled model is read-only; per-call analyzers come from a locked pool).
 */
#ifndef FRAMESCOPE_SIMPLE_H
#define FRAMESCOPE_SIMPLE_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_simple fsc_simple;

/** Version of this entry point's ABI (bumped on incompatible change). */
#define FSC_SIMPLE_ABI 1
int fsc_simple_abi(void);

/**
 * The bundled lexicon directory, found as the CLI finds it:
 * $FRAMESCOPE_LEXICONS; for a library in the build tree, the source tree's
 * lexicons/; else share/framescope/lexicons beside the library's lib/;
 * else the configured install prefix. Static string; never NULL.
 */
const char *fsc_simple_default_lexicons(void);

/**
 * Load and compile a model. paths: n lexicon files or directories (their
 * *.json and *.dic, sorted); n == 0: the bundled set (framing lexicons and
 * the attribution layer), as `framescope score` without -l. With paths, as
 * `framescope score -l PATH...`: the bundled modifiers and attribution
 * layer come along unless no_bundled is nonzero (`--no-bundled`).
 * On failure *out is NULL and errbuf (errcap bytes, may be NULL) holds a
 * one-line message. Returns an fsc_status value.
 */
int fsc_simple_open(const char *const *paths, size_t n, int no_bundled,
                    fsc_simple **out, char *errbuf, size_t errcap);
void fsc_simple_close(fsc_simple *m); /* NULL is a no-op */

/**
 * Score one text (UTF-8, len bytes) with metadata (each may be NULL: the
 * CLI's defaults for a JSON Lines record without the field). *row gets a
 * NUL-terminated JSON object (no trailing newline), byte for byte the line
 * `framescope score -f jsonl` writes for the record
 * {"id":..,"outlet":..,"date":..,"lang":..,"title":..,"text":..}
 * (matches = 0: as with --no-matches). A record the CLI would skip (e.g.
 * empty text) is not an error: its row has "status":"skipped" and a reason.
 * Free *row with fsc_simple_free().
 */
int fsc_simple_score(const fsc_simple *m, const char *text, size_t len,
                     const char *id, const char *outlet, const char *date,
                     const char *lang, const char *title, int matches,
                     char **row, size_t *row_len, char *errbuf,
                     size_t errcap);
void fsc_simple_free(char *row); /* NULL is a no-op */

/** Number and names ("LEXICON:ID") of the model's categories. */
size_t fsc_simple_n_categories(const fsc_simple *m);
const char *fsc_simple_category(const fsc_simple *m, size_t i);

#ifdef __cplusplus
}
#endif
#endif
