/*
 * voice.c - stage 5: the voice of every token. A direct quotation is
 * verbatim, so the innermost one decides; indirect speech is the
 * reporter's paraphrase, so the outermost indirect content decides; further
 * segments (continued quotations, the quotation in mixed content) are
 * quoted.
 */
#include "attrib_int.h"

static int voice_of(const fsc__attribution *x)
{
    return x->kind == FSC__ATTR_DIRECT ? FSC__VOICE_QUOTED
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
    return seg ? FSC__VOICE_QUOTED : voice_of(&a->v[best]);
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
     * wins, as in fsc__attrib_voice. Cost: the sum of the content lengths
     * (nesting is shallow). */
    fsc__qsort(o, a->n, sizeof *o, cmp_span);
    for (size_t j = 0; j < a->n; j++) {
        const fsc__attribution *x = &a->v[o[j].k];
        for (size_t i = x->content_first_tok;
             i <= x->content_last_tok && i < n_tok; i++) {
            voice[i] = (uint8_t)voice_of(x);
            if (which)
                which[i] = (long)o[j].k;
        }
        /* further segments are quotations: quoted voice */
        for (uint32_t g = 0; g < x->n_seg && x->seg_first + g < a->n_segs;
             g++) {
            const fsc__seg *sg = &a->segs[x->seg_first + g];
            for (size_t i = sg->first; i <= sg->last && i < n_tok; i++) {
                voice[i] = FSC__VOICE_QUOTED;
                if (which)
                    which[i] = (long)o[j].k;
            }
        }
    }
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
    memset(a, 0, sizeof *a);
}
