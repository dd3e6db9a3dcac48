/*
 * validate.c - agreement of framescope with human coders (gold file joined
 * on id to score rows) and the per-term precision audit. Every agreement
 * statistic is computed by stats.c; this file only joins, counts, resamples
 * articles (a seeded splitmix64 stream, so results are reproducible) and
 * reads the audit CSV.
 */
#include "framescope/validate.h"

#include "framescope/stats.h"

#include "arena.h"
#include "buf.h"
#include "format.h"
#include "internal.h"
#include "jsondup.h"
#include "jsonpos.h"
#include "strmap.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_METRICS 5 /* precision, recall, f1, kappa, alpha */

void fsc_validate_opts_init(fsc_validate_opts *o)
{
    o->bootstrap = 1000;
    o->level = 0.95;
    o->seed = 20240607u;
    o->categories = NULL;
    o->n_categories = 0;
}

void fsc_audit_opts_init(fsc_audit_opts *o)
{
    o->per_term = 20;
    o->seed = 20240607u;
    o->context = 60;
    o->corpus = NULL;
    o->n_corpus = 0;
    fsc_reader_opts_init(&o->reader);
}

/* ------------------------------------------------------------------ */
/* Small helpers                                                        */
/* ------------------------------------------------------------------ */

typedef struct u32vec {
    uint32_t *v;
    size_t n, cap;
} u32vec;

static fsc_status u32_push(u32vec *a, uint32_t x)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? 2 * a->cap : 4;
        uint32_t *p = realloc(a->v, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        a->v = p;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return FSC_OK;
}

/* splitmix64 (Steele, Lea and Flood 2014): tiny, seedable, good enough for
 * drawing resample indices; GSL stays inside stats.c. */
static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Uniform in [0, n), n > 0, without modulo bias (rejection). */
static size_t rng_below(uint64_t *s, size_t n)
{
    uint64_t bound = (uint64_t)n;
    uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        uint64_t r = rng_next(s);
        if (r >= threshold)
            return (size_t)(r % bound);
    }
}

/* Iterate over the lines of data; returns 0 at the end. Strips CR; line
 * numbers are 1-based. */
typedef struct lines {
    const char *p, *end;
    long line;
} lines;

static int next_line(lines *it, const char **s, size_t *n)
{
    while (it->p < it->end) {
        const char *start = it->p;
        const char *nl = memchr(start, '\n', (size_t)(it->end - start));
        const char *stop = nl ? nl : it->end;
        it->p = nl ? nl + 1 : it->end;
        it->line++;
        size_t len = (size_t)(stop - start);
        if (len && start[len - 1] == '\r')
            len--;
        size_t i = 0;
        while (i < len && (start[i] == ' ' || start[i] == '\t'))
            i++;
        if (i == len)
            continue;
        *s = start;
        *n = len;
        return 1;
    }
    return 0;
}

/* The id of a record as text (strings as they are, numbers as cJSON prints
 * them), in the arena; NULL when absent or of another type. */
static const char *id_of(const cJSON *o, fsc_arena *a, int *oom)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    *oom = 0;
    if (cJSON_IsString(id) && id->valuestring) {
        char *s =
            fsc__arena_strndup(a, id->valuestring, strlen(id->valuestring));
        *oom = s == NULL;
        return s;
    }
    if (cJSON_IsNumber(id)) {
        char *t = cJSON_PrintUnformatted(id);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        char *s = fsc__arena_strndup(a, t, strlen(t));
        cJSON_free(t);
        *oom = s == NULL;
        return s;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Validation against gold                                              */
/* ------------------------------------------------------------------ */

typedef struct article {
    const char *id;  /* arena */
    int in_gold;     /* seen in the gold file */
    int in_rows;     /* scored row seen */
    int row_skipped; /* a row with status skipped was seen */
    u32vec gold;     /* category indices the coder assigned */
    u32vec pred;     /* category indices framescope found */
} article;

struct fsc_validate {
    fsc_validate_opts opts;
    fsc_arena arena;
    fsc__strmap ids; /* id -> article index */
    article *arts;
    size_t n_arts, cap_arts;
    fsc__strmap cats; /* category -> index */
    u32vec cat_in_gold;
    u32vec cat_listed; /* 1 for opts.categories, when given */
    size_t n_gold, n_rows, n_unscored;
    int ran;
    fsc_validate_result res;
    fsc_validate_row *rows;
    const char **missing_rows, **missing_gold;
};

static fsc_status category_of(fsc_validate *v, const char *name, int gold,
                              uint32_t *out);

fsc_status fsc_validate_new(const fsc_validate_opts *opts, fsc_validate **out,
                            fsc_error *err)
{
    *out = NULL;
    fsc_validate *v = calloc(1, sizeof *v);
    if (!v)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (opts)
        v->opts = *opts;
    else
        fsc_validate_opts_init(&v->opts);
    if (v->opts.bootstrap > 0 &&
        !(v->opts.level > 0.0 && v->opts.level < 1.0)) {
        free(v);
        return fsc__fail(err, FSC_EINVAL, "CI level must be in (0, 1)");
    }
    fsc__arena_init(&v->arena, 1 << 14);
    fsc__strmap_init(&v->ids);
    fsc__strmap_init(&v->cats);
    /* The listed categories are copied into the category map; the borrowed
     * pointers in opts are not kept. */
    for (size_t i = 0; i < v->opts.n_categories; i++) {
        uint32_t ci;
        const char *c = v->opts.categories[i];
        fsc_status st = c && *c ? category_of(v, c, 0, &ci) : FSC_EINVAL;
        if (st != FSC_OK) {
            fsc_validate_free(v);
            return st == FSC_EINVAL ? fsc__fail(err, st, "empty category name")
                                    : fsc__fail(err, st, "out of memory");
        }
        v->cat_listed.v[ci] = 1;
    }
    v->opts.categories = NULL;
    v->opts.n_categories = v->cats.n;
    if (!v->cats.n)
        v->opts.n_categories = 0;
    *out = v;
    return FSC_OK;
}

void fsc_validate_free(fsc_validate *v)
{
    if (!v)
        return;
    for (size_t i = 0; i < v->n_arts; i++) {
        free(v->arts[i].gold.v);
        free(v->arts[i].pred.v);
    }
    free(v->arts);
    free(v->cat_in_gold.v);
    free(v->cat_listed.v);
    free(v->rows);
    free(v->missing_rows);
    free(v->missing_gold);
    fsc__strmap_free(&v->ids);
    fsc__strmap_free(&v->cats);
    fsc__arena_free(&v->arena);
    free(v);
}

static fsc_status article_of(fsc_validate *v, const char *id, article **out)
{
    size_t len = strlen(id);
    uint32_t h = fsc__hash(id, len), idx;
    if (fsc__strmap_get(&v->ids, id, len, h, &idx)) {
        *out = &v->arts[idx];
        return FSC_OK;
    }
    if (v->n_arts >= UINT32_MAX)
        return FSC_ELIMIT;
    if (v->n_arts == v->cap_arts) {
        size_t cap = v->cap_arts ? 2 * v->cap_arts : 64;
        article *p = realloc(v->arts, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        v->arts = p;
        v->cap_arts = cap;
    }
    fsc_status st = fsc__strmap_put(&v->ids, id, len, h, (uint32_t)v->n_arts);
    if (st != FSC_OK)
        return st;
    article *a = &v->arts[v->n_arts++];
    memset(a, 0, sizeof *a);
    a->id = id;
    *out = a;
    return FSC_OK;
}

static fsc_status category_of(fsc_validate *v, const char *name, int gold,
                              uint32_t *out)
{
    size_t len = strlen(name);
    uint32_t h = fsc__hash(name, len), idx;
    if (!fsc__strmap_get(&v->cats, name, len, h, &idx)) {
        idx = (uint32_t)v->cats.n;
        fsc_status st = fsc__strmap_put(&v->cats, name, len, h, idx);
        if (st == FSC_OK)
            st = u32_push(&v->cat_in_gold, 0);
        if (st == FSC_OK)
            st = u32_push(&v->cat_listed, 0);
        if (st != FSC_OK)
            return st;
    }
    if (gold)
        v->cat_in_gold.v[idx] = 1;
    *out = idx;
    return FSC_OK;
}

static fsc_status add_unique(u32vec *a, uint32_t x)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i] == x)
            return FSC_OK;
    return u32_push(a, x);
}

