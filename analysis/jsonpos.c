/*
 * jsonpos.c - position scanner over raw JSON text (error path only).
 *
 * Every loop consumes at least one byte or stops, and every index is checked
 * against len, so malformed or hostile text can only make a lookup fail,
 * never read out of bounds or loop forever. Nesting is skipped by counting
 * brackets, so deep input needs no recursion.
 */
#include "jsonpos.h"

#include <stdint.h>
#include <string.h>

/* cJSON takes every byte <= 32 as white space; agree with it. */
static int is_ws(char c)
{
    return (unsigned char)c <= 32;
}

size_t fsc__json_skip_ws(const char *s, size_t len, size_t i)
{
    while (i < len && is_ws(s[i]))
        i++;
    return i;
}

size_t fsc__json_skip_string(const char *s, size_t len, size_t i)
{
    /* Escapes pair up from the left, so a quote ends the string exactly
     * when the run of backslashes right before it (within the string) is
     * even: jump from quote to quote with memchr and count back. */
    size_t start = ++i;
    while (i < len) {
        const char *q = memchr(s + i, '"', len - i);
        if (!q)
            return len;
        size_t k = (size_t)(q - s), b = k;
        while (b > start && s[b - 1] == '\\')
            b--;
        if ((k - b) % 2 == 0)
            return k + 1;
        i = k + 1;
    }
    return len;
}

