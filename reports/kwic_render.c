/*
 * kwic_render.c - keyword-in-context lines: selecting framing matches by
 * term pattern or category, cutting contexts at code point boundaries, and
 * rendering them as aligned text, CSV or HTML.
 *
 * Everything that comes from an article or a lexicon goes through put(),
 * which makes controls and bidi controls visible, so the only bidi controls
 * in the output are our own FSI/PDI isolates and HTML holds no raw markup.
 */
#include "buf.h"
#include "format.h"
#include "framescope/kwic.h"
#include "framescope/lexicon.h"
#include "framescope/score.h"
#include "internal.h"
#include "utf8.h"
#include "text.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define FSI "\xE2\x81\xA8" /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\xE2\x81\xA9" /* U+2069 POP DIRECTIONAL ISOLATE */

void fsc_kwic_opts_init(fsc_kwic_opts *o)
{
    memset(o, 0, sizeof *o);
    o->window = 40;
    o->voice = -1;
}

struct fsc_kwic {
    const fsc_model *m;     /* borrowed */
    fsc_kwic_opts o;        /* term and category point into own copies */
    char *term, *category;  /* owned copies of the selection */
    long cat;               /* model category index, -1: any */
    char *key;              /* folded term pattern without its '*' */
    size_t key_len;         /* bytes in key */
    int prefix;             /* the pattern ended in '*' */
    fsc__folder *folder;    /* folds entry terms for comparison */
    fsc_buf scratch;        /* folded entry term */
    fsc_kwic_line *lines;   /* n lines, strings owned */
    size_t n, cap;          /* used and allocated lines */
};

static const char *const voice_names[] = { "authorial", "quoted",
                                           "attributed" };

/* ---- escaping ------------------------------------------------------------ */

/* Decode one code point; -1 for an invalid sequence (then *n = 1). */
static long decode(const unsigned char *s, size_t len, size_t *n)
{
    return fsc__utf8_decode_checked((const char *)s, len, n);
}

/* Bidi embeddings, overrides, isolates and marks: never passed through. */
static int is_bidi_control(long cp)
{
    return cp == 0x061C || cp == 0x200E || cp == 0x200F ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

static int is_rtl(long cp)
{
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF) ||
           (cp >= 0x10800 && cp <= 0x10FFF) ||
           (cp >= 0x1E800 && cp <= 0x1EFFF);
}

