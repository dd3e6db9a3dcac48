/*
 * time_ar.c - stage 3, part: Arabic time phrases next to the subject of a
 * verb-first or according-to cue. Agencies write when a thing was said
 * right after the verb's subject («وقالت الوزارة الخميس إن», «أعلنت
 * الشرطة أمس الجمعة», «ذكرت شركة جوجل يوم الاثنين أن», «بحسب ما أعلن
 * البيت الأبيض أمس») or between the cue and the subject («حسبما ذكرت أمس
 * الجمعة وكالة الأنباء»). The subject's words run on into such a phrase,
 * which then took the speaker's place in the source («البيت الأبيض أمس»
 * resolved to «أمس») or was the whole source («أعلن الأسبوع الماضي أن»).
 * Used by named_ar() (speaker_ar.c): a subject ends before a time phrase,
 * and one that opens the words after the cue is stepped over; and by
 * content.c: a time phrase left between the subject and what is reported
 * with no «أن» («أعلنت الوزارة الثلاثاء ضبط 13 ...») is stepped over
 * too (ar_time_content_start).
 */
#include "attrib_int.h"

/* Weekdays that are no family name (folded). */
static const char *const AR_TIME_DAY[] = { "الاحد", "الاثنين", "الثلاثاء",
                                           "الاربعاء", NULL };
/* Weekdays that are also family names («إبراهيم الخميس», «الجمعة»). */
static const char *const AR_TIME_DAY2[] = { "الخميس", "الجمعة", "السبت", NULL };
/* Days that stand alone: yesterday, today, tonight (folded). */
static const char *const AR_TIME_NOW[] = { "امس",    "الامس",   "اليوم",
                                           "الليلة", "البارحة", NULL };
/* A part of a day before a day: «مساء الخميس», «صباح أمس» (folded;
 * «صباح» is also a first name, so never alone). */
static const char *const AR_TIME_PART[] = { "مساء",  "صباح", "ليلة",
                                            "ظهر",   "فجر",  "عصر",
                                            "ظهيرة", "يوم",  NULL };
/* Spans that take «الماضي», «المقبل»: «الأسبوع الماضي» (folded). */
static const char *const AR_TIME_SPAN[] = { "الاسبوع", "الشهر",    "العام",
                                            "السنة",   "الاسابيع", "الشهور",
                                            "الاشهر",  "الايام",   NULL };
/* Past, next, current (folded). */
static const char *const AR_TIME_WHICH[] = { "الماضي",   "الماضية", "المقبل",
                                             "المقبلة",  "الفائت",  "الفائتة",
                                             "الجاري",   "الحالي",  "المنصرم",
                                             "المنصرمة", NULL };
/* «صادر», issued, and «عن» after it and a time (folded). */
static const char *const AR_TIME_ISSUED[] = { "صادر", "الصادر", "صادرة",
                                              "الصادرة", NULL };
static const char *const AR_TIME_AN[] = { "عن", NULL };
/* Prepositions that open a time phrase: «منذ الأحد», «خلال العام الماضي». */
static const char *const AR_TIME_PREP[] = { "منذ", "خلال", NULL };

/* The folded key of word t is one of list (no conjunction stripped: a
 * time phrase inside a subject never opens with و). */
static int fk_is(const ctx *c, uint32_t t, const char *const *list)
{
    char k[KEY_CAP];
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    fold_tok(c, t, k);
    return in_list(k, list);
}

/* A word inside quotation marks or right before a closing one is part of
 * a name («روسيا اليوم», the newspaper «اليوم»), no time. */
static int ar_quoted_word(const ctx *c, uint32_t t)
{
    return (t > 0 && !is_word(c, t - 1) && c->qmark[t - 1] >= 0) ||
           (t + 1 < c->n_tok && !is_word(c, t + 1) && c->qmark[t + 1] >= 0);
}

/* After a word that is a time, «الماضي» or a weekday may follow («يوم
 * الخميس الماضي», «أمس الجمعة»): the last token of the phrase from e. */
static uint32_t ar_time_tail(const ctx *c, uint32_t e, uint32_t hi)
{
    if (e + 1 <= hi &&
        (fk_is(c, e + 1, AR_TIME_DAY) || fk_is(c, e + 1, AR_TIME_DAY2)))
        e++;
    if (e + 1 <= hi && fk_is(c, e + 1, AR_TIME_WHICH))
        e++;
    return e;
}

/*
 * The last token of an Arabic time phrase opening at word t (up to hi),
 * or UINT32_MAX: «أمس», «اليوم الاثنين», «يوم الخميس الماضي», «مساء
 * الأربعاء», «الأسبوع الماضي», «الأحد», «منذ الأحد». A weekday that is
 * also a family name («الخميس», «الجمعة», «السبت») is a time only after
 * a definite word or a pronoun ending («الشرطة الجمعة», «مكتبه الخميس»;
 * not «إبراهيم الخميس», «خطباء الجمعة», «صلاة الجمعة») or with
 * «الماضي»/«المقبل» after it; at the phrase's start (after_word 0) only
 * with that.
 */
