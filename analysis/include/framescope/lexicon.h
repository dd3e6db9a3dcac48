/*
 * lexicon.h - loading and validating lexicons (JSON, see lexicons/FORMAT.md,
 * and LIWC-style .dic files).
 *
 * A loaded fsc_lexicon is the validated definition as written: metadata,
 * categories and entries. It is immutable after loading; share it freely
 * between threads. Matching uses a compiled fsc_model (analyzer.h) built from
 * one or more lexicons.
 */
#ifndef FRAMESCOPE_LEXICON_H
#define FRAMESCOPE_LEXICON_H

#include "framescope.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct fsc_lexicon fsc_lexicon;

typedef enum fsc_lexicon_format {
    FSC_LEXFMT_AUTO = 0, /* by extension: .dic, .cat, .yml/.yaml, .dicx,
                            .lc3/.lcd; anything else JSON */
    FSC_LEXFMT_JSON,
    FSC_LEXFMT_DIC,
    FSC_LEXFMT_CAT,  /* WordStat .cat */
    FSC_LEXFMT_YAML, /* quanteda / newsmap YAML */
    FSC_LEXFMT_DICX, /* LIWC-22 .dicx (CSV) */
    FSC_LEXFMT_LCD   /* Lexicoder .lc3 / .lcd */
} fsc_lexicon_format;

/** What an entry does when it matches. */
typedef enum fsc_entry_role {
    FSC_ROLE_TERM = 0,    /* counts under its categories */
    FSC_ROLE_NEGATOR,     /* negates a following term in its sentence */
    FSC_ROLE_HEDGE,       /* hedges a following term ("allegedly") */
    FSC_ROLE_INTENSIFIER, /* intensifies a following term */
    FSC_ROLE_DISTANCER,   /* distances a following term ("so-called") */
    FSC_ROLE_NEUTRAL,     /* matches and does nothing: a fixed phrase that
                             contains a modifier but is not one (Arabic
                             "لا يزال" still, "not only"); as the longer
                             match it keeps the shorter modifier away */
    FSC_ROLE_NAME         /* a fixed phrase that contains a term but is not
                             framing: a name or title ("UN refugee agency",
                             «المنسق الأوروبي لمكافحة الإرهاب»). It takes
                             part in its layer's longest match, so it keeps
                             shorter terms from matching there, and it is
                             neither reported nor counted */
} fsc_entry_role;

/** Kinds of sense guard (entry "guards"): conditions on the words around a
 *  match, in its sentence. */
typedef enum fsc_guard_kind {
    FSC_GUARD_NEXT = 0, /* "next": a pattern starts at the next word */
    FSC_GUARD_NOT_NEXT, /* "not_next": no pattern starts there */
    FSC_GUARD_PREV,     /* "prev": a pattern ends at the previous word */
    FSC_GUARD_NOT_PREV, /* "not_prev": none ends there */
    FSC_GUARD_NEAR,     /* "near": a pattern within the window on either
                           side (starting after the match or ending before
                           it) */
    FSC_GUARD_NOT_NEAR  /* "not_near": none within the window */
} fsc_guard_kind;

/** One guard of an entry: its kind and patterns (alternatives). */
typedef struct fsc_guard {
    fsc_guard_kind kind;
    const char *const *patterns; /* normalised like terms (wildcards,
                                    several words) */
    size_t n_patterns;           /* at least 1 */
} fsc_guard;

/** Extra word forms an entry accepts (entry "forms", a bit set). */
enum {
    FSC_FORM_TANWEEN = 1u << 0, /* "tanween": an Arabic word may end in the
                                   alif of tanween fath (تطهيرا عرقيا for
                                   تطهير عرقي) */
    FSC_FORM_VERB = 1u << 1     /* "verb": each Arabic word is a perfect
                                   verb stem (احتل) and its conjugated forms
                                   match too: subject suffixes (احتلت،
                                   احتلوا), imperfect prefixes (يحتل، تحتلون،
                                   سيحتل) */
};

