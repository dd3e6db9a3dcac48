/*
 * terms.h - the vocabulary of a corpus, for building lexicons: frequency
 * lists with document frequency, and keyness of every word and n-gram of
 * one group of articles against the rest (Fightin' Words log-odds with an
 * informative Dirichlet prior, Monroe et al. 2008, and Williams-corrected
 * G2 with Benjamini-Hochberg adjusted p), over keys folded as the lexicon
 * matcher folds words.
 *
 * Keys: each word token is folded as lexicon terms are (NFKC case fold;
 * Arabic without tashkeel and tatweel, alef forms unified, ى -> ي; Russian
 * ё -> е). An Arabic word that carries the article keeps its stem only
 * (والميليشيات, بالميليشيات, الميليشيات -> ميليشيات), with the surface forms
 * listed. n-grams (up to 3) join keys of consecutive words of one sentence
 * with a space; those that begin or end with a stop word (the project's own
 * short lists for ar, en, ru) are left out, as are single stop words.
 *
 * Memory: the vocabulary is bounded (max_vocab distinct keys); once full,
 * occurrences of keys not yet seen are counted as dropped and reported, so
 * a result never hides that it is partial. Single-threaded; one object per
 * run. Ownership: everything returned is owned by the fsc_terms object.
 */
#ifndef FRAMESCOPE_TERMS_H
#define FRAMESCOPE_TERMS_H

#include "framescope.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_terms_opts {
    unsigned ngram_max;  /* longest n-gram counted, 1..3 (1) */
    size_t min_count;    /* keys seen fewer times are not listed (5) */
    size_t max_vocab;    /* distinct keys kept (1,000,000) */
    int stopwords;       /* leave out stop words (1) */
    double prior_a0;     /* mass of the pooled prior (500) */
    size_t top;          /* keys listed per group or in the list (30) */
    /* Collocations (NULL: off). One word, folded as lexicon terms are
     * (Arabic clitics included: «والحرب» is a «حرب» node), `*` at the end
     * for any ending. Every other word within `window` words of a node in
     * the same sentence is a window token; a key's association with the
     * node compares its count in the window tokens with its count in the
     * rest (node occurrences themselves are in neither):
     *   O11 = count in windows, O21 = count elsewhere, R1 = window tokens,
     *   R2 = other tokens, N = R1 + R2, C1 = O11 + O21, E = row x col / N,
     *   G2 = 2 sum O ln(O / E) (no correction), PMI = log2(O11 / E11).
     * Keys with O11 >= min_count and O11 > E11 are listed by G2, largest
     * first; p (chi-square, 1 df) is BH-adjusted over every key with
     * O11 >= min_count. Groups are not used; n-grams are off (unigrams). */
    const char *collocate;
    unsigned window;     /* words each side of a node, 1..50 (5) */
} fsc_terms_opts;

void fsc_terms_opts_init(fsc_terms_opts *o);

typedef struct fsc_terms fsc_terms;

fsc_status fsc_terms_new(const fsc_terms_opts *o, fsc_terms **out,
                         fsc_error *err);
void fsc_terms_free(fsc_terms *t); /* NULL is a no-op */

/**
 * Count one article's words into `group` (any string; NULL or "" for a
 * corpus without groups). At most 1,000 distinct groups; FSC_ELIMIT after.
 */
fsc_status fsc_terms_add(fsc_terms *t, const char *text, size_t len,
                         const char *group, fsc_error *err);

/** One listed key. */
typedef struct fsc_term_row {
    const char *key;      /* folded key ("ميليشيات", "illegal alien") */
    const char *surfaces; /* up to three surface forms, "; "-separated */
    unsigned n;           /* words in the key (1..3) */
    double count;         /* occurrences in the group (list: in all) */
    double count_rest;    /* occurrences in the other groups (keyness) */
    double docs;          /* articles with the key (in the group) */
    double z;             /* Fightin' Words z, group vs rest (NAN: list) */
    double delta;         /* log-odds ratio with the prior */
    double g2, g2_p, g2_p_adj; /* G2 (Williams), p, BH-adjusted over every
                                  key x group; collocations: G2 without
                                  correction */
    double pmi;           /* collocations: log2(O11 / E11); else NAN */
} fsc_term_row;

typedef struct fsc_terms_result {
    size_t articles;       /* articles counted */
    size_t tokens;         /* word tokens counted (unigram occurrences) */
    size_t vocab;          /* distinct keys kept */
    size_t dropped;        /* occurrences of keys not kept (vocab full) */
    size_t n_groups;       /* 0 or 1: a frequency list; else keyness */
    const char *const *groups;
    const size_t *group_articles;
    const size_t *group_tokens;
    /* Frequency list (n_groups < 2): rows[0..n_rows) by count. Keyness:
     * per group g, rows[g * top .. g * top + n_per[g]) by z, largest
     * first (keys over-represented in g). */
    const fsc_term_row *rows;
    size_t n_rows;
    const size_t *n_per;
    size_t m_tests;        /* keys x groups in the BH family */
    /* Collocations (collocate non-NULL): rows[0..n_rows) by G2; count =
     * O11, count_rest = O21, docs = articles with the key in a window. */
    const char *collocate; /* the pattern as given */
    unsigned window;
    size_t nodes;          /* node occurrences */
    size_t window_tokens;  /* R1 */
    size_t other_tokens;   /* R2 */
} fsc_terms_result;

/** Compute the list or the keyness (call once, after the last add). */
fsc_status fsc_terms_run(fsc_terms *t, const fsc_terms_result **out,
                         fsc_error *err);

typedef enum fsc_terms_format {
    FSC_TERMS_TABLE = 0, /* aligned text */
    FSC_TERMS_CSV,       /* group,rank,key,n,count,count_rest,docs,z,... */
    FSC_TERMS_JSON,      /* one document with the options and every row */
    FSC_TERMS_LEXICON    /* a framescope lexicon stub for review: one entry
                            per listed key, category "candidate", counts in
                            the note; `lexicon check` accepts it */
} fsc_terms_format;

/** Render into a new string (*out, free with fsc_free()). `lang` is the
 *  language of the lexicon stub's entries (NULL: "und"). */
fsc_status fsc_terms_render(fsc_terms *t, fsc_terms_format f,
                            const char *lang, char **out, size_t *len,
                            fsc_error *err);

#ifdef __cplusplus
}
#endif
#endif
