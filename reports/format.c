/*
 * format.c - number formatting, CSV quoting and HTML escaping shared by all
 * renderers.
 *
 * Machine formats (JSON, JSON Lines, CSV) print every number in the shortest
 * form that reads back as the same double (fsc__fmt_num); tables and prose
 * round for people (fsc__fmt_round). Neither ever writes "nan" or "inf".
 */
#include "format.h"

#include "framescope/analyzer.h"
#include "utf8.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * fsc__fmt_num prints what the shortest "%.Ng" that strtod reads back as
 * the same double prints (the search over N that this replaced), with no
 * snprintf or strtod in the common case (at most one snprintf otherwise):
 *
 *   1. the 17 correctly rounded significant digits (17 always read back)
 *      are what "%.16e" prints; fsc__fmt_digits17 computes them exactly
 *      with integers for 2^-19 <= |v| < 2^53 (rates, shares, weights), and
 *      asks snprintf elsewhere;
 *   2. the digits for a precision p < 17 are rounded from those 17: exact
 *      unless the 17 digits end in exactly "5000..." after digit p, where
 *      the true value may lie on either side of the half-way point; the
 *      integer path knows on which side (or that it is a tie, rounded to
 *      even as printf rounds it); otherwise snprintf("%.*e") is asked for
 *      those p digits;
 *   3. whether p digits read back is decided as strtod decides it: an
 *      integer m <= 2^53 times or over an exact power of ten (10^0..10^22)
 *      is one correctly rounded operation (Clinger's fast path); anything
 *      else goes through strtod;
 *   4. a precision that reads back stays so at every higher one, so the
 *      shortest is found by binary search over 1..17;
 *   5. the digits are laid out as %g lays them out: fixed when
 *      -4 <= exponent < p, else d.ddde[+-]XX; trailing zeros dropped.
 * tests/unit/test_format.c checks it byte for byte against the search it
 * replaced on a million doubles of every kind. For 2^-19 <= |v| < 2^53
 * (every rate, share and weight of score rows) shortest_exact() does steps
 * 1-4 at once with integers: at most two exact read-back tests (15 and 16
 * digits) instead of a binary search whose 16-digit step needed strtod.
 */
static const double pow10_exact[23] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,
                                        1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
                                        1e18, 1e19, 1e20, 1e21, 1e22 };

