/*
 * names.c - names and noun phrases for stage 3: capitalised names
 * (English, Russian) by their place next to a cue, noun phrases before and
 * after a cue, whether a phrase is a name, a description or an anonymous
 * source, and the gender a pronoun, a verb or a title says.
 */
#include "attrib_int.h"

#include <pthread.h>

/* A word written with a capital (Latin, Latin-1, Cyrillic). */
int cap_word(const ctx *c, uint32_t t)
{
    if (c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    uint32_t ch = first_cp(c->text, &c->tok[t]);
    return (ch >= 'A' && ch <= 'Z') ||
           (ch >= 0xC0 && ch <= 0xDE && ch != 0xD7) ||
           (ch >= 0x410 && ch <= 0x42F) || ch == 0x401;
}

/* "Trump's", "Trump’s": a possessor, not a speaker. */
static int possessive(const ctx *c, uint32_t t)
{
    const fsc__token *k = &c->tok[t];
    const char *e = c->text + k->off + k->len;
    return (k->len > 2 && memcmp(e - 2, "'s", 2) == 0) ||
           (k->len > 4 && memcmp(e - 4, "\xe2\x80\x99s", 4) == 0);
}

/* English: token t is the first word of its sentence and a preposition,
 * capitalised only by its place ("Over 100 experts signed", "Of course
 * ...", "By then ..."): it opens no name. */
static int en_opening_prep(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_EN || !key_in(c, t, NAME_PREP))
        return 0;
    uint32_t u = c->sent_first[sent_of(c, t)];
    while (u < t && !is_word(c, u))
        u++;
    return u == t;
}

/* May token t be a word of a name? */
int name_word(const ctx *c, uint32_t t)
{
    const uint32_t no = class_bit(NAME_STOP) | class_bit(PRONOUNS) |
                        class_bit(SPEAKER_NOUNS) | class_bit(COMPLEMENTIZERS);
    return cap_word(c, t) && c->cand_at[t] < 0 && c->cue_at[t] < 0 &&
           !(token_classes(c, t) & no) && !possessive(c, t) &&
           !en_opening_prep(c, t);
}

/* Does token t (between two name words) join them? */
int name_link(const ctx *c, uint32_t t)
{
    if (t == 0 || t + 1 >= c->n_tok)
        return 0;
    if (is_word(c, t))
        return !cap_word(c, t) && key_in(c, t, NAME_LINK);
    const fsc__token *p = &c->tok[t - 1], *k = &c->tok[t], *n = &c->tok[t + 1];
    uint32_t ch = cp(c, t);
    if (ch == '.' && k->len == 1 && p->off + p->len == k->off && p->len <= 3)
        return 1; /* "J. Smith", "Sen. Rubio" */
    return ch == '-' && p->off + p->len == k->off && k->off + k->len == n->off;
}

/* The AP abbreviations of US states and of the District (folded, without
 * their last point). */
static const char *const US_STATES_AP[] = {
    "ala",  "ariz", "ark",  "calif", "colo", "conn", "del",  "fla",
    "ga",   "ill",  "ind",  "kan",   "kans", "ky",   "la",   "md",
    "mass", "mich", "minn", "miss",  "mo",   "mont", "neb",  "nev",
    "n.h",  "n.j",  "n.m",  "n.y",   "n.c",  "n.d",  "okla", "ore",
    "pa",   "r.i",  "s.c",  "s.d",   "tenn", "tex",  "vt",   "va",
    "wash", "w.va", "wis",  "wyo",   "d.c",  NULL
};

/* English: token t is the point of a US state written after its town,
 * set off by a comma ("Portland, Ore.,", "Derry, N.H., said"): the town,
 * the comma and the state are one place, and the point ends no sentence. */
int en_state_point(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_EN || t < 3 || is_word(c, t) || cp(c, t) != '.')
        return 0;
    const fsc__token *w = &c->tok[t - 1];
    return is_word(c, t - 1) && w->off + w->len == c->tok[t].off &&
           cap_word(c, t - 1) && !is_word(c, t - 2) && is_comma(cp(c, t - 2)) &&
           cap_word(c, t - 3) && key_is(c, t - 1, US_STATES_AP);
}

/* The name ending at token e (within [lo, e]): its first token, or
 * UINT32_MAX. At most six words. */
uint32_t name_back(const ctx *c, uint32_t e, uint32_t lo)
{
    if (!name_word(c, e))
        return UINT32_MAX;
    uint32_t t = e;
    for (int n = 1; t > lo && n < 6; n++) {
        if (name_word(c, t - 1) && !possessive(c, t - 1))
            t--;
        else if (t - 1 > lo && name_link(c, t - 1) && name_word(c, t - 2))
            t -= 2;
        else
            break;
    }
    return t;
}

/* The name starting at token a (up to hi): its last token, or UINT32_MAX. */
uint32_t name_fwd(const ctx *c, uint32_t a, uint32_t hi)
{
    if (a > hi || !name_word(c, a))
        return UINT32_MAX;
    uint32_t t = a;
    for (int n = 1; t < hi && n < 6 && !possessive(c, t); n++) {
        if (name_word(c, t + 1))
            t++;
        else if (t + 1 < hi && name_link(c, t + 1) && name_word(c, t + 2))
            t += 2;
        else
            break;
    }
    return possessive(c, t) ? UINT32_MAX : t;
}

/* Candidate k is a generic noun that a name may replace: in Arabic one we
 * could not resolve («المتحدث باسم الوزارة أحمد حسن»; «الصحيفة الأذرية» still
 * refers back), in English and Russian any (a capitalised name must follow:
 * «по словам министра Ивана Петрова» is Petrov, not the minister last
 * named). */
int generic_unresolved(const ctx *c, int32_t k)
{
    return k >= 0 && c->cands[k].generic &&
           (c->cands[k].actor < 0 || c->lang != LANG_AR);
}

static void set_named(srcres *r, uint32_t a, uint32_t b, const char *rule)
{
    src_fresh(r);
    r->kind = FSC__SRC_NAMED;
    r->actor = -1;
    r->first = r->name_first = a;
    r->last = r->name_last = b;
    r->inherited = 0;
    r->conf = FSC__CONF_NAMED;
    r->rule = rule;
}

/*
 * Rule named_said: a name right before the cue, or before a comma-delimited
 * apposition that starts with a lower-case word ("Hillary Clinton said",
 * "Senator Marco Rubio, a Republican from Florida, said", «Песков заявил»).
 * A sentence's first word alone qualifies only right before the cue; a
 * preposition before the name disqualifies it ("a letter to Congress said").
 */
/* "and" between names or two parts of one subject ("&" is no word
 * token where a word is asked for; «и»). */
const char *const AND_WORDS[] = { "and", "&", "и", NULL };

/* "Democrat of Tennessee", "Republican of Iowa": a party label in
 * apposition, capitalised but no name (English). */
static const char *const PARTY_LABELS[] = { "democrat", "republican",
                                            "independent", "libertarian",
                                            NULL };
static const char *const OF_WORD[] = { "of", NULL };

int party_label(const ctx *c, uint32_t t)
{
    return c->lang == LANG_EN && t + 1 < c->n_tok &&
           key_is(c, t, PARTY_LABELS) && key_is(c, t + 1, OF_WORD);
}

/* Heads of a phrase naming an unnamed source ("officials", «مصادر»). */
static const char *const ANON_HEADS[] = {
    "source",     "sources",    "official",    "officials", "aide",
    "aides",      "insider",    "insiders",    "people",    "person",
    "someone",    "diplomat",   "diplomats",   "источник",  "источники",
    "источников", "собеседник", "собеседники", "مصادر",     "مصدر",
    "مسؤول",      "مسؤولون",    "مسؤولين",     NULL
};

/* Is [a, b] two names joined by "and" / «и» ("Pierce and Carroll")? Such a
 * subject is a group: it has no one person's name in it, and it is no
 * fuller mention of either person. English and Russian. */
int coordinated_names(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang == LANG_AR || a >= b || b >= c->n_tok)
        return 0;
    for (uint32_t t = a + 1; t < b; t++)
        if (is_word(c, t) && key_is(c, t, AND_WORDS) && cap_word(c, t - 1) &&
            cap_word(c, t + 1))
            return 1;
    return 0;
}

