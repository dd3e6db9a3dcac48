/*
 * score_render.h - the score renderer's entry points for the pipeline and its
 * own files (not installed).
 */
#ifndef FSC_SCORE_RENDER_H
#define FSC_SCORE_RENDER_H

#include "buf.h"
#include "framescope/score.h"

/**
 * What the JSON writer prepares once for a run (model and options): the
 * "lexicon_set" member every row repeats, and the model's category and
 * lexicon names and the writer's own names escaped and quoted, so that a
 * row copies them instead of measuring and escaping them at every match.
 * Read-only once made: threads share one.
 */
typedef struct fsc__score_prep fsc__score_prep;

/** NULL when out of memory (rows are then written without it, the same
 *  bytes). `m` and `o` must outlive it. */
fsc__score_prep *fsc__score_prep_new(const fsc_model *m,
                                     const fsc_score_opts *o);
void fsc__score_prep_free(fsc__score_prep *p);

/**
 * As fsc_score_render_record(), but append the piece to `b` (the batch's
 * output) instead of returning a new string: no copy and no allocation per
 * record once `b` has grown. On failure `b` is left as it was. `pp` (may
 * be NULL) was made from the same `m` and `o`: the output is the same
 * with or without it.
 */
fsc_status fsc__score_render_append(const fsc_model *m, const fsc_score_opts *o,
                                    const fsc__score_prep *pp, size_t index,
                                    const fsc_record *rec,
                                    const fsc_result *res, fsc_buf *b,
                                    fsc_error *err);

/* The rows of one record as tidy CSV (a row per category), wide CSV (one
 * row) or an aligned text line (score_render_text.c); appended to `b`. */
fsc_status fsc__score_csv_rows(const fsc_model *m, const fsc_record *rec,
                               const fsc_result *res, fsc_buf *b);
fsc_status fsc__score_wide_row(const fsc_model *m, const fsc_score_opts *o,
                               const fsc_record *rec, const fsc_result *res,
                               fsc_buf *b);
fsc_status fsc__score_table_row(const fsc_model *m, const fsc_record *rec,
                                const fsc_result *res, fsc_buf *b);

/* Does model category c belong to a lexicon that declares a scope? Does
 * any lexicon of the model declare one? */
int fsc__score_cat_scoped(const fsc_model *m, size_t c);
int fsc__score_model_scoped(const fsc_model *m);

#endif
