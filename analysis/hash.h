/*
 * hash.h - the body of fsc__hash (internal.h) as an inline function, for
 * the loop that hashes every token of an article; everything else calls
 * fsc__hash. Both give the same value for the same bytes.
 */
#ifndef FSC_HASH_H
#define FSC_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline uint32_t fsc__hash_inline(const void *data, size_t len)
{
    /* Eight bytes at a time, each word mixed by a multiply and a rotate;
     * the tail is read with overlapping fixed-size loads inside the key
     * (memcpy with a constant size compiles to one move). */
    const unsigned char *p = data;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ len;
    uint64_t w;
    while (len > 8) {
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h = (h << 29) | (h >> 35);
        p += 8;
        len -= 8;
    }
    if (len == 8) {
        memcpy(&w, p, 8);
    } else if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, p, 4);
        memcpy(&b, p + len - 4, 4);
        w = (uint64_t)a | ((uint64_t)b << 32);
    } else if (len > 0) {
        w = (uint64_t)p[0] | ((uint64_t)p[len / 2] << 8) |
            ((uint64_t)p[len - 1] << 16);
    } else {
        w = 0;
    }
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
    return (uint32_t)h;
}

#endif
