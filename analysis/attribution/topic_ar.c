/*
 * topic_ar.c - stage 3, part: Arabic subjects written before their verb
 * that the subject-verb rule (ar_sv_subject, speaker_ar.c) does not take,
 * because a particle opens them or they are long:
 * - names joined by و before a plural verb: «عبدالله الشمراني ومحمد
 *   الشمراني وسعد الشمراني أكدوا»;
 * - the narrator of a hadith after «عن», a blessing between: «عن ابن عباس
 *   رضي الله عنهما قال»;
 * - a phrase with a relative clause on it, a comma before the verb: «الكاتب
 *   X الذي يكتب في هذه الصحيفة، أشار إلى أن»;
 * - the noun of «لكن» before the verb: «لكن المدرب مورينيو قال إن»;
 * and one written after it that no name opens: a demonstrative and its
 * noun, «وتؤكد هذه الدول الثلاث أن» (ar_demonstrative_subject).
 * Each is a subject the text writes, so no dropped subject is resolved.
 * Used by the Arabic branch of the speaker rules (speaker.c).
 */
#include "attrib_int.h"

#include <string.h>

/* «عن» (folded). */
static const char *const AR_AN[] = { "عن", "وعن", NULL };
/* The blessing after a Companion's name (folded): «رضي الله عنه». */
static const char *const AR_RADI[] = { "رضي", NULL };
static const char *const AR_ALLAH[] = { "الله", NULL };
static const char *const AR_ANHU[] = { "عنه", "عنها", "عنهما", "عنهم", NULL };

/* Word t, «و» and a first name: «ومحمد», «وسعد». */
static int waw_first_name(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const unsigned char *u = (const unsigned char *)c->text + w->off;
    return is_word(c, t) && w->len >= 6 && u[0] == 0xD9 && u[1] == 0x88 &&
           ar_first_name(c, t) != 0;
}

/* Names joined by و that open the sentence before a plural verb: the
 * tokens from the sentence's start to the verb are words (at most 12),
 * the first opens a name, at least one later word is «و» and a first
 * name, and none is a cue, a complementizer or a particle. */
static int joined_names(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                        srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (vg != FSC__G_PLURAL || q->first <= lo + 2 || q->first - lo > 12 ||
        q->form == FSC__FORM_PARTICIPLE)
        return 0;
    uint32_t e = q->first - 1;
    int joins = 0;
    for (uint32_t t = lo; t <= e; t++) {
        if (!is_word(c, t) || c->cue_at[t] >= 0 || is_compl(c, t) ||
            key_in(c, t, PRONOUNS) || ar_function_word(c, t) ||
            key_is(c, t, AR_NOT_SUBJECT) || key_is(c, t, RELATIVES))
            return 0;
        if (t > lo && waw_first_name(c, t))
            joins++;
    }
    if (!joins || ar_name_run(c, lo, e) == UINT32_MAX)
        return 0;
    ar_set_subject(c, r, lo, e);
    r->name_first = lo; /* (all of them) */
    r->name_last = e;
    r->rule = "joined_names";
    r->gender = FSC__G_PLURAL;
    return 1;
}

/* «عن X رضي الله عنه قال»: X, a name of at most five words after «عن»
 * and before the blessing right before the cue. */
static int narrator_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s], e = q->first;
    while (e > lo && !is_word(c, e - 1))
        e--;
    /* the blessing: «رضي الله عنه» (three words) */
    if (e < lo + 5 || !key_is(c, e - 1, AR_ANHU) ||
        !key_is(c, e - 2, AR_ALLAH) || !key_is(c, e - 3, AR_RADI))
        return 0;
    uint32_t b = e - 4;
    while (b > lo && !is_word(c, b))
        b--;
    uint32_t a = UINT32_MAX;
    for (uint32_t t = b + 1, n = 0; t-- > lo && n < 6; n++) {
        if (!is_word(c, t))
            return 0;
        if (key_is(c, t, AR_AN)) {
            a = t + 1;
            break;
        }
    }
    if (a == UINT32_MAX || a > b)
        return 0;
    set_np(c, r, a, b, "narrator");
    return 1;
}

