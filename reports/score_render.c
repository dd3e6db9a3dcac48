/*
 * score_render.c - per-article score rows as JSON Lines or one JSON document
 * (CSV, wide CSV, the text table and every header and footer are in
 * score_render_text.c).
 *
 * Input metadata passes through unchanged (text only with keep_text);
 * framescope's own figures go under one "framescope" key so they can never
 * collide with an input field. Numbers go through fsc__fmt_num so every
 * format prints the same digits; undefined values are null or empty.
 */
#include "score_render.h"
#include "format.h"
#include "framescope/profile.h"
#include "framescope/score.h"
#include "internal.h"
#include "model.h"
#include "tally.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define FSC__JW_SSE2 1
#include <emmintrin.h>
#endif

void fsc_score_opts_init(fsc_score_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = FSC_SCORE_JSONL;
    o->matches = 1;
    o->threads = 1;
    o->max_row_bytes = FSC_SCORE_MAX_ROW_BYTES;
    o->title = 1;
}

static const char *nz(const char *s)
{
    return s ? s : "";
}

/* Does model category c belong to a lexicon that declares a scope? */
int fsc__score_cat_scoped(const fsc_model *m, size_t c)
{
    size_t li = 0;
    return fsc_model_category(m, c, &li) &&
           fsc_lexicon_scope(fsc_model_lexicon(m, li)) != NULL;
}

int fsc__score_model_scoped(const fsc_model *m)
{
    for (size_t li = 0; li < fsc_model_n_lexicons(m); li++)
        if (fsc_lexicon_scope(fsc_model_lexicon(m, li)))
            return 1;
    return 0;
}

static double rate(double count, double tokens)
{
    return fsc_rate_per_1k(count, tokens);
}

static const char *flag_names[] = { "negated", "hedged", "intensified",
                                    "distanced" };
static const char *const voice_names[] = { "authorial", "quoted",
                                           "attributed" };
static const char *const attr_kind_names[] = { "direct",       "indirect",
                                               "according_to", "mixed",
                                               "evidence",     "belief",
                                               "evidential" };
#define N_ATTR_KINDS (sizeof attr_kind_names / sizeof *attr_kind_names)
static const char *const source_kind_names[] = { "actor", "anonymous",
                                                 "unresolved", "named" };

/*
 * Score rows are written straight into the output buffer by a small JSON
 * writer that produces exactly the bytes cJSON_PrintUnformatted gave when
 * the rows were built as cJSON trees (building, printing and freeing a tree
 * per article took about a fifth of `score`'s time):
 *   - no whitespace; members and elements in the order written;
 *   - strings as cJSON prints them: '"', '\\', \b \f \n \r \t escaped, other
 *     bytes below 0x20 as \u00xx (lower-case hex), every other byte as is,
 *     and a string ends at its first NUL (cJSON copied C strings);
 *   - numbers are the digits of fsc__fmt_num or "%llu" ("raw" items), an
 *     undefined number is null;
 *   - a NULL string or key fails the row with FSC_ENOMEM, as cJSON's
 *     constructors did.
 * The input's own metadata is still parsed with cJSON and each value other
 * than a string printed by cJSON, so its numbers keep cJSON's digits.
 *
 * Errors are sticky: after the first failure every call is a no-op and
 * `st` keeps the code. `comma` says whether a value was just completed at
 * the current level, so the next member or element needs a ','.
 */
#define JW_NUMS 16 /* numbers remembered per row (a power of two) */

typedef struct jw {
    fsc_buf *b;
    fsc_status st;
    int comma;
    const fsc__score_prep *pp; /* NULL: every name measured and escaped */
    /* The digits of the last few numbers written, by their bits (0 =
     * empty; +0 never goes here): a row repeats its confidences and
     * weights, and fsc__fmt_num is the writer's costliest call. */
    uint64_t num_bits[JW_NUMS];
    char num_txt[JW_NUMS][24];
} jw;

/*
 * A member's key with its quotes and colon, ready to copy: the writer's
 * own keys are string literals that need no escape, so K("start") is the
 * 8 bytes "start": and their length, fixed at compile time (no strlen, no
 * scan for bytes to escape, one copy per key). NOKEY: an array element.
 * Keys from the input or the lexicons go through jw_key.
 */
typedef struct jk {
    const char *s; /* "\"key\":", NULL for none */
    size_t n;
} jk;
#define KI(lit)                         \
    {                                   \
        "\"" lit "\":", sizeof(lit) + 2 \
    } /* an initializer */
#define K(lit) ((jk)KI(lit))
#define NOKEY  ((jk){ NULL, 0 })

/* voice_names as keys */
static const jk voice_keys[] = { KI("authorial"), KI("quoted"),
                                 KI("attributed") };

/* Room for n more bytes and the NUL without growing (nor passing the
 * cap): the fast paths below write straight into the buffer. */
static inline int jw_fits(const jw *w, size_t n)
{
    const fsc_buf *b = w->b;
    return w->st == FSC_OK && b->len + n < b->alloc && b->len + n <= b->cap;
}

/* Append n bytes: straight into the buffer when they fit (the common
 * case, one compare and a memcpy), through fsc__buf_add when it must grow. */
static inline void jw_raw(jw *w, const char *s, size_t n)
{
    fsc_buf *b = w->b;
    if (w->st != FSC_OK)
        return;
    if (b->len + n < b->alloc && b->len + n <= b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
        return;
    }
    w->st = fsc__buf_add(b, s, n);
}

static inline void jw_sep(jw *w)
{
    if (w->comma)
        jw_raw(w, ",", 1);
    w->comma = 0;
}

/* How cJSON prints each byte inside a string: 0 as is, else the letter
 * after the backslash ('u' for \u00xx); a NUL ends the string ('0'). */
static const unsigned char jw_esc[256] = {
    ['\0'] = '0', [1] = 'u',  [2] = 'u',    [3] = 'u',    [4] = 'u',
    [5] = 'u',    [6] = 'u',  [7] = 'u',    ['\b'] = 'b', ['\t'] = 't',
    ['\n'] = 'n', [11] = 'u', ['\f'] = 'f', ['\r'] = 'r', [14] = 'u',
    [15] = 'u',   [16] = 'u', [17] = 'u',   [18] = 'u',   [19] = 'u',
    [20] = 'u',   [21] = 'u', [22] = 'u',   [23] = 'u',   [24] = 'u',
    [25] = 'u',   [26] = 'u', [27] = 'u',   [28] = 'u',   [29] = 'u',
    [30] = 'u',   [31] = 'u', ['"'] = '"',  ['\\'] = '\\'
};

/* Does the 8-byte word x hold a byte below 0x20, a '"' or a '\\'?
 * (x - 0x01..01 * k) & ~x & 0x80..80 is nonzero exactly when some byte of
 * x is below k (k <= 0x80), so a byte below 0x20 shows in x, a '"' or
 * '\\' in x XOR that byte repeated. */
static inline int jw_esc8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t q = x ^ (ones * '"'), bs = x ^ (ones * '\\');
    return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
             ((bs - ones) & ~bs)) &
            high) != 0;
}

/* Does s[0..n) hold a byte that jw_esc marks (below 0x20, '"', '\\')?
 * Eight bytes at a time; the last, partial word is read again as the
 * last eight bytes (or, for 4-7 bytes, as two overlapping 4-byte halves),
 * which can only look at bytes of s twice. */
