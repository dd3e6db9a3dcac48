/*
 * state.c - a compare's state: creating it from the options (the fields the
 * rows must carry, filters, voices) and freeing it; the per-reason counters
 * of skipped and filtered rows.
 */
#include "compare_int.h"

static void reasons_init(reasons *r)
{
    memset(r, 0, sizeof *r);
    fsc__strmap_init(&r->map);
}

static void reasons_free(reasons *r)
{
    fsc__strmap_free(&r->map);
    free(r->count);
    free(r->out);
}

/* Profile measures read one number per row instead of the categories. */
static int is_profile(fsc_measure m)
{
    return m >= FSC_MEASURE_SHARE_ATTRIBUTED && m <= FSC_MEASURE_SIDE;
}

fsc_status fsc__compare_reasons_add(reasons *r, const char *s, size_t len)
{
    uint32_t h = fsc__hash(s, len), v;
    if (fsc__strmap_get(&r->map, s, len, h, &v)) {
        r->count[v]++;
        return FSC_OK;
    }
    if (r->n >= MAX_REASONS) {
        r->other++;
        return FSC_OK;
    }
    size_t *nc = realloc(r->count, (r->n + 1) * sizeof *nc);
    if (!nc)
        return FSC_ENOMEM;
    r->count = nc;
    fsc_status st = fsc__strmap_put(&r->map, s, len, h, (uint32_t)r->n);
    if (st)
        return st;
    r->count[r->n++] = 1;
    return FSC_OK;
}

static int cmp_reason(const void *a, const void *b)
{
    const fsc_compare_reason *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->reason, y->reason);
}

