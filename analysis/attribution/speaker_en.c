/*
 * speaker_en.c - stage 3, English subjects that need more than the phrase
 * next to the cue: the name before an apposition with a party label or a
 * parenthesis, the subject of the clause a participle or a coordinated
 * verb hangs on, the holder of a noun cue ("her support for", "voiced
 * concerns about") and the subject after a participle that opens its
 * sentence.
 */
#include "attrib_int.h"

/* Party and state labels, postal or abbreviated: "R-S.C.", "D-Calif.",
 * "I-Vt." (English), read on the letter before the hyphen. */
static const char *const PARTY_LETTERS[] = { "r", "d", "i", NULL };

/*
 * English: from token v before the comma that opens an apposition ("...,
 * a long-shot candidate, said"), step back over what stands between the
 * name and that apposition: a parenthesis ("Rep. Sander Levin (Mich.),
 * a superdelegate, said"), a party-and-state label between commas ("Sen.
 * Lindsey Graham, R-S.C., a long-shot candidate, said") and the period of
 * an abbreviation. The token before them, or UINT32_MAX.
 */
uint32_t en_label_back(const ctx *c, uint32_t v, uint32_t lo)
{
    if (v < lo)
        return UINT32_MAX;
    if (!is_word(c, v) && cp(c, v) == ')') {
        uint32_t u = v;
        while (u > lo && v - u < 8 && (is_word(c, u) || cp(c, u) != '('))
            u--;
        if (u <= lo || is_word(c, u) || cp(c, u) != '(')
            return UINT32_MAX;
        v = u - 1;
    }
    /* a label segment ", R-S.C.," before the comma: at most 8 tokens
     * back to the previous comma, starting with R/D/I and a hyphen */
    uint32_t u = v;
    while (u > lo && v - u < 8 && !(!is_word(c, u) && is_comma(cp(c, u))))
        u--;
    if (u > lo && v - u < 8 && u + 2 <= v && is_word(c, u + 1) &&
        key_is(c, u + 1, PARTY_LETTERS) && !is_word(c, u + 2) &&
        cp(c, u + 2) == '-')
        v = u - 1;
    while (v > lo && !is_word(c, v) && cp(c, v) == '.' && name_link(c, v))
        v--;
    return v;
}

/* Words that open an introductory phrase before a sentence's subject. */
static const char *const INTRO[] = {
    "when",       "while",     "after",   "before",    "as",       "if",
    "although",   "though",    "since",   "because",   "in",       "on",
    "at",         "during",    "despite", "with",      "without",  "for",
    "from",       "by",        "under",   "but",       "and",      "yet",
    "still",      "instead",   "earlier", "later",     "speaking", "asked",
    "meanwhile",  "however",   "also",    "following", "amid",     "citing",
    "throughout", "within",    "to",      "unless",    "until",    "thereafter",
    "afterwards", "afterward", "once",    "having",    "like",     "unlike",
    "soon",       "hours",     "days",    "weeks",     "months",   "moments",
    "minutes",    NULL
};

/*
 * English participles ("He dismissed the critique, saying that ...",
 * "Carly Fiorina threw her support behind Cruz, saying ..."): the subject of
 * the clause the participle hangs on is its source, written in the same
 * sentence: the source of an attribution earlier in the sentence, or the
 * sentence's subject (a pronoun or a name, after an introductory phrase and
 * titles). 0 when the sentence has none; the caller then looks further back.
 */
/* Words that open a clause before its subject without a comma ("And
 * even Obama tried ..."). */
static const char *const CONJ_START[] = { "and",     "but",  "yet",   "so",
                                          "also",    "even", "still", "then",
                                          "instead", NULL };

/* US states of one word, and the words of those of two (folded): "in
 * Salem, Oregon, X said". */
static const char *const US_STATES[] = { "alabama",
                                         "alaska",
                                         "arizona",
                                         "arkansas",
                                         "california",
                                         "colorado",
                                         "connecticut",
                                         "delaware",
                                         "florida",
                                         "georgia",
                                         "hawaii",
                                         "idaho",
                                         "illinois",
                                         "indiana",
                                         "iowa",
                                         "kansas",
                                         "kentucky",
                                         "louisiana",
                                         "maine",
                                         "maryland",
                                         "massachusetts",
                                         "michigan",
                                         "minnesota",
                                         "mississippi",
                                         "missouri",
                                         "montana",
                                         "nebraska",
                                         "nevada",
                                         "ohio",
                                         "oklahoma",
                                         "oregon",
                                         "pennsylvania",
                                         "tennessee",
                                         "texas",
                                         "utah",
                                         "vermont",
                                         "virginia",
                                         "washington",
                                         "wisconsin",
                                         "wyoming",
                                         NULL };
static const char *const US_STATES_1ST[] = { "new",  "north", "south",
                                             "west", "rhode", NULL };
static const char *const US_STATES_2ND[] = { "hampshire", "jersey",   "mexico",
                                             "york",      "carolina", "dakota",
                                             "virginia",  "island",   NULL };

/* Word t is written in capitals (two letters at least, ASCII). */
static int all_caps(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || c->tok[t].len < 2)
        return 0;
    const char *x = c->text + c->tok[t].off;
    for (uint32_t i = 0; i < c->tok[t].len; i++)
        if (x[i] < 'A' || x[i] > 'Z')
            return 0;
    return 1;
}

/* Word t ends in -ly ("Shortly", "Finally"). */
int ly_word(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return is_word(c, t) && w->len > 4 &&
           memcmp(c->text + w->off + w->len - 2, "ly", 2) == 0;
}

/* Word t, capitalised, is a participle in -ing or -ed followed by a
 * preposition or a determiner ("Continuing to", "Reached by"; not
 * "Boeing did"): no name. */
static int front_verb_form(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    if (!is_word(c, t) || !cap_word(c, t) || w->len <= 5 ||
        !(memcmp(e - 3, "ing", 3) == 0 || memcmp(e - 2, "ed", 2) == 0) ||
        t + 1 >= c->n_tok || !is_word(c, t + 1))
        return 0;
    if (key_in(c, t + 1, NAME_PREP) || key_in(c, t + 1, DETERMINERS))
        return 1;
    /* ("Facing mounting criticism from ..., Mr. Trump released": a
     * lower-case word after it and, after the phrase's comma, a name or a
     * pronoun; not "Boeing said", "Boeing, the plane maker, said") */
    if (cap_word(c, t + 1))
        return 0;
    uint32_t s = sent_of(c, t);
    for (uint32_t u = t + 2; u < t + 24 && u + 1 <= c->sent_last[s]; u++) {
        if (is_word(c, u))
            continue;
        if (!is_comma(cp(c, u)))
            return 0;
        return is_word(c, u + 1) &&
               (cap_word(c, u + 1) || key_in(c, u + 1, PRONOUNS));
    }
    return 0;
}