int named_said(const ctx *c, uint32_t prev, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s], e = prev;
    int direct = 1;
    if (prev == UINT32_MAX || prev < lo)
        return 0;
    if (!is_word(c, e)) {
        if (!is_comma(cp(c, e)) || e == lo)
            return 0;
        uint32_t t = e - 1, words = 0;
        for (;; t--) {
            if (is_word(c, t)) {
                /* the apposition may hold a relative clause with a verb
                 * of its own ("a Republican who has refused to endorse
                 * him"), not a complementizer */
                if (++words > 14 || is_compl(c, t))
                    return 0;
            } else if (en_state_point(c, t) && t - 3 >= lo) {
                t -= 2; /* "a lawyer in Portland, Ore.," */
                continue;
            } else if (is_comma(cp(c, t))) {
                break;
            } else if (!passable_mark(c, t) && !name_link(c, t)) {
                return 0; /* "Mr." and "T-Shirt" stay inside */
            }
            if (t == lo)
                return 0;
        }
        /* the apposition opens with a lower-case word or a number */
        if (words == 0 || t == lo ||
            (cap_word(c, t + 1) && !party_label(c, t + 1)) ||
            !is_word(c, t + 1))
            return 0;
        e = t - 1;
        direct = 0;
    }
    uint32_t a = name_back(c, e, lo);
    if (a == UINT32_MAX || (!direct && a == lo && a == e))
        return 0;
    /* "Scientists said": a speaker noun capitalised at the sentence's
     * start is no name */
    if (a == e && a == lo &&
        (key_in(c, a, SPEAKER_NOUNS) || en_common_opening(c, a)))
        return 0;
    if (a > lo && is_word(c, a - 1) && key_in(c, a - 1, NAME_PREP))
        return 0;
    /* «в интервью РБК рассказал»: the channel's owner (channel_ru.c) */
    if (a > lo && ru_channel_owner(c, a))
        return 0;
    if (a > lo && c->lang == LANG_EN && after_the(c, a)) {
        a--; /* "the State Department said" */
        /* ("a spokesman for the Pentagon said", "a source in the
         * Kremlin said": a speaker noun before the preposition is the
         * subject, the name its organisation; not "people close to the
         * Clintons", whose name stays the nearest speaker) */
        if (a > lo + 1 && is_word(c, a - 1) && key_in(c, a - 1, NAME_PREP) &&
            is_word(c, a - 2) &&
            (key_in(c, a - 2, SPEAKER_NOUNS) || key_in(c, a - 2, TITLES) ||
             key_is(c, a - 2, ANON_HEADS)))
            return 0;
    }
    /* "Biden and Sanders announced", «Путин и Эрдоган заявили»: two names
     * joined by "and" are the subject together */
    if (a > lo + 1 && is_word(c, a - 1) && key_is(c, a - 1, AND_WORDS) &&
        name_word(c, a - 2)) {
        uint32_t a2 = name_back(c, a - 2, lo);
        if (a2 != UINT32_MAX &&
            !(a2 > lo && is_word(c, a2 - 1) && key_in(c, a2 - 1, NAME_PREP)))
            a = a2;
    }
    set_named(r, a, e, "named_said");
    return 1;
}

/* After a name: the end of its clause (punctuation, the sentence's end, an
 * adverbial or a complementizer). */
/* Small words inside the name of an institution ("the University of
 * Texas", "the Center for American Progress"). */
static const char *const AFFIL_SMALL[] = { "the", "of", "for", "and",
                                           "on",  "at", NULL };
static const char *const AFFIL_PREP[] = { "of", "at", "from", NULL };

/*
 * English: the affiliation after a name from token n on ("of the
 * University of Texas", "at Harvard", "from the Brookings Institution"):
 * a preposition, then capitalised words and the small words of an
 * institution's name, at most ten words, ending its clause. Its last
 * token, or UINT32_MAX.
 */
uint32_t en_affiliation_end(const ctx *c, uint32_t n, uint32_t hi)
{
    if (c->lang != LANG_EN || n > hi || !is_word(c, n) ||
        !key_is(c, n, AFFIL_PREP))
        return UINT32_MAX;
    uint32_t last = UINT32_MAX;
    int words = 0;
    for (uint32_t t = n + 1; t <= hi; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue; /* "D.C.-based", "U.S." */
            break;
        }
        if (++words > 10 || c->cue_at[t] >= 0)
            return UINT32_MAX;
        if (cap_word(c, t))
            last = t;
        else if (!key_is(c, t, AFFIL_SMALL))
            return UINT32_MAX;
    }
    if (last == UINT32_MAX)
        return UINT32_MAX;
    /* it ends the clause: punctuation or the sentence end after it */
    uint32_t after = last + 1;
    while (after <= hi && !is_word(c, after) && name_link(c, after))
        after++;
    return after > hi || !is_word(c, after) ? last : UINT32_MAX;
}

static int name_ends(const ctx *c, uint32_t e, uint32_t s)
{
    uint32_t n = e + 1;
    if (n > c->sent_last[s])
        return 1;
    if (en_affiliation_end(c, n, c->sent_last[s]) != UINT32_MAX)
        return 1;
    /* an English name before an opening quotation mark is an object with
     * its label (", called the KKK “abhorrent”") */
    if (c->lang == LANG_EN && c->qmark[n] >= 0 &&
        c->q->v[c->qmark[n]].open_tok == n)
        return 0;
    return !is_word(c, n) || key_in(c, n, ADVERBIAL) || is_compl(c, n);
}

/*
 * Rules said_named and according_named: a name from token `from` on,
 * after optional lower-case titles (and, in Russian, the words that follow
 * a title: «министр иностранных дел»), ending its clause ("..., said
 * Senator Marco Rubio.", "according to the New York Times,", «заявил
 * Песков», «по словам министра Ивана Петрова»).
 */
int named_after(const ctx *c, uint32_t from, uint32_t s, srcres *r,
                const char *rule)
{
    uint32_t hi = c->sent_last[s], t = from;
    if (t > hi)
        return 0;
    if (c->lang == LANG_EN && is_word(c, t) && t + 1 <= hi &&
        after_the(c, t + 1))
        t++;
    int titled = 0, extra = 0;
    while (t <= hi && is_word(c, t) && !cap_word(c, t) && c->cue_at[t] < 0 &&
           (c->cand_at[t] < 0 || c->cands[c->cand_at[t]].generic)) {
        if (key_in(c, t, TITLES))
            titled = 1;
        else if (!(c->lang == LANG_RU && titled && extra < 3) ||
                 key_in(c, t, ADVERBIAL) || is_compl(c, t))
            return 0;
        else
            extra++;
        if (++t - from > 6)
            return 0;
    }
    uint32_t e = name_fwd(c, t, hi);
    if (e == UINT32_MAX || !name_ends(c, e, s))
        return 0;
    set_named(r, from, e, rule);
    return 1;
}

/* ---- subjects: pronouns, noun phrases, dropped subjects ------------------ */

/* Words between a subject and its verb: "Trump has also said", «Лавров
 * также заявил», "Clinton on Tuesday said" (with ON_TIME). Folded. */
const char *const SUBJ_SKIP[] = {
    "has",        "have",      "had",          "also",     "later",
    "here",       "there",     "previously",   "then",     "would",
    "will",       "could",     "may",          "might",    "should",
    "must",       "did",       "does",         "do",       "not",
    "n't",        "never",     "already",      "once",     "again",
    "recently",   "first",     "further",      "still",    "just",
    "only",       "even",      "earlier",      "often",    "long",
    "always",     "is",        "was",          "were",     "are",
    "been",       "be",        "being",        "now",      "soon",
    "reportedly", "allegedly", "repeatedly",   "publicly", "privately",
    "separately", "quickly",   "flatly",       "simply",   "openly",
    "explicitly", "также",     "тоже",         "уже",      "ранее",
    "еще",        "не",        "неоднократно", "вчера",    "сегодня",
    "позже",      "затем",     "впоследствии", "же",       "официально",
    "прямо",      "лично",     "тогда",        "недавно",  "однажды",
    "открыто",    NULL
};

/* English words that open a subordinate clause ("While the consensus says
 * ...", "even though several oppose"). */
const char *const SUBORDINATORS[] = { "while", "although", "though", "whereas",
                                      "if",    "because",  "since",  "as",
                                      "when",  "despite",  "with",   "amid",
                                      "after", "before",   NULL };

