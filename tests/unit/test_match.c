/*
 * test_match.c - the compiled matcher end to end: folding, Arabic clitics,
 * detached proclitics, longest match, wildcards, hyphens, multi-word terms,
 * negation and other modifiers, offsets in bytes and code points, counts.
 */
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "th.h"

#include <stdlib.h>
#include <string.h>

static fsc_lexicon *parse(const char *json)
{
    fsc_lexicon *lx = NULL;
    fsc_error e;
    if (fsc_lexicon_parse(json, strlen(json), "test.json", NULL, &lx, &e) !=
        FSC_OK) {
        fprintf(stderr, "lexicon: %ld:%ld: %s\n", e.line, e.col, e.msg);
        return NULL;
    }
    return lx;
}

static const char *LEX =
    "{\"name\":\"t\",\"version\":\"1\",\"license\":\"CC0-1.0\","
    "\"authors\":[\"tests\"],\"sources\":[\"written for tests\"],"
    "\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"categories\":["
    "{\"id\":\"occ\"},{\"id\":\"sec\"},{\"id\":\"ill\"},{\"id\":\"country\"},"
    "{\"id\":\"nation\"},{\"id\":\"prov\"},{\"id\":\"child\",\"parent\":\"sec\"},"
    "{\"id\":\"raqqa\"}],"
    "\"entries\":["
    "{\"term\":\"احتلال\",\"lang\":\"ar\",\"categories\":[\"occ\"]},"
    "{\"term\":\"مكافحة الإرهاب\",\"lang\":\"ar\",\"categories\":[\"sec\"],"
    "\"weight\":2},"
    "{\"term\":\"غير الشرعية\",\"lang\":\"ar\",\"categories\":[\"ill\"]},"
    "{\"term\":\"استفزاز*\",\"lang\":\"ar\",\"categories\":[\"prov\"]},"
    "{\"term\":\"الرقة\",\"lang\":\"ar\",\"categories\":[\"raqqa\"],"
    "\"clitics\":false},"
    "{\"term\":\"occupation\",\"lang\":\"en\",\"categories\":[\"occ\"]},"
    "{\"term\":\"counter-terrorism\",\"lang\":\"en\",\"categories\":[\"sec\"]},"
    "{\"term\":\"anti-terror*\",\"lang\":\"en\",\"categories\":[\"child\"]},"
    "{\"term\":\"Czech Republic\",\"lang\":\"en\",\"categories\":[\"country\"]},"
    "{\"term\":\"Czech*\",\"lang\":\"en\",\"categories\":[\"nation\"]},"
    "{\"term\":\"illegal armed groups\",\"lang\":\"en\",\"categories\":[\"ill\"]},"
    "{\"term\":\"illegal\",\"lang\":\"en\",\"categories\":[\"ill\"]},"
    "{\"term\":\"оккупац*\",\"lang\":\"ru\",\"categories\":[\"occ\"]}"
    "]}";

static const char *MODS =
    "{\"name\":\"mods\",\"version\":\"1\",\"license\":\"CC0-1.0\","
    "\"authors\":[\"tests\"],\"sources\":[\"written for tests\"],"
    "\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"entries\":["
    "{\"term\":\"not\",\"lang\":\"en\",\"role\":\"negator\"},"
    "{\"term\":\"no\",\"lang\":\"en\",\"role\":\"negator\"},"
    "{\"term\":\"so-called\",\"lang\":\"en\",\"role\":\"distancer\"},"
    "{\"term\":\"allegedly\",\"lang\":\"en\",\"role\":\"hedge\","
    "\"scope\":\"both\"},"
    "{\"term\":\"مزعوم*\",\"lang\":\"ar\",\"role\":\"distancer\","
    "\"scope\":\"preceding\"},"
    "{\"term\":\"لا\",\"lang\":\"ar\",\"role\":\"negator\"},"
    "{\"term\":\"غير\",\"lang\":\"ar\",\"role\":\"negator\"},"
    "{\"term\":\"не\",\"lang\":\"ru\",\"role\":\"negator\"},"
    "{\"term\":\"not only\",\"lang\":\"en\",\"role\":\"neutral\"},"
    "{\"term\":\"لا يزال\",\"lang\":\"ar\",\"role\":\"neutral\"}"
    "]}";

static fsc_model *model;
static fsc_analyzer *az;

static fsc_result *run(const char *text)
{
    fsc_result *r = NULL;
    fsc_error e;
    if (fsc_analyze(az, text, strlen(text), NULL, &r, &e) != FSC_OK) {
        fprintf(stderr, "analyze: %s\n", e.msg);
        return NULL;
    }
    return r;
}

