/*
 * format.c - number formatting, CSV quoting and HTML escaping shared by all
 * renderers.
 *
 * Machine formats (JSON, JSON Lines, CSV) print every number in the shortest
 * form that reads back as the same double (fsc__fmt_num); tables and prose
 * round for people (fsc__fmt_round). Neither ever writes "nan" or "inf".
 */
#include "format.h"

#include "framescope/analyzer.h"
#include "utf8.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

int fsc__fmt_num(double v, char out[40])
{
    if (!isfinite(v)) {
        out[0] = '\0';
        return 0;
    }
    if (v == 0) { /* -0 too: a count or a difference of nothing */
        strcpy(out, "0");
        return 1;
    }
    /* Integers below 2^53 as integers ("12", not "1.2e+01"). */
    if (fabs(v) < 9007199254740992.0 && v == floor(v)) {
        snprintf(out, 40, "%.0f", v);
        return 1;
    }
    /* The shortest "%.Ng" that strtod reads back as the same double: a
     * precision that reads back stays so at every higher one, so binary
     * search 1..17 (17 always does): 5 tries instead of up to 17. */
    /* (a double with at most 17 significant digits prints in under 32
     * bytes; the buffer is sized for what the compiler cannot know) */
    char tmp[512];
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        snprintf(tmp, sizeof tmp, "%.*g", mid, v);
        if (strtod(tmp, NULL) == v)
            hi = mid;
        else
            lo = mid + 1;
    }
    snprintf(tmp, sizeof tmp, "%.*g", lo, v);
    size_t n = strlen(tmp);
    if (n >= 40)
        n = 39;
    memcpy(out, tmp, n);
    out[n] = '\0';
    return 1;
}

int fsc__fmt_round(double v, char out[40])
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

/* Append prefix (0 or 1 byte) then s[0..len) as one CSV field. */
static fsc_status csv_put(fsc_buf *b, const char *prefix, const char *s,
                          size_t len)
{
    size_t plen = strlen(prefix);
    int quote = 0;
    for (size_t i = 0; i < len && !quote; i++)
        quote = s[i] == '"' || s[i] == ',' || s[i] == '\n' || s[i] == '\r';
    /* Leading spaces would be trimmed by some readers; keep them quoted. */
    if (len && ((!plen && s[0] == ' ') || s[len - 1] == ' '))
        quote = 1;
    fsc_status st = quote ? fsc__buf_addc(b, '"') : FSC_OK;
    if (st == FSC_OK && plen)
        st = fsc__buf_add(b, prefix, plen);
    if (st == FSC_OK && !quote)
        return fsc__buf_add(b, s, len);
    for (size_t i = 0; i < len && st == FSC_OK; i++)
        st = s[i] == '"' ? fsc__buf_add(b, "\"\"", 2) : fsc__buf_addc(b, s[i]);
    return st == FSC_OK ? fsc__buf_addc(b, '"') : st;
}

fsc_status fsc__csv_field(fsc_buf *b, const char *s, size_t len)
{
    return csv_put(b, "", s, len);
}

static int csv_trigger(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
           c == '\r';
}

/* s matches ^'*[=+\-@\t\r]: apostrophes, then a character that makes a
 * spreadsheet evaluate the cell. */
static int csv_guarded(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] == '\'')
        i++;
    return i < len && csv_trigger(s[i]);
}

fsc_status fsc__csv_text_field(fsc_buf *b, const char *s, size_t len)
{
    return csv_put(b, csv_guarded(s, len) ? "'" : "", s, len);
}

size_t fsc__csv_text_unguard(const char *s, size_t len)
{
    return len > 1 && s[0] == '\'' && csv_guarded(s + 1, len - 1) ? 1 : 0;
}

