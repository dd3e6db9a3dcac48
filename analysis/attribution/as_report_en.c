/*
 * as_report_en.c - stage 5, part: English reports in a clause of "as"
 * that reports the main clause of its sentence ("As The Gazette reported,
 * the pier will close", "The pier will close, as the mayor noted."): the
 * verb has no complement of its own, what it reports is the clause it is
 * set in (en_as_report, called by indirect() in content.c).
 */
#include "attrib_int.h"

static const char *const AS_ONLY[] = { "as", NULL };
static const char *const ON_ONLY[] = { "on", NULL };
static const char *const MONTHS[] = {
    "january", "february",  "march",   "april",    "may",      "june", "july",
    "august",  "september", "october", "november", "december", NULL
};
static const char *const AS_DET[] = { "the", "this", "that", "these", "those",
                                      "a",   "an",   "its",  "their", NULL };
/* a conjunction that opens a clause before "as": "And as Reis noted," */
static const char *const AS_CONJ[] = { "and", "but", "yet", "so", NULL };
/* between the subject and the verb: "as Reis has noted", "as we first
 * reported", "as the paper also wrote" */
static const char *const AS_AUX[] = {
    "has",   "have", "had", "first",  "also", "later", "once", "then",
    "often", "both", "all", "itself", "was",  "were",  "is",   "are",
    "did",   "does", "do",  "would",  "will", "might", NULL
};
/* the first word of a circumstance after the verb: "as Reis noted on
 * Tuesday", "as the Gazette reported last week", "as Reis wrote in The
 * Intercept", "as the manager suggested after the vote" */
static const char *const AS_AFTER[] = {
    "on",     "in",      "at",         "last",      "this",    "earlier",
    "after",  "before",  "during",     "recently",  "today",   "yesterday",
    "monday", "tuesday", "thursday",   "wednesday", "friday",  "saturday",
    "sunday", "a",       "two",        "three",     "several", "years",
    "months", "weeks",   "days",       "back",      "to",      "over",
    "again",  "once",    "previously", NULL
};
/* words that make "as" no clause of a report: "such as Reis said",
 * "as well as", "just as Reis did", "even as" */
static const char *const AS_NOT_AFTER[] = { "such", "well", "just", "even",
                                            "same", "so",   NULL };

static int opener_mark(uint32_t ch)
{
    return ch == '(' || ch == '[' || is_dash(ch);
}

/* "As The Gazette reported, ...": after the comma at t that closes the
 * clause of "as", the rest of the sentence, or of the bracket it opens
 * in, is reported. */
static int opener_report(const ctx *c, uint32_t t, uint32_t hi, uint32_t *a,
                         uint32_t *b)
{
    if (t > hi || is_word(c, t) || !is_comma(cp(c, t)))
        return 0;
    uint32_t f = t + 1, e = hi;
    for (uint32_t u = f; u <= hi; u++)
        if (!is_word(c, u) && (cp(c, u) == ')' || cp(c, u) == ']')) {
            /* (a bracket closing what it opened: "(As X reported, ...)") */
            int open = 0;
            for (uint32_t v = f; v < u && !open; v++)
                open = !is_word(c, v) && (cp(c, v) == '(' || cp(c, v) == '[');
            if (!open) {
                e = u;
                break;
            }
        }
    if (!trim(c, &f, &e))
        return 0;
    *a = f;
    *b = e;
    return 1;
}

/*
 * q: an English cue of speech, writing, evidence or belief whose subject
 * r stands right after "as": "as" opens the sentence, a clause after
 * "and"/"but", a bracket or a dash, or follows a comma or a dash after a
 * clause. The verb's own clause ends at a comma, a dash, a bracket or the
 * sentence end, after at most a short circumstance ("on Tuesday", "in The
 * Intercept"), with no complementizer, quotation or other cue in it: such
 * a verb reports the clause it is set in, not the words after it.
 * Opening "as": the words after the comma to the end of the sentence (or
 * the bracket); "as" after a clause: that clause, from the sentence start.
 * Returns 1 with [*a, *b] the content.
 */
