/*
 * test_show_html.c - fsc_show_render_html: markup, quotes and </style> in
 * every field come out escaped, bidi overrides and controls visible, every
 * <mark> closed, and a 1 MB line renders in linear time.
 */
#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/lexicon.h"
#include "framescope/show.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bundled_model.h"

/* Render one in-memory record (JSON Lines or text) as HTML. */
static char *render(const char *data, size_t n_data, size_t *len)
{
    fsc_reader *r = NULL;
    fsc_record *rec = NULL;
    fsc_result *res = NULL;
    char *out = NULL;
    fsc_raw_record raw;
    int eof = 1;
    fsc_error e;
    if (fsc_reader_open_mem(data, n_data, "mem", NULL, &r, &e) == FSC_OK &&
        fsc_reader_next(r, &raw, &eof, &e) == FSC_OK && !eof &&
        fsc_record_parse(&raw, &rec, &e) == FSC_OK &&
        !fsc_record_skipped(rec)) {
        size_t n;
        const char *text = fsc_record_text(rec, &n);
        if (fsc_analyze(az, text, n, fsc_record_field(rec, "lang"), &res, &e) ==
            FSC_OK)
            TH_EQ_INT(
                fsc_show_render_html(model, rec, res, NULL, &out, len, &e),
                FSC_OK);
    }
    TH_CHECK(out != NULL);
    fsc_result_free(res);
    fsc_record_free(rec);
    fsc_reader_free(r);
    return out;
}

static size_t count(const char *s, const char *needle)
{
    /* A plain scan: ASan's strstr checks the whole haystack on every call,
     * which makes repeated strstr quadratic on a 5 MB page. */
    size_t n = 0, k = strlen(needle);
    for (const char *p = s; *p; p++)
        if (*p == needle[0] && strncmp(p, needle, k) == 0) {
            n++;
            p += k - 1;
        }
    return n;
}

/* Case-insensitive search for an ASCII needle. */
static int contains_ci(const char *s, const char *needle)
{
    size_t k = strlen(needle);
    for (; *s; s++) {
        size_t i = 0;
        while (i < k && s[i] && (s[i] | 0x20) == (needle[i] | 0x20))
            i++;
        if (i == k)
            return 1;
    }
    return 0;
}

static void check_inert(const char *html)
{
    TH_CHECK(!contains_ci(html, "<script"));
    TH_CHECK(!contains_ci(html, "<img"));
    TH_CHECK(!contains_ci(html, "onerror="));
    TH_EQ_INT(count(html, "</style"), 1); /* ours */
    TH_EQ_INT(count(html, "<mark "), count(html, "</mark>"));
    TH_EQ_INT(count(html, "<p>") + count(html, "<p "), count(html, "</p>"));
    static const char *const raw[] = {
        "\xe2\x80\xaa", "\xe2\x80\xab", "\xe2\x80\xac", "\xe2\x80\xad",
        "\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x81\xa7", "\xe2\x81\xa8",
        "\xe2\x81\xa9", "\x1b",         "\x7f",         "\xc2\x9b"
    };
    for (size_t i = 0; i < sizeof raw / sizeof *raw; i++)
        TH_CHECK(strstr(html, raw[i]) == NULL);
}

