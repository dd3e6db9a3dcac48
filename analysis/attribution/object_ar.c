/*
 * object_ar.c - stage 3, part: Arabic words right after a verb-first cue
 * that are its object, not its subject: the accusative («دعا الشبابَ»,
 * «أبدى قدرا كبيرا»), a definite plural in -ين («وتحذر المواطنين»), ب or ل
 * with a definite noun after a perfect («وأشاد بالجهود»), a masculine noun
 * after a feminine verb («ودعت المجتمع الدولي»), a noun a verb of calling
 * on does not agree with («وطالب وزارة الصحة بـ», «وناشدت الأمير X»); and
 * a noun in ة that a feminine verb agrees with, its subject («قالت
 * المعارضة»). Used by named_ar() (speaker_ar.c) and the dropped-subject
 * rules (speaker.c).
 */
#include "attrib_int.h"

/* Word t is a definite sound masculine plural in the accusative or
 * genitive («اللاعبين», «المواطنين», «المسؤولين»): the article, three
 * letters or more, and ين; not a name we know. */
int ar_oblique_plural(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return starts(k, "ال") && n >= 14 && strcmp(k + n - 4, "ين") == 0 &&
           !ar_known(c, t) && !ar_title_at(c, t);
}

/* Word t ends in the accusative vowel, fatha or fathatan («الشبابَ»,
 * «وفداً»): an object, never a subject. */
int ar_accusative(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const unsigned char *u = (const unsigned char *)c->text + w->off;
    size_t n = w->len;
    if (n >= 4 && u[n - 2] == 0xD8 && u[n - 1] == 0xA7) /* ا after ً */
        n -= 2;
    return n >= 4 && u[n - 2] == 0xD9 && (u[n - 1] == 0x8E || u[n - 1] == 0x8B);
}

/* Word t ends in the alif of the indefinite accusative, written without
 * its vowel («قدرا», «كبيرا»): no article, three letters or more before
 * the alif, and no name. */
static int ar_alif_acc(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD ||
        ar_definite(c, t) || ar_first_name(c, t) || ar_known(c, t))
        return 0;
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return n >= 8 && strcmp(k + n - 2, "ا") == 0;
}

/* Words t and t + 1 are an indefinite noun and its adjective in the
 * accusative («أبدى قدرا كبيرا», «ووجه نقدا حادا»): the object of the
 * verb before them, never its subject. Not a name in ا before «أنها»,
 * «إنها» or «بأنها», a complementizer with its pronoun, no adjective
 * («وقالت فرنسا إنها», «وأعلنت روسيا أنها», «قالت كندا بأنها»); an
 * adverb there stays no subject («تزعم دائما بأنها»). */
/* Adverbs in the accusative (folded) that may stand between a verb and
 * its complementizer («تزعم دائما بأنها», «أعتقد شخصيا بأنها»): no name
 * before «أنها». */
static const char *const AR_ACC_ADVERBS[] = {
    "دائما", "شخصيا",  "رسميا", "حاليا",  "سابقا",  "مجددا", "موخرا",
    "مؤخرا", "علنا",   "تماما", "غالبا",  "احيانا", "عموما", "خصوصا",
    "جدا",   "ايضا",   "كثيرا", "قريبا",  "اخيرا",  "فعلا",  "حقا",
    "اولا",  "ثانيا",  "سريعا", "مسبقا",  "لاحقا",  "مطلقا", "ابدا",
    "يوميا", "تقريبا", "عمليا", "مبدئيا", "صراحا",  "ضمنيا", NULL
};

int ar_acc_pair(const ctx *c, uint32_t t)
{
    return t + 1 < c->n_tok && c->tok[t + 1].sent == c->tok[t].sent &&
           ar_alif_acc(c, t) && ar_alif_acc(c, t + 1) &&
           (!is_compl(c, t + 1) || key_is(c, t, AR_ACC_ADVERBS));
}

/* A sound masculine plural in -ين, definite, of eight letters or more
 * («المواطنين», «المشاركين»): the oblique case, so never the subject of
 * the verb it follows, always its object (the subject would be «-ون»);
 * shorter words in -ين are often names or places («البحرين»). */
