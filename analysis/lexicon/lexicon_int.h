/*
 * lexicon_int.h - the fsc_lexicon record and the builder helpers (build.c)
 * shared by the readers: JSON (json.c), LIWC .dic (dic.c) and the other
 * dictionary formats (dictfmt.c).
 *
 * Strings and per-entry category arrays live in the lexicon's arena; the
 * category, entry and warning vectors are malloc'ed so they can grow.
 */
#ifndef FSC_LEXICON_INT_H
#define FSC_LEXICON_INT_H

#include "arena.h"
#include "buf.h"
#include "framescope/lexicon.h"

#include <stddef.h>
#include <stdint.h>

#define FSC__LEX_MAX_TERM_BYTES 512
#define FSC__LEX_MAX_TERM_WORDS 16
#define FSC__LEX_MAX_NAME 64
#define FSC__LEX_DEFAULT_MAX_BYTES ((size_t)64 << 20)
#define FSC__LEX_MAX_ATTRS 16       /* attributes per entry */
#define FSC__LEX_MAX_ATTR_KEY 32    /* bytes of an attribute key */
#define FSC__LEX_MAX_ATTR_VAL 256   /* bytes of an attribute value */
#define FSC__LEX_MAX_PATTERNS 64    /* patterns of one guard kind */
#define FSC__LEX_MAX_WINDOW 10      /* words of a guard's near window */
#define FSC__LEX_MAX_ANCHORS 4096   /* scope anchors of a lexicon */

struct fsc_lexicon {
    fsc_arena arena;         /* strings, string arrays, entry category lists */
    const char *name;        /* validated lexicon name */
    const char *version;     /* never NULL once loaded */
    const char *license;     /* NULL when absent */
    const char *description; /* NULL when absent */
    const char *path;        /* "" when parsed from memory */
    fsc_layer layer;         /* framing (default) or attribution */
    fsc_topic_scope *scope;  /* in the arena; NULL when none declared */
    char sha256[65];         /* hex digest of the source bytes */
    const char **authors;    /* n_authors strings */
    size_t n_authors;
    const char **sources; /* n_sources strings */
    size_t n_sources;
    const char **languages; /* n_languages tags as written */
    size_t n_languages;
    fsc_axis *axes; /* n_axes, in the arena */
    size_t n_axes;
    fsc_category *cats; /* malloc'ed vector */
    size_t n_cats, cap_cats;
    fsc_entry *entries; /* malloc'ed vector */
    size_t n_entries, cap_entries;
    const char **warnings; /* malloc'ed vector of arena strings */
    size_t n_warnings, cap_warnings;
    uint32_t *cat_tab; /* open addressing by id: index + 1, 0 = empty */
    size_t cat_tab_cap;
    uint32_t *ent_tab; /* open addressing by (term, lang, role): index + 1 */
    size_t ent_tab_cap;
};

/** New empty lexicon (all fields zero, arena ready). */
fsc_status fsc__lex_new(fsc_lexicon **out);

/** Arena copy of s[0..n) plus NUL; NULL when out of memory. */
char *fsc__lex_strndup(fsc_lexicon *lx, const char *s, size_t n);

/** Append a warning (formatted into the arena). Only fails with ENOMEM. */
fsc_status fsc__lex_warn(fsc_lexicon *lx, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/** Index of category id[0..n), or -1. */
long fsc__lex_cat_find(const fsc_lexicon *lx, const char *id, size_t n);

/** Append a category (struct copied; strings must already be arena-owned;
 *  the id must not be present yet). */
fsc_status fsc__lex_cat_add(fsc_lexicon *lx, const fsc_category *c);

/** Index of an entry with the same term, lang (ASCII case-insensitive) and
 *  role, or -1. */
long fsc__lex_entry_find(const fsc_lexicon *lx, const char *term,
                         const char *lang, fsc_entry_role role);

/** Append an entry (struct copied; pointers must be arena-owned). */
fsc_status fsc__lex_entry_add(fsc_lexicon *lx, const fsc_entry *e);

/**
 * Normalise a term: trim, collapse whitespace runs (ASCII and Unicode spaces)
 * to one U+0020 and check the wildcard, word and length rules. On FSC_OK the
 * result is in `out` (reset first). FSC_EPARSE / FSC_EUTF8 set *why to a
 * static phrase ("empty term", "bad wildcard ...").
 */
fsc_status fsc__lex_term_norm(const char *s, size_t n, fsc_buf *out,
                              const char **why);

/** Nonzero when s matches [A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*. */
int fsc__lex_lang_ok(const char *s);
/** Nonzero when s matches [a-z0-9][a-z0-9_.-]* and has at most 64 bytes. */
int fsc__lex_name_ok(const char *s);
/** Copy of s in the lexicon's arena (NULL when out of memory). */
char *fsc__lex_strdup(fsc_lexicon *lx, const char *s);

/** 1 when s is a valid category or axis id. */
int fsc__lex_id_ok(const char *s);

/**
 * Read a framescope JSON lexicon from text[0..len) (json.c; same contract
 * as fsc__lex_parse_dic, without options).
 */
fsc_status fsc__lex_parse_json(fsc_lexicon *lx, const char *text, size_t len,
                               size_t bom, const char *where,
                               fsc_error *err);

/** ASCII case-insensitive equality (language tags). */
int fsc__lex_tag_eq(const char *a, const char *b);

/** Warnings every format shares: no license, authors, sources; categories
 *  without entries (and without child categories). */
fsc_status fsc__lex_common_warnings(fsc_lexicon *lx);

/**
 * Import a LIWC-style dictionary from text[0..len) (valid UTF-8 without BOM
 * and without NUL bytes; `bom` bytes preceded it in the file, added to error
 * byte offsets). Fills `lx`; `where` names the source in errors.
 */
fsc_status fsc__lex_parse_dic(fsc_lexicon *lx, const char *text, size_t len,
                              size_t bom, const char *where,
                              const fsc_lexicon_opts *opts, fsc_error *err);

/* Readers of dictfmt.c, same contract as fsc__lex_parse_dic. */
fsc_status fsc__lex_parse_cat(fsc_lexicon *lx, const char *text, size_t len,
                              size_t bom, const char *where,
                              const fsc_lexicon_opts *opts, fsc_error *err);
fsc_status fsc__lex_parse_yaml(fsc_lexicon *lx, const char *text, size_t len,
                               size_t bom, const char *where,
                               const fsc_lexicon_opts *opts, fsc_error *err);
fsc_status fsc__lex_parse_dicx(fsc_lexicon *lx, const char *text, size_t len,
                               size_t bom, const char *where,
                               const fsc_lexicon_opts *opts, fsc_error *err);
fsc_status fsc__lex_parse_lcd(fsc_lexicon *lx, const char *text, size_t len,
                              size_t bom, const char *where,
                              const fsc_lexicon_opts *opts, fsc_error *err);

/** Format a file name implies by its extension (FSC_LEXFMT_JSON when none
 *  matches). */
fsc_lexicon_format fsc__lex_format_of(const char *path);


#endif
