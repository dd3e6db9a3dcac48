/*
 * report_own.c - the report's own pass: what fsc_compare does not keep
 * (languages, dates, attribution totals by side and type, the top
 * articles per category), read from every score row.
 *
 * A score row is mostly its "matches" and "attributions" arrays, which the
 * own pass never reads. So a row is scanned once (strict JSON, and the
 * duplicate-key rule of fsc__json_dup_key(row, 3): the keys of every object
 * down to that depth, arrays not counting), keeping where the row's members
 * and those of its "framescope" object lie; the few values the pass reads
 * are then decoded from those spans (strings, numbers as cJSON reads them,
 * the members of "profile" and "categories"). A strict JSON text is one
 * cJSON accepts, and a key without escapes is its bytes, so the spans
 * answer every lookup as cJSON's tree of the whole row would. Anything
 * else (an escaped key at a checked depth, a raw control character, a \u
 * escape of a surrogate or of NUL, a non-strict number, more than 64
 * members, nesting beyond 64, text after the row, and the few rows whose
 * values cJSON's reading of them would refuse) is parsed by cJSON whole,
 * and the same code reads its tree.
 */
#include "compare/compare_int.h"
#include "dates.h"
#include "internal.h"
#include "jsondup.h"
#include "report_int.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct oscan {
    const char *p, *end;
    int depth; /* nesting, against runaway input */
    int watch; /* > 0: numbers nested below this depth must be short */
    int slow;  /* 1: leave the row to cJSON (see o_number) */
} oscan;

typedef struct ospan {
    const char *s;
    size_t n;
} ospan;

#define OWN_MAX_KEYS 64

/* The row's members and, when "framescope" is an object, its members. */
typedef struct fsc__own_view {
    ospan rk[OWN_MAX_KEYS], rv[OWN_MAX_KEYS];
    size_t nr;
    int fs_obj;
    ospan fk[OWN_MAX_KEYS], fv[OWN_MAX_KEYS];
    size_t nf;
} oview;

static void o_ws(oscan *o)
{
    while (o->p < o->end &&
           (*o->p == ' ' || *o->p == '\t' || *o->p == '\r' || *o->p == '\n'))
        o->p++;
}

static int o_hex(char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
           (ch >= 'A' && ch <= 'F');
}

/* A string at o->p: *s, *n its raw bytes between the quotes; *esc when it
 * has escapes. 0 for anything outside the fast path. */
static int o_string(oscan *o, const char **s, size_t *n, int *esc)
{
    if (o->p >= o->end || *o->p != '"')
        return 0;
    const char *q = ++o->p;
    *esc = 0;
    for (; (q = fsc__str_stop(q, o->end, 1)) < o->end && *q != '"'; q++) {
        unsigned char ch = (unsigned char)*q;
        if (ch < 0x20)
            return 0;
        if (ch != '\\')
            continue;
        *esc = 1;
        if (++q >= o->end)
            return 0;
        if (*q == 'u') {
            if (o->end - q < 5 || !o_hex(q[1]) || !o_hex(q[2]) ||
                !o_hex(q[3]) || !o_hex(q[4]))
                return 0;
            unsigned u = (unsigned)strtoul(
                (char[5]){ q[1], q[2], q[3], q[4], 0 }, NULL, 16);
            if (u == 0 || (u >= 0xD800 && u < 0xE000))
                return 0;
            q += 4;
        } else if (!memchr("\"\\/bfnrt", *q, 8)) {
            return 0;
        }
    }
    if (q >= o->end)
        return 0;
    *s = o->p;
    *n = (size_t)(q - o->p);
    o->p = q + 1;
    return 1;
}

static int o_digits(oscan *o)
{
    const char *s = o->p;
    while (o->p < o->end && *o->p >= '0' && *o->p <= '9')
        o->p++;
    return o->p > s;
}

static int o_number_at(oscan *o)
{
    if (o->p < o->end && *o->p == '-')
        o->p++;
    if (o->p >= o->end)
        return 0;
    if (*o->p == '0')
        o->p++;
    else if (!o_digits(o))
        return 0;
    if (o->p < o->end && *o->p == '.') {
        o->p++;
        if (!o_digits(o))
            return 0;
    }
    if (o->p < o->end && (*o->p == 'e' || *o->p == 'E')) {
        o->p++;
        if (o->p < o->end && (*o->p == '+' || *o->p == '-'))
            o->p++;
        if (!o_digits(o))
            return 0;
    }
    return 1;
}

