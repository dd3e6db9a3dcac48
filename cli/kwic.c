/*
 * kwic.c - `framescope kwic`: reads articles (as `score` does), analyses
 * each and prints the keyword-in-context lines that fsc_kwic_render() makes
 * of the matches selected by --term or --category. Argument parsing and
 * wiring only.
 *
 * Exit status: 0 ok, 1 some records skipped (reasons on stderr), 2 usage or
 * fatal error.
 */
#define _GNU_SOURCE /* getopt_long */
#include "commands.h"
#include "common.h"

#include <cjson/cJSON.h>

#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/framescope.h"
#include "framescope/kwic.h"
#include "framescope/score.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_SKIPPED 1
#define EXIT_USAGE   2

static const char *prog = "framescope kwic";

static void usage(FILE *f)
{
    fputs(
        "Usage: framescope kwic (--term PATTERN | --category ID) [OPTIONS] "
        "[INPUT...]\n"
        "\n"
        "Keyword in context: score the input (as `framescope score` does) and\n"
        "print one line per framing match that the selection picks: left\n"
        "context, the match, right context, then article id, outlet, voice,\n"
        "source (actor id of the attribution the match is in, `anonymous`,\n"
        "`unresolved`, or - when none), source_kind (what the source's words\n"
        "are: named, nominal, pronoun, dropped, anonymous or unresolved, as\n"
        "`framescope show` prints them) and flags (negated, distanced).\n"
        "\n"
        "INPUT is a text file (one article), a directory (its .txt and .jsonl\n"
        "  files, recursively, in sorted order), a JSON Lines file (.jsonl/\n"
        "  .ndjson/.json: one article per line), or - for standard input. No\n"
        "  INPUT reads standard input.\n"
        "\n"
        "Selection (exactly one):\n"
        "  -t, --term PATTERN   matches whose lexicon entry is PATTERN, case-\n"
        "                       insensitive (folded as the matcher folds);\n"
        "                       a trailing * selects entries starting with the\n"
        "                       rest: 'counter*' selects counter-terror*\n"
        "  -c, --category ID    matches in category LEXICON:ID, or a bare ID\n"
        "                       when only one lexicon has it (subcategories\n"
        "                       count for their parents)\n"
        "  -p, --pattern P      any word or phrase, whether or not a lexicon\n"
        "                       has it, matched as a lexicon term is: folded,\n"
        "                       Arabic clitics included, a trailing * on a\n"
        "                       word for its forms ('داعش', 'kiev*', 'so-called\n"
        "                       *' is not allowed: * ends a word); repeatable\n"
        "\n"
        , f);
    fputs(
        "Options:\n"
        "  -w, --window N       code points of context each side, from 0 to\n"
        "                       1000 (default 40); a context ends at a space\n"
        "                       when one is inside the window (no word cut\n"
        "                       in half); a character is never cut\n"
        "      --voice V        only matches in voice V: authorial, quoted or\n"
        "                       attributed (needs the attribution lexicons,\n"
        "                       which the default set includes)\n"
        "  -f, --format FMT     text (default), csv or html\n"
        "  -l, --lexicon PATH   lexicon file (.json, .dic) or directory; may be\n"
        "                       repeated (default: the bundled lexicons with\n"
        "                       the attribution layer; with -l, the bundled\n"
        "                       modifiers and attribution layer come along)\n"
        "      --no-bundled     with -l: use only those lexicons\n"
        "      --db FILE        read the articles from a results store\n"
        "                       (score --db FILE --db-text) instead of INPUT\n"
        "      --no-title       leave article titles out (default: the\n"
        "                       title is scored as its own zone)\n"
        "      --no-headline    a .txt file's first line is never the title\n"
        "  -o, --output PATH    write to PATH instead of standard output\n"
        "  -q, --quiet          no skip reasons or summary on standard error\n"
        "  -h, --help           show this help\n"
        "\n"
        "Formats:\n"
        "  text  aligned columns after a header row: the left context is\n"
        "        right-aligned so that the match starts at the same column on\n"
        "        every left-to-right line. On a line whose text holds Arabic\n"
        "        (or other right-to-left) letters, the left context, the match\n"
        "        and the right context are each wrapped in Unicode isolates\n"
        "        (U+2068 FSI ... U+2069 PDI), so a terminal that implements\n"
        "        bidi shows the three parts in logical order, left to right,\n"
        "        each reading correctly inside.\n"
        "  csv   RFC 4180 with header id,outlet,date,lang,voice,source,\n"
        "        source_kind,negated,distanced,left,match,right,start,end,\n"
        "        cp_start,cp_end\n"
        "        (start/end in bytes, cp_start/cp_end in code points; negated\n"
        "        and distanced 0 or 1). A text cell that begins with = + - @\n"
        "        TAB or CR (after any apostrophes) gets a leading apostrophe,\n"
        "        so that spreadsheets do not run it as a formula.\n"
        "  html  a standalone page (inline CSS, no JavaScript, nothing loaded\n"
        "        from the network): a table of left-to-right lines and one\n"
        "        of right-to-left lines, which runs right to left (the text\n"
        "        before an Arabic match stands to its right); contexts lean\n"
        "        on the match, every cell is a bidi isolate, the header row\n"
        "        stays in view.\n"
        "Safety: in every format line breaks and tabs in contexts become\n"
        "spaces, other control characters are shown as ␀-␟ or ␡, and bidi\n"
        "controls (U+061C, U+200E/F, U+202A-U+202E, U+2066-U+2069) as\n"
        "\\u{202E}; html also escapes & < > \" ' from articles and lexicons.\n"
        "\n"
        "Exit status: 0 ok (also when nothing matched); 1 some records were\n"
        "skipped (each reason on standard error); 2 usage or fatal error\n"
        "(unknown category, missing file, broken lexicon).\n"
        "\n"
        "Examples:\n"
        "  framescope kwic --category securitization corpora/sample/seed.jsonl\n"
        "  framescope kwic --term 'counter*' --window 30 corpora/wikinews/\n"
        "  framescope kwic -c karabakh-2023:occupation --voice quoted -f csv \\\n"
        "      -o occupation.csv corpora/\n"
        "  framescope kwic -t 'terror*' -f html -o kwic.html articles.jsonl\n",
        f);
}

