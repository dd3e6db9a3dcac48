/*
 * report.c - computing a report: one stream of score rows fanned out to the
 * comparisons it needs (whole article, each voice, attribution-profile
 * measures, time series) and to an own pass that keeps what fsc_compare
 * does not (languages, dates, attribution totals by side and type, the
 * top articles per category).
 *
 * The analyses are independent, so each chunk of input is handed to all of
 * them on opts.threads threads; every analysis sees the bytes in order, so
 * the result does not depend on the thread count.
 */
#include "framescope/report.h"
#include "framescope/show.h"

#include "compare/compare_int.h"
#include "dates.h"
#include "internal.h"
#include "jsondup.h"
#include "report_int.h"
#include "sha256.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_cdf.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STAGE_BYTES ((size_t)4 << 20)               /* fan-out granularity */
#define N_TASKS     (2 + FSC__RV_N + FSC__RP_N + 1) /* own, compares, digest */

const fsc_compare_voice fsc__rep_voice[FSC__RV_N] = {
    FSC_COMPARE_VOICE_ALL, FSC_COMPARE_VOICE_AUTHORIAL,
    FSC_COMPARE_VOICE_ATTRIBUTED, FSC_COMPARE_VOICE_QUOTED
};
const fsc_measure fsc__rep_measure[FSC__RP_N] = {
    FSC_MEASURE_SHARE_ATTRIBUTED, FSC_MEASURE_SHARE_QUOTED,
    FSC_MEASURE_ANONYMOUS_RATE, FSC_MEASURE_SIDE_DIVERSITY, FSC_MEASURE_SOURCES
};

void fsc_report_opts_init(fsc_report_opts *o)
{
    memset(o, 0, sizeof *o);
    o->title = "framescope report";
    o->by = "outlet";
    o->bootstrap = 2000;
    o->level = 0.95;
    o->seed = 20240607;
    o->alpha = 0.05;
    o->threads = 1;
    o->period = FSC_PERIOD_WEEK;
    o->keyness_top = 10;
    o->prior = FSC_PRIOR_POOLED;
    o->prior_a0 = 500;
    o->max_pairs = 12;
    o->max_findings = 30;
    o->top_articles = 5;
    o->test = FSC_TEST_MW;
    o->min_effect = NAN;
    o->min_group = 30;
    o->top_min_tokens = 100;
    o->max_views = 20;
}

static char *dup_or_null(const char *s)
{
    return s ? fsc__strdup(s) : NULL;
}

void fsc__rep_top_free(fsc__rep_top *t)
{
    free(t->id);
    free(t->outlet);
    free(t->date);
    free(t->title);
    free(t->lang);
}

void fsc_report_free(fsc_report *r)
{
    if (!r)
        return;
    fsc__arena_free(&r->own_arena);
    free(r->own_view);
    for (int v = 0; v < FSC__RV_N; v++)
        fsc_compare_free(r->cmp[v]);
    for (int p = 0; p < FSC__RP_N; p++)
        fsc_compare_free(r->prof[p]);
    fsc_compare_free(r->series);
    free(r->title);
    free(r->by);
    free(r->from);
    free(r->to);
    free(r->command);
    free(r->timestamp);
    for (size_t i = 0; i < r->o.n_where; i++)
        free(r->where[i]);
    free(r->where);
    fsc__buf_free(&r->stage);
    fsc__buf_free(&r->line);
    free(r->src);
    fsc__strmap_free(&r->langs);
    free(r->lang_n);
    fsc__strmap_free(&r->groups);
    fsc__strmap_free(&r->sides);
    fsc__strmap_free(&r->types);
    fsc__strmap_free(&r->cats);
    for (size_t g = 0; g < r->gattr_cap; g++) {
        free(r->gattr[g].by_side);
        free(r->gattr[g].by_type);
    }
    free(r->gattr);
    for (size_t c = 0; c < r->top_cap; c++) {
        for (size_t k = 0; k < r->n_top[c]; k++)
            fsc__rep_top_free(&r->top[c][k]);
        free(r->top[c]);
    }
    free(r->top);
    free(r->n_top);
    free(r->cat_framing);
    free(r->framing);
    free(r->lang_list);
    for (size_t g = 0; r->attr && g < r->n_groups; g++) {
        free(r->attr[g].by_side);
        free(r->attr[g].by_type);
    }
    free(r->attr);
    free(r->side_names);
    free(r->type_names);
    free(r->side_order);
    free(r->type_order);
    free(r->top_by_cat);
    free(r->n_top_by_cat);
    free(r->find);
    for (size_t i = 0; i < r->n_views; i++) {
        free(r->views[i].id);
        free(r->views[i].html);
    }
    free(r->views);
    fsc__strmap_free(&r->view_ids);
    free(r->views_source);
    for (size_t i = 0; i < r->n_inputs; i++) {
        free(r->inputs[i].name);
        free(r->inputs[i].kind);
        free(r->inputs[i].sha256);
    }
    free(r->inputs);
    free(r);
}