static long cat(const char *name)
{
    return fsc_model_find_category(model, name);
}

/* Number of matches of `text` counted (not negated) under category `c`. */
static long count(const char *text, const char *c)
{
    fsc_result *r = run(text);
    if (!r)
        return -1;
    long n = (long)fsc_result_category(r, (size_t)cat(c))->count;
    fsc_result_free(r);
    return n;
}

static void test_arabic_clitics(void)
{
    static const char *yes[] = { "احتلال", "الاحتلال", "والاحتلال",
                                 "بالاحتلال", "للاحتلال", "فالاحتلال",
                                 "كالاحتلال", "وللاحتلال", "احتلالها",
                                 "واحتلاله", "الإحتلال", "الاحْتِلال",
                                 "الاحتـــلال" };
    for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
        long n = count(yes[i], "t:occ");
        if (n != 1)
            fprintf(stderr, "expected a match in %s\n", yes[i]);
        TH_EQ_INT(n, 1);
    }
    static const char *no[] = { "احتلالات", "استحلال", "محتل", "الاحتلالية",
                                "تلال" };
    for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
        long n = count(no[i], "t:occ");
        if (n != 0)
            fprintf(stderr, "expected no match in %s\n", no[i]);
        TH_EQ_INT(n, 0);
    }
    /* The stripped clitics are reported. */
    fsc_result *r = run("وللاحتلال واحتلالها");
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(fsc_result_n_matches(r), 2);
        const fsc_match *m0 = fsc_result_match(r, 0);
        const fsc_match *m1 = fsc_result_match(r, 1);
        TH_CHECK(m0 && strstr(m0->proclitics, "و") != NULL);
        TH_CHECK(m0 && strstr(m0->proclitics, "ل") != NULL);
        TH_EQ_STR(m0 ? m0->enclitic : NULL, "");
        TH_EQ_STR(m1 ? m1->enclitic : NULL, "ها");
        TH_CHECK(m1 && strcmp(m1->proclitics, "و") == 0);
        fsc_result_free(r);
    }
    /* clitics:false entries match only the form as written. */
    TH_EQ_INT(count("الرقة", "t:raqqa"), 1);
    TH_EQ_INT(count("فرقة", "t:raqqa"), 0);
    TH_EQ_INT(count("والرقة", "t:raqqa"), 0);
}

static void test_detached_and_multiword(void)
{
    const char *text = "تم تنفيذ أنشطة محلية ل مكافحة الإرهاب في المنطقة.";
    fsc_result *r = run(text);
    TH_CHECK(r != NULL);
    if (!r)
        return;
    TH_EQ_INT(fsc_result_n_matches(r), 1);
    const fsc_match *m = fsc_result_match(r, 0);
    const char *want = strstr(text, "مكافحة");
    TH_CHECK(m && m->detached);
    TH_EQ_INT(m ? (long long)m->off : -1, want - text);
    TH_EQ_INT(m ? (long long)m->len : -1, strlen("مكافحة الإرهاب"));
    TH_EQ_STR(m ? m->proclitics : NULL, "ل");
    /* Weighted score uses the entry weight (2). */
    const fsc_catscore *cs = fsc_result_category(r, (size_t)cat("t:sec"));
    TH_EQ_INT(cs->count, 1);
    TH_CHECK(cs->weighted > 1.99 && cs->weighted < 2.01);
    fsc_result_free(r);

    /* Clitics on the first word of a multi-word term. */
    TH_EQ_INT(count("وإجراءات لمكافحة الإرهاب", "t:sec"), 1);
    /* "غير الشرعية" is a term: longest match beats the negator "غير". */
    r = run("الجماعات المسلحة غير الشرعية");
    TH_CHECK(r != NULL);
    if (r) {
        const fsc_catscore *il = fsc_result_category(r, (size_t)cat("t:ill"));
        TH_EQ_INT(il->count, 1);
        TH_EQ_INT(il->negated, 0);
        fsc_result_free(r);
    }
}