/* Rows and gold lines must be UTF-8: their strings reach every output.
   Nonzero (and `err` set, naming the line and byte) when s[0..n) is not. */
static int bad_utf8(const char *name, long line, const char *s, size_t n,
                    fsc_error *err)
{
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (fsc__utf8_valid(s, n, &bad, &bl, &bc))
        return 0;
    fsc__fail_at(err, FSC_EPARSE, name, line, bc, -1,
                 "invalid UTF-8 at byte %zu of the line", bad + 1);
    return 1;
}

/* Duplicate keys: the one rule of every reader of rows and records
   (jsondup.h): an object that names a key twice is refused. Nonzero (and
   `err` set) when o has one. */
static int dup_key(const char *name, long line, const cJSON *o, fsc_error *err)
{
    const char *k = o ? fsc__json_dup_key(o, 3) : NULL;
    if (!k)
        return 0;
    fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                 "duplicate key \"%s\" (a line that names a key twice is "
                 "refused, as compare, report and score refuse it)", k);
    return 1;
}

/* 1-based column (code points) of byte `off` of the line s[0..n). */
static long col_of(const char *s, size_t n, size_t off)
{
    long l = 0, c = 0;
    fsc__text_linecol(s, n, off < n ? off : n, &l, &c);
    return c > 0 ? c : 1;
}

/* Parse one line; on bad JSON set err (file, line, column of the fault)
   and return NULL. */
static cJSON *parse_line(const char *name, long line, const char *s, size_t n,
                         fsc_error *err)
{
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(s, n, &end, 0);
    if (o)
        return o;
    size_t off = end && end >= s && end <= s + n ? (size_t)(end - s) : 0;
    fsc__fail_at(err, FSC_EPARSE, name, line, col_of(s, n, off), -1,
                 "bad JSON at column %ld", col_of(s, n, off));
    return NULL;
}

/* Column of member `key` of the line's object (of the object when it has
   none). */
static long key_col(const char *s, size_t n, const char *key)
{
    fsc__jpstep step = { key, 0 };
    size_t off = 0;
    fsc__jsonpos_find(s, n, &step, 1, 0, &off);
    return col_of(s, n, off);
}

fsc_status fsc_validate_add_gold(fsc_validate *v, const char *name,
                                 const char *data, size_t len, fsc_error *err)
{
    if (v->ran)
        return fsc__fail(err, FSC_EINVAL, "validation already run");
    lines it = { data, data + len, 0 };
    const char *s;
    size_t n;
    fsc_status st = FSC_OK;
    while (st == FSC_OK && next_line(&it, &s, &n)) {
        if (bad_utf8(name, it.line, s, n, err))
            return FSC_EPARSE;
        cJSON *o = parse_line(name, it.line, s, n, err);
        if (!o)
            return FSC_EPARSE;
        if (dup_key(name, it.line, o, err)) {
            cJSON_Delete(o);
            return FSC_EPARSE;
        }
        const cJSON *cats = cJSON_GetObjectItemCaseSensitive(o, "categories");
        int oom = 0;
        const char *id = cJSON_IsObject(o) ? id_of(o, &v->arena, &oom) : NULL;
        if (!cJSON_IsObject(o) || !id || !cJSON_IsArray(cats)) {
            int was_oom = cJSON_IsObject(o) && oom;
            /* Point at what is wrong: the id, else the categories. */
            const char *what = !cJSON_IsObject(o) ? NULL
                               : !id              ? "id"
                                                  : "categories";
            long col = what ? key_col(s, n, what) : col_of(s, n, 0);
            cJSON_Delete(o);
            if (was_oom)
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            return fsc__fail_at(err, FSC_EPARSE, name, it.line, col, -1,
                                "not a gold record {\"id\": ..., "
                                "\"categories\": [...]}: %s",
                                !what ? "not an object"
                                : !id ? "\"id\" missing or not a string or "
                                        "number"
                                      : "\"categories\" missing or not an "
                                        "array");
        }
        article *a = NULL;
        st = article_of(v, id, &a);
        if (st == FSC_OK && a->in_gold) {
            cJSON_Delete(o);
            return fsc__fail_at(err, FSC_EPARSE, name, it.line, 0, -1,
                                "duplicate id \"%s\"", id);
        }
        if (st == FSC_OK)
            a->in_gold = 1;
        const cJSON *c;
        size_t ci_at = 0;
        cJSON_ArrayForEach(c, cats)
        {
            if (st != FSC_OK)
                break;
            if (!cJSON_IsString(c) || !c->valuestring[0]) {
                cJSON_Delete(o);
                fsc__jpstep path[2] = { { "categories", 0 },
                                        { NULL, ci_at } };
                size_t off = 0;
                fsc__jsonpos_find(s, n, path, 2, 0, &off);
                return fsc__fail_at(err, FSC_EPARSE, name, it.line,
                                    col_of(s, n, off), -1,
                                    "\"categories\" must hold category "
                                    "names (strings)");
            }
            uint32_t ci;
            st = category_of(v, c->valuestring, 1, &ci);
            if (st == FSC_OK)
                st = add_unique(&a->gold, ci);
            ci_at++;
        }
        cJSON_Delete(o);
        if (st == FSC_OK)
            v->n_gold++;
    }
    return st == FSC_OK ? FSC_OK : fsc__fail(err, st, "%s", fsc_strerror(st));
}