/* --pattern: the patterns as the entries of a lexicon of their own
 * ("kwic-pattern", category "pattern"), appended to the loaded set, so
 * they are matched exactly as lexicon terms are (and the attribution layer
 * still gives them voices). Errors (a misplaced *) name the pattern. */
static int add_patterns(const cli_strlist *pat, cli_lexset *lx)
{
    cJSON *root = cJSON_CreateObject(), *cats, *cat, *ents;
    int ok = root && cJSON_AddNumberToObject(root, "framescope_lexicon", 1) &&
             cJSON_AddStringToObject(root, "name", "kwic-pattern") &&
             cJSON_AddStringToObject(root, "version", "0") &&
             cJSON_AddStringToObject(root, "license", "none") &&
             (cats = cJSON_AddArrayToObject(root, "categories")) &&
             (cat = cJSON_CreateObject()) &&
             cJSON_AddItemToArray(cats, cat) &&
             cJSON_AddStringToObject(cat, "id", "pattern") &&
             (ents = cJSON_AddArrayToObject(root, "entries"));
    for (size_t i = 0; ok && i < pat->n; i++) {
        cJSON *e = cJSON_CreateObject(), *c;
        ok = e && cJSON_AddItemToArray(ents, e) &&
             cJSON_AddStringToObject(e, "term", pat->v[i]) &&
             cJSON_AddStringToObject(e, "lang", "und") &&
             (c = cJSON_AddArrayToObject(e, "categories")) &&
             cJSON_AddItemToArray(c, cJSON_CreateString("pattern"));
    }
    char *json = ok ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    if (!json) {
        fprintf(stderr, "%s: out of memory\n", prog);
        return -1;
    }
    fsc_lexicon **v = realloc(lx->v, (lx->n + 1) * sizeof *v);
    if (!v) {
        cJSON_free(json);
        fprintf(stderr, "%s: out of memory\n", prog);
        return -1;
    }
    lx->v = v;
    fsc_error e;
    fsc_lexicon_opts o;
    fsc_lexicon_opts_init(&o);
    fsc_status st = fsc_lexicon_parse(json, strlen(json), "--pattern", &o,
                                      &lx->v[lx->n], &e);
    cJSON_free(json);
    if (st != FSC_OK) {
        /* The message names the entry: "entry N" is the Nth --pattern. */
        fprintf(stderr, "%s: --pattern: %s\n", prog, e.msg);
        return -1;
    }
    lx->n++;
    return 0;
}

