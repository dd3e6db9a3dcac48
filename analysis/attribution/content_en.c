/*
 * content_en.c - stage 4, English contents: where what a verb reports with
 * no complementizer ends (its object; a noun phrase ends before the
 * circumstances after it, en_np_end), and whether a cue stands in a
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

/* Auxiliaries and modals: a finite verb, the content is a clause. */
static const char *const AUX_VERBS[] = { "is",     "are",   "was",   "were",
                                         "will",   "would", "can",   "could",
                                         "should", "may",   "might", "must",
                                         "has",    "have",  "had",   "does",
                                         "do",     "did",   "am",    NULL };

/* Frequent irregular past tenses ("said Ortiz won in May"). */
const char *const IRREGULAR_PAST[] = {
    "won",       "lost",      "made",    "took",   "got",     "gave",
    "went",      "came",      "saw",     "knew",   "thought", "felt",
    "left",      "ran",       "met",     "paid",   "sent",    "spent",
    "built",     "brought",   "bought",  "fought", "held",    "kept",
    "led",       "meant",     "became",  "began",  "broke",   "chose",
    "fell",      "rose",      "spoke",   "wrote",  "told",    "said",
    "found",     "stood",     "grew",    "drew",   "threw",   "hid",
    "sought",    "taught",    "caught",  "struck", "won't",   "won\u2019t",
    "withdrew",  "sold",      "fled",    "dealt",  "wore",    "tore",
    "stuck",     "swept",     "shook",   "swore",  "forgot",  "overcame",
    "underwent", "undertook", "oversaw", NULL
};