static int o_number(oscan *o)
{
    const char *start = o->p;
    int ok = o_number_at(o);
    /* cJSON reads at most 63 characters of a number: a longer one makes
       it fail on an object or array around it, so such a row stays
       cJSON's where the values it reads are concerned (a number on its
       own, as the whole value read, is the 63 characters' value). */
    if (ok && o->p - start > 63 && o->watch && o->depth > o->watch)
        o->slow = 1;
    return ok;
}
static int o_value(oscan *o, int d);

/* Keys k[0..n) of one object at dup-check depth d > 0: all distinct? */
static int o_distinct(const ospan *k, size_t n)
{
    for (size_t a = 0; a < n; a++)
        for (size_t b = a + 1; b < n; b++)
            if (k[a].n == k[b].n && memcmp(k[a].s, k[b].s, k[a].n) == 0)
                return 0;
    return 1;
}

static int o_span_is(const char *s, size_t n, const char *lit)
{
    return n == strlen(lit) && memcmp(s, lit, n) == 0;
}

/* One of the members of "framescope" that the own pass reads? */
static int o_fs_read(const char *s, size_t n)
{
    return o_span_is(s, n, "status") || o_span_is(s, n, "tokens") ||
           o_span_is(s, n, "lang") || o_span_is(s, n, "profile") ||
           o_span_is(s, n, "categories");
}

/* An object at o->p whose keys are checked when d > 0; with `keys` (room
 * for OWN_MAX_KEYS) the keys and value spans are kept, *n of them. With
 * `fs` (the row itself), the members of its "framescope" object are kept
 * there as well, in the same walk. `fs_obj`: this is that object. */
static int o_object(oscan *o, int d, ospan *keys, ospan *vals, size_t *n,
                    oview *fs, int fs_obj)
{
    ospan own[OWN_MAX_KEYS];
    size_t k = 0;
    if (!keys && d > 0)
        keys = own;
    o->p++; /* { */
    o_ws(o);
    if (o->p < o->end && *o->p == '}') {
        o->p++;
        if (n)
            *n = 0;
        return 1;
    }
    for (;;) {
        const char *ks;
        size_t kl;
        int esc;
        o_ws(o);
        if (!o_string(o, &ks, &kl, &esc) || (esc && keys))
            return 0;
        o_ws(o);
        if (o->p >= o->end || *o->p != ':')
            return 0;
        o->p++;
        o_ws(o);
        const char *vs = o->p;
        if (fs && kl >= 256)
            o->slow = 1; /* cJSON's small tree took names below 256 */
        if (fs && !fs->fs_obj && o_span_is(ks, kl, "framescope") &&
            o->p < o->end && *o->p == '{') {
            if (++o->depth > 64 ||
                !o_object(o, d - 1, fs->fk, fs->fv, &fs->nf, NULL, 1))
                return 0;
            o->depth--;
            fs->fs_obj = 1;
        } else {
            /* the values cJSON read: every member of the row, and the
               read members of framescope */
            int w = o->watch;
            if (fs || (fs_obj && o_fs_read(ks, kl)))
                o->watch = o->depth + 1;
            if (!o_value(o, d - 1))
                return 0;
            o->watch = w;
        }
        if (keys) {
            if (k == OWN_MAX_KEYS)
                return 0;
            keys[k].s = ks;
            keys[k].n = kl;
            if (vals) {
                vals[k].s = vs;
                vals[k].n = (size_t)(o->p - vs);
            }
            k++;
        }
        o_ws(o);
        if (o->p < o->end && *o->p == ',') {
            o->p++;
            continue;
        }
        if (o->p < o->end && *o->p == '}') {
            o->p++;
            break;
        }
        return 0;
    }
    if (n)
        *n = k;
    return d <= 0 || o_distinct(keys, k);
}

