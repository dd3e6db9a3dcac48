/*
 * rows.c - row storage: interning categories (one column per voice), the
 * declared categories and contested pairs, and committing a parsed row into
 * the per-row arrays (filters, grouping, periods, scopes, keyness tallies).
 */
#include "compare_int.h"

/* ------------------------------------------------------------------ */
/* Row storage                                                         */
/* ------------------------------------------------------------------ */

/* A category of an attribution-layer lexicon (cues, actors)? By the rows'
 * lexicon_set, else by the bundled names (attribution-*). */
static int attribution_cat(const fsc_compare *c, const char *s, size_t len)
{
    const char *colon = memchr(s, ':', len);
    size_t ll = colon ? (size_t)(colon - s) : len;
    if (c->lexset_known) {
        for (size_t i = 0; i < c->n_attr_lex; i++)
            if (strlen(c->attr_lex[i]) == ll && memcmp(c->attr_lex[i], s, ll) == 0)
                return 1;
        return 0;
    }
    return ll > 12 && memcmp(s, "attribution-", 12) == 0;
}

int fsc__compare_cat_allowed(const fsc_compare *c, const char *s, size_t len)
{
    if (!c->restricted)
        return c->o.all_layers || c->profile || !attribution_cat(c, s, len);
    for (size_t i = 0; i < c->o.n_categories; i++)
        if (strlen(c->cat_list[i]) == len && memcmp(c->cat_list[i], s, len) == 0)
            return 1;
    return 0;
}

/* With the weighted measure the columns hold weights, so the categories of
 * contested pairs also keep their match counts (zero-filled, row_cap). */
static int in_contrast(const fsc_compare *c, const char *s, size_t len)
{
    for (size_t i = 0; i < 2 * c->n_ctr; i++)
        if (strlen(c->ctr[i]) == len && memcmp(c->ctr[i], s, len) == 0)
            return 1;
    return 0;
}

static fsc_status raw_ensure(fsc_compare *c, uint32_t cat)
{
    if (c->o.measure != FSC_MEASURE_WEIGHTED)
        return FSC_OK;
    if (cat >= c->raw_cap) {
        size_t cap = c->raw_cap ? 2 * c->raw_cap : 16;
        while (cap <= cat)
            cap *= 2;
        float **r = realloc(c->raw, cap * sizeof *r);
        if (!r)
            return FSC_ENOMEM;
        for (size_t i = c->raw_cap; i < cap; i++)
            r[i] = NULL;
        c->raw = r;
        c->raw_cap = cap;
    }
    if (!c->raw[cat]) {
        c->raw[cat] = calloc(c->row_cap ? c->row_cap : 1, sizeof(float));
        if (!c->raw[cat])
            return FSC_ENOMEM;
    }
    return FSC_OK;
}

/* Index of category s; created (with a zero column) when `create` and it
 * is allowed. *out = UINT32_MAX when it is not compared. */
fsc_status fsc__compare_cat_intern(fsc_compare *c, const char *s, size_t len,
                             int create, uint32_t *out)
{
    uint32_t h = fsc__hash(s, len);
    *out = UINT32_MAX;
    if (fsc__strmap_get(&c->cats, s, len, h, out))
        return FSC_OK;
    if (!create || !fsc__compare_cat_allowed(c, s, len))
        return FSC_OK;
    if (c->cats.n >= UINT32_MAX - 1)
        return FSC_ELIMIT;
    if (c->cats.n == c->cols_cap) {
        size_t cap = c->cols_cap ? 2 * c->cols_cap : 16;
        for (size_t vi = 0; vi < c->nv; vi++) {
            catcol *nc = realloc(c->vcols[vi], cap * sizeof *nc);
            if (!nc)
                return FSC_ENOMEM;
            c->vcols[vi] = nc;
        }
        c->cols_cap = cap;
    }
    /* One column per voice compared. */
    size_t made = 0;
    for (; made < c->nv; made++) {
        catcol *col = &c->vcols[made][c->cats.n];
        col->v = calloc(c->row_cap ? c->row_cap : 1, c->esz);
        if (!col->v)
            break;
    }
    uint32_t id = (uint32_t)c->cats.n;
    fsc_status st = made < c->nv ? FSC_ENOMEM
                                 : fsc__strmap_put(&c->cats, s, len, h, id);
    if (st) {
        for (size_t vi = 0; vi < made; vi++)
            free(c->vcols[vi][c->cats.n].v);
        return st;
    }
    *out = id;
    return c->n_ctr && in_contrast(c, s, len) ? raw_ensure(c, id) : FSC_OK;
}

