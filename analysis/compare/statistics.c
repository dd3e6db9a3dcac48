/*
 * statistics.c - per category: the cells' descriptives, every pairwise test
 * and effect size (from each cell's moments and runs, computed once) and
 * Kruskal-Wallis, and the per-period series; the worker threads.
 */
#include "compare_int.h"

#include <gsl/gsl_sf_gamma.h>

/* ------------------------------------------------------------------ */
/* Statistics                                                           */
/* ------------------------------------------------------------------ */

/*
 * One sorted cell as the pairwise statistics use it, computed once per cell
 * instead of once per pair (49 times with 50 outlets): its moments (for
 * Welch and the effect sizes), its plain sum and zero run (for the
 * permutation statistic) and its runs of equal values (for the merge).
 */
typedef struct cell_sum {
    fsc__moments mom; /* as fsc_stats_welch() computes them */
    double sum;       /* x[0] + ... + x[n-1] in double from +0 */
    size_t z0, z1;    /* x[z0..z1) are the zeros */
    size_t nr;        /* runs: distinct values v[0..nr), counts c[0..nr) */
    const double *v;
    const size_t *c;
} cell_sum;

/* Describe sorted x[0..n) into *cs, with its runs in v[] and c[] (room for
 * n each). */
static void cell_summarize(const double *x, size_t n, double *v, size_t *c,
                           cell_sum *cs)
{
    fsc__stats_moments(x, n, &cs->mom);
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    cs->sum = s;
    size_t z0 = 0, z1;
    while (z0 < n && x[z0] < 0)
        z0++;
    for (z1 = z0; z1 < n && x[z1] == 0;)
        z1++;
    cs->z0 = z0;
    cs->z1 = z1;
    size_t d = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && x[j] == x[i])
            j++;
        v[d] = x[i];
        c[d] = j - i;
        d++;
        i = j;
    }
    cs->nr = d;
    cs->v = v;
    cs->c = c;
}

/*
 * Mann-Whitney (normal approximation) and effect sizes of two sorted cells
 * by one merge of their runs of equal values, O(runs) instead of the
 * O(N log N) sorts and allocations of stats.c: with 50 outlets there are
 * 1,225 pairs per category, and a cell of rates is mostly one run of
 * zeros. Used only where stats.c would also use the normal approximation
 * (nx + ny >= FAST_MIN); the rank sums, tie sums and Cliff counts are exact
 * integers (or halves) in doubles, so W, the tie correction and delta equal
 * stats.c's bit for bit; the means and variances are fsc_stats_welch()'s
 * and fsc_stats_effect()'s (the same arithmetic); the normal tail uses erfc
 * rather than GSL (agreement checked in tests/unit/test_compare.c).
 */
