/*
 * own_channel_ru.c - a Russian subject before an adverbial of its own
 * channel or document: «Пресс-служба компании в своем Telegram-канале
 * сообщила», «Профсоюз водителей в своем обращении потребовал»,
 * «Командование армии в своем заявлении отвергло». The reflexive «свой»
 * points back to the subject, so the noun phrase that opens the clause
 * before «в/на своем …» is the verb's subject, named or not (a name alone
 * is found by ru_named_before_adverbial in speaker_ru.c). Used by
 * speaker.c.
 */
#include "attrib_int.h"

#include <string.h>

/* Prepositions of the adverbial. Folded. */
static const char *const RU_OWN_PREP[] = { "в", "во", "на", NULL };
/* Forms of «свой» after them. Folded. */
static const char *const RU_OWN[] = { "своем", "своей", "своих",
                                      "свое",  "своём", NULL };
/* Words that open a clause and are no part of its subject. Folded. */
static const char *const RU_OWN_OPEN[] = { "а",     "но",  "и",    "однако",
                                           "также", "при", "этом", NULL };

int ru_phrase_token(const ctx *c, uint32_t u)
{
    if (!is_word(c, u))
        return name_link(c, u) || c->qmark[u] >= 0 ? 0 : -1;
    return c->cue_at[u] >= 0 || is_compl(c, u) ? -1 : 1;
}

int ru_own_channel_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->form != FSC__FORM_VERB)
        return 0;
    uint32_t lo = c->sent_first[s];
    while (lo < q->first && !is_word(c, lo) && is_dash(cp(c, lo)))
        lo++;
    while (lo < q->first && is_word(c, lo) && key_is(c, lo, RU_OWN_OPEN))
        lo++;
    /* the adverbial: «в/на» «свой» and at most four words, then the verb
     * (an adverb of SUBJ_SKIP may stand before the verb) */
    uint32_t t = q->first;
    while (t > lo && is_word(c, t - 1) && key_is(c, t - 1, SUBJ_SKIP))
        t--;
    uint32_t p = UINT32_MAX;
    for (uint32_t u = t, w = 0; u-- > lo && w < 6;) {
        int k = ru_phrase_token(c, u);
        if (k < 0)
            return 0;
        if (k == 0)
            continue;
        w++;
        if (key_is(c, u, RU_OWN) && u > lo && key_is(c, u - 1, RU_OWN_PREP)) {
            p = u - 1;
            break;
        }
    }
    if (p == UINT32_MAX || p <= lo || p - lo > 6)
        return 0;
    /* the subject: the words from the clause's start up to «в» */
    for (uint32_t u = lo; u < p; u++) {
        int k = ru_phrase_token(c, u);
        if (k < 0)
            return 0;
        if (k == 0)
            continue;
    }
    set_np(c, r, lo, p - 1, "ru_own_channel_subject");
    return 1;
}