/* Number words that open a subject like a determiner (DETERMINERS has
 * "two" to "five"). */
static const char *const COUNT_WORDS[] = { "six",      "seven",     "eight",
                                           "nine",     "ten",       "dozens",
                                           "hundreds", "thousands", NULL };
static const char *const OF_WORD[] = { "of", NULL };
static const char *const LAST_NEXT[] = { "last", "next", "that", NULL };

int clause_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    const fsc__attribs *o = c->out;
    for (size_t j = o->n; j-- > 0 && o->n - j <= 8;) {
        const fsc__attribution *y = &o->v[j];
        if (y->cue_first_tok > y->cue_last_tok || y->cue_first_tok >= q->first)
            continue;
        if (sent_of(c, y->cue_first_tok) != s)
            break;
        if (y->nested || y->src_first_tok > y->src_last_tok ||
            sent_of(c, y->src_first_tok) != s ||
            y->source_kind == FSC__SRC_UNRESOLVED)
            continue;
        same_source(y, r, FSC__CONF_PARTICIPLE, "participle_clause");
        return 1;
    }
    uint32_t t = c->sent_first[s], hi = q->first;
    if (t >= hi)
        return 0;
    while (t < hi && !is_word(c, t))
        t++;
    /* "MYRTLE BEACH, S.C. - Sen. Ted Cruz continued ...": a dateline in
     * capitals and its dash */
    if (t < hi && all_caps(c, t)) {
        for (uint32_t u = t + 1; u < hi && u < t + 10; u++)
            if (!is_word(c, u) && is_dash(cp(c, u))) {
                t = u + 1;
                while (t < hi && !is_word(c, t))
                    t++;
                break;
            }
    }
    /* "And even Obama tried ..., noting": a conjunction or a focus word
     * opens the clause, no introductory phrase with a comma */
    for (int n = 0;
         n < 2 && t < hi && is_word(c, t) && key_is(c, t, CONJ_START); n++) {
        t++;
        while (t < hi && !is_word(c, t))
            t++;
    }
    /* (and an adverb in -ly before a preposition or a comma: "Shortly
     * after the announcement, X issued a statement, saying") */
    /* (and a participle opening the sentence, "Continuing to explain
     * his view, Carson ...", "Reached by phone, Joyce ...") */
    /* "On Sunday morning Mr. Trump made ..., writing": a preposition and
     * a time with no comma after them, then the subject */
    if (t + 2 < hi && is_word(c, t) && key_is(c, t, INTRO) &&
        key_in(c, t + 1, TIME_WORDS)) {
        uint32_t u = t + 1;
        while (u < hi && u < t + 4 && is_word(c, u) && key_in(c, u, TIME_WORDS))
            u++;
        if (u < hi && is_word(c, u) && cap_word(c, u) &&
            (c->cand_at[u] >= 0 || name_word(c, u) || key_in(c, u, TITLES) ||
             key_is(c, u, TITLE_M) || key_is(c, u, TITLE_F)))
            t = u;
    }
    if (t < hi && (key_is(c, t, INTRO) || front_verb_form(c, t) ||
                   (ly_word(c, t) && t + 1 < hi &&
                    ((is_word(c, t + 1) && key_is(c, t + 1, INTRO)) ||
                     (!is_word(c, t + 1) && is_comma(cp(c, t + 1))))))) {
        while (t < hi && !(!is_word(c, t) && is_comma(cp(c, t))))
            t++;
        t++;
        /* (a second phrase of time or place between commas: "Shortly
         * thereafter, at 6:30 pm, the city issued a statement") */
        if (t < hi && is_word(c, t) && key_is(c, t, INTRO) &&
            !key_is(c, t, CONJ_START)) {
            uint32_t u = t;
            while (u < hi && u < t + 8 &&
                   !(!is_word(c, u) && is_comma(cp(c, u))))
                u++;
            if (u < hi && u < t + 8)
                t = u + 1;
        }
        /* "Speaking at a rally in Salem, New Hampshire, Trump went after
         * Bush": the state of a town named in the phrase, between commas
         * (one or two words) */
        uint32_t u = t;
        if (u < hi && key_is(c, u, US_STATES))
            u++;
        else if (u + 1 < hi && is_word(c, u + 1) &&
                 key_is(c, u + 1, US_STATES_2ND) && cap_word(c, u) &&
                 key_is(c, u, US_STATES_1ST))
            u += 2;
        if (u > t && u + 1 < hi && !is_word(c, u) && is_comma(cp(c, u)) &&
            is_word(c, u + 1) && t > 1 && !is_word(c, t - 1) &&
            is_word(c, t - 2) && cap_word(c, t - 2))
            t = u + 1;
    }
    /* "This week, two groups rolled out ..., criticizing": a time with
     * its determiner and a comma */
    if (t + 3 < hi && is_word(c, t) &&
        (key_in(c, t, DETERMINERS) || key_is(c, t, LAST_NEXT)) &&
        key_in(c, t + 1, TIME_WORDS) && !is_word(c, t + 2) &&
        is_comma(cp(c, t + 2)))
        t += 3;
    if (t >= hi || !is_word(c, t))
        return 0;
    int pron;
    uint8_t g = pronoun_gender(c, t, &pron);
    if (pron) {
        if (key_is(c, t, PRON_N) && !key_is(c, t, PRON_P))
            return 0; /* "it", "I", "you": no source of a report here */
        set_pronoun(c, r, t, g, s, "participle_clause");
        r->conf = FSC__CONF_PARTICIPLE;
        return 1;
    }
    /* "The conservative publication has been outspoken ..., arguing",
     * "His chief aide doubled down ..., saying": a determiner and up to
     * four words, up to an auxiliary or a past-tense verb */
    /* (and a number after a preposition of quantity, "Over 100
     * Republican security experts signed a letter, urging": up to six
     * words) */
    int qty = c->lang == LANG_EN && t + 1 < hi && key_in(c, t, NAME_PREP) &&
              c->tok[t + 1].kind == FSC__TOK_NUMBER;
    /* (a number word: "Two objectors had challenged", "two liberal
     * groups rolled out") */
    int count = c->lang == LANG_EN && key_is(c, t, COUNT_WORDS);
    if (c->lang == LANG_EN && (key_in(c, t, DETERMINERS) || qty || count) &&
        !cap_word(c, t + 1)) {
        uint32_t u = t + 1, last = UINT32_MAX;
        int of = 0, max = qty ? 6 : 4;
        for (int n = 0; n < max && u < hi && is_word(c, u); n++, u++) {
            if (key_is(c, u, SUBJ_SKIP) ||
                (n > 0 && (ed_form(c, u) || key_in(c, u, IRREGULAR_PAST))))
                break;
            /* "the families of the company's founders": one "of" and its
             * determiner inside the phrase */
            if (!of && (n > 0 || count) && key_is(c, u, OF_WORD) &&
                u + 2 < hi && is_word(c, u + 1) &&
                (key_in(c, u + 1, DETERMINERS) || cap_word(c, u + 1) ||
                 (count && n == 0))) {
                of = 1;
                max += 4;
                continue;
            }
            if (key_is(c, u, NP_STOP) || key_in(c, u, NAME_PREP) ||
                c->cue_at[u] >= 0 || key_is(c, u, RELATIVES))
                return 0;
            last = u;
        }
        /* "Two objectors, Lawrence Joyce and William Graham, had
         * challenged": an apposition of names between commas */
        if (last != UINT32_MAX && u < hi && !is_word(c, u) &&
            is_comma(cp(c, u))) {
            uint32_t v = u + 1;
            while (v < hi && v < u + 12 &&
                   (is_word(c, v) ? (cap_word(c, v) || key_is(c, v, AND_WORDS))
                                  : name_link(c, v)))
                v++;
            if (v > u + 1 && v + 1 < hi && !is_word(c, v) &&
                is_comma(cp(c, v)) && is_word(c, v + 1) && !cap_word(c, v + 1))
                u = v + 1;
        }
        if (last != UINT32_MAX && u < hi && is_word(c, u) && u > t + 1) {
            set_np(c, r, t, last, "participle_clause");
            r->conf = FSC__CONF_PARTICIPLE;
            return 1;
        }
    }
    uint32_t a = t;
    /* (a determiner capitalised as the sentence's first word too: "The
     * Harbour Workers Union released a statement, saying") */
    for (int n = 0;
         n < 4 && a < hi && is_word(c, a) &&
         (key_is(c, a, DETERMINERS) ||
          (!cap_word(c, a) && (key_in(c, a, TITLES) || key_is(c, a, TITLE_M) ||
                               key_is(c, a, TITLE_F))));
         n++)
        a++;
    /* a person or body the actor lexicon knows: "Netanyahu shunned
     * Carter, claiming" */
    int32_t k = a < hi ? c->cand_at[a] : -1;
    if (k >= 0 && c->cands[k].first == a && c->cands[k].actor >= 0 &&
        c->cands[k].last + 1 < hi &&
        (is_word(c, c->cands[k].last + 1) ||
         is_comma(cp(c, c->cands[k].last + 1)))) {
        set_src_from_cand(c, k, r, FSC__CONF_PARTICIPLE, "participle_clause");
        return 1;
    }
    uint32_t e = a < hi ? name_fwd(c, a, hi - 1) : UINT32_MAX;
    if (e == UINT32_MAX || e + 1 >= hi)
        return 0;
    /* the name is the subject: a verb or an apposition follows, not "'s" */
    if (!is_word(c, e + 1) && !is_comma(cp(c, e + 1)))
        return 0;
    set_np(c, r, t, e, "participle_clause");
    r->conf = FSC__CONF_PARTICIPLE;
    return 1;
}

