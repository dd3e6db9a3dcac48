/*
 * corpus.c - corpus reader (files, directories of .txt, JSON Lines, stdin)
 * and record parsing (UTF-8 checks, JSON via cJSON, metadata fields).
 *
 * The reader streams through one fixed read buffer and one record buffer
 * capped at max_record_bytes + 1, so memory never depends on corpus size or
 * on the length of an over-long line. Parsed records own all their strings.
 */
#define _POSIX_C_SOURCE 200809L

#include "corpus_internal.h"

#include "buf.h"
#include "internal.h"
#include "jsondup.h"
#include "jsonpos.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <zlib.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define DEFAULT_MAX_RECORD ((size_t)16 << 20)
#define CHUNK_SIZE         ((size_t)64 << 10)

/* ------------------------------------------------------------------ */
/* Reader                                                             */
/* ------------------------------------------------------------------ */

typedef enum read_mode {
    MODE_JSONL,
    MODE_TEXT,
    MODE_SNIFF,
    MODE_CSV,
    MODE_TSV,
    MODE_JSONDOC /* a JSON document: top-level values, or the elements of a
                    top-level array, one record each */
} read_mode;

typedef struct dir_node {
    dev_t dev;
    ino_t ino;
    const struct dir_node *up; /* enclosing directory on the walk stack */
} dir_node;

typedef struct str_list {
    char **v;
    size_t n, cap;
} str_list;

struct fsc_reader {
    fsc_reader_opts opts;
    size_t max;       /* effective max_record_bytes */
    char **paths;     /* inputs as given ("-" = stdin) */
    size_t n_paths;   /* number of inputs */
    size_t next_path; /* next input to open */
    str_list files;   /* .txt files of the directory being read */
    size_t next_file; /* next entry of files to open */
    /* Current source. */
    int have_src;      /* a source is open */
    FILE *fp;          /* stream, or NULL for a memory or gzip source */
    gzFile gz;         /* gzip source (zlib decompresses as it reads) */
    int close_fp;      /* we opened fp and must close it */
    const char *mem;   /* memory source (borrowed) */
    size_t mem_len;    /* bytes in mem */
    size_t mem_pos;    /* bytes of mem consumed */
    char *source;      /* name of the current source */
    read_mode mode;    /* how the current source is cut into records */
    int started;       /* first chunk read, BOM and sniffing done */
    int src_eof;       /* no more bytes from the source */
    int text_done;     /* MODE_TEXT: the one record was returned */
    int endless;       /* the source is a stream (FIFO, device, pipe) that
                          may never end: a text record stops at the limit */
    long line;         /* line number of the next line */
    long long base;    /* source offset of chunk[0] */
    size_t rpos, rlen; /* consumed / filled bytes of chunk */
    int single;        /* reader over one preset source (mem or FILE) */
    char *chunk;       /* fixed read buffer of chunk_size bytes */
    size_t chunk_size; /* CHUNK_SIZE; smaller only in tests */
    int used;          /* fsc_reader_next was called */
    fsc_buf rec;       /* current record, capped at max + 1 */
    /* CSV/TSV: the header of the current source and the record converted
       to a JSON object line. */
    int have_hdr;      /* the header was read */
    char **hdr;        /* field names (renamed by opts.columns), owned */
    size_t n_hdr;
    fsc_buf conv;      /* the current record as JSON */
    fsc_buf cells;     /* the current record's cells, NUL-separated */
    char csv_fault[320];
    int in_array;      /* MODE_JSONDOC: inside the top-level array */
    /* Metadata from the current source's path (empty: none). */
    char src_outlet[256];
    char src_date[11];
    /* A directory member that could not be read, returned as one record. */
    int fault_pending;   /* next_source set the two below */
    char *fault_source;  /* its path (owned) */
    char fault[320];     /* why */
};

void fsc_reader_opts_init(fsc_reader_opts *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->format = FSC_INPUT_AUTO;
    o->max_record_bytes = DEFAULT_MAX_RECORD;
}

size_t fsc__reader_buf_alloc(const fsc_reader *r)
{
    return r ? r->rec.alloc : 0;
}

size_t fsc__reader_chunk_size(void)
{
    return CHUNK_SIZE;
}

fsc_status fsc__reader_set_chunk_size(fsc_reader *r, size_t n)
{
    if (!r || r->used)
        return FSC_EINVAL;
    if (n < 4)
        n = 4; /* a BOM must fit in the first chunk */
    char *p = realloc(r->chunk, n);
    if (!p)
        return FSC_ENOMEM;
    r->chunk = p;
    r->chunk_size = n;
    return FSC_OK;
}

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
static int is_gz(const char *path)
{
    return ends_with(path, strlen(path), ".gz");
}

/* Extension test that looks through a final .gz: "a.jsonl.gz" has
   ".jsonl". */
static int has_ext(const char *path, const char *ext)
{
    size_t n = strlen(path);
    if (is_gz(path))
        n -= 3;
    return ends_with(path, n, ext);
}

static int is_json_name(const char *path)
{
    return has_ext(path, ".jsonl") || has_ext(path, ".ndjson") ||
           has_ext(path, ".json");
}

/* Files a directory walk reads: .txt articles, JSON Lines, CSV and TSV
 * corpora (not .json, which in a corpus directory is as likely metadata as
 * articles). */
static int is_corpus_member(const char *path)
{
    return has_ext(path, ".txt") || has_ext(path, ".jsonl") ||
           has_ext(path, ".ndjson") || has_ext(path, ".csv") ||
           has_ext(path, ".tsv");
}

static int is_space(unsigned char c)
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

