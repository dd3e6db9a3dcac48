/*
 * matches.c - from the winning trie nodes of a walk to matches: which
 * terms a reading may use, framing and attribution matches, modifier spans
 * and the modifier flags that reach each match.
 */
#include "match_int.h"

static unsigned role_flag(unsigned role)
{
    switch (role) {
    case FSC_ROLE_NEGATOR:
        return FSC_MATCH_NEGATED;
    case FSC_ROLE_HEDGE:
        return FSC_MATCH_HEDGED;
    case FSC_ROLE_INTENSIFIER:
        return FSC_MATCH_INTENSIFIED;
    case FSC_ROLE_DISTANCER:
        return FSC_MATCH_DISTANCED;
    default:
        return 0;
    }
}

/* Nonzero when term t of a winning node may be used with this reading at
 * stream positions start..end (its sense guards hold there). */
static int usable(const fsc_analyzer *az, const fsc__term *t, unsigned stripped,
                  int want, size_t start, size_t end)
{
    if ((stripped & ~(unsigned)t->allow) || t->role == FSC__ROLE_ANCHOR)
        return 0;
    int counted = t->role == FSC_ROLE_TERM || t->role == FSC_ROLE_NAME;
    if (want == WANT_MOD ? counted
                         : !counted || (t->layer == FSC_LAYER_ATTRIBUTION) !=
                                           (want == WANT_ATTR))
        return 0;
    if (want == WANT_TERM && az->want_lex >= 0 &&
        t->lexicon != (uint32_t)az->want_lex)
        return 0;
    return fsc__match_guards_ok(az, t, start, end);
}

/*
 * Modifier flags that reach the match at stream positions [start..end]:
 * modifiers ending within the window before it that act ahead, and
 * modifiers starting within the window after it that act behind, inside
 * its sentence and clause. *which gets the nearest one, a negator first.
 */
unsigned fsc__match_modifiers_of(fsc_analyzer *az, size_t n, size_t start,
                                 size_t end, const modspan **which)
{
    const fsc_model *m = az->m;
    *which = NULL;
    if (!az->n_mods)
        return 0;
    unsigned flags = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t from = dir < 0 ? start : end;
        uint32_t sent = az->tv.v[az->stream[from].tok].sent;
        unsigned words = 0;
        for (size_t p = from;;) {
            if (dir < 0 ? p == 0 : p + 1 >= n)
                break;
            p = dir < 0 ? p - 1 : p + 1;
            const fsc__token *tok = &az->tv.v[az->stream[p].tok];
            if (tok->sent != sent)
                break;
            int32_t mi = dir < 0 ? az->mod_end[p] : az->mod_start[p];
            if (mi >= 0) {
                const modspan *ms = &az->mods[mi];
                unsigned f = dir < 0 ? ms->ahead : ms->behind;
                if (f && (!*which || ((f & FSC_MATCH_NEGATED) &&
                                      !(flags & FSC_MATCH_NEGATED))))
                    *which = ms;
                flags |= f;
            }
            if (tok->kind == FSC__TOK_PUNCT) {
                if (is_clause_punct(az->text + tok->off, tok->len))
                    break;
                continue;
            }
            if (++words >= m->opts.modifier_window)
                break;
        }
    }
    return flags;
}