static void fast_pair_runs(const cell_sum *cx, const cell_sum *cy,
                           fsc_test2 *mw, fsc_effect *ef)
{
    const double *xv = cx->v, *yv = cy->v;
    const size_t *xc = cx->c, *yc = cy->c;
    const size_t nrx = cx->nr, nry = cy->nr;
    const size_t nx = cx->mom.n, ny = cy->mom.n;
    double rsum = 0, ties = 0;
    double sr = 0, sr2 = 0, sc = 0, sc2 = 0; /* Cliff row/column dominances */
    uint64_t gt = 0, lt = 0;
    size_t a = 0, b = 0, j = 0; /* runs consumed; y values consumed */
    /* The counts also as doubles: they are integers below 2^53, so every
     * sum and difference of them below is exact and equals the converted
     * integer expression; this saves converting unsigned integers (a test
     * and a branch each on x86-64) in the loop. */
    const double fx = (double)nx, fy = (double)ny;
    double di_ = 0, dj_ = 0; /* x and y values consumed */
    /*
     * A run of x alone (no y of its value) has ty = 0: it adds nothing to
     * the column dominances (0 times a finite dj is a zero, and adding a
     * zero leaves a sum that is never -0 unchanged), and its row dominance
     * di = (dj_ - (fy - dj_)) / fy is the same for every x run until the
     * next y run. So the x runs below the next y value are one tight loop
     * with one division, and the y runs below the next x value likewise;
     * every sum still gets the same terms in the same order, so the
     * figures are those of the general step (below) bit for bit.
     */
    while (a < nrx || b < nry) {
        if (b >= nry || (a < nrx && xv[a] < yv[b])) {
            const double di = (dj_ - (fy - dj_)) / fy;
            const uint64_t above = ny - j;
            do {
                const size_t tx = xc[a++];
                const double ftx = (double)(int64_t)tx, pos = di_ + dj_;
                di_ += ftx;
                rsum += ftx * (pos + (ftx + 1) / 2);
                ties += ftx * ftx * ftx - ftx;
                gt += (uint64_t)tx * j;
                lt += (uint64_t)tx * above;
                sr += ftx * di;
                sr2 += ftx * di * di;
            } while (a < nrx && (b >= nry || xv[a] < yv[b]));
            continue;
        }
        if (a >= nrx || yv[b] < xv[a]) {
            const double dj = ((fx - di_) - di_) / fx;
            do {
                const size_t ty = yc[b++];
                const double fty = (double)(int64_t)ty;
                j += ty;
                dj_ += fty;
                ties += fty * fty * fty - fty;
                sc += fty * dj;
                sc2 += fty * dj * dj;
            } while (b < nry && (a >= nrx || yv[b] < xv[a]));
            continue;
        }
        /* A value of both cells (or -0 against +0): the general step. */
        const size_t tx = xc[a++], ty = yc[b++];
        double pos = di_ + dj_;
        j += ty;
        const double ftx = (double)(int64_t)tx, fty = (double)(int64_t)ty;
        const double jb = dj_, ib = di_; /* before this run */
        di_ += ftx;
        dj_ += fty;
        double t = ftx + fty;
        rsum += ftx * (pos + (t + 1) / 2);
        ties += t * t * t - t;
        gt += (uint64_t)tx * (j - ty);
        lt += (uint64_t)tx * (ny - j);
        /* each x of the run: ys below minus ys above; each y: xs above
           minus xs below */
        double di = (jb - (fy - dj_)) / fy;
        double dj = ((fx - di_) - ib) / fx;
        sr += ftx * di;
        sr2 += ftx * di * di;
        sc += fty * dj;
        sc2 += fty * dj * dj;
    }
    double dx = (double)nx, dy = (double)ny, N = dx + dy;
    memset(mw, 0, sizeof *mw);
    mw->df = NAN;
    mw->p = NAN;
    mw->method = "Wilcoxon rank sum test with continuity correction";
    double w = rsum - dx * (dx + 1) / 2;
    mw->statistic = w;
    double z = w - dx * dy / 2;
    double sigma2 = (dx * dy / 12) * ((N + 1) - ties / (N * (N - 1)));
    if (!(sigma2 > 0)) {
        mw->reason = "all values are tied: U has no variance";
    } else {
        double corr = z > 0 ? 0.5 : z < 0 ? -0.5 : 0;
        z = (z - corr) / sqrt(sigma2);
        mw->p = fmin(1.0, erfc(fabs(z) / sqrt(2.0)));
    }

    memset(ef, 0, sizeof *ef);
    ef->cohen_d = ef->hedges_g = NAN;
    double mx = cx->mom.mean, my = cy->mom.mean;
    ef->mean_diff = mx - my;
    ef->cliff = ((double)gt - (double)lt) / (dx * dy);
    {
        double d = ef->cliff;
        fsc__cliff_ci(d, nx, ny, sr2 - 2 * d * sr + dx * d * d,
                      sc2 - 2 * d * sc + dy * d * d, (double)(gt + lt),
                      &ef->cliff_lo, &ef->cliff_hi);
    }
    size_t m = nx + ny - 2;
    double ss = 0;
    if (nx > 1)
        ss += cx->mom.var * (double)(nx - 1);
    if (ny > 1)
        ss += cy->mom.var * (double)(ny - 1);
    double sp = sqrt(ss / (double)m);
    if (!(sp > 0)) {
        ef->reason = "pooled SD is zero: d and g are undefined";
        return;
    }
    ef->cohen_d = (mx - my) / sp;
    double h = (double)m / 2;
    /* J = Gamma(h) / (sqrt(h) Gamma(h - 1/2)); the log-gammas are large and
     * nearly equal, so take the log of their ratio directly (GSL's lnpoch;
     * unlike lgamma() it writes no global signgam, so threads may call it). */
    ef->hedges_g = ef->cohen_d * exp(gsl_sf_lnpoch(h - 0.5, 0.5)) / sqrt(h);
}

