/*
 * voice.c - stage 5: the voice of every token. A direct quotation is
 * verbatim, so the innermost one decides; indirect speech is the
 * reporter's paraphrase, so the outermost indirect content decides; further
 * segments are quoted when they are quotations (continued quotations, the
 * quotation in mixed content) and attributed when they continue a
 * paraphrase around a parenthetical cue.
 */
#include "attrib_int.h"

static int voice_of(const fsc__attribution *x)
{
    return x->kind == FSC__ATTR_DIRECT ? FSC__VOICE_QUOTED
                                       : FSC__VOICE_ATTRIBUTED;
}

/* The voice of x's further segments: the parts of a split or continued
 * quotation and the quotation inside mixed content are quoted; the second
 * part of indirect or according-to content around a parenthetical cue
 * ("Police, Smith says, have ...") is the same paraphrase as the first. */
static int seg_voice_of(const fsc__attribution *x)
{
    return x->kind == FSC__ATTR_DIRECT || x->kind == FSC__ATTR_MIXED
               ? FSC__VOICE_QUOTED
               : FSC__VOICE_ATTRIBUTED;
}

/*
 * Whose words a token is: a direct quotation covering it is verbatim, so
 * the innermost direct quotation decides; otherwise indirect speech is the
 * reporter's paraphrase, so the outermost indirect or according-to content
 * decides ("Bayramov said that Azerbaijan believes the counter-terrorism
 * measures ...": Bayramov's wording). rank() orders attributions so that
 * the one that decides comes last.
 */
static int outranks(const fsc__attribution *x, size_t kx,
                    const fsc__attribution *y, size_t ky)
{
    int dx = x->kind == FSC__ATTR_DIRECT, dy = y->kind == FSC__ATTR_DIRECT;
    uint32_t lx = x->content_last_tok - x->content_first_tok;
    uint32_t ly = y->content_last_tok - y->content_first_tok;
    if (dx != dy)
        return dx;
    if (lx != ly)
        return dx ? lx < ly : lx > ly;
    return kx > ky; /* ties go to the later attribution */
}

int fsc__attrib_voice(const fsc__attribs *a, uint32_t i, long *which)
{
    /* the same painting as fsc__attrib_voices, for one token */
    long best = -1;
    int seg = 0;
    for (size_t k = 0; a && k < a->n; k++) {
        const fsc__attribution *x = &a->v[k];
        if (x->cue_cls == FSC__CLS_EVIDENTIAL)
            continue; /* the writer's own hedge: authorial */
        int in = x->content_first_tok <= i && i <= x->content_last_tok;
        int in_seg = 0;
        for (uint32_t g = 0; g < x->n_seg && x->seg_first + g < a->n_segs; g++)
            if (a->segs[x->seg_first + g].first <= i &&
                i <= a->segs[x->seg_first + g].last)
                in_seg = 1;
        if (!in && !in_seg)
            continue;
        if (best < 0 || outranks(x, k, &a->v[best], (size_t)best)) {
            best = (long)k;
            seg = in_seg;
        }
    }
    if (which)
        *which = best;
    if (best < 0)
        return FSC__VOICE_AUTHORIAL;
    return seg ? seg_voice_of(&a->v[best]) : voice_of(&a->v[best]);
}

typedef struct byspan {
    uint32_t len;
    uint8_t direct;
    size_t k;
} byspan;

/* Painting order: indirect before direct; indirect from the shortest to
 * the widest, direct from the widest to the shortest (the last painted
 * wins, as outranks() says). */
static int cmp_span(const void *pa, const void *pb)
{
    const byspan *a = pa, *b = pb;
    if (a->direct != b->direct)
        return a->direct ? 1 : -1;
    if (a->len != b->len)
        return (a->direct ? a->len > b->len : a->len < b->len) ? -1 : 1;
    return a->k < b->k ? -1 : a->k > b->k;
}

