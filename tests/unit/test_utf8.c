/*
 * test_utf8.c - UTF-8 validation (fault offset, line and column, including
 * faults inside the eight- and sixteen-byte fast paths), counting, decoding,
 * repair; and the validator against a plain one on random and adversarial
 * inputs.
 */
#include "th.h"
#include "utf8.h"

#include <stdint.h>
#include <string.h>

static long bad_at(const char *s, size_t len, long *line, long *col)
{
    size_t off = 0;
    if (fsc__utf8_valid(s, len, &off, line, col))
        return -1;
    return (long)off;
}

#define S(lit) lit, sizeof(lit) - 1

/* Reference: one sequence at a time, straight from Unicode Table 3-7. */
static int ref_valid(const unsigned char *s, size_t len, size_t *off,
                     long *line, long *col)
{
    long ln = 1, cl = 1;
    size_t i = 0;
    while (i < len) {
        unsigned c = s[i];
        size_t n = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c < 0x80)
            n = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            n = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        }
        int ok = n > 0 && i + n <= len;
        for (size_t k = 1; ok && k < n; k++) {
            unsigned t = s[i + k];
            if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF))
                ok = 0;
        }
        if (!ok) {
            *off = i;
            *line = ln;
            *col = cl;
            return 0;
        }
        if (c == '\n') {
            ln++;
            cl = 1;
        } else {
            cl++;
        }
        i += n;
    }
    return 1;
}

static uint32_t rnd_state = 12345u;

static uint32_t rnd(void)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 17;
    rnd_state ^= rnd_state << 5;
    return rnd_state;
}

/* Pieces of text: mostly ASCII and two-byte sequences, some longer ones,
 * and faults of every kind (C0/C1 and other overlongs, lone and extra
 * trails, cut sequences, surrogates, too large, bytes never used). */
static const char *const good_pieces[] = { "a",
                                           " ",
                                           "\n",
                                           ".",
                                           "\xd8\xa7",
                                           "\xd9\x84",
                                           "\xd0\xbe",
                                           "\xc2\x80",
                                           "\xdf\xbf",
                                           "\xe2\x82\xac",
                                           "\xe2\x80\x8c",
                                           "\xf0\x9f\x98\x80",
                                           "\xed\x9f\xbf",
                                           "\xe0\xa0\x80",
                                           "\xf4\x8f\xbf\xbf",
                                           "\xf0\x90\x80\x80" };
static const char *const bad_pieces[] = { "\xc0\x80",
                                          "\xc1\xbf",
                                          "\x80",
                                          "\xbf",
                                          "\xd8",
                                          "\xd8\xd8",
                                          "\xe0\x80\x80",
                                          "\xed\xa0\x80",
                                          "\xe2\x82",
                                          "\xf0\x8f\xbf\xbf",
                                          "\xf4\x90\x80\x80",
                                          "\xf5\x80\x80\x80",
                                          "\xff",
                                          "\xfe",
                                          "\xd8\x41" };

static size_t make_input(unsigned char *buf, size_t cap)
{
    size_t n = 0, want = rnd() % cap;
    unsigned bad_rate = 1 + rnd() % 64;
    while (n < want) {
        const char *p;
        if (rnd() % 8 == 0) {
            unsigned char b = (unsigned char)rnd();
            if (n + 1 > cap)
                break;
            buf[n++] = b;
            continue;
        }
        if (rnd() % 1024 < bad_rate)
            p = bad_pieces[rnd() % (sizeof bad_pieces / sizeof *bad_pieces)];
        else
            p = good_pieces[rnd() % (sizeof good_pieces / sizeof *good_pieces)];
        size_t l = strlen(p);
        if (n + l > cap)
            break;
        memcpy(buf + n, p, l);
        n += l;
    }
    return n;
}

/* Every prefix of every input from every starting offset agrees with the
 * reference on accept/reject, fault offset, line and column. */
static int differential(void)
{
    unsigned char buf[96];
    int fails = 0;
    for (int round = 0; round < 6000 && fails < 5; round++) {
        size_t n = round < 5000 ? make_input(buf, sizeof buf) : 0;
        if (round >= 5000) { /* raw bytes, mostly high */
            n = rnd() % sizeof buf;
            for (size_t k = 0; k < n; k++)
                buf[k] = (unsigned char)(rnd() % 4 ? 0x80 + rnd() % 0x60
                                                   : rnd() % 0x100);
        }
        for (size_t start = 0; start < 17 && start <= n; start++) {
            for (size_t len = 0; start + len <= n; len++) {
                size_t o1 = 0, o2 = 0;
                long l1 = 0, l2 = 0, c1 = 0, c2 = 0;
                int v1 = fsc__utf8_valid((const char *)buf + start, len, &o1,
                                         &l1, &c1);
                int v2 = ref_valid(buf + start, len, &o2, &l2, &c2);
                if (v1 != v2 || (!v1 && (o1 != o2 || l1 != l2 || c1 != c2)))
                    fails++;
            }
        }
    }
    return fails;
}