/* Columns a code point takes (as show_render.c counts them). */
static size_t cp_width(long cp)
{
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0489) ||
        (cp >= 0x0591 && cp <= 0x05BD) || (cp >= 0x0610 && cp <= 0x061A) ||
        (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
        (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
        (cp >= 0x06E7 && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06ED) ||
        (cp >= 0x200B && cp <= 0x200D) || (cp >= 0x2060 && cp <= 0x2065) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Nonzero when s[0..len) holds a right-to-left letter. */
static int has_rtl(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        size_t n;
        if (is_rtl(decode(u + i, len - i, &n)))
            return 1;
        i += n;
    }
    return 0;
}

/* Append s[0..len) made inert, on one line: LF, CR, TAB, NEL, U+2028 and
 * U+2029 become a space (CR LF one space), other C0 controls control
 * pictures (␛), DEL ␡, C1 and bidi controls \u{XX}, invalid bytes \x{XX};
 * html: also & < > " ' as entities. b may be NULL (measuring only).
 * *width (may be NULL) gets the display columns. */
static fsc_status put(fsc_buf *b, const char *s, size_t len, int html,
                      size_t *width)
{
    const unsigned char *u = (const unsigned char *)s;
    fsc_status st = FSC_OK;
    size_t w = 0;
    char tmp[24];
    for (size_t i = 0; i < len && st == FSC_OK;) {
        size_t n;
        long cp = decode(u + i, len - i, &n);
        const char *rep = NULL;
        size_t rep_w = 0;
        if (cp < 0) {
            snprintf(tmp, sizeof tmp, "\\x{%02X}", (unsigned)u[i]);
            rep = tmp;
            rep_w = strlen(tmp);
        } else if (cp == '\r' && i + 1 < len && u[i + 1] == '\n') {
            rep = "";
        } else if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x85 ||
                   cp == 0x2028 || cp == 0x2029) {
            rep = " ";
            rep_w = 1;
        } else if (cp < 0x20) {
            tmp[0] = (char)0xE2; /* U+2400 + c: ␀ … ␟ */
            tmp[1] = (char)0x90;
            tmp[2] = (char)(0x80 + cp);
            tmp[3] = '\0';
            rep = tmp;
            rep_w = 1;
        } else if (cp == 0x7F) {
            rep = "\xE2\x90\xA1"; /* ␡ */
            rep_w = 1;
        } else if ((cp >= 0x80 && cp <= 0x9F) || is_bidi_control(cp)) {
            snprintf(tmp, sizeof tmp, "\\u{%lX}", (unsigned long)cp);
            rep = tmp;
            rep_w = strlen(tmp);
        } else if (html && cp == '&') {
            rep = "&amp;";
            rep_w = 1;
        } else if (html && cp == '<') {
            rep = "&lt;";
            rep_w = 1;
        } else if (html && cp == '>') {
            rep = "&gt;";
            rep_w = 1;
        } else if (html && cp == '"') {
            rep = "&quot;";
            rep_w = 1;
        } else if (html && cp == '\'') {
            rep = "&#39;";
            rep_w = 1;
        }
        if (rep) {
            if (b)
                st = fsc__buf_adds(b, rep);
            w += rep_w;
        } else {
            if (b)
                st = fsc__buf_add(b, s + i, n);
            w += cp_width(cp);
        }
        i += n;
    }
    if (width)
        *width = w;
    return st;
}

static fsc_status puts_(fsc_buf *b, const char *s, int html, size_t *width)
{
    return put(b, s ? s : "", s ? strlen(s) : 0, html, width);
}

static size_t width_of(const char *s, size_t len)
{
    size_t w = 0;
    (void)put(NULL, s, len, 0, &w);
    return w;
}

static fsc_status pad(fsc_buf *b, size_t n)
{
    fsc_status st = FSC_OK;
    while (n-- && st == FSC_OK)
        st = fsc__buf_addc(b, ' ');
    return st;
}

/* ---- the set ------------------------------------------------------------- */