static void test_inject(void)
{
    static const char rec[] =
        "{\"id\":\"a\\\"><script>alert(1)</script>\","
        "\"outlet\":\"<img src=x onerror=alert(1)>\",\"lang\":\"en\","
        "\"title\":\"</title><script>x</script>\\u202e\","
        "\"text\":\"Officials said the <script>alert(1)</script> was "
        "counter-terrorism.\\n\\nA \\\"><img src=x onerror=alert(1)> and "
        "</style> then \\u202eoccupation\\u202c & 'q' \\u2066i\\u2069 "
        "\\u001b[2J \\u009b.\\n\"}\n";
    size_t len = 0;
    char *html = render(rec, sizeof rec - 1, &len);
    if (!html)
        return;
    TH_EQ_INT(len, strlen(html));
    check_inert(html);
    TH_CHECK(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL);
    TH_CHECK(strstr(html, "&lt;/style&gt;") != NULL);
    TH_CHECK(strstr(html, "&quot;&gt;&lt;img src&#61;x onerror&#61;"
                          "alert(1)&gt;") != NULL);
    TH_CHECK(strstr(html, "&amp; &#39;q&#39;") != NULL);
    TH_CHECK(strstr(html, "<bdi class=\"ctl\">\\u{202E}</bdi>") != NULL);
    TH_CHECK(strstr(html, "<bdi class=\"ctl\">\\u{2066}</bdi>") != NULL);
    TH_CHECK(strstr(html, "<bdi class=\"ctl\">\xe2\x90\x9b</bdi>[2J") != NULL);
    TH_CHECK(strstr(html, "<bdi class=\"ctl\">\\u{9B}</bdi>") != NULL);
    /* In <title> only plain escapes (no tags there). */
    TH_CHECK(strstr(html, "<title>&lt;/title&gt;&lt;script&gt;x&lt;/script"
                          "&gt;\\u{202E}</title>") != NULL);
    /* The page forbids scripts and remote loads, and needs none. */
    TH_CHECK(strstr(html, "<meta charset=\"utf-8\">") != NULL);
    TH_CHECK(strstr(html, "Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'; script-src "
                          "'none'") != NULL);
    TH_CHECK(!contains_ci(html, "http://") && !contains_ci(html, "https://"));
    TH_CHECK(!contains_ci(html, "url("));
    /* The two terms are marked, with voice classes. */
    TH_CHECK(strstr(html, "voice-attributed") != NULL ||
             strstr(html, "voice-authorial") != NULL);
    TH_CHECK(count(html, "<mark class=\"cat-") >= 2);
    fsc_free(html);
}

/* A 1 MB line full of terms and characters to escape renders completely
 * and quickly (a quadratic renderer takes minutes). */
static void test_big_line(void)
{
    static const char unit[] =
        "The counter-terrorism <b>&\\\"'</b> occupation \\u202e x. ";
    const char *head = "{\"id\":\"big\",\"lang\":\"en\",\"text\":\"";
    size_t n_units = (1u << 20) / (sizeof unit - 1) + 1;
    size_t cap = strlen(head) + n_units * (sizeof unit - 1) + 8;
    char *rec = malloc(cap);
    TH_CHECK(rec != NULL);
    if (!rec)
        return;
    size_t n = strlen(head);
    memcpy(rec, head, n);
    for (size_t i = 0; i < n_units; i++) {
        memcpy(rec + n, unit, sizeof unit - 1);
        n += sizeof unit - 1;
    }
    memcpy(rec + n, "\"}\n", 3);
    n += 3;
    clock_t t0 = clock();
    size_t len = 0;
    char *html = render(rec, n, &len);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (html) {
        check_inert(html);
        TH_CHECK(len > (1u << 20));
        /* Every unit's two terms are marked (and closed). */
        TH_CHECK(count(html, "<mark class=\"cat-") >= 2 * n_units);
        TH_EQ_INT(count(html, "<bdi class=\"ctl\">\\u{202E}</bdi>"), n_units);
        TH_EQ_INT(count(html, "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;"), n_units);
    }
    fprintf(stderr, "1 MB line: %zu bytes of HTML in %.2f s\n", len, secs);
    TH_CHECK(secs < 60.0);
    fsc_free(html);
    free(rec);
}

/* The organisation of a role phrase, escaped like every other span. */
static void test_organisation(void)
{
    static const char rec[] =
        "{\"id\":\"o\",\"lang\":\"en\",\"text\":\"A spokeswoman for "
        "O'Brien's Bank said the <b>vault</b> was empty.\"}\n";
    size_t len = 0;
    char *html = render(rec, sizeof rec - 1, &len);
    if (!html)
        return;
    check_inert(html);
    TH_CHECK(strstr(html, "<span class=\"k\">of</span> <bdi class=\"ex\" "
                          "dir=\"auto\" lang=\"en\">O&#39;Brien&#39;s "
                          "Bank</bdi>") != NULL);
    fsc_free(html);
}

/* NULL arguments: FSC_EINVAL and cleared out-parameters. */
static void test_args(void)
{
    char *out = (char *)1;
    size_t len = 1;
    fsc_error e;
    TH_EQ_INT(fsc_show_render_html(NULL, NULL, NULL, NULL, &out, &len, &e),
              FSC_EINVAL);
    TH_CHECK(out == NULL);
    TH_EQ_INT(len, 0);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    test_args();
    test_inject();
    test_organisation();
    test_big_line();
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
