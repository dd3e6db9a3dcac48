/*
 * test_zones.c - the title scored as its own zone (fsc_analyze_zones and
 * fsc_analyze_record): zone and offsets of each match, modifiers and
 * attributions inside the title, counts and tokens of both zones, a title
 * the text opens with, a title left out, scope, and text headlines of .txt
 * records.
 */
#include "framescope/corpus.h"
#include "framescope/score.h"
#include "th.h"

#include "bundled_model.h"

#include <string.h>

static fsc_result *zones(const char *title, const char *text, int on)
{
    fsc_result *r = NULL;
    fsc_error e;
    fsc_status st = fsc_analyze_zones(az, title, title ? strlen(title) : 0, on,
                                      text, strlen(text), "en", &r, &e);
    if (st != FSC_OK)
        fprintf(stderr, "analyze: %s\n", e.msg);
    return r;
}

static fsc_result *alone(const char *text)
{
    fsc_result *r = NULL;
    fsc_error e;
    if (fsc_analyze(az, text, strlen(text), "en", &r, &e) != FSC_OK)
        fprintf(stderr, "analyze: %s\n", e.msg);
    return r;
}

static size_t cat(const char *name)
{
    long c = fsc_model_find_category(model, name);
    TH_CHECK(c >= 0);
    return c < 0 ? 0 : (size_t)c;
}

static const char *TITLE = "Baku begins counter-terrorism measures in Karabakh";
static const char *TEXT =
    "The ministry said the illegal armed groups must lay down their arms.";

/* A title match carries zone title and offsets into the title; the text's
 * matches are those of the text alone; counts and tokens add up. */
static void test_title_zone(void)
{
    fsc_result *r = zones(TITLE, TEXT, 1);
    fsc_result *t = alone(TITLE);
    fsc_result *x = alone(TEXT);
    TH_CHECK(r && t && x);
    if (!r || !t || !x)
        return;
    TH_EQ_INT(fsc_result_title_status(r), FSC_TITLE_SCORED);
    const fsc_match *m0 = fsc_result_match(r, 0);
    TH_EQ_INT(m0->zone, FSC_ZONE_TITLE);
    TH_EQ_INT(m0->off, 12); /* "counter-terrorism" in the title */
    TH_EQ_INT(m0->len, 17);
    TH_EQ_INT(m0->cp_off, 12);
    TH_EQ_INT(m0->sentence, 0);
    TH_EQ_INT(m0->voice, FSC_VOICE_AUTHORIAL);
    TH_CHECK(strncmp(TITLE + m0->off, "counter-terrorism", m0->len) == 0);
    size_t nt = fsc_result_zone_matches(r, FSC_ZONE_TITLE);
    TH_EQ_INT(nt, fsc_result_n_matches(t));
    TH_EQ_INT(fsc_result_zone_matches(r, FSC_ZONE_TEXT),
              fsc_result_n_matches(x));
    TH_EQ_INT(fsc_result_n_matches(r), nt + fsc_result_n_matches(x));
    for (size_t i = 0; i < fsc_result_n_matches(x); i++) {
        const fsc_match *a = fsc_result_match(r, nt + i);
        const fsc_match *b = fsc_result_match(x, i);
        TH_EQ_INT(a->zone, FSC_ZONE_TEXT);
        TH_EQ_INT(a->off, b->off);
        TH_EQ_INT(a->len, b->len);
        TH_EQ_INT(a->voice, b->voice);
        /* attribution indices count the title's attributions first */
        if (b->attribution >= 0) {
            TH_EQ_INT(a->attribution,
                      b->attribution +
                          (long)fsc_result_n_attributions(t));
            TH_EQ_INT(fsc_result_attribution(r, (size_t)a->attribution)->zone,
                      FSC_ZONE_TEXT);
        }
    }
    TH_EQ_INT(fsc_result_n_tokens(r),
              fsc_result_n_tokens(t) + fsc_result_n_tokens(x));
    TH_EQ_INT(fsc_result_zone_tokens(r, FSC_ZONE_TITLE), 7);
    TH_EQ_INT(fsc_result_zone_tokens(r, FSC_ZONE_TEXT),
              fsc_result_n_tokens(x));
    TH_EQ_INT(fsc_result_n_sentences(r),
              fsc_result_n_sentences(t) + fsc_result_n_sentences(x));
    TH_EQ_INT(fsc_result_n_bytes(r), strlen(TEXT));
    TH_EQ_INT(fsc_result_zone_bytes(r, FSC_ZONE_TITLE), strlen(TITLE));
    size_t sec = cat("karabakh-2023:securitization");
    TH_EQ_INT(fsc_result_category(r, sec)->count, 1);
    TH_EQ_INT(fsc_result_title_category(r, sec)->count, 1);
    TH_EQ_INT(fsc_result_category(x, sec)->count, 0);
    /* the text alone is out of the lexicon's scope; the title's anchors
     * bring it in (test_scope) */
    size_t ill = cat("karabakh-2023:illegality");
    TH_EQ_INT(fsc_result_category(r, ill)->count,
              fsc_result_category(x, ill)->count +
                  fsc_result_category(x, ill)->out_of_scope);
    TH_EQ_INT(fsc_result_title_category(r, ill)->count, 0);
    for (int v = 0; v < 3; v++)
        TH_EQ_INT(fsc_result_voice_tokens(r, (fsc_voice)v),
                  fsc_result_voice_tokens(t, (fsc_voice)v) +
                      fsc_result_voice_tokens(x, (fsc_voice)v));
    /* anchors of the title ("Baku", "Karabakh") come first, zone title */
    TH_CHECK(fsc_result_n_anchors(r) >= 2);
    TH_EQ_INT(fsc_result_anchor(r, 0)->zone, FSC_ZONE_TITLE);
    fsc_result_free(r);
    fsc_result_free(t);
    fsc_result_free(x);
}

