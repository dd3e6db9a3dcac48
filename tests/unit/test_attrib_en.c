/*
 * test_attrib_en.c - English cue classes beyond speech: intentions and
 * positions (stance), knowing and perceiving (belief), the writer's hedge
 * (evidential: "seems to", "is expected to"), their holders and contents,
 * and the senses and frames that are no attribution. Own sentences; same
 * pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

enum {
    EVIDENCE = FSC__CLS_EVIDENCE,
    STANCE = FSC__CLS_STANCE,
    BELIEF = FSC__CLS_BELIEF,
    EVIDENTIAL = FSC__CLS_EVIDENTIAL
};

/* Intentions and positions: the subject holds them, the infinitive or the
 * object is what is wanted. */
static void test_stance(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The harbour authority wants to close the old pier "
                     "before the winter storms.";
    CLS(t1, "to close the old pier before the winter storms", STANCE, "wants");
    SPEAKER("en", t1, "to close the old pier before the winter storms", NOMINAL,
            "The harbour authority", NULL);
    const char *t2 = "Nadia Ferreira planned to open a second bakery in "
                     "the spring.";
    CLS(t2, "open a second bakery in the spring", STANCE, "planned to");
    SPEAKER("en", t2, "open a second bakery in the spring", NAMED,
            "Nadia Ferreira", NULL);
    CLS("The council decided to delay the vote on the new tram line.",
        "to delay the vote on the new tram line", STANCE, "decided");
    /* "want" as a noun after a determiner is no intention */
    NO_CUE("The village suffered from a want of clean water for years.",
           "want");
#undef p
}

/* Knowing and perceiving: the subject's belief about the object or the
 * clause that follows. */
static void test_belief(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The fishermen knew that the river would flood by "
                     "August.";
    CLS(t1, "the river would flood by August", BELIEF, "knew");
    SPEAKER("en", t1, "the river would flood by August", NOMINAL,
            "The fishermen", NULL);
    CLS("Many teachers feel that the new timetable is too long.",
        "the new timetable is too long", BELIEF, "feel");
    CLS("Local traders saw the new tax as a threat to their shops.",
        "the new tax as a threat to their shops", BELIEF, "saw");
#undef p
}

/* The writer's hedge: no holder, the subject is what it is said of; the
 * content keeps the authorial voice. */
static void test_evidential(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "The new ferry terminal is expected to open in May.";
    CLS(t1, "open in May", EVIDENTIAL, "is expected to");
    SPEAKER("en", t1, "open in May", UNRES, NULL, NULL);
    VOICE("en", t1, "open in May", AUTH, NULL);
    const char *t2 = "The coach seemed unhappy with the referee's decision.";
    CLS(t2, "unhappy with the referee's decision", EVIDENTIAL, "seemed");
    SPEAKER("en", t2, "unhappy with the referee's decision", UNRES, NULL, NULL);
    VOICE("en", t2, "unhappy", AUTH, NULL);
    /* a believer named: "expects" keeps its subject as the holder */
    SPEAKER("en", "The coach expects to win the final on Sunday.",
            "to win the final on Sunday", NOMINAL, "The coach", NULL);
    /* "appeared in court", "appears on the ballot": an appearance, no
     * hedge */
    NONE("en", "The former mayor appeared in court on Monday morning.");
    NONE("en", "Her name appears on the ballot in every district.");
#undef p
}

/* An attitude inside what someone reports, with no holder of its own, is
 * part of that report; one with its own named holder is a record. */
static void test_nested(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Most residents said they want a new bus route to the "
                     "hospital.";
    SPEAKER("en", t1, "they want a new bus route to the hospital", NOMINAL,
            "Most residents", NULL);
    NO_CUE(t1, "want");
    const char *t2 = "The minister added that he expects to sign the treaty "
                     "in June.";
    NO_CUE(t2, "expects");
    /* a named holder inside the report stays a (nested) record */
    const char *t3 = "The mayor said that the governor wants a new bridge "
                     "over the canal.";
    CLS(t3, "a new bridge over the canal", STANCE, "wants");
    /* ... and one later in the report does not end it */
    const char *t4 = "The coach said she moved the training to Monday "
                     "because she wanted the players to rest.";
    SPEAKER("en", t4,
            "she moved the training to Monday because she wanted the "
            "players to rest",
            NOMINAL, "The coach", NULL);
    NO_CUE(t4, "wanted");
#undef p
}

/* What comes before the cue and a comma is a preposed circumstance when
 * the cue takes an infinitive after it; "to" + an addressee is no
 * complement, and what precedes is what is said. */
static void test_sides(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("en",
            "In the coming months, the governor vowed to close the old "
            "prison.",
            "to close the old prison", NOMINAL, "the governor", NULL);
    SPEAKER("en",
            "At a rally in Dayton, Carla Mendes promised to cut the tax on "
            "seed.",
            "to cut the tax on seed", NAMED, "Carla Mendes", NULL);
    SPEAKER("en", "The plant will close in May, the owner said to reporters.",
            "The plant will close in May", NOMINAL, "the owner", NULL);
    /* the addressee of "told" is neither content nor source */
    SPEAKER("en",
            "The bakery had served the town for decades, a county clerk "
            "told The Riverside Herald.",
            "The bakery had served the town for decades", NOMINAL,
            "a county clerk", NULL);
    SPEAKER("en", "Mr. Haddad told The Coastal Times he would not resign.",
            "he would not resign", NAMED, "Mr. Haddad", NULL);
    SPEAKER("en", "The bridge would reopen in June, the engineer told them.",
            "The bridge would reopen in June", NOMINAL, "the engineer", NULL);
#undef p
}

/* A name, a party-and-state label or a parenthesis, then an apposition,
 * then the cue: the name is the source, not the content. */
static void test_labels(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("en",
            "Sen. Ruth Okafor, D-Ore., a member of the budget committee, "
            "said the cuts would hurt rural schools.",
            "the cuts would hurt rural schools", NAMED, "Sen. Ruth Okafor",
            NULL);
    SPEAKER("en",
            "Rep. Daniel Kowalski (Wis.), a delegate backing the mayor, said "
            "he had spoken with dozens of farmers.",
            "he had spoken with dozens of farmers", NAMED,
            "Rep. Daniel Kowalski", NULL);
    /* one apposition, as before */
    SPEAKER("en",
            "Lena Fischer, the director of the museum, said the roof was "
            "leaking.",
            "the roof was leaking", NAMED, "Lena Fischer", NULL);
    /* an age between commas, then an apposition: the name, not the age */
    SPEAKER("en",
            "Tomas Reyes, 52, a welder from Toledo, said the plant had "
            "stopped hiring.",
            "the plant had stopped hiring", NAMED, "Tomas Reyes", NULL);
    SPEAKER("en", "Amira Haddad, 34, said the clinic was closed.",
            "the clinic was closed", NAMED, "Amira Haddad", NULL);
    /* a US state after its town, set off by commas, inside the
     * apposition: "Salem, Ore.," is one place, its point ends nothing */
    SPEAKER("en",
            "Marta Oyelaran, a nurse in Salem, Ore., said the ward had been "
            "closed.",
            "the ward had been closed", NAMED, "Marta Oyelaran", NULL);
    SPEAKER("en",
            "Dev Raman, who lives in Austin, Tex., told reporters the ward "
            "had been closed.",
            "the ward had been closed", NAMED, "Dev Raman", NULL);
    SPEAKER("en",
            "\"We cannot wait another winter,\" Marta Oyelaran, a nurse in "
            "Fresno, Calif., said by telephone. \"The roof leaks.\"",
            "We cannot wait another winter,", NAMED, "Marta Oyelaran", NULL);
    /* (a state that ends its sentence joins nothing to the next one) */
    SPEAKER("en",
            "The march reached Salem, Ore. Two nurses said the ward had been "
            "closed.",
            "the ward had been closed", NOMINAL, "Two nurses", NULL);
#undef p
}

