/*
 * attrib.c - the attribution finder: builds the per-article context (cues,
 * candidate sources, quotations, sentences), orders the items (quotations,
 * cues, colon and dash attributions) and runs the stages in one pass over
 * them: speaker.c for sources, content.c for contents; then trims and
 * merges. Plain C over tokens; linear in the article except for short
 * bounded windows; never fails on odd input (FSC_ENOMEM only).
 */
#include "attrib_int.h"
#include "utf8.h"

static int add_cand(ctx *c, uint32_t a, uint32_t b, uint8_t kind,
                    uint8_t generic, int32_t actor)
{
    if (!grow((void **)&c->cands, &c->cap_cands, c->n_cands + 1,
              sizeof *c->cands))
        return 0;
    cand *x = &c->cands[c->n_cands];
    x->first = a;
    x->last = b;
    x->kind = kind;
    x->generic = generic;
    x->actor = actor;
    for (uint32_t t = a; t <= b && t < c->n_tok; t++)
        if (c->cand_at[t] < 0)
            c->cand_at[t] = (int32_t)c->n_cands;
    c->n_cands++;
    return 1;
}

static int cmp_attr(const void *pa, const void *pb)
{
    const fsc__attribution *a = pa, *b = pb;
    if (a->content_first_tok != b->content_first_tok)
        return a->content_first_tok < b->content_first_tok ? -1 : 1;
    if (a->content_last_tok != b->content_last_tok)
        return a->content_last_tok > b->content_last_tok ? -1 : 1;
    return 0;
}

/* ASCII letters, Arabic (U+0600-06FF) and Cyrillic (U+0400-04FF) code
 * points of valid UTF-8 s[0..len), by their bytes: an ASCII byte is a code
 * point of its own, and every byte D8..DB or D0..D3 is the lead of one
 * such two-byte point (no trail byte is 0xC0 or more), so counting the
 * bytes counts the points that dec() would read. Eight bytes at a time:
 * on the low seven bits of each byte, adding 0x80 - k sets the byte's top
 * bit exactly when they are >= k, with no carry into the next byte. */
static void count_scripts(const unsigned char *s, size_t len, size_t *ar,
                          size_t *ru, size_t *la)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
#define GE7(v, k) ((v) + ones * (0x80u - (k)))
#define BYTES(v)  (size_t)((((v) >> 7) * ones) >> 56)
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (!(w & high)) {
            const uint64_t x = w | ones * 0x20;
            *la += BYTES(GE7(x, 'a') & ~GE7(x, 'z' + 1) & high);
            continue;
        }
        const uint64_t lo7 = w & ~high, x = lo7 | ones * 0x20;
        *la += BYTES(GE7(x, 'a') & ~GE7(x, 'z' + 1) & ~w & high);
        *ar += BYTES(GE7(lo7, 0x58) & ~GE7(lo7, 0x5C) & w & high);
        *ru += BYTES(GE7(lo7, 0x50) & ~GE7(lo7, 0x54) & w & high);
    }
#undef GE7
#undef BYTES
    for (; i < len; i++) {
        *la += s[i] < 0x80 && (s[i] | 32) >= 'a' && (s[i] | 32) <= 'z';
        *ar += s[i] >= 0xD8 && s[i] <= 0xDB;
        *ru += s[i] >= 0xD0 && s[i] <= 0xD3;
    }
}

/* count_scripts() of any text, a code point at a time as dec() reads
 * it. */
static void count_scripts_dec(const unsigned char *s, size_t len, size_t *ar,
                              size_t *ru, size_t *la)
{
    size_t n;
    for (size_t i = 0; i < len; i += n) {
        /* Eight ASCII bytes at a time: count the letters (byte | 0x20 in
         * 'a'..'z') without a branch. With every byte below 0x80, adding
         * 0x1F sets a byte's top bit exactly when it is >= 'a', adding 0x05
         * when it is > 'z', and no byte carries into the next. */
        if (len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                uint64_t x = w | 0x2020202020202020ull;
                uint64_t ge_a = (x + 0x1F1F1F1F1F1F1F1Full);
                uint64_t gt_z = (x + 0x0505050505050505ull);
                uint64_t hit = (ge_a & ~gt_z & 0x8080808080808080ull) >> 7;
                *la += (size_t)((hit * 0x0101010101010101ull) >> 56);
                n = 8;
                continue;
            }
        }
        if (s[i] < 0x80) { /* dec()'s first case, without the call */
            n = 1;
            *la += ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z');
            continue;
        }
        uint32_t ch = dec(s + i, len - i, &n);
        if (ch >= 0x600 && ch <= 0x6FF)
            (*ar)++;
        else if (ch >= 0x400 && ch <= 0x4FF)
            (*ru)++;
        else if ((ch | 32) >= 'a' && (ch | 32) <= 'z')
            (*la)++;
    }
}

static int guess_lang(const char *text, size_t len)
{
    size_t ar = 0, ru = 0, la = 0;
    const unsigned char *s = (const unsigned char *)text;
    if (fsc__utf8_valid(text, len, NULL, NULL, NULL))
        count_scripts(s, len, &ar, &ru, &la);
    else
        count_scripts_dec(s, len, &ar, &ru, &la);
    if (ar >= ru && ar >= la && ar > 0)
        return LANG_AR;
    if (ru >= la && ru > 0)
        return LANG_RU;
    return LANG_EN;
}

/* item.actor of an Arabic name and a colon opening a sentence. */
#define ITEM_COLON_NAME (-2)

static uint32_t colon_name_end(const ctx *c, uint32_t t, uint32_t hi)
{
    return c->lang == LANG_AR ? ar_colon_name_end(c, t, hi)
                              : en_colon_name_end(c, t, hi);
}

typedef struct item {
    uint32_t at;
    int32_t cue;   /* icue index or -1 */
    int32_t quote; /* quote index or -1 */
    int32_t actor; /* cand index for colon / dash attribution, -1 */
} item;

static int cmp_item(const void *pa, const void *pb)
{
    const item *a = pa, *b = pb;
    return a->at < b->at ? -1 : a->at > b->at;
}

static int cmp_icue(const void *pa, const void *pb)
{
    const icue *a = pa, *b = pb;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Speech-verb tokens inside an anonymous phrase ("sources said"). */
static int has_said(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t <= b; t++)
        if (key_in(c, t, SAID))
            return 1;
    return 0;
}

/* Determiners and possessives before a noun: "the claims", «его
 * заявления». */
static const char *const NOUN_DET[] = { "the", "a",     "an",    "his",
                                        "her", "its",   "their", "our",
                                        "my",  "these", "those", "such",
                                        "any", "no",    "whose", NULL };
/* English prepositions before a noun that looks like a cue. */
static const char *const NOUN_PREP[] = { "over",  "amid",  "despite", "of",
                                         "about", "after", "with",    "without",
                                         "for",   "from",  "by",      "among",
                                         "in",    "on",    NULL };
static const char *const OF[] = { "of", NULL };

static const char *const BY_AGENT[] = { "by", NULL };
static const char *const TO_WORD[] = { "to", NULL };
static const char *const YET_WORD[] = { "yet", NULL };

/* Nouns of data and documents that show things (folded; English). */
static const char *const DATA_NOUNS[] = {
    "poll",        "polls",    "polling",    "survey",    "surveys",
    "study",       "studies",  "report",     "reports",   "analysis",
    "analyses",    "census",   "data",       "figures",   "statistics",
    "records",     "record",   "estimates",  "documents", "document",
    "results",     "findings", "numbers",    "research",  "investigation",
    "review",      "audit",    "assessment", "images",    "photos",
    "photographs", "video",    "videos",     "footage",   "emails",
    "tests",       "test",     "evidence",   "filings",   "returns",
    "projections", "forecast", "forecasts",  "model",     "models",
    "index",       "tally",    "count",      "chart",     "map",
    NULL
};

/* English words of the first person (folded), in or after a contraction:
 * a quotation that holds one speaks for someone. */
static const char *const EN_FIRST_PERSON[] = {
    "i",         "me",         "my",         "mine",      "myself",
    "we",        "us",         "our",        "ours",      "i'm",
    "i've",      "i'd",        "i'll",       "we're",     "we've",
    "we'd",      "we'll",      "i\u2019m",   "i\u2019ve", "i\u2019d",
    "i\u2019ll", "we\u2019re", "we\u2019ve", "we\u2019d", "we\u2019ll",
    NULL
};

static int first_person_words(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t <= b && t < c->n_tok; t++)
        if (is_word(c, t) && key_is(c, t, EN_FIRST_PERSON))
            return 1;
    return 0;
}