static int jw_needs_esc(const char *s, size_t n)
{
    uint64_t x;
#ifdef FSC__JW_SSE2
    /* Sixteen bytes at a time: below 0x20 is min(x, 0x1F) == x unsigned;
     * the last, partial block is read again as the last sixteen bytes. */
    if (n >= 16) {
        const __m128i lo = _mm_set1_epi8(0x1F), q = _mm_set1_epi8('"'),
                      bs = _mm_set1_epi8('\\');
        size_t i = 0;
        for (;;) {
            if (i + 16 > n)
                i = n - 16;
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
            __m128i hit = _mm_or_si128(
                _mm_cmpeq_epi8(_mm_min_epu8(v, lo), v),
                _mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bs)));
            if (_mm_movemask_epi8(hit))
                return 1;
            i += 16;
            if (i >= n)
                return 0;
        }
    }
#endif
    if (n >= 8) {
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            memcpy(&x, s + i, 8);
            if (jw_esc8(x))
                return 1;
        }
        if (i == n)
            return 0;
        memcpy(&x, s + n - 8, 8);
        return jw_esc8(x);
    }
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        return jw_esc8((uint64_t)hi << 32 | lo);
    }
    for (size_t i = 0; i < n; i++)
        if (jw_esc[(unsigned char)s[i]])
            return 1;
    return 0;
}

/* s[0..n) as a JSON string, cut at the first NUL. Text with nothing to
 * escape (nearly all) is copied whole between its quotes; otherwise runs
 * of bytes that need no escape are copied whole, each other byte is
 * looked up in jw_esc. */
static void jw_strn(jw *w, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (w->st != FSC_OK)
        return;
    fsc_buf *b = w->b;
    if (jw_fits(w, n + 2) && !jw_needs_esc(s, n)) {
        char *d = b->data + b->len;
        d[0] = '"';
        memcpy(d + 1, s, n);
        d[n + 1] = '"';
        b->len += n + 2;
        b->data[b->len] = '\0';
        return;
    }
    const unsigned char *u = (const unsigned char *)s;
    /* room for the quotes and an unescaped text in one go */
    if ((w->st = fsc__buf_reserve(b, n + 2)) != FSC_OK)
        return;
    jw_raw(w, "\"", 1);
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !jw_esc[u[j]])
            j++;
        jw_raw(w, s + i, j - i);
        if (j == n)
            break;
        unsigned char c = u[j], e = jw_esc[c];
        if (e == '0')
            break;
        if (e == 'u') {
            char q[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            jw_raw(w, q, 6);
        } else {
            char q[2] = { '\\', (char)e };
            jw_raw(w, q, 2);
        }
        i = j + 1;
    }
    jw_raw(w, "\"", 1);
}

static void jw_str0(jw *w, const char *s)
{
    if (!s) {
        if (w->st == FSC_OK)
            w->st = FSC_ENOMEM;
        return;
    }
    jw_strn(w, s, strlen(s));
}

/* ,"key": of a key from the input or a lexicon (escaped as needed). */
static void jw_key(jw *w, const char *key)
{
    jw_sep(w);
    jw_str0(w, key);
    jw_raw(w, ":", 1);
}

/* ,"key": of one of the writer's own keys (K), or just the separator of
 * an array element (NOKEY). */
static inline void jw_k(jw *w, jk k)
{
    if (!k.s) {
        jw_sep(w);
        return;
    }
    if (jw_fits(w, k.n + 1)) {
        fsc_buf *b = w->b;
        char *d = b->data + b->len;
        if (w->comma)
            *d++ = ',';
        memcpy(d, k.s, k.n);
        b->len = (size_t)(d - b->data) + k.n;
        b->data[b->len] = '\0';
        w->comma = 0;
        return;
    }
    jw_sep(w);
    jw_raw(w, k.s, k.n);
}

static void jw_open(jw *w, jk k, char brace)
{
    jw_k(w, k);
    jw_raw(w, &brace, 1);
}

/* An object under a key from the input or a lexicon (a category name). */
static void jw_open_key(jw *w, const char *key, char brace)
{
    jw_key(w, key);
    jw_raw(w, &brace, 1);
}

static void jw_close(jw *w, char brace)
{
    jw_raw(w, &brace, 1);
    w->comma = 1;
}

/* Writes the separator (when one is due) and the key k (if any) at d,
 * where the caller has checked the room; returns the end. */
static inline char *jw_put_sep_key(const jw *w, char *d, jk k)
{
    if (w->comma)
        *d++ = ',';
    if (k.s) {
        memcpy(d, k.s, k.n);
        d += k.n;
    }
    return d;
}

/* The separator, the key (if any) and s[0..n) between quotes, in one
 * go when they fit and s needs no escape: one capacity check, one NUL.
 * Returns 0 (nothing written) otherwise. */
static inline int jw_kstr_fast(jw *w, jk k, const char *s, size_t n)
{
    if (!jw_fits(w, k.n + n + 3) || jw_needs_esc(s, n))
        return 0;
    fsc_buf *b = w->b;
    char *d = jw_put_sep_key(w, b->data + b->len, k);
    *d++ = '"';
    memcpy(d, s, n);
    d += n;
    *d++ = '"';
    *d = '\0';
    b->len = (size_t)(d - b->data);
    w->comma = 1;
    return 1;
}

/* A string member (key K) or array element (NOKEY). */
static void jw_string(jw *w, jk k, const char *s)
{
    if (s && jw_kstr_fast(w, k, s, strlen(s)))
        return;
    jw_k(w, k);
    jw_str0(w, s);
    w->comma = 1;
}

static void jw_span_text(jw *w, jk k, const char *s, size_t n)
{
    if (jw_kstr_fast(w, k, s, n)) /* a NUL needs the cut: slow path */
        return;
    jw_k(w, k);
    jw_strn(w, s, n);
    w->comma = 1;
}

static void jw_bool(jw *w, jk k, int v)
{
    jw_k(w, k);
    if (v)
        jw_raw(w, "true", 4);
    else
        jw_raw(w, "false", 5);
    w->comma = 1;
}

/* The decimal digits of v, ending at end; returns where they start. Two
 * digits per division. */
static inline char *jw_digits(char *end, unsigned long long v)
{
    static const char two[201] = "00010203040506070809"
                                 "10111213141516171819"
                                 "20212223242526272829"
                                 "30313233343536373839"
                                 "40414243444546474849"
                                 "50515253545556575859"
                                 "60616263646566676869"
                                 "70717273747576777879"
                                 "80818283848586878889"
                                 "90919293949596979899";
    char *p = end;
    while (v >= 100) {
        unsigned r = (unsigned)(v % 100);
        v /= 100;
        p -= 2;
        memcpy(p, two + 2 * r, 2);
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, two + 2 * v, 2);
    } else {
        *--p = (char)('0' + v);
    }
    return p;
}

static void jw_int(jw *w, jk k, unsigned long long v)
{
    char num[24];
    char *p = jw_digits(num + sizeof num, v);
    size_t nd = (size_t)(num + sizeof num - p);
    if (jw_fits(w, k.n + nd + 1)) {
        /* separator, key and digits in one go */
        fsc_buf *b = w->b;
        char *d = jw_put_sep_key(w, b->data + b->len, k);
        memcpy(d, p, nd);
        d += nd;
        *d = '\0';
        b->len = (size_t)(d - b->data);
        w->comma = 1;
        return;
    }
    jw_k(w, k);
    jw_raw(w, p, nd);
    w->comma = 1;
}

