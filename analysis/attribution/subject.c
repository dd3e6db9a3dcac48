/*
 * subject.c - stage 3, speakers: the subject next to a cue. The noun
 * phrase, pronoun, relative or name right before the cue in its sentence
 * (subject_before), the subject after a postposed or verb-first cue
 * (subject_after), the sentence's main subject for a participle or a verb
 * with no subject of its own (sentence_subject), and the checks they share
 * (Arabic verb agreement of a relative, words inside another record's
 * content). Called by resolve_cue in speaker.c.
 */
#include "attrib_int.h"

/* r: an anonymous source with no span of its own ("sources said" in the
 * sentence of a cue without a subject). */
void set_anonymous(srcres *r)
{
    src_fresh(r);
    r->kind = FSC__SRC_ANONYMOUS;
    r->actor = -1;
    r->first = 1;
    r->last = 0;
    r->inherited = 0;
    r->conf = FSC__CONF_ANONYMOUS;
    r->rule = "anonymous";
}

/* Sentence s has an attribution with a source of its own already. */
int speaker_in_sentence(const ctx *c, uint32_t s)
{
    const fsc__attribs *o = c->out;
    for (size_t j = o->n; j-- > 0 && o->n - j <= 64;) {
        const fsc__attribution *y = &o->v[j];
        uint32_t at = rec_at(y);
        if (at >= c->n_tok)
            continue;
        uint32_t ys = sent_of(c, at);
        if (ys < s)
            break;
        if (ys == s && !y->nested && y->source_kind != FSC__SRC_UNRESOLVED)
            return 1;
    }
    return 0;
}

/* Arabic word t opens a clause with an imperfect verb of the third person
 * masculine singular: «ويتوقع», or «يتوقع» first in its sentence or after
 * punctuation (not «وأنه كان يعتقد», whose subject is written). */
int ar_imperfect_he(const ctx *c, uint32_t t)
{
    char tmp[KEY_CAP];
    const char *k = token_key(c, t, tmp);
    int conj = (starts(k, "و") || starts(k, "ف")) && strlen(k) >= 10;
    if (conj)
        k += 2;
    if (!starts(k, "ي") || strlen(k) < 8)
        return 0;
    return conj || t == c->sent_first[sent_of(c, t)] || !is_word(c, t - 1);
}

/* The relative pronouns by the gender and number of their antecedent
 * (folded). */
static const char *const AR_REL_MASC[] = { "الذي", "والذي", NULL };
const char *const AR_REL_FEM[] = { "التي", "والتي", NULL };

/* Relative pronoun t and the cue verb after it agree (gender vg): «الذي
 * قال», «التي أكدت», «الذين أكدوا». A verb that does not («الذي نشرت
 * نتائج بحثه») has its own subject after it. */
int ar_relative_agrees(const ctx *c, uint32_t t, uint8_t vg)
{
    if (vg == FSC__G_UNKNOWN)
        return 1;
    if (key_is(c, t, AR_REL_MASC))
        return vg == FSC__G_MASC;
    if (key_is(c, t, AR_REL_FEM))
        return vg == FSC__G_FEM;
    return vg == FSC__G_PLURAL;
}

/* First actor of sentence s if it starts within its first five words. */
int32_t sentence_subject(const ctx *c, uint32_t s, uint32_t before)
{
    int words = 0;
    for (uint32_t t = c->sent_first[s]; t < before && words < 6; t++) {
        int32_t k = c->cand_at[t];
        if (k >= 0 && c->cands[k].actor >= 0)
            return k;
        words += is_word(c, t);
    }
    return -1;
}

/* ---- named sources outside the actor lexicon ------------------------------
 */

/*
 * Rule subject_before (English, Russian): the subject right before the
 * cue, after auxiliaries and adverbs ("he has also said", "Clinton on
 * Tuesday said", «представитель МИД заявил»): a personal pronoun (its
 * antecedent resolved by gender), a relative "who" (the phrase before its
 * comma), or a noun phrase. Russian also over one comma-free apposition.
 */
/* r: the source of attribution y again, with its span and resolution
 * (a coordinated verb or a participle of the same clause), carried over. */
void same_source(const fsc__attribution *y, srcres *r, double conf,
                 const char *rule)
{
    src_fresh(r);
    r->kind = y->source_kind;
    r->actor = y->actor;
    r->first = y->src_first_tok;
    r->last = y->src_last_tok;
    r->name_first = y->name_first_tok;
    r->name_last = y->name_last_tok;
    r->res_first = y->res_first_tok;
    r->res_last = y->res_last_tok;
    r->form = y->form;
    r->gender = y->gender;
    r->inherited = 1;
    r->conf = conf;
    r->rule = rule;
}

/* Prepositions inside an English subject phrase ("half of voters in
 * each state", "candidates in both parties"). */
static const char *const LEAST[] = { "least", "most", NULL };
static const char *const AT_WORD[] = { "at", NULL };
static const char *const NP_CHAIN[] = { "of",     "in",    "from", "at", "for",
                                        "across", "among", "with", NULL };

static const char *const ARTICLES[] = { "a", "an", "the", NULL };

/* English quantifiers that stand alone as a subject ("Both have
 * promised", "Many say", "Others disagreed"). */
static const char *const QUANT_SUBJ[] = { "both", "many",    "some",   "most",
                                          "few",  "several", "others", "none",
                                          "all",  "each",    NULL };

/* Quantifiers that float after a pronoun subject ("they all vowed", "we
 * both agreed"). */
static const char *const FLOAT_Q[] = { "all", "both", "each", NULL };

static const char *const TO_WORD[] = { "to", NULL };
/* "went on to say", "went so far as to say", "go ahead and" */
static const char *const GO_ON_PARTS[] = { "on", "so", "far", "as", NULL };
static const char *const GO_VERBS[] = { "went",  "go",   "goes",
                                        "going", "gone", NULL };
static const char *const EXPLETIVE[] = { "it", "there", NULL };

/* English words of a time phrase that holds no view ("Monday saw
 * ...", "This week saw", "Yesterday morning also saw", "the paper,
 * which also today reported"): heads, and the words that open them. */