static void test_longest_and_wildcards(void)
{
    /* "Czech Republic" wins over "Czech*": one span, counted once. */
    fsc_result *r = run("The Czech Republic and Czechia met.");
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(fsc_result_n_matches(r), 2);
        TH_EQ_INT(fsc_result_category(r, (size_t)cat("t:country"))->count, 1);
        TH_EQ_INT(fsc_result_category(r, (size_t)cat("t:nation"))->count, 1);
        const fsc_match *m = fsc_result_match(r, 0);
        TH_EQ_INT(m ? (long long)m->off : -1, 4);
        TH_EQ_INT(m ? (long long)m->len : -1, 14);
        TH_CHECK(m && m->n_competing >= 1);
        fsc_result_free(r);
    }
    TH_EQ_INT(count("illegal armed groups and illegal acts", "t:ill"), 2);
    /* Hyphens are ignored: both spellings match, the wildcard too. */
    TH_EQ_INT(count("counter-terrorism", "t:sec"), 1);
    TH_EQ_INT(count("counter terrorism", "t:sec"), 1);
    TH_EQ_INT(count("anti-terrorist operation", "t:child"), 1);
    TH_EQ_INT(count("Anti terrorism", "t:child"), 1);
    /* A child category rolls up into its parent, once per span. */
    TH_EQ_INT(count("anti-terrorist operation", "t:sec"), 1);
    /* Case folding and Russian wildcards. */
    TH_EQ_INT(count("OCCUPATION", "t:occ"), 1);
    TH_EQ_INT(count("Armenia's occupation", "t:occ"), 1);
    TH_EQ_INT(count("после оккупации и ОККУПАЦИЯ", "t:occ"), 2);
    TH_EQ_INT(count("الاستفزازات واستفزاز", "t:prov"), 2);
    /* A wildcard needs its whole prefix. */
    TH_EQ_INT(count("anti war", "t:child"), 0);
    TH_EQ_INT(count("Czec", "t:nation"), 0);
}

static void test_negation(void)
{
    fsc_result *r = run("This is not an occupation. It is an occupation.");
    TH_CHECK(r != NULL);
    if (r) {
        const fsc_catscore *o = fsc_result_category(r, (size_t)cat("t:occ"));
        TH_EQ_INT(o->count, 1);
        TH_EQ_INT(o->negated, 1);
        const fsc_match *m = fsc_result_match(r, 0);
        TH_CHECK(m && (m->flags & FSC_MATCH_NEGATED));
        TH_EQ_INT(m ? (long long)m->mod_off : -1, 8);
        TH_EQ_INT(m ? (long long)m->mod_len : -1, 3);
        fsc_result_free(r);
    }
    /* Outside the 3-word window, across a comma or a sentence: no effect. */
    TH_EQ_INT(count("not one, two or three words before the occupation",
                    "t:occ"), 1);
    TH_EQ_INT(count("Not so. The occupation", "t:occ"), 1);
    TH_EQ_INT(count("not, occupation", "t:occ"), 1);
    TH_EQ_INT(count("not even the occupation", "t:occ"), 0);
    /* Arabic and Russian negators, with clitics on the negator. */
    TH_EQ_INT(count("ولا احتلال", "t:occ"), 0);
    TH_EQ_INT(count("это не оккупация", "t:occ"), 0);
    /* A neutral phrase, as the longer match, keeps its negator away. */
    TH_EQ_INT(count("not only the occupation", "t:occ"), 1);
    TH_EQ_INT(count("لا يزال الاحتلال", "t:occ"), 1);
    TH_EQ_INT(count("ولا يزال الاحتلال", "t:occ"), 1);
    TH_EQ_INT(count("لا الاحتلال", "t:occ"), 0);
    /* Modifiers that follow their term (scope "preceding" or "both"). */
    static const struct {
        const char *text;
        unsigned flags;
    } after[] = { { "الاحتلال المزعوم", FSC_MATCH_DISTANCED },
                  { "والاحتلال المزعومة", FSC_MATCH_DISTANCED },
                  { "المزعوم الاحتلال", 0 }, /* wrong side */
                  { "الاحتلال، المزعوم", 0 }, /* another clause */
                  { "the occupation, allegedly", 0 },
                  { "the occupation allegedly", FSC_MATCH_HEDGED },
                  { "allegedly the occupation", FSC_MATCH_HEDGED } };
    for (size_t i = 0; i < sizeof after / sizeof after[0]; i++) {
        fsc_result *ra = run(after[i].text);
        const fsc_match *ma = ra ? fsc_result_match(ra, 0) : NULL;
        TH_CHECK(ma != NULL);
        if (ma && ma->flags != after[i].flags)
            fprintf(stderr, "flags of \"%s\": %u\n", after[i].text, ma->flags);
        TH_EQ_INT(ma ? ma->flags : 99, after[i].flags);
        fsc_result_free(ra);
    }
    /* Distancer and hedge flags. */
    r = run("the so-called occupation, allegedly illegal");
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(fsc_result_n_matches(r), 2);
        const fsc_match *a = fsc_result_match(r, 0);
        const fsc_match *b = fsc_result_match(r, 1);
        TH_CHECK(a && a->flags == FSC_MATCH_DISTANCED);
        TH_CHECK(b && b->flags == FSC_MATCH_HEDGED);
        fsc_result_free(r);
    }
}

