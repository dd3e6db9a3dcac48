/*
 * scope.c - lexicon scopes: the anchors of each scoped lexicon per window
 * (article or paragraph) and the matches that fall outside their scope.
 */
#include "match_int.h"

/* Is a match in paragraph `para` in the scope of model lexicon `li`? */
int fsc__match_in_scope(const fsc_analyzer *az, const fsc_result *r, size_t li,
                    size_t para)
{
    const fsc_scope_state *ss = &r->scope[li];
    if (!ss->scoped)
        return 1;
    if (ss->window == FSC_WINDOW_ARTICLE)
        return ss->in_scope;
    return az->para_in[(size_t)az->scope_slot[li] * az->n_para + para];
}

/*
 * The scope of each scoped lexicon in this article: anchors per window,
 * whether each window holds min_anchors of them, and the anchors in the
 * result. Matches of a lexicon outside its scope are marked; they are
 * counted apart (out_of_scope).
 */
fsc_status fsc__match_apply_scope(fsc_analyzer *az, fsc_result *r)
{
    const fsc_model *m = az->m;
    const fsc__tokvec *tv = &az->tv;
    r->n_scope = m->n_lex;
    r->scope = fsc__arena_alloc(&r->arena, (m->n_lex ? m->n_lex : 1) *
                                               sizeof *r->scope);
    if (!r->scope)
        return FSC_ENOMEM;
    memset(r->scope, 0, (m->n_lex ? m->n_lex : 1) * sizeof *r->scope);
    if (!m->has_scope)
        return FSC_OK;
    size_t n_para = tv->n ? (size_t)tv->v[tv->n - 1].para + 1 : 0;
    size_t slots = 0;
    for (size_t li = 0; li < m->n_lex; li++)
        slots += fsc_lexicon_scope(m->lex[li]) != NULL;
    fsc_status st = grow((void **)&az->para_in, &az->cap_para_in,
                         slots * n_para + 1, sizeof *az->para_in);
    if (st == FSC_OK)
        st = grow((void **)&az->scope_slot, &az->cap_scope_slot, m->n_lex,
                  sizeof *az->scope_slot);
    if (st != FSC_OK)
        return st;
    az->n_para = n_para;
    /* Anchors into the result, in text order (they were found in order). */
    r->anchors = fsc__arena_alloc(&r->arena, (az->n_anchors ? az->n_anchors
                                                            : 1) *
                                                 sizeof *r->anchors);
    if (!r->anchors)
        return FSC_ENOMEM;
    for (size_t k = 0; k < az->n_anchors; k++) {
        const anchor_at *a = &az->anchors[k];
        const fsc__token *t0 = &tv->v[az->stream[a->start].tok];
        const fsc__token *t1 = &tv->v[az->stream[a->end].tok];
        fsc_anchor *o = &r->anchors[k];
        o->off = t0->off;
        o->len = (size_t)t1->off + t1->len - t0->off;
        o->lexicon = a->lexicon;
        o->anchor = a->anchor;
        o->paragraph = t0->para;
        o->zone = FSC_ZONE_TEXT;
    }
    r->n_anchors = az->n_anchors;
    uint32_t slot = 0;
    for (size_t li = 0; li < m->n_lex; li++) {
        const fsc_topic_scope *sc = fsc_lexicon_scope(m->lex[li]);
        if (!sc)
            continue;
        fsc_scope_state *ss = &r->scope[li];
        uint8_t *pin = az->para_in + (size_t)slot * n_para;
        ss->scoped = 1;
        ss->window = sc->window;
        az->scope_slot[li] = slot++;
        /* Anchor counts per paragraph first (saturating at 255). */
        memset(pin, 0, n_para);
        for (size_t k = 0; k < r->n_anchors; k++) {
            if (r->anchors[k].lexicon != li)
                continue;
            ss->anchors++;
            if (pin[r->anchors[k].paragraph] < 255)
                pin[r->anchors[k].paragraph]++;
        }
        if (sc->window == FSC_WINDOW_ARTICLE) {
            ss->windows = n_para ? 1 : 0;
            ss->in_scope = n_para && ss->anchors >= sc->min_anchors;
            ss->windows_in_scope = (uint32_t)ss->in_scope;
        } else {
            ss->windows = (uint32_t)n_para;
            for (size_t p = 0; p < n_para; p++) {
                pin[p] = pin[p] >= sc->min_anchors;
                ss->windows_in_scope += pin[p];
            }
            ss->in_scope = ss->windows_in_scope > 0;
        }
    }
    for (size_t i = 0; i < az->n_matches; i++) {
        fsc_match *mt = &az->matches[i];
        size_t para = tv->v[az->stream[az->mpos[i].start].tok].para;
        mt->out_of_scope = !fsc__match_in_scope(az, r, mt->lexicon, para);
    }
    return FSC_OK;
}