/* fast_pair_runs() of two sorted arrays, for the unit tests (allocates the
 * runs; nx + ny >= 3). */
fsc_status fsc__compare_fast_pair(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *mw, fsc_effect *ef);
fsc_status fsc__compare_fast_pair(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *mw, fsc_effect *ef)
{
    size_t n = nx + ny ? nx + ny : 1;
    double *v = malloc(n * sizeof *v);
    size_t *c = malloc(n * sizeof *c);
    if (!v || !c) {
        free(v);
        free(c);
        return FSC_ENOMEM;
    }
    cell_sum cx, cy;
    cell_summarize(x, nx, v, c, &cx);
    cell_summarize(y, ny, v + nx, c + nx, &cy);
    fast_pair_runs(&cx, &cy, mw, ef);
    free(v);
    free(c);
    return FSC_OK;
}

/* Upper tail of chi-square with integer df k >= 1 at x >= 0, in closed form
 * (sum of Poisson terms; erfc for odd k). GSL's log-gamma, not lgamma(),
 * which races on the global signgam when compare runs on several threads. */
static double chisq_q_int(double x, unsigned k)
{
    if (!(x > 0))
        return 1;
    double h = x / 2, s = 0;
    if (k % 2 == 0) {
        for (unsigned i = 0; i < k / 2; i++)
            s += exp(-h + i * log(h) - gsl_sf_lnfact(i));
        return fmin(1.0, s);
    }
    s = erfc(sqrt(h));
    for (unsigned i = 1; i <= (k - 1) / 2; i++)
        s += exp(-h + (i - 0.5) * log(h) - gsl_sf_lngamma(i + 0.5));
    return fmin(1.0, s);
}

/* A binary min-heap of group indices hp[0..*nh) keyed by the next value
 * of each group, g[i][head[i]]. */
static int kw_less(const double *const *g, const size_t *head, size_t i,
                   size_t j)
{
    return g[i][head[i]] < g[j][head[j]];
}

static void kw_push(const double *const *g, const size_t *head, size_t *hp,
                    size_t *nh, size_t i)
{
    size_t c = (*nh)++;
    while (c > 0) {
        size_t up = (c - 1) / 2;
        if (!kw_less(g, head, i, hp[up]))
            break;
        hp[c] = hp[up];
        c = up;
    }
    hp[c] = i;
}

static size_t kw_pop(const double *const *g, const size_t *head, size_t *hp,
                     size_t *nh)
{
    size_t top = hp[0], last = hp[--*nh], c = 0, n = *nh;
    for (;;) {
        size_t l = 2 * c + 1, m = l;
        if (l >= n)
            break;
        if (l + 1 < n && kw_less(g, head, hp[l + 1], hp[l]))
            m = l + 1;
        if (!kw_less(g, head, hp[m], last))
            break;
        hp[c] = hp[m];
        c = m;
    }
    if (n > 0)
        hp[c] = last;
    return top;
}

/* The end of the run of v that starts at x[h] (x sorted, x[h] == v):
 * galloping, so that a long run (the zeros of a cell of rates) costs
 * O(log n) comparisons rather than one per value. */
