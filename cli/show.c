/*
 * show.c - `framescope show`: reads one article (a text file, one record of
 * a JSON Lines file, or standard input), analyses it and prints what
 * fsc_show_render() made of it. Argument parsing and wiring only.
 *
 * Exit status: 0 shown, 1 the record was skipped (its reason is printed),
 * 2 usage or fatal error (missing file, broken lexicon, no such record).
 */
#define _GNU_SOURCE /* getopt_long */
#include "commands.h"
#include "common.h"

#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/framescope.h"
#include "framescope/score.h"
#include "framescope/show.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define EXIT_SKIPPED 1
#define EXIT_USAGE   2

static const char *prog = "framescope show";

static void usage(FILE *f)
{
    fputs(
        "Usage: framescope show [OPTIONS] ARTICLE\n"
        "\n"
        "Print one article with every framing term marked: its categories,\n"
        "whose voice it is in (authorial, quoted, attributed) and to whom,\n"
        "and its modifiers (negated, hedged, intensified, distanced); the\n"
        "reporting cues and sources of attributions; then the numbered\n"
        "attributions (kind, source, cue, content, rule, confidence) and a\n"
        "summary (tokens, counts per category and voice, voice token shares,\n"
        "every match with a modifier).\n"
        "\n"
        "ARTICLE is a text file (one article), a JSON Lines file (.jsonl/\n"
        "  .ndjson/.json: the first record unless --record or --id says\n"
        "  otherwise), or - for standard input (JSON Lines if it starts\n"
        "  with '{', else one text).\n"
        "\n"
        "Options:\n"
        "  -l, --lexicon PATH   lexicon file (.json, .dic) or directory; may "
        "be\n"
        "                       repeated (default: the bundled lexicons with "
        "the\n"
        "                       attribution layer, which finds voices; with -l,\n"
        "                       the bundled modifiers and attribution layer\n"
        "                       come along)\n"
        "      --no-bundled     with -l: use only those lexicons\n"
        "      --color WHEN     auto (default: colour when standard output is "
        "a\n"
        "                       terminal, NO_COLOR is unset and TERM is not\n"
        "                       dumb), always or never\n"
        "  -r, --record N       show the N-th record of a JSON Lines file\n"
        "                       (1-based; blank lines are not records)\n"
        "      --id ID          show the first record whose \"id\" is ID\n"
        "  -w, --width N        wrap lines longer than N columns at spaces\n"
        "                       (default 0: no wrapping); never splits a\n"
        "                       character\n"
        "      --html           write one standalone HTML page instead: the\n"
        "                       article with coloured marks (a legend, hover\n"
        "                       for category, voice and source), the\n"
        "                       attributions and a summary table; no script,\n"
        "                       no external resource (--color and --width do\n"
        "                       not apply)\n"
        "      --no-title       leave article titles out (default: the\n"
        "                       title is scored as its own zone)\n"
        "      --no-headline    a .txt file's first line is never the title\n"
        "  -o, --output PATH    write to PATH instead of standard output\n"
        "  -h, --help           show this help\n"
        "\n"
        "Plain markers (no colour):\n"
        "  [[مكافحة الإرهاب]]{securitization·attributed→bayramov}  a framing\n"
        "      term: categories · voice → source of its attribution (actor\n"
        "      id, anonymous, or ? when unresolved), then\n"
        "      ·negated ·hedged ·intensified ·distanced when they apply\n"
        "  ⟨وأشار⟩{#4}  ⟦بيراموف⟧{#4}  cue and source of attribution 4\n"
        "Colours: a background per category (legend above the text), bold\n"
        "  authorial, italic quoted, underlined attributed, struck-through\n"
        "  negated; cues magenta, sources cyan; {#n} and modifiers dimmed.\n"
        "\n"
        "Bidirectional text: every inserted Latin label and quoted excerpt is\n"
        "wrapped in Unicode isolates (U+2068 FSI ... U+2069 PDI) so that "
        "Arabic\n"
        "around it keeps its order in a terminal that implements bidi.\n"
        "Safety: control characters in the article (and bidi embedding,\n"
        "override and isolate characters U+202A-U+202E, U+2066-U+2069) are\n"
        "shown visibly, ESC as ␛ and others as ␀-␟, ␡ or \\u{202E}; the "
        "article\n"
        "cannot send escape sequences to the terminal or reorder the display.\n"
        "\n"
        "Exit status: 0 shown; 1 the record was skipped (invalid UTF-8, bad\n"
        "JSON, no text: the reason is printed); 2 usage or fatal error\n"
        "(missing file, broken lexicon, no such record).\n"
        "\n"
        "Examples:\n"
        "  framescope show corpora/sample/seed.jsonl\n"
        "  framescope show --record 3 --color always "
        "corpora/wikinews/wikinews.jsonl | less -R\n"
        "  framescope show --id g2 --width 72 articles.jsonl\n"
        "  framescope show --html -o seed.html corpora/sample/seed.jsonl\n"
        "  echo 'Officials said it was not an occupation.' | framescope show "
        "-\n",
        f);
}

