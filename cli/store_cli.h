/*
 * store_cli.h - the --db option (an SQLite results store) of the commands.
 */
#ifndef FSC_CLI_STORE_H
#define FSC_CLI_STORE_H

#include "common.h"

#include "framescope/analyzer.h"
#include "framescope/score.h"

typedef struct fsc_store fsc_store;

/** score --db PATH: open the store, start a run (printing why it scores
 *  what it scores unless quiet) and hook it into *so. txt_headline: the
 *  reader's fsc_reader_opts.txt_headline (it changes rows of .txt files).
 *  0 or -1 (printed). */
int cli_db_score_begin(const char *prog, const char *path,
                       const cli_lexset *lx, const fsc_model_opts *mo,
                       fsc_score_opts *so, int txt_headline,
                       const char *command, int keep_text, int quiet,
                       fsc_store **out);
/** Finish the run and close the store. 0 or -1 (printed). */
int cli_db_score_end(const char *prog, const char *path, fsc_store *st,
                     const fsc_tally *t, int quiet);
/** A write function that drops its output (score --db without -o). */
fsc_status cli_db_discard(void *ctx, const char *data, size_t len);

/** Run cmd(argc, argv), replacing "--db PATH" by the store's rows on
 *  standard input ("-"). */
int cli_db_run(const char *prog, int argc, char **argv,
               int (*cmd)(int, char **));
/** As cli_db_run, but standard input gets the stored articles (metadata
 *  and text, JSON Lines; needs a store scored with --db-text) instead of
 *  the rows: for commands that read a corpus (kwic). */
int cli_db_run_articles(const char *prog, int argc, char **argv,
                        int (*cmd)(int, char **));

#endif