/* Conjunctions joining two verbs of one subject ("tweeted ... and said"). */
const char *const COORD[] = { "and", "but", "и", "но", "а", NULL };

const char *const PASSIVE_AUX[] = { "was",  "were", "is",    "are",
                                    "been", "be",   "being", NULL };

const char *const TIME_WORDS[] = {
    "monday", "tuesday",   "wednesday", "thursday", "friday",    "saturday",
    "sunday", "yesterday", "today",     "tonight",  "week",      "month",
    "year",   "morning",   "evening",   "night",    "afternoon", NULL
};

/* Relative pronouns: the source is the phrase before the comma. */
const char *const RELATIVES[] = { "who",     "which",   "который", "которая",
                                  "которые", "которое", "кто",     "الذي",
                                  "التي",    "الذين",   "اللذان",  "اللتان",
                                  "اللواتي", "اللاتي",  NULL };

/* Pronouns with gender and number, also English subject pronouns written
 * as one word with a contracted auxiliary ("I'm", "we've", "he'd",
 * "they're"): the pronoun, no name. */
const char *const PRON_M[] = { "he",         "он",    "هو",        "he's",
                               "he'd",       "he'll", "he\u2019s", "he\u2019d",
                               "he\u2019ll", NULL };

const char *const PRON_F[] = { "she",        "она",        "هي",
                               "she's",      "she'd",      "she'll",
                               "she\u2019s", "she\u2019d", "she\u2019ll",
                               NULL };

const char *const PRON_P[] = {
    "they",         "они",          "هم",          "we",           "мы",
    "نحن",          "they're",      "they've",     "they'd",       "they'll",
    "they\u2019re", "they\u2019ve", "they\u2019d", "they\u2019ll", "we're",
    "we've",        "we'd",         "we'll",       "we\u2019re",   "we\u2019ve",
    "we\u2019d",    "we\u2019ll",   NULL
};

const char *const FIRST_PERSON[] = {
    "i",         "we",         "я",        "мы",         "انا",
    "نحن",       "i'm",        "i've",     "i'd",        "i'll",
    "i\u2019m",  "i\u2019ve",  "i\u2019d", "i\u2019ll",  "we're",
    "we've",     "we'd",       "we'll",    "we\u2019re", "we\u2019ve",
    "we\u2019d", "we\u2019ll", NULL
};
const char *const PRON_N[] = {
    "it",         "оно",         "i",          "я",           "you",
    "вы",         "i'm",         "i've",       "i'd",         "i'll",
    "i\u2019m",   "i\u2019ve",   "i\u2019d",   "i\u2019ll",   "you're",
    "you've",     "you'd",       "you'll",     "you\u2019re", "you\u2019ve",
    "you\u2019d", "you\u2019ll", "it's",       "it'd",        "it'll",
    "it\u2019s",  "it\u2019d",   "it\u2019ll", NULL
};

/* Determiners and quantifiers that open a noun phrase. */
const char *const DETERMINERS[] = {
    "the",  "a",     "an",    "some", "many", "several", "most",  "few",
    "two",  "three", "four",  "five", "his",  "her",     "their", "its",
    "this", "these", "those", "our",  "one",  "another", "each",  "both",
    "all",  "other", "such",  "any",  "no",   "more",    "other", NULL
};

/* Heads of a deliberately unnamed source. */
/* Prepositions and linkers allowed inside a source noun phrase ("a
 * spokesman for the campaign", «представитель МИД России»). */
const char *const NP_INNER[] = { "of", "for", "at", "from", "'s", NULL };

/* Clause openers a subject never reaches past. */
const char *const NP_STOP[] = {
    "and",    "but",     "or",      "so",      "yet",    "while", "when",
    "as",     "if",      "because", "after",   "before", "since", "although",
    "though", "where",   "whether", "than",    "in",     "on",    "to",
    "with",   "by",      "about",   "into",    "during", "what",  "how",
    "why",    "there",   "here",    "said",    "says",   "told",  "despite",
    "amid",   "against", "under",   "without", "и",      "но",    "а",
    "или",    "когда",   "если",    "как",     "после",  "в",     "во",
    "на",     "по",      "с",       "со",      "к",      "о",     "об",
    "у",      "от",      "для",     "за",      "при",    "из",    "это",
    "этом",   "этого",   NULL
};

/* Titles that say a speaker's gender. */
const char *const TITLE_M[] = { "mr", "г-н", "господин", "السيد", NULL };

const char *const TITLE_F[] = { "mrs",     "ms",     "miss", "г-жа",
                                "госпожа", "السيدة", NULL };

/* Arabic nouns and titles that head a description, not a name. */
const char *const AR_NOUNS[] = {
    "وزير", "رئيس", "مدير", "امين", "نائب", "مساعد", "سفير", "مستشار", "عضو",
    "قائد", "محافظ", "امير", "ولي", "صاحب", "معالي", "سمو", "فضيلة", "د",
    "دكتور", "مهندس", "شيخ", "وزارة", "صحيفة", "وكالة", "هيئة", "مركز", "مجلس",
    "لجنة", "ادارة", "مكتب", "فرع", "شركة", "جامعة", "منظمة", "متحدث", "مصادر",
    "مصدر", "مسؤول", "بيان", "تقرير", "رئيسة", "مديرة", "وزيرة", "الناطق",
    "ناطق", "عميد", "استاذ", "ملك", "ملكة", "زعيم", "زعيمة", "مرشد", "حاكم",
    "عمدة", "مندوب", "مندوبة", "متحدثة", "ناطقة", "قائدة", "نقيب", "مفتي",
    "قاضي", "خطيب", "مؤسس", "وكيل", "وكيلة", "مشرف", "مشرفة", "منسق", "منسقة",
    "مراسل", "مراسلة",
    /* institutions that open a subject like «وزارة» («أعلنت نقابة
     * الأشراف في مصر عن ...», «توقعت الرئاسة العامة للأرصاد») */
    "نقابة", "رئاسة", "جمعية", "كلية", "مؤسسة", "رابطة", "اتحاد", "غرفة",
    "مديرية", "امانة", "بلدية", "محكمة", "نيابة", "سفارة", "قنصلية", "معهد",
    "مصرف", "صندوق", "حكومة", "شرطة",
    /* occupations that stand before a name in apposition («الفنان فايز
     * المالكي», «المحامي السويسري فرانسوا كارار», «اللاعب محمد نور») */
    "فنان", "فنانة", "ممثل", "ممثلة", "لاعب", "لاعبة", "مدرب", "مدربة", "كاتب",
    "كاتبة", "شاعر", "شاعرة", "مطرب", "مطربة", "مغني", "مغنية", "اعلامي",
    "اعلامية", "روائي", "روائية", "محامي", "محامية", "طبيب", "طبيبة", "باحث",
    "باحثة", "خبير", "خبيرة", "محلل", "محللة", "ناشط", "ناشطة", "مخرج", "مخرجة",
    "صحفي", "صحفية", "مصمم", "مصممة", "مهندسة", "داعية", "استاذة", "حارس",
    "مهاجم", "مذيع", "مذيعة", "رسام", "رسامة", "نائبة", "سفيرة", "مستشارة", NULL
};

/* Addressee pronouns after a verb (folded). */
/* Arabic prepositions that no subject follows the verb through (folded):
 * «وتخشى إسرائيل من تعزيز حزب الله» */
const char *const AR_SUBJ_PREPS[] = {
    "من",  "عن", "علي",  "في",  "الي",  "مع",
    "حول", "ضد", "بشان", "لدي", "تجاه", NULL
};

const char *const AR_ADDRESSEE[] = { "له",  "لها", "لهم",  "لنا",
                                     "لكم", "لي",  "لهما", NULL };

/* Verbal nouns that stand as the object right after a cue whose subject
 * is dropped («وأكد ضرورة ...», «وأوضح أهمية ...»): never its subject. */
const char *const AR_OBJECTS[] = {
    "ضرورة", "اهمية", "حرص", "استعداد", "رغبة", "عزم", "رفض", "ترحيب", "دعم",
    "تاييد", "قلق", "اسف", "شكر", "تقدير", "امل", "ثقة",
    /* what praise is given to: «ثمن الوزير جهود», «أشاد بدور» */
    "جهود", "دور", NULL
};

