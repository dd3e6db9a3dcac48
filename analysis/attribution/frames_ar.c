/*
 * frames_ar.c - Arabic cue senses: when an Arabic cue word reports here.
 * An attitude expressed («أعرب عن قلقه») only with its object; «أوصى»
 * with its complement; «توصل» only with «إلى أن»; «دافع عن» except in its
 * sports sense; «طالب» as a name; an imperfect verb's shape; whether a
 * word lies inside a poem's verse; and senses that report nothing: the
 * court's «أدان», «ينتظر» (awaits), «تحدث عن» a topic, «أكثر من
 * المتوقع», «أضاف إلى» a thing (added to), an imperfect «يوضح» or
 * «تكشف» that shows a thing. Used by the cue checks in
 * attrib.c.
 */
#include "attrib_int.h"

#include <string.h>

/* Arabic word t looks like an imperfect verb: it opens with ي, ت or ن and
 * has at least three letters («يطالب», «تقول», «نعلن»). */
int imperfect_ar(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return strlen(k) >= 6 &&
           (strncmp(k, "ي", 2) == 0 || strncmp(k, "ت", 2) == 0 ||
            strncmp(k, "ن", 2) == 0);
}

/* Nouns of an attitude that «عبر عن» expresses as speech (folded,
 * without ال and a pronoun): «عبر عن أسفه», «عن خالص تعازيه». */
static const char *const AR_ATTITUDES[] = {
    "اسف",    "قلق",     "ترحيب",   "رفض",    "سعادة",   "سعادت",  "فرح",
    "فرحة",   "فرحت",    "سرور",    "ارتياح", "رضا",     "اعجاب",  "شكر",
    "تقدير",  "امتنان",  "تاييد",   "دعم",    "تضامن",   "حزن",    "استياء",
    "غضب",    "استنكار", "ادانة",   "ادانت",  "استغراب", "دهشة",   "دهشت",
    "خيبة",   "خيبت",    "امل",     "تفاؤل",  "ثقة",     "ثقت",    "فخر",
    "اعتزاز", "تعازي",   "تعزية",   "تعزيت",  "مواساة",  "مواسات", "تطلع",
    "رغبة",   "رغبت",    "استعداد", "اعتذار", "تمنيات",  "امنيات", "تهاني",
    "تهنئة",  "تهنئت",   "عزاء",    "شجب",    "امتعاض",  "انزعاج", "تفهم",
    "حرص",    "تعاطف",   "اهتمام",  "ثناء",   "اشادة",   "اشادت",  NULL
};
/* Words that strengthen the attitude after «عن» (folded). */
static const char *const AR_INTENSE[] = { "بالغ", "عميق", "خالص", "شديد",
                                          "كامل", "جزيل", NULL };

/* Word t is an attitude noun, with or without ال, و and a pronoun. */
static int ar_attitude(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    int art;
    const char *b = ar_bare(k, &art);
    if (in_list(b, AR_ATTITUDES))
        return 1;
    /* a noun with the speaker's pronoun: «عن عزائه», «عن رأيها», «عن
     * إعجابهم» (what a thing expresses has none: «عن الحقد») */
    static const char *const SUF[] = { "هما", "هم", "هن", "ها", "ه", NULL };
    size_t n = strlen(b);
    for (int i = 0; SUF[i]; i++) {
        size_t m = strlen(SUF[i]);
        if (!art && n >= m + 6 && strcmp(b + n - m, SUF[i]) == 0)
            return 1;
    }
    return 0;
}

/* Words after which a bare «عبر» still opens its clause as a verb:
 * particles, relatives, «أن», and the openers «من جهته», «بدوره»
 * (folded). */
static const char *const AR_ABR_OPENERS[] = {
    "فيما", "بينما", "حيث",   "كما",    "قد",     "لقد",   "فقد",   "وقد",
    "ولقد", "ثم",    "اذ",    "واذ",    "حين",    "حينما", "عندما", "بعدما",
    "الذي", "التي",  "الذين", "اللذين", "اللتين", "ان",    "وان",   "كان",
    "وكان", "فكان",  "لما",   "ولما",   NULL
};
/* Words a verb «عبر» has right after it, never the object of the
 * preposition: «عبر فيه عن», «عبر خلالها», «عبر أمس عن» (folded). */
static const char *const AR_ABR_ADVERBS[] = {
    "فيه",   "فيها", "فيهم",  "فيهما", "خلاله", "خلالها", "خلالهم",
    "اليوم", "امس",  "مجددا", "ايضا",  "بدوره", "بدورها", NULL
};

