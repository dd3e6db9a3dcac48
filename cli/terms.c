/*
 * terms.c - `framescope terms`: frequency lists and keyness of a corpus's
 * own vocabulary, to build lexicons from (framescope/terms.h).
 */
#define _GNU_SOURCE /* getopt_long */

#include "commands.h"
#include "common.h"
#include "progress.h"

#include "framescope/corpus.h"
#include "framescope/framescope.h"
#include "framescope/terms.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_SKIPPED 1
#define EXIT_USAGE   2

static const char *prog = "framescope terms";

static void usage(FILE *f)
{
    fputs(
        "Usage: framescope terms [OPTIONS] [INPUT...]\n"
        "\n"
        "The vocabulary of a corpus, to write lexicons from: without --by, a\n"
        "frequency list (count and articles per key); with --by, the keys\n"
        "each group uses more than the other groups (keyness: Fightin' Words\n"
        "z with a pooled Dirichlet prior, Monroe et al. 2008, and Williams-\n"
        "corrected G2 with Benjamini-Hochberg adjusted p over every key x\n"
        "group). Keys are words folded as lexicon terms are matched (case,\n"
        "Arabic diacritics, tatweel and alef forms, ё); an Arabic word with\n"
        "the article counts under its stem (والميليشيات -> ميليشيات), with its\n"
        "surface forms listed. n-grams join consecutive words of a sentence.\n"
        "Stop words (short lists for ar, en, ru) are left out.\n"
        "\n"
        "INPUT as for `framescope score` (.jsonl, .csv, .txt, directories,\n"
        ".gz, - for standard input).\n"
        "\n"
        "Options:\n"
        "  --by FIELD           group by a record field (outlet, lang, ...),\n"
        "                       or date:year / date:month of \"date\"\n"
        "  --where FIELD=VALUE  only records with that field value\n"
        "                       (repeatable; all must hold)\n"
        "  -n, --ngrams N       longest n-gram, 1 to 3 (default 1)\n"
        "  --min-count N        keys seen fewer times are not listed\n"
        "                       (default 5)\n"
        "  --top N              keys listed per group (default 30)\n"
        "  --max-vocab N        distinct keys kept (default 1000000); later\n"
        "                       new keys are counted as dropped and reported\n"
        "  --prior-a0 A         mass of the keyness prior (default 500)\n"
        "  --no-stopwords       keep stop words\n"
        "  --collocate PATTERN  collocations instead: the words within\n"
        "                       --window words of PATTERN in the same\n"
        "                       sentence, by log-likelihood G2 (window\n"
        "                       vs the rest of the corpus, no correction)\n"
        "                       with PMI, counts and BH-adjusted p. One\n"
        "                       word folded as lexicon terms are (Arabic\n"
        "                       clitics included), `*` at its end for any\n"
        "                       ending; --min-count applies to the count\n"
        "                       in windows; not with --by or --ngrams\n"
        "  --window N           words each side of the node, 1 to 50\n"
        "                       (default 5)\n"
        "  -f, --format F       table (default), csv, json, or lexicon: a\n"
        "                       framescope lexicon stub (category candidate,\n"
        "                       counts in each entry's note) to review and\n"
        "                       edit; `lexicon check` accepts it\n"
        "  --lang L             language of the stub's entries (default und)\n"
        "  --outlet-from dir    outlet from the first directory level\n"
        "  --date-from name     date from the file name (as in score)\n"
        "  -o, --output PATH    write to PATH instead of standard output\n"
        "  -q, --quiet          no progress or summary on standard error\n"
        "  -h, --help           this help\n"
        "\n"
        "Memory: one count per key and group; bounded by --max-vocab.\n"
        "Exit status: 0 ok, 1 some records were skipped, 2 usage or fatal\n"
        "error.\n"
        "\n"
        "Examples:\n"
        "  framescope terms -n 2 corpora/wikinews/wikinews.jsonl\n"
        "  framescope terms --by outlet --top 20 saudinewsnet.jsonl.gz\n"
        "  framescope terms --by outlet -f lexicon --lang ar -o cand.json "
        "news.jsonl\n"
        "  framescope terms --collocate 'militia*' --window 4 "
        "corpora/wikinews/wikinews.jsonl\n",
        f);
}

