/*
 * svg.c - SVG chart writer (grouped, diverging and stacked bars, lines).
 *
 * Each writer lays the chart out first (height follows from rows, series
 * and legend) and then appends one self-contained <svg> element. All text
 * goes through one escaping routine; all numbers through one locale-proof
 * formatter; NAN and Inf never reach the output as text.
 */
#include "svg.h"

#include "utf8.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define FONT_FAMILY                                                            \
    "system-ui, 'Noto Sans', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif"
#define LABEL_CP 48     /* labels are cut to this many code points */
#define TITLE_CP 160    /* titles, captions, axis labels */
#define DESC_CP 400     /* <desc> */
#define CP_W 7.5        /* estimated width of one code point at 12 px */
#define XCP_W 8.5       /* the same, generously, for 11 px x labels */
#define PAD 12.0        /* outer padding */
#define BAR_H 14.0      /* height of one series' bar within a row group */
#define GROUP_GAP 10.0  /* vertical gap between row groups */
#define STACK_H 22.0    /* row height of stacked bars */
#define LINE_PLOT_H 260 /* plot height of line charts */
#define MAX_TICKS 8
#define NUM_CAP 400     /* room for any double printed with <= 20 decimals */

/* Okabe-Ito, reordered so that the low-contrast yellow comes late. */
static const char *const palette[8] = { "#0072B2", "#E69F00", "#009E73",
                                        "#CC79A7", "#56B4E9", "#D55E00",
                                        "#F0E442", "#000000" };
/* Whether text or hatch lines on the colour should be white. */
static const int palette_dark[8] = { 1, 0, 1, 0, 0, 1, 0, 1 };

static const char *const dashes[6] = { "6 3", "2 3",  "8 3 2 3",
                                       "1 3", "10 4", "4 2 1 2" };

const char *fsc__svg_color(size_t k)
{
    return palette[k % 8];
}

/* ---- writer with a sticky status ---- */

typedef struct svgw {
    fsc_buf *b;
    fsc_status st; /* first failure; later writes are no-ops */
} svgw;

static void putn(svgw *w, const char *s, size_t n)
{
    if (w->st == FSC_OK)
        w->st = fsc__buf_add(w->b, s, n);
}

static void put(svgw *w, const char *s)
{
    putn(w, s, strlen(s));
}

/*
 * Format v with `dec` decimals into out (NUM_CAP bytes), always with '.' as
 * the decimal separator whatever LC_NUMERIC says: snprintf's separator is
 * replaced, so a comma or a multi-byte separator cannot leak through. With
 * `trim`, trailing fractional zeros go. "-0" never appears.
 */
static void fmt_dec(char *out, double v, int dec, int trim)
{
    char tmp[NUM_CAP];
    if (!isfinite(v))
        v = 0;
    if (v > 1e300)
        v = 1e300;
    if (v < -1e300)
        v = -1e300;
    if (dec < 0)
        dec = 0;
    if (dec > 20)
        dec = 20;
    snprintf(tmp, sizeof tmp, "%.*f", dec, v);
    size_t i = 0, o = 0;
    if (tmp[i] == '-')
        out[o++] = tmp[i++];
    while (tmp[i] >= '0' && tmp[i] <= '9')
        out[o++] = tmp[i++];
    if (tmp[i]) {
        while (tmp[i] && !(tmp[i] >= '0' && tmp[i] <= '9'))
            i++;
        out[o++] = '.';
        while (tmp[i] >= '0' && tmp[i] <= '9')
            out[o++] = tmp[i++];
    }
    out[o] = '\0';
    if (trim && strchr(out, '.')) {
        while (o > 0 && out[o - 1] == '0')
            out[--o] = '\0';
        if (o > 0 && out[o - 1] == '.')
            out[--o] = '\0';
    }
    if (out[0] == '-' && strspn(out + 1, "0.") == strlen(out + 1))
        memmove(out, out + 1, strlen(out));
}

/* A coordinate: one decimal, trailing ".0" dropped, clamped to a sane
 * range so that absurd input cannot produce absurd numbers. */
static void coord(svgw *w, double v)
{
    char s[NUM_CAP];
    if (!isfinite(v))
        v = 0;
    if (v > 1e6)
        v = 1e6;
    if (v < -1e6)
        v = -1e6;
    fmt_dec(s, v, 1, 1);
    put(w, s);
}

/* A data value for tooltips: up to 6 decimals, as fsc__fmt_round. */
static void value(svgw *w, double v)
{
    char s[NUM_CAP];
    if (!isfinite(v)) {
        put(w, "n/a");
        return;
    }
    fmt_dec(s, v, 6, 1);
    put(w, s);
}

static void usize(svgw *w, size_t n)
{
    char s[32];
    snprintf(s, sizeof s, "%zu", n);
    put(w, s);
}

/*
 * Tiny formatter for markup: %f a coordinate (double), %s a raw string
 * (markup or a sanitised id, never user text), %u a size_t. Anything else
 * is copied. There is no compiler check, so keep the calls simple.
 */
static void emit(svgw *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        if (!q) {
            put(w, p);
            break;
        }
        putn(w, p, (size_t)(q - p));
        switch (q[1]) {
        case 'f':
            coord(w, va_arg(ap, double));
            break;
        case 's':
            put(w, va_arg(ap, const char *));
            break;
        case 'u':
            usize(w, va_arg(ap, size_t));
            break;
        default:
            putn(w, q, q[1] ? 2 : 1);
            break;
        }
        p = q[1] ? q + 2 : q + 1;
    }
    va_end(ap);
}