/* A noun phrase with prepositional phrases opening the clause is the
 * subject; a phrase after "than" or an infinitive's object is none. */
static void test_pp_subjects(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("en", "Partisans on both sides warn that the ferry tax will fail.",
            "the ferry tax will fail", NOMINAL, "Partisans on both sides",
            NULL);
    SPEAKER("en",
            "The deputy head of the delegation to the forum said the ferry "
            "tax would fail.",
            "the ferry tax would fail", NOMINAL,
            "The deputy head of the delegation to the forum", NULL);
    SPEAKER("en",
            "The mayor's letter to the council notes that the ferry tax "
            "will fail.",
            "the ferry tax will fail", NOMINAL,
            "The mayor's letter to the council", NULL);
    SPEAKER("en", "The ferry vote came sooner than anyone had expected it.",
            "it", UNRES, NULL, NULL);
    /* a time phrase with "later"/"earlier" between subject and verb */
    SPEAKER("en",
            "When Ortiz a month later announced that the ferry tax would "
            "fail, nobody listened.",
            "the ferry tax would fail", NAMED, "Ortiz", NULL);
    SPEAKER("en",
            "The mayor two days earlier said that the ferry tax would fail.",
            "the ferry tax would fail", NOMINAL, "The mayor", NULL);
    /* "here", "there" after the subject */
    SPEAKER("en",
            "The ward in Porto closed in May. Two nurses there said the ferry "
            "tax had hurt them.",
            "the ferry tax had hurt them", NOMINAL, "Two nurses", NULL);
    /* a circumstance between the name and the verb is no subject */
    SPEAKER("en",
            "Ortiz during a radio interview warned that the ferry tax would "
            "fail.",
            "the ferry tax would fail", NAMED, "Ortiz", NULL);
    /* "he"/"she" continues a person, not a document or a body named by
     * a noun phrase */
    SPEAKER("en",
            "A page on the port's website says the ferry tax will stay. She "
            "said the fares would rise.",
            "the fares would rise", PRONOUN, "She", NULL);
    SPEAKER("en",
            "A spokeswoman for the port said the ferry tax will stay. She "
            "said the fares would rise.",
            "the fares would rise", PRONOUN, "She",
            "A spokeswoman for the port");
    /* (after "after" a clause of its own: its subject speaks) */
    SPEAKER("en",
            "The fares rose after the ferry company said the tax would stay.",
            "the tax would stay", NOMINAL, "the ferry company", NULL);
    SPEAKER("en",
            "Reis met the staff on Monday to map out plans to cut the ferry "
            "tax.",
            "cut the ferry tax", UNRES, NULL, NULL);
#undef p
}

/* "found" reports evidence only with a data noun in its subject. */
static void test_found(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    CLS("A survey of dairy farmers found that most of them plan to sell.",
        "most of them plan to sell", EVIDENCE, "found");
    NONE("en", "Divers found the missing boat near the harbour wall.");
    /* "found that", "shows that": a finding reported, whoever holds it */
    CLS("The auditors found that the council had overspent on the tram.",
        "the council had overspent on the tram", EVIDENCE, "found");
    SPEAKER(
        "en", "The auditors found that the council had overspent on the tram.",
        "the council had overspent on the tram", NOMINAL, "The auditors", NULL);
    CLS("Their long experience shows that small farms survive droughts.",
        "small farms survive droughts", EVIDENCE, "shows");
    NONE("en", "The mayor has shown little interest in the harbour.");
    /* "shown" after "have", with polls as its subject */
    CLS("Several polls have shown the mayor ahead by ten points.",
        "the mayor ahead by ten points", EVIDENCE, "shown");
#undef p
}

/* Subjects with a long relative clause or apposition before the verb, and
 * circumstances after it that are not what is said. */
static void test_circumstances(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a relative clause of up to 28 words between the name and the verb */
    SPEAKER("en",
            "Marta Velasquez, who took over as head of the regional water "
            "board after the previous director resigned over the drought, "
            "said the reservoirs would be full by May.",
            "the reservoirs would be full by May", NAMED, "Marta Velasquez",
            NULL);
    /* a subject not found: a clause after the verb is still what is said,
     * not the apposition before it */
    CLS("Tomas Berg, a longtime member of the city council and the owner of "
        "two hardware stores in the old market district and a bakery, said "
        "the bridge would close.",
        "the bridge would close", FSC__CLS_SPEECH, "said");
    /* "wrote in a letter ... that": what is written follows "that" */
    CLS("The mayor wrote in a letter to residents that the bridge would "
        "reopen in June.",
        "the bridge would reopen in June", FSC__CLS_SPEECH, "wrote");
    /* a circumstance and no complementizer: nothing is reported */
    NO_CUE("The mayor wrote on Facebook.", "wrote");
    NO_CUE("The senator conceded when the polls closed in the west.",
           "conceded");
    /* senses that are no attribution */
    NO_CUE("Ana Ruiz works for a progressive think tank in Madrid.", "think");
    NO_CUE("The storm added to the pressure on the port authority.", "added");
    /* "call" labelling a reflexive or a named object with a label after
     * it; "a group called X" names */
    CLS("Last year the mayor called himself a moderate.", "himself a moderate",
        FSC__CLS_SPEECH, "called");
    CLS("The senator joked about the weather and called Nolan \"a true "
        "optimist\" at the dinner.",
        "Nolan \"a true optimist\" at the dinner", FSC__CLS_SPEECH, "called");
    NO_CUE("She joined a group called Citizens First in 2009.", "called");
    /* a name and its label right after it; a title's period inside the
     * object does not end it; a span of time after a name is no label */
    CLS("At the rally Ms. Ortiz called Ecker a coward.", "Ecker a coward",
        FSC__CLS_SPEECH, "called");
    CLS("The mayor called Mrs. Lind an ''enemy of the harbour.''",
        "Mrs. Lind an ''enemy of the harbour", FSC__CLS_SPEECH, "called");
    NO_CUE("Ortiz called Ecker a week later about the boat.", "called");
    /* right after a noun with "a/an" at once, "called" names; a clause
     * after the named object holds no label; an object before the label
     * or a pronoun subject still labels */
    NO_CUE("The team studied a pattern called a \"glider\" in the old "
           "game.",
           "called");
    NO_CUE("The inn was a retreat for the Earl of Wessex called Ashgrove "
           "Manor before becoming a hotel.",
           "called");
    CLS("The dock critics called the plan a disaster.", "the plan a disaster",
        FSC__CLS_SPEECH, "called");
    CLS("Later she called a \"farce\" the inquiry into the port.",
        "a \"farce\" the inquiry into the port", FSC__CLS_SPEECH, "called");
    /* the title of a work in quotation marks is nobody's speech */
    NONE("en", "She later acted in the Syfy movie \u201cSharknado 3: Oh Hell "
               "No\u201d and opened a restaurant.");
    NONE("ar", "وعرضت القناة مسلسل \"رحلة طويلة إلى الجبل الأخضر البعيد\" "
               "في رمضان الماضي.");
#undef p
}

