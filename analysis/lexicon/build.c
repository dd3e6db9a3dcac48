/*
 * build.c - building an fsc_lexicon in memory, for every reader (the JSON
 * reader in json.c, the dictionary formats in dic.c and dictfmt.c):
 * strings in the lexicon's arena, categories and entries with their hash
 * tables, term normalisation, name/language/id checks and the warnings
 * every format shares.
 */
#include "framescope/lexicon.h"

#include "arena.h"
#include "buf.h"
#include "internal.h"
#include "lexicon_int.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- builder helpers (shared with dic.c) -------------------------------- */

fsc_status fsc__lex_new(fsc_lexicon **out)
{
    fsc_lexicon *lx = calloc(1, sizeof *lx);
    *out = NULL;
    if (!lx)
        return FSC_ENOMEM;
    fsc__arena_init(&lx->arena, 32 * 1024);
    lx->path = "";
    *out = lx;
    return FSC_OK;
}

char *fsc__lex_strndup(fsc_lexicon *lx, const char *s, size_t n)
{
    return fsc__arena_strndup(&lx->arena, s, n);
}

char *fsc__lex_strdup(fsc_lexicon *lx, const char *s)
{
    return fsc__lex_strndup(lx, s, strlen(s));
}

/* Grow a malloc'ed vector of `size`-byte items to hold one more. */
static fsc_status grow(void **v, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return FSC_OK;
    size_t nc = *cap ? *cap * 2 : 16;
    if (nc > SIZE_MAX / size)
        return FSC_ENOMEM;
    void *p = realloc(*v, nc * size);
    if (!p)
        return FSC_ENOMEM;
    *v = p;
    *cap = nc;
    return FSC_OK;
}

fsc_status fsc__lex_warn(fsc_lexicon *lx, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    void *v = (void *)lx->warnings;
    if (grow(&v, &lx->cap_warnings, lx->n_warnings, sizeof(char *)))
        return FSC_ENOMEM;
    lx->warnings = v;
    char *w = fsc__lex_strdup(lx, tmp);
    if (!w)
        return FSC_ENOMEM;
    lx->warnings[lx->n_warnings++] = w;
    return FSC_OK;
}

static size_t cat_slot(const fsc_lexicon *lx, const char *id, size_t n)
{
    size_t mask = lx->cat_tab_cap - 1;
    size_t h = fsc__hash(id, n) & mask;
    for (;;) {
        uint32_t v = lx->cat_tab[h];
        if (v == 0)
            return h;
        const char *c = lx->cats[v - 1].id;
        if (strncmp(c, id, n) == 0 && c[n] == '\0')
            return h;
        h = (h + 1) & mask;
    }
}

long fsc__lex_cat_find(const fsc_lexicon *lx, const char *id, size_t n)
{
    if (!lx->cat_tab_cap)
        return -1;
    uint32_t v = lx->cat_tab[cat_slot(lx, id, n)];
    return v ? (long)v - 1 : -1;
}

/* Rebuild an index table with room for at least 2 * need slots. */
static fsc_status rehash(uint32_t **tab, size_t *cap, size_t need)
{
    size_t nc = 64;
    while (nc < 2 * need)
        nc *= 2;
    if (nc <= *cap)
        return FSC_OK;
    uint32_t *t = calloc(nc, sizeof *t);
    if (!t)
        return FSC_ENOMEM;
    free(*tab);
    *tab = t;
    *cap = nc;
    return FSC_OK;
}

fsc_status fsc__lex_cat_add(fsc_lexicon *lx, const fsc_category *c)
{
    void *v = lx->cats;
    if (lx->n_cats >= UINT32_MAX - 1)
        return FSC_ELIMIT;
    if (grow(&v, &lx->cap_cats, lx->n_cats, sizeof *lx->cats))
        return FSC_ENOMEM;
    lx->cats = v;
    lx->cats[lx->n_cats++] = *c;
    if (2 * lx->n_cats > lx->cat_tab_cap) {
        if (rehash(&lx->cat_tab, &lx->cat_tab_cap, lx->n_cats))
            return FSC_ENOMEM;
        for (size_t i = 0; i < lx->n_cats; i++) {
            const char *id = lx->cats[i].id;
            lx->cat_tab[cat_slot(lx, id, strlen(id))] = (uint32_t)(i + 1);
        }
    } else {
        lx->cat_tab[cat_slot(lx, c->id, strlen(c->id))] =
            (uint32_t)lx->n_cats;
    }
    return FSC_OK;
}