/* The digits of v (from the row's last few numbers, else fsc__fmt_num
 * into num), or "null" when it is undefined; *n their length. */
static const char *jw_num_text(jw *w, double v, char num[40], size_t *n)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    size_t slot =
        (size_t)((bits * 0x9E3779B97F4A7C15ull) >> 60) & (JW_NUMS - 1);
    if (bits && w->num_bits[slot] == bits) {
        *n = strlen(w->num_txt[slot]);
        return w->num_txt[slot];
    }
    if (!fsc__fmt_num(v, num)) {
        *n = 4;
        return "null";
    }
    *n = strlen(num);
    if (bits && *n < sizeof w->num_txt[0]) {
        w->num_bits[slot] = bits;
        memcpy(w->num_txt[slot], num, *n + 1);
    }
    return num;
}

/* A formatted number, or null when it is undefined. */
static void jw_num(jw *w, jk k, double v)
{
    char num[40];
    size_t n;
    jw_k(w, k);
    const char *t = jw_num_text(w, v, num, &n);
    jw_raw(w, t, n);
    w->comma = 1;
}

/*
 * Cursor writes. A match or an attribution is written in one go: its size
 * is bounded first (every string counted six times over, the most its
 * escapes can take), room for that bound is made once (jw_room), and the
 * pieces are stored at a cursor with no check of their own; jw_done sets
 * the length. When the bound does not fit under the buffer's cap (a row
 * near its limit) or a name is missing, the checked writer above writes
 * the same object instead, so the bytes and the point at which a row is
 * over its limit are the same either way.
 */
#define JW_LIT(d, lit) \
    (memcpy((d), (lit), sizeof(lit) - 1), (d) + sizeof(lit) - 1)

/* A name escaped and quoted once (fsc__score_prep). */
typedef struct jq {
    const char *s;
    size_t n;
} jq;

/* Room for n bytes and the NUL at the end of the buffer, or NULL. */
static char *jw_room(jw *w, size_t n)
{
    if (w->st != FSC_OK || fsc__buf_reserve(w->b, n) != FSC_OK)
        return NULL;
    return w->b->data + w->b->len;
}

static inline void jw_done(jw *w, char *d)
{
    *d = '\0';
    w->b->len = (size_t)(d - w->b->data);
    w->comma = 1;
}

static inline char *put_q(char *d, jq q)
{
    memcpy(d, q.s, q.n);
    return d + q.n;
}

/* The decimal digits of v. */
static inline char *put_u(char *d, unsigned long long v)
{
    size_t nd;
    if (v < 100)
        nd = v < 10 ? 1 : 2;
    else if (v < 10000)
        nd = v < 1000 ? 3 : 4;
    else if (v < 1000000)
        nd = v < 100000 ? 5 : 6;
    else {
        nd = 7;
        for (unsigned long long t = v / 10000000; t; t /= 10)
            nd++;
    }
    jw_digits(d + nd, v);
    return d + nd;
}

/* s[0..n) between quotes, escaped as jw_strn escapes it (at most 6n + 2
 * bytes). */
static char *put_s(char *d, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    *d++ = '"';
    if (!jw_needs_esc(s, n)) {
        memcpy(d, s, n);
        d += n;
        *d++ = '"';
        return d;
    }
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && !jw_esc[u[j]])
            j++;
        memcpy(d, s + i, j - i);
        d += j - i;
        if (j == n)
            break;
        unsigned char c = u[j], e = jw_esc[c];
        if (e == '0')
            break;
        *d++ = '\\';
        *d++ = (char)e;
        if (e == 'u') {
            *d++ = '0';
            *d++ = '0';
            *d++ = hex[c >> 4];
            *d++ = hex[c & 15];
        }
        i = j + 1;
    }
    *d++ = '"';
    return d;
}

/* The number's digits or null (at most 39 bytes). */
static inline char *put_num(jw *w, char *d, double v)
{
    char num[40];
    size_t n;
    const char *t = jw_num_text(w, v, num, &n);
    memcpy(d, t, n);
    return d + n;
}

/* "start":S,"end":E,"surface":"..." of a byte span (at most 56 + 6 len). */
static inline char *put_span(char *d, const char *text, size_t off, size_t len)
{
    d = JW_LIT(d, "\"start\":");
    d = put_u(d, off);
    d = JW_LIT(d, ",\"end\":");
    d = put_u(d, off + len);
    d = JW_LIT(d, ",\"surface\":");
    return put_s(d, text + off, len);
}

static const char *const source_form_names[] = { "named",     "nominal",
                                                 "pronoun",   "dropped",
                                                 "anonymous", "unresolved" };
static const char *const gender_names[] = { "", "masculine", "feminine",
                                            "plural" };

struct fsc__score_prep {
    const fsc_model *m;
    size_t n_cats;
    jq *cat;        /* model category names */
    jq *lex;        /* lexicon names */
    jq lexicon_set; /* "lexicon_set":{...} */
    jq zone[2];     /* fsc_zone_name */
    jq kind[N_ATTR_KINDS];
    jq form[6];  /* source_form_names */
    jq found[4]; /* source_kind_names */
    jq gender[4];
    jq voice[3];
    jq flag[4];
    int voices; /* an attribution layer: framing matches have a
                   voice */
    char *pool; /* the bytes of all of them */
};

/* {"start","end","surface"} of a byte span of the text, left open. */
static void jw_span_open(jw *w, jk key, const char *text, size_t off,
                         size_t len)
{
    jw_open(w, key, '{');
    jw_int(w, K("start"), off);
    jw_int(w, K("end"), off + len);
    jw_span_text(w, K("surface"), text + off, len);
}

static void counts_json(jw *w, jk key, const fsc_profile_count *c, size_t n)
{
    jw_open(w, key, '{');
    for (size_t i = 0; i < n; i++) {
        jw_open_key(w, c[i].name, '{');
        jw_int(w, K("attributions"), c[i].attributions);
        jw_int(w, K("sources"), c[i].sources);
        jw_int(w, K("distancing_cues"), c[i].distancing);
        jw_close(w, '}');
    }
    jw_close(w, '}');
}

static void profile_json(jw *w, const fsc_profile *pp)
{
    const fsc_profile p = *pp;
    jw_open(w, K("profile"), '{');
    jw_open(w, K("sources_named"), '[');
    for (size_t i = 0; i < p.n_source_names; i++)
        jw_string(w, NOKEY, p.source_ids[i]);
    jw_close(w, ']');
    jw_int(w, K("attributions"), p.attributions);
    jw_int(w, K("sources"), p.sources);
    jw_int(w, K("anonymous"), p.anonymous);
    jw_int(w, K("unresolved"), p.unresolved);
    counts_json(w, K("by_side"), p.sides, p.n_sides);
    counts_json(w, K("by_type"), p.types, p.n_types);
    jw_num(w, K("share_authorial"), p.share_authorial);
    jw_num(w, K("share_quoted"), p.share_quoted);
    jw_num(w, K("share_attributed"), p.share_attributed);
    jw_num(w, K("anonymous_rate"), p.anonymous_rate);
    jw_num(w, K("side_diversity"), p.diversity);
    jw_string(w, K("summary"), p.summary);
    jw_close(w, '}');
}

/* One attribution: kind; source_kind (what the source words are) and the
 * source span; resolved_to (who speaks: name, actor, side, type, and the
 * mention that names them best); cue; content; how it was found. */
