/*
 * compare_int.h - what the compare files share (not installed): the state of
 * a compare (struct fsc_compare) and the helpers one stage calls in another.
 * Stages: state.c, rows.c, jsonl.c, csv.c, feed.c (reading), statistics.c,
 * keyness.c, contrast.c, run.c (the run), options.c (names, findings).
 */
#ifndef FSC_COMPARE_INT_H
#define FSC_COMPARE_INT_H

#include "framescope/compare.h"

#include "buf.h"
#include "dates.h"
#include "format.h"
#include "internal.h"
#include "stats_int.h"
#include "strmap.h"
#include "utf8.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NEEDED 16       /* distinct fields --by/--where/--from use */
#define MAX_REASONS 64      /* distinct skipped/filtered reasons kept */
#define MAX_INVALID_KEPT 20 /* invalid-line messages kept verbatim */
#define MAX_SCOPES 32       /* scoped lexicons counted per group */
#define FAST_MIN 2048       /* pooled size from which the merge paths run */
#define LINE_CAP ((size_t)256 << 20)

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

typedef enum { SRC_NONE, SRC_JSONL, SRC_CSV } src_kind;

#define MAX_UFIELDS 32 /* distinct fields the followers of a compare read */

typedef struct fsc__span { /* bytes [s, e) of a value in the row; n times */
    const char *s, *e;
    int n;
} fsc__span;

typedef struct where_f {
    size_t field; /* index into needed[] */
    char *value;
} where_f;

typedef struct reasons {
    fsc__strmap map;           /* reason -> index */
    size_t *count;             /* per distinct reason */
    size_t n, other;           /* distinct kept; rows beyond MAX_REASONS */
    fsc_compare_reason *out;   /* sorted view for the result */
} reasons;

typedef struct catcol {
    void *v; /* float (or double for the weighted measure) per row */
} catcol;

typedef struct pend_cat { /* one category of the row being read */
    uint32_t cat;
    double count, weighted;
    double vc[3]; /* authorial, quoted, attributed counts (NAN if none) */
} pend_cat;

typedef struct gterms { /* term occurrences of one group (keyness) */
    double *n;          /* per term id; terms beyond len are 0 */
    size_t len;
} gterms;

struct fsc_compare {
    fsc_compare_opts o;
    char *by_field;             /* field read for grouping */
    int by_date;                /* 0 field, 1 week, 2 month */
    char *needed[MAX_NEEDED];   /* fields to capture from rows */
    size_t n_needed, by_idx, date_idx; /* date_idx = SIZE_MAX when unused */
    where_f *where;
    size_t n_where;
    char from[11], to[11];
    int restricted;             /* opts.categories given */
    char *lexset;               /* first row's "lexicon_set" (raw JSON) */
    size_t lexset_len;
    long lexset_line;           /* its line */
    char *attr_lex[32];         /* names of its attribution-layer lexicons */
    size_t n_attr_lex;
    int lexset_known;           /* lexset parsed (attr_lex valid) */
    int lexset_mixed;           /* a row with another set was met */
    long cur_line;              /* line of the JSON row being read */
    char **cat_list;            /* copies of opts.categories */
    char *side;                 /* copy of opts.side */
    int profile;                /* a profile measure: one pseudo-category */
    uint32_t pseudo;            /* its category id */

    /* Rows. */
    size_t n_rows, row_cap;
    uint32_t *row_group, *row_tokens;
    size_t esz;                 /* 4 (float) or 8 (double) */
    fsc__strmap cats, groups;
    /* Voices compared (opts.voices, else opts.voice): vlist[0..nv). */
    size_t nv;
    fsc_compare_voice vlist[4];
    int need_vc;                /* some voice other than all: read "voice" */
    catcol *vcols[4];           /* per voice index, per category */
    size_t cols_cap;
    uint8_t *row_vmask;         /* bit vi: voice vi uses the row (nv > 1) */
    uint32_t *row_vtok[4];      /* voice_rate denominators of voice vi >= 1
                                   (nv > 1); vi 0 uses row_tokens */
    uint32_t *row_period;       /* period id per row (opts.period), else NULL */
    /* Lexicon scopes (score rows' "scope"): names interned in `scopes`
     * (at most MAX_SCOPES); per row, bit s of row_sc_has says the row
     * states scope s, of row_sc_in that it is in it. */
    fsc__strmap scopes;
    uint32_t *row_sc_has, *row_sc_in;
    uint32_t sc_has, sc_in;     /* of the row being read */
    const char **snames;        /* sorted scope names (result) */
    size_t *sc_rows, *sc_rows_in; /* [group * n_scopes + s] (result) */
    fsc__strmap periods;        /* period key -> id */
    /* Contested-term pairs: ctr[2k] < ctr[2k + 1] by bytes. */
    char **ctr;
    size_t n_ctr;
    /* Weighted measure only: match counts of the contrast categories
     * beside the weights, per category id (NULL when not kept). */
    float **raw;
    size_t raw_cap;

