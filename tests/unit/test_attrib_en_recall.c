/*
 * test_attrib_en_recall.c - English reports with cue classes beyond
 * "said": a report set after what it reports with a time and a place
 * after the verb, evidence verbs (estimates, reports, point to,
 * projected), intentions (plans to, is seeking to, aims to), casting or
 * portraying someone as something and criticism (blasts, slamming), with
 * their subjects and contents (an object noun phrase ends before the
 * circumstances after it), and the other senses of the same words
 * that report nothing. Own sentences; same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

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
    /* a title or description before the name after the comma is the
     * speaker's, not what is said */
    const char *t2 = "Two children were on the ferry, harbour office "
                     "spokesman Tiago Reis said Thursday.";
    CLS(t2, "Two children were on the ferry", SPEECH, "said");
    SPEAKER("en", t2, "Two children were on the ferry", NAMED, "Tiago Reis",
            NULL);
    CLS("Two children were on the ferry, spokesman Reis said.",
        "Two children were on the ferry", SPEECH, "said");
    /* ... not after a short opener with what is said after the verb */
    NO_CONTENT("en",
               "In Lisbon, harbour office spokesman Tiago Reis stated to the "
               "press on Monday that the ferry was safe.",
               "In Lisbon");
    /* ... not over a conjunction or a relative */
    CLS("The vote was close, but Ortiz said the count was fair.",
        "the count was fair", SPEECH, "said");
    /* "this" opening a clause after the verb is no time phrase ("said
     * this week"): what follows is reported */
    CLS("After the vote, Ortiz told reporters this was the last chance for "
        "the bridge.",
        "this was the last chance for the bridge", SPEECH, "told reporters");
    CLS("The bridge is safe, Ortiz said this morning in Lisbon.",
        "The bridge is safe", SPEECH, "said");
    /* ... not after a phrase that only opens the sentence, with no verb
     * of its own: what follows the verb is reported */
    CLS("In a changing economy, many young voters still believe in the "
        "harbour plan.",
        "in the harbour plan", FSC__CLS_BELIEF, "believe");
    NO_CONTENT("en", "On Thursday, the ferry owners complained to the council.",
               "On Thursday");
    CLS("In May, the bridge will open, Ortiz said in Lisbon.",
        "In May, the bridge will open", SPEECH, "said");
    /* a pronoun with no earlier antecedent as the subject: the same */
    const char *t3 = "The ferry fares will rise again, she said Friday at a "
                     "meeting with the port workers.";
    CLS(t3, "The ferry fares will rise again", SPEECH, "said");
    SPEAKER("en", t3, "The ferry fares will rise again", PRONOUN, "she", NULL);
    CLS("The bridge is safe, he said this morning.", "The bridge is safe",
        SPEECH, "said");
    /* ... not a time word before the clause the verb reports */
    CLS("At the harbour, he said Tuesday the ferry would stop.",
        "the ferry would stop", SPEECH, "said");
    NO_CONTENT("en", "At the harbour, he said Tuesday the ferry would stop.",
               "At the harbour");
    /* a time word and a clause after it: the verb's object, reported */
    CLS("The vote was close, and Ortiz said Tuesday the count would take "
        "a week.",
        "the count would take a week", SPEECH, "said");
#undef p
}

/* Evidence verbs with a source of their own: estimates, reports (set
 * after what it reports or with "that"), point to, projected that; not
 * the nouns, the participle before a noun, a verb whose object was moved
 * before it, or "projected" with an object. */