static const char *const EN_TIME_HEAD[] = {
    "monday",   "tuesday",   "wednesday", "thursday", "friday",
    "saturday", "sunday",    "yesterday", "today",    "tonight",
    "week",     "month",     "year",      "morning",  "evening",
    "night",    "afternoon", "weekend",   "day",      "days",
    "weeks",    "months",    "years",     "decade",   NULL
};
static const char *const EN_WEEKDAYS[] = { "monday",   "tuesday", "wednesday",
                                           "thursday", "friday",  "saturday",
                                           "sunday",   NULL };
static const char *const EN_TIME_OPEN[] = { "this",  "last", "next",
                                            "past",  "each", "every",
                                            "early", "late", NULL };

static const char *const EN_TIME_TAIL[] = { "later", "earlier", "ago", NULL };
static const char *const EN_TIME_COUNT[] = { "a",   "an",    "few",   "several",
                                             "two", "three", "four",  "five",
                                             "six", "seven", "eight", "nine",
                                             "ten", "some",  "many",  NULL };

/* English: the time phrase ending at t (a head and the words that open
 * it), stepped back over: the word before it, or UINT32_MAX when the
 * phrase reaches lo, the sentence's first word (it is then the whole
 * subject). t itself when it is no time head. */
static uint32_t en_time_back(const ctx *c, uint32_t t, uint32_t lo)
{
    /* "Ortiz a month later announced", "two days earlier": a count, a
     * head and "later", "earlier" or "ago" */
    if (c->lang == LANG_EN && t > lo + 1 && is_word(c, t) &&
        key_is(c, t, EN_TIME_TAIL) && is_word(c, t - 1) &&
        key_is(c, t - 1, EN_TIME_HEAD) && !cap_word(c, t - 1)) {
        uint32_t u = t - 1;
        while (u > lo &&
               (c->tok[u - 1].kind == FSC__TOK_NUMBER ||
                (is_word(c, u - 1) && key_is(c, u - 1, EN_TIME_COUNT))))
            u--;
        if (u == t - 1)
            return t;
        return u == lo ? UINT32_MAX : u - 1;
    }
    if (c->lang != LANG_EN || !is_word(c, t) || !key_is(c, t, EN_TIME_HEAD))
        return t;
    /* (capitalised inside the sentence, a weekday only: "USA Today",
     * "Doris Day" are names) */
    if (cap_word(c, t) && t > lo && !key_is(c, t, EN_WEEKDAYS))
        return t;
    uint32_t u = t;
    /* (before "later", "earlier", "ago", stepped over as an adverb: "a
     * month later", "two days earlier") */
    int tail =
        t + 1 < c->n_tok && is_word(c, t + 1) && key_is(c, t + 1, EN_TIME_TAIL);
    while (u > lo && is_word(c, u - 1) &&
           (key_is(c, u - 1, EN_TIME_HEAD) || key_is(c, u - 1, EN_TIME_OPEN) ||
            c->tok[u - 1].kind == FSC__TOK_NUMBER ||
            (tail && key_is(c, u - 1, EN_TIME_COUNT))))
        u--;
    /* (and the preposition that opens it: "who for weeks had said") */
    if (u > lo && is_word(c, u - 1) && key_in(c, u - 1, NAME_PREP))
        u--;
    if (u == lo)
        return UINT32_MAX;
    /* (a time phrase after a participle is inside the subject: "The
     * report published Tuesday showed") */
    if (is_word(c, u - 1) && ed_form(c, u - 1))
        return t;
    return u - 1;
}

/* The phrase at a may open a subject: the sentence's start, after
 * punctuation, a determiner, a title, "both" or a subordinator ("Both
 * Democrats and Republicans have argued"); not after another word, a verb
 * or a preposition ("Mr. Sanders has demonized Wall Street and Mr. Trump
 * has disparaged", "candidates like Donald Trump and Bernie Sanders"). */
static const char *const BOTH[] = { "both", NULL };
static int subject_opens(const ctx *c, uint32_t a, uint32_t lo)
{
    if (a <= lo || !is_word(c, a - 1))
        return 1;
    uint32_t p = a - 1;
    return key_is(c, p, DETERMINERS) || key_in(c, p, TITLES) ||
           key_is(c, p, BOTH) || key_is(c, p, SUBORDINATORS) ||
           is_compl(c, p) || (cap_word(c, p) && !key_in(c, p, NAME_PREP));
}

/* Titles whose post follows "to": "the ambassador to France". */
static const char *const POST_TITLES[] = { "ambassador", "ambassadors", "envoy",
                                           "envoys",     "emissary",    NULL };

/* Verbs that make their object do what the infinitive after it says
 * ("forced X to admit", "led X to announce", "prompted X to accuse"): X
 * did it. Not requests ("urged X to consider", "asked X to explain",
 * "called on X to"), whose act may never happen: no source there. */
static const char *const CONTROL_VERBS[] = {
    "force",    "forced",    "forces",    "forcing",  "led",       "lead",
    "leads",    "leading",   "prompt",    "prompted", "prompts",   "prompting",
    "persuade", "persuaded", "persuades", "convince", "convinced", "convinces",
    "compel",   "compelled", "compels",   "drove",    "drive",     "drives",
    "driven",   NULL
};
static const char *const OBJ_PRON[] = { "him", "her", "them", NULL };
static const char *const OBJ_HIM[] = { "him", NULL };
static const char *const OBJ_HER[] = { "her", NULL };

/* English: "to" at t closes an object (a name, a noun phrase of up to
 * four words, "him", "her", "them") after a verb of CONTROL_VERBS: that
 * object is the source of the infinitive's cue. 1 when r is set. */