/* Noun cues ("her support for", "Trump's attacks on", "voiced support
 * for"): the possessor or the subject of the verb that carries the noun
 * holds the position; "support for X is growing" names no one. */
static void test_noun_cues(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Senator Maria Lopez spoke at the rally. Her support "
                     "for the tax plan surprised the crowd.";
    SPEAKER("en", t1, "the tax plan surprised the crowd", PRONOUN, "Her",
            "Senator Maria Lopez");
    const char *t2 = "The mayor voiced strong support for the new stadium.";
    SPEAKER("en", t2, "the new stadium", NOMINAL, "The mayor", NULL);
    const char *t3 = "Governor Ann Holt is doubling down on her opposition "
                     "to the toll road.";
    SPEAKER("en", t3, "the toll road", PRONOUN, "her", "Governor Ann Holt");
    /* the subject of the verb that governs "their concerns about" */
    SPEAKER("en",
            "Some of the nurses shared their concerns about the new "
            "shifts.",
            "the new shifts", NOMINAL, "the nurses", NULL);
    const char *t4 = "Support for the plan is growing among farmers.";
    SPEAKER("en", t4, "the plan is growing among farmers", UNRES, NULL, NULL);
    /* a quantifier alone is a subject; a participle right after a noun
     * phrase is held by it */
    SPEAKER("en", "Both have promised to cut the bus fares.",
            "to cut the bus fares", NOMINAL, "Both", NULL);
    SPEAKER("en", "Farmers demanding lower diesel prices blocked the motorway.",
            "lower diesel prices blocked the motorway", NOMINAL, "Farmers",
            NULL);
    /* the subject of the verb or adjective that takes the infinitive;
     * over a party label in brackets */
    SPEAKER("en",
            "Local bakers are quick to point out that flour prices doubled.",
            "flour prices doubled", NOMINAL, "Local bakers", NULL);
    SPEAKER("en",
            "Rep. Ana Ortiz (D-Ore.) has criticized the agency for its "
            "delays.",
            "the agency for its delays", NAMED, "Rep. Ana Ortiz", NULL);
    /* a participle after the main clause: its subject, after a
     * conjunction, or a common noun phrase up to its verb */
    SPEAKER("en",
            "And even Mayor Lin tried to calm the crowd, noting that the "
            "water was safe.",
            "the water was safe", NAMED, "Mayor Lin", NULL);
    SPEAKER("en",
            "The regional union has been outspoken about the tariff, "
            "arguing that it hurts small growers.",
            "it hurts small growers", NOMINAL, "The regional union", NULL);
    /* a capitalised party label in apposition is no name: "Democrat of
     * Tennessee" */
    SPEAKER("en",
            "Representative Ana Ortiz, Democrat of Oregon, told reporters "
            "that the dam would hold.",
            "the dam would hold", NAMED, "Representative Ana Ortiz", NULL);
    /* a cue after a quotation, past a name with a party label in
     * apposition */
    SPEAKER("en",
            "\"We will not give up the library,\" Representative Ana Ortiz, "
            "Democrat of Oregon, told the crowd.",
            "We will not give up the library,", NAMED,
            "Representative Ana Ortiz", NULL);
    /* over a verb that takes the infinitive, even one that can be a cue
     * elsewhere ("continued") */
    SPEAKER("en",
            "Even after the vote, Ferreira continued to say the count was "
            "wrong.",
            "the count was wrong", NAMED, "Ferreira", NULL);
    /* a participle opening its sentence has the main clause's subject,
     * written after its comma */
    SPEAKER("en",
            "Stressing the cost of the works, Mayor Ecker asked for a new "
            "vote.",
            "the cost of the works", DROPPED, NULL, "Mayor Ecker");
    /* a name with its affiliation after the cue ends the clause */
    SPEAKER("en",
            "\"The rules were never clear,\" said Ruth Alder of the "
            "University of Leeds.",
            "The rules were never clear,", NAMED, "Ruth Alder", NULL);
    /* according-to in the middle of a sentence vouches for both sides
     * of it, however short the rest */
    VOICE("en", "One child was, according to the fire service, among the dead.",
          "dead", ATTR, "named");
    /* verbs of manner of speaking; senses and compounds that report
     * nothing */
    SPEAKER("en", "Coach Ida Moss exclaimed: \"We have never played better!\"",
            "We have never played better!", NAMED, "Coach Ida Moss", NULL);
    SPEAKER("en", "Ms. Holt shot back, \"I chose to run the clinic.\"",
            "I chose to run the clinic.", NAMED, "Ms. Holt", NULL);
    NO_CUE("The boxer hit back hard in the third round.", "hit back");
    NO_CUE("Most of the write-ins came from rural counties.", "write");
    NO_CUE("Experts could not tell what animal the bone came from.", "tell");
    NO_CUE("The team will look to see if the sample holds any proteins.",
           "see");
    /* "attacks on" after "the" or a word of armed attack is an attack,
     * no report; a possessor's name is the source, named */
    NO_CUE("Police questioned two men about the attacks on the depot.",
           "attacks on");
    NO_CUE("Rocket attacks on the border town resumed at dawn.", "attacks on");
    SPEAKER("en",
            "Critics did not fail to mention Ana Ortiz's opposition to "
            "the dam.",
            "the dam", NAMED, "Ana Ortiz's", NULL);
    /* "too focused on": an adjective, no cue */
    NO_CUE("The board was too focused on short-term profits.", "focused on");
#undef p
}