/* A comparison with the report's grouping, filters and statistics. */
static fsc_status new_compare(fsc_report *r, fsc_compare_voice voice,
                              unsigned voices, fsc_measure measure, int keyness,
                              int period, fsc_compare **out, fsc_error *err)
{
    fsc_compare_opts co;
    fsc_compare_opts_init(&co);
    co.by = r->by;
    co.where = (const char *const *)r->where;
    co.n_where = r->o.n_where;
    co.from = r->from;
    co.to = r->to;
    co.measure = measure;
    co.voice = voice;
    co.voices = voices;
    co.bootstrap = r->o.bootstrap;
    co.level = r->o.level;
    co.seed = r->o.seed;
    co.alpha = r->o.alpha;
    co.test = (fsc_primary_test)r->o.test;
    co.min_effect = r->o.min_effect;
    co.min_group = r->o.min_group;
    co.threads = r->o.threads ? r->o.threads : 1;
    co.keyness = keyness;
    co.keyness_top = r->o.keyness_top;
    co.prior = r->o.prior;
    co.prior_a0 = r->o.prior_a0;
    co.period = period;
    /* Only framing categories are compared (compare keeps the framing
     * layer of the rows' own lexicon set): the attribution layer's cues and
     * actors are reported as the attribution profile. The categories are
     * those of the rows, not of the lexicons loaded for the report (rows
     * scored with another lexicon would otherwise lose theirs); --category
     * restricts them. */
    if (r->m && measure == FSC_MEASURE_RATE && r->restricted) {
        co.categories = (const char *const *)r->framing;
        co.n_categories = r->n_framing;
    }
    fsc_status st = fsc_compare_new(&co, out, err);
    if (st || !r->m || measure != FSC_MEASURE_RATE || period)
        return st;
    /* The lexicons' contrast pairs (Khankendi / Stepanakert, ...). */
    for (size_t i = 0; i < fsc_model_n_categories(r->m); i++) {
        size_t lx = 0;
        const fsc_category *cat = fsc_model_category(r->m, i, &lx);
        const fsc_lexicon *lex = fsc_model_lexicon(r->m, lx);
        if (!cat || !cat->contrast ||
            fsc_lexicon_layer(lex) != FSC_LAYER_FRAMING)
            continue;
        char other[512];
        snprintf(other, sizeof other, "%s:%s", fsc_lexicon_name(lex),
                 cat->contrast);
        if (fsc_model_find_category(r->m, other) < 0)
            continue;
        st = fsc_compare_declare_contrast(
            *out, fsc_model_category_name(r->m, i), other, err);
        if (st)
            return st;
    }
    return FSC_OK;
}

/* Names of the model's framing categories (every one is compared, matched
 * or not). */
static fsc_status framing_list(fsc_report *r, fsc_error *err)
{
    size_t n = r->m ? fsc_model_n_categories(r->m) : 0;
    r->framing = calloc(n ? n : 1, sizeof *r->framing);
    if (!r->framing)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    /* opts.categories: each must name a framing category of the model. */
    for (size_t k = 0; k < r->o.n_categories; k++) {
        long i = r->m ? fsc_model_find_category(r->m, r->o.categories[k]) : -1;
        size_t lx = 0;
        if (i >= 0)
            fsc_model_category(r->m, (size_t)i, &lx);
        if (i < 0 ||
            fsc_lexicon_layer(fsc_model_lexicon(r->m, lx)) != FSC_LAYER_FRAMING)
            return fsc__fail(err, FSC_EINVAL,
                             "unknown framing category \"%s\" (`framescope "
                             "lexicon info` lists them)",
                             r->o.categories[k]);
    }
    for (size_t i = 0; i < n; i++) {
        size_t lx = 0;
        fsc_model_category(r->m, i, &lx);
        if (fsc_lexicon_layer(fsc_model_lexicon(r->m, lx)) != FSC_LAYER_FRAMING)
            continue;
        int keep = r->o.n_categories == 0;
        for (size_t k = 0; !keep && k < r->o.n_categories; k++)
            keep = fsc_model_find_category(r->m, r->o.categories[k]) == (long)i;
        if (keep)
            r->framing[r->n_framing++] = fsc_model_category_name(r->m, i);
    }
    return FSC_OK;
}

