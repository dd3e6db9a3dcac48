/*
 * report_json.c - the report as one JSON document with every figure: the
 * full comparison of each voice and attribution measure (as `framescope
 * compare --format json` writes them), the differences listed in plain
 * words, attribution totals, top articles, and the methods. Undefined
 * numbers are null, never NaN.
 */
#include "framescope/report.h"

#include "format.h"
#include "internal.h"
#include "report_int.h"
#include "report_json.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_version.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

fsc_status fsc__report_render_json(const fsc_report *r, char **out,
                                   size_t *len, fsc_error *err);

static int add(cJSON *o, const char *k, cJSON *v)
{
    if (!v)
        return 0;
    if (!cJSON_AddItemToObject(o, k, v)) {
        cJSON_Delete(v);
        return 0;
    }
    return 1;
}

static int push(cJSON *a, cJSON *v)
{
    if (!v)
        return 0;
    if (!cJSON_AddItemToArray(a, v)) {
        cJSON_Delete(v);
        return 0;
    }
    return 1;
}

static int num(cJSON *o, const char *k, double v)
{
    char b[40];
    if (!fsc__fmt_num(v, b))
        return cJSON_AddNullToObject(o, k) != NULL;
    return cJSON_AddRawToObject(o, k, b) != NULL;
}

static int size(cJSON *o, const char *k, size_t v)
{
    char b[32];
    snprintf(b, sizeof b, "%zu", v);
    return cJSON_AddRawToObject(o, k, b) != NULL;
}

static int str(cJSON *o, const char *k, const char *s)
{
    return (s ? cJSON_AddStringToObject(o, k, s)
              : cJSON_AddNullToObject(o, k)) != NULL;
}

static const char *const voice_key[FSC__RV_N] = { "all", "authorial",
                                                   "attributed", "quoted" };

static cJSON *methods(const fsc_report *r)
{
    cJSON *m = cJSON_CreateObject(), *a;
    char seed[32];
    snprintf(seed, sizeof seed, "%llu", (unsigned long long)r->o.seed);
    int ok = m && str(m, "framescope", fsc_version()) &&
             str(m, "icu", fsc_icu_version()) &&
             str(m, "unicode", fsc_unicode_version()) &&
             str(m, "gsl", GSL_VERSION) && str(m, "cjson", cJSON_Version()) &&
             str(m, "by", r->by) && str(m, "from", r->from) &&
             str(m, "to", r->to) && size(m, "bootstrap", r->o.bootstrap) &&
             num(m, "level", r->o.level) &&
             cJSON_AddRawToObject(m, "seed", seed) &&
             num(m, "alpha", r->o.alpha) &&
             str(m, "prior", fsc_prior_name(r->o.prior)) &&
             num(m, "prior_a0", r->o.prior_a0) &&
             str(m, "period", fsc_compare_period_name(r->period)) &&
             size(m, "keyness_top", r->o.keyness_top) &&
             size(m, "top_articles", r->o.top_articles) &&
             size(m, "max_views", r->o.max_views) &&
             str(m, "command", r->command) &&
             str(m, "timestamp", r->timestamp);
    ok = ok && add(m, "categories", a = cJSON_CreateArray());
    for (size_t i = 0; ok && i < r->n_framing; i++)
        ok = push(a, cJSON_CreateString(r->framing[i]));
    ok = ok && cJSON_AddBoolToObject(m, "categories_restricted",
                                     r->restricted) != NULL;
    ok = ok && add(m, "where", a = cJSON_CreateArray());
    for (size_t i = 0; ok && i < r->o.n_where; i++)
        ok = push(a, cJSON_CreateString(r->where[i]));
    /* The rows' lexicon set (what the numbers were scored with); the
     * "lexicons" list stays the set loaded for the report. */
    const char *rows_set = r->res[FSC__RV_ALL]
                               ? r->res[FSC__RV_ALL]->lexicon_set
                               : NULL;
    ok = ok && (rows_set ? cJSON_AddRawToObject(m, "lexicon_set", rows_set)
                         : cJSON_AddNullToObject(m, "lexicon_set")) != NULL;
    ok = ok && add(m, "lexicons", a = cJSON_CreateArray());
    for (size_t i = 0; ok && r->m && i < fsc_model_n_lexicons(r->m); i++) {
        const fsc_lexicon *lx = fsc_model_lexicon(r->m, i);
        cJSON *e = cJSON_CreateObject();
        ok = push(a, e) && str(e, "name", fsc_lexicon_name(lx)) &&
             str(e, "version", fsc_lexicon_version(lx)) &&
             str(e, "layer", fsc_lexicon_layer(lx) == FSC_LAYER_ATTRIBUTION
                                 ? "attribution"
                                 : "framing") &&
             size(e, "entries", fsc_lexicon_n_entries(lx)) &&
             str(e, "sha256", fsc_lexicon_sha256(lx));
    }
    ok = ok && add(m, "inputs", a = cJSON_CreateArray());
    for (size_t i = 0; ok && i < r->n_inputs; i++) {
        cJSON *e = cJSON_CreateObject();
        char b[32];
        snprintf(b, sizeof b, "%llu", (unsigned long long)r->inputs[i].bytes);
        ok = push(a, e) && str(e, "name", r->inputs[i].name) &&
             str(e, "kind", r->inputs[i].kind) &&
             cJSON_AddRawToObject(e, "bytes", b) &&
             str(e, "sha256", r->inputs[i].sha256);
    }
    if (!ok) {
        cJSON_Delete(m);
        return NULL;
    }
    return m;
}