/** The window in which a lexicon's scope anchors are counted. */
typedef enum fsc_scope_window {
    FSC_WINDOW_ARTICLE = 0, /* the whole article */
    FSC_WINDOW_PARAGRAPH    /* each paragraph (blank-line separated) */
} fsc_scope_window;

/**
 * A lexicon's topic (top-level "scope"): its categories count only where
 * at least min_anchors anchor terms occur in the window.
 */
typedef struct fsc_topic_scope {
    const char *const *anchors; /* n_anchors term patterns, normalised */
    size_t n_anchors;           /* at least 1 */
    fsc_scope_window window;    /* default article */
    unsigned min_anchors;       /* default 1 */
} fsc_topic_scope;

/**
 * What a lexicon's matches are for. Each layer finds its own longest
 * matches, so loading attribution lexicons never changes framing counts.
 */
typedef enum fsc_layer {
    FSC_LAYER_FRAMING = 0, /* loaded terms and modifiers (the default) */
    FSC_LAYER_ATTRIBUTION  /* reporting cues and actors ("layer":
                              "attribution") */
} fsc_layer;

/** Where a modifier's term stands relative to the modifier. */
typedef enum fsc_entry_scope {
    FSC_SCOPE_FOLLOWING = 0, /* the term follows: "not the occupation" */
    FSC_SCOPE_PRECEDING,     /* the term precedes: «الاحتلال المزعوم» */
    FSC_SCOPE_BOTH           /* either side: "allegedly" */
} fsc_entry_scope;

typedef struct fsc_lexicon_opts {
    fsc_lexicon_format format; /* default FSC_LEXFMT_AUTO */
    const char *name;      /* override the lexicon name (NULL: from file) */
    const char *lang;      /* language tag for .dic entries (NULL: "und") */
    size_t max_bytes;      /* refuse larger files; default (and 0) 64 MiB */
} fsc_lexicon_opts;

/** A category as declared. Strings are NULL when absent. */
typedef struct fsc_category {
    const char *id;          /* unique within its lexicon */
    const char *label;       /* human-readable name (defaults to id) */
    const char *description; /* NULL when absent */
    const char *axis;        /* axis id the pole belongs to, or NULL */
    const char *pole;        /* pole on that axis, or NULL */
    const char *parent;      /* parent category id, or NULL */
    const char *contrast;    /* paired category id (e.g. toponym pairs) */
} fsc_category;

/** An axis as declared: a named opposition whose poles categories take. */
typedef struct fsc_axis {
    const char *id;           /* unique within its lexicon */
    const char *label;        /* human-readable name (defaults to id) */
    const char *description;  /* NULL when absent */
    const char *const *poles; /* n_poles distinct pole names (at least 2) */
    size_t n_poles;
} fsc_axis;

/** An entry as declared. */
typedef struct fsc_entry {
    const char *term;      /* as written, whitespace collapsed */
    const char *lang;      /* BCP 47 tag, "und" when unknown */
    const uint32_t *cats;  /* category indices into this lexicon */
    size_t n_cats;         /* 0 only for modifier roles */
    double weight;         /* default 1 */
    fsc_entry_role role;   /* default FSC_ROLE_TERM */
    int clitics;           /* nonzero: Arabic clitic forms match (default) */
    fsc_entry_scope scope; /* modifiers: side of the modified term */
    long line;             /* 1-based line in the source file */
    /* Free-form attributes ("attrs" in JSON, e.g. "lemma": "قال"): n_attrs
     * keys matching [a-z][a-z0-9_]{0,31}, distinct, in file order, each with
     * a non-empty value of at most 256 bytes. NULL and 0 when absent. */
    const char *const *attr_keys; /* n_attrs keys */
    const char *const *attr_vals; /* n_attrs values, attr_vals[i] for key i */
    size_t n_attrs;               /* at most 16 */
    /* Sense guards ("guards" in JSON): all must hold for the entry to
     * match. NULL and 0 when absent. */
    const fsc_guard *guards; /* n_guards, at most one of each kind */
    size_t n_guards;
    unsigned guard_window;   /* words of the near/not_near window (3) */
    unsigned forms;          /* FSC_FORM_* bits (default 0) */
} fsc_entry;