int fsc__lex_tag_eq(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y + 32);
        if (x != y)
            return 0;
        if (!x)
            return 1;
    }
}

static uint32_t entry_hash(const char *term, fsc_entry_role role)
{
    /* The language is left out so its case does not matter; entries that
     * differ only by language share a short probe run. */
    return fsc__hash(term, strlen(term)) ^ ((uint32_t)role * 0x9E3779B1u);
}

static size_t entry_slot(const fsc_lexicon *lx, const char *term,
                         const char *lang, fsc_entry_role role)
{
    size_t mask = lx->ent_tab_cap - 1;
    size_t h = entry_hash(term, role) & mask;
    for (;;) {
        uint32_t v = lx->ent_tab[h];
        if (v == 0)
            return h;
        const fsc_entry *e = &lx->entries[v - 1];
        if (e->role == role && strcmp(e->term, term) == 0 &&
            fsc__lex_tag_eq(e->lang, lang))
            return h;
        h = (h + 1) & mask;
    }
}

long fsc__lex_entry_find(const fsc_lexicon *lx, const char *term,
                         const char *lang, fsc_entry_role role)
{
    if (!lx->ent_tab_cap)
        return -1;
    uint32_t v = lx->ent_tab[entry_slot(lx, term, lang, role)];
    return v ? (long)v - 1 : -1;
}

fsc_status fsc__lex_entry_add(fsc_lexicon *lx, const fsc_entry *e)
{
    void *v = lx->entries;
    if (lx->n_entries >= UINT32_MAX - 1)
        return FSC_ELIMIT;
    if (grow(&v, &lx->cap_entries, lx->n_entries, sizeof *lx->entries))
        return FSC_ENOMEM;
    lx->entries = v;
    lx->entries[lx->n_entries++] = *e;
    if (2 * lx->n_entries > lx->ent_tab_cap) {
        if (rehash(&lx->ent_tab, &lx->ent_tab_cap, lx->n_entries))
            return FSC_ENOMEM;
        for (size_t i = 0; i < lx->n_entries; i++) {
            const fsc_entry *x = &lx->entries[i];
            lx->ent_tab[entry_slot(lx, x->term, x->lang, x->role)] =
                (uint32_t)(i + 1);
        }
    } else {
        lx->ent_tab[entry_slot(lx, e->term, e->lang, e->role)] =
            (uint32_t)lx->n_entries;
    }
    return FSC_OK;
}

/* Bytes of the whitespace character at s[0..n), or 0. ASCII white space and
 * the Unicode space separators that turn up in pasted text. */
static size_t space_len(const unsigned char *s, size_t n)
{
    if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r'))
        return 1;
    /* every other space starts with C2, E1, E2 or E3: most bytes are
     * answered here */
    if (s[0] < 0xC2 || (s[0] > 0xC2 && s[0] < 0xE1) || s[0] > 0xE3)
        return 0;
    if (n >= 2 && s[0] == 0xC2 && s[1] == 0xA0) /* U+00A0 */
        return 2;
    if (n >= 3 && s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80) /* U+1680 */
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
        ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 ||
         s[2] == 0xAF)) /* U+2000..200A, 2028, 2029, 202F */
        return 3;
    if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F) /* U+205F */
        return 3;
    if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80) /* U+3000 */
        return 3;
    return 0;
}

