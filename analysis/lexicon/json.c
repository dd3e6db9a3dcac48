/*
 * json.c - the framescope JSON lexicon reader (lexicons/FORMAT.md).
 *
 * Every rejection names file:line:col of the offending JSON value: cJSON gives
 * the syntax-error offset, and jsonpos.c re-scans the raw text along the path
 * of a semantically wrong value.
 */
#include "framescope/lexicon.h"

#include "arena.h"
#include "buf.h"
#include "internal.h"
#include "jsonpos.h"
#include "jtree.h"
#include "lexicon_int.h"
#include "sha256.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

typedef struct jctx {
    fsc_lexicon *lx;
    const char *text; /* the file after any BOM */
    size_t len;
    size_t bom; /* bytes of BOM before text */
    const char *where;
    fsc_error *err;
    fsc_buf tmp; /* scratch for term normalisation */
    /* With a tree from fsc__jtree_parse: the offsets of the elements of
     * "entries" (malloc'd), found while reading. */
    int have_offs;
    size_t *ent_offs, n_ent_offs;
} jctx;

static fsc_status jfail_code(const jctx *c, fsc_status code,
                             const fsc__jpstep *path, size_t n, int want_key,
                             const char *fmt, va_list ap) FSC__PRINTF(6, 0);
static fsc_status jfail_code(const jctx *c, fsc_status code,
                             const fsc__jpstep *path, size_t n, int want_key,
                             const char *fmt, va_list ap)
{
    char msg[256];
    size_t off;
    long line, col;
    fsc__jsonpos_find(c->text, c->len, path, n, want_key, &off);
    fsc__text_linecol(c->text, c->len, off, &line, &col);
    vsnprintf(msg, sizeof msg, fmt, ap);
    return fsc__fail_at(c->err, code, c->where, line, col,
                        (long long)(c->bom + off), "%s", msg);
}

/* Fail with FSC_EPARSE at the value (or, with want_key, the key) at path. */
static fsc_status jfail(const jctx *c, const fsc__jpstep *path, size_t n,
                        int want_key, const char *fmt, ...) FSC__PRINTF(5, 6);
static fsc_status jfail(const jctx *c, const fsc__jpstep *path, size_t n,
                        int want_key, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fsc_status st = jfail_code(c, FSC_EPARSE, path, n, want_key, fmt, ap);
    va_end(ap);
    return st;
}

static fsc_status jfail_utf8(const jctx *c, const fsc__jpstep *path,
                             size_t n, const char *fmt, ...) FSC__PRINTF(4, 5);
static fsc_status jfail_utf8(const jctx *c, const fsc__jpstep *path,
                             size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fsc_status st = jfail_code(c, FSC_EUTF8, path, n, 0, fmt, ap);
    va_end(ap);
    return st;
}

static const char *jtype(const cJSON *j)
{
    if (cJSON_IsString(j))
        return "a string";
    if (cJSON_IsNumber(j))
        return "a number";
    if (cJSON_IsArray(j))
        return "an array";
    if (cJSON_IsObject(j))
        return "an object";
    if (cJSON_IsBool(j))
        return "a boolean";
    if (cJSON_IsNull(j))
        return "null";
    return "an unknown value";
}

enum { T_STR = 1, T_NUM = 2, T_ARR = 4, T_OBJ = 8, T_BOOL = 16 };

static int has_type(const cJSON *j, int t)
{
    return ((t & T_STR) && cJSON_IsString(j) && j->valuestring) ||
           ((t & T_NUM) && cJSON_IsNumber(j)) ||
           ((t & T_ARR) && cJSON_IsArray(j)) ||
           ((t & T_OBJ) && cJSON_IsObject(j)) ||
           ((t & T_BOOL) && cJSON_IsBool(j));
}

static const char *tname(int t)
{
    switch (t) {
    case T_STR:
        return "a string";
    case T_NUM:
        return "a number";
    case T_ARR:
        return "an array";
    case T_OBJ:
        return "an object";
    default:
        return "true or false";
    }
}

static int ignored_key(const char *k)
{
    return k[0] == '_' || (k[0] == 'x' && k[1] == '-');
}

/*
 * Check the keys of object `obj` (located by path[0..n); path needs room for
 * one more step): each is in `known` or ignored, none repeats. `what` prefixes
 * messages ("entry 3: "), or is "".
 */
static fsc_status check_keys_slots(const jctx *c, const cJSON *obj,
                                   fsc__jpstep *path, size_t n,
                                   const char *const *known, const char *what,
                                   const cJSON **slots);

static fsc_status check_keys(const jctx *c, const cJSON *obj,
                             fsc__jpstep *path, size_t n,
                             const char *const *known, const char *what)
{
    return check_keys_slots(c, obj, path, n, known, what, NULL);
}

/* check_keys, and (slots not NULL) slots[i] = the member named known[i] or
 * NULL: what cJSON_GetObjectItemCaseSensitive(obj, known[i]) returns, as no
 * known key may repeat. */
static fsc_status check_keys_slots(const jctx *c, const cJSON *obj,
                                   fsc__jpstep *path, size_t n,
                                   const char *const *known, const char *what,
                                   const cJSON **slots)
{
    unsigned seen = 0; /* bit per known key; at most 16 known keys */
    size_t m = 0;
    for (const cJSON *k = obj->child; k; k = k->next, m++) {
        const char *key = k->string ? k->string : "";
        path[n].key = NULL;
        path[n].index = m;
        if (ignored_key(key))
            continue;
        size_t i = 0;
        while (known[i] && strcmp(known[i], key) != 0)
            i++;
        if (!known[i])
            return jfail(c, path, n + 1, 1, "%sunknown key \"%s\"", what,
                         key);
        if (seen & (1u << i))
            return jfail(c, path, n + 1, 1, "%sduplicate key \"%s\"", what,
                         key);
        seen |= 1u << i;
        if (slots)
            slots[i] = k;
    }
    if (slots)
        for (size_t i = 0; known[i]; i++)
            if (!(seen & (1u << i)))
                slots[i] = NULL;
    return FSC_OK;
}

/*
 * Member `key` of obj: *out NULL when absent, else it must have type `t`.
 * path[0..n) locates obj and has room for one more step.
 */
static fsc_status get_at(const jctx *c, const cJSON *j, const char *key, int t,
                         fsc__jpstep *path, size_t n, const char *what,
                         const cJSON **out);