static int infinitive_object(const ctx *c, uint32_t t, uint32_t s, uint32_t lo,
                             srcres *r)
{
    uint32_t e = t - 1, a;
    if (!is_word(c, e) || c->cue_at[e] >= 0)
        return 0;
    if (key_is(c, e, OBJ_PRON)) {
        a = e;
    } else {
        a = name_back(c, e, lo);
        if (a == UINT32_MAX)
            a = np_back(c, e, lo, 4);
        if (a == UINT32_MAX || key_in(c, a, PRONOUNS))
            return 0;
        /* (a title before the name: "chairwoman Debbie Wasserman
         * Schultz", "Sen. Bernie Sanders") */
        while (a > lo + 1 && is_word(c, a - 1) && key_in(c, a - 1, TITLES) &&
               c->cue_at[a - 1] < 0)
            a--;
        /* (and the body the title is of: "DNC chairwoman") */
        for (int n = 0; n < 3 && a > lo + 1 && a < e && is_word(c, a - 1) &&
                        key_in(c, a, TITLES) && cap_word(c, a - 1) &&
                        !key_is(c, a - 1, CONTROL_VERBS);
             n++)
            a--;
        if (a > lo + 1 && is_word(c, a - 1) && key_is(c, a - 1, DETERMINERS))
            a--;
    }
    if (a <= lo + 1)
        return 0;
    /* (a gerund is no object: "for continuing to insist") */
    const fsc__token *we = &c->tok[e];
    if (a == e && we->len > 4 &&
        memcmp(c->text + we->off + we->len - 3, "ing", 3) == 0)
        return 0;
    uint32_t v = a - 1;
    if (!is_word(c, v) || !key_is(c, v, CONTROL_VERBS))
        return 0;
    if (a == e && key_is(c, e, OBJ_PRON)) {
        uint8_t g = key_is(c, e, OBJ_HIM)   ? FSC__G_MASC
                    : key_is(c, e, OBJ_HER) ? FSC__G_FEM
                                            : FSC__G_PLURAL;
        set_pronoun(c, r, e, g, s, "infinitive_object");
        /* an object pronoun is not the subject of its own clause
         * ("McConnell ... asked him to condemn"): a speaker found in this
         * sentence is not its antecedent */
        if (r->kind != FSC__SRC_UNRESOLVED && r->from_tok != UINT32_MAX &&
            r->from_tok < c->n_tok && sent_of(c, r->from_tok) == s) {
            set_unresolved(r, "pronoun_unresolved");
            r->first = r->last = e;
            r->form = FSC__SF_PRONOUN;
            r->gender = g;
            r->name_first = 1;
            r->name_last = 0;
        }
        return 1;
    }
    set_np(c, r, a, e, "infinitive_object");
    return 1;
}

/* The point at t closes an abbreviation that ends a name: "Jr.", "Sr."
 * or a dotted acronym ("F.B.I.", "U.N."), written right after it. */
static int abbrev_point(const ctx *c, uint32_t t)
{
    static const char *const JR[] = { "jr", "sr", NULL };
    const fsc__token *p = &c->tok[t - 1];
    if (!is_word(c, t - 1) || p->off + p->len != c->tok[t].off ||
        !cap_word(c, t - 1))
        return 0;
    if (key_is(c, t - 1, JR))
        return 1;
    return p->len >= 3 && memchr(c->text + p->off, '.', p->len) != NULL;
}

/* English word t, whatever its case, has the form of a plural
 * ("Partisans", "residents"; en_plural_key) and is no name the article's
 * candidates know. */
static int plural_noun(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (c->cand_at[t] >= 0)
        return 0;
    fold_tok(c, t, k);
    return en_plural_key(k);
}

/* Prepositions that join a phrase to the noun before it ("partisans on
 * both sides", "the head of the delegation to the forum"); not "than",
 * "as", "like", "into", "during". */
static const char *const PP_JOIN[] = { "of",      "to",     "for",    "on",
                                       "in",      "at",     "from",   "with",
                                       "about",   "near",   "across", "among",
                                       "against", "over",   "behind", "inside",
                                       "outside", "within", "by",     NULL };
static const char *const TO_PREP[] = { "to", NULL };

/* Prepositions of a circumstance between a subject and its verb
 * ("during", "amid"; not "after", "before", "since", which also open a
 * clause with a subject of its own). */
static const char *const ADV_PREP[] = { "during", "amid", "throughout", "via",
                                        NULL };

/* English word t, whatever its case, looks like a past form or an adverb
 * in -ly: no first word of a noun phrase ("appeared on ...", "usually
 * turns into ..."). */
static int verb_like(const ctx *c, uint32_t t)
{
    return key_in(c, t, IRREGULAR_PAST) || ly_word(c, t) || ed_form(c, t);
}

/* English: the noun phrase at a follows a preposition: walk back over
 * up to three phrases joined by prepositions (PP_JOIN) to a common noun
 * phrase that opens its clause (the sentence's start, or after a comma, a
 * quotation mark, a subordinator, a complementizer, or "and"/"but" after
 * a comma): "Partisans on both sides warn", "The mayor's letter to the
 * council notes", "The deputy head of the delegation to the forum said".
 * A name before the preposition is no such phrase. Its first token, or
 * UINT32_MAX. */
static uint32_t en_pp_subject_back(const ctx *c, uint32_t a, uint32_t lo)
{
    for (int hops = 0; hops < 3; hops++) {
        if (a <= lo + 1 || !is_word(c, a - 1) || !key_is(c, a - 1, PP_JOIN))
            return UINT32_MAX;
        /* ("to" and a verb is an infinitive: "to map out", "to make sure
         * everyone"; a phrase after "to" opens with a determiner, a name
         * or a number, or ends in a plural: "to platform committee
         * members") */
        if (key_is(c, a - 1, TO_PREP) && !key_in(c, a, DETERMINERS) &&
            !cap_word(c, a) && c->tok[a].kind != FSC__TOK_NUMBER &&
            !plural_noun(c, a))
            return UINT32_MAX;
        uint32_t e = a - 2;
        /* (capitalised only as the sentence's first word: "Partisans on
         * both sides", "Officials at the port") */
        if (!is_word(c, e) ||
            (cap_word(c, e) && !(e == lo && (plural_noun(c, e) ||
                                             key_in(c, e, SPEAKER_NOUNS)))) ||
            c->cue_at[e] >= 0 || key_in(c, e, PRONOUNS) ||
            c->tok[e].kind == FSC__TOK_NUMBER)
            return UINT32_MAX;
        uint32_t f = np_back(c, e, lo, 6);
        if (f == UINT32_MAX || key_in(c, f, NAME_PREP) ||
            (!key_in(c, f, DETERMINERS) && verb_like(c, f)))
            return UINT32_MAX;
        a = f;
        /* it opens its clause: the sentence's start, a comma, a mark, a
         * subordinator, a complementizer, or "and"/"but" after a comma */
        if (a == lo)
            return a;
        if (!is_word(c, a - 1)) {
            if (is_comma(cp(c, a - 1)) || c->qmark[a - 1] >= 0)
                return a;
            continue;
        }
        if (key_is(c, a - 1, SUBORDINATORS) || is_compl(c, a - 1) ||
            (key_in(c, a - 1, COORD) && a - 1 > lo && !is_word(c, a - 2) &&
             is_comma(cp(c, a - 2))))
            return a;
    }
    return UINT32_MAX;
}

