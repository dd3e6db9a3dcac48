/*
 * report.c - `framescope report`: reads score rows (or scores a corpus on
 * the fly), computes the report, embeds highlighted views of the top
 * articles when the texts are at hand, and writes HTML, Markdown (with SVG
 * chart files) or JSON. All figures come from the library (report.h).
 */
#define _GNU_SOURCE /* getopt_long */
#include "commands.h"
#include "common.h"
#include "progress.h"

#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/framescope.h"
#include "framescope/report.h"
#include "framescope/score.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define EXIT_INVALID 1
#define EXIT_USAGE 2

static const char *prog = "framescope report";

static void usage(FILE *f)
{
    fputs(
        "Usage: framescope report [OPTIONS] INPUT... -o REPORT\n"
        "\n"
        "Writes a research report: records read and used, the framing\n"
        "profile of each group (outlet by default) with bootstrap CIs by\n"
        "voice, the differences between groups in plain words with effect\n"
        "sizes and adjusted p-values, keyness of terms per pair of groups,\n"
        "whom the groups quote, the articles with the highest rates (with\n"
        "every match highlighted when the texts are available), and the\n"
        "methods: versions, lexicons and their SHA-256, options, seed,\n"
        "input digests and the command line.\n"
        "\n"
        "INPUT is `framescope score` output (JSON Lines) or a corpus\n"
        "(JSON Lines with \"text\", .txt files, directories), which is\n"
        "scored first with the lexicons; '-' reads standard input.\n"
        "\n"
        "Options:\n"
        "  -o, --output PATH     report file; the format follows the\n"
        "                        extension (.html, .md, .json) unless -f\n"
        "                        says otherwise (default: HTML on standard\n"
        "                        output)\n"
        "  -f, --format F        html, md or json\n"
        "      --charts-dir DIR  Markdown: directory for the SVG charts,\n"
        "                        relative to the report (default\n"
        "                        REPORT-charts)\n"
        "      --title TEXT      report title\n"
        "  -l, --lexicon PATH    lexicon file or directory (repeatable;\n"
        "                        default: the bundled set with the\n"
        "                        attribution layer; with -l, the bundled\n"
        "                        modifiers and attribution layer come along)\n"
        "      --no-bundled      with -l: use only those lexicons\n"
        , f);
    fputs(
        "      --no-title        score article texts only, not their titles\n"
        "                        (inputs that are texts; rows say whether\n"
        "                        titles were scored, and rows of both kinds\n"
        "                        are refused together)\n"
        "      --no-headline     a .txt file's first line is never its title\n"
        "      --corpus PATH     texts of scored articles, for the\n"
        "                        highlighted views (repeatable)\n"
        "  --by FIELD            group by a field, or date:week|date:month\n"
        "  --category ID         report only this framing category\n"
        "                        (repeatable; lexicon:id or id)\n"
        "  --where FIELD=VALUE   keep matching rows (repeatable)\n"
        "  --from DATE, --to DATE  keep rows dated within the range\n"
        "  --period P            framing over time by day, week (default),\n"
        "                        month, or none\n"
        "  --bootstrap N         resamples for the CIs (default 2000)\n"
        "  --seed S              random seed (default 20240607)\n"
        "  --alpha A             adjusted-p threshold (default 0.05)\n"
        CLI_FINDINGS_HELP
        "  --prior P             keyness prior: pooled (default), corpus or\n"
        "                        uniform (see framescope compare --help)\n"
        "  --prior-a0 A          keyness prior mass (default 500)\n"
        "  --keyness-top N       terms per pair of groups (default 10)\n"
        "  --max-pairs N         pairs of groups shown (default 12)\n"
        "  --top N               articles listed per category (default 5)\n"
        "  --top-min-tokens N    shortest article listed there (default 100)\n"
        "  --max-views N         articles embedded with highlights\n"
        "                        (default 20; 0 for none)\n"
        "  --timestamp           record the current UTC time (otherwise\n"
        "                        the report has no clock reading, so the\n"
        "                        same input gives the same bytes)\n"
        "  -j, --threads N       threads (default: available cores, at\n"
        "                        most 8; the output does not depend on it)\n"
        "  -q, --quiet           no summary on standard error\n"
        "  -h, --help            this help\n"
        "\n"
        "Exit status: 0 ok; 1 some records were skipped or invalid (the\n"
        "report lists them); 2 usage or fatal error.\n"
        "\n"
        "Examples:\n"
        "  framescope report corpora/sample/seed.jsonl corpora/wikinews/ \\\n"
        "      -o out/report.html\n"
        "  framescope score corpus.jsonl -o rows.jsonl\n"
        "  framescope report rows.jsonl --corpus corpus.jsonl -o report.md\n",
        f);
}

