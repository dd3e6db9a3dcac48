/*
 * given_en.c - the gender an English given name tells ("Bernie Sanders"
 * is a man, "Hillary Clinton" a woman), for pronoun resolution: a "she"
 * never continues a speaker named "Donald", a "he" never one named
 * "Megyn". Common given names of English-language news (US and UK first
 * names, and frequent ones of public figures abroad), written for this
 * project. Names used for both sexes ("Jordan", "Taylor", "Kelly",
 * "Leslie", "Jean", "Chris", "Alex", "Sam", "Robin", "Terry", "Dana",
 * "Lee", "Pat") are in neither list.
 */
#include "attrib_int.h"

static const char *const EN_GIVEN_M[] = {
    "aaron",     "adam",      "adrian",   "ahmed",    "alan",     "albert",
    "alexander", "alfred",    "ali",      "andrew",   "andy",     "angus",
    "anthony",   "antonio",   "arnold",   "arthur",   "barack",   "barry",
    "ben",       "benjamin",  "bernard",  "bernie",   "bill",     "billy",
    "bob",       "bobby",     "boris",    "brad",     "bradley",  "brandon",
    "brett",     "brian",     "bruce",    "bryan",    "carl",     "carlos",
    "chad",      "charles",   "charlie",  "chuck",    "clarence", "colin",
    "craig",     "dan",       "daniel",   "danny",    "darrell",  "dave",
    "david",     "dennis",    "derek",    "dick",     "diego",    "dmitry",
    "don",       "donald",    "doug",     "douglas",  "duncan",   "dylan",
    "earl",      "ed",        "eddie",    "edward",   "elijah",   "elon",
    "emmanuel",  "eric",      "ethan",    "eugene",   "evan",     "frank",
    "fred",      "frederick", "gabriel",  "gary",     "gavin",    "gene",
    "geoffrey",  "george",    "gerald",   "gordon",   "greg",     "gregory",
    "hank",      "harold",    "harry",    "harvey",   "hassan",   "henry",
    "herbert",   "howard",    "hugh",     "hunter",   "ian",      "isaac",
    "ivan",      "jack",      "jacob",    "jake",     "james",    "jason",
    "jay",       "jeb",       "jeff",     "jeffrey",  "jeremy",   "jerome",
    "jerry",     "jesse",     "jim",      "jimmy",    "joe",      "joel",
    "john",      "johnny",    "jon",      "jonathan", "jose",     "joseph",
    "josh",      "joshua",    "juan",     "justin",   "keith",    "ken",
    "kenneth",   "kevin",     "kim-jong", "kyle",     "larry",    "lawrence",
    "leon",      "leonard",   "louis",    "luis",     "luke",     "malcolm",
    "marco",     "mario",     "mark",     "martin",   "matt",     "matthew",
    "max",       "michael",   "mike",     "mitch",    "mitt",     "mohammed",
    "muhammad",  "nathan",    "neil",     "newt",     "nicholas", "nick",
    "nigel",     "oliver",    "omar",     "oscar",    "patrick",  "paul",
    "pedro",     "pete",      "peter",    "phil",     "philip",   "ralph",
    "rand",      "randy",     "ray",      "raymond",  "reince",   "richard",
    "rick",      "rob",       "robert",   "rodney",   "roger",    "ron",
    "ronald",    "ross",      "roy",      "rudy",     "russell",  "ryan",
    "samuel",    "scott",     "sean",     "sergei",   "sergey",   "seth",
    "shawn",     "simon",     "stanley",  "stephen",  "steve",    "steven",
    "stuart",    "ted",       "theodore", "thomas",   "tim",      "timothy",
    "todd",      "tom",       "tommy",    "tony",     "travis",   "trent",
    "troy",      "tyler",     "vernon",   "victor",   "vincent",  "vladimir",
    "walter",    "warren",    "wayne",    "wesley",   "william",  "willie",
    "xi",        "yuri",      "zachary",  "osama",    "muammar",  "moammar",
    "bashar",    "hosni",     "recep",    "saddam",   "yasser",   "mahmoud",
    "hamid",     "abdullah",  "salman",   "mohammad", "ahmad",    "khalid",
    "ayman",     "beau",      "dmitri",   "nicolas",  "jacques",  "francois",
    NULL
};

