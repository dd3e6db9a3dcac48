/*
 * keyness.c - keyness of every pair of groups over the terms of their
 * framing matches (log-odds with a Dirichlet prior, G2), ranked per pair.
 */
#include "compare_int.h"

static int cmp_term(const void *a, const void *b)
{
    const fsc_compare_term *x = a, *y = b;
    double zx = fabs(x->k.z), zy = fabs(y->k.z);
    int nx = isnan(zx), ny = isnan(zy);
    if (nx != ny)
        return nx - ny;
    if (!nx && zx != zy)
        return zx > zy ? -1 : 1;
    return strcmp(x->term, y->term);
}

/*
 * Keyness of every pair of groups over the terms either group uses (its
 * vocabulary): Monroe et al.'s log-odds with a Dirichlet prior (the pair's
 * pooled counts scaled to a0, or uniform) and Williams-corrected G2, both
 * from stats.c. Totals are the tokens of the rows that carry matches.
 */
fsc_status fsc__compare_run_keyness(fsc_compare *c, const size_t *perm_g,
                              fsc_error *err)
{
    const size_t G = c->groups.n, V = c->terms.n, K = c->o.keyness_top;
    fsc_compare_result *r = &c->res;
    r->keyness_rows = c->krows;
    r->keyness_rows_without = c->krows_without;
    if (!c->o.keyness)
        return FSC_OK;
    if (c->krows == 0) {
        r->keyness_reason = "no term data: no compared score row has "
                            "\"matches\" (score without --no-matches)";
        return FSC_OK;
    }
    if (G < 2) {
        r->keyness_reason = "only one group: no pairs";
        return FSC_OK;
    }
    size_t np = G * (G - 1) / 2, kk = K < V ? K : V;
    fsc_status st = FSC_OK;
    /* One spare row in the term arrays: the corpus prior's "other". */
    size_t *inv = malloc(G * sizeof *inv);
    double *yi = malloc((V + 1) * sizeof *yi);
    double *yj = malloc((V + 1) * sizeof *yj);
    double *pr = malloc((V + 1) * sizeof *pr);
    uint32_t *ids = malloc((V ? V : 1) * sizeof *ids);
    fsc_keyness *ko = malloc((V + 1) * sizeof *ko);
    fsc_compare_term *all = malloc((V ? V : 1) * sizeof *all);
    double *ycorp = c->o.prior == FSC_PRIOR_CORPUS
                        ? calloc(V ? V : 1, sizeof *ycorp)
                        : NULL;
    /* The BH family: g2_p of every term of every pair's vocabulary. */
    size_t fam_n = 0, fam_cap = 0;
    double *fam = NULL;
    c->kres = calloc(np, sizeof *c->kres);
    c->kterms = calloc(np * (kk ? kk : 1), sizeof *c->kterms);
    if (!inv || !yi || !yj || !pr || !ids || !ko || !all || !c->kres ||
        !c->kterms || (c->o.prior == FSC_PRIOR_CORPUS && !ycorp)) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t g = 0; g < G; g++)
        inv[perm_g[g]] = g;
    double ytot = 0;
    if (ycorp) {
        /* Summed in sorted group order, so the prior (and z) do not depend
         * on the order in which groups first appeared. */
        for (size_t a = 0; a < G; a++) {
            size_t ga = inv[a];
            const gterms *ta = ga < c->g_cap ? &c->gt[ga] : NULL;
            for (size_t t = 0; ta && t < ta->len; t++)
                ycorp[t] += ta->n[t];
        }
        /* Frequencies relative to every token of the corpus: the terms
         * are a small part of the vocabulary, the rest is "other". */
        for (size_t a = 0; a < G; a++) {
            size_t ga = inv[a];
            ytot += ga < c->g_cap ? c->gtok[ga] : 0;
        }
        double yterms = 0;
        for (size_t t = 0; t < V; t++)
            yterms += ycorp[t];
        if (ytot < yterms)
            ytot = yterms;
    }
    size_t k = 0;
    for (size_t a = 0; a < G && st == FSC_OK; a++)
        for (size_t b = a + 1; b < G && st == FSC_OK; b++, k++) {
            fsc_compare_keyness *e = &c->kres[k];
            size_t ga = inv[a], gb = inv[b], nv = 0;
            const gterms *ta = ga < c->g_cap ? &c->gt[ga] : NULL;
            const gterms *tb = gb < c->g_cap ? &c->gt[gb] : NULL;
            e->a = a;
            e->b = b;
            e->tokens_a = ga < c->g_cap ? c->gtok[ga] : 0;
            e->tokens_b = gb < c->g_cap ? c->gtok[gb] : 0;
            e->top = c->kterms + k * kk;
            for (uint32_t t = 0; t < V; t++) {
                double x = ta && t < ta->len ? ta->n[t] : 0;
                double y = tb && t < tb->len ? tb->n[t] : 0;
                e->terms_a += x;
                e->terms_b += y;
                if (x + y > 0) {
                    yi[nv] = x;
                    yj[nv] = y;
                    ids[nv++] = t;
                }
            }
            e->n_vocab = nv;
            if (fmin(e->tokens_a, e->tokens_b) < c->o.prior_a0)
                e->caution = "a group has fewer tokens than the prior's a0: "
                             "the prior outweighs the counts and z may "
                             "point away from them (lower --prior-a0)";
            if (nv == 0) {
                e->reason = "neither group has a framing term";
                continue;
            }
            size_t nk = nv; /* rows passed to the statistics */
            double na = fmax(e->tokens_a, e->terms_a);
            double nb = fmax(e->tokens_b, e->terms_b);
            if (c->o.prior == FSC_PRIOR_UNIFORM) {
                st = fsc_stats_prior_uniform(nv, c->o.prior_a0, pr, err);
            } else {
                /* Informative prior (Monroe et al. 2008): a0 times each
                 * term's share of ALL tokens, of the pair (pooled) or of
                 * the whole corpus. The lexicon terms are a small part of
                 * the vocabulary; the rest of the mass goes to one "other"
                 * row, so that the prior sums to a0 and the term rows keep
                 * their true frequency. (Spreading a0 over the terms alone
                 * would give each term a pseudo-count near a0 times its
                 * share of term occurrences, which swamps small counts and
                 * can turn z against them.) */
                double used = 0;
                for (size_t i = 0; i < nv; i++) {
                    pr[i] = c->o.prior == FSC_PRIOR_CORPUS
                                ? c->o.prior_a0 * ycorp[ids[i]] / ytot
                                : c->o.prior_a0 * (yi[i] + yj[i]) / (na + nb);
                    used += pr[i];
                }
                double other = c->o.prior_a0 - used;
                if (other > 1e-9 * c->o.prior_a0) {
                    yi[nv] = yj[nv] = 0;
                    pr[nv] = other;
                    nk = nv + 1;
                }
            }
            /* Counts never exceed tokens, but a total must not be below
             * its counts: take the larger. */
            if (st == FSC_OK)
                st = fsc_stats_keyness(yi, yj, pr, nk, na, nb, ko, err);
            if (st)
                break;
            if (fam_n + nv > fam_cap) {
                size_t cap = fam_cap ? 2 * fam_cap : 256;
                while (cap < fam_n + nv)
                    cap *= 2;
                double *f = realloc(fam, cap * sizeof *f);
                if (!f) {
                    st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
                    break;
                }
                fam = f;
                fam_cap = cap;
            }
            for (size_t i = 0; i < nv; i++) {
                all[i].term = c->terms.ents[ids[i]].key;
                all[i].count_a = yi[i];
                all[i].count_b = yj[i];
                all[i].k = ko[i];
                /* Until the family is adjusted below, g2_p_adj holds the
                 * term's position in it (exact in a double). */
                all[i].g2_p_adj = (double)fam_n;
                fam[fam_n++] = ko[i].g2_p;
            }
            fsc__qsort(all, nv, sizeof *all, cmp_term);
            e->n_top = nv < kk ? nv : kk;
            memcpy(c->kterms + k * kk, all, e->n_top * sizeof *all);
        }
    if (st == FSC_OK && fam_n) {
        size_t m = 0;
        for (size_t i = 0; i < fam_n; i++)
            if (!isnan(fam[i]))
                m++;
        st = fsc_stats_bh(fam, fam_n, fam, err);
        for (size_t i = 0; st == FSC_OK && i < np * kk; i++) {
            fsc_compare_term *t = &c->kterms[i];
            if (t->term)
                t->g2_p_adj = fam[(size_t)t->g2_p_adj];
        }
        r->m_keyness = m;
    }
    if (st == FSC_OK) {
        r->n_keyness = np;
        r->keyness = c->kres;
    }
done:
    free(fam);
    free(ycorp);
    free(inv);
    free(yi);
    free(yj);
    free(pr);
    free(ids);
    free(ko);
    free(all);
    return st;
}