/* What «شدد»/«أكد» stress after «على» when no «أن» follows: «وشدد الشيخ
 * ... على ضرورة الاهتمام», «أكد ... على أهمية»; «شدد الجيش الحصار على
 * المدينة» (tightened) takes none of them. */
const char *const AR_STRESSED[] = { "ضرورة", "اهمية", NULL };

/* An Arabic word shaped like a verbal noun or carrying a possessive
 * suffix: after a cue it is the object, not the subject («وعبر عن عزائه»,
 * «وأكد محاسبة», «إسناد», «تحرير»). key is folded. */
static int ar_object_like(const char *key)
{
    int art;
    const char *k = ar_bare(key, &art);
    size_t n = strlen(k) / 2; /* Arabic letters are two bytes */
    if (strlen(k) % 2 || n < 4)
        return 0;
    if (starts(k, "عبد"))
        return 0; /* عبدالله */
    const char *end2 = k + strlen(k) - 4, *end1 = k + strlen(k) - 2;
    if (!art && n >= 5 &&
        (strcmp(end1, "ه") == 0 || strcmp(end2, "ها") == 0 ||
         strcmp(end2, "هم") == 0))
        return 1; /* عزائه، مساعدتها */
    /* taf'il (تحرير), if'al (إسناد), mufa'ala (محاسبة) */
    if (n == 5 && starts(k, "ت") && strncmp(k + 6, "ي", 2) == 0)
        return 1;
    if (n == 5 && starts(k, "ا") && strncmp(k + 6, "ا", 2) == 0)
        return 1;
    if (n == 6 && starts(k, "م") && strncmp(k + 4, "ا", 2) == 0 &&
        strcmp(end1, "ة") == 0)
        return 1;
    return 0;
}

/* Word t is written with hamza above its first letter after و/ف and the
 * article («الأوساط», «والأطراف», «أنصار»): the plural pattern أفعال, not
 * the verbal noun إفعال («الإعلان»), which folding makes look alike. */
static int ar_hamza_above_first(const ctx *c, uint32_t t)
{
    const unsigned char *u = (const unsigned char *)c->text + c->tok[t].off;
    size_t n = c->tok[t].len, i = 0;
    /* و or ف (D9 88, D9 81), then ال (D8 A7 D9 84) */
    if (n >= 2 && u[0] == 0xD9 && (u[1] == 0x88 || u[1] == 0x81))
        i = 2;
    if (i + 4 <= n && u[i] == 0xD8 && u[i + 1] == 0xA7 && u[i + 2] == 0xD9 &&
        u[i + 3] == 0x84)
        i += 4;
    return i + 2 <= n && u[i] == 0xD8 && u[i + 1] == 0xA3; /* أ */
}

/* Nouns of an event (bare, folded): what a verb of condemnation or
 * praise takes as its object, never a speaker or a speaker's title («استنكر
 * X رئيس حزب الجيل الحادث الإرهابي», «أدان الوزير الهجوم»). */
static const char *const AR_EVENTS[] = {
    "حادث",  "حادثة", "هجوم",   "هجمات",   "اعتداء", "اعتداءات",
    "جريمة", "جرائم", "تفجير",  "تفجيرات", "انفجار", "مجزرة",
    "مجازر", "عدوان", "اغتيال", NULL
};

int ar_event_noun(const ctx *c, uint32_t t)
{
    char key[KEY_CAP];
    int art;
    if (!is_word(c, t) || c->cand_at[t] >= 0)
        return 0;
    fold_tok(c, t, key);
    return in_list(ar_bare(key, &art), AR_EVENTS);
}

/* Names a group «تنظيم» heads (folded): «تنظيم داعش», «تنظيم القاعدة»,
 * «تنظيم الدولة». */
static const char *const AR_TANZIM_NAMES[] = { "داعش", "القاعدة", "الدولة",
                                               NULL };

/* Word t (folded key) is «تنظيم» the organisation, not the verbal noun
 * (organising, a regulation): «التنظيم» right after a cue verb («وقال
 * التنظيم إن»; not «وصف X التنظيم الجديد»), or «تنظيم» before a name the
 * lexicon knows or one of AR_TANZIM_NAMES («وأعلن تنظيم داعش
 * مسؤوليته»; not «أعلن تنظيم مؤتمر»). */
static int ar_tanzim_body(const ctx *c, uint32_t t, const char *key)
{
    int art;
    if (strcmp(ar_bare(key, &art), "تنظيم") != 0)
        return 0;
    if (art)
        return t > 0 && c->cue_at[t - 1] >= 0;
    uint32_t u = t + 1;
    return u < c->n_tok && is_word(c, u) &&
           (c->cand_at[u] >= 0 || key_is(c, u, AR_TANZIM_NAMES));
}

int ar_object_at(const ctx *c, uint32_t t)
{
    char key[KEY_CAP];
    if (!is_word(c, t) || c->cand_at[t] >= 0)
        return 0;
    fold_tok(c, t, key);
    if (!ar_object_like(key) || ar_tanzim_body(c, t, key))
        return 0;
    /* «ترى الأوساط الفرنسية أن»: a plural أفعال is the subject; the
     * verbal nouns of that shape begin with إ */
    int art;
    const char *k = ar_bare(key, &art);
    if (strlen(k) == 10 && starts(k, "ا") && strncmp(k + 6, "ا", 2) == 0 &&
        ar_hamza_above_first(c, t))
        return 0;
    return 1;
}

/* fold_key() of token t into key[KEY_CAP]: copied from the stage's key of
 * its word form when there is one (the same fold, done once per form). */
void fold_tok(const ctx *c, uint32_t t, char *key)
{
    if (c->fkey_off && c->fkey_off[t]) {
        const char *k = c->fkeys + c->fkey_off[t] - 1;
        memcpy(key, k, strlen(k) + 1);
        return;
    }
    fold_key(c->text, &c->tok[t], key);
}

/* token_key() of a word without the stage's key: folded once per article
 * (kept in the records' scratch); the pointer is good until the next
 * call. */
const char *token_key_fold(const ctx *c, uint32_t t, char *tmp)
{
    fsc__attribs *o = c->out;
    if (t < o->n_key_off && o->key_off[t])
        return o->keys + o->key_off[t] - 1;
    fold_key(c->text, &c->tok[t], tmp);
    size_t n = strlen(tmp) + 1;
    if (t >= o->n_key_off || o->n_keys + n >= UINT32_MAX ||
        !grow((void **)&o->keys, &o->cap_keys, o->n_keys + n, 1))
        return tmp;
    memcpy(o->keys + o->n_keys, tmp, n);
    o->key_off[t] = (uint32_t)(o->n_keys + 1);
    o->n_keys += n;
    return tmp;
}