/* Articles and possessive determiners right before a noun (folded). */
static const char *const NOUN_DET[] = { "the",  "a",     "an",    "his", "her",
                                        "its",  "their", "our",   "my",  "your",
                                        "this", "these", "those", NULL };

/* English word t in -ly after an article, a possessive determiner or a
 * possessor is a noun, no adverb between the subject and its verb
 * ("Ortiz's family said", "the assembly voted"; not "Ortiz recently
 * said", "Few actually criticise", "the most frequently discussed"). */
static int ly_noun(const ctx *c, uint32_t t)
{
    return t > 0 && is_word(c, t - 1) &&
           (key_is(c, t - 1, NOUN_DET) || en_possessive_s(c, t - 1));
}

/* English word t is an auxiliary with "not" written on it ("wouldn't",
 * "hasn’t"): no part of the subject before a negated verb that still
 * reports ("Ortiz wouldn't say whether", en_open_question). */
static int en_not_contracted(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_EN || !is_word(c, t))
        return 0;
    const fsc__token *w = &c->tok[t];
    const char *x = c->text + w->off;
    return (w->len > 3 && memcmp(x + w->len - 3, "n't", 3) == 0) ||
           (w->len > 5 && memcmp(x + w->len - 5, "n\u2019t", 5) == 0);
}