/* Contracted auxiliaries at the end of a word ("they'll", "wouldn't"). */
static int contracted_aux(const ctx *c, uint32_t t)
{
    static const char *const END[] = { "n't",      "'ll",      "'re",
                                       "'ve",      "'d",       "n\u2019t",
                                       "\u2019ll", "\u2019re", "\u2019ve",
                                       "\u2019d",  NULL };
    const fsc__token *w = &c->tok[t];
    /* (each ends in t, l, e or d: most words are settled by their last
     * byte) */
    const char z = w->len ? c->text[w->off + w->len - 1] : 0;
    if (z != 't' && z != 'l' && z != 'e' && z != 'd')
        return 0;
    for (size_t i = 0; END[i]; i++) {
        size_t n = strlen(END[i]);
        if (w->len > n && memcmp(c->text + w->off + w->len - n, END[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Occasions, venues, media and documents in which something is said or
 * done ("in an interview", "at a rally", "on Twitter", "in a statement"):
 * a phrase with one of them after a noun phrase is a circumstance. */
static const char *const OCCASIONS[] = {
    "interview", "interviews", "statement",  "statements",  "speech",
    "speeches",  "debate",     "debates",    "rally",       "rallies",
    "letter",    "op-ed",      "editorial",  "column",      "article",
    "tweet",     "tweets",     "filing",     "meeting",     "meetings",
    "hearing",   "hearings",   "appearance", "appearances", "conference",
    "address",   "remarks",    "essay",      "video",       "ad",
    "ads",       "email",      "release",    "memo",        "forum",
    "broadcast", "podcast",    "session",    "call",        "conversation",
    "show",      "program",    "programme",  "episode",     "twitter",
    "facebook",  "instagram",  "television", "tv",          "radio",
    "blog",      "website",    "stump",      "trail",       "floor",
    "summit",    "event",      "events",     "convention",  "briefing",
    "visit",     "stop",       "dinner",     "luncheon",    "breakfast",
    "ceremony",  "reception",  "fundraiser", "gathering",   "hall",
    "caucus",    "wake",       "aftermath",  "book",        "memoir",
    "testimony", "tour",       "trip",       "lecture",     "sermon",
    "panel",     "message",    NULL
};

/* Words in -ing that are no verb form; and nouns in -ing that follow
 * other nouns ("campaign funding", "a council meeting"). */
static const char *const NOT_VERB_ING[] = {
    "during",  "thing",   "something", "nothing",   "anything", "everything",
    "morning", "evening", "spring",    "king",      "ceiling",  "wedding",
    "string",  "wing",    "ring",      "offspring", NULL
};
static const char *const NOUN_ING[] = {
    "funding",  "spending", "building", "housing",   "training",
    "polling",  "voting",   "bombing",  "shooting",  "killing",
    "uprising", "ruling",   "warning",  "setting",   "opening",
    "crossing", "clothing", "feeling",  "beginning", NULL
};

/* Word t is a lower-case -ing form of a verb ("leading", "hiding"). */
static int participle(const ctx *c, uint32_t t)
{
    return is_word(c, t) && ing_form(c, t) && !cap_word(c, t) &&
           !key_in(c, t, NOT_VERB_ING);
}

/* ... and no noun in -ing either. */
static int verbal_ing(const ctx *c, uint32_t t)
{
    return participle(c, t) && !key_in(c, t, NOUN_ING) &&
           !key_in(c, t, OCCASIONS);
}

/* Words in -ed that are no verb form. */
static const char *const NOT_VERB_ED[] = { "hundred", "shed",   "sacred",
                                           "naked",   "wicked", "kindred",
                                           "shred",   "bed",    "red",
                                           NULL };

/* Word t of a content opening at a is a verb of a clause or a verbal
 * -ing form: an auxiliary, a contracted one, a verb in -ed or an
 * irregular past not after a determiner, a verb in -s after a subject
 * pronoun, a lower-case -ing form not after a determiner ("showed Ortiz
 * leading the field", "accused him of hiding"). */
static int verb_word(const ctx *c, uint32_t a, uint32_t t)
{
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    if (key_in(c, t, AUX_VERBS) || contracted_aux(c, t))
        return 1;
    if (t == a || key_in(c, t - 1, DETERMINERS))
        return 0;
    /* (a verb in -s after a subject pronoun or a name that opens the
     * content, "said Ortiz wants ...") */
    int name = 1;
    for (uint32_t u = a; u < t && name; u++)
        name = is_word(c, u) && cap_word(c, u);
    /* (a word in -ed of four letters or more, not in -eed, "lied",
     * "stated"; not after a preposition, "from committed donors") */
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    int ed = w->len > 3 && !cap_word(c, t) && memcmp(e - 2, "ed", 2) == 0 &&
             e[-3] != 'e' && !key_in(c, t, NOT_VERB_ED);
    return (ed && !key_in(c, t - 1, NAME_PREP)) ||
           key_in(c, t, IRREGULAR_PAST) ||
           (s_verb_word(c, t) && (key_in(c, t - 1, SUBJ_PRONOUNS) || name)) ||
           verbal_ing(c, t);
}

/* Words that open a circumstance after a noun phrase ("criticized the
 * plan during a rally", "opposed it despite ..."); after a comma also
 * "when". */
static const char *const NP_ADJUNCT[] = { "during",  "amid",     "while",
                                          "whereas", "although", "though",
                                          "because", "despite",  "after",
                                          "before",  NULL };
static const char *const CLAUSE_OPENERS[] = { "while",  "whereas", "although",
                                              "though", "because", "unless",
                                              "until",  "even",    "as",
                                              NULL };
static const char *const WHEN_WORD[] = { "when", "whenever", NULL };
static const char *const EVEN_WORD[] = { "even", NULL };
static const char *const EVEN_NEXT[] = { "though", "as",     "if",    "when",
                                         "after",  "before", "while", NULL };
static const char *const AS_WORD[] = { "as", NULL };
static const char *const WELL_WORD[] = { "well", NULL };
static const char *const AT_IN_ON[] = { "at", "in", "on", NULL };
static const char *const ACCORDING_WORD[] = { "according", NULL };
static const char *const TO_WORD[] = { "to", NULL };
static const char *const FOR_WORD_EN[] = { "for", NULL };
static const char *const OF_WORD[] = { "of", NULL };
static const char *const INCLUDING[] = { "including", NULL };
static const char *const IF_WHETHER[] = { "if", "whether", NULL };
static const char *const LONE_ADVERBS[] = {
    "just",  "only", "even",   "also",   "still",   "first",  "then",
    "again", "now",  "simply", "partly", "largely", "mainly", NULL
};
/* Words that measure a circumstance before it. */
static const char *const PRE_ADJUNCT[] = {
    "shortly", "just",    "right",   "soon",  "long", "immediately", "well",
    "earlier", "later",   "moments", "hours", "days", "weeks",       "months",
    "years",   "minutes", "a",       "few",   "ever", NULL
};
/* Words that leave a phrase open: a relative adverb, "effective". */
static const char *const OPEN_ENDS[] = { "whereby", "where",     "which",
                                         "who",     "whom",      "whose",
                                         "that",    "effective", NULL };
static const char *const WH_WORDS[] = { "how",     "why",   "what",
                                        "whether", "where", "when",
                                        "if",      "whom",  NULL };

/* Nouns that take "at" as their own complement ("a swipe at Ortiz",
 * "anger at the council"): the "at" after them is no circumstance. */
static const char *const AT_NOUNS[] = {
    "look",        "looks",  "glance",  "swipe",    "swipes",
    "shot",        "shots",  "jab",     "jabs",     "dig",
    "digs",        "aim",    "attempt", "attempts", "anger",
    "outrage",     "fury",   "dismay",  "surprise", "disgust",
    "frustration", "attack", "attacks", "potshots", NULL
};

/* Words of a time phrase after "in", "on" or "at" ("in early June", "on
 * Tuesday", "in recent weeks", "in 2012", "at the time"). */
static const char *const TIME_PHRASE[] = {
    "january", "february", "march",     "april",     "may",      "june",
    "july",    "august",   "september", "october",   "november", "december",
    "weeks",   "months",   "days",      "years",     "hours",    "time",
    "spring",  "summer",   "fall",      "autumn",    "winter",   "past",
    "start",   "end",      "outset",    "beginning", NULL
};
static const char *const TIME_ADJ[] = { "early",  "late", "mid",
                                        "recent", "past", "coming",
                                        "last",   "next", NULL };

static const char *const UNTIL_SINCE[] = { "until", "since", NULL };

/* Prepositions that, before an -ing form after the object, open the
 * manner or the time of the act ("defended his position by citing a
 * poll", "announced the partnership after cutting ties", "criticized the
 * plan without offering one"); not "in", "of", "for", "about", which also
 * complete a noun ("interest in running", "the risk of doing"). The
 * words after them are the circumstance's own: its verb does not make
 * the content a clause (goes_on). */
static const char *const ING_ADJUNCT[] = { "by",     "without", "after",
                                           "before", "while",   "upon",
                                           "since",  "when",    NULL };
/* Subordinators that open a clause of their own with a subject pronoun
 * after the object ("lashed out at Khan after he delivered a speech"). */
static const char *const CLAUSE_ADJUNCT[] = { "after",  "before",   "because",
                                              "while",  "since",    "until",
                                              "though", "although", "whereas",
                                              "once",   NULL };

/* The words from "at", "in" or "on" at t, to the next preposition other
 * than "of", conjunction, subordinator, relative, complementizer,
 * punctuation, cue or quotation (at most six), name an
 * occasion ("at a rally Friday", "in an interview with", "on Twitter",
 * "at the start of his remarks") or a time right after the preposition
 * or a determiner ("on Tuesday", "in early June", "in 2012", "at the
 * time"). */
static int occasion_phrase(const ctx *c, uint32_t t, uint32_t b)
{
    for (uint32_t u = t + 1; u <= b && u < t + 7; u++) {
        if (!is_word(c, u) || c->cue_at[u] >= 0 || c->qmark[u] >= 0 ||
            (u > t + 1 && key_in(c, u, NAME_PREP) && !key_is(c, u, OF_WORD)) ||
            key_in(c, u, NP_ADJUNCT) || key_in(c, u, UNTIL_SINCE) ||
            key_in(c, u, COORD) || is_compl(c, u) || key_is(c, u, RELATIVES))
            return 0;
        if (key_in(c, u, OCCASIONS))
            return 1;
        int first =
            u == t + 1 || (u == t + 2 && (key_in(c, t + 1, DETERMINERS) ||
                                          key_in(c, t + 1, TIME_ADJ)));
        const fsc__token *x = &c->tok[u];
        if (first && (key_is(c, u, TIME_WORDS) || key_in(c, u, TIME_PHRASE) ||
                      (x->kind == FSC__TOK_NUMBER && x->len == 4 &&
                       (c->text[x->off] == '1' || c->text[x->off] == '2'))))
            return 1;
    }
    return 0;
}

static const char *const DAYS[] = { "monday",   "tuesday",   "wednesday",
                                    "thursday", "friday",    "saturday",
                                    "sunday",   "yesterday", "today",
                                    "tonight",  NULL };
static const char *const THIS_LAST_NEXT[] = { "this", "last", "next", NULL };

/* A time phrase with no preposition opens at t, not after a determiner:
 * a day alone or before a preposition or a part of the day ("praised
 * Ortiz Tuesday at ...", "Tuesday night"; not "the Tuesday vote"), or
 * "this", "last" or "next" with a period or a month ("last week", "last
 * July"); or "until" or "since" with a day, a month or a year ("until
 * October 2015"; not "until the council agreed"). */
static int bare_time(const ctx *c, uint32_t t, uint32_t b)
{
    if (key_in(c, t - 1, DETERMINERS) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    /* "until October 2015", "since 2012", "until Friday" */
    if (key_in(c, t, UNTIL_SINCE) && t + 1 <= b && is_word(c, t + 1)) {
        const fsc__token *x = &c->tok[t + 1];
        return key_in(c, t + 1, DAYS) || key_in(c, t + 1, TIME_PHRASE) ||
               (x->kind == FSC__TOK_NUMBER && x->len == 4 &&
                (c->text[x->off] == '1' || c->text[x->off] == '2'));
    }
    if (key_in(c, t, DAYS))
        return t + 1 > b || !is_word(c, t + 1) || key_in(c, t + 1, NAME_PREP) ||
               key_is(c, t + 1, TIME_WORDS);
    return key_in(c, t, THIS_LAST_NEXT) && t + 1 <= b && is_word(c, t + 1) &&
           (key_is(c, t + 1, TIME_WORDS) || key_in(c, t + 1, TIME_PHRASE));
}

/* After a circumstance whose first word is k, a colon or a quotation
 * after a comma goes on with what is said (after a preposition, prep);
 * and the words to the next
 * comma go on with the verb's complement: a complementizer, "if" or
 * "whether", "to" and a verb, "as" ("saw X during Y as a sign"), "for" and
 * an -ing form, or a verb of a clause ("said the speech at the hotel would
 * be ..."); or anywhere after it a comma is followed by a verb (a subject
 * with a parenthetical, "said the plan, while costly, was ..."). */
static int goes_on(const ctx *c, uint32_t a, uint32_t k, uint32_t b, int prep)
{
    int comma = 0;
    for (uint32_t t = k + 1; t <= b; t++) {
        /* a colon, or a quotation after a comma, opens what is said
         * ("said the same thing at every stop: “...”") */
        if (prep && c->qmark[t] >= 0 && c->inquote[t] < 0 && t > k + 1 &&
            c->q->v[c->qmark[t]].open_tok == t && !is_word(c, t - 1) &&
            (is_comma(cp(c, t - 1)) || cp(c, t - 1) == ':'))
            return 1;
        if (c->inquote[t] >= 0 || c->qmark[t] >= 0)
            continue;
        if (prep && !is_word(c, t) && cp(c, t) == ':')
            return 1;
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t))) {
                comma = 1;
                if (t + 1 <= b && verb_word(c, a, t + 1) &&
                    !verbal_ing(c, t + 1))
                    return 1;
            }
            continue;
        }
        if (comma || !prep)
            continue;
        if (is_compl(c, t) || key_in(c, t, IF_WHETHER) ||
            (key_is(c, t, TO_WORD) && t + 1 <= b && is_word(c, t + 1) &&
             !cap_word(c, t + 1) && !key_in(c, t + 1, DETERMINERS) &&
             !key_in(c, t + 1, OBJECT_PRONOUNS) && !verbal_ing(c, t + 1)) ||
            (key_is(c, t, AS_WORD) &&
             !(t + 1 <= b && (key_in(c, t + 1, SUBJ_PRONOUNS) ||
                              key_is(c, t + 1, WELL_WORD)))) ||
            (key_is(c, t, FOR_WORD_EN) && t + 1 <= b && verbal_ing(c, t + 1)) ||
            verb_word(c, a, t))
            return 1;
    }
    return 0;
}

/* Subject pronouns that open a clause ("said they would", not "opposed
 * it as ..."). */
static const char *const CLAUSE_SUBJECTS[] = { "he", "she",   "they", "we",
                                               "i",  "there", NULL };

static const char *const NOT_SUBJECT[] = {
    "or", "nor", "as", "if", "than", NULL
};

/* A clause of its own opens at n, after a comma: a subject of at most six
 * words, no conjunction first, and a verb that is no -ing form ("opposed
 * those decisions, the party's base has shown ..."). */
static int new_clause(const ctx *c, uint32_t n, uint32_t b)
{
    if (key_in(c, n, NAME_PREP) || key_in(c, n, NOT_SUBJECT))
        return 0;
    for (uint32_t u = n; u <= b && u < n + 7; u++) {
        if (!is_word(c, u) || c->cue_at[u] >= 0 || c->qmark[u] >= 0 ||
            key_is(c, u, RELATIVES) || is_compl(c, u) || key_in(c, u, COORD) ||
            (key_in(c, u, NAME_PREP) && !key_is(c, u, OF_WORD)))
            return 0;
        if (u > n && verb_word(c, n, u) && !verbal_ing(c, u))
            return 1;
    }
    return 0;
}

/* English: the last token of a noun phrase that a verb of speaking or
 * stance takes as its object, [a, b] with no clause, quotation or colon
 * after the verb ("also criticized Ortiz during a rally Friday", "is
 * thanking supporters at a rally", "ordered a quarantine, even though
 * ...", "offered a preview in an interview with ..."): the phrase ends
 * before a circumstance after it, "during", "amid", "while", "because",
 * "despite", "after", "before", "even though", "as" with a subject
 * pronoun, "according to", "at", "in" or "on" with an occasion or a time
 * (occasion_phrase), also after a comma, where "when", an -ing form
 * (not "including") and a relative to the sentence's end end it too;
 * complements of the noun stay ("criticism of his record on trade").
 * b itself when the content is a clause (a verb comes first, verb_word,
 * or after the circumstance, goes_on), a question word, an infinitive or
 * an -ing form. */
static uint32_t en_np_end(const ctx *c, const icue *q, uint32_t a, uint32_t b)
{
    /* (a forecast's time is the forecast's: "predict landfall Saturday") */
    if (lemma_is(c, q, "predict") || lemma_is(c, q, "forecast") ||
        lemma_is(c, q, "expect") || lemma_is(c, q, "project") ||
        lemma_is(c, q, "estimate"))
        return b;
    if (a > b || !is_word(c, a) || key_in(c, a, CLAUSE_SUBJECTS) ||
        contracted_aux(c, a) || is_compl(c, a) || key_is(c, a, RELATIVES) ||
        key_in(c, a, WH_WORDS) || key_is(c, a, TO_WORD) || verbal_ing(c, a) ||
        (key_in(c, a, NEGATORS) && a + 1 <= b && key_is(c, a + 1, TO_WORD)) ||
        key_in(c, a, AT_IN_ON) || key_in(c, a, NP_ADJUNCT) ||
        (a > 0 && key_is(c, a - 1, TO_WORD) && !cap_word(c, a) &&
         !key_in(c, a, DETERMINERS) && !key_in(c, a, OBJECT_PRONOUNS)))
        return b;
    int depth = 0, inf = 0, own = 0;
    /* (a verb of perception takes an object and a bare verb, "see their
     * friends die after entering ...": a circumstance after them is that
     * verb's) */
    int small_clause = lemma_is(c, q, "see") || lemma_is(c, q, "watch") ||
                       lemma_is(c, q, "hear");
    /* (the object of a participle cue before a list of participles,
     * "maintaining parks, arranging trash collection") */
    int ing_cue = participle(c, q->last);
    for (uint32_t t = a; t <= b && t < a + 256; t++) {
        if (c->inquote[t] >= 0 || c->qmark[t] >= 0)
            continue;
        uint32_t k = UINT32_MAX, n = t + 1;
        int prep = 0;
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            if (ch == ':' || ch == ';' || is_dash(ch) || is_final(ch))
                return b;
            /* a bracket the content did not open closes the phrase it
             * stands in ("(buoyed by support for background checks), has
             * ...") */
            if (ch == '(' || ch == '[')
                depth++;
            if ((ch == ')' || ch == ']') && depth-- == 0) {
                uint32_t e = t;
                while (e > a && !is_word(c, e - 1))
                    e--;
                return e > a ? e - 1 : b;
            }
            if (!is_comma(ch) || t == a || n > b || !is_word(c, n) ||
                c->qmark[n] >= 0)
                continue;
            /* "said the plan, a costly one, had stalled": a verb after a
             * comma goes on with a clause whose subject had an aside */
            if (verb_word(c, a, n) && !verbal_ing(c, n))
                return b;
            int later_comma = 0;
            for (uint32_t u = n; u <= b && !later_comma; u++)
                later_comma =
                    !is_word(c, u) && is_comma(cp(c, u)) && c->inquote[u] < 0;
            if (key_in(c, n, NP_ADJUNCT) || key_in(c, n, WHEN_WORD) ||
                (key_is(c, n, EVEN_WORD) && n + 1 <= b &&
                 key_in(c, n + 1, EVEN_NEXT)) ||
                (key_is(c, n, AS_WORD) && n + 1 <= b &&
                 key_in(c, n + 1, SUBJ_PRONOUNS)) ||
                (key_is(c, n, ACCORDING_WORD) && n + 1 <= b &&
                 key_is(c, n + 1, TO_WORD)) ||
                (key_is(c, n, RELATIVES) && !later_comma) ||
                new_clause(c, n, b) ||
                (participle(c, n) && !key_is(c, n, INCLUDING) && !ing_cue))
                k = t;
        } else {
            if (verb_word(c, a, t))
                return b;
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip && t > a)
                return b;
            if (t == a || n > b || !is_word(c, n))
                continue;
            /* "sought the nomination but withdrew": a second verb of the
             * subject ends the object */
            if (key_in(c, t, COORD) && verb_word(c, a, n) &&
                !verbal_ing(c, n) && !key_in(c, n, AUX_VERBS) &&
                (n + 1 > b || !is_word(c, n + 1) ||
                 key_in(c, n + 1, DETERMINERS) ||
                 key_in(c, n + 1, OBJECT_PRONOUNS) ||
                 key_in(c, n + 1, VERB_NEXT) || key_in(c, n + 1, NP_ADJUNCT))) {
                uint32_t e = t - 1;
                while (e > a && !is_word(c, e))
                    e--;
                return e;
            }
            /* "to" and a verb: an infinitive inside the phrase ("asked
             * them to vote at the polls"), whose circumstances are its
             * own */
            if (key_is(c, t, TO_WORD) && !cap_word(c, n) &&
                !key_in(c, n, DETERMINERS) && !key_in(c, n, OBJECT_PRONOUNS) &&
                c->tok[n].kind == FSC__TOK_WORD)
                inf = 1;
            /* an -ing form, or a subject pronoun, after the word that
             * opens the circumstance: the verb after it is the
             * circumstance's own, not the clause of a longer content */
            /* (not an -ing adjective before a name or a title, "by
             * sitting President X") */
            if (!small_clause &&
                ((key_is(c, t, ING_ADJUNCT) && verbal_ing(c, n) &&
                  !(n + 1 <= b && cap_word(c, n + 1))) ||
                 (key_is(c, t, CLAUSE_ADJUNCT) &&
                  key_in(c, n, CLAUSE_SUBJECTS) && n + 1 <= b &&
                  is_word(c, n + 1))))
                k = t, own = 1;
            else if ((key_in(c, t, NP_ADJUNCT) && !key_is(c, n, TO_WORD)) ||
                     (key_is(c, t, EVEN_WORD) && key_in(c, n, EVEN_NEXT)) ||
                     (key_is(c, t, AS_WORD) && key_in(c, n, SUBJ_PRONOUNS)) ||
                     (key_is(c, t, ACCORDING_WORD) && key_is(c, n, TO_WORD)))
                k = t;
            else if ((key_in(c, t, AT_IN_ON) && !key_in(c, t - 1, AT_NOUNS) &&
                      occasion_phrase(c, t, b)) ||
                     bare_time(c, t, b))
                k = t, prep = 1;
            /* (a preposition: "during", "amid", "after a meeting",
             * "because of"; not a clause, "while ...", "even though") */
            if (k != UINT32_MAX && !prep)
                prep = !key_in(c, t, CLAUSE_OPENERS) || key_is(c, n, OF_WORD) ||
                       (key_in(c, n, DETERMINERS) && !key_is(c, t, AS_WORD));
        }
        if (k == UINT32_MAX)
            continue;
        /* (not after an occasion, whose time and place are its own, "a
         * rally on Saturday in Sioux City", nor after an adverb alone,
         * "just because", "first, ...") */
        if (k == a || (prep && inf))
            return b;
        uint32_t e = k - 1;
        while (e > a && !is_word(c, e))
            e--;
        /* ("shortly before", "two days after", "earlier this year": the
         * words that measure the circumstance go with it) */
        while (e > a && is_word(c, k) &&
               (key_in(c, e, PRE_ADJUNCT) ||
                (c->tok[e].kind == FSC__TOK_NUMBER && e + 1 < k &&
                 key_in(c, e + 1, PRE_ADJUNCT)))) {
            e--;
            while (e > a && !is_word(c, e))
                e--;
        }
        if (key_in(c, e, OCCASIONS) || key_in(c, e, LONE_ADVERBS) ||
            key_in(c, e, OPEN_ENDS) ||
            (!own && goes_on(c, a, is_word(c, k) ? k : k + 1, b, prep)))
            return b;
        return e;
    }
    return b;
}

