/*
 * show_html.c - one analysed article as a standalone HTML page: header, the
 * text with framing matches, cues and sources marked, the numbered
 * attributions, a summary table and a legend. Inline CSS only, no script.
 *
 * Everything from the article or a lexicon goes through esc(), which
 * escapes & < > " ' = and shows control and bidi embedding/override/isolate
 * characters as visible \u{...} text, so no article can add markup, a
 * script or a reordering of the page. Work is linear in the text length.
 */
#include "buf.h"
#include "format.h"
#include "framescope/profile.h"
#include "framescope/score.h"
#include "framescope/show.h"
#include "internal.h"
#include "show_common.h"
#include "utf8.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONTENT_CP 120 /* code points of attributed content in the list */
#define N_PALETTE  12  /* Okabe-Ito tints, then striped ones (CSS) */

/* ---- escaping ------------------------------------------------------------ */

/* Decode one code point; -1 for an invalid sequence (then *n = 1). */
static long decode(const unsigned char *s, size_t len, size_t *n)
{
    return fsc__utf8_decode_checked((const char *)s, len, n);
}

enum esc_mode {
    ESC_TEXT = 0, /* element content: visible escapes in <bdi class="ctl"> */
    ESC_ATTR      /* attribute value (and one-line text): plain escapes */
};

static fsc_status esc(fsc_buf *b, const char *s, size_t len, enum esc_mode mode)
{
    return fsc__html_esc(b, s, len, mode == ESC_TEXT);
}

static fsc_status escs(fsc_buf *b, const char *s, enum esc_mode mode)
{
    return s ? esc(b, s, strlen(s), mode) : FSC_OK;
}

/* An excerpt isolated from the text around it (in the article's language
 * `lang`, NULL when unknown), at most max_cp code points (0: all) then
 * "…"; a cut goes back to the last space within the final 20 code points,
 * so that words stay whole. */
static fsc_status excerpt(fsc_buf *b, const char *s, size_t len, size_t max_cp,
                          const char *lang)
{
    size_t cut = len, cps = 0, space = 0, space_cp = 0;
    int more = 0;
    if (max_cp) {
        const unsigned char *u = (const unsigned char *)s;
        for (size_t i = 0; i < len;) {
            size_t n;
            (void)decode(u + i, len - i, &n);
            if (cps == max_cp) {
                cut = i;
                more = 1;
                break;
            }
            if (u[i] == ' ') {
                space = i;
                space_cp = cps;
            }
            cps++;
            i += n;
        }
        if (more && space && cps - space_cp <= 20)
            cut = space;
    }
    fsc_status st = fsc__buf_adds(b, "<bdi class=\"ex\" dir=\"auto\"");
    if (st == FSC_OK && lang && lang[0]) {
        st = fsc__buf_adds(b, " lang=\"");
        if (st == FSC_OK)
            st = esc(b, lang, strlen(lang), ESC_ATTR);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "\"");
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, ">");
    if (st == FSC_OK)
        st = esc(b, s, cut, ESC_TEXT);
    if (st == FSC_OK && more)
        st = fsc__buf_adds(b, "\xE2\x80\xA6"); /* … */
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</bdi>");
    return st;
}

/* ---- context ------------------------------------------------------------- */

typedef struct ctx {
    const fsc_model *m;
    const fsc_result *res;
    const char *text;
    size_t len;
    int voices; /* attribution lexicons loaded: voices are meaningful */
    fsc_buf *b;
    size_t *slot;          /* palette slot per model category: the framing
                              categories present, in model order, cycling */
    size_t *att_ids;       /* attribution indices of each cue/source span, by
                              span (see span.ids), so labels cost O(1) each */
    const char *lang;      /* the article's language, or NULL */
    int legend_key;        /* opts->legend_key */
    const fsc_record *rec; /* the article */
    fsc_zone zone;         /* the zone text and len are the string of */
    int inline_only;       /* render_text: marks only, no paragraphs (the
                              title in the heading) */
} ctx;

/* Point text and len at the string of zone z (offsets of matches and
 * attributions are into their zone's string). */
static void set_zone(ctx *c, fsc_zone z)
{
    c->zone = z;
    c->text = fsc_record_zone_text(c->rec, z, &c->len);
}

static int span_ok(const ctx *c, size_t off, size_t len)
{
    return fsc__show_span_ok(c->text, c->len, off, len);
}

/* Model index of the entry's first declared category (for its colour), the
 * same choice as the terminal renderer. */
static size_t match_palette(const void *cp, const fsc_match *mt)
{
    const ctx *c = cp;
    long idx = fsc__show_match_category(c->m, mt);
    return idx < 0 ? 0 : c->slot[idx];
}

static int is_framing_cat(const ctx *c, size_t i);

/* Give the categories of this article colours in model order, so that up
 * to N_PALETTE of them never share one. */