/* Possessive determiners before an English noun cue, by the gender of
 * their pronoun. */
static const char *const POSS_M[] = { "his", NULL };
static const char *const POSS_F[] = { "her", NULL };
static const char *const POSS_P[] = { "their", NULL };
/* Verbs that carry an English noun cue ("voiced support for", "launched
 * attacks on", "raised questions about"): their subject holds it. */
static const char *const LIGHT_VERBS[] = {
    "voiced",   "voice",     "voices",     "voicing",    "expressed",
    "express",  "expresses", "expressing", "offered",    "offer",
    "offers",   "offering",  "gave",       "give",       "gives",
    "giving",   "threw",     "throw",      "throws",     "lent",
    "lend",     "lends",     "pledged",    "renewed",    "renew",
    "renews",   "stepped",   "launched",   "launch",     "launches",
    "made",     "make",      "makes",      "raised",     "raise",
    "raises",   "raising",   "repeated",   "reiterated", "shared",
    "signaled", "signalled", "showed",     "show",       "shows",
    "has",      "have",      "had",        NULL
};

/*
 * An English noun cue ("her support for", "Trump's attacks on", "voiced
 * support for", "concerns about"): its holder is the possessor right
 * before it (a possessive pronoun, resolved like one, or a name with 's),
 * or the subject of a verb that carries it; otherwise none is written
 * ("support for the plan is growing").
 */
/* The subject of the verb at token v that carries noun cue q ("voiced
 * strong support for", "shared their concerns about"), found as if v were
 * the cue. */
static void verb_subject(const ctx *c, const icue *q, uint32_t v, srcres *r,
                         uint32_t s, uint8_t vg)
{
    icue w = *q;
    w.first = w.last = v;
    w.form = FSC__FORM_VERB;
    resolve_cue_rules(c, &w, r, s, vg);
}

