/*
 * dic.c - import LIWC-style .dic dictionaries into an fsc_lexicon.
 *
 * Accepts LF, CRLF and CR-only line ends, a BOM, tab- or space-separated
 * fields and trailing white space; multi-word terms are separated from their
 * category numbers by a tab (see lexicons/FORMAT.md). LIWC's conditional
 * category assignments ("(02 134)125/464": 125 after a word of category 02
 * or 134, else 464; "<of>131/125": 131 before the word "of", else 125)
 * depend on the neighbouring word, which the matcher does not model: they
 * are skipped, never guessed at; the entry keeps its unconditional
 * categories (an entry with none is left out), and one warning counts
 * them.
 */
#include "internal.h"
#include "jsonpos.h"
#include "lexicon_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct dctx {
    const char *text; /* file after any BOM */
    size_t len;
    size_t bom; /* BOM bytes before text */
    const char *where;
    fsc_error *err;
    size_t n_cond;       /* conditional assignments skipped */
    size_t n_cond_lines; /* entry lines that had some */
    size_t n_cond_gone;  /* entries left with no category, so left out */
    long cond_line;      /* first such line */
} dctx;

/* One declared category number. */
typedef struct catnum {
    unsigned long num; /* as written */
    uint32_t idx;      /* category index in the lexicon */
    size_t off;        /* offset of the number in text, for messages */
} catnum;

static fsc_status dfail(const dctx *c, size_t off, const char *fmt, ...)
    FSC__PRINTF(3, 4);
static fsc_status dfail(const dctx *c, size_t off, const char *fmt, ...)
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

/* Precision for quoting s[0..n) in a message: bounded, never negative. */
#define QLEN(n) ((int)((n) > 200 ? 200 : (n)))

static int is_sp(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\v' || ch == '\f';
}

static int is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

static int cmp_catnum(const void *a, const void *b)
{
    const catnum *x = a, *y = b;
    if (x->num != y->num)
        return x->num < y->num ? -1 : 1;
    return x->off < y->off ? -1 : x->off > y->off;
}

/* Parse the all-digit field s[0..n) into *v; 0 when not a number. */
static int parse_num(const char *s, size_t n, unsigned long *v)
{
    unsigned long x = 0;
    if (n == 0 || n > 9)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (!is_digit(s[i]))
            return 0;
        x = x * 10 + (unsigned long)(s[i] - '0');
    }
    *v = x;
    return 1;
}

/* Lexicon name from the file name: stem, lower-cased, other characters
 * replaced by '_', so "J-MFD_2018r1.dic" gives "j-mfd_2018r1". */
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
        if (!((ch >= 'a' && ch <= 'z') || is_digit(ch) || ch == '_' ||
              ch == '.' || ch == '-'))
            ch = '_';
        if (o == 0 && !((ch >= 'a' && ch <= 'z') || is_digit(ch)))
            continue; /* a name must start with a letter or digit */
        out[o++] = ch;
    }
    if (o == 0)
        memcpy(out, "dic", (o = 3));
    out[o] = '\0';
}

/* Category line text[a..b) (trimmed, non-empty). */
static fsc_status read_category(const dctx *c, fsc_lexicon *lx, size_t a,
                                size_t b, catnum **nums, size_t *n_nums,
                                size_t *cap_nums, fsc_buf *tmp)
{
    const char *t = c->text;
    size_t i = a;
    unsigned long num;
    while (i < b && is_digit(t[i]))
        i++;
    if (i == a)
        return dfail(c, a,
                     "expected a category line \"<number> <name>\" or '%%'");
    if (!parse_num(t + a, i - a, &num))
        return dfail(c, a, "category number \"%.*s\" is too long",
                     QLEN(i - a), t + a);
    if (i < b && !is_sp(t[i]))
        return dfail(c, i,
                     "expected white space after the category number");
    while (i < b && is_sp(t[i]))
        i++;
    if (i == b)
        return dfail(c, a, "category %lu has no name", num);
    /* Label: the rest of the line with white space runs collapsed. */
    fsc__buf_reset(tmp);
    for (size_t k = i; k < b; k++) {
        if (is_sp(t[k])) {
            if (!is_sp(t[k - 1]) && fsc__buf_addc(tmp, ' '))
                return FSC_ENOMEM;
        } else if (fsc__buf_addc(tmp, t[k])) {
            return FSC_ENOMEM;
        }
    }
    fsc_category cat;
    memset(&cat, 0, sizeof cat);
    if (!(cat.label = fsc__lex_strndup(lx, tmp->data, tmp->len)))
        return FSC_ENOMEM;
    for (size_t k = 0; k < tmp->len; k++)
        if (tmp->data[k] == ' ')
            tmp->data[k] = '_';
    if (fsc__lex_cat_find(lx, tmp->data, tmp->len) >= 0) {
        /* Two categories with one name: keep both, told apart by number. */
        if (fsc__buf_printf(tmp, "_%lu", num))
            return FSC_ENOMEM;
        if (fsc__lex_cat_find(lx, tmp->data, tmp->len) >= 0)
            return dfail(c, i, "category name \"%s\" is used twice",
                         cat.label);
    }
    if (!(cat.id = fsc__lex_strndup(lx, tmp->data, tmp->len)))
        return FSC_ENOMEM;
    fsc_status st = fsc__lex_cat_add(lx, &cat);
    if (st)
        return st;
    if (*n_nums == *cap_nums) {
        size_t nc = *cap_nums ? *cap_nums * 2 : 32;
        catnum *v = realloc(*nums, nc * sizeof *v);
        if (!v)
            return FSC_ENOMEM;
        *nums = v;
        *cap_nums = nc;
    }
    (*nums)[*n_nums].num = num;
    (*nums)[*n_nums].idx = (uint32_t)(lx->n_cats - 1);
    (*nums)[*n_nums].off = a;
    (*n_nums)++;
    return FSC_OK;
}

