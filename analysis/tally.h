/*
 * tally.h - the corpus tally's layout, shared with the report renderers.
 */
#ifndef FSC_TALLY_H
#define FSC_TALLY_H

#include "buf.h"
#include "framescope/score.h"

#include <stdint.h>

#define FSC__MAX_SKIP_REASONS 10000 /* reasons kept; the count goes on */

struct fsc_tally {
    const fsc_model *m; /* borrowed */
    size_t read;        /* records read */
    size_t scored;      /* records scored */
    size_t skipped;     /* records skipped */
    char **reasons;     /* "SOURCE:LINE: REASON", first few thousand */
    size_t n_reasons, cap_reasons;
    uint64_t tokens;        /* tokens over scored articles */
    uint64_t *articles;     /* per category: articles with a match */
    uint64_t *count;        /* per category: matches not negated */
    uint64_t *negated;      /* per category: negated matches */
    double *weighted;       /* per category: weighted sum */
    uint64_t *out_of_scope; /* per category: matches outside its scope */
    uint64_t *in_scope;     /* per model lexicon: articles in its scope */
    uint64_t *out_matches;  /* per model lexicon: matches outside it */
};

/* A note of what fsc_tally_add(t, rec, res) would add, appended to `b`, so
 * that the record and its result can be freed before the tally takes the
 * note (the pipeline notes on every scoring thread, the calling thread adds
 * the notes in input order). Only the categories and lexicons the record
 * adds to are kept. FSC_ENOMEM or FSC_ELIMIT leave `b` as it was. */
fsc_status fsc__tally_note(const fsc_model *m, const fsc_record *rec,
                           const fsc_result *res, fsc_buf *b);

/* Add the note at `p` (made by fsc__tally_note for a tally of the same
 * model): the same as fsc_tally_add with the record and result noted. */
fsc_status fsc__tally_add_note(fsc_tally *t, const char *p);

#endif
