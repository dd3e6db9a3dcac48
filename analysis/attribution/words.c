/*
 * words.c - the word tables of the attribution stages (complementizers,
 * pronouns, speaker nouns, generic nouns, titles, name words, ...), the
 * light fold that keys them, and per-token word classes: every table gets
 * a bit, a hash of all their words maps a folded token to its bits, so a
 * lookup costs one probe (computed once per word form by the caller).
 * Also the small token helpers every stage uses.
 */
#define _POSIX_C_SOURCE 200809L
#include "attrib_int.h"

#include <pthread.h>
#include <stdatomic.h>

int grow(void **v, size_t *cap, size_t need, size_t size)
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

void *memo_slot(void **tab, size_t *cap, size_t size, size_t width,
                size_t n_tok, size_t t)
{
    size_t need = width * n_tok;
    if (*cap < need) {
        size_t old = *cap;
        if (!grow(tab, cap, need, size))
            return NULL;
        memset((char *)*tab + old * size, 0, (*cap - old) * size);
    }
    return (char *)*tab + t * width * size;
}

/* ---- mentions from lexicon matches --------------------------------------- */

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

/*
 * A light fold of one token into key[KEY_CAP] for the word tables below:
 * Latin and basic Cyrillic lower case, ё -> е, Arabic without tashkeel and
 * tatweel, alef forms -> ا, ى -> ي. The analyzer's fold (ICU) is richer;
 * these tables only hold plain words, for which this one agrees. Tokens
 * longer than the key are cut (no table word is that long).
 */
