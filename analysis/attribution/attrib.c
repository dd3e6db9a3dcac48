/*
 * attrib.c - source attribution over one article: reporting cues and actor
 * mentions (from the attribution lexicons), quotations and a few word tables
 * give attribution records (cue, source, content, kind, confidence) and the
 * voice of every token. Plain C over tokens; linear in the article except
 * for short bounded windows; never fails on odd input (FSC_ENOMEM only).
 */
#define _POSIX_C_SOURCE 200809L
#include "attrib.h"
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- growable arrays ----------------------------------------------------- */

static int grow(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 1;
    size_t c = *cap ? *cap : 16;
    while (c < need)
        c *= 2;
    void *p = realloc(*v, c * size);
    if (!p)
        return 0;
    *v = p;
    *cap = c;
    return 1;
}

/* ---- mentions from lexicon matches --------------------------------------- */

static uint8_t parse_stance(const char *s)
{
    if (s && strcmp(s, "distancing") == 0)
        return FSC__STANCE_DISTANCING;
    if (s && strcmp(s, "endorsing") == 0)
        return FSC__STANCE_ENDORSING;
    return FSC__STANCE_NEUTRAL;
}

static uint8_t parse_kind(const char *s)
{
    if (s && strcmp(s, "according_to") == 0)
        return FSC__CUE_ACCORDING;
    if (s && strcmp(s, "anonymous") == 0)
        return FSC__CUE_ANONYMOUS;
    return FSC__CUE_SPEECH;
}

static uint8_t parse_form(const char *s)
{
    if (s && strcmp(s, "participle") == 0)
        return FSC__FORM_PARTICIPLE;
    if (s && strcmp(s, "phrase") == 0)
        return FSC__FORM_PHRASE;
    if (s && strcmp(s, "noun") == 0)
        return FSC__FORM_NOUN;
    return FSC__FORM_VERB;
}

/* Token holding byte `off`, or the first token after it; n_tok when none. */
static size_t tok_at_or_after(const fsc__token *tok, size_t n_tok, size_t off)
{
    size_t lo = 0, hi = n_tok;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((size_t)tok[mid].off + tok[mid].len <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Map a byte span onto tokens; 0 when it holds no token. */
static int span_toks(const fsc__token *tok, size_t n_tok, size_t off,
                     size_t len, uint32_t *first, uint32_t *last)
{
    if (len == 0)
        return 0;
    size_t a = tok_at_or_after(tok, n_tok, off);
    size_t b = tok_at_or_after(tok, n_tok, off + len - 1);
    if (a >= n_tok)
        return 0;
    if (b >= n_tok || tok[b].off >= off + len)
        b = b ? b - 1 : 0;
    if (b < a || b >= n_tok || (size_t)tok[a].off >= off + len)
        return 0;
    *first = (uint32_t)a;
    *last = (uint32_t)b;
    return 1;
}

static int tok_eq(const char *text, size_t len, const fsc__token *t,
                  const char *s)
{
    size_t n = strlen(s);
    return t->len == n && (size_t)t->off + n <= len &&
           memcmp(text + t->off, s, n) == 0;
}

fsc_status fsc__attrib_mentions(const char *text, size_t len,
                                const fsc__token *tok, size_t n_tok,
                                const fsc_match *const *matches,
                                const fsc_entry *const *entries, size_t n,
                                fsc__mentions *out, fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL output");
    out->n_cues = out->n_actors = 0;
    if (n > 0 && (!matches || !entries))
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL arrays");
    if (n_tok > 0 && !tok)
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL tokens");
    for (size_t i = 0; i < n; i++) {
        const fsc_match *m = matches[i];
        const fsc_entry *e = entries[i];
        if (!m || !e)
            continue;
        uint32_t a, b;
        if (!span_toks(tok, n_tok, m->off, m->len, &a, &b))
            continue;
        const char *stance = fsc_entry_attr(e, "stance");
        const char *actor = fsc_entry_attr(e, "actor");
        if (stance) {
            if (out->n_cues && out->cues[out->n_cues - 1].last_tok >= a)
                continue;
            if (!grow((void **)&out->cues, &out->cap_cues, out->n_cues + 1,
                      sizeof *out->cues))
                goto oom;
            fsc__cue *c = &out->cues[out->n_cues++];
            memset(c, 0, sizeof *c);
            c->first_tok = a;
            c->last_tok = b;
            c->stance = parse_stance(stance);
            c->kind = parse_kind(fsc_entry_attr(e, "kind"));
            c->form = parse_form(fsc_entry_attr(e, "form"));
            c->lemma = fsc_entry_attr(e, "lemma");
        } else if (actor) {
            if (out->n_actors && out->actors[out->n_actors - 1].last_tok >= a)
                continue;
            /* "witnesses said": the actor term swallowed the speech verb,
             * which the longest match then kept from the cue lexicon. */
            int split = b > a && text &&
                        (tok_eq(text, len, &tok[b], "said") ||
                         tok_eq(text, len, &tok[b], "told"));
            if (!grow((void **)&out->actors, &out->cap_actors,
                      out->n_actors + 1, sizeof *out->actors))
                goto oom;
            fsc__actor *ac = &out->actors[out->n_actors++];
            memset(ac, 0, sizeof *ac);
            ac->first_tok = a;
            ac->last_tok = split ? b - 1 : b;
            ac->id = actor;
            ac->name = fsc_entry_attr(e, "name");
            ac->side = fsc_entry_attr(e, "side");
            ac->type = fsc_entry_attr(e, "type");
            ac->is_outlet = ac->type && strcmp(ac->type, "media") == 0;
            if (!ac->name)
                ac->name = actor;
            if (split && !(out->n_cues &&
                           out->cues[out->n_cues - 1].last_tok >= b)) {
                if (!grow((void **)&out->cues, &out->cap_cues,
                          out->n_cues + 1, sizeof *out->cues))
                    goto oom;
                fsc__cue *c = &out->cues[out->n_cues++];
                memset(c, 0, sizeof *c);
                c->first_tok = c->last_tok = b;
                c->kind = FSC__CUE_SPEECH;
                c->form = FSC__FORM_VERB;
                c->lemma = tok_eq(text, len, &tok[b], "said") ? "say" : "tell";
            }
        }
    }
    return FSC_OK;
oom:
    out->n_cues = out->n_actors = 0;
    return fsc__fail(err, FSC_ENOMEM, "attrib mentions: out of memory");
}

fsc_status fsc__attrib_mentions_result(const fsc_model *m, const fsc_result *r,
                                       const char *text, size_t len,
                                       const fsc__token *tok, size_t n_tok,
                                       fsc__mentions *out, fsc_error *err)
{
    if (!m || !r || !out)
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL argument");
    size_t n = fsc_result_n_matches(r);
    const fsc_match **mv = calloc(n ? n : 1, sizeof *mv);
    const fsc_entry **ev = calloc(n ? n : 1, sizeof *ev);
    fsc_status st;
    if (!mv || !ev) {
        st = fsc__fail(err, FSC_ENOMEM, "attrib mentions: out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        mv[i] = fsc_result_match(r, i);
        const fsc_lexicon *lx = mv[i] ? fsc_model_lexicon(m, mv[i]->lexicon)
                                      : NULL;
        ev[i] = lx ? fsc_lexicon_entry(lx, mv[i]->entry) : NULL;
    }
    st = fsc__attrib_mentions(text, len, tok, n_tok, mv, ev, n, out, err);
done:
    free(mv);
    free(ev);
    return st;
}

void fsc__mentions_free(fsc__mentions *m)
{
    if (!m)
        return;
    free(m->cues);
    free(m->actors);
    memset(m, 0, sizeof *m);
}

/* ---- word keys ------------------------------------------------------------ */

/* Decode one code point of valid UTF-8; *n gets its length. */
static uint32_t dec(const unsigned char *s, size_t left, size_t *n)
{
    if (s[0] < 0x80 || left < 2) {
        *n = 1;
        return s[0];
    }
    if (s[0] < 0xE0) {
        *n = 2;
        return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3Fu);
    }
    if (s[0] < 0xF0 || left < 4) {
        if (left < 3) {
            *n = 1;
            return 0xFFFD;
        }
        *n = 3;
        return ((uint32_t)(s[0] & 0x0F) << 12) |
               ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3Fu);
    }
    *n = 4;
    return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3Fu);
}

static size_t enc(uint32_t c, char *o)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

#define KEY_CAP 64

/*
 * A light fold of one token into key[KEY_CAP] for the word tables below:
 * Latin and basic Cyrillic lower case, ё -> е, Arabic without tashkeel and
 * tatweel, alef forms -> ا, ى -> ي. The analyzer's fold (ICU) is richer;
 * these tables only hold plain words, for which this one agrees. Tokens
 * longer than the key are cut (no table word is that long).
 */
static void fold_key(const char *text, const fsc__token *t, char *key)
{
    const unsigned char *s = (const unsigned char *)text + t->off;
    size_t i = 0, k = 0, n;
    while (i < t->len && k + 4 < KEY_CAP) {
        uint32_t c = dec(s + i, t->len - i, &n);
        i += n;
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (c >= 0x410 && c <= 0x42F)
            c += 0x20;
        else if (c == 0x401 || c == 0x451)
            c = 0x435;
        else if ((c >= 0x64B && c <= 0x65F) || c == 0x670 || c == 0x640)
            continue;
        else if (c == 0x623 || c == 0x625 || c == 0x622 || c == 0x671)
            c = 0x627;
        else if (c == 0x649)
            c = 0x64A;
        k += enc(c, key + k);
    }
    key[k] = '\0';
}

static int in_list(const char *key, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(key, *list) == 0)
            return 1;
    return 0;
}

static int starts(const char *key, const char *prefix)
{
    return strncmp(key, prefix, strlen(prefix)) == 0;
}

/* Arabic: drop a leading و or ف (when a stem of 3+ letters is left), then
 * ال. Returns a pointer into key. Arabic letters are 2 bytes each. */
static const char *ar_bare(const char *key, int *had_article)
{
    size_t n = strlen(key);
    *had_article = 0;
    if (n >= 8 && (starts(key, "و") || starts(key, "ف")))
        key += 2, n -= 2;
    if (n >= 8 && starts(key, "ال")) {
        key += 4;
        *had_article = 1;
    }
    return key;
}

/* Words after which indirect content begins (folded). إلى follows أشار and
 * لفت; a content clause starts after it. */
static const char *const COMPLEMENTIZERS[] = {
    "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "الى",
    "الي", /* إلى as fold_key() folds it (ى → ي) */
    "that", "что", "чтобы", NULL};

static const char *const PRONOUNS[] = {"he",  "she", "they", "it", "он",
                                       "она", "они", "оно",  "هو", "هي",
                                       NULL};

/* Nouns that may head an according-to source we cannot name ("according
 * to officials", «по словам экспертов»): unresolved, not an authorial
 * "according to the plan". */
static const char *const SPEAKER_NOUNS[] = {
    "officials", "official",   "residents", "experts",  "analysts",
    "witnesses", "diplomats",  "activists", "observers", "spokesman",
    "spokeswoman", "spokesperson", "authorities", "police",
    "чиновников", "экспертов", "жителей", "аналитиков", "дипломатов",
    "представителя", "представителей", "властей", "наблюдателей",
    "مسؤولين", "مسؤولون", "خبراء", "سكان", "محللين", "دبلوماسيين",
    "مراقبين", "السلطات", NULL};

/* Generic nouns that refer back to the outlet or institution last named. */
enum { GEN_MEDIA = 1, GEN_AGENCY, GEN_ORG, GEN_MINISTRY, GEN_PERSON };

typedef struct generic_word {
    const char *key; /* folded; Arabic without و/ف/ال, Russian a prefix */
    int type;        /* GEN_* */
} generic_word;

static const generic_word GENERIC_AR[] = {
    {"صحيفة", GEN_MEDIA}, {"صحيفه", GEN_MEDIA}, {"وكالة", GEN_AGENCY},
    {"وكاله", GEN_AGENCY}, {"جريدة", GEN_MEDIA}, {"موقع", GEN_MEDIA},
    {"منظمة", GEN_ORG}, {"مفوضية", GEN_ORG}, {"لجنة", GEN_ORG},
    {"وزارة", GEN_MINISTRY}, {"وزاره", GEN_MINISTRY},
    {"خارجية", GEN_MINISTRY}, {"وزير", GEN_PERSON}, {NULL, 0}};

/* English: only after "the". */
static const generic_word GENERIC_EN[] = {
    {"newspaper", GEN_MEDIA}, {"paper", GEN_MEDIA},    {"daily", GEN_MEDIA},
    {"agency", GEN_AGENCY},   {"outlet", GEN_MEDIA},   {"website", GEN_MEDIA},
    {"group", GEN_ORG},       {"organisation", GEN_ORG},
    {"organization", GEN_ORG}, {"committee", GEN_ORG},
    {"ministry", GEN_MINISTRY}, {"minister", GEN_PERSON}, {NULL, 0}};

/* Russian: prefixes, so that every case form matches. */
static const generic_word GENERIC_RU[] = {
    {"газет", GEN_MEDIA},      {"издани", GEN_MEDIA},
    {"агентств", GEN_AGENCY},  {"ведомств", GEN_MINISTRY},
    {"организаци", GEN_ORG},   {"правозащитник", GEN_ORG},
    {"министерств", GEN_MINISTRY}, {"минобороны", GEN_MINISTRY},
    {"министр", GEN_PERSON},   {NULL, 0}};

/* Built-in briefing verbs: "X briefed Y on Z", «أطلع X Y على Z»: Z is X's
 * account. Not in cues.json (yet); folded, Arabic without و/ف. */
static const char *const BRIEFING[] = {
    "اطلع", "اطلعت", "ابلغ", "ابلغت", "briefed", "informed",
    "проинформировал", "проинформировала", "проинформировали", NULL};

/* Impersonal reporting verbs missing from cues.json 0.1.0 («сообщается,
 * что», «وقيل إن»): speech cues whose source is usually unresolved. */
static const char *const IMPERSONAL[] = {
    "сообщается", "утверждается", "говорится", "заявляется", "قيل", "يقال",
    NULL};

/* «وفقا لمنظمة ...»: the lexicon lists only some joined forms of وفقا ل. */
static const char *const ACCORDING_AR[] = {"وفقا", NULL};

/* A negator right before a cue: "did not say", «لم تذكر», «не сообщил». */
static const char *const NEGATORS[] = {"not", "n't", "never", "لم", "لا",
                                       "لن", "ما", "не", "ни", NULL};

/* Words that open an adverbial after "X said" rather than the content:
 * "..., Lavrov said on Tuesday." */
