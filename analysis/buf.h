/*
 * buf.h - growable byte buffer with a hard cap (after curl's dynbuf).
 *
 * Contents are always NUL-terminated (the NUL is not counted in len), so a
 * buffer can be handed to C string functions. Growing past `cap` gives
 * FSC_ELIMIT and leaves the buffer unchanged.
 */
#ifndef FSC_BUF_H
#define FSC_BUF_H

#include "framescope/framescope.h"

#include <stddef.h>

typedef struct fsc_buf {
    char *data;   /* NUL-terminated contents, NULL until first growth */
    size_t len;   /* bytes used, not counting the NUL */
    size_t alloc; /* bytes allocated */
    size_t cap;   /* most bytes len may ever reach */
} fsc_buf;

#define FSC_BUF_DEFAULT_CAP ((size_t)1 << 30)

void fsc__buf_init(fsc_buf *b, size_t cap);
void fsc__buf_free(fsc_buf *b);  /* frees data, keeps cap */
void fsc__buf_reset(fsc_buf *b); /* len = 0, keeps memory */
/** Empty the buffer; free its memory when more than `keep` bytes are
 *  allocated, so that one oversized use is not held on to. */
void fsc__buf_trim(fsc_buf *b, size_t keep);
fsc_status fsc__buf_reserve(fsc_buf *b, size_t extra);
fsc_status fsc__buf_add(fsc_buf *b, const void *p, size_t n);
fsc_status fsc__buf_addc(fsc_buf *b, char c);
fsc_status fsc__buf_adds(fsc_buf *b, const char *s);
fsc_status fsc__buf_printf(fsc_buf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/** Take ownership of the contents (never NULL on FSC_OK; "" when empty). */
fsc_status fsc__buf_take(fsc_buf *b, char **out, size_t *len);

#endif