fsc_status fsc_validate_add_rows(fsc_validate *v, const char *name,
                                 const char *data, size_t len, fsc_error *err)
{
    if (v->ran)
        return fsc__fail(err, FSC_EINVAL, "validation already run");
    lines it = { data, data + len, 0 };
    const char *s;
    size_t n;
    fsc_status st = FSC_OK;
    while (st == FSC_OK && next_line(&it, &s, &n)) {
        if (bad_utf8(name, it.line, s, n, err))
            return FSC_EPARSE;
        cJSON *o = parse_line(name, it.line, s, n, err);
        if (!o)
            return FSC_EPARSE;
        if (dup_key(name, it.line, o, err)) {
            cJSON_Delete(o);
            return FSC_EPARSE;
        }
        const cJSON *fs = cJSON_GetObjectItemCaseSensitive(o, "framescope");
        int oom = 0;
        const char *id = cJSON_IsObject(fs) ? id_of(o, &v->arena, &oom) : NULL;
        if (!cJSON_IsObject(fs) || !id) {
            long col = !cJSON_IsObject(o)  ? col_of(s, n, 0)
                       : !cJSON_IsObject(fs) ? key_col(s, n, "framescope")
                                             : key_col(s, n, "id");
            cJSON_Delete(o);
            if (oom)
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            return fsc__fail_at(err, FSC_EPARSE, name, it.line, col, -1,
                                "not a score row (JSON with \"id\" and "
                                "\"framescope\"; score the corpus first)");
        }
        v->n_rows++;
        const cJSON *status = cJSON_GetObjectItemCaseSensitive(fs, "status");
        article *a = NULL;
        st = article_of(v, id, &a);
        if (st == FSC_OK && (a->in_rows || a->row_skipped)) {
            cJSON_Delete(o);
            return fsc__fail_at(err, FSC_EPARSE, name, it.line, 0, -1,
                                "duplicate id \"%s\"", id);
        }
        if (st == FSC_OK && cJSON_IsString(status) &&
            strcmp(status->valuestring, "skipped") == 0) {
            a->row_skipped = 1;
            v->n_unscored++;
            cJSON_Delete(o);
            continue;
        }
        if (st == FSC_OK)
            a->in_rows = 1;
        const cJSON *cats = cJSON_GetObjectItemCaseSensitive(fs, "categories");
        const cJSON *c;
        cJSON_ArrayForEach(c, cats)
        {
            if (st != FSC_OK || !c->string)
                break;
            const cJSON *cnt = cJSON_GetObjectItemCaseSensitive(c, "count");
            if (cJSON_IsNumber(cnt) && !(cnt->valuedouble > 0))
                continue;
            uint32_t ci;
            st = category_of(v, c->string, 0, &ci);
            if (st == FSC_OK)
                st = add_unique(&a->pred, ci);
        }
        cJSON_Delete(o);
    }
    return st == FSC_OK ? FSC_OK : fsc__fail(err, st, "%s", fsc_strerror(st));
}

/* Prefix of a category before ':' (the lexicon), as a length. */
static size_t lexicon_len(const char *cat)
{
    const char *c = strchr(cat, ':');
    return c ? (size_t)(c - cat) : strlen(cat);
}

typedef struct catref {
    const char *name;
    uint32_t idx;
} catref;

static int cmp_catref(const void *a, const void *b)
{
    return strcmp(((const catref *)a)->name, ((const catref *)b)->name);
}

/* The five statistics of predicted p[] vs gold g[] over n articles.
 * kd: scratch of 2 n ints. */
static fsc_status five(const int *p, const int *g, size_t n, int *kd,
                       size_t counts[4], double val[N_METRICS],
                       const char *why[N_METRICS], fsc_error *err)
{
    size_t tp = 0, fp = 0, fn = 0, tn = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] && g[i])
            tp++;
        else if (p[i])
            fp++;
        else if (g[i])
            fn++;
        else
            tn++;
    }
    if (counts) {
        counts[0] = tp;
        counts[1] = fp;
        counts[2] = fn;
        counts[3] = tn;
    }
    fsc_prf prf;
    fsc_stats_prf(tp, fp, fn, &prf);
    val[0] = prf.precision;
    val[1] = prf.recall;
    val[2] = prf.f1;
    why[0] = isnan(prf.precision) ? "framescope found it in no article" : NULL;
    why[1] = isnan(prf.recall) ? "the coder assigned it to no article" : NULL;
    why[2] = isnan(prf.f1) ? "neither framescope nor the coder found it" : NULL;
    fsc_kappa k;
    fsc_status st = fsc_stats_kappa(p, g, n, &k, err);
    if (st != FSC_OK)
        return st;
    val[3] = k.kappa;
    why[3] = k.reason;
    memcpy(kd, p, n * sizeof *kd);
    memcpy(kd + n, g, n * sizeof *kd);
    fsc_kalpha ka;
    st = fsc_stats_kalpha_nominal(kd, 2, n, &ka, err);
    if (st != FSC_OK)
        return st;
    val[4] = ka.alpha;
    why[4] = ka.reason;
    if (n == 0)
        for (int m = 0; m < N_METRICS; m++)
            why[m] = "no article is in both the gold file and the rows";
    return FSC_OK;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* R type 7 quantile of sorted m[0..n), n > 0. */
static double quantile7(const double *m, size_t n, double prob)
{
    double h = (double)(n - 1) * prob;
    size_t lo = (size_t)floor(h);
    if (lo + 1 >= n)
        return m[n - 1];
    return m[lo] + (h - (double)lo) * (m[lo + 1] - m[lo]);
}

/* Fill st's CI from the B resample values (NAN = undefined), in place. */
static void set_ci(fsc_vstat *st, double *vals, size_t B, double level,
                   size_t n_articles)
{
    st->lo = st->hi = NAN;
    st->boot_used = 0;
    if (B == 0) {
        if (!st->reason)
            st->reason = "no bootstrap resamples asked for";
        return;
    }
    if (n_articles < 2) {
        if (!st->reason)
            st->reason = "fewer than 2 articles: no bootstrap CI";
        return;
    }
    size_t k = 0;
    for (size_t b = 0; b < B; b++)
        if (!isnan(vals[b]))
            vals[k++] = vals[b];
    st->boot_used = k;
    if (k == 0) {
        if (!st->reason)
            st->reason = "undefined in every bootstrap resample";
        return;
    }
    fsc__qsort(vals, k, sizeof *vals, cmp_double);
    st->lo = quantile7(vals, k, (1.0 - level) / 2.0);
    st->hi = quantile7(vals, k, (1.0 + level) / 2.0);
}

static void set_stat(fsc_vstat *s, double v, const char *why)
{
    s->value = v;
    s->reason = isnan(v) ? why : NULL;
    s->lo = s->hi = NAN;
    s->boot_used = 0;
}

static fsc_vstat *stat_of(fsc_validate_row *r, int m)
{
    switch (m) {
    case 0:
        return &r->precision;
    case 1:
        return &r->recall;
    case 2:
        return &r->f1;
    case 3:
        return &r->kappa;
    default:
        return &r->alpha;
    }
}

/* Macro: mean of the defined values. */
static double macro_of(const double *v, size_t n, size_t stride)
{
    double s = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!isnan(v[i * stride])) {
            s += v[i * stride];
            k++;
        }
    return k ? s / (double)k : NAN;
}

/* Every statistic (per category, micro, macro) on the articles sel[0..n)
 * into val[(row * N_METRICS + m)], rows = C categories then micro, macro. */
typedef struct work {
    int *p, *g, *kd;
    double *val;
    const char **why;
} work;

static fsc_status all_stats(const uint8_t *P, const uint8_t *G, size_t C,
                            const size_t *sel, size_t n, work *w,
                            fsc_validate_row *rows, fsc_error *err)
{
    for (size_t c = 0; c < C; c++)
        for (size_t i = 0; i < n; i++) {
            w->p[c * n + i] = P[sel[i] * C + c];
            w->g[c * n + i] = G[sel[i] * C + c];
        }
    size_t counts[4];
    for (size_t c = 0; c < C; c++) {
        fsc_status st =
            five(w->p + c * n, w->g + c * n, n, w->kd, counts,
                 w->val + c * N_METRICS, w->why + c * N_METRICS, err);
        if (st != FSC_OK)
            return st;
        if (rows) {
            rows[c].tp = counts[0];
            rows[c].fp = counts[1];
            rows[c].fn = counts[2];
            rows[c].tn = counts[3];
        }
    }
    fsc_status st = five(w->p, w->g, n * C, w->kd, counts,
                         w->val + C * N_METRICS, w->why + C * N_METRICS, err);
    if (st != FSC_OK)
        return st;
    if (rows) {
        rows[C].tp = rows[C + 1].tp = counts[0];
        rows[C].fp = rows[C + 1].fp = counts[1];
        rows[C].fn = rows[C + 1].fn = counts[2];
        rows[C].tn = rows[C + 1].tn = counts[3];
    }
    if (C == 0)
        for (int m = 0; m < N_METRICS; m++)
            w->why[C * N_METRICS + (size_t)m] = "no category to evaluate";
    for (int m = 0; m < N_METRICS; m++) {
        double mv = macro_of(w->val + m, C, N_METRICS);
        w->val[(C + 1) * N_METRICS + (size_t)m] = mv;
        w->why[(C + 1) * N_METRICS + (size_t)m] =
            isnan(mv) ? "undefined for every category" : NULL;
    }
    return FSC_OK;
}

