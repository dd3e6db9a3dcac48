/*
 * test_format.c - number formatting and CSV quoting shared by all outputs,
 * and the formula-injection guard of CSV text cells (with its exact undo).
 */
#include "format.h"
#include "th.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *num(double v)
{
    static char out[40];
    fsc__fmt_num(v, out);
    return out;
}

static const char *csv(const char *s)
{
    static fsc_buf b;
    fsc__buf_free(&b);
    fsc__buf_init(&b, 0);
    if (fsc__csv_field(&b, s, strlen(s)) != FSC_OK)
        return NULL;
    return b.data ? b.data : "";
}

static const char *csv_text(const char *s)
{
    static fsc_buf b;
    fsc__buf_free(&b);
    fsc__buf_init(&b, 0);
    if (fsc__csv_text_field(&b, s, strlen(s)) != FSC_OK)
        return NULL;
    return b.data ? b.data : "";
}

/* The cell as a reader sees it after RFC 4180 unquoting, unguarded. */
static const char *round_trip(const char *s)
{
    static char out[256];
    const char *q = csv_text(s);
    size_t n = 0;
    if (!q)
        return NULL;
    if (*q == '"') {
        for (q++; *q && n + 1 < sizeof out; q++) {
            if (*q == '"' && q[1] == '"')
                q++;
            else if (*q == '"')
                break;
            out[n++] = *q;
        }
    } else {
        while (*q && n + 1 < sizeof out)
            out[n++] = *q++;
    }
    out[n] = '\0';
    size_t g = fsc__csv_text_unguard(out, n);
    return out + g;
}

static void test_text_guard(void)
{
    /* OWASP: = + - @ TAB CR at the start get an apostrophe. */
    TH_EQ_STR(csv_text("=SUM(A1)"), "'=SUM(A1)");
    TH_EQ_STR(csv_text("+1"), "'+1");
    TH_EQ_STR(csv_text("-terror"), "'-terror");
    TH_EQ_STR(csv_text("@user"), "'@user");
    TH_EQ_STR(csv_text("\tx"), "'\tx");
    TH_EQ_STR(csv_text("\rx"), "\"'\rx\"");
    TH_EQ_STR(csv_text("=a,b"), "\"'=a,b\"");
    TH_EQ_STR(csv_text("-x "), "\"'-x \"");
    /* Apostrophes then a trigger: one more, so the undo is exact. */
    TH_EQ_STR(csv_text("'=x"), "''=x");
    TH_EQ_STR(csv_text("''-x"), "'''-x");
    /* Left alone: other text, a trigger later on, lone apostrophes. */
    TH_EQ_STR(csv_text("plain"), "plain");
    TH_EQ_STR(csv_text("a=b"), "a=b");
    TH_EQ_STR(csv_text("'quoted'"), "'quoted'");
    TH_EQ_STR(csv_text("'"), "'");
    TH_EQ_STR(csv_text(""), "");
    TH_EQ_STR(csv_text(" -x"), "\" -x\"");
    /* Numbers go through fsc__csv_field and stay numbers. */
    TH_EQ_STR(csv("-1.5"), "-1.5");
    /* Unguard only what the guard added. */
    TH_EQ_INT(fsc__csv_text_unguard("'-x", 3), 1);
    TH_EQ_INT(fsc__csv_text_unguard("''@", 3), 1);
    TH_EQ_INT(fsc__csv_text_unguard("'x", 2), 0);
    TH_EQ_INT(fsc__csv_text_unguard("'", 1), 0);
    TH_EQ_INT(fsc__csv_text_unguard("''", 2), 0);
    TH_EQ_INT(fsc__csv_text_unguard("-x", 2), 0);
    /* Lossless for every cell. */
    static const char *const cells[] = {
        "=1+1", "+", "-", "@", "\t", "\r\n", "'", "''", "'=", "''=",
        "'a", "a'", "x", "", "-1.5", " =x", "'\t'", "=\"q\",", "'@'@",
    };
    for (size_t i = 0; i < sizeof cells / sizeof *cells; i++)
        TH_EQ_STR(round_trip(cells[i]), cells[i]);
}

static const char *rnd(double v)
{
    static char b[40];
    fsc__fmt_round(v, b);
    return b;
}

/* Every finite double survives fsc__fmt_num -> strtod bit for bit, and no
 * shorter precision would have: p-values, rates and tiny effects alike. */
