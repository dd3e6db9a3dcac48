/*
 * contrast.c - contested-term pairs: per group, the share of one term of a
 * declared pair among the matches of both, with a multinomial bootstrap CI
 * drawn from GSL's mt19937 (the one GSL use outside stats.c and status.c).
 */
#include "compare_int.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

/* ------------------------------------------------------------------ */
/* Contested-term pairs                                                 */
/* ------------------------------------------------------------------ */

typedef struct ab_use { /* matches of the pair's two categories in an article */
    double a, b;
} ab_use;

static int cmp_ab_use(const void *x, const void *y)
{
    const ab_use *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return (p->b > q->b) - (p->b < q->b);
}

/* Match count of category `oc` (stored id) in row r: the stored count, or
 * with the weighted measure the counts kept beside the weights. */
static double row_count(const fsc_compare *c, size_t oc, size_t r)
{
    if (c->o.measure == FSC_MEASURE_WEIGHTED)
        return oc < c->raw_cap && c->raw[oc] ? (double)c->raw[oc][r] : 0;
    return col_get(c, 0, oc, r); /* the first voice */
}

/* R's type 7 quantile of sorted m[0..n) at p (n >= 1), as stats.c takes
 * the bootstrap percentiles; NAN when it reaches an infinite value. */
static double quantile7(const double *m, size_t n, double p)
{
    double h = (double)(n - 1) * p;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1)
        return isfinite(m[n - 1]) ? m[n - 1] : NAN;
    double f = h - (double)lo;
    if (!isfinite(m[lo]) || (f > 0 && !isfinite(m[lo + 1])))
        return NAN;
    return f > 0 ? m[lo] + f * (m[lo + 1] - m[lo]) : m[lo];
}

/*
 * One pair in one group: sums, shares and the bootstrap. u[0..k) are the
 * articles using either term, sorted; n the group's articles. Resampling n
 * articles with replacement is a multinomial draw of how often each
 * distinct (a, b) use, and "no use", is picked (as FSC_BOOT_MULTINOMIAL in
 * stats.c): O(B d) for d distinct uses instead of O(B n).
 */
static fsc_status contrast_cell(const fsc_compare *c, const ab_use *u, size_t k,
                                size_t n, uint64_t seed, gsl_rng *rng,
                                double *ms, double *mr, double *pv,
                                unsigned *cnt, ab_use *dv,
                                fsc_compare_contrast *out)
{
    const char *why_share = NULL, *why_ci = NULL, *why_ratio = NULL,
               *why_rci = NULL;
    double ua = 0, ub = 0;
    for (size_t i = 0; i < k; i++) {
        ua += u[i].a;
        ub += u[i].b;
    }
    out->uses_a = ua;
    out->uses_b = ub;
    out->articles = k;
    out->share_a = out->ratio = NAN;
    out->share_lo = out->share_hi = out->ratio_lo = out->ratio_hi = NAN;
    if (ua + ub > 0)
        out->share_a = ua / (ua + ub);
    else
        why_share = "neither term is used in the group";
    if (ub > 0)
        out->ratio = ua / ub;
    else
        why_ratio = "the second term is not used in the group: no ratio";
    size_t B = c->o.bootstrap;
    if (B == 0) {
        why_ci = why_rci = "no bootstrap resamples were asked for";
    } else if (k < 2) {
        why_ci = why_rci = "fewer than two articles use either term: no CI";
    } else if (n > UINT_MAX) {
        why_ci = why_rci = "too many articles for the bootstrap";
    } else {
        size_t d = 0;
        for (size_t i = 0; i < k; i++) {
            if (d && dv[d - 1].a == u[i].a && dv[d - 1].b == u[i].b) {
                pv[d - 1] += 1;
                continue;
            }
            dv[d] = u[i];
            pv[d++] = 1;
        }
        pv[d] = (double)(n - k); /* articles without a use */
        gsl_rng_set(rng, (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu));
        size_t m = 0, inf = 0;
        for (size_t i = 0; i < B; i++) {
            gsl_ran_multinomial(rng, d + 1, (unsigned)n, pv, cnt);
            double sa = 0, sb = 0;
            for (size_t j = 0; j < d; j++) {
                sa += cnt[j] * dv[j].a;
                sb += cnt[j] * dv[j].b;
            }
            if (!(sa + sb > 0))
                continue; /* no use in this resample: no share */
            ms[m] = sa / (sa + sb);
            mr[m] = sb > 0 ? sa / sb : INFINITY;
            inf += !(sb > 0);
            m++;
        }
        if (m == 0) {
            why_ci = why_rci = "no resample uses either term";
        } else {
            double lp = (1 - c->o.level) / 2, hp = (1 + c->o.level) / 2;
            fsc__qsort(ms, m, sizeof *ms, cmp_double);
            fsc__qsort(mr, m, sizeof *mr, cmp_double);
            out->share_lo = quantile7(ms, m, lp);
            out->share_hi = quantile7(ms, m, hp);
            out->ratio_lo = quantile7(mr, m, lp);
            out->ratio_hi = quantile7(mr, m, hp);
            if (inf && (isnan(out->ratio_lo) || isnan(out->ratio_hi)))
                why_rci = "resamples without the second term have no ratio: "
                          "a bound of its CI is undefined";
        }
    }
    out->reason = why_share ? why_share
                  : why_ci  ? why_ci
                  : why_ratio ? why_ratio
                              : why_rci;
    return FSC_OK;
}