fsc_status fsc_report_new(const fsc_model *m, const fsc_report_opts *opts,
                          fsc_report **out, fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_report_new: NULL argument");
    *out = NULL;
    fsc_report *r = calloc(1, sizeof *r);
    if (!r)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    if (opts)
        r->o = *opts;
    else
        fsc_report_opts_init(&r->o);
    r->m = m;
    fsc__buf_init(&r->stage, FSC_BUF_DEFAULT_CAP);
    fsc__buf_init(&r->line, FSC_BUF_DEFAULT_CAP);
    fsc__arena_init(&r->own_arena, 0);
    fsc__strmap_init(&r->langs);
    fsc__strmap_init(&r->groups);
    fsc__strmap_init(&r->sides);
    fsc__strmap_init(&r->types);
    fsc__strmap_init(&r->cats);
    fsc__strmap_init(&r->view_ids);
    r->title = fsc__strdup(r->o.title ? r->o.title : "framescope report");
    r->by = fsc__strdup(r->o.by ? r->o.by : "outlet");
    r->from = dup_or_null(r->o.from);
    r->to = dup_or_null(r->o.to);
    r->command = dup_or_null(r->o.command);
    r->timestamp = dup_or_null(r->o.timestamp);
    r->where = calloc(r->o.n_where ? r->o.n_where : 1, sizeof *r->where);
    fsc_status st = r->title && r->by && r->where && (!r->o.from || r->from) &&
                            (!r->o.to || r->to) &&
                            (!r->o.command || r->command) &&
                            (!r->o.timestamp || r->timestamp)
                        ? FSC_OK
                        : FSC_ENOMEM;
    for (size_t i = 0; st == FSC_OK && i < r->o.n_where; i++)
        if (!(r->where[i] = fsc__strdup(r->o.where[i])))
            st = FSC_ENOMEM;
    if (st) {
        fsc_report_free(r);
        return fsc__fail(err, st, "report: out of memory");
    }
    r->o.title = r->title;
    r->o.by = r->by;
    r->o.from = r->from;
    r->o.to = r->to;
    r->o.command = r->command;
    r->o.timestamp = r->timestamp;
    r->o.where = (const char *const *)r->where;
    if (r->o.period < 0 || r->o.period > 3)
        r->o.period = FSC_PERIOD_WEEK;
    r->period = r->o.period;
    if (r->o.level <= 0 || r->o.level >= 1) {
        fsc_report_free(r);
        return fsc__fail(err, FSC_EINVAL, "report: level must be in (0, 1)");
    }

    if ((st = framing_list(r, err))) {
        fsc_report_free(r);
        return st;
    }
    r->restricted = r->o.n_categories > 0;
    r->o.categories = NULL; /* borrowed: the kept names are r->framing */
    r->o.n_categories = 0;
    /* Every voice in one comparison (one parse); keyness and contrasts are
     * of its first voice, the whole article. */
    if (st == FSC_OK)
        st = new_compare(r, FSC_COMPARE_VOICE_ALL, FSC_COMPARE_VOICES_EACH,
                         FSC_MEASURE_RATE, 1, 0, &r->cmp[FSC__RV_ALL], err);
    for (int p = 0; p < FSC__RP_N && st == FSC_OK; p++)
        st = new_compare(r, FSC_COMPARE_VOICE_ALL, 0, fsc__rep_measure[p], 0, 0,
                         &r->prof[p], err);
    if (st == FSC_OK && r->period)
        st = new_compare(r, FSC_COMPARE_VOICE_ALL, 0, FSC_MEASURE_RATE, 0,
                         r->period, &r->series, err);
    /* The profile measures and the series read the rows the comparison of
     * the voices scans (a comparison that cannot follow is fed itself). */
    for (int p = 0; p < FSC__RP_N && st == FSC_OK; p++)
        r->prof_follows[p] = fsc__compare_follow(r->cmp[FSC__RV_ALL],
                                                 r->prof[p], NULL) == FSC_OK;
    if (st == FSC_OK && r->series)
        r->series_follows =
            fsc__compare_follow(r->cmp[FSC__RV_ALL], r->series, NULL) == FSC_OK;
    if (st) {
        fsc_report_free(r);
        return st;
    }
    *out = r;
    return FSC_OK;
}

