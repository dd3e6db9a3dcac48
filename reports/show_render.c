/*
 * show_render.c - one analysed article for a terminal: the text with its
 * framing matches, cues and sources marked, the attributions and a summary.
 *
 * Everything that comes from the article or a lexicon goes through esc(),
 * so the only escape sequences in the output are our own SGR codes and the
 * only bidi controls our own FSI/PDI isolates around inserted labels.
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
#include <string.h>

#define FSI        "\xE2\x81\xA8" /* U+2068 FIRST STRONG ISOLATE */
#define PDI        "\xE2\x81\xA9" /* U+2069 POP DIRECTIONAL ISOLATE */
#define SGR_RESET  "\x1b[0m"
#define SGR_DIM    "\x1b[2m"
#define CONTENT_CP 80 /* code points of attributed content in the list */

void fsc_show_opts_init(fsc_show_opts *o)
{
    memset(o, 0, sizeof *o);
    o->header = 1;
    o->attributions = 1;
    o->summary = 1;
    o->legend_key = 1;
}

/* Background and foreground per category, cycling. */
static const char *const palette[] = { "41;97", "42;30", "43;30",
                                       "44;97", "45;97", "46;30" };
#define N_PALETTE  (sizeof palette / sizeof *palette)
#define CUE_SGR    "1;95" /* bold bright magenta */
#define SOURCE_SGR "1;96" /* bold bright cyan */

/* ---- escaping ------------------------------------------------------------ */

/* Decode one code point; -1 for an invalid sequence (then *n = 1). */
static long decode(const unsigned char *s, size_t len, size_t *n)
{
    return fsc__utf8_decode_checked((const char *)s, len, n);
}

/* Append s[0..len) made inert (fsc__term_esc). oneline: LF becomes " ¶ "
 * and TAB a space (for excerpts on one line). */
static fsc_status esc(fsc_buf *b, const char *s, size_t len, int oneline)
{
    return fsc__term_esc(b, s, len, oneline);
}

static fsc_status escs(fsc_buf *b, const char *s)
{
    return s ? esc(b, s, strlen(s), 1) : FSC_OK;
}

/* «excerpt» isolated, at most max_cp code points (0: all) then "…". */
static fsc_status quoted(fsc_buf *b, const char *s, size_t len, size_t max_cp)
{
    size_t cut = len, cps = 0;
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
            cps++;
            i += n;
        }
    }
    fsc_status st = fsc__buf_adds(b, "\xC2\xAB" FSI); /* « */
    if (st == FSC_OK)
        st = esc(b, s, cut, 1);
    if (st == FSC_OK && more)
        st = fsc__buf_adds(b, "\xE2\x80\xA6"); /* … */
    if (st == FSC_OK)
        st = fsc__buf_adds(b, PDI "\xC2\xBB"); /* » */
    return st;
}

fsc_status fsc_show_escape(const char *s, size_t len, char **out,
                           size_t *out_len, fsc_error *err)
{
    if (out)
        *out = NULL;
    if (out_len)
        *out_len = 0;
    if ((!s && len) || !out)
        return fsc__fail(err, FSC_EINVAL, "fsc_show_escape: NULL argument");
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc_status st = esc(&b, s, len, 0);
    if (st == FSC_OK)
        st = fsc__buf_take(&b, out, out_len);
    fsc__buf_free(&b);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot escape text: %s", fsc_strerror(st));
    return FSC_OK;
}

/* ---- spans ------------------------------------------------------------- */

typedef fsc__span span;

typedef struct ctx {
    const fsc_model *m;
    const fsc_result *res;
    const fsc_show_opts *o;
    const char *text;
    size_t len;
    int voices; /* attribution lexicons loaded: voices are meaningful */
    fsc_buf *b;
    const fsc_record *rec; /* the article */
    fsc_zone zone;         /* the zone text and len are the string of */
    const size_t *att_ids; /* render_text: the attributions of each cue or
                              source span (see fsc__span.ids) */
} ctx;

/* Point text and len at the string of zone z (offsets of matches and
 * attributions are into their zone's string). */
static void set_zone(ctx *c, fsc_zone z)
{
    c->zone = z;
    c->text = fsc_record_zone_text(c->rec, z, &c->len);
}