/* ---- text ---- */

/*
 * Next code point to show from s[*i..len), advancing *i; -1 at the end.
 * Invalid bytes and the XML non-characters U+FFFE/U+FFFF become U+FFFD; C0,
 * DEL and C1 controls and the bidi embedding/override/isolate controls are
 * skipped, except that TAB, LF and CR become a space (a label with a line
 * break should not glue two words together).
 */
static long next_cp(const char *s, size_t len, size_t *i)
{
    while (*i < len) {
        size_t n = 1;
        long cp = fsc__utf8_decode_checked(s + *i, len - *i, &n);
        *i += n ? n : 1;
        if (cp < 0 || cp == 0xFFFE || cp == 0xFFFF)
            return 0xFFFD;
        if (cp == '\t' || cp == '\n' || cp == '\r')
            return ' ';
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
            continue;
        if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
            continue;
        return cp;
    }
    return -1;
}

/* Code points that esc() would show for s (NULL: 0), counting at most
 * max + 1 so that a huge label costs little. */
static size_t vis_count(const char *s, size_t max)
{
    if (!s)
        return 0;
    size_t len = strlen(s), i = 0, n = 0;
    while (n <= max && next_cp(s, len, &i) >= 0)
        n++;
    return n;
}

/* Escaped s[0..len), cut to max_cp code points (the last being "…"). */
static void esc_n(svgw *w, const char *s, size_t len, size_t max_cp)
{
    if (!s || max_cp == 0)
        return;
    size_t total = 0, i = 0;
    while (total <= max_cp && next_cp(s, len, &i) >= 0)
        total++;
    size_t keep = total > max_cp ? max_cp - 1 : total;
    i = 0;
    for (size_t k = 0; k < keep; k++) {
        long cp = next_cp(s, len, &i);
        char enc[4];
        switch (cp) {
        case '&':
            put(w, "&amp;");
            break;
        case '<':
            put(w, "&lt;");
            break;
        case '>':
            put(w, "&gt;");
            break;
        case '"':
            put(w, "&quot;");
            break;
        case '\'':
            put(w, "&apos;");
            break;
        default:
            putn(w, enc, fsc__utf8_encode((uint32_t)cp, enc));
            break;
        }
    }
    if (total > max_cp)
        put(w, "\xE2\x80\xA6"); /* … */
}

static void esc(svgw *w, const char *s, size_t max_cp)
{
    if (s)
        esc_n(w, s, strlen(s), max_cp);
}

fsc_status fsc__svg_text(fsc_buf *out, const char *s, size_t len)
{
    if (!out || (!s && len))
        return FSC_EINVAL;
    size_t old = out->len;
    svgw w = { out, FSC_OK };
    esc_n(&w, s, len, SIZE_MAX - 1);
    if (w.st != FSC_OK && out->data) {
        out->len = old;
        out->data[old] = '\0';
    }
    return w.st;
}

/* ---- ticks ---- */

size_t fsc__svg_ticks(double lo, double hi, double *t, size_t max,
                      int *decimals)
{
    static const double mult[4] = { 1, 2, 2.5, 5 };
    if (decimals)
        *decimals = 0;
    if (!t || max == 0)
        return 0;
    if (!isfinite(lo))
        lo = 0;
    if (!isfinite(hi))
        hi = 0;
    if (lo > hi) {
        double x = lo;
        lo = hi;
        hi = x;
    }
    /* 0 is always on the axis; clamping keeps hi - lo finite. */
    lo = lo > 0 ? 0 : (lo < -1e300 ? -1e300 : lo);
    hi = hi < 0 ? 0 : (hi > 1e300 ? 1e300 : hi);
    if (hi - lo < 1e-12) {
        if (lo < 0)
            hi = 0, lo = -1;
        else
            hi = 1;
    }
    size_t limit = max < MAX_TICKS ? max : MAX_TICKS;
    if (limit < 2) {
        t[0] = lo;
        return 1;
    }
    double span = hi - lo;
    int k = (int)floor(log10(span / (double)limit)) - 1;
    for (int tries = 0; tries < 40; tries++, k++) {
        double p10 = pow(10.0, k < 0 ? -k : k);
        for (int m = 0; m < 4; m++) {
            double step = k < 0 ? mult[m] / p10 : mult[m] * p10;
            double i0 = floor(lo / step + 1e-9), i1 = ceil(hi / step - 1e-9);
            if (i1 - i0 + 1 > (double)limit)
                continue;
            size_t n = 0;
            for (double i = i0; i <= i1; i += 1) {
                /* i * m / 10^-k rounds better than i * (m / 10^-k). */
                double v = k < 0 ? i * mult[m] / p10 : i * mult[m] * p10;
                t[n++] = v == 0 ? 0 : v;
            }
            if (n < 2) { /* cannot happen with hi > lo; be safe */
                t[0] = lo;
                t[1] = hi;
                n = 2;
            }
            if (decimals) {
                int d = k < 0 ? -k : 0;
                if (m == 2 && k <= 0)
                    d++;
                *decimals = d;
            }
            return n;
        }
    }
    t[0] = lo;
    t[1] = hi;
    return 2;
}

/* ---- layout shared by the writers ---- */

enum kind { K_BARS, K_DIVERGING, K_STACKED, K_LINES };

typedef struct layout {
    const fsc__svg_chart *c;
    enum kind kind;
    char id[72];         /* sanitised id prefix */
    double W, H;         /* total size */
    double L, R;         /* plot left and right edges (x) */
    double top, bottom;  /* plot top and bottom (y) */
    double legend_y;     /* baseline of the first legend line */
    double t[MAX_TICKS]; /* value ticks */
    size_t nt;
    int dec;             /* tick decimals */
    size_t row_cp;       /* row labels are cut to this many code points */
} layout;

