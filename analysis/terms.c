/*
 * terms.c - corpus vocabulary: frequency lists and keyness of every key
 * (word or n-gram, folded as the matcher folds) of a group against the
 * rest. See framescope/terms.h.
 *
 * Counts live in one strmap (key -> index) and flat arrays indexed
 * key * gcap + group, whose stride doubles (with a copy) when a new group
 * appears. The vocabulary stops growing at max_vocab keys; later new keys
 * are counted as dropped.
 */
#include "framescope/terms.h"

#include "buf.h"
#include "framescope/stats.h"
#include "internal.h"
#include "strmap.h"
#include "terms_stop.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_GROUPS 1000
#define N_SURF     3

struct fsc_terms {
    fsc_terms_opts o;
    fsc__tokenizer *tk;
    fsc__folder *fold;
    fsc__tokvec tv;
    fsc_buf fb;        /* one folded word */
    fsc_buf keys;      /* the article's word keys, NUL-separated */
    fsc_buf gram;      /* an n-gram being built */
    size_t *koff;      /* offsets of the article's word keys in `keys` */
    uint32_t *ksent;   /* their sentences */
    uint32_t *ktok;    /* their tokens */
    size_t kcap;
    uint8_t *knode;    /* collocations: the article's word is a node */
    char *pat;         /* collocations: the folded pattern, NUL-terminated */
    size_t pat_len;
    int pat_wild;      /* the pattern ended in `*` */
    size_t nodes, win_tokens, other_tokens;
    fsc__strmap map;   /* key -> index */
    uint8_t *n_words;  /* per key: 1..3 */
    uint32_t *cnt;     /* [key * gcap + g] occurrences */
    uint32_t *docs;    /* [key * gcap + g] articles */
    uint32_t *last;    /* per key: 1 + last article counted in docs */
    const char **surf; /* [key * N_SURF + i] surface forms (arena) */
    size_t n_keys, cap_keys;
    fsc_arena arena;   /* surface strings */
    fsc__strmap gmap;  /* group -> index */
    char **groups;
    size_t *g_articles, *g_tokens;
    size_t n_groups, gcap;
    size_t articles, tokens, dropped;
    /* Result. */
    int ran;
    fsc_term_row *rows;
    size_t n_rows;
    size_t *n_per;
    fsc_terms_result res;
};

static void word_key(const char *f, size_t fl, int script, const char **k,
                     size_t *kl);
static fsc_status set_pattern(fsc_terms *t, const char *p, fsc_error *err);

void fsc_terms_opts_init(fsc_terms_opts *o)
{
    memset(o, 0, sizeof *o);
    o->ngram_max = 1;
    o->min_count = 5;
    o->max_vocab = 1000000;
    o->stopwords = 1;
    o->prior_a0 = 500;
    o->top = 30;
    o->collocate = NULL;
    o->window = 5;
}

fsc_status fsc_terms_new(const fsc_terms_opts *o, fsc_terms **out,
                         fsc_error *err)
{
    *out = NULL;
    fsc_terms *t = calloc(1, sizeof *t);
    if (!t)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (o)
        t->o = *o;
    else
        fsc_terms_opts_init(&t->o);
    if (t->o.ngram_max < 1 || t->o.ngram_max > 3) {
        free(t);
        return fsc__fail(err, FSC_EINVAL, "n-grams of 1 to 3 words only");
    }
    if (t->o.max_vocab == 0 || t->o.max_vocab > UINT32_MAX - 1)
        t->o.max_vocab = 1000000;
    fsc__strmap_init(&t->map);
    fsc__strmap_init(&t->gmap);
    fsc__arena_init(&t->arena, 1 << 16);
    fsc__buf_init(&t->fb, 0);
    fsc__buf_init(&t->keys, 0);
    fsc__buf_init(&t->gram, 0);
    fsc__fold_opts fo = { 0 };
    fsc_status st = fsc__tokenizer_new(NULL, &t->tk, err);
    if (st == FSC_OK)
        st = fsc__folder_new(&fo, &t->fold, err);
    if (st == FSC_OK && t->o.collocate)
        st = set_pattern(t, t->o.collocate, err);
    if (st != FSC_OK) {
        fsc_terms_free(t);
        return st;
    }
    *out = t;
    return FSC_OK;
}