/*
 * English: a quotation with no cue that goes on the writer's sentence as
 * the object of its verb, in a sentence that opens with a pronoun or a
 * name and that verb ('She typically chooses "to portray beloved
 * characters ... I also enjoy ..."', 'Smith describes his style as "what
 * I call ..."'): when the quoted words speak in the first person they are
 * the subject's own, for nobody else in the sentence can say "I". A
 * quotation with no first-person word may be a title or the writer's
 * scare quotes, and is left to the rules after this one.
 */
static int object_quote_subject(const ctx *c, const fsc__quote *qu, srcres *r)
{
    if (c->lang != LANG_EN || qu->open_tok == 0 || qu->unclosed ||
        qu->first_tok > qu->last_tok)
        return 0;
    uint32_t p = qu->open_tok - 1, s = sent_of(c, qu->open_tok);
    uint32_t f = c->sent_first[s];
    while (f < p && !is_word(c, f))
        f++;
    /* the mark right after a word of the clause, with no punctuation
     * between the subject and it: a short clause, subject and verb */
    if (!is_word(c, p) || sent_of(c, p) != s || p <= f || p - f > 6)
        return 0;
    for (uint32_t t = f; t <= p; t++)
        if (!is_word(c, t) &&
            !(c->tok[t].len == 1 && (c->text[c->tok[t].off] == '\'' ||
                                     c->text[c->tok[t].off] == '.')))
            return 0;
    if (!first_person_words(c, qu->first_tok, qu->last_tok))
        return 0;
    int pron;
    uint8_t g = pronoun_gender(c, f, &pron);
    if (pron && key_in(c, f, PRONOUNS) && !key_is(c, f, PRON_N)) {
        set_pronoun(c, r, f, g, s, "quote_object_subject");
        return 1;
    }
    uint32_t e = name_then_verb(c, f, p - 1);
    if (e == UINT32_MAX || e + 1 >= p)
        return 0;
    set_name_src(c, r, f, e, FSC__CONF_COLON_DASH, "quote_object_subject");
    return 1;
}

/*
 * English: a quotation with no cue that opens inside the writer's sentence
 * after at least three words of it ("Trump also embraced enhanced
 * interrogation -- \"I think ...\"", "Brown described the group during
 * an interview as \"a remnant ...\""): the subject of that sentence's
 * clause (clause_subject()) said it, rather than the newest speaker of
 * the sentences before.
 */
static int sentence_quote_subject(const ctx *c, const fsc__quote *qu, srcres *r)
{
    if (c->lang != LANG_EN || qu->open_tok == 0 || qu->first_tok > qu->last_tok)
        return 0;
    uint32_t s = sent_of(c, qu->open_tok), f = c->sent_first[s];
    if (f >= qu->open_tok || words_in(c, f, qu->open_tok - 1) < 3)
        return 0;
    icue w;
    memset(&w, 0, sizeof w);
    w.first = w.last = qu->open_tok;
    w.idx = -1;
    w.quote = -1;
    if (!clause_subject(c, &w, s, r))
        return 0;
    /* "IOWA POLLS NOT NECESSARILY WRONG - X: \"...\"": a headline in
     * capitals is no subject */
    if (r->first <= r->last && r->first < c->n_tok && is_word(c, r->first)) {
        const fsc__token *k = &c->tok[r->first];
        const char *x = c->text + k->off;
        int caps = k->len >= 2;
        for (uint32_t i = 0; i < k->len && caps; i++)
            caps = x[i] >= 'A' && x[i] <= 'Z';
        if (caps)
            return 0;
    }
    r->rule = "quote_clause_subject";
    return 1;
}

/* Is word t a noun of data or documents ("poll", "study", "records")? */
int data_noun(const ctx *c, uint32_t t)
{
    return key_is(c, t, DATA_NOUNS);
}

/* The data noun in the subject of evidence cue q ("showed", "showing"):
 * the first of the phrase among the twelve words before the cue in its
 * clause ("A Real Clear Politics average of polls shows", "A poll
 * conducted by voters in Saturday's primary showed", "despite polls
 * showing"); UINT32_MAX when there is none. */
uint32_t data_subject(const ctx *c, const icue *q)
{
    uint32_t lo = c->sent_first[sent_of(c, q->first)], found = UINT32_MAX;
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 12;) {
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            /* "The poll, released Monday by X, showed": over a phrase
             * set off by commas right before the cue */
            if (is_comma(ch) && t + 1 == q->first && w == 0) {
                uint32_t u = t;
                while (u > lo && u + 24 > t && !is_comma(cp(c, u - 1)) &&
                       !is_final(cp(c, u - 1)))
                    u--;
                if (u > lo && u + 24 > t && is_comma(cp(c, u - 1))) {
                    t = u - 1;
                    continue;
                }
            }
            if (is_comma(ch) || is_final(ch) || ch == ':' || c->qmark[t] >= 0)
                break;
            continue;
        }
        if (is_compl(c, t) || c->cue_at[t] >= 0)
            break;
        if (key_is(c, t, DATA_NOUNS))
            found = t;
        w++;
    }
    return found;
}

/* English nouns in -ly of a person or a body, who may speak ("the family
 * said", "the assembly voted"; folded). */
static const char *const LY_NOUNS[] = { "family", "assembly", "ally", "bully",
                                        NULL };

/* English word t ends in -ly and is no name nor a noun of LY_NOUNS
 * ("previously", "widely"). */
static int ly_adverb(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return w->len > 4 && !cap_word(c, t) &&
           memcmp(c->text + w->off + w->len - 2, "ly", 2) == 0 &&
           !key_is(c, t, LY_NOUNS);
}

static const char *const MODALS[] = { "may",   "might",  "can",  "could",
                                      "would", "should", "must", NULL };
static const char *const AR_ALA[] = { "علي", NULL }; /* على, folded */
/* Particles before a subjunctive verb (folded): كي، لكي، أن، لن. */
static const char *const AR_SUBJUNCTIVE[] = { "كي", "لكي", "ان", "لن", NULL };

/* Degree words before an adjective ("too focused"), never before a
 * finite verb. */
static const char *const DEGREE[] = { "very",   "so",   "too",   "quite",
                                      "rather", "less", "least", NULL };

/*
 * Is cue q used as a reporting expression here? For cues whose entry has
 * another sense (sense "ambiguous"): a complementizer, a colon or a
 * quotation within its clause after it (over a subject of at most 24
 * words: «وذكرت الصحيفة أن», "added that", "claims that"), or a cue set
 * after what it reports (', he added.', '," added Smith'); never right
 * after a determiner (the noun: "the claims"), before a number ("added
 * 0.5 per cent"), or in an English passive without a complement ("was
 * denied the service").
 */