static void test_names(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a short name is named by the one fuller name written before it,
     * speaker or not; its antecedent span stays the nearest mention */
    const char *t1 = "The panel heard Nadia Ferreira and Tom Ecker. Ferreira "
                     "said the river had been dredged too deep.";
    SPEAKER("en", t1, "the river had been dredged too deep", NAMED, "Ferreira",
            NULL);
    RNAME("en", t1, "the river had been dredged too deep", "Nadia Ferreira");
    RNAME("en",
          "Observers Nadia Ferreira and Tom Ecker came. Mrs. Ferreira "
          "said the vote was fair.",
          "the vote was fair", "Nadia Ferreira");
    /* the fuller name with the words after the short one ("Rosa Ibarra
     * Soto"); a quotation that continues after the speaker's participle
     * is a further segment of the nearest mention's */
    const char *t3 = "Rosa Ibarra Soto runs the bank. \"We need the law,\" "
                     "said Ms. Ibarra, referring to the bill. \"Give us the "
                     "tool.\"";
    RNAME("en", t3, "We need the law,", "Rosa Ibarra Soto");
    SEGMENTS("en", t3, 2, "We need the law,", DIR, 1, "Give us the tool.");
    /* two different people of that name: the text does not say which */
    RNAME("en", "Paul Ecker and Tom Ecker came. Ecker said the vote was fair.",
          "the vote was fair", "Ecker");
    /* two names joined by "and" are a group: no person's name is cut out
     * of them, they are no fuller mention of either, and "they" may take
     * them up */
    const char *t2 = "Candidates Ines Walsh and Omar Reyes debated. Walsh and "
                     "Reyes expressed concerns about the new dam. Walsh "
                     "commented on the cost of the works.";
    RNAME("en", t2, "the new dam", "Walsh and Reyes");
    RNAME("en", t2, "the cost of the works", "Ines Walsh");
    /* a report inside a relative clause set off by commas ends at its
     * closing comma; "which" stands for a thing, never the antecedent of
     * "he" */
    SPEAKER("en",
            "The league, which describes itself as neutral, funds three "
            "clubs.",
            "itself as neutral", PRONOUN, "which", "The league");
    SPEAKER("en",
            "In Leeds, which was planning to hold a vote, Mayor Tom Ecker "
            "cancelled it. He said, \"The risk is too high.\"",
            "The risk is too high.", PRONOUN, "He", "Mayor Tom Ecker");
    /* the addressee of "told", a common noun phrase and a time phrase,
     * is no content: what follows the comma is a direct quotation */
    ATTR("en",
         "Ruth Alder told the press last week, \"The dam will hold for "
         "years.\"",
         "The dam will hold for years.", DIR, "named", "Ruth Alder", "told");
    ATTR("en", "Ruth Alder told local reporters that the dam would hold.",
         "the dam would hold", IND, "named", "Ruth Alder", "told");
    /* an evidence phrase that opens with its data noun: the noun's
     * phrase is the source */
    SPEAKER("en", "The new survey showed that most farmers sold early.",
            "most farmers sold early", NOMINAL, "The new survey", NULL);
    /* a quotation after a colon, with no cue, in a sentence that opens
     * with a name and its verb: that name speaks */
    SPEAKER("en",
            "Mayor Ecker answered the critics. Ferreira delivered a sharp "
            "retort: \"Nobody is closing the library.\"",
            "Nobody is closing the library.", NAMED, "Ferreira", NULL);
    /* a sentence adverb capitalised at the start is no part of a name */
    SPEAKER("en", "Later Walsh commented on the cost of the works.",
            "the cost of the works", NAMED, "Walsh", NULL);
#undef p
}

/* Where a report ends and which quotation a cue takes. */
static void test_structure(pipe *pp)
{
#define p (*pp)
    /* after "said Mara Lind," a phrase that describes her is no part of
     * what she said; a clause that goes on after the parenthetical is */
    SEGMENTS("en",
             "Prices will fall next year, said Mara Lind, an analyst at the "
             "Farm Bureau.",
             1, "Prices will fall next year", IND, 0, NULL);
    SEGMENTS("en",
             "Prices will fall, said Mara Lind, who runs the Farm Bureau.", 1,
             "Prices will fall", IND, 0, NULL);
    SEGMENTS("en", "The plan, said Mara Lind, would cost billions.", 1,
             "The plan", IND, 1, "would cost billions");
    /* a second report joined by "and" ends the first one and keeps its
     * own, though its verb is an attitude inside the first */
    const char *t1 = "Mara Lind said that she wants a recount and "
                     "predicted that the court would rule soon.";
    ATTR("en", t1, "she wants a recount", IND, "named", "Mara Lind", "said");
    SPEAKER("en", t1, "the court would rule soon", PRONOUN, "she", "Mara Lind");
    /* the person asked stands between the verb and the quotation */
    ATTR("en", "Tom Ecker then asked the buzzing crowd, \"Can she stay?\"",
         "Can she stay?", DIR, "named", "Tom Ecker", "asked");
    /* a question that ends its sentence does not take the verb of a next
     * sentence whose subject is set off by commas */
    SPEAKER("en",
            "Tom Ecker spoke first. \"Can she stay with us for the whole "
            "summer?\" Mara Lind, who chairs the board, said she could.",
            "Can she stay with us for the whole summer?", DROPPED, NULL,
            "Tom Ecker");
    /* a quotation with no cue after one of "Clark" goes on with it, whose
     * name is the fuller one written before */
    const char *t2 =
        "\"We need a plan,\" said Murray Clark, the party chairman. \"We lost "
        "the vote,\" Clark said, noting that he would run again. \"We will be "
        "back next year.\"";
    SEGMENTS("en", t2, 3, "We lost the vote,", DIR, 1,
             "We will be back next year.");
    RNAME("en", t2, "We lost the vote,", "Murray Clark");
    /* after the quotation, a name and a long description between commas
     * before the verb */
    ATTR("en",
         "\"It is a mistake. It is a big mistake,\" Tom Ecker, the chief "
         "strategist of the city's campaign in 2020, said on Monday.",
         "It is a mistake. It is a big mistake,", DIR, "named", "Tom Ecker",
         "said");
    /* a cue and colon closing a paragraph introduce the quotation that
     * opens the next one; without the colon the paragraphs stay apart */
    SPEAKER("en",
            "George Wallace led the state. In a 1963 speech, he declared:\n\n"
            "\"It is right that we sound the drum for freedom here.\"\n\nHe "
            "lost.",
            "It is right that we sound the drum for freedom here.", PRONOUN,
            "he", "George Wallace");
    SPEAKER("en",
            "George Wallace led the state. In a 1963 speech, he declared war "
            "on the press.\n\n\"It is right that we sound the drum for "
            "freedom here.\"",
            "It is right that we sound the drum for freedom here.", DROPPED,
            NULL, "George Wallace");
    /* a person's name alone before a colon labels the quotation after
     * it, as in a transcript; a label that names nobody does not */
    const char *t3 = "Hillary Clinton and Jeb Bush spoke in Iowa on Monday.\n\n"
                     "Clinton: \"Our goal is to defeat the group.\" Update: "
                     "\"The vote was moved to Friday.\"";
    RNAME("en", t3, "Our goal is to defeat the group.", "Hillary Clinton");
    SPEAKER("en", t3, "The vote was moved to Friday.", DROPPED, NULL,
            "Clinton");
    /* a name's description opened by "a" may run to 24 words between
     * commas before the verb */
    ATTR("en",
         "Representative Ana Ortiz, a Democrat of Oregon and a member of the "
         "House's Permanent Select Committee on Transport, said the bridge was "
         "safe.",
         "the bridge was safe", IND, "named", "Representative Ana Ortiz",
         "said");
    /* a quantifier after a pronoun ("they all"), and a quantifier alone
     * after a subordinator, are the subject */
    SPEAKER("en",
            "The senators met again. Later they all vowed to block the bill.",
            "to block the bill", PRONOUN, "they", NULL);
    SPEAKER("en",
            "Few have signed it, even though several oppose the new levy.",
            "the new levy", NOMINAL, "several", NULL);
    /* cues of attribution-cues 0.9.0: speech verbs, and the base form
     * (the plural present) of verbs whose other forms were listed */
    ATTR("en", "Mara Lind opined that the dam would hold.",
         "the dam would hold", IND, "named", "Mara Lind", "opined");
    ATTR("en",
         "President Alma Ruiz elaborated, \"A state must protect its "
         "citizens.\"",
         "A state must protect its citizens.", DIR, "named",
         "President Alma Ruiz", "elaborated");
    ATTR("en",
         "Senate President Tom Ecker expressed opposition to the new tax.",
         "the new tax", IND, "named", "Senate President Tom Ecker",
         "expressed opposition to");
    SPEAKER("en", "Many local farmers decry the new tax on diesel.",
            "the new tax on diesel", NOMINAL, "Many local farmers", NULL);
    /* not a report: watching the sky */
    NONE("en", "The astronomers started observing the system in 1999.");
#undef p
}

