/*
 * profile.h - an article's attribution profile: how many sources it quotes
 * or paraphrases, from which side and of which type, how much of its text is
 * quoted or attributed, and one line a researcher can read.
 */
#ifndef FRAMESCOPE_PROFILE_H
#define FRAMESCOPE_PROFILE_H

#include "analyzer.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FSC_PROFILE_MAX 16 /* sides, types and sources listed by name */

typedef struct fsc_profile_count {
    const char *name;    /* side or type (borrowed from the result) */
    size_t attributions; /* attributions to sources of this side/type */
    size_t sources;      /* distinct sources among them */
    size_t distancing;   /* of those attributions, with a distancing cue */
} fsc_profile_count;

typedef struct fsc_profile {
    size_t attributions;   /* all attributions */
    size_t sources;        /* distinct named sources (actor ids; names
                              outside the lexicon, of unknown side/type) */
    size_t anonymous;      /* attributions to anonymous sources */
    size_t unresolved;     /* cues whose source was not identified */
    fsc_profile_count sides[FSC_PROFILE_MAX]; /* by side, first seen first */
    size_t n_sides;
    fsc_profile_count types[FSC_PROFILE_MAX]; /* by type */
    size_t n_types;
    const char *source_ids[FSC_PROFILE_MAX];   /* distinct sources, in order */
    const char *source_names[FSC_PROFILE_MAX];
    const char *source_types[FSC_PROFILE_MAX];
    size_t n_source_names;  /* listed (at most FSC_PROFILE_MAX) */
    double share_authorial; /* of word tokens; NAN when there are none */
    double share_quoted;
    double share_attributed;
    double anonymous_rate;  /* anonymous / attributions; NAN when none */
    double diversity;       /* entropy of attributions over sides, divided
                               by log(number of sides the actors lexicons
                               know); 0 = one side, 1 = even; NAN when no
                               attribution has a known side */
    size_t terms[3];        /* framing matches (not negated) per voice */
    size_t tokens;          /* word tokens of the article */
    size_t voice_tokens[3]; /* of them, in each voice (fsc_voice order) */
    size_t framing_matches; /* matches of framing lexicons, negated ones
                               included (attribution cues and actors and
                               modifiers are not framing) */
    size_t framing_negated; /* of them, negated */
    char summary[640];      /* the one line */
} fsc_profile;

/** The rate every output uses: count per 1,000 tokens; NAN when there are
 *  no tokens. */
double fsc_rate_per_1k(double count, double tokens);

/**
 * Compute the profile of an analysed article: the values every output
 * format shows (score JSON and table, show text and HTML) come from here,
 * so they cannot disagree. Without attribution lexicons
 * every count is zero and the summary says so. Lifetime: name pointers are
 * borrowed from `r`.
 */
fsc_status fsc_profile_compute(const fsc_model *m, const fsc_result *r,
                               fsc_profile *out, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
