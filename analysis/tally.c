/*
 * tally.c - corpus accounting: every record read is either scored or
 * skipped with its reason, and scored articles add to per-category totals.
 */
#include "tally.h"

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

fsc_status fsc_tally_new(const fsc_model *m, fsc_tally **out, fsc_error *err)
{
    *out = NULL;
    fsc_tally *t = calloc(1, sizeof *t);
    size_t n = fsc_model_n_categories(m);
    if (!t)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    t->m = m;
    t->articles = calloc(n ? n : 1, sizeof *t->articles);
    t->count = calloc(n ? n : 1, sizeof *t->count);
    t->negated = calloc(n ? n : 1, sizeof *t->negated);
    t->weighted = calloc(n ? n : 1, sizeof *t->weighted);
    t->out_of_scope = calloc(n ? n : 1, sizeof *t->out_of_scope);
    size_t nl = fsc_model_n_lexicons(m);
    t->in_scope = calloc(nl ? nl : 1, sizeof *t->in_scope);
    t->out_matches = calloc(nl ? nl : 1, sizeof *t->out_matches);
    if (!t->articles || !t->count || !t->negated || !t->weighted ||
        !t->out_of_scope || !t->in_scope || !t->out_matches) {
        fsc_tally_free(t);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    *out = t;
    return FSC_OK;
}

void fsc_tally_free(fsc_tally *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n_reasons; i++)
        free(t->reasons[i]);
    free(t->reasons);
    free(t->articles);
    free(t->count);
    free(t->negated);
    free(t->weighted);
    free(t->out_of_scope);
    free(t->in_scope);
    free(t->out_matches);
    free(t);
}

fsc_status fsc_tally_add(fsc_tally *t, const fsc_record *rec,
                         const fsc_result *res)
{
    t->read++;
    if (!res) {
        t->skipped++;
        if (t->n_reasons >= FSC__MAX_SKIP_REASONS)
            return FSC_OK;
        if (t->n_reasons == t->cap_reasons) {
            size_t cap = t->cap_reasons ? t->cap_reasons * 2 : 16;
            char **p = realloc(t->reasons, cap * sizeof *p);
            if (!p)
                return FSC_ENOMEM;
            t->reasons = p;
            t->cap_reasons = cap;
        }
        const char *why = rec ? fsc_record_skip_reason(rec) : NULL;
        char *s = fsc__strdup(why ? why : "skipped");
        if (!s)
            return FSC_ENOMEM;
        t->reasons[t->n_reasons++] = s;
        return FSC_OK;
    }
    t->scored++;
    t->tokens += fsc_result_n_tokens(res);
    size_t n = fsc_model_n_categories(t->m);
    for (size_t c = 0; c < n; c++) {
        const fsc_catscore *cs = fsc_result_category(res, c);
        if (cs->count)
            t->articles[c]++;
        t->count[c] += cs->count;
        t->negated[c] += cs->negated;
        t->weighted[c] += cs->weighted;
        t->out_of_scope[c] += cs->out_of_scope;
    }
    for (size_t l = 0; l < fsc_model_n_lexicons(t->m); l++)
        t->in_scope[l] += (uint64_t)fsc_result_scope(res, l)->in_scope;
    for (size_t i = 0; i < fsc_result_n_matches(res); i++) {
        const fsc_match *mt = fsc_result_match(res, i);
        if (mt->out_of_scope)
            t->out_matches[mt->lexicon]++;
    }
    return FSC_OK;
}

/* A note: note_head, then n_cat note_cat, then n_lex note_lex, then the
 * skip reason and its NUL (skipped records only). Read and written with
 * memcpy: a note starts at any byte. */
typedef struct note_head {
    uint32_t scored;  /* 1 scored, 0 skipped */
    uint32_t has_why; /* skipped: the record gave a reason */
    uint64_t tokens;
    uint32_t n_cat, n_lex;
} note_head;

typedef struct note_cat {
    uint32_t c, count, negated, out_of_scope;
    double weighted;
} note_cat;

typedef struct note_lex {
    uint32_t l;
    int32_t in_scope; /* fsc_scope_state.in_scope */
    uint64_t out_matches;
} note_lex;