/* key_is() of a word without the stage's key or hashes. */
int key_is_fold(const ctx *c, uint32_t t, const char *const *list)
{
    char buf[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    const char *key = token_key(c, t, buf);
    if (c->fh_full && c->fh_full[t]) /* hashes cached per word form */
        return in_list_h(key, c->fh_full[t], list) ||
               (c->lang == LANG_AR && bare_in_list_h(key, c->fh_bare[t], list));
    if (in_list(key, list))
        return 1;
    if (c->lang == LANG_AR) {
        int art;
        const char *k = ar_bare(key, &art);
        return k != key && in_list(k, list);
    }
    return 0;
}

uint8_t pronoun_gender(const ctx *c, uint32_t t, int *is_pron)
{
    *is_pron = 1;
    if (key_is(c, t, PRON_M))
        return FSC__G_MASC;
    if (key_is(c, t, PRON_F))
        return FSC__G_FEM;
    if (key_is(c, t, PRON_P))
        return FSC__G_PLURAL;
    if (key_is(c, t, PRON_N))
        return FSC__G_UNKNOWN;
    *is_pron = 0;
    return FSC__G_UNKNOWN;
}

/* Nouns in ون that are no plural (folded, without ال), and human
 * plurals that end in no suffix (broken plurals) that reports cite. */
static const char *const AR_WUN_SINGULAR[] = {
    "قانون", "زيتون", "تلفزيون", "تليفزيون", "كانون", "صابون",
    "مليون", "بليون", "ليمون",   "مضمون",    "طاعون", "هارون",
    "مامون", "ميمون", "زبون",    "فرعون",    "مكنون", NULL
};
static const char *const AR_HUMAN_PLURALS[] = {
    "خبراء",  "علماء", "نشطاء", "شهود",  "سكان", "اهالي", "قادة", "زعماء",
    "اعضاء",  "وزراء", "سفراء", "اطباء", "نواب", "مشايخ", "طلاب", "عمال",
    "رجال",   "نساء",  "ائمة",  "دعاة",  "تجار", "قضاة",  "ضباط", "جنود",
    "اساتذة", "رؤساء", "مدراء", "شيوخ",  NULL
};

/* Arabic: the head of the subject [a, b] is plural, so a later verb in
 * the plural («وأضافوا», «ويقولون») continues it though the verb before
 * it, in the singular, agreed in gender only («وقال المسؤولون إن»): a
 * sound masculine plural in the nominative («المسؤولون», «محللون»), its
 * construct form («مسؤولو الوزارة»), or a human broken plural
 * («الخبراء», «أعضاء»). */
int ar_plural_head(const ctx *c, uint32_t a, uint32_t b)
{
    while (a <= b && !is_word(c, a))
        a++;
    if (a > b || ar_first_name(c, a) || ar_known(c, a))
        return 0;
    char key[KEY_CAP];
    fold_tok(c, a, key);
    int art;
    const char *k = ar_bare(key, &art);
    size_t m = strlen(k);
    if (in_list(k, AR_HUMAN_PLURALS))
        return 1;
    if (m >= 10 && strcmp(k + m - 4, "ون") == 0 && !in_list(k, AR_WUN_SINGULAR))
        return 1;
    /* the construct form drops ن: «مسؤولو», «موظفو» (four letters before
     * و; «عضو» is singular): a participle's (م and a consonant: «منتقدو
     * الرئيس», «معجبو نجم»), or any before its genitive, a definite noun,
     * a noun in ة or a body («لاعبو الفريق», «مسؤولو صحة», «مسؤولو
     * حماس»); a foreign first name in و before the family name is one
     * man («جيراردو مارتينو», «ماوريسيو بوكيتينو», «مورينيو لشبكة»)
     */
    if (art || m < 10 || strcmp(k + m - 2, "و") != 0 || a + 1 > b ||
        !is_word(c, a + 1))
        return 0;
    if (starts(k, "م") && !starts(k + 2, "ا") && !starts(k + 2, "و") &&
        !starts(k + 2, "ي"))
        return 1;
    if (ar_definite(c, a + 1))
        return 1;
    char nk[KEY_CAP];
    fold_tok(c, a + 1, nk);
    size_t nm = strlen(nk);
    if (nm >= 6 && strcmp(nk + nm - 2, "ة") == 0 && !starts(nk, "ل") &&
        !starts(nk, "ب") && !ar_first_name(c, a + 1))
        return 1;
    int32_t g = c->cand_at[a + 1];
    return g >= 0 && c->cands[g].actor >= 0 &&
           !actor_fits(&c->actors[c->cands[g].actor], GEN_PERSON);
}

/* Gender and number a cue's verb agrees in: Russian past tense
 * (заявил/заявила/заявили), Arabic perfect, imperfect and participle
 * (قالت، تقول، مشيرة، قالوا). Unknown in English. */
uint8_t cue_gender(const ctx *c, const icue *q)
{
    if (c->lang == LANG_EN || !is_word(c, q->first))
        return FSC__G_UNKNOWN;
    char key[KEY_CAP];
    fold_tok(c, q->first, key);
    size_t n = strlen(key);
    if (c->lang == LANG_RU) {
        /* the verb is the cue's first word: "заявила", "сообщили" */
        if (n >= 4 && strcmp(key + n - 4, "ла") == 0)
            return FSC__G_FEM;
        if (n >= 4 && strcmp(key + n - 4, "ли") == 0)
            return FSC__G_PLURAL;
        if (n >= 2 && strcmp(key + n - 2, "л") == 0)
            return FSC__G_MASC;
        if (n >= 6 && strcmp(key + n - 6, "лся") == 0)
            return FSC__G_MASC;
        if (n >= 8 && strcmp(key + n - 8, "лась") == 0)
            return FSC__G_FEM;
        return FSC__G_UNKNOWN;
    }
    int art;
    const char *k = ar_bare(key, &art);
    size_t m = strlen(k);
    const char *lemma = q->idx >= 0 && (size_t)q->idx < c->n_in_cues
                            ? c->in_cues[q->idx].lemma
                            : NULL;
    char lk[KEY_CAP] = "";
    if (lemma && strlen(lemma) < KEY_CAP) {
        fsc__token lt = { 0 };
        lt.len = (uint32_t)strlen(lemma);
        fold_key(lemma, &lt, lk);
    }
    size_t ln = strlen(lk);
    int lemma_t = ln >= 2 && strcmp(lk + ln - 2, "ت") == 0;
    if (m >= 6 && strcmp(k + m - 4, "وا") == 0)
        return FSC__G_PLURAL;
    /* the dual goes with the plural: a verb after its subject agrees in
     * number («أما المواطنان فقالا»: two speakers, and «وأشاروا» after
     * them); the perfect's dual is the lemma with ا or تا («قالا»,
     * «أكدتا») */
    if (q->form != FSC__FORM_PARTICIPLE && ln >= 4 && m == ln + 2 &&
        strncmp(k, lk, ln) == 0 && strcmp(k + m - 2, "ا") == 0)
        return FSC__G_PLURAL;
    if (q->form != FSC__FORM_PARTICIPLE && ln >= 4 && m == ln + 4 &&
        strncmp(k, lk, ln) == 0 && strcmp(k + m - 4, "تا") == 0)
        return FSC__G_PLURAL;
    /* the imperfect's plural and dual: «يقولون», «يؤكدان», «تقولان» */
    if (q->form != FSC__FORM_PARTICIPLE && m >= 10 &&
        (starts(k, "ي") || starts(k, "ت")) &&
        (strcmp(k + m - 4, "ون") == 0 || strcmp(k + m - 4, "ان") == 0))
        return FSC__G_PLURAL;
    if (q->form == FSC__FORM_PARTICIPLE) {
        if (m >= 4 &&
            (strcmp(k + m - 2, "ة") == 0 || strcmp(k + m - 2, "ه") == 0))
            return FSC__G_FEM;
        if (m >= 6 && strcmp(k + m - 4, "ةا") == 0)
            return FSC__G_FEM; /* قائلةً folded with its tanween alif */
        /* the sound masculine plural in the accusative: «مؤكدين»,
         * «مشيرين إلى» (the singular participles end in ا or nothing) */
        if (m >= 10 && strcmp(k + m - 4, "ين") == 0)
            return FSC__G_PLURAL;
        return FSC__G_MASC;
    }
    if (m >= 6 && starts(k, "ت") && !lemma_t && !starts(lk, "ت"))
        return FSC__G_FEM; /* تقول، تؤكد */
    if (m >= 6 && starts(k, "ي"))
        return FSC__G_MASC; /* يقول */
    if (m >= 6 && strcmp(k + m - 2, "ت") == 0 && !lemma_t)
        return FSC__G_FEM; /* قالت، أكدت */
    if (m >= 4 && lemma && !lemma_t)
        return FSC__G_MASC;
    return FSC__G_UNKNOWN;
}

/* Gender a title in [a, b] says (Mr, г-жа, السيدة). */
uint8_t title_gender(const ctx *c, uint32_t a, uint32_t b)
{
    /* titles open a name: look at its first words only */
    uint32_t hi = b > a + 3 ? a + 3 : b;
    for (uint32_t t = a; t <= hi && t < c->n_tok; t++) {
        if (key_is(c, t, TITLE_M))
            return FSC__G_MASC;
        if (key_is(c, t, TITLE_F))
            return FSC__G_FEM;
    }
    /* English: a given name before the surname ("Bernie Sanders",
     * "Hillary Rodham Clinton"), given_en.c */
    for (uint32_t t = a; c->lang == LANG_EN && t <= b && t < c->n_tok; t++) {
        uint8_t g = en_given_gender(c, t);
        if (g != FSC__G_UNKNOWN &&
            (t == b || (is_word(c, t + 1) && cap_word(c, t + 1)) ||
             name_link(c, t + 1)))
            return g;
    }
    return FSC__G_UNKNOWN;
}

/* Is [a, b] a name (named) or a description (nominal)? English and
 * Russian: a capitalised word that is not merely the sentence's first and
 * no leading determiner ("the State Department" is nominal). Arabic: a
 * word that is neither definite nor a title or institution noun nor a
 * preposition + noun («أماني الصوفي», «شكري»). */
/*
 * May Arabic word t (in a phrase ending at b) be part of a name? Not when
 * it is definite, a title or institution noun (AR_NOUNS), a preposition
 * with a definite or institution noun («بالجامعة», «لمركز»), a preposition
 * before a definite noun («بمنطقة الرياض»), or a one-letter remnant.
 */
/* Indefinite words of a noun phrase that never begin a person's name
 * («دراسة حديثة أخرى», «عدة», «إحدى»; folded). */
static const char *const AR_NEVER_NAME[] = {
    "اخري", "اخر", "جديد", "جديدة", "حديث", "حديثة", "عملية", "عدد", "بعض",
    "عدة", "احدي", "احد", "مجموعة", "نحو", "حوالي", "اكثر", "اقل", "جميع",
    "معظم", "اغلب", "كافة", "سابق", "سابقة",
    /* «مدير عام», «أمين عام»: general */
    "عام", "عامة", NULL
};

/* «باسم» (on behalf of) after a spokesman: «المتحدث باسم الوزارة»,
 * «الناطق الرسمي باسم»; after another title it may be the name Basim
 * («المدرب باسم الحربي»). */
static const char *const AR_ON_BEHALF[] = { "باسم", NULL };
static const char *const AR_SPOKESMAN[] = {
    "المتحدث", "المتحدثة", "متحدث",   "متحدثة", "الناطق", "الناطقة", "ناطق",
    "ناطقة",   "الرسمي",   "الرسمية", "رسمي",   "رسمية",  NULL
};

/* Nouns of places and bodies an office belongs to (folded, no ال). */
static const char *const AR_PLACE_NOUNS[] = {
    "منطقة", "محافظة", "مدينة",  "مركز",  "نادي",    "جامعة",  "هيئة",
    "شركة",  "وزارة",  "ادارة",  "فرع",   "مستشفي",  "بلدية",  "مجلس",
    "غرفة",  "امانة",  "محكمة",  "كلية",  "مديرية",  "شرطة",   "قطاع",
    "مكتب",  "سفارة",  "قنصلية", "جمعية", "المملكة", "الدولة", NULL
};

/* Word t is ب + a place or a body («بالمنطقة», «بمنطقة», «بالنادي»):
 * after a title it says where the office is («مدير الشرطة بالمنطقة»),
 * part of the subject, not an object. */
int ar_bi_place(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    if (!starts(k, "ب"))
        return 0;
    const char *b = k + 2;
    if (in_list(b, AR_PLACE_NOUNS))
        return 1;
    return starts(b, "ال") && in_list(b + 4, AR_PLACE_NOUNS);
}

int ar_name_word(const ctx *c, uint32_t t, uint32_t b)
{
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    char key[KEY_CAP];
    fold_tok(c, t, key);
    int art;
    const char *k = ar_bare(key, &art);
    if (art || in_list(k, AR_NOUNS) || in_list(key, AR_NOUNS) ||
        in_list(key, AR_NEVER_NAME))
        return 0;
    /* (the name «باسم» is «on behalf of» after a spokesman) */
    if (t > 0 && in_list(key, AR_ON_BEHALF) && is_word(c, t - 1) &&
        key_is(c, t - 1, AR_SPOKESMAN))
        return 0;
    if (ar_bi_place(c, t) || (t > 0 && ar_bi_place(c, t - 1)))
        return 0; /* «بمنطقة مكة المكرمة»: where, not who */
    int prep = starts(key, "ب") || starts(key, "ل");
    /* ل + the article, whose alif is not written: «للحبوب», «للسياحة» (a
     * genitive of an organisation, «المؤسسة العامة للحبوب»); not a family
     * name in -ي right after the cue or a mark, «وفقا للدعرمي» */
    if (starts(key, "لل") && strlen(key) >= 8) {
        size_t kl = strlen(key);
        int nisba = strcmp(key + kl - 2, "ي") == 0;
        if (!(nisba && (t == 0 || !is_word(c, t - 1) || c->cue_at[t - 1] >= 0)))
            return 0;
    }
    if (prep && strlen(key) > 8 &&
        (starts(key + 2, "ال") || in_list(key + 2, AR_NOUNS)))
        return 0;
    if (prep && t + 1 <= b && is_word(c, t + 1)) {
        char nk[KEY_CAP];
        fold_tok(c, t + 1, nk);
        if (starts(nk, "ال"))
            return 0;
    }
    return strlen(k) > 2;
}

/*
 * The person's name at the end of a named source [a, b] (its title before
 * it): English and Russian, the capitalised run ending the span without
 * the title words that open it (TITLES, Mr/Ms); Arabic, from the first
 * word that is neither definite, nor a title or institution noun, nor a
 * preposition + noun («مدير إدارة الطرق بمنطقة الرياض المهندس خالد سعد»:
 * «خالد سعد»). 0 when the whole span is the name or no name is found.
 */
/* Honorifics before an Arabic person's name (folded): no part of it. */
static const char *const AR_HONORIFIC_WORDS[] = {
    "الدكتور",  "الدكتورة", "المهندس", "المهندسة", "الاستاذ",
    "الاستاذة", "الشيخ",    "السيد",   "السيدة",   NULL
};

int ar_honorific_at(const ctx *c, uint32_t t)
{
    return c->lang == LANG_AR && t < c->n_tok && is_word(c, t) &&
           key_is(c, t, AR_HONORIFIC_WORDS);
}

/* Arabic word t is the noun of a body («المجلس», «شركة», «فريق»), not a
 * person's title. */
static int ar_body_noun(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    int art;
    fold_tok(c, t, k);
    const char *b = ar_bare(k, &art);
    return generic_of(GENERIC_AR, ar_bare(b, &art), 0) != 0;
}

static int split_title_at(const ctx *c, uint32_t a, uint32_t b, uint32_t *na,
                          uint32_t *nb);

/* (Arabic: the emitted source and its fullest mention ask for the same
 * spans again and again. Once the cues, candidates and persons are final
 * (names_fixed) the answer changes only with the names quoted so far
 * (n_known, ar_name_run): the last one per first token is kept with b and
 * n_known, stamped with the article.) */
int split_title(const ctx *c, uint32_t a, uint32_t b, uint32_t *na,
                uint32_t *nb)
{
    if (a >= b || b >= c->n_tok)
        return 0;
    fsc__attribs *o = c->out;
    uint32_t *m = NULL;
    if (c->lang == LANG_AR && c->names_fixed && o && !o->memo_off) {
        m = memo_slot((void **)&o->st_memo, &o->cap_st_memo, sizeof *o->st_memo,
                      6, c->n_tok, a);
        if (m) {
            if (m[0] == o->stamp && m[1] == b && m[2] == c->n_known) {
                if (m[3]) {
                    *na = m[4];
                    *nb = m[5];
                }
                return (int)m[3];
            }
        }
    }
    uint32_t sa = 0, sb = 0;
    int found = split_title_at(c, a, b, &sa, &sb);
    if (m) {
        m[0] = o->stamp;
        m[1] = b;
        m[2] = c->n_known;
        m[3] = (uint32_t)found;
        m[4] = sa;
        m[5] = sb;
    }
    if (found) {
        *na = sa;
        *nb = sb;
    }
    return found;
}

static int split_title_at(const ctx *c, uint32_t a, uint32_t b, uint32_t *na,
                          uint32_t *nb)
{
    if (a >= b || b >= c->n_tok)
        return 0;
    /* «глава МИД России Сергей Лавров», «экс-глава Минфина Петр Соколов» */
    if (ru_split_title(c, a, b, na, nb))
        return 1;
    uint32_t s = a;
    /* «Официальный представитель Пентагона Джон Кирби»: the person after
     * the role and its organisation; «Представитель Минздрава» has none */
    uint32_t h = ru_role_head(c, a, b);
    if (h != UINT32_MAX &&
        (c->cand_at[b] < 0 || c->cands[c->cand_at[b]].generic)) {
        uint32_t p = ru_role_person(c, h, b);
        if (p == UINT32_MAX)
            return 0;
        *na = p;
        *nb = b;
        return 1;
    }
    if (c->lang != LANG_AR) {
        uint32_t f = name_back(c, b, a);
        if (f == UINT32_MAX || coordinated_names(c, a, b))
            return 0;
        while (f <= b && (key_in(c, f, TITLES) || key_is(c, f, TITLE_M) ||
                          key_is(c, f, TITLE_F) || !is_word(c, f)))
            f++;
        s = f;
    } else {
        /* a title, a comma and the person's name after it («رئيس حزب
         * الحركة القومية، دولت بهتشلي»): the words after the last comma,
         * an honorific aside */
        if (ar_title_at(c, a)) {
            uint32_t k = UINT32_MAX;
            for (uint32_t t = a + 1; t < b; t++)
                if (!is_word(c, t) && is_comma(cp(c, t)))
                    k = t;
            if (k != UINT32_MAX) {
                uint32_t n0 = k + 1;
                while (n0 < b && is_word(c, n0) && ar_title_at(c, n0))
                    n0++;
                int ok = n0 < b && b - n0 <= 4;
                for (uint32_t t = n0; ok && t <= b; t++)
                    ok = is_word(c, t) && !ar_title_at(c, t);
                if (ok) {
                    *na = n0;
                    *nb = b;
                    return 1;
                }
            }
        }
        /* a name we have no list for, then a title in apposition: «سيد
         * ظفر هاشمي المتحدث باسم الرئيس الأفغاني أشرف غني»: the words
         * before the title name the speaker; a name after the title's
         * genitive is another person's */
        if (!ar_title_at(c, a) && ar_name_run(c, a, b) == UINT32_MAX &&
            is_word(c, a) && ar_name_word(c, a, b) && !ar_definite(c, a) &&
            !ar_function_word(c, a) && !ar_object_at(c, a) &&
            !ar_body_noun(c, a)) {
            uint32_t k = a + 1;
            while (k <= b && is_word(c, k) && !ar_title_at(c, k) &&
                   ar_name_word(c, k, b) && !ar_definite(c, k) &&
                   !ar_function_word(c, k) && !key_is(c, k, AR_NAME_NOT2) &&
                   !ar_object_at(c, k))
                k++;
            /* (a title of a person, not the noun of a body: «لاعبو فريق
             * الاتحاد», «سهولة قيام المجلس» are no names) */
            if (k <= b && k - a >= 2 && k - a <= 4 && is_word(c, k) &&
                ar_title_at(c, k) && !ar_body_noun(c, k)) {
                *na = a;
                *nb = k - 1;
                return 1;
            }
        }
        /* a first name or a name quoted before opens the person's name; a
         * title may follow it in apposition («محمد الحمادي رئيس تحرير
         * صحيفة الاتحاد») */
        for (uint32_t t = a; t <= b; t++) {
            uint32_t e = ar_name_run(c, t, b);
            if (e == UINT32_MAX)
                continue;
            /* a name known from the article alone («مرام») and the
             * family name after it in the same phrase («مرام القصير») */
            if (e == t && e < b && !ar_first_name(c, t) &&
                ar_definite(c, t + 1) && !ar_title_at(c, t + 1) &&
                c->cue_at[t + 1] < 0)
                e = t + 1;
            /* ... or the first name we have no list for before it, after
             * a title («المحامي السويسري فرونسوا كارار») */
            if (e == t && t > a && !ar_first_name(c, t) &&
                ar_name_word(c, t - 1, b) && !ar_title_at(c, t - 1) &&
                !ar_definite(c, t - 1) && !ar_object_at(c, t - 1) &&
                !is_compl(c, t - 1) && c->tok[t - 1].len >= 6 &&
                (t - 1 == a || ar_title_at(c, t - 2) || ar_definite(c, t - 2)))
                t--;
            t = ar_descent_start(c, a, t); /* «مشبب بن محمد القحطاني» */
            if (t == a && e == b)
                return 0;
            *na = t;
            *nb = e;
            return 1;
        }
        /* an honorific opening the phrase is no part of the name: «الدكتور
         * باز ألدرين», «المهندس سامي ...» */
        while (s < b && is_word(c, s) && key_is(c, s, AR_HONORIFIC_WORDS))
            s++;
        if (s > a && s <= b && is_word(c, s) && !ar_title_at(c, s)) {
            *na = s;
            *nb = b;
            return 1;
        }
        while (s <= b && !ar_name_word(c, s, b))
            s++;
    }
    if (s <= a || s > b)
        return 0;
    *na = s;
    *nb = b;
    return 1;
}

/* Nouns that head a body's name (folded, no article): «الهيئة»,
 * «الشركة». */
static const char *const AR_BODY_HEADS[] = {
    "منظمة", "هيئة",   "جمعية", "مؤسسة", "مركز",  "مجلس",  "لجنة",
    "اتحاد", "حزب",    "حركة",  "جماعة", "شركة",  "جامعة", "وزارة",
    "ادارة", "مكتب",   "وكالة", "رابطة", "نقابة", "رئاسة", "كلية",
    "غرفة",  "مديرية", "امانة", "بلدية", "محكمة", "نيابة", "معهد",
    "مصرف",  "صندوق",  "شرطة",  "بنك",   NULL
};

int ar_body_head(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    int art;
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    return in_list(ar_bare(k, &art), AR_BODY_HEADS);
}

uint8_t np_form(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang != LANG_AR) {
        /* «Представитель Минздрава», «Источники Reuters»: a role and its
         * organisation, no person's name */
        uint32_t h = ru_role_head(c, a, b);
        if (h != UINT32_MAX && ru_role_person(c, h, b) == UINT32_MAX &&
            (c->cand_at[b] < 0 || c->cands[c->cand_at[b]].generic))
            return FSC__SF_NOMINAL;
        if (key_is(c, a, DETERMINERS))
            return FSC__SF_NOMINAL;
        /* "Local officials", "Senior aides", "Republican leaders" opening
         * the sentence: its first word is capitalised by its place, and a
         * common noun heads the phrase */
        if (a < b && a == c->sent_first[sent_of(c, a)] && is_word(c, b) &&
            !cap_word(c, b) && !possessive(c, b)) {
            int names = 0;
            for (uint32_t t = a + 1; t <= b; t++)
                names += name_word(c, t);
            if (!names)
                return FSC__SF_NOMINAL;
        }
        for (uint32_t t = a; t <= b; t++)
            if ((name_word(c, t) ||
                 /* "Trump's", the possessor of a noun cue */
                 (t == b && possessive(c, t) && cap_word(c, t) &&
                  c->cand_at[t] < 0 && c->cue_at[t] < 0)) &&
                (t != c->sent_first[sent_of(c, t)] ||
                 (t + 1 <= b && name_word(c, t + 1)) ||
                 !(key_in(c, t, SPEAKER_NOUNS) || ru_common_plural(c, t) ||
                   en_common_opening(c, t))))
                return FSC__SF_NAMED; /* "Reuters said", not "Police said" */
        return FSC__SF_NOMINAL;
    }
    for (uint32_t t = a; t <= b; t++) {
        if (!ar_name_word(c, t, b) && ar_name_run(c, t, b) == UINT32_MAX)
            continue;
        return FSC__SF_NAMED; /* «شكري», «الحمادي» once quoted by name */
    }
    /* a body's full name with its genitive after ل («الهيئة السعودية
     * للمواصفات», «الشركة المشغلة للنفق») names the body; a title before
     * it describes a person, nominal («مدير عام المؤسسة العامة للحبوب») */
    char hk[KEY_CAP];
    int art;
    fold_tok(c, a, hk);
    if (is_word(c, a) && in_list(ar_bare(hk, &art), AR_BODY_HEADS) && art)
        for (uint32_t t = a + 1; t <= b; t++) {
            char k[KEY_CAP];
            if (!is_word(c, t))
                continue;
            fold_tok(c, t, k);
            if (starts(k, "لل") && strlen(k) >= 8)
                return FSC__SF_NAMED;
        }
    /* an honorific and the words after it name a person, whatever the
     * name looks like («الدكتور باز ألدرين») */
    for (uint32_t t = a; t < b && t <= a + 4; t++)
        if (is_word(c, t) && key_is(c, t, AR_HONORIFIC_WORDS) &&
            is_word(c, t + 1) && !ar_title_at(c, t + 1))
            return FSC__SF_NAMED;
    return FSC__SF_NOMINAL;
}