static int finite(double v)
{
    return isfinite(v) != 0;
}

static double sval(const fsc__svg_series *s, size_t i)
{
    return finite(s->v[i]) ? s->v[i] : NAN;
}

/* lo/hi of one value when both are finite (then returns 1), ordered. */
static int ci(const fsc__svg_series *s, size_t i, double *lo, double *hi)
{
    if (!s->lo || !s->hi || !finite(s->lo[i]) || !finite(s->hi[i]))
        return 0;
    *lo = s->lo[i] < s->hi[i] ? s->lo[i] : s->hi[i];
    *hi = s->lo[i] < s->hi[i] ? s->hi[i] : s->lo[i];
    return 1;
}

static void sanitize_id(char out[72], const char *id)
{
    size_t o = 0;
    if (!id || !((id[0] >= 'A' && id[0] <= 'Z') || (id[0] >= 'a' && id[0] <= 'z')))
        out[o++] = 'c';
    for (size_t i = 0; id && id[i] && o < 64; i++) {
        char ch = id[i];
        if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
            (ch >= '0' && ch <= '9') || ch == '_' || ch == '-')
            out[o++] = ch;
    }
    out[o] = '\0';
}

/* Segment values of row i in stacked charts (percent of |total| if asked);
 * returns 0 when the row has no finite value or a zero total. */
static int stacked_val(const fsc__svg_chart *c, size_t i, size_t k, double *v)
{
    double x = sval(&c->series[k], i), tot = 0;
    if (!finite(x))
        return 0;
    if (c->percent) {
        for (size_t j = 0; j < c->n_series; j++) {
            double y = sval(&c->series[j], i);
            if (finite(y))
                tot += fabs(y);
        }
        if (!(tot > 0) || !finite(tot))
            return 0;
        x = x / tot * 100.0;
    }
    *v = x;
    return 1;
}

/* The value range to cover; returns 0 when there is nothing to draw. */
static int data_range(const layout *ly, double *lo, double *hi)
{
    const fsc__svg_chart *c = ly->c;
    int any = 0;
    *lo = 0;
    *hi = 0;
    if (ly->kind == K_STACKED) {
        for (size_t i = 0; i < c->n_rows; i++) {
            double pos = 0, neg = 0, v;
            int row_any = 0;
            for (size_t k = 0; k < c->n_series; k++)
                if (stacked_val(c, i, k, &v)) {
                    row_any = 1;
                    if (v >= 0)
                        pos += v;
                    else
                        neg += v;
                }
            any |= row_any;
            if (row_any && finite(pos) && finite(neg)) {
                *lo = neg < *lo ? neg : *lo;
                *hi = pos > *hi ? pos : *hi;
            }
        }
        return any;
    }
    for (size_t k = 0; k < c->n_series; k++)
        for (size_t i = 0; i < c->n_rows; i++) {
            double v = sval(&c->series[k], i), a, b;
            if (!finite(v))
                continue;
            any = 1;
            *lo = v < *lo ? v : *lo;
            *hi = v > *hi ? v : *hi;
            if (ci(&c->series[k], i, &a, &b)) {
                *lo = a < *lo ? a : *lo;
                *hi = b > *hi ? b : *hi;
            }
        }
    return any;
}

static double sx(const layout *ly, double v)
{
    double t0 = ly->t[0], t1 = ly->t[ly->nt - 1];
    return ly->L + (v - t0) / (t1 - t0) * (ly->R - ly->L);
}

static double clampd(double v, double lo, double hi)
{
    return v < lo ? lo : (v > hi ? hi : v);
}

/* Pattern (k >= 8) or colour fill of series k. */
static void fill_of(svgw *w, const layout *ly, size_t k)
{
    if (k < 8)
        emit(w, "fill=\"%s\"", fsc__svg_color(k));
    else
        emit(w, "fill=\"url(#%s-p%u)\"", ly->id, k);
}

static void patterns(svgw *w, const layout *ly)
{
    size_t n = ly->c->n_series;
    if (n <= 8 || ly->kind == K_LINES)
        return;
    put(w, "<defs>");
    for (size_t k = 8; k < n; k++) {
        size_t v = k / 8 - 1, style = v % 6;
        double s = (v / 6) % 2 ? 9 : 6;
        static const char *const rot[6] = { "45", "-45", "0", "90", "45", "0" };
        const char *ink = palette_dark[k % 8] ? "#FFFFFF" : "#000000";
        emit(w, "<pattern id=\"%s-p%u\" patternUnits=\"userSpaceOnUse\" "
                "width=\"%f\" height=\"%f\" patternTransform=\"rotate(%s)\">",
             ly->id, k, s, s, rot[style]);
        emit(w, "<rect width=\"%f\" height=\"%f\" fill=\"%s\"/>", s, s,
             fsc__svg_color(k));
        if (style == 5)
            emit(w, "<circle cx=\"%f\" cy=\"%f\" r=\"1.5\" fill=\"%s\" "
                    "fill-opacity=\"0.7\"/>", s / 2, s / 2, ink);
        else
            emit(w, "<path d=\"M0 0V%f%s\" stroke=\"%s\" stroke-width=\"2\" "
                    "stroke-opacity=\"0.7\"/>", s,
                 style == 4 ? (s > 6 ? "M0 4.5H9" : "M0 3H6") : "", ink);
        put(w, "</pattern>");
    }
    put(w, "</defs>");
}