fsc_status fsc_report_add_input(fsc_report *r, const char *name,
                                const char *kind, uint64_t bytes,
                                const char *sha256_hex, fsc_error *err)
{
    if (!r || !name || !kind)
        return fsc__fail(err, FSC_EINVAL, "report_add_input: NULL");
    fsc__rep_input *in =
        realloc(r->inputs, (r->n_inputs + 1) * sizeof *r->inputs);
    if (!in)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    r->inputs = in;
    fsc__rep_input *e = &in[r->n_inputs];
    e->name = fsc__strdup(name);
    e->kind = fsc__strdup(kind);
    e->sha256 = dup_or_null(sha256_hex);
    e->bytes = bytes;
    if (!e->name || !e->kind || (sha256_hex && !e->sha256)) {
        free(e->name);
        free(e->kind);
        free(e->sha256);
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    }
    r->n_inputs++;
    return FSC_OK;
}

/* ---- fan-out ------------------------------------------------------------- */

static fsc_compare *task_compare(fsc_report *r, size_t k)
{
    if (k >= 1 && k < 1 + FSC__RV_N)
        return r->cmp[k - 1];
    if (k >= 1 + FSC__RV_N && k < 1 + FSC__RV_N + FSC__RP_N)
        return r->prof[k - 1 - FSC__RV_N];
    if (k == 1 + FSC__RV_N + FSC__RP_N)
        return r->series;
    return NULL;
}

/* Task k's comparison reads its rows through cmp[ALL]. */
static int task_follows(const fsc_report *r, size_t k)
{
    if (k >= 1 + FSC__RV_N && k < 1 + FSC__RV_N + FSC__RP_N)
        return r->prof_follows[k - 1 - FSC__RV_N];
    return k == 1 + FSC__RV_N + FSC__RP_N && r->series_follows;
}

typedef struct feed_job {
    fsc_report *r;
    const char *data;
    size_t len;
    unsigned t, nt;
    fsc_status st[N_TASKS];
    fsc_error err[N_TASKS];
} feed_job;

static void *feed_worker(void *arg)
{
    feed_job *j = arg;
    for (size_t k = j->t; k < N_TASKS; k += j->nt) {
        if (k == 0) {
            j->st[k] = fsc__report_own_feed(j->r, j->data, j->len);
            if (j->st[k])
                fsc__fail(&j->err[k], j->st[k], "report: out of memory");
            continue;
        }
        if (k == N_TASKS - 1) {
            fsc__sha256_update(&j->r->digest, j->data, j->len);
            j->r->digest_bytes += j->len;
            continue;
        }
        fsc_compare *c = task_compare(j->r, k);
        if (c && !task_follows(j->r, k))
            j->st[k] = fsc_compare_feed(c, j->r->src ? j->r->src : "-", j->data,
                                        j->len, &j->err[k]);
    }
    return NULL;
}

static fsc_status fan_out(fsc_report *r, fsc_error *err)
{
    if (!r->stage.len)
        return FSC_OK;
    unsigned nt = r->o.threads ? r->o.threads : 1;
    if (nt > N_TASKS)
        nt = N_TASKS;
    if (nt > 16)
        nt = 16;
    /* One job record per worker: worker t does tasks t, t + nt, ... (on
     * the heap: an error record per task makes them large). */
    feed_job *per = calloc(nt, sizeof *per);
    if (!per)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    pthread_t tid[16];
    for (unsigned t = 0; t < nt; t++) {
        per[t].r = r;
        per[t].data = r->stage.data;
        per[t].len = r->stage.len;
        per[t].t = t;
        per[t].nt = nt;
        for (size_t k = 0; k < N_TASKS; k++) {
            per[t].st[k] = FSC_OK;
            fsc_error_clear(&per[t].err[k]);
        }
    }
    int ok[16] = { 0 };
    for (unsigned t = 1; t < nt; t++)
        ok[t] = pthread_create(&tid[t], NULL, feed_worker, &per[t]) == 0;
    feed_worker(&per[0]);
    /* A worker that could not start runs here, in order. */
    for (unsigned t = 1; t < nt; t++) {
        if (ok[t])
            pthread_join(tid[t], NULL);
        else
            feed_worker(&per[t]);
    }
    fsc_status st = FSC_OK;
    for (size_t k = 0; k < N_TASKS && !st; k++) {
        unsigned t = (unsigned)(k % nt);
        if (per[t].st[k]) {
            st = per[t].st[k];
            if (err)
                *err = per[t].err[k];
        }
    }
    free(per);
    fsc__buf_reset(&r->stage);
    return st;
}

