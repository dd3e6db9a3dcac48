/*
 * frames_en.c - English cue frames: when a cue word with another sense
 * reports here. "call" as labelling ("called the plan a disaster", "what
 * he calls X"), a passive with its charge or question ("was accused of",
 * "was asked whether"), an evidence verb with "that" after it ("the
 * auditors found that"); and senses that report nothing ("hard to say",
 * "pledged delegates", "a report published Monday", the noun "thinking").
 * Used by the cue checks in attrib.c.
 */
#include "attrib_int.h"

static const char *const BY_AGENT[] = { "by", NULL };
static const char *const TO_WORD[] = { "to", NULL };

/* English evidence cue q ("found", "shows") followed right away by the
 * complementizer "that" and a clause of at least two words in its
 * sentence ("found that the tax", not "found that."). */
int finding_that(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)], t = q->last + 1;
    if (c->lang != LANG_EN || t + 2 > hi || !is_word(c, t) || !is_compl(c, t))
        return 0;
    return is_word(c, t + 1) && is_word(c, t + 2);
}

/* Words that open an indirect question or its topic after "was asked"
 * ("was asked whether", "was asked about the plan"). */
static const char *const ASKED_WHAT[] = { "whether", "if",    "why", "how",
                                          "what",    "about", NULL };
/* The charge after a passive verb of blame or praise ("was criticized
 * for", "was accused of", "was praised by X for"). */
static const char *const CHARGE_PREP[] = { "for", "of", NULL };
static const char *const BLAME_LEMMAS[] = { "accuse",  "criticise", "blame",
                                            "condemn", "fault",     "praise",
                                            "rebuke",  "lambast",   "slam",
                                            NULL };

/* q's lemma is in the list (folded lemmas as the lexicon writes them). */
static int lemma_in(const ctx *c, const icue *q, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (lemma_is(c, q, list[i]))
            return 1;
    return 0;
}

/* English passive cue q followed right after it by an indirect question
 * or its topic ("was asked whether", "was asked about"), or, for a verb
 * of blame or praise, by its charge, right after it or after a short
 * agent ("was criticized for", "was accused by two aides of"). */
int passive_charge(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)], n = q->last + 1;
    /* (a word after it: "the assaults he is accused of." strands it) */
    if (c->lang != LANG_EN || n >= hi || !is_word(c, n) || !is_word(c, n + 1))
        return 0;
    if (lemma_is(c, q, "ask") && key_is(c, n, ASKED_WHAT))
        return 1;
    if (!lemma_in(c, q, BLAME_LEMMAS))
        return 0;
    if (key_is(c, n, CHARGE_PREP))
        return 1;
    if (!key_is(c, n, BY_AGENT))
        return 0;
    /* "by some of his rivals for": at most six words of agent */
    for (uint32_t t = n + 1, w = 0; t < hi && w < 6; t++) {
        if (!is_word(c, t))
            return 0;
        if (key_is(c, t, CHARGE_PREP) && w > 0)
            return 1;
        w++;
    }
    return 0;
}

/* After an English passive cue: a complementizer, a quotation mark, a
 * colon or "to" (was reported to have) within two tokens, or its charge
 * (passive_charge()). */
int passive_frame(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (uint32_t t = q->last + 1; t <= hi && t <= q->last + 3; t++)
        if (is_compl(c, t) || c->qmark[t] >= 0 ||
            (!is_word(c, t) && cp(c, t) == ':') || key_is(c, t, TO_WORD))
            return 1;
    return passive_charge(c, q);
}

static const char *const WHAT[] = { "what", NULL };
static const char *const THAT_WORD[] = { "that", NULL };
static const char *const AUX_HAVE[] = { "has", "have", "had", "having", NULL };
static const char *const LABEL_DET[] = { "a", "an", NULL };
/* "as" before the label of a verb that only labels ("branded him as a
 * traitor", "labeling her as an extremist"); not after "call", whose "as"
 * is rather a role ("called him as a witness"). */
