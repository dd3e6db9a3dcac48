/*
 * normalize.c - folding of token keys: NFKC_Casefold plus Arabic, Cyrillic and
 * apostrophe folds, and the ICU/Unicode version strings.
 *
 * The fold is deterministic and idempotent (fold(fold(x)) == fold(x)); once a
 * folder's scratch has grown to the longest token seen it allocates nothing.
 */
#include "internal.h"
#include "text.h"
#include "utf8.h"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/uversion.h>

#include <stdint.h>
#include <stdlib.h>

struct fsc__folder {
    const UNormalizer2 *nfkc_cf; /* ICU-owned singleton; never closed */
    int ta_marbuta;              /* fold ة to ه as well */
    UChar *src;                  /* token as UTF-16 */
    int32_t src_cap;             /* UChars allocated in src */
    UChar *dst;                  /* NFKC_Casefold result */
    int32_t dst_cap;             /* UChars allocated in dst */
    /* The fast path's fold of a two-byte character with lead byte 0xD8 or
     * 0xD9 (U+0600-U+067F), by (lead & 1) << 6 | (trail & 0x3F): the code
     * point it folds to, 0 when it is dropped, AR_SLOW when ICU must fold
     * it (see fold_fast). */
    uint16_t ar[128];
};

#define AR_SLOW 0xFFFFu

const char *fsc_icu_version(void)
{
    return U_ICU_VERSION;
}

const char *fsc_unicode_version(void)
{
    return U_UNICODE_VERSION;
}

static void fill_ar(fsc__folder *f);

static fsc_status icu_fail(fsc_error *err, const char *what, UErrorCode e)
{
    return fsc__fail(err, FSC_EICU, "%s failed: %s", what, u_errorName(e));
}

fsc_status fsc__folder_new(const fsc__fold_opts *opts, fsc__folder **out,
                           fsc_error *err)
{
    *out = NULL;
    fsc__folder *f = calloc(1, sizeof *f);
    if (!f)
        return fsc__fail(err, FSC_ENOMEM, "out of memory for a folder");
    UErrorCode e = U_ZERO_ERROR;
    f->nfkc_cf = unorm2_getNFKCCasefoldInstance(&e);
    if (U_FAILURE(e)) {
        free(f);
        return icu_fail(err, "unorm2_getNFKCCasefoldInstance", e);
    }
    f->ta_marbuta = opts ? opts->ta_marbuta : 0;
    fill_ar(f);
    *out = f;
    return FSC_OK;
}

void fsc__folder_free(fsc__folder *f)
{
    if (!f)
        return;
    free(f->src);
    free(f->dst);
    free(f);
}

static int grow(UChar **p, int32_t *cap, int32_t want)
{
    if (*cap >= want)
        return 1;
    int32_t n = *cap > 32 ? *cap : 32;
    while (n < want)
        n = n > INT32_MAX / 2 ? want : n * 2;
    UChar *q = realloc(*p, (size_t)n * sizeof *q);
    if (!q)
        return 0;
    *p = q;
    *cap = n;
    return 1;
}

/* Per-script folds applied after NFKC_Casefold; 0 drops the code point. */
static UChar32 fold_cp(UChar32 c, int ta_marbuta)
{
    if (c < 0x80)
        return (c == ' ' || (c >= '\t' && c <= '\r')) ? 0 : c;
    if (c >= 0x0600 && c <= 0x06FF) {
        if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
            (c >= 0x06D6 && c <= 0x06ED) || c == 0x0640)
            return 0; /* tashkeel, Quranic marks, tatweel */
        switch (c) {
        case 0x0622: /* آ */
        case 0x0623: /* أ */
        case 0x0625: /* إ */
        case 0x0671: /* ٱ */
            return 0x0627;
        case 0x0649: /* ى */
        case 0x06CC: /* ی */
            return 0x064A;
        case 0x06A9: /* ک */
            return 0x0643;
        case 0x0629: /* ة */
            return ta_marbuta ? 0x0647 : c;
        default:
            return c;
        }
    }
    switch (c) {
    case 0x0451: /* ё */
        return 0x0435;
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x2032:
        return '\'';
    default:
        break;
    }
    if (u_isUWhiteSpace(c))
        return 0;
    return c;
}

static int script_of(UChar32 c)
{
    UErrorCode e = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &e);
    if (U_FAILURE(e))
        return -1;
    switch (sc) {
    case USCRIPT_LATIN:
        return FSC__SCRIPT_LATIN;
    case USCRIPT_ARABIC:
        return FSC__SCRIPT_ARABIC;
    case USCRIPT_CYRILLIC:
        return FSC__SCRIPT_CYRILLIC;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED:
        return -1; /* a letter shared by scripts decides nothing */
    default:
        return FSC__SCRIPT_OTHER;
    }
}

/*
 * Fast paths for the two commonest kinds of token, where NFKC_Casefold is
 * known to be the identity or plain ASCII lower-casing: ASCII, and basic
 * Arabic (letters U+0621-U+063A, U+0641-U+064A, harakat U+064B-U+0652,
 * tatweel, U+0670, Arabic-Indic digits). Marks U+0653-U+0655 are left to
 * ICU because NFC composes them with the letter before (و + hamza above is
 * ؤ). The Arabic characters are folded by the folder's table (fill_ar: the
 * fold_cp() of each, made once). Returns 1 when it folded the token, 0 when
 * ICU must (out->len unchanged, what it wrote past it to be overwritten).
 * test_normalize checks that both paths agree.
 */
