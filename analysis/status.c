/*
 * status.c - status text, error records, process setup and small helpers.
 *
 * The only place that touches process-global state (GSL's error handler), and
 * only inside fsc_init(), which the host calls once.
 */
#include "hash.h"
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

uint32_t fsc__hash(const void *data, size_t len)
{
    /* Hashing runs once per token, so it must not go byte by byte. */
    return fsc__hash_inline(data, len);
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
