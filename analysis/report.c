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

#define STAGE_BYTES ((size_t)4 << 20) /* fan-out granularity */
#define LINE_CAP ((size_t)256 << 20)   /* longest row the own pass reads */
#define N_TASKS (2 + FSC__RV_N + FSC__RP_N + 1) /* own, compares, digest */

const fsc_compare_voice fsc__rep_voice[FSC__RV_N] = {
    FSC_COMPARE_VOICE_ALL, FSC_COMPARE_VOICE_AUTHORIAL, FSC_COMPARE_VOICE_ATTRIBUTED, FSC_COMPARE_VOICE_QUOTED
};
const fsc_measure fsc__rep_measure[FSC__RP_N] = {
    FSC_MEASURE_SHARE_ATTRIBUTED, FSC_MEASURE_SHARE_QUOTED,
    FSC_MEASURE_ANONYMOUS_RATE, FSC_MEASURE_SIDE_DIVERSITY,
    FSC_MEASURE_SOURCES
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

static void top_free(fsc__rep_top *t)
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
            top_free(&r->top[c][k]);
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
                              unsigned voices, fsc_measure measure,
                              int keyness, int period, fsc_compare **out,
                              fsc_error *err)
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
        st = fsc_compare_declare_contrast(*out,
                                          fsc_model_category_name(r->m, i),
                                          other, err);
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
        long i = r->m ? fsc_model_find_category(r->m, r->o.categories[k])
                      : -1;
        size_t lx = 0;
        if (i >= 0)
            fsc_model_category(r->m, (size_t)i, &lx);
        if (i < 0 || fsc_lexicon_layer(fsc_model_lexicon(r->m, lx)) !=
                         FSC_LAYER_FRAMING)
            return fsc__fail(err, FSC_EINVAL,
                             "unknown framing category \"%s\" (`framescope "
                             "lexicon info` lists them)",
                             r->o.categories[k]);
    }
    for (size_t i = 0; i < n; i++) {
        size_t lx = 0;
        fsc_model_category(r->m, i, &lx);
        if (fsc_lexicon_layer(fsc_model_lexicon(r->m, lx)) !=
            FSC_LAYER_FRAMING)
            continue;
        int keep = r->o.n_categories == 0;
        for (size_t k = 0; !keep && k < r->o.n_categories; k++)
            keep = fsc_model_find_category(r->m, r->o.categories[k]) ==
                   (long)i;
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
    fsc_status st = r->title && r->by && r->where &&
                            (!r->o.from || r->from) && (!r->o.to || r->to) &&
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
        st = new_compare(r, FSC_COMPARE_VOICE_ALL, 0, fsc__rep_measure[p], 0,
                         0, &r->prof[p], err);
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

/* ---- own pass ------------------------------------------------------------ */

static const char *jstr(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static double jnum(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsNumber(v) ? v->valuedouble : NAN;
}

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
static int row_group(const fsc_report *r, const cJSON *row, char key[32],
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
            const char *v = jstr(row, field);
            if (v && strcmp(v, e2 + 1) == 0)
                any_ok = 1;
        }
        if (!any_ok)
            return 0;
    }
    const char *date = jstr(row, "date");
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
        *group = jstr(row, r->by);
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
static fsc_status slots(double **arr, size_t *have, size_t n)
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
static fsc_status attr_obj(fsc__strmap *names, double **arr, size_t *have,
                           const cJSON *obj)
{
    const cJSON *e;
    cJSON_ArrayForEach(e, obj)
    {
        double n = jnum(e, "attributions");
        if (!e->string || !(n > 0))
            continue;
        uint32_t id;
        fsc_status st = intern(names, e->string, &id);
        if (!st)
            st = slots(arr, have, names->n);
        if (st)
            return st;
        (*arr)[id] += n;
    }
    return FSC_OK;
}

/* Min-heap on (rate, count, -seq): the root is the weakest kept article. */
static int top_less(const fsc__rep_top *a, const fsc__rep_top *b)
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
        if (l < n && top_less(&h[l], &h[m]))
            m = l;
        if (l + 1 < n && top_less(&h[l + 1], &h[m]))
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
        if (!top_less(&h[i], &h[p]))
            return;
        fsc__rep_top t = h[i];
        h[i] = h[p];
        h[p] = t;
        i = p;
    }
}

