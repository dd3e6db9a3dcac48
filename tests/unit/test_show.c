/*
 * test_show.c - fsc_show_render and fsc_show_escape: escaping of control
 * and bidi characters, plain markers and labels, colour sequences, and
 * wrapping that never splits a code point or overruns the width.
 */
#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/lexicon.h"
#include "framescope/show.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bundled_model.h"

/* Render one in-memory record (JSON Lines or text). */
static char *render(const char *data, const fsc_show_opts *o, size_t *len)
{
    fsc_reader *r = NULL;
    fsc_record *rec = NULL;
    fsc_result *res = NULL;
    char *out = NULL;
    fsc_raw_record raw;
    int eof = 1;
    fsc_error e;
    if (fsc_reader_open_mem(data, strlen(data), "mem", NULL, &r, &e) ==
            FSC_OK &&
        fsc_reader_next(r, &raw, &eof, &e) == FSC_OK && !eof &&
        fsc_record_parse(&raw, &rec, &e) == FSC_OK &&
        !fsc_record_skipped(rec)) {
        size_t n;
        const char *text = fsc_record_text(rec, &n);
        if (fsc_analyze(az, text, n, fsc_record_field(rec, "lang"), &res, &e) ==
            FSC_OK)
            TH_EQ_INT(fsc_show_render(model, rec, res, o, &out, len, &e),
                      FSC_OK);
    }
    TH_CHECK(out != NULL);
    fsc_result_free(res);
    fsc_record_free(rec);
    fsc_reader_free(r);
    return out;
}

static char *read_file(const char *rel)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", FSC_SOURCE_DIR, rel);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = '\0';
    fclose(f);
    return s;
}

static void test_escape(void)
{
    static const char in[] = "a\x1b[2Jb\t\r\nc\x7f"
                             "\xe2\x80\xae" /* U+202E */
                             "\xc2\x9b"     /* U+009B */
                             "\xe2\x81\xa6" /* U+2066 */
                             "\xff"         /* invalid */
                             "\x01\x00z";
    char *out = NULL;
    size_t n = 0;
    TH_EQ_INT(fsc_show_escape(in, sizeof in - 1, &out, &n, NULL), FSC_OK);
    TH_EQ_STR(out, "a\xe2\x90\x9b[2Jb\t\nc\xe2\x90\xa1"
                   "\xe2\x81\xa8\\u{202E}\xe2\x81\xa9"
                   "\xe2\x81\xa8\\u{9B}\xe2\x81\xa9"
                   "\xe2\x81\xa8\\u{2066}\xe2\x81\xa9"
                   "\xe2\x81\xa8\\x{FF}\xe2\x81\xa9"
                   "\xe2\x90\x81\xe2\x90\x80z");
    TH_EQ_INT(n, strlen(out));
    fsc_free(out);
    /* Arabic, Russian and allowed marks (LRM, ALM) pass unchanged. */
    static const char ok[] = "\xd9\x85\xd9\x83\xd8\xa7\xd9\x81\xd8\xad\xd8\xa9 "
                             "\xd0\xbd\xd0\xb5 \xe2\x80\x8e\xd8\x9c";
    TH_EQ_INT(fsc_show_escape(ok, sizeof ok - 1, &out, &n, NULL), FSC_OK);
    TH_EQ_STR(out, ok);
    fsc_free(out);
    TH_EQ_INT(fsc_show_escape(NULL, 0, &out, &n, NULL), FSC_OK);
    TH_EQ_STR(out, "");
    fsc_free(out);
    TH_EQ_INT(fsc_show_escape("x", 1, NULL, &n, NULL), FSC_EINVAL);
    TH_EQ_INT(fsc_show_escape(NULL, 1, &out, &n, NULL), FSC_EINVAL);
}

static void test_plain_and_color(void)
{
    static const char rec[] =
        "{\"id\":\"x\",\"lang\":\"en\",\"text\":\"Lavrov said: \\\"This is "
        "not an occupation.\\\" It was a counter-terrorism "
        "operation.\\u001b[2J\"}";
    fsc_show_opts o;
    fsc_show_opts_init(&o);
    size_t n = 0;
    char *out = render(rec, &o, &n);
    if (out) {
        TH_EQ_INT(n, strlen(out));
        TH_CHECK(strstr(out, "[[occupation]]\xe2\x81\xa8{occupation\xc2\xb7"
                             "quoted\xe2\x86\x92lavrov\xc2\xb7negated}"
                             "\xe2\x81\xa9") != NULL);
        TH_CHECK(strstr(out, "[[counter-terrorism]]\xe2\x81\xa8{"
                             "securitization\xc2\xb7"
                             "authorial}\xe2\x81\xa9") != NULL);
        TH_CHECK(strstr(out, "\xe2\x9f\xa6Lavrov\xe2\x9f\xa7") != NULL);
        TH_CHECK(strstr(out, "\xe2\x9f\xa8said\xe2\x9f\xa9") != NULL);
        TH_CHECK(strstr(out, "1. direct \xe2\x80\x94 source: Sergey Lavrov") !=
                 NULL);
        TH_CHECK(strstr(out, "operation.\xe2\x90\x9b[2J") != NULL);
        TH_CHECK(strchr(out, 0x1b) == NULL);
        fsc_free(out);
    }
    o.color = 1;
    out = render(rec, &o, &n);
    if (out) {
        TH_CHECK(strstr(out, "\x1b[0;") != NULL);
        TH_CHECK(strstr(out, "[[") == NULL);
        /* The article's ESC is still inert: every ESC is followed by '['
         * and the ESC of the text shows as ␛. */
        TH_CHECK(strstr(out, "operation.\xe2\x90\x9b[2J") != NULL);
        TH_CHECK(strstr(out, "\x1b[2J") == NULL);
        /* Balanced: the output ends with no style left on. */
        const char *last = NULL;
        for (const char *p = out; (p = strstr(p, "\x1b[")) != NULL; p++)
            last = p;
        TH_CHECK(last && strncmp(last, "\x1b[0m", 4) == 0);
        fsc_free(out);
    }
}