/* The head of [a, b] names an unnamed source ("officials", «مصادر»): 1,
 * or 2 when it is an English head before a preposition, whose phrase may
 * end in an organisation's name ("officials at the Harbour Board"). */
static int np_anonymous(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang == LANG_AR) /* the head comes first: «مصادر مطلعة» */
        return is_word(c, a) && key_is(c, a, ANON_HEADS);
    /* (Russian: the role heads it, «Источник агентства») */
    uint32_t h = ru_role_head(c, a, b);
    if (h != UINT32_MAX)
        return ru_anon_role(c, h);
    /* (English: the noun before a preposition heads the phrase, "a
     * source in the Kremlin", "officials at the ministry"; not before "of",
     * "two of her aides", "the majority of voters") */
    uint32_t e = b;
    for (uint32_t t = a + 1; t <= b && c->lang == LANG_EN; t++)
        if (is_word(c, t) && key_in(c, t, NAME_PREP) &&
            !key_is(c, t, OF_WORD) && is_word(c, t - 1)) {
            e = t - 1;
            break;
        }
    for (uint32_t t = e + 1; t-- > a;)
        if (is_word(c, t))
            return key_is(c, t, ANON_HEADS) ? (e < b ? 2 : 1) : 0;
    return 0;
}

/* Set r to the noun phrase [a, b] as the source: named or nominal, or
 * anonymous by its head. */