int subject_before(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (q->first <= lo)
        return 0;
    uint32_t t = q->first - 1;
    for (int n = 0; n < 4 && t > lo; n++) {
        if (key_is(c, t, PASSIVE_AUX) && !ing_form(c, q->first))
            return 0; /* "It was reported", "the plan was announced": the
                         subject of a passive is not the speaker ("she was
                         saying" is no passive) */
        /* (a quantifier after an auxiliary: "Carson and Huckabee have
         * all criticized", "were both saying") */
        if (key_is(c, t, SUBJ_SKIP) || en_not_contracted(c, t) ||
            (c->lang == LANG_EN && key_is(c, t, FLOAT_Q) && t - 1 > lo &&
             key_is(c, t - 1, SUBJ_SKIP)) ||
            (c->lang == LANG_EN && c->tok[t].len > 4 && is_word(c, t) &&
             !cap_word(c, t) &&
             memcmp(c->text + c->tok[t].off + c->tok[t].len - 2, "ly", 2) ==
                 0 &&
             !ly_noun(c, t))) {
            t--;
            continue;
        }
        if (key_is(c, t, TIME_WORDS) && t - 1 > lo &&
            key_is(c, t - 1, NP_STOP)) {
            t -= 2; /* "on Tuesday" */
            continue;
        }
        /* "The Times this week reported": over the time phrase; a time
         * phrase alone before the verb is no subject */
        uint32_t tb = en_time_back(c, t, lo);
        if (tb == UINT32_MAX)
            return 0;
        if (tb != t) {
            t = tb;
            continue;
        }
        /* "forced Sen. Bernie Sanders to acknowledge", "led the chairwoman
         * to announce": the object of a verb that makes someone act says
         * it */
        if (c->lang == LANG_EN && key_is(c, t, TO_WORD) && t > lo + 1 &&
            infinitive_object(c, t, s, lo, r))
            return 1;
        /* "Lewandowski continued to say", "companies are quick to point
         * out", "voters will be watching closely to see": the subject of
         * the verb or adjective that takes the infinitive; back over up
         * to five small words */
        if (c->lang == LANG_EN && key_is(c, t, TO_WORD) && t > lo) {
            uint32_t u = t - 1;
            int w = 0;
            /* (and the particles of "went on to say", "went so far as
             * to say") */
            while (u > lo && w < 6 && is_word(c, u) && !cap_word(c, u) &&
                   (key_is(c, u, GO_ON_PARTS) ||
                    (!key_in(c, u, PRONOUNS) && !key_is(c, u, NP_STOP) &&
                     !key_in(c, u, NAME_PREP) && !key_in(c, u, DETERMINERS) &&
                     !key_is(c, u, RELATIVES) &&
                     (c->cue_at[u] < 0 || c->cues[c->cue_at[u]].skip) &&
                     !en_plural_head(c, u)))) {
                u--;
                w++;
            }
            /* "Smith joked ..., but went on to say": the verb's subject
             * is the one before the conjunction */
            if (w > 0 && is_word(c, u) && key_is(c, u, COORD) && u + 1 < t &&
                key_is(c, u + 1, GO_VERBS)) {
                t = u;
                break;
            }
            /* (not an expletive: "it was unrealistic to think") */
            /* (nor a participle opening the sentence: "Using a crude
             * expression to describe") */
            if (w > 0 && is_word(c, u) &&
                (cap_word(c, u) || key_in(c, u, PRONOUNS) ||
                 en_plural_head(c, u)) &&
                !(u == lo && ing_form(c, u)) && !key_is(c, u, EXPLETIVE) &&
                !key_is(c, u, NP_STOP) && c->cue_at[u] < 0) {
                t = u;
                break;
            }
        }
        break;
    }
    /* "Sen. Jack Reed (D-R.I.), said": a comma after the label */
    if (c->lang == LANG_EN && !is_word(c, t) && is_comma(cp(c, t)) &&
        t > lo + 1 && !is_word(c, t - 1) && cp(c, t - 1) == ')' &&
        en_label_back(c, t - 1, lo) != UINT32_MAX)
        t--;
    /* "Joseph R. Biden Jr. said", "the F.B.I. has said": the point of an
     * abbreviation ending the name */
    if (c->lang == LANG_EN && !is_word(c, t) && cp(c, t) == '.' && t > lo &&
        abbrev_point(c, t)) {
        t--;
        /* (not a place after a preposition: "researchers from Penn State
         * (PSU) in the U.S. reported") */
        uint32_t d = t > lo && key_is(c, t - 1, ARTICLES) ? t - 1 : t;
        if (d > lo && is_word(c, d - 1) && key_in(c, d - 1, NAME_PREP))
            return 0;
    }
    /* "Sen. Bernie Sanders (I-Vt.) has criticized": over the label */
    if (c->lang == LANG_EN && !is_word(c, t) && cp(c, t) == ')') {
        uint32_t v = en_label_back(c, t, lo);
        if (v != UINT32_MAX && v >= lo && is_word(c, v))
            t = v;
    }
    if (!is_word(c, t) && is_comma(cp(c, t)) && c->lang != LANG_AR) {
        /* "The airline, which is state-owned, said": over one apposition
         * (at most 14 words) or relative clause (at most 28: "Ferre, who
         * took over as head of ... after ..., said") between commas to
         * the phrase before it */
        uint32_t u = t, w = 0, first_w = UINT32_MAX;
        while (u > lo && w <= 28) {
            u--;
            if (is_word(c, u)) {
                w++;
                first_w = u;
                continue;
            }
            if (name_link(c, u))
                continue; /* "Mr.", "T-Shirt" */
            if (en_state_point(c, u) && u - 3 > lo) {
                u -= 2; /* "a lawyer in Portland, Ore.," */
                continue;
            }
            /* (a name in guillemets: "Эксперты, опрошенные «Известиями»,
             * считают") */
            if (c->qmark[u] >= 0 && ru_name_quote(c, &c->q->v[c->qmark[u]]))
                continue;
            if (is_comma(cp(c, u)) || c->qmark[u] >= 0 || is_final(cp(c, u)))
                break;
        }
        uint32_t max_w =
            first_w != UINT32_MAX && key_is(c, first_w, RELATIVES) ? 28 : 14;
        /* "Representative Adam B. Schiff, a Democrat of California and a
         * member of the House's Permanent Select Committee on
         * Intelligence, said": a longer description of a name, opened by
         * "a", "an" or "the" */
        if (c->lang == LANG_EN && max_w == 14 && first_w != UINT32_MAX &&
            key_is(c, first_w, ARTICLES) && u > lo && is_word(c, u - 1) &&
            name_word(c, u - 1))
            max_w = 24;
        if (u <= lo || w == 0 || w > max_w || !is_comma(cp(c, u)) ||
            c->qmark[u] >= 0)
            return 0;
        uint32_t v = c->lang == LANG_EN ? en_label_back(c, u - 1, lo) : u - 1;
        if (v == UINT32_MAX || v < lo || !is_word(c, v))
            return 0;
        t = v;
        /* "Jane Doe, 27, a nurse, said": an age between commas before
         * the apposition belongs to the name before it */
        if (c->lang == LANG_EN && c->tok[t].kind == FSC__TOK_NUMBER &&
            t >= lo + 2 && is_comma(cp(c, t - 1)) && is_word(c, t - 2) &&
            c->tok[t - 2].kind != FSC__TOK_NUMBER)
            t -= 2;
        if (key_is(c, t, PRON_M) || key_is(c, t, PRON_F) ||
            key_is(c, t, PRON_P) || key_is(c, t, NP_STOP))
            return 0;
    }
    if (c->lang == LANG_EN && !is_word(c, t) && is_dash(cp(c, t)) &&
        t > lo + 2) {
        /* "The scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed":
         * over an apposition between dashes (at most 14 words) */
        uint32_t u = t, w = 0;
        while (u > lo && !is_word(c, u - 1) && is_dash(cp(c, u - 1)))
            u--; /* ("--" may be two tokens) */
        while (u > lo && w <= 14) {
            u--;
            if (is_word(c, u)) {
                w++;
                continue;
            }
            if (name_link(c, u) && !is_dash(cp(c, u)))
                continue; /* "Mr." */
            if (is_dash(cp(c, u)) || is_final(cp(c, u)) || c->qmark[u] >= 0)
                break;
        }
        if (u <= lo || w == 0 || w > 14 || !is_dash(cp(c, u)))
            return 0;
        while (u > lo && !is_word(c, u - 1) && is_dash(cp(c, u - 1)))
            u--;
        if (u <= lo || !is_word(c, u - 1))
            return 0;
        t = u - 1;
    }
    if (!is_word(c, t) || c->cue_at[t] >= 0)
        return 0;
    /* "Monday saw police searching ...": a time word as the sentence's
     * first word; "– 12 points to 10": a number alone after a mark (not
     * an age between commas, "Jane Doe, 27, a nurse, said", or a number
     * after its noun, "Article 33 affirms") */
    if (c->lang == LANG_EN &&
        (en_time_back(c, t, lo) == UINT32_MAX ||
         (c->tok[t].kind == FSC__TOK_NUMBER &&
          (t == lo || (!is_word(c, t - 1) && !is_comma(cp(c, t - 1)))))))
        return 0;
    if (c->lang == LANG_EN && t > lo && key_is(c, t, FLOAT_Q) &&
        is_word(c, t - 1) && key_in(c, t - 1, PRONOUNS))
        t--; /* "they all vowed": the pronoun */
    int pron;
    uint8_t g = pronoun_gender(c, t, &pron);
    if (pron) {
        set_pronoun(c, r, t, g, s, "pronoun");
        return 1;
    }
    if (key_is(c, t, COORD)) {
        /* "X tweeted a photograph and said ...": the subject of the verb
         * before, in the same sentence */
        const fsc__attribs *o = c->out;
        if (o->n > 0) {
            const fsc__attribution *y = &o->v[o->n - 1];
            if (y->cue_first_tok <= y->cue_last_tok &&
                sent_of(c, y->cue_first_tok) == s &&
                y->source_kind != FSC__SRC_UNRESOLVED) {
                same_source(y, r, FSC__CONF_PRONOUN, "coordinated");
                return 1;
            }
        }
        /* "Clinton has disputed both critiques, but says ...": the
         * subject of the first verb, which reports nothing */
        if (c->lang == LANG_EN && clause_subject(c, q, s, r)) {
            r->rule = "coordinated";
            return 1;
        }
        return 0;
    }
    if (key_is(c, t, RELATIVES)) {
        /* "X, who said": the phrase before the comma; "leaders who say",
         * "Rikkie Wells who tweeted": the phrase right before */
        int commad = t > lo + 1 && !is_word(c, t - 1) && is_comma(cp(c, t - 1));
        int bare = c->lang == LANG_EN && t > lo && is_word(c, t - 1) &&
                   !key_is(c, t - 1, NP_STOP) && !key_is(c, t - 1, PRONOUNS);
        if (commad || bare) {
            uint32_t e = commad ? t - 2 : t - 1;
            int32_t k = c->cand_at[e];
            src_fresh(r);
            if (k >= 0) {
                set_src_from_cand(c, k, r, FSC__CONF_PRONOUN, "relative");
                r->res_first = c->cands[k].first;
                r->res_last = c->cands[k].last;
            } else {
                uint32_t a = name_back(c, e, lo);
                if (a == UINT32_MAX && !commad) {
                    /* the nearest phrase: back to a preposition, keeping
                     * a determiner ("from business leaders who say") */
                    a = e;
                    for (int n = 0;
                         n < 4 && a > lo && is_word(c, a - 1) &&
                         !key_in(c, a - 1, NAME_PREP) &&
                         !key_is(c, a - 1, NP_STOP) && c->cue_at[a - 1] < 0;
                         n++) {
                        a--;
                        if (key_is(c, a, DETERMINERS))
                            break;
                    }
                } else if (a == UINT32_MAX) {
                    a = np_back(c, e, lo, 6);
                }
                if (a == UINT32_MAX)
                    return 0;
                set_np(c, r, a, e, "relative");
                r->res_first = a;
                r->res_last = e;
                r->name_first = a;
                r->name_last = e;
            }
            r->first = r->last = t;
            r->form = FSC__SF_PRONOUN;
            r->conf = FSC__CONF_PRONOUN;
            r->rule = "relative";
            return 1;
        }
        return 0;
    }
    uint32_t a = name_back(c, t, lo);
    /* two names joined: "Hillary Clinton and Bernie Sanders did respond",
     * "Tapper, Bash and Blitzer had mentioned" (all speak, as in "X and Y
     * said") */
    if (a != UINT32_MAX && a >= lo + 2 && is_word(c, a - 1) &&
        key_is(c, a - 1, AND_WORDS) && name_word(c, a - 2) &&
        c->cue_at[a - 2] < 0) {
        uint32_t a2 = name_back(c, a - 2, lo);
        for (int n = 0; a2 != UINT32_MAX && n < 4 && a2 >= lo + 2 &&
                        !is_word(c, a2 - 1) && cp(c, a2 - 1) == ',' &&
                        name_word(c, a2 - 2) && c->cue_at[a2 - 2] < 0;
             n++) {
            uint32_t a3 = name_back(c, a2 - 2, lo);
            if (a3 == UINT32_MAX)
                break;
            a2 = a3;
        }
        if (a2 != UINT32_MAX && subject_opens(c, a2, lo))
            a = a2;
    }
    if (a != UINT32_MAX) {
        /* lower-case titles and a determiner before a name: "spokesman
         * John Kirby", "the Iowa senator Joni Ernst" */
        while (a > lo && is_word(c, a - 1) &&
               (key_in(c, a - 1, TITLES) || key_is(c, a - 1, DETERMINERS)) &&
               c->cue_at[a - 1] < 0) {
            a--;
            if (key_is(c, a, DETERMINERS))
                break;
        }
    } else if (c->lang == LANG_EN && key_is(c, t, QUANT_SUBJ) &&
               (t == lo || !is_word(c, t - 1) || key_in(c, t - 1, COORD) ||
                key_is(c, t - 1, SUBORDINATORS) || is_compl(c, t - 1))) {
        a = t; /* "Both have promised", "many would prefer", "Others say" */
    } else {
        a = np_back(c, t, lo, 7);
    }
    if (a == UINT32_MAX)
        return 0;
    /* not the object of a preposition: "a letter to Congress said" is
     * handled by the phrase, "in the report said" is no subject */
    if (a > lo && is_word(c, a - 1) && key_in(c, a - 1, NAME_PREP) &&
        !key_is(c, a - 1, NP_INNER) && !key_is(c, a - 1, NP_CHAIN)) {
        /* (but "an aide to Clinton", "people close to him", "sources
         * familiar with the plan" are whole: the role phrase speaks) */
        uint32_t f = org_role_back(c, a, lo);
        /* (and "the ambassador to France", "Chad's envoy to the UN": a
         * title and its post, the title's holder speaks) */
        if (f == UINT32_MAX && a >= lo + 2 && key_is(c, a - 1, TO_WORD) &&
            is_word(c, a - 2) && !cap_word(c, a - 2) &&
            key_is(c, a - 2, POST_TITLES))
            f = np_back(c, a - 2, lo, 5);
        /* ("Partisans on both sides warn", "The deputy head of the
         * delegation to the forum said": a noun phrase with its
         * prepositional phrases opening the clause) */
        if (f == UINT32_MAX && c->lang == LANG_EN)
            f = en_pp_subject_back(c, a, lo);
        if (f == UINT32_MAX)
            return 0;
        a = f;
    }
    if (c->lang == LANG_RU && a > lo && is_word(c, a - 1) &&
        key_is(c, a - 1, NP_STOP))
        return 0;
    /* "Ortiz during a radio interview warned", "Sanders after the rally
     * said": a circumstance between the name and its verb; the phrase in
     * it is no subject (nor is it with no name before it) */
    if (c->lang == LANG_EN && a > lo && is_word(c, a - 1) &&
        key_is(c, a - 1, ADV_PREP)) {
        uint32_t e = a - 2, f;
        if (a < lo + 2 || !is_word(c, e) || !name_word(c, e) ||
            (f = name_back(c, e, lo)) == UINT32_MAX ||
            !(f == lo || (!is_word(c, f - 1) && is_comma(cp(c, f - 1))) ||
              (is_word(c, f - 1) &&
               (key_is(c, f - 1, SUBORDINATORS) || is_compl(c, f - 1)))))
            return 0;
        set_np(c, r, f, e, "subject_before");
        return 1;
    }
    /* a phrase inside "of/from/in ...": the phrase it belongs to is the
     * subject ("The senator from Vermont said", "the head of Exxon said",
     * "At least half of voters in each state say"); at most three steps */
    for (int step = 0; step < 3 && c->lang == LANG_EN && a > lo + 1 &&
                       is_word(c, a - 1) && key_is(c, a - 1, NP_CHAIN) &&
                       is_word(c, a - 2) && c->cue_at[a - 2] < 0;
         step++) {
        uint32_t h = np_back(c, a - 2, lo, 5);
        if (h == UINT32_MAX || h > a - 2)
            break;
        a = h;
    }
    /* "At least half ...", "at most" */
    if (c->lang == LANG_EN && a > lo && is_word(c, a - 1) &&
        key_is(c, a, LEAST) && key_is(c, a - 1, AT_WORD))
        a--;
    set_np(c, r, a, t, "subject_before");
    return 1;
}

