/*
 * test_guards.c - sense guards (next/prev/near and their negations) in
 * Arabic, English and Russian, names that take a span and count nowhere,
 * tanween forms, and lexicon scopes by article and by paragraph.
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
    "{\"name\":\"g\",\"version\":\"1\",\"license\":\"CC0-1.0\","
    "\"authors\":[\"tests\"],\"sources\":[\"written for tests\"],"
    "\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"categories\":[{\"id\":\"ill\"},{\"id\":\"sieg\"},{\"id\":\"occ\"},"
    "{\"id\":\"terror\"},{\"id\":\"hum\"},{\"id\":\"clean\"},"
    "{\"id\":\"occv\"},{\"id\":\"siegev\"}],"
    "\"entries\":["
    "{\"term\":\"illegal*\",\"lang\":\"en\",\"categories\":[\"ill\"],"
    "\"guards\":{\"not_next\":[\"immigra*\",\"migrant*\",\"alien*\"]}},"
    "{\"term\":\"محاصر*\",\"lang\":\"ar\",\"categories\":[\"sieg\"],"
    "\"guards\":{\"not_near\":[\"الشائعات\",\"الأنقاض\"]}},"
    "{\"term\":\"احتلال\",\"lang\":\"ar\",\"categories\":[\"occ\"],"
    "\"guards\":{\"not_near\":[\"المركز\",\"المرتبة\"],\"window\":2}},"
    "{\"term\":\"مكافحة الإرهاب\",\"lang\":\"ar\",\"categories\":[\"terror\"]},"
    "{\"term\":\"المنسق الأوروبي لمكافحة الإرهاب\",\"lang\":\"ar\","
    "\"role\":\"name\"},"
    "{\"term\":\"refugee*\",\"lang\":\"en\",\"categories\":[\"hum\"]},"
    "{\"term\":\"UN refugee agency\",\"lang\":\"en\",\"role\":\"name\"},"
    "{\"term\":\"оккупац*\",\"lang\":\"ru\",\"categories\":[\"occ\"],"
    "\"guards\":{\"not_near\":[\"немецк*\",\"фашист*\"],\"window\":3}},"
    "{\"term\":\"blockade\",\"lang\":\"en\",\"categories\":[\"sieg\"],"
    "\"guards\":{\"near\":[\"Lachin\",\"Karabakh\"]}},"
    "{\"term\":\"corridor\",\"lang\":\"en\",\"categories\":[\"hum\"],"
    "\"guards\":{\"prev\":[\"Lachin\",\"humanitarian\"]}},"
    "{\"term\":\"terrorist*\",\"lang\":\"en\",\"categories\":[\"terror\"],"
    "\"guards\":{\"not_prev\":[\"counter\"]}},"
    "{\"term\":\"occupation\",\"lang\":\"en\",\"categories\":[\"occ\"],"
    "\"guards\":{\"next\":[\"of Karabakh\",\"forces\"]}},"
    "{\"term\":\"تطهير عرقي\",\"lang\":\"ar\",\"categories\":[\"clean\"],"
    "\"forms\":[\"tanween\"]},"
    "{\"term\":\"حصار\",\"lang\":\"ar\",\"categories\":[\"sieg\"]},"
    "{\"term\":\"احتل\",\"lang\":\"ar\",\"categories\":[\"occv\"],"
    "\"forms\":[\"verb\"],\"guards\":{\"not_near\":[\"المركز\"]}},"
    "{\"term\":\"حاصر\",\"lang\":\"ar\",\"categories\":[\"siegev\"],"
    "\"forms\":[\"verb\"]}"
    "]}";

static fsc_model *model;
static fsc_analyzer *az;

static fsc_result *run(fsc_analyzer *a, const char *text)
{
    fsc_result *r = NULL;
    fsc_error e;
    if (fsc_analyze(a, text, strlen(text), NULL, &r, &e) != FSC_OK) {
        fprintf(stderr, "analyze: %s\n", e.msg);
        return NULL;
    }
    return r;
}

/* Matches of `text` counted under category `c` of the guard model. */
static long count_at(int src, const char *text, const char *c, long want)
{
    fsc_result *r = run(az, text);
    if (!r)
        return -1;
    long n = (long)fsc_result_category(
                 r, (size_t)fsc_model_find_category(model, c))
                 ->count;
    if (n != want) {
        fprintf(stderr, "%s:%d: \"%s\" %s: %ld matches, expected %ld\n",
                __FILE__, src, text, c, n, want);
        th_failures++;
    }
    fsc_result_free(r);
    return n;
}

#define COUNT(text, c, want) count_at(__LINE__, text, c, want)