static fsc_status assign_slots(ctx *c)
{
    size_t nc = fsc_model_n_categories(c->m), rank = 0;
    c->slot = calloc(nc ? nc : 1, sizeof *c->slot);
    if (!c->slot)
        return FSC_ENOMEM;
    for (size_t i = 0; i < nc; i++)
        c->slot[i] = is_framing_cat(c, i) ? rank++ % N_PALETTE : i % N_PALETTE;
    return FSC_OK;
}

static int is_framing_cat(const ctx *c, size_t i)
{
    size_t li = 0;
    const fsc_category *cat = fsc_model_category(c->m, i, &li);
    const fsc_lexicon *lx = fsc_model_lexicon(c->m, li);
    const fsc_catscore *cs = fsc_result_category(c->res, i);
    return cat && lx && cs && fsc_lexicon_layer(lx) == FSC_LAYER_FRAMING &&
           cs->count + cs->negated > 0;
}

/* "category · voice → source · modifiers" for a title attribute. */
static fsc_status match_title(const ctx *c, const fsc_match *mt)
{
    fsc_buf *b = c->b;
    fsc_status st = FSC_OK;
    const fsc_lexicon *lx;
    const fsc_entry *e = fsc__show_match_entry(c->m, mt, &lx);
    if (e && e->n_cats) {
        for (size_t k = 0; k < e->n_cats && st == FSC_OK; k++) {
            const fsc_category *cat = fsc_lexicon_category(lx, e->cats[k]);
            if (k)
                st = fsc__buf_adds(b, ", ");
            if (st == FSC_OK && cat)
                st = escs(b, cat->id, ESC_ATTR);
        }
    } else {
        for (size_t k = 0; k < mt->n_cats && st == FSC_OK; k++) {
            if (k)
                st = fsc__buf_adds(b, ", ");
            if (st == FSC_OK)
                st = escs(b, fsc_model_category_name(c->m, mt->cats[k]),
                          ESC_ATTR);
        }
    }
    if (st == FSC_OK && c->voices && (unsigned)mt->voice < 3) {
        st = fsc__buf_printf(b, " \xC2\xB7 %s",
                             fsc__show_voice_names[mt->voice]);
        if (st == FSC_OK && mt->voice != FSC_VOICE_AUTHORIAL &&
            mt->attribution >= 0 &&
            (size_t)mt->attribution < fsc_result_n_attributions(c->res)) {
            const fsc_attribution *a =
                fsc_result_attribution(c->res, (size_t)mt->attribution);
            st = fsc__buf_adds(b, " \xE2\x86\x92 "); /* → */
            if (st == FSC_OK) {
                if (a->source_kind == FSC_SOURCE_ACTOR && a->actor &&
                    a->actor[0])
                    st = escs(b,
                              a->actor_name && a->actor_name[0] ? a->actor_name
                                                                : a->actor,
                              ESC_ATTR);
                else if (a->source_kind == FSC_SOURCE_NAMED)
                    st = escs(b, a->actor_name, ESC_ATTR);
                else
                    st = fsc__buf_adds(b, a->source_kind == FSC_SOURCE_ANONYMOUS
                                              ? "anonymous"
                                              : "unresolved");
            }
            if (st == FSC_OK)
                st = fsc__buf_printf(b, " (#%ld)", mt->attribution + 1);
        }
    }
    for (unsigned f = 0; f < 4 && st == FSC_OK; f++)
        if (mt->flags & (1u << f))
            st = fsc__buf_printf(b, " \xC2\xB7 %s", fsc__show_flag_names[f]);
    return st;
}

/* ---- the text ------------------------------------------------------------ */

typedef fsc__span span;

/* Attribution numbers (1-based) of every cue or source equal to sp, as
 * "1,4" (sep ",") or as a superscript label. */
static fsc_status att_numbers(const ctx *c, const span *sp, const char *sep)
{
    fsc_status st = FSC_OK;
    for (size_t k = 0; k < sp->n_ids && st == FSC_OK; k++)
        st = fsc__buf_printf(c->b, "%s%zu", k ? sep : "",
                             c->att_ids[sp->ids + k] + 1);
    return st;
}

/* Open the inline elements of the spans in open[] (outermost first): cue
 * and source spans, then the innermost match. Each piece of a span that
 * crosses another boundary gets its own element, so nesting is always
 * proper. */