/* A bare «عبر» inside a clause, after a noun or a verb and before a
 * noun, is the preposition "via, across": «يبث عبر الأقمار الصناعية»,
 * «في تغريدات عبر "تويتر" عن معارضتهم», «أعلن عبر حسابه». The verb opens
 * its clause (with و or ف, after punctuation, a particle or «من جهته»)
 * or has «عن» or an adverb right after it. */
static int ar_abr_preposition(const ctx *c, const icue *q)
{
    char k[KEY_CAP];
    uint32_t t = q->first;
    if (q->last != t)
        return 0; /* «عبر عن» */
    fold_tok(c, t, k);
    if (strcmp(k, "عبر") != 0)
        return 0;
    if (t == 0 || t == c->sent_first[sent_of(c, t)] || !is_word(c, t - 1))
        return 0;
    fold_tok(c, t - 1, k);
    if (in_list(k, AR_ABR_OPENERS) || starts(k, "جهت") || starts(k, "جانب") ||
        starts(k, "بدور") || starts(k, "وبدور"))
        return 0;
    if (t + 1 >= c->n_tok)
        return 0;
    if (is_word(c, t + 1)) {
        fold_tok(c, t + 1, k);
        if (in_list(k, AR_ABR_ADVERBS) || strcmp(k, "عن") == 0)
            return 0;
        return 1;
    }
    return c->qmark[t + 1] >= 0; /* «عبر "تويتر"» */
}

/* «عبر» (expressed) reports speech only with an attitude after its «عن»
 * in the clause: «وعبر الوزير عن أسفه», «عبر فيه عن إدانته»; not «عبرت
 * التصريحات عن الحقد» (reflected), nor the preposition «عبر حسابه»,
 * «تغريدات عبر "تويتر" عن معارضتهم» (`ar_abr_preposition`). */
int ar_expressed_attitude(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    if (ar_abr_preposition(c, q))
        return 0;
    uint32_t t = q->last;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    if (strcmp(k, "عن") != 0) {
        t = UINT32_MAX;
        for (uint32_t u = q->last + 1, w = 0; u <= hi && w < 14; u++) {
            if (!is_word(c, u)) {
                if (is_final(cp(c, u)) || cp(c, u) == ':')
                    break;
                continue;
            }
            if (is_compl(c, u) || c->cue_at[u] >= 0)
                break;
            fold_tok(c, u, k);
            if (strcmp(k, "عن") == 0) {
                t = u;
                break;
            }
            w++;
        }
        if (t == UINT32_MAX)
            return 0;
    }
    uint32_t a = t + 1;
    while (a <= hi && !is_word(c, a))
        a++;
    if (a > hi)
        return 0;
    if (key_is(c, a, AR_INTENSE) && a + 1 <= hi)
        a++;
    return ar_attitude(c, a);
}

/* «أوصى» (recommended) takes what is recommended with ب or أن in its
 * clause: «وأوصت اللجنة بإضافة ...». */
int ar_recommends(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (uint32_t u = q->last + 1, w = 0; u <= hi && w < 16; u++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)))
                break;
            continue;
        }
        if (is_compl(c, u))
            return 1;
        char k[KEY_CAP];
        fold_tok(c, u, k);
        if (starts(k, "ب") && strlen(k) >= 8 && !ar_first_name(c, u) &&
            !starts(k, "بن"))
            return 1;
        w++;
    }
    return 0;
}

/* «توصل» (concluded) reports only with «إلى أن» in its clause, within 16
 * words: «توصلت الدراسة إلى أن ...»; «توصل الطرفان إلى اتفاق» reports
 * nothing. */
int ar_concluded_that(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (uint32_t u = q->last + 1, w = 0; u < hi && w < 16; u++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)))
                break;
            continue;
        }
        if (key_is(c, u, AR_ILA))
            return is_word(c, u + 1) && is_compl(c, u + 1) &&
                   !key_is(c, u + 1, AR_ILA);
        w++;
    }
    return 0;
}

/* Words of the sports sense of «دافع عن» ("played for", "kept goal"):
 * colours, shirt, badge, goal, and the words of a match or a club
 * (folded, bare). */
static const char *const AR_SPORT_DEFEND[] = {
    "الوان",  "شعار",    "قميص",   "مرمي",   "مرماه",  "عرين",     "الفريق",
    "فريق",   "المنتخب", "منتخب",  "النادي", "نادي",   "المباراة", "مباراة",
    "الدوري", "البطولة", "الموسم", "لاعب",   "اللاعب", "مدرب",     "المدرب",
    "الشباك", "حراسة",   "الكرة",  NULL
};

