/*
 * compare.h - honest comparison of groups of articles (outlets, languages,
 * weeks) from score rows: descriptives per group x category, every pairwise
 * test per category, Benjamini-Hochberg per test family, Kruskal-Wallis.
 *
 * The unit of analysis is the article: each score row gives one value per
 * category (a category absent from a row is 0). Input is streamed: only the
 * group id, the token count and one number per category are kept per row,
 * never the JSON. Results depend only on the multiset of rows and the seed,
 * not on row order, so rows scored in shards and concatenated give exactly
 * the same comparison as one run.
 *
 * With the attribution layer in the score rows, a comparison can count only
 * one voice (opts.voice), or several voices at once from one read of the
 * rows (opts.voices, each voice as its own comparison), compare an attribution-profile figure instead of
 * the categories (the profile measures), and list the lexicon terms that
 * set each pair of groups apart (opts.keyness: Fightin' Words z and G2,
 * from the rows' match lists).
 *
 * Optional extras: a time series of the descriptives per group x period x
 * category (opts.period), the share of each term of declared contested
 * pairs (fsc_compare_declare_contrast(), e.g. Khankendi vs Stepanakert) per
 * group with a bootstrap CI, and keyness with Benjamini-Hochberg over every
 * term x pair and a prior from the whole corpus (FSC_PRIOR_CORPUS).
 */
#ifndef FRAMESCOPE_COMPARE_H
#define FRAMESCOPE_COMPARE_H

#include "framescope.h"
#include "stats.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The per-article value that is compared. */
typedef enum fsc_measure {
    FSC_MEASURE_RATE = 0, /* matches per 1,000 tokens: count * 1000 / tokens
                             (as `framescope score` computes "rate"); rows
                             with 0 tokens are left out, with a reason */
    FSC_MEASURE_COUNT,    /* matches per article */
    FSC_MEASURE_WEIGHTED, /* sum of entry weights per article ("weighted") */
    FSC_MEASURE_PRESENCE, /* 1 when the article has >= 1 match, else 0 */
    /* Per 1,000 tokens written in the voice chosen with `voice` (needs
     * voice != FSC_COMPARE_VOICE_ALL): count in the voice * 1000 / the row's
     * "voice_tokens" of that voice, as `framescope score` computes
     * "voice_rate"; rows with 0 tokens in the voice are left out. */
    FSC_MEASURE_VOICE_RATE,
    /* Attribution profile measures: one pseudo-category per run, named
     * "profile:<measure>" (e.g. "profile:share_quoted",
     * "profile:side:am"), read from the row's "profile" object. Rows without
     * a profile, or where the value is null (e.g. anonymous_rate of an
     * article without attributions), are left out with a reason. The
     * categories of the rows are not compared; `categories` must be empty. */
    FSC_MEASURE_SHARE_ATTRIBUTED, /* share of word tokens attributed */
    FSC_MEASURE_SHARE_QUOTED,     /* share of word tokens quoted */
    FSC_MEASURE_ANONYMOUS_RATE,   /* anonymous attributions / attributions */
    FSC_MEASURE_SIDE_DIVERSITY,   /* normalised entropy over sides */
    FSC_MEASURE_SOURCES,          /* distinct named sources per article */
    FSC_MEASURE_SIDE              /* attributions to the side `side` per article
                                     (by_side.NAME.attributions; 0 when absent) */
} fsc_measure;

/** Whose words are counted (attribution layer, `framescope score` with
 *  the attribution lexicons). */
typedef enum fsc_compare_voice {
    FSC_COMPARE_VOICE_ALL = 0,   /* the whole article (the "count" field) */
    FSC_COMPARE_VOICE_AUTHORIAL, /* the outlet's own words ("voice".authorial) */
    FSC_COMPARE_VOICE_QUOTED,    /* inside quotation marks */
    FSC_COMPARE_VOICE_ATTRIBUTED /* reported speech attributed to a source */
} fsc_compare_voice;

/** Static name of a voice ("all", "authorial", ...); "?" when unknown. */
const char *fsc_compare_voice_name(fsc_compare_voice v);

/** Parse a voice name; FSC_EINVAL when unknown. */
fsc_status fsc_compare_voice_parse(const char *s, fsc_compare_voice *out);

