/*
 * compare.c - `framescope compare`: reads score rows (JSON Lines or the tidy
 * CSV) as a stream, keeps per row only its group, token count and one number
 * per category, then computes descriptives, every pairwise test and
 * Kruskal-Wallis per category through stats.h. Output order and every
 * figure depend only on the multiset of rows and the seed. With --voice the
 * per-category number is the count in one voice (several voices keep one
 * column set each and a per-row mask of the voices that use the row); a profile measure keeps one
 * number per row from "profile" instead; --keyness also tallies the terms of
 * the rows' framing matches per group. Optional extras: descriptives per
 * group x period x category (opts.period), shares of declared contested-term
 * pairs per group with a bootstrap CI, keyness BH over every term x pair.
 *
 * The contrast bootstrap draws from GSL's mt19937 directly (the brief for
 * that feature asks for a GSL RNG seeded like the cells, and stats.h has no
 * resampler of a ratio of sums); it is the one GSL use outside stats.c and
 * status.c.
 */
#include "framescope/compare.h"

#include "buf.h"
#include "dates.h"
#include "format.h"
#include "internal.h"
#include "stats_int.h"
#include "strmap.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <float.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_rng.h>
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

const char *fsc_measure_name(fsc_measure m)
{
    switch (m) {
    case FSC_MEASURE_RATE:
        return "rate";
    case FSC_MEASURE_COUNT:
        return "count";
    case FSC_MEASURE_WEIGHTED:
        return "weighted";
    case FSC_MEASURE_PRESENCE:
        return "presence";
    case FSC_MEASURE_VOICE_RATE:
        return "voice_rate";
    case FSC_MEASURE_SHARE_ATTRIBUTED:
        return "share_attributed";
    case FSC_MEASURE_SHARE_QUOTED:
        return "share_quoted";
    case FSC_MEASURE_ANONYMOUS_RATE:
        return "anonymous_rate";
    case FSC_MEASURE_SIDE_DIVERSITY:
        return "side_diversity";
    case FSC_MEASURE_SOURCES:
        return "sources";
    case FSC_MEASURE_SIDE:
        return "side";
    }
    return "?";
}

fsc_status fsc_measure_parse_side(const char *s, fsc_measure *out,
                                  const char **side)
{
    if (side)
        *side = NULL;
    if (s && strncmp(s, "side:", 5) == 0 && s[5]) {
        *out = FSC_MEASURE_SIDE;
        if (side)
            *side = s + 5;
        return FSC_OK;
    }
    for (int m = FSC_MEASURE_RATE; m < FSC_MEASURE_SIDE; m++)
        if (s && strcmp(s, fsc_measure_name((fsc_measure)m)) == 0) {
            *out = (fsc_measure)m;
            return FSC_OK;
        }
    return FSC_EINVAL;
}

fsc_status fsc_measure_parse(const char *s, fsc_measure *out)
{
    return fsc_measure_parse_side(s, out, NULL);
}

const char *fsc_compare_voice_name(fsc_compare_voice v)
{
    switch (v) {
    case FSC_COMPARE_VOICE_ALL:
        return "all";
    case FSC_COMPARE_VOICE_AUTHORIAL:
        return "authorial";
    case FSC_COMPARE_VOICE_QUOTED:
        return "quoted";
    case FSC_COMPARE_VOICE_ATTRIBUTED:
        return "attributed";
    }
    return "?";
}

const char *fsc_compare_period_name(int period)
{
    switch (period) {
    case FSC_PERIOD_NONE:
        return "none";
    case FSC_PERIOD_DAY:
        return "day";
    case FSC_PERIOD_WEEK:
        return "week";
    case FSC_PERIOD_MONTH:
        return "month";
    }
    return "?";
}

fsc_status fsc_compare_period_parse(const char *s, int *out)
{
    for (int p = FSC_PERIOD_NONE; p <= FSC_PERIOD_MONTH; p++)
        if (s && out && strcmp(s, fsc_compare_period_name(p)) == 0) {
            *out = p;
            return FSC_OK;
        }
    return FSC_EINVAL;
}

fsc_status fsc_compare_voice_parse(const char *s, fsc_compare_voice *out)
{
    for (int v = FSC_COMPARE_VOICE_ALL; v <= FSC_COMPARE_VOICE_ATTRIBUTED; v++)
        if (s && strcmp(s, fsc_compare_voice_name((fsc_compare_voice)v)) == 0) {
            *out = (fsc_compare_voice)v;
            return FSC_OK;
        }
    return FSC_EINVAL;
}

/* Profile measures read one number per row instead of the categories. */
static int is_profile(fsc_measure m)
{
    return m >= FSC_MEASURE_SHARE_ATTRIBUTED && m <= FSC_MEASURE_SIDE;
}

void fsc_compare_opts_init(fsc_compare_opts *o)
{
    memset(o, 0, sizeof *o);
    o->by = "outlet";
    o->measure = FSC_MEASURE_RATE;
    o->bootstrap = 2000;
    o->level = 0.95;
    o->permutations = 0;
    o->seed = 20240607;
    o->alpha = 0.05;
    o->test = FSC_TEST_MW;
    o->min_effect = NAN;
    o->min_group = 30;
    o->threads = 1;
    o->voice = FSC_COMPARE_VOICE_ALL;
    o->keyness_top = 10;
    o->prior = FSC_PRIOR_POOLED;
    o->prior_a0 = 500;
}

const char *fsc_compare_test_name(fsc_primary_test t)
{
    return t == FSC_TEST_WELCH ? "welch" : "mann-whitney";
}

double fsc_compare_min_effect(const fsc_compare_opts *o)
{
    if (!isnan(o->min_effect))
        return o->min_effect;
    return o->test == FSC_TEST_WELCH ? 0.2 : 0.147;
}

int fsc_compare_is_finding(const fsc_compare_result *r,
                           const fsc_compare_pair *p, double *effect,
                           double *p_adj)
{
    const fsc_compare_opts *o = &r->opts;
    int welch = o->test == FSC_TEST_WELCH;
    double e = welch ? p->effect.hedges_g : p->effect.cliff;
    double q = welch ? p->welch_p_adj : p->mw_p_adj;
    if (effect)
        *effect = e;
    if (p_adj)
        *p_adj = q;
    if (!(q < o->alpha) || !(fabs(e) >= fsc_compare_min_effect(o)))
        return 0;
    /* The pair's cells: voice-major, then group x category (a result of
       one voice, such as the report's per-voice views, holds that voice's
       cells only). */
    size_t base = r->n_voices > 1 ? p->voice * r->n_groups * r->n_categories
                                  : 0;
    size_t na = r->cells[base + p->a * r->n_categories + p->category].desc.n;
    size_t nb = r->cells[base + p->b * r->n_categories + p->category].desc.n;
    return na >= o->min_group && nb >= o->min_group;
}

/* ------------------------------------------------------------------ */
/* State                                                               */
/* ------------------------------------------------------------------ */

typedef enum { SRC_NONE, SRC_JSONL, SRC_CSV } src_kind;

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

static void reasons_init(reasons *r)
{
    memset(r, 0, sizeof *r);
    fsc__strmap_init(&r->map);
}

static void reasons_free(reasons *r)
{
    fsc__strmap_free(&r->map);
    free(r->count);
    free(r->out);
}

static fsc_status reasons_add(reasons *r, const char *s, size_t len)
{
    uint32_t h = fsc__hash(s, len), v;
    if (fsc__strmap_get(&r->map, s, len, h, &v)) {
        r->count[v]++;
        return FSC_OK;
    }
    if (r->n >= MAX_REASONS) {
        r->other++;
        return FSC_OK;
    }
    size_t *nc = realloc(r->count, (r->n + 1) * sizeof *nc);
    if (!nc)
        return FSC_ENOMEM;
    r->count = nc;
    fsc_status st = fsc__strmap_put(&r->map, s, len, h, (uint32_t)r->n);
    if (st)
        return st;
    r->count[r->n++] = 1;
    return FSC_OK;
}

static int cmp_reason(const void *a, const void *b)
{
    const fsc_compare_reason *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->reason, y->reason);
}

static fsc_status reasons_finish(reasons *r)
{
    size_t n = r->n + (r->other > 0);
    r->out = calloc(n ? n : 1, sizeof *r->out);
    if (!r->out)
        return FSC_ENOMEM;
    for (size_t i = 0; i < r->map.n; i++) {
        uint32_t v = r->map.ents[i].val;
        r->out[v].reason = r->map.ents[i].key;
        r->out[v].count = r->count[v];
    }
    fsc__qsort(r->out, r->n, sizeof *r->out, cmp_reason);
    if (r->other) {
        r->out[r->n].reason = "(other reasons)";
        r->out[r->n].count = r->other;
    }
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Construction                                                        */
/* ------------------------------------------------------------------ */

static size_t need_field(fsc_compare *c, const char *name, size_t len,
                         fsc_status *st)
{
    for (size_t i = 0; i < c->n_needed; i++)
        if (strlen(c->needed[i]) == len && memcmp(c->needed[i], name, len) == 0)
            return i;
    if (c->n_needed == MAX_NEEDED) {
        *st = FSC_ELIMIT;
        return 0;
    }
    c->needed[c->n_needed] = fsc__strndup(name, len);
    if (!c->needed[c->n_needed]) {
        *st = FSC_ENOMEM;
        return 0;
    }
    return c->n_needed++;
}

static fsc_status cat_intern(fsc_compare *c, const char *s, size_t len,
                             int create, uint32_t *out);

fsc_status fsc_compare_new(const fsc_compare_opts *opts, fsc_compare **out,
                           fsc_error *err)
{
    fsc_status st = FSC_OK;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "compare: NULL output");
    *out = NULL;
    fsc_compare *c = calloc(1, sizeof *c);
    if (!c)
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    if (opts)
        c->o = *opts;
    else
        fsc_compare_opts_init(&c->o);
    fsc__strmap_init(&c->cats);
    fsc__strmap_init(&c->groups);
    fsc__strmap_init(&c->scopes);
    reasons_init(&c->skip_r);
    reasons_init(&c->filt_r);
    fsc__buf_init(&c->part, LINE_CAP);
    fsc__buf_init(&c->fbuf, LINE_CAP);
    fsc__buf_init(&c->csv_id, LINE_CAP);
    fsc__buf_init(&c->csv_reason, LINE_CAP);
    fsc__buf_init(&c->csv_rec, LINE_CAP);
    fsc__buf_init(&c->csv_fields, LINE_CAP);
    fsc__buf_init(&c->tbuf, LINE_CAP);
    fsc__strmap_init(&c->terms);
    fsc__strmap_init(&c->periods);
    c->date_idx = SIZE_MAX;
    c->profile = is_profile(c->o.measure);
    /* Profile shares are fractions: keep them in doubles, as weights. */
    c->esz = c->o.measure == FSC_MEASURE_WEIGHTED || c->profile ? sizeof(double)
                                                                : sizeof(float);
    *out = c; /* from here on, failures free through fsc_compare_free */

    const char *by = c->o.by ? c->o.by : "outlet";
    if (!*by) {
        st = fsc__fail(err, FSC_EINVAL, "--by: empty field name");
        goto fail;
    }
    if (strcmp(by, "date:week") == 0 || strcmp(by, "date:month") == 0) {
        c->by_date = by[5] == 'w' ? 1 : 2;
        by = "date";
    } else if (strncmp(by, "date:", 5) == 0) {
        st = fsc__fail(err, FSC_EINVAL,
                       "--by %s: use date:week or date:month", by);
        goto fail;
    }
    c->by_field = fsc__strdup(by);
    if (!c->by_field)
        goto nomem;
    c->by_idx = need_field(c, by, strlen(by), &st);
    if (st)
        goto fail;
    if (c->o.n_where) {
        c->where = calloc(c->o.n_where, sizeof *c->where);
        if (!c->where)
            goto nomem;
    }
    for (size_t i = 0; i < c->o.n_where; i++) {
        const char *w = c->o.where[i], *eq = w ? strchr(w, '=') : NULL;
        if (!eq || eq == w) {
            st = fsc__fail(err, FSC_EINVAL,
                           "--where '%s': expected FIELD=VALUE", w ? w : "");
            goto fail;
        }
        c->where[i].field = need_field(c, w, (size_t)(eq - w), &st);
        if (st) {
            st = fsc__fail(err, st, "--where: too many fields");
            goto fail;
        }
        c->where[i].value = fsc__strdup(eq + 1);
        if (!c->where[i].value)
            goto nomem;
        c->n_where++;
    }
    const char *bounds[2] = { c->o.from, c->o.to };
    char *dst[2] = { c->from, c->to };
    for (int i = 0; i < 2; i++) {
        long y, m, d;
        if (!bounds[i])
            continue;
        if (strlen(bounds[i]) != 10 ||
            !fsc__parse_date(bounds[i], &y, &m, &d)) {
            st = fsc__fail(err, FSC_EINVAL, "--%s '%s': expected YYYY-MM-DD",
                           i ? "to" : "from", bounds[i]);
            goto fail;
        }
        memcpy(dst[i], bounds[i], 11);
    }
    if (c->o.period < FSC_PERIOD_NONE || c->o.period > FSC_PERIOD_MONTH) {
        st = fsc__fail(err, FSC_EINVAL, "--period: unknown period %d",
                       c->o.period);
        goto fail;
    }
    if (c->from[0] || c->to[0] || c->by_date || c->o.period) {
        c->date_idx = need_field(c, "date", 4, &st);
        if (st)
            goto fail;
    }
    if (!(c->o.level > 0 && c->o.level < 1)) {
        st = fsc__fail(err, FSC_EINVAL, "CI level %g is not in (0, 1)",
                       c->o.level);
        goto fail;
    }
    if (c->o.measure > FSC_MEASURE_SIDE) {
        st = fsc__fail(err, FSC_EINVAL, "unknown measure");
        goto fail;
    }
    if (c->o.voices & ~FSC_COMPARE_VOICES_EACH) {
        st = fsc__fail(err, FSC_EINVAL, "unknown voice in the voice set");
        goto fail;
    }
    if (c->o.voices) {
        /* Several voices: enum order; opts.voice becomes the first. */
        for (unsigned v = 0; v <= FSC_COMPARE_VOICE_ATTRIBUTED; v++)
            if (c->o.voices & (1u << v))
                c->vlist[c->nv++] = (fsc_compare_voice)v;
        c->o.voice = c->vlist[0];
    } else {
        if (c->o.voice > FSC_COMPARE_VOICE_ATTRIBUTED) {
            st = fsc__fail(err, FSC_EINVAL, "unknown voice");
            goto fail;
        }
        c->vlist[c->nv++] = c->o.voice;
    }
    for (size_t vi = 0; vi < c->nv; vi++) {
        fsc_compare_voice v = c->vlist[vi];
        if (v != FSC_COMPARE_VOICE_ALL)
            c->need_vc = 1;
        if (v != FSC_COMPARE_VOICE_ALL &&
            (c->o.measure == FSC_MEASURE_WEIGHTED || c->profile)) {
            st = fsc__fail(err, FSC_EINVAL,
                           "--voice %s: not with --measure %s (score rows "
                           "have no per-voice %s)",
                           fsc_compare_voice_name(v),
                           fsc_measure_name(c->o.measure),
                           c->profile ? "profile" : "weights");
            goto fail;
        }
        if (c->o.measure == FSC_MEASURE_VOICE_RATE &&
            v == FSC_COMPARE_VOICE_ALL) {
            st = fsc__fail(err, FSC_EINVAL,
                           "--measure voice_rate needs --voice authorial, "
                           "quoted or attributed (with all it is the rate)");
            goto fail;
        }
    }
    if (c->profile && c->o.n_categories) {
        st = fsc__fail(err, FSC_EINVAL,
                       "--category: not with the profile measure %s",
                       fsc_measure_name(c->o.measure));
        goto fail;
    }
    if (c->o.measure == FSC_MEASURE_SIDE && (!c->o.side || !*c->o.side)) {
        st = fsc__fail(err, FSC_EINVAL, "--measure side:NAME: empty side");
        goto fail;
    }
    if (c->o.keyness && !(c->o.prior_a0 > 0 && isfinite(c->o.prior_a0))) {
        st = fsc__fail(err, FSC_EINVAL, "--prior-a0 %g: must be > 0",
                       c->o.prior_a0);
        goto fail;
    }
    if (c->o.keyness && c->o.prior > FSC_PRIOR_CORPUS) {
        st = fsc__fail(err, FSC_EINVAL, "unknown prior");
        goto fail;
    }
    if (c->o.keyness && c->o.keyness_top == 0)
        c->o.keyness_top = 10;
    if (c->profile) {
        char name[300];
        if (c->o.measure == FSC_MEASURE_SIDE) {
            c->side = fsc__strdup(c->o.side);
            if (!c->side)
                goto nomem;
            snprintf(name, sizeof name, "profile:side:%.200s", c->side);
        } else {
            snprintf(name, sizeof name, "profile:%s",
                     fsc_measure_name(c->o.measure));
        }
        if ((st = cat_intern(c, name, strlen(name), 1, &c->pseudo)))
            goto fail;
    }
    if (c->o.threads == 0)
        c->o.threads = 1;
    if (c->o.n_categories) {
        c->restricted = 1;
        c->cat_list = calloc(c->o.n_categories, sizeof *c->cat_list);
        if (!c->cat_list)
            goto nomem;
        for (size_t i = 0; i < c->o.n_categories; i++) {
            const char *id = c->o.categories[i];
            if (!id || !*id) {
                st = fsc__fail(err, FSC_EINVAL, "--category: empty id");
                goto fail;
            }
            c->cat_list[i] = fsc__strdup(id);
            if (!c->cat_list[i])
                goto nomem;
            uint32_t v;
            st = cat_intern(c, id, strlen(id), 1, &v);
            if (st)
                goto fail;
        }
    }
    /* Strings of the options are copied; the result echoes the copies. */
    c->o.by = c->o.by ? c->o.by : "outlet";
    c->o.side = c->side;
    return FSC_OK;

nomem:
    st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
fail:
    fsc_compare_free(c);
    *out = NULL;
    return st;
}