/* Series name for the legend: the given one or "Series k+1". */
static void series_name(svgw *w, const fsc__svg_series *s, size_t k,
                        size_t max_cp)
{
    if (s->name && vis_count(s->name, 1) > 0) {
        esc(w, s->name, max_cp);
    } else {
        put(w, "Series ");
        usize(w, k + 1);
    }
}

static size_t name_cp(const fsc__svg_series *s, size_t k)
{
    if (s->name && vis_count(s->name, 1) > 0)
        return vis_count(s->name, LABEL_CP) > LABEL_CP
                   ? LABEL_CP
                   : vis_count(s->name, LABEL_CP);
    return k + 1 >= 10 ? 9 : 8;
}

/* Legend lines from (x0, y) within width maxw; returns the height used.
 * With draw == 0 it only measures (w may then be NULL). */
static double legend(svgw *w, const layout *ly, double x0, double y,
                     double maxw, int draw)
{
    const fsc__svg_chart *c = ly->c;
    if (c->n_series < 2)
        return 0;
    double x = x0, lines = 1;
    if (draw)
        put(w, "<g font-size=\"12\" fill=\"#222\">");
    for (size_t k = 0; k < c->n_series; k++) {
        size_t cp = name_cp(&c->series[k], k);
        double iw = 20 + (double)cp * CP_W + 16;
        if (x > x0 && x + iw > x0 + maxw) {
            x = x0;
            y += 18;
            lines++;
        }
        if (draw) {
            if (ly->kind == K_LINES) {
                emit(w, "<path d=\"M%f %fH%f\" stroke=\"%s\" "
                        "stroke-width=\"2.5\" fill=\"none\"",
                     x, y - 4, x + 16, fsc__svg_color(k));
                if (k >= 8)
                    emit(w, " stroke-dasharray=\"%s\"",
                         dashes[(k / 8 - 1) % 6]);
                put(w, "/>");
            } else {
                emit(w, "<rect x=\"%f\" y=\"%f\" width=\"12\" height=\"12\" ",
                     x + 2, y - 10);
                fill_of(w, ly, k);
                put(w, " stroke=\"#555\" stroke-width=\"0.5\"/>");
            }
            emit(w, "<text x=\"%f\" y=\"%f\">", x + 20, y);
            series_name(w, &c->series[k], k, LABEL_CP);
            put(w, "</text>");
        }
        x += iw;
    }
    if (draw)
        put(w, "</g>");
    return lines * 18;
}

static void open_svg(svgw *w, const layout *ly)
{
    const fsc__svg_chart *c = ly->c;
    const char *title = c->title && vis_count(c->title, 1) ? c->title : "Chart";
    const char *desc = c->desc && vis_count(c->desc, 1) ? c->desc : title;
    emit(w, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %f %f\" "
            "width=\"%f\" height=\"%f\" role=\"img\" aria-label=\"",
         ly->W, ly->H, ly->W, ly->H);
    esc(w, title, TITLE_CP);
    put(w, "\" font-family=\"" FONT_FAMILY "\" font-size=\"12\"><title>");
    esc(w, title, TITLE_CP);
    put(w, "</title><desc>");
    esc(w, desc, DESC_CP);
    put(w, "</desc>");
    patterns(w, ly);
    emit(w, "<rect width=\"%f\" height=\"%f\" fill=\"#FFFFFF\"/>", ly->W,
         ly->H);
    if (c->title && vis_count(c->title, 1)) {
        size_t fit = (size_t)((ly->W - 2 * PAD) / 8.5);
        emit(w, "<text x=\"%f\" y=\"%f\" font-size=\"15\" "
                "font-weight=\"bold\" fill=\"#111\">", PAD, PAD + 14);
        esc(w, c->title, fit < TITLE_CP ? fit : TITLE_CP);
        put(w, "</text>");
    }
}

/* Top of the area below the title. */
static double after_title(const fsc__svg_chart *c)
{
    return c->title && vis_count(c->title, 1) ? PAD + 26 : PAD;
}

static fsc_status no_data(fsc_buf *out, layout *ly)
{
    svgw w = { out, FSC_OK };
    double y0 = after_title(ly->c) + 4;
    ly->H = y0 + 80 + PAD;
    open_svg(&w, ly);
    emit(&w, "<rect x=\"%f\" y=\"%f\" width=\"%f\" height=\"80\" "
             "fill=\"#F6F6F6\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>",
         PAD, y0, ly->W - 2 * PAD);
    emit(&w, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" font-size=\"14\" "
             "fill=\"#555\">no data</text></svg>\n",
         ly->W / 2, y0 + 45);
    return w.st;
}

/* Width of a tick label in px (estimate). */
static double tick_w(const layout *ly, size_t j)
{
    char s[NUM_CAP];
    fmt_dec(s, ly->t[j], ly->dec, 0);
    size_t n = strlen(s) + (ly->kind == K_STACKED && ly->c->percent ? 1u : 0u);
    return (double)n * 6.5;
}

static void tick_label(svgw *w, const layout *ly, size_t j)
{
    char s[NUM_CAP];
    fmt_dec(s, ly->t[j], ly->dec, 0);
    put(w, s);
    if (ly->kind == K_STACKED && ly->c->percent)
        put(w, "%");
}