/* Entry line text[a..b) (trimmed, non-empty) on line `line`. */
static fsc_status read_entry(dctx *c, fsc_lexicon *lx, size_t a,
                             size_t b, long line, const char *lang,
                             const catnum *nums, size_t n_nums, fsc_buf *tmp,
                             uint32_t **cbuf, size_t *cbuf_cap)
{
    const char *t = c->text;
    size_t tend = a; /* end of the term */
    const char *tab = memchr(t + a, '\t', b - a);
    if (tab) {
        tend = (size_t)(tab - t);
    } else {
        /* No tab: the term is every word before the first all-digit one. */
        size_t k = a;
        tend = b;
        while (k < b) {
            size_t w = k;
            while (k < b && !is_sp(t[k]))
                k++;
            size_t d = w;
            while (d < k && is_digit(t[d]))
                d++;
            if (d == k) {
                tend = w;
                break;
            }
            while (k < b && is_sp(t[k]))
                k++;
        }
    }
    const char *why;
    fsc_status st = fsc__lex_term_norm(t + a, tend - a, tmp, &why);
    if (why) {
        if (strcmp(why, "empty term") == 0)
            return dfail(c, a, "empty term (the line starts with a number)");
        return dfail(c, a, "%s: \"%.*s\"", why, QLEN(tend - a), t + a);
    }
    if (st)
        return st;

    /* Category numbers. */
    size_t n = 0, k = tend, cond = 0;
    for (;;) {
        while (k < b && is_sp(t[k]))
            k++;
        if (k >= b)
            break;
        size_t f = k;
        int paren = 0, special = 0;
        while (k < b && (paren || !is_sp(t[k]))) {
            if (t[k] == '(')
                paren = 1;
            else if (t[k] == ')')
                paren = 0;
            if (t[k] && strchr("<>()/", t[k]))
                special = 1;
            k++;
        }
        if (special) {
            /* a conditional assignment: "(02 134)125/464", "<of>131/125",
             * "02<03>/01" (the group in parentheses may hold spaces) */
            cond++;
            continue;
        }
        unsigned long num;
        if (!parse_num(t + f, k - f, &num))
            return dfail(c, f, "bad category number \"%.*s\"", QLEN(k - f),
                         t + f);
        catnum key = {num, 0, 0};
        size_t lo = 0, hi = n_nums;
        while (lo < hi) { /* first element with num >= key.num */
            size_t mid = lo + (hi - lo) / 2;
            if (nums[mid].num < key.num)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == n_nums || nums[lo].num != num)
            return dfail(c, f, "unknown category number %lu", num);
        uint32_t ci = nums[lo].idx;
        size_t y = 0;
        while (y < n && (*cbuf)[y] != ci)
            y++;
        if (y < n)
            continue; /* listed twice on one line: harmless */
        if (n == *cbuf_cap) {
            size_t nc = *cbuf_cap ? *cbuf_cap * 2 : 16;
            uint32_t *v = realloc(*cbuf, nc * sizeof *v);
            if (!v)
                return FSC_ENOMEM;
            *cbuf = v;
            *cbuf_cap = nc;
        }
        (*cbuf)[n++] = ci;
    }
    if (cond) {
        c->n_cond += cond;
        if (c->n_cond_lines++ == 0)
            c->cond_line = line;
        if (n == 0) {
            c->n_cond_gone++;
            return FSC_OK;
        }
    }
    if (n == 0)
        return dfail(c, tend < b ? tend : a,
                     "entry \"%s\" has no category numbers", tmp->data);

    long prev = fsc__lex_entry_find(lx, tmp->data, lang, FSC_ROLE_TERM);
    if (prev >= 0) {
        /* The same term on two lines: merge its categories. */
        fsc_entry *e = &lx->entries[prev];
        size_t m = e->n_cats;
        uint32_t *v = fsc__arena_alloc(&lx->arena, (m + n) * sizeof *v);
        if (!v)
            return FSC_ENOMEM;
        memcpy(v, e->cats, m * sizeof *v);
        for (size_t i = 0; i < n; i++) {
            size_t y = 0;
            while (y < m && v[y] != (*cbuf)[i])
                y++;
            if (y == m)
                v[m++] = (*cbuf)[i];
        }
        e->cats = v;
        e->n_cats = m;
        return FSC_OK;
    }
    fsc_entry e;
    memset(&e, 0, sizeof e);
    uint32_t *v = fsc__arena_alloc(&lx->arena, n * sizeof *v);
    if (!v || !(e.term = fsc__lex_strndup(lx, tmp->data, tmp->len)))
        return FSC_ENOMEM;
    memcpy(v, *cbuf, n * sizeof *v);
    e.cats = v;
    e.n_cats = n;
    e.lang = lang;
    e.weight = 1;
    e.role = FSC_ROLE_TERM;
    e.clitics = 1;
    e.line = line;
    return fsc__lex_entry_add(lx, &e);
}