static int reporting_frame(const ctx *c, const icue *q)
{
    uint32_t s = sent_of(c, q->first), lo = c->sent_first[s],
             hi = c->sent_last[s];
    uint32_t p = q->first > lo ? q->first - 1 : UINT32_MAX;
    uint32_t n = q->last + 1;
    if (c->lang == LANG_EN && p != UINT32_MAX && is_word(c, p) &&
        key_is(c, p, NOUN_DET))
        return 0;
    /* "was condemned by the opposition", "was first reported by": a
     * passive of speech with its agent */
    if (c->lang == LANG_EN && en_passive_by(c, q) != UINT32_MAX)
        return 1;
    /* "was accused of", "was asked about": a passive with its charge or
     * question (before the noun reading below) */
    if (c->lang == LANG_EN && p != UINT32_MAX && is_word(c, p) &&
        key_is(c, p, PASSIVE_AUX) && !ing_form(c, q->first) &&
        passive_charge(c, q))
        return 1;
    /* the noun after a preposition or before "of": "over fears of the
     * virus", "amid claims of fraud", "the fears of voters" */
    if (c->lang == LANG_EN && q->first == q->last &&
        q->form != FSC__FORM_PARTICIPLE /* "after saying" is a verb */ &&
        ((p != UINT32_MAX && is_word(c, p) && key_is(c, p, NOUN_PREP)) ||
         (n <= hi && is_word(c, n) && key_is(c, n, OF))))
        return 0;
    if (n <= hi && c->tok[n].kind == FSC__TOK_NUMBER)
        return 0;
    if (en_label_verb(c, q))
        return call_frame(c, q, lo, hi); /* "is called X" names */
    if (c->lang == LANG_EN && p != UINT32_MAX && key_is(c, p, PASSIVE_AUX) &&
        !ing_form(c, q->first)) {
        /* "was denied the service" vs "it was reported that", "was
         * accused of" */
        for (uint32_t t = n; t <= hi && t <= n + 2; t++)
            if (is_compl(c, t) || c->qmark[t] >= 0 ||
                (!is_word(c, t) && cp(c, t) == ':'))
                return 1;
        return passive_charge(c, q) || en_passive_by(c, q) != UINT32_MAX;
    }
    /* English and Russian reporting verbs take objects too ("slammed the
     * plan" is reported criticism): past the checks above they count.
     * Arabic, with no capitals to tell a subject, needs the frame; so do
     * "continue" and "go on", whose object is an action ("continued his
     * bid", "went on a stabbing spree"), and a participle after a
     * preposition ("in responding to these questions"). */
    int prep_ing = c->lang == LANG_EN && q->form == FSC__FORM_PARTICIPLE &&
                   p != UINT32_MAX && is_word(c, p) && key_is(c, p, NOUN_PREP);
    if (c->lang != LANG_AR && !lemma_is(c, q, "continue") &&
        !lemma_is(c, q, "go on") && !prep_ing &&
        q->ambiguous != FSC__SENSE_FRAME)
        return 1;
    /* "read": what a sign or a document says, the quotation or colon
     * right after it ('a shirt that read "..."') or the verb set after
     * the quotation; never an imperative opening the sentence ("Read the
     * latest updates:") nor the verb of a reader ("had him read a
     * newspaper aloud so ''...''") */
    int read = c->lang == LANG_EN && lemma_is(c, q, "read");
    if (read) {
        if (q->first == lo)
            return 0;
        static const char *const IN_PART[] = { "in", "part", NULL };
        if (n + 2 <= hi && key_is(c, n, IN_PART) && key_is(c, n + 1, IN_PART))
            n += 2; /* "read in part, “...”" */
        if (n <= hi &&
            (c->qmark[n] >= 0 || (!is_word(c, n) && cp(c, n) == ':') ||
             (n + 1 <= hi && !is_word(c, n) && is_comma(cp(c, n)) &&
              c->qmark[n + 1] >= 0)))
            return 1;
    }
    /* after it: a complementizer, colon or quotation mark in its clause */
    int words = 0; /* Arabic subjects with their titles run long */
    for (uint32_t t = n; t <= hi && words <= 24 && !read; t++) {
        if (is_word(c, t)) {
            if (is_compl(c, t))
                return 1;
            if (c->cue_at[t] >= 0 && t > q->last)
                break;
            words++;
            continue;
        }
        uint32_t ch = cp(c, t);
        if (ch == ':' || c->qmark[t] >= 0)
            return 1;
        if (is_final(ch))
            break;
        /* (a Russian complement clause opens with its comma: «показал,
         * что») */
        if (is_comma(ch) && c->lang == LANG_RU && t + 1 <= hi &&
            is_word(c, t + 1) && is_compl(c, t + 1))
            return 1;
        /* (and a reported question with its own: «спросил, почему …»,
         * «поинтересовался, успеют ли …») */
        if (is_comma(ch) && c->lang == LANG_RU && ru_question_at(c, t + 1, hi))
            return 1;
        /* "She continued, “...”": a comma and the opening mark */
        if (is_comma(ch) && c->lang == LANG_EN && t == n && t + 1 <= hi &&
            c->qmark[t + 1] >= 0 && c->q->v[c->qmark[t + 1]].open_tok == t + 1)
            return 1;
        if (is_comma(ch) && c->lang != LANG_AR)
            break;
    }
    /* «شدد»/«أكد» + «على أن» (or «على ضرورة»/«على أهمية», AR_STRESSED)
     * after a long circumstance (a press conference,
     * its place and guests): up to 64 words, no other cue between */
    if (c->lang == LANG_AR && (lemma_is(c, q, "شدد") || lemma_is(c, q, "أكد")))
        for (uint32_t t = n, w = 0; t < hi && w < 64; t++) {
            if (!is_word(c, t)) {
                if (is_final(cp(c, t)))
                    break;
                continue;
            }
            w++;
            if (c->cue_at[t] >= 0 && t > q->last)
                break;
            if (key_is(c, t, AR_ALA) && is_word(c, t + 1) &&
                (is_compl(c, t + 1) || key_is(c, t + 1, AR_STRESSED)))
                return 1;
        }
    /* postposed: punctuation or a quotation mark shortly before, and its
     * clause ends soon after (for "continue" and "go on" a quotation
     * mark: "..., he continued." but not "unrest, ..., continued
     * elsewhere") */
    int need_quote =
        lemma_is(c, q, "continue") || lemma_is(c, q, "go on") || read;
    for (uint32_t t = q->first, w = 0; t-- > lo && w <= 4;) {
        if (is_word(c, t)) {
            w++;
            continue;
        }
        uint32_t ch = cp(c, t);
        if (!(is_comma(ch) || is_dash(ch) || c->qmark[t] >= 0))
            return 0;
        if (need_quote && c->qmark[t] < 0 && !(t > lo && c->qmark[t - 1] >= 0))
            return 0;
        uint32_t after = 0;
        for (uint32_t u = n; u <= hi && after <= 4; u++) {
            if (!is_word(c, u))
                return 1;
            after++;
        }
        return after <= 4;
    }
    return 0;
}

