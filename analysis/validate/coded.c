/*
 * coded.c - reading the coded audit CSV (RFC 4180) back: precision per
 * term with its interval; a bad line names its file, line and column.
 */
#include "validate_int.h"

/* ------------------------------------------------------------------ */
/* Audit: reading the coded CSV                                         */
/* ------------------------------------------------------------------ */

typedef struct csvrec {
    char **f;
    size_t n, cap;
} csvrec;

static void csvrec_clear(csvrec *r)
{
    for (size_t i = 0; i < r->n; i++)
        free(r->f[i]);
    r->n = 0;
}

static fsc_status csvrec_add(csvrec *r, fsc_buf *b)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 16;
        char **p = realloc(r->f, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        r->f = p;
        r->cap = cap;
    }
    char *s = fsc__strndup(b->data ? b->data : "", b->len);
    if (!s)
        return FSC_ENOMEM;
    r->f[r->n++] = s;
    fsc__buf_reset(b);
    return FSC_OK;
}

/* Parse one RFC 4180 record starting at *pp; *line counts newlines. */
static fsc_status csv_record(const char **pp, const char *end, long *line,
                             csvrec *r, fsc_buf *b, const char *name,
                             fsc_error *err)
{
    const char *p = *pp;
    csvrec_clear(r);
    fsc__buf_reset(b);
    fsc_status st = FSC_OK;
    for (;;) {
        if (p < end && *p == '"') {
            long open_line = *line;
            p++;
            for (;;) {
                if (p >= end)
                    return fsc__fail_at(err, FSC_EPARSE, name, open_line, 0, -1,
                                        "quoted field never closed");
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        st = fsc__buf_addc(b, '"');
                        p += 2;
                    } else {
                        p++;
                        break;
                    }
                } else {
                    if (*p == '\n')
                        (*line)++;
                    st = fsc__buf_addc(b, *p++);
                }
                if (st != FSC_OK)
                    return fsc__fail(err, st, "out of memory");
            }
            if (p < end && *p != ',' && *p != '\n' && *p != '\r')
                return fsc__fail_at(err, FSC_EPARSE, name, *line, 0, -1,
                                    "unexpected character after a closing "
                                    "quote");
        } else {
            while (p < end && *p != ',' && *p != '\n' &&
                   !(*p == '\r' && (p + 1 == end || p[1] == '\n'))) {
                if ((st = fsc__buf_addc(b, *p++)) != FSC_OK)
                    return fsc__fail(err, st, "out of memory");
            }
        }
        if ((st = csvrec_add(r, b)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        if (p < end && *p == ',') {
            p++;
            continue;
        }
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n') {
            p++;
            (*line)++;
        }
        break;
    }
    *pp = p;
    return FSC_OK;
}

/* 1 correct, 0 incorrect, -1 empty, -2 not a code. */
static int parse_code(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n == 0)
        return -1;
    static const char *const yes[] = { "1", "y", "yes", "true", "t" };
    static const char *const no[] = { "0", "n", "no", "false", "f" };
    char low[8];
    if (n >= sizeof low)
        return -2;
    for (size_t i = 0; i < n; i++)
        low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
    low[n] = '\0';
    for (size_t i = 0; i < 5; i++) {
        if (strcmp(low, yes[i]) == 0)
            return 1;
        if (strcmp(low, no[i]) == 0)
            return 0;
    }
    return -2;
}

void fsc_audit_result_free(fsc_audit_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n_terms; i++)
        free((char *)(uintptr_t)r->terms[i].term);
    free(r->terms);
    free(r);
}

static int cmp_term(const void *a, const void *b)
{
    return strcmp(((const fsc_audit_term *)a)->term,
                  ((const fsc_audit_term *)b)->term);
}

