/*
 * boot_shared_bench.c - what one resample of a group's articles shared by
 * all its categories would cost, against one resample per category as
 * compare draws them (stats.c's pick_sum() over the nonzero values).
 *
 * Data like bench/gen_rows.py's rates: ROWS articles of one group, CATS
 * categories, each article matching a category with probability 2-30 %
 * (rising with the category), values k * 1000 / tokens. Per configuration
 * it prints CPU nanoseconds per article per resample (process CPU time).
 *
 *   alone    per category: nnz uniform picks among its nonzero values,
 *            summed as pick_sum() sums them (the binomial draw of the
 *            number of picks is left out: it only adds to this side)
 *   picks    shared: n uniform picks of articles counted in a counter per
 *            article (8 resamples at once, one row of 8 doubles each), then
 *            per category one pass over its nonzero values (8 sums)
 *   poisson  shared: the same counts, drawn per article (Poisson(1) by
 *            inversion, then corrected to a total of n: see the README);
 *            the correction is left out here (about sqrt(n) draws)
 *   poisson-tiled  the same in blocks of 512 articles: a block's counts
 *            (32 KiB) are drawn and at once added into every category's
 *            sums (its nonzero values in the block), so they stay in L1
 *   *-gen    the counts alone, without the sums per category
 *
 * Build and run (not part of CMake):
 *   gcc -O3 -std=gnu11 -o bench/out/boot_shared_bench bench/boot_shared_bench.c
 * -lm bench/out/boot_shared_bench [ROWS] [CATS] [RESAMPLES]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define LANES 8
#define TWO32 ((uint64_t)1 << 32)
#define LOW32 0xffffffffu

typedef struct xo256 {
    uint64_t s[4];
} xo256;

static uint64_t rotl64(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

static uint64_t xo_next(xo256 *g)
{
    uint64_t *s = g->s;
    uint64_t out = rotl64(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl64(s[3], 45);
    return out;
}

static int pick1(uint64_t m, uint64_t t1, uint64_t u, uint64_t *i)
{
    uint64_t a = (u & LOW32) * m;
    *i = a >> 32;
    return (a & LOW32) >= t1;
}

static int pick2(uint64_t m, uint64_t t2, uint64_t u, uint64_t *i, uint64_t *j)
{
    uint64_t a = (u & LOW32) * m;
    *i = a >> 32;
    a = (a & LOW32) * m;
    *j = a >> 32;
    return (a & LOW32) >= t2;
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* pick_sum() of stats.c: k picks from v[0..m), m^2 <= 2^32. */
static double pick_sum(const double *v, uint64_t m, size_t k, xo256 *g)
{
    const uint64_t t1 = TWO32 % m, t2 = TWO32 % (m * m);
    xo256 st = *g;
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    uint64_t i, j, i2, j2;
    while (k >= 4) {
        uint64_t w = xo_next(&st);
        int a = pick2(m, t2, w, &i, &j), b = pick2(m, t2, w >> 32, &i2, &j2);
        if (a & b) {
            s0 += v[i];
            s1 += v[j];
            s2 += v[i2];
            s3 += v[j2];
            k -= 4;
        } else if (a) {
            s0 += v[i];
            s1 += v[j];
            k -= 2;
        } else if (b) {
            s2 += v[i2];
            s3 += v[j2];
            k -= 2;
        }
    }
    while (k > 0)
        if (pick1(m, t1, xo_next(&st) >> 32, &i)) {
            s0 += v[i];
            k--;
        }
    *g = st;
    return (s0 + s1) + (s2 + s3);
}