static const char *const OBJ_WORDS[] = { "him", "her", "them", "it",
                                         "us",  "me",  "you",  NULL };

/* "to" at t follows a word that may be a verb or an adjective ("went
 * on to", "likely to", "trying to"), not a noun after a determiner ("the
 * areas to"), a name, a pronoun or a time ("held today to"). */
int to_after_verb(const ctx *c, uint32_t t)
{
    if (t == 0 || !is_word(c, t - 1))
        return 0;
    uint32_t v = t - 1;
    return !cap_word(c, v) && !key_in(c, v, DETERMINERS) &&
           !key_in(c, v, PRONOUNS) && !key_is(c, v, TIME_WORDS) &&
           !key_in(c, v, OBJ_WORDS) &&
           !(v > 0 && is_word(c, v - 1) && key_in(c, v - 1, DETERMINERS));
}

/* Verbs (and nouns of an occasion given to someone) after which the
 * object, not the subject, does what an infinitive says: "urged the party
 * to", "allowed citizens to", "sent a messenger to", "pushes Democrats to",
 * "pleaded with them to", "an opportunity to", "the pressure on her to". */
static const char *const OBJECT_CONTROL[] = {
    "urge",     "urged",    "urges",     "urging",     "allow",
    "allowed",  "allows",   "allowing",  "permit",     "permitted",
    "permits",  "enable",   "enabled",   "enables",    "push",
    "pushed",   "pushes",   "pushing",   "press",      "pressed",
    "presses",  "pressing", "pressure",  "pressured",  "pressures",
    "send",     "sent",     "sends",     "sending",    "ask",
    "asked",    "asks",     "asking",    "tell",       "told",
    "tells",    "telling",  "encourage", "encouraged", "encourages",
    "invite",   "invited",  "invites",   "plead",      "pleaded",
    "pleads",   "beg",      "begged",    "challenge",  "challenged",
    "want",     "wanted",   "wants",     "expect",     "expected",
    "expects",  "need",     "needed",    "needs",      "get",
    "got",      "gets",     "help",      "helped",     "helps",
    "order",    "ordered",  "orders",    "require",    "required",
    "requires", "remind",   "reminded",  "reminds",    "give",
    "gave",     "gives",    "given",     "giving",     "opportunity",
    "chance",   "time",     "leave",     "left",       "call",
    "called",   "calls",    "calling",   "appeal",     "appealed",
    "evidence", "reason",   "tendency",  NULL
};