fsc_status fsc_report_feed(fsc_report *r, const char *name, const char *data,
                           size_t len, fsc_error *err)
{
    if (!r || (!data && len))
        return fsc__fail(err, FSC_EINVAL, "report_feed: NULL argument");
    if (r->ran)
        return fsc__fail(err, FSC_EINVAL, "report_feed: after run");
    if (!r->src) {
        r->src = fsc__strdup(name ? name : "-");
        if (!r->src)
            return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
        fsc__sha256_init(&r->digest);
        r->digest_bytes = 0;
    }
    while (len) {
        size_t room = STAGE_BYTES - r->stage.len;
        size_t n = len < room ? len : room;
        if (fsc__buf_add(&r->stage, data, n))
            return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
        data += n;
        len -= n;
        if (r->stage.len >= STAGE_BYTES) {
            fsc_status st = fan_out(r, err);
            if (st)
                return st;
        }
    }
    return FSC_OK;
}

fsc_status fsc_report_end(fsc_report *r, fsc_error *err)
{
    if (!r)
        return fsc__fail(err, FSC_EINVAL, "report_end: NULL");
    fsc_status st = fan_out(r, err);
    if (st)
        return st;
    for (size_t k = 1; k < N_TASKS; k++) {
        fsc_compare *c = task_compare(r, k);
        if (c && (st = fsc_compare_end(c, err)))
            return st;
    }
    if ((st = fsc__report_own_end(r)))
        return fsc__fail(err, st, "report: out of memory");
    if (r->src) {
        unsigned char dig[32];
        char hex[65];
        fsc__sha256_final(&r->digest, dig);
        fsc__sha256_hex(dig, hex);
        st = fsc_report_add_input(r, r->src, "score rows", r->digest_bytes, hex,
                                  err);
        free(r->src);
        r->src = NULL;
    }
    return st;
}

/* ---- run ----------------------------------------------------------------- */

const char *fsc__rep_cat_label(const fsc_report *r, const char *name)
{
    if (r->m) {
        long i = fsc_model_find_category(r->m, name);
        if (i >= 0) {
            const fsc_category *c = fsc_model_category(r->m, (size_t)i, NULL);
            if (c && c->label)
                return c->label;
        }
    }
    const char *colon = strrchr(name, ':');
    return colon ? colon + 1 : name;
}

static long find_name(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return (long)i;
    return -1;
}

static int cmp_count(const void *a, const void *b)
{
    const fsc__rep_count *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->name, y->name);
}

/* Sort the top articles of each category (best first). */
static int cmp_top(const void *a, const void *b)
{
    const fsc__rep_top *x = a, *y = b;
    if (fsc__rep_top_less(x, y))
        return 1;
    if (fsc__rep_top_less(y, x))
        return -1;
    return 0;
}

typedef struct name_total {
    const char *name;
    size_t own;
    double total;
} name_total;

static int cmp_total(const void *a, const void *b)
{
    const name_total *x = a, *y = b;
    if (x->total != y->total)
        return x->total < y->total ? 1 : -1;
    return strcmp(x->name, y->name);
}

static fsc_status order_names(const fsc__strmap *map, const fsc__rep_attr *at,
                              size_t ng, int side, const char ***names,
                              size_t **order)
{
    size_t n = map->n;
    name_total *nt = calloc(n ? n : 1, sizeof *nt);
    *names = calloc(n ? n : 1, sizeof **names);
    *order = calloc(n ? n : 1, sizeof **order);
    if (!nt || !*names || !*order) {
        free(nt);
        return FSC_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        nt[i].name = map->ents[i].key;
        nt[i].own = map->ents[i].val;
        for (size_t g = 0; g < ng; g++) {
            const double *arr = side ? at[g].by_side : at[g].by_type;
            size_t len = side ? at[g].n_by_side : at[g].n_by_type;
            if (nt[i].own < len)
                nt[i].total += arr[nt[i].own];
        }
    }
    fsc__qsort(nt, n, sizeof *nt, cmp_total);
    for (size_t i = 0; i < n; i++) {
        (*names)[i] = nt[i].name;
        (*order)[i] = nt[i].own;
    }
    free(nt);
    return FSC_OK;
}

