/*
 * match.c - per-thread analysis: tokenise, resolve each distinct token type
 * to the word patterns it can stand for (folding and clitic readings done
 * once per type and cached), walk the trie for the longest match at each
 * position, then apply modifiers (negators, hedges, intensifiers,
 * distancers) found in a short window before each match in its sentence.
 */
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
#define MAX_TYPES ((size_t)1 << 15)
#define KEEP_TYPES (MAX_TYPES / 2)
#define MAX_CACHE_BYTES ((size_t)4 << 20)
#define MAX_CANDS 64                      /* clitic readings per type */
#define MAX_TIED 16                       /* winning nodes kept per start */
#define MAX_MATCH_CATS 256                /* categories of one match */

typedef struct hit {
    uint32_t wpid;      /* word pattern this reading stands for */
    uint32_t stripped;  /* FSC__RD_* of what was removed to get here */
    const char *pro;    /* removed proclitics ("" none), cache-owned */
    const char *enc;    /* removed enclitic ("" none), cache-owned */
} hit;

typedef struct ttype {
    uint32_t hits_off;  /* into az->hits */
    uint32_t n_hits;    /* readings that match some pattern */
    uint8_t script;     /* FSC__SCRIPT_* */
    uint8_t glue;       /* Arabic proclitic written apart ("ل") */
    uint8_t pad[2];
    const char *key;    /* folded key, cache-owned (glue text) */
} ttype;

/* Front cache: frequent word forms answered from a small direct-mapped
 * table that stays in cache, before the big type map is probed. */
#define FRONT_BITS 14
#define FRONT_KEY 22
#define PREFETCH 8 /* tokens ahead whose cache lines are requested */
typedef struct front {
    uint32_t hash;      /* hash of the surface form */
    uint32_t idx;       /* its type index */
    uint8_t len;        /* surface bytes; 0 = empty slot */
    uint8_t info;       /* type_info() of the type */
    char key[FRONT_KEY]; /* surface bytes */
} front;

/* What the per-token loop needs of a type, in one byte: the script in the
 * low bits and whether a match can start at it. */
#define INFO_SCRIPT 0x07
#define INFO_START 0x08

typedef struct spos {
    uint32_t tok;  /* index into az->tv */
    uint32_t type; /* index into az->types */
    uint32_t info; /* type_info() of the type */
} spos;

/* The type cache maps a surface form to its type index with the type's
 * info byte in the top bits, so a lookup needs no access to az->types. */
#define VAL_IDX(v) ((v)&0xFFFFFFu)
#define VAL_INFO(v) ((uint8_t)((v) >> 24))

static uint8_t type_info(const ttype *t)
{
    return (uint8_t)((t->script & INFO_SCRIPT) |
                     (t->n_hits || t->glue ? INFO_START : 0));
}

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
    fsc__folder *fold;     /* folding state */
    fsc__tokvec tv;        /* tokens of the current article */
    fsc__attr_stage *attr; /* the attribution stage (attribution/stage.h) */
    uint32_t *form_of_tok; /* per token: its type index, UINT32_MAX none */
    uint32_t *match_tok;   /* per match: the token its voice is read at */
    size_t cap_form_of_tok, cap_match_tok;
    uint64_t form_gen;     /* bumped when type indices are reused */
    fsc__strmap cache;     /* surface -> type index */
    uint8_t *uses;         /* per type: lookups since the last eviction
                              (saturating) */
    size_t cap_uses;
    uint32_t *remap;       /* compact_types: old type index -> new */
    size_t cap_remap;
    ttype *types;          /* cached types */
    size_t n_types, cap_types;
    hit *hits;             /* readings of cached types */
    size_t n_hits, cap_hits;
    fsc_arena strs;        /* cached strings */
    fsc_arena strs2;       /* the other arena: compact_types fills it */
    fsc_buf key;           /* scratch folded key */
    fsc__ar_cand cands[MAX_CANDS];
    char cand_scratch[4096];
    spos *stream;          /* tokens that take part in matching */
    size_t cap_stream;
    int32_t *mod_end;      /* per stream position: modifier ending there */
    size_t cap_mod_end;
    int32_t *mod_start;    /* per stream position: modifier starting there */
    size_t cap_mod_start;
    front *front;          /* 1 << FRONT_BITS recent surface forms */
    uint32_t *hashes;      /* hash of each token of the current article */
    size_t cap_hashes;
    const char *text;      /* article being analysed */
    mpos *mpos;            /* stream span of each match */
    size_t cap_mpos;
    modspan *mods;         /* modifiers of the current article */
    size_t n_mods, cap_mods;
    fsc_match *matches;    /* matches of the current article */
    size_t n_matches, cap_matches;
    unsigned terms_seen;   /* term entries met in one DFS */
    size_t n_stream;       /* stream positions of the current article */
    size_t walk_start;     /* left edge of the walk's match, for guards */
    int anchors_on;        /* the walk records scope anchors */
    int claimed;           /* add_match found a name: span taken, no match */
    long want_lex;         /* add_match: only terms of this lexicon (-1 any) */
    anchor_at *anc;        /* longest anchor of each lexicon in one walk */
    size_t cap_anc;
    uint32_t *anc_lex;     /* lexicons with an anchor in this walk */
    size_t n_anc_lex, cap_anc_lex;
    size_t *anc_free;      /* per lexicon: first position a new anchor may
                              start (anchors of a lexicon do not overlap) */
    size_t cap_anc_free;
    anchor_at *anchors;    /* anchors of the current article */
    size_t n_anchors, cap_anchors;
    uint8_t *para_in;      /* per scoped lexicon x paragraph: in scope */
    size_t cap_para_in;
    uint32_t *scope_slot;  /* per lexicon: its row of para_in */
    size_t cap_scope_slot;
    size_t n_para;         /* paragraphs of the current article */
    best *btl;             /* per lexicon: its longest framing term found
                              by the current walk */
    size_t cap_btl;
    uint32_t *btl_used;    /* lexicons with a term in the current walk */
    size_t n_btl_used, cap_btl_used;
    size_t *next_free_l;   /* per lexicon: first position a new framing
                              match of it may start (each framing lexicon
                              keeps its own longest matches) */
    size_t cap_next_free_l;
};


static fsc_status grow(void **p, size_t *cap, size_t need, size_t size);

/* Type 0 matches nothing: punctuation takes it when no pattern has any. */
static fsc_status reserve_empty_type(fsc_analyzer *az)
{
    fsc_status st = grow((void **)&az->types, &az->cap_types, 1,
                         sizeof *az->types);
    if (st != FSC_OK)
        return st;
    if ((st = grow((void **)&az->uses, &az->cap_uses, 1, 1)) != FSC_OK)
        return st;
    az->uses[0] = 0;
    memset(&az->types[0], 0, sizeof az->types[0]);
    az->types[0].key = "";
    az->types[0].script = FSC__SCRIPT_COMMON;
    az->n_types = 1;
    return FSC_OK;
}

fsc_status fsc_analyzer_new(const fsc_model *m, fsc_analyzer **out,
                            fsc_error *err)
{
    *out = NULL;
    fsc_analyzer *az = calloc(1, sizeof *az);
    if (!az)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    az->m = m;
    fsc__strmap_init(&az->cache);
    fsc__arena_init(&az->strs, 64 * 1024);
    fsc__arena_init(&az->strs2, 64 * 1024);
    fsc__buf_init(&az->key, (size_t)1 << 24);
    fsc__fold_opts fo = { m->opts.ta_marbuta };
    az->front = calloc((size_t)1 << FRONT_BITS, sizeof *az->front);
    fsc_status st = az->front ? reserve_empty_type(az)
                              : fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (st == FSC_OK)
        st = fsc__tokenizer_new(m->opts.locale, &az->tk, err);
    if (st == FSC_OK)
        st = fsc__folder_new(&fo, &az->fold, err);
    if (st == FSC_OK && m->has_attribution)
        st = fsc__attr_stage_new(&az->attr, err);
    if (st != FSC_OK) {
        fsc_analyzer_free(az);
        return st;
    }
    *out = az;
    return FSC_OK;
}

