/*
 * match_int.h - what the matching files share (not installed): the
 * analyzer's and the result's state, the cached word-form types and the
 * helpers one stage calls in another. Stages: analyzer.c, forms.c (the
 * word-form cache), share.c (resolved forms shared by threads), scan.c
 * (one article), guards.c, matches.c, scope.c.
 */
#ifndef FSC_MATCH_INT_H
#define FSC_MATCH_INT_H

#include "formshare.h"
#include "internal.h"
#include "model.h"
#include "result.h"
#include "stage.h"
#include "text.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The word-form cache is bounded: when an article starts with more than
 * MAX_TYPES forms (or MAX_CACHE_BYTES of their strings) cached, the forms
 * least used since the last such round are evicted and at most KEEP_TYPES
 * of the most used stay (compact_types). Eviction compacts the map and
 * the arrays where they are and two string arenas take turns, so the
 * cache's memory stops growing once it first reaches the bound: no
 * reallocation or fresh pages per round. */
#define MAX_TYPES       ((size_t)1 << 15)
#define KEEP_TYPES      (MAX_TYPES / 2)
#define MAX_CACHE_BYTES ((size_t)4 << 20)
#define MAX_CANDS       64  /* clitic readings per type */
#define MAX_TIED        16  /* winning nodes kept per start */
#define MAX_MATCH_CATS  256 /* categories of one match */
#define SIG_BITS        16  /* stem_sig() bits */

typedef struct hit {
    uint32_t wpid;     /* word pattern this reading stands for */
    uint32_t root;     /* the trie's child of the root along wpid, 0 none
                          (looked up once per form, not per token) */
    uint32_t stripped; /* FSC__RD_* of what was removed to get here */
    const char *pro;   /* removed proclitics ("" none), cache-owned */
    const char *enc;   /* removed enclitic ("" none), cache-owned */
} hit;

typedef struct ttype {
    uint32_t hits_off; /* into az->hits */
    uint32_t n_hits;   /* readings that match some pattern */
    uint8_t script;    /* FSC__SCRIPT_* */
    uint8_t glue;      /* Arabic proclitic written apart ("ل") */
    uint8_t starts;    /* some reading has a root edge: a term or a
                          modifier can start at this form */
    uint8_t pad;
    const char *key; /* folded key when glue (the glue text), else "";
                        cache-owned */
} ttype;

/* Front cache: frequent word forms answered from a small direct-mapped
 * table that stays in cache, before the big type map is probed. */
#define FRONT_BITS 14
#define FRONT_KEY  22
#define PREFETCH   8 /* tokens ahead whose cache lines are requested */
typedef struct front {
    uint32_t hash;       /* hash of the surface form */
    uint32_t idx;        /* its type index */
    uint8_t len;         /* surface bytes; 0 = empty slot */
    uint8_t info;        /* type_info() of the type */
    char key[FRONT_KEY]; /* surface bytes */
} front;

/* What the per-token loop needs of a type, in one byte: the script in the
 * low bits and whether a match can start at it (a reading that begins some
 * term, or a proclitic written apart). Most forms with readings have them
 * only inside longer terms or in guards: no walk starts there. */
#define INFO_SCRIPT 0x07
#define INFO_START  0x08

typedef struct spos {
    uint32_t tok;  /* index into az->tv */
    uint32_t type; /* index into az->types */
    uint32_t info; /* type_info() of the type */
} spos;

/* The type cache maps a surface form to its type index with the type's
 * info byte in the top bits, so a lookup needs no access to az->types. */
#define VAL_IDX(v)  ((v)&0xFFFFFFu)
#define VAL_INFO(v) ((uint8_t)((v) >> 24))

typedef struct modspan {
    uint32_t start, end; /* stream positions, inclusive */
    unsigned ahead;      /* FSC_MATCH_* it sets on a term that follows it */
    unsigned behind;     /* FSC_MATCH_* it sets on a term before it */
} modspan;

typedef struct mpos {
    uint32_t start; /* stream position where modifiers before it end */
    uint32_t end;   /* stream position of its last token */
} mpos;