/* Vertical gridlines, bottom axis, tick labels and the axis label. */
static void value_axis_x(svgw *w, const layout *ly)
{
    const fsc__svg_chart *c = ly->c;
    put(w, "<g stroke=\"#DDDDDD\" stroke-width=\"1\">");
    for (size_t j = 0; j < ly->nt; j++) {
        double x = sx(ly, ly->t[j]);
        emit(w, "<path d=\"M%f %fV%f\"/>", x, ly->top, ly->bottom);
    }
    put(w, "</g>");
    emit(w, "<path d=\"M%f %fH%f\" stroke=\"#444\" stroke-width=\"1\"/>",
         ly->L, ly->bottom, ly->R);
    put(w, "<g font-size=\"11\" fill=\"#333\" text-anchor=\"middle\">");
    for (size_t j = 0; j < ly->nt; j++) {
        emit(w, "<text x=\"%f\" y=\"%f\">", sx(ly, ly->t[j]), ly->bottom + 15);
        tick_label(w, ly, j);
        put(w, "</text>");
    }
    put(w, "</g>");
    const char *xl = c->x_label;
    if (ly->kind == K_STACKED && c->percent && !xl)
        xl = "share of row total (%)";
    if (xl && vis_count(xl, 1)) {
        size_t fit = (size_t)((ly->R - ly->L) / CP_W);
        emit(w, "<text x=\"%f\" y=\"%f\" text-anchor=\"middle\" fill=\"#222\">",
             (ly->L + ly->R) / 2, ly->bottom + 34);
        esc(w, xl, fit < TITLE_CP ? fit : TITLE_CP);
        put(w, "</text>");
    }
}

static int has_x_label(const layout *ly)
{
    return (ly->c->x_label && vis_count(ly->c->x_label, 1)) ||
           (ly->kind == K_STACKED && ly->c->percent);
}

/* Tooltip: "row · series: v [lo, hi]". */
static void tooltip(svgw *w, const layout *ly, size_t i, size_t k, double v,
                    int show_pct)
{
    const fsc__svg_chart *c = ly->c;
    const fsc__svg_series *s = &c->series[k];
    double a, b;
    put(w, "<title>");
    esc(w, c->rows[i], LABEL_CP);
    if (c->n_series > 1 || (s->name && vis_count(s->name, 1))) {
        put(w, " \xC2\xB7 ");
        series_name(w, s, k, LABEL_CP);
    }
    put(w, ": ");
    value(w, sval(s, i));
    if (show_pct && finite(v)) {
        put(w, " (");
        char p[NUM_CAP];
        fmt_dec(p, v, 1, 0);
        put(w, p);
        put(w, "%)");
    }
    if (finite(sval(s, i)) && ci(s, i, &a, &b)) {
        put(w, " [CI ");
        value(w, a);
        put(w, ", ");
        value(w, b);
        put(w, "]");
    }
    put(w, "</title>");
}

/* Layout for the three horizontal bar kinds: margins from the row labels,
 * legend and captions on top, the value axis at the bottom. */
static void layout_hbars(layout *ly, double row_h)
{
    const fsc__svg_chart *c = ly->c;
    size_t maxcp = 0;
    for (size_t i = 0; i < c->n_rows; i++) {
        size_t n = vis_count(c->rows[i], LABEL_CP);
        maxcp = n > maxcp ? n : maxcp;
    }
    if (maxcp > LABEL_CP)
        maxcp = LABEL_CP;
    double lw = (double)maxcp * CP_W, cap = ly->W * 0.4;
    if (lw > cap) {
        lw = cap;
        maxcp = (size_t)(cap / CP_W);
    }
    ly->row_cp = maxcp < 4 ? 4 : maxcp;
    ly->L = PAD + lw + 10;
    double last = tick_w(ly, ly->nt - 1) / 2 + 4, first = tick_w(ly, 0) / 2;
    ly->R = ly->W - (last > 24 ? last : 24) - PAD / 2;
    if (ly->L < PAD + first)
        ly->L = PAD + first;
    double y = after_title(c);
    if (c->n_series > 1) {
        ly->legend_y = y + 12;
        y += legend(NULL, ly, PAD, ly->legend_y, ly->W - 2 * PAD, 0) + 4;
    }
    if (ly->kind == K_DIVERGING &&
        ((c->neg_caption && vis_count(c->neg_caption, 1)) ||
         (c->pos_caption && vis_count(c->pos_caption, 1))))
        y += 20;
    ly->top = y + 4;
    ly->bottom = ly->top + (double)c->n_rows * row_h;
    ly->H = ly->bottom + (has_x_label(ly) ? 44 : 26) + PAD / 2;
}

/* On failure, drop whatever the writer appended. */
static fsc_status finish(fsc_buf *out, size_t old, fsc_status st)
{
    if (st != FSC_OK && out->data) {
        out->len = old;
        out->data[old] = '\0';
    }
    return st;
}

static fsc_status check(fsc_buf *out, const fsc__svg_chart *c)
{
    if (!out || !c)
        return FSC_EINVAL;
    if ((!c->rows && c->n_rows) || (!c->series && c->n_series))
        return FSC_EINVAL;
    for (size_t k = 0; k < c->n_series; k++)
        if (!c->series[k].v)
            return FSC_EINVAL;
    return FSC_OK;
}

static void row_labels(svgw *w, const layout *ly, double row_h)
{
    const fsc__svg_chart *c = ly->c;
    put(w, "<g font-size=\"12\" fill=\"#222\" text-anchor=\"end\">");
    for (size_t i = 0; i < c->n_rows; i++) {
        emit(w, "<text x=\"%f\" y=\"%f\">", ly->L - 8,
             ly->top + ((double)i + 0.5) * row_h + 4);
        esc(w, c->rows[i], ly->row_cp);
        put(w, "</text>");
    }
    put(w, "</g>");
}

