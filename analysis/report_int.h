/*
 * report_int.h - the computed report as the renderers read it (internal).
 *
 * analysis/report.c fills a struct fsc_report; reports/report_render.c
 * (HTML, Markdown) and reports/report_json.c read it. Everything here is
 * owned by the report and valid until fsc_report_free().
 */
#ifndef FSC_REPORT_INT_H
#define FSC_REPORT_INT_H

#include "buf.h"
#include "framescope/report.h"
#include "sha256.h"
#include "strmap.h"

#include <stddef.h>
#include <stdint.h>

/* Comparisons by voice. Voice rates are per 1,000 tokens of the whole
 * article, so the three voices add up to "all". */
enum {
    FSC__RV_ALL,
    FSC__RV_AUTHORIAL,
    FSC__RV_ATTRIBUTED,
    FSC__RV_QUOTED,
    FSC__RV_N
};
/* Attribution-profile measures. */
enum {
    FSC__RP_SHARE_ATTRIBUTED,
    FSC__RP_SHARE_QUOTED,
    FSC__RP_ANONYMOUS,
    FSC__RP_DIVERSITY,
    FSC__RP_SOURCES,
    FSC__RP_N
};

/* Static names: "all", "authorial", ...; measures "share_attributed", ... */
extern const fsc_compare_voice fsc__rep_voice[FSC__RV_N];
extern const fsc_measure fsc__rep_measure[FSC__RP_N];

/* One of the articles with the highest rate of a category. */
typedef struct fsc__rep_top {
    char *id, *outlet, *date, *title, *lang; /* NULL when absent */
    double count, tokens, rate;              /* rate per 1,000 tokens */
    uint64_t seq;                            /* position in the input */
    long view;                               /* index into views, or -1 */
} fsc__rep_top;

/* A pair of groups that differ on a category (adjusted p < alpha). */
typedef struct fsc__rep_finding {
    int voice;                    /* FSC__RV_* */
    const fsc_compare_pair *pair; /* in cmp[voice]'s result */
    double diff_lo, diff_hi;      /* Welch CI of the mean difference */
    double effect;                /* of a vs b, by the primary test: Cliff's
                                     delta or Hedges' g */
    double p_adj;                 /* the primary test's adjusted p */
} fsc__rep_finding;

typedef struct fsc__rep_view {
    char *id;
    char *html; /* an fsc_show_render_html fragment; NULL until added */
    size_t len;
} fsc__rep_view;

typedef struct fsc__rep_input {
    char *name, *kind, *sha256;
    uint64_t bytes;
} fsc__rep_input;

typedef struct fsc__rep_count {
    const char *name; /* borrowed from a map */
    size_t n;
} fsc__rep_count;

/* Per group (in cmp[ALL]'s sorted order), attribution totals of the used
 * rows that carry a profile. */
typedef struct fsc__rep_attr {
    size_t rows;       /* rows with a profile */
    size_t with_match; /* rows with a framing match */
    double attributions, anonymous, unresolved;
    double *by_side;             /* attributions by side (own side index;
                                    n_sides entries after run) */
    double *by_type;             /* by source type, likewise */
    size_t n_by_side, n_by_type; /* entries allocated */
} fsc__rep_attr;

struct fsc_report {
    fsc_report_opts o;
    char *title, *by, *from, *to, *command, *timestamp; /* copies */
    char **where;
    const fsc_model *m;
    const char **framing; /* the model's framing categories (those of
                             opts.categories when restricted) */
    size_t n_framing;
    int restricted; /* opts.categories was given */

    fsc_compare *cmp[FSC__RV_N]; /* cmp[ALL] computes every voice; the
                                    others are unused (NULL) */
    fsc_compare *prof[FSC__RP_N];
    fsc_compare *series; /* opts.period > 0 */
    /* prof[p] / series read their rows through cmp[ALL] (one scan of
     * each row for all comparisons): they are not fed themselves. */
    int prof_follows[FSC__RP_N], series_follows;

    /* Streaming. */
    fsc_buf stage;          /* bytes waiting to be fanned out */
    char *src;              /* name of the current source */
    fsc__sha256_ctx digest; /* of the current source's bytes */
    uint64_t digest_bytes;
    fsc_buf line;                   /* partial line of the own pass */
    uint64_t seq;                   /* lines seen by the own pass */
    int own_slow;                   /* 1: the own pass parses every row with
                                       cJSON (tests compare both ways) */
    fsc_arena own_arena;            /* the own pass's strings of one row */
    int own_oom;                    /* out of memory decoding them */
    struct fsc__own_view *own_view; /* the own pass's scan of a row */
    int ran;

    /* Own pass accumulators. */
    fsc__strmap langs; /* lang -> index into lang_n */
    size_t *lang_n;
    size_t lang_cap;
    char date_min[11], date_max[11];
    size_t rows_dated, rows_seen;
    fsc__strmap groups;       /* group -> own index */
    fsc__strmap sides, types; /* names -> index */
    fsc__rep_attr *gattr;     /* by own group index */
    size_t gattr_cap;
    fsc__strmap cats;   /* category -> own index */
    fsc__rep_top **top; /* per own category: a min-heap */
    size_t *n_top;
    signed char *cat_framing; /* per own category: 1 framing, 0 not,
                                 -1 not yet known */
    size_t top_cap;

    /* Results (after run). */
    const fsc_compare_result *res[FSC__RV_N]; /* NULL: voice not in rows */
    fsc_compare_result vres[FSC__RV_N]; /* the voices' views of cmp[ALL] */
    const fsc_compare_result *pres[FSC__RP_N];
    const fsc_compare_result *sres;
    size_t n_langs;
    fsc__rep_count *lang_list; /* most frequent first */
    size_t n_groups;           /* == res[ALL]->n_groups */
    fsc__rep_attr *attr;       /* [n_groups], pointers into gattr */
    size_t n_sides, n_types;
    const char **side_names, **type_names; /* sorted by total, then name */
    size_t *side_order, *type_order;       /* display -> own index */
    /* Top articles per category of res[ALL] (sorted by rate desc). */
    fsc__rep_top **top_by_cat;
    size_t *n_top_by_cat;
    fsc__rep_finding *find;
    size_t n_find, n_find_total;
    fsc__rep_view *views;
    size_t n_views;
    fsc__strmap view_ids; /* id -> index into views */
    char *views_source;
    fsc__rep_input *inputs;
    size_t n_inputs;
    int period; /* resolved: 0 none, 1 day, 2 week, 3 month */
};

/* Label of a category "lexicon:id" from the model (or the id part). */
const char *fsc__rep_cat_label(const fsc_report *r, const char *name);

/* Tests: 1 makes the own pass parse every row with cJSON, as it does
 * without its scanner; 0 (the default) scans rows first. */
void fsc__report_own_slow(fsc_report *r, int slow);

/* report_own.c: the own pass over the rows, in order (LINE_CAP: the longest
 * row it reads; longer ones are counted and skipped). */
#define LINE_CAP ((size_t)256 << 20)
fsc_status fsc__report_own_feed(fsc_report *r, const char *data, size_t len);
fsc_status fsc__report_own_end(fsc_report *r);
/* Grow a per-group array to n entries, zeroing the new ones. */
fsc_status fsc__rep_slots(double **arr, size_t *have, size_t n);
/* Order of the top articles: rate, count, then the earlier row. */
int fsc__rep_top_less(const fsc__rep_top *a, const fsc__rep_top *b);
void fsc__rep_top_free(fsc__rep_top *t);

#endif
