/*
 * honorific_ar.c - stage 3, part: the Arabic name after an honorific or a
 * rank that the name rules do not take because of its form, so that the
 * subject stopped at the honorific («وأكد الدكتور باناجه أن»: «باناجه»
 * opens with ب, read as a preposition; «الدكتور أسامه البار»: «أسامه»
 * ends like a noun with a possessive; «العقيد (القرشي)» in brackets). An
 * honorific or a rank is followed by the person's name, whatever its
 * form. Used by named_ar() (speaker_ar.c).
 */
#include "attrib_int.h"

#include <string.h>

/* Honorifics and ranks that a name always follows (folded); not «السيد»
 * or «الشيخ», also family names («عدنان السيد», «آل الشيخ»), nor
 * «السيدة», mostly before a foreign name the rules already take, which
 * a verbal noun may follow («ورفضت السيدة ستيوارت الاعتذار»). */
static const char *const AR_HON[] = { "الدكتور",  "الدكتورة", "المهندس",
                                      "المهندسة", "الاستاذ",  "الاستاذة",
                                      "العقيد",   "العميد",   "اللواء",
                                      NULL };
/* Words after an honorific that are no name: «بدوره» (in turn). */
static const char *const AR_HON_NOT[] = { "بدوره", "بدورها", "بنفسه", "بنفسها",
                                          NULL };

/* Word t is a word no name opens with: a cue, a complementizer, a
 * function word, an adverbial, a title or a word with the article
 * (also behind ب، ل or و). */
static int not_name(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD ||
        c->cue_at[t] >= 0 || is_compl(c, t) || ar_function_word(c, t) ||
        key_in(c, t, ADVERBIAL) || key_in(c, t, NAME_STOP) ||
        key_in(c, t, PRONOUNS) || ar_title_at(c, t) ||
        key_is(c, t, AR_HON_NOT) || c->inquote[t] >= 0)
        return 1;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return starts(k, "ال") || starts(k, "بال") || starts(k, "لل") ||
           starts(k, "وال") || starts(k, "فال");
}

/* Word t opens with ب or ل (a preposition in most words). */
static int prep_form(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return starts(k, "ب") || starts(k, "ل");
}

/* Word t has the article and ends in ي: a family name («الشلوي»,
 * «القرشي»), not the genitive of a construct («بجهود الوزارة»). */
static int family_nisba(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return is_word(c, t) && starts(k, "ال") && n >= 10 &&
           strcmp(k + n - 2, "ي") == 0;
}

/* h is an honorific or a rank ending a subject within [.., hi] and the
 * words after it are a name the rules left out: the new last token of
 * the subject, or UINT32_MAX. A word opening with ب or ل is a name only
 * before a complementizer, a comma or a family name in ي («الدكتور
 * بريكان الشلوي»), not before another genitive («أشاد الدكتور بجهود
 * الوزارة»). */
uint32_t ar_honorific_name(const ctx *c, uint32_t h, uint32_t hi)
{
    if (c->lang != LANG_AR || h + 1 > hi || !is_word(c, h) ||
        !key_is(c, h, AR_HON))
        return UINT32_MAX;
    uint32_t n = h + 1;
    /* «العقيد (القرشي)»: one word in brackets */
    if (!is_word(c, n)) {
        if (cp(c, n) != '(' || n + 2 > hi || !is_word(c, n + 1) ||
            is_word(c, n + 2) || cp(c, n + 2) != ')' || c->cue_at[n + 1] >= 0 ||
            is_compl(c, n + 1))
            return UINT32_MAX;
        return n + 2;
    }
    if (not_name(c, n))
        return UINT32_MAX;
    if (prep_form(c, n)) {
        if (n + 1 > hi || !is_word(c, n + 1))
            return is_comma(cp(c, n + 1)) ? n : UINT32_MAX;
        if (is_compl(c, n + 1))
            return n;
        return family_nisba(c, n + 1) ? n + 1 : UINT32_MAX;
    }
    /* any other word opens the name as a first name would, up to a
     * verbal noun, the verb's object («ورفضت السيدة ستيوارت الاعتذار») */
    uint32_t e = ar_name_run_from(c, n, hi, 2);
    if (e == UINT32_MAX)
        return n;
    for (uint32_t u = n + 1; u <= e; u++)
        if (ar_object_at(c, u))
            return u - 1;
    return e;
}