/* A verb in -ing among the words a..b-1 ("accusing them of going around
 * and ...": the -ing after "and" may be that one's). */
static int ing_between(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t < b; t++)
        if (verbal_ing(c, t))
            return 1;
    return 0;
}

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
 * sentence's end; a noun phrase ends before the circumstances after it
 * (en_np_end). Quotations are stepped over. 0 when nothing is left. */
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
    if (!clause)
        *b = en_np_end(c, q, *a, *b);
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
        /* "attacking the plan and visiting the pier", "admitting mistakes
         * and learning from them": after a cue in -ing, a second verb in
         * -ing with its object or preposition is the subject's next act
         * (not "the hiring and firing of staff") */
        if (!coord_verb && !clause && is_word(c, t) && key_in(c, t, COORD) &&
            participle(c, q->last) && verbal_ing(c, t + 1) && t + 2 <= *b &&
            is_word(c, t + 2) && !ing_between(c, *a, t))
            coord_verb =
                key_in(c, t + 2, DETERMINERS) ||
                key_in(c, t + 2, OBJECT_PRONOUNS) ||
                (key_in(c, t + 2, VERB_NEXT) && !key_is(c, t + 2, OF_WORD));
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

static const char *const GAP_RELATIVES[] = { "which",    "whom", "what",
                                             "whatever", "that", NULL };
