/*
 * content_en.c - stage 4, English contents: where what a verb reports with
 * no complementizer ends (its object), and whether a cue stands in a
 * relative clause set off by commas, and whether "this" after a verb opens
 * a time phrase, and whom "told" addresses when a phrase of place or time
 * runs to the sentence's end ("told the court in his filing."). Used by
 * indirect() in content.c.
 */
#include "attrib_int.h"

static const char *const OBJECT_PRONOUNS[] = { "him", "her", "them", "me",
                                               "us",  "you", "it",   NULL };

/* Token t is a lower-case word of five letters or more in -ed. */
static int ed_word(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    return is_word(c, t) && !cap_word(c, t) && w->len > 4 &&
           memcmp(e - 2, "ed", 2) == 0;
}

static const char *const S_NOT_VERB[] = { "this", "its",   "his",    "hers",
                                          "ours", "yours", "theirs", "less",
                                          "thus", "plus",  "unless", "whereas",
                                          NULL };

/* Token t is a lower-case word in -s that may be a verb of the third person
 * ("holds", "says", "has"): four letters or more and not in -ss, -us or -is
 * ("press", "various", "crisis"), or "has"; no determiner or pronoun. */
static int s_verb_word(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    if (!is_word(c, t) || cap_word(c, t) || w->kind != FSC__TOK_WORD ||
        w->len < 3 || e[-1] != 's' || key_in(c, t, S_NOT_VERB))
        return 0;
    if (w->len == 3)
        return memcmp(e - 3, "has", 3) == 0;
    return e[-2] != 's' && e[-2] != 'u' && e[-2] != 'i' && e[-2] != '\'';
}

static const char *const SUBJ_PRONOUNS[] = { "he", "she",   "they", "we", "i",
                                             "it", "there", "you",  NULL };
static const char *const VERB_NEXT[] = {
    "to",   "that", "about", "for",  "with", "on",   "in",
    "at",   "of",   "by",    "as",   "into", "from", "across",
    "over", "up",   "out",   "down", "off",  "back", NULL
};

static const char *const A_AN[] = { "a", "an", NULL };

static const char *const LEAD_PREP[] = { "about", "of",   "for", "on",
                                         "at",    "over", NULL };

/* English: what a verb reports with no complementizer before it, its
 * object, opens after the preposition the verb takes and ends where a second
 * clause or verb of the sentence begins: before a comma with "and" or "but"
 * ("pledged to cut taxes, and he has kept ...", "defended the plan, but ...")
 * and before "and" or "but" with a verb in -ed that takes an object, a
 * preposition or "to" ("mentioned the network five times and seemed to blame
 * it"; not an adjective, "announced layoffs and continued cuts") or a
 * verb in -s with a determiner or an object pronoun after it ("criticised
 * the plan and holds a seat on the board"), unless the
 * content opens with a subject pronoun (a clause: "said she started ... and
 * changed it"); and before an apposition with "a" or "an" that runs to the
 * sentence's end. Quotations are stepped over. 0 when nothing is left. */
int en_object_end(const ctx *c, const icue *q, uint32_t *a, uint32_t *b)
{
    /* "asked about her record", "argued for a new name": the preposition
     * belongs to the verb (not after a passive, "was asked about the
     * closure", whose subject is the topic) */
    if (*a < *b && key_in(c, *a, LEAD_PREP) && is_word(c, *a + 1) &&
        !is_compl(c, *a + 1) && q->first > 0 &&
        !(is_word(c, q->first - 1) && key_in(c, q->first - 1, PASSIVE_AUX)))
        (*a)++;
    int clause = key_in(c, *a, SUBJ_PRONOUNS);
    for (uint32_t t = *a + 1; t <= *b && t < *a + 256; t++) {
        if (c->inquote[t] >= 0 || c->qmark[t] >= 0 || t + 1 > *b)
            continue;
        int comma_coord = !is_word(c, t) && is_comma(cp(c, t)) &&
                          is_word(c, t + 1) && key_in(c, t + 1, COORD);
        /* ", a sign of ...", ", a sentiment shared by ...": an
         * apposition that sums up the clause and runs to the sentence's
         * end (no closing comma: the clause does not go on after it) */
        if (!is_word(c, t) && is_comma(cp(c, t)) && is_word(c, t + 1) &&
            key_in(c, t + 1, A_AN)) {
            int last = 1;
            for (uint32_t u = t + 1; u <= *b; u++)
                if (!is_word(c, u) && is_comma(cp(c, u)) && c->inquote[u] < 0)
                    last = 0;
            if (last) {
                *b = t - 1;
                return trim(c, a, b);
            }
        }
        int coord_verb =
            is_word(c, t) && key_in(c, t, COORD) && ed_word(c, t + 1);
        if (coord_verb)
            coord_verb = !clause && t + 2 <= *b &&
                         (!is_word(c, t + 2) || key_in(c, t + 2, VERB_NEXT) ||
                          key_in(c, t + 2, DETERMINERS) ||
                          key_in(c, t + 2, OBJECT_PRONOUNS));
        /* "criticised the plan and holds a seat on ...": a verb in -s
         * with its object, a determiner or an object pronoun (not a
         * preposition: a plural noun, "cuts and threats to ..."; not a
         * time phrase, "the workers and volunteers this week") */
        else if (is_word(c, t) && key_in(c, t, COORD) && s_verb_word(c, t + 1))
            coord_verb = !clause && t + 2 <= *b && is_word(c, t + 2) &&
                         (key_in(c, t + 2, DETERMINERS) ||
                          key_in(c, t + 2, OBJECT_PRONOUNS)) &&
                         !(t + 3 <= *b && is_word(c, t + 3) &&
                           key_is(c, t + 3, TIME_WORDS));
        if (comma_coord || coord_verb) {
            *b = t - 1;
            return trim(c, a, b);
        }
    }
    return 1;
}

