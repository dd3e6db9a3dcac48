/*
 * test_attrib_en_attitude.c - English attitudes besides speech: positions
 * held (support, back, favor, side with, vote for), speech acts with a
 * noun-phrase object (encouraged, bemoaned, went after, touched on,
 * discuss) and beliefs stated with an adjective ("are confident that"),
 * with the other senses of the same words that report nothing. Own
 * sentences; same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

enum {
    SPEECH = FSC__CLS_SPEECH,
    BELIEF = FSC__CLS_BELIEF,
    STANCE = FSC__CLS_STANCE
};

/* Verbs of a position held, with the person or policy as their object;
 * not the senses of bearing, moving back or odds. */
static void test_positions(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Harbour workers who support the new ferry plan met on Friday.",
        "the new ferry plan", STANCE, "support");
    CLS("The dockers' union is backing Tom Reyes for mayor.",
        "Tom Reyes for mayor", STANCE, "backing");
    CLS("Three council members favored the toll bridge.", "the toll bridge",
        STANCE, "favored");
    CLS("The pilots sided with the harbour master.", "the harbour master",
        STANCE, "sided with");
    ATTR("en", "Lena Ortiz supports a lower ferry fare.", "a lower ferry fare",
         IND, "named", "Lena Ortiz", "supports");
    /* other senses: no report */
    NO_CUE("The old pier supports the weight of two cranes.", "supports");
    NO_CUE("The union backed down after a week of talks.", "backed");
    NO_CUE("The truck backed into the gate.", "backed");
    NO_CUE("She played a supporting role in the harbour film.", "supporting");
    NO_CUE("The home team is favored to win the cup.", "favored");
    NO_CUE("The pilots came back to the harbour.", "back");
#undef p
}

/* The base forms "support", "back", "favor": a verb after a word that
 * makes it one, or ("support", "favor") after a plural subject with an
 * object after it; else the noun or the adverb. */
static void test_position_base_form(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Most harbour workers support the new ferry plan.",
        "the new ferry plan", STANCE, "support");
    CLS("Many pilots favor a lower toll.", "a lower toll", STANCE, "favor");
    CLS("The dockers would back Reyes.", "Reyes", STANCE, "back");
    NO_CUE("Voter support among the pilots fell.", "support");
    NO_CUE("Harbour workers support among the young fell.", "support");
    NO_CUE("That goes back to the old harbour days.", "back");
    NO_CUE("Ten years back the pier was new.", "back");
    NO_CUE("Support grew in the harbour towns.", "Support");
#undef p
}

/* A modal before a position states the position ("would vote for"); a
 * modal before a verb of speech still reports nothing yet. */
static void test_modal_position(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Most dock workers would vote for Reyes.", "Reyes", STANCE, "vote for");
    CLS("The pilots could support a shorter toll.", "a shorter toll", STANCE,
        "support");
    NO_CUE("Ortiz would say the ferry is safe.", "say");
#undef p
}

/* A position inside another report is part of it: the outer content runs
 * over it; the position keeps a nested record. Not inside a position. */
static void test_position_in_report(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "A harbour survey found that 40 percent of voters "
                    "supported Ortiz, while 30 percent favored Reyes.";
    CLS(t,
        "40 percent of voters supported Ortiz, while 30 percent favored "
        "Reyes",
        FSC__CLS_EVIDENCE, "survey found");
    CLS(t, "Reyes", STANCE, "favored");
    const char *t2 = "The survey found the pilots favored Ortiz and the "
                     "dockers backed Reyes.";
    CLS(t2, "the pilots favored Ortiz and the dockers backed Reyes",
        FSC__CLS_EVIDENCE, "survey found");
    CLS(t2, "Reyes", STANCE, "backed");
    CLS("Ortiz said most pilots backed the new timetable.",
        "most pilots backed the new timetable", SPEECH, "said");
    /* (a position around it ends where the other begins) */
    NO_CONTENT("en",
               "Ortiz voiced opposition to the toll while Reyes endorsed it.",
               "the toll while Reyes endorsed it");
#undef p
}

/* The object of a position is the person or policy: not the poll figures
 * after it, nor the verb of the clause a participle phrase modifies. */
static void test_position_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Dock workers favored Reyes 46 percent to 32 percent.", "Reyes", STANCE,
        "favored");
    CLS("Harbour pilots backed Ortiz, 60 percent to 25 percent.", "Ortiz",
        STANCE, "backed");
    CLS("Pilots supporting the toll bridge have asked the council to wait.",
        "the toll bridge", STANCE, "supporting");
    /* with nothing after it the cue reports nothing */
    NO_CUE("The plan passed, with ten members for it and two members "
           "opposing.",
           "opposing");
    NO_CUE("The fares Ortiz favors are too high.", "favors");
    /* (but a relative word before it is its object) */
    ATTR("en", "Reyes signed the harbour pact, which Lena Ortiz backed.",
         "which", IND, "named", "Lena Ortiz", "backed");
#undef p
}

/* Speech acts with a noun-phrase object; not a purpose or a passive. */
static void test_speech_acts(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Ortiz encouraged the pilots to join the strike.",
        "the pilots to join the strike", SPEECH, "encouraged");
    CLS("Reyes bemoaned the state of the harbour.", "the state of the harbour",
        SPEECH, "bemoaned");
    CLS("He touched on the ferry fares in his speech.", "the ferry fares",
        SPEECH, "touched on");
    CLS("The council will discuss the toll on Monday.", "the toll", SPEECH,
        "discuss");
    CLS("The mayor challenged Reyes to a debate.", "Reyes to a debate", SPEECH,
        "challenged");
    NO_CUE("The pilots met at noon to discuss the toll.", "discuss");
    NO_CUE("Encouraged to try the drums by a teacher, Reyes joined a band.",
           "Encouraged");
    NO_CUE("She was encouraged by the vote.", "encouraged");
    NO_CUE("Reyes challenged himself to swim the bay.", "challenged");
#undef p
}

/* A belief stated with an adjective and its that-clause; its holder is
 * the subject before the copula. */
static void test_belief_adjectives(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Harbour officials are confident that the pier will hold.",
        "the pier will hold", BELIEF, "confident");
    const char *t1 = "Lena Ortiz is confident that the pier will hold.";
    SPEAKER("en", t1, "the pier will hold", NAMED, "Lena Ortiz", NULL);
    const char *t2 = "Reyes remains convinced that the fares are too high.";
    SPEAKER("en", t2, "the fares are too high", NAMED, "Reyes", NULL);
    CLS("Many wonder whether the toll will last.", "whether the toll will last",
        BELIEF, "wonder");
    NO_CUE("The team was confident in its chances.", "confident");
#undef p
}

/* Nouns of a claim with their that-clause; not a relative clause on the
 * noun, nor the noun with no clause. */
static void test_claim_nouns(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("There is speculation that the pier will close.", "the pier will close",
        BELIEF, "speculation");
    SPEAKER("en", "Ortiz repeated her assertion that the ferry was safe.",
            "the ferry was safe", NAMED, "Ortiz", NULL);
    NO_CUE("It is an argument that has divided the council.", "argument");
    NO_CUE("The allegations that surfaced in May hurt the mayor.",
           "allegations");
    NO_CUE("The argument over the toll went on for hours.", "argument");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_positions,          test_position_base_form, test_modal_position,
        test_position_in_report, test_position_object,    test_speech_acts,
        test_belief_adjectives,  test_claim_nouns
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