/* Zebra bands behind odd row groups, so grouped bars read as rows. */
static void row_bands(svgw *w, const layout *ly, double row_h)
{
    put(w, "<g fill=\"#F3F3F3\">");
    for (size_t i = 1; i < ly->c->n_rows; i += 2)
        emit(w, "<rect x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\"/>", PAD,
             ly->top + (double)i * row_h, ly->R - PAD, row_h);
    put(w, "</g>");
}

static fsc_status start(fsc_buf *out, const fsc__svg_chart *c, enum kind kind,
                        layout *ly, int *empty)
{
    fsc_status st = check(out, c);
    if (st != FSC_OK)
        return st;
    memset(ly, 0, sizeof *ly);
    ly->c = c;
    ly->kind = kind;
    sanitize_id(ly->id, c->id);
    ly->W = c->width ? (double)c->width : 720;
    ly->W = clampd(ly->W, 320, 4000);
    double lo, hi;
    *empty = c->n_rows == 0 || c->n_series == 0 || !data_range(ly, &lo, &hi);
    if (!*empty && c->y_max > hi && isfinite(c->y_max))
        hi = c->y_max;
    if (!*empty)
        ly->nt = fsc__svg_ticks(lo, hi, ly->t, MAX_TICKS, &ly->dec);
    return FSC_OK;
}

/* Bars and diverging bars share everything but colours and captions. */
static fsc_status hbars(fsc_buf *out, const fsc__svg_chart *c, enum kind kind)
{
    layout ly;
    int empty;
    fsc_status st = start(out, c, kind, &ly, &empty);
    if (st != FSC_OK)
        return st;
    size_t old = out->len;
    if (empty)
        return finish(out, old, no_data(out, &ly));
    double row_h = (double)c->n_series * BAR_H + GROUP_GAP;
    layout_hbars(&ly, row_h);
    svgw w = { out, FSC_OK };
    open_svg(&w, &ly);
    legend(&w, &ly, PAD, ly.legend_y, ly.W - 2 * PAD, 1);
    row_bands(&w, &ly, row_h);
    value_axis_x(&w, &ly);
    double x0 = sx(&ly, 0);
    int by_sign = kind == K_DIVERGING && c->n_series == 1;
    if (kind == K_DIVERGING) {
        double cy = ly.top - 8, half = (ly.R - ly.L) / 2 - 8;
        size_t fit = half > 4 * CP_W ? (size_t)(half / CP_W) - 2 : 2;
        if (c->neg_caption && vis_count(c->neg_caption, 1)) {
            emit(&w, "<text x=\"%f\" y=\"%f\" fill=\"%s\">\xE2\x86\x90 ", ly.L,
                 cy, by_sign ? palette[0] : "#333");
            esc(&w, c->neg_caption, fit);
            put(&w, "</text>");
        }
        if (c->pos_caption && vis_count(c->pos_caption, 1)) {
            emit(&w, "<text x=\"%f\" y=\"%f\" text-anchor=\"end\" fill=\"%s\">",
                 ly.R, cy, by_sign ? palette[5] : "#333");
            esc(&w, c->pos_caption, fit);
            put(&w, " \xE2\x86\x92</text>");
        }
    }
    row_labels(&w, &ly, row_h);
    for (size_t i = 0; i < c->n_rows; i++) {
        for (size_t k = 0; k < c->n_series; k++) {
            const fsc__svg_series *s = &c->series[k];
            double v = sval(s, i), a, b;
            double y = ly.top + (double)i * row_h + GROUP_GAP / 2 +
                       (double)k * BAR_H;
            if (!finite(v)) {
                emit(&w, "<text x=\"%f\" y=\"%f\" font-size=\"11\" "
                         "fill=\"#777\">n/a",
                     x0 + 4, y + BAR_H / 2 + 3.5);
                tooltip(&w, &ly, i, k, NAN, 0);
                put(&w, "</text>");
                continue;
            }
            double xv = sx(&ly, v);
            double xa = xv < x0 ? xv : x0, wd = fabs(xv - x0);
            emit(&w, "<rect x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\" ", xa,
                 y + 1, wd, BAR_H - 2);
            if (by_sign)
                emit(&w, "fill=\"%s\"", v < 0 ? palette[0] : palette[5]);
            else
                fill_of(&w, &ly, k);
            put(&w, ">");
            tooltip(&w, &ly, i, k, v, 0);
            put(&w, "</rect>");
            if (ci(s, i, &a, &b)) {
                double xl = sx(&ly, a), xh = sx(&ly, b), cy = y + BAR_H / 2;
                emit(&w, "<path class=\"ci\" d=\"M%f %fH%fM%f %fV%fM%f %fV%f\" "
                         "stroke=\"#222\" stroke-width=\"1.2\" fill=\"none\">",
                     xl, cy, xh, xl, cy - 4, cy + 4, xh, cy - 4, cy + 4);
                tooltip(&w, &ly, i, k, v, 0);
                put(&w, "</path>");
            }
        }
    }
    /* The zero line over the bars, so that short bars stay anchored. */
    emit(&w, "<path d=\"M%f %fV%f\" stroke=\"#444\" stroke-width=\"%s\"/>", x0,
         ly.top, ly.bottom, kind == K_DIVERGING ? "1.5" : "1");
    put(&w, "</svg>\n");
    return finish(out, old, w.st);
}

fsc_status fsc__svg_bars(fsc_buf *out, const fsc__svg_chart *c)
{
    return hbars(out, c, K_BARS);
}