/* Bytes a C string may take in put_s, or 0 (and *ok = 0) when NULL. */
static inline size_t bound_s(const char *s, size_t *n, int *ok)
{
    if (!s) {
        *ok = 0;
        return 0;
    }
    *n = strlen(s);
    return 6 * *n + 2;
}

/* attribution_json in one go; 0 when the checked writer must do it. */
static int attribution_json_fast(jw *w, const fsc_record *rec,
                                 const fsc_attribution *a)
{
    const fsc__score_prep *pp = w->pp;
    if ((unsigned)a->zone > FSC_ZONE_TITLE ||
        (unsigned)a->source_kind > FSC_SOURCE_NAMED || !a->resolved_name ||
        !a->rule)
        return 0;
    int ok = 1;
    size_t lemma_n = 0, stance_n = 0, oa_n = 0, rn_n = 0, actor_n = 0,
           side_n = 0, type_n = 0, rule_n = 0;
    size_t need =
        2048 + 6 * (a->cue_len + a->source_len + a->org_len + a->resolved_len +
                    a->channel_len + a->content_len);
    if (a->cue_len)
        need += bound_s(a->cue_lemma, &lemma_n, &ok) +
                bound_s(a->stance, &stance_n, &ok);
    int split = a->source_len && a->source_name_len && a->source_title_len;
    if (split)
        need += 6 * (a->source_name_len + a->source_title_len);
    int org_actor =
        a->source_len && a->org_len && a->org_actor && a->org_actor[0];
    if (org_actor)
        need += bound_s(a->org_actor, &oa_n, &ok);
    need += bound_s(a->resolved_name, &rn_n, &ok);
    int actor = rn_n && a->actor && a->actor[0];
    if (rn_n && !a->actor)
        return 0;
    if (actor)
        need += bound_s(a->actor, &actor_n, &ok) +
                bound_s(a->side, &side_n, &ok) + bound_s(a->type, &type_n, &ok);
    need += bound_s(a->rule, &rule_n, &ok);
    for (size_t g = 0; g < a->n_segments; g++)
        need += 200 + 6 * a->segments[g].len;
    if (!ok)
        return 0;
    char *d = jw_room(w, need);
    if (!d)
        return 0;
    const char *text = fsc_record_zone_text(rec, a->zone, NULL);
    if (w->comma)
        *d++ = ',';
    d = JW_LIT(d, "{\"kind\":");
    d = put_q(d,
              pp->kind[(unsigned)a->kind < N_ATTR_KINDS ? a->kind
                                                        : FSC_ATTR_INDIRECT]);
    d = JW_LIT(d, ",\"source_kind\":");
    d = put_q(
        d,
        pp->form[a->source_form <= FSC_FORM_UNRESOLVED ? a->source_form
                                                       : FSC_FORM_UNRESOLVED]);
    d = JW_LIT(d, ",\"zone\":");
    d = put_q(d, pp->zone[a->zone]);
    if (a->cue_len) {
        d = JW_LIT(d, ",\"cue\":{");
        d = put_span(d, text, a->cue_off, a->cue_len);
        d = JW_LIT(d, ",\"lemma\":");
        d = put_s(d, a->cue_lemma, lemma_n);
        d = JW_LIT(d, ",\"stance\":");
        d = put_s(d, a->stance, stance_n);
        *d++ = '}';
    }
    if (a->source_len) {
        d = JW_LIT(d, ",\"source\":{");
        d = put_span(d, text, a->source_off, a->source_len);
        if (split) {
            d = JW_LIT(d, ",\"name\":");
            d = put_s(d, text + a->source_name_off, a->source_name_len);
            d = JW_LIT(d, ",\"title\":");
            d = put_s(d, text + a->source_title_off, a->source_title_len);
        }
        if (a->org_len) {
            d = JW_LIT(d, ",\"organisation\":{");
            d = put_span(d, text, a->org_off, a->org_len);
            if (org_actor) {
                d = JW_LIT(d, ",\"actor\":");
                d = put_s(d, a->org_actor, oa_n);
            }
            *d++ = '}';
        }
        *d++ = '}';
    }
    if (rn_n) {
        d = JW_LIT(d, ",\"resolved_to\":{\"name\":");
        d = put_s(d, a->resolved_name, rn_n);
        if (actor) {
            d = JW_LIT(d, ",\"actor\":");
            d = put_s(d, a->actor, actor_n);
            d = JW_LIT(d, ",\"side\":");
            d = put_s(d, a->side, side_n);
            d = JW_LIT(d, ",\"type\":");
            d = put_s(d, a->type, type_n);
        }
        if (a->resolved_len) {
            *d++ = ',';
            d = put_span(d, text, a->resolved_off, a->resolved_len);
        }
        *d++ = '}';
    }
    if (a->channel_len) {
        d = JW_LIT(d, ",\"channel\":{");
        d = put_span(d, text, a->channel_off, a->channel_len);
        *d++ = '}';
    }
    if (a->gender != FSC_GENDER_UNKNOWN && a->gender <= FSC_GENDER_PLURAL) {
        d = JW_LIT(d, ",\"gender\":");
        d = put_q(d, pp->gender[a->gender]);
    }
    d = JW_LIT(d, ",\"content\":{");
    d = put_span(d, text, a->content_off, a->content_len);
    d = JW_LIT(d, ",\"cp_start\":");
    d = put_u(d, a->content_cp_off);
    d = JW_LIT(d, ",\"cp_end\":");
    d = put_u(d, a->content_cp_off + a->content_cp_len);
    *d++ = '}';
    if (a->n_segments) {
        d = JW_LIT(d, ",\"contents\":[{");
        d = put_span(d, text, a->content_off, a->content_len);
        d = JW_LIT(d, ",\"cp_start\":");
        d = put_u(d, a->content_cp_off);
        d = JW_LIT(d, ",\"cp_end\":");
        d = put_u(d, a->content_cp_off + a->content_cp_len);
        *d++ = '}';
        int quoted = a->kind == FSC_ATTR_DIRECT || a->kind == FSC_ATTR_MIXED;
        for (size_t g = 0; g < a->n_segments; g++) {
            const fsc_segment *sg = &a->segments[g];
            d = JW_LIT(d, ",{");
            d = put_span(d, text, sg->off, sg->len);
            d = JW_LIT(d, ",\"cp_start\":");
            d = put_u(d, sg->cp_off);
            d = JW_LIT(d, ",\"cp_end\":");
            d = put_u(d, sg->cp_off + sg->cp_len);
            if (quoted)
                d = JW_LIT(d, ",\"quoted\":true}");
            else
                d = JW_LIT(d, ",\"quoted\":false}");
        }
        *d++ = ']';
    }
    if (a->nested)
        d = JW_LIT(d, ",\"nested\":true");
    d = JW_LIT(d, ",\"found_by\":");
    d = put_q(d, pp->found[a->source_kind]);
    d = JW_LIT(d, ",\"confidence\":");
    d = put_num(w, d, a->confidence);
    d = JW_LIT(d, ",\"rule\":");
    d = put_s(d, a->rule, rule_n);
    if (a->inherited)
        d = JW_LIT(d, ",\"inherited\":true}");
    else
        d = JW_LIT(d, ",\"inherited\":false}");
    jw_done(w, d);
    return 1;
}

