/*
 * dictfmt.c - import dictionaries in the formats researchers bring:
 * WordStat .cat, quanteda/newsmap YAML, LIWC-22 .dicx and Lexicoder
 * .lc3/.lcd. Each reader fills an fsc_lexicon exactly as the JSON and .dic
 * readers do; malformed input fails with file:line:col.
 *
 * Nested categories (.cat indentation, YAML nested keys) get ids joined with
 * '.' ("CULTURE.CULTURE-HIGH") and the parent id in `parent`; bytes outside
 * [A-Za-z0-9_-] in a name become '_' in the id, so every id is one the JSON
 * format accepts and `lexicon convert` round-trips.
 */
#include "internal.h"
#include "jsonpos.h"
#include "lexicon_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct xctx {
    const char *text; /* file after any BOM */
    size_t len;
    size_t bom;
    const char *where;
    const char *lang; /* arena string */
    fsc_error *err;
    fsc_buf tmp;
} xctx;

#define QLEN(n) ((int)((n) > 200 ? 200 : (n)))
#define MAX_DEPTH 32

static fsc_status xfail(const xctx *c, size_t off, const char *fmt, ...)
    FSC__PRINTF(3, 4);
static fsc_status xfail(const xctx *c, size_t off, const char *fmt, ...)
{
    char msg[256];
    long line, col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fsc__text_linecol(c->text, c->len, off, &line, &col);
    return fsc__fail_at(c->err, FSC_EPARSE, c->where, line, col,
                        (long long)(c->bom + off), "%s", msg);
}

static int is_sp(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\v' || ch == '\f';
}

/* s[0..n) equals lower-case `lc` ignoring ASCII case. */
static int ascii_ieq(const char *s, const char *lc, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char a = s[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (a != lc[i])
            return 0;
    }
    return 1;
}

