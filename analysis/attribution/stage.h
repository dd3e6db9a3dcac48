/*
 * stage.h - the attribution stage of an analysis: from one article's tokens
 * and the hits of its attribution lexicons to who says what, the voice of
 * every token, and the voice of every framing match.
 *
 * The matcher knows nothing of attribution: it hands over its matches (all
 * layers, in text order), the token each match's voice is read at, and for
 * every token the id of its word form in the matcher's own cache, so that
 * what the stage computes per word form (word classes) is computed once per
 * corpus. The stage owns its scratch memory; one stage per thread. See
 * analysis/attribution/README.md for the stages inside.
 */
#ifndef FSC_ATTR_STAGE_H
#define FSC_ATTR_STAGE_H

#include "arena.h"
#include "framescope/analyzer.h"
#include "framescope/framescope.h"
#include "text.h"

#include <stddef.h>
#include <stdint.h>

typedef struct fsc__attr_stage fsc__attr_stage;

/* One article as the matcher leaves it. Everything is borrowed. */
typedef struct fsc__attr_input {
    const fsc_model *m; /* the model the matches come from */
    const char *text;   /* the article */
    size_t len;
    const fsc__tokvec *tv;       /* its tokens (fsc__tokenize) */
    const uint32_t *form_of_tok; /* per token: word form id (equal surface,
                                    equal id), UINT32_MAX for none; NULL:
                                    no ids, nothing is cached */
    uint64_t form_gen;           /* changes whenever ids are reused */
    fsc_match *matches;          /* all layers, text order; the stage sets
                                    voice, attribution and the distanced
                                    flag of framing matches */
    size_t n_matches;
    const uint32_t *match_tok; /* per match: token its voice is read at */
} fsc__attr_input;

fsc_status fsc__attr_stage_new(fsc__attr_stage **out, fsc_error *err);
void fsc__attr_stage_free(fsc__attr_stage *st); /* NULL is a no-op */

/**
 * Attribute one article: quotations, cue and actor mentions, attributions
 * (allocated with their strings in `arena`, which must outlive them; *attrs
 * and *n_attrs get them) and voice_tokens[3], the words and numbers of each
 * fsc_voice. FSC_ENOMEM or FSC_EINVAL.
 */
fsc_status fsc__attr_stage_run(fsc__attr_stage *st, const fsc__attr_input *in,
                               fsc_arena *arena, fsc_attribution **attrs,
                               size_t *n_attrs, size_t voice_tokens[3],
                               fsc_error *err);

#endif