void fsc_analyzer_free(fsc_analyzer *az)
{
    if (!az)
        return;
    fsc__tokenizer_free(az->tk);
    fsc__folder_free(az->fold);
    fsc__tokvec_free(&az->tv);
    fsc__attr_stage_free(az->attr);
    free(az->form_of_tok);
    free(az->match_tok);
    fsc__strmap_free(&az->cache);
    fsc__arena_free(&az->strs);
    fsc__arena_free(&az->strs2);
    free(az->uses);
    free(az->remap);
    fsc__buf_free(&az->key);
    free(az->types);
    free(az->hits);
    free(az->stream);
    free(az->mod_end);
    free(az->mod_start);
    free(az->mpos);
    free(az->front);
    free(az->hashes);
    free(az->mods);
    free(az->matches);
    free(az->btl);
    free(az->btl_used);
    free(az->next_free_l);
    free(az->anc);
    free(az->anc_lex);
    free(az->anc_free);
    free(az->anchors);
    free(az->para_in);
    free(az->scope_slot);
    free(az);
}

static fsc_status grow(void **p, size_t *cap, size_t need, size_t size)
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

static fsc_status add_hit(fsc_analyzer *az, uint32_t wpid, unsigned stripped,
                          const char *pro, const char *enc)
{
    ttype *t = &az->types[az->n_types];
    for (uint32_t i = 0; i < t->n_hits; i++) {
        const hit *o = &az->hits[t->hits_off + i];
        /* Keep the least stripped reading; a reading that removes
         * something else (a tanween alif, not a clitic) is kept besides,
         * since entries accept different readings. */
        if (o->wpid == wpid && (o->stripped & ~(uint32_t)stripped) == 0)
            return FSC_OK;
    }
    fsc_status st = grow((void **)&az->hits, &az->cap_hits, az->n_hits + 1,
                         sizeof *az->hits);
    if (st != FSC_OK)
        return st;
    const char *p = "", *e = "";
    if (*pro && !(p = fsc__arena_strndup(&az->strs, pro, strlen(pro))))
        return FSC_ENOMEM;
    if (*enc && !(e = fsc__arena_strndup(&az->strs, enc, strlen(enc))))
        return FSC_ENOMEM;
    hit *h = &az->hits[az->n_hits++];
    h->wpid = wpid;
    h->stripped = (uint32_t)stripped;
    h->pro = p;
    h->enc = e;
    t->n_hits++;
    return FSC_OK;
}

/* Every word pattern that stem[0..len) stands for: exact, then prefixes. */
static fsc_status lookup_stem(fsc_analyzer *az, const char *stem, size_t len,
                              unsigned stripped, const char *pro,
                              const char *enc)
{
    const fsc_model *m = az->m;
    uint32_t wpid;
    fsc_status st;
    if (fsc__strmap_get(&m->exact, stem, len, fsc__hash(stem, len), &wpid) &&
        (st = add_hit(az, wpid, stripped, pro, enc)) != FSC_OK)
        return st;
    /* Every wildcard prefix of the stem, in one walk down the byte trie. */
    uint32_t node = 0;
    for (size_t i = 0; i < len && m->n_pt; i++) {
        uint32_t c = m->pt[node].child;
        while (c && m->pt[c].byte != (uint8_t)stem[i])
            c = m->pt[c].next;
        if (!c)
            break;
        node = c;
        /* A prefix must end on a character boundary. */
        if (m->pt[node].wp1 &&
            (i + 1 == len || ((unsigned char)stem[i + 1] & 0xC0) != 0x80) &&
            (st = add_hit(az, m->pt[node].wp1 - 1, stripped, pro, enc)) !=
                FSC_OK)
            return st;
    }
    return FSC_OK;
}

/*
 * The reading of stem[0..len) without a final alif, the alif of tanween
 * fath («تطهيرا عرقيا» read as «تطهير عرقي»), for entries that ask for it
 * ("forms": ["tanween"]). At least min_stem_cp code points must remain.
 */
static fsc_status tanween_reading(fsc_analyzer *az, const char *stem,
                                  size_t len, unsigned bits, const char *pro)
{
    if (len < 4 || (unsigned char)stem[len - 2] != 0xD8 ||
        (unsigned char)stem[len - 1] != 0xA7)
        return FSC_OK;
    size_t cp = 0;
    for (size_t i = 0; i + 2 < len; i++)
        cp += ((unsigned char)stem[i] & 0xC0) != 0x80;
    if (cp < az->m->opts.min_stem_cp)
        return FSC_OK;
    return lookup_stem(az, stem, len - 2, bits | FSC__RD_TANWEEN, pro, "");
}

/* Bytes of the UTF-8 string lit if s[0..len) starts (dir > 0) or ends
 * (dir < 0) with it, else 0. */
static size_t affix(const char *s, size_t len, const char *lit, int dir)
{
    size_t n = strlen(lit);
    if (n >= len)
        return 0;
    return memcmp(dir > 0 ? s : s + len - n, lit, n) == 0 ? n : 0;
}

static size_t cp_count(const char *s, size_t len)
{
    size_t cp = 0;
    for (size_t i = 0; i < len; i++)
        cp += ((unsigned char)s[i] & 0xC0) != 0x80;
    return cp;
}

/*
 * Verb readings of stem[0..len) for entries that ask for them ("forms":
 * ["verb"]; the entry word is a perfect stem such as «احتل»): without a
 * subject suffix (احتلت، احتلوا، احتلوها after the enclitic is gone) and/or
 * an imperfect prefix with an optional future س (يحتل، تحتلون، سيحتل). An
 * imperfect of a stem that begins with alif (forms IV, VII-X: «احتل»،
 * «أعلن») drops that alif, so the prefix may also stand for it. Stems left
 * must keep min_stem_cp code points. Readings are marked FSC__RD_VERB (and
 * FSC__RD_CLITIC when a clitic went first); only verb entries accept them.
 */
static fsc_status verb_readings(fsc_analyzer *az, const char *stem, size_t len,
                                unsigned bits, const char *pro,
                                const char *enc)
{
    static const char *const sfx[] = {
        "", "\xD8\xAA",         /* ت */
        "\xD8\xAA\xD8\xA7",     /* تا */
        "\xD9\x88\xD8\xA7",     /* وا */
        "\xD9\x88",             /* و (وا before an enclitic) */
        "\xD8\xA7",             /* ا */
        "\xD9\x86",             /* ن */
        "\xD9\x86\xD8\xA7",     /* نا */
        "\xD8\xAA\xD9\x85",     /* تم */
        "\xD8\xAA\xD9\x86",     /* تن */
        "\xD9\x88\xD9\x86",     /* ون */
        "\xD8\xA7\xD9\x86",     /* ان */
        "\xD9\x8A\xD9\x86" };   /* ين */
    static const char *const pre[] = {
        "", "\xD9\x8A", "\xD8\xAA", "\xD9\x86", "\xD8\xA7", /* ي ت ن ا */
        "\xD8\xB3\xD9\x8A", "\xD8\xB3\xD8\xAA",             /* سي ست */
        "\xD8\xB3\xD9\x86", "\xD8\xB3\xD8\xA7" };           /* سن سا */
    char buf[256];
    const unsigned min = az->m->opts.min_stem_cp;
    fsc_status st = FSC_OK;
    for (size_t s = 0; s < sizeof sfx / sizeof *sfx && st == FSC_OK; s++) {
        size_t sl = s ? affix(stem, len, sfx[s], -1) : 0;
        if (s && !sl)
            continue;
        for (size_t p = 0; p < sizeof pre / sizeof *pre && st == FSC_OK;
             p++) {
            size_t pl = p ? affix(stem, len - sl, pre[p], 1) : 0;
            if ((p && !pl) || (!s && !p))
                continue; /* no affix: the plain reading */
            const char *b = stem + pl;
            size_t bl = len - sl - pl;
            if (cp_count(b, bl) < min)
                continue;
            st = lookup_stem(az, b, bl, bits | FSC__RD_VERB, pro, enc);
            /* The alif an imperfect drops: يحتل for احتل. */
            if (st == FSC_OK && p && bl + 2 < sizeof buf) {
                memcpy(buf, "\xD8\xA7", 2); /* ا */
                memcpy(buf + 2, b, bl);
                st = lookup_stem(az, buf, bl + 2, bits | FSC__RD_VERB, pro,
                                 enc);
            }
        }
    }
    return st;
}