fsc_status fsc__svg_diverging(fsc_buf *out, const fsc__svg_chart *c)
{
    return hbars(out, c, K_DIVERGING);
}

fsc_status fsc__svg_stacked(fsc_buf *out, const fsc__svg_chart *c)
{
    layout ly;
    int empty;
    fsc_status st = start(out, c, K_STACKED, &ly, &empty);
    if (st != FSC_OK)
        return st;
    size_t old = out->len;
    if (empty)
        return finish(out, old, no_data(out, &ly));
    double row_h = STACK_H + 8;
    layout_hbars(&ly, row_h);
    svgw w = { out, FSC_OK };
    open_svg(&w, &ly);
    legend(&w, &ly, PAD, ly.legend_y, ly.W - 2 * PAD, 1);
    value_axis_x(&w, &ly);
    row_labels(&w, &ly, row_h);
    double x0 = sx(&ly, 0);
    for (size_t i = 0; i < c->n_rows; i++) {
        double y = ly.top + (double)i * row_h + 4, pos = 0, neg = 0, v;
        int any = 0;
        for (size_t k = 0; k < c->n_series; k++) {
            if (!stacked_val(c, i, k, &v))
                continue;
            any = 1;
            double from = v >= 0 ? pos : neg, to = from + v;
            if (v >= 0)
                pos = to;
            else
                neg = to;
            double xa = sx(&ly, from < to ? from : to);
            double xb = sx(&ly, from < to ? to : from);
            emit(&w, "<rect x=\"%f\" y=\"%f\" width=\"%f\" height=\"%f\" ", xa,
                 y, xb - xa, STACK_H);
            fill_of(&w, &ly, k);
            put(&w, " stroke=\"#FFFFFF\" stroke-width=\"0.5\">");
            tooltip(&w, &ly, i, k, v, c->percent);
            put(&w, "</rect>");
            /* The value inside the segment when it fits. */
            char s[NUM_CAP];
            fmt_dec(s, v, c->percent ? 0 : ly.dec, c->percent ? 0 : 1);
            double tw = (double)(strlen(s) + (c->percent ? 1u : 0u)) * 6.5 + 6;
            if (xb - xa >= tw && k < 8) {
                emit(&w, "<text x=\"%f\" y=\"%f\" font-size=\"11\" "
                         "text-anchor=\"middle\" fill=\"%s\" "
                         "pointer-events=\"none\">%s%s</text>",
                     (xa + xb) / 2, y + STACK_H / 2 + 4,
                     palette_dark[k] ? "#FFFFFF" : "#000000", s,
                     c->percent ? "%" : "");
            }
        }
        if (!any) {
            emit(&w, "<text x=\"%f\" y=\"%f\" font-size=\"11\" fill=\"#777\">"
                     "n/a<title>",
                 x0 + 4, y + STACK_H / 2 + 4);
            esc(&w, c->rows[i], LABEL_CP);
            put(&w, ": n/a</title></text>");
        }
    }
    emit(&w, "<path d=\"M%f %fV%f\" stroke=\"#444\" stroke-width=\"1\"/>", x0,
         ly.top, ly.bottom);
    put(&w, "</svg>\n");
    return finish(out, old, w.st);
}

/* ---- lines ---- */

static double sy(const layout *ly, double v)
{
    double t0 = ly->t[0], t1 = ly->t[ly->nt - 1];
    return ly->bottom - (v - t0) / (t1 - t0) * (ly->bottom - ly->top);
}

static double px(const layout *ly, size_t i)
{
    size_t n = ly->c->n_rows;
    if (n < 2)
        return (ly->L + ly->R) / 2;
    return ly->L + (ly->R - ly->L) * (double)i / (double)(n - 1);
}

/* CI bands: one polygon per run of x positions with finite v, lo and hi;
 * a run of one position gets a whisker instead. */
static void bands(svgw *w, const layout *ly, size_t k)
{
    const fsc__svg_chart *c = ly->c;
    const fsc__svg_series *s = &c->series[k];
    double a, b;
    if (!s->lo || !s->hi)
        return;
    size_t i = 0;
    while (i < c->n_rows) {
        if (!finite(sval(s, i)) || !ci(s, i, &a, &b)) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < c->n_rows && finite(sval(s, j)) && ci(s, j, &a, &b))
            j++;
        if (j - i == 1) {
            ci(s, i, &a, &b);
            double x = px(ly, i);
            emit(w, "<path d=\"M%f %fV%fM%f %fH%fM%f %fH%f\" stroke=\"%s\" "
                    "stroke-width=\"1.5\" stroke-opacity=\"0.6\" fill=\"none\"/>",
                 x, sy(ly, a), sy(ly, b), x - 4, sy(ly, a), x + 4, x - 4,
                 sy(ly, b), x + 4, fsc__svg_color(k));
        } else {
            put(w, "<polygon points=\"");
            for (size_t m = i; m < j; m++) {
                ci(s, m, &a, &b);
                emit(w, m > i ? " %f,%f" : "%f,%f", px(ly, m), sy(ly, b));
            }
            for (size_t m = j; m-- > i;) {
                ci(s, m, &a, &b);
                emit(w, " %f,%f", px(ly, m), sy(ly, a));
            }
            emit(w, "\" fill=\"%s\" fill-opacity=\"0.18\" stroke=\"none\"/>",
                 fsc__svg_color(k));
        }
        i = j;
    }
}

