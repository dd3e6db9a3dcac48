/*
 * svg.h - a small SVG chart writer for reports (internal).
 *
 * Four chart kinds, each written as one self-contained <svg> element that
 * can be inlined in HTML or saved as a .svg file (it carries xmlns, uses
 * only XML's five entities, and has no script, no external reference and
 * no CSS that needs the page):
 *
 *   bars      grouped horizontal bars with optional CI whiskers
 *             (rows = categories, one bar per series = outlet or voice)
 *   diverging horizontal bars around 0 (keyness z, differences), with
 *             optional whiskers and a caption for each side
 *   stacked   horizontal stacked bars (rows = outlets, segments = sides)
 *   lines     lines over ordinal x labels (periods) with optional CI bands;
 *             a NAN y breaks the line
 *
 * Colours: the Okabe-Ito palette (colour-blind safe), series k gets slot
 * k mod 8; from the ninth series on, bars get a hatch pattern and lines a
 * dash pattern as well, so series stay distinguishable. Every chart has
 * <title> (the chart title) and <desc> (a one-line text summary) and
 * role="img" aria-label, and a legend when it has more than one series.
 *
 * All text (labels, titles, series names) may come from articles or
 * lexicons: it is XML-escaped (& < > " '), C0/C1 controls are dropped and
 * bidi controls U+202A-U+202E, U+2066-U+2069 are removed; invalid UTF-8
 * bytes become U+FFFD. Labels longer than 48 code points are cut with "…".
 * (TAB, LF and CR become a space rather than vanishing; U+FFFE/U+FFFF,
 * which XML forbids, become U+FFFD. Row labels are also cut to fit the
 * left margin, at most 40 % of the width; titles, captions and the axis
 * label are cut to fit the width, <desc> at 400 code points.)
 * Numbers are printed locale-independently with at most 3 decimals
 * (coordinates) and with the axis' tick precision (tick labels).
 *
 * Axes use "nice" ticks (1, 2, 2.5, 5 x 10^k), 4-8 of them, spanning 0
 * and every finite value, low and high given. NAN values are not drawn
 * (a bar with NAN value shows "n/a" at the axis); NAN lo/hi draw no
 * whisker or band. When every value is NAN or there are no rows, the
 * chart is a box with the text "no data". A CI with lo > hi is drawn
 * between the two (ordered). Every bar, segment and point carries a <title>
 * tooltip "row · series: value [CI lo, hi]". Stacked bars ignore lo/hi and
 * stack negative values leftwards from 0; with `percent`, a value's share
 * is v / sum(|v|) of its row, and a row whose total is 0 shows "n/a".
 *
 * Output is appended to an fsc_buf; it is deterministic (same input, same
 * bytes). Functions return FSC_OK, FSC_EINVAL for a NULL spec/out or
 * inconsistent sizes, or FSC_ENOMEM.
 */
#ifndef FSC_REPORTS_SVG_H
#define FSC_REPORTS_SVG_H

#include "buf.h"
#include "framescope/framescope.h"

#include <stddef.h>

/* One series of values over the chart's rows (bars, diverging, stacked)
 * or x positions (lines). lo/hi may be NULL (no whiskers/bands). */
typedef struct fsc__svg_series {
    const char *name;  /* legend text (may be NULL for a single series) */
    const double *v;   /* n values (rows or x positions) */
    const double *lo;  /* CI lower bounds or NULL */
    const double *hi;  /* CI upper bounds or NULL */
} fsc__svg_series;

typedef struct fsc__svg_chart {
    const char *title;      /* chart title (<title> and a heading text) */
    const char *desc;       /* one-line summary for <desc>; NULL: title */
    const char *x_label;    /* value axis label, e.g. "per 1,000 tokens" */
    const char *const *rows;/* n_rows row labels (bars, diverging, stacked)
                               or x labels (lines) */
    size_t n_rows;
    const fsc__svg_series *series;
    size_t n_series;
    /* diverging only: captions of the negative and positive sides
     * ("leans to B", "leans to A"); NULL for none. */
    const char *neg_caption, *pos_caption;
    /* stacked only: 1 to draw each row as shares of its total (0..100 %),
     * 0 for raw values. */
    int percent;
    unsigned width;         /* total width in px (0: 720) */
    double y_max;           /* when > 0, the value axis reaches at least
                               this (one scale for small multiples) */
    const char *id;         /* id attribute prefix for patterns, unique in
                               the page ([A-Za-z0-9_-]); NULL: "c" */
} fsc__svg_chart;

fsc_status fsc__svg_bars(fsc_buf *out, const fsc__svg_chart *c);
fsc_status fsc__svg_diverging(fsc_buf *out, const fsc__svg_chart *c);
fsc_status fsc__svg_stacked(fsc_buf *out, const fsc__svg_chart *c);
fsc_status fsc__svg_lines(fsc_buf *out, const fsc__svg_chart *c);

/* Nice axis ticks over [lo, hi] (lo <= hi, finite): writes up to max
 * ticks to t (first <= lo, last >= hi), returns their count (>= 2), and
 * the decimals needed to print them in *decimals (may be NULL). NAN/Inf
 * bounds count as 0, lo > hi is swapped, and [0, 0] gives 0 .. 1. Only
 * max < 2 can give fewer than 2 ticks. */
size_t fsc__svg_ticks(double lo, double hi, double *t, size_t max,
                      int *decimals);

/* Okabe-Ito colour of series k ("#E69F00", ...; cycles over 8). */
const char *fsc__svg_color(size_t k);

/* Append s[0..len) XML-escaped and cleaned as described above (used by
 * the writers and by report renderers for SVG files). It does not cut:
 * the 48 code point limit applies to chart labels only. FSC_EINVAL for a
 * NULL out, or a NULL s with len > 0; on failure out is unchanged. */
fsc_status fsc__svg_text(fsc_buf *out, const char *s, size_t len);

#endif
