/*
 * test_report_own.c - the report's own pass (languages, dates, attribution
 * totals, top articles) scans each row and has cJSON parse only the values
 * it reads; it must count and keep exactly what it kept when cJSON parsed
 * every row whole. The report (JSON, which carries every figure, and
 * Markdown) is rendered both ways and compared, on score rows with
 * attribution profiles and on rows made odd where the scan hands a row
 * back to cJSON or where the two could part: keys named twice at each
 * depth the duplicate rule covers (and one below it), escaped keys and
 * values, surrogates, \u0000, raw control characters, numbers cJSON reads
 * more loosely than JSON, text after the row, a BOM, a framescope that is
 * no object, deep nesting, many members, blank lines; and the values the
 * pass decodes itself (escaped strings and names, numbers, members of
 * unexpected types, names named twice below the checked depths).
 */
#include "framescope/report.h"
#include "report_int.h"
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

static char *render(const char *data, size_t len, int slow,
                    fsc_report_format fmt)
{
    fsc_report_opts o;
    fsc_report_opts_init(&o);
    o.bootstrap = 30;
    o.top_articles = 3;
    o.top_min_tokens = 0; /* every row offers its top articles */
    o.period = FSC_PERIOD_MONTH;
    o.timestamp = "2026-01-01T00:00:00Z";
    fsc_report *r = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_report_new(NULL, &o, &r, &e), FSC_OK);
    if (!r)
        return NULL;
    fsc__report_own_slow(r, slow);
    char *out = NULL;
    size_t n = 0, nf = 0;
    fsc_report_file *files = NULL;
    size_t cut = len / 3;
    if (fsc_report_feed(r, "rows", data, cut, &e) == FSC_OK &&
        fsc_report_feed(r, "rows", data + cut, len - cut, &e) == FSC_OK &&
        fsc_report_end(r, &e) == FSC_OK && fsc_report_run(r, &e) == FSC_OK)
        TH_EQ_INT(
            fsc_report_render(r, fmt, "charts", &out, &n, &files, &nf, &e),
            FSC_OK);
    else
        fprintf(stderr, "report: %s\n", e.msg);
    fsc_report_files_free(files, nf);
    fsc_report_free(r);
    return out;
}

static void both_ways(const char *what, const char *data, size_t len)
{
    for (int f = 0; f < 2; f++) {
        fsc_report_format fmt = f ? FSC_REPORT_MD : FSC_REPORT_JSON;
        char *a = render(data, len, 0, fmt), *b = render(data, len, 1, fmt);
        TH_CHECK(a != NULL && b != NULL);
        if (a && b && strcmp(a, b) != 0)
            fprintf(stderr, "%s: the scanned own pass differs (format %d)\n",
                    what, f);
        TH_EQ_STR(a, b);
        free(a);
        free(b);
    }
}

static char *subst(const char *s, const char *from, const char *to)
{
    const char *at = strstr(s, from);
    TH_CHECK(at != NULL);
    size_t a = at ? (size_t)(at - s) : strlen(s);
    size_t lf = at ? strlen(from) : 0, lt = at ? strlen(to) : 0;
    char *o = malloc(strlen(s) - lf + lt + 1);
    memcpy(o, s, a);
    memcpy(o + a, to, lt);
    strcpy(o + a + lt, s + a + lf);
    return o;
}