/* Largest effect first (the primary test's effect size), then smallest
 * adjusted p. */
static int cmp_finding(const void *a, const void *b)
{
    const fsc__rep_finding *x = a, *y = b;
    double ex = fabs(x->effect), ey = fabs(y->effect);
    if (!isnan(ex) && !isnan(ey) && ex != ey)
        return ex > ey ? -1 : 1;
    if (x->p_adj != y->p_adj)
        return x->p_adj < y->p_adj ? -1 : 1;
    if (x->voice != y->voice)
        return x->voice < y->voice ? -1 : 1;
    if (x->pair->category != y->pair->category)
        return x->pair->category < y->pair->category ? -1 : 1;
    if (x->pair->a != y->pair->a)
        return x->pair->a < y->pair->a ? -1 : 1;
    return x->pair->b < y->pair->b ? -1 : (x->pair->b > y->pair->b);
}

/* One single-voice view per voice of the multi-voice comparison: the same
 * result with the cells, pairs and Kruskal-Wallis tests of that voice
 * (fsc_compare lays them out voice by voice). A voice is shown only when
 * some article has voice data. Keyness, contrasts and the time series
 * stay with the whole article. */
static fsc_status voice_views(fsc_report *r)
{
    const fsc_compare_result *m = fsc_compare_result_get(r->cmp[FSC__RV_ALL]);
    if (!m)
        return FSC_EINVAL;
    const size_t G = m->n_groups, C = m->n_categories, NV = m->n_voices;
    const size_t P = G * (G ? G - 1 : 0) / 2;
    for (int v = 0; v < FSC__RV_N; v++) {
        r->res[v] = NULL;
        size_t i = 0;
        while (i < NV && m->voice_list[i] != fsc__rep_voice[v])
            i++;
        if (i == NV)
            continue;
        fsc_compare_result *w = &r->vres[v];
        *w = *m;
        w->opts.voice = fsc__rep_voice[v];
        w->opts.voices = 0;
        w->n_voices = 1;
        w->voice_list = m->voice_list + i;
        w->cells = m->cells + i * G * C;
        w->n_pairs = C * P;
        w->pairs = m->pairs + i * C * P;
        w->n_kw = m->n_kw ? C : 0;
        w->kw = m->n_kw ? m->kw + i * C : m->kw;
        /* Family sizes of this voice (BH runs per test and voice). */
        w->m_welch = w->m_mw = w->m_perm = w->m_kw = 0;
        for (size_t k = 0; k < w->n_pairs; k++) {
            w->m_welch += isnan(w->pairs[k].welch.p) ? 0 : 1;
            w->m_mw += isnan(w->pairs[k].mw.p) ? 0 : 1;
            w->m_perm += isnan(w->pairs[k].perm.p) ? 0 : 1;
        }
        for (size_t k = 0; k < w->n_kw; k++)
            w->m_kw += isnan(w->kw[k].test.p) ? 0 : 1;
        if (v != FSC__RV_ALL) {
            w->n_keyness = 0;
            w->keyness = NULL;
            w->keyness_reason = "keyness is computed for the whole article";
            w->n_contrasts = 0;
            w->contrasts = NULL;
            w->n_periods = 0;
            w->periods = NULL;
            w->series = NULL;
            size_t used = 0;
            for (size_t k = 0; k < G * C; k++)
                used |= w->cells[k].desc.n;
            if (!used)
                continue;
        }
        r->res[v] = w;
    }
    return FSC_OK;
}

/* Is the pair of `p` already listed (same groups and category names)? */
static int listed(const fsc_report *r, const fsc_compare_result *res,
                  const fsc_compare_pair *p)
{
    for (size_t i = 0; i < r->n_find; i++) {
        const fsc__rep_finding *f = &r->find[i];
        const fsc_compare_result *fr = r->res[f->voice];
        if (strcmp(fr->categories[f->pair->category],
                   res->categories[p->category]) == 0 &&
            strcmp(fr->groups[f->pair->a], res->groups[p->a]) == 0 &&
            strcmp(fr->groups[f->pair->b], res->groups[p->b]) == 0)
            return 1;
    }
    return 0;
}

/* Differences in plain words: the pairs fsc_compare_is_finding accepts
 * (the same rule as compare's list: primary test, minimum effect, minimum
 * group size), in the whole article and in the outlet's own voice. */