/* Does the input hold score rows (its first non-blank line is a JSON
 * object with a "framescope" member)? -1 when it cannot be read. */
static int is_rows_file(const char *path)
{
    struct stat sb;
    if (stat(path, &sb) != 0)
        return -1;
    if (S_ISDIR(sb.st_mode) || !S_ISREG(sb.st_mode))
        return 0;
    /* The first non-blank line, gzip-compressed or not (at most 4 MiB of
       it is needed to tell). */
    cli_input in;
    if (cli_input_open(prog, path, &in) != 0)
        return -1;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int rows = 0;
    long got = 1;
    while (buf && got > 0) {
        got = cli_input_read(prog, &in, buf + n, cap - n);
        if (got > 0)
            n += (size_t)got;
        size_t i = 0;
        while (i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' ||
                         buf[i] == '\n'))
            i++;
        char *nl = i < n ? memchr(buf + i, '\n', n - i) : NULL;
        if (i < n && (nl || got <= 0 || n == cap)) {
            size_t e = nl ? (size_t)(nl - buf) : n;
            if (buf[i] == '{') {
                cJSON *j = cJSON_ParseWithLength(buf + i, e - i);
                rows = j && cJSON_IsObject(cJSON_GetObjectItemCaseSensitive(
                                j, "framescope"));
                cJSON_Delete(j);
            }
            if (nl || got <= 0 || cap >= (4u << 20))
                break;
        }
        if (n == cap && cap < (4u << 20)) {
            char *nb = realloc(buf, cap * 2);
            if (!nb)
                break;
            buf = nb;
            cap *= 2;
        } else if (n == cap) {
            break;
        }
    }
    free(buf);
    cli_input_close(&in);
    return rows;
}

static int is_rows_mem(const char *data, size_t len)
{
    size_t i = 0;
    while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' ||
                       data[i] == '\n'))
        i++;
    if (i == len || data[i] != '{')
        return 0;
    const char *nl = memchr(data + i, '\n', len - i);
    size_t n = nl ? (size_t)(nl - (data + i)) : len - i;
    cJSON *j = cJSON_ParseWithLength(data + i, n);
    int rows = j && cJSON_IsObject(
                        cJSON_GetObjectItemCaseSensitive(j, "framescope"));
    cJSON_Delete(j);
    return rows;
}

/* Read a whole stream ("-": standard input) into memory. */
static int slurp(const char *path, char **out, size_t *len)
{
    return cli_input_slurp(prog, path, out, len); /* plain or gzip */
}