/* Lexicon name from the file name, as the .dic reader does. */
static void stem_name(const char *where, char out[FSC__LEX_MAX_NAME + 1])
{
    const char *base = where;
    for (const char *p = where; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    size_t o = 0;
    for (size_t i = 0; i < n && o < FSC__LEX_MAX_NAME; i++) {
        char ch = base[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
              ch == '_' || ch == '.' || ch == '-'))
            ch = '_';
        if (o == 0 && !((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')))
            continue;
        out[o++] = ch;
    }
    if (o == 0)
        memcpy(out, "dict", (o = 4));
    out[o] = '\0';
}

/* Add (or find) category `name` under parent index `parent` (-1: top). The
 * id is the parent's id + '.' + name. *idx gets its index. */
static fsc_status add_cat(xctx *c, fsc_lexicon *lx, const char *name,
                          size_t n, long parent, size_t off, long *idx)
{
    fsc_buf *b = &c->tmp;
    fsc__buf_reset(b);
    if (n == 0)
        return xfail(c, off, "empty category name");
    if (parent >= 0) {
        const char *pid = lx->cats[parent].id;
        if (fsc__buf_add(b, pid, strlen(pid)) || fsc__buf_addc(b, '.'))
            return FSC_ENOMEM;
    }
    /* Ids keep to the JSON format's [A-Za-z0-9_.-]: other bytes become
     * '_' (the label keeps the name as written). */
    for (size_t k = 0; k < n; k++) {
        char ch = name[k];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'))
            ch = '_';
        if (fsc__buf_addc(b, ch))
            return FSC_ENOMEM;
    }
    long f = fsc__lex_cat_find(lx, b->data, b->len);
    if (f >= 0) {
        *idx = f;
        return FSC_OK;
    }
    fsc_category cat;
    memset(&cat, 0, sizeof cat);
    if (!(cat.id = fsc__lex_strndup(lx, b->data, b->len)) ||
        !(cat.label = fsc__lex_strndup(lx, name, n)))
        return FSC_ENOMEM;
    cat.parent = parent >= 0 ? lx->cats[parent].id : NULL;
    fsc_status st = fsc__lex_cat_add(lx, &cat);
    if (st)
        return st;
    *idx = (long)lx->n_cats - 1;
    return FSC_OK;
}

/* Add term s[0..n) (already with spaces for word breaks) to category ci;
 * the same term twice merges categories (the first weight wins). */
static fsc_status add_term(xctx *c, fsc_lexicon *lx, const char *s, size_t n,
                           size_t off, long line, uint32_t ci, double weight)
{
    const char *why;
    fsc_status st = fsc__lex_term_norm(s, n, &c->tmp, &why);
    if (why)
        return xfail(c, off, "%s: \"%.*s\"", why, QLEN(n), s);
    if (st)
        return st;
    long prev = fsc__lex_entry_find(lx, c->tmp.data, c->lang, FSC_ROLE_TERM);
    if (prev >= 0) {
        fsc_entry *e = &lx->entries[prev];
        for (size_t k = 0; k < e->n_cats; k++)
            if (e->cats[k] == ci)
                return FSC_OK;
        uint32_t *v =
            fsc__arena_alloc(&lx->arena, (e->n_cats + 1) * sizeof *v);
        if (!v)
            return FSC_ENOMEM;
        memcpy(v, e->cats, e->n_cats * sizeof *v);
        v[e->n_cats] = ci;
        e->cats = v;
        e->n_cats++;
        return FSC_OK;
    }
    fsc_entry e;
    memset(&e, 0, sizeof e);
    uint32_t *v = fsc__arena_alloc(&lx->arena, sizeof *v);
    if (!v || !(e.term = fsc__lex_strndup(lx, c->tmp.data, c->tmp.len)))
        return FSC_ENOMEM;
    v[0] = ci;
    e.cats = v;
    e.n_cats = 1;
    e.lang = c->lang;
    e.weight = weight;
    e.role = FSC_ROLE_TERM;
    e.clitics = 1;
    e.line = line;
    return fsc__lex_entry_add(lx, &e);
}

/* Shared finish: name, version "0", language, warnings. */
static fsc_status finish(xctx *c, fsc_lexicon *lx, const char *fmtname)
{
    char name[FSC__LEX_MAX_NAME + 1];
    stem_name(c->where, name);
    if (!(lx->name = fsc__lex_strndup(lx, name, strlen(name))) ||
        !(lx->version = fsc__lex_strndup(lx, "0", 1)))
        return FSC_ENOMEM;
    lx->languages = fsc__arena_alloc(&lx->arena, sizeof *lx->languages);
    if (!lx->languages)
        return FSC_ENOMEM;
    lx->languages[0] = c->lang;
    lx->n_languages = 1;
    if (fsc__lex_warn(lx, "%s files carry no version; using \"0\"",
                      fmtname) ||
        fsc__lex_common_warnings(lx))
        return FSC_ENOMEM;
    return FSC_OK;
}

/* Line iterator: next line [*a, *b) trimmed of the line end only. */
static int next_line(const xctx *c, size_t *i, size_t *a, size_t *b)
{
    if (*i >= c->len)
        return 0;
    *a = *i;
    while (*i < c->len && c->text[*i] != '\n' && c->text[*i] != '\r')
        (*i)++;
    *b = *i;
    if (*i < c->len)
        *i += (c->text[*i] == '\r' && *i + 1 < c->len &&
               c->text[*i + 1] == '\n')
                  ? 2
                  : 1;
    return 1;
}

static fsc_status setup(xctx *c, fsc_lexicon *lx, const char *text,
                        size_t len, size_t bom, const char *where,
                        const fsc_lexicon_opts *opts, fsc_error *err)
{
    const char *lang = opts->lang ? opts->lang : "und";
    c->text = text;
    c->len = len;
    c->bom = bom;
    c->where = where;
    c->err = err;
    fsc__buf_init(&c->tmp, 1u << 20);
    if (!(c->lang = fsc__lex_strndup(lx, lang, strlen(lang))))
        return FSC_ENOMEM;
    return FSC_OK;
}

static fsc_status wrapup(xctx *c, fsc_status st)
{
    if (st == FSC_ENOMEM || st == FSC_ELIMIT)
        fsc__fail_at(c->err, st, c->where, 0, 0, -1, "%s", fsc_strerror(st));
    fsc__buf_free(&c->tmp);
    return st;
}

/* ---- WordStat .cat --------------------------------------------------- */

/* Indentation width: a tab counts as one level, as do 4 spaces... any
 * consistent indentation works because only the comparison with enclosing
 * lines matters. */
fsc_status fsc__lex_parse_cat(fsc_lexicon *lx, const char *text, size_t len,
                              size_t bom, const char *where,
                              const fsc_lexicon_opts *opts, fsc_error *err)
{
    xctx c;
    size_t ind[MAX_DEPTH];
    long cat[MAX_DEPTH];
    int depth = 0;
    size_t i = 0, a, b;
    long line = 0;
    fsc_status st = setup(&c, lx, text, len, bom, where, opts, err);
    while (!st && next_line(&c, &i, &a, &b)) {
        line++;
        size_t s = a;
        while (s < b && (text[s] == ' ' || text[s] == '\t'))
            s++;
        size_t e = b;
        while (e > s && is_sp(text[e - 1]))
            e--;
        if (s == e)
            continue;
        size_t width = s - a;
        while (depth > 0 && ind[depth - 1] >= width)
            depth--;
        /* An entry ends in "(weight)". */
        if (text[e - 1] == ')') {
            size_t p = e - 1;
            while (p > s && text[p - 1] != '(')
                p--;
            if (p == s)
                st = xfail(&c, e - 1, "unbalanced ')' in entry");
            else if (depth == 0)
                st = xfail(&c, s, "entry outside any category");
            if (st)
                break;
            char num[32];
            size_t nl = e - 1 - p;
            char *endp;
            if (nl == 0 || nl >= sizeof num) {
                st = xfail(&c, p, "bad weight \"%.*s\"", QLEN(nl),
                           text + p);
                break;
            }
            memcpy(num, text + p, nl);
            num[nl] = '\0';
            double w = strtod(num, &endp);
            if (*endp || !(w == w) || w < -1e6 || w > 1e6) {
                st = xfail(&c, p, "bad weight \"%s\"", num);
                break;
            }
            size_t te = p - 1;
            while (te > s && is_sp(text[te - 1]))
                te--;
            if (te == s) {
                st = xfail(&c, s, "entry has no term");
                break;
            }
            /* WordStat joins the words of a phrase with '_'. */
            char term[FSC__LEX_MAX_TERM_BYTES + 1];
            size_t tn = te - s;
            if (tn > FSC__LEX_MAX_TERM_BYTES) {
                st = xfail(&c, s, "term is longer than %d bytes",
                           FSC__LEX_MAX_TERM_BYTES);
                break;
            }
            for (size_t k = 0; k < tn; k++)
                term[k] = text[s + k] == '_' ? ' ' : text[s + k];
            term[tn] = '\0';
            st = add_term(&c, lx, term, tn, s, line,
                          (uint32_t)cat[depth - 1], w);
            /* an entry never opens a level */
            continue;
        }
        if (depth == MAX_DEPTH) {
            st = xfail(&c, s, "categories nested deeper than %d", MAX_DEPTH);
            break;
        }
        long idx;
        st = add_cat(&c, lx, text + s, e - s, depth ? cat[depth - 1] : -1, s,
                     &idx);
        if (st)
            break;
        ind[depth] = width;
        cat[depth] = idx;
        depth++;
    }
    if (!st && lx->n_cats == 0)
        st = xfail(&c, len, "empty dictionary: no categories");
    if (!st)
        st = finish(&c, lx, ".cat");
    return wrapup(&c, st);
}

/* ---- Lexicoder .lc3 / .lcd ------------------------------------------- */

fsc_status fsc__lex_parse_lcd(fsc_lexicon *lx, const char *text, size_t len,
                              size_t bom, const char *where,
                              const fsc_lexicon_opts *opts, fsc_error *err)
{
    xctx c;
    size_t i = 0, a, b;
    long line = 0, cur = -1;
    fsc_status st = setup(&c, lx, text, len, bom, where, opts, err);
    while (!st && next_line(&c, &i, &a, &b)) {
        line++;
        while (a < b && is_sp(text[a]))
            a++;
        while (b > a && is_sp(text[b - 1]))
            b--;
        if (a == b)
            continue;
        if (text[a] == '+') {
            size_t s = a + 1;
            while (s < b && is_sp(text[s]))
                s++;
            st = add_cat(&c, lx, text + s, b - s, -1, a, &cur);
            continue;
        }
        if (cur < 0) {
            st = xfail(&c, a,
                       "pattern before the first \"+CATEGORY\" line");
            break;
        }
        st = add_term(&c, lx, text + a, b - a, a, line, (uint32_t)cur, 1);
    }
    if (!st && lx->n_cats == 0)
        st = xfail(&c, len, "empty dictionary: no \"+CATEGORY\" line");
    if (!st)
        st = finish(&c, lx, "Lexicoder");
    return wrapup(&c, st);
}

/* ---- LIWC-22 .dicx (CSV) --------------------------------------------- */

/* Read one CSV field starting at *p within [.., b): unquoted or quoted with
 * "" escapes (no newlines inside quotes). Field text into out. */
static fsc_status csv_field(xctx *c, size_t *p, size_t b, fsc_buf *out)
{
    const char *t = c->text;
    fsc__buf_reset(out);
    size_t k = *p;
    if (k < b && t[k] == '"') {
        size_t q = k;
        k++;
        for (;;) {
            if (k >= b)
                return xfail(c, q, "unterminated quoted field");
            if (t[k] == '"') {
                if (k + 1 < b && t[k + 1] == '"') {
                    if (fsc__buf_addc(out, '"'))
                        return FSC_ENOMEM;
                    k += 2;
                    continue;
                }
                k++;
                break;
            }
            if (fsc__buf_addc(out, t[k++]))
                return FSC_ENOMEM;
        }
        if (k < b && t[k] != ',')
            return xfail(c, k, "expected ',' after a quoted field");
    } else {
        while (k < b && t[k] != ',') {
            if (t[k] == '"')
                return xfail(c, k, "stray '\"' in an unquoted field");
            if (fsc__buf_addc(out, t[k++]))
                return FSC_ENOMEM;
        }
    }
    *p = k;
    return FSC_OK;
}

fsc_status fsc__lex_parse_dicx(fsc_lexicon *lx, const char *text, size_t len,
                               size_t bom, const char *where,
                               const fsc_lexicon_opts *opts, fsc_error *err)
{
    xctx c;
    size_t i = 0, a, b;
    long line = 0;
    long *cols = NULL;
    size_t ncols = 0, capc = 0;
    int header = 0;
    fsc_buf f;
    fsc__buf_init(&f, 1u << 20);
    fsc_status st = setup(&c, lx, text, len, bom, where, opts, err);
    while (!st && next_line(&c, &i, &a, &b)) {
        line++;
        if (a == b)
            continue;
        size_t p = a;
        size_t col = 0;
        size_t tstart = a;
        char *term = NULL;
        size_t tlen = 0;
        for (;;) {
            size_t fs = p;
            if ((st = csv_field(&c, &p, b, &f)))
                break;
            /* trim white space around the field */
            size_t s0 = 0, e0 = f.len;
            while (s0 < e0 && is_sp(f.data[s0]))
                s0++;
            while (e0 > s0 && is_sp(f.data[e0 - 1]))
                e0--;
            if (!header) {
                /* header row */
                if (col == 0) {
                    if (!(e0 - s0 == 7 &&
                          ascii_ieq(f.data + s0, "dicterm", 7))) {
                        st = xfail(&c, fs,
                                   "expected the header cell \"DicTerm\" "
                                   "(is this a LIWC-22 .dicx file?)");
                        break;
                    }
                } else {
                    long idx;
                    size_t before = lx->n_cats;
                    if ((st = add_cat(&c, lx, f.data + s0, e0 - s0, -1, fs,
                                      &idx)))
                        break;
                    if (lx->n_cats == before) {
                        st = xfail(&c, fs, "category \"%.*s\" is used twice",
                                   QLEN(e0 - s0), f.data + s0);
                        break;
                    }
                    if (ncols == capc) {
                        size_t nc = capc ? capc * 2 : 16;
                        long *v = realloc(cols, nc * sizeof *v);
                        if (!v) {
                            st = FSC_ENOMEM;
                            break;
                        }
                        cols = v;
                        capc = nc;
                    }
                    cols[ncols++] = idx;
                }
            } else if (col == 0) {
                if (s0 == e0) {
                    st = xfail(&c, fs, "empty term");
                    break;
                }
                free(term);
                if (!(term = malloc(e0 - s0 + 1))) {
                    st = FSC_ENOMEM;
                    break;
                }
                memcpy(term, f.data + s0, e0 - s0);
                tlen = e0 - s0;
                tstart = fs;
            } else if (s0 < e0) {
                if (col > ncols) {
                    st = xfail(&c, fs, "more cells than header columns");
                    break;
                }
                if (!(e0 - s0 == 1 && (f.data[s0] | 0x20) == 'x')) {
                    st = xfail(&c, fs,
                               "expected 'X' or an empty cell, not \"%.*s\"",
                               QLEN(e0 - s0), f.data + s0);
                    break;
                }
                if ((st = add_term(&c, lx, term, tlen, tstart, line,
                                   (uint32_t)cols[col - 1], 1)))
                    break;
            }
            col++;
            if (p >= b)
                break;
            p++; /* the comma */
        }
        if (!st && !header) {
            header = 1;
            if (ncols == 0)
                st = xfail(&c, a, "header has no category columns");
        }
        if (!st && term) {
            /* a term without any X is an error: nothing would count it */
            int any = 0;
            fsc_buf nb;
            const char *why;
            fsc__buf_init(&nb, 1u << 20);
            if (fsc__lex_term_norm(term, tlen, &nb, &why) == FSC_OK)
                any = fsc__lex_entry_find(lx, nb.data, c.lang,
                                          FSC_ROLE_TERM) >= 0;
            fsc__buf_free(&nb);
            if (!any)
                st = xfail(&c, tstart, "term \"%.*s\" has no 'X' mark",
                           QLEN(tlen), term);
        }
        free(term);
    }
    if (!st && lx->n_cats == 0)
        st = xfail(&c, len, "empty dictionary: no header row");
    if (!st)
        st = finish(&c, lx, ".dicx");
    free(cols);
    fsc__buf_free(&f);
    return wrapup(&c, st);
}

/* ---- quanteda / newsmap YAML ----------------------------------------- */

typedef struct yctx {
    xctx *c;
    fsc_lexicon *lx;
    yaml_parser_t p;
} yctx;

static fsc_status yfail_mark(yctx *y, yaml_mark_t m, const char *what)
{
    return fsc__fail_at(y->c->err, FSC_EPARSE, y->c->where,
                        (long)m.line + 1, (long)m.column + 1,
                        (long long)(y->c->bom + m.index), "%s", what);
}

static fsc_status ynext(yctx *y, yaml_event_t *ev)
{
    if (!yaml_parser_parse(&y->p, ev)) {
        char msg[200];
        snprintf(msg, sizeof msg, "YAML: %s",
                 y->p.problem ? y->p.problem : "syntax error");
        return yfail_mark(y, y->p.problem_mark, msg);
    }
    return FSC_OK;
}

static fsc_status y_value(yctx *y, long cat, int depth);

/* Mapping (start event consumed): key -> nested category. */
static fsc_status y_mapping(yctx *y, long parent, int depth)
{
    yaml_event_t ev;
    fsc_status st;
    if (depth >= MAX_DEPTH)
        return FSC_ELIMIT;
    for (;;) {
        if ((st = ynext(y, &ev)))
            return st;
        if (ev.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&ev);
            return FSC_OK;
        }
        if (ev.type != YAML_SCALAR_EVENT) {
            st = yfail_mark(y, ev.start_mark,
                            "expected a category name (a plain key)");
            yaml_event_delete(&ev);
            return st;
        }
        long idx;
        st = add_cat(y->c, y->lx, (const char *)ev.data.scalar.value,
                     ev.data.scalar.length, parent, 0, &idx);
        if (st == FSC_EPARSE) /* rewrite the position: the key's mark */
            st = yfail_mark(y, ev.start_mark, "empty category name");
        yaml_event_delete(&ev);
        if (st)
            return st;
        if ((st = y_value(y, idx, depth + 1)))
            return st;
    }
}

static fsc_status y_term(yctx *y, yaml_event_t *ev, long cat)
{
    const char *s = (const char *)ev->data.scalar.value;
    size_t n = ev->data.scalar.length;
    const char *why;
    fsc_status st = fsc__lex_term_norm(s, n, &y->c->tmp, &why);
    if (why) {
        char msg[256];
        snprintf(msg, sizeof msg, "%s: \"%.*s\"", why, QLEN(n), s);
        return yfail_mark(y, ev->start_mark, msg);
    }
    if (st)
        return st;
    return add_term(y->c, y->lx, s, n, 0, (long)ev->start_mark.line + 1,
                    (uint32_t)cat, 1);
}

/* Value of category `cat`: a pattern, a list of patterns or a mapping. */
static fsc_status y_value(yctx *y, long cat, int depth)
{
    yaml_event_t ev;
    fsc_status st;
    if ((st = ynext(y, &ev)))
        return st;
    if (ev.type == YAML_SCALAR_EVENT) {
        if (ev.data.scalar.length == 0 && ev.data.scalar.plain_implicit)
            st = FSC_OK; /* "KEY:" with nothing: an empty category */
        else
            st = y_term(y, &ev, cat);
        yaml_event_delete(&ev);
        return st;
    }
    if (ev.type == YAML_MAPPING_START_EVENT) {
        yaml_event_delete(&ev);
        return y_mapping(y, cat, depth);
    }
    if (ev.type != YAML_SEQUENCE_START_EVENT) {
        st = yfail_mark(y, ev.start_mark,
                        "expected patterns or nested categories");
        yaml_event_delete(&ev);
        return st;
    }
    yaml_event_delete(&ev);
    for (;;) {
        if ((st = ynext(y, &ev)))
            return st;
        if (ev.type == YAML_SEQUENCE_END_EVENT) {
            yaml_event_delete(&ev);
            return FSC_OK;
        }
        if (ev.type != YAML_SCALAR_EVENT)
            st = yfail_mark(y, ev.start_mark,
                            "expected a pattern (a string) in the list");
        else
            st = y_term(y, &ev, cat);
        yaml_event_delete(&ev);
        if (st)
            return st;
    }
}

fsc_status fsc__lex_parse_yaml(fsc_lexicon *lx, const char *text, size_t len,
                               size_t bom, const char *where,
                               const fsc_lexicon_opts *opts, fsc_error *err)
{
    xctx c;
    yctx y;
    yaml_event_t ev;
    fsc_status st = setup(&c, lx, text, len, bom, where, opts, err);
    y.c = &c;
    y.lx = lx;
    if (st)
        return wrapup(&c, st);
    if (!yaml_parser_initialize(&y.p))
        return wrapup(&c, FSC_ENOMEM);
    yaml_parser_set_input_string(&y.p, (const unsigned char *)text, len);
    int state = 0; /* 0 stream start, 1 in document done */
    while (!st) {
        if ((st = ynext(&y, &ev)))
            break;
        yaml_event_type_t t = ev.type;
        yaml_mark_t m = ev.start_mark;
        yaml_event_delete(&ev);
        if (t == YAML_STREAM_END_EVENT)
            break;
        if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_START_EVENT ||
            t == YAML_DOCUMENT_END_EVENT)
            continue;
        if (t == YAML_MAPPING_START_EVENT && state == 0) {
            state = 1;
            st = y_mapping(&y, -1, 0);
            if (st == FSC_ELIMIT)
                st = yfail_mark(&y, m, "categories nested too deeply");
            continue;
        }
        st = yfail_mark(&y, m,
                        state ? "only one YAML document is read"
                              : "expected a mapping of categories at the "
                                "top level");
    }
    yaml_parser_delete(&y.p);
    if (!st && lx->n_cats == 0)
        st = fsc__fail_at(err, FSC_EPARSE, where, 1, 1, (long long)bom,
                          "empty dictionary: no categories");
    if (!st)
        st = finish(&c, lx, "YAML");
    return wrapup(&c, st);
}