fsc_status fsc_validate_run(fsc_validate *v, fsc_error *err)
{
    if (v->ran)
        return fsc__fail(err, FSC_EINVAL, "validation already run");
    v->ran = 1;
    fsc_status st = FSC_OK;
    catref *refs = NULL;
    uint32_t *col = NULL;
    uint8_t *P = NULL, *G = NULL;
    size_t *sel = NULL, *joined = NULL;
    double *boot = NULL;
    work w = { 0 };

    /* Categories evaluated: gold ones, and found ones of a gold lexicon. */
    size_t n_all = v->cats.n, C = 0;
    refs = malloc((n_all ? n_all : 1) * sizeof *refs);
    col = malloc((n_all ? n_all : 1) * sizeof *col);
    if (!refs || !col)
        goto oom;
    for (size_t i = 0; i < n_all; i++) {
        const char *name = v->cats.ents[i].key;
        int listed = v->opts.n_categories > 0;
        int keep = listed ? v->cat_listed.v[v->cats.ents[i].val] != 0
                          : v->cat_in_gold.v[v->cats.ents[i].val] != 0;
        size_t ll = lexicon_len(name);
        for (size_t j = 0; !keep && !listed && j < n_all; j++) {
            const char *o = v->cats.ents[j].key;
            keep = v->cat_in_gold.v[v->cats.ents[j].val] &&
                   lexicon_len(o) == ll && memcmp(o, name, ll) == 0;
        }
        if (keep) {
            refs[C].name = name;
            refs[C].idx = v->cats.ents[i].val;
            C++;
        }
    }
    fsc__qsort(refs, C, sizeof *refs, cmp_catref);
    for (size_t i = 0; i < n_all; i++)
        col[i] = UINT32_MAX;
    for (size_t c = 0; c < C; c++)
        col[refs[c].idx] = (uint32_t)c;

    /* Join. */
    size_t n = 0, n_mr = 0, n_mg = 0;
    joined = malloc((v->n_arts ? v->n_arts : 1) * sizeof *joined);
    v->missing_rows = malloc((v->n_arts ? v->n_arts : 1) * sizeof(char *));
    v->missing_gold = malloc((v->n_arts ? v->n_arts : 1) * sizeof(char *));
    if (!joined || !v->missing_rows || !v->missing_gold)
        goto oom;
    for (size_t i = 0; i < v->n_arts; i++) {
        const article *a = &v->arts[i];
        if (a->in_gold && a->in_rows)
            joined[n++] = i;
        else if (a->in_gold)
            v->missing_rows[n_mr++] = a->id;
    }
    /* Row order for ids missing from the gold file: articles were created
     * in the order first seen; gold is usually read first, so keep that. */
    for (size_t i = 0; i < v->n_arts; i++)
        if (v->arts[i].in_rows && !v->arts[i].in_gold)
            v->missing_gold[n_mg++] = v->arts[i].id;

    size_t cells = (n ? n : 1) * (C ? C : 1);
    P = calloc(cells, 1);
    G = calloc(cells, 1);
    sel = malloc((n ? n : 1) * sizeof *sel);
    w.p = malloc(cells * sizeof *w.p);
    w.g = malloc(cells * sizeof *w.g);
    w.kd = malloc(2 * cells * sizeof *w.kd);
    w.val = malloc((C + 2) * N_METRICS * sizeof *w.val);
    w.why = malloc((C + 2) * N_METRICS * sizeof *w.why);
    v->rows = calloc(C + 2, sizeof *v->rows);
    if (!P || !G || !sel || !w.p || !w.g || !w.kd || !w.val || !w.why ||
        !v->rows)
        goto oom;
    for (size_t i = 0; i < n; i++) {
        const article *a = &v->arts[joined[i]];
        for (size_t k = 0; k < a->gold.n; k++)
            if (col[a->gold.v[k]] != UINT32_MAX)
                G[i * C + col[a->gold.v[k]]] = 1;
        for (size_t k = 0; k < a->pred.n; k++)
            if (col[a->pred.v[k]] != UINT32_MAX)
                P[i * C + col[a->pred.v[k]]] = 1;
        sel[i] = i;
    }

    st = all_stats(P, G, C, sel, n, &w, v->rows, err);
    if (st != FSC_OK)
        goto fail;
    for (size_t r = 0; r < C + 2; r++) {
        v->rows[r].category = r < C ? refs[r].name : r == C ? "micro" : "macro";
        for (int m = 0; m < N_METRICS; m++)
            set_stat(stat_of(&v->rows[r], m), w.val[r * N_METRICS + (size_t)m],
                     w.why[r * N_METRICS + (size_t)m]);
    }

    /* Bootstrap: resample the n articles B times; every statistic of a
     * resample is stored, and each CI is taken over the resamples where
     * that statistic is defined. */
    size_t B = n >= 2 ? v->opts.bootstrap : 0;
    if (B) {
        if (B > SIZE_MAX / ((C + 2) * N_METRICS * sizeof *boot))
            goto oom;
        boot = malloc(B * (C + 2) * N_METRICS * sizeof *boot);
        if (!boot)
            goto oom;
        uint64_t rng = v->opts.seed;
        for (size_t b = 0; b < B; b++) {
            for (size_t i = 0; i < n; i++)
                sel[i] = rng_below(&rng, n);
            st = all_stats(P, G, C, sel, n, &w, NULL, err);
            if (st != FSC_OK)
                goto fail;
            for (size_t k = 0; k < (C + 2) * N_METRICS; k++)
                boot[k * B + b] = w.val[k];
        }
    }
    for (size_t r = 0; r < C + 2; r++)
        for (int m = 0; m < N_METRICS; m++)
            set_ci(stat_of(&v->rows[r], m),
                   boot ? boot + (r * N_METRICS + (size_t)m) * B : NULL, B,
                   v->opts.level, n);

    fsc_validate_result *res = &v->res;
    res->opts = v->opts;
    res->n_gold = v->n_gold;
    res->n_rows = v->n_rows;
    res->n_joined = n;
    res->n_categories = C;
    res->rows = v->rows;
    res->micro = v->rows[C];
    res->macro = v->rows[C + 1];
    res->n_missing_in_rows = n_mr;
    res->missing_in_rows = v->missing_rows;
    res->n_missing_in_gold = n_mg;
    res->missing_in_gold = v->missing_gold;
    res->n_unscored = v->n_unscored;
    goto done;
oom:
    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
fail:
    free(v->rows);
    v->rows = NULL;
done:
    free(refs);
    free(col);
    free(P);
    free(G);
    free(sel);
    free(joined);
    free(boot);
    free(w.p);
    free(w.g);
    free(w.kd);
    free(w.val);
    free(w.why);
    return st;
}

const fsc_validate_result *fsc_validate_result_get(const fsc_validate *v)
{
    return v->ran && v->rows ? &v->res : NULL;
}

/* ------------------------------------------------------------------ */
/* Audit: sampling                                                      */
/* ------------------------------------------------------------------ */