static char *memdup(const char *s, size_t len)
{
    char *p = malloc(len + 1);
    if (p) {
        if (len)
            memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

static void line_free(fsc_kwic_line *l)
{
    free((char *)(uintptr_t)l->id);
    free((char *)(uintptr_t)l->outlet);
    free((char *)(uintptr_t)l->date);
    free((char *)(uintptr_t)l->lang);
    free((char *)(uintptr_t)l->term);
    free((char *)(uintptr_t)l->left);
    free((char *)(uintptr_t)l->match);
    free((char *)(uintptr_t)l->right);
    free((char *)(uintptr_t)l->source);
}

void fsc_kwic_free(fsc_kwic *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->n; i++)
        line_free(&k->lines[i]);
    free(k->lines);
    free(k->term);
    free(k->category);
    free(k->key);
    fsc__folder_free(k->folder);
    fsc__buf_free(&k->scratch);
    free(k);
}

fsc_status fsc_kwic_new(const fsc_model *m, const fsc_kwic_opts *opts,
                        fsc_kwic **out, fsc_error *err)
{
    if (out)
        *out = NULL;
    if (!m || !out)
        return fsc__fail(err, FSC_EINVAL, "fsc_kwic_new: NULL argument");
    fsc_kwic_opts def;
    fsc_kwic_opts_init(&def);
    const fsc_kwic_opts *o = opts ? opts : &def;
    if (!o->term == !o->category)
        return fsc__fail(err, FSC_EINVAL,
                         "give a term pattern or a category (one of them)");
    if (o->term && (!*o->term || strcmp(o->term, "*") == 0))
        return fsc__fail(err, FSC_EINVAL, "empty term pattern");
    if (o->voice < -1 || o->voice > FSC_VOICE_ATTRIBUTED)
        return fsc__fail(err, FSC_EINVAL, "unknown voice %d", o->voice);
    long cat = -1;
    if (o->category) {
        cat = fsc_model_find_category(m, o->category);
        if (cat < 0)
            return fsc__fail(err, FSC_EINVAL,
                             "unknown or ambiguous category \"%s\" (use "
                             "LEXICON:ID)",
                             o->category);
    }
    fsc_kwic *k = calloc(1, sizeof *k);
    if (!k)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    fsc__buf_init(&k->scratch, FSC_BUF_DEFAULT_CAP);
    k->m = m;
    k->o = *o;
    k->cat = cat;
    fsc_status st = FSC_OK;
    if (o->category && !(k->category = fsc__strdup(o->category)))
        goto nomem;
    k->o.category = k->category;
    if (o->term) {
        if (!(k->term = fsc__strdup(o->term)))
            goto nomem;
        k->o.term = k->term;
        size_t tl = strlen(o->term);
        k->prefix = o->term[tl - 1] == '*';
        fsc__fold_opts fo = { 0 };
        st = fsc__folder_new(&fo, &k->folder, err);
        if (st != FSC_OK)
            goto fail;
        fsc_buf kb;
        fsc__buf_init(&kb, FSC_BUF_DEFAULT_CAP);
        st = fsc__fold(k->folder, o->term, tl - (size_t)k->prefix, &kb, NULL,
                       err);
        if (st == FSC_OK)
            st = fsc__buf_take(&kb, &k->key, &k->key_len);
        fsc__buf_free(&kb);
        if (st != FSC_OK)
            goto fail;
    }
    *out = k;
    return FSC_OK;
nomem:
    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
fail:
    fsc_kwic_free(k);
    return st;
}

size_t fsc_kwic_n_lines(const fsc_kwic *k)
{
    return k ? k->n : 0;
}

const fsc_kwic_line *fsc_kwic_line_at(const fsc_kwic *k, size_t i)
{
    return k && i < k->n ? &k->lines[i] : NULL;
}

/* Does match mt pass the selection? */
static fsc_status selected(fsc_kwic *k, const fsc_match *mt,
                           const fsc_entry *e, int *yes, fsc_error *err)
{
    *yes = 0;
    if (mt->layer != FSC_LAYER_FRAMING || !e || e->role != FSC_ROLE_TERM ||
        mt->n_cats == 0)
        return FSC_OK;
    if (k->o.voice >= 0 && (int)mt->voice != k->o.voice)
        return FSC_OK;
    if (k->cat >= 0) {
        for (size_t i = 0; i < mt->n_cats; i++)
            if (mt->cats[i] == (uint32_t)k->cat)
                *yes = 1;
        return FSC_OK;
    }
    fsc__buf_reset(&k->scratch);
    fsc_status st = fsc__fold(k->folder, e->term, strlen(e->term),
                              &k->scratch, NULL, err);
    if (st != FSC_OK)
        return st;
    const char *t = k->scratch.data ? k->scratch.data : "";
    size_t tl = k->scratch.len;
    if (k->prefix)
        *yes = tl >= k->key_len && memcmp(t, k->key, k->key_len) == 0;
    else
        *yes = tl == k->key_len && memcmp(t, k->key, k->key_len) == 0;
    return FSC_OK;
}

static const char *source_of(const fsc_result *res, const fsc_match *mt)
{
    if (mt->attribution < 0)
        return "";
    const fsc_attribution *a =
        fsc_result_attribution(res, (size_t)mt->attribution);
    if (!a)
        return "";
    switch (a->source_kind) {
    case FSC_SOURCE_ACTOR:
        return a->actor ? a->actor : "";
    case FSC_SOURCE_ANONYMOUS:
        return "anonymous";
    case FSC_SOURCE_UNRESOLVED:
        return "unresolved";
    case FSC_SOURCE_NAMED:
        return a->actor_name ? a->actor_name : "";
    }
    return "";
}

static const char *source_kind_of(const fsc_result *res, const fsc_match *mt)
{
    static const char *const forms[] = { "named",   "nominal",   "pronoun",
                                         "dropped", "anonymous", "unresolved" };
    if (mt->attribution < 0)
        return "";
    const fsc_attribution *a =
        fsc_result_attribution(res, (size_t)mt->attribution);
    if (!a || (unsigned)a->source_form >= sizeof forms / sizeof *forms)
        return "";
    return forms[a->source_form];
}

static int is_cont(unsigned char c)
{
    return (c & 0xC0u) == 0x80u;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

/* A letter, digit or mark of a word: ASCII letters and digits, and any
 * other code point but spaces and punctuation (Latin-1 and general
 * punctuation, Arabic comma, semicolon, question and full stop, CJK
 * punctuation). */
static int is_word_cp(long cp)
{
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
               (cp >= 'A' && cp <= 'Z') || cp == '_';
    if (cp <= 0xBF || cp == 0xD7 || cp == 0xF7)
        return 0;
    if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4 ||
        cp == 0x066A || cp == 0x066B || cp == 0x066C || cp == 0x066D)
        return 0;
    if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
        cp == 0xFEFF)
        return 0;
    return 1;
}