static fsc_status get(const jctx *c, const cJSON *obj, const char *key, int t,
                      fsc__jpstep *path, size_t n, const char *what,
                      const cJSON **out)
{
    return get_at(c, cJSON_GetObjectItemCaseSensitive(obj, key), key, t, path,
                  n, what, out);
}

/* get() of the member j (NULL when absent) already looked up. */
static fsc_status get_at(const jctx *c, const cJSON *j, const char *key, int t,
                         fsc__jpstep *path, size_t n, const char *what,
                         const cJSON **out)
{
    *out = NULL;
    if (!j)
        return FSC_OK;
    if (!has_type(j, t)) {
        path[n].key = key;
        path[n].index = 0;
        return jfail(c, path, n + 1, 0, "%s\"%s\" must be %s, not %s", what,
                     key, tname(t), jtype(j));
    }
    *out = j;
    return FSC_OK;
}

/* Optional string member copied into the arena (*out NULL when absent). */
static fsc_status get_str(jctx *c, const cJSON *obj, const char *key,
                          fsc__jpstep *path, size_t n, const char *what,
                          const char **out)
{
    const cJSON *j;
    fsc_status st = get(c, obj, key, T_STR, path, n, what, &j);
    *out = NULL;
    if (st || !j)
        return st;
    *out = fsc__lex_strdup(c->lx, j->valuestring);
    return *out ? FSC_OK : FSC_ENOMEM;
}

/* Optional array of strings; each element must be a non-empty string. */
static fsc_status get_str_array(jctx *c, const cJSON *obj, const char *key,
                                fsc__jpstep *path, size_t n, const char *what,
                                const char ***out, size_t *n_out)
{
    const cJSON *a;
    fsc_status st = get(c, obj, key, T_ARR, path, n, what, &a);
    *out = NULL;
    *n_out = 0;
    if (st || !a)
        return st;
    size_t cnt = (size_t)cJSON_GetArraySize(a);
    const char **v = fsc__arena_alloc(&c->lx->arena, (cnt + 1) * sizeof *v);
    if (!v)
        return FSC_ENOMEM;
    size_t i = 0;
    for (const cJSON *e = a->child; e; e = e->next, i++) {
        if (!has_type(e, T_STR) || !e->valuestring[0]) {
            path[n].key = key;
            path[n].index = 0;
            path[n + 1].key = NULL;
            path[n + 1].index = i;
            return jfail(c, path, n + 2, 0,
                         "%s\"%s\" must be an array of non-empty strings, "
                         "but element %zu is %s",
                         what, key, i + 1,
                         cJSON_IsString(e) ? "empty" : jtype(e));
        }
        if (!(v[i] = fsc__lex_strdup(c->lx, e->valuestring)))
            return FSC_ENOMEM;
    }
    *out = v;
    *n_out = i;
    return FSC_OK;
}

static fsc_status read_axes(jctx *c, const cJSON *root)
{
    static const char *const known[] = {"id", "label", "poles", "description",
                                        NULL};
    fsc__jpstep p[5] = {{"axes", 0}};
    const cJSON *axes;
    fsc_status st = get(c, root, "axes", T_ARR, p, 0, "", &axes);
    if (st || !axes)
        return st;
    size_t n = (size_t)cJSON_GetArraySize(axes);
    fsc_axis *v = fsc__arena_alloc(&c->lx->arena, (n + 1) * sizeof *v);
    if (!v)
        return FSC_ENOMEM;
    size_t i = 0;
    for (const cJSON *a = axes->child; a; a = a->next, i++) {
        char what[48];
        const cJSON *j;
        fsc_axis *ax = &v[i];
        p[1].key = NULL;
        p[1].index = i;
        snprintf(what, sizeof what, "axis %zu: ", i + 1);
        if (!cJSON_IsObject(a))
            return jfail(c, p, 2, 0, "%smust be an object, not %s", what,
                         jtype(a));
        if ((st = check_keys(c, a, p, 2, known, what)))
            return st;
        if ((st = get(c, a, "id", T_STR, p, 2, what, &j)))
            return st;
        if (!j)
            return jfail(c, p, 2, 0, "%smissing \"id\"", what);
        p[2].key = "id";
        if (!fsc__lex_id_ok(j->valuestring))
            return jfail(c, p, 3, 0,
                         "%sbad id \"%s\" (use letters, digits, '_', '.', "
                         "'-')",
                         what, j->valuestring);
        for (size_t k = 0; k < i; k++)
            if (strcmp(v[k].id, j->valuestring) == 0)
                return jfail(c, p, 3, 0, "%sduplicate axis id \"%s\"", what,
                             j->valuestring);
        if (!(ax->id = fsc__lex_strdup(c->lx, j->valuestring)))
            return FSC_ENOMEM;
        if ((st = get_str(c, a, "label", p, 2, what, &ax->label)) ||
            (st = get_str(c, a, "description", p, 2, what,
                          &ax->description)))
            return st;
        if (!ax->label)
            ax->label = ax->id;
        const char **poles;
        size_t np;
        if ((st = get_str_array(c, a, "poles", p, 2, what, &poles, &np)))
            return st;
        p[2].key = "poles";
        if (!poles)
            return jfail(c, p, 2, 0, "%smissing \"poles\"", what);
        if (np < 2)
            return jfail(c, p, 3, 0, "%s\"poles\" needs at least two poles",
                         what);
        for (size_t x = 0; x < np; x++)
            for (size_t y = 0; y < x; y++)
                if (strcmp(poles[x], poles[y]) == 0) {
                    p[3].key = NULL;
                    p[3].index = x;
                    return jfail(c, p, 4, 0, "%sduplicate pole \"%s\"", what,
                                 poles[x]);
                }
        ax->poles = poles;
        ax->n_poles = np;
    }
    c->lx->axes = v;
    c->lx->n_axes = i;
    return FSC_OK;
}

static long find_axis(const fsc_lexicon *lx, const char *id)
{
    for (size_t i = 0; i < lx->n_axes; i++)
        if (strcmp(lx->axes[i].id, id) == 0)
            return (long)i;
    return -1;
}

