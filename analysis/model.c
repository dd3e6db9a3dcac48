/*
 * model.c - compile lexicons into the immutable matcher of model.h.
 *
 * Each entry's term is split into words, each word tokenised exactly as
 * article text is (ICU word breaks, hyphens ignored) and folded exactly as
 * article tokens are, so a term matches whatever the text tokeniser makes of
 * the same words. Arabic entry words lose a leading article here because
 * article tokens lose it at lookup time (clitic readings).
 */
#include "model.h"

#include "internal.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ELEMS 64  /* word patterns per term, after tokenising */
#define MAX_DEPTH 64  /* parent chain length guard */

void fsc_model_opts_init(fsc_model_opts *o)
{
    memset(o, 0, sizeof *o);
    o->clitics = 1;
    o->min_stem_cp = 2;
    o->ta_marbuta = 0;
    o->modifier_window = 3;
    o->locale = "en@ss=standard"; /* no sentence break after "Mr." */
}

int fsc__is_hyphen(const char *s, size_t len)
{
    /* ASCII hyphen-minus, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN. */
    if (len == 1)
        return s[0] == '-';
    return len == 3 && memcmp(s, "\xE2\x80", 2) == 0 &&
           (s[2] == '\x90' || s[2] == '\x91');
}

typedef struct pending {
    uint32_t node; /* trie node the term ends at */
    uint32_t term; /* index into the unsorted term list */
} pending;

static int cmp_pending(const void *a, const void *b)
{
    const pending *x = a, *y = b;
    if (x->node != y->node)
        return x->node < y->node ? -1 : 1;
    return x->term < y->term ? -1 : (x->term > y->term);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : (x > y);
}

static fsc_status edge_grow(fsc_model *m)
{
    size_t n = m->n_edge_slots ? m->n_edge_slots * 2 : 1024;
    fsc__edge *edges = calloc(n, sizeof *edges);
    if (!edges)
        return FSC_ENOMEM;
    for (size_t j = 0; j < m->n_edge_slots; j++) {
        uint64_t k = m->edges[j].key;
        if (!k)
            continue;
        uint64_t h = k * 0x9E3779B97F4A7C15ull;
        size_t i = (size_t)(h >> 32) & (n - 1);
        while (edges[i].key)
            i = (i + 1) & (n - 1);
        edges[i] = m->edges[j];
    }
    free(m->edges);
    m->edges = edges;
    m->n_edge_slots = n;
    return FSC_OK;
}