void fsc_terms_free(fsc_terms *t)
{
    if (!t)
        return;
    fsc__tokenizer_free(t->tk);
    fsc__folder_free(t->fold);
    fsc__tokvec_free(&t->tv);
    fsc__buf_free(&t->fb);
    fsc__buf_free(&t->keys);
    fsc__buf_free(&t->gram);
    free(t->koff);
    free(t->ksent);
    free(t->ktok);
    free(t->knode);
    free(t->pat);
    fsc__strmap_free(&t->map);
    fsc__strmap_free(&t->gmap);
    free(t->n_words);
    free(t->cnt);
    free(t->docs);
    free(t->last);
    free(t->surf);
    fsc__arena_free(&t->arena);
    for (size_t i = 0; i < t->n_groups; i++)
        free(t->groups[i]);
    free(t->groups);
    free(t->g_articles);
    free(t->g_tokens);
    free(t->rows);
    free(t->n_per);
    free(t);
}

/* Index of group `name`, adding it (and widening the count arrays). */
static fsc_status group_of(fsc_terms *t, const char *name, size_t *gi,
                           fsc_error *err)
{
    size_t len = strlen(name);
    uint32_t h = fsc__hash(name, len), v;
    if (fsc__strmap_get(&t->gmap, name, len, h, &v)) {
        *gi = v;
        return FSC_OK;
    }
    if (t->n_groups == MAX_GROUPS)
        return fsc__fail(err, FSC_ELIMIT, "more than %d groups",
                         MAX_GROUPS);
    size_t g = t->n_groups;
    char **gs = realloc(t->groups, (g + 1) * sizeof *gs);
    size_t *ga = gs ? realloc(t->g_articles, (g + 1) * sizeof *ga) : NULL;
    if (gs)
        t->groups = gs;
    if (ga)
        t->g_articles = ga;
    size_t *gt = ga ? realloc(t->g_tokens, (g + 1) * sizeof *gt) : NULL;
    if (gt)
        t->g_tokens = gt;
    if (!gt || !(t->groups[g] = fsc__strdup(name)))
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    t->g_articles[g] = t->g_tokens[g] = 0;
    if (g + 1 > t->gcap) {
        /* Widen the stride of the per-key arrays. */
        size_t nc = t->gcap ? t->gcap * 2 : 4;
        size_t rows = t->cap_keys ? t->cap_keys : 1;
        uint32_t *c = calloc(rows * nc, sizeof *c);
        uint32_t *d = calloc(rows * nc, sizeof *d);
        if (!c || !d) {
            free(c);
            free(d);
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
        for (size_t k = 0; k < t->n_keys; k++)
            for (size_t j = 0; j < t->gcap; j++) {
                c[k * nc + j] = t->cnt[k * t->gcap + j];
                d[k * nc + j] = t->docs[k * t->gcap + j];
            }
        free(t->cnt);
        free(t->docs);
        t->cnt = c;
        t->docs = d;
        t->gcap = nc;
    }
    if (fsc__strmap_put(&t->gmap, name, len, h, (uint32_t)g) != FSC_OK)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    t->n_groups++;
    *gi = g;
    return FSC_OK;
}

/* Make room for key index k. */
static fsc_status grow_keys(fsc_terms *t)
{
    if (t->n_keys < t->cap_keys)
        return FSC_OK;
    size_t nc = t->cap_keys ? t->cap_keys * 2 : 1024;
    size_t gc = t->gcap ? t->gcap : 4;
    uint32_t *c = realloc(t->cnt, nc * gc * sizeof *c);
    if (c)
        t->cnt = c;
    uint32_t *d = c ? realloc(t->docs, nc * gc * sizeof *d) : NULL;
    if (d)
        t->docs = d;
    uint32_t *l = d ? realloc(t->last, nc * sizeof *l) : NULL;
    if (l)
        t->last = l;
    uint8_t *w = l ? realloc(t->n_words, nc) : NULL;
    if (w)
        t->n_words = w;
    const char **s = w ? realloc(t->surf, nc * N_SURF * sizeof *s) : NULL;
    if (!s)
        return FSC_ENOMEM;
    t->surf = s;
    memset(t->cnt + t->cap_keys * gc, 0, (nc - t->cap_keys) * gc * sizeof *c);
    memset(t->docs + t->cap_keys * gc, 0,
           (nc - t->cap_keys) * gc * sizeof *d);
    t->gcap = gc;
    t->cap_keys = nc;
    return FSC_OK;
}

/* Count one occurrence of key[0..len) (of n words, surface s[0..sl)) in
 * group g of article `art`. */
static fsc_status count(fsc_terms *t, const char *key, size_t len, unsigned n,
                        const char *s, size_t sl, size_t g, uint32_t art)
{
    uint32_t h = fsc__hash(key, len), k;
    if (!fsc__strmap_get(&t->map, key, len, h, &k)) {
        if (t->n_keys >= t->o.max_vocab) {
            t->dropped++;
            return FSC_OK;
        }
        if (grow_keys(t) != FSC_OK)
            return FSC_ENOMEM;
        k = (uint32_t)t->n_keys++;
        if (fsc__strmap_put(&t->map, key, len, h, k) != FSC_OK)
            return FSC_ENOMEM;
        t->n_words[k] = (uint8_t)n;
        t->last[k] = 0;
        for (size_t i = 0; i < N_SURF; i++)
            t->surf[k * N_SURF + i] = NULL;
    }
    t->cnt[(size_t)k * t->gcap + g]++;
    if (t->last[k] != art + 1) {
        t->last[k] = art + 1;
        t->docs[(size_t)k * t->gcap + g]++;
    }
    /* Up to three distinct surface forms. */
    for (size_t i = 0; i < N_SURF; i++) {
        const char **sv = &t->surf[(size_t)k * N_SURF + i];
        if (*sv && strlen(*sv) == sl && memcmp(*sv, s, sl) == 0)
            break;
        if (!*sv) {
            char *c = fsc__arena_alloc(&t->arena, sl + 1);
            if (!c)
                return FSC_ENOMEM;
            memcpy(c, s, sl);
            c[sl] = '\0';
            *sv = c;
            break;
        }
    }
    return FSC_OK;
}

/* The key of a folded word: an Arabic word with the article keeps its
 * stem (the longest reading that removes the article, and only
 * proclitics, leaving at least three letters). */
static void word_key(const char *f, size_t fl, int script, const char **k,
                     size_t *kl)
{
    *k = f;
    *kl = fl;
    if (script != FSC__SCRIPT_ARABIC)
        return;
    fsc__ar_cand c[16];
    char scratch[256];
    size_t n = fsc__ar_candidates(f, fl, 3, 0, c, 16, scratch, sizeof scratch);
    for (size_t i = 1; i < n; i++) {
        size_t pl = strlen(c[i].pro);
        if (!c[i].enc[0] && pl >= 4 && strcmp(c[i].pro + pl - 4, "ال") == 0) {
            *k = c[i].stem;
            *kl = c[i].len;
            return;
        }
    }
}

/* The collocation pattern: one word, `*` only at its end, folded and
 * keyed as the corpus's words are. */
static fsc_status set_pattern(fsc_terms *t, const char *p, fsc_error *err)
{
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    while (n && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    int wild = n && p[n - 1] == '*';
    if (wild)
        n--;
    if (!n)
        return fsc__fail(err, FSC_EINVAL, "collocate: an empty pattern");
    for (size_t i = 0; i < n; i++)
        if (p[i] == '*' || p[i] == ' ' || p[i] == '\t')
            return fsc__fail(err, FSC_EINVAL,
                             "collocate: one word, with `*` only at its end");
    if (t->o.window < 1 || t->o.window > 50)
        return fsc__fail(err, FSC_EINVAL, "collocate: a window of 1 to 50 words");
    int script = 0;
    fsc__buf_reset(&t->fb);
    fsc_status st = fsc__fold(t->fold, p, n, &t->fb, &script, err);
    if (st != FSC_OK)
        return st;
    if (!t->fb.len)
        return fsc__fail(err, FSC_EINVAL, "collocate: the pattern has no letters");
    const char *k;
    size_t kl;
    word_key(t->fb.data, t->fb.len, script, &k, &kl);
    if (!(t->pat = malloc(kl + 1)))
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    memcpy(t->pat, k, kl);
    t->pat[kl] = '\0';
    t->pat_len = kl;
    t->pat_wild = wild;
    t->o.ngram_max = 1;
    return FSC_OK;
}

static int pat_eq(const fsc_terms *t, const char *k, size_t kl)
{
    if (t->pat_wild)
        return kl >= t->pat_len && memcmp(k, t->pat, t->pat_len) == 0;
    return kl == t->pat_len && memcmp(k, t->pat, kl) == 0;
}

/* Is the folded word f (key k) a node? Its key, or for Arabic any reading
 * with clitics removed (as the matcher reads «وبالحرب», «حربهم»). */
static int is_node(const fsc_terms *t, const char *f, size_t fl, int script,
                   const char *k, size_t kl)
{
    if (pat_eq(t, k, kl) || pat_eq(t, f, fl))
        return 1;
    if (script != FSC__SCRIPT_ARABIC)
        return 0;
    fsc__ar_cand c[16];
    char scratch[256];
    size_t n = fsc__ar_candidates(f, fl, 2, 0, c, 16, scratch, sizeof scratch);
    for (size_t i = 1; i < n; i++)
        if (pat_eq(t, c[i].stem, c[i].len))
            return 1;
    return 0;
}

/* Collocations: every word of the article into group "window" (within
 * window words of a node, same sentence) or "other"; nodes into neither. */
static fsc_status add_collocations(fsc_terms *t, const char *text, size_t nk,
                                   uint32_t art, fsc_error *err)
{
    size_t gw = 0, go = 0;
    fsc_status st = group_of(t, "window", &gw, err);
    if (st == FSC_OK)
        st = group_of(t, "other", &go, err);
    if (st != FSC_OK)
        return st;
    t->g_articles[gw]++;
    const size_t W = t->o.window;
    for (size_t i = 0; i < nk; i++) {
        if (t->knode[i]) {
            t->nodes++;
            continue;
        }
        const char *k = t->keys.data + t->koff[i];
        if (t->o.stopwords && fsc__terms_is_stop(k))
            continue;
        int in = 0;
        size_t lo = i > W ? i - W : 0, hi = i + W < nk ? i + W : nk - 1;
        for (size_t j = lo; j <= hi && !in; j++)
            in = j != i && t->knode[j] && t->ksent[j] == t->ksent[i];
        const fsc__token *a = &t->tv.v[t->ktok[i]];
        size_t g = in ? gw : go;
        /* Articles are counted per group: a key can be in a window and
         * elsewhere in one article. */
        if (count(t, k, strlen(k), 1, text + a->off, a->len, g,
                  art * 2u + (uint32_t)in) != FSC_OK)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        if (in) {
            t->win_tokens++;
            t->g_tokens[gw]++;
        } else {
            t->other_tokens++;
            t->g_tokens[go]++;
        }
    }
    return FSC_OK;
}

fsc_status fsc_terms_add(fsc_terms *t, const char *text, size_t len,
                         const char *group, fsc_error *err)
{
    if (t->ran)
        return fsc__fail(err, FSC_EINVAL, "fsc_terms_add after run");
    size_t g = 0;
    fsc_status st = FSC_OK;
    if (!t->pat)
        st = group_of(t, group ? group : "", &g, err);
    if (st != FSC_OK)
        return st;
    uint32_t n_sent = 0;
    if ((st = fsc__tokenize(t->tk, text, len, &t->tv, &n_sent, err)) != FSC_OK)
        return st;
    uint32_t art = (uint32_t)t->articles++;
    if (!t->pat)
        t->g_articles[g]++;
    fsc__buf_reset(&t->keys);
    size_t nk = 0;
    for (size_t i = 0; i < t->tv.n; i++) {
        const fsc__token *tok = &t->tv.v[i];
        if (tok->kind != FSC__TOK_WORD)
            continue;
        int script = 0;
        fsc__buf_reset(&t->fb);
        if ((st = fsc__fold(t->fold, text + tok->off, tok->len, &t->fb,
                            &script, err)) != FSC_OK)
            return st;
        if (!t->fb.len)
            continue;
        const char *k;
        size_t kl;
        word_key(t->fb.data, t->fb.len, script, &k, &kl);
        if (nk == t->kcap) {
            size_t nc = t->kcap ? t->kcap * 2 : 256;
            size_t *o = realloc(t->koff, nc * sizeof *o);
            if (o)
                t->koff = o;
            uint32_t *s = o ? realloc(t->ksent, nc * sizeof *s) : NULL;
            if (s)
                t->ksent = s;
            uint32_t *w = s ? realloc(t->ktok, nc * sizeof *w) : NULL;
            if (w)
                t->ktok = w;
            uint8_t *nd = w ? realloc(t->knode, nc) : NULL;
            if (!nd)
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            t->knode = nd;
            t->kcap = nc;
        }
        t->knode[nk] = t->pat ? (uint8_t)is_node(t, t->fb.data, t->fb.len,
                                                  script, k, kl)
                              : 0;
        t->koff[nk] = t->keys.len;
        t->ksent[nk] = tok->sent;
        t->ktok[nk] = (uint32_t)i;
        if (fsc__buf_add(&t->keys, k, kl) != FSC_OK ||
            fsc__buf_addc(&t->keys, '\0') != FSC_OK)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        nk++;
    }
    t->tokens += nk;
    if (t->pat)
        return add_collocations(t, text, nk, art, err);
    t->g_tokens[g] += nk;
    for (size_t i = 0; i < nk; i++) {
        for (unsigned n = 1; n <= t->o.ngram_max && i + n <= nk; n++) {
            if (t->ksent[i + n - 1] != t->ksent[i])
                break;
            const char *first = t->keys.data + t->koff[i];
            const char *lastk = t->keys.data + t->koff[i + n - 1];
            if (t->o.stopwords &&
                (fsc__terms_is_stop(first) || fsc__terms_is_stop(lastk)))
                continue;
            fsc__buf_reset(&t->gram);
            for (unsigned j = 0; j < n; j++) {
                if (j && fsc__buf_addc(&t->gram, ' ') != FSC_OK)
                    return fsc__fail(err, FSC_ENOMEM, "out of memory");
                if (fsc__buf_adds(&t->gram, t->keys.data + t->koff[i + j]) !=
                    FSC_OK)
                    return fsc__fail(err, FSC_ENOMEM, "out of memory");
            }
            const fsc__token *a = &t->tv.v[t->ktok[i]];
            const fsc__token *b = &t->tv.v[t->ktok[i + n - 1]];
            if (count(t, t->gram.data, t->gram.len, n, text + a->off,
                      b->off + b->len - a->off, g, art) != FSC_OK)
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
    }
    return FSC_OK;
}

/* Row of key k for group g (g == SIZE_MAX: the whole corpus). */
static void fill_row(const fsc_terms *t, size_t k, size_t g, fsc_term_row *r,
                     double total)
{
    const fsc__strent *e = &t->map.ents[k];
    r->key = e->key; /* NUL-terminated arena copy */
    r->surfaces = NULL;
    r->n = t->n_words[k];
    double c = 0, d = 0;
    for (size_t j = 0; j < t->n_groups; j++)
        if (g == SIZE_MAX || j == g) {
            c += t->cnt[k * t->gcap + j];
            d += t->docs[k * t->gcap + j];
        }
    r->count = c;
    r->count_rest = g == SIZE_MAX ? 0 : total - c;
    r->docs = d;
    r->z = r->delta = r->g2 = r->g2_p = r->g2_p_adj = r->pmi = NAN;
}

static double total_of(const fsc_terms *t, size_t k)
{
    double s = 0;
    for (size_t j = 0; j < t->n_groups; j++)
        s += t->cnt[k * t->gcap + j];
    return s;
}

static int cmp_count(const void *a, const void *b)
{
    const fsc_term_row *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->key, y->key);
}

static double xlogx_over(double o, double e)
{
    return o > 0 ? o * log(o / e) : 0;
}

static int cmp_g2(const void *a, const void *b)
{
    const fsc_term_row *x = a, *y = b;
    if (x->g2 != y->g2)
        return x->g2 > y->g2 ? -1 : 1;
    return strcmp(x->key, y->key);
}

/* Collocates of the node: G2 and PMI of each key, window vs other. */
static fsc_status run_collocations(fsc_terms *t, fsc_error *err)
{
    const size_t K = t->n_keys;
    const double R1 = (double)t->win_tokens, R2 = (double)t->other_tokens;
    const double N = R1 + R2;
    fsc_term_row *all = malloc((K ? K : 1) * sizeof *all);
    double *pv = malloc((K ? K : 1) * sizeof *pv);
    double *adj = malloc((K ? K : 1) * sizeof *adj);
    size_t *idx = malloc((K ? K : 1) * sizeof *idx);
    if (!all || !pv || !adj || !idx) {
        free(all);
        free(pv);
        free(adj);
        free(idx);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    size_t m = 0, n = 0;
    /* Groups: "window" first, "other" second (created in that order). */
    for (size_t k = 0; k < K && t->n_groups == 2 && R1 > 0 && R2 > 0; k++) {
        double o11 = t->cnt[k * t->gcap + 0], o21 = t->cnt[k * t->gcap + 1];
        if (o11 < (double)t->o.min_count)
            continue;
        double c1 = o11 + o21, c2 = N - c1;
        double o12 = R1 - o11, o22 = R2 - o21;
        double e11 = R1 * c1 / N, e12 = R1 * c2 / N, e21 = R2 * c1 / N,
               e22 = R2 * c2 / N;
        double g2 = c2 > 0 ? 2 * (xlogx_over(o11, e11) + xlogx_over(o12, e12) +
                                  xlogx_over(o21, e21) + xlogx_over(o22, e22))
                           : NAN;
        if (g2 < 0)
            g2 = 0;
        /* Upper tail of chi-square(1): erfc(sqrt(x / 2)). */
        pv[m] = isnan(g2) ? NAN : erfc(sqrt(g2 / 2));
        if (o11 > e11) {
            fsc_term_row *r = &all[n];
            const fsc__strent *e = &t->map.ents[k];
            r->key = e->key;
            r->surfaces = NULL;
            r->n = 1;
            r->count = o11;
            r->count_rest = o21;
            r->docs = t->docs[k * t->gcap + 0];
            r->z = r->delta = NAN;
            r->g2 = g2;
            r->g2_p = pv[m];
            r->g2_p_adj = NAN;
            r->pmi = log2(o11 / e11);
            idx[n++] = m;
        }
        m++;
    }
    fsc_status st = m ? fsc_stats_bh(pv, m, adj, err) : FSC_OK;
    if (st == FSC_OK) {
        for (size_t i = 0; i < n; i++)
            all[i].g2_p_adj = adj[idx[i]];
        fsc__qsort(all, n, sizeof *all, cmp_g2);
    }
    free(pv);
    free(adj);
    free(idx);
    if (st != FSC_OK) {
        free(all);
        return st;
    }
    t->rows = all;
    t->n_rows = n < t->o.top ? n : t->o.top;
    t->res.m_tests = m;
    return FSC_OK;
}

fsc_status fsc_terms_run(fsc_terms *t, const fsc_terms_result **out,
                         fsc_error *err)
{
    if (t->ran) {
        *out = &t->res;
        return FSC_OK;
    }
    t->ran = 1;
    const size_t K = t->n_keys, G = t->n_groups, top = t->o.top;
    fsc_status st = FSC_OK;
    double *tot = malloc((K ? K : 1) * sizeof *tot);
    if (!tot)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    for (size_t k = 0; k < K; k++)
        tot[k] = total_of(t, k);
    if (t->pat) {
        st = run_collocations(t, err);
    } else if (G < 2) {
        /* Frequency list. */
        size_t n = 0;
        for (size_t k = 0; k < K; k++)
            n += tot[k] >= (double)t->o.min_count;
        fsc_term_row *all = malloc((n ? n : 1) * sizeof *all);
        if (!all) {
            free(tot);
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
        n = 0;
        for (size_t k = 0; k < K; k++)
            if (tot[k] >= (double)t->o.min_count)
                fill_row(t, k, SIZE_MAX, &all[n++], tot[k]);
        fsc__qsort(all, n, sizeof *all, cmp_count);
        t->rows = all;
        t->n_rows = n < top ? n : top;
    } else {
        /* Keyness of each group against the rest, one pooled prior. The
         * keyness of one group at a time (K values); every p is kept for
         * the BH family over keys x groups. */
        double *yi = malloc(K * sizeof *yi), *yj = malloc(K * sizeof *yj);
        double *prior = malloc(K * sizeof *prior);
        double *pv = malloc(K * G * sizeof *pv), *adj = NULL;
        fsc_keyness *ks = malloc(K * sizeof *ks);
        size_t *topk = malloc(G * (top ? top : 1) * sizeof *topk);
        t->rows = calloc(G * (top ? top : 1), sizeof *t->rows);
        t->n_per = calloc(G, sizeof *t->n_per);
        if (!yi || !yj || !prior || !pv || !ks || !topk || !t->rows ||
            !t->n_per || !(adj = malloc(K * G * sizeof *adj))) {
            st = fsc__fail(err, FSC_ENOMEM, "out of memory");
            free(topk);
            goto kdone;
        }
        for (size_t i = 0; i < K * G; i++)
            pv[i] = adj[i] = NAN;
        double sum = 0;
        for (size_t k = 0; k < K; k++)
            sum += tot[k];
        for (size_t k = 0; k < K; k++)
            prior[k] = sum > 0 ? t->o.prior_a0 * tot[k] / sum : 0;
        for (size_t g = 0; g < G && st == FSC_OK; g++) {
            double ni = 0, nj = 0;
            for (size_t k = 0; k < K; k++) {
                yi[k] = t->cnt[k * t->gcap + g];
                yj[k] = tot[k] - yi[k];
                ni += yi[k];
                nj += yj[k];
            }
            st = fsc_stats_keyness(yi, yj, prior, K, ni, nj, ks, err);
            if (st != FSC_OK)
                break;
            for (size_t k = 0; k < K; k++)
                pv[g * K + k] =
                    tot[k] >= (double)t->o.min_count ? ks[k].g2_p : NAN;
            /* The `top` keys with the largest positive z (insertion into a
             * small sorted block). */
            fsc_term_row *blk = t->rows + g * top;
            size_t *bk = topk + g * top;
            size_t n = 0;
            for (size_t k = 0; k < K && top; k++) {
                const fsc_keyness *kk = &ks[k];
                if (tot[k] < (double)t->o.min_count || !(kk->z > 0))
                    continue;
                if (n == top && !(kk->z > blk[n - 1].z))
                    continue;
                size_t i = n < top ? n++ : top - 1;
                while (i > 0 && blk[i - 1].z < kk->z) {
                    blk[i] = blk[i - 1];
                    bk[i] = bk[i - 1];
                    i--;
                }
                fill_row(t, k, g, &blk[i], tot[k]);
                blk[i].z = kk->z;
                blk[i].delta = kk->delta;
                blk[i].g2 = kk->g2;
                blk[i].g2_p = kk->g2_p;
                bk[i] = k;
            }
            t->n_per[g] = n;
        }
        if (st == FSC_OK)
            st = fsc_stats_bh(pv, K * G, adj, err);
        t->res.m_tests = 0;
        for (size_t i = 0; i < K * G; i++)
            t->res.m_tests += isnan(pv[i]) ? 0u : 1u;
        for (size_t g = 0; g < G && st == FSC_OK; g++)
            for (size_t i = 0; i < t->n_per[g]; i++)
                t->rows[g * top + i].g2_p_adj = adj[g * K + topk[g * top + i]];
        free(topk);
        t->n_rows = G * top;
    kdone:
        free(yi);
        free(yj);
        free(prior);
        free(pv);
        free(adj);
        free(ks);
    }
    free(tot);
    if (st != FSC_OK)
        return st;
    /* Surfaces, once the rows are final. */
    for (size_t i = 0; i < (G < 2 || t->pat ? t->n_rows : G * top); i++) {
        fsc_term_row *r = &t->rows[i];
        if (!r->key)
            continue;
        uint32_t k;
        size_t kl = strlen(r->key);
        if (!fsc__strmap_get(&t->map, r->key, kl, fsc__hash(r->key, kl), &k))
            continue;
        size_t need = 1;
        for (size_t s = 0; s < N_SURF; s++)
            if (t->surf[(size_t)k * N_SURF + s])
                need += strlen(t->surf[(size_t)k * N_SURF + s]) + 2;
        char *buf = fsc__arena_alloc(&t->arena, need);
        if (!buf)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        buf[0] = '\0';
        for (size_t s = 0; s < N_SURF; s++) {
            const char *sv = t->surf[(size_t)k * N_SURF + s];
            if (!sv)
                break;
            if (s)
                strcat(buf, "; ");
            strcat(buf, sv);
        }
        r->surfaces = buf;
    }
    t->res.articles = t->articles;
    t->res.tokens = t->tokens;
    t->res.vocab = t->n_keys;
    t->res.dropped = t->dropped;
    t->res.n_groups = t->pat ? 0 : G;
    t->res.collocate = t->pat ? t->o.collocate : NULL;
    t->res.window = t->o.window;
    t->res.nodes = t->nodes;
    t->res.window_tokens = t->win_tokens;
    t->res.other_tokens = t->other_tokens;
    t->res.groups = (const char *const *)t->groups;
    t->res.group_articles = t->g_articles;
    t->res.group_tokens = t->g_tokens;
    t->res.rows = t->rows;
    t->res.n_rows = t->n_rows;
    t->res.n_per = t->n_per;
    *out = &t->res;
    return FSC_OK;
}