static void list_free(str_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

static int cmp_path(const void *a, const void *b)
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

static fsc_status io_fail(fsc_error *err, const char *where, int e)
{
    return fsc__fail_at(err, FSC_EIO, where, 0, 0, -1, "%s", strerror(e));
}

/*
 * Collect the regular .txt, .jsonl and .ndjson files under dir (following symbolic links, but
 * never into a directory that is already on the walk stack). Entry names
 * are read before recursing so only one directory is open at a time.
 */
static fsc_status walk_dir(const char *dir, const dir_node *up, str_list *out,
                           fsc_error *err)
{
    str_list names = { 0 };
    fsc_status s = FSC_OK;
    struct stat st;
    if (stat(dir, &st) != 0)
        return io_fail(err, dir, errno);
    for (const dir_node *d = up; d; d = d->up)
        if (d->dev == st.st_dev && d->ino == st.st_ino)
            return FSC_OK; /* a link back up the tree: already walked */
    dir_node self = { st.st_dev, st.st_ino, up };

    DIR *dp = opendir(dir);
    if (!dp)
        return io_fail(err, dir, errno);
    for (;;) {
        errno = 0;
        struct dirent *de = readdir(dp);
        if (!de) {
            if (errno != 0)
                s = io_fail(err, dir, errno);
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
            s = walk_dir(p, &self, out, err);
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
    list_free(&names);
    return s;
}

static fsc_status reader_new(const fsc_reader_opts *opts, fsc_reader **out,
                             fsc_error *err)
{
    fsc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
    if (opts)
        r->opts = *opts;
    else
        fsc_reader_opts_init(&r->opts);
    r->max = r->opts.max_record_bytes ? r->opts.max_record_bytes
                                      : DEFAULT_MAX_RECORD;
    if (r->max > SIZE_MAX / 4)
        r->max = SIZE_MAX / 4;
    /* One byte of slack so a CR before the newline fits in a record of
       exactly max bytes. */
    fsc__buf_init(&r->rec, r->max + 1);
    fsc__buf_init(&r->conv, 0);
    fsc__buf_init(&r->cells, 0);
    r->chunk_size = CHUNK_SIZE;
    r->chunk = malloc(CHUNK_SIZE);
    if (!r->chunk) {
        free(r);
        return fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
    }
    *out = r;
    return FSC_OK;
}

static void close_source(fsc_reader *r)
{
    if (r->fp && r->close_fp)
        fclose(r->fp);
    if (r->gz)
        gzclose(r->gz);
    r->gz = NULL;
    r->fp = NULL;
    r->close_fp = 0;
    free(r->source);
    r->source = NULL;
    r->have_src = 0;
}

/* YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD at s (a real calendar date) into
   out[11]; 1 when found. */
static int date_at(const char *s, char out[11])
{
    int d[8], k = 0;
    const char *p = s;
    for (int i = 0; i < 8; i++) {
        if (i == 4 || i == 6) {
            if ((*p == '-' || *p == '_') && (k == 0 || k == *p)) {
                k = *p;
                p++;
            } else if (k) {
                return 0;
            }
        }
        if (*p < '0' || *p > '9')
            return 0;
        d[i] = *p++ - '0';
    }
    if (*p >= '0' && *p <= '9')
        return 0; /* part of a longer number */
    int y = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    int m = d[4] * 10 + d[5], day = d[6] * 10 + d[7];
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || day < 1 ||
        day > mdays[m - 1] || (m == 2 && day == 29 && !leap))
        return 0;
    /* The digits as read (validated above), in YYYY-MM-DD. */
    const int dig[8] = { d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] };
    char *o = out;
    for (int i = 0; i < 8; i++) {
        if (i == 4 || i == 6)
            *o++ = '-';
        *o++ = (char)('0' + dig[i]);
    }
    *o = '\0';
    return 1;
}

/* Outlet and date from the path of a new source (see fsc_reader_opts). */
static void path_meta(fsc_reader *r, const char *name)
{
    r->src_outlet[0] = r->src_date[0] = '\0';
    if (r->opts.outlet_from_dir && r->next_path > 0 && r->files.n) {
        const char *root = r->paths[r->next_path - 1];
        size_t rl = strlen(root);
        while (rl > 1 && root[rl - 1] == '/')
            rl--;
        if (strncmp(name, root, rl) == 0 && name[rl] == '/') {
            const char *rest = name + rl + 1;
            const char *slash = strchr(rest, '/');
            if (slash && slash > rest &&
                (size_t)(slash - rest) < sizeof r->src_outlet) {
                /* Keep the outlet UTF-8 even when the name is not. */
                char tmp[256];
                size_t n = (size_t)(slash - rest);
                memcpy(tmp, rest, n);
                tmp[n] = '\0';
                if (fsc__utf8_valid(tmp, n, NULL, NULL, NULL))
                    memcpy(r->src_outlet, tmp, n + 1);
            }
        }
    }
    if (r->opts.date_from_name) {
        const char *base = strrchr(name, '/');
        base = base ? base + 1 : name;
        for (const char *p = base; *p; p++)
            if ((p == base || p[-1] < '0' || p[-1] > '9') &&
                date_at(p, r->src_date))
                break;
    }
}

static void free_header(fsc_reader *r)
{
    for (size_t i = 0; i < r->n_hdr; i++)
        free(r->hdr[i]);
    free(r->hdr);
    r->hdr = NULL;
    r->n_hdr = 0;
    r->have_hdr = 0;
}

/* Make `name` the current source in `mode`; takes over fp when close_fp. */
static fsc_status start_source(fsc_reader *r, FILE *fp, int close_fp,
                               const char *name, read_mode mode, fsc_error *err)
{
    r->source = fsc__strdup(name);
    if (!r->source) {
        if (fp && close_fp)
            fclose(fp);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    r->fp = fp;
    r->close_fp = close_fp;
    r->mode = mode;
    r->have_src = 1;
    r->started = 0;
    free_header(r);
    path_meta(r, name);
    r->src_eof = 0;
    r->text_done = 0;
    struct stat st;
    r->endless = fp && fstat(fileno(fp), &st) == 0 && !S_ISREG(st.st_mode);
    r->line = 1;
    r->base = 0;
    r->rpos = r->rlen = 0;
    return FSC_OK;
}

static read_mode mode_for(const fsc_reader *r, const char *path, int is_stdin)
{
    switch (r->opts.format) {
    case FSC_INPUT_JSONL:
        return MODE_JSONL;
    case FSC_INPUT_TEXT:
        return MODE_TEXT;
    case FSC_INPUT_CSV:
        return MODE_CSV;
    case FSC_INPUT_TSV:
        return MODE_TSV;
    case FSC_INPUT_JSON:
        return MODE_JSONDOC;
    case FSC_INPUT_AUTO:
    default:
        break;
    }
    if (is_stdin)
        return MODE_SNIFF;
    return has_ext(path, ".json")   ? MODE_JSONDOC
           : is_json_name(path)    ? MODE_JSONL
           : has_ext(path, ".csv") ? MODE_CSV
           : has_ext(path, ".tsv") ? MODE_TSV
                                   : MODE_TEXT;
}

/* Record why directory member `path` cannot be read; fsc_reader_next
   returns it as one record with `fault` set. */
static fsc_status member_fault(fsc_reader *r, const char *path,
                               const char *what, int e, fsc_error *err)
{
    free(r->fault_source);
    r->fault_source = fsc__strdup(path);
    if (!r->fault_source)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (e)
        snprintf(r->fault, sizeof r->fault, "%s: %s", what, strerror(e));
    else
        snprintf(r->fault, sizeof r->fault, "%s", what);
    r->fault_pending = 1;
    return FSC_OK;
}

static const char *file_kind(mode_t m)
{
    return S_ISFIFO(m)   ? "not a regular file (FIFO)"
           : S_ISCHR(m)  ? "not a regular file (character device)"
           : S_ISBLK(m)  ? "not a regular file (block device)"
           : S_ISSOCK(m) ? "not a regular file (socket)"
                         : "not a regular file";
}

/* Open a gzip file as the current source (member: a failure is a fault
   record, not an error). */
static fsc_status open_gz(fsc_reader *r, const char *path, read_mode mode,
                          int member, fsc_error *err)
{
    errno = 0;
    gzFile gz = gzopen(path, "rb");
    if (!gz) {
        int e = errno ? errno : ENOMEM;
        return member ? member_fault(r, path, "cannot open", e, err)
                      : io_fail(err, path, e);
    }
    gzbuffer(gz, 1u << 17);
    fsc_status s = start_source(r, NULL, 0, path, mode, err);
    if (s != FSC_OK) {
        gzclose(gz);
        return s;
    }
    r->gz = gz;
    return FSC_OK;
}

/* Open directory member `path`, or note why it cannot be read. */
static fsc_status open_member(fsc_reader *r, const char *path, read_mode mode,
                              fsc_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return member_fault(r, path, "cannot read", errno, err);
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        int e = d ? 0 : errno;
        if (d)
            closedir(d);
        return member_fault(r, path, "cannot read directory", e, err);
    }
    if (!S_ISREG(st.st_mode))
        return member_fault(r, path, file_kind(st.st_mode), 0, err);
    if (is_gz(path))
        return open_gz(r, path, mode, 1, err);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return member_fault(r, path, "cannot open", errno, err);
    return start_source(r, fp, 1, path, mode, err);
}

static fsc_status open_path_file(fsc_reader *r, const char *path,
                                 read_mode mode, fsc_error *err)
{
    if (is_gz(path))
        return open_gz(r, path, mode, 0, err);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return io_fail(err, path, errno);
    return start_source(r, fp, 1, path, mode, err);
}

/*
 * Open the next source. Sets *none when every input is done. A failing
 * input is passed over, so a caller that reports the error and calls again
 * continues with the next one.
 */
static fsc_status next_source(fsc_reader *r, int *none, fsc_error *err)
{
    *none = 0;
    for (;;) {
        if (r->next_file < r->files.n) {
            const char *p = r->files.v[r->next_file++];
            /* Directory members: .txt is text, .jsonl/.ndjson JSON Lines,
               unless a format is forced. */
            read_mode m = r->opts.format != FSC_INPUT_AUTO
                              ? mode_for(r, p, 0)
                          : has_ext(p, ".txt") ? MODE_TEXT
                          : has_ext(p, ".csv") ? MODE_CSV
                          : has_ext(p, ".tsv") ? MODE_TSV
                                               : MODE_JSONL;
            return open_member(r, p, m, err);
        }
        list_free(&r->files);
        r->next_file = 0;
        if (r->next_path >= r->n_paths) {
            *none = 1;
            return FSC_OK;
        }
        const char *path = r->paths[r->next_path++];
        if (strcmp(path, "-") == 0)
            return start_source(r, stdin, 0, "<stdin>", mode_for(r, path, 1),
                                err);
        struct stat st;
        if (stat(path, &st) != 0)
            return io_fail(err, path, errno);
        if (S_ISDIR(st.st_mode)) {
            fsc_status s = walk_dir(path, NULL, &r->files, err);
            if (s != FSC_OK) {
                list_free(&r->files);
                return s;
            }
            fsc__qsort(r->files.v, r->files.n, sizeof *r->files.v, cmp_path);
            continue;
        }
        return open_path_file(r, path, mode_for(r, path, 0), err);
    }
}

fsc_status fsc_corpus_files(const char *dir, char ***files, size_t *n,
                            fsc_error *err)
{
    if (!dir || !files || !n)
        return fsc__fail(err, FSC_EINVAL, "fsc_corpus_files: NULL argument");
    *files = NULL;
    *n = 0;
    str_list l = { 0 };
    fsc_status s = walk_dir(dir, NULL, &l, err);
    if (s != FSC_OK) {
        list_free(&l);
        return s;
    }
    fsc__qsort(l.v, l.n, sizeof *l.v, cmp_path);
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

fsc_status fsc_reader_open(const char *const *paths, size_t n_paths,
                           const fsc_reader_opts *opts, fsc_reader **out,
                           fsc_error *err)
{
    fsc_reader *r = NULL;
    fsc_status s;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open: out is NULL");
    *out = NULL;
    if (n_paths > 0 && !paths)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open: paths is NULL");
    s = reader_new(opts, &r, err);
    if (s != FSC_OK)
        return s;
    static const char *const dash[] = { "-" };
    if (n_paths == 0) {
        paths = dash;
        n_paths = 1;
    }
    r->paths = calloc(n_paths, sizeof *r->paths);
    if (!r->paths) {
        s = fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
        goto fail;
    }
    r->n_paths = n_paths;
    for (size_t i = 0; i < n_paths; i++) {
        const char *p = paths[i];
        if (!p) {
            s = fsc__fail(err, FSC_EINVAL, "fsc_reader_open: path %zu is NULL",
                          i);
            goto fail;
        }
        r->paths[i] = fsc__strdup(p);
        if (!r->paths[i]) {
            s = fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
            goto fail;
        }
        if (strcmp(p, "-") == 0)
            continue;
        /* Check now that every input exists and opens; files are opened
           again, one at a time, when they are read. Special files (FIFOs)
           are only stat()ed so that nothing is consumed or blocked on. */
        struct stat st;
        if (stat(p, &st) != 0) {
            s = io_fail(err, p, errno);
            goto fail;
        }
        if (S_ISDIR(st.st_mode)) {
            DIR *dp = opendir(p);
            if (!dp) {
                s = io_fail(err, p, errno);
                goto fail;
            }
            closedir(dp);
        } else if (S_ISREG(st.st_mode)) {
            FILE *fp = fopen(p, "rb");
            if (!fp) {
                s = io_fail(err, p, errno);
                goto fail;
            }
            fclose(fp);
        }
    }
    *out = r;
    return FSC_OK;
fail:
    fsc_reader_free(r);
    return s;
}

fsc_status fsc__reader_open_file(FILE *fp, const char *name,
                                 const fsc_reader_opts *opts, fsc_reader **out,
                                 fsc_error *err)
{
    fsc_reader *r = NULL;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc__reader_open_file: out is NULL");
    *out = NULL;
    if (!fp)
        return fsc__fail(err, FSC_EINVAL, "fsc__reader_open_file: fp is NULL");
    fsc_status s = reader_new(opts, &r, err);
    if (s != FSC_OK)
        return s;
    r->single = 1;
    s = start_source(r, fp, 0, name ? name : "<stdin>", mode_for(r, "", 1),
                     err);
    if (s != FSC_OK) {
        fsc_reader_free(r);
        return s;
    }
    *out = r;
    return FSC_OK;
}

fsc_status fsc_reader_open_mem(const char *data, size_t len, const char *name,
                               const fsc_reader_opts *opts, fsc_reader **out,
                               fsc_error *err)
{
    fsc_reader *r = NULL;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open_mem: out is NULL");
    *out = NULL;
    if (!data && len > 0)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open_mem: data is NULL");
    fsc_status s = reader_new(opts, &r, err);
    if (s != FSC_OK)
        return s;
    r->single = 1;
    r->mem = data;
    r->mem_len = len;
    r->mem_pos = 0;
    s = start_source(r, NULL, 0, name ? name : "<memory>", mode_for(r, "", 1),
                     err);
    if (s != FSC_OK) {
        fsc_reader_free(r);
        return s;
    }
    *out = r;
    return FSC_OK;
}

void fsc_reader_free(fsc_reader *r)
{
    if (!r)
        return;
    close_source(r);
    if (r->paths)
        for (size_t i = 0; i < r->n_paths; i++)
            free(r->paths[i]);
    free(r->paths);
    list_free(&r->files);
    free(r->chunk);
    fsc__buf_free(&r->rec);
    free(r->fault_source);
    free_header(r);
    fsc__buf_free(&r->conv);
    fsc__buf_free(&r->cells);
    free(r);
}

/* Refill the read buffer once it is used up. */
static fsc_status fill(fsc_reader *r, fsc_error *err)
{
    r->base += (long long)r->rlen;
    r->rpos = r->rlen = 0;
    if (r->src_eof)
        return FSC_OK;
    if (r->gz) {
        int n = gzread(r->gz, r->chunk, (unsigned)r->chunk_size);
        int zerr = Z_OK;
        const char *zmsg = n < 0 || (size_t)n < r->chunk_size
                               ? gzerror(r->gz, &zerr)
                               : NULL;
        if (n < 0 || (zmsg && zerr != Z_OK && zerr != Z_STREAM_END)) {
            r->src_eof = 1;
            return fsc__fail_at(err, FSC_EIO, r->source, r->line, 0, r->base,
                                "gzip data unreadable after %lld bytes: %s",
                                r->base + (n > 0 ? n : 0),
                                zerr == Z_ERRNO ? strerror(errno) : zmsg);
        }
        r->rlen = (size_t)n;
        if ((size_t)n < r->chunk_size)
            r->src_eof = 1;
        return FSC_OK;
    }
    if (!r->fp) {
        size_t n = r->mem_len - r->mem_pos;
        if (n > r->chunk_size)
            n = r->chunk_size;
        if (n)
            memcpy(r->chunk, r->mem + r->mem_pos, n);
        r->mem_pos += n;
        r->rlen = n;
        if (r->mem_pos == r->mem_len)
            r->src_eof = 1;
        return FSC_OK;
    }
    errno = 0;
    size_t n = fread(r->chunk, 1, r->chunk_size, r->fp);
    r->rlen = n;
    if (n < r->chunk_size) {
        if (ferror(r->fp)) {
            int e = errno ? errno : EIO;
            r->src_eof = 1;
            return fsc__fail_at(err, FSC_EIO, r->source, r->line, 0, r->base,
                                "%s", strerror(e));
        }
        r->src_eof = 1;
    }
    return FSC_OK;
}

/* First chunk of a source: strip a UTF-8 BOM and settle a sniffed format. */
static fsc_status start_reading(fsc_reader *r, fsc_error *err)
{
    fsc_status s = fill(r, err);
    if (s != FSC_OK)
        return s;
    r->started = 1;
    if (r->rlen >= 3 && memcmp(r->chunk, "\xEF\xBB\xBF", 3) == 0)
        r->rpos = 3;
    if (r->mode == MODE_SNIFF) {
        /* Decide on the first non-blank byte of the first chunk; input that
           is blank throughout the chunk is read as JSON Lines (so empty
           input gives no records). */
        r->mode = MODE_JSONL;
        for (size_t i = r->rpos; i < r->rlen; i++) {
            unsigned char c = (unsigned char)r->chunk[i];
            if (!is_space(c)) {
                r->mode = c == '{' ? MODE_JSONL
                          : c == '[' ? MODE_JSONDOC
                                     : MODE_TEXT;
                break;
            }
        }
    }
    r->in_array = 0;
    return FSC_OK;
}

/*
 * Append n bytes to the record unless it already overflowed; on going over
 * the cap, drop what was kept so memory stays bounded.
 */
static fsc_status take_bytes(fsc_reader *r, const char *p, size_t n, int *over,
                             fsc_error *err)
{
    if (*over || n == 0)
        return FSC_OK;
    if (n > r->rec.cap - r->rec.len) {
        *over = 1;
        fsc__buf_reset(&r->rec);
        return FSC_OK;
    }
    if (fsc__buf_add(&r->rec, p, n) != FSC_OK)
        return fsc__fail_at(err, FSC_ENOMEM, r->source, r->line, 0, -1,
                            "out of memory reading a record");
    return FSC_OK;
}

static void fill_raw(const fsc_reader *r, fsc_raw_record *rec, long line,
                     long long byte, int over, size_t full)
{
    rec->source = r->source;
    rec->line = line;
    rec->byte = byte;
    rec->is_json = r->mode == MODE_JSONL;
    rec->data = over ? "" : r->rec.data ? r->rec.data : "";
    rec->len = over ? 0 : full;
    rec->full_len = full;
    rec->max_len = r->max;
}

/* One JSON Lines record; *got = 0 at the end of the source. */
static fsc_status read_line(fsc_reader *r, fsc_raw_record *rec, int *got,
                            fsc_error *err)
{
    fsc_status s;
    *got = 0;
    for (;;) {
        size_t full = 0;
        int over = 0, blank = 1, any = 0;
        unsigned char last = 0;
        long long start = 0;
        fsc__buf_reset(&r->rec);
        for (;;) {
            if (r->rpos == r->rlen) {
                if (r->src_eof)
                    break;
                s = fill(r, err);
                if (s != FSC_OK)
                    return s;
                continue;
            }
            if (!any) {
                any = 1;
                start = r->base + (long long)r->rpos;
            }
            const char *p = r->chunk + r->rpos;
            size_t avail = r->rlen - r->rpos;
            const char *nl = memchr(p, '\n', avail);
            size_t n = nl ? (size_t)(nl - p) : avail;
            if (n) {
                for (size_t i = 0; blank && i < n; i++)
                    blank = is_space((unsigned char)p[i]);
                last = (unsigned char)p[n - 1];
                s = take_bytes(r, p, n, &over, err);
                if (s != FSC_OK)
                    return s;
                full += n;
            }
            r->rpos += n;
            if (nl) {
                r->rpos++;
                break;
            }
        }
        if (!any)
            return FSC_OK; /* end of source */
        long line = r->line++;
        if (blank)
            continue; /* blank lines (CR-only too) are not records */
        if (last == '\r') {
            full--;
            if (!over)
                r->rec.len--;
        }
        if (!over && full > r->max) {
            over = 1;
            fsc__buf_reset(&r->rec);
        }
        if (!over && r->rec.data)
            r->rec.data[r->rec.len] = '\0';
        fill_raw(r, rec, line, start, over, full);
        *got = 1;
        return FSC_OK;
    }
}


/* One record of a JSON document: the next top-level value, or the next
   element once inside a top-level array ("[{...}, {...}]"; pretty-printed
   objects span lines). The value's bytes go to r->rec (bounded like any
   record); *got = 0 at the end of the source. The value is cut by its
   brackets and strings only: fsc_record_parse judges it. */
static fsc_status read_value(fsc_reader *r, fsc_raw_record *rec, int *got,
                             fsc_error *err)
{
    fsc_status s;
    *got = 0;
    fsc__buf_reset(&r->rec);
    size_t full = 0;
    int over = 0, started = 0, depth = 0, str = 0, esc = 0, scalar = 0;
    long line = r->line;
    long long start = 0;
    for (;;) {
        if (r->rpos == r->rlen) {
            if (r->src_eof)
                break;
            s = fill(r, err);
            if (s != FSC_OK)
                return s;
            continue;
        }
        const char *p = r->chunk + r->rpos;
        size_t avail = r->rlen - r->rpos, i = 0;
        int done = 0;
        if (!started) {
            /* Between values: white space, and inside the array its
               commas and closing bracket. */
            for (; i < avail; i++) {
                unsigned char c = (unsigned char)p[i];
                if (c == '\n')
                    r->line++;
                else if (is_space(c) || (r->in_array && c == ','))
                    continue;
                else if (c == '[' && !r->in_array && depth == 0) {
                    r->in_array = 1;
                    continue;
                } else if (c == ']' && r->in_array) {
                    r->in_array = 0;
                    continue;
                } else
                    break;
            }
            r->rpos += i;
            if (i == avail)
                continue;
            started = 1;
            line = r->line;
            start = r->base + (long long)r->rpos;
            p = r->chunk + r->rpos;
            avail = r->rlen - r->rpos;
            i = 0;
            scalar = p[0] != '{' && p[0] != '[';
        }
        for (; i < avail; i++) {
            unsigned char c = (unsigned char)p[i];
            if (c == '\n')
                r->line++;
            if (str) {
                if (esc)
                    esc = 0;
                else if (c == '\\')
                    esc = 1;
                else if (c == '"')
                    str = 0;
                continue;
            }
            if (c == '"') {
                str = 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (scalar || depth == 0) {
                    done = 1; /* a scalar ends at the array's bracket */
                    break;
                }
                if (--depth == 0) {
                    i++;
                    done = 1;
                    break;
                }
            } else if (scalar && depth == 0 && (c == ',' || is_space(c))) {
                done = 1;
                break;
            }
        }
        if (done && i == 0 && full == 0)
            i = 1; /* a stray ',' ']' '}': a one-byte value, never none */
        if (i) {
            s = take_bytes(r, p, i, &over, err);
            if (s != FSC_OK)
                return s;
            full += i;
        }
        r->rpos += i;
        if (done)
            break;
    }
    if (!started)
        return FSC_OK; /* end of source */
    if (!over && full > r->max) {
        over = 1;
        fsc__buf_reset(&r->rec);
    }
    if (!over && r->rec.data)
        r->rec.data[r->rec.len] = '\0';
    fill_raw(r, rec, line, start, over, full);
    rec->is_json = 1;
    *got = 1;
    return FSC_OK;
}

static fsc_status json_escape(fsc_buf *b, const char *s, size_t n);

/* A CSV/TSV record that cannot be read: one record with `fault` set. */
static void csv_fault_raw(fsc_reader *r, fsc_raw_record *rec, long line,
                          long long byte)
{
    rec->source = r->source;
    rec->line = line;
    rec->byte = byte;
    rec->is_json = 1;
    rec->data = "";
    rec->len = rec->full_len = 0;
    rec->max_len = r->max;
    rec->fault = r->csv_fault;
}

/* Split the record in r->rec into NUL-separated cells in r->cells (RFC
   4180: a field that starts with a quote runs to the closing quote, ""
   inside it is a quote; anything after the closing quote up to the
   delimiter is kept as it is). Returns the number of fields. */
static size_t csv_cells(fsc_reader *r, char delim, fsc_status *st)
{
    const char *p = r->rec.data ? r->rec.data : "";
    size_t n = r->rec.len, i = 0, fields = 0;
    fsc__buf_reset(&r->cells);
    *st = FSC_OK;
    for (;;) {
        fields++;
        if (i < n && p[i] == '"') {
            i++;
            while (i < n && *st == FSC_OK) {
                if (p[i] == '"') {
                    if (i + 1 < n && p[i + 1] == '"') {
                        *st = fsc__buf_addc(&r->cells, '"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                *st = fsc__buf_addc(&r->cells, p[i++]);
            }
        }
        size_t k = i;
        while (k < n && p[k] != delim)
            k++;
        if (*st == FSC_OK && k > i)
            *st = fsc__buf_add(&r->cells, p + i, k - i);
        if (*st == FSC_OK)
            *st = fsc__buf_addc(&r->cells, '\0');
        if (*st != FSC_OK || k >= n)
            break;
        i = k + 1;
    }
    return fields;
}

/* The header's names, renamed by opts.columns ("FIELD=COLUMN"). */
static fsc_status csv_header(fsc_reader *r, size_t n)
{
    r->hdr = calloc(n ? n : 1, sizeof *r->hdr);
    if (!r->hdr)
        return FSC_ENOMEM;
    const char *c = r->cells.data;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(c);
        const char *name = c;
        size_t nl = len;
        while (nl && is_space((unsigned char)name[0])) {
            name++;
            nl--;
        }
        while (nl && is_space((unsigned char)name[nl - 1]))
            nl--;
        for (size_t k = 0; k < r->opts.n_columns; k++) {
            const char *m = r->opts.columns[k];
            const char *eq = m ? strchr(m, '=') : NULL;
            if (eq && strlen(eq + 1) == nl && memcmp(eq + 1, name, nl) == 0) {
                name = m;
                nl = (size_t)(eq - m);
                break;
            }
        }
        r->hdr[i] = fsc__strndup(name, nl);
        if (!r->hdr[i])
            return FSC_ENOMEM;
        r->n_hdr = i + 1;
        c += len + 1;
    }
    r->have_hdr = 1;
    return FSC_OK;
}

/* One CSV or TSV record, as a JSON object line in r->conv; the header is
   read first. *got = 0 at the end of the source. */
static fsc_status read_csv(fsc_reader *r, fsc_raw_record *rec, int *got,
                           fsc_error *err)
{
    const char delim = r->mode == MODE_TSV ? '\t' : ',';
    fsc_status s;
    *got = 0;
    for (;;) {
        size_t full = 0;
        int over = 0, any = 0, inq = 0, blank = 1;
        long long start = 0;
        long line = r->line;
        unsigned char last = 0;
        fsc__buf_reset(&r->rec);
        for (;;) {
            if (r->rpos == r->rlen) {
                if (r->src_eof)
                    break;
                s = fill(r, err);
                if (s != FSC_OK)
                    return s;
                continue;
            }
            if (!any) {
                any = 1;
                start = r->base + (long long)r->rpos;
            }
            const char *p = r->chunk + r->rpos;
            size_t avail = r->rlen - r->rpos, i = 0;
            int end = 0;
            for (; i < avail; i++) {
                unsigned char c = (unsigned char)p[i];
                if (c == '"') {
                    inq = !inq;
                } else if (c == '\n') {
                    if (!inq) {
                        end = 1;
                        break;
                    }
                    r->line++;
                }
                if (blank && !is_space(c))
                    blank = 0;
            }
            if (i) {
                last = (unsigned char)p[i - 1];
                s = take_bytes(r, p, i, &over, err);
                if (s != FSC_OK)
                    return s;
                full += i;
            }
            r->rpos += i;
            if (end) {
                r->rpos++;
                break;
            }
        }
        if (!any)
            return FSC_OK; /* end of source */
        r->line++;
        if (blank)
            continue; /* blank records are not records */
        if (last == '\r' && !inq) {
            full--;
            if (!over)
                r->rec.len--;
        }
        if (inq) {
            snprintf(r->csv_fault, sizeof r->csv_fault,
                     "quoted field opened in the record at line %ld never "
                     "closed",
                     line);
            csv_fault_raw(r, rec, line, start);
            *got = 1;
            return FSC_OK;
        }
        if (!over && full > r->max) {
            over = 1;
            fsc__buf_reset(&r->rec);
        }
        if (over) {
            fill_raw(r, rec, line, start, 1, full);
            rec->is_json = 1;
            *got = 1;
            return FSC_OK;
        }
        size_t bad = 0;
        long bl = 0, bc = 0;
        if (!fsc__utf8_valid(r->rec.data ? r->rec.data : "", r->rec.len, &bad,
                             &bl, &bc)) {
            snprintf(r->csv_fault, sizeof r->csv_fault,
                     "invalid UTF-8 at line %ld, byte %lld (column %ld)",
                     line + bl - 1, start + (long long)bad, bc);
            csv_fault_raw(r, rec, line, start);
            *got = 1;
            return FSC_OK;
        }
        size_t n = csv_cells(r, delim, &s);
        if (s != FSC_OK)
            return fsc__fail_at(err, FSC_ENOMEM, r->source, line, 0, start,
                                "out of memory reading a CSV record");
        if (!r->have_hdr) {
            if (csv_header(r, n) != FSC_OK)
                return fsc__fail_at(err, FSC_ENOMEM, r->source, line, 0,
                                    start, "out of memory reading a header");
            continue;
        }
        if (n != r->n_hdr) {
            snprintf(r->csv_fault, sizeof r->csv_fault,
                     "CSV record at line %ld has %zu field%s, the header has "
                     "%zu",
                     line, n, n == 1 ? "" : "s", r->n_hdr);
            csv_fault_raw(r, rec, line, start);
            *got = 1;
            return FSC_OK;
        }
        fsc__buf_reset(&r->conv);
        s = fsc__buf_addc(&r->conv, '{');
        const char *c = r->cells.data;
        int first = 1;
        for (size_t i = 0; i < n && s == FSC_OK; i++) {
            size_t len = strlen(c);
            if (len && r->hdr[i][0]) {
                if (!first)
                    s = fsc__buf_addc(&r->conv, ',');
                first = 0;
                if (s == FSC_OK)
                    s = fsc__buf_addc(&r->conv, '"');
                if (s == FSC_OK)
                    s = json_escape(&r->conv, r->hdr[i], strlen(r->hdr[i]));
                if (s == FSC_OK)
                    s = fsc__buf_adds(&r->conv, "\":\"");
                if (s == FSC_OK)
                    s = json_escape(&r->conv, c, len);
                if (s == FSC_OK)
                    s = fsc__buf_addc(&r->conv, '"');
            }
            c += len + 1;
        }
        if (s == FSC_OK)
            s = fsc__buf_addc(&r->conv, '}');
        if (s != FSC_OK)
            return fsc__fail_at(err, FSC_ENOMEM, r->source, line, 0, start,
                                "out of memory reading a CSV record");
        if (r->conv.len > r->max) {
            /* The record as JSON (names and escapes added) must keep the
               limit every record keeps. */
            fill_raw(r, rec, line, start, 1, r->conv.len);
            rec->is_json = 1;
            *got = 1;
            return FSC_OK;
        }
        rec->source = r->source;
        rec->line = line;
        rec->byte = start;
        rec->is_json = 1;
        rec->data = r->conv.data;
        rec->len = r->conv.len;
        rec->full_len = r->conv.len;
        rec->max_len = r->max;
        *got = 1;
        return FSC_OK;
    }
}

/* The whole source as one text record; *got = 0 once it was returned. */
static fsc_status read_text(fsc_reader *r, fsc_raw_record *rec, int *got,
                            fsc_error *err)
{
    fsc_status s;
    size_t full = 0, trail = 0;
    int over = 0;
    *got = 0;
    if (r->text_done)
        return FSC_OK;
    long long start = r->base + (long long)r->rpos;
    fsc__buf_reset(&r->rec);
    for (;;) {
        if (r->rpos == r->rlen) {
            if (r->src_eof)
                break;
            s = fill(r, err);
            if (s != FSC_OK)
                return s;
            continue;
        }
        const char *p = r->chunk + r->rpos;
        size_t n = r->rlen - r->rpos;
        /* Track the run of CR/LF at the end, which the record leaves out,
           even for records too long to keep. */
        size_t t = 0;
        while (t < n && (p[n - 1 - t] == '\n' || p[n - 1 - t] == '\r'))
            t++;
        trail = t == n ? trail + n : t;
        s = take_bytes(r, p, n, &over, err);
        if (s != FSC_OK)
            return s;
        full += n;
        r->rpos += n;
        if (over && r->endless) {
            /* /dev/zero or a pipe that never closes: the record is over
               the limit whatever follows, so stop here rather than read
               forever. */
            r->text_done = 1;
            snprintf(r->fault, sizeof r->fault,
                     "text of more than %zu bytes, the limit, from a stream "
                     "that is not a regular file: not read further",
                     r->max);
            fill_raw(r, rec, 1, start, 1, full);
            rec->fault = r->fault;
            *got = 1;
            return FSC_OK;
        }
    }
    r->text_done = 1;
    full -= trail;
    if (!over) {
        r->rec.len = full;
        if (r->rec.data)
            r->rec.data[full] = '\0';
        if (full > r->max) {
            over = 1;
            fsc__buf_reset(&r->rec);
        }
    }
    fill_raw(r, rec, 1, start, over, full);
    *got = 1;
    return FSC_OK;
}

fsc_status fsc_reader_next(fsc_reader *r, fsc_raw_record *rec, int *eof,
                           fsc_error *err)
{
    if (eof)
        *eof = 0;
    if (!r || !rec || !eof)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_next: NULL argument");
    memset(rec, 0, sizeof *rec);
    r->used = 1;
    for (;;) {
        fsc_status s;
        if (!r->have_src) {
            int none = 0;
            if (r->single) {
                *eof = 1;
                return FSC_OK;
            }
            s = next_source(r, &none, err);
            if (s != FSC_OK)
                return s;
            if (r->fault_pending) {
                r->fault_pending = 0;
                rec->source = r->fault_source;
                rec->line = 1;
                rec->data = "";
                rec->max_len = r->max;
                rec->fault = r->fault;
                rec->id_prefix = r->opts.id_prefix;
                return FSC_OK;
            }
            if (none) {
                *eof = 1;
                return FSC_OK;
            }
        }
        if (!r->started) {
            s = start_reading(r, err);
            if (s != FSC_OK) {
                close_source(r);
                return s;
            }
        }
        int got = 0;
        if (r->mode == MODE_TEXT)
            s = read_text(r, rec, &got, err);
        else if (r->mode == MODE_CSV || r->mode == MODE_TSV)
            s = read_csv(r, rec, &got, err);
        else if (r->mode == MODE_JSONDOC)
            s = read_value(r, rec, &got, err);
        else
            s = read_line(r, rec, &got, err);
        if (s != FSC_OK) {
            close_source(r);
            memset(rec, 0, sizeof *rec);
            return s;
        }
        if (got) {
            rec->outlet = r->src_outlet[0] ? r->src_outlet : NULL;
            rec->date = r->src_date[0] ? r->src_date : NULL;
            rec->id_prefix = r->opts.id_prefix;
            return FSC_OK;
        }
        close_source(r);
    }
}

/* ------------------------------------------------------------------ */
/* Records                                                            */
/* ------------------------------------------------------------------ */

struct fsc_record {
    char *source;    /* where the record came from */
    long line;       /* its line */
    int skipped;     /* nonzero: reason is set, no text */
    char *reason;    /* why it was skipped */
    char *text;      /* article text (NUL-terminated copy) */
    size_t text_len; /* bytes in text */
    char *id;        /* never NULL */
    char *meta_json; /* compact JSON object, never NULL */
    size_t n_fields; /* string/number fields, input order */
    char **names;    /* field names */
    char **values;   /* field values */
    const char *id_prefix; /* during fsc_record_parse only (borrowed) */
};

static void record_free_fields(fsc_record *rec)
{
    for (size_t i = 0; i < rec->n_fields; i++) {
        free(rec->names[i]);
        free(rec->values[i]);
    }
    free(rec->names);
    free(rec->values);
    rec->names = rec->values = NULL;
    rec->n_fields = 0;
}

void fsc_record_free(fsc_record *rec)
{
    if (!rec)
        return;
    free(rec->source);
    free(rec->reason);
    free(rec->text);
    free(rec->id);
    free(rec->meta_json);
    record_free_fields(rec);
    free(rec);
}

int fsc_record_skipped(const fsc_record *rec)
{
    return rec ? rec->skipped : 0;
}

const char *fsc_record_skip_reason(const fsc_record *rec)
{
    return rec && rec->skipped ? rec->reason : NULL;
}

const char *fsc_record_text(const fsc_record *rec, size_t *len)
{
    if (!rec || rec->skipped || !rec->text) {
        if (len)
            *len = 0;
        return "";
    }
    if (len)
        *len = rec->text_len;
    return rec->text;
}

const char *fsc_record_field(const fsc_record *rec, const char *name)
{
    if (!rec || !name)
        return NULL;
    if (strcmp(name, "id") == 0)
        return rec->id;
    for (size_t i = 0; i < rec->n_fields; i++)
        if (strcmp(rec->names[i], name) == 0)
            return rec->values[i];
    return NULL;
}

const char *fsc_record_source(const fsc_record *rec)
{
    return rec ? rec->source : NULL;
}

long fsc_record_line(const fsc_record *rec)
{
    return rec ? rec->line : 0;
}

const char *fsc_record_meta_json(const fsc_record *rec)
{
    return rec ? rec->meta_json : "{}";
}

/* Mark rec skipped with a formatted reason (prefixed "SOURCE: "). */
static fsc_status skip(fsc_record *rec, const char *fmt, ...) FSC__PRINTF(2, 3);

static fsc_status skip(fsc_record *rec, const char *fmt, ...)
{
    fsc_buf b;
    va_list ap;
    char small[512];
    fsc__buf_init(&b, 0);
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        small[0] = '\0';
    if (fsc__buf_printf(&b, "%s: %s", rec->source, small) != FSC_OK) {
        fsc__buf_free(&b);
        return FSC_ENOMEM;
    }
    free(rec->reason);
    if (fsc__buf_take(&b, &rec->reason, NULL) != FSC_OK) {
        fsc__buf_free(&b);
        return FSC_ENOMEM;
    }
    rec->skipped = 1;
    free(rec->text);
    rec->text = NULL;
    rec->text_len = 0;
    record_free_fields(rec);
    return FSC_OK;
}

fsc_status fsc__record_skip(fsc_record *rec, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        small[0] = '\0';
    fsc_buf b;
    fsc__buf_init(&b, 0);
    char *reason = NULL;
    if (fsc__buf_printf(&b, "%s: %s", rec->source, small) != FSC_OK ||
        fsc__buf_take(&b, &reason, NULL) != FSC_OK) {
        fsc__buf_free(&b);
        return FSC_ENOMEM;
    }
    free(rec->reason);
    rec->reason = reason;
    rec->skipped = 1;
    free(rec->text);
    rec->text = NULL;
    rec->text_len = 0;
    return FSC_OK;
}

/* Append s[0..n) to b as the body of a JSON string (no quotes). Control
   characters are escaped so the result is strict JSON. */
static fsc_status json_escape(fsc_buf *b, const char *s, size_t n)
{
    fsc_status st = FSC_OK;
    for (size_t i = 0; i < n && st == FSC_OK; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            st = fsc__buf_addc(b, '\\');
            if (st == FSC_OK)
                st = fsc__buf_addc(b, (char)c);
        } else if (c < 0x20) {
            st = fsc__buf_printf(b, "\\u%04x", c);
        } else {
            st = fsc__buf_addc(b, (char)c);
        }
    }
    return st;
}

/* Nonzero when s[0..n) is all (ASCII or Unicode) white space; s is valid
   UTF-8. */
static int all_space(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (!is_space(c))
                return 0;
            i++;
            continue;
        }
        size_t k = 1;
        uint32_t cp = fsc__utf8_decode(s + i, n - i, &k);
        int sp = cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
                 (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 ||
                 cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
                 cp == 0xFEFF;
        if (!sp)
            return 0;
        i += k;
    }
    return 1;
}

/* Default id "SOURCE:LINE". */
static fsc_status default_id(fsc_record *rec)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    if ((rec->id_prefix && *rec->id_prefix &&
         fsc__buf_printf(&b, "%s:", rec->id_prefix) != FSC_OK) ||
        fsc__buf_printf(&b, "%s:%ld", rec->source, rec->line) != FSC_OK ||
        fsc__buf_take(&b, &rec->id, NULL) != FSC_OK) {
        fsc__buf_free(&b);
        return FSC_ENOMEM;
    }
    return FSC_OK;
}

/* --- raw JSON scanning over text that cJSON accepted (bounds-checked) --- */

/* s[i] == '"': index after the closing quote, or n when the string is not
   closed (then *open is set when open is not NULL). */
static size_t string_end(const char *s, size_t i, size_t n, int *open)
{
    for (i++; i < n; i++) {
        if (s[i] == '\\') {
            i++;
            continue;
        }
        if (s[i] == '"')
            return i + 1;
    }
    if (open)
        *open = 1;
    return n;
}


/* Strict JSON number grammar (cJSON also takes "01", "1." and the like). */
static int strict_number(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && s[i] == '-')
        i++;
    if (i >= n)
        return 0;
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    } else {
        return 0;
    }
    if (i < n && s[i] == '.') {
        i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    return i == n;
}

