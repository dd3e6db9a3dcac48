/*
 * common.c - shared command-line plumbing: error printing, string lists,
 * number parsing, lexicon discovery and loading. No analysis happens here.
 */
#define _XOPEN_SOURCE 700 /* mkstemp, fchmod, realpath, sigaction */
#include "common.h"

#include "framescope/compare.h"
#include "framescope/lexset.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

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

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The directory of the running executable (Linux: /proc/self/exe), in
   buf; 0 when it cannot be told. */
static int exe_dir(char *buf, size_t cap)
{
    ssize_t n = readlink("/proc/self/exe", buf, cap - 1);
    if (n <= 0 || (size_t)n >= cap - 1)
        return 0;
    buf[n] = '\0';
    char *slash = strrchr(buf, '/');
    if (!slash)
        return 0;
    *slash = '\0';
    return 1;
}

/* The bundled lexicons: $FRAMESCOPE_LEXICONS; else, for a binary in the
   build tree, the source tree's; else the ones installed beside the binary
   (bin/../share/framescope/lexicons, wherever the install was moved); else
   the configured install prefix. */
static const char *default_lexicon_dir(void)
{
    static char found[4096 + 64];
    const char *env = getenv("FRAMESCOPE_LEXICONS");
    if (env && *env)
        return env;
    char dir[4096];
    if (exe_dir(dir, sizeof dir)) {
        if (strcmp(dir, FSC_BUILD_DIR) == 0 && is_dir(FSC_SOURCE_LEXICON_DIR))
            return FSC_SOURCE_LEXICON_DIR;
        snprintf(found, sizeof found, "%s/%s", dir, FSC_REL_LEXICON_DIR);
        if (is_dir(found))
            return found;
    }
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

int cli_lexicon_format_check(const char *prog, const char *path)
{
    if (fsc_lexset_format_known(path))
        return 0;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    fprintf(stderr, "%s: %s: unknown dictionary format%s%s%s: %s\n", prog, path,
            dot ? " (" : "", dot ? dot : "", dot ? ")" : "",
            fsc_lexset_formats_text());
    return -1;
}

int cli_load_lexicons(const char *prog, const cli_strlist *paths, int support,
                      cli_lexset *out)
{
    /* One implementation with the bindings: framescope/lexset.h. */
    fsc_lexset ls = { 0 };
    fsc_error e;
    if (fsc_lexset_load((const char *const *)paths->v, paths->n,
                        default_lexicon_dir(), support, &ls, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        out->v = NULL;
        out->n = 0;
        return -1;
    }
    out->v = ls.v;
    out->n = ls.n;
    return 0;
}

/* ---- outputs ------------------------------------------------------------ */

static int is_stdout_path(const char *p)
{
    return !p || strcmp(p, "-") == 0;
}

/* A name a directory walk reads as a corpus file (.txt, .jsonl, .ndjson,
   .csv, .tsv, each maybe .gz). */
static int corpus_name(const char *p)
{
    static const char *const ext[] = { ".txt", ".jsonl", ".ndjson", ".csv",
                                       ".tsv" };
    size_t n = strlen(p);
    if (n > 3 && strcasecmp(p + n - 3, ".gz") == 0)
        n -= 3;
    for (size_t i = 0; i < sizeof ext / sizeof *ext; i++) {
        size_t m = strlen(ext[i]);
        if (n > m && strncasecmp(p + n - m, ext[i], m) == 0)
            return 1;
    }
    return 0;
}

/* The resolved directory that holds (or will hold) `path`; NULL when it
   cannot be resolved (the output's own open reports why). */
static char *parent_real(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash
                    ? strndup(path, slash == path ? 1 : (size_t)(slash - path))
                    : strdup(".");
    if (!dir)
        return NULL;
    char *r = realpath(dir, NULL);
    free(dir);
    return r;
}

/* An output with a corpus name inside a directory that is an input: the
   next run over that directory would read the rows as articles. */
static int inside_input_dir(const char *prog, const char *output,
                            char *const *inputs, size_t n)
{
    if (!corpus_name(output))
        return 0;
    char *parent = NULL;
    int hit = 0;
    for (size_t i = 0; i < n && !hit; i++) {
        struct stat si;
        if (!inputs[i] || inputs[i] == output || inputs[i][0] == '-' ||
            stat(inputs[i], &si) != 0 || !S_ISDIR(si.st_mode))
            continue;
        if (!parent && !(parent = parent_real(output)))
            return 0;
        char *dir = realpath(inputs[i], NULL);
        if (!dir)
            continue;
        size_t m = strlen(dir);
        if (strncmp(parent, dir, m) == 0 &&
            (parent[m] == '\0' || parent[m] == '/' || strcmp(dir, "/") == 0)) {
            fprintf(stderr,
                    "%s: %s: is inside the input directory %s, whose next "
                    "reading would take it for articles: choose an output "
                    "outside it\n",
                    prog, output, inputs[i]);
            hit = 1;
        }
        free(dir);
    }
    free(parent);
    return hit;
}

int cli_output_check(const char *prog, const char *output, char *const *inputs,
                     size_t n)
{
    struct stat so, si;
    if (!is_stdout_path(output) && output[0] == '-') {
        /* "-o --format csv": the value of -o was forgotten and getopt took
           the next option as the file name. */
        fprintf(stderr,
                "%s: %s: looks like an option, not an output file (the value "
                "of -o/--output is missing?); write ./%s for a file of that "
                "name\n",
                prog, output, output);
        return -1;
    }
    if (is_stdout_path(output))
        return 0;
    if (inside_input_dir(prog, output, inputs, n))
        return -1;
    if (stat(output, &so) != 0)
        return 0;
    for (size_t i = 0; i < n; i++) {
        /* The output's own argument (optarg points into argv) is skipped. */
        if (!inputs[i] || inputs[i] == output || strcmp(inputs[i], "-") == 0 ||
            stat(inputs[i], &si) != 0)
            continue;
        if (si.st_dev == so.st_dev && si.st_ino == so.st_ino) {
            fprintf(stderr,
                    "%s: %s: is also an input (%s); writing there would "
                    "destroy it: choose another output\n",
                    prog, output, inputs[i]);
            return -1;
        }
    }
    return 0;
}

/* Temporary outputs open now: an interrupted run (SIGINT, SIGTERM, SIGHUP)
   removes them, leaving the old files as they were, then dies of the
   signal as it would have. */
#define MAX_TMP 4
static char *volatile open_tmp[MAX_TMP];

static void on_fatal_signal(int sig)
{
    for (int i = 0; i < MAX_TMP; i++)
        if (open_tmp[i])
            unlink(open_tmp[i]);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void tmp_register(char *tmp)
{
    static int handlers;
    if (!handlers) {
        static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
        for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
            struct sigaction sa, old;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = on_fatal_signal;
            sigemptyset(&sa.sa_mask);
            /* A signal the caller ignores (nohup) stays ignored. */
            if (sigaction(sigs[i], NULL, &old) == 0 &&
                old.sa_handler != SIG_IGN)
                sigaction(sigs[i], &sa, NULL);
        }
        handlers = 1;
    }
    for (int i = 0; i < MAX_TMP; i++)
        if (!open_tmp[i]) {
            open_tmp[i] = tmp;
            return;
        }
}

static void tmp_unregister(const char *tmp)
{
    for (int i = 0; i < MAX_TMP; i++)
        if (tmp && open_tmp[i] == tmp)
            open_tmp[i] = NULL;
}

int cli_output_open(const char *prog, const char *path, cli_output *o)
{
    o->f = NULL;
    o->path = o->tmp = NULL;
    if (is_stdout_path(path)) {
        o->f = stdout;
        return 0;
    }
    size_t n = strlen(path);
    /* A device, a FIFO or a socket (/dev/null, /dev/full, a named pipe) is
     * written in place: a temporary file renamed over it would replace the
     * device with a regular file (as root, in /dev). */
    struct stat sb;
    if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
        if (S_ISDIR(sb.st_mode)) {
            fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(EISDIR));
            return -1;
        }
        o->path = malloc(n + 1);
        if (!o->path) {
            fprintf(stderr, "%s: out of memory\n", prog);
            return -1;
        }
        memcpy(o->path, path, n + 1);
        o->f = fopen(path, "wb");
        if (!o->f) {
            fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
            free(o->path);
            o->path = NULL;
            return -1;
        }
        return 0;
    }
    o->path = malloc(n + 1);
    o->tmp = malloc(n + sizeof ".tmp-XXXXXX");
    if (!o->path || !o->tmp) {
        fprintf(stderr, "%s: out of memory\n", prog);
        goto fail;
    }
    memcpy(o->path, path, n + 1);
    snprintf(o->tmp, n + sizeof ".tmp-XXXXXX", "%s.tmp-XXXXXX", path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        /* Name the path the user gave: the directory is missing or not
         * writable, or the path is a directory. */
        fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
        goto fail;
    }
    /* mkstemp makes the file private (0600); give it the mode a new file
     * would have had. */
    mode_t um = umask(0);
    umask(um);
    (void)fchmod(fd, 0666 & ~um);
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
        close(fd);
        remove(o->tmp);
        goto fail;
    }
    tmp_register(o->tmp);
    return 0;