static const char *const AS_WORD[] = { "as", NULL };
/* Modals after a noun of labelling ("the label could"). */
static const char *const MODAL_WORDS[] = { "will",  "would",  "can",
                                           "could", "may",    "might",
                                           "must",  "should", NULL };
/* "this", "that" after a noun of labelling, "the label that sticks", are
 * no object of the verb. */
static const char *const DEMONSTR[] = { "this", "that", NULL };
/* Lemmas of verbs that give a thing or a person a label, whose other
 * senses (telephoning, convening, naming a thing, a brand, a label on a
 * box) a labelling frame tells apart: see call_frame(). */
static const char *const LABEL_LEMMAS[] = { "call", "dub", "brand", "label",
                                            NULL };
/* Nouns of a span of time or an amount after "a" ("called Smith a week
 * later", "a few times"): no label. */
static const char *const SPAN_NOUNS[] = { "day",    "week",  "month", "year",
                                          "minute", "hour",  "few",   "second",
                                          "couple", "lot",   "bit",   "number",
                                          "time",   "dozen", NULL };
static const char *const OBJ_PRON[] = {
    "it",      "him",    "her",        "them",   "this",      "that", "himself",
    "herself", "itself", "themselves", "myself", "ourselves", NULL
};

/* The first quotation mark or "a/an" from token t on, within max_w
 * words, before a comma or the sentence end (not the point of a name,
 * "Mr."), with hi the sentence's last token; *words is the number of
 * words before it. UINT32_MAX when there is none. */
static uint32_t next_label(const ctx *c, uint32_t t, uint32_t hi,
                           uint32_t max_w, uint32_t *words, int as_label)
{
    for (uint32_t w = 0; t <= hi && w < max_w; t++) {
        if (c->qmark[t] >= 0) {
            *words = w;
            return t;
        }
        if (!is_word(c, t)) {
            if (!name_link(c, t) && (is_final(cp(c, t)) || is_comma(cp(c, t))))
                return UINT32_MAX;
            continue;
        }
        if (key_is(c, t, LABEL_DET) || (as_label && key_is(c, t, AS_WORD))) {
            *words = w;
            return t;
        }
        /* "called Bryn Tirion before becoming a hotel": a clause after
         * the object holds no label */
        if (key_is(c, t, SUBORDINATORS))
            return UINT32_MAX;
        w++;
    }
    return UINT32_MAX;
}

/* A quotation mark or "a/an" within four words after token n, before a
 * comma or the sentence end: the label after a named object ("call Trump
 * \"very flexible\"", "called Smith a liar"). */
static int label_after_name(const ctx *c, uint32_t n, uint32_t hi, int as_label)
{
    uint32_t w;
    return next_label(c, n + 1, hi, 4, &w, as_label) != UINT32_MAX;
}

/* Word t ends in -ly ("publicly", "recently"). */
static int ly_adverb(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return w->len > 4 && memcmp(c->text + w->off + w->len - 2, "ly", 2) == 0;
}

/* A relative pronoun ("that", "which", "who", "whom", "what") opens the
 * clause of the name ending at token n, within eight words before it:
 * "a clip that Judge Michael W. Smith called", "Bannon, who Beck on
 * Wednesday called". */
static int relative_before(const ctx *c, uint32_t n, uint32_t lo)
{
    for (uint32_t t = n, w = 0; t-- > lo && w < 8;) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue;
            return 0;
        }
        if (key_is(c, t, RELATIVES) || key_is(c, t, WHAT) ||
            key_is(c, t, THAT_WORD))
            return 1;
        w++;
    }
    return 0;
}

/* Cue q is an English verb of labelling, "call", "dub", "brand" or
 * "label" (LABEL_LEMMAS), whose report call_frame() decides. */
int en_label_verb(const ctx *c, const icue *q)
{
    if (c->lang != LANG_EN)
        return 0;
    for (size_t i = 0; LABEL_LEMMAS[i]; i++)
        if (lemma_is(c, q, LABEL_LEMMAS[i]))
            return 1;
    return 0;
}