static void test_offsets(void)
{
    /* Code point offsets differ from byte offsets after non-ASCII text. */
    const char *text = "«Оккупация» — occupation";
    fsc_result *r = run(text);
    TH_CHECK(r != NULL);
    if (!r)
        return;
    TH_EQ_INT(fsc_result_n_matches(r), 2);
    const fsc_match *a = fsc_result_match(r, 0);
    const fsc_match *b = fsc_result_match(r, 1);
    TH_EQ_INT(a ? (long long)a->off : -1, 2);
    TH_EQ_INT(a ? (long long)a->len : -1, 18);
    TH_EQ_INT(a ? (long long)a->cp_off : -1, 1);
    TH_EQ_INT(a ? (long long)a->cp_len : -1, 9);
    TH_EQ_INT(b ? (long long)b->off : -1, strstr(text, "occupation") - text);
    TH_EQ_INT(b ? (long long)b->cp_off : -1, 14);
    TH_EQ_INT(b ? (long long)b->cp_len : -1, 10);
    TH_EQ_INT(fsc_result_n_tokens(r), 2);
    int detected = 0;
    TH_EQ_STR(fsc_result_lang(r, &detected), "ru");
    TH_CHECK(detected);
    fsc_result_free(r);
    /* Empty text: no tokens, no matches, no crash. */
    r = run("");
    TH_CHECK(r && fsc_result_n_tokens(r) == 0 && fsc_result_n_matches(r) == 0);
    fsc_result_free(r);
}

/* Each framing lexicon keeps its own longest matches: a general lexicon
 * beside a conflict pack takes nothing from it; a name of either takes its
 * span from both. */
static void test_two_lexicons(void)
{
    const char *a_json =
        "{\"name\":\"pack\",\"version\":\"1\",\"languages\":[\"en\"],"
        "\"categories\":[{\"id\":\"ill\"},{\"id\":\"ref\"}],"
        "\"entries\":["
        "{\"term\":\"illegal armed\",\"categories\":[\"ill\"]},"
        "{\"term\":\"refugee*\",\"categories\":[\"ref\"]}]}";
    const char *b_json =
        "{\"name\":\"general\",\"version\":\"1\",\"languages\":[\"en\"],"
        "\"categories\":[{\"id\":\"label\"}],"
        "\"entries\":["
        "{\"term\":\"illegal armed groups\",\"categories\":[\"label\"]},"
        "{\"term\":\"UN refugee agency\",\"role\":\"name\"}]}";
    fsc_lexicon *a = parse(a_json), *b = parse(b_json);
    TH_CHECK(a && b);
    fsc_model *m2 = NULL;
    fsc_analyzer *az2 = NULL;
    fsc_error e;
    const fsc_lexicon *set[2] = { a, b };
    if (a && b && fsc_model_compile(set, 2, NULL, &m2, &e) == FSC_OK &&
        fsc_analyzer_new(m2, &az2, &e) == FSC_OK) {
        const char *text = "The illegal armed groups left. Refugees fled. "
                           "The UN refugee agency helped.";
        fsc_result *r = NULL;
        TH_CHECK(fsc_analyze(az2, text, strlen(text), NULL, &r, &e) == FSC_OK);
        if (r) {
            long ill = fsc_model_find_category(m2, "pack:ill");
            long lab = fsc_model_find_category(m2, "general:label");
            long ref = fsc_model_find_category(m2, "pack:ref");
            /* both lexicons count their own longest term on one span */
            TH_EQ_INT(fsc_result_category(r, (size_t)ill)->count, 1);
            TH_EQ_INT(fsc_result_category(r, (size_t)lab)->count, 1);
            /* "Refugees" counts; the one inside the name does not */
            TH_EQ_INT(fsc_result_category(r, (size_t)ref)->count, 1);
            TH_EQ_INT(fsc_result_n_matches(r), 3);
            fsc_result_free(r);
        }
    } else {
        TH_CHECK(0);
    }
    fsc_analyzer_free(az2);
    fsc_model_free(m2);
    fsc_lexicon_free(a);
    fsc_lexicon_free(b);
}

