/*
 * validate_render.c - renders validation results (agreement with coders)
 * and audit results as an aligned table, one JSON document (cJSON) or a
 * tidy CSV. Numbers go through fsc__fmt_num; an undefined value is null /
 * an empty cell / "-", always next to its reason, never NaN.
 */
#include "framescope/validate.h"

#include "buf.h"
#include "format.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const metric_names[5] = { "precision", "recall", "f1",
                                             "kappa", "alpha" };

static const fsc_vstat *metric(const fsc_validate_row *r, int m)
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

/* ------------------------------------------------------------------ */
/* JSON                                                                 */
/* ------------------------------------------------------------------ */

static int jnum(cJSON *o, const char *k, double v)
{
    char b[40];
    if (!fsc__fmt_num(v, b))
        return cJSON_AddNullToObject(o, k) != NULL;
    return cJSON_AddRawToObject(o, k, b) != NULL;
}

static int jsize(cJSON *o, const char *k, size_t v)
{
    char b[32];
    snprintf(b, sizeof b, "%zu", v);
    return cJSON_AddRawToObject(o, k, b) != NULL;
}

static int jseed(cJSON *o, uint64_t seed)
{
    char b[32];
    snprintf(b, sizeof b, "%llu", (unsigned long long)seed);
    return cJSON_AddRawToObject(o, "seed", b) != NULL;
}

static int jstr(cJSON *o, const char *k, const char *s)
{
    return (s ? cJSON_AddStringToObject(o, k, s)
              : cJSON_AddNullToObject(o, k)) != NULL;
}

static int add_item(cJSON *o, const char *k, cJSON *item)
{
    if (!item)
        return 0;
    if (!cJSON_AddItemToObject(o, k, item)) {
        cJSON_Delete(item);
        return 0;
    }
    return 1;
}

static cJSON *row_json(const fsc_validate_row *r)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !jstr(o, "category", r->category) || !jsize(o, "tp", r->tp) ||
        !jsize(o, "fp", r->fp) || !jsize(o, "fn", r->fn) ||
        !jsize(o, "tn", r->tn))
        goto fail;
    for (int m = 0; m < 5; m++) {
        const fsc_vstat *s = metric(r, m);
        cJSON *x = cJSON_CreateObject();
        if (!add_item(o, metric_names[m], x) || !jnum(x, "value", s->value) ||
            !jnum(x, "ci_lo", s->lo) || !jnum(x, "ci_hi", s->hi) ||
            !jsize(x, "boot_used", s->boot_used) ||
            !jstr(x, "reason", s->reason))
            goto fail;
    }
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

static cJSON *str_array(const char *const *v, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < n; i++) {
        cJSON *s = cJSON_CreateString(v[i]);
        if (!s || !cJSON_AddItemToArray(a, s)) {
            cJSON_Delete(s);
            cJSON_Delete(a);
            return NULL;
        }
    }
    return a;
}

static cJSON *validate_json(const fsc_validate_result *r)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *rec = cJSON_CreateObject();
    if (!o || !add_item(o, "records", rec) || !jsize(rec, "gold", r->n_gold) ||
        !jsize(rec, "rows", r->n_rows) ||
        !jsize(rec, "unscored", r->n_unscored) ||
        !jsize(rec, "joined", r->n_joined) ||
        !add_item(rec, "missing_in_rows",
                  str_array(r->missing_in_rows, r->n_missing_in_rows)) ||
        !add_item(rec, "missing_in_gold",
                  str_array(r->missing_in_gold, r->n_missing_in_gold)))
        goto fail;
    cJSON *bs = cJSON_CreateObject();
    if (!add_item(o, "bootstrap", bs) ||
        !jsize(bs, "resamples", r->opts.bootstrap) ||
        !jnum(bs, "level", r->opts.level) || !jseed(bs, r->opts.seed) ||
        !jstr(bs, "method",
              "percentile CI over articles resampled with replacement "
              "(splitmix64); each CI over the resamples where the "
              "statistic is defined"))
        goto fail;
    cJSON *cats = cJSON_CreateArray();
    if (!add_item(o, "categories", cats))
        goto fail;
    for (size_t i = 0; i < r->n_categories; i++) {
        cJSON *x = row_json(&r->rows[i]);
        if (!x || !cJSON_AddItemToArray(cats, x)) {
            cJSON_Delete(x);
            goto fail;
        }
    }
    if (!add_item(o, "micro", row_json(&r->micro)) ||
        !add_item(o, "macro", row_json(&r->macro)))
        goto fail;
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