static size_t run_end_of(const double *x, size_t h, size_t n, double v)
{
    size_t lo = h + 1, step = 1; /* x[lo - 1] == v */
    while (lo + step <= n && x[lo + step - 1] == v) {
        lo += step;
        step *= 2;
    }
    size_t hi = lo + step <= n ? lo + step - 1 : n; /* x[hi] != v or hi == n */
    while (lo <
           hi) { /* x[lo - 1] == v; the first value other than v in [lo, hi] */
        size_t mid = lo + (hi - lo) / 2;
        if (x[mid] == v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Kruskal-Wallis of k SORTED groups by a k-way merge (stats.c sorts the
 * pooled values: O(N log N) with N = all articles, per category). */
fsc_status fsc__compare_fast_kw(const double *const *g, const size_t *n,
                                size_t k, size_t *head, double *rsum,
                                fsc_test2 *out);
fsc_status fsc__compare_fast_kw(const double *const *g, const size_t *n,
                                size_t k, size_t *head, double *rsum,
                                fsc_test2 *out)
{
    memset(out, 0, sizeof *out);
    out->statistic = out->df = out->p = NAN;
    out->method = "Kruskal-Wallis rank sum test";
    size_t nonempty = 0, total = 0;
    for (size_t i = 0; i < k; i++) {
        head[i] = 0;
        rsum[i] = 0;
        nonempty += n[i] > 0;
        total += n[i];
    }
    if (nonempty < 2) {
        out->reason = "fewer than two groups have values";
        return FSC_OK;
    }
    /* The groups with values left, in a binary heap by their next value:
     * each distinct value costs O(log k) instead of three passes over all
     * k groups. Each group adds (its count) x (the midrank) to its rank
     * sum, exact in doubles below 2^53 whatever the order; the tie sum
     * takes the runs in ascending order, as before. */
    size_t *hp = malloc(2 * k * sizeof *hp), *run_end = hp + k, nh = 0;
    if (!hp)
        return FSC_ENOMEM;
    for (size_t i = 0; i < k; i++)
        if (n[i] > 0)
            kw_push(g, head, hp, &nh, i);
    size_t pos = 0;
    double ties = 0;
    while (nh > 0) {
        const double v = g[hp[0]][head[hp[0]]];
        /* Take every group whose next value equals v (a run of v in it). */
        size_t took = 0, t = 0;
        while (nh > 0 && g[hp[0]][head[hp[0]]] == v) {
            size_t i = kw_pop(g, head, hp, &nh);
            run_end[i] = run_end_of(g[i], head[i], n[i], v);
            t += run_end[i] - head[i];
            /* Parked past the heap's end: the pop has just freed hp[nh],
             * so the taken groups are hp[nh..nh + took). */
            hp[nh] = i;
            took++;
        }
        double avg = (double)pos + ((double)t + 1) / 2;
        size_t m = 0;
        for (size_t u = 0; u < took; u++) {
            size_t i = hp[nh + u];
            rsum[i] += (double)(run_end[i] - head[i]) * avg;
            head[i] = run_end[i];
            if (head[i] < n[i]) /* back into the heap below */
                hp[nh + m++] = i;
        }
        for (size_t u = 0; u < m; u++)
            kw_push(g, head, hp, &nh, hp[nh]);
        pos += t;
        double dt = (double)t;
        ties += dt * dt * dt - dt;
    }
    free(hp);
    double N = (double)total, s = 0;
    for (size_t i = 0; i < k; i++)
        if (n[i] > 0)
            s += rsum[i] * rsum[i] / (double)n[i];
    double corr = 1 - ties / (N * N * N - N);
    out->df = (double)(nonempty - 1);
    if (!(corr > 0)) {
        out->reason = "all values are tied: H is undefined";
        return FSC_OK;
    }
    double h = (12 * s / (N * (N + 1)) - 3 * (N + 1)) / corr;
    out->statistic = h;
    out->p = chisq_q_int(h > 0 ? h : 0, (unsigned)(nonempty - 1));
    return FSC_OK;
}

/* Value of category `oc` (stored id) in row r for voice index vi, in the
 * run's measure. */
static double row_value(const fsc_compare *c, size_t vi, size_t oc, size_t r)
{
    double v = col_get(c, vi, oc, r);
    if (c->o.measure == FSC_MEASURE_RATE ||
        c->o.measure == FSC_MEASURE_VOICE_RATE)
        v = v * 1000.0 /
            (double)(vi && c->row_vtok[vi] ? c->row_vtok[vi][r]
                                           : c->row_tokens[r]);
    else if (c->o.measure == FSC_MEASURE_PRESENCE)
        v = v > 0;
    return v;
}

/*
 * The time series of one category: the values go to (group, period) cells,
 * each sorted (so the figures do not depend on row order) and described
 * with its own seed from the group, period and category names. Empty cells
 * skip the bootstrap.
 */
static fsc_status do_series(work *w, size_t ci, double *buf, size_t *fill,
                            uint64_t hc, fsc_error *err)
{
    fsc_compare *c = w->c;
    const size_t G = c->groups.n, P = w->n_periods, C = c->cats.n;
    const size_t oc = w->perm_c[ci];
    const fsc_compare_opts *o = &c->o;
    for (size_t k = 0; k < G * P; k++)
        fill[k] = w->gpoff[k];
    for (size_t r = 0; r < c->n_rows; r++) {
        if (!row_in(c, 0, r))
            continue; /* the series is of the first voice */
        size_t k = w->perm_g[c->row_group[r]] * P + w->perm_p[c->row_period[r]];
        buf[fill[k]++] = row_value(c, 0, oc, r);
    }
    for (size_t g = 0; g < G; g++)
        for (size_t p = 0; p < P; p++) {
            size_t k = g * P + p, n = fill[k] - w->gpoff[k];
            fsc_compare_cell *cell = &c->series[k * C + ci];
            cell->group = g;
            cell->category = ci;
            cell->period = p;
            if (n == 0) {
                fsc_desc *d = &cell->desc;
                memset(d, 0, sizeof *d);
                d->mean = d->sd = d->median = d->q1 = d->q3 = NAN;
                d->ci_lo = d->ci_hi = NAN;
                d->reason = "no articles of the group in this period";
                continue;
            }
            double *x = buf + w->gpoff[k];
            fsc__qsort(x, n, sizeof *x, cmp_double);
            uint64_t seed =
                mix64(o->seed ^ mix64(name_hash(c->gnames[g]) ^
                                      mix64(hc ^ mix64(name_hash(c->pnames[p]) ^
                                                       0x7365726965730000u))));
            fsc_status st = fsc_stats_describe(x, n, o->bootstrap, o->level,
                                               seed, &cell->desc, err);
            if (st)
                return st;
        }
    return FSC_OK;
}

/* Sort positive finite x[0..n) ascending: quicksort (median of three,
 * the smaller side first) with insertion sort below 16 values, comparing
 * doubles inline rather than through qsort's callback. Equal positive
 * values are the same bits, so any correct sort leaves the same array. */
static void sort_pos(double *x, size_t n)
{
    while (n > 16) {
        size_t j = fsc__partition(x, 0, n / 2, n - 1);
        /* x[0..j] <= pivot <= x[j+1..n) */
        if (j + 1 < n - j - 1) {
            sort_pos(x, j + 1);
            x += j + 1;
            n -= j + 1;
        } else {
            sort_pos(x + j + 1, n - j - 1);
            n = j + 1;
        }
    }
    fsc__insertion_sort(x, n);
}

/*
 * Sort cell x[0..n) as fsc__qsort(cmp_double) does. A cell of counts or
 * rates is mostly zeros: when it has no negative value, no -0 and no NAN,
 * its zeros are all the same +0, so they go first without sorting and only
 * the positive values are sorted (equal positive values are identical, so
 * the order is the same as sorting everything).
 */
static void sort_cell(double *x, size_t n)
{
    size_t w = n;
    for (size_t i = 0; i < n; i++)
        if (!(x[i] >= 0) || (x[i] == 0 && signbit(x[i]))) {
            fsc__qsort(x, n, sizeof *x, cmp_double);
            return;
        }
    /* Move the positive values to the end, keeping their order. */
    for (size_t i = n; i-- > 0;)
        if (x[i] != 0)
            x[--w] = x[i];
    for (size_t i = 0; i < w; i++)
        x[i] = 0;
    sort_pos(x + w, n - w);
}

/* Per-worker buffers of do_category(). */
typedef struct wbufs {
    double *buf;  /* the category's values, cell after cell */
    size_t *fill; /* G */
    size_t *head; /* G */
    double *rsum; /* G */
    double *sbuf; /* series: values by (group, period); NULL without */
    size_t *sfill;
    cell_sum *cs; /* G */
    double *rv;   /* runs of the cells: values and counts, n_rows each */
    size_t *rc;
    size_t *lsz; /* G: sizes of the groups with articles in the voice */
} wbufs;

/* The cells, pairs and Kruskal-Wallis figures where a voice has no data. */
static void empty_desc(fsc_desc *d, const char *why)
{
    memset(d, 0, sizeof *d);
    d->mean = d->sd = d->median = d->q1 = d->q3 = NAN;
    d->ci_lo = d->ci_hi = NAN;
    d->reason = why;
}

static void empty_test(fsc_test2 *t, const char *method, const char *why)
{
    t->statistic = t->df = t->p = NAN;
    t->exact = 0;
    t->method = method;
    t->reason = why;
}

static void empty_pair(fsc_compare_pair *p)
{
    static const char why[] = "a group has no articles in this voice";
    p->ratio = NAN;
    p->effect.mean_diff = p->effect.cohen_d = p->effect.hedges_g = NAN;
    p->effect.cliff = NAN;
    p->effect.cliff_lo = p->effect.cliff_hi = NAN;
    p->effect.reason = why;
    empty_test(&p->welch, "Welch two-sample t-test", why);
    empty_test(&p->mw, "Mann-Whitney U", why);
    empty_test(&p->perm, "permutation test", why);
    p->welch_p_adj = p->mw_p_adj = p->perm_p_adj = NAN;
}

/* The cells, pairs and Kruskal-Wallis test of category ci in voice vi. */
static fsc_status do_category(work *w, size_t vi, size_t ci, wbufs *wb,
                              fsc_error *err)
{
    double *buf = wb->buf;
    size_t *fill = wb->fill;
    cell_sum *cs = wb->cs;
    fsc_compare *c = w->c;
    const vview *vw = &w->vv[vi];
    const size_t G = c->groups.n, C = c->cats.n, oc = w->perm_c[ci];
    const size_t *gsize = vw->gsize, *goff = vw->goff;
    const fsc_compare_opts *o = &c->o;
    fsc_compare_cell *cells = c->cells + vi * G * C;
    fsc_status st;

    for (size_t g = 0; g < G; g++)
        fill[g] = goff[g];
    for (size_t r = 0; r < c->n_rows; r++)
        if (row_in(c, vi, r))
            buf[fill[w->perm_g[c->row_group[r]]]++] = row_value(c, vi, oc, r);
    /* Sorted cells make every figure independent of row order. */
    for (size_t g = 0; g < G; g++)
        sort_cell(buf + goff[g], gsize[g]);

    for (size_t g = 0; g < G; g++)
        cell_summarize(buf + goff[g], gsize[g], wb->rv + goff[g],
                       wb->rc + goff[g], &cs[g]);
    uint64_t hc = name_hash(c->cnames[ci]);
    for (size_t g = 0; g < G; g++) {
        fsc_compare_cell *cell = &cells[g * C + ci];
        cell->group = g;
        cell->category = ci;
        if (gsize[g] == 0) { /* only with several voices */
            empty_desc(&cell->desc, "no articles of the group in this voice");
            continue;
        }
        uint64_t seed =
            mix64(o->seed ^ mix64(name_hash(c->gnames[g]) ^ mix64(hc)));
        st = fsc__stats_describe_m(buf + goff[g], gsize[g], &cs[g].mom,
                                   o->bootstrap, o->level, seed, &cell->desc,
                                   err);
        if (st)
            return st;
    }
    if (vi == 0 && w->n_periods &&
        (st = do_series(w, ci, wb->sbuf, wb->sfill, hc, err)))
        return st;

    /* The describe calls above have checked that every value is finite,
     * which is all that the pairwise calls below would check again. */

    size_t k = 0;
    for (size_t a = 0; a < G; a++)
        for (size_t b = a + 1; b < G; b++, k++) {
            fsc_compare_pair *p =
                &c->pairs[(vi * C + ci) * w->n_pairs_per_cat + k];
            const double *x = buf + goff[a], *y = buf + goff[b];
            size_t nx = gsize[a], ny = gsize[b];
            p->category = ci;
            p->a = a;
            p->b = b;
            p->voice = vi;
            if (nx == 0 || ny == 0) {
                empty_pair(p);
                continue;
            }
            fsc__stats_welch_moments(&cs[a].mom, &cs[b].mom, &p->welch);
            if (nx + ny >= FAST_MIN) {
                fast_pair_runs(&cs[a], &cs[b], &p->mw, &p->effect);
            } else {
                st = fsc_stats_mann_whitney(x, nx, y, ny, &p->mw, err);
                if (!st)
                    st = fsc_stats_effect(x, nx, y, ny, &p->effect, err);
                if (st)
                    return st;
            }
            if (o->permutations == 0) {
                /* The observed difference only: the sums it needs, with
                 * y's zeros skipped (adding them changes nothing). */
                double total = cs[a].sum;
                for (size_t i = 0; i < cs[b].z0; i++)
                    total += y[i];
                for (size_t i = cs[b].z1; i < ny; i++)
                    total += y[i];
                st = fsc__stats_perm_observed(cs[a].sum, total, nx, ny,
                                              &p->perm, err);
            } else {
                uint64_t seed =
                    mix64(o->seed ^
                          mix64(hc ^ mix64(name_hash(c->gnames[a]) ^
                                           mix64(name_hash(c->gnames[b])))));
                st = fsc_stats_permutation(x, nx, y, ny, o->permutations, seed,
                                           &p->perm, err);
            }
            if (st)
                return st;
            double ma = cells[a * C + ci].desc.mean;
            double mb = cells[b * C + ci].desc.mean;
            p->ratio = mb != 0 ? ma / mb : NAN;
            p->welch_p_adj = p->mw_p_adj = p->perm_p_adj = NAN;
        }

    if (G > 2) {
        /* Over the groups with articles in the voice (all of them with one
         * voice), as a run of this voice alone computes it. */
        fsc_compare_kw *kw = &c->kw[vi * C + ci];
        const size_t L = vw->G;
        kw->category = ci;
        kw->voice = vi;
        kw->p_adj = NAN;
        if (L <= 2) {
            empty_test(&kw->test, "Kruskal-Wallis rank sum test",
                       "fewer than 3 groups have articles in this voice");
            return FSC_OK;
        }
        const double **ptr = malloc(L * sizeof *ptr);
        if (!ptr)
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        for (size_t i = 0; i < L; i++) {
            ptr[i] = buf + goff[vw->gl[i]];
            wb->lsz[i] = gsize[vw->gl[i]];
        }
        if (vw->n_rows >= FAST_MIN)
            st = fsc__compare_fast_kw(ptr, wb->lsz, L, wb->head, wb->rsum,
                                      &kw->test);
        else
            st = fsc_stats_kruskal_test((const double *const *)ptr, wb->lsz, L,
                                        &kw->test, err);
        free(ptr);
        if (st)
            return st;
    }
    return FSC_OK;
}

void *fsc__compare_worker(void *arg)
{
    work *w = arg;
    fsc_compare *c = w->c;
    size_t G = c->groups.n, R = c->n_rows ? c->n_rows : 1;
    size_t G1 = G ? G : 1;
    wbufs wb;
    wb.buf = malloc(R * sizeof *wb.buf);
    wb.fill = malloc(G1 * sizeof *wb.fill);
    wb.head = malloc(G1 * sizeof *wb.head);
    wb.rsum = malloc(G1 * sizeof *wb.rsum);
    wb.cs = malloc(G1 * sizeof *wb.cs);
    wb.rv = malloc(R * sizeof *wb.rv);
    wb.rc = malloc(R * sizeof *wb.rc);
    wb.lsz = malloc(G1 * sizeof *wb.lsz);
    /* Series buffers only with a period: a plain run allocates nothing. */
    size_t GP = G * w->n_periods;
    wb.sbuf = GP ? malloc(R * sizeof *wb.sbuf) : NULL;
    wb.sfill = GP ? malloc(GP * sizeof *wb.sfill) : NULL;
    fsc_error err;
    fsc_error_clear(&err);
    fsc_status st = wb.buf && wb.fill && wb.head && wb.rsum && wb.cs && wb.rv &&
                            wb.rc && wb.lsz && (!GP || (wb.sbuf && wb.sfill))
                        ? FSC_OK
                        : FSC_ENOMEM;
    if (st)
        fsc__fail(&err, st, "compare: out of memory");
    for (;;) {
        pthread_mutex_lock(&w->mu);
        size_t t = w->next++;
        if (st && w->st == FSC_OK) {
            w->st = st;
            w->err = err;
        }
        int stop = w->st != FSC_OK || t >= c->nv * c->cats.n;
        pthread_mutex_unlock(&w->mu);
        if (stop)
            break;
        st = do_category(w, t / c->cats.n, t % c->cats.n, &wb, &err);
    }
    free(wb.sbuf);
    free(wb.sfill);
    free(wb.buf);
    free(wb.fill);
    free(wb.head);
    free(wb.rsum);
    free(wb.cs);
    free(wb.rv);
    free(wb.rc);
    free(wb.lsz);
    return NULL;
}

/* |z| descending (undefined last), then the term: a total order. */