/* «دافع عن» (defended a decision, a policy, a person) is a speech act;
 * «دافع عن ألوان الفريق», «دافع عن مرماه» (played for, kept goal) is not:
 * «عن» within ten words after the verb, and no word of a match or a club
 * in the clause from the verb to four words after «عن». */
int ar_defended_view(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    uint32_t an = UINT32_MAX;
    char k[KEY_CAP];
    for (uint32_t u = q->last, w = 0; u <= hi && w < 11; u++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)))
                break;
            continue;
        }
        fold_tok(c, u, k);
        if (strcmp(k, "عن") == 0) {
            an = u;
            break;
        }
        w++;
    }
    if (an == UINT32_MAX)
        return 0;
    for (uint32_t u = q->last + 1, w = 0; u <= hi && u <= an + 6 && w < 12;
         u++) {
        if (!is_word(c, u))
            continue;
        fold_tok(c, u, k);
        int art;
        const char *b = ar_bare(k, &art);
        if (in_list(k, AR_SPORT_DEFEND) || in_list(b, AR_SPORT_DEFEND))
            return 0;
        w++;
    }
    return 1;
}

/* Words before a name that make it a kunya or a nasab (folded): «أبو
 * طالب», «علي بن أبي طالب». */
static const char *const AR_NAME_PARENT[] = { "ابو", "ابي", "ابا", "بن",
                                              "ابن", "بنت", NULL };

/* «طالب» (demanded) is also a family name («أمين طالب», «أبو طالب») and
 * the noun "student". The verb takes what is demanded with ب («طالب
 * بالإفراج», «طالب بأن»), so a bare complementizer right after the word
 * («وبين طالب أن», «وذكر المؤلف طالب أن») makes it the subject's name; so
 * do «أبو»/«بن» before it and a reporting verb right before it, whose
 * subject it is. */
int ar_talib_name(const ctx *c, const icue *q)
{
    char k[KEY_CAP];
    if (q->first != q->last)
        return 0;
    fold_tok(c, q->first, k);
    if (strcmp(k, "طالب") != 0 && strcmp(k, "وطالب") != 0)
        return 0;
    uint32_t n = q->last + 1;
    if (n < c->n_tok && is_word(c, n) && is_compl(c, n) &&
        c->tok[n].sent == c->tok[q->last].sent && !key_is(c, n, AR_ILA)) {
        fold_tok(c, n, k);
        if (!starts(k, "ب"))
            return 1;
    }
    if (q->first == 0 || !is_word(c, q->first - 1))
        return 0;
    return key_is(c, q->first - 1, AR_NAME_PARENT) ||
           c->cue_at[q->first - 1] >= 0;
}

/* Token t marks a cited verse: the ornate brackets «﴿ ﴾» (U+FD3E,
 * U+FD3F, either way round), or a double parenthesis «((» / «))»; 1 for
 * an opening, 2 for a closing mark, 3 for an ornate one, else 0. */
static int verse_mark(const ctx *c, uint32_t t)
{
    if (t >= c->n_tok || is_word(c, t))
        return 0;
    uint32_t ch = cp(c, t);
    if (ch == 0xFD3E || ch == 0xFD3F)
        return 3;
    if (ch != '(' && ch != ')')
        return 0;
    const fsc__token *w = &c->tok[t];
    int twice = (w->len >= 2 && c->text[w->off + 1] == (char)ch) ||
                (t + 1 < c->n_tok && !is_word(c, t + 1) && cp(c, t + 1) == ch &&
                 c->tok[t + 1].off == w->off + w->len) ||
                (t > 0 && !is_word(c, t - 1) && cp(c, t - 1) == ch &&
                 c->tok[t - 1].off + c->tok[t - 1].len == w->off);
    return !twice ? 0 : ch == '(' ? 1 : 2;
}

/* Whether any token of the article is a mark of verse_mark(); without
 * one, ar_in_verse() is 0 for every token and need not be asked. A mark
 * begins with «(», «)» or an ornate bracket (EF B4 BE, EF B4 BF), so a
 * text with none of them has none. */
int ar_verse_marks(const ctx *c)
{
    const char *x = c->text;
    if (!memchr(x, '(', c->len) && !memchr(x, ')', c->len)) {
        const char *p = x, *end = x + c->len;
        while ((p = memchr(p, 0xEF, (size_t)(end - p))) != NULL &&
               !(end - p >= 3 && (unsigned char)p[1] == 0xB4 &&
                 ((unsigned char)p[2] == 0xBE || (unsigned char)p[2] == 0xBF)))
            p++;
        if (!p)
            return 0;
    }
    for (uint32_t t = 0; t < c->n_tok; t++)
        if (!is_word(c, t) && verse_mark(c, t))
            return 1;
    return 0;
}

