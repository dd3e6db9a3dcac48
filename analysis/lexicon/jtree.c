/*
 * jtree.c - strict JSON into an arena-allocated cJSON tree (see jtree.h).
 *
 * Each rule below mirrors cJSON 1.7's parser on the texts it accepts and
 * declines everything else, so that cJSON itself gives the verdict (and the
 * error offset) there:
 *   - white space is space, tab, LF and CR (cJSON skips every byte <= 32);
 *   - strings: raw bytes >= 0x20 are copied as they are (UTF-8 is checked
 *     later by the reader), escapes \" \\ \/ \b \f \n \r \t and \uXXXX with
 *     surrogate pairs as cJSON decodes them; \u0000, bad hex digits, lone
 *     surrogates and control bytes are declined;
 *   - numbers follow the JSON grammar, must not be followed by a byte cJSON
 *     would take into the number, are at most 63 bytes, and are converted
 *     with strtod after '.' is replaced by the locale's decimal point, as
 *     cJSON does; valueint is clamped as cJSON clamps it;
 *   - true, false, null; arrays and objects nested at most 256 deep, with
 *     the first child's prev pointing at the last child.
 */
#include "jtree.h"

#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#define JT_MAX_DEPTH 256

typedef struct jt {
    const unsigned char *s;
    size_t len;
    size_t i; /* next byte to read */
    fsc_arena *a;
    int nomem;
    int depth;
    char dp; /* the locale's decimal point, as cJSON uses it */
    /* Offsets of the elements of the top-level member mark_key (first
     * one, when it is an array): */
    const char *mark_key;
    int marked;    /* the member was met */
    int mark_next; /* the next container read is that array */
    size_t *offs;  /* malloc'd */
    size_t n_offs, cap_offs;
} jt;

/* 1 for the bytes that stop the plain run of a string: '"', '\\' and
 * control bytes. */
static const unsigned char stop_tab[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,         1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ['"'] = 1, ['\\'] = 1
};

/* Skip white space; 0 (decline) at a byte <= 32 that cJSON would skip but
 * JSON does not allow. */
static int skip_ws(jt *t)
{
    while (t->i < t->len) {
        unsigned char c = t->s[t->i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            t->i++;
            continue;
        }
        return c > 32;
    }
    return 1;
}

static cJSON *new_node(jt *t)
{
    static const cJSON zero; /* every member 0 or NULL */
    cJSON *n = fsc__arena_alloc(t->a, sizeof *n);
    if (!n) {
        t->nomem = 1;
        return NULL;
    }
    *n = zero;
    return n;
}

/* Four hex digits at s[j..j+4) (j + 4 <= end), or -1. */
static long hex4(const unsigned char *s, size_t j, size_t end)
{
    long v = 0;
    if (j + 4 > end)
        return -1;
    for (size_t k = 0; k < 4; k++) {
        unsigned char c = s[j + k];
        int h;
        if (c >= '0' && c <= '9')
            h = c - '0';
        else if (c >= 'a' && c <= 'f')
            h = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            h = c - 'A' + 10;
        else
            return -1;
        v = v * 16 + h;
    }
    return v;
}

/* The string at s[t->i] == '"', decoded into the arena; NULL to decline
 * (or when out of memory, with t->nomem set). */