static fsc_status open_inline(ctx *c, const span *spans, const size_t *open,
                              size_t n_open)
{
    fsc_status st = FSC_OK;
    for (size_t k = 0; k < n_open && st == FSC_OK; k++) {
        const span *sp = &spans[open[k]];
        if (sp->kind == FSC__SPAN_MATCH) {
            /* Only the innermost match is drawn (matches of one layer do
             * not overlap; this keeps one <mark> per piece). */
            int inner = 1;
            for (size_t j = k + 1; j < n_open; j++)
                inner &= spans[open[j]].kind != FSC__SPAN_MATCH;
            if (!inner)
                continue;
            const fsc_match *mt = fsc_result_match(c->res, sp->idx);
            st = fsc__buf_printf(c->b, "<mark class=\"cat-%zu voice-%s",
                                 sp->palette,
                                 c->voices && (unsigned)mt->voice < 3
                                     ? fsc__show_voice_names[mt->voice]
                                     : "none");
            for (unsigned f = 0; f < 4 && st == FSC_OK; f++)
                if (mt->flags & (1u << f))
                    st = fsc__buf_printf(c->b, " %s", fsc__show_flag_names[f]);
            if (st == FSC_OK)
                st = fsc__buf_adds(c->b, "\" title=\"");
            if (st == FSC_OK)
                st = match_title(c, mt);
            if (st == FSC_OK)
                st = fsc__buf_adds(c->b, "\">");
        } else {
            st = fsc__buf_printf(c->b, "<span class=\"%s\" title=\"%s #",
                                 sp->kind == FSC__SPAN_CUE ? "cue" : "src",
                                 sp->kind == FSC__SPAN_CUE ? "cue of"
                                                           : "source of");
            if (st == FSC_OK)
                st = att_numbers(c, sp, ", #");
            if (st == FSC_OK)
                st = fsc__buf_adds(c->b, "\">");
        }
    }
    return st;
}

static fsc_status close_inline(ctx *c, const span *spans, const size_t *open,
                               size_t n_open)
{
    fsc_status st = FSC_OK;
    for (size_t k = n_open; k-- > 0 && st == FSC_OK;) {
        const span *sp = &spans[open[k]];
        if (sp->kind == FSC__SPAN_MATCH) {
            int inner = 1;
            for (size_t j = k + 1; j < n_open; j++)
                inner &= spans[open[j]].kind != FSC__SPAN_MATCH;
            if (inner)
                st = fsc__buf_adds(c->b, "</mark>");
        } else {
            st = fsc__buf_adds(c->b, "</span>");
        }
    }
    return st;
}

/* Article text [from, to): LF becomes <br>, a blank line (two or more LF)
 * a new paragraph; open inline elements are closed and reopened around
 * either so that they never straddle a <p>. */
static fsc_status text_run(ctx *c, size_t from, size_t to, const span *spans,
                           const size_t *open, size_t n_open, int *para_empty)
{
    fsc_status st = FSC_OK;
    while (from < to && st == FSC_OK) {
        const char *nl = memchr(c->text + from, '\n', to - from);
        size_t stop = nl ? (size_t)(nl - c->text) : to, end = stop;
        if (nl && end > from && c->text[end - 1] == '\r')
            end--; /* CR LF is a line break */
        if (end > from) {
            st = esc(c->b, c->text + from, end - from, ESC_TEXT);
            *para_empty = 0;
        }
        if (!nl || st != FSC_OK) {
            from = stop;
            break;
        }
        /* Count the line breaks in this run of blank lines. */
        size_t j = stop, breaks = 0;
        while (j < to && (c->text[j] == '\n' || c->text[j] == '\r' ||
                          c->text[j] == ' ' || c->text[j] == '\t')) {
            breaks += c->text[j] == '\n';
            j++;
        }
        if (*para_empty || j == c->len) {
            /* Nothing in this paragraph yet: no empty <p> or leading <br>. */
        } else if (c->inline_only) {
            st = fsc__buf_addc(c->b, ' ');
        } else if (breaks >= 2) {
            st = close_inline(c, spans, open, n_open);
            if (st == FSC_OK)
                st = fsc__buf_adds(c->b, "</p>\n<p dir=\"auto\">");
            if (st == FSC_OK)
                st = open_inline(c, spans, open, n_open);
            *para_empty = 1;
        } else {
            st = fsc__buf_adds(c->b, "<br>\n");
        }
        from = j;
    }
    return st;
}