fsc_status fsc__compare_reasons_finish(reasons *r)
{
    size_t n = r->n + (r->other > 0);
    r->out = calloc(n ? n : 1, sizeof *r->out);
    if (!r->out)
        return FSC_ENOMEM;
    for (size_t i = 0; i < r->map.n; i++) {
        uint32_t v = r->map.ents[i].val;
        r->out[v].reason = r->map.ents[i].key;
        r->out[v].count = r->count[v];
    }
    fsc__qsort(r->out, r->n, sizeof *r->out, cmp_reason);
    if (r->other) {
        r->out[r->n].reason = "(other reasons)";
        r->out[r->n].count = r->other;
    }
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Construction                                                        */
/* ------------------------------------------------------------------ */

static size_t need_field(fsc_compare *c, const char *name, size_t len,
                         fsc_status *st)
{
    for (size_t i = 0; i < c->n_needed; i++)
        if (strlen(c->needed[i]) == len && memcmp(c->needed[i], name, len) == 0)
            return i;
    if (c->n_needed == MAX_NEEDED) {
        *st = FSC_ELIMIT;
        return 0;
    }
    c->needed[c->n_needed] = fsc__strndup(name, len);
    if (!c->needed[c->n_needed]) {
        *st = FSC_ENOMEM;
        return 0;
    }
    return c->n_needed++;
}

fsc_status fsc_compare_new(const fsc_compare_opts *opts, fsc_compare **out,
                           fsc_error *err)
{
    fsc_status st = FSC_OK;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "compare: NULL output");
    *out = NULL;
    fsc_compare *c = calloc(1, sizeof *c);
    if (!c)
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    if (opts)
        c->o = *opts;
    else
        fsc_compare_opts_init(&c->o);
    fsc__strmap_init(&c->cats);
    fsc__strmap_init(&c->groups);
    fsc__strmap_init(&c->scopes);
    reasons_init(&c->skip_r);
    reasons_init(&c->filt_r);
    fsc__buf_init(&c->part, LINE_CAP);
    fsc__buf_init(&c->fbuf, LINE_CAP);
    fsc__buf_init(&c->csv_id, LINE_CAP);
    fsc__buf_init(&c->csv_reason, LINE_CAP);
    fsc__buf_init(&c->csv_rec, LINE_CAP);
    fsc__buf_init(&c->csv_fields, LINE_CAP);
    fsc__buf_init(&c->tbuf, LINE_CAP);
    fsc__strmap_init(&c->terms);
    fsc__strmap_init(&c->periods);
    c->date_idx = SIZE_MAX;
    c->profile = is_profile(c->o.measure);
    /* Profile shares are fractions: keep them in doubles, as weights. */
    c->esz = c->o.measure == FSC_MEASURE_WEIGHTED || c->profile ? sizeof(double)
                                                                : sizeof(float);
    *out = c; /* from here on, failures free through fsc_compare_free */

    const char *by = c->o.by ? c->o.by : "outlet";
    if (!*by) {
        st = fsc__fail(err, FSC_EINVAL, "--by: empty field name");
        goto fail;
    }
    if (strcmp(by, "date:week") == 0 || strcmp(by, "date:month") == 0) {
        c->by_date = by[5] == 'w' ? 1 : 2;
        by = "date";
    } else if (strncmp(by, "date:", 5) == 0) {
        st = fsc__fail(err, FSC_EINVAL,
                       "--by %s: use date:week or date:month", by);
        goto fail;
    }
    c->by_field = fsc__strdup(by);
    if (!c->by_field)
        goto nomem;
    c->by_idx = need_field(c, by, strlen(by), &st);
    if (st)
        goto fail;
    if (c->o.n_where) {
        c->where = calloc(c->o.n_where, sizeof *c->where);
        if (!c->where)
            goto nomem;
    }
    for (size_t i = 0; i < c->o.n_where; i++) {
        const char *w = c->o.where[i], *eq = w ? strchr(w, '=') : NULL;
        if (!eq || eq == w) {
            st = fsc__fail(err, FSC_EINVAL,
                           "--where '%s': expected FIELD=VALUE", w ? w : "");
            goto fail;
        }
        c->where[i].field = need_field(c, w, (size_t)(eq - w), &st);
        if (st) {
            st = fsc__fail(err, st, "--where: too many fields");
            goto fail;
        }
        c->where[i].value = fsc__strdup(eq + 1);
        if (!c->where[i].value)
            goto nomem;
        c->n_where++;
    }
    const char *bounds[2] = { c->o.from, c->o.to };
    char *dst[2] = { c->from, c->to };
    for (int i = 0; i < 2; i++) {
        long y, m, d;
        if (!bounds[i])
            continue;
        if (strlen(bounds[i]) != 10 ||
            !fsc__parse_date(bounds[i], &y, &m, &d)) {
            st = fsc__fail(err, FSC_EINVAL, "--%s '%s': expected YYYY-MM-DD",
                           i ? "to" : "from", bounds[i]);
            goto fail;
        }
        memcpy(dst[i], bounds[i], 11);
    }
    if (c->o.period < FSC_PERIOD_NONE || c->o.period > FSC_PERIOD_MONTH) {
        st = fsc__fail(err, FSC_EINVAL, "--period: unknown period %d",
                       c->o.period);
        goto fail;
    }
    if (c->from[0] || c->to[0] || c->by_date || c->o.period) {
        c->date_idx = need_field(c, "date", 4, &st);
        if (st)
            goto fail;
    }
    if (!(c->o.level > 0 && c->o.level < 1)) {
        st = fsc__fail(err, FSC_EINVAL, "CI level %g is not in (0, 1)",
                       c->o.level);
        goto fail;
    }
    if (c->o.measure > FSC_MEASURE_SIDE) {
        st = fsc__fail(err, FSC_EINVAL, "unknown measure");
        goto fail;
    }
    if (c->o.voices & ~FSC_COMPARE_VOICES_EACH) {
        st = fsc__fail(err, FSC_EINVAL, "unknown voice in the voice set");
        goto fail;
    }
    if (c->o.voices) {
        /* Several voices: enum order; opts.voice becomes the first. */
        for (unsigned v = 0; v <= FSC_COMPARE_VOICE_ATTRIBUTED; v++)
            if (c->o.voices & (1u << v))
                c->vlist[c->nv++] = (fsc_compare_voice)v;
        c->o.voice = c->vlist[0];
    } else {
        if (c->o.voice > FSC_COMPARE_VOICE_ATTRIBUTED) {
            st = fsc__fail(err, FSC_EINVAL, "unknown voice");
            goto fail;
        }
        c->vlist[c->nv++] = c->o.voice;
    }
    for (size_t vi = 0; vi < c->nv; vi++) {
        fsc_compare_voice v = c->vlist[vi];
        if (v != FSC_COMPARE_VOICE_ALL)
            c->need_vc = 1;
        if (v != FSC_COMPARE_VOICE_ALL &&
            (c->o.measure == FSC_MEASURE_WEIGHTED || c->profile)) {
            st = fsc__fail(err, FSC_EINVAL,
                           "--voice %s: not with --measure %s (score rows "
                           "have no per-voice %s)",
                           fsc_compare_voice_name(v),
                           fsc_measure_name(c->o.measure),
                           c->profile ? "profile" : "weights");
            goto fail;
        }
        if (c->o.measure == FSC_MEASURE_VOICE_RATE &&
            v == FSC_COMPARE_VOICE_ALL) {
            st = fsc__fail(err, FSC_EINVAL,
                           "--measure voice_rate needs --voice authorial, "
                           "quoted or attributed (with all it is the rate)");
            goto fail;
        }
    }
    if (c->profile && c->o.n_categories) {
        st = fsc__fail(err, FSC_EINVAL,
                       "--category: not with the profile measure %s",
                       fsc_measure_name(c->o.measure));
        goto fail;
    }
    if (c->o.measure == FSC_MEASURE_SIDE && (!c->o.side || !*c->o.side)) {
        st = fsc__fail(err, FSC_EINVAL, "--measure side:NAME: empty side");
        goto fail;
    }
    if (c->o.keyness && !(c->o.prior_a0 > 0 && isfinite(c->o.prior_a0))) {
        st = fsc__fail(err, FSC_EINVAL, "--prior-a0 %g: must be > 0",
                       c->o.prior_a0);
        goto fail;
    }
    if (c->o.keyness && c->o.prior > FSC_PRIOR_CORPUS) {
        st = fsc__fail(err, FSC_EINVAL, "unknown prior");
        goto fail;
    }
    if (c->o.keyness && c->o.keyness_top == 0)
        c->o.keyness_top = 10;
    if (c->profile) {
        char name[300];
        if (c->o.measure == FSC_MEASURE_SIDE) {
            c->side = fsc__strdup(c->o.side);
            if (!c->side)
                goto nomem;
            snprintf(name, sizeof name, "profile:side:%.200s", c->side);
        } else {
            snprintf(name, sizeof name, "profile:%s",
                     fsc_measure_name(c->o.measure));
        }
        if ((st = fsc__compare_cat_intern(c, name, strlen(name), 1,
                                          &c->pseudo)))
            goto fail;
    }
    if (c->o.threads == 0)
        c->o.threads = 1;
    if (c->o.n_categories) {
        c->restricted = 1;
        c->cat_list = calloc(c->o.n_categories, sizeof *c->cat_list);
        if (!c->cat_list)
            goto nomem;
        for (size_t i = 0; i < c->o.n_categories; i++) {
            const char *id = c->o.categories[i];
            if (!id || !*id) {
                st = fsc__fail(err, FSC_EINVAL, "--category: empty id");
                goto fail;
            }
            c->cat_list[i] = fsc__strdup(id);
            if (!c->cat_list[i])
                goto nomem;
            uint32_t v;
            st = fsc__compare_cat_intern(c, id, strlen(id), 1, &v);
            if (st)
                goto fail;
        }
    }
    /* Strings of the options are copied; the result echoes the copies. */
    c->o.by = c->o.by ? c->o.by : "outlet";
    c->o.side = c->side;
    return FSC_OK;

nomem:
    st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
fail:
    fsc_compare_free(c);
    *out = NULL;
    return st;
}