int ar_object_plural(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    fold_tok(c, t, k);
    return strlen(k) >= 16 && ar_oblique_plural(c, t);
}

/* Word t is a definite noun behind the preposition ب or ل («بالجهود»,
 * «للمشروع») right after a verb in the perfect at t - 1: what the verb
 * takes, never its subject, which is then dropped («وأشاد بالجهود التي
 * ...»). Not after an imperfect, which is often no report here («يدعو
 * للقلق», «تحدث بالعين») or a purpose inside what another said («لتؤكد
 * للجميع»), nor a time («بالأمس»), after which the subject may still
 * follow. (The caller leaves out «كتب», whose ب is the pen or the
 * language: «وكُتبت بالحبر».) */
static const char *const AR_PREP_TIME[] = { "بالامس", "بالتزامن", NULL };

int ar_prep_definite(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (t == 0 || !is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD ||
        !is_word(c, t - 1))
        return 0;
    fold_tok(c, t - 1, k);
    const char *v = k;
    if ((starts(v, "و") || starts(v, "ف")) && strlen(v) >= 8)
        v += 2;
    if (starts(v, "ي") || starts(v, "ت") || starts(v, "ن") || starts(v, "لي") ||
        starts(v, "لت"))
        return 0;
    fold_tok(c, t, k);
    /* (five letters at least: «لله» is God's name) */
    /* (nor a family name the article gave: «حامد بالخير») */
    return (starts(k, "بال") || starts(k, "لل")) && strlen(k) >= 10 &&
           !key_is(c, t, AR_PREP_TIME) && !ar_known(c, t);
}

/* Word t, right after a feminine singular cue verb, is a definite noun
 * with no ة and a definite adjective in ي after it, not ى («ودعت
 * المجتمع الدولي إلى», «وطالبت الاتحاد الآسيوي بـ»): a masculine noun,
 * which the verb does not agree with, so its object; the subject is
 * dropped (an institution named before: the verb's ت is hers). */
int ar_masc_object(const ctx *c, uint32_t t)
{
    if (t == 0 || t + 1 >= c->n_tok || c->cue_at[t - 1] < 0 ||
        !ar_definite(c, t) || !ar_definite(c, t + 1) ||
        c->tok[t + 1].sent != c->tok[t].sent)
        return 0;
    const icue *q = &c->cues[c->cue_at[t - 1]];
    if (q->last != t - 1 || q->first != q->last || q->form != FSC__FORM_VERB ||
        cue_gender(c, q) != FSC__G_FEM)
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    if (n < 8 || strcmp(k + n - 2, "ة") == 0 || strcmp(k + n - 2, "ا") == 0 ||
        strcmp(k + n - 2, "ي") == 0)
        return 0; /* («الدنيا», «الأنباء»: no masculine to tell) */
    /* the adjective ends in ي as written (ى is «الكبرى», feminine) */
    const fsc__token *w = &c->tok[t + 1];
    const unsigned char *u = (const unsigned char *)c->text + w->off;
    return w->len >= 10 && u[w->len - 2] == 0xD9 && u[w->len - 1] == 0x8A &&
           !(w->len >= 4 && u[w->len - 4] == 0xD9 && u[w->len - 3] == 0x8A);
}

/* Word t, right after a feminine cue verb, is a definite noun of the
 * verbal-noun shape in ة that is its subject: the verb agrees with it
 * («قالت المعارضة المسلحة إنها», «أعلنت المقاومة أن»). After a masculine
 * verb such a noun is the object («وأعلن المقاطعة»); an object after a
 * feminine verb with a dropped subject is rarer than an institution named
 * by a verbal noun speaking. */
int ar_fem_subject(const ctx *c, uint32_t t)
{
    if (t == 0 || c->cue_at[t - 1] < 0 || !ar_definite(c, t))
        return 0;
    const icue *q = &c->cues[c->cue_at[t - 1]];
    if (q->last != t - 1 || q->form != FSC__FORM_VERB ||
        cue_gender(c, q) != FSC__G_FEM)
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return n >= 4 && strcmp(k + n - 2, "ة") == 0;
}