static int feed_mem(fsc_report *r, const char *name, const char *data,
                    size_t len)
{
    fsc_error e;
    fsc_error_clear(&e);
    if (fsc_report_feed(r, name, data, len, &e) != FSC_OK ||
        fsc_report_end(r, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        return -1;
    }
    return 0;
}

static cli_progress progress; /* on a terminal, not with --quiet */
static size_t progress_n;

static int feed_file(fsc_report *r, const char *path)
{
    cli_input in; /* plain or gzip */
    if (cli_input_open(prog, path, &in) != 0)
        return -1;
    static char buf[1 << 20];
    long n;
    fsc_error e;
    fsc_error_clear(&e);
    while ((n = cli_input_read(prog, &in, buf, sizeof buf)) > 0) {
        for (const char *q = buf; (q = memchr(q, '\n', (size_t)(buf + n - q)));
             q++)
            progress_n++;
        progress.calls = 7; /* 1 MB chunks: look at the clock each time */
        cli_progress_tick(&progress, progress_n, 0);
        if (fsc_report_feed(r, path, buf, (size_t)n, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            cli_input_close(&in);
            return -1;
        }
    }
    cli_input_close(&in);
    if (n < 0)
        return -1;
    if (fsc_report_end(r, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        return -1;
    }
    return 0;
}

/* A corpus directory in the methods: the SHA-256 of the lines "PATH TAB
 * SHA-256 LF" of the files the reader takes from it, in its order, and
 * their total size. */
static int digest_dir(fsc_report *r, const char *dir)
{
    char **files = NULL;
    size_t n = 0, len = 0, cap = 0;
    uint64_t total = 0;
    char *lines = NULL, hex[65], kind[96];
    fsc_error e;
    fsc_error_clear(&e);
    int rc = -1;
    if (fsc_corpus_files(dir, &files, &n, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        return -1;
    }
    size_t unreadable = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t bytes = 0;
        struct stat sb;
        /* A file the reader cannot read is a skipped record of the report;
           here it enters the digest as "unreadable" (a FIFO is never
           opened: that would block). */
        if (stat(files[i], &sb) != 0 || !S_ISREG(sb.st_mode) ||
            fsc_sha256_file(files[i], hex, &bytes, &e) != FSC_OK) {
            if (e.code == FSC_ENOMEM) {
                cli_print_error(prog, &e);
                goto out;
            }
            fsc_error_clear(&e);
            snprintf(hex, sizeof hex, "unreadable");
            unreadable++;
            bytes = 0;
        }
        total += bytes;
        size_t need = strlen(files[i]) + 64 + 3;
        if (len + need > cap) {
            cap = (len + need) * 2;
            char *nl = realloc(lines, cap);
            if (!nl) {
                fprintf(stderr, "%s: out of memory\n", prog);
                goto out;
            }
            lines = nl;
        }
        len += (size_t)snprintf(lines + len, cap - len, "%s\t%s\n", files[i],
                                hex);
    }
    fsc_sha256_hex(lines ? lines : "", len, hex);
    if (unreadable)
        snprintf(kind, sizeof kind, "corpus directory (%zu files, %zu unreadable)",
                 n, unreadable);
    else
        snprintf(kind, sizeof kind, "corpus directory (%zu files)", n);
    if (fsc_report_add_input(r, dir, kind, total, hex, &e) != FSC_OK)
        cli_print_error(prog, &e);
    else
        rc = 0;
out:
    free(lines);
    fsc_corpus_files_free(files, n);
    return rc;
}

/* --no-title and --no-headline: how texts given to the report are read
 * and scored (rows and views alike). */
static int opt_title = 1, opt_headline = 1;

static fsc_status write_to_report(void *ctx, const char *data, size_t len)
{
    fsc_report *r = ctx;
    fsc_error e;
    fsc_error_clear(&e);
    cli_progress_tick(&progress, ++progress_n, 0);
    fsc_status st = fsc_report_feed(r, "(scored corpus)", data, len, &e);
    if (st)
        cli_print_error(prog, &e);
    return st;
}

/* Score the corpus inputs and feed their rows to the report. */
static int score_corpus(fsc_report *r, const fsc_model *m,
                        const cli_strlist *paths, const char *mem,
                        size_t mem_len, unsigned threads, size_t *skipped)
{
    fsc_reader *rd = NULL;
    fsc_reader_opts ro;
    fsc_reader_opts_init(&ro);
    fsc_score_opts so;
    fsc_score_opts_init(&so);
    so.threads = threads;
    so.title = opt_title;
    ro.txt_headline = opt_headline;
    fsc_tally *t = NULL;
    fsc_error e;
    fsc_error_clear(&e);
    fsc_status st =
        mem ? fsc_reader_open_mem(mem, mem_len, "-", &ro, &rd, &e)
            : fsc_reader_open((const char *const *)paths->v, paths->n, &ro,
                              &rd, &e);
    if (st == FSC_OK)
        st = fsc_tally_new(m, &t, &e);
    if (st == FSC_OK)
        st = fsc_score_run(m, rd, &so, write_to_report, r, t, &e);
    if (st == FSC_OK)
        st = fsc_report_end(r, &e);
    if (st != FSC_OK && e.msg[0])
        cli_print_error(prog, &e);
    if (t) {
        *skipped += fsc_tally_skipped(t);
        size_t n = fsc_tally_skipped(t);
        for (size_t i = 0; i < n && i < 10; i++)
            fprintf(stderr, "%s: skipped: %s\n", prog,
                    fsc_tally_skipped_reason(t, i));
        if (n > 10)
            fprintf(stderr, "%s: ... and %zu more skipped records (all are "
                    "listed in the report)\n", prog, n - 10);
    }
    fsc_tally_free(t);
    fsc_reader_free(rd);
    return st == FSC_OK ? 0 : -1;
}

/* Read the texts again and hand the wanted articles to the report. */
static int add_views(fsc_report *r, const fsc_model *m,
                     const cli_strlist *paths, const char *mem,
                     size_t mem_len)
{
    fsc_reader *rd = NULL;
    fsc_analyzer *az = NULL;
    fsc_reader_opts ro;
    fsc_reader_opts_init(&ro);
    ro.txt_headline = opt_headline;
    fsc_error e;
    fsc_error_clear(&e);
    fsc_status st =
        mem ? fsc_reader_open_mem(mem, mem_len, "-", &ro, &rd, &e)
            : fsc_reader_open((const char *const *)paths->v, paths->n, &ro,
                              &rd, &e);
    if (st == FSC_OK)
        st = fsc_analyzer_new(m, &az, &e);
    while (st == FSC_OK) {
        fsc_raw_record raw;
        int eof = 0;
        if ((st = fsc_reader_next(rd, &raw, &eof, &e)) != FSC_OK || eof)
            break;
        fsc_record *rec = NULL;
        if ((st = fsc_record_parse(&raw, &rec, &e)) != FSC_OK)
            break;
        const char *id = fsc_record_field(rec, "id");
        if (!fsc_record_skipped(rec) && fsc_report_wants(r, id)) {
            fsc_result *res = NULL;
            st = fsc_analyze_record(az, rec, opt_title, &res, &e);
            if (st == FSC_OK)
                st = fsc_report_add_view(r, m, rec, res, &e);
            fsc_result_free(res);
        }
        fsc_record_free(rec);
    }
    if (st != FSC_OK)
        cli_print_error(prog, &e);
    fsc_analyzer_free(az);
    fsc_reader_free(rd);
    return st == FSC_OK ? 0 : -1;
}

static int write_file(const char *path, const char *data, size_t len)
{
    return cli_output_write(prog, path, data, len);
}

/* Directory part of path ("" for none), with a trailing slash. */
static void dir_of(const char *path, char *out, size_t cap)
{
    const char *slash = strrchr(path, '/');
    size_t n = slash ? (size_t)(slash - path) + 1 : 0;
    if (n >= cap)
        n = 0;
    memcpy(out, path, n);
    out[n] = '\0';
}

/* Create the directories leading to path (like mkdir -p of its dir). */
static int make_parents(const char *path)
{
    char buf[4096];
    size_t n = strlen(path);
    if (n >= sizeof buf)
        return 0;
    memcpy(buf, path, n + 1);
    for (size_t i = 1; i < n; i++) {
        if (buf[i] != '/')
            continue;
        buf[i] = '\0';
        if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, "%s: %s: %s\n", prog, buf, strerror(errno));
            return -1;
        }
        buf[i] = '/';
    }
    return 0;
}

static char *join_argv(int argc, char **argv)
{
    size_t n = strlen("framescope") + 1;
    for (int i = 0; i < argc; i++)
        n += strlen(argv[i]) * 4 + 3;
    char *s = malloc(n + 1);
    if (!s)
        return NULL;
    strcpy(s, "framescope");
    size_t k = strlen(s);
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        int plain = a[0] != '\0';
        for (const char *p = a; *p; p++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "0123456789-_./:=,+@%",
                        *p))
                plain = 0;
        s[k++] = ' ';
        if (plain) {
            memcpy(s + k, a, strlen(a));
            k += strlen(a);
            continue;
        }
        s[k++] = '\'';
        for (const char *p = a; *p; p++) {
            if (*p == '\'') {
                memcpy(s + k, "'\\''", 4);
                k += 4;
            } else {
                s[k++] = *p;
            }
        }
        s[k++] = '\'';
    }
    s[k] = '\0';
    return s;
}

