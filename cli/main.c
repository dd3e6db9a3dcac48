/*
 * main.c - the `framescope` command: parses arguments, wires library calls
 * together and prints. No analysis happens here; everything goes through
 * the public API in analysis/include/framescope/.
 *
 * Exit status: 0 all records scored, 1 some input was skipped or invalid,
 * 2 usage or fatal error.
 */
#define _GNU_SOURCE /* getopt_long */
#include "commands.h"
#include "common.h"
#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/framescope.h"
#include "framescope/lexicon.h"
#include "framescope/score.h"
#include "framescope/store.h"
#include "progress.h"
#include "store_cli.h"

#include <errno.h>
#include <getopt.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_SKIPPED 1
#define EXIT_USAGE   2

static const char *prog = "framescope";

static void print_error(const fsc_error *e)
{
    cli_print_error(prog, e);
}

/* ---- output sink -------------------------------------------------------- */

static fsc_status write_file(void *ctx, const char *data, size_t len)
{
    return fwrite(data, 1, len, (FILE *)ctx) == len ? FSC_OK : FSC_EIO;
}

/* score's writer: the output file, and the progress line per record. */
typedef struct score_sink {
    FILE *f;
    cli_progress *pg;
    const fsc_tally *tally;
    int write_errno; /* the first failed write's errno, 0 for none */
} score_sink;

static fsc_status write_score(void *ctx, const char *data, size_t len)
{
    score_sink *s = ctx;
    cli_progress_tick(s->pg, fsc_tally_read(s->tally), 0);
    if (!s->f)
        return cli_db_discard(NULL, data, len); /* rows kept in the store */
    errno = 0;
    fsc_status st = write_file(s->f, data, len);
    if (st != FSC_OK && !s->write_errno)
        s->write_errno = errno ? errno : EIO;
    return st;
}

/* ---- framescope score --------------------------------------------------- */