static const char *const THAT_WORD[] = { "that", NULL };
/* Words before "that" that make it no relative ("so that", "now that"). */
static const char *const THAT_CONJ[] = { "so",     "now",      "such", "given",
                                         "except", "provided", NULL };
/* Words between a subject and its verb ("Ortiz vehemently opposed", "Cruz
 * has pushed", "she once supported"). */
static const char *const SUBJECT_VERB_GAP[] = {
    "also", "once", "still", "never",  "not",    "ever",  "first", "has",
    "have", "had",  "did",   "does",   "do",     "will",  "would", "could",
    "can",  "may",  "might", "should", "always", "later", NULL
};
static const char *const AFTER_GAP[] = { "too", "again", NULL };
/* Prepositions of a circumstance after the verb ("proposed under a flat
 * rate"; not "as", "for", "of" or "about", which open the verb's
 * complement, "which he described as miserable"). */
static const char *const GAP_PREP[] = { "in",    "on",     "at",    "during",
                                        "after", "before", "under", "with",
                                        "since", "from",   "by",    NULL };

/* English: cue q with its subject r right before it stands in a relative
 * clause whose object is the relative word before the subject ("the
 * trade pact, which Ortiz vehemently opposed.", "a case that Reyes has
 * pushed for months", "what she truly believes remains a mystery"):
 * after the verb its clause ends (punctuation, a preposition of a
 * circumstance, a time, an adverb), so nothing else is its object; not
 * before a verb ("what he said was a sign": the clause goes on), "as" or
 * "for" ("which he described as miserable"), nor after a cue that ends
 * in its preposition ("what it says about immigrants"); "say" reports
 * nothing here ("watch what he said this week"). The relative word's
 * token in *t, else 0. */