/* A scope anchor found at stream positions start..end. */
typedef struct anchor_at {
    uint32_t start, end; /* stream positions, inclusive */
    uint32_t lexicon;    /* model lexicon */
    uint32_t anchor;     /* index into its scope's anchors */
} anchor_at;

typedef struct best {
    int found;                /* any terminal of the wanted kind */
    size_t end;               /* stream position of its last token */
    uint32_t nodes[MAX_TIED]; /* terminal nodes ending at `end` */
    size_t n_nodes;           /* used */
    const hit *first, *last;  /* readings of first and last token */
} best;

struct fsc_analyzer {
    const fsc_model *m;    /* borrowed */
    fsc__tokenizer *tk;    /* ICU state */
    fsc__formshare *share; /* forms other threads resolved, or NULL */
    fsc__folder *fold;     /* folding state */
    fsc__tokvec tv;        /* tokens of the current article */
    fsc__attr_stage *attr; /* the attribution stage (attribution/stage.h) */
    uint32_t *form_of_tok; /* per token: its type index, UINT32_MAX none */
    uint32_t *match_tok;   /* per match: the token its voice is read at */
    size_t cap_form_of_tok, cap_match_tok;
    uint64_t form_gen; /* bumped when type indices are reused */
    fsc__strmap cache; /* surface -> type index */
    uint8_t *uses;     /* per type: lookups since the last eviction
                          (saturating) */
    size_t cap_uses;
    uint32_t *remap; /* compact_types: old type index -> new */
    size_t cap_remap;
    ttype *types; /* cached types */
    size_t n_types, cap_types;
    hit *hits; /* readings of cached types */
    size_t n_hits, cap_hits;
    fsc_arena strs;  /* cached strings */
    fsc_arena strs2; /* the other arena: compact_types fills it */
    fsc_buf key;     /* scratch folded key */
    fsc__ar_cand cands[MAX_CANDS];
    char cand_scratch[4096];
    spos *stream; /* tokens that take part in matching */
    size_t cap_stream;
    int32_t *mod_end; /* per stream position: modifier ending there */
    size_t cap_mod_end;
    int32_t *mod_start; /* per stream position: modifier starting there */
    size_t cap_mod_start;
    front *front;     /* 1 << FRONT_BITS recent surface forms */
    uint32_t *hashes; /* hash of each token of the current article */
    size_t cap_hashes;
    const char *text; /* article being analysed */
    mpos *mpos;       /* stream span of each match */
    size_t cap_mpos;
    modspan *mods; /* modifiers of the current article */
    size_t n_mods, cap_mods;
    fsc_match *matches; /* matches of the current article */
    size_t n_matches, cap_matches;
    unsigned terms_seen; /* term entries met in one DFS */
    size_t n_stream;     /* stream positions of the current article */
    size_t walk_start;   /* left edge of the walk's match, for guards */
    int anchors_on;      /* the walk records scope anchors */
    int claimed;         /* add_match found a name: span taken, no match */
    long want_lex;       /* add_match: only terms of this lexicon (-1 any) */
    anchor_at *anc;      /* longest anchor of each lexicon in one walk */
    size_t cap_anc;
    uint32_t *anc_lex; /* lexicons with an anchor in this walk */
    size_t n_anc_lex, cap_anc_lex;
    size_t *anc_free; /* per lexicon: first position a new anchor may
                         start (anchors of a lexicon do not overlap) */
    size_t cap_anc_free;
    anchor_at *anchors; /* anchors of the current article */
    size_t n_anchors, cap_anchors;
    uint8_t *para_in; /* per scoped lexicon x paragraph: in scope */
    size_t cap_para_in;
    uint32_t *scope_slot; /* per lexicon: its row of para_in */
    size_t cap_scope_slot;
    size_t n_para; /* paragraphs of the current article */
    best *btl;     /* per lexicon: its longest framing term found
                      by the current walk */
    size_t cap_btl;
    uint32_t *btl_used; /* lexicons with a term in the current walk */
    size_t n_btl_used, cap_btl_used;
    size_t *next_free_l; /* per lexicon: first position a new framing
                            match of it may start (each framing lexicon
                            keeps its own longest matches) */
    size_t cap_next_free_l;
    /* Filters that let most new word forms' stems skip the model's lookups
     * (filled from the model when the analyzer is made): a bit per
     * stem_sig() of every exact key, and a bit per first two bytes of
     * every path in the prefix trie (pt_all: a one-byte prefix exists,
     * the trie is always walked). */
    uint64_t exact_sig[(1u << SIG_BITS) / 64];
    uint64_t pt_two[65536 / 64];
    int pt_all;
    /* Filters of the trie walk of a stem of four bytes or more: a bit per
     * head_bit() of the first four bytes of every prefix-trie path of four
     * bytes or more (pt_four), and a bit per first two bytes of every
     * prefix that ends at its second or third byte (pt_short). A stem with
     * neither bit set finds no prefix. */
    uint64_t pt_four[(1u << SIG_BITS) / 64];
    uint64_t pt_short[65536 / 64];
    /* Filters of a word form's clitic, tanween and verb readings
     * (fsc__match_no_readings()): a bit per letters_bit() of every exact key
     * of two or more two-byte letters in ar_exact (its letters_back()
     * hash and length); a bit per head_bit() of:
     * a prefix of four bytes in head4, of six in head6;
     * the first eight bytes of every prefix-trie path of eight bytes or
     * more in head8. head_off: not used (a prefix of two bytes or none, or
     * stems of one letter allowed). */
    /* Verb readings (forms.c): per byte, the subject suffixes whose last
     * byte and the imperfect prefixes whose second byte it is, as bits of
     * their table indices (fsc__match_fill_affixes). */
    uint16_t sfx_by_last[256];
    uint16_t pre_by_second[256];
    uint64_t head4[(1u << SIG_BITS) / 64];
    uint64_t head6[(1u << SIG_BITS) / 64];
    uint64_t head8[(1u << SIG_BITS) / 64];
    uint64_t ar_exact[(1u << SIG_BITS) / 64];
    int head_off;
};