/* Any value; objects in it have their keys checked down to depth d. */
static int o_value(oscan *o, int d)
{
    if (o->p >= o->end || ++o->depth > 64)
        return 0;
    int ok;
    const char *s;
    size_t n;
    int esc;
    switch (*o->p) {
    case '{':
        ok = o_object(o, d, NULL, NULL, NULL, NULL, 0);
        break;
    case '[':
        o->p++;
        o_ws(o);
        if (o->p < o->end && *o->p == ']') {
            o->p++;
            ok = 1;
            break;
        }
        for (ok = 0;;) {
            o_ws(o);
            if (!o_value(o, d)) /* arrays do not count */
                break;
            o_ws(o);
            if (o->p < o->end && *o->p == ',') {
                o->p++;
                continue;
            }
            ok = o->p < o->end && *o->p == ']';
            o->p += ok;
            break;
        }
        break;
    case '"':
        ok = o_string(o, &s, &n, &esc);
        break;
    case 't':
        ok = o->end - o->p >= 4 && memcmp(o->p, "true", 4) == 0;
        o->p += ok ? 4 : 0;
        break;
    case 'f':
        ok = o->end - o->p >= 5 && memcmp(o->p, "false", 5) == 0;
        o->p += ok ? 5 : 0;
        break;
    case 'n':
        ok = o->end - o->p >= 4 && memcmp(o->p, "null", 4) == 0;
        o->p += ok ? 4 : 0;
        break;
    default:
        ok = o_number(o);
        break;
    }
    o->depth--;
    return ok;
}

/* ---- values of a row ------------------------------------------------------
 */

/* A value of the row: a node of cJSON's tree (rows cJSON parsed whole), or
 * the span of a scanned value. A scanned row and its framescope object
 * carry their member tables. Absent: j and s both NULL. */
typedef struct oval {
    const cJSON *j;
    const char *s;
    size_t n;
    const ospan *k, *v; /* members (row, framescope) */
    size_t nk;
} oval;

/* s[0..n) of a scanned string or key, escapes decoded, NUL-terminated, in
 * the row's arena (NULL and r->own_oom when out of memory). */
static const char *o_dec(fsc_report *r, const char *s, size_t n, int esc)
{
    char *d = fsc__arena_alloc(&r->own_arena, n + 1), *o = d;
    if (!d) {
        r->own_oom = 1;
        return NULL;
    }
    if (!esc) {
        memcpy(d, s, n);
        d[n] = '\0';
        return d;
    }
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') {
            *o++ = s[i];
            continue;
        }
        char c = s[++i];
        switch (c) {
        case 'b':
            *o++ = '\b';
            break;
        case 'f':
            *o++ = '\f';
            break;
        case 'n':
            *o++ = '\n';
            break;
        case 'r':
            *o++ = '\r';
            break;
        case 't':
            *o++ = '\t';
            break;
        case 'u': { /* the scan let through no surrogate and no NUL */
            unsigned u = 0;
            for (int k = 1; k <= 4; k++) {
                char h = s[i + (size_t)k];
                u = u * 16 + (unsigned)(h <= '9'   ? h - '0'
                                        : h <= 'F' ? h - 'A' + 10
                                                   : h - 'a' + 10);
            }
            i += 4;
            if (u < 0x80) {
                *o++ = (char)u;
            } else if (u < 0x800) {
                *o++ = (char)(0xC0 | (u >> 6));
                *o++ = (char)(0x80 | (u & 0x3F));
            } else {
                *o++ = (char)(0xE0 | (u >> 12));
                *o++ = (char)(0x80 | ((u >> 6) & 0x3F));
                *o++ = (char)(0x80 | (u & 0x3F));
            }
            break;
        }
        default:
            *o++ = c;
            break; /* " \ / */
        }
    }
    *o = '\0';
    return d;
}

/* A scanned number as cJSON reads it: strtod of its first 63 characters
 * with '.' as the locale's decimal point. Integers of up to 15 digits are
 * exact doubles, which strtod would return as well. */
static double o_num(const char *s, size_t n)
{
    size_t i = s[0] == '-';
    if (n > i && n - i <= 15) {
        uint64_t u = 0;
        size_t j = i;
        while (j < n && s[j] >= '0' && s[j] <= '9')
            u = u * 10 + (uint64_t)(s[j++] - '0');
        if (j == n)
            return i ? -(double)u : (double)u;
    }
    char b[64];
    size_t m = n < 63 ? n : 63;
    char dp = localeconv()->decimal_point[0];
    for (size_t k = 0; k < m; k++)
        b[k] = s[k] == '.' ? dp : s[k];
    b[m] = '\0';
    return strtod(b, NULL);
}