static fsc_status build(ctx *c, const fsc__cue *cues, size_t n_cues,
                        fsc_error *err)
{
    /* (sentences and the per-token indexes: set in the caller's pass
     * over the tokens) */
    /* Sentences with no token keep an empty range. */
    for (uint32_t s = 0; s < c->n_sent; s++)
        if (c->sent_first[s] == UINT32_MAX)
            c->sent_first[s] = 1, c->sent_last[s] = 0;
    /* quotes */
    for (size_t i = 0; c->q && i < c->q->n; i++) {
        const fsc__quote *qu = &c->q->v[i];
        if (qu->open_tok < c->n_tok)
            c->qmark[qu->open_tok] = (int32_t)i;
        if (qu->close_tok < c->n_tok)
            c->qmark[qu->close_tok] = (int32_t)i;
        if (qu->depth == 0 && !qu->unclosed)
            for (uint32_t t = qu->first_tok; t <= qu->last_tok && t < c->n_tok;
                 t++)
                c->inquote[t] = (int32_t)i;
    }
    /* cues, with the built-in briefing verbs */
    for (size_t i = 0; i < n_cues; i++) {
        const fsc__cue *x = &cues[i];
        if (x->first_tok > x->last_tok || x->last_tok >= c->n_tok)
            continue;
        if (!grow((void **)&c->cues, &c->cap_cues, c->n_cues + 1,
                  sizeof *c->cues))
            goto oom;
        icue *q = &c->cues[c->n_cues++];
        memset(q, 0, sizeof *q);
        q->first = x->first_tok;
        q->last = x->last_tok;
        q->kind = x->kind;
        q->form = x->form;
        q->stance = x->stance;
        q->cls = x->cls;
        q->ambiguous = x->ambiguous;
        q->impersonal = x->impersonal;
        q->agent = x->agent;
        q->data_subject = x->data_subject;
        q->idx = (int32_t)i;
        q->quote = -1;
    }
    for (size_t i = 0; i < c->n_cues; i++)
        for (uint32_t t = c->cues[i].first; t <= c->cues[i].last; t++)
            if (c->cue_at[t] < 0)
                c->cue_at[t] = (int32_t)i;
    size_t n_lex = c->n_cues;
    /* A word in none of these three tables starts no built-in cue. */
    const uint32_t builtin =
        class_bit(BRIEFING) | class_bit(IMPERSONAL) | class_bit(ACCORDING_AR);
    /* the last word before t: a poll phrase opens its sentence, so a word
     * of t's sentence before it rules one out without asking */
    uint32_t prev_word = UINT32_MAX;
    for (uint32_t t = 0; t < c->n_tok; t++) {
        if (!is_word(c, t))
            continue;
        uint32_t before = prev_word;
        prev_word = t;
        if (c->cue_at[t] >= 0)
            continue;
        /* "in the latest Post-ABC poll": the poll vouches (frames_en.c) */
        int poll =
            c->lang == LANG_EN &&
            (before == UINT32_MAX || before < c->sent_first[sent_of(c, t)]) &&
            en_poll_phrase(c, t) != UINT32_MAX;
        if (!poll && !(token_classes(c, t) & builtin))
            continue;
        int brief = !poll && key_in(c, t, BRIEFING);
        int imp = !poll && !brief && key_in(c, t, IMPERSONAL);
        int acc = !brief && !imp && c->lang == LANG_AR && t + 1 < c->n_tok &&
                  key_in(c, t, ACCORDING_AR) && is_word(c, t + 1) &&
                  c->cue_at[t + 1] < 0 &&
                  starts(c->text + c->tok[t + 1].off, "ل");
        if (!brief && !imp && !acc && !poll)
            continue;
        if (!grow((void **)&c->cues, &c->cap_cues, c->n_cues + 1,
                  sizeof *c->cues))
            goto oom;
        icue *q = &c->cues[c->n_cues++];
        memset(q, 0, sizeof *q);
        q->first = q->last = t;
        q->kind = acc || poll ? FSC__CUE_ACCORDING : FSC__CUE_SPEECH;
        q->form = acc || poll ? FSC__FORM_PHRASE : FSC__FORM_VERB;
        q->briefing = (uint8_t)brief;
        q->idx = -1;
        q->quote = -1;
    }
    if (c->n_cues > n_lex)
        fsc__qsort(c->cues, c->n_cues, sizeof *c->cues, cmp_icue);
    /* (only the cues' tokens were set) */
    for (size_t i = 0; i < c->n_cues; i++)
        for (uint32_t t = c->cues[i].first; t <= c->cues[i].last; t++)
            c->cue_at[t] = -1;
    int verse = -1; /* any mark of a cited verse (ar_verse_marks) */
    for (size_t i = 0; i < c->n_cues; i++) {
        icue *q = &c->cues[i];
        for (uint32_t t = q->first; t <= q->last; t++)
            if (c->cue_at[t] < 0)
                c->cue_at[t] = (int32_t)i;
        if (q->kind == FSC__CUE_ANONYMOUS) {
            c->anon_sent[sent_of(c, q->first)] = 1;
            q->self_anon = (uint8_t)has_said(c, q->first, q->last);
        }
        /* Cues inside a closed quotation belong to the quoted speaker: they
         * only introduce quotes nested in it. */
        if (c->inquote[q->first] >= 0)
            q->inq = 1;
        /* "did not say", «ولم تذكر», «не сообщил»: nothing is reported. */
        if (q->kind != FSC__CUE_ANONYMOUS && q->first > 0) {
            uint32_t p = q->first - 1;
            if (!is_word(c, p) && p > 0 && c->tok[p].len == 1 &&
                c->text[c->tok[p].off] == '\'')
                p--;
            char key[KEY_CAP];
            int neg = key_in(c, p, NEGATORS);
            if (!neg && c->lang == LANG_AR && is_word(c, p)) {
                fold_tok(c, p, key);
                neg = strcmp(key, "ولم") == 0 || strcmp(key, "ولا") == 0 ||
                      strcmp(key, "فلم") == 0;
            }
            if (!neg && c->lang == LANG_EN && is_word(c, p)) {
                fold_tok(c, p, key);
                size_t kl = strlen(key);
                neg = (kl > 3 && strcmp(key + kl - 3, "n't") == 0) ||
                      (kl > 5 && strcmp(key + kl - 5, "n\u2019t") == 0);
            }
            if (!neg && p > 0 && c->lang == LANG_EN && is_word(c, p - 1)) {
                /* "did not immediately say" */
                neg = key_in(c, p - 1, NEGATORS);
            }
            /* («لا يستبعد أن», «لم يستبعد»: not ruling out is a belief) */
            if (neg && c->lang == LANG_AR && lemma_is(c, q, "استبعد"))
                neg = 0;
            if (neg)
                q->skip = 1;
        }
        /* "the numbers that have been reported at the sites", "one of
         * these protocols is described here": an English passive with no
         * clause, quotation or colon after it reports nothing said */
        if (!q->skip && c->lang == LANG_EN && q->first > 0 &&
            q->kind == FSC__CUE_SPEECH && is_word(c, q->first - 1) &&
            key_is(c, q->first - 1, PASSIVE_AUX) && !ing_form(c, q->first) &&
            !passive_frame(c, q) && en_passive_by(c, q) == UINT32_MAX)
            q->skip = 1;
        /* "after confirming the hypothesis", "in responding to": an
         * English participle after a preposition, with no clause after
         * it; "the previously observed level": an adjective */
        if (!q->skip && c->lang == LANG_EN && q->form == FSC__FORM_PARTICIPLE &&
            q->first > 0 && is_word(c, q->first - 1) &&
            key_is(c, q->first - 1, NOUN_PREP) && !passive_frame(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_EN && q->first > 1 &&
            is_word(c, q->first - 1) && is_word(c, q->first - 2) &&
            key_is(c, q->first - 2, NOUN_DET) && ly_adverb(c, q->first - 1))
            q->skip = 1;
        /* "exit polls reported by CNN", "a survey conducted by": an
         * English passive participle with its agent modifies a noun */
        if (!q->skip && c->lang == LANG_EN && q->first == q->last &&
            q->last + 1 < c->n_tok && is_word(c, q->last + 1) &&
            key_is(c, q->last + 1, BY_AGENT) && q->first > 0 &&
            is_word(c, q->first - 1) && !key_is(c, q->first - 1, PASSIVE_AUX) &&
            !en_by_means(c, q->last + 2) /* "X said by telephone" */ &&
            en_passive_by(c, q) == UINT32_MAX /* "was first reported by" */)
            q->skip = 1;
        /* "a self-described Neo-Nazi", "a much-cited paper": a cue inside
         * a hyphenated compound is an adjective; so is an English -ed
         * form after a number ("1,124 pledged delegates") */
        if (!q->skip && q->first > 1 && !is_word(c, q->first - 1) &&
            c->tok[q->first - 1].len == 1 &&
            c->text[c->tok[q->first - 1].off] == '-' &&
            c->tok[q->first - 1].off == c->tok[q->first].off - 1 &&
            c->tok[q->first - 2].off + c->tok[q->first - 2].len ==
                c->tok[q->first - 1].off)
            q->skip = 1;
        if (!q->skip && c->lang == LANG_EN && q->first > 0 &&
            q->first == q->last && q->form == FSC__FORM_VERB &&
            ed_form(c, q->first) &&
            (c->tok[q->first - 1].kind == FSC__TOK_NUMBER ||
             (is_word(c, q->first - 1) && key_is(c, q->first - 1, NOUN_DET))))
            q->skip = 1; /* "a reported total", "the stated goal" */
        /* "the number of confirmed cases": an -ed form after a preposition
         * and before a noun (no complementizer, quotation or agent) */
        if (!q->skip && c->lang == LANG_EN && q->first > 0 &&
            q->first == q->last && q->form == FSC__FORM_VERB &&
            ed_form(c, q->first) && is_word(c, q->first - 1) &&
            key_is(c, q->first - 1, NOUN_PREP) && q->last + 1 < c->n_tok &&
            is_word(c, q->last + 1) && !cap_word(c, q->last + 1) &&
            !is_compl(c, q->last + 1) && !key_is(c, q->last + 1, BY_AGENT) &&
            !key_is(c, q->last + 1, TO_WORD))
            q->skip = 1;
        /* "looked to add justices": "to add" reports only in a frame */
        if (!q->skip && c->lang == LANG_EN && q->first > 0 &&
            lemma_is(c, q, "add") && is_word(c, q->first - 1) &&
            key_is(c, q->first - 1, TO_WORD) &&
            !(q->last + 1 < c->n_tok &&
              (is_compl(c, q->last + 1) || c->qmark[q->last + 1] >= 0 ||
               (!is_word(c, q->last + 1) && cp(c, q->last + 1) == ':'))))
            q->skip = 1;
        /* «كي يطالب», «لكي يقول», «أن يعلن»: a purpose or a
         * subjunctive verb, nothing reported yet */
        if (!q->skip && c->lang == LANG_AR && q->first > 0 &&
            q->kind == FSC__CUE_SPEECH && is_word(c, q->first - 1) &&
            key_is(c, q->first - 1, AR_SUBJUNCTIVE) &&
            q->form != FSC__FORM_PARTICIPLE && imperfect_ar(c, q->first))
            q->skip = 1;
        /* "is yet to respond", "has yet to comment on": nothing said
         * yet */
        if (!q->skip && c->lang == LANG_EN && q->first > 1 &&
            is_word(c, q->first - 1) && key_is(c, q->first - 1, TO_WORD) &&
            is_word(c, q->first - 2) && key_is(c, q->first - 2, YET_WORD))
            q->skip = 1;
        /* "he can and may declare an emergency", "would say": a modal
         * makes the act a possibility, nothing reported yet */
        if (!q->skip && c->lang == LANG_EN && q->first > 0 &&
            q->kind == FSC__CUE_SPEECH && is_word(c, q->first - 1) &&
            key_is(c, q->first - 1, MODALS) &&
            !en_position_cue(c, q)) /* "would vote for Reis" */
            q->skip = 1;
        /* «واستنكر X في تصريح له», «وقال X في بيان»: an Arabic phrase cue
         * after a verb cue of its clause is that verb's circumstance */
        if (!q->skip && c->lang == LANG_AR && q->form == FSC__FORM_PHRASE &&
            q->kind == FSC__CUE_SPEECH && i > 0) {
            const icue *v = &c->cues[i - 1];
            uint32_t s = sent_of(c, q->first);
            if (!v->skip && v->form == FSC__FORM_VERB &&
                v->kind == FSC__CUE_SPEECH && sent_of(c, v->last) == s &&
                q->first > v->last && q->first - v->last <= 24) {
                int clause = 1;
                for (uint32_t t = v->last + 1; t < q->first && clause; t++)
                    if (is_word(c, t) ? is_compl(c, t)
                                      : (is_final(cp(c, t)) ||
                                         cp(c, t) == ':' || c->qmark[t] >= 0))
                        clause = 0;
                if (clause)
                    q->skip = 1;
            }
        }
        /* "showed", "showing": evidence only when data are its subject,
         * or (English) when "that" opens a clause right after it: "the
         * audit found that", "their experience shows that" report a
         * finding whoever holds it ("found the keys", "showed no sign"
         * do not) */
        if (q->ambiguous == FSC__SENSE_DATA && !q->skip &&
            data_subject(c, q) == UINT32_MAX && !finding_that(c, q))
            q->skip = 1;
        /* "write-ins", "a tell-all", "call-in": the cue word is part of a
         * hyphenated compound */
        if (!q->skip && q->last + 2 < c->n_tok && !is_word(c, q->last + 1) &&
            cp(c, q->last + 1) == '-' && is_word(c, q->last + 2) &&
            c->tok[q->last + 1].off ==
                c->tok[q->last].off + c->tok[q->last].len &&
            c->tok[q->last + 2].off ==
                c->tok[q->last + 1].off + c->tok[q->last + 1].len)
            q->skip = 1;
        /* "too focused on", "very worried about": an adjective, not a
         * verb */
        if (c->lang == LANG_EN && !q->skip && q->first > 0 &&
            is_word(c, q->first - 1) && key_is(c, q->first - 1, DEGREE))
            q->skip = 1;
        /* Arabic verbs with a second, non-reporting sense, each with its
         * own frame: «عبر عن» with an attitude, «أوصى» with what it
         * recommends */
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "عبر") &&
            !ar_expressed_attitude(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "أوصى") &&
            q->form != FSC__FORM_PARTICIPLE && !ar_recommends(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR && q->form == FSC__FORM_NOUN &&
            q->kind != FSC__CUE_ANONYMOUS && !ar_nominal_report(c, q))
            q->skip = 1; /* «قوله إن», «تأكيد الوزارة أن» (nominal_ar.c) */
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "توصل") &&
            !ar_concluded_that(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "دافع") &&
            !ar_defended_view(c, q))
            q->skip = 1;
        /* the court's «أدان» (convicted), «ينتظر» without «أن» (awaits),
         * «تحدث عن» a topic with nothing said, «أكثر من المتوقع» (more
         * than expected): no report */
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "أدان") &&
            ar_legal_verdict(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "انتظر") &&
            q->form != FSC__FORM_PHRASE && !ar_expected_that(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "تحدث") &&
            ar_talked_about(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR &&
            (lemma_is(c, q, "توقع") || lemma_is(c, q, "انتظر")) &&
            ar_than_expected(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "أضاف") &&
            (ar_added_to(c, q) || ar_added_score(c, q)))
            q->skip = 1; /* «تضيف إلى هذا القلق» (adds to), «وأضاف X
                          * الهدف الثاني» (scored) */
        if (!q->skip && c->lang == LANG_AR &&
            (lemma_is(c, q, "أوضح") || lemma_is(c, q, "كشف") ||
             lemma_is(c, q, "بين") || lemma_is(c, q, "أظهر")) &&
            ar_shows_thing(c, q))
            q->skip = 1; /* «ووصف مختصر يوضح موضوع الصورة» (shows) */
        if (!q->skip && c->lang == LANG_AR && ar_looked_into(c, q))
            q->skip = 1; /* «واطلع على سير العمل» (looked into) */
        if (!q->skip && c->lang == LANG_AR && ar_no_report(c, q))
            q->skip = 1; /* «ومما يدعو إلى التفاؤل أن», «غير معلنة» */
        /* («طالب» as a name is no cue word at all: the subject before
         * and after it may run through it) */
        if (!q->skip && c->lang == LANG_AR && lemma_is(c, q, "طالب") &&
            ar_talib_name(c, q)) {
            q->skip = 1;
            c->cue_at[q->first] = -1;
        }
        /* «قلت» is also «قلّت» (decreased), and inside a quotation the
         * quoted speaker's own words: a first-person «قال» reports only
         * in its frame, outside quotations */
        if (!q->skip && ar_first_person_verb(c, q->first) &&
            !ar_first_person_cue(c, q))
            q->skip = 1;
        /* a verse of the Quran cited in «(( ))» or «﴿ ﴾» is scripture the
         * speaker quotes, not a report: a verb in it reports nothing
         * («أن الصدق واجب ((يا أيها الذين آمنوا اتقوا الله))») */
        if (!q->skip && c->lang == LANG_AR) {
            if (verse < 0) /* (once per article, when first asked) */
                verse = ar_verse_marks(c);
            if (verse && ar_in_verse(c, q->first))
                q->skip = 1;
        }
        /* Russian cue words in a sense that reports nothing: a verdict, a
         * celebration, "indicates", an answer with nothing reported, a
         * gain («признал виновным», «отметил юбилей», «это говорит о») */
        if (!q->skip && c->lang == LANG_RU && ru_other_sense(c, q))
            q->skip = 1;
        if (!q->skip && c->lang == LANG_EN && en_other_sense(c, q))
            q->skip = 1;
        /* "and 194 Republicans opposing.": a position with no object */
        if (!q->skip && en_position_no_object(c, q))
            q->skip = 1;
        /* "public support for", "came back": no verb of a position */
        if (!q->skip && en_position_base_noun(c, q))
            q->skip = 1;
        /* "allegations that surfaced last week": a relative clause */
        if (!q->skip && en_claim_relative(c, q))
            q->skip = 1;
        if (!q->skip && q->kind == FSC__CUE_ACCORDING && en_citing_clause(c, q))
            q->kind = FSC__CUE_SPEECH; /* ", citing the attack." */
        /* a cue with another, non-reporting sense counts only in a
         * reporting frame */
        if (q->ambiguous && q->ambiguous != FSC__SENSE_DATA && !q->skip &&
            q->kind == FSC__CUE_SPEECH &&
            !reporting_frame(c, q) && /* according-to: its noun decides */
            !ru_evidence_object(c, q)) /* «Данные показывают рост» */
            q->skip = 1;
    }
    return FSC_OK;
