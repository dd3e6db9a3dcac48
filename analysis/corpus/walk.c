/*
 * walk.c - corpus file names: extensions, the directory walk (links
 * followed, never in a cycle; unreadable entries listed so that they come
 * back as skipped records) and fsc_corpus_files.
 */
#define _POSIX_C_SOURCE 200809L

#include "corpus_int.h"

/* Nonzero when path ends in ext (with its dot), ASCII case-insensitively. */
/* Does path[0..n) end with ext (ASCII case-insensitively)? */
static int ends_with(const char *path, size_t n, const char *ext)
{
    size_t m = strlen(ext);
    if (n <= m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        char x = path[n - m + i], y = ext[i];
        if (x >= 'A' && x <= 'Z')
            x = (char)(x - 'A' + 'a');
        if (x != y)
            return 0;
    }
    return 1;
}

/* gzip-compressed input (read through zlib, whatever the inner format). */
int fsc__corpus_is_gz(const char *path)
{
    return ends_with(path, strlen(path), ".gz");
}

/* Extension test that looks through a final .gz: "a.jsonl.gz" has
   ".jsonl". */
int fsc__corpus_has_ext(const char *path, const char *ext)
{
    size_t n = strlen(path);
    if (fsc__corpus_is_gz(path))
        n -= 3;
    return ends_with(path, n, ext);
}

int fsc__corpus_is_json_name(const char *path)
{
    return fsc__corpus_has_ext(path, ".jsonl") || fsc__corpus_has_ext(path, ".ndjson") ||
           fsc__corpus_has_ext(path, ".json");
}

/* Files a directory walk reads: .txt articles, JSON Lines, CSV and TSV
 * corpora (not .json, which in a corpus directory is as likely metadata as
 * articles). */
static int is_corpus_member(const char *path)
{
    return fsc__corpus_has_ext(path, ".txt") || fsc__corpus_has_ext(path, ".jsonl") ||
           fsc__corpus_has_ext(path, ".ndjson") || fsc__corpus_has_ext(path, ".csv") ||
           fsc__corpus_has_ext(path, ".tsv");
}

int fsc__corpus_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
           c == '\f';
}

static fsc_status list_push(str_list *l, char *s)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return FSC_ENOMEM;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = s;
    return FSC_OK;
}

void fsc__corpus_list_free(str_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

int fsc__corpus_cmp_path(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *join_path(const char *dir, const char *name)
{
    size_t a = strlen(dir), b = strlen(name);
    int slash = a > 0 && dir[a - 1] != '/';
    char *p = malloc(a + (size_t)slash + b + 1);
    if (!p)
        return NULL;
    memcpy(p, dir, a);
    if (slash)
        p[a] = '/';
    memcpy(p + a + (size_t)slash, name, b + 1);
    return p;
}

fsc_status fsc__corpus_io_fail(fsc_error *err, const char *where, int e)
{
    return fsc__fail_at(err, FSC_EIO, where, 0, 0, -1, "%s", strerror(e));
}

/*
 * Collect the regular .txt, .jsonl and .ndjson files under dir (following symbolic links, but
 * never into a directory that is already on the walk stack). Entry names
 * are read before recursing so only one directory is open at a time.
 */
fsc_status fsc__corpus_walk_dir(const char *dir, const dir_node *up, str_list *out,
                           fsc_error *err)
{
    str_list names = { 0 };
    fsc_status s = FSC_OK;
    struct stat st;
    if (stat(dir, &st) != 0)
        return fsc__corpus_io_fail(err, dir, errno);
    for (const dir_node *d = up; d; d = d->up)
        if (d->dev == st.st_dev && d->ino == st.st_ino)
            return FSC_OK; /* a link back up the tree: already walked */
    dir_node self = { st.st_dev, st.st_ino, up };

    DIR *dp = opendir(dir);
    if (!dp)
        return fsc__corpus_io_fail(err, dir, errno);
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(dp);
        if (!de) {
            if (errno != 0)
                s = fsc__corpus_io_fail(err, dir, errno);
            break;
        }
        if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
            continue;
        char *p = join_path(dir, de->d_name);
        if (!p || list_push(&names, p) != FSC_OK) {
            free(p);
            s = fsc__fail(err, FSC_ENOMEM, "out of memory listing %s", dir);
            break;
        }
    }
    closedir(dp);
    if (s != FSC_OK)
        goto fail;

    for (size_t i = 0; i < names.n; i++) {
        char *p = names.v[i];
        if (stat(p, &st) != 0) {
            /* A dangling link or a vanished entry matters only when it would
               have been read: list it, so opening it reports the error for
               this file alone when its turn comes. */
            if (is_corpus_member(p)) {
                if (list_push(out, p) != FSC_OK) {
                    s = fsc__fail(err, FSC_ENOMEM, "out of memory listing %s",
                                  dir);
                    goto fail;
                }
                names.v[i] = NULL;
            }
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            s = fsc__corpus_walk_dir(p, &self, out, err);
            if (s == FSC_EIO) {
                /* A subdirectory that cannot be listed: keep it in the
                   list, so that it comes back as a skipped record in its
                   turn and the rest of the walk goes on. */
                fsc_error_clear(err);
                s = list_push(out, p);
                if (s != FSC_OK) {
                    s = fsc__fail(err, FSC_ENOMEM, "out of memory listing %s",
                                  dir);
                    goto fail;
                }
                names.v[i] = NULL;
            } else if (s != FSC_OK) {
                goto fail;
            }
        } else if (is_corpus_member(p)) {
            /* Regular files are read; a FIFO, device or socket with a
               corpus name is listed too and reported in its turn (never
               opened, so a FIFO cannot block the walk). */
            if (list_push(out, p) != FSC_OK) {
                s = fsc__fail(err, FSC_ENOMEM, "out of memory listing %s", dir);
                goto fail;
            }
            names.v[i] = NULL; /* now owned by out */
        }
    }
fail:
    fsc__corpus_list_free(&names);
    return s;
}


fsc_status fsc_corpus_files(const char *dir, char ***files, size_t *n,
                            fsc_error *err)
{
    if (!dir || !files || !n)
        return fsc__fail(err, FSC_EINVAL, "fsc_corpus_files: NULL argument");
    *files = NULL;
    *n = 0;
    str_list l = { 0 };
    fsc_status s = fsc__corpus_walk_dir(dir, NULL, &l, err);
    if (s != FSC_OK) {
        fsc__corpus_list_free(&l);
        return s;
    }
    fsc__qsort(l.v, l.n, sizeof *l.v, fsc__corpus_cmp_path);
    *files = l.v;
    *n = l.n;
    return FSC_OK;
}

void fsc_corpus_files_free(char **files, size_t n)
{
    for (size_t i = 0; files && i < n; i++)
        free(files[i]);
    free(files);
}