/* n picks of [0, n) counted in w[i * LANES] (n^2 <= 2^32). */
static void count_picks(uint64_t n, double *w, xo256 *g)
{
    const uint64_t t1 = TWO32 % n, t2 = TWO32 % (n * n);
    xo256 st = *g;
    uint64_t i, j, i2, j2, k = n;
    while (k >= 4) {
        uint64_t u = xo_next(&st);
        int a = pick2(n, t2, u, &i, &j), b = pick2(n, t2, u >> 32, &i2, &j2);
        if (a & b) {
            w[i * LANES] += 1;
            w[j * LANES] += 1;
            w[i2 * LANES] += 1;
            w[j2 * LANES] += 1;
            k -= 4;
        } else if (a) {
            w[i * LANES] += 1;
            w[j * LANES] += 1;
            k -= 2;
        } else if (b) {
            w[i2 * LANES] += 1;
            w[j2 * LANES] += 1;
            k -= 2;
        }
    }
    while (k > 0)
        if (pick1(n, t1, xo_next(&st) >> 32, &i)) {
            w[i * LANES] += 1;
            k--;
        }
    *g = st;
}

/* Poisson(1) counts of rows 0..n) for LANES resamples, row by row: a
 * 12-bit slice of a 64-bit output picks a table entry; the few slices
 * that straddle a threshold compare the full 64 bits (the slice and 52
 * fresh bits). */
static uint64_t pt[24];
static unsigned char ptab[4096];

static void pois_init(void)
{
    long double f = 0, term = expl(-1.0L), two64 = 18446744073709551616.0L;
    for (int i = 0; i < 24; i++) {
        f += term;
        term /= (long double)(i + 1);
        pt[i] = f * two64 >= two64 ? UINT64_MAX : (uint64_t)(f * two64);
    }
    for (unsigned b = 0; b < 4096; b++) {
        uint64_t lo = (uint64_t)b << 52, hi = lo | (((uint64_t)1 << 52) - 1);
        unsigned xl = 0, xh = 0;
        while (xl < 24 && lo >= pt[xl])
            xl++;
        while (xh < 24 && hi >= pt[xh])
            xh++;
        ptab[b] = (unsigned char)(xl == xh ? xl : 255);
    }
}

static void pois_rows(size_t n, double *w, xo256 *g)
{
    xo256 st = *g; /* (g's stream goes on where the last call ended) */
    uint64_t u = 0;
    unsigned left = 0;
    for (size_t r = 0; r < n; r++)
        for (int l = 0; l < LANES; l++) {
            if (!left) {
                u = xo_next(&st);
                left = 5;
            }
            left--;
            unsigned h = (unsigned)(u >> 52), x = ptab[h];
            u <<= 12;
            if (x == 255) {
                uint64_t full = (uint64_t)h << 52 | xo_next(&st) >> 12;
                for (x = 0; x < 24 && full >= pt[x];)
                    x++;
            }
            w[r * LANES + (size_t)l] = (double)x;
        }
    *g = st;
}

/* The LANES sums of one category: its nonzero values v[0..m) at rows
 * ri[0..m). */
static void lane_sums(const double *w, const uint32_t *ri, const double *v,
                      size_t m, double *acc)
{
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
    for (size_t q = 0; q < m; q++) {
        const double *wr = w + (size_t)ri[q] * LANES;
        const double x = v[q];
        a0 += wr[0] * x;
        a1 += wr[1] * x;
        a2 += wr[2] * x;
        a3 += wr[3] * x;
        a4 += wr[4] * x;
        a5 += wr[5] * x;
        a6 += wr[6] * x;
        a7 += wr[7] * x;
    }
    acc[0] = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7;
}