/* English: cue q stands in a relative clause set off by a comma ("Ortiz,
 * who praised the plan last year, now opposes it"): "who" or "which"
 * after a comma, at most sixteen words before the cue, with no other
 * punctuation outside quotation marks, complementizer or cue between. */
int in_set_off_relative(const ctx *c, const icue *q)
{
    uint32_t s = sent_of(c, q->first), w = 0;
    for (uint32_t t = q->first; t > c->sent_first[s] && w < 16;) {
        t--;
        if (!is_word(c, t)) {
            if (c->inquote[t] < 0 && c->qmark[t] < 0)
                return 0;
            continue;
        }
        if (is_compl(c, t) && !key_in(c, t, RELATIVES))
            return 0;
        if (key_in(c, t, RELATIVES))
            return t > c->sent_first[s] && !is_word(c, t - 1) &&
                   is_comma(cp(c, t - 1)) && c->inquote[t - 1] < 0;
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return 0;
        w++;
    }
    return 0;
}

static const char *const THIS_WORD[] = { "this", NULL };

/* English "this" at t that opens no time phrase ("told reporters this was
 * the only chance"; not "said this week"). */
int this_not_time(const ctx *c, uint32_t t)
{
    return c->lang == LANG_EN && key_is(c, t, THIS_WORD) &&
           !(t + 1 < c->n_tok && key_is(c, t + 1, TIME_WORDS));
}

static const char *const TOLD_THINGS[] = {
    "truth", "story", "stories", "lie",     "lies",       "joke", "jokes",
    "tale",  "tales", "secret",  "secrets", "difference", NULL
};
static const char *const PLACE_PREP[] = {
    "in",     "at",   "on",   "during", "after",   "before", "outside",
    "inside", "near", "from", "via",    "through", NULL
};

/* English: "told the court in his filing.", "told the council at the
 * town hall.", "told the jury.": a common noun phrase of one to three
 * words after the verb ending at e (a determiner only as its first word,
 * no name, no verb in -ed, no pronoun and nothing one tells, "the
 * truth"), then nothing or a phrase with a preposition of place or time
 * of up to eight words, to the sentence's final mark: whom it was told
 * and where, with nothing told after it. The last token of that phrase,
 * else e ("told the court the deal failed." keeps its clause). */
uint32_t en_addressee_to_end(const ctx *c, uint32_t e, uint32_t last)
{
    uint32_t t = e + 1, w = 0;
    for (; t <= last && w < 4 && is_word(c, t); t++, w++) {
        if (key_in(c, t, PLACE_PREP))
            break;
        if ((w > 0 && (cap_word(c, t) || key_in(c, t, DETERMINERS))) ||
            ed_word(c, t) || is_compl(c, t) || c->cue_at[t] >= 0 ||
            c->qmark[t] >= 0 || key_in(c, t, PRONOUNS) ||
            key_in(c, t, OBJECT_PRONOUNS) || key_in(c, t, TOLD_THINGS) ||
            key_in(c, t, SUBJ_PRONOUNS))
            return e;
    }
    if (w == 0 || w > 3 || t > last)
        return e;
    uint32_t np_end = t - 1;
    if (is_word(c, t)) {
        /* the phrase of place or time */
        uint32_t n = 0;
        for (t++; t <= last && is_word(c, t); t++, n++)
            if (n >= 8 || is_compl(c, t) || c->cue_at[t] >= 0 ||
                c->qmark[t] >= 0 || key_in(c, t, PRONOUNS) ||
                key_in(c, t, SUBJ_PRONOUNS) || ed_word(c, t))
                return e;
        if (n == 0 || t > last)
            return e;
    }
    if (is_word(c, t) || !is_final(cp(c, t)) || c->qmark[t] >= 0)
        return e;
    return t - 1 >= np_end ? t - 1 : np_end;
}
