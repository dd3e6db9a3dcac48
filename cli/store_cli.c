/*
 * store_cli.c - the --db option of score, compare, report, validate and
 * kwic: score into an SQLite results store (framescope/store.h,
 * docs/store.md), and read the stored rows (kwic: the stored articles) back
 * as if they came from a file on standard input.
 */
#define _POSIX_C_SOURCE 200809L
#include "commands.h"
#include "common.h"
#include "store_cli.h"

#include "framescope/lexicon.h"
#include "framescope/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* JSON string body (no quotes) of s, for names and versions. */
static void json_str(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
}

int cli_db_score_begin(const char *prog, const char *path,
                       const cli_lexset *lx, const fsc_model_opts *mo,
                       fsc_score_opts *so, int txt_headline,
                       const char *command, int keep_text, int quiet,
                       fsc_store **out)
{
    *out = NULL;
    fsc_error e;
    fsc_error_clear(&e);
    char *lexjson = NULL, *options = NULL;
    size_t n1 = 0, n2 = 0;
    FILE *f = open_memstream(&lexjson, &n1);
    FILE *g = open_memstream(&options, &n2);
    if (!f || !g) {
        if (f)
            fclose(f);
        if (g)
            fclose(g);
        free(lexjson);
        free(options);
        fprintf(stderr, "%s: out of memory\n", prog);
        return -1;
    }
    fputc('[', f);
    for (size_t i = 0; i < lx->n; i++) {
        fputs(i ? ",{\"name\":\"" : "{\"name\":\"", f);
        json_str(f, fsc_lexicon_name(lx->v[i]));
        fputs("\",\"version\":\"", f);
        json_str(f, fsc_lexicon_version(lx->v[i]));
        fputs("\",\"sha256\":\"", f);
        json_str(f, fsc_lexicon_sha256(lx->v[i]));
        fputs("\"}", f);
    }
    fputc(']', f);
    /* Only what changes a row; threads and output file do not. */
    fprintf(g, "matches=%d keep_text=%d clitics=%d min_stem_cp=%u "
               "ta_marbuta=%d window=%u locale=%s",
            so->matches, so->keep_text, mo->clitics, mo->min_stem_cp,
            mo->ta_marbuta, mo->modifier_window,
            mo->locale ? mo->locale : "");
    /* titles scored or not, .txt headlines taken as titles or not: rows
     * of a store from before titles were scored are rescored */
    fprintf(g, " titles=%d txt_headline=%d", so->title, txt_headline);
    fclose(f);
    fclose(g);
    fsc_store *st = NULL;
    fsc_store_config c = { fsc_version(), lexjson, options, command,
                           keep_text };
    int full = 0;
    const char *reason = NULL;
    if (fsc_store_open(path, 0, &st, &e) != FSC_OK ||
        fsc_store_run_begin(st, &c, &full, &reason, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        fsc_store_free(st);
        free(lexjson);
        free(options);
        return -1;
    }
    free(lexjson);
    free(options);
    if (!quiet)
        fprintf(stderr, "%s: %s: %s\n", prog, path, reason);
    so->format = FSC_SCORE_JSONL;
    so->keep = fsc_store_keep;
    so->keep_ctx = st;
    so->row = fsc_store_put;
    so->row_ctx = st;
    *out = st;
    return 0;
}

int cli_db_score_end(const char *prog, const char *path, fsc_store *st,
                     const fsc_tally *t, int quiet)
{
    fsc_error e;
    fsc_error_clear(&e);
    size_t unchanged = fsc_store_unchanged(st);
    int rc = 0;
    if (fsc_store_run_end(st, fsc_tally_read(t) + unchanged,
                          fsc_tally_scored(t), fsc_tally_skipped(t),
                          unchanged, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        rc = -1;
    } else if (!quiet) {
        size_t n_new = 0, n_upd = 0, n_re = 0;
        fsc_store_counts(st, &n_new, &n_upd, &n_re);
        fprintf(stderr,
                "%s: %s: %zu new, %zu updated (text changed), %zu rescored "
                "(same text), %zu articles unchanged (not rescored)\n",
                prog, path, n_new, n_upd, n_re, unchanged);
    }
    fsc_store_free(st);
    return rc;
}

fsc_status cli_db_discard(void *ctx, const char *data, size_t len)
{
    (void)ctx;
    (void)data;
    (void)len;
    return FSC_OK;
}

static fsc_status write_fd(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, (FILE *)ctx) == len ? FSC_OK : FSC_EIO;
}

static int db_run(const char *prog, int argc, char **argv,
                  int (*cmd)(int, char **), int articles)
{
    /* Find --db PATH or --db=PATH (before a "--"). */
    const char *path = NULL;
    int at = -1, width = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--db") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s: --db wants a store file\n", prog);
                return 2;
            }
            path = argv[i + 1];
            at = i;
            width = 2;
            break;
        }
        if (strncmp(argv[i], "--db=", 5) == 0) {
            path = argv[i] + 5;
            at = i;
            width = 1;
            break;
        }
    }
    if (!path)
        return cmd(argc, argv);
    /* The rows go to an unlinked temporary file that becomes standard
     * input, and "--db PATH" becomes "-": the command reads the store's
     * rows exactly as it would read the equivalent rows file. */
    fsc_error e;
    fsc_error_clear(&e);
    fsc_store *st = NULL;
    if (access(path, F_OK) != 0) {
        fprintf(stderr, "%s: %s: no such store\n", prog, path);
        return 2;
    }
    if (fsc_store_open(path, 1, &st, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        return 2;
    }
    FILE *tmp = tmpfile();
    size_t n_rows = 0, n_stale = 0;
    if (!tmp) {
        fprintf(stderr, "%s: cannot create a temporary file\n", prog);
        fsc_store_free(st);
        return 2;
    }
    fsc_status s = articles
        ? fsc_store_export_articles(st, write_fd, tmp, &n_rows, &n_stale, &e)
        : fsc_store_export(st, write_fd, tmp, &n_rows, &n_stale, &e);
    fsc_store_free(st);
    if (s != FSC_OK || fflush(tmp) != 0) {
        if (s != FSC_OK)
            cli_print_error(prog, &e);
        else
            fprintf(stderr, "%s: cannot write a temporary file\n", prog);
        fclose(tmp);
        return 2;
    }
    if (articles && n_stale && !n_rows) {
        fprintf(stderr,
                "%s: %s: the store holds no article texts (score with "
                "--db-text to keep them)\n", prog, path);
        fclose(tmp);
        return 2;
    }
    if (articles && n_stale)
        fprintf(stderr,
                "%s: %s: warning: %zu articles are stored without their "
                "text (skipped, or scored without --db-text) and are left "
                "out\n", prog, path, n_stale);
    else if (n_stale)
        fprintf(stderr,
                "%s: %s: warning: %zu of %zu articles were scored with "
                "another configuration than the last run (run score --db "
                "again to finish it)\n", prog, path, n_stale, n_rows);
    rewind(tmp);
    if (dup2(fileno(tmp), STDIN_FILENO) < 0) {
        fprintf(stderr, "%s: cannot read a temporary file\n", prog);
        fclose(tmp);
        return 2;
    }
    fclose(tmp);
    clearerr(stdin);
    char **av = calloc((size_t)argc + 1, sizeof *av);
    if (!av) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return 2;
    }
    int n = 0;
    static char dash[] = "-";
    for (int i = 0; i < argc; i++) {
        if (i == at) {
            i += width - 1;
            continue;
        }
        av[n++] = argv[i];
    }
    av[n++] = dash;
    /* "-" must come before a "--" if there is one, else it is an input
     * after the options anyway. */
    av[n] = NULL;
    int rc = cmd(n, av);
    free(av);
    return rc;
}

int cli_db_run(const char *prog, int argc, char **argv,
               int (*cmd)(int, char **))
{
    return db_run(prog, argc, argv, cmd, 0);
}

int cli_db_run_articles(const char *prog, int argc, char **argv,
                        int (*cmd)(int, char **))
{
    return db_run(prog, argc, argv, cmd, 1);
}