/* «الكاتب الدكتور X الذي يكتب في هذه الصحيفة، أشار إلى أن»: the phrase
 * opening the sentence (a name, a title or a definite word, at most six
 * words), a relative clause on it agreeing with the verb (gender vg) and
 * holding no complementizer or sentence end, and a comma right before
 * the verb: the phrase is the subject, not the last noun of the relative
 * clause. */
static int relative_topic(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                          srcres *r)
{
    uint32_t a = c->sent_first[s], k = q->first - 1;
    if (q->form != FSC__FORM_VERB || q->first < a + 4 || is_word(c, k) ||
        !is_comma(cp(c, k)) || c->inquote[k] >= 0 || !is_word(c, a) ||
        c->cue_at[a] >= 0 || key_is(c, a, AR_NAME_NOT2) ||
        key_in(c, a, ADVERBIAL) || ar_function_word(c, a))
        return 0;
    if (!(ar_definite(c, a) || ar_title_at(c, a) ||
          ar_name_run(c, a, k - 1) != UINT32_MAX))
        return 0;
    uint32_t e = ar_phrase_end(c, a, k), w;
    uint32_t rel = e + 1; /* (a comma may set the clause off) */
    if (rel < k && !is_word(c, rel) && is_comma(cp(c, rel)))
        rel++;
    if (rel + 1 >= k || !key_is(c, rel, RELATIVES) ||
        !ar_relative_agrees(c, rel, vg))
        return 0;
    w = 0;
    for (uint32_t t = rel + 1; t < k; t++) {
        if (is_word(c, t)) {
            if (is_compl(c, t) && !key_is(c, t, AR_ILA))
                return 0;
            if (++w > 15)
                return 0;
        } else if (is_final(cp(c, t)) || cp(c, t) == ':') {
            return 0;
        }
    }
    ar_set_subject(c, r, a, e);
    return 1;
}

/* «لكن» (but), a sister of «إن» whose noun is the subject before the
 * verb (folded). */
static const char *const AR_LAKIN[] = { "لكن", "ولكن", NULL };
/* «فإن» (then, after a condition or a topic: «إذا كان ...، فإن المجلس
 * قال»), the same (folded); after a mark or opening the sentence, or
 * after a word when a definite word or a title follows
 * (fa_inna_after_word), not «لويس فان جال». */
static const char *const AR_FA_INNA[] = { "فان", NULL };

/* «فإن» after a word with no mark between («ورغم ذلك فإن الوزير أكد»,
 * «وفي المقابل فإن المدرب يرى»): «فإن», not the «فان» of a Dutch name
 * («لويس فان جال»), when a word with the article or a title follows it;
 * no name after «van» takes the article. */
static int fa_inna_after_word(const ctx *c, uint32_t t)
{
    return t + 1 < c->n_tok && is_word(c, t + 1) &&
           (ar_definite(c, t + 1) || ar_title_at(c, t + 1));
}

/* «... لكن مورينيو قال، إن», «ولكن الحكومة تؤكد أن», «...، فإن المجلس
 * قال إن»: the words between «لكن» or «فإن» and the verb (at most six, no mark,
 * cue or complementizer), a name, a title, a definite word or a name the
 * article gave a speaker before: the subject. */
static int lakin_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s], k = UINT32_MAX;
    if (q->form != FSC__FORM_VERB || q->first <= lo + 1)
        return 0;
    for (uint32_t t = q->first, w = 0; t-- > lo && w <= 6; w++) {
        if (!is_word(c, t) || c->cue_at[t] >= 0 || is_compl(c, t))
            return 0;
        if (key_is(c, t, AR_LAKIN) ||
            (key_is(c, t, AR_FA_INNA) &&
             (t == lo || !is_word(c, t - 1) || fa_inna_after_word(c, t)))) {
            k = t;
            break;
        }
    }
    if (k == UINT32_MAX || k + 1 >= q->first)
        return 0;
    uint32_t a = k + 1, e = q->first - 1;
    if (key_in(c, a, ADVERBIAL) || key_in(c, a, PRONOUNS) ||
        key_in(c, a, NEGATORS) || key_is(c, a, AR_NAME_NOT2) ||
        ar_function_word(c, a) || ar_object_at(c, a) ||
        !(ar_definite(c, a) || ar_title_at(c, a) ||
          ar_name_run(c, a, e) != UINT32_MAX || ar_unlisted_name(c, a, e) ||
          (c->cand_at[a] >= 0 && !c->cands[c->cand_at[a]].generic) ||
          (a == e && ar_speaker_again(c, a))))
        return 0;
    for (uint32_t t = a + 1; t <= e; t++)
        if (key_in(c, t, NEGATORS) || ar_function_word(c, t) ||
            key_in(c, t, ADVERBIAL))
            return 0;
    ar_set_subject(c, r, a, e);
    return 1;
}

