/*
 * test_compare_follow.c - a comparison that follows another (reads the rows
 * the leader scans, as `report` does for its profile measures and its time
 * series) gives exactly the result of the same comparison fed the same bytes
 * itself: on score rows with attribution profiles, and on rows made odd in
 * the ways where the two could part (a field named twice, a profile value
 * only the follower reads, lexicon_set after the categories, a row only the
 * leader rejects, invalid UTF-8, blank lines, a CSV file, a last line
 * without a newline), fed in chunks of several sizes.
 */
#include "compare/compare_int.h"
#include "framescope/compare.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    char *b = th_slurp(path, len);
    TH_CHECK(b != NULL);
    return b;
}

static char *dupn(const char *s, size_t n)
{
    char *o = malloc(n + 1);
    memcpy(o, s, n);
    o[n] = '\0';
    return o;
}

/* Replace the first `from` in s by `to` (new string). */
static char *subst(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    TH_CHECK(at != NULL);
    if (!at)
        return dupn(s, strlen(s));
    size_t a = (size_t)(at - s), lf = strlen(from), lt = strlen(to);
    char *o = malloc(strlen(s) - lf + lt + 1);
    memcpy(o, s, a);
    memcpy(o + a, to, lt);
    strcpy(o + a + lt, at + lf);
    return o;
}

static void opts_for(fsc_compare_opts *o, int k)
{
    fsc_compare_opts_init(o);
    o->bootstrap = 50;
    switch (k) {
    case 0: /* the leader, as report makes it */
        o->voices = FSC_COMPARE_VOICES_EACH;
        o->keyness = 1;
        break;
    case 1:
        o->measure = FSC_MEASURE_SOURCES;
        break;
    case 2:
        o->measure = FSC_MEASURE_ANONYMOUS_RATE;
        break;
    case 3:
        o->measure = FSC_MEASURE_SHARE_QUOTED;
        break;
    default: /* the series */
        o->period = FSC_PERIOD_WEEK;
        break;
    }
}

#define NC 5

static char *render(fsc_compare *c)
{
    char *s = NULL;
    size_t n;
    fsc_error e;
    if (fsc_compare_run(c, &e) != FSC_OK) {
        fprintf(stderr, "run: %s\n", e.msg);
        return dupn("(run failed)", 12);
    }
    TH_EQ_INT(fsc_compare_render(fsc_compare_result_get(c), FSC_COMPARE_JSON,
                                 &s, &n, NULL),
              FSC_OK);
    return s;
}

/* Feed `data` to a leader with followers and to each comparison alone. */
static void same_as_alone(const char *what, const char *data, size_t len,
                          size_t chunk)
{
    fsc_compare *lead[NC] = { 0 }, *alone[NC] = { 0 };
    fsc_error e;
    for (int k = 0; k < NC; k++) {
        fsc_compare_opts o;
        opts_for(&o, k);
        TH_EQ_INT(fsc_compare_new(&o, &lead[k], &e), FSC_OK);
        TH_EQ_INT(fsc_compare_new(&o, &alone[k], &e), FSC_OK);
        if (k)
            TH_EQ_INT(fsc__compare_follow(lead[0], lead[k], &e), FSC_OK);
    }
    fsc_status sl = FSC_OK, sa[NC] = { 0 };
    for (size_t i = 0; i < len; i += chunk) {
        size_t n = len - i < chunk ? len - i : chunk;
        if (sl == FSC_OK)
            sl = fsc_compare_feed(lead[0], "rows", data + i, n, &e);
        for (int k = 0; k < NC; k++)
            if (sa[k] == FSC_OK)
                sa[k] = fsc_compare_feed(alone[k], "rows", data + i, n, &e);
    }
    for (int k = 0; k < NC; k++) {
        if (sl == FSC_OK)
            sl = fsc_compare_end(lead[k], &e);
        if (sa[k] == FSC_OK)
            sa[k] = fsc_compare_end(alone[k], &e);
    }
    TH_EQ_INT(sl, FSC_OK);
    for (int k = 0; k < NC; k++) {
        TH_EQ_INT(sa[k], FSC_OK);
        char *a = render(lead[k]), *b = render(alone[k]);
        if (!a || !b || strcmp(a, b) != 0)
            fprintf(stderr, "%s, chunk %zu, comparison %d: differs\n", what,
                    chunk, k);
        TH_EQ_STR(a, b);
        free(a);
        free(b);
    }
    for (int k = 0; k < NC; k++) {
        fsc_compare_free(lead[k]);
        fsc_compare_free(alone[k]);
    }
}