/* A framing match that may be drawn. Its context is cut from the row's text
 * as the row is read, or, when the row has none, from the corpus after the
 * draw (from_corpus; surface then checks that the corpus is the one that
 * was scored). */
typedef struct cand {
    char *id, *term, *cats, *voice;  /* malloc'ed */
    char *surface;                   /* malloc'ed when from_corpus */
    char *left, *match, *right;      /* malloc'ed once cut */
    char *drop;                      /* malloc'ed: why it was left out */
    size_t start, end, order;
    int from_corpus;
} cand;

static void cand_free(cand *c)
{
    free(c->id);
    free(c->term);
    free(c->cats);
    free(c->voice);
    free(c->surface);
    free(c->left);
    free(c->match);
    free(c->right);
    free(c->drop);
}

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    int c = strcmp(x->term, y->term);
    if (c)
        return c;
    return (x->order > y->order) - (x->order < y->order);
}

/* Copy s[0..n) with control characters shown as spaces. */
static char *kwic_dup(const char *s, size_t n)
{
    char *d = fsc__strndup(s, n);
    for (size_t i = 0; d && i < n; i++)
        if ((unsigned char)d[i] < 0x20 || d[i] == 0x7f)
            d[i] = ' ';
    return d;
}

static int is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* 1 when [s, e) of t[0..tl) (e <= tl) starts and ends on code points. */
static int on_boundaries(const char *t, size_t tl, size_t s, size_t e)
{
    return !((s < tl && is_cont((unsigned char)t[s])) ||
             (e < tl && is_cont((unsigned char)t[e])));
}

/* The KWIC cut of k's span [start, end) in t[0..tl): ctx bytes each side,
 * shortened so that no UTF-8 sequence is split. The one code path for row
 * texts and corpus texts, so that both give the same bytes. The caller has
 * checked end <= tl and on_boundaries(). */
static fsc_status cut_context(cand *k, const char *t, size_t tl, size_t ctx)
{
    size_t s = k->start, e = k->end;
    size_t ls = s > ctx ? s - ctx : 0;
    while (ls < s && is_cont((unsigned char)t[ls]))
        ls++;
    size_t re = tl - e > ctx ? e + ctx : tl;
    while (re > e && re < tl && is_cont((unsigned char)t[re]))
        re--;
    k->left = kwic_dup(t + ls, s - ls);
    k->match = kwic_dup(t + s, e - s);
    k->right = kwic_dup(t + e, re - e);
    return k->left && k->match && k->right ? FSC_OK : FSC_ENOMEM;
}

static fsc_status add_cands(const cJSON *o, const char *id, cand **cs,
                            size_t *n, size_t *cap, size_t ctx,
                            int have_corpus, const char *name, long line,
                            fsc_error *err)
{
    const cJSON *fs = cJSON_GetObjectItemCaseSensitive(o, "framescope");
    const cJSON *ms = cJSON_GetObjectItemCaseSensitive(fs, "matches");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
    const cJSON *m;
    cJSON_ArrayForEach(m, ms)
    {
        const cJSON *layer = cJSON_GetObjectItemCaseSensitive(m, "layer");
        if (cJSON_IsString(layer) && strcmp(layer->valuestring, "framing"))
            continue;
        int has_text = cJSON_IsString(text);
        if (!has_text && !have_corpus)
            return fsc__fail_at(err, FSC_EINVAL, name, line, 0, -1,
                                "row \"%s\" has matches but no \"text\": "
                                "score with --keep-text, or give the corpus",
                                id);
        const char *t = has_text ? text->valuestring : NULL;
        size_t tl = has_text ? strlen(t) : 0;
        /* Without text the span is checked against the corpus later. */
        double lim = has_text ? (double)tl : 9e15;
        const cJSON *term = cJSON_GetObjectItemCaseSensitive(m, "term");
        const cJSON *js = cJSON_GetObjectItemCaseSensitive(m, "start");
        const cJSON *je = cJSON_GetObjectItemCaseSensitive(m, "end");
        const cJSON *sf = cJSON_GetObjectItemCaseSensitive(m, "surface");
        if (!cJSON_IsString(term) || !cJSON_IsNumber(js) ||
            !cJSON_IsNumber(je) || js->valuedouble < 0 ||
            je->valuedouble < js->valuedouble || je->valuedouble > lim)
            return fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                                "row \"%s\": a match without term or with "
                                "offsets outside the text",
                                id);
        if (!has_text && !cJSON_IsString(sf))
            return fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                                "row \"%s\": a match without \"surface\" "
                                "(needed to check the corpus)",
                                id);
        size_t s = (size_t)js->valuedouble, e = (size_t)je->valuedouble;
        if (has_text && !on_boundaries(t, tl, s, e))
            return fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                                "row \"%s\": match offsets are not on "
                                "character boundaries",
                                id);
        fsc_buf cb;
        fsc__buf_init(&cb, FSC_BUF_DEFAULT_CAP);
        const cJSON *cats = cJSON_GetObjectItemCaseSensitive(m, "categories");
        const cJSON *c;
        fsc_status st = FSC_OK;
        cJSON_ArrayForEach(c, cats)
        {
            if (st == FSC_OK && cJSON_IsString(c)) {
                if (cb.len)
                    st = fsc__buf_addc(&cb, ';');
                if (st == FSC_OK)
                    st = fsc__buf_adds(&cb, c->valuestring);
            }
        }
        const cJSON *voice = cJSON_GetObjectItemCaseSensitive(m, "voice");
        if (*n == *cap) {
            size_t nc = *cap ? 2 * *cap : 64;
            cand *p = realloc(*cs, nc * sizeof *p);
            if (!p) {
                fsc__buf_free(&cb);
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            }
            *cs = p;
            *cap = nc;
        }
        cand *k = &(*cs)[*n];
        memset(k, 0, sizeof *k);
        k->order = *n;
        k->start = s;
        k->end = e;
        k->from_corpus = !has_text;
        k->id = fsc__strdup(id);
        k->term = fsc__strdup(term->valuestring);
        k->cats = fsc__strdup(cb.data ? cb.data : "");
        k->voice = fsc__strdup(cJSON_IsString(voice) ? voice->valuestring : "");
        int ok = k->id && k->term && k->cats && k->voice;
        if (ok && has_text)
            ok = cut_context(k, t, tl, ctx) == FSC_OK;
        else if (ok)
            ok = (k->surface = fsc__strdup(sf->valuestring)) != NULL;
        fsc__buf_free(&cb);
        (*n)++;
        if (st != FSC_OK || !ok)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    return FSC_OK;
}

/* One audit CSV line: every cell is text (guarded against formulas). */
static fsc_status csv_line(fsc_buf *b, const char *const *f, size_t n)
{
    fsc_status st = FSC_OK;
    for (size_t i = 0; st == FSC_OK && i < n; i++) {
        if (i)
            st = fsc__buf_addc(b, ',');
        if (st == FSC_OK)
            st = fsc__csv_text_field(b, f[i], strlen(f[i]));
    }
    return st == FSC_OK ? fsc__buf_add(b, "\r\n", 2) : st;
}

/* The result, with the storage of its strings and arrays. */
typedef struct sampled {
    fsc_audit_sampled pub; /* first: the public pointer is this one */
    fsc_arena arena;       /* strings of dropped and duplicates */
    fsc_audit_drop *drops;
    fsc_audit_dup *dups;
    size_t cap_drops, cap_dups;
} sampled;