/* Filter bit of the n bytes (n <= 8) whose big-endian value is x. */
static inline uint32_t head_mix(uint64_t x, unsigned n)
{
    x ^= (x >> 29) ^ (uint64_t)n << 58;
    return (uint32_t)((x * 0x9E3779B97F4A7C15ull) >> (64 - SIG_BITS));
}

/* Filter bit of the bytes s[0..n) (n <= 8). */
static inline uint32_t head_bit(const char *s, unsigned n)
{
    const unsigned char *u = (const unsigned char *)s;
    uint64_t x = 0;
    for (unsigned i = 0; i < n; i++)
        x = x << 8 | u[i];
    return head_mix(x, n);
}

/* A cheap signature of a stem (len > 0) for the analyzer's exact-key
 * filter: its length and first two and last two bytes, mixed. */
static inline uint32_t stem_sig(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t h = (uint32_t)len;
    h = h * 257u + u[0];
    h = h * 257u + u[len > 1 ? 1 : 0];
    h = h * 257u + u[len - 1];
    h = h * 257u + u[len > 1 ? len - 2 : 0];
    return (h * 0x9E3779B1u) >> (32 - SIG_BITS);
}

/* A hash of a string of two-byte letters (each lead byte << 8 | trail),
 * made from its last letter back: the last letter itself, then
 * g' = g * P + c for each letter c before it (c is put in front). */
static inline uint64_t letters_back(uint64_t g, uint32_t c)
{
    return g * 0x100000001B3ull + c;
}

/* ar_exact's bit of a string of `bytes` bytes whose letters_back() hash
 * is h. */
static inline uint32_t letters_bit(uint64_t h, size_t bytes)
{
    uint64_t x = h ^ (uint64_t)bytes << 56;
    x ^= x >> 32;
    x *= 0xD6E8FEB86659FD93ull;
    x ^= x >> 29;
    return (uint32_t)((x * 0x9E3779B97F4A7C15ull) >> (64 - SIG_BITS));
}

