/*
 * test_attrib_en_recall.c - English reports with cue classes beyond
 * "said": a report set after what it reports with a time and a place
 * after the verb, evidence verbs (estimates, reports, point to,
 * projected), intentions (plans to, is seeking, aims to) and casting or
 * portraying someone as something, with their subjects and contents, and
 * the other senses of the same words that report nothing. Own sentences;
 * same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* The attribution whose content is exactly `content` has a cue of class
 * `cls` (FSC__CLS_*) and the cue span `cue`. */
static void expect_cls(pipe *p, const char *text, const char *content, int cls,
                       const char *cue, int line)
{
    if (!pipe_run(p, text, "en")) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    if (!x || x->cue_cls != cls ||
        !span_is(p, text, x->cue_first_tok, x->cue_last_tok, cue)) {
        fprintf(stderr, "line %d: want class %d cue \"%s\" for \"%s\" in: %s\n",
                line, cls, cue, content, text);
        dump(p, text);
        th_failures++;
    }
}

#define CLS(text, content, cls, cue) \
    expect_cls(&p, text, content, cls, cue, __LINE__)

enum {
    SPEECH = FSC__CLS_SPEECH,
    EVIDENCE = FSC__CLS_EVIDENCE,
    STANCE = FSC__CLS_STANCE
};

/* "..., Ortiz said Tuesday in Lisbon.": a time and a circumstance after
 * the verb set after what it reports; what comes before the comma is
 * reported. */
static void test_time_and_place(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The bridge will open in May, Ortiz said Tuesday in "
                     "Lisbon.";
    CLS(t1, "The bridge will open in May", SPEECH, "said");
    SPEAKER("en", t1, "The bridge will open in May", NAMED, "Ortiz", NULL);
    CLS("The ferry fares will rise again, the operator said Friday at a "
        "meeting with the port workers.",
        "The ferry fares will rise again", SPEECH, "said");
    /* a time word and a clause after it: the verb's object, reported */
    CLS("The vote was close, and Ortiz said Tuesday the count would take "
        "a week.",
        "the count would take a week", SPEECH, "said");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_time_and_place };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