static fsc_status read_categories(jctx *c, const cJSON *root)
{
    static const char *const known[] = {"id",   "label",  "description",
                                        "axis", "pole",   "parent",
                                        "contrast", NULL};
    fsc__jpstep p[4] = {{"categories", 0}};
    const cJSON *cats;
    fsc_status st = get(c, root, "categories", T_ARR, p, 0, "", &cats);
    if (st || !cats)
        return st;
    fsc_lexicon *lx = c->lx;
    size_t i = 0;
    /* Pass 1: shape, ids and plain strings. */
    for (const cJSON *o = cats->child; o; o = o->next, i++) {
        char what[48];
        const cJSON *j;
        fsc_category cat;
        memset(&cat, 0, sizeof cat);
        p[1].key = NULL;
        p[1].index = i;
        snprintf(what, sizeof what, "category %zu: ", i + 1);
        if (!cJSON_IsObject(o))
            return jfail(c, p, 2, 0, "%smust be an object, not %s", what,
                         jtype(o));
        if ((st = check_keys(c, o, p, 2, known, what)))
            return st;
        if ((st = get(c, o, "id", T_STR, p, 2, what, &j)))
            return st;
        if (!j)
            return jfail(c, p, 2, 0, "%smissing \"id\"", what);
        p[2].key = "id";
        if (!fsc__lex_id_ok(j->valuestring))
            return jfail(c, p, 3, 0,
                         "%sbad id \"%s\" (use letters, digits, '_', '.', "
                         "'-')",
                         what, j->valuestring);
        long dup = fsc__lex_cat_find(lx, j->valuestring,
                                     strlen(j->valuestring));
        if (dup >= 0)
            return jfail(c, p, 3, 0,
                         "%sduplicate category id \"%s\" (first is "
                         "category %ld)",
                         what, j->valuestring, dup + 1);
        if (!(cat.id = fsc__lex_strdup(lx, j->valuestring)))
            return FSC_ENOMEM;
        if ((st = get_str(c, o, "label", p, 2, what, &cat.label)) ||
            (st = get_str(c, o, "description", p, 2, what,
                          &cat.description)) ||
            (st = get_str(c, o, "axis", p, 2, what, &cat.axis)) ||
            (st = get_str(c, o, "pole", p, 2, what, &cat.pole)) ||
            (st = get_str(c, o, "parent", p, 2, what, &cat.parent)) ||
            (st = get_str(c, o, "contrast", p, 2, what, &cat.contrast)))
            return st;
        if (!cat.label)
            cat.label = cat.id;
        if ((st = fsc__lex_cat_add(lx, &cat)))
            return st;
    }
    /* Pass 2: references to axes, poles and other categories. */
    for (i = 0; i < lx->n_cats; i++) {
        fsc_category *cat = &lx->cats[i];
        p[1].key = NULL;
        p[1].index = i;
        if (cat->axis && find_axis(lx, cat->axis) < 0) {
            p[2].key = "axis";
            return jfail(c, p, 3, 0, "category \"%s\": unknown axis \"%s\"",
                         cat->id, cat->axis);
        }
        if (cat->pole) {
            p[2].key = "pole";
            if (!cat->axis) {
                if (lx->n_axes != 1)
                    return jfail(c, p, 3, 0,
                                 "category \"%s\": \"pole\" needs an "
                                 "\"axis\" (%zu axes are declared)",
                                 cat->id, lx->n_axes);
                cat->axis = lx->axes[0].id;
            }
            const fsc_axis *ax = &lx->axes[find_axis(lx, cat->axis)];
            size_t k = 0;
            while (k < ax->n_poles && strcmp(ax->poles[k], cat->pole) != 0)
                k++;
            if (k == ax->n_poles)
                return jfail(c, p, 3, 0,
                             "category \"%s\": \"%s\" is not a pole of axis "
                             "\"%s\"",
                             cat->id, cat->pole, ax->id);
        }
        static const char *const refs[] = {"parent", "contrast"};
        for (int r = 0; r < 2; r++) {
            const char *ref = r == 0 ? cat->parent : cat->contrast;
            if (!ref)
                continue;
            p[2].key = refs[r];
            if (strcmp(ref, cat->id) == 0)
                return jfail(c, p, 3, 0,
                             "category \"%s\": \"%s\" names the category "
                             "itself",
                             cat->id, refs[r]);
            if (fsc__lex_cat_find(lx, ref, strlen(ref)) < 0)
                return jfail(c, p, 3, 0,
                             "category \"%s\": %s \"%s\" is not a declared "
                             "category",
                             cat->id, refs[r], ref);
        }
    }
    /* Pass 3: parent chains must end. Walk each chain once, stamping the
     * nodes with the walk's start; meeting our own stamp is a cycle. */
    size_t *stamp = calloc(lx->n_cats ? lx->n_cats : 1, sizeof *stamp);
    if (!stamp)
        return FSC_ENOMEM;
    for (i = 0; i < lx->n_cats; i++) {
        size_t k = i;
        while (!stamp[k]) {
            stamp[k] = i + 1;
            const char *par = lx->cats[k].parent;
            if (!par)
                break;
            k = (size_t)fsc__lex_cat_find(lx, par, strlen(par));
            if (stamp[k] == i + 1) {
                p[1].index = k;
                p[2].key = "parent";
                const char *id = lx->cats[k].id;
                free(stamp);
                return jfail(c, p, 3, 0,
                             "category \"%s\": parent chain forms a cycle",
                             id);
            }
        }
    }
    free(stamp);
    return FSC_OK;
}

/* Nonzero when k matches [a-z][a-z0-9_]{0,31}. */
static int attr_key_ok(const char *k)
{
    size_t n = 0;
    if (!(k[0] >= 'a' && k[0] <= 'z'))
        return 0;
    for (; k[n]; n++)
        if (!((k[n] >= 'a' && k[n] <= 'z') || is_digit(k[n]) || k[n] == '_'))
            return 0;
    return n <= FSC__LEX_MAX_ATTR_KEY;
}

/*
 * The optional "attrs" object of entry `o` into e->attr_*. path[0..2)
 * locates the entry and has room for two more steps. Keys are checked here,
 * not by check_keys(): they are the editors' own, so none is ignored, and a
 * repeated key is an error like everywhere else.
 */