int main(void)
{
    fsc_error e;
    if (fsc_init(&e) != FSC_OK)
        return 1;
    size_t len;
    char *rows = slurp(FSC_TEST_DATA "/compare/voice-rows.jsonl", &len);
    if (!rows)
        TH_DONE();
    both_ways("voice rows", rows, len);

    size_t fl = (size_t)(strchr(rows, '\n') - rows);
    char *first = malloc(fl + 1);
    memcpy(first, rows, fl);
    first[fl] = '\0';
    static const char *const edits[][2] = {
        /* duplicates at depths 3, 2, 1 (matches: inside an array), 0 */
        { "\"date\":", "\"date\":\"2023-01-01\",\"date\":" },
        { "\"tokens\":", "\"tokens\":1,\"tokens\":" },
        { "\"term\":", "\"term\":\"x\",\"term\":" },
        { "\"profile\":{", "\"profile\":{\"sources\":1," },
        { "\"count\":1,", "\"count\":1,\"count\":2," },
        { "\"az\":{\"attributions\":1",
          "\"az\":{\"attributions\":5,\"attributions\":1" },
        /* escapes */
        { "\"outlet\":\"North\"", "\"outlet\":\"N\\u00f6rth \\\"q\\\" \\/\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"No\\u0000rth\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"N\\ud83d\\ude00\"" },
        { "\"outlet\":\"North\"", "\"\\u006futlet\":\"North\"" },
        { "\"outlet\":\"North\"",
          "\"outlet\":\"North\",\"o\\u0075tlet\":\"S\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"No\trth\"" },
        { "\"outlet\":\"North\"", "\"outlet\":\"North\\q\"" },
        /* numbers */
        { "\"tokens\":20", "\"tokens\":20.0e0" },
        { "\"tokens\":20", "\"tokens\":020" },
        { "\"tokens\":20", "\"tokens\":+20" },
        { "\"tokens\":20", "\"tokens\":2e400" },
        { "\"count\":1,", "\"count\":1.," },
        { "\"count\":1,", "\"count\":-0," },
        /* shapes */
        { "\"framescope\":{", "\"framescope\":7,\"x\":{" },
        { "\"profile\":{", "\"profile\":[1,{\"a\":1,\"a\":2}],\"p2\":{" },
        { "\"categories\":{", "\"categories\":null,\"c2\":{" },
        { "\"id\":\"n1\"",
          "\"id\":\"n1\",\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
          "[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
          "]]]]]]]]]]]]]]]]]]]]]]]]]]]]" },
        { "\"status\":\"scored\"", "\"status\":\"scored\" " },
        { "{\"id\"", "\xEF\xBB\xBF{\"id\"" },
        { "{\"id\"", " \t{\"id\"" },
        { "\"lang\":\"en\",\"framescope\"",
          "\"lang\":\"en\",\"t\":true,\"f\":false,\"n\":null,\"framescope\"" },
        { "\"date\":\"2023-09-20\"", "\"date\":\"2023-09-20x\"" },
        { "\"tokens\":20", "\"tokens\":\"20\"" },
        /* values decoded from the scan: escapes in the strings read and in
           the names below the checked depths, names there named twice,
           numbers strtod reads, members of unexpected types */
        { "\"az\":{\"attributions\":1", "\"a\\u007a\":{\"attributions\":1" },
        { "\"az\":{\"attributions\":1",
          "\"az\":{\"attributions\":2},\"az\":{\"attributions\":1" },
        { "\"count\":1,", "\"co\\u0075nt\":3,\"count\":1," },
        { "\"status\":\"scored\",\"lang\":\"en\"",
          "\"status\":\"sc\\u006fred\",\"lang\":"
          "\"\\u0065n\\t\\u00e9\\u4e2d\"" },
        { "\"date\":\"2023-09-20\"", "\"date\":\"2023\\u002d09-20\"" },
        { "\"id\":\"n1\"",
          "\"id\":\"n\\\"1\\\\\",\"title\":\"T \\/ \\b\\f\\n\\r \\u00e9\"" },
        { "\"tokens\":20", "\"tokens\":2.5e1" },
        { "\"tokens\":20", "\"tokens\":-20" },
        { "\"tokens\":20", "\"tokens\":12345678901234567890" },
        { "\"tokens\":20", "\"tokens\":123456789012345" },
        { "\"attributions\":1,\"sources\":1,\"anonymous\"",
          "\"attributions\":1.5E+0,\"sources\":1,\"anonymous\"" },
        { "\"categories\":{", "\"categories\":[{\"count\":1}],\"c3\":{" },
        { "\"by_side\":{", "\"by_side\":[{\"attributions\":1}],\"bs\":{" },
        { "\"karabakh-2023:securitization\":{",
          "\"x:y\":5,\"x:z\":[1],\"karabakh-2023:securitization\":{" },
        { "\"id\":\"n1\"",
          "\"id\":\"n1\","
          "\"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
          "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
          "kkkkkk"
          "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
          "kkkkkk"
          "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
          "kkkkkk"
          "kk\":1" },
        { "\"framescope\":{", "\"framescope\":{\"tokens\":5},\"f2\":{" },
    };
    size_t ne = sizeof edits / sizeof *edits;
    size_t cap = len + 2 * fl + 4096;
    for (size_t i = 0; i < ne; i++)
        cap += fl + strlen(edits[i][1]) + 8;
    char *odd = malloc(cap);
    size_t ol = 0;
    for (size_t i = 0; i < ne; i++) {
        char *r = subst(first, edits[i][0], edits[i][1]);
        ol += (size_t)sprintf(odd + ol, "%s\n\n", r);
        free(r);
        /* the same row with text after it, and with many members */
        if (i == 0) {
            ol += (size_t)sprintf(odd + ol, "%s x\n", first);
            ol += (size_t)sprintf(odd + ol, "{\"id\":\"m\"");
            for (int k = 0; k < 70; k++)
                ol += (size_t)sprintf(odd + ol, ",\"k%d\":%d", k, k);
            ol += (size_t)sprintf(odd + ol, ",%s\n", strchr(first, '"') + 10);
        }
    }
    memcpy(odd + ol, rows, len);
    ol += len;
    odd[ol] = '\0';
    both_ways("odd rows", odd, ol);
    free(odd);
    free(first);
    free(rows);
    TH_DONE();
}