fsc_status fsc__match_add_match(fsc_analyzer *az, size_t start, size_t glue_pos,
                                const best *b, const char *glue, int want,
                                fsc_arena *arena)
{
    const fsc_model *m = az->m;
    fsc_status st = grow((void **)&az->matches, &az->cap_matches,
                         az->n_matches + 1, sizeof *az->matches);
    if (st != FSC_OK)
        return st;
    unsigned stripped = b->first->stripped | b->last->stripped |
                        (glue != NULL ? FSC__RD_CLITIC : 0);
    size_t gstart = glue ? glue_pos : start;
    uint32_t cats[MAX_MATCH_CATS];
    size_t n_cats = 0;
    const fsc__term *primary = NULL;
    az->claimed = 0;
    for (size_t i = 0; i < b->n_nodes; i++) {
        const fsc__node *nd = &m->nodes[b->nodes[i]];
        for (uint32_t j = 0; j < nd->n_terms; j++) {
            const fsc__term *t = &m->terms[nd->terms_off + j];
            if (!usable(az, t, stripped, want, gstart, b->end))
                continue;
            if (t->role == FSC_ROLE_NAME) {
                /* A name or title takes the span and counts nowhere. */
                az->claimed = 1;
                return FSC_OK;
            }
            if (!primary || t->lexicon < primary->lexicon ||
                (t->lexicon == primary->lexicon && t->entry < primary->entry))
                primary = t;
            for (uint32_t c = 0; c < t->n_cats; c++) {
                uint32_t cat = m->catpool[t->cats_off + c];
                size_t k = 0;
                while (k < n_cats && cats[k] != cat)
                    k++;
                if (k == n_cats && n_cats < MAX_MATCH_CATS)
                    cats[n_cats++] = cat;
            }
        }
    }
    if (!primary)
        return FSC_OK;
    /* Keep category lists sorted (insertion sort: lists are short). */
    for (size_t i = 1; i < n_cats; i++)
        for (size_t j = i; j > 0 && cats[j - 1] > cats[j]; j--) {
            uint32_t x = cats[j];
            cats[j] = cats[j - 1];
            cats[j - 1] = x;
        }
    fsc_match *mt = &az->matches[az->n_matches];
    memset(mt, 0, sizeof *mt);
    const fsc__token *t0 = &az->tv.v[az->stream[start].tok];
    const fsc__token *t1 = &az->tv.v[az->stream[b->end].tok];
    mt->off = t0->off;
    mt->len = (size_t)t1->off + t1->len - t0->off;
    mt->cp_off = t0->cp_off;
    mt->cp_len = (size_t)t1->cp_off + t1->cp_len - t0->cp_off;
    mt->sentence = t0->sent;
    mt->lexicon = primary->lexicon;
    mt->entry = primary->entry;
    uint32_t *cv = fsc__arena_alloc(arena, n_cats * sizeof *cv);
    if (!cv)
        return FSC_ENOMEM;
    memcpy(cv, cats, n_cats * sizeof *cv);
    mt->cats = cv;
    mt->n_cats = n_cats;
    /* glue, "+" and the first reading's proclitics, at most 63 bytes */
    char pro[64];
    size_t np = 0;
    const char *const parts[3] = { glue ? glue : "",
                                   glue && b->first->pro[0] ? "+" : "",
                                   b->first->pro };
    for (size_t i = 0; i < 3; i++)
        for (const char *s = parts[i]; *s && np + 1 < sizeof pro; s++)
            pro[np++] = *s;
    mt->proclitics = fsc__arena_strndup(arena, pro, np);
    mt->enclitic =
        fsc__arena_strndup(arena, b->last->enc, strlen(b->last->enc));
    if (!mt->proclitics || !mt->enclitic)
        return FSC_ENOMEM;
    mt->detached = glue != NULL;
    mt->voice = FSC_VOICE_AUTHORIAL;
    mt->attribution = -1;
    st = grow((void **)&az->mpos, &az->cap_mpos, az->n_matches + 1,
              sizeof *az->mpos);
    if (st != FSC_OK)
        return st;
    az->mpos[az->n_matches].start = (uint32_t)(glue ? glue_pos : start);
    az->mpos[az->n_matches].end = (uint32_t)b->end;
    unsigned usable_here = 0;
    for (size_t i = 0; i < b->n_nodes; i++) {
        const fsc__node *nd = &m->nodes[b->nodes[i]];
        for (uint32_t j = 0; j < nd->n_terms; j++)
            usable_here += (unsigned)usable(az, &m->terms[nd->terms_off + j],
                                            stripped, want, gstart, b->end);
    }
    mt->layer = want == WANT_ATTR ? FSC_LAYER_ATTRIBUTION : FSC_LAYER_FRAMING;
    if (want == WANT_ATTR)
        mt->n_competing = usable_here - 1;
    else
        mt->n_competing = az->terms_seen > usable_here
                              ? az->terms_seen - usable_here
                              : usable_here - 1;
    az->n_matches++;
    return FSC_OK;
}