/* Verbs of calling on someone to do something: the subject calls, the
 * noun after it is called on («دعا المركز الأطباء إلى», «حث الوزير
 * الموظفين على», «ناشدت الجمعية الأهالي بـ», «أوصت اللجنة الوزارة
 * بـ»). */
static const char *const AR_CALL_ON[] = { "دعا",  "طالب", "حث",
                                          "ناشد", "أوصى", NULL };

/* Definite adjectives of no agreeing ending («العام», «الأعلى»; folded,
 * no article). */
static const char *const AR_PLAIN_ADJ[] = {
    "عام",  "خاص",  "كبير",  "جديد", "اول",  "اعلي",  "اكبر", "سابق", "اسبق",
    "مقبل", "دائم", "مساعد", "مكلف", "مختص", "منتخب", "معني", "حالي", NULL
};

/* People's plurals in ي, no adjectives (folded, no article). */
static const char *const AR_PLURAL_IN_YA[] = { "اهالي", NULL };

/* Word t describes the definite word before it: an adjective in -ي/-ية
 * (a nisba, «الوطني», «الدولية»), one of AR_PLAIN_ADJ, or a word with
 * the same agreeing ending as the word before («الهيئة العامة»,
 * «الحرمين الشريفين»), unless it is a noun of a body («اللجنة
 * الوزارة»). */
static int ar_describes(const ctx *c, uint32_t t)
{
    char k[KEY_CAP], pk[KEY_CAP];
    int art;
    fold_tok(c, t, k);
    const char *b = ar_bare(k, &art);
    size_t n = strlen(b);
    if (!art || in_list(b, AR_PLURAL_IN_YA))
        return 0; /* (no article: «إلى», not «الدولي») */
    if (in_list(b, AR_PLAIN_ADJ))
        return 1;
    if (ar_generic_noun(b))
        return 0;
    if (n >= 6 && (strcmp(b + n - 2, "ي") == 0 || strcmp(b + n - 4, "ية") == 0))
        return 1;
    fold_tok(c, t - 1, pk);
    size_t pn = strlen(pk);
    static const char *const ENDS[] = { "ة", "ين", "ون", "ات", NULL };
    for (size_t i = 0; ENDS[i]; i++) {
        size_t e = strlen(ENDS[i]);
        if (n > e && pn > e && strcmp(b + n - e, ENDS[i]) == 0 &&
            strcmp(pk + pn - e, ENDS[i]) == 0)
            return 1;
    }
    return 0;
}

/* «ممن» (of those who), folded. */
static const char *const AR_WHO_OF[] = { "ممن", NULL };

/* Word w opens what a verb of calling on asks for: «إلى», «على», «أن»,
 * «بأن», or ب/ل with a noun («بضرورة», «للتبرع»). */
static int ar_call_prep(const ctx *c, uint32_t w)
{
    char k[KEY_CAP];
    if (!is_word(c, w))
        return 0;
    fold_tok(c, w, k);
    return strcmp(k, "الي") == 0 || strcmp(k, "علي") == 0 ||
           strcmp(k, "ان") == 0 || strcmp(k, "بان") == 0 ||
           ((starts(k, "ب") || starts(k, "ل")) && strlen(k) >= 8);
}

