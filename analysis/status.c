/*
 * status.c - status text, error records, process setup and small helpers.
 *
 * The only place that touches process-global state (GSL's error handler), and
 * only inside fsc_init(), which the host calls once.
 */
#include "internal.h"

#include <gsl/gsl_errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *fsc_strerror(fsc_status s)
{
    switch (s) {
    case FSC_OK:
        return "ok";
    case FSC_ENOMEM:
        return "out of memory";
    case FSC_EINVAL:
        return "invalid argument";
    case FSC_EIO:
        return "input/output error";
    case FSC_EUTF8:
        return "invalid UTF-8";
    case FSC_EPARSE:
        return "parse error";
    case FSC_EICU:
        return "ICU error";
    case FSC_ELIMIT:
        return "size limit exceeded";
    }
    return "unknown status";
}

void fsc_error_clear(fsc_error *err)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->byte = -1;
}

static void vfill(fsc_error *err, fsc_status code, const char *fmt, va_list ap)
    FSC__PRINTF(3, 0);
static void vfill(fsc_error *err, fsc_status code, const char *fmt, va_list ap)
{
    err->code = code;
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    /* Keep the message one line: callers print it after a location prefix. */
    for (char *p = err->msg; *p; p++)
        if (*p == '\n' || *p == '\r')
            *p = ' ';
}

fsc_status fsc__fail(fsc_error *err, fsc_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        fsc_error_clear(err);
        va_start(ap, fmt);
        vfill(err, code, fmt, ap);
        va_end(ap);
    }
    return code;
}

fsc_status fsc__fail_at(fsc_error *err, fsc_status code, const char *where,
                        long line, long col, long long byte, const char *fmt,
                        ...)
{
    if (err) {
        va_list ap;
        fsc_error_clear(err);
        if (where)
            snprintf(err->where, sizeof err->where, "%s", where);
        err->line = line;
        err->col = col;
        err->byte = byte;
        va_start(ap, fmt);
        vfill(err, code, fmt, ap);
        va_end(ap);
    }
    return code;
}

void fsc__error_where(fsc_error *err, const char *where)
{
    if (err && where && err->where[0] == '\0')
        snprintf(err->where, sizeof err->where, "%s", where);
}

char *fsc__strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *fsc__strdup(const char *s)
{
    return fsc__strndup(s, strlen(s));
}

/* Little-endian-agnostic loads of 2, 4 and 8 bytes (memcpy with a constant
 * size compiles to one move). */
static uint64_t load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static uint64_t load4(const unsigned char *p)
{
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

uint32_t fsc__hash(const void *data, size_t len)
{
    /* Eight bytes at a time, each word mixed by a multiply and a rotate;
     * the tail is read with overlapping fixed-size loads inside the key.
     * Hashing runs once per token, so it must not go byte by byte. */
    const unsigned char *p = data;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ len;
    uint64_t w;
    while (len > 8) {
        h = (h ^ load8(p)) * 0xFF51AFD7ED558CCDull;
        h = (h << 29) | (h >> 35);
        p += 8;
        len -= 8;
    }
    if (len == 8)
        w = load8(p);
    else if (len >= 4)
        w = load4(p) | (load4(p + len - 4) << 32);
    else if (len > 0)
        w = (uint64_t)p[0] | ((uint64_t)p[len / 2] << 8) |
            ((uint64_t)p[len - 1] << 16);
    else
        w = 0;
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 29;
    return (uint32_t)h;
}

void fsc_free(void *p)
{
    free(p);
}

const char *fsc_version(void)
{
    return FSC_VERSION;
}

fsc_status fsc_init(fsc_error *err)
{
    /* GSL aborts on domain errors by default; a library must report instead. */
    gsl_set_error_handler_off();
    fsc_error_clear(err);
    return FSC_OK;
}
