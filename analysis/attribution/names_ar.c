/*
 * names_ar.c - Arabic person names: first-name lists (which also tell a
 * speaker's gender), name links (بن، آل، أبو، عبد), function words no name
 * holds, the names an article has already given (ar_known), titles and
 * eponyms, and the runs of words that make up a name.
 */
#include "attrib_int.h"

#include <pthread.h>

/* «باسم» after a spokesman's title is "on behalf of", not the name Basim
 * («المتحدث الرسمي باسم المديرية»). */
static const char *const AR_BASIM[] = { "باسم", NULL };
static const char *const AR_OFFICIAL[] = { "الرسمي", "رسمي", "الرسمية", "رسمية",
                                           NULL };

/* ---- Arabic person names ------------------------------------------------- */

/*
 * Common Arabic first names and first names of foreign public figures as
 * Arabic news writes them, folded (أ/إ/آ -> ا, ى -> ي). They open a name:
 * the subject after a verb ends where the name does («وطالب محمد الحمادي
 * المواطنين ...»), and they tell a speaker's gender.
 */
const char *const AR_FIRST_M[] = {
    "محمد",      "احمد",      "محمود",     "مصطفي",     "علي",
    "عمر",       "عثمان",     "خالد",      "سعد",       "سعيد",
    "سعود",      "سلمان",     "سلطان",     "فيصل",      "فهد",
    "نايف",      "تركي",      "بندر",      "مشعل",      "متعب",
    "عبدالله",   "عبدالعزيز", "عبدالرحمن", "عبدالرحيم", "عبدالكريم",
    "عبداللطيف", "عبدالمجيد", "عبدالمحسن", "عبدالملك",  "عبدالاله",
    "عبدالفتاح", "عبدالقادر", "عبدالحميد", "عبدالوهاب", "عبدالناصر",
    "عبدالسلام", "عبدالحكيم", "عبدالرزاق", "عبدالباري", "عبدالهادي",
    "عادل",      "ابراهيم",   "اسماعيل",   "يوسف",      "يعقوب",
    "موسي",      "عيسي",      "يحيي",      "زكريا",     "سليمان",
    "داود",      "هارون",     "حسن",       "حسين",      "حسان",
    "حسام",      "حمد",       "حمدان",     "حامد",      "حمود",
    "ماجد",      "مجيد",      "منصور",     "ناصر",      "نصر",
    "نبيل",      "نواف",      "نزار",      "هشام",      "هاني",
    "هيثم",      "وليد",      "وائل",      "طارق",      "طلال",
    "ثامر",      "جمال",      "جميل",      "جابر",      "جاسم",
    "جعفر",      "راشد",      "رشيد",      "رائد",      "رامي",
    "رياض",      "زياد",      "زيد",       "سالم",      "سامي",
    "سامح",      "سمير",      "شريف",      "صالح",      "صلاح",
    "صابر",      "ضياء",      "عاطف",      "عامر",      "عمرو",
    "عماد",      "عصام",      "عزيز",      "علاء",      "غازي",
    "غسان",      "فارس",      "فاروق",     "فؤاد",      "فايز",
    "فواز",      "قاسم",      "كمال",      "كريم",      "لؤي",
    "ماهر",      "مازن",      "مالك",      "مبارك",     "مراد",
    "مروان",     "مشاري",     "معاذ",      "معتز",      "منير",
    "مهدي",      "موفق",      "ناجي",      "نادر",      "نجيب",
    "نعيم",      "هادي",      "هاشم",      "وجدي",      "وحيد",
    "ياسر",      "ياسين",     "يزيد",      "ايمن",      "انور",
    "اسامة",     "اشرف",      "اكرم",      "بشار",      "بشير",
    "باسم",      "بدر",       "بسام",      "تامر",      "توفيق",
    "ثابت",      "حازم",      "حاتم",      "حمزة",      "خليل",
    "خليفة",     "رضا",       "رفيق",      "زهير",      "سيف",
    "شادي",      "شاكر",      "صادق",      "صبري",      "طه",
    "عدنان",     "عزت",       "فتحي",      "فريد",      "فهمي",
    "قيس",       "لطفي",      "مجدي",      "محسن",      "مختار",
    "معن",       "ممدوح",     "منذر",      "مهند",      "نبيه",
    "وسام",      "رافت",      "مساعد",     "مفلح",      "عواد",
    "عوض",       "عايض",      "ظافر",      "فالح",      "مطلق",
    "مقرن",      "بدر",       "جون",       "جورج",      "ديفيد",
    "دونالد",    "باراك",     "فلاديمير",  "سيرغي",     "سيرجي",
    "رجب",       "بنيامين",   "مايكل",     "جيمس",      "روبرت",
    "توني",      "بوريس",     "فرانسوا",   "نيكولا",    "ايمانويل",
    "جوزيف",     "بيتر",      "ستيفن",     "دميتري",    "ريتشارد",
    "وليام",     "جان",       "بيل",       "كريستوفر",  "ماركو",
    "مارك",      "بول",       "ستيفان",    "هنري",      "كوفي",
    "انطونيو",   "الكسندر",   "بطرس",      "ميشال",     "ميشيل",
    "نجيب",      "الياس",     "جبران",     "سمير",      "وليد",
    NULL
};