/* Arabic token t lies between the marks of a cited verse (see
 * verse_mark()), at most 80 tokens from each. */
int ar_in_verse(const ctx *c, uint32_t t)
{
    int open = 0;
    for (uint32_t u = t, n = 0; u-- > 0 && n < 80; n++) {
        int m = verse_mark(c, u);
        if (m == 2)
            return 0;
        if (m == 1 || m == 3) {
            open = 1;
            break;
        }
    }
    if (!open)
        return 0;
    for (uint32_t u = t + 1, n = 0; u < c->n_tok && n < 80; u++, n++) {
        int m = verse_mark(c, u);
        if (m == 1)
            return 0;
        if (m == 2 || m == 3)
            return 1;
    }
    return 0;
}

/* The first token of the next cue after q in the text (the cues are in
 * text order; cue_at[] holds only the cues before q while their senses
 * are checked), else UINT32_MAX. */
static uint32_t next_cue_tok(const ctx *c, const icue *q)
{
    for (size_t j = (size_t)(q - c->cues) + 1; j < c->n_cues; j++)
        if (c->cues[j].first > q->last)
            return c->cues[j].first;
    return UINT32_MAX;
}

/* Words of a court and its verdict (folded, without و and ال): the
 * subject of «أدان» in its legal sense («أدانت المحكمة المتهم»). */
static const char *const AR_COURT[] = { "محكمة",  "محكمه",    "قاضي",
                                        "قاض",    "قضاة",     "قضاه",
                                        "محلفين", "المحلفين", NULL };
/* What one is convicted of or sentenced to (folded, with ب): «بتهمة»,
 * «بالسجن», «بارتكاب». */
static const char *const AR_VERDICT[] = {
    "بتهمة",   "بتهمه",   "بتهم",    "بالسجن",    "بالحبس",    "بالاعدام",
    "بارتكاب", "بجريمة",  "بجريمه",  "بجرائم",    "بالقتل",    "بالاختلاس",
    "بالرشوة", "بالرشوه", "بالتحرش", "بالاحتيال", "بالتزوير",  "بالفساد",
    "بالتورط", "بالتهم",  "بالتهمة", "بالمشاركة", "بالمشاركه", NULL
};

/* «أدان» (condemned) is also the court's «أدان» (convicted): a court or a
 * judge as its subject, right before it («المحكمة أدانت») or within the
 * four words after it («أدانت محكمة في برلين»), or what one is convicted
 * of or sentenced to with ب in its clause («أدانته بتهمة التزوير»,
 * «أدان ... بالسجن»): the legal sense, no report. 1: legal. */
int ar_legal_verdict(const ctx *c, const icue *q)
{
    uint32_t s = sent_of(c, q->first);
    uint32_t lo = c->sent_first[s], hi = c->sent_last[s];
    for (uint32_t u = q->first, w = 0; u-- > lo && w < 2;) {
        if (!is_word(c, u))
            break;
        if (key_is(c, u, AR_COURT))
            return 1;
        w++;
    }
    uint32_t nx = next_cue_tok(c, q);
    for (uint32_t u = q->last + 1, w = 0; u <= hi && u < nx && w < 14; u++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)) || cp(c, u) == ':' || c->qmark[u] >= 0)
                break;
            continue;
        }
        if (is_compl(c, u))
            break;
        if (w < 4 && key_is(c, u, AR_COURT))
            return 1;
        if (key_is(c, u, AR_VERDICT))
            return 1;
        w++;
    }
    return 0;
}

/* «انتظر» (waited for) reports an expectation only as «يُنتظر أن»: the
 * complementizer right after the verb or after at most two words («ينتظر
 * منه أن»); «القانون الذي ينتظر التمويل», «ينتظر المسافرون ساعات»
 * (awaits, waits) report nothing. 1: it reports. */
int ar_expected_that(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (uint32_t u = q->last + 1, w = 0; u <= hi && w < 3; u++) {
        if (!is_word(c, u))
            return 0;
        if (is_compl(c, u) && !key_is(c, u, AR_ILA))
            return 1;
        w++;
    }
    return 0;
}

/* Nouns of hearsay (folded, without و and ال): rumours, reports and
 * forecasts «تتحدث عن» a claim they make («شائعات تتحدث عن وفاته»). */
static const char *const AR_HEARSAY[] = {
    "شائعات",  "اشاعات", "انباء",  "تقارير",  "توقعات", "معلومات", "اخبار",
    "تسريبات", "روايات", "تكهنات", "تقديرات", "وسائل",  "مصادر",   NULL
};