int fsc_cli_report(int argc, char **argv)
{
    enum { O_TITLE = 256, O_CORPUS, O_BY, O_WHERE, O_FROM, O_TO, O_BOOT,
           O_SEED, O_ALPHA, O_PRIOR, O_A0, O_KTOP, O_PAIRS, O_TOP, O_TOPMIN, O_TEST, O_MINEFF, O_MINGRP, O_VIEWS,
           O_STAMP, O_CHARTS, O_PERIOD, O_CATEGORY, O_NOTITLE, O_NOHEAD };
    static const struct option longopts[] = {
        { "output", required_argument, NULL, 'o' },
        { "format", required_argument, NULL, 'f' },
        { "charts-dir", required_argument, NULL, O_CHARTS },
        { "title", required_argument, NULL, O_TITLE },
        { "lexicon", required_argument, NULL, 'l' },
        { "no-bundled", no_argument, NULL, 'B' },
        { "corpus", required_argument, NULL, O_CORPUS },
        { "by", required_argument, NULL, O_BY },
        { "where", required_argument, NULL, O_WHERE },
        { "from", required_argument, NULL, O_FROM },
        { "to", required_argument, NULL, O_TO },
        { "bootstrap", required_argument, NULL, O_BOOT },
        { "seed", required_argument, NULL, O_SEED },
        { "alpha", required_argument, NULL, O_ALPHA },
        { "test", required_argument, NULL, O_TEST },
        { "min-effect", required_argument, NULL, O_MINEFF },
        { "min-group", required_argument, NULL, O_MINGRP },
        { "prior", required_argument, NULL, O_PRIOR },
        { "prior-a0", required_argument, NULL, O_A0 },
        { "keyness-top", required_argument, NULL, O_KTOP },
        { "max-pairs", required_argument, NULL, O_PAIRS },
        { "top", required_argument, NULL, O_TOP },
        { "top-min-tokens", required_argument, NULL, O_TOPMIN },
        { "max-views", required_argument, NULL, O_VIEWS },
        { "timestamp", no_argument, NULL, O_STAMP },
        { "period", required_argument, NULL, O_PERIOD },
        { "category", required_argument, NULL, O_CATEGORY },
        { "no-title", no_argument, NULL, O_NOTITLE },
        { "no-headline", no_argument, NULL, O_NOHEAD },
        { "threads", required_argument, NULL, 'j' },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    int no_bundled = 0;
    cli_strlist lexpaths = { 0 }, corpus = { 0 }, where = { 0 }, cats = { 0 };
    cli_strlist rows_in = { 0 }, corpus_in = { 0 };
    fsc_report_opts ro;
    fsc_report_opts_init(&ro);
    long nproc = sysconf(_SC_NPROCESSORS_ONLN);
    ro.threads = nproc < 1 ? 1 : nproc > 8 ? 8 : (unsigned)nproc;
    const char *output = NULL, *fmt_name = NULL, *charts_opt = NULL;
    int quiet = 0, stamp = 0, rc = EXIT_USAGE, ch;
    unsigned long long v;
    char *endp;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:f:l:j:qh", longopts, NULL)) !=
           -1) {
        switch (ch) {
        case 'o':
            output = optarg;
            break;
        case 'f':
            fmt_name = optarg;
            break;
        case O_CHARTS:
            charts_opt = optarg;
            break;
        case O_TITLE:
            ro.title = optarg;
            break;
        case 'l':
            if (cli_strlist_add(&lexpaths, optarg))
                goto done;
            break;
        case 'B':
            no_bundled = 1;
            break;
        case O_CORPUS:
            if (cli_strlist_add(&corpus, optarg))
                goto done;
            break;
        case O_BY:
            ro.by = optarg;
            break;
        case O_WHERE:
            if (cli_strlist_add(&where, optarg))
                goto done;
            break;
        case O_NOTITLE:
            opt_title = 0;
            break;
        case O_NOHEAD:
            opt_headline = 0;
            break;
        case O_CATEGORY:
            if (cli_strlist_add(&cats, optarg))
                goto done;
            break;
        case O_FROM:
            ro.from = optarg;
            break;
        case O_TO:
            ro.to = optarg;
            break;
        case O_BOOT:
            if (cli_parse_option_uint(prog, "--bootstrap", optarg, 1000000,
                                      &v))
                goto done;
            ro.bootstrap = (size_t)v;
            break;
        case O_SEED:
            if (cli_parse_option_uint(prog, "--seed", optarg, UINT64_MAX, &v))
                goto done;
            ro.seed = v;
            break;
        case O_TEST:
            if (cli_parse_test(prog, optarg, &ro.test))
                goto done;
            break;
        case O_MINEFF:
            if (cli_parse_min_effect(prog, optarg, &ro.min_effect))
                goto done;
            break;
        case O_MINGRP:
            if (cli_parse_option_uint(prog, "--min-group", optarg, 1000000000,
                                      &v))
                goto done;
            ro.min_group = (size_t)v;
            break;
        case O_ALPHA:
            errno = 0;
            ro.alpha = strtod(optarg, &endp);
            if (errno || *endp || !(ro.alpha > 0 && ro.alpha < 1)) {
                fprintf(stderr, "%s: --alpha wants a number in (0, 1), not "
                                "\"%s\"\n",
                        prog, optarg);
                goto done;
            }
            break;
        case O_PRIOR:
            if (fsc_prior_parse(optarg, &ro.prior) != FSC_OK) {
                fprintf(stderr, "%s: --prior wants pooled, corpus or uniform, "
                                "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            break;
        case O_A0:
            errno = 0;
            ro.prior_a0 = strtod(optarg, &endp);
            if (errno || *endp || !(ro.prior_a0 > 0 && ro.prior_a0 < 1e12)) {
                fprintf(stderr, "%s: --prior-a0 wants a positive number, not "
                                "\"%s\"\n",
                        prog, optarg);
                goto done;
            }
            break;
        case O_KTOP:
            if (cli_parse_option_uint(prog, "--keyness-top", optarg, 1000, &v))
                goto done;
            ro.keyness_top = (size_t)v;
            break;
        case O_PAIRS:
            if (cli_parse_option_uint(prog, "--max-pairs", optarg, 10000, &v))
                goto done;
            ro.max_pairs = (size_t)v;
            break;
        case O_TOP:
            if (cli_parse_option_uint(prog, "--top", optarg, 1000, &v))
                goto done;
            ro.top_articles = (size_t)v;
            break;
        case O_TOPMIN:
            if (cli_parse_option_uint(prog, "--top-min-tokens", optarg,
                                      100000000, &v))
                goto done;
            ro.top_min_tokens = (size_t)v;
            break;
        case O_VIEWS:
            if (cli_parse_option_uint(prog, "--max-views", optarg, 10000, &v))
                goto done;
            ro.max_views = (size_t)v;
            break;
        case O_STAMP:
            stamp = 1;
            break;
        case O_PERIOD:
            if (fsc_compare_period_parse(optarg, &ro.period) != FSC_OK) {
                fprintf(stderr, "%s: --period wants day, week, month or none, "
                                "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 'j':
            if (cli_parse_option_uint(prog, "--threads", optarg, 64, &v))
                goto done;
            if (v == 0) {
                fprintf(stderr, "%s: --threads: at least 1\n", prog);
                goto done;
            }
            ro.threads = (unsigned)v;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            usage(stdout);
            rc = 0;
            goto done;
        default:
            fprintf(stderr, "Try 'framescope report --help'.\n");
            goto done;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "%s: no input\nTry 'framescope report --help'.\n",
                prog);
        goto done;
    }
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto done;
    fsc_report_format fmt = FSC_REPORT_HTML;
    const char *ext = output ? strrchr(output, '.') : NULL;
    const char *fname = fmt_name ? fmt_name : ext ? ext + 1 : "html";
    if (strcmp(fname, "html") == 0 || strcmp(fname, "htm") == 0)
        fmt = FSC_REPORT_HTML;
    else if (strcmp(fname, "md") == 0 || strcmp(fname, "markdown") == 0)
        fmt = FSC_REPORT_MD;
    else if (strcmp(fname, "json") == 0)
        fmt = FSC_REPORT_JSON;
    else if (fmt_name) {
        fprintf(stderr, "%s: unknown format \"%s\" (html, md, json)\n", prog,
                fmt_name);
        goto done;
    }
    if (fmt == FSC_REPORT_MD && !output) {
        fprintf(stderr, "%s: a Markdown report needs -o REPORT.md (its "
                        "charts are files beside it)\n",
                prog);
        goto done;
    }
    ro.where = (const char *const *)where.v;
    ro.n_where = where.n;
    ro.categories = (const char *const *)cats.v;
    ro.n_categories = cats.n;

    cli_lexset lx = { 0 };
    fsc_model *model = NULL;
    fsc_report *rep = NULL;
    char *text = NULL, *command = NULL, *stdin_buf = NULL;
    size_t text_len = 0, stdin_len = 0, skipped = 0;
    fsc_report_file *files = NULL;
    size_t n_files = 0;
    int stdin_rows = 0, have_stdin = 0;
    const char *stdin_name = "-";
    char stamp_buf[32];
    fsc_error e;
    fsc_error_clear(&e);

    /* Sort the inputs: score rows are fed, corpora scored. Standard input
     * and other streams (pipes, <(...)) are read into memory once, since
     * telling rows from a corpus means reading their first line. */
    for (int i = optind; i < argc; i++) {
        struct stat sb;
        int stream = strcmp(argv[i], "-") == 0 ||
                     (stat(argv[i], &sb) == 0 && !S_ISREG(sb.st_mode) &&
                      !S_ISDIR(sb.st_mode));
        if (stream) {
            if (have_stdin) {
                fprintf(stderr, "%s: %s: only one standard input or stream "
                                "input\n",
                        prog, argv[i]);
                goto cleanup;
            }
            have_stdin = 1;
            stdin_name = argv[i];
            if (slurp(argv[i], &stdin_buf, &stdin_len))
                goto cleanup;
            stdin_rows = is_rows_mem(stdin_buf, stdin_len);
            continue;
        }
        int k = is_rows_file(argv[i]);
        if (k < 0) {
            fprintf(stderr, "%s: %s: %s\n", prog, argv[i], strerror(errno));
            rc = EXIT_USAGE;
            goto cleanup;
        }
        if (cli_strlist_add(k ? &rows_in : &corpus_in, argv[i]))
            goto cleanup;
    }
    if (cli_load_lexicons(prog, &lexpaths, !no_bundled, &lx) != 0)
        goto cleanup;
    if (fsc_model_compile((const fsc_lexicon *const *)lx.v, lx.n, NULL, &model,
                          &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    command = join_argv(argc - 1, argv + 1);
    if (command) {
        /* "framescope report ..." */
        char *c2 = malloc(strlen(command) + 8);
        if (c2) {
            snprintf(c2, strlen(command) + 8, "framescope report%s",
                     command + strlen("framescope"));
            free(command);
            command = c2;
        }
    }
    ro.command = command;
    if (stamp) {
        time_t now = time(NULL);
        struct tm tmv;
        gmtime_r(&now, &tmv);
        strftime(stamp_buf, sizeof stamp_buf, "%Y-%m-%dT%H:%M:%SZ", &tmv);
        ro.timestamp = stamp_buf;
    }
    if (fsc_report_new(model, &ro, &rep, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    cli_progress_start(&progress, prog, "records", quiet,
                       rows_in.n ? rows_in.v : corpus_in.v,
                       rows_in.n ? rows_in.n : corpus_in.n);
    for (size_t i = 0; i < rows_in.n; i++)
        if (feed_file(rep, rows_in.v[i]) != 0)
            goto cleanup;
    if (have_stdin && stdin_rows &&
        feed_mem(rep, stdin_name, stdin_buf, stdin_len))
        goto cleanup;
    for (size_t i = 0; i < corpus_in.n; i++) {
        char hex[65];
        uint64_t bytes = 0;
        struct stat sb;
        if (stat(corpus_in.v[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            if (digest_dir(rep, corpus_in.v[i]))
                goto cleanup;
            continue;
        }
        if (fsc_sha256_file(corpus_in.v[i], hex, &bytes, &e) != FSC_OK ||
            fsc_report_add_input(rep, corpus_in.v[i], "corpus", bytes, hex,
                                 &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto cleanup;
        }
    }
    /* --corpus (the texts of the highlighted articles) is an input too. */
    for (size_t i = 0; i < corpus.n; i++) {
        char hex[65];
        uint64_t bytes = 0;
        struct stat sb;
        if (stat(corpus.v[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
            if (digest_dir(rep, corpus.v[i]))
                goto cleanup;
            continue;
        }
        if (fsc_sha256_file(corpus.v[i], hex, &bytes, &e) != FSC_OK ||
            fsc_report_add_input(rep, corpus.v[i], "--corpus (article texts)",
                                 bytes, hex, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto cleanup;
        }
    }
    if (corpus_in.n &&
        score_corpus(rep, model, &corpus_in, NULL, 0, ro.threads, &skipped))
        goto cleanup;
    if (have_stdin && !stdin_rows &&
        score_corpus(rep, model, NULL, stdin_buf, stdin_len, ro.threads,
                     &skipped))
        goto cleanup;
    cli_progress_end(&progress);
    if (fsc_report_run(rep, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    /* Texts for the highlighted views: the corpora scored here, then
     * --corpus. */
    if (ro.max_views) {
        if (corpus_in.n) {
            if (add_views(rep, model, &corpus_in, NULL, 0))
                goto cleanup;
            fsc_report_set_views_source(rep, "the scored corpus", &e);
        }
        if (have_stdin && !stdin_rows) {
            if (add_views(rep, model, NULL, stdin_buf, stdin_len))
                goto cleanup;
            fsc_report_set_views_source(rep, "the scored corpus", &e);
        }
        if (corpus.n) {
            if (add_views(rep, model, &corpus, NULL, 0))
                goto cleanup;
            fsc_report_set_views_source(rep, "--corpus", &e);
        }
    }
    char charts_dir[4096];
    if (fmt == FSC_REPORT_MD) {
        if (charts_opt) {
            snprintf(charts_dir, sizeof charts_dir, "%s", charts_opt);
        } else {
            const char *base = strrchr(output, '/');
            base = base ? base + 1 : output;
            const char *dot = strrchr(base, '.');
            size_t n = dot ? (size_t)(dot - base) : strlen(base);
            snprintf(charts_dir, sizeof charts_dir, "%.*s-charts", (int)n,
                     base);
        }
    }
    if (fsc_report_render(rep, fmt, fmt == FSC_REPORT_MD ? charts_dir : NULL,
                          &text, &text_len, &files, &n_files,
                          &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    if (output && make_parents(output))
        goto cleanup;
    if (n_files) {
        char base[4096], path[8192];
        dir_of(output, base, sizeof base);
        snprintf(path, sizeof path, "%s%s", base, charts_dir);
        if (mkdir(path, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
            goto cleanup;
        }
        for (size_t i = 0; i < n_files; i++) {
            snprintf(path, sizeof path, "%s%s", base, files[i].name);
            if (write_file(path, files[i].data, files[i].len))
                goto cleanup;
        }
    }
    if (write_file(output, text, text_len))
        goto cleanup;
    const fsc_compare_result *res = fsc_report_compare(rep);
    if (!quiet)
        fprintf(stderr,
                "%s: %zu records read, %zu used, %zu skipped, %zu filtered, "
                "%zu invalid; %zu groups; %zu chart files; wrote %s\n",
                prog, res->rows_read, res->rows_used, res->rows_skipped,
                res->rows_filtered, res->rows_invalid, res->n_groups, n_files,
                output ? output : "<stdout>");
    rc = res->rows_skipped || res->rows_invalid || skipped ? EXIT_INVALID : 0;
cleanup:
    cli_progress_end(&progress);
    fsc_report_files_free(files, n_files);
    fsc_free(text);
    free(command);
    free(stdin_buf);
    fsc_report_free(rep);
    fsc_model_free(model);
    cli_lexset_free(&lx);
done:
    cli_strlist_free(&lexpaths);
    cli_strlist_free(&corpus);
    cli_strlist_free(&where);
    cli_strlist_free(&cats);
    cli_strlist_free(&rows_in);
    cli_strlist_free(&corpus_in);
    return rc;
}