/* A number token as JSON text: as in the input when that is strict JSON,
   else as cJSON prints the value it read. */
static fsc_status add_number(fsc_buf *b, const char *s, size_t n)
{
    if (strict_number(s, n))
        return fsc__buf_add(b, s, n);
    cJSON *v = cJSON_ParseWithLength(s, n);
    char *t = v ? cJSON_PrintUnformatted(v) : NULL;
    fsc_status st = t ? fsc__buf_adds(b, t) : FSC_ENOMEM;
    if (t)
        cJSON_free(t);
    cJSON_Delete(v);
    return st;
}

/* Append the value s[0..n) compacted: white space outside strings dropped,
   control bytes in strings escaped, non-strict numbers normalised. */
static fsc_status add_compact(fsc_buf *b, const char *s, size_t n)
{
    fsc_status st = FSC_OK;
    size_t i = 0;
    while (i < n && st == FSC_OK) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 32) {
            i++;
        } else if (c == '"') {
            size_t e = fsc__json_skip_string(s, n, i);
            st = fsc__buf_addc(b, '"');
            for (size_t k = i + 1; k < e && st == FSC_OK; k++) {
                unsigned char d = (unsigned char)s[k];
                if (d < 0x20 && k + 1 < e)
                    st = fsc__buf_printf(b, "\\u%04x", d);
                else
                    st = fsc__buf_addc(b, (char)d);
            }
            i = e;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            size_t e = i;
            while (e < n && (unsigned char)s[e] > 32 && s[e] != ',' &&
                   s[e] != '}' && s[e] != ']')
                e++;
            st = add_number(b, s + i, e - i);
            i = e;
        } else {
            st = fsc__buf_addc(b, (char)c);
            i++;
        }
    }
    return st;
}