static void test_english_guards(void)
{
    /* not_next: "illegal" in immigration news is not the conflict sense. */
    COUNT("illegal armed groups", "g:ill", 1);
    COUNT("illegal immigrants crossed", "g:ill", 0);
    COUNT("Illegal Immigration Reform", "g:ill", 0);
    COUNT("illegally migrant workers", "g:ill", 0);
    COUNT("the illegal aliens", "g:ill", 0);
    /* Quotation marks between do not hide the next word; a comma does. */
    COUNT("illegal \"immigrants\"", "g:ill", 0);
    COUNT("illegal, immigrants say", "g:ill", 1);
    /* The next word must be in the same sentence. */
    COUNT("It was illegal. Immigrants protested.", "g:ill", 1);
    /* near (required): within 3 words on either side, in the sentence. */
    COUNT("the Lachin corridor blockade", "g:sieg", 1);
    COUNT("blockade of Karabakh", "g:sieg", 1);
    COUNT("Karabakh under blockade", "g:sieg", 1);
    COUNT("a blockade of the long road to Karabakh", "g:sieg", 0);
    COUNT("Karabakh. The blockade", "g:sieg", 0);
    COUNT("a naval blockade", "g:sieg", 0);
    /* prev (required) and not_prev; hyphens are skipped. */
    COUNT("the Lachin corridor", "g:hum", 1);
    COUNT("a humanitarian corridor", "g:hum", 1);
    COUNT("a transport corridor", "g:hum", 0);
    COUNT("corridor", "g:hum", 0);
    COUNT("terrorists attacked", "g:terror", 1);
    COUNT("counter-terrorist measures", "g:terror", 0);
    COUNT("counter terrorist measures", "g:terror", 0);
    /* next with a multi-word pattern. */
    COUNT("the occupation of Karabakh", "g:occ", 1);
    COUNT("the occupation forces", "g:occ", 1);
    COUNT("the occupation of Kuwait", "g:occ", 0);
    COUNT("the occupation", "g:occ", 0);
}

static void test_arabic_guards(void)
{
    COUNT("محاصرون في المدينة", "g:sieg", 1);
    COUNT("والمحاصرين", "g:sieg", 1);
    /* not_near, with clitics on the guard word, either side. */
    COUNT("نفى الشائعات عن وجود محاصرين", "g:sieg", 0);
    COUNT("محاصرين تحت الأنقاض", "g:sieg", 0);
    COUNT("محاصرين تحت والأنقاض", "g:sieg", 0);
    /* Outside the window of 3 words: the guard does not apply. */
    COUNT("محاصرين في المدينة منذ أيام تحت الأنقاض", "g:sieg", 1);
    /* A ranking: «احتلال المركز الأول», window 2. */
    COUNT("فترة الاحتلال", "g:occ", 1);
    COUNT("احتلال المركز الأول في الدوري", "g:occ", 0);
    COUNT("واحتل الفريق المرتبة الثانية بعد احتلاله", "g:occ", 1);
    COUNT("بعد احتلاله المرتبة الثانية", "g:occ", 0);
}

static void test_russian_guards(void)
{
    COUNT("после оккупации Карабаха", "g:occ", 1);
    COUNT("немецкой оккупации", "g:occ", 0);
    COUNT("оккупация фашистами", "g:occ", 0);
    COUNT("Немецко-фашистская оккупация", "g:occ", 0);
}

static void test_names(void)
{
    /* A title takes its span: the term inside it does not count. */
    COUNT("قال المنسق الأوروبي لمكافحة الإرهاب إن", "g:terror", 0);
    COUNT("في إطار مكافحة الإرهاب", "g:terror", 1);
    COUNT("the UN refugee agency said", "g:hum", 0);
    COUNT("the UN refugee agency said refugees", "g:hum", 1);
    fsc_result *r = run(az, "the UN refugee agency");
    TH_CHECK(r && fsc_result_n_matches(r) == 0);
    fsc_result_free(r);
}

static void test_tanween(void)
{
    COUNT("تطهير عرقي", "g:clean", 1);
    COUNT("تطهيرا عرقيا", "g:clean", 1);
    COUNT("تطهيراً عرقياً", "g:clean", 1);
    COUNT("وتطهيرا عرقيا", "g:clean", 1);
    /* Only where the entry asks for it. */
    COUNT("حصار", "g:sieg", 1);
    COUNT("حصارا", "g:sieg", 0);
}