int en_as_report(const ctx *c, const icue *q, const srcres *r, uint32_t *a,
                 uint32_t *b)
{
    if (c->lang != LANG_EN || q->kind != FSC__CUE_SPEECH ||
        (q->form != FSC__FORM_VERB && q->form != FSC__FORM_PHRASE) ||
        !(q->cls == FSC__CLS_SPEECH || q->cls == FSC__CLS_EVIDENCE ||
          q->cls == FSC__CLS_BELIEF) ||
        r->first > r->last || r->last >= q->first)
        return 0;
    uint32_t s = sent_of(c, q->first);
    uint32_t lo = c->sent_first[s], hi = c->sent_last[s];
    if (r->first <= lo || sent_of(c, r->first) != s)
        return 0;
    uint32_t as = r->first - 1;
    /* ("as the ministry announced": a generic noun's source is the noun) */
    if (as > lo && is_word(c, as) && key_is(c, as, AS_DET))
        as--;
    if (!is_word(c, as) || !key_is(c, as, AS_ONLY) || c->inquote[as] >= 0)
        return 0;
    /* only auxiliaries and adverbs between the subject and the verb */
    for (uint32_t t = r->last + 1, w = 0; t < q->first; t++, w++)
        if (w >= 3 || !is_word(c, t) ||
            !(key_is(c, t, AS_AUX) || ly_word(c, t)))
            return 0;
    /* what stands before "as": the sentence start, a conjunction, a mark */
    int opening = 0;
    uint32_t ob = UINT32_MAX; /* the mark before "as" after a clause */
    if (as == lo) {
        opening = 1;
    } else if (is_word(c, as - 1)) {
        if (key_is(c, as - 1, AS_NOT_AFTER) || !key_is(c, as - 1, AS_CONJ))
            return 0;
        opening = 1;
    } else if (opener_mark(cp(c, as - 1)) && !is_dash(cp(c, as - 1))) {
        opening = 1;
    } else if (is_comma(cp(c, as - 1)) || is_dash(cp(c, as - 1))) {
        ob = as - 1;
    } else {
        return 0;
    }
    /* the end of the verb's clause: a short circumstance, then a mark */
    uint32_t t = q->last + 1, words = 0;
    /* ("as Reis told reporters,": the addressee is the verb's) */
    if (lemma_is(c, q, "tell"))
        t = en_addressee(c, q->last, hi) + 1;
    if (t <= hi && is_word(c, t) && !(key_is(c, t, AS_AFTER) || ly_word(c, t)))
        return 0;
    /* ("as Reis noted on Tuesday", not "as Ortiz remarked on the case":
     * "on" takes a time only) */
    if (t + 1 <= hi && is_word(c, t) && key_is(c, t, ON_ONLY) &&
        !(is_word(c, t + 1) &&
          (key_is(c, t + 1, TIME_WORDS) || key_is(c, t + 1, MONTHS))))
        return 0;
    for (; t <= hi; t++) {
        if (c->qmark[t] >= 0 || c->cue_at[t] >= 0)
            return 0;
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            if (is_comma(ch) || is_dash(ch) || ch == ')' || ch == ']' ||
                is_final(ch))
                break;
            continue;
        }
        if (is_compl(c, t) || ++words > 8)
            return 0;
    }
    if (opening)
        return opener_report(c, t, hi, a, b);
    /* "..., as the mayor noted.": the clause before the comma, from the
     * sentence start or after an interview label opening it ("((Reis))
     * The pier is old, as I said.") */
    if (ob == UINT32_MAX || ob <= lo)
        return 0;
    uint32_t f = lo, e = ob - 1;
    for (uint32_t i = 0; i < c->n_labels; i++)
        if (c->labels[i].body > f && c->labels[i].body < ob)
            f = c->labels[i].body;
    /* ("Well, as I said, ...", "Ah yes, as I said, ...": an opener is no
     * clause; what follows the verb's comma is reported) */
    if (words_in(c, f, e) < 4)
        return opener_report(c, t, hi, a, b);
    if (!trim(c, &f, &e))
        return 0;
    *a = f;
    *b = e;
    return 1;
}