static int hex4(const char *s, size_t n, size_t i, unsigned *v)
{
    *v = 0;
    if (i > n || n - i < 4)
        return 0;
    for (size_t h = 0; h < 4; h++) {
        char x = s[i + h];
        unsigned d;
        if (x >= '0' && x <= '9')
            d = (unsigned)(x - '0');
        else if (x >= 'a' && x <= 'f')
            d = (unsigned)(x - 'a' + 10);
        else if (x >= 'A' && x <= 'F')
            d = (unsigned)(x - 'A' + 10);
        else
            return 0;
        *v = *v * 16 + d;
    }
    return 1;
}

/* s[k] == '\\': say what is wrong with the escape there; 0 if nothing. */
static int describe_escape(const char *s, size_t n, size_t k, char *out,
                           size_t cap)
{
    unsigned v = 0, lo = 0;
    if (k + 1 >= n)
        return 0;
    char e = s[k + 1];
    if (e && strchr("\"\\/bfnrt", e))
        return 0;
    if (e != 'u') {
        if ((unsigned char)e >= 0x20 && (unsigned char)e < 0x7F)
            snprintf(out, cap, "invalid escape \\%c", e);
        else
            snprintf(out, cap, "invalid escape sequence");
        return 1;
    }
    if (!hex4(s, n, k + 2, &v)) {
        snprintf(out, cap, "invalid \\u escape");
        return 1;
    }
    if ((v >= 0xDC00 && v <= 0xDFFF) ||
        (v >= 0xD800 && v <= 0xDBFF &&
         !(k + 12 <= n && s[k + 6] == '\\' && s[k + 7] == 'u' &&
           hex4(s, n, k + 8, &lo) && lo >= 0xDC00 && lo <= 0xDFFF))) {
        snprintf(out, cap,
                 "unpaired UTF-16 surrogate escape \\u%04X (not valid "
                 "Unicode)",
                 v);
        return 1;
    }
    return 0;
}