static const char *const ADVERBIAL[] = {
    "on",  "in",     "at",    "during", "after",  "late",    "earlier",
    "yesterday", "today", "last", "this", "to", "from", "via", "while",
    "в",   "во",     "на",    "после",  "журналистам", "репортерам",
    "في",  "خلال",   "اليوم", "امس",    "للصحفيين", NULL};

/* Where briefing content starts: after one of these. */
static const char *const BRIEFING_PREP[] = {"على", "علي", "on",   "about",
                                            "о",   "об",  "that", "что",
                                            "ان",  "بان", NULL};
static const char *const SAID[] = {"said", "say", "says", "told", NULL};

/*
 * Named sources outside the actor lexicon (rules named_said, said_named,
 * according_named, cue_named; FSC__SRC_NAMED). A name is a run of
 * capitalised words (Latin or Cyrillic) joined at most by NAME_LINK words,
 * a "." after a short capitalised word (initials, "Sen.") or a hyphen;
 * never an actor, a cue, a word of NAME_STOP, a pronoun or a speaker noun.
 */
static const char *const NAME_STOP[] = {
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at",
    "as", "if", "when", "while", "after", "before", "since", "for", "this",
    "that", "these", "those", "there", "here", "it", "its", "i", "we", "you",
    "my", "our", "his", "her", "their", "some", "many", "most", "few",
    "several", "both", "all", "others", "other", "another", "each", "no",
    "also", "still", "then", "now", "however", "meanwhile", "what", "who",
    "why", "how", "where", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november",
    "december", "в", "во", "на", "но", "и", "а", "как", "по", "это", "об",
    "однако", "также", "при", "после", "если", "когда", "мы", "я", "вы",
    "все", "этом", "так", "тогда", "ايضا", "هذه", "هذا", "ذلك", "كذلك",
    "عن", "من", "على", "مع", "كما", "حيث", "بعد", "قبل", "عند", NULL};
/* Lower-case words that join the capitalised words of one name. */
static const char *const NAME_LINK[] = {"de",  "da",  "di",  "del", "della",
                                        "van", "von", "der", "den", "la",
                                        "le",  "du",  "bin", "ibn", "of",
                                        NULL};
/* Lower-case titles between a cue and a name: "said spokesman John Kirby",
 * «заявил министр иностранных дел Сергей Лавров». */
static const char *const TITLES[] = {
    "president", "senator", "sen", "rep", "gov", "governor", "secretary",
    "minister", "spokesman", "spokeswoman", "spokesperson", "press",
    "chairman", "chairwoman", "director", "leader", "adviser", "advisor",
    "aide", "candidate", "nominee", "mayor", "ambassador", "attorney",
    "speaker", "representative", "former", "deputy", "chief",
    "министр", "министра", "глава", "главы", "президент", "президента",
    "председатель", "председателя", "пресс-секретарь", "пресс-секретаря",
    "директор", "директора", "депутат", "депутата", "губернатор",
    "губернатора", "мэр", "мэра", "посол", "посла", "спикер", "спикера",
    "советник", "советника", "замминистра", "премьер-министр",
    "премьер-министра", "лидер", "лидера", NULL};
/* Prepositions before a name that make it no subject ("a letter to
 * Congress said"). */
static const char *const NAME_PREP[] = {
    "of", "for", "with", "by", "about", "against", "than", "like", "to",
    "from", "into", "over", "under", "in", "at", "on", "о", "с", "к", "у",
    "от", "для", "за", "про", "в", "во", "на", NULL};

/*
 * Word classes. Every word table above gets a bit; a hash of all their words
 * (built once per process) maps a folded token to the classes it belongs to,
 * and each token's classes are computed once per article, on first use, so
 * key_in() costs a table lookup instead of a fold and a string scan.
 */
static const char *const *const CLASS_LISTS[] = {
    COMPLEMENTIZERS, PRONOUNS, SPEAKER_NOUNS, BRIEFING, IMPERSONAL,
    ACCORDING_AR,    NEGATORS, ADVERBIAL,     BRIEFING_PREP, SAID,
    NAME_STOP,       NAME_LINK, TITLES,       NAME_PREP};
#define N_CLASS_LISTS (sizeof CLASS_LISTS / sizeof CLASS_LISTS[0])
#define CLASS_SLOTS 2048
#define CLASS_UNKNOWN 0x80000000u
/* fsc__attrib_classes() also packs the generic-noun type (GEN_*, 0 = none)
 * of the form into *full, one 3-bit field per language, so that
 * generic_type() does not fold every Arabic word with an article. */
#define GEN_AR_SHIFT 16
#define GEN_EN_SHIFT 20
#define GEN_RU_SHIFT 24
#define GEN_BITS(m, shift) ((int)(((m) >> (shift)) & 7u))

static struct {
    const char *key[CLASS_SLOTS]; /* word, NULL = empty */
    uint32_t mask[CLASS_SLOTS];   /* bits of the tables holding it */
} word_classes;
static pthread_once_t word_classes_once = PTHREAD_ONCE_INIT;

static void word_classes_init(void)
{
    for (size_t b = 0; b < N_CLASS_LISTS; b++)
        for (const char *const *w = CLASS_LISTS[b]; *w; w++) {
            size_t i = fsc__hash(*w, strlen(*w)) & (CLASS_SLOTS - 1);
            while (word_classes.key[i] && strcmp(word_classes.key[i], *w))
                i = (i + 1) & (CLASS_SLOTS - 1);
            word_classes.key[i] = *w;
            word_classes.mask[i] |= 1u << b;
        }
}

static uint32_t classes_of_key(const char *key)
{
    size_t i = fsc__hash(key, strlen(key)) & (CLASS_SLOTS - 1);
    while (word_classes.key[i]) {
        if (strcmp(word_classes.key[i], key) == 0)
            return word_classes.mask[i];
        i = (i + 1) & (CLASS_SLOTS - 1);
    }
    return 0;
}

static uint32_t class_bit(const char *const *list)
{
    for (size_t b = 0; b < N_CLASS_LISTS; b++)
        if (CLASS_LISTS[b] == list)
            return 1u << b;
    return 0;
}


/* ---- punctuation ---------------------------------------------------------- */

static uint32_t first_cp(const char *text, const fsc__token *t)
{
    size_t n;
    return dec((const unsigned char *)text + t->off, t->len, &n);
}

static int is_comma(uint32_t c)
{
    return c == ',' || c == 0x60C || c == ';' || c == 0x61B;
}
static int is_dash(uint32_t c)
{
    return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2012 ||
           c == 0x2015;
}
static int is_final(uint32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x61F || c == 0x2026;
}

/* ---- the finder ----------------------------------------------------------- */

enum { LANG_EN = 0, LANG_AR, LANG_RU };

/* A possible source: an actor mention, an anonymous cue or a generic noun. */
typedef struct cand {
    uint32_t first, last;
    uint8_t kind;     /* FSC__SRC_* */
    uint8_t generic;  /* a generic noun (back-reference) */
    int32_t actor;    /* actor mention index, -1 */
} cand;

/* A cue, possibly a built-in one. */
typedef struct icue {
    uint32_t first, last;
    uint8_t kind, form, stance;
    uint8_t self_anon; /* "sources said": cue and anonymous source at once */
    uint8_t briefing;
    uint8_t inq;       /* inside a closed quotation */
    uint8_t skip;      /* merged into a neighbour, inside a quote, used */
    int32_t idx;       /* index into the caller's cues, -1 built-in */
    int32_t quote;     /* quote it attaches to, -1 */
} icue;

/* The source a rule settled on. */
typedef struct srcres {
    uint8_t kind;      /* FSC__SRC_* */
    uint8_t inherited;
    uint8_t form;      /* FSC__SF_*, SF_UNSET until a rule knows it */
    uint8_t gender;    /* FSC__G_* */
    uint32_t res_first, res_last; /* resolved_to span; first > last: none */
    int32_t actor;
    uint32_t first, last; /* first > last: no span */
    uint32_t name_first, name_last; /* FSC__SRC_NAMED: the name */
    double conf;
    const char *rule;
} srcres;

typedef struct ctx {
    const char *text;
    size_t len;
    const fsc__token *tok;
    uint32_t n_tok;
    const fsc__quotes *q;
    const fsc__actor *actors;
    size_t n_actors;
    int lang;
    uint32_t *sent_first, *sent_last; /* per sentence */
    uint32_t n_sent;
    int32_t *cand_at;   /* token -> cand index, -1 */
    int32_t *cue_at;    /* token -> icue index, -1 */
    int32_t *qmark;     /* token -> quote index whose mark it is, -1 */
    int32_t *inquote;   /* token -> closed top-level quote holding it, -1 */
    uint8_t *anon_sent; /* sentence has an anonymous cue */
    uint32_t *cls;      /* token -> word classes, CLASS_UNKNOWN until asked */
    int has_gen;        /* cls also holds the generic-noun types (GEN_*) */
    cand *cands;
    size_t n_cands, cap_cands;
    icue *cues;
    size_t n_cues, cap_cues;
    /* running state: the last source named */
    int has_last;
    srcres last;
    uint32_t last_sent;
    fsc__attribs *out;
    const fsc__cue *in_cues; /* the caller's cues (lemmas) */
    size_t n_in_cues;
} ctx;

#define SF_UNSET 0xFF

/* A result with nothing known yet about its form or antecedent. */
static void src_fresh(srcres *r)
{
    r->form = SF_UNSET;
    r->gender = FSC__G_UNKNOWN;
    r->res_first = 1;
    r->res_last = 0;
}

static int is_word(const ctx *c, uint32_t t)
{
    return c->tok[t].kind == FSC__TOK_WORD || c->tok[t].kind == FSC__TOK_NUMBER;
}

static uint32_t cp(const ctx *c, uint32_t t)
{
    return c->tok[t].kind == FSC__TOK_PUNCT ? first_cp(c->text, &c->tok[t])
                                            : 0;
}

/* GEN_* of a folded key in a generic-noun table (prefix: Russian), or 0. */
static int generic_of(const generic_word *list, const char *key, int prefix)
{
    for (const generic_word *g = list; g->key; g++)
        if (prefix ? starts(key, g->key) : strcmp(key, g->key) == 0)
            return g->type;
    return 0;
}

/* Arabic generic noun: raw[0..rlen) folded to key. Only ال, وال or فال
 * forms qualify (after tatweel or tashkeel the fold would be needed, but
 * news nouns rarely carry them here). */
static int generic_ar(const char *raw, size_t rlen, const char *key)
{
    const char *a = raw;
    if (rlen >= 2 &&
        (memcmp(a, "\xd9\x88", 2) == 0 || memcmp(a, "\xd9\x81", 2) == 0))
        a += 2;
    if ((size_t)(a - raw) + 4 > rlen ||
        (memcmp(a, "\xd8\xa7\xd9\x84", 4) != 0 &&
         memcmp(a, "\xd8\xa3\xd9\x84", 4) != 0 &&
         memcmp(a, "\xd8\xa5\xd9\x84", 4) != 0))
        return 0;
    int art;
    const char *k = ar_bare(key, &art);
    return art ? generic_of(GENERIC_AR, k, 0) : 0;
}

void fsc__attrib_classes(const char *s, size_t len, uint32_t *full,
                         uint32_t *bare)
{
    char key[KEY_CAP];
    fsc__token t;
    memset(&t, 0, sizeof t);
    t.len = (uint32_t)(len < UINT32_MAX ? len : UINT32_MAX);
    pthread_once(&word_classes_once, word_classes_init);
    fold_key(s, &t, key);
    *full = classes_of_key(key);
    int art;
    const char *k = ar_bare(key, &art);
    *bare = !art && k != key ? classes_of_key(k) : 0;
    *full |= (uint32_t)generic_ar(s, len, key) << GEN_AR_SHIFT;
    *full |= (uint32_t)generic_of(GENERIC_EN, key, 0) << GEN_EN_SHIFT;
    *full |= (uint32_t)generic_of(GENERIC_RU, key, 1) << GEN_RU_SHIFT;
}

/* Word classes of token t (see CLASS_LISTS), computed on first use. */
static uint32_t token_classes(const ctx *c, uint32_t t)
{
    if (c->cls[t] != CLASS_UNKNOWN)
        return c->cls[t];
    uint32_t m = 0;
    if (is_word(c, t)) {
        char key[KEY_CAP];
        fold_key(c->text, &c->tok[t], key);
        m = classes_of_key(key);
        if (c->lang == LANG_AR) {
            /* إن/أن carry no clitic; بأن is listed whole. */
            int art;
            const char *k = ar_bare(key, &art);
            if (!art && k != key)
                m |= classes_of_key(k);
        }
    }
    c->cls[t] = m;
    return m;
}