/* The organisation a role phrase speaks for follows its source. */
static void test_organisation(void)
{
    static const char rec[] =
        "{\"id\":\"o\",\"lang\":\"en\",\"text\":\"A spokesman for "
        "Hamas said the crossing would open. A spokeswoman said the bus "
        "was late.\"}";
    fsc_show_opts o;
    fsc_show_opts_init(&o);
    size_t n = 0;
    char *out = render(rec, &o, &n);
    if (out) {
        TH_CHECK(strstr(out,
                        "A spokesman for Hamas\xe2\x81\xa9\xc2\xbb (hamas, "
                        "pal, military; nominal) of \xc2\xab\xe2\x81\xa8"
                        "Hamas\xe2\x81\xa9\xc2\xbb (hamas) \xe2\x80\x94 cue") !=
                 NULL);
        /* (none for a role with no body) */
        const char *two = strstr(out, "\n2. indirect");
        const char *end = two ? strchr(two + 1, '\n') : NULL;
        const char *of = two ? strstr(two, " of \xc2\xab") : NULL;
        TH_CHECK(two && (of == NULL || (end && of > end)));
        fsc_free(out);
    }
}

/* Width in columns of one output line, as the renderer counts it for this
 * text (no wide or combining characters besides Arabic marks, FSI/PDI). */
static size_t line_cols(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char u = (unsigned char)s[i];
        if ((u & 0xC0) == 0x80)
            continue;
        if (u == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x81 &&
            ((unsigned char)s[i + 2] == 0xA8 ||
             (unsigned char)s[i + 2] == 0xA9))
            continue; /* FSI, PDI */
        if (u == 0xD9 && i + 1 < n && (unsigned char)s[i + 1] >= 0x8B &&
            (unsigned char)s[i + 1] <= 0x9F)
            continue; /* tashkeel */
        c++;
    }
    return c;
}

static void test_wrap(void)
{
    char *seed = read_file("corpora/sample/seed.jsonl");
    TH_CHECK(seed != NULL);
    if (!seed)
        return;
    fsc_show_opts o;
    fsc_show_opts_init(&o);
    size_t n0 = 0;
    char *plain = render(seed, &o, &n0);
    for (unsigned w = 1; w <= 90; w += (w < 12 ? 1 : 7)) {
        o.width = w;
        size_t n = 0;
        char *out = render(seed, &o, &n);
        if (!out)
            continue;
        TH_EQ_INT(fsc_utf8_check(out, n, "wrapped", NULL), FSC_OK);
        for (const char *p = out; *p;) {
            const char *nl = strchr(p, '\n');
            size_t len = nl ? (size_t)(nl - p) : strlen(p);
            if (line_cols(p, len) > w) {
                fprintf(stderr, "width %u: line of %zu columns: %.*s\n", w,
                        line_cols(p, len), (int)len, p);
                TH_CHECK(0);
                break;
            }
            p += len + (nl != NULL);
        }
        /* Wrapping only turns spaces into line breaks (dropping some
         * spaces) and adds breaks: the other bytes are the same. */
        if (plain) {
            size_t a = 0, b = 0;
            int same = 1;
            while (same && (a < n0 || b < n)) {
                while (a < n0 && (plain[a] == ' ' || plain[a] == '\n'))
                    a++;
                while (b < n && (out[b] == ' ' || out[b] == '\n'))
                    b++;
                if (a < n0 && b < n)
                    same = plain[a++] == out[b++];
                else
                    same = a >= n0 && b >= n;
            }
            TH_CHECK(same);
        }
        fsc_free(out);
    }
    fsc_free(plain);
    free(seed);
}

int main(void)
{
    if (setup() != 0) {
        fprintf(stderr, "setup failed\n");
        return 1;
    }
    test_escape();
    test_plain_and_color();
    test_organisation();
    test_wrap();
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
