/*
 * show.h - one analysed article rendered for a terminal: the text with its
 * framing matches, reporting cues and sources marked (plain markers or ANSI
 * colours), the numbered attributions and a summary.
 *
 * The output is safe to print: control characters and bidi embedding,
 * override and isolate characters that are in the article (or a lexicon)
 * are shown visibly (␛, \u{202E}) instead of being passed to the terminal,
 * so an article can neither send escape sequences nor reorder the display.
 * The only escape sequences in the output are the SGR colours that
 * opts.color asks for, and the only bidi controls are the U+2068/U+2069
 * (FSI/PDI) isolates put around inserted labels and quoted excerpts.
 */
#ifndef FRAMESCOPE_SHOW_H
#define FRAMESCOPE_SHOW_H

#include "analyzer.h"
#include "corpus.h"
#include "framescope.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_show_opts {
    int color;        /* nonzero: ANSI SGR colours and styles; 0 (default):
                         plain markers [[term]]{label} ⟨cue⟩ ⟦source⟧ */
    unsigned width;   /* wrap lines at spaces to this many columns (a word
                         longer than that is cut between code points);
                         0 (default): no wrapping */
    int header;       /* id, outlet, date, lang and title first (1) */
    int attributions; /* the numbered list of attributions (1) */
    int summary;      /* tokens, categories, voices, modifiers (1) */
    int fragment;     /* HTML only: 1 renders the view as one
                         <section class="fsc-view"> (no document, head,
                         style or CSP) for embedding in a page that
                         carries fsc_show_html_css() (0) */
    int legend_key;   /* HTML: 1 (default) the legend explains voices,
                         modifiers and attributions; 0 leaves that out (a
                         page that shows fsc_show_html_legend_key() once
                         above several views) and keeps the line of the
                         article's categories */
} fsc_show_opts;

void fsc_show_opts_init(fsc_show_opts *o);

/**
 * Render record `rec` (not skipped) and its analysis `res` (made by an
 * analyzer over model `m` from fsc_record_text(rec)) into a new string.
 *
 * Plain markers, each label in FSI/PDI isolates so that Arabic text around
 * it keeps its order:
 *   [[مكافحة الإرهاب]]{securitization·attributed→bayramov}
 *   ⟨وأشار⟩{#4}  ⟦بيراموف⟧{#4}        (cue and source of attribution 4)
 * With opts->color: a background per category (a fixed palette, cycling),
 * bold authorial, italic quoted, underlined attributed, struck-through
 * negated matches; cues magenta, sources cyan.
 * Framing matches only (not the attribution layer's cue and actor matches).
 * Paragraphs and line breaks are kept; CR LF becomes LF.
 *
 * Returns FSC_OK and *out (free with fsc_free()), *len its length;
 * FSC_EINVAL when an argument is NULL or the record was skipped; FSC_ENOMEM.
 * Thread-safety: reads m, rec and res only.
 */
fsc_status fsc_show_render(const fsc_model *m, const fsc_record *rec,
                           const fsc_result *res, const fsc_show_opts *opts,
                           char **out, size_t *len, fsc_error *err);

/**
 * Render record `rec` and its analysis `res` as one standalone HTML page
 * (UTF-8): a header (id, outlet, date, lang, title), a legend, the text in
 * <p dir="auto"> paragraphs with each framing match as
 * <mark class="cat-N voice-V [negated hedged intensified distanced]"
 * title="categories · voice → source (#n) · modifiers"> (N: a slot of the
 * Okabe-Ito palette, cycling; V: authorial, quoted, attributed, or none
 * without attribution lexicons), cues and sources as <span class="cue">
 * and <span class="src"> followed by their attribution numbers, the
 * numbered attributions (opts->attributions), and a summary table with the
 * profile line (opts->summary). opts->header drops the header when 0;
 * opts->color and opts->width do not apply.
 *
 * The page is inert: inline CSS, no script, no external resource, and a
 * Content-Security-Policy that forbids both. Text from the article or a
 * lexicon is HTML-escaped (& < > " '); control characters and bidi
 * controls U+202A-U+202E, U+2066-U+2069 are shown as visible escapes
 * (\u{202E}, control pictures) as fsc_show_escape() does. Linear in the
 * size of the text.
 *
 * Returns FSC_OK and *out (free with fsc_free()), *len its length;
 * FSC_EINVAL when an argument is NULL or the record was skipped; FSC_ENOMEM.
 * Thread-safety: reads m, rec and res only.
 */
fsc_status fsc_show_render_html(const fsc_model *m, const fsc_record *rec,
                                const fsc_result *res,
                                const fsc_show_opts *opts, char **out,
                                size_t *len, fsc_error *err);

/** The style sheet of the HTML article view (static): the rules for the
 *  view's parts (marks, legend, attributions), without page-level rules
 *  (body). A page embedding fragments includes it once. */
const char *fsc_show_html_css(void);

/** The legend's key to voices, modifiers and attributions (HTML, static):
 *  what a page embedding several views shows once (legend_key 0). */
const char *fsc_show_html_legend_key(void);

/**
 * Escape s[0..len) for a terminal as fsc_show_render does with article
 * text: C0 controls other than LF and TAB become control pictures (ESC is
 * ␛, U+241B; DEL is ␡), C1 controls and the bidi controls U+202A-U+202E
 * and U+2066-U+2069 become \u{XX} (isolated), invalid UTF-8 bytes \x{XX}.
 * CR before LF is dropped. Returns FSC_OK and *out (free with fsc_free()).
 */
fsc_status fsc_show_escape(const char *s, size_t len, char **out,
                           size_t *out_len, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
