/*
 * report.h - a research report from score rows: who frames how, with what
 * certainty, and how it was computed.
 *
 * A report streams score rows (`framescope score` JSON Lines) once and
 * computes, by group (outlet by default):
 *   - the records accounting (read, used, skipped, filtered, invalid, with
 *     reasons), languages, dates;
 *   - descriptives with bootstrap CIs per category for the whole article
 *     and for each voice (authorial, attributed, quoted), every pairwise
 *     test with Benjamini-Hochberg, Kruskal-Wallis (fsc_compare);
 *   - Fightin' Words keyness of lexicon terms per pair of groups;
 *   - contested-term preferences for the lexicons' contrast pairs;
 *   - the attribution profile (shares of attributed and quoted text,
 *     anonymous-source rate, side diversity, sources; totals of
 *     attributions by side and by source type);
 *   - framing over time (mean rate per period with CIs);
 *   - the articles with the highest rate per category, and, for at most
 *     opts.max_views of them, an embedded highlighted article view.
 * and renders it as one standalone HTML page, Markdown (with the charts as
 * SVG files beside it) or JSON with every figure.
 *
 * Determinism: the same rows and options give byte-identical output at any
 * thread count; the only clock reading is opts.timestamp, given by the
 * caller.
 */
#ifndef FRAMESCOPE_REPORT_H
#define FRAMESCOPE_REPORT_H

#include "analyzer.h"
#include "compare.h"
#include "corpus.h"
#include "framescope.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_report_opts {
    const char *title;        /* report title (default "framescope report") */
    const char *by;           /* grouping as fsc_compare_opts.by ("outlet") */
    const char *const *where; /* filters as fsc_compare_opts */
    size_t n_where;
    const char *from, *to;
    /* Framing categories to report ("lexicon:id" or a bare id), NULL/0
     * for every framing category of the model; FSC_EINVAL at
     * fsc_report_new() for one the model does not have. Borrowed until
     * fsc_report_new() returns. */
    const char *const *categories;
    size_t n_categories;
    size_t bootstrap;         /* resamples for CIs (2000) */
    double level;             /* CI level (0.95) */
    uint64_t seed;            /* base seed (20240607) */
    double alpha;             /* adjusted-p threshold for findings (0.05) */
    unsigned threads;         /* threads for the statistics (1) */
    int period;               /* time series: FSC_PERIOD_NONE, _DAY,
                                 _WEEK (default) or _MONTH (compare.h) */
    size_t keyness_top;       /* terms per pair of groups (10) */
    fsc_prior prior;          /* keyness prior (FSC_PRIOR_POOLED) */
    double prior_a0;          /* keyness prior mass (500) */
    size_t max_pairs;         /* pairs of groups shown with keyness (12) */
    int test;                 /* fsc_primary_test of the differences in
                                 words (FSC_TEST_MW), as in compare */
    double min_effect;        /* NAN: the test's default (compare.h) */
    size_t min_group;         /* (30) */
    size_t max_findings;      /* differences listed in plain words (30) */
    size_t top_articles;      /* articles listed per category (5) */
    size_t top_min_tokens;    /* shortest article listed there (100
                                 tokens): a 20-token stub with one match
                                 would top any list at rate 50 */
    size_t max_views;         /* embedded article views (20) */
    const char *command;      /* command line, recorded in the methods */
    const char *timestamp;    /* recorded when non-NULL; never read from
                                 the clock by the library */
} fsc_report_opts;

void fsc_report_opts_init(fsc_report_opts *o);

typedef struct fsc_report fsc_report;

/**
 * New report. `m` (may be NULL) supplies the categories that are compared
 * even with no match, their labels, the contrast pairs and the lexicons'
 * names, versions and SHA-256 for the methods; it must outlive the report.
 * Strings in opts are copied.
 */
fsc_status fsc_report_new(const fsc_model *m, const fsc_report_opts *opts,
                          fsc_report **out, fsc_error *err);
void fsc_report_free(fsc_report *r); /* NULL is a no-op */

/** Record an input (path or "-", its size in bytes and SHA-256 hex) for
 *  the methods block; `kind` is "score rows" or "corpus". */
fsc_status fsc_report_add_input(fsc_report *r, const char *name,
                                const char *kind, uint64_t bytes,
                                const char *sha256_hex, fsc_error *err);

/** Feed score rows (JSON Lines), chunks of any size; fsc_report_end()
 *  after the last chunk of each source. */
fsc_status fsc_report_feed(fsc_report *r, const char *name, const char *data,
                           size_t len, fsc_error *err);
fsc_status fsc_report_end(fsc_report *r, fsc_error *err);

/** Compute every figure. Call once, after the last fsc_report_end(). */
fsc_status fsc_report_run(fsc_report *r, fsc_error *err);

/**
 * Article views, after fsc_report_run(): the report lists wanted articles
 * (top articles, deduplicated, at most opts.max_views) by "id". A host
 * that has the texts reads its corpus, and for each record with
 * fsc_report_wants(r, id) analyses it and hands it over; the view is
 * rendered (HTML-escaped, as fsc_show_render_html) and kept.
 */
int fsc_report_wants(const fsc_report *r, const char *id);
fsc_status fsc_report_add_view(fsc_report *r, const fsc_model *m,
                               const fsc_record *rec, const fsc_result *res,
                               fsc_error *err);
/** Where the texts came from ("the scored corpus", "--corpus PATH"), or
 *  NULL (then the report says how to show an article). Copied. */
fsc_status fsc_report_set_views_source(fsc_report *r, const char *what,
                                       fsc_error *err);

/** The comparison of the whole article (NULL before run). Borrowed. */
const fsc_compare_result *fsc_report_compare(const fsc_report *r);

typedef enum fsc_report_format {
    FSC_REPORT_HTML = 0, /* one standalone page: inline CSS and SVG */
    FSC_REPORT_MD,       /* Markdown; charts as SVG files */
    FSC_REPORT_JSON      /* one document with every figure */
} fsc_report_format;

/** A file written beside the report (Markdown's SVG charts). */
typedef struct fsc_report_file {
    char *name; /* relative path, "<charts_dir>/NN-name.svg" */
    char *data;
    size_t len;
} fsc_report_file;

/**
 * Render the report into *out (free with fsc_free()). For Markdown,
 * charts_dir names the directory (relative to the report) the SVG files
 * go to, and *files / *n_files receive them (free with
 * fsc_report_files_free()); files may be NULL for the other formats.
 */
fsc_status fsc_report_render(const fsc_report *r, fsc_report_format fmt,
                             const char *charts_dir, char **out, size_t *len,
                             fsc_report_file **files, size_t *n_files,
                             fsc_error *err);
void fsc_report_files_free(fsc_report_file *files, size_t n);

#ifdef __cplusplus
}
#endif
#endif