/* Model index of the entry's first declared category (for its colour). */
static size_t match_palette(const void *cp, const fsc_match *mt)
{
    long idx = fsc__show_match_category(((const ctx *)cp)->m, mt);
    return idx < 0 ? 0 : (size_t)idx % N_PALETTE;
}

/* Is [off, off+len) a valid span of the text on code point boundaries? */
static int span_ok(const ctx *c, size_t off, size_t len)
{
    return fsc__show_span_ok(c->text, c->len, off, len);
}

/* Attribution numbers (1-based) of every cue or source span equal to sp. */
static fsc_status att_numbers(const ctx *c, const span *sp)
{
    fsc_status st = fsc__buf_adds(c->b, FSI "{");
    for (size_t k = 0; k < sp->n_ids && st == FSC_OK; k++)
        st = fsc__buf_printf(c->b, "%s#%zu", k ? "," : "",
                             c->att_ids[sp->ids + k] + 1);
    if (st == FSC_OK)
        st = fsc__buf_adds(c->b, "}" PDI);
    return st;
}

static fsc_status categories(const ctx *c, const fsc_match *mt,
                             const char *lead);

/* {securitization·attributed→bayramov·negated}; with colour only the
 * modifiers, and nothing when there are none. */
static fsc_status match_label(const ctx *c, const fsc_match *mt)
{
    fsc_buf *b = c->b;
    fsc_status st = FSC_OK;
    if (c->o->color) {
        if (!(mt->flags & 0xFu))
            return FSC_OK;
        st = fsc__buf_adds(b, SGR_RESET SGR_DIM FSI "{");
        const char *sep = "";
        for (unsigned f = 0; f < 4 && st == FSC_OK; f++)
            if (mt->flags & (1u << f)) {
                st = fsc__buf_printf(b, "%s%s", sep, fsc__show_flag_names[f]);
                sep = "\xC2\xB7";
            }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "}" PDI SGR_RESET);
        return st;
    }
    st = categories(c, mt, "");
    for (unsigned f = 0; f < 4 && st == FSC_OK; f++)
        if (mt->flags & (1u << f))
            st = fsc__buf_printf(b, "\xC2\xB7%s", fsc__show_flag_names[f]);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "}" PDI);
    return st;
}

/* FSI{categories·voice→source, after `lead`; the caller closes it. */
static fsc_status categories(const ctx *c, const fsc_match *mt,
                             const char *lead)
{
    fsc_buf *b = c->b;
    fsc_status st = fsc__buf_printf(b, "%s" FSI "{", lead);
    const fsc_lexicon *lx;
    const fsc_entry *e = fsc__show_match_entry(c->m, mt, &lx);
    if (e && e->n_cats) {
        for (size_t k = 0; k < e->n_cats && st == FSC_OK; k++) {
            const fsc_category *cat = fsc_lexicon_category(lx, e->cats[k]);
            if (k)
                st = fsc__buf_addc(b, ',');
            if (st == FSC_OK && cat)
                st = escs(b, cat->id);
        }
    } else {
        for (size_t k = 0; k < mt->n_cats && st == FSC_OK; k++) {
            if (k)
                st = fsc__buf_addc(b, ',');
            if (st == FSC_OK)
                st = escs(b, fsc_model_category_name(c->m, mt->cats[k]));
        }
    }
    if (st == FSC_OK && c->voices && (unsigned)mt->voice < 3) {
        st = fsc__buf_printf(b, "\xC2\xB7%s", fsc__show_voice_names[mt->voice]);
        if (st == FSC_OK && mt->voice != FSC_VOICE_AUTHORIAL &&
            mt->attribution >= 0 &&
            (size_t)mt->attribution < fsc_result_n_attributions(c->res)) {
            const fsc_attribution *a =
                fsc_result_attribution(c->res, (size_t)mt->attribution);
            st = fsc__buf_adds(b, "\xE2\x86\x92"); /* → */
            if (st == FSC_OK)
                st = a->source_kind == FSC_SOURCE_ACTOR && a->actor &&
                             a->actor[0]
                         ? escs(b, a->actor)
                     : a->source_kind == FSC_SOURCE_NAMED
                         ? escs(b, a->actor_name)
                     : a->source_kind == FSC_SOURCE_ANONYMOUS
                         ? fsc__buf_adds(b, "anonymous")
                         : fsc__buf_adds(b, "?");
        }
    }
    return st;
}