/* Cues added after the PolNeAR dev count of missed reporting phrases:
 * each kept only where its dev precision held; their noun readings stay
 * out. */
static void test_more_cues(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en", "Mara Lind made it clear that the dam would hold.",
         "the dam would hold", IND, "named", "Mara Lind", "made it clear");
    ATTR("en", "Senator Tom Ecker took issue with the new tax on diesel.",
         "the new tax on diesel", IND, "named", "Senator Tom Ecker",
         "took issue with");
    CLS("The governor distanced herself from the plan to close the port.",
        "the plan to close the port", STANCE, "distanced herself from");
    CLS("Many farmers worried about the price of diesel.",
        "the price of diesel", BELIEF, "worried about");
    ATTR("en", "The mayor outlined a plan to rebuild the harbour.",
         "a plan to rebuild the harbour", IND, "named", "The mayor",
         "outlined");
    /* "remembered" reports only in a frame: after a quotation, before
     * "that"; "remembered the victims" commemorates */
    ATTR("en",
         "\"She never asked for help,\" remembered Tom Ecker, a former "
         "aide.",
         "She never asked for help,", DIR, "named", "Tom Ecker", "remembered");
    NO_CUE("The town remembered the victims of the storm on Sunday.",
           "remembered");
    /* the nouns: a vow taken, a question asked of someone */
    NO_CUE("She took a vow of silence in 1999.", "vow");
    NONE("en", "The question of funding was left open.");
#undef p
}

/* English passives that report: a question asked, a charge made, the
 * agent after "by" as the source; a stranded preposition reports
 * nothing. */
static void test_passives(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en",
         "During the debate, Ortiz was asked whether she would raise "
         "taxes.",
         "whether she would raise taxes", IND, "unresolved", NULL, "asked");
    ATTR("en", "The harbour master was asked about the closure of the pier.",
         "about the closure of the pier", IND, "unresolved", NULL, "asked");
    ATTR("en", "The mayor has been criticized for closing the old pier.",
         "for closing the old pier", IND, "unresolved", NULL, "criticized");
    ATTR("en", "Ortiz was accused of hiding the audit from the council.",
         "of hiding the audit from the council", IND, "unresolved", NULL,
         "accused");
    ATTR("en",
         "The mayor was criticized by local farmers for closing the "
         "pier.",
         "for closing the pier", IND, "named", "local farmers", "criticized");
    SPEAKER("en", "Ortiz was accused by two of her aides of hiding the audit.",
            "of hiding the audit", ANON, "two of her aides", NULL);
    /* a passive of speech with its agent and nothing after it: the agent
     * spoke of the subject; "as" gives what was said */
    SPEAKER("en",
            "The new levy was condemned by the shipping council on Friday.",
            "The new levy", NOMINAL, "the shipping council", NULL);
    SPEAKER("en", "The closure was first reported by the Harbour Gazette.",
            "The closure", NOMINAL, "the Harbour Gazette", NULL);
    SPEAKER("en",
            "The harbour plan was described by the mayor as a costly "
            "mistake.",
            "a costly mistake", NOMINAL, "the mayor", NULL);
    /* "by phone", "by Monday": a means or a time, no agent */
    NO_CONTENT("en", "The order was confirmed by phone on Monday.",
               "The order");
    /* no charge or question after it: nothing reported */
    NO_CUE("These are the crimes he is accused of, the judge said.", "accused");
    NO_CUE("Ortiz was asked for her ticket at the gate.", "asked");
#undef p
}

/* The subject of the clause a participle or a quotation with no cue
 * hangs on. */
static void test_participle_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a participle after the clause of a subject that opens with a
     * capitalised "The": that subject, not the earlier speaker */
    SPEAKER("en",
            "Mayor Ana Ortiz spoke on Monday. The Harbour Workers Union "
            "released a statement on Wednesday, saying the pier was unsafe.",
            "the pier was unsafe", NOMINAL, "The Harbour Workers Union", NULL);
    /* the cue after a quotation that ends in a question mark (the
     * sentence ends inside the quotation), and a relative clause after
     * the subject set after the cue */
    SPEAKER("en",
            "Mayor Ana Ortiz spoke first. \"Why should the pier close?\" "
            "asked Tom Ecker, now a radio host in Maine.",
            "Why should the pier close?", NAMED, "Tom Ecker", NULL);
    SPEAKER("en",
            "\"The plan is a gift to developers,\" said the man who built "
            "the old pier.",
            "The plan is a gift to developers,", NOMINAL, "the man", NULL);
    /* a share of people as the subject */
    SPEAKER("en",
            "Mayor Ana Ortiz spoke first. One in three said the harbour "
            "should stay open.",
            "the harbour should stay open", NOMINAL, "One in three", NULL);
    SPEAKER("en",
            "In Maine, about half of Democratic primary voters said they "
            "would strike.",
            "they would strike", NOMINAL,
            "about half of Democratic primary voters", NULL);
    SPEAKER("en",
            "Mayor Ana Ortiz spoke first. About four out of 10 voters said "
            "the harbour should stay open.",
            "the harbour should stay open", NOMINAL,
            "About four out of 10 voters", NULL);
    /* an opening adverb in -ly and its phrase, a town's state after an
     * opening phrase, a dateline in capitals: none is the subject */
    SPEAKER("en",
            "Mayor Ana Ortiz spoke first. Shortly after the vote, Senator Tom "
            "Ecker issued a statement saying the pier would close.",
            "the pier would close", NAMED, "Senator Tom Ecker", NULL);
    SPEAKER("en",
            "Mayor Ana Ortiz spoke first. Speaking at a rally in Salem, "
            "Oregon, Ecker went after the council, calling it a disgrace.",
            "it a disgrace", NAMED, "Ecker", NULL);
    SPEAKER("en",
            "Mayor Ana Ortiz spoke first. PORTLAND, Maine - Senator Tom Ecker "
            "walked out on Saturday, saying the vote was rigged.",
            "the vote was rigged", NAMED, "Senator Tom Ecker", NULL);
    /* a quotation with no cue inside the writer's sentence: the
     * sentence's subject, not the newest speaker before it */
    SPEAKER("en",
            "Mayor Ana Ortiz said the pier would close. Tom Ecker was blunt "
            "at the meeting -- \"the harbour will die in a year.\"",
            "the harbour will die in a year.", NAMED, "Tom Ecker", NULL);
#undef p
}

