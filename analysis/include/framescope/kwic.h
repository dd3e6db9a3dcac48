/*
 * kwic.h - keyword-in-context concordances: for every framing match that a
 * term pattern or a category selects, its left context, the match and its
 * right context, with the article's metadata and the match's voice, source
 * and modifiers; rendered as aligned text, RFC 4180 CSV or a standalone
 * HTML page.
 *
 * The output is safe to print and to open in a browser: line breaks and
 * tabs in contexts become spaces, other control characters and the bidi
 * controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) are shown
 * visibly (␛, \u{202E}), and HTML output escapes & < > " ' as well.
 */
#ifndef FRAMESCOPE_KWIC_H
#define FRAMESCOPE_KWIC_H

#include "analyzer.h"
#include "corpus.h"
#include "framescope.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum fsc_kwic_format {
    FSC_KWIC_TEXT = 0, /* aligned columns for a terminal */
    FSC_KWIC_CSV,      /* RFC 4180, header row first */
    FSC_KWIC_HTML      /* standalone page: inline CSS, no script */
} fsc_kwic_format;

typedef struct fsc_kwic_opts {
    const char *term;     /* entry term, case-insensitive (folded as the
                             matcher folds); a trailing '*' selects entries
                             starting with the rest. NULL: any term */
    const char *category; /* "LEXICON:ID" or bare "ID" (ancestors count):
                             NULL: any category */
    unsigned window;      /* code points of context each side (40) */
    int voice;            /* an fsc_voice, or -1 (default): any voice */
} fsc_kwic_opts;

void fsc_kwic_opts_init(fsc_kwic_opts *o);

/** One concordance line. Strings are owned by the set: lifetime of the
 *  fsc_kwic set; "" when absent. Contexts are the raw article bytes. */
typedef struct fsc_kwic_line {
    const char *id, *outlet, *date, *lang; /* record metadata */
    const char *term;      /* the lexicon entry that matched */
    const char *left;      /* up to `window` code points before the match */
    const char *match;     /* the matched text */
    const char *right;     /* up to `window` code points after it */
    size_t left_len, match_len, right_len; /* their bytes (NUL-terminated
                                              too, but text may hold NUL) */
    const char *voice;     /* "authorial", "quoted", "attributed" */
    const char *source;    /* actor id, "anonymous", "unresolved", a named
                              source's text; "" when
                              the match is in no attribution */
    const char *source_kind; /* what the source's words are: "named",
                              "nominal", "pronoun", "dropped", "anonymous",
                              "unresolved" (as show and score JSON name
                              them); "" when the match is in no
                              attribution */
    int negated;           /* FSC_MATCH_NEGATED */
    int distanced;         /* FSC_MATCH_DISTANCED */
    size_t start, end;     /* byte span in the string of its zone (the
                              title or the text) */
    size_t cp_start, cp_end; /* the same in code points */
    const char *zone;      /* "title" or "text" (static): the contexts and
                              offsets are of that zone's string; a title's
                              context never runs into the text */
} fsc_kwic_line;

/** Lines collected over a corpus (for column alignment). One writer. */
typedef struct fsc_kwic fsc_kwic;

/**
 * New, empty set selecting matches of model `m` (borrowed: it must outlive
 * the set) by `opts` (copied; NULL: defaults). Fails with FSC_EINVAL when
 * neither or both of term and category are given, when the category is
 * unknown or ambiguous (msg says which), or when the term is empty.
 */
fsc_status fsc_kwic_new(const fsc_model *m, const fsc_kwic_opts *opts,
                        fsc_kwic **out, fsc_error *err);
void fsc_kwic_free(fsc_kwic *k); /* NULL is a no-op */

/**
 * Add the selected framing matches of record `rec` (not skipped) analysed
 * into `res` (from fsc_record_text(rec), over the set's model), in text
 * order. *n_added (may be NULL) gets the number of lines added.
 */
fsc_status fsc_kwic_add(fsc_kwic *k, const fsc_record *rec,
                        const fsc_result *res, size_t *n_added,
                        fsc_error *err);

size_t fsc_kwic_n_lines(const fsc_kwic *k);
/** Line i (borrowed, lifetime of the set); NULL when out of range. */
const fsc_kwic_line *fsc_kwic_line_at(const fsc_kwic *k, size_t i);

/**
 * Render every line into a new string (*out, free with fsc_free()).
 *
 * text: one line per match: the left context right-aligned in `window`
 * columns, two spaces, the match padded to the widest match, two spaces,
 * the right context padded to `window` columns, then id, outlet, voice,
 * source and flags ("negated", "distanced", "-"); so the match starts at
 * the same display column on every left-to-right line. A line whose
 * contexts or match hold right-to-left letters (Arabic, Hebrew) has each of
 * the three parts wrapped in FSI ... PDI (U+2068/U+2069) so that a
 * terminal's bidi algorithm shows them in logical order, left to right.
 * csv: header id,outlet,date,lang,voice,source,source_kind,negated,
 * distanced,left,match,right,start,end,cp_start,cp_end; negated and
 * distanced are 0 or 1.
 * html: a page with one table of left-to-right lines and one of
 * right-to-left lines (a line is right-to-left when its match, else its
 * contexts, hold Arabic or Hebrew letters). The right-to-left table runs
 * right to left (dir="rtl"), so its preceding context stands right of the
 * match and the following one left of it, as an Arabic reader meets them;
 * in both tables the contexts are aligned to the match (text-align end /
 * start), every cell is a direction isolate (dir, <bdi>), nothing wraps,
 * and the header row stays in view while scrolling.
 *
 * Contexts hold up to `window` code points and end at a word boundary (a
 * space) when one lies inside the window, so no word is cut in half; a
 * code point is never cut.
 */
fsc_status fsc_kwic_render(const fsc_kwic *k, fsc_kwic_format format,
                           char **out, size_t *len, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