static fsc_status render_text(ctx *c)
{
    fsc__spans sp_set;
    fsc_status st = fsc__show_spans_build(&sp_set, c->res, c->zone, c->text,
                                          c->len, match_palette, c);
    if (st != FSC_OK)
        return st;
    const span *spans = sp_set.v;
    const size_t *bounds = sp_set.bounds;
    size_t *open = sp_set.open;
    size_t ns = sp_set.n, nb = sp_set.n_bounds, n_open = 0;
    int para_empty = 1;
    c->att_ids = sp_set.att_ids;
    if (!c->inline_only)
        st = fsc__buf_adds(c->b, "<p dir=\"auto\">");
    size_t pos = 0, next = 0;
    for (size_t bi = 0; bi < nb && st == FSC_OK; bi++) {
        size_t p = bounds[bi];
        st = text_run(c, pos, p, spans, open, n_open, &para_empty);
        pos = p;
        if (st == FSC_OK)
            st = close_inline(c, spans, open, n_open);
        /* Cue and source spans that end here get their numbers. */
        for (size_t k = 0; k < n_open && st == FSC_OK; k++) {
            const span *sp = &spans[open[k]];
            if (sp->end != p || sp->kind == FSC__SPAN_MATCH)
                continue;
            st = fsc__buf_printf(c->b, "<sup class=\"%s\">",
                                 sp->kind == FSC__SPAN_CUE ? "an cue-n"
                                                           : "an src-n");
            if (st == FSC_OK)
                st = att_numbers(c, sp, ",");
            if (st == FSC_OK)
                st = fsc__buf_adds(c->b, "</sup>");
        }
        size_t k2 = 0;
        for (size_t k = 0; k < n_open; k++)
            if (spans[open[k]].end != p)
                open[k2++] = open[k];
        n_open = k2;
        while (next < ns && spans[next].off == p)
            open[n_open++] = next++;
        if (st == FSC_OK)
            st = open_inline(c, spans, open, n_open);
    }
    if (st == FSC_OK)
        st = text_run(c, pos, c->len, spans, open, n_open, &para_empty);
    if (st == FSC_OK)
        st = close_inline(c, spans, open, n_open);
    if (st == FSC_OK && !c->inline_only)
        st = fsc__buf_adds(c->b, "</p>\n");
    fsc__show_spans_free(&sp_set);
    c->att_ids = NULL;
    return st;
}

/* ---- page parts ---------------------------------------------------------- */

/* Okabe-Ito (2008): distinguishable with the common colour-vision
 * deficiencies. Backgrounds are tints so that text stays black on them. */
static const char *const css_page =
    ":root{color-scheme:light}\n"
    "body{margin:0 auto;max-width:78rem;padding:1rem 1.5rem;color:#111;"
    "background:#fff}\n"
    "@media print{body{max-width:none;padding:0;font-size:11pt}}\n";

static const char *const css =
    ".fsc-view{font:17px/1.7 \"Noto Serif\",\"DejaVu Serif\","
    "\"Noto Naskh Arabic\",\"Amiri\",\"Times New Roman\",serif}\n"
    ":lang(ar),.ar{font-family:\"Noto Naskh Arabic\",\"Amiri\","
    "\"Scheherazade New\",\"Times New Roman\",serif;font-size:1.1em}\n"
    ":lang(ru){font-family:\"PT Serif\",\"Noto Serif\",\"DejaVu Serif\","
    "\"Times New Roman\",serif}\n"
    ".fsc-view header h1{font-size:1.5rem;margin:.2rem 0}\n"
    ".fsc-view header dl{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:0;"
    "font:14px/1.4 system-ui,\"Noto Sans\",\"DejaVu Sans\",sans-serif;"
    "color:#333}\n"
    ".fsc-view header dt{font-weight:bold}"
    ".fsc-view header dd{margin:0}\n"
    ".page{display:grid;grid-template-columns:minmax(0,1fr) 24rem;gap:1.5rem}\n"
    "article{unicode-bidi:plaintext}\n"
    "article p{margin:0 0 .9em}\n"
    "aside,.legend,.summary{font:14px/1.45 system-ui,\"Noto Sans\","
    "\"DejaVu Sans\",\"Noto Naskh Arabic\",sans-serif}\n"
    "aside ol{padding-inline-start:1.6rem}aside li{margin-bottom:.6rem}\n"
    "aside .k{color:#555}\n"
    ".ex{unicode-bidi:isolate}\n"
    "mark{color:#000;padding:0 .1em;border-radius:2px;"
    "border-bottom:2px solid #000;-webkit-print-color-adjust:exact;"
    "print-color-adjust:exact}\n"
    ".cat-0{background:#f5d799}.cat-1{background:#bbe1f7}"
    ".cat-2{background:#99d8c5}.cat-3{background:#f9f4a6}"
    ".cat-4{background:#99c7e0}.cat-5{background:#eebb99}"
    ".cat-6{background:#ebc9dc}.cat-7{background:#cccccc}\n"
    ".cat-8{background:repeating-linear-gradient(135deg,#f5d799 0 5px,"
    "#fff 5px 8px)}.cat-9{background:repeating-linear-gradient(135deg,"
    "#bbe1f7 0 5px,#fff 5px 8px)}.cat-10{background:repeating-linear-"
    "gradient(135deg,#99d8c5 0 5px,#fff 5px 8px)}.cat-11{background:"
    "repeating-linear-gradient(135deg,#f9f4a6 0 5px,#fff 5px 8px)}\n"
    ".demo{background:#fff;outline:1px solid #999}\n"
    ".sw{display:inline-block;width:1.1em;height:1.1em;"
    "vertical-align:middle;border:1px solid #444;"
    "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "mark.voice-authorial{border-bottom-style:solid}\n"
    "mark.voice-quoted{border-bottom-style:dotted;border-bottom-width:3px}\n"
    "mark.voice-attributed{border-bottom-style:dashed}\n"
    "mark.voice-none{border-bottom:0}\n"
    "mark.negated{text-decoration:line-through 2px}\n"
    "mark.distanced{font-style:italic}\n"
    "mark.distanced::before{content:\"\\2248\";font-size:.75em;"
    "vertical-align:super}\n"
    "mark.hedged{outline:1px dotted #555}\n"
    ".cue{outline:1.5px solid #8c3a6b;outline-offset:1px;border-radius:2px}\n"
    ".src{font-weight:bold;text-decoration:underline double #005b8e;"
    "text-underline-offset:.3em}\n"
    "sup.an{font:bold 11px/1 system-ui,sans-serif;padding:0 .15em;"
    "border-radius:3px;color:#fff;unicode-bidi:isolate}\n"
    "sup.cue-n{background:#8c3a6b}sup.src-n{background:#005b8e}\n"
    ".ctl{font:12px monospace;color:#b00;background:#fee;"
    "border:1px solid #b00;padding:0 .1em;unicode-bidi:isolate}\n"
    ".fsc-view table{border-collapse:collapse;margin:.5rem 0}\n"
    ".fsc-view th,.fsc-view td{border:1px solid #bbb;padding:.15rem .5rem;"
    "text-align:end}\n"
    ".fsc-view th:first-child,.fsc-view td:first-child{text-align:start}\n"
    ".legend{border:1px solid #ccc;padding:.3rem .8rem;margin:.8rem 0}\n"
    ".legend p{margin:.25rem 0}\n"
    "@media (max-width:60rem){.page{display:block}}\n"
    "@media print{.fsc-view{font-size:11pt}"
    ".page{display:block}aside{break-before:auto}"
    "li,tr{break-inside:avoid}}\n";