/* The extent of what is said: a report nested in a that-clause does not
 * end it, a long circumstance before "that" is no content, and an
 * English participle after a comma reports what follows it. */
static void test_extent(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Carson noted that the paper's Robert Costa had "
                     "reported the story in June.";
    ATTR("en", t1, "the paper's Robert Costa had reported the story in June",
         IND, "named", "Carson", "noted");
    /* after a comma and "and", a new clause ends the first report */
    const char *t2 = "Aides said that the bridge was unsafe, and Ortiz said "
                     "it was sound.";
    ATTR("en", t2, "the bridge was unsafe", IND, "anonymous", "Aides", "said");
    ATTR("en",
         "Shortly afterward, Senator Ana Ortiz said on her official Twitter "
         "feed that the vote was delayed.",
         "the vote was delayed", IND, "named", "Senator Ana Ortiz", "said");
    ATTR("en",
         "Clinton's husband, Bill, effectively hurled the kitchen sink at "
         "Ortiz in a speech Sunday, accusing Ortiz's followers of sexism.",
         "Ortiz's followers of sexism", IND, "unresolved", NULL, "accusing");
    /* a finite verb after the comma still looks back */
    ATTR("en", "Taxes will rise next year, warned Tom Ecker.",
         "Taxes will rise next year", IND, "named", "Tom Ecker", "warned");
    /* a quotation inside the sentence it ends, cited by the cue after
     * it: the words before it are the speaker's too (mixed); a title in
     * marks and a quotation after a colon are not */
    SEGMENTS("en",
             "Farmers near the river are \"very, very worried,\" Ortiz said.",
             1, "Farmers near the river are \"very, very worried,",
             FSC__ATTR_MIXED, 1, "very, very worried,");
    SEGMENTS("en",
             "Farmers near the river are \"very worried,\" Ortiz said. \"They "
             "lost everything.\"",
             1, "Farmers near the river are \"very worried,", FSC__ATTR_MIXED,
             2, "very worried,");
    SEGMENTS("en",
             "Ecker appeared Sunday on the show \"State of the Union,\" "
             "commenting on the vote.",
             2, "State of the Union,", DIR, 0, NULL);
    SEGMENTS("en", "Her answer was short: \"We will rebuild,\" Ortiz said.", 1,
             "We will rebuild,", DIR, 0, NULL);
    /* with a verb of seeming the subject is part of what seems so: a
     * further segment */
    SEGMENTS("en", "Most farmers seem to agree with the plan.", 1,
             "to agree with the plan", IND, 1, "Most farmers");
    SEGMENTS("en", "Ortiz, who seems ready to run again, spoke first.", 1,
             "ready to run again", IND, 1, "who");
    /* the name after "told" is whom it was told, never the subject */
    ATTR("en",
         "Ana Ortiz, a farmer from the valley, told the Herald that the bridge "
         "was unsafe.",
         "the bridge was unsafe", IND, "named", "Ana Ortiz", "told");
    /* whom it was told and where, to the sentence's end, is not what
     * was told: the sentence before the cue is, or nothing (as with
     * "told reporters.") */
    ATTR("en", "The bridge is unsafe, Ana Ortiz told the council in a letter.",
         "The bridge is unsafe", IND, "named", "Ana Ortiz", "told");
    NO_CONTENT("en",
               "The bridge is unsafe, Ana Ortiz told the council in a letter.",
               "the council in a letter");
    NONE("en", "Ana Ortiz told the council at the town hall.");
    NONE("en", "Ana Ortiz told the harbour board.");
    /* ... but what one tells is, also a clause with no "that" */
    ATTR("en", "Ana Ortiz told reporters the bridge had failed.",
         "the bridge had failed", IND, "named", "Ana Ortiz", "told reporters");
    ATTR("en", "Ana Ortiz told reporters the bridge failed in May.",
         "the bridge failed in May", IND, "named", "Ana Ortiz",
         "told reporters");
    ATTR("en", "Ana Ortiz told the truth about the bridge.",
         "the truth about the bridge", IND, "named", "Ana Ortiz", "told");
    ATTR("en",
         "Ana Ortiz told the council in a letter that the bridge was unsafe.",
         "the bridge was unsafe", IND, "named", "Ana Ortiz", "told");
    /* what is declined is to comment, not the circumstance after it */
    ATTR("en", "Ana Ortiz declined to comment for this article.", "comment",
         IND, "named", "Ana Ortiz", "declined to");
    ATTR("en", "Ana Ortiz declined to comment, and the vote went ahead.",
         "comment", IND, "named", "Ana Ortiz", "declined to");
    ATTR("en", "Ana Ortiz declined to comment on the bridge plan.",
         "comment on the bridge plan", IND, "named", "Ana Ortiz",
         "declined to");
    /* with no complementizer the verb's object is what is reported: a
     * second clause or verb after "and" or "but" ends it; a list of
     * objects does not */
    ATTR("en", "Ana Ortiz praised the new bridge, but the council stayed away.",
         "the new bridge", IND, "named", "Ana Ortiz", "praised");
    ATTR("en", "Ana Ortiz praised the new bridge and walked across it twice.",
         "the new bridge", IND, "named", "Ana Ortiz", "praised");
    ATTR("en", "Ana Ortiz praised the bridge, the road and the tunnel.",
         "the bridge, the road and the tunnel", IND, "named", "Ana Ortiz",
         "praised");
    ATTR("en", "Ana Ortiz announced layoffs and continued cuts in the budget.",
         "layoffs and continued cuts in the budget", IND, "named", "Ana Ortiz",
         "announced");
    /* a verb in -s after "and" with its object opens a second verb
     * phrase of the subject; a plural noun before a preposition or a
     * time phrase is one more object */
    ATTR("en",
         "Ana Ortiz opposed the toll on the old bridge and holds a seat on "
         "the port board.",
         "the toll on the old bridge", IND, "named", "Ana Ortiz", "opposed");
    ATTR("en", "Ana Ortiz opposed the toll and has a seat on the port board.",
         "the toll", IND, "named", "Ana Ortiz", "opposed");
    ATTR("en", "Ana Ortiz opposed the fare rises and threats to the ferries.",
         "the fare rises and threats to the ferries", IND, "named", "Ana Ortiz",
         "opposed");
    NO_CONTENT("en", "Ana Ortiz thanked the nurses and volunteers this week.",
               "the nurses");
    /* an apposition after the object to the sentence's end is not part
     * of it; one set off by two commas, after which the clause goes on,
     * is */
    ATTR("en",
         "Ana Ortiz endorsed the bridge plan, a sign of her support for the "
         "council.",
         "the bridge plan", IND, "named", "Ana Ortiz", "endorsed");
    ATTR("en", "Ana Ortiz said the bridge plan, a costly project, had stalled.",
         "the bridge plan, a costly project, had stalled", IND, "named",
         "Ana Ortiz", "said");
    /* the preposition an active verb takes is not what it reports */
    ATTR("en", "Ana Ortiz asked about the bridge budget.", "the bridge budget",
         IND, "named", "Ana Ortiz", "asked");
    /* a report in a free relative inside the object is part of it */
    ATTR("en", "Ana Ortiz criticized what she called a reckless plan.",
         "what she called a reckless plan", IND, "named", "Ana Ortiz",
         "criticized");
    ATTR("en", "Ana Ortiz praised the bridge and the tunnel.",
         "the bridge and the tunnel", IND, "named", "Ana Ortiz", "praised");
    /* a cue in a relative clause set off by commas, whatever its source:
     * what it reports ends with the clause */
    ATTR("en",
         "The bridge plan, which the mayor said would cost millions, was "
         "dropped in May.",
         "would cost millions", IND, "named", "the mayor", "said");
    /* a parenthetical cue: the rest of the sentence is a second segment,
     * also with a cue inside it, which does not open a clause of its own
     * (the intention "plans to", with its own holder, is a second,
     * nested record) */
    SEGMENTS("en", "His wife, Ortiz says, plans to leave the party next year.",
             2, "His wife", IND, 1, "plans to leave the party next year");
    SEGMENTS("en",
             "The worst moment, she said, was a question at a town hall, when "
             "a student asked why she ran.",
             2, "The worst moment", IND, 1,
             "was a question at a town hall, when a student asked why she ran");
    /* a quotation opened with one style of mark and closed with another */
    ATTR("en",
         "\"The bridge is safe,” said Ana Ortiz, a planner. \"We checked it.”",
         "The bridge is safe,", DIR, "named", "Ana Ortiz", "said");
#undef p
}