/* A verb of labelling (en_label_verb(): "call", "dub", "brand", "label")
 * as labelling (see reporting_frame()): "what" before its subject, or a
 * label after its object: a quotation, "a/an" (or "as" but after
 * "call"), or an adjective right after an object pronoun. Other senses
 * report nothing: "called a meeting", "a group called X", "a PAC dubbed
 * \"X\"", "so-called", "branded goods". */
int call_frame(const ctx *c, const icue *q, uint32_t lo, uint32_t hi)
{
    int as_label = !lemma_is(c, q, "call");
    /* "what he calls", "what Trump called", "what critics call" */
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 4;) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue; /* "what Mr. Smith called" */
            break;
        }
        if (key_is(c, t, WHAT))
            return w >= 1;
        w++;
    }
    uint32_t n = q->last + 1;
    uint32_t p = q->first > lo ? q->first - 1 : UINT32_MAX;
    /* a quotation right after the verb of a pronoun or a name: "he called
     * \"a disgrace\"", "Judge Smith called \"distasteful\"" */
    if (n <= hi && c->qmark[n] >= 0 && p != UINT32_MAX && is_word(c, p) &&
        !cap_word(c, q->first) &&
        (key_in(c, p, PRONOUNS) ||
         (cap_word(c, p) && relative_before(c, p, lo))))
        return 1;
    if (n > hi || !is_word(c, n) || key_is(c, n, BY_AGENT))
        return 0;
    /* "dub", "brand", "label" take their object or "as" at once: "was
     * labelled as a threat", "branded as"; an auxiliary, "to", a
     * preposition or a clause word after them is the noun's ("the record
     * label is", "each airline brand to decide", "labels on the jars") */
    if (as_label && key_is(c, n, AS_WORD))
        return 1;
    if (as_label && (key_is(c, n, PASSIVE_AUX) || key_is(c, n, AUX_HAVE) ||
                     key_is(c, n, TO_WORD) || key_is(c, n, NAME_PREP) ||
                     key_is(c, n, MODAL_WORDS) || key_is(c, n, RELATIVES) ||
                     key_is(c, n, SUBORDINATORS) || is_compl(c, n)))
        return 0;
    /* "so-called" is the outlet's distancing; "a group called Citizens
     * United" names a thing */
    if (p != UINT32_MAX && !is_word(c, p) && p > lo && is_dash(cp(c, p)) &&
        c->tok[p].off + c->tok[p].len == c->tok[q->first].off)
        return 0;
    if (p != UINT32_MAX && is_word(c, p) && !cap_word(c, p) &&
        !key_in(c, p, PRONOUNS) && cap_word(c, n) &&
        !label_after_name(c, n, hi, as_label))
        return 0;
    /* "a pattern called a “glider”", "a tool called \"Hermes\"": right
     * after a noun, with the name or "a/an" at once (no object between,
     * as in "critics called the plan a disaster"), "called" names a
     * thing; not after an auxiliary, an adverb or a pronoun ("has called
     * a \"witch hunt\"", "he called a \"disgrace\"") */
    if (p != UINT32_MAX && p > lo && is_word(c, p) && !cap_word(c, p) &&
        !key_in(c, p, PRONOUNS) && !key_in(c, p, NAME_STOP) &&
        !key_is(c, p, PASSIVE_AUX) && !key_is(c, p, AUX_HAVE) &&
        !key_is(c, p, NEGATORS) && !key_is(c, p, RELATIVES) &&
        !is_compl(c, p) && !ly_adverb(c, p) &&
        (key_is(c, n, LABEL_DET) || c->qmark[n] >= 0))
        return 0;
    if (key_is(c, n, OBJ_PRON) && n + 1 <= hi && is_word(c, n + 1) &&
        as_label &&
        (key_is(c, n + 1, NAME_PREP) || key_is(c, n + 1, PASSIVE_AUX) ||
         key_is(c, n + 1, AUX_HAVE)))
        return 0; /* "dubbed himself over footage" (a voice), "an
                   * unofficial label it is trying to avoid" (the noun) */
    if (key_is(c, n, OBJ_PRON) && n + 1 <= hi &&
        (is_word(c, n + 1) || c->qmark[n + 1] >= 0) &&
        !(as_label && key_is(c, n, DEMONSTR)))
        return 1; /* "called it disgusting", "called him a liar" */
    /* a label within ten words after the verb */
    uint32_t t = n + 1, w = 1, k;
    for (uint32_t u; w <= 10 && (u = next_label(c, t, hi, 11 - w, &k,
                                                as_label)) != UINT32_MAX;
         t = u + 1, w++) {
        if (c->qmark[u] >= 0)
            return 1; /* "called the idea a “ridiculous proposition”" */
        w += k;       /* u is "a/an", the w-th word after the verb */
        if (w >= 2)
            return 1; /* "called the deal a disaster" */
        /* "called Schlafly a traitor": a name and the label right after
         * it (not "called Smith a week later") */
        if (cap_word(c, n) && u + 1 <= hi && is_word(c, u + 1) &&
            !key_is(c, u + 1, SPAN_NOUNS))
            return 1;
    }
    return 0;
}