/* The next member of a scanned object (it->p after '{' or a member): key
 * span, escapes flag, value span; 0 at the end. */
static int o_member(oscan *it, ospan *key, int *esc, ospan *val)
{
    o_ws(it);
    if (it->p < it->end && *it->p == ',')
        it->p++;
    o_ws(it);
    if (!o_string(it, &key->s, &key->n, esc))
        return 0;
    o_ws(it);
    it->p++; /* : */
    o_ws(it);
    val->s = it->p;
    if (!o_value(it, 0))
        return 0;
    val->n = (size_t)(it->p - val->s);
    return 1;
}

/* Member `name` of o (the first one of that name, as cJSON finds it). */
static oval ov_get(fsc_report *r, const oval *o, const char *name)
{
    oval out = { 0 };
    if (o->j) {
        out.j = cJSON_GetObjectItemCaseSensitive(o->j, name);
        return out;
    }
    if (!o->s)
        return out;
    if (o->k) {
        for (size_t i = 0; i < o->nk; i++)
            if (o_span_is(o->k[i].s, o->k[i].n, name)) {
                out.s = o->v[i].s;
                out.n = o->v[i].n;
                return out;
            }
        return out;
    }
    if (o->s[0] != '{')
        return out;
    oscan it = { o->s + 1, o->s + o->n, 0, 0, 0 };
    ospan k, v;
    int esc;
    while (o_member(&it, &k, &esc, &v)) {
        const char *d = esc ? o_dec(r, k.s, k.n, 1) : NULL;
        if (esc ? d && strcmp(d, name) == 0 : o_span_is(k.s, k.n, name)) {
            out.s = v.s;
            out.n = v.n;
            return out;
        }
    }
    return out;
}

static const char *ov_str(fsc_report *r, const oval *o)
{
    if (o->j)
        return cJSON_IsString(o->j) ? o->j->valuestring : NULL;
    if (!o->s || o->s[0] != '"')
        return NULL;
    return o_dec(r, o->s + 1, o->n - 2,
                 memchr(o->s + 1, '\\', o->n - 2) != NULL);
}

static double ov_num(const oval *o)
{
    if (o->j)
        return cJSON_IsNumber(o->j) ? o->j->valuedouble : NAN;
    if (!o->s || (o->s[0] != '-' && (o->s[0] < '0' || o->s[0] > '9')))
        return NAN;
    return o_num(o->s, o->n);
}

static int ov_is_object(const oval *o)
{
    return o->j ? cJSON_IsObject(o->j) : o->s && o->s[0] == '{';
}

static const char *jstr(fsc_report *r, const oval *o, const char *key)
{
    oval v = ov_get(r, o, key);
    return ov_str(r, &v);
}

static double jnum(fsc_report *r, const oval *o, const char *key)
{
    oval v = ov_get(r, o, key);
    return ov_num(&v);
}

/* The members of an object (cJSON_ArrayForEach: an array's elements come
 * with no name); of a scanned value, an object's members only. */
typedef struct oiter {
    const cJSON *c;
    oscan sc;
    int span;
} oiter;

static void oi_start(oiter *it, const oval *o)
{
    memset(it, 0, sizeof *it);
    if (o->j) {
        it->c = o->j->child;
    } else if (o->s && o->s[0] == '{') {
        it->span = 1;
        it->sc.p = o->s + 1;
        it->sc.end = o->s + o->n;
    }
}

/* The next member: *v its value; key, kn, esc its raw name (key NULL
 * for an array element); 0 at the end. */
static int oi_next(oiter *it, oval *v, const char **key, size_t *kn, int *esc)
{
    memset(v, 0, sizeof *v);
    if (!it->span) {
        if (!it->c)
            return 0;
        v->j = it->c;
        *key = it->c->string;
        *kn = *key ? strlen(*key) : 0;
        *esc = 0;
        it->c = it->c->next;
        return 1;
    }
    ospan k, s;
    if (!o_member(&it->sc, &k, esc, &s))
        return 0;
    v->s = s.s;
    v->n = s.n;
    *key = k.s;
    *kn = k.n;
    return 1;
}