const char *const AR_FIRST_F[] = {
    "فاطمة",  "عائشة",  "خديجة",  "مريم",  "نورة",   "سارة",   "سارا",
    "هند",    "هدي",    "مني",    "ليلي",  "سلمي",   "نادية",  "اماني",
    "امل",    "رنا",    "ريم",    "ريما",  "لمي",    "لينا",   "دينا",
    "رانيا",  "سعاد",   "سميرة",  "سهي",   "سهام",   "عبير",   "غادة",
    "لطيفة",  "لبني",   "مها",    "منال",  "نجلاء",  "نوال",   "هالة",
    "هيفاء",  "وفاء",   "ياسمين", "جميلة", "حنان",   "حصة",    "بسمة",
    "ايمان",  "اسماء",  "زينب",   "رقية",  "شيماء",  "صفية",   "فوزية",
    "ابتسام", "انتصار", "منيرة",  "نورا",  "هيلاري", "انجيلا", "تيريزا",
    "ماري",   "كاترين", "مارين",  "هيا",   "العنود", "الجازي", "ايناس",
    "اسراء",  NULL
};

/* Words inside a name that bind the next word to it: بن، ابن، بنت، آل، أبو،
 * أم، عبد («عبد العزيز», «آل سعود», «أبو طالب»). */
const char *const AR_NAME_LINKS[] = { "بن",  "ابن", "بنت", "ال",  "ابو",
                                      "ابا", "ابي", "ام",  "عبد", NULL };

/* Kunya words that open a name: أبو، أم (folded). */
static const char *const AR_KUNYA[] = { "ابو", "ام", NULL };
static const char *const AR_ABD[] = { "عبد", NULL };
/* «الله» (folded, with its article: the key without it is «له»). */
static const char *const AR_ALLAH_NAME[] = { "الله", NULL };

/* Function words no name holds. */
static const char *const AR_NAME_NOT[] = {
    "ان",   "انه",  "انها", "بان",  "في",    "من",    "علي",   "عن",
    "الي",  "مع",   "ما",   "لا",   "لم",    "لن",    "قد",    "كما",
    "الذي", "التي", "هذا",  "هذه",  "ذلك",   "تلك",   "عند",   "بعد",
    "قبل",  "منذ",  "حتي",  "او",   "ثم",    "كل",    "بين",   "حول",
    "لدي",  "امام", "خلال", "عبر",  "ضد",    "دون",   "غير",   "بل",
    "اذا",  "لكن",  "وهو",  "وهي",  "هو",    "هي",    "هم",    "له",
    "لها",  "لهم",  "حفظه", "رحمه", "يرحمه", "حفظها", "رحمها", NULL
};

/* Word t is a function word no name holds («عبر», «خلال», «في»), and
 * no first name («علي»). */
int ar_function_word(const ctx *c, uint32_t t)
{
    return key_is(c, t, AR_NAME_NOT) && !ar_first_name(c, t);
}

/* Word t is the name «علي» (Ali), not the preposition «على» written
 * with ي: a first name, a link or a name word without the article
 * follows («وقال علي حسن», «علي بن أحمد»). */
int ar_ali_name(const ctx *c, uint32_t t)
{
    if (!ar_first_name(c, t) || t + 1 >= c->n_tok || !is_word(c, t + 1) ||
        c->tok[t + 1].sent != c->tok[t].sent || ar_definite(c, t + 1))
        return 0;
    return ar_first_name(c, t + 1) || key_is(c, t + 1, AR_NAME_LINKS) ||
           (ar_name_word(c, t + 1, t + 1) && !ar_object_at(c, t + 1) &&
            !ar_title_at(c, t + 1) && c->cue_at[t + 1] < 0 &&
            !is_compl(c, t + 1) && !key_is(c, t + 1, AR_NAME_NOT));
}

/* 1 male, 2 female, 0 when token t is not an Arabic first name. */
int ar_first_name(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_AR || !is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    /* word classes: as written, or after a conjunction («ومحمد»); never
     * after the article («الرياض» is no «رياض»); cached per token */
    uint32_t bit_m = class_bit(AR_FIRST_M), bit_f = class_bit(AR_FIRST_F);
    uint32_t m = token_classes(c, t);
    int g = (m & bit_m) ? 1 : (m & bit_f) ? 2 : 0;
    if (g == 1) {
        /* the preposition «على» folds to the name «علي» */
        const fsc__token *w = &c->tok[t];
        if (w->len >= 2 &&
            memcmp(c->text + w->off + w->len - 2, "\xd9\x89", 2) == 0) {
            char key[KEY_CAP];
            fold_key(c->text, w, key);
            const char *k = key;
            if (strlen(k) >= 6 && (starts(k, "و") || starts(k, "ف")))
                k += 2;
            if (strcmp(k, "علي") == 0)
                return 0;
        }
    }
    return g;
}