static fsc_status header(ctx *c, const fsc_record *rec)
{
    fsc_buf *b = c->b;
    const char *title = fsc_record_field(rec, "title");
    fsc_status st = fsc__buf_adds(b, "<header>\n<h1 dir=\"auto\">");
    /* The title (a .txt file's headline too): when it was scored, the
     * title zone with its own marks. */
    if (st == FSC_OK && title &&
        fsc_result_title_status(c->res) == FSC_TITLE_SCORED) {
        set_zone(c, FSC_ZONE_TITLE);
        c->inline_only = 1;
        st = render_text(c);
        c->inline_only = 0;
        set_zone(c, FSC_ZONE_TEXT);
    } else if (st == FSC_OK && title) {
        st = escs(b, title, ESC_TEXT);
    } else if (st == FSC_OK) {
        st = fsc__buf_adds(b, "(no title)");
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</h1>\n<dl>");
    static const char *const keys[] = { "id", "outlet", "date" };
    for (size_t i = 0; i < 3 && st == FSC_OK; i++) {
        const char *v = fsc_record_field(rec, keys[i]);
        if (!v)
            continue;
        st = fsc__buf_printf(b, "<div><dt>%s</dt><dd><bdi>", keys[i]);
        if (st == FSC_OK)
            st = escs(b, v, ESC_TEXT);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "</bdi></dd></div>");
    }
    int detected = 0;
    const char *lang = fsc_result_lang(c->res, &detected);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "<div><dt>lang</dt><dd>");
    if (st == FSC_OK)
        st = escs(b, lang && lang[0] ? lang : "?", ESC_TEXT);
    if (st == FSC_OK)
        st = fsc__buf_adds(b,
                           detected ? " (detected)</dd></div>" : "</dd></div>");
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</dl>\n</header>\n");
    return st;
}

const char *fsc_show_html_legend_key(void)
{
    return "<p><strong>Voice</strong> (underline):"
           " <mark class=\"demo voice-authorial\">authorial</mark> solid"
           " (the outlet&#39;s own words),"
           " <mark class=\"demo voice-quoted\">quoted</mark> dotted"
           " (inside a direct quotation),"
           " <mark class=\"demo voice-attributed\">attributed</mark> dashed"
           " (indirect speech, &#8220;according to&#8221;).</p>\n"
           "<p><strong>Modifiers:</strong>"
           " <mark class=\"demo voice-none negated\">negated</mark>"
           " struck through,"
           " <mark class=\"demo voice-none distanced\">distanced</mark>"
           " italic with &#8776; (scare quotes, &#8220;claimed&#8221;),"
           " <mark class=\"demo voice-none hedged\">hedged</mark>"
           " dotted box; intensified in the tooltip.</p>\n"
           "<p><strong>Attributions:</strong>"
           " <span class=\"cue\">cue</span><sup class=\"an cue-n\">n</sup> "
           "(boxed)"
           " reporting verb or phrase,"
           " <span class=\"src\">source</span><sup class=\"an "
           "src-n\">n</sup> (bold, double underline)"
           " who is speaking; <em>n</em> is the number in the list of"
           " attributions.</p>\n";
}