static int key_in(const ctx *c, uint32_t t, const char *const *list)
{
    uint32_t bit = class_bit(list);
    if (bit)
        return (token_classes(c, t) & bit) != 0;
    /* A table that is not a word class: fold and scan. */
    char key[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_key(c->text, &c->tok[t], key);
    if (c->lang == LANG_AR) {
        int art;
        const char *k = key;
        if (in_list(k, list))
            return 1;
        k = ar_bare(key, &art);
        return !art && k != key && in_list(k, list);
    }
    return in_list(key, list);
}

static int is_compl(const ctx *c, uint32_t t)
{
    return key_in(c, t, COMPLEMENTIZERS);
}

/* "the" right before token t (English generic nouns need it). */
static int after_the(const ctx *c, uint32_t t)
{
    if (t == 0 || c->tok[t - 1].len != 3)
        return 0;
    const char *p = c->text + c->tok[t - 1].off;
    if ((p[0] | 0x20) != 't' || (p[1] | 0x20) != 'h' ||
        (p[2] | 0x20) != 'e')
        return 0;
    if (!is_word(c, t - 1))
        return 0;
    char prev[KEY_CAP];
    fold_key(c->text, &c->tok[t - 1], prev);
    return strcmp(prev, "the") == 0;
}

/* Generic noun at t: its type (GEN_*) or 0. */
static int generic_type(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (c->has_gen) {
        /* The form's types come with its classes (fsc__attrib_classes). */
        uint32_t m = c->cls[t];
        if (c->lang == LANG_AR)
            return GEN_BITS(m, GEN_AR_SHIFT);
        if (c->lang == LANG_RU)
            return GEN_BITS(m, GEN_RU_SHIFT);
        int g = GEN_BITS(m, GEN_EN_SHIFT);
        return g && after_the(c, t) ? g : 0;
    }
    const char *raw = c->text + c->tok[t].off;
    size_t rlen = c->tok[t].len;
    char key[KEY_CAP];
    if (c->lang == LANG_AR) {
        /* Cheap test on the raw bytes before the fold, inside generic_ar(). */
        const char *a = raw;
        if (rlen >= 2 && (memcmp(a, "\xd9\x88", 2) == 0 ||
                          memcmp(a, "\xd9\x81", 2) == 0))
            a += 2;
        if ((size_t)(a - raw) + 4 > rlen)
            return 0;
        fold_key(c->text, &c->tok[t], key);
        return generic_ar(raw, rlen, key);
    }
    if (c->lang == LANG_RU) {
        fold_key(c->text, &c->tok[t], key);
        return generic_of(GENERIC_RU, key, 1);
    }
    /* Cheap test on the raw bytes first: this runs on every word. */
    if (!after_the(c, t))
        return 0;
    fold_key(c->text, &c->tok[t], key);
    return generic_of(GENERIC_EN, key, 0);
}

static int actor_fits(const fsc__actor *a, int type)
{
    int ministry = a->name && strstr(a->name, "Ministry") != NULL;
    switch (type) {
    case GEN_MEDIA:
        return a->is_outlet;
    case GEN_AGENCY:
        return a->is_outlet || (a->type && strcmp(a->type, "intl_org") == 0);
    case GEN_ORG:
        return a->type && (strcmp(a->type, "intl_org") == 0 ||
                           strcmp(a->type, "ngo") == 0);
    case GEN_MINISTRY:
        return ministry;
    case GEN_PERSON:
        return !ministry && a->type && strcmp(a->type, "government") == 0;
    default:
        return 0;
    }
}

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

/* Sentence of token t. */
static uint32_t sent_of(const ctx *c, uint32_t t)
{
    return c->tok[t].sent < c->n_sent ? c->tok[t].sent : c->n_sent - 1;
}

/* Token t is a quote mark of a short quote (a name in quotes). */
static int passable_mark(const ctx *c, uint32_t t)
{
    int32_t qi = c->qmark[t];
    return qi >= 0 && c->q->v[qi].n_words <= 3;
}

/*
 * Search for a source after token `from` (inclusive) in its sentence, over
 * at most `max_words` words; stops at a comma, colon, complementizer,
 * another cue or a long quote. When an institution is followed by a name
 * («الناطقة باسم الخارجية الروسية ماريا زاخاروفا») the name wins.
 */
static int32_t search_fwd(const ctx *c, uint32_t from, uint32_t s,
                          int max_words, int stop_at_comma)
{
    int words = 0;
    for (uint32_t t = from; t <= c->sent_last[s] && words <= max_words; t++) {
        if (c->cand_at[t] >= 0) {
            int32_t k = c->cand_at[t];
            uint32_t e = c->cands[k].last;
            /* «وزير الخارجية الأذربيجاني جيهون بيراموف»: a generic noun in
             * a title before the name; «сообщил ТАСС осведомленный
             * источник»: the outlet's anonymous source. */
            for (uint32_t u = e + 1, w = 0;
                 u <= c->sent_last[s] && w < 4 && c->cands[k].kind !=
                                                      FSC__SRC_ANONYMOUS;
                 u++) {
                int32_t k2 = c->cand_at[u];
                if (k2 >= 0 && k2 != k) {
                    if ((c->cands[k].generic && !c->cands[k2].generic &&
                         c->cands[k2].kind == FSC__SRC_ACTOR) ||
                        (c->cands[k2].kind == FSC__SRC_ANONYMOUS && w < 2))
                        return k2;
                    break;
                }
                if (!is_word(c, u) && !passable_mark(c, u))
                    break;
                w++;
            }
            for (uint32_t u = e + 1; u <= e + 3 && u <= c->sent_last[s]; u++) {
                int32_t k2 = c->cand_at[u];
                if (k2 >= 0 && k2 != k && c->cands[k2].actor >= 0 &&
                    c->cands[k].actor >= 0 && !c->cands[k].generic) {
                    const fsc__actor *a1 = &c->actors[c->cands[k].actor];
                    const fsc__actor *a2 = &c->actors[c->cands[k2].actor];
                    if (!actor_fits(a1, GEN_PERSON) &&
                        actor_fits(a2, GEN_PERSON))
                        return k2;
                }
                if (!is_word(c, u) && !passable_mark(c, u))
                    break;
            }
            return k;
        }
        if (c->cue_at[t] >= 0 && t > from &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS &&
            c->cues[c->cue_at[t]].form != FSC__FORM_PHRASE)
            return -1;
        if (is_word(c, t)) {
            if (is_compl(c, t))
                return -1;
            words++;
            continue;
        }
        if (passable_mark(c, t))
            continue;
        uint32_t ch = cp(c, t);
        if (c->qmark[t] >= 0 || ch == ':' || is_final(ch))
            return -1;
        if (stop_at_comma && is_comma(ch))
            return -1;
    }
    return -1;
}

/*
 * Search for a source before token `from` (inclusive) in its sentence, over
 * at most `max_words` words; stops at punctuation, a complementizer or
 * another cue, except that one comma-delimited apposition right before the
 * cue is stepped over ("Lavrov, the foreign minister, said").
 */
static int32_t search_back(const ctx *c, uint32_t from, uint32_t s,
                           int max_words)
{
    int words = 0, commas = 0;
    uint32_t lo = c->sent_first[s];
    if (from == UINT32_MAX || from < lo)
        return -1;
    for (uint32_t t = from;; t--) {
        if (c->cand_at[t] >= 0)
            return c->cand_at[t];
        if (c->cue_at[t] >= 0 &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS)
            return -1;
        if (is_word(c, t)) {
            if (is_compl(c, t) || ++words > max_words)
                return -1;
        } else if (!passable_mark(c, t)) {
            uint32_t ch = cp(c, t);
            if (is_comma(ch) && commas == 0 && t == from) {
                commas++; /* the comma just before the cue */
            } else if (is_comma(ch) && commas == 1) {
                commas++; /* the comma opening the apposition */
            } else {
                return -1;
            }
        }
        if (t == lo)
            break;
    }
    return -1;
}

static void set_src_from_cand(const ctx *c, int32_t k, srcres *r, double conf,
                              const char *rule)
{
    const cand *x = &c->cands[k];
    src_fresh(r);
    r->kind = x->kind;
    r->actor = x->actor;
    r->first = x->first;
    r->last = x->last;
    r->inherited = x->generic;
    if (x->kind == FSC__SRC_ANONYMOUS) {
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous";
    } else if (x->generic) {
        r->conf = x->actor >= 0 ? FSC__CONF_GENERIC : FSC__CONF_UNRESOLVED;
        r->rule = x->actor >= 0 ? "generic_noun" : "generic_unresolved";
    } else {
        r->conf = conf;
        r->rule = rule;
    }
}

static void set_unresolved(srcres *r, const char *rule)
{
    src_fresh(r);
    r->kind = FSC__SRC_UNRESOLVED;
    r->actor = -1;
    r->first = 1;
    r->last = 0;
    r->inherited = 0;
    r->conf = FSC__CONF_UNRESOLVED;
    r->rule = rule;
}

/* The last actor named before token `before`, within `back` sentences of
 * its sentence; a person is preferred over an institution. */
static int32_t last_named(const ctx *c, uint32_t before, uint32_t back)
{
    if (before == 0 || before > c->n_tok)
        return -1;
    uint32_t s = sent_of(c, before - 1);
    uint32_t lo_s = s > back ? s - back : 0;
    int32_t any = -1;
    for (uint32_t t = before; t-- > 0;) {
        if (sent_of(c, t) < lo_s)
            break;
        int32_t k = c->cand_at[t];
        if (k < 0 || c->cands[k].actor < 0 || c->inquote[t] >= 0)
            continue;
        if (actor_fits(&c->actors[c->cands[k].actor], GEN_PERSON))
            return k;
        if (any < 0)
            any = k;
        t = c->cands[k].first;
    }
    return any;
}

static int gender_fits(uint8_t want, uint8_t have)
{
    return want == FSC__G_UNKNOWN || have == FSC__G_UNKNOWN || want == have;
}

/* The span that best names the speaker of attribution y: its resolved_to
 * span, else its source span, else its name. */
static void best_span(const fsc__attribution *y, uint32_t *a, uint32_t *b)
{
    if (y->res_first_tok <= y->res_last_tok) {
        *a = y->res_first_tok;
        *b = y->res_last_tok;
    } else if (y->src_first_tok <= y->src_last_tok &&
               y->form != FSC__SF_PRONOUN) {
        *a = y->src_first_tok;
        *b = y->src_last_tok;
    } else {
        *a = y->name_first_tok;
        *b = y->name_last_tok;
    }
}

/*
 * Coreference for a pronoun, a dropped subject or a participle: the newest
 * earlier speaker within `back` sentences of s whose gender and number fit
 * `want` (from the pronoun, the verb's agreement or a title); failing that
 * the last actor named before token `before` in that window. r gets the
 * speaker (kind, actor, name) and resolved_to the span that names it best.
 */
static int nested_cue(const fsc__attribs *o, const fsc__attribution *y)
{
    if (y->cue_first_tok > y->cue_last_tok)
        return 0;
    for (size_t j = 0; j < o->n; j++) {
        const fsc__attribution *z = &o->v[j];
        if (z != y && z->content_first_tok <= y->cue_first_tok &&
            y->cue_first_tok <= z->content_last_tok)
            return 1;
    }
    return 0;
}

static int inherit_g(const ctx *c, uint32_t s, uint32_t back, uint32_t before,
                     srcres *r, double conf, const char *rule, uint8_t want,
                     int outer)
{
    const fsc__attribs *o = c->out;
    /* pass 0: speakers; pass 1: also according-to sources (an outlet a
     * report is credited to is seldom the subject a verb leaves out) */
    for (int pass = 0; pass < 2; pass++)
    for (size_t j = o->n; j-- > 0;) {
        const fsc__attribution *y = &o->v[j];
        if (pass == 0 && y->kind == FSC__ATTR_ACCORDING)
            continue;
        if (pass == 1 && y->kind != FSC__ATTR_ACCORDING)
            continue;
        /* a participle, a pronoun or a dropped subject continues a main
         * clause's speaker, not one nested in reported content («قال X
         * إن ... موقف يذكره التاريخ ... مطالبا»: X, not التاريخ) */
        if (outer && nested_cue(o, y))
            continue;
        uint32_t at = y->cue_first_tok <= y->cue_last_tok ? y->cue_first_tok
                                                          : y->content_first_tok;
        uint32_t ys = at < c->n_tok ? sent_of(c, at) : 0;
        if (ys > s)
            continue;
        if (ys + back < s)
            break;
        if (y->source_kind == FSC__SRC_UNRESOLVED)
            continue;
        if (!gender_fits(want, y->gender))
            continue;
        /* "he"/"she" is a person: not an outlet or a ministry */
        if ((want == FSC__G_MASC || want == FSC__G_FEM) && y->actor >= 0 &&
            !actor_fits(&c->actors[y->actor], GEN_PERSON) &&
            y->form != FSC__SF_NAMED)
            continue;
        r->kind = y->source_kind;
        r->actor = y->actor;
        r->name_first = y->name_first_tok;
        r->name_last = y->name_last_tok;
        best_span(y, &r->res_first, &r->res_last);
        r->gender = y->gender != FSC__G_UNKNOWN ? y->gender : want;
        r->first = 1;
        r->last = 0;
        r->inherited = 1;
        r->conf = conf;
        r->rule = rule;
        return 1;
    }
    int32_t k = last_named(c, before, back);
    if (k < 0)
        return 0;
    r->kind = FSC__SRC_ACTOR;
    r->actor = c->cands[k].actor;
    r->res_first = c->cands[k].first;
    r->res_last = c->cands[k].last;
    r->gender = want;
    r->first = 1;
    r->last = 0;
    r->inherited = 1;
    r->conf = conf;
    r->rule = rule;
    return 1;
}

/* Take the last source named, within `back` sentences of s; failing that
 * the last actor named before token `before` in that window. */
static int inherit_at(const ctx *c, uint32_t s, uint32_t back,
                      uint32_t before, srcres *r, double conf,
                      const char *rule)
{
    uint8_t form = r->form;
    src_fresh(r);
    r->form = form;
    return inherit_g(c, s, back, before, r, conf, rule, FSC__G_UNKNOWN, 1);
}

#define inherit(c, s, back, r, conf, rule)                                     \
    inherit_at(c, s, back, UINT32_MAX, r, conf, rule)

/* First actor of sentence s if it starts within its first five words. */
static int32_t sentence_subject(const ctx *c, uint32_t s, uint32_t before)
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

/* ---- named sources outside the actor lexicon ------------------------------ */

/* A word written with a capital (Latin, Latin-1, Cyrillic). */
static int cap_word(const ctx *c, uint32_t t)
{
    if (c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    uint32_t ch = first_cp(c->text, &c->tok[t]);
    return (ch >= 'A' && ch <= 'Z') || (ch >= 0xC0 && ch <= 0xDE &&
                                        ch != 0xD7) ||
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

/* May token t be a word of a name? */
static int name_word(const ctx *c, uint32_t t)
{
    const uint32_t no = class_bit(NAME_STOP) | class_bit(PRONOUNS) |
                        class_bit(SPEAKER_NOUNS) | class_bit(COMPLEMENTIZERS);
    return cap_word(c, t) && c->cand_at[t] < 0 && c->cue_at[t] < 0 &&
           !(token_classes(c, t) & no) && !possessive(c, t);
}

/* Does token t (between two name words) join them? */
static int name_link(const ctx *c, uint32_t t)
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

/* The name ending at token e (within [lo, e]): its first token, or
 * UINT32_MAX. At most six words. */
static uint32_t name_back(const ctx *c, uint32_t e, uint32_t lo)
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
static uint32_t name_fwd(const ctx *c, uint32_t a, uint32_t hi)
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
static int generic_unresolved(const ctx *c, int32_t k)
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
static int named_said(const ctx *c, uint32_t prev, uint32_t s, srcres *r)
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
            } else if (is_comma(cp(c, t))) {
                break;
            } else if (!passable_mark(c, t) && !name_link(c, t)) {
                return 0; /* "Mr." and "T-Shirt" stay inside */
            }
            if (t == lo)
                return 0;
        }
        /* the apposition opens with a lower-case word or a number */
        if (words == 0 || t == lo || cap_word(c, t + 1) || !is_word(c, t + 1))
            return 0;
        e = t - 1;
        direct = 0;
    }
    uint32_t a = name_back(c, e, lo);
    if (a == UINT32_MAX || (!direct && a == lo && a == e))
        return 0;
    if (a > lo && is_word(c, a - 1) && key_in(c, a - 1, NAME_PREP))
        return 0;
    if (a > lo && c->lang == LANG_EN && after_the(c, a))
        a--; /* "the State Department said" */
    set_named(r, a, e, "named_said");
    return 1;
}

/* After a name: the end of its clause (punctuation, the sentence's end, an
 * adverbial or a complementizer). */