static fsc_status new_node(fsc_model *m, size_t *cap, uint32_t *id)
{
    if (m->n_nodes == *cap) {
        size_t c = *cap ? *cap * 2 : 256;
        fsc__node *p = realloc(m->nodes, c * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        m->nodes = p;
        *cap = c;
    }
    memset(&m->nodes[m->n_nodes], 0, sizeof m->nodes[0]);
    *id = (uint32_t)m->n_nodes++;
    return FSC_OK;
}

/* Follow or create the edge (node, wpid). */
static fsc_status trie_step(fsc_model *m, size_t *node_cap, uint32_t node,
                            uint32_t wpid, uint32_t *child)
{
    if (m->n_edge_slots) {
        uint32_t c = fsc__trie_child(m, node, wpid);
        if (c) {
            *child = c;
            return FSC_OK;
        }
    }
    if ((m->n_edges + 1) * 2 > m->n_edge_slots) {
        fsc_status st = edge_grow(m);
        if (st != FSC_OK)
            return st;
    }
    fsc_status st = new_node(m, node_cap, child);
    if (st != FSC_OK)
        return st;
    uint64_t key = (((uint64_t)node << 32) | wpid) + 1;
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    size_t mask = m->n_edge_slots - 1;
    size_t i = (size_t)(h >> 32) & mask;
    while (m->edges[i].key)
        i = (i + 1) & mask;
    m->edges[i].key = key;
    m->edges[i].val = *child;
    m->n_edges++;
    m->nodes[node].n_child++;
    m->nodes[node].wp_bits |= fsc__wp_bit(wpid);
    return FSC_OK;
}

/* Add prefix key[0..len) with its wpid to the byte trie. */
static fsc_status ptrie_add(fsc_model *m, const char *key, size_t len,
                            uint32_t wpid)
{
    if (!m->n_pt) {
        m->pt = calloc(64, sizeof *m->pt);
        if (!m->pt)
            return FSC_ENOMEM;
        m->cap_pt = 64;
        m->n_pt = 1;
    }
    uint32_t node = 0;
    for (size_t i = 0; i < len; i++) {
        uint8_t b = (uint8_t)key[i];
        uint32_t c = m->pt[node].child;
        while (c && m->pt[c].byte != b)
            c = m->pt[c].next;
        if (!c) {
            if (m->n_pt == m->cap_pt) {
                fsc__pnode *p = realloc(m->pt, 2 * m->cap_pt * sizeof *p);
                if (!p)
                    return FSC_ENOMEM;
                m->pt = p;
                m->cap_pt *= 2;
            }
            c = (uint32_t)m->n_pt++;
            memset(&m->pt[c], 0, sizeof m->pt[c]);
            m->pt[c].byte = b;
            m->pt[c].next = m->pt[node].child;
            m->pt[node].child = c;
        }
        node = c;
    }
    m->pt[node].wp1 = wpid + 1;
    return FSC_OK;
}

/* The hash table of the prefix trie's edges (fsc__pt_child), built once
 * the trie is complete. */
static fsc_status ptrie_index(fsc_model *m)
{
    if (!m->n_pt)
        return FSC_OK;
    size_t n = 64;
    while (n < 2 * m->n_pt)
        n *= 2;
    m->pt_edges = calloc(n, sizeof *m->pt_edges);
    if (!m->pt_edges)
        return FSC_ENOMEM;
    m->n_pt_slots = n;
    for (size_t node = 0; node < m->n_pt; node++)
        for (uint32_t c = m->pt[node].child; c; c = m->pt[c].next) {
            uint64_t key = (((uint64_t)node << 8) | m->pt[c].byte) + 1;
            size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (n - 1);
            while (m->pt_edges[i].key)
                i = (i + 1) & (n - 1);
            m->pt_edges[i].key = key;
            m->pt_edges[i].child = c;
        }
    return FSC_OK;
}

static fsc_status word_pattern(fsc_model *m, const char *key, size_t len,
                               int is_prefix, uint32_t *wpid)
{
    fsc__strmap *map = is_prefix ? &m->prefix : &m->exact;
    uint32_t h = fsc__hash(key, len);
    if (fsc__strmap_get(map, key, len, h, wpid))
        return FSC_OK;
    *wpid = m->n_wp++;
    fsc_status st = fsc__strmap_put(map, key, len, h, *wpid);
    if (st != FSC_OK || !is_prefix)
        return st;
    return ptrie_add(m, key, len, *wpid);
}

/* Model categories of an entry, with ancestors, sorted and unique. */
static fsc_status entry_cats(fsc_model *m, size_t li, size_t cat_base,
                             const fsc_entry *e, size_t *pool_cap,
                             fsc__term *t)
{
    const fsc_lexicon *lx = m->lex[li];
    t->cats_off = (uint32_t)m->n_catpool;
    for (size_t k = 0; k < e->n_cats; k++) {
        long c = (long)e->cats[k];
        for (int depth = 0; c >= 0 && depth < MAX_DEPTH; depth++) {
            if (m->n_catpool == *pool_cap) {
                size_t cap = *pool_cap ? *pool_cap * 2 : 256;
                uint32_t *p = realloc(m->catpool, cap * sizeof *p);
                if (!p)
                    return FSC_ENOMEM;
                m->catpool = p;
                *pool_cap = cap;
            }
            m->catpool[m->n_catpool++] = (uint32_t)(cat_base + (size_t)c);
            const fsc_category *cat = fsc_lexicon_category(lx, (size_t)c);
            c = cat && cat->parent ? fsc_lexicon_find_category(lx, cat->parent)
                                   : -1;
        }
    }
    uint32_t *v = m->catpool + t->cats_off;
    size_t n = m->n_catpool - t->cats_off;
    if (n > 1)
        fsc__qsort(v, n, sizeof *v, cmp_u32);
    size_t u = 0;
    for (size_t k = 0; k < n; k++)
        if (u == 0 || v[u - 1] != v[k])
            v[u++] = v[k];
    m->n_catpool = t->cats_off + u;
    t->n_cats = (uint32_t)u;
    return FSC_OK;
}

typedef struct compiler {
    fsc__tokenizer *tk; /* tokenises entry words */
    fsc__folder *fold;  /* folds their tokens */
    fsc__tokvec tv;     /* scratch tokens */
    fsc_buf key;        /* scratch folded key */
    /* The word patterns of each space-separated word already compiled:
     * words repeat across entries, guards and anchors, and tokenising and
     * folding them again gave the same patterns. `words` maps the clitics
     * flag (one byte) and the word to an offset in pool, where the count
     * of patterns and then their ids are. */
    fsc__strmap words;
    uint32_t *pool;
    size_t n_pool, cap_pool;
    fsc_buf wkey; /* scratch key of `words` */
} compiler;

/* Remember the n patterns wp[0..n) of the word whose key is c->wkey. */
static fsc_status remember_word(compiler *c, uint32_t h, const uint32_t *wp,
                                size_t n)
{
    if (c->n_pool + n + 1 > c->cap_pool) {
        size_t cap = c->cap_pool ? c->cap_pool * 2 : 4096;
        while (cap < c->n_pool + n + 1)
            cap *= 2;
        uint32_t *p = realloc(c->pool, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        c->pool = p;
        c->cap_pool = cap;
    }
    uint32_t off = (uint32_t)c->n_pool;
    c->pool[c->n_pool++] = (uint32_t)n;
    for (size_t i = 0; i < n; i++)
        c->pool[c->n_pool++] = wp[i];
    return fsc__strmap_put(&c->words, c->wkey.data, c->wkey.len, h, off);
}

/*
 * The word patterns of `term` (an entry's term, a guard pattern or a scope
 * anchor, all normalised alike) into wp[0..*n_wp), at most MAX_ELEMS.
 * `clitics`: Arabic words lose a leading article, as article tokens do at
 * lookup. `line` locates the term in messages.
 */
static fsc_status term_patterns(fsc_model *m, compiler *c,
                                const fsc_lexicon *lx, long line,
                                const char *term, int clitics, uint32_t *wp,
                                size_t *n_wp, fsc_error *err)
{
    const char *where = fsc_lexicon_path(lx);
    if (!where || !*where)
        where = fsc_lexicon_name(lx);
    size_t n_elems = 0;
    const char *p = term;
    *n_wp = 0;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        size_t wlen = (size_t)(p - w);
        if (!wlen)
            continue;
        /* A word seen before (with the same clitics flag) has the same
         * patterns: the limit is checked as they are added. */
        char flag = clitics ? '1' : '0';
        fsc__buf_reset(&c->wkey);
        fsc_status st = fsc__buf_add(&c->wkey, &flag, 1);
        if (st == FSC_OK)
            st = fsc__buf_add(&c->wkey, w, wlen);
        if (st != FSC_OK)
            return fsc__fail(err, st, "compiling lexicon %s: %s",
                             fsc_lexicon_name(lx), fsc_strerror(st));
        uint32_t wh = fsc__hash(c->wkey.data, c->wkey.len), woff;
        if (fsc__strmap_get(&c->words, c->wkey.data, c->wkey.len, wh, &woff)) {
            for (uint32_t k = 0; k < c->pool[woff]; k++) {
                if (++n_elems > MAX_ELEMS)
                    return fsc__fail_at(err, FSC_ELIMIT, where, line, 0, -1,
                                        "term \"%.80s\" has more than %d words",
                                        term, MAX_ELEMS);
                wp[n_elems - 1] = c->pool[woff + 1 + k];
            }
            continue;
        }
        size_t first_elem = n_elems;
        int is_prefix = w[wlen - 1] == '*';
        if (is_prefix)
            wlen--;
        uint32_t n_sent = 0;
        st = fsc__tokenize(c->tk, w, wlen, &c->tv, &n_sent, err);
        if (st != FSC_OK)
            return st;
        size_t last = SIZE_MAX;
        for (size_t i = 0; i < c->tv.n; i++)
            if (!fsc__is_hyphen(w + c->tv.v[i].off, c->tv.v[i].len))
                last = i;
        for (size_t i = 0; i < c->tv.n && last != SIZE_MAX; i++) {
            const fsc__token *t = &c->tv.v[i];
            if (fsc__is_hyphen(w + t->off, t->len))
                continue;
            fsc__buf_reset(&c->key);
            int script = 0;
            st = fsc__fold(c->fold, w + t->off, t->len, &c->key, &script, err);
            if (st != FSC_OK)
                return st;
            const char *k = c->key.data ? c->key.data : "";
            size_t klen = c->key.len;
            if (script == FSC__SCRIPT_ARABIC && clitics && m->opts.clitics) {
                size_t art = fsc__ar_article_len(k, klen, m->opts.min_stem_cp);
                k += art;
                klen -= art;
            }
            if (klen == 0)
                continue;
            if (t->kind == FSC__TOK_PUNCT)
                m->punct_patterns = 1;
            if (++n_elems > MAX_ELEMS)
                return fsc__fail_at(err, FSC_ELIMIT, where, line, 0, -1,
                                    "term \"%.80s\" has more than %d words",
                                    term, MAX_ELEMS);
            st = word_pattern(m, k, klen, is_prefix && i == last,
                              &wp[n_elems - 1]);
            if (st != FSC_OK)
                return fsc__fail(err, st, "compiling lexicon %s: %s",
                                 fsc_lexicon_name(lx), fsc_strerror(st));
        }
        st = remember_word(c, wh, wp + first_elem, n_elems - first_elem);
        if (st != FSC_OK)
            return fsc__fail(err, st, "compiling lexicon %s: %s",
                             fsc_lexicon_name(lx), fsc_strerror(st));
    }
    if (n_elems == 0)
        return fsc__fail_at(err, FSC_EINVAL, where, line, 0, -1,
                            "term \"%.80s\" has no letters or digits to match",
                            term);
    *n_wp = n_elems;
    return FSC_OK;
}

/* Add a term's word patterns to the trie; *end gets the final node. */
static fsc_status compile_term(fsc_model *m, compiler *c, const fsc_lexicon *lx,
                               long line, const char *term, int clitics,
                               size_t *node_cap, uint32_t *end,
                               fsc_error *err)
{
    uint32_t wp[MAX_ELEMS];
    size_t n_wp = 0;
    fsc_status st =
        term_patterns(m, c, lx, line, term, clitics, wp, &n_wp, err);
    if (st != FSC_OK)
        return st;
    uint32_t node = 0;
    for (size_t i = 0; i < n_wp; i++)
        if ((st = trie_step(m, node_cap, node, wp[i], &node)) != FSC_OK)
            return fsc__fail(err, st, "compiling lexicon %s: %s",
                             fsc_lexicon_name(lx), fsc_strerror(st));
    *end = node;
    return FSC_OK;
}

/* Grow a malloc'ed vector to hold `need` items. */
static fsc_status vgrow(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return FSC_OK;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need)
        nc *= 2;
    void *p = realloc(*v, nc * size);
    if (!p)
        return FSC_ENOMEM;
    *v = p;
    *cap = nc;
    return FSC_OK;
}