static cJSON *summary(const fsc_report *r)
{
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    cJSON *s = cJSON_CreateObject(), *a, *o;
    int ok = s && size(s, "records_read", all->rows_read) &&
             size(s, "rows_used", all->rows_used) &&
             size(s, "rows_skipped", all->rows_skipped) &&
             size(s, "rows_filtered", all->rows_filtered) &&
             size(s, "rows_invalid", all->rows_invalid) &&
             str(s, "date_min", r->rows_dated ? r->date_min : NULL) &&
             str(s, "date_max", r->rows_dated ? r->date_max : NULL) &&
             size(s, "rows_dated", r->rows_dated);
    ok = ok && add(s, "languages", o = cJSON_CreateObject());
    for (size_t i = 0; ok && i < r->n_langs; i++)
        ok = size(o, r->lang_list[i].name, r->lang_list[i].n);
    ok = ok && add(s, "groups", a = cJSON_CreateArray());
    for (size_t g = 0; ok && g < all->n_groups; g++) {
        cJSON *e = cJSON_CreateObject();
        ok = push(a, e) && str(e, "group", all->groups[g]) &&
             size(e, "articles", all->group_rows[g]) &&
             size(e, "with_match", r->attr[g].with_match);
        /* Articles in the scope of each scoped lexicon. */
        cJSON *sc = NULL;
        ok = ok && (!all->n_scopes ||
                    add(e, "scope", sc = cJSON_CreateObject()));
        for (size_t k = 0; ok && k < all->n_scopes; k++) {
            cJSON *so = NULL;
            ok = add(sc, all->scopes[k], so = cJSON_CreateObject()) &&
                 size(so, "articles",
                      all->scope_rows[g * all->n_scopes + k]) &&
                 size(so, "in_scope", all->scope_in[g * all->n_scopes + k]);
        }
    }
    if (!ok) {
        cJSON_Delete(s);
        return NULL;
    }
    return s;
}

static cJSON *findings(const fsc_report *r)
{
    cJSON *a = cJSON_CreateArray();
    int ok = a != NULL;
    for (size_t i = 0; ok && i < r->n_find; i++) {
        const fsc__rep_finding *f = &r->find[i];
        const fsc_compare_result *res = r->res[f->voice];
        const fsc_compare_pair *p = f->pair;
        const char *cat = res->categories[p->category];
        const fsc_desc *da =
            &res->cells[p->a * res->n_categories + p->category].desc;
        const fsc_desc *db =
            &res->cells[p->b * res->n_categories + p->category].desc;
        cJSON *e = cJSON_CreateObject();
        ok = push(a, e) && str(e, "voice", voice_key[f->voice]) &&
             str(e, "category", cat) &&
             str(e, "label", fsc__rep_cat_label(r, cat)) &&
             str(e, "a", res->groups[p->a]) &&
             str(e, "b", res->groups[p->b]) && num(e, "mean_a", da->mean) &&
             num(e, "mean_b", db->mean) && num(e, "ratio", p->ratio) &&
             num(e, "difference", p->effect.mean_diff) &&
             num(e, "difference_lo", f->diff_lo) &&
             num(e, "difference_hi", f->diff_hi) &&
             str(e, "test", p->welch.method) &&
             num(e, "p", p->welch.p) && num(e, "p_adj", p->welch_p_adj) &&
             num(e, "hedges_g", p->effect.hedges_g) &&
             num(e, "cliff_delta", p->effect.cliff) &&
             num(e, "cliff_delta_lo", p->effect.cliff_lo) &&
             num(e, "cliff_delta_hi", p->effect.cliff_hi) &&
             size(e, "n_a", da->n) && size(e, "n_b", db->n);
    }
    if (!ok) {
        cJSON_Delete(a);
        return NULL;
    }
    return a;
}