static int name_ends(const ctx *c, uint32_t e, uint32_t s)
{
    uint32_t n = e + 1;
    return n > c->sent_last[s] || !is_word(c, n) || key_in(c, n, ADVERBIAL) ||
           is_compl(c, n);
}

/*
 * Rules said_named and according_named: a name from token `from` on,
 * after optional lower-case titles (and, in Russian, the words that follow
 * a title: «министр иностранных дел»), ending its clause ("..., said
 * Senator Marco Rubio.", "according to the New York Times,", «заявил
 * Песков», «по словам министра Ивана Петрова»).
 */
static int named_after(const ctx *c, uint32_t from, uint32_t s, srcres *r,
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
static const char *const SUBJ_SKIP[] = {
    "has", "have", "had", "also", "later", "previously", "then", "would",
    "will", "could", "may", "might", "should", "must", "did", "does", "do",
    "not", "n't", "never", "already", "once", "again", "recently", "first",
    "further", "still", "just", "only", "even", "earlier", "often", "has",
    "is", "was", "were", "are", "been", "be", "being", "once", "now",
    "reportedly", "allegedly", "repeatedly", "publicly", "privately",
    "separately", "quickly", "flatly", "simply", "openly", "explicitly",
    "также", "тоже", "уже", "ранее", "еще", "не", "неоднократно", "вчера",
    "сегодня", "позже", "затем", "впоследствии", "же", "официально",
    "прямо", "лично", "тогда", "недавно", "однажды", "открыто", NULL};
/* Conjunctions joining two verbs of one subject ("tweeted ... and said"). */
static const char *const COORD[] = {"and", "but", "и", "но", "а", NULL};
static const char *const PASSIVE_AUX[] = {"was", "were", "is", "are",
                                          "been", "be", "being", NULL};
static const char *const TIME_WORDS[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "yesterday", "today", "tonight", "week", "month", "year",
    "morning", "evening", "night", "afternoon", NULL};
/* Relative pronouns: the source is the phrase before the comma. */
static const char *const RELATIVES[] = {
    "who", "which", "который", "которая", "которые", "которое", "кто",
    "الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي", NULL};
/* Pronouns with gender and number. */
static const char *const PRON_M[] = {"he", "он", "هو", NULL};
static const char *const PRON_F[] = {"she", "она", "هي", NULL};
static const char *const PRON_P[] = {"they", "они", "هم", "we", "мы", "نحن",
                                     NULL};
static const char *const PRON_N[] = {"it", "оно", "i", "я", "you", "вы",
                                     NULL};
/* Determiners and quantifiers that open a noun phrase. */
static const char *const DETERMINERS[] = {
    "the", "a", "an", "some", "many", "several", "most", "few", "two",
    "three", "four", "five", "his", "her", "their", "its", "this", "these",
    "those", "our", "one", "another", "each", "both", "all", "other",
    "such", "any", "no", "more", "other", NULL};
/* Heads of a deliberately unnamed source. */
static const char *const ANON_HEADS[] = {
    "source", "sources", "official", "officials", "aide", "aides",
    "insider", "insiders", "people", "person", "someone", "diplomat",
    "diplomats", "источник", "источники", "источников", "собеседник",
    "собеседники", "مصادر", "مصدر", "مسؤول", "مسؤولون", "مسؤولين", NULL};
/* Prepositions and linkers allowed inside a source noun phrase ("a
 * spokesman for the campaign", «представитель МИД России»). */
static const char *const NP_INNER[] = {"of", "for", "at", "from", "'s",
                                       NULL};
/* Clause openers a subject never reaches past. */
static const char *const NP_STOP[] = {
    "and", "but", "or", "so", "yet", "while", "when", "as", "if", "because",
    "after", "before", "since", "although", "though", "where", "whether",
    "than", "in", "on", "to", "with", "by", "about", "into", "during",
    "what", "how", "why", "there", "here", "said", "says", "told", "и",
    "но", "а", "или", "когда", "если", "как", "после", "в", "во", "на",
    "по", "с", "со", "к", "о", "об", "у", "от", "для", "за", "при", "из",
    "это", "этом", "этого", NULL};
/* Titles that say a speaker's gender. */
static const char *const TITLE_M[] = {"mr", "г-н", "господин", "السيد",
                                      NULL};
static const char *const TITLE_F[] = {"mrs", "ms", "miss", "г-жа", "госпожа",
                                      "السيدة", NULL};
/* Arabic nouns and titles that head a description, not a name. */
static const char *const AR_NOUNS[] = {
    "وزير", "رئيس", "مدير", "امين", "نائب", "مساعد", "سفير", "مستشار",
    "عضو", "قائد", "محافظ", "امير", "ولي", "صاحب", "معالي", "سمو",
    "فضيلة", "د", "دكتور", "مهندس", "شيخ", "وزارة", "صحيفة", "وكالة",
    "هيئة", "مركز", "مجلس", "لجنة", "ادارة", "مكتب", "فرع", "شركة",
    "جامعة", "منظمة", "متحدث", "مصادر", "مصدر", "مسؤول", "بيان", "تقرير",
    "رئيسة", "مديرة", "وزيرة", "الناطق", "ناطق", "عميد", "استاذ", NULL};

/* Addressee pronouns after a verb (folded). */
static const char *const AR_ADDRESSEE[] = {"له", "لها", "لهم", "لنا", "لكم",
                                           "لي", "لهما", NULL};
/* Verbal nouns that stand as the object right after a cue whose subject
 * is dropped («وأكد ضرورة ...», «وأوضح أهمية ...»): never its subject. */
static const char *const AR_OBJECTS[] = {
    "ضرورة", "اهمية", "حرص", "استعداد", "رغبة", "عزم", "رفض", "ترحيب",
    "دعم", "تاييد", "قلق", "اسف", "شكر", "تقدير", "امل", "ثقة", NULL};

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

static int key_is(const ctx *c, uint32_t t, const char *const *list);

static int ar_object_at(const ctx *c, uint32_t t)
{
    char key[KEY_CAP];
    if (!is_word(c, t) || c->cand_at[t] >= 0)
        return 0;
    fold_key(c->text, &c->tok[t], key);
    return ar_object_like(key);
}

static int key_is(const ctx *c, uint32_t t, const char *const *list)
{
    char key[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_key(c->text, &c->tok[t], key);
    if (in_list(key, list))
        return 1;
    if (c->lang == LANG_AR) {
        int art;
        const char *k = ar_bare(key, &art);
        return k != key && in_list(k, list);
    }
    return 0;
}

static uint8_t pronoun_gender(const ctx *c, uint32_t t, int *is_pron)
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

/* Gender and number a cue's verb agrees in: Russian past tense
 * (заявил/заявила/заявили), Arabic perfect, imperfect and participle
 * (قالت، تقول، مشيرة، قالوا). Unknown in English. */
static uint8_t cue_gender(const ctx *c, const icue *q)
{
    if (c->lang == LANG_EN || !is_word(c, q->first))
        return FSC__G_UNKNOWN;
    char key[KEY_CAP];
    fold_key(c->text, &c->tok[q->first], key);
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
        fsc__token lt = {0};
        lt.len = (uint32_t)strlen(lemma);
        fold_key(lemma, &lt, lk);
    }
    size_t ln = strlen(lk);
    int lemma_t = ln >= 2 && strcmp(lk + ln - 2, "ت") == 0;
    if (m >= 6 && strcmp(k + m - 4, "وا") == 0)
        return FSC__G_PLURAL;
    if (q->form == FSC__FORM_PARTICIPLE) {
        if (m >= 4 && (strcmp(k + m - 2, "ة") == 0 || strcmp(k + m - 2, "ه") == 0))
            return FSC__G_FEM;
        if (m >= 6 && strcmp(k + m - 4, "ةا") == 0)
            return FSC__G_FEM; /* قائلةً folded with its tanween alif */
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
static uint8_t title_gender(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t <= b && t < c->n_tok; t++) {
        if (key_is(c, t, TITLE_M))
            return FSC__G_MASC;
        if (key_is(c, t, TITLE_F))
            return FSC__G_FEM;
    }
    return FSC__G_UNKNOWN;
}

/* Is [a, b] a name (named) or a description (nominal)? English and
 * Russian: a capitalised word that is not merely the sentence's first and
 * no leading determiner ("the State Department" is nominal). Arabic: a
 * word that is neither definite nor a title or institution noun nor a
 * preposition + noun («أماني الصوفي», «شكري»). */
static uint8_t np_form(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang != LANG_AR) {
        if (key_is(c, a, DETERMINERS))
            return FSC__SF_NOMINAL;
        for (uint32_t t = a; t <= b; t++)
            if (name_word(c, t) &&
                (t != c->sent_first[sent_of(c, t)] ||
                 (t + 1 <= b && name_word(c, t + 1))))
                return FSC__SF_NAMED;
        return FSC__SF_NOMINAL;
    }
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
            continue;
        char key[KEY_CAP];
        fold_key(c->text, &c->tok[t], key);
        int art;
        const char *k = ar_bare(key, &art);
        if (art || in_list(k, AR_NOUNS) || in_list(key, AR_NOUNS))
            continue;
        if ((starts(key, "ب") || starts(key, "ل")) && strlen(key) > 8 &&
            (starts(key + 2, "ال") || in_list(key + 2, AR_NOUNS)))
            continue; /* «بمنطقة», «لمركز», «بالجامعة» */
        if (strlen(k) <= 2)
            continue;
        return FSC__SF_NAMED;
    }
    return FSC__SF_NOMINAL;
}

/* The head of [a, b] names an unnamed source ("officials", «مصادر»). */
static int np_anonymous(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang == LANG_AR) /* the head comes first: «مصادر مطلعة» */
        return is_word(c, a) && key_is(c, a, ANON_HEADS);
    for (uint32_t t = b + 1; t-- > a;)
        if (is_word(c, t))
            return key_is(c, t, ANON_HEADS);
    return 0;
}

/* Set r to the noun phrase [a, b] as the source: named or nominal, or
 * anonymous by its head. */
