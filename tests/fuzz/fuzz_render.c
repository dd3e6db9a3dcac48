/*
 * fuzz_render.c - libFuzzer target for the renderers of what framescope
 * writes about an article: the input is read as a corpus (sniffed: JSON
 * Lines, a JSON array, CSV or text), each record is analysed against a
 * small framing + attribution model, and rendered as a score row in every
 * format (JSON Lines, JSON, CSV, wide CSV, table), as the show text and
 * HTML views and as KWIC lines (text, CSV, HTML); skipped records too.
 * Checks: no crash or leak; every output is valid UTF-8; JSON rows parse;
 * CSV output has balanced quotes and one record per row line; the table
 * and the terminal views carry no raw ESC; HTML has no raw <script.
 */
#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/kwic.h"
#include "framescope/lexicon.h"
#include "framescope/score.h"
#include "framescope/show.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char LEX[] =
    "{\"name\":\"f\",\"version\":\"1\",\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"categories\":[{\"id\":\"a\"},{\"id\":\"b\",\"parent\":\"a\"}],"
    "\"entries\":["
    "{\"term\":\"occupation\",\"lang\":\"en\",\"categories\":[\"a\"]},"
    "{\"term\":\"illegal*\",\"lang\":\"en\",\"categories\":[\"b\"]},"
    "{\"term\":\"war\",\"lang\":\"en\",\"categories\":[\"a\"]},"
    "{\"term\":\"احتلال\",\"lang\":\"ar\",\"categories\":[\"a\"]},"
    "{\"term\":\"оккупац*\",\"lang\":\"ru\",\"categories\":[\"a\"]},"
    "{\"term\":\"not\",\"lang\":\"en\",\"role\":\"negator\"},"
    "{\"term\":\"allegedly\",\"lang\":\"en\",\"role\":\"hedge\","
    "\"scope\":\"both\"}]}";

static const char ATTR[] =
    "{\"name\":\"c\",\"version\":\"1\",\"layer\":\"attribution\","
    "\"languages\":[\"ar\",\"en\",\"ru\"],"
    "\"categories\":[{\"id\":\"cue\"}],"
    "\"entries\":["
    "{\"term\":\"said\",\"lang\":\"en\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"speech\","
    "\"form\":\"verb\",\"lemma\":\"say\"}},"
    "{\"term\":\"according to\",\"lang\":\"en\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"according_to\","
    "\"form\":\"phrase\",\"lemma\":\"according to\"}},"
    "{\"term\":\"قال\",\"lang\":\"ar\",\"categories\":[\"cue\"],"
    "\"attrs\":{\"stance\":\"neutral\",\"kind\":\"speech\","
    "\"form\":\"verb\",\"lemma\":\"قال\"}}]}";

static fsc_lexicon *lx, *alx;
static fsc_model *model;
static fsc_analyzer *az;

static void check_utf8(const char *s, size_t n)
{
    if (!s || !fsc__utf8_valid(s, n, NULL, NULL, NULL))
        abort();
}

/* RFC 4180: quotes balance, and outside quotes no bare CR. */
static void check_csv(const char *s, size_t n)
{
    int q = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            q = !q;
        else if (!q && s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))
            abort();
    }
    if (q)
        abort();
}

static void check_no_esc(const char *s, size_t n)
{
    if (memchr(s, 0x1b, n))
        abort();
}

static void check_html(const char *s, size_t n)
{
    static const char bad[] = "<script";
    for (size_t i = 0; i + sizeof bad - 1 <= n; i++)
        if ((s[i] | 0x20) == '<' && strncmp(s + i, bad, sizeof bad - 1) == 0)
            abort();
}

/* Each line of JSON Lines output parses as an object. */
static void check_jsonl(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n;
        if (e > i) {
            cJSON *j = cJSON_ParseWithLength(s + i, e - i);
            if (!cJSON_IsObject(j))
                abort();
            cJSON_Delete(j);
        }
        i = e + 1;
    }
}

