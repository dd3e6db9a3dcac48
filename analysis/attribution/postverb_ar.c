/*
 * postverb_ar.c - stages 3 and 4, part: an Arabic verb-first cue whose
 * object is a demonstrative standing for what was reported before it,
 * «أوضح ذلك مدير المكتبة الأستاذ X», «وأكد ذلك الدكتور X في تصريح له»,
 * «أعلنت ذلك وزارة الثقافة»:
 * - the subject follows the demonstrative (ar_this_subject, used by the
 *   Arabic branch of the speaker rules in speaker.c);
 * - what is reported is the sentence before it in its paragraph, not the
 *   words after the subject (ar_this_content, used by content.c), as
 *   the Russian «Об этом сообщил X» (speaker_ru.c).
 * Not a demonstrative that is the subject's own, «وأكد ذلك المسؤول أن»
 * ("that official"), which a clause of its own follows
 * (ar_demonstrative_subject, topic_ar.c).
 * Also a plural participle with a possessive pronoun right after the
 * verb, its subject: «ويقول منتقدوها إن» (ar_possessed_subject).
 */
#include "attrib_int.h"

#include <string.h>

/* The demonstratives that stand for a report (folded). */
static const char *const AR_THIS_OBJ[] = { "ذلك", "هذا", NULL };
static const char *const AR_THIS_NEAR[] = { "هذا", NULL };
/* Honorifics that open a subject and are no definite word (folded):
 * «سعادة مدير ...», «معالي الوزير». */
static const char *const AR_HONOUR[] = { "سعادة", "معالي", "سمو",   "فضيلة",
                                         "سماحة", "حضرة",  "جلالة", NULL };

/* Words [u, hi] up to the first comma or final mark hold a clause or a
 * quotation of the verb's own: a complementizer, a quotation mark or a
 * colon. */
static int own_clause(const ctx *c, uint32_t u, uint32_t hi)
{
    for (; u <= hi; u++) {
        if (c->qmark[u] >= 0 || is_compl(c, u))
            return 1;
        if (!is_word(c, u)) {
            uint32_t p = cp(c, u);
            if (p == ':')
                return 1;
            if (is_comma(p) || is_final(p))
                return 0;
        }
    }
    return 0;
}

/*
 * The verb cue q is followed by «ذلك»/«هذا», its object, and then by the
 * subject: an honorific, a title or a noun of a body, or a name (a
 * definite one with no clause or quotation of the verb's own after it). 1 with
 * *subj the subject's first token.
 */
static int this_object(const ctx *c, const icue *q, uint32_t *subj)
{
    if (c->lang != LANG_AR || q->form != FSC__FORM_VERB ||
        q->last + 2 >= c->n_tok)
        return 0;
    uint32_t s = sent_of(c, q->first), hi = c->sent_last[s], t = q->last + 1;
    if (t + 1 > hi || !is_word(c, t) || c->inquote[t] >= 0 ||
        !key_is(c, t, AR_THIS_OBJ))
        return 0;
    uint32_t u = t + 1;
    if (!is_word(c, u) || c->cue_at[u] >= 0)
        return 0;
    /* (not any definite word: «فاستغربت هذا المنطق», the demonstrative
     * and its noun are the object) */
    /* («هذا» and a definite noun are one phrase: «ماذا يقول هذا
     * الخطيب», «رفض هذا النائب»; «ذلك» after the verb is its object) */
    if (key_is(c, t, AR_THIS_NEAR) && ar_definite(c, u))
        return 0;
    if (!(key_is(c, u, AR_HONOUR) || ar_honorific_at(c, u) ||
          ar_title_at(c, u) || ar_name_run(c, u, hi) != UINT32_MAX))
        return 0;
    /* (a definite word may be the demonstrative's own noun, «وأكد ذلك
     * المسؤول أن»: only with no clause of the verb's after it) */
    if (ar_definite(c, u) && !ar_honorific_at(c, u) && own_clause(c, u, hi))
        return 0;
    *subj = u;
    return 1;
}