/* SGR parameters for the spans open now ("" when none). */
static void style_of(const ctx *c, const span *spans, const size_t *open,
                     size_t n_open, char *out, size_t cap)
{
    const span *mt = NULL;
    int cue = 0, source = 0;
    for (size_t i = 0; i < n_open; i++) {
        const span *sp = &spans[open[i]];
        if (sp->kind == FSC__SPAN_MATCH)
            mt = sp; /* innermost wins */
        else if (sp->kind == FSC__SPAN_CUE)
            cue = 1;
        else
            source = 1;
    }
    out[0] = '\0';
    if (!mt && !cue && !source)
        return;
    size_t n = 0;
    n += (size_t)snprintf(out + n, cap - n, "\x1b[0");
    if (mt) {
        const fsc_match *m = fsc_result_match(c->res, mt->idx);
        static const char *const voice_sgr[] = { ";1", ";3", ";4" };
        n += (size_t)snprintf(
            out + n, cap - n, ";%s%s%s", palette[mt->palette],
            c->voices && (unsigned)m->voice < 3 ? voice_sgr[m->voice] : "",
            (m->flags & FSC_MATCH_NEGATED) ? ";9" : "");
    }
    if (cue)
        n += (size_t)snprintf(out + n, cap - n, ";" CUE_SGR);
    else if (source)
        n += (size_t)snprintf(out + n, cap - n, ";" SOURCE_SGR);
    (void)snprintf(out + n, cap - n, "m");
}

/* Article text [from, to), escaped; with colour, line breaks reset the
 * style and restore it so that no background runs to the screen edge. */