/* Quotations inside the writer's sentence, and the speaker's own hedges
 * inside a quotation. */
static void test_embedded(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a quotation as the object of a verb that is no cue speaks for the
     * subject when it says "I" */
    SPEAKER("en",
            "Lisa Mancini has worn costumes for two years. She typically "
            "chooses \"to portray strong women. I also enjoy a twist.\"",
            "to portray strong women. I also enjoy a twist.", PRONOUN, "She",
            "Lisa Mancini");
    SPEAKER("en",
            "Tom Ecker spoke to the crowd. Mara Lind spends her evenings "
            "\"doing what I love most.\"",
            "doing what I love most.", NAMED, "Mara Lind", NULL);
    /* with no first person it may be a title: not the subject's */
    const char *t3 = "Tom Ecker spoke to the crowd. Mara Lind reads \"The "
                     "Long Night\" every winter.";
    const fsc__attribution *x;
    if (pipe_run(&p, t3, "en") &&
        (x = by_content(&p, t3, "The Long Night")) != NULL &&
        span_is(&p, t3, x->src_first_tok, x->src_last_tok, "Mara Lind")) {
        fprintf(stderr, "line %d: a title is not Mara Lind's words\n",
                __LINE__);
        dump(&p, t3);
        th_failures++;
    }
    /* "I think", "we believe" inside a quotation or an interview answer:
     * the speaker's own hedge, no record of its own */
    const char *t4 = "\"I think the bridge is safe,\" said Mara Lind.";
    NO_CUE(t4, "think");
    ATTR("en", t4, "I think the bridge is safe,", DIR, "named", "Mara Lind",
         "said");
    NO_CUE("Q: Will the levy pass?\n\nA: We believe it will pass in June.",
           "believe");
    /* outside quotation marks the writer's own "I think" stays */
    CLS("I think the bridge is safe.", "the bridge is safe", BELIEF, "think");
    /* a generic "you know" and an attitude with no subject inside an
     * answer or a quotation are the speaker's own words too */
    const char *t5 = "Q: Will the levy pass?\n\nA: You know the levy will "
                     "pass in June.\n\nQ: And the bridge?\n\nA: Hoping the "
                     "bridge holds, the town will wait.";
    NO_CUE(t5, "know");
    NO_CUE(t5, "Hoping");
    /* a holder named inside an interview answer keeps the record */
    CLS("Q: Will the levy pass?\n\nA: The mayor believes it will pass in "
        "June.",
        "it will pass in June", BELIEF, "believes");
    /* a quotation with no cue of its own inside what a later cue reports
     * is part of that report, not given to the speaker before it */
    const char *t6 = "Ann Lee said the vote was close. \"Many would call that "
                     "a defeat\" if the mayor lost by ten points, said Tom "
                     "Ray, an analyst at the institute.";
    NO_CONTENT("en", t6, "Many would call that a defeat");
    SPEAKER("en", t6,
            "Many would call that a defeat\" if the mayor lost by ten points",
            NAMED, "Tom Ray", NULL);
    /* (a quotation outside any report keeps its own record) */
    SPEAKER("en",
            "Ann Lee said the vote was close. \"It was a defeat.\" Tom Ray "
            "spoke next.",
            "It was a defeat.", DROPPED, NULL, "Ann Lee");
#undef p
}

/* Cue words in a sense that reports nothing: a judgement ("hard to
 * say"), finding out ("see what happens"), an adjective ("pledged
 * delegates"), a participle after its noun ("a report published Monday"),
 * a byline and an election count; the reporting senses beside them. */