void en_noun_holder(const ctx *c, const icue *q, srcres *r, uint32_t s,
                    uint8_t vg)
{
    uint32_t lo = c->sent_first[s];
    uint32_t t = q->first;
    /* over up to two adjectives: "his strong support", "her long-held
     * doubts" */
    for (int n = 0; n < 3 && t > lo; n++) {
        uint32_t p = t - 1;
        if (!is_word(c, p) && name_link(c, p) && p > lo) {
            t = p;
            continue;
        }
        if (!is_word(c, p))
            break;
        int pron;
        (void)pronoun_gender(c, p, &pron);
        if (key_is(c, p, POSS_M) || key_is(c, p, POSS_F) ||
            key_is(c, p, POSS_P)) {
            uint8_t g = key_is(c, p, POSS_M)   ? FSC__G_MASC
                        : key_is(c, p, POSS_F) ? FSC__G_FEM
                                               : FSC__G_PLURAL;
            /* "Donald Trump is doubling down on his support for": the
             * name that opens its sentence, before any earlier speaker */
            int words = 0;
            for (uint32_t u = lo; u < p && words < 6; u++) {
                int32_t k = c->cand_at[u];
                if (k >= 0 && !c->cands[k].generic &&
                    c->cands[k].kind != FSC__SRC_ANONYMOUS &&
                    c->cands[k].last < p && g != FSC__G_PLURAL) {
                    set_src_from_cand(c, k, r, FSC__CONF_PRONOUN, "possessive");
                    r->res_first = r->first;
                    r->res_last = r->last;
                    r->first = r->last = p;
                    r->form = FSC__SF_PRONOUN;
                    r->gender = g;
                    return;
                }
                words += is_word(c, u);
            }
            /* "she escalated her attacks on", "Some of those surveyed
             * shared their concerns about": the subject of the verb that
             * governs the phrase is the holder the pronoun stands for */
            if (p > lo + 1 && is_word(c, p - 1) && !cap_word(c, p - 1) &&
                !key_in(c, p - 1, NAME_PREP) && !key_is(c, p - 1, NP_STOP) &&
                !key_in(c, p - 1, DETERMINERS) && c->cue_at[p - 1] < 0) {
                srcres sub;
                src_fresh(&sub);
                verb_subject(c, q, p - 1, &sub, s, vg);
                if (sub.kind != FSC__SRC_UNRESOLVED && sub.first <= sub.last &&
                    sub.last < p - 1 && sent_of(c, sub.first) == s) {
                    *r = sub;
                    r->rule = "possessive_subject";
                    return;
                }
            }
            set_pronoun(c, r, p, g, s, "possessive");
            return;
        }
        const fsc__token *w = &c->tok[p];
        const char *e = c->text + w->off + w->len;
        /* "Trump's", "the party’s": the possessor's phrase */
        if (w->len > 2 && e[-1] == 's' &&
            (e[-2] == '\'' ||
             (w->len > 4 && memcmp(e - 4, "\xe2\x80\x99", 3) == 0))) {
            uint32_t a = np_back(c, p, lo, 6);
            /* "Joe Biden's": the name the possessor ends, not the words
             * before it ("to mention Biden's") */
            if (cap_word(c, p)) {
                uint32_t f = p > lo ? name_back(c, p - 1, lo) : UINT32_MAX;
                a = f != UINT32_MAX ? f : p;
            }
            set_np(c, r, a != UINT32_MAX ? a : p, p, "possessive");
            return;
        }
        if (key_is(c, p, LIGHT_VERBS)) {
            verb_subject(c, q, p, r, s, vg);
            return;
        }
        if (cap_word(c, p) || key_in(c, p, DETERMINERS) || pron ||
            key_in(c, p, PRONOUNS))
            break;
        t = p;
    }
    set_unresolved(r, "noun_unresolved");
}

/* Words that may open a sentence before its participle ("While saying
 * ...", "After criticizing ..."). */
static const char *const THE_ONLY[] = { "the", NULL };
static const char *const FRONT_SUBORD[] = { "while", "after", "before", "when",
                                            "by",    "in",    "since",  NULL };

/* The subject of a sentence-opening participle is written after what it
 * reports: no source span here, the speaker only in resolved_to. 1. */
static int written_after(srcres *r)
{
    r->first = 1;
    r->last = 0;
    r->form = FSC__SF_DROPPED;
    return 1;
}

/*
 * English: a participle opening its sentence ("Emphasizing the urgency,
 * Trump said", "While saying that he respects her, he continued to") has
 * the subject of the main clause after its comma: a name or a pronoun.
 */
int front_participle(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t f = c->sent_first[s];
    while (f < q->first && !is_word(c, f))
        f++;
    if (f != q->first && !(f + 1 == q->first && key_is(c, f, FRONT_SUBORD)))
        return 0;
    uint32_t hi = c->sent_last[s], t = q->last + 1;
    for (uint32_t n = 0; t <= hi && n < 40; t++, n++)
        if (!is_word(c, t) && c->inquote[t] < 0 && c->qmark[t] < 0 &&
            is_comma(cp(c, t)))
            break;
    if (t >= hi || !is_word(c, t + 1))
        return 0;
    int pron;
    uint8_t g = pronoun_gender(c, t + 1, &pron);
    if (pron && key_in(c, t + 1, PRONOUNS) && !key_is(c, t + 1, PRON_N)) {
        set_pronoun(c, r, t + 1, g, s, "participle_front");
        if (r->res_first > r->res_last) {
            r->res_first = r->first;
            r->res_last = r->last;
        }
        return written_after(r);
    }
    if (!name_word(c, t + 1) &&
        !(t + 2 <= hi && key_is(c, t + 1, THE_ONLY) && name_word(c, t + 2)))
        return 0;
    uint32_t a = t + 1;
    uint32_t e = name_then_verb(c, key_is(c, a, THE_ONLY) ? a + 1 : a,
                                a + 8 < hi ? a + 8 : hi);
    if (e == UINT32_MAX || e + 1 > hi)
        return 0;
    set_name_src(c, r, a, e, FSC__CONF_SUBJECT, "participle_front");
    r->res_first = r->first;
    r->res_last = r->last;
    return written_after(r);
}

/* Words that end the agent of an English passive cue: the charge, the
 * topic or the clause the cue takes ("by two aides of", "by the board
 * that"). */
static const char *const AGENT_END[] = { "for",   "of", "that",    "to",
                                         "about", "if", "whether", NULL };
static const char *const BY_ONLY[] = { "by", NULL };
/* Words before "of" inside an agent ("two of her aides", "some of his
 * rivals"). */
static const char *const PART_OF[] = {
    "one",     "two",      "three",   "four",   "five",     "some",
    "many",    "most",     "several", "few",    "all",      "both",
    "each",    "none",     "any",     "dozens", "hundreds", "members",
    "percent", "majority", "half",    "third",  NULL
};
static const char *const OF_ONLY[] = { "of", NULL };

/*
 * English: the agent of a passive cue is its source ("was criticized by
 * local farmers for closing the pier", "is accused by two aides of"): the
 * phrase after "by", of at most eight words, up to the charge or topic
 * word, a punctuation mark or another cue. 1 when found.
 */