static fsc_status text_run(ctx *c, size_t from, size_t to, const char *style)
{
    fsc_status st = FSC_OK;
    while (from < to && st == FSC_OK) {
        const char *nl = memchr(c->text + from, '\n', to - from);
        size_t stop = nl ? (size_t)(nl - c->text) : to, end = stop;
        if (nl && end > from && c->text[end - 1] == '\r')
            end--; /* CR LF is a line break */
        st = esc(c->b, c->text + from, end - from, 0);
        if (nl && st == FSC_OK) {
            if (style[0])
                st = fsc__buf_adds(c->b, SGR_RESET "\n");
            else
                st = fsc__buf_addc(c->b, '\n');
            if (st == FSC_OK && style[0])
                st = fsc__buf_adds(c->b, style);
            stop++;
        }
        from = stop;
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
    c->att_ids = sp_set.att_ids;

    char style[128] = "", cur[128] = "";
    size_t pos = 0, next = 0;
    for (size_t bi = 0; bi < nb && st == FSC_OK; bi++) {
        size_t p = bounds[bi];
        st = text_run(c, pos, p, cur);
        pos = p;
        /* Close what ends here, innermost first, with its label. */
        for (size_t k = n_open; k-- > 0 && st == FSC_OK;) {
            const span *sp = &spans[open[k]];
            if (sp->end != p)
                continue;
            if (sp->kind == FSC__SPAN_MATCH) {
                if (!c->o->color)
                    st = fsc__buf_adds(c->b, "]]");
                const fsc_match *mt = fsc_result_match(c->res, sp->idx);
                if (st == FSC_OK)
                    st = match_label(c, mt);
                if (c->o->color && (mt->flags & 0xFu))
                    cur[0] = '\0'; /* the label reset the style */
            } else if (c->o->color) {
                st = fsc__buf_adds(c->b, SGR_RESET SGR_DIM);
                if (st == FSC_OK)
                    st = att_numbers(c, sp);
                if (st == FSC_OK)
                    st = fsc__buf_adds(c->b, SGR_RESET);
                cur[0] = '\0';
            } else {
                st = fsc__buf_adds(c->b, sp->kind == FSC__SPAN_CUE
                                             ? "\xE2\x9F\xA9"   /* ⟩ */
                                             : "\xE2\x9F\xA7"); /* ⟧ */
                if (st == FSC_OK)
                    st = att_numbers(c, sp);
            }
            memmove(open + k, open + k + 1, (n_open - k - 1) * sizeof *open);
            n_open--;
        }
        /* Open what starts here, outermost first. */
        while (next < ns && spans[next].off == p && st == FSC_OK) {
            if (!c->o->color)
                st = fsc__buf_adds(c->b, spans[next].kind == FSC__SPAN_MATCH
                                             ? "[["
                                         : spans[next].kind == FSC__SPAN_CUE
                                             ? "\xE2\x9F\xA8"   /* ⟨ */
                                             : "\xE2\x9F\xA6"); /* ⟦ */
            open[n_open++] = next++;
        }
        if (c->o->color && st == FSC_OK) {
            style_of(c, spans, open, n_open, style, sizeof style);
            if (strcmp(style, cur) != 0) {
                st = fsc__buf_adds(c->b, style[0] ? style : SGR_RESET);
                memcpy(cur, style, sizeof cur);
            }
        }
    }
    if (st == FSC_OK)
        st = text_run(c, pos, c->len, cur);
    if (st == FSC_OK && cur[0])
        st = fsc__buf_adds(c->b, SGR_RESET);
    fsc__show_spans_free(&sp_set);
    c->att_ids = NULL;
    return st;
}

/* ---- header, attributions, summary ------------------------------------- */

static fsc_status header(ctx *c, const fsc_record *rec)
{
    fsc_buf *b = c->b;
    static const char *const keys[] = { "id", "outlet", "date" };
    fsc_status st = FSC_OK;
    for (size_t i = 0; i < 3 && st == FSC_OK; i++) {
        const char *v = fsc_record_field(rec, keys[i]);
        if (!v)
            continue;
        st = fsc__buf_printf(b, "%s%s: " FSI, i ? "  " : "", keys[i]);
        if (st == FSC_OK)
            st = escs(b, v);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, PDI);
    }
    int detected = 0;
    const char *lang = fsc_result_lang(c->res, &detected);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "  lang: ");
    if (st == FSC_OK)
        st = escs(b, lang && lang[0] ? lang : "?");
    if (st == FSC_OK)
        st = fsc__buf_adds(b, detected ? " (detected)\n" : "\n");
    const char *title = fsc_record_field(rec, "title");
    if (st == FSC_OK && title) {
        st = fsc__buf_adds(b, "title: " FSI);
        if (st == FSC_OK &&
            fsc_result_title_status(c->res) == FSC_TITLE_SCORED) {
            /* the title zone, with its own marks */
            set_zone(c, FSC_ZONE_TITLE);
            st = render_text(c);
            set_zone(c, FSC_ZONE_TEXT);
        } else if (st == FSC_OK) {
            st = escs(b, title);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, PDI "\n");
    }
    if (st == FSC_OK && !c->o->color)
        st = fsc__buf_adds(
            b, "markers: [[term]]{categories\xC2\xB7voice\xE2\x86\x92source}"
               "  \xE2\x9F\xA8"
               "cue\xE2\x9F\xA9{#attribution}"
               "  \xE2\x9F\xA6source\xE2\x9F\xA7{#attribution}\n");
    if (st == FSC_OK && c->o->color) {
        st = fsc__buf_adds(b, "colours:");
        /* Each framing category that occurs, in its colour. */
        size_t nc = fsc_model_n_categories(c->m);
        for (size_t i = 0; i < nc && st == FSC_OK; i++) {
            size_t li = 0;
            const fsc_category *cat = fsc_model_category(c->m, i, &li);
            const fsc_lexicon *lx = fsc_model_lexicon(c->m, li);
            const fsc_catscore *cs = fsc_result_category(c->res, i);
            if (!cat || !lx || fsc_lexicon_layer(lx) != FSC_LAYER_FRAMING ||
                !cs || cs->count + cs->negated == 0)
                continue;
            st = fsc__buf_printf(b, " \x1b[0;%sm ", palette[i % N_PALETTE]);
            if (st == FSC_OK)
                st = escs(b, cat->id);
            if (st == FSC_OK)
                st = fsc__buf_adds(b, " " SGR_RESET);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(
                b, "\nstyles: \x1b[1mauthorial\x1b[0m \x1b[3mquoted\x1b[0m "
                   "\x1b[4mattributed\x1b[0m \x1b[9mnegated\x1b[0m  "
                   "\x1b[" CUE_SGR "mcue\x1b[0m \x1b[" SOURCE_SGR
                   "msource\x1b[0m  " SGR_DIM "{#attribution}" SGR_RESET "\n");
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "\n");
    return st;
}