/* Word t carries the article, with or without و: an apposition
 * («المحلل») after a name, a definite noun («المنطقة»). */
int ar_definite(const ctx *c, uint32_t t)
{
    char key[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, key);
    return starts(key, "ال") || (starts(key, "وال") && strlen(key) > 8);
}

/* The folded key of t without و/ف and ال. */
static void ar_name_key(const ctx *c, uint32_t t, char *key)
{
    char tmp[KEY_CAP];
    const char *k = token_key(c, t, tmp); /* folded once per article */
    int art;
    const char *b = ar_bare(k, &art);
    memmove(key, b, strlen(b) + 1);
}

/* Arabic word t is the last word of a person's name already seen as a
 * source in this article («مرام» after «تقول مرام:»). */
int ar_known(const ctx *c, uint32_t t)
{
    if ((!c->n_known && !c->n_persons) || !is_word(c, t) ||
        c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    char key[KEY_CAP];
    ar_name_key(c, t, key);
    if (strlen(key) < 6)
        return 0; /* two letters name no one */
    uint32_t n = c->n_known < KNOWN_NAMES ? c->n_known : KNOWN_NAMES;
    /* (key has six bytes or more: its first two, a letter, settle most
     * names without the call) */
    for (uint32_t i = 0; i < n; i++)
        if (c->known[i][0] == key[0] && c->known[i][1] == key[1] &&
            strcmp(c->known[i], key) == 0)
            return 1;
    /* or of a person named earlier with a first name, quoted or not
     * («لمنصور البلوي» ... «ووصف البلوي رحيل المدرب»), unless the word
     * is a title here («محمد الأمين» ... «الأمين العام») */
    return ar_person_before(c, t, key) >= 0 && !ar_title_at(c, t);
}

/* The newest person of c->persons whose name ends before token t and whose
 * last word is `key` (folded, without و and ال): its index, or -1. */
int ar_person_before(const ctx *c, uint32_t t, const char *key)
{
    for (uint32_t i = c->n_persons; i-- > 0;)
        if (c->persons[i].b < t && c->persons[i].key[0] == key[0] &&
            (!key[0] || c->persons[i].key[1] == key[1]) &&
            strcmp(c->persons[i].key, key) == 0)
            return (int)i;
    return -1;
}

/* A first name behind the preposition ل or ب («لمنصور البلوي», «بمحمد»):
 * 1 male, 2 female, 0 otherwise. */
static int ar_clitic_first_name(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    if (w->len < 8 || w->len >= KEY_CAP || w->kind != FSC__TOK_WORD)
        return 0;
    const unsigned char *u = (const unsigned char *)c->text + w->off;
    /* (cheap test first: ل D9 84 or ب D8 A8, after و D9 88 or not) */
    if (u[0] == 0xD9 && u[1] == 0x88)
        u += 2;
    if (!((u[0] == 0xD9 && u[1] == 0x84) || (u[0] == 0xD8 && u[1] == 0xA8)))
        return 0;
    char tmp[KEY_CAP];
    const char *k = token_key(c, t, tmp);
    if (starts(k, "و"))
        k += 2;
    if (!starts(k, "ل") && !starts(k, "ب"))
        return 0;
    k += 2;
    /* («لعلي» is also "perhaps I") */
    if (strlen(k) < 6 || strcmp(k, "علي") == 0)
        return 0;
    uint32_t m = key_classes(k);
    return (m & class_bit(AR_FIRST_M))   ? 1
           : (m & class_bit(AR_FIRST_F)) ? 2
                                         : 0;
}

/* Word t is «عبد» or «وعبد» as written (a cheap test before key_is()). */
static int ar_abd_bytes(const ctx *c, uint32_t t)
{
    static const char ABD[] = "\xd8\xb9\xd8\xa8\xd8\xaf";
    const fsc__token *w = &c->tok[t];
    const char *u = c->text + w->off;
    return (w->len == 6 && memcmp(u, ABD, 6) == 0) ||
           (w->len == 8 && memcmp(u, "\xd9\x88", 2) == 0 &&
            memcmp(u + 2, ABD, 6) == 0);
}

/* Bytes of the preposition (and و) before a first name written onto it
 * («لمنصور»: 2, «ولمحمد»: 4), 0 when word t is no such name. */
int ar_clitic_bytes(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_AR || t >= c->n_tok || !is_word(c, t) ||
        ar_first_name(c, t) || !ar_clitic_first_name(c, t))
        return 0;
    const unsigned char *u = (const unsigned char *)c->text + c->tok[t].off;
    return u[0] == 0xD9 && u[1] == 0x88 ? 4 : 2;
}