/* The member's name as a C string (NULL for an array element). */
static const char *oi_name(fsc_report *r, const oiter *it, const char *key,
                           size_t kn, int esc)
{
    if (!key || !it->span)
        return key;
    return o_dec(r, key, kn, esc);
}

/* ---- accumulators ----------------------------------------------------------
 */

static fsc_status intern(fsc__strmap *m, const char *s, uint32_t *id)
{
    size_t len = strlen(s);
    uint32_t h = fsc__hash(s, len);
    if (fsc__strmap_get(m, s, len, h, id))
        return FSC_OK;
    *id = (uint32_t)m->n;
    return fsc__strmap_put(m, s, len, h, *id);
}

/* Is the row kept by --where / --from / --to, and what is its group? Same
 * rules as fsc_compare (rows it filters out are not counted here). */
static int row_group(fsc_report *r, const oval *row, char key[32],
                     const char **group)
{
    for (size_t i = 0; i < r->o.n_where; i++) {
        const char *eq = strchr(r->where[i], '=');
        if (!eq)
            return 0;
        size_t fl = (size_t)(eq - r->where[i]);
        int any_ok = 0;
        for (size_t j = 0; j < r->o.n_where; j++) {
            const char *e2 = strchr(r->where[j], '=');
            if (!e2 || (size_t)(e2 - r->where[j]) != fl ||
                memcmp(r->where[j], r->where[i], fl) != 0)
                continue;
            char field[128];
            if (fl >= sizeof field)
                return 0;
            memcpy(field, r->where[i], fl);
            field[fl] = '\0';
            const char *v = jstr(r, row, field);
            if (v && strcmp(v, e2 + 1) == 0)
                any_ok = 1;
        }
        if (!any_ok)
            return 0;
    }
    const char *date = jstr(r, row, "date");
    long y = 0, m = 0, d = 0;
    int dated = date && fsc__parse_date(date, &y, &m, &d);
    int by_week = strcmp(r->by, "date:week") == 0;
    int by_month = strcmp(r->by, "date:month") == 0;
    if ((r->from || r->to || by_week || by_month) && !dated)
        return 0;
    if (r->from && memcmp(date, r->from, 10) < 0)
        return 0;
    if (r->to && memcmp(date, r->to, 10) > 0)
        return 0;
    if (by_week) {
        fsc__iso_week(y, m, d, key);
        *group = key;
    } else if (by_month) {
        snprintf(key, 32, "%04d-%02d", (int)(y % 10000), (int)(m % 100));
        *group = key;
    } else {
        *group = jstr(r, row, r->by);
    }
    return *group != NULL;
}

static fsc_status grow_gattr(fsc_report *r, uint32_t gid)
{
    if (gid < r->gattr_cap)
        return FSC_OK;
    size_t cap = r->gattr_cap ? r->gattr_cap * 2 : 16;
    while (cap <= gid)
        cap *= 2;
    fsc__rep_attr *a = realloc(r->gattr, cap * sizeof *a);
    if (!a)
        return FSC_ENOMEM;
    memset(a + r->gattr_cap, 0, (cap - r->gattr_cap) * sizeof *a);
    r->gattr = a;
    r->gattr_cap = cap;
    return FSC_OK;
}

/* Grow a per-group array to n entries, zeroing the new ones. */
fsc_status fsc__rep_slots(double **arr, size_t *have, size_t n)
{
    if (n <= *have && *arr)
        return FSC_OK;
    double *a = realloc(*arr, (n ? n : 1) * sizeof *a);
    if (!a)
        return FSC_ENOMEM;
    for (size_t i = *arr ? *have : 0; i < n; i++)
        a[i] = 0;
    *arr = a;
    *have = n;
    return FSC_OK;
}

/* {"NAME": {"attributions": n, ...}, ...} added to arr by name. */
static fsc_status attr_obj(fsc_report *r, fsc__strmap *names, double **arr,
                           size_t *have, const oval *obj)
{
    oiter it;
    oval e;
    const char *key;
    size_t kn;
    int esc;
    oi_start(&it, obj);
    while (oi_next(&it, &e, &key, &kn, &esc)) {
        double n = jnum(r, &e, "attributions");
        if (!key || !(n > 0))
            continue;
        const char *name = oi_name(r, &it, key, kn, esc);
        if (!name)
            return FSC_ENOMEM;
        uint32_t id;
        fsc_status st = intern(names, name, &id);
        if (!st)
            st = fsc__rep_slots(arr, have, names->n);
        if (st)
            return st;
        (*arr)[id] += n;
    }
    return FSC_OK;
}

