/*
 * channel_ru.c - Russian words between a cue and its subject that are no
 * subject: a name after the noun of a channel («в интервью РБК», «в эфире
 * НТВ»: the channel's owner), and a clause set off by commas after the
 * subject, a relative clause or a participle phrase («Эксперты, с
 * которыми поговорил корреспондент ТАСС, полагают», «Экономисты,
 * опрошенные агентством Bloomberg, ожидают») or an according-to phrase
 * («Застройщик, по данным издания, утверждает»): the subject is the phrase
 * before it, not a name inside it; and an outlet relaying a cited source
 * («сообщает ТАСС со ссылкой на источник»), whom a pronoun after it does
 * not continue. Used by names.c, speaker.c and antecedent.c.
 */
#include "attrib_int.h"

#include <string.h>

/* Nouns of a channel or a medium a name may follow as its owner («в
 * интервью РБК», «в эфире Первого канала», «в колонке для Forbes»,
 * «телеканалу CNN»). Folded. */
static const char *const RU_CHANNEL_NOUNS[] = {
    "интервью",   "эфире",           "эфир",       "беседе",
    "колонке",    "блоге",           "программе",  "передаче",
    "подкасте",   "статье",          "телеканалу", "радиостанции",
    "изданию",    "газете",          "журналу",    "агентству",
    "телеканале", "телеграм-канале", NULL
};

/* Prepositions that may stand between a channel noun and its owner's
 * name («в колонке для Forbes»). Folded. */
static const char *const RU_CHANNEL_PREPS[] = { "для", NULL };

int ru_channel_owner(const ctx *c, uint32_t a)
{
    if (c->lang != LANG_RU || a == 0 || a >= c->n_tok)
        return 0;
    uint32_t t = a - 1;
    /* (an opening quotation mark: «в интервью «Известиям»») */
    if (!is_word(c, t) && c->qmark[t] >= 0 && t > 0)
        t--;
    if (is_word(c, t) && key_is(c, t, RU_CHANNEL_PREPS) && t > 0)
        t--;
    return is_word(c, t) && key_is(c, t, RU_CHANNEL_NOUNS);
}

/* Word t's folded key begins with `prefix`. */
static int key_begins(const ctx *c, uint32_t t, const char *prefix)
{
    char buf[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    const char *key = token_key(c, t, buf);
    return strncmp(key, prefix, strlen(prefix)) == 0;
}

/* Endings of participles and of adjectives that open a phrase set off
 * after a noun («опрошенные», «знакомые с ситуацией», «участвовавшие»,
 * «работающие»). Folded. */
static const char *const RU_PARTICIPLE_ENDS[] = {
    "нные", "нный", "нная", "тые", "тый", "вшие", "вший", "вшая",
    "щие",  "щий",  "щая",  "мые", "мый", "мая",  NULL
};

/* Prepositions before a relative pronoun («с которыми», «по данным
 * которых», «у которого»). Folded. */
static const char *const RU_REL_PREPS[] = { "с",  "со",  "у", "по", "о",
                                            "об", "к",   "в", "на", "от",
                                            "из", "для", NULL };

/* The clause set off by commas opens at t: a relative pronoun, after a
 * preposition at most, or a participle. */
static int set_off_opening(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t > hi || !is_word(c, t))
        return 0;
    if (key_begins(c, t, "котор"))
        return 1;
    /* an according-to phrase («Застройщик, по данным издания,
     * утверждает», «Министр, как сообщает ТАСС, заявил») */
    if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip &&
        c->cues[c->cue_at[t]].kind == FSC__CUE_ACCORDING)
        return 1;
    if (key_is(c, t, RU_REL_PREPS) && t + 1 <= hi &&
        key_begins(c, t + 1, "котор"))
        return 1;
    return !cap_word(c, t) && ends_in(c, t, RU_PARTICIPLE_ENDS);
}

/* Two-word adverbials between a set-off clause and the verb: «в целом»,
 * «в основном», «в частности», «в большинстве», «как правило». Folded:
 * their first words, then their second words. */
static const char *const RU_ADV2_HEAD[] = { "в", "как", NULL };
static const char *const RU_ADV2_TAIL[] = { "целом",     "основном",
                                            "частности", "большинстве",
                                            "правило",   NULL };

