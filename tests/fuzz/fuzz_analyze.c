/*
 * fuzz_analyze.c - libFuzzer target for the analyzer: arbitrary text (made
 * valid UTF-8 first) through tokenising, folding, clitic readings, the trie
 * walk, modifiers and rendering, against a small lexicon that exercises
 * multi-word terms, wildcards, Arabic clitics and modifiers on both sides,
 * sense guards, names, tanween forms and a paragraph scope. Checks that
 * every match and anchor lies inside the text and that offsets agree.
 */
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char LEX[] =
    "{\"name\":\"f\",\"version\":\"1\",\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"scope\":{\"anchors\":[\"Karabakh\",\"قره باغ\",\"Карабах*\"],"
    "\"window\":\"paragraph\"},"
    "\"categories\":[{\"id\":\"a\"},{\"id\":\"b\",\"parent\":\"a\"}],"
    "\"entries\":["
    "{\"term\":\"احتلال\",\"lang\":\"ar\",\"categories\":[\"a\"],"
    "\"forms\":[\"tanween\"],\"guards\":{\"not_near\":[\"المركز\"]}},"
    "{\"term\":\"illegal*\",\"lang\":\"en\",\"categories\":[\"a\"],"
    "\"guards\":{\"not_next\":[\"immigra*\",\"border cross*\"],"
    "\"prev\":[\"the\",\"an\"],\"near\":[\"armed\"],\"window\":4}},"
    "{\"term\":\"UN refugee agency\",\"lang\":\"en\",\"role\":\"name\"},"
    "{\"term\":\"احتل\",\"lang\":\"ar\",\"categories\":[\"a\"],"
    "\"forms\":[\"verb\"]},"
    "{\"term\":\"refugee*\",\"lang\":\"en\",\"categories\":[\"a\"],"
    "\"guards\":{\"not_prev\":[\"«\"]}},"
    "{\"term\":\"مكافحة الإرهاب\",\"lang\":\"ar\",\"categories\":[\"b\"]},"
    "{\"term\":\"غير شرعي*\",\"lang\":\"ar\",\"categories\":[\"a\"]},"
    "{\"term\":\"anti-terror*\",\"lang\":\"en\",\"categories\":[\"b\"]},"
    "{\"term\":\"czech republic\",\"lang\":\"en\",\"categories\":[\"a\"]},"
    "{\"term\":\"czech*\",\"lang\":\"en\",\"categories\":[\"b\"]},"
    "{\"term\":\"u.s.\",\"lang\":\"en\",\"categories\":[\"a\"]},"
    "{\"term\":\"оккупац*\",\"lang\":\"ru\",\"categories\":[\"a\"]},"
    "{\"term\":\"not\",\"lang\":\"en\",\"role\":\"negator\"},"
    "{\"term\":\"not only\",\"lang\":\"en\",\"role\":\"neutral\"},"
    "{\"term\":\"لا\",\"lang\":\"ar\",\"role\":\"negator\"},"
    "{\"term\":\"مزعوم*\",\"lang\":\"ar\",\"role\":\"distancer\","
    "\"scope\":\"preceding\"},"
    "{\"term\":\"allegedly\",\"lang\":\"en\",\"role\":\"hedge\","
    "\"scope\":\"both\"}]}";

/* An attribution layer too, so quotations, attributions and voices run. */
static const char ATTR[] =
    "{\"name\":\"a\",\"version\":\"1\",\"layer\":\"attribution\","
    "\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"categories\":[{\"id\":\"cue\"},{\"id\":\"side\"}],"
    "\"entries\":["
    "{\"term\":\"said\",\"lang\":\"en\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"speech\","
    "\"form\":\"verb\",\"lemma\":\"say\"}},"
    "{\"term\":\"according to\",\"lang\":\"en\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"according_to\","
    "\"form\":\"phrase\",\"lemma\":\"according to\"}},"
    "{\"term\":\"قال\",\"lang\":\"ar\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"speech\","
    "\"form\":\"verb\",\"lemma\":\"قال\"}},"
    "{\"term\":\"مضيفا\",\"lang\":\"ar\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"speech\","
    "\"form\":\"participle\",\"lemma\":\"أضاف\"}},"
    "{\"term\":\"sources\",\"lang\":\"en\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"anonymous\","
    "\"form\":\"noun\",\"lemma\":\"source\"}},"
    "{\"term\":\"заявил\",\"lang\":\"ru\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"speech\","
    "\"form\":\"verb\",\"lemma\":\"заявить\"}},"
    "{\"term\":\"Lavrov\",\"lang\":\"en\",\"categories\":[\"side\"],"
    "\"attrs\":{\"actor\":\"lavrov\",\"name\":\"Sergey Lavrov\","
    "\"side\":\"ru\",\"type\":\"government\"}},"
    "{\"term\":\"Лавров*\",\"lang\":\"ru\",\"categories\":[\"side\"],"
    "\"attrs\":{\"actor\":\"lavrov\",\"name\":\"Sergey Lavrov\","
    "\"side\":\"ru\",\"type\":\"government\"}},"
    "{\"term\":\"بيراموف\",\"lang\":\"ar\",\"categories\":[\"side\"],"
    "\"attrs\":{\"actor\":\"bayramov\",\"name\":\"Jeyhun Bayramov\","
    "\"side\":\"az\",\"type\":\"government\"}},"
    "{\"term\":\"Azernews\",\"lang\":\"en\",\"categories\":[\"side\"],"
    "\"attrs\":{\"actor\":\"azernews\",\"name\":\"Azernews\","
    "\"side\":\"az\",\"type\":\"media\"}}]}";