static void test_evidence_verbs(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The county auditor estimates that the new bridge will "
                     "cost 40 million dollars.";
    CLS(t1, "the new bridge will cost 40 million dollars", EVIDENCE,
        "estimates");
    SPEAKER("en", t1, "the new bridge will cost 40 million dollars", NOMINAL,
            "The county auditor", NULL);
    CLS("The museum estimated that 40,000 people visited in June.",
        "40,000 people visited in June", EVIDENCE, "estimated");
    NO_CUE("The estimates for the new bridge vary widely.", "estimates");
    NO_CUE("An estimated 40,000 people visited the museum in June.",
           "estimated");
    NO_CUE("Most farmers pay estimated taxes every quarter.", "estimated");
    NO_CUE("The repairs, which the county estimates will cost 40 million "
           "dollars, start in May.",
           "estimates");
    const char *t2 = "The harbour budget was higher than expected, the "
                     "Lisbon Herald reports.";
    CLS(t2, "The harbour budget was higher than expected", SPEECH, "reports");
    SPEAKER("en", t2, "The harbour budget was higher than expected", NOMINAL,
            "the Lisbon Herald", NULL);
    NO_CUE("News reports say the mayor will resign.", "reports");
    ATTR("en", "According to reports, the ferry sank near the port.",
         "the ferry sank near the port", ACC, "named", "reports",
         "According to");
    NO_CUE("According to reports, the ferry sank near the port.", "reports");
    NO_CUE("The storm left two dead and, by early reports, ten injured.",
           "reports");
    NO_CUE("The ferry sank; reports describe a fire in the engine room.",
           "reports");
    NO_CUE("The clinic files annual reports with the county.", "reports");
    CLS("Local farmers point to the dry winter as the cause of the losses.",
        "the dry winter as the cause of the losses", SPEECH, "point to");
    NO_CUE("There is no point to a second vote.", "point to");
    CLS("The budget office projected that the deficit would shrink next "
        "year.",
        "the deficit would shrink next year", EVIDENCE, "projected");
    NO_CUE("The coach projected calm before the final.", "projected");
    /* a weekday, a date or a time phrase after the verb is no speaker */
    const char *t4 = "The ferry fares will rise again, said Tuesday at a "
                     "meeting with the port workers.";
    CLS(t4, "The ferry fares will rise again", SPEECH, "said");
    SPEAKER("en", t4, "The ferry fares will rise again", UNRES, NULL, NULL);
    const char *t5 = "The pier is closed, said March 3 in a statement.";
    SPEAKER("en", t5, "The pier is closed", UNRES, NULL, NULL);
    const char *t6 = "The pier is closed, said this week in a statement.";
    SPEAKER("en", t6, "The pier is closed", UNRES, NULL, NULL);
    const char *t7 = "The pier is closed, said the harbour master Tuesday.";
    SPEAKER("en", t7, "The pier is closed", NOMINAL, "the harbour master",
            NULL);
    /* the addressee and the place of "told" are neither speaker nor
     * what is told */
    const char *t8 = "Ortiz told reporters at the town hall that the pier "
                     "was closed.";
    CLS(t8, "the pier was closed", SPEECH, "told reporters");
    SPEAKER("en", t8, "the pier was closed", NAMED, "Ortiz", NULL);
    const char *t9 = "The pier was closed, Ortiz told reporters at the town "
                     "hall.";
    SPEAKER("en", t9, "The pier was closed", NAMED, "Ortiz", NULL);
    /* a data subject over a phrase set off by commas before the verb */
    CLS("The poll, released on Monday by the Lisbon Institute, showed Ortiz "
        "ahead by four points.",
        "Ortiz ahead by four points", EVIDENCE, "showed");
    NO_CUE("Ortiz, a former mayor, showed no sign of worry.", "showed");
#undef p
}

/* Intentions: "plans to", "is seeking to", "aims to" — the subject holds
 * them, the infinitive is what is wanted; not the noun after a possessor
 * or "there are", nor "seeking" a thing. */
static void test_intentions(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The harbour authority plans to close the old pier in "
                     "May.";
    CLS(t1, "close the old pier in May", STANCE, "plans to");
    SPEAKER("en", t1, "close the old pier in May", NOMINAL,
            "The harbour authority", NULL);
    NO_CUE("Ortiz's plans to close the pier drew protests.", "plans to");
    NO_CUE("There are plans to close the pier.", "plans to");
    NO_CUE("His plans to close the pier drew protests.", "plans to");
    const char *t2 = "Local firms are seeking to hire more welders this year.";
    CLS(t2, "hire more welders this year", STANCE, "seeking to");
    SPEAKER("en", t2, "hire more welders this year", NOMINAL, "Local firms",
            NULL);
    /* "seeking" a thing pursues it, no position is reported */
    NO_CUE("The mayor is seeking a second term in office.", "seeking");
    CLS("The union aims to double its membership by 2030.",
        "double its membership by 2030", STANCE, "aims to");
#undef p
}

/* A verb after "to" completing a clause ("went on to say", "was quick to
 * announce") is said by that clause's subject; not after a noun ("the
 * towns to vote against"); a participle opening the sentence is no name
 * ("Continuing to explain his view, Ortiz ..."). */
