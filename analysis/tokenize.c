/*
 * tokenize.c - ICU word segmentation with sentence and paragraph indices.
 *
 * The UTF-8 text is converted once to UTF-16 and walked with a UBRK_WORD
 * iterator; byte and code point offsets are recovered incrementally while
 * walking, so every token points into the ORIGINAL text. Sentence breaks are
 * ICU's (UBRK_SENTENCE), but the sentence iterator is only consulted at
 * characters that can end a sentence, which avoids a second full pass.
 * Paragraphs end at a blank line (two line breaks with only whitespace
 * between) or at U+2029; both indices are dense over the tokens.
 */
#include "internal.h"
#include "text.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Per-BMP-unit flags, filled from ICU properties when a tokenizer is made.
 * The low bits give the unit's UTF-8 byte count (a surrogate pair counts
 * 2 + 2) and whether it starts a code point, so offsets are tracked without
 * branching on the unit. The same counts are repeated at W_BYTES and W_CP so
 * that one addition per unit sums both over a block of BLOCK units: flags
 * stay below 1 << 12, so a sum of 8 never carries into bit 16, and 8 units
 * give at most 24 bytes.
 */
enum {
    F_BYTES = 3,   /* UTF-8 bytes contributed by this unit */
    F_CP = 4,      /* unit starts a code point (not a trail surrogate) */
    F_SOLID = 8,   /* neither White_Space nor Default_Ignorable */
    F_SENT = 16,   /* Sentence_Break STerm, ATerm, Sep, CR or LF */
    F_NL = 32,     /* line break: Sentence_Break Sep, CR or LF */
    F_ATERM = 64,  /* Sentence_Break ATerm (full stop and friends) */
    F_RUN = 128,   /* Sentence_Break Close, Sp, Extend or Format */
    F_STOP = 256,  /* OLetter, Upper, Lower, STerm or ATerm (or F_NL) */
    F_LEAD = 512,  /* lead surrogate: look at the whole code point */
    F_UPOL = 1024, /* Sentence_Break Upper or OLetter */
    W_BYTES = 16,  /* shift of the byte count copy */
    W_CP = 24      /* shift of the code point flag copy */
};

struct fsc__tokenizer {
    UBreakIterator *words;   /* UBRK_WORD, reused with ubrk_setText */
    UBreakIterator *sents;   /* UBRK_SENTENCE, run on small windows */
    UChar *u16;              /* UTF-16 copy of the current text */
    size_t u16_cap;          /* UChars allocated in u16 */
    int windows_only;        /* locale has sentence suppressions (ss=) */
    uint32_t flags[0x10000]; /* F_* for each BMP code unit */
};

/* F_* bits that depend on the code point (no byte or surrogate bits). */
static unsigned cp_flags(UChar32 c)
{
    unsigned f = 0;
    if (!u_isUWhiteSpace(c) &&
        !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        f |= F_SOLID;
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_ATERM:
        f |= F_SENT | F_ATERM | F_STOP;
        break;
    case U_SB_STERM:
        f |= F_SENT | F_STOP;
        break;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
        f |= F_SENT | F_NL | F_STOP;
        break;
    case U_SB_CLOSE:
    case U_SB_SP:
    case U_SB_EXTEND:
    case U_SB_FORMAT:
        f |= F_RUN;
        break;
    case U_SB_OLETTER:
    case U_SB_UPPER:
        f |= F_STOP | F_UPOL;
        break;
    case U_SB_LOWER:
        f |= F_STOP;
        break;
    default:
        break;
    }
    return f;
}

static uint32_t unit_flags(UChar32 c)
{
    uint32_t bytes, cp = 1, f = 0;
    if (c >= 0xD800 && c <= 0xDBFF) {
        bytes = 2;
        f = F_LEAD;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
        bytes = 2;
        cp = 0;
    } else {
        bytes = c < 0x80 ? 1u : c < 0x800 ? 2u : 3u;
        f = cp_flags(c);
    }
    return bytes | (cp ? F_CP : 0) | f | bytes << W_BYTES | cp << W_CP;
}

