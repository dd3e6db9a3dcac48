/*
 * show_common.c - the parts of the terminal and HTML views of one article
 * that do not depend on the medium (see show_common.h).
 */
#include "show_common.h"

#include <stdio.h>
#include <stdlib.h>

const char *const fsc__show_voice_names[3] = { "authorial", "quoted",
                                               "attributed" };
const char *const fsc__show_kind_names[7] = { "direct",       "indirect",
                                              "according to", "mixed",
                                              "evidence",     "belief",
                                              "evidential" };
const char *const fsc__show_form_names[6] = { "named",     "nominal",
                                              "pronoun",   "dropped",
                                              "anonymous", "unresolved" };
const char *const fsc__show_flag_names[4] = { "negated", "hedged",
                                              "intensified", "distanced" };

int fsc__show_span_ok(const char *text, size_t len, size_t off, size_t n)
{
    if (n == 0 || off > len || n > len - off)
        return 0;
    const unsigned char *u = (const unsigned char *)text;
    if (off < len && (u[off] & 0xC0u) == 0x80u)
        return 0;
    size_t end = off + n;
    return end == len || (u[end] & 0xC0u) != 0x80u;
}

const fsc_entry *fsc__show_match_entry(const fsc_model *m, const fsc_match *mt,
                                       const fsc_lexicon **lx)
{
    *lx = fsc_model_lexicon(m, mt->lexicon);
    return *lx ? fsc_lexicon_entry(*lx, mt->entry) : NULL;
}

long fsc__show_match_category(const fsc_model *m, const fsc_match *mt)
{
    const fsc_lexicon *lx;
    const fsc_entry *e = fsc__show_match_entry(m, mt, &lx);
    long idx = -1;
    if (e && e->n_cats) {
        const fsc_category *cat = fsc_lexicon_category(lx, e->cats[0]);
        const char *ln = fsc_lexicon_name(lx);
        char name[512];
        if (cat && ln &&
            (size_t)snprintf(name, sizeof name, "%s:%s", ln, cat->id) <
                sizeof name)
            idx = fsc_model_find_category(m, name);
    }
    if (idx < 0 && mt->n_cats)
        idx = (long)mt->cats[0];
    return idx;
}

static int span_cmp(const void *pa, const void *pb)
{
    const fsc__span *a = pa, *b = pb;
    if (a->off != b->off)
        return a->off < b->off ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1; /* longer first: it nests outside */
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    return a->idx < b->idx ? -1 : (a->idx > b->idx);
}

static int cmp_size(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    return a < b ? -1 : (a > b);
}

void fsc__show_spans_free(fsc__spans *s)
{
    free(s->v);
    free(s->bounds);
    free(s->att_ids);
    free(s->open);
    *s = (fsc__spans){ 0 };
}

fsc_status fsc__show_spans_build(fsc__spans *s, const fsc_result *res,
                                 fsc_zone zone, const char *text, size_t len,
                                 fsc__show_palette_fn palette, const void *ctx)
{
    *s = (fsc__spans){ 0 };
    size_t n_att = fsc_result_n_attributions(res);
    size_t n_m = fsc_result_n_matches(res);
    size_t cap = n_m + 2 * n_att;
    s->v = calloc(cap ? cap : 1, sizeof *s->v);
    s->bounds = calloc(cap ? 2 * cap : 1, sizeof *s->bounds);
    s->att_ids = calloc(n_att ? 2 * n_att : 1, sizeof *s->att_ids);
    s->open = calloc(cap ? cap : 1, sizeof *s->open);
    if (!s->v || !s->bounds || !s->att_ids || !s->open) {
        fsc__show_spans_free(s);
        return FSC_ENOMEM;
    }
    size_t ns = 0;
    for (size_t i = 0; i < n_m; i++) {
        const fsc_match *mt = fsc_result_match(res, i);
        if (mt->zone != zone || mt->layer != FSC_LAYER_FRAMING ||
            !fsc__show_span_ok(text, len, mt->off, mt->len))
            continue;
        s->v[ns++] = (fsc__span){ .off = mt->off,
                                  .end = mt->off + mt->len,
                                  .kind = FSC__SPAN_MATCH,
                                  .idx = i,
                                  .palette = palette(ctx, mt) };
    }
    /* Sorting the cue and source spans makes the spans that several
     * attributions share adjacent: linear-logarithmic, not quadratic, in
     * the attributions. */
    size_t first = ns;
    for (size_t i = 0; i < n_att; i++) {
        const fsc_attribution *a = fsc_result_attribution(res, i);
        if (a->zone != zone)
            continue;
        for (int k = 0; k < 2; k++) {
            size_t off = k ? a->source_off : a->cue_off;
            size_t n = k ? a->source_len : a->cue_len;
            if (fsc__show_span_ok(text, len, off, n))
                s->v[ns++] =
                    (fsc__span){ .off = off,
                                 .end = off + n,
                                 .kind = k ? FSC__SPAN_SOURCE : FSC__SPAN_CUE,
                                 .idx = i };
        }
    }
    qsort(s->v + first, ns - first, sizeof *s->v, span_cmp);
    /* One span per extent and kind; the first in sort order has the lowest
     * attribution index. */
    size_t w = first;
    for (size_t i = first; i < ns; i++) {
        s->att_ids[i - first] = s->v[i].idx;
        if (w == first || s->v[w - 1].off != s->v[i].off ||
            s->v[w - 1].end != s->v[i].end ||
            s->v[w - 1].kind != s->v[i].kind) {
            s->v[w] = s->v[i];
            s->v[w].ids = i - first;
            s->v[w].n_ids = 0;
            w++;
        }
        s->v[w - 1].n_ids++;
    }
    s->n = w;
    qsort(s->v, s->n, sizeof *s->v, span_cmp);
    size_t nb = 0;
    for (size_t i = 0; i < s->n; i++) {
        s->bounds[nb++] = s->v[i].off;
        s->bounds[nb++] = s->v[i].end;
    }
    qsort(s->bounds, nb, sizeof *s->bounds, cmp_size);
    size_t d = 0;
    for (size_t i = 0; i < nb; i++)
        if (d == 0 || s->bounds[d - 1] != s->bounds[i])
            s->bounds[d++] = s->bounds[i];
    s->n_bounds = d;
    return FSC_OK;
}