/* The first token at or after i that no span has painted yet. */
static uint32_t unpainted(uint32_t *next, uint32_t i)
{
    while (next[i] != i) {
        next[i] = next[next[i]];
        i = next[i];
    }
    return i;
}

/* Paint the unpainted tokens of [f, l] with voice v of attribution k. */
static void paint(uint32_t *next, size_t n_tok, uint32_t f, uint32_t l,
                  uint8_t *voice, long *which, uint8_t v, long k)
{
    if (f > l || f >= n_tok)
        return;
    if (l >= n_tok)
        l = (uint32_t)(n_tok - 1);
    for (uint32_t i = unpainted(next, f); i <= l; i = unpainted(next, i)) {
        voice[i] = v;
        if (which)
            which[i] = k;
        next[i] = i + 1;
    }
}

fsc_status fsc__attrib_voices(const fsc__attribs *a, size_t n_tok,
                              uint8_t *voice, long *which, fsc_error *err)
{
    if (!voice && n_tok)
        return fsc__fail(err, FSC_EINVAL, "attrib voices: NULL output");
    for (size_t i = 0; i < n_tok; i++) {
        voice[i] = FSC__VOICE_AUTHORIAL;
        if (which)
            which[i] = -1;
    }
    if (!a || a->n == 0)
        return FSC_OK;
    byspan *o = malloc(a->n * sizeof *o);
    if (!o)
        return fsc__fail(err, FSC_ENOMEM, "attrib voices: out of memory");
    for (size_t k = 0; k < a->n; k++) {
        o[k].len = a->v[k].content_last_tok - a->v[k].content_first_tok;
        o[k].direct = a->v[k].kind == FSC__ATTR_DIRECT;
        o[k].k = k;
    }
    /* Paint in cmp_span's order so that the attribution outranks() picks
     * wins, as in fsc__attrib_voice: the last painted wins. Done backwards
     * (the winner first), each token painted once: next[i] is the first
     * unpainted token at or after i (a union-find with path halving), so
     * the cost is linear in the tokens and spans even when many
     * attributions share one endless content span. */
    fsc__qsort(o, a->n, sizeof *o, cmp_span);
    uint32_t *next = malloc((n_tok + 1) * sizeof *next);
    if (!next) {
        free(o);
        return fsc__fail(err, FSC_ENOMEM, "attrib voices: out of memory");
    }
    for (size_t i = 0; i <= n_tok; i++)
        next[i] = (uint32_t)i;
    for (size_t j = a->n; j-- > 0;) {
        const fsc__attribution *x = &a->v[o[j].k];
        if (x->cue_cls == FSC__CLS_EVIDENTIAL)
            continue; /* the writer's own hedge ("X seems to"): authorial */
        /* its further segments (quotations, or the rest of a paraphrase
         * around a parenthetical cue), painted after its content: first
         * here */
        for (uint32_t g = x->n_seg; g-- > 0;) {
            if (x->seg_first + g >= a->n_segs)
                continue;
            const fsc__seg *sg = &a->segs[x->seg_first + g];
            paint(next, n_tok, sg->first, sg->last, voice, which,
                  (uint8_t)seg_voice_of(x), (long)o[j].k);
        }
        paint(next, n_tok, x->content_first_tok, x->content_last_tok, voice,
              which, (uint8_t)voice_of(x), (long)o[j].k);
    }
    free(next);
    free(o);
    return FSC_OK;
}

void fsc__attribs_free(fsc__attribs *a)
{
    if (!a)
        return;
    free(a->v);
    free(a->segs);
    free(a->scratch);
    free(a->keep_cands);
    free(a->keep_cues);
    free(a->key_off);
    free(a->keys);
    free(a->wk_hash);
    free(a->wk_prev);
    free(a->wk_tab);
    free(a->fn_memo);
    free(a->nr_memo);
    free(a->fl_memo);
    free(a->st_memo);
    free(a->ti_memo);
    memset(a, 0, sizeof *a);
}