int ar_this_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t u = 0;
    if (!this_object(c, q, &u))
        return 0;
    if (named_ar(c, u, s, 0, r))
        return 1;
    /* a noun phrase the candidates know: «المتحدث الرسمي باسم الأمانة» */
    int32_t k = search_fwd(c, u, s, 3, 1);
    if (k >= 0 && c->cands[k].first == u) {
        set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "cue_name");
        return 1;
    }
    return 0;
}

int ar_this_content(const ctx *c, const icue *q, uint32_t *a, uint32_t *b)
{
    uint32_t u = 0, s = sent_of(c, q->first), lo = c->sent_first[s];
    if (!this_object(c, q, &u) || own_clause(c, u, c->sent_last[s]))
        return 0;
    /* «تشارك الرئاسة في المهرجان ...، أوضح ذلك X.»: the clause before
     * the comma in its own sentence */
    uint32_t e = q->first;
    while (e > lo && !is_word(c, e - 1) && c->qmark[e - 1] < 0)
        e--;
    if (e < q->first && e > lo && is_comma(cp(c, e)) &&
        words_in(c, lo, e - 1) >= 3) {
        uint32_t pa = lo, pb = e - 1;
        if (trim(c, &pa, &pb)) {
            *a = pa;
            *b = pb;
            return 1;
        }
    }
    /* the sentence before, also across a paragraph's end when the cue
     * opens its paragraph (the lead and «أوضح ذلك X» after it) */
    if (s > 0 && (c->tok[c->sent_last[s - 1]].para == c->tok[q->first].para ||
                  e == lo)) {
        uint32_t pa = c->sent_first[s - 1], pb = c->sent_last[s - 1];
        /* (a sentence that is a report of its own, with a quotation or a
         * cue, is attributed already: the demonstrative alone) */
        int own = 0;
        for (uint32_t t = pa; t <= pb && !own; t++)
            own = c->qmark[t] >= 0 ||
                  (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip &&
                   c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS);
        if (!own && trim(c, &pa, &pb)) {
            *a = pa;
            *b = pb;
            return 1;
        }
    }
    *a = *b = q->last + 1;
    return 1;
}

/* The endings of a plural in -ون in the construct with a pronoun
 * («منتقدوها», «مؤيدوه», «معارضوهم»: its critics, his supporters). */
static const char *const AR_PL_POSS[] = { "وها", "وه", "وهم", "وهما", NULL };
/* Words so ending that are no plural of people (folded). */
static const char *const AR_PL_POSS_NOT[] = { "نحوه", "نحوها", "وجوه", NULL };

/*
 * «ويقول منتقدوها إن», «وأكد مؤيدوه أن»: a plural of people in the
 * construct with a pronoun right after the verb, the subject (nominal,
 * many). Its possessive ending keeps the definite test (ال) from seeing
 * it. 1 when r is set.
 */
int ar_possessed_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t u = q->last + 1, hi = c->sent_last[s];
    if (c->lang != LANG_AR || q->form != FSC__FORM_VERB || u > hi ||
        !is_word(c, u) || c->inquote[u] >= 0 || c->cue_at[u] >= 0 ||
        key_is(c, u, AR_PL_POSS_NOT))
        return 0;
    const char *w = c->text + c->tok[u].off;
    size_t n = c->tok[u].len;
    /* (not «ال») */
    if (n < 10 ||
        (w[0] == '\xd8' && w[1] == '\xa7' && w[2] == '\xd9' && w[3] == '\x84'))
        return 0;
    /* (a participle of four letters or more before the ending, «مُفعِّل»
     * or «فاعِل»: «منتقدو», «صانعو»; not a verb with its object, «قالوه»,
     * nor a preposition on a noun, «بسموه») */
    int hit = 0;
    for (size_t i = 0; AR_PL_POSS[i] && !hit; i++) {
        size_t m = strlen(AR_PL_POSS[i]);
        hit = n >= m + 8 && memcmp(w + n - m, AR_PL_POSS[i], m) == 0;
    }
    if (!hit ||
        !(memcmp(w, "\xd9\x85", 2) == 0 || memcmp(w + 2, "\xd8\xa7", 2) == 0))
        return 0;
    set_np(c, r, u, u, "cue_named");
    r->form = FSC__SF_NOMINAL;
    r->gender = FSC__G_PLURAL;
    return 1;
}