void fsc_lexicon_opts_init(fsc_lexicon_opts *o);

/**
 * Load a lexicon from `path` (JSON, or .dic by extension/opts->format).
 *
 * Returns FSC_OK and stores a new lexicon in *out; free it with
 * fsc_lexicon_free(). On failure *out is NULL and `err` (may be NULL) gets the
 * file name in `where`, line and column (1-based; columns count code
 * points), byte offset of the problem and a message
 * (syntax errors, duplicate ids, unknown category, empty term, bad wildcard,
 * wrong types, invalid UTF-8, unknown keys).
 */
fsc_status fsc_lexicon_load(const char *path, const fsc_lexicon_opts *opts,
                            fsc_lexicon **out, fsc_error *err);

/** As fsc_lexicon_load, from memory; `where` names it in messages. */
fsc_status fsc_lexicon_parse(const char *data, size_t len, const char *where,
                             const fsc_lexicon_opts *opts, fsc_lexicon **out,
                             fsc_error *err);

void fsc_lexicon_free(fsc_lexicon *lx); /* NULL is a no-op */

/** The lexicon's layer (top-level "layer"; default framing). */
fsc_layer fsc_lexicon_layer(const fsc_lexicon *lx);

/* Metadata. Lifetime: strings live as long as the lexicon; NULL if absent. */
const char *fsc_lexicon_name(const fsc_lexicon *lx);
const char *fsc_lexicon_version(const fsc_lexicon *lx);
const char *fsc_lexicon_license(const fsc_lexicon *lx);
const char *fsc_lexicon_description(const fsc_lexicon *lx);
const char *fsc_lexicon_path(const fsc_lexicon *lx); /* "" when parsed */
/** SHA-256 of the source bytes as 64 lower-case hex digits. */
const char *fsc_lexicon_sha256(const fsc_lexicon *lx);
size_t fsc_lexicon_n_authors(const fsc_lexicon *lx);
const char *fsc_lexicon_author(const fsc_lexicon *lx, size_t i);
size_t fsc_lexicon_n_sources(const fsc_lexicon *lx);
const char *fsc_lexicon_source(const fsc_lexicon *lx, size_t i);
size_t fsc_lexicon_n_languages(const fsc_lexicon *lx);
const char *fsc_lexicon_language(const fsc_lexicon *lx, size_t i);

size_t fsc_lexicon_n_categories(const fsc_lexicon *lx);
/** Borrowed; NULL when i is out of range. */
const fsc_category *fsc_lexicon_category(const fsc_lexicon *lx, size_t i);
/** Index of category `id`, or -1. */
long fsc_lexicon_find_category(const fsc_lexicon *lx, const char *id);

size_t fsc_lexicon_n_axes(const fsc_lexicon *lx);
/** Borrowed; NULL when i is out of range. */
const fsc_axis *fsc_lexicon_axis(const fsc_lexicon *lx, size_t i);

size_t fsc_lexicon_n_entries(const fsc_lexicon *lx);
/** Borrowed; NULL when i is out of range. */
const fsc_entry *fsc_lexicon_entry(const fsc_lexicon *lx, size_t i);

/**
 * Value of attribute `key` of entry `e` (see fsc_entry.attr_keys), or NULL
 * when the entry has no such attribute (or e or key is NULL).
 * Lifetime: as long as the lexicon that holds the entry.
 */
const char *fsc_entry_attr(const fsc_entry *e, const char *key);

/** The lexicon's scope, or NULL when it declares none. Lifetime: that of
 *  the lexicon. */
const fsc_topic_scope *fsc_lexicon_scope(const fsc_lexicon *lx);

/** Non-fatal remarks found while loading (e.g. "no licence stated"). */
size_t fsc_lexicon_n_warnings(const fsc_lexicon *lx);
const char *fsc_lexicon_warning(const fsc_lexicon *lx, size_t i);

#ifdef __cplusplus
}
#endif
#endif