/* «عن» and «عن» with a pronoun (folded). */
static const char *const AR_AN[] = {
    "عن", "عنه", "عنها", "عنهم", "عنهما", NULL
};

/* «تحدث عن» (talked about) with a topic and nothing said: «عن» with a
 * pronoun («التي يتحدث عنها») or a noun, and no complementizer, colon or
 * quotation in the clause after it («تحدث عن أهمية التعاون.»): no report.
 * Nor does «تحدث» with no «عن» and nothing said to the sentence's end
 * («وتحدث لـ«عكاظ» مدير المدرسة.», «وكان يتحدث في أعقاب الهجوم.»). A name in
 * quotation marks of a few words is the channel («لـ«عكاظ»»), not a
 * quotation. Rumours, reports and forecasts right before or after the
 * verb report the claim they talk of («وتتحدث شائعات عن وفاته»). 1: a
 * topic only, or nothing said. */
int ar_talked_about(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    int an = 0;
    char k[KEY_CAP];
    if ((q->first > 0 && key_is(c, q->first - 1, AR_HEARSAY)) ||
        (q->last + 1 <= hi && key_is(c, q->last + 1, AR_HEARSAY)))
        return 0;
    uint32_t nx = next_cue_tok(c, q);
    uint32_t w = 0;
    /* (words quoted before the verb in its sentence are what it reports:
     * «"..."، هكذا تحدث X») */
    int quoted_before = 0;
    for (uint32_t u = c->sent_first[sent_of(c, q->first)]; u < q->first; u++)
        quoted_before |= c->qmark[u] >= 0;
    for (uint32_t u = q->last + 1; u <= hi && u < nx && w < 24; u++) {
        if (!is_word(c, u)) {
            uint32_t ch = cp(c, u);
            /* (a name in marks right after ل is the channel: «لـ«عكاظ»») */
            int channel = 0;
            if (c->qmark[u] >= 0 && c->q->v[c->qmark[u]].n_words < 4) {
                uint32_t o = c->q->v[c->qmark[u]].open_tok;
                if (o > 0 && is_word(c, o - 1)) {
                    fold_tok(c, o - 1, k);
                    channel = starts(k, "ل");
                }
            }
            if (ch == ':' || (c->qmark[u] >= 0 && !channel))
                return 0;
            if (is_final(ch))
                break;
            continue;
        }
        if (is_compl(c, u))
            return 0;
        fold_tok(c, u, k);
        if (w < 8 && in_list(k, AR_AN))
            an = 1;
        w++;
    }
    /* (nothing said only up to the sentence's end: a cue after it in the
     * sentence, «وتحدث X قائلا:», «وتحدث X، وقال إن», goes on from the
     * speaker this verb names) */
    return an || (w < 24 && !quoted_before && (nx > hi || nx == UINT32_MAX));
}

/* Comparatives before «من المتوقع» / «من المنتظر» (folded): «أكثر من
 * المتوقع» (more than expected) compares, no one expects. */
static const char *const AR_ELATIVE[] = {
    "اكثر", "اقل",  "اكبر", "اصغر", "اعلي", "ادني", "افضل", "اسوا",
    "اسرع", "ابطا", "اطول", "اقصر", "ابكر", "اشد",  "اعمق", "اوسع",
    "اضعف", "اقوي", "احسن", "ابعد", "اقرب", NULL
};

/* The impersonal «من المتوقع» after a comparative: «أعلى من المتوقع»,
 * «بأكثر من المتوقع». 1: a comparison. */
int ar_than_expected(const ctx *c, const icue *q)
{
    if (q->form != FSC__FORM_PHRASE || q->first == 0 ||
        !is_word(c, q->first - 1))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, q->first - 1, k);
    const char *b = k;
    if ((starts(b, "ب") || starts(b, "و")) && strlen(b) > 8)
        b += 2;
    return in_list(b, AR_ELATIVE);
}

/* «أضاف» with «إلى» right after it adds a thing to another («أضافه إلى
 * سيارته», «تضيف إلى هذا القلق», «يضيفها إلى الصفقات»), unless what
 * follows in the clause reports: a complementizer, a colon or a quotation
 * of a few words («وأضاف إلى ذلك أن», «وأضاف إلى حديثه: "..."»).
 * 1: no report. */
int ar_added_to(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    uint32_t u = q->last + 1;
    if (u > hi || !is_word(c, u) || !key_is(c, u, AR_ILA))
        return 0;
    for (uint32_t w = 0; ++u <= hi && w < 12;) {
        if (!is_word(c, u)) {
            uint32_t ch = cp(c, u);
            if (ch == ':' ||
                (c->qmark[u] >= 0 && c->q->v[c->qmark[u]].open_tok == u &&
                 c->q->v[c->qmark[u]].n_words >= 4))
                return 0;
            if (is_final(ch))
                break;
            continue;
        }
        if (is_compl(c, u) && !key_is(c, u, AR_ILA))
            return 0;
        w++;
    }
    return 1;
}

