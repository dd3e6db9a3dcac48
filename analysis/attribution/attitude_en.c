/*
 * attitude_en.c - English attitudes and positions held, besides speech:
 * a source's support for or opposition to a person, a party or a policy
 * ("23 percent favored Cruz", "would vote for Reis", "the unions backing
 * the bill"), a belief stated with an adjective ("Aides are confident
 * that ...") and nouns of a claim ("accusations that ..."). What sets
 * these cues apart from speech: a modal states the position itself; such
 * a position inside another report is part of what that report says; its
 * object is the person or policy, not the poll figures after it; the
 * holder of a belief adjective is the subject before its copula; and a
 * claim noun's "that" may open a relative clause instead.
 */
#include "attrib_int.h"

/* Lemmas of the position verbs (the lexicon's "stance" entries that take
 * a person or a policy as object). */
static const char *const POSITION_LEMMAS[] = {
    "support", "back",      "favor",    "favour", "oppose",
    "endorse", "side with", "vote for", NULL
};

/* Cue q is an English verb of a position held (class stance, a lemma of
 * POSITION_LEMMAS). */
int en_position_cue(const ctx *c, const icue *q)
{
    if (c->lang != LANG_EN || q->cls != FSC__CLS_STANCE)
        return 0;
    for (size_t i = 0; POSITION_LEMMAS[i]; i++)
        if (lemma_is(c, q, POSITION_LEMMAS[i]))
            return 1;
    return 0;
}

/* Record y's cue is a position held, and so part of the indirect report
 * around it: "a poll found that 28 percent supported Trump, while 23
 * percent favored Cruz" reports the whole figure, and "Ryan calls the
 * remark racist but backs him" the whole clause. The record stays as a
 * nested one, but does not end the content x it lies in (trim_contents),
 * unless x is a position itself. */
int en_position_in_report(const ctx *c, const fsc__attribution *x,
                          const fsc__attribution *y)
{
    /* (not in another position: "expressed opposition to the plan while
     * Reis endorsed it" holds two) */
    if (c->lang != LANG_EN || y->cue < 0 || (size_t)y->cue >= c->n_cues ||
        y->kind != FSC__ATTR_INDIRECT || x->cue_cls == FSC__CLS_STANCE)
        return 0;
    return en_position_cue(c, &c->cues[y->cue]);
}

/* Words after a comma that open a second clause or a figure after the
 * object of a position ("23 percent favored Cruz, while 15 percent ...",
 * "backed Clinton, with 40 percent ..."). */
static const char *const CLAUSE_AFTER[] = { "while",    "whereas",   "with",
                                            "followed", "according", NULL };
/* Words after a number that make it a poll's figure or margin. */
static const char *const FIGURE_WORDS[] = { "percent", "%",          "per",
                                            "points",  "percentage", NULL };
/* Finite auxiliaries: the verb of the clause a participle phrase modifies
 * ("Democrats supporting Clinton have pointed to ..."). */
static const char *const FINITE_AUX[] = {
    "has", "have",  "had", "is",    "are",    "was",  "were", "will", "would",
    "may", "might", "can", "could", "should", "must", "did",  "does", NULL
};
static const char *const RELATIVE_WORDS[] = { "who",   "which", "that", "whom",
                                              "whose", "what",  NULL };

/* English: the object of a position verb (content a..b, what en_object_end
 * left) is the person, party or policy it is held about: it ends before a
 * poll figure ("favored Trump 46 percent to 32 percent", "backed Clinton,
 * 72 percent to 8 percent"), before a comma with a second clause or a
 * figure (", while ...", ", with ..."), and, with no relative word in it,
 * before a finite auxiliary, the verb of the clause a participle phrase
 * modifies ("Democrats supporting Clinton have pointed to"). The new last
 * token (b when nothing ends it). */