/* Is byte position p of u[0..len) inside a word (word characters on both
 * sides)? p must start a code point. */
static int inside_word(const unsigned char *u, size_t len, size_t p)
{
    if (p == 0 || p >= len)
        return 0;
    size_t q = p - 1, n;
    while (q > 0 && is_cont(u[q]))
        q--;
    return is_word_cp(decode(u + q, len - q, &n)) &&
           is_word_cp(decode(u + p, len - p, &n));
}

static char *field_dup(const fsc_record *rec, const char *name)
{
    const char *v = fsc_record_field(rec, name);
    return fsc__strdup(v ? v : "");
}

fsc_status fsc_kwic_add(fsc_kwic *k, const fsc_record *rec,
                        const fsc_result *res, size_t *n_added,
                        fsc_error *err)
{
    if (n_added)
        *n_added = 0;
    if (!k || !rec || !res)
        return fsc__fail(err, FSC_EINVAL, "fsc_kwic_add: NULL argument");
    if (fsc_record_skipped(rec))
        return fsc__fail(err, FSC_EINVAL, "fsc_kwic_add: skipped record");
    const char *lang = fsc_result_lang(res, NULL);
    for (size_t i = 0; i < fsc_result_n_matches(res); i++) {
        const fsc_match *mt = fsc_result_match(res, i);
        size_t tlen = 0;
        const char *text = fsc_record_zone_text(rec, mt->zone, &tlen);
        const unsigned char *u = (const unsigned char *)text;
        const fsc_lexicon *lx = fsc_model_lexicon(k->m, mt->lexicon);
        const fsc_entry *e = lx ? fsc_lexicon_entry(lx, mt->entry) : NULL;
        int yes = 0;
        fsc_status st = selected(k, mt, e, &yes, err);
        if (st != FSC_OK)
            return st;
        if (!yes || mt->off + mt->len > tlen)
            continue;
        /* Step back and forward whole code points: never cut a sequence. */
        size_t a = mt->off, z = mt->off + mt->len;
        for (unsigned c = 0; c < k->o.window && a > 0; c++) {
            a--;
            while (a > 0 && is_cont(u[a]))
                a--;
        }
        for (unsigned c = 0; c < k->o.window && z < tlen; c++) {
            z++;
            while (z < tlen && is_cont(u[z]))
                z++;
        }
        /* Word boundaries: a context that would begin or end inside a word
         * begins after / ends before it when a boundary lies inside the
         * window (a window without one keeps its code point cut). */
        if (inside_word(u, tlen, a)) {
            size_t s = a;
            while (s < mt->off && inside_word(u, tlen, s)) {
                s++;
                while (s < mt->off && is_cont(u[s]))
                    s++;
            }
            if (s < mt->off) {
                while (s < mt->off && is_space(u[s]))
                    s++;
                a = s;
            }
        }
        size_t m_end = mt->off + mt->len;
        if (inside_word(u, tlen, z)) {
            size_t s = z;
            while (s > m_end && inside_word(u, tlen, s)) {
                s--;
                while (s > m_end && is_cont(u[s]))
                    s--;
            }
            if (s > m_end) {
                while (s > m_end && is_space(u[s - 1]))
                    s--;
                z = s;
            }
        }
        if (k->n == k->cap) {
            size_t nc = k->cap ? 2 * k->cap : 64;
            fsc_kwic_line *nl = realloc(k->lines, nc * sizeof *nl);
            if (!nl)
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            k->lines = nl;
            k->cap = nc;
        }
        fsc_kwic_line *l = &k->lines[k->n];
        memset(l, 0, sizeof *l);
        l->id = field_dup(rec, "id");
        l->outlet = field_dup(rec, "outlet");
        l->date = field_dup(rec, "date");
        l->lang = fsc__strdup(lang ? lang : "");
        l->term = fsc__strdup(e->term);
        l->left = memdup(text + a, mt->off - a);
        l->left_len = mt->off - a;
        l->match = memdup(text + mt->off, mt->len);
        l->match_len = mt->len;
        l->right = memdup(text + mt->off + mt->len, z - mt->off - mt->len);
        l->right_len = z - mt->off - mt->len;
        l->voice = voice_names[mt->voice <= FSC_VOICE_ATTRIBUTED ? mt->voice
                                                                 : 0];
        l->source = fsc__strdup(source_of(res, mt));
        l->source_kind = source_kind_of(res, mt); /* static */
        l->negated = (mt->flags & FSC_MATCH_NEGATED) != 0;
        l->distanced = (mt->flags & FSC_MATCH_DISTANCED) != 0;
        l->start = mt->off;
        l->end = mt->off + mt->len;
        l->cp_start = mt->cp_off;
        l->cp_end = mt->cp_off + mt->cp_len;
        l->zone = fsc_zone_name(mt->zone); /* static */
        if (!l->id || !l->outlet || !l->date || !l->lang || !l->term ||
            !l->left || !l->match || !l->right || !l->source) {
            line_free(l);
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
        k->n++;
        if (n_added)
            ++*n_added;
    }
    return FSC_OK;
}

/* ---- rendering ----------------------------------------------------------- */

/* Flags of a line: "title" for a match in the title, then the
 * modifiers; "-" for none. */
static const char *flags_of(const fsc_kwic_line *l)
{
    static const char *const f[2][4] = {
        { "-", "negated", "distanced", "negated,distanced" },
        { "title", "title,negated", "title,distanced",
          "title,negated,distanced" }
    };
    int t = l->zone && strcmp(l->zone, "title") == 0;
    return f[t][(l->negated ? 1 : 0) + (l->distanced ? 2 : 0)];
}

static int line_rtl(const fsc_kwic_line *l)
{
    return has_rtl(l->left, l->left_len) || has_rtl(l->match, l->match_len) ||
           has_rtl(l->right, l->right_len);
}

static size_t max_sz(size_t a, size_t b)
{
    return a > b ? a : b;
}

/* One metadata cell: isolated when it holds RTL letters, padded to w
 * columns unless it is the last. */
static fsc_status text_cell(fsc_buf *b, const char *s, size_t w, int last)
{
    size_t len = strlen(s), cw = 0;
    int iso = has_rtl(s, len);
    fsc_status st = iso ? fsc__buf_adds(b, FSI) : FSC_OK;
    if (st == FSC_OK)
        st = put(b, s, len, 0, &cw);
    if (st == FSC_OK && iso)
        st = fsc__buf_adds(b, PDI);
    if (st == FSC_OK && !last)
        st = pad(b, (w > cw ? w - cw : 0) + 2);
    return st;
}

static fsc_status render_text(const fsc_kwic *k, fsc_buf *b)
{
    /* Column widths: contexts at least `window`, metadata its widest. */
    size_t wl = max_sz(k->o.window, 4), wm = 5, wr = max_sz(k->o.window, 5),
           wid = 2, wout = 6, wv = 5, ws = 6, wk = 11;
    for (size_t i = 0; i < k->n; i++) {
        const fsc_kwic_line *l = &k->lines[i];
        wl = max_sz(wl, width_of(l->left, l->left_len));
        wm = max_sz(wm, width_of(l->match, l->match_len));
        wr = max_sz(wr, width_of(l->right, l->right_len));
        wid = max_sz(wid, width_of(l->id, strlen(l->id)));
        wout = max_sz(wout, width_of(l->outlet, strlen(l->outlet)));
        wv = max_sz(wv, strlen(l->voice));
        ws = max_sz(ws, width_of(l->source, strlen(l->source)));
        wk = max_sz(wk, strlen(l->source_kind));
    }
    fsc_status st = pad(b, wl - 4);
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "left  %-*s  %-*s  %-*s  %-*s  %-*s  %-*s  "
                                "%-*s  flags\n",
                             (int)wm, "match", (int)wr, "right", (int)wid,
                             "id", (int)wout, "outlet", (int)wv, "voice",
                             (int)ws, "source", (int)wk, "source_kind");
    for (size_t i = 0; i < k->n && st == FSC_OK; i++) {
        const fsc_kwic_line *l = &k->lines[i];
        int rtl = line_rtl(l);
        const char *o = rtl ? FSI : "", *c = rtl ? PDI : "";
        size_t w = width_of(l->left, l->left_len);
        st = pad(b, wl - w);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, o);
        if (st == FSC_OK)
            st = put(b, l->left, l->left_len, 0, NULL);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "%s  %s", c, o);
        if (st == FSC_OK)
            st = put(b, l->match, l->match_len, 0, &w);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, c);
        if (st == FSC_OK)
            st = pad(b, wm - w + 2);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, o);
        if (st == FSC_OK)
            st = put(b, l->right, l->right_len, 0, &w);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, c);
        if (st == FSC_OK)
            st = pad(b, wr - w + 2);
        if (st == FSC_OK)
            st = text_cell(b, l->id, wid, 0);
        if (st == FSC_OK)
            st = text_cell(b, l->outlet, wout, 0);
        if (st == FSC_OK)
            st = text_cell(b, l->voice, wv, 0);
        if (st == FSC_OK)
            st = text_cell(b, *l->source ? l->source : "-", ws, 0);
        if (st == FSC_OK)
            st = text_cell(b, *l->source_kind ? l->source_kind : "-", wk, 0);
        if (st == FSC_OK)
            st = text_cell(b, flags_of(l), 0, 1);
        if (st == FSC_OK)
            st = fsc__buf_addc(b, '\n');
    }
    return st;
}