static cJSON *totals(const fsc_report *r, int side)
{
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    cJSON *o = cJSON_CreateObject();
    int ok = o != NULL;
    size_t n = side ? r->n_sides : r->n_types;
    for (size_t g = 0; ok && g < all->n_groups; g++) {
        cJSON *e = cJSON_CreateObject();
        ok = add(o, all->groups[g], e);
        for (size_t i = 0; ok && i < n; i++) {
            size_t own = side ? r->side_order[i] : r->type_order[i];
            ok = num(e, side ? r->side_names[i] : r->type_names[i],
                     side ? r->attr[g].by_side[own] : r->attr[g].by_type[own]);
        }
    }
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static cJSON *attribution(const fsc_report *r)
{
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    cJSON *o = cJSON_CreateObject(), *m, *c;
    int ok = o && add(o, "measures", m = cJSON_CreateObject());
    for (int p = 0; ok && p < FSC__RP_N; p++)
        ok = r->pres[p]
                 ? add(m, fsc_measure_name(fsc__rep_measure[p]),
                       fsc__compare_json(r->pres[p]))
                 : cJSON_AddNullToObject(m, fsc_measure_name(
                                                fsc__rep_measure[p])) != NULL;
    ok = ok && add(o, "counts", c = cJSON_CreateObject());
    for (size_t g = 0; ok && g < all->n_groups; g++) {
        cJSON *e = cJSON_CreateObject();
        ok = add(c, all->groups[g], e) &&
             size(e, "rows_with_profile", r->attr[g].rows) &&
             num(e, "attributions", r->attr[g].attributions) &&
             num(e, "anonymous", r->attr[g].anonymous) &&
             num(e, "unresolved", r->attr[g].unresolved);
    }
    ok = ok && add(o, "by_side", totals(r, 1)) &&
         add(o, "by_type", totals(r, 0));
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static cJSON *tops(const fsc_report *r)
{
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    cJSON *o = cJSON_CreateObject();
    int ok = o != NULL;
    for (size_t c = 0; ok && c < all->n_categories; c++) {
        if (!r->n_top_by_cat[c])
            continue;
        cJSON *a = cJSON_CreateArray();
        ok = add(o, all->categories[c], a);
        for (size_t k = 0; ok && k < r->n_top_by_cat[c]; k++) {
            const fsc__rep_top *t = &r->top_by_cat[c][k];
            cJSON *e = cJSON_CreateObject();
            ok = push(a, e) && str(e, "id", t->id) &&
                 str(e, "outlet", t->outlet) && str(e, "date", t->date) &&
                 str(e, "title", t->title) && str(e, "lang", t->lang) &&
                 num(e, "count", t->count) && num(e, "tokens", t->tokens) &&
                 num(e, "rate", t->rate) &&
                 cJSON_AddBoolToObject(e, "view_embedded",
                                       t->view >= 0 &&
                                           r->views[t->view].html != NULL);
        }
    }
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

fsc_status fsc__report_render_json(const fsc_report *r, char **out,
                                   size_t *len, fsc_error *err)
{
    cJSON *root = cJSON_CreateObject();
    int ok = root && str(root, "tool", "framescope report") &&
             str(root, "version", fsc_version()) &&
             str(root, "title", r->title) && add(root, "methods", methods(r)) &&
             add(root, "summary", summary(r)) &&
             add(root, "findings", findings(r)) &&
             /* Every voice in one document: each descriptive, pairwise and
              * Kruskal-Wallis entry names its "voice". */
             add(root, "comparisons",
                 fsc__compare_json(fsc_compare_result_get(
                     r->cmp[FSC__RV_ALL])));
    ok = ok &&
         (r->sres ? add(root, "time_series", fsc__compare_json(r->sres))
                  : cJSON_AddNullToObject(root, "time_series") != NULL);
    ok = ok && add(root, "attribution", attribution(r)) &&
         add(root, "top_articles", tops(r));
    char *s = ok ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    if (!s)
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    size_t n = strlen(s);
    char *o = malloc(n + 2);
    if (!o) {
        cJSON_free(s);
        return fsc__fail(err, FSC_ENOMEM, "report: out of memory");
    }
    memcpy(o, s, n);
    o[n] = '\n';
    o[n + 1] = '\0';
    cJSON_free(s);
    *out = o;
    if (len)
        *len = n + 1;
    return FSC_OK;
}