static fsc_status findings(fsc_report *r)
{
    size_t cap = 0;
    for (int v = FSC__RV_ALL; v <= FSC__RV_AUTHORIAL; v++)
        if (r->res[v])
            cap += r->res[v]->n_pairs;
    r->find = calloc(cap ? cap : 1, sizeof *r->find);
    if (!r->find)
        return FSC_ENOMEM;
    /* The outlet's own voice first; the whole article adds the pairs that
     * differ only once quotes and attributed speech are counted too. */
    for (int v = FSC__RV_AUTHORIAL; v >= FSC__RV_ALL; v--) {
        const fsc_compare_result *res = r->res[v];
        if (!res)
            continue;
        for (size_t i = 0; i < res->n_pairs; i++) {
            const fsc_compare_pair *p = &res->pairs[i];
            double eff, q;
            if (!fsc_compare_is_finding(res, p, &eff, &q) ||
                (v == FSC__RV_ALL && listed(r, res, p)))
                continue;
            fsc__rep_finding *f = &r->find[r->n_find++];
            f->voice = v;
            f->pair = p;
            f->effect = eff;
            f->p_adj = q;
            const fsc_desc *da =
                &res->cells[p->a * res->n_categories + p->category].desc;
            const fsc_desc *db =
                &res->cells[p->b * res->n_categories + p->category].desc;
            double se = sqrt(da->sd * da->sd / (double)da->n +
                             db->sd * db->sd / (double)db->n);
            double t =
                isfinite(p->welch.df) && p->welch.df > 0
                    ? gsl_cdf_tdist_Pinv(0.5 + r->o.level / 2, p->welch.df)
                    : NAN;
            f->diff_lo = p->effect.mean_diff - t * se;
            f->diff_hi = p->effect.mean_diff + t * se;
        }
    }
    r->n_find_total = r->n_find;
    fsc__qsort(r->find, r->n_find, sizeof *r->find, cmp_finding);
    if (r->n_find > r->o.max_findings)
        r->n_find = r->o.max_findings;
    return FSC_OK;
}

