/*
 * scan.c - one article: tokenise, resolve each token to its cached form,
 * walk the trie from each position for the longest matches, then the
 * modifiers, the attribution stage and the scopes (fsc_analyze).
 */
#include "hash.h"
#include "match_int.h"

static void note_best(best *b, size_t pos, uint32_t node, const hit *first,
                      const hit *last)
{
    if (!b->found || pos > b->end) {
        b->found = 1;
        b->end = pos;
        b->n_nodes = 0;
        b->first = first;
        b->last = last;
    } else if (pos < b->end) {
        return;
    }
    for (size_t i = 0; i < b->n_nodes; i++)
        if (b->nodes[i] == node)
            return;
    if (b->n_nodes < MAX_TIED)
        b->nodes[b->n_nodes++] = node;
}

/* A scope anchor of term t ends at `pos` in the current walk: keep the
 * longest per lexicon (the first listed among equals). */
static void note_anchor(fsc_analyzer *az, const fsc__term *t, size_t pos)
{
    anchor_at *a = &az->anc[t->lexicon];
    size_t k = 0;
    while (k < az->n_anc_lex && az->anc_lex[k] != t->lexicon)
        k++;
    if (k == az->n_anc_lex) {
        az->anc_lex[az->n_anc_lex++] = t->lexicon;
        a->start = (uint32_t)az->walk_start;
        a->end = (uint32_t)pos;
        a->lexicon = t->lexicon;
        a->anchor = t->entry;
    } else if (pos > a->end || (pos == a->end && t->entry < a->anchor)) {
        a->end = (uint32_t)pos;
        a->anchor = t->entry;
    }
}

/* Depth-first walk of the trie from stream position `pos`. */
static void walk(fsc_analyzer *az, size_t n, size_t pos, uint32_t node,
                 uint32_t sent, unsigned stripped, const hit *first, best *bt,
                 best *bm, best *ba, int depth)
{
    const fsc_model *m = az->m;
    if (pos >= n || depth > 64 || az->tv.v[az->stream[pos].tok].sent != sent)
        return;
    const ttype *t = &az->types[az->stream[pos].type];
    for (uint32_t k = 0; k < t->n_hits; k++) {
        const hit *h = &az->hits[t->hits_off + k];
        uint32_t child = node ? fsc__trie_child(m, node, h->wpid) : h->root;
        if (!child)
            continue;
        unsigned s2 = stripped | h->stripped;
        const hit *f = first ? first : h;
        const fsc__node *nd = &m->nodes[child];
        for (uint32_t j = 0; j < nd->n_terms; j++) {
            const fsc__term *term = &m->terms[nd->terms_off + j];
            if (s2 & ~(unsigned)term->allow)
                continue;
            if (term->role == FSC__ROLE_ANCHOR) {
                if (az->anchors_on)
                    note_anchor(az, term, pos);
                continue;
            }
            if (term->guards &&
                !fsc__match_guards_ok(az, term, az->walk_start, pos))
                continue;
            int counted =
                term->role == FSC_ROLE_TERM || term->role == FSC_ROLE_NAME;
            if (counted && term->layer == FSC_LAYER_ATTRIBUTION) {
                note_best(ba, pos, child, f, h);
            } else if (counted) {
                az->terms_seen++;
                best *lb = &az->btl[term->lexicon];
                if (!lb->found)
                    az->btl_used[az->n_btl_used++] = term->lexicon;
                note_best(lb, pos, child, f, h);
                note_best(bt, pos, child, f, h);
            } else {
                note_best(bm, pos, child, f, h);
            }
        }
        if (nd->n_child)
            walk(az, n, pos + 1, child, sent, s2, f, bt, bm, ba, depth + 1);
    }
}