fsc_status fsc_audit_coded(const char *name, const char *data, size_t len,
                           double threshold, fsc_audit_result **out,
                           fsc_error *err)
{
    *out = NULL;
    if (!(threshold >= 0.0 && threshold <= 1.0))
        return fsc__fail(err, FSC_EINVAL, "threshold must be in [0, 1]");
    fsc_audit_result *res = calloc(1, sizeof *res);
    csvrec r = { 0 };
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc__strmap terms;
    fsc__strmap_init(&terms);
    size_t cap = 0;
    fsc_status st = FSC_OK;
    if (!res) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto done;
    }
    res->threshold = threshold;
    const char *p = data, *end = data + len;
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (!fsc__utf8_valid(data, len, &bad, &bl, &bc)) {
        /* Terms from the file reach every output: it must be UTF-8. */
        st = fsc__fail_at(err, FSC_EPARSE, name, bl, bc, (long long)bad,
                          "invalid UTF-8 at byte %zu", bad);
        goto done;
    }
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    long line = 1;
    if (p >= end) {
        st = fsc__fail_at(err, FSC_EPARSE, name, 1, 0, -1,
                          "empty file: expected a header with term and "
                          "correct");
        goto done;
    }
    st = csv_record(&p, end, &line, &r, &b, name, err);
    if (st != FSC_OK)
        goto done;
    size_t c_term = SIZE_MAX, c_ok = SIZE_MAX, n_cols = r.n;
    for (size_t i = 0; i < r.n; i++) {
        if (strcmp(r.f[i], "term") == 0 && c_term == SIZE_MAX)
            c_term = i;
        if (strcmp(r.f[i], "correct") == 0 && c_ok == SIZE_MAX)
            c_ok = i;
    }
    if (c_term == SIZE_MAX || c_ok == SIZE_MAX) {
        st = fsc__fail_at(err, FSC_EPARSE, name, 1, 0, -1,
                          "the header has no \"%s\" column",
                          c_term == SIZE_MAX ? "term" : "correct");
        goto done;
    }
    size_t all_ok = 0, all_bad = 0;
    while (p < end) {
        long at = line;
        st = csv_record(&p, end, &line, &r, &b, name, err);
        if (st != FSC_OK)
            goto done;
        if (r.n == 1 && r.f[0][0] == '\0')
            continue; /* blank line */
        if (r.n != n_cols) {
            st = fsc__fail_at(err, FSC_EPARSE, name, at, 0, -1,
                              "%zu fields, the header has %zu", r.n, n_cols);
            goto done;
        }
        int code = parse_code(r.f[c_ok]);
        if (code == -2) {
            st = fsc__fail_at(err, FSC_EPARSE, name, at, 0, -1,
                              "column \"correct\" (field %zu) is \"%s\": "
                              "expected 1/0, y/n, yes/no, true/false or empty",
                              c_ok + 1, r.f[c_ok]);
            goto done;
        }
        /* Undo the formula guard of the sample (fsc__csv_text_field). */
        const char *t = r.f[c_term];
        size_t tl = strlen(t);
        size_t g = fsc__csv_text_unguard(t, tl);
        t += g;
        tl -= g;
        uint32_t h = fsc__hash(t, tl), idx;
        if (!fsc__strmap_get(&terms, t, tl, h, &idx)) {
            if (res->n_terms == cap) {
                size_t nc = cap ? 2 * cap : 16;
                fsc_audit_term *q = realloc(res->terms, nc * sizeof *q);
                if (!q) {
                    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                    goto done;
                }
                res->terms = q;
                cap = nc;
            }
            idx = (uint32_t)res->n_terms;
            fsc_audit_term *nt = &res->terms[res->n_terms];
            memset(nt, 0, sizeof *nt);
            nt->term = fsc__strdup(t);
            if (!nt->term || fsc__strmap_put(&terms, t, tl, h, idx) != FSC_OK) {
                free((char *)(uintptr_t)nt->term);
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
            res->n_terms++;
        }
        fsc_audit_term *at_t = &res->terms[idx];
        at_t->n++;
        res->n_rows++;
        if (code == 1) {
            at_t->correct++;
            all_ok++;
        } else if (code == 0) {
            at_t->incorrect++;
            all_bad++;
        } else {
            at_t->uncoded++;
            res->n_uncoded++;
        }
    }
    res->n_coded = all_ok + all_bad;
    res->precision = res->n_coded ? (double)all_ok / (double)res->n_coded : NAN;
    fsc__qsort(res->terms, res->n_terms, sizeof *res->terms, cmp_term);
    for (size_t i = 0; i < res->n_terms; i++) {
        fsc_audit_term *t = &res->terms[i];
        size_t k = t->correct + t->incorrect;
        t->precision = k ? (double)t->correct / (double)k : NAN;
        t->below = k && t->precision < threshold;
        res->n_below += (size_t)t->below;
    }
done:
    csvrec_clear(&r);
    free(r.f);
    fsc__buf_free(&b);
    fsc__strmap_free(&terms);
    if (st != FSC_OK) {
        fsc_audit_result_free(res);
        return st;
    }
    *out = res;
    return FSC_OK;
}