/* Adjectives of judgement before "to say", "to see", "to know" or "to
 * tell" ("it is hard to say", "difficult to see how", "fair to say
 * that", "hard to know where"): the writer's or speaker's own
 * assessment, nobody reports. */
static const char *const JUDGE_ADJ[] = { "hard",     "difficult",  "easy",
                                         "fair",     "safe",       "tough",
                                         "possible", "impossible", "premature",
                                         "early",    "tempting",   NULL };
/* Words that open an indirect question after "see" ("see what
 * happens", "to see who can", "see whether"): finding out, no report. */
static const char *const SEE_WHAT[] = { "who", "whom", "what",  "whether",
                                        "if",  "how",  "which", NULL };
/* Nouns that "pledged" modifies as an adjective ("pledged delegates"). */
static const char *const PLEDGED_NOUNS[] = { "delegate", "delegates",
                                             "superdelegates", NULL };
/* After "published": a time or a place that makes it a participle
 * modifying the noun before it ("a report published Wednesday", "as
 * published in the International edition"). */
static const char *const PUBLISHED_WHEN[] = { "online",   "early", "earlier",
                                              "last",     "in",    "on",
                                              "recently", NULL };
static const char *const PRECINCTS[] = { "precincts", NULL };
static const char *const SEE_LEMMAS[] = { "see", "saw", NULL };
static const char *const SAY_SEE[] = { "say", "see", "know", "tell", NULL };
static const char *const KNOW[] = { "know", "knew", NULL };
static const char *const AS_IT[] = { "it", NULL };
static const char *const NOW_WORD[] = { "now", NULL };
static const char *const SEE_WHY[] = { "why", "as", NULL };
/* Verbs of wanting before "to see" ("would like to see", "wanna see"). */
static const char *const WANT_WORDS[] = { "like",   "want", "wants", "wanted",
                                          "love",   "hope", "hoped", "wish",
                                          "expect", NULL };
static const char *const ME_WORD[] = { "me", NULL };
static const char *const FOCUS_WORD[] = { "focus", NULL };
static const char *const FOCUS_DET[] = {
    "its",  "his",  "her",  "their", "our",       "new",     "more",     "of",
    "less", "much", "this", "that",  "increased", "renewed", "lifelong", NULL
};
static const char *const SEE_VERBS[] = { "see", "sees", "saw", NULL };
static const char *const SEE_IDIOM[] = { "fit", "eye", NULL };
static const char *const FEAR_DET[] = {
    "the",        "a",          "an",    "this", "that", "no",  "any",
    "some",       "much",       "both",  "only", "his",  "her", "their",
    "its",        "our",        "my",    "your", "such", "new", "growing",
    "widespread", "nationwide", "false", NULL
};
static const char *const THINK_WORD[] = { "think", NULL };
static const char *const WHAT_THAT[] = { "that", NULL };