/** Dirichlet prior of the keyness log-odds. */
typedef enum fsc_prior {
    FSC_PRIOR_POOLED = 0, /* a0 (y_a + y_b) / (n_a + n_b): each term's share
                             of the pair's tokens; the rest of a0 goes to
                             the tokens that are not lexicon terms */
    FSC_PRIOR_UNIFORM,    /* a0 / V for each of the pair's V terms */
    /* a0 Y_w / N, Y_w = occurrences of w over ALL groups of the run, N =
     * all tokens of all groups (Monroe et al.'s informative prior from the
     * whole corpus): the same for every pair. The rest of a0 (tokens that
     * are not terms, terms the pair does not use) is one "other" row, so
     * a0 is the full prior_a0 in every pair. */
    FSC_PRIOR_CORPUS = 2
} fsc_prior;

/** Static name of a prior ("pooled", "uniform", "corpus"). */
const char *fsc_prior_name(fsc_prior p);
/** Parse a prior name; FSC_EINVAL when unknown. */
fsc_status fsc_prior_parse(const char *s, fsc_prior *out);

/** Time-series periods (fsc_compare_opts.period). */
#define FSC_PERIOD_NONE 0
#define FSC_PERIOD_DAY 1   /* "2024-01-31" */
#define FSC_PERIOD_WEEK 2  /* ISO 8601 week, "2024-W05" */
#define FSC_PERIOD_MONTH 3 /* "2024-01" */

/** Static name of a period ("none", "day", "week", "month"); "?" when
 *  unknown. */
const char *fsc_compare_period_name(int period);
/** Parse "none", "day", "week" or "month" into *out; FSC_EINVAL (and *out
 *  untouched) otherwise. */
fsc_status fsc_compare_period_parse(const char *s, int *out);

/** Static name of a measure ("rate", ...); "?" for an unknown value. */
const char *fsc_measure_name(fsc_measure m);
/** Parse a measure name; FSC_EINVAL when unknown. "side:NAME" parses to
 *  FSC_MEASURE_SIDE, and *side (when non-NULL) points at NAME inside s. */
fsc_status fsc_measure_parse(const char *s, fsc_measure *out);
fsc_status fsc_measure_parse_side(const char *s, fsc_measure *out,
                                  const char **side);

/** The test that decides which differences are stated in plain words
 *  (every test is computed and reported either way). */
typedef enum fsc_primary_test {
    FSC_TEST_MW = 0, /* Mann-Whitney U; effect size Cliff's delta (default:
                        rates are skewed with many zeros, and the direction
                        of delta is the direction the test detects) */
    FSC_TEST_WELCH   /* Welch's t test; effect size Hedges' g, direction by
                        the difference of means */
} fsc_primary_test;