static fsc_status read_attrs(jctx *c, const cJSON *o, fsc__jpstep *p,
                             const char *what, fsc_entry *e)
{
    const cJSON *a;
    fsc_status st = get(c, o, "attrs", T_OBJ, p, 2, what, &a);
    if (st || !a)
        return st;
    size_t n = (size_t)cJSON_GetArraySize(a), k = 0;
    if (n > FSC__LEX_MAX_ATTRS)
        n = FSC__LEX_MAX_ATTRS; /* the 17th key is rejected below */
    const char **keys = fsc__arena_alloc(&c->lx->arena, (n + 1) * sizeof *keys);
    const char **vals = fsc__arena_alloc(&c->lx->arena, (n + 1) * sizeof *vals);
    if (!keys || !vals)
        return FSC_ENOMEM;
    p[2].key = "attrs";
    p[2].index = 0;
    for (const cJSON *x = a->child; x; x = x->next, k++) {
        const char *key = x->string ? x->string : "";
        p[3].key = NULL;
        p[3].index = k;
        if (k == FSC__LEX_MAX_ATTRS)
            return jfail(c, p, 4, 1,
                         "%s\"attrs\" has more than %d attributes", what,
                         FSC__LEX_MAX_ATTRS);
        if (!attr_key_ok(key))
            return jfail(c, p, 4, 1,
                         "%sbad attribute key \"%s\" (want "
                         "[a-z][a-z0-9_]*, at most 32 characters)",
                         what, key);
        for (size_t y = 0; y < k; y++)
            if (strcmp(keys[y], key) == 0)
                return jfail(c, p, 4, 1, "%sduplicate attribute \"%s\"",
                             what, key);
        if (!has_type(x, T_STR))
            return jfail(c, p, 4, 0,
                         "%sattribute \"%s\" must be a string, not %s", what,
                         key, jtype(x));
        size_t vlen = strlen(x->valuestring);
        if (vlen == 0)
            return jfail(c, p, 4, 0, "%sattribute \"%s\" is empty", what,
                         key);
        /* The file is valid UTF-8, but escapes (a lone "\ud800") are not
         * checked by cJSON. */
        if (!fsc__utf8_valid(x->valuestring, vlen, NULL, NULL, NULL))
            return jfail_utf8(c, p, 4,
                              "%sattribute \"%s\" is not valid UTF-8", what,
                              key);
        if (vlen > FSC__LEX_MAX_ATTR_VAL)
            return jfail(c, p, 4, 0,
                         "%sattribute \"%s\" is longer than %d bytes", what,
                         key, FSC__LEX_MAX_ATTR_VAL);
        if (!(keys[k] = fsc__lex_strdup(c->lx, key)) ||
            !(vals[k] = fsc__lex_strndup(c->lx, x->valuestring, vlen)))
            return FSC_ENOMEM;
    }
    if (k) {
        e->attr_keys = keys;
        e->attr_vals = vals;
        e->n_attrs = k;
    }
    return FSC_OK;
}

static const char *const role_names[] = {"term", "negator", "hedge",
                                         "intensifier", "distancer",
                                         "neutral", "name"};
#define N_ROLES (sizeof role_names / sizeof role_names[0])

static int is_integer(double v, double lo, double hi)
{
    return isfinite(v) && v == floor(v) && v >= lo && v <= hi;
}

/*
 * A non-empty array of term patterns at path[0..n) (its value `a`, already
 * known to be an array): each a non-empty string normalised like a term
 * (white space, wildcard, length rules), no pattern twice. The copies go
 * into the arena. `what` prefixes messages, `name` names the array.
 */
static fsc_status read_patterns(jctx *c, const cJSON *a, fsc__jpstep *path,
                                size_t n, const char *what, const char *name,
                                size_t max, const char ***out, size_t *n_out)
{
    size_t cnt = (size_t)cJSON_GetArraySize(a), i = 0;
    *out = NULL;
    *n_out = 0;
    if (cnt == 0)
        return jfail(c, path, n, 0, "%s\"%s\" must list at least one "
                     "pattern", what, name);
    if (cnt > max) {
        path[n].key = NULL;
        path[n].index = max;
        return jfail(c, path, n + 1, 0,
                     "%s\"%s\" has more than %zu patterns", what, name, max);
    }
    const char **v = fsc__arena_alloc(&c->lx->arena, (cnt + 1) * sizeof *v);
    if (!v)
        return FSC_ENOMEM;
    for (const cJSON *x = a->child; x; x = x->next, i++) {
        const char *why;
        path[n].key = NULL;
        path[n].index = i;
        if (!has_type(x, T_STR))
            return jfail(c, path, n + 1, 0,
                         "%s\"%s\" must hold patterns (strings), not %s",
                         what, name, jtype(x));
        fsc_status st = fsc__lex_term_norm(
            x->valuestring, strlen(x->valuestring), &c->tmp, &why);
        if (st == FSC_EUTF8)
            return jfail_utf8(c, path, n + 1, "%s%s", what, why);
        if (st == FSC_EPARSE && strcmp(why, "empty term") == 0)
            return jfail(c, path, n + 1, 0, "%sempty pattern in \"%s\"",
                         what, name);
        if (st == FSC_EPARSE)
            return jfail(c, path, n + 1, 0, "%s%s in \"%s\": \"%s\"", what,
                         why, name, x->valuestring);
        if (st)
            return st;
        for (size_t k = 0; k < i; k++)
            if (strlen(v[k]) == c->tmp.len &&
                memcmp(v[k], c->tmp.data, c->tmp.len) == 0)
                return jfail(c, path, n + 1, 0,
                             "%spattern \"%s\" is listed twice in \"%s\"",
                             what, v[k], name);
        if (!(v[i] = fsc__lex_strndup(c->lx, c->tmp.data, c->tmp.len)))
            return FSC_ENOMEM;
    }
    *out = v;
    *n_out = i;
    return FSC_OK;
}

static const char *const guard_names[] = {"next",     "not_next", "prev",
                                          "not_prev", "near",     "not_near"};

/*
 * The optional "guards" object of entry `o`: one array of patterns per
 * kind, and "window" for near/not_near. path[0..2) locates the entry and
 * has room for three more steps.
 */