static void test_infinitive_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The mayor of Porto praised the dockworkers. He went on "
                     "to say the strike would end soon.";
    SPEAKER("en", t1, "the strike would end soon", PRONOUN, "He",
            "The mayor of Porto");
    const char *t2 = "Ortiz was quick to announce a new ferry line.";
    SPEAKER("en", t2, "a new ferry line", NAMED, "Ortiz", NULL);
    const char *t3 = "Porto and Braga were among the towns to vote against "
                     "the new ferry tax.";
    SPEAKER("en", t3, "the new ferry tax", UNRES, NULL, NULL);
    const char *t4 = "Continuing to defend the plan, Ortiz left early, "
                     "saying the ferry would run all year.";
    SPEAKER("en", t4, "the ferry would run all year", NAMED, "Ortiz", NULL);
    /* after a name or a noun phrase that completes the verb: the clause's
     * subject still says it ("took to Twitter to say", "the first mayor
     * in Portugal to endorse") */
    SPEAKER("en", "Ortiz took to Twitter to say the ferry would run all year.",
            "the ferry would run all year", NAMED, "Ortiz", NULL);
    SPEAKER("en",
            "As the crowd waited in the hall, Ana Reis came on the radio to "
            "say the ferry would run all year.",
            "the ferry would run all year", NAMED, "Ana Reis", NULL);
    SPEAKER("en",
            "Ortiz was the first mayor in Portugal to endorse the ferry tax.",
            "the ferry tax", NAMED, "Ortiz", NULL);
    /* not when the verb's object acts, nor a possessor, nor another
     * clause's subject */
    SPEAKER("en", "Ortiz pushes Lisbon to reject the ferry tax.",
            "the ferry tax", UNRES, NULL, NULL);
    SPEAKER("en", "Ortiz pleaded with them to reject the ferry tax.",
            "the ferry tax", UNRES, NULL, NULL);
    SPEAKER("en",
            "The council fined two firms, citing their refusal to disclose "
            "the ferry accounts.",
            "the ferry accounts", UNRES, NULL, NULL);
    SPEAKER("en",
            "Ortiz attacked the port, while Reis stayed off the radio to "
            "focus on the ferry tax.",
            "the ferry tax", UNRES, NULL, NULL);
#undef p
}

/* An intention or a characterisation is held by a person or a body: a
 * name, an actor, a noun of persons or of a body, a pronoun standing for
 * one; not a thing or an act ("the treaty", "a ballot measure"), nor a
 * participle hanging on such a noun. */
static void test_agent_subjects(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NO_CUE("Last month saw a ballot measure seeking to lower the voting age "
           "in Porto.",
           "seeking to");
    NO_CUE("Several fairs sprang up across the coast seeking to draw "
           "tourists from Lisbon.",
           "seeking to");
    NO_CUE("The new regulation aims to cut fishing quotas by half.", "aims to");
    NO_CUE("The port settlement seeks to end the strike by June.", "seeks");
    NO_CUE("Ortiz unveiled a harbour plan on Monday. It aims to double the "
           "cargo traffic.",
           "aims to");
    /* a person or a body keeps it */
    CLS("The shipping company aims to cut its emissions by half.",
        "cut its emissions by half", STANCE, "aims to");
    CLS("A group of dockworkers is planning to strike in June.",
        "strike in June", STANCE, "planning to");
    CLS("Ortiz met the dockworkers on Monday. He plans to end the strike by "
        "June.",
        "end the strike by June", STANCE, "plans to");
    CLS("The dockworkers, who are seeking to end the strike, met on Monday.",
        "end the strike", STANCE, "seeking to");
    /* an actor's role, a storm hitting the coast */
    NO_CUE("Reis portrayed Vasco da Gama, also known as the Admiral, in two "
           "plays at the Lisbon theatre.",
           "portrayed");
    NO_CUE("The storm slammed into the coast on Monday.", "slammed");
    CLS("Ortiz portrayed Mr. Reis as a danger to the port.",
        "Mr. Reis as a danger to the port", SPEECH, "portrayed");
#undef p
}

/* Casting or portraying someone as something, and criticism in "blasts",
 * "slamming": the subject's characterization of the object; not votes
 * cast, an actor cast in a role, explosions or a door slammed. */
static void test_characterizing(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The senator cast the tax plan as a gift to the rich.";
    CLS(t1, "the tax plan as a gift to the rich", SPEECH, "cast");
    SPEAKER("en", t1, "the tax plan as a gift to the rich", NOMINAL,
            "The senator", NULL);
    NO_CUE("Most delegates cast their votes as the hall emptied.", "cast");
    NO_CUE("The actor portrayed the king in the new film.", "portrayed");
    NO_CUE("The director cast a young actor as the king in the new film.",
           "cast");
    CLS("Critics portrayed the mayor as out of touch with the port workers.",
        "the mayor as out of touch with the port workers", SPEECH, "portrayed");
    CLS("The governor blasts the new budget as reckless.",
        "the new budget as reckless", SPEECH, "blasts");
    NO_CUE("Two blasts shook the harbour on Monday.", "blasts");
    CLS("The union leader spoke for an hour, slamming the port owners for "
        "the wage cuts.",
        "the port owners for the wage cuts", SPEECH, "slamming");
    NO_CUE("She left the room, slamming the door behind her.", "slamming");
#undef p
}