static const char *const POSS_DET[] = { "his", "her",  "their", "its",
                                        "our", "your", "my",    NULL };
static const char *const WAY_WORD[] = { "way", NULL };
static const char *const AMONG_WORD[] = { "among", "amongst", NULL };
static const char *const CLAUSE_TURN[] = { "while",    "whereas", "but",
                                           "although", "though",  NULL };

/* English: may the subject of the clause say what the cue after "to" at t
 * says, though the word before "to" is a name or a noun ("took to Twitter
 * to say", "the first Democrat in Congress to endorse", "came on the show
 * to talk about")? Not when a verb of OBJECT_CONTROL or CONTROL_VERBS
 * stands before it in its sentence ("pushes Democrats to reject") or an
 * object pronoun right before it ("pleaded with them to"). */
int en_to_subject_free(const ctx *c, uint32_t t, uint32_t s)
{
    if (t == 0 || !is_word(c, t - 1) || key_in(c, t - 1, OBJ_WORDS))
        return 0;
    /* ("citing their refusal to disclose": the possessor acts; not "went
     * out of his way to say") */
    if (t >= 2 && is_word(c, t - 2) && key_is(c, t - 2, POSS_DET) &&
        !key_is(c, t - 1, WAY_WORD))
        return 0;
    /* (nor "among the towns to vote against": one of a set, not the
     * subject's own act) */
    if (t >= 3 && is_word(c, t - 3) && key_is(c, t - 3, AMONG_WORD))
        return 0;
    for (uint32_t u = c->sent_first[s]; u < t; u++) {
        if (is_word(c, u) &&
            (key_is(c, u, OBJECT_CONTROL) || key_is(c, u, CONTROL_VERBS)))
            return 0;
        /* ("X took on Cruz, while Rubio stayed off the air to ...": a
         * clause of another subject) */
        if (u > c->sent_first[s] && is_word(c, u) &&
            key_is(c, u, CLAUSE_TURN) && !is_word(c, u - 1) &&
            is_comma(cp(c, u - 1)))
            return 0;
    }
    return 1;
}