static void test_verbs(void)
{
    static const char *const occ[] = { "احتل", "احتلت", "احتلوا",
                                       "احتلوها", "يحتل", "تحتل",
                                       "يحتلون", "تحتلان", "سيحتل",
                                       "واحتلت", "فاحتلوا", "أحتل",
                                       "نحتل" };
    for (size_t i = 0; i < sizeof occ / sizeof occ[0]; i++)
        COUNT(occ[i], "g:occv", 1);
    static const char *const sieg[] = { "حاصر", "حاصرت", "حاصروا",
                                        "يحاصرون", "تحاصر", "حاصرتها",
                                        "ستحاصر", "وحاصروها" };
    for (size_t i = 0; i < sizeof sieg / sizeof sieg[0]; i++)
        COUNT(sieg[i], "g:siegev", 1);
    /* Not verbs of the entry: the participle, the noun, other words. */
    COUNT("محتل", "g:occv", 0);
    COUNT("المحاصرة", "g:siegev", 0);
    COUNT("حصار", "g:siegev", 0);
    /* Verb readings are only for entries that ask for them. */
    COUNT("حصارت", "g:sieg", 0);
    COUNT("يحصار", "g:sieg", 0);
    /* Guards apply to the verb as to any entry: a ranking. */
    COUNT("احتل الفريق المركز الأول", "g:occv", 0);
    COUNT("احتلت القوات المدينة", "g:occv", 1);
}

static const char *SCOPED =
    "{\"name\":\"k\",\"version\":\"1\",\"license\":\"CC0-1.0\","
    "\"authors\":[\"tests\"],\"sources\":[\"written for tests\"],"
    "\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"scope\":{\"anchors\":[\"Karabakh\",\"Nagorno-Karabakh\","
    "\"قره باغ\",\"Карабах*\",\"Aliyev\"],\"window\":\"paragraph\"},"
    "\"categories\":[{\"id\":\"occ\",\"pole\":\"az\",\"axis\":\"x\"},"
    "{\"id\":\"peace\"}],"
    "\"axes\":[{\"id\":\"x\",\"poles\":[\"az\",\"am\"]}],"
    "\"entries\":["
    "{\"term\":\"occupation\",\"lang\":\"en\",\"categories\":[\"occ\"]},"
    "{\"term\":\"احتلال\",\"lang\":\"ar\",\"categories\":[\"occ\"]},"
    "{\"term\":\"оккупац*\",\"lang\":\"ru\",\"categories\":[\"occ\"]},"
    "{\"term\":\"peacekeepers\",\"lang\":\"en\",\"categories\":[\"peace\"]}"
    "]}";

static const char *ARTICLE_SCOPED =
    "{\"name\":\"a\",\"version\":\"1\",\"license\":\"CC0-1.0\","
    "\"authors\":[\"tests\"],\"sources\":[\"written for tests\"],"
    "\"languages\":[\"en\"],"
    "\"scope\":{\"anchors\":[\"Baku\",\"Yerevan\"],\"min_anchors\":2},"
    "\"categories\":[{\"id\":\"occ\"}],"
    "\"entries\":[{\"term\":\"occupation\",\"categories\":[\"occ\"]}]}";