/* "citing" closing a clause: the subject cites what follows, a report of
 * its own; a citation between a subject and its verb stays the verb's
 * ground, no record of its own. */
static void test_citing(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The ferry company canceled the crossing, citing the "
                     "storm warnings.";
    CLS(t1, "the storm warnings", SPEECH, "citing");
    SPEAKER("en", t1, "the storm warnings", NOMINAL, "The ferry company", NULL);
    const char *t2 = "The Lisbon Herald, citing two officials, reported that "
                     "the talks had failed.";
    NO_CUE(t2, "citing");
    CLS(t2, "the talks had failed", SPEECH, "reported");
#undef p
}

/* A speaker noun before a preposition and an organisation is the source,
 * the organisation no speaker of its own; an anonymous head ("a source
 * in", "officials at") makes the phrase anonymous. A name that only
 * follows another kind of phrase stays the nearest speaker. */
static void test_role_of_organisation(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "A spokeswoman for the Lisbon Port Authority said the "
                     "ferries would sail again on Monday.";
    SPEAKER("en", t1, "the ferries would sail again on Monday", NOMINAL,
            "A spokeswoman for the Lisbon Port Authority", NULL);
    const char *t2 = "A source in the Lisbon Port Authority said the "
                     "ferries would sail again on Monday.";
    SPEAKER("en", t2, "the ferries would sail again on Monday", ANON,
            "A source in the Lisbon Port Authority", NULL);
    const char *t3 = "Officials at the Harbour Board said the pier had been "
                     "closed.";
    SPEAKER("en", t3, "the pier had been closed", ANON,
            "Officials at the Harbour Board", NULL);
    const char *t4 = "The Harbour Board said the pier had been closed.";
    SPEAKER("en", t4, "the pier had been closed", NOMINAL, "The Harbour Board",
            NULL);
#undef p
}

/* A participle after "of"/"for" and the object of the verb before it:
 * the object says it, not the clause's subject; after a preposition the
 * subject does. The report around it runs over it. */
static void test_object_ground(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The port authority accused Ana Duarte of falsely "
                     "claiming the pier was unsafe.";
    SPEAKER("en", t1, "the pier was unsafe", NAMED, "Ana Duarte", NULL);
    const char *t2 = "The union criticized Tom Reyes for saying that the "
                     "pier was unsafe.";
    SPEAKER("en", t2, "the pier was unsafe", NAMED, "Tom Reyes", NULL);
    const char *t3 = "The panel stated it would sanction the director of "
                     "Marlow Ferries for refusing to publish the accounts.";
    SPEAKER("en", t3, "to publish the accounts", NOMINAL,
            "the director of Marlow Ferries", NULL);
    CLS(t3,
        "it would sanction the director of Marlow Ferries for refusing to "
        "publish the accounts",
        SPEECH, "stated");
    const char *t4 = "Tom Reyes apologized to the dock workers for saying "
                     "that the strike was illegal.";
    SPEAKER("en", t4, "the strike was illegal", NAMED, "Tom Reyes", NULL);
#undef p
}

/* A noun phrase a verb takes as its object, with no clause after the
 * verb, ends before a circumstance after it: a preposition of time, an
 * occasion or a time after "at", "in" or "on", a time phrase with no
 * preposition, a subordinator, a participle or a relative to the
 * sentence's end after a comma, a new clause after a comma, a bracket it
 * did not open. Complements of the noun stay, and so does everything
 * when the content is a clause or the verb's complement goes on after
 * the circumstance. */