/* Token t stands in the content of a record emitted before (a cue there
 * with no subject of its own is part of what that record reports). */
int in_content(const ctx *c, uint32_t t)
{
    const fsc__attribs *o = c->out;
    for (size_t j = o->n; j-- > 0 && o->n - j <= NESTED_WINDOW;)
        if (o->v[j].content_first_tok <= t && t <= o->v[j].content_last_tok)
            return 1;
    return 0;
}

/* English months (folded). */
static const char *const MONTHS[] = {
    "january", "february",  "march",   "april",    "may",      "june", "july",
    "august",  "september", "october", "november", "december", NULL
};

/*
 * Rule subject_after (English postposed cues, Russian verb-subject order):
 * the subject right after the cue ("..., said the spokesman.", "..., he
 * said", «— добавил он», «заявил министр»): a pronoun, or a noun phrase of
 * at most six words ending its clause (punctuation, an adverbial, a
 * complementizer or the sentence's end).
 */
int subject_after(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t hi = c->sent_last[s], t = q->last + 1;
    if (t > hi || !is_word(c, t) || c->cue_at[t] >= 0)
        return 0;
    if (c->lang == LANG_EN) {
        /* only where a quotation or clause ends right before the cue:
         * '..., said X', '"...," said X', not 'the “Artsakh” confirmed' */
        uint32_t p = q->first;
        if (p == 0 || is_word(c, p - 1))
            return 0;
        /* (a closing mark written as two apostrophes, "''", may be two
         * tokens, the mark on the first) */
        uint32_t m = p - 1;
        if (c->qmark[m] < 0 && cp(c, m) == '\'' && m > 0 &&
            !is_word(c, m - 1) && c->qmark[m - 1] >= 0)
            m--;
        uint32_t pc = cp(c, m);
        if (c->qmark[m] >= 0 && (is_comma(pc) || is_final(pc))) {
            /* ('?"' or ",''" in one token) */
        } else if (c->qmark[m] >= 0) {
            if (m < 1 || is_word(c, m - 1))
                return 0;
            uint32_t pp = cp(c, m - 1);
            if (!is_comma(pp) && !is_final(pp) && !is_dash(pp))
                return 0;
        } else if (!is_comma(pc) && !is_dash(pc)) {
            return 0;
        }
    }
    int pron;
    uint8_t g = pronoun_gender(c, t, &pron);
    if (pron) {
        if (key_is(c, t, PRON_N) && !key_is(c, t, RELATIVES) &&
            c->lang == LANG_EN)
            return 0; /* "said it would" */
        uint32_t n = t + 1;
        if (c->lang == LANG_EN && n <= hi && is_word(c, n) &&
            !key_in(c, n, ADVERBIAL))
            return 0; /* "said he would": he is in the content */
        set_pronoun(c, r, t, g, s, "pronoun_after");
        return 1;
    }
    if (key_in(c, t, ADVERBIAL) || is_compl(c, t) || key_is(c, t, NP_STOP) ||
        key_is(c, t, SUBJ_SKIP))
        return 0;
    /* "Dr. Anthony Fauci, said of the outbreak, ...": a prepositional
     * phrase after the verb is no subject */
    if (c->lang == LANG_EN && key_in(c, t, NAME_PREP))
        return 0;
    /* "..., said Tuesday at a rally", "said March 3": a time, not who
     * speaks (a month only before its day: "..., said May" may be Theresa
     * May) */
    if (c->lang == LANG_EN &&
        (key_is(c, t, TIME_WORDS) || (key_is(c, t, MONTHS) && t + 1 <= hi &&
                                      c->tok[t + 1].kind == FSC__TOK_NUMBER)))
        return 0;
    uint32_t e = t;
    int words = 1, max = 6;
    while (e + 1 <= hi && words < max) {
        uint32_t n = e + 1;
        if (!is_word(c, n)) {
            if (name_link(c, n) && n + 1 <= hi && is_word(c, n + 1)) {
                e = n + 1;
                words++;
                continue;
            }
            break;
        }
        /* "..., said a spokesman for the Jupiter Police Department": a
         * role and the body it speaks for, longer */
        if (c->lang == LANG_EN && max == 6 && org_role_prep(c, n, t)) {
            max = 11;
            e = n;
            words++;
            continue;
        }
        if (key_in(c, n, ADVERBIAL) || is_compl(c, n) || c->cue_at[n] >= 0 ||
            (key_is(c, n, NP_STOP) && !key_is(c, n, NP_INNER)) ||
            key_is(c, n, RELATIVES) || key_is(c, n, SUBJ_SKIP))
            break;
        e = n;
        words++;
    }
    uint32_t n = e + 1;
    /* (a relative clause may follow the phrase after a quotation: '"...,"
     * said the man who built the pier') */
    int rel = c->lang == LANG_EN && n <= hi && key_is(c, n, RELATIVES) &&
              q->first > 0 && c->qmark[q->first - 1] >= 0;
    if (c->lang == LANG_EN && n <= hi && is_word(c, n) && !rel &&
        !key_in(c, n, ADVERBIAL) && !is_compl(c, n) && !key_is(c, n, NP_STOP))
        return 0; /* the clause goes on: the phrase is the content's */
    /* "said this week", "said last month": a time phrase; "said the
     * president Tuesday": the time after the subject is not its word */
    if (c->lang == LANG_EN && !cap_word(c, e) && key_is(c, e, TIME_WORDS))
        return 0;
    while (c->lang == LANG_EN && e > t && is_word(c, e) &&
           key_is(c, e, TIME_WORDS))
        e--;
    set_np(c, r, t, e, "subject_after");
    return 1;
}