void fsc_compare_free(fsc_compare *c)
{
    if (!c)
        return;
    free(c->lexset);
    for (size_t i = 0; i < c->n_attr_lex; i++)
        free(c->attr_lex[i]);
    for (size_t i = 0; i < c->n_uf; i++)
        free(c->uf[i]);
    free(c->xl);
    free(c->by_field);
    for (size_t i = 0; i < c->n_needed; i++)
        free(c->needed[i]);
    for (size_t i = 0; i < c->n_where; i++)
        free(c->where[i].value);
    free(c->where);
    if (c->cat_list)
        for (size_t i = 0; i < c->o.n_categories; i++)
            free(c->cat_list[i]);
    free(c->cat_list);
    free(c->side);
    free(c->pt);
    fsc__buf_free(&c->tbuf);
    fsc__strmap_free(&c->terms);
    for (size_t g = 0; g < c->g_cap; g++)
        free(c->gt[g].n);
    free(c->gt);
    free(c->gtok);
    free(c->gkrows);
    free(c->kres);
    free(c->kterms);
    free(c->row_group);
    free(c->row_sc_has);
    free(c->row_sc_in);
    free(c->snames);
    free(c->sc_rows);
    free(c->sc_rows_in);
    free(c->row_tokens);
    free(c->row_period);
    fsc__strmap_free(&c->periods);
    for (size_t i = 0; i < 2 * c->n_ctr; i++)
        free(c->ctr[i]);
    free(c->ctr);
    for (size_t i = 0; i < c->raw_cap; i++)
        free(c->raw[i]);
    free(c->raw);
    free(c->pnames);
    free(c->series);
    free(c->contrasts);
    for (size_t vi = 0; vi < 4; vi++) {
        for (size_t i = 0; c->vcols[vi] && i < c->cats.n; i++)
            free(c->vcols[vi][i].v);
        free(c->vcols[vi]);
        free(c->row_vtok[vi]);
    }
    free(c->row_vmask);
    fsc__strmap_free(&c->cats);
    fsc__strmap_free(&c->groups);
    fsc__strmap_free(&c->scopes);
    reasons_free(&c->skip_r);
    reasons_free(&c->filt_r);
    for (size_t i = 0; i < c->n_invalid_msgs; i++)
        free(c->invalid_msgs[i]);
    free(c->src_name);
    fsc__buf_free(&c->part);
    fsc__buf_free(&c->fbuf);
    fsc__buf_free(&c->csv_id);
    fsc__buf_free(&c->csv_reason);
    fsc__buf_free(&c->csv_rec);
    fsc__buf_free(&c->csv_fields);
    free(c->csv_off);
    free(c->pc);
    free(c->hint);
    free(c->gnames); /* names point into the maps */
    free(c->cnames);
    free(c->gsize);
    free(c->cells);
    free(c->pairs);
    free(c->kw);
    free(c->inv_out);
    free(c);
}