/*
 * Why cJSON rejected s[0..n), with the byte offset to report in *at.
 * cJSON gives an error position but no reason: it points at the escape it
 * could not decode, or at the start of a string's contents when the string
 * is not closed, so the line is re-scanned here to say which.
 */
static void json_reason(const char *s, size_t n, size_t pos, char *out,
                        size_t cap, size_t *at)
{
    size_t i = 0, depth = 0, str_start = 0, max_depth = 0;
    int in_str = 0;
    *at = pos;
    /* Structure at the end of the line: inside a string, or unclosed. */
    while (i < n) {
        char c = s[i];
        if (c == '"') {
            int open = 0;
            size_t e = string_end(s, i, n, &open);
            if (open) {
                in_str = 1;
                str_start = i;
                break;
            }
            i = e;
            continue;
        }
        if (c == '{' || c == '[') {
            depth++;
            if (depth > max_depth)
                max_depth = depth;
        } else if ((c == '}' || c == ']') && depth > 0) {
            depth--;
        }
        i++;
    }
    if (max_depth > CJSON_NESTING_LIMIT) {
        snprintf(out, cap, "nested more than %d levels deep",
                 CJSON_NESTING_LIMIT);
        return;
    }
    /* cJSON stops at the escape it could not decode. */
    if (pos < n && s[pos] == '\\' && describe_escape(s, n, pos, out, cap))
        return;
    if (in_str && pos >= str_start) {
        *at = n;
        snprintf(out, cap, "line ends inside a string (truncated record?)");
        return;
    }
    if (depth > 0 && pos + 1 >= n) {
        *at = n;
        snprintf(out, cap,
                 "line ends before the JSON value is closed "
                 "(truncated record?)");
        return;
    }
    if (pos >= n) {
        *at = n;
        snprintf(out, cap, "unexpected end of line");
        return;
    }
    unsigned char c = (unsigned char)s[pos];
    if (c < 0x20 || c == 0x7F) {
        snprintf(out, cap, "unexpected control byte 0x%02X", c);
    } else if (c < 0x80) {
        snprintf(out, cap, "unexpected '%c'", c);
    } else {
        size_t k = 1;
        uint32_t cp = fsc__utf8_decode(s + pos, n - pos, &k);
        snprintf(out, cap, "unexpected character U+%04X", (unsigned)cp);
    }
}