void fold_key(const char *text, const fsc__token *t, char *key)
{
    const unsigned char *s = (const unsigned char *)text + t->off;
    size_t i = 0, k = 0, n;
    while (i < t->len && k + 4 < KEY_CAP) {
        /* (ASCII and the Arabic block, U+0600-U+067F, the bulk of the
         * letters, without the general decoding and the other scripts'
         * tests: the same key) */
        if (s[i] < 0x80) {
            uint32_t c = s[i++];
            key[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        if ((s[i] == 0xD8 || s[i] == 0xD9) && t->len - i >= 2) {
            uint32_t c = ((uint32_t)(s[i] & 0x1F) << 6) | (s[i + 1] & 0x3Fu);
            i += 2;
            if ((c >= 0x64B && c <= 0x65F) || c == 0x670 || c == 0x640)
                continue;
            if (c == 0x623 || c == 0x625 || c == 0x622 || c == 0x671)
                c = 0x627;
            else if (c == 0x649)
                c = 0x64A;
            key[k++] = (char)(0xC0 | (c >> 6));
            key[k++] = (char)(0x80 | (c & 0x3F));
            continue;
        }
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

/* (out of line, as set_of_slow(): the callers' fast paths stay small) */
__attribute__((noinline)) static int scan_list(const char *key,
                                               const char *const *list)
{
    /* the first two bytes settle almost every comparison: no call */
    const char k0 = key[0], k1 = k0 ? key[1] : 0;
    for (; *list; list++) {
        const char *w = *list;
        if (w[0] == k0 && (!k0 || (w[1] == k1 && strcmp(key, w) == 0)))
            return 1;
    }
    return 0;
}

/*
 * Word lists as hash sets. The rules ask "is this word in LIST?" for a
 * hundred-odd lists (static arrays in their files), some of hundreds of
 * words, many times per token; scanning them was a tenth of the Arabic
 * run. Each list gets a set the first time it is asked about, kept for
 * the process in a table keyed by the list's address: readers look it up
 * without a lock (the slot's list pointer is published last, with release
 * order), the first asker builds it under a mutex. A list of a few words
 * is scanned when the key's hash is still to be made (in_list), and
 * looked up in its set when the hash is at hand (in_list_h: one slot
 * settles most words, where the scan compared each). The hash is
 * word_hash()'s (fsc__hash | 1), so a token's hash cached per word form
 * serves here too.
 */
#define LIST_SLOTS 1024 /* lists at most (a power of two); more: scanned */
#define SHORT_LIST 4    /* at most this many words: scanned by in_list */

typedef struct word_set {
    size_t n;          /* words in the list */
    uint32_t cls;      /* its class bit (a word class table), else 0 */
    uint32_t mask;     /* slots - 1 */
    uint32_t *hash;    /* per slot: the word's hash, 0 = empty */
    const char **word; /* per slot */
} word_set;

static struct {
    _Atomic(const char *const *) list;
    const word_set *set; /* NULL: scan this list */
} lists[LIST_SLOTS];
static pthread_mutex_t lists_mu = PTHREAD_MUTEX_INITIALIZER;

static uint32_t key_hash32(const char *key)
{
    return fsc__hash(key, strlen(key)) | 1u;
}

static size_t list_slot0(const char *const *list)
{
    uint64_t x = (uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 40) & (LIST_SLOTS - 1);
}

/* The set of `list` (NULL when it could not be built: scanned) and
 * *known = 1, or NULL and *known = 0 when the list is not in the table
 * yet. */
static const word_set *find_set(const char *const *list, int *known)
{
    size_t i = list_slot0(list);
    for (size_t n = 0; n < LIST_SLOTS; n++, i = (i + 1) & (LIST_SLOTS - 1)) {
        const char *const *l =
            atomic_load_explicit(&lists[i].list, memory_order_acquire);
        if (l == list) {
            *known = 1;
            return lists[i].set;
        }
        if (!l)
            break;
    }
    *known = 0;
    return NULL;
}

/* The first slot of hash h (its lowest bit is always set: not used). */
static inline size_t set_slot(const word_set *ws, uint32_t h)
{
    return (h >> 1) & ws->mask;
}

static word_set *build_set(const char *const *list)
{
    size_t n = 0;
    while (list[n])
        n++;
    size_t slots = 16;
    while (slots < 4 * n)
        slots *= 2;
    word_set *ws = malloc(sizeof *ws);
    uint32_t *hash = calloc(slots, sizeof *hash);
    const char **word = calloc(slots, sizeof *word);
    if (!ws || !hash || !word) {
        free(ws);
        free(hash);
        free(word);
        return NULL; /* scanned */
    }
    ws->n = n;
    ws->cls = class_bit_of(list);
    ws->mask = (uint32_t)(slots - 1);
    ws->hash = hash;
    ws->word = word;
    for (size_t k = 0; k < n; k++) {
        uint32_t h = key_hash32(list[k]);
        size_t i = set_slot(ws, h);
        while (hash[i] && !(hash[i] == h && strcmp(word[i], list[k]) == 0))
            i = (i + 1) & ws->mask;
        hash[i] = h;
        word[i] = list[k];
    }
    return ws;
}

/* set_of() past the list's first slot: look further, or build the set. */
__attribute__((noinline)) static const word_set *
set_of_slow(const char *const *list)
{
    int known;
    const word_set *ws = find_set(list, &known);
    if (known)
        return ws;
    pthread_mutex_lock(&lists_mu);
    ws = find_set(list, &known); /* another thread may have built it */
    if (!known) {
        size_t i = list_slot0(list), n = 0;
        while (n < LIST_SLOTS &&
               atomic_load_explicit(&lists[i].list, memory_order_relaxed)) {
            i = (i + 1) & (LIST_SLOTS - 1);
            n++;
        }
        ws = build_set(list);
        if (n < LIST_SLOTS) {
            lists[i].set = ws;
            atomic_store_explicit(&lists[i].list, list, memory_order_release);
        }
    }
    pthread_mutex_unlock(&lists_mu);
    return ws;
}

/* The set of `list`, built on first use; NULL: scan the list. (Nearly
 * always in its first slot: one load and a compare.) */
static inline const word_set *set_of(const char *const *list)
{
    size_t i = list_slot0(list);
    if (atomic_load_explicit(&lists[i].list, memory_order_acquire) == list)
        return lists[i].set;
    return set_of_slow(list);
}

/* set_has() from slot i on, where a word has key's hash. */
__attribute__((noinline)) static int
set_has_from(const word_set *ws, const char *key, uint32_t h, size_t i)
{
    for (; ws->hash[i]; i = (i + 1) & ws->mask)
        if (ws->hash[i] == h && strcmp(ws->word[i], key) == 0)
            return 1;
    return 0;
}

/* (the probe up to a slot with key's hash, inline and without a call:
 * most words are in no list, and their probe needs no frame) */
static inline int set_has(const word_set *ws, const char *key, uint32_t h)
{
    size_t i = set_slot(ws, h);
    for (; ws->hash[i]; i = (i + 1) & ws->mask)
        if (ws->hash[i] == h)
            return set_has_from(ws, key, h, i);
    return 0;
}

int in_list(const char *key, const char *const *list)
{
    const word_set *ws = set_of(list);
    return ws && ws->n > SHORT_LIST ? set_has(ws, key, key_hash32(key))
                                    : scan_list(key, list);
}

/* in_list_h() of a list past its first slot in the table. */
__attribute__((noinline)) static int in_list_h_slow(const char *key, uint32_t h,
                                                    const char *const *list)
{
    const word_set *ws = set_of_slow(list);
    return ws ? set_has(ws, key, h) : scan_list(key, list);
}

/* in_list() with key's hash h (fsc__hash | 1) already known; every call
 * it makes is its last act, so the common case needs no frame. */
int in_list_h(const char *key, uint32_t h, const char *const *list)
{
    size_t i = list_slot0(list);
    if (atomic_load_explicit(&lists[i].list, memory_order_acquire) != list)
        return in_list_h_slow(key, h, list);
    const word_set *ws = lists[i].set;
    return ws ? set_has(ws, key, h) : scan_list(key, list);
}

/* Arabic: key without و/ف and ال (ar_bare) is in list, h_bare its hash (0
 * when ar_bare takes nothing off): the bare key is made only when a word
 * of the list has its hash. */
__attribute__((noinline)) static int
bare_in_list_all(const char *key, uint32_t h_bare, const char *const *list)
{
    const word_set *ws = set_of(list);
    int art;
    if (ws) {
        size_t i = set_slot(ws, h_bare);
        while (ws->hash[i] && ws->hash[i] != h_bare)
            i = (i + 1) & ws->mask;
        if (!ws->hash[i])
            return 0;
    }
    const char *k = ar_bare(key, &art);
    return k != key && (ws ? set_has(ws, k, h_bare) : scan_list(k, list));
}

int bare_in_list_h(const char *key, uint32_t h_bare, const char *const *list)
{
    if (!h_bare)
        return 0;
    /* (no word of the list with the bare key's hash, the common case:
     * settled with no call) */
    size_t i = list_slot0(list);
    const word_set *ws = NULL;
    if (atomic_load_explicit(&lists[i].list, memory_order_acquire) == list)
        ws = lists[i].set;
    if (ws) {
        size_t j = set_slot(ws, h_bare);
        while (ws->hash[j] && ws->hash[j] != h_bare)
            j = (j + 1) & ws->mask;
        if (!ws->hash[j])
            return 0;
    }
    return bare_in_list_all(key, h_bare, list);
}

/* Words after which indirect content begins (folded). إلى follows أشار and
 * لفت; a content clause starts after it. */
const char *const COMPLEMENTIZERS[] = {
    "ان",    "انه",   "انها",  "انهم",  "بان", "بانه",
    "بانها", "بانهم", "الى",   "الي", /* إلى as fold_key() folds it (ى → ي) */
    "that",  "что",   "чтобы", "будто", NULL
};

const char *const PRONOUNS[] = { "he",  "she", "they", "it", "он", "она",
                                 "они", "оно", "هو",   "هي", NULL };

/* Nouns that may head an according-to source we cannot name ("according
 * to officials", «по словам экспертов»): unresolved, not an authorial
 * "according to the plan". */
const char *const SPEAKER_NOUNS[] = { "officials",
                                      "official",
                                      "residents",
                                      "experts",
                                      "analysts",
                                      "witnesses",
                                      "diplomats",
                                      "activists",
                                      "observers",
                                      "spokesman",
                                      "spokeswoman",
                                      "spokesperson",
                                      "authorities",
                                      "police",
                                      "scientists",
                                      "researchers",
                                      "economists",
                                      "doctors",
                                      "critics",
                                      "investigators",
                                      "prosecutors",
                                      "protesters",
                                      "lawmakers",
                                      "чиновников",
                                      "экспертов",
                                      "жителей",
                                      "аналитиков",
                                      "дипломатов",
                                      "представителя",
                                      "представителей",
                                      "властей",
                                      "наблюдателей",
                                      "مسؤولين",
                                      "مسؤولون",
                                      "خبراء",
                                      "سكان",
                                      "محللين",
                                      "دبلوماسيين",
                                      "مراقبين",
                                      "السلطات",
                                      NULL };

const generic_word GENERIC_AR[] = {
    { "صحيفة", GEN_MEDIA },    { "صحيفه", GEN_MEDIA },
    { "وكالة", GEN_AGENCY },   { "وكاله", GEN_AGENCY },
    { "جريدة", GEN_MEDIA },    { "موقع", GEN_MEDIA },
    { "منظمة", GEN_ORG },      { "مفوضية", GEN_ORG },
    { "لجنة", GEN_ORG },       { "وزارة", GEN_MINISTRY },
    { "وزاره", GEN_MINISTRY }, { "خارجية", GEN_MINISTRY },
    { "وزير", GEN_PERSON },    { "وسائل", GEN_MEDIA },
    { "قناة", GEN_MEDIA },     { "تلفزيون", GEN_MEDIA },
    { "اذاعة", GEN_MEDIA },    { NULL, 0 }
};

/* English: only after "the". */
static const generic_word GENERIC_EN[] = { { "newspaper", GEN_MEDIA },
                                           { "paper", GEN_MEDIA },
                                           { "daily", GEN_MEDIA },
                                           { "agency", GEN_AGENCY },
                                           { "outlet", GEN_MEDIA },
                                           { "website", GEN_MEDIA },
                                           { "group", GEN_ORG },
                                           { "organisation", GEN_ORG },
                                           { "organization", GEN_ORG },
                                           { "committee", GEN_ORG },
                                           { "ministry", GEN_MINISTRY },
                                           { "minister", GEN_PERSON },
                                           { NULL, 0 } };

/* Russian: prefixes, so that every case form matches. */
static const generic_word GENERIC_RU[] = {
    { "газет", GEN_MEDIA },          { "издани", GEN_MEDIA },
    { "агентств", GEN_AGENCY },      { "ведомств", GEN_MINISTRY },
    { "организаци", GEN_ORG },       { "правозащитник", GEN_ORG },
    { "министерств", GEN_MINISTRY }, { "минобороны", GEN_MINISTRY },
    { "министр", GEN_PERSON },       { NULL, 0 }
};

/* Built-in briefing verbs: "X briefed Y on Z", «أطلع X Y على Z»: Z is X's
 * account. Not in cues.json (yet); folded, Arabic without و/ف. */
const char *const BRIEFING[] = { "اطلع",
                                 "اطلعت",
                                 "ابلغ",
                                 "ابلغت",
                                 "briefed",
                                 "informed",
                                 "проинформировал",
                                 "проинформировала",
                                 "проинформировали",
                                 NULL };

/* Impersonal reporting verbs missing from cues.json 0.1.0 («сообщается,
 * что», «وقيل إن»): speech cues whose source is usually unresolved. */
const char *const IMPERSONAL[] = { "сообщается", "утверждается", "говорится",
                                   "заявляется", "قيل",          "يقال",
                                   NULL };

/* «وفقا لمنظمة ...»: the lexicon lists only some joined forms of وفقا ل. */
const char *const ACCORDING_AR[] = { "وفقا", NULL };

/* «هذا ما», «وذلك ما» opening a cue phrase whose content comes before it
 * («...، هذا ما قاله X»; folded). */
/* Words that name a title before it in quotation marks or after a colon
 * (folded): 'titled "..."', «بعنوان: ...», «под названием «...»». */
const char *const TITLE_INTRO[] = { "titled",  "entitled",  "headlined",
                                    "بعنوان",  "وبعنوان",   "عنوانه",
                                    "عنوانها", "названием", "заголовком",
                                    NULL };

const char *const AR_THIS_WHAT[] = { "هذا", "وهذا", "ذلك", "وذلك", NULL };
const char *const AR_MA[] = { "ما", NULL };
/* «إلى», which COMPLEMENTIZERS holds for «أشار إلى أن» (folded). */
const char *const AR_ILA[] = { "الي", NULL };

/* A negator right before a cue: "did not say", «لم تذكر», «не сообщил». */
const char *const NEGATORS[] = { "not", "n't", "never", "لم", "لا",
                                 "لن",  "ما",  "не",    "ни", NULL };

/* Words that open an adverbial after "X said" rather than the content:
 * "..., Lavrov said on Tuesday." */
const char *const ADVERBIAL[] = {
    "on", "in", "at", "during", "after", "late", "earlier", "yesterday",
    "today", "last", "this", "to", "from", "via", "while", "в", "во", "на",
    "после", "журналистам", "репортерам", "في", "خلال", "اليوم", "امس",
    "للصحفيين",
    /* Arabic manner and time adverbs right after a verb («وقال مجددا إن»,
     * «تشير بقوة إلى») */
    "مجددا", "ايضا", "كذلك", "مؤخرا", "سابقا", "لاحقا", "حينها", "بدوره",
    "بدورها", "بدورهم", "بقوة", "بشدة", "بوضوح", "بصراحة", "بحزم", "بسخرية",
    "صراحة", NULL
};

/* Where briefing content starts: after one of these. */
const char *const BRIEFING_PREP[] = { "على",  "علي", "on", "about", "о", "об",
                                      "that", "что", "ان", "بان",   NULL };

const char *const SAID[] = { "said", "say", "says", "told", NULL };

/*
 * Named sources outside the actor lexicon (rules named_said, said_named,
 * according_named, cue_named; FSC__SRC_NAMED). A name is a run of
 * capitalised words (Latin or Cyrillic) joined at most by NAME_LINK words,
 * a "." after a short capitalised word (initials, "Sen.") or a hyphen;
 * never an actor, a cue, a word of NAME_STOP, a pronoun or a speaker noun.
 */
const char *const NAME_STOP[] = {
    "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "as",
    "if", "when", "while", "after", "before", "since", "for", "this", "that",
    "these", "those", "there", "here", "it", "its", "i", "we", "you", "my",
    "our", "his", "her", "their", "some", "many", "most", "few", "several",
    "both", "all", "others", "other", "another", "each", "no", "also", "still",
    "then", "now", "however", "meanwhile", "what", "who", "why", "how", "where",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
    /* sentence adverbs, capitalised only as the first word ("Later Pierce
     * commented") */
    "later", "earlier", "previously", "recently", "finally", "instead", "again",
    "separately", "similarly", "additionally", "furthermore", "moreover",
    "nevertheless", "nonetheless", "thus", "therefore", "indeed", "yesterday",
    "today", "tonight", "afterwards", "afterward", "overall", "elsewhere",
    "currently", "ultimately", "initially", "eventually", "subsequently",
    "likewise", "otherwise", "perhaps", "even", "only", "just", "not",
    "shortly", "thereafter",
    /* English interjections and formulas that open a sentence ("Thank you
     * for ...", "Yes, ...") */
    "thank", "thanks", "yes", "oh", "please", "sorry", "hello", "okay", "затем",
    "позже", "позднее", "ранее", "впрочем", "сегодня", "вчера", "в", "во", "на",
    "но", "и", "а", "как", "по", "это", "об", "однако", "также", "при", "после",
    "если", "когда", "мы", "я", "вы", "все", "этом", "так", "тогда", "ايضا",
    "هذه", "هذا", "ذلك", "كذلك", "عن", "من", "على", "مع", "كما", "حيث", "بعد",
    "قبل", "عند",
    /* English subject pronouns with a contracted auxiliary ("I'm",
     * "They've") */
    "i'm", "i've", "i'd", "i'll", "i\u2019m", "i\u2019ve", "i\u2019d",
    "i\u2019ll", "you're", "you've", "you'd", "you'll", "you\u2019re",
    "you\u2019ve", "you\u2019d", "you\u2019ll", "we're", "we've", "we'd",
    "we'll", "we\u2019re", "we\u2019ve", "we\u2019d", "we\u2019ll", "they're",
    "they've", "they'd", "they'll", "they\u2019re", "they\u2019ve",
    "they\u2019d", "they\u2019ll", "he's", "he'd", "he'll", "he\u2019s",
    "he\u2019d", "he\u2019ll", "she's", "she'd", "she'll", "she\u2019s",
    "she\u2019d", "she\u2019ll", "it's", "it'd", "it'll", "it\u2019s",
    "it\u2019d", "it\u2019ll", NULL
};

/* Lower-case words that join the capitalised words of one name. */
const char *const NAME_LINK[] = { "de",  "da",  "di",  "del", "della", "van",
                                  "von", "der", "den", "la",  "le",    "du",
                                  "bin", "ibn", "of",  NULL };

/* Lower-case titles between a cue and a name: "said spokesman John Kirby",
 * «заявил министр иностранных дел Сергей Лавров». */
const char *const TITLES[] = { "president",
                               "senator",
                               "sen",
                               "rep",
                               "gov",
                               "governor",
                               "secretary",
                               "minister",
                               "spokesman",
                               "spokeswoman",
                               "spokesperson",
                               "press",
                               "chairman",
                               "chairwoman",
                               "director",
                               "leader",
                               "adviser",
                               "advisor",
                               "aide",
                               "candidate",
                               "nominee",
                               "mayor",
                               "ambassador",
                               "attorney",
                               "speaker",
                               "representative",
                               "former",
                               "deputy",
                               "chief",
                               "министр",
                               "министра",
                               "глава",
                               "главы",
                               "президент",
                               "президента",
                               "председатель",
                               "председателя",
                               "пресс-секретарь",
                               "пресс-секретаря",
                               "директор",
                               "директора",
                               "депутат",
                               "депутата",
                               "губернатор",
                               "губернатора",
                               "мэр",
                               "мэра",
                               "посол",
                               "посла",
                               "спикер",
                               "спикера",
                               "советник",
                               "советника",
                               "замминистра",
                               "премьер-министр",
                               "премьер-министра",
                               "лидер",
                               "лидера",
                               NULL };

/* Prepositions before a name that make it no subject ("a letter to
 * Congress said"). */
const char *const NAME_PREP[] = { "of",      "for",  "with",  "by",  "about",
                                  "against", "than", "like",  "to",  "from",
                                  "into",    "over", "under", "in",  "at",
                                  "on",      "о",    "с",     "к",   "у",
                                  "от",      "для",  "за",    "про", "в",
                                  "во",      "на",   NULL };

/*
 * Word classes. Every word table above gets a bit; a hash of all their words
 * (built once per process) maps a folded token to the classes it belongs to,
 * and each token's classes are computed once per article, on first use, so
 * key_in() costs a table lookup instead of a fold and a string scan.
 */
#define FSC__CLASS_ENTRY(l) l,
static const char *const *const CLASS_LISTS[] = { FSC__CLASS_LISTS(
    FSC__CLASS_ENTRY) };
#undef FSC__CLASS_ENTRY
/* (16 bits at most: the generic-noun types are packed above them) */
_Static_assert(N_CLASS_LISTS <= 16, "word classes: 16 bits at most");
#define CLASS_SLOTS 2048

static struct {
    const char *key[CLASS_SLOTS]; /* word, NULL = empty */
    uint32_t mask[CLASS_SLOTS];   /* bits of the tables holding it */
} word_classes;

static void generic_pairs_init(void);
static void word_classes_init(void)
{
    generic_pairs_init();
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

/* Word classes of a folded key (see CLASS_LISTS). */
uint32_t key_classes(const char *key)
{
    words_init();
    return classes_of_key(key);
}

/* ---- punctuation ----------------------------------------------------------
 */

/* GEN_* of a folded key in a generic-noun table (prefix: Russian), or 0. */
/* The generic-noun type of an Arabic key after a preposition: as it is
 * («وسائل», which ar_bare() would read as و + سائل), else without و/ال. */
int ar_generic_noun(const char *key)
{
    int art;
    int g = generic_of(GENERIC_AR, key, 0);
    return g ? g : generic_of(GENERIC_AR, ar_bare(key, &art), 0);
}

/* The first two bytes of a key (an Arabic or Cyrillic letter, or two
 * ASCII letters) as one bit of 64. */
static uint64_t pair_bit(const char *key)
{
    unsigned b0 = (unsigned char)key[0], b1 = b0 ? (unsigned char)key[1] : 0;
    return 1ull << ((b0 * 31u + b1) & 63u);
}

/* Per generic-noun table, the bits of its words' first two bytes
 * (words_init): a key whose bit is not there is in none of its words,
 * which settles nearly every word without a scan (an Arabic word against
 * the English and Russian tables, most Arabic words against the Arabic
 * one). A table with a word of one byte gets all bits. */
static const generic_word *const GENERIC_TABLES[] = { GENERIC_AR, GENERIC_EN,
                                                      GENERIC_RU };
static uint64_t generic_pairs[3];

static void generic_pairs_init(void)
{
    for (size_t l = 0; l < 3; l++)
        for (const generic_word *g = GENERIC_TABLES[l]; g->key; g++)
            generic_pairs[l] |=
                g->key[0] && g->key[1] ? pair_bit(g->key) : ~0ull;
}

int generic_of(const generic_word *list, const char *key, int prefix)
{
    words_init();
    for (size_t l = 0; l < 3; l++)
        if (list == GENERIC_TABLES[l] && !(generic_pairs[l] & pair_bit(key)))
            return 0;
    /* (the first two bytes, an Arabic letter, settle most entries without
     * a call: this runs three times on every new word form and on every
     * Arabic title asked about) */
    const char k0 = key[0], k1 = k0 ? key[1] : 0;
    for (const generic_word *g = list; g->key; g++)
        if (g->key[0] == k0 && (!k0 || g->key[1] == k1) &&
            (prefix ? starts(key, g->key) : strcmp(key, g->key) == 0))
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
    uint32_t hf, hb;
    fsc__attrib_form(s, len, key, full, bare, &hf, &hb);
}

void fsc__attrib_form(const char *s, size_t len, char *key, uint32_t *full,
                      uint32_t *bare, uint32_t *h_full, uint32_t *h_bare)
{
    fsc__token t;
    memset(&t, 0, sizeof t);
    t.len = (uint32_t)(len < UINT32_MAX ? len : UINT32_MAX);
    words_init();
    fold_key(s, &t, key);
    int art;
    const char *k = ar_bare(key, &art);
    /* (the hashes of word_hash() in coref.c and of in_list_h()) */
    *h_full = key_hash32(key);
    *h_bare = k != key ? key_hash32(k) : 0;
    *full = classes_of_key(key);
    *bare = !art && k != key ? classes_of_key(k) : 0;
    *full |= (uint32_t)generic_ar(s, len, key) << GEN_AR_SHIFT;
    *full |= (uint32_t)generic_of(GENERIC_EN, key, 0) << GEN_EN_SHIFT;
    *full |= (uint32_t)generic_of(GENERIC_RU, key, 1) << GEN_RU_SHIFT;
}

/* Word classes of token t (see CLASS_LISTS), not known yet. */
uint32_t token_classes_fill(const ctx *c, uint32_t t)
{
    uint32_t m = 0;
    if (is_word(c, t)) {
        char key[KEY_CAP];
        fold_tok(c, t, key);
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

/* key_in_scan() of a word without the stage's key: folded here. */
__attribute__((noinline)) static int key_in_fold(const ctx *c, uint32_t t,
                                                 const char *const *list)
{
    char key[KEY_CAP];
    fold_tok(c, t, key);
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

/* key_in_scan(), every case. */
__attribute__((noinline)) static int key_in_scan_all(const ctx *c, uint32_t t,
                                                     const char *const *list)
{
    /* A table that is not a word class: look the word up, with the
     * stage's key and hashes of its word form when there are (no fold, no
     * hash), else folded here. */
    if (!is_word(c, t))
        return 0;
    /* a word class not named at the call (key_in) goes by its bit */
    const word_set *ws = set_of(list);
    uint32_t bit = ws ? ws->cls : class_bit_of(list);
    if (bit)
        return (token_classes(c, t) & bit) != 0;
    if (c->fh_full && c->fh_full[t] && c->fkey_off && c->fkey_off[t]) {
        const char *k = c->fkeys + c->fkey_off[t] - 1;
        if (ws ? set_has(ws, k, c->fh_full[t])
               : in_list_h(k, c->fh_full[t], list))
            return 1;
        if (c->lang != LANG_AR)
            return 0;
        int art;
        const char *b = ar_bare(k, &art);
        return !art && b != k &&
               (ws ? set_has(ws, b, c->fh_bare[t])
                   : in_list_h(b, c->fh_bare[t], list));
    }
    return key_in_fold(c, t, list);
}

int key_in_scan(const ctx *c, uint32_t t, const char *const *list)
{
    /* The common case, a non-Arabic word with the stage's key looked up
     * in a table that is no word class, with no call but the last (no
     * frame); the rest in key_in_scan_all(). */
    size_t i = list_slot0(list);
    const word_set *ws = NULL;
    if (atomic_load_explicit(&lists[i].list, memory_order_acquire) == list)
        ws = lists[i].set;
    if (!ws || ws->cls || c->lang == LANG_AR || !is_word(c, t) || !c->fh_full ||
        !c->fh_full[t] || !c->fkey_off || !c->fkey_off[t])
        return key_in_scan_all(c, t, list);
    return set_has(ws, c->fkeys + c->fkey_off[t] - 1, c->fh_full[t]);
}

int is_compl(const ctx *c, uint32_t t)
{
    return key_in(c, t, COMPLEMENTIZERS);
}

/* "the" right before token t (English generic nouns need it). */
int after_the(const ctx *c, uint32_t t)
{
    if (t == 0 || c->tok[t - 1].len != 3)
        return 0;
    const char *p = c->text + c->tok[t - 1].off;
    if ((p[0] | 0x20) != 't' || (p[1] | 0x20) != 'h' || (p[2] | 0x20) != 'e')
        return 0;
    if (!is_word(c, t - 1))
        return 0;
    char prev[KEY_CAP];
    fold_tok(c, t - 1, prev);
    return strcmp(prev, "the") == 0;
}

/* Generic noun at word t without the stage's types (generic_type()):
 * folded here. */
int generic_type_fold(const ctx *c, uint32_t t)
{
    const char *raw = c->text + c->tok[t].off;
    size_t rlen = c->tok[t].len;
    char key[KEY_CAP];
    if (c->lang == LANG_AR) {
        /* Cheap test on the raw bytes before the fold, inside generic_ar(). */
        const char *a = raw;
        if (rlen >= 2 &&
            (memcmp(a, "\xd9\x88", 2) == 0 || memcmp(a, "\xd9\x81", 2) == 0))
            a += 2;
        if ((size_t)(a - raw) + 4 > rlen)
            return 0;
        fold_tok(c, t, key);
        return generic_ar(raw, rlen, key);
    }
    if (c->lang == LANG_RU) {
        fold_tok(c, t, key);
        return generic_of(GENERIC_RU, key, 1);
    }
    /* Cheap test on the raw bytes first: this runs on every word. */
    if (!after_the(c, t))
        return 0;
    fold_tok(c, t, key);
    return generic_of(GENERIC_EN, key, 0);
}

/* Token t is a quote mark of a short quote (a name in quotes). */
int passable_mark(const ctx *c, uint32_t t)
{
    int32_t qi = c->qmark[t];
    return qi >= 0 && c->q->v[qi].n_words <= 3;
}

/* Words in [a, b], counting at most `cap` (from the end nearest the cue
 * the caller names; the caller only compares small counts). */
uint32_t words_in_cap(const ctx *c, uint32_t a, uint32_t b, uint32_t cap,
                      int from_end)
{
    uint32_t n = 0;
    if (a > b || a >= c->n_tok)
        return 0;
    if (b >= c->n_tok)
        b = c->n_tok - 1;
    if (from_end) {
        for (uint32_t t = b + 1; t-- > a && n < cap;)
            n += is_word(c, t) ? 1u : 0u;
    } else {
        for (uint32_t t = a; t <= b && n < cap; t++)
            n += is_word(c, t) ? 1u : 0u;
    }
    return n;
}

uint32_t words_in(const ctx *c, uint32_t a, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t t = a; t <= b && t < c->n_tok; t++)
        n += is_word(c, t) ? 1u : 0u;
    return a <= b ? n : 0;
}

/* Trim punctuation (not words) from both ends of [*a, *b]; 0 when empty. */
/* Word t's folded key is longer than one of the suffixes and ends in it.
 * The key is the one the stage folded once per word form (token_key). */
int ends_in(const ctx *c, uint32_t t, const char *const *suffixes)
{
    char buf[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    const char *key = token_key(c, t, buf);
    size_t n = strlen(key);
    for (const char *const *x = suffixes; *x; x++) {
        size_t m = strlen(*x);
        if (n > m && memcmp(key + n - m, *x, m) == 0)
            return 1;
    }
    return 0;
}

int trim(const ctx *c, uint32_t *a, uint32_t *b)
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

static pthread_once_t words_once = PTHREAD_ONCE_INIT;

void words_init(void)
{
    pthread_once(&words_once, word_classes_init);
}