static fsc_status legend(ctx *c)
{
    fsc_buf *b = c->b;
    fsc_status st = fsc__buf_adds(b, "<section class=\"legend\">\n"
                                     "<p><strong>Categories:</strong>");
    size_t nc = fsc_model_n_categories(c->m), shown = 0;
    for (size_t i = 0; i < nc && st == FSC_OK; i++) {
        if (!is_framing_cat(c, i))
            continue;
        const fsc_category *cat = fsc_model_category(c->m, i, NULL);
        st = fsc__buf_printf(b, " <mark class=\"cat-%zu voice-none\">",
                             c->slot[i]);
        if (st == FSC_OK)
            st = escs(b, cat->id, ESC_TEXT);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "</mark>");
        shown++;
    }
    if (st == FSC_OK && !shown)
        st = fsc__buf_adds(b, " none in this article");
    if (st == FSC_OK)
        st = fsc__buf_adds(
            b, " <small>(Okabe&#8211;Ito colours; hover a term for its "
               "categories, voice and source)</small></p>\n");
    if (st == FSC_OK && c->legend_key)
        st = fsc__buf_adds(b, fsc_show_html_legend_key());
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</section>\n");
    return st;
}

static fsc_status attributions(ctx *c)
{
    fsc_buf *b = c->b;
    size_t n = fsc_result_n_attributions(c->res);
    fsc_status st =
        fsc__buf_printf(b, "<aside>\n<h2>Attributions (%zu)</h2>\n", n);
    if (st == FSC_OK && n)
        st = fsc__buf_adds(b, "<ol>\n");
    for (size_t i = 0; i < n && st == FSC_OK; i++) {
        const fsc_attribution *a = fsc_result_attribution(c->res, i);
        set_zone(c, a->zone);
        st = fsc__buf_printf(
            b, "<li id=\"att-%zu\"><strong>%s</strong>%s", i + 1,
            (unsigned)a->kind < FSC__SHOW_N_KINDS
                ? fsc__show_kind_names[a->kind]
                : "?",
            a->zone == FSC_ZONE_TITLE ? " (in the title)" : "");
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "<br><span class=\"k\">source:</span> ");
        if (st != FSC_OK)
            break;
        if (a->source_kind == FSC_SOURCE_ACTOR) {
            st = escs(
                b, a->actor_name && a->actor_name[0] ? a->actor_name : a->actor,
                ESC_TEXT);
            if (st == FSC_OK)
                st = fsc__buf_adds(b, " (<code>");
            if (st == FSC_OK)
                st = escs(b, a->actor, ESC_TEXT);
            if (st == FSC_OK)
                st = fsc__buf_adds(b, "</code>");
            if (st == FSC_OK && a->side && a->side[0]) {
                st = fsc__buf_adds(b, ", side ");
                if (st == FSC_OK)
                    st = escs(b, a->side, ESC_TEXT);
            }
            if (st == FSC_OK && a->type && a->type[0]) {
                st = fsc__buf_adds(b, ", ");
                if (st == FSC_OK)
                    st = escs(b, a->type, ESC_TEXT);
            }
            if (st == FSC_OK)
                st = fsc__buf_adds(b, a->inherited ? "; carried over)" : ")");
        } else if (a->source_kind == FSC_SOURCE_NAMED) {
            st = escs(b, a->actor_name, ESC_TEXT);
            if (st == FSC_OK)
                st = fsc__buf_printf(b, " (%s, not in the lexicon%s)",
                                     fsc__show_form_names[a->source_form],
                                     a->inherited ? "; carried over" : "");
        } else {
            st = fsc__buf_adds(b, a->source_kind == FSC_SOURCE_ANONYMOUS
                                      ? "anonymous"
                                      : "unresolved");
        }
        if (st == FSC_OK && span_ok(c, a->source_off, a->source_len)) {
            st = fsc__buf_adds(b, " ");
            if (st == FSC_OK)
                st = excerpt(b, c->text + a->source_off, a->source_len, 0,
                             c->lang);
        }
        if (st == FSC_OK && a->source_kind != FSC_SOURCE_NAMED) {
            st = fsc__buf_adds(b, " \xC2\xB7 ");
            if (st == FSC_OK)
                st = fsc__buf_adds(b, fsc__show_form_names[a->source_form]);
        }
        /* the organisation the source speaks for */
        if (st == FSC_OK && a->org_len && span_ok(c, a->org_off, a->org_len)) {
            st = fsc__buf_adds(b, " \xC2\xB7 <span class=\"k\">of</span> ");
            if (st == FSC_OK)
                st = excerpt(b, c->text + a->org_off, a->org_len, 0, c->lang);
            if (st == FSC_OK && a->org_actor && a->org_actor[0]) {
                st = fsc__buf_adds(b, " (<code>");
                if (st == FSC_OK)
                    st = escs(b, a->org_actor, ESC_TEXT);
                if (st == FSC_OK)
                    st = fsc__buf_adds(b, "</code>)");
            }
        }
        /* who a pronoun, dropped subject or short name stands for */
        if (st == FSC_OK && span_ok(c, a->resolved_off, a->resolved_len) &&
            a->resolved_off != a->source_off) {
            st = fsc__buf_adds(b, " \xE2\x86\x92 ");
            if (st == FSC_OK)
                st = excerpt(b, c->text + a->resolved_off, a->resolved_len, 0,
                             c->lang);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "<br><span class=\"k\">cue:</span> ");
        int cue = span_ok(c, a->cue_off, a->cue_len);
        if (st == FSC_OK)
            st = cue ? excerpt(b, c->text + a->cue_off, a->cue_len, 0, c->lang)
                     : fsc__buf_adds(b, "none");
        if (st == FSC_OK && cue && a->cue_lemma && a->cue_lemma[0]) {
            st = fsc__buf_adds(b, " \xC2\xB7 lemma <bdi>");
            if (st == FSC_OK)
                st = escs(b, a->cue_lemma, ESC_TEXT);
            if (st == FSC_OK)
                st = fsc__buf_adds(b, "</bdi>");
        }
        if (st == FSC_OK && cue && a->stance && a->stance[0]) {
            st = fsc__buf_adds(b, " \xC2\xB7 ");
            if (st == FSC_OK)
                st = escs(b, a->stance, ESC_TEXT);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "<br><span class=\"k\">content:</span> ");
        if (st == FSC_OK)
            st = span_ok(c, a->content_off, a->content_len)
                     ? excerpt(b, c->text + a->content_off, a->content_len,
                               CONTENT_CP, c->lang)
                     : fsc__buf_adds(b, "none");
        /* the further segments of a continued or split quotation */
        for (size_t g = 0; st == FSC_OK && g < a->n_segments; g++) {
            const fsc_segment *sg = &a->segments[g];
            if (!span_ok(c, sg->off, sg->len))
                continue;
            st = fsc__buf_adds(b, " \xE2\x80\xA6 ");
            if (st == FSC_OK)
                st =
                    excerpt(b, c->text + sg->off, sg->len, CONTENT_CP, c->lang);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "<br><span class=\"k\">rule:</span> <code>");
        if (st == FSC_OK)
            st = escs(b, a->rule && a->rule[0] ? a->rule : "?", ESC_TEXT);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "</code>, confidence %.2f</li>\n",
                                 a->confidence);
    }
    if (st == FSC_OK && n)
        st = fsc__buf_adds(b, "</ol>\n");
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</aside>\n");
    return st;
}