int en_passive_agent(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s], hi = c->sent_last[s], n = q->last + 1;
    if (c->lang != LANG_EN || q->first <= lo || n + 1 > hi ||
        !is_word(c, q->first - 1) || !key_is(c, q->first - 1, PASSIVE_AUX) ||
        ing_form(c, q->first) || !is_word(c, n) || !key_is(c, n, BY_ONLY)) {
        /* ("was first reported by", "has been widely praised by") */
        uint32_t pe = en_passive_by(c, q);
        if (pe == UINT32_MAX)
            return 0;
        set_np(c, r, n + 1, pe, "passive_by");
        return 1;
    }
    uint32_t e = UINT32_MAX;
    for (uint32_t t = n + 1, w = 0; t <= hi && w < 8; t++, w++) {
        if (!is_word(c, t) && !name_link(c, t))
            break;
        if (is_word(c, t) && key_is(c, t, OF_ONLY) && e != UINT32_MAX &&
            (key_is(c, e, PART_OF) || c->tok[e].kind == FSC__TOK_NUMBER)) {
            e = t; /* "two of her aides" */
            continue;
        }
        if (is_word(c, t) && (key_is(c, t, AGENT_END) || c->cue_at[t] >= 0))
            break;
        e = t;
    }
    if (e == UINT32_MAX || e + 1 > hi || is_word(c, e + 1) == 0 ||
        !key_is(c, e + 1, AGENT_END)) {
        /* "The plan was condemned by the opposition.": no charge, the
         * subject is what the agent spoke of */
        uint32_t pe = en_passive_by(c, q);
        if (pe == UINT32_MAX)
            return 0;
        set_np(c, r, n + 1, pe, "passive_by");
        return 1;
    }
    while (e > n && !is_word(c, e))
        e--;
    if (e <= n)
        return 0;
    set_np(c, r, n + 1, e, "passive_agent");
    return 1;
}

/* Verbs of speech and stance whose passive with an agent reports what the
 * agent said of the subject ("was condemned by", "was first reported
 * by"; folded lemmas as the lexicon writes them). */
static const char *const BY_LEMMAS[] = {
    "criticise", "condemn",  "praise",   "denounce", "endorse",   "report",
    "describe",  "deny",     "dismiss",  "reject",   "question",  "dispute",
    "echo",      "confirm",  "announce", "welcome",  "blame",     "attack",
    "slam",      "decry",    "hail",     "applaud",  "challenge", "cite",
    "quote",     "disclose", "reveal",   "lambast",  "rebuke",    "deplore",
    NULL
};
/* Words that end the agent of such a passive ("by the opposition on
 * Tuesday", "by Politico last week", "by voters in Ohio"). */
static const char *const BY_AGENT_STOP[] = {
    "on",      "in",      "at",    "during", "after", "before", "as",
    "for",     "over",    "while", "when",   "since", "last",   "this",
    "earlier", "because", "but",   "who",    "which", "that",   "with",
    "amid",    "to",      "from",  "via",    NULL
};

/* "by now", "by Monday", "by 2030", "by email", "by telephone", "by
 * far": word t after "by" names a time or a means, no agent. */
int en_by_means(const ctx *c, uint32_t t)
{
    static const char *const NOT_AGENT[] = { "now",
                                             "then",
                                             "far",
                                             "default",
                                             "mistake",
                                             "accident",
                                             "chance",
                                             "phone",
                                             "telephone",
                                             "email",
                                             "e-mail",
                                             "mail",
                                             "hand",
                                             "law",
                                             "tomorrow",
                                             "today",
                                             "tonight",
                                             "yesterday",
                                             "midnight",
                                             "noon",
                                             "january",
                                             "february",
                                             "march",
                                             "april",
                                             "june",
                                             "july",
                                             "august",
                                             "september",
                                             "october",
                                             "november",
                                             "december",
                                             "monday",
                                             "tuesday",
                                             "wednesday",
                                             "thursday",
                                             "friday",
                                             "saturday",
                                             "sunday",
                                             "next",
                                             "video",
                                             "videolink",
                                             "satellite",
                                             "text",
                                             "letter",
                                             "fax",
                                             "radio",
                                             "skype",
                                             "zoom",
                                             "teleconference",
                                             NULL };
    return t < c->n_tok &&
           (key_is(c, t, NOT_AGENT) || c->tok[t].kind == FSC__TOK_NUMBER);
}

/*
 * English: the end of the agent of passive cue q with no charge, question
 * or clause after it ("The move was condemned by the opposition.",
 * "was first reported by the New York Times on Tuesday"): the noun phrase
 * after "by" of at most eight words, to a mark or a word of
 * BY_AGENT_STOP; UINT32_MAX when q is no such passive (its lemma in
 * BY_LEMMAS, "be" right before it).
 */
uint32_t en_passive_by(const ctx *c, const icue *q)
{
    static const char *const BY_ADV[] = { "first", "also",    "later",
                                          "since", "already", NULL };
    if (c->lang != LANG_EN || q->first < 2 || ing_form(c, q->first))
        return UINT32_MAX;
    uint32_t v = q->first - 1; /* "was first reported", "was hotly ..." */
    if (is_word(c, v) && (key_is(c, v, BY_ADV) || ly_word(c, v)))
        v--;
    if (!is_word(c, v) || !key_is(c, v, PASSIVE_AUX))
        return UINT32_MAX;
    int ok = 0;
    for (size_t i = 0; BY_LEMMAS[i] && !ok; i++)
        ok = lemma_is(c, q, BY_LEMMAS[i]);
    uint32_t s = sent_of(c, q->first), hi = c->sent_last[s], n = q->last + 1;
    if (!ok || n + 1 > hi || !is_word(c, n) || !key_is(c, n, BY_ONLY))
        return UINT32_MAX;
    uint32_t e = UINT32_MAX, w = 0, t = n + 1;
    for (; t <= hi && w < 9; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue; /* "Mr.", "Washington-based" */
            break;
        }
        if (key_is(c, t, OF_ONLY) && e != UINT32_MAX &&
            (key_is(c, e, PART_OF) || c->tok[e].kind == FSC__TOK_NUMBER)) {
            e = t; /* "64 percent of voters" */
            continue;
        }
        if (key_is(c, t, BY_AGENT_STOP) || c->cue_at[t] >= 0 ||
            is_compl(c, t) || key_is(c, t, AGENT_END))
            break;
        e = t;
        w++;
    }
    if (e == UINT32_MAX || w > 8)
        return UINT32_MAX;
    if (en_by_means(c, n + 1))
        return UINT32_MAX;
    return e;
}

/* Number words of a share ("one in three", "six in 10"). */
static const char *const SHARE_NUM[] = { "one",  "two", "three", "four",
                                         "five", "six", "seven", "eight",
                                         "nine", "ten", NULL };
/* Nouns of a share before "of" ("half of voters", "a majority of"). */
static const char *const SHARE_NOUN[] = { "half",       "third",     "thirds",
                                          "quarter",    "quarters",  "majority",
                                          "majorities", "plurality", "minority",
                                          "fifth",      "fifths",    "percent",
                                          "two-thirds", NULL };
/* Words before a share ("nearly half", "about one in three", "a
 * third"). */
static const char *const SHARE_BEFORE[] = { "about",   "nearly", "almost",
                                            "roughly", "just",   "only",
                                            "a",       "the",    "over",
                                            "some",    NULL };
static const char *const IN_ONLY[] = { "in", NULL };