static fsc_status top_fill(fsc__rep_top *t, const cJSON *row, const char *lang,
                           double count, double tokens, uint64_t seq)
{
    memset(t, 0, sizeof *t);
    t->id = dup_or_null(jstr(row, "id"));
    t->outlet = dup_or_null(jstr(row, "outlet"));
    t->date = dup_or_null(jstr(row, "date"));
    t->title = dup_or_null(jstr(row, "title"));
    t->lang = dup_or_null(lang);
    t->count = count;
    t->tokens = tokens;
    t->rate = count * 1000.0 / tokens;
    t->seq = seq;
    t->view = -1;
    if ((jstr(row, "id") && !t->id) || (jstr(row, "outlet") && !t->outlet) ||
        (jstr(row, "date") && !t->date) || (jstr(row, "title") && !t->title) ||
        (lang && !t->lang)) {
        top_free(t);
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

static fsc_status top_offer(fsc_report *r, uint32_t id, const cJSON *row,
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
        if ((st = top_fill(&h[r->n_top[id]], row, lang, count, tokens,
                           r->seq)))
            return st;
        heap_up(h, r->n_top[id]++);
        return FSC_OK;
    }
    if (!top_less(&h[0], &cand))
        return FSC_OK;
    fsc__rep_top t;
    if ((st = top_fill(&t, row, lang, count, tokens, r->seq)))
        return st;
    top_free(&h[0]);
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

/*
 * The own pass without cJSON's full tree. A score row is mostly its
 * "matches" and "attributions" arrays, which the own pass never reads, yet
 * cJSON builds a node for every value of them. So a row is first scanned
 * (strict JSON, and the duplicate-key rule of fsc__json_dup_key(row, 3):
 * the keys of every object down to that depth, arrays not counting), and
 * when it passes, cJSON parses only the values the own pass looks at (the
 * row's top-level members, and of "framescope" its status, tokens, lang,
 * profile and categories) into a small tree with the same members. A
 * strict JSON text is one cJSON accepts, and a key without escapes is its
 * bytes, so the small tree answers every lookup below as the full one
 * would. Anything else (an escaped key, a raw control character, a \u
 * escape of a surrogate or of NUL, a non-strict number, more than 64
 * members, nesting beyond 64, text after the row) is left to cJSON.
 */
typedef struct oscan {
    const char *p, *end;
    int depth; /* nesting, against runaway input */
} oscan;

typedef struct ospan {
    const char *s;
    size_t n;
} ospan;

#define OWN_MAX_KEYS 64

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

static int o_number(oscan *o)
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

/* An object at o->p whose keys are checked when d > 0; with `keys` (room
 * for OWN_MAX_KEYS) the keys and value spans are kept, *n of them. */
static int o_object(oscan *o, int d, ospan *keys, ospan *vals, size_t *n)
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
        if (!o_value(o, d - 1))
            return 0;
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
        ok = o_object(o, d, NULL, NULL, NULL);
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

static int o_key_is(const ospan *k, const char *lit)
{
    return k->n == strlen(lit) && memcmp(k->s, lit, k->n) == 0;
}

/* Add the value at span v, parsed by cJSON, to obj as member k. */
static int o_add(cJSON *obj, const ospan *k, const ospan *v)
{
    char name[256];
    if (k->n >= sizeof name)
        return 0;
    memcpy(name, k->s, k->n);
    name[k->n] = '\0';
    cJSON *node = cJSON_ParseWithLength(v->s, v->n);
    if (!node)
        return 0;
    cJSON_AddItemToObject(obj, name, node);
    return 1;
}

/* The row as the small tree described above, or NULL for cJSON's own
 * reading of it. */
static cJSON *own_prune(const char *p, size_t len)
{
    oscan o = { p, p + len, 0 };
    ospan rk[OWN_MAX_KEYS], rv[OWN_MAX_KEYS], fk[OWN_MAX_KEYS],
        fv[OWN_MAX_KEYS];
    size_t nr = 0, nf = 0, fs = SIZE_MAX;
    o_ws(&o);
    if (o.p >= o.end || *o.p != '{' || !o_object(&o, 3, rk, rv, &nr))
        return NULL;
    o_ws(&o);
    if (o.p != o.end)
        return NULL;
    /* The framescope object's members again, with their spans (its keys
     * are checked at depth 2, as the row's walk above did). */
    for (size_t i = 0; i < nr; i++)
        if (o_key_is(&rk[i], "framescope") && rv[i].s[0] == '{') {
            oscan f = { rv[i].s, rv[i].s + rv[i].n, 1 };
            if (!o_object(&f, 2, fk, fv, &nf))
                return NULL;
            fs = i;
        }
    cJSON *row = cJSON_CreateObject();
    if (!row)
        return NULL;
    for (size_t i = 0; i < nr; i++) {
        if (i != fs) {
            if (!o_add(row, &rk[i], &rv[i]))
                goto fail;
            continue;
        }
        cJSON *f = cJSON_CreateObject();
        if (!f)
            goto fail;
        cJSON_AddItemToObject(row, "framescope", f);
        for (size_t k = 0; k < nf; k++) {
            if (!o_key_is(&fk[k], "status") && !o_key_is(&fk[k], "tokens") &&
                !o_key_is(&fk[k], "lang") && !o_key_is(&fk[k], "profile") &&
                !o_key_is(&fk[k], "categories"))
                continue;
            if (!o_add(f, &fk[k], &fv[k]))
                goto fail;
        }
    }
    return row;
fail:
    cJSON_Delete(row);
    return NULL;
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
    cJSON *row = r->own_slow ? NULL : own_prune(p, len);
    if (!row) {
        row = cJSON_ParseWithLength(p, len);
        if (!row)
            return FSC_OK;
        /* compare refuses a row that names a key twice; so does this pass,
           so that the summary counts the rows the comparisons count. */
        if (fsc__json_dup_key(row, 3)) {
            cJSON_Delete(row);
            return FSC_OK;
        }
    }
    fsc_status st = FSC_OK;
    const cJSON *fs = cJSON_GetObjectItemCaseSensitive(row, "framescope");
    const char *status = jstr(fs, "status");
    double tokens = jnum(fs, "tokens");
    char key[32];
    const char *group = NULL;
    if (!cJSON_IsObject(fs) || !status || strcmp(status, "scored") != 0 ||
        !(tokens > 0) || !row_group(r, row, key, &group))
        goto done;
    r->rows_seen++;
    const char *lang = jstr(fs, "lang");
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
    const char *date = jstr(row, "date");
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
    const cJSON *prof = cJSON_GetObjectItemCaseSensitive(fs, "profile");
    if (cJSON_IsObject(prof)) {
        fsc__rep_attr *a = &r->gattr[gid];
        a->rows++;
        double v = jnum(prof, "attributions");
        a->attributions += isfinite(v) ? v : 0;
        v = jnum(prof, "anonymous");
        a->anonymous += isfinite(v) ? v : 0;
        v = jnum(prof, "unresolved");
        a->unresolved += isfinite(v) ? v : 0;
        if ((st = attr_obj(&r->sides, &a->by_side, &a->n_by_side,
                           cJSON_GetObjectItemCaseSensitive(prof,
                                                            "by_side"))) ||
            (st = attr_obj(&r->types, &a->by_type, &a->n_by_type,
                           cJSON_GetObjectItemCaseSensitive(prof,
                                                            "by_type"))))
            goto done;
    }
    const cJSON *cats = cJSON_GetObjectItemCaseSensitive(fs, "categories");
    const cJSON *c;
    int any = 0;
    cJSON_ArrayForEach(c, cats)
    {
        double count = jnum(c, "count");
        uint32_t ci;
        int framing;
        if (!c->string || !(count > 0))
            continue;
        if ((st = cat_id(r, c->string, &ci, &framing)))
            goto done;
        if (!framing)
            continue;
        any = 1;
        if (tokens >= (double)r->o.top_min_tokens &&
            (st = top_offer(r, ci, row, lang, count, tokens)))
            goto done;
    }
    r->gattr[gid].with_match += (size_t)any;
done:
    cJSON_Delete(row);
    return st;
}

static fsc_status own_feed(fsc_report *r, const char *data, size_t len)
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

static fsc_status own_end(fsc_report *r)
{
    fsc_status st = FSC_OK;
    if (r->line.len && r->line.len <= LINE_CAP)
        st = own_row(r, r->line.data, r->line.len);
    else if (r->line.len)
        r->seq++;
    fsc__buf_reset(&r->line);
    return st;
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
            j->st[k] = own_feed(j->r, j->data, j->len);
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
            j->st[k] = fsc_compare_feed(c, j->r->src ? j->r->src : "-",
                                        j->data, j->len, &j->err[k]);
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
    if ((st = own_end(r)))
        return fsc__fail(err, st, "report: out of memory");
    if (r->src) {
        unsigned char dig[32];
        char hex[65];
        fsc__sha256_final(&r->digest, dig);
        fsc__sha256_hex(dig, hex);
        st = fsc_report_add_input(r, r->src, "score rows", r->digest_bytes,
                                  hex, err);
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
    if (top_less(x, y))
        return 1;
    if (top_less(y, x))
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
            double t = isfinite(p->welch.df) && p->welch.df > 0
                           ? gsl_cdf_tdist_Pinv(0.5 + r->o.level / 2,
                                                p->welch.df)
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
        if (slots(&a->by_side, &a->n_by_side, r->sides.n) ||
            slots(&a->by_type, &a->n_by_type, r->types.n))
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