static void test_round_trip(void)
{
    unsigned long long x = 0x9E3779B97F4A7C15ull;
    size_t bad = 0, longer = 0;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 4) {
        case 0: memcpy(&v, &x, sizeof v); break;       /* any bit pattern */
        case 1: v = (double)(x >> 11) / 9007199254740992.0; break; /* [0,1) */
        case 2: v = ldexp((double)(x >> 11), -(int)(x % 1100)); break;
        default: v = (double)(x % 100000) / (double)(1 + (x >> 40) % 997);
        }
        char b[40];
        if (!fsc__fmt_num(v, b))
            continue; /* NaN, inf */
        if (strtod(b, NULL) != v)
            bad++;
        /* Shortest: one significant digit fewer does not read back. */
        const char *e = strpbrk(b, "eE");
        int sig = 0, lead = 1;
        for (const char *p = b; *p && p != e; p++) {
            if (*p < '0' || *p > '9')
                continue;
            if (*p != '0')
                lead = 0;
            sig += !lead;
        }
        if ((strchr(b, '.') || e) && sig > 1) {
            char s[400];
            snprintf(s, sizeof s, "%.*g", sig - 1, v);
            if (strtod(s, NULL) == v)
                longer++;
        }
    }
    TH_EQ_INT(bad, 0);
    TH_EQ_INT(longer, 0);
}

/* The search fsc__fmt_num replaced: the shortest "%.Ng" that strtod reads
 * back, by binary search with snprintf and strtod. */
static void ref_num(double v, char out[40])
{
    if (v == 0) {
        strcpy(out, "0");
        return;
    }
    if (fabs(v) < 9007199254740992.0 && v == floor(v)) {
        snprintf(out, 40, "%.0f", v);
        return;
    }
    char tmp[512];
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(tmp, sizeof tmp, "%.*g", mid, v);
        if (strtod(tmp, NULL) == v)
            hi = mid;
        else
            lo = mid + 1;
    }
    snprintf(tmp, sizeof tmp, "%.*g", lo, v);
    snprintf(out, 40, "%.39s", tmp);
}

/* fsc__fmt_num prints the same bytes as that search: random bit patterns,
 * [0,1), all binary exponents, rates per 1,000 tokens, shares, decimal
 * fractions with few digits (the ties of rounding from 17 digits), powers
 * of ten and their neighbours, both signs. */
static void test_same_as_search(void)
{
    unsigned long long x = 0x2545F4914F6CDD1Dull;
    size_t diff = 0, n = 0;
    char a[40], b[40];
    for (int i = 0; i < 1000000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 8) {
        case 0: memcpy(&v, &x, sizeof v); break;
        case 1: v = (double)(x >> 11) / 9007199254740992.0; break;
        case 2: v = ldexp((double)(x >> 11), (int)(x % 2100) - 1100); break;
        case 3: v = 1000.0 * (double)(x % 300) / (double)(1 + (x >> 32) % 20000); break;
        case 4: v = (double)(x % 1000) / (double)(1 + (x >> 40) % 1000); break;
        case 5: v = (double)(x % 100000) / pow(10.0, (double)((x >> 20) % 30)); break;
        case 6: v = (double)(x % 1000000007) * pow(10.0, (double)((int)((x >> 24) % 600) - 300)); break;
        default: v = nextafter(pow(10.0, (double)((int)((x >> 8) % 600) - 300)),
                               (x >> 60) & 1 ? INFINITY : 0.0);
        }
        if ((x >> 62) & 1)
            v = -v;
        if (!isfinite(v))
            continue;
        n++;
        fsc__fmt_num(v, a);
        ref_num(v, b);
        if (strcmp(a, b) != 0) {
            if (diff < 10)
                fprintf(stderr, "fmt_num %a: %s, search %s\n", v, a, b);
            diff++;
        }
    }
    TH_EQ_INT(diff, 0);
    TH_CHECK(n > 900000);
}

/* fsc__fmt_digits17 gives the digits and exponent of "%.16e" and says
 * truly where the exact value lies against them: checked against glibc's
 * exact expansion ("%.*e" with enough digits to end it) on random values
 * around and inside the integer path (2^-19 .. 2^53), ties constructed
 * from short binary fractions, the path's edges and every other kind. */