fail:
    free(o->path);
    free(o->tmp);
    o->path = o->tmp = NULL;
    o->f = NULL;
    return -1;
}

void cli_output_discard(cli_output *o)
{
    if (o->f && o->f != stdout)
        fclose(o->f);
    if (o->tmp) {
        tmp_unregister(o->tmp);
        remove(o->tmp);
    }
    free(o->path);
    free(o->tmp);
    o->f = NULL;
    o->path = o->tmp = NULL;
}

int cli_output_close(const char *prog, cli_output *o)
{
    if (!o->f)
        return -1;
    if (o->f == stdout) {
        o->f = NULL;
        if (fflush(stdout) != 0) {
            fprintf(stderr, "%s: <stdout>: %s\n", prog, strerror(errno));
            return -1;
        }
        return 0;
    }
    errno = 0;
    int bad = ferror(o->f) != 0;
    bad |= fclose(o->f) != 0;
    o->f = NULL;
    if (!o->tmp) { /* a device or a pipe, written in place */
        if (bad)
            fprintf(stderr, "%s: %s: %s\n", prog, o->path,
                    errno ? strerror(errno) : "write error");
        free(o->path);
        o->path = NULL;
        return bad ? -1 : 0;
    }
    if (!bad && rename(o->tmp, o->path) == 0) {
        tmp_unregister(o->tmp);
        free(o->tmp);
        free(o->path);
        o->tmp = o->path = NULL;
        return 0;
    }
    fprintf(stderr, "%s: %s: %s\n", prog, o->path,
            errno ? strerror(errno) : "write error");
    cli_output_discard(o);
    return -1;
}