/* lane_sums() with the rows counted from r0, all eight sums out. */
static void lane_sums8(const double *w, const uint32_t *ri, const double *v,
                       size_t m, size_t r0, double *acc)
{
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
    for (size_t q = 0; q < m; q++) {
        const double *wr = w + ((size_t)ri[q] - r0) * LANES;
        const double x = v[q];
        a0 += wr[0] * x;
        a1 += wr[1] * x;
        a2 += wr[2] * x;
        a3 += wr[3] * x;
        a4 += wr[4] * x;
        a5 += wr[5] * x;
        a6 += wr[6] * x;
        a7 += wr[7] * x;
    }
    acc[0] = a0;
    acc[1] = a1;
    acc[2] = a2;
    acc[3] = a3;
    acc[4] = a4;
    acc[5] = a5;
    acc[6] = a6;
    acc[7] = a7;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 20000;
    size_t K = argc > 2 ? strtoul(argv[2], NULL, 10) : 20;
    size_t boot = argc > 3 ? strtoul(argv[3], NULL, 10) : 400;
    if (n < 2 || n > 65536 || K < 1 || boot < LANES) {
        fprintf(stderr, "usage: boot_shared_bench [ROWS 2..65536] [CATS] "
                        "[RESAMPLES >= 8]\n");
        return 2;
    }
    srand(1);
    uint32_t *ri = malloc(n * K * sizeof *ri);
    double *v = malloc(n * K * sizeof *v);
    size_t *coff = malloc((K + 1) * sizeof *coff), t = 0;
    double *w = malloc(n * LANES * sizeof *w), sink = 0;
    if (!ri || !v || !coff || !w)
        return 2;
    for (size_t j = 0; j < K; j++) {
        coff[j] = t;
        double p = 0.02 + 0.28 * (double)j / (double)(K > 1 ? K - 1 : 1);
        for (size_t r = 0; r < n; r++)
            if (rand() < p * RAND_MAX) {
                ri[t] = (uint32_t)r;
                v[t++] = 1000.0 * (1 + rand() % 3) / (150 + rand() % 1351);
            }
    }
    coff[K] = t;
    pois_init();
    printf("%zu rows, %zu categories, %.2f nonzero values per row, %zu "
           "resamples\n",
           n, K, (double)t / (double)n, boot);
    static const char *name[] = { "alone",   "picks",       "picks-gen",
                                  "poisson", "poisson-gen", "poisson-tiled" };
    size_t *cur = malloc(K * sizeof *cur);
    double *sums = malloc(K * LANES * sizeof *sums);
    if (!cur || !sums)
        return 2;
    for (int c = 0; c < 6; c++) {
        xo256 g = { { 1, 2, 3, 4 } };
        double t0 = cpu_now(), acc[LANES];
        for (size_t b0 = 0; b0 < boot; b0 += LANES) {
            if (c == 0) {
                for (size_t b = 0; b < LANES; b++)
                    for (size_t j = 0; j < K; j++) {
                        size_t m = coff[j + 1] - coff[j];
                        if (m)
                            sink += pick_sum(v + coff[j], m, m, &g);
                    }
                continue;
            }
            if (c == 5) {
                const size_t blk = 512;
                for (size_t j = 0; j < K; j++) {
                    cur[j] = coff[j];
                    for (int l = 0; l < LANES; l++)
                        sums[j * LANES + (size_t)l] = 0;
                }
                for (size_t r0 = 0; r0 < n; r0 += blk) {
                    size_t r1 = r0 + blk < n ? r0 + blk : n;
                    pois_rows(r1 - r0, w, &g);
                    for (size_t j = 0; j < K; j++) {
                        size_t q0 = cur[j], q1 = q0;
                        while (q1 < coff[j + 1] && ri[q1] < r1)
                            q1++;
                        double a[LANES];
                        lane_sums8(w, ri + q0, v + q0, q1 - q0, r0, a);
                        for (int l = 0; l < LANES; l++)
                            sums[j * LANES + (size_t)l] += a[l];
                        cur[j] = q1;
                    }
                }
                sink += sums[0];
                continue;
            }
            if (c <= 2) {
                memset(w, 0, n * LANES * sizeof *w);
                for (size_t b = 0; b < LANES; b++)
                    count_picks(n, w + b, &g);
            } else {
                pois_rows(n, w, &g);
            }
            if (c == 2 || c == 4) {
                sink += w[b0 % n * LANES];
                continue;
            }
            for (size_t j = 0; j < K; j++) {
                lane_sums(w, ri + coff[j], v + coff[j], coff[j + 1] - coff[j],
                          acc);
                sink += acc[0];
            }
        }
        size_t done = (boot + LANES - 1) / LANES * LANES; /* resamples */
        double ns = (cpu_now() - t0) / ((double)n * (double)done) * 1e9;
        printf("%-14s %6.3f ns per row and resample\n", name[c], ns);
    }
    return sink == 42.0; /* keep the sums */
}