static void set_np(const ctx *c, srcres *r, uint32_t a, uint32_t b,
                   const char *rule)
{
    uint8_t form = np_form(c, a, b);
    if (np_anonymous(c, a, b) &&
        (form != FSC__SF_NAMED || c->lang == LANG_AR)) {
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
}

/* A pronoun source at t: its span, its gender, and its antecedent. */
static void set_pronoun(const ctx *c, srcres *r, uint32_t t, uint8_t g,
                        uint32_t s, const char *rule)
{
    src_fresh(r);
    r->form = FSC__SF_PRONOUN;
    if (!inherit_g(c, s, 4, t, r, FSC__CONF_PRONOUN, rule, g, 1)) {
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
static uint32_t np_back(const ctx *c, uint32_t e, uint32_t lo, int max)
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

/*
 * Rule subject_before (English, Russian): the subject right before the
 * cue, after auxiliaries and adverbs ("he has also said", "Clinton on
 * Tuesday said", «представитель МИД заявил»): a personal pronoun (its
 * antecedent resolved by gender), a relative "who" (the phrase before its
 * comma), or a noun phrase. Russian also over one comma-free apposition.
 */
static int subject_before(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (q->first <= lo)
        return 0;
    uint32_t t = q->first - 1;
    for (int n = 0; n < 4 && t > lo; n++) {
        if (key_is(c, t, PASSIVE_AUX))
            return 0; /* "It was reported", "the plan was announced": the
                         subject of a passive is not the speaker */
        if (key_is(c, t, SUBJ_SKIP) ||
            (c->lang == LANG_EN && c->tok[t].len > 4 && is_word(c, t) &&
             !cap_word(c, t) &&
             memcmp(c->text + c->tok[t].off + c->tok[t].len - 2, "ly", 2) ==
                 0)) {
            t--;
            continue;
        }
        if (key_is(c, t, TIME_WORDS) && t - 1 > lo && key_is(c, t - 1, NP_STOP)) {
            t -= 2; /* "on Tuesday" */
            continue;
        }
        break;
    }
    if (!is_word(c, t) && is_comma(cp(c, t)) && c->lang != LANG_AR) {
        /* "The airline, which is state-owned, said": over one apposition
         * or relative clause between commas to the phrase before it */
        uint32_t u = t, w = 0;
        while (u > lo && w <= 14) {
            u--;
            if (is_word(c, u)) {
                w++;
                continue;
            }
            if (name_link(c, u))
                continue; /* "Mr.", "T-Shirt" */
            if (is_comma(cp(c, u)) || c->qmark[u] >= 0 || is_final(cp(c, u)))
                break;
        }
        if (u <= lo || w == 0 || w > 14 || !is_comma(cp(c, u)) ||
            c->qmark[u] >= 0 || !is_word(c, u - 1))
            return 0;
        t = u - 1;
        if (key_is(c, t, PRON_M) || key_is(c, t, PRON_F) ||
            key_is(c, t, PRON_P) || key_is(c, t, NP_STOP))
            return 0;
    }
    if (!is_word(c, t) || c->cue_at[t] >= 0)
        return 0;
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
                r->conf = FSC__CONF_PRONOUN;
                r->rule = "coordinated";
                return 1;
            }
        }
        return 0;
    }
    if (key_is(c, t, RELATIVES)) {
        /* "X, who said": the phrase before the comma */
        if (t > lo + 1 && !is_word(c, t - 1) && is_comma(cp(c, t - 1))) {
            uint32_t e = t - 2;
            int32_t k = c->cand_at[e];
            src_fresh(r);
            if (k >= 0) {
                set_src_from_cand(c, k, r, FSC__CONF_PRONOUN, "relative");
                r->res_first = c->cands[k].first;
                r->res_last = c->cands[k].last;
            } else {
                uint32_t a = name_back(c, e, lo);
                if (a == UINT32_MAX)
                    a = np_back(c, e, lo, 6);
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
    } else {
        a = np_back(c, t, lo, 7);
    }
    if (a == UINT32_MAX)
        return 0;
    /* not the object of a preposition: "a letter to Congress said" is
     * handled by the phrase, "in the report said" is no subject */
    if (a > lo && is_word(c, a - 1) && key_in(c, a - 1, NAME_PREP) &&
        !key_is(c, a - 1, NP_INNER))
        return 0;
    if (c->lang == LANG_RU && a > lo && is_word(c, a - 1) &&
        key_is(c, a - 1, NP_STOP))
        return 0;
    set_np(c, r, a, t, "subject_before");
    return 1;
}

/*
 * Rule subject_after (English postposed cues, Russian verb-subject order):
 * the subject right after the cue ("..., said the spokesman.", "..., he
 * said", «— добавил он», «заявил министр»): a pronoun, or a noun phrase of
 * at most six words ending its clause (punctuation, an adverbial, a
 * complementizer or the sentence's end).
 */
static int subject_after(const ctx *c, const icue *q, uint32_t s, srcres *r)
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
        uint32_t pc = cp(c, p - 1);
        if (c->qmark[p - 1] >= 0) {
            if (p < 2 || is_word(c, p - 2))
                return 0;
            uint32_t pp = cp(c, p - 2);
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
    uint32_t e = t;
    int words = 1;
    while (e + 1 <= hi && words < 6) {
        uint32_t n = e + 1;
        if (!is_word(c, n)) {
            if (name_link(c, n) && n + 1 <= hi && is_word(c, n + 1)) {
                e = n + 1;
                words++;
                continue;
            }
            break;
        }
        if (key_in(c, n, ADVERBIAL) || is_compl(c, n) || c->cue_at[n] >= 0 ||
            (key_is(c, n, NP_STOP) && !key_is(c, n, NP_INNER)) ||
            key_is(c, n, RELATIVES) || key_is(c, n, SUBJ_SKIP))
            break;
        e = n;
        words++;
    }
    uint32_t n = e + 1;
    if (c->lang == LANG_EN && n <= hi && is_word(c, n) &&
        !key_in(c, n, ADVERBIAL) && !is_compl(c, n) && !key_is(c, n, NP_STOP))
        return 0; /* the clause goes on: the phrase is the content's */
    set_np(c, r, t, e, "subject_after");
    return 1;
}

/*
 * The source of speech cue ci. Sets *fwd when the source follows the cue.
 */
/*
 * Rule cue_named (Arabic, no capitals): after a verb-first cue («وقال»,
 * «وأكد») the words up to أن/إن or a comma, at most six, are its subject
 * («وقال المتحدث باسم الوزارة أحمد حسن إن»); after an according-to cue
 * («بحسب», «نقلا عن») the words up to a comma or the sentence's end. Not
 * when the first word is an adverbial («في بيان»), a pronoun, a speaker
 * noun («مسؤولون»: unresolved) or an addressee («لوكالة», «للصحفيين»).
 */
static int named_ar(const ctx *c, uint32_t from, uint32_t s, int according,
                    srcres *r)
{
    uint32_t hi = c->sent_last[s], t = from, last = UINT32_MAX;
    int words = 0;
    /* «وقال لهم الوزير»: an addressee pronoun is no subject */
    while (!according && from <= hi && key_is(c, from, AR_ADDRESSEE))
        from++;
    t = from;
    if (from > hi || !is_word(c, from) || key_in(c, from, ADVERBIAL) ||
        key_in(c, from, PRONOUNS) || key_is(c, from, AR_OBJECTS) ||
        (!according && ar_object_at(c, from)) ||
        (according && key_in(c, from, SPEAKER_NOUNS)) ||
        key_in(c, from, NEGATORS) || key_in(c, from, BRIEFING_PREP) ||
        key_in(c, from, NAME_STOP) ||
        c->tok[from].kind != FSC__TOK_WORD)
        return 0;
    const char *w0 = c->text + c->tok[from].off;
    if (c->tok[from].len >= 4 && memcmp(w0, "\xd9\x84\xd9\x84", 4) == 0)
        return 0; /* لل */
    if (c->tok[from].len > 2 && memcmp(w0, "\xd9\x84", 2) == 0 &&
        c->tok[from].len <= KEY_CAP - 4) {
        /* ل + a generic noun: «لوكالة», «لصحيفة» */
        char key[KEY_CAP];
        fold_key(c->text, &c->tok[from], key);
        int art;
        if (generic_of(GENERIC_AR, ar_bare(key + 2, &art), 0))
            return 0;
    }
    int cut = 0; /* after a verb, the subject ends at an adverbial («في وقت
                  * سابق»), a stop word or an addressee («للبي بي سي») */
    for (; t <= hi; t++) {
        if (is_word(c, t)) {
            if (is_compl(c, t))
                break;
            if (c->cue_at[t] >= 0 ||
                (c->cand_at[t] >= 0 && !c->cands[c->cand_at[t]].generic) ||
                ++words > 24 || (!cut && words > 20))
                return 0;
            /* «الذي ...»: a relative clause ends the subject */
            if (!according && key_is(c, t, RELATIVES))
                cut = 1;
            const char *w = c->text + c->tok[t].off;
            cut |= !according &&
                   (key_in(c, t, ADVERBIAL) || key_in(c, t, NAME_STOP) ||
                    (c->tok[t].len >= 4 &&
                     memcmp(w, "\xd9\x84\xd9\x84", 4) == 0));
            if (!cut)
                last = t;
            continue;
        }
        if (passable_mark(c, t))
            continue;
        uint32_t ch = cp(c, t);
        /* a comma, a colon or an opening quotation mark («وقال شكري "إن»)
         * ends the subject */
        if (is_comma(ch) || ch == ':' || (according && is_final(ch)) ||
            (!according && c->qmark[t] >= 0))
            break;
        if (ch == '.' && t > from && c->tok[t - 1].len <= 2)
            continue; /* «د. بلجون» */
        return 0;
    }
    if (last == UINT32_MAX || (t > hi && !according))
        return 0;
    set_np(c, r, from, last, according ? "according_named" : "cue_named");
    return 1;
}

static void resolve_cue_rules(const ctx *c, const icue *q, srcres *r,
                              uint32_t s, uint8_t vg);

static void resolve_cue(const ctx *c, const icue *q, srcres *r)
{
    uint32_t s = sent_of(c, q->first);
    int32_t k;
    uint8_t vg = cue_gender(c, q);
    src_fresh(r);
    resolve_cue_rules(c, q, r, s, vg);
    if (r->gender == FSC__G_UNKNOWN && r->form != FSC__SF_PRONOUN &&
        !r->inherited)
        r->gender = vg; /* the verb agrees with its written subject */
    (void)k;
}

static void resolve_cue_rules(const ctx *c, const icue *q, srcres *r,
                              uint32_t s, uint8_t vg)
{
    int32_t k;
    if (q->self_anon) {
        r->kind = FSC__SRC_ANONYMOUS;
        r->actor = -1;
        r->first = q->first;
        r->last = q->last;
        r->inherited = 0;
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous";
        return;
    }
    if (q->form == FSC__FORM_PARTICIPLE) {
        /* «مشيرا إلى», "adding": the subject of the clause it hangs on */
        if (inherit_g(c, s, 1, UINT32_MAX, r, FSC__CONF_PARTICIPLE,
                      "participle", vg, 1)) {
            r->form = FSC__SF_DROPPED;
            return;
        }
        if ((k = sentence_subject(c, s, q->first)) >= 0) {
            set_src_from_cand(c, k, r, FSC__CONF_SUBJECT,
                              "participle_subject");
            if (!c->cands[k].generic)
                r->conf = FSC__CONF_SUBJECT;
            r->res_first = r->first;
            r->res_last = r->last;
            r->first = 1;
            r->last = 0;
            r->form = FSC__SF_DROPPED;
            return;
        }
        set_unresolved(r, "participle_unresolved");
        r->form = FSC__SF_DROPPED;
        return;
    }
    uint32_t prev = q->first > c->sent_first[s] ? q->first - 1 : UINT32_MAX;
    if (c->lang == LANG_AR) {
        /* Verb first: «وقال بيراموف إن», «وأشارت الصحيفة الأذرية أنه»;
         * a generic noun we cannot resolve may sit inside a subject we
         * can name («وقال المتحدث باسم الوزارة أحمد حسن إن»). */
        if ((k = search_fwd(c, q->last + 1, s, 5, 1)) >= 0) {
            if (!(generic_unresolved(c, k) &&
                  named_ar(c, q->last + 1, s, 0, r)))
                set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "cue_name");
            return;
        }
        if (named_ar(c, q->last + 1, s, 0, r))
            return;
        if ((k = search_back(c, prev, s, 2)) >= 0) {
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "cue_name");
            return;
        }
        /* No subject written: the verb's own pronoun («وأضاف أن»). */
        uint32_t nx = q->last + 1;
        int implied = nx > c->sent_last[s] || !is_word(c, nx) ||
                      is_compl(c, nx) || c->cue_at[nx] >= 0 ||
                      key_is(c, nx, AR_OBJECTS) || ar_object_at(c, nx) ||
                      key_is(c, nx, AR_ADDRESSEE) ||
                      key_in(c, nx, NAME_STOP) || key_in(c, nx, ADVERBIAL);
        /* a passive or impersonal verb («قيل», «يقال») has no subject */
        if (key_in(c, q->first, IMPERSONAL))
            implied = 0;
        /* Subject before the verb after a complementizer: «إن أذربيجان
         * تعتقد أن», «وأكد أن الوزير يرى أن»: the words between them. */
        if (implied && prev != UINT32_MAX) {
            uint32_t t = prev, w = 0;
            while (t > c->sent_first[s] && is_word(c, t) && !is_compl(c, t) &&
                   c->cue_at[t] < 0 && w < 4) {
                t--;
                w++;
            }
            if (w > 0 && is_word(c, t) && is_compl(c, t)) {
                set_np(c, r, t + 1, prev, "subject_verb");
                int32_t k2 = c->cand_at[prev];
                if (k2 >= 0 && c->cands[k2].first >= t + 1 &&
                    c->cands[k2].kind == FSC__SRC_ACTOR) {
                    uint8_t f = r->form;
                    set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME,
                                      "subject_verb");
                    r->first = t + 1;
                    r->form = f;
                }
                return;
            }
        }
        if (implied && c->anon_sent[s]) {
            r->kind = FSC__SRC_ANONYMOUS;
            r->actor = -1;
            r->first = 1;
            r->last = 0;
            r->inherited = 0;
            r->conf = FSC__CONF_ANONYMOUS;
            r->rule = "anonymous";
            return;
        }
        if (implied) {
            /* pro-drop: the newest earlier speaker the verb agrees with */
            if (!inherit_g(c, s, 12, q->first, r, FSC__CONF_PRONOUN,
                           "dropped", vg, 1))
                set_unresolved(r, "dropped_unresolved");
            r->form = FSC__SF_DROPPED;
            if (r->gender == FSC__G_UNKNOWN)
                r->gender = vg;
            return;
        }
    } else {
        uint32_t pc = prev != UINT32_MAX ? cp(c, prev) : 0;
        int after_punct = prev != UINT32_MAX && !is_word(c, prev) &&
                          (is_comma(pc) || is_dash(pc) ||
                           c->qmark[prev] >= 0);
        if (after_punct) {
            /* "..., said Lavrov", «..., — заявил Лавров»; in English the
             * name then ends the clause ("..., said the detained X would"
             * has X in the content). */
            k = search_fwd(c, q->last + 1, s, 5, 1);
            if (k >= 0 && c->lang == LANG_EN) {
                uint32_t e = c->cands[k].last + 1;
                if (e <= c->sent_last[s] && is_word(c, e))
                    k = -1;
            }
            if (generic_unresolved(c, k) && c->lang == LANG_RU &&
                named_after(c, q->last + 1, s, r, "said_named"))
                return;
            if (k >= 0) {
                set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "said_name");
                return;
            }
            if (c->lang == LANG_EN &&
                named_after(c, q->last + 1, s, r, "said_named"))
                return;
        }
        /* A name right before the cue, outside the lexicon, before an
         * actor further back ("Trump adviser Jane Doe said"). */
        if (named_said(c, prev, s, r))
            return;
        if ((k = search_back(c, prev, s, 7)) >= 0) {
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "name_said");
            return;
        }
        /* A pronoun (resolved by gender), a relative "who" or a noun
         * phrase right before the cue. */
        if (subject_before(c, q, s, r))
            return;
        if ((k = search_fwd(c, q->last + 1, s, 5, 1)) >= 0) {
            /* «заявил представитель министерства»: a generic noun no one
             * named before stays inside the phrase that is the subject */
            if (generic_unresolved(c, k) && c->lang == LANG_RU &&
                (named_after(c, q->last + 1, s, r, "said_named") ||
                 subject_after(c, q, s, r)))
                return;
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "said_name");
            return;
        }
        /* Russian verb-subject order: «заявил Песков», «Об этом сообщил
         * глава ведомства Иван Петров». */
        if (c->lang == LANG_RU &&
            named_after(c, q->last + 1, s, r, "said_named"))
            return;
        /* "..., said the spokesman", "..., he said", «— добавил он»,
         * «заявил министр» */
        if ((after_punct || c->lang == LANG_RU) && subject_after(c, q, s, r))
            return;
    }
    if (c->anon_sent[s]) {
        r->kind = FSC__SRC_ANONYMOUS;
        r->actor = -1;
        r->first = 1;
        r->last = 0;
        r->inherited = 0;
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous";
        return;
    }
    set_unresolved(r, "unresolved");
}

static uint32_t words_in(const ctx *c, uint32_t a, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t t = a; t <= b && t < c->n_tok; t++)
        n += is_word(c, t) ? 1u : 0u;
    return a <= b ? n : 0;
}

/* Trim punctuation (not words) from both ends of [*a, *b]; 0 when empty. */
static int trim(const ctx *c, uint32_t *a, uint32_t *b)
{
    while (*a <= *b && !is_word(c, *a))
        (*a)++;
    while (*a <= *b && !is_word(c, *b)) {
        if (*b == 0)
            return 0;
        (*b)--;
    }
    return *a <= *b;
}

/* The form of a source no rule named: from how it was found. */
static uint8_t default_form(const ctx *c, const srcres *r)
{
    switch (r->kind) {
    case FSC__SRC_ANONYMOUS:
        return FSC__SF_ANONYMOUS;
    case FSC__SRC_UNRESOLVED:
        return FSC__SF_UNRESOLVED;
    default:
        break;
    }
    if (r->first > r->last)
        return r->inherited ? FSC__SF_DROPPED : FSC__SF_UNRESOLVED;
    if (r->kind == FSC__SRC_ACTOR && r->inherited)
        return FSC__SF_NOMINAL; /* «الصحيفة», "the ministry" */
    if (r->kind == FSC__SRC_ACTOR)
        return c->lang == LANG_AR ? np_form(c, r->first, r->last)
                                  : FSC__SF_NAMED;
    return np_form(c, r->first, r->last);
}

/* Folded last word of [a, b] (Arabic without و/ف and ال). */
static void last_key(const ctx *c, uint32_t a, uint32_t b, char *key)
{
    key[0] = '\0';
    for (uint32_t t = b + 1; t-- > a;)
        if (is_word(c, t)) {
            char k[KEY_CAP];
            fold_key(c->text, &c->tok[t], k);
            int art;
            const char *bare = c->lang == LANG_AR ? ar_bare(k, &art) : k;
            memmove(key, bare, strlen(bare) + 1);
            return;
        }
}

/*
 * The fullest earlier mention of the speaker in [*a, *b]: of the same actor
 * (its longest mention before), or a source span of an earlier attribution
 * ending in the same word, with more words. Widens [*a, *b]; 0 when there
 * is none.
 */