static char *read_string(jt *t)
{
    const unsigned char *s = t->s;
    size_t start = t->i + 1, i = start;
    int esc = 0;
    for (;;) {
        while (i < t->len && !stop_tab[s[i]])
            i++;
        if (i >= t->len || s[i] < 0x20)
            return NULL;
        if (s[i] == '"')
            break;
        /* a backslash takes the next byte along, as in cJSON's scan */
        esc = 1;
        if (i + 1 >= t->len)
            return NULL;
        i += 2;
    }
    size_t end = i; /* s[end] is the closing quote */
    t->i = end + 1;
    if (!esc) {
        char *p =
            fsc__arena_strndup(t->a, (const char *)s + start, end - start);
        if (!p)
            t->nomem = 1;
        return p;
    }
    /* Escapes only shrink the text: \uXXXX (6 bytes) gives at most 3,
     * a pair (12) 4. */
    char *out = fsc__arena_alloc(t->a, end - start + 1);
    if (!out) {
        t->nomem = 1;
        return NULL;
    }
    size_t o = 0, j = start;
    while (j < end) {
        unsigned char c = s[j];
        if (c != '\\') {
            out[o++] = (char)c;
            j++;
            continue;
        }
        unsigned char e = s[j + 1]; /* j + 1 < end: checked by the scan */
        j += 2;
        switch (e) {
        case 'b':
            out[o++] = '\b';
            break;
        case 'f':
            out[o++] = '\f';
            break;
        case 'n':
            out[o++] = '\n';
            break;
        case 'r':
            out[o++] = '\r';
            break;
        case 't':
            out[o++] = '\t';
            break;
        case '"':
        case '\\':
        case '/':
            out[o++] = (char)e;
            break;
        case 'u': {
            long cp = hex4(s, j, end);
            if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF))
                return NULL;
            j += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                if (j + 6 > end || s[j] != '\\' || s[j + 1] != 'u')
                    return NULL;
                long lo = hex4(s, j + 2, end);
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return NULL;
                cp = 0x10000 + (((cp & 0x3FF) << 10) | (lo & 0x3FF));
                j += 6;
            }
            if (cp < 0x80) {
                out[o++] = (char)cp;
            } else if (cp < 0x800) {
                out[o++] = (char)(0xC0 | (cp >> 6));
                out[o++] = (char)(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out[o++] = (char)(0xE0 | (cp >> 12));
                out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                out[o++] = (char)(0x80 | (cp & 0x3F));
            } else {
                out[o++] = (char)(0xF0 | (cp >> 18));
                out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
                out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
                out[o++] = (char)(0x80 | (cp & 0x3F));
            }
            break;
        }
        default:
            return NULL;
        }
    }
    out[o] = '\0';
    return out;
}

static int is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

/* A byte cJSON takes into a number. */
static int num_byte(unsigned char c)
{
    return is_digit(c) || c == '+' || c == '-' || c == 'e' || c == 'E' ||
           c == '.';
}

static int read_number(jt *t, cJSON *n)
{
    const unsigned char *s = t->s;
    size_t i = t->i, st = i, len = t->len;
    if (s[i] == '-')
        i++;
    if (i >= len)
        return 0;
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < len && is_digit(s[i]))
            i++;
    } else {
        return 0;
    }
    if (i < len && s[i] == '.') {
        i++;
        if (i >= len || !is_digit(s[i]))
            return 0;
        while (i < len && is_digit(s[i]))
            i++;
    }
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= len || !is_digit(s[i]))
            return 0;
        while (i < len && is_digit(s[i]))
            i++;
    }
    if (i < len && num_byte(s[i]))
        return 0; /* cJSON would read on */
    size_t nb = i - st;
    char buf[64];
    if (nb >= sizeof buf)
        return 0;
    for (size_t k = 0; k < nb; k++)
        buf[k] = s[st + k] == '.' ? t->dp : (char)s[st + k];
    buf[nb] = '\0';
    char *after = NULL;
    double d = strtod(buf, &after);
    if (after != buf + nb)
        return 0;
    n->valuedouble = d;
    if (d >= INT_MAX)
        n->valueint = INT_MAX;
    else if (d <= (double)INT_MIN)
        n->valueint = INT_MIN;
    else
        n->valueint = (int)d;
    n->type = cJSON_Number;
    t->i = i;
    return 1;
}

static int read_value(jt *t, cJSON *n);

static int push_off(jt *t, size_t off)
{
    if (t->n_offs == t->cap_offs) {
        size_t cap = t->cap_offs ? 2 * t->cap_offs : 256;
        size_t *p = realloc(t->offs, cap * sizeof *p);
        if (!p) {
            t->nomem = 1;
            return 0;
        }
        t->offs = p;
        t->cap_offs = cap;
    }
    t->offs[t->n_offs++] = off;
    return 1;
}

/* The object (obj) or array at s[t->i]. */
static int read_container(jt *t, cJSON *n, int obj)
{
    unsigned char close = obj ? '}' : ']';
    cJSON *head = NULL, *last = NULL;
    int mark = t->mark_next && !obj;
    t->mark_next = 0;
    if (++t->depth > JT_MAX_DEPTH)
        return 0;
    t->i++;
    if (!skip_ws(t))
        return 0;
    if (t->i < t->len && t->s[t->i] == close) {
        t->i++;
    } else {
        for (;;) {
            cJSON *c = new_node(t);
            if (!c)
                return 0;
            if (!head) {
                head = c;
            } else {
                last->next = c;
                c->prev = last;
            }
            last = c;
            if (obj) {
                if (t->i >= t->len || t->s[t->i] != '"')
                    return 0;
                if (!(c->string = read_string(t)) || !skip_ws(t) ||
                    t->i >= t->len || t->s[t->i] != ':')
                    return 0;
                t->i++;
                if (!skip_ws(t))
                    return 0;
                if (t->depth == 1 && t->mark_key && !t->marked &&
                    strcmp(c->string, t->mark_key) == 0) {
                    t->marked = 1;
                    t->mark_next = t->i < t->len && t->s[t->i] == '[';
                }
            } else if (mark && !push_off(t, t->i)) {
                return 0;
            }
            if (!read_value(t, c) || !skip_ws(t) || t->i >= t->len)
                return 0;
            if (t->s[t->i] == ',') {
                t->i++;
                if (!skip_ws(t))
                    return 0;
                continue;
            }
            if (t->s[t->i] != close)
                return 0;
            t->i++;
            break;
        }
        head->prev = last;
    }
    t->depth--;
    n->type = obj ? cJSON_Object : cJSON_Array;
    n->child = head;
    return 1;
}