    /* Accounting. */
    size_t read, skipped, filtered, invalid;
    reasons skip_r, filt_r;
    char *invalid_msgs[MAX_INVALID_KEPT];
    size_t n_invalid_msgs;

    /* Streaming. */
    char *src_name;
    src_kind kind;
    long line;                  /* lines consumed in this source */
    long rec_line;              /* first line of the pending record */
    int first_row_seen;
    fsc_buf part;               /* partial record across chunks */
    size_t part_ls;             /* start of the last line in part */
    int csv_inq;                /* partial CSV record inside quotes */
    /* Row scratch. */
    fsc_buf fbuf;               /* captured field values */
    long foff[MAX_NEEDED];      /* offset in fbuf or -1 */
    long fs_lang;               /* framescope.lang offset or -1 */
    pend_cat *pc;
    size_t n_pc, pc_cap;
    uint32_t *hint;             /* category at position k of last row */
    size_t hint_cap;
    uint32_t cat_cache[64];     /* category id + 1 by cat_slot(); 0: none */
    int has_voice;              /* the row has per-voice counts */
    int has_vtok;               /* the row has "voice_tokens" */
    double vtok[3];             /* authorial, quoted, attributed tokens */
    unsigned novoice;           /* bit k: a category lacks voice k + 1 */
    int has_profile;            /* the row has "profile" */
    double prof;                /* the profile measure's value, NAN if null */
    int has_matches;            /* the row has "matches" */
    uint32_t *pt;               /* term ids of the row's framing matches */
    size_t n_pt, pt_cap;
    fsc_buf tbuf;               /* term of the match being read */
    /* Keyness accumulators, by group id (insertion order). */
    fsc__strmap terms;          /* term -> id */
    gterms *gt;
    double *gtok;               /* tokens of the rows with matches */
    size_t *gkrows;             /* rows with matches */
    size_t g_cap;
    size_t krows, krows_without;
    /* CSV. */
    int csv_col[16];            /* column of id,status,reason,tokens,category,
                                   count,weighted, then needed[] */
    int csv_ncols;
    int csv_have_header;
    fsc_buf csv_id;             /* id of the pending article */
    int csv_pending;
    int csv_skipped;
    double csv_tokens;
    int csv_has_tokens;
    fsc_buf csv_reason;
    fsc_buf csv_rec, csv_fields; /* decoded fields, NUL-separated */
    size_t *csv_off;
    size_t csv_off_cap;

    /* Followers (fsc__compare_follow): compares that take the JSON rows
     * this one reads, so that a row is scanned once for all of them. On
     * the leader: the followers, the fields any of them captures (uf) and
     * where the values they read lie in the row being read (spans into the
     * caller's line, valid during fsc__compare_jsonl_line()). */
    fsc_compare *fol[8];
    size_t n_fol;
    char *uf[MAX_UFIELDS];
    size_t n_uf;
    fsc__span ufs[MAX_UFIELDS];
    fsc__span sp_reason, sp_lang, sp_scope, sp_lexset, sp_profile;
    int sp_cats;                     /* "categories" met in this row */
    int sp_odd;                      /* a span met twice, or lexicon_set after
                                        categories: followers read the row
                                        themselves */
    int row_skipped, row_has_tokens; /* of the row read */
    double row_tok;
    /* On a follower: its leader, the leader's field index of each of its
     * needed[], and the leader's category ids translated (id + 1; 0 when
     * not looked up yet). */
    fsc_compare *lead;
    size_t fu[MAX_NEEDED];
    uint32_t *xl;
    size_t xl_cap;

    /* Results. */
    int ran;
    fsc_compare_result res;
    const char **gnames, **cnames;
    size_t *gsize;
    fsc_compare_cell *cells;
    fsc_compare_pair *pairs;
    fsc_compare_kw *kw;
    fsc_compare_reason *inv_out;
    fsc_compare_keyness *kres;
    fsc_compare_term *kterms;
    const char **pnames;
    fsc_compare_cell *series;
    fsc_compare_contrast *contrasts;
};

typedef struct js {
    const char *p, *end;
    const char *err; /* first error, static text */
} js;

/* The first byte of q[0..end) that is '"' or '\\' (or, with ctl, below
 * 0x20), else end: eight bytes at a time (a zero-byte test per kind of
 * byte; the lowest flagged byte is always a true match). */