static void attribution_json(jw *w, const fsc_record *rec,
                             const fsc_attribution *a)
{
    if (w->pp && attribution_json_fast(w, rec, a))
        return;
    const char *text = fsc_record_zone_text(rec, a->zone, NULL);
    jw_open(w, NOKEY, '{');
    jw_string(w, K("kind"),
              (unsigned)a->kind < N_ATTR_KINDS ? attr_kind_names[a->kind]
                                               : "indirect");
    jw_string(w, K("source_kind"),
              source_form_names[a->source_form <= FSC_FORM_UNRESOLVED
                                    ? a->source_form
                                    : FSC_FORM_UNRESOLVED]);
    jw_string(w, K("zone"), fsc_zone_name(a->zone));
    if (a->cue_len) {
        jw_span_open(w, K("cue"), text, a->cue_off, a->cue_len);
        jw_string(w, K("lemma"), a->cue_lemma);
        jw_string(w, K("stance"), a->stance);
        jw_close(w, '}');
    }
    if (a->source_len) {
        jw_span_open(w, K("source"), text, a->source_off, a->source_len);
        if (a->source_name_len && a->source_title_len) {
            /* "Senator Marco Rubio": the person, and the title kept */
            jw_span_text(w, K("name"), text + a->source_name_off,
                         a->source_name_len);
            jw_span_text(w, K("title"), text + a->source_title_off,
                         a->source_title_len);
        }
        if (a->org_len) {
            /* whom the source speaks for or belongs to: "a spokeswoman
             * for | the Port Authority", «источник в | Кремле» */
            jw_span_open(w, K("organisation"), text, a->org_off, a->org_len);
            if (a->org_actor && a->org_actor[0])
                jw_string(w, K("actor"), a->org_actor);
            jw_close(w, '}');
        }
        jw_close(w, '}');
    }
    if (a->resolved_name[0]) {
        jw_open(w, K("resolved_to"), '{');
        jw_string(w, K("name"), a->resolved_name);
        if (a->actor[0]) {
            jw_string(w, K("actor"), a->actor);
            jw_string(w, K("side"), a->side);
            jw_string(w, K("type"), a->type);
        }
        if (a->resolved_len) {
            jw_int(w, K("start"), a->resolved_off);
            jw_int(w, K("end"), a->resolved_off + a->resolved_len);
            jw_span_text(w, K("surface"), text + a->resolved_off,
                         a->resolved_len);
        }
        jw_close(w, '}');
    }
    if (a->channel_len) {
        /* whom the speaker addressed: a medium or audience, not a source */
        jw_span_open(w, K("channel"), text, a->channel_off, a->channel_len);
        jw_close(w, '}');
    }
    if (a->gender != FSC_GENDER_UNKNOWN && a->gender <= FSC_GENDER_PLURAL)
        jw_string(w, K("gender"), gender_names[a->gender]);
    jw_span_open(w, K("content"), text, a->content_off, a->content_len);
    jw_int(w, K("cp_start"), a->content_cp_off);
    jw_int(w, K("cp_end"), a->content_cp_off + a->content_cp_len);
    jw_close(w, '}');
    if (a->n_segments) {
        /* every segment: the content above, then the quotations that
         * continue it or stand inside it (mixed) */
        jw_open(w, K("contents"), '[');
        jw_span_open(w, NOKEY, text, a->content_off, a->content_len);
        jw_int(w, K("cp_start"), a->content_cp_off);
        jw_int(w, K("cp_end"), a->content_cp_off + a->content_cp_len);
        jw_close(w, '}');
        for (size_t g = 0; g < a->n_segments; g++) {
            const fsc_segment *sg = &a->segments[g];
            jw_span_open(w, NOKEY, text, sg->off, sg->len);
            jw_int(w, K("cp_start"), sg->cp_off);
            jw_int(w, K("cp_end"), sg->cp_off + sg->cp_len);
            /* a quotation, or the rest of a paraphrase around a
             * parenthetical cue ("Prices, the agency said, rose") */
            jw_bool(w, K("quoted"),
                    a->kind == FSC_ATTR_DIRECT || a->kind == FSC_ATTR_MIXED);
            jw_close(w, '}');
        }
        jw_close(w, ']');
    }
    if (a->nested)
        jw_bool(w, K("nested"), 1);
    jw_string(w, K("found_by"), source_kind_names[a->source_kind]);
    jw_num(w, K("confidence"), a->confidence);
    jw_string(w, K("rule"), a->rule);
    jw_bool(w, K("inherited"), a->inherited);
    jw_close(w, '}');
}

/* The lexicon set the row was scored with: each lexicon's name, version,
 * SHA-256 and layer, and the matching options. compare and report take
 * the set from the rows (and refuse rows of different sets), so a report
 * names the lexicons that made its numbers. */
static void lexicon_set_json(jw *w, const fsc_model *m, const fsc_score_opts *o)
{
    jw_open(w, K("lexicon_set"), '{');
    jw_open(w, K("lexicons"), '[');
    for (size_t i = 0; i < fsc_model_n_lexicons(m); i++) {
        const fsc_lexicon *lx = fsc_model_lexicon(m, i);
        jw_open(w, NOKEY, '{');
        jw_string(w, K("name"), fsc_lexicon_name(lx));
        jw_string(w, K("version"), fsc_lexicon_version(lx));
        jw_string(w, K("sha256"), fsc_lexicon_sha256(lx));
        jw_string(w, K("layer"),
                  fsc_lexicon_layer(lx) == FSC_LAYER_ATTRIBUTION ? "attribution"
                                                                 : "framing");
        jw_close(w, '}');
    }
    jw_close(w, ']');
    jw_open(w, K("options"), '{');
    jw_bool(w, K("clitics"), m->opts.clitics);
    jw_bool(w, K("ta_marbuta"), m->opts.ta_marbuta);
    jw_int(w, K("window"), m->opts.modifier_window);
    /* titles scored as their own zone, or left out (--no-title) */
    jw_bool(w, K("titles"), o->title);
    jw_close(w, '}');
    jw_close(w, '}');
}

/* Escape and quote s into the pool at *off (an offset until the pool is
 * done). */
static void prep_add(jw *w, jq *q, const char *s)
{
    size_t start = w->b->len;
    jw_str0(w, s);
    q->s = (const char *)(uintptr_t)start;
    q->n = w->b->len - start;
}

static void prep_fix(jq *q, size_t n, const char *pool)
{
    for (size_t i = 0; i < n; i++)
        q[i].s = pool + (uintptr_t)q[i].s;
}

