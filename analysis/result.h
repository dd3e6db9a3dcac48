/*
 * result.h - the analysis of one article (not installed): what match/
 * fills for one text, and what zones.c adds when a title is scored as its
 * own zone beside the text.
 */
#ifndef FSC_RESULT_H
#define FSC_RESULT_H

#include "arena.h"
#include "framescope/analyzer.h"

struct fsc_result {
    fsc_arena arena;       /* matches, category lists, strings */
    size_t n_tokens;       /* words and numbers (title zone included) */
    size_t n_sent;         /* sentences (title zone included) */
    size_t n_bytes;        /* bytes of the text zone */
    char lang[32];         /* given or detected */
    int lang_detected;     /* nonzero when detected */
    fsc_match *matches;    /* title zone first, then the text, each in
                              order */
    size_t n_matches;
    fsc_catscore *cats;    /* one per model category (all zones) */
    size_t n_cats;
    fsc_attribution *attrs; /* who says what (attribution lexicons) */
    size_t n_attrs;
    size_t voice_tokens[3]; /* words and numbers per fsc_voice */
    fsc_scope_state *scope; /* one per model lexicon */
    size_t n_scope;
    fsc_anchor *anchors;    /* scope anchors found, title zone first */
    size_t n_anchors;
    /* The title zone (zones.c); all zero when no title was scored. */
    fsc_title_status title; /* FSC_TITLE_* */
    size_t zone_tokens[2];  /* words and numbers per fsc_zone */
    size_t zone_sent[2];    /* sentences per fsc_zone */
    size_t zone_bytes[2];   /* bytes per fsc_zone */
    size_t zone_matches[2]; /* matches per fsc_zone */
    fsc_catscore *title_cats; /* per category, the title zone's share of
                                 cats (NULL when no title was scored) */
};

#endif