static void test_object_circumstances(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en",
         "Mayor Lena Ortiz criticized the ferry plan during a council "
         "meeting on Friday.",
         "the ferry plan", IND, "named", "Mayor Lena Ortiz", "criticized");
    ATTR("en", "Lena Ortiz thanked the harbour pilots at a rally in Porto.",
         "the harbour pilots", IND, "named", "Lena Ortiz", "thanked");
    ATTR("en",
         "Lena Ortiz defended the budget in an interview with a local radio "
         "station.",
         "the budget", IND, "named", "Lena Ortiz", "defended");
    ATTR("en", "Lena Ortiz praised the pier workers on Tuesday.",
         "the pier workers", IND, "named", "Lena Ortiz", "praised");
    ATTR("en", "Lena Ortiz endorsed Tom Reyes last March.", "Tom Reyes", IND,
         "named", "Lena Ortiz", "endorsed");
    ATTR("en",
         "Lena Ortiz ordered a full inspection, even though the engineers had "
         "found no cracks.",
         "a full inspection", IND, "named", "Lena Ortiz", "ordered");
    ATTR("en", "Lena Ortiz opposed the toll as she left the town hall.",
         "the toll", IND, "named", "Lena Ortiz", "opposed");
    ATTR("en", "Lena Ortiz praised the new pier, which opened in May.",
         "the new pier", IND, "named", "Lena Ortiz", "praised");
    ATTR("en", "Lena Ortiz endorsed Tom Reyes, giving him a late boost.",
         "Tom Reyes", IND, "named", "Lena Ortiz", "endorsed");
    ATTR("en",
         "Lena Ortiz opposed the toll, the council has kept it all the "
         "same.",
         "the toll", IND, "named", "Lena Ortiz", "opposed");
    /* the noun's own complements stay */
    ATTR("en", "Lena Ortiz criticized his record on trade.",
         "his record on trade", IND, "named", "Lena Ortiz", "criticized");
    ATTR("en", "Lena Ortiz criticized the fare rise at the harbour.",
         "the fare rise at the harbour", IND, "named", "Lena Ortiz",
         "criticized");
    ATTR("en", "Lena Ortiz announced a rally on Saturday in Porto.",
         "a rally on Saturday in Porto", IND, "named", "Lena Ortiz",
         "announced");
    /* a clause keeps its circumstances */
    ATTR("en", "Lena Ortiz said Tom Reyes lied during the debate.",
         "Tom Reyes lied during the debate", IND, "named", "Lena Ortiz",
         "said");
    ATTR("en",
         "Lena Ortiz said the ferry plan at the harbour would cost millions.",
         "the ferry plan at the harbour would cost millions", IND, "named",
         "Lena Ortiz", "said");
    ATTR("en", "Lena Ortiz said the plan, while costly, was worth it.",
         "the plan, while costly, was worth it", IND, "named", "Lena Ortiz",
         "said");
    ATTR("en", "Lena Ortiz vowed to fight the toll during the campaign.",
         "to fight the toll during the campaign", IND, "named", "Lena Ortiz",
         "vowed");
    /* the verb's complement goes on after the circumstance */
    ATTR("en",
         "Lena Ortiz described the pier during the tour as a danger to "
         "swimmers.",
         "the pier during the tour as a danger to swimmers", IND, "named",
         "Lena Ortiz", "described");
    NO_CONTENT("en",
               "Lena Ortiz asked the minister during the hearing whether the "
               "bridge was safe.",
               "the minister");
    /* a preposition and an -ing form, or a subordinator and a subject
     * pronoun, open a circumstance whose verb is its own */
    ATTR("en", "Lena Ortiz defended the toll by citing the repair costs.",
         "the toll", IND, "named", "Lena Ortiz", "defended");
    ATTR("en",
         "Lena Ortiz criticized the ferry plan without offering an "
         "alternative.",
         "the ferry plan", IND, "named", "Lena Ortiz", "criticized");
    ATTR("en",
         "Lena Ortiz praised the pier workers after she visited the "
         "harbour.",
         "the pier workers", IND, "named", "Lena Ortiz", "praised");
    /* ... not an -ing adjective before a title, a noun's own complement
     * or the circumstance of an infinitive */
    ATTR("en",
         "Lena Ortiz condemned the attack by sitting Councillor Tom Reyes.",
         "the attack by sitting Councillor Tom Reyes", IND, "named",
         "Lena Ortiz", "condemned");
    CLS("Many voters see their neighbours leave after losing the ferry "
        "jobs.",
        "their neighbours leave after losing the ferry jobs", FSC__CLS_BELIEF,
        "see");
    ATTR("en", "Lena Ortiz criticized the cost of building the pier.",
         "the cost of building the pier", IND, "named", "Lena Ortiz",
         "criticized");
    ATTR("en",
         "Lena Ortiz urged voters to back the plan by signing the "
         "petition.",
         "voters to back the plan by signing the petition", IND, "named",
         "Lena Ortiz", "urged");
#undef p
}

/* A quotation before a cue that reports something of its own after it
 * ("said in an interview that ...", "said it would ...", "... and said
 * ...") or inside the clause a verb before it reports is not that cue's:
 * the cue reports what follows it, the quotation stays with the earlier
 * report. */
