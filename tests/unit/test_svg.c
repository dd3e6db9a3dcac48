/*
 * test_svg.c - SVG chart writer: nice ticks, escaping of hostile labels,
 * well-formedness (a small tag scanner), determinism, NAN handling,
 * whiskers, patterns for many series and the "no data" box.
 *
 * With a directory argument it also writes sample charts there
 * (tests/svg.cmake runs xmllint on them).
 */
#include "svg.h"
#include "th.h"
#include "utf8.h"

#include <ctype.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>

/* ---- a tiny XML well-formedness scanner ---- */

static int is_name(char ch)
{
    return isalnum((unsigned char)ch) || ch == '_' || ch == '-' ||
           ch == ':' || ch == '.';
}

/* Entity at s ('&'): one of XML's five or a numeric reference. */
static int entity_ok(const char *s)
{
    static const char *const ok[5] = { "&amp;", "&lt;", "&gt;", "&quot;",
                                       "&apos;" };
    for (int i = 0; i < 5; i++)
        if (strncmp(s, ok[i], strlen(ok[i])) == 0)
            return 1;
    if (s[1] == '#') {
        size_t i = 2;
        while (isdigit((unsigned char)s[i]))
            i++;
        return i > 2 && s[i] == ';';
    }
    return 0;
}

/* Returns NULL when s is well-formed (one root, balanced tags, quoted
 * attributes, no duplicate-free check), else a reason. Attributes whose
 * name starts with "on" count as a failure: they would be event handlers. */
static const char *xml_check(const char *s)
{
    char stack[64][48];
    int depth = 0, roots = 0;
    size_t i = 0;
    while (s[i]) {
        if (s[i] == '&') {
            if (!entity_ok(s + i))
                return "bad entity";
            i++;
            continue;
        }
        if (s[i] == '>')
            return "stray >";
        if (s[i] != '<') {
            if (depth == 0 && !isspace((unsigned char)s[i]))
                return "text outside the root";
            i++;
            continue;
        }
        if (strncmp(s + i, "<!--", 4) == 0) {
            const char *e = strstr(s + i, "-->");
            if (!e)
                return "open comment";
            i = (size_t)(e - s) + 3;
            continue;
        }
        if (s[i + 1] == '/') {
            size_t j = i + 2, n = 0;
            while (is_name(s[j]))
                j++, n++;
            if (depth == 0 || n >= 48 || strncmp(stack[depth - 1], s + i + 2, n) ||
                stack[depth - 1][n] || s[j] != '>')
                return "mismatched close tag";
            depth--;
            i = j + 1;
            continue;
        }
        size_t j = i + 1, n = 0;
        while (is_name(s[j]))
            j++, n++;
        if (n == 0 || n >= 48)
            return "bad tag name";
        if (depth == 0 && roots++)
            return "second root";
        if (depth == 64)
            return "too deep";
        memcpy(stack[depth], s + i + 1, n);
        stack[depth][n] = '\0';
        for (;;) {
            while (isspace((unsigned char)s[j]))
                j++;
            if (s[j] == '/' && s[j + 1] == '>') {
                j += 2;
                break;
            }
            if (s[j] == '>') {
                depth++;
                j++;
                break;
            }
            size_t a = j;
            while (is_name(s[j]))
                j++;
            if (j == a)
                return "bad attribute";
            if (tolower((unsigned char)s[a]) == 'o' &&
                tolower((unsigned char)s[a + 1]) == 'n')
                return "event handler attribute";
            if (s[j] != '=' || (s[j + 1] != '"' && s[j + 1] != '\''))
                return "unquoted attribute";
            char q = s[j + 1];
            j += 2;
            while (s[j] && s[j] != q) {
                if (s[j] == '<')
                    return "< in attribute";
                if (s[j] == '&' && !entity_ok(s + j))
                    return "bad entity in attribute";
                j++;
            }
            if (!s[j])
                return "open attribute";
            j++;
        }
        i = j;
    }
    if (depth)
        return "unclosed element";
    if (roots != 1)
        return "no root";
    return NULL;
}

/* ---- helpers ---- */

