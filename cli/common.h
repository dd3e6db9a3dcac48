/*
 * common.h - pieces the `framescope` subcommands share: error printing,
 * string lists, number parsing and finding and loading the lexicons (the
 * bundled set or --lexicon paths). Command-line plumbing only; every
 * analysis goes through the public API.
 */
#ifndef FSC_CLI_COMMON_H
#define FSC_CLI_COMMON_H

#include "framescope/framescope.h"
#include "framescope/lexicon.h"

#include <stddef.h>
#include <stdio.h>

/** Print `prog: where:line:col: msg` (the parts that are known) to stderr. */
void cli_print_error(const char *prog, const fsc_error *e);

/** A growable list of owned strings. Zero-initialise; free with
 *  cli_strlist_free(). */
typedef struct cli_strlist {
    char **v;      /* n strings, each malloc'ed */
    size_t n, cap; /* used and allocated slots */
} cli_strlist;

int cli_strlist_add(cli_strlist *l, const char *s); /* 0, or -1 no memory */
void cli_strlist_free(cli_strlist *l);

/** Parse a decimal number in [0, max]; 0, or -1 when it is not one. */
int cli_parse_uint(const char *s, unsigned long long max,
                   unsigned long long *out);

/** cli_parse_uint for option `opt`, printing "PROG: OPT: expected a
 *  number ..." on stderr when s is not a number from 0 to max. */
int cli_parse_option_uint(const char *prog, const char *opt, const char *s,
                          unsigned long long max, unsigned long long *out);

/**
 * 0 when `path` names a dictionary format framescope reads (by extension,
 * any case: .json, .dic, .dicx, .cat, .yml, .yaml, .lc3, .lcd); otherwise
 * prints "PROG: PATH: unknown dictionary format ..." naming the formats and
 * returns -1 (rather than a JSON syntax error from reading it as JSON).
 */
int cli_lexicon_format_check(const char *prog, const char *path);

/** Loaded lexicons, owned. Zero-initialise; free with cli_lexset_free(). */
typedef struct cli_lexset {
    fsc_lexicon **v; /* n lexicons */
    size_t n;
} cli_lexset;

void cli_lexset_free(cli_lexset *ls);

/**
 * Load lexicon paths (files, or directories whose files of every format
 * framescope reads are loaded in sorted order; framescope/lexset.h, which
 * the bindings use too). With no paths, load the bundled set: the
 * framing lexicons of $FRAMESCOPE_LEXICONS (else the ones installed beside
 * the program, or the source tree's), then its attribution/ subdirectory
 * (reporting cues and actors, which give every match its voice). With
 * paths and `support`, the bundled modifiers.json and attribution/ are
 * loaded after them (skipping any whose lexicon name is already loaded),
 * so a user's framing lexicon keeps negation, hedges and voices; without
 * `support` (--no-bundled), only the paths. Errors are printed with
 * `prog`; returns 0, or -1 on failure (out is then empty).
 */
int cli_load_lexicons(const char *prog, const cli_strlist *paths,
                      int support, cli_lexset *out);

/**
 * An input file read whole or in chunks, gzip-compressed or not (zlib reads
 * a plain file as it is): score rows and gold files may be .gz. "-" is
 * standard input. Zero-initialise; cli_input_open, then cli_input_read
 * until it returns 0 (end) or -1 (error, printed), then cli_input_close.
 */
typedef struct cli_input {
    void *gz;         /* zlib's gzFile */
    const char *path; /* for messages (borrowed) */
} cli_input;

int cli_input_open(const char *prog, const char *path, cli_input *in);
long cli_input_read(const char *prog, cli_input *in, char *buf, size_t cap);
void cli_input_close(cli_input *in);

/** The whole input (cli_input_*) into *data (malloc'ed, NUL after the last
 *  byte) and *len; 0, or -1 with the reason printed. */
int cli_input_slurp(const char *prog, const char *path, char **data,
                    size_t *len);

/** --test, --min-effect, --min-group of compare and report: parse into
 *  the compare options' fields; 0, or -1 with the message printed. */
int cli_parse_test(const char *prog, const char *s, int *test);
int cli_parse_min_effect(const char *prog, const char *s, double *out);

#define CLI_FINDINGS_HELP                                                      \
    "  --test T              the test of the differences stated in words:\n"   \
    "                        mann-whitney (default; size: Cliff's delta) or\n"  \
    "                        welch (size: Hedges' g)\n"                         \
    "  --min-effect E        smallest |effect| stated (default 0.147 for\n"    \
    "                        Cliff's delta, 0.2 for Hedges' g)\n"               \
    "  --min-group N         groups with fewer articles are not compared in\n" \
    "                        words (default 30)\n"

/** The --no-bundled option's help line, shared by the commands. */
#define CLI_NO_BUNDLED_HELP                                                    \
    "      --no-bundled      with --lexicon: use only those files (by "          \
    "default\n"                                                                \
    "                        the bundled modifiers and attribution layer "      \
    "come\n"                                                                   \
    "                        along, for negation, hedges and voices)\n"

/**
 * 0 when `output` (NULL or "-" mean standard output) is none of the files
 * inputs[0..n) ("-", inputs that cannot be stat'ed and the pointer `output`
 * itself are skipped, so a command may pass all of argv; the same file is
 * the same device and inode, so links and other spellings count).
 * Otherwise prints "PROG: OUTPUT: is also an input ..." and returns -1:
 * writing there would destroy the input.
 */
int cli_output_check(const char *prog, const char *output,
                     char *const *inputs, size_t n);

/**
 * An output file written safely: to a temporary file beside `path` that
 * replaces `path` only when everything was written (cli_output_close), so a
 * failed run never leaves a partial file that looks complete, nor
 * truncates an existing one. With path NULL or "-", standard output.
 * Zero-initialise; after cli_output_open, end with cli_output_close or
 * cli_output_discard.
 */
typedef struct cli_output {
    FILE *f;   /* write here: the temporary file, or stdout */
    char *path; /* final path (owned), NULL for standard output */
    char *tmp;  /* temporary path (owned), NULL for standard output */
} cli_output;

/** Create the temporary file; 0, or -1 with the reason printed. */
int cli_output_open(const char *prog, const char *path, cli_output *o);

/** Flush and close, then rename the temporary file over the path; 0, or
 *  -1 with the reason printed (the temporary file is then removed). */
int cli_output_close(const char *prog, cli_output *o);

/** Close and remove the temporary file (no-op for standard output). */
void cli_output_discard(cli_output *o);

/** cli_output_open + write data[0..len) + cli_output_close. */
int cli_output_write(const char *prog, const char *path, const char *data,
                     size_t len);

#endif
