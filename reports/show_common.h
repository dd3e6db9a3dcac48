/*
 * show_common.h - what the terminal view (show_render.c) and the HTML view
 * (show_html.c) of one analysed article share: the names they print for
 * kinds, source forms, voices and modifier flags, the entry behind a match,
 * and the marked spans of one zone of the text (framing matches, cues,
 * sources) in the order both views open and close them.
 */
#ifndef FSC_SHOW_COMMON_H
#define FSC_SHOW_COMMON_H

#include "framescope/score.h"

#include <stddef.h>

/* fsc_voice, fsc_attr_kind, fsc_source_form, and the four modifier bits
 * of fsc_match.flags (negated, hedged, intensified, distanced), as both
 * views name them. */
extern const char *const fsc__show_voice_names[3];
extern const char *const fsc__show_kind_names[7];
extern const char *const fsc__show_form_names[6];
extern const char *const fsc__show_flag_names[4];
#define FSC__SHOW_N_KINDS 7u

/* Is [off, off+n) a non-empty span of text[0, len) that starts and ends on
 * code point boundaries? */
int fsc__show_span_ok(const char *text, size_t len, size_t off, size_t n);

/* The lexicon entry behind a match (*lx its lexicon), or NULL when the
 * match names none the model has. */
const fsc_entry *fsc__show_match_entry(const fsc_model *m, const fsc_match *mt,
                                       const fsc_lexicon **lx);

/* Model index of the match's entry's first declared category, else of its
 * first scored category; -1 when it has none (both views colour a match by
 * this category). */
long fsc__show_match_category(const fsc_model *m, const fsc_match *mt);

typedef enum fsc__span_kind {
    FSC__SPAN_SOURCE = 0,
    FSC__SPAN_CUE,
    FSC__SPAN_MATCH
} fsc__span_kind;

typedef struct fsc__span {
    size_t off, end;     /* byte offsets into the zone's string */
    fsc__span_kind kind; /* source and cue spans sort before a match
                            with the same extent: they nest outside */
    size_t idx;          /* a match: its index; a cue or source: the
                            first attribution that has it */
    size_t palette;      /* a match: the caller's colour slot */
    size_t ids, n_ids;   /* a cue or source: every attribution that has
                            it, at att_ids[ids .. ids + n_ids), ascending */
} fsc__span;

/* The marked spans of one zone. A cue or source span that several
 * attributions share is one span listing them all. */
typedef struct fsc__spans {
    fsc__span *v; /* by start, the longer first, kind, index */
    size_t n;
    size_t *bounds; /* every start and end of v, ascending, distinct */
    size_t n_bounds;
    size_t *att_ids; /* see fsc__span.ids */
    size_t *open;    /* room for n indices of v, for the caller's stack
                        of the spans open at a point of the text */
} fsc__spans;

/* The palette slot of a framing match, from the caller's context. */
typedef size_t (*fsc__show_palette_fn)(const void *ctx, const fsc_match *mt);

/*
 * Collect the spans of zone `zone` of res, whose string is text[0, len):
 * its framing matches and the cues and sources of its attributions, each
 * kept only when fsc__show_span_ok. Time O(k log k) in the k spans. On
 * FSC_OK the caller owns *s and frees it with fsc__show_spans_free (also
 * safe after a failure, which leaves *s empty).
 */
fsc_status fsc__show_spans_build(fsc__spans *s, const fsc_result *res,
                                 fsc_zone zone, const char *text, size_t len,
                                 fsc__show_palette_fn palette, const void *ctx);
void fsc__show_spans_free(fsc__spans *s);

#endif