fsc__score_prep *fsc__score_prep_new(const fsc_model *m,
                                     const fsc_score_opts *o)
{
    fsc__score_prep *pp = calloc(1, sizeof *pp);
    size_t n_cats = fsc_model_n_categories(m), n_lex = fsc_model_n_lexicons(m);
    if (!pp)
        return NULL;
    pp->m = m;
    pp->n_cats = n_cats;
    pp->voices = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    pp->cat = calloc(n_cats ? n_cats : 1, sizeof *pp->cat);
    pp->lex = calloc(n_lex ? n_lex : 1, sizeof *pp->lex);
    if (!pp->cat || !pp->lex) {
        fsc__score_prep_free(pp);
        return NULL;
    }
    fsc_buf pool;
    fsc__buf_init(&pool, 0);
    jw w;
    memset(&w, 0, sizeof w);
    w.b = &pool;
    w.st = FSC_OK;
    for (size_t c = 0; c < n_cats; c++)
        prep_add(&w, &pp->cat[c], fsc_model_category_name(m, c));
    for (size_t i = 0; i < n_lex; i++)
        prep_add(&w, &pp->lex[i], fsc_lexicon_name(fsc_model_lexicon(m, i)));
    prep_add(&w, &pp->zone[FSC_ZONE_TEXT], fsc_zone_name(FSC_ZONE_TEXT));
    prep_add(&w, &pp->zone[FSC_ZONE_TITLE], fsc_zone_name(FSC_ZONE_TITLE));
    for (size_t i = 0; i < N_ATTR_KINDS; i++)
        prep_add(&w, &pp->kind[i], attr_kind_names[i]);
    for (size_t i = 0; i < 6; i++)
        prep_add(&w, &pp->form[i], source_form_names[i]);
    for (size_t i = 0; i < 4; i++) {
        prep_add(&w, &pp->found[i], source_kind_names[i]);
        prep_add(&w, &pp->gender[i], gender_names[i]);
        prep_add(&w, &pp->flag[i], flag_names[i]);
    }
    for (size_t i = 0; i < 3; i++)
        prep_add(&w, &pp->voice[i], voice_names[i]);
    size_t start = pool.len;
    w.comma = 0;
    lexicon_set_json(&w, m, o);
    pp->lexicon_set.s = (const char *)(uintptr_t)start;
    pp->lexicon_set.n = pool.len - start;
    if (w.st != FSC_OK) {
        fsc__buf_free(&pool);
        fsc__score_prep_free(pp);
        return NULL;
    }
    fsc__buf_take(&pool, &pp->pool, NULL); /* has data: never fails */
    prep_fix(pp->cat, n_cats, pp->pool);
    prep_fix(pp->lex, n_lex, pp->pool);
    prep_fix(pp->zone, 2, pp->pool);
    prep_fix(pp->kind, N_ATTR_KINDS, pp->pool);
    prep_fix(pp->form, 6, pp->pool);
    prep_fix(pp->found, 4, pp->pool);
    prep_fix(pp->gender, 4, pp->pool);
    prep_fix(pp->flag, 4, pp->pool);
    prep_fix(pp->voice, 3, pp->pool);
    prep_fix(&pp->lexicon_set, 1, pp->pool);
    return pp;
}

void fsc__score_prep_free(fsc__score_prep *pp)
{
    if (!pp)
        return;
    free(pp->cat);
    free(pp->lex);
    free(pp->pool);
    free(pp);
}

/* match_json in one go; 0 when the checked writer must do it. */
static int match_json_fast(jw *w, const fsc_record *rec, const fsc_match *mt)
{
    const fsc__score_prep *pp = w->pp;
    const fsc_model *m = pp->m;
    const fsc_lexicon *lx = fsc_model_lexicon(m, mt->lexicon);
    const fsc_entry *e = fsc_lexicon_entry(lx, mt->entry);
    if (!e || !e->term || !mt->proclitics || !mt->enclitic ||
        (unsigned)mt->zone > FSC_ZONE_TITLE || mt->voice > FSC_VOICE_ATTRIBUTED)
        return 0;
    const char *text = fsc_record_zone_text(rec, mt->zone, NULL);
    size_t tn = strlen(e->term), pn = strlen(mt->proclitics),
           en = strlen(mt->enclitic);
    size_t need = 640 + 6 * (tn + pn + en + mt->len + mt->mod_len) +
                  pp->lex[mt->lexicon].n + mt->n_cats;
    for (size_t c = 0; c < mt->n_cats; c++) {
        if (mt->cats[c] >= pp->n_cats)
            return 0;
        need += pp->cat[mt->cats[c]].n;
    }
    char *d = jw_room(w, need);
    if (!d)
        return 0;
    if (w->comma)
        *d++ = ',';
    d = JW_LIT(d, "{\"term\":");
    d = put_s(d, e->term, tn);
    d = JW_LIT(d, ",\"lexicon\":");
    d = put_q(d, pp->lex[mt->lexicon]);
    d = JW_LIT(d, ",\"categories\":[");
    for (size_t c = 0; c < mt->n_cats; c++) {
        if (c)
            *d++ = ',';
        d = put_q(d, pp->cat[mt->cats[c]]);
    }
    d = JW_LIT(d, "],\"zone\":");
    d = put_q(d, pp->zone[mt->zone]);
    d = JW_LIT(d, ",\"start\":");
    d = put_u(d, mt->off);
    d = JW_LIT(d, ",\"end\":");
    d = put_u(d, mt->off + mt->len);
    d = JW_LIT(d, ",\"cp_start\":");
    d = put_u(d, mt->cp_off);
    d = JW_LIT(d, ",\"cp_end\":");
    d = put_u(d, mt->cp_off + mt->cp_len);
    d = JW_LIT(d, ",\"surface\":");
    d = put_s(d, text + mt->off, mt->len);
    d = JW_LIT(d, ",\"sentence\":");
    d = put_u(d, mt->sentence);
    d = JW_LIT(d, ",\"proclitics\":");
    d = put_s(d, mt->proclitics, pn);
    d = JW_LIT(d, ",\"enclitic\":");
    d = put_s(d, mt->enclitic, en);
    if (mt->flags & FSC_MATCH_NEGATED)
        d = JW_LIT(d, ",\"negated\":true,\"weight\":");
    else
        d = JW_LIT(d, ",\"negated\":false,\"weight\":");
    d = put_num(w, d, e->weight);
    if (mt->detached)
        d = JW_LIT(d, ",\"detached_clitic\":true");
    if (mt->layer == FSC_LAYER_ATTRIBUTION)
        d = JW_LIT(d, ",\"layer\":\"attribution\"");
    if (mt->layer == FSC_LAYER_FRAMING && pp->voices) {
        d = JW_LIT(d, ",\"voice\":");
        d = put_q(d, pp->voice[mt->voice]);
        if (mt->attribution >= 0) {
            d = JW_LIT(d, ",\"attribution\":");
            d = put_u(d, (unsigned long long)mt->attribution);
        }
    }
    if (mt->flags) {
        d = JW_LIT(d, ",\"modifiers\":[");
        int first = 1;
        for (unsigned b = 0; b < 4; b++)
            if (mt->flags & (1u << b)) {
                if (!first)
                    *d++ = ',';
                d = put_q(d, pp->flag[b]);
                first = 0;
            }
        *d++ = ']';
        if (mt->mod_len) {
            d = JW_LIT(d, ",\"modifier\":");
            d = put_s(d, text + mt->mod_off, mt->mod_len);
        }
    }
    if (mt->out_of_scope)
        d = JW_LIT(d, ",\"out_of_scope\":true");
    if (mt->n_competing) {
        d = JW_LIT(d, ",\"competing\":");
        d = put_u(d, mt->n_competing);
    }
    *d++ = '}';
    jw_done(w, d);
    return 1;
}