oom:
    return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
}

static fsc_status candidates(ctx *c, fsc_error *err)
{
    size_t ai = 0;
    for (uint32_t t = 0; t < c->n_tok; t++) {
        while (ai < c->n_actors && c->actors[ai].last_tok < t)
            ai++;
        if (ai < c->n_actors && c->actors[ai].first_tok == t) {
            const fsc__actor *a = &c->actors[ai];
            if (a->last_tok >= c->n_tok || a->last_tok < a->first_tok)
                continue;
            /* "Pashinyan's government said": the possessor is not the
             * speaker. */
            const fsc__token *lt = &c->tok[a->last_tok];
            if (c->lang == LANG_EN && lt->len > 2 &&
                (memcmp(c->text + lt->off + lt->len - 2, "'s", 2) == 0 ||
                 (lt->len > 4 && memcmp(c->text + lt->off + lt->len - 4,
                                        "\xe2\x80\x99s", 4) == 0))) {
                t = a->last_tok;
                continue;
            }
            if (!add_cand(c, t, a->last_tok, FSC__SRC_ACTOR, 0, (int32_t)ai))
                goto oom;
            t = a->last_tok;
            continue;
        }
        if (ai < c->n_actors && c->actors[ai].first_tok < t)
            continue; /* inside an actor */
        if (c->cue_at[t] >= 0 &&
            c->cues[c->cue_at[t]].kind == FSC__CUE_ANONYMOUS) {
            const icue *q = &c->cues[c->cue_at[t]];
            if (!add_cand(c, q->first, q->last, FSC__SRC_ANONYMOUS, 0, -1))
                goto oom;
            t = q->last;
            continue;
        }
        int g = generic_type(c, t);
        if (!g)
            continue;
        /* «صحيفة "أذرنيوز"», "the agency Trend", «газета «Коммерсант»»: a
         * new name follows; the actor (if known) is the source. */
        uint32_t n = t + 1;
        if (n < c->n_tok && c->tok[n].sent == c->tok[t].sent &&
            (c->qmark[n] >= 0 || c->cand_at[n] >= 0))
            continue;
        int32_t found = -1;
        for (size_t j = ai; j-- > 0;) {
            if (c->actors[j].last_tok < t && actor_fits(&c->actors[j], g)) {
                found = (int32_t)j;
                break;
            }
        }
        if (!add_cand(c, t, t,
                      found >= 0 ? FSC__SRC_ACTOR : FSC__SRC_UNRESOLVED, 1,
                      found))
            goto oom;
    }
    return FSC_OK;
oom:
    return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
}