static size_t count(const char *s, const char *needle)
{
    size_t n = 0, len = strlen(needle);
    for (const char *p = strstr(s, needle); p; p = strstr(p + len, needle))
        n++;
    return n;
}

static char *lower(const char *s)
{
    size_t n = strlen(s);
    char *l = malloc(n + 1);
    for (size_t i = 0; i <= n; i++)
        l[i] = (char)tolower((unsigned char)s[i]);
    return l;
}

/* Common checks on any chart: well-formed, header, no NaN/Inf text, no
 * markup from labels, no bidi override, valid UTF-8. */
static void check_svg(const char *svg, int line)
{
    const char *why = xml_check(svg);
    if (why)
        fprintf(stderr, "line %d: not well-formed: %s\n", line, why);
    TH_CHECK(why == NULL);
    TH_CHECK(strncmp(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ",
                     52) == 0);
    const char *t = strstr(svg, "<title>"), *d = strstr(svg, "<desc>");
    TH_CHECK(t && d && t < d && t == strchr(svg, '>') + 1);
    TH_CHECK(strstr(svg, "role=\"img\" aria-label=\"") != NULL);
    char *l = lower(svg);
    if (strstr(l, "nan") || strstr(l, "inf"))
        fprintf(stderr, "line %d: nan/inf in output\n", line);
    TH_CHECK(strstr(l, "nan") == NULL && strstr(l, "inf") == NULL);
    TH_CHECK(strstr(l, "<script") == NULL && strstr(l, "<img") == NULL &&
             strstr(l, "<style") == NULL && strstr(l, "<foreignobject") == NULL);
    TH_CHECK(strstr(l, "href") == NULL);
    free(l);
    TH_CHECK(strstr(svg, "\xE2\x80\xAE") == NULL);
    TH_CHECK(strstr(svg, "\xE2\x81\xA6") == NULL);
    for (const char *p = svg; *p; p++)
        TH_CHECK((unsigned char)*p >= 0x20 || *p == '\n');
    TH_CHECK(fsc__utf8_valid(svg, strlen(svg), NULL, NULL, NULL));
}

typedef fsc_status (*writer)(fsc_buf *, const fsc__svg_chart *);

/* Render c with f into a fresh string (caller frees); checks status OK. */
static char *render(writer f, const fsc__svg_chart *c, int line)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    fsc_status st = f(&b, c);
    if (st != FSC_OK)
        fprintf(stderr, "line %d: status %d\n", line, (int)st);
    TH_EQ_INT(st, FSC_OK);
    char *s = NULL;
    TH_EQ_INT(fsc__buf_take(&b, &s, NULL), FSC_OK);
    check_svg(s, line);
    return s;
}

static const char *esc(const char *s, size_t len)
{
    static fsc_buf b;
    fsc__buf_free(&b);
    fsc__buf_init(&b, 0);
    if (fsc__svg_text(&b, s, len) != FSC_OK)
        return NULL;
    return b.data ? b.data : "";
}

static void chart_init(fsc__svg_chart *c)
{
    memset(c, 0, sizeof *c);
}

static const char *out_dir;

static void save(const char *name, const char *svg)
{
    if (!out_dir)
        return;
    char path[1024];
    snprintf(path, sizeof path, "%s/%s.svg", out_dir, name);
    FILE *f = fopen(path, "wb");
    TH_CHECK(f != NULL);
    if (f) {
        fputs(svg, f);
        fclose(f);
    }
}

/* ---- tests ---- */

static int nice_step(double step)
{
    double p = pow(10, floor(log10(step))), m = step / p;
    return fabs(m - 1) < 1e-6 || fabs(m - 2) < 1e-6 || fabs(m - 2.5) < 1e-6 ||
           fabs(m - 5) < 1e-6 || fabs(m - 10) < 1e-6;
}