static fsc_status read_guards(jctx *c, const cJSON *o, fsc__jpstep *p,
                              const char *what, fsc_entry *e)
{
    static const char *const known[] = {"next",     "not_next", "prev",
                                        "not_prev", "near",     "not_near",
                                        "window",   NULL};
    const cJSON *g, *j;
    fsc_status st = get(c, o, "guards", T_OBJ, p, 2, what, &g);
    e->guard_window = 3;
    if (st || !g)
        return st;
    p[2].key = "guards";
    p[2].index = 0;
    char gwhat[64];
    snprintf(gwhat, sizeof gwhat, "%sguards: ", what);
    if ((st = check_keys(c, g, p, 3, known, gwhat)))
        return st;
    fsc_guard *v = fsc__arena_alloc(&c->lx->arena, 6 * sizeof *v);
    if (!v)
        return FSC_ENOMEM;
    size_t n = 0;
    int near = 0;
    for (size_t k = 0; k < 6; k++) {
        if ((st = get(c, g, guard_names[k], T_ARR, p, 3, gwhat, &j)))
            return st;
        if (!j)
            continue;
        p[3].key = guard_names[k];
        p[3].index = 0;
        const char **pats;
        size_t np;
        if ((st = read_patterns(c, j, p, 4, gwhat, guard_names[k],
                                FSC__LEX_MAX_PATTERNS, &pats, &np)))
            return st;
        v[n].kind = (fsc_guard_kind)k;
        v[n].patterns = pats;
        v[n].n_patterns = np;
        n++;
        near |= k == FSC_GUARD_NEAR || k == FSC_GUARD_NOT_NEAR;
    }
    if ((st = get(c, g, "window", T_NUM, p, 3, gwhat, &j)))
        return st;
    if (j) {
        p[3].key = "window";
        p[3].index = 0;
        if (!is_integer(j->valuedouble, 1, FSC__LEX_MAX_WINDOW))
            return jfail(c, p, 4, 0,
                         "%s\"window\" must be a whole number of words "
                         "from 1 to %d",
                         gwhat, FSC__LEX_MAX_WINDOW);
        if (!near)
            return jfail(c, p, 4, 0,
                         "%s\"window\" applies to \"near\" and "
                         "\"not_near\" only",
                         gwhat);
        e->guard_window = (unsigned)j->valuedouble;
    }
    if (n) {
        e->guards = v;
        e->n_guards = n;
    }
    return FSC_OK;
}

/* The optional "forms" array of entry `o` into e->forms. */
static fsc_status read_forms(jctx *c, const cJSON *o, fsc__jpstep *p,
                             const char *what, fsc_entry *e)
{
    static const char *const forms[] = {"tanween", "verb"};
    const cJSON *a;
    fsc_status st = get(c, o, "forms", T_ARR, p, 2, what, &a);
    if (st || !a)
        return st;
    p[2].key = "forms";
    p[2].index = 0;
    size_t i = 0;
    for (const cJSON *x = a->child; x; x = x->next, i++) {
        p[3].key = NULL;
        p[3].index = i;
        if (!has_type(x, T_STR))
            return jfail(c, p, 4, 0,
                         "%s\"forms\" must hold form names (strings), not "
                         "%s",
                         what, jtype(x));
        size_t k = 0;
        while (k < sizeof forms / sizeof forms[0] &&
               strcmp(forms[k], x->valuestring) != 0)
            k++;
        if (k == sizeof forms / sizeof forms[0])
            return jfail(c, p, 4, 0,
                         "%sunknown form \"%s\" (want tanween or verb)", what,
                         x->valuestring);
        if (e->forms & (1u << k))
            return jfail(c, p, 4, 0, "%sform \"%s\" is listed twice", what,
                         x->valuestring);
        e->forms |= 1u << k;
    }
    return FSC_OK;
}

/* what = "entry <k>: ", as snprintf's "entry %zu: " (this runs for every
 * entry of every lexicon loaded, where snprintf was a tenth of the
 * reading); what has room for 48 bytes. */
static void entry_what(char what[48], size_t k)
{
    char dig[24];
    size_t n = 0;
    do {
        dig[n++] = (char)('0' + k % 10);
        k /= 10;
    } while (k);
    memcpy(what, "entry ", 6);
    for (size_t j = 0; j < n; j++)
        what[6 + j] = dig[n - 1 - j];
    memcpy(what + 6 + n, ": ", 3);
}