int ar_called_on(const ctx *c, const icue *v, uint32_t t, uint32_t hi)
{
    /* (not inside a name we know, «الأمم المتحدة»; not an honorific or
     * a title before a name, in apposition, «دعا المدير المهندس X») */
    char pk[KEY_CAP];
    if (!v || t == 0 || t >= hi || !is_word(c, t) || !is_word(c, t - 1))
        return 0;
    fold_tok(c, t - 1, pk);
    if (!ar_definite(c, t) || ar_call_prep(c, t) ||
        !(ar_definite(c, t - 1) || starts(pk, "لل")) ||
        (c->cand_at[t] >= 0 && !c->cands[c->cand_at[t]].generic) ||
        ar_honorific_at(c, t) ||
        (ar_title_at(c, t) && ar_name_run(c, t + 1, hi) != UINT32_MAX) ||
        ar_describes(c, t))
        return 0;
    int call = 0;
    for (size_t i = 0; AR_CALL_ON[i]; i++)
        call |= lemma_is(c, v, AR_CALL_ON[i]);
    if (!call)
        return 0;
    /* the addressee and the definite words that describe it or name
     * its kind («الأخوة اليمنيين», «الطلاب المستجدين»), then what it is
     * called to: a preposition, or a verbal noun with no article
     * («ودعت الجامعة المتقدمات تقديم ...») */
    uint32_t w = t + 1;
    while (w <= hi && w <= t + 3 && is_word(c, w) && ar_definite(c, w) &&
           !ar_call_prep(c, w))
        w++;
    if (w > hi || !is_word(c, w))
        return 0;
    /* (a short phrase of place may come before «إلى» or «على»: «السكان
     * المقيمين قرب الوادي إلى») */
    for (uint32_t u = w + 1; u <= hi && u <= w + 3; u++) {
        char k[KEY_CAP];
        if (!is_word(c, u) || c->cue_at[u] >= 0)
            break;
        fold_tok(c, u, k);
        if (strcmp(k, "الي") == 0 || strcmp(k, "علي") == 0)
            return 1;
        if (is_compl(c, u))
            break;
    }
    /* (or a relative clause that says who they are: «الأشقاء
     * اليمنيين ممن تنطبق عليهم ...») */
    return ar_call_prep(c, w) || key_is(c, w, RELATIVES) ||
           key_is(c, w, AR_WHO_OF) ||
           (!ar_definite(c, w) && c->cue_at[w] < 0 && c->cand_at[w] < 0 &&
            !ar_title_at(c, w) && ar_name_run(c, w, hi) == UINT32_MAX &&
            ar_object_at(c, w));
}

/* Words in ة that name or honour a man or are a plural of men («سماحة
 * المفتي», «فضيلة الشيخ», «العلامة», «قادة الدول», «القضاة»; folded, no
 * article): a masculine verb agrees with them. */
static const char *const AR_MAN_IN_TA[] = {
    "سماحة", "فضيلة", "حضرة", "جلالة",  "سعادة",  "علامة", "داعية",
    "رحالة", "خليفة", "قادة", "قضاة",   "دعاة",   "ولاة",  "رعاة",
    "حماة",  "غزاة",  "هواة", "رماة",   "جناة",   "ائمة",  "طلبة",
    "ساسة",  "كتبة",  "عمدة", "اساتذة", "فلاسفة", NULL
};

/* Words of "all" (folded): «الجميع», «جميع», «كافة», «كل». */
static const char *const AR_ALL_OF[] = { "الجميع", "جميع", "كافة", "كل", NULL };

/*
 * Word t, right after a verb of calling on in the singular (AR_CALL_ON),
 * opens a noun phrase the verb does not agree with: a noun in ة after a
 * masculine verb («وطالب وزارة الصحة بـ», «ودعا الهيئة إلى»; not a man's
 * name or honorific in ة, «أسامة», «سماحة المفتي»), or a man's title and
 * first name after a feminine one («وناشدت الأمير خالد الفيصل»). A verb
 * before its subject agrees with it in gender, so this is the one called
 * on, never the subject: the subject is dropped. So is a word of "all"
 * («وحث الجميع على», «ودعا جميع الأطراف إلى»).
 */