/* Flags of the code point at u[i] (a pair is looked up whole). */
static unsigned flags_at(const fsc__tokenizer *tk, const UChar *u, int32_t n,
                         int32_t i)
{
    unsigned f = tk->flags[u[i]];
    if ((f & F_LEAD) && i + 1 < n && U16_IS_TRAIL(u[i + 1]))
        f = cp_flags(U16_GET_SUPPLEMENTARY(u[i], u[i + 1]));
    return f;
}

static fsc_status icu_fail(fsc_error *err, const char *what, UErrorCode e)
{
    return fsc__fail(err, FSC_EICU, "%s failed: %s", what, u_errorName(e));
}

fsc_status fsc__tokenizer_new(const char *locale, fsc__tokenizer **out,
                              fsc_error *err)
{
    *out = NULL;
    if (!locale)
        locale = "en";
    fsc__tokenizer *tk = calloc(1, sizeof *tk);
    if (!tk)
        return fsc__fail(err, FSC_ENOMEM, "out of memory for a tokenizer");
    UErrorCode e = U_ZERO_ERROR;
    tk->words = ubrk_open(UBRK_WORD, locale, NULL, 0, &e);
    if (U_FAILURE(e)) {
        fsc__tokenizer_free(tk);
        return icu_fail(err, "ubrk_open(UBRK_WORD)", e);
    }
    tk->sents = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &e);
    if (U_FAILURE(e)) {
        fsc__tokenizer_free(tk);
        return icu_fail(err, "ubrk_open(UBRK_SENTENCE)", e);
    }
    for (UChar32 c = 0; c < 0x10000; c++)
        tk->flags[c] = unit_flags(c);
    /* "en@ss=standard" suppresses breaks after "Mr." and the like, which the
     * shortcut in quick_break() knows nothing about. */
    tk->windows_only = strstr(locale, "ss=") != NULL;
    *out = tk;
    return FSC_OK;
}

void fsc__tokenizer_free(fsc__tokenizer *tk)
{
    if (!tk)
        return;
    if (tk->words)
        ubrk_close(tk->words);
    if (tk->sents)
        ubrk_close(tk->sents);
    free(tk->u16);
    free(tk);
}

void fsc__tokvec_free(fsc__tokvec *tv)
{
    if (!tv)
        return;
    free(tv->v);
    tv->v = NULL;
    tv->n = 0;
    tv->cap = 0;
}

static fsc_status tokvec_grow(fsc__tokvec *tv, size_t want)
{
    size_t n = tv->cap ? tv->cap : 64;
    while (n < want)
        n = n > SIZE_MAX / (2 * sizeof *tv->v) ? want : n * 2;
    if (n > SIZE_MAX / sizeof *tv->v)
        return FSC_ENOMEM;
    fsc__token *p = realloc(tv->v, n * sizeof *p);
    if (!p)
        return FSC_ENOMEM;
    tv->v = p;
    tv->cap = n;
    return FSC_OK;
}

/*
 * Sentence bookkeeping. A sentence boundary (UAX #29 rules SB4 and SB11) is
 * always just after a ParaSep, or after SATerm Close* Sp* ParaSep?, so every
 * boundary is found by asking ICU about the text right after some STerm,
 * ATerm or ParaSep character (a "candidate"). Asking ubrk_following() on the
 * whole text is slow (ICU backs up to a safe point and rescans the sentence),
 * so ICU's sentence iterator is run over a small window instead: from a few
 * code units before the candidate to one code point past the character that
 * settles every rule (SB6-SB11 look right through Close* Sp* and then through
 * non-letters up to the first letter, ParaSep or terminator). Within the
 * window ICU gives the same boundaries as on the whole text: compared with a
 * full UBRK_SENTENCE pass on 11.7 M tokens of English, Arabic and Russian
 * news and 1.5 M tokens of random terminator/quote/emoji soup, every token got
 * the same sentence. The commonest cases (line breaks, ". The") are settled
 * by quick_break() without ICU at all.
 */