typedef struct fsc_compare_opts {
    /* Grouping: a row field ("outlet", "lang", any top-level field of the
     * score row), or "date:week" (ISO 8601 week, "2024-W05") or
     * "date:month" ("2024-01") of the "date" field. Default "outlet".
     * Rows without the field (or with a date that is not YYYY-MM-DD) are
     * filtered out and counted with the reason. */
    const char *by;
    /* Filters "FIELD=VALUE" (exact string match). Filters on the same field
     * are alternatives (OR); filters on different fields must all hold. */
    const char *const *where;
    size_t n_where;
    const char *from, *to; /* inclusive YYYY-MM-DD bounds on "date"; NULL
                              for none. Rows without a valid date are
                              filtered out when either is set. */
    /* Categories to compare ("lexicon:id"); NULL/0 for every category seen
     * (plus those declared with fsc_compare_declare_category()). */
    const char *const *categories;
    size_t n_categories;
    fsc_measure measure;  /* default FSC_MEASURE_RATE */
    size_t bootstrap;     /* resamples for the CI of the mean (2000) */
    double level;         /* CI level (0.95) */
    size_t permutations;  /* permutation test relabellings; 0 = off (0) */
    uint64_t seed;        /* base seed (20240607); every cell and pair
                             gets its own seed derived from it and the
                             group and category names */
    double alpha;         /* adjusted-p threshold for the list of
                             differences in plain words (0.05) */
    fsc_primary_test test; /* the test of that list (FSC_TEST_MW) */
    double min_effect;    /* smallest |effect| listed there: Cliff's delta
                             for Mann-Whitney, Hedges' g for Welch; NAN
                             (default) means 0.147 for delta, 0.2 for g
                             (the conventional "small" effects) */
    size_t min_group;     /* groups with fewer articles (in the category's
                             cell) are not compared in plain words (30) */
    unsigned threads;     /* worker threads for the statistics (1) */
    fsc_compare_voice voice;      /* whose words count (FSC_COMPARE_VOICE_ALL). Other than
                             all, a category's value is its per-voice count
                             ("voice" of the category in the score row) and
                             rows without voice data are left out with a
                             reason; not with the weighted measure */
    const char *side;     /* side NAME of FSC_MEASURE_SIDE (copied) */
    /* Keyness of lexicon terms between each pair of groups (0 = off). Term
     * occurrences are the "term" of each framing match (not layer
     * "attribution") in the rows' "matches" (of the chosen voice, in the
     * compared categories); totals are the tokens of the rows that carry
     * matches (tokens of the voice when voice != all). */
    int keyness;
    /* Compare the attribution layer's categories (reporting cues, actors)
     * too. Default 0: framing categories only, as the rows' lexicon_set
     * states each lexicon's layer (rows without one: lexicons named
     * attribution-*); categories given in `categories` are always kept. */
    int all_layers;
    size_t keyness_top; /* terms listed per pair, largest |z| first (10) */
    fsc_prior prior;    /* FSC_PRIOR_POOLED */
    double prior_a0;    /* total prior mass a0 (500) */
    /* Time series: descriptives per group x period x category besides the
     * usual ones. 0 none (default), 1 day, 2 week (ISO, "2024-W05"),
     * 3 month ("2024-01") (FSC_PERIOD_*). When set, every used row needs a
     * valid "date" (YYYY-MM-DD); rows without are filtered out with the
     * reason, as with --from/--to. */
    int period;
    /* Several voices in one run (the rows are read once): a bit set, bit v
     * = 1u << FSC_COMPARE_VOICE_x (FSC_COMPARE_VOICES_EACH for all four).
     * 0 (default) compares just `voice`. When non-zero, `voice` is ignored
     * and every selected voice is computed, in the enum order (all,
     * authorial, quoted, attributed). The figures of each voice (cells,
     * pairs with their BH-adjusted p, Kruskal-Wallis) equal exactly those
     * of a run with voice set to it alone; each voice only counts the rows
     * that run would use (a row without voice data still counts for
     * "all"). Keyness, the time series and the contrasts are computed for
     * the FIRST selected voice only. */
    unsigned voices;
} fsc_compare_opts;

/** Every voice: the bit set for fsc_compare_opts.voices. */
#define FSC_COMPARE_VOICES_EACH 0xFu

void fsc_compare_opts_init(fsc_compare_opts *o);

/** Descriptives of one group x category (x voice, later) cell. */
typedef struct fsc_compare_cell {
    size_t group, category; /* indices into the result's names */
    fsc_desc desc;          /* n, n_nonzero, mean, sd, median, q1, q3,
                               bootstrap CI; NAN fields carry desc.reason */
    size_t period;          /* index into the result's periods (series
                               cells); 0 in the normal cells */
} fsc_compare_cell;

/** Every comparison of group a vs group b (a < b) on one category (in one
 *  voice). */
typedef struct fsc_compare_pair {
    size_t category, a, b;
    double ratio;       /* mean a / mean b; NAN when mean b is 0 */
    fsc_effect effect;  /* mean difference a - b, Cohen's d, Hedges' g,
                           Cliff's delta (P(a > b) - P(a < b)) */
    fsc_test2 welch;    /* Welch t test */
    fsc_test2 mw;       /* Mann-Whitney U (W of group a), exact or normal */
    fsc_test2 perm;     /* permutation test of the mean difference (p NAN
                           with a reason when permutations are off) */
    double welch_p_adj; /* BH over every Welch p of the run (of the voice) */
    double mw_p_adj;    /* BH over every Mann-Whitney p of the run (voice) */
    double perm_p_adj;  /* BH over every permutation p of the run (voice) */
    size_t voice;       /* index into the result's voice_list (0 with one
                           voice) */
} fsc_compare_pair;

