/*
 * quotes.c - quotation spans from the token vector in one linear pass.
 *
 * Each quotation mark inside a PUNCT token is read as an opening mark, a
 * closing mark or neither from its neighbouring characters in the text and
 * the quotes open in the current paragraph; only compatible marks pair.
 * Open quotes live on a fixed stack, so the only allocation is the output.
 */
#include "quotes.h"

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Quotation marks we know. */
enum {
    M_NONE = 0,
    M_DQ,     /* " */
    M_SQ,     /* ' */
    M_LDQ,    /* “ U+201C */
    M_RDQ,    /* ” U+201D */
    M_LOW9,   /* „ U+201E */
    M_LSQ,    /* ‘ U+2018 */
    M_RSQ,    /* ’ U+2019 */
    M_LOWS,   /* ‚ U+201A */
    M_LAQ,    /* « U+00AB */
    M_RAQ,    /* » U+00BB */
    M_LSAQ,   /* ‹ U+2039 */
    M_RSAQ,   /* › U+203A */
    M_CJK_L,  /* 「 U+300C */
    M_CJK_R,  /* 」 U+300D */
    M_CJKW_L, /* 『 U+300E */
    M_CJKW_R, /* 』 U+300F */
    M_DPRIME, /* ″ U+2033, never opens; closes “ (see read_mark) */
    M_COUNT
};

#define BIT(m) (1u << (m))

/*
 * How a mark can open a quote: the style and the marks that may close it.
 * A weak opener is normally a closing mark and opens only where the context
 * clearly asks for it and nothing it could close is open (Swedish ”...”,
 * Danish/German »...«, the low single ‚ that doubles as a comma).
 */
typedef struct opener {
    uint8_t style;    /* FSC__Q_*; 0 when the mark never opens */
    uint8_t weak;     /* see above */
    uint32_t closers; /* BIT(M_*) of the marks that close it */
} opener;

static const opener OPENERS[M_COUNT] = {
    [M_DQ] = { FSC__Q_DOUBLE_ASCII, 0, BIT(M_DQ) | BIT(M_RDQ) },
    [M_SQ] = { FSC__Q_SINGLE_ASCII, 0, BIT(M_SQ) },
    [M_LDQ] = { FSC__Q_CURLY, 0, BIT(M_RDQ) | BIT(M_DQ) | BIT(M_DPRIME) },
    [M_RDQ] = { FSC__Q_CURLY, 1, BIT(M_RDQ) },
    [M_LOW9] = { FSC__Q_LOW9, 0, BIT(M_LDQ) | BIT(M_RDQ) },
    [M_LSQ] = { FSC__Q_SINGLE_CURLY, 0, BIT(M_RSQ) },
    [M_LOWS] = { FSC__Q_SINGLE_LOW9, 1, BIT(M_LSQ) | BIT(M_RSQ) },
    [M_LAQ] = { FSC__Q_GUILLEMET, 0, BIT(M_RAQ) },
    [M_RAQ] = { FSC__Q_GUILLEMET, 1, BIT(M_LAQ) | BIT(M_RAQ) },
    [M_LSAQ] = { FSC__Q_SINGLE_GUILLEMET, 0, BIT(M_RSAQ) },
    [M_RSAQ] = { FSC__Q_SINGLE_GUILLEMET, 1, BIT(M_LSAQ) | BIT(M_RSAQ) },
    [M_CJK_L] = { FSC__Q_CJK, 0, BIT(M_CJK_R) },
    [M_CJKW_L] = { FSC__Q_CJK, 0, BIT(M_CJKW_R) },
};

/* Character classes seen around a mark. */
enum {
    C_SPACE = 0, /* white space, or the start or end of the text */
    C_OPEN = 1,  /* opening bracket, dash, or a mark that opened a quote */
    C_WORD = 2,  /* letter, digit, anything not known as punctuation */
    C_OTHER = 3  /* other punctuation and symbols, closing marks */
};

/* Format and combining characters do not count as neighbours (an RLM is
 * common next to quotation marks in Arabic text); a longer run than this
 * is taken as a separator. */
enum { MAX_SKIP = 16 };