size_t fsc__json_skip_value(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return len;
    if (s[i] == '"')
        return fsc__json_skip_string(s, len, i);
    if (s[i] == '{' || s[i] == '[') {
        size_t depth = 0;
        while (i < len) {
            char c = s[i];
            if (c == '"') {
                i = fsc__json_skip_string(s, len, i);
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            i++;
        }
        return len;
    }
    while (i < len && !is_ws(s[i]) && s[i] != ',' && s[i] != '}' &&
           s[i] != ']' && s[i] != ':')
        i++;
    return i;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Four hex digits at s[i..i+4), or -1. */
static long hex4(const char *s, size_t len, size_t i)
{
    long v = 0;
    if (i + 4 > len)
        return -1;
    for (size_t k = 0; k < 4; k++) {
        int h = hexval(s[i + k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* Does the JSON string at s[i] == '"' decode to exactly `key`? */
static int key_eq(const char *s, size_t len, size_t i, const char *key)
{
    const unsigned char *k = (const unsigned char *)key;
    i++;
    while (i < len) {
        unsigned char u[4];
        size_t nu = 0;
        char c = s[i];
        if (c == '"')
            return *k == '\0';
        if (c != '\\') {
            u[nu++] = (unsigned char)c;
            i++;
        } else {
            if (i + 1 >= len)
                return 0;
            char e = s[i + 1];
            i += 2;
            switch (e) {
            case 'b': u[nu++] = '\b'; break;
            case 'f': u[nu++] = '\f'; break;
            case 'n': u[nu++] = '\n'; break;
            case 'r': u[nu++] = '\r'; break;
            case 't': u[nu++] = '\t'; break;
            case 'u': {
                long cp = hex4(s, len, i);
                if (cp < 0)
                    return 0;
                i += 4;
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 <= len &&
                    s[i] == '\\' && s[i + 1] == 'u') {
                    long lo = hex4(s, len, i + 2);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i += 6;
                    }
                }
                if (cp < 0x80) {
                    u[nu++] = (unsigned char)cp;
                } else if (cp < 0x800) {
                    u[nu++] = (unsigned char)(0xC0 | (cp >> 6));
                    u[nu++] = (unsigned char)(0x80 | (cp & 0x3F));
                } else if (cp < 0x10000) {
                    u[nu++] = (unsigned char)(0xE0 | (cp >> 12));
                    u[nu++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                    u[nu++] = (unsigned char)(0x80 | (cp & 0x3F));
                } else {
                    u[nu++] = (unsigned char)(0xF0 | (cp >> 18));
                    u[nu++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
                    u[nu++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
                    u[nu++] = (unsigned char)(0x80 | (cp & 0x3F));
                }
                break;
            }
            default:
                u[nu++] = (unsigned char)e; /* \" \\ \/ */
                break;
            }
        }
        for (size_t j = 0; j < nu; j++) {
            if (*k == '\0' || *k != u[j])
                return 0;
            k++;
        }
    }
    return 0;
}

/*
 * At the object or array s[*i], find the member/element chosen by `st`.
 * On success stores the value's offset in *val and the key's in *key
 * (the value's for arrays) and returns 1.
 */
static int step(const char *s, size_t len, size_t i, const fsc__jpstep *st,
                size_t *val, size_t *key)
{
    if (i >= len)
        return 0;
    if (s[i] == '{') {
        size_t m = 0;
        i++;
        for (;;) {
            i = fsc__json_skip_ws(s, len, i);
            if (i >= len || s[i] != '"')
                return 0;
            size_t kpos = i;
            int hit = st->key ? key_eq(s, len, i, st->key) : m == st->index;
            i = fsc__json_skip_ws(s, len, fsc__json_skip_string(s, len, i));
            if (i >= len || s[i] != ':')
                return 0;
            i = fsc__json_skip_ws(s, len, i + 1);
            if (hit) {
                *val = i;
                *key = kpos;
                return i < len;
            }
            i = fsc__json_skip_ws(s, len, fsc__json_skip_value(s, len, i));
            if (i >= len || s[i] != ',')
                return 0;
            i++;
            m++;
        }
    }
    if (s[i] == '[' && !st->key) {
        size_t m = 0;
        i++;
        for (;;) {
            i = fsc__json_skip_ws(s, len, i);
            if (i >= len || s[i] == ']')
                return 0;
            if (m == st->index) {
                *val = *key = i;
                return 1;
            }
            i = fsc__json_skip_ws(s, len, fsc__json_skip_value(s, len, i));
            if (i >= len || s[i] != ',')
                return 0;
            i++;
            m++;
        }
    }
    return 0;
}

size_t fsc__jsonpos_find(const char *s, size_t len, const fsc__jpstep *path,
                         size_t n, int want_key, size_t *off)
{
    size_t i = fsc__json_skip_ws(s, len, 0);
    size_t done = 0;
    *off = i < len ? i : len;
    for (size_t k = 0; k < n; k++) {
        size_t val, key;
        if (!step(s, len, i, &path[k], &val, &key))
            break;
        *off = (want_key && k + 1 == n) ? key : val;
        i = val;
        done++;
    }
    return done;
}

size_t fsc__jsonpos_elements(const char *s, size_t len,
                             const fsc__jpstep *path, size_t n, size_t *offs,
                             size_t cap)
{
    size_t i, cnt = 0;
    if (fsc__jsonpos_find(s, len, path, n, 0, &i) != n || i >= len)
        return 0;
    int obj = s[i] == '{';
    if (!obj && s[i] != '[')
        return 0;
    i++;
    while (cnt < cap) {
        i = fsc__json_skip_ws(s, len, i);
        if (i >= len || s[i] == ']' || s[i] == '}')
            break;
        offs[cnt++] = i;
        if (obj) {
            if (s[i] != '"')
                break;
            i = fsc__json_skip_ws(s, len, fsc__json_skip_string(s, len, i));
            if (i >= len || s[i] != ':')
                break;
            i = fsc__json_skip_ws(s, len, i + 1);
        }
        i = fsc__json_skip_ws(s, len, fsc__json_skip_value(s, len, i));
        if (i >= len || s[i] != ',')
            break;
        i++;
    }
    return cnt;
}

int fsc__json_open_at_eof(const char *s, size_t len, size_t *str_off)
{
    size_t depth = 0, i = 0;
    while (i < len) {
        char c = s[i];
        if (c == '"') {
            size_t start = i++;
            int closed = 0;
            while (i < len) {
                if (s[i] == '\\') {
                    i += 2;
                    continue;
                }
                i++;
                if (s[i - 1] == '"') {
                    closed = 1;
                    break;
                }
            }
            if (!closed) {
                if (str_off)
                    *str_off = start;
                return 2;
            }
            continue;
        }
        if (c == '{' || c == '[')
            depth++;
        else if ((c == '}' || c == ']') && depth > 0)
            depth--;
        i++;
    }
    return depth > 0 ? 1 : 0;
}

/* Advance the (line, col) counters over s[from..to). */
static void advance(const char *s, size_t len, size_t from, size_t to,
                    long *line, long *col)
{
    for (size_t j = from; j < to && j < len; j++) {
        unsigned char c = (unsigned char)s[j];
        if (c == '\n') {
            (*line)++;
            *col = 1;
        } else if (c == '\r') {
            if (!(j + 1 < len && s[j + 1] == '\n')) {
                (*line)++;
                *col = 1;
            }
        } else if ((c & 0xC0) != 0x80) {
            (*col)++;
        }
    }
}

void fsc__text_linecol(const char *s, size_t len, size_t off, long *line,
                       long *col)
{
    long l = 1, c = 1;
    advance(s, len, 0, off, &l, &c);
    *line = l;
    *col = c;
}

/* Line breaks in s[from..to) (to <= len) of text without a CR: its LFs. */
static long count_lf(const char *s, size_t from, size_t to)
{
    long n = 0;
    const char *p = s + from, *end = s + to;
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        n++;
        p++;
    }
    return n;
}

void fsc__text_lines(const char *s, size_t len, const size_t *offs, size_t n,
                     long *lines)
{
    long l = 1, c = 1;
    size_t at = 0;
    /* Without a CR, a line is its LF and columns are not wanted here. */
    int no_cr = len == 0 || memchr(s, '\r', len) == NULL;
    for (size_t k = 0; k < n; k++) {
        if (offs[k] < at) { /* not increasing: start over */
            l = 1;
            c = 1;
            at = 0;
        }
        if (no_cr)
            l +=
                count_lf(s, at < len ? at : len, offs[k] < len ? offs[k] : len);
        else
            advance(s, len, at, offs[k], &l, &c);
        at = offs[k];
        lines[k] = l;
    }
}
