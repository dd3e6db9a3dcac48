/*
 * internal.h - helpers shared by the library's own files (not installed).
 *
 * fsc__fail() fills an optional error record and returns the code, so a
 * failing path reads `return fsc__fail(err, FSC_EPARSE, "...", ...);`.
 */
#ifndef FSC_INTERNAL_H
#define FSC_INTERNAL_H

#include "framescope/framescope.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define FSC__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define FSC__PRINTF(a, b)
#endif

/** Fill `err` (may be NULL) with code and message; return code. */
fsc_status fsc__fail(fsc_error *err, fsc_status code, const char *fmt, ...)
    FSC__PRINTF(3, 4);

/** As fsc__fail, also setting where/line/col/byte (line/col 0, byte -1 =
 * unknown). */
fsc_status fsc__fail_at(fsc_error *err, fsc_status code, const char *where,
                        long line, long col, long long byte, const char *fmt,
                        ...) FSC__PRINTF(7, 8);

/** Set `where` of an already filled error when it is still empty. */
void fsc__error_where(fsc_error *err, const char *where);

/** strdup that returns NULL on failure (C11 has no strdup). */
char *fsc__strdup(const char *s);
char *fsc__strndup(const char *s, size_t n);

/** 32-bit hash of bytes (word-at-a-time multiply-rotate), used by every
 *  hash table in the library. Not for anything adversarial. */
uint32_t fsc__hash(const void *data, size_t len);

/** qsort that accepts (NULL, 0): C leaves qsort(NULL, 0, ...) undefined. */
static inline void fsc__qsort(void *base, size_t n, size_t size,
                              int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(base, n, size, cmp);
}

/** a[0..len) == b[0..len)? Short keys (most words) are compared with
 *  fixed-size loads inside both ranges instead of a call to memcmp. */
static inline int fsc__bytes_eq(const char *a, const char *b, size_t len)
{
    uint64_t x, y, u, v;
    if (len >= 8 && len <= 16) {
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        memcpy(&u, a + len - 8, 8);
        memcpy(&v, b + len - 8, 8);
        return x == y && u == v;
    }
    if (len >= 4 && len < 8) {
        uint32_t x4, y4, u4, v4;
        memcpy(&x4, a, 4);
        memcpy(&y4, b, 4);
        memcpy(&u4, a + len - 4, 4);
        memcpy(&v4, b + len - 4, 4);
        return x4 == y4 && u4 == v4;
    }
    if (len < 4) {
        for (size_t i = 0; i < len; i++)
            if (a[i] != b[i])
                return 0;
        return 1;
    }
    return memcmp(a, b, len) == 0;
}

/* Write p->summary from p's counts and names (profile.c; declared here
 * for its tests). */
struct fsc_profile;
void fsc__profile_summarise(struct fsc_profile *p);

#endif
