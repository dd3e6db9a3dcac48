/*
 * stats_agree.c - agreement between coders (Cohen's kappa, Krippendorff's
 * alpha for nominal data) and precision, recall and F1 of sets of labels
 * (see stats.h). Plain C: no GSL, no randomness.
 */
#include "framescope/stats.h"
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Agreement                                                            */
/* ------------------------------------------------------------------ */

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* Sort and deduplicate l[0..n) in place; returns the distinct count. */
static size_t uniq_ints(int *l, size_t n)
{
    if (n == 0)
        return 0;
    fsc__qsort(l, n, sizeof *l, cmp_int);
    size_t d = 1;
    for (size_t i = 1; i < n; i++)
        if (l[i] != l[d - 1])
            l[d++] = l[i];
    return d;
}

static size_t label_index(const int *labels, size_t d, int v)
{
    const int *at = bsearch(&v, labels, d, sizeof *labels, cmp_int);
    return (size_t)(at - labels);
}

fsc_status fsc_stats_kappa(const int *a, const int *b, size_t n, fsc_kappa *out,
                           fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "kappa: NULL output");
    memset(out, 0, sizeof *out);
    out->po = out->pe = out->kappa = NAN;
    if (n > 0 && (!a || !b))
        return fsc__fail(err, FSC_EINVAL, "kappa: NULL labels");
    if (n > SIZE_MAX / 2 / sizeof(int))
        return fsc__fail(err, FSC_EINVAL, "kappa: too many items");
    int *lab = malloc((n ? 2 * n : 1) * sizeof *lab);
    if (!lab)
        return fsc__fail(err, FSC_ENOMEM, "kappa: out of memory");
    size_t used = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] >= 0 && b[i] >= 0) {
            lab[2 * used] = a[i];
            lab[2 * used + 1] = b[i];
            used++;
        }
    out->n = used;
    if (used == 0) {
        free(lab);
        out->reason = "no item was rated by both raters";
        return FSC_OK;
    }
    size_t d = uniq_ints(lab, 2 * used);
    double *ra = calloc(d, sizeof *ra), *rb = calloc(d, sizeof *rb);
    if (!ra || !rb) {
        free(lab);
        free(ra);
        free(rb);
        return fsc__fail(err, FSC_ENOMEM, "kappa: out of memory");
    }
    double agree = 0;
    for (size_t i = 0; i < n; i++)
        if (a[i] >= 0 && b[i] >= 0) {
            ra[label_index(lab, d, a[i])] += 1;
            rb[label_index(lab, d, b[i])] += 1;
            agree += a[i] == b[i];
        }
    /* Integer-valued sums are exact, so pe == 1 exactly when both raters
     * used one and the same category throughout. */
    double dn = (double)used, cross = 0;
    for (size_t k = 0; k < d; k++)
        cross += ra[k] * rb[k];
    free(lab);
    free(ra);
    free(rb);
    out->po = agree / dn;
    out->pe = cross / (dn * dn);
    if (cross == dn * dn) {
        out->reason = "both raters used a single category: kappa is 0/0";
        return FSC_OK;
    }
    out->kappa = (out->po - out->pe) / (1 - out->pe);
    return FSC_OK;
}