/* Negation and attribution apply within the title: "X says Y" headlines
 * are not the outlet's voice. */
static void test_title_modifiers_and_voice(void)
{
    const char *title = "Officials say \"terrorists\" were not an occupation "
                        "force in Karabakh";
    fsc_result *r = zones(title, TEXT, 1);
    TH_CHECK(r != NULL);
    if (!r)
        return;
    size_t n_title_attr = 0;
    for (size_t i = 0; i < fsc_result_n_attributions(r); i++)
        n_title_attr +=
            fsc_result_attribution(r, i)->zone == FSC_ZONE_TITLE;
    TH_CHECK(n_title_attr >= 1);
    TH_EQ_INT(fsc_result_attribution(r, 0)->zone, FSC_ZONE_TITLE);
    int negated = 0, reported = 0;
    for (size_t i = 0; i < fsc_result_n_matches(r); i++) {
        const fsc_match *m = fsc_result_match(r, i);
        if (m->zone != FSC_ZONE_TITLE || m->layer != FSC_LAYER_FRAMING)
            continue;
        negated |= (m->flags & FSC_MATCH_NEGATED) != 0;
        reported |= m->voice != FSC_VOICE_AUTHORIAL;
    }
    TH_CHECK(negated);  /* "not an occupation" */
    TH_CHECK(reported); /* inside what the officials say */
    size_t neg = 0, nf = 0;
    for (size_t i = 0; i < fsc_result_n_matches(r); i++)
        nf += fsc_result_match(r, i)->zone == FSC_ZONE_TITLE &&
              fsc_result_match(r, i)->layer == FSC_LAYER_FRAMING;
    TH_EQ_INT(fsc_result_zone_framing(r, FSC_ZONE_TITLE, &neg), nf);
    TH_CHECK(nf >= 2 && neg >= 1);
    fsc_result_free(r);
}

/* A title the text opens with is scored once; one left out is not scored;
 * no title is no zone. Each gives the text alone. */
