/*
 * tokenize.c - ICU word segmentation with sentence and paragraph indices.
 *
 * The UTF-8 text is converted once to UTF-16 (fsc__utf8_to_u16 in utf8.c) and
 * walked with a UBRK_WORD iterator; byte and code point offsets are recovered
 * incrementally while walking, so every token points into the ORIGINAL text.
 * Sentence breaks are ICU's (UBRK_SENTENCE), but the sentence iterator is only
 * consulted at characters that can end a sentence, which avoids a second full
 * pass. Deliberate differences from UAX #29, all Arabic: a one-letter
 * abbreviation's stop ends no sentence («د. خالد»), and a full stop glued
 * between two Arabic words («...مالية.وتابع») ends one and splits the word
 * ICU would keep whole around it.
 * Paragraphs end at a blank line (two line breaks with only whitespace
 * between) or at U+2029; both indices are dense over the tokens.
 *
 * Word boundaries come from a fast path over ASCII, basic Arabic and common
 * punctuation (the UAX #29 word rules as ICU applies them, with the same rule
 * status) wherever it can settle a boundary; at any other character ICU's
 * iterator takes over from the last boundary and gives the boundaries back
 * once the text is plain again (fast_word()).
 */
#include "internal.h"
#include "text.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/uset.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Per-BMP-unit flags, filled from ICU properties when a tokenizer is made.
 * The low bits give the unit's UTF-8 byte count (a surrogate pair counts
 * 2 + 2) and whether it starts a code point, so offsets are tracked without
 * branching on the unit. The same counts are repeated at W_BYTES and W_CP so
 * that one addition per unit sums both over a block of BLOCK units: flags
 * stay below 1 << 13, so a sum of 8 never carries into bit 16, and 8 units
 * give at most 24 bytes.
 */
enum {
    F_BYTES = 3,    /* UTF-8 bytes contributed by this unit */
    F_CP = 4,       /* unit starts a code point (not a trail surrogate) */
    F_SOLID = 8,    /* neither White_Space nor Default_Ignorable */
    F_SENT = 16,    /* Sentence_Break STerm, ATerm, Sep, CR or LF */
    F_NL = 32,      /* line break: Sentence_Break Sep, CR or LF */
    F_ATERM = 64,   /* Sentence_Break ATerm (full stop and friends) */
    F_RUN = 128,    /* Sentence_Break Close, Sp, Extend or Format */
    F_STOP = 256,   /* OLetter, Upper, Lower, STerm or ATerm (or F_NL) */
    F_LEAD = 512,   /* lead surrogate: look at the whole code point */
    F_UPOL = 1024,  /* Sentence_Break Upper or OLetter */
    F_CLOSE = 2048, /* Sentence_Break Close */
    F_SP = 4096,    /* Sentence_Break Sp */
    W_BYTES = 16,   /* shift of the byte count copy */
    W_CP = 24       /* shift of the code point flag copy */
};

/*
 * Word classes of the fast path: the Word_Break values of UAX #29 that occur
 * in ASCII, basic Arabic (U+0600-U+06FF) and a few common punctuation marks,
 * as ICU's word rules see them ('@' is a letter there, for e-mail addresses,
 * and ':' is no MidLetter). W_EXT is Extend or Format; W_BAIL is every other
 * code unit (other scripts, ZWJ, pictographs, surrogates): ICU decides
 * wherever one is involved. The classes that go on a word come first, so
 * that one comparison tells them (W_AL to W_EXT).
 */
enum {
    W_AL = 0, /* ALetter */
    W_NUM,    /* Numeric */
    W_ENL,    /* ExtendNumLet ('_') */
    W_EXT,    /* Extend or Format (harakat, soft hyphen, marks) */
    W_OTHER,  /* punctuation, symbols, controls, tab, NBSP, '"' */
    W_ML,     /* MidLetter */
    W_MN,     /* MidNum (',' ';' '،') */
    W_MNL,    /* MidNumLet ('.' and curly single quotes) */
    W_SQ,     /* Single_Quote ("'") */
    W_WSEG,   /* WSegSpace (' ') */
    W_CR,
    W_LF,
    W_NL, /* Newline (VT, FF) */
    W_BAIL
};

/*
 * The fast path's byte per BMP code unit (wcls_tab): the word class in the
 * high four bits (so that one comparison tells the classes that go on a
 * word), the unit's UTF-8 byte count in the low two, and the two flags a
 * segment needs: C_SENT (F_SENT: a terminator or line break, which sends
 * the segment through the sentence checks) and C_SOLID (F_SOLID: the
 * segment is punctuation, not whitespace). A unit of a class that goes on a
 * word (W_AL to W_EXT) never has C_SENT, and a letter, digit or '_' always
 * has C_SOLID (tabs_init() makes any other one W_BAIL), so a word need not
 * collect them but from its first unit and its middle characters.
 */
enum { C_BYTES = 3, C_SENT = 4, C_SOLID = 8, C_SHIFT = 4 };
#define CLS(e) ((e) >> C_SHIFT)

/* Sentence break suppressions ("Mr.", "U.S.") a tokenizer can hold. */
enum { SUPP_MAX_N = 512, SUPP_MAX_LEN = 16 };