static fsc_status summary(ctx *c)
{
    fsc_buf *b = c->b;
    /* Every figure from the library's profile, as score shows them. */
    fsc_profile prof;
    fsc_status pst = fsc_profile_compute(c->m, c->res, &prof, NULL);
    if (pst != FSC_OK)
        return pst;
    size_t tokens = prof.tokens;
    size_t framing = prof.framing_matches, neg = prof.framing_negated;
    fsc_status st = fsc__buf_printf(
        b,
        "<section class=\"summary\">\n<h2>Summary</h2>\n<p>tokens %zu, "
        "sentences %zu, framing matches %zu (negated %zu)",
        tokens, fsc_result_n_sentences(c->res), framing, neg);
    if (st == FSC_OK && c->voices) {
        st = fsc__buf_adds(b, "<br>voice token shares: ");
        for (int v = 0; v < 3 && st == FSC_OK; v++)
            st = fsc__fmt_share(b, v ? ", " : "", fsc__show_voice_names[v],
                                prof.voice_tokens[v], tokens);
    } else if (st == FSC_OK) {
        st = fsc__buf_adds(b, "<br>voices: not analysed (no attribution "
                              "lexicons loaded)");
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</p>\n");
    if (st == FSC_OK && c->voices) {
        fsc_profile p;
        st = fsc_profile_compute(c->m, c->res, &p, NULL);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "<p class=\"profile\"><strong>Profile:"
                                  "</strong> ");
        if (st == FSC_OK)
            st = escs(b, p.summary, ESC_TEXT);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "</p>\n");
    }
    size_t nc = fsc_model_n_categories(c->m), rows = 0;
    for (size_t i = 0; i < nc; i++)
        rows += (size_t)is_framing_cat(c, i);
    if (st == FSC_OK && rows == 0)
        st = fsc__buf_adds(b, "<p>categories: none</p>\n");
    else if (st == FSC_OK)
        st = fsc__buf_adds(
            b, c->voices
                   ? "<table>\n<thead><tr><th>category</th><th>count</th>"
                     "<th>authorial</th><th>quoted</th><th>attributed</th>"
                     "<th>negated</th></tr></thead>\n<tbody>\n"
                   : "<table>\n<thead><tr><th>category</th><th>count</th>"
                     "<th>negated</th></tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < nc && st == FSC_OK && rows; i++) {
        if (!is_framing_cat(c, i))
            continue;
        const fsc_catscore *cs = fsc_result_category(c->res, i);
        st = fsc__buf_printf(b, "<tr><td><span class=\"sw cat-%zu\"></span> ",
                             c->slot[i]);
        if (st == FSC_OK)
            st = escs(b, fsc_model_category_name(c->m, i), ESC_TEXT);
        if (st == FSC_OK && c->voices)
            st = fsc__buf_printf(b,
                                 "</td><td>%u</td><td>%u</td><td>%u</td>"
                                 "<td>%u</td><td>%u</td></tr>\n",
                                 cs->count, cs->voice[0], cs->voice[1],
                                 cs->voice[2], cs->negated);
        else if (st == FSC_OK)
            st = fsc__buf_printf(b, "</td><td>%u</td><td>%u</td></tr>\n",
                                 cs->count, cs->negated);
    }
    if (st == FSC_OK && rows)
        st = fsc__buf_adds(b, "</tbody>\n</table>\n");
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</section>\n");
    return st;
}