/** Kruskal-Wallis of one category across every group (> 2 groups). */
typedef struct fsc_compare_kw {
    size_t category;
    fsc_test2 test; /* H, df, p */
    double p_adj;   /* BH over the Kruskal-Wallis p of every category (of
                       the voice) */
    size_t voice;   /* index into the result's voice_list */
} fsc_compare_kw;

/** Keyness of one term in one pair of groups. */
typedef struct fsc_compare_term {
    const char *term;        /* the lexicon term ("terrorist*") */
    double count_a, count_b; /* occurrences in group a and in group b */
    fsc_keyness k;           /* delta, var, z (> 0 leans to group a), g2
                                (Williams), g2_p; NAN when undefined */
    double g2_p_adj;         /* Benjamini-Hochberg of g2_p over every term
                                of every pair's vocabulary in the run (one
                                family, m_keyness tests), not only the listed
                                ones; NAN when g2_p is */
} fsc_compare_term;

/** Keyness of group a vs group b (a < b). */
typedef struct fsc_compare_keyness {
    size_t a, b;
    double tokens_a, tokens_b;   /* totals n_a, n_b passed to the statistics */
    double terms_a, terms_b;     /* term occurrences of each group */
    size_t n_vocab;              /* terms either group uses (the vocabulary) */
    size_t n_top;                /* listed in top (<= keyness_top) */
    const fsc_compare_term *top; /* by |z| descending, then term */
    const char *reason;          /* why nothing is listed; NULL otherwise */
    const char *caution;         /* static text when a group's total is below
                                    a0: the prior then outweighs the counts
                                    and z may point away from them; or NULL */
} fsc_compare_keyness;

/**
 * Use of the two categories of a contested-term pair (declared with
 * fsc_compare_declare_contrast()) in one group. Uses are the categories'
 * match counts in the run's voice, summed over the group's articles; with
 * the presence and weighted measures they are still match counts (not 0/1
 * or weights). The bootstrap resamples the group's articles (all of them,
 * opts.bootstrap times, at opts.level, GSL mt19937 seeded from opts.seed,
 * the group and both category names): a resample in which neither term is
 * used has no share and is left out, so the CI is conditional on use.
 */
typedef struct fsc_compare_contrast {
    size_t a, b;            /* category indices (a's name < b's name) */
    size_t group;
    double uses_a, uses_b;  /* total matches of each category in the group
                               (in the run's voice) */
    size_t articles;        /* articles of the group using either */
    double share_a;         /* uses_a / (uses_a + uses_b); NAN when no use,
                               with reason */
    double share_lo, share_hi; /* bootstrap percentile CI resampling the
                               group's articles (opts.bootstrap, opts.level;
                               NAN when bootstrap 0, or fewer than two
                               articles use either term) */
    double ratio;           /* uses_a / uses_b; NAN when uses_b == 0 */
    double ratio_lo, ratio_hi; /* from the same bootstrap resamples; a
                               resample where uses_b == 0 has an infinite
                               ratio, and a bound whose percentile reaches
                               one is NAN (with reason) */
    const char *reason;     /* static text when a figure is undefined (the
                               first one), else NULL */
} fsc_compare_contrast;

/** Count of rows that share one reason. */
typedef struct fsc_compare_reason {
    const char *reason; /* borrowed, lifetime of the compare object */
    size_t count;
} fsc_compare_reason;

/**
 * The comparison. Borrowed from the compare object (lifetime: until
 * fsc_compare_free()). Groups and categories are sorted by name (bytes), so
 * the output order never depends on input order.
 */
