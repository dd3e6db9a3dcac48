/*
 * guards.c - sense guards: whether the words before or after a candidate
 * match (within its sentence and, unless said, its clause) hold one of the
 * guard's patterns.
 */
#include "match_int.h"

/* Does the token at stream position q have a reading of word pattern
 * wpid (any reading: guard patterns accept clitics and tanween)? */
static int has_reading(const fsc_analyzer *az, size_t q, uint32_t wpid)
{
    const ttype *t = &az->types[az->stream[q].type];
    for (uint32_t k = 0; k < t->n_hits; k++)
        if (az->hits[t->hits_off + k].wpid == wpid)
            return 1;
    return 0;
}

/* Does guard pattern gp match the tokens from stream position q on, in
 * sentence `sent`? */
static int gpat_at(const fsc_analyzer *az, const fsc__gpat *gp, size_t q,
                   uint32_t sent)
{
    const fsc_model *m = az->m;
    for (uint32_t k = 0; k < gp->n; k++) {
        if (q + k >= az->n_stream ||
            az->tv.v[az->stream[q + k].tok].sent != sent ||
            !has_reading(az, q + k, m->gwp[gp->off + k]))
            return 0;
    }
    return 1;
}

/* Does some pattern of g start at q (dir > 0) or end at q (dir < 0)? */
static int guard_hit(const fsc_analyzer *az, const fsc__guard *g, size_t q,
                     int dir, uint32_t sent)
{
    for (uint32_t i = 0; i < g->n_pats; i++) {
        const fsc__gpat *gp = &az->m->gpats[g->pats_off + i];
        if (dir < 0 && q + 1 < gp->n)
            continue;
        if (gpat_at(az, gp, dir > 0 ? q : q + 1 - gp->n, sent))
            return 1;
    }
    return 0;
}

/*
 * Stream position of the next word after `from` (dir 1) or the previous
 * one (dir -1) in sentence `sent`, or -1. next/prev skip quotation marks
 * and brackets but not clause punctuation; near (`any_punct`) skips every
 * punctuation mark.
 */
static long word_from(const fsc_analyzer *az, size_t from, int dir,
                      uint32_t sent, int any_punct)
{
    for (size_t p = from;;) {
        if (dir < 0 ? p == 0 : p + 1 >= az->n_stream)
            return -1;
        p = dir < 0 ? p - 1 : p + 1;
        const fsc__token *tok = &az->tv.v[az->stream[p].tok];
        if (tok->sent != sent)
            return -1;
        if (tok->kind != FSC__TOK_PUNCT)
            return (long)p;
        if (!any_punct && is_clause_punct(az->text + tok->off, tok->len))
            return -1;
    }
}

/* Do the sense guards of `t` hold for a match at stream positions
 * start..end? Each guard's patterns are alternatives; all guards must hold. */
int fsc__match_guards_ok(const fsc_analyzer *az, const fsc__term *t,
                         size_t start, size_t end)
{
    const fsc_model *m = az->m;
    if (!t->guards)
        return 1;
    const fsc__gset *gs = &m->gsets[t->guards - 1];
    uint32_t sent = az->tv.v[az->stream[start].tok].sent;
    for (uint32_t i = 0; i < gs->n; i++) {
        const fsc__guard *g = &m->guards[gs->off + i];
        int found = 0;
        long q;
        switch (g->kind) {
        case FSC_GUARD_NEXT:
        case FSC_GUARD_NOT_NEXT:
            q = word_from(az, end, 1, sent, 0);
            found = q >= 0 && guard_hit(az, g, (size_t)q, 1, sent);
            break;
        case FSC_GUARD_PREV:
        case FSC_GUARD_NOT_PREV:
            q = word_from(az, start, -1, sent, 0);
            found = q >= 0 && guard_hit(az, g, (size_t)q, -1, sent);
            break;
        default: /* near, not_near: `window` words on either side */
            for (int dir = -1; dir <= 1 && !found; dir += 2) {
                size_t from = dir < 0 ? start : end;
                for (unsigned w = 0; w < g->window && !found; w++) {
                    q = word_from(az, from, dir, sent, 1);
                    if (q < 0)
                        break;
                    found = guard_hit(az, g, (size_t)q, dir, sent);
                    from = (size_t)q;
                }
            }
            break;
        }
        int want = g->kind == FSC_GUARD_NEXT || g->kind == FSC_GUARD_PREV ||
                   g->kind == FSC_GUARD_NEAR;
        if (found != want)
            return 0;
    }
    return 1;
}