int main(void)
{
    long line = 0, col = 0;
    TH_EQ_INT(bad_at(S(""), &line, &col), -1);
    TH_EQ_INT(bad_at(S("plain ASCII text that is long enough"), &line, &col),
              -1);
    /* Arabic and Cyrillic runs of two-byte sequences take the fast path. */
    TH_EQ_INT(bad_at(S("الاحتلالالاحتلال оккупация"), &line, &col), -1);
    /* Overlong C0/C1 leads inside an otherwise two-byte window. */
    TH_EQ_INT(bad_at(S("\xd8\xa7\xd8\xa7\xc0\x80\xd8\xa7"), &line, &col), 4);
    TH_EQ_INT(bad_at(S("\xd8\xa7\xc1\xbf\xd8\xa7\xd8\xa7"), &line, &col), 2);
    /* Windows of ASCII and two-byte sequences mixed: valid ones, a lead in
       a window's last byte, and faults inside such windows. */
    TH_EQ_INT(bad_at(S("\xd8\xa7 \xd8\xa7.\xd8\xa7 x \xd0\xbe\xd0\xba!"), &line,
                     &col),
              -1);
    TH_EQ_INT(bad_at(S("abcdefg\xd8\xa7"
                       "bcdefgh"),
                     &line, &col),
              -1);
    TH_EQ_INT(bad_at(S("abcdefg\xd8"
                       "abcdefgh"),
                     &line, &col),
              7);
    TH_EQ_INT(bad_at(S("a\xd8\xa7\x80"
                       "bcdefgh"),
                     &line, &col),
              3);
    TH_EQ_INT(bad_at(S("ab\xd8\xd8\xa7"
                       "cdefgh"),
                     &line, &col),
              2);
    TH_EQ_INT(bad_at(S("a \xc0\x80 bcdefgh"), &line, &col), 2);
    TH_EQ_INT(bad_at(S("a \xc1\xa7 \xd8\xa7xyz"), &line, &col), 2);
    TH_EQ_INT(bad_at(S("a \xe2\x80\x9c \xd8\xa7xyz\xe2\x80"), &line, &col), 11);
    /* A lone continuation byte, a truncated sequence at the end. */
    TH_EQ_INT(bad_at(S("abcdefgh\x80"), &line, &col), 8);
    TH_EQ_INT(bad_at(S("\xd8\xa7\xd8\xa7\xd8\xa7\xd8"), &line, &col), 6);
    /* Surrogates, above U+10FFFF, overlong three-byte forms. */
    TH_EQ_INT(bad_at(S("ok \xed\xa0\x80"), &line, &col), 3);
    TH_EQ_INT(bad_at(S("\xf4\x90\x80\x80"), &line, &col), 0);
    TH_EQ_INT(bad_at(S("\xe0\x80\xaf"), &line, &col), 0);
    TH_EQ_INT(bad_at(S("\xff"), &line, &col), 0);
    /* Line and column (in code points) of the fault. */
    TH_EQ_INT(bad_at(S("one\ntwo\nثلاثة \xff"), &line, &col), 19);
    TH_EQ_INT(line, 3);
    TH_EQ_INT(col, 7);
    /* Valid four-byte and three-byte sequences. */
    TH_EQ_INT(bad_at(S("€ 😀 «»"), &line, &col), -1);
    /* Sixteen-byte windows: a lead in the last byte, a C0 or C1 lead, a
       three-byte sequence, a lone trail in the first byte. */
    TH_EQ_INT(bad_at(S("abcdefghijklmno\xd8\xa7"
                       "abcdefghijklmnop"),
                     &line, &col),
              -1);
    TH_EQ_INT(bad_at(S("abcdefghijklmno\xd8"
                       "abcdefghijklmnop"),
                     &line, &col),
              15);
    TH_EQ_INT(bad_at(S("\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7"
                       "\xc1\xbf\xd8\xa7"),
                     &line, &col),
              12);
    TH_EQ_INT(col, 7);
    TH_EQ_INT(
        bad_at(S("\xd8\xa7\xd8\xa7 \xe2\x82\xac \xd8\xa7\xd8\xa7\xd8\xa7\xd8"),
               &line, &col),
        15);
    TH_EQ_INT(
        bad_at(
            S("\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7"
              "\xa7\xd8\xa7"),
            &line, &col),
        16);
    TH_EQ_INT(differential(), 0);

    TH_EQ_INT(fsc__utf8_count(S("«Оккупация»")), 11);
    size_t n = 0;
    TH_EQ_INT(fsc__utf8_decode(S("😀"), &n), 0x1F600);
    TH_EQ_INT(n, 4);
    TH_EQ_INT(fsc__utf8_decode(S("ا"), &n), 0x0627);
    TH_EQ_INT(n, 2);
    /* The checked decoder: -1 and one byte for bad or cut sequences. */
    TH_EQ_INT(fsc__utf8_decode_checked(S("\xd8\xa7z"), &n), 0x0627);
    TH_EQ_INT(n, 2);
    TH_EQ_INT(fsc__utf8_decode_checked(S("\xc0\x80"), &n), -1);
    TH_EQ_INT(n, 1);
    TH_EQ_INT(fsc__utf8_decode_checked(S("\xe2\x82"), &n), -1);
    TH_EQ_INT(n, 1);
    TH_EQ_INT(fsc__utf8_decode_checked(S("\xed\xa0\x80"), &n), -1);
    TH_EQ_INT(fsc__utf8_decode_checked(S("\xf0\x9f\x98\x80"), &n), 0x1F600);
    TH_EQ_INT(n, 4);
    char buf[8];
    TH_EQ_INT(fsc__utf8_encode(0x20AC, buf), 3);
    TH_CHECK(memcmp(buf, "€", 3) == 0);
    char rep[32];
    size_t r = fsc__utf8_repair(S("a\xffz"), rep);
    TH_EQ_INT(r, 5);
    TH_CHECK(memcmp(rep, "a\xef\xbf\xbdz", 5) == 0);
    TH_DONE();
}
