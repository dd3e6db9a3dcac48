/*
 * jsonpos.h - find where a value sits in raw JSON text, for error messages.
 *
 * cJSON keeps no source positions, so when a lexicon is semantically wrong we
 * re-scan the raw text along a path (object keys / array indices) to the byte
 * offset of the offending value. The scanner assumes the text is JSON that
 * cJSON accepted but never reads outside s[0..len) whatever the input is.
 */
#ifndef FSC_JSONPOS_H
#define FSC_JSONPOS_H

#include <stddef.h>

/* Scanning helpers, bounds-checked (they never read past s[len - 1]); white
 * space is every byte <= 32, as cJSON has it. */
/** Index of the first non-white-space byte at or after i. */
size_t fsc__json_skip_ws(const char *s, size_t len, size_t i);
/** s[i] is '"': index just past the closing quote, or len. */
size_t fsc__json_skip_string(const char *s, size_t len, size_t i);
/** Index just past the value at s[i]; may return i on a stray delimiter. */
size_t fsc__json_skip_value(const char *s, size_t len, size_t i);

/** One step of a path. */
typedef struct fsc__jpstep {
    const char *key; /* member name (NUL-terminated, first match), or NULL */
    size_t index;    /* key == NULL: element of an array / member of an object */
} fsc__jpstep;

/**
 * Follow path[0..n) from the top-level value of s[0..len). Returns how many
 * steps were resolved (n on success) and stores in *off the byte offset of the
 * deepest value reached (the top-level value when none was). With want_key,
 * a final object step yields the offset of the member's key instead.
 */
size_t fsc__jsonpos_find(const char *s, size_t len, const fsc__jpstep *path,
                         size_t n, int want_key, size_t *off);

/**
 * Offsets of the elements of the array at path[0..n) (of the members' keys
 * when it is an object), stored in offs[0..cap). Returns the number stored.
 */
size_t fsc__jsonpos_elements(const char *s, size_t len,
                             const fsc__jpstep *path, size_t n, size_t *offs,
                             size_t cap);

/**
 * How the text ends when cJSON rejected it: 0 balanced, 1 inside an unclosed
 * object or array, 2 inside an unterminated string (its opening quote's
 * offset in *str_off, may be NULL).
 */
int fsc__json_open_at_eof(const char *s, size_t len, size_t *str_off);

/**
 * 1-based line and column of byte offset `off` in s[0..len). Lines end at
 * LF, CRLF or a lone CR; columns count code points (UTF-8 lead bytes).
 */
void fsc__text_linecol(const char *s, size_t len, size_t off, long *line,
                       long *col);

/** Lines of increasing offsets offs[0..n) in one pass (same rules). */
void fsc__text_lines(const char *s, size_t len, const size_t *offs, size_t n,
                     long *lines);

#endif