static void test_other_senses(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NO_CUE("It is hard to say whether the bridge will open in May.", "say");
    NO_CUE("It was difficult to see how the council could pay for it.", "see");
    ATTR("en", "The mayor said it is hard to build a bridge.",
         "it is hard to build a bridge", IND, "named", "The mayor", "said");
    NO_CUE("The farmers will wait and see what happens in the spring.", "see");
    /* "is yet to respond": nothing said yet */
    NO_CUE("The port authority is yet to respond to the complaint.", "respond");
    NO_CUE("The mayor has yet to concede the race.", "concede");
    NO_CUE("It is hard to know where the money for the bridge went.", "know");
    NO_CUE("The farmers, you know, were tired of waiting for the bridge.",
           "know");
    NO_CUE("The county as we now know it will change after the vote.", "know");
    ATTR("en", "Ortiz knew the bridge was unsafe.", "the bridge was unsafe",
         IND, "named", "Ortiz", "knew");
    NO_CUE("The teams are jockeying to see who can sign the striker first.",
           "see");
    NO_CUE("Ortiz flew to Cairo to see her ailing father last week.", "see");
    NO_CUE("Hundreds tuned in to see Ecker accept the award.", "see");
    ATTR("en", "Many farmers began to see the bridge as a threat.",
         "the bridge as a threat", IND, "named", "Many farmers", "see");
    /* the noun "thinking" and "(think X)" giving an example report
     * nothing; the verb "thinking" does */
    NO_CUE("The new thinking that took hold in the county favoured farms.",
           "thinking");
    NO_CUE("Ortiz's thinking on the bridge changed after the flood.",
           "thinking");
    NO_CUE("That may be wishful thinking, given the size of the deficit.",
           "thinking");
    NO_CUE("Ortiz said the plan challenges their critical thinking.",
           "thinking");
    NO_CUE("A small county (think Ortiz's hometown) can still win the grant.",
           "think");
    CLS("The farmers warmed to the idea thinking, \"The bridge will help "
        "us.\"",
        "The bridge will help us.", BELIEF, "thinking");
    CLS("The mayor is thinking that the bridge will open in May.",
        "the bridge will open in May", BELIEF, "thinking");
    CLS("It is Ecker who's thinking that the levy will pass.",
        "the levy will pass", BELIEF, "thinking");
    /* "believe me" as an assurance, "saw fit", "see eye to eye", the
     * nouns "fear" and "hope" after a determiner; the verbs beside them */
    NO_CUE("The bridge will open, believe me.", "believe");
    NO_CUE("The council spent the money as it saw fit.", "saw");
    NO_CUE("Ortiz and Ecker rarely see eye to eye on the levy.", "see");
    NO_CUE("The only hope the farmers have is a late frost.", "hope");
    NO_CUE("The flood brought both fear and anger to the valley.", "fear");
    CLS("The farmers hope the bridge will open in May.",
        "the bridge will open in May", BELIEF, "hope");
    CLS("Many farmers fear the levy will fail.", "the levy will fail", BELIEF,
        "fear");
    /* a verb of belief capitalized inside its sentence: a name, a title,
     * a headline in title case; a headline's verb in -s with its subject
     * reports */
    NO_CUE("The mayor's aide Hope Ortiz visited the bridge on Monday.", "Hope");
    NO_CUE("Five Things to Know About the County Levy", "Know");
    NO_CUE("Ortiz starred in the film The Woman Who Knew the River.", "Knew");
    CLS("Ortiz Thinks the Levy Will Pass", "the Levy Will Pass", BELIEF,
        "Thinks");
    /* the noun "focus" after a determiner or a possessor is a topic; the
     * verb reports what a speaker dwelt on */
    NO_CUE("The flood brought a new focus on the old bridge.", "focus on");
    NO_CUE("Ortiz's focus on the levy cost her the farm vote.", "focus on");
    ATTR("en", "Ortiz will focus on the levy.", "the levy", IND, "named",
         "Ortiz", "focus on");
    NO_CUE("Ortiz has won more pledged delegates than Ecker this year.",
           "pledged");
    ATTR("en", "Ortiz pledged to repair every bridge in the county.",
         "to repair every bridge in the county", IND, "named", "Ortiz",
         "pledged");
    NO_CUE("A survey published Monday found that most farmers were worried.",
           "published");
    NO_CUE("The letter, as published in the county paper, was shorter.",
           "published");
    NO_CUE("The count went on late. (Reporting by Ana Ortiz; Editing by "
           "Tom Ecker)",
           "Reporting");
    NO_CUE("Ortiz held a narrow lead, with 90 percent of precincts reporting.",
           "reporting");
    /* a sentence that opens with "In" and a poll: the poll vouches for
     * the clause after the comma; "leads in the polls" does not */
    ATTR("en",
         "In a Gallup/County Herald poll released Monday, 54 percent of "
         "farmers backed the bridge.",
         "54 percent of farmers backed the bridge", ACC, "named",
         "a Gallup/County Herald poll released Monday", "In");
    ATTR("en", "In exit polls, most voters named the economy as their worry.",
         "most voters named the economy as their worry", ACC, "named",
         "exit polls", "In");
    NO_CUE("Ortiz has led in the polls since May, and Ecker trails.", "in");
    NO_CUE("In a memo released as polls closed, the campaign was upbeat.",
           "In");
    NO_CUE("In the polls, anyway.", "In");
    /* the same past the first sentence; not when a word of the sentence
     * comes before "In" */
    ATTR("en",
         "The bridge vote is on Friday. In exit polls, most voters named "
         "the economy as their worry.",
         "most voters named the economy as their worry", ACC, "named",
         "exit polls", "In");
    NO_CUE("The vote is on Friday. Still, in exit polls, most voters named "
           "the economy as their worry.",
           "in");
#undef p
}

/* "it" stands for a body or a document, never for a person. */
static void test_it_pronoun(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the court, the last speaker before "it" */
    SPEAKER("en",
            "The tribunal said the hearing would resume in May. It added "
            "that no witness had been called.",
            "no witness had been called", PRONOUN, "It", "The tribunal");
    /* a person before "it" is no antecedent */
    SPEAKER("en",
            "Karen Holt said the factory would close. It also said the "
            "pensions were safe.",
            "the pensions were safe", PRONOUN, "It", NULL);
    /* "he" still takes the person */
    SPEAKER("en",
            "Karen Holt said the factory would close. She also said the "
            "pensions were safe.",
            "the pensions were safe", PRONOUN, "She", "Karen Holt");
    /* past a person to the body named before */
    SPEAKER("en",
            "The Water Board said supplies were low. Its chairman, Owen "
            "Pike, said rationing was likely. It warned that prices would "
            "rise.",
            "prices would rise", PRONOUN, "It", "The Water Board");
#undef p
}

/* Common nouns as subjects: a noun in -ly after a possessor or an article
 * is the subject's head, no adverb before the verb. */
static void test_common_subjects(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("en",
            "Marta Quill was arrested on Friday. Quill's family said she "
            "had done nothing wrong.",
            "she had done nothing wrong", NOMINAL, "Quill's family", NULL);
    SPEAKER("en",
            "The harbour closed early. The family said the boats were safe.",
            "the boats were safe", NOMINAL, "The family", NULL);
    /* a plural noun of persons opening the sentence, capitalised only by
     * its place, is no name */
    SPEAKER("en",
            "The clinic shut at noon. Nurses there said the wards were full.",
            "the wards were full", NOMINAL, "Nurses", NULL);
    SPEAKER("en", "Teachers said the strike would go on.",
            "the strike would go on", NOMINAL, "Teachers", NULL);
    /* nor a word the article writes in lower case elsewhere */
    SPEAKER("en",
            "Bystanders said the van did not stop. Police spoke to the "
            "bystanders later.",
            "the van did not stop", NOMINAL, "Bystanders", NULL);
    /* a name the article writes inside a sentence stays a name */
    SPEAKER("en",
            "Reporters met Vellers on Monday. Vellers said the deal was "
            "dead.",
            "the deal was dead", NAMED, "Vellers", NULL);
    /* an adverb in -ly after the subject is still passed over */
    SPEAKER("en", "Dan Pruitt recently said the ferry would be late.",
            "the ferry would be late", NAMED, "Dan Pruitt", NULL);
#undef p
}

/* An interview whose interviewer alone is labelled ("((WN)) :"), the
 * answers in paragraphs of their own: the questions report nothing, the
 * answers and the text around them still do. */
static void test_interviewer(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "Lena Ortiz runs for the council in Dunmore.\n\n"
                    "((WN)) : Where do you expect the new road to go?\n\n"
                    "Along the river, I hope.\n\n"
                    "((WN)) : Do you think that the mayor will back it?\n\n"
                    "My neighbours said the mayor has promised his support."
                    "\n\n((WN)) : Why did you decide to run?\n\n"
                    "The town needs a voice.";
    NO_CONTENT("en", t, "the new road to go");
    NO_CONTENT("en", t, "the mayor will back it");
    SPEAKER("en", t, "the mayor has promised his support", NOMINAL,
            "My neighbours", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_stance,       test_belief,
        test_evidential,   test_nested,
        test_sides,        test_labels,
        test_found,        test_circumstances,
        test_noun_cues,    test_names,
        test_structure,    test_more_cues,
        test_extent,       test_embedded,
        test_passives,     test_participle_subject,
        test_other_senses, test_it_pronoun,
        test_pp_subjects,  test_common_subjects,
        test_interviewer
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