/* See ar_persons_scan(): do the words after the first name of [a, b]
 * read as a person's name? */
static int ar_person_words(const ctx *c, uint32_t a, uint32_t b)
{
    int other = 0;
    for (uint32_t w = a + 1; w <= b; w++) {
        if (!is_word(c, w))
            return 0;
        if (ar_first_name(c, w) || key_is(c, w, AR_NAME_LINKS) ||
            key_is(c, w - 1, AR_NAME_LINKS) || key_is(c, w, AR_ABD))
            continue;
        if (ar_definite(c, w)) {
            if (w != b)
                return 0;
            continue;
        }
        const unsigned char *u = (const unsigned char *)c->text + c->tok[w].off;
        if (other++ || (u[0] == 0xD9 && u[1] == 0x84) ||
            (u[0] == 0xD8 && u[1] == 0xA8))
            return 0; /* a second such word; ل or ب before a noun */
    }
    return 1;
}

/*
 * Record the people the article names with a first name (of the list, or
 * behind ل/ب), with at least one more word: «منصور البلوي», «سعيد بن
 * محيا», «عبد العزيز آل الشيخ». A family name alone later in the text is
 * then a name (ar_known) and takes up the fuller mention (coref.c). One
 * pass over the tokens; the first MAX_PERSONS names.
 */
void ar_persons_scan(ctx *c)
{
    c->n_persons = 0;
    if (c->lang != LANG_AR)
        return;
    /* (the first-name bits once, a mask test per token) */
    uint32_t first = class_bit(AR_FIRST_M) | class_bit(AR_FIRST_F);
    for (uint32_t t = 0; t < c->n_tok && c->n_persons < MAX_PERSONS; t++) {
        if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
            continue;
        int clitic = 0;
        if (!((token_classes(c, t) & first) && ar_first_name(c, t)) &&
            !ar_abd_bytes(c, t)) {
            if (!ar_clitic_first_name(c, t))
                continue;
            clitic = 1;
        }
        uint32_t s = c->tok[t].sent, hi = t + 8;
        while (hi > t && (hi >= c->n_tok || c->tok[hi].sent != s))
            hi--;
        uint32_t e = ar_name_run_from(c, t, hi, clitic ? 2 : 0);
        if (e == UINT32_MAX || e == t || e >= c->n_tok)
            continue;
        /* a name, not a preposition and its object («علي ارتكاب جرائم»
         * with «على» written «علي»): after the first name only names,
         * links and what they bind, a family name with the article last,
         * and at most one other word (the father's or the family name:
         * «سامح شكري»), which is no preposition with a noun («لقضية») */
        if (!ar_person_words(c, t, e)) {
            t = e;
            continue;
        }
        /* (a title ends no name, except after a link: «آل الشيخ») */
        if ((ar_title_at(c, e) && !key_is(c, e - 1, AR_NAME_LINKS)) ||
            key_is(c, e, AR_NAME_NOT) || key_is(c, e, AR_NAME_LINKS)) {
            t = e;
            continue;
        }
        char key[KEY_CAP];
        ar_name_key(c, e, key);
        if (strlen(key) >= 6) {
            memcpy(c->persons[c->n_persons].key, key, KEY_CAP);
            c->persons[c->n_persons].a = t;
            c->persons[c->n_persons].b = e;
            c->n_persons++;
        }
        t = e;
    }
}

/* Remember the last word of the person's name [a, b] of a named source. */
void ar_known_add(ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang != LANG_AR || a > b || b >= c->n_tok)
        return;
    /* a person's name: with a first name («سامح شكري»), or one word that
     * may be a name («شكري»); «خادم الحرمين الشريفين» is a title */
    int person = 0;
    for (uint32_t t = a; t <= b && !person; t++)
        person = ar_first_name(c, t) != 0;
    if (!person && !(a == b && ar_name_word(c, a, b)))
        return;
    uint32_t t = b + 1;
    while (t-- > a && !is_word(c, t))
        ;
    if (t < a || t == UINT32_MAX || !is_word(c, t) ||
        c->tok[t].kind != FSC__TOK_WORD || key_is(c, t, AR_NOUNS) ||
        key_is(c, t, AR_NAME_NOT))
        return;
    char key[KEY_CAP];
    ar_name_key(c, t, key);
    if (strlen(key) < 6 || ar_known(c, t))
        return;
    memcpy(c->known[c->n_known % KNOWN_NAMES], key, KEY_CAP);
    c->n_known++;
}

/* Word t heads a title or an institution in apposition to a name
 * («محمد الحمادي رئيس تحرير ...», «... المتحدث باسم ...»). */
/* AR_NOUNS as a hash set, built once: ar_title_at() is asked of most
 * words of an Arabic subject and of every word a name run reaches. */
#define NOUN_SLOTS 512 /* a power of two, over twice AR_NOUNS */
static const char *noun_set[NOUN_SLOTS];
static pthread_once_t noun_once = PTHREAD_ONCE_INIT;