static void test_quote_cue_after(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("Reis, the host of the radio show \"Harbour Nights at the Old "
        "Pier,\" said in an interview with the Gazette that the ferry was "
        "late.",
        "the ferry was late", SPEECH, "said");
    CLS("The club, known for its slogan \"Every tide brings a new boat,\" "
        "said it would reopen the pier in May.",
        "it would reopen the pier in May", SPEECH, "said");
    CLS("Ortiz left the hall early, calling the toll \"a tax on every "
        "family in the town\" and said the council would vote again.",
        "the council would vote again", SPEECH, "said");
    CLS("Reyes claimed that \"the pier will never be finished on time,\" "
        "but one of the engineers said the work was on schedule.",
        "the work was on schedule", SPEECH, "said");
    /* the quotation inside the clause "said" reports: that report's */
    CLS("Ortiz said the ferry plan was \"a waste of money for the whole "
        "harbour,\" referring to the new terminal.",
        "the ferry plan was \"a waste of money for the whole harbour", SPEECH,
        "said");
    /* (a hyphen inside a word is no dash that ends the clause) */
    CLS("Ortiz said the cross-harbour ferry was \"a waste of money for the "
        "whole town,\" referring to the new terminal.",
        "the cross-harbour ferry was \"a waste of money for the whole town",
        SPEECH, "said");
    /* (nor is the period of an abbreviation) */
    CLS("Ortiz said the U.S. navy was \"a welcome guest in the whole "
        "harbour,\" warning the council against new fees.",
        "the U.S. navy was \"a welcome guest in the whole harbour", SPEECH,
        "said");
    /* speech layout: the cue after the quotation takes it */
    ATTR("en",
         "\"The ferry plan is a waste of money,\" Lena Ortiz said in an "
         "interview on Monday.",
         "The ferry plan is a waste of money,", DIR, "named", "Lena Ortiz",
         "said");
    ATTR("en",
         "\"We will finish the pier before the storms,\" Lena Ortiz told "
         "them.",
         "We will finish the pier before the storms,", DIR, "named",
         "Lena Ortiz", "told");
#undef p
}

/* A verb in a relative clause whose object is the relative word before
 * its subject, with nothing of its own after it: the relative word is
 * what it takes, not the words after the clause nor the sentence before
 * it. */
static void test_relative_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en", "Tom Reyes signed the ferry pact, which Lena Ortiz opposed.",
         "which", IND, "named", "Lena Ortiz", "opposed");
    ATTR("en",
         "The toll, which Lena Ortiz proposed under a new rate, would cost "
         "millions.",
         "which", IND, "named", "Lena Ortiz", "proposed");
    ATTR("en", "It is a plan that Lena Ortiz has criticized for months.",
         "that", IND, "named", "Lena Ortiz", "criticized");
    ATTR("en", "That is what Lena Ortiz wrote last week.", "what", IND, "named",
         "Lena Ortiz", "wrote");
    /* the clause goes on after the verb: what it reports follows */
    ATTR("en",
         "The bridge plan, which the mayor said would cost millions, was "
         "dropped in May.",
         "would cost millions", IND, "named", "the mayor", "said");
    ATTR("en", "Tom Reyes said that Lena Ortiz opposed the toll.", "the toll",
         IND, "named", "Lena Ortiz", "opposed");
    NO_CONTENT("en",
               "The council backed a plan in which Lena Ortiz agreed on "
               "new fares.",
               "which");
#undef p
}

/* A subject pronoun written with a contracted auxiliary ("She'd",
 * "He’s", "They've") is the pronoun, no name; a progressive after a
 * contracted "is" is finite. A possessive "'s" stays a name's. */
static void test_contracted_pronouns(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Ana Duarte runs the ferry line. She'd said that the "
                     "fares would rise.";
    SPEAKER("en", t1, "the fares would rise", PRONOUN, "She'd", "Ana Duarte");
    const char *t2 = "Tom Reyes leads the dock union. He\u2019s claiming that "
                     "the strike is legal.";
    SPEAKER("en", t2, "the strike is legal", PRONOUN, "He\u2019s", "Tom Reyes");
    const char *t3 = "The dock workers met on Monday. They've argued that the "
                     "strike is legal.";
    SPEAKER("en", t3, "the strike is legal", PRONOUN, "They've", NULL);
    const char *t4 = "Tom Reyes leads the dock union. Reyes's deputy said "
                     "that the strike is legal.";
    SPEAKER("en", t4, "the strike is legal", NOMINAL, "Reyes's deputy", NULL);
#undef p
}

