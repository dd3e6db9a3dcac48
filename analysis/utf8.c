/*
 * utf8.c - UTF-8 validation and code point helpers.
 *
 * The validator is the hot path for every record read, so it checks sixteen
 * bytes at a time with SSE2 where the compiler targets it (x86-64), else
 * eight bytes at a time (ASCII, and ASCII mixed with two-byte sequences),
 * before the full state checks. The UTF-16 conversion for ICU
 * (fsc__utf8_to_u16, declared in text.h with the tokenizer that uses it) works
 * by words the same way.
 */
#include "utf8.h"
#include "text.h"

#include <string.h>
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define FSC__UTF8_SSE2 1
#include <emmintrin.h>
#endif

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
#if defined(FSC__UTF8_SSE2)
        if (i + 16 <= len) {
            /* The same test as the eight-byte one below on sixteen bytes:
             * per byte, bit k of hi is bit 7, of b6 bit 6, of b5 bit 5
             * (a 16-bit lane shift moves bit 6 of each byte into its bit
             * 7), and low marks bytes with (byte & 0x1E) == 0, which for a
             * lead are C0 and C1. */
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            unsigned hi = (unsigned)_mm_movemask_epi8(v);
            if (hi == 0) {
                i += 16;
                continue;
            }
            unsigned b6 = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 1));
            unsigned b5 = (unsigned)_mm_movemask_epi8(_mm_slli_epi16(v, 2));
            unsigned low = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
                _mm_and_si128(v, _mm_set1_epi8(0x1E)), _mm_setzero_si128()));
            unsigned lead = hi & b6, trail = hi & ~b6;
            if ((lead & (b5 | low)) == 0 && trail == ((lead << 1) & 0xFFFFu)) {
                i += (lead >> 15) ? 15 : 16;
                continue;
            }
            if ((hi & 1u) == 0) {
                i += (size_t)__builtin_ctz(hi);
                continue;
            }
        }
#endif
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

/*
 * UTF-8 s[0..len) as UTF-16 in d (room for len units): the number of units,
 * or -1 at the first byte sequence that is not well-formed UTF-8 (a stray or
 * missing continuation byte, an overlong form, a surrogate, a code point
 * over U+10FFFF, a cut sequence), where u_strFromUTF8() would fail too.
 * Runs of ASCII are converted 8 bytes at a time, runs of two-byte letters
 * (Arabic, Cyrillic) eight at a time with SSE2 (x86-64) and four at a time
 * otherwise or near the end (the last letters of a run in the same step), and a
 * run of those goes on over one ASCII byte between two of them (the space
 * between two words).
 */