static void noun_set_init(void)
{
    for (const char *const *w = AR_NOUNS; *w; w++) {
        size_t i = fsc__hash(*w, strlen(*w)) & (NOUN_SLOTS - 1);
        while (noun_set[i] && strcmp(noun_set[i], *w) != 0)
            i = (i + 1) & (NOUN_SLOTS - 1);
        noun_set[i] = *w;
    }
}

static int ar_noun_key(const char *key)
{
    size_t i = fsc__hash(key, strlen(key)) & (NOUN_SLOTS - 1);
    for (; noun_set[i]; i = (i + 1) & (NOUN_SLOTS - 1))
        if (strcmp(noun_set[i], key) == 0)
            return 1;
    return 0;
}

static int title_at(const ctx *c, uint32_t t);

/* (The answer depends on the word alone, and the rules ask about the same
 * words again and again: kept per token for the article, stamped with it,
 * in the high half of ti_memo, the answer in its low bit.) */
int ar_title_at(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    fsc__attribs *o = c->out;
    uint64_t *m = NULL;
    if (o && !o->memo_off && t < c->n_tok) {
        m = memo_slot((void **)&o->ti_memo, &o->cap_ti_memo, sizeof *o->ti_memo,
                      1, c->n_tok, t);
        if (m) {
            if ((uint32_t)(*m >> 32) == o->stamp)
                return (int)(*m & 1);
        }
    }
    int r = title_at(c, t);
    if (m)
        *m = (uint64_t)o->stamp << 32 | (uint64_t)(r != 0);
    return r;
}

static int title_at(const ctx *c, uint32_t t)
{
    pthread_once(&noun_once, noun_set_init);
    /* key_is(c, t, AR_NOUNS): the key as folded, or without و/ف and ال */
    char tmp[KEY_CAP];
    const char *key = token_key(c, t, tmp);
    if (ar_noun_key(key))
        return 1;
    int art;
    const char *bare = ar_bare(key, &art);
    if (bare != key && ar_noun_key(bare))
        return 1;
    return generic_of(GENERIC_AR, ar_bare(bare, &art), 0) != 0;
}

/* Royal titles that an institution's name takes with a king's or a
 * prince's name, and nouns of institutions and places named after one
 * (folded). */
static const char *const AR_ROYAL[] = { "الملك",   "الامير", "الملكة",
                                        "الاميرة", "الشيخ",  NULL };
static const char *const AR_EPONYMOUS[] = {
    "مركز",  "جامعة", "مستشفي", "مدينة",  "مطار",  "شارع",  "طريق",
    "جائزة", "مؤسسة", "مجمع",   "قاعدة",  "ميناء", "جسر",   "برج",
    "كلية",  "معهد",  "مكتبة",  "حديقة",  "ملعب",  "استاد", "قاعة",
    "مسجد",  "جامع",  "مشروع",  "برنامج", "صندوق", "كرسي",  "وقف",
    "مدرسة", "مجلس",  "بوابة",  "منحة",   "حي",    "ميدان", NULL
};

/* First name t follows «الملك»/«الأمير» after an institution noun. */
static int ar_eponym(const ctx *c, uint32_t t)
{
    if (t < 2 || !is_word(c, t - 1) || !is_word(c, t - 2) ||
        !key_is(c, t - 1, AR_ROYAL))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t - 2, k);
    const char *b = k;
    /* «بمركز», «لجامعة», «ومستشفى» */
    if (!in_list(b, AR_EPONYMOUS) && strlen(b) > 4 &&
        (starts(b, "و") || starts(b, "ب") || starts(b, "ل") || starts(b, "ف")))
        b += 2;
    return in_list(b, AR_EPONYMOUS);
}

/* Weekdays that are no family name (folded). */
static const char *const AR_WEEKDAYS[] = { "الاحد", "الاثنين", "الثلاثاء",
                                           "الاربعاء", NULL };

/* Folded key k (no article) has the shape of the verbal noun of form
 * VIII, افتعال («التزام», «انتقاد»), or X, استفعال («استمرار»). */
static int ar_derived_noun(const char *k)
{
    size_t n = strlen(k);
    if (n == 12 && starts(k, "ا") && strncmp(k + 4, "ت", 2) == 0 &&
        strncmp(k + 8, "ا", 2) == 0)
        return 1;
    return n == 14 && starts(k, "است") && strncmp(k + 10, "ا", 2) == 0;
}

/*
 * A person's name that starts at token t (a first name, or a name already
 * quoted in the article) and stays within [t, hi]: the last token of the
 * name, or UINT32_MAX. It runs over linked words (بن، آل، أبو، عبد + the
 * next word), further undetermined words (the father's name, a surname:
 * «سامح شكري», «موفق أبو طالب») and one determined family name right after
 * them («محمد الحمادي», «عادل الجبير»). Eight words at most.
 */