/* Column (1-based, in code points) of byte off in the line s. */
static long col_at(const char *s, size_t off)
{
    size_t c = fsc__utf8_count(s, off) + 1;
    return c > LONG_MAX ? LONG_MAX : (long)c;
}

/* Offset of the first \u0000 escape inside a string of s[0..n), or n. */
static size_t find_nul_escape(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] != '"') {
            i++;
            continue;
        }
        for (i++; i < n && s[i] != '"'; i++) {
            if (s[i] != '\\')
                continue;
            if (i + 5 < n && s[i + 1] == 'u' &&
                memcmp(s + i + 2, "0000", 4) == 0)
                return i;
            i++;
        }
        i++;
    }
    return n;
}

static fsc_status add_field(fsc_record *rec, const char *name, const char *val,
                            size_t vlen)
{
    char **nn = realloc(rec->names, (rec->n_fields + 1) * sizeof *nn);
    if (!nn)
        return FSC_ENOMEM;
    rec->names = nn;
    char **vv = realloc(rec->values, (rec->n_fields + 1) * sizeof *vv);
    if (!vv)
        return FSC_ENOMEM;
    rec->values = vv;
    char *a = fsc__strdup(name);
    char *b = fsc__strndup(val, vlen);
    if (!a || !b) {
        free(a);
        free(b);
        return FSC_ENOMEM;
    }
    rec->names[rec->n_fields] = a;
    rec->values[rec->n_fields] = b;
    rec->n_fields++;
    return FSC_OK;
}

