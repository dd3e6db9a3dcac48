/*
 * agree_ar.c - stage 3, part: Arabic agreement after the speaker rules.
 * A verb with its subject dropped agrees in gender with whom it continues
 * («وقالت»: a woman, «وقال»: a man), which settles a dropped subject the
 * other rules left without a speaker: the nearest person of that gender
 * named before it.
 */
#include "attrib_int.h"

/* Cue q is a verb that goes on with what its speaker said: «أضاف»,
 * «تابع», «استطرد», «استدرك». */
static int ar_goes_on(const ctx *c, const icue *q)
{
    return lemma_is(c, q, "أضاف") || lemma_is(c, q, "تابع") ||
           lemma_is(c, q, "استطرد") || lemma_is(c, q, "استدرك");
}

/* Nouns of a speech, a statement or a talk (folded, no ال; with the
 * pronoun): «ألقى كلمة», «في تصريح», «خلال حديثه». */
static const char *const AR_SPEECH_NOUNS[] = {
    "كلمة",   "كلمته",   "كلمتها", "خطاب",    "خطابه",  "خطابا",
    "تصريح",  "تصريحه",  "تصريحا", "تصريحات", "حديث",   "حديثه",
    "محاضرة", "محاضرته", "بيان",   "بيانا",   "مؤتمر",  "رسالة",
    "كلمه",   "حوار",    "لقاء",   "مداخلة",  "مقابلة", NULL
};

/* The sentence of token t, up to token `before`, names a speech («ثم
 * ألقى X كلمة بالمناسبة»): its subject spoke. */
static int ar_gave_speech(const ctx *c, uint32_t t, uint32_t before)
{
    if (t >= c->n_tok)
        return 0;
    uint32_t s = sent_of(c, t);
    for (uint32_t u = c->sent_first[s]; u <= c->sent_last[s] && u < before; u++)
        if (is_word(c, u) && key_is(c, u, AR_SPEECH_NOUNS))
            return 1;
    return 0;
}

/* Honorifics of a woman and of a man before a name (folded). */
static const char *const AR_HON_F[] = { "الدكتوره", "الدكتورة", "المهندسة",
                                        "الاستاذة", "السيدة",   NULL };

/*
 * A dropped subject (a verb, a participle) no rule could resolve, whose
 * verb says a man or a woman («وقالت إن», «مؤكدا»): the nearest person of
 * that gender named before it in its sentence or the one before, outside
 * quotations — a title, a first name we know and the name it opens, or a
 * woman's honorific and the word after it («التقى الوزير ... بالسفيرة سارة
 * الحربي. وقالت إن»: she; «ذكرت الوكالة أن الوزير خالد المنصور افتتح
 * المعرض. وقال إن»: he, though named inside what the agency reported).
 */
int ar_dropped_person(const ctx *c, const icue *q, srcres *r)
{
    if (c->lang != LANG_AR || !r->rule)
        return 0;
    /* a plural or dual verb has no subject after it (the noun there is
     * its object, «وطالبوا البلدية بـ»): its subject is dropped, the
     * newest plural speaker */
    int after = !r->inherited && r->first <= r->last && r->first > q->last;
    /* (not right after «أنهم»: a report nested in another's words, whose
     * subject is that pronoun) */
    if ((strcmp(r->rule, "unresolved") == 0 || after) &&
        q->form == FSC__FORM_VERB && q->first == q->last &&
        cue_gender(c, q) == FSC__G_PLURAL &&
        !(q->first > 0 && is_word(c, q->first - 1) &&
          is_compl(c, q->first - 1))) {
        srcres nr;
        src_fresh(&nr);
        if (inherit_g(c, sent_of(c, q->first), 12, q->first, &nr,
                      FSC__CONF_PRONOUN, "dropped", FSC__G_PLURAL, 1)) {
            *r = nr;
            r->form = FSC__SF_DROPPED;
            return 1;
        }
        r->form = FSC__SF_DROPPED;
        r->rule = "dropped_unresolved";
        return 0;
    }
    /* «وأضاف», «وتابع»: a verb that goes on with what was said goes on
     * with the newest speaker, not with a newer subject of a sentence
     * that reported nothing («قال الوزير X ... . وافتتح المدير Y المعرض.
     * وأضاف أن»: X) */
    if (strcmp(r->rule, "dropped_subject") == 0 && ar_goes_on(c, q) &&
        !ar_gave_speech(c, r->res_first, q->first)) {
        srcres nr;
        src_fresh(&nr);
        if (inherit_g(c, sent_of(c, q->first), 12, q->first, &nr,
                      FSC__CONF_PRONOUN, "dropped", cue_gender(c, q), 1) &&
            nr.inherited == 1 && nr.rule && strcmp(nr.rule, "dropped") == 0) {
            *r = nr;
            r->form = FSC__SF_DROPPED;
            return 1;
        }
        return 0;
    }
    if (strcmp(r->rule, "dropped_unresolved") != 0 &&
        strcmp(r->rule, "participle_unresolved") != 0)
        return 0;
    uint8_t g = cue_gender(c, q);
    if (g != FSC__G_MASC && g != FSC__G_FEM)
        return 0;
    uint32_t s = sent_of(c, q->first);
    uint32_t lo = c->sent_first[s > 0 ? s - 1 : s];
    for (uint32_t t = q->first; t-- > lo && q->first - t <= 200;) {
        if (!is_word(c, t) || c->inquote[t] >= 0 || c->cue_at[t] >= 0)
            continue;
        uint32_t hi = c->sent_last[sent_of(c, t)];
        if (g == FSC__G_FEM && key_is(c, t, AR_HON_F) && t + 1 <= hi &&
            is_word(c, t + 1) && t + 1 < q->first) {
            uint32_t e = ar_name_run(c, t + 1, hi);
            inherit_name(r, t, e != UINT32_MAX && e < q->first ? e : t + 1, g,
                         FSC__CONF_PRONOUN, "dropped_person");
            r->form = FSC__SF_DROPPED;
            return 1;
        }
        int f = ar_first_name(c, t);
        if (!f || (f == 2) != (g == FSC__G_FEM))
            continue;
        /* (the first word of the name: not a father's name inside it) */
        if (t > lo && is_word(c, t - 1) &&
            (ar_first_name(c, t - 1) || key_is(c, t - 1, AR_NAME_LINKS)))
            continue;
        uint32_t e = ar_name_run(c, t, hi);
        if (e == UINT32_MAX || e >= q->first)
            continue;
        /* (a person's full name: a family name with the article or a
         * father's name after the first name; «فارس دبلوماسي» is a knight
         * of diplomacy) */
        if (e == t || !(ar_definite(c, e) || ar_first_name(c, t + 1)))
            continue;
        /* (after a title or a definite noun describing the person,
         * «بالسفيرة سارة الحربي»: a first name is also a word, «مبادئ
         * حسن الجوار» is good-neighbourliness) */
        if (t == 0 || !is_word(c, t - 1) ||
            !(ar_title_at(c, t - 1) || ar_definite(c, t - 1) ||
              ar_definite_or_ll(c, t - 1)))
            continue;
        inherit_name(r, t, e, g, FSC__CONF_PRONOUN, "dropped_person");
        r->form = FSC__SF_DROPPED;
        return 1;
    }
    return 0;
}
