/*
 * jsonl.c - JSON Lines score rows: a small pull scanner for exactly the shape
 * `framescope score` writes (categories, voices, profile, matches, scope,
 * framescope metadata); anything else in a row is skipped unparsed.
 */
#include "compare_int.h"

#include <cjson/cJSON.h>

/* ------------------------------------------------------------------ */
/* JSON Lines score rows: a small pull scanner for exactly this shape   */
/* ------------------------------------------------------------------ */

/* Rows as score writes them have no white space between tokens: a byte
 * above ' ' ends the skip at once. */
static inline void js_ws(js *j)
{
    while (j->p < j->end && (unsigned char)*j->p <= ' ' &&
           (*j->p == ' ' || *j->p == '\t' || *j->p == '\r' || *j->p == '\n'))
        j->p++;
}

static int js_fail(js *j, const char *msg)
{
    if (!j->err)
        j->err = msg;
    return 0;
}

static inline int js_lit(js *j, char ch)
{
    js_ws(j);
    if (j->p < j->end && *j->p == ch) {
        j->p++;
        return 1;
    }
    return 0;
}

static int hexv(char ch)
{
    return ch >= '0' && ch <= '9'   ? ch - '0'
           : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
           : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                    : -1;
}

static int js_hex4(js *j, const char *p, unsigned *out)
{
    if (j->end - p < 4)
        return js_fail(j, "truncated \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexv(p[i]);
        if (h < 0)
            return js_fail(j, "bad \\u escape");
        v = v * 16 + (unsigned)h;
    }
    *out = v;
    return 1;
}

/* A string at j->p (after whitespace). Sets *s and *len to the raw bytes when
 * there is no escape; otherwise decodes into `dec` (when non-NULL) and
 * points there. With dec NULL an escaped string is only skipped (*s NULL). */