static fsc_status read_entry(jctx *c, const cJSON *o, size_t i, long line,
                             const char *deflang)
{
    static const char *const known[] = {"term",   "lang",    "categories",
                                        "weight", "role",    "clitics",
                                        "scope",  "note",    "attrs",
                                        "guards", "forms",   NULL};
    fsc_lexicon *lx = c->lx;
    fsc__jpstep p[6] = {{"entries", 0}, {NULL, i}};
    char what[48];
    const cJSON *j;
    fsc_entry e;
    fsc_status st;
    const char *why;
    memset(&e, 0, sizeof e);
    e.weight = 1;
    e.role = FSC_ROLE_TERM;
    e.clitics = 1;
    e.line = line;
    entry_what(what, i + 1);
    if (!cJSON_IsObject(o))
        return jfail(c, p, 2, 0, "%smust be an object, not %s", what,
                     jtype(o));
    enum {
        K_TERM,
        K_LANG,
        K_CATS,
        K_WEIGHT,
        K_ROLE,
        K_CLITICS,
        K_SCOPE,
        K_NOTE
    };
    const cJSON *slot[16];
    if ((st = check_keys_slots(c, o, p, 2, known, what, slot)))
        return st;

    /* term */
    if ((st = get_at(c, slot[K_TERM], "term", T_STR, p, 2, what, &j)))
        return st;
    if (!j)
        return jfail(c, p, 2, 0, "%smissing \"term\"", what);
    p[2].key = "term";
    st = fsc__lex_term_norm(j->valuestring, strlen(j->valuestring), &c->tmp,
                            &why);
    if (st == FSC_EUTF8)
        return jfail_utf8(c, p, 3, "%s%s", what, why);
    if (st == FSC_EPARSE && strcmp(why, "empty term") == 0)
        return jfail(c, p, 3, 0, "%sempty term", what);
    if (st == FSC_EPARSE)
        return jfail(c, p, 3, 0, "%s%s: \"%s\"", what, why,
                     j->valuestring);
    if (st)
        return st;
    if (!(e.term = fsc__lex_strndup(lx, c->tmp.data, c->tmp.len)))
        return FSC_ENOMEM;

    /* lang */
    if ((st = get_at(c, slot[K_LANG], "lang", T_STR, p, 2, what, &j)))
        return st;
    if (j) {
        p[2].key = "lang";
        if (!fsc__lex_lang_ok(j->valuestring))
            return jfail(c, p, 3, 0,
                         "%sbad language tag \"%s\" (want e.g. \"en\", "
                         "\"ar\", \"ru\", \"sr-Latn\")",
                         what, j->valuestring);
        if (lx->languages) {
            size_t k = 0;
            while (k < lx->n_languages &&
                   !fsc__lex_tag_eq(lx->languages[k], j->valuestring))
                k++;
            if (k == lx->n_languages)
                return jfail(c, p, 3, 0,
                             "%slanguage \"%s\" is not listed in "
                             "\"languages\"",
                             what, j->valuestring);
        }
        if (!(e.lang = fsc__lex_strdup(lx, j->valuestring)))
            return FSC_ENOMEM;
    } else if (deflang) {
        e.lang = deflang;
    } else {
        return jfail(c, p, 2, 0,
                     "%smissing \"lang\" (it may be left out only when "
                     "\"languages\" lists exactly one language)",
                     what);
    }

    /* role */
    if ((st = get_at(c, slot[K_ROLE], "role", T_STR, p, 2, what, &j)))
        return st;
    if (j) {
        size_t r = 0;
        while (r < N_ROLES && strcmp(role_names[r], j->valuestring) != 0)
            r++;
        p[2].key = "role";
        if (r == N_ROLES)
            return jfail(c, p, 3, 0,
                         "%sunknown role \"%s\" (want term, negator, hedge, "
                         "intensifier, distancer, neutral or name)",
                         what, j->valuestring);
        e.role = (fsc_entry_role)r;
    }

    /* categories */
    if ((st = get_at(c, slot[K_CATS], "categories", T_ARR, p, 2, what, &j)))
        return st;
    if (j) {
        size_t n = (size_t)cJSON_GetArraySize(j), k = 0;
        uint32_t *cats = fsc__arena_alloc(&lx->arena, (n + 1) * sizeof *cats);
        if (!cats)
            return FSC_ENOMEM;
        p[2].key = "categories";
        for (const cJSON *x = j->child; x; x = x->next, k++) {
            p[3].key = NULL;
            p[3].index = k;
            if (!has_type(x, T_STR))
                return jfail(c, p, 4, 0,
                             "%s\"categories\" must hold category ids "
                             "(strings), not %s",
                             what, jtype(x));
            long ci = fsc__lex_cat_find(lx, x->valuestring,
                                        strlen(x->valuestring));
            if (ci < 0)
                return jfail(c, p, 4, 0, "%sunknown category \"%s\"", what,
                             x->valuestring);
            for (size_t y = 0; y < k; y++)
                if (cats[y] == (uint32_t)ci)
                    return jfail(c, p, 4, 0,
                                 "%scategory \"%s\" is listed twice", what,
                                 x->valuestring);
            cats[k] = (uint32_t)ci;
        }
        e.cats = cats;
        e.n_cats = k;
    }
    if (e.role == FSC_ROLE_NAME && e.n_cats > 0)
        return jfail(c, p, 3, 0,
                     "%sa \"name\" entry counts under no category; leave "
                     "\"categories\" out",
                     what);
    if (e.role == FSC_ROLE_TERM && e.n_cats == 0) {
        if (j)
            p[2].key = "categories";
        return jfail(c, p, j ? 3 : 2, 0,
                     "%sa \"term\" entry needs at least one category", what);
    }

    /* weight, clitics, note */
    if ((st = get_at(c, slot[K_WEIGHT], "weight", T_NUM, p, 2, what, &j)))
        return st;
    if (j) {
        p[2].key = "weight";
        if (!isfinite(j->valuedouble))
            return jfail(c, p, 3, 0, "%s\"weight\" must be a finite number",
                         what);
        e.weight = j->valuedouble;
    }
    if ((st = get_at(c, slot[K_CLITICS], "clitics", T_BOOL, p, 2, what, &j)))
        return st;
    if (j)
        e.clitics = cJSON_IsTrue(j);
    if ((st = get_at(c, slot[K_NOTE], "note", T_STR, p, 2, what, &j)))
        return st;

    /* scope: which side of the modifier the modified term stands on */
    e.scope = FSC_SCOPE_FOLLOWING;
    if ((st = get_at(c, slot[K_SCOPE], "scope", T_STR, p, 2, what, &j)))
        return st;
    if (j) {
        static const char *const scopes[] = {"following", "preceding", "both"};
        size_t k = 0;
        while (k < 3 && strcmp(scopes[k], j->valuestring) != 0)
            k++;
        p[2].key = "scope";
        if (k == 3)
            return jfail(c, p, 3, 0,
                         "%sunknown scope \"%s\" (want following, "
                         "preceding or both)",
                         what, j->valuestring);
        if (e.role == FSC_ROLE_TERM || e.role == FSC_ROLE_NEUTRAL ||
            e.role == FSC_ROLE_NAME)
            return jfail(c, p, 3, 0,
                         "%s\"scope\" applies to negators, hedges, "
                         "intensifiers and distancers only",
                         what);
        e.scope = (fsc_entry_scope)k;
    }

    /* attrs: free-form string attributes for downstream stages */
    if ((st = read_attrs(c, o, p, what, &e)))
        return st;
    /* guards: context the entry requires or excludes; forms: extra word
     * forms it accepts */
    if ((st = read_guards(c, o, p, what, &e)) ||
        (st = read_forms(c, o, p, what, &e)))
        return st;

    long first = fsc__lex_entry_find(lx, e.term, e.lang, e.role);
    if (first >= 0) {
        p[2].key = "term";
        return jfail(c, p, 3, 0,
                     "%sduplicate of entry %ld (line %ld): same term \"%s\", "
                     "lang and role",
                     what, first + 1, lx->entries[first].line, e.term);
    }
    return fsc__lex_entry_add(lx, &e);
}