/* "as" within twelve words from token t, before a comma or the sentence
 * end ("to see him as a threat"). */
static int as_in_clause(const ctx *c, uint32_t t, uint32_t hi)
{
    for (uint32_t w = 0; t <= hi && w < 12; t++) {
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t)) || is_final(cp(c, t)))
                return 0;
            continue;
        }
        if (key_is(c, t, AS_WORD))
            return 1;
        w++;
    }
    return 0;
}

/* Words before the noun "thinking" ("the new thinking", "his thinking",
 * "wishful thinking"): a determiner or possessive pronoun, or "wishful". */
static const char *const THINKING_DET[] = { "the",     "this", "that",  "his",
                                            "her",     "its",  "their", "our",
                                            "my",      "your", "whose", "such",
                                            "wishful", NULL };
/* Words that make "thinking" a verb two words on ("is still thinking",
 * "are now thinking", "got us thinking", "keep them thinking"). */
static const char *const THINKING_VERBAL[] = {
    "am",    "is",      "are",  "was",   "were",  "be",  "been",  "being",
    "not",   "us",      "them", "me",    "him",   "you", "still", "now",
    "also",  "just",    "keep", "keeps", "kept",  "got", "start", "stop",
    "while", "without", "by",   "of",    "about", "and", "or",    NULL
};

/* Contractions of "is"/"has" that end like a possessive ("who's
 * thinking", "it's", "that's"). */
static const char *const S_CONTRACTED[] = { "who",   "it",    "that", "he",
                                            "she",   "there", "here", "what",
                                            "where", "let",   "one",  NULL };

/* Token t ends in the possessive "'s" or "’s" ("Cruz's", "the party’s"),
 * not a contraction ("who's", "it's"). */
int en_possessive_s(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const char *b = c->text + w->off, *e = b + w->len;
    size_t stem;
    if (w->len > 2 && e[-1] == 's' && e[-2] == '\'')
        stem = w->len - 2;
    else if (w->len > 4 && e[-1] == 's' &&
             memcmp(e - 4, "\xe2\x80\x99", 3) == 0)
        stem = w->len - 4;
    else
        return 0;
    for (size_t i = 0; S_CONTRACTED[i]; i++) {
        size_t k = strlen(S_CONTRACTED[i]), j = 0;
        while (j < k && j < stem && (b[j] | 0x20) == S_CONTRACTED[i][j])
            j++;
        if (j == k && k == stem)
            return 0;
    }
    return 1;
}

/* "thinking" at token p is the noun: right after a determiner, a
 * possessive or "wishful" ("the thinking", "Cruz's thinking", "wishful
 * thinking"), or after one and a modifier that is no verb, pronoun or
 * adverb of a verb phrase, with a word or the sentence's end after it
 * ("the new thinking that took hold", "their critical thinking."). */
static int thinking_noun(const ctx *c, uint32_t p)
{
    if (p == 0 || !is_word(c, p - 1))
        return 0;
    if (key_is(c, p - 1, THINKING_DET) || en_possessive_s(c, p - 1))
        return 1;
    /* (a participle after its noun, set off by a mark, reports: "warmed
     * to the idea thinking, \"...\"") */
    uint32_t hi = c->sent_last[sent_of(c, p)];
    if (p < 2 || !is_word(c, p - 2) || cap_word(c, p - 1) ||
        key_is(c, p - 1, THINKING_VERBAL) || key_in(c, p - 1, PRONOUNS) ||
        (p + 1 <= hi && !is_word(c, p + 1) && !is_final(cp(c, p + 1))))
        return 0;
    return (key_is(c, p - 2, THINKING_DET) && !key_is(c, p - 2, WHAT_THAT)) ||
           en_possessive_s(c, p - 2);
}

/* Token t ends in a lowercase "s" ("Thinks", "Believes"). */
static int ends_in_s(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return w->len > 1 && c->text[w->off + w->len - 1] == 's';
}