/*
 * Fields and meta_json of a parsed object. cJSON's children and the raw
 * members of the line are walked side by side (cJSON keeps members in input
 * order, duplicates included), so names come decoded from cJSON while the
 * meta text copies the input's own bytes: numbers such as 1706543123456789012
 * or 1.50 survive exactly, which cJSON's printer would not guarantee.
 */
static fsc_status build_fields(fsc_record *rec, const cJSON *root,
                               const char *s, size_t n)
{
    fsc_buf meta;
    fsc_status st = FSC_OK;
    size_t i = 0;
    int first = 1;
    fsc__buf_init(&meta, 0);
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3; /* cJSON skips a BOM at the start too */
    i = fsc__json_skip_ws(s, n, i);
    i++; /* '{' */
    st = fsc__buf_addc(&meta, '{');
    for (const cJSON *c = root->child; c && st == FSC_OK; c = c->next) {
        i = fsc__json_skip_ws(s, n, i);
        if (i < n && s[i] == ',')
            i = fsc__json_skip_ws(s, n, i + 1);
        size_t k0 = i;
        size_t k1 = fsc__json_skip_string(s, n, i);
        i = fsc__json_skip_ws(s, n, k1);
        i++; /* ':' */
        size_t v0 = fsc__json_skip_ws(s, n, i);
        size_t v1 = fsc__json_skip_value(s, n, v0);
        i = v1;
        if (!c->string || strcmp(c->string, "text") == 0)
            continue;
        if (!first)
            st = fsc__buf_addc(&meta, ',');
        first = 0;
        if (st == FSC_OK)
            st = add_compact(&meta, s + k0, k1 - k0);
        if (st == FSC_OK)
            st = fsc__buf_addc(&meta, ':');
        if (st == FSC_OK)
            st = add_compact(&meta, s + v0, v1 - v0);
        if (st != FSC_OK)
            break;
        if (cJSON_IsString(c) && c->valuestring) {
            st = add_field(rec, c->string, c->valuestring,
                           strlen(c->valuestring));
        } else if (cJSON_IsNumber(c)) {
            fsc_buf num;
            fsc__buf_init(&num, 0);
            st = add_number(&num, s + v0, v1 - v0);
            if (st == FSC_OK)
                st = add_field(rec, c->string, num.data ? num.data : "",
                               num.len);
            fsc__buf_free(&num);
        }
    }
    if (st == FSC_OK)
        st = fsc__buf_addc(&meta, '}');
    if (st == FSC_OK)
        st = fsc__buf_take(&meta, &rec->meta_json, NULL);
    fsc__buf_free(&meta);
    return st;
}

/* Does the JSON text hold a \u escape? (memchr is vectorised.) */
static int has_u_escape(const char *s, size_t n)
{
    const char *end = s + n;
    for (const char *p = s; p < end;) {
        const char *q = memchr(p, '\\', (size_t)(end - p));
        if (!q || q + 1 >= end)
            return 0;
        if (q[1] == 'u')
            return 1;
        p = q + 2; /* skip the escaped character, a backslash included */
    }
    return 0;
}

static fsc_status parse_json(fsc_record *rec, const fsc_raw_record *raw,
                             const char *s, size_t n)
{
    fsc_status st = FSC_OK;
    cJSON *root = NULL;
    const char *end = NULL;
    char why[160];
    size_t at = 0;

    /* A NUL byte would silently cut strings short inside cJSON, and JSON
       does not allow it anyway. */
    const char *z = memchr(s, '\0', n);
    if (z) {
        size_t off = (size_t)(z - s);
        return skip(rec,
                    "bad JSON at line %ld, byte %lld (column %ld): NUL byte",
                    raw->line, raw->byte + (long long)off, col_at(s, off));
    }
    root = cJSON_ParseWithLengthOpts(s, n, &end, 0);
    if (!root) {
        size_t pos = end && end >= s ? (size_t)(end - s) : 0;
        if (pos > n)
            pos = n;
        json_reason(s, n, pos, why, sizeof why, &at);
        return skip(rec, "bad JSON at line %ld, byte %lld (column %ld): %s",
                    raw->line, raw->byte + (long long)at, col_at(s, at), why);
    }
    size_t e = end && end >= s ? (size_t)(end - s) : n;
    e = fsc__json_skip_ws(s, n, e);
    if (e < n) {
        unsigned char c = (unsigned char)s[e];
        if (c >= 0x20 && c < 0x7F)
            snprintf(why, sizeof why, "unexpected '%c' after the JSON value",
                     c);
        else
            snprintf(why, sizeof why, "unexpected data after the JSON value");
        st = skip(rec, "bad JSON at line %ld, byte %lld (column %ld): %s",
                  raw->line, raw->byte + (long long)e, col_at(s, e), why);
        goto fail;
    }
    if (!cJSON_IsObject(root)) {
        st = skip(rec, "JSON value at line %ld is not an object", raw->line);
        goto fail;
    }
    /* One rule for every reader: a key named twice makes the record
       unreadable (which of the two would count is anybody's guess). The
       record's own members and those of its objects are checked. */
    const char *dup = fsc__json_dup_key(root, 2);
    if (dup) {
        st = skip(rec, "duplicate key \"%.64s\" at line %ld", dup, raw->line);
        goto fail;
    }
    size_t nul = find_nul_escape(s, n);
    if (nul < n) {
        st = skip(rec,
                  "escaped NUL (\\u0000) at line %ld, byte %lld (column %ld) "
                  "is not supported",
                  raw->line, raw->byte + (long long)nul, col_at(s, nul));
        goto fail;
    }

    st = build_fields(rec, root, s, n);
    if (st != FSC_OK)
        goto fail;
    /* The first "id" that is a string or a number (its input text). */
    const char *id = NULL;
    for (size_t i = 0; i < rec->n_fields; i++)
        if (strcmp(rec->names[i], "id") == 0) {
            id = rec->values[i];
            break;
        }
    if (id) {
        rec->id = fsc__strdup(id);
        if (!rec->id) {
            st = FSC_ENOMEM;
            goto fail;
        }
    }

    const cJSON *t = cJSON_GetObjectItemCaseSensitive(root, "text");
    if (!t) {
        st = skip(rec, "missing \"text\" field at line %ld", raw->line);
        goto fail;
    }
    if (!cJSON_IsString(t) || !t->valuestring) {
        st = skip(rec, "\"text\" field at line %ld is not a string", raw->line);
        goto fail;
    }
    size_t tl = strlen(t->valuestring);
    size_t bad = 0;
    long bl = 0, bc = 0;
    /* The raw line was valid UTF-8, and cJSON copies bytes unchanged except
     * for \u escapes: only then check what they decoded to as well. */
    if (has_u_escape(s, n) &&
        !fsc__utf8_valid(t->valuestring, tl, &bad, &bl, &bc)) {
        st = skip(rec,
                  "invalid UTF-8 at line %ld in the decoded \"text\" (byte %zu "
                  "of the text)",
                  raw->line, bad);
        goto fail;
    }
    if (all_space(t->valuestring, tl)) {
        st = skip(rec, "empty text at line %ld", raw->line);
        goto fail;
    }
    rec->text = fsc__strndup(t->valuestring, tl);
    if (!rec->text) {
        st = FSC_ENOMEM;
        goto fail;
    }
    rec->text_len = tl;
fail:
    cJSON_Delete(root);
    return st;
}

