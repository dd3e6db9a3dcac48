/*
 * validate.h - how well framescope agrees with human coders: per-category
 * precision, recall, F1, Cohen's kappa and Krippendorff's alpha against a
 * gold file (article-level presence), with seeded bootstrap CIs over
 * articles; and a per-term precision audit (sample matches in context for
 * coders, then read their coded CSV back).
 *
 * Agreement statistics come from stats.h (fsc_stats_prf, fsc_stats_kappa,
 * fsc_stats_kalpha_nominal); nothing here re-implements them.
 */
#ifndef FRAMESCOPE_VALIDATE_H
#define FRAMESCOPE_VALIDATE_H

#include "framescope.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_validate_opts {
    size_t bootstrap; /* resamples of the articles for the CIs (1000);
                         0 for no CIs */
    double level;     /* CI level (0.95) */
    uint64_t seed;    /* seed of the resampling (20240607) */
    /* Categories to evaluate ("lexicon:id"); NULL/0 for the default set
     * (see fsc_validate_result). Copied by fsc_validate_new(); a listed
     * category that nobody assigned still gets a row (all tn). */
    const char *const *categories;
    size_t n_categories;
} fsc_validate_opts;

void fsc_validate_opts_init(fsc_validate_opts *o);

/** One statistic with its percentile bootstrap CI. */
typedef struct fsc_vstat {
    double value;       /* NAN when undefined (see reason) */
    double lo, hi;      /* percentile CI over the resamples where the
                           statistic is defined; NAN when none is, or when
                           bootstrap == 0 */
    size_t boot_used;   /* resamples where the statistic was defined */
    const char *reason; /* static: why value (or, if value is defined, the
                           CI) is NAN; NULL when both are defined */
} fsc_vstat;

/** Agreement on one category (or the micro / macro average). */
typedef struct fsc_validate_row {
    const char *category;  /* "lexicon:id", "micro" or "macro" */
    size_t tp, fp, fn, tn; /* articles: framescope x coder (macro: sums) */
    fsc_vstat precision, recall, f1;
    fsc_vstat kappa; /* Cohen's kappa, presence (1) / absence (0) */
    fsc_vstat alpha; /* Krippendorff's alpha, nominal, two coders */
} fsc_validate_row;

/**
 * The result. Borrowed from the validate object (lifetime: until
 * fsc_validate_free()).
 *
 * Categories evaluated: opts.categories when given; else every category
 * of the gold file, plus every
 * category framescope found whose lexicon (the part before ':') appears in
 * the gold file; so attribution-layer categories are left out unless the
 * coders coded them. Sorted by name (bytes).
 *
 * Micro: counts summed over categories; precision, recall, F1 from the
 * sums, kappa and alpha over all (article, category) pairs pooled.
 * Macro: unweighted mean of the per-category values that are defined
 * (NAN with a reason when none is); its counts are the sums.
 * Both CIs come from the same resamples as the per-category CIs.
 */
typedef struct fsc_validate_result {
    fsc_validate_opts opts;
    size_t n_gold;   /* gold articles */
    size_t n_rows;   /* score rows read (scored or skipped) */
    size_t n_joined; /* articles in both, scored: the sample */
    size_t n_categories;
    const fsc_validate_row *rows; /* n_categories rows */
    fsc_validate_row micro, macro;
    /* Gold ids without a scored row (absent, or skipped by `score`), in
     * gold order; and scored ids absent from the gold file, in row order. */
    size_t n_missing_in_rows;
    const char *const *missing_in_rows;
    size_t n_missing_in_gold;
    const char *const *missing_in_gold;
    size_t n_unscored; /* rows with "status":"skipped" */
} fsc_validate_result;

/** Validation in progress. Thread-safety: one object per thread. */
typedef struct fsc_validate fsc_validate;

fsc_status fsc_validate_new(const fsc_validate_opts *opts, fsc_validate **out,
                            fsc_error *err);
void fsc_validate_free(fsc_validate *v); /* NULL is a no-op */

/**
 * Add a gold file's bytes: JSON Lines {"id": "...", "categories": [...]}
 * (the categories the coder found in the article; [] for none). `name`
 * names the source in errors. A line that is not such an object, or an id
 * seen before, fails with FSC_EPARSE (where = name, line set): a gold file
 * must be exact. Blank lines are ignored; data is not kept.
 */
fsc_status fsc_validate_add_gold(fsc_validate *v, const char *name,
                                 const char *data, size_t len, fsc_error *err);