fsc_status fsc__lex_term_norm(const char *s, size_t n, fsc_buf *out,
                              const char **why)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, words = 0;
    fsc__buf_reset(out);
    *why = NULL;
    if (!fsc__utf8_valid(s, n, NULL, NULL, NULL)) {
        *why = "term is not valid UTF-8";
        return FSC_EUTF8;
    }
    while (i < n) {
        size_t w = space_len(u + i, n - i);
        if (w) {
            i += w;
            continue;
        }
        /* One word: up to the next space. */
        size_t start = i;
        while (i < n) {
            /* ASCII letters and the trail and lead bytes that no space
             * starts with, without a call */
            if ((u[i] > ' ' && u[i] < 0xC2) || space_len(u + i, n - i) == 0)
                i++;
            else
                break;
        }
        for (size_t k = start; k < i; k++) {
            if (s[k] == '*' && (k + 1 != i || k == start)) {
                *why = "bad wildcard: '*' may only end a word that has "
                       "other characters";
                return FSC_EPARSE;
            }
        }
        if (++words > FSC__LEX_MAX_TERM_WORDS) {
            *why = "term has more than 16 words";
            return FSC_EPARSE;
        }
        if (out->len + (words > 1) + (i - start) > FSC__LEX_MAX_TERM_BYTES) {
            *why = "term is longer than 512 bytes";
            return FSC_EPARSE;
        }
        fsc_status st;
        if ((words > 1 && (st = fsc__buf_addc(out, ' '))) ||
            (st = fsc__buf_add(out, s + start, i - start)))
            return st;
    }
    if (words == 0) {
        *why = "empty term";
        return FSC_EPARSE;
    }
    return FSC_OK;
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

int fsc__lex_lang_ok(const char *s)
{
    size_t n = 0;
    while (is_alpha(s[n]))
        n++;
    if (n < 2 || n > 3)
        return 0;
    s += n;
    while (*s == '-') {
        s++;
        n = 0;
        while (is_alpha(s[n]) || is_digit(s[n]))
            n++;
        if (n < 2 || n > 8)
            return 0;
        s += n;
    }
    return *s == '\0';
}

int fsc__lex_name_ok(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > FSC__LEX_MAX_NAME)
        return 0;
    if (!((s[0] >= 'a' && s[0] <= 'z') || is_digit(s[0])))
        return 0;
    for (size_t i = 1; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || is_digit(c) || c == '_' || c == '.' ||
              c == '-'))
            return 0;
    }
    return 1;
}

int fsc__lex_id_ok(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!(is_alpha(*s) || is_digit(*s) || *s == '_' || *s == '.' ||
              *s == '-'))
            return 0;
    return 1;
}

fsc_status fsc__lex_common_warnings(fsc_lexicon *lx)
{
    unsigned char *used = NULL;
    fsc_status st = FSC_OK;
    if (!lx->license && (st = fsc__lex_warn(lx, "no license stated")))
        return st;
    if (!lx->n_authors && (st = fsc__lex_warn(lx, "no authors listed")))
        return st;
    if (!lx->n_sources &&
        (st = fsc__lex_warn(lx, "no sources listed (where the terms came "
                                "from)")))
        return st;
    if (!lx->n_cats)
        return FSC_OK;
    used = calloc(lx->n_cats, 1);
    if (!used)
        return FSC_ENOMEM;
    for (size_t i = 0; i < lx->n_entries; i++)
        for (size_t k = 0; k < lx->entries[i].n_cats; k++)
            used[lx->entries[i].cats[k]] = 1;
    /* A parent category gathers its children's entries, so it is not empty
     * merely because no entry names it directly. */
    for (size_t i = 0; i < lx->n_cats; i++) {
        const char *p = lx->cats[i].parent;
        if (p) {
            long j = fsc__lex_cat_find(lx, p, strlen(p));
            if (j >= 0)
                used[j] = 1;
        }
    }
    for (size_t i = 0; i < lx->n_cats && !st; i++)
        if (!used[i])
            st = fsc__lex_warn(lx, "category \"%s\" has no entries",
                               lx->cats[i].id);
    free(used);
    return st;
}