static int fullest_mention(const ctx *c, const srcres *r, uint32_t *a,
                           uint32_t *b)
{
    if (*a > *b || *b >= c->n_tok)
        return 0;
    uint32_t best = words_in(c, *a, *b), ba = *a, bb = *b;
    if (r->actor >= 0) {
        for (size_t k = 0; k < c->n_cands; k++) {
            const cand *x = &c->cands[k];
            if (x->actor != r->actor || x->generic || x->first >= *a)
                continue;
            uint32_t w = words_in(c, x->first, x->last);
            if (w > best) {
                best = w;
                ba = x->first;
                bb = x->last;
            }
        }
    }
    char want[KEY_CAP], have[KEY_CAP];
    last_key(c, *a, *b, want);
    if (want[0] && strlen(want) > 2) {
        const fsc__attribs *o = c->out;
        for (size_t j = 0; j < o->n; j++) {
            const fsc__attribution *y = &o->v[j];
            if (y->src_first_tok > y->src_last_tok ||
                y->src_first_tok >= *a || y->form == FSC__SF_PRONOUN ||
                y->source_kind == FSC__SRC_ANONYMOUS ||
                y->source_kind == FSC__SRC_UNRESOLVED)
                continue;
            uint32_t w = words_in(c, y->src_first_tok, y->src_last_tok);
            if (w <= best || w > 16)
                continue;
            last_key(c, y->src_first_tok, y->src_last_tok, have);
            if (strcmp(have, want) == 0) {
                best = w;
                ba = y->src_first_tok;
                bb = y->src_last_tok;
            }
        }
    }
    if (ba == *a && bb == *b)
        return 0;
    *a = ba;
    *b = bb;
    return 1;
}

static fsc_status emit(ctx *c, uint8_t kind, const srcres *r, int32_t cue,
                       uint32_t cf, uint32_t cl, uint8_t stance, uint32_t a,
                       uint32_t b, fsc_error *err)
{
    fsc__attribs *o = c->out;
    if (!grow((void **)&o->v, &o->cap, o->n + 1, sizeof *o->v))
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    fsc__attribution *x = &o->v[o->n++];
    memset(x, 0, sizeof *x);
    x->kind = kind;
    x->source_kind = r->kind;
    x->stance = stance;
    x->inherited = r->inherited;
    x->cue = cue;
    x->cue_first_tok = cf;
    x->cue_last_tok = cl;
    x->actor = r->actor;
    x->src_first_tok = r->first;
    x->src_last_tok = r->last;
    x->name_first_tok = r->kind == FSC__SRC_NAMED ? r->name_first : 1;
    x->name_last_tok = r->kind == FSC__SRC_NAMED ? r->name_last : 0;
    x->content_first_tok = a;
    x->content_last_tok = b;
    x->confidence = r->conf;
    x->rule = r->rule;
    x->gender = r->gender;
    if (x->gender == FSC__G_UNKNOWN && r->first <= r->last)
        /* "Ms. Lopez said", «السيدة» : a title in or right before it */
        x->gender = title_gender(c, r->first > 1 ? r->first - 2 : 0, r->last);
    x->form = r->form != SF_UNSET ? r->form : default_form(c, r);
    x->res_first_tok = r->res_first;
    x->res_last_tok = r->res_last;
    if (x->res_first_tok > x->res_last_tok && r->first <= r->last &&
        (r->kind == FSC__SRC_ACTOR || r->kind == FSC__SRC_NAMED) &&
        x->form != FSC__SF_PRONOUN) {
        /* a short name: its fullest earlier mention («الصباغ» → «المتحدث
         * الرسمي ... رأفت الصباغ», "Clinton" → "Hillary Clinton") */
        uint32_t ra = r->first, rb = r->last;
        if (fullest_mention(c, r, &ra, &rb)) {
            x->res_first_tok = ra;
            x->res_last_tok = rb;
        }
    } else if (x->res_first_tok <= x->res_last_tok) {
        uint32_t ra = x->res_first_tok, rb = x->res_last_tok;
        if (fullest_mention(c, r, &ra, &rb)) {
            x->res_first_tok = ra;
            x->res_last_tok = rb;
        }
    }
    if (r->kind != FSC__SRC_UNRESOLVED) {
        c->has_last = 1;
        c->last = *r;
        c->last_sent = sent_of(c, cf <= cl ? cf : a);
    }
    return FSC_OK;
}

/* Indirect speech (or a briefing verb) from cue q with source r. */
static fsc_status indirect(ctx *c, const icue *q, const srcres *r,
                           fsc_error *err)
{
    uint32_t s = sent_of(c, q->first);
    uint32_t bf = q->first, bl = q->last;
    int has_span = r->first <= r->last && sent_of(c, r->first) == s;
    if (has_span) {
        if (r->first < bf)
            bf = r->first;
        if (r->last > bl)
            bl = r->last;
    }
    /* Content after the block: skip to after a complementizer within a
     * few words (sources, merged phrases and objects may stand before). */
    uint32_t a = bl + 1, b = c->sent_last[s];
    int found = 0;
    const char *const *starters = q->briefing ? BRIEFING_PREP : COMPLEMENTIZERS;
    for (uint32_t t = a, w = 0; t <= b && w < 5; t++) {
        if (key_in(c, t, starters)) {
            a = t + 1;
            found = 1;
            while (a <= b && is_compl(c, a))
                a++;
            break;
        }
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS)
            break;
        if (is_word(c, t) && c->cand_at[t] < 0 && c->cue_at[t] < 0)
            w++;
        /* «заявил, что»: the comma before a complementizer is no stop */
        if (!is_word(c, t) &&
            (is_final(cp(c, t)) || cp(c, t) == ':' ||
             (c->lang != LANG_AR && is_comma(cp(c, t)) &&
              !(t + 1 <= b && is_compl(c, t + 1)))))
            break;
    }
    if (q->briefing && !found)
        return FSC_OK;
    uint32_t pf = bf > c->sent_first[s] ? bf - 1 : UINT32_MAX;
    uint32_t before = pf != UINT32_MAX ? words_in(c, c->sent_first[s], pf) : 0;
    /* The tail: words after the block up to a comma, a cue or the end. */
    uint32_t tail = 0, tail_first = UINT32_MAX;
    for (uint32_t t = bl + 1; t <= b; t++) {
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t)) || is_final(cp(c, t)))
                break;
            continue;
        }
        if (c->cue_at[t] >= 0) {
            if (!c->cues[c->cue_at[t]].skip)
                break;
            continue;
        }
        if (tail_first == UINT32_MAX)
            tail_first = t;
        tail++;
    }
    int inverted = 0, dash = 0;
    if (!found && !q->briefing && before >= 2) {
        uint32_t pc = pf != UINT32_MAX && !is_word(c, pf) ? cp(c, pf) : 0;
        int punct = pc && (is_comma(pc) || is_dash(pc) || c->qmark[pf] >= 0);
        int sep = pc && (is_comma(pc) || is_dash(pc));
        /* "..., said Lavrov ...", «..., заявил Лавров журналистам»: the verb
         * right after the comma. "..., Lavrov said." / "..., Lavrov said on
         * Tuesday": the name first, then nothing or an adverbial. */
        int verb_first = bf == q->first;
        if (tail == 0)
            inverted = 1;
        else if (sep && verb_first && c->lang != LANG_AR)
            inverted = 1;
        else if (sep && verb_first && tail <= 2)
            inverted = 1;
        else if (punct && r->kind != FSC__SRC_UNRESOLVED &&
                 (key_in(c, tail_first, ADVERBIAL) ||
                  (tail <= 2 && key_is(c, tail_first, TIME_WORDS))))
            inverted = 1; /* "..., the airline said Thursday." */
        /* Russian direct speech without marks: «Мы готовы, — заявил». */
        dash = punct && is_dash(pc);
    }
    srcres rr = *r;
    uint8_t kind = FSC__ATTR_INDIRECT;
    if (inverted) {
        a = c->sent_first[s];
        b = pf;
        if (rr.rule && strcmp(rr.rule, "name_said") == 0 &&
            rr.conf > FSC__CONF_INVERTED)
            rr.conf = FSC__CONF_INVERTED;
        if (rr.rule && (strcmp(rr.rule, "name_said") == 0 ||
                        strcmp(rr.rule, "said_name") == 0))
            rr.rule = "inverted";
        if (dash)
            kind = FSC__ATTR_DIRECT;
    }
    if (q->briefing) {
        rr.conf = FSC__CONF_BRIEFING;
        rr.rule = "briefing";
    }
    if (b == UINT32_MAX || !trim(c, &a, &b))
        return FSC_OK;
    return emit(c, kind, &rr, q->idx, q->first, q->last, q->stance, a, b, err);
}

/* Nouns after "according to" that are no source: "according to plan",
 * "according to the rules", «согласно закону» (folded). */
static const char *const NOT_SOURCE[] = {
    "plan", "plans", "schedule", "law", "laws", "rule", "rules",
    "guidelines", "regulations", "agreement", "constitution", "tradition",
    "protocol", "instructions", "procedure", "procedures", "script",
    "design", "need", "needs", "age", "size", "type", "category", "custom",
    "standards", "terms", "contract", "budget", "formula", "order",
    "закону", "плану", "правилам", "договору", "графику", NULL};
/* Prepositions inside a document or speaker phrase: "a count by The
 * Associated Press", "figures from the ministry", "a poll of voters". */
static const char *const ACC_INNER[] = {"of", "by", "from", "at", "in",
                                        "for", "on", NULL};

/*
 * Rule according_np (English, Russian): "according to" + a noun phrase
 * that is no name ("a new poll", "FEC filings", "the results", "a count by
 * The Associated Press"): up to eight words to a comma, the sentence's end
 * or a complementizer; not when a word of it is a plan or rule
 * (NOT_SOURCE).
 */
static int according_np(const ctx *c, uint32_t from, uint32_t s, srcres *r)
{
    uint32_t hi = c->sent_last[s], t = from, last = UINT32_MAX;
    int words = 0;
    for (; t <= hi; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue;
            break;
        }
        if (is_compl(c, t) || c->cue_at[t] >= 0 || key_is(c, t, RELATIVES) ||
            (key_is(c, t, NP_STOP) && !key_is(c, t, ACC_INNER)))
            break;
        if (key_is(c, t, NOT_SOURCE))
            return 0;
        if (++words > 8)
            return 0;
        last = t;
    }
    if (last == UINT32_MAX || key_is(c, last, ACC_INNER))
        return 0;
    set_np(c, r, from, last, "according_np");
    r->conf = FSC__CONF_ACCORDING - 0.2;
    return 1;
}

/* "According to X" covering its sentence. */
static fsc_status according(ctx *c, const icue *q, fsc_error *err)
{
    uint32_t s = sent_of(c, q->first);
    srcres r;
    int32_t k = search_fwd(c, q->last + 1, s, 3, 1);
    if (k >= 0 &&
        !(generic_unresolved(c, k) &&
          (c->lang == LANG_AR
               ? named_ar(c, q->last + 1, s, 1, &r)
               : named_after(c, q->last + 1, s, &r, "according_named")))) {
        set_src_from_cand(c, k, &r, FSC__CONF_ACCORDING, "according_to");
    } else if (k >= 0) {
        /* «بحسب وزارة الصحة في غزة», «по словам министра Ивана Петрова»:
         * the name around the generic noun, set above */
    } else if (c->lang == LANG_AR
                   ? named_ar(c, q->last + 1, s, 1, &r)
                   : named_after(c, q->last + 1, s, &r, "according_named")) {
        /* "according to the New York Times", «по словам министра Ивана
         * Петрова», «بحسب وزارة الصحة،» */
    } else if (c->lang != LANG_AR && according_np(c, q->last + 1, s, &r)) {
        /* "according to a new poll", "according to FEC filings",
         * «по данным опроса» */
    } else {
        /* Only a speaker we cannot name; "according to the plan" is not
         * attribution. */
        uint32_t t = q->last + 1, w = 0;
        while (t <= c->sent_last[s] && is_word(c, t) && w < 3 &&
               !key_in(c, t, SPEAKER_NOUNS))
            t++, w++;
        if (t > c->sent_last[s] || !key_in(c, t, SPEAKER_NOUNS))
            return FSC_OK;
        set_unresolved(&r, "according_unresolved");
        r.first = r.last = t;
    }
    uint32_t bf = q->first, bl = q->last;
    if (r.first <= r.last) {
        if (r.last > bl)
            bl = r.last;
        /* «صحيفة "أذرنيوز" الأذرية»: the closing mark of the name. */
        while (bl + 1 <= c->sent_last[s] && passable_mark(c, bl + 1))
            bl++;
    }
    uint32_t f = c->sent_first[s], l = c->sent_last[s];
    uint32_t before = bf > f ? words_in(c, f, bf - 1) : 0;
    uint32_t after = words_in(c, bl + 1, l);
    uint32_t a, b;
    if (before <= 1) {
        a = bl + 1;
        b = l;
    } else if (after <= 3) {
        a = f;
        b = bf - 1;
    } else {
        a = f;
        b = l;
    }
    if (!trim(c, &a, &b))
        return FSC_OK;
    return emit(c, FSC__ATTR_ACCORDING, &r, q->idx, q->first, q->last,
                q->stance, a, b, err);
}

/* Is this speech cue fit to introduce a quote? */
static int speech_cue(const icue *q, int nested)
{
    return !q->skip && !q->briefing && q->inq == (nested ? 1 : 0) &&
           (q->kind == FSC__CUE_SPEECH || q->self_anon ||
            q->kind == FSC__CUE_ACCORDING);
}

/*
 * Attach top-level quote qi to a cue or actor beside it. Sets *cue (icue
 * index) or *actor (cand index), or neither.
 */