static void test_digits17(void)
{
    unsigned long long x = 0x853C49E6748FEA9Bull;
    size_t diff = 0, n = 0, exact_path = 0, exact = 0, short_exact = 0;
    for (int i = 0; i < 150000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 6) {
        case 0:
            memcpy(&v, &x, sizeof v);
            break;
        case 1:
            v = ldexp((double)(x >> 11), (int)(x % 90) - 125);
            break;
        case 2:
            v = 1000.0 * (double)(x % 3000) / (double)(1 + (x >> 32) % 20000);
            break;
        case 3: /* k / 2^j: exact in few digits, ties when fewer are kept */
            v = ldexp((double)(x % 100000), -(int)((x >> 20) % 40));
            break;
        case 4: /* the integer path's edges: 2^-19, 2^53, 1e-5 and 1e15 */
            v = nextafter(ldexp(1.0, (x >> 3) & 1 ? -19 : 53),
                          (x >> 4) & 1 ? INFINITY : 0.0);
            if ((x >> 5) & 1)
                v = nextafter((x >> 6) & 1 ? 1e-5 : 1e15,
                              (x >> 7) & 1 ? 1 : 1e300);
            break;
        default:
            v = (double)(x % 100000) / pow(10.0, (double)((x >> 20) % 25));
        }
        v = fabs(v);
        if (!isfinite(v) || v == 0)
            continue;
        n++;
        char d[17], t[1200];
        int tail;
        int e = fsc__fmt_digits17(v, d, &tail);
        snprintf(t, sizeof t, "%.16e", v);
        int ok =
            d[0] == t[0] && memcmp(d + 1, t + 2, 16) == 0 && e == atoi(t + 19);
        if (tail != 2) {
            exact_path++;
            /* The exact value: a < 2^53 has at most 1074 + 17 digits. */
            snprintf(t, sizeof t, "%.1100e", v);
            char ex[17];
            ex[0] = t[0];
            memcpy(ex + 1, t + 2, 16);
            int ee = atoi(strchr(t, 'e') + 1);
            int more = 0;
            for (const char *p = t + 18; *p != 'e'; p++)
                more |= *p != '0';
            int want;
            if (ee != e)
                want = -1; /* 9.99..9x rounded up to the next power */
            else if (memcmp(ex, d, 17) != 0)
                want = -1; /* the digits were rounded up */
            else
                want = more ? 1 : 0;
            ok = ok && tail == want;
            exact += tail == 0;
        }
        /* and the whole number as the search printed it, which meets
           the ties (0.125 at two digits) that round_digits settles */
        char a[40], b[40];
        fsc__fmt_num(v, a);
        ref_num(v, b);
        ok = ok && strcmp(a, b) == 0;
        short_exact += strchr(a, '.') && strlen(a) < 8 && tail == 0;
        if (!ok) {
            if (diff < 10)
                fprintf(stderr,
                        "digits17 %a: %.17s e%d tail %d, fmt %s search %s\n", v,
                        d, e, tail, a, b);
            diff++;
        }
    }
    TH_EQ_INT(diff, 0);
    TH_CHECK(n > 130000);
    TH_CHECK(exact_path > 60000);
    TH_CHECK(exact > 1000);
    TH_CHECK(short_exact > 1000);
}

/* The integer-only shortest search (2^-19 <= |v| < 2^53) prints what the
 * binary search over precisions printed before it (fsc__fmt_num_search)
 * and what the snprintf/strtod search prints: edge cases (0, -0,
 * subnormals, 1e-7, 0.1, integers, 1e21, the extreme exponents, the
 * range's edges, powers of two, whose lower gap is half the upper, and
 * their neighbours), then random doubles in and around the range: every
 * binary exponent, rates and shares, decimal fractions of 1 to 17 digits
 * (the 15-, 16- and 17-digit answers), ties of short binary fractions. */
static void check3(double v, size_t *diff)
{
    char a[40], b[40], c[40];
    if (!isfinite(v))
        return;
    fsc__fmt_num(v, a);
    fsc__fmt_num_search(v, b);
    ref_num(v, c);
    if (strcmp(a, b) != 0 || strcmp(a, c) != 0) {
        if (*diff < 10)
            fprintf(stderr, "shortest %a: %s, before %s, search %s\n", v, a, b,
                    c);
        (*diff)++;
    }
}