fsc_status fsc__compare_follow(fsc_compare *lead, fsc_compare *f,
                               fsc_error *err)
{
    if (!lead || !f || lead == f || lead->lead || f->lead || f->n_fol ||
        lead->n_fol >= sizeof lead->fol / sizeof *lead->fol)
        return fsc__fail(err, FSC_EINVAL, "compare_follow: bad arguments");
    if (lead->src_name || f->src_name || lead->read || f->read || lead->ran ||
        f->ran)
        return fsc__fail(err, FSC_EINVAL, "compare_follow: already fed");
    fsc_measure m = f->o.measure;
    int same_cats = f->restricted == lead->restricted &&
                    f->o.all_layers == lead->o.all_layers &&
                    f->o.n_categories == lead->o.n_categories;
    for (size_t i = 0; same_cats && i < f->o.n_categories; i++)
        same_cats = strcmp(f->cat_list[i], lead->cat_list[i]) == 0;
    if (f->o.keyness || f->nv != 1 || f->vlist[0] != FSC_COMPARE_VOICE_ALL ||
        f->need_vc || m == FSC_MEASURE_WEIGHTED || m == FSC_MEASURE_SIDE ||
        m == FSC_MEASURE_VOICE_RATE || lead->profile ||
        (!f->profile && !same_cats))
        return fsc__fail(err, FSC_EINVAL,
                         "compare_follow: this comparison cannot follow");
    for (size_t i = 0; i < f->n_needed; i++) {
        size_t u = 0;
        while (u < lead->n_uf && strcmp(lead->uf[u], f->needed[i]) != 0)
            u++;
        if (u == lead->n_uf) {
            if (u == MAX_UFIELDS)
                return fsc__fail(err, FSC_EINVAL,
                                 "compare_follow: too many fields");
            if (!(lead->uf[u] = fsc__strdup(f->needed[i])))
                return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
            lead->n_uf++;
        }
        f->fu[i] = u;
    }
    lead->fol[lead->n_fol++] = f;
    f->lead = lead;
    return FSC_OK;
}
