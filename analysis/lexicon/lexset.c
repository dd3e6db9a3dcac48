/*
 * lexset.c - the lexicon set of a run (framescope/lexset.h): which files
 * the paths and the bundled directory give, loaded in order.
 */
#define _DEFAULT_SOURCE /* strcasecmp, opendir */
#include "framescope/lexset.h"

#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static const char *const known_ext[] = { ".json", ".dic", ".dicx", ".cat",
                                         ".yml",  ".yaml", ".lc3", ".lcd" };

const char *fsc_lexset_formats_text(void)
{
    return "framescope reads its own JSON (.json), LIWC (.dic, .dicx), "
           "WordStat (.cat), Lexicoder (.lc3, .lcd) and newsmap YAML (.yml, "
           ".yaml), chosen by the file's extension";
}

static const char *ext_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strrchr(base, '.');
}

int fsc_lexset_format_known(const char *path)
{
    const char *dot = path ? ext_of(path) : NULL;
    for (size_t i = 0; dot && i < sizeof known_ext / sizeof *known_ext; i++)
        if (strcasecmp(dot, known_ext[i]) == 0)
            return 1;
    return 0;
}

typedef struct strlist {
    char **v;
    size_t n, cap;
} strlist;

static fsc_status sl_add(strlist *l, const char *s, fsc_error *err)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        l->v = v;
        l->cap = cap;
    }
    if (!(l->v[l->n] = fsc__strdup(s)))
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    l->n++;
    return FSC_OK;
}

static void sl_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static int is_file(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
}

static char *join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = malloc(n);
    if (p)
        snprintf(p, n, "%s/%s", dir, name);
    return p;
}

/* The known lexicon files of a directory, sorted, appended to out. */
static fsc_status add_dir(strlist *out, const char *dir, fsc_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return fsc__fail_at(err, FSC_EIO, dir, 0, 0, -1, "%s",
                            strerror(errno));
    strlist found = { 0 };
    struct dirent *de;
    fsc_status s = FSC_OK;
    while (s == FSC_OK && (de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.' || !fsc_lexset_format_known(de->d_name))
            continue;
        char *p = join(dir, de->d_name);
        if (!p) {
            s = fsc__fail(err, FSC_ENOMEM, "out of memory");
            break;
        }
        if (is_file(p))
            s = sl_add(&found, p, err);
        free(p);
    }
    closedir(d);
    if (found.n)
        qsort(found.v, found.n, sizeof *found.v, cmp_str);
    for (size_t i = 0; i < found.n && s == FSC_OK; i++)
        s = sl_add(out, found.v[i], err);
    sl_free(&found);
    return s;
}

static fsc_status load_one(fsc_lexset *out, const char *path, fsc_error *err)
{
    if (!fsc_lexset_format_known(path)) {
        const char *dot = ext_of(path);
        return fsc__fail_at(err, FSC_EINVAL, path, 0, 0, -1,
                            "unknown dictionary format%s%s%s: %s",
                            dot ? " (" : "", dot ? dot : "", dot ? ")" : "",
                            fsc_lexset_formats_text());
    }
    fsc_lexicon_opts o;
    fsc_lexicon_opts_init(&o);
    fsc_status s = fsc_lexicon_load(path, &o, &out->v[out->n], err);
    if (s == FSC_OK)
        out->n++;
    return s;
}

void fsc_lexset_free(fsc_lexset *ls)
{
    if (!ls)
        return;
    for (size_t i = 0; i < ls->n; i++)
        fsc_lexicon_free(ls->v[i]);
    free(ls->v);
    ls->v = NULL;
    ls->n = 0;
}

fsc_status fsc_lexset_load(const char *const *paths, size_t n_paths,
                           const char *bundled_dir, int support,
                           fsc_lexset *out, fsc_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
    if (!out || (n_paths && !paths) ||
        (!bundled_dir && (n_paths == 0 || support)))
        return fsc__fail(err, FSC_EINVAL, "fsc_lexset_load: NULL argument");
    out->v = NULL;
    out->n = 0;
    strlist files = { 0 }, extra = { 0 };
    fsc_status s = FSC_OK;
    char *sub = bundled_dir ? join(bundled_dir, "attribution") : NULL;
    char *gen = bundled_dir ? join(bundled_dir, "general") : NULL;
    char *mod = bundled_dir ? join(bundled_dir, "modifiers.json") : NULL;
    if (bundled_dir && (!sub || !gen || !mod))
        s = fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (s == FSC_OK && n_paths == 0) {
        s = add_dir(&files, bundled_dir, err);
        if (s == FSC_OK && is_dir(gen))
            s = add_dir(&files, gen, err);
        if (s == FSC_OK && is_dir(sub))
            s = add_dir(&files, sub, err);
    } else if (s == FSC_OK && support) {
        if (is_file(mod))
            s = sl_add(&extra, mod, err);
        if (s == FSC_OK && is_dir(sub))
            s = add_dir(&extra, sub, err);
    }
    free(sub);
    free(gen);
    free(mod);
    for (size_t i = 0; i < n_paths && s == FSC_OK; i++) {
        if (!paths[i])
            s = fsc__fail(err, FSC_EINVAL, "a lexicon path is NULL");
        else if (is_dir(paths[i]))
            s = add_dir(&files, paths[i], err);
        else
            s = sl_add(&files, paths[i], err);
    }
    if (s == FSC_OK && files.n == 0)
        s = fsc__fail_at(err, FSC_EINVAL, n_paths ? "" : bundled_dir, 0, 0,
                         -1, "no lexicon files found");
    if (s == FSC_OK && !(out->v = calloc(files.n + extra.n, sizeof *out->v)))
        s = fsc__fail(err, FSC_ENOMEM, "out of memory");
    for (size_t i = 0; i < files.n && s == FSC_OK; i++)
        s = load_one(out, files.v[i], err);
    for (size_t i = 0; i < extra.n && s == FSC_OK; i++) {
        size_t before = out->n;
        s = load_one(out, extra.v[i], err);
        if (s != FSC_OK)
            break;
        const char *name = fsc_lexicon_name(out->v[before]);
        for (size_t k = 0; k < before; k++)
            if (strcmp(fsc_lexicon_name(out->v[k]), name) == 0) {
                fsc_lexicon_free(out->v[before]); /* already given */
                out->v[before] = NULL;
                out->n = before;
                break;
            }
    }
    sl_free(&files);
    sl_free(&extra);
    if (s != FSC_OK)
        fsc_lexset_free(out);
    return s;
}