/* Compile an entry's guards; *gset gets 1 + their set's index. Guard
 * patterns are word patterns like terms (folded, clitics, wildcards), so a
 * token's cached readings answer them. */
static fsc_status compile_guards(fsc_model *m, compiler *c,
                                 const fsc_lexicon *lx, const fsc_entry *e,
                                 uint32_t *gset, fsc_error *err)
{
    uint32_t wp[MAX_ELEMS];
    fsc_status st;
    *gset = 0;
    if (!e->n_guards)
        return FSC_OK;
    if ((st = vgrow((void **)&m->gsets, &m->cap_gsets, m->n_gsets + 1,
                    sizeof *m->gsets)) != FSC_OK ||
        (st = vgrow((void **)&m->guards, &m->cap_guards,
                    m->n_guards + e->n_guards, sizeof *m->guards)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    fsc__gset *gs = &m->gsets[m->n_gsets];
    gs->off = (uint32_t)m->n_guards;
    gs->n = (uint32_t)e->n_guards;
    for (size_t g = 0; g < e->n_guards; g++) {
        const fsc_guard *src = &e->guards[g];
        fsc__guard *gd = &m->guards[m->n_guards++];
        memset(gd, 0, sizeof *gd);
        gd->kind = (uint8_t)src->kind;
        gd->window = (uint8_t)(e->guard_window ? e->guard_window : 3);
        gd->pats_off = (uint32_t)m->n_gpats;
        gd->n_pats = (uint32_t)src->n_patterns;
        if ((st = vgrow((void **)&m->gpats, &m->cap_gpats,
                        m->n_gpats + src->n_patterns, sizeof *m->gpats)) !=
            FSC_OK)
            return fsc__fail(err, st, "out of memory");
        for (size_t k = 0; k < src->n_patterns; k++) {
            size_t n_wp = 0;
            if ((st = term_patterns(m, c, lx, e->line, src->patterns[k], 1,
                                    wp, &n_wp, err)) != FSC_OK)
                return st;
            if ((st = vgrow((void **)&m->gwp, &m->cap_gwp, m->n_gwp + n_wp,
                            sizeof *m->gwp)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            fsc__gpat *gp = &m->gpats[m->n_gpats++];
            gp->off = (uint32_t)m->n_gwp;
            gp->n = (uint32_t)n_wp;
            memcpy(m->gwp + m->n_gwp, wp, n_wp * sizeof *wp);
            m->n_gwp += n_wp;
        }
    }
    *gset = (uint32_t)++m->n_gsets;
    return FSC_OK;
}

static fsc_status compile_all(fsc_model *m, compiler *c, fsc_error *err)
{
    size_t node_cap = 0, pool_cap = 0, n_pend = 0, pend_cap = 0;
    uint32_t root;
    pending *pend = NULL;
    fsc__term *terms = NULL;
    fsc_status st = new_node(m, &node_cap, &root);
    if (st != FSC_OK)
        return fsc__fail(err, st, "compiling lexicons: out of memory");
    size_t cat_base = 0;
    for (size_t li = 0; li < m->n_lex; li++) {
        const fsc_lexicon *lx = m->lex[li];
        size_t ne = fsc_lexicon_n_entries(lx);
        const fsc_topic_scope *sc = fsc_lexicon_scope(lx);
        size_t na = sc ? sc->n_anchors : 0;
        /* Entries, then the scope's anchors (FSC__ROLE_ANCHOR terms). */
        for (size_t ei = 0; ei < ne + na; ei++) {
            const fsc_entry *e = ei < ne ? fsc_lexicon_entry(lx, ei) : NULL;
            uint32_t end = 0;
            st = e ? compile_term(m, c, lx, e->line, e->term, e->clitics,
                                  &node_cap, &end, err)
                   : compile_term(m, c, lx, 0, sc->anchors[ei - ne], 1,
                                  &node_cap, &end, err);
            if (st != FSC_OK)
                goto fail;
            if (n_pend == pend_cap) {
                size_t cap = pend_cap ? pend_cap * 2 : 256;
                pending *pp = realloc(pend, cap * sizeof *pp);
                fsc__term *tt = pp ? realloc(terms, cap * sizeof *tt) : NULL;
                if (pp)
                    pend = pp;
                if (!tt) {
                    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                    goto fail;
                }
                terms = tt;
                pend_cap = cap;
            }
            fsc__term *t = &terms[n_pend];
            memset(t, 0, sizeof *t);
            t->lexicon = (uint32_t)li;
            t->layer = (uint8_t)fsc_lexicon_layer(lx);
            if (!e) {
                t->entry = (uint32_t)(ei - ne);
                t->role = FSC__ROLE_ANCHOR;
                t->allow = (uint8_t)(m->opts.clitics ? FSC__RD_CLITIC : 0);
                t->cats_off = (uint32_t)m->n_catpool;
                m->has_scope = 1;
            } else {
                t->entry = (uint32_t)ei;
                t->weight = e->weight;
                t->role = (uint8_t)e->role;
                t->allow = (uint8_t)((e->clitics && m->opts.clitics
                                          ? FSC__RD_CLITIC
                                          : 0) |
                                     (e->forms & FSC_FORM_TANWEEN
                                          ? FSC__RD_TANWEEN
                                          : 0) |
                                     (e->forms & FSC_FORM_VERB ? FSC__RD_VERB
                                                               : 0));
                if (e->forms & FSC_FORM_TANWEEN)
                    m->has_tanween = 1;
                if (e->forms & FSC_FORM_VERB)
                    m->has_verb = 1;
                t->scope = (uint8_t)e->scope;
                if (e->role != FSC_ROLE_TERM && e->role != FSC_ROLE_NAME)
                    m->has_modifiers = 1;
                st = entry_cats(m, li, cat_base, e, &pool_cap, t);
                if (st != FSC_OK) {
                    st = fsc__fail(err, st, "out of memory");
                    goto fail;
                }
                if ((st = compile_guards(m, c, lx, e, &t->guards, err)) !=
                    FSC_OK)
                    goto fail;
            }
            pend[n_pend].node = end;
            pend[n_pend].term = (uint32_t)n_pend;
            n_pend++;
        }
        cat_base += fsc_lexicon_n_categories(lx);
    }
    /* Group terms by end node so a node's entries are one slice. */
    if (n_pend)
        fsc__qsort(pend, n_pend, sizeof *pend, cmp_pending);
    m->terms = malloc((n_pend ? n_pend : 1) * sizeof *m->terms);
    if (!m->terms) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < n_pend; i++) {
        fsc__node *nd = &m->nodes[pend[i].node];
        if (nd->n_terms == 0)
            nd->terms_off = (uint32_t)i;
        nd->n_terms++;
        m->terms[i] = terms[pend[i].term];
    }
    m->n_terms = n_pend;
    if ((!m->n_edge_slots && (st = edge_grow(m)) != FSC_OK) ||
        (st = ptrie_index(m)) != FSC_OK) {
        st = fsc__fail(err, st, "out of memory");
        goto fail;
    }
    st = FSC_OK;
fail:
    free(pend);
    free(terms);
    return st;
}

/* Distinct "side" attributes over the attribution lexicons' entries: the
 * denominator of the profile's side-diversity index, counted once here
 * rather than for every article. */
static size_t count_sides(const fsc_model *m)
{
    const char *seen[64];
    size_t n = 0;
    for (size_t li = 0; li < m->n_lex; li++) {
        const fsc_lexicon *lx = m->lex[li];
        if (fsc_lexicon_layer(lx) != FSC_LAYER_ATTRIBUTION)
            continue;
        for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
            const char *s = fsc_entry_attr(fsc_lexicon_entry(lx, i), "side");
            if (!s)
                continue;
            size_t k = 0;
            while (k < n && strcmp(seen[k], s) != 0)
                k++;
            if (k == n && n < 64)
                seen[n++] = s;
        }
    }
    return n;
}

fsc_status fsc_model_compile(const fsc_lexicon *const *lexicons, size_t n,
                             const fsc_model_opts *opts, fsc_model **out,
                             fsc_error *err)
{
    fsc_status st = FSC_OK;
    compiler c;
    memset(&c, 0, sizeof c);
    fsc__buf_init(&c.key, 1 << 20);
    fsc__buf_init(&c.wkey, 1 << 20);
    fsc__strmap_init(&c.words);
    *out = NULL;
    fsc_model *m = calloc(1, sizeof *m);
    if (!m)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (opts)
        m->opts = *opts;
    else
        fsc_model_opts_init(&m->opts);
    snprintf(m->locale_buf, sizeof m->locale_buf, "%s",
             m->opts.locale && *m->opts.locale ? m->opts.locale
                                                  : "en@ss=standard");
    m->opts.locale = m->locale_buf;
    fsc__strmap_init(&m->exact);
    fsc__strmap_init(&m->prefix);

    m->lex = calloc(n ? n : 1, sizeof *m->lex);
    if (!m->lex) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto fail;
    }
    m->n_lex = n;
    for (size_t i = 0; i < n; i++) {
        m->lex[i] = lexicons[i];
        for (size_t j = 0; j < i; j++)
            if (strcmp(fsc_lexicon_name(lexicons[i]),
                       fsc_lexicon_name(lexicons[j])) == 0) {
                st = fsc__fail(err, FSC_EINVAL,
                               "two lexicons are named \"%s\" (%s and %s)",
                               fsc_lexicon_name(lexicons[i]),
                               fsc_lexicon_path(lexicons[j]),
                               fsc_lexicon_path(lexicons[i]));
                goto fail;
            }
        m->n_cats += fsc_lexicon_n_categories(lexicons[i]);
    }
    m->cat_names = calloc(m->n_cats ? m->n_cats : 1, sizeof *m->cat_names);
    m->cat_lex = calloc(m->n_cats ? m->n_cats : 1, sizeof *m->cat_lex);
    m->cat_local = calloc(m->n_cats ? m->n_cats : 1, sizeof *m->cat_local);
    if (!m->cat_names || !m->cat_lex || !m->cat_local) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto fail;
    }
    for (size_t li = 0, k = 0; li < n; li++) {
        const char *ln = fsc_lexicon_name(lexicons[li]);
        for (size_t ci = 0; ci < fsc_lexicon_n_categories(lexicons[li]); ci++) {
            const char *id = fsc_lexicon_category(lexicons[li], ci)->id;
            size_t sz = strlen(ln) + strlen(id) + 2;
            m->cat_names[k] = malloc(sz);
            if (!m->cat_names[k]) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto fail;
            }
            snprintf(m->cat_names[k], sz, "%s:%s", ln, id);
            m->cat_lex[k] = (uint32_t)li;
            m->cat_local[k] = (uint32_t)ci;
            k++;
        }
    }
    fsc__fold_opts fo = { m->opts.ta_marbuta };
    if ((st = fsc__tokenizer_new(m->opts.locale, &c.tk, err)) != FSC_OK ||
        (st = fsc__folder_new(&fo, &c.fold, err)) != FSC_OK)
        goto fail;
    if ((st = compile_all(m, &c, err)) != FSC_OK)
        goto fail;
    m->has_attribution = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    m->n_sides = count_sides(m);
    *out = m;
    m = NULL;
