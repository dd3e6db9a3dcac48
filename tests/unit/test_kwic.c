/*
 * test_kwic.c - fsc_kwic: selection by term pattern (case-insensitive,
 * trailing '*') and by category, voice filter, contexts cut at code point
 * boundaries, and escaping in the text, CSV and HTML renderings.
 */
#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/kwic.h"
#include "framescope/lexicon.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bundled_model.h"

/* Add every record of data (JSON Lines) to k. */
static void add_all(fsc_kwic *k, const char *data)
{
    fsc_reader *r = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_reader_open_mem(data, strlen(data), "mem", NULL, &r, &e),
              FSC_OK);
    for (;;) {
        fsc_raw_record raw;
        int eof = 1;
        fsc_record *rec = NULL;
        fsc_result *res = NULL;
        if (!r || fsc_reader_next(r, &raw, &eof, &e) != FSC_OK || eof)
            break;
        TH_EQ_INT(fsc_record_parse(&raw, &rec, &e), FSC_OK);
        TH_CHECK(rec && !fsc_record_skipped(rec));
        if (rec && !fsc_record_skipped(rec)) {
            size_t n;
            const char *text = fsc_record_text(rec, &n);
            TH_EQ_INT(fsc_analyze(az, text, n, fsc_record_field(rec, "lang"),
                                  &res, &e),
                      FSC_OK);
            if (res)
                TH_EQ_INT(fsc_kwic_add(k, rec, res, NULL, &e), FSC_OK);
        }
        fsc_result_free(res);
        fsc_record_free(rec);
    }
    fsc_reader_free(r);
}

static fsc_kwic *make(const char *term, const char *cat, unsigned window,
                      int voice)
{
    fsc_kwic_opts o;
    fsc_kwic_opts_init(&o);
    o.term = term;
    o.category = cat;
    o.window = window;
    o.voice = voice;
    fsc_kwic *k = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_kwic_new(model, &o, &k, &e), FSC_OK);
    return k;
}

static char *render(const fsc_kwic *k, fsc_kwic_format f)
{
    char *out = NULL;
    size_t len = 0;
    fsc_error e;
    TH_EQ_INT(fsc_kwic_render(k, f, &out, &len, &e), FSC_OK);
    TH_CHECK(out && strlen(out) == len);
    return out;
}

static const char *const EN =
    "{\"id\":\"a\",\"outlet\":\"O\",\"lang\":\"en\",\"text\":\"Baku began "
    "local anti-terrorist measures. It was a COUNTER-TERRORISM "
    "operation. Lavrov said: \\\"This is not an occupation.\\\"\"}\n";

static void test_options(void)
{
    fsc_kwic_opts o;
    fsc_kwic_opts_init(&o);
    TH_EQ_INT(o.window, 40);
    TH_EQ_INT(o.voice, -1);
    fsc_kwic *k = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_kwic_new(model, &o, &k, &e), FSC_EINVAL); /* neither */
    TH_CHECK(k == NULL);
    o.term = "x";
    o.category = "securitization";
    TH_EQ_INT(fsc_kwic_new(model, &o, &k, &e), FSC_EINVAL); /* both */
    o.term = NULL;
    o.category = "no-such-category";
    TH_EQ_INT(fsc_kwic_new(model, &o, &k, &e), FSC_EINVAL);
    TH_CHECK(strstr(e.msg, "no-such-category") != NULL);
    o.category = NULL;
    o.term = "";
    TH_EQ_INT(fsc_kwic_new(model, &o, &k, &e), FSC_EINVAL);
    fsc_kwic_free(NULL);
}

static void test_term(void)
{
    /* Exact, case-insensitive: the entry "anti-terror*" itself. */
    fsc_kwic *k = make("ANTI-terror*", NULL, 40, -1);
    add_all(k, EN);
    TH_EQ_INT(fsc_kwic_n_lines(k), 1);
    const fsc_kwic_line *l = fsc_kwic_line_at(k, 0);
    TH_CHECK(l != NULL);
    if (l) {
        TH_EQ_STR(l->match, "anti-terrorist");
        TH_EQ_STR(l->term, "anti-terror*");
        TH_EQ_STR(l->left, "Baku began local ");
        TH_EQ_STR(l->id, "a");
        TH_EQ_STR(l->outlet, "O");
        TH_EQ_STR(l->date, "");
        TH_EQ_INT(l->end - l->start, strlen("anti-terrorist"));
    }
    TH_CHECK(fsc_kwic_line_at(k, 1) == NULL);
    fsc_kwic_free(k);

    /* A prefix pattern selects entries starting with it. */
    k = make("counter*", NULL, 10, -1);
    add_all(k, EN);
    TH_EQ_INT(fsc_kwic_n_lines(k), 1);
    l = fsc_kwic_line_at(k, 0);
    if (l) {
        TH_EQ_STR(l->match, "COUNTER-TERRORISM");
        TH_EQ_STR(l->left, " It was a ");
        TH_EQ_STR(l->right, " operation");
        TH_EQ_STR(l->voice, "authorial");
        TH_EQ_INT(l->negated, 0);
    }
    fsc_kwic_free(k);

    /* Not a prefix without '*'. */
    k = make("counter", NULL, 10, -1);
    add_all(k, EN);
    TH_EQ_INT(fsc_kwic_n_lines(k), 0);
    fsc_kwic_free(k);
}

