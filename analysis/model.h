/*
 * model.h - the compiled matcher shared by model.c (compile) and match/
 * (per-thread analysis). Internal.
 *
 * Lexicon terms become sequences of word patterns. A word pattern (wpid) is
 * an exact folded key or a folded prefix (trailing `*`). Sequences live in a
 * trie whose edges are keyed by (node, wpid); nodes carry the entries that
 * end there. A token type is resolved to the wpids it can stand for once per
 * distinct surface form (analyzer cache), never by testing every pattern.
 */
#ifndef FSC_MODEL_H
#define FSC_MODEL_H

#include "framescope/analyzer.h"
#include "strmap.h"

#include <stdint.h>

/* A token reading that is not the word as written: what was removed. */
#define FSC__RD_CLITIC 1u  /* an Arabic clitic or the English 's */
#define FSC__RD_TANWEEN 2u /* a final Arabic tanween alif */
#define FSC__RD_VERB 4u    /* Arabic verb affixes (subject, imperfect) */

/* Internal role of a scope anchor in the trie (not an fsc_entry_role): it
 * never takes part in a longest match; finding it is recorded apart. */
#define FSC__ROLE_ANCHOR 100

typedef struct fsc__term {
    uint32_t lexicon;  /* model lexicon index */
    uint32_t entry;    /* entry index in that lexicon (anchor index for
                          FSC__ROLE_ANCHOR) */
    uint32_t cats_off; /* into catpool: sorted model categories + ancestors */
    uint32_t n_cats;   /* number of those */
    double weight;     /* entry weight */
    uint8_t role;      /* fsc_entry_role, or FSC__ROLE_ANCHOR */
    uint8_t allow;     /* FSC__RD_* readings it accepts */
    uint8_t scope;     /* fsc_entry_scope of a modifier */
    uint8_t layer;     /* fsc_layer of its lexicon */
    uint32_t guards;   /* 1 + index into the model's gsets; 0 none */
} fsc__term;

/* A guard pattern: word patterns gwp[off..off+n) on consecutive tokens. */
typedef struct fsc__gpat {
    uint32_t off, n;
} fsc__gpat;

/* One compiled guard: its patterns gpats[pats_off..+n_pats). */
typedef struct fsc__guard {
    uint32_t pats_off; /* into gpats */
    uint32_t n_pats;   /* alternatives */
    uint8_t kind;      /* fsc_guard_kind */
    uint8_t window;    /* words of near/not_near */
    uint8_t pad[2];
} fsc__guard;

/* The guards of one entry: guards[off..off+n). */
typedef struct fsc__gset {
    uint32_t off, n;
} fsc__gset;

/* A trie edge: key and child side by side, so that a probe touches one
 * cache line (with the bundled lexicons the table is larger than the CPU
 * caches, and the walk is bound by these loads). */
typedef struct fsc__edge {
    uint64_t key; /* (node << 32 | wpid) + 1, 0 = empty */
    uint32_t val; /* child node */
    uint32_t pad;
} fsc__edge;

typedef struct fsc__node {
    uint32_t terms_off; /* into terms[] */
    uint32_t n_terms;   /* entries ending here */
    uint32_t n_child;   /* outgoing edges */
    uint32_t pad;
    uint64_t wp_bits; /* fsc__wp_bit() of the wpids of its edges: most
                         words after a term's first have no edge, and
                         this says so without probing the edges */
} fsc__node;

/* One bit of a node's wp_bits for word pattern wpid (a one-hash Bloom
 * filter over the node's edges). */
static inline uint64_t fsc__wp_bit(uint32_t wpid)
{
    return (uint64_t)1 << ((wpid * 0x9E3779B1u) >> 26);
}

/* Byte trie of wildcard prefixes: a word is checked against all of them in
 * one walk over its bytes. */
typedef struct fsc__pnode {
    uint32_t child;   /* first child, 0 = none */
    uint32_t next;    /* next sibling, 0 = none */
    uint32_t wp1;     /* wpid + 1 of the prefix ending here, 0 = none */
    uint8_t byte;     /* byte on the edge into this node */
    uint8_t pad[3];
} fsc__pnode;