static int is_bidi_control(long cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Copies runs of ordinary bytes in one call, so the cost is linear. */
fsc_status fsc__html_esc(fsc_buf *b, const char *s, size_t len, int text)
{
    const unsigned char *u = (const unsigned char *)s;
    fsc_status st = FSC_OK;
    size_t i = 0, run = 0;
    while (i < len && st == FSC_OK) {
        unsigned c = u[i];
        if (c >= 0x20 && c < 0x7F && c != '&' && c != '<' && c != '>' &&
            c != '"' && c != '\'' && c != '=') {
            i++;
            continue;
        }
        size_t n;
        long cp = fsc__utf8_decode_checked(s + i, len - i, &n);
        int plain = cp >= 0xA0 && !is_bidi_control(cp);
        if (plain) {
            i += n;
            continue;
        }
        st = fsc__buf_add(b, s + run, i - run);
        if (st != FSC_OK)
            break;
        const char *open = text ? "<bdi class=\"ctl\">" : "";
        const char *close = text ? "</bdi>" : "";
        if (cp < 0)
            st = fsc__buf_printf(b, "%s\\x{%02X}%s", open, (unsigned)u[i],
                                 close);
        else if (cp == '&')
            st = fsc__buf_adds(b, "&amp;");
        else if (cp == '<')
            st = fsc__buf_adds(b, "&lt;");
        else if (cp == '>')
            st = fsc__buf_adds(b, "&gt;");
        else if (cp == '"')
            st = fsc__buf_adds(b, "&quot;");
        else if (cp == '\'')
            st = fsc__buf_adds(b, "&#39;");
        else if (cp == '=') /* so that no attribute can even look injected */
            st = fsc__buf_adds(b, "&#61;");
        else if (cp == '\n' || cp == '\t' || cp == '\r')
            st = fsc__buf_addc(b, ' ');
        else if (cp < 0x20) /* control pictures U+2400 + c (␛ for ESC) */
            st = fsc__buf_printf(b, "%s\xE2\x90%c%s", open, (char)(0x80 + cp),
                                 close);
        else if (cp == 0x7F)
            st = fsc__buf_printf(b, "%s\xE2\x90\xA1%s", open, close);
        else /* C1 controls and bidi controls */
            st = fsc__buf_printf(b, "%s\\u{%lX}%s", open, (unsigned long)cp,
                                 close);
        i += n;
        run = i;
    }
    if (st == FSC_OK)
        st = fsc__buf_add(b, s + run, len - run);
    return st;
}


fsc_status fsc__fmt_share(fsc_buf *b, const char *sep, const char *name,
                          size_t v, size_t total)
{
    if (total == 0)
        return fsc__buf_printf(b, "%s%s %zu", sep, name, v);
    return fsc__buf_printf(b, "%s%s %zu (%.1f%%)", sep, name, v,
                           100.0 * (double)v / (double)total);
}

/* ---- terminal text ------------------------------------------------------ */

#define TERM_FSI "\xE2\x81\xA8" /* U+2068 FIRST STRONG ISOLATE */
#define TERM_PDI "\xE2\x81\xA9" /* U+2069 POP DIRECTIONAL ISOLATE */

fsc_status fsc__term_esc(fsc_buf *b, const char *s, size_t len, int oneline)
{
    const unsigned char *u = (const unsigned char *)s;
    fsc_status st = FSC_OK;
    size_t i = 0;
    while (i < len && st == FSC_OK) {
        /* A run of printable ASCII in one append. */
        size_t j = i;
        while (j < len && u[j] >= 0x20 && u[j] < 0x7F)
            j++;
        if (j > i) {
            st = fsc__buf_add(b, s + i, j - i);
            i = j;
            continue;
        }
        size_t n;
        long cp = fsc__utf8_decode_checked(s + i, len - i, &n);
        if (cp < 0) {
            st = fsc__buf_printf(b, TERM_FSI "\\x{%02X}" TERM_PDI,
                                 (unsigned)u[i]);
        } else if (cp == '\r' && i + 1 < len && u[i + 1] == '\n') {
            /* CR LF is a line break like LF. */
        } else if (cp == '\n') {
            st = oneline ? fsc__buf_adds(b, " \xC2\xB6 ")
                         : fsc__buf_addc(b, '\n');
        } else if (cp == '\t') {
            st = fsc__buf_addc(b, oneline ? ' ' : '\t');
        } else if (cp < 0x20) {
            /* Control pictures: U+2400 + c (␀ … ␟, ␛ for ESC). */
            char pic[3] = { (char)0xE2, (char)0x90, (char)(0x80 + cp) };
            st = fsc__buf_add(b, pic, 3);
        } else if (cp == 0x7F) {
            st = fsc__buf_adds(b, "\xE2\x90\xA1"); /* ␡ */
        } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
            st = fsc__buf_printf(b, TERM_FSI "\\u{%lX}" TERM_PDI,
                                 (unsigned long)cp);
        } else {
            st = fsc__buf_add(b, s + i, n);
        }
        i += n;
    }
    return st;
}

fsc_status fsc__term_sanitize(fsc_buf *b, size_t from)
{
    if (from >= b->len)
        return FSC_OK;
    /* Nothing to do in the common case: no byte below 0x20 but LF, no DEL,
       no byte that could start C1, a bidi control or an invalid sequence
       is checked cheaply first. */
    size_t n = b->len - from;
    const unsigned char *u = (const unsigned char *)b->data + from;
    int clean = 1;
    for (size_t i = 0; i < n && clean; i++)
        if ((u[i] < 0x20 && u[i] != '\n') || u[i] == 0x7F || u[i] >= 0x80)
            clean = 0;
    if (clean)
        return FSC_OK;
    char *copy = malloc(n);
    if (!copy)
        return FSC_ENOMEM;
    memcpy(copy, b->data + from, n);
    b->len = from;
    b->data[from] = '\0';
    fsc_status st = fsc__term_esc(b, copy, n, 0);
    free(copy);
    return st;
}