void set_np(const ctx *c, srcres *r, uint32_t a, uint32_t b, const char *rule)
{
    uint8_t form = np_form(c, a, b);
    int anon = np_anonymous(c, a, b);
    if (anon && (form != FSC__SF_NAMED || c->lang == LANG_AR || anon == 2)) {
        src_fresh(r);
        r->kind = FSC__SRC_ANONYMOUS;
        r->actor = -1;
        r->first = a;
        r->last = b;
        r->inherited = 0;
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous_np";
        r->form = FSC__SF_ANONYMOUS;
    } else if (form == FSC__SF_NAMED) {
        set_named(r, a, b, rule);
        r->form = FSC__SF_NAMED;
    } else {
        set_named(r, a, b, rule);
        r->form = FSC__SF_NOMINAL;
        r->conf = FSC__CONF_UNRESOLVED + 0.1;
    }
    r->gender = title_gender(c, a, b);
    if (c->lang == LANG_AR && r->gender == FSC__G_UNKNOWN &&
        ar_plural_head(c, a, b))
        r->gender = FSC__G_PLURAL;
}

/* The source [a, e]: the candidate (actor or earlier name) ending at e,
 * else the phrase itself. */
void set_name_src(const ctx *c, srcres *r, uint32_t a, uint32_t e, double conf,
                  const char *rule)
{
    int32_t k = c->cand_at[e];
    if (k >= 0)
        set_src_from_cand(c, k, r, conf, rule);
    else
        set_np(c, r, a, e, rule);
}