int en_relative_object(const ctx *c, const icue *q, const srcres *r,
                       uint32_t *t)
{
    uint32_t s = sent_of(c, q->first);
    if (c->lang != LANG_EN || r->first > r->last || r->last >= q->first ||
        r->first <= c->sent_first[s] || sent_of(c, r->first) != s ||
        key_in(c, q->last, NAME_PREP) || lemma_is(c, q, "say"))
        return 0;
    for (uint32_t u = r->last + 1; u < q->first; u++) {
        const fsc__token *w = &c->tok[u];
        if (!is_word(c, u) || cap_word(c, u) ||
            !(key_in(c, u, SUBJECT_VERB_GAP) ||
              (w->len > 3 &&
               memcmp(c->text + w->off + w->len - 2, "ly", 2) == 0)))
            return 0;
    }
    uint32_t g = r->first - 1;
    if (!is_word(c, g) || !key_in(c, g, GAP_RELATIVES) ||
        c->inquote[g] != c->inquote[q->first])
        return 0;
    /* (after a preposition, "in which Ortiz agreed on ...", the relative
     * is the verb's only with nothing of its own after it, "for which he
     * apologized last year") */
    int after_prep = g > c->sent_first[s] && is_word(c, g - 1) &&
                     key_in(c, g - 1, NAME_PREP);
    /* ("that" after a noun: not after a verb, "said that Reyes ...", nor
     * a conjunction, "so that") */
    if (key_is(c, g, THAT_WORD) &&
        (g == c->sent_first[s] || !is_word(c, g - 1) || c->cue_at[g - 1] >= 0 ||
         key_in(c, g - 1, THAT_CONJ) || key_in(c, g - 1, AUX_VERBS) ||
         verb_word(c, g - 1, g - 1) || ed_word(c, g - 1) ||
         key_in(c, g - 1, PRONOUNS)))
        return 0;
    uint32_t n = q->last + 1;
    if (n <= c->sent_last[s] && is_word(c, n)) {
        const fsc__token *w = &c->tok[n];
        int ly = w->len > 3 && !cap_word(c, n) &&
                 memcmp(c->text + w->off + w->len - 2, "ly", 2) == 0;
        /* ("for months", "for two years": a time) */
        int for_time =
            key_is(c, n, FOR_WORD_EN) && n + 1 <= c->sent_last[s] &&
            is_word(c, n + 1) &&
            (key_in(c, n + 1, TIME_PHRASE) || key_in(c, n + 1, TIME_ADJ) ||
             c->tok[n + 1].kind == FSC__TOK_NUMBER);
        if (!((key_in(c, n, GAP_PREP) && !after_prep) || for_time ||
              key_is(c, n, TIME_WORDS) || key_in(c, n, THIS_LAST_NEXT) ||
              key_in(c, n, AFTER_GAP) || key_in(c, n, DAYS) || ly))
            return 0;
    } else if (n <= c->sent_last[s] && (c->qmark[n] >= 0 || cp(c, n) == ':')) {
        return 0;
    }
    *t = g;
    return 1;
}