static inline const char *fsc__str_stop(const char *q, const char *end, int ctl)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    while (end - q >= 8) {
        uint64_t w, a, b;
        memcpy(&w, q, 8);
        a = w ^ (ones * '"');
        b = w ^ (ones * '\\');
        uint64_t t = ((a - ones) & ~a) | ((b - ones) & ~b);
        if (ctl)
            t |= (w - ones * 0x20) & ~w;
        t &= high;
        if (t)
            return q + (__builtin_ctzll(t) >> 3);
        q += 8;
    }
    while (q < end && *q != '"' && *q != '\\' &&
           (!ctl || (unsigned char)*q >= 0x20))
        q++;
    return q;
}

static inline uint64_t mix64(uint64_t z)
{
    z += 0x9E3779B97F4A7C15u;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static inline uint64_t name_hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static inline int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static inline int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static inline double col_get(const fsc_compare *c, size_t vi, size_t cat,
                             size_t row)
{
    if (c->esz == sizeof(double))
        return ((const double *)c->vcols[vi][cat].v)[row];
    return (double)((const float *)c->vcols[vi][cat].v)[row];
}

/* Voice vi uses row r. */
static inline int row_in(const fsc_compare *c, size_t vi, size_t r)
{
    return !c->row_vmask || (((unsigned)c->row_vmask[r] >> vi) & 1u);
}

/* The rows of one voice: sizes and offsets per (sorted) group of the run;
 * with one voice every group has articles and gl is the identity. */
typedef struct vview {
    size_t n_rows; /* rows the voice uses */
    size_t *gsize; /* per group: articles in the voice */
    size_t *goff;  /* start of each group in the category buffer */
    size_t *gl;    /* groups with articles in the voice, ascending */
    size_t G;      /* entries of gl */
} vview;

typedef struct work {
    fsc_compare *c;
    size_t *perm_g;   /* old group id -> sorted position */
    size_t *perm_c;   /* sorted category position -> old id */
    vview vv[4];      /* per voice index */
    size_t n_periods; /* series: periods (0 when opts.period is 0) */
    size_t *perm_p;   /* old period id -> sorted position */
    size_t *gpoff;    /* start of each (group, period) in the series buffer */
    size_t n_pairs_per_cat;
    pthread_mutex_t mu;
    size_t next;      /* next (voice, category) task to do */
    fsc_status st;
    fsc_error err;
} work;

/* Shared between the stages (see each definition). */
/* state.c */
fsc_status fsc__compare_reasons_add(reasons *r, const char *s, size_t len);
fsc_status fsc__compare_reasons_finish(reasons *r);
/* rows.c */
int fsc__compare_cat_allowed(const fsc_compare *c, const char *s, size_t len);
fsc_status fsc__compare_cat_intern(fsc_compare *c, const char *s, size_t len,
                                   int create, uint32_t *out);
fsc_status fsc__compare_add_pending_cat(fsc_compare *c, uint32_t cat,
                                        double count, double weighted,
                                        const double *vc);
fsc_status fsc__compare_commit_row(fsc_compare *c, int skipped,
                                   const char *reason, double tokens,
                                   int has_tokens);
fsc_status fsc__compare_invalid_row(fsc_compare *c, long line,
                                    const char *msg);
/* jsonl.c */
int fsc__compare_js_number(js *j, double *out, const char **start,
                           size_t *len);
int fsc__compare_note_scope(fsc_compare *c, const char *name, size_t len,
                            int in);
fsc_status fsc__compare_jsonl_line(fsc_compare *c, const char *p, size_t len,
                                   long line, fsc_error *err);
/**
 * Make `f` a follower of `lead`: from now on every record fed to `lead` is
 * also read for `f` (f itself is never fed), with the same result as feeding
 * f the same bytes, but a JSON row is scanned once: f reads only its fields,
 * the framescope metadata it needs and its "profile" from the spans `lead`
 * notes, and takes the categories `lead` parsed; a row `lead` rejects, or
 * one with anything unusual (a field named twice, lexicon_set after
 * categories, a value f rejects), f reads in full as before. CSV records are
 * handed to f whole. Both must be unfed; f must compare the whole article in
 * one voice without keyness, by a count measure or a profile measure (not
 * side or weighted), and see the categories as `lead` does (same
 * --category list and layers). FSC_EINVAL when these do not hold; `lead`
 * does not own f (free both).
 */
fsc_status fsc__compare_follow(fsc_compare *lead, fsc_compare *f,
                               fsc_error *err);
/* csv.c */
fsc_status fsc__compare_csv_flush(fsc_compare *c);
fsc_status fsc__compare_csv_record(fsc_compare *c, const char *p, size_t len,
                                   long line, fsc_error *err);
/* statistics.c */
void *fsc__compare_worker(void *arg);
/* keyness.c */
fsc_status fsc__compare_run_keyness(fsc_compare *c, const size_t *perm_g,
                                    fsc_error *err);
/* contrast.c */
fsc_status fsc__compare_run_contrasts(fsc_compare *c, const size_t *perm_g,
                                      const size_t *perm_c, const size_t *goff,
                                      const size_t *gsize, fsc_error *err);

#endif