static inline int bit_at(const uint64_t *bits, uint32_t i)
{
    return (int)((bits[i >> 6] >> (i & 63)) & 1u);
}

static inline uint8_t type_info(const ttype *t)
{
    return (uint8_t)((t->script & INFO_SCRIPT) |
                     (t->starts || t->glue ? INFO_START : 0));
}

static inline fsc_status grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return FSC_OK;
    size_t c = *cap ? *cap : 64;
    while (c < need)
        c *= 2;
    void *q = realloc(*p, c * size);
    if (!q)
        return FSC_ENOMEM;
    *p = q;
    *cap = c;
    return FSC_OK;
}

/* Clause punctuation ends a modifier's reach; quotes and brackets do not. */
static inline int is_clause_punct(const char *s, size_t len)
{
    static const char *const marks[] = { ",",
                                         ";",
                                         ":",
                                         ".",
                                         "!",
                                         "?",
                                         "\xD8\x8C",     /* ، */
                                         "\xD8\x9B",     /* ؛ */
                                         "\xD8\x9F",     /* ؟ */
                                         "\xE2\x80\x93", /* – */
                                         "\xE2\x80\x94", /* — */
                                         "\xE2\x80\xA6" /* … */ };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strlen(marks[i]) == len && memcmp(marks[i], s, len) == 0)
            return 1;
    return 0;
}

/* Empty a best: nodes[] past n_nodes is never read, so it is left as is
 * (clearing the whole struct three times per start token showed in perf). */
static inline void best_clear(best *b)
{
    b->found = 0;
    b->end = 0;
    b->n_nodes = 0;
    b->first = b->last = NULL;
}

/* What a walk looks for: framing terms, modifiers, attribution terms. */
enum { WANT_TERM = 0, WANT_MOD, WANT_ATTR };

/* Shared between the stages (see each definition). */
/* forms.c */
/* 1 when the folded Arabic key[0..len) surely has no clitic, tanween or
 * verb reading that matches a word pattern (readings are then not made),
 * 0 when it may have one or is not judged. */
int fsc__match_no_readings(const fsc_analyzer *az, const char *key, size_t len);
/* Fill the analyzer's affix tables of verb readings (when it is made). */
void fsc__match_fill_affixes(fsc_analyzer *az);
fsc_status fsc__match_resolve_type(fsc_analyzer *az, const char *s, size_t len,
                                   uint32_t h, uint32_t *idx, fsc_error *err);
fsc_status fsc__match_compact_types(fsc_analyzer *az);
/* share.c */
/* 1 when the share holds surface s[0..len) (hash h): its readings are then
 * copied into az as the type at az->n_types (*st says whether that
 * worked); 0 when it does not. */
int fsc__match_share_get(fsc__formshare *fs, fsc_analyzer *az, const char *s,
                         size_t len, uint32_t h, fsc_status *st);
/* Offer type t of surface s[0..len), just resolved by az, to the others. */
void fsc__match_share_put(fsc__formshare *fs, const fsc_analyzer *az,
                          const char *s, size_t len, uint32_t h,
                          const ttype *t);
/* guards.c */
int fsc__match_guards_ok(const fsc_analyzer *az, const fsc__term *t,
                         size_t start, size_t end);
/* matches.c */
unsigned fsc__match_modifiers_of(fsc_analyzer *az, size_t n, size_t start,
                                 size_t end, const modspan **which);
fsc_status fsc__match_add_match(fsc_analyzer *az, size_t start, size_t glue_pos,
                                const best *b, const char *glue, int want,
                                fsc_arena *arena);
void fsc__match_clear_lex_bests(fsc_analyzer *az);
fsc_status fsc__match_add_terms(fsc_analyzer *az, size_t start, size_t glue_pos,
                                const char *glue, fsc_arena *arena,
                                size_t *tend);
fsc_status fsc__match_add_mod(fsc_analyzer *az, size_t start, const best *b);
/* scope.c */
int fsc__match_in_scope(const fsc_analyzer *az, const fsc_result *r, size_t li,
                        size_t para);
fsc_status fsc__match_apply_scope(fsc_analyzer *az, fsc_result *r);

#endif
