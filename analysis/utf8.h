/*
 * utf8.h - UTF-8 validation and code point helpers.
 *
 * Validation follows RFC 3629 / Unicode Table 3-7: no overlongs, no
 * surrogates, nothing above U+10FFFF. Positions are 0-based byte offsets.
 */
#ifndef FSC_UTF8_H
#define FSC_UTF8_H

#include <stddef.h>
#include <stdint.h>

/**
 * Check s[0..len). Returns 1 when valid. Otherwise returns 0 and stores the
 * byte offset of the first bad sequence in *bad_off, its 1-based line in
 * *bad_line and 1-based column (in code points) in *bad_col (each may be NULL).
 */
int fsc__utf8_valid(const char *s, size_t len, size_t *bad_off, long *bad_line,
                    long *bad_col);

/** Number of code points in valid UTF-8 s[0..len). */
size_t fsc__utf8_count(const char *s, size_t len);

/**
 * Decode one code point of valid UTF-8 at s[0..len) (len >= 1); store its
 * byte length in *n. Returns the code point.
 */
uint32_t fsc__utf8_decode(const char *s, size_t len, size_t *n);

/**
 * Decode one code point of possibly invalid UTF-8 at s[0..len) (len >= 1):
 * the code point, or -1 for an invalid or truncated sequence (then *n = 1,
 * so a caller can step over the bad byte).
 */
long fsc__utf8_decode_checked(const char *s, size_t len, size_t *n);

/** Encode cp into out (4 bytes room); returns byte length (1..4). */
size_t fsc__utf8_encode(uint32_t cp, char *out);

/**
 * Copy s[0..len) to out replacing each invalid sequence by U+FFFD.
 * `out` needs room for 3 * len bytes. Returns bytes written.
 */
size_t fsc__utf8_repair(const char *s, size_t len, char *out);

#endif