uint32_t ar_name_run(const ctx *c, uint32_t t, uint32_t hi)
{
    return ar_name_run_from(c, t, hi, 0);
}

/* ar_name_run(), or with `force` from any word t that may be a name (a
 * name the caller knows from elsewhere: «مرام» in «مرام القصير»). */
static uint32_t name_run_from(const ctx *c, uint32_t t, uint32_t hi, int force)
{
    if (c->lang != LANG_AR || t > hi || t >= c->n_tok)
        return UINT32_MAX;
    if (t > 0 && key_is(c, t, AR_BASIM) && is_word(c, t - 1) &&
        (ar_title_at(c, t - 1) || key_is(c, t - 1, AR_OFFICIAL)))
        return UINT32_MAX;
    /* a kunya opens a name: «أم فاطمة», «أبو أحمد» (the mother, the father
     * of ...), not the child's name alone */
    if (key_is(c, t, AR_KUNYA) && t + 1 <= hi && is_word(c, t + 1) &&
        c->tok[t + 1].kind == FSC__TOK_WORD &&
        c->tok[t + 1].sent == c->tok[t].sent && ar_first_name(c, t + 1)) {
        uint32_t e = ar_name_run_from(c, t + 1, hi, force);
        return e != UINT32_MAX ? e : t + 1;
    }
    /* «عبد» + a divine name written apart opens a name: «عبد الرحمن
     * السديس», «عبد العزيز آل الشيخ»; a family name or a father's name
     * may follow */
    if (key_is(c, t, AR_ABD) && t + 1 <= hi && is_word(c, t + 1) &&
        c->tok[t + 1].kind == FSC__TOK_WORD &&
        c->tok[t + 1].sent == c->tok[t].sent) {
        char k1[KEY_CAP];
        fold_tok(c, t + 1, k1);
        if (starts(k1, "ال") && strlen(k1) >= 8) {
            uint32_t e = t + 1, u = t + 2;
            if (u <= hi && is_word(c, u) && c->tok[u].sent == c->tok[t].sent) {
                uint32_t f = ar_name_run_from(c, u, hi, 0);
                if (f != UINT32_MAX)
                    e = f;
                else if (key_is(c, u, AR_NAME_LINKS) && u + 1 <= hi &&
                         is_word(c, u + 1))
                    e = u + 1; /* «عبد العزيز آل الشيخ» */
                else if (ar_definite(c, u) && !ar_title_at(c, u) &&
                         c->cue_at[u] < 0 && !is_compl(c, u) &&
                         !key_in(c, u, ADVERBIAL) && c->tok[u].len >= 8)
                    e = u; /* «عبد الرحمن السديس» */
            }
            return e;
        }
    }
    /* (force 2: the caller found a first name behind ل/ب) */
    int first = ar_first_name(c, t) != 0 || force == 2;
    /* a first name after «الملك», «الأمير» that follow an institution
     * noun names the institution («مركز الملك فهد الثقافي», «جامعة الملك
     * سعود»), not a person */
    if (first && ar_eponym(c, t))
        return UINT32_MAX;
    /* a first name that is also a title («أمين», «أمير») heads a title
     * when an institution or a definite noun follows («أمين مجلس
     * التنمية», «أمير المنطقة») */
    if (first && key_is(c, t, AR_NOUNS) && t + 1 <= hi && is_word(c, t + 1) &&
        (ar_title_at(c, t + 1) || ar_definite(c, t + 1)))
        return UINT32_MAX;
    if (!first && !force && ar_known(c, t))
        return t; /* the last word of a name quoted before: «الحمادي» */
    if (!first && !(force == 1 && ar_name_word(c, t, hi)))
        return UINT32_MAX;
    uint32_t e = t;
    int bare_last = 1; /* the last word taken has no article */
    int bare_run = 1;  /* bare words since the first name or a link */
    {
        char k[KEY_CAP];
        fold_tok(c, t, k);
        bare_last = !(starts(k, "ال") && strlen(k) >= 8);
    }
    int forced = force == 1 && !first;
    for (int words = 1; words < 8 && e + 1 <= hi;) {
        uint32_t u = e + 1;
        if (c->tok[u].sent != c->tok[e].sent)
            break; /* a name stays within its sentence */
        /* «بن عبد الله»: «عبد» after a link and the divine name written
         * apart are one name, which may go on («متعب بن عبد الله بن عبد
         * العزيز», «سعد بن عبد الله آل سعد»); the checks below take «الله»
         * for «له» (to him), an addressee */
        if (e > t && is_word(c, u) && c->tok[u].kind == FSC__TOK_WORD &&
            key_is(c, e, AR_ABD) && key_is(c, e - 1, AR_NAME_LINKS) &&
            key_is(c, u, AR_ALLAH_NAME)) {
            e = u;
            words++;
            bare_last = 1;
            bare_run = 1;
            continue;
        }
        if (!is_word(c, u) || c->tok[u].kind != FSC__TOK_WORD ||
            c->cue_at[u] >= 0 || is_compl(c, u) ||
            (key_is(c, u, AR_NAME_NOT) && !ar_first_name(c, u)) ||
            key_in(c, u, ADVERBIAL) || key_is(c, u, AR_OBJECTS) ||
            key_is(c, u, AR_ADDRESSEE) || ar_title_at(c, u))
            break;
        if (key_is(c, u, AR_NAME_LINKS) && u + 1 <= hi && is_word(c, u + 1) &&
            c->tok[u + 1].kind == FSC__TOK_WORD) {
            e = u + 1;
            words += 2;
            bare_last = 1;
            bare_run = 1;
            char lk[KEY_CAP];
            fold_tok(c, u, lk);
            if (strcmp(lk, "ال") == 0)
                break; /* «آل سعود»: the family ends the name */
            continue;
        }
        /* inside a name no conjunction is stripped («فالون» is a name,
         * not ف + ال + ون) */
        char k[KEY_CAP];
        fold_tok(c, u, k);
        int art = starts(k, "ال") && strlen(k) >= 8;
        const char *b = art ? k + 4 : k;
        /* a name we only guess at takes a family name and nothing else
         * («مرام القصير», not «أذربيجان وروسيا تبحثان») */
        if (forced && !(art && e == t))
            break;
        /* (a weekday after a name is when it was said, no family name:
         * «وقال كيري الأربعاء إن»; not «الخميس», «الجمعة», «السبت»,
         * also family names) */
        if (art && key_is(c, u, AR_WEEKDAYS))
            break;
        /* (a verbal noun of form VIII whose first letters look like the
         * article, «جون كيري التزام بلاده», is the object, no family
         * name) */
        if (words >= 2 && art && ar_derived_noun(k))
            break;
        /* «وروسيا»: a conjunction ends the name */
        if (!art && starts(k, "و") && strlen(k) >= 8)
            break;
        if (ar_first_name(c, u) || ar_known(c, u)) {
            e = u;
            words++;
            bare_last = !art;
            bare_run = art ? 0 : 1; /* a name of its own starts */
            if (art)
                break;
            continue;
        }
        if (!bare_last || strlen(b) <= 4)
            break;
        /* a family name with the article follows the first name or a
         * linked name («محمد الحمادي», «حمد بن سعد العمر»); after two
         * bare words it is the object («وطالب سامح شكري الدول») */
        if (art && bare_run > 1)
            break;
        if (starts(k, "ل") || starts(k, "ب") || starts(k, "لل")) {
            if (strlen(k) > 6 &&
                (starts(k + 2, "ال") || art || in_list(k + 2, AR_NOUNS) ||
                 ar_generic_noun(k + 2)))
                break; /* «بمنطقة», «للمواطنين», «لصحيفة» */
        }
        if (art) {
            /* (a plural nisba is the object, no family name: «واتهم عسيري
             * الحوثيين», «المصريون») */
            size_t kl = strlen(k);
            if (kl >= 14 && (strcmp(k + kl - 6, "يين") == 0 ||
                             strcmp(k + kl - 6, "يون") == 0))
                break;
            e = u; /* a family name: «الحمادي», «الجبير» */
            break;
        }
        /* (a noun with ة after a name of two words is its object:
         * «أكد وسام حمدان جدارة الأخضر») */
        if (words >= 2 && strlen(b) >= 4 && strcmp(b + strlen(b) - 2, "ة") == 0)
            break;
        /* (nor a verbal noun with a possessive pronoun: «أبدى جميل
         * قاسم سعادته», «أكدت هيلاري كلينتون حملتها», «أعلن X عزمهم»; no
         * name ends so, «باسلمه» and «فيفريه» do) */
        if (words >= 2 && strlen(b) >= 8 &&
            (strcmp(b + strlen(b) - 4, "ته") == 0 ||
             strcmp(b + strlen(b) - 4, "ها") == 0 ||
             strcmp(b + strlen(b) - 4, "هم") == 0) &&
            ar_object_at(c, u))
            break;
        /* (or a bare verbal noun of the forms ifti'al and istif'al, «أكد
         * جون كيري التزام بلاده», «استمرار») */
        if (words >= 2 && !art && ar_derived_noun(b))
            break;
        e = u; /* «مايكل فالون», «سامح شكري» */
        words++;
        bare_run++;
    }
    return e;
}