/* Min-heap on (rate, count, -seq): the root is the weakest kept article. */
int fsc__rep_top_less(const fsc__rep_top *a, const fsc__rep_top *b)
{
    if (a->rate != b->rate)
        return a->rate < b->rate;
    if (a->count != b->count)
        return a->count < b->count;
    return a->seq > b->seq;
}

static void heap_down(fsc__rep_top *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && fsc__rep_top_less(&h[l], &h[m]))
            m = l;
        if (l + 1 < n && fsc__rep_top_less(&h[l + 1], &h[m]))
            m = l + 1;
        if (m == i)
            return;
        fsc__rep_top t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

static void heap_up(fsc__rep_top *h, size_t i)
{
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!fsc__rep_top_less(&h[i], &h[p]))
            return;
        fsc__rep_top t = h[i];
        h[i] = h[p];
        h[p] = t;
        i = p;
    }
}

static char *dup_or_null(const char *s)
{
    return s ? fsc__strdup(s) : NULL;
}

static fsc_status top_fill(fsc_report *r, fsc__rep_top *t, const oval *row,
                           const char *lang, double count, double tokens,
                           uint64_t seq)
{
    const char *id = jstr(r, row, "id"), *outlet = jstr(r, row, "outlet");
    const char *date = jstr(r, row, "date"), *title = jstr(r, row, "title");
    memset(t, 0, sizeof *t);
    t->id = dup_or_null(id);
    t->outlet = dup_or_null(outlet);
    t->date = dup_or_null(date);
    t->title = dup_or_null(title);
    t->lang = dup_or_null(lang);
    t->count = count;
    t->tokens = tokens;
    t->rate = count * 1000.0 / tokens;
    t->seq = seq;
    t->view = -1;
    if ((id && !t->id) || (outlet && !t->outlet) || (date && !t->date) ||
        (title && !t->title) || (lang && !t->lang) || r->own_oom) {
        fsc__rep_top_free(t);
        return FSC_ENOMEM;
    }
    return FSC_OK;
}

static int framing_cat(const fsc_report *r, const char *name);

/* The own index of a category, and whether it is a framing category. */
static fsc_status cat_id(fsc_report *r, const char *cat, uint32_t *id,
                         int *framing)
{
    size_t len = strlen(cat);
    uint32_t h = fsc__hash(cat, len);
    fsc_status st;
    if (!fsc__strmap_get(&r->cats, cat, len, h, id)) {
        *id = (uint32_t)r->cats.n;
        if ((st = fsc__strmap_put(&r->cats, cat, len, h, *id)))
            return st;
    }
    if (*id >= r->top_cap) {
        size_t cap = r->top_cap ? r->top_cap * 2 : 32;
        while (cap <= *id)
            cap *= 2;
        fsc__rep_top **t = realloc(r->top, cap * sizeof *t);
        if (!t)
            return FSC_ENOMEM;
        r->top = t;
        size_t *n = realloc(r->n_top, cap * sizeof *n);
        if (!n)
            return FSC_ENOMEM;
        r->n_top = n;
        signed char *f = realloc(r->cat_framing, cap);
        if (!f)
            return FSC_ENOMEM;
        r->cat_framing = f;
        for (size_t i = r->top_cap; i < cap; i++) {
            r->top[i] = NULL;
            r->n_top[i] = 0;
            r->cat_framing[i] = -1;
        }
        r->top_cap = cap;
    }
    if (r->cat_framing[*id] < 0)
        r->cat_framing[*id] = (signed char)framing_cat(r, cat);
    *framing = r->cat_framing[*id];
    return FSC_OK;
}

