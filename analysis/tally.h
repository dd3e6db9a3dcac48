/*
 * tally.h - the corpus tally's layout, shared with the report renderers.
 */
#ifndef FSC_TALLY_H
#define FSC_TALLY_H

#include "framescope/score.h"

#include <stdint.h>

#define FSC__MAX_SKIP_REASONS 10000 /* reasons kept; the count goes on */

struct fsc_tally {
    const fsc_model *m;     /* borrowed */
    size_t read;            /* records read */
    size_t scored;          /* records scored */
    size_t skipped;         /* records skipped */
    char **reasons;         /* "SOURCE:LINE: REASON", first few thousand */
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

#endif