static void fill_ar(fsc__folder *f)
{
    for (uint32_t i = 0; i < 128; i++) {
        const uint32_t c = 0x0600 + i;
        const int fast = (c >= 0x0621 && c <= 0x063A) ||
                         (c >= 0x0640 && c <= 0x0652) ||
                         (c >= 0x0660 && c <= 0x0669) || c == 0x0670;
        f->ar[i] = fast ? (uint16_t)fold_cp((UChar32)c, f->ta_marbuta)
                        : (uint16_t)AR_SLOW;
    }
}

static int fold_fast(const fsc__folder *f, const char *s, size_t len,
                     fsc_buf *out, int *script)
{
    const unsigned char *p = (const unsigned char *)s;
    if (fsc__buf_reserve(out, len) != FSC_OK)
        return 0; /* let the slow path report it */
    unsigned char *w = (unsigned char *)out->data + out->len;
    int sc = FSC__SCRIPT_COMMON;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = p[i];
        if (b < 0x80) {
            if (b == ' ' || (b >= '\t' && b <= '\r'))
                continue;
            if (b >= 'A' && b <= 'Z')
                b = (unsigned char)(b + 32);
            if (sc == FSC__SCRIPT_COMMON && b >= 'a' && b <= 'z')
                sc = FSC__SCRIPT_LATIN;
            *w++ = b;
            continue;
        }
        const uint32_t g =
            (b & 0xFE) != 0xD8 || i + 1 >= len || (p[i + 1] & 0xC0) != 0x80
                ? AR_SLOW
                : f->ar[(b & 1u) << 6 | (p[++i] & 0x3Fu)];
        if (g == AR_SLOW) {
            out->data[out->len] = '\0'; /* as it was */
            return 0;
        }
        if (g == 0)
            continue;
        if (sc == FSC__SCRIPT_COMMON && g >= 0x0621 && g <= 0x064A)
            sc = FSC__SCRIPT_ARABIC;
        /* every fold of the table is in U+0600-U+06FF: two bytes */
        *w++ = (unsigned char)(0xC0 | g >> 6);
        *w++ = (unsigned char)(0x80 | (g & 0x3F));
    }
    if (script)
        *script = sc;
    out->len = (size_t)(w - (unsigned char *)out->data);
    out->data[out->len] = '\0';
    return 1;
}

fsc_status fsc__fold(fsc__folder *f, const char *s, size_t len, fsc_buf *out,
                     int *script, fsc_error *err)
{
    if (len && fold_fast(f, s, len, out, script))
        return FSC_OK;
    return fsc__fold_icu(f, s, len, out, script, err);
}

fsc_status fsc__fold_icu(fsc__folder *f, const char *s, size_t len,
                         fsc_buf *out, int *script, fsc_error *err)
{
    if (script)
        *script = FSC__SCRIPT_COMMON;
    if (len > INT32_MAX / 2)
        return fsc__fail(err, FSC_ELIMIT, "token of %zu bytes is too long",
                         len);
    if (len == 0)
        return FSC_OK;

    /* UTF-8 needs no more UTF-16 units than bytes. */
    if (!grow(&f->src, &f->src_cap, (int32_t)len + 1))
        return fsc__fail(err, FSC_ENOMEM, "out of memory folding a token");
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(f->src, f->src_cap, &n, s, (int32_t)len, &e);
    if (U_FAILURE(e))
        return icu_fail(err, "u_strFromUTF8", e);

    int32_t want = n + 16;
    if (!grow(&f->dst, &f->dst_cap, want))
        return fsc__fail(err, FSC_ENOMEM, "out of memory folding a token");
    int32_t m = unorm2_normalize(f->nfkc_cf, f->src, n, f->dst, f->dst_cap, &e);
    if (e == U_BUFFER_OVERFLOW_ERROR) {
        /* Compatibility decompositions can expand (ﷺ gives 18 letters). */
        e = U_ZERO_ERROR;
        if (!grow(&f->dst, &f->dst_cap, m + 1))
            return fsc__fail(err, FSC_ENOMEM, "out of memory folding a token");
        m = unorm2_normalize(f->nfkc_cf, f->src, n, f->dst, f->dst_cap, &e);
    }
    if (U_FAILURE(e))
        return icu_fail(err, "unorm2_normalize(NFKC_Casefold)", e);

    /* Each UTF-16 unit gives at most 3 UTF-8 bytes (a pair gives 4). */
    fsc_status st = fsc__buf_reserve(out, (size_t)m * 3);
    if (st != FSC_OK)
        return fsc__fail(err, st, "no room for a folded token of %d units", m);
    char *w = out->data + out->len;
    int found = script ? 0 : 1;
    int any_letter = 0;
    for (int32_t i = 0; i < m;) {
        /* Decoded by hand: ICU's U16_NEXT trips -Wsign-conversion. */
        UChar32 c = f->dst[i++];
        if (c >= 0xD800 && c <= 0xDBFF && i < m && f->dst[i] >= 0xDC00 &&
            f->dst[i] <= 0xDFFF)
            c = 0x10000 + ((c - 0xD800) << 10) + (f->dst[i++] - 0xDC00);
        c = fold_cp(c, f->ta_marbuta);
        if (c == 0)
            continue;
        if (!found && u_isalpha(c)) {
            int sc = script_of(c);
            any_letter = 1;
            if (sc >= 0) {
                *script = sc;
                found = 1;
            }
        }
        w += fsc__utf8_encode((uint32_t)c, w);
    }
    if (!found && any_letter)
        *script = FSC__SCRIPT_OTHER;
    out->len = (size_t)(w - out->data);
    out->data[out->len] = '\0';
    return FSC_OK;
}