/* Prepositions that open a phrase before a sentence's subject. */
static const char *const LEAD_PREPS[] = {
    "in",     "on",     "at",    "for",        "with",      "after",
    "before", "during", "since", "despite",    "amid",      "among",
    "from",   "by",     "under", "over",       "following", "unlike",
    "like",   "as",     "to",    "throughout", NULL
};

/* English: [f, e], the words before the comma before a subject, only open
 * the sentence: a phrase with a preposition first ("In a changing
 * economy", "On Thursday", "For the mayor so far", "Since arriving in
 * Lisbon") with no comma and no verb of a clause in it (an -ing form
 * after the preposition is its object), so it reports nothing. */
int en_lead_phrase(const ctx *c, uint32_t f, uint32_t e)
{
    while (f <= e && !is_word(c, f))
        f++;
    /* ("But since arriving ...": a conjunction first) */
    if (f <= e && key_in(c, f, COORD))
        f++;
    if (f > e || !is_word(c, f) || !key_in(c, f, LEAD_PREPS) || e - f > 24)
        return 0;
    for (uint32_t t = f + 1; t <= e; t++) {
        if (!is_word(c, t)) {
            if (c->inquote[t] < 0 && (is_comma(cp(c, t)) || cp(c, t) == ':'))
                return 0;
            continue;
        }
        if (c->cue_at[t] >= 0 || is_compl(c, t) ||
            (verb_word(c, f, t) && !verbal_ing(c, t)))
            return 0;
    }
    return 1;
}