int main(void)
{
    fsc_error e;
    fsc_init(&e);
    fsc_lexicon *lx = parse(LEX), *mods = parse(MODS);
    TH_CHECK(lx != NULL);
    TH_CHECK(mods != NULL);
    if (!lx || !mods)
        TH_DONE();
    const fsc_lexicon *set[2] = { lx, mods };
    if (fsc_model_compile(set, 2, NULL, &model, &e) != FSC_OK) {
        fprintf(stderr, "compile: %s\n", e.msg);
        return 1;
    }
    TH_EQ_INT(fsc_model_n_categories(model), 8);
    TH_EQ_STR(fsc_model_category_name(model, 0), "t:occ");
    TH_EQ_INT(fsc_model_find_category(model, "occ"), 0);
    TH_CHECK(fsc_analyzer_new(model, &az, &e) == FSC_OK);
    test_arabic_clitics();
    test_detached_and_multiword();
    test_longest_and_wildcards();
    test_negation();
    test_offsets();
    test_two_lexicons();
    /* A scope on a term entry is an error naming its line. */
    fsc_lexicon *bad = NULL;
    const char *bad_json =
        "{\"name\":\"b\",\"version\":\"1\",\"languages\":[\"en\"],"
        "\"categories\":[{\"id\":\"c\"}],\"entries\":[\n"
        "{\"term\":\"x\",\"categories\":[\"c\"],\"scope\":\"both\"}]}";
    TH_EQ_INT(fsc_lexicon_parse(bad_json, strlen(bad_json), "bad.json", NULL,
                                &bad, &e),
              FSC_EPARSE);
    TH_EQ_INT(e.line, 2);
    TH_CHECK(strstr(e.msg, "scope") != NULL);
    TH_CHECK(bad == NULL);
    /* An attribution-layer lexicon finds its own longest matches: an actor
     * "russian occupation forces" does not take the span of the framing
     * term "occupation", and framing counts do not change. */
    const char *attr_json =
        "{\"name\":\"actors\",\"version\":\"1\",\"layer\":\"attribution\","
        "\"languages\":[\"en\"],\"categories\":[{\"id\":\"side_ru\"}],"
        "\"entries\":[{\"term\":\"russian occupation forces\","
        "\"categories\":[\"side_ru\"],\"attrs\":{\"actor\":\"rof\"}}]}";
    fsc_lexicon *alx = NULL;
    fsc_model *m3 = NULL;
    fsc_analyzer *az3 = NULL;
    fsc_result *r3 = NULL;
    TH_EQ_INT(fsc_lexicon_parse(attr_json, strlen(attr_json), "a.json", NULL,
                                &alx, &e),
              FSC_OK);
    TH_EQ_INT(fsc_lexicon_layer(alx), FSC_LAYER_ATTRIBUTION);
    const fsc_lexicon *three[3] = { lx, mods, alx };
    TH_EQ_INT(fsc_model_compile(three, 3, NULL, &m3, &e), FSC_OK);
    TH_EQ_INT(fsc_analyzer_new(m3, &az3, &e), FSC_OK);
    const char *t3 = "The Russian occupation forces left.";
    TH_EQ_INT(fsc_analyze(az3, t3, strlen(t3), "en", &r3, &e), FSC_OK);
    if (r3) {
        TH_EQ_INT(fsc_result_n_matches(r3), 2);
        const fsc_match *ma = fsc_result_match(r3, 0);
        const fsc_match *mb = fsc_result_match(r3, 1);
        TH_CHECK(ma && ma->layer == FSC_LAYER_ATTRIBUTION && ma->off == 4);
        TH_CHECK(mb && mb->layer == FSC_LAYER_FRAMING && mb->off == 12 &&
                 mb->len == 10);
        TH_EQ_INT(fsc_result_category(r3, (size_t)fsc_model_find_category(
                                              m3, "t:occ"))
                      ->count,
                  1);
        TH_EQ_INT(fsc_result_category(r3, (size_t)fsc_model_find_category(
                                              m3, "actors:side_ru"))
                      ->count,
                  1);
    }
    fsc_result_free(r3);
    fsc_analyzer_free(az3);
    fsc_model_free(m3);
    fsc_lexicon_free(alx);
    /* The same lexicon twice is refused: category names would clash. */
    fsc_model *m2 = NULL;
    const fsc_lexicon *twice[2] = { lx, lx };
    TH_EQ_INT(fsc_model_compile(twice, 2, NULL, &m2, &e), FSC_EINVAL);
    TH_CHECK(m2 == NULL);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    fsc_lexicon_free(lx);
    fsc_lexicon_free(mods);
    TH_DONE();
}