static void attach_quote(ctx *c, size_t qi, int32_t *cue, int32_t *actor)
{
    const fsc__quote *qu = &c->q->v[qi];
    int nested = qu->depth > 0;
    *cue = *actor = -1;
    /* After the closing mark: “...,” Lavrov said / «...», — заявил Лавров /
     * "..." – Lavrov */
    if (qu->close_tok != UINT32_MAX) {
        uint32_t t = qu->close_tok + 1;
        int words = 0, saw_dash = 0;
        /* '"We will win," he said': the comma may stand inside the marks */
        int comma = qu->close_tok > 0 && !is_word(c, qu->close_tok - 1) &&
                    is_comma(cp(c, qu->close_tok - 1));
        for (; t < c->n_tok && t <= qu->close_tok + 8; t++) {
            if (c->cue_at[t] >= 0) {
                const icue *x = &c->cues[c->cue_at[t]];
                int ok = speech_cue(x, nested) && words <= 4;
                /* A short quote hangs on a cue only in speech layout:
                 * “Never,” he said. — not «В «Арцахе» объявили о ...». */
                if (ok && qu->n_words <= 4) {
                    uint32_t e = x->last + 1, w = 0;
                    int32_t k = -1;
                    if (x->kind != FSC__CUE_ACCORDING)
                        k = search_fwd(c, e, sent_of(c, x->first), 3, 1);
                    if (k >= 0 && c->cands[k].last >= e)
                        e = c->cands[k].last + 1;
                    for (; e < c->n_tok && is_word(c, e) && w < 8; e++)
                        w++;
                    ok = (comma || saw_dash) && words <= 2 && w <= 3;
                }
                if (ok && x->kind == FSC__CUE_ACCORDING && words > 0)
                    ok = 0;
                if (ok)
                    *cue = c->cue_at[t];
                break;
            }
            if (is_word(c, t)) {
                if (++words > 4 || is_compl(c, t))
                    break;
                continue;
            }
            uint32_t ch = cp(c, t);
            if (c->qmark[t] >= 0 || is_final(ch) || ch == ':')
                break;
            saw_dash |= is_dash(ch);
            comma |= is_comma(ch);
        }
        if (*cue >= 0)
            return;
        /* "…" – Lavrov (nothing but punctuation after the name) */
        t = qu->close_tok + 1;
        while (t < c->n_tok && !is_word(c, t) && c->qmark[t] < 0 &&
               !is_final(cp(c, t)) && t <= qu->close_tok + 3)
            t++;
        if (saw_dash && t < c->n_tok && c->cand_at[t] >= 0 &&
            c->cands[c->cand_at[t]].kind == FSC__SRC_ACTOR &&
            c->cands[c->cand_at[t]].first == t) {
            uint32_t e = c->cands[c->cand_at[t]].last + 1;
            if (e >= c->n_tok || !is_word(c, e) ||
                c->tok[e].para != c->tok[t].para || c->tok[e].sent != c->tok[t].sent)
                *actor = c->cand_at[t];
            if (*actor >= 0)
                return;
        }
    }
    /* Before the opening mark: Lavrov said: “...” / Lavrov: «...» */
    if (qu->open_tok == 0)
        return;
    uint32_t t = qu->open_tok - 1;
    int colon = 0, lead = 0;
    if (!is_word(c, t) && (cp(c, t) == ':' || is_comma(cp(c, t)))) {
        colon = cp(c, t) == ':';
        lead = 1;
        if (t == 0)
            return;
        t--;
        if (!is_word(c, t) && is_dash(cp(c, t)) && t > 0)
            t--;
    }
    if (colon && c->cand_at[t] >= 0 && c->cands[c->cand_at[t]].kind ==
                                           FSC__SRC_ACTOR) {
        /* "Lavrov: “...”" with no cue: the name heads its sentence. */
        uint32_t f = c->cands[c->cand_at[t]].first;
        uint32_t s = sent_of(c, f);
        if (words_in(c, c->sent_first[s], f) <= 1) {
            *actor = c->cand_at[t];
            return;
        }
    }
    int other = 0;
    uint32_t s0 = sent_of(c, qu->open_tok);
    for (int n = 0; n < 12; n++, t--) {
        if (sent_of(c, t) != s0 && !colon)
            break;
        if (c->cue_at[t] >= 0) {
            const icue *x = &c->cues[c->cue_at[t]];
            if (x->skip && x->form == FSC__FORM_PHRASE &&
                x->kind == FSC__CUE_SPEECH) {
                /* "said in a statement:" — keep looking for the verb */
            } else {
                /* a short quote needs the speech layout "said: “No.”"; the
                 * self-declared “Artsakh” is no speech */
                /* Arabic verb-subject order puts the whole subject between
                 * the cue and the quote: «وقال الوزير أحمد حسن "إن ..."» */
                int ar = c->lang == LANG_AR &&
                         (qu->n_words > 4 ||
                          (qu->first_tok < c->n_tok &&
                           is_compl(c, qu->first_tok)));
                if (speech_cue(x, nested) && x->kind != FSC__CUE_ACCORDING &&
                    other <= (colon ? 8 : ar ? 14 : 1) &&
                    (lead || nested || ar || qu->n_words > 4))
                    *cue = c->cue_at[t];
                return;
            }
        } else if (is_word(c, t)) {
            if (is_compl(c, t))
                return;
            if (c->cand_at[t] < 0)
                other++;
        } else if (c->qmark[t] >= 0 || is_final(cp(c, t))) {
            return;
        }
        if (t == 0)
            return;
    }
}

/* Quote qu is its sentence: nothing but punctuation around its marks. */
static int whole_sentence(const ctx *c, const fsc__quote *qu)
{
    if (qu->unclosed || qu->close_tok == UINT32_MAX || qu->open_tok >= c->n_tok)
        return 0;
    uint32_t s = sent_of(c, qu->open_tok);
    if (sent_of(c, qu->close_tok) != s)
        return 0;
    for (uint32_t t = c->sent_first[s]; t < qu->open_tok; t++)
        if (is_word(c, t))
            return 0;
    for (uint32_t t = qu->close_tok + 1; t <= c->sent_last[s]; t++)
        if (is_word(c, t))
            return 0;
    return qu->n_words >= 2;
}

/* Content of quote qu: its content tokens, trimmed. */
static int quote_content(const ctx *c, const fsc__quote *qu, uint32_t *a,
                         uint32_t *b)
{
    *a = qu->first_tok;
    *b = qu->last_tok;
    if (*a > *b || *b >= c->n_tok)
        return 0;
    return 1;
}

/* Trim indirect content at the next attribution of its sentence. */
static void trim_contents(ctx *c)
{
    fsc__attribs *o = c->out;
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution *x = &o->v[i];
        if (x->kind == FSC__ATTR_ACCORDING)
            continue;
        if (x->cue_first_tok > x->cue_last_tok ||
            x->content_first_tok < x->cue_first_tok)
            continue; /* content before the cue or a quote */
        if (x->kind == FSC__ATTR_DIRECT)
            continue;
        uint32_t lim = x->content_last_tok;
        for (size_t j = 0; j < o->n; j++) {
            const fsc__attribution *y = &o->v[j];
            if (j == i || y->cue_first_tok > y->cue_last_tok)
                continue;
            uint32_t bnd = y->cue_first_tok;
            if (y->src_first_tok <= y->src_last_tok &&
                y->src_first_tok < bnd && y->src_first_tok > x->cue_last_tok)
                bnd = y->src_first_tok;
            if (y->kind == FSC__ATTR_DIRECT &&
                y->content_first_tok > x->content_first_tok &&
                y->content_first_tok < bnd)
                bnd = y->content_first_tok > 0 ? y->content_first_tok - 1
                                               : 0;
            if (bnd > x->content_first_tok && bnd <= lim)
                lim = bnd - 1;
        }
        uint32_t a = x->content_first_tok, b = lim;
        if (trim(c, &a, &b)) {
            /* and a dangling conjunction */
            char key[KEY_CAP];
            fold_key(c->text, &c->tok[b], key);
            if (b > a && (strcmp(key, "and") == 0 || strcmp(key, "и") == 0 ||
                          strcmp(key, "а") == 0)) {
                b--;
                trim(c, &a, &b);
            }
            x->content_last_tok = b;
        }
    }
}

/* Extent of attribution x: its content, cue and source. */
static uint32_t extent_last(const ctx *c, const fsc__attribution *x)
{
    uint32_t e = x->content_last_tok;
    if (x->cue_first_tok <= x->cue_last_tok && x->cue_last_tok > e)
        e = x->cue_last_tok;
    if (x->src_first_tok <= x->src_last_tok && x->src_last_tok > e)
        e = x->src_last_tok;
    for (uint32_t k = 0; k < x->n_seg; k++)
        if (c->out->segs[x->seg_first + k].last > e)
            e = c->out->segs[x->seg_first + k].last;
    /* the closing quotation mark of the last segment */
    while (e + 1 < c->n_tok && !is_word(c, e + 1) && c->qmark[e + 1] >= 0)
        e++;
    return e;
}

static int add_seg(ctx *c, fsc__attribution *x, uint32_t a, uint32_t b)
{
    fsc__attribs *o = c->out;
    if (x->n_seg == 0)
        x->seg_first = (uint32_t)o->n_segs;
    else if (x->seg_first + x->n_seg != o->n_segs)
        return 0; /* only the newest attribution grows (see merge_quotes) */
    if (!grow((void **)&o->segs, &o->cap_segs, o->n_segs + 1,
              sizeof *o->segs))
        return -1;
    o->segs[o->n_segs].first = a;
    o->segs[o->n_segs].last = b;
    o->n_segs++;
    x->n_seg++;
    return 1;
}

/*
 * One quotation, one attribution (issue: quotation structure):
 * - a quotation split by its cue ('"We will win," he said, "whatever it
 *   takes."') or continued right after it, in the same paragraph, with
 *   nothing but punctuation between ('"...," Priebus said. "He
 *   understands..."'), is one direct attribution with several segments;
 * - a quotation with no cue inside the content of indirect speech in its
 *   sentence («Ryan said that “our oceans will save us”») makes that
 *   attribution mixed, with the quotation as a segment in quoted voice.
 * Attributions are in emission (text) order here; merged ones are removed.
 * Returns -1 when out of memory.
 */
static int merge_quotes(ctx *c)
{
    fsc__attribs *o = c->out;
    size_t w = 0;
    long open_direct = -1; /* newest direct attribution kept */
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution y = o->v[i];
        int merged = 0;
        int no_cue = y.cue_first_tok > y.cue_last_tok;
        if (y.kind == FSC__ATTR_DIRECT && y.content_first_tok > 0) {
            uint32_t yo = y.content_first_tok; /* first content token */
            /* mixed: inside indirect content of its sentence */
            for (size_t j = w; no_cue && j-- > 0;) {
                fsc__attribution *x = &o->v[j];
                if (x->kind != FSC__ATTR_INDIRECT &&
                    x->kind != FSC__ATTR_MIXED)
                    continue;
                if (x->cue_first_tok > x->cue_last_tok ||
                    x->cue_first_tok > yo)
                    continue;
                if (sent_of(c, x->cue_first_tok) != sent_of(c, yo) ||
                    x->content_first_tok > yo ||
                    x->content_last_tok + 1 < y.content_last_tok)
                    continue;
                int r = add_seg(c, x, y.content_first_tok, y.content_last_tok);
                if (r < 0)
                    return -1;
                if (r > 0) {
                    x->kind = FSC__ATTR_MIXED;
                    if (y.content_last_tok > x->content_last_tok)
                        x->content_last_tok = y.content_last_tok;
                    merged = 1;
                }
                break;
            }
            /* continuation or split quotation of the newest direct one */
            if (!merged && open_direct >= 0 && (size_t)open_direct == w - 1) {
                fsc__attribution *x = &o->v[open_direct];
                int same_cue = !no_cue && x->cue_first_tok == y.cue_first_tok;
                int cont = no_cue;
                uint32_t from = extent_last(c, x) + 1;
                if (cont) {
                    /* nothing but punctuation between them, or the rest
                     * of the attribution's sentence ('said Larry Noble,
                     * an attorney.') and the quotation opening the next
                     * sentence; always in the same paragraph */
                    if (from > yo || c->tok[from < c->n_tok ? from : yo].para !=
                                         c->tok[yo].para)
                        cont = 0;
                    int words = 0;
                    for (uint32_t t = from; cont && t < yo; t++)
                        if (is_word(c, t) && c->inquote[t] < 0)
                            words = 1;
                    if (cont && words) {
                        uint32_t ys = sent_of(c, yo), xs = sent_of(c, from - 1);
                        cont = ys == xs + 1;
                        for (uint32_t t = c->sent_first[ys]; cont && t < yo; t++)
                            if (is_word(c, t))
                                cont = 0;
                    }
                }
                if ((same_cue || cont) && y.content_first_tok > x->content_last_tok) {
                    int r = add_seg(c, x, y.content_first_tok,
                                    y.content_last_tok);
                    if (r < 0)
                        return -1;
                    if (r > 0)
                        merged = 1;
                }
            }
        }
        if (merged)
            continue;
        o->v[w] = y;
        if (y.kind == FSC__ATTR_DIRECT)
            open_direct = (long)w;
        w++;
    }
    o->n = w;
    return 0;
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

static int guess_lang(const char *text, size_t len)
{
    size_t ar = 0, ru = 0, la = 0, n;
    const unsigned char *s = (const unsigned char *)text;
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
                la += (size_t)((hit * 0x0101010101010101ull) >> 56);
                n = 8;
                continue;
            }
        }
        if (s[i] < 0x80) { /* dec()'s first case, without the call */
            n = 1;
            la += ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z');
            continue;
        }
        uint32_t ch = dec(s + i, len - i, &n);
        if (ch >= 0x600 && ch <= 0x6FF)
            ar++;
        else if (ch >= 0x400 && ch <= 0x4FF)
            ru++;
        else if ((ch | 32) >= 'a' && (ch | 32) <= 'z')
            la++;
    }
    if (ar >= ru && ar >= la && ar > 0)
        return LANG_AR;
    if (ru >= la && ru > 0)
        return LANG_RU;
    return LANG_EN;
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

