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