static const char *const EN_GIVEN_F[] = {
    "abigail",     "alice",     "alicia",    "alison",   "allison",
    "amanda",      "amber",     "amy",       "andrea",   "angela",
    "angelina",    "ann",       "anna",      "anne",     "annie",
    "april",       "ashley",    "barbara",   "betsy",    "betty",
    "beverly",     "brenda",    "bridget",   "brittany", "carla",
    "carly",       "carol",     "caroline",  "carolyn",  "catherine",
    "cathy",       "charlotte", "chelsea",   "cheryl",   "christina",
    "christine",   "cindy",     "claire",    "claudia",  "colleen",
    "condoleezza", "cynthia",   "daisy",     "danielle", "debbie",
    "deborah",     "debra",     "denise",    "diana",    "diane",
    "donna",       "dorothy",   "elaine",    "eleanor",  "elena",
    "elizabeth",   "ellen",     "emily",     "emma",     "erin",
    "eva",         "evelyn",    "fiona",     "florence", "frances",
    "gabrielle",   "gail",      "gina",      "gloria",   "grace",
    "hannah",      "heather",   "heidi",     "helen",    "hillary",
    "holly",       "huma",      "irene",     "isabel",   "ivanka",
    "jacqueline",  "jane",      "janet",     "janice",   "jennifer",
    "jenny",       "jessica",   "jill",      "joan",     "joanna",
    "joanne",      "jodi",      "josephine", "joy",      "joyce",
    "judith",      "judy",      "julia",     "julie",    "karen",
    "kate",        "katherine", "kathleen",  "kathryn",  "kathy",
    "katie",       "kayleigh",  "kellyanne", "kimberly", "kirsten",
    "kristen",     "laura",     "lauren",    "linda",    "lisa",
    "lois",        "loretta",   "lori",      "louise",   "lucy",
    "lydia",       "madeleine", "maggie",    "margaret", "maria",
    "marie",       "marilyn",   "marine",    "martha",   "mary",
    "maxine",      "megan",     "megyn",     "melania",  "melanie",
    "melissa",     "mia",       "michele",   "michelle", "mildred",
    "molly",       "monica",    "nadia",     "nancy",    "natalie",
    "natasha",     "nicole",    "nikki",     "nina",     "nora",
    "olivia",      "pamela",    "patricia",  "patty",    "paula",
    "peggy",       "penny",     "rachel",    "rebecca",  "rita",
    "roberta",     "rosa",      "rose",      "ruth",     "sally",
    "samantha",    "sandra",    "sara",      "sarah",    "sharon",
    "sheila",      "shirley",   "sophia",    "sophie",   "stephanie",
    "sue",         "susan",     "susana",    "suzanne",  "sylvia",
    "tammy",       "tara",      "teresa",    "theresa",  "tiffany",
    "tina",        "tulsi",     "valerie",   "vanessa",  "victoria",
    "virginia",    "wendy",     "yolanda",   NULL
};

/* The gender the given name at token t tells: FSC__G_MASC, FSC__G_FEM or
 * FSC__G_UNKNOWN (not English, not capitalised, or a name used for both
 * sexes or not in the lists). */
uint8_t en_given_gender(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_EN || t >= c->n_tok || !is_word(c, t) ||
        !cap_word(c, t))
        return FSC__G_UNKNOWN;
    if (key_is(c, t, EN_GIVEN_M))
        return FSC__G_MASC;
    if (key_is(c, t, EN_GIVEN_F))
        return FSC__G_FEM;
    return FSC__G_UNKNOWN;
}