/*
 * The rules ask for the name run from the same token again and again (the
 * title split of a subject, its fullest mention, the subject after the
 * verb, ...). Once the article's cues, candidates and persons are final
 * (names_fixed) the answer depends on the token, hi, force and the names
 * quoted so far (known[], which only grows: n_known tells it), so the last
 * answer per token is kept with those, stamped with the article.
 */
uint32_t ar_name_run_from(const ctx *c, uint32_t t, uint32_t hi, int force)
{
    if (c->lang != LANG_AR || t > hi || t >= c->n_tok)
        return UINT32_MAX;
    fsc__attribs *o = c->out;
    uint32_t *m = NULL;
    if (c->names_fixed && o && !o->memo_off) {
        m = memo_slot((void **)&o->nr_memo, &o->cap_nr_memo, sizeof *o->nr_memo,
                      5, c->n_tok, t);
        if (m) {
            if (m[0] == o->stamp && m[1] == hi && m[2] == (uint32_t)force &&
                m[3] == c->n_known)
                return m[4];
        }
    }
    uint32_t e = name_run_from(c, t, hi, force);
    if (m) {
        m[0] = o->stamp;
        m[1] = hi;
        m[2] = (uint32_t)force;
        m[3] = c->n_known;
        m[4] = e;
    }
    return e;
}