void fsc_audit_sampled_free(fsc_audit_sampled *s)
{
    if (!s)
        return;
    sampled *x = (sampled *)s;
    fsc_free(x->pub.csv);
    free(x->drops);
    free(x->dups);
    fsc__arena_free(&x->arena);
    free(x);
}

static char *arena_str(fsc_arena *a, const char *s)
{
    return fsc__arena_strndup(a, s, strlen(s));
}

static fsc_status add_dup(sampled *r, const char *id, const char *first,
                          const char *again)
{
    if (r->pub.n_duplicates == r->cap_dups) {
        size_t nc = r->cap_dups ? 2 * r->cap_dups : 8;
        fsc_audit_dup *p = realloc(r->dups, nc * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        r->dups = p;
        r->cap_dups = nc;
    }
    fsc_audit_dup *d = &r->dups[r->pub.n_duplicates];
    d->id = arena_str(&r->arena, id);
    d->first = arena_str(&r->arena, first);
    d->again = arena_str(&r->arena, again);
    if (!d->id || !d->first || !d->again)
        return FSC_ENOMEM;
    r->pub.n_duplicates++;
    return FSC_OK;
}

static fsc_status add_drop(sampled *r, const cand *k)
{
    if (r->pub.n_dropped == r->cap_drops) {
        size_t nc = r->cap_drops ? 2 * r->cap_drops : 8;
        fsc_audit_drop *p = realloc(r->drops, nc * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        r->drops = p;
        r->cap_drops = nc;
    }
    fsc_audit_drop *d = &r->drops[r->pub.n_dropped];
    d->id = arena_str(&r->arena, k->id);
    d->term = arena_str(&r->arena, k->term);
    d->reason = arena_str(&r->arena, k->drop);
    d->start = k->start;
    d->end = k->end;
    if (!d->id || !d->term || !d->reason)
        return FSC_ENOMEM;
    r->pub.n_dropped++;
    return FSC_OK;
}

/* An id the sample needs from the corpus: its drawn matches, and where the
 * first record with that id was found ("" until then). */
typedef struct need {
    u32vec cands;
    char *first; /* malloc'ed "SOURCE:LINE" */
} need;

/* "SOURCE:LINE" of a record, malloc'ed. */
static char *where_of(const fsc_record *rec)
{
    const char *src = fsc_record_source(rec);
    long line = fsc_record_line(rec);
    int n = snprintf(NULL, 0, "%s:%ld", src, line);
    char *s = n < 0 ? NULL : malloc((size_t)n + 1);
    if (s)
        snprintf(s, (size_t)n + 1, "%s:%ld", src, line);
    return s;
}

/* Set k's drop reason (printf-style); FSC_ENOMEM when out of memory. */
static fsc_status set_drop(cand *k, const char *fmt, ...) FSC__PRINTF(2, 3);
static fsc_status set_drop(cand *k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return FSC_ENOMEM;
    k->drop = malloc((size_t)n + 1);
    if (!k->drop)
        return FSC_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(k->drop, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return FSC_OK;
}

/* Place one drawn match in the text of its corpus record (at `where`). */
static fsc_status place(cand *k, const char *t, size_t tl, const char *where,
                        size_t ctx)
{
    size_t sl = strlen(k->surface);
    if (k->end > tl)
        return set_drop(k,
                        "the corpus text (%s) has %zu bytes, the match ends "
                        "at byte %zu",
                        where, tl, k->end);
    if (sl != k->end - k->start || memcmp(t + k->start, k->surface, sl) != 0)
        return set_drop(k,
                        "the corpus text (%s) at bytes %zu-%zu differs from "
                        "the match's surface: not the corpus that was scored",
                        where, k->start, k->end);
    if (!on_boundaries(t, tl, k->start, k->end))
        return set_drop(k,
                        "the corpus text (%s) at bytes %zu-%zu is not on "
                        "character boundaries",
                        where, k->start, k->end);
    return cut_context(k, t, tl, ctx);
}

/* Read the corpus once; cut the contexts of the drawn matches that need it
 * (pick[i] && cs[i].from_corpus), or give them a drop reason. Only those
 * contexts are kept: each record is freed before the next is read. */
static fsc_status from_corpus(cand *cs, size_t n, const unsigned char *pick,
                              const fsc_audit_opts *o, sampled *res,
                              fsc_error *err)
{
    fsc__strmap ids;
    fsc__strmap_init(&ids);
    need *needs = NULL;
    size_t n_needs = 0, cap_needs = 0;
    fsc_reader *rd = NULL;
    fsc_record *rec = NULL;
    char *other_skip = NULL; /* the first skipped record of no needed id */
    size_t n_other_skips = 0;
    fsc_status st = FSC_OK;
    if (n > UINT32_MAX) {
        st = fsc__fail(err, FSC_ELIMIT, "too many matches to sample");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if (!pick[i] || !cs[i].from_corpus)
            continue;
        size_t il = strlen(cs[i].id);
        uint32_t h = fsc__hash(cs[i].id, il), slot;
        if (!fsc__strmap_get(&ids, cs[i].id, il, h, &slot)) {
            if (n_needs == cap_needs) {
                size_t nc = cap_needs ? 2 * cap_needs : 16;
                need *p = realloc(needs, nc * sizeof *p);
                if (!p) {
                    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                    goto done;
                }
                needs = p;
                cap_needs = nc;
            }
            slot = (uint32_t)n_needs;
            memset(&needs[n_needs++], 0, sizeof *needs);
            if ((st = fsc__strmap_put(&ids, cs[i].id, il, h, slot)) !=
                FSC_OK) {
                st = fsc__fail(err, st, "%s", fsc_strerror(st));
                goto done;
            }
        }
        if ((st = u32_push(&needs[slot].cands, (uint32_t)i)) != FSC_OK) {
            st = fsc__fail(err, st, "out of memory");
            goto done;
        }
    }
    if (n_needs == 0)
        goto done;
    if ((st = fsc_reader_open(o->corpus, o->n_corpus, &o->reader, &rd, err)) !=
        FSC_OK)
        goto done;
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        if ((st = fsc_reader_next(rd, &raw, &eof, err)) != FSC_OK)
            goto done;
        if (eof)
            break;
        if ((st = fsc_record_parse(&raw, &rec, err)) != FSC_OK)
            goto done;
        const char *id = fsc_record_field(rec, "id");
        size_t il = strlen(id);
        uint32_t slot;
        if (fsc__strmap_get(&ids, id, il, fsc__hash(id, il), &slot)) {
            need *nd = &needs[slot];
            char *where = where_of(rec);
            if (!where) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
            if (nd->first) {
                st = add_dup(res, id, nd->first, where);
                free(where);
            } else {
                nd->first = where;
                size_t tl = 0;
                const char *t = fsc_record_text(rec, &tl);
                for (size_t j = 0; st == FSC_OK && j < nd->cands.n; j++) {
                    cand *k = &cs[nd->cands.v[j]];
                    if (fsc_record_skipped(rec))
                        st = set_drop(k, "its corpus record was skipped: %s",
                                      fsc_record_skip_reason(rec));
                    else
                        st = place(k, t, tl, where, o->context);
                }
            }
            if (st != FSC_OK) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
        } else if (fsc_record_skipped(rec) && n_other_skips++ == 0 &&
                   !(other_skip = fsc__strdup(fsc_record_skip_reason(rec)))) {
            st = fsc__fail(err, FSC_ENOMEM, "out of memory");
            goto done;
        }
        fsc_record_free(rec);
        rec = NULL;
    }
    /* A record skipped before its id could be read (too long, bad JSON)
     * has the default id: say so, since it may be the missing one. */
    for (size_t s = 0; s < n_needs; s++) {
        for (size_t j = 0; !needs[s].first && j < needs[s].cands.n; j++) {
            cand *k = &cs[needs[s].cands.v[j]];
            fsc_status ds =
                n_other_skips
                    ? set_drop(k,
                               "its id is not in the corpus (%zu corpus "
                               "records were skipped and may hold it; the "
                               "first: %s)",
                               n_other_skips, other_skip)
                    : set_drop(k, "its id is not in the corpus");
            if (ds != FSC_OK) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
        }
    }
done:
    free(other_skip);
    fsc_record_free(rec);
    fsc_reader_free(rd);
    for (size_t s = 0; s < n_needs; s++) {
        free(needs[s].cands.v);
        free(needs[s].first);
    }
    free(needs);
    fsc__strmap_free(&ids);
    return st;
}

fsc_status fsc_audit_draw(const char *name, const char *data, size_t len,
                          const fsc_audit_opts *opts, fsc_audit_sampled **out,
                          fsc_error *err)
{
    *out = NULL;
    fsc_audit_opts o;
    if (opts)
        o = *opts;
    else
        fsc_audit_opts_init(&o);
    cand *cs = NULL;
    size_t n = 0, cap = 0;
    fsc_status st = FSC_OK;
    fsc_arena ids;
    fsc__arena_init(&ids, 1 << 12);
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    unsigned char *pick = NULL;
    size_t *perm = NULL;
    sampled *res = calloc(1, sizeof *res);
    if (!res) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto done;
    }
    fsc__arena_init(&res->arena, 1 << 12);

    lines it = { data, data + len, 0 };
    const char *s;
    size_t ln;
    while (st == FSC_OK && next_line(&it, &s, &ln)) {
        if (bad_utf8(name, it.line, s, ln, err)) {
            st = FSC_EPARSE;
            break;
        }
        cJSON *row = parse_line(name, it.line, s, ln, err);
        if (!row) {
            st = FSC_EPARSE;
            break;
        }
        if (dup_key(name, it.line, row, err)) {
            cJSON_Delete(row);
            st = FSC_EPARSE;
            break;
        }
        const cJSON *fs = cJSON_GetObjectItemCaseSensitive(row, "framescope");
        int oom = 0;
        const char *id = cJSON_IsObject(fs) ? id_of(row, &ids, &oom) : NULL;
        if (!id) {
            long col = !cJSON_IsObject(row) ? col_of(s, ln, 0)
                       : !cJSON_IsObject(fs) ? key_col(s, ln, "framescope")
                                             : key_col(s, ln, "id");
            cJSON_Delete(row);
            st = oom ? fsc__fail(err, FSC_ENOMEM, "out of memory")
                     : fsc__fail_at(err, FSC_EPARSE, name, it.line, col, -1,
                                    "not a score row (JSON with \"id\" and "
                                    "\"framescope\")");
            break;
        }
        st = add_cands(row, id, &cs, &n, &cap, o.context, o.n_corpus > 0,
                       name, it.line, err);
        cJSON_Delete(row);
    }
    if (st != FSC_OK)
        goto done;

    fsc__qsort(cs, n, sizeof *cs, cmp_cand);
    pick = calloc(n ? n : 1, 1);
    perm = malloc((n ? n : 1) * sizeof *perm);
    if (!pick || !perm) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto done;
    }
    /* One stream, terms in byte order: per term, a partial Fisher-Yates
     * shuffle of its k matches picks min(k, per_term) of them. The draw
     * depends on the rows only, never on where the contexts come from. */
    uint64_t rng = o.seed;
    size_t total = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(cs[j].term, cs[i].term) == 0)
            j++;
        size_t k = j - i, take = k < o.per_term ? k : o.per_term;
        for (size_t q = 0; q < k; q++)
            perm[q] = i + q;
        for (size_t q = 0; q < take; q++) {
            size_t r = q + rng_below(&rng, k - q);
            size_t tmp = perm[q];
            perm[q] = perm[r];
            perm[r] = tmp;
            pick[perm[q]] = 1;
        }
        total += take;
        i = j;
    }
    if ((st = from_corpus(cs, n, pick, &o, res, err)) != FSC_OK)
        goto done;
    static const char *const head[] = {
        "id", "term", "category", "voice", "left", "match", "right", "correct"
    };
    st = csv_line(&b, head, 8);
    for (size_t i = 0; st == FSC_OK && i < n; i++) {
        if (!pick[i])
            continue;
        if (cs[i].drop) {
            st = add_drop(res, &cs[i]);
            continue;
        }
        const char *f[8] = { cs[i].id,   cs[i].term,  cs[i].cats,  cs[i].voice,
                             cs[i].left, cs[i].match, cs[i].right, "" };
        st = csv_line(&b, f, 8);
        res->pub.n_written++;
        res->pub.n_from_corpus += (size_t)cs[i].from_corpus;
    }
    if (st == FSC_OK)
        st = fsc__buf_take(&b, &res->pub.csv, &res->pub.csv_len);
    if (st != FSC_OK) {
        st = fsc__fail(err, st, "%s", fsc_strerror(st));
        goto done;
    }
    res->pub.n_sampled = total;
    res->pub.dropped = res->drops;
    res->pub.duplicates = res->dups;
    *out = &res->pub;
    res = NULL;