/* The group of a record: a field, or the year/month of "date". */
static const char *group_of(const fsc_record *rec, const char *by, char *buf,
                            size_t cap)
{
    if (!by)
        return "";
    int year = strcmp(by, "date:year") == 0;
    int month = strcmp(by, "date:month") == 0;
    if (!year && !month)
        return fsc_record_field(rec, by);
    const char *d = fsc_record_field(rec, "date");
    size_t need = year ? 4 : 7;
    if (!d || strlen(d) < need)
        return NULL;
    snprintf(buf, cap, "%.*s", (int)need, d);
    return buf;
}

int fsc_cli_terms(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "by", required_argument, NULL, 1 },
        { "where", required_argument, NULL, 2 },
        { "ngrams", required_argument, NULL, 'n' },
        { "min-count", required_argument, NULL, 3 },
        { "top", required_argument, NULL, 4 },
        { "max-vocab", required_argument, NULL, 5 },
        { "prior-a0", required_argument, NULL, 6 },
        { "no-stopwords", no_argument, NULL, 7 },
        { "lang", required_argument, NULL, 8 },
        { "outlet-from", required_argument, NULL, 9 },
        { "date-from", required_argument, NULL, 10 },
        { "collocate", required_argument, NULL, 11 },
        { "window", required_argument, NULL, 12 },
        { "format", required_argument, NULL, 'f' },
        { "output", required_argument, NULL, 'o' },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    fsc_terms_opts to;
    fsc_terms_opts_init(&to);
    fsc_terms_format fmt = FSC_TERMS_TABLE;
    const char *by = NULL, *output = NULL, *lang = NULL;
    cli_strlist where = { 0 };
    int outlet_dir = 0, date_name = 0, window_set = 0, ngrams_set = 0;
    unsigned long long v;
    int c, rc = EXIT_USAGE;
    fsc_terms *t = NULL;
    fsc_reader *rd = NULL;
    char *text = NULL;
    optind = 1;
    int quiet = 0;
    cli_progress pg = { 0 };
    while ((c = getopt_long(argc, argv, "n:f:o:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'q':
            quiet = 1;
            break;
        case 1:
            by = optarg;
            break;
        case 2:
            if (!strchr(optarg, '=')) {
                fprintf(stderr, "%s: --where wants FIELD=VALUE\n", prog);
                goto done;
            }
            if (cli_strlist_add(&where, optarg))
                goto done;
            break;
        case 'n':
            if (cli_parse_option_uint(prog, "--ngrams", optarg, 3, &v) ||
                v == 0) {
                if (v == 0)
                    fprintf(stderr, "%s: --ngrams: 1 to 3\n", prog);
                goto done;
            }
            to.ngram_max = (unsigned)v;
            ngrams_set = 1;
            break;
        case 3:
            if (cli_parse_option_uint(prog, "--min-count", optarg, 1u << 30,
                                      &v))
                goto done;
            to.min_count = (size_t)v;
            break;
        case 4:
            if (cli_parse_option_uint(prog, "--top", optarg, 100000, &v))
                goto done;
            to.top = (size_t)v;
            break;
        case 5:
            if (cli_parse_option_uint(prog, "--max-vocab", optarg,
                                      100000000, &v) ||
                v == 0) {
                if (v == 0)
                    fprintf(stderr, "%s: --max-vocab: at least 1\n", prog);
                goto done;
            }
            to.max_vocab = (size_t)v;
            break;
        case 6: {
            char *end;
            to.prior_a0 = strtod(optarg, &end);
            if (*end || !(to.prior_a0 > 0 && to.prior_a0 < 1e12)) {
                fprintf(stderr, "%s: --prior-a0 wants a positive number\n",
                        prog);
                goto done;
            }
            break;
        }
        case 7:
            to.stopwords = 0;
            break;
        case 8:
            lang = optarg;
            break;
        case 9:
            outlet_dir = strcmp(optarg, "dir") == 0;
            if (!outlet_dir) {
                fprintf(stderr, "%s: --outlet-from wants dir\n", prog);
                goto done;
            }
            break;
        case 10:
            date_name = strcmp(optarg, "name") == 0;
            if (!date_name) {
                fprintf(stderr, "%s: --date-from wants name\n", prog);
                goto done;
            }
            break;
        case 11:
            to.collocate = optarg;
            break;
        case 12:
            if (cli_parse_option_uint(prog, "--window", optarg, 50, &v) ||
                v == 0) {
                if (v == 0)
                    fprintf(stderr, "%s: --window: 1 to 50\n", prog);
                goto done;
            }
            to.window = (unsigned)v;
            window_set = 1;
            break;
        case 'f':
            if (strcmp(optarg, "table") == 0)
                fmt = FSC_TERMS_TABLE;
            else if (strcmp(optarg, "csv") == 0)
                fmt = FSC_TERMS_CSV;
            else if (strcmp(optarg, "json") == 0)
                fmt = FSC_TERMS_JSON;
            else if (strcmp(optarg, "lexicon") == 0)
                fmt = FSC_TERMS_LEXICON;
            else {
                fprintf(stderr, "%s: unknown format \"%s\" (table, csv, json, "
                        "lexicon)\n", prog, optarg);
                goto done;
            }
            break;
        case 'o':
            output = optarg;
            break;
        case 'h':
            usage(stdout);
            rc = 0;
            goto done;
        default:
            fprintf(stderr, "Try 'framescope terms --help'.\n");
            goto done;
        }
    }
    if (to.collocate && (by || ngrams_set)) {
        fprintf(stderr, "%s: --collocate counts one corpus of single words: "
                "not with --by or --ngrams\n", prog);
        goto done;
    }
    if (window_set && !to.collocate) {
        fprintf(stderr, "%s: --window goes with --collocate\n", prog);
        goto done;
    }
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto done;
    fsc_error e;
    fsc_error_clear(&e);
    fsc_reader_opts ro;
    fsc_reader_opts_init(&ro);
    /* terms counts words of the texts: a .txt file's first line stays in
     * its text (no headline taken out as a title) */
    ro.txt_headline = 0;
    ro.outlet_from_dir = outlet_dir;
    ro.date_from_name = date_name;
    if (fsc_terms_new(&to, &t, &e) != FSC_OK ||
        fsc_reader_open((const char *const *)(argv + optind),
                        (size_t)(argc - optind), &ro, &rd, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    size_t n_read = 0, n_skipped = 0, n_filtered = 0;
    cli_progress_start(&pg, prog, "records", quiet, argv + optind,
                       (size_t)(argc - optind));
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        fsc_record *rec = NULL;
        if (fsc_reader_next(rd, &raw, &eof, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
        if (eof)
            break;
        n_read++;
        cli_progress_tick(&pg, n_read, 0);
        if (fsc_record_parse(&raw, &rec, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
        if (fsc_record_skipped(rec)) {
            if (n_skipped++ < 10 && !quiet)
                fprintf(stderr, "%s: skipped: %s\n", prog,
                        fsc_record_skip_reason(rec));
            fsc_record_free(rec);
            continue;
        }
        int keep = 1;
        for (size_t i = 0; keep && i < where.n; i++) {
            const char *eq = strchr(where.v[i], '=');
            size_t fl = (size_t)(eq - where.v[i]);
            char field[128];
            snprintf(field, sizeof field, "%.*s", (int)(fl < 127 ? fl : 127),
                     where.v[i]);
            const char *val = fsc_record_field(rec, field);
            keep = val && strcmp(val, eq + 1) == 0;
        }
        char gb[16];
        const char *g = keep ? group_of(rec, by, gb, sizeof gb) : NULL;
        if (!keep || !g) {
            n_filtered++;
            fsc_record_free(rec);
            continue;
        }
        size_t len = 0;
        const char *body = fsc_record_text(rec, &len);
        fsc_status st = fsc_terms_add(t, body, len, g, &e);
        fsc_record_free(rec);
        if (st != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
    }
    cli_progress_end(&pg);
    size_t len = 0;
    if (fsc_terms_render(t, fmt, lang, &text, &len, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    if (cli_output_write(prog, output, text, len) != 0)
        goto done;
    if (n_skipped > 10 && !quiet)
        fprintf(stderr, "%s: ... and %zu more skipped records\n", prog,
                n_skipped - 10);
    if (!quiet)
    fprintf(stderr,
            "%s: %zu records read, %zu counted, %zu skipped, %zu filtered "
            "out%s\n",
            prog, n_read, n_read - n_skipped - n_filtered, n_skipped,
            n_filtered,
            by && n_filtered ? " (no --by field, or --where did not hold)"
                             : "");
    rc = n_skipped ? EXIT_SKIPPED : 0;
done:
    cli_progress_end(&pg);
    free(text);
    fsc_reader_free(rd);
    fsc_terms_free(t);
    cli_strlist_free(&where);
    return rc;
}