struct fsc__tokenizer {
    UBreakIterator *words; /* UBRK_WORD, reused with ubrk_setText */
    UBreakIterator *sents; /* UBRK_SENTENCE, run on small windows */
    UChar *u16;            /* UTF-16 copy of the current text */
    size_t u16_cap;        /* UChars allocated in u16 */
    int quick_ok;          /* quick_break() may settle boundaries (not
                              when the locale's suppressions could not be
                              read) */
    int quick;             /* it does (quick_ok and not off) */
    size_t n_supp;         /* suppressions and their prefixes up to an
                              inner full stop, all ending in '.' */
    UChar supp[SUPP_MAX_N][SUPP_MAX_LEN]; /* the strings, supp_len[k] units */
    uint8_t supp_len[SUPP_MAX_N];
    /* chains of the strings by the unit before their final '.' (mod 64):
     * the first index + 1 per bucket, the next one + 1 per string */
    uint16_t supp_head[64], supp_next[SUPP_MAX_N];
    int fast_ok;           /* the locale's word rules are the root ones
                              the fast path follows (checked at start) */
    int fast;              /* use the fast path (fast_ok and not off) */
    const uint32_t *flags; /* F_* for each BMP code unit (unit_tab) */
    const uint8_t *wcls;   /* W_* and C_* for each BMP code unit (wcls_tab) */
};

/* F_* bits of a Sentence_Break value. */
static unsigned sb_flags(int32_t sb)
{
    switch (sb) {
    case U_SB_ATERM:
        return F_SENT | F_ATERM | F_STOP;
    case U_SB_STERM:
        return F_SENT | F_STOP;
    case U_SB_SEP:
    case U_SB_CR:
    case U_SB_LF:
        return F_SENT | F_NL | F_STOP;
    case U_SB_CLOSE:
        return F_RUN | F_CLOSE;
    case U_SB_SP:
        return F_RUN | F_SP;
    case U_SB_EXTEND:
    case U_SB_FORMAT:
        return F_RUN;
    case U_SB_OLETTER:
    case U_SB_UPPER:
        return F_STOP | F_UPOL;
    case U_SB_LOWER:
        return F_STOP;
    default:
        return 0;
    }
}