/* Merge speech phrases next to a speech verb ("said in a statement",
 * «وقال ... في تصريحات»): the verb carries the attribution. */
static void merge_phrases(ctx *c, const fsc__cue *cues)
{
    for (size_t i = 0; i < c->n_cues; i++) {
        icue *q = &c->cues[i];
        if (q->kind != FSC__CUE_SPEECH || q->form != FSC__FORM_PHRASE ||
            q->idx < 0 || !cues[q->idx].lemma)
            continue;
        /* "told reporters" is a verb; "in a statement", «في تصريح» are not */
        if (strcmp(cues[q->idx].lemma, "statement") != 0 &&
            strcmp(cues[q->idx].lemma, "تصريح") != 0)
            continue;
        uint32_t s = sent_of(c, q->first);
        for (size_t j = 0; j < c->n_cues; j++) {
            const icue *v = &c->cues[j];
            if (j == i || v->form == FSC__FORM_PHRASE ||
                v->kind != FSC__CUE_SPEECH || sent_of(c, v->first) != s)
                continue;
            uint32_t d =
                v->first > q->last ? v->first - q->last : q->first - v->last;
            if (d <= 6) {
                q->skip = 1;
                break;
            }
        }
    }
}

fsc_status fsc__attrib_find(const char *text, size_t len, const fsc__token *tok,
                            size_t n_tok, const fsc__quotes *quotes,
                            const fsc__cue *cues, size_t n_cues,
                            const fsc__actor *actors, size_t n_actors,
                            fsc__attribs *out, fsc_error *err)
{
    return fsc__attrib_find_cls(text, len, tok, n_tok, quotes, cues, n_cues,
                                actors, n_actors, NULL, out, err);
}