static void test_category_voice(void)
{
    fsc_kwic *k = make(NULL, "occupation", 40, -1);
    add_all(k, EN);
    TH_EQ_INT(fsc_kwic_n_lines(k), 1);
    const fsc_kwic_line *l = fsc_kwic_line_at(k, 0);
    if (l) {
        TH_EQ_STR(l->voice, "quoted");
        TH_EQ_STR(l->source, "lavrov");
        TH_EQ_STR(l->source_kind, "named");
        TH_EQ_INT(l->negated, 1);
    }
    fsc_kwic_free(k);
    k = make(NULL, "karabakh-2023:securitization", 40, FSC_VOICE_QUOTED);
    add_all(k, EN);
    TH_EQ_INT(fsc_kwic_n_lines(k), 0);
    fsc_kwic_free(k);
    k = make(NULL, "karabakh-2023:securitization", 40, FSC_VOICE_AUTHORIAL);
    add_all(k, EN);
    TH_EQ_INT(fsc_kwic_n_lines(k), 2);
    fsc_kwic_free(k);
}

/* Contexts of Arabic text never cut a UTF-8 sequence nor a word, whatever
 * the window: at most `window` code points, beginning and ending at a
 * space (or the text's ends). */
static void test_utf8_window(void)
{
    static const char *ar =
        "{\"id\":\"ar\",\"lang\":\"ar\",\"text\":\"وأطلع بيراموف نظيره "
        "الروسي على إجراءات مكافحة الإرهاب التي اتخذتها أذربيجان\"}\n";
    static const char *text = "وأطلع بيراموف نظيره "
                              "الروسي على إجراءات مكافحة الإرهاب التي اتخذتها "
                              "أذربيجان";
    size_t tl = strlen(text);
    for (unsigned w = 0; w <= 12; w++) {
        fsc_kwic *k = make(NULL, "securitization", w, -1);
        add_all(k, ar);
        TH_EQ_INT(fsc_kwic_n_lines(k), 1);
        const fsc_kwic_line *l = fsc_kwic_line_at(k, 0);
        if (l) {
            /* Code points: bytes that do not continue a sequence. */
            size_t cl = 0, cr = 0;
            for (size_t i = 0; i < l->left_len; i++)
                cl += ((unsigned char)l->left[i] & 0xC0u) != 0x80u;
            for (size_t i = 0; i < l->right_len; i++)
                cr += ((unsigned char)l->right[i] & 0xC0u) != 0x80u;
            TH_CHECK(cl <= w);
            TH_CHECK(cr <= w);
            size_t a = l->start - l->left_len, z = l->end + l->right_len;
            TH_CHECK(a == 0 || text[a - 1] == ' ' || text[a] == ' ');
            TH_CHECK(z == tl || text[z] == ' ' || text[z - 1] == ' ');
            /* A window that reaches a space keeps the words inside it. */
            if (w >= 12) {
                TH_CHECK(cl > 0);
                TH_CHECK(cr > 0);
            }
            TH_CHECK(l->left_len == 0 ||
                     ((unsigned char)l->left[0] & 0xC0u) != 0x80u);
            TH_CHECK(l->right_len == 0 ||
                     ((unsigned char)l->right[0] & 0xC0u) != 0x80u);
            TH_EQ_INT(l->cp_end - l->cp_start, 22);
        }
        /* HTML: an Arabic line sits in the right-to-left table (preceding
         * text right of the match), every cell isolated. */
        char *h = render(k, FSC_KWIC_HTML);
        TH_CHECK(h && strstr(h, "<table dir=\"rtl\" class=\"rtl\">") != NULL);
        TH_CHECK(h && strstr(h, "<table dir=\"ltr\"") == NULL);
        TH_CHECK(h && strstr(h, "<td class=\"m\" dir=\"rtl\"><bdi>إجراءات مكافحة الإرهاب"
                                "</bdi></td>") != NULL);
        TH_CHECK(h && strstr(h, "td.l,th.l{text-align:end}") != NULL);
        fsc_free(h);
        char *t = render(k, FSC_KWIC_TEXT);
        /* RTL line: the match is isolated. */
        TH_CHECK(t && strstr(t, "\xE2\x81\xA8" "إجراءات مكافحة الإرهاب"
                                "\xE2\x81\xA9") != NULL);
        fsc_free(t);
        fsc_kwic_free(k);
    }
}