typedef struct fsc_compare_result {
    fsc_compare_opts opts;         /* the options used (strings borrowed);
                                      with several voices, voice is the
                                      first of them */
    size_t n_groups;
    const char *const *groups;     /* group names */
    const size_t *group_rows;      /* articles per group */
    size_t n_categories;
    const char *const *categories; /* "lexicon:id" */
    const char *lexicon_set;       /* the rows' "lexicon_set" (JSON text:
                                      lexicons with name, version, sha256,
                                      layer; options), NULL when the rows
                                      carry none; every row carrying one
                                      has this one (else the run fails) */
    /* Cells are indexed [(voice * n_groups + group) * n_categories +
     * category], voice an index into voice_list. One voice (opts.voices 0:
     * opts.voice, the whole article by default) gives n_voices == 1.
     *
     * With several voices, groups are those of the rows any voice uses; a
     * group without articles in a voice has cells with desc.n == 0 (NAN
     * figures, reason), its pairs in that voice have NAN figures (outside
     * the BH families), and Kruskal-Wallis of a voice runs over the groups
     * with articles in it (NAN with a reason when fewer than 3). Every
     * defined figure of a voice equals that of the single-voice run. */
    size_t n_voices;
    const fsc_compare_cell *cells;
    size_t n_pairs;                /* n_voices x categories x pairs (a, b) */
    const fsc_compare_pair *pairs; /* [(voice * n_categories + category) * P
                                      + k], P = pairs per category */
    size_t n_kw;                   /* n_voices x n_categories when > 2
                                      groups, else 0 */
    const fsc_compare_kw *kw;      /* [voice * n_categories + category] */
    /* Family sizes: the tests with a defined p that BH adjusted. BH runs
     * one family per test AND per voice (each voice is its own question);
     * with several voices these are the totals over the voices. */
    size_t m_welch, m_mw, m_perm, m_kw;
    /* Records: read = used + skipped + filtered + invalid. With several
     * voices, used = rows at least one voice uses (group_rows likewise;
     * a voice's own counts are its cells' desc.n), filtered = rows no
     * voice uses. A reason that leaves a row out of only some voices is
     * listed as "VOICE: reason", counting the rows it leaves out of that
     * voice, so filtered_reasons may add up to more than rows_filtered. */
    size_t rows_read;     /* score rows (or articles, for CSV input) */
    size_t rows_used;     /* in some group */
    size_t rows_skipped;  /* status "skipped" in the score rows */
    size_t rows_filtered; /* left out by --where/--from/--to/--by or a
                             measure that is undefined for them */
    size_t rows_invalid;  /* lines that are not valid score rows */
    size_t n_skipped_reasons, n_filtered_reasons, n_invalid_reasons;
    const fsc_compare_reason *skipped_reasons;  /* most frequent first */
    const fsc_compare_reason *filtered_reasons; /* most frequent first */
    const fsc_compare_reason *invalid_reasons;  /* first ones, in order */
    /* Keyness (opts.keyness): one entry per pair of groups, in the order
     * (0,1), (0,2), ..., (1,2), ... */
    size_t keyness_rows;         /* used rows that carry "matches" */
    size_t keyness_rows_without; /* used rows without (--no-matches) */
    const char *keyness_reason;  /* "no term data: ..." or NULL */
    size_t n_keyness;
    const fsc_compare_keyness *keyness;
    /* Time series (opts.period != 0). Cells are indexed
     * [(group * n_periods + period) * n_categories + category]; an empty
     * cell has desc.n == 0 (mean etc. NAN with a reason). Periods are the
     * ones some used row falls in, not the calendar between them. */
    size_t n_periods;
    const char *const *periods;     /* sorted ascending */
    const fsc_compare_cell *series; /* NULL when period == 0 */
    /* Contested-term pairs whose both categories are compared: pairs x
     * groups, ordered by pair (a, then b, by name) then group. */
    size_t n_contrasts;
    const fsc_compare_contrast *contrasts;
    /* Keyness: tests with a defined g2_p in the BH family of g2_p_adj. */
    size_t m_keyness;
    /* The voices compared, in enum order (n_voices entries): opts.voice
     * alone, or the voices of opts.voices. Keyness, series and contrasts
     * are of voice_list[0]. */
    const fsc_compare_voice *voice_list;
    /* Lexicon scopes stated by the used rows (score rows' "scope", the
     * CSV's "in_scope"): n_scopes lexicon names, sorted by bytes. For group
     * g and scope s, scope_rows[g * n_scopes + s] used rows state that
     * lexicon's scope and scope_in[g * n_scopes + s] of them are in it.
     * Categories of a scoped lexicon count only matches in scope, so these
     * say how many of a group's articles can contribute. */
    size_t n_scopes;
    const char *const *scopes;
    const size_t *scope_rows;
    const size_t *scope_in;
} fsc_compare_result;

/**
 * A comparison in progress: feed score rows, then run.
 * Thread-safety: one object per thread; results are read-only after run.
 */
typedef struct fsc_compare fsc_compare;