static fsc_status top_offer(fsc_report *r, uint32_t id, const oval *row,
                            const char *lang, double count, double tokens)
{
    size_t k = r->o.top_articles;
    fsc_status st;
    if (k == 0)
        return FSC_OK;
    if (!r->top[id] && !(r->top[id] = calloc(k, sizeof **r->top)))
        return FSC_ENOMEM;
    fsc__rep_top *h = r->top[id];
    fsc__rep_top cand = { 0 };
    cand.rate = count * 1000.0 / tokens;
    cand.count = count;
    cand.seq = r->seq;
    if (r->n_top[id] < k) {
        if ((st = top_fill(r, &h[r->n_top[id]], row, lang, count, tokens,
                           r->seq)))
            return st;
        heap_up(h, r->n_top[id]++);
        return FSC_OK;
    }
    if (!fsc__rep_top_less(&h[0], &cand))
        return FSC_OK;
    fsc__rep_top t;
    if ((st = top_fill(r, &t, row, lang, count, tokens, r->seq)))
        return st;
    fsc__rep_top_free(&h[0]);
    h[0] = t;
    heap_down(h, k, 0);
    return FSC_OK;
}

/* A framing category of the rows (not the attribution layer's). With a
 * model, its layer decides; without, the bundled attribution lexicons'
 * names do. */
static int framing_cat(const fsc_report *r, const char *name)
{
    if (r->m) {
        long i = fsc_model_find_category(r->m, name);
        if (i >= 0) {
            size_t lx = 0;
            fsc_model_category(r->m, (size_t)i, &lx);
            return fsc_lexicon_layer(fsc_model_lexicon(r->m, lx)) ==
                   FSC_LAYER_FRAMING;
        }
    }
    return strncmp(name, "attribution-", 12) != 0;
}

/* Scan the row into v: 0 when it is left to cJSON. */
static int own_scan(const char *p, size_t len, oview *v)
{
    oscan o = { p, p + len, 0, 0, 0 };
    v->nr = v->nf = 0;
    v->fs_obj = 0;
    o_ws(&o);
    if (o.p >= o.end || *o.p != '{' ||
        !o_object(&o, 3, v->rk, v->rv, &v->nr, v, 0))
        return 0;
    o_ws(&o);
    return o.p == o.end && !o.slow;
}

void fsc__report_own_slow(fsc_report *r, int slow)
{
    if (r)
        r->own_slow = slow;
}