static cJSON *audit_json(const fsc_audit_result *r)
{
    cJSON *o = cJSON_CreateObject();
    if (!o || !jnum(o, "threshold", r->threshold) ||
        !jsize(o, "rows", r->n_rows) || !jsize(o, "coded", r->n_coded) ||
        !jsize(o, "uncoded", r->n_uncoded) ||
        !jnum(o, "precision", r->precision) ||
        !jsize(o, "terms_below", r->n_below))
        goto fail;
    cJSON *a = cJSON_CreateArray();
    if (!add_item(o, "terms", a))
        goto fail;
    for (size_t i = 0; i < r->n_terms; i++) {
        const fsc_audit_term *t = &r->terms[i];
        cJSON *x = cJSON_CreateObject();
        if (!x || !cJSON_AddItemToArray(a, x)) {
            cJSON_Delete(x);
            goto fail;
        }
        if (!jstr(x, "term", t->term) || !jsize(x, "n", t->n) ||
            !jsize(x, "correct", t->correct) ||
            !jsize(x, "incorrect", t->incorrect) ||
            !jsize(x, "uncoded", t->uncoded) ||
            !jnum(x, "precision", t->precision) ||
            !jstr(x, "reason", isnan(t->precision) ? "no coded row" : NULL) ||
            !cJSON_AddBoolToObject(x, "below", t->below))
            goto fail;
    }
    return o;
fail:
    cJSON_Delete(o);
    return NULL;
}

static fsc_status json_out(cJSON *o, char **out, size_t *len, fsc_error *err)
{
    if (!o)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    char *t = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!t)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc_status st = fsc__buf_adds(&b, t);
    cJSON_free(t);
    if (st == FSC_OK)
        st = fsc__buf_addc(&b, '\n');
    if (st == FSC_OK)
        st = fsc__buf_take(&b, out, len);
    fsc__buf_free(&b);
    return st == FSC_OK ? FSC_OK : fsc__fail(err, st, "out of memory");
}

/* ------------------------------------------------------------------ */
/* CSV                                                                  */
/* ------------------------------------------------------------------ */

/* One CSV line; field i is text (categories, terms, ids: guarded against
 * formula injection) when bit i of `text` is set, else a number or a fixed
 * word written as it is. */
#define TEXT(i) (1u << (i))
static fsc_status csv_row(fsc_buf *b, const char *const *f, size_t n,
                          unsigned text)
{
    fsc_status st = FSC_OK;
    for (size_t i = 0; st == FSC_OK && i < n; i++) {
        if (i)
            st = fsc__buf_addc(b, ',');
        if (st == FSC_OK && f[i])
            st = (text & TEXT(i)) ? fsc__csv_text_field(b, f[i], strlen(f[i]))
                                  : fsc__csv_field(b, f[i], strlen(f[i]));
    }
    return st == FSC_OK ? fsc__buf_add(b, "\r\n", 2) : st;
}

static fsc_status validate_csv(const fsc_validate_result *r, fsc_buf *b)
{
    static const char *const head[] = { "category", "statistic", "value",
                                        "ci_lo",    "ci_hi",     "note" };
    fsc_status st = csv_row(b, head, 6, 0);
    for (size_t i = 0; st == FSC_OK && i < r->n_categories + 2; i++) {
        const fsc_validate_row *row = i < r->n_categories    ? &r->rows[i]
                                      : i == r->n_categories ? &r->micro
                                                             : &r->macro;
        const size_t counts[4] = { row->tp, row->fp, row->fn, row->tn };
        static const char *const cn[4] = { "tp", "fp", "fn", "tn" };
        for (int k = 0; st == FSC_OK && k < 4; k++) {
            char v[32];
            snprintf(v, sizeof v, "%zu", counts[k]);
            const char *f[6] = { row->category, cn[k], v, "", "", "" };
            st = csv_row(b, f, 6, TEXT(0));
        }
        for (int m = 0; st == FSC_OK && m < 5; m++) {
            const fsc_vstat *s = metric(row, m);
            char v[40], lo[40], hi[40];
            fsc__fmt_num(s->value, v);
            fsc__fmt_num(s->lo, lo);
            fsc__fmt_num(s->hi, hi);
            const char *f[6] = { row->category,
                                 metric_names[m],
                                 v,
                                 lo,
                                 hi,
                                 s->reason ? s->reason : "" };
            st = csv_row(b, f, 6, TEXT(0));
        }
    }
    for (size_t i = 0; st == FSC_OK && i < r->n_missing_in_rows; i++) {
        const char *f[6] = { "",
                             "missing_in_rows",
                             r->missing_in_rows[i],
                             "",
                             "",
                             "gold id without a scored row" };
        st = csv_row(b, f, 6, TEXT(2));
    }
    for (size_t i = 0; st == FSC_OK && i < r->n_missing_in_gold; i++) {
        const char *f[6] = { "",
                             "missing_in_gold",
                             r->missing_in_gold[i],
                             "",
                             "",
                             "scored id not in the gold file" };
        st = csv_row(b, f, 6, TEXT(2));
    }
    return st;
}