/* Do the digits d[0..p) times 10^(x - p + 1) read back as a (> 0)? */
static int reads_back(const char *d, int p, int x, double a)
{
    while (p > 1 && d[p - 1] == '0')
        p--;
    int e = x - p + 1;
    unsigned long long m = 0;
    for (int i = 0; i < p; i++)
        m = m * 10 + (unsigned long long)(d[i] - '0');
    if (m <= (1ull << 53) && e >= -22 && e <= 22)
        return (e >= 0 ? (double)m * pow10_exact[e]
                       : (double)m / pow10_exact[-e]) == a;
    /* "%llue%d", written here: snprintf cost as much as strtod */
    char s[48], r[24];
    int n = 0, k = 0;
    do {
        r[k++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    while (k)
        s[n++] = r[--k];
    s[n++] = 'e';
    unsigned ue = e < 0 ? (unsigned)-e : (unsigned)e;
    if (e < 0)
        s[n++] = '-';
    do {
        r[k++] = (char)('0' + ue % 10);
        ue /= 10;
    } while (ue);
    while (k)
        s[n++] = r[--k];
    s[n] = '\0';
    return strtod(s, NULL) == a;
}

/* a * b as a 128-bit number hi:lo (portable: no compiler extension). */
static void mul_64x64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
    uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32;
    uint64_t b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    *lo = (mid << 32) | (p00 & 0xFFFFFFFFu);
    *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* Bit s and up of hi:lo (s in 0..127), as far as they fit 64 bits. */
static uint64_t shr_128(uint64_t hi, uint64_t lo, int s)
{
    if (s == 0)
        return lo;
    if (s >= 64)
        return hi >> (s - 64);
    return (hi << (64 - s)) | (lo >> s);
}

/* Is any bit below bit s of hi:lo set (s in 1..127)? */
static int low_bits(uint64_t hi, uint64_t lo, int s)
{
    if (s >= 64)
        return lo != 0 || (s > 64 && (hi << (128 - s)) != 0);
    return (lo << (64 - s)) != 0;
}

static const uint64_t pow10_u64[20] = { 1ull,
                                        10ull,
                                        100ull,
                                        1000ull,
                                        10000ull,
                                        100000ull,
                                        1000000ull,
                                        10000000ull,
                                        100000000ull,
                                        1000000000ull,
                                        10000000000ull,
                                        100000000000ull,
                                        1000000000000ull,
                                        10000000000000ull,
                                        100000000000000ull,
                                        1000000000000000ull,
                                        10000000000000000ull,
                                        100000000000000000ull,
                                        1000000000000000000ull,
                                        10000000000000000000ull };

/* floor(m * 10^k / 2^q) and the bits below it (half bit, anything under
 * it), for m < 2^53, k <= 22 and m * 10^k < 2^128. */
static uint64_t scaled_floor(uint64_t m, int k, int q, int *half, int *rest)
{
    uint64_t hi, lo;
    mul_64x64(m, pow10_u64[k < 19 ? k : 19], &hi, &lo);
    if (k > 19) { /* times 10^(k-19) <= 1000: hi:lo stays below 2^128 */
        uint64_t f = pow10_u64[k - 19], h2, l2;
        mul_64x64(lo, f, &h2, &l2);
        hi = hi * f + h2;
        lo = l2;
    }
    *half = (int)(shr_128(hi, lo, q - 1) & 1);
    *rest = q > 1 && low_bits(hi, lo, q - 1);
    return shr_128(hi, lo, q);
}

int fsc__fmt_digits17(double a, char d[17], int *tail)
{
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int be = (int)((bits >> 52) & 0x7FF);
    uint64_t m = (bits & ((1ull << 52) - 1)) | (1ull << 52);
    int q = 1075 - be; /* a = m / 2^q */
    /* Exact with 128 bits: the 17 digits (< 2^57) shifted up by q must fit,
       so q <= 71 (a >= 2^-19); q >= 1 keeps to values below 2^53. */
    if (be == 0 || q < 1 || q > 71) {
        char t[64];
        snprintf(t, sizeof t, "%.16e", a); /* d.dddddddddddddddde[+-]XX */
        d[0] = t[0];
        memcpy(d + 1, t + 2, 16);
        *tail = 2;
        return atoi(t + 19);
    }
    /* a lies in [2^E, 2^(E+1)), so its decimal exponent is floor(E log10 2)
       (78913 / 2^18 is log10 2 closely enough for |E| < 1650) or one more;
       the integers below decide which. */
    int E = 52 - q;
    int x = (E * 78913 + (64 << 18)) / (1 << 18) - 64;
    int half, rest;
    uint64_t D = scaled_floor(m, 16 - x, q, &half, &rest);
    if (D >= pow10_u64[17]) {
        x++;
        D = scaled_floor(m, 16 - x, q, &half, &rest);
    }
    /* Rounded to nearest, ties to even, as glibc's printf rounds. */
    int up = half && (rest || (D & 1));
    *tail = up ? -1 : (half || rest) ? 1 : 0;
    D += (uint64_t)up;
    if (D == pow10_u64[17]) { /* 9.99...95 -> 1.00...0 */
        D = pow10_u64[16];
        x++;
    }
    for (int i = 16; i >= 0; i--) {
        d[i] = (char)('0' + D % 10);
        D /= 10;
    }
    return x;
}

/* The p significant digits of a (> 0) rounded as printf rounds them, into
 * d[0..p); returns the decimal exponent of the first digit. full/fx are
 * the 17 digits and exponent of "%.16e", tail how a compares with them
 * (fsc__fmt_digits17). */
static int round_digits(double a, const char *full, int fx, int tail, int p,
                        char *d)
{
    memcpy(d, full, (size_t)p);
    if (p >= 17)
        return fx;
    int cmp = 0; /* tail against half a unit of digit p */
    if (full[p] != '5')
        cmp = full[p] < '5' ? -1 : 1;
    else
        for (int i = p + 1; i < 17 && !cmp; i++)
            cmp = full[i] != '0';
    if (cmp == 0 && tail != 2) {
        /* half-way in 17 digits, and the exact value known: above, below,
           or a true tie, which printf rounds to even */
        cmp = tail ? tail : (d[p - 1] - '0') % 2 ? 1 : -1;
    }
    if (cmp == 0) {
        /* exactly half in 17 digits: the true value decides */
        char t[64];
        snprintf(t, sizeof t, "%.*e", p - 1, a);
        d[0] = t[0];
        if (p > 1)
            memcpy(d + 1, t + 2, (size_t)(p - 1));
        return atoi(t + (p > 1 ? p + 2 : 2));
    }
    if (cmp < 0)
        return fx;
    int i = p - 1;
    while (i >= 0 && d[i] == '9')
        d[i--] = '0';
    if (i >= 0) {
        d[i]++;
        return fx;
    }
    d[0] = '1'; /* 9.99 -> 10.0 */
    return fx + 1;
}

/*
 * The shortest digits of a (> 0) for 2^-19 <= a < 2^53, with integers only:
 * *p significant digits d[0..*p) and the decimal exponent *x of the first,
 * as the search above finds them. 0 outside that range.
 *
 * With T = m 10^k (a = m / 2^q, k = 16 - x), D = floor(T / 2^q) holds the
 * first 17 digits and r = T mod 2^q the rest. A candidate C (in units of
 * the 17th digit) reads back as a when it lies within half a gap of a:
 * 2 |C 2^q - T| < 10^k (4 |..| below a when m = 2^52, whose lower gap is
 * half), or equal to it with m even (strtod rounds ties to even). The
 * correctly rounded 15 digits are tried first: when they read back, no
 * other number of 15 digits or fewer does (the gap of a double is below
 * 10^-15 a), so the shortest form is those digits without their trailing
 * zeros, and no shorter precision reads back. Otherwise 16 digits, and
 * else 17, which always read back.
 */
typedef struct u128 {
    uint64_t hi, lo;
} u128;

/* v << s for v < 2^7, s <= 71 (the result stays below 2^78). */
static u128 u128_shl(uint64_t v, int s)
{
    u128 r;
    if (s >= 64) {
        r.hi = v << (s - 64);
        r.lo = 0;
    } else {
        r.hi = s ? v >> (64 - s) : 0;
        r.lo = v << s;
    }
    return r;
}

static int u128_cmp(u128 a, u128 b)
{
    if (a.hi != b.hi)
        return a.hi < b.hi ? -1 : 1;
    return a.lo < b.lo ? -1 : a.lo > b.lo;
}

/* m 10^k, for m < 2^53 and 0 <= k <= 22. */
static u128 times_pow10(uint64_t m, int k)
{
    u128 t;
    mul_64x64(m, pow10_u64[k < 19 ? k : 19], &t.hi, &t.lo);
    if (k > 19) {
        uint64_t f = pow10_u64[k - 19], h2, l2;
        mul_64x64(t.lo, f, &h2, &l2);
        t.hi = t.hi * f + h2;
        t.lo = l2;
    }
    return t;
}

/* Does C (17-digit units) read back as a? D, r, m, q, P = 10^k as above. */
static int reads_back_exact(uint64_t C, uint64_t D, u128 r, uint64_t m, int q,
                            u128 P)
{
    /* |C 2^q - T| = |(C - D) 2^q - r|; C - D is below 2^7 in size */
    u128 diff;
    int below = C <= D;
    if (below) {
        diff = u128_shl(D - C, q);
        diff.lo += r.lo;
        diff.hi += r.hi + (diff.lo < r.lo);
    } else {
        diff = u128_shl(C - D, q);
        diff.hi -= r.hi + (diff.lo < r.lo);
        diff.lo -= r.lo;
    }
    int s = below && m == (1ull << 52) ? 2 : 1;
    diff.hi = (diff.hi << s) | (diff.lo >> (64 - s));
    diff.lo <<= s;
    int c = u128_cmp(diff, P);
    return c < 0 || (c == 0 && !(m & 1));
}

/* D rounded to p digits (p <= 17) as printf rounds a: to nearest, ties to
 * even; in 17-digit units. r_zero: the digits after D are all zero;
 * r_half: against half a unit of D (-1, 0, 1). */
static uint64_t round_to(uint64_t D, int p, int r_cmp_half, int r_zero)
{
    uint64_t U = pow10_u64[17 - p], Q = D / U, rem = D % U;
    int up;
    if (U == 1)
        up = r_cmp_half > 0 || (r_cmp_half == 0 && (Q & 1));
    else
        up = 2 * rem > U || (2 * rem == U && (!r_zero || (Q & 1)));
    return (Q + (uint64_t)up) * U;
}

static int shortest_exact(double a, char d[17], int *p, int *x)
{
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int be = (int)((bits >> 52) & 0x7FF);
    uint64_t m = (bits & ((1ull << 52) - 1)) | (1ull << 52);
    int q = 1075 - be;
    if (be == 0 || q < 1 || q > 71)
        return 0;
    int E = 52 - q;
    int ex = (E * 78913 + (64 << 18)) / (1 << 18) - 64;
    u128 T = times_pow10(m, 16 - ex);
    uint64_t D = shr_128(T.hi, T.lo, q);
    if (D >= pow10_u64[17]) {
        ex++;
        T = times_pow10(m, 16 - ex);
        D = shr_128(T.hi, T.lo, q);
    }
    u128 r; /* T mod 2^q */
    if (q >= 64) {
        r.hi = T.hi & ((1ull << (q - 64)) - 1);
        r.lo = T.lo;
    } else {
        r.hi = 0;
        r.lo = T.lo & ((1ull << q) - 1);
    }
    int r_zero = r.hi == 0 && r.lo == 0;
    u128 half = u128_shl(1, q - 1);
    int r_half = u128_cmp(r, half);
    int k = 16 - ex;
    u128 P = times_pow10(1, k);
    uint64_t C = 0;
    int prec = 17;
    for (int t = 15; t <= 16; t++) {
        uint64_t c = round_to(D, t, r_half, r_zero);
        if (reads_back_exact(c, D, r, m, q, P)) {
            C = c;
            prec = t;
            break;
        }
    }
    if (prec == 17)
        C = round_to(D, 17, r_half, r_zero);
    if (C == pow10_u64[17]) { /* rounded up to the next power of ten */
        C = pow10_u64[16];
        ex++;
    }
    for (int i = 16; i >= 0; i--) {
        d[i] = (char)('0' + C % 10);
        C /= 10;
    }
    if (prec == 15) { /* the shortest: without the trailing zeros */
        while (prec > 1 && d[prec - 1] == '0')
            prec--;
    }
    *p = prec;
    *x = ex;
    return 1;
}

static int fmt_num(double v, char out[40], int exact)
{
    if (!isfinite(v)) {
        out[0] = '\0';
        return 0;
    }
    if (v == 0) { /* -0 too: a count or a difference of nothing */
        strcpy(out, "0");
        return 1;
    }
    char *o = out;
    /* Integers below 2^53 as integers ("12", not "1.2e+01"). */
    if (fabs(v) < 9007199254740992.0 && v == floor(v)) {
        unsigned long long u;
        if (v < 0) {
            *o++ = '-';
            u = (unsigned long long)-v;
        } else {
            u = (unsigned long long)v;
        }
        char t[24];
        int n = 0;
        do {
            t[n++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        while (n)
            *o++ = t[--n];
        *o = '\0';
        return 1;
    }
    double a = fabs(v);
    char d[17];
    int p, x;
    if (exact && shortest_exact(a, d, &p, &x)) {
        /* done: the integers found them */
    } else if (exact && a >= 0x1p-1022) {
        /* Outside shortest_exact's range (p-values far below 2^-19, say):
         * the same order of tests, with the read-back test of the digits
         * instead of the integers. The correctly rounded 15 digits, when
         * they read back, are the shortest without their trailing zeros
         * (a normal double's gap is below 10^-15 of it, so any shorter
         * digits that read back are those 15 rounded); else 16, else 17.
         * Two read-back tests at most instead of the search's four or
         * five. Subnormals, with fewer bits, take the search below. */
        char full[17], t[17];
        int tail;
        int fx = fsc__fmt_digits17(a, full, &tail);
        memcpy(d, full, sizeof full);
        p = 17;
        x = fx;
        for (int q = 15; q <= 16; q++) {
            int xq = round_digits(a, full, fx, tail, q, t);
            if (reads_back(t, q, xq, a)) {
                memcpy(d, t, (size_t)q);
                p = q;
                x = xq;
                break;
            }
        }
        if (p == 15)
            while (p > 1 && d[p - 1] == '0')
                p--;
    } else {
        char full[17];
        int tail;
        int fx = fsc__fmt_digits17(a, full, &tail);
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            x = round_digits(a, full, fx, tail, mid, d);
            if (reads_back(d, mid, x, a))
                hi = mid;
            else
                lo = mid + 1;
        }
        p = lo;
        x = round_digits(a, full, fx, tail, p, d);
    }
    int q = p; /* significant digits left after dropping trailing zeros */
    while (q > 1 && d[q - 1] == '0')
        q--;
    if (v < 0)
        *o++ = '-';
    if (x >= -4 && x < p) {
        if (x >= 0) {
            for (int i = 0; i <= x; i++)
                *o++ = i < q ? d[i] : '0';
            if (q > x + 1) {
                *o++ = '.';
                for (int i = x + 1; i < q; i++)
                    *o++ = d[i];
            }
        } else {
            *o++ = '0';
            *o++ = '.';
            for (int i = 0; i < -x - 1; i++)
                *o++ = '0';
            for (int i = 0; i < q; i++)
                *o++ = d[i];
        }
    } else {
        *o++ = d[0];
        if (q > 1) {
            *o++ = '.';
            for (int i = 1; i < q; i++)
                *o++ = d[i];
        }
        *o++ = 'e';
        *o++ = x < 0 ? '-' : '+';
        int ax = x < 0 ? -x : x;
        if (ax >= 100)
            *o++ = (char)('0' + ax / 100);
        *o++ = (char)('0' + ax / 10 % 10);
        *o++ = (char)('0' + ax % 10);
    }
    *o = '\0';
    return 1;
}

int fsc__fmt_num(double v, char out[40])
{
    return fmt_num(v, out, 1);
}

int fsc__fmt_num_search(double v, char out[40])
{
    return fmt_num(v, out, 0);
}

int fsc__fmt_round(double v, char out[40])
{
    if (!isfinite(v)) {
        out[0] = '\0';
        return 0;
    }
    if (fabs(v) >= 1e15) {
        snprintf(out, 40, "%.0f", v);
        return 1;
    }
    snprintf(out, 40, "%.6f", v);
    char *dot = strchr(out, '.');
    if (dot) {
        char *end = out + strlen(out) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    if (strcmp(out, "-0") == 0)
        strcpy(out, "0");
    return 1;
}

/* Append prefix (0 or 1 byte) then s[0..len) as one CSV field. */
static fsc_status csv_put(fsc_buf *b, const char *prefix, const char *s,
                          size_t len)
{
    size_t plen = strlen(prefix);
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r';
    /* Leading spaces would be trimmed by some readers; keep them quoted. */
    if (len && ((!plen && s[0] == ' ') || s[len - 1] == ' '))
        quote = 1;
    fsc_status st = quote ? fsc__buf_addc(b, '"') : FSC_OK;
    if (st == FSC_OK && plen)
        st = fsc__buf_add(b, prefix, plen);
    if (st == FSC_OK && !quote)
        return fsc__buf_add(b, s, len);
    for (size_t i = 0; i < len && st == FSC_OK; i++)
        st = s[i] == '"' ? fsc__buf_add(b, "\"\"", 2) : fsc__buf_addc(b, s[i]);
    return st == FSC_OK ? fsc__buf_addc(b, '"') : st;
}

fsc_status fsc__csv_field(fsc_buf *b, const char *s, size_t len)
{
    return csv_put(b, "", s, len);
}

static int csv_trigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
           c == '\r';
}

/* s matches ^'*[=+\-@\t\r]: apostrophes, then a character that makes a
 * spreadsheet evaluate the cell. */
static int csv_guarded(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == '\'')
        i++;
    return i < len && csv_trigger(s[i]);
}

fsc_status fsc__csv_text_field(fsc_buf *b, const char *s, size_t len)
{
    return csv_put(b, csv_guarded(s, len) ? "'" : "", s, len);
}

size_t fsc__csv_text_unguard(const char *s, size_t len)
{
    return len > 1 && s[0] == '\'' && csv_guarded(s + 1, len - 1) ? 1 : 0;
}

static int is_bidi_control(long cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Copies runs of ordinary bytes in one call, so the cost is linear. */
fsc_status fsc__html_esc(fsc_buf *b, const char *s, size_t len, int text)
{
    const unsigned char *u = (const unsigned char *)s;
    fsc_status st = FSC_OK;
    size_t i = 0, run = 0;
    while (i < len && st == FSC_OK) {
        unsigned c = u[i];
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' &&
            c != '"' && c != '\'' && c != '=') {
            i++;
            continue;
        }
        size_t n;
        long cp = fsc__utf8_decode_checked(s + i, len - i, &n);
        int plain = cp >= 0xA0 && !is_bidi_control(cp);
        if (plain) {
            i += n;
            continue;
        }
        st = fsc__buf_add(b, s + run, i - run);
        if (st != FSC_OK)
            break;
        const char *open = text ? "<bdi class=\"ctl\">" : "";
        const char *close = text ? "</bdi>" : "";
        if (cp < 0)
            st = fsc__buf_printf(b, "%s\\x{%02X}%s", open, (unsigned)u[i],
                                 close);
        else if (cp == '&')
            st = fsc__buf_adds(b, "&amp;");
        else if (cp == '<')
            st = fsc__buf_adds(b, "&lt;");
        else if (cp == '>')
            st = fsc__buf_adds(b, "&gt;");
        else if (cp == '"')
            st = fsc__buf_adds(b, "&quot;");
        else if (cp == '\'')
            st = fsc__buf_adds(b, "&#39;");
        else if (cp == '=') /* so that no attribute can even look injected */
            st = fsc__buf_adds(b, "&#61;");
        else if (cp == '\n' || cp == '\t' || cp == '\r')
            st = fsc__buf_addc(b, ' ');
        else if (cp < 0x20) /* control pictures U+2400 + c (␛ for ESC) */
            st = fsc__buf_printf(b, "%s\xE2\x90%c%s", open, (char)(0x80 + cp),
                                 close);
        else if (cp == 0x7F)
            st = fsc__buf_printf(b, "%s\xE2\x90\xA1%s", open, close);
        else /* C1 controls and bidi controls */
            st = fsc__buf_printf(b, "%s\\u{%lX}%s", open, (unsigned long)cp,
                                 close);
        i += n;
        run = i;
    }
    if (st == FSC_OK)
        st = fsc__buf_add(b, s + run, len - run);
    return st;
}

fsc_status fsc__fmt_share(fsc_buf *b, const char *sep, const char *name,
                          size_t v, size_t total)
{
    if (total == 0)
        return fsc__buf_printf(b, "%s%s %zu", sep, name, v);
    return fsc__buf_printf(b, "%s%s %zu (%.1f%%)", sep, name, v,
                           100.0 * (double)v / (double)total);
}

/* ---- terminal text ------------------------------------------------------ */

#define TERM_FSI "\xE2\x81\xA8" /* U+2068 FIRST STRONG ISOLATE */
#define TERM_PDI "\xE2\x81\xA9" /* U+2069 POP DIRECTIONAL ISOLATE */

fsc_status fsc__term_esc(fsc_buf *b, const char *s, size_t len, int oneline)
{
    const unsigned char *u = (const unsigned char *)s;
    fsc_status st = FSC_OK;
    size_t i = 0;
    while (i < len && st == FSC_OK) {
        /* A run of printable ASCII in one append. */
        size_t j = i;
        while (j < len && u[j] >= 0x20 && u[j] < 0x7F)
            j++;
        if (j > i) {
            st = fsc__buf_add(b, s + i, j - i);
            i = j;
            continue;
        }
        size_t n;
        long cp = fsc__utf8_decode_checked(s + i, len - i, &n);
        if (cp < 0) {
            st = fsc__buf_printf(b, TERM_FSI "\\x{%02X}" TERM_PDI,
                                 (unsigned)u[i]);
        } else if (cp == '\r' && i + 1 < len && u[i + 1] == '\n') {
            /* CR LF is a line break like LF. */
        } else if (cp == '\n') {
            st = oneline ? fsc__buf_adds(b, " \xC2\xB6 ")
                         : fsc__buf_addc(b, '\n');
        } else if (cp == '\t') {
            st = fsc__buf_addc(b, oneline ? ' ' : '\t');
        } else if (cp < 0x20) {
            /* Control pictures: U+2400 + c (␀ … ␟, ␛ for ESC). */
            char pic[3] = { (char)0xE2, (char)0x90, (char)(0x80 + cp) };
            st = fsc__buf_add(b, pic, 3);
        } else if (cp == 0x7F) {
            st = fsc__buf_adds(b, "\xE2\x90\xA1"); /* ␡ */
        } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
            st = fsc__buf_printf(b, TERM_FSI "\\u{%lX}" TERM_PDI,
                                 (unsigned long)cp);
        } else {
            st = fsc__buf_add(b, s + i, n);
        }
        i += n;
    }
    return st;
}

fsc_status fsc__term_sanitize(fsc_buf *b, size_t from)
{
    if (from >= b->len)
        return FSC_OK;
    /* Nothing to do in the common case: no byte below 0x20 but LF, no DEL,
       no byte that could start C1, a bidi control or an invalid sequence
       is checked cheaply first. */
    size_t n = b->len - from;
    const unsigned char *u = (const unsigned char *)b->data + from;
    int clean = 1;
    for (size_t i = 0; i < n && clean; i++)
        if ((u[i] < 0x20 && u[i] != '\n') || u[i] == 0x7F || u[i] >= 0x80)
            clean = 0;
    if (clean)
        return FSC_OK;
    char *copy = malloc(n);
    if (!copy)
        return FSC_ENOMEM;
    memcpy(copy, b->data + from, n);
    b->len = from;
    b->data[from] = '\0';
    fsc_status st = fsc__term_esc(b, copy, n, 0);
    free(copy);
    return st;
}