static void match_json(jw *w, const fsc_model *m, const fsc_record *rec,
                       const fsc_match *mt)
{
    if (w->pp && match_json_fast(w, rec, mt))
        return;
    const char *text = fsc_record_zone_text(rec, mt->zone, NULL);
    const fsc_lexicon *lx = fsc_model_lexicon(m, mt->lexicon);
    const fsc_entry *e = fsc_lexicon_entry(lx, mt->entry);
    jw_open(w, NOKEY, '{');
    jw_string(w, K("term"), e->term);
    jw_string(w, K("lexicon"), fsc_lexicon_name(lx));
    jw_open(w, K("categories"), '[');
    for (size_t c = 0; c < mt->n_cats; c++)
        jw_string(w, NOKEY, fsc_model_category_name(m, mt->cats[c]));
    jw_close(w, ']');
    jw_string(w, K("zone"), fsc_zone_name(mt->zone));
    jw_int(w, K("start"), mt->off);
    jw_int(w, K("end"), mt->off + mt->len);
    jw_int(w, K("cp_start"), mt->cp_off);
    jw_int(w, K("cp_end"), mt->cp_off + mt->cp_len);
    jw_span_text(w, K("surface"), text + mt->off, mt->len);
    jw_int(w, K("sentence"), mt->sentence);
    jw_string(w, K("proclitics"), mt->proclitics);
    jw_string(w, K("enclitic"), mt->enclitic);
    jw_bool(w, K("negated"), (mt->flags & FSC_MATCH_NEGATED) != 0);
    jw_num(w, K("weight"), e->weight);
    if (mt->detached)
        jw_bool(w, K("detached_clitic"), 1);
    if (mt->layer == FSC_LAYER_ATTRIBUTION)
        jw_string(w, K("layer"), "attribution");
    if (mt->layer == FSC_LAYER_FRAMING &&
        fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION)) {
        jw_string(w, K("voice"), voice_names[mt->voice]);
        if (mt->attribution >= 0)
            jw_int(w, K("attribution"), (unsigned long long)mt->attribution);
    }
    if (mt->flags) {
        jw_open(w, K("modifiers"), '[');
        for (unsigned b = 0; b < 4; b++)
            if (mt->flags & (1u << b))
                jw_string(w, NOKEY, flag_names[b]);
        jw_close(w, ']');
        if (mt->mod_len)
            jw_span_text(w, K("modifier"), text + mt->mod_off, mt->mod_len);
    }
    if (mt->out_of_scope)
        jw_bool(w, K("out_of_scope"), 1);
    if (mt->n_competing)
        jw_int(w, K("competing"), mt->n_competing);
    jw_close(w, '}');
}

/* "scope": per scoped lexicon, whether the article is in its scope, the
 * anchors found and (window paragraph) how many paragraphs are in it. */
static void scope_json(jw *w, const fsc_model *m, const fsc_result *res)
{
    jw_open(w, K("scope"), '{');
    for (size_t li = 0; li < fsc_model_n_lexicons(m); li++) {
        const fsc_lexicon *lx = fsc_model_lexicon(m, li);
        const fsc_topic_scope *sc = fsc_lexicon_scope(lx);
        if (!sc)
            continue;
        const fsc_scope_state *ss = fsc_result_scope(res, li);
        jw_open_key(w, fsc_lexicon_name(lx), '{');
        jw_bool(w, K("in_scope"), ss->in_scope);
        jw_int(w, K("anchors"), ss->anchors);
        if (sc->window == FSC_WINDOW_PARAGRAPH) {
            jw_int(w, K("paragraphs"), ss->windows);
            jw_int(w, K("paragraphs_in_scope"), ss->windows_in_scope);
        }
        /* The distinct anchors found, in order of first appearance. */
        jw_open(w, K("anchor_terms"), '[');
        size_t n = fsc_result_n_anchors(res);
        for (size_t i = 0; i < n; i++) {
            const fsc_anchor *a = fsc_result_anchor(res, i);
            if (a->lexicon != li)
                continue;
            size_t k = 0;
            while (k < i && !(fsc_result_anchor(res, k)->lexicon == li &&
                              fsc_result_anchor(res, k)->anchor == a->anchor))
                k++;
            if (k == i)
                jw_string(w, NOKEY, sc->anchors[a->anchor]);
        }
        jw_close(w, ']');
        jw_close(w, '}');
    }
    jw_close(w, '}');
}

/* A category's object in "categories" in one go (as the checked writes in
 * score_json write it); 0 when they must. */
static int category_json_fast(jw *w, const fsc_result *res, size_t c,
                              const fsc_catscore *cs, size_t tokens, int voices)
{
    const fsc__score_prep *pp = w->pp;
    char *d = jw_room(w, pp->cat[c].n + 640);
    if (!d)
        return 0;
    if (w->comma)
        *d++ = ',';
    d = put_q(d, pp->cat[c]);
    d = JW_LIT(d, ":{\"count\":");
    d = put_u(d, cs->count);
    d = JW_LIT(d, ",\"negated\":");
    d = put_u(d, cs->negated);
    if (fsc__score_cat_scoped(pp->m, c)) {
        d = JW_LIT(d, ",\"out_of_scope\":");
        d = put_u(d, cs->out_of_scope);
    }
    d = JW_LIT(d, ",\"rate\":");
    d = put_num(w, d, rate(cs->count, (double)tokens));
    d = JW_LIT(d, ",\"weighted\":");
    d = put_num(w, d, cs->weighted);
    d = JW_LIT(d, ",\"title_count\":");
    d = put_u(d, fsc_result_title_category(res, c)->count);
    if (voices) {
        d = JW_LIT(d, ",\"voice\":{\"authorial\":");
        d = put_u(d, cs->voice[FSC_VOICE_AUTHORIAL]);
        d = JW_LIT(d, ",\"quoted\":");
        d = put_u(d, cs->voice[FSC_VOICE_QUOTED]);
        d = JW_LIT(d, ",\"attributed\":");
        d = put_u(d, cs->voice[FSC_VOICE_ATTRIBUTED]);
        d = JW_LIT(d, "},\"voice_rate\":{\"authorial\":");
        d = put_num(
            w, d,
            rate(cs->voice[FSC_VOICE_AUTHORIAL],
                 (double)fsc_result_voice_tokens(res, FSC_VOICE_AUTHORIAL)));
        d = JW_LIT(d, ",\"quoted\":");
        d = put_num(
            w, d,
            rate(cs->voice[FSC_VOICE_QUOTED],
                 (double)fsc_result_voice_tokens(res, FSC_VOICE_QUOTED)));
        d = JW_LIT(d, ",\"attributed\":");
        d = put_num(
            w, d,
            rate(cs->voice[FSC_VOICE_ATTRIBUTED],
                 (double)fsc_result_voice_tokens(res, FSC_VOICE_ATTRIBUTED)));
        *d++ = '}';
    }
    *d++ = '}';
    jw_done(w, d);
    return 1;
}