/* The optional top-level "scope": anchors, window, min_anchors. */
static fsc_status read_scope(jctx *c, const cJSON *root)
{
    static const char *const known[] = {"anchors", "window", "min_anchors",
                                        NULL};
    fsc__jpstep p[4] = {{"scope", 0}};
    const char *what = "scope: ";
    const cJSON *o, *j;
    fsc_status st = get(c, root, "scope", T_OBJ, p, 0, "", &o);
    if (st || !o)
        return st;
    if (c->lx->layer != FSC_LAYER_FRAMING)
        return jfail(c, p, 1, 1,
                     "\"scope\" applies to framing lexicons only");
    if ((st = check_keys(c, o, p, 1, known, what)))
        return st;
    fsc_topic_scope *sc = fsc__arena_alloc(&c->lx->arena, sizeof *sc);
    if (!sc)
        return FSC_ENOMEM;
    memset(sc, 0, sizeof *sc);
    sc->window = FSC_WINDOW_ARTICLE;
    sc->min_anchors = 1;
    if ((st = get(c, o, "anchors", T_ARR, p, 1, what, &j)))
        return st;
    if (!j)
        return jfail(c, p, 1, 0, "%smissing \"anchors\"", what);
    p[1].key = "anchors";
    const char **anchors;
    if ((st = read_patterns(c, j, p, 2, what, "anchors",
                            FSC__LEX_MAX_ANCHORS, &anchors, &sc->n_anchors)))
        return st;
    sc->anchors = anchors;
    if ((st = get(c, o, "window", T_STR, p, 1, what, &j)))
        return st;
    if (j) {
        p[1].key = "window";
        if (strcmp(j->valuestring, "paragraph") == 0)
            sc->window = FSC_WINDOW_PARAGRAPH;
        else if (strcmp(j->valuestring, "article") != 0)
            return jfail(c, p, 2, 0,
                         "%sunknown window \"%s\" (want article or "
                         "paragraph)",
                         what, j->valuestring);
    }
    if ((st = get(c, o, "min_anchors", T_NUM, p, 1, what, &j)))
        return st;
    if (j) {
        p[1].key = "min_anchors";
        if (!is_integer(j->valuedouble, 1, 1000))
            return jfail(c, p, 2, 0,
                         "%s\"min_anchors\" must be a whole number from 1 "
                         "to 1000",
                         what);
        sc->min_anchors = (unsigned)j->valuedouble;
    }
    c->lx->scope = sc;
    return FSC_OK;
}

static fsc_status read_entries(jctx *c, const cJSON *root)
{
    fsc__jpstep p[2] = {{"entries", 0}};
    const cJSON *ents;
    fsc_lexicon *lx = c->lx;
    fsc_status st = get(c, root, "entries", T_ARR, p, 0, "", &ents);
    if (st)
        return st;
    if (!ents)
        return jfail(c, p, 0, 0, "missing required key \"entries\"");
    size_t n = (size_t)cJSON_GetArraySize(ents);
    const char *deflang = lx->n_languages == 1 ? lx->languages[0] : NULL;
    size_t *offs = malloc((n + 1) * sizeof *offs);
    long *lines = malloc((n + 1) * sizeof *lines);
    if (!offs || !lines) {
        st = FSC_ENOMEM;
        goto fail;
    }
    /* Entry lines are found in one scan of the raw text (the offsets of the
     * entries in the same pass as the tree, when it was read here). */
    size_t got;
    if (c->have_offs) {
        got = c->n_ent_offs < n ? c->n_ent_offs : n;
        if (got)
            memcpy(offs, c->ent_offs, got * sizeof *offs);
    } else {
        got = fsc__jsonpos_elements(c->text, c->len, p, 1, offs, n);
    }
    fsc__text_lines(c->text, c->len, offs, got, lines);
    for (size_t k = got; k < n; k++)
        lines[k] = 0;
    size_t i = 0;
    for (const cJSON *o = ents->child; o; o = o->next, i++)
        if ((st = read_entry(c, o, i, lines[i], deflang)))
            goto fail;
fail:
    free(offs);
    free(lines);
    return st;
}

/* A syntax error at cJSON's offset `off`. */
static fsc_status syntax_error(jctx *c, size_t off)
{
    size_t last = c->len, so = 0;
    long line, col;
    while (last > 0 && (c->text[last - 1] == ' ' || c->text[last - 1] == '\t' ||
                        c->text[last - 1] == '\n' || c->text[last - 1] == '\r'))
        last--;
    int open = fsc__json_open_at_eof(c->text, c->len, &so);
    if (off > c->len)
        off = c->len;
    int at_end = off >= last || (open == 2 && off == so + 1);
    if (at_end) {
        off = last;
        fsc__text_linecol(c->text, c->len, off, &line, &col);
        return fsc__fail_at(c->err, FSC_EPARSE, c->where, line, col,
                            (long long)(c->bom + off),
                            last == 0 ? "empty input: expected a JSON object"
                            : open == 2
                                ? "unexpected end of input inside a string "
                                  "(missing closing '\"'?)"
                                : "unexpected end of input (truncated file "
                                  "or missing '}' or ']'?)");
    }
    fsc__text_linecol(c->text, c->len, off, &line, &col);
    unsigned char ch = (unsigned char)c->text[off];
    if (ch > 0x20 && ch < 0x7F)
        return fsc__fail_at(c->err, FSC_EPARSE, c->where, line, col,
                            (long long)(c->bom + off),
                            "JSON syntax error at '%c'", ch);
    return fsc__fail_at(c->err, FSC_EPARSE, c->where, line, col,
                        (long long)(c->bom + off), "JSON syntax error");
}

/* cJSON turns the escape \u0000 into a NUL that silently cuts its string
 * short; refuse it instead. Returns the offset of the escape or len. */
static size_t find_nul_escape(const char *s, size_t len)
{
    for (size_t i = 0; i + 6 <= len; i++) {
        /* the next backslash that has five bytes after it */
        const char *bs = memchr(s + i, '\\', len - 5 - i);
        if (!bs)
            break;
        i = (size_t)(bs - s);
        if (s[i + 1] == 'u' && s[i + 2] == '0' && s[i + 3] == '0' &&
            s[i + 4] == '0' && s[i + 5] == '0')
            return i;
        i++; /* skip the escaped character, e.g. the second of "\\" */
    }
    return len;
}

