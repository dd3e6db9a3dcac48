/*
 * common.c - shared command-line plumbing: error printing, string lists,
 * number parsing, lexicon discovery and loading. No analysis happens here.
 */
#include "common.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_print_error(const char *prog, const fsc_error *e)
{
    if (e->where[0] && e->line > 0 && e->col > 0)
        fprintf(stderr, "%s: %s:%ld:%ld: %s\n", prog, e->where, e->line, e->col,
                e->msg);
    else if (e->where[0] && e->line > 0)
        fprintf(stderr, "%s: %s:%ld: %s\n", prog, e->where, e->line, e->msg);
    else if (e->where[0])
        fprintf(stderr, "%s: %s: %s\n", prog, e->where, e->msg);
    else
        fprintf(stderr, "%s: %s\n", prog,
                e->msg[0] ? e->msg : fsc_strerror(e->code));
}

int cli_strlist_add(cli_strlist *l, const char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        char **p = realloc(l->v, cap * sizeof *p);
        if (!p)
            return -1;
        l->v = p;
        l->cap = cap;
    }
    size_t n = strlen(s);
    char *c = malloc(n + 1);
    if (!c)
        return -1;
    memcpy(c, s, n + 1);
    l->v[l->n++] = c;
    return 0;
}

void cli_strlist_free(cli_strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

int cli_parse_uint(const char *s, unsigned long long max,
                   unsigned long long *out)
{
    char *end;
    errno = 0;
    if (!s || !*s || *s == '-')
        return -1;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end || v > max)
        return -1;
    *out = v;
    return 0;
}

int cli_parse_option_uint(const char *prog, const char *opt, const char *s,
                          unsigned long long max, unsigned long long *out)
{
    if (cli_parse_uint(s, max, out) == 0)
        return 0;
    if (!s || !*s || *s == '-')
        fprintf(stderr, "%s: %s: expected a number, got \"%s\"\n", prog, opt,
                s ? s : "");
    else
        fprintf(stderr, "%s: %s: expected a number up to %llu, got \"%s\"\n",
                prog, opt, max, s);
    return -1;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n > k && strcmp(s + n - k, suf) == 0;
}

/* Add the lexicon files (*.json, *.dic) of a directory, sorted. */
static int add_lexicon_dir(const char *prog, cli_strlist *out, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "%s: %s: %s\n", prog, dir, strerror(errno));
        return -1;
    }
    cli_strlist found = { 0 };
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(d)) != NULL && rc == 0) {
        if (!has_suffix(de->d_name, ".json") && !has_suffix(de->d_name, ".dic"))
            continue;
        size_t n = strlen(dir) + strlen(de->d_name) + 2;
        char *p = malloc(n);
        if (!p) {
            rc = -1;
            break;
        }
        snprintf(p, n, "%s/%s", dir, de->d_name);
        rc = cli_strlist_add(&found, p);
        free(p);
    }
    closedir(d);
    if (found.n)
        qsort(found.v, found.n, sizeof *found.v, cmp_str);
    for (size_t i = 0; i < found.n && rc == 0; i++)
        rc = cli_strlist_add(out, found.v[i]);
    cli_strlist_free(&found);
    return rc;
}

/* The bundled lexicons: $FRAMESCOPE_LEXICONS, the source tree, the install. */
static const char *default_lexicon_dir(void)
{
    const char *env = getenv("FRAMESCOPE_LEXICONS");
    if (env && *env)
        return env;
    if (is_dir(FSC_SOURCE_LEXICON_DIR))
        return FSC_SOURCE_LEXICON_DIR;
    return FSC_DEFAULT_LEXICON_DIR;
}

void cli_lexset_free(cli_lexset *ls)
{
    for (size_t i = 0; i < ls->n; i++)
        fsc_lexicon_free(ls->v[i]);
    free(ls->v);
    ls->v = NULL;
    ls->n = 0;
}

int cli_load_lexicons(const char *prog, const cli_strlist *paths,
                      cli_lexset *out)
{
    cli_strlist files = { 0 };
    int rc = 0;
    if (paths->n == 0) {
        /* The bundled set: framing lexicons, then the attribution layer
         * (reporting cues and actors), which gives every match its voice. */
        const char *dir = default_lexicon_dir();
        rc = add_lexicon_dir(prog, &files, dir);
        size_t n = strlen(dir) + sizeof "/attribution";
        char *sub = malloc(n);
        if (!sub)
            rc = -1;
        else
            snprintf(sub, n, "%s/attribution", dir);
        if (rc == 0 && is_dir(sub))
            rc = add_lexicon_dir(prog, &files, sub);
        free(sub);
    }
    for (size_t i = 0; i < paths->n && rc == 0; i++)
        rc = is_dir(paths->v[i]) ? add_lexicon_dir(prog, &files, paths->v[i])
                                 : cli_strlist_add(&files, paths->v[i]);
    if (rc == 0 && files.n == 0) {
        fprintf(stderr, "%s: no lexicon files found\n", prog);
        rc = -1;
    }
    if (rc == 0) {
        out->v = calloc(files.n, sizeof *out->v);
        if (!out->v)
            rc = -1;
    }
    for (size_t i = 0; i < files.n && rc == 0; i++) {
        fsc_error e;
        fsc_lexicon_opts o;
        fsc_lexicon_opts_init(&o);
        if (fsc_lexicon_load(files.v[i], &o, &out->v[out->n], &e) != FSC_OK) {
            cli_print_error(prog, &e);
            rc = -1;
            break;
        }
        out->n++;
    }
    cli_strlist_free(&files);
    if (rc != 0)
        cli_lexset_free(out);
    return rc;
}
