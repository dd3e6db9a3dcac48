/*
 * commands.h - subcommands of the `framescope` executable, one file each.
 * Each takes the arguments after the program name (argv[0] is the command
 * name) and returns the exit status: 0 ok, 1 input skipped or invalid,
 * 2 usage or fatal error.
 */
#ifndef FSC_CLI_COMMANDS_H
#define FSC_CLI_COMMANDS_H

int fsc_cli_compare(int argc, char **argv); /* cli/compare.c */
int fsc_cli_kwic(int argc, char **argv);    /* cli/kwic.c */
int fsc_cli_report(int argc, char **argv);  /* cli/report.c */
int fsc_cli_show(int argc, char **argv);    /* cli/show.c */
int fsc_cli_terms(int argc, char **argv);   /* cli/terms.c */
/* cli/lexconvert.c: framescope lexicon convert ARGS (after "convert") */
int cli_lexicon_convert(const char *prog, int argc, char **argv);
int fsc_cli_validate(int argc, char **argv); /* cli/validate.c */

#endif