int ar_called_on_disagrees(const ctx *c, uint32_t t)
{
    if (t == 0 || t + 1 >= c->n_tok || !is_word(c, t) || c->cue_at[t - 1] < 0 ||
        c->tok[t + 1].sent != c->tok[t].sent)
        return 0;
    const icue *q = &c->cues[c->cue_at[t - 1]];
    if (q->last != t - 1 || q->first != q->last || q->form != FSC__FORM_VERB)
        return 0;
    int call = 0;
    for (size_t i = 0; AR_CALL_ON[i]; i++)
        call |= lemma_is(c, q, AR_CALL_ON[i]);
    if (!call)
        return 0;
    /* «وحث الجميع على», «ودعا جميع الأطراف إلى», «وناشدت كافة
     * المواطنين»: a word of "all" right after a verb of calling on is the
     * ones called on; the caller was named before */
    if (key_is(c, t, AR_ALL_OF))
        return 1;
    uint8_t g = cue_gender(c, q);
    if (g == FSC__G_FEM)
        return ar_title_at(c, t) && ar_first_name(c, t + 1) == 1;
    if (g != FSC__G_MASC || ar_first_name(c, t) || key_is(c, t, AR_MAN_IN_TA))
        return 0;
    /* (a noun describing the man named after it is his: «طالب الأسطورة
     * الأرجنتينية دييغو مارادونا بـ») */
    uint32_t hi = c->sent_last[c->tok[t].sent];
    for (uint32_t u = t + 1; u <= hi && u <= t + 3; u++) {
        if (!is_word(c, u) || ar_call_prep(c, u) || ar_function_word(c, u))
            break; /* (what it is called to: «الحكومة على بدء محادثات») */
        if (ar_first_name(c, u) || ar_unlisted_name(c, u, hi) ||
            (c->cand_at[u] >= 0 && c->cands[c->cand_at[u]].actor >= 0 &&
             actor_fits(&c->actors[c->cands[c->cand_at[u]].actor], GEN_PERSON)))
            return 0;
    }
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return n >= 8 && strcmp(k + n - 2, "ة") == 0;
}

/* Cue verbs whose complement is ب + a noun of what is demanded,
 * threatened, welcomed or promised (lemmas, as in cues.json). */
static const char *const AR_BI_VERBS[] = { "طالب", "هدد",  "توعد", "ندد",
                                           "رحب",  "أشاد", "تعهد", NULL };

/* stem (folded, after ب) has the shape of a verbal noun of a derived
 * form: إفعال («إلغاء», «إغلاق»), تفعيل («تطبيق»), افتعال or انفعال
 * («اتخاذ», «انسحاب»), استفعال («استخدام»). */
static int ar_derived_masdar(const char *stem)
{
    size_t n = strlen(stem);
    if (n % 2)
        return 0;
    n /= 2; /* letters */
    if (n == 5 && starts(stem, "ا") && strncmp(stem + 6, "ا", 2) == 0)
        return 1;
    if (n == 5 && starts(stem, "ت") && strncmp(stem + 6, "ي", 2) == 0)
        return 1;
    if (n == 6 && starts(stem, "ا") && strncmp(stem + 8, "ا", 2) == 0)
        return 1;
    return n == 7 && starts(stem, "است") && strncmp(stem + 10, "ا", 2) == 0;
}

int ar_bi_object(const ctx *c, uint32_t t)
{
    if (t == 0 || !is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD ||
        c->cue_at[t - 1] < 0 || c->cand_at[t] >= 0 || ar_first_name(c, t) ||
        ar_known(c, t))
        return 0;
    const icue *q = &c->cues[c->cue_at[t - 1]];
    if (q->last != t - 1 || q->form != FSC__FORM_VERB)
        return 0;
    /* (the article as written: folding makes «بإلغاء» look like it) */
    const char *w = c->text + c->tok[t].off;
    if (c->tok[t].len >= 6 && memcmp(w, "بال", 6) == 0)
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    if (!starts(k, "ب") || starts(k, "بن"))
        return 0;
    const char *stem = k + 2;
    if (ar_derived_masdar(stem))
        return 1;
    /* «وهدد بقتل», «وطالب بضرورة»: the verb takes ب (a stem of three
     * letters or more) */
    if (strlen(stem) < 6)
        return 0;
    for (int i = 0; AR_BI_VERBS[i]; i++)
        if (lemma_is(c, q, AR_BI_VERBS[i]))
            return 1;
    return 0;
}