static void check_ticks(double lo, double hi)
{
    double t[8];
    int dec = -1;
    size_t n = fsc__svg_ticks(lo, hi, t, 8, &dec);
    TH_CHECK(n >= 4 && n <= 8);
    if (n < 2)
        return;
    double a = lo < 0 ? lo : 0, b = hi > 0 ? hi : 0;
    TH_CHECK(t[0] <= a + 1e-12 && t[n - 1] >= b - 1e-12);
    TH_CHECK(t[n - 1] > t[0]);
    double step = t[1] - t[0];
    TH_CHECK(nice_step(step));
    int has0 = 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            TH_CHECK(fabs((t[i] - t[i - 1]) - step) < step * 1e-6);
        has0 |= t[i] == 0;
    }
    TH_CHECK(has0);
    TH_CHECK(dec >= 0 && dec <= 15);
    /* The decimals print each tick exactly. */
    for (size_t i = 0; i < n; i++) {
        double scaled = t[i] * pow(10, dec);
        TH_CHECK(fabs(scaled - round(scaled)) < 1e-6 * (1 + fabs(scaled)));
    }
}

static void test_ticks(void)
{
    double t[8];
    int dec = -1;
    size_t n = fsc__svg_ticks(0, 7.3, t, 8, &dec);
    TH_EQ_INT(n, 5);
    for (size_t i = 0; i < n && i < 5; i++)
        TH_CHECK(t[i] == 2.0 * (double)i);
    TH_EQ_INT(dec, 0);

    n = fsc__svg_ticks(0, 0, t, 8, &dec);
    TH_CHECK(n >= 2 && n <= 8 && t[0] == 0 && t[n - 1] > 0);

    n = fsc__svg_ticks(-3.2, 11, t, 8, &dec);
    TH_CHECK(t[0] <= -3.2 && t[n - 1] >= 11 && n >= 4 && n <= 8);

    n = fsc__svg_ticks(0, 0.004, t, 8, &dec);
    TH_EQ_INT(n, 5);
    TH_CHECK(fabs(t[4] - 0.004) < 1e-15);
    TH_EQ_INT(dec, 3);

    n = fsc__svg_ticks(0, 2.4, t, 8, &dec); /* 0 .. 2.5 by 0.5 */
    TH_EQ_INT(n, 6);
    TH_EQ_INT(dec, 1);
    n = fsc__svg_ticks(0, 1.1, t, 8, &dec); /* 0 .. 1.2 by 0.2 */
    TH_EQ_INT(n, 7);
    TH_EQ_INT(dec, 1);
    n = fsc__svg_ticks(0, 1.5, t, 8, &dec); /* 0 .. 1.5 by 0.25 */
    TH_EQ_INT(n, 7);
    TH_EQ_INT(dec, 2);
    n = fsc__svg_ticks(2, 3, t, 8, &dec); /* spans 0 */
    TH_CHECK(t[0] == 0 && t[n - 1] >= 3);
    n = fsc__svg_ticks(-5, -1, t, 8, &dec);
    TH_CHECK(t[0] <= -5 && t[n - 1] == 0);
    n = fsc__svg_ticks(0, 7.3, t, 3, &dec); /* max is respected */
    TH_CHECK(n >= 2 && n <= 3 && t[n - 1] >= 7.3);

    static const double r[][2] = { { 0, 7.3 },      { -3.2, 11 },
                                   { 0, 0.004 },    { 0, 1 },
                                   { 0, 99.9 },     { -1e-3, 1e-3 },
                                   { 0, 123456 },   { -0.7, 0.2 },
                                   { 0, 3e-7 },     { 5, 5.0001 },
                                   { -250, 1000 },  { 0, 1e12 },
                                   { 0.5, 0.5 },    { -42, 0 } };
    for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
        check_ticks(r[i][0], r[i][1]);
    for (int e = -8; e <= 9; e++)
        for (double m = 1.0; m < 10; m += 0.37)
            check_ticks(-m * pow(10, e) / 3, m * pow(10, e));
    /* Garbage in, something sane out. */
    n = fsc__svg_ticks(NAN, INFINITY, t, 8, &dec);
    TH_CHECK(n >= 2 && isfinite(t[0]) && isfinite(t[n - 1]));
    n = fsc__svg_ticks(-1e308, 1e308, t, 8, &dec);
    TH_CHECK(n >= 2 && isfinite(t[0]) && isfinite(t[n - 1]));
    n = fsc__svg_ticks(9, 1, t, 8, &dec); /* lo > hi */
    TH_CHECK(n >= 2 && t[n - 1] >= 9);
}