void fsc__match_clear_lex_bests(fsc_analyzer *az)
{
    for (size_t k = 0; k < az->n_btl_used; k++)
        best_clear(&az->btl[az->btl_used[k]]);
    az->n_btl_used = 0;
}

/*
 * The framing matches starting at stream position `start`: for each
 * lexicon with a term found by the walk (in lexicon order), its longest
 * term, unless a match of that lexicon still covers `start`. A name of any
 * lexicon («المنسق الأوروبي لمكافحة الإرهاب», "UN refugee agency") takes
 * its span from every lexicon: the matches it covers are dropped. *tend
 * gets one past the end of the furthest match or name added, 0 for none.
 */
fsc_status fsc__match_add_terms(fsc_analyzer *az, size_t start, size_t glue_pos,
                                const char *glue, fsc_arena *arena,
                                size_t *tend)
{
    *tend = 0;
    /* lexicon order, for output that does not depend on the walk */
    for (size_t a = 1; a < az->n_btl_used; a++)
        for (size_t b = a; b > 0 && az->btl_used[b - 1] > az->btl_used[b];
             b--) {
            uint32_t x = az->btl_used[b];
            az->btl_used[b] = az->btl_used[b - 1];
            az->btl_used[b - 1] = x;
        }
    size_t first = az->n_matches, claim_end = 0;
    int claimed = 0;
    for (size_t k = 0; k < az->n_btl_used; k++) {
        uint32_t lex = az->btl_used[k];
        const best *lb = &az->btl[lex];
        if (!lb->found || glue_pos < az->next_free_l[lex])
            continue;
        size_t before = az->n_matches;
        az->want_lex = (long)lex;
        fsc_status st = fsc__match_add_match(az, start, glue_pos, lb, glue,
                                             WANT_TERM, arena);
        az->want_lex = -1;
        if (st != FSC_OK)
            return st;
        if (az->n_matches > before || az->claimed) {
            az->next_free_l[lex] = lb->end + 1;
            if (lb->end + 1 > *tend)
                *tend = lb->end + 1;
        }
        if (az->claimed && lb->end + 1 > claim_end) {
            claimed = 1;
            claim_end = lb->end + 1;
        }
    }
    if (claimed) {
        /* a name: no lexicon counts a term inside it */
        size_t w = first;
        for (size_t i = first; i < az->n_matches; i++)
            if (az->mpos[i].end >= claim_end) {
                az->matches[w] = az->matches[i];
                az->mpos[w] = az->mpos[i];
                w++;
            }
        az->n_matches = w;
        for (size_t lex = 0; lex < az->m->n_lex; lex++)
            if (az->next_free_l[lex] < claim_end)
                az->next_free_l[lex] = claim_end;
    }
    az->claimed = claimed;
    return FSC_OK;
}

fsc_status fsc__match_add_mod(fsc_analyzer *az, size_t start, const best *b)
{
    const fsc_model *m = az->m;
    unsigned stripped = b->first->stripped | b->last->stripped;
    unsigned ahead = 0, behind = 0;
    for (size_t i = 0; i < b->n_nodes; i++) {
        const fsc__node *nd = &m->nodes[b->nodes[i]];
        for (uint32_t j = 0; j < nd->n_terms; j++) {
            const fsc__term *t = &m->terms[nd->terms_off + j];
            if (!usable(az, t, stripped, WANT_MOD, start, b->end))
                continue;
            if (t->scope != FSC_SCOPE_PRECEDING)
                ahead |= role_flag(t->role);
            if (t->scope != FSC_SCOPE_FOLLOWING)
                behind |= role_flag(t->role);
        }
    }
    if (!ahead && !behind)
        return FSC_OK; /* a neutral phrase: it only keeps others away */
    fsc_status st = grow((void **)&az->mods, &az->cap_mods, az->n_mods + 1,
                         sizeof *az->mods);
    if (st != FSC_OK)
        return st;
    modspan *ms = &az->mods[az->n_mods];
    ms->start = (uint32_t)start;
    ms->end = (uint32_t)b->end;
    ms->ahead = ahead;
    ms->behind = behind;
    az->mod_end[b->end] = (int32_t)az->n_mods;
    az->mod_start[start] = (int32_t)az->n_mods++;
    return FSC_OK;
}
