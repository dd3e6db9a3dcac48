/*
 * gold.c - agreement of framescope with human coders: a gold file joined on
 * id to score rows; every statistic is computed by stats.c, this file
 * joins, counts and resamples articles (reproducible: a seeded stream).
 */
#include "validate_int.h"

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
            st = fsc__validate_u32_push(&v->cat_in_gold, 0);
        if (st == FSC_OK)
            st = fsc__validate_u32_push(&v->cat_listed, 0);
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
    return fsc__validate_u32_push(a, x);
}

/* Rows and gold lines must be UTF-8: their strings reach every output.
   Nonzero (and `err` set, naming the line and byte) when s[0..n) is not. */
int fsc__validate_bad_utf8(const char *name, long line, const char *s, size_t n,
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
int fsc__validate_dup_key(const char *name, long line, const cJSON *o, fsc_error *err)
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
long fsc__validate_col_of(const char *s, size_t n, size_t off)
{
    long l = 0, c = 0;
    fsc__text_linecol(s, n, off < n ? off : n, &l, &c);
    return c > 0 ? c : 1;
}

/* Parse one line; on bad JSON set err (file, line, column of the fault)
   and return NULL. */
cJSON *fsc__validate_parse_line(const char *name, long line, const char *s, size_t n,
                         fsc_error *err)
{
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(s, n, &end, 0);
    if (o)
        return o;
    size_t off = end && end >= s && end <= s + n ? (size_t)(end - s) : 0;
    fsc__fail_at(err, FSC_EPARSE, name, line, fsc__validate_col_of(s, n, off), -1,
                 "bad JSON at column %ld", fsc__validate_col_of(s, n, off));
    return NULL;
}

/* Column of member `key` of the line's object (of the object when it has
   none). */
long fsc__validate_key_col(const char *s, size_t n, const char *key)
{
    fsc__jpstep step = { key, 0 };
    size_t off = 0;
    fsc__jsonpos_find(s, n, &step, 1, 0, &off);
    return fsc__validate_col_of(s, n, off);
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
    while (st == FSC_OK && fsc__validate_next_line(&it, &s, &n)) {
        if (fsc__validate_bad_utf8(name, it.line, s, n, err))
            return FSC_EPARSE;
        cJSON *o = fsc__validate_parse_line(name, it.line, s, n, err);
        if (!o)
            return FSC_EPARSE;
        if (fsc__validate_dup_key(name, it.line, o, err)) {
            cJSON_Delete(o);
            return FSC_EPARSE;
        }
        const cJSON *cats = cJSON_GetObjectItemCaseSensitive(o, "categories");
        int oom = 0;
        const char *id = cJSON_IsObject(o) ? fsc__validate_id_of(o, &v->arena, &oom) : NULL;
        if (!cJSON_IsObject(o) || !id || !cJSON_IsArray(cats)) {
            int was_oom = cJSON_IsObject(o) && oom;
            /* Point at what is wrong: the id, else the categories. */
            const char *what = !cJSON_IsObject(o) ? NULL
                               : !id              ? "id"
                                                  : "categories";
            long col = what ? fsc__validate_key_col(s, n, what) : fsc__validate_col_of(s, n, 0);
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
                                    fsc__validate_col_of(s, n, off), -1,
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
    while (st == FSC_OK && fsc__validate_next_line(&it, &s, &n)) {
        if (fsc__validate_bad_utf8(name, it.line, s, n, err))
            return FSC_EPARSE;
        cJSON *o = fsc__validate_parse_line(name, it.line, s, n, err);
        if (!o)
            return FSC_EPARSE;
        if (fsc__validate_dup_key(name, it.line, o, err)) {
            cJSON_Delete(o);
            return FSC_EPARSE;
        }
        const cJSON *fs = cJSON_GetObjectItemCaseSensitive(o, "framescope");
        int oom = 0;
        const char *id = cJSON_IsObject(fs) ? fsc__validate_id_of(o, &v->arena, &oom) : NULL;
        if (!cJSON_IsObject(fs) || !id) {
            long col = !cJSON_IsObject(o)  ? fsc__validate_col_of(s, n, 0)
                       : !cJSON_IsObject(fs) ? fsc__validate_key_col(s, n, "framescope")
                                             : fsc__validate_key_col(s, n, "id");
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
                sel[i] = fsc__validate_rng_below(&rng, n);
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
