/*
 * quotes.h - quotation spans over a token vector (internal): pairs only
 * compatible marks, decides ambiguous marks (" ' ’ ” ») by context, nests,
 * never lets a quote cross a paragraph break except by the news convention
 * of re-opening each paragraph of a multi-paragraph quote. Plain C, no ICU.
 */
#ifndef FSC_QUOTES_H
#define FSC_QUOTES_H

#include "text.h"

#include <stddef.h>
#include <stdint.h>

/* Which pair of marks delimits a quote (fsc__quote.style). */
enum {
    FSC__Q_DOUBLE_ASCII = 1, /* "..." */
    FSC__Q_CURLY = 2,        /* “...” (also Swedish ”...”) */
    FSC__Q_GUILLEMET = 3,    /* «...» (also reversed »...« and »...») */
    FSC__Q_LOW9 = 4,         /* „...“ and „...” */
    FSC__Q_SINGLE_GUILLEMET = 5, /* ‹...› (also ›...‹ and ›...›) */
    FSC__Q_CJK = 6,              /* 「...」 and 『...』 */
    FSC__Q_SINGLE_CURLY = 7,     /* ‘...’ */
    FSC__Q_SINGLE_ASCII = 8,     /* '...' */
    FSC__Q_SINGLE_LOW9 = 9       /* ‚...‘ and ‚...’ */
};

/** Deepest nesting kept; an opening mark beyond it is ignored. */
#define FSC__QUOTES_MAX_DEPTH 32

typedef struct fsc__quote {
    uint32_t open_tok;  /* token holding the opening mark */
    uint32_t close_tok; /* token holding the closing mark; UINT32_MAX when
                           unclosed */
    uint32_t first_tok; /* first content token: always open_tok + 1 */
    uint32_t last_tok;  /* last content token (inclusive); first > last
                           when the quote holds no whole token */
    uint32_t parent;    /* index in fsc__quotes.v of the enclosing quote;
                           UINT32_MAX at depth 0 */
    uint32_t n_words;   /* WORD and NUMBER tokens in first..last */
    size_t off, len;    /* bytes strictly between the marks: the opening mark
                           ends at off, the closing one starts at off + len
                           (unclosed: content ends with the last token of
                           the paragraph, or where the enclosing quote
                           closes) */
    size_t cp_off;      /* off in code points */
    size_t cp_len;      /* len in code points */
    uint8_t style;      /* FSC__Q_* */
    uint8_t depth;      /* 0 outer, 1 inside another quote, 2 ... */
    uint8_t continued;  /* spans paragraph breaks by the re-opening
                           convention; the re-given marks lie inside */
    uint8_t unclosed;   /* no closing mark was found */
} fsc__quote;

typedef struct fsc__quotes {
    fsc__quote *v; /* quotes in order of their opening mark */
    size_t n;      /* quotes used */
    size_t cap;    /* quotes allocated */
} fsc__quotes;

/**
 * Find the quotations in valid UTF-8 text[0..len) given its tokens from
 * fsc__tokenize (offsets into the same text). Clears `q` and fills it in
 * order of the opening mark; every token range and byte span nests properly
 * (a quote lies inside its parent). One pass over the tokens; the only
 * allocation is the growth of q->v, which is kept for reuse.
 *
 * Returns FSC_OK; FSC_EINVAL for NULL arguments or a token that is empty,
 * outside the text or out of order; FSC_ELIMIT for n_tok >= UINT32_MAX;
 * FSC_ENOMEM (q->n is then 0).
 */
fsc_status fsc__quotes_find(const char *text, size_t len, const fsc__token *tok,
                            size_t n_tok, fsc__quotes *q, fsc_error *err);

/** Release q->v and zero `q` (NULL is a no-op). */
void fsc__quotes_free(fsc__quotes *q);

/**
 * Index in q->v of the innermost quote whose content range first..last
 * holds token i (the marks themselves are not content), or -1.
 * O(log n + depth).
 */
long fsc__quotes_at(const fsc__quotes *q, uint32_t i);

#endif
