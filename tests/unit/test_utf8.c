/*
 * test_utf8.c - UTF-8 validation (fault offset, line and column, including
 * faults inside the eight-byte fast paths), counting, decoding, repair.
 */
#include "th.h"
#include "utf8.h"

static long bad_at(const char *s, size_t len, long *line, long *col)
{
    size_t off = 0;
    if (fsc__utf8_valid(s, len, &off, line, col))
        return -1;
    return (long)off;
}

#define S(lit) lit, sizeof(lit) - 1

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
