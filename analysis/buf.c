/*
 * buf.c - growable byte buffer with a hard cap.
 *
 * Growth doubles the allocation, so appends are amortised O(1); the cap turns
 * runaway input into FSC_ELIMIT instead of exhausting memory.
 */
#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fsc__buf_init(fsc_buf *b, size_t cap)
{
    b->data = NULL;
    b->len = 0;
    b->alloc = 0;
    b->cap = cap ? cap : FSC_BUF_DEFAULT_CAP;
}

void fsc__buf_free(fsc_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->alloc = 0;
}

void fsc__buf_reset(fsc_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void fsc__buf_trim(fsc_buf *b, size_t keep)
{
    if (b->alloc > keep)
        fsc__buf_free(b);
    else
        fsc__buf_reset(b);
}

fsc_status fsc__buf_reserve(fsc_buf *b, size_t extra)
{
    if (extra > b->cap || b->len > b->cap - extra)
        return FSC_ELIMIT;
    size_t need = b->len + extra + 1;
    if (need <= b->alloc)
        return FSC_OK;
    size_t n = b->alloc ? b->alloc : 64;
    while (n < need)
        n = n > SIZE_MAX / 2 ? need : n * 2;
    char *p = realloc(b->data, n);
    if (!p)
        return FSC_ENOMEM;
    b->data = p;
    b->alloc = n;
    return FSC_OK;
}

fsc_status fsc__buf_add(fsc_buf *b, const void *p, size_t n)
{
    fsc_status s = fsc__buf_reserve(b, n);
    if (s != FSC_OK)
        return s;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return FSC_OK;
}

fsc_status fsc__buf_addc(fsc_buf *b, char c)
{
    return fsc__buf_add(b, &c, 1);
}

fsc_status fsc__buf_adds(fsc_buf *b, const char *s)
{
    return fsc__buf_add(b, s, strlen(s));
}

fsc_status fsc__buf_printf(fsc_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return FSC_EINVAL;
    if ((size_t)n < sizeof small)
        return fsc__buf_add(b, small, (size_t)n);
    fsc_status s = fsc__buf_reserve(b, (size_t)n);
    if (s != FSC_OK)
        return s;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return FSC_OK;
}

fsc_status fsc__buf_take(fsc_buf *b, char **out, size_t *len)
{
    *out = NULL;
    if (len)
        *len = 0;
    if (!b->data) {
        fsc_status s = fsc__buf_reserve(b, 0);
        if (s != FSC_OK)
            return s;
        b->data[0] = '\0';
    }
    *out = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = 0;
    b->alloc = 0;
    return FSC_OK;
}