/* ---- entry point --------------------------------------------------------- */

const char *fsc_show_html_css(void)
{
    return css;
}

fsc_status fsc_show_render_html(const fsc_model *m, const fsc_record *rec,
                                const fsc_result *res,
                                const fsc_show_opts *opts, char **out,
                                size_t *len, fsc_error *err)
{
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!m || !rec || !res || !out)
        return fsc__fail(err, FSC_EINVAL,
                         "fsc_show_render_html: NULL argument");
    if (fsc_record_skipped(rec))
        return fsc__fail(err, FSC_EINVAL, "cannot show a skipped record: %s",
                         fsc_record_skip_reason(rec));
    fsc_show_opts defaults;
    if (!opts) {
        fsc_show_opts_init(&defaults);
        opts = &defaults;
    }
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    ctx c = {
        m, res, NULL, 0, 0, &b, NULL, NULL, NULL, 1, rec, FSC_ZONE_TEXT, 0
    };
    set_zone(&c, FSC_ZONE_TEXT);
    c.voices = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    const char *lang = fsc_result_lang(res, NULL);
    const char *title = fsc_record_field(rec, "title");
    c.lang = lang;
    c.legend_key = opts->legend_key;
    /* Most text needs little escaping: reserve once for the common case. */
    fsc_status st = assign_slots(&c);
    if (st == FSC_OK)
        st = fsc__buf_reserve(&b, c.len + c.len / 4 + 16384);
    if (st == FSC_OK && !opts->fragment)
        st = fsc__buf_adds(
            &b, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" "
                "content=\"default-src 'none'; style-src 'unsafe-inline'; "
                "script-src 'none'; img-src 'none'; font-src 'none'; "
                "connect-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                "<meta name=\"referrer\" content=\"no-referrer\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, "
                "initial-scale=1\">\n<title>");
    if (st == FSC_OK && !opts->fragment)
        st = escs(&b, title ? title : "framescope show", ESC_ATTR);
    if (st == FSC_OK && !opts->fragment)
        st = fsc__buf_printf(&b,
                             "</title>\n<style>\n%s%s</style>\n</head>\n"
                             "<body>\n",
                             css_page, css);
    if (st == FSC_OK)
        st = fsc__buf_adds(&b, "<section class=\"fsc-view\">\n");
    if (st == FSC_OK && opts->header)
        st = header(&c, rec);
    if (st == FSC_OK)
        st = legend(&c);
    if (st == FSC_OK)
        st = fsc__buf_adds(&b, "<div class=\"page\">\n<article lang=\"");
    if (st == FSC_OK)
        st = escs(&b, lang && lang[0] ? lang : "", ESC_ATTR);
    if (st == FSC_OK)
        st = fsc__buf_adds(&b, "\">\n");
    if (st == FSC_OK)
        st = render_text(&c);
    if (st == FSC_OK)
        st = fsc__buf_adds(&b, "</article>\n");
    if (st == FSC_OK && opts->attributions && c.voices)
        st = attributions(&c);
    set_zone(&c, FSC_ZONE_TEXT);
    if (st == FSC_OK)
        st = fsc__buf_adds(&b, "</div>\n");
    if (st == FSC_OK && opts->summary)
        st = summary(&c);
    if (st == FSC_OK)
        st = fsc__buf_adds(&b, "</section>\n");
    if (st == FSC_OK && !opts->fragment)
        st = fsc__buf_adds(&b, "</body>\n</html>\n");
    if (st == FSC_OK)
        st = fsc__buf_take(&b, out, len);
    fsc__buf_free(&b);
    free(c.slot);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot render the article as HTML: %s",
                         fsc_strerror(st));
    return FSC_OK;
}
