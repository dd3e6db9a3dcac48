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

#include "corpus.h"
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
    /* The corpus that was scored, for rows scored without --keep-text:
     * files or directories read as `framescope score` reads them
     * (fsc_reader_open() with `reader`); NULL/0 for none. Borrowed. */
    const char *const *corpus;
    size_t n_corpus;
    fsc_reader_opts reader; /* fsc_reader_opts_init() defaults */
} fsc_audit_opts;

void fsc_audit_opts_init(fsc_audit_opts *o);

/** A sampled match left out of the audit CSV, and why. */
typedef struct fsc_audit_drop {
    const char *id;     /* the row's id */
    const char *term;   /* the match's term */
    size_t start, end;  /* the match's byte span */
    const char *reason; /* one sentence, no newline */
} fsc_audit_drop;

/** A corpus record whose id was seen before (the first one is used). */
typedef struct fsc_audit_dup {
    const char *id;
    const char *first; /* "SOURCE:LINE" of the record used */
    const char *again; /* "SOURCE:LINE" of this one, ignored */
} fsc_audit_dup;

/** The audit sample: the CSV and the accounting of every sampled match. */
typedef struct fsc_audit_sampled {
    char *csv; /* the CSV (see fsc_audit_draw()); owned by this object */
    size_t csv_len;
    size_t n_sampled;     /* matches drawn */
    size_t n_written;     /* lines in the CSV: n_sampled - n_dropped */
    size_t n_from_corpus; /* of those, contexts cut from the corpus */
    size_t n_dropped;     /* drawn but left out, in the CSV's order */
    const fsc_audit_drop *dropped;
    size_t n_duplicates; /* duplicate corpus ids among those the sample
                            needs, in corpus order */
    const fsc_audit_dup *duplicates;
} fsc_audit_sampled;

/**
 * Sample framing matches for coders from score rows (attribution-layer
 * matches are left out). For each term (the lexicon entry, "term" of the
 * match) at most per_term matches are drawn without replacement (seeded;
 * terms in byte order, one random stream), and written in term order, then
 * input order, as RFC 4180 CSV with header
 * `id,term,category,voice,left,match,right,correct`: category is the
 * match's categories joined by ';', left/right the KWIC context (control
 * characters shown as spaces), correct empty for the coder. Text cells are
 * guarded against formula injection: one that begins with = + - @ TAB or CR
 * (after any apostrophes) gets a leading apostrophe, which
 * fsc_audit_coded() removes again.
 *
 * The context comes from the row's "text" (`score --keep-text`) when it has
 * one. Otherwise opts->corpus is read once, after the draw, and only the
 * contexts of the drawn matches are kept (memory: the rows plus the sample,
 * whatever the size of the corpus); records are joined to rows by id
 * (fsc_record_field(rec, "id"); the first record with an id wins, later
 * ones are listed in duplicates). Both ways cut the context with the same
 * code, so the CSVs are byte-identical. A drawn match is dropped (listed in
 * dropped, not in the CSV) when its id is not in the corpus, its record was
 * skipped, the text is shorter than the match's span, the bytes at the span
 * differ from the match's "surface" (not the corpus that was scored), or
 * the span is not on character boundaries.
 *
 * Fails with FSC_EINVAL when a row has matches, no "text" and no corpus was
 * given; FSC_EPARSE for a line that is not a score row, a match without
 * term, offsets or (with the corpus) surface, or offsets outside the row's
 * own text; FSC_EIO when the corpus cannot be read (where = the file).
 * Ownership: free *out with fsc_audit_sampled_free().
 */
fsc_status fsc_audit_draw(const char *name, const char *data, size_t len,
                          const fsc_audit_opts *opts, fsc_audit_sampled **out,
                          fsc_error *err);
void fsc_audit_sampled_free(fsc_audit_sampled *s); /* NULL is a no-op */

/**
 * fsc_audit_draw() returning only the CSV (*csv is the caller's,
 * fsc_free()) and the number of lines in it. Fails with FSC_EINVAL when a
 * drawn match had to be dropped (use fsc_audit_draw() for the list).
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
 * The formula-injection guard of fsc_audit_draw() is undone: a term that
 * is an apostrophe followed by apostrophes and one of = + - @ TAB CR loses
 * that one apostrophe (so "'-ism" is read as "-ism").
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