static fsc_status audit_csv(const fsc_audit_result *r, fsc_buf *b)
{
    static const char *const head[] = { "term",      "n",       "correct",
                                        "incorrect", "uncoded", "precision",
                                        "below" };
    fsc_status st = csv_row(b, head, 7, 0);
    for (size_t i = 0; st == FSC_OK && i < r->n_terms; i++) {
        const fsc_audit_term *t = &r->terms[i];
        char n[32], c[32], ic[32], u[32], p[40];
        snprintf(n, sizeof n, "%zu", t->n);
        snprintf(c, sizeof c, "%zu", t->correct);
        snprintf(ic, sizeof ic, "%zu", t->incorrect);
        snprintf(u, sizeof u, "%zu", t->uncoded);
        fsc__fmt_num(t->precision, p);
        const char *f[7] = { t->term, n, c, ic, u, p, t->below ? "1" : "0" };
        st = csv_row(b, f, 7, TEXT(0));
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* Table                                                                */
/* ------------------------------------------------------------------ */

static size_t cols_of(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static fsc_status pad(fsc_buf *b, const char *s, size_t width, int right)
{
    size_t w = cols_of(s);
    fsc_status st = FSC_OK;
    if (right)
        for (size_t i = w; st == FSC_OK && i < width; i++)
            st = fsc__buf_addc(b, ' ');
    if (st == FSC_OK)
        st = fsc__buf_adds(b, s);
    if (!right)
        for (size_t i = w; st == FSC_OK && i < width; i++)
            st = fsc__buf_addc(b, ' ');
    return st;
}

static const char *num3(double v, char b[40])
{
    if (!isfinite(v)) {
        strcpy(b, "-");
        return b;
    }
    snprintf(b, 40, "%.3f", v);
    return b;
}

static fsc_status stat_cell(fsc_buf *b, const fsc_vstat *s)
{
    char v[40], lo[40], hi[40], cell[128];
    num3(s->value, v);
    if (isfinite(s->lo))
        snprintf(cell, sizeof cell, "%s [%s, %s]", v, num3(s->lo, lo),
                 num3(s->hi, hi));
    else
        snprintf(cell, sizeof cell, "%s", v);
    fsc_status st = fsc__buf_adds(b, "  ");
    return st == FSC_OK ? pad(b, cell, 22, 0) : st;
}

static fsc_status validate_table(const fsc_validate_result *r, fsc_buf *b)
{
    size_t wcat = 8;
    for (size_t i = 0; i < r->n_categories; i++)
        if (cols_of(r->rows[i].category) > wcat)
            wcat = cols_of(r->rows[i].category);
    fsc_status st = fsc__buf_printf(
        b,
        "Articles: %zu in gold, %zu score rows (%zu unscored), %zu joined; "
        "%zu gold ids without a scored row, %zu scored ids not in gold.\n",
        r->n_gold, r->n_rows, r->n_unscored, r->n_joined, r->n_missing_in_rows,
        r->n_missing_in_gold);
    if (st == FSC_OK && r->opts.bootstrap)
        st = fsc__buf_printf(b,
                             "Values with %g%% bootstrap CI (%zu resamples "
                             "of the articles, seed %llu).\n",
                             r->opts.level * 100.0, r->opts.bootstrap,
                             (unsigned long long)r->opts.seed);
    if (st == FSC_OK)
        st = fsc__buf_addc(b, '\n');
    if (st == FSC_OK)
        st = pad(b, "category", wcat, 0);
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "  %5s %5s %5s %5s", "tp", "fp", "fn", "tn");
    for (int m = 0; st == FSC_OK && m < 5; m++) {
        st = fsc__buf_adds(b, "  ");
        if (st == FSC_OK)
            st = pad(b, metric_names[m], 22, 0);
    }
    if (st == FSC_OK)
        st = fsc__buf_addc(b, '\n');
    for (size_t i = 0; st == FSC_OK && i < r->n_categories + 2; i++) {
        const fsc_validate_row *row = i < r->n_categories    ? &r->rows[i]
                                      : i == r->n_categories ? &r->micro
                                                             : &r->macro;
        st = pad(b, row->category, wcat, 0);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "  %5zu %5zu %5zu %5zu", row->tp, row->fp,
                                 row->fn, row->tn);
        for (int m = 0; st == FSC_OK && m < 5; m++)
            st = stat_cell(b, metric(row, m));
        if (st == FSC_OK)
            st = fsc__buf_addc(b, '\n');
    }
    /* Reasons for undefined values, once per (category, statistic). */
    int any = 0;
    for (size_t i = 0; st == FSC_OK && i < r->n_categories + 2; i++) {
        const fsc_validate_row *row = i < r->n_categories    ? &r->rows[i]
                                      : i == r->n_categories ? &r->micro
                                                             : &r->macro;
        for (int m = 0; st == FSC_OK && m < 5; m++) {
            const fsc_vstat *s = metric(row, m);
            if (!isnan(s->value) || !s->reason)
                continue;
            if (!any)
                st = fsc__buf_adds(b, "\nUndefined:\n");
            any = 1;
            if (st == FSC_OK)
                st = fsc__buf_printf(b, "  %s %s: %s\n", row->category,
                                     metric_names[m], s->reason);
        }
    }
    if (st == FSC_OK && r->n_missing_in_rows) {
        st = fsc__buf_adds(b, "\nGold ids without a scored row:");
        for (size_t i = 0; st == FSC_OK && i < r->n_missing_in_rows; i++)
            st = fsc__buf_printf(b, " %s", r->missing_in_rows[i]);
        if (st == FSC_OK)
            st = fsc__buf_addc(b, '\n');
    }
    if (st == FSC_OK && r->n_missing_in_gold)
        /* The normal case of a coded sample of a larger corpus: counted,
           not listed (the JSON and CSV outputs list them). */
        st = fsc__buf_printf(b,
                             "\n%zu scored row%s not in the gold file (not "
                             "evaluated; listed in --format json or csv).\n",
                             r->n_missing_in_gold,
                             r->n_missing_in_gold == 1 ? " is" : "s are");
    return st;
}

static fsc_status audit_table(const fsc_audit_result *r, fsc_buf *b)
{
    size_t wt = 4;
    for (size_t i = 0; i < r->n_terms; i++)
        if (cols_of(r->terms[i].term) > wt)
            wt = cols_of(r->terms[i].term);
    char p[40], th[40];
    fsc__fmt_round(r->threshold, th);
    fsc_status st = fsc__buf_printf(
        b,
        "Audit: %zu rows, %zu coded, %zu not coded; precision %s; "
        "%zu term(s) below %s.\n\n",
        r->n_rows, r->n_coded, r->n_uncoded, num3(r->precision, p), r->n_below,
        th);
    if (st == FSC_OK)
        st = pad(b, "term", wt, 0);
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "  %5s %7s %9s %7s  %9s\n", "n", "correct",
                             "incorrect", "uncoded", "precision");
    for (size_t i = 0; st == FSC_OK && i < r->n_terms; i++) {
        const fsc_audit_term *t = &r->terms[i];
        st = pad(b, t->term, wt, 0);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "  %5zu %7zu %9zu %7zu  %9s%s\n", t->n,
                                 t->correct, t->incorrect, t->uncoded,
                                 num3(t->precision, p),
                                 t->below              ? "  BELOW THRESHOLD"
                                 : isnan(t->precision) ? "  (not coded)"
                                                       : "");
    }
    return st;
}