/* An edge of the prefix byte trie in a hash table: the sibling lists hold
 * up to 64 second bytes of Arabic letters, and walking them for each byte
 * of every new word form cost more than one probe does. */
typedef struct fsc__pedge {
    uint64_t key;   /* (node << 8 | byte) + 1, 0 = empty */
    uint32_t child; /* the child node */
    uint32_t pad;
} fsc__pedge;

struct fsc_model {
    fsc_model_opts opts;         /* copy; locale points to locale_buf */
    char locale_buf[64];         /* ICU locale for tokenising */
    const fsc_lexicon **lex;     /* borrowed lexicons */
    size_t n_lex;                /* number of lexicons */
    size_t n_cats;               /* model categories */
    char **cat_names;            /* "LEXICON:ID" */
    uint32_t *cat_lex;           /* lexicon of each category */
    uint32_t *cat_local;         /* index within its lexicon */
    fsc__strmap exact;           /* folded key -> wpid */
    fsc__strmap prefix;          /* folded prefix -> wpid */
    fsc__pnode *pt;              /* byte trie of the prefixes; 0 = root */
    size_t n_pt, cap_pt;         /* nodes used / allocated */
    fsc__pedge *pt_edges;        /* its edges by (node, byte), for lookups */
    size_t n_pt_slots;           /* power of two; 0 when no prefixes */
    uint32_t n_wp;               /* word patterns */
    fsc__edge *edges;            /* open addressing, linear probing */
    size_t n_edge_slots;         /* power of two */
    size_t n_edges;              /* edges stored */
    fsc__node *nodes;            /* trie nodes; 0 is the root */
    size_t n_nodes;              /* nodes used */
    fsc__term *terms;            /* grouped by node */
    size_t n_terms;              /* entries compiled */
    uint32_t *catpool;           /* category lists of terms */
    size_t n_catpool;            /* used */
    int has_modifiers;           /* any modifier role compiled */
    int has_tanween;             /* some entry accepts tanween forms */
    int has_verb;                /* some entry accepts verb forms */
    int has_scope;               /* some lexicon declares a scope */
    uint32_t *gwp;               /* word patterns of guard patterns */
    size_t n_gwp, cap_gwp;
    fsc__gpat *gpats;            /* guard patterns */
    size_t n_gpats, cap_gpats;
    fsc__guard *guards;          /* compiled guards */
    size_t n_guards, cap_guards;
    fsc__gset *gsets;            /* guards of each guarded entry */
    size_t n_gsets, cap_gsets;
    int punct_patterns;          /* some term contains punctuation */
    int has_attribution;         /* an attribution-layer lexicon is loaded */
    size_t n_sides;              /* distinct "side" attributes of actors */
};

/** Child of `node` along `wpid`, or 0 when there is none. */
static inline uint32_t fsc__trie_child(const fsc_model *m, uint32_t node,
                                       uint32_t wpid)
{
    if (!(m->nodes[node].wp_bits & fsc__wp_bit(wpid)))
        return 0;
    uint64_t key = (((uint64_t)node << 32) | wpid) + 1;
    uint64_t h = key * 0x9E3779B97F4A7C15ull;
    size_t mask = m->n_edge_slots - 1;
    for (size_t i = (size_t)(h >> 32) & mask;; i = (i + 1) & mask) {
        uint64_t k = m->edges[i].key;
        if (k == key)
            return m->edges[i].val;
        if (k == 0)
            return 0;
    }
}

/** Child of prefix-trie node `node` along `byte`, or 0 when none. */
static inline uint32_t fsc__pt_child(const fsc_model *m, uint32_t node,
                                     uint8_t byte)
{
    uint64_t key = (((uint64_t)node << 8) | byte) + 1;
    size_t mask = m->n_pt_slots - 1;
    for (size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;;
         i = (i + 1) & mask) {
        if (m->pt_edges[i].key == key)
            return m->pt_edges[i].child;
        if (!m->pt_edges[i].key)
            return 0;
    }
}

/** Is this punctuation token a hyphen that matching ignores? */
int fsc__is_hyphen(const char *s, size_t len);

/** The model an analyzer matches with (match/analyzer.c). */
const fsc_model *fsc__analyzer_model(const fsc_analyzer *az);

#endif