/* English: a name starting at a (up to hi) followed by a lower-case word
 * that can be its verb ("Sanders delivered", not "Police said" alone or
 * "Trump the"): the name's last token, or UINT32_MAX. */
uint32_t name_then_verb(const ctx *c, uint32_t a, uint32_t hi)
{
    uint32_t e = name_fwd(c, a, hi);
    if (e == UINT32_MAX || e + 1 >= c->n_tok ||
        c->tok[e + 1].sent != c->tok[a].sent || !is_word(c, e + 1) ||
        cap_word(c, e + 1) || key_in(c, e + 1, NAME_STOP) ||
        (e == a && key_in(c, a, SPEAKER_NOUNS)))
        return UINT32_MAX;
    return e;
}

void set_writer_src(srcres *r, uint32_t first, uint32_t last)
{
    r->kind = FSC__SRC_UNRESOLVED;
    r->actor = -1;
    r->inherited = 0;
    r->conf = FSC__CONF_UNRESOLVED;
    r->rule = "first_person";
    r->form = FSC__SF_PRONOUN;
    r->first = first;
    r->last = last;
}

/* A pronoun source at t: its span, its gender, and its antecedent. */
void set_pronoun(const ctx *c, srcres *r, uint32_t t, uint8_t g, uint32_t s,
                 const char *rule)
{
    src_fresh(r);
    r->form = FSC__SF_PRONOUN;
    /* "I"/"we" outside quotation marks: in a transcript's answer, the
     * speaker of its label; elsewhere the author, no one quoted before */
    /* (not in a dialogue line, «— Я думаю, что ..., — сказал он», whose
     * words are the speaker's without quotation marks) */
    uint32_t s0 = c->sent_first[sent_of(c, t)];
    int dialogue = s0 < c->n_tok && !is_word(c, s0) && is_dash(cp(c, s0));
    if (key_is(c, t, FIRST_PERSON) && c->inquote[t] < 0 && !dialogue) {
        uint32_t la, lb;
        if (answer_label(c, t, &la, &lb)) {
            set_np(c, r, la, lb, rule);
            r->res_first = r->name_first = la;
            r->res_last = r->name_last = lb;
            r->inherited = 1;
            r->conf = FSC__CONF_PRONOUN;
            r->first = r->last = t;
            r->form = FSC__SF_PRONOUN;
        } else {
            set_writer_src(r, t, t);
        }
        return;
    }
    /* English "it": a body or a document, never a person */
    static const char *const IT[] = { "it", NULL };
    uint8_t want = g;
    if (c->lang == LANG_EN && g == FSC__G_UNKNOWN && key_is(c, t, IT))
        want = FSC__G_THING;
    int got = en_clause_subject(c, t, want, r, FSC__CONF_PRONOUN, rule) ||
              en_prev_subject(c, t, want, r, FSC__CONF_PRONOUN, rule) ||
              inherit_g(c, s, 4, t, r, FSC__CONF_PRONOUN, rule, want, 1);
    /* "he", "she", "they" in an interview answer are someone the speaker
     * talks about, never the speaker ("My husband came home. He told me
     * ..." in Maria Lopez's answer is not Maria Lopez) */
    uint32_t la, lb;
    if (got && answer_label(c, t, &la, &lb) &&
        (names_label(c, la, lb, r->res_first, r->res_last) ||
         names_label(c, la, lb, r->name_first, r->name_last))) {
        src_fresh(r);
        r->name_first = 1;
        r->name_last = 0;
        got = 0;
    }
    if (!got) {
        r->kind = FSC__SRC_UNRESOLVED;
        r->actor = -1;
        r->inherited = 0;
        r->conf = FSC__CONF_UNRESOLVED;
        r->rule = "pronoun_unresolved";
    }
    r->first = r->last = t;
    r->form = FSC__SF_PRONOUN;
    if (g != FSC__G_UNKNOWN)
        r->gender = g;
}

/*
 * The noun phrase ending at token e (English, Russian): back over words
 * that may belong to it, at most `max` words; never past punctuation
 * (apart from "." in "Mr."/"Sen." and the hyphen of a compound), a clause
 * opener, a cue or a complementizer; it ends after a determiner. Returns
 * its first token or UINT32_MAX.
 */
uint32_t np_back(const ctx *c, uint32_t e, uint32_t lo, int max)
{
    if (!is_word(c, e) || key_is(c, e, NP_STOP) || is_compl(c, e) ||
        key_is(c, e, DETERMINERS) || key_is(c, e, RELATIVES))
        return UINT32_MAX;
    uint32_t a = e;
    int words = 1;
    while (a > lo && words < max) {
        uint32_t t = a - 1;
        if (!is_word(c, t)) {
            if (name_link(c, t) && t > lo && is_word(c, t - 1)) {
                a = t - 1;
                words++;
                continue;
            }
            break;
        }
        if (key_is(c, t, NP_STOP) || is_compl(c, t) || c->cue_at[t] >= 0 ||
            key_is(c, t, RELATIVES) || key_is(c, t, SUBJ_SKIP))
            break;
        a = t;
        words++;
        if (key_is(c, t, DETERMINERS))
            break;
    }
    /* a phrase may not begin inside "of/for ...": "head of the agency" is
     * whole, "for the campaign" alone is no subject */
    while (a < e && key_is(c, a, NP_INNER))
        a++;
    return a;
}