uint32_t ar_time_phrase_end(const ctx *c, uint32_t t, uint32_t hi,
                            int after_word)
{
    if (c->lang != LANG_AR || t > hi || !is_word(c, t) || ar_quoted_word(c, t))
        return UINT32_MAX;
    if (fk_is(c, t, AR_TIME_PREP) && t + 1 <= hi) {
        uint32_t e = ar_time_phrase_end(c, t + 1, hi, 1);
        return e == UINT32_MAX ? UINT32_MAX : e;
    }
    if (fk_is(c, t, AR_TIME_NOW)) {
        /* (after a newspaper's noun «اليوم» is its name: «صحيفة اليوم») */
        char k[KEY_CAP];
        if (t > 0 && is_word(c, t - 1)) {
            fold_tok(c, t - 1, k);
            int g = ar_generic_noun(starts(k, "ال") ? k + 4 : k);
            if (g == GEN_MEDIA || g == GEN_AGENCY)
                return UINT32_MAX;
        }
        return ar_time_tail(c, t, hi);
    }
    if (fk_is(c, t, AR_TIME_PART) && t + 1 <= hi &&
        (fk_is(c, t + 1, AR_TIME_NOW) || fk_is(c, t + 1, AR_TIME_DAY) ||
         fk_is(c, t + 1, AR_TIME_DAY2)))
        return ar_time_tail(c, t + 1, hi);
    if (fk_is(c, t, AR_TIME_SPAN) && t + 1 <= hi &&
        fk_is(c, t + 1, AR_TIME_WHICH))
        return t + 1;
    if (fk_is(c, t, AR_TIME_DAY))
        return ar_time_tail(c, t, hi);
    if (fk_is(c, t, AR_TIME_DAY2)) {
        if (t + 1 <= hi && fk_is(c, t + 1, AR_TIME_WHICH))
            return t + 1;
        if (!after_word || t == 0 || !is_word(c, t - 1) ||
            ar_first_name(c, t - 1))
            return UINT32_MAX;
        char k[KEY_CAP];
        fold_tok(c, t - 1, k);
        size_t n = strlen(k);
        int definite = starts(k, "ال") && n >= 8;
        int pronoun = n >= 6 && (strcmp(k + n - 2, "ه") == 0 ||
                                 strcmp(k + n - 4, "ها") == 0 ||
                                 strcmp(k + n - 4, "هم") == 0);
        return definite || pronoun ? t : UINT32_MAX;
    }
    return UINT32_MAX;
}

/* Word t after a time stepped over right after the cue may open the
 * subject: a definite word, a title, a name, a noun of a body or a
 * quotation mark («نشرت الأحد صحيفة ...»); not a bare noun, the object
 * of a verb with a dropped subject («وكتب خلال العام الحالي خطابا»). */
int ar_time_subject_word(const ctx *c, uint32_t t, uint32_t hi)
{
    char k[KEY_CAP];
    if (t > hi)
        return 0;
    if (!is_word(c, t))
        return c->qmark[t] >= 0;
    if (ar_definite(c, t) || ar_title_at(c, t) ||
        ar_name_run(c, t, hi) != UINT32_MAX)
        return 1;
    fold_tok(c, t, k);
    return ar_generic_noun(k) != 0;
}

/* The subject [a, e] read after a cue ends before a time phrase inside it
 * («وزارة الداخلية التونسية الجمعة», «شركة ياهو يوم الجمعة», «البنك
 * الأسبوع الماضي»); what follows the time is the object or the rest of
 * the clause, no part of it. The new last token, or UINT32_MAX when the
 * phrase is a time from its first word. */
uint32_t ar_time_trim(const ctx *c, uint32_t a, uint32_t e, uint32_t hi)
{
    if (c->lang != LANG_AR || a > e)
        return e;
    for (uint32_t t = a; t <= e; t++) {
        uint32_t te;
        if (!is_word(c, t) ||
            (te = ar_time_phrase_end(c, t, hi, t > a)) == UINT32_MAX)
            continue;
        /* (a document issued then by a body: «لبيان صادر أمس عن
         * الرئاسة», the time inside its phrase) */
        if (t > a && key_is(c, t - 1, AR_TIME_ISSUED) && te + 1 <= hi &&
            key_is(c, te + 1, AR_TIME_AN))
            continue;
        /* (an aside in marks or brackets before it is left as it was) */
        uint32_t b = t;
        while (b > a && !is_word(c, b - 1))
            b--;
        return b == a ? UINT32_MAX : b - 1;
    }
    return e;
}

/* Words that make a time word the subject of a clause of its own, not a
 * circumstance of the report: «اليوم قد يشهد», «اليوم لن يكون» (folded). */
static const char *const AR_TIME_CLAUSE[] = { "قد",  "سوف",  "لن",    "لم",
                                              "لا",  "ليس",  "هو",    "هي",
                                              "كان", "يكون", "سيكون", NULL };

/*
 * The first token of what an Arabic cue reports with no «أن» when it
 * opens at a with a time phrase, or a unchanged: the time after the
 * subject tells when it was said, no part of what was said («أعلنت
 * الوزارة الثلاثاء ضبط 13 ...», «أعلنت الهيئة اليوم (الجمعة)، عن
 * تحطم ...», «نفى المجلس أمس وجود ...»). Not a time that is the subject
 * of a clause after it («قالوا اليوم قد يشهد مزيدا»), nor one with
 * nothing after it in the span.
 */
uint32_t ar_time_content_start(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang != LANG_AR || a > b || !is_word(c, a))
        return a;
    uint32_t te = ar_time_phrase_end(c, a, b, a > 0 && is_word(c, a - 1));
    if (te == UINT32_MAX || te >= b)
        return a;
    uint32_t n = te + 1;
    /* the day again in brackets: «اليوم (الجمعة)» */
    if (n + 2 <= b && !is_word(c, n) && cp(c, n) == '(' &&
        ar_time_phrase_end(c, n + 1, b, 0) == n + 1 && !is_word(c, n + 2) &&
        cp(c, n + 2) == ')')
        n += 3;
    if (n <= b && !is_word(c, n) && is_comma(cp(c, n)))
        n++;
    if (n > b || !is_word(c, n) || fk_is(c, n, AR_TIME_CLAUSE))
        return a;
    return n;
}
