/*
 * states_ar.c - stage 3, part: Arabic names of states and capitals that
 * the rules for the words after a verb read as something else, so that
 * a state speaking through a feminine verb-first cue was left with no
 * subject: «تركيا» and «تايبيه» open like an imperfect verb or end like
 * an adjective, «إيران» has the shape of a verbal noun of form IV
 * (إفعال, «إيراد»), «باكستان» opens with ب. Those that the
 * general rules already read as names («روسيا», «فرنسا», «بكين») need no
 * entry. Used by named_ar() (speaker_ar.c), and by ar_name_antecedent()
 * (coref.c): a state is no first name of a fuller name after it.
 */
#include "attrib_int.h"

/* States and capitals of one word (folded: no hamza on alef, no ال). */
static const char *const AR_STATE_ONE[] = { "تركيا", "ايران", "باكستان",
                                            "تايبيه", NULL };
/* «إسلام آباد»: its two words (folded). */
static const char *const AR_ISLAM[] = { "اسلام", NULL };
static const char *const AR_ABAD[] = { "اباد", NULL };

/* The last token of a state's name at word t (up to hi) right after the
 * feminine verb-first cue v0 (states take a feminine verb: «وأكدت تركيا
 * أن», «وطالبت باكستان الهند بـ»), or UINT32_MAX. After a masculine
 * verb the state is the object and the subject is dropped («واتهم إيران
 * بدعم»). */
uint32_t ar_state_subject(const ctx *c, uint32_t v0, uint32_t t, uint32_t hi)
{
    if (c->lang != LANG_AR || v0 == UINT32_MAX || c->cue_at[v0] < 0 || t > hi ||
        !is_word(c, t))
        return UINT32_MAX;
    const icue *v = &c->cues[c->cue_at[v0]];
    if (v->form != FSC__FORM_VERB || v->last != v0 ||
        cue_gender(c, v) != FSC__G_FEM)
        return UINT32_MAX;
    uint32_t e = UINT32_MAX;
    if (key_is(c, t, AR_STATE_ONE))
        e = t;
    else if (t + 1 <= hi && key_is(c, t, AR_ISLAM) && key_is(c, t + 1, AR_ABAD))
        e = t + 1;
    return e;
}

/* Word t names a state of one word: no person's first name, so a state
 * and a name after it («وطالبت باكستان الهند») are two. */
int ar_state_word(const ctx *c, uint32_t t)
{
    return c->lang == LANG_AR && t < c->n_tok && is_word(c, t) &&
           key_is(c, t, AR_STATE_ONE);
}