static void row(const fsc_record *rec, const fsc_result *res, size_t index)
{
    static const fsc_score_format fmts[] = { FSC_SCORE_JSONL, FSC_SCORE_JSON,
                                             FSC_SCORE_CSV, FSC_SCORE_WIDE,
                                             FSC_SCORE_TABLE };
    for (size_t f = 0; f < sizeof fmts / sizeof *fmts; f++) {
        fsc_score_opts o;
        fsc_score_opts_init(&o);
        o.format = fmts[f];
        o.keep_text = (int)(index & 1);
        char *out = NULL;
        size_t len = 0;
        fsc_error e;
        if (fsc_score_render_record(model, &o, index, rec, res, &out, &len,
                                    &e) != FSC_OK)
            continue;
        check_utf8(out, len);
        if (fmts[f] == FSC_SCORE_JSONL)
            check_jsonl(out, len);
        else if (fmts[f] == FSC_SCORE_CSV || fmts[f] == FSC_SCORE_WIDE)
            check_csv(out, len);
        else if (fmts[f] == FSC_SCORE_TABLE)
            check_no_esc(out, len);
        fsc_free(out);
    }
}

static void show(const fsc_record *rec, const fsc_result *res)
{
    fsc_show_opts so;
    fsc_show_opts_init(&so);
    so.width = 30;
    char *out = NULL;
    size_t len = 0;
    fsc_error e;
    if (fsc_show_render(model, rec, res, &so, &out, &len, &e) == FSC_OK) {
        check_utf8(out, len);
        check_no_esc(out, len);
        fsc_free(out);
    }
    so.width = 0;
    if (fsc_show_render_html(model, rec, res, &so, &out, &len, &e) ==
        FSC_OK) {
        check_utf8(out, len);
        check_html(out, len);
        fsc_free(out);
    }
}

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
    if (size > 1 << 14)
        return 0;
    fsc_reader *r = NULL;
    fsc_reader_opts ro;
    fsc_reader_opts_init(&ro);
    ro.max_record_bytes = 1 << 16;
    if (fsc_reader_open_mem((const char *)data, size, "fuzz\xff.jsonl", &ro,
                            &r, &e) != FSC_OK)
        return 0;
    fsc_kwic *kw = NULL;
    fsc_kwic_opts ko;
    fsc_kwic_opts_init(&ko);
    ko.category = "a";
    ko.window = 12;
    if (fsc_kwic_new(model, &ko, &kw, &e) != FSC_OK)
        abort();
    for (size_t index = 0; index < 16; index++) {
        fsc_raw_record raw;
        int eof = 0;
        if (fsc_reader_next(r, &raw, &eof, &e) != FSC_OK || eof)
            break;
        fsc_record *rec = NULL;
        if (fsc_record_parse(&raw, &rec, &e) != FSC_OK)
            break;
        fsc_result *res = NULL;
        if (!fsc_record_skipped(rec)) {
            /* the title as its own zone, as score does */
            if (fsc_analyze_record(az, rec, 1, &res, &e) != FSC_OK)
                res = NULL;
        }
        if (fsc_record_skipped(rec) || res) {
            row(rec, res, index);
            if (res) {
                show(rec, res);
                if (fsc_kwic_add(kw, rec, res, NULL, &e) != FSC_OK)
                    abort();
            }
        }
        fsc_result_free(res);
        fsc_record_free(rec);
    }
    static const fsc_kwic_format kf[] = { FSC_KWIC_TEXT, FSC_KWIC_CSV,
                                          FSC_KWIC_HTML };
    for (size_t f = 0; f < 3; f++) {
        char *out = NULL;
        size_t len = 0;
        if (fsc_kwic_render(kw, kf[f], &out, &len, &e) != FSC_OK)
            continue;
        check_utf8(out, len);
        if (kf[f] == FSC_KWIC_CSV)
            check_csv(out, len);
        else if (kf[f] == FSC_KWIC_HTML)
            check_html(out, len);
        else
            check_no_esc(out, len);
        fsc_free(out);
    }
    fsc_kwic_free(kw);
    fsc_reader_free(r);
    return 0;
}