/* Every declared pair whose categories are both compared, x every group,
 * in the first voice (goff, gsize: its groups). */
fsc_status fsc__compare_run_contrasts(fsc_compare *c, const size_t *perm_g,
                                const size_t *perm_c, const size_t *goff,
                                const size_t *gsize, fsc_error *err)
{
    const size_t G = c->groups.n, C = c->cats.n, N = c->n_rows;
    typedef struct {
        size_t a, b;   /* sorted category indices, a < b */
        uint32_t oa, ob; /* stored ids */
    } rpair;
    if (!c->n_ctr || !G)
        return FSC_OK;
    fsc_status st = FSC_OK;
    size_t np = 0, B = c->o.bootstrap;
    rpair *pl = malloc(c->n_ctr * sizeof *pl);
    size_t *pos = malloc((C ? C : 1) * sizeof *pos);
    ab_use *u = malloc((N ? N : 1) * sizeof *u);
    ab_use *dv = malloc((N ? N : 1) * sizeof *dv);
    double *pv = malloc((N + 1) * sizeof *pv);
    unsigned *cnt = malloc((N + 1) * sizeof *cnt);
    size_t *fill = malloc(G * sizeof *fill);
    double *ms = malloc((B ? B : 1) * sizeof *ms);
    double *mr = malloc((B ? B : 1) * sizeof *mr);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    if (!pl || !pos || !u || !dv || !pv || !cnt || !fill || !ms || !mr ||
        !rng) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t i = 0; i < C; i++)
        pos[perm_c[i]] = i;
    for (size_t i = 0; i < c->n_ctr; i++) {
        uint32_t ids[2];
        int ok = 1;
        for (int k = 0; k < 2; k++) {
            const char *s = c->ctr[2 * i + (size_t)k];
            ok = ok && fsc__strmap_get(&c->cats, s, strlen(s),
                                       fsc__hash(s, strlen(s)), &ids[k]);
        }
        if (!ok)
            continue; /* a category that is not compared */
        pl[np].oa = ids[0];
        pl[np].ob = ids[1];
        pl[np].a = pos[ids[0]];
        pl[np].b = pos[ids[1]];
        np++;
    }
    /* Order by pair: sorted names make this (a, then b) by name. Few pairs:
     * insertion sort. */
    for (size_t i = 1; i < np; i++)
        for (size_t j = i; j > 0 && (pl[j - 1].a > pl[j].a ||
                                     (pl[j - 1].a == pl[j].a &&
                                      pl[j - 1].b > pl[j].b));
             j--) {
            rpair t = pl[j];
            pl[j] = pl[j - 1];
            pl[j - 1] = t;
        }
    c->contrasts = calloc(np * G > 0 ? np * G : 1, sizeof *c->contrasts);
    if (!c->contrasts) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t i = 0; i < np && st == FSC_OK; i++) {
        for (size_t g = 0; g < G; g++)
            fill[g] = goff[g];
        for (size_t r = 0; r < N; r++) {
            if (!row_in(c, 0, r))
                continue;
            double a = row_count(c, pl[i].oa, r), b = row_count(c, pl[i].ob, r);
            if (a + b > 0)
                u[fill[perm_g[c->row_group[r]]]++] = (ab_use){ a, b };
        }
        uint64_t hp = mix64(name_hash(c->cnames[pl[i].a]) ^
                            mix64(name_hash(c->cnames[pl[i].b]) ^
                                  0x636f6e7472617374u));
        for (size_t g = 0; g < G && st == FSC_OK; g++) {
            fsc_compare_contrast *e = &c->contrasts[i * G + g];
            size_t k = fill[g] - goff[g];
            /* Sorted uses: sums and draws do not depend on row order. */
            fsc__qsort(u + goff[g], k, sizeof *u, cmp_ab_use);
            e->a = pl[i].a;
            e->b = pl[i].b;
            e->group = g;
            uint64_t seed =
                mix64(c->o.seed ^ mix64(name_hash(c->gnames[g]) ^ hp));
            st = contrast_cell(c, u + goff[g], k, gsize[g], seed, rng, ms,
                               mr, pv, cnt, dv, e);
        }
    }
    if (st == FSC_OK) {
        c->res.n_contrasts = np * G;
        c->res.contrasts = c->contrasts;
    }
done:
    if (rng)
        gsl_rng_free(rng);
    free(pl);
    free(pos);
    free(u);
    free(dv);
    free(pv);
    free(cnt);
    free(fill);
    free(ms);
    free(mr);
    return st;
}

/* The value (= insertion index) of key s in m. */