int fsc_cli_kwic(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "term", required_argument, NULL, 't' },
        { "category", required_argument, NULL, 'c' },
        { "window", required_argument, NULL, 'w' },
        { "voice", required_argument, NULL, 1 },
        { "format", required_argument, NULL, 'f' },
        { "lexicon", required_argument, NULL, 'l' },
        { "no-bundled", no_argument, NULL, 'B' },
        { "output", required_argument, NULL, 'o' },
        { "pattern", required_argument, NULL, 'p' },
        { "no-title", no_argument, NULL, 40 },
        { "no-headline", no_argument, NULL, 41 },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    int no_bundled = 0, no_title = 0, no_headline = 0;
    cli_strlist patterns = { 0 };
    cli_strlist lexpaths = { 0 };
    fsc_kwic_opts ko;
    fsc_kwic_opts_init(&ko);
    fsc_kwic_format format = FSC_KWIC_TEXT;
    const char *output = NULL;
    unsigned long long v;
    int c, rc = EXIT_USAGE;
    optind = 1;
    int quiet = 0;
    while ((c = getopt_long(argc, argv, "t:c:w:f:l:o:p:qh", longopts, NULL)) !=
           -1) {
        switch (c) {
        case 'q':
            quiet = 1;
            break;
        case 't':
            ko.term = optarg;
            break;
        case 'c':
            ko.category = optarg;
            break;
        case 'p':
            if (cli_strlist_add(&patterns, optarg) != 0)
                goto done;
            break;
        case 'w':
            if (cli_parse_uint(optarg, 1000, &v) != 0) {
                fprintf(stderr,
                        "%s: --window wants a number from 0 to 1000, "
                        "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            ko.window = (unsigned)v;
            break;
        case 1:
            if (strcmp(optarg, "authorial") == 0)
                ko.voice = FSC_VOICE_AUTHORIAL;
            else if (strcmp(optarg, "quoted") == 0)
                ko.voice = FSC_VOICE_QUOTED;
            else if (strcmp(optarg, "attributed") == 0)
                ko.voice = FSC_VOICE_ATTRIBUTED;
            else {
                fprintf(stderr,
                        "%s: --voice wants authorial, quoted or attributed, "
                        "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 'f':
            if (strcmp(optarg, "text") == 0)
                format = FSC_KWIC_TEXT;
            else if (strcmp(optarg, "csv") == 0)
                format = FSC_KWIC_CSV;
            else if (strcmp(optarg, "html") == 0)
                format = FSC_KWIC_HTML;
            else {
                fprintf(stderr,
                        "%s: unknown format \"%s\" (text, csv, html)\n", prog,
                        optarg);
                goto done;
            }
            break;
        case 'l':
            if (cli_strlist_add(&lexpaths, optarg) != 0)
                goto done;
            break;
        case 'B':
            no_bundled = 1;
            break;
        case 'o':
            output = optarg;
            break;
        case 40:
            no_title = 1;
            break;
        case 41:
            no_headline = 1;
            break;
        case 'h':
            usage(stdout);
            rc = 0;
            goto done;
        default:
            fprintf(stderr, "Try 'framescope kwic --help'.\n");
            goto done;
        }
    }
    if ((ko.term != NULL) + (ko.category != NULL) + (patterns.n > 0) != 1) {
        fprintf(stderr,
                "%s: %s\nTry 'framescope kwic --help'.\n", prog,
                ko.term || ko.category || patterns.n
                    ? "--term, --category and --pattern are alternatives"
                    : "what to look for? give --term PATTERN, --category ID "
                      "or --pattern WORDS");
        goto done;
    }
    if (patterns.n)
        ko.category = "kwic-pattern:pattern";

    cli_lexset lx = { 0 };
    fsc_model *model = NULL;
    fsc_analyzer *az = NULL;
    fsc_reader *reader = NULL;
    fsc_kwic *kw = NULL;
    char *text = NULL;
    size_t text_len = 0, n_read = 0, n_skipped = 0;
    fsc_error e;
    fsc_error_clear(&e);
    fsc_reader_opts ro;
    fsc_reader_opts_init(&ro);
    ro.txt_headline = !no_headline;
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto cleanup;
    if (cli_load_lexicons(prog, &lexpaths, !no_bundled, &lx) != 0)
        goto cleanup;
    if (patterns.n && add_patterns(&patterns, &lx) != 0)
        goto cleanup;
    if (fsc_model_compile((const fsc_lexicon *const *)lx.v, lx.n, NULL, &model,
                          &e) != FSC_OK ||
        fsc_kwic_new(model, &ko, &kw, &e) != FSC_OK ||
        fsc_analyzer_new(model, &az, &e) != FSC_OK ||
        fsc_reader_open((const char *const *)(argv + optind),
                        (size_t)(argc - optind), &ro, &reader,
                        &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        fsc_record *rec = NULL;
        fsc_result *res = NULL;
        if (fsc_reader_next(reader, &raw, &eof, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto cleanup;
        }
        if (eof)
            break;
        n_read++;
        if (fsc_record_parse(&raw, &rec, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            goto cleanup;
        }
        if (fsc_record_skipped(rec)) {
            if (n_skipped < 10 && !quiet)
                fprintf(stderr, "%s: skipped: %s\n", prog,
                        fsc_record_skip_reason(rec));
            n_skipped++;
            fsc_record_free(rec);
            continue;
        }
        fsc_status st = fsc_analyze_record(az, rec, !no_title, &res, &e);
        if (st == FSC_OK)
            st = fsc_kwic_add(kw, rec, res, NULL, &e);
        fsc_result_free(res);
        if (st == FSC_ENOMEM) {
            cli_print_error(prog, &e);
            fsc_record_free(rec);
            goto cleanup;
        }
        if (st != FSC_OK) {
            if (n_skipped < 10 && !quiet)
                fprintf(stderr, "%s: skipped: %s:%ld: %s\n", prog,
                        fsc_record_source(rec), fsc_record_line(rec), e.msg);
            n_skipped++;
        }
        fsc_record_free(rec);
    }
    if (fsc_kwic_render(kw, format, &text, &text_len, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    if (cli_output_write(prog, output, text, text_len) != 0)
        goto cleanup;
    if (n_skipped > 10 && !quiet)
        fprintf(stderr, "%s: ... and %zu more skipped records\n", prog,
                n_skipped - 10);
    if (ko.term && fsc_kwic_n_lines(kw) == 0)
        fprintf(stderr,
                "%s: no match of --term '%s': it selects lexicon entries "
                "(see framescope lexicon info); --pattern finds any word\n",
                prog, ko.term);
    if (n_skipped && !quiet)
        fprintf(stderr, "%s: %zu records read, %zu skipped, %zu lines\n",
                prog, n_read, n_skipped, fsc_kwic_n_lines(kw));
    rc = n_skipped ? EXIT_SKIPPED : 0;
cleanup:
    fsc_free(text);
    fsc_kwic_free(kw);
    fsc_reader_free(reader);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    cli_lexset_free(&lx);
done:
    cli_strlist_free(&lexpaths);
    cli_strlist_free(&patterns);
    return rc;
}