/* The "framescope" member of a row. */
static void score_json(jw *w, const fsc_model *m, const fsc_score_opts *opt,
                       const fsc_record *rec, const fsc_result *res)
{
    jw_open(w, K("framescope"), '{');
    if (!res) {
        jw_string(w, K("status"), "skipped");
        jw_string(w, K("reason"), nz(fsc_record_skip_reason(rec)));
        jw_string(w, K("source"), nz(fsc_record_source(rec)));
        jw_int(w, K("line"), (unsigned long long)fsc_record_line(rec));
        jw_close(w, '}');
        return;
    }
    int detected = 0;
    const char *lang = fsc_result_lang(res, &detected);
    int voices = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    size_t tokens = fsc_result_n_tokens(res);
    jw_string(w, K("status"), "scored");
    if (w->pp) {
        jw_sep(w);
        jw_raw(w, w->pp->lexicon_set.s, w->pp->lexicon_set.n);
        w->comma = 1;
    } else {
        lexicon_set_json(w, m, opt);
    }
    jw_string(w, K("lang"), lang);
    jw_bool(w, K("lang_detected"), detected);
    jw_int(w, K("tokens"), tokens);
    jw_int(w, K("sentences"), fsc_result_n_sentences(res));
    jw_int(w, K("bytes"), fsc_result_n_bytes(res));
    jw_int(w, K("matches_total"), fsc_result_n_matches(res));
    /* The article's figures, computed once by the library (profile.c). */
    fsc_profile fp;
    if (fsc_profile_compute(m, res, &fp, NULL) != FSC_OK) {
        if (w->st == FSC_OK)
            w->st = FSC_ENOMEM;
        return;
    }
    /* framing only: attribution cues and actors are another layer */
    jw_int(w, K("framing_matches"), fp.framing_matches);
    jw_int(w, K("framing_negated"), fp.framing_negated);
    /* The title zone: whether it was scored ("scored", "none", "in_text",
     * "off"), and its share of tokens and framing matches above. */
    jw_string(w, K("title_status"),
              fsc_title_status_name(fsc_result_title_status(res)));
    jw_int(w, K("title_tokens"), fsc_result_zone_tokens(res, FSC_ZONE_TITLE));
    jw_int(w, K("title_matches"),
           fsc_result_zone_framing(res, FSC_ZONE_TITLE, NULL));
    if (fsc__score_model_scoped(m))
        scope_json(w, m, res);
    jw_open(w, K("categories"), '{');
    for (size_t c = 0; c < fsc_model_n_categories(m); c++) {
        const fsc_catscore *cs = fsc_result_category(res, c);
        if (!cs->count && !cs->negated && !cs->out_of_scope)
            continue; /* rows are sparse: absent means zero */
        if (w->pp && category_json_fast(w, res, c, cs, tokens, voices))
            continue;
        jw_open_key(w, fsc_model_category_name(m, c), '{');
        jw_int(w, K("count"), cs->count);
        jw_int(w, K("negated"), cs->negated);
        if (fsc__score_cat_scoped(m, c))
            jw_int(w, K("out_of_scope"), cs->out_of_scope);
        jw_num(w, K("rate"), rate(cs->count, (double)tokens));
        jw_num(w, K("weighted"), cs->weighted);
        jw_int(w, K("title_count"), fsc_result_title_category(res, c)->count);
        if (voices) {
            /* Counts by voice, and rates per 1,000 tokens written in that
             * voice (how dense the framing is in the outlet's own words). */
            jw_open(w, K("voice"), '{');
            for (unsigned v = 0; v < 3; v++)
                jw_int(w, voice_keys[v], cs->voice[v]);
            jw_close(w, '}');
            jw_open(w, K("voice_rate"), '{');
            for (unsigned v = 0; v < 3; v++)
                jw_num(w, voice_keys[v],
                       rate(cs->voice[v], (double)fsc_result_voice_tokens(
                                              res, (fsc_voice)v)));
            jw_close(w, '}');
        }
        jw_close(w, '}');
    }
    jw_close(w, '}');
    if (voices) {
        jw_open(w, K("voice_tokens"), '{');
        for (unsigned v = 0; v < 3; v++)
            jw_int(w, voice_keys[v],
                   fsc_result_voice_tokens(res, (fsc_voice)v));
        jw_close(w, '}');
        profile_json(w, &fp);
        jw_open(w, K("attributions"), '[');
        for (size_t i = 0; i < fsc_result_n_attributions(res); i++)
            attribution_json(w, rec, fsc_result_attribution(res, i));
        jw_close(w, ']');
    }
    if (opt->matches) {
        jw_open(w, K("matches"), '[');
        for (size_t i = 0; i < fsc_result_n_matches(res); i++)
            match_json(w, m, rec, fsc_result_match(res, i));
        jw_close(w, ']');
    }
    jw_close(w, '}');
}

/* One metadata value: strings by the writer, anything else by cJSON. */
static void meta_value(jw *w, cJSON *it)
{
    if (cJSON_IsString(it) && it->valuestring) {
        jw_str0(w, it->valuestring);
        w->comma = 1;
        return;
    }
    char small[256];
    if (cJSON_PrintPreallocated(it, small, (int)sizeof small, 0)) {
        jw_raw(w, small, strlen(small));
    } else {
        char *txt = cJSON_PrintUnformatted(it);
        if (!txt) {
            if (w->st == FSC_OK)
                w->st = FSC_ENOMEM;
            return;
        }
        jw_raw(w, txt, strlen(txt));
        cJSON_free(txt);
    }
    w->comma = 1;
}

/* The record's metadata (input order, id first) plus "framescope". */
static void record_json(jw *w, const fsc_model *m, const fsc_score_opts *opt,
                        const fsc_record *rec, const fsc_result *res)
{
    cJSON *meta = cJSON_Parse(fsc_record_meta_json(rec));
    jw_open(w, NOKEY, '{');
    jw_string(w, K("id"), nz(fsc_record_field(rec, "id")));
    if (cJSON_IsObject(meta)) {
        for (cJSON *it = meta->child; it && w->st == FSC_OK; it = it->next) {
            if (strcmp(it->string, "id") == 0 ||
                strcmp(it->string, "framescope") == 0)
                continue;
            jw_key(w, it->string);
            meta_value(w, it);
        }
    }
    cJSON_Delete(meta);
    if (opt->keep_text && res) {
        size_t len = 0;
        const char *t = fsc_record_text(rec, &len);
        jw_span_text(w, K("text"), t, len);
    }
    score_json(w, m, opt, rec, res);
    jw_close(w, '}');
}

fsc_status fsc__score_render_append(const fsc_model *m, const fsc_score_opts *o,
                                    const fsc__score_prep *pp, size_t index,
                                    const fsc_record *rec,
                                    const fsc_result *res, fsc_buf *b,
                                    fsc_error *err)
{
    size_t start = b->len;
    fsc_status st = FSC_OK;
    switch (o->format) {
    case FSC_SCORE_JSONL:
    case FSC_SCORE_JSON: {
        if (o->format == FSC_SCORE_JSON && index > 0)
            st = fsc__buf_adds(b, ",\n");
        jw w;
        w.b = b;
        w.st = st;
        w.comma = 0;
        w.pp = pp;
        memset(w.num_bits, 0, sizeof w.num_bits);
        record_json(&w, m, o, rec, res);
        if (w.st == FSC_OK && o->format == FSC_SCORE_JSONL)
            w.st = fsc__buf_addc(b, '\n');
        if (w.st == FSC_ENOMEM) {
            b->len = start;
            if (b->data)
                b->data[start] = '\0';
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
        st = w.st;
        break;
    }
    case FSC_SCORE_CSV:
        st = fsc__score_csv_rows(m, rec, res, b);
        break;
    case FSC_SCORE_WIDE:
        st = fsc__score_wide_row(m, o, rec, res, b);
        break;
    case FSC_SCORE_TABLE:
        /* Ids, reasons and source names come from the input: inert for
           the terminal. */
        st = fsc__score_table_row(m, rec, res, b);
        if (st == FSC_OK)
            st = fsc__term_sanitize(b, start);
        break;
    }
    if (st != FSC_OK) {
        b->len = start;
        if (b->data)
            b->data[start] = '\0';
        return fsc__fail(err, st, "cannot render output: %s", fsc_strerror(st));
    }
    return FSC_OK;
}

fsc_status fsc_score_render_record(const fsc_model *m, const fsc_score_opts *o,
                                   size_t index, const fsc_record *rec,
                                   const fsc_result *res, char **out,
                                   size_t *len, fsc_error *err)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    *out = NULL;
    *len = 0;
    fsc_status st =
        fsc__score_render_append(m, o, NULL, index, rec, res, &b, err);
    if (st != FSC_OK) {
        fsc__buf_free(&b);
        return st;
    }
    return fsc__buf_take(&b, out, len);
}