fsc_status fsc__svg_lines(fsc_buf *out, const fsc__svg_chart *c)
{
    layout ly;
    int empty;
    fsc_status st = start(out, c, K_LINES, &ly, &empty);
    if (st != FSC_OK)
        return st;
    size_t old = out->len;
    if (empty)
        return finish(out, old, no_data(out, &ly));
    /* x labels: cut to 24 code points; every step-th one is shown so that
     * neighbours do not collide. */
    size_t xcp = 0;
    for (size_t i = 0; i < c->n_rows; i++) {
        size_t n = vis_count(c->rows[i], 24);
        xcp = n > xcp ? n : xcp;
    }
    if (xcp > 24)
        xcp = 24;
    double xlw = (double)xcp * XCP_W, tw = 0;
    for (size_t j = 0; j < ly.nt; j++)
        tw = tick_w(&ly, j) > tw ? tick_w(&ly, j) : tw;
    ly.L = PAD + tw + 8;
    if (ly.L < PAD + xlw / 2)
        ly.L = PAD + xlw / 2;
    ly.R = ly.W - PAD - (xlw / 2 > 12 ? xlw / 2 : 12);
    double y = after_title(c);
    if (c->n_series > 1) {
        ly.legend_y = y + 12;
        y += legend(NULL, &ly, PAD, ly.legend_y, ly.W - 2 * PAD, 0) + 4;
    }
    if (c->x_label && vis_count(c->x_label, 1))
        y += 18;
    ly.top = y + 8;
    ly.bottom = ly.top + LINE_PLOT_H;
    ly.H = ly.bottom + 30 + PAD / 2;

    svgw w = { out, FSC_OK };
    open_svg(&w, &ly);
    legend(&w, &ly, PAD, ly.legend_y, ly.W - 2 * PAD, 1);
    if (c->x_label && vis_count(c->x_label, 1)) {
        emit(&w, "<text x=\"%f\" y=\"%f\" fill=\"#222\">", PAD, ly.top - 12);
        esc(&w, c->x_label, (size_t)((ly.W - 2 * PAD) / CP_W));
        put(&w, "</text>");
    }
    /* Horizontal gridlines and tick labels on the left. */
    put(&w, "<g stroke=\"#DDDDDD\" stroke-width=\"1\">");
    for (size_t j = 0; j < ly.nt; j++)
        emit(&w, "<path d=\"M%f %fH%f\"/>", ly.L, sy(&ly, ly.t[j]), ly.R);
    put(&w, "</g><g font-size=\"11\" fill=\"#333\" text-anchor=\"end\">");
    for (size_t j = 0; j < ly.nt; j++) {
        emit(&w, "<text x=\"%f\" y=\"%f\">", ly.L - 6, sy(&ly, ly.t[j]) + 4);
        tick_label(&w, &ly, j);
        put(&w, "</text>");
    }
    put(&w, "</g>");
    emit(&w, "<path d=\"M%f %fH%f\" stroke=\"#444\" stroke-width=\"1\"/>",
         ly.L, sy(&ly, 0), ly.R);
    /* x labels */
    double gap = c->n_rows > 1 ? (ly.R - ly.L) / (double)(c->n_rows - 1) : 1e9;
    size_t step = 1;
    while ((double)step * gap < xlw + 10 && step < c->n_rows)
        step++;
    put(&w, "<g font-size=\"11\" fill=\"#333\" text-anchor=\"middle\">");
    for (size_t i = 0; i < c->n_rows; i += step) {
        emit(&w, "<path d=\"M%f %fV%f\" stroke=\"#444\"/>", px(&ly, i),
             ly.bottom, ly.bottom + 4);
        emit(&w, "<text x=\"%f\" y=\"%f\">", px(&ly, i), ly.bottom + 17);
        esc(&w, c->rows[i], 24);
        put(&w, "</text>");
    }
    put(&w, "</g>");
    for (size_t k = 0; k < c->n_series; k++)
        bands(&w, &ly, k);
    for (size_t k = 0; k < c->n_series; k++) {
        const fsc__svg_series *s = &c->series[k];
        const char *col = fsc__svg_color(k);
        /* Runs of two or more finite points become one path each. */
        size_t i = 0;
        while (i < c->n_rows) {
            if (!finite(sval(s, i))) {
                i++;
                continue;
            }
            size_t j = i;
            while (j < c->n_rows && finite(sval(s, j)))
                j++;
            if (j - i >= 2) {
                put(&w, "<path d=\"");
                for (size_t m = i; m < j; m++)
                    emit(&w, m > i ? "L%f %f" : "M%f %f", px(&ly, m),
                         sy(&ly, s->v[m]));
                emit(&w, "\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                         "stroke-linejoin=\"round\"",
                     col);
                if (k >= 8)
                    emit(&w, " stroke-dasharray=\"%s\"", dashes[(k / 8 - 1) % 6]);
                put(&w, "/>");
            }
            i = j;
        }
        for (i = 0; i < c->n_rows; i++) {
            if (!finite(sval(s, i)))
                continue;
            int alone = (i == 0 || !finite(sval(s, i - 1))) &&
                        (i + 1 >= c->n_rows || !finite(sval(s, i + 1)));
            emit(&w, "<circle cx=\"%f\" cy=\"%f\" r=\"%s\" fill=\"%s\" "
                     "stroke=\"#FFFFFF\" stroke-width=\"1\">",
                 px(&ly, i), sy(&ly, s->v[i]), alone ? "4.5" : "3", col);
            tooltip(&w, &ly, i, k, s->v[i], 0);
            put(&w, "</circle>");
        }
    }
    put(&w, "</svg>\n");
    return finish(out, old, w.st);
}