/* A finite verb of the sentence's main clause at t, after the object of a
 * cue that stands in the subject: an auxiliary or a modal, or a verb in
 * -ed, -s or an irregular past with an object, a preposition or a pronoun
 * after it ("those who preferred legal status outnumbered those ..."); not
 * the verb of an infinitive or a participle after "be" or "have" ("to be
 * undecided"). */
static int main_verb(const ctx *c, uint32_t a, uint32_t t, uint32_t b)
{
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD || t == a ||
        key_is(c, t - 1, TO_WORD) || key_in(c, t - 1, DETERMINERS) ||
        key_is(c, t - 1, PASSIVE_AUX) || key_in(c, t - 1, AUX_VERBS))
        return 0;
    if (key_in(c, t, AUX_VERBS) || contracted_aux(c, t))
        return 1;
    if (!(ed_word(c, t) || key_in(c, t, IRREGULAR_PAST) || s_verb_word(c, t)))
        return 0;
    return t + 1 <= b && is_word(c, t + 1) &&
           (key_in(c, t + 1, DETERMINERS) ||
            key_in(c, t + 1, OBJECT_PRONOUNS) ||
            key_in(c, t + 1, SUBJ_PRONOUNS) || key_in(c, t + 1, VERB_NEXT));
}

/* The -ing form at t after a comma heads the subject of a verb that follows
 * it before the next comma, "from June 15, wearing a mask will be
 * compulsory". */
static int ing_subject(const ctx *c, uint32_t t, uint32_t b)
{
    for (uint32_t u = t + 1; u <= b && u < t + 24; u++) {
        if (!is_word(c, u)) {
            if (c->inquote[u] < 0 && c->qmark[u] < 0 &&
                (is_comma(cp(c, u)) || is_final(cp(c, u))))
                return 0;
            continue;
        }
        if (key_in(c, u, WH_WORDS) || key_is(c, u, RELATIVES) ||
            is_compl(c, u) || key_in(c, u, SUBJ_PRONOUNS) || c->cue_at[u] >= 0)
            return 0;
        if (key_in(c, u, AUX_VERBS) || contracted_aux(c, u))
            return 1;
    }
    return 0;
}

/* The last word before token t, a is the first of the content. */
static uint32_t word_before(const ctx *c, uint32_t a, uint32_t t)
{
    uint32_t e = t - 1;
    while (e > a && !is_word(c, e))
        e--;
    return e;
}

/* English: the last token of what cue q reports, [a, b] (a clause after a
 * complementizer when found, else an infinitive, an object or a clause
 * with no complementizer), where the sentence goes on with words of its
 * own (outside quotation marks and brackets):
 * - a clause or an infinitive before a comma and an -ing form, a clause of
 *   the writer's on the event ("is promising to create a big spectacle,
 *   leaving the city excited"; not "including", nor a gerund that is the
 *   subject of a verb after it, "announced that from June, wearing a mask
 *   will be compulsory");
 * - an infinitive or an object before "and" or "but" with a new subject
 *   pronoun and its verb ("decided not to enter the race and she
 *   performed well"; not after a pronoun, "she and they can"; after a
 *   clause with no complementizer only with a dash before it, "said the
 *   film has won prizes and he was named best actor" may report both);
 * - an infinitive or an object of a cue in a relative clause with no comma
 *   before it, the sentence's subject, before the main clause's verb
 *   ("those who wanted to attend the convention could be faced with",
 *   "voters who preferred legal status outnumbered ..."; with an object
 *   only for a cue of stance, which takes no clause: "those who said the
 *   plan would fail" keeps its clause).
 * b itself when nothing ends it. */
uint32_t en_content_end(const ctx *c, const icue *q, const srcres *r,
                        uint32_t a, uint32_t b, int found)
{
    if (a >= b || !is_word(c, a))
        return b;
    int inf = key_is(c, a, TO_WORD) || (key_in(c, a, NEGATORS) && a + 1 <= b &&
                                        key_is(c, a + 1, TO_WORD));
    int clause = found || key_in(c, a, CLAUSE_SUBJECTS);
    int wh =
        key_in(c, a, WH_WORDS) || key_is(c, a, RELATIVES) || is_compl(c, a);
    /* the cue stands in a restrictive relative clause of the subject */
    uint32_t s = r->first;
    int relative = !wh && r->rule && strcmp(r->rule, "relative") == 0 &&
                   r->first == r->last &&
                   s > c->sent_first[sent_of(c, q->first)] && is_word(c, s - 1);
    int in_subject =
        relative && !clause &&
        (inf || (q->cls != FSC__CLS_SPEECH && q->cls != FSC__CLS_BELIEF));
    int depth = 0, finite = 0;
    /* (whether a verb stands before the "and" is asked only at an "and":
     * the words that may hold one are marked as the loop passes them and
     * tested then, not each on the way) */
    uint8_t verbish[256];
    uint32_t vdone = a + 1;
    for (uint32_t t = a + 1; t <= b && t < a + 256; t++) {
        verbish[t - a] = 0;
        if (c->inquote[t] >= 0 || c->qmark[t] >= 0)
            continue;
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            if (ch == '(' || ch == '[')
                depth++;
            else if ((ch == ')' || ch == ']') && depth > 0)
                depth--;
            if ((inf || (clause && c->cue_at[t + 1] >= 0)) && depth == 0 &&
                is_comma(ch) && t + 1 <= b && verbal_ing(c, t + 1) &&
                !key_is(c, t + 1, INCLUDING) && !ing_subject(c, t + 1, b))
                return word_before(c, a, t + 1);
            continue;
        }
        if (depth > 0)
            continue;
        /* (a verb: the content is a clause with no complementizer) */
        verbish[t - a] = !inf;
        if (!clause && key_in(c, t, COORD) && t + 2 <= b &&
            !key_in(c, t - 1, SUBJ_PRONOUNS) &&
            !key_in(c, t - 1, OBJECT_PRONOUNS) &&
            key_in(c, t + 1, CLAUSE_SUBJECTS) &&
            ((verb_word(c, t + 1, t + 2) && !verbal_ing(c, t + 2)) ||
             s_verb_word(c, t + 2))) {
            for (; !finite && vdone <= t; vdone++)
                if (verbish[vdone - a] && verb_word(c, a, vdone) &&
                    !verbal_ing(c, vdone))
                    finite = 1;
            if (!finite || (!is_word(c, t - 1) && is_dash(cp(c, t - 1))))
                return word_before(c, a, t);
        }
        if (in_subject) {
            if (key_is(c, t, RELATIVES) || is_compl(c, t) || c->cue_at[t] >= 0)
                in_subject = 0;
            else if (main_verb(c, a, t, b))
                return word_before(c, a, t);
        }
    }
    return b;
}

