/*
 * validate.c - `framescope validate`: agreement with human coders (--gold),
 * and the per-term precision audit (--audit-sample, --audit-coded). Parses
 * arguments, reads files, calls validate.h and writes what it renders; no
 * statistics here.
 */
#define _GNU_SOURCE /* getopt_long */
#include "commands.h"
#include "common.h"

#include "framescope/framescope.h"
#include "framescope/validate.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_INVALID 1
#define EXIT_USAGE   2

static const char *prog = "framescope validate";

static void usage(FILE *f)
{
    fputs("Usage: framescope validate --gold GOLD.jsonl [OPTIONS] ROWS...\n"
          "       framescope validate --audit-sample N [--seed S] [--corpus "
          "PATH]... [-o audit.csv]\n"
          "                           ROWS\n"
          "       framescope validate --audit-coded audit.csv [--threshold "
          "T]\n"
          "\n"
          "Agreement of framescope with human coders. ROWS are `framescope "
          "score`\n"
          "rows (JSON Lines; '-' reads standard input). GOLD is JSON Lines\n"
          "{\"id\": ..., \"categories\": [\"lexicon:category\", ...]}: the "
          "categories a\n"
          "coder found in the article. A line that is not UTF-8 or names\n"
          "a key twice stops the run with its file and line (compare,\n"
          "report and score refuse such a row too). Joined on id; per\n"
          "category: tp, fp, fn, tn, precision, recall, F1, Cohen's kappa\n"
          "and Krippendorff's alpha (nominal),\n"
          "each with a bootstrap CI over articles, plus micro and macro "
          "averages.\n"
          "Categories: --category, else those of the gold file and the ones\n"
          "framescope found in a lexicon the gold file uses.\n"
          "\n"
          "Audit: --audit-sample writes a CSV for coders (id, term, category,\n"
          "voice, left, match, right, correct) with N matches per term. The\n"
          "context comes from the row's text (score --keep-text), else from\n"
          "the corpus that was scored (--corpus, joined on id; read once after\n"
          "the draw, keeping only the sampled contexts; the CSV is the same\n"
          "byte for byte). A sampled match that cannot be placed (id not in\n"
          "the corpus, record skipped, text too short, or the bytes differ\n"
          "from the match: not the scored corpus) is left out and listed on\n"
          "standard error; duplicate corpus ids are listed too (the first\n"
          "wins). Text cells that begin with = + - @ TAB or CR get a leading\n"
          "apostrophe so that spreadsheets do not run them as formulas.\n"
          "Fill `correct` with 1/0, y/n or true/false, then read it back with\n"
          "--audit-coded for precision per term (the apostrophes are removed).\n"
          "\n"
          "Options:\n"
          "  --gold FILE           gold annotations (JSON Lines)\n"
          "  --db FILE             read ROWS from a results store (score --db)\n"
          "  --bootstrap N         resamples for the 95% CIs (default 1000; 0 "
          "off)\n"
          "  --seed S              random seed (default 20240607)\n"
          "  --category ID         evaluate only this category (repeatable)\n"
          "  --audit-sample N      sample N matches per term for coders\n"
          "  --context N           bytes of context each side (default 60)\n"
          "  --corpus PATH         the scored corpus (file or directory, as\n"
          "                        `score` reads it); repeatable\n"
          "  --input-format F      corpus format: auto (default), jsonl or "
          "text\n"
          "  --max-record-bytes N  as given to `score` (default 16777216)\n"
          "  --audit-coded FILE    precision per term from a coded audit CSV\n"
          "  --threshold T         flag terms with precision below T "
          "(default 0.8)\n"
          "  -f, --format F        table (default), json or csv\n"
          "  -o, --output PATH     write to PATH instead of standard output\n"
          "  -q, --quiet           no summary on standard error\n"
          "  -h, --help            this help\n"
          "\n"
          "A gold file may code a sample of the scored rows: rows without "
          "gold are\n"
          "counted (one line) and not evaluated.\n"
          "\n"
          "Exit status: 0 ok, 1 some gold ids have no scored row (listed in "
          "the\n"
          "output; a gold id whose row was skipped by `score` counts as "
          "missing),\n"
          "or some sampled matches were left out of the audit (listed on\n"
          "standard error, even with -q), 2 usage or fatal error.\n"
          "\n"
          "Examples:\n"
          "  framescope score corpus.jsonl > rows.jsonl\n"
          "  framescope validate --gold coded-sample.jsonl rows.jsonl\n"
          "  framescope validate -f csv -o agreement.csv --gold gold.jsonl "
          "rows.jsonl\n"
          "  framescope validate --audit-sample 200 --corpus corpus.jsonl "
          "-o audit.csv rows.jsonl\n"
          "  framescope validate --audit-coded audit.csv --threshold 0.8\n",
          f);
}