static void rules(void)
{
    fsc_compare *a = NULL, *b = NULL, *c = NULL;
    fsc_compare_opts o;
    fsc_error e;
    fsc_compare_opts_init(&o);
    TH_EQ_INT(fsc_compare_new(&o, &a, &e), FSC_OK);
    o.keyness = 1;
    TH_EQ_INT(fsc_compare_new(&o, &b, &e), FSC_OK);
    fsc_compare_opts_init(&o);
    o.measure = FSC_MEASURE_WEIGHTED;
    TH_EQ_INT(fsc_compare_new(&o, &c, &e), FSC_OK);
    /* keyness and the weighted measure cannot follow; nor can a leader */
    TH_EQ_INT(fsc__compare_follow(a, b, &e), FSC_EINVAL);
    TH_EQ_INT(fsc__compare_follow(a, c, &e), FSC_EINVAL);
    TH_EQ_INT(fsc__compare_follow(a, a, &e), FSC_EINVAL);
    fsc_compare_free(a);
    fsc_compare_free(b);
    fsc_compare_free(c);
}

int main(void)
{
    fsc_error e;
    if (fsc_init(&e) != FSC_OK)
        return 1;
    rules();
    size_t len;
    char *rows = slurp(FSC_TEST_DATA "/compare/voice-rows.jsonl", &len);
    if (!rows)
        TH_DONE();
    /* The plain rows. */
    for (size_t chunk = 1; chunk < 1 << 20; chunk *= 37)
        same_as_alone("voice rows", rows, len, chunk);

    /* Odd rows, made from the first one. */
    char *first = dupn(rows, (size_t)(strchr(rows, '\n') - rows));
    const char *edits[][2] = {
        { "\"date\":\"2023-09-20\"",
          "\"date\":\"2023-09-20\",\"date\":\"2023-09-21\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"North\",\"outlet\":\"South\"" },
        { "\"sources\":1", "\"sources\":\"one\"" },
        { "\"sources\":1", "\"sources\":null" },
        { "\"profile\":{", "\"profile\":{\"sources\":2," },
        { "\"profile\":{\"sources_named\"", "\"profile\":7,\"x\":{\"a\"" },
        { "\"count\":1,", "" },
        { "\"status\":\"scored\",",
          "\"status\":\"scored\",\"scope\":{\"lx\":{\"in_scope\":true}}," },
        { "\"status\":\"scored\",",
          "\"status\":\"scored\",\"scope\":{\"lx\":{\"in_scope\":1}}," },
        { "\"voice_tokens\"",
          "\"lexicon_set\":{\"lexicons\":[]},\"voice_tokens\"" },
        { "\"status\":\"scored\"", "\"status\":\"skipped\",\"reason\":\"r\"" },
        { "\"status\":\"scored\",", "\"status\":\"scored\",\"lang\":\"xx\"," },
        { "\"lang\":\"en\",\"framescope\"", "\"framescope\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"No\\u0000rth\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"N\\u00f6rth\"" },
        { "\"outlet\":\"North\"", "\"outlet\":17" },
        { "\"date\":\"2023-09-20\"", "\"date\":\"20230920\"" },
        { "\"tokens\":20", "\"tokens\":0" },
        { "\"tokens\":20", "\"tokens\":-1" },
        { "North", "N\xff" },
        { "{\"id\"", "[\"id\"" },
        { "\"framescope\":{", "\"framescope\":{\"status\":\"scored\"," },
    };
    size_t ne = sizeof edits / sizeof *edits;
    size_t cap = len + 2;
    for (size_t i = 0; i < ne; i++)
        cap += strlen(first) + strlen(edits[i][1]) + 4;
    char *odd = malloc(cap + 64);
    size_t ol = 0;
    for (size_t i = 0; i < ne; i++) {
        char *r = subst(first, edits[i][0], edits[i][1]);
        ol += (size_t)sprintf(odd + ol, "%s\n\n", r);
        free(r);
    }
    memcpy(odd + ol, rows, len);
    ol += len;
    odd[ol] = '\0';
    if (ol && odd[ol - 1] == '\n') /* no newline after the last row */
        odd[--ol] = '\0';
    for (size_t chunk = 1; chunk < 1 << 20; chunk *= 37)
        same_as_alone("odd rows", odd, ol, chunk);
    free(odd);
    free(first);
    free(rows);

    /* CSV: the followers read the records themselves. */
    rows = slurp(FSC_TEST_DATA "/compare/voice-rows.csv", &len);
    if (rows) {
        same_as_alone("csv", rows, len, 7);
        same_as_alone("csv", rows, len, 1 << 20);
        free(rows);
    }
    TH_DONE();
}