/* One CSV text field: made inert, guarded against formula injection and
 * quoted as RFC 4180 wants (fsc__csv_text_field). Numbers never come here. */
static fsc_status csv_cell(fsc_buf *b, fsc_buf *tmp, const char *s,
                           size_t len, int last)
{
    fsc__buf_reset(tmp);
    fsc_status st = put(tmp, s, len, 0, NULL);
    if (st == FSC_OK)
        st = fsc__csv_text_field(b, tmp->data ? tmp->data : "", tmp->len);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, last ? "\r\n" : ",");
    return st;
}

static fsc_status render_csv(const fsc_kwic *k, fsc_buf *b)
{
    fsc_buf tmp;
    fsc__buf_init(&tmp, FSC_BUF_DEFAULT_CAP);
    fsc_status st = fsc__buf_adds(
        b, "id,outlet,date,lang,voice,source,source_kind,negated,distanced,"
           "left,match,right,start,end,cp_start,cp_end,zone\r\n");
    for (size_t i = 0; i < k->n && st == FSC_OK; i++) {
        const fsc_kwic_line *l = &k->lines[i];
        const char *s[] = { l->id,    l->outlet, l->date,       l->lang,
                            l->voice, l->source, l->source_kind };
        for (size_t j = 0; j < 7 && st == FSC_OK; j++)
            st = csv_cell(b, &tmp, s[j], strlen(s[j]), 0);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "%d,%d,", l->negated, l->distanced);
        if (st == FSC_OK)
            st = csv_cell(b, &tmp, l->left, l->left_len, 0);
        if (st == FSC_OK)
            st = csv_cell(b, &tmp, l->match, l->match_len, 0);
        if (st == FSC_OK)
            st = csv_cell(b, &tmp, l->right, l->right_len, 0);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "%zu,%zu,%zu,%zu,%s\r\n", l->start,
                                 l->end, l->cp_start, l->cp_end,
                                 l->zone ? l->zone : "text");
    }
    fsc__buf_free(&tmp);
    return st;
}