fsc_status fsc__attrib_find_cls(const char *text, size_t len,
                                const fsc__token *tok, size_t n_tok,
                                const fsc__quotes *quotes, const fsc__cue *cues,
                                size_t n_cues, const fsc__actor *actors,
                                size_t n_actors, const fsc__attrib_forms *forms,
                                fsc__attribs *out, fsc_error *err)
{
    const uint32_t *cls_full = forms ? forms->cls_full : NULL;
    const uint32_t *cls_bare = forms ? forms->cls_bare : NULL;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "attrib: NULL output");
    out->n = 0;
    out->n_segs = 0;
    if (n_tok == 0 || !text || !tok)
        return FSC_OK;
    if (n_tok >= UINT32_MAX)
        return fsc__fail(err, FSC_ELIMIT, "attrib: too many tokens");
    uint32_t n_sent = 0; /* (counted in the same pass) */
    for (size_t i = 0; i < n_tok; i++) {
        if ((size_t)tok[i].off + tok[i].len > len || tok[i].len == 0)
            return FSC_OK; /* not tokens of this text: nothing to say */
        if (tok[i].sent + 1 > n_sent)
            n_sent = tok[i].sent + 1;
    }
    if (!cues)
        n_cues = 0;
    if (!actors)
        n_actors = 0;

    ctx c;
    memset(&c, 0, offsetof(ctx, labels)); /* (the arrays after: by count) */
    c.text = text;
    c.len = len;
    c.tok = tok;
    c.n_tok = (uint32_t)n_tok;
    c.q = quotes;
    c.out = out;
    c.in_cues = cues;
    c.n_in_cues = cues ? n_cues : 0;
    /* folded keys, once per token and article (names.c) */
    out->n_keys = 0;
    out->n_key_off = 0;
    if (grow((void **)&out->key_off, &out->cap_key_off, n_tok + 1,
             sizeof *out->key_off)) {
        memset(out->key_off, 0, n_tok * sizeof *out->key_off);
        out->n_key_off = n_tok;
    }
    out->n_wk_hash = 0;
    out->wk_prev_ok = 0;
    if (++out->stamp == 0) {
        /* (after 2^32 articles: the old stamps could match again) */
        if (out->wk_tab)
            memset(out->wk_tab, 0, out->cap_wk_tab * sizeof *out->wk_tab);
        if (out->fn_memo)
            memset(out->fn_memo, 0, out->cap_fn_memo * sizeof *out->fn_memo);
        if (out->nr_memo)
            memset(out->nr_memo, 0, out->cap_nr_memo * sizeof *out->nr_memo);
        if (out->fl_memo)
            memset(out->fl_memo, 0, out->cap_fl_memo * sizeof *out->fl_memo);
        if (out->st_memo)
            memset(out->st_memo, 0, out->cap_st_memo * sizeof *out->st_memo);
        if (out->ti_memo)
            memset(out->ti_memo, 0, out->cap_ti_memo * sizeof *out->ti_memo);
        out->stamp = 1;
    }
    if (grow((void **)&out->wk_hash, &out->cap_wk_hash, n_tok + 1,
             sizeof *out->wk_hash)) {
        memset(out->wk_hash, 0, n_tok * sizeof *out->wk_hash);
        out->n_wk_hash = n_tok;
    }
    c.lang = guess_lang(text, len);
    words_init();
    c.n_sent = n_sent;
    if (c.n_sent > n_tok)
        c.n_sent = (uint32_t)n_tok; /* odd sentence numbers: clamp */
    /* actors must be in order and inside the tokens */
    fsc__actor *av = NULL;
    size_t na = 0;
    fsc_status st = FSC_OK;
    item *items = NULL;
    size_t n_items = 0;
    /* Per-article arrays come from one block kept in `out` across calls:
     * allocating them afresh for every article cost more than using them. */
    size_t need = 2 * c.n_sent * sizeof(uint32_t) + (c.n_sent + 8) +
                  6 * n_tok * sizeof(int32_t) + (n_tok + 8) +
                  (n_actors ? n_actors : 1) * sizeof *av + 8 * 8;
    if (out->scratch_cap < need) {
        void *blk = realloc(out->scratch, need);
        if (blk) {
            out->scratch = blk;
            out->scratch_cap = need;
        }
    }
    if (out->scratch_cap >= need) {
        char *p = out->scratch;
#define CARVE(ptr, bytes)                \
    do {                                 \
        (ptr) = (void *)p;               \
        p += ((bytes) + 7) & ~(size_t)7; \
    } while (0)
        CARVE(c.sent_first, c.n_sent * sizeof *c.sent_first);
        CARVE(c.sent_last, c.n_sent * sizeof *c.sent_last);
        CARVE(c.anon_sent, c.n_sent);
        CARVE(c.cand_at, n_tok * sizeof *c.cand_at);
        CARVE(c.cue_at, n_tok * sizeof *c.cue_at);
        CARVE(c.qmark, n_tok * sizeof *c.qmark);
        CARVE(c.inquote, n_tok * sizeof *c.inquote);
        CARVE(c.cls, n_tok * sizeof *c.cls);
        CARVE(c.para_first, n_tok * sizeof *c.para_first);
        CARVE(c.ecom_memo, n_tok);
        CARVE(av, (n_actors ? n_actors : 1) * sizeof *av);
#undef CARVE
        memset(c.anon_sent, 0, c.n_sent);
        if (c.lang == LANG_EN) /* (only English rules ask it) */
            memset(c.ecom_memo, 0, n_tok);
        else
            c.ecom_memo = NULL;
    }
    c.cands = out->keep_cands;
    c.cap_cands = out->cap_keep_cands;
    c.cues = out->keep_cues;
    c.cap_cues = out->cap_keep_cues;
    if (!c.sent_first || !c.sent_last || !c.anon_sent || !c.cand_at ||
        !c.cue_at || !c.qmark || !c.inquote || !c.cls || !c.para_first || !av) {
        st = fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
        goto done;
    }
    c.has_gen = cls_full != NULL;
    if (forms && forms->keys && forms->key_off && forms->h_full &&
        forms->h_bare) {
        c.fkeys = forms->keys;
        c.fkey_off = forms->key_off;
        c.fh_full = forms->h_full;
        c.fh_bare = forms->h_bare;
    }
    for (uint32_t s = 0; s < c.n_sent; s++)
        c.sent_first[s] = UINT32_MAX;
    /* One pass over the tokens: word classes, paragraph and sentence
     * bounds, and the per-token indexes cleared (build() fills them). */
    for (uint32_t i = 0; i < c.n_tok; i++) {
        c.cls[i] = !cls_full ? CLASS_UNKNOWN
                   : !is_word(&c, i)
                       ? 0
                       : cls_full[i] | (c.lang == LANG_AR ? cls_bare[i] : 0);
        /* paragraph starts, for the rules that look only there */
        if (i == 0 || tok[i - 1].para != tok[i].para)
            c.para_first[c.n_para++] = i;
        uint32_t s = sent_of(&c, i);
        if (c.sent_first[s] == UINT32_MAX)
            c.sent_first[s] = i;
        c.sent_last[s] = i;
        c.cand_at[i] = c.cue_at[i] = c.qmark[i] = c.inquote[i] = -1;
    }
    for (size_t i = 0; i < n_actors; i++) {
        const fsc__actor *a = &actors[i];
        if (a->first_tok > a->last_tok || a->last_tok >= n_tok)
            continue;
        if (na && av[na - 1].last_tok >= a->first_tok)
            continue;
        av[na++] = *a;
    }
    c.actors = av;
    c.n_actors = na;
    if ((st = build(&c, cues, n_cues, err)) != FSC_OK ||
        (st = candidates(&c, err)) != FSC_OK)
        goto done;
    merge_phrases(&c, cues);
    skip_question_cues(&c);
    ar_persons_scan(&c);
    c.names_fixed = 1; /* (cue_at, cand_at and persons[] are final) */

    /* Quotes first: which cue or name each one hangs on. */
    size_t n_q = quotes ? quotes->n : 0;
    items = malloc((c.n_cues + n_q + na + c.n_sent + 1) * sizeof *items);
    if (!items) {
        st = fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
        goto done;
    }
    for (size_t i = 0; i < n_q; i++) {
        const fsc__quote *qu = &quotes->v[i];
        if (qu->n_words == 0 || qu->open_tok >= n_tok ||
            qu->first_tok > qu->last_tok || qu->last_tok >= n_tok)
            continue;
        /* A name in quotes (صحيفة "أذرنيوز") is no speech. */
        int32_t k = c.cand_at[qu->first_tok];
        if (k >= 0 && c.cands[k].first == qu->first_tok &&
            c.cands[k].last == qu->last_tok)
            continue;
        /* («لتلفزيون «إن بي سي»»: the medium addressed) */
        if (ar_channel_quote(&c, qu) || ru_name_quote(&c, qu))
            continue;
        int32_t cue, actor;
        attach_quote(&c, i, &cue, &actor);
        /* The title of a work: 'her book "A Choice, Not an Echo"', «فيلم
         * "..."», 'titled "..."'; nobody says it. */
        if (cue < 0 && actor < 0 && title_quote(&c, qu))
            continue;
        /* A scare quote: the outlet's own words, marked; but a quotation
         * that is a whole sentence («Переговоры продолжатся.») is
         * speech. */
        if (cue < 0 && actor < 0 && qu->n_words <= 4 && !whole_sentence(&c, qu))
            continue;
        /* A nested quote, or one whose closing mark is missing, stands only
         * with a cue of its own; otherwise its words are its context's. */
        if (cue < 0 && actor < 0 && (qu->depth > 0 || qu->unclosed))
            continue;
        if (cue >= 0) {
            /* a cue between two parts of one quotation serves both
             * ('"We will win," he said, "whatever it takes."'); the parts
             * become one attribution in merge_quotes() */
            if (c.cues[cue].quote < 0)
                c.cues[cue].quote = (int32_t)i;
        }
        items[n_items].at = qu->open_tok;
        items[n_items].cue = cue;
        items[n_items].quote = (int32_t)i;
        items[n_items].actor = actor;
        n_items++;
    }
    for (size_t i = 0; i < c.n_cues; i++) {
        const icue *q = &c.cues[i];
        if (q->skip || q->inq || q->quote >= 0)
            continue;
        if (q->kind == FSC__CUE_ANONYMOUS && !q->self_anon)
            continue;
        items[n_items].at = q->first;
        items[n_items].cue = (int32_t)i;
        items[n_items].quote = -1;
        items[n_items].actor = -1;
        n_items++;
    }
    /* Colon and dash attributions without a cue: "Lavrov: the West ...",
     * "The West is lying – Lavrov." */
    for (size_t k = 0; k < c.n_cands; k++) {
        const cand *x = &c.cands[k];
        if (x->kind != FSC__SRC_ACTOR || x->generic || x->first >= n_tok)
            continue;
        if (c.inquote[x->first] >= 0)
            continue;
        uint32_t s = sent_of(&c, x->first);
        uint32_t nx = x->last + 1;
        if (nx <= c.sent_last[s] && !is_word(&c, nx) && cp(&c, nx) == ':' &&
            words_in(&c, c.sent_first[s], x->first) <= 1 &&
            (nx + 1 > c.sent_last[s] || c.qmark[nx + 1] < 0) &&
            words_in(&c, nx + 1, c.sent_last[s]) >= 2) {
            items[n_items].at = x->first;
            items[n_items].cue = -1;
            items[n_items].quote = -1;
            items[n_items].actor = (int32_t)k;
            n_items++;
            continue;
        }
        uint32_t pv = x->first > c.sent_first[s] ? x->first - 1 : UINT32_MAX;
        if (pv != UINT32_MAX && !is_word(&c, pv) && is_dash(cp(&c, pv)) &&
            c.qmark[pv > 0 ? pv - 1 : pv] < 0 &&
            words_in(&c, nx, c.sent_last[s]) == 0 &&
            words_in(&c, c.sent_first[s], pv) >= 2 &&
            (pv == 0 || c.qmark[pv - 1] < 0) &&
            (pv < 2 || c.qmark[pv - 2] < 0)) {
            items[n_items].at = x->first;
            items[n_items].cue = -1;
            items[n_items].quote = -1;
            items[n_items].actor = (int32_t)k;
            n_items++;
        }
    }
    /* «-جورج : القادم أفضل», «خالد الفيصل: الشباب هم المستقبل»: an Arabic
     * person's name alone opening its sentence (after a dash or a bullet
     * at most) and a colon right after it label the words after the colon,
     * as an actor's name does above */
    /* (in English a headline's label, "Issa: Clinton's honesty is in
     * question", en_colon_name_end) */
    for (uint32_t s = 0; (c.lang == LANG_AR || c.lang == LANG_EN) &&
                         s < c.n_sent && (c.lang == LANG_AR || s < 4);
         s++) {
        uint32_t a = c.sent_first[s], hi = c.sent_last[s];
        while (a <= hi && !is_word(&c, a))
            a++;
        if (a > hi || c.inquote[a] >= 0 || c.cue_at[a] >= 0 ||
            (c.cand_at[a] >= 0 && !c.cands[c.cand_at[a]].generic) ||
            (c.lang == LANG_AR && !ar_first_name(&c, a)) ||
            colon_name_end(&c, a, hi) == UINT32_MAX)
            continue;
        items[n_items].at = a;
        items[n_items].cue = -1;
        items[n_items].quote = -1;
        items[n_items].actor = ITEM_COLON_NAME;
        n_items++;
    }
    fsc__qsort(items, n_items, sizeof *items, cmp_item);

    for (size_t i = 0; i < n_items && st == FSC_OK; i++) {
        const item *it = &items[i];
        srcres r;
        src_fresh(&r);
        if (it->quote >= 0) {
            const fsc__quote *qu = &quotes->v[it->quote];
            uint32_t a, b;
            if (!quote_content(&c, qu, &a, &b))
                continue;
            uint32_t cf = 1, cl = 0;
            uint8_t stance = FSC__STANCE_NEUTRAL;
            int32_t cidx = -1;
            if (it->cue >= 0 && c.cues[it->cue].kind == FSC__CUE_ACCORDING) {
                /* «...»، بحسب ما قال بلينكن / "...", according to X */
                const icue *q = &c.cues[it->cue];
                int32_t k =
                    search_fwd(&c, q->last + 1, sent_of(&c, q->first), 3, 1);
                if (k >= 0)
                    set_src_from_cand(&c, k, &r, FSC__CONF_QUOTE_CUE,
                                      "quote_according");
                else if (c.lang == LANG_AR
                             ? named_ar(&c, q->last + 1, sent_of(&c, q->first),
                                        1, &r)
                             : named_after(&c, q->last + 1,
                                           sent_of(&c, q->first), &r,
                                           "quote_according_named"))
                    ; /* the named source, as it is */
                else
                    set_unresolved(&r, "quote_cue_unresolved");
                cf = q->first;
                cl = q->last;
                stance = q->stance;
                cidx = q->idx;
            } else if (it->cue >= 0) {
                const icue *q = &c.cues[it->cue];
                if (!ar_first_person(&c, q, &r)) {
                    resolve_cue(&c, q, &r);
                    (void)ar_dropped_person(&c, q, &r);
                }
                if (r.kind == FSC__SRC_ACTOR && !r.inherited)
                    r.conf = FSC__CONF_QUOTE_CUE;
                if (!r.rule || strcmp(r.rule, "first_person") != 0)
                    r.rule = r.kind == FSC__SRC_UNRESOLVED
                                 ? "quote_cue_unresolved"
                             : r.kind == FSC__SRC_NAMED ? "quote_cue_named"
                                                        : "quote_cue";
                cf = q->first;
                cl = q->last;
                stance = q->stance;
                cidx = q->idx;
            } else if (it->actor >= 0) {
                set_src_from_cand(&c, it->actor, &r, FSC__CONF_COLON_DASH,
                                  "quote_colon_dash");
            } else if (en_colon_subject(&c, qu->open_tok, &r)) {
                ; /* "Sanders ... took the opportunity ...: '...'" */
            } else if (object_quote_subject(&c, qu, &r)) {
                ; /* 'She typically chooses "... I also enjoy ..."' */
            } else if (sentence_quote_subject(&c, qu, &r)) {
                ; /* 'Brown described the group as "a remnant ..."' */
            } else if (!inherit_at(&c, sent_of(&c, qu->open_tok), 2,
                                   qu->open_tok, &r, FSC__CONF_LAST_SPEAKER,
                                   "quote_last_speaker")) {
                set_unresolved(&r, "quote_unknown");
                r.conf = FSC__CONF_QUOTE_UNKNOWN;
            }
            /* «..., — сказал Орлов, — ...»: the words before the first
             * dash and after the second are two segments */
            uint32_t d1, d2, a2 = 1, b2 = 0;
            if (it->cue >= 0 && ru_inner_cue(&c, qu, &d1, &d2) == it->cue) {
                a2 = d2 + 1;
                b2 = b;
                b = d1 - 1;
                if (!trim(&c, &a, &b) || !trim(&c, &a2, &b2))
                    a2 = 1, b2 = 0, b = qu->last_tok;
            }
            st =
                emit(&c, FSC__ATTR_DIRECT, &r, cidx, cf, cl, stance, a, b, err);
            if (st == FSC_OK && a2 <= b2 && out->n > 0 &&
                add_seg(&c, &out->v[out->n - 1], a2, b2) < 0)
                st = fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
            continue;
        }
        if (it->actor == ITEM_COLON_NAME) {
            uint32_t s = sent_of(&c, it->at);
            uint32_t e = colon_name_end(&c, it->at, c.sent_last[s]);
            uint32_t a = e + 2, b = c.sent_last[s];
            set_np(&c, &r, it->at, e, "colon_name");
            r.conf = FSC__CONF_COLON_DASH;
            if (trim(&c, &a, &b))
                st = emit(&c, FSC__ATTR_INDIRECT, &r, -1, 1, 0,
                          FSC__STANCE_NEUTRAL, a, b, err);
            continue;
        }
        if (it->cue < 0) {
            /* colon or dash attribution */
            const cand *x = &c.cands[it->actor];
            uint32_t s = sent_of(&c, x->first);
            uint32_t a, b;
            if (x->last + 1 <= c.sent_last[s] && cp(&c, x->last + 1) == ':') {
                a = x->last + 2;
                b = c.sent_last[s];
            } else {
                a = c.sent_first[s];
                b = x->first - 1;
            }
            set_src_from_cand(&c, it->actor, &r, FSC__CONF_COLON_DASH,
                              "colon_dash");
            if (trim(&c, &a, &b))
                st = emit(&c, FSC__ATTR_INDIRECT, &r, -1, 1, 0,
                          FSC__STANCE_NEUTRAL, a, b, err);
            continue;
        }
        const icue *q = &c.cues[it->cue];
        /* (taken in by a cue before it as the pass went: "expressed
         * support for", en_attitude_prep) */
        if (q->skip)
            continue;
        if (q->kind == FSC__CUE_ACCORDING) {
            st = according(&c, q, err);
            continue;
        }
        /* «ويذكر أن»: the writer's background, not a speech act. */
        if (c.lang == LANG_AR && q->idx >= 0 && cues[q->idx].lemma &&
            strcmp(cues[q->idx].lemma, "ذكر") == 0 && q->last + 1 < n_tok &&
            is_compl(&c, q->last + 1)) {
            char key[KEY_CAP];
            fold_key(text, &tok[q->first], key);
            if (strcmp(key, "ويذكر") == 0 || strcmp(key, "يذكر") == 0)
                continue;
        }
        /* «فقلت له إن»: the writer speaks (first_person_ar.c) */
        if (!ar_first_person(&c, q, &r)) {
            resolve_cue(&c, q, &r);
            /* Arabic agreement: agree_ar.c */
            (void)ar_dropped_person(&c, q, &r);
        }
        /* an intention or a characterisation of no person or body ("a
         * referendum seeking to", "the bill aims to"): no report */
        if (q->agent && c.lang == LANG_EN && !en_agent_subject(&c, q, &r))
            continue;
        if (r.kind == FSC__SRC_UNRESOLVED && q->form != FSC__FORM_PARTICIPLE &&
            (!r.rule || strcmp(r.rule, "first_person") != 0)) {
            /* "Mirzoyan said Armenia had warned ...": a cue inside the
             * content of an attribution of its sentence, with no source of
             * its own, is part of that content; not after a comma in it
             * ("X said the sweep would end soon, while critics said it
             * was no counter-terrorist campaign"): a clause of its own. */
            int inside = 0;
            for (size_t j = out->n; j-- > 0 && out->n - j <= NESTED_WINDOW;) {
                const fsc__attribution *y = &out->v[j];
                if (y->content_first_tok <= q->first &&
                    q->first <= y->content_last_tok) {
                    inside = 1;
                    uint32_t t0 = q->first - y->content_first_tok > 512
                                      ? q->first - 512
                                      : y->content_first_tok;
                    for (uint32_t t = t0; t < q->first; t++)
                        if (!is_word(&c, t) && is_comma(cp(&c, t)) &&
                            c.inquote[t] < 0)
                            inside = 0;
                    break;
                }
            }
            if (inside)
                continue;
        }
        st = indirect(&c, q, &r, err);
    }
    if (st == FSC_OK)
        st = interview_answers(&c, err);
    if (st == FSC_OK && (merge_quotes(&c) != 0 || dash_continuations(&c) != 0))
        st = fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    if (st == FSC_OK) {
        trim_contents(&c);
        if (out->n > 1)
            fsc__qsort(out->v, out->n, sizeof *out->v, cmp_attr);
        for (size_t k = 0; k < out->n; k++)
            out->v[k].nested = (uint8_t)nested_cue_sorted(out, &out->v[k]);
        if (c.lang == LANG_EN)
            drop_nested_attitudes(&c, out);
        drop_covered_quotes(out);
        if (c.lang == LANG_EN)
            merge_coordinated_reports(&c, out);
    }
done:
    if (st != FSC_OK)
        out->n = 0;
    free(items);
    /* The growable arrays stay with `out` for the next article. */
    out->keep_cands = c.cands;
    out->cap_keep_cands = c.cap_cands;
    out->keep_cues = c.cues;
    out->cap_keep_cues = c.cap_cues;
    return st;
}

/* ---- voice ----------------------------------------------------------------
 */
