/*
 * csv.c - tidy CSV score rows (one line per article and category): the
 * header's columns, one article's lines gathered into one row.
 */
#include "compare_int.h"

/* ------------------------------------------------------------------ */
/* Tidy CSV score rows                                                  */
/* ------------------------------------------------------------------ */

enum {
    CC_ID,
    CC_STATUS,
    CC_REASON,
    CC_TOKENS,
    CC_CATEGORY,
    CC_COUNT,
    CC_WEIGHTED,
    CC_FIXED,
    CC_VOICE = CC_FIXED, /* optional authorial, quoted, attributed */
    CC_IN_SCOPE = CC_VOICE + 3 /* optional in_scope */
};

/* Split one CSV record into NUL-terminated fields in csv_fields. */
static fsc_status csv_split(fsc_compare *c, const char *p, size_t len,
                            size_t *nf)
{
    fsc_buf *b = &c->csv_fields;
    fsc__buf_reset(b);
    size_t n = 0, i = 0;
    for (;;) {
        if (n == c->csv_off_cap) {
            size_t cap = c->csv_off_cap ? 2 * c->csv_off_cap : 32;
            size_t *o = realloc(c->csv_off, cap * sizeof *o);
            if (!o)
                return FSC_ENOMEM;
            c->csv_off = o;
            c->csv_off_cap = cap;
        }
        c->csv_off[n++] = b->len;
        fsc_status st = FSC_OK;
        if (i < len && p[i] == '"') {
            i++;
            while (i < len && st == FSC_OK) {
                if (p[i] == '"') {
                    if (i + 1 < len && p[i + 1] == '"') {
                        st = fsc__buf_addc(b, '"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                st = fsc__buf_addc(b, p[i++]);
            }
        }
        while (i < len && p[i] != ',' && st == FSC_OK)
            st = fsc__buf_addc(b, p[i++]);
        if (st == FSC_OK)
            st = fsc__buf_addc(b, '\0');
        if (st)
            return st;
        if (i >= len)
            break;
        i++; /* the comma */
    }
    *nf = n;
    return FSC_OK;
}

/* Field `col` of the record, with the formula guard that `score --format
 * csv` puts on text cells ("'=x" for "=x") taken off. */
static const char *csv_get(const fsc_compare *c, size_t nf, int col)
{
    if (col < 0 || (size_t)col >= nf)
        return NULL;
    const char *f = c->csv_fields.data + c->csv_off[col];
    return f + fsc__csv_text_unguard(f, strlen(f));
}

fsc_status fsc__compare_csv_flush(fsc_compare *c)
{
    if (!c->csv_pending)
        return FSC_OK;
    c->csv_pending = 0;
    return fsc__compare_commit_row(c, c->csv_skipped,
                                   c->csv_reason.data ? c->csv_reason.data : NULL,
                                   c->csv_tokens, c->csv_has_tokens);
}

static int parse_plain_number(const char *s, double *out)
{
    js j = { s, s + strlen(s), NULL };
    return *s && fsc__compare_js_number(&j, out, NULL, NULL) && j.p == j.end;
}

fsc_status fsc__compare_csv_record(fsc_compare *c, const char *p, size_t len,
                             long line, fsc_error *err)
{
    size_t nf;
    fsc_status st;
    if (len == 0)
        return FSC_OK;
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (c->csv_have_header && !fsc__utf8_valid(p, len, &bad, &bl, &bc)) {
        char msg[96];
        snprintf(msg, sizeof msg,
                 "invalid UTF-8 at byte %zu of the record (line %ld of it)",
                 bad + 1, bl);
        st = fsc__compare_csv_flush(c);
        return st ? st : fsc__compare_invalid_row(c, line, msg);
    }
    if ((st = csv_split(c, p, len, &nf)))
        return fsc__fail(err, st, "compare: out of memory");
    if (!c->csv_have_header) {
        static const char *const fixed[CC_FIXED] = {
            "id", "status", "reason", "tokens", "category", "count", "weighted"
        };
        static const char *const voices[3] = { "authorial", "quoted",
                                               "attributed" };
        for (int k = 0; k < CC_IN_SCOPE + 1; k++)
            c->csv_col[k] = -1;
        for (size_t f = 0; f < nf; f++) {
            const char *name = csv_get(c, nf, (int)f);
            for (int k = 0; k < CC_FIXED; k++)
                if (strcmp(name, fixed[k]) == 0)
                    c->csv_col[k] = (int)f;
            for (int k = 0; k < 3; k++)
                if (strcmp(name, voices[k]) == 0)
                    c->csv_col[CC_VOICE + k] = (int)f;
            if (strcmp(name, "in_scope") == 0)
                c->csv_col[CC_IN_SCOPE] = (int)f;
        }
        for (int k = 0; k < CC_FIXED; k++)
            if (c->csv_col[k] < 0)
                return fsc__fail_at(err, FSC_EPARSE, c->src_name, line, 0, -1,
                                    "not a framescope score CSV (no \"%s\" "
                                    "column); score the corpus first",
                                    fixed[k]);
        c->csv_ncols = (int)nf;
        c->csv_have_header = 1;
        return FSC_OK;
    }
    /* Concatenated shards (cat a.csv b.csv) repeat the header row: the
     * same field names as the first header are a header, not a row. */
    if ((int)nf == c->csv_ncols && c->csv_fields.len == c->csv_rec.len &&
        memcmp(c->csv_fields.data, c->csv_rec.data, c->csv_rec.len) == 0)
        return FSC_OK;
    if ((int)nf != c->csv_ncols) {
        st = fsc__compare_csv_flush(c);
        return st ? st
                  : fsc__compare_invalid_row(c, line,
                                             "wrong number of CSV fields");
    }
    const char *id = csv_get(c, nf, c->csv_col[CC_ID]);
    const char *cat = csv_get(c, nf, c->csv_col[CC_CATEGORY]);
    uint32_t ci = UINT32_MAX;
    if (*cat && !c->profile &&
        (st = fsc__compare_cat_intern(c, cat, strlen(cat), 1, &ci)))
        return fsc__fail(err, st, "compare: out of memory");
    /* A new article starts at a new id, or when a category repeats. */
    int same = c->csv_pending && c->csv_id.data &&
               strcmp(c->csv_id.data, id) == 0;
    if (same && ci != UINT32_MAX)
        for (size_t k = 0; k < c->n_pc; k++)
            if (c->pc[k].cat == ci)
                same = 0;
    if (!same) {
        if ((st = fsc__compare_csv_flush(c)))
            return fsc__fail(err, st, "compare: out of memory");
        fsc__buf_reset(&c->csv_id);
        fsc__buf_reset(&c->csv_reason);
        fsc__buf_reset(&c->fbuf);
        c->n_pc = 0;
        /* The tidy CSV has per-voice counts (when scored with the
         * attribution lexicons) but no voice tokens, profile or matches. */
        c->has_voice = c->csv_col[CC_VOICE] >= 0 &&
                       c->csv_col[CC_VOICE + 1] >= 0 &&
                       c->csv_col[CC_VOICE + 2] >= 0;
        c->has_vtok = c->has_profile = c->has_matches = 0;
        c->novoice = 0;
        c->prof = NAN;
        c->n_pt = 0;
        c->sc_has = c->sc_in = 0;
        if (fsc__buf_adds(&c->csv_id, id))
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        const char *status = csv_get(c, nf, c->csv_col[CC_STATUS]);
        if (strcmp(status, "skipped") != 0 && strcmp(status, "scored") != 0)
            return fsc__compare_invalid_row(c, line, "unknown status");
        c->csv_skipped = strcmp(status, "skipped") == 0;
        const char *reason = csv_get(c, nf, c->csv_col[CC_REASON]);
        if (*reason && fsc__buf_adds(&c->csv_reason, reason))
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        c->csv_has_tokens = parse_plain_number(
            csv_get(c, nf, c->csv_col[CC_TOKENS]), &c->csv_tokens);
        for (size_t i = 0; i < c->n_needed; i++) {
            int col = -1;
            c->foff[i] = -1;
            const char *h = c->csv_rec.data;
            for (size_t f = 0; h && f < nf; f++) {
                if (strcmp(h, c->needed[i]) == 0) {
                    col = (int)f;
                    break;
                }
                h += strlen(h) + 1;
            }
            const char *v = csv_get(c, nf, col);
            if (v && *v) {
                c->foff[i] = (long)c->fbuf.len;
                if (fsc__buf_add(&c->fbuf, v, strlen(v) + 1))
                    return fsc__fail(err, FSC_ENOMEM, "out of memory");
            }
        }
        c->csv_pending = 1;
    }
    /* in_scope of the category's lexicon (the part before ':'). */
    const char *isc = csv_get(c, nf, c->csv_col[CC_IN_SCOPE]);
    const char *colon = strchr(cat, ':');
    if (isc && colon && !c->csv_skipped &&
        (strcmp(isc, "true") == 0 || strcmp(isc, "false") == 0) &&
        !fsc__compare_note_scope(c, cat, (size_t)(colon - cat), isc[0] == 't'))
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    if (ci != UINT32_MAX && !c->csv_skipped) {
        double count, weighted = NAN;
        if (!parse_plain_number(csv_get(c, nf, c->csv_col[CC_COUNT]), &count) ||
            count < 0) {
            c->csv_pending = 0;
            return fsc__compare_invalid_row(c, line, "bad \"count\"");
        }
        const char *w = csv_get(c, nf, c->csv_col[CC_WEIGHTED]);
        if (c->o.measure == FSC_MEASURE_WEIGHTED &&
            !parse_plain_number(w, &weighted)) {
            c->csv_pending = 0;
            return fsc__compare_invalid_row(c, line, "bad \"weighted\"");
        }
        double vc[3] = { NAN, NAN, NAN };
        if (c->need_vc && c->has_voice) {
            for (int v = 0; v < 3; v++)
                if (!parse_plain_number(
                        csv_get(c, nf, c->csv_col[CC_VOICE + v]), &vc[v]) ||
                    !(vc[v] >= 0))
                    c->novoice |= 1u << v;
        }
        if (fsc__compare_add_pending_cat(c, ci, count, weighted, vc))
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    return FSC_OK;
}