static void test_in_text_off_none(void)
{
    char both[512];
    snprintf(both, sizeof both, "%s\n\n%s", TITLE, TEXT);
    fsc_result *x = alone(both);
    fsc_result *in = zones(TITLE, both, 1);
    fsc_result *off = zones(TITLE, both, 0);
    fsc_result *none = zones("  ", both, 1);
    fsc_result *null = zones(NULL, both, 1);
    TH_CHECK(x && in && off && none && null);
    if (!x || !in || !off || !none || !null)
        return;
    TH_EQ_INT(fsc_result_title_status(in), FSC_TITLE_IN_TEXT);
    TH_EQ_INT(fsc_result_title_status(off), FSC_TITLE_OFF);
    TH_EQ_INT(fsc_result_title_status(none), FSC_TITLE_NONE);
    TH_EQ_INT(fsc_result_title_status(null), FSC_TITLE_NONE);
    const fsc_result *rs[] = { in, off, none, null };
    for (size_t k = 0; k < 4; k++) {
        TH_EQ_INT(fsc_result_n_matches(rs[k]), fsc_result_n_matches(x));
        TH_EQ_INT(fsc_result_n_tokens(rs[k]), fsc_result_n_tokens(x));
        TH_EQ_INT(fsc_result_zone_tokens(rs[k], FSC_ZONE_TITLE), 0);
        TH_EQ_INT(fsc_result_zone_matches(rs[k], FSC_ZONE_TITLE), 0);
        for (size_t i = 0; i < fsc_result_n_matches(x); i++)
            TH_EQ_INT(fsc_result_match(rs[k], i)->zone, FSC_ZONE_TEXT);
    }
    fsc_result *off2 = zones(TITLE, TEXT, 0);
    TH_CHECK(off2 && fsc_result_zone_tokens(off2, FSC_ZONE_TITLE) == 0 &&
             fsc_result_title_category(
                 off2, cat("karabakh-2023:securitization"))->count == 0);
    fsc_result_free(off2);
    fsc_result_free(x);
    fsc_result_free(in);
    fsc_result_free(off);
    fsc_result_free(none);
    fsc_result_free(null);
}

/* Scope: a title without anchors of its own counts in scope when the text
 * is in scope; a title and a text outside it stay out. */
static void test_scope(void)
{
    size_t sec = cat("karabakh-2023:securitization");
    fsc_result *r = zones("Counter-terrorism measures begin",
                          "Baku said the operation in Karabakh was over.", 1);
    fsc_result *o = zones("Counter-terrorism measures begin",
                          "The weather was fine in Paris on Monday.", 1);
    TH_CHECK(r && o);
    if (r) {
        TH_EQ_INT(fsc_result_title_category(r, sec)->count, 1);
        TH_EQ_INT(fsc_result_title_category(r, sec)->out_of_scope, 0);
        TH_EQ_INT(fsc_result_match(r, 0)->out_of_scope, 0);
    }
    if (o) {
        TH_EQ_INT(fsc_result_title_category(o, sec)->count, 0);
        TH_EQ_INT(fsc_result_title_category(o, sec)->out_of_scope, 1);
        TH_EQ_INT(fsc_result_category(o, sec)->out_of_scope, 1);
        TH_EQ_INT(fsc_result_match(o, 0)->out_of_scope, 1);
    }
    fsc_result_free(r);
    fsc_result_free(o);
    /* The title's anchors bring the article, and the text's matches, into
     * scope (window article: one window, the title with the text). */
    size_t ill = cat("karabakh-2023:illegality");
    const char *text = "The ministry said the illegal armed groups must go.";
    fsc_result *x = alone(text);
    fsc_result *l = zones("Karabakh talks", text, 1);
    TH_CHECK(x && l);
    if (x && l) {
        TH_EQ_INT(fsc_result_category(x, ill)->count, 0);
        TH_CHECK(fsc_result_category(x, ill)->out_of_scope > 0);
        TH_EQ_INT(fsc_result_category(l, ill)->count,
                  fsc_result_category(x, ill)->out_of_scope);
        TH_EQ_INT(fsc_result_category(l, ill)->out_of_scope, 0);
        long li = -1;
        for (size_t k = 0; k < fsc_model_n_lexicons(model); k++)
            if (strcmp(fsc_lexicon_name(fsc_model_lexicon(model, k)),
                       "karabakh-2023") == 0)
                li = (long)k;
        TH_CHECK(li >= 0 && fsc_result_scope(l, (size_t)li)->in_scope &&
                 !fsc_result_scope(x, (size_t)li)->in_scope);
        for (size_t i = 0; i < fsc_result_n_matches(l); i++)
            if ((long)fsc_result_match(l, i)->lexicon == li)
                TH_EQ_INT(fsc_result_match(l, i)->out_of_scope, 0);
    }
    fsc_result_free(x);
    fsc_result_free(l);
}

static fsc_record *text_record(const char *data, int headline)
{
    fsc_raw_record raw;
    memset(&raw, 0, sizeof raw);
    raw.source = "a.txt";
    raw.line = 1;
    raw.data = data;
    raw.len = raw.full_len = strlen(data);
    raw.headline = headline;
    fsc_record *rec = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_record_parse(&raw, &rec, &e), FSC_OK);
    return rec;
}