/* The literal lit (n bytes) at s[t->i]. */
static int literal(jt *t, const char *lit, size_t n)
{
    if (t->len - t->i < n || memcmp(t->s + t->i, lit, n) != 0)
        return 0;
    t->i += n;
    return 1;
}

static int read_value(jt *t, cJSON *n)
{
    if (t->i >= t->len)
        return 0;
    switch (t->s[t->i]) {
    case '"':
        if (!(n->valuestring = read_string(t)))
            return 0;
        n->type = cJSON_String;
        return 1;
    case '{':
        return read_container(t, n, 1);
    case '[':
        return read_container(t, n, 0);
    case 't':
        if (!literal(t, "true", 4))
            return 0;
        n->type = cJSON_True;
        n->valueint = 1;
        return 1;
    case 'f':
        if (!literal(t, "false", 5))
            return 0;
        n->type = cJSON_False;
        return 1;
    case 'n':
        if (!literal(t, "null", 4))
            return 0;
        n->type = cJSON_NULL;
        return 1;
    default:
        return read_number(t, n);
    }
}

fsc__jtree_result fsc__jtree_parse(const char *s, size_t len, fsc_arena *a,
                                   const char *mark_key, size_t **offs,
                                   size_t *n_offs, cJSON **root)
{
    jt t;
    *root = NULL;
    if (offs)
        *offs = NULL;
    if (n_offs)
        *n_offs = 0;
    if (!s)
        return FSC__JTREE_DECLINE;
    const unsigned char *u = (const unsigned char *)s;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return FSC__JTREE_DECLINE; /* cJSON skips one more BOM */
    const struct lconv *lc = localeconv();
    t.s = u;
    t.len = len;
    t.i = 0;
    t.a = a;
    t.nomem = 0;
    t.depth = 0;
    t.dp = lc && lc->decimal_point && lc->decimal_point[0]
               ? lc->decimal_point[0]
               : '.';
    t.mark_key = offs && n_offs ? mark_key : NULL;
    t.marked = t.mark_next = 0;
    t.offs = NULL;
    t.n_offs = t.cap_offs = 0;
    cJSON *n = new_node(&t);
    if (!n || !skip_ws(&t) || !read_value(&t, n) || !skip_ws(&t) ||
        t.i != len) {
        free(t.offs);
        return t.nomem || !n ? FSC__JTREE_NOMEM : FSC__JTREE_DECLINE;
    }
    *root = n;
    if (t.mark_key) {
        *offs = t.offs;
        *n_offs = t.n_offs;
    } else {
        free(t.offs);
    }
    return FSC__JTREE_OK;
}

static int same_str(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

int fsc__jtree_same(const cJSON *a, const cJSON *b)
{
    if (a->type != b->type || !same_str(a->string, b->string) ||
        !same_str(a->valuestring, b->valuestring) ||
        a->valueint != b->valueint ||
        memcmp(&a->valuedouble, &b->valuedouble, sizeof a->valuedouble) != 0)
        return 0;
    const cJSON *x = a->child, *y = b->child;
    const cJSON *xl = NULL, *yl = NULL;
    while (x && y) {
        if (!fsc__jtree_same(x, y))
            return 0;
        if ((x->prev == NULL) != (y->prev == NULL))
            return 0;
        if (xl && x->prev != xl)
            return 0;
        xl = x;
        yl = y;
        x = x->next;
        y = y->next;
    }
    if (x || y)
        return 0;
    /* the first child's prev is the last child, as cJSON links them */
    if (a->child && (a->child->prev != xl || b->child->prev != yl))
        return 0;
    return 1;
}