int ar_topic_subject(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                     srcres *r)
{
    if (c->lang != LANG_AR || q->first >= c->n_tok)
        return 0;
    return joined_names(c, q, s, vg, r) || narrator_subject(c, q, s, r) ||
           relative_topic(c, q, s, vg, r) || lakin_subject(c, q, s, r);
}

/* Demonstratives (folded) that agree with a feminine verb («هذه», «تلك»:
 * a woman, a body or things) or a masculine one («هذا», «ذلك», «هؤلاء»:
 * before its subject a verb shows no number). */
static const char *const AR_DEM_FEM[] = { "هذه", "وهذه", "تلك", NULL };
static const char *const AR_DEM_MASC[] = { "هذا", "ذلك", "هؤلاء", NULL };
/* Prepositions a cue takes before «أن» (folded): «تشير هذه الدراسة إلى
 * أن», «وتتفق هذه الدول على أن». */
static const char *const AR_DEM_PREP[] = { "الي", "علي", NULL };

/* «وتؤكد هذه الدول الثلاث أن», «ويرى هؤلاء الخبراء أن»: a demonstrative
 * right after a verb-first cue, agreeing with the verb in gender (vg), a
 * definite noun and at most three more words (adjectives, a number), then
 * «أن»/«إن», alone or after «إلى»/«على»: the phrase is the subject (a
 * nominal source). Not an object, which no complementizer follows
 * («أقرت هذه اللوائح في سبتمبر»), nor one that disagrees («وتستنكر هذا
 * الحادث»). */
int ar_demonstrative_subject(const ctx *c, const icue *q, uint32_t s,
                             uint8_t vg, srcres *r)
{
    uint32_t t = q->last + 1, hi = c->sent_last[s];
    if (c->lang != LANG_AR || q->form != FSC__FORM_VERB || t + 2 > hi ||
        !is_word(c, t) || c->inquote[t] >= 0)
        return 0;
    /* (a verb whose object comes before «بأن»: «ويصف هذا التحرك بأنه»,
     * «واتهم هؤلاء المسؤولين بأنهم») */
    if (lemma_is(c, q, "وصف") || lemma_is(c, q, "اتهم"))
        return 0;
    int fem = key_is(c, t, AR_DEM_FEM), masc = key_is(c, t, AR_DEM_MASC);
    if (!((fem && vg == FSC__G_FEM) ||
          (masc && (vg == FSC__G_MASC || vg == FSC__G_PLURAL))))
        return 0;
    if (!is_word(c, t + 1) || !ar_definite_or_ll(c, t + 1) ||
        c->cue_at[t + 1] >= 0)
        return 0;
    for (uint32_t u = t + 2, w = 0; u <= hi && w <= 3; u++, w++) {
        if (!is_word(c, u) || c->cue_at[u] >= 0 || c->inquote[u] >= 0)
            return 0;
        uint32_t v = u;
        if (key_is(c, u, AR_DEM_PREP) && u + 1 <= hi && is_word(c, u + 1))
            v = u + 1;
        if (is_compl(c, v) && !key_is(c, v, AR_ILA)) {
            set_np(c, r, t, u - 1, "demonstrative_subject");
            r->form = FSC__SF_NOMINAL;
            return 1;
        }
        if (is_compl(c, u) || key_is(c, u, RELATIVES))
            return 0;
    }
    return 0;
}