uint32_t en_position_object_end(const ctx *c, const icue *q, uint32_t a,
                                uint32_t b)
{
    if (!en_position_cue(c, q))
        return b;
    int relative = 0;
    for (uint32_t t = a + 1; t <= b; t++) {
        if (c->inquote[t] >= 0 || c->qmark[t] >= 0)
            continue;
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t)) && t + 1 <= b &&
                (c->tok[t + 1].kind == FSC__TOK_NUMBER ||
                 (is_word(c, t + 1) && key_is(c, t + 1, CLAUSE_AFTER))))
                return t - 1;
            continue;
        }
        if (c->tok[t].kind == FSC__TOK_NUMBER && t + 1 <= b &&
            key_is(c, t + 1, FIGURE_WORDS))
            return t - 1;
        /* "legislators supporting the law argued it": the verb of the
         * clause is a cue of its own */
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return t - 1;
        if (key_is(c, t, RELATIVE_WORDS))
            relative = 1;
        else if (!relative && !cap_word(c, t) && key_is(c, t, FINITE_AUX))
            return t - 1; /* (not the month, "Reyes in May") */
    }
    return b;
}

/* Copulas before an adjective of belief ("are confident that", "remains
 * convinced that", "grew concerned that"). */
static const char *const COPULAS[] = {
    "is",    "are",    "was",     "were",     "am",       "be",
    "been",  "being",  "remain",  "remains",  "remained", "seemed",
    "seems", "appear", "appears", "appeared", "feel",     "feels",
    "felt",  "became", "become",  "becomes",  "grew",     "grow",
    "grows", "'s",     "'re",     "’s",       "’re",      NULL
};
/* Words between the copula and the adjective ("is not so sure", "were
 * increasingly concerned"). */
static const char *const DEGREE_WORDS[] = {
    "not",          "n't",      "very",       "so",         "too",
    "quite",        "still",    "also",       "more",       "less",
    "increasingly", "all",      "fairly",     "highly",     "now",
    "less",         "deeply",   "even",       "never",      "always",
    "absolutely",   "entirely", "completely", "reasonably", "cautiously",
    "pretty",       "growing",  NULL
};

/* English belief cue q stated with a copula ("Aides are confident that",
 * "Reis was convinced that", "They remain hopeful that"): the subject
 * before the copula holds the belief. subject_before() stops at the
 * copula, the auxiliary of a passive whose subject is no speaker ("It was
 * reported"); here it is asked from the copula. 1 when r was set. */
int en_copula_holder(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_EN || q->cls != FSC__CLS_BELIEF || q->first <= lo ||
        ing_form(c, q->first))
        return 0;
    uint32_t t = q->first - 1;
    for (int n = 0;
         n < 3 && t > lo && is_word(c, t) && key_is(c, t, DEGREE_WORDS); n++)
        t--;
    if (t <= lo || !is_word(c, t) || !key_is(c, t, COPULAS))
        return 0;
    /* "has been", "may be", "will remain": to the first verb word */
    while (t > lo + 1 && is_word(c, t - 1) && key_is(c, t - 1, COPULAS))
        t--;
    icue at = *q;
    at.first = at.last = t;
    return subject_before(c, &at, s, r);
}

/* English position verb q with no object after it nor a relative word
 * before it that is its object: a mark right after it ("and 194
 * Republicans opposing.", "with 40 percent backing;") or a finite verb, the
 * verb of the clause a relative without "that" leaves the verb in ("the number
 * of justices Ortiz favors matches the ..."). A position is held about
 * something named after it; such a cue does not report what stands before it.
 * 1: no report here. */
int en_position_no_object(const ctx *c, const icue *q)
{
    if (!en_position_cue(c, q))
        return 0;
    uint32_t s = sent_of(c, q->first), hi = c->sent_last[s], n = q->last + 1;
    /* "the pact, which Ortiz opposed.": its object is the relative word
     * before it (en_relative_object) */
    for (uint32_t t = q->first, w = 0; t > c->sent_first[s] && w < 6; w++) {
        t--;
        if (is_word(c, t) && key_is(c, t, RELATIVE_WORDS))
            return 0;
    }
    if (n > hi)
        return 1;
    if (!is_word(c, n))
        return !is_comma(cp(c, n)) && c->qmark[n] < 0 && cp(c, n) != ':';
    return !cap_word(c, n) && key_is(c, n, FINITE_AUX);
}

/* Words before the base form of a position verb that make it a verb: a
 * subject pronoun or relative, a modal, "to", a negation or an adverb. */
static const char *const VERB_BEFORE[] = {
    "who",      "that",      "they",     "we",
    "i",        "you",       "would",    "will",
    "could",    "can",       "not",      "also",
    "may",      "might",     "should",   "must",
    "did",      "do",        "does",     "still",
    "strongly", "never",     "publicly", "firmly",
    "now",      "n't",       "and",      "or",
    "to",       "generally", "largely",  "overwhelmingly",
    NULL
};
/* Words after the noun "support" ("support for", "support among
 * voters"): no object of a verb. */