static const char *const OUT_ONLY[] = { "out", NULL };
static int share_num(const ctx *c, uint32_t t)
{
    return is_word(c, t) &&
           (key_is(c, t, SHARE_NUM) || c->tok[t].kind == FSC__TOK_NUMBER);
}

/*
 * English: a share of people as the subject right before the cue ("One in
 * three said", "Nearly three in four say", "about half of Democratic
 * primary voters said"): from the share, at most ten words back in the
 * clause, to the word before the cue. 1 when found.
 */
int en_share_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_EN || q->first <= lo)
        return 0;
    uint32_t e = q->first - 1;
    while (e > lo && is_word(c, e) && key_is(c, e, SUBJ_SKIP))
        e--;
    if (!is_word(c, e))
        return 0;
    uint32_t a = UINT32_MAX;
    for (uint32_t t = e + 1, w = 0; t-- > lo && w < 10; w++) {
        if (!is_word(c, t) && !(c->tok[t].kind == FSC__TOK_NUMBER) &&
            !name_link(c, t))
            break;
        if (c->cue_at[t] >= 0 || is_compl(c, t))
            break;
        if (t + 2 <= e && share_num(c, t) && key_is(c, t + 1, IN_ONLY) &&
            share_num(c, t + 2))
            a = t; /* "one in three" */
        else if (t + 3 <= e && share_num(c, t) && key_is(c, t + 1, OUT_ONLY) &&
                 key_is(c, t + 2, OF_ONLY) && share_num(c, t + 3))
            a = t; /* "four out of 10 voters" */
        else if (t + 1 <= e && key_is(c, t, SHARE_NOUN) && is_word(c, t + 1) &&
                 key_is(c, t + 1, OF_ONLY) && t + 1 < e)
            a = t; /* "half of voters" */
    }
    if (a == UINT32_MAX)
        return 0;
    for (int n = 0;
         n < 2 && a > lo && is_word(c, a - 1) && key_is(c, a - 1, SHARE_BEFORE);
         n++)
        a--;
    set_np(c, r, a, e, "share_subject");
    if (r->form == FSC__SF_NAMED)
        r->form = FSC__SF_NOMINAL; /* a group, even of "Democratic voters" */
    return 1;
}

/* Nouns of a body of people or a person that no suffix tells ("the
 * company plans to", "a group of rabbis is planning to", "the man sought
 * to"), folded. */
static const char *const BODY_NOUNS[] = {
    "company", "companies", "firm", "firms", "government", "governments",
    "administration", "campaign", "party", "parties", "team", "teams",
    "council", "board", "union", "unions", "court", "department", "office",
    "commission", "parliament", "congress", "senate", "legislature",
    "coalition", "alliance", "bank", "banks", "university", "group", "groups",
    "organization", "organizations", "organisation", "organisations",
    "committee", "agency", "newspaper", "family", "families", "people", "man",
    "men", "woman", "women", "children", "staff", "judge", "judges", "expert",
    "experts", "ally", "allies", "rival", "rivals", "opponent", "opponents",
    "proponent", "proponents", "advocate", "advocates", "citizen", "citizens",
    "student", "students", "parent", "parents", "colleague", "colleagues",
    "delegate", "delegates", "candidate", "candidates", "executive",
    "executives", "regime", "military", "army", "police", "public",
    "opposition", "majority", "minority", "everyone", "anyone", "nobody",
    "host",
    /* bodies with the endings of acts or states ("the authority", "the
     * association", "the movement") */
    "authority", "authorities", "community", "communities", "charity",
    "charities", "association", "associations", "federation", "corporation",
    "foundation", "institution", "institutions", "delegation", "nation",
    "nations", "movement", "management", "conference", "ministry", NULL
};

/* Suffixes of nouns of persons: "researchers", "supporters", "senator",
 * "activists", "politicians" (folded). */
static const char *const PERSON_SUFFIXES[] = { "er",  "ers",  "or",
                                               "ors", "ist",  "ists",
                                               "ian", "ians", NULL };

/* Suffixes of nouns of acts, events, states and things made ("the
 * legislation", "the agreement", "the measure", "the referendum", "the
 * ruling"), folded. */
static const char *const THING_SUFFIXES[] = {
    "tion", "tions", "sion",  "sions", "ment", "ments", "ure",
    "ures", "ity",   "ities", "ness",  "ism",  "ance",  "ances",
    "ence", "ences", "ing",   "ings",  "dum",  "dums",  NULL
};

/* Token t is a word inside its sentence, not its first. */
static int inner_word(const ctx *c, uint32_t t)
{
    uint32_t u = c->sent_first[sent_of(c, t)];
    while (u < t && !is_word(c, u))
        u++;
    return u < t;
}

static int common_opening(const ctx *c, uint32_t t);

int en_common_opening(const ctx *c, uint32_t t)
{
    if (!c->ecom_memo || t >= c->n_tok)
        return common_opening(c, t);
    /* (the answer depends on the article's words only: once per token) */
    if (!c->ecom_memo[t])
        c->ecom_memo[t] = (uint8_t)(common_opening(c, t) + 1);
    return c->ecom_memo[t] - 1;
}

static int common_opening(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_EN || !is_word(c, t) || !cap_word(c, t) ||
        inner_word(c, t) || all_caps(c, t))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    /* (not "He's", "They’re": a pronoun with its verb) */
    if (n < 4 || n + 1 >= KEY_CAP || strchr(k, '\'') ||
        strstr(k, "\xe2\x80\x99"))
        return 0;
    /* the same word elsewhere: lower case, or a name inside a sentence */
    int lower = 0;
    const fsc__token *w = &c->tok[t];
    for (uint32_t u = 0; u < c->n_tok; u++) {
        const fsc__token *v = &c->tok[u];
        if (u == t || v->len != w->len || !is_word(c, u))
            continue;
        char ku[KEY_CAP];
        fold_tok(c, u, ku);
        if (strcmp(ku, k) != 0)
            continue;
        if (!cap_word(c, u))
            lower = 1;
        else if (inner_word(c, u))
            return 0; /* "Sanders said" after "met Sanders" */
    }
    if (lower || key_is(c, t, BODY_NOUNS))
        return 1;
    /* a plural of a noun of a person: "nurses", "workers", "teachers" */
    if (!en_plural_key(k))
        return 0;
    k[n - 1] = '\0';
    if (en_person_key(k))
        return 1;
    return n > 6 && ends_in(c, t, PERSON_SUFFIXES) &&
           !ends_in(c, t, THING_SUFFIXES) &&
           (strcmp(k + n - 3, "er") == 0 || strcmp(k + n - 3, "or") == 0 ||
            strcmp(k + n - 4, "ist") == 0);
}