/* Verbs that voice an attitude named by the noun after them. */
static const char *const LIGHT_LEMMAS[] = { "express", "voice",  "offer",
                                            "pledge",  "signal", "register",
                                            "lend",    "raise",  NULL };
/* Nouns of an attitude toward someone or something. */
static const char *const ATTITUDE_NOUNS[] = {
    "support",        "opposition", "discomfort",   "concern",
    "concerns",       "defense",    "defence",      "defenses",
    "defences",       "admiration", "dismay",       "interest",
    "frustration",    "anger",      "sympathy",     "condolences",
    "doubts",         "doubt",      "skepticism",   "scepticism",
    "reservations",   "misgivings", "unease",       "displeasure",
    "disapproval",    "approval",   "gratitude",    "solidarity",
    "enthusiasm",     "contempt",   "outrage",      "alarm",
    "regret",         "fears",      "worries",      "objections",
    "praise",         "confidence", "optimism",     "pessimism",
    "disappointment", "respect",    "appreciation", "disdain",
    "impatience",     NULL
};
/* Quantities of what is said about something: "said little about". */
static const char *const SAID_AMOUNT[] = { "little", "nothing", NULL };
static const char *const ATTITUDE_PREP[] = { "with",  "for",  "to", "of",
                                             "about", "over", "at", "against",
                                             "in",    NULL };

/* English: a verb that voices an attitude and a noun of that attitude with
 * its preposition, "expressed discomfort with Trump", "voiced strong
 * support for the plan", "offered an emotional defense of the city", or
 * "said little about" with what is spoken of: the noun and the
 * preposition belong to the cue, what the attitude is toward is the
 * content. [a, b] is the content right after the cue; the preposition's
 * token, else UINT32_MAX. */
uint32_t en_attitude_prep(const ctx *c, const icue *q, uint32_t a, uint32_t b)
{
    int light = 0, say = 0;
    for (size_t i = 0; LIGHT_LEMMAS[i] && !light; i++)
        light = lemma_is(c, q, LIGHT_LEMMAS[i]);
    say = lemma_is(c, q, "say") || lemma_is(c, q, "speak") ||
          lemma_is(c, q, "talk") || lemma_is(c, q, "write");
    if ((!light && !say) || a > b)
        return UINT32_MAX;
    for (uint32_t t = a, w = 0; t + 1 < b && w < 4; t++, w++) {
        if (!is_word(c, t) || c->qmark[t] >= 0 || c->inquote[t] >= 0 ||
            cap_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
            return UINT32_MAX;
        int noun = light ? key_in_scan(c, t, ATTITUDE_NOUNS)
                         : t == a && key_in_scan(c, t, SAID_AMOUNT);
        if (noun) {
            if (!is_word(c, t + 1) || !key_in_scan(c, t + 1, ATTITUDE_PREP) ||
                !is_word(c, t + 2) || c->qmark[t + 1] >= 0)
                return UINT32_MAX;
            /* (not a time or an occasion, "expressed optimism over the
             * weekend that ...", whose clause is what is said, "expressed
             * anger in a statement") */
            uint32_t o = t + 2;
            if (key_in(c, o, DETERMINERS) && o + 1 <= b)
                o++;
            static const char *const WEEKEND[] = { "weekend", "weekends",
                                                   NULL };
            if (occasion_phrase(c, t + 1, b) || key_is(c, o, TIME_WORDS) ||
                key_in(c, o, TIME_PHRASE) || key_in_scan(c, o, WEEKEND) ||
                key_in(c, o, DAYS) || bare_time(c, o, b))
                return UINT32_MAX;
            return t + 1;
        }
        /* (a determiner, a possessive, an adverb or an adjective before
         * the noun: "an emotional", "increasingly strident", "their") */
        if (key_in(c, t, NAME_PREP) || key_in(c, t, COORD) || is_compl(c, t) ||
            key_is(c, t, RELATIVES) || key_in(c, t, AUX_VERBS) ||
            c->cue_at[t] >= 0 || say)
            return UINT32_MAX;
    }
    return UINT32_MAX;
}