done:
    for (size_t i = 0; i < n; i++)
        cand_free(&cs[i]);
    free(cs);
    free(pick);
    free(perm);
    fsc__buf_free(&b);
    fsc__arena_free(&ids);
    fsc_audit_sampled_free(res ? &res->pub : NULL);
    return st;
}

fsc_status fsc_audit_sample(const char *name, const char *data, size_t len,
                            const fsc_audit_opts *opts, char **csv,
                            size_t *csv_len, size_t *n_sampled, fsc_error *err)
{
    *csv = NULL;
    if (csv_len)
        *csv_len = 0;
    if (n_sampled)
        *n_sampled = 0;
    fsc_audit_sampled *r = NULL;
    fsc_status st = fsc_audit_draw(name, data, len, opts, &r, err);
    if (st != FSC_OK)
        return st;
    if (r->n_dropped) {
        st = fsc__fail(err, FSC_EINVAL,
                       "%zu sampled matches left out; the first, row \"%s\": "
                       "%s",
                       r->n_dropped, r->dropped[0].id, r->dropped[0].reason);
        fsc_audit_sampled_free(r);
        return st;
    }
    *csv = r->csv;
    if (csv_len)
        *csv_len = r->csv_len;
    if (n_sampled)
        *n_sampled = r->n_written;
    r->csv = NULL;
    fsc_audit_sampled_free(r);
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Audit: reading the coded CSV                                         */
/* ------------------------------------------------------------------ */

typedef struct csvrec {
    char **f;
    size_t n, cap;
} csvrec;

static void csvrec_clear(csvrec *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->f[i]);
    r->n = 0;
}

static fsc_status csvrec_add(csvrec *r, fsc_buf *b)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 16;
        char **p = realloc(r->f, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        r->f = p;
        r->cap = cap;
    }
    char *s = fsc__strndup(b->data ? b->data : "", b->len);
    if (!s)
        return FSC_ENOMEM;
    r->f[r->n++] = s;
    fsc__buf_reset(b);
    return FSC_OK;
}

