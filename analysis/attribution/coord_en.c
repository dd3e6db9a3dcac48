/*
 * coord_en.c - stage 5, part: an English belief coordinated with a speech
 * verb of the same subject ("says he's proud of the plan and expects it to
 * pass") is part of that verb's report, one attribution
 * (merge_coordinated_reports).
 */
#include "attrib_int.h"

static const char *const COORD_WORD[] = { "and", "but", NULL };

/* Between the end of one content and the next cue, only what joins two
 * predicates of one subject: "and"/"but" once, a comma before it, and the
 * closing marks of a quotation or a bracket the first content ended in
 * ('called bankers "fat cats" and proposed'). */
static int joins_predicates(const ctx *c, uint32_t a, uint32_t b)
{
    int conj = 0;
    for (uint32_t t = a; t < b; t++) {
        if (is_word(c, t)) {
            if (conj || !key_is(c, t, COORD_WORD))
                return 0;
            conj = 1;
            continue;
        }
        uint32_t ch = cp(c, t);
        if (conj || !(ch == ',' || ch == '"' || ch == 0x201D || ch == 0x2019 ||
                      ch == '\'' || ch == ')' || ch == 0xBB))
            return 0;
    }
    return conj;
}

static int reports_speech(const fsc__attribution *y)
{
    return y->kind == FSC__ATTR_INDIRECT || y->kind == FSC__ATTR_MIXED;
}

/*
 * A belief, a wish or an expectation joined by "and"/"but" to a speech verb
 * of the same subject (rule `coordinated`: its source is that verb's
 * subject) right where that verb's content ends is part of the one
 * statement: "X says he is proud of the plan and expects it to pass", "X
 * said she was tired of it and wanted a change", "X said the ferry was
 * unsafe but hoped it would be repaired". What the speaker thinks is known
 * from what they said, so the speech verb's content runs on over the
 * second verb to the end of its content and the second record goes (it
 * would count the same speaker twice for one statement). Only a verb of
 * the belief class: a second verb of speech, a position or an intention,
 * "and warned that ...", "and promised to ...", "and defended ...", is an
 * act of its own and keeps its record; only with one source span, so two
 * verbs of different subjects ("X said ..., and the engineers believe ...")
 * stay two. The merged record is mixed if either was. Runs on the sorted
 * records; nested flags are then recomputed.
 */
void merge_coordinated_reports(const ctx *c, fsc__attribs *out)
{
    size_t w = 0;
    for (size_t k = 0; k < out->n; k++) {
        fsc__attribution *y = &out->v[k];
        int merged = 0;
        if (coordinated_report(y) && y->cue >= 0 &&
            y->cue_cls == FSC__CLS_BELIEF && reports_speech(y) &&
            y->src_first_tok <= y->src_last_tok &&
            y->content_first_tok > y->cue_last_tok) {
            /* the nearest record kept before it whose content ends before
             * its cue: the first verb (a nested report inside that content
             * ends there too, but has another subject) */
            for (size_t j = w; j-- > 0 && w - j <= NESTED_WINDOW;) {
                fsc__attribution *x = &out->v[j];
                if (x->cue < 0 || x->content_last_tok >= y->cue_first_tok ||
                    x->cue_last_tok >= x->content_first_tok)
                    continue;
                if (reports_speech(x) && x->cue_cls == FSC__CLS_SPEECH &&
                    x->src_first_tok == y->src_first_tok &&
                    x->src_last_tok == y->src_last_tok &&
                    sent_of(c, x->cue_first_tok) ==
                        sent_of(c, y->content_last_tok) &&
                    (x->n_seg == 0 || y->n_seg == 0) &&
                    joins_predicates(c, x->content_last_tok + 1,
                                     y->cue_first_tok)) {
                    x->content_last_tok = y->content_last_tok;
                    if (y->kind == FSC__ATTR_MIXED)
                        x->kind = FSC__ATTR_MIXED;
                    if (x->n_seg == 0) {
                        x->seg_first = y->seg_first;
                        x->n_seg = y->n_seg;
                    }
                    merged = 1;
                }
                break;
            }
        }
        if (!merged)
            out->v[w++] = out->v[k];
    }
    keep_records(out, w);
}