/*
 * English cue words in a sense that reports nothing here (1: no report):
 * "hard to say", "difficult to see how" (a judgement); "see what/whether"
 * (finding out); "pledged delegates" (an adjective); "a report published
 * Wednesday" (a participle after its noun); "(Reporting by X" (a byline)
 * and "precincts reporting" (an election count).
 */
/* English word t ends like a past participle: "-ed", "-en", "-wn"
 * ("described", "seen", "known"). */
static int participle_end(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    return w->len > 3 && (e[-1] == 'd' || e[-1] == 'n') &&
           (e[-2] == 'e' || e[-2] == 'w');
}

/* Word n may head a compound noun whose first word is a cue: a
 * lower-case word that is no cue, function word or adverb, followed by a
 * mark, a preposition or a verb in -s or -ed. */
static int compound_head(const ctx *c, uint32_t n, uint32_t hi)
{
    if (cap_word(c, n) || c->cue_at[n] >= 0 || is_compl(c, n) ||
        key_in(c, n, PRONOUNS) || key_in(c, n, DETERMINERS) ||
        key_in(c, n, NAME_PREP) || key_is(c, n, NP_STOP) ||
        key_is(c, n, SUBJ_SKIP) || ly_adverb(c, n) || participle_end(c, n))
        return 0;
    if (n + 1 > hi || !is_word(c, n + 1))
        return 1;
    uint32_t f = n + 1;
    if (cap_word(c, f) || c->tok[f].kind != FSC__TOK_WORD)
        return 0;
    if (key_in(c, f, NAME_PREP))
        return 1;
    const fsc__token *w = &c->tok[f];
    const char *e = c->text + w->off + w->len;
    return w->len > 3 && !key_in(c, f, PRONOUNS) &&
           !key_in(c, f, DETERMINERS) &&
           (e[-1] == 's' || (e[-1] == 'd' && e[-2] == 'e'));
}