fsc_status fsc__tally_note(const fsc_model *m, const fsc_record *rec,
                           const fsc_result *res, fsc_buf *b)
{
    size_t start = b->len;
    note_head h;
    memset(&h, 0, sizeof h);
    fsc_status st = fsc__buf_add(b, &h, sizeof h);
    if (st != FSC_OK)
        return st;
    if (!res) {
        const char *why = rec ? fsc_record_skip_reason(rec) : NULL;
        h.has_why = why != NULL;
        if (why)
            st = fsc__buf_add(b, why, strlen(why) + 1);
    } else {
        h.scored = 1;
        h.tokens = fsc_result_n_tokens(res);
        size_t n = fsc_model_n_categories(m);
        for (size_t c = 0; c < n && st == FSC_OK; c++) {
            const fsc_catscore *cs = fsc_result_category(res, c);
            if (!cs->count && !cs->negated && !cs->out_of_scope &&
                cs->weighted == 0.0)
                continue; /* adds nothing (+0.0 to a sum that is never -0.0) */
            note_cat nc = { (uint32_t)c, cs->count, cs->negated,
                            cs->out_of_scope, cs->weighted };
            st = fsc__buf_add(b, &nc, sizeof nc);
            h.n_cat++;
        }
        size_t nl = fsc_model_n_lexicons(m);
        size_t lex_at = b->len;
        for (size_t l = 0; l < nl && st == FSC_OK; l++) {
            int in = fsc_result_scope(res, l)->in_scope;
            if (!in)
                continue;
            note_lex nx = { (uint32_t)l, (int32_t)in, 0 };
            st = fsc__buf_add(b, &nx, sizeof nx);
            h.n_lex++;
        }
        /* Matches out of scope are few: each finds its lexicon's entry. */
        size_t nm = fsc_result_n_matches(res);
        for (size_t i = 0; i < nm && st == FSC_OK; i++) {
            const fsc_match *mt = fsc_result_match(res, i);
            if (!mt->out_of_scope)
                continue;
            note_lex nx;
            size_t k = 0;
            for (; k < h.n_lex; k++) {
                memcpy(&nx, b->data + lex_at + k * sizeof nx, sizeof nx);
                if (nx.l == mt->lexicon)
                    break;
            }
            if (k == h.n_lex) {
                note_lex add = { mt->lexicon, 0, 0 };
                st = fsc__buf_add(b, &add, sizeof add);
                if (st != FSC_OK)
                    break;
                h.n_lex++;
                nx = add;
            }
            nx.out_matches++;
            memcpy(b->data + lex_at + k * sizeof nx, &nx, sizeof nx);
        }
    }
    if (st != FSC_OK) {
        b->len = start;
        if (b->data)
            b->data[start] = '\0';
        return st;
    }
    memcpy(b->data + start, &h, sizeof h);
    return FSC_OK;
}

fsc_status fsc__tally_add_note(fsc_tally *t, const char *p)
{
    note_head h;
    memcpy(&h, p, sizeof h);
    p += sizeof h;
    t->read++;
    if (!h.scored) {
        t->skipped++;
        if (t->n_reasons >= FSC__MAX_SKIP_REASONS)
            return FSC_OK;
        if (t->n_reasons == t->cap_reasons) {
            size_t cap = t->cap_reasons ? t->cap_reasons * 2 : 16;
            char **r = realloc(t->reasons, cap * sizeof *r);
            if (!r)
                return FSC_ENOMEM;
            t->reasons = r;
            t->cap_reasons = cap;
        }
        char *s = fsc__strdup(h.has_why ? p : "skipped");
        if (!s)
            return FSC_ENOMEM;
        t->reasons[t->n_reasons++] = s;
        return FSC_OK;
    }
    t->scored++;
    t->tokens += h.tokens;
    for (uint32_t i = 0; i < h.n_cat; i++, p += sizeof(note_cat)) {
        note_cat nc;
        memcpy(&nc, p, sizeof nc);
        if (nc.count)
            t->articles[nc.c]++;
        t->count[nc.c] += nc.count;
        t->negated[nc.c] += nc.negated;
        t->weighted[nc.c] += nc.weighted;
        t->out_of_scope[nc.c] += nc.out_of_scope;
    }
    for (uint32_t i = 0; i < h.n_lex; i++, p += sizeof(note_lex)) {
        note_lex nx;
        memcpy(&nx, p, sizeof nx);
        t->in_scope[nx.l] += (uint64_t)nx.in_scope;
        t->out_matches[nx.l] += nx.out_matches;
    }
    return FSC_OK;
}

size_t fsc_tally_read(const fsc_tally *t)
{
    return t->read;
}

size_t fsc_tally_scored(const fsc_tally *t)
{
    return t->scored;
}

size_t fsc_tally_skipped(const fsc_tally *t)
{
    return t->skipped;
}

const char *fsc_tally_skipped_reason(const fsc_tally *t, size_t i)
{
    return i < t->n_reasons ? t->reasons[i] : NULL;
}
