/*
 * test_attrib_en_clause.c - English reports whose content is the clause
 * they are set in: a verb in a clause of "as" ("As the Gazette reported,
 * ...", "..., as the mayor noted."); and the subject before a cue after an
 * auxiliary with "n't"; an object after a cue in -ing that ends before a
 * second verb in -ing. Own sentences; same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

enum { SPEECH = FSC__CLS_SPEECH };

/* "As X reported, ...": the verb has no complement; it reports the clause
 * after its comma when "as" opens the sentence, a clause after "and"/"but"
 * or a bracket, and the clause before it when it follows a clause. */
static void test_as_clause(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("As the Harbour Gazette reported, the ferry will stop running in "
        "May.",
        "the ferry will stop running in May", SPEECH, "reported");
    ATTR("en", "As Lena Ortiz noted on Monday, the old pier needs a new roof.",
         "the old pier needs a new roof", IND, "named", "Lena Ortiz", "noted");
    CLS("The old pier will close in June, as the mayor noted.",
        "The old pier will close in June", SPEECH, "noted");
    CLS("The bridge was shut that week, as the Gazette reported on Tuesday, "
        "and the ferry took its traffic.",
        "The bridge was shut that week", SPEECH, "reported");
    CLS("The tram fares rose twice. (As the Gazette first reported, Ortiz "
        "backed the tunnel plan in a 2009 interview.)",
        "Ortiz backed the tunnel plan in a 2009 interview", SPEECH, "reported");
    CLS("But as Tiago Reis told reporters, the pier cannot be saved.",
        "the pier cannot be saved", SPEECH, "told reporters");
    /* an opener before "as" is no clause: what follows is reported */
    CLS("Well, as I said, the tunnel is far too expensive.",
        "the tunnel is far too expensive", SPEECH, "said");
    /* not "as" of comparison, nor a verb with an object of its own, nor
     * one with a clause of its own */
    NO_CONTENT("en", "The new bridge would cost far more, just as Ortiz said.",
               "The new bridge would cost far more");
    NO_CONTENT("en",
               "In another case, as Ortiz remarked on the vote, the count "
               "was slow.",
               "In another case");
    NO_CONTENT("en",
               "In another case, as Ortiz remarked on the vote, the count "
               "was slow.",
               "the count was slow");
    NO_CONTENT("en",
               "As Reis said that the pier was unsafe, the council voted to "
               "close it.",
               "the council voted to close it");
#undef p
}

/* "Lena Ortiz doesn't really believe ...": the auxiliary with "n't" before
 * a cue is no part of its subject */
static void test_negated_auxiliary(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("en", "Lena Ortiz doesn't really believe the ferry is safe.",
            "the ferry is safe", NAMED, "Lena Ortiz", NULL);
    SPEAKER("en", "The harbour workers haven’t even agreed to the new rota.",
            "to the new rota", NOMINAL, "The harbour workers", NULL);
#undef p
}

/* "praising the crew and visiting the office": after a cue in -ing, a
 * second verb in -ing with its object is the subject's next act, no part
 * of the object; not a noun in -ing ("the hiring and firing of staff"),
 * nor after another -ing inside the object ("of closing the pier and
 * selling the land") */
static void test_coordinated_ing(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("en",
            "Lena Ortiz spent the morning praising the crew and visiting the "
            "harbour office.",
            "the crew", NAMED, "Lena Ortiz", NULL);
    SPEAKER("en",
            "The mayor closed the meeting, acknowledging mistakes and "
            "learning from them.",
            "mistakes", NOMINAL, "The mayor", NULL);
    SPEAKER("en",
            "Lena Ortiz spent the week criticizing the hiring and firing of "
            "staff.",
            "the hiring and firing of staff", NAMED, "Lena Ortiz", NULL);
    SPEAKER("en",
            "Lena Ortiz left early, accusing the council of closing the pier "
            "and selling the land.",
            "the council of closing the pier and selling the land", NAMED,
            "Lena Ortiz", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_as_clause, test_negated_auxiliary,
                                         test_coordinated_ing };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