/* F_* bits that depend on the code point (no byte or surrogate bits). */
static unsigned cp_flags(UChar32 c)
{
    unsigned f = 0;
    if (!u_isUWhiteSpace(c) &&
        !u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
        f |= F_SOLID;
    return f | sb_flags(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

static int is_surrogate(UChar32 c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

/* The flags of BMP code unit c that follow from its value alone (byte
 * count, code point start, lead surrogate). */
static uint32_t unit_base(UChar32 c)
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
    }
    return bytes | (cp ? F_CP : 0) | f | bytes << W_BYTES | cp << W_CP;
}

static uint32_t unit_flags(UChar32 c)
{
    return unit_base(c) | (is_surrogate(c) ? 0 : cp_flags(c));
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

/* The fast path's class of BMP code point c (not a surrogate). */
static uint8_t word_class(UChar32 c)
{
    int plain = c < 0x80 || (c >= 0x0600 && c <= 0x06FF);
    switch (c) {
    case 0x00A0: /* no-break space */
    case 0x00AB: /* « */
    case 0x00AD: /* soft hyphen */
    case 0x00BB: /* » */
    case 0x200C: /* zero width non-joiner */
    case 0x200E: /* left-to-right mark */
    case 0x200F: /* right-to-left mark */
    case 0x2013: /* – */
    case 0x2014: /* — */
    case 0x2018: /* ‘ */
    case 0x2019: /* ’ */
    case 0x201C: /* “ */
    case 0x201D: /* ” */
    case 0x2026: /* … */
    case 0xFEFF: /* zero width no-break space */
        plain = 1;
        break;
    default:
        break;
    }
    if (!plain || u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC))
        return W_BAIL;
    if (c == '@')
        return W_AL;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
    case U_WB_DOUBLE_QUOTE: /* joins only Hebrew letters, which are W_BAIL */
        return W_OTHER;
    case U_WB_ALETTER:
        return W_AL;
    case U_WB_NUMERIC:
        return W_NUM;
    case U_WB_EXTENDNUMLET:
        return W_ENL;
    case U_WB_MIDLETTER:
        return c == ':' ? W_OTHER : W_ML;
    case U_WB_MIDNUM:
        return W_MN;
    case U_WB_MIDNUMLET:
        return W_MNL;
    case U_WB_SINGLE_QUOTE:
        return W_SQ;
    case U_WB_EXTEND:
    case U_WB_FORMAT:
        return W_EXT;
    case U_WB_WSEGSPACE:
        return W_WSEG;
    case U_WB_CR:
        return W_CR;
    case U_WB_LF:
        return W_LF;
    case U_WB_NEWLINE:
        return W_NL;
    default:
        return W_BAIL;
    }
}

/* A word segment as fast_word() finds it. */
typedef struct fseg {
    int32_t end;    /* the boundary after it (a code unit offset) */
    int32_t rule;   /* ICU's rule status of the segment */
    uint32_t bytes; /* its UTF-8 bytes (its code points are its units) */
    unsigned flags; /* C_SENT and C_SOLID of any of its units */
} fseg;

#if defined(__GNUC__) || defined(__clang__)
#define FSC_INLINE inline __attribute__((always_inline))
#else
#define FSC_INLINE inline
#endif

/*
 * The word segment that starts at the boundary u[a] (before the end of the
 * text, which is followed by a 0 unit) as ICU's UBRK_WORD rules (UAX #29
 * WB3-WB13b, ICU 72 root rules) give it, in *sg. Returns 0, leaving *sg
 * untouched, when the answer depends on a W_BAIL unit. The rules that
 * apply here: CR LF stays whole and every line break stands alone; spaces
 * (WSegSpace) stay together; Extend and Format join what precedes them
 * (alone after a line break or at the start); letters, digits and '_' join
 * each other; MidLetter, MidNumLet or "'" joins two letters, MidNum,
 * MidNumLet or "'" two digits (Extend and Format ignored around it). The
 * status is ICU's: 200 (UBRK_WORD_LETTER) when the segment ends in a
 * letter, 100 (UBRK_WORD_NUMBER) in a digit; after a final '_', that of
 * what precedes it (0 for a lone '_' or when Extend follows it); 0 for any
 * other segment. Each unit is read once (the units after a middle
 * character twice when they do not join). Checked against ICU exhaustively
 * on all strings of up to 5 units over 27 representative characters, on
 * every unit of the fast set in three-unit contexts and on random strings
 * (tests/fuzz/fuzz_wordbreak.c).
 */
static FSC_INLINE int fast_word(const uint8_t *wc, const UChar *u, int32_t a,
                                fseg *sg)
{
    const UChar *p = u + a + 1;
    unsigned e = wc[u[a]], fl = e, nb = e & C_BYTES;
    int32_t rule = UBRK_WORD_NONE;
    switch (CLS(e)) {
    case W_BAIL:
        return 0;
    case W_CR:
        if (*p == '\n') {
            fl |= wc['\n'];
            nb++;
            p++;
        }
        goto done;
    case W_LF:
    case W_NL:
        goto done;
    case W_AL:
    case W_NUM:
    case W_ENL: {
        unsigned last = e; /* the last letter, digit or '_' */
        for (;;) {
            e = wc[*p];
            if (e < W_EXT << C_SHIFT) {
                last = e;
                nb += e & C_BYTES;
                p++;
                continue;
            }
            if (CLS(e) == W_EXT) {
                nb += e & C_BYTES;
                p++;
                continue;
            }
            unsigned d = CLS(e), lc = CLS(last);
            if (d == W_BAIL)
                return 0;
            int mid = lc == W_AL    ? d == W_ML || d == W_MNL || d == W_SQ
                      : lc == W_NUM ? d == W_MN || d == W_MNL || d == W_SQ
                                    : 0;
            if (!mid)
                break;
            /* the middle character joins when the same class follows it
             * (Extend and Format between them) */
            const UChar *q = p + 1;
            unsigned ek, xb = 0;
            while (CLS(ek = wc[*q]) == W_EXT) {
                xb += ek & C_BYTES;
                q++;
            }
            if (CLS(ek) == W_BAIL)
                return 0;
            if (CLS(ek) != lc)
                break;
            fl |= e;
            nb += (e & C_BYTES) + xb + (ek & C_BYTES);
            p = q + 1;
        }
        if (CLS(last) == W_AL) {
            rule = UBRK_WORD_LETTER;
        } else if (CLS(last) == W_NUM) {
            rule = UBRK_WORD_NUMBER;
        } else if (CLS(wc[p[-1]]) != W_EXT) {
            /* a final '_': the status of the letter or digit before it
             * (Extend and Format aside; none before it: 0) */
            const UChar *k = p - 2;
            while (k >= u + a && CLS(wc[*k]) == W_EXT)
                k--;
            if (k >= u + a)
                rule =
                    CLS(wc[*k]) == W_NUM ? UBRK_WORD_NUMBER : UBRK_WORD_LETTER;
        }
        goto done;
    }
    case W_WSEG:
        while (CLS(e = wc[*p]) == W_WSEG) {
            fl |= e;
            nb += e & C_BYTES;
            p++;
        }
        break;
    default: /* W_OTHER, W_ML, W_MN, W_MNL, W_SQ, W_EXT */
        break;
    }
    /* Extend and Format join; one beyond the fast set would still join. */
    while (CLS(e = wc[*p]) == W_EXT) {
        fl |= e;
        nb += e & C_BYTES;
        p++;
    }
    if (CLS(e) == W_BAIL)
        return 0;
done:
    sg->end = (int32_t)(p - u);
    sg->rule = rule;
    sg->bytes = nb;
    sg->flags = fl & (C_SENT | C_SOLID);
    return 1;
}

/* Where the word iteration of one text stands. */
typedef struct witer {
    int32_t pos;  /* the last boundary (start of the next segment) */
    int32_t base; /* start of the text ICU's iterator was given */
    int icu;      /* ICU's iterator stands at pos */
} witer;

/* fseg.flags of a segment from ICU's iterator: bytes and the other flags
 * not counted. */
enum { SEG_ICU = 256 };

/*
 * The next word segment after the boundary w->pos (< n) from ICU's
 * iterator, in *sg (its end UBRK_DONE at the end of the text, SEG_ICU in
 * its flags). ICU's word rules look at nothing before a boundary, so its
 * iterator can start on the text from any boundary on and gives the same
 * boundaries there as over the whole text; it hands back to the fast path
 * once a segment without W_BAIL units ends before a unit the fast path
 * knows (so that a text in another script does not restart ICU at every
 * word).
 */
static fsc_status icu_word(fsc__tokenizer *tk, witer *w, const UChar *u,
                           int32_t n, fseg *sg, fsc_error *err)
{
    if (!w->icu) {
        UErrorCode e = U_ZERO_ERROR;
        ubrk_setText(tk->words, u + w->pos, n - w->pos, &e);
        if (U_FAILURE(e))
            return icu_fail(err, "ubrk_setText(UBRK_WORD)", e);
        w->base = w->pos;
        w->icu = 1;
    }
    sg->flags = SEG_ICU;
    int32_t x = ubrk_next(tk->words);
    if (x == UBRK_DONE) {
        sg->end = UBRK_DONE;
        return FSC_OK;
    }
    x += w->base;
    sg->rule = ubrk_getRuleStatus(tk->words);
    if (tk->fast && (x >= n || CLS(tk->wcls[u[x]]) != W_BAIL)) {
        int32_t i = w->pos;
        while (i < x && CLS(tk->wcls[u[i]]) != W_BAIL)
            i++;
        w->icu = i < x;
    }
    w->pos = sg->end = x;
    return FSC_OK;
}

/* The next word segment after the boundary w->pos in *sg: by the fast
 * path where it decides (bytes and flags counted), else by ICU's
 * iterator (icu_word()); its end is UBRK_DONE at the end of the text. */
static fsc_status next_word(fsc__tokenizer *tk, witer *w, const UChar *u,
                            int32_t n, fseg *sg, fsc_error *err)
{
    if (w->pos >= n) {
        sg->end = UBRK_DONE;
        return FSC_OK;
    }
    if (!w->icu && tk->fast && fast_word(tk->wcls, u, w->pos, sg)) {
        w->pos = sg->end;
        return FSC_OK;
    }
    return icu_word(tk, w, u, n, sg, err);
}

/*
 * The fast path is used only when the locale's word rules are the root ones
 * it follows (a locale may tailor them: en_US_POSIX, fi, sv ...): ICU must
 * give the same segments and statuses on every one- and two-unit string over
 * one character of each class, and on the joins over a middle character.
 */
static int fast_matches_icu(fsc__tokenizer *tk)
{
    static const UChar rep[] = { 'a',    0x0628, '1',  0x0663, '_',   '.',
                                 '\'',   0x2019, ',',  0x060C, ':',   '@',
                                 '"',    ' ',    '\t', '\r',   '\n',  0x0B,
                                 0x064E, 0x00AD, '-',  0x00A0, 0x066B };
    const size_t nr = sizeof rep / sizeof rep[0];
    UChar s[4]; /* up to three units and a 0 after them */
    for (size_t i = 0; i < nr * (nr + 1) + 4 * nr * 4; i++) {
        int32_t n;
        if (i < nr) {
            s[0] = rep[i];
            n = 1;
        } else if (i < nr * (nr + 1)) {
            s[0] = rep[(i - nr) / nr];
            s[1] = rep[(i - nr) % nr];
            n = 2;
        } else {
            static const UChar ends[4] = { 'a', '1', 0x0628, '_' };
            size_t k = i - nr * (nr + 1);
            s[0] = ends[k / (nr * 4)];
            s[1] = rep[k / 4 % nr];
            s[2] = ends[k % 4];
            n = 3;
        }
        s[n] = 0;
        UErrorCode e = U_ZERO_ERROR;
        ubrk_setText(tk->words, s, n, &e);
        if (U_FAILURE(e))
            return 0;
        int32_t a = 0, b;
        fseg sg;
        while ((b = ubrk_next(tk->words)) != UBRK_DONE) {
            if (!fast_word(tk->wcls, s, a, &sg) || sg.end != b ||
                sg.rule != ubrk_getRuleStatus(tk->words))
                return 0;
            a = b;
        }
        if (a != n)
            return 0;
    }
    return 1;
}

static int load_suppressions(fsc__tokenizer *tk, const char *locale);

/* The per-unit tables depend on ICU's properties only: filled once per
 * process (the first tokenizer made), then shared read-only by every
 * tokenizer on every thread. */
static uint32_t unit_tab[0x10000];
static uint8_t wcls_tab[0x10000];
static pthread_once_t tabs_once = PTHREAD_ONCE_INIT;

/* Clear `bits` in tab at every BMP code point (not a surrogate) of set. */
static int clear_set(uint32_t *tab, const USet *set, uint32_t bits)
{
    int32_t n = uset_getItemCount(set);
    for (int32_t k = 0; k < n; k++) {
        UErrorCode e = U_ZERO_ERROR;
        UChar32 lo, hi;
        if (uset_getItem(set, k, &lo, &hi, NULL, 0, &e) != 0 || U_FAILURE(e))
            return 0;
        for (UChar32 c = lo; c <= hi && c < 0x10000; c++)
            if (!is_surrogate(c))
                tab[c] &= ~bits;
    }
    return 1;
}

/*
 * unit_tab as unit_flags() gives it, with White_Space and
 * Default_Ignorable_Code_Point taken from ICU's sets of them (a few dozen
 * ranges) instead of two property look-ups per unit, which cost more than
 * a short text's tokenization; 0 when ICU cannot give the sets.
 */
static int unit_tab_ranges(uint32_t *tab)
{
    UErrorCode e = U_ZERO_ERROR;
    const USet *ws = u_getBinaryPropertySet(UCHAR_WHITE_SPACE, &e);
    const USet *di =
        u_getBinaryPropertySet(UCHAR_DEFAULT_IGNORABLE_CODE_POINT, &e);
    if (U_FAILURE(e) || !ws || !di)
        return 0;
    for (UChar32 c = 0; c < 0x10000; c++)
        tab[c] = unit_base(c) |
                 (is_surrogate(c) ? 0
                                  : F_SOLID | sb_flags(u_getIntPropertyValue(
                                                  c, UCHAR_SENTENCE_BREAK)));
    return clear_set(tab, ws, F_SOLID) && clear_set(tab, di, F_SOLID);
}

static void tabs_init(void)
{
    if (!unit_tab_ranges(unit_tab))
        for (UChar32 c = 0; c < 0x10000; c++)
            unit_tab[c] = unit_flags(c);
    for (UChar32 c = 0; c < 0x10000; c++) {
        unsigned f = unit_tab[c];
        unsigned w = is_surrogate(c) ? W_BAIL : word_class(c);
        /* the flags a word leaves to its first unit (see C_SENT) */
        if ((w <= W_EXT && (f & F_SENT)) || (w < W_EXT && !(f & F_SOLID)))
            w = W_BAIL;
        wcls_tab[c] =
            (uint8_t)(w << C_SHIFT | (f & F_BYTES) | (f & F_SENT ? C_SENT : 0) |
                      (f & F_SOLID ? C_SOLID : 0));
    }
}

int32_t fsc__tokenizer_check_tables(void)
{
    pthread_once(&tabs_once, tabs_init);
    for (UChar32 c = 0; c < 0x10000; c++)
        if (unit_tab[c] != unit_flags(c))
            return c;
    return -1;
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
    pthread_once(&tabs_once, tabs_init);
    tk->flags = unit_tab;
    tk->wcls = wcls_tab;
    tk->fast_ok = fast_matches_icu(tk);
    tk->fast = tk->fast_ok;
    /* "en@ss=standard" suppresses breaks after "Mr." and the like:
     * quick_break() leaves a break that one could suppress to ICU. */
    tk->quick_ok =
        strstr(locale, "ss=") == NULL || load_suppressions(tk, locale);
    tk->quick = tk->quick_ok;
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

/* Titles that stand before a name with a full stop (ASCII). */
static const char *const EN_TITLES[] = { "Dr",   "Sen",  "Gov",  "Rep",
                                         "Gen",  "Lt",   "Col",  "Sgt",
                                         "Capt", "Prof", "Rev",  "Hon",
                                         "Pres", "Adm",  "Cmdr", NULL };

static int ascii_letter(UChar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* u[a..e) is one of the ASCII words of list. */
static int u16_in(const UChar *u, int32_t a, int32_t e, const char *const *list)
{
    for (; *list; list++) {
        int32_t k = 0;
        while ((*list)[k] && a + k < e && u[a + k] == (UChar)(*list)[k])
            k++;
        if (!(*list)[k] && a + k == e)
            return 1;
    }
    return 0;
}

/* Words that open sentences, not names: after "Group B." they start one. */
static const char *const EN_OPENERS[] = {
    "The", "Then",  "He",   "She",   "It",   "They",  "We",    "But", "And",
    "In",  "On",    "At",   "This",  "That", "There", "These", "His", "Her",
    "Its", "Their", "When", "After", "As",   "If",    "An",    "A",   "So",
    "Yet", "For",   "With", "By",    "From", NULL
};

/* The full stop at u[i] ends a title from EN_TITLES or a one-letter
 * initial (not "I"), the word starting the text or after a space, "(" or
 * another initial's stop, and a capitalised word follows after spaces. */
static int en_title_or_initial(const UChar *u, int32_t n, int32_t i)
{
    int32_t j = i + 1;
    while (j < n && u[j] == ' ')
        j++;
    if (j == i + 1 || j + 1 >= n || !(u[j] >= 'A' && u[j] <= 'Z') ||
        !(u[j + 1] >= 'a' && u[j + 1] <= 'z'))
        return 0;
    int32_t a = i;
    while (a > 0 && ascii_letter(u[a - 1]) && i - a < 5)
        a--;
    if (a == i || (a > 0 && u[a - 1] != ' ' && u[a - 1] != '(' &&
                   u[a - 1] != '.' && u[a - 1] != '\n'))
        return 0;
    if (i - a == 1) {
        if (!(u[a] >= 'A' && u[a] <= 'Z') || u[a] == 'I')
            return 0;
        /* "Group B. The next match": a word that opens sentences */
        int32_t e = j;
        while (e < n && ascii_letter(u[e]))
            e++;
        return !u16_in(u, j, e, EN_OPENERS);
    }
    return u16_in(u, a, i, EN_TITLES);
}

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
     * that the name goes on. (A deliberate difference from UAX #29.) So
     * too the agency credits set in brackets, «(د.ب.أ)», «(أ.ف.ب)». */
    if (u[i] == '.' && i > 0 && u[i - 1] >= 0x0621 && u[i - 1] <= 0x064A &&
        (i == 1 || u[i - 2] == ' ' || u[i - 2] == '.' || u[i - 2] == '\n' ||
         u[i - 2] == 0x00A0 || u[i - 2] == '(' || u[i - 2] == '['))
        return 1;
    /* An English title or a one-letter initial before a capitalised
     * name: "Dr. Anthony Fauci", "Sen. John Smith", "C. Stewart Verdery",
     * "George W. Bush" (ICU's suppressions know "Mr." but not these). */
    if (u[i] == '.' && en_title_or_initial(u, n, i))
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

/* An Arabic letter (with the tatweel) and an Arabic mark (harakat, the
 * superscript alif) a word may carry. */
static int ar_letter(UChar c)
{
    return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
}

static int ar_mark(UChar c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

/* Latin letters spelt out in Arabic, as in «بي.بي.سي» (BBC), «إل.جي»
 * (LG), «بي.إم.دبليو», and «كوم» of a web address («بيت.كوم»). */
static const UChar AR_LETTER_NAMES[][6] = {
    { 0x0628, 0x064A, 0 },
    { 0x0633, 0x064A, 0 },
    { 0x062F, 0x064A, 0 },
    { 0x0625, 0x0641, 0 },
    { 0x0627, 0x0641, 0 },
    { 0x062C, 0x064A, 0 },
    { 0x0625, 0x062A, 0x0634, 0 },
    { 0x0627, 0x062A, 0x0634, 0 },
    { 0x0622, 0x064A, 0 },
    { 0x0627, 0x064A, 0 },
    { 0x0623, 0x064A, 0 },
    { 0x062C, 0x0627, 0x064A, 0 },
    { 0x062C, 0x064A, 0x0647, 0 },
    { 0x0643, 0x064A, 0 },
    { 0x0643, 0x064A, 0x0647, 0 },
    { 0x0625, 0x0644, 0 },
    { 0x0627, 0x0644, 0 },
    { 0x0625, 0x0645, 0 },
    { 0x0627, 0x0645, 0 },
    { 0x0625, 0x0646, 0 },
    { 0x0627, 0x0646, 0 },
    { 0x0623, 0x0648, 0 },
    { 0x0627, 0x0648, 0 },
    { 0x0643, 0x064A, 0x0648, 0 },
    { 0x0622, 0x0631, 0 },
    { 0x0627, 0x0631, 0 },
    { 0x0625, 0x0633, 0 },
    { 0x0627, 0x0633, 0 },
    { 0x062A, 0x064A, 0 },
    { 0x064A, 0x0648, 0 },
    { 0x0641, 0x064A, 0 },
    { 0x062F, 0x0628, 0x0644, 0x064A, 0x0648, 0 },
    { 0x0625, 0x0643, 0x0633, 0 },
    { 0x0627, 0x0643, 0x0633, 0 },
    { 0x0648, 0x0627, 0x064A, 0 },
    { 0x0632, 0x062F, 0 },
    { 0x0632, 0x064A, 0 },
    { 0x0625, 0x064A, 0x0647, 0 },
    { 0x0623, 0x064A, 0x0647, 0 },
    { 0x0627, 0x064A, 0x0647, 0 },
    { 0x0625, 0x064A, 0 },
    { 0x0643, 0x0648, 0x0645, 0 }
};

/* u[a..e) is one of AR_LETTER_NAMES. */
static int ar_letter_name(const UChar *u, int32_t a, int32_t e)
{
    if (e - a > 5)
        return 0;
    for (size_t k = 0; k < sizeof AR_LETTER_NAMES / sizeof *AR_LETTER_NAMES;
         k++) {
        const UChar *w = AR_LETTER_NAMES[k];
        int32_t j = 0;
        while (w[j] && a + j < e && u[a + j] == w[j])
            j++;
        if (!w[j] && a + j == e)
            return 1;
    }
    return 0;
}

/*
 * A full stop at u[i] between two Arabic letters (marks aside): 1 when it
 * glues two words into one sentence end, «...مالية.وتابع» (two letters or
 * more before it, three or more after it), -1 when it is inside a name
 * and ends no sentence, 0 when it is not between Arabic letters. Arabic
 * script has no abbreviation periods but the one-letter ones, «أ.د.»,
 * «(د.ب.أ)», and Latin initials spelt out, «بي.بي.سي», «إل.جي»; a web
 * address, «العربية.نت», «بيت.كوم», is one name too. A digit next to the
 * stop («3.5», «٣.٥») is no letter, and Latin words are untouched. ICU's
 * word rules keep such a stop inside one word (UAX #29 WB6-WB7) and its
 * sentence rules break after it (SB11); the tokenizer splits the word at
 * a sentence end, and keeps the sentence whole at a name (deliberate
 * differences from UAX #29).
 */
static int ar_inner_stop(const UChar *u, int32_t n, int32_t i)
{
    if (u[i] != '.' || i < 1 || i + 1 >= n || !ar_letter(u[i + 1]) ||
        !(ar_letter(u[i - 1]) || ar_mark(u[i - 1])))
        return 0;
    int32_t e = i + 1, m = 0;
    for (; e < n && (ar_letter(u[e]) || ar_mark(u[e])); e++)
        m += ar_letter(u[e]);
    if (m < 3 || ar_letter_name(u, i + 1, e))
        return -1;
    int32_t k = i;
    m = 0;
    for (; k > 0 && (ar_letter(u[k - 1]) || ar_mark(u[k - 1])); k--)
        m += ar_letter(u[k - 1]);
    if (m < 2 || ar_letter_name(u, k, i))
        return -1;
    return 1;
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
 * Could a suppression take away the break at u[q]? ICU's filter (ICU 72
 * SimpleFilteredSentenceBreakIterator::breakExceptionAt) steps back over
 * one space before q, then walks back through its trie of the reversed
 * suppressions and their prefixes up to an inner full stop; it suppresses
 * only where that walk reaches a stored string. So when no stored string
 * ends the text at that point, nothing can be suppressed there. All of
 * them end in '.', so this is 0 at once unless a full stop is there.
 */
static int may_suppress(const fsc__tokenizer *tk, const UChar *u, int32_t q)
{
    if (!tk->n_supp)
        return 0;
    int32_t x = q - 1; /* the last unit the walk reads (q > 0) */
    if (u[x] == ' ')
        x--;
    if (x < 0 || u[x] != '.')
        return 0;
    if (x < 1)
        return 0; /* every string has a unit before its '.' */
    for (unsigned k = tk->supp_head[u[x - 1] & 63]; k;
         k = tk->supp_next[k - 1]) {
        int32_t l = tk->supp_len[k - 1];
        if (l <= x + 1 &&
            memcmp(tk->supp[k - 1], u + x + 1 - l, (size_t)l * sizeof *u) == 0)
            return 1;
    }
    return 0;
}

/* Add s[0..len) to the suppressions unless there; 0 when it does not fit
 * or does not end in a full stop after something. */
static int supp_add(fsc__tokenizer *tk, const UChar *s, int32_t len)
{
    if (len < 2 || len > SUPP_MAX_LEN || s[len - 1] != '.')
        return 0;
    for (size_t k = 0; k < tk->n_supp; k++)
        if (tk->supp_len[k] == len &&
            memcmp(tk->supp[k], s, (size_t)len * sizeof *s) == 0)
            return 1;
    if (tk->n_supp == SUPP_MAX_N)
        return 0;
    memcpy(tk->supp[tk->n_supp], s, (size_t)len * sizeof *s);
    tk->supp_len[tk->n_supp] = (uint8_t)len;
    unsigned bkt = s[len - 2] & 63;
    tk->supp_next[tk->n_supp] = tk->supp_head[bkt];
    tk->supp_head[bkt] = (uint16_t)(++tk->n_supp);
    return 1;
}

/*
 * The sentence break suppressions of the locale, read where ICU reads them
 * (the "exceptions/SentenceBreak" strings of its break iterator data for
 * the locale's language), each with its prefixes up to an inner full stop
 * ("U.S." gives "U." too). Returns 0 when they cannot all be held: then
 * every candidate goes to ICU.
 */
static int load_suppressions(fsc__tokenizer *tk, const char *locale)
{
    char lang[16];
    size_t l = strcspn(locale, "@_-");
    /* a bare language only ("en@ss=standard"): a locale with a region or
     * script could take its list from another bundle */
    if (l == 0 || l >= sizeof lang || locale[l] != '@')
        return 0;
    memcpy(lang, locale, l);
    lang[l] = '\0';
    UErrorCode e = U_ZERO_ERROR;
    UResourceBundle *b = ures_openDirect(
        U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", lang, &e);
    UResourceBundle *ex = ures_getByKey(b, "exceptions", NULL, &e);
    UResourceBundle *sb = ures_getByKey(ex, "SentenceBreak", NULL, &e);
    int ok = U_SUCCESS(e);
    while (ok && ures_hasNext(sb)) {
        int32_t n = 0;
        const UChar *s = ures_getNextString(sb, &n, NULL, &e);
        ok = U_SUCCESS(e) && s && supp_add(tk, s, n);
        for (int32_t k = 1; ok && k + 1 < n; k++)
            if (s[k] == '.')
                ok = supp_add(tk, s, k + 1);
    }
    ures_close(sb);
    ures_close(ex);
    ures_close(b);
    if (!ok)
        tk->n_supp = 0;
    return ok;
}

/*
 * The first boundary after the candidate at u[i] when the rules settle it at
 * once, else -1: SB4 (a break right after ParaSep, CR LF kept whole), and
 * after a terminator SATerm Close* Sp* ParaSep (SB11 breaks after the
 * ParaSep; SB9 and SB10 forbid breaks before it) and the usual end of a
 * sentence, SATerm Close* Sp+ followed by an Upper or OLetter character,
 * where SB7, SB8 and SB8a cannot apply and SB11 breaks before the letter;
 * unless the locale's suppressions could take that break away.
 */
static int32_t quick_break(const fsc__tokenizer *tk, const UChar *u, int32_t n,
                           int32_t i)
{
    UChar c = u[i];
    if (tk->flags[c] & F_NL)
        return (c == '\r' && i + 1 < n && u[i + 1] == '\n') ? i + 2 : i + 1;
    if (!tk->quick)
        return -1;
    int32_t j = i + 1;
    while (j < n && (tk->flags[u[j]] & F_CLOSE))
        j++;
    int32_t sp = j;
    while (j < n && (tk->flags[u[j]] & F_SP))
        j++;
    if (j >= n)
        return -1;
    int32_t q;
    if (tk->flags[u[j]] & F_NL) /* SB11: after Close* Sp* ParaSep */
        q = (u[j] == '\r' && j + 1 < n && u[j + 1] == '\n') ? j + 2 : j + 1;
    else if (j > sp && (tk->flags[u[j]] & F_UPOL))
        q = j;
    else
        return -1;
    return may_suppress(tk, u, q) ? -1 : q;
}

/* The candidate at u[i] ends a sentence at q, settled by the caller. */
static void sent_settled(sent_state *ss, int32_t n16, int32_t i, int32_t q)
{
    if (ss->pend > i)
        return;
    if (ss->pend >= 0)
        ss->inner = 1;
    ss->pend = q >= n16 ? INT32_MAX : q;
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

/* text[0..len) (len > 0) into tk->u16 (*n16 units); ICU offsets are int32_t,
 * so a text over INT32_MAX bytes gives FSC_ELIMIT. */
static fsc_status to_u16(fsc__tokenizer *tk, const char *text, size_t len,
                         int32_t *n16, fsc_error *err)
{
    if (len > INT32_MAX)
        return fsc__fail(err, FSC_ELIMIT,
                         "text of %zu bytes exceeds the %d-byte limit", len,
                         INT32_MAX);
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
    /* Well-formed text (all the analyzer is given) is converted here; ICU
     * is asked only to report what is wrong with the rest. */
    if ((*n16 = fsc__utf8_to_u16(text, len, (uint16_t *)tk->u16)) >= 0) {
        memset(tk->u16 + *n16, 0, BLOCK * sizeof *tk->u16);
        return FSC_OK;
    }
    UErrorCode e = U_ZERO_ERROR;
    *n16 = 0;
    u_strFromUTF8(tk->u16, (int32_t)len, n16, text, (int32_t)len, &e);
    if (e == U_STRING_NOT_TERMINATED_WARNING)
        e = U_ZERO_ERROR;
    if (U_FAILURE(e))
        return icu_fail(err, "u_strFromUTF8", e);
    memset(tk->u16 + *n16, 0, BLOCK * sizeof *tk->u16);
    return FSC_OK;
}

int fsc__tokenizer_set_quick(fsc__tokenizer *tk, int on)
{
    tk->quick = on && tk->quick_ok;
    return tk->quick;
}

int fsc__tokenizer_set_fast(fsc__tokenizer *tk, int on)
{
    tk->fast = on && tk->fast_ok;
    return tk->fast;
}

fsc_status fsc__tokenizer_words(fsc__tokenizer *tk, const char *text,
                                size_t len, int32_t *ends, int32_t *rules,
                                size_t cap, size_t *n, fsc_error *err)
{
    *n = 0;
    if (len == 0)
        return FSC_OK;
    int32_t n16;
    fseg sg;
    fsc_status st = to_u16(tk, text, len, &n16, err);
    witer w = { 0, 0, 0 };
    while (st == FSC_OK &&
           (st = next_word(tk, &w, tk->u16, n16, &sg, err)) == FSC_OK &&
           sg.end != UBRK_DONE) {
        if (*n == cap)
            return fsc__fail(err, FSC_ELIMIT, "more than %zu words", cap);
        ends[*n] = sg.end;
        rules[(*n)++] = sg.rule;
    }
    return st;
}

/* What the sentence checks of one segment read and change (see
 * slow_segment()). */
typedef struct seg_state {
    sent_state ss;
    witer w;
    uint32_t boff, cpo; /* byte and code point offset of the next unit */
    int nl_run;         /* line breaks since the last token */
    int para_brk;       /* a blank line precedes the next token */
    int32_t b, rule;    /* the segment's end and rule status */
    unsigned acc;       /* F_* of its units */
} seg_state;

/*
 * A segment u[a..x->b) with a terminator, line break or supplementary
 * character, unit by unit: its bytes, code points and flags, the sentence
 * candidates in it, line breaks; a full stop glued between two Arabic
 * words ends the segment before it (x->b, x->rule and x->w change). Kept
 * out of the loop of fsc__tokenize(), which it would crowd.
 */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((noinline))
#endif
static fsc_status
slow_segment(fsc__tokenizer *tk, const UChar *u, int32_t n16, int32_t a,
             seg_state *x, fsc_error *err)
{
    const uint32_t *fl = tk->flags;
    for (int32_t i = a; i < x->b; i++) {
        unsigned f = fl[u[i]] & 0xFFFFu;
        int glued = (f & F_ATERM) ? ar_inner_stop(u, n16, i) : 0;
        if (glued > 0 && i > a) {
            /* the word ends before the stop; the stop and the next word
             * are segments of their own */
            x->b = i;
            x->rule = UBRK_WORD_LETTER;
            x->w.pos = i;
            x->w.icu = 0;
            break;
        }
        x->boff += f & F_BYTES;
        x->cpo += (f >> 2) & 1;
        if (f & F_LEAD)
            f = flags_at(tk, u, n16, i);
        x->acc |= f;
        if (!(f & F_SENT))
            continue;
        if (glued) {
            if (glued > 0)
                sent_settled(&x->ss, n16, i, i + 1);
            continue;
        }
        if (f & F_NL) {
            /* CR LF is one line break; U+2029 ends a paragraph. */
            UChar c = u[i];
            if (!(c == '\r' && i + 1 < n16 && u[i + 1] == '\n')) {
                x->nl_run++;
                if (x->nl_run >= 2 || c == 0x2029)
                    x->para_brk = 1;
            }
        } else if ((f & F_ATERM) && aterm_no_break(u, n16, i)) {
            continue;
        }
        fsc_status st = sent_candidate(tk, &x->ss, n16, i, err);
        if (st != FSC_OK)
            return st;
    }
    return FSC_OK;
}

fsc_status fsc__tokenize(fsc__tokenizer *tk, const char *text, size_t len,
                         fsc__tokvec *tv, uint32_t *n_sent, fsc_error *err)
{
    tv->n = 0;
    *n_sent = 0;
    if (len == 0)
        return FSC_OK;
    int32_t n16;
    fsc_status st = to_u16(tk, text, len, &n16, err);
    if (st != FSC_OK)
        return st;

    if (tv->cap < 64 + len / 8 && tokvec_grow(tv, 64 + len / 8) != FSC_OK)
        return fsc__fail(err, FSC_ENOMEM, "out of memory for tokens");

    const UChar *u = tk->u16;
    const uint32_t *fl = tk->flags;
    sent_state ss = { -1, 0, 0 };
    uint32_t boff = 0, cpo = 0;  /* byte and code point offset of unit a */
    uint32_t sent = 0, para = 0; /* indices of the last token */
    int nl_run = 0;              /* line breaks since the last token */
    int para_brk = 0;            /* a blank line precedes the next token */
    int32_t a = 0, b, rule;
    witer w = { 0, 0, 0 };
    fseg sg;

    const uint8_t *wc = tk->wcls;
    const int fast = tk->fast;
    int fast_now = fast; /* the fast path, not ICU's iterator, goes on */

    while (w.pos < n16) {
        /* A space before a letter, digit, punctuation mark or line break
         * is a segment of its own and no token: step over it (a sentence
         * break due at it is seen at the next segment). */
        if (fast_now && u[a] == ' ' && CLS(wc[u[a + 1]]) != W_EXT &&
            CLS(wc[u[a + 1]]) != W_WSEG && CLS(wc[u[a + 1]]) != W_BAIL) {
            a = ++w.pos;
            boff++;
            cpo++;
            continue;
        }
        if (fast_now && fast_word(wc, u, w.pos, &sg)) {
            w.pos = sg.end;
        } else {
            if ((st = icu_word(tk, &w, u, n16, &sg, err)) != FSC_OK)
                return st;
            fast_now = fast && !w.icu;
        }
        if ((b = sg.end) == UBRK_DONE)
            break;
        rule = sg.rule;
        uint32_t bstart = boff, cstart = cpo;
        unsigned acc = 0;

        if ((uint32_t)ss.pend <= (uint32_t)a) { /* pend -1: none */
            ss.brk = 1;
            ss.pend = -1;
        }
        if (!(sg.flags & (SEG_ICU | C_SENT))) {
            /* the fast path's segment: no terminator, no surrogate */
            boff += sg.bytes;
            cpo += (uint32_t)(b - a);
            acc = sg.flags & C_SOLID ? F_SOLID : 0;
        } else if (!(sg.flags & C_SENT) &&
                   scan_plain(fl, u, a, b, &boff, &cpo, &acc)) {
            /* ICU's segment without a terminator or surrogate */
        } else {
            seg_state x = { ss, w, boff, cpo, nl_run, para_brk, b, rule, 0 };
            if ((st = slow_segment(tk, u, n16, a, &x, err)) != FSC_OK)
                return st;
            ss = x.ss;
            w = x.w;
            boff = x.boff;
            cpo = x.cpo;
            nl_run = x.nl_run;
            para_brk = x.para_brk;
            b = x.b;
            rule = x.rule;
            acc = x.acc;
            fast_now = fast && !w.icu;
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
            tv->v[tv->n++] =
                (fsc__token){ bstart, boff - bstart, cstart, cpo - cstart,
                              sent,   para,          kind,   { 0, 0, 0 } };
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