/* Colour for --color auto: a terminal that wants it. */
static int want_color(void)
{
    const char *no = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (no && *no)
        return 0;
    if (term && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(STDOUT_FILENO);
}

/* Read records until the one asked for; *found gets it (NULL: none).
 * Returns 0, or -1 after printing a fatal read error. */
static int find_record(fsc_reader *r, unsigned long long want_n,
                       const char *want_id, fsc_record **found,
                       unsigned long long *seen)
{
    *found = NULL;
    *seen = 0;
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        fsc_error e;
        fsc_error_clear(&e);
        if (fsc_reader_next(r, &raw, &eof, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            return -1;
        }
        if (eof)
            return 0;
        ++*seen;
        if (!want_id && *seen != want_n)
            continue;
        fsc_record *rec = NULL;
        if (fsc_record_parse(&raw, &rec, &e) != FSC_OK) {
            cli_print_error(prog, &e);
            return -1;
        }
        if (want_id) {
            const char *id = fsc_record_field(rec, "id");
            if (!id || strcmp(id, want_id) != 0) {
                fsc_record_free(rec);
                continue;
            }
        }
        *found = rec;
        return 0;
    }
}

int fsc_cli_show(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "lexicon", required_argument, NULL, 'l' },
        { "no-bundled", no_argument, NULL, 'B' },
        { "color", required_argument, NULL, 1 },
        { "colour", required_argument, NULL, 1 },
        { "record", required_argument, NULL, 'r' },
        { "id", required_argument, NULL, 2 },
        { "width", required_argument, NULL, 'w' },
        { "html", no_argument, NULL, 3 },
        { "no-title", no_argument, NULL, 40 },
        { "no-headline", no_argument, NULL, 41 },
        { "output", required_argument, NULL, 'o' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    int no_bundled = 0, no_title = 0, no_headline = 0;
    cli_strlist lexpaths = { 0 };
    fsc_show_opts so;
    fsc_show_opts_init(&so);
    int color = -1; /* auto */
    unsigned long long record = 0, v;
    const char *id = NULL, *output = NULL;
    int c, rc = EXIT_USAGE, html = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "l:r:w:o:h", longopts, NULL)) != -1) {
        switch (c) {
        case 'l':
            if (cli_strlist_add(&lexpaths, optarg) != 0)
                goto done;
            break;
        case 'B':
            no_bundled = 1;
            break;
        case 1:
            if (strcmp(optarg, "auto") == 0)
                color = -1;
            else if (strcmp(optarg, "always") == 0)
                color = 1;
            else if (strcmp(optarg, "never") == 0)
                color = 0;
            else {
                fprintf(stderr,
                        "%s: --color wants auto, always or never, "
                        "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 'r':
            if (cli_parse_uint(optarg, (unsigned long long)1 << 40, &v) != 0 ||
                v == 0) {
                fprintf(stderr,
                        "%s: --record wants a record number from 1, "
                        "not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            record = v;
            break;
        case 2:
            id = optarg;
            break;
        case 3:
            html = 1;
            break;
        case 'o':
            output = optarg;
            break;
        case 'w':
            if (cli_parse_uint(optarg, 100000, &v) != 0) {
                fprintf(stderr,
                        "%s: --width wants a number of columns from 0 "
                        "to 100000, not \"%s\"\n",
                        prog, optarg);
                goto done;
            }
            so.width = (unsigned)v;
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
            fprintf(stderr, "Try 'framescope show --help'.\n");
            goto done;
        }
    }
    if (argc - optind != 1) {
        fprintf(stderr, "%s: %s\nTry 'framescope show --help'.\n", prog,
                argc - optind ? "one ARTICLE at a time"
                              : "which ARTICLE? (a file, or - for standard "
                                "input)");
        goto done;
    }
    if (record && id) {
        fprintf(stderr, "%s: --record and --id are alternatives\n", prog);
        goto done;
    }
    /* Colour only for a terminal: never into a file or a page. */
    so.color = html || output ? color > 0 && !html
               : color < 0    ? want_color()
                              : color;
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto done;
    const char *path = argv[optind];

    cli_lexset lx = { 0 };
    fsc_model *model = NULL;
    fsc_analyzer *az = NULL;
    fsc_reader *reader = NULL;
    fsc_record *rec = NULL;
    fsc_result *res = NULL;
    char *text = NULL;
    size_t text_len = 0;
    fsc_error e;
    fsc_error_clear(&e);
    fsc_reader_opts ro;
    fsc_reader_opts_init(&ro);
    ro.txt_headline = !no_headline;
    if (cli_load_lexicons(prog, &lexpaths, !no_bundled, &lx) != 0)
        goto cleanup;
    if (fsc_model_compile((const fsc_lexicon *const *)lx.v, lx.n, NULL, &model,
                          &e) != FSC_OK ||
        fsc_analyzer_new(model, &az, &e) != FSC_OK ||
        fsc_reader_open(&path, 1, &ro, &reader, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    unsigned long long seen = 0;
    if (find_record(reader, record ? record : 1, id, &rec, &seen) != 0)
        goto cleanup;
    if (!rec) {
        if (strcmp(path, "-") == 0)
            path = "<stdin>";
        if (id)
            fprintf(stderr, "%s: %s: no record with id \"%s\"\n", prog, path,
                    id);
        else
            fprintf(stderr, "%s: %s: no record %llu (%llu record%s)\n", prog,
                    path, record ? record : 1, seen, seen == 1 ? "" : "s");
        goto cleanup;
    }
    if (fsc_record_skipped(rec)) {
        fprintf(stderr, "%s: skipped: %s\n", prog, fsc_record_skip_reason(rec));
        rc = EXIT_SKIPPED;
        goto cleanup;
    }
    if (fsc_analyze_record(az, rec, !no_title, &res, &e) != FSC_OK ||
        (html ? fsc_show_render_html(model, rec, res, &so, &text, &text_len, &e)
              : fsc_show_render(model, rec, res, &so, &text, &text_len, &e)) !=
            FSC_OK) {
        cli_print_error(prog, &e);
        goto cleanup;
    }
    if (cli_output_write(prog, output, text, text_len) != 0)
        goto cleanup;
    rc = 0;
cleanup:
    fsc_free(text);
    fsc_result_free(res);
    fsc_record_free(rec);
    fsc_reader_free(reader);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    cli_lexset_free(&lx);
done:
    cli_strlist_free(&lexpaths);
    return rc;
}