/* A phrase that cannot hold a view is no source: a preposition, an
 * interjection or an adverb opening the sentence ("Over", "Thank you",
 * "Shortly thereafter"), a time phrase as the subject ("Tuesday saw",
 * "This week saw"), a number alone. A time phrase after the subject is
 * stepped over ("The Gazette this week reported"); a quantity with its
 * noun is the subject ("Over 40 harbour pilots"). */
static void test_no_speaker_phrases(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Over 40 harbour pilots signed a petition urging the "
                     "council to dredge the channel.";
    SPEAKER("en", t1, "the council to dredge the channel", NOMINAL,
            "Over 40 harbour pilots", NULL);
    NO_NAMED("en", "Thank you for agreeing to talk about the ferry.");
    NO_NAMED("en", "Of course reporting faults and fixing them helps.");
    const char *t8 = "Shortly thereafter, at noon, the port issued a notice "
                     "announcing the pier had been closed.";
    NO_NAMED("en", t8);
    SPEAKER("en", t8, "the pier had been closed", NOMINAL, "the port", NULL);
    const char *t2 = "Tuesday saw crowds gathering outside the depot.";
    SPEAKER("en", t2, "crowds gathering outside the depot", UNRES, NULL, NULL);
    const char *t3 = "This week saw a vote on the new fares.";
    SPEAKER("en", t3, "a vote on the new fares", UNRES, NULL, NULL);
    const char *t5 = "The Harbour Gazette this week reported that the fares "
                     "would rise.";
    SPEAKER("en", t5, "the fares would rise", NOMINAL, "The Harbour Gazette",
            NULL);
    const char *t6 = "Tom Reyes on Monday said that the pier was unsafe.";
    SPEAKER("en", t6, "the pier was unsafe", NAMED, "Tom Reyes", NULL);
#undef p
}

/* A cue word that modifies the noun after it inside a compound after a
 * determiner or an adjective reports nothing ("a telling sign", "the
 * questioning phase"); the verb with its object still does ("are telling
 * passengers that"). */
static void test_cue_in_compound(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NO_CUE("In a telling sign, the mayor now takes the ferry.", "telling");
    NO_CUE("The guide will not help you in the questioning phase.",
           "questioning");
    NO_CUE("The rebels face a sneering elite, and they know it.", "sneering");
    const char *t1 = "The ferry owners are telling passengers that the fares "
                     "will rise.";
    SPEAKER("en", t1, "the fares will rise", NOMINAL, "The ferry owners", NULL);
#undef p
}

/* A clause, an infinitive or an object ends where the sentence goes on with
 * words of its own: a comma and an -ing form, a coordinated clause with a
 * subject of its own after an infinitive, and the main verb after a cue in
 * a restrictive relative clause of the subject. */
static void test_clause_end(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en",
         "Lena Ortiz decided not to run for mayor and she won praise for "
         "the choice.",
         "not to run for mayor", IND, "named", "Lena Ortiz", "decided");
    ATTR("en",
         "Lena Ortiz is promising to rebuild the old pier, leaving the "
         "council anxious about the cost.",
         "to rebuild the old pier", IND, "named", "Lena Ortiz", "promising");

    ATTR("en", "Pilots who wanted to join the union could lose their licences.",
         "to join the union", IND, "named", "who", "wanted");
    ATTR("en",
         "Voters who preferred the tunnel outnumbered those backing the "
         "bridge.",
         "the tunnel", IND, "named", "who", "preferred");
    /* a clause keeps its own coordination, the verbs and the participles
     * of its own */
    ATTR("en",
         "Lena Ortiz said that the ferry would run again, ending a long "
         "strike.",
         "the ferry would run again, ending a long strike", IND, "named",
         "Lena Ortiz", "said");
    ATTR("en", "Lena Ortiz said she would stay and she would fight.",
         "she would stay and she would fight", IND, "named", "Lena Ortiz",
         "said");
    ATTR("en", "The council ignored workers who said the pier was unsafe.",
         "the pier was unsafe", IND, "named", "who", "said");
    ATTR("en",
         "Lena Ortiz promised to fix the piers, including the old one at "
         "the harbour.",
         "to fix the piers, including the old one at the harbour", IND, "named",
         "Lena Ortiz", "promised");
#undef p
}

/* A verb that voices an attitude and the noun of the attitude with its
 * preposition are the cue; what the attitude is toward is the content. */