static int mark_of(uint32_t c)
{
    switch (c) {
    case 0x22:
        return M_DQ;
    case 0x27:
        return M_SQ;
    case 0x201C:
        return M_LDQ;
    case 0x201D:
        return M_RDQ;
    case 0x201E:
        return M_LOW9;
    case 0x2018:
        return M_LSQ;
    case 0x2019:
        return M_RSQ;
    case 0x201A:
        return M_LOWS;
    case 0xAB:
        return M_LAQ;
    case 0xBB:
        return M_RAQ;
    case 0x2039:
        return M_LSAQ;
    case 0x203A:
        return M_RSAQ;
    case 0x300C:
        return M_CJK_L;
    case 0x300D:
        return M_CJK_R;
    case 0x300E:
        return M_CJKW_L;
    case 0x300F:
        return M_CJKW_R;
    case 0x2033:
        return M_DPRIME;
    default:
        return M_NONE;
    }
}

static int is_ignorable(uint32_t c)
{
    return c == 0xAD || c == 0x34F || c == 0x61C || c == 0x180E ||
           (c >= 0x300 && c <= 0x36F) || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) ||
           (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF ||
           (c >= 0xE0000 && c <= 0xE0FFF);
}

/* Class of a code point on its own (a mark by its usual role). */
static int cp_class(uint32_t c)
{
    if (c < 0x80) {
        if (c == ' ' || (c >= 9 && c <= 13))
            return C_SPACE;
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
            (c >= 'A' && c <= 'Z'))
            return C_WORD;
        if (c == '(' || c == '[' || c == '{' || c == '-')
            return C_OPEN;
        return C_OTHER;
    }
    if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
        c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000)
        return C_SPACE;
    switch (mark_of(c)) {
    case M_NONE:
        break;
    case M_LDQ:
    case M_LOW9:
    case M_LSQ:
    case M_LOWS:
    case M_LAQ:
    case M_LSAQ:
    case M_CJK_L:
    case M_CJKW_L:
        return C_OPEN;
    default:
        return C_OTHER;
    }
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2E3A || c == 0x2E3B ||
        c == 0xFF08 || c == 0xFF3B || c == 0xFF5B ||
        (c >= 0x3008 && c <= 0x301B && (c & 1) == 0 && c != 0x3012))
        return C_OPEN;
    if (c >= 0xA1 && c <= 0xBF)
        return (c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 ||
                c == 0xBA || c >= 0xBC)
                   ? C_WORD
                   : C_OTHER;
    if (c == 0xD7 || c == 0xF7 || (c >= 0x55A && c <= 0x55F) || c == 0x589 ||
        c == 0x5BE || c == 0x5C0 || c == 0x5C3 || c == 0x5F3 || c == 0x5F4 ||
        c == 0x60C || c == 0x60D || c == 0x61B || c == 0x61E || c == 0x61F ||
        (c >= 0x66A && c <= 0x66D) || c == 0x6D4 || c == 0x964 || c == 0x965 ||
        (c >= 0x2016 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
        (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) ||
        (c >= 0x3001 && c <= 0x303F) || (c >= 0xFE10 && c <= 0xFE6F) ||
        (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
        (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
        (c >= 0x1F000 && c <= 0x1FAFF))
        return C_OTHER;
    return C_WORD;
}

/* Decode one code point of s[0..len) (len >= 1); *n is in 1..len even on
 * malformed input, so a caller never steps outside the text. */
static uint32_t decode(const char *str, size_t len, size_t *n)
{
    const unsigned char *s = (const unsigned char *)str;
    uint32_t c = s[0];
    size_t k = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (k > len) {
        *n = 1;
        return 0xFFFD;
    }
    *n = k;
    switch (k) {
    case 1:
        return c;
    case 2:
        return ((c & 0x1F) << 6) | (s[1] & 0x3Fu);
    case 3:
        return ((c & 0x0F) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    default:
        return ((c & 0x07) << 18) | ((s[1] & 0x3Fu) << 12) |
               ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
    }
}

typedef struct qstate {
    const char *text;
    size_t len;
    const fsc__token *tok;
    size_t n_tok;
    fsc__quotes *q;
    size_t depth;                            /* open quotes on the stack */
    uint32_t stack[FSC__QUOTES_MAX_DEPTH];   /* their indices in q->v */
    uint32_t closers[FSC__QUOTES_MAX_DEPTH]; /* BIT(M_*) closing each */
    uint32_t base[FSC__QUOTES_MAX_DEPTH];    /* words before the opening */
    uint8_t mark[FSC__QUOTES_MAX_DEPTH];     /* M_* that opened each */
    uint32_t nw;      /* WORD and NUMBER tokens before the current one */
    size_t last_mark; /* byte offset of the last mark read, or SIZE_MAX */
    int last_opened;  /* that mark opened (or re-opened) a quote */
    size_t skip_off;  /* re-opening mark already consumed, or SIZE_MAX */
} qstate;

/* Class of the character before byte p; a mark already read counts as
 * C_OPEN when it opened a quote and C_OTHER otherwise. */
static int prev_class(const qstate *st, size_t p)
{
    for (int skip = 0; p > 0 && skip <= MAX_SKIP; skip++) {
        size_t b = p - 1, n;
        while (b > 0 && p - b < 4 &&
               ((unsigned char)st->text[b] & 0xC0) == 0x80)
            b--;
        uint32_t c = decode(st->text + b, p - b, &n);
        if (is_ignorable(c)) {
            p = b;
            continue;
        }
        if (b == st->last_mark && mark_of(c) != M_NONE)
            return st->last_opened ? C_OPEN : C_OTHER;
        return cp_class(c);
    }
    return C_SPACE;
}

/* Class of the character at byte p (after a mark); *at gets its offset. */
static int next_class(const qstate *st, size_t p, size_t *at)
{
    for (int skip = 0; p < st->len && skip <= MAX_SKIP; skip++) {
        size_t n;
        uint32_t c = decode(st->text + p, st->len - p, &n);
        if (!is_ignorable(c)) {
            *at = p;
            return cp_class(c);
        }
        p += n;
    }
    *at = p;
    return C_SPACE;
}

/* ' or ’ before exactly two digits and an s ('90s): an elided century. */
static int is_decade(const qstate *st, size_t p)
{
    const char *s = st->text;
    return p + 3 <= st->len && s[p] >= '0' && s[p] <= '9' && s[p + 1] >= '0' &&
           s[p + 1] <= '9' && s[p + 2] == 's' &&
           (p + 3 == st->len || cp_class((unsigned char)s[p + 3]) != C_WORD);
}

/* Code point offset of byte moff inside token i. */
static size_t cp_at(const qstate *st, uint32_t i, size_t moff)
{
    const fsc__token *t = &st->tok[i];
    size_t n = t->cp_off;
    for (size_t b = t->off; b < moff; b++)
        n += ((unsigned char)st->text[b] & 0xC0) != 0x80;
    return n;
}

static fsc_status open_quote(qstate *st, uint32_t i, size_t moff, size_t mlen,
                             int m, fsc_error *err)
{
    fsc__quotes *q = st->q;
    if (q->n == q->cap) {
        size_t cap = q->cap ? q->cap * 2 : 16;
        fsc__quote *v = realloc(q->v, cap * sizeof *v);
        if (!v)
            return fsc__fail(err, FSC_ENOMEM, "quotes: out of memory");
        q->v = v;
        q->cap = cap;
    }
    fsc__quote *x = &q->v[q->n];
    memset(x, 0, sizeof *x);
    x->open_tok = i;
    x->close_tok = UINT32_MAX;
    x->first_tok = i + 1;
    /* a two-byte mark ('') split over two tokens: content after both */
    if (mlen == 2 && i + 1 < st->n_tok && st->tok[i + 1].off < moff + mlen)
        x->first_tok = i + 2;
    x->last_tok = i;
    x->parent = st->depth ? st->stack[st->depth - 1] : UINT32_MAX;
    x->off = moff + mlen;
    x->cp_off = cp_at(st, i, moff) + 1;
    x->style = OPENERS[m].style;
    x->depth = (uint8_t)st->depth;
    st->stack[st->depth] = (uint32_t)q->n;
    st->closers[st->depth] = OPENERS[m].closers;
    st->base[st->depth] = st->nw;
    st->mark[st->depth] = (uint8_t)m;
    st->depth++;
    q->n++;
    return FSC_OK;
}

/*
 * Finish the quote at stack level d: its content ends at byte end (code
 * point end_cp) with last content token `last`; close_tok is the closing
 * mark's token or UINT32_MAX. st->nw must count the words up to `last`.
 */
static void finish(qstate *st, size_t d, uint32_t last, size_t end,
                   size_t end_cp, uint32_t close_tok)
{
    fsc__quote *x = &st->q->v[st->stack[d]];
    x->close_tok = close_tok;
    x->unclosed = close_tok == UINT32_MAX;
    x->last_tok = last > x->open_tok ? last : x->open_tok;
    x->len = end - x->off;
    x->cp_len = end_cp - x->cp_off;
    x->n_words = st->nw - st->base[d];
}

/* Close stack level k with the mark at byte moff of token i; quotes opened
 * inside it and still open end there, unclosed. */
static void close_quote(qstate *st, size_t k, uint32_t i, size_t moff)
{
    size_t cp = cp_at(st, i, moff);
    uint32_t last = i > 0 ? i - 1 : 0;
    for (size_t d = st->depth; d-- > k;)
        finish(st, d, last, moff, cp, d == k ? i : UINT32_MAX);
    st->depth = k;
}

/* First mark of token i when the token starts with one (M_NONE otherwise);
 * *moff gets its offset. */
static int leading_mark(const qstate *st, size_t i, size_t *moff)
{
    const fsc__token *t = &st->tok[i];
    size_t p = t->off, end = (size_t)t->off + t->len;
    if (t->kind != FSC__TOK_PUNCT)
        return M_NONE;
    for (int skip = 0; p < end && skip <= MAX_SKIP; skip++) {
        size_t n;
        uint32_t c = decode(st->text + p, end - p, &n);
        if (!is_ignorable(c)) {
            *moff = p;
            return mark_of(c);
        }
        p += n;
    }
    return M_NONE;
}

/*
 * The paragraph ending with token `last` is over and token `next` (n_tok at
 * the end) starts the next one. Open quotes end unclosed here, except that
 * the outermost continues when the next paragraph starts with its opening
 * mark again (the news convention for quotes of several paragraphs).
 */
static void end_paragraph(qstate *st, uint32_t last, size_t next)
{
    if (st->depth == 0)
        return;
    const fsc__token *t = &st->tok[last];
    size_t end = (size_t)t->off + t->len,
           end_cp = (size_t)t->cp_off + t->cp_len;
    size_t moff = 0;
    size_t keep =
        next < st->n_tok && leading_mark(st, next, &moff) == st->mark[0] ? 1
                                                                         : 0;
    for (size_t d = st->depth; d-- > keep;)
        finish(st, d, last, end, end_cp, UINT32_MAX);
    st->depth = keep;
    if (keep) {
        st->q->v[st->stack[0]].continued = 1;
        st->skip_off = moff;
    }
}

/* Read the mark m at text[p..p+n) in token i. */
static fsc_status read_mark(qstate *st, uint32_t i, size_t p, size_t n, int m,
                            fsc_error *err)
{
    size_t at;
    int pc = prev_class(st, p), nc = next_class(st, p + n, &at);
    int ctx_open = (pc == C_SPACE || pc == C_OPEN) && nc != C_SPACE;
    int ctx_close = (pc == C_WORD || pc == C_OTHER) && nc != C_WORD;
    const opener *o = &OPENERS[m];
    int opened = 0;
    fsc_status s = FSC_OK;

    st->last_mark = p;
    if (p == st->skip_off) {
        /* The re-given opening mark of a continued quote. */
        st->skip_off = SIZE_MAX;
        st->last_opened = 1;
        return FSC_OK;
    }
    /* An apostrophe between letters (don’t, Russia's), an elision at the
     * start of a word (’90s, ’em) and '90s are never quotation marks. */
    if ((m == M_SQ || m == M_RSQ) && pc == C_WORD && nc == C_WORD)
        goto done;
    if ((m == M_RSQ && ctx_open) ||
        (m == M_SQ && ctx_open && is_decade(st, at)))
        goto done;
    /* The double prime stands for a closing ” in some news sites' texts
     * («“توب 500″»): it closes an open “ in a closing context only, and is
     * otherwise a symbol (12″, seconds of arc). */
    if (m == M_DPRIME && !ctx_close)
        goto done;

    long k = -1;
    for (size_t d = st->depth; d-- > 0;)
        if (st->closers[d] & BIT(m)) {
            k = (long)d;
            break;
        }
    if (o->style && !o->weak && ctx_open)
        opened = 1;
    else if (k >= 0)
        close_quote(st, (size_t)k, i, p);
    else if (o->style && ctx_open)
        opened = 1; /* weak opener with nothing to close */
    else if (o->style && !o->weak && !ctx_close)
        opened = 1; /* ambiguous context (said,"Yes) with nothing open */
    if (opened) {
        if (st->depth == FSC__QUOTES_MAX_DEPTH)
            opened = 0;
        else
            s = open_quote(st, i, p, n, m, err);
    }
done:
    st->last_opened = opened;
    return s;
}

fsc_status fsc__quotes_find(const char *text, size_t len, const fsc__token *tok,
                            size_t n_tok, fsc__quotes *q, fsc_error *err)
{
    if (!q)
        return fsc__fail(err, FSC_EINVAL, "quotes: no output vector");
    q->n = 0;
    if ((!text && len) || (!tok && n_tok))
        return fsc__fail(err, FSC_EINVAL, "quotes: NULL text or tokens");
    if (n_tok >= UINT32_MAX)
        return fsc__fail(err, FSC_ELIMIT, "quotes: %zu tokens", n_tok);

    qstate st;
    memset(&st, 0, sizeof st);
    st.text = text;
    st.len = len;
    st.tok = tok;
    st.n_tok = n_tok;
    st.q = q;
    st.last_mark = SIZE_MAX;
    st.skip_off = SIZE_MAX;

    size_t skip_at = SIZE_MAX;
    for (uint32_t i = 0; i < n_tok; i++) {
        const fsc__token *t = &tok[i];
        size_t end = (size_t)t->off + t->len;
        if (end > len || t->len == 0 || (i > 0 && t->off < tok[i - 1].off)) {
            q->n = 0;
            return fsc__fail(err, FSC_EINVAL,
                             "quotes: token %u [%u, +%u) outside the text", i,
                             t->off, t->len);
        }
        if (i > 0 && t->para != tok[i - 1].para)
            end_paragraph(&st, i - 1, i);
        if (t->kind == FSC__TOK_PUNCT) {
            /* ICU keeps a mark inside a word only between letters (an
             * apostrophe), so marks are looked for in punctuation only,
             * but anywhere inside it (`."`, a mark with a glued RLM). */
            for (size_t p = t->off, n; p < end; p += n) {
                uint32_t c = decode(text + p, end - p, &n);
                if (p == skip_at)
                    continue; /* the second apostrophe of '' */
                int m = mark_of(c);
                if (m == M_NONE)
                    continue;
                /* Two ASCII apostrophes are one double quotation mark
                 * (''...'' in some newspapers' text), even when the
                 * segmenter split them into two tokens. */
                if (m == M_SQ && p + 1 < len && text[p + 1] == '\'') {
                    m = M_DQ;
                    skip_at = p + 1;
                    fsc_status s = read_mark(&st, i, p, 2, m, err);
                    if (s != FSC_OK) {
                        q->n = 0;
                        return s;
                    }
                    continue;
                }
                fsc_status s = read_mark(&st, i, p, n, m, err);
                if (s != FSC_OK) {
                    q->n = 0;
                    return s;
                }
            }
        } else if (t->kind == FSC__TOK_WORD || t->kind == FSC__TOK_NUMBER) {
            st.nw++;
        }
    }
    if (n_tok)
        end_paragraph(&st, (uint32_t)(n_tok - 1), n_tok);
    return FSC_OK;
}

void fsc__quotes_free(fsc__quotes *q)
{
    if (!q)
        return;
    free(q->v);
    q->v = NULL;
    q->n = q->cap = 0;
}

long fsc__quotes_at(const fsc__quotes *q, uint32_t i)
{
    if (!q || q->n == 0)
        return -1;
    /* Quotes are in order of opening, so first_tok never decreases: find
     * the last one starting at or before i, then climb its parents (the
     * spans nest, so any quote holding i encloses that one). */
    size_t lo = 0, hi = q->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (q->v[mid].first_tok <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return -1;
    for (uint32_t k = (uint32_t)(lo - 1); k != UINT32_MAX; k = q->v[k].parent)
        if (q->v[k].first_tok <= i && i <= q->v[k].last_tok)
            return (long)k;
    return -1;
}