static const char *const NOUN_AFTER[] = {
    "for",    "from",   "of",      "among",    "in",       "on",
    "to",     "and",    "or",      "is",       "was",      "has",
    "had",    "will",   "would",   "as",       "at",       "behind",
    "within", "base",   "bases",   "system",   "systems",  "staff",
    "group",  "groups", "network", "services", "payments", NULL
};
/* Words in -s that are no plural subject ("has", "less", "its"). */
static const char *const S_NOT_PLURAL[] = {
    "has",    "is",     "was",     "its",    "his",     "this",         "us",
    "less",   "as",     "does",    "thus",   "plus",    "yes",          "news",
    "across", "unless", "whereas", "always", "perhaps", "nevertheless", NULL
};

/* English base form of a position verb q of another reading ("support",
 * "back", "favor")
 * that is a verb here: after a word of VERB_BEFORE ("voters who support",
 * "would back"), or, but for "back", after a plural noun, its subject
 * ("Most dock workers support the plan", "Republicans favor"), with an object
 * after it, no preposition of the noun ("support for", "voter support among").
 * 1: the noun or another word, no report. */
int en_position_base_noun(const ctx *c, const icue *q)
{
    /* (only these have a noun or an adverb of the same form: "oppose",
     * "endorse" are verbs only) */
    if (!en_position_cue(c, q) || q->first != q->last ||
        !(lemma_is(c, q, "support") || lemma_is(c, q, "back") ||
          lemma_is(c, q, "favor") || lemma_is(c, q, "favour")))
        return 0;
    const fsc__token *w = &c->tok[q->first];
    const char *lemma = c->in_cues[q->idx].lemma;
    if (!lemma || strlen(lemma) != w->len)
        return 0; /* (an inflected form: its entry's guards decide) */
    for (size_t i = 0; i < w->len; i++)
        if ((c->text[w->off + i] | 0x20) != lemma[i])
            return 0;
    uint32_t s = sent_of(c, q->first), n = q->last + 1;
    if (q->first <= c->sent_first[s] || !is_word(c, q->first - 1))
        return 1; /* ("Support grew") */
    uint32_t p = q->first - 1;
    if (key_is(c, p, VERB_BEFORE))
        return 0;
    const fsc__token *pw = &c->tok[p];
    int plural = pw->len > 3 && c->text[pw->off + pw->len - 1] == 's' &&
                 c->text[pw->off + pw->len - 2] != 's' &&
                 c->text[pw->off + pw->len - 2] != '\'' &&
                 !en_possessive_s(c, p) && !key_is(c, p, S_NOT_PLURAL);
    /* ("back" after a plural is the adverb: "years back", "goes back") */
    if (!plural || lemma_is(c, q, "back") || n > c->sent_last[s] ||
        !is_word(c, n) || key_is(c, n, NOUN_AFTER))
        return 1;
    return 0;
}

/* Nouns of a claim that report with their that-clause ("accusations
 * that", "the speculation that"). */
static const char *const CLAIM_NOUNS[] = { "speculation", "accusation",
                                           "allegation",  "argument",
                                           "assertion",   "insistence",
                                           "contention",  NULL };

/* English noun of a claim q followed by "that" and a verb, no subject: a
 * relative clause on the noun ("allegations that surfaced last week",
 * "the argument that has divided the council"), not the claim's content.
 * 1: no report. */
int en_claim_relative(const ctx *c, const icue *q)
{
    if (c->lang != LANG_EN || q->form != FSC__FORM_NOUN)
        return 0;
    int claim = 0;
    for (size_t i = 0; CLAIM_NOUNS[i] && !claim; i++)
        claim = lemma_is(c, q, CLAIM_NOUNS[i]);
    uint32_t hi = c->sent_last[sent_of(c, q->first)], t = q->last + 2;
    if (!claim || t > hi || !is_word(c, t) || cap_word(c, t))
        return 0;
    const fsc__token *w = &c->tok[t];
    return key_is(c, t, FINITE_AUX) ||
           (w->len > 3 && memcmp(c->text + w->off + w->len - 2, "ed", 2) == 0);
}