/* The headline rule of text records (corpus.h). */
static void test_headline(void)
{
    size_t len = 0;
    fsc_record *r = text_record("  Baku begins measures in Karabakh \r\n\r\n"
                                "  The ministry said so.\nMore.",
                                1);
    TH_EQ_STR(fsc_record_field(r, "title"),
              "Baku begins measures in Karabakh");
    TH_EQ_STR(fsc_record_text(r, &len), "  The ministry said so.\nMore.");
    TH_EQ_STR(fsc_record_meta_json(r),
              "{\"id\":\"a.txt\",\"title\":\"Baku begins measures in "
              "Karabakh\"}");
    TH_EQ_STR(fsc_record_zone_text(r, FSC_ZONE_TITLE, &len),
              "Baku begins measures in Karabakh");
    TH_EQ_INT(len, 32);
    fsc_record_free(r);
    /* a line break alone is enough */
    r = text_record("أذربيجان تبدأ إجراءات\nقال الوزير إن ...", 1);
    TH_EQ_STR(fsc_record_field(r, "title"), "أذربيجان تبدأ إجراءات");
    TH_EQ_STR(fsc_record_text(r, NULL), "قال الوزير إن ...");
    fsc_record_free(r);
    /* headlines may ask or exclaim */
    r = text_record("Is this the end?\nMore text.", 1);
    TH_EQ_STR(fsc_record_field(r, "title"), "Is this the end?");
    fsc_record_free(r);
    r = text_record("هل انتهى؟\nنص", 1);
    TH_EQ_STR(fsc_record_field(r, "title"), "هل انتهى؟");
    fsc_record_free(r);
    /* not a headline: a sentence, a closing quote after a full stop, an
     * ellipsis, a colon, a line with nothing after it, a long line, the
     * option off */
    static const char *const no[] = {
        "The ministry said so.\nMore text.",
        "He said \"no.\"\nMore text.",
        "And then\xE2\x80\xA6\nMore text.",
        "The minister said:\nMore text.",
        "Only one line",
        "Only one line\n\n  \n",
        "one two three four five six seven eight nine ten eleven twelve "
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
        "twenty twentyone twentytwo twentythree twentyfour twentyfive "
        "twentysix\nMore text.",
    };
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        r = text_record(no[i], 1);
        TH_CHECK(fsc_record_field(r, "title") == NULL);
        TH_EQ_STR(fsc_record_text(r, &len), no[i]);
        fsc_record_free(r);
    }
    r = text_record("Baku begins measures\n\nThe ministry said so.", 0);
    TH_CHECK(fsc_record_field(r, "title") == NULL);
    fsc_record_free(r);
}

/* fsc_analyze_record: the record's title, scored or left out. */
static void test_record(void)
{
    fsc_record *rec = text_record(
        "Baku begins counter-terrorism measures in Karabakh\n\n"
        "The ministry said the illegal armed groups must lay down their arms.",
        1);
    fsc_result *r = NULL, *o = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_analyze_record(az, rec, 1, &r, &e), FSC_OK);
    TH_EQ_INT(fsc_analyze_record(az, rec, 0, &o, &e), FSC_OK);
    if (r && o) {
        TH_EQ_INT(fsc_result_title_status(r), FSC_TITLE_SCORED);
        TH_EQ_INT(fsc_result_title_status(o), FSC_TITLE_OFF);
        const fsc_match *m = fsc_result_match(r, 0);
        size_t tl = 0;
        const char *t = fsc_record_zone_text(rec, m->zone, &tl);
        TH_CHECK(m->off + m->len <= tl);
        TH_CHECK(strncmp(t + m->off, "counter-terrorism", m->len) == 0);
        TH_EQ_INT(fsc_result_n_matches(r),
                  fsc_result_n_matches(o) +
                      fsc_result_zone_matches(r, FSC_ZONE_TITLE));
    }
    TH_EQ_STR(fsc_zone_name(FSC_ZONE_TITLE), "title");
    TH_EQ_STR(fsc_zone_name(FSC_ZONE_TEXT), "text");
    TH_EQ_STR(fsc_title_status_name(FSC_TITLE_IN_TEXT), "in_text");
    fsc_result_free(r);
    fsc_result_free(o);
    fsc_record_free(rec);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    test_title_zone();
    test_title_modifiers_and_voice();
    test_in_text_off_none();
    test_scope();
    test_headline();
    test_record();
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