fsc_status fsc_compare_declare_category(fsc_compare *c, const char *id,
                                        fsc_error *err)
{
    if (!c || !id || !*id)
        return fsc__fail(err, FSC_EINVAL, "declare_category: empty id");
    if (c->profile)
        return FSC_OK; /* a profile measure compares its pseudo-category */
    uint32_t v;
    fsc_status st = fsc__compare_cat_intern(c, id, strlen(id), 1, &v);
    return st ? fsc__fail(err, st, "declare_category: out of memory") : FSC_OK;
}

fsc_status fsc_compare_declare_contrast(fsc_compare *c, const char *cat_a,
                                        const char *cat_b, fsc_error *err)
{
    if (!c || !cat_a || !*cat_a || !cat_b || !*cat_b)
        return fsc__fail(err, FSC_EINVAL, "declare_contrast: empty id");
    if (strcmp(cat_a, cat_b) == 0)
        return fsc__fail(err, FSC_EINVAL,
                         "declare_contrast: '%s' paired with itself", cat_a);
    if (c->ran)
        return fsc__fail(err, FSC_EINVAL, "declare_contrast: already run");
    const char *a = strcmp(cat_a, cat_b) < 0 ? cat_a : cat_b;
    const char *b = a == cat_a ? cat_b : cat_a;
    for (size_t i = 0; i < c->n_ctr; i++)
        if (strcmp(c->ctr[2 * i], a) == 0 && strcmp(c->ctr[2 * i + 1], b) == 0)
            return FSC_OK;
    if (c->o.measure == FSC_MEASURE_WEIGHTED && c->n_rows > 0)
        return fsc__fail(err, FSC_EINVAL,
                         "declare_contrast %s,%s: with the weighted measure, "
                         "declare pairs before feeding rows",
                         a, b);
    char **n = realloc(c->ctr, 2 * (c->n_ctr + 1) * sizeof *n);
    if (!n)
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    c->ctr = n;
    n[2 * c->n_ctr] = fsc__strdup(a);
    n[2 * c->n_ctr + 1] = fsc__strdup(b);
    c->n_ctr++; /* counted now so that free() releases a half-made pair */
    if (!n[2 * c->n_ctr - 2] || !n[2 * c->n_ctr - 1])
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    /* Categories that exist already keep their counts from now on. */
    for (int k = 0; k < 2; k++) {
        const char *id = k ? b : a;
        uint32_t v;
        if (fsc__strmap_get(&c->cats, id, strlen(id),
                            fsc__hash(id, strlen(id)), &v) &&
            raw_ensure(c, v))
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    }
    return FSC_OK;
}

static fsc_status grow_rows(fsc_compare *c)
{
    size_t cap = c->row_cap ? c->row_cap * 2 : 1024;
    if (cap > UINT32_MAX)
        return FSC_ELIMIT;
    uint32_t *g = realloc(c->row_group, cap * sizeof *g);
    if (!g)
        return FSC_ENOMEM;
    c->row_group = g;
    uint32_t *t = realloc(c->row_tokens, cap * sizeof *t);
    if (!t)
        return FSC_ENOMEM;
    c->row_tokens = t;
    uint32_t *sh = realloc(c->row_sc_has, cap * sizeof *sh);
    if (!sh)
        return FSC_ENOMEM;
    c->row_sc_has = sh;
    uint32_t *si = realloc(c->row_sc_in, cap * sizeof *si);
    if (!si)
        return FSC_ENOMEM;
    c->row_sc_in = si;
    for (size_t vi = 0; vi < c->nv; vi++)
        for (size_t i = 0; i < c->cats.n; i++) {
            char *v = realloc(c->vcols[vi][i].v, cap * c->esz);
            if (!v)
                return FSC_ENOMEM;
            memset(v + c->row_cap * c->esz, 0, (cap - c->row_cap) * c->esz);
            c->vcols[vi][i].v = v;
        }
    if (c->nv > 1) {
        uint8_t *m = realloc(c->row_vmask, cap);
        if (!m)
            return FSC_ENOMEM;
        c->row_vmask = m;
        for (size_t vi = 1; vi < c->nv && c->o.measure == FSC_MEASURE_VOICE_RATE;
             vi++) {
            uint32_t *vt = realloc(c->row_vtok[vi], cap * sizeof *vt);
            if (!vt)
                return FSC_ENOMEM;
            c->row_vtok[vi] = vt;
        }
    }
    for (size_t i = 0; i < c->raw_cap; i++) {
        if (!c->raw[i])
            continue;
        float *v = realloc(c->raw[i], cap * sizeof *v);
        if (!v)
            return FSC_ENOMEM;
        memset(v + c->row_cap, 0, (cap - c->row_cap) * sizeof *v);
        c->raw[i] = v;
    }
    if (c->o.period) {
        uint32_t *pp = realloc(c->row_period, cap * sizeof *pp);
        if (!pp)
            return FSC_ENOMEM;
        c->row_period = pp;
    }
    c->row_cap = cap;
    return FSC_OK;
}