fail:
    fsc__tokenizer_free(c.tk);
    fsc__folder_free(c.fold);
    fsc__tokvec_free(&c.tv);
    fsc__buf_free(&c.key);
    fsc__buf_free(&c.wkey);
    fsc__strmap_free(&c.words);
    free(c.pool);
    fsc_model_free(m);
    return st;
}

void fsc_model_free(fsc_model *m)
{
    if (!m)
        return;
    for (size_t i = 0; m->cat_names && i < m->n_cats; i++)
        free(m->cat_names[i]);
    free(m->cat_names);
    free(m->cat_lex);
    free(m->cat_local);
    free(m->lex);
    fsc__strmap_free(&m->exact);
    fsc__strmap_free(&m->prefix);
    free(m->pt);
    free(m->pt_edges);
    free(m->edges);
    free(m->nodes);
    free(m->terms);
    free(m->catpool);
    free(m->gwp);
    free(m->gpats);
    free(m->guards);
    free(m->gsets);
    free(m);
}

size_t fsc_model_n_lexicons(const fsc_model *m)
{
    return m->n_lex;
}

const fsc_lexicon *fsc_model_lexicon(const fsc_model *m, size_t i)
{
    return i < m->n_lex ? m->lex[i] : NULL;
}


int fsc_model_has_layer(const fsc_model *m, fsc_layer layer)
{
    for (size_t i = 0; i < m->n_lex; i++)
        if (fsc_lexicon_layer(m->lex[i]) == layer)
            return 1;
    return 0;
}

size_t fsc_model_n_categories(const fsc_model *m)
{
    return m->n_cats;
}

const char *fsc_model_category_name(const fsc_model *m, size_t i)
{
    return i < m->n_cats ? m->cat_names[i] : NULL;
}

const fsc_category *fsc_model_category(const fsc_model *m, size_t i,
                                       size_t *lexicon)
{
    if (i >= m->n_cats)
        return NULL;
    if (lexicon)
        *lexicon = m->cat_lex[i];
    return fsc_lexicon_category(m->lex[m->cat_lex[i]], m->cat_local[i]);
}

long fsc_model_find_category(const fsc_model *m, const char *name)
{
    long found = -1;
    int bare = strchr(name, ':') == NULL;
    for (size_t i = 0; i < m->n_cats; i++) {
        if (strcmp(m->cat_names[i], name) == 0)
            return (long)i;
        if (bare && strcmp(fsc_model_category(m, i, NULL)->id, name) == 0) {
            if (found >= 0)
                return -1; /* ambiguous */
            found = (long)i;
        }
    }
    return found;
}