static void test_attitude_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en", "Lena Ortiz expressed discomfort with the new toll.",
         "the new toll", IND, "named", "Lena Ortiz",
         "expressed discomfort with");
    ATTR("en", "The pilots pledged their full support to Tom Reyes.",
         "Tom Reyes", IND, "named", "The pilots",
         "pledged their full support to");
    ATTR("en", "Lena Ortiz offered a spirited defense of the harbour board.",
         "the harbour board", IND, "named", "Lena Ortiz",
         "offered a spirited defense of");
    ATTR("en", "Lena Ortiz said little about the budget.", "the budget", IND,
         "named", "Lena Ortiz", "said little about");
    /* one record: the noun cue inside is the verb's */
    const char *t1 = "Lena Ortiz expressed her support for the toll.";
    ATTR("en", t1, "the toll", IND, "named", "Lena Ortiz",
         "expressed her support for");
    if (p.at.n != 1) {
        fprintf(stderr, "line %d: one attribution wanted in: %s\n", __LINE__,
                t1);
        th_failures++;
    }
    /* not a verb that only announces, nor a time after the preposition */
    ATTR("en", "Lena Ortiz announced her support for Tom Reyes.",
         "her support for Tom Reyes", IND, "named", "Lena Ortiz", "announced");
    NO_CONTENT("en",
               "Lena Ortiz expressed hope over the weekend that the pier "
               "would open.",
               "the weekend that the pier would open");
#undef p
}

/* Quotations of one speaker with nothing of the writer's between them are
 * one attribution: a quotation that makes up the next paragraph, or one
 * after the speaker's own participle in the sentence of the cue. */
static void test_quote_continued(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SEGMENTS("en",
             "\"The pier is safe,\" Lena Ortiz said.\n\n\"We checked every "
             "beam twice.\"\n",
             1, "The pier is safe,", DIR, 1, "We checked every beam twice.");
    SEGMENTS("en",
             "\"The pier is safe,\" Lena Ortiz said, pointing to the new "
             "report. \"We checked every beam twice.\"\n",
             2, "The pier is safe,", DIR, 1, "We checked every beam twice.");
    SEGMENTS("en",
             "\"The pier is safe,\" said Lena Ortiz, who praised the "
             "engineers. \"We checked every beam twice.\"\n",
             2, "The pier is safe,", DIR, 1, "We checked every beam twice.");
    /* not after other words of the writer's, nor a paragraph with a cue
     * of another speaker */
    SEGMENTS("en",
             "\"The pier is safe,\" Lena Ortiz said.\n\nThe council met on "
             "Friday.\n\n\"We checked every beam twice.\"\n",
             2, "The pier is safe,", DIR, 0, NULL);
    SEGMENTS("en",
             "\"The pier is safe,\" Lena Ortiz said.\n\n\"The beams are "
             "rotten,\" engineer Tom Reyes told the council. \"We found "
             "cracks.\"\n",
             3, "The pier is safe,", DIR, 0, NULL);
#undef p
}

/* A belief or a wish joined by "and"/"but" to a speech verb of the same
 * subject right after what that verb reports is part of the one statement:
 * one record whose content runs on over the second verb. Another subject,
 * or a second verb that reports speech of its own, keeps two records. */
static void test_coordinated_belief(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SEGMENTS("en",
             "Lena Ortiz says she is proud of the pier and expects it to "
             "open in May.",
             1, "she is proud of the pier and expects it to open in May", IND,
             0, NULL);
    SEGMENTS("en",
             "The harbour master said the old ferry was unsafe but hoped "
             "the council would repair it.",
             1,
             "the old ferry was unsafe but hoped the council would repair it",
             IND, 0, NULL);
    /* another subject after "and": two statements */
    SEGMENTS("en",
             "Lena Ortiz said the pier was unsafe, and the engineers believe "
             "it will hold.",
             2, "the pier was unsafe", IND, 0, NULL);
    /* a second verb of speech: a report of its own */
    SEGMENTS("en",
             "Lena Ortiz said the pier was unsafe and warned that the ferry "
             "would stop.",
             2, "the pier was unsafe", IND, 0, NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_time_and_place,
                                         test_evidence_verbs,
                                         test_intentions,
                                         test_agent_subjects,
                                         test_infinitive_subject,
                                         test_characterizing,
                                         test_citing,
                                         test_role_of_organisation,
                                         test_object_ground,
                                         test_object_circumstances,
                                         test_relative_object,
                                         test_contracted_pronouns,
                                         test_no_speaker_phrases,
                                         test_cue_in_compound,
                                         test_clause_end,
                                         test_attitude_object,
                                         test_quote_continued,
                                         test_quote_cue_after,
                                         test_coordinated_belief };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