static void usage_score(FILE *f)
{
    fputs(
        "Usage: framescope score [OPTIONS] [INPUT...]\n"
        "\n"
        "Score news articles against lexicons of loaded terms: per article "
        "the\n"
        "token count, per category the matches, negated matches, rate per\n"
        "1,000 tokens and weighted score, and every match with byte and code\n"
        "point offsets, stripped Arabic clitics and sentence index.\n"
        "\n"
        "INPUT is a text file (one article), a directory (its .txt files,\n"
        "recursively, in sorted order), a JSON Lines file (.jsonl/.ndjson/\n"
        "  .json: one article per line with fields id, outlet, date, lang,\n"
        "  title, text, url; other fields are passed through), or - for\n"
        "  standard input (JSON Lines if it starts with '{'). No INPUT reads\n"
        "  standard input.\n"
        "\n"
        "Options:\n"
        "  -l, --lexicon PATH     lexicon file (.json, .dic, .dicx, .cat, "
        ".yml,\n"
        "                         .yaml, .lc3, .lcd) or directory (all such\n"
        "                         files in it); may be\n"
        "                         repeated (default: the bundled lexicons; "
        "with\n"
        "                         -l, the bundled modifiers and attribution\n"
        "                         layer come along)\n"
        "      --no-bundled       with -l: use only those lexicons\n"
        "  -f, --format FMT       jsonl (default), json, csv, wide or table\n"
        "                         (wide: CSV, one row per article, NAME.count\n"
        "                         and NAME.rate columns per category)\n"
        "      --wide-voice       with -f wide: NAME.authorial, NAME.quoted\n"
        "                         and NAME.attributed columns too\n"
        "  -o, --output PATH      write to PATH instead of standard output\n"
        "                         (through a temporary file renamed at the\n"
        "                         end; never an input, nor a corpus file in\n"
        "                         an input directory)\n"
        "  -j, --threads N        score on N threads; output stays in input\n"
        "                         order (default 1)\n"
        "      --input-format F   auto (default: by extension, .csv and .tsv\n"
        "                         included), jsonl, text, csv, tsv or json (a\n"
        "                         JSON array or pretty-printed objects)\n"
        "      --column F=COL     CSV/TSV: read column COL as field F (e.g.\n"
        "                         text=body, outlet=source); repeatable\n"
        "      --outlet-from dir  outlet of records without one: the first\n"
        "                         directory level below the input directory\n"
        "      --date-from name   date of records without one: a YYYY-MM-DD,\n"
        "                         YYYY_MM_DD or YYYYMMDD in the file name\n"
        "      --id-prefix P      ids the input does not give (SOURCE:LINE,\n"
        "                         file names) start with P: (unique shards)\n"
        "      --max-record-bytes N  skip records longer than N bytes\n"
        "                         (default 16777216)\n"
        "      --max-row-bytes N  a record whose output would pass N bytes\n"
        "                         is written as skipped, with its reason\n"
        "                         (default 67108864; the run goes on)\n"
        "      --no-matches       leave the match lists out of JSON output\n",
        f);
    fputs(
        "      --no-title         leave article titles out: only the text is\n"
        "                         scored (default: the title, the record's\n"
        "                         \"title\" field, is scored as its own zone)\n"
        "      --no-headline      a .txt file's first line is text, never the\n"
        "                         title (default: a short first line without\n"
        "                         final punctuation is the headline)\n"
        "      --keep-text        copy each article's text into JSON output\n"
        "      --no-clitics       do not strip Arabic clitics when matching\n"
        "      --ta-marbuta       also fold Arabic ة to ه\n"
        "      --window N         words before a term searched for a negator,\n"
        "                         hedge or distancer (default 3)\n",
        f);
    fputs(
        "      --db FILE          keep the rows in an SQLite results store\n"
        "                         (docs/store.md): score only new or changed\n"
        "                         articles, all of them when the version,\n"
        "                         lexicons or options changed; rows go to -o\n"
        "                         only when it is given. A stopped or failed\n"
        "                         run (killed, disk full) is completed by\n"
        "                         running the same command again\n"
        "      --db-text          with --db: store the article texts too\n"
        "  -q, --quiet            no record summary on standard error\n"
        "  -h, --help             show this help\n"
        "\n"
        "Exit status: 0 every record scored; 1 some records skipped (each is\n"
        "listed in the output with its reason); 2 usage or fatal error.\n"
        "\n"
        "Examples:\n"
        "  framescope score article.txt\n"
        "  framescope score --format table corpora/wikinews/wikinews.jsonl\n"
        "  framescope score -j 2 -f csv -o scores.csv articles.jsonl\n"
        "  cat articles.jsonl | framescope score --no-matches > rows.jsonl\n",
        f);
}

static char *join_args(int argc, char **argv)
{
    size_t n = 1;
    for (int i = 0; i < argc; i++)
        n += strlen(argv[i]) + 1;
    char *s = malloc(n);
    if (!s)
        return NULL;
    s[0] = '\0';
    for (int i = 0; i < argc; i++) {
        if (i)
            strcat(s, " ");
        strcat(s, argv[i]);
    }
    return s;
}

