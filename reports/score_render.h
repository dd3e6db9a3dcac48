/*
 * score_render.h - the score renderer's entry point for the pipeline (not
 * installed).
 */
#ifndef FSC_SCORE_RENDER_H
#define FSC_SCORE_RENDER_H

#include "buf.h"
#include "framescope/score.h"

/**
 * As fsc_score_render_record(), but append the piece to `b` (the batch's
 * output) instead of returning a new string: no copy and no allocation per
 * record once `b` has grown. On failure `b` is left as it was.
 */
fsc_status fsc__score_render_append(const fsc_model *m,
                                    const fsc_score_opts *o, size_t index,
                                    const fsc_record *rec,
                                    const fsc_result *res, fsc_buf *b,
                                    fsc_error *err);

#endif
