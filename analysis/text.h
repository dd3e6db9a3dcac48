/*
 * text.h - tokenisation (ICU word and sentence breaks), folding of token keys
 * and Arabic clitic candidates. Internal to the library.
 *
 * Tokens carry byte AND code point offsets into the ORIGINAL text. Only
 * tokenize.c and normalize.c include ICU headers; arabic.c is plain C over
 * already-folded UTF-8 keys.
 */
#ifndef FSC_TEXT_H
#define FSC_TEXT_H

#include "buf.h"
#include "framescope/framescope.h"

#include <stddef.h>
#include <stdint.h>

/* Token kinds (from ubrk_getRuleStatus; whitespace is dropped). */
enum { FSC__TOK_WORD = 1, FSC__TOK_NUMBER = 2, FSC__TOK_PUNCT = 3 };

/* Scripts we treat specially; everything else is OTHER. */
enum {
    FSC__SCRIPT_OTHER = 0,
    FSC__SCRIPT_LATIN = 1,
    FSC__SCRIPT_ARABIC = 2,
    FSC__SCRIPT_CYRILLIC = 3,
    FSC__SCRIPT_COMMON = 4 /* digits, punctuation, symbols */
};

typedef struct fsc__token {
    uint32_t off;    /* byte offset of the token in the original text */
    uint32_t len;    /* length in bytes */
    uint32_t cp_off; /* offset in code points */
    uint32_t cp_len; /* length in code points */
    uint32_t sent;   /* 0-based sentence index */
    uint32_t para;   /* 0-based paragraph index (blank-line separated) */
    uint8_t kind;    /* FSC__TOK_* */
    uint8_t pad[3];
} fsc__token;

typedef struct fsc__tokvec {
    fsc__token *v; /* tokens in text order */
    size_t n;      /* tokens used */
    size_t cap;    /* tokens allocated */
} fsc__tokvec;

void fsc__tokvec_free(fsc__tokvec *tv);

/* ---- tokenize.c --------------------------------------------------------- */

/** Per-thread tokenizer: owns ICU break iterators and scratch buffers. */
typedef struct fsc__tokenizer fsc__tokenizer;

/** locale: ICU locale for break rules, e.g. "en" (NULL means "en"). */
fsc_status fsc__tokenizer_new(const char *locale, fsc__tokenizer **out,
                              fsc_error *err);
void fsc__tokenizer_free(fsc__tokenizer *tk); /* NULL is a no-op */

/**
 * Segment valid UTF-8 text[0..len) into words, numbers and punctuation
 * (whitespace dropped) with sentence and paragraph indices. Clears `tv` and
 * fills it; *n_sent gets the number of sentences. len > INT32_MAX gives
 * FSC_ELIMIT. Scratch memory stays in `tk` for reuse. The words are ICU's
 * but for one split: a full stop glued between two Arabic words
 * («مالية.وتابع») is a token of its own and ends the sentence.
 */
fsc_status fsc__tokenize(fsc__tokenizer *tk, const char *text, size_t len,
                         fsc__tokvec *tv, uint32_t *n_sent, fsc_error *err);

/**
 * Word boundaries by the fast path with ICU taking over where it cannot
 * decide (on, the default when the locale allows it), or by ICU's iterator
 * alone (off); both give the same boundaries and rule statuses. Returns
 * whether the fast path is now on. For tests and benchmarks.
 */
int fsc__tokenizer_set_fast(fsc__tokenizer *tk, int on);

/**
 * Sentence boundaries settled at once where the rules and the locale's
 * suppressions allow (on, the default when those could be read), or by
 * ICU's sentence iterator at every candidate (off); both give the same
 * sentences. Returns whether the shortcut is now on. For tests and
 * benchmarks.
 */
int fsc__tokenizer_set_quick(fsc__tokenizer *tk, int on);

/**
 * Fill the per-unit tables of the tokenizer (once per process) and compare
 * them with ICU's properties looked up one code point at a time: -1 when
 * they agree, else the first BMP code point where they differ. For tests.
 */
int32_t fsc__tokenizer_check_tables(void);

/**
 * UTF-8 src[0..len) as UTF-16 in d, which has room for len units: the
 * number of units written, or -1 when src is not well-formed UTF-8 (then d
 * holds garbage). On well-formed input the same units as ICU's
 * u_strFromUTF8().
 */
