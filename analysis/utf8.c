/*
 * utf8.c - UTF-8 validation and code point helpers.
 *
 * The validator is the hot path for every record read, so it checks eight
 * bytes at a time (ASCII, and ASCII mixed with two-byte sequences) before
 * the full state checks.
 */
#include "utf8.h"

#include <string.h>

/* Length of the valid sequence at s[i..len), or 0 when it is invalid. */
static size_t seq_len(const unsigned char *s, size_t i, size_t len)
{
    unsigned c = s[i];
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF) {
        if (i + 1 < len && (s[i + 1] & 0xC0) == 0x80)
            return 2;
        return 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= len)
            return 0;
        unsigned c1 = s[i + 1];
        if (c == 0xE0 && (c1 < 0xA0 || c1 > 0xBF))
            return 0;
        if (c == 0xED && (c1 < 0x80 || c1 > 0x9F))
            return 0;
        if ((c1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= len)
            return 0;
        unsigned c1 = s[i + 1];
        if (c == 0xF0 && (c1 < 0x90 || c1 > 0xBF))
            return 0;
        if (c == 0xF4 && (c1 < 0x80 || c1 > 0x8F))
            return 0;
        if ((c1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
            (s[i + 3] & 0xC0) != 0x80)
            return 0;
        return 4;
    }
    return 0;
}

int fsc__utf8_valid(const char *str, size_t len, size_t *bad_off,
                    long *bad_line, long *bad_col)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < len) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
            /* ASCII and two-byte sequences mixed (Arabic and Cyrillic
             * words with the spaces and punctuation between them). Per
             * byte, bit 7 of: hi = 1xxxxxxx, b6 = x1xxxxxx, b5 = xx1xxxxx.
             * Every lead is 110xxxxx of at least C2 (adding 0x7F to
             * (byte & 0x1E) sets bit 7 exactly when the lead is not C0 or
             * C1, with no carry between bytes), and the trails 10xxxxxx
             * are exactly the bytes after the leads; a lead in the last
             * byte is left to the next window. */
            const uint64_t hb = 0x8080808080808080ull;
            uint64_t hi = w & hb, b6 = (w << 1) & hb, b5 = (w << 2) & hb;
            uint64_t lead = hi & b6, trail = hi & ~b6;
            uint64_t big =
                ((w & 0x1E1E1E1E1E1E1E1Eull) + 0x7F7F7F7F7F7F7F7Full) & hb;
            if ((lead & b5) == 0 && (lead & ~big) == 0 &&
                trail == (lead << 8)) {
                i += (lead >> 63) ? 7 : 8;
                continue;
            }
            /* Else step over the ASCII bytes before the first other one
             * (a three- or four-byte sequence, or a fault) at once. */
            if ((hi & 0xFF) == 0) {
                i += (size_t)__builtin_ctzll(hi) >> 3;
                continue;
            }
#endif
        }
        /* Two-byte sequences (Arabic, Cyrillic) inline: the common case
         * after ASCII. */
        if (s[i] >= 0xC2 && s[i] <= 0xDF && i + 1 < len &&
            (s[i + 1] & 0xC0) == 0x80) {
            i += 2;
            continue;
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t n = seq_len(s, i, len);
        if (n == 0) {
            /* Rare path: count lines and columns only once a fault is found. */
            long line = 1, col = 1;
            for (size_t j = 0; j < i; j++) {
                if (s[j] == '\n') {
                    line++;
                    col = 1;
                } else if ((s[j] & 0xC0) != 0x80) {
                    col++;
                }
            }
            if (bad_off)
                *bad_off = i;
            if (bad_line)
                *bad_line = line;
            if (bad_col)
                *bad_col = col;
            return 0;
        }
        i += n;
    }
    return 1;
}

size_t fsc__utf8_count(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += (s[i] & 0xC0) != 0x80;
    return n;
}

uint32_t fsc__utf8_decode(const char *str, size_t len, size_t *n)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned c = s[0];
    if (c < 0x80 || len < 2) {
        *n = 1;
        return c;
    }
    if (c < 0xE0) {
        *n = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0 || len < 4) {
        *n = 3;
        if (len < 3)
            return 0xFFFD;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
               (s[2] & 0x3F);
    }
    *n = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

long fsc__utf8_decode_checked(const char *str, size_t len, size_t *n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t k = len ? seq_len(s, 0, len) : 0;
    *n = 1;
    if (k == 0)
        return -1;
    *n = k;
    return (long)fsc__utf8_decode(str, len, n);
}

size_t fsc__utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t fsc__utf8_repair(const char *str, size_t len, char *out)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, o = 0;
    while (i < len) {
        size_t n = seq_len(s, i, len);
        if (n == 0) {
            o += fsc__utf8_encode(0xFFFD, out + o);
            i++;
            continue;
        }
        memcpy(out + o, s + i, n);
        o += n;
        i += n;
    }
    return o;
}