static fsc_status own_row(fsc_report *r, const char *p, size_t len)
{
    r->seq++;
    size_t i = 0;
    while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r'))
        i++;
    if (i == len)
        return FSC_OK;
    /* Invalid rows (bad JSON, invalid UTF-8) are accounted for by the
       comparisons; none of their strings may reach the report. */
    if (!fsc__utf8_valid(p, len, NULL, NULL, NULL))
        return FSC_OK;
    oval row = { 0 }, fs = { 0 };
    cJSON *tree = NULL;
    if (!r->own_view && !(r->own_view = malloc(sizeof *r->own_view)))
        return FSC_ENOMEM;
    oview *v = r->own_view;
    if (!r->own_slow && own_scan(p, len, v)) {
        row.s = p;
        row.n = len;
        row.k = v->rk;
        row.v = v->rv;
        row.nk = v->nr;
        fs = ov_get(r, &row, "framescope");
        if (v->fs_obj) {
            fs.k = v->fk;
            fs.v = v->fv;
            fs.nk = v->nf;
        }
    } else {
        tree = cJSON_ParseWithLength(p, len);
        if (!tree)
            return FSC_OK;
        /* compare refuses a row that names a key twice; so does this pass,
           so that the summary counts the rows the comparisons count. */
        if (fsc__json_dup_key(tree, 3)) {
            cJSON_Delete(tree);
            return FSC_OK;
        }
        row.j = tree;
        fs = ov_get(r, &row, "framescope");
    }
    if (r->own_arena.used)
        fsc__arena_reset(&r->own_arena);
    r->own_oom = 0;
    fsc_status st = FSC_OK;
    const char *status = jstr(r, &fs, "status");
    double tokens = jnum(r, &fs, "tokens");
    char key[32];
    const char *group = NULL;
    if (!ov_is_object(&fs) || !status || strcmp(status, "scored") != 0 ||
        !(tokens > 0) || !row_group(r, &row, key, &group))
        goto done;
    r->rows_seen++;
    const char *lang = jstr(r, &fs, "lang");
    uint32_t id;
    if (lang && lang[0]) {
        if ((st = intern(&r->langs, lang, &id)))
            goto done;
        if (id >= r->lang_cap) {
            size_t cap = r->lang_cap ? r->lang_cap * 2 : 16;
            size_t *n = realloc(r->lang_n, cap * sizeof *n);
            if (!n) {
                st = FSC_ENOMEM;
                goto done;
            }
            memset(n + r->lang_cap, 0, (cap - r->lang_cap) * sizeof *n);
            r->lang_n = n;
            r->lang_cap = cap;
        }
        r->lang_n[id]++;
    }
    const char *date = jstr(r, &row, "date");
    long y, mo, d;
    if (date && fsc__parse_date(date, &y, &mo, &d)) {
        if (!r->rows_dated || memcmp(date, r->date_min, 10) < 0)
            memcpy(r->date_min, date, 10);
        if (!r->rows_dated || memcmp(date, r->date_max, 10) > 0)
            memcpy(r->date_max, date, 10);
        r->rows_dated++;
    }
    uint32_t gid;
    if ((st = intern(&r->groups, group, &gid)) || (st = grow_gattr(r, gid)))
        goto done;
    oval prof = ov_get(r, &fs, "profile");
    if (ov_is_object(&prof)) {
        fsc__rep_attr *a = &r->gattr[gid];
        a->rows++;
        double x = jnum(r, &prof, "attributions");
        a->attributions += isfinite(x) ? x : 0;
        x = jnum(r, &prof, "anonymous");
        a->anonymous += isfinite(x) ? x : 0;
        x = jnum(r, &prof, "unresolved");
        a->unresolved += isfinite(x) ? x : 0;
        oval bs = ov_get(r, &prof, "by_side");
        oval bt = ov_get(r, &prof, "by_type");
        if ((st = attr_obj(r, &r->sides, &a->by_side, &a->n_by_side, &bs)) ||
            (st = attr_obj(r, &r->types, &a->by_type, &a->n_by_type, &bt)))
            goto done;
    }
    oval cats = ov_get(r, &fs, "categories"), c;
    oiter it;
    const char *ck;
    size_t ckn;
    int cesc;
    int any = 0;
    oi_start(&it, &cats);
    while (oi_next(&it, &c, &ck, &ckn, &cesc)) {
        double count = jnum(r, &c, "count");
        uint32_t ci;
        int framing;
        if (!ck || !(count > 0))
            continue;
        const char *cname = oi_name(r, &it, ck, ckn, cesc);
        if (!cname) {
            st = FSC_ENOMEM;
            goto done;
        }
        if ((st = cat_id(r, cname, &ci, &framing)))
            goto done;
        if (!framing)
            continue;
        any = 1;
        if (tokens >= (double)r->o.top_min_tokens &&
            (st = top_offer(r, ci, &row, lang, count, tokens)))
            goto done;
    }
    r->gattr[gid].with_match += (size_t)any;
done:
    if (!st && r->own_oom)
        st = FSC_ENOMEM;
    cJSON_Delete(tree);
    return st;
}

fsc_status fsc__report_own_feed(fsc_report *r, const char *data, size_t len)
{
    fsc_status st = FSC_OK;
    while (len) {
        const char *nl = memchr(data, '\n', len);
        size_t n = nl ? (size_t)(nl - data) : len;
        if (!nl) {
            if (r->line.len + n > LINE_CAP) {
                r->line.len = LINE_CAP + 1; /* oversized: dropped */
                return FSC_OK;
            }
            return fsc__buf_add(&r->line, data, n);
        }
        if (r->line.len) {
            if (r->line.len <= LINE_CAP) {
                if ((st = fsc__buf_add(&r->line, data, n)))
                    return st;
                st = own_row(r, r->line.data, r->line.len);
            } else {
                r->seq++;
            }
            fsc__buf_reset(&r->line);
        } else {
            st = own_row(r, data, n);
        }
        if (st)
            return st;
        data += n + 1;
        len -= n + 1;
    }
    return FSC_OK;
}

fsc_status fsc__report_own_end(fsc_report *r)
{
    fsc_status st = FSC_OK;
    if (r->line.len && r->line.len <= LINE_CAP)
        st = own_row(r, r->line.data, r->line.len);
    else if (r->line.len)
        r->seq++;
    fsc__buf_reset(&r->line);
    return st;
}
