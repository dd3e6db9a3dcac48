/*
 * impersonal_ru.c - Russian indefinite-personal reports: a verb in the
 * third person plural with no subject, whose clause opens with its
 * object or addressee in an oblique case («Жителей просят не выходить из
 * дома», «Пассажиров рейса просят сохранять спокойствие», «Мне говорили:
 * ...», «Нам прямо сказали, что ...», «Его обвиняют в ...»). Someone
 * unnamed speaks: the words before the verb are no source. Used by
 * speaker.c before the rules that take the words before a verb as its
 * subject.
 */
#include "attrib_int.h"

#include <string.h>

/* Personal pronouns in the dative or the accusative that open such a
 * clause. Folded. «его», «ее», «их» are also possessives («Его
 * сторонники заявили»), so a pronoun counts only right before the verb
 * or an adverb of RU_IMP_ADV. */
static const char *const RU_IMP_PRON[] = { "мне",  "нам", "вам",  "тебе", "ему",
                                           "ей",   "им",  "меня", "нас",  "вас",
                                           "тебя", "его", "ее",   "него", "нее",
                                           "них",  "ним", NULL };
/* Adverbs that may stand between such a pronoun and the verb. Folded. */
static const char *const RU_IMP_ADV[] = {
    "прямо",  "тогда",        "уже",   "не",    "также",  "часто", "давно",
    "снова",  "неоднократно", "сразу", "ранее", "прежде", "тоже",  "еще",
    "всегда", "много",        "опять", "вновь", NULL
};
/* Endings of a noun or an adjective in the genitive, accusative or
 * dative plural («жителей», «пассажиров», «российских», «жителям»), none
 * of them a nominative plural. Folded. */
static const char *const RU_IMP_OBL[] = { "ей", "ов", "ев", "ых",
                                          "их", "ам", "ям", NULL };
/* Endings of a nominative plural («сторонники», «жители», «власти»,
 * «граждане», «новые»), with «-ии» a genitive singular («полиции»).
 * Folded. */
static const char *const RU_IMP_NOM[] = { "ы", "и", "е", NULL };
static const char *const RU_IMP_II[] = { "ии", NULL };
/* Words that join a second subject («Жителей и гостей»; «Алексей и Анна
 * заявили»). Folded. */
static const char *const RU_IMP_JOIN[] = { "и", "с", "или", NULL };
/* Endings of a finite verb in the third person plural: present or future
 * («просят», «говорят», «назовут»), past («сказали»). Folded. */
static const char *const RU_IMP_VERB3PL[] = {
    "ют", "ут", "ят", "ат", "ли", NULL
};

/* t opens its clause: the sentence's first token, or the first word
 * after a dash or a colon that opens a line of speech. */
static uint32_t clause_open(const ctx *c, uint32_t s)
{
    uint32_t a = c->sent_first[s];
    while (a < c->sent_last[s] && !is_word(c, a) &&
           (is_dash(cp(c, a)) || c->qmark[a] >= 0))
        a++;
    return a;
}

int ru_indefinite_personal(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->form != FSC__FORM_VERB ||
        q->first != q->last || !ends_in(c, q->first, RU_IMP_VERB3PL))
        return 0;
    uint32_t a = clause_open(c, s);
    if (a >= q->first || q->first - a > 4)
        return 0;
    for (uint32_t t = a; t < q->first; t++)
        if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD ||
            c->cue_at[t] >= 0 || key_is(c, t, RU_IMP_JOIN))
            return 0;
    if (key_is(c, a, RU_IMP_PRON)) {
        /* «Мне говорили», «Нам прямо сказали» */
        for (uint32_t t = a + 1; t < q->first; t++)
            if (!key_is(c, t, RU_IMP_ADV))
                return 0;
    } else {
        /* «Жителей просят», «Пассажиров рейса просят»: a word in the
         * oblique plural, then at most a genitive after it (a name, or a
         * word that is no nominative plural) */
        if (!ends_in(c, a, RU_IMP_OBL))
            return 0;
        for (uint32_t t = a + 1; t < q->first; t++)
            if (!cap_word(c, t) && ends_in(c, t, RU_IMP_NOM) &&
                !ends_in(c, t, RU_IMP_II) && !key_is(c, t, RU_IMP_ADV))
                return 0;
    }
    set_unresolved(r, "ru_indefinite_personal");
    return 1;
}