int ru_set_off_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first < lo + 4)
        return 0;
    uint32_t e = q->first - 1;
    while (e > lo && is_word(c, e) && key_is(c, e, SUBJ_SKIP))
        e--;
    /* (and a two-word adverbial: «Аналитики, опрошенные агентством, в
     * целом ожидали», «..., в основном считают») */
    if (e > lo + 1 && is_word(c, e) && is_word(c, e - 1) &&
        key_is(c, e, RU_ADV2_TAIL) && key_is(c, e - 1, RU_ADV2_HEAD))
        e -= 2;
    if (is_word(c, e) || !is_comma(cp(c, e)) || c->inquote[e] >= 0)
        return 0;
    /* the comma that opens the clause: at most 16 tokens back, none but
     * words, name links and quotation marks between */
    uint32_t o = e;
    for (uint32_t w = 0; o > lo && w < 16; w++) {
        o--;
        if (is_word(c, o) || name_link(c, o) || c->qmark[o] >= 0)
            continue;
        break;
    }
    if (o <= lo || o == e - 1 || is_word(c, o) || !is_comma(cp(c, o)) ||
        !set_off_opening(c, o + 1, e - 1))
        return 0;
    /* the subject: one to six words before it, opening the clause */
    uint32_t b = o - 1, a = b;
    int words = 0;
    while (a >= lo && words <= 6) {
        if (is_word(c, a)) {
            if (c->cue_at[a] >= 0 && !c->cues[c->cue_at[a]].skip)
                return 0;
            if (is_compl(c, a))
                break;
            words++;
        } else if (!name_link(c, a) && c->qmark[a] < 0) {
            break;
        }
        if (a == lo)
            break;
        a--;
    }
    if (words == 0 || words > 6)
        return 0;
    if (!is_word(c, a) && c->qmark[a] < 0)
        a++;
    if (is_word(c, a) && is_compl(c, a))
        a++;
    uint32_t x = a, y = b;
    if (!trim(c, &x, &y))
        return 0;
    set_np(c, r, x, y, "ru_set_off_subject");
    return 1;
}

long ru_cited_by(const ctx *c, size_t j)
{
    const fsc__attribs *o = c->out;
    if (c->lang != LANG_RU || j >= o->n)
        return -1;
    const fsc__attribution *y = &o->v[j];
    if (y->cue_first_tok > y->cue_last_tok || y->cue_last_tok >= c->n_tok)
        return -1;
    int32_t yi = c->cue_at[y->cue_first_tok];
    if (yi >= 0 && lemma_is(c, &c->cues[yi], "со ссылкой на"))
        return -1; /* (the citation itself) */
    uint32_t s = sent_of(c, y->cue_first_tok);
    size_t lo = j > 4 ? j - 4 : 0, hi = j + 4 < o->n ? j + 4 : o->n - 1;
    for (size_t k = lo; k <= hi; k++) {
        const fsc__attribution *z = &o->v[k];
        if (k == j || z->kind != FSC__ATTR_ACCORDING ||
            z->cue_first_tok > z->cue_last_tok || z->cue_last_tok >= c->n_tok ||
            z->src_first_tok > z->src_last_tok ||
            sent_of(c, z->cue_first_tok) != s)
            continue;
        int32_t ci = c->cue_at[z->cue_first_tok];
        if (ci < 0 || !lemma_is(c, &c->cues[ci], "со ссылкой на"))
            continue;
        /* (the same words: the outlet relays what the cited source said) */
        if (z->content_first_tok <= y->content_last_tok &&
            y->content_first_tok <= z->content_last_tok)
            return (long)k;
    }
    return -1;
}

int ru_vouches_clause(const ctx *c, const icue *q, uint32_t bl)
{
    if (c->lang != LANG_RU || q->first == 0 || bl + 1 >= c->n_tok ||
        lemma_is(c, q, "со ссылкой на"))
        return 0;
    uint32_t p = q->first - 1;
    return !is_word(c, p) && is_comma(cp(c, p)) && !is_word(c, bl + 1) &&
           is_comma(cp(c, bl + 1));
}

/* Whom one tells, in the dative, right before the verb («Информацию
 * изданию подтвердили», «агентству сообщил»). Folded. */
static const char *const RU_TOLD_BEFORE[] = {
    "журналистам", "репортерам",   "корреспонденту", "корреспондентам",
    "агентству",   "изданию",      "газете",         "телеканалу",
    "журналу",     "радиостанции", "порталу",        NULL
};

int ru_addressee_before(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s], hi = c->sent_last[s];
    if (c->lang != LANG_RU || q->form != FSC__FORM_VERB || q->first <= lo ||
        q->last + 1 > hi)
        return 0;
    uint32_t p = q->first - 1;
    while (p > lo && is_word(c, p) && key_is(c, p, SUBJ_SKIP))
        p--;
    if (!is_word(c, p) || !key_is(c, p, RU_TOLD_BEFORE))
        return 0;
    /* the subject after the verb: its noun phrase, or the words up to the
     * clause's end (at most eight, no report of their own) */
    if (ru_np_after(c, q, s, q->last + 1, r))
        return 1;
    uint32_t a = q->last + 1, e = a;
    if (!is_word(c, a) || is_compl(c, a))
        return 0;
    for (uint32_t w = 0; e + 1 <= hi && w < 8; e++) {
        uint32_t u = e + 1;
        if (!is_word(c, u) && !name_link(c, u) && c->qmark[u] < 0)
            break;
        if (is_word(c, u)) {
            if (is_compl(c, u) || c->cue_at[u] >= 0)
                return 0;
            w++;
        }
    }
    uint32_t x = a, y = e;
    if (!trim(c, &x, &y))
        return 0;
    set_np(c, r, x, y, "ru_addressee_before");
    return 1;
}