static void test_scope(void)
{
    fsc_error e;
    fsc_lexicon *k = parse(SCOPED), *a = parse(ARTICLE_SCOPED),
                *g = parse(LEX);
    fsc_model *m = NULL;
    fsc_analyzer *sa = NULL;
    TH_CHECK(k && a && g);
    if (!k || !a || !g)
        goto done;
    const fsc_lexicon *set[3] = { g, k, a };
    TH_EQ_INT(fsc_model_compile(set, 3, NULL, &m, &e), FSC_OK);
    TH_EQ_INT(fsc_analyzer_new(m, &sa, &e), FSC_OK);
    if (!sa)
        goto done;
    size_t occ = (size_t)fsc_model_find_category(m, "k:occ");
    size_t peace = (size_t)fsc_model_find_category(m, "k:peace");
    size_t aocc = (size_t)fsc_model_find_category(m, "a:occ");
    size_t gill = (size_t)fsc_model_find_category(m, "g:ill");

    /* Paragraph window: the first paragraph has an anchor, the second
     * not; every category of the scoped lexicon counts only in scope. */
    const char *t1 = "Aliyev spoke of the occupation and peacekeepers.\n\n"
                     "In Kuwait the occupation ended; peacekeepers left.\n\n"
                     "Illegal armed groups.";
    fsc_result *r = run(sa, t1);
    TH_CHECK(r != NULL);
    if (r) {
        const fsc_catscore *c = fsc_result_category(r, occ);
        TH_EQ_INT(c->count, 1);
        TH_EQ_INT(c->out_of_scope, 1);
        TH_EQ_INT(fsc_result_category(r, peace)->count, 1);
        TH_EQ_INT(fsc_result_category(r, peace)->out_of_scope, 1);
        /* A lexicon without a scope counts everywhere. */
        TH_EQ_INT(fsc_result_category(r, gill)->count, 1);
        TH_EQ_INT(fsc_result_category(r, gill)->out_of_scope, 0);
        const fsc_scope_state *s = fsc_result_scope(r, 1);
        TH_CHECK(s->scoped && s->in_scope);
        TH_EQ_INT(s->window, FSC_WINDOW_PARAGRAPH);
        TH_EQ_INT(s->anchors, 1);
        TH_EQ_INT(s->windows, 3);
        TH_EQ_INT(s->windows_in_scope, 1);
        TH_CHECK(!fsc_result_scope(r, 0)->scoped);
        /* The article lexicon needs two anchors: none here. */
        const fsc_scope_state *sa2 = fsc_result_scope(r, 2);
        TH_CHECK(sa2->scoped && !sa2->in_scope);
        TH_EQ_INT(fsc_result_category(r, aocc)->count, 0);
        TH_EQ_INT(fsc_result_category(r, aocc)->out_of_scope, 2);
        /* Out-of-scope matches stay in the list, marked. */
        size_t n_out = 0;
        for (size_t i = 0; i < fsc_result_n_matches(r); i++) {
            const fsc_match *mt = fsc_result_match(r, i);
            if (mt->lexicon == 1)
                n_out += (size_t)mt->out_of_scope;
            if (mt->lexicon == 0)
                TH_CHECK(!mt->out_of_scope);
        }
        TH_EQ_INT(n_out, 2);
        TH_EQ_INT(fsc_result_n_anchors(r), 1);
        const fsc_anchor *an = fsc_result_anchor(r, 0);
        TH_CHECK(an && an->off == 0 && an->len == 6 && an->lexicon == 1 &&
                 an->anchor == 4 && an->paragraph == 0);
        fsc_result_free(r);
    }
    /* Anchors in Arabic (with clitics) and Russian (wildcard); the longest
     * anchor wins and anchors of a lexicon do not overlap. */
    r = run(sa, "وفي قره باغ الاحتلال");
    TH_CHECK(r && fsc_result_category(r, occ)->count == 1);
    fsc_result_free(r);
    r = run(sa, "оккупация Карабаха");
    TH_CHECK(r && fsc_result_category(r, occ)->count == 1);
    fsc_result_free(r);
    r = run(sa, "Nagorno-Karabakh occupation");
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(fsc_result_scope(r, 1)->anchors, 1);
        const fsc_anchor *an = fsc_result_anchor(r, 0);
        TH_CHECK(an && an->anchor == 1 && an->len == 16);
        fsc_result_free(r);
    }
    /* Article window with min_anchors 2: Baku and Yerevan in different
     * paragraphs put the whole article in scope. */
    r = run(sa, "Baku said.\n\nYerevan said.\n\nThe occupation.");
    TH_CHECK(r != NULL);
    if (r) {
        const fsc_scope_state *s = fsc_result_scope(r, 2);
        TH_CHECK(s->scoped && s->in_scope && s->anchors == 2 &&
                 s->windows == 1 && s->windows_in_scope == 1);
        TH_EQ_INT(fsc_result_category(r, aocc)->count, 1);
        TH_EQ_INT(fsc_result_category(r, aocc)->out_of_scope, 0);
        /* ... while the paragraph lexicon has no anchor at all. */
        TH_CHECK(!fsc_result_scope(r, 1)->in_scope);
        TH_EQ_INT(fsc_result_category(r, occ)->out_of_scope, 1);
        fsc_result_free(r);
    }
    /* Out of scope wins over negation: nothing counts as negated. */
    r = run(sa, "Baku: not an occupation.");
    TH_CHECK(r != NULL);
    if (r) {
        TH_EQ_INT(fsc_result_category(r, aocc)->negated, 0);
        TH_EQ_INT(fsc_result_category(r, aocc)->out_of_scope, 1);
        fsc_result_free(r);
    }
    /* An empty text has no window. */
    r = run(sa, "");
    TH_CHECK(r && fsc_result_scope(r, 1)->scoped &&
             !fsc_result_scope(r, 1)->in_scope &&
             fsc_result_scope(r, 1)->windows == 0);
    fsc_result_free(r);
done:
    fsc_analyzer_free(sa);
    fsc_model_free(m);
    fsc_lexicon_free(k);
    fsc_lexicon_free(a);
    fsc_lexicon_free(g);
}

int main(void)
{
    fsc_error e;
    fsc_init(&e);
    fsc_lexicon *lx = parse(LEX);
    TH_CHECK(lx != NULL);
    if (!lx)
        TH_DONE();
    const fsc_lexicon *set[1] = { lx };
    if (fsc_model_compile(set, 1, NULL, &model, &e) != FSC_OK) {
        fprintf(stderr, "compile: %s\n", e.msg);
        return 1;
    }
    TH_CHECK(fsc_analyzer_new(model, &az, &e) == FSC_OK);
    test_english_guards();
    test_arabic_guards();
    test_russian_guards();
    test_names();
    test_tanween();
    test_verbs();
    test_scope();
    fsc_analyzer_free(az);
    fsc_model_free(model);
    fsc_lexicon_free(lx);
    TH_DONE();
}