static void test_shortest_exact(void)
{
    static const double edges[] = {
        0.0,
        -0.0,
        5e-324,
        -5e-324,
        2.2250738585072009e-308,
        2.2250738585072014e-308,
        1e-300,
        1e-7,
        -1e-7,
        1e-6,
        1e-5,
        0.1,
        0.2,
        0.3,
        1.0 / 3,
        2.0 / 3,
        0.5,
        1.5,
        12.5,
        1,
        2,
        10,
        1e15,
        1e16,
        1e21,
        1e22,
        1e23,
        9007199254740991.0,
        9007199254740992.0,
        4503599627370495.5,
        1.7976931348623157e308,
        123456.789,
        0.000123,
        5.48e-05,
        3e-9,
        1.9073486328125e-06,
        9.5367431640625e-07,
        2.5e-06,
        7.0e-06,
    };
    size_t diff = 0, n = 0;
    for (size_t i = 0; i < sizeof edges / sizeof *edges; i++) {
        check3(edges[i], &diff);
        check3(-edges[i], &diff);
        check3(nextafter(edges[i], INFINITY), &diff);
        check3(nextafter(edges[i], 0), &diff);
    }
    for (int e = -1074; e <= 1023; e++) { /* powers of two, neighbours */
        double v = ldexp(1.0, e);
        check3(v, &diff);
        check3(nextafter(v, 0), &diff);
        check3(nextafter(v, INFINITY), &diff);
        check3(v * 3, &diff);
    }
    unsigned long long x = 0x9E3779B97F4A7C15ull;
    for (int i = 0; i < 600000; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        double v;
        switch (i % 6) {
        case 0: /* anywhere in 2^-21 .. 2^55 */
            v = ldexp((double)((x >> 11) | (1ull << 52)), (int)(x % 76) - 73);
            break;
        case 1:
            v = 1000.0 * (double)(1 + x % 5000) /
                (double)(1 + (x >> 32) % 200000);
            break;
        case 2:
            v = (double)(x % 1000) / (double)(1 + (x >> 40) % 1000);
            break;
        case 3: { /* d digits over a power of ten */
            int dg = 1 + (int)((x >> 5) % 17);
            double mant = (double)((x >> 12) % 100000000000000000ull);
            mant = floor(mant / pow(10.0, 17 - dg));
            v = mant / pow(10.0, (double)((x >> 40) % 22));
            /* and far below 2^-19, where p-values lie */
            check3(mant / pow(10.0, (double)(22 + (x >> 40) % 300)), &diff);
            break;
        }
        case 4: /* k / 2^j */
            v = ldexp((double)(x % 1000000), -(int)((x >> 20) % 60));
            break;
        default:
            memcpy(&v, &x, sizeof v);
        }
        if (!isfinite(v))
            continue;
        n++;
        check3(v, &diff);
    }
    TH_EQ_INT(diff, 0);
    TH_CHECK(n > 550000);
}

int main(void)
{
    test_text_guard();
    TH_EQ_STR(num(12.5), "12.5");
    TH_EQ_STR(num(3.0), "3");
    TH_EQ_STR(num(0.000123), "0.000123");
    /* Machine formats: shortest form that reads back as the same double. */
    TH_EQ_STR(num(1.0 / 3.0), "0.3333333333333333");
    TH_EQ_STR(num(-0.0000001), "-1e-07");
    TH_EQ_STR(num(-0.0), "0");
    TH_EQ_STR(num(0.1), "0.1");
    TH_EQ_STR(num(5.48e-05), "5.48e-05"); /* was 0.000055 */
    TH_EQ_STR(num(3e-9), "3e-09");        /* was 0 */
    TH_EQ_STR(num(1000.0 * 5 / 412), "12.135922330097088");
    TH_EQ_STR(num(123456789012.0), "123456789012");
    test_round_trip();
    test_same_as_search();
    test_digits17();
    test_shortest_exact();
    /* Tables and prose: rounded for people. */
    TH_EQ_STR(rnd(1.0 / 3.0), "0.333333");
    TH_EQ_STR(rnd(-0.0000001), "0");
    TH_EQ_STR(rnd(1000.0 * 5 / 412), "12.135922");
    TH_EQ_STR(rnd(12.5), "12.5");
    char out[40];
    TH_EQ_INT(fsc__fmt_round(NAN, out), 0);
    TH_EQ_INT(fsc__fmt_num(NAN, out), 0);
    TH_EQ_STR(out, "");
    TH_EQ_INT(fsc__fmt_num(INFINITY, out), 0);

    TH_EQ_STR(csv("plain"), "plain");
    TH_EQ_STR(csv(""), "");
    TH_EQ_STR(csv("a,b"), "\"a,b\"");
    TH_EQ_STR(csv("say \"no\""), "\"say \"\"no\"\"\"");
    TH_EQ_STR(csv("two\nlines"), "\"two\nlines\"");
    TH_EQ_STR(csv("cr\rhere"), "\"cr\rhere\"");
    TH_EQ_STR(csv(" padded "), "\" padded \"");
    TH_EQ_STR(csv("الاحتلال"), "الاحتلال");
    TH_DONE();
}
