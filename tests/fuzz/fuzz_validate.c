/*
 * fuzz_validate.c - libFuzzer target for validate's readers and renderers:
 * gold JSON Lines, score rows, the audit draw (rows with and without text,
 * and the corpus join through an in-memory reader is not reachable here:
 * rows carry their text), the audit's join to the scored corpus (rows |
 * corpus, the corpus written to a temporary .jsonl file), the coded-audit
 * CSV, and the date parser.
 *
 * The first byte chooses the reader (250 and up: the corpus join, else its
 * value modulo 5); the rest is split at the first 0xFF byte into two inputs
 * where two are needed (gold | rows, rows | corpus). Checks: no crash
 * or leak; every rendered output (table, JSON, CSV) is valid UTF-8; every
 * JSON output parses; every audit CSV is valid UTF-8.
 */
#define _DEFAULT_SOURCE /* mkstemps */
#include "dates.h"
#include "framescope/validate.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_text(const char *s, size_t n, int json)
{
    if (!s)
        abort();
    if (!fsc__utf8_valid(s, n, NULL, NULL, NULL))
        abort(); /* an output that is not UTF-8 */
    if (json) {
        cJSON *j = cJSON_ParseWithLength(s, n);
        if (!j)
            abort(); /* JSON output that does not parse */
        cJSON_Delete(j);
    }
}

static void validate(const char *a, size_t na, const char *b, size_t nb)
{
    fsc_validate_opts o;
    fsc_validate_opts_init(&o);
    o.bootstrap = 20;
    fsc_validate *v = NULL;
    if (fsc_validate_new(&o, &v, NULL) != FSC_OK)
        return;
    if (fsc_validate_add_gold(v, "gold", a, na, NULL) == FSC_OK &&
        fsc_validate_add_rows(v, "rows", b, nb, NULL) == FSC_OK &&
        fsc_validate_run(v, NULL) == FSC_OK) {
        const fsc_validate_result *r = fsc_validate_result_get(v);
        for (int f = FSC_VALIDATE_TABLE; f <= FSC_VALIDATE_CSV; f++) {
            char *out = NULL;
            size_t len = 0;
            if (fsc_validate_render(r, (fsc_validate_format)f, &out, &len,
                                    NULL) == FSC_OK)
                check_text(out, len, f == FSC_VALIDATE_JSON);
            free(out);
        }
    }
    fsc_validate_free(v);
}

static void audit_draw(const char *s, size_t n)
{
    fsc_audit_opts o;
    fsc_audit_opts_init(&o);
    o.per_term = 3;
    o.context = 12;
    fsc_audit_sampled *sm = NULL;
    if (fsc_audit_draw("rows", s, n, &o, &sm, NULL) == FSC_OK) {
        check_text(sm->csv, sm->csv_len, 0);
        if (sm->n_written + sm->n_dropped != sm->n_sampled)
            abort(); /* a drawn match unaccounted for */
        /* The sample reads back as a coded file (nothing coded yet). */
        fsc_audit_result *r = NULL;
        if (fsc_audit_coded("sample", sm->csv, sm->csv_len, 0.8, &r, NULL) ==
            FSC_OK) {
            if (r->n_rows != sm->n_written || r->n_coded != 0)
                abort();
            fsc_audit_result_free(r);
        }
    }
    fsc_audit_sampled_free(sm);
}

/* The audit draw joined to a corpus file: contexts cut from the corpus. */
static void audit_join(const char *rows, size_t nr, const char *corpus,
                       size_t nc)
{
    char path[] = "/tmp/fsc-fuzz-corpus-XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    if (fd < 0)
        return;
    if (nc && write(fd, corpus, nc) != (ssize_t)nc) {
        close(fd);
        unlink(path);
        return;
    }
    close(fd);
    const char *paths[1] = { path };
    fsc_audit_opts o;
    fsc_audit_opts_init(&o);
    o.per_term = 3;
    o.context = 12;
    o.corpus = paths;
    o.n_corpus = 1;
    fsc_audit_sampled *sm = NULL;
    if (fsc_audit_draw("rows", rows, nr, &o, &sm, NULL) == FSC_OK) {
        check_text(sm->csv, sm->csv_len, 0);
        if (sm->n_written + sm->n_dropped != sm->n_sampled ||
            sm->n_from_corpus > sm->n_written)
            abort();
        for (size_t i = 0; i < sm->n_dropped; i++)
            if (!fsc__utf8_valid(sm->dropped[i].reason,
                                 strlen(sm->dropped[i].reason), NULL, NULL,
                                 NULL))
                abort(); /* a reason that is not UTF-8 */
    }
    fsc_audit_sampled_free(sm);
    unlink(path);
}

static void audit_coded(const char *s, size_t n)
{
    fsc_audit_result *r = NULL;
    if (fsc_audit_coded("coded", s, n, 0.8, &r, NULL) != FSC_OK)
        return;
    if (r->n_coded + r->n_uncoded != r->n_rows)
        abort();
    for (int f = FSC_VALIDATE_TABLE; f <= FSC_VALIDATE_CSV; f++) {
        char *out = NULL;
        size_t len = 0;
        if (fsc_audit_render(r, (fsc_validate_format)f, &out, &len, NULL) ==
            FSC_OK)
            check_text(out, len, f == FSC_VALIDATE_JSON);
        free(out);
    }
    fsc_audit_result_free(r);
}

static void dates(const char *s, size_t n)
{
    char buf[64];
    size_t k = n < sizeof buf - 1 ? n : sizeof buf - 1;
    memcpy(buf, s, k);
    buf[k] = '\0';
    long y = 0, m = 0, d = 0;
    if (fsc__parse_date(buf, &y, &m, &d)) {
        if (m < 1 || m > 12 || d < 1 || d > 31)
            abort(); /* accepted an impossible date */
        long y2, m2, d2;
        fsc__civil_from_days(fsc__days_from_civil(y, m, d), &y2, &m2, &d2);
        if (y2 != y || m2 != m || d2 != d)
            abort(); /* day numbers do not round-trip */
        char w[32];
        fsc__iso_week(y, m, d, w);
        if (!fsc__utf8_valid(w, strlen(w), NULL, NULL, NULL) || !strchr(w, 'W'))
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    /* Exact-size copies, so that an over-read is caught by ASan. */
    size_t n = size - 1;
    char *in = malloc(n ? n : 1);
    if (!in)
        return 0;
    memcpy(in, data + 1, n);
    const char *cut = memchr(in, 0xFF, n);
    size_t na = cut ? (size_t)(cut - in) : n;
    if (data[0] >= 250) {
        size_t nb = cut ? n - na - 1 : 0;
        audit_join(in, na, cut ? cut + 1 : in, nb);
        free(in);
        return 0;
    }
    switch (data[0] % 5) {
    case 0: {
        char *b = malloc(n - na ? n - na : 1);
        if (b) {
            size_t nb = cut ? n - na - 1 : 0;
            memcpy(b, cut ? cut + 1 : in, nb);
            validate(in, na, b, nb);
            free(b);
        }
        break;
    }
    case 1:
        audit_draw(in, n);
        break;
    case 2:
        audit_coded(in, n);
        break;
    case 3:
        dates(in, n);
        break;
    default:
        validate(in, n, in, n); /* the same lines as gold and rows */
        break;
    }
    free(in);
    return 0;
}