void fsc_compare_free(fsc_compare *c)
{
    if (!c)
        return;
    free(c->lexset);
    for (size_t i = 0; i < c->n_attr_lex; i++)
        free(c->attr_lex[i]);
    free(c->by_field);
    for (size_t i = 0; i < c->n_needed; i++)
        free(c->needed[i]);
    for (size_t i = 0; i < c->n_where; i++)
        free(c->where[i].value);
    free(c->where);
    if (c->cat_list)
        for (size_t i = 0; i < c->o.n_categories; i++)
            free(c->cat_list[i]);
    free(c->cat_list);
    free(c->side);
    free(c->pt);
    fsc__buf_free(&c->tbuf);
    fsc__strmap_free(&c->terms);
    for (size_t g = 0; g < c->g_cap; g++)
        free(c->gt[g].n);
    free(c->gt);
    free(c->gtok);
    free(c->gkrows);
    free(c->kres);
    free(c->kterms);
    free(c->row_group);
    free(c->row_sc_has);
    free(c->row_sc_in);
    free(c->snames);
    free(c->sc_rows);
    free(c->sc_rows_in);
    free(c->row_tokens);
    free(c->row_period);
    fsc__strmap_free(&c->periods);
    for (size_t i = 0; i < 2 * c->n_ctr; i++)
        free(c->ctr[i]);
    free(c->ctr);
    for (size_t i = 0; i < c->raw_cap; i++)
        free(c->raw[i]);
    free(c->raw);
    free(c->pnames);
    free(c->series);
    free(c->contrasts);
    for (size_t vi = 0; vi < 4; vi++) {
        for (size_t i = 0; c->vcols[vi] && i < c->cats.n; i++)
            free(c->vcols[vi][i].v);
        free(c->vcols[vi]);
        free(c->row_vtok[vi]);
    }
    free(c->row_vmask);
    fsc__strmap_free(&c->cats);
    fsc__strmap_free(&c->groups);
    fsc__strmap_free(&c->scopes);
    reasons_free(&c->skip_r);
    reasons_free(&c->filt_r);
    for (size_t i = 0; i < c->n_invalid_msgs; i++)
        free(c->invalid_msgs[i]);
    free(c->src_name);
    fsc__buf_free(&c->part);
    fsc__buf_free(&c->fbuf);
    fsc__buf_free(&c->csv_id);
    fsc__buf_free(&c->csv_reason);
    fsc__buf_free(&c->csv_rec);
    fsc__buf_free(&c->csv_fields);
    free(c->csv_off);
    free(c->pc);
    free(c->hint);
    free(c->gnames); /* names point into the maps */
    free(c->cnames);
    free(c->gsize);
    free(c->cells);
    free(c->pairs);
    free(c->kw);
    free(c->inv_out);
    free(c);
}

/* ------------------------------------------------------------------ */
/* Row storage                                                         */
/* ------------------------------------------------------------------ */

/* A category of an attribution-layer lexicon (cues, actors)? By the rows'
 * lexicon_set, else by the bundled names (attribution-*). */
static int attribution_cat(const fsc_compare *c, const char *s, size_t len)
{
    const char *colon = memchr(s, ':', len);
    size_t ll = colon ? (size_t)(colon - s) : len;
    if (c->lexset_known) {
        for (size_t i = 0; i < c->n_attr_lex; i++)
            if (strlen(c->attr_lex[i]) == ll && memcmp(c->attr_lex[i], s, ll) == 0)
                return 1;
        return 0;
    }
    return ll > 12 && memcmp(s, "attribution-", 12) == 0;
}

static int cat_allowed(const fsc_compare *c, const char *s, size_t len)
{
    if (!c->restricted)
        return c->o.all_layers || c->profile || !attribution_cat(c, s, len);
    for (size_t i = 0; i < c->o.n_categories; i++)
        if (strlen(c->cat_list[i]) == len && memcmp(c->cat_list[i], s, len) == 0)
            return 1;
    return 0;
}

/* With the weighted measure the columns hold weights, so the categories of
 * contested pairs also keep their match counts (zero-filled, row_cap). */
static int in_contrast(const fsc_compare *c, const char *s, size_t len)
{
    for (size_t i = 0; i < 2 * c->n_ctr; i++)
        if (strlen(c->ctr[i]) == len && memcmp(c->ctr[i], s, len) == 0)
            return 1;
    return 0;
}

static fsc_status raw_ensure(fsc_compare *c, uint32_t cat)
{
    if (c->o.measure != FSC_MEASURE_WEIGHTED)
        return FSC_OK;
    if (cat >= c->raw_cap) {
        size_t cap = c->raw_cap ? 2 * c->raw_cap : 16;
        while (cap <= cat)
            cap *= 2;
        float **r = realloc(c->raw, cap * sizeof *r);
        if (!r)
            return FSC_ENOMEM;
        for (size_t i = c->raw_cap; i < cap; i++)
            r[i] = NULL;
        c->raw = r;
        c->raw_cap = cap;
    }
    if (!c->raw[cat]) {
        c->raw[cat] = calloc(c->row_cap ? c->row_cap : 1, sizeof(float));
        if (!c->raw[cat])
            return FSC_ENOMEM;
    }
    return FSC_OK;
}

/* Index of category s; created (with a zero column) when `create` and it
 * is allowed. *out = UINT32_MAX when it is not compared. */
static fsc_status cat_intern(fsc_compare *c, const char *s, size_t len,
                             int create, uint32_t *out)
{
    uint32_t h = fsc__hash(s, len);
    *out = UINT32_MAX;
    if (fsc__strmap_get(&c->cats, s, len, h, out))
        return FSC_OK;
    if (!create || !cat_allowed(c, s, len))
        return FSC_OK;
    if (c->cats.n >= UINT32_MAX - 1)
        return FSC_ELIMIT;
    if (c->cats.n == c->cols_cap) {
        size_t cap = c->cols_cap ? 2 * c->cols_cap : 16;
        for (size_t vi = 0; vi < c->nv; vi++) {
            catcol *nc = realloc(c->vcols[vi], cap * sizeof *nc);
            if (!nc)
                return FSC_ENOMEM;
            c->vcols[vi] = nc;
        }
        c->cols_cap = cap;
    }
    /* One column per voice compared. */
    size_t made = 0;
    for (; made < c->nv; made++) {
        catcol *col = &c->vcols[made][c->cats.n];
        col->v = calloc(c->row_cap ? c->row_cap : 1, c->esz);
        if (!col->v)
            break;
    }
    uint32_t id = (uint32_t)c->cats.n;
    fsc_status st = made < c->nv ? FSC_ENOMEM
                                 : fsc__strmap_put(&c->cats, s, len, h, id);
    if (st) {
        for (size_t vi = 0; vi < made; vi++)
            free(c->vcols[vi][c->cats.n].v);
        return st;
    }
    *out = id;
    return c->n_ctr && in_contrast(c, s, len) ? raw_ensure(c, id) : FSC_OK;
}

fsc_status fsc_compare_declare_category(fsc_compare *c, const char *id,
                                        fsc_error *err)
{
    if (!c || !id || !*id)
        return fsc__fail(err, FSC_EINVAL, "declare_category: empty id");
    if (c->profile)
        return FSC_OK; /* a profile measure compares its pseudo-category */
    uint32_t v;
    fsc_status st = cat_intern(c, id, strlen(id), 1, &v);
    return st ? fsc__fail(err, st, "declare_category: out of memory") : FSC_OK;
}

fsc_status fsc_compare_declare_contrast(fsc_compare *c, const char *cat_a,
                                        const char *cat_b, fsc_error *err)
{
    if (!c || !cat_a || !*cat_a || !cat_b || !*cat_b)
        return fsc__fail(err, FSC_EINVAL, "declare_contrast: empty id");
    if (strcmp(cat_a, cat_b) == 0)
        return fsc__fail(err, FSC_EINVAL,
                         "declare_contrast: '%s' paired with itself", cat_a);
    if (c->ran)
        return fsc__fail(err, FSC_EINVAL, "declare_contrast: already run");
    const char *a = strcmp(cat_a, cat_b) < 0 ? cat_a : cat_b;
    const char *b = a == cat_a ? cat_b : cat_a;
    for (size_t i = 0; i < c->n_ctr; i++)
        if (strcmp(c->ctr[2 * i], a) == 0 && strcmp(c->ctr[2 * i + 1], b) == 0)
            return FSC_OK;
    if (c->o.measure == FSC_MEASURE_WEIGHTED && c->n_rows > 0)
        return fsc__fail(err, FSC_EINVAL,
                         "declare_contrast %s,%s: with the weighted measure, "
                         "declare pairs before feeding rows",
                         a, b);
    char **n = realloc(c->ctr, 2 * (c->n_ctr + 1) * sizeof *n);
    if (!n)
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    c->ctr = n;
    n[2 * c->n_ctr] = fsc__strdup(a);
    n[2 * c->n_ctr + 1] = fsc__strdup(b);
    c->n_ctr++; /* counted now so that free() releases a half-made pair */
    if (!n[2 * c->n_ctr - 2] || !n[2 * c->n_ctr - 1])
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    /* Categories that exist already keep their counts from now on. */
    for (int k = 0; k < 2; k++) {
        const char *id = k ? b : a;
        uint32_t v;
        if (fsc__strmap_get(&c->cats, id, strlen(id),
                            fsc__hash(id, strlen(id)), &v) &&
            raw_ensure(c, v))
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    }
    return FSC_OK;
}

static fsc_status grow_rows(fsc_compare *c)
{
    size_t cap = c->row_cap ? c->row_cap * 2 : 1024;
    if (cap > UINT32_MAX)
        return FSC_ELIMIT;
    uint32_t *g = realloc(c->row_group, cap * sizeof *g);
    if (!g)
        return FSC_ENOMEM;
    c->row_group = g;
    uint32_t *t = realloc(c->row_tokens, cap * sizeof *t);
    if (!t)
        return FSC_ENOMEM;
    c->row_tokens = t;
    uint32_t *sh = realloc(c->row_sc_has, cap * sizeof *sh);
    if (!sh)
        return FSC_ENOMEM;
    c->row_sc_has = sh;
    uint32_t *si = realloc(c->row_sc_in, cap * sizeof *si);
    if (!si)
        return FSC_ENOMEM;
    c->row_sc_in = si;
    for (size_t vi = 0; vi < c->nv; vi++)
        for (size_t i = 0; i < c->cats.n; i++) {
            char *v = realloc(c->vcols[vi][i].v, cap * c->esz);
            if (!v)
                return FSC_ENOMEM;
            memset(v + c->row_cap * c->esz, 0, (cap - c->row_cap) * c->esz);
            c->vcols[vi][i].v = v;
        }
    if (c->nv > 1) {
        uint8_t *m = realloc(c->row_vmask, cap);
        if (!m)
            return FSC_ENOMEM;
        c->row_vmask = m;
        for (size_t vi = 1; vi < c->nv && c->o.measure == FSC_MEASURE_VOICE_RATE;
             vi++) {
            uint32_t *vt = realloc(c->row_vtok[vi], cap * sizeof *vt);
            if (!vt)
                return FSC_ENOMEM;
            c->row_vtok[vi] = vt;
        }
    }
    for (size_t i = 0; i < c->raw_cap; i++) {
        if (!c->raw[i])
            continue;
        float *v = realloc(c->raw[i], cap * sizeof *v);
        if (!v)
            return FSC_ENOMEM;
        memset(v + c->row_cap, 0, (cap - c->row_cap) * sizeof *v);
        c->raw[i] = v;
    }
    if (c->o.period) {
        uint32_t *pp = realloc(c->row_period, cap * sizeof *pp);
        if (!pp)
            return FSC_ENOMEM;
        c->row_period = pp;
    }
    c->row_cap = cap;
    return FSC_OK;
}

static void col_set(fsc_compare *c, size_t vi, uint32_t cat, size_t row,
                    double v)
{
    if (c->esz == sizeof(double))
        ((double *)c->vcols[vi][cat].v)[row] = v;
    else
        ((float *)c->vcols[vi][cat].v)[row] = (float)v;
}

static double col_get(const fsc_compare *c, size_t vi, size_t cat, size_t row)
{
    if (c->esz == sizeof(double))
        return ((const double *)c->vcols[vi][cat].v)[row];
    return (double)((const float *)c->vcols[vi][cat].v)[row];
}

/* Voice vi uses row r. */
static int row_in(const fsc_compare *c, size_t vi, size_t r)
{
    return !c->row_vmask || (((unsigned)c->row_vmask[r] >> vi) & 1u);
}

static const char *field(const fsc_compare *c, size_t i)
{
    return c->foff[i] < 0 ? NULL : c->fbuf.data + c->foff[i];
}

static fsc_status filter_out(fsc_compare *c, const char *why)
{
    c->filtered++;
    return reasons_add(&c->filt_r, why, strlen(why));
}

static fsc_status add_pending_cat(fsc_compare *c, uint32_t cat, double count,
                                  double weighted, const double *vc);

/* Term counts of a stored row go to its group (keyness). */
static fsc_status keyness_add(fsc_compare *c, uint32_t gid, double tokens)
{
    if (!c->has_matches) {
        c->krows_without++;
        return FSC_OK;
    }
    if (gid >= c->g_cap) {
        size_t cap = c->g_cap ? 2 * c->g_cap : 16;
        while (cap <= gid)
            cap *= 2;
        gterms *gt = realloc(c->gt, cap * sizeof *gt);
        if (!gt)
            return FSC_ENOMEM;
        c->gt = gt;
        double *tok = realloc(c->gtok, cap * sizeof *tok);
        if (!tok)
            return FSC_ENOMEM;
        c->gtok = tok;
        size_t *kr = realloc(c->gkrows, cap * sizeof *kr);
        if (!kr)
            return FSC_ENOMEM;
        c->gkrows = kr;
        for (size_t g = c->g_cap; g < cap; g++) {
            c->gt[g].n = NULL;
            c->gt[g].len = 0;
            c->gtok[g] = 0;
            c->gkrows[g] = 0;
        }
        c->g_cap = cap;
    }
    gterms *g = &c->gt[gid];
    for (size_t k = 0; k < c->n_pt; k++) {
        uint32_t t = c->pt[k];
        if (t >= g->len) {
            size_t len = c->terms.n > t ? c->terms.n : (size_t)t + 1;
            double *n = realloc(g->n, len * sizeof *n);
            if (!n)
                return FSC_ENOMEM;
            memset(n + g->len, 0, (len - g->len) * sizeof *n);
            g->n = n;
            g->len = len;
        }
        g->n[t] += 1;
    }
    c->krows++;
    c->gkrows[gid]++;
    c->gtok[gid] += tokens;
    return FSC_OK;
}

/* Why voice v leaves out the current row (NULL when it uses it; *den gets
 * the rate's denominator). `why` is scratch for the text returned. */
