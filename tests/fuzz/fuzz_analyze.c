/*
 * fuzz_analyze.c - libFuzzer target for the analyzer: arbitrary text (made
 * valid UTF-8 first) through tokenising, folding, clitic readings, the trie
 * walk, modifiers and rendering, against a small lexicon that exercises
 * multi-word terms, wildcards, Arabic clitics and modifiers on both sides.
 * Checks that every match lies inside the text and that offsets agree.
 */
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char LEX[] =
    "{\"name\":\"f\",\"version\":\"1\",\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"categories\":[{\"id\":\"a\"},{\"id\":\"b\",\"parent\":\"a\"}],"
    "\"entries\":["
    "{\"term\":\"احتلال\",\"lang\":\"ar\",\"categories\":[\"a\"]},"
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

static fsc_lexicon *lx;
static fsc_model *model;
static fsc_analyzer *az;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fsc_error e;
    if (!az) {
        fsc_init(&e);
        if (fsc_lexicon_parse(LEX, strlen(LEX), "fuzz", NULL, &lx, &e) ||
            fsc_model_compile((const fsc_lexicon *const *)&lx, 1, NULL,
                              &model, &e) ||
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
                m->n_cats == 0)
                abort();
        }
        fsc_result_free(r);
    }
    free(text);
    return 0;
}
