/*
 * order_ru.c - Russian word order: an object set before its reporting verb
 * («Информацию изданию подтвердили два источника», «В минздраве края эту
 * информацию опровергли»). With nothing after the verb but its subject and
 * a phrase with a preposition, the object before it is what is reported.
 * And a share of a group heading a subject with «из» («большинство из
 * них ожидают»). Used by content.c and speaker_ru.c.
 */
#include "attrib_int.h"

/* Words that open an object of report set before the verb: a
 * demonstrative or a noun of information («эту информацию», «Эти
 * сведения», «Информацию»). Folded. */
static const char *const RU_FRONT_OBJ[] = {
    "эту",        "эти",      "этот",       "такие",     "такую",
    "информацию", "сведения", "данные",     "сообщения", "слова",
    "новость",    "факт",     "информация", NULL
};

/* Whom one tells, in the dative, right before the verb. Folded. */
static const char *const RU_TOLD[] = {
    "журналистам", "репортерам",   "корреспонденту", "корреспондентам",
    "агентству",   "изданию",      "газете",         "телеканалу",
    "журналу",     "радиостанции", "порталу",        NULL
};

int ru_fronted_object(const ctx *c, const icue *q, const srcres *r, uint32_t *a,
                      uint32_t *b)
{
    if (c->lang != LANG_RU || q->form != FSC__FORM_VERB ||
        c->inquote[q->first] >= 0)
        return 0;
    uint32_t s = sent_of(c, q->first), lo = c->sent_first[s],
             hi = c->sent_last[s];
    int src = r->first <= r->last && r->last < c->n_tok;
    /* after the verb: the subject, then at most a phrase that opens with
     * a preposition, to the clause's end */
    uint32_t t = q->last + 1;
    if (src && r->first == t)
        t = r->last + 1;
    if (t <= hi && is_word(c, t) && !key_in(c, t, NAME_PREP))
        return 0;
    for (uint32_t u = t; u <= hi; u++) {
        if (c->qmark[u] >= 0 || (is_word(c, u) && is_compl(c, u)) ||
            (is_word(c, u) && c->cue_at[u] >= 0) ||
            (!is_word(c, u) && (cp(c, u) == ':' || is_comma(cp(c, u)))))
            return 0;
    }
    /* before it: over the subject set there (a place, «В минздраве края»)
     * and whom it was told («изданию»), the object */
    uint32_t f = lo, e = q->first;
    while (f < e && !is_word(c, f))
        f++;
    if (src && r->last < q->first && r->first <= f + 1)
        f = r->last + 1;
    if (e == 0)
        return 0;
    e--;
    while (e > f && is_word(c, e) && key_is(c, e, SUBJ_SKIP))
        e--;
    if (e > f && is_word(c, e) && key_is(c, e, RU_TOLD))
        e--;
    if (f > e || !is_word(c, f) || !key_is(c, f, RU_FRONT_OBJ) || e - f > 6)
        return 0;
    for (uint32_t u = f; u <= e; u++)
        if (!is_word(c, u) || c->cue_at[u] >= 0)
            return 0;
    *a = f;
    *b = e;
    return 1;
}

/* Words of a share of a group that head a subject with «из»
 * («большинство из них», «часть из опрошенных», «половина из них»).
 * Folded. */
static const char *const RU_SHARE[] = { "большинство", "часть",    "половина",
                                        "треть",       "четверть", "многие",
                                        "некоторые",   "каждый",   "каждая",
                                        "один",        "одна",     NULL };

int ru_share_word(const ctx *c, uint32_t t)
{
    return c->lang == LANG_RU && is_word(c, t) && key_is(c, t, RU_SHARE);
}