static void col_set(fsc_compare *c, size_t vi, uint32_t cat, size_t row,
                    double v)
{
    if (c->esz == sizeof(double))
        ((double *)c->vcols[vi][cat].v)[row] = v;
    else
        ((float *)c->vcols[vi][cat].v)[row] = (float)v;
}

static const char *field(const fsc_compare *c, size_t i)
{
    return c->foff[i] < 0 ? NULL : c->fbuf.data + c->foff[i];
}

static fsc_status filter_out(fsc_compare *c, const char *why)
{
    c->filtered++;
    return fsc__compare_reasons_add(&c->filt_r, why, strlen(why));
}

/* Term counts of a stored row go to its group (keyness). */
static fsc_status keyness_add(fsc_compare *c, uint32_t gid, double tokens)
{
    if (!c->has_matches) {
        c->krows_without++;
        return FSC_OK;
    }
    if (gid >= c->g_cap) {
        size_t cap = c->g_cap ? 2 * c->g_cap : 16;
        while (cap <= gid)
            cap *= 2;
        gterms *gt = realloc(c->gt, cap * sizeof *gt);
        if (!gt)
            return FSC_ENOMEM;
        c->gt = gt;
        double *tok = realloc(c->gtok, cap * sizeof *tok);
        if (!tok)
            return FSC_ENOMEM;
        c->gtok = tok;
        size_t *kr = realloc(c->gkrows, cap * sizeof *kr);
        if (!kr)
            return FSC_ENOMEM;
        c->gkrows = kr;
        for (size_t g = c->g_cap; g < cap; g++) {
            c->gt[g].n = NULL;
            c->gt[g].len = 0;
            c->gtok[g] = 0;
            c->gkrows[g] = 0;
        }
        c->g_cap = cap;
    }
    gterms *g = &c->gt[gid];
    for (size_t k = 0; k < c->n_pt; k++) {
        uint32_t t = c->pt[k];
        if (t >= g->len) {
            size_t len = c->terms.n > t ? c->terms.n : (size_t)t + 1;
            double *n = realloc(g->n, len * sizeof *n);
            if (!n)
                return FSC_ENOMEM;
            memset(n + g->len, 0, (len - g->len) * sizeof *n);
            g->n = n;
            g->len = len;
        }
        g->n[t] += 1;
    }
    c->krows++;
    c->gkrows[gid]++;
    c->gtok[gid] += tokens;
    return FSC_OK;
}

/* Why voice v leaves out the current row (NULL when it uses it; *den gets
 * the rate's denominator). `why` is scratch for the text returned. */
static const char *voice_check(const fsc_compare *c, fsc_compare_voice v,
                               double tokens, double *den, char why[160])
{
    *den = tokens;
    if (v == FSC_COMPARE_VOICE_ALL)
        return NULL;
    if (!c->has_voice || (c->novoice & (1u << (v - 1))))
        return "no voice data (--voice; score with the attribution lexicons)";
    if (c->has_vtok) {
        *den = c->vtok[v - 1];
    } else if (c->o.measure == FSC_MEASURE_VOICE_RATE || c->o.keyness) {
        return "no \"voice_tokens\" (CSV input): voice_rate and keyness "
               "need JSON Lines";
    }
    if (c->o.measure == FSC_MEASURE_VOICE_RATE && *den == 0) {
        snprintf(why, 160, "0 tokens in the %s voice: voice_rate undefined",
                 fsc_compare_voice_name(v));
        return why;
    }
    if (!(*den >= 0) || *den > UINT32_MAX)
        return "no valid \"voice_tokens\"";
    return NULL;
}