fsc_status fsc__lex_parse_json(fsc_lexicon *lx, const char *text,
                               size_t len, size_t bom, const char *where,
                               fsc_error *err)
{
    static const char *const known[] = {
        "framescope_lexicon", "name",      "version", "license",
        "authors",            "sources",   "description", "languages",
        "axes",               "categories", "entries",    "layer",
        "scope",              NULL};
    jctx c = { lx, text, len, bom, where, err, { 0 }, 0, NULL, 0 };
    fsc__jpstep p[3];
    cJSON *root = NULL;
    const cJSON *j;
    fsc_status st = FSC_OK;
    char *copy = NULL;
    fsc_arena tree; /* the nodes of a tree read by fsc__jtree_parse */
    fsc__arena_init(&tree, 256 * 1024);
    fsc__buf_init(&c.tmp, 4096);
    /* Strict JSON is read straight into an arena; anything else (and every
     * syntax error) goes to cJSON, which gives the verdict and offset. */
    fsc__jtree_result jr = fsc__jtree_parse(text, len, &tree, "entries",
                                            &c.ent_offs, &c.n_ent_offs, &root);
    c.have_offs = jr == FSC__JTREE_OK;
    if (jr == FSC__JTREE_NOMEM)
        goto nomem;
    if (jr != FSC__JTREE_OK) {
        copy = malloc(len + 1);
        if (!copy) {
            st = fsc__fail(err, FSC_ENOMEM, "out of memory");
            goto fail;
        }
        memcpy(copy, text, len);
        copy[len] = '\0';
        const char *end = NULL;
        /* The length includes the NUL: with require_null_terminated cJSON
         * checks that the byte after the value (and white space) is that
         * NUL. */
        root = cJSON_ParseWithLengthOpts(copy, len + 1, &end, 1);
        if (!root) {
            st = syntax_error(&c, end ? (size_t)(end - copy) : len);
            goto fail;
        }
    }
    size_t nul = find_nul_escape(text, len);
    if (nul < len) {
        long line, col;
        fsc__text_linecol(text, len, nul, &line, &col);
        st = fsc__fail_at(err, FSC_EPARSE, where, line, col,
                          (long long)(bom + nul),
                          "\\u0000 (NUL) is not allowed in strings");
        goto fail;
    }
    if (!cJSON_IsObject(root)) {
        st = jfail(&c, p, 0, 0, "the top level must be an object, not %s",
                   jtype(root));
        goto fail;
    }
    if ((st = check_keys(&c, root, p, 0, known, "top level: ")))
        goto fail;
    if ((st = get(&c, root, "framescope_lexicon", T_NUM, p, 0, "", &j)))
        goto fail;
    if (j && j->valuedouble != 1) {
        p[0].key = "framescope_lexicon";
        st = jfail(&c, p, 1, 0,
                   "\"framescope_lexicon\" must be 1 (the only format "
                   "version this library reads)");
        goto fail;
    }
    if ((st = get(&c, root, "name", T_STR, p, 0, "", &j)))
        goto fail;
    if (!j) {
        st = jfail(&c, p, 0, 0, "missing required key \"name\"");
        goto fail;
    }
    if (!fsc__lex_name_ok(j->valuestring)) {
        p[0].key = "name";
        st = jfail(&c, p, 1, 0,
                   "bad name \"%s\" (want [a-z0-9][a-z0-9_.-]*, at most 64 "
                   "characters)",
                   j->valuestring);
        goto fail;
    }
    if (!(lx->name = fsc__lex_strdup(lx, j->valuestring)))
        goto nomem;
    if ((st = get(&c, root, "version", T_STR, p, 0, "", &j)))
        goto fail;
    if (!j) {
        st = jfail(&c, p, 0, 0, "missing required key \"version\"");
        goto fail;
    }
    if (!j->valuestring[0]) {
        p[0].key = "version";
        st = jfail(&c, p, 1, 0, "\"version\" must not be empty");
        goto fail;
    }
    if (!(lx->version = fsc__lex_strdup(lx, j->valuestring)))
        goto nomem;
    if ((st = get(&c, root, "layer", T_STR, p, 0, "", &j)))
        goto fail;
    if (j) {
        p[0].key = "layer";
        if (strcmp(j->valuestring, "framing") == 0) {
            lx->layer = FSC_LAYER_FRAMING;
        } else if (strcmp(j->valuestring, "attribution") == 0) {
            lx->layer = FSC_LAYER_ATTRIBUTION;
        } else {
            st = jfail(&c, p, 1, 0,
                       "unknown layer \"%s\" (want framing or attribution)",
                       j->valuestring);
            goto fail;
        }
    }
    if ((st = get_str(&c, root, "license", p, 0, "", &lx->license)) ||
        (st = get_str(&c, root, "description", p, 0, "",
                      &lx->description)) ||
        (st = get_str_array(&c, root, "authors", p, 0, "", &lx->authors,
                            &lx->n_authors)) ||
        (st = get_str_array(&c, root, "sources", p, 0, "", &lx->sources,
                            &lx->n_sources)) ||
        (st = get_str_array(&c, root, "languages", p, 0, "", &lx->languages,
                            &lx->n_languages)))
        goto fail;
    for (size_t i = 0; i < lx->n_languages; i++) {
        p[0].key = "languages";
        p[1].key = NULL;
        p[1].index = i;
        if (!fsc__lex_lang_ok(lx->languages[i])) {
            st = jfail(&c, p, 2, 0, "bad language tag \"%s\"",
                       lx->languages[i]);
            goto fail;
        }
        for (size_t k = 0; k < i; k++)
            if (fsc__lex_tag_eq(lx->languages[k], lx->languages[i])) {
                st = jfail(&c, p, 2, 0, "language \"%s\" is listed twice",
                           lx->languages[i]);
                goto fail;
            }
    }
    if ((st = read_axes(&c, root)) || (st = read_categories(&c, root)) ||
        (st = read_scope(&c, root)) || (st = read_entries(&c, root)))
        goto fail;
    if ((st = fsc__lex_common_warnings(lx)))
        goto fail;
    goto done;
nomem:
    st = FSC_ENOMEM;
fail:
    if (st == FSC_ENOMEM || st == FSC_ELIMIT)
        fsc__fail_at(err, st, where, 0, 0, -1, "%s", fsc_strerror(st));
done:
    if (jr != FSC__JTREE_OK)
        cJSON_Delete(root); /* a tree of jtree's lives in `tree` */
    fsc__arena_free(&tree);
    free(c.ent_offs);
    free(copy);
    fsc__buf_free(&c.tmp);
    return st;
}