/* ------------------------------------------------------------------ */

static fsc_status finish(fsc_buf *b, fsc_status st, char **out, size_t *len,
                         fsc_error *err)
{
    if (st == FSC_OK)
        st = fsc__buf_take(b, out, len);
    fsc__buf_free(b);
    return st == FSC_OK ? FSC_OK : fsc__fail(err, st, "%s", fsc_strerror(st));
}

fsc_status fsc_validate_render(const fsc_validate_result *r,
                               fsc_validate_format fmt, char **out, size_t *len,
                               fsc_error *err)
{
    *out = NULL;
    if (len)
        *len = 0;
    if (!r)
        return fsc__fail(err, FSC_EINVAL, "no result to render");
    if (fmt == FSC_VALIDATE_JSON)
        return json_out(validate_json(r), out, len, err);
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc_status st =
        fmt == FSC_VALIDATE_CSV ? validate_csv(r, &b) : validate_table(r, &b);
    return finish(&b, st, out, len, err);
}

fsc_status fsc_audit_render(const fsc_audit_result *r, fsc_validate_format fmt,
                            char **out, size_t *len, fsc_error *err)
{
    *out = NULL;
    if (len)
        *len = 0;
    if (!r)
        return fsc__fail(err, FSC_EINVAL, "no result to render");
    if (fmt == FSC_VALIDATE_JSON)
        return json_out(audit_json(r), out, len, err);
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc_status st =
        fmt == FSC_VALIDATE_CSV ? audit_csv(r, &b) : audit_table(r, &b);
    return finish(&b, st, out, len, err);
}