/* A row has been read: account for it, filter it, store it. */
fsc_status fsc__compare_commit_row(fsc_compare *c, int skipped,
                                   const char *reason, double tokens,
                                   int has_tokens)
{
    fsc_status st;
    c->read++;
    if (skipped) {
        c->skipped++;
        /* "SOURCE: empty text at line 2" -> "empty text": group reasons. */
        const char *r = reason ? reason : "no reason given";
        const char *colon = strstr(r, ": ");
        if (colon && colon[2])
            r = colon + 2;
        const char *at = strstr(r, " at line ");
        size_t len = at ? (size_t)(at - r) : strlen(r);
        return fsc__compare_reasons_add(&c->skip_r, r, len);
    }
    if (!has_tokens || !(tokens >= 0) || tokens > UINT32_MAX)
        return filter_out(c, "no valid \"tokens\"");
    /* Filters on the same field are alternatives; fields must all pass. */
    for (size_t i = 0; i < c->n_where; i++) {
        size_t f = c->where[i].field;
        int any = 0, ok = 0;
        for (size_t j = 0; j < c->n_where; j++) {
            if (c->where[j].field != f)
                continue;
            any = 1;
            const char *v = field(c, f);
            if (v && strcmp(v, c->where[j].value) == 0)
                ok = 1;
        }
        if (any && !ok) {
            char why[160];
            snprintf(why, sizeof why, "--where %.100s", c->needed[f]);
            return filter_out(c, why);
        }
    }
    long y = 0, m = 0, d = 0;
    if (c->date_idx != SIZE_MAX) {
        const char *date = field(c, c->date_idx);
        if (!date || !fsc__parse_date(date, &y, &m, &d))
            return filter_out(c, date ? "\"date\" is not YYYY-MM-DD"
                                      : "no \"date\"");
        if (c->from[0] && memcmp(date, c->from, 10) < 0)
            return filter_out(c, "before --from");
        if (c->to[0] && memcmp(date, c->to, 10) > 0)
            return filter_out(c, "after --to");
    }
    char key[32];
    const char *g;
    if (c->by_date == 1) {
        fsc__iso_week(y, m, d, key);
        g = key;
    } else if (c->by_date == 2) {
        snprintf(key, sizeof key, "%04d-%02d", (int)(y % 10000), (int)(m % 100));
        g = key;
    } else {
        g = field(c, c->by_idx);
        if (!g) {
            char why[160];
            snprintf(why, sizeof why, "no \"%.100s\" (--by)", c->by_field);
            return filter_out(c, why);
        }
    }
    if (c->o.measure == FSC_MEASURE_RATE && tokens == 0)
        return filter_out(c, "0 tokens: rate undefined");
    /* Each voice decides on its own whether it uses the row; one voice
     * filters the row out as before, several keep it when any uses it. */
    double den[4];     /* of the rate; also the keyness total */
    unsigned mask = 0; /* voices that use the row */
    for (size_t vi = 0; vi < c->nv; vi++) {
        char why[160];
        const char *no = voice_check(c, c->vlist[vi], tokens, &den[vi], why);
        if (!no) {
            mask |= 1u << vi;
            continue;
        }
        if (c->nv == 1)
            return filter_out(c, no);
        char pre[200];
        snprintf(pre, sizeof pre, "%s: %s", fsc_compare_voice_name(c->vlist[vi]),
                 no);
        if ((st = fsc__compare_reasons_add(&c->filt_r, pre, strlen(pre))))
            return st;
    }
    if (!mask) {
        c->filtered++;
        return FSC_OK;
    }
    double denom = den[0];
    if (c->profile) {
        char why[160];
        if (!c->has_profile)
            return filter_out(c, "no \"profile\" (score with the "
                                 "attribution lexicons)");
        if (isnan(c->prof)) {
            snprintf(why, sizeof why, "profile %s is null",
                     fsc_measure_name(c->o.measure));
            return filter_out(c, why);
        }
        if ((st = fsc__compare_add_pending_cat(c, c->pseudo, c->prof, c->prof,
                                               NULL)))
            return st;
    }

    size_t glen = strlen(g);
    uint32_t h = fsc__hash(g, glen), gid;
    if (!fsc__strmap_get(&c->groups, g, glen, h, &gid)) {
        gid = (uint32_t)c->groups.n;
        if ((st = fsc__strmap_put(&c->groups, g, glen, h, gid)))
            return st;
    }
    uint32_t pid = 0;
    char pkey[32];
    if (c->o.period) {
        if (c->o.period == FSC_PERIOD_DAY) {
            snprintf(pkey, sizeof pkey, "%04d-%02d-%02d", (int)(y % 10000),
                     (int)(m % 100), (int)(d % 100));
        } else if (c->o.period == FSC_PERIOD_WEEK) {
            fsc__iso_week(y, m, d, pkey);
        } else {
            snprintf(pkey, sizeof pkey, "%04d-%02d", (int)(y % 10000),
                     (int)(m % 100));
        }
        size_t plen = strlen(pkey);
        uint32_t ph = fsc__hash(pkey, plen);
        if (!fsc__strmap_get(&c->periods, pkey, plen, ph, &pid)) {
            pid = (uint32_t)c->periods.n;
            if ((st = fsc__strmap_put(&c->periods, pkey, plen, ph, pid)))
                return st;
        }
    }
    if (c->n_rows == c->row_cap && (st = grow_rows(c)))
        return st;
    size_t r = c->n_rows++;
    c->row_group[r] = gid;
    c->row_sc_has[r] = c->sc_has;
    c->row_sc_in[r] = c->sc_in;
    c->row_tokens[r] = (uint32_t)(c->o.measure != FSC_MEASURE_VOICE_RATE
                                      ? tokens
                                  : mask & 1u ? denom
                                              : 0);
    if (c->row_vmask)
        c->row_vmask[r] = (uint8_t)mask;
    for (size_t vi = 1; vi < c->nv; vi++)
        if (c->row_vtok[vi])
            c->row_vtok[vi][r] = mask & (1u << vi) ? (uint32_t)den[vi] : 0;
    if (c->row_period)
        c->row_period[r] = pid;
    for (size_t k = 0; k < c->n_pc; k++) {
        const pend_cat *p = &c->pc[k];
        for (size_t vi = 0; vi < c->nv; vi++) {
            if (!(mask & (1u << vi)))
                continue; /* the column keeps 0 */
            fsc_compare_voice v = c->vlist[vi];
            double x = c->o.measure == FSC_MEASURE_WEIGHTED ? p->weighted
                       : v == FSC_COMPARE_VOICE_ALL         ? p->count
                                                            : p->vc[v - 1];
            col_set(c, vi, p->cat, r, x);
        }
        if (p->cat < c->raw_cap && c->raw[p->cat])
            c->raw[p->cat][r] = (float)p->count;
    }
    /* Keyness is of the first voice: the matches read are of it. */
    return c->o.keyness && (mask & 1u) ? keyness_add(c, gid, denom) : FSC_OK;
}