int en_other_sense(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)], n = q->last + 1;
    uint32_t p = q->first;
    if (c->lang != LANG_EN)
        return 0;
    /* "a new focus on", "its focus on", "Clinton's focus on": the noun,
     * a topic, not a report (not "put a focus on", "kept the focus on",
     * a verb's object that may say where attention goes) */
    if (q->last == p + 1 && key_is(c, p, FOCUS_WORD) && p > 0 &&
        is_word(c, p - 1) &&
        (key_is(c, p - 1, FOCUS_DET) || en_possessive_s(c, p - 1)))
        return 1;
    /* a verb of position or intention right after a possessor is the
     * noun ("Ortiz's plan to", "the union's backing", "Trump's
     * support"); the noun cues ("Ortiz's attack on") have their holder
     * there */
    if (q->cls == FSC__CLS_STANCE &&
        (q->form == FSC__FORM_VERB || q->form == FSC__FORM_PARTICIPLE) &&
        p > 0 && is_word(c, p - 1) && en_possessive_s(c, p - 1))
        return 1;
    /* "portrayed Black Panther, also known as ...", an actor's role: a
     * characterisation says what its object is "as" ("portrayed the plan
     * as a giveaway", "portraying immigrants, in particular, as"); an
     * "as" after a participle is that participle's ("known as") */
    if (q->agent && (lemma_is(c, q, "portray") || lemma_is(c, q, "cast"))) {
        uint32_t t = n;
        for (; t <= hi && t < n + 16; t++)
            if (is_word(c, t) && key_is(c, t, AS_WORD) && t > n &&
                !(is_word(c, t - 1) && participle_end(c, t - 1)))
                break;
        if (t > hi || t >= n + 16)
            return 1;
    }
    if (q->first != q->last)
        return 0;
    int word_before = p > 0 && is_word(c, p - 1);
    int word_after = n <= hi && is_word(c, n);
    /* "hard to say", "suffice it to say" */
    if ((key_is(c, p, SAY_SEE)) && word_before && p > 1 &&
        key_is(c, p - 1, TO_WORD) && is_word(c, p - 2) &&
        key_is(c, p - 2, JUDGE_ADJ))
        return 1;
    /* "you know, the ones who ..." (a discourse marker), "Yes, we know,
     * ..." (not 'wanted to know, "How ..."'); "news as we (now) know it" */
    if (key_is(c, p, KNOW) && n + 1 <= hi && !is_word(c, n) &&
        is_comma(cp(c, n)) && c->qmark[n + 1] < 0)
        return 1;
    if (key_is(c, p, KNOW) && word_after && key_is(c, n, AS_IT) && p > 2) {
        uint32_t b = p - 1; /* the subject, after "now" if it is there */
        if (is_word(c, b) && key_is(c, b, NOW_WORD) && b > 1)
            b--;
        if (is_word(c, b - 1) && key_is(c, b - 1, AS_WORD))
            return 1;
    }
    /* "will see what happens", "to see who can" */
    if (key_is(c, p, SEE_LEMMAS) && word_after && key_is(c, n, SEE_WHAT))
        return 1;
    /* "went to see Ayotte speak", "flew to Cairo to see his father": a
     * visit; not "would like to see", "to see why", "to see it as",
     * "to see that" */
    if (key_is(c, p, SEE_LEMMAS) && p > 1 && is_word(c, p - 1) &&
        key_is(c, p - 1, TO_WORD) && word_after && !is_compl(c, n) &&
        !key_is(c, n, SEE_WHY) &&
        !(is_word(c, p - 2) && key_is(c, p - 2, WANT_WORDS)) &&
        !as_in_clause(c, n, hi))
        return 1;
    /* "the new thinking that followed", "Cruz's thinking", "wishful
     * thinking": the noun; "(think Jimmy Carter in 1976)": an example
     * the writer gives */
    if (lemma_is(c, q, "think") && q->form == FSC__FORM_PARTICIPLE &&
        thinking_noun(c, p))
        return 1;
    if (key_is(c, p, THINK_WORD) && p > 0 && !is_word(c, p - 1) &&
        cp(c, p - 1) == '(' && word_after && !is_compl(c, n))
        return 1;
    /* a verb of belief capitalized after a word of its sentence: a name
     * ("spokeswoman Hope Hicks") or a headline in title case ("10 Things
     * to Know", "What Voters Believe In"); not a verb in -s that agrees
     * with the subject before it, a headline's report ("Ortiz Thinks the
     * Levy Will Pass") */
    if (q->cls == FSC__CLS_BELIEF && cap_word(c, p) && word_before &&
        p - 1 >= c->sent_first[sent_of(c, p)] && !ends_in_s(c, p))
        return 1;
    /* "Believe me.", "believe me, it was": a speaker's assurance */
    if (lemma_is(c, q, "believe") && word_after && key_is(c, n, ME_WORD) &&
        (n + 1 > hi || !is_word(c, n + 1)))
        return 1;
    /* "saw fit", "see eye to eye": idioms, no view reported */
    if (key_is(c, p, SEE_VERBS) && word_after && key_is(c, n, SEE_IDIOM))
        return 1;
    /* the nouns "fear" and "hope" after a determiner or a quantity ("the
     * only hope", "both hope and danger", "nationwide fear") */
    if ((lemma_is(c, q, "fear") || lemma_is(c, q, "hope")) && word_before &&
        key_is(c, p - 1, FEAR_DET))
        return 1;
    /* a cue noun or -ing form inside a compound noun after a determiner
     * or an adjective ("a warning sign of", "the claims process takes"):
     * it modifies the noun after it, which ends the phrase (a mark, a
     * preposition, or a verb in -s or -ed after it), and reports nothing */
    if ((q->form == FSC__FORM_NOUN || q->form == FSC__FORM_PARTICIPLE) &&
        word_before && key_is(c, p - 1, FEAR_DET) && !cap_word(c, p) &&
        word_after && c->tok[n].kind == FSC__TOK_WORD &&
        compound_head(c, n, hi))
        return 1;
    if (lemma_is(c, q, "pledge") && word_after && key_is(c, n, PLEDGED_NOUNS))
        return 1;
    /* "a report published Wednesday", not "has published on its site" */
    if (lemma_is(c, q, "publish") && word_after &&
        (key_is(c, n, TIME_WORDS) || key_is(c, n, PUBLISHED_WHEN)) &&
        word_before && !key_is(c, p - 1, AUX_HAVE) &&
        !key_in(c, p - 1, PRONOUNS) && !cap_word(c, p - 1))
        return 1;
    if (lemma_is(c, q, "report") && q->form == FSC__FORM_PARTICIPLE) {
        /* "(Reporting by David Bailey", "with all precincts reporting" */
        if (p > 0 && !is_word(c, p - 1) && cp(c, p - 1) == '(' && word_after &&
            key_is(c, n, BY_AGENT))
            return 1;
        if (word_before && key_is(c, p - 1, PRECINCTS))
            return 1;
    }
    return 0;
}