fsc_status fsc_stats_kalpha_nominal(const int *data, size_t coders,
                                    size_t units, fsc_kalpha *out,
                                    fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "alpha: NULL output");
    memset(out, 0, sizeof *out);
    out->d_o = out->d_e = out->alpha = NAN;
    if (units > 0 && coders > SIZE_MAX / sizeof(int) / units)
        return fsc__fail(err, FSC_EINVAL, "alpha: matrix too large");
    size_t cells = coders * units;
    if (cells > 0 && !data)
        return fsc__fail(err, FSC_EINVAL, "alpha: NULL data");

    size_t nv = 0;
    for (size_t i = 0; i < cells; i++)
        nv += data[i] >= 0;
    int *lab = malloc((nv ? nv : 1) * sizeof *lab);
    if (!lab)
        return fsc__fail(err, FSC_ENOMEM, "alpha: out of memory");
    nv = 0;
    for (size_t i = 0; i < cells; i++)
        if (data[i] >= 0)
            lab[nv++] = data[i];
    size_t d = uniq_ints(lab, nv);
    double *nc = calloc(d ? d : 1, sizeof *nc); /* n_c over pairable units */
    double *nu = calloc(d ? d : 1, sizeof *nu); /* n_uc of the current unit */
    size_t *touched = malloc((coders ? coders : 1) * sizeof *touched);
    if (!nc || !nu || !touched) {
        free(lab);
        free(nc);
        free(nu);
        free(touched);
        return fsc__fail(err, FSC_ENOMEM, "alpha: out of memory");
    }
    /* Per unit: m_u values; its pairs add (m_u^2 - sum_c n_uc^2)/(m_u - 1)
     * to the off-diagonal of the coincidence matrix. */
    double n = 0, off = 0;
    for (size_t u = 0; u < units; u++) {
        size_t t = 0;
        for (size_t c = 0; c < coders; c++) {
            int v = data[c * units + u];
            if (v < 0)
                continue;
            size_t k = label_index(lab, d, v);
            if (nu[k] == 0)
                touched[t++] = k;
            nu[k] += 1;
        }
        double mu = 0, sq = 0;
        for (size_t i = 0; i < t; i++) {
            double q = nu[touched[i]];
            mu += q;
            sq += q * q;
        }
        if (mu >= 2) {
            out->units++;
            n += mu;
            off += (mu * mu - sq) / (mu - 1);
            for (size_t i = 0; i < t; i++)
                nc[touched[i]] += nu[touched[i]];
        }
        for (size_t i = 0; i < t; i++)
            nu[touched[i]] = 0;
    }
    double sumsq = 0;
    for (size_t k = 0; k < d; k++)
        sumsq += nc[k] * nc[k];
    free(lab);
    free(nc);
    free(nu);
    free(touched);
    out->n = n;
    if (n < 2) {
        out->reason = "no unit has two or more values";
        return FSC_OK;
    }
    out->d_o = off / n;
    out->d_e = (n * n - sumsq) / (n * (n - 1));
    if (!(out->d_e > 0)) {
        out->reason = "a single category was used: no expected disagreement";
        return FSC_OK;
    }
    out->alpha = 1 - out->d_o / out->d_e;
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Precision, recall, F1                                                */
/* ------------------------------------------------------------------ */

void fsc_stats_prf(size_t tp, size_t fp, size_t fn, fsc_prf *out)
{
    if (!out)
        return;
    double t = (double)tp, p = (double)fp, n = (double)fn;
    out->tp = tp;
    out->fp = fp;
    out->fn = fn;
    out->precision = tp + fp ? t / (t + p) : NAN;
    out->recall = tp + fn ? t / (t + n) : NAN;
    out->f1 = tp + fp + fn ? 2 * t / (2 * t + p + n) : NAN;
}

fsc_status fsc_stats_prf_sets(const int *gold, size_t n_gold, const int *pred,
                              size_t n_pred, fsc_prf *out, fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "prf: NULL output");
    fsc_stats_prf(0, 0, 0, out);
    if ((n_gold && !gold) || (n_pred && !pred))
        return fsc__fail(err, FSC_EINVAL, "prf: NULL labels");
    int *g = malloc((n_gold ? n_gold : 1) * sizeof *g);
    int *p = malloc((n_pred ? n_pred : 1) * sizeof *p);
    if (!g || !p) {
        free(g);
        free(p);
        return fsc__fail(err, FSC_ENOMEM, "prf: out of memory");
    }
    if (n_gold)
        memcpy(g, gold, n_gold * sizeof *g);
    if (n_pred)
        memcpy(p, pred, n_pred * sizeof *p);
    size_t ng = uniq_ints(g, n_gold), np = uniq_ints(p, n_pred), tp = 0;
    for (size_t i = 0, j = 0; i < ng && j < np;) {
        if (g[i] == p[j]) {
            tp++;
            i++;
            j++;
        } else if (g[i] < p[j]) {
            i++;
        } else {
            j++;
        }
    }
    free(g);
    free(p);
    fsc_stats_prf(tp, np - tp, ng - tp, out);
    return FSC_OK;
}