/* Pronouns that name a person ("he", "she", "we", "who"): no resolution
 * needed for an agent. */
static const char *const PERSON_PRONOUNS[] = { "he",  "she", "i", "we",
                                               "you", "who", NULL };

/* Word t names a person or a body: an actor, an anonymous or a generic
 * source, a capitalised word not first in its sentence, a title, or a
 * noun of a person or a body. */
static int agent_word(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (c->cand_at[t] >= 0 ||
        (cap_word(c, t) && t != c->sent_first[sent_of(c, t)] &&
         !key_is(c, t, PRON_N)))
        return 1;
    if (key_in(c, t, SPEAKER_NOUNS) || key_in(c, t, TITLES) ||
        key_is(c, t, BODY_NOUNS) || generic_type(c, t))
        return 1;
    return c->tok[t].len > 4 && ends_in(c, t, PERSON_SUFFIXES) &&
           !ends_in(c, t, THING_SUFFIXES);
}

/* The noun phrase [a, b]: 1 when its head (its last word before "of",
 * "for", ...) or a word after that preposition names a person or a body
 * ("the party", "a number of senators"); 0 when the head is a noun of an
 * act or a thing ("the agreement"); -1 when the words do not tell ("the
 * rabbis", and "a Marquette University poll": a name before the head
 * only qualifies it). */
static int agent_span(const ctx *c, uint32_t a, uint32_t b)
{
    if (a > b || b >= c->n_tok || b - a > 16)
        return -1;
    uint32_t head = UINT32_MAX, t = a;
    for (; t <= b && is_word(c, t) && !key_in(c, t, NP_INNER); t++)
        head = t;
    if (head == UINT32_MAX)
        return -1;
    if (agent_word(c, head))
        return 1;
    for (; t <= b; t++)
        if (agent_word(c, t))
            return 1;
    return c->tok[head].len > 4 && !cap_word(c, head) &&
                   ends_in(c, head, THING_SUFFIXES)
               ? 0
               : -1;
}

int en_agent_subject(const ctx *c, const icue *q, const srcres *r)
{
    /* "a referendum seeking to", "events popped up seeking to": a
     * participle right after a word that is no auxiliary or adverb hangs
     * on the noun phrase before it; that phrase is its subject */
    if (q->form == FSC__FORM_PARTICIPLE && q->first > 0 &&
        q->first - 1 > c->sent_first[sent_of(c, q->first)] &&
        is_word(c, q->first - 1) && !key_is(c, q->first - 1, SUBJ_SKIP) &&
        !ly_word(c, q->first - 1) && !agent_word(c, q->first - 1) &&
        !key_is(c, q->first - 1, DETERMINERS))
        return 0; /* (not "one seeking to", "others seeking to") */
    switch (r->kind) {
    case FSC__SRC_ACTOR:
    case FSC__SRC_ANONYMOUS:
        return 1;
    case FSC__SRC_UNRESOLVED:
        if (r->first > r->last) /* no subject found: it may be anyone's */
            return 1;
        break;
    default:
        break;
    }
    /* a name the name rules know ("Harris sought", "Thailand planned
     * to") */
    if (r->kind == FSC__SRC_NAMED && r->first <= r->last &&
        (r->form == SF_UNSET ? np_form(c, r->first, r->last) : r->form) ==
            FSC__SF_NAMED)
        return 1;
    if (r->first > r->last) /* a dropped subject: the earlier speaker's */
        return r->res_first > r->res_last ||
               agent_span(c, r->res_first, r->res_last) != 0;
    if (r->first == r->last && key_is(c, r->first, PERSON_PRONOUNS))
        return 1;
    if (r->first == r->last &&
        (r->form == FSC__SF_PRONOUN || key_is(c, r->first, RELATIVES) ||
         key_is(c, r->first, PRONOUNS)))
        /* "it", "they", "which": what it stands for; "it" or "which"
         * is a person or a body only when that is one */
        return key_is(c, r->first, PRON_P)
                   ? agent_span(c, r->res_first, r->res_last) != 0
                   : agent_span(c, r->res_first, r->res_last) == 1;
    return agent_span(c, r->first, r->last) != 0;
}

/* Prepositions of a charge or a ground before an English participle
 * ("accused Biden of saying", "criticized him for calling"). */
static const char *const GROUND_PREP[] = { "of", "for", NULL };
/*
 * English: a participle after "of" or "for" whose object phrase stands
 * right after a verb ("Trump accused Biden of saying", "the board
 * praised Ana Duarte for agreeing", "to punish the mayor of Oakdale for
 * refusing", "accused Duarte of never answering"): that object, a name or
 * a title of a place's name, says it, not the subject of the
 * clause. Not after a preposition ("apologized to Biden for saying": the
 * subject says it) nor a noun phrase that is no object ("the words of Biden");
 * an object pronoun ("criticized him for saying") is left to the clause's
 * rules, its antecedent is no speaker of this sentence. 1 when r is set.
 */
int en_object_ground(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_EN || q->form != FSC__FORM_PARTICIPLE ||
        q->first < lo + 3)
        return 0;
    uint32_t f = q->first - 1, e, a;
    /* (an adverb or a negation between: "of previously saying", "for
     * not answering") */
    if (f > lo + 3 && (ly_word(c, f) || key_is(c, f, NEGATORS)))
        f--;
    e = f - 1;
    if (!is_word(c, f) || !key_is(c, f, GROUND_PREP) || !is_word(c, e))
        return 0;
    a = name_back(c, e, lo);
    if (a == UINT32_MAX || a <= lo)
        return 0;
    /* "the mayor of Oakdale", "the new chief of Acme": a title of up to
     * three lower-case words after a determiner */
    if (a >= lo + 3 && is_word(c, a - 1) && key_is(c, a - 1, OF_ONLY)) {
        for (uint32_t d = a - 2, n = 0; d > lo && n < 4; d--, n++) {
            if (!is_word(c, d) || cap_word(c, d) || key_in(c, d, NAME_PREP))
                break;
            if (key_is(c, d, DETERMINERS)) {
                a = d;
                break;
            }
        }
    }
    if (a <= lo)
        return 0;
    /* the word before the object is a verb: lower case, no preposition,
     * determiner, pronoun, conjunction or auxiliary */
    uint32_t v = a - 1;
    if (!is_word(c, v) || cap_word(c, v) || key_in(c, v, NAME_PREP) ||
        key_in(c, v, DETERMINERS) || key_in(c, v, PRONOUNS) ||
        key_is(c, v, COORD) || key_is(c, v, PASSIVE_AUX) ||
        key_is(c, v, RELATIVES) || is_compl(c, v))
        return 0;
    set_np(c, r, a, e, "participle_object");
    return 1;
}