/* «في» (folded). */
static const char *const AR_FI_WORD[] = { "في", NULL };
/* Occasions, not places («في مؤتمر صحفي مع نظيره X», «في بيان»; folded,
 * bare). */
static const char *const AR_OCCASION[] = {
    "بيان",  "مؤتمر", "تصريح", "تصريحات", "مقابلة", "حديث",   "كلمة",
    "لقاء",  "اتصال", "حوار",  "ندوة",    "محاضرة", "اجتماع", "جلسة",
    "زيارة", "رسالة", "خطاب",  "تغريدة",  "مداخلة", NULL
};

uint32_t ar_place_then_name(const ctx *c, uint32_t u, uint32_t hi)
{
    if (u > hi || !is_word(c, u) || !key_is(c, u, AR_FI_WORD))
        return UINT32_MAX;
    for (uint32_t v = u + 1, w = 0; v <= hi && w < 5; v++, w++) {
        if (!is_word(c, v) || is_compl(c, v) || c->cue_at[v] >= 0 ||
            key_is(c, v, AR_FI_WORD) || ar_function_word(c, v) ||
            key_is(c, v, AR_OCCASION))
            return UINT32_MAX;
        if (w == 0 || !ar_first_name(c, v))
            continue;
        uint32_t e = ar_name_run(c, v, hi);
        if (e == UINT32_MAX || e + 1 > hi)
            return UINT32_MAX;
        uint32_t n = e + 1;
        /* (or the preposition the verb takes: «أكد ... في معسكر سويسرا
         * باسم أبوداود على نجاح») */
        if (is_word(c, n)
                ? is_compl(c, n) || key_is(c, n, AR_CUE_PREP)
                : (is_comma(cp(c, n)) || cp(c, n) == ':' || c->qmark[n] >= 0))
            return e;
        return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* An Arabic person's name from first name t, alone before a colon within
 * [t, hi] («جورج :», «خالد الفيصل:»), with at least two words after the
 * colon in its sentence and no quotation opening right after it: the
 * name's last token, or UINT32_MAX. */
uint32_t ar_colon_name_end(const ctx *c, uint32_t t, uint32_t hi)
{
    uint32_t e = ar_name_run(c, t, hi);
    if (e == UINT32_MAX)
        e = t;
    if (e + 1 > hi || is_word(c, e + 1) || cp(c, e + 1) != ':' || e + 2 > hi ||
        c->qmark[e + 2] >= 0 || words_in(c, e + 2, hi) < 2)
        return UINT32_MAX;
    /* (a label whose words open with a cue heads a paragraph with cues of
     * its own: «بندر بن محمد: أشار رئيس هيئة أعضاء الشرف ...») */
    for (uint32_t u = e + 2, w = 0; u <= hi && w < 4; u++) {
        if (!is_word(c, u))
            continue;
        if (c->cue_at[u] >= 0 && !c->cues[c->cue_at[u]].skip)
            return UINT32_MAX;
        w++;
    }
    return e;
}

/* Links of descent (folded): «بن», «ابن», «بنت». */
static const char *const AR_DESCENT[] = { "بن", "ابن", "بنت", NULL };

/* A person's name found from word t on inside [a, ...] whose first name
 * we have no list for: «بن» before t needs the person's own name before
 * it («العميد مشبب بن محمد القحطاني», «الأمير جلوي بن عبدالعزيز بن
 * مساعد»), else the name read is his father's («محمد القحطاني»). The
 * first word of the name, stepping back over each link and the word
 * before it that is no title, function word or cue. */
uint32_t ar_descent_start(const ctx *c, uint32_t a, uint32_t t)
{
    while (c->lang == LANG_AR && t >= a + 2 && is_word(c, t - 1) &&
           key_is(c, t - 1, AR_DESCENT) && is_word(c, t - 2) &&
           c->tok[t - 2].kind == FSC__TOK_WORD && !ar_title_at(c, t - 2) &&
           !is_compl(c, t - 2) && !ar_function_word(c, t - 2) &&
           c->cue_at[t - 2] < 0 && !key_is(c, t - 2, AR_DESCENT))
        t -= 2;
    return t;
}
