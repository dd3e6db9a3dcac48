/*
 * compare.c - `framescope compare`: parses arguments, streams score rows
 * from files or standard input into the library's comparison, and writes
 * the rendered result. No statistics here; everything is in compare.h.
 */
#define _GNU_SOURCE /* getopt_long */
#include "commands.h"
#include "common.h"
#include "progress.h"

#include "framescope/compare.h"
#include "framescope/framescope.h"
#include "framescope/lexicon.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXIT_INVALID 1
#define EXIT_USAGE 2

static const char *prog = "framescope compare";

static void usage(FILE *f)
{
    fputs(
        "Usage: framescope compare [OPTIONS] INPUT...\n"
        "\n"
        "Compares groups of articles (outlets by default) from score rows:\n"
        "descriptives per group and category, every pairwise test, "
        "Kruskal-Wallis.\n"
        "INPUT is `framescope score` output, JSON Lines (default) or --format "
        "csv;\n"
        "'-' reads standard input. To compare a corpus, score it first:\n"
        "  framescope score corpus.jsonl | framescope compare -\n"
        "\n"
        "Options:\n"
        "  --by FIELD            group by a row field (outlet, lang, any "
        "field),\n"
        "                        or date:week (ISO week) or date:month "
        "(default outlet)\n"
        "  --where FIELD=VALUE   keep rows with FIELD equal to VALUE "
        "(repeatable;\n"
        "                        same field = OR, different fields = AND)\n"
        "  --from DATE, --to DATE  keep rows dated within [DATE, DATE] "
        "(YYYY-MM-DD)\n"
        "  --category ID         compare only this category (repeatable)\n"
        "  --all-layers          also compare the attribution layer's\n"
        "                        categories (reporting cues, actors); by\n"
        "                        default only framing categories are compared\n"
        "  --lexicon PATH        also report this lexicon's categories "
        "with no match,\n"
        "                        and the shares of its contrast pairs\n"
        "  --contrast A,B        report the share of category A vs B per "
        "group\n"
        "                        (full ids lexicon:id; repeatable)\n"
        "  --period P            time series per group: day, week (ISO) or "
        "month\n"
        "                        (rows need a \"date\"; default none)\n"
        "  --measure M           rate (per 1,000 tokens, default), count,\n"
        "                        weighted or presence; voice_rate (per 1,000\n"
        "                        tokens of the --voice); attribution profile:\n"
        "                        share_attributed, share_quoted, "
        "anonymous_rate,\n"
        "                        side_diversity, sources or side:NAME\n"
        "                        (attributions to side NAME per article)\n"
        "  --voice V             authorial, quoted, attributed or all "
        "(default):\n"
        "                        count only matches in that voice (rate "
        "stays per\n"
        "                        1,000 tokens of the article; see "
        "voice_rate);\n"
        "                        a comma list (all,authorial,quoted) or each "
        "(all\n"
        "                        four) compares several voices in one run\n"
        "  --keyness             top lexicon terms per pair of groups "
        "(Fightin'\n"
        "                        Words z and G2; needs rows with matches)\n"
        "  --keyness-top N       terms listed per pair (default 10)\n"
        "  --prior P             keyness prior: pooled (default), uniform or\n"
        "                        corpus (term counts of all groups)\n"
        "  --prior-a0 A          keyness prior mass a0 (default 500)\n"
        "  --bootstrap N         resamples for the 95% CI of the mean "
        "(default 2000)\n"
        "  --permutations N      permutation test with N relabellings "
        "(default 0: off)\n"
        "  --seed S              random seed (default 20240607)\n"
        "  --alpha A             threshold on adjusted p for the summary "
        "(default 0.05)\n"
        CLI_FINDINGS_HELP
        "  -j, --threads N       threads for the statistics (default 1)\n"
        "  -f, --format F        table (default), json or csv\n"
        "  -o, --output PATH     write to PATH instead of standard output\n"
        "  -q, --quiet           no summary on standard error\n"
        "  -h, --help            this help\n"
        "\n"
        "p-values: Welch (welch_p), Mann-Whitney (mw_p, exact for small "
        "samples\n"
        "without ties), permutation (perm_p), Kruskal-Wallis (kw_p); each "
        "_p_adj is\n"
        "Benjamini-Hochberg over all tests of the same kind in the run.\n",
        f);
    fputs(
        "Rows carry the lexicon set they were scored with (lexicon_set);\n"
        "rows of different sets are refused.\n"
        "Exit status: 0 ok, 1 some input lines were invalid, 2 usage or "
        "fatal error.\n"
        "\n"
        "Examples:\n"
        "  framescope score corpus.jsonl > rows.jsonl\n"
        "  framescope compare rows.jsonl\n"
        "  framescope compare --by date:month --where outlet=aawsat rows.jsonl\n"
        "  framescope compare -f csv -o outlets.csv --test welch rows.jsonl\n"
        "  framescope compare --voice authorial --keyness rows.jsonl\n",
        f);
}