int32_t fsc__utf8_to_u16(const char *src, size_t len, uint16_t *d);

/**
 * The word segments of valid UTF-8 text[0..len) as the tokenizer finds them
 * (ICU's, before fsc__tokenize() splits a word at a glued Arabic full
 * stop): the UTF-16 offset of each boundary after the start in ends[] and
 * ICU's rule status of the segment before it in rules[] (*n of them, at
 * most cap, else FSC_ELIMIT). For tests that compare the two paths.
 */
fsc_status fsc__tokenizer_words(fsc__tokenizer *tk, const char *text,
                                size_t len, int32_t *ends, int32_t *rules,
                                size_t cap, size_t *n, fsc_error *err);

/* ---- normalize.c -------------------------------------------------------- */

typedef struct fsc__fold_opts {
    int ta_marbuta; /* nonzero: also fold Arabic ة to ه */
} fsc__fold_opts;

/** Per-thread folder (ICU normaliser handle plus UChar scratch). */
typedef struct fsc__folder fsc__folder;

fsc_status fsc__folder_new(const fsc__fold_opts *opts, fsc__folder **out,
                           fsc_error *err);
void fsc__folder_free(fsc__folder *f); /* NULL is a no-op */

/**
 * Fold one token s[0..len) (valid UTF-8) into a match key appended to `out`:
 * NFKC + case folding (NFKC_Casefold), then per-script folds: Arabic drops
 * tashkeel (U+064B-U+065F, U+0670, Quranic marks U+06D6-U+06ED) and tatweel
 * (U+0640), unifies alef forms (أ إ آ ٱ -> ا), ى -> ي, Persian ک -> ك and
 * ی -> ي, optional ة -> ه; Cyrillic ё -> е; apostrophes ’ ‘ ʼ ′ -> '.
 * Whitespace inside the result is removed. *script (may be NULL) gets the
 * FSC__SCRIPT_* of the first letter (COMMON when there is none).
 */
fsc_status fsc__fold(fsc__folder *f, const char *s, size_t len, fsc_buf *out,
                     int *script, fsc_error *err);

/** The same fold always through ICU (fsc__fold takes shortcuts for ASCII
 *  and basic Arabic tokens); tests compare the two. */
fsc_status fsc__fold_icu(fsc__folder *f, const char *s, size_t len,
                         fsc_buf *out, int *script, fsc_error *err);

/* ---- arabic.c (plain C over folded keys) -------------------------------- */

/** One way to read a folded Arabic key as proclitics + stem + enclitic. */
typedef struct fsc__ar_cand {
    const char *stem; /* points into the key, or into `scratch` (ت->ة) */
    size_t len;       /* stem length in bytes */
    char pro[24];     /* removed proclitics as morphemes joined by '+', in
                         order: "و", "ب+ال", "و+ل+ال" (للاحتلال gives
                         "ل+ال", never "لل"); "" when none */
    char enc[16];     /* removed enclitic, "" when none */
} fsc__ar_cand;

/**
 * All readings of folded key[0..len): first the key itself, then the others
 * from the longest (least stripped) stem to the shortest: each split
 * proclitics [و|ف]? [ب|ك|ل]? [ال]? (ل+ال written لل) and enclitic one of
 * ه ها هم هما هن كم كما كن نا ني ي, keeping only stems of at least
 * `min_stem_cp` code points. When an enclitic was removed and the stem ends in
 * ت, the variant ending in ة (or ه when ta_marbuta folding is on) follows,
 * written into scratch. Returns the number of candidates stored (at most cap).
 */
size_t fsc__ar_candidates(const char *key, size_t len, size_t min_stem_cp,
                          int ta_marbuta, fsc__ar_cand *out, size_t cap,
                          char *scratch, size_t scratch_cap);

/** Nonzero when key[0..len) is only proclitics (و ف ب ك ل ال لل وال بال ...):
 *  a letter detached from its word by a typo ("ل مكافحة"). */
int fsc__ar_is_proclitic_only(const char *key, size_t len);

/** Bytes of a leading article ال (or its contraction after ل) to drop from an
 *  entry word when min_stem_cp code points remain; 0 otherwise. */
size_t fsc__ar_article_len(const char *key, size_t len, size_t min_stem_cp);

#endif