fsc_status fsc__lex_parse_dic(fsc_lexicon *lx, const char *text, size_t len,
                              size_t bom, const char *where,
                              const fsc_lexicon_opts *opts, fsc_error *err)
{
    dctx c = {text, len, bom, where, err, 0, 0, 0, 0};
    catnum *nums = NULL;
    size_t n_nums = 0, cap_nums = 0, cbuf_cap = 0;
    uint32_t *cbuf = NULL;
    fsc_buf tmp;
    fsc_status st = FSC_OK;
    int state = 0; /* 0 before the first '%', 1 categories, 2 entries */
    long line = 0;
    size_t i = 0;
    char name[FSC__LEX_MAX_NAME + 1];
    const char *lang = opts->lang ? opts->lang : "und";
    fsc__buf_init(&tmp, 1u << 20);

    if (!(lang = fsc__lex_strndup(lx, lang, strlen(lang))))
        goto nomem;
    while (i < len) {
        size_t a = i, b;
        line++;
        while (i < len && text[i] != '\n' && text[i] != '\r')
            i++;
        b = i;
        if (i < len)
            i += (text[i] == '\r' && i + 1 < len && text[i + 1] == '\n') ? 2
                                                                         : 1;
        while (a < b && is_sp(text[a]))
            a++;
        while (b > a && is_sp(text[b - 1]))
            b--;
        if (a == b)
            continue;
        if (b - a == 1 && text[a] == '%') {
            if (++state == 2) {
                if (n_nums) /* fsc__qsort(NULL, 0, ...) is undefined */
                    fsc__qsort(nums, n_nums, sizeof *nums, cmp_catnum);
                for (size_t k = 1; k < n_nums; k++)
                    if (nums[k].num == nums[k - 1].num) {
                        st = dfail(&c, nums[k].off,
                                   "category number %lu is defined twice",
                                   nums[k].num);
                        goto fail;
                    }
            } else if (state > 2) {
                st = dfail(&c, a, "unexpected third '%%' line");
                goto fail;
            }
            continue;
        }
        if (state == 0) {
            st = dfail(&c, a,
                       "expected a '%%' line to open the category list (is "
                       "this a LIWC .dic file?)");
            goto fail;
        }
        if (state == 1)
            st = read_category(&c, lx, a, b, &nums, &n_nums, &cap_nums, &tmp);
        else
            st = read_entry(&c, lx, a, b, line, lang, nums, n_nums, &tmp,
                            &cbuf, &cbuf_cap);
        if (st)
            goto fail;
    }
    if (state < 2) {
        size_t end = len;
        while (end > 0 && (is_sp(text[end - 1]) || text[end - 1] == '\n' ||
                           text[end - 1] == '\r'))
            end--;
        st = dfail(&c, end,
                   state == 0 ? "empty dictionary: expected '%%', the "
                                "category list and '%%'"
                              : "missing the '%%' line that ends the "
                                "category list");
        goto fail;
    }

    stem_name(where, name);
    if (!(lx->name = fsc__lex_strndup(lx, name, strlen(name))) ||
        !(lx->version = fsc__lex_strndup(lx, "0", 1)))
        goto nomem;
    lx->languages = fsc__arena_alloc(&lx->arena, sizeof *lx->languages);
    if (!lx->languages)
        goto nomem;
    lx->languages[0] = lang;
    lx->n_languages = 1;
    if (c.n_cond &&
        fsc__lex_warn(lx,
                      "%zu LIWC conditional category assignment%s on %zu "
                      "entr%s (first on line %ld) skipped: they depend on "
                      "the neighbouring word, which framescope does not "
                      "model; those entries keep their other categories "
                      "(%zu entr%s had none and %s left out)",
                      c.n_cond, c.n_cond == 1 ? "" : "s", c.n_cond_lines,
                      c.n_cond_lines == 1 ? "y" : "ies", c.cond_line,
                      c.n_cond_gone, c.n_cond_gone == 1 ? "y" : "ies",
                      c.n_cond_gone == 1 ? "is" : "are"))
        goto nomem;
    if (fsc__lex_warn(lx, ".dic files carry no version; using \"0\"") ||
        fsc__lex_common_warnings(lx))
        goto nomem;
    goto done;
nomem:
    st = FSC_ENOMEM;
fail:
    if (st == FSC_ENOMEM || st == FSC_ELIMIT)
        fsc__fail_at(err, st, where, 0, 0, -1, "%s", fsc_strerror(st));
done:
    free(nums);
    free(cbuf);
    fsc__buf_free(&tmp);
    return st;
}
