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

#if defined(__GNUC__) || defined(__clang__)
#define FSC__PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define FSC__PRINTF(a, b)
#endif

/** Fill `err` (may be NULL) with code and message; return code. */
fsc_status fsc__fail(fsc_error *err, fsc_status code, const char *fmt, ...)
    FSC__PRINTF(3, 4);

/** As fsc__fail, also setting where/line/col/byte (line/col 0, byte -1 = unknown). */
fsc_status fsc__fail_at(fsc_error *err, fsc_status code, const char *where,
                        long line, long col, long long byte, const char *fmt,
                        ...) FSC__PRINTF(7, 8);

/** Set `where` of an already filled error when it is still empty. */
void fsc__error_where(fsc_error *err, const char *where);

/** strdup that returns NULL on failure (C11 has no strdup). */
char *fsc__strdup(const char *s);
char *fsc__strndup(const char *s, size_t n);

/** 32-bit FNV-1a hash of bytes, used by every hash table in the library. */
uint32_t fsc__hash(const void *data, size_t len);

#endif