static const char *voice_check(const fsc_compare *c, fsc_compare_voice v,
                               double tokens, double *den, char why[160])
{
    *den = tokens;
    if (v == FSC_COMPARE_VOICE_ALL)
        return NULL;
    if (!c->has_voice || (c->novoice & (1u << (v - 1))))
        return "no voice data (--voice; score with the attribution lexicons)";
    if (c->has_vtok) {
        *den = c->vtok[v - 1];
    } else if (c->o.measure == FSC_MEASURE_VOICE_RATE || c->o.keyness) {
        return "no \"voice_tokens\" (CSV input): voice_rate and keyness "
               "need JSON Lines";
    }
    if (c->o.measure == FSC_MEASURE_VOICE_RATE && *den == 0) {
        snprintf(why, 160, "0 tokens in the %s voice: voice_rate undefined",
                 fsc_compare_voice_name(v));
        return why;
    }
    if (!(*den >= 0) || *den > UINT32_MAX)
        return "no valid \"voice_tokens\"";
    return NULL;
}

/* A row has been read: account for it, filter it, store it. */
static fsc_status commit_row(fsc_compare *c, int skipped, const char *reason,
                             double tokens, int has_tokens)
{
    fsc_status st;
    c->read++;
    if (skipped) {
        c->skipped++;
        /* "SOURCE: empty text at line 2" -> "empty text": group reasons. */
        const char *r = reason ? reason : "no reason given";
        const char *colon = strstr(r, ": ");
        if (colon && colon[2])
            r = colon + 2;
        const char *at = strstr(r, " at line ");
        size_t len = at ? (size_t)(at - r) : strlen(r);
        return reasons_add(&c->skip_r, r, len);
    }
    if (!has_tokens || !(tokens >= 0) || tokens > UINT32_MAX)
        return filter_out(c, "no valid \"tokens\"");
    /* Filters on the same field are alternatives; fields must all pass. */
    for (size_t i = 0; i < c->n_where; i++) {
        size_t f = c->where[i].field;
        int any = 0, ok = 0;
        for (size_t j = 0; j < c->n_where; j++) {
            if (c->where[j].field != f)
                continue;
            any = 1;
            const char *v = field(c, f);
            if (v && strcmp(v, c->where[j].value) == 0)
                ok = 1;
        }
        if (any && !ok) {
            char why[160];
            snprintf(why, sizeof why, "--where %.100s", c->needed[f]);
            return filter_out(c, why);
        }
    }
    long y = 0, m = 0, d = 0;
    if (c->date_idx != SIZE_MAX) {
        const char *date = field(c, c->date_idx);
        if (!date || !fsc__parse_date(date, &y, &m, &d))
            return filter_out(c, date ? "\"date\" is not YYYY-MM-DD"
                                      : "no \"date\"");
        if (c->from[0] && memcmp(date, c->from, 10) < 0)
            return filter_out(c, "before --from");
        if (c->to[0] && memcmp(date, c->to, 10) > 0)
            return filter_out(c, "after --to");
    }
    char key[32];
    const char *g;
    if (c->by_date == 1) {
        fsc__iso_week(y, m, d, key);
        g = key;
    } else if (c->by_date == 2) {
        snprintf(key, sizeof key, "%04d-%02d", (int)(y % 10000), (int)(m % 100));
        g = key;
    } else {
        g = field(c, c->by_idx);
        if (!g) {
            char why[160];
            snprintf(why, sizeof why, "no \"%.100s\" (--by)", c->by_field);
            return filter_out(c, why);
        }
    }
    if (c->o.measure == FSC_MEASURE_RATE && tokens == 0)
        return filter_out(c, "0 tokens: rate undefined");
    /* Each voice decides on its own whether it uses the row; one voice
     * filters the row out as before, several keep it when any uses it. */
    double den[4];     /* of the rate; also the keyness total */
    unsigned mask = 0; /* voices that use the row */
    for (size_t vi = 0; vi < c->nv; vi++) {
        char why[160];
        const char *no = voice_check(c, c->vlist[vi], tokens, &den[vi], why);
        if (!no) {
            mask |= 1u << vi;
            continue;
        }
        if (c->nv == 1)
            return filter_out(c, no);
        char pre[200];
        snprintf(pre, sizeof pre, "%s: %s", fsc_compare_voice_name(c->vlist[vi]),
                 no);
        if ((st = reasons_add(&c->filt_r, pre, strlen(pre))))
            return st;
    }
    if (!mask) {
        c->filtered++;
        return FSC_OK;
    }
    double denom = den[0];
    if (c->profile) {
        char why[160];
        if (!c->has_profile)
            return filter_out(c, "no \"profile\" (score with the "
                                 "attribution lexicons)");
        if (isnan(c->prof)) {
            snprintf(why, sizeof why, "profile %s is null",
                     fsc_measure_name(c->o.measure));
            return filter_out(c, why);
        }
        if ((st = add_pending_cat(c, c->pseudo, c->prof, c->prof, NULL)))
            return st;
    }

    size_t glen = strlen(g);
    uint32_t h = fsc__hash(g, glen), gid;
    if (!fsc__strmap_get(&c->groups, g, glen, h, &gid)) {
        gid = (uint32_t)c->groups.n;
        if ((st = fsc__strmap_put(&c->groups, g, glen, h, gid)))
            return st;
    }
    uint32_t pid = 0;
    char pkey[32];
    if (c->o.period) {
        if (c->o.period == FSC_PERIOD_DAY) {
            snprintf(pkey, sizeof pkey, "%04d-%02d-%02d", (int)(y % 10000),
                     (int)(m % 100), (int)(d % 100));
        } else if (c->o.period == FSC_PERIOD_WEEK) {
            fsc__iso_week(y, m, d, pkey);
        } else {
            snprintf(pkey, sizeof pkey, "%04d-%02d", (int)(y % 10000),
                     (int)(m % 100));
        }
        size_t plen = strlen(pkey);
        uint32_t ph = fsc__hash(pkey, plen);
        if (!fsc__strmap_get(&c->periods, pkey, plen, ph, &pid)) {
            pid = (uint32_t)c->periods.n;
            if ((st = fsc__strmap_put(&c->periods, pkey, plen, ph, pid)))
                return st;
        }
    }
    if (c->n_rows == c->row_cap && (st = grow_rows(c)))
        return st;
    size_t r = c->n_rows++;
    c->row_group[r] = gid;
    c->row_sc_has[r] = c->sc_has;
    c->row_sc_in[r] = c->sc_in;
    c->row_tokens[r] = (uint32_t)(c->o.measure != FSC_MEASURE_VOICE_RATE
                                      ? tokens
                                  : mask & 1u ? denom
                                              : 0);
    if (c->row_vmask)
        c->row_vmask[r] = (uint8_t)mask;
    for (size_t vi = 1; vi < c->nv; vi++)
        if (c->row_vtok[vi])
            c->row_vtok[vi][r] = mask & (1u << vi) ? (uint32_t)den[vi] : 0;
    if (c->row_period)
        c->row_period[r] = pid;
    for (size_t k = 0; k < c->n_pc; k++) {
        const pend_cat *p = &c->pc[k];
        for (size_t vi = 0; vi < c->nv; vi++) {
            if (!(mask & (1u << vi)))
                continue; /* the column keeps 0 */
            fsc_compare_voice v = c->vlist[vi];
            double x = c->o.measure == FSC_MEASURE_WEIGHTED ? p->weighted
                       : v == FSC_COMPARE_VOICE_ALL         ? p->count
                                                            : p->vc[v - 1];
            col_set(c, vi, p->cat, r, x);
        }
        if (p->cat < c->raw_cap && c->raw[p->cat])
            c->raw[p->cat][r] = (float)p->count;
    }
    /* Keyness is of the first voice: the matches read are of it. */
    return c->o.keyness && (mask & 1u) ? keyness_add(c, gid, denom) : FSC_OK;
}

static fsc_status invalid_row(fsc_compare *c, long line, const char *msg)
{
    c->read++;
    c->invalid++;
    if (c->n_invalid_msgs < MAX_INVALID_KEPT) {
        char buf[512];
        snprintf(buf, sizeof buf, "%.300s:%ld: %s",
                 c->src_name ? c->src_name : "-", line, msg);
        c->invalid_msgs[c->n_invalid_msgs] = fsc__strdup(buf);
        if (!c->invalid_msgs[c->n_invalid_msgs])
            return FSC_ENOMEM;
        c->n_invalid_msgs++;
    }
    return FSC_OK;
}