int32_t fsc__utf8_to_u16(const char *src, size_t len, uint16_t *d)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0;
    int32_t o = 0;
    while (i < len) {
        unsigned c = s[i];
        if (c < 0x80) {
            /* 8 bytes at a time while they are all ASCII, then byte by
             * byte up to the next lead byte */
            uint64_t w = 0x8080808080808080ull;
            while (i + 8 <= len) {
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080ull)
                    break;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                /* each byte into a 16-bit lane: bytes 0-3 and 4-7 */
                uint64_t lo = w & 0xFFFFFFFFu, hi = w >> 32;
                lo = (lo | lo << 16) & 0x0000FFFF0000FFFFull;
                lo = (lo | lo << 8) & 0x00FF00FF00FF00FFull;
                hi = (hi | hi << 16) & 0x0000FFFF0000FFFFull;
                hi = (hi | hi << 8) & 0x00FF00FF00FF00FFull;
                memcpy(d + o, &lo, 8);
                memcpy(d + o + 4, &hi, 8);
#else
                for (size_t k = 0; k < 8; k++)
                    d[(size_t)o + k] = s[i + k];
#endif
                i += 8;
                o += 8;
            }
            while (i < len && s[i] < 0x80)
                d[o++] = s[i++];
        } else if (c >= 0xC2 && c <= 0xDF) {
            /* a run of two-byte letters (Arabic, Cyrillic) */
            for (;;) {
#if defined(FSC__UTF8_SSE2)
                /* eight letters at a time with SSE2, the same test and the
                 * same end of a word as the four-letter step below (which
                 * then takes only the last 8 to 15 bytes); the constants
                 * are 0xC0E0 and 0x80C0 in each 16-bit lane */
                while (i + 16 <= len) {
                    __m128i w =
                        _mm_loadu_si128((const __m128i *)(const void *)(s + i));
                    __m128i ok = _mm_cmpeq_epi16(
                        _mm_and_si128(w, _mm_set1_epi16(-0x3F20)),
                        _mm_set1_epi16(-0x7F40));
                    __m128i c01 = _mm_cmpeq_epi16(
                        _mm_and_si128(w, _mm_set1_epi16(0x001E)),
                        _mm_setzero_si128());
                    unsigned bad = ~(unsigned)_mm_movemask_epi8(
                                       _mm_andnot_si128(c01, ok)) &
                                   0xFFFFu;
                    __m128i u = _mm_or_si128(
                        _mm_slli_epi16(_mm_and_si128(w, _mm_set1_epi16(0x001F)),
                                       6),
                        _mm_and_si128(_mm_srli_epi16(w, 8),
                                      _mm_set1_epi16(0x003F)));
                    /* o + 8 <= i + 8 < len: within d's room */
                    _mm_storeu_si128((__m128i *)(void *)(d + o), u);
                    if (bad) {
                        int32_t k = __builtin_ctz(bad) >> 1;
                        o += k;
                        i += 2 * (size_t)k;
                        if (s[i] >= 0x80 || s[i + 1] < 0xC2 || s[i + 1] > 0xDF)
                            break;
                        d[o++] = s[i++];
                        continue;
                    }
                    o += 8;
                    i += 16;
                }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                /* four letters at a time while all are well formed: leads
                 * 110xxxxx of at least C2 (adding 0x7F to (lead & 0x1E)
                 * sets bit 7 exactly when it is not C0 or C1), trails
                 * 10xxxxxx; each 16-bit lane of u is one unit */
#if defined(FSC__UTF8_SSE2)
                /* after a word end in the step above this would only test
                 * the same bytes again */
                while (i + 8 <= len && i + 16 > len) {
#else
                while (i + 8 <= len) {
#endif
                    uint64_t w;
                    memcpy(&w, s + i, 8);
                    uint64_t bad =
                        ((w & 0xC0E0C0E0C0E0C0E0ull) ^ 0x80C080C080C080C0ull) |
                        (~((w & 0x001E001E001E001Eull) +
                           0x007F007F007F007Full) &
                         0x0080008000800080ull);
                    uint64_t u = (w & 0x001F001F001F001Full) << 6 |
                                 (w >> 8 & 0x003F003F003F003Full);
                    memcpy(d + o, &u, 8);
#if defined(__GNUC__)
                    /* the end of a word: keep the letters before the first
                     * lane that is none (the units written past them are
                     * overwritten next; o + 4 <= i + 4 < len, as a unit
                     * never takes less than a byte); one ASCII byte before
                     * a two-byte lead goes on here (k <= 3, so i + 1 < len) */
                    if (bad) {
                        int32_t k = __builtin_ctzll(bad) >> 4;
                        o += k;
                        i += 2 * (size_t)k;
                        if (s[i] >= 0x80 || s[i + 1] < 0xC2 || s[i + 1] > 0xDF)
                            break;
                        d[o++] = s[i++];
                        continue;
                    }
#else
                    if (bad)
                        break;
#endif
                    o += 4;
                    i += 8;
                }
#endif
                while (i < len && (c = s[i]) >= 0xC2 && c <= 0xDF) {
                    if (i + 1 >= len || (s[i + 1] & 0xC0) != 0x80)
                        return -1;
                    d[o++] = (uint16_t)((c & 0x1F) << 6 | (s[i + 1] & 0x3F));
                    i += 2;
                }
                /* one ASCII byte, then more two-byte letters */
                if (i + 1 >= len || s[i] >= 0x80 || s[i + 1] < 0xC2 ||
                    s[i + 1] > 0xDF)
                    break;
                d[o++] = s[i++];
            }
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (i + 2 >= len || (s[i + 1] & 0xC0) != 0x80 ||
                (s[i + 2] & 0xC0) != 0x80)
                return -1;
            unsigned cp =
                (c & 0x0F) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3Fu);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
                return -1;
            d[o++] = (uint16_t)cp;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (i + 3 >= len || (s[i + 1] & 0xC0) != 0x80 ||
                (s[i + 2] & 0xC0) != 0x80 || (s[i + 3] & 0xC0) != 0x80)
                return -1;
            unsigned cp = (c & 0x07) << 18 | (s[i + 1] & 0x3Fu) << 12 |
                          (s[i + 2] & 0x3Fu) << 6 | (s[i + 3] & 0x3Fu);
            if (cp < 0x10000 || cp > 0x10FFFF)
                return -1;
            d[o++] = (uint16_t)(0xD7C0 + (cp >> 10));
            d[o++] = (uint16_t)(0xDC00 | (cp & 0x3FF));
            i += 4;
        } else {
            return -1;
        }
    }
    return o;
}