static fsc_status attributions(ctx *c)
{
    fsc_buf *b = c->b;
    size_t n = fsc_result_n_attributions(c->res);
    fsc_status st = fsc__buf_printf(b, "\nAttributions: %zu\n", n);
    for (size_t i = 0; i < n && st == FSC_OK; i++) {
        const fsc_attribution *a = fsc_result_attribution(c->res, i);
        set_zone(c, a->zone);
        st =
            fsc__buf_printf(b, "%zu. %s%s \xE2\x80\x94 source: ", i + 1,
                            (unsigned)a->kind < FSC__SHOW_N_KINDS
                                ? fsc__show_kind_names[a->kind]
                                : "?",
                            a->zone == FSC_ZONE_TITLE ? " (in the title)" : "");
        if (st != FSC_OK)
            break;
        if (a->source_kind == FSC_SOURCE_ACTOR) {
            st = escs(b, a->actor_name && a->actor_name[0] ? a->actor_name
                                                           : a->actor);
            if (st == FSC_OK && a->source_len &&
                span_ok(c, a->source_off, a->source_len)) {
                st = fsc__buf_addc(b, ' ');
                if (st == FSC_OK)
                    st = quoted(b, c->text + a->source_off, a->source_len, 0);
            }
            if (st == FSC_OK)
                st = fsc__buf_adds(b, " (");
            if (st == FSC_OK)
                st = escs(b, a->actor);
            if (st == FSC_OK && a->side && a->side[0]) {
                st = fsc__buf_adds(b, ", ");
                if (st == FSC_OK)
                    st = escs(b, a->side);
            }
            if (st == FSC_OK && a->type && a->type[0]) {
                st = fsc__buf_adds(b, ", ");
                if (st == FSC_OK)
                    st = escs(b, a->type);
            }
            if (st == FSC_OK && a->source_form != FSC_FORM_NAMED) {
                st = fsc__buf_adds(b, "; ");
                if (st == FSC_OK)
                    st = fsc__buf_adds(b, fsc__show_form_names[a->source_form]);
            }
            if (st == FSC_OK)
                st = fsc__buf_adds(b, a->inherited ? "; carried over)" : ")");
        } else if (a->source_kind == FSC_SOURCE_NAMED) {
            st = escs(b, a->actor_name);
            if (st == FSC_OK && a->source_len &&
                span_ok(c, a->source_off, a->source_len)) {
                st = fsc__buf_addc(b, ' ');
                if (st == FSC_OK)
                    st = quoted(b, c->text + a->source_off, a->source_len, 0);
            }
            if (st == FSC_OK)
                st = fsc__buf_printf(b, " (%s%s)",
                                     fsc__show_form_names[a->source_form],
                                     a->inherited ? "; carried over" : "");
        } else {
            st = fsc__buf_adds(b, a->source_kind == FSC_SOURCE_ANONYMOUS
                                      ? "anonymous"
                                      : "unresolved");
            if (st == FSC_OK && a->source_len &&
                span_ok(c, a->source_off, a->source_len)) {
                st = fsc__buf_addc(b, ' ');
                if (st == FSC_OK)
                    st = quoted(b, c->text + a->source_off, a->source_len, 0);
            }
        }
        /* who the pronoun, dropped subject or short name stands for */
        if (st == FSC_OK && a->resolved_len &&
            span_ok(c, a->resolved_off, a->resolved_len) &&
            a->resolved_off != a->source_off) {
            st = fsc__buf_adds(b, " \xE2\x86\x92 ");
            if (st == FSC_OK)
                st = quoted(b, c->text + a->resolved_off, a->resolved_len, 0);
        }
        /* the organisation the source speaks for */
        if (st == FSC_OK && a->org_len && span_ok(c, a->org_off, a->org_len)) {
            st = fsc__buf_adds(b, " of ");
            if (st == FSC_OK)
                st = quoted(b, c->text + a->org_off, a->org_len, 0);
            if (st == FSC_OK && a->org_actor && a->org_actor[0]) {
                st = fsc__buf_adds(b, " (");
                if (st == FSC_OK)
                    st = escs(b, a->org_actor);
                if (st == FSC_OK)
                    st = fsc__buf_addc(b, ')');
            }
        }
        /* the medium or audience addressed */
        if (st == FSC_OK && a->channel_len &&
            span_ok(c, a->channel_off, a->channel_len)) {
            st = fsc__buf_adds(b, " to ");
            if (st == FSC_OK)
                st = quoted(b, c->text + a->channel_off, a->channel_len, 0);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, " \xE2\x80\x94 cue ");
        int cue = span_ok(c, a->cue_off, a->cue_len);
        if (st == FSC_OK)
            st = cue ? quoted(b, c->text + a->cue_off, a->cue_len, 0)
                     : fsc__buf_adds(b, "none");
        if (st == FSC_OK && cue && a->stance && a->stance[0]) {
            st = fsc__buf_adds(b, " (");
            if (st == FSC_OK)
                st = escs(b, a->stance);
            if (st == FSC_OK)
                st = fsc__buf_addc(b, ')');
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, " \xE2\x80\x94 content: ");
        if (st == FSC_OK) {
            if (span_ok(c, a->content_off, a->content_len))
                st = quoted(b, c->text + a->content_off, a->content_len,
                            CONTENT_CP);
            else
                st = fsc__buf_adds(b, "none");
        }
        /* a quotation continued after its cue or in the next sentence:
         * every further segment, in text order */
        for (size_t g = 0; st == FSC_OK && g < a->n_segments; g++) {
            const fsc_segment *sg = &a->segments[g];
            if (!span_ok(c, sg->off, sg->len))
                continue;
            st = fsc__buf_adds(b, " \xE2\x80\xA6 ");
            if (st == FSC_OK)
                st = quoted(b, c->text + sg->off, sg->len, CONTENT_CP);
        }
        if (st == FSC_OK)
            st = fsc__buf_adds(b, " \xE2\x80\x94 rule ");
        if (st == FSC_OK)
            st = escs(b, a->rule && a->rule[0] ? a->rule : "?");
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ", confidence %.2f\n", a->confidence);
    }
    return st;
}