static void test_colors(void)
{
    for (size_t i = 0; i < 8; i++) {
        TH_CHECK(strlen(fsc__svg_color(i)) == 7 && fsc__svg_color(i)[0] == '#');
        TH_EQ_STR(fsc__svg_color(i), fsc__svg_color(i + 8));
        for (size_t j = 0; j < i; j++)
            TH_CHECK(strcmp(fsc__svg_color(i), fsc__svg_color(j)) != 0);
    }
    const char *oi = "#E69F00 #56B4E9 #009E73 #F0E442 #0072B2 #D55E00 "
                     "#CC79A7 #000000";
    for (size_t i = 0; i < 8; i++)
        TH_CHECK(strstr(oi, fsc__svg_color(i)) != NULL);
}

static void test_text(void)
{
    TH_EQ_STR(esc("a<b & \"c\" 'd'>", 14),
              "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    TH_EQ_STR(esc("x\xFFy", 3), "x\xEF\xBF\xBDy");
    TH_EQ_STR(esc("\xE2\x80", 2), "\xEF\xBF\xBD\xEF\xBF\xBD");
    TH_EQ_STR(esc("a\x01\x1B[31mb\x7F", 9), "a[31mb");
    TH_EQ_STR(esc("\xC2\x9B" "c", 3), "c"); /* C1 CSI */
    TH_EQ_STR(esc("l\xE2\x80\xAEr\xE2\x81\xA6z", 9), "lrz");
    TH_EQ_STR(esc("\xEF\xBF\xBE", 3), "\xEF\xBF\xBD");
    TH_EQ_STR(esc("two\nlines", 9), "two lines");
    TH_EQ_STR(esc("الجزيرة Москва", strlen("الجزيرة Москва")),
              "الجزيرة Москва");
    TH_EQ_STR(esc("abc", 1), "a"); /* len is honoured, no NUL needed */
    TH_EQ_STR(esc(NULL, 0), "");
    TH_CHECK(esc(NULL, 3) == NULL);
    TH_EQ_INT(fsc__svg_text(NULL, "a", 1), FSC_EINVAL);
    /* A cap that is too small fails cleanly and leaves the buffer as it was. */
    fsc_buf b;
    fsc__buf_init(&b, 8);
    TH_EQ_INT(fsc__buf_adds(&b, "abc"), FSC_OK);
    TH_EQ_INT(fsc__svg_text(&b, "<<<<<<", 6), FSC_ELIMIT);
    TH_EQ_STR(b.data, "abc");
    fsc__buf_free(&b);
}

static const char *const rows3[3] = { "Al Jazeera", "RT", "BBC News" };

static void test_invalid(void)
{
    fsc__svg_chart c;
    chart_init(&c);
    fsc_buf b;
    fsc__buf_init(&b, 0);
    writer ws[4] = { fsc__svg_bars, fsc__svg_diverging, fsc__svg_stacked,
                     fsc__svg_lines };
    double v[3] = { 1, 2, 3 };
    fsc__svg_series s = { "a", v, NULL, NULL };
    for (int k = 0; k < 4; k++) {
        TH_EQ_INT(ws[k](NULL, &c), FSC_EINVAL);
        TH_EQ_INT(ws[k](&b, NULL), FSC_EINVAL);
        chart_init(&c);
        c.n_rows = 3; /* rows NULL */
        c.series = &s;
        c.n_series = 1;
        TH_EQ_INT(ws[k](&b, &c), FSC_EINVAL);
        c.rows = rows3;
        c.series = NULL;
        TH_EQ_INT(ws[k](&b, &c), FSC_EINVAL);
        fsc__svg_series bad = { "x", NULL, NULL, NULL };
        c.series = &bad;
        TH_EQ_INT(ws[k](&b, &c), FSC_EINVAL);
        TH_EQ_INT(b.len, 0);
        /* A cap that is too small: FSC_ELIMIT, buffer unchanged. */
        c.series = &s;
        fsc_buf small;
        fsc__buf_init(&small, 200);
        TH_EQ_INT(ws[k](&small, &c), FSC_ELIMIT);
        TH_EQ_INT(small.len, 0);
        fsc__buf_free(&small);
    }
    fsc__buf_free(&b);
}

static void test_bars(void)
{
    double v1[3] = { 12.5, 3.25, 7 }, lo1[3] = { 10, 2, NAN },
           hi1[3] = { 15, 4.5, 9 };
    double v2[3] = { 9, NAN, 4.5 }, lo2[3] = { 8, 1, 5 }, hi2[3] = { 10, 2, 4 };
    fsc__svg_series s[2] = { { "Voice A", v1, lo1, hi1 },
                             { "Voice B", v2, lo2, hi2 } };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "Framing by outlet";
    c.x_label = "per 1,000 tokens";
    c.rows = rows3;
    c.n_rows = 3;
    c.series = s;
    c.n_series = 2;
    char *a = render(fsc__svg_bars, &c, __LINE__);
    char *again = render(fsc__svg_bars, &c, __LINE__);
    TH_EQ_STR(a, again); /* deterministic */
    /* Whiskers: (12.5 10..15) (3.25 2..4.5) (9 8..10) (4.5 lo>hi 5..4);
     * none for a NAN lo or a NAN value. */
    TH_EQ_INT(count(a, "class=\"ci\""), 4);
    TH_CHECK(strstr(a, "[CI 10, 15]") != NULL);
    TH_CHECK(strstr(a, "[CI 4, 5]") != NULL); /* lo > hi is ordered */
    TH_CHECK(strstr(a, ">n/a<") != NULL);
    TH_CHECK(strstr(a, "Voice B") != NULL); /* legend */
    TH_CHECK(strstr(a, "per 1,000 tokens") != NULL);
    TH_CHECK(strstr(a, "font-family=\"system-ui, 'Noto Sans', 'Noto Naskh "
                       "Arabic', 'DejaVu Sans', sans-serif\"") != NULL);
    TH_CHECK(strstr(a, "text-anchor=\"end\"") != NULL);
    TH_CHECK(strstr(a, "width=\"720\"") != NULL);
    save("bars", a);
    free(a);
    free(again);

    /* No lo/hi: no whiskers. Negative values: the axis spans them. */
    double vn[3] = { -4.2, 3, 0.5 };
    fsc__svg_series one = { NULL, vn, NULL, NULL };
    c.series = &one;
    c.n_series = 1;
    c.width = 500;
    a = render(fsc__svg_bars, &c, __LINE__);
    TH_EQ_INT(count(a, "class=\"ci\""), 0);
    TH_CHECK(strstr(a, ">-6</text>") != NULL || strstr(a, ">-5</text>") != NULL);
    TH_CHECK(strstr(a, "width=\"500\"") != NULL);
    TH_CHECK(strstr(a, "<rect x=\"-") == NULL);
    save("bars_negative", a);
    free(a);
}

static void test_nan(void)
{
    double v[3] = { NAN, INFINITY, -INFINITY }, lo[3] = { 1, NAN, 2 },
           hi[3] = { INFINITY, 2, 3 };
    fsc__svg_series s = { "undefined", v, lo, hi };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "All undefined";
    c.rows = rows3;
    c.n_rows = 3;
    c.series = &s;
    c.n_series = 1;
    writer ws[4] = { fsc__svg_bars, fsc__svg_diverging, fsc__svg_stacked,
                     fsc__svg_lines };
    for (int k = 0; k < 4; k++) {
        char *a = render(ws[k], &c, __LINE__);
        TH_CHECK(strstr(a, "no data") != NULL);
        if (k == 0)
            save("nodata", a);
        free(a);
    }
    /* One finite value among NANs: drawn, the rest "n/a", no nan text. */
    double v2[3] = { NAN, 2.5, INFINITY };
    s.v = v2;
    for (int k = 0; k < 4; k++) {
        char *a = render(ws[k], &c, __LINE__);
        TH_CHECK(strstr(a, "no data") == NULL);
        free(a);
    }
    /* No rows, no series. */
    c.n_rows = 0;
    for (int k = 0; k < 4; k++) {
        char *a = render(ws[k], &c, __LINE__);
        TH_CHECK(strstr(a, "no data") != NULL);
        free(a);
    }
    c.n_rows = 3;
    c.n_series = 0;
    c.series = NULL;
    for (int k = 0; k < 4; k++) {
        char *a = render(ws[k], &c, __LINE__);
        TH_CHECK(strstr(a, "no data") != NULL);
        free(a);
    }
}

static void test_hostile(void)
{
    size_t big = 1u << 20;
    char *huge = malloc(big + 1);
    for (size_t i = 0; i < big; i++)
        huge[i] = "<script>&\"\xE2\x80\xAE"[i % 13];
    huge[big] = '\0';
    const char *rows[8] = { "<script>alert(1)</script>",
                            "\"><img src=x onerror=alert(1)>",
                            "</style><style>body{}",
                            "left\xE2\x80\xAEtfel",
                            "bell\x07 and \x1B[2J",
                            "bad \xFF\xFE\xC0\xAF utf8",
                            huge,
                            "' onload='x" };
    double v[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
    fsc__svg_series s[2] = { { "<b>series</b>", v, NULL, NULL },
                             { "x\" onmouseover=\"y", v, NULL, NULL } };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "<script>alert('t')</script>";
    c.desc = huge;
    c.x_label = "]]><!-- -->";
    c.neg_caption = "<i>neg</i>";
    c.pos_caption = huge;
    c.rows = rows;
    c.n_rows = 8;
    c.series = s;
    c.n_series = 2;
    c.id = "\"><script>";
    writer ws[4] = { fsc__svg_bars, fsc__svg_diverging, fsc__svg_stacked,
                     fsc__svg_lines };
    static const char *const names[4] = { "hostile_bars", "hostile_div",
                                           "hostile_stacked", "hostile_lines" };
    for (int k = 0; k < 4; k++) {
        char *a = render(ws[k], &c, __LINE__);
        TH_CHECK(strlen(a) < 64 * 1024); /* the 1 MB label is cut */
        TH_CHECK(strstr(a, "\xE2\x80\xA6") != NULL);
        TH_CHECK(strstr(a, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL);
        TH_CHECK(strstr(a, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") !=
                 NULL || k == 3);
        TH_CHECK(strstr(a, "\xEF\xBF\xBD") != NULL || k == 3);
        TH_CHECK(strstr(a, "lefttfel") != NULL);
        TH_CHECK(strstr(a, "<!--") == NULL);
        save(names[k], a);
        free(a);
    }
    free(huge);
}

static void test_many_series(void)
{
    enum { NS = 50, NR = 3 };
    static double v[NS][NR];
    static char names[NS][16];
    fsc__svg_series s[NS];
    for (size_t k = 0; k < NS; k++) {
        for (size_t i = 0; i < NR; i++)
            v[k][i] = (double)((k * 7 + i * 3) % 11) + 1;
        snprintf(names[k], sizeof names[k], "S%zu", k + 1);
        s[k].name = names[k];
        s[k].v = v[k];
        s[k].lo = s[k].hi = NULL;
    }
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "Many series";
    c.rows = rows3;
    c.n_rows = NR;
    c.series = s;
    c.n_series = 10;
    c.id = "fig1";
    char *a = render(fsc__svg_bars, &c, __LINE__);
    TH_EQ_INT(count(a, "<pattern "), 2);
    TH_CHECK(strstr(a, "id=\"fig1-p8\"") && strstr(a, "id=\"fig1-p9\""));
    TH_CHECK(strstr(a, "fill=\"url(#fig1-p8)\"") &&
             strstr(a, "fill=\"url(#fig1-p9)\""));
    save("bars_10", a);
    free(a);

    /* 50 series: every pattern differs from every other (id aside). */
    c.n_series = NS;
    a = render(fsc__svg_stacked, &c, __LINE__);
    TH_EQ_INT(count(a, "<pattern "), NS - 8);
    char *defs[NS];
    size_t nd = 0;
    for (const char *p = strstr(a, "<pattern "); p && nd < NS;
         p = strstr(p + 1, "<pattern ")) {
        const char *e = strstr(p, "</pattern>"), *q = strstr(p, "\" ");
        TH_CHECK(e && q && q < e);
        if (!e || !q)
            break;
        size_t n = (size_t)(e - q);
        defs[nd] = malloc(n + 1);
        memcpy(defs[nd], q, n);
        defs[nd][n] = '\0';
        nd++;
    }
    TH_EQ_INT(nd, NS - 8);
    for (size_t i = 0; i < nd; i++)
        for (size_t j = 0; j < i; j++)
            TH_CHECK(strcmp(defs[i], defs[j]) != 0);
    for (size_t i = 0; i < nd; i++)
        free(defs[i]);
    save("stacked_50", a);
    free(a);

    /* Lines with 10 series: dash patterns from the ninth on. */
    c.n_series = 10;
    a = render(fsc__svg_lines, &c, __LINE__);
    TH_CHECK(count(a, "stroke-dasharray=") >= 4); /* 2 lines + 2 legend */
    free(a);
}

static void test_diverging(void)
{
    const char *rows[5] = { "occupation", "الاحتلال", "terrorists",
                            "оккупация", "self-defence" };
    double z[5] = { 4.2, 2.9, -3.5, -1.2, NAN }, lo[5] = { 3.1, 1.5, -4.8,
                                                            -2.5, 0 },
           hi[5] = { 5.3, 4.1, -2.2, 0.1, 1 };
    fsc__svg_series s = { "keyness z", z, lo, hi };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "Keyness: Al Jazeera vs RT";
    c.x_label = "z";
    c.rows = rows;
    c.n_rows = 5;
    c.series = &s;
    c.n_series = 1;
    c.neg_caption = "leans to RT";
    c.pos_caption = "leans to Al Jazeera";
    char *a = render(fsc__svg_diverging, &c, __LINE__);
    TH_CHECK(strstr(a, "leans to RT") && strstr(a, "leans to Al Jazeera"));
    TH_CHECK(strstr(a, ">الاحتلال<") != NULL);
    TH_EQ_INT(count(a, "class=\"ci\""), 4);
    TH_CHECK(strstr(a, ">-5</text>") || strstr(a, ">-6</text>"));
    save("diverging", a);
    free(a);
}

static void test_stacked(void)
{
    const char *rows[4] = { "Al Jazeera", "RT", "قناة العربية", "Первый канал" };
    double a1[4] = { 1, 30, 12, 0 }, a2[4] = { 1, 10, 12, 0 },
           a3[4] = { 2, 10, NAN, 0 };
    fsc__svg_series s[3] = { { "pro-A", a1, NULL, NULL },
                             { "neutral", a2, NULL, NULL },
                             { "pro-B", a3, NULL, NULL } };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "Sides by outlet";
    c.rows = rows;
    c.n_rows = 4;
    c.series = s;
    c.n_series = 3;
    c.percent = 1;
    char *a = render(fsc__svg_stacked, &c, __LINE__);
    TH_CHECK(strstr(a, ">100%</text>") != NULL);
    TH_CHECK(strstr(a, "Al Jazeera \xC2\xB7 pro-B: 2 (50.0%)") != NULL);
    TH_CHECK(strstr(a, "Первый канал: n/a") != NULL); /* zero total */
    save("stacked_percent", a);
    free(a);
    c.percent = 0;
    c.x_label = "quotes";
    a = render(fsc__svg_stacked, &c, __LINE__);
    TH_CHECK(strstr(a, ">100%</text>") == NULL);
    TH_CHECK(strstr(a, ">50</text>") != NULL); /* 30 + 10 + 10 */
    save("stacked_raw", a);
    free(a);
}

static void test_lines(void)
{
    const char *x[8] = { "2023-01", "2023-02", "2023-03", "2023-04",
                         "2023-05", "2023-06", "2023-07", "2023-08" };
    double y1[8] = { 1, 2, NAN, 4, NAN, 6, 7, 6.5 };
    double l1[8] = { 0.5, 1.5, NAN, 3, NAN, 5, 6, 5.5 };
    double h1[8] = { 1.5, 2.5, NAN, 5, NAN, 7, 8, 7.5 };
    double y2[8] = { 3, 3.5, 3.2, 2.8, 2.5, 2.9, 3.1, NAN };
    fsc__svg_series s[2] = { { "Al Jazeera", y1, l1, h1 },
                             { "RT", y2, NULL, NULL } };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "Framing over time";
    c.x_label = "per 1,000 tokens";
    c.rows = x;
    c.n_rows = 8;
    c.series = s;
    c.n_series = 2;
    char *a = render(fsc__svg_lines, &c, __LINE__);
    /* Series 1 has runs {1,2} {4} {6,7,6.5}; series 2 one run. */
    TH_EQ_INT(count(a, "stroke-linejoin"), 3);
    TH_EQ_INT(count(a, "r=\"4.5\""), 1); /* the isolated point */
    TH_EQ_INT(count(a, "<circle "), 6 + 7);
    TH_EQ_INT(count(a, "<polygon "), 2); /* bands over the two runs */
    TH_CHECK(strstr(a, "fill-opacity=\"0.18\"") != NULL);
    TH_CHECK(strstr(a, "2023-08") != NULL);
    save("lines", a);
    free(a);

    /* Many periods: x labels are thinned out, not piled up. */
    enum { NX = 40 };
    static char lab[NX][16];
    const char *xs[NX];
    double ym[NX];
    for (size_t i = 0; i < NX; i++) {
        snprintf(lab[i], sizeof lab[i], "W%02zu/2024", i + 1);
        xs[i] = lab[i];
        ym[i] = 5 + 3 * sin((double)i / 4);
    }
    fsc__svg_series sm = { "Al Jazeera", ym, NULL, NULL };
    c.rows = xs;
    c.n_rows = NX;
    c.series = &sm;
    c.n_series = 1;
    a = render(fsc__svg_lines, &c, __LINE__);
    TH_CHECK(count(a, "/2024</text>") < NX / 2);
    TH_CHECK(strstr(a, ">W01/2024</text>") != NULL);
    save("lines_many", a);
    free(a);
    c.rows = x;
    c.series = s;
    c.n_series = 2;

    /* One x position only. */
    c.n_rows = 1;
    a = render(fsc__svg_lines, &c, __LINE__);
    TH_EQ_INT(count(a, "<circle "), 2);
    free(a);
}

/* The output must not depend on LC_NUMERIC (a decimal comma locale). */
static void test_locale(void)
{
    double v[3] = { 1.25, 0.5, 2.75 }, lo[3] = { 1, 0.25, 2.5 },
           hi[3] = { 1.5, 0.75, 3 };
    fsc__svg_series s = { "s", v, lo, hi };
    fsc__svg_chart c;
    chart_init(&c);
    c.title = "Locale";
    c.rows = rows3;
    c.n_rows = 3;
    c.series = &s;
    c.n_series = 1;
    char *a = render(fsc__svg_bars, &c, __LINE__);
    static const char *const locs[3] = { "de_DE.UTF-8", "fr_FR.UTF-8",
                                         "ru_RU.UTF-8" };
    for (int i = 0; i < 3; i++) {
        if (!setlocale(LC_NUMERIC, locs[i]))
            continue;
        char *b = render(fsc__svg_bars, &c, __LINE__);
        TH_EQ_STR(a, b);
        free(b);
        setlocale(LC_NUMERIC, "C");
    }
    TH_CHECK(strstr(a, "1.25") != NULL);
    free(a);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        out_dir = argv[1];
    test_ticks();
    test_colors();
    test_text();
    test_invalid();
    test_bars();
    test_nan();
    test_hostile();
    test_many_series();
    test_diverging();
    test_stacked();
    test_lines();
    test_locale();
    TH_DONE();
}
