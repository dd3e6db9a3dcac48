/*
 * analyzer.c - the per-thread analyzer (created from a compiled model, with
 * its tokenizer, folder and attribution stage) and the read-only accessors
 * of a result; the UTF-8 check of an article.
 */
#include "match_int.h"

/* Type 0 matches nothing: punctuation takes it when no pattern has any. */
static fsc_status reserve_empty_type(fsc_analyzer *az)
{
    fsc_status st =
        grow((void **)&az->types, &az->cap_types, 1, sizeof *az->types);
    if (st != FSC_OK)
        return st;
    if ((st = grow((void **)&az->uses, &az->cap_uses, 1, 1)) != FSC_OK)
        return st;
    az->uses[0] = 0;
    memset(&az->types[0], 0, sizeof az->types[0]);
    az->types[0].key = "";
    az->types[0].script = FSC__SCRIPT_COMMON;
    az->n_types = 1;
    return FSC_OK;
}

static void set_bit(uint64_t *bits, uint32_t b)
{
    bits[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* Every path of the prefix trie below `node` (at `depth` < 8 bytes, its
 * bytes in path[0..depth)) into the head filters: a prefix of four bytes
 * into head4, of six into head6, every path of eight into head8; a prefix
 * of two bytes turns them off. (A prefix of an odd number of bytes never
 * ends on a letter boundary of a string of two-byte letters.) And into the
 * trie walk's filters: every path of four bytes into pt_four, the first
 * two bytes of a prefix of two or three into pt_short. */
static void fill_head_paths(fsc_analyzer *az, uint32_t node, unsigned depth,
                            char *path)
{
    const fsc_model *m = az->m;
    for (uint32_t c = m->pt[node].child; c; c = m->pt[c].next) {
        path[depth] = (char)m->pt[c].byte;
        if (depth + 1 == 8) {
            set_bit(az->head8, head_bit(path, 8));
            continue;
        }
        if (depth + 1 == 4)
            set_bit(az->pt_four, head_bit(path, 4));
        if (m->pt[c].wp1 && (depth + 1 == 2 || depth + 1 == 3))
            set_bit(az->pt_short, (uint32_t)(unsigned char)path[0] << 8 |
                                      (unsigned char)path[1]);
        if (m->pt[c].wp1 && depth + 1 == 6)
            set_bit(az->head6, head_bit(path, 6));
        else if (m->pt[c].wp1 && depth + 1 == 4)
            set_bit(az->head4, head_bit(path, 4));
        else if (m->pt[c].wp1 && depth + 1 == 2)
            az->head_off = 1;
        fill_head_paths(az, c, depth + 1, path);
    }
}

/* The lookup filters of the analyzer (match_int.h) from its model. */
static void fill_filters(fsc_analyzer *az)
{
    const fsc_model *m = az->m;
    for (size_t i = 0; i < m->exact.n; i++) {
        const fsc__strent *e = &m->exact.ents[i];
        if (!e->len)
            continue;
        const char *k = e->len <= FSC__STRMAP_INLINE ? e->inl : e->key;
        uint32_t b = stem_sig(k, e->len);
        az->exact_sig[b >> 6] |= (uint64_t)1 << (b & 63);
        /* an exact key of two-byte letters: its bit in ar_exact */
        const unsigned char *u = (const unsigned char *)k;
        size_t j = 0;
        while (j + 1 < e->len && u[j] >= 0xC2 && u[j] <= 0xDF &&
               (u[j + 1] & 0xC0) == 0x80)
            j += 2;
        if (j == e->len && j >= 4) {
            uint64_t g = (uint32_t)u[j - 2] << 8 | u[j - 1];
            for (size_t q = j - 2; q > 0; q -= 2)
                g = letters_back(g, (uint32_t)u[q - 2] << 8 | u[q - 1]);
            set_bit(az->ar_exact, letters_bit(g, j));
        }
    }
    az->head_off = m->opts.min_stem_cp < 2;
    if (!m->n_pt)
        return;
    if (m->pt[0].wp1)
        az->head_off = 1;
    fill_head_paths(az, 0, 0, (char[8]){ 0 });
    for (unsigned b1 = 0; b1 < 256; b1++) {
        uint32_t c1 = fsc__pt_child(m, 0, (uint8_t)b1);
        if (!c1)
            continue;
        if (m->pt[c1].wp1)
            az->pt_all = 1;
        for (unsigned b2 = 0; b2 < 256; b2++)
            if (fsc__pt_child(m, c1, (uint8_t)b2)) {
                unsigned b = b1 << 8 | b2;
                az->pt_two[b >> 6] |= (uint64_t)1 << (b & 63);
            }
    }
}

fsc_status fsc_analyzer_new(const fsc_model *m, fsc_analyzer **out,
                            fsc_error *err)
{
    *out = NULL;
    fsc_analyzer *az = calloc(1, sizeof *az);
    if (!az)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    az->m = m;
    fill_filters(az);
    fsc__match_fill_affixes(az);
    fsc__strmap_init(&az->cache);
    fsc__arena_init(&az->strs, 64 * 1024);
    fsc__arena_init(&az->strs2, 64 * 1024);
    fsc__buf_init(&az->key, (size_t)1 << 24);
    fsc__fold_opts fo = { m->opts.ta_marbuta };
    az->front = calloc((size_t)1 << FRONT_BITS, sizeof *az->front);
    fsc_status st = az->front ? reserve_empty_type(az) : FSC_ENOMEM;
    if (st != FSC_OK)
        st = fsc__fail(err, st, "analyzer: out of memory");
    if (st == FSC_OK)
        st = fsc__tokenizer_new(m->opts.locale, &az->tk, err);
    if (st == FSC_OK)
        st = fsc__folder_new(&fo, &az->fold, err);
    if (st == FSC_OK && m->has_attribution)
        st = fsc__attr_stage_new(&az->attr, err);
    if (st != FSC_OK) {
        fsc_analyzer_free(az);
        return st;
    }
    *out = az;
    return FSC_OK;
}

void fsc_analyzer_free(fsc_analyzer *az)
{
    if (!az)
        return;
    fsc__tokenizer_free(az->tk);
    fsc__folder_free(az->fold);
    fsc__tokvec_free(&az->tv);
    fsc__attr_stage_free(az->attr);
    free(az->form_of_tok);
    free(az->match_tok);
    fsc__strmap_free(&az->cache);
    fsc__arena_free(&az->strs);
    fsc__arena_free(&az->strs2);
    free(az->uses);
    free(az->remap);
    fsc__buf_free(&az->key);
    free(az->types);
    free(az->hits);
    free(az->stream);
    free(az->mod_end);
    free(az->mod_start);
    free(az->mpos);
    free(az->front);
    free(az->hashes);
    free(az->mods);
    free(az->matches);
    free(az->btl);
    free(az->btl_used);
    free(az->next_free_l);
    free(az->anc);
    free(az->anc_lex);
    free(az->anc_free);
    free(az->anchors);
    free(az->para_in);
    free(az->scope_slot);
    free(az);
}

void fsc_result_free(fsc_result *r)
{
    if (!r)
        return;
    fsc__arena_free(&r->arena);
    free(r);
}

size_t fsc_result_n_tokens(const fsc_result *r)
{
    return r->n_tokens;
}

size_t fsc_result_n_sentences(const fsc_result *r)
{
    return r->n_sent;
}

size_t fsc_result_n_bytes(const fsc_result *r)
{
    return r->n_bytes;
}

const char *fsc_result_lang(const fsc_result *r, int *detected)
{
    if (detected)
        *detected = r->lang_detected;
    return r->lang;
}

size_t fsc_result_n_matches(const fsc_result *r)
{
    return r->n_matches;
}

const fsc_match *fsc_result_match(const fsc_result *r, size_t i)
{
    return i < r->n_matches ? &r->matches[i] : NULL;
}

size_t fsc_result_n_attributions(const fsc_result *r)
{
    return r->n_attrs;
}

const fsc_attribution *fsc_result_attribution(const fsc_result *r, size_t i)
{
    return i < r->n_attrs ? &r->attrs[i] : NULL;
}

size_t fsc_result_voice_tokens(const fsc_result *r, fsc_voice v)
{
    return (unsigned)v < 3 ? r->voice_tokens[v] : 0;
}

const fsc_scope_state *fsc_result_scope(const fsc_result *r, size_t lexicon)
{
    static const fsc_scope_state none;
    return lexicon < r->n_scope ? &r->scope[lexicon] : &none;
}

size_t fsc_result_n_anchors(const fsc_result *r)
{
    return r->n_anchors;
}

const fsc_anchor *fsc_result_anchor(const fsc_result *r, size_t i)
{
    return i < r->n_anchors ? &r->anchors[i] : NULL;
}

const fsc_catscore *fsc_result_category(const fsc_result *r, size_t i)
{
    static const fsc_catscore zero;
    return i < r->n_cats ? &r->cats[i] : &zero;
}

fsc_status fsc_utf8_check(const char *s, size_t len, const char *name,
                          fsc_error *err)
{
    size_t off = 0;
    long line = 0, col = 0;
    if (fsc__utf8_valid(s, len, &off, &line, &col))
        return FSC_OK;
    return fsc__fail_at(err, FSC_EUTF8, name, line, col, (long long)off,
                        "invalid UTF-8 at line %ld, column %ld (byte %zu)",
                        line, col, off);
}

const fsc_model *fsc__analyzer_model(const fsc_analyzer *az)
{
    return az->m;
}