/* Display width of s in columns, counting code points (labels are short,
 * mostly ASCII: enough to align the table). */
static size_t cols(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0u) != 0x80u;
    return n;
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
        "\nSummary\ntokens %zu, sentences %zu, framing matches %zu "
        "(negated %zu)\n",
        tokens, fsc_result_n_sentences(c->res), framing, neg);
    fsc_title_status ts = fsc_result_title_status(c->res);
    size_t tneg = 0;
    size_t tfm = fsc_result_zone_framing(c->res, FSC_ZONE_TITLE, &tneg);
    if (st == FSC_OK && ts == FSC_TITLE_SCORED)
        st = fsc__buf_printf(b,
                             "of them in the title: tokens %zu, framing "
                             "matches %zu (negated %zu)\n",
                             fsc_result_zone_tokens(c->res, FSC_ZONE_TITLE),
                             tfm, tneg);
    else if (st == FSC_OK && ts == FSC_TITLE_OFF)
        st = fsc__buf_adds(b, "title: not scored (--no-title)\n");
    else if (st == FSC_OK && ts == FSC_TITLE_IN_TEXT)
        st = fsc__buf_adds(b, "title: scored once, where the text opens "
                              "with it\n");
    if (st == FSC_OK && c->voices) {
        st = fsc__buf_adds(b, "voice token shares:");
        for (int v = 0; v < 3 && st == FSC_OK; v++)
            st = fsc__fmt_share(b, v ? ", " : " ", fsc__show_voice_names[v],
                                prof.voice_tokens[v], tokens);
        if (st == FSC_OK)
            st = fsc__buf_addc(b, '\n');
    } else if (st == FSC_OK) {
        st = fsc__buf_adds(b, "voices: not analysed (no attribution "
                              "lexicons loaded)\n");
    }

    /* Per framing category with matches. */
    size_t nc = fsc_model_n_categories(c->m), w = 8;
    for (size_t i = 0; i < nc; i++) {
        const char *name = fsc_model_category_name(c->m, i);
        const fsc_catscore *cs = fsc_result_category(c->res, i);
        size_t li = 0;
        (void)fsc_model_category(c->m, i, &li);
        const fsc_lexicon *lx = fsc_model_lexicon(c->m, li);
        if (name && cs && lx && fsc_lexicon_layer(lx) == FSC_LAYER_FRAMING &&
            cs->count + cs->negated && cols(name) > w)
            w = cols(name);
    }
    size_t rows = 0;
    for (size_t i = 0; i < nc; i++) {
        const fsc_catscore *cs = fsc_result_category(c->res, i);
        size_t li = 0;
        (void)fsc_model_category(c->m, i, &li);
        const fsc_lexicon *lx = fsc_model_lexicon(c->m, li);
        rows += cs && lx && fsc_lexicon_layer(lx) == FSC_LAYER_FRAMING &&
                cs->count + cs->negated;
    }
    if (st == FSC_OK && rows == 0)
        st = fsc__buf_adds(b, "categories: none\n");
    else if (st == FSC_OK && c->voices)
        st = fsc__buf_printf(b, "%-*s %6s %10s %7s %11s %8s\n", (int)w,
                             "category", "count", "authorial", "quoted",
                             "attributed", "negated");
    else if (st == FSC_OK)
        st = fsc__buf_printf(b, "%-*s %6s %8s\n", (int)w, "category", "count",
                             "negated");
    for (size_t i = 0; i < nc && st == FSC_OK; i++) {
        const char *name = fsc_model_category_name(c->m, i);
        const fsc_catscore *cs = fsc_result_category(c->res, i);
        size_t li = 0;
        (void)fsc_model_category(c->m, i, &li);
        const fsc_lexicon *lx = fsc_model_lexicon(c->m, li);
        if (!name || !cs || !lx || fsc_lexicon_layer(lx) != FSC_LAYER_FRAMING ||
            cs->count + cs->negated == 0)
            continue;
        if (c->o->color)
            st = fsc__buf_printf(b, "\x1b[0;%sm", palette[i % N_PALETTE]);
        if (st == FSC_OK)
            st = escs(b, name);
        if (st == FSC_OK && c->o->color)
            st = fsc__buf_adds(b, SGR_RESET);
        if (st == FSC_OK && !c->voices)
            st = fsc__buf_printf(b, "%*s %6u %8u\n", (int)(w - cols(name)), "",
                                 cs->count, cs->negated);
        else if (st == FSC_OK)
            st = fsc__buf_printf(b, "%*s %6u %10u %7u %11u %8u\n",
                                 (int)(w - cols(name)), "", cs->count,
                                 cs->voice[0], cs->voice[1], cs->voice[2],
                                 cs->negated);
    }

    /* Every framing match with a modifier. */
    size_t n_m = fsc_result_n_matches(c->res), n_mod = 0;
    for (size_t i = 0; i < n_m; i++) {
        const fsc_match *mt = fsc_result_match(c->res, i);
        n_mod += mt->layer == FSC_LAYER_FRAMING && (mt->flags & 0xFu);
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, n_mod ? "modifiers:\n" : "modifiers: none\n");
    for (size_t i = 0; i < n_m && st == FSC_OK; i++) {
        const fsc_match *mt = fsc_result_match(c->res, i);
        set_zone(c, mt->zone);
        if (mt->layer != FSC_LAYER_FRAMING || !(mt->flags & 0xFu) ||
            !span_ok(c, mt->off, mt->len))
            continue;
        st = fsc__buf_adds(b, mt->zone == FSC_ZONE_TITLE ? "  title: " : "  ");
        if (st == FSC_OK)
            st = quoted(b, c->text + mt->off, mt->len, 0);
        if (st == FSC_OK)
            st = categories(c, mt, " ");
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "}" PDI);
        const char *sep = ": ";
        for (unsigned f = 0; f < 4 && st == FSC_OK; f++)
            if (mt->flags & (1u << f)) {
                st = fsc__buf_printf(b, "%s%s", sep, fsc__show_flag_names[f]);
                sep = ", ";
            }
        if (st == FSC_OK && span_ok(c, mt->mod_off, mt->mod_len)) {
            st = fsc__buf_adds(b, " by ");
            if (st == FSC_OK)
                st = quoted(b, c->text + mt->mod_off, mt->mod_len, 0);
        }
        if (st == FSC_OK)
            st = fsc__buf_addc(b, '\n');
    }
    return st;
}