static int js_string(js *j, fsc_buf *dec, const char **s, size_t *len)
{
    js_ws(j);
    if (j->p >= j->end || *j->p != '"')
        return js_fail(j, "expected a string");
    const char *start = ++j->p, *q = fsc__str_stop(start, j->end, 0);
    if (q < j->end && *q == '"') {
        *s = start;
        *len = (size_t)(q - start);
        j->p = q + 1;
        return 1;
    }
    if (dec)
        fsc__buf_reset(dec);
    if (dec && fsc__buf_add(dec, start, (size_t)(q - start)))
        return js_fail(j, "out of memory");
    while (q < j->end && *q != '"') {
        if (*q != '\\') {
            if ((unsigned char)*q < 0x20)
                return js_fail(j, "control character in string");
            if (dec && fsc__buf_addc(dec, *q))
                return js_fail(j, "out of memory");
            q++;
            continue;
        }
        if (++q >= j->end)
            break;
        char e = *q++, o = 0;
        switch (e) {
        case '"': o = '"'; break;
        case '\\': o = '\\'; break;
        case '/': o = '/'; break;
        case 'b': o = '\b'; break;
        case 'f': o = '\f'; break;
        case 'n': o = '\n'; break;
        case 'r': o = '\r'; break;
        case 't': o = '\t'; break;
        case 'u': {
            unsigned u;
            if (!js_hex4(j, q, &u))
                return 0;
            q += 4;
            if (u >= 0xD800 && u < 0xDC00) {
                unsigned lo;
                if (j->end - q < 6 || q[0] != '\\' || q[1] != 'u' ||
                    !js_hex4(j, q + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return js_fail(j, "unpaired surrogate");
                q += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
            } else if (u >= 0xDC00 && u < 0xE000) {
                return js_fail(j, "unpaired surrogate");
            }
            char b[4];
            size_t nb;
            if (u < 0x80) {
                b[0] = (char)u;
                nb = 1;
            } else if (u < 0x800) {
                b[0] = (char)(0xC0 | (u >> 6));
                b[1] = (char)(0x80 | (u & 0x3F));
                nb = 2;
            } else if (u < 0x10000) {
                b[0] = (char)(0xE0 | (u >> 12));
                b[1] = (char)(0x80 | ((u >> 6) & 0x3F));
                b[2] = (char)(0x80 | (u & 0x3F));
                nb = 3;
            } else {
                b[0] = (char)(0xF0 | (u >> 18));
                b[1] = (char)(0x80 | ((u >> 12) & 0x3F));
                b[2] = (char)(0x80 | ((u >> 6) & 0x3F));
                b[3] = (char)(0x80 | (u & 0x3F));
                nb = 4;
            }
            if (dec && fsc__buf_add(dec, b, nb))
                return js_fail(j, "out of memory");
            continue;
        }
        default:
            return js_fail(j, "bad escape in string");
        }
        if (dec && fsc__buf_addc(dec, o))
            return js_fail(j, "out of memory");
    }
    if (q >= j->end)
        return js_fail(j, "unterminated string");
    j->p = q + 1;
    *s = dec ? dec->data : NULL;
    *len = dec ? dec->len : 0;
    if (dec && !dec->data) {
        *s = "";
    }
    return 1;
}

/* A JSON number at j->p: its extent and value. Integers and short decimals
 * are converted exactly (mantissa / 10^k, one correctly rounded division);
 * anything else goes through strtod on a bounded copy. */
int fsc__compare_js_number(js *j, double *out, const char **start, size_t *len)
{
    js_ws(j);
    const char *p = j->p, *s = p;
    if (p < j->end && *p == '-')
        p++;
    if (p >= j->end || *p < '0' || *p > '9')
        return js_fail(j, "expected a number");
    uint64_t mant = 0;
    int digits = 0, frac = 0, simple = 1;
    if (*p == '0' && p + 1 < j->end && p[1] >= '0' && p[1] <= '9')
        return js_fail(j, "leading zero in number");
    while (p < j->end && *p >= '0' && *p <= '9') {
        mant = mant * 10 + (uint64_t)(*p++ - '0');
        digits++;
    }
    if (p < j->end && *p == '.') {
        p++;
        if (p >= j->end || *p < '0' || *p > '9')
            return js_fail(j, "bad number");
        while (p < j->end && *p >= '0' && *p <= '9') {
            mant = mant * 10 + (uint64_t)(*p++ - '0');
            digits++;
            frac++;
        }
    }
    if (p < j->end && (*p == 'e' || *p == 'E')) {
        simple = 0;
        p++;
        if (p < j->end && (*p == '+' || *p == '-'))
            p++;
        if (p >= j->end || *p < '0' || *p > '9')
            return js_fail(j, "bad number");
        while (p < j->end && *p >= '0' && *p <= '9')
            p++;
    }
    static const double pow10[] = { 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,
                                     1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
                                     1e18, 1e19, 1e20, 1e21, 1e22 };
    double v;
    if (simple && digits <= 15) {
        v = (double)mant / pow10[frac];
        if (*s == '-')
            v = -v;
    } else {
        char tmp[64];
        size_t n = (size_t)(p - s);
        if (n >= sizeof tmp)
            return js_fail(j, "number too long");
        memcpy(tmp, s, n);
        tmp[n] = '\0';
        v = strtod(tmp, NULL);
        if (!isfinite(v))
            return js_fail(j, "number out of range");
    }
    j->p = p;
    *out = v;
    if (start) {
        *start = s;
        *len = (size_t)(p - s);
    }
    return 1;
}

static int js_skip(js *j, int depth)
{
    js_ws(j);
    if (j->p >= j->end)
        return js_fail(j, "unexpected end of line");
    if (depth > 64)
        return js_fail(j, "nested too deeply");
    const char *s;
    size_t n;
    double v;
    switch (*j->p) {
    case '"':
        return js_string(j, NULL, &s, &n);
    case '{':
        j->p++;
        if (js_lit(j, '}'))
            return 1;
        do {
            if (!js_string(j, NULL, &s, &n) || !js_lit(j, ':'))
                return js_fail(j, "expected \"key\":");
            if (!js_skip(j, depth + 1))
                return 0;
        } while (js_lit(j, ','));
        return js_lit(j, '}') || js_fail(j, "expected , or }");
    case '[':
        j->p++;
        if (js_lit(j, ']'))
            return 1;
        do {
            if (!js_skip(j, depth + 1))
                return 0;
        } while (js_lit(j, ','));
        return js_lit(j, ']') || js_fail(j, "expected , or ]");
    case 't':
    case 'f':
    case 'n': {
        static const char *const lits[] = { "true", "false", "null" };
        for (int i = 0; i < 3; i++) {
            size_t l = strlen(lits[i]);
            if ((size_t)(j->end - j->p) >= l && memcmp(j->p, lits[i], l) == 0) {
                j->p += l;
                return 1;
            }
        }
        return js_fail(j, "bad literal");
    }
    default:
        return fsc__compare_js_number(j, &v, NULL, NULL);
    }
}

/* k[0..len) is the NUL-terminated lit. The names of a row's fields are
 * tried against every key and most differ in the first byte, so that byte
 * is compared before strlen(lit) is taken. */
/* key_is() for a string literal: its length is known at compile time, so
 * the comparison is a length test and an inlined memcmp. */
#define KEY_IS(k, len, lit) \
    ((len) == sizeof(lit) - 1 && memcmp((k), (lit), sizeof(lit) - 1) == 0)

static int key_is(const char *k, size_t len, const char *lit)
{
    if (len == 0)
        return lit[0] == '\0';
    if (k[0] != lit[0])
        return 0;
    return strlen(lit) == len && memcmp(k, lit, len) == 0;
}

/* Capture a scalar value into fbuf (strings decoded; numbers and booleans
 * as written); null, objects and arrays count as absent. */
static int js_capture(fsc_compare *c, js *j, long *off)
{
    js_ws(j);
    if (j->p >= j->end)
        return js_fail(j, "unexpected end of line");
    char ch = *j->p;
    const char *s;
    size_t n;
    double v;
    fsc_buf tmp;
    fsc__buf_init(&tmp, LINE_CAP);
    int ok;
    if (ch == '"') {
        ok = js_string(j, &tmp, &s, &n);
    } else if (ch == '-' || (ch >= '0' && ch <= '9')) {
        ok = fsc__compare_js_number(j, &v, &s, &n);
    } else if (ch == 't' || ch == 'f') {
        s = j->p;
        ok = js_skip(j, 0);
        n = (size_t)(j->p - s);
    } else {
        fsc__buf_free(&tmp);
        *off = -1;
        return js_skip(j, 0);
    }
    if (ok) {
        *off = (long)c->fbuf.len;
        if (memchr(s, '\0', n) || fsc__buf_add(&c->fbuf, s, n) ||
            fsc__buf_addc(&c->fbuf, '\0'))
            ok = js_fail(j, "field value with a NUL byte or out of memory");
    }
    fsc__buf_free(&tmp);
    return ok;
}

/* {"authorial": n, "quoted": n, "attributed": n} into v[0..3) (null or a
 * missing voice stays NAN). */
static int js_voices(js *j, double v[3])
{
    static const char *const names[3] = { "authorial", "quoted", "attributed" };
    if (!js_lit(j, '{'))
        return js_fail(j, "voice counts are not an object");
    if (js_lit(j, '}'))
        return 1;
    do {
        const char *key;
        size_t kl;
        if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        int k = -1;
        for (int i = 0; key && i < 3; i++)
            if (key_is(key, kl, names[i]))
                k = i;
        js_ws(j);
        if (k >= 0 && j->p < j->end && *j->p != 'n') {
            if (!fsc__compare_js_number(j, &v[k], NULL, NULL))
                return 0;
        } else if (!js_skip(j, 1)) {
            return 0;
        }
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

/* A number or null (NAN) at j->p. */
static int js_num_or_null(js *j, double *v)
{
    js_ws(j);
    if (j->p < j->end && *j->p == 'n') {
        *v = NAN;
        return js_skip(j, 1);
    }
    return fsc__compare_js_number(j, v, NULL, NULL);
}

/* The "profile" object: keeps the one number the measure compares. */
static int js_profile(fsc_compare *c, js *j)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"profile\" is not an object");
    c->has_profile = 1;
    /* A side absent from by_side has no attribution: 0. */
    c->prof = c->o.measure == FSC_MEASURE_SIDE ? 0 : NAN;
    const char *want = c->o.measure == FSC_MEASURE_SIDE
                           ? "by_side"
                           : fsc_measure_name(c->o.measure);
    if (js_lit(j, '}'))
        return 1;
    do {
        const char *key;
        size_t kl;
        if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        if (!key || !key_is(key, kl, want)) {
            if (!js_skip(j, 1))
                return 0;
        } else if (c->o.measure != FSC_MEASURE_SIDE) {
            if (!js_num_or_null(j, &c->prof))
                return 0;
        } else {
            /* by_side: {NAME: {"attributions": n, ...}, ...} */
            if (!js_lit(j, '{'))
                return js_fail(j, "\"by_side\" is not an object");
            if (js_lit(j, '}'))
                continue;
            do {
                const char *side;
                size_t sl;
                if (!js_string(j, &c->tbuf, &side, &sl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"side\":");
                int mine =
                    strlen(c->side) == sl && memcmp(side, c->side, sl) == 0;
                if (!mine) {
                    if (!js_skip(j, 2))
                        return 0;
                    continue;
                }
                if (!js_lit(j, '{'))
                    return js_fail(j, "side counts are not an object");
                if (js_lit(j, '}'))
                    continue;
                do {
                    const char *k2;
                    size_t l2;
                    if (!js_string(j, NULL, &k2, &l2) || !js_lit(j, ':'))
                        return js_fail(j, "expected \"key\":");
                    if (k2 && KEY_IS(k2, l2, "attributions")) {
                        if (!fsc__compare_js_number(j, &c->prof, NULL, NULL))
                            return 0;
                    } else if (!js_skip(j, 3)) {
                        return 0;
                    }
                } while (js_lit(j, ','));
                if (!js_lit(j, '}'))
                    return js_fail(j, "expected , or }");
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

/* The "matches" array: the term of each framing match of the chosen voice
 * in a compared category, for keyness. */
/* Note that the row states scope `name` (a lexicon), in it or not. */
int fsc__compare_note_scope(fsc_compare *c, const char *name, size_t len,
                            int in)
{
    uint32_t h = fsc__hash(name, len), id;
    if (!fsc__strmap_get(&c->scopes, name, len, h, &id)) {
        if (c->scopes.n >= MAX_SCOPES)
            return 1; /* more scoped lexicons than we keep: ignored */
        id = (uint32_t)c->scopes.n;
        if (fsc__strmap_put(&c->scopes, name, len, h, id))
            return 0;
    }
    c->sc_has |= 1u << id;
    if (in)
        c->sc_in |= 1u << id;
    return 1;
}

/* The "scope" object of a scored row: lexicon -> {"in_scope": bool, ...}. */
static int js_scope(fsc_compare *c, js *j, fsc_buf *dec)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"scope\" is not an object");
    if (js_lit(j, '}'))
        return 1;
    do {
        const char *lex;
        size_t ll;
        if (!js_string(j, dec, &lex, &ll) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        /* The name must survive decoding the members below. */
        char name[128];
        if (ll >= sizeof name)
            return js_fail(j, "scope lexicon name too long");
        memcpy(name, lex, ll);
        if (!js_lit(j, '{'))
            return js_fail(j, "a scope is not an object");
        int in = -1;
        if (!js_lit(j, '}')) {
            do {
                const char *key;
                size_t kl;
                if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"key\":");
                if (key && KEY_IS(key, kl, "in_scope")) {
                    js_ws(j);
                    if ((size_t)(j->end - j->p) >= 4 &&
                        memcmp(j->p, "true", 4) == 0) {
                        j->p += 4;
                        in = 1;
                    } else if ((size_t)(j->end - j->p) >= 5 &&
                               memcmp(j->p, "false", 5) == 0) {
                        j->p += 5;
                        in = 0;
                    } else {
                        return js_fail(j, "\"in_scope\" is not true or "
                                          "false");
                    }
                } else if (!js_skip(j, 3)) {
                    return 0;
                }
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
        if (in < 0)
            return js_fail(j, "a scope without \"in_scope\"");
        if (!fsc__compare_note_scope(c, name, ll, in))
            return js_fail(j, "out of memory");
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

static int js_matches(fsc_compare *c, js *j, fsc_buf *dec)
{
    if (!js_lit(j, '['))
        return js_fail(j, "\"matches\" is not an array");
    c->has_matches = 1;
    if (js_lit(j, ']'))
        return 1;
    do {
        if (!js_lit(j, '{'))
            return js_fail(j, "a match is not an object");
        int has_term = 0, framing = 1, voice_ok = c->o.voice == FSC_COMPARE_VOICE_ALL;
        int cat_ok = !c->restricted;
        if (!js_lit(j, '}')) {
            do {
                const char *key, *v;
                size_t kl, vl;
                if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"key\":");
                if (key && KEY_IS(key, kl, "term")) {
                    if (!js_string(j, dec, &v, &vl))
                        return 0;
                    fsc__buf_reset(&c->tbuf);
                    if (fsc__buf_add(&c->tbuf, v, vl) ||
                        fsc__buf_addc(&c->tbuf, '\0'))
                        return js_fail(j, "out of memory");
                    has_term = 1;
                } else if (key && KEY_IS(key, kl, "layer")) {
                    if (!js_string(j, dec, &v, &vl))
                        return 0;
                    if (KEY_IS(v, vl, "attribution"))
                        framing = 0;
                } else if (key && KEY_IS(key, kl, "out_of_scope")) {
                    /* Outside its lexicon's scope: counted nowhere, so
                     * not a term occurrence either. */
                    js_ws(j);
                    if ((size_t)(j->end - j->p) >= 4 &&
                        memcmp(j->p, "true", 4) == 0)
                        framing = 0;
                    if (!js_skip(j, 2))
                        return 0;
                } else if (key && KEY_IS(key, kl, "voice")) {
                    if (!js_string(j, dec, &v, &vl))
                        return 0;
                    if (key_is(v, vl, fsc_compare_voice_name(c->o.voice)))
                        voice_ok = 1;
                } else if (key && KEY_IS(key, kl, "categories") &&
                           c->restricted) {
                    if (!js_lit(j, '['))
                        return js_fail(j, "match categories not an array");
                    if (!js_lit(j, ']')) {
                        do {
                            if (!js_string(j, dec, &v, &vl))
                                return 0;
                            if (fsc__compare_cat_allowed(c, v, vl))
                                cat_ok = 1;
                        } while (js_lit(j, ','));
                        if (!js_lit(j, ']'))
                            return js_fail(j, "expected , or ]");
                    }
                } else if (!js_skip(j, 2)) {
                    return 0;
                }
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
        if (!has_term)
            return js_fail(j, "a match without \"term\"");
        if (!framing || !voice_ok || !cat_ok)
            continue;
        const char *t = c->tbuf.data;
        size_t tl = c->tbuf.len - 1;
        uint32_t h = fsc__hash(t, tl), id;
        if (!fsc__strmap_get(&c->terms, t, tl, h, &id)) {
            id = (uint32_t)c->terms.n;
            if (c->terms.n >= UINT32_MAX - 1 ||
                fsc__strmap_put(&c->terms, t, tl, h, id))
                return js_fail(j, "out of memory");
        }
        if (c->n_pt == c->pt_cap) {
            size_t cap = c->pt_cap ? 2 * c->pt_cap : 64;
            uint32_t *pt = realloc(c->pt, cap * sizeof *pt);
            if (!pt)
                return js_fail(j, "out of memory");
            c->pt = pt;
            c->pt_cap = cap;
        }
        c->pt[c->n_pt++] = id;
    } while (js_lit(j, ','));
    return js_lit(j, ']') || js_fail(j, "expected , or ]");
}

/* A slot of fsc_compare's cat_cache for category name s[0..len). */
static size_t cat_slot(const char *s, size_t len)
{
    unsigned h = (unsigned)len * 31u;
    if (len > 0)
        h += (unsigned char)s[len - 1] * 7u;
    if (len > 1)
        h += (unsigned char)s[len - 2] * 131u;
    if (len > 2)
        h += (unsigned char)s[len / 2];
    return h & 63u;
}

/* The "categories" object of a scored row. */
static int js_categories(fsc_compare *c, js *j, fsc_buf *dec)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"categories\" is not an object");
    if (js_lit(j, '}'))
        return 1;
    size_t k = 0;
    do {
        const char *id;
        size_t idlen;
        if (!js_string(j, dec, &id, &idlen) || !js_lit(j, ':'))
            return js_fail(j, "expected \"category\":");
        /* Rows of one run list categories in the same order: try the
         * category seen at this position in the previous row first. */
        uint32_t cat = UINT32_MAX;
        if (k < c->hint_cap && c->hint[k] != UINT32_MAX) {
            const fsc__strent *e = &c->cats.ents[c->hint[k]];
            if (e->len == idlen && memcmp(e->key, id, idlen) == 0)
                cat = e->val;
        }
        /* Rows that list only the categories they match (as score
         * writes them) often miss that hint: then a small cache keyed by
         * the name's length and some of its bytes, checked by the name. */
        size_t slot = cat_slot(id, idlen);
        if (cat == UINT32_MAX && c->cat_cache[slot]) {
            const fsc__strent *e = &c->cats.ents[c->cat_cache[slot] - 1];
            if (e->len == idlen && memcmp(e->key, id, idlen) == 0)
                cat = e->val;
        }
        if (cat == UINT32_MAX) {
            if (fsc__compare_cat_intern(c, id, idlen, 1, &cat))
                return js_fail(j, "out of memory");
            if (cat != UINT32_MAX)
                c->cat_cache[slot] = cat + 1;
            if (k >= c->hint_cap) {
                size_t cap = k + 16;
                uint32_t *h = realloc(c->hint, cap * sizeof *h);
                if (!h)
                    return js_fail(j, "out of memory");
                for (size_t i = c->hint_cap; i < cap; i++)
                    h[i] = UINT32_MAX;
                c->hint = h;
                c->hint_cap = cap;
            }
            if (cat != UINT32_MAX) {
                /* Map the entry index for the hint: entries are stored in
                 * insertion order, and values equal indices. */
                c->hint[k] = cat;
            }
        }
        k++;
        if (!js_lit(j, '{'))
            return js_fail(j, "category value is not an object");
        double count = NAN, weighted = NAN, vc[3] = { NAN, NAN, NAN };
        if (!js_lit(j, '}')) {
            do {
                const char *key;
                size_t kl;
                if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
                    return js_fail(j, "expected \"key\":");
                if (key && KEY_IS(key, kl, "count")) {
                    if (!fsc__compare_js_number(j, &count, NULL, NULL))
                        return 0;
                } else if (key && KEY_IS(key, kl, "voice") && c->need_vc) {
                    if (!js_voices(j, vc))
                        return 0;
                } else if (key && KEY_IS(key, kl, "weighted")) {
                    if (!fsc__compare_js_number(j, &weighted, NULL, NULL))
                        return 0;
                } else if (!js_skip(j, 1)) {
                    return 0;
                }
            } while (js_lit(j, ','));
            if (!js_lit(j, '}'))
                return js_fail(j, "expected , or }");
        }
        if (!(count >= 0))
            return js_fail(j, "category without a count >= 0");
        if (c->need_vc) {
            /* The category's counts per voice (stored at commit for the
             * voices compared); a category without the count of a voice
             * makes the row one without data of that voice. */
            for (int v = 0; v < 3; v++)
                if (!(vc[v] >= 0))
                    c->novoice |= 1u << v;
        }
        if (c->o.measure == FSC_MEASURE_WEIGHTED && !isfinite(weighted))
            return js_fail(j, "category without \"weighted\"");
        /* Presence keeps the count too (0/1 at run time), so contrasts
         * can sum matches. */
        if (cat != UINT32_MAX &&
            fsc__compare_add_pending_cat(c, cat, count, weighted, vc))
            return js_fail(j, "out of memory");
    } while (js_lit(j, ','));
    return js_lit(j, '}') || js_fail(j, "expected , or }");
}

typedef struct fs_info {
    int has_fs, skipped, has_tokens;
    double tokens;
    long reason; /* offset in fbuf or -1 */
} fs_info;

/* The row's "lexicon_set": the first one is kept (and its attribution
 * lexicons noted); a row with another one marks the run mixed. */
static int js_lexicon_set(fsc_compare *c, js *j)
{
    js_ws(j);
    const char *s0 = j->p;
    /* Every row of a run usually carries the first row's set, byte for
     * byte, and a follower reads each row's set again: when the value
     * starts with the first set's bytes and that set is an object, array
     * or string (which end at their closing byte, whatever follows), it is
     * that same value, which js_skip() accepted on the first row; skipping
     * it again would accept it and change nothing. */
    if (c->lexset && c->lexset_len > 0 &&
        (c->lexset[0] == '{' || c->lexset[0] == '[' || c->lexset[0] == '"') &&
        (size_t)(j->end - s0) >= c->lexset_len &&
        memcmp(s0, c->lexset, c->lexset_len) == 0) {
        j->p = s0 + c->lexset_len;
        return 1;
    }
    if (!js_skip(j, 1))
        return 0;
    size_t n = (size_t)(j->p - s0);
    if (!c->lexset) {
        c->lexset = malloc(n + 1);
        if (!c->lexset)
            return js_fail(j, "out of memory");
        memcpy(c->lexset, s0, n);
        c->lexset[n] = '\0';
        c->lexset_len = n;
        cJSON *o = cJSON_ParseWithLength(s0, n);
        const cJSON *lx = cJSON_GetObjectItemCaseSensitive(o, "lexicons"), *e;
        cJSON_ArrayForEach(e, lx) {
            const cJSON *nm = cJSON_GetObjectItemCaseSensitive(e, "name");
            const cJSON *ly = cJSON_GetObjectItemCaseSensitive(e, "layer");
            if (cJSON_IsString(nm) && cJSON_IsString(ly) &&
                strcmp(ly->valuestring, "attribution") == 0 &&
                c->n_attr_lex < sizeof c->attr_lex / sizeof *c->attr_lex) {
                char *d = fsc__strdup(nm->valuestring);
                if (d)
                    c->attr_lex[c->n_attr_lex++] = d;
            }
        }
        c->lexset_known = o != NULL;
        cJSON_Delete(o);
        c->lexset_line = c->cur_line;
        return 1;
    }
    if (n != c->lexset_len || memcmp(s0, c->lexset, n) != 0)
        c->lexset_mixed = 1;
    return 1;
}

/* Where a value of the framescope object that followers read lies. */
static void note_span(fsc_compare *c, const char *key, size_t kl, const char *s,
                      const char *e)
{
    fsc__span *sp = KEY_IS(key, kl, "reason")        ? &c->sp_reason
                    : KEY_IS(key, kl, "lang")        ? &c->sp_lang
                    : KEY_IS(key, kl, "scope")       ? &c->sp_scope
                    : KEY_IS(key, kl, "lexicon_set") ? &c->sp_lexset
                    : KEY_IS(key, kl, "profile")     ? &c->sp_profile
                                                     : NULL;
    if (KEY_IS(key, kl, "categories"))
        c->sp_cats = 1;
    if (sp == &c->sp_lexset && c->sp_cats)
        c->sp_odd = 1;
    if (!sp)
        return;
    if (sp->n++)
        c->sp_odd = 1;
    sp->s = s;
    sp->e = e;
}

static int js_framescope(fsc_compare *c, js *j, fs_info *fi, fsc_buf *dec)
{
    if (!js_lit(j, '{'))
        return js_fail(j, "\"framescope\" is not an object");
    fi->has_fs = 1;
    int has_status = 0;
    unsigned seen = 0;
    if (js_lit(j, '}'))
        return js_fail(j, "\"framescope\" has no \"status\"");
    do {
        const char *key;
        size_t kl;
        if (!js_string(j, NULL, &key, &kl) || !js_lit(j, ':'))
            return js_fail(j, "expected \"key\":");
        int k = !key                              ? -1
                : KEY_IS(key, kl, "status")       ? 0
                : KEY_IS(key, kl, "reason")       ? 1
                : KEY_IS(key, kl, "lang")         ? 2
                : KEY_IS(key, kl, "tokens")       ? 3
                : KEY_IS(key, kl, "categories")   ? 4
                : KEY_IS(key, kl, "voice_tokens") ? 5
                : KEY_IS(key, kl, "profile")      ? 6
                : KEY_IS(key, kl, "matches")      ? 7
                                                  : -1;
        if (k >= 0) { /* a key that may appear once */
            if (seen & (1u << k))
                return js_fail(j, "duplicate key in \"framescope\"");
            seen |= 1u << k;
        }
        js_ws(j);
        const char *vs = j->p; /* the value, for the followers */
        if (!key) {
            if (!js_skip(j, 1))
                return 0;
        } else if (KEY_IS(key, kl, "status")) {
            const char *s;
            size_t n;
            if (!js_string(j, dec, &s, &n))
                return 0;
            has_status = 1;
            if (KEY_IS(s, n, "skipped"))
                fi->skipped = 1;
            else if (!KEY_IS(s, n, "scored"))
                return js_fail(j, "unknown \"status\"");
        } else if (KEY_IS(key, kl, "reason")) {
            if (!js_capture(c, j, &fi->reason))
                return 0;
        } else if (KEY_IS(key, kl, "lang")) {
            if (!js_capture(c, j, &c->fs_lang))
                return 0;
        } else if (KEY_IS(key, kl, "tokens")) {
            if (!fsc__compare_js_number(j, &fi->tokens, NULL, NULL))
                return 0;
            fi->has_tokens = 1;
        } else if (KEY_IS(key, kl, "categories")) {
            if (c->profile ? !js_skip(j, 1) : !js_categories(c, j, dec))
                return 0;
        } else if (KEY_IS(key, kl, "scope")) {
            if (!js_scope(c, j, dec))
                return 0;
        } else if (KEY_IS(key, kl, "lexicon_set")) {
            if (!js_lexicon_set(c, j))
                return 0;
        } else if (KEY_IS(key, kl, "voice_tokens")) {
            if (!js_voices(j, c->vtok))
                return 0;
            c->has_vtok = c->has_voice = 1;
        } else if (KEY_IS(key, kl, "profile") && c->profile) {
            if (!js_profile(c, j))
                return 0;
        } else if (KEY_IS(key, kl, "matches") && c->o.keyness) {
            if (!js_matches(c, j, dec))
                return 0;
        } else if (!js_skip(j, 1)) {
            return 0;
        }
        if (c->n_fol && key)
            note_span(c, key, kl, vs, j->p);
    } while (js_lit(j, ','));
    if (!js_lit(j, '}'))
        return js_fail(j, "expected , or }");
    return has_status || js_fail(j, "\"framescope\" has no \"status\"");
}

/* One row for compare c alone; *parsed = 1 when it was read without error
 * (and committed: kept, filtered or counted as skipped). */
static fsc_status line_one(fsc_compare *c, const char *p, size_t len, long line,
                           fsc_error *err, int *parsed)
{
    js j = { p, p + len, NULL };
    *parsed = 0;
    js_ws(&j);
    if (j.p == j.end)
        return FSC_OK; /* blank line */
    if (c->n_fol) {
        for (size_t u = 0; u < c->n_uf; u++)
            c->ufs[u].n = 0;
        c->sp_reason.n = c->sp_lang.n = c->sp_scope.n = 0;
        c->sp_lexset.n = c->sp_profile.n = 0;
        c->sp_cats = c->sp_odd = 0;
    }
    c->cur_line = line;
    /* Every string compare writes comes from rows like this one: a row
       that is not UTF-8 is invalid, never copied into an output. */
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (!fsc__utf8_valid(p, len, &bad, &bl, &bc)) {
        char msg[80];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu of the line",
                 bad + 1);
        c->first_row_seen = 1;
        return fsc__compare_invalid_row(c, line, msg);
    }
    fsc__buf_reset(&c->fbuf);
    for (size_t i = 0; i < c->n_needed; i++)
        c->foff[i] = -1;
    c->fs_lang = -1;
    c->n_pc = 0;
    c->has_voice = c->has_vtok = 0;
    c->novoice = 0;
    c->vtok[0] = c->vtok[1] = c->vtok[2] = NAN;
    c->has_profile = c->has_matches = 0;
    c->prof = NAN;
    c->n_pt = 0;
    c->sc_has = c->sc_in = 0;
    fs_info fi = { 0, 0, 0, 0, -1 };
    fsc_buf dec;
    fsc__buf_init(&dec, LINE_CAP);
    int ok = js_lit(&j, '{') || js_fail(&j, "a score row is a JSON object");
    if (ok && !js_lit(&j, '}')) {
        do {
            const char *key;
            size_t kl;
            ok = js_string(&j, &dec, &key, &kl) && js_lit(&j, ':');
            if (!ok) {
                js_fail(&j, "expected \"key\":");
                break;
            }
            if (KEY_IS(key, kl, "framescope")) {
                ok = fi.has_fs ? js_fail(&j, "duplicate key \"framescope\"")
                               : js_framescope(c, &j, &fi, &dec);
            } else {
                js_ws(&j);
                const char *vs = j.p;
                size_t f = SIZE_MAX;
                for (size_t i = 0; i < c->n_needed; i++)
                    if (key_is(key, kl, c->needed[i]))
                        f = i;
                /* A field named twice: the row is invalid (every reader
                   applies this one rule; see jsondup.h). */
                ok = f == SIZE_MAX ? js_skip(&j, 0)
                     : c->foff[f] >= 0
                         ? js_fail(&j, "duplicate key in the row")
                         : js_capture(c, &j, &c->foff[f]);
                for (size_t u = 0; ok && u < c->n_uf; u++)
                    if (key_is(key, kl, c->uf[u])) {
                        c->ufs[u].s = vs;
                        c->ufs[u].e = j.p;
                        c->ufs[u].n++;
                    }
            }
        } while (ok && js_lit(&j, ','));
        if (ok && !js_lit(&j, '}'))
            ok = js_fail(&j, "expected , or }");
    }
    if (ok) {
        js_ws(&j);
        if (j.p != j.end)
            ok = js_fail(&j, "text after the JSON object");
    }
    fsc__buf_free(&dec);
    if (ok && !fi.has_fs) {
        if (!c->first_row_seen)
            return fsc__fail_at(
                err, FSC_EPARSE, c->src_name, line, 0, -1,
                "not a score row (no \"framescope\" object): this looks like "
                "a corpus; score it first, e.g. `framescope score "
                "corpus.jsonl | framescope compare -`");
        ok = js_fail(&j, "not a score row (no \"framescope\" object)");
    }
    c->first_row_seen = 1;
    if (ok && c->lexset_mixed)
        return fsc__fail_at(
            err, FSC_EINVAL, c->src_name, line, 0, -1,
            "this row was scored with another lexicon set than the row at "
            "line %ld (names, versions, SHA-256 or options, such as whether "
            "titles were scored, differ): rows of "
            "different sets cannot be compared; score the corpora again "
            "with one set",
            c->lexset_line);
    if (!ok)
        return fsc__compare_invalid_row(c, line, j.err ? j.err : "bad JSON");
    /* "lang" falls back to the language framescope used. */
    for (size_t i = 0; i < c->n_needed; i++)
        if (c->foff[i] < 0 && c->fs_lang >= 0 &&
            strcmp(c->needed[i], "lang") == 0)
            c->foff[i] = c->fs_lang;
    c->row_skipped = fi.skipped;
    c->row_tok = fi.tokens;
    c->row_has_tokens = fi.has_tokens;
    *parsed = 1;
    return fsc__compare_commit_row(c, fi.skipped,
                                   fi.reason >= 0 ? c->fbuf.data + fi.reason : NULL,
                                   fi.tokens, fi.has_tokens);
}

/* Read span sp (a value the leader has validated) with rd. */
#define SPAN_JS(sp)          \
    {                        \
        (sp).s, (sp).e, NULL \
    }

/* Follower f's category id of the leader's category `lid`. */
static fsc_status follow_cat(fsc_compare *f, const fsc_compare *c, uint32_t lid,
                             uint32_t *out)
{
    if (lid < f->xl_cap && f->xl[lid]) {
        *out = f->xl[lid] - 1;
        return FSC_OK;
    }
    const fsc__strent *e = &c->cats.ents[lid];
    fsc_status st = fsc__compare_cat_intern(f, e->key, e->len, 1, out);
    if (st || *out == UINT32_MAX)
        return st; /* not compared (yet): asked again next time */
    if (lid >= f->xl_cap) {
        size_t cap = f->xl_cap ? 2 * f->xl_cap : 64;
        while (cap <= lid)
            cap *= 2;
        uint32_t *x = realloc(f->xl, cap * sizeof *x);
        if (!x)
            return FSC_ENOMEM;
        memset(x + f->xl_cap, 0, (cap - f->xl_cap) * sizeof *x);
        f->xl = x;
        f->xl_cap = cap;
    }
    f->xl[lid] = *out + 1;
    return FSC_OK;
}

/*
 * The row the leader c has just read, for its follower f: f's fields, the
 * framescope values f reads (reason, lang, lexicon_set, scope, its profile
 * number) from the spans c noted, c's categories and voice tokens; then f
 * commits the row. *full = 1 when the row needs f's own full reading
 * instead (nothing of f has changed then).
 */
static fsc_status follow_row(fsc_compare *f, fsc_compare *c, long line,
                             int *full)
{
    *full = 1;
    if (c->sp_odd)
        return FSC_OK;
    for (size_t i = 0; i < f->n_needed; i++)
        if (c->ufs[f->fu[i]].n > 1)
            return FSC_OK;
    /* Everything below only reads values c has scanned; any of them f
     * would reject sends the row to f's own reading, before f keeps
     * anything of it. */
    fsc__buf_reset(&f->fbuf);
    for (size_t i = 0; i < f->n_needed; i++)
        f->foff[i] = -1;
    f->fs_lang = -1;
    f->n_pc = 0;
    f->novoice = 0;
    f->has_profile = f->has_matches = 0;
    f->prof = NAN;
    f->n_pt = 0;
    f->sc_has = f->sc_in = 0;
    long reason = -1;
    for (size_t i = 0; i < f->n_needed; i++) {
        const fsc__span *sp = &c->ufs[f->fu[i]];
        js j = SPAN_JS(*sp);
        if (sp->n && !js_capture(f, &j, &f->foff[i]))
            return FSC_OK;
    }
    if (c->sp_reason.n) {
        js j = SPAN_JS(c->sp_reason);
        if (!js_capture(f, &j, &reason))
            return FSC_OK;
    }
    if (c->sp_lang.n) {
        js j = SPAN_JS(c->sp_lang);
        if (!js_capture(f, &j, &f->fs_lang))
            return FSC_OK;
    }
    if (f->profile && c->sp_profile.n) {
        js j = SPAN_JS(c->sp_profile);
        if (!js_profile(f, &j))
            return FSC_OK;
    }
    if (c->sp_scope.n) {
        /* A scope note may intern a name in f; it would be interned by f's
         * own reading of the row as well. */
        fsc_buf dec;
        fsc__buf_init(&dec, LINE_CAP);
        js j = SPAN_JS(c->sp_scope);
        int ok = js_scope(f, &j, &dec);
        fsc__buf_free(&dec);
        if (!ok)
            return FSC_OK;
    }
    *full = 0;
    f->cur_line = line;
    f->first_row_seen = 1;
    if (c->sp_lexset.n) {
        js j = SPAN_JS(c->sp_lexset);
        if (!js_lexicon_set(f, &j))
            return FSC_ENOMEM;
    }
    if (f->lexset_mixed) { /* c has stopped already; f would too */
        *full = 1;
        return FSC_OK;
    }
    f->has_voice = c->has_voice;
    f->has_vtok = c->has_vtok;
    for (int k = 0; k < 3; k++)
        f->vtok[k] = c->vtok[k];
    fsc_status st;
    if (!f->profile)
        for (size_t k = 0; k < c->n_pc; k++) {
            uint32_t cat;
            if ((st = follow_cat(f, c, c->pc[k].cat, &cat)))
                return st;
            if (cat != UINT32_MAX &&
                (st = fsc__compare_add_pending_cat(
                     f, cat, c->pc[k].count, c->pc[k].weighted, c->pc[k].vc)))
                return st;
        }
    for (size_t i = 0; i < f->n_needed; i++)
        if (f->foff[i] < 0 && f->fs_lang >= 0 &&
            strcmp(f->needed[i], "lang") == 0)
            f->foff[i] = f->fs_lang;
    return fsc__compare_commit_row(f, c->row_skipped,
                                   reason >= 0 ? f->fbuf.data + reason : NULL,
                                   c->row_tok, c->row_has_tokens);
}

fsc_status fsc__compare_jsonl_line(fsc_compare *c, const char *p, size_t len,
                                   long line, fsc_error *err)
{
    int parsed, dummy;
    fsc_status st = line_one(c, p, len, line, err, &parsed);
    for (size_t k = 0; k < c->n_fol && st == FSC_OK; k++) {
        fsc_compare *f = c->fol[k];
        int full = 1;
        if (parsed && (st = follow_row(f, c, line, &full)))
            return fsc__fail(err, st, "compare: out of memory");
        if (full)
            st = line_one(f, p, len, line, err, &dummy);
    }
    return st;
}