/* id and meta_json of a text record: {"id":"PATH"}. */
static fsc_status text_meta(fsc_record *rec)
{
    fsc_buf meta;
    fsc_status st;
    fsc__buf_init(&meta, 0);
    if (rec->id_prefix && *rec->id_prefix) {
        size_t n = strlen(rec->id_prefix) + strlen(rec->source) + 2;
        rec->id = malloc(n);
        if (rec->id)
            snprintf(rec->id, n, "%s:%s", rec->id_prefix, rec->source);
    } else {
        rec->id = fsc__strdup(rec->source);
    }
    if (!rec->id)
        return FSC_ENOMEM;
    /* meta_json must be valid UTF-8 even when a file name is not. */
    size_t idl = strlen(rec->id);
    char *fixed = malloc(3 * idl + 1);
    if (!fixed)
        return FSC_ENOMEM;
    size_t fl = fsc__utf8_repair(rec->id, idl, fixed);
    st = fsc__buf_adds(&meta, "{\"id\":\"");
    if (st == FSC_OK)
        st = json_escape(&meta, fixed, fl);
    if (st == FSC_OK)
        st = fsc__buf_adds(&meta, "\"}");
    free(fixed);
    if (st == FSC_OK)
        st = fsc__buf_take(&meta, &rec->meta_json, NULL);
    fsc__buf_free(&meta);
    return st == FSC_OK ? FSC_OK : FSC_ENOMEM;
}

/* Fields the reader knows from the path (outlet, date), for a record
   that lacks them: added to the fields and to the meta object. */
static fsc_status add_path_meta(fsc_record *rec, const fsc_raw_record *raw)
{
    const char *names[2] = { "outlet", "date" };
    const char *vals[2] = { raw->outlet, raw->date };
    for (int i = 0; i < 2; i++) {
        if (!vals[i] || !*vals[i] || fsc_record_field(rec, names[i]))
            continue;
        if (add_field(rec, names[i], vals[i], strlen(vals[i])) != FSC_OK)
            return FSC_ENOMEM;
        /* meta_json is "{...}": insert before the closing brace. */
        fsc_buf b;
        fsc__buf_init(&b, 0);
        size_t ml = strlen(rec->meta_json);
        fsc_status st = fsc__buf_add(&b, rec->meta_json, ml - 1);
        if (st == FSC_OK && ml > 2)
            st = fsc__buf_addc(&b, ',');
        if (st == FSC_OK)
            st = fsc__buf_printf(&b, "\"%s\":\"", names[i]);
        if (st == FSC_OK)
            st = json_escape(&b, vals[i], strlen(vals[i]));
        if (st == FSC_OK)
            st = fsc__buf_adds(&b, "\"}");
        char *m = NULL;
        if (st == FSC_OK)
            st = fsc__buf_take(&b, &m, NULL);
        fsc__buf_free(&b);
        if (st != FSC_OK)
            return FSC_ENOMEM;
        free(rec->meta_json);
        rec->meta_json = m;
    }
    return FSC_OK;
}

fsc_status fsc_record_parse(const fsc_raw_record *raw, fsc_record **out,
                            fsc_error *err)
{
    fsc_status st = FSC_OK;
    fsc_record *rec = NULL;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_record_parse: out is NULL");
    *out = NULL;
    if (!raw || (!raw->data && raw->len > 0))
        return fsc__fail(err, FSC_EINVAL, "fsc_record_parse: bad raw record");
    rec = calloc(1, sizeof *rec);
    if (!rec)
        goto fail;
    /* The source name becomes ids and reasons in every output, so it must
       be UTF-8 even when a file name is not: invalid bytes become U+FFFD. */
    {
        const char *src = raw->source ? raw->source : "<unknown>";
        size_t sl = strlen(src);
        rec->source = malloc(3 * sl + 1);
        if (!rec->source)
            goto fail;
        rec->source[fsc__utf8_repair(src, sl, rec->source)] = '\0';
    }
    rec->line = raw->line;
    rec->id_prefix = raw->id_prefix;

    const char *s = raw->data ? raw->data : "";
    size_t n = raw->len;
    if (raw->fault) {
        /* A file of a directory that could not be read (named by the
           file), or a CSV record that could not be read (SOURCE:LINE): one
           skipped record. */
        if ((raw->is_json ? default_id(rec) : text_meta(rec)) != FSC_OK ||
            skip(rec, "%s", raw->fault) != FSC_OK)
            goto fail;
    } else if (raw->is_json) {
        if (raw->len == 0 && raw->full_len > 0) {
            if (raw->max_len)
                st = skip(rec,
                          "record of %zu bytes at line %ld exceeds the "
                          "%zu-byte limit",
                          raw->full_len, raw->line, raw->max_len);
            else
                st = skip(rec,
                          "record of %zu bytes at line %ld exceeds the size "
                          "limit",
                          raw->full_len, raw->line);
            if (st != FSC_OK)
                goto fail;
        } else {
            size_t bad = 0;
            long bl = 0, bc = 0;
            if (!fsc__utf8_valid(s, n, &bad, &bl, &bc)) {
                st = skip(rec,
                          "invalid UTF-8 at line %ld, byte %lld (column %ld)",
                          raw->line + bl - 1, raw->byte + (long long)bad, bc);
            } else {
                st = parse_json(rec, raw, s, n);
            }
            if (st != FSC_OK)
                goto fail;
        }
        if (!rec->id && default_id(rec) != FSC_OK)
            goto fail;
    } else {
        if (text_meta(rec) != FSC_OK)
            goto fail;
        size_t bad = 0;
        long bl = 0, bc = 0;
        if (raw->len == 0 && raw->full_len > 0) {
            if (raw->max_len)
                st = skip(rec,
                          "record of %zu bytes at line %ld exceeds the "
                          "%zu-byte limit",
                          raw->full_len, raw->line, raw->max_len);
            else
                st = skip(rec,
                          "record of %zu bytes at line %ld exceeds the size "
                          "limit",
                          raw->full_len, raw->line);
        } else if (!fsc__utf8_valid(s, n, &bad, &bl, &bc)) {
            st = skip(rec, "invalid UTF-8 at line %ld, byte %lld (column %ld)",
                      raw->line + bl - 1, raw->byte + (long long)bad, bc);
        } else if (memchr(s, '\0', n)) {
            /* As an escaped NUL in JSON: text with a NUL byte would be cut
               short by every consumer of C strings, while offsets point
               past it. */
            size_t z = (size_t)((const char *)memchr(s, '\0', n) - s);
            long zl = 1, zc = 1;
            for (size_t k = 0; k < z; k++) {
                if (s[k] == '\n') {
                    zl++;
                    zc = 1;
                } else if (((unsigned char)s[k] & 0xC0) != 0x80) {
                    zc++;
                }
            }
            st = skip(rec,
                      "NUL byte at line %ld, byte %lld (column %ld) is not "
                      "supported",
                      raw->line + zl - 1, raw->byte + (long long)z, zc);
        } else if (all_space(s, n)) {
            st = skip(rec, "empty text at line %ld", raw->line);
        } else {
            rec->text = fsc__strndup(s, n);
            if (!rec->text)
                goto fail;
            rec->text_len = n;
        }
        if (st != FSC_OK)
            goto fail;
    }
    if (rec->skipped) {
        free(rec->meta_json);
        rec->meta_json = fsc__strdup("{}");
    }
    if (!rec->meta_json)
        goto fail;
    if (!rec->skipped && add_path_meta(rec, raw) != FSC_OK)
        goto fail;
    rec->id_prefix = NULL;
    *out = rec;
    return FSC_OK;
fail:
    fsc_record_free(rec);
    return fsc__fail_at(err, FSC_ENOMEM, raw->source, raw->line, 0, raw->byte,
                        "out of memory parsing a record");
}