/* Read a whole file ("-" = standard input) into *data (malloc'ed, with a
 * NUL after the last byte). */
static int read_all(const char *path, char **data, size_t *len)
{
    return cli_input_slurp(prog, path, data, len); /* plain or gzip */
}

static int write_out(const char *output, const char *text, size_t len)
{
    return cli_output_write(prog, output, text, len);
}

int fsc_cli_validate(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "gold", required_argument, NULL, 1 },
        { "bootstrap", required_argument, NULL, 2 },
        { "seed", required_argument, NULL, 3 },
        { "audit-sample", required_argument, NULL, 4 },
        { "audit-coded", required_argument, NULL, 5 },
        { "threshold", required_argument, NULL, 6 },
        { "context", required_argument, NULL, 7 },
        { "category", required_argument, NULL, 8 },
        { "corpus", required_argument, NULL, 9 },
        { "input-format", required_argument, NULL, 10 },
        { "max-record-bytes", required_argument, NULL, 11 },
        { "format", required_argument, NULL, 'f' },
        { "output", required_argument, NULL, 'o' },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    fsc_validate_opts vo;
    fsc_validate_opts_init(&vo);
    fsc_audit_opts ao;
    fsc_audit_opts_init(&ao);
    fsc_validate_format fmt = FSC_VALIDATE_TABLE;
    const char *gold = NULL, *coded = NULL, *output = NULL;
    int sample = 0, quiet = 0, ch, rc = EXIT_USAGE;
    double threshold = 0.8;
    unsigned long long v;
    fsc_validate *val = NULL;
    fsc_audit_result *ar = NULL;
    char *text = NULL, *rows = NULL, *gdata = NULL;
    size_t len = 0, rows_len = 0, glen = 0;
    const char **cats = NULL, **corpus = NULL;
    size_t n_cats = 0, n_corpus = 0;
    int reader_opt = 0;
    fsc_audit_sampled *as = NULL;
    fsc_error e;
    fsc_error_clear(&e);

    optind = 1;
    while ((ch = getopt_long(argc, argv, "f:o:qh", longopts, NULL)) != -1) {
        switch (ch) {
        case 1:
            gold = optarg;
            break;
        case 2:
            if (cli_parse_option_uint(prog, "--bootstrap", optarg, 1000000, &v))
                goto done;
            vo.bootstrap = (size_t)v;
            break;
        case 3:
            if (cli_parse_option_uint(prog, "--seed", optarg, ~0ULL, &v))
                goto done;
            vo.seed = ao.seed = v;
            break;
        case 4:
            if (cli_parse_option_uint(prog, "--audit-sample", optarg, 1000000, &v))
                goto done;
            if (v == 0) {
                fprintf(stderr, "%s: --audit-sample: at least 1\n", prog);
                goto done;
            }
            ao.per_term = (size_t)v;
            sample = 1;
            break;
        case 5:
            coded = optarg;
            break;
        case 6: {
            char *end;
            errno = 0;
            threshold = strtod(optarg, &end);
            if (errno || end == optarg || *end ||
                !(threshold >= 0 && threshold <= 1)) {
                fprintf(stderr,
                        "%s: --threshold: expected a number in [0, 1]\n", prog);
                goto done;
            }
            break;
        }
        case 7:
            if (cli_parse_option_uint(prog, "--context", optarg, 10000, &v))
                goto done;
            ao.context = (size_t)v;
            break;
        case 8: {
            const char **p = realloc(cats, (n_cats + 1) * sizeof *p);
            if (!p) {
                fprintf(stderr, "%s: out of memory\n", prog);
                goto done;
            }
            cats = p;
            cats[n_cats++] = optarg;
            break;
        }
        case 9: {
            const char **p = realloc(corpus, (n_corpus + 1) * sizeof *p);
            if (!p) {
                fprintf(stderr, "%s: out of memory\n", prog);
                goto done;
            }
            corpus = p;
            corpus[n_corpus++] = optarg;
            break;
        }
        case 10:
            reader_opt = 1;
            if (strcmp(optarg, "auto") == 0)
                ao.reader.format = FSC_INPUT_AUTO;
            else if (strcmp(optarg, "jsonl") == 0)
                ao.reader.format = FSC_INPUT_JSONL;
            else if (strcmp(optarg, "text") == 0)
                ao.reader.format = FSC_INPUT_TEXT;
            else {
                fprintf(stderr,
                        "%s: unknown input format \"%s\" (auto, jsonl, "
                        "text)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 11:
            reader_opt = 1;
            if (cli_parse_uint(optarg, (unsigned long long)1 << 31, &v) != 0 ||
                v == 0) {
                fprintf(stderr,
                        "%s: --max-record-bytes wants a number from 1 to "
                        "2147483648, not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            ao.reader.max_record_bytes = (size_t)v;
            break;
        case 'f':
            if (strcmp(optarg, "table") == 0)
                fmt = FSC_VALIDATE_TABLE;
            else if (strcmp(optarg, "json") == 0)
                fmt = FSC_VALIDATE_JSON;
            else if (strcmp(optarg, "csv") == 0)
                fmt = FSC_VALIDATE_CSV;
            else {
                fprintf(stderr,
                        "%s: unknown format \"%s\" (table, json, csv)\n", prog,
                        optarg);
                goto done;
            }
            break;
        case 'o':
            output = optarg;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            usage(stdout);
            rc = 0;
            goto done;
        default:
            fprintf(stderr, "Try 'framescope validate --help'\n");
            goto done;
        }
    }
    int modes = (gold != NULL) + sample + (coded != NULL);
    if (modes != 1) {
        fprintf(stderr,
                "%s: give exactly one of --gold, --audit-sample and "
                "--audit-coded\n",
                prog);
        fprintf(stderr, "Try 'framescope validate --help'\n");
        goto done;
    }
    if (!sample && (n_corpus || reader_opt)) {
        fprintf(stderr,
                "%s: --corpus, --input-format and --max-record-bytes go with "
                "--audit-sample\n",
                prog);
        goto done;
    }
    if (coded) {
        if (optind < argc) {
            fprintf(stderr, "%s: --audit-coded takes no ROWS\n", prog);
            goto done;
        }
        if (read_all(coded, &gdata, &glen))
            goto done;
        if (fsc_audit_coded(coded, gdata, glen, threshold, &ar, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
        if (fsc_audit_render(ar, fmt, &text, &len, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
        if (write_out(output, text, len))
            goto done;
        if (!quiet)
            fprintf(stderr,
                    "%s: %zu rows, %zu coded; %zu of %zu terms below %g\n",
                    prog, ar->n_rows, ar->n_coded, ar->n_below, ar->n_terms,
                    threshold);
        rc = 0;
        goto done;
    }
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto done;
    if (optind >= argc) {
        fprintf(stderr, "%s: no ROWS input (use '-' for standard input)\n",
                prog);
        fprintf(stderr, "Try 'framescope validate --help'\n");
        goto done;
    }
    if (sample) {
        if (argc - optind != 1) {
            fprintf(stderr, "%s: --audit-sample takes one ROWS input\n", prog);
            goto done;
        }
        if (read_all(argv[optind], &rows, &rows_len))
            goto done;
        const char *rows_name = argv[optind];
        ao.corpus = corpus;
        ao.n_corpus = n_corpus;
        if (fsc_audit_draw(rows_name, rows, rows_len, &ao, &as, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
        if (write_out(output, as->csv, as->csv_len))
            goto done;
        for (size_t i = 0; i < as->n_duplicates; i++)
            fprintf(stderr,
                    "%s: duplicate id \"%s\" in the corpus at %s (the "
                    "record at %s is used)\n",
                    prog, as->duplicates[i].id, as->duplicates[i].again,
                    as->duplicates[i].first);
        for (size_t i = 0; i < as->n_dropped; i++) {
            const fsc_audit_drop *d = &as->dropped[i];
            fprintf(stderr,
                    "%s: left out: row \"%s\", term \"%s\", bytes "
                    "%zu-%zu: %s\n",
                    prog, d->id, d->term, d->start, d->end, d->reason);
        }
        if (!quiet) {
            fprintf(stderr, "%s: %zu matches sampled for the audit", prog,
                    as->n_sampled);
            if (n_corpus)
                fprintf(stderr,
                        "; %zu written (%zu with context from the corpus), "
                        "%zu left out, %zu duplicate corpus ids",
                        as->n_written, as->n_from_corpus, as->n_dropped,
                        as->n_duplicates);
            fputc('\n', stderr);
        }
        rc = as->n_dropped ? EXIT_INVALID : 0;
        goto done;
    }
    if (read_all(gold, &gdata, &glen))
        goto done;
    vo.categories = cats;
    vo.n_categories = n_cats;
    if (fsc_validate_new(&vo, &val, &e) != FSC_OK ||
        fsc_validate_add_gold(val, gold, gdata, glen, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    for (int i = optind; i < argc; i++) {
        free(rows);
        rows = NULL;
        if (read_all(argv[i], &rows, &rows_len))
            goto done;
        if (fsc_validate_add_rows(val, argv[i], rows, rows_len, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
    }
    if (fsc_validate_run(val, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    const fsc_validate_result *r = fsc_validate_result_get(val);
    if (fsc_validate_render(r, fmt, &text, &len, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    if (write_out(output, text, len))
        goto done;
    if (!quiet) {
        fprintf(stderr,
                "%s: %zu gold, %zu rows (%zu unscored), %zu joined, %zu "
                "categories\n",
                prog, r->n_gold, r->n_rows, r->n_unscored, r->n_joined,
                r->n_categories);
        for (size_t i = 0; i < r->n_missing_in_rows; i++)
            fprintf(stderr, "%s: gold id \"%s\" has no scored row\n", prog,
                    r->missing_in_rows[i]);
        /* A gold file that codes a sample of the scored corpus is the
           normal case: one line, not one per row, and not an error. */
        if (r->n_missing_in_gold)
            fprintf(stderr,
                    "%s: %zu scored row%s no gold (not evaluated)\n", prog,
                    r->n_missing_in_gold,
                    r->n_missing_in_gold == 1 ? " has" : "s have");
    }
    /* A gold id without a scored row is an error (the coded article was
       not scored, or was skipped). */
    rc = r->n_missing_in_rows ? EXIT_INVALID : 0;
done:
    fsc_free(text);
    fsc_validate_free(val);
    fsc_audit_result_free(ar);
    fsc_audit_sampled_free(as);
    free(corpus);
    free(rows);
    free(gdata);
    free(cats);
    return rc;
}