typedef struct strv {
    const char **v;
    size_t n;
} strv;

static int strv_add(strv *l, const char *s)
{
    const char **p = realloc(l->v, (l->n + 1) * sizeof *p);
    if (!p)
        return -1;
    l->v = p;
    l->v[l->n++] = s;
    return 0;
}

/* --voice: one name (opts.voice, as before), "each", or a comma list of
 * names (opts.voices). */
static fsc_status parse_voices(const char *s, fsc_compare_opts *o)
{
    if (strcmp(s, "each") == 0) {
        o->voices = FSC_COMPARE_VOICES_EACH;
        return FSC_OK;
    }
    if (!strchr(s, ',')) {
        o->voices = 0;
        return fsc_compare_voice_parse(s, &o->voice);
    }
    unsigned set = 0;
    while (*s) {
        const char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        char name[32];
        fsc_compare_voice v;
        if (n == 0 || n >= sizeof name)
            return FSC_EINVAL;
        memcpy(name, s, n);
        name[n] = '\0';
        if (fsc_compare_voice_parse(name, &v) != FSC_OK)
            return FSC_EINVAL;
        set |= 1u << v;
        s += n;
        if (*s == ',' && !*++s)
            return FSC_EINVAL; /* a trailing comma */
    }
    o->voices = set;
    return FSC_OK;
}

static cli_progress progress; /* rows read, on a terminal */
static size_t rows_seen;

static int feed_file(fsc_compare *c, const char *path, fsc_error *e)
{
    /* Plain or gzip-compressed rows (cli_input). */
    cli_input in;
    if (cli_input_open(prog, path, &in) != 0)
        return -1;
    static char buf[1 << 20];
    long n;
    int rc = 0;
    while ((n = cli_input_read(prog, &in, buf, sizeof buf)) > 0) {
        for (const char *q = buf; (q = memchr(q, '\n', (size_t)(buf + n - q)));
             q++)
            rows_seen++;
        progress.calls = 7; /* a chunk is 1 MB: look at the clock each time */
        cli_progress_tick(&progress, rows_seen, 0);
        if (fsc_compare_feed(c, path, buf, (size_t)n, e) != FSC_OK) {
            cli_print_error(prog, e);
            rc = -1;
            break;
        }
    }
    if (n < 0)
        rc = -1;
    if (rc == 0 && fsc_compare_end(c, e) != FSC_OK) {
        cli_print_error(prog, e);
        rc = -1;
    }
    cli_input_close(&in);
    return rc;
}

static int declare_lexicon(fsc_compare *c, const char *path, fsc_error *e)
{
    fsc_lexicon *lx = NULL;
    if (fsc_lexicon_load(path, NULL, &lx, e) != FSC_OK) {
        cli_print_error(prog, e);
        return -1;
    }
    int rc = 0;
    const char *name = fsc_lexicon_name(lx);
    for (size_t i = 0; rc == 0 && i < fsc_lexicon_n_categories(lx); i++) {
        const fsc_category *cat = fsc_lexicon_category(lx, i);
        size_t len = strlen(name) + strlen(cat->id) + 2;
        size_t clen = strlen(name) + (cat->contrast ? strlen(cat->contrast) : 0) + 2;
        char *id = malloc(len), *other = malloc(clen);
        if (!id || !other) {
            free(id);
            free(other);
            rc = -1;
            break;
        }
        snprintf(id, len, "%s:%s", name, cat->id);
        if (fsc_compare_declare_category(c, id, e) != FSC_OK) {
            cli_print_error(prog, e);
            rc = -1;
        }
        /* A contrast names a category of the same lexicon; a pair listed
         * on both sides is declared once. */
        if (rc == 0 && cat->contrast) {
            snprintf(other, clen, "%s:%s", name, cat->contrast);
            if (fsc_compare_declare_contrast(c, id, other, e) != FSC_OK) {
                cli_print_error(prog, e);
                rc = -1;
            }
        }
        free(id);
        free(other);
    }
    fsc_lexicon_free(lx);
    return rc;
}