/**
 * Add score rows (`framescope score` JSON Lines). "framescope"."categories"
 * lists the categories found (count > 0). A line that is not a score row,
 * or a duplicate id, fails with FSC_EPARSE (where, line). Rows with
 * "status":"skipped" are counted and never joined.
 */
fsc_status fsc_validate_add_rows(fsc_validate *v, const char *name,
                                 const char *data, size_t len, fsc_error *err);

/** Join on id and compute everything. Call once, after the last add. */
fsc_status fsc_validate_run(fsc_validate *v, fsc_error *err);

/** The result (NULL before fsc_validate_run()). Borrowed. */
const fsc_validate_result *fsc_validate_result_get(const fsc_validate *v);

typedef enum fsc_validate_format {
    FSC_VALIDATE_TABLE = 0, /* aligned text */
    FSC_VALIDATE_JSON,      /* one document, every figure, nulls + reasons */
    FSC_VALIDATE_CSV        /* one line per category x statistic */
} fsc_validate_format;

/** Render (reports/validate_render.c) into a new string *out (caller frees
 *  with fsc_free()). Undefined values: JSON null, empty CSV cell, "-". */
fsc_status fsc_validate_render(const fsc_validate_result *r,
                               fsc_validate_format fmt, char **out, size_t *len,
                               fsc_error *err);

/* ------------------------------------------------------------------ */
/* Per-term precision audit                                             */
/* ------------------------------------------------------------------ */

typedef struct fsc_audit_opts {
    size_t per_term; /* matches sampled per term (20) */
    uint64_t seed;   /* seed (20240607) */
    size_t context;  /* bytes of context each side (60), shortened so that
                        no UTF-8 sequence is cut */
} fsc_audit_opts;

void fsc_audit_opts_init(fsc_audit_opts *o);

/**
 * Sample framing matches for coders from score rows written with
 * `framescope score --keep-text` (the row's "text" gives the context;
 * attribution-layer matches are left out). For each term (the lexicon
 * entry, "term" of the match) at most per_term matches are drawn without
 * replacement (seeded; terms in byte order, one random stream), and
 * written in term order, then input order, as RFC 4180 CSV with header
 * `id,term,category,voice,left,match,right,correct`: category is the
 * match's categories joined by ';', left/right the KWIC context (control
 * characters shown as spaces), correct empty for the coder.
 *
 * A row with matches but no "text" fails with FSC_EINVAL (score with
 * --keep-text); a line that is not a score row, or offsets outside the
 * text, fail with FSC_EPARSE. *csv is the caller's (fsc_free()).
 */
fsc_status fsc_audit_sample(const char *name, const char *data, size_t len,
                            const fsc_audit_opts *opts, char **csv,
                            size_t *csv_len, size_t *n_sampled, fsc_error *err);

/** Precision of one term from the coded sample. */
typedef struct fsc_audit_term {
    const char *term;
    size_t n;         /* rows of the term */
    size_t correct;   /* coded correct */
    size_t incorrect; /* coded incorrect */
    size_t uncoded;   /* left empty */
    double precision; /* correct / (correct + incorrect); NAN when none
                         is coded */
    int below;        /* 1 when precision < threshold */
} fsc_audit_term;

typedef struct fsc_audit_result {
    double threshold;
    size_t n_rows, n_coded, n_uncoded;
    size_t n_terms;
    fsc_audit_term *terms; /* sorted by term (bytes) */
    double precision;      /* over all coded rows (NAN when none) */
    size_t n_below;        /* terms below the threshold */
} fsc_audit_result;

/**
 * Read a coded audit CSV (RFC 4180: quoted fields, "" escapes, embedded
 * newlines, CRLF or LF; a header naming at least `term` and `correct`).
 * correct: 1/0, y/n, yes/no, true/false (any case, spaces trimmed), or
 * empty for not coded. Anything else fails with FSC_EPARSE naming the line.
 * Ownership: free *out with fsc_audit_result_free().
 */
fsc_status fsc_audit_coded(const char *name, const char *data, size_t len,
                           double threshold, fsc_audit_result **out,
                           fsc_error *err);
void fsc_audit_result_free(fsc_audit_result *r); /* NULL is a no-op */

/** Render an audit result (table, JSON or CSV); caller frees *out. */
fsc_status fsc_audit_render(const fsc_audit_result *r, fsc_validate_format fmt,
                            char **out, size_t *len, fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