/* Word t is a subject pronoun with a contracted "am", "are" or "is"
 * ("I'm", "they're", "she's"): a progressive after it ("I'm hoping") is
 * a finite verb with that subject. */
int en_contracted_be(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || !key_in(c, t, NAME_STOP))
        return 0;
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    size_t k = w->len > 2 && e[-1] == 'm'                   ? 1
               : w->len > 3 && e[-1] == 'e' && e[-2] == 'r' ? 2
               : w->len > 2 && e[-1] == 's'                 ? 1
                                                            : 0;
    if (!k || w->len < k + 2)
        return 0;
    if (e[-(long)k - 1] == '\'')
        return 1;
    return w->len >= k + 4 && memcmp(e - k - 3, "\xe2\x80\x99", 3) == 0;
}

/* Nouns that label a headline's source alone ("Poll: Sanders leads",
 * "Report: ..."; folded). */
static const char *const HEADLINE_SOURCES[] = {
    "poll",   "polls",     "report", "study",     "survey",      "sources",
    "source", "officials", "police", "aides",     "experts",     "analysis",
    "memo",   "documents", "emails", "witnesses", "prosecutors", NULL
};

/*
 * English headline label: a name of one to three words opening one of the
 * first sentences of the first paragraph (the headline), a colon right
 * after it and at least three words after the colon ("Issa: Hillary
 * Clinton's 'Honesty Is In Question'"), no quotation opening right after
 * the colon (colon_subject takes those). The name must be someone the
 * article names again (its last word, capitalised, later in the text), or
 * a noun of a source alone ("Poll:", "Report:"). The name's last token, or
 * UINT32_MAX.
 */
uint32_t en_colon_name_end(const ctx *c, uint32_t t, uint32_t hi)
{
    if (c->n_tok == 0 || c->tok[t].para != c->tok[0].para)
        return UINT32_MAX;
    uint32_t e = t;
    int source_noun = key_is(c, t, HEADLINE_SOURCES) && cap_word(c, t);
    if (!source_noun) {
        e = name_fwd(c, t, hi);
        if (e == UINT32_MAX || words_in(c, t, e) > 3)
            return UINT32_MAX;
    }
    if (e + 2 > hi || is_word(c, e + 1) || cp(c, e + 1) != ':' ||
        c->qmark[e + 2] >= 0 || words_in(c, e + 2, hi) < 3)
        return UINT32_MAX;
    if (source_noun)
        return e;
    /* named again after the headline */
    char k[KEY_CAP], kk[KEY_CAP];
    fold_tok(c, e, k);
    for (uint32_t u = hi + 1; u < c->n_tok && u < hi + 4000; u++) {
        if (!is_word(c, u) || !cap_word(c, u) || c->tok[u].len != c->tok[e].len)
            continue;
        fold_tok(c, u, kk);
        if (strcmp(k, kk) == 0)
            return e;
    }
    return UINT32_MAX;
}

/*
 * English: a quotation opened right after a colon, with no cue, in a
 * sentence that opens with a name and a verb ("Sanders said yes and took
 * the opportunity to defend the workforce: '...'"): that name speaks.
 */
int en_colon_subject(const ctx *c, uint32_t open, srcres *r)
{
    if (c->lang != LANG_EN || open == 0)
        return 0;
    uint32_t p = open - 1;
    if (is_word(c, p) || cp(c, p) != ':')
        return 0;
    uint32_t s = sent_of(c, open), f = c->sent_first[s];
    if (sent_of(c, p) != s || !name_word(c, f))
        return 0;
    /* 'Clinton: "Our goal is ..."': a name alone before the colon labels
     * the quotation, as in a transcript */
    uint32_t fa, fb;
    if (p > f && words_in(c, f, p - 1) <= 4 && name_back(c, p - 1, f) == f &&
        /* (a person named in the article, not "Update:" or "Related
         * Coverage:") */
        (c->cand_at[p - 1] >= 0 || en_fuller_name(c, p - 1, p - 1, &fa, &fb))) {
        set_name_src(c, r, f, p - 1, FSC__CONF_COLON_DASH, "quote_colon_name");
        return 1;
    }
    uint32_t e = name_then_verb(c, f, p > f + 6 ? f + 6 : p - 1);
    if (e == UINT32_MAX || e + 1 >= p)
        return 0;
    set_name_src(c, r, f, e, FSC__CONF_COLON_DASH, "quote_colon_subject");
    return 1;
}

/* Words of a name that make it a place or a time, not a person (folded):
 * "Election Day", "Rust Belt", "World War II"; the heads of a body's name
 * are en_body_name's ("Planned Parenthood" is one by its own word). */
static const char *const NOT_PERSON_WORDS[] = {
    "day",    "time",    "week",    "month",      "year",  "belt",
    "street", "avenue",  "county",  "city",       "state", "states",
    "war",    "airport", "station", "parenthood", "sachs", NULL
};

/*
 * English: the capitalised words [a, b] cannot be a person's name: a US
 * state among them ("New Hampshire", "Marist South Carolina"), a word of
 * a place or a time ("Election Day", "World War II") or the head of a
 * body's name (en_body_name: "Goldman Sachs Group", "Rutgers
 * University"), a word in capitals of three letters or more ("FULL
 * TEXT"), or a demonym with a hyphen ("African-American").
 */
int en_not_person(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t <= b && t < c->n_tok; t++) {
        if (!is_word(c, t))
            continue;
        /* (the name ends at a lower-case word: "Debbie Wasserman Schultz
         * of Florida", "Carl Lipo of Binghamton University") */
        if (!cap_word(c, t))
            break;
        if (key_is(c, t, US_STATES) || key_is(c, t, NOT_PERSON_WORDS) ||
            en_body_name(c, t, t, 0) ||
            (t < b && key_is(c, t, US_STATES_1ST) && is_word(c, t + 1) &&
             key_is(c, t + 1, US_STATES_2ND)))
            return 1;
        const fsc__token *w = &c->tok[t];
        int caps = w->len >= 3;
        for (uint32_t i = 0; i < w->len && caps; i++) {
            unsigned char ch = (unsigned char)c->text[w->off + i];
            caps = ch >= 'A' && ch <= 'Z';
        }
        if (caps)
            return 1;
        if (w->len > 9 && memchr(c->text + w->off, '-', w->len) &&
            (memcmp(c->text + w->off + w->len - 8, "American", 8) == 0 ||
             memcmp(c->text + w->off + w->len - 9, "Americans", 9) == 0))
            return 1;
    }
    return 0;
}