int fsc_cli_compare(int argc, char **argv)
{
    static const struct option longopts[] = {
        { "by", required_argument, NULL, 1 },
        { "where", required_argument, NULL, 2 },
        { "from", required_argument, NULL, 3 },
        { "to", required_argument, NULL, 4 },
        { "category", required_argument, NULL, 5 },
        { "measure", required_argument, NULL, 6 },
        { "bootstrap", required_argument, NULL, 7 },
        { "permutations", required_argument, NULL, 8 },
        { "seed", required_argument, NULL, 9 },
        { "alpha", required_argument, NULL, 10 },
        { "voice", required_argument, NULL, 11 },
        { "keyness", no_argument, NULL, 12 },
        { "keyness-top", required_argument, NULL, 13 },
        { "prior", required_argument, NULL, 14 },
        { "prior-a0", required_argument, NULL, 15 },
        { "period", required_argument, NULL, 16 },
        { "contrast", required_argument, NULL, 17 },
        { "test", required_argument, NULL, 18 },
        { "min-effect", required_argument, NULL, 19 },
        { "min-group", required_argument, NULL, 20 },
        { "all-layers", no_argument, NULL, 21 },
        { "lexicon", required_argument, NULL, 'l' },
        { "threads", required_argument, NULL, 'j' },
        { "format", required_argument, NULL, 'f' },
        { "output", required_argument, NULL, 'o' },
        { "quiet", no_argument, NULL, 'q' },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    fsc_compare_opts o;
    fsc_compare_opts_init(&o);
    fsc_compare_format fmt = FSC_COMPARE_TABLE;
    strv where = { 0 }, cats = { 0 }, lexicons = { 0 }, contrasts = { 0 };
    const char *output = NULL;
    int quiet = 0, ch, rc = EXIT_USAGE;
    unsigned long long v;
    fsc_compare *c = NULL;
    char *text = NULL;
    fsc_error e;
    fsc_error_clear(&e);

    optind = 1;
    while ((ch = getopt_long(argc, argv, "l:j:f:o:qh", longopts, NULL)) != -1) {
        switch (ch) {
        case 1:
            o.by = optarg;
            break;
        case 2:
            if (strv_add(&where, optarg))
                goto done;
            break;
        case 3:
            o.from = optarg;
            break;
        case 4:
            o.to = optarg;
            break;
        case 5:
            if (strv_add(&cats, optarg))
                goto done;
            break;
        case 6:
            if (fsc_measure_parse_side(optarg, &o.measure, &o.side) != FSC_OK) {
                fprintf(stderr,
                        "%s: unknown measure \"%s\" (rate, count, "
                        "weighted, presence, voice_rate, share_attributed, "
                        "share_quoted, anonymous_rate, side_diversity, "
                        "sources, side:NAME)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 11:
            if (parse_voices(optarg, &o) != FSC_OK) {
                fprintf(stderr,
                        "%s: unknown voice in \"%s\" (authorial, "
                        "quoted, attributed, all, a comma list of them, or "
                        "each)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 12:
            o.keyness = 1;
            break;
        case 13:
            if (cli_parse_option_uint(prog, "--keyness-top", optarg, 100000, &v) || v == 0) {
                if (v == 0)
                    fprintf(stderr, "%s: --keyness-top: at least 1\n", prog);
                goto done;
            }
            o.keyness_top = (size_t)v;
            break;
        case 14:
            if (fsc_prior_parse(optarg, &o.prior) != FSC_OK) {
                fprintf(stderr,
                        "%s: unknown prior \"%s\" (pooled, "
                        "uniform, corpus)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 16:
            if (fsc_compare_period_parse(optarg, &o.period) != FSC_OK) {
                fprintf(stderr,
                        "%s: unknown period \"%s\" (day, week, month, "
                        "none)\n",
                        prog, optarg);
                goto done;
            }
            break;
        case 17: {
            const char *comma = strchr(optarg, ',');
            if (!comma || comma == optarg || !comma[1] ||
                strchr(comma + 1, ',')) {
                fprintf(stderr,
                        "%s: --contrast \"%s\": expected two category ids "
                        "A,B\n",
                        prog, optarg);
                goto done;
            }
            if (strv_add(&contrasts, optarg))
                goto done;
            break;
        }
        case 15: {
            char *end;
            o.prior_a0 = strtod(optarg, &end);
            if (*end || !(o.prior_a0 > 0 && o.prior_a0 < 1e12)) {
                fprintf(stderr, "%s: --prior-a0: expected a number > 0\n",
                        prog);
                goto done;
            }
            break;
        }
        case 7:
            if (cli_parse_option_uint(prog, "--bootstrap", optarg, 10000000, &v))
                goto done;
            o.bootstrap = (size_t)v;
            break;
        case 8:
            if (cli_parse_option_uint(prog, "--permutations", optarg, 100000000, &v))
                goto done;
            o.permutations = (size_t)v;
            break;
        case 9:
            if (cli_parse_option_uint(prog, "--seed", optarg, ~0ULL, &v))
                goto done;
            o.seed = v;
            break;
        case 18: {
            int t;
            if (cli_parse_test(prog, optarg, &t))
                goto done;
            o.test = (fsc_primary_test)t;
            break;
        }
        case 19:
            if (cli_parse_min_effect(prog, optarg, &o.min_effect))
                goto done;
            break;
        case 21:
            o.all_layers = 1;
            break;
        case 20: {
            unsigned long long mg;
            if (cli_parse_option_uint(prog, "--min-group", optarg, 1000000000,
                                      &mg))
                goto done;
            o.min_group = (size_t)mg;
            break;
        }
        case 10: {
            char *end;
            o.alpha = strtod(optarg, &end);
            if (*end || !(o.alpha > 0 && o.alpha < 1)) {
                fprintf(stderr, "%s: --alpha: expected a number in (0, 1)\n",
                        prog);
                goto done;
            }
            break;
        }
        case 'l':
            if (strv_add(&lexicons, optarg))
                goto done;
            break;
        case 'j':
            if (cli_parse_option_uint(prog, "--threads", optarg, 64, &v) || v == 0) {
                if (v == 0)
                    fprintf(stderr, "%s: --threads: at least 1\n", prog);
                goto done;
            }
            o.threads = (unsigned)v;
            break;
        case 'f':
            if (strcmp(optarg, "table") == 0)
                fmt = FSC_COMPARE_TABLE;
            else if (strcmp(optarg, "json") == 0)
                fmt = FSC_COMPARE_JSON;
            else if (strcmp(optarg, "csv") == 0)
                fmt = FSC_COMPARE_CSV;
            else {
                fprintf(stderr, "%s: unknown format \"%s\" (table, json, "
                        "csv)\n", prog, optarg);
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
            fprintf(stderr, "Try 'framescope compare --help'\n");
            goto done;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "%s: no input (use '-' for standard input)\n", prog);
        usage(stderr);
        goto done;
    }
    if (cli_output_check(prog, output, argv + 1, (size_t)(argc - 1)))
        goto done;
    o.where = where.v;
    o.n_where = where.n;
    o.categories = cats.v;
    o.n_categories = cats.n;
    if (fsc_compare_new(&o, &c, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    for (size_t i = 0; i < lexicons.n; i++)
        if (declare_lexicon(c, lexicons.v[i], &e))
            goto done;
    for (size_t i = 0; i < contrasts.n; i++) {
        const char *s = contrasts.v[i], *comma = strchr(s, ',');
        size_t la = (size_t)(comma - s);
        char *a = malloc(la + 1);
        if (!a)
            goto done;
        memcpy(a, s, la);
        a[la] = '\0';
        fsc_status cst = fsc_compare_declare_contrast(c, a, comma + 1, &e);
        free(a);
        if (cst != FSC_OK) {
            cli_print_error(prog, &e);
            goto done;
        }
    }
    cli_progress_start(&progress, prog, "rows", quiet, argv + optind,
                       (size_t)(argc - optind));
    for (int i = optind; i < argc; i++)
        if (feed_file(c, argv[i], &e)) {
            cli_progress_end(&progress);
            goto done;
        }
    cli_progress_end(&progress);
    if (fsc_compare_run(c, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    const fsc_compare_result *r = fsc_compare_result_get(c);
    size_t len;
    if (fsc_compare_render(r, fmt, &text, &len, &e) != FSC_OK) {
        cli_print_error(prog, &e);
        goto done;
    }
    if (cli_output_write(prog, output, text, len) != 0)
        goto done;
    if (!quiet) {
        fprintf(stderr,
                "%s: %zu rows read, %zu used, %zu skipped, %zu filtered out, "
                "%zu invalid; %zu groups, %zu categories\n",
                prog, r->rows_read, r->rows_used, r->rows_skipped,
                r->rows_filtered, r->rows_invalid, r->n_groups,
                r->n_categories);
        if (r->keyness_reason)
            fprintf(stderr, "%s: keyness: %s\n", prog, r->keyness_reason);
        for (size_t i = 0; i < r->n_invalid_reasons; i++)
            fprintf(stderr, "%s: invalid: %s\n", prog,
                    r->invalid_reasons[i].reason);
    }
    rc = r->rows_invalid ? EXIT_INVALID : 0;
done:
    fsc_free(text);
    fsc_compare_free(c);
    free(where.v);
    free(cats.v);
    free(lexicons.v);
    free(contrasts.v);
    return rc;
}