enum {
    BLOCK = 8,      /* code units summed at once in the segment scan */
    WIN_LEFT = 16,  /* code units of left context in a window (ICU backs
                       up to a safe point only beyond 20) */
    WIN_RIGHT = 512 /* longest right context before using the whole text */
};

typedef struct sent_state {
    int32_t pend; /* next known boundary, -1 none, INT32_MAX: none left */
    int inner;    /* a boundary lies inside the current segment */
    int brk;      /* a boundary precedes the next token */
} sent_state;

/* The break after a full stop at u[i] is settled locally by SB6 (ATerm x
 * Numeric), SB7 (letter ATerm x Upper) or SB8 (ATerm Sp* x Lower) in these
 * common ASCII cases, so ICU need not be asked. */
static int aterm_no_break(const UChar *u, int32_t n, int32_t i)
{
    int32_t j = i + 1;
    if (j >= n)
        return 0;
    /* An Arabic one-letter abbreviation ends no sentence: «د. خالد» (Dr),
     * «م. أحمد» (Eng.), «أ.د. سعد»; Arabic has no capitals to tell ICU
     * that the name goes on. (A deliberate difference from UAX #29.) */
    if (u[i] == '.' && i > 0 && u[i - 1] >= 0x0621 && u[i - 1] <= 0x064A &&
        (i == 1 || u[i - 2] == ' ' || u[i - 2] == '.' || u[i - 2] == '\n' ||
         u[i - 2] == 0x00A0))
        return 1;
    UChar c = u[j];
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
        return 1;
    if (c >= 'A' && c <= 'Z' && i > 0) {
        UChar p = u[i - 1];
        return (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z');
    }
    while (j < n && u[j] == ' ')
        j++;
    return j > i + 1 && j < n && u[j] >= 'a' && u[j] <= 'z';
}

/* Step over the code point at u[j]. */
static int32_t next_cp(const UChar *u, int32_t n, int32_t j)
{
    return (U16_IS_LEAD(u[j]) && j + 1 < n && U16_IS_TRAIL(u[j + 1])) ? j + 2
                                                                      : j + 1;
}

/* End of the window that settles the break after the candidate at u[i], or
 * -1 when the right context is unusually long. When the character that
 * settles the rules is itself a terminator ("?.", "!..."), the window goes on
 * until that one is settled too. */
static int32_t window_end(const fsc__tokenizer *tk, const UChar *u, int32_t n,
                          int32_t i)
{
    int32_t limit = n - i > WIN_RIGHT ? i + WIN_RIGHT : n;
    int32_t j = next_cp(u, n, i);
    unsigned f = tk->flags[u[i]];
    while (!(f & F_NL)) {
        while (j < limit && (flags_at(tk, u, n, j) & F_RUN))
            j = next_cp(u, n, j);
        while (j < limit && !(flags_at(tk, u, n, j) & F_STOP))
            j = next_cp(u, n, j);
        if (j >= limit) {
            if (limit < n)
                return -1;
            return n;
        }
        /* The first letter, ParaSep or terminator after the candidate. */
        f = flags_at(tk, u, n, j);
        i = j;
        j = next_cp(u, n, j);
        if (!(f & F_SENT))
            break;
    }
    if ((f & F_NL) && u[i] == '\r' && j < n && u[j] == '\n')
        j++;
    /* One more code point, so that no settled position is the window end. */
    if (j < n)
        j = next_cp(u, n, j);
    return j;
}

/*
 * The first boundary after the candidate at u[i] when the rules settle it at
 * once, else -1: SB4 (a break right after ParaSep, CR LF kept whole) and the
 * usual end of a sentence, SATerm Sp+ followed by an Upper or OLetter
 * character, where SB7, SB8 and SB8a cannot apply and SB11 breaks before the
 * letter (SB9 and SB10 forbid breaks among the spaces).
 */
static int32_t quick_break(const fsc__tokenizer *tk, const UChar *u, int32_t n,
                           int32_t i)
{
    UChar c = u[i];
    if (tk->flags[c] & F_NL)
        return (c == '\r' && i + 1 < n && u[i + 1] == '\n') ? i + 2 : i + 1;
    if (tk->windows_only)
        return -1;
    int32_t j = i + 1;
    while (j < n && u[j] == ' ')
        j++;
    if (j == i + 1 || j >= n || !(tk->flags[u[j]] & F_UPOL))
        return -1;
    return j;
}

static fsc_status sent_candidate(fsc__tokenizer *tk, sent_state *ss,
                                 int32_t n16, int32_t i, fsc_error *err)
{
    if (ss->pend > i)
        return FSC_OK;
    if (ss->pend >= 0) {
        ss->inner = 1;
        ss->pend = -1;
    }
    const UChar *u = tk->u16;
    int32_t q = quick_break(tk, u, n16, i);
    if (q >= 0) {
        ss->pend = q >= n16 ? INT32_MAX : q;
        return FSC_OK;
    }
    int32_t ws = i > WIN_LEFT ? i - WIN_LEFT : 0;
    if (ws > 0 && U16_IS_TRAIL(u[ws]))
        ws--;
    int32_t we = window_end(tk, u, n16, i);
    if (we < 0) {
        ws = 0;
        we = n16;
    }
    UErrorCode e = U_ZERO_ERROR;
    ubrk_setText(tk->sents, u + ws, we - ws, &e);
    if (U_FAILURE(e))
        return icu_fail(err, "ubrk_setText(UBRK_SENTENCE)", e);
    int32_t b = ubrk_following(tk->sents, i - ws);
    if (b == UBRK_DONE)
        return FSC_OK;
    b += ws;
    if (b >= n16)
        ss->pend = INT32_MAX; /* only the end of the text remains */
    else if (b < we)
        ss->pend = b;
    /* else b is the window's own end: this candidate ends no sentence. */
    return FSC_OK;
}

/*
 * Sum the UTF-8 bytes and code points of u[a..b) and OR their flags, in whole
 * blocks of BLOCK units with the units past b masked out: a loop whose exit
 * depends on the segment's length is mispredicted about once per segment,
 * which costs more than the sums. Returns 0, leaving the outputs untouched,
 * when the segment holds a terminator, line break or surrogate pair.
 */
static int scan_plain(const uint32_t *fl, const UChar *u, int32_t a, int32_t b,
                      uint32_t *boff, uint32_t *cpo, unsigned *acc)
{
    uint32_t bo = 0, co = 0;
    unsigned ac = 0;
    for (int32_t k = a; k < b; k += BLOCK) {
        int32_t m = b - k;
        uint32_t sum = 0;
        for (int32_t j = 0; j < BLOCK; j++) {
            uint32_t f = fl[u[k + j]] & (0u - (uint32_t)(j < m));
            sum += f;
            ac |= f;
        }
        bo += (sum >> W_BYTES) & 0xFF;
        co += sum >> W_CP;
    }
    ac &= (1u << W_BYTES) - 1;
    if (ac & (F_SENT | F_LEAD))
        return 0;
    *boff += bo;
    *cpo += co;
    *acc = ac;
    return 1;
}

fsc_status fsc__tokenize(fsc__tokenizer *tk, const char *text, size_t len,
                         fsc__tokvec *tv, uint32_t *n_sent, fsc_error *err)
{
    tv->n = 0;
    *n_sent = 0;
    if (len > INT32_MAX)
        return fsc__fail(err, FSC_ELIMIT,
                         "text of %zu bytes exceeds the %d-byte limit", len,
                         INT32_MAX);
    if (len == 0)
        return FSC_OK;

    /* UTF-8 never needs more UTF-16 units than bytes, so one conversion
     * into len units always fits; BLOCK zero units follow the text so that
     * segments can be scanned in whole blocks. */
    if (tk->u16_cap < len + BLOCK) {
        UChar *p = realloc(tk->u16, (len + BLOCK) * sizeof *p);
        if (!p)
            return fsc__fail(err, FSC_ENOMEM, "out of memory for %zu bytes",
                             len);
        tk->u16 = p;
        tk->u16_cap = len + BLOCK;
    }
    UErrorCode e = U_ZERO_ERROR;
    int32_t n16 = 0;
    u_strFromUTF8(tk->u16, (int32_t)len, &n16, text, (int32_t)len, &e);
    if (e == U_STRING_NOT_TERMINATED_WARNING)
        e = U_ZERO_ERROR;
    if (U_FAILURE(e))
        return icu_fail(err, "u_strFromUTF8", e);
    memset(tk->u16 + n16, 0, BLOCK * sizeof *tk->u16);
    ubrk_setText(tk->words, tk->u16, n16, &e);
    if (U_FAILURE(e))
        return icu_fail(err, "ubrk_setText(UBRK_WORD)", e);

    if (tv->cap < 64 + len / 8 && tokvec_grow(tv, 64 + len / 8) != FSC_OK)
        return fsc__fail(err, FSC_ENOMEM, "out of memory for tokens");

    const UChar *u = tk->u16;
    const uint32_t *fl = tk->flags;
    sent_state ss = { -1, 0, 0 };
    uint32_t boff = 0, cpo = 0;  /* byte and code point offset of unit a */
    uint32_t sent = 0, para = 0; /* indices of the last token */
    int nl_run = 0;              /* line breaks since the last token */
    int para_brk = 0;            /* a blank line precedes the next token */
    int32_t a = 0, b;
    fsc_status st;

    while ((b = ubrk_next(tk->words)) != UBRK_DONE) {
        int32_t rule = ubrk_getRuleStatus(tk->words);
        uint32_t bstart = boff, cstart = cpo;
        unsigned acc = 0;

        if (ss.pend >= 0 && ss.pend <= a) {
            ss.brk = 1;
            ss.pend = -1;
        }
        if (!scan_plain(fl, u, a, b, &boff, &cpo, &acc)) {
            /* A terminator, line break or supplementary character. */
            for (int32_t i = a; i < b; i++) {
                unsigned f = fl[u[i]] & 0xFFFFu;
                boff += f & F_BYTES;
                cpo += (f >> 2) & 1;
                if (f & F_LEAD)
                    f = flags_at(tk, u, n16, i);
                acc |= f;
                if (!(f & F_SENT))
                    continue;
                if (f & F_NL) {
                    /* CR LF is one line break; U+2029 ends a paragraph. */
                    UChar c = u[i];
                    if (!(c == '\r' && i + 1 < n16 && u[i + 1] == '\n')) {
                        nl_run++;
                        if (nl_run >= 2 || c == 0x2029)
                            para_brk = 1;
                    }
                } else if ((f & F_ATERM) && aterm_no_break(u, n16, i)) {
                    continue;
                }
                if ((st = sent_candidate(tk, &ss, n16, i, err)) != FSC_OK)
                    return st;
            }
        }

        uint8_t kind;
        if (rule < UBRK_WORD_NONE_LIMIT)
            kind = (acc & F_SOLID) ? FSC__TOK_PUNCT : 0;
        else if (rule < UBRK_WORD_NUMBER_LIMIT)
            kind = FSC__TOK_NUMBER;
        else
            kind = FSC__TOK_WORD;
        if (kind) {
            if (tv->n == tv->cap && tokvec_grow(tv, tv->n + 1) != FSC_OK)
                return fsc__fail(err, FSC_ENOMEM, "out of memory for tokens");
            if (tv->n > 0) {
                if (para_brk) {
                    para++;
                    sent++;
                } else if (ss.brk) {
                    sent++;
                }
            }
            fsc__token *t = &tv->v[tv->n++];
            t->off = bstart;
            t->len = boff - bstart;
            t->cp_off = cstart;
            t->cp_len = cpo - cstart;
            t->sent = sent;
            t->para = para;
            t->kind = kind;
            memset(t->pad, 0, sizeof t->pad);
            ss.brk = 0;
            para_brk = 0;
            nl_run = 0;
        }
        if (ss.inner) {
            ss.brk = 1;
            ss.inner = 0;
        }
        a = b;
    }
    *n_sent = tv->n ? sent + 1 : 0;
    return FSC_OK;
}