static const char *const IN_WORD[] = { "in", NULL };
/* Nouns of opinion polls ("in the latest Post-ABC poll", "in national
 * polls", "in a more recent survey from ..."). */
static const char *const POLL_NOUNS[] = { "poll", "polls", "survey", "surveys",
                                          NULL };

/*
 * English "In" opening its sentence with a poll phrase at token t ("In
 * the latest Post-ABC poll, ...", "In exit polls, ...", "In an NBC
 * News/Wall Street Journal poll released Monday, ..."): a poll noun within
 * eight words after it, over words, names, "/" and "-", before any other
 * punctuation, complementizer, cue or word that ends a noun phrase ("as",
 * "to"), then a comma within sixteen tokens and at least three words
 * after it. The poll is the source (to the comma), the clause after the
 * comma what it finds; "leads in the polls" inside a clause is the
 * writer's summary. The comma's token, or UINT32_MAX when there is none.
 */
uint32_t en_poll_phrase(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_EN || !key_is(c, t, IN_WORD))
        return UINT32_MAX;
    uint32_t s = sent_of(c, t), lo = c->sent_first[s], hi = c->sent_last[s];
    for (uint32_t u = lo; u < t; u++)
        if (is_word(c, u))
            return UINT32_MAX;
    for (uint32_t u = t + 1, w = 0; u <= hi && w < 8; u++) {
        if (!is_word(c, u)) {
            uint32_t ch = cp(c, u);
            if (ch == '/' || ch == '-' || name_link(c, u))
                continue;
            return UINT32_MAX;
        }
        if (key_is(c, u, POLL_NOUNS)) {
            for (uint32_t v = u + 1; v <= hi && v <= u + 16; v++)
                if (!is_word(c, v) && is_comma(cp(c, v)))
                    return words_in(c, v + 1, hi) >= 3 ? v : UINT32_MAX;
            return UINT32_MAX;
        }
        if (is_compl(c, u) || c->cue_at[u] >= 0 || key_is(c, u, NP_STOP))
            return UINT32_MAX;
        w++;
    }
    return UINT32_MAX;
}

/*
 * English "citing" closing a clause ("She canceled the rally, citing the
 * attack.", "..., he said, citing the low turnout."): the clause's
 * subject cites it, a report of its own whose content is what is cited;
 * not a citation between a subject and its verb ("Reuters, citing two
 * officials, reported"), where the verb after it reports and the cited
 * source is the source. 1 when no reporting verb follows it in its
 * sentence.
 */
int en_citing_clause(const ctx *c, const icue *q)
{
    if (c->lang != LANG_EN || q->form != FSC__FORM_PARTICIPLE ||
        !lemma_is(c, q, "cite") || q->first == 0 || is_word(c, q->first - 1) ||
        !is_comma(cp(c, q->first - 1)))
        return 0;
    /* (cues are in text order; the later ones are not marked yet) */
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (size_t k = (size_t)(q - c->cues) + 1;
         k < c->n_cues && c->cues[k].first <= hi; k++)
        if (c->cues[k].kind == FSC__CUE_SPEECH &&
            c->cues[k].form == FSC__FORM_VERB)
            return 0;
    return 1;
}