static void test_escaping(void)
{
    static const char *bad =
        "{\"id\":\"<script>alert(1)</script>\",\"outlet\":\"\\\"><img "
        "src=x onerror=alert(1)>\",\"lang\":\"en\",\"text\":\"x "
        "<script>alert(1)</script> \\u202e\\u001b[2J\\nthe "
        "counter-terrorism operation, \\\"quoted\\\" & 'single'\\tend\"}\n";
    fsc_kwic *k = make(NULL, "securitization", 200, -1);
    add_all(k, bad);
    TH_EQ_INT(fsc_kwic_n_lines(k), 1);
    char *h = render(k, FSC_KWIC_HTML);
    TH_CHECK(h && strstr(h, "<script") == NULL);
    TH_CHECK(h && strstr(h, "<img") == NULL);
    TH_CHECK(h && strstr(h, "\xE2\x80\xAE") == NULL);
    TH_CHECK(h && strstr(h, "\x1b") == NULL);
    TH_CHECK(h && strstr(h, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL);
    TH_CHECK(h && strstr(h, "&quot;&gt;&lt;img src=x") != NULL);
    TH_CHECK(h && strstr(h, "\\u{202E}") != NULL);
    TH_CHECK(h && strstr(h, "&#39;single&#39;") != NULL);
    TH_CHECK(h && strstr(h, " &amp; ") != NULL);
    TH_CHECK(h && strstr(h, "<td class=\"l\" dir=\"ltr\"><bdi>") != NULL);
    fsc_free(h);

    char *t = render(k, FSC_KWIC_TEXT);
    TH_CHECK(t && strstr(t, "\xE2\x80\xAE") == NULL);
    TH_CHECK(t && strstr(t, "\x1b") == NULL);
    TH_CHECK(t && strstr(t, "\xE2\x90\x9B[2J the ") != NULL); /* ␛, LF */
    TH_CHECK(t && strstr(t, "'single' end") != NULL);          /* TAB */
    /* Header and one line. */
    size_t nl = 0;
    for (const char *p = t; p && *p; p++)
        nl += *p == '\n';
    TH_EQ_INT(nl, 2);
    fsc_free(t);

    char *c = render(k, FSC_KWIC_CSV);
    static const char *hdr = "id,outlet,date,lang,voice,source,source_kind,"
                             "negated,distanced,left,match,right,start,end,"
                             "cp_start,cp_end,zone\r\n";
    TH_CHECK(c && strncmp(c, hdr, strlen(hdr)) == 0);
    TH_CHECK(c && strstr(c, "\"\"\"><img src=x onerror=alert(1)>\"") != NULL);
    TH_CHECK(c && strstr(c, ",counter-terrorism,") != NULL);
    TH_CHECK(c && strstr(c, "\x1b") == NULL);
    fsc_free(c);
    fsc_kwic_free(k);
}

/* Text columns: the match starts at the same column on LTR lines. */
static void test_alignment(void)
{
    static const char *two =
        "{\"id\":\"s\",\"lang\":\"en\",\"text\":\"An occupation.\"}\n"
        "{\"id\":\"long-id\",\"lang\":\"en\",\"text\":\"After a long "
        "preamble about many things, the occupation ended.\"}\n";
    fsc_kwic *k = make("occupation", NULL, 20, -1);
    add_all(k, two);
    TH_EQ_INT(fsc_kwic_n_lines(k), 2);
    char *t = render(k, FSC_KWIC_TEXT);
    const char *l1 = t ? strchr(t, '\n') : NULL;
    const char *l2 = l1 ? strchr(l1 + 1, '\n') : NULL;
    TH_CHECK(l1 && l2);
    if (l1 && l2) {
        const char *m1 = strstr(l1 + 1, "occupation");
        const char *m2 = strstr(l2 + 1, "occupation");
        TH_CHECK(m1 && m2);
        if (m1 && m2)
            TH_EQ_INT(m1 - (l1 + 1), m2 - (l2 + 1)); /* ASCII: bytes = cols */
        TH_EQ_INT(strstr(t, "match") - t, m1 - (l1 + 1));
    }
    fsc_free(t);
    fsc_kwic_free(k);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    test_options();
    test_term();
    test_category_voice();
    test_utf8_window();
    test_escaping();
    test_alignment();
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