static fsc_status add_pending_cat(fsc_compare *c, uint32_t cat, double count,
                                  double weighted, const double *vc)
{
    if (c->n_pc == c->pc_cap) {
        size_t cap = c->pc_cap ? 2 * c->pc_cap : 32;
        pend_cat *p = realloc(c->pc, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        c->pc = p;
        c->pc_cap = cap;
    }
    pend_cat *p = &c->pc[c->n_pc++];
    p->cat = cat;
    p->count = count;
    p->weighted = weighted;
    for (int k = 0; k < 3; k++)
        p->vc[k] = vc ? vc[k] : NAN;
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* JSON Lines score rows: a small pull scanner for exactly this shape   */
/* ------------------------------------------------------------------ */

typedef struct js {
    const char *p, *end;
    const char *err; /* first error, static text */
} js;

static void js_ws(js *j)
{
    while (j->p < j->end &&
           (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
        j->p++;
}

static int js_fail(js *j, const char *msg)
{
    if (!j->err)
        j->err = msg;
    return 0;
}

static int js_lit(js *j, char ch)
{
    js_ws(j);
    if (j->p < j->end && *j->p == ch) {
        j->p++;
        return 1;
    }
    return 0;
}

static int hexv(char ch)
{
    return ch >= '0' && ch <= '9'   ? ch - '0'
           : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
           : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                    : -1;
}

static int js_hex4(js *j, const char *p, unsigned *out)
{
    if (j->end - p < 4)
        return js_fail(j, "truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexv(p[i]);
        if (h < 0)
            return js_fail(j, "bad \\u escape");
        v = v * 16 + (unsigned)h;
    }
    *out = v;
    return 1;
}

/* A string at j->p (after whitespace). Sets *s and *len to the raw bytes when
 * there is no escape; otherwise decodes into `dec` (when non-NULL) and
 * points there. With dec NULL an escaped string is only skipped (*s NULL). */
static int js_string(js *j, fsc_buf *dec, const char **s, size_t *len)
{
    js_ws(j);
    if (j->p >= j->end || *j->p != '"')
        return js_fail(j, "expected a string");
    const char *start = ++j->p, *q = start;
    while (q < j->end && *q != '"' && *q != '\\')
        q++;
    if (q < j->end && *q == '"') {
        *s = start;
        *len = (size_t)(q - start);
        j->p = q + 1;
        return 1;
    }
    if (dec)
        fsc__buf_reset(dec);
    if (dec && fsc__buf_add(dec, start, (size_t)(q - start)))
        return js_fail(j, "out of memory");
    while (q < j->end && *q != '"') {
        if (*q != '\\') {
            if ((unsigned char)*q < 0x20)
                return js_fail(j, "control character in string");
            if (dec && fsc__buf_addc(dec, *q))
                return js_fail(j, "out of memory");
            q++;
            continue;
        }
        if (++q >= j->end)
            break;
        char e = *q++, o = 0;
        switch (e) {
        case '"': o = '"'; break;
        case '\\': o = '\\'; break;
        case '/': o = '/'; break;
        case 'b': o = '\b'; break;
        case 'f': o = '\f'; break;
        case 'n': o = '\n'; break;
        case 'r': o = '\r'; break;
        case 't': o = '\t'; break;
        case 'u': {
            unsigned u;
            if (!js_hex4(j, q, &u))
                return 0;
            q += 4;
            if (u >= 0xD800 && u < 0xDC00) {
                unsigned lo;
                if (j->end - q < 6 || q[0] != '\\' || q[1] != 'u' ||
                    !js_hex4(j, q + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return js_fail(j, "unpaired surrogate");
                q += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            } else if (u >= 0xDC00 && u < 0xE000) {
                return js_fail(j, "unpaired surrogate");
            }
            char b[4];
            size_t nb;
            if (u < 0x80) {
                b[0] = (char)u;
                nb = 1;
            } else if (u < 0x800) {
                b[0] = (char)(0xC0 | (u >> 6));
                b[1] = (char)(0x80 | (u & 0x3F));
                nb = 2;
            } else if (u < 0x10000) {
                b[0] = (char)(0xE0 | (u >> 12));
                b[1] = (char)(0x80 | ((u >> 6) & 0x3F));
                b[2] = (char)(0x80 | (u & 0x3F));
                nb = 3;
            } else {
                b[0] = (char)(0xF0 | (u >> 18));
                b[1] = (char)(0x80 | ((u >> 12) & 0x3F));
                b[2] = (char)(0x80 | ((u >> 6) & 0x3F));
                b[3] = (char)(0x80 | (u & 0x3F));
                nb = 4;
            }
            if (dec && fsc__buf_add(dec, b, nb))
                return js_fail(j, "out of memory");
            continue;
        }
        default:
            return js_fail(j, "bad escape in string");
        }
        if (dec && fsc__buf_addc(dec, o))
            return js_fail(j, "out of memory");
    }
    if (q >= j->end)
        return js_fail(j, "unterminated string");
    j->p = q + 1;
    *s = dec ? dec->data : NULL;
    *len = dec ? dec->len : 0;
    if (dec && !dec->data) {
        *s = "";
    }
    return 1;
}

/* A JSON number at j->p: its extent and value. Integers and short decimals
 * are converted exactly (mantissa / 10^k, one correctly rounded division);
 * anything else goes through strtod on a bounded copy. */
static int js_number(js *j, double *out, const char **start, size_t *len)
{
    js_ws(j);
    const char *p = j->p, *s = p;
    if (p < j->end && *p == '-')
        p++;
    if (p >= j->end || *p < '0' || *p > '9')
        return js_fail(j, "expected a number");
    uint64_t mant = 0;
    int digits = 0, frac = 0, simple = 1;
    if (*p == '0' && p + 1 < j->end && p[1] >= '0' && p[1] <= '9')
        return js_fail(j, "leading zero in number");
    while (p < j->end && *p >= '0' && *p <= '9') {
        mant = mant * 10 + (uint64_t)(*p++ - '0');
        digits++;
    }
    if (p < j->end && *p == '.') {
        p++;
        if (p >= j->end || *p < '0' || *p > '9')
            return js_fail(j, "bad number");
        while (p < j->end && *p >= '0' && *p <= '9') {
            mant = mant * 10 + (uint64_t)(*p++ - '0');
            digits++;
            frac++;
        }
    }
    if (p < j->end && (*p == 'e' || *p == 'E')) {
        simple = 0;
        p++;
        if (p < j->end && (*p == '+' || *p == '-'))
            p++;
        if (p >= j->end || *p < '0' || *p > '9')
            return js_fail(j, "bad number");
        while (p < j->end && *p >= '0' && *p <= '9')
            p++;
    }
    static const double pow10[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,
                                     1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
                                     1e18, 1e19, 1e20, 1e21, 1e22 };
    double v;
    if (simple && digits <= 15) {
        v = (double)mant / pow10[frac];
        if (*s == '-')
            v = -v;
    } else {
        char tmp[64];
        size_t n = (size_t)(p - s);
        if (n >= sizeof tmp)
            return js_fail(j, "number too long");
        memcpy(tmp, s, n);
        tmp[n] = '\0';
        v = strtod(tmp, NULL);
        if (!isfinite(v))
            return js_fail(j, "number out of range");
    }
    j->p = p;
    *out = v;
    if (start) {
        *start = s;
        *len = (size_t)(p - s);
    }
    return 1;
}

static int js_skip(js *j, int depth)
{
    js_ws(j);
    if (j->p >= j->end)
        return js_fail(j, "unexpected end of line");
    if (depth > 64)
        return js_fail(j, "nested too deeply");
    const char *s;
    size_t n;
    double v;
    switch (*j->p) {
    case '"':
        return js_string(j, NULL, &s, &n);
    case '{':
        j->p++;
        if (js_lit(j, '}'))
            return 1;
        do {
            if (!js_string(j, NULL, &s, &n) || !js_lit(j, ':'))
                return js_fail(j, "expected \"key\":");
            if (!js_skip(j, depth + 1))
                return 0;
        } while (js_lit(j, ','));
        return js_lit(j, '}') || js_fail(j, "expected , or }");
    case '[':
        j->p++;
        if (js_lit(j, ']'))
            return 1;
        do {
            if (!js_skip(j, depth + 1))
                return 0;
        } while (js_lit(j, ','));
        return js_lit(j, ']') || js_fail(j, "expected , or ]");
    case 't':
    case 'f':
    case 'n': {
        static const char *const lits[] = { "true", "false", "null" };
        for (int i = 0; i < 3; i++) {
            size_t l = strlen(lits[i]);
            if ((size_t)(j->end - j->p) >= l && memcmp(j->p, lits[i], l) == 0) {
                j->p += l;
                return 1;
            }
        }
        return js_fail(j, "bad literal");
    }
    default:
        return js_number(j, &v, NULL, NULL);
    }
}

static int key_is(const char *k, size_t len, const char *lit)
{
    size_t l = strlen(lit);
    return len == l && memcmp(k, lit, l) == 0;
}

/* Capture a scalar value into fbuf (strings decoded; numbers and booleans
 * as written); null, objects and arrays count as absent. */
static int js_capture(fsc_compare *c, js *j, long *off)
{
    js_ws(j);
    if (j->p >= j->end)
        return js_fail(j, "unexpected end of line");
    char ch = *j->p;
    const char *s;
    size_t n;
    double v;
    fsc_buf tmp;
    fsc__buf_init(&tmp, LINE_CAP);
    int ok;
    if (ch == '"') {
        ok = js_string(j, &tmp, &s, &n);
    } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
        ok = js_number(j, &v, &s, &n);
    } else if (ch == 't' || ch == 'f') {
        s = j->p;
        ok = js_skip(j, 0);
        n = (size_t)(j->p - s);
    } else {
        fsc__buf_free(&tmp);
        *off = -1;
        return js_skip(j, 0);
    }
    if (ok) {
        *off = (long)c->fbuf.len;
        if (memchr(s, '\0', n) || fsc__buf_add(&c->fbuf, s, n) ||
            fsc__buf_addc(&c->fbuf, '\0'))
            ok = js_fail(j, "field value with a NUL byte or out of memory");
    }
    fsc__buf_free(&tmp);
    return ok;
}

/* {"authorial": n, "quoted": n, "attributed": n} into v[0..3) (null or a
 * missing voice stays NAN). */
static int js_voices(js *j, double v[3])
{
    static const char *const names[3] = { "authorial", "quoted", "attributed" };
    if (!js_lit(j, '{'))
        return js_fail(j, "voice counts are not an object");
    if (js_lit(j, '}'))
        return 1;
    do {
        const char *key;
        size_t kl;
        if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        int k = -1;
        for (int i = 0; key && i < 3; i++)
            if (key_is(key, kl, names[i]))
                k = i;
        js_ws(j);
        if (k >= 0 && j->p < j->end && *j->p != 'n') {
            if (!js_number(j, &v[k], NULL, NULL))
                return 0;
        } else if (!js_skip(j, 1)) {
            return 0;
        }
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

/* A number or null (NAN) at j->p. */
static int js_num_or_null(js *j, double *v)
{
    js_ws(j);
    if (j->p < j->end && *j->p == 'n') {
        *v = NAN;
        return js_skip(j, 1);
    }
    return js_number(j, v, NULL, NULL);
}

/* The "profile" object: keeps the one number the measure compares. */
static int js_profile(fsc_compare *c, js *j)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"profile\" is not an object");
    c->has_profile = 1;
    /* A side absent from by_side has no attribution: 0. */
    c->prof = c->o.measure == FSC_MEASURE_SIDE ? 0 : NAN;
    const char *want = c->o.measure == FSC_MEASURE_SIDE
                           ? "by_side"
                           : fsc_measure_name(c->o.measure);
    if (js_lit(j, '}'))
        return 1;
    do {
        const char *key;
        size_t kl;
        if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        if (!key || !key_is(key, kl, want)) {
            if (!js_skip(j, 1))
                return 0;
        } else if (c->o.measure != FSC_MEASURE_SIDE) {
            if (!js_num_or_null(j, &c->prof))
                return 0;
        } else {
            /* by_side: {NAME: {"attributions": n, ...}, ...} */
            if (!js_lit(j, '{'))
                return js_fail(j, "\"by_side\" is not an object");
            if (js_lit(j, '}'))
                continue;
            do {
                const char *side;
                size_t sl;
                if (!js_string(j, &c->tbuf, &side, &sl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"side\":");
                int mine =
                    strlen(c->side) == sl && memcmp(side, c->side, sl) == 0;
                if (!mine) {
                    if (!js_skip(j, 2))
                        return 0;
                    continue;
                }
                if (!js_lit(j, '{'))
                    return js_fail(j, "side counts are not an object");
                if (js_lit(j, '}'))
                    continue;
                do {
                    const char *k2;
                    size_t l2;
                    if (!js_string(j, NULL, &k2, &l2) || !js_lit(j, ':'))
                        return js_fail(j, "expected \"key\":");
                    if (k2 && key_is(k2, l2, "attributions")) {
                        if (!js_number(j, &c->prof, NULL, NULL))
                            return 0;
                    } else if (!js_skip(j, 3)) {
                        return 0;
                    }
                } while (js_lit(j, ','));
                if (!js_lit(j, '}'))
                    return js_fail(j, "expected , or }");
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

static int cat_allowed(const fsc_compare *c, const char *s, size_t len);

/* The "matches" array: the term of each framing match of the chosen voice
 * in a compared category, for keyness. */
/* Note that the row states scope `name` (a lexicon), in it or not. */
static int note_scope(fsc_compare *c, const char *name, size_t len, int in)
{
    uint32_t h = fsc__hash(name, len), id;
    if (!fsc__strmap_get(&c->scopes, name, len, h, &id)) {
        if (c->scopes.n >= MAX_SCOPES)
            return 1; /* more scoped lexicons than we keep: ignored */
        id = (uint32_t)c->scopes.n;
        if (fsc__strmap_put(&c->scopes, name, len, h, id))
            return 0;
    }
    c->sc_has |= 1u << id;
    if (in)
        c->sc_in |= 1u << id;
    return 1;
}

/* The "scope" object of a scored row: lexicon -> {"in_scope": bool, ...}. */
static int js_scope(fsc_compare *c, js *j, fsc_buf *dec)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"scope\" is not an object");
    if (js_lit(j, '}'))
        return 1;
    do {
        const char *lex;
        size_t ll;
        if (!js_string(j, dec, &lex, &ll) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        /* The name must survive decoding the members below. */
        char name[128];
        if (ll >= sizeof name)
            return js_fail(j, "scope lexicon name too long");
        memcpy(name, lex, ll);
        if (!js_lit(j, '{'))
            return js_fail(j, "a scope is not an object");
        int in = -1;
        if (!js_lit(j, '}')) {
            do {
                const char *key;
                size_t kl;
                if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"key\":");
                if (key && key_is(key, kl, "in_scope")) {
                    js_ws(j);
                    if ((size_t)(j->end - j->p) >= 4 &&
                        memcmp(j->p, "true", 4) == 0) {
                        j->p += 4;
                        in = 1;
                    } else if ((size_t)(j->end - j->p) >= 5 &&
                               memcmp(j->p, "false", 5) == 0) {
                        j->p += 5;
                        in = 0;
                    } else {
                        return js_fail(j, "\"in_scope\" is not true or "
                                          "false");
                    }
                } else if (!js_skip(j, 3)) {
                    return 0;
                }
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
        if (in < 0)
            return js_fail(j, "a scope without \"in_scope\"");
        if (!note_scope(c, name, ll, in))
            return js_fail(j, "out of memory");
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

static int js_matches(fsc_compare *c, js *j, fsc_buf *dec)
{
    if (!js_lit(j, '['))
        return js_fail(j, "\"matches\" is not an array");
    c->has_matches = 1;
    if (js_lit(j, ']'))
        return 1;
    do {
        if (!js_lit(j, '{'))
            return js_fail(j, "a match is not an object");
        int has_term = 0, framing = 1, voice_ok = c->o.voice == FSC_COMPARE_VOICE_ALL;
        int cat_ok = !c->restricted;
        if (!js_lit(j, '}')) {
            do {
                const char *key, *v;
                size_t kl, vl;
                if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"key\":");
                if (key && key_is(key, kl, "term")) {
                    if (!js_string(j, dec, &v, &vl))
                        return 0;
                    fsc__buf_reset(&c->tbuf);
                    if (fsc__buf_add(&c->tbuf, v, vl) ||
                        fsc__buf_addc(&c->tbuf, '\0'))
                        return js_fail(j, "out of memory");
                    has_term = 1;
                } else if (key && key_is(key, kl, "layer")) {
                    if (!js_string(j, dec, &v, &vl))
                        return 0;
                    if (key_is(v, vl, "attribution"))
                        framing = 0;
                } else if (key && key_is(key, kl, "out_of_scope")) {
                    /* Outside its lexicon's scope: counted nowhere, so
                     * not a term occurrence either. */
                    js_ws(j);
                    if ((size_t)(j->end - j->p) >= 4 &&
                        memcmp(j->p, "true", 4) == 0)
                        framing = 0;
                    if (!js_skip(j, 2))
                        return 0;
                } else if (key && key_is(key, kl, "voice")) {
                    if (!js_string(j, dec, &v, &vl))
                        return 0;
                    if (key_is(v, vl, fsc_compare_voice_name(c->o.voice)))
                        voice_ok = 1;
                } else if (key && key_is(key, kl, "categories") &&
                           c->restricted) {
                    if (!js_lit(j, '['))
                        return js_fail(j, "match categories not an array");
                    if (!js_lit(j, ']')) {
                        do {
                            if (!js_string(j, dec, &v, &vl))
                                return 0;
                            if (cat_allowed(c, v, vl))
                                cat_ok = 1;
                        } while (js_lit(j, ','));
                        if (!js_lit(j, ']'))
                            return js_fail(j, "expected , or ]");
                    }
                } else if (!js_skip(j, 2)) {
                    return 0;
                }
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
        if (!has_term)
            return js_fail(j, "a match without \"term\"");
        if (!framing || !voice_ok || !cat_ok)
            continue;
        const char *t = c->tbuf.data;
        size_t tl = c->tbuf.len - 1;
        uint32_t h = fsc__hash(t, tl), id;
        if (!fsc__strmap_get(&c->terms, t, tl, h, &id)) {
            id = (uint32_t)c->terms.n;
            if (c->terms.n >= UINT32_MAX - 1 ||
                fsc__strmap_put(&c->terms, t, tl, h, id))
                return js_fail(j, "out of memory");
        }
        if (c->n_pt == c->pt_cap) {
            size_t cap = c->pt_cap ? 2 * c->pt_cap : 64;
            uint32_t *pt = realloc(c->pt, cap * sizeof *pt);
            if (!pt)
                return js_fail(j, "out of memory");
            c->pt = pt;
            c->pt_cap = cap;
        }
        c->pt[c->n_pt++] = id;
    } while (js_lit(j, ','));
    return js_lit(j, ']') || js_fail(j, "expected , or ]");
}

/* The "categories" object of a scored row. */
static int js_categories(fsc_compare *c, js *j, fsc_buf *dec)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"categories\" is not an object");
    if (js_lit(j, '}'))
        return 1;
    size_t k = 0;
    do {
        const char *id;
        size_t idlen;
        if (!js_string(j, dec, &id, &idlen) || !js_lit(j, ':'))
            return js_fail(j, "expected \"category\":");
        /* Rows of one run list categories in the same order: try the
         * category seen at this position in the previous row first. */
        uint32_t cat = UINT32_MAX;
        if (k < c->hint_cap && c->hint[k] != UINT32_MAX) {
            const fsc__strent *e = &c->cats.ents[c->hint[k]];
            if (e->len == idlen && memcmp(e->key, id, idlen) == 0)
                cat = e->val;
        }
        if (cat == UINT32_MAX) {
            if (cat_intern(c, id, idlen, 1, &cat))
                return js_fail(j, "out of memory");
            if (k >= c->hint_cap) {
                size_t cap = k + 16;
                uint32_t *h = realloc(c->hint, cap * sizeof *h);
                if (!h)
                    return js_fail(j, "out of memory");
                for (size_t i = c->hint_cap; i < cap; i++)
                    h[i] = UINT32_MAX;
                c->hint = h;
                c->hint_cap = cap;
            }
            if (cat != UINT32_MAX) {
                /* Map the entry index for the hint: entries are stored in
                 * insertion order, and values equal indices. */
                c->hint[k] = cat;
            }
        }
        k++;
        if (!js_lit(j, '{'))
            return js_fail(j, "category value is not an object");
        double count = NAN, weighted = NAN, vc[3] = { NAN, NAN, NAN };
        if (!js_lit(j, '}')) {
            do {
                const char *key;
                size_t kl;
                if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"key\":");
                if (key && key_is(key, kl, "count")) {
                    if (!js_number(j, &count, NULL, NULL))
                        return 0;
                } else if (key && key_is(key, kl, "voice") && c->need_vc) {
                    if (!js_voices(j, vc))
                        return 0;
                } else if (key && key_is(key, kl, "weighted")) {
                    if (!js_number(j, &weighted, NULL, NULL))
                        return 0;
                } else if (!js_skip(j, 1)) {
                    return 0;
                }
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
        if (!(count >= 0))
            return js_fail(j, "category without a count >= 0");
        if (c->need_vc) {
            /* The category's counts per voice (stored at commit for the
             * voices compared); a category without the count of a voice
             * makes the row one without data of that voice. */
            for (int v = 0; v < 3; v++)
                if (!(vc[v] >= 0))
                    c->novoice |= 1u << v;
        }
        if (c->o.measure == FSC_MEASURE_WEIGHTED && !isfinite(weighted))
            return js_fail(j, "category without \"weighted\"");
        /* Presence keeps the count too (0/1 at run time), so contrasts
         * can sum matches. */
        if (cat != UINT32_MAX && add_pending_cat(c, cat, count, weighted, vc))
            return js_fail(j, "out of memory");
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

typedef struct fs_info {
    int has_fs, skipped, has_tokens;
    double tokens;
    long reason; /* offset in fbuf or -1 */
} fs_info;

/* The row's "lexicon_set": the first one is kept (and its attribution
 * lexicons noted); a row with another one marks the run mixed. */
static int js_lexicon_set(fsc_compare *c, js *j)
{
    js_ws(j);
    const char *s0 = j->p;
    if (!js_skip(j, 1))
        return 0;
    size_t n = (size_t)(j->p - s0);
    if (!c->lexset) {
        c->lexset = malloc(n + 1);
        if (!c->lexset)
            return js_fail(j, "out of memory");
        memcpy(c->lexset, s0, n);
        c->lexset[n] = '\0';
        c->lexset_len = n;
        cJSON *o = cJSON_ParseWithLength(s0, n);
        const cJSON *lx = cJSON_GetObjectItemCaseSensitive(o, "lexicons"), *e;
        cJSON_ArrayForEach(e, lx) {
            const cJSON *nm = cJSON_GetObjectItemCaseSensitive(e, "name");
            const cJSON *ly = cJSON_GetObjectItemCaseSensitive(e, "layer");
            if (cJSON_IsString(nm) && cJSON_IsString(ly) &&
                strcmp(ly->valuestring, "attribution") == 0 &&
                c->n_attr_lex < sizeof c->attr_lex / sizeof *c->attr_lex) {
                char *d = fsc__strdup(nm->valuestring);
                if (d)
                    c->attr_lex[c->n_attr_lex++] = d;
            }
        }
        c->lexset_known = o != NULL;
        cJSON_Delete(o);
        c->lexset_line = c->cur_line;
        return 1;
    }
    if (n != c->lexset_len || memcmp(s0, c->lexset, n) != 0)
        c->lexset_mixed = 1;
    return 1;
}

static int js_framescope(fsc_compare *c, js *j, fs_info *fi, fsc_buf *dec)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"framescope\" is not an object");
    fi->has_fs = 1;
    int has_status = 0;
    unsigned seen = 0;
    static const char *const once[] = { "status",       "reason",  "lang",
                                        "tokens",       "categories",
                                        "voice_tokens", "profile", "matches" };
    if (js_lit(j, '}'))
        return js_fail(j, "\"framescope\" has no \"status\"");
    do {
        const char *key;
        size_t kl;
        if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        for (unsigned k = 0; key && k < sizeof once / sizeof *once; k++)
            if (key_is(key, kl, once[k])) {
                if (seen & (1u << k))
                    return js_fail(j, "duplicate key in \"framescope\"");
                seen |= 1u << k;
            }
        if (!key) {
            if (!js_skip(j, 1))
                return 0;
        } else if (key_is(key, kl, "status")) {
            const char *s;
            size_t n;
            if (!js_string(j, dec, &s, &n))
                return 0;
            has_status = 1;
            if (key_is(s, n, "skipped"))
                fi->skipped = 1;
            else if (!key_is(s, n, "scored"))
                return js_fail(j, "unknown \"status\"");
        } else if (key_is(key, kl, "reason")) {
            if (!js_capture(c, j, &fi->reason))
                return 0;
        } else if (key_is(key, kl, "lang")) {
            if (!js_capture(c, j, &c->fs_lang))
                return 0;
        } else if (key_is(key, kl, "tokens")) {
            if (!js_number(j, &fi->tokens, NULL, NULL))
                return 0;
            fi->has_tokens = 1;
        } else if (key_is(key, kl, "categories")) {
            if (c->profile ? !js_skip(j, 1) : !js_categories(c, j, dec))
                return 0;
        } else if (key_is(key, kl, "scope")) {
            if (!js_scope(c, j, dec))
                return 0;
        } else if (key_is(key, kl, "lexicon_set")) {
            if (!js_lexicon_set(c, j))
                return 0;
        } else if (key_is(key, kl, "voice_tokens")) {
            if (!js_voices(j, c->vtok))
                return 0;
            c->has_vtok = c->has_voice = 1;
        } else if (key_is(key, kl, "profile") && c->profile) {
            if (!js_profile(c, j))
                return 0;
        } else if (key_is(key, kl, "matches") && c->o.keyness) {
            if (!js_matches(c, j, dec))
                return 0;
        } else if (!js_skip(j, 1)) {
            return 0;
        }
    } while (js_lit(j, ','));
    if (!js_lit(j, '}'))
        return js_fail(j, "expected , or }");
    return has_status || js_fail(j, "\"framescope\" has no \"status\"");
}

static fsc_status jsonl_line(fsc_compare *c, const char *p, size_t len,
                             long line, fsc_error *err)
{
    js j = { p, p + len, NULL };
    js_ws(&j);
    if (j.p == j.end)
        return FSC_OK; /* blank line */
    c->cur_line = line;
    /* Every string compare writes comes from rows like this one: a row
       that is not UTF-8 is invalid, never copied into an output. */
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (!fsc__utf8_valid(p, len, &bad, &bl, &bc)) {
        char msg[80];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu of the line",
                 bad + 1);
        c->first_row_seen = 1;
        return invalid_row(c, line, msg);
    }
    fsc__buf_reset(&c->fbuf);
    for (size_t i = 0; i < c->n_needed; i++)
        c->foff[i] = -1;
    c->fs_lang = -1;
    c->n_pc = 0;
    c->has_voice = c->has_vtok = 0;
    c->novoice = 0;
    c->vtok[0] = c->vtok[1] = c->vtok[2] = NAN;
    c->has_profile = c->has_matches = 0;
    c->prof = NAN;
    c->n_pt = 0;
    c->sc_has = c->sc_in = 0;
    fs_info fi = { 0, 0, 0, 0, -1 };
    fsc_buf dec;
    fsc__buf_init(&dec, LINE_CAP);
    int ok = js_lit(&j, '{') || js_fail(&j, "a score row is a JSON object");
    if (ok && !js_lit(&j, '}')) {
        do {
            const char *key;
            size_t kl;
            ok = js_string(&j, &dec, &key, &kl) && js_lit(&j, ':');
            if (!ok) {
                js_fail(&j, "expected \"key\":");
                break;
            }
            if (key_is(key, kl, "framescope")) {
                ok = fi.has_fs ? js_fail(&j, "duplicate key \"framescope\"")
                               : js_framescope(c, &j, &fi, &dec);
            } else {
                size_t f = SIZE_MAX;
                for (size_t i = 0; i < c->n_needed; i++)
                    if (key_is(key, kl, c->needed[i]))
                        f = i;
                /* A field named twice: the row is invalid (every reader
                   applies this one rule; see jsondup.h). */
                ok = f == SIZE_MAX ? js_skip(&j, 0)
                     : c->foff[f] >= 0
                         ? js_fail(&j, "duplicate key in the row")
                         : js_capture(c, &j, &c->foff[f]);
            }
        } while (ok && js_lit(&j, ','));
        if (ok && !js_lit(&j, '}'))
            ok = js_fail(&j, "expected , or }");
    }
    if (ok) {
        js_ws(&j);
        if (j.p != j.end)
            ok = js_fail(&j, "text after the JSON object");
    }
    fsc__buf_free(&dec);
    if (ok && !fi.has_fs) {
        if (!c->first_row_seen)
            return fsc__fail_at(
                err, FSC_EPARSE, c->src_name, line, 0, -1,
                "not a score row (no \"framescope\" object): this looks like "
                "a corpus; score it first, e.g. `framescope score "
                "corpus.jsonl | framescope compare -`");
        ok = js_fail(&j, "not a score row (no \"framescope\" object)");
    }
    c->first_row_seen = 1;
    if (ok && c->lexset_mixed)
        return fsc__fail_at(
            err, FSC_EINVAL, c->src_name, line, 0, -1,
            "this row was scored with another lexicon set than the row at "
            "line %ld (names, versions, SHA-256 or options, such as whether "
            "titles were scored, differ): rows of "
            "different sets cannot be compared; score the corpora again "
            "with one set",
            c->lexset_line);
    if (!ok)
        return invalid_row(c, line, j.err ? j.err : "bad JSON");
    /* "lang" falls back to the language framescope used. */
    for (size_t i = 0; i < c->n_needed; i++)
        if (c->foff[i] < 0 && c->fs_lang >= 0 &&
            strcmp(c->needed[i], "lang") == 0)
            c->foff[i] = c->fs_lang;
    return commit_row(c, fi.skipped,
                      fi.reason >= 0 ? c->fbuf.data + fi.reason : NULL,
                      fi.tokens, fi.has_tokens);
}

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

static fsc_status csv_flush(fsc_compare *c)
{
    if (!c->csv_pending)
        return FSC_OK;
    c->csv_pending = 0;
    return commit_row(c, c->csv_skipped,
                      c->csv_reason.data ? c->csv_reason.data : NULL,
                      c->csv_tokens, c->csv_has_tokens);
}

static int parse_plain_number(const char *s, double *out)
{
    js j = { s, s + strlen(s), NULL };
    return *s && js_number(&j, out, NULL, NULL) && j.p == j.end;
}

static fsc_status csv_record(fsc_compare *c, const char *p, size_t len,
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
        st = csv_flush(c);
        return st ? st : invalid_row(c, line, msg);
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
        st = csv_flush(c);
        return st ? st : invalid_row(c, line, "wrong number of CSV fields");
    }
    const char *id = csv_get(c, nf, c->csv_col[CC_ID]);
    const char *cat = csv_get(c, nf, c->csv_col[CC_CATEGORY]);
    uint32_t ci = UINT32_MAX;
    if (*cat && !c->profile && (st = cat_intern(c, cat, strlen(cat), 1, &ci)))
        return fsc__fail(err, st, "compare: out of memory");
    /* A new article starts at a new id, or when a category repeats. */
    int same = c->csv_pending && c->csv_id.data &&
               strcmp(c->csv_id.data, id) == 0;
    if (same && ci != UINT32_MAX)
        for (size_t k = 0; k < c->n_pc; k++)
            if (c->pc[k].cat == ci)
                same = 0;
    if (!same) {
        if ((st = csv_flush(c)))
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
            return invalid_row(c, line, "unknown status");
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
        !note_scope(c, cat, (size_t)(colon - cat), isc[0] == 't'))
        return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    if (ci != UINT32_MAX && !c->csv_skipped) {
        double count, weighted = NAN;
        if (!parse_plain_number(csv_get(c, nf, c->csv_col[CC_COUNT]), &count) ||
            count < 0) {
            c->csv_pending = 0;
            return invalid_row(c, line, "bad \"count\"");
        }
        const char *w = csv_get(c, nf, c->csv_col[CC_WEIGHTED]);
        if (c->o.measure == FSC_MEASURE_WEIGHTED &&
            !parse_plain_number(w, &weighted)) {
            c->csv_pending = 0;
            return invalid_row(c, line, "bad \"weighted\"");
        }
        double vc[3] = { NAN, NAN, NAN };
        if (c->need_vc && c->has_voice) {
            for (int v = 0; v < 3; v++)
                if (!parse_plain_number(
                        csv_get(c, nf, c->csv_col[CC_VOICE + v]), &vc[v]) ||
                    !(vc[v] >= 0))
                    c->novoice |= 1u << v;
        }
        if (add_pending_cat(c, ci, count, weighted, vc))
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    return FSC_OK;
}

/* ------------------------------------------------------------------ */
/* Streaming                                                            */
/* ------------------------------------------------------------------ */

static fsc_status one_record(fsc_compare *c, const char *p, size_t len,
                             long line, fsc_error *err)
{
    if (len && p[len - 1] == '\r')
        len--;
    if (c->kind == SRC_NONE) {
        size_t i = 0;
        while (i < len && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (i == len)
            return FSC_OK;
        /* A UTF-8 BOM at the start of a CSV file is not part of "id". */
        if (len - i >= 3 && memcmp(p + i, "\xEF\xBB\xBF", 3) == 0) {
            p += i + 3;
            len -= i + 3;
            i = 0;
        }
        c->kind = p[i] == '{' ? SRC_JSONL : SRC_CSV;
    }
    if (c->kind == SRC_JSONL)
        return jsonl_line(c, p, len, line, err);
    fsc_status st = csv_record(c, p, len, line, err);
    if (st == FSC_OK && c->csv_have_header && c->csv_rec.len == 0) {
        /* Keep the header's field names (NUL-separated) for field lookup. */
        st = fsc__buf_add(&c->csv_rec, c->csv_fields.data,
                          c->csv_fields.len);
        if (st == FSC_OK && c->csv_rec.len == 0)
            st = fsc__buf_addc(&c->csv_rec, '\0');
        if (st)
            return fsc__fail(err, st, "compare: out of memory");
    }
    return st;
}

static int odd_quotes(const char *p, size_t len)
{
    int q = 0;
    for (size_t i = 0; i < len; i++)
        q ^= p[i] == '"';
    return q;
}

fsc_status fsc_compare_feed(fsc_compare *c, const char *name,
                            const char *data, size_t len, fsc_error *err)
{
    if (!c || (!data && len))
        return fsc__fail(err, FSC_EINVAL, "compare_feed: bad arguments");
    if (c->ran)
        return fsc__fail(err, FSC_EINVAL, "compare_feed: already run");
    if (!c->src_name) {
        c->src_name = fsc__strdup(name ? name : "-");
        if (!c->src_name)
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    }
    fsc_status st = FSC_OK;
    size_t i = 0;
    while (i < len && st == FSC_OK) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        if (!c->part.len && !c->csv_inq)
            c->rec_line = c->line + 1;
        if (!nl) {
            if ((st = fsc__buf_add(&c->part, data + i, end - i)))
                return fsc__fail_at(err, st, c->src_name, c->rec_line, 0, -1,
                                    "record too long");
            break;
        }
        c->line++;
        const char *p = data + i, *lp = p;
        size_t n = end - i, ln = n;
        if (c->part.len) {
            if ((st = fsc__buf_add(&c->part, p, n)))
                return fsc__fail_at(err, st, c->src_name, c->rec_line, 0, -1,
                                    "record too long");
            p = c->part.data;
            n = c->part.len;
            lp = p + c->part_ls;
            ln = n - c->part_ls;
        }
        /* A CSV field in quotes may hold newlines: keep reading. */
        size_t b = 0;
        while (b < n && (p[b] == ' ' || p[b] == '\t'))
            b++;
        int csvish = c->kind == SRC_CSV ||
                     (c->kind == SRC_NONE && b < n && p[b] != '{');
        if (csvish && odd_quotes(lp, ln))
            c->csv_inq = !c->csv_inq;
        if (csvish && c->csv_inq) {
            if (!c->part.len)
                st = fsc__buf_add(&c->part, p, n);
            if (st == FSC_OK)
                st = fsc__buf_addc(&c->part, '\n');
            if (st)
                return fsc__fail_at(err, st, c->src_name, c->rec_line, 0, -1,
                                    "record too long");
            c->part_ls = c->part.len;
            i = end + 1;
            continue;
        }
        st = one_record(c, p, n, c->rec_line, err);
        fsc__buf_reset(&c->part);
        c->part_ls = 0;
        i = end + 1;
    }
    if (st && err && !err->where[0])
        fsc__error_where(err, c->src_name);
    return st;
}

fsc_status fsc_compare_end(fsc_compare *c, fsc_error *err)
{
    if (!c)
        return fsc__fail(err, FSC_EINVAL, "compare_end: NULL");
    fsc_status st = FSC_OK;
    if (c->part.len) {
        if (c->csv_inq)
            st = invalid_row(c, c->rec_line, "unterminated quoted CSV field");
        else
            st = one_record(c, c->part.data, c->part.len, c->rec_line, err);
    }
    if (st == FSC_OK && c->kind == SRC_CSV)
        st = csv_flush(c);
    fsc__buf_reset(&c->part);
    c->part_ls = 0;
    fsc__buf_reset(&c->csv_rec);
    c->csv_inq = 0;
    c->csv_have_header = 0;
    c->csv_pending = 0;
    c->kind = SRC_NONE;
    c->line = 0;
    c->first_row_seen = 0;
    free(c->src_name);
    c->src_name = NULL;
    if (st && err && !err->msg[0])
        fsc__fail(err, st, "compare: out of memory");
    return st;
}

/* ------------------------------------------------------------------ */
/* Statistics                                                           */
/* ------------------------------------------------------------------ */

static uint64_t mix64(uint64_t z)
{
    z += 0x9E3779B97F4A7C15u;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static uint64_t name_hash(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * One sorted cell as the pairwise statistics use it, computed once per cell
 * instead of once per pair (49 times with 50 outlets): its moments (for
 * Welch and the effect sizes), its plain sum and zero run (for the
 * permutation statistic) and its runs of equal values (for the merge).
 */
typedef struct cell_sum {
    fsc__moments mom; /* as fsc_stats_welch() computes them */
    double sum;       /* x[0] + ... + x[n-1] in double from +0 */
    size_t z0, z1;    /* x[z0..z1) are the zeros */
    size_t nr;        /* runs: distinct values v[0..nr), counts c[0..nr) */
    const double *v;
    const size_t *c;
} cell_sum;

/* Describe sorted x[0..n) into *cs, with its runs in v[] and c[] (room for
 * n each). */
static void cell_summarize(const double *x, size_t n, double *v, size_t *c,
                           cell_sum *cs)
{
    fsc__stats_moments(x, n, &cs->mom);
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    cs->sum = s;
    size_t z0 = 0, z1;
    while (z0 < n && x[z0] < 0)
        z0++;
    for (z1 = z0; z1 < n && x[z1] == 0;)
        z1++;
    cs->z0 = z0;
    cs->z1 = z1;
    size_t d = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && x[j] == x[i])
            j++;
        v[d] = x[i];
        c[d] = j - i;
        d++;
        i = j;
    }
    cs->nr = d;
    cs->v = v;
    cs->c = c;
}

/*
 * Mann-Whitney (normal approximation) and effect sizes of two sorted cells
 * by one merge of their runs of equal values, O(runs) instead of the
 * O(N log N) sorts and allocations of stats.c: with 50 outlets there are
 * 1,225 pairs per category, and a cell of rates is mostly one run of
 * zeros. Used only where stats.c would also use the normal approximation
 * (nx + ny >= FAST_MIN); the rank sums, tie sums and Cliff counts are exact
 * integers (or halves) in doubles, so W, the tie correction and delta equal
 * stats.c's bit for bit; the means and variances are fsc_stats_welch()'s
 * and fsc_stats_effect()'s (the same arithmetic); the normal tail uses erfc
 * rather than GSL (agreement checked in tests/unit/test_compare.c).
 */
static void fast_pair_runs(const cell_sum *cx, const cell_sum *cy,
                           fsc_test2 *mw, fsc_effect *ef)
{
    const double *xv = cx->v, *yv = cy->v;
    const size_t *xc = cx->c, *yc = cy->c;
    const size_t nrx = cx->nr, nry = cy->nr;
    const size_t nx = cx->mom.n, ny = cy->mom.n;
    double rsum = 0, ties = 0;
    double sr = 0, sr2 = 0, sc = 0, sc2 = 0; /* Cliff row/column dominances */
    uint64_t gt = 0, lt = 0;
    size_t a = 0, b = 0, i = 0, j = 0; /* runs and values consumed */
    while (a < nrx || b < nry) {
        double v = a < nrx && (b >= nry || xv[a] <= yv[b]) ? xv[a] : yv[b];
        size_t tx = 0, ty = 0, pos = i + j;
        if (a < nrx && xv[a] == v)
            tx = xc[a++];
        if (b < nry && yv[b] == v)
            ty = yc[b++];
        i += tx;
        j += ty;
        double t = (double)(tx + ty);
        rsum += (double)tx * ((double)pos + (t + 1) / 2);
        ties += t * t * t - t;
        gt += (uint64_t)tx * (j - ty);
        lt += (uint64_t)tx * (ny - j);
        /* each x of the run: ys below minus ys above; each y: xs above
           minus xs below */
        double di = ((double)(j - ty) - (double)(ny - j)) / (double)ny;
        double dj = ((double)(nx - i) - (double)(i - tx)) / (double)nx;
        sr += (double)tx * di;
        sr2 += (double)tx * di * di;
        sc += (double)ty * dj;
        sc2 += (double)ty * dj * dj;
    }
    double dx = (double)nx, dy = (double)ny, N = dx + dy;
    memset(mw, 0, sizeof *mw);
    mw->df = NAN;
    mw->p = NAN;
    mw->method = "Wilcoxon rank sum test with continuity correction";
    double w = rsum - dx * (dx + 1) / 2;
    mw->statistic = w;
    double z = w - dx * dy / 2;
    double sigma2 = (dx * dy / 12) * ((N + 1) - ties / (N * (N - 1)));
    if (!(sigma2 > 0)) {
        mw->reason = "all values are tied: U has no variance";
    } else {
        double corr = z > 0 ? 0.5 : z < 0 ? -0.5 : 0;
        z = (z - corr) / sqrt(sigma2);
        mw->p = fmin(1.0, erfc(fabs(z) / sqrt(2.0)));
    }

    memset(ef, 0, sizeof *ef);
    ef->cohen_d = ef->hedges_g = NAN;
    double mx = cx->mom.mean, my = cy->mom.mean;
    ef->mean_diff = mx - my;
    ef->cliff = ((double)gt - (double)lt) / (dx * dy);
    {
        double d = ef->cliff;
        fsc__cliff_ci(d, nx, ny, sr2 - 2 * d * sr + dx * d * d,
                      sc2 - 2 * d * sc + dy * d * d, (double)(gt + lt),
                      &ef->cliff_lo, &ef->cliff_hi);
    }
    size_t m = nx + ny - 2;
    double ss = 0;
    if (nx > 1)
        ss += cx->mom.var * (double)(nx - 1);
    if (ny > 1)
        ss += cy->mom.var * (double)(ny - 1);
    double sp = sqrt(ss / (double)m);
    if (!(sp > 0)) {
        ef->reason = "pooled SD is zero: d and g are undefined";
        return;
    }
    ef->cohen_d = (mx - my) / sp;
    double h = (double)m / 2;
    /* J = Gamma(h) / (sqrt(h) Gamma(h - 1/2)); the log-gammas are large and
     * nearly equal, so take the log of their ratio directly (GSL's lnpoch;
     * unlike lgamma() it writes no global signgam, so threads may call it). */
    ef->hedges_g = ef->cohen_d * exp(gsl_sf_lnpoch(h - 0.5, 0.5)) / sqrt(h);
}

/* fast_pair_runs() of two sorted arrays, for the unit tests (allocates the
 * runs; nx + ny >= 3). */
fsc_status fsc__compare_fast_pair(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *mw, fsc_effect *ef);
fsc_status fsc__compare_fast_pair(const double *x, size_t nx, const double *y,
                                  size_t ny, fsc_test2 *mw, fsc_effect *ef)
{
    size_t n = nx + ny ? nx + ny : 1;
    double *v = malloc(n * sizeof *v);
    size_t *c = malloc(n * sizeof *c);
    if (!v || !c) {
        free(v);
        free(c);
        return FSC_ENOMEM;
    }
    cell_sum cx, cy;
    cell_summarize(x, nx, v, c, &cx);
    cell_summarize(y, ny, v + nx, c + nx, &cy);
    fast_pair_runs(&cx, &cy, mw, ef);
    free(v);
    free(c);
    return FSC_OK;
}

/* Upper tail of chi-square with integer df k >= 1 at x >= 0, in closed form
 * (sum of Poisson terms; erfc for odd k). GSL's log-gamma, not lgamma(),
 * which races on the global signgam when compare runs on several threads. */
static double chisq_q_int(double x, unsigned k)
{
    if (!(x > 0))
        return 1;
    double h = x / 2, s = 0;
    if (k % 2 == 0) {
        for (unsigned i = 0; i < k / 2; i++)
            s += exp(-h + i * log(h) - gsl_sf_lnfact(i));
        return fmin(1.0, s);
    }
    s = erfc(sqrt(h));
    for (unsigned i = 1; i <= (k - 1) / 2; i++)
        s += exp(-h + (i - 0.5) * log(h) - gsl_sf_lngamma(i + 0.5));
    return fmin(1.0, s);
}

/* Kruskal-Wallis of k SORTED groups by a k-way merge (stats.c sorts the
 * pooled values: O(N log N) with N = all articles, per category). */
fsc_status fsc__compare_fast_kw(const double *const *g, const size_t *n,
                                size_t k, size_t *head, double *rsum,
                                fsc_test2 *out);
fsc_status fsc__compare_fast_kw(const double *const *g, const size_t *n,
                                size_t k, size_t *head, double *rsum,
                                fsc_test2 *out)
{
    memset(out, 0, sizeof *out);
    out->statistic = out->df = out->p = NAN;
    out->method = "Kruskal-Wallis rank sum test";
    size_t nonempty = 0, total = 0;
    for (size_t i = 0; i < k; i++) {
        head[i] = 0;
        rsum[i] = 0;
        nonempty += n[i] > 0;
        total += n[i];
    }
    if (nonempty < 2) {
        out->reason = "fewer than two groups have values";
        return FSC_OK;
    }
    size_t pos = 0;
    double ties = 0;
    while (pos < total) {
        double v = INFINITY;
        int any = 0;
        for (size_t i = 0; i < k; i++)
            if (head[i] < n[i] && (!any || g[i][head[i]] < v)) {
                v = g[i][head[i]];
                any = 1;
            }
        /* The run of v: count it first, then give each group its share of
         * the midrank. */
        size_t t = 0;
        for (size_t i = 0; i < k; i++)
            for (size_t h = head[i]; h < n[i] && g[i][h] == v; h++)
                t++;
        double avg = (double)pos + ((double)t + 1) / 2;
        for (size_t i = 0; i < k; i++) {
            size_t s0 = head[i];
            while (head[i] < n[i] && g[i][head[i]] == v)
                head[i]++;
            rsum[i] += (double)(head[i] - s0) * avg;
        }
        pos += t;
        double dt = (double)t;
        ties += dt * dt * dt - dt;
    }
    double N = (double)total, s = 0;
    for (size_t i = 0; i < k; i++)
        if (n[i] > 0)
            s += rsum[i] * rsum[i] / (double)n[i];
    double corr = 1 - ties / (N * N * N - N);
    out->df = (double)(nonempty - 1);
    if (!(corr > 0)) {
        out->reason = "all values are tied: H is undefined";
        return FSC_OK;
    }
    double h = (12 * s / (N * (N + 1)) - 3 * (N + 1)) / corr;
    out->statistic = h;
    out->p = chisq_q_int(h > 0 ? h : 0, (unsigned)(nonempty - 1));
    return FSC_OK;
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

/* Value of category `oc` (stored id) in row r for voice index vi, in the
 * run's measure. */
static double row_value(const fsc_compare *c, size_t vi, size_t oc, size_t r)
{
    double v = col_get(c, vi, oc, r);
    if (c->o.measure == FSC_MEASURE_RATE ||
        c->o.measure == FSC_MEASURE_VOICE_RATE)
        v = v * 1000.0 / (double)(vi && c->row_vtok[vi] ? c->row_vtok[vi][r]
                                                       : c->row_tokens[r]);
    else if (c->o.measure == FSC_MEASURE_PRESENCE)
        v = v > 0;
    return v;
}

/*
 * The time series of one category: the values go to (group, period) cells,
 * each sorted (so the figures do not depend on row order) and described
 * with its own seed from the group, period and category names. Empty cells
 * skip the bootstrap.
 */
static fsc_status do_series(work *w, size_t ci, double *buf, size_t *fill,
                            uint64_t hc, fsc_error *err)
{
    fsc_compare *c = w->c;
    const size_t G = c->groups.n, P = w->n_periods, C = c->cats.n;
    const size_t oc = w->perm_c[ci];
    const fsc_compare_opts *o = &c->o;
    for (size_t k = 0; k < G * P; k++)
        fill[k] = w->gpoff[k];
    for (size_t r = 0; r < c->n_rows; r++) {
        if (!row_in(c, 0, r))
            continue; /* the series is of the first voice */
        size_t k = w->perm_g[c->row_group[r]] * P + w->perm_p[c->row_period[r]];
        buf[fill[k]++] = row_value(c, 0, oc, r);
    }
    for (size_t g = 0; g < G; g++)
        for (size_t p = 0; p < P; p++) {
            size_t k = g * P + p, n = fill[k] - w->gpoff[k];
            fsc_compare_cell *cell = &c->series[k * C + ci];
            cell->group = g;
            cell->category = ci;
            cell->period = p;
            if (n == 0) {
                fsc_desc *d = &cell->desc;
                memset(d, 0, sizeof *d);
                d->mean = d->sd = d->median = d->q1 = d->q3 = NAN;
                d->ci_lo = d->ci_hi = NAN;
                d->reason = "no articles of the group in this period";
                continue;
            }
            double *x = buf + w->gpoff[k];
            fsc__qsort(x, n, sizeof *x, cmp_double);
            uint64_t seed = mix64(
                o->seed ^ mix64(name_hash(c->gnames[g]) ^
                                mix64(hc ^ mix64(name_hash(c->pnames[p]) ^
                                                 0x7365726965730000u))));
            fsc_status st = fsc_stats_describe(x, n, o->bootstrap, o->level,
                                               seed, &cell->desc, err);
            if (st)
                return st;
        }
    return FSC_OK;
}

/*
 * Sort cell x[0..n) as fsc__qsort(cmp_double) does. A cell of counts or
 * rates is mostly zeros: when it has no negative value, no -0 and no NAN,
 * its zeros are all the same +0, so they go first without sorting and only
 * the positive values are sorted (equal positive values are identical, so
 * the order is the same as sorting everything).
 */
static void sort_cell(double *x, size_t n)
{
    size_t w = n;
    for (size_t i = 0; i < n; i++)
        if (!(x[i] >= 0) || (x[i] == 0 && signbit(x[i]))) {
            fsc__qsort(x, n, sizeof *x, cmp_double);
            return;
        }
    /* Move the positive values to the end, keeping their order. */
    for (size_t i = n; i-- > 0;)
        if (x[i] != 0)
            x[--w] = x[i];
    for (size_t i = 0; i < w; i++)
        x[i] = 0;
    fsc__qsort(x + w, n - w, sizeof *x, cmp_double);
}

/* Per-worker buffers of do_category(). */
typedef struct wbufs {
    double *buf;  /* the category's values, cell after cell */
    size_t *fill; /* G */
    size_t *head; /* G */
    double *rsum; /* G */
    double *sbuf; /* series: values by (group, period); NULL without */
    size_t *sfill;
    cell_sum *cs; /* G */
    double *rv;   /* runs of the cells: values and counts, n_rows each */
    size_t *rc;
    size_t *lsz;  /* G: sizes of the groups with articles in the voice */
} wbufs;

/* The cells, pairs and Kruskal-Wallis figures where a voice has no data. */
static void empty_desc(fsc_desc *d, const char *why)
{
    memset(d, 0, sizeof *d);
    d->mean = d->sd = d->median = d->q1 = d->q3 = NAN;
    d->ci_lo = d->ci_hi = NAN;
    d->reason = why;
}

static void empty_test(fsc_test2 *t, const char *method, const char *why)
{
    t->statistic = t->df = t->p = NAN;
    t->exact = 0;
    t->method = method;
    t->reason = why;
}

static void empty_pair(fsc_compare_pair *p)
{
    static const char why[] = "a group has no articles in this voice";
    p->ratio = NAN;
    p->effect.mean_diff = p->effect.cohen_d = p->effect.hedges_g = NAN;
    p->effect.cliff = NAN;
    p->effect.cliff_lo = p->effect.cliff_hi = NAN;
    p->effect.reason = why;
    empty_test(&p->welch, "Welch two-sample t-test", why);
    empty_test(&p->mw, "Mann-Whitney U", why);
    empty_test(&p->perm, "permutation test", why);
    p->welch_p_adj = p->mw_p_adj = p->perm_p_adj = NAN;
}

/* The cells, pairs and Kruskal-Wallis test of category ci in voice vi. */
static fsc_status do_category(work *w, size_t vi, size_t ci, wbufs *wb,
                              fsc_error *err)
{
    double *buf = wb->buf;
    size_t *fill = wb->fill;
    cell_sum *cs = wb->cs;
    fsc_compare *c = w->c;
    const vview *vw = &w->vv[vi];
    const size_t G = c->groups.n, C = c->cats.n, oc = w->perm_c[ci];
    const size_t *gsize = vw->gsize, *goff = vw->goff;
    const fsc_compare_opts *o = &c->o;
    fsc_compare_cell *cells = c->cells + vi * G * C;
    fsc_status st;

    for (size_t g = 0; g < G; g++)
        fill[g] = goff[g];
    for (size_t r = 0; r < c->n_rows; r++)
        if (row_in(c, vi, r))
            buf[fill[w->perm_g[c->row_group[r]]]++] = row_value(c, vi, oc, r);
    /* Sorted cells make every figure independent of row order. */
    for (size_t g = 0; g < G; g++)
        sort_cell(buf + goff[g], gsize[g]);

    for (size_t g = 0; g < G; g++)
        cell_summarize(buf + goff[g], gsize[g], wb->rv + goff[g],
                       wb->rc + goff[g], &cs[g]);
    uint64_t hc = name_hash(c->cnames[ci]);
    for (size_t g = 0; g < G; g++) {
        fsc_compare_cell *cell = &cells[g * C + ci];
        cell->group = g;
        cell->category = ci;
        if (gsize[g] == 0) { /* only with several voices */
            empty_desc(&cell->desc, "no articles of the group in this voice");
            continue;
        }
        uint64_t seed = mix64(o->seed ^ mix64(name_hash(c->gnames[g]) ^
                                              mix64(hc)));
        st = fsc__stats_describe_m(buf + goff[g], gsize[g], &cs[g].mom,
                                   o->bootstrap, o->level, seed, &cell->desc,
                                   err);
        if (st)
            return st;
    }
    if (vi == 0 && w->n_periods &&
        (st = do_series(w, ci, wb->sbuf, wb->sfill, hc, err)))
        return st;

    /* The describe calls above have checked that every value is finite,
     * which is all that the pairwise calls below would check again. */

    size_t k = 0;
    for (size_t a = 0; a < G; a++)
        for (size_t b = a + 1; b < G; b++, k++) {
            fsc_compare_pair *p =
                &c->pairs[(vi * C + ci) * w->n_pairs_per_cat + k];
            const double *x = buf + goff[a], *y = buf + goff[b];
            size_t nx = gsize[a], ny = gsize[b];
            p->category = ci;
            p->a = a;
            p->b = b;
            p->voice = vi;
            if (nx == 0 || ny == 0) {
                empty_pair(p);
                continue;
            }
            fsc__stats_welch_moments(&cs[a].mom, &cs[b].mom, &p->welch);
            if (nx + ny >= FAST_MIN) {
                fast_pair_runs(&cs[a], &cs[b], &p->mw, &p->effect);
            } else {
                st = fsc_stats_mann_whitney(x, nx, y, ny, &p->mw, err);
                if (!st)
                    st = fsc_stats_effect(x, nx, y, ny, &p->effect, err);
                if (st)
                    return st;
            }
            if (o->permutations == 0) {
                /* The observed difference only: the sums it needs, with
                 * y's zeros skipped (adding them changes nothing). */
                double total = cs[a].sum;
                for (size_t i = 0; i < cs[b].z0; i++)
                    total += y[i];
                for (size_t i = cs[b].z1; i < ny; i++)
                    total += y[i];
                st = fsc__stats_perm_observed(cs[a].sum, total, nx, ny,
                                              &p->perm, err);
            } else {
                uint64_t seed = mix64(
                    o->seed ^ mix64(hc ^ mix64(name_hash(c->gnames[a]) ^
                                               mix64(name_hash(
                                                   c->gnames[b])))));
                st = fsc_stats_permutation(x, nx, y, ny, o->permutations,
                                           seed, &p->perm, err);
            }
            if (st)
                return st;
            double ma = cells[a * C + ci].desc.mean;
            double mb = cells[b * C + ci].desc.mean;
            p->ratio = mb != 0 ? ma / mb : NAN;
            p->welch_p_adj = p->mw_p_adj = p->perm_p_adj = NAN;
        }

    if (G > 2) {
        /* Over the groups with articles in the voice (all of them with one
         * voice), as a run of this voice alone computes it. */
        fsc_compare_kw *kw = &c->kw[vi * C + ci];
        const size_t L = vw->G;
        kw->category = ci;
        kw->voice = vi;
        kw->p_adj = NAN;
        if (L <= 2) {
            empty_test(&kw->test, "Kruskal-Wallis rank sum test",
                       "fewer than 3 groups have articles in this voice");
            return FSC_OK;
        }
        const double **ptr = malloc(L * sizeof *ptr);
        if (!ptr)
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        for (size_t i = 0; i < L; i++) {
            ptr[i] = buf + goff[vw->gl[i]];
            wb->lsz[i] = gsize[vw->gl[i]];
        }
        if (vw->n_rows >= FAST_MIN)
            st = fsc__compare_fast_kw(ptr, wb->lsz, L, wb->head, wb->rsum,
                                      &kw->test);
        else
            st = fsc_stats_kruskal_test((const double *const *)ptr, wb->lsz,
                                        L, &kw->test, err);
        free(ptr);
        if (st)
            return st;
    }
    return FSC_OK;
}

static void *worker(void *arg)
{
    work *w = arg;
    fsc_compare *c = w->c;
    size_t G = c->groups.n, R = c->n_rows ? c->n_rows : 1;
    size_t G1 = G ? G : 1;
    wbufs wb;
    wb.buf = malloc(R * sizeof *wb.buf);
    wb.fill = malloc(G1 * sizeof *wb.fill);
    wb.head = malloc(G1 * sizeof *wb.head);
    wb.rsum = malloc(G1 * sizeof *wb.rsum);
    wb.cs = malloc(G1 * sizeof *wb.cs);
    wb.rv = malloc(R * sizeof *wb.rv);
    wb.rc = malloc(R * sizeof *wb.rc);
    wb.lsz = malloc(G1 * sizeof *wb.lsz);
    /* Series buffers only with a period: a plain run allocates nothing. */
    size_t GP = G * w->n_periods;
    wb.sbuf = GP ? malloc(R * sizeof *wb.sbuf) : NULL;
    wb.sfill = GP ? malloc(GP * sizeof *wb.sfill) : NULL;
    fsc_error err;
    fsc_error_clear(&err);
    fsc_status st = wb.buf && wb.fill && wb.head && wb.rsum && wb.cs && wb.rv &&
                            wb.rc && wb.lsz && (!GP || (wb.sbuf && wb.sfill))
                        ? FSC_OK
                        : FSC_ENOMEM;
    if (st)
        fsc__fail(&err, st, "compare: out of memory");
    for (;;) {
        pthread_mutex_lock(&w->mu);
        size_t t = w->next++;
        if (st && w->st == FSC_OK) {
            w->st = st;
            w->err = err;
        }
        int stop = w->st != FSC_OK || t >= c->nv * c->cats.n;
        pthread_mutex_unlock(&w->mu);
        if (stop)
            break;
        st = do_category(w, t / c->cats.n, t % c->cats.n, &wb, &err);
    }
    free(wb.sbuf);
    free(wb.sfill);
    free(wb.buf);
    free(wb.fill);
    free(wb.head);
    free(wb.rsum);
    free(wb.cs);
    free(wb.rv);
    free(wb.rc);
    free(wb.lsz);
    return NULL;
}

/* |z| descending (undefined last), then the term: a total order. */
static int cmp_term(const void *a, const void *b)
{
    const fsc_compare_term *x = a, *y = b;
    double zx = fabs(x->k.z), zy = fabs(y->k.z);
    int nx = isnan(zx), ny = isnan(zy);
    if (nx != ny)
        return nx - ny;
    if (!nx && zx != zy)
        return zx > zy ? -1 : 1;
    return strcmp(x->term, y->term);
}

/*
 * Keyness of every pair of groups over the terms either group uses (its
 * vocabulary): Monroe et al.'s log-odds with a Dirichlet prior (the pair's
 * pooled counts scaled to a0, or uniform) and Williams-corrected G2, both
 * from stats.c. Totals are the tokens of the rows that carry matches.
 */
static fsc_status run_keyness(fsc_compare *c, const size_t *perm_g,
                              fsc_error *err)
{
    const size_t G = c->groups.n, V = c->terms.n, K = c->o.keyness_top;
    fsc_compare_result *r = &c->res;
    r->keyness_rows = c->krows;
    r->keyness_rows_without = c->krows_without;
    if (!c->o.keyness)
        return FSC_OK;
    if (c->krows == 0) {
        r->keyness_reason = "no term data: no compared score row has "
                            "\"matches\" (score without --no-matches)";
        return FSC_OK;
    }
    if (G < 2) {
        r->keyness_reason = "only one group: no pairs";
        return FSC_OK;
    }
    size_t np = G * (G - 1) / 2, kk = K < V ? K : V;
    fsc_status st = FSC_OK;
    /* One spare row in the term arrays: the corpus prior's "other". */
    size_t *inv = malloc(G * sizeof *inv);
    double *yi = malloc((V + 1) * sizeof *yi);
    double *yj = malloc((V + 1) * sizeof *yj);
    double *pr = malloc((V + 1) * sizeof *pr);
    uint32_t *ids = malloc((V ? V : 1) * sizeof *ids);
    fsc_keyness *ko = malloc((V + 1) * sizeof *ko);
    fsc_compare_term *all = malloc((V ? V : 1) * sizeof *all);
    double *ycorp = c->o.prior == FSC_PRIOR_CORPUS
                        ? calloc(V ? V : 1, sizeof *ycorp)
                        : NULL;
    /* The BH family: g2_p of every term of every pair's vocabulary. */
    size_t fam_n = 0, fam_cap = 0;
    double *fam = NULL;
    c->kres = calloc(np, sizeof *c->kres);
    c->kterms = calloc(np * (kk ? kk : 1), sizeof *c->kterms);
    if (!inv || !yi || !yj || !pr || !ids || !ko || !all || !c->kres ||
        !c->kterms || (c->o.prior == FSC_PRIOR_CORPUS && !ycorp)) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t g = 0; g < G; g++)
        inv[perm_g[g]] = g;
    double ytot = 0;
    if (ycorp) {
        /* Summed in sorted group order, so the prior (and z) do not depend
         * on the order in which groups first appeared. */
        for (size_t a = 0; a < G; a++) {
            size_t ga = inv[a];
            const gterms *ta = ga < c->g_cap ? &c->gt[ga] : NULL;
            for (size_t t = 0; ta && t < ta->len; t++)
                ycorp[t] += ta->n[t];
        }
        /* Frequencies relative to every token of the corpus: the terms
         * are a small part of the vocabulary, the rest is "other". */
        for (size_t a = 0; a < G; a++) {
            size_t ga = inv[a];
            ytot += ga < c->g_cap ? c->gtok[ga] : 0;
        }
        double yterms = 0;
        for (size_t t = 0; t < V; t++)
            yterms += ycorp[t];
        if (ytot < yterms)
            ytot = yterms;
    }
    size_t k = 0;
    for (size_t a = 0; a < G && st == FSC_OK; a++)
        for (size_t b = a + 1; b < G && st == FSC_OK; b++, k++) {
            fsc_compare_keyness *e = &c->kres[k];
            size_t ga = inv[a], gb = inv[b], nv = 0;
            const gterms *ta = ga < c->g_cap ? &c->gt[ga] : NULL;
            const gterms *tb = gb < c->g_cap ? &c->gt[gb] : NULL;
            e->a = a;
            e->b = b;
            e->tokens_a = ga < c->g_cap ? c->gtok[ga] : 0;
            e->tokens_b = gb < c->g_cap ? c->gtok[gb] : 0;
            e->top = c->kterms + k * kk;
            for (uint32_t t = 0; t < V; t++) {
                double x = ta && t < ta->len ? ta->n[t] : 0;
                double y = tb && t < tb->len ? tb->n[t] : 0;
                e->terms_a += x;
                e->terms_b += y;
                if (x + y > 0) {
                    yi[nv] = x;
                    yj[nv] = y;
                    ids[nv++] = t;
                }
            }
            e->n_vocab = nv;
            if (fmin(e->tokens_a, e->tokens_b) < c->o.prior_a0)
                e->caution = "a group has fewer tokens than the prior's a0: "
                             "the prior outweighs the counts and z may "
                             "point away from them (lower --prior-a0)";
            if (nv == 0) {
                e->reason = "neither group has a framing term";
                continue;
            }
            size_t nk = nv; /* rows passed to the statistics */
            double na = fmax(e->tokens_a, e->terms_a);
            double nb = fmax(e->tokens_b, e->terms_b);
            if (c->o.prior == FSC_PRIOR_UNIFORM) {
                st = fsc_stats_prior_uniform(nv, c->o.prior_a0, pr, err);
            } else {
                /* Informative prior (Monroe et al. 2008): a0 times each
                 * term's share of ALL tokens, of the pair (pooled) or of
                 * the whole corpus. The lexicon terms are a small part of
                 * the vocabulary; the rest of the mass goes to one "other"
                 * row, so that the prior sums to a0 and the term rows keep
                 * their true frequency. (Spreading a0 over the terms alone
                 * would give each term a pseudo-count near a0 times its
                 * share of term occurrences, which swamps small counts and
                 * can turn z against them.) */
                double used = 0;
                for (size_t i = 0; i < nv; i++) {
                    pr[i] = c->o.prior == FSC_PRIOR_CORPUS
                                ? c->o.prior_a0 * ycorp[ids[i]] / ytot
                                : c->o.prior_a0 * (yi[i] + yj[i]) / (na + nb);
                    used += pr[i];
                }
                double other = c->o.prior_a0 - used;
                if (other > 1e-9 * c->o.prior_a0) {
                    yi[nv] = yj[nv] = 0;
                    pr[nv] = other;
                    nk = nv + 1;
                }
            }
            /* Counts never exceed tokens, but a total must not be below
             * its counts: take the larger. */
            if (st == FSC_OK)
                st = fsc_stats_keyness(yi, yj, pr, nk, na, nb, ko, err);
            if (st)
                break;
            if (fam_n + nv > fam_cap) {
                size_t cap = fam_cap ? 2 * fam_cap : 256;
                while (cap < fam_n + nv)
                    cap *= 2;
                double *f = realloc(fam, cap * sizeof *f);
                if (!f) {
                    st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
                    break;
                }
                fam = f;
                fam_cap = cap;
            }
            for (size_t i = 0; i < nv; i++) {
                all[i].term = c->terms.ents[ids[i]].key;
                all[i].count_a = yi[i];
                all[i].count_b = yj[i];
                all[i].k = ko[i];
                /* Until the family is adjusted below, g2_p_adj holds the
                 * term's position in it (exact in a double). */
                all[i].g2_p_adj = (double)fam_n;
                fam[fam_n++] = ko[i].g2_p;
            }
            fsc__qsort(all, nv, sizeof *all, cmp_term);
            e->n_top = nv < kk ? nv : kk;
            memcpy(c->kterms + k * kk, all, e->n_top * sizeof *all);
        }
    if (st == FSC_OK && fam_n) {
        size_t m = 0;
        for (size_t i = 0; i < fam_n; i++)
            if (!isnan(fam[i]))
                m++;
        st = fsc_stats_bh(fam, fam_n, fam, err);
        for (size_t i = 0; st == FSC_OK && i < np * kk; i++) {
            fsc_compare_term *t = &c->kterms[i];
            if (t->term)
                t->g2_p_adj = fam[(size_t)t->g2_p_adj];
        }
        r->m_keyness = m;
    }
    if (st == FSC_OK) {
        r->n_keyness = np;
        r->keyness = c->kres;
    }
done:
    free(fam);
    free(ycorp);
    free(inv);
    free(yi);
    free(yj);
    free(pr);
    free(ids);
    free(ko);
    free(all);
    return st;
}

/* ------------------------------------------------------------------ */
/* Contested-term pairs                                                 */
/* ------------------------------------------------------------------ */

typedef struct ab_use { /* matches of the pair's two categories in an article */
    double a, b;
} ab_use;

static int cmp_ab_use(const void *x, const void *y)
{
    const ab_use *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return (p->b > q->b) - (p->b < q->b);
}

/* Match count of category `oc` (stored id) in row r: the stored count, or
 * with the weighted measure the counts kept beside the weights. */
static double row_count(const fsc_compare *c, size_t oc, size_t r)
{
    if (c->o.measure == FSC_MEASURE_WEIGHTED)
        return oc < c->raw_cap && c->raw[oc] ? (double)c->raw[oc][r] : 0;
    return col_get(c, 0, oc, r); /* the first voice */
}

/* R's type 7 quantile of sorted m[0..n) at p (n >= 1), as stats.c takes
 * the bootstrap percentiles; NAN when it reaches an infinite value. */
static double quantile7(const double *m, size_t n, double p)
{
    double h = (double)(n - 1) * p;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1)
        return isfinite(m[n - 1]) ? m[n - 1] : NAN;
    double f = h - (double)lo;
    if (!isfinite(m[lo]) || (f > 0 && !isfinite(m[lo + 1])))
        return NAN;
    return f > 0 ? m[lo] + f * (m[lo + 1] - m[lo]) : m[lo];
}

/*
 * One pair in one group: sums, shares and the bootstrap. u[0..k) are the
 * articles using either term, sorted; n the group's articles. Resampling n
 * articles with replacement is a multinomial draw of how often each
 * distinct (a, b) use, and "no use", is picked (as FSC_BOOT_MULTINOMIAL in
 * stats.c): O(B d) for d distinct uses instead of O(B n).
 */
static fsc_status contrast_cell(const fsc_compare *c, const ab_use *u, size_t k,
                                size_t n, uint64_t seed, gsl_rng *rng,
                                double *ms, double *mr, double *pv,
                                unsigned *cnt, ab_use *dv,
                                fsc_compare_contrast *out)
{
    const char *why_share = NULL, *why_ci = NULL, *why_ratio = NULL,
               *why_rci = NULL;
    double ua = 0, ub = 0;
    for (size_t i = 0; i < k; i++) {
        ua += u[i].a;
        ub += u[i].b;
    }
    out->uses_a = ua;
    out->uses_b = ub;
    out->articles = k;
    out->share_a = out->ratio = NAN;
    out->share_lo = out->share_hi = out->ratio_lo = out->ratio_hi = NAN;
    if (ua + ub > 0)
        out->share_a = ua / (ua + ub);
    else
        why_share = "neither term is used in the group";
    if (ub > 0)
        out->ratio = ua / ub;
    else
        why_ratio = "the second term is not used in the group: no ratio";
    size_t B = c->o.bootstrap;
    if (B == 0) {
        why_ci = why_rci = "no bootstrap resamples were asked for";
    } else if (k < 2) {
        why_ci = why_rci = "fewer than two articles use either term: no CI";
    } else if (n > UINT_MAX) {
        why_ci = why_rci = "too many articles for the bootstrap";
    } else {
        size_t d = 0;
        for (size_t i = 0; i < k; i++) {
            if (d && dv[d - 1].a == u[i].a && dv[d - 1].b == u[i].b) {
                pv[d - 1] += 1;
                continue;
            }
            dv[d] = u[i];
            pv[d++] = 1;
        }
        pv[d] = (double)(n - k); /* articles without a use */
        gsl_rng_set(rng, (unsigned long)((seed ^ (seed >> 32)) & 0xffffffffu));
        size_t m = 0, inf = 0;
        for (size_t i = 0; i < B; i++) {
            gsl_ran_multinomial(rng, d + 1, (unsigned)n, pv, cnt);
            double sa = 0, sb = 0;
            for (size_t j = 0; j < d; j++) {
                sa += cnt[j] * dv[j].a;
                sb += cnt[j] * dv[j].b;
            }
            if (!(sa + sb > 0))
                continue; /* no use in this resample: no share */
            ms[m] = sa / (sa + sb);
            mr[m] = sb > 0 ? sa / sb : INFINITY;
            inf += !(sb > 0);
            m++;
        }
        if (m == 0) {
            why_ci = why_rci = "no resample uses either term";
        } else {
            double lp = (1 - c->o.level) / 2, hp = (1 + c->o.level) / 2;
            fsc__qsort(ms, m, sizeof *ms, cmp_double);
            fsc__qsort(mr, m, sizeof *mr, cmp_double);
            out->share_lo = quantile7(ms, m, lp);
            out->share_hi = quantile7(ms, m, hp);
            out->ratio_lo = quantile7(mr, m, lp);
            out->ratio_hi = quantile7(mr, m, hp);
            if (inf && (isnan(out->ratio_lo) || isnan(out->ratio_hi)))
                why_rci = "resamples without the second term have no ratio: "
                          "a bound of its CI is undefined";
        }
    }
    out->reason = why_share ? why_share
                  : why_ci  ? why_ci
                  : why_ratio ? why_ratio
                              : why_rci;
    return FSC_OK;
}

/* Every declared pair whose categories are both compared, x every group,
 * in the first voice (goff, gsize: its groups). */
static fsc_status run_contrasts(fsc_compare *c, const size_t *perm_g,
                                const size_t *perm_c, const size_t *goff,
                                const size_t *gsize, fsc_error *err)
{
    const size_t G = c->groups.n, C = c->cats.n, N = c->n_rows;
    typedef struct {
        size_t a, b;   /* sorted category indices, a < b */
        uint32_t oa, ob; /* stored ids */
    } rpair;
    if (!c->n_ctr || !G)
        return FSC_OK;
    fsc_status st = FSC_OK;
    size_t np = 0, B = c->o.bootstrap;
    rpair *pl = malloc(c->n_ctr * sizeof *pl);
    size_t *pos = malloc((C ? C : 1) * sizeof *pos);
    ab_use *u = malloc((N ? N : 1) * sizeof *u);
    ab_use *dv = malloc((N ? N : 1) * sizeof *dv);
    double *pv = malloc((N + 1) * sizeof *pv);
    unsigned *cnt = malloc((N + 1) * sizeof *cnt);
    size_t *fill = malloc(G * sizeof *fill);
    double *ms = malloc((B ? B : 1) * sizeof *ms);
    double *mr = malloc((B ? B : 1) * sizeof *mr);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    if (!pl || !pos || !u || !dv || !pv || !cnt || !fill || !ms || !mr ||
        !rng) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t i = 0; i < C; i++)
        pos[perm_c[i]] = i;
    for (size_t i = 0; i < c->n_ctr; i++) {
        uint32_t ids[2];
        int ok = 1;
        for (int k = 0; k < 2; k++) {
            const char *s = c->ctr[2 * i + (size_t)k];
            ok = ok && fsc__strmap_get(&c->cats, s, strlen(s),
                                       fsc__hash(s, strlen(s)), &ids[k]);
        }
        if (!ok)
            continue; /* a category that is not compared */
        pl[np].oa = ids[0];
        pl[np].ob = ids[1];
        pl[np].a = pos[ids[0]];
        pl[np].b = pos[ids[1]];
        np++;
    }
    /* Order by pair: sorted names make this (a, then b) by name. Few pairs:
     * insertion sort. */
    for (size_t i = 1; i < np; i++)
        for (size_t j = i; j > 0 && (pl[j - 1].a > pl[j].a ||
                                     (pl[j - 1].a == pl[j].a &&
                                      pl[j - 1].b > pl[j].b));
             j--) {
            rpair t = pl[j];
            pl[j] = pl[j - 1];
            pl[j - 1] = t;
        }
    c->contrasts = calloc(np * G > 0 ? np * G : 1, sizeof *c->contrasts);
    if (!c->contrasts) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t i = 0; i < np && st == FSC_OK; i++) {
        for (size_t g = 0; g < G; g++)
            fill[g] = goff[g];
        for (size_t r = 0; r < N; r++) {
            if (!row_in(c, 0, r))
                continue;
            double a = row_count(c, pl[i].oa, r), b = row_count(c, pl[i].ob, r);
            if (a + b > 0)
                u[fill[perm_g[c->row_group[r]]]++] = (ab_use){ a, b };
        }
        uint64_t hp = mix64(name_hash(c->cnames[pl[i].a]) ^
                            mix64(name_hash(c->cnames[pl[i].b]) ^
                                  0x636f6e7472617374u));
        for (size_t g = 0; g < G && st == FSC_OK; g++) {
            fsc_compare_contrast *e = &c->contrasts[i * G + g];
            size_t k = fill[g] - goff[g];
            /* Sorted uses: sums and draws do not depend on row order. */
            fsc__qsort(u + goff[g], k, sizeof *u, cmp_ab_use);
            e->a = pl[i].a;
            e->b = pl[i].b;
            e->group = g;
            uint64_t seed =
                mix64(c->o.seed ^ mix64(name_hash(c->gnames[g]) ^ hp));
            st = contrast_cell(c, u + goff[g], k, gsize[g], seed, rng, ms,
                               mr, pv, cnt, dv, e);
        }
    }
    if (st == FSC_OK) {
        c->res.n_contrasts = np * G;
        c->res.contrasts = c->contrasts;
    }
done:
    if (rng)
        gsl_rng_free(rng);
    free(pl);
    free(pos);
    free(u);
    free(dv);
    free(pv);
    free(cnt);
    free(fill);
    free(ms);
    free(mr);
    return st;
}

/* The value (= insertion index) of key s in m. */
static size_t find_old(const fsc__strmap *m, const char *s)
{
    uint32_t v = 0;
    fsc__strmap_get(m, s, strlen(s), fsc__hash(s, strlen(s)), &v);
    return v;
}

/* names: the keys of m sorted by bytes; pos[old] = position of the key
 * whose value (insertion index) is old. */
static void sort_names(const fsc__strmap *m, const char **names, size_t *pos)
{
    for (size_t i = 0; i < m->n; i++)
        names[i] = m->ents[i].key;
    fsc__qsort(names, m->n, sizeof *names, cmp_name);
    for (size_t i = 0; i < m->n; i++)
        pos[find_old(m, names[i])] = i;
}

fsc_status fsc_compare_run(fsc_compare *c, fsc_error *err)
{
    if (!c)
        return fsc__fail(err, FSC_EINVAL, "compare_run: NULL");
    if (c->ran)
        return fsc__fail(err, FSC_EINVAL, "compare_run: called twice");
    fsc_status st = FSC_OK;
    const size_t G = c->groups.n, C = c->cats.n, NV = c->nv;
    work w;
    memset(&w, 0, sizeof w);
    w.c = c;

    c->gnames = calloc(G ? G : 1, sizeof *c->gnames);
    c->cnames = calloc(C ? C : 1, sizeof *c->cnames);
    c->gsize = calloc(G ? G : 1, sizeof *c->gsize);
    w.perm_g = calloc(G ? G : 1, sizeof *w.perm_g);
    w.perm_c = calloc(C ? C : 1, sizeof *w.perm_c);
    int vok = 1;
    for (size_t vi = 0; vi < NV; vi++) {
        vview *vw = &w.vv[vi];
        vw->gsize = calloc(G ? G : 1, sizeof *vw->gsize);
        vw->goff = calloc(G ? G : 1, sizeof *vw->goff);
        vw->gl = calloc(G ? G : 1, sizeof *vw->gl);
        vok = vok && vw->gsize && vw->goff && vw->gl;
    }
    w.n_pairs_per_cat = G * (G ? G - 1 : 0) / 2;
    size_t n_cells = NV * G * C, n_pairs = NV * w.n_pairs_per_cat * C;
    c->cells = calloc(n_cells > 0 ? n_cells : 1, sizeof *c->cells);
    c->pairs = calloc(n_pairs > 0 ? n_pairs : 1, sizeof *c->pairs);
    c->kw = calloc(NV * C > 0 ? NV * C : 1, sizeof *c->kw);
    c->inv_out = calloc(c->n_invalid_msgs ? c->n_invalid_msgs : 1,
                        sizeof *c->inv_out);
    if (!c->gnames || !c->cnames || !c->gsize || !w.perm_g || !w.perm_c ||
        !vok || !c->cells || !c->pairs || !c->kw || !c->inv_out) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    /* Sorted names; perm_g: old group id -> position, perm_c: position ->
     * old category id. */
    sort_names(&c->groups, c->gnames, w.perm_g);
    for (size_t i = 0; i < C; i++)
        c->cnames[i] = c->cats.ents[i].key;
    fsc__qsort(c->cnames, C, sizeof *c->cnames, cmp_name);
    for (size_t i = 0; i < C; i++)
        w.perm_c[i] = find_old(&c->cats, c->cnames[i]);
    for (size_t r = 0; r < c->n_rows; r++) {
        size_t g = w.perm_g[c->row_group[r]];
        c->gsize[g]++;
        for (size_t vi = 0; vi < NV; vi++)
            if (row_in(c, vi, r)) {
                w.vv[vi].gsize[g]++;
                w.vv[vi].n_rows++;
            }
    }
    for (size_t vi = 0; vi < NV; vi++) {
        vview *vw = &w.vv[vi];
        for (size_t g = 0; g < G; g++) {
            if (g)
                vw->goff[g] = vw->goff[g - 1] + vw->gsize[g - 1];
            if (vw->gsize[g])
                vw->gl[vw->G++] = g;
        }
    }
    if (c->o.period) {
        /* Period keys sort as text in calendar order (4-digit years). */
        const size_t P = c->periods.n;
        c->pnames = calloc(P ? P : 1, sizeof *c->pnames);
        w.perm_p = calloc(P ? P : 1, sizeof *w.perm_p);
        w.gpoff = calloc(G * P > 0 ? G * P : 1, sizeof *w.gpoff);
        c->series = calloc(G * P * C > 0 ? G * P * C : 1, sizeof *c->series);
        if (!c->pnames || !w.perm_p || !w.gpoff || !c->series) {
            st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
            goto done;
        }
        sort_names(&c->periods, c->pnames, w.perm_p);
        size_t *cnt = calloc(G * P > 0 ? G * P : 1, sizeof *cnt);
        if (!cnt) {
            st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
            goto done;
        }
        for (size_t r = 0; r < c->n_rows; r++)
            if (row_in(c, 0, r)) /* the series is of the first voice */
                cnt[w.perm_g[c->row_group[r]] * P +
                    w.perm_p[c->row_period[r]]]++;
        for (size_t k = 1; k < G * P; k++)
            w.gpoff[k] = w.gpoff[k - 1] + cnt[k - 1];
        free(cnt);
        w.n_periods = P;
    }

    if (C && G) {
        unsigned nt = c->o.threads;
        if (nt > NV * C)
            nt = (unsigned)(NV * C);
        pthread_mutex_init(&w.mu, NULL);
        fsc_error_clear(&w.err);
        pthread_t tid[64];
        unsigned started = 0;
        if (nt > 64)
            nt = 64;
        for (unsigned t = 1; t < nt; t++)
            if (pthread_create(&tid[started], NULL, worker, &w) == 0)
                started++;
        worker(&w);
        for (unsigned t = 0; t < started; t++)
            pthread_join(tid[t], NULL);
        pthread_mutex_destroy(&w.mu);
        if (w.st) {
            st = w.st;
            if (err)
                *err = w.err;
            goto done;
        }
    }

    /* Benjamini-Hochberg, one family per test and per voice: every pair x
     * category of the voice. The m_* are the totals over the voices. */
    size_t np = w.n_pairs_per_cat * C; /* per voice */
    size_t pn = np > C ? np : C;
    double *p = malloc((pn ? pn : 1) * sizeof *p);
    if (!p) {
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    for (size_t vi = 0; vi < NV && st == FSC_OK; vi++) {
        fsc_compare_pair *vp = c->pairs + vi * np;
        for (int fam = 0; fam < 3 && st == FSC_OK; fam++) {
            size_t m = 0;
            for (size_t i = 0; i < np; i++) {
                fsc_compare_pair *q = &vp[i];
                p[i] = fam == 0 ? q->welch.p : fam == 1 ? q->mw.p : q->perm.p;
                if (!isnan(p[i]))
                    m++;
            }
            st = fsc_stats_bh(p, np, p, err);
            for (size_t i = 0; st == FSC_OK && i < np; i++) {
                fsc_compare_pair *q = &vp[i];
                *(fam == 0 ? &q->welch_p_adj
                  : fam == 1 ? &q->mw_p_adj
                             : &q->perm_p_adj) = p[i];
            }
            *(fam == 0 ? &c->res.m_welch : fam == 1 ? &c->res.m_mw
                                                    : &c->res.m_perm) += m;
        }
        if (st == FSC_OK && G > 2) {
            fsc_compare_kw *vk = c->kw + vi * C;
            size_t m = 0;
            for (size_t i = 0; i < C; i++) {
                p[i] = vk[i].test.p;
                if (!isnan(p[i]))
                    m++;
            }
            st = fsc_stats_bh(p, C, p, err);
            for (size_t i = 0; st == FSC_OK && i < C; i++)
                vk[i].p_adj = p[i];
            c->res.m_kw += m;
        }
    }
    free(p);
    if (st)
        goto done;
    if ((st = reasons_finish(&c->skip_r)) || (st = reasons_finish(&c->filt_r))) {
        st = fsc__fail(err, st, "compare: out of memory");
        goto done;
    }
    for (size_t i = 0; i < c->n_invalid_msgs; i++) {
        c->inv_out[i].reason = c->invalid_msgs[i];
        c->inv_out[i].count = 1;
    }
    if ((st = run_keyness(c, w.perm_g, err)))
        goto done;
    if ((st = run_contrasts(c, w.perm_g, w.perm_c, w.vv[0].goff,
                            w.vv[0].gsize, err)))
        goto done;

    /* Articles in the scope of each scoped lexicon, per group. */
    const size_t S = c->scopes.n;
    size_t *spos = calloc(S ? S : 1, sizeof *spos);
    c->snames = calloc(S ? S : 1, sizeof *c->snames);
    c->sc_rows = calloc(G * S + 1, sizeof *c->sc_rows);
    c->sc_rows_in = calloc(G * S + 1, sizeof *c->sc_rows_in);
    if (!spos || !c->snames || !c->sc_rows || !c->sc_rows_in) {
        free(spos);
        st = fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        goto done;
    }
    sort_names(&c->scopes, c->snames, spos);
    for (size_t row = 0; row < c->n_rows; row++) {
        size_t g = w.perm_g[c->row_group[row]];
        for (size_t s = 0; s < S; s++) {
            if (c->row_sc_has[row] & (1u << s))
                c->sc_rows[g * S + spos[s]]++;
            if (c->row_sc_in[row] & (1u << s))
                c->sc_rows_in[g * S + spos[s]]++;
        }
    }
    free(spos);

    fsc_compare_result *r = &c->res;
    r->opts = c->o;
    r->n_scopes = S;
    r->scopes = c->snames;
    r->scope_rows = c->sc_rows;
    r->scope_in = c->sc_rows_in;
    r->opts.categories = (const char *const *)c->cat_list;
    r->n_groups = G;
    r->groups = c->gnames;
    r->group_rows = c->gsize;
    r->n_categories = C;
    r->categories = c->cnames;
    r->lexicon_set = c->lexset;
    r->n_voices = NV;
    r->voice_list = c->vlist;
    r->cells = c->cells;
    r->n_pairs = NV * np;
    r->pairs = c->pairs;
    r->n_kw = G > 2 ? NV * C : 0;
    r->kw = c->kw;
    r->rows_read = c->read;
    r->rows_used = c->n_rows;
    r->rows_skipped = c->skipped;
    r->rows_filtered = c->filtered;
    r->rows_invalid = c->invalid;
    r->n_skipped_reasons = c->skip_r.n + (c->skip_r.other > 0);
    r->skipped_reasons = c->skip_r.out;
    r->n_filtered_reasons = c->filt_r.n + (c->filt_r.other > 0);
    r->filtered_reasons = c->filt_r.out;
    r->n_invalid_reasons = c->n_invalid_msgs;
    r->invalid_reasons = c->inv_out;
    if (c->o.period) {
        r->n_periods = c->periods.n;
        r->periods = c->pnames;
        r->series = c->series;
    }
    c->ran = 1;
done:
    free(w.perm_g);
    free(w.perm_c);
    for (size_t vi = 0; vi < 4; vi++) {
        free(w.vv[vi].gsize);
        free(w.vv[vi].goff);
        free(w.vv[vi].gl);
    }
    free(w.perm_p);
    free(w.gpoff);
    return st;
}

const fsc_compare_result *fsc_compare_result_get(const fsc_compare *c)
{
    return c && c->ran ? &c->res : NULL;
}