fsc_status fsc_report_run(fsc_report *r, fsc_error *err)
{
    if (!r)
        return fsc__fail(err, FSC_EINVAL, "report_run: NULL");
    if (r->ran)
        return fsc__fail(err, FSC_EINVAL, "report_run: called twice");
    fsc_status st;
    for (size_t k = 1; k < N_TASKS; k++) {
        fsc_compare *c = task_compare(r, k);
        if (c && (st = fsc_compare_run(c, err)))
            return st;
    }
    r->ran = 1;
    if ((st = voice_views(r)))
        return fsc__fail(err, st, "report: out of memory");
    for (int p = 0; p < FSC__RP_N; p++) {
        r->pres[p] = fsc_compare_result_get(r->prof[p]);
        if (r->pres[p] && r->pres[p]->rows_used == 0)
            r->pres[p] = NULL;
    }
    r->sres = r->series ? fsc_compare_result_get(r->series) : NULL;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];

    /* Languages, most frequent first. */
    r->n_langs = r->langs.n;
    r->lang_list = calloc(r->n_langs ? r->n_langs : 1, sizeof *r->lang_list);
    if (!r->lang_list)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    for (size_t i = 0; i < r->n_langs; i++) {
        r->lang_list[i].name = r->langs.ents[i].key;
        r->lang_list[i].n = r->lang_n[r->langs.ents[i].val];
    }
    fsc__qsort(r->lang_list, r->n_langs, sizeof *r->lang_list, cmp_count);

    /* Attribution totals in the comparison's group order. */
    r->n_groups = all->n_groups;
    r->attr = calloc(r->n_groups ? r->n_groups : 1, sizeof *r->attr);
    if (!r->attr)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    for (size_t g = 0; g < r->n_groups; g++) {
        const char *name = all->groups[g];
        uint32_t own;
        size_t len = strlen(name);
        if (fsc__strmap_get(&r->groups, name, len, fsc__hash(name, len),
                            &own) &&
            own < r->gattr_cap) {
            /* The group's arrays move to r->attr. */
            r->attr[g] = r->gattr[own];
            r->gattr[own].by_side = r->gattr[own].by_type = NULL;
            r->gattr[own].n_by_side = r->gattr[own].n_by_type = 0;
        }
    }
    /* Sides and types seen in some groups only: every group gets every
     * slot, so renderers index by the own index without checks. */
    for (size_t g = 0; g < r->n_groups; g++) {
        fsc__rep_attr *a = &r->attr[g];
        if (fsc__rep_slots(&a->by_side, &a->n_by_side, r->sides.n) ||
            fsc__rep_slots(&a->by_type, &a->n_by_type, r->types.n))
            return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    }
    if ((st = order_names(&r->sides, r->attr, r->n_groups, 1, &r->side_names,
                          &r->side_order)) ||
        (st = order_names(&r->types, r->attr, r->n_groups, 0, &r->type_names,
                          &r->type_order)))
        return fsc__fail(err, st, "report: out of memory");
    r->n_sides = r->sides.n;
    r->n_types = r->types.n;

    /* Top articles in the comparison's category order. */
    size_t C = all->n_categories;
    r->top_by_cat = calloc(C ? C : 1, sizeof *r->top_by_cat);
    r->n_top_by_cat = calloc(C ? C : 1, sizeof *r->n_top_by_cat);
    if (!r->top_by_cat || !r->n_top_by_cat)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    for (size_t c = 0; c < r->cats.n; c++) {
        long ci = find_name(all->categories, C, r->cats.ents[c].key);
        uint32_t own = r->cats.ents[c].val;
        if (ci < 0 || own >= r->top_cap || !r->top[own])
            continue;
        fsc__qsort(r->top[own], r->n_top[own], sizeof *r->top[own], cmp_top);
        r->top_by_cat[ci] = r->top[own];
        r->n_top_by_cat[ci] = r->n_top[own];
    }
    /* Wanted article views: best articles first, across categories. */
    r->views = calloc(r->o.max_views ? r->o.max_views : 1, sizeof *r->views);
    if (!r->views)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    for (size_t rank = 0; rank < r->o.top_articles; rank++)
        for (size_t c = 0; c < C; c++) {
            if (rank >= r->n_top_by_cat[c])
                continue;
            fsc__rep_top *t = &r->top_by_cat[c][rank];
            if (!t->id)
                continue;
            size_t len = strlen(t->id);
            uint32_t h = fsc__hash(t->id, len), vi;
            if (fsc__strmap_get(&r->view_ids, t->id, len, h, &vi)) {
                t->view = (long)vi;
                continue;
            }
            if (r->n_views >= r->o.max_views)
                continue;
            vi = (uint32_t)r->n_views;
            r->views[vi].id = fsc__strdup(t->id);
            if (!r->views[vi].id ||
                fsc__strmap_put(&r->view_ids, t->id, len, h, vi))
                return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
            r->n_views++;
            t->view = (long)vi;
        }
    if ((st = findings(r)))
        return fsc__fail(err, st, "report: out of memory");
    return FSC_OK;
}

int fsc_report_wants(const fsc_report *r, const char *id)
{
    if (!r || !id || !r->ran)
        return 0;
    size_t len = strlen(id);
    uint32_t vi;
    return fsc__strmap_get(&r->view_ids, id, len, fsc__hash(id, len), &vi) &&
           !r->views[vi].html;
}

fsc_status fsc_report_add_view(fsc_report *r, const fsc_model *m,
                               const fsc_record *rec, const fsc_result *res,
                               fsc_error *err)
{
    if (!r || !m || !rec || !res)
        return fsc__fail(err, FSC_EINVAL, "report_add_view: NULL argument");
    const char *id = fsc_record_field(rec, "id");
    if (!fsc_report_wants(r, id))
        return FSC_OK;
    size_t len = strlen(id);
    uint32_t vi = 0;
    fsc__strmap_get(&r->view_ids, id, len, fsc__hash(id, len), &vi);
    fsc_show_opts so;
    fsc_show_opts_init(&so);
    so.fragment = 1;
    so.legend_key = 0; /* the report shows the key once above the views */
    return fsc_show_render_html(m, rec, res, &so, &r->views[vi].html,
                                &r->views[vi].len, err);
}

fsc_status fsc_report_set_views_source(fsc_report *r, const char *what,
                                       fsc_error *err)
{
    if (!r)
        return fsc__fail(err, FSC_EINVAL, "report: NULL");
    free(r->views_source);
    r->views_source = dup_or_null(what);
    if (what && !r->views_source)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    return FSC_OK;
}

const fsc_compare_result *fsc_report_compare(const fsc_report *r)
{
    return r && r->ran ? r->res[FSC__RV_ALL] : NULL;
}
