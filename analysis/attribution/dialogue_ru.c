/*
 * dialogue_ru.c - Russian direct speech set off by dashes inside running
 * text. A dash after a full stop, a question or an exclamation mark opens
 * a speaker's words again even where the sentence splitter saw no sentence
 * end (a dash is no capital letter): «Министр выступил на форуме. — Бюджет
 * будет сбалансирован, — заявил он. — Но расходы придется сократить.»
 * Used by content.c (where the words before a postposed cue begin) and by
 * quote_attach.c (where the words after the cue go on).
 */
#include "attrib_int.h"

/* Token t is a dash right after a mark that ends a sentence («. —»,
 * «? —», «! —», «… —»), outside quotation marks. */
static int reopening_dash(const ctx *c, uint32_t t)
{
    if (t == 0 || t >= c->n_tok || is_word(c, t) || !is_dash(cp(c, t)) ||
        c->inquote[t] >= 0)
        return 0;
    uint32_t p = t - 1;
    /* a closing quotation mark between them: «...». — */
    if (p > 0 && !is_word(c, p) && c->qmark[p] >= 0)
        p--;
    return !is_word(c, p) && is_final(cp(c, p));
}

uint32_t ru_dash_reopen(const ctx *c, uint32_t a, uint32_t pf)
{
    if (c->lang != LANG_RU || pf == UINT32_MAX || pf >= c->n_tok)
        return a;
    /* (bounded: the 256 tokens before the cue's dash) */
    uint32_t lo = pf > a + 256 ? pf - 256 : a;
    for (uint32_t t = pf; t-- > lo + 1;) {
        if (!reopening_dash(c, t))
            continue;
        /* the words after it up to the cue's dash are the speech */
        uint32_t x = t + 1, y = pf - 1;
        if (x <= y && trim(c, &x, &y))
            return t + 1;
        return a;
    }
    return a;
}

uint32_t ru_dash_resume(const ctx *c, uint32_t e, uint32_t hi)
{
    if (c->lang != LANG_RU || hi >= c->n_tok)
        return UINT32_MAX;
    /* (bounded: the rest of the cue's clause, at most 24 tokens) */
    for (uint32_t t = e; t <= hi && t < e + 24; t++) {
        if (is_word(c, t)) {
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
                return UINT32_MAX; /* another report */
            continue;
        }
        if (c->qmark[t] >= 0 || c->inquote[t] >= 0)
            return UINT32_MAX;
        if (is_final(cp(c, t)))
            return t + 1 <= hi && reopening_dash(c, t + 1) ? t + 1 : UINT32_MAX;
    }
    return UINT32_MAX;
}

int ru_dialogue_line(const ctx *c, uint32_t d)
{
    if (c->lang != LANG_RU || d >= c->n_tok || is_word(c, d) ||
        !is_dash(cp(c, d)))
        return 0;
    /* the first token of its paragraph */
    return d == 0 || c->tok[d - 1].para != c->tok[d].para;
}

void ru_answer_speaker(ctx *c, uint32_t a, uint32_t b)
{
    fsc__attribs *o = c->out;
    if (c->lang != LANG_RU || o->n == 0)
        return;
    const fsc__attribution *ans = &o->v[o->n - 1];
    if (ans->source_kind == FSC__SRC_UNRESOLVED)
        return;
    for (size_t j = 0; j + 1 < o->n; j++) {
        fsc__attribution *y = &o->v[j];
        if (y->cue_first_tok > y->cue_last_tok || y->cue_first_tok < a ||
            y->cue_last_tok > b || y->source_kind != FSC__SRC_UNRESOLVED ||
            y->src_first_tok <= y->src_last_tok)
            continue;
        /* «— Думаю, что ...»: the verb's own person, the one who answers */
        y->source_kind = ans->source_kind;
        y->actor = ans->actor;
        y->form = FSC__SF_DROPPED;
        y->gender = ans->gender;
        y->inherited = 1;
        y->name_first_tok = ans->name_first_tok;
        y->name_last_tok = ans->name_last_tok;
        y->res_first_tok = ans->res_first_tok;
        y->res_last_tok = ans->res_last_tok;
        y->rname_first_tok = ans->rname_first_tok;
        y->rname_last_tok = ans->rname_last_tok;
    }
}