/* «على» (folded «علي»), the preposition after «اطّلع». */
static const char *const AR_ALA[] = { "علي", NULL };

/* The briefing verb «اطلع» with «على» right after it is «اطّلع على»
 * (looked into, was shown: «واطلع على سير العمل», «اطلع مجلس الوزراء على
 * التقارير» has its subject between), not «أطلع X على» (briefed X on),
 * whose addressee comes first: the subject learnt, and reports nothing.
 * 1: no report. */
int ar_looked_into(const ctx *c, const icue *q)
{
    uint32_t u = q->last + 1;
    return q->briefing && u < c->n_tok && is_word(c, u) &&
           c->tok[u].sent == c->tok[q->last].sent && key_is(c, u, AR_ALA) &&
           !ar_ali_name(c, u);
}

/* «ما», «مما» (folded, with a conjunction), the subject of «يدعو» in
 * «مما يدعو إلى التفاؤل». */
static const char *const AR_MA_SUBJ[] = { "ما",   "مما", "وما", "ومما",
                                          "فمما", "فما", NULL };

/* «دعا» after «ما» with إلى or ل and a definite noun right after it: «ومما
 * يدعو إلى التفاؤل أن», «ما يدعو للقلق»: what gives reason to hope or
 * worry, no one called on, no report. Not «ما يدعو إليه X», «ما يدعو له»
 * (what X calls for). 1: no report. */
int ar_gives_reason(const ctx *c, const icue *q)
{
    if (q->first == 0 || !is_word(c, q->first - 1) ||
        !key_is(c, q->first - 1, AR_MA_SUBJ))
        return 0;
    uint32_t u = q->first + 1;
    while (u <= q->last && u < c->n_tok && !key_is(c, u, AR_ILA))
        u++;
    if (u > q->last) {
        u = q->last + 1;
        if (u < c->n_tok && is_word(c, u) && key_is(c, u, AR_ILA))
            u++;
        else if (u >= c->n_tok || !is_word(c, u))
            return 0;
        else {
            /* «للقلق»: ل with the article */
            char k[KEY_CAP];
            fold_tok(c, u, k);
            return strncmp(k, "لل", 4) == 0 && strlen(k) >= 8;
        }
    } else
        u++;
    return u < c->n_tok && is_word(c, u) &&
           c->tok[u].sent == c->tok[q->first].sent && ar_definite_or_ll(c, u);
}

/* Nouns of need that «دعت» takes as its subject (folded): «إذا دعت
 * الحاجة», «متى دعت الضرورة» (when need arises). */
static const char *const AR_NEED[] = { "الحاجة",  "الحاجه", "الضرورة",
                                       "الضروره", "الظروف", NULL };
/* «غير» (folded), which makes the participle after it an adjective. */
static const char *const AR_GHAYR[] = { "غير", "وغير", NULL };

/* «كتب» (wrote, or the plural noun «كُتُب», books) with nothing written
 * after it up to the sentence's end and no cue after it: no complementizer,
 * colon or quotation mark («كتبت ستيل 142 رواية», «الذي يكتب في هذه
 * الصحيفة», «وكنت قد كتبت كثيرا عن هؤلاء», «كتب الضلالة», «وله كتب
 * وبحوث»), nor words quoted before it in its sentence («"..."، كتب X»).
 * 1: nothing reported. */
static int ar_wrote_nothing(const ctx *c, const icue *q)
{
    uint32_t s = sent_of(c, q->first), hi = c->sent_last[s];
    for (uint32_t u = c->sent_first[s]; u < q->first; u++)
        if (c->qmark[u] >= 0)
            return 0;
    /* (a cue after it in the sentence may report what it wrote, «وكتب X
     * في رسالة إلى الطلاب يقول إنه», or take it as its antecedent,
     * «وكتبت X تغريدة نشرت فيها صورا»: it stays) */
    uint32_t nx = next_cue_tok(c, q);
    if (nx <= hi)
        return 0;
    for (uint32_t u = q->last + 1; u <= hi; u++) {
        /* («إلى» after it is the addressee: «كتب إلى زوجته») */
        if (c->qmark[u] >= 0 || (is_compl(c, u) && !key_is(c, u, AR_ILA)))
            return 0;
        if (!is_word(c, u) && cp(c, u) == ':')
            return 0;
    }
    return 1;
}