static const char *detect_lang(const size_t counts[8])
{
    size_t best_n = 0;
    const char *lang = "und";
    if (counts[FSC__SCRIPT_ARABIC] > best_n) {
        best_n = counts[FSC__SCRIPT_ARABIC];
        lang = "ar";
    }
    if (counts[FSC__SCRIPT_CYRILLIC] > best_n) {
        best_n = counts[FSC__SCRIPT_CYRILLIC];
        lang = "ru";
    }
    if (counts[FSC__SCRIPT_LATIN] > best_n)
        lang = "en";
    return lang;
}

/*
 * Hand the article to the attribution stage: the tokens with their word
 * form ids (so that the stage can cache what it computes per form), the
 * matches of every layer and the token each match's voice is read at.
 */
static fsc_status run_attribution(fsc_analyzer *az, const char *text,
                                  size_t len, size_t n_stream, fsc_result *r,
                                  fsc_error *err)
{
    const fsc__tokvec *tv = &az->tv;
    fsc_status st;
    if ((st = grow((void **)&az->form_of_tok, &az->cap_form_of_tok, tv->n + 1,
                   sizeof *az->form_of_tok)) != FSC_OK ||
        (st = grow((void **)&az->match_tok, &az->cap_match_tok,
                   az->n_matches + 1, sizeof *az->match_tok)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    for (size_t i = 0; i < tv->n; i++)
        az->form_of_tok[i] = UINT32_MAX;
    for (size_t i = 0; i < n_stream; i++)
        if (tv->v[az->stream[i].tok].kind != FSC__TOK_PUNCT)
            az->form_of_tok[az->stream[i].tok] = az->stream[i].type;
    for (size_t i = 0; i < az->n_matches; i++)
        az->match_tok[i] =
            az->stream[az->mpos[i].start + (az->matches[i].detached ? 1 : 0)]
                .tok;
    fsc__attr_input in = {
        az->m,        text,        len,           tv,           az->form_of_tok,
        az->form_gen, az->matches, az->n_matches, az->match_tok
    };
    return fsc__attr_stage_run(az->attr, &in, &r->arena, &r->attrs, &r->n_attrs,
                               r->voice_tokens, err);
}

/* Evict the cold forms before an article whose new forms could take the
 * cache past MAX_TYPES (there are at most as many as its tokens): the
 * type, map and per-form arrays then stop at MAX_TYPES entries instead of
 * doubling for the few forms the last article added over it (3.5 MB more
 * per worker). Just after an eviction a long article grows them as it
 * needs, and is not followed by another eviction at once. */
static int cache_full(const fsc_analyzer *az)
{
    if (az->strs.used > MAX_CACHE_BYTES)
        return 1;
    return az->n_types > KEEP_TYPES + 1 && az->n_types + az->tv.n > MAX_TYPES;
}

static fsc_status run(fsc_analyzer *az, const char *text, size_t len,
                      fsc_result *r, fsc_error *err)
{
    const fsc_model *m = az->m;
    uint32_t n_sent = 0;
    fsc_status st = fsc__tokenize(az->tk, text, len, &az->tv, &n_sent, err);
    if (st != FSC_OK)
        return st;
    r->n_sent = n_sent;
    az->text = text;
    if (cache_full(az) && (st = fsc__match_compact_types(az)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if ((st = grow((void **)&az->stream, &az->cap_stream, az->tv.n + 1,
                   sizeof *az->stream)) != FSC_OK ||
        (st = grow((void **)&az->mod_end, &az->cap_mod_end, az->tv.n + 1,
                   sizeof *az->mod_end)) != FSC_OK ||
        (st = grow((void **)&az->mod_start, &az->cap_mod_start, az->tv.n + 1,
                   sizeof *az->mod_start)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    size_t n = 0, scripts[8] = { 0 };
    int may_start = 0; /* some token can start a match */
    /* Hash every token first, so that the cache lines of tokens a little
     * ahead can be requested while this one is looked up: with a large
     * vocabulary the lookups are bound by memory latency, not arithmetic. */
    if ((st = grow((void **)&az->hashes, &az->cap_hashes, az->tv.n + 1,
                   sizeof *az->hashes)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    for (size_t i = 0; i < az->tv.n; i++)
        az->hashes[i] =
            fsc__hash_inline(text + az->tv.v[i].off, az->tv.v[i].len);
    const uint32_t front_mask = ((uint32_t)1 << FRONT_BITS) - 1;
    for (size_t i = 0; i < az->tv.n; i++) {
        const fsc__token *t = &az->tv.v[i];
        const char *s = text + t->off;
#if defined(__GNUC__) || defined(__clang__)
        if (i + PREFETCH < az->tv.n) {
            uint32_t ph = az->hashes[i + PREFETCH];
            __builtin_prefetch(&az->front[ph & front_mask]);
            if (az->cache.n_slots)
                __builtin_prefetch(
                    &az->cache.slots[ph & (az->cache.n_slots - 1)]);
        }
#endif
        if (t->kind == FSC__TOK_PUNCT && fsc__is_hyphen(s, t->len))
            continue;
        uint32_t idx = 0;
        uint8_t info = FSC__SCRIPT_COMMON;
        if (t->kind != FSC__TOK_PUNCT || m->punct_patterns) {
            uint32_t h = az->hashes[i];
            front *f = &az->front[h & front_mask];
            if (f->len == t->len && f->hash == h &&
                fsc__bytes_eq(f->key, s, t->len)) {
                idx = f->idx;
                info = f->info;
            } else {
                uint32_t val;
                if (fsc__strmap_get(&az->cache, s, t->len, h, &val)) {
                    idx = VAL_IDX(val);
                    info = VAL_INFO(val);
                } else {
                    if ((st = fsc__match_resolve_type(az, s, t->len, h, &idx,
                                                      err)) != FSC_OK)
                        return st;
                    info = type_info(&az->types[idx]);
                }
                if (t->len <= FRONT_KEY) {
                    f->hash = h;
                    f->idx = idx;
                    f->len = (uint8_t)t->len;
                    f->info = info;
                    memcpy(f->key, s, t->len);
                }
            }
        }
        if (az->uses[idx] != UINT8_MAX)
            az->uses[idx]++;
        if (t->kind != FSC__TOK_PUNCT) {
            r->n_tokens++;
            r->voice_tokens[FSC_VOICE_AUTHORIAL]++;
            if (t->kind == FSC__TOK_WORD)
                scripts[info & INFO_SCRIPT]++;
        }
        if (info & INFO_START)
            may_start = 1;
        az->stream[n].tok = (uint32_t)i;
        az->stream[n].type = idx;
        az->stream[n].info = info;
        az->mod_end[n] = -1;
        az->mod_start[n] = -1;
        n++;
    }
    if (!r->lang[0]) {
        snprintf(r->lang, sizeof r->lang, "%s", detect_lang(scripts));
        r->lang_detected = 1;
    }
    az->n_mods = 0;
    az->n_matches = 0;
    az->n_stream = n;
    az->n_anchors = 0;
    if (m->has_scope && ((st = grow((void **)&az->anc, &az->cap_anc, m->n_lex,
                                    sizeof *az->anc)) != FSC_OK ||
                         (st = grow((void **)&az->anc_lex, &az->cap_anc_lex,
                                    m->n_lex, sizeof *az->anc_lex)) != FSC_OK ||
                         (st = grow((void **)&az->anc_free, &az->cap_anc_free,
                                    m->n_lex, sizeof *az->anc_free)) != FSC_OK))
        return fsc__fail(err, st, "out of memory");
    if (m->has_scope)
        memset(az->anc_free, 0, m->n_lex * sizeof *az->anc_free);
    /* Each layer keeps its own longest matches: attribution lexicons never
     * take a span away from a framing term, nor the other way round; and
     * each framing lexicon keeps its own, so that a general lexicon loaded
     * beside a conflict pack never takes a term away from it. next_free is
     * the end of the framing matches so far (modifiers stay outside). */
    if ((st = grow((void **)&az->btl, &az->cap_btl, m->n_lex + 1,
                   sizeof *az->btl)) != FSC_OK ||
        (st = grow((void **)&az->btl_used, &az->cap_btl_used, m->n_lex + 1,
                   sizeof *az->btl_used)) != FSC_OK ||
        (st = grow((void **)&az->next_free_l, &az->cap_next_free_l,
                   m->n_lex + 1, sizeof *az->next_free_l)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    for (size_t k = 0; k < m->n_lex; k++) {
        best_clear(&az->btl[k]);
        az->next_free_l[k] = 0;
    }
    az->n_btl_used = 0;
    az->want_lex = -1;
    size_t next_free = 0, next_attr = 0;
    for (size_t i = 0; i < n && may_start; i++) {
        if (!(az->stream[i].info & INFO_START))
            continue; /* most tokens: nothing can start here */
        const ttype *ty = &az->types[az->stream[i].type];
        best bt, bm, ba;
        uint32_t sent = az->tv.v[az->stream[i].tok].sent;
        int done_term = 0, done_attr = 0;
        if (ty->glue && i + 1 < n && (i >= next_free || i >= next_attr)) {
            /* A proclitic typed apart from its word: "ل مكافحة الإرهاب". */
            best_clear(&bt);
            best_clear(&bm);
            best_clear(&ba);
            fsc__match_clear_lex_bests(az);
            az->terms_seen = 0;
            az->walk_start = i;
            az->anchors_on = 0; /* the walk from i + 1 finds them */
            walk(az, n, i + 1, 0, sent, FSC__RD_CLITIC, NULL, &bt, &bm, &ba, 0);
            size_t before = az->n_matches;
            az->claimed = 0;
            size_t tend = 0;
            if (bt.found &&
                (st = fsc__match_add_terms(az, i + 1, i, ty->key, &r->arena,
                                           &tend)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            if (tend) {
                if (tend > next_free)
                    next_free = tend;
                done_term = 1;
            }
            before = az->n_matches;
            if (ba.found && i >= next_attr &&
                (st = fsc__match_add_match(az, i + 1, i, &ba, ty->key,
                                           WANT_ATTR, &r->arena)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            if (az->n_matches > before) {
                next_attr = ba.end + 1;
                done_attr = 1;
            }
            if (done_term && done_attr)
                continue;
        }
        best_clear(&bt);
        best_clear(&bm);
        best_clear(&ba);
        fsc__match_clear_lex_bests(az);
        az->terms_seen = 0;
        az->walk_start = i;
        az->anchors_on = m->has_scope;
        az->n_anc_lex = 0;
        walk(az, n, i, 0, sent, 0, NULL, &bt, &bm, &ba, 0);
        for (size_t k = 0; k < az->n_anc_lex; k++) {
            /* Anchors of one lexicon: longest first, never overlapping. */
            const anchor_at *a = &az->anc[az->anc_lex[k]];
            if (i < az->anc_free[a->lexicon])
                continue;
            if ((st = grow((void **)&az->anchors, &az->cap_anchors,
                           az->n_anchors + 1, sizeof *az->anchors)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            az->anchors[az->n_anchors++] = *a;
            az->anc_free[a->lexicon] = (size_t)a->end + 1;
        }
        int term_here = 0;
        size_t before = az->n_matches;
        az->claimed = 0;
        size_t tend = 0;
        if (bt.found && (st = fsc__match_add_terms(az, i, i, NULL, &r->arena,
                                                   &tend)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        if (tend) {
            if (tend > next_free)
                next_free = tend;
            term_here = 1;
        }
        before = az->n_matches;
        if (!done_attr && ba.found && i >= next_attr &&
            (st = fsc__match_add_match(az, i, i, &ba, NULL, WANT_ATTR,
                                       &r->arena)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        if (az->n_matches > before)
            next_attr = ba.end + 1;
        if (!done_term && !term_here && bm.found && i >= next_free &&
            (st = fsc__match_add_mod(az, i, &bm)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
    }
    /* Modifiers on either side are known now: apply them. */
    for (size_t i = 0; i < az->n_matches; i++) {
        fsc_match *mt = &az->matches[i];
        const modspan *ms = NULL;
        mt->flags = fsc__match_modifiers_of(az, n, az->mpos[i].start,
                                            az->mpos[i].end, &ms);
        if (ms) {
            const fsc__token *a = &az->tv.v[az->stream[ms->start].tok];
            const fsc__token *z = &az->tv.v[az->stream[ms->end].tok];
            mt->mod_off = a->off;
            mt->mod_len = (size_t)z->off + z->len - a->off;
        }
    }
    /* A detached proclitic can put a match one token after one found at
     * the same position in the other layer: restore text order. */
    for (size_t i = 1; i < az->n_matches; i++)
        for (size_t j = i; j > 0 && az->matches[j - 1].off > az->matches[j].off;
             j--) {
            fsc_match tm = az->matches[j];
            az->matches[j] = az->matches[j - 1];
            az->matches[j - 1] = tm;
            mpos tp = az->mpos[j];
            az->mpos[j] = az->mpos[j - 1];
            az->mpos[j - 1] = tp;
        }
    if (m->has_attribution &&
        (st = run_attribution(az, text, len, n, r, err)) != FSC_OK)
        return st;
    if ((st = fsc__match_apply_scope(az, r)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    /* Move matches into the result and count them per category. */
    r->n_cats = m->n_cats;
    r->cats = fsc__arena_alloc(&r->arena,
                               (m->n_cats ? m->n_cats : 1) * sizeof *r->cats);
    r->matches = fsc__arena_alloc(
        &r->arena, (az->n_matches ? az->n_matches : 1) * sizeof *r->matches);
    if (!r->cats || !r->matches)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    memset(r->cats, 0, (m->n_cats ? m->n_cats : 1) * sizeof *r->cats);
    if (az->n_matches)
        memcpy(r->matches, az->matches, az->n_matches * sizeof *r->matches);
    r->n_matches = az->n_matches;
    for (size_t i = 0; i < r->n_matches; i++) {
        const fsc_match *mt = &r->matches[i];
        double w = 1.0;
        /* The winning entry's weight applies to all of its categories. */
        const fsc_entry *e = fsc_lexicon_entry(m->lex[mt->lexicon], mt->entry);
        if (e)
            w = e->weight;
        size_t para = az->tv.v[az->stream[az->mpos[i].start].tok].para;
        for (size_t c = 0; c < mt->n_cats; c++) {
            fsc_catscore *cs = &r->cats[mt->cats[c]];
            if (!fsc__match_in_scope(az, r, m->cat_lex[mt->cats[c]], para)) {
                cs->out_of_scope++;
            } else if (mt->flags & FSC_MATCH_NEGATED) {
                cs->negated++;
            } else {
                cs->count++;
                cs->weighted += w;
                if ((unsigned)mt->voice < 3)
                    cs->voice[mt->voice]++;
            }
        }
    }
    return FSC_OK;
}

fsc_status fsc_analyze(fsc_analyzer *az, const char *text, size_t len,
                       const char *lang, fsc_result **out, fsc_error *err)
{
    *out = NULL;
    if (!text && len)
        return fsc__fail(err, FSC_EINVAL, "text is NULL");
    if (len > INT32_MAX)
        return fsc__fail(err, FSC_ELIMIT,
                         "article of %zu bytes exceeds the %d-byte limit", len,
                         INT32_MAX);
    fsc_result *r = calloc(1, sizeof *r);
    if (!r)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    fsc__arena_init(&r->arena, 16 * 1024);
    r->n_bytes = len;
    if (lang && *lang)
        snprintf(r->lang, sizeof r->lang, "%s", lang);
    fsc_status st = run(az, text ? text : "", len, r, err);
    if (st != FSC_OK) {
        fsc_result_free(r);
        return st;
    }
    *out = r;
    return FSC_OK;
}
