/*
 * attitudes.c - stage 5, part: English attitudes (beliefs, intentions,
 * positions) nested in another report with no holder of their own are
 * part of that report, not records of their own (drop_nested_attitudes).
 */
#include "attrib_int.h"

/*
 * English: a belief, intention or position ("they want", "he expects",
 * "she backs") inside what another attribution reports in indirect speech
 * (not in a quotation or an interview answer: "I think" there is the
 * speaker's own hedge, kept), with no holder of
 * its own (a pronoun: the reporting speaker again; no subject; none found:
 * "voters said they want a change", "he added that he expects to win") is
 * part of that report and not a second source: the record is dropped. A nested
 * attitude of a named holder ("X said that Y wants ...") is kept. One pass;
 * nested flags are then recomputed.
 */
static int in_indirect(const fsc__attribs *o, size_t at)
{
    const fsc__attribution *y = &o->v[at];
    size_t lo = at > NESTED_WINDOW ? at - NESTED_WINDOW : 0;
    size_t hi = at + NESTED_WINDOW < o->n ? at + NESTED_WINDOW : o->n;
    for (size_t j = lo; j < hi; j++) {
        const fsc__attribution *z = &o->v[j];
        if (j != at && z->kind == FSC__ATTR_INDIRECT && z->cue >= 0 &&
            z->content_first_tok <= y->cue_first_tok &&
            y->cue_first_tok <= z->content_last_tok)
            return 1;
    }
    return 0;
}

/* y's cue lies in the content of a direct record (a quotation or an
 * interview answer). */
static int in_direct(const fsc__attribs *o, size_t at)
{
    const fsc__attribution *y = &o->v[at];
    size_t lo = at > NESTED_WINDOW ? at - NESTED_WINDOW : 0;
    size_t hi = at + NESTED_WINDOW < o->n ? at + NESTED_WINDOW : o->n;
    for (size_t j = lo; j < hi; j++) {
        const fsc__attribution *z = &o->v[j];
        if (j != at && z->kind == FSC__ATTR_DIRECT &&
            z->content_first_tok <= y->cue_first_tok &&
            y->cue_first_tok <= z->content_last_tok)
            return 1;
    }
    return 0;
}

/* y's source is one word of `words` and nothing more: "I" or "we"; a
 * generic "you" ("you know", "you see"). */
static const char *const YOU_WORD[] = { "you", NULL };
static int source_word_in(const ctx *c, const fsc__attribution *y,
                          const char *const *words)
{
    return y->src_first_tok == y->src_last_tok && y->src_first_tok < c->n_tok &&
           key_is(c, y->src_first_tok, words);
}

void drop_nested_attitudes(const ctx *c, fsc__attribs *out)
{
    size_t w = 0;
    for (size_t k = 0; k < out->n; k++) {
        const fsc__attribution *y = &out->v[k];
        int attitude =
            y->cue_cls == FSC__CLS_STANCE || y->cue_cls == FSC__CLS_BELIEF;
        int no_holder = y->form == FSC__SF_PRONOUN ||
                        y->form == FSC__SF_DROPPED ||
                        y->form == FSC__SF_UNRESOLVED;
        if (y->nested && attitude && no_holder && !coordinated_report(y) &&
            y->kind == FSC__ATTR_INDIRECT && in_indirect(out, k))
            continue;
        /* "I think", "we would not presume to predict", "I hope" inside a
         * quotation or an interview answer: the speaker's own hedge or
         * wish, part of words already theirs, reports nothing more; in
         * English so do a generic "you know", "you see" and an attitude
         * with no subject ("just thinking about that") */
        /* (Russian counts them: «Мы думаем, что ...», a belief the
         * speaker reports, eval/gold/README-ru.md) */
        if (y->nested && attitude && y->kind == FSC__ATTR_INDIRECT &&
            ((source_word_in(c, y, FIRST_PERSON) && c->lang != LANG_RU) ||
             (c->lang == LANG_EN &&
              (source_word_in(c, y, YOU_WORD) || y->form == FSC__SF_DROPPED ||
               y->form == FSC__SF_UNRESOLVED))) &&
            in_direct(out, k))
            continue;
        out->v[w++] = out->v[k];
    }
    keep_records(out, w);
}