/* Fold a new surface form and record what it can match; returns its index. */
static fsc_status resolve_type(fsc_analyzer *az, const char *s, size_t len,
                               uint32_t h, uint32_t *idx, fsc_error *err)
{
    fsc_status st = grow((void **)&az->types, &az->cap_types,
                         az->n_types + 1, sizeof *az->types);
    if (st == FSC_OK)
        st = grow((void **)&az->uses, &az->cap_uses, az->n_types + 1, 1);
    if (st != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    az->uses[az->n_types] = 0;
    ttype *t = &az->types[az->n_types];
    memset(t, 0, sizeof *t);
    t->hits_off = (uint32_t)az->n_hits;
    fsc__buf_reset(&az->key);
    int script = 0;
    if ((st = fsc__fold(az->fold, s, len, &az->key, &script, err)) != FSC_OK)
        return st;
    const char *key = az->key.data ? az->key.data : "";
    size_t klen = az->key.len;
    t->script = (uint8_t)script;
    t->key = fsc__arena_strndup(&az->strs, key, klen);
    if (!t->key)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    const fsc_model *m = az->m;
    if (klen) {
        st = lookup_stem(az, key, klen, 0, "", "");
        if (st == FSC_OK && script == FSC__SCRIPT_ARABIC && m->opts.clitics) {
            t->glue = (uint8_t)(fsc__ar_is_proclitic_only(key, klen) != 0);
            size_t n = fsc__ar_candidates(key, klen, m->opts.min_stem_cp,
                                          m->opts.ta_marbuta, az->cands,
                                          MAX_CANDS, az->cand_scratch,
                                          sizeof az->cand_scratch);
            for (size_t i = 0; i < n && st == FSC_OK; i++) {
                const fsc__ar_cand *c = &az->cands[i];
                if (!c->pro[0] && !c->enc[0] && c->len == klen)
                    continue; /* the key itself, done above */
                st = lookup_stem(az, c->stem, c->len, FSC__RD_CLITIC, c->pro,
                                 c->enc);
            }
            for (size_t i = 0; i < n && st == FSC_OK && m->has_tanween; i++) {
                const fsc__ar_cand *c = &az->cands[i];
                if (!c->enc[0])
                    st = tanween_reading(az, c->stem, c->len,
                                         c->pro[0] ? FSC__RD_CLITIC : 0,
                                         c->pro);
            }
            for (size_t i = 0; i < n && st == FSC_OK && m->has_verb; i++) {
                const fsc__ar_cand *c = &az->cands[i];
                st = verb_readings(az, c->stem, c->len,
                                   c->pro[0] || c->enc[0] ? FSC__RD_CLITIC
                                                          : 0,
                                   c->pro, c->enc);
            }
        } else if (st == FSC_OK && script == FSC__SCRIPT_ARABIC &&
                   (m->has_tanween || m->has_verb)) {
            if (m->has_tanween)
                st = tanween_reading(az, key, klen, 0, "");
            if (st == FSC_OK && m->has_verb)
                st = verb_readings(az, key, klen, 0, "", "");
        } else if (st == FSC_OK && script == FSC__SCRIPT_LATIN && klen > 3 &&
                   key[klen - 2] == '\'' && key[klen - 1] == 's') {
            /* English possessive: "Armenia's" reads as "armenia" + 's. */
            st = lookup_stem(az, key, klen - 2, FSC__RD_CLITIC, "", "'s");
        }
        if (st != FSC_OK)
            return fsc__fail(err, st, "out of memory");
    }
    uint32_t val = (uint32_t)az->n_types | ((uint32_t)type_info(t) << 24);
    if ((st = fsc__strmap_put(&az->cache, s, len, h, val)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    *idx = (uint32_t)az->n_types++;
    return FSC_OK;
}

/* Clause punctuation ends a modifier's reach; quotes and brackets do not. */
static int is_clause_punct(const char *s, size_t len)
{
    static const char *const marks[] = { ",", ";", ":", ".", "!", "?",
                                         "\xD8\x8C", /* ، */
                                         "\xD8\x9B", /* ؛ */
                                         "\xD8\x9F", /* ؟ */
                                         "\xE2\x80\x93", /* – */
                                         "\xE2\x80\x94", /* — */
                                         "\xE2\x80\xA6" /* … */ };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (strlen(marks[i]) == len && memcmp(marks[i], s, len) == 0)
            return 1;
    return 0;
}

static unsigned role_flag(unsigned role)
{
    switch (role) {
    case FSC_ROLE_NEGATOR:
        return FSC_MATCH_NEGATED;
    case FSC_ROLE_HEDGE:
        return FSC_MATCH_HEDGED;
    case FSC_ROLE_INTENSIFIER:
        return FSC_MATCH_INTENSIFIED;
    case FSC_ROLE_DISTANCER:
        return FSC_MATCH_DISTANCED;
    default:
        return 0;
    }
}

/* Empty a best: nodes[] past n_nodes is never read, so it is left as is
 * (clearing the whole struct three times per start token showed in perf). */
static void best_clear(best *b)
{
    b->found = 0;
    b->end = 0;
    b->n_nodes = 0;
    b->first = b->last = NULL;
}

static void note_best(best *b, size_t pos, uint32_t node, const hit *first,
                      const hit *last)
{
    if (!b->found || pos > b->end) {
        b->found = 1;
        b->end = pos;
        b->n_nodes = 0;
        b->first = first;
        b->last = last;
    } else if (pos < b->end) {
        return;
    }
    for (size_t i = 0; i < b->n_nodes; i++)
        if (b->nodes[i] == node)
            return;
    if (b->n_nodes < MAX_TIED)
        b->nodes[b->n_nodes++] = node;
}

/* Does the token at stream position q have a reading of word pattern
 * wpid (any reading: guard patterns accept clitics and tanween)? */
static int has_reading(const fsc_analyzer *az, size_t q, uint32_t wpid)
{
    const ttype *t = &az->types[az->stream[q].type];
    for (uint32_t k = 0; k < t->n_hits; k++)
        if (az->hits[t->hits_off + k].wpid == wpid)
            return 1;
    return 0;
}

/* Does guard pattern gp match the tokens from stream position q on, in
 * sentence `sent`? */
static int gpat_at(const fsc_analyzer *az, const fsc__gpat *gp, size_t q,
                   uint32_t sent)
{
    const fsc_model *m = az->m;
    for (uint32_t k = 0; k < gp->n; k++) {
        if (q + k >= az->n_stream ||
            az->tv.v[az->stream[q + k].tok].sent != sent ||
            !has_reading(az, q + k, m->gwp[gp->off + k]))
            return 0;
    }
    return 1;
}

/* Does some pattern of g start at q (dir > 0) or end at q (dir < 0)? */
static int guard_hit(const fsc_analyzer *az, const fsc__guard *g, size_t q,
                     int dir, uint32_t sent)
{
    for (uint32_t i = 0; i < g->n_pats; i++) {
        const fsc__gpat *gp = &az->m->gpats[g->pats_off + i];
        if (dir < 0 && q + 1 < gp->n)
            continue;
        if (gpat_at(az, gp, dir > 0 ? q : q + 1 - gp->n, sent))
            return 1;
    }
    return 0;
}

/*
 * Stream position of the next word after `from` (dir 1) or the previous
 * one (dir -1) in sentence `sent`, or -1. next/prev skip quotation marks
 * and brackets but not clause punctuation; near (`any_punct`) skips every
 * punctuation mark.
 */
static long word_from(const fsc_analyzer *az, size_t from, int dir,
                      uint32_t sent, int any_punct)
{
    for (size_t p = from;;) {
        if (dir < 0 ? p == 0 : p + 1 >= az->n_stream)
            return -1;
        p = dir < 0 ? p - 1 : p + 1;
        const fsc__token *tok = &az->tv.v[az->stream[p].tok];
        if (tok->sent != sent)
            return -1;
        if (tok->kind != FSC__TOK_PUNCT)
            return (long)p;
        if (!any_punct && is_clause_punct(az->text + tok->off, tok->len))
            return -1;
    }
}

/* Do the sense guards of `t` hold for a match at stream positions
 * start..end? Each guard's patterns are alternatives; all guards must hold. */
static int guards_ok(const fsc_analyzer *az, const fsc__term *t, size_t start,
                     size_t end)
{
    const fsc_model *m = az->m;
    if (!t->guards)
        return 1;
    const fsc__gset *gs = &m->gsets[t->guards - 1];
    uint32_t sent = az->tv.v[az->stream[start].tok].sent;
    for (uint32_t i = 0; i < gs->n; i++) {
        const fsc__guard *g = &m->guards[gs->off + i];
        int found = 0;
        long q;
        switch (g->kind) {
        case FSC_GUARD_NEXT:
        case FSC_GUARD_NOT_NEXT:
            q = word_from(az, end, 1, sent, 0);
            found = q >= 0 && guard_hit(az, g, (size_t)q, 1, sent);
            break;
        case FSC_GUARD_PREV:
        case FSC_GUARD_NOT_PREV:
            q = word_from(az, start, -1, sent, 0);
            found = q >= 0 && guard_hit(az, g, (size_t)q, -1, sent);
            break;
        default: /* near, not_near: `window` words on either side */
            for (int dir = -1; dir <= 1 && !found; dir += 2) {
                size_t from = dir < 0 ? start : end;
                for (unsigned w = 0; w < g->window && !found; w++) {
                    q = word_from(az, from, dir, sent, 1);
                    if (q < 0)
                        break;
                    found = guard_hit(az, g, (size_t)q, dir, sent);
                    from = (size_t)q;
                }
            }
            break;
        }
        int want = g->kind == FSC_GUARD_NEXT || g->kind == FSC_GUARD_PREV ||
                   g->kind == FSC_GUARD_NEAR;
        if (found != want)
            return 0;
    }
    return 1;
}

/* A scope anchor of term t ends at `pos` in the current walk: keep the
 * longest per lexicon (the first listed among equals). */
static void note_anchor(fsc_analyzer *az, const fsc__term *t, size_t pos)
{
    anchor_at *a = &az->anc[t->lexicon];
    size_t k = 0;
    while (k < az->n_anc_lex && az->anc_lex[k] != t->lexicon)
        k++;
    if (k == az->n_anc_lex) {
        az->anc_lex[az->n_anc_lex++] = t->lexicon;
        a->start = (uint32_t)az->walk_start;
        a->end = (uint32_t)pos;
        a->lexicon = t->lexicon;
        a->anchor = t->entry;
    } else if (pos > a->end || (pos == a->end && t->entry < a->anchor)) {
        a->end = (uint32_t)pos;
        a->anchor = t->entry;
    }
}

/* Depth-first walk of the trie from stream position `pos`. */
static void walk(fsc_analyzer *az, size_t n, size_t pos, uint32_t node,
                 uint32_t sent, unsigned stripped, const hit *first, best *bt,
                 best *bm, best *ba, int depth)
{
    const fsc_model *m = az->m;
    if (pos >= n || depth > 64 || az->tv.v[az->stream[pos].tok].sent != sent)
        return;
    const ttype *t = &az->types[az->stream[pos].type];
    for (uint32_t k = 0; k < t->n_hits; k++) {
        const hit *h = &az->hits[t->hits_off + k];
        uint32_t child = fsc__trie_child(m, node, h->wpid);
        if (!child)
            continue;
        unsigned s2 = stripped | h->stripped;
        const hit *f = first ? first : h;
        const fsc__node *nd = &m->nodes[child];
        for (uint32_t j = 0; j < nd->n_terms; j++) {
            const fsc__term *term = &m->terms[nd->terms_off + j];
            if (s2 & ~(unsigned)term->allow)
                continue;
            if (term->role == FSC__ROLE_ANCHOR) {
                if (az->anchors_on)
                    note_anchor(az, term, pos);
                continue;
            }
            if (term->guards && !guards_ok(az, term, az->walk_start, pos))
                continue;
            int counted = term->role == FSC_ROLE_TERM ||
                          term->role == FSC_ROLE_NAME;
            if (counted && term->layer == FSC_LAYER_ATTRIBUTION) {
                note_best(ba, pos, child, f, h);
            } else if (counted) {
                az->terms_seen++;
                best *lb = &az->btl[term->lexicon];
                if (!lb->found)
                    az->btl_used[az->n_btl_used++] = term->lexicon;
                note_best(lb, pos, child, f, h);
                note_best(bt, pos, child, f, h);
            } else {
                note_best(bm, pos, child, f, h);
            }
        }
        if (nd->n_child)
            walk(az, n, pos + 1, child, sent, s2, f, bt, bm, ba, depth + 1);
    }
}

/* What a walk looks for: framing terms, modifiers, attribution terms. */
enum { WANT_TERM = 0, WANT_MOD, WANT_ATTR };

/* Nonzero when term t of a winning node may be used with this reading at
 * stream positions start..end (its sense guards hold there). */
static int usable(const fsc_analyzer *az, const fsc__term *t,
                  unsigned stripped, int want, size_t start, size_t end)
{
    if ((stripped & ~(unsigned)t->allow) || t->role == FSC__ROLE_ANCHOR)
        return 0;
    int counted = t->role == FSC_ROLE_TERM || t->role == FSC_ROLE_NAME;
    if (want == WANT_MOD ? counted
                         : !counted || (t->layer == FSC_LAYER_ATTRIBUTION) !=
                                           (want == WANT_ATTR))
        return 0;
    if (want == WANT_TERM && az->want_lex >= 0 &&
        t->lexicon != (uint32_t)az->want_lex)
        return 0;
    return guards_ok(az, t, start, end);
}

/*
 * Modifier flags that reach the match at stream positions [start..end]:
 * modifiers ending within the window before it that act ahead, and
 * modifiers starting within the window after it that act behind, inside
 * its sentence and clause. *which gets the nearest one, a negator first.
 */
static unsigned modifiers_of(fsc_analyzer *az, size_t n, size_t start,
                             size_t end, const modspan **which)
{
    const fsc_model *m = az->m;
    *which = NULL;
    if (!az->n_mods)
        return 0;
    unsigned flags = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        size_t from = dir < 0 ? start : end;
        uint32_t sent = az->tv.v[az->stream[from].tok].sent;
        unsigned words = 0;
        for (size_t p = from;;) {
            if (dir < 0 ? p == 0 : p + 1 >= n)
                break;
            p = dir < 0 ? p - 1 : p + 1;
            const fsc__token *tok = &az->tv.v[az->stream[p].tok];
            if (tok->sent != sent)
                break;
            int32_t mi = dir < 0 ? az->mod_end[p] : az->mod_start[p];
            if (mi >= 0) {
                const modspan *ms = &az->mods[mi];
                unsigned f = dir < 0 ? ms->ahead : ms->behind;
                if (f && (!*which || ((f & FSC_MATCH_NEGATED) &&
                                      !(flags & FSC_MATCH_NEGATED))))
                    *which = ms;
                flags |= f;
            }
            if (tok->kind == FSC__TOK_PUNCT) {
                if (is_clause_punct(az->text + tok->off, tok->len))
                    break;
                continue;
            }
            if (++words >= m->opts.modifier_window)
                break;
        }
    }
    return flags;
}

static fsc_status add_match(fsc_analyzer *az, size_t start, size_t glue_pos,
                            const best *b, const char *glue, int want,
                            fsc_arena *arena)
{
    const fsc_model *m = az->m;
    fsc_status st = grow((void **)&az->matches, &az->cap_matches,
                         az->n_matches + 1, sizeof *az->matches);
    if (st != FSC_OK)
        return st;
    unsigned stripped = b->first->stripped | b->last->stripped |
                        (glue != NULL ? FSC__RD_CLITIC : 0);
    size_t gstart = glue ? glue_pos : start;
    uint32_t cats[MAX_MATCH_CATS];
    size_t n_cats = 0;
    const fsc__term *primary = NULL;
    az->claimed = 0;
    for (size_t i = 0; i < b->n_nodes; i++) {
        const fsc__node *nd = &m->nodes[b->nodes[i]];
        for (uint32_t j = 0; j < nd->n_terms; j++) {
            const fsc__term *t = &m->terms[nd->terms_off + j];
            if (!usable(az, t, stripped, want, gstart, b->end))
                continue;
            if (t->role == FSC_ROLE_NAME) {
                /* A name or title takes the span and counts nowhere. */
                az->claimed = 1;
                return FSC_OK;
            }
            if (!primary || t->lexicon < primary->lexicon ||
                (t->lexicon == primary->lexicon && t->entry < primary->entry))
                primary = t;
            for (uint32_t c = 0; c < t->n_cats; c++) {
                uint32_t cat = m->catpool[t->cats_off + c];
                size_t k = 0;
                while (k < n_cats && cats[k] != cat)
                    k++;
                if (k == n_cats && n_cats < MAX_MATCH_CATS)
                    cats[n_cats++] = cat;
            }
        }
    }
    if (!primary)
        return FSC_OK;
    /* Keep category lists sorted (insertion sort: lists are short). */
    for (size_t i = 1; i < n_cats; i++)
        for (size_t j = i; j > 0 && cats[j - 1] > cats[j]; j--) {
            uint32_t x = cats[j];
            cats[j] = cats[j - 1];
            cats[j - 1] = x;
        }
    fsc_match *mt = &az->matches[az->n_matches];
    memset(mt, 0, sizeof *mt);
    const fsc__token *t0 = &az->tv.v[az->stream[start].tok];
    const fsc__token *t1 = &az->tv.v[az->stream[b->end].tok];
    mt->off = t0->off;
    mt->len = (size_t)t1->off + t1->len - t0->off;
    mt->cp_off = t0->cp_off;
    mt->cp_len = (size_t)t1->cp_off + t1->cp_len - t0->cp_off;
    mt->sentence = t0->sent;
    mt->lexicon = primary->lexicon;
    mt->entry = primary->entry;
    uint32_t *cv = fsc__arena_alloc(arena, n_cats * sizeof *cv);
    if (!cv)
        return FSC_ENOMEM;
    memcpy(cv, cats, n_cats * sizeof *cv);
    mt->cats = cv;
    mt->n_cats = n_cats;
    char pro[64];
    snprintf(pro, sizeof pro, "%s%s%s", glue ? glue : "",
             glue && b->first->pro[0] ? "+" : "", b->first->pro);
    mt->proclitics = fsc__arena_strndup(arena, pro, strlen(pro));
    mt->enclitic =
        fsc__arena_strndup(arena, b->last->enc, strlen(b->last->enc));
    if (!mt->proclitics || !mt->enclitic)
        return FSC_ENOMEM;
    mt->detached = glue != NULL;
    mt->voice = FSC_VOICE_AUTHORIAL;
    mt->attribution = -1;
    st = grow((void **)&az->mpos, &az->cap_mpos, az->n_matches + 1,
              sizeof *az->mpos);
    if (st != FSC_OK)
        return st;
    az->mpos[az->n_matches].start = (uint32_t)(glue ? glue_pos : start);
    az->mpos[az->n_matches].end = (uint32_t)b->end;
    unsigned usable_here = 0;
    for (size_t i = 0; i < b->n_nodes; i++) {
        const fsc__node *nd = &m->nodes[b->nodes[i]];
        for (uint32_t j = 0; j < nd->n_terms; j++)
            usable_here += (unsigned)usable(az, &m->terms[nd->terms_off + j],
                                            stripped, want, gstart, b->end);
    }
    mt->layer = want == WANT_ATTR ? FSC_LAYER_ATTRIBUTION : FSC_LAYER_FRAMING;
    if (want == WANT_ATTR)
        mt->n_competing = usable_here - 1;
    else
        mt->n_competing = az->terms_seen > usable_here
                              ? az->terms_seen - usable_here
                              : usable_here - 1;
    az->n_matches++;
    return FSC_OK;
}

static void clear_lex_bests(fsc_analyzer *az)
{
    for (size_t k = 0; k < az->n_btl_used; k++)
        best_clear(&az->btl[az->btl_used[k]]);
    az->n_btl_used = 0;
}

/*
 * The framing matches starting at stream position `start`: for each
 * lexicon with a term found by the walk (in lexicon order), its longest
 * term, unless a match of that lexicon still covers `start`. A name of any
 * lexicon («المنسق الأوروبي لمكافحة الإرهاب», "UN refugee agency") takes
 * its span from every lexicon: the matches it covers are dropped. *tend
 * gets one past the end of the furthest match or name added, 0 for none.
 */
static fsc_status add_terms(fsc_analyzer *az, size_t start, size_t glue_pos,
                            const char *glue, fsc_arena *arena, size_t *tend)
{
    *tend = 0;
    /* lexicon order, for output that does not depend on the walk */
    for (size_t a = 1; a < az->n_btl_used; a++)
        for (size_t b = a; b > 0 && az->btl_used[b - 1] > az->btl_used[b];
             b--) {
            uint32_t x = az->btl_used[b];
            az->btl_used[b] = az->btl_used[b - 1];
            az->btl_used[b - 1] = x;
        }
    size_t first = az->n_matches, claim_end = 0;
    int claimed = 0;
    for (size_t k = 0; k < az->n_btl_used; k++) {
        uint32_t lex = az->btl_used[k];
        const best *lb = &az->btl[lex];
        if (!lb->found || glue_pos < az->next_free_l[lex])
            continue;
        size_t before = az->n_matches;
        az->want_lex = (long)lex;
        fsc_status st = add_match(az, start, glue_pos, lb, glue, WANT_TERM,
                                  arena);
        az->want_lex = -1;
        if (st != FSC_OK)
            return st;
        if (az->n_matches > before || az->claimed) {
            az->next_free_l[lex] = lb->end + 1;
            if (lb->end + 1 > *tend)
                *tend = lb->end + 1;
        }
        if (az->claimed && lb->end + 1 > claim_end) {
            claimed = 1;
            claim_end = lb->end + 1;
        }
    }
    if (claimed) {
        /* a name: no lexicon counts a term inside it */
        size_t w = first;
        for (size_t i = first; i < az->n_matches; i++)
            if (az->mpos[i].end >= claim_end) {
                az->matches[w] = az->matches[i];
                az->mpos[w] = az->mpos[i];
                w++;
            }
        az->n_matches = w;
        for (size_t lex = 0; lex < az->m->n_lex; lex++)
            if (az->next_free_l[lex] < claim_end)
                az->next_free_l[lex] = claim_end;
    }
    az->claimed = claimed;
    return FSC_OK;
}

static fsc_status add_mod(fsc_analyzer *az, size_t start, const best *b)
{
    const fsc_model *m = az->m;
    unsigned stripped = b->first->stripped | b->last->stripped;
    unsigned ahead = 0, behind = 0;
    for (size_t i = 0; i < b->n_nodes; i++) {
        const fsc__node *nd = &m->nodes[b->nodes[i]];
        for (uint32_t j = 0; j < nd->n_terms; j++) {
            const fsc__term *t = &m->terms[nd->terms_off + j];
            if (!usable(az, t, stripped, WANT_MOD, start, b->end))
                continue;
            if (t->scope != FSC_SCOPE_PRECEDING)
                ahead |= role_flag(t->role);
            if (t->scope != FSC_SCOPE_FOLLOWING)
                behind |= role_flag(t->role);
        }
    }
    if (!ahead && !behind)
        return FSC_OK; /* a neutral phrase: it only keeps others away */
    fsc_status st = grow((void **)&az->mods, &az->cap_mods, az->n_mods + 1,
                         sizeof *az->mods);
    if (st != FSC_OK)
        return st;
    modspan *ms = &az->mods[az->n_mods];
    ms->start = (uint32_t)start;
    ms->end = (uint32_t)b->end;
    ms->ahead = ahead;
    ms->behind = behind;
    az->mod_end[b->end] = (int32_t)az->n_mods;
    az->mod_start[start] = (int32_t)az->n_mods++;
    return FSC_OK;
}

static const char *detect_lang(const size_t counts[8])
{
    size_t best_n = 0;
    const char *lang = "und";
    if (counts[FSC__SCRIPT_ARABIC] > best_n) {
        best_n = counts[FSC__SCRIPT_ARABIC];
        lang = "ar";
    }
    if (counts[FSC__SCRIPT_CYRILLIC] > best_n) {
        best_n = counts[FSC__SCRIPT_CYRILLIC];
        lang = "ru";
    }
    if (counts[FSC__SCRIPT_LATIN] > best_n)
        lang = "en";
    return lang;
}

/*
 * Hand the article to the attribution stage: the tokens with their word
 * form ids (so that the stage can cache what it computes per form), the
 * matches of every layer and the token each match's voice is read at.
 */
static fsc_status run_attribution(fsc_analyzer *az, const char *text,
                                  size_t len, size_t n_stream, fsc_result *r,
                                  fsc_error *err)
{
    const fsc__tokvec *tv = &az->tv;
    fsc_status st;
    if ((st = grow((void **)&az->form_of_tok, &az->cap_form_of_tok,
                   tv->n + 1, sizeof *az->form_of_tok)) != FSC_OK ||
        (st = grow((void **)&az->match_tok, &az->cap_match_tok,
                   az->n_matches + 1, sizeof *az->match_tok)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    for (size_t i = 0; i < tv->n; i++)
        az->form_of_tok[i] = UINT32_MAX;
    for (size_t i = 0; i < n_stream; i++)
        if (tv->v[az->stream[i].tok].kind != FSC__TOK_PUNCT)
            az->form_of_tok[az->stream[i].tok] = az->stream[i].type;
    for (size_t i = 0; i < az->n_matches; i++)
        az->match_tok[i] =
            az->stream[az->mpos[i].start + (az->matches[i].detached ? 1 : 0)]
                .tok;
    fsc__attr_input in = {az->m, text, len, tv, az->form_of_tok,
                          az->form_gen, az->matches, az->n_matches,
                          az->match_tok};
    return fsc__attr_stage_run(az->attr, &in, &r->arena, &r->attrs,
                               &r->n_attrs, r->voice_tokens, err);
}

/* Is a match in paragraph `para` in the scope of model lexicon `li`? */
static int in_scope(const fsc_analyzer *az, const fsc_result *r, size_t li,
                    size_t para)
{
    const fsc_scope_state *ss = &r->scope[li];
    if (!ss->scoped)
        return 1;
    if (ss->window == FSC_WINDOW_ARTICLE)
        return ss->in_scope;
    return az->para_in[(size_t)az->scope_slot[li] * az->n_para + para];
}

/*
 * The scope of each scoped lexicon in this article: anchors per window,
 * whether each window holds min_anchors of them, and the anchors in the
 * result. Matches of a lexicon outside its scope are marked; they are
 * counted apart (out_of_scope).
 */
static fsc_status apply_scope(fsc_analyzer *az, fsc_result *r)
{
    const fsc_model *m = az->m;
    const fsc__tokvec *tv = &az->tv;
    r->n_scope = m->n_lex;
    r->scope = fsc__arena_alloc(&r->arena, (m->n_lex ? m->n_lex : 1) *
                                               sizeof *r->scope);
    if (!r->scope)
        return FSC_ENOMEM;
    memset(r->scope, 0, (m->n_lex ? m->n_lex : 1) * sizeof *r->scope);
    if (!m->has_scope)
        return FSC_OK;
    size_t n_para = tv->n ? (size_t)tv->v[tv->n - 1].para + 1 : 0;
    size_t slots = 0;
    for (size_t li = 0; li < m->n_lex; li++)
        slots += fsc_lexicon_scope(m->lex[li]) != NULL;
    fsc_status st = grow((void **)&az->para_in, &az->cap_para_in,
                         slots * n_para + 1, sizeof *az->para_in);
    if (st == FSC_OK)
        st = grow((void **)&az->scope_slot, &az->cap_scope_slot, m->n_lex,
                  sizeof *az->scope_slot);
    if (st != FSC_OK)
        return st;
    az->n_para = n_para;
    /* Anchors into the result, in text order (they were found in order). */
    r->anchors = fsc__arena_alloc(&r->arena, (az->n_anchors ? az->n_anchors
                                                            : 1) *
                                                 sizeof *r->anchors);
    if (!r->anchors)
        return FSC_ENOMEM;
    for (size_t k = 0; k < az->n_anchors; k++) {
        const anchor_at *a = &az->anchors[k];
        const fsc__token *t0 = &tv->v[az->stream[a->start].tok];
        const fsc__token *t1 = &tv->v[az->stream[a->end].tok];
        fsc_anchor *o = &r->anchors[k];
        o->off = t0->off;
        o->len = (size_t)t1->off + t1->len - t0->off;
        o->lexicon = a->lexicon;
        o->anchor = a->anchor;
        o->paragraph = t0->para;
        o->zone = FSC_ZONE_TEXT;
    }
    r->n_anchors = az->n_anchors;
    uint32_t slot = 0;
    for (size_t li = 0; li < m->n_lex; li++) {
        const fsc_topic_scope *sc = fsc_lexicon_scope(m->lex[li]);
        if (!sc)
            continue;
        fsc_scope_state *ss = &r->scope[li];
        uint8_t *pin = az->para_in + (size_t)slot * n_para;
        ss->scoped = 1;
        ss->window = sc->window;
        az->scope_slot[li] = slot++;
        /* Anchor counts per paragraph first (saturating at 255). */
        memset(pin, 0, n_para);
        for (size_t k = 0; k < r->n_anchors; k++) {
            if (r->anchors[k].lexicon != li)
                continue;
            ss->anchors++;
            if (pin[r->anchors[k].paragraph] < 255)
                pin[r->anchors[k].paragraph]++;
        }
        if (sc->window == FSC_WINDOW_ARTICLE) {
            ss->windows = n_para ? 1 : 0;
            ss->in_scope = n_para && ss->anchors >= sc->min_anchors;
            ss->windows_in_scope = (uint32_t)ss->in_scope;
        } else {
            ss->windows = (uint32_t)n_para;
            for (size_t p = 0; p < n_para; p++) {
                pin[p] = pin[p] >= sc->min_anchors;
                ss->windows_in_scope += pin[p];
            }
            ss->in_scope = ss->windows_in_scope > 0;
        }
    }
    for (size_t i = 0; i < az->n_matches; i++) {
        fsc_match *mt = &az->matches[i];
        size_t para = tv->v[az->stream[az->mpos[i].start].tok].para;
        mt->out_of_scope = !in_scope(az, r, mt->lexicon, para);
    }
    return FSC_OK;
}

/* fsc__strmap_filter: keep the forms compact_types keeps, renumbered. */
static int keep_form(void *ctx, uint32_t *val)
{
    const fsc_analyzer *az = ctx;
    uint32_t to = az->remap[VAL_IDX(*val)];
    if (to == UINT32_MAX)
        return 0;
    *val = to | (*val & ~0xFFFFFFu);
    return 1;
}

/* A string of the old arena again in `to` ("" stays the literal). */
static const char *recopy(fsc_arena *to, const char *s)
{
    return *s ? fsc__arena_strndup(to, s, strlen(s)) : "";
}

/*
 * Evict the cold word forms: keep the at most KEEP_TYPES forms looked up
 * most often since the last round (a histogram of the saturating use
 * counts gives the threshold; forms of the front table count like any
 * other), renumbered in their old order, with their readings and strings
 * copied into the other arena and their surfaces into the other map; the
 * counts are halved so that a form hot long ago does not stay forever.
 * The map, the type and reading arrays are compacted where they are; only
 * the strings change arena (two take turns).
 * Type indices change, so form_gen changes (the attribution stage's
 * per-form cache starts afresh). Between articles only.
 */
static fsc_status compact_types(fsc_analyzer *az)
{
    size_t n = az->n_types, hist[256] = { 0 };
    fsc_status st = grow((void **)&az->remap, &az->cap_remap, n,
                         sizeof *az->remap);
    if (st != FSC_OK)
        return st;
    for (size_t i = 1; i < n; i++)
        hist[az->uses[i]]++;
    /* the lowest count whose forms and all hotter ones fit in KEEP_TYPES */
    size_t kept = 0;
    unsigned thr = 256;
    while (thr > 1 && kept + hist[thr - 1] <= KEEP_TYPES)
        kept += hist[--thr];
    fsc__arena_reset(&az->strs2);
    size_t k = 1, nh = 0;
    az->remap[0] = 0;
    for (size_t i = 1; i < n; i++) {
        if (az->uses[i] < thr) {
            az->remap[i] = UINT32_MAX;
            continue;
        }
        ttype t = az->types[i];
        const hit *old = &az->hits[t.hits_off];
        if (!(t.key = recopy(&az->strs2, t.key)))
            return FSC_ENOMEM;
        /* k <= i and nh <= hits_off: moving down in order is safe */
        for (uint32_t j = 0; j < t.n_hits; j++) {
            hit h = old[j];
            if (!(h.pro = recopy(&az->strs2, h.pro)) ||
                !(h.enc = recopy(&az->strs2, h.enc)))
                return FSC_ENOMEM;
            az->hits[nh + j] = h;
        }
        t.hits_off = (uint32_t)nh;
        nh += t.n_hits;
        az->types[k] = t;
        az->uses[k] = (uint8_t)(az->uses[i] >> 1);
        az->remap[i] = (uint32_t)k++;
    }
    if ((st = fsc__strmap_filter(&az->cache, keep_form, az)) != FSC_OK)
        return st;
    fsc_arena ta = az->strs;
    az->strs = az->strs2;
    az->strs2 = ta;
    fsc__arena_reset(&az->strs2);
    for (size_t f = 0; f < ((size_t)1 << FRONT_BITS); f++) {
        front *fr = &az->front[f];
        if (!fr->len)
            continue;
        uint32_t to = az->remap[fr->idx];
        if (to == UINT32_MAX)
            fr->len = 0;
        else
            fr->idx = to;
    }
    az->n_types = k;
    az->n_hits = nh;
    az->form_gen++; /* type indices now name other forms */
    return FSC_OK;
}

static fsc_status run(fsc_analyzer *az, const char *text, size_t len,
                      fsc_result *r, fsc_error *err)
{
    const fsc_model *m = az->m;
    uint32_t n_sent = 0;
    fsc_status st = fsc__tokenize(az->tk, text, len, &az->tv, &n_sent, err);
    if (st != FSC_OK)
        return st;
    r->n_sent = n_sent;
    az->text = text;
    if ((az->n_types > MAX_TYPES || az->strs.used > MAX_CACHE_BYTES) &&
        (st = compact_types(az)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if ((st = grow((void **)&az->stream, &az->cap_stream, az->tv.n + 1,
                   sizeof *az->stream)) != FSC_OK ||
        (st = grow((void **)&az->mod_end, &az->cap_mod_end, az->tv.n + 1,
                   sizeof *az->mod_end)) != FSC_OK ||
        (st = grow((void **)&az->mod_start, &az->cap_mod_start, az->tv.n + 1,
                   sizeof *az->mod_start)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    size_t n = 0, scripts[8] = { 0 };
    int may_start = 0; /* some token can start a match */
    /* Hash every token first, so that the cache lines of tokens a little
     * ahead can be requested while this one is looked up: with a large
     * vocabulary the lookups are bound by memory latency, not arithmetic. */
    if ((st = grow((void **)&az->hashes, &az->cap_hashes, az->tv.n + 1,
                   sizeof *az->hashes)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    for (size_t i = 0; i < az->tv.n; i++)
        az->hashes[i] = fsc__hash(text + az->tv.v[i].off, az->tv.v[i].len);
    const uint32_t front_mask = ((uint32_t)1 << FRONT_BITS) - 1;
    for (size_t i = 0; i < az->tv.n; i++) {
        const fsc__token *t = &az->tv.v[i];
        const char *s = text + t->off;
#if defined(__GNUC__) || defined(__clang__)
        if (i + PREFETCH < az->tv.n) {
            uint32_t ph = az->hashes[i + PREFETCH];
            __builtin_prefetch(&az->front[ph & front_mask]);
            if (az->cache.n_slots)
                __builtin_prefetch(
                    &az->cache.slots[ph & (az->cache.n_slots - 1)]);
        }
#endif
        if (t->kind == FSC__TOK_PUNCT && fsc__is_hyphen(s, t->len))
            continue;
        uint32_t idx = 0;
        uint8_t info = FSC__SCRIPT_COMMON;
        if (t->kind != FSC__TOK_PUNCT || m->punct_patterns) {
            uint32_t h = az->hashes[i];
            front *f = &az->front[h & front_mask];
            if (f->len == t->len && f->hash == h &&
                fsc__bytes_eq(f->key, s, t->len)) {
                idx = f->idx;
                info = f->info;
            } else {
                uint32_t val;
                if (fsc__strmap_get(&az->cache, s, t->len, h, &val)) {
                    idx = VAL_IDX(val);
                    info = VAL_INFO(val);
                } else {
                    if ((st = resolve_type(az, s, t->len, h, &idx, err)) !=
                        FSC_OK)
                        return st;
                    info = type_info(&az->types[idx]);
                }
                if (t->len <= FRONT_KEY) {
                    f->hash = h;
                    f->idx = idx;
                    f->len = (uint8_t)t->len;
                    f->info = info;
                    memcpy(f->key, s, t->len);
                }
            }
        }
        if (az->uses[idx] != UINT8_MAX)
            az->uses[idx]++;
        if (t->kind != FSC__TOK_PUNCT) {
            r->n_tokens++;
            r->voice_tokens[FSC_VOICE_AUTHORIAL]++;
            if (t->kind == FSC__TOK_WORD)
                scripts[info & INFO_SCRIPT]++;
        }
        if (info & INFO_START)
            may_start = 1;
        az->stream[n].tok = (uint32_t)i;
        az->stream[n].type = idx;
        az->stream[n].info = info;
        az->mod_end[n] = -1;
        az->mod_start[n] = -1;
        n++;
    }
    if (!r->lang[0]) {
        snprintf(r->lang, sizeof r->lang, "%s", detect_lang(scripts));
        r->lang_detected = 1;
    }
    az->n_mods = 0;
    az->n_matches = 0;
    az->n_stream = n;
    az->n_anchors = 0;
    if (m->has_scope &&
        ((st = grow((void **)&az->anc, &az->cap_anc, m->n_lex,
                    sizeof *az->anc)) != FSC_OK ||
         (st = grow((void **)&az->anc_lex, &az->cap_anc_lex, m->n_lex,
                    sizeof *az->anc_lex)) != FSC_OK ||
         (st = grow((void **)&az->anc_free, &az->cap_anc_free, m->n_lex,
                    sizeof *az->anc_free)) != FSC_OK))
        return fsc__fail(err, st, "out of memory");
    if (m->has_scope)
        memset(az->anc_free, 0, m->n_lex * sizeof *az->anc_free);
    /* Each layer keeps its own longest matches: attribution lexicons never
     * take a span away from a framing term, nor the other way round; and
     * each framing lexicon keeps its own, so that a general lexicon loaded
     * beside a conflict pack never takes a term away from it. next_free is
     * the end of the framing matches so far (modifiers stay outside). */
    if ((st = grow((void **)&az->btl, &az->cap_btl, m->n_lex + 1,
                   sizeof *az->btl)) != FSC_OK ||
        (st = grow((void **)&az->btl_used, &az->cap_btl_used, m->n_lex + 1,
                   sizeof *az->btl_used)) != FSC_OK ||
        (st = grow((void **)&az->next_free_l, &az->cap_next_free_l,
                   m->n_lex + 1, sizeof *az->next_free_l)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    for (size_t k = 0; k < m->n_lex; k++) {
        best_clear(&az->btl[k]);
        az->next_free_l[k] = 0;
    }
    az->n_btl_used = 0;
    az->want_lex = -1;
    size_t next_free = 0, next_attr = 0;
    for (size_t i = 0; i < n && may_start; i++) {
        if (!(az->stream[i].info & INFO_START))
            continue; /* most tokens: nothing can start here */
        const ttype *ty = &az->types[az->stream[i].type];
        best bt, bm, ba;
        uint32_t sent = az->tv.v[az->stream[i].tok].sent;
        int done_term = 0, done_attr = 0;
        if (ty->glue && i + 1 < n && (i >= next_free || i >= next_attr)) {
            /* A proclitic typed apart from its word: "ل مكافحة الإرهاب". */
            best_clear(&bt);
            best_clear(&bm);
            best_clear(&ba);
            clear_lex_bests(az);
            az->terms_seen = 0;
            az->walk_start = i;
            az->anchors_on = 0; /* the walk from i + 1 finds them */
            walk(az, n, i + 1, 0, sent, FSC__RD_CLITIC, NULL, &bt, &bm, &ba,
                 0);
            size_t before = az->n_matches;
            az->claimed = 0;
            size_t tend = 0;
            if (bt.found &&
                (st = add_terms(az, i + 1, i, ty->key, &r->arena, &tend)) !=
                    FSC_OK)
                return fsc__fail(err, st, "out of memory");
            if (tend) {
                if (tend > next_free)
                    next_free = tend;
                done_term = 1;
            }
            before = az->n_matches;
            if (ba.found && i >= next_attr &&
                (st = add_match(az, i + 1, i, &ba, ty->key, WANT_ATTR,
                                &r->arena)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            if (az->n_matches > before) {
                next_attr = ba.end + 1;
                done_attr = 1;
            }
            if (done_term && done_attr)
                continue;
        }
        best_clear(&bt);
        best_clear(&bm);
        best_clear(&ba);
        clear_lex_bests(az);
        az->terms_seen = 0;
        az->walk_start = i;
        az->anchors_on = m->has_scope;
        az->n_anc_lex = 0;
        walk(az, n, i, 0, sent, 0, NULL, &bt, &bm, &ba, 0);
        for (size_t k = 0; k < az->n_anc_lex; k++) {
            /* Anchors of one lexicon: longest first, never overlapping. */
            const anchor_at *a = &az->anc[az->anc_lex[k]];
            if (i < az->anc_free[a->lexicon])
                continue;
            if ((st = grow((void **)&az->anchors, &az->cap_anchors,
                           az->n_anchors + 1, sizeof *az->anchors)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            az->anchors[az->n_anchors++] = *a;
            az->anc_free[a->lexicon] = (size_t)a->end + 1;
        }
        int term_here = 0;
        size_t before = az->n_matches;
        az->claimed = 0;
        size_t tend = 0;
        if (bt.found &&
            (st = add_terms(az, i, i, NULL, &r->arena, &tend)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        if (tend) {
            if (tend > next_free)
                next_free = tend;
            term_here = 1;
        }
        before = az->n_matches;
        if (!done_attr && ba.found && i >= next_attr &&
            (st = add_match(az, i, i, &ba, NULL, WANT_ATTR, &r->arena)) !=
                FSC_OK)
            return fsc__fail(err, st, "out of memory");
        if (az->n_matches > before)
            next_attr = ba.end + 1;
        if (!done_term && !term_here && bm.found && i >= next_free &&
            (st = add_mod(az, i, &bm)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
    }
    /* Modifiers on either side are known now: apply them. */
    for (size_t i = 0; i < az->n_matches; i++) {
        fsc_match *mt = &az->matches[i];
        const modspan *ms = NULL;
        mt->flags = modifiers_of(az, n, az->mpos[i].start, az->mpos[i].end,
                                 &ms);
        if (ms) {
            const fsc__token *a = &az->tv.v[az->stream[ms->start].tok];
            const fsc__token *z = &az->tv.v[az->stream[ms->end].tok];
            mt->mod_off = a->off;
            mt->mod_len = (size_t)z->off + z->len - a->off;
        }
    }
    /* A detached proclitic can put a match one token after one found at
     * the same position in the other layer: restore text order. */
    for (size_t i = 1; i < az->n_matches; i++)
        for (size_t j = i; j > 0 && az->matches[j - 1].off > az->matches[j].off;
             j--) {
            fsc_match tm = az->matches[j];
            az->matches[j] = az->matches[j - 1];
            az->matches[j - 1] = tm;
            mpos tp = az->mpos[j];
            az->mpos[j] = az->mpos[j - 1];
            az->mpos[j - 1] = tp;
        }
    if (m->has_attribution &&
        (st = run_attribution(az, text, len, n, r, err)) != FSC_OK)
        return st;
    if ((st = apply_scope(az, r)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    /* Move matches into the result and count them per category. */
    r->n_cats = m->n_cats;
    r->cats = fsc__arena_alloc(&r->arena, (m->n_cats ? m->n_cats : 1) *
                                              sizeof *r->cats);
    r->matches = fsc__arena_alloc(&r->arena, (az->n_matches ? az->n_matches
                                                            : 1) *
                                                 sizeof *r->matches);
    if (!r->cats || !r->matches)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    memset(r->cats, 0, (m->n_cats ? m->n_cats : 1) * sizeof *r->cats);
    if (az->n_matches)
        memcpy(r->matches, az->matches, az->n_matches * sizeof *r->matches);
    r->n_matches = az->n_matches;
    for (size_t i = 0; i < r->n_matches; i++) {
        const fsc_match *mt = &r->matches[i];
        double w = 1.0;
        /* The winning entry's weight applies to all of its categories. */
        const fsc_entry *e =
            fsc_lexicon_entry(m->lex[mt->lexicon], mt->entry);
        if (e)
            w = e->weight;
        size_t para = az->tv.v[az->stream[az->mpos[i].start].tok].para;
        for (size_t c = 0; c < mt->n_cats; c++) {
            fsc_catscore *cs = &r->cats[mt->cats[c]];
            if (!in_scope(az, r, m->cat_lex[mt->cats[c]], para)) {
                cs->out_of_scope++;
            } else if (mt->flags & FSC_MATCH_NEGATED) {
                cs->negated++;
            } else {
                cs->count++;
                cs->weighted += w;
                if ((unsigned)mt->voice < 3)
                    cs->voice[mt->voice]++;
            }
        }
    }
    return FSC_OK;
}

fsc_status fsc_analyze(fsc_analyzer *az, const char *text, size_t len,
                       const char *lang, fsc_result **out, fsc_error *err)
{
    *out = NULL;
    if (!text && len)
        return fsc__fail(err, FSC_EINVAL, "text is NULL");
    if (len > INT32_MAX)
        return fsc__fail(err, FSC_ELIMIT,
                         "article of %zu bytes exceeds the %d-byte limit", len,
                         INT32_MAX);
    fsc_result *r = calloc(1, sizeof *r);
    if (!r)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    fsc__arena_init(&r->arena, 16 * 1024);
    r->n_bytes = len;
    if (lang && *lang)
        snprintf(r->lang, sizeof r->lang, "%s", lang);
    fsc_status st = run(az, text ? text : "", len, r, err);
    if (st != FSC_OK) {
        fsc_result_free(r);
        return st;
    }
    *out = r;
    return FSC_OK;
}

void fsc_result_free(fsc_result *r)
{
    if (!r)
        return;
    fsc__arena_free(&r->arena);
    free(r);
}

size_t fsc_result_n_tokens(const fsc_result *r)
{
    return r->n_tokens;
}

size_t fsc_result_n_sentences(const fsc_result *r)
{
    return r->n_sent;
}

size_t fsc_result_n_bytes(const fsc_result *r)
{
    return r->n_bytes;
}

const char *fsc_result_lang(const fsc_result *r, int *detected)
{
    if (detected)
        *detected = r->lang_detected;
    return r->lang;
}

size_t fsc_result_n_matches(const fsc_result *r)
{
    return r->n_matches;
}

const fsc_match *fsc_result_match(const fsc_result *r, size_t i)
{
    return i < r->n_matches ? &r->matches[i] : NULL;
}

size_t fsc_result_n_attributions(const fsc_result *r)
{
    return r->n_attrs;
}

const fsc_attribution *fsc_result_attribution(const fsc_result *r, size_t i)
{
    return i < r->n_attrs ? &r->attrs[i] : NULL;
}

size_t fsc_result_voice_tokens(const fsc_result *r, fsc_voice v)
{
    return (unsigned)v < 3 ? r->voice_tokens[v] : 0;
}

const fsc_scope_state *fsc_result_scope(const fsc_result *r, size_t lexicon)
{
    static const fsc_scope_state none;
    return lexicon < r->n_scope ? &r->scope[lexicon] : &none;
}

size_t fsc_result_n_anchors(const fsc_result *r)
{
    return r->n_anchors;
}

const fsc_anchor *fsc_result_anchor(const fsc_result *r, size_t i)
{
    return i < r->n_anchors ? &r->anchors[i] : NULL;
}

const fsc_catscore *fsc_result_category(const fsc_result *r, size_t i)
{
    static const fsc_catscore zero;
    return i < r->n_cats ? &r->cats[i] : &zero;
}

fsc_status fsc_utf8_check(const char *s, size_t len, const char *name,
                          fsc_error *err)
{
    size_t off = 0;
    long line = 0, col = 0;
    if (fsc__utf8_valid(s, len, &off, &line, &col))
        return FSC_OK;
    return fsc__fail_at(err, FSC_EUTF8, name, line, col, (long long)off,
                        "invalid UTF-8 at line %ld, column %ld (byte %zu)",
                        line, col, off);
}

const fsc_model *fsc__analyzer_model(const fsc_analyzer *az)
{
    return az->m;
}