/* The rest of cue q's sentence holds nothing reported: no
 * complementizer, «إلى», colon or quotation mark (also past another cue:
 * «ولفت في تصريح له إلى أن»). */
static int ar_clause_bare(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (uint32_t u = q->last + 1; u <= hi; u++) {
        if (c->qmark[u] >= 0)
            return 0;
        if (!is_word(c, u)) {
            if (cp(c, u) == ':')
                return 0;
            continue;
        }
        if (is_compl(c, u))
            return 0; /* (also «إلى») */
    }
    return 1;
}

/* «لفت» with nothing reported in its clause: drew (attention, eyes),
 * «لفت اللاعب الأنظار في المباراة»; the report is «لفت إلى أن». 1: no
 * report. */
static int ar_drew_attention(const ctx *c, const icue *q)
{
    if (q->form != FSC__FORM_VERB || !lemma_is(c, q, "لفت") ||
        key_is(c, q->last, AR_ILA) || !ar_clause_bare(c, q))
        return 0; /* («ولفتت إلى ضرورة»: the cue holds «إلى») */
    /* «ولفت لأجواء القريات»: ل for «إلى», what is pointed to */
    char k[KEY_CAP];
    uint32_t u = q->last + 1;
    if (u < c->n_tok && is_word(c, u)) {
        fold_tok(c, u, k);
        if (starts(k, "ل"))
            return 0;
    }
    return 1;
}

/* «عدم» (not, the lack of; folded, with a preposition or و on it). */
static const char *const AR_ADAM[] = { "عدم", "وعدم", "بعدم", "لعدم", NULL };

int ar_no_report(const ctx *c, const icue *q)
{
    if (ar_drew_attention(c, q))
        return 1;
    /* «طالبا عدم كشف اسمه», «فضل عدم نشر اسمه», «وعدم كشف الجريمة»: the
     * word after «عدم» is a verbal noun in its genitive, never a verb;
     * not revealing reports nothing (the anonymity phrase is the
     * speaker's of the verb before it) */
    if (q->form == FSC__FORM_VERB && q->first > 0 && is_word(c, q->first - 1) &&
        key_is(c, q->first - 1, AR_ADAM))
        return 1;
    if (lemma_is(c, q, "كتب") && q->form != FSC__FORM_PHRASE &&
        ar_wrote_nothing(c, q))
        return 1;
    /* «زيارة غير معلنة», «بادرة غير مستغربة»: un-announced, not
     * surprising; an adjective, no participle of a report */
    if (q->form == FSC__FORM_PARTICIPLE && q->first > 0 &&
        is_word(c, q->first - 1) && key_is(c, q->first - 1, AR_GHAYR))
        return 1;
    if (!lemma_is(c, q, "دعا"))
        return 0;
    uint32_t u = q->last + 1;
    if (u < c->n_tok && is_word(c, u) && key_is(c, u, AR_NEED))
        return 1;
    return ar_gives_reason(c, q);
}

/* A noun of a score in a match, by its stem (folded, bare): «هدف»,
 * «هدفا», «الهدف», «هدفين», «الهدفين», «أهداف» (goals), «نقطة», «نقاط»
 * (points); not «الهدف من» (the aim of). */
static int ar_score_noun(const ctx *c, uint32_t u, uint32_t hi)
{
    char k[KEY_CAP];
    fold_tok(c, u, k);
    int art;
    const char *b = ar_bare(k, &art);
    if (starts(b, "و") && strlen(b) >= 8)
        b += 2;
    int goal = starts(b, "هدف") || starts(b, "اهداف");
    int point = strcmp(b, "نقطة") == 0 || strcmp(b, "نقاط") == 0;
    if (!goal && !point)
        return 0;
    /* («هدفه», «هدفها», «هدفهم»: his aim; «الهدف من»: the aim of) */
    size_t n = strlen(b);
    if (goal && n >= 8 &&
        (strcmp(b + n - 2, "ه") == 0 || strcmp(b + n - 4, "ها") == 0 ||
         strcmp(b + n - 4, "هم") == 0 || strcmp(b + n - 4, "نا") == 0))
        return 0;
    if (u + 1 <= hi && is_word(c, u + 1)) {
        fold_tok(c, u + 1, k);
        if (strcmp(k, "من") == 0)
            return 0;
    }
    return 1;
}

/* «أضاف» with a score in its clause, before any complementizer, colon or
 * quotation («وأضاف محمد رضا الهدف الثاني», «أضاف زميله هدفا», «أضاف
 * المؤشر 16 نقطة»): scored, added to a tally; nothing is reported. 1: no
 * report. */