/* Parse one RFC 4180 record starting at *pp; *line counts newlines. */
static fsc_status csv_record(const char **pp, const char *end, long *line,
                             csvrec *r, fsc_buf *b, const char *name,
                             fsc_error *err)
{
    const char *p = *pp;
    csvrec_clear(r);
    fsc__buf_reset(b);
    fsc_status st = FSC_OK;
    for (;;) {
        if (p < end && *p == '"') {
            long open_line = *line;
            p++;
            for (;;) {
                if (p >= end)
                    return fsc__fail_at(err, FSC_EPARSE, name, open_line, 0, -1,
                                        "quoted field never closed");
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        st = fsc__buf_addc(b, '"');
                        p += 2;
                    } else {
                        p++;
                        break;
                    }
                } else {
                    if (*p == '\n')
                        (*line)++;
                    st = fsc__buf_addc(b, *p++);
                }
                if (st != FSC_OK)
                    return fsc__fail(err, st, "out of memory");
            }
            if (p < end && *p != ',' && *p != '\n' && *p != '\r')
                return fsc__fail_at(err, FSC_EPARSE, name, *line, 0, -1,
                                    "unexpected character after a closing "
                                    "quote");
        } else {
            while (p < end && *p != ',' && *p != '\n' &&
                   !(*p == '\r' && (p + 1 == end || p[1] == '\n'))) {
                if ((st = fsc__buf_addc(b, *p++)) != FSC_OK)
                    return fsc__fail(err, st, "out of memory");
            }
        }
        if ((st = csvrec_add(r, b)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        if (p < end && *p == ',') {
            p++;
            continue;
        }
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n') {
            p++;
            (*line)++;
        }
        break;
    }
    *pp = p;
    return FSC_OK;
}

/* 1 correct, 0 incorrect, -1 empty, -2 not a code. */
static int parse_code(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return -1;
    static const char *const yes[] = { "1", "y", "yes", "true", "t" };
    static const char *const no[] = { "0", "n", "no", "false", "f" };
    char low[8];
    if (n >= sizeof low)
        return -2;
    for (size_t i = 0; i < n; i++)
        low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    low[n] = '\0';
    for (size_t i = 0; i < 5; i++) {
        if (strcmp(low, yes[i]) == 0)
            return 1;
        if (strcmp(low, no[i]) == 0)
            return 0;
    }
    return -2;
}

void fsc_audit_result_free(fsc_audit_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_terms; i++)
        free((char *)(uintptr_t)r->terms[i].term);
    free(r->terms);
    free(r);
}

static int cmp_term(const void *a, const void *b)
{
    return strcmp(((const fsc_audit_term *)a)->term,
                  ((const fsc_audit_term *)b)->term);
}

fsc_status fsc_audit_coded(const char *name, const char *data, size_t len,
                           double threshold, fsc_audit_result **out,
                           fsc_error *err)
{
    *out = NULL;
    if (!(threshold >= 0.0 && threshold <= 1.0))
        return fsc__fail(err, FSC_EINVAL, "threshold must be in [0, 1]");
    fsc_audit_result *res = calloc(1, sizeof *res);
    csvrec r = { 0 };
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc__strmap terms;
    fsc__strmap_init(&terms);
    size_t cap = 0;
    fsc_status st = FSC_OK;
    if (!res) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto done;
    }
    res->threshold = threshold;
    const char *p = data, *end = data + len;
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (!fsc__utf8_valid(data, len, &bad, &bl, &bc)) {
        /* Terms from the file reach every output: it must be UTF-8. */
        st = fsc__fail_at(err, FSC_EPARSE, name, bl, bc, (long long)bad,
                          "invalid UTF-8 at byte %zu", bad);
        goto done;
    }
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    long line = 1;
    if (p >= end) {
        st = fsc__fail_at(err, FSC_EPARSE, name, 1, 0, -1,
                          "empty file: expected a header with term and "
                          "correct");
        goto done;
    }
    st = csv_record(&p, end, &line, &r, &b, name, err);
    if (st != FSC_OK)
        goto done;
    size_t c_term = SIZE_MAX, c_ok = SIZE_MAX, n_cols = r.n;
    for (size_t i = 0; i < r.n; i++) {
        if (strcmp(r.f[i], "term") == 0 && c_term == SIZE_MAX)
            c_term = i;
        if (strcmp(r.f[i], "correct") == 0 && c_ok == SIZE_MAX)
            c_ok = i;
    }
    if (c_term == SIZE_MAX || c_ok == SIZE_MAX) {
        st = fsc__fail_at(err, FSC_EPARSE, name, 1, 0, -1,
                          "the header has no \"%s\" column",
                          c_term == SIZE_MAX ? "term" : "correct");
        goto done;
    }
    size_t all_ok = 0, all_bad = 0;
    while (p < end) {
        long at = line;
        st = csv_record(&p, end, &line, &r, &b, name, err);
        if (st != FSC_OK)
            goto done;
        if (r.n == 1 && r.f[0][0] == '\0')
            continue; /* blank line */
        if (r.n != n_cols) {
            st = fsc__fail_at(err, FSC_EPARSE, name, at, 0, -1,
                              "%zu fields, the header has %zu", r.n, n_cols);
            goto done;
        }
        int code = parse_code(r.f[c_ok]);
        if (code == -2) {
            st = fsc__fail_at(err, FSC_EPARSE, name, at, 0, -1,
                              "column \"correct\" (field %zu) is \"%s\": "
                              "expected 1/0, y/n, yes/no, true/false or empty",
                              c_ok + 1, r.f[c_ok]);
            goto done;
        }
        /* Undo the formula guard of the sample (fsc__csv_text_field). */
        const char *t = r.f[c_term];
        size_t tl = strlen(t);
        size_t g = fsc__csv_text_unguard(t, tl);
        t += g;
        tl -= g;
        uint32_t h = fsc__hash(t, tl), idx;
        if (!fsc__strmap_get(&terms, t, tl, h, &idx)) {
            if (res->n_terms == cap) {
                size_t nc = cap ? 2 * cap : 16;
                fsc_audit_term *q = realloc(res->terms, nc * sizeof *q);
                if (!q) {
                    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                    goto done;
                }
                res->terms = q;
                cap = nc;
            }
            idx = (uint32_t)res->n_terms;
            fsc_audit_term *nt = &res->terms[res->n_terms];
            memset(nt, 0, sizeof *nt);
            nt->term = fsc__strdup(t);
            if (!nt->term || fsc__strmap_put(&terms, t, tl, h, idx) != FSC_OK) {
                free((char *)(uintptr_t)nt->term);
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
            res->n_terms++;
        }
        fsc_audit_term *at_t = &res->terms[idx];
        at_t->n++;
        res->n_rows++;
        if (code == 1) {
            at_t->correct++;
            all_ok++;
        } else if (code == 0) {
            at_t->incorrect++;
            all_bad++;
        } else {
            at_t->uncoded++;
            res->n_uncoded++;
        }
    }
    res->n_coded = all_ok + all_bad;
    res->precision = res->n_coded ? (double)all_ok / (double)res->n_coded : NAN;
    fsc__qsort(res->terms, res->n_terms, sizeof *res->terms, cmp_term);
    for (size_t i = 0; i < res->n_terms; i++) {
        fsc_audit_term *t = &res->terms[i];
        size_t k = t->correct + t->incorrect;
        t->precision = k ? (double)t->correct / (double)k : NAN;
        t->below = k && t->precision < threshold;
        res->n_below += (size_t)t->below;
    }
done:
    csvrec_clear(&r);
    free(r.f);
    fsc__buf_free(&b);
    fsc__strmap_free(&terms);
    if (st != FSC_OK) {
        fsc_audit_result_free(res);
        return st;
    }
    *out = res;
    return FSC_OK;
}
