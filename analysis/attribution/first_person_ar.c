/*
 * first_person_ar.c - stage 3, part: Arabic reports in the first person.
 * «فقلت له: "..."», «وقلت لهم إن ...», «أقول إن ...», «نقول:»: the writer
 * (the narrator of a column or a memoir) speaks; the subject is the
 * pronoun in the verb (قلتُ، قلنا) or the one its prefix stands for
 * (أقول، نقول), never the third person named before it. The record keeps
 * `source_kind` pronoun, as the English "I said" does, with no source
 * span (the pronoun is part of the cue word) and no resolved_to: the
 * article names no one else for it.
 */
#include "attrib_int.h"

/* «قال» in the first person, singular and plural, perfect and imperfect
 * (folded; و/ف are stripped by key_is). The perfect «قلت» is also
 * «قلّت» (decreased), so every form needs the frame below. */
static const char *const AR_SAY_FIRST[] = { "قلت", "قلنا", "اقول", "نقول",
                                            NULL };

/* An addressee written as one word after the verb: a preposition ل with
 * its pronoun or noun («له», «لهم», «لعز», «للوزير»), or «لنفسي». */
static int addressee_word(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    return strncmp(k, "ل", 2) == 0 && strlen(k) >= 4;
}

int ar_first_person_verb(const ctx *c, uint32_t t)
{
    return c->lang == LANG_AR && t < c->n_tok && is_word(c, t) &&
           key_is(c, t, AR_SAY_FIRST);
}

/*
 * Cue q opens with a first-person form of «قال» used as a report: after
 * the verb and at most two addressee words («فقلت له», «وقلت لعز») comes
 * a colon, a quotation mark or «إن/أن». Never inside a quotation (the
 * quoted speaker's own «قلت لهم»: part of words already theirs) nor after
 * a colon earlier in its sentence (the words of whoever the colon
 * introduces).
 */
int ar_first_person_cue(const ctx *c, const icue *q)
{
    uint32_t v = q->first;
    if (!ar_first_person_verb(c, v) || c->inquote[v] >= 0)
        return 0;
    uint32_t s = sent_of(c, v);
    for (uint32_t t = c->sent_first[s]; t < v; t++)
        if (!is_word(c, t) && cp(c, t) == ':')
            return 0;
    uint32_t hi = c->sent_last[s];
    for (uint32_t t = v + 1, w = 0; t <= hi && w <= 2; t++) {
        if (!is_word(c, t))
            return cp(c, t) == ':' || c->qmark[t] >= 0;
        if (is_compl(c, t))
            return 1;
        if (!addressee_word(c, t))
            return 0;
        w++;
    }
    return 0;
}

int ar_first_person(const ctx *c, const icue *q, srcres *r)
{
    if (c->lang != LANG_AR || !ar_first_person_cue(c, q))
        return 0;
    src_fresh(r);
    set_writer_src(r, 1, 0); /* the pronoun is inside the cue word */
    return 1;
}
