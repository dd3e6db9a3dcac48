/*
 * run.c - fsc_compare_run: groups, categories and periods sorted by name,
 * the per-category work spread over the threads, then keyness, contrasts
 * and the accounting gathered into the result.
 */
#include "compare_int.h"

static size_t find_old(const fsc__strmap *m, const char *s)
{
    uint32_t v = 0;
    fsc__strmap_get(m, s, strlen(s), fsc__hash(s, strlen(s)), &v);
    return v;
}

/* names: the keys of m sorted by bytes; pos[old] = position of the key
 * whose value (insertion index) is old. */
static void sort_names(const fsc__strmap *m, const char **names, size_t *pos)
{
    for (size_t i = 0; i < m->n; i++)
        names[i] = m->ents[i].key;
    fsc__qsort(names, m->n, sizeof *names, cmp_name);
    for (size_t i = 0; i < m->n; i++)
        pos[find_old(m, names[i])] = i;
}

fsc_status fsc_compare_run(fsc_compare *c, fsc_error *err)
{
    if (!c)
        return fsc__fail(err, FSC_EINVAL, "compare_run: NULL");
    if (c->ran)
        return fsc__fail(err, FSC_EINVAL, "compare_run: called twice");
    fsc_status st = FSC_OK;
    const size_t G = c->groups.n, C = c->cats.n, NV = c->nv;
    work w;
    memset(&w, 0, sizeof w);
    w.c = c;

    c->gnames = calloc(G ? G : 1, sizeof *c->gnames);
    c->cnames = calloc(C ? C : 1, sizeof *c->cnames);
    c->gsize = calloc(G ? G : 1, sizeof *c->gsize);
    w.perm_g = calloc(G ? G : 1, sizeof *w.perm_g);
    w.perm_c = calloc(C ? C : 1, sizeof *w.perm_c);
    int vok = 1;
    for (size_t vi = 0; vi < NV; vi++) {
        vview *vw = &w.vv[vi];
        vw->gsize = calloc(G ? G : 1, sizeof *vw->gsize);
        vw->goff = calloc(G ? G : 1, sizeof *vw->goff);
        vw->gl = calloc(G ? G : 1, sizeof *vw->gl);
        vok = vok && vw->gsize && vw->goff && vw->gl;
    }
    w.n_pairs_per_cat = G * (G ? G - 1 : 0) / 2;
    size_t n_cells = NV * G * C, n_pairs = NV * w.n_pairs_per_cat * C;
    c->cells = calloc(n_cells > 0 ? n_cells : 1, sizeof *c->cells);
    c->pairs = calloc(n_pairs > 0 ? n_pairs : 1, sizeof *c->pairs);
    c->kw = calloc(NV * C > 0 ? NV * C : 1, sizeof *c->kw);
    c->inv_out = calloc(c->n_invalid_msgs ? c->n_invalid_msgs : 1,
                        sizeof *c->inv_out);
    if (!c->gnames || !c->cnames || !c->gsize || !w.perm_g || !w.perm_c ||
        !vok || !c->cells || !c->pairs || !c->kw || !c->inv_out) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    /* Sorted names; perm_g: old group id -> position, perm_c: position ->
     * old category id. */
    sort_names(&c->groups, c->gnames, w.perm_g);
    for (size_t i = 0; i < C; i++)
        c->cnames[i] = c->cats.ents[i].key;
    fsc__qsort(c->cnames, C, sizeof *c->cnames, cmp_name);
    for (size_t i = 0; i < C; i++)
        w.perm_c[i] = find_old(&c->cats, c->cnames[i]);
    for (size_t r = 0; r < c->n_rows; r++) {
        size_t g = w.perm_g[c->row_group[r]];
        c->gsize[g]++;
        for (size_t vi = 0; vi < NV; vi++)
            if (row_in(c, vi, r)) {
                w.vv[vi].gsize[g]++;
                w.vv[vi].n_rows++;
            }
    }
    for (size_t vi = 0; vi < NV; vi++) {
        vview *vw = &w.vv[vi];
        for (size_t g = 0; g < G; g++) {
            if (g)
                vw->goff[g] = vw->goff[g - 1] + vw->gsize[g - 1];
            if (vw->gsize[g])
                vw->gl[vw->G++] = g;
        }
    }
    if (c->o.period) {
        /* Period keys sort as text in calendar order (4-digit years). */
        const size_t P = c->periods.n;
        c->pnames = calloc(P ? P : 1, sizeof *c->pnames);
        w.perm_p = calloc(P ? P : 1, sizeof *w.perm_p);
        w.gpoff = calloc(G * P > 0 ? G * P : 1, sizeof *w.gpoff);
        c->series = calloc(G * P * C > 0 ? G * P * C : 1, sizeof *c->series);
        if (!c->pnames || !w.perm_p || !w.gpoff || !c->series) {
            st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
            goto done;
        }
        sort_names(&c->periods, c->pnames, w.perm_p);
        size_t *cnt = calloc(G * P > 0 ? G * P : 1, sizeof *cnt);
        if (!cnt) {
            st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
            goto done;
        }
        for (size_t r = 0; r < c->n_rows; r++)
            if (row_in(c, 0, r)) /* the series is of the first voice */
                cnt[w.perm_g[c->row_group[r]] * P +
                    w.perm_p[c->row_period[r]]]++;
        for (size_t k = 1; k < G * P; k++)
            w.gpoff[k] = w.gpoff[k - 1] + cnt[k - 1];
        free(cnt);
        w.n_periods = P;
    }

    if (C && G) {
        unsigned nt = c->o.threads;
        if (nt > NV * C)
            nt = (unsigned)(NV * C);
        pthread_mutex_init(&w.mu, NULL);
        fsc_error_clear(&w.err);
        pthread_t tid[64];
        unsigned started = 0;
        if (nt > 64)
            nt = 64;
        for (unsigned t = 1; t < nt; t++)
            if (pthread_create(&tid[started], NULL, fsc__compare_worker,
                               &w) == 0)
                started++;
        fsc__compare_worker(&w);
        for (unsigned t = 0; t < started; t++)
            pthread_join(tid[t], NULL);
        pthread_mutex_destroy(&w.mu);
        if (w.st) {
            st = w.st;
            if (err)
                *err = w.err;
            goto done;
        }
    }

    /* Benjamini-Hochberg, one family per test and per voice: every pair x
     * category of the voice. The m_* are the totals over the voices. */
    size_t np = w.n_pairs_per_cat * C; /* per voice */
    size_t pn = np > C ? np : C;
    double *p = malloc((pn ? pn : 1) * sizeof *p);
    if (!p) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t vi = 0; vi < NV && st == FSC_OK; vi++) {
        fsc_compare_pair *vp = c->pairs + vi * np;
        for (int fam = 0; fam < 3 && st == FSC_OK; fam++) {
            size_t m = 0;
            for (size_t i = 0; i < np; i++) {
                fsc_compare_pair *q = &vp[i];
                p[i] = fam == 0 ? q->welch.p : fam == 1 ? q->mw.p : q->perm.p;
                if (!isnan(p[i]))
                    m++;
            }
            st = fsc_stats_bh(p, np, p, err);
            for (size_t i = 0; st == FSC_OK && i < np; i++) {
                fsc_compare_pair *q = &vp[i];
                *(fam == 0 ? &q->welch_p_adj
                  : fam == 1 ? &q->mw_p_adj
                             : &q->perm_p_adj) = p[i];
            }
            *(fam == 0 ? &c->res.m_welch : fam == 1 ? &c->res.m_mw
                                                    : &c->res.m_perm) += m;
        }
        if (st == FSC_OK && G > 2) {
            fsc_compare_kw *vk = c->kw + vi * C;
            size_t m = 0;
            for (size_t i = 0; i < C; i++) {
                p[i] = vk[i].test.p;
                if (!isnan(p[i]))
                    m++;
            }
            st = fsc_stats_bh(p, C, p, err);
            for (size_t i = 0; st == FSC_OK && i < C; i++)
                vk[i].p_adj = p[i];
            c->res.m_kw += m;
        }
    }
    free(p);
    if (st)
        goto done;
    if ((st = fsc__compare_reasons_finish(&c->skip_r)) ||
        (st = fsc__compare_reasons_finish(&c->filt_r))) {
        st = fsc__fail(err, st, "compare: out of memory");
        goto done;
    }
    for (size_t i = 0; i < c->n_invalid_msgs; i++) {
        c->inv_out[i].reason = c->invalid_msgs[i];
        c->inv_out[i].count = 1;
    }
    if ((st = fsc__compare_run_keyness(c, w.perm_g, err)))
        goto done;
    if ((st = fsc__compare_run_contrasts(c, w.perm_g, w.perm_c, w.vv[0].goff,
                                         w.vv[0].gsize, err)))
        goto done;

    /* Articles in the scope of each scoped lexicon, per group. */
    const size_t S = c->scopes.n;
    size_t *spos = calloc(S ? S : 1, sizeof *spos);
    c->snames = calloc(S ? S : 1, sizeof *c->snames);
    c->sc_rows = calloc(G * S + 1, sizeof *c->sc_rows);
    c->sc_rows_in = calloc(G * S + 1, sizeof *c->sc_rows_in);
    if (!spos || !c->snames || !c->sc_rows || !c->sc_rows_in) {
        free(spos);
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    sort_names(&c->scopes, c->snames, spos);
    for (size_t row = 0; row < c->n_rows; row++) {
        size_t g = w.perm_g[c->row_group[row]];
        for (size_t s = 0; s < S; s++) {
            if (c->row_sc_has[row] & (1u << s))
                c->sc_rows[g * S + spos[s]]++;
            if (c->row_sc_in[row] & (1u << s))
                c->sc_rows_in[g * S + spos[s]]++;
        }
    }
    free(spos);

    fsc_compare_result *r = &c->res;
    r->opts = c->o;
    r->n_scopes = S;
    r->scopes = c->snames;
    r->scope_rows = c->sc_rows;
    r->scope_in = c->sc_rows_in;
    r->opts.categories = (const char *const *)c->cat_list;
    r->n_groups = G;
    r->groups = c->gnames;
    r->group_rows = c->gsize;
    r->n_categories = C;
    r->categories = c->cnames;
    r->lexicon_set = c->lexset;
    r->n_voices = NV;
    r->voice_list = c->vlist;
    r->cells = c->cells;
    r->n_pairs = NV * np;
    r->pairs = c->pairs;
    r->n_kw = G > 2 ? NV * C : 0;
    r->kw = c->kw;
    r->rows_read = c->read;
    r->rows_used = c->n_rows;
    r->rows_skipped = c->skipped;
    r->rows_filtered = c->filtered;
    r->rows_invalid = c->invalid;
    r->n_skipped_reasons = c->skip_r.n + (c->skip_r.other > 0);
    r->skipped_reasons = c->skip_r.out;
    r->n_filtered_reasons = c->filt_r.n + (c->filt_r.other > 0);
    r->filtered_reasons = c->filt_r.out;
    r->n_invalid_reasons = c->n_invalid_msgs;
    r->invalid_reasons = c->inv_out;
    if (c->o.period) {
        r->n_periods = c->periods.n;
        r->periods = c->pnames;
        r->series = c->series;
    }
    c->ran = 1;
done:
    free(w.perm_g);
    free(w.perm_c);
    for (size_t vi = 0; vi < 4; vi++) {
        free(w.vv[vi].gsize);
        free(w.vv[vi].goff);
        free(w.vv[vi].gl);
    }
    free(w.perm_p);
    free(w.gpoff);
    return st;
}

const fsc_compare_result *fsc_compare_result_get(const fsc_compare *c)
{
    return c && c->ran ? &c->res : NULL;
}