/** New comparison (opts NULL for the defaults; strings in opts are copied).
 *  FSC_EINVAL for a bad option (e.g. an empty --by, a --where without '='
 *  or a --from that is not YYYY-MM-DD). */
fsc_status fsc_compare_new(const fsc_compare_opts *opts, fsc_compare **out,
                           fsc_error *err);
void fsc_compare_free(fsc_compare *c); /* NULL is a no-op */

/** Declare a category (e.g. from a lexicon) so that it is compared even
 *  when no row mentions it (all zeros). Ignored when opts->categories
 *  restricts the set and does not list it. */
fsc_status fsc_compare_declare_category(fsc_compare *c, const char *id,
                                        fsc_error *err);

/**
 * Declare a pair of contested terms (full category ids "lexicon:id", e.g.
 * toponym pairs) whose shares are reported per group (result contrasts).
 * Order does not matter: the pair is stored with a < b by bytes, and a pair
 * declared twice (in either order) counts once. A pair is reported only
 * when both categories are among the compared ones. With the weighted
 * measure, declare pairs before the first fsc_compare_feed() (their match
 * counts are then kept beside the weights); FSC_EINVAL otherwise, and for
 * an empty id or a == b.
 */
fsc_status fsc_compare_declare_contrast(fsc_compare *c, const char *cat_a,
                                        const char *cat_b, fsc_error *err);

/**
 * Feed bytes of one input, in chunks of any size. The format is taken
 * from the first non-blank byte of the source: '{' is JSON Lines score
 * rows (`framescope score`), anything else the tidy CSV
 * (`framescope score --format csv`, with its header line). `name` names
 * the source in reasons; call fsc_compare_end() after its last chunk.
 *
 * A line that is not a valid score row is counted as invalid with its
 * reason, and the run goes on; but when the first row of a source is JSON
 * without a "framescope" object, the input is a corpus rather than score
 * rows and this fails with FSC_EPARSE (score it first:
 * `framescope score corpus.jsonl | framescope compare -`).
 */
fsc_status fsc_compare_feed(fsc_compare *c, const char *name,
                            const char *data, size_t len, fsc_error *err);
/** End of the current source: flushes a last line without newline. */
fsc_status fsc_compare_end(fsc_compare *c, fsc_error *err);

/** Compute everything. Call once, after the last fsc_compare_end(). */
fsc_status fsc_compare_run(fsc_compare *c, fsc_error *err);

/** The result (NULL before fsc_compare_run()). Borrowed. */
const fsc_compare_result *fsc_compare_result_get(const fsc_compare *c);

typedef enum fsc_compare_format {
    FSC_COMPARE_TABLE = 0, /* aligned text for people, with the significant
                              differences in plain words */
    FSC_COMPARE_JSON,      /* one document with every figure */
    FSC_COMPARE_CSV        /* tidy long table: one figure per line */
} fsc_compare_format;

/**
 * Render a result (reports/compare_render.c) into a new string *out
 * (caller frees with fsc_free()). Numbers go through the shared formatter:
 * at most six decimals, an undefined value is JSON null / an empty CSV
 * cell / "-" in the table, always with its reason; never NaN.
 */
fsc_status fsc_compare_render(const fsc_compare_result *r,
                              fsc_compare_format fmt, char **out, size_t *len,
                              fsc_error *err);

/** "mann-whitney" or "welch". */
const char *fsc_compare_test_name(fsc_primary_test t);

/** The effect-size threshold in force: o->min_effect, or the default of
 *  o->test when it is NAN. */
double fsc_compare_min_effect(const fsc_compare_opts *o);

/**
 * Is pair p of result r a difference to state in plain words? Under
 * r->opts.test, its BH-adjusted p must be below alpha, its effect at least
 * fsc_compare_min_effect() in size, and each group must hold at least
 * min_group articles. Direction and size come from the same test: *effect
 * (may be NULL) gets the signed effect of a against b (Cliff's delta, or
 * Hedges' g for Welch; > 0: a uses the category more) and *p_adj (may be
 * NULL) the adjusted p. `compare` and `report` both list exactly these.
 */
int fsc_compare_is_finding(const fsc_compare_result *r,
                           const fsc_compare_pair *p, double *effect,
                           double *p_adj);

#ifdef __cplusplus
}
#endif
#endif