static int cmd_score(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "lexicon", required_argument, NULL, 'l' },
        { "no-bundled", no_argument, NULL, 'B' },
        { "format", required_argument, NULL, 'f' },
        { "wide-voice", no_argument, NULL, 'W' },
        { "output", required_argument, NULL, 'o' },
        { "threads", required_argument, NULL, 'j' },
        { "input-format", required_argument, NULL, 1 },
        { "max-record-bytes", required_argument, NULL, 2 },
        { "no-matches", no_argument, NULL, 3 },
        { "keep-text", no_argument, NULL, 4 },
        { "no-clitics", no_argument, NULL, 5 },
        { "ta-marbuta", no_argument, NULL, 6 },
        { "window", required_argument, NULL, 7 },
        { "column", required_argument, NULL, 8 },
        { "outlet-from", required_argument, NULL, 9 },
        { "date-from", required_argument, NULL, 10 },
        { "id-prefix", required_argument, NULL, 11 },
        { "db", required_argument, NULL, 12 },
        { "db-text", no_argument, NULL, 13 },
        { "max-row-bytes", required_argument, NULL, 14 },
        { "no-title", no_argument, NULL, 15 },
        { "no-headline", no_argument, NULL, 16 },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    int no_bundled = 0;
    cli_strlist columns = { 0 };
    cli_strlist lexpaths = { 0 };
    fsc_score_opts so;
    fsc_reader_opts ro;
    fsc_model_opts mo;
    fsc_score_opts_init(&so);
    fsc_reader_opts_init(&ro);
    fsc_model_opts_init(&mo);
    const char *output = NULL, *db = NULL;
    fsc_store *store = NULL;
    int quiet = 0, c, rc = EXIT_USAGE, db_text = 0;
    unsigned long long v;
    char *command = join_args(argc, argv);
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:f:o:j:qh", longopts, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (cli_strlist_add(&lexpaths, optarg) != 0)
                goto done;
            break;
        case 'B':
            no_bundled = 1;
            break;
        case 'W':
            so.wide_voice = 1;
            break;
        case 'f':
            if (strcmp(optarg, "jsonl") == 0)
                so.format = FSC_SCORE_JSONL;
            else if (strcmp(optarg, "json") == 0)
                so.format = FSC_SCORE_JSON;
            else if (strcmp(optarg, "csv") == 0)
                so.format = FSC_SCORE_CSV;
            else if (strcmp(optarg, "table") == 0)
                so.format = FSC_SCORE_TABLE;
            else if (strcmp(optarg, "wide") == 0)
                so.format = FSC_SCORE_WIDE;
            else {
                fprintf(stderr,
                        "%s: unknown format \"%s\" (jsonl, json, csv, "
                        "wide, table)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 'o':
            output = optarg;
            break;
        case 'j':
            if (cli_parse_uint(optarg, 256, &v) != 0 || v == 0) {
                fprintf(stderr,
                        "%s: --threads wants a number from 1 to 256, "
                        "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            so.threads = (unsigned)v;
            break;
        case 1:
            if (strcmp(optarg, "auto") == 0)
                ro.format = FSC_INPUT_AUTO;
            else if (strcmp(optarg, "jsonl") == 0)
                ro.format = FSC_INPUT_JSONL;
            else if (strcmp(optarg, "text") == 0)
                ro.format = FSC_INPUT_TEXT;
            else if (strcmp(optarg, "csv") == 0)
                ro.format = FSC_INPUT_CSV;
            else if (strcmp(optarg, "tsv") == 0)
                ro.format = FSC_INPUT_TSV;
            else if (strcmp(optarg, "json") == 0)
                ro.format = FSC_INPUT_JSON;
            else {
                fprintf(stderr,
                        "%s: unknown input format \"%s\" (auto, jsonl, "
                        "text, csv, tsv, json)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 9:
            if (strcmp(optarg, "dir") != 0) {
                fprintf(stderr,
                        "%s: --outlet-from wants dir (the first "
                        "directory level below the input directory)\n",
                        prog);
                goto done;
            }
            ro.outlet_from_dir = 1;
            break;
        case 10:
            if (strcmp(optarg, "name") != 0) {
                fprintf(stderr,
                        "%s: --date-from wants name (a date in the "
                        "file name)\n",
                        prog);
                goto done;
            }
            ro.date_from_name = 1;
            break;
        case 11:
            ro.id_prefix = optarg;
            break;
        case 12:
            db = optarg;
            break;
        case 13:
            db_text = 1;
            break;
        case 8: {
            const char *eq = strchr(optarg, '=');
            if (!eq || eq == optarg || !eq[1]) {
                fprintf(stderr,
                        "%s: --column wants FIELD=COLUMN (e.g. "
                        "text=body), not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            if (cli_strlist_add(&columns, optarg) != 0)
                goto done;
            break;
        }
        case 2:
            if (cli_parse_uint(optarg, (unsigned long long)1 << 31, &v) != 0 ||
                v == 0) {
                fprintf(stderr,
                        "%s: --max-record-bytes wants a number from 1 "
                        "to 2147483648, not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            ro.max_record_bytes = (size_t)v;
            break;
        case 14:
            if (cli_parse_uint(optarg, (unsigned long long)1 << 40, &v) != 0 ||
                v < 1024) {
                fprintf(stderr,
                        "%s: --max-row-bytes wants a number from 1024 "
                        "to 1099511627776, not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            so.max_row_bytes = (size_t)v;
            break;
        case 3:
            so.matches = 0;
            break;
        case 15:
            so.title = 0;
            break;
        case 16:
            ro.txt_headline = 0;
            break;
        case 4:
            so.keep_text = 1;
            break;
        case 5:
            mo.clitics = 0;
            break;
        case 6:
            mo.ta_marbuta = 1;
            break;
        case 7:
            if (cli_parse_uint(optarg, 50, &v) != 0) {
                fprintf(stderr,
                        "%s: --window wants a number from 0 to 50, "
                        "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            mo.modifier_window = (unsigned)v;
            break;
        case 'q':
            quiet = 1;
            break;
        case 'h':
            usage_score(stdout);
            rc = 0;
            goto done;
        default:
            fprintf(stderr, "Try 'framescope score --help'.\n");
            goto done;
        }
    }
    so.command = command;

    cli_lexset lx = { 0 };
    fsc_model *model = NULL;
    fsc_reader *reader = NULL;
    fsc_tally *tally = NULL;
    cli_output out = { 0 };
    fsc_error e;
    fsc_error_clear(&e);
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto fatal;
    if (cli_load_lexicons(prog, &lexpaths, !no_bundled, &lx) != 0)
        goto fatal;
    ro.columns = (const char *const *)columns.v;
    ro.n_columns = columns.n;
    if (fsc_model_compile((const fsc_lexicon *const *)lx.v, lx.n, &mo, &model,
                          &e) != FSC_OK ||
        fsc_reader_open((const char *const *)(argv + optind),
                        (size_t)(argc - optind), &ro, &reader, &e) != FSC_OK ||
        fsc_tally_new(model, &tally, &e) != FSC_OK) {
        print_error(&e);
        goto fatal;
    }
    if (db && cli_db_score_begin(prog, db, &lx, &mo, &so, ro.txt_headline,
                                 command, db_text, quiet, &store) != 0)
        goto fatal;
    if ((!db || output) && cli_output_open(prog, output, &out) != 0)
        goto fatal;
    /* the rows go to the output file, or only into the store (--db and no
     * -o); the progress line ticks per record either way */
    cli_progress pg;
    cli_progress_start(&pg, prog, "records", quiet, argv + optind,
                       (size_t)(argc - optind));
    score_sink sink = { db && !output ? NULL : out.f, &pg, tally, 0 };
    fsc_status run_st =
        fsc_score_run(model, reader, &so, write_score, &sink, tally, &e);
    cli_progress_end(&pg);
    if (run_st != FSC_OK) {
        /* a failed write names its file and why (a full disk, a file-size
         * limit), not only that the output could not be written */
        if (sink.write_errno)
            fprintf(stderr, "%s: %s: cannot write: %s\n", prog,
                    output ? output : "standard output",
                    strerror(sink.write_errno));
        else
            print_error(&e);
        goto fatal;
    }
    if ((!db || output) && cli_output_close(prog, &out) != 0)
        goto fatal;
    if (store) {
        fsc_store *st = store;
        store = NULL;
        if (cli_db_score_end(prog, db, st, tally, quiet) != 0)
            goto fatal;
    }
    if (!quiet && so.format != FSC_SCORE_TABLE)
        fprintf(stderr, "%s: %zu records read, %zu scored, %zu skipped\n", prog,
                fsc_tally_read(tally), fsc_tally_scored(tally),
                fsc_tally_skipped(tally));
    /* The first reasons on the terminal; every one is in the output. */
    enum { SHOW_SKIPPED = 10 };
    size_t n_skip = fsc_tally_skipped(tally), shown = 0;
    if (!quiet && so.format != FSC_SCORE_TABLE) {
        for (; shown < n_skip && shown < SHOW_SKIPPED; shown++) {
            const char *why = fsc_tally_skipped_reason(tally, shown);
            if (!why)
                break;
            fprintf(stderr, "%s: skipped: %s\n", prog, why);
        }
        if (shown < n_skip)
            fprintf(stderr,
                    "%s: ... and %zu more skipped records (each is in the "
                    "output with its status and reason)\n",
                    prog, n_skip - shown);
    }
    rc = fsc_tally_skipped(tally) ? EXIT_SKIPPED : 0;
    goto cleanup;
fatal:
    rc = EXIT_USAGE;
cleanup:
    fsc_store_free(store);
    cli_output_discard(&out);
    fsc_tally_free(tally);
    fsc_reader_free(reader);
    fsc_model_free(model);
    cli_lexset_free(&lx);
done:
    cli_strlist_free(&lexpaths);
    cli_strlist_free(&columns);
    free(command);
    return rc;
}

/* ---- framescope lexicon check|info -------------------------------------- */

static void usage_lexicon(FILE *f)
{
    fputs(
        "Usage: framescope lexicon check FILE...\n"
        "       framescope lexicon info FILE...\n"
        "       framescope lexicon convert IN -o OUT.json\n"
        "\n"
        "check  validate lexicons (.json, LIWC .dic, WordStat .cat, quanteda/\n"
        "       newsmap .yml/.yaml, LIWC-22 .dicx, Lexicoder .lc3/.lcd) and\n"
        "       report the first error as FILE:LINE:COL: message; warnings\n"
        "       follow.\n"
        "info   print metadata, categories and entry counts per language.\n"
        "convert  write IN (any format above) as a framescope JSON lexicon\n"
        "       (OUT '-' is stdout) that can be edited and checked.\n"
        "\n"
        "Exit status: 0 all valid; 1 some file invalid; 2 usage error.\n"
        "\n"
        "Examples:\n"
        "  framescope lexicon check lexicons/karabakh-2023.json\n"
        "  framescope lexicon info lexicons/modifiers.json\n"
        "  framescope lexicon convert RID.cat -o rid.json\n",
        f);
}

static const char *role_name(fsc_entry_role r)
{
    switch (r) {
    case FSC_ROLE_TERM:
        return "term";
    case FSC_ROLE_NEGATOR:
        return "negator";
    case FSC_ROLE_HEDGE:
        return "hedge";
    case FSC_ROLE_INTENSIFIER:
        return "intensifier";
    case FSC_ROLE_DISTANCER:
        return "distancer";
    case FSC_ROLE_NEUTRAL:
        return "neutral";
    case FSC_ROLE_NAME:
        return "name";
    }
    return "?";
}

/* Entries with sense guards, and guards of each kind over all entries. */
static size_t count_guards(const fsc_lexicon *lx, size_t per_kind[6])
{
    size_t with = 0;
    for (size_t k = 0; k < 6; k++)
        per_kind[k] = 0;
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        with += e->n_guards > 0;
        for (size_t g = 0; g < e->n_guards; g++)
            per_kind[e->guards[g].kind]++;
    }
    return with;
}

static void scope_line(const fsc_lexicon *lx)
{
    const fsc_topic_scope *sc = fsc_lexicon_scope(lx);
    if (!sc) {
        printf("none (every match counts)\n");
        return;
    }
    printf("%zu anchors, window %s, at least %u per window\n", sc->n_anchors,
           sc->window == FSC_WINDOW_PARAGRAPH ? "paragraph" : "article",
           sc->min_anchors);
}

static void lexicon_info(const fsc_lexicon *lx)
{
    const char *na = "(not stated)";
    printf("name:        %s\n", fsc_lexicon_name(lx));
    printf("version:     %s\n",
           fsc_lexicon_version(lx) ? fsc_lexicon_version(lx) : na);
    printf("licence:     %s\n",
           fsc_lexicon_license(lx) ? fsc_lexicon_license(lx) : na);
    printf("authors:     ");
    for (size_t i = 0; i < fsc_lexicon_n_authors(lx); i++)
        printf("%s%s", i ? "; " : "", fsc_lexicon_author(lx, i));
    printf("%s\n", fsc_lexicon_n_authors(lx) ? "" : na);
    printf("sources:     ");
    for (size_t i = 0; i < fsc_lexicon_n_sources(lx); i++)
        printf("%s%s", i ? "\n             " : "", fsc_lexicon_source(lx, i));
    printf("%s\n", fsc_lexicon_n_sources(lx) ? "" : na);
    printf("sha256:      %s\n", fsc_lexicon_sha256(lx));
    size_t ne = fsc_lexicon_n_entries(lx), nc = fsc_lexicon_n_categories(lx);
    printf("entries:     %zu\n", ne);
    printf("scope:       ");
    scope_line(lx);
    const fsc_topic_scope *sc = fsc_lexicon_scope(lx);
    for (size_t i = 0; sc && i < sc->n_anchors; i++)
        printf("%s%s", i ? ", " : "             anchors: ", sc->anchors[i]);
    if (sc)
        printf("\n");
    size_t per_kind[6];
    size_t guarded = count_guards(lx, per_kind);
    static const char *const kinds[] = { "next",     "not_next", "prev",
                                         "not_prev", "near",     "not_near" };
    printf("guards:      %zu entries", guarded);
    for (size_t k = 0; k < 6; k++)
        if (per_kind[k])
            printf(", %s %zu", kinds[k], per_kind[k]);
    printf("\n");

    /* Languages in first-seen order, at most 32. */
    const char *langs[32];
    size_t nl = 0;
    for (size_t i = 0; i < ne; i++) {
        const char *l = fsc_lexicon_entry(lx, i)->lang;
        size_t k = 0;
        while (k < nl && strcmp(langs[k], l) != 0)
            k++;
        if (k == nl && nl < 32)
            langs[nl++] = l;
    }
    printf("\n%-28s", "CATEGORY / ROLE");
    for (size_t k = 0; k < nl; k++)
        printf(" %6s", langs[k]);
    printf(" %6s  %s\n", "all", "POLE / PARENT / CONTRAST");
    for (size_t c = 0; c <= nc; c++) {
        /* c == nc lists modifier roles. */
        for (int role = (c == nc ? 1 : 0);
             role <= (c == nc ? (int)FSC_ROLE_NAME : 0); role++) {
            size_t per[32] = { 0 }, all = 0;
            for (size_t i = 0; i < ne; i++) {
                const fsc_entry *e = fsc_lexicon_entry(lx, i);
                int hit = 0;
                if (c < nc) {
                    for (size_t j = 0; j < e->n_cats; j++)
                        hit |= e->cats[j] == c;
                } else {
                    hit = (int)e->role == role;
                }
                if (!hit)
                    continue;
                all++;
                for (size_t k = 0; k < nl; k++)
                    if (strcmp(langs[k], e->lang) == 0)
                        per[k]++;
            }
            if (c == nc && all == 0)
                continue;
            if (c < nc) {
                const fsc_category *cat = fsc_lexicon_category(lx, c);
                printf("%-28s", cat->id);
            } else {
                printf("(%s)%*s", role_name((fsc_entry_role)role),
                       (int)(26 - strlen(role_name((fsc_entry_role)role))), "");
            }
            for (size_t k = 0; k < nl; k++)
                printf(" %6zu", per[k]);
            printf(" %6zu", all);
            if (c < nc) {
                const fsc_category *cat = fsc_lexicon_category(lx, c);
                printf("  %s%s%s%s%s%s%s", cat->pole ? "pole " : "",
                       cat->pole ? cat->pole : "",
                       cat->parent ? " parent " : "",
                       cat->parent ? cat->parent : "",
                       cat->contrast ? " contrast " : "",
                       cat->contrast ? cat->contrast : "", "");
            }
            printf("\n");
        }
    }
}

static int cmd_lexicon(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 ||
        strcmp(argv[1], "-h") == 0) {
        usage_lexicon(argc < 2 ? stderr : stdout);
        return argc < 2 ? EXIT_USAGE : 0;
    }
    if (strcmp(argv[1], "convert") == 0)
        return cli_lexicon_convert(prog, argc - 2, argv + 2);
    int info = strcmp(argv[1], "info") == 0;
    if (!info && strcmp(argv[1], "check") != 0) {
        fprintf(stderr,
                "%s: unknown lexicon command \"%s\" (check, info, convert)\n",
                prog, argv[1]);
        return EXIT_USAGE;
    }
    if (argc < 3) {
        usage_lexicon(stderr);
        return EXIT_USAGE;
    }
    int rc = 0;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage_lexicon(stdout);
            return 0;
        }
        fsc_lexicon *lx = NULL;
        fsc_error e;
        fsc_lexicon_opts o;
        fsc_lexicon_opts_init(&o);
        if (cli_lexicon_format_check(prog, argv[i])) {
            rc = EXIT_SKIPPED;
            continue;
        }
        if (fsc_lexicon_load(argv[i], &o, &lx, &e) != FSC_OK) {
            print_error(&e);
            rc = EXIT_SKIPPED;
            continue;
        }
        if (info) {
            if (i > 2)
                printf("\n");
            lexicon_info(lx);
        } else {
            size_t per_kind[6];
            printf("%s: ok: %s %s, %zu categories, %zu entries, %zu with "
                   "guards; scope: ",
                   argv[i], fsc_lexicon_name(lx),
                   fsc_lexicon_version(lx) ? fsc_lexicon_version(lx) : "",
                   fsc_lexicon_n_categories(lx), fsc_lexicon_n_entries(lx),
                   count_guards(lx, per_kind));
            scope_line(lx);
        }
        for (size_t w = 0; w < fsc_lexicon_n_warnings(lx); w++)
            fprintf(stderr, "%s: %s: warning: %s\n", prog, argv[i],
                    fsc_lexicon_warning(lx, w));
        /* A lexicon must also compile: terms need something to match. */
        fsc_model *m = NULL;
        const fsc_lexicon *one[1] = { lx };
        if (fsc_model_compile(one, 1, NULL, &m, &e) != FSC_OK) {
            print_error(&e);
            rc = EXIT_SKIPPED;
        }
        fsc_model_free(m);
        fsc_lexicon_free(lx);
    }
    return rc;
}

/* ---- main --------------------------------------------------------------- */

static void usage(FILE *f)
{
    fputs(
        "Usage: framescope COMMAND [OPTIONS] [ARGS]\n"
        "\n"
        "Stance and framing analysis of news in Arabic, English, Russian and\n"
        "more: which loaded terms each article uses, how often, negated or\n"
        "not, with exact offsets.\n"
        "\n"
        "Commands:\n"
        "  score     score articles against lexicons (framescope score "
        "--help)\n"
        "  lexicon   check or describe lexicon files (framescope lexicon "
        "--help)\n"
        "  compare   compare groups of articles (outlets, languages, months)\n"
        "            from score rows (framescope compare --help)\n"
        "  show      print one article with its framing terms, voices and\n"
        "            attributions marked (framescope show --help)\n"
        "  report    a research report (HTML, Markdown, JSON) from score rows\n"
        "            or a corpus (framescope report --help)\n"
        "  kwic      matches of a term or category in context (kwic --help)\n"
        "  validate  agreement with human coders, per-term precision\n"
        "            audit (framescope validate --help)\n"
        "  terms     frequency lists and keyness of a corpus's own words\n"
        "            and n-grams, to build lexicons (terms --help)\n"
        "  version   print versions of framescope, ICU and Unicode\n"
        "\n"
        "Examples:\n"
        "  framescope score --format table corpora/sample\n"
        "  framescope lexicon check lexicons/karabakh-2023.json\n"
        "  framescope score corpus.jsonl | framescope compare --by outlet -\n"
        "\n"
        "Environment:\n"
        "  FRAMESCOPE_LEXICONS=DIR  the bundled lexicon set used when no\n"
        "            --lexicon is given: DIR's lexicon files, then\n"
        "            DIR/general/ and DIR/attribution/ (DIR/conflicts/ only\n"
        "            with --lexicon). Default: the lexicons installed beside\n"
        "            the program (BIN/../share/framescope/lexicons), or the\n"
        "            source tree's for a program run from its build tree.\n"
        "  FRAMESCOPE_PROGRESS=0|1  progress of score, report, terms and\n"
        "            compare on standard error: by default only when it is\n"
        "            a terminal (and never with -q); 0 off, 1 on.\n",
        f);
}

static int dispatch(int argc, char **argv)
{
    fsc_error e;
    if (fsc_init(&e) != FSC_OK) {
        print_error(&e);
        return EXIT_USAGE;
    }
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "help") == 0 && argc >= 3 && argv[2][0] != '-') {
        /* "framescope help score" is "framescope score --help". */
        char help[] = "--help";
        char *av[] = { argv[0], argv[2], help, NULL };
        return dispatch(3, av);
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 ||
        strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("framescope %s (ICU %s, Unicode %s)\n", fsc_version(),
               fsc_icu_version(), fsc_unicode_version());
        return 0;
    }
    if (strcmp(cmd, "score") == 0)
        return cmd_score(argc - 1, argv + 1);
    if (strcmp(cmd, "lexicon") == 0)
        return cmd_lexicon(argc - 1, argv + 1);
    if (strcmp(cmd, "compare") == 0)
        return cli_db_run(prog, argc - 1, argv + 1, fsc_cli_compare);
    if (strcmp(cmd, "show") == 0)
        return fsc_cli_show(argc - 1, argv + 1);
    if (strcmp(cmd, "report") == 0)
        return cli_db_run(prog, argc - 1, argv + 1, fsc_cli_report);
    if (strcmp(cmd, "kwic") == 0)
        return cli_db_run_articles(prog, argc - 1, argv + 1, fsc_cli_kwic);
    if (strcmp(cmd, "validate") == 0)
        return cli_db_run(prog, argc - 1, argv + 1, fsc_cli_validate);
    if (strcmp(cmd, "terms") == 0)
        return fsc_cli_terms(argc - 1, argv + 1);
    fprintf(stderr, "%s: unknown command \"%s\"\n", prog, cmd);
    usage(stderr);
    return EXIT_USAGE;
}

/*
 * glibc gives every thread that allocates its own malloc arena. In `score`
 * the records, results and batch buffers one worker allocates are freed or
 * grown by another (the pipeline hands a written batch to the next worker
 * to free), and each arena keeps the free memory of its own chunks, which
 * the other threads cannot reuse: at --threads 2 that was 4-6 MiB of the
 * peak RSS (issue 14; bench/README.md, 2026-12-06). One arena serves all
 * threads instead; their small blocks still come from per-thread caches
 * (tcache), and the CPU time measured the same. A user's own
 * MALLOC_ARENA_MAX or GLIBC_TUNABLES setting wins.
 */
static void limit_malloc_arenas(void)
{
#ifdef __GLIBC__
    if (!getenv("MALLOC_ARENA_MAX") && !getenv("GLIBC_TUNABLES"))
        mallopt(M_ARENA_MAX, 1);
#endif
}

int main(int argc, char **argv)
{
    limit_malloc_arenas();
    int rc = dispatch(argc, argv);
    /* Whatever the command wrote to standard output (help, version,
     * lexicon info, tables) must have arrived: a full disk or a closed pipe
     * is an error, not success. */
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "%s: <stdout>: %s\n", prog,
                errno ? strerror(errno) : "write error");
        return EXIT_USAGE;
    }
    return rc;
}
