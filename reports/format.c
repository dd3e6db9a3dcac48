/*
 * format.c - number formatting and CSV quoting shared by all renderers.
 *
 * Numbers are printed with "%.6f" and trimmed, never "%g", so that a reader
 * never meets exponent notation or "nan" in a cell.
 */
#include "format.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

int fsc__fmt_num(double v, char out[40])
{
    if (!isfinite(v)) {
        out[0] = '\0';
        return 0;
    }
    if (fabs(v) >= 1e15) {
        snprintf(out, 40, "%.0f", v);
        return 1;
    }
    snprintf(out, 40, "%.6f", v);
    char *dot = strchr(out, '.');
    if (dot) {
        char *end = out + strlen(out) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    if (strcmp(out, "-0") == 0)
        strcpy(out, "0");
    return 1;
}

fsc_status fsc__csv_field(fsc_buf *b, const char *s, size_t len)
{
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r';
    /* Leading spaces would be trimmed by some readers; keep them quoted. */
    if (len && (s[0] == ' ' || s[len - 1] == ' '))
        quote = 1;
    if (!quote)
        return fsc__buf_add(b, s, len);
    fsc_status st = fsc__buf_addc(b, '"');
    for (size_t i = 0; i < len && st == FSC_OK; i++)
        st = s[i] == '"' ? fsc__buf_add(b, "\"\"", 2) : fsc__buf_addc(b, s[i]);
    return st == FSC_OK ? fsc__buf_addc(b, '"') : st;
}