static fsc_lexicon *lx, *alx;
static fsc_model *model;
static fsc_analyzer *az;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fsc_error e;
    if (!az) {
        fsc_init(&e);
        const fsc_lexicon *both[2];
        if (fsc_lexicon_parse(LEX, strlen(LEX), "fuzz", NULL, &lx, &e) ||
            fsc_lexicon_parse(ATTR, strlen(ATTR), "fuzz-attr", NULL, &alx,
                              &e))
            abort();
        both[0] = lx;
        both[1] = alx;
        if (fsc_model_compile(both, 2, NULL, &model, &e) ||
            fsc_analyzer_new(model, &az, &e))
            abort();
    }
    if (size > 1 << 20)
        return 0;
    char *text = malloc(3 * size + 1);
    if (!text)
        return 0;
    size_t len = fsc__utf8_repair((const char *)data, size, text);
    fsc_result *r = NULL;
    if (fsc_analyze(az, text, len, NULL, &r, &e) == FSC_OK) {
        size_t cps = fsc__utf8_count(text, len);
        for (size_t i = 0; i < fsc_result_n_matches(r); i++) {
            const fsc_match *m = fsc_result_match(r, i);
            if (m->off + m->len > len || m->cp_off + m->cp_len > cps ||
                fsc__utf8_count(text, m->off) != m->cp_off ||
                fsc__utf8_count(text + m->off, m->len) != m->cp_len ||
                m->n_cats == 0 || (unsigned)m->voice > 2 ||
                m->attribution >= (long)fsc_result_n_attributions(r))
                abort();
        }
        for (size_t i = 0; i < fsc_result_n_anchors(r); i++) {
            const fsc_anchor *an = fsc_result_anchor(r, i);
            if (an->off + an->len > len || an->lexicon != 0 || an->anchor > 2)
                abort();
        }
        const fsc_scope_state *ss = fsc_result_scope(r, 0);
        if (!ss->scoped || ss->windows_in_scope > ss->windows ||
            (ss->in_scope != 0) != (ss->windows_in_scope > 0) ||
            fsc_result_scope(r, 1)->scoped)
            abort();
        for (size_t i = 0; i < fsc_result_n_attributions(r); i++) {
            const fsc_attribution *a = fsc_result_attribution(r, i);
            if (a->content_off + a->content_len > len ||
                a->cue_off + a->cue_len > len ||
                a->source_off + a->source_len > len)
                abort();
        }
        fsc_result_free(r);
    }
    /* The first line as a title, the rest as the text: every match,
     * attribution and anchor stays inside the string of its zone, and the
     * zones' counts add up. */
    const char *nl = memchr(text, '\n', len);
    size_t tl = nl ? (size_t)(nl - text) : 0;
    const char *body = nl ? nl + 1 : text;
    size_t bl = nl ? len - tl - 1 : len;
    if (fsc_analyze_zones(az, text, tl, 1, body, bl, NULL, &r, &e) == FSC_OK) {
        size_t zl[2] = { bl, tl };
        const char *zs[2] = { body, text };
        size_t nz[2] = { 0, 0 };
        for (size_t i = 0; i < fsc_result_n_matches(r); i++) {
            const fsc_match *m = fsc_result_match(r, i);
            if ((unsigned)m->zone > 1 || m->off + m->len > zl[m->zone] ||
                fsc__utf8_count(zs[m->zone], m->off) != m->cp_off ||
                m->attribution >= (long)fsc_result_n_attributions(r) ||
                (m->attribution >= 0 &&
                 fsc_result_attribution(r, (size_t)m->attribution)->zone !=
                     m->zone))
                abort();
            nz[m->zone]++;
        }
        if (nz[0] != fsc_result_zone_matches(r, FSC_ZONE_TEXT) ||
            nz[1] != fsc_result_zone_matches(r, FSC_ZONE_TITLE) ||
            fsc_result_zone_tokens(r, FSC_ZONE_TEXT) +
                    fsc_result_zone_tokens(r, FSC_ZONE_TITLE) !=
                fsc_result_n_tokens(r))
            abort();
        for (size_t i = 0; i < fsc_result_n_attributions(r); i++) {
            const fsc_attribution *a = fsc_result_attribution(r, i);
            if ((unsigned)a->zone > 1 ||
                a->content_off + a->content_len > zl[a->zone] ||
                a->cue_off + a->cue_len > zl[a->zone])
                abort();
        }
        for (size_t i = 0; i < fsc_result_n_anchors(r); i++) {
            const fsc_anchor *an = fsc_result_anchor(r, i);
            if ((unsigned)an->zone > 1 || an->off + an->len > zl[an->zone])
                abort();
        }
        const fsc_scope_state *ss = fsc_result_scope(r, 0);
        if (ss->windows_in_scope > ss->windows ||
            (ss->in_scope != 0) != (ss->windows_in_scope > 0))
            abort();
        fsc_result_free(r);
    }
    free(text);
    return 0;
}