int ar_added_score(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    for (uint32_t u = q->last + 1, w = 0; u <= hi && w < 8; u++) {
        if (!is_word(c, u)) {
            uint32_t ch = cp(c, u);
            if (ch == ':' || c->qmark[u] >= 0 || is_final(ch))
                return 0;
            continue;
        }
        if (is_compl(c, u) || c->cue_at[u] >= 0)
            return 0;
        if (ar_score_noun(c, u, hi))
            return 1;
        w++;
    }
    return 0;
}

/* The writer's clause after a comma (folded): «إلا أن» (but), «في الوقت
 * الذي» (while, at a time when). Not «حيث», «فيما», «في حين», «لكن»,
 * which a forecast or a statement goes on with as often («توقعت الأرصاد
 * أمطارا على تبوك، في حين تنشط الرياح ...»), nor a relative pronoun
 * («أنشطة البناء، التي تنطوي على ...»). */
static const char *const AR_ILLA[] = { "الا", NULL };
static const char *const AR_FI[] = { "في", NULL };
static const char *const AR_WAQT[] = { "الوقت", NULL };
static const char *const AR_ALLADHI[] = { "الذي", NULL };

uint32_t ar_object_end(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a + 1; t + 2 <= b; t++) {
        if (is_word(c, t) || c->inquote[t] >= 0 || c->qmark[t] >= 0 ||
            !is_comma(cp(c, t)) || !is_word(c, t + 1) || !is_word(c, t + 2))
            continue;
        if ((key_is(c, t + 1, AR_ILLA) && is_compl(c, t + 2)) ||
            (key_is(c, t + 1, AR_FI) && key_is(c, t + 2, AR_WAQT) &&
             t + 3 <= b && is_word(c, t + 3) && key_is(c, t + 3, AR_ALLADHI)))
            return t - 1;
    }
    return b;
}

int ar_illa_anna(const ctx *c, uint32_t t)
{
    return t > 0 && is_word(c, t) && is_compl(c, t) && is_word(c, t - 1) &&
           key_is(c, t - 1, AR_ILLA);
}

/* An imperfect verb of showing («يوضح», «توضح», «تظهر», «يكشف», «تبين»)
 * whose clause has no «أن» or «إن», no «عن», no colon and no quotation
 * shows a thing, a noun phrase, and a thing is its subject: «ووصف مختصر
 * يوضح موضوع الصورة», «الأرقام تظهر حجم المشكلة», «قرار يكشف حجم
 * التخبط»; no report. A person or a body named right after the verb
 * («ويوضح الدكتور أحمد أسباب المرض») keeps it, and so does «ذلك» or
 * «هذا» alone as the object, the words before it («توضح ذلك»). */
int ar_shows_thing(const ctx *c, const icue *q)
{
    if (q->form != FSC__FORM_VERB || q->first != q->last)
        return 0;
    char k[KEY_CAP];
    fold_tok(c, q->first, k);
    const char *v = k;
    if ((starts(v, "و") || starts(v, "ف") || starts(v, "ل")) && strlen(v) >= 8)
        v += 2; /* «ويوضح», «فتكشف», «ليوضح» */
    if (!(starts(v, "ي") || starts(v, "ت")) || strlen(v) < 6)
        return 0; /* a perfect: «أوضح الوزير أهمية ...» reports */
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    uint32_t nx = q->last + 1;
    while (nx <= hi && !is_word(c, nx) && c->qmark[nx] < 0 &&
           !is_final(cp(c, nx)) && cp(c, nx) != ':')
        nx++;
    if (nx > hi || !is_word(c, nx))
        return 0;
    if (c->cand_at[nx] >= 0 || ar_title_at(c, nx) || ar_first_name(c, nx))
        return 0;
    /* «توضح ذلك» reports the words before it (not «يوضح هذا السبب») */
    fold_tok(c, nx, k);
    if (strcmp(k, "ذلك") == 0 || strcmp(k, "هذا") == 0 ||
        strcmp(k, "هذه") == 0) {
        uint32_t n2 = nx + 1;
        if (n2 > hi || !is_word(c, n2) || !ar_definite(c, n2))
            return 0;
    }
    for (uint32_t u = nx, w = 0; u <= hi && w < 24; u++) {
        if (!is_word(c, u)) {
            if (c->qmark[u] >= 0 || cp(c, u) == ':')
                return 0;
            if (is_final(cp(c, u)))
                break;
            continue;
        }
        if (is_compl(c, u) || c->cue_at[u] >= 0)
            return 0;
        fold_tok(c, u, k);
        if (strcmp(k, "عن") == 0 || strcmp(k, "عنه") == 0 ||
            strcmp(k, "عنها") == 0)
            return 0;
        w++;
    }
    return 1;
}