static fsc_status html_td(fsc_buf *b, const char *attrs, const char *s,
                          size_t len)
{
    fsc_status st = fsc__buf_printf(b, "<td%s><bdi>", attrs);
    if (st == FSC_OK)
        st = put(b, s, len, 1, NULL);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</bdi></td>");
    return st;
}

/* A line reads right to left when its match holds a right-to-left letter,
 * or (a match of digits or Latin letters) its contexts do. */
static int html_rtl(const fsc_kwic_line *l)
{
    if (has_rtl(l->match, l->match_len))
        return 1;
    return line_rtl(l);
}

/* One table of the lines of one direction (rtl 0 or 1); none when empty. */
static fsc_status html_table(const fsc_kwic *k, fsc_buf *b, int rtl)
{
    size_t n = 0;
    for (size_t i = 0; i < k->n; i++)
        n += html_rtl(&k->lines[i]) == rtl;
    if (!n)
        return FSC_OK;
    const char *d = rtl ? "rtl" : "ltr";
    fsc_status st = fsc__buf_printf(
        b,
        "<h2>%zu %s line%s</h2>\n"
        "<table dir=\"%s\" class=\"%s\">\n<thead><tr>"
        "<th class=\"l\">preceding text</th><th class=\"m\">match</th>"
        "<th class=\"r\">following text</th><th>id</th><th>outlet</th>"
        "<th>date</th><th>lang</th><th>voice</th><th>source</th>"
        "<th>source kind</th><th>flags</th><th>start</th><th>end</th>"
        "</tr></thead>\n<tbody>\n",
        n, rtl ? "right-to-left" : "left-to-right", n == 1 ? "" : "s", d, d);
    char la[64], ra[64], ma[64];
    snprintf(la, sizeof la, " class=\"l\" dir=\"%s\"", d);
    snprintf(ma, sizeof ma, " class=\"m\" dir=\"%s\"", d);
    snprintf(ra, sizeof ra, " class=\"r\" dir=\"%s\"", d);
    for (size_t i = 0; i < k->n && st == FSC_OK; i++) {
        const fsc_kwic_line *l = &k->lines[i];
        if (html_rtl(l) != rtl)
            continue;
        const char *flags = flags_of(l);
        st = fsc__buf_adds(b, "<tr>");
        if (st == FSC_OK)
            st = html_td(b, la, l->left, l->left_len);
        if (st == FSC_OK)
            st = html_td(b, ma, l->match, l->match_len);
        if (st == FSC_OK)
            st = html_td(b, ra, l->right, l->right_len);
        const char *meta[] = { l->id,    l->outlet, l->date,        l->lang,
                               l->voice, l->source, l->source_kind, flags };
        for (size_t j = 0; j < 8 && st == FSC_OK; j++)
            st = html_td(b, j == 0 ? " class=\"id\" dir=\"auto\"" : " dir=\"auto\"",
                         meta[j], strlen(meta[j]));
        if (st == FSC_OK)
            st = fsc__buf_printf(b, "<td class=\"n\">%zu</td>"
                                    "<td class=\"n\">%zu</td></tr>\n",
                                 l->start, l->end);
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</tbody>\n</table>\n");
    return st;
}

static fsc_status render_html(const fsc_kwic *k, fsc_buf *b)
{
    fsc_status st = fsc__buf_adds(
        b,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'\">\n"
        "<title>framescope kwic</title>\n<style>\n"
        "body{font-family:sans-serif;margin:1em}\n"
        "h2{font-size:1.05em;margin:1.2em 0 .3em}\n"
        "table{border-collapse:collapse}\n"
        "th,td{border-bottom:1px solid #ddd;padding:2px 6px;"
        "vertical-align:top;white-space:nowrap}\n"
        "thead th{position:sticky;top:0;background:#f4f4f4;"
        "font-weight:normal;color:#333}\n"
        /* contexts lean on the match in either direction */
        "td.l,th.l{text-align:end}\n"
        "td.r,th.r{text-align:start}\n"
        "td.m,th.m{text-align:center}\n"
        "td.m{font-weight:bold;background:#fff3b0}\n"
        "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
        "table.rtl td.l,table.rtl td.m,table.rtl td.r{font-size:1.1em}\n"
        "</style>\n</head>\n<body>\n<h1>framescope kwic</h1>\n<p>");
    /* kwic --pattern selects the category of its in-memory lexicon */
    int pattern = k->o.category &&
                  strncmp(k->o.category, "kwic-pattern:", 13) == 0;
    if (st == FSC_OK)
        st = fsc__buf_adds(b, pattern     ? "Pattern search"
                              : k->o.term ? "Term "
                                          : "Category ");
    if (st == FSC_OK && !pattern)
        st = fsc__buf_adds(b, "<code><bdi>");
    if (st == FSC_OK && !pattern)
        st = puts_(b, k->o.term ? k->o.term : k->o.category, 1, NULL);
    if (st == FSC_OK && !pattern)
        st = fsc__buf_adds(b, "</bdi></code>");
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "%s%s: %zu line%s.",
                             k->o.voice >= 0 ? ", voice " : "",
                             k->o.voice >= 0 ? voice_names[k->o.voice] : "",
                             k->n, k->n == 1 ? "" : "s");
    if (st == FSC_OK)
        st = fsc__buf_printf(
            b, " Up to %u characters of context each side, cut at a space. "
               "Lines in right-to-left text are in their own table, which "
               "runs right to left: the text before the match stands to "
               "its right.</p>\n",
            k->o.window);
    if (st == FSC_OK)
        st = html_table(k, b, 0);
    if (st == FSC_OK)
        st = html_table(k, b, 1);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "</body>\n</html>\n");
    return st;
}

fsc_status fsc_kwic_render(const fsc_kwic *k, fsc_kwic_format format,
                           char **out, size_t *len, fsc_error *err)
{
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!k || !out)
        return fsc__fail(err, FSC_EINVAL, "fsc_kwic_render: NULL argument");
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc_status st;
    switch (format) {
    case FSC_KWIC_TEXT:
        st = render_text(k, &b);
        break;
    case FSC_KWIC_CSV:
        st = render_csv(k, &b);
        break;
    case FSC_KWIC_HTML:
        st = render_html(k, &b);
        break;
    default:
        st = FSC_EINVAL;
        break;
    }
    if (st == FSC_OK)
        st = fsc__buf_take(&b, out, len);
    fsc__buf_free(&b);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot render KWIC lines: %s",
                         fsc_strerror(st));
    return FSC_OK;
}