/* ---- wrapping ------------------------------------------------------------ */

/* Columns a code point takes: 0 for combining marks and format
 * characters, 2 for East Asian wide ranges, else 1. An approximation of
 * wcwidth() that needs no locale. */
static unsigned cp_width(long cp)
{
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
        (cp >= 0x0591 && cp <= 0x05BD) || (cp >= 0x0610 && cp <= 0x061A) ||
        cp == 0x061C || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
        (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
        (cp >= 0x06E7 && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED) ||
        (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
        (cp >= 0x2060 && cp <= 0x2069) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        cp == 0xFEFF)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Copy in[0..len) to b, breaking lines longer than `width` columns at the
 * last space (or between code points when a line has none). SGR sequences
 * take no columns. */
static fsc_status wrap(fsc_buf *b, const char *in, size_t len, unsigned width)
{
    const unsigned char *u = (const unsigned char *)in;
    size_t col = 0, sp = 0, sp_col = 0;
    int have_sp = 0, bol = 0; /* bol: at the start of a wrapped line */
    fsc_status st = fsc__buf_reserve(b, len + len / 8 + 16);
    for (size_t i = 0; i < len && st == FSC_OK;) {
        if (u[i] == 0x1b && i + 1 < len && u[i + 1] == '[') {
            size_t j = i + 2;
            while (j < len && !(u[j] >= 0x40 && u[j] <= 0x7E))
                j++;
            j = j < len ? j + 1 : len;
            st = fsc__buf_add(b, in + i, j - i);
            i = j;
            continue;
        }
        size_t n;
        long cp = decode(u + i, len - i, &n);
        if (cp == '\n') {
            st = fsc__buf_addc(b, '\n');
            col = 0;
            have_sp = 0;
            bol = 0;
            i += n;
            continue;
        }
        size_t w = cp == '\t' ? 8 - col % 8 : cp < 0 ? 1 : cp_width(cp);
        if (cp == ' ' && (bol || col + w > width)) {
            /* A space where a line breaks becomes the break; spaces that
             * would start a wrapped line are dropped. */
            if (!bol) {
                st = fsc__buf_addc(b, '\n');
                col = 0;
                have_sp = 0;
                bol = 1;
            }
            i += n;
            continue;
        }
        if (w)
            bol = 0;
        if (w && col > 0 && col + w > width) {
            if (have_sp) {
                /* Break at the space, dropping the spaces before it. */
                size_t k = 0;
                while (k < sp && b->data[sp - k - 1] == ' ')
                    k++;
                b->data[sp] = '\n';
                memmove(b->data + sp - k, b->data + sp, b->len - sp + 1);
                b->len -= k;
                col -= sp_col;
            } else {
                st = fsc__buf_addc(b, '\n');
                col = 0;
            }
            have_sp = 0;
            bol = 0;
        }
        if (st == FSC_OK)
            st = fsc__buf_add(b, in + i, n);
        col += w;
        if (cp == ' ') {
            sp = b->len - 1;
            sp_col = col;
            have_sp = 1;
        }
        i += n;
    }
    return st;
}

/* ---- entry point --------------------------------------------------------- */

fsc_status fsc_show_render(const fsc_model *m, const fsc_record *rec,
                           const fsc_result *res, const fsc_show_opts *opts,
                           char **out, size_t *len, fsc_error *err)
{
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!m || !rec || !res || !out)
        return fsc__fail(err, FSC_EINVAL, "fsc_show_render: NULL argument");
    if (fsc_record_skipped(rec))
        return fsc__fail(err, FSC_EINVAL, "cannot show a skipped record: %s",
                         fsc_record_skip_reason(rec));
    fsc_show_opts defaults;
    if (!opts) {
        fsc_show_opts_init(&defaults);
        opts = &defaults;
    }
    fsc_buf b, wrapped;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc__buf_init(&wrapped, FSC_BUF_DEFAULT_CAP);
    ctx c = { m, res, opts, NULL, 0, 0, &b, rec, FSC_ZONE_TEXT, NULL };
    set_zone(&c, FSC_ZONE_TEXT);
    c.voices = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    fsc_status st = FSC_OK;
    if (opts->header)
        st = header(&c, rec);
    if (st == FSC_OK)
        st = render_text(&c);
    if (st == FSC_OK && (c.len == 0 || c.text[c.len - 1] != '\n'))
        st = fsc__buf_addc(&b, '\n');
    if (st == FSC_OK && opts->attributions && c.voices)
        st = attributions(&c);
    set_zone(&c, FSC_ZONE_TEXT);
    if (st == FSC_OK && opts->summary)
        st = summary(&c);
    set_zone(&c, FSC_ZONE_TEXT);
    if (st == FSC_OK && opts->width) {
        st = wrap(&wrapped, b.data ? b.data : "", b.len, opts->width);
        if (st == FSC_OK)
            st = fsc__buf_take(&wrapped, out, len);
    } else if (st == FSC_OK) {
        st = fsc__buf_take(&b, out, len);
    }
    fsc__buf_free(&b);
    fsc__buf_free(&wrapped);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot render the article: %s",
                         fsc_strerror(st));
    return FSC_OK;
}