static fsc_status build(ctx *c, const fsc__cue *cues, size_t n_cues,
                        fsc_error *err)
{
    /* sentences */
    for (uint32_t t = 0; t < c->n_tok; t++) {
        uint32_t s = sent_of(c, t);
        if (c->sent_first[s] == UINT32_MAX)
            c->sent_first[s] = t;
        c->sent_last[s] = t;
    }
    /* Sentences with no token keep an empty range. */
    for (uint32_t s = 0; s < c->n_sent; s++)
        if (c->sent_first[s] == UINT32_MAX)
            c->sent_first[s] = 1, c->sent_last[s] = 0;
    for (uint32_t t = 0; t < c->n_tok; t++)
        c->cand_at[t] = c->cue_at[t] = c->qmark[t] = c->inquote[t] = -1;
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
        q->idx = (int32_t)i;
        q->quote = -1;
    }
    for (size_t i = 0; i < c->n_cues; i++)
        for (uint32_t t = c->cues[i].first; t <= c->cues[i].last; t++)
            if (c->cue_at[t] < 0)
                c->cue_at[t] = (int32_t)i;
    size_t n_lex = c->n_cues;
    /* A word in none of these three tables starts no built-in cue. */
    const uint32_t builtin = class_bit(BRIEFING) | class_bit(IMPERSONAL) |
                             class_bit(ACCORDING_AR);
    for (uint32_t t = 0; t < c->n_tok; t++) {
        if (c->cue_at[t] >= 0 || !is_word(c, t) ||
            !(token_classes(c, t) & builtin))
            continue;
        int brief = key_in(c, t, BRIEFING);
        int imp = !brief && key_in(c, t, IMPERSONAL);
        int acc = !brief && !imp && c->lang == LANG_AR && t + 1 < c->n_tok &&
                  key_in(c, t, ACCORDING_AR) && is_word(c, t + 1) &&
                  c->cue_at[t + 1] < 0 &&
                  starts(c->text + c->tok[t + 1].off, "ل");
        if (!brief && !imp && !acc)
            continue;
        if (!grow((void **)&c->cues, &c->cap_cues, c->n_cues + 1,
                  sizeof *c->cues))
            goto oom;
        icue *q = &c->cues[c->n_cues++];
        memset(q, 0, sizeof *q);
        q->first = q->last = t;
        q->kind = acc ? FSC__CUE_ACCORDING : FSC__CUE_SPEECH;
        q->form = acc ? FSC__FORM_PHRASE : FSC__FORM_VERB;
        q->briefing = (uint8_t)brief;
        q->idx = -1;
        q->quote = -1;
    }
    if (c->n_cues > n_lex)
        fsc__qsort(c->cues, c->n_cues, sizeof *c->cues, cmp_icue);
    for (uint32_t t = 0; t < c->n_tok; t++)
        c->cue_at[t] = -1;
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
                fold_key(c->text, &c->tok[p], key);
                neg = strcmp(key, "ولم") == 0 || strcmp(key, "ولا") == 0 ||
                      strcmp(key, "فلم") == 0;
            }
            if (!neg && c->lang == LANG_EN && is_word(c, p)) {
                fold_key(c->text, &c->tok[p], key);
                size_t kl = strlen(key);
                neg = (kl > 3 && strcmp(key + kl - 3, "n't") == 0) ||
                      (kl > 5 && strcmp(key + kl - 5, "n\u2019t") == 0);
            }
            if (!neg && p > 0 && c->lang == LANG_EN && is_word(c, p - 1)) {
                /* "did not immediately say" */
                neg = key_in(c, p - 1, NEGATORS);
            }
            if (neg)
                q->skip = 1;
        }
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
                 (lt->len > 4 &&
                  memcmp(c->text + lt->off + lt->len - 4, "\xe2\x80\x99s", 4) ==
                      0))) {
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
        if (!add_cand(c, t, t, found >= 0 ? FSC__SRC_ACTOR : FSC__SRC_UNRESOLVED,
                      1, found))
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
            uint32_t d = v->first > q->last ? v->first - q->last
                                            : q->first - v->last;
            if (d <= 6) {
                q->skip = 1;
                break;
            }
        }
    }
}

fsc_status fsc__attrib_find(const char *text, size_t len,
                            const fsc__token *tok, size_t n_tok,
                            const fsc__quotes *quotes, const fsc__cue *cues,
                            size_t n_cues, const fsc__actor *actors,
                            size_t n_actors, fsc__attribs *out,
                            fsc_error *err)
{
    return fsc__attrib_find_cls(text, len, tok, n_tok, quotes, cues, n_cues,
                                actors, n_actors, NULL, NULL, out, err);
}

fsc_status fsc__attrib_find_cls(const char *text, size_t len,
                                const fsc__token *tok, size_t n_tok,
                                const fsc__quotes *quotes,
                                const fsc__cue *cues, size_t n_cues,
                                const fsc__actor *actors, size_t n_actors,
                                const uint32_t *cls_full,
                                const uint32_t *cls_bare, fsc__attribs *out,
                                fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "attrib: NULL output");
    out->n = 0;
    out->n_segs = 0;
    if (n_tok == 0 || !text || !tok)
        return FSC_OK;
    if (n_tok >= UINT32_MAX)
        return fsc__fail(err, FSC_ELIMIT, "attrib: too many tokens");
    for (size_t i = 0; i < n_tok; i++)
        if ((size_t)tok[i].off + tok[i].len > len || tok[i].len == 0)
            return FSC_OK; /* not tokens of this text: nothing to say */
    if (!cues)
        n_cues = 0;
    if (!actors)
        n_actors = 0;

    ctx c;
    memset(&c, 0, sizeof c);
    c.text = text;
    c.len = len;
    c.tok = tok;
    c.n_tok = (uint32_t)n_tok;
    c.q = quotes;
    c.out = out;
    c.in_cues = cues;
    c.n_in_cues = cues ? n_cues : 0;
    c.lang = guess_lang(text, len);
    pthread_once(&word_classes_once, word_classes_init);
    c.n_sent = 0;
    for (size_t i = 0; i < n_tok; i++)
        if (tok[i].sent + 1 > c.n_sent)
            c.n_sent = tok[i].sent + 1;
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
                  5 * n_tok * sizeof(int32_t) +
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
#define CARVE(ptr, bytes)                                                      \
    do {                                                                       \
        (ptr) = (void *)p;                                                     \
        p += ((bytes) + 7) & ~(size_t)7;                                       \
    } while (0)
        CARVE(c.sent_first, c.n_sent * sizeof *c.sent_first);
        CARVE(c.sent_last, c.n_sent * sizeof *c.sent_last);
        CARVE(c.anon_sent, c.n_sent);
        CARVE(c.cand_at, n_tok * sizeof *c.cand_at);
        CARVE(c.cue_at, n_tok * sizeof *c.cue_at);
        CARVE(c.qmark, n_tok * sizeof *c.qmark);
        CARVE(c.inquote, n_tok * sizeof *c.inquote);
        CARVE(c.cls, n_tok * sizeof *c.cls);
        CARVE(av, (n_actors ? n_actors : 1) * sizeof *av);
#undef CARVE
        memset(c.anon_sent, 0, c.n_sent);
    }
    c.cands = out->keep_cands;
    c.cap_cands = out->cap_keep_cands;
    c.cues = out->keep_cues;
    c.cap_cues = out->cap_keep_cues;
    if (!c.sent_first || !c.sent_last || !c.anon_sent || !c.cand_at ||
        !c.cue_at || !c.qmark || !c.inquote || !c.cls || !av) {
        st = fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
        goto done;
    }
    c.has_gen = cls_full != NULL;
    for (size_t i = 0; i < n_tok; i++)
        c.cls[i] = !cls_full ? CLASS_UNKNOWN
                   : !is_word(&c, (uint32_t)i)
                       ? 0
                       : cls_full[i] | (c.lang == LANG_AR ? cls_bare[i] : 0);
    for (uint32_t s = 0; s < c.n_sent; s++)
        c.sent_first[s] = UINT32_MAX;
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

    /* Quotes first: which cue or name each one hangs on. */
    size_t n_q = quotes ? quotes->n : 0;
    items = malloc((c.n_cues + n_q + na + 1) * sizeof *items);
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
        int32_t cue, actor;
        attach_quote(&c, i, &cue, &actor);
        /* A scare quote: the outlet's own words, marked; but a quotation
         * that is a whole sentence («Переговоры продолжатся.») is
         * speech. */
        if (cue < 0 && actor < 0 && qu->n_words <= 4 &&
            !whole_sentence(&c, qu))
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
                int32_t k = search_fwd(&c, q->last + 1, sent_of(&c, q->first),
                                       3, 1);
                if (k >= 0)
                    set_src_from_cand(&c, k, &r, FSC__CONF_QUOTE_CUE,
                                      "quote_according");
                else if (c.lang == LANG_AR
                             ? named_ar(&c, q->last + 1,
                                        sent_of(&c, q->first), 1, &r)
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
                resolve_cue(&c, q, &r);
                if (r.kind == FSC__SRC_ACTOR && !r.inherited)
                    r.conf = FSC__CONF_QUOTE_CUE;
                r.rule = r.kind == FSC__SRC_UNRESOLVED ? "quote_cue_unresolved"
                         : r.kind == FSC__SRC_NAMED    ? "quote_cue_named"
                                                       : "quote_cue";
                cf = q->first;
                cl = q->last;
                stance = q->stance;
                cidx = q->idx;
            } else if (it->actor >= 0) {
                set_src_from_cand(&c, it->actor, &r, FSC__CONF_COLON_DASH,
                                  "quote_colon_dash");
            } else if (!inherit_at(&c, sent_of(&c, qu->open_tok), 2, qu->open_tok, &r,
                                FSC__CONF_LAST_SPEAKER, "quote_last_speaker")) {
                set_unresolved(&r, "quote_unknown");
                r.conf = FSC__CONF_QUOTE_UNKNOWN;
            }
            st = emit(&c, FSC__ATTR_DIRECT, &r, cidx, cf, cl, stance, a, b,
                      err);
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
        resolve_cue(&c, q, &r);
        if (r.kind == FSC__SRC_UNRESOLVED && q->form != FSC__FORM_PARTICIPLE) {
            /* "Mirzoyan said Armenia had warned ...": a cue inside the
             * content of an attribution of its sentence, with no source of
             * its own, is part of that content; not after a comma in it
             * ("X said the sweep would end soon, while critics said it
             * was no counter-terrorist campaign"): a clause of its own. */
            int inside = 0;
            for (size_t j = out->n; j-- > 0;) {
                const fsc__attribution *y = &out->v[j];
                if (y->content_first_tok <= q->first &&
                    q->first <= y->content_last_tok) {
                    inside = 1;
                    for (uint32_t t = y->content_first_tok; t < q->first; t++)
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
    if (st == FSC_OK && merge_quotes(&c) != 0)
        st = fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    if (st == FSC_OK) {
        trim_contents(&c);
        if (out->n > 1)
            fsc__qsort(out->v, out->n, sizeof *out->v, cmp_attr);
        for (size_t k = 0; k < out->n; k++)
            out->v[k].nested = (uint8_t)nested_cue(out, &out->v[k]);
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

/* ---- voice ---------------------------------------------------------------- */

static int voice_of(const fsc__attribution *x)
{
    return x->kind == FSC__ATTR_DIRECT ? FSC__VOICE_QUOTED
                                       : FSC__VOICE_ATTRIBUTED;
}

/*
 * Whose words a token is: a direct quotation covering it is verbatim, so
 * the innermost direct quotation decides; otherwise indirect speech is the
 * reporter's paraphrase, so the outermost indirect or according-to content
 * decides ("Bayramov said that Azerbaijan believes the counter-terrorism
 * measures ...": Bayramov's wording). rank() orders attributions so that
 * the one that decides comes last.
 */
static int outranks(const fsc__attribution *x, size_t kx,
                    const fsc__attribution *y, size_t ky)
{
    int dx = x->kind == FSC__ATTR_DIRECT, dy = y->kind == FSC__ATTR_DIRECT;
    uint32_t lx = x->content_last_tok - x->content_first_tok;
    uint32_t ly = y->content_last_tok - y->content_first_tok;
    if (dx != dy)
        return dx;
    if (lx != ly)
        return dx ? lx < ly : lx > ly;
    return kx > ky; /* ties go to the later attribution */
}

int fsc__attrib_voice(const fsc__attribs *a, uint32_t i, long *which)
{
    /* the same painting as fsc__attrib_voices, for one token */
    long best = -1;
    int seg = 0;
    for (size_t k = 0; a && k < a->n; k++) {
        const fsc__attribution *x = &a->v[k];
        int in = x->content_first_tok <= i && i <= x->content_last_tok;
        int in_seg = 0;
        for (uint32_t g = 0; g < x->n_seg && x->seg_first + g < a->n_segs;
             g++)
            if (a->segs[x->seg_first + g].first <= i &&
                i <= a->segs[x->seg_first + g].last)
                in_seg = 1;
        if (!in && !in_seg)
            continue;
        if (best < 0 || outranks(x, k, &a->v[best], (size_t)best)) {
            best = (long)k;
            seg = in_seg;
        }
    }
    if (which)
        *which = best;
    if (best < 0)
        return FSC__VOICE_AUTHORIAL;
    return seg ? FSC__VOICE_QUOTED : voice_of(&a->v[best]);
}

typedef struct byspan {
    uint32_t len;
    uint8_t direct;
    size_t k;
} byspan;

/* Painting order: indirect before direct; indirect from the shortest to
 * the widest, direct from the widest to the shortest (the last painted
 * wins, as outranks() says). */
static int cmp_span(const void *pa, const void *pb)
{
    const byspan *a = pa, *b = pb;
    if (a->direct != b->direct)
        return a->direct ? 1 : -1;
    if (a->len != b->len)
        return (a->direct ? a->len > b->len : a->len < b->len) ? -1 : 1;
    return a->k < b->k ? -1 : a->k > b->k;
}

fsc_status fsc__attrib_voices(const fsc__attribs *a, size_t n_tok,
                              uint8_t *voice, long *which, fsc_error *err)
{
    if (!voice && n_tok)
        return fsc__fail(err, FSC_EINVAL, "attrib voices: NULL output");
    for (size_t i = 0; i < n_tok; i++) {
        voice[i] = FSC__VOICE_AUTHORIAL;
        if (which)
            which[i] = -1;
    }
    if (!a || a->n == 0)
        return FSC_OK;
    byspan *o = malloc(a->n * sizeof *o);
    if (!o)
        return fsc__fail(err, FSC_ENOMEM, "attrib voices: out of memory");
    for (size_t k = 0; k < a->n; k++) {
        o[k].len = a->v[k].content_last_tok - a->v[k].content_first_tok;
        o[k].direct = a->v[k].kind == FSC__ATTR_DIRECT;
        o[k].k = k;
    }
    /* Paint in cmp_span's order so that the attribution outranks() picks
     * wins, as in fsc__attrib_voice. Cost: the sum of the content lengths
     * (nesting is shallow). */
    fsc__qsort(o, a->n, sizeof *o, cmp_span);
    for (size_t j = 0; j < a->n; j++) {
        const fsc__attribution *x = &a->v[o[j].k];
        for (size_t i = x->content_first_tok;
             i <= x->content_last_tok && i < n_tok; i++) {
            voice[i] = (uint8_t)voice_of(x);
            if (which)
                which[i] = (long)o[j].k;
        }
        /* further segments are quotations: quoted voice */
        for (uint32_t g = 0; g < x->n_seg && x->seg_first + g < a->n_segs;
             g++) {
            const fsc__seg *sg = &a->segs[x->seg_first + g];
            for (size_t i = sg->first; i <= sg->last && i < n_tok; i++) {
                voice[i] = FSC__VOICE_QUOTED;
                if (which)
                    which[i] = (long)o[j].k;
            }
        }
    }
    free(o);
    return FSC_OK;
}

void fsc__attribs_free(fsc__attribs *a)
{
    if (!a)
        return;
    free(a->v);
    free(a->segs);
    free(a->scratch);
    free(a->keep_cands);
    free(a->keep_cues);
    memset(a, 0, sizeof *a);
}