fsc_status fsc__compare_invalid_row(fsc_compare *c, long line, const char *msg)
{
    c->read++;
    c->invalid++;
    if (c->n_invalid_msgs < MAX_INVALID_KEPT) {
        char buf[512];
        snprintf(buf, sizeof buf, "%.300s:%ld: %s",
                 c->src_name ? c->src_name : "-", line, msg);
        c->invalid_msgs[c->n_invalid_msgs] = fsc__strdup(buf);
        if (!c->invalid_msgs[c->n_invalid_msgs])
            return FSC_ENOMEM;
        c->n_invalid_msgs++;
    }
    return FSC_OK;
}

fsc_status fsc__compare_add_pending_cat(fsc_compare *c, uint32_t cat,
                                        double count, double weighted,
                                        const double *vc)
{
    if (c->n_pc == c->pc_cap) {
        size_t cap = c->pc_cap ? 2 * c->pc_cap : 32;
        pend_cat *p = realloc(c->pc, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        c->pc = p;
        c->pc_cap = cap;
    }
    pend_cat *p = &c->pc[c->n_pc++];
    p->cat = cat;
    p->count = count;
    p->weighted = weighted;
    for (int k = 0; k < 3; k++)
        p->vc[k] = vc ? vc[k] : NAN;
    return FSC_OK;
}