int cli_output_write(const char *prog, const char *path, const char *data,
                     size_t len)
{
    cli_output o = { 0 };
    if (cli_output_open(prog, path, &o) != 0)
        return -1;
    if (len && fwrite(data, 1, len, o.f) != len) {
        fprintf(stderr, "%s: %s: %s\n", prog,
                is_stdout_path(path) ? "<stdout>" : path, strerror(errno));
        cli_output_discard(&o);
        return -1;
    }
    return cli_output_close(prog, &o);
}

/* ---- inputs ------------------------------------------------------------- */

int cli_input_open(const char *prog, const char *path, cli_input *in)
{
    in->path = path;
    in->gz = NULL;
    int fd = strcmp(path, "-") == 0 ? dup(0) : -1;
    errno = 0;
    gzFile g = strcmp(path, "-") == 0 ? (fd >= 0 ? gzdopen(fd, "rb") : NULL)
                                      : gzopen(path, "rb");
    if (!g) {
        if (fd >= 0)
            close(fd);
        fprintf(stderr, "%s: %s: %s\n", prog, path,
                errno ? strerror(errno) : "out of memory");
        return -1;
    }
    gzbuffer(g, 1u << 17);
    in->gz = g;
    return 0;
}

long cli_input_read(const char *prog, cli_input *in, char *buf, size_t cap)
{
    if (cap > (1u << 30))
        cap = 1u << 30;
    int n = gzread((gzFile)in->gz, buf, (unsigned)cap);
    int zerr = Z_OK;
    const char *msg =
        n < 0 || (size_t)n < cap ? gzerror((gzFile)in->gz, &zerr) : NULL;
    if (n < 0 || (msg && zerr != Z_OK && zerr != Z_STREAM_END)) {
        fprintf(stderr, "%s: %s: read error: %s\n", prog, in->path,
                zerr == Z_ERRNO ? strerror(errno) : msg);
        return -1;
    }
    return n;
}

void cli_input_close(cli_input *in)
{
    if (in->gz)
        gzclose((gzFile)in->gz);
    in->gz = NULL;
}

int cli_input_slurp(const char *prog, const char *path, char **data,
                    size_t *len)
{
    cli_input in;
    *data = NULL;
    *len = 0;
    if (cli_input_open(prog, path, &in) != 0)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    long got = 0;
    while (buf && (got = cli_input_read(prog, &in, buf + n, cap - n)) > 0) {
        n += (size_t)got;
        if (n == cap) {
            char *p = realloc(buf, 2 * cap + 1);
            if (!p) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = p;
            cap *= 2;
        }
    }
    cli_input_close(&in);
    if (!buf) {
        fprintf(stderr, "%s: %s: out of memory\n", prog, path);
        return -1;
    }
    if (got < 0) {
        free(buf);
        return -1;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

/* ---- compare and report: the differences stated in words --------------- */

int cli_parse_test(const char *prog, const char *s, int *test)
{
    if (strcmp(s, "mann-whitney") == 0 || strcmp(s, "mw") == 0)
        *test = FSC_TEST_MW;
    else if (strcmp(s, "welch") == 0)
        *test = FSC_TEST_WELCH;
    else {
        fprintf(stderr, "%s: --test wants mann-whitney or welch, not \"%s\"\n",
                prog, s);
        return -1;
    }
    return 0;
}

int cli_parse_min_effect(const char *prog, const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || *end || !(v >= 0 && v <= 10)) {
        fprintf(stderr,
                "%s: --min-effect wants a number from 0 to 10, not "
                "\"%s\"\n",
                prog, s);
        return -1;
    }
    *out = v;
    return 0;
}
