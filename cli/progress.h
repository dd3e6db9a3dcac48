/*
 * progress.h - progress of long runs on standard error: records, megabytes
 * read, records per second and, when the input's size is known (regular
 * files, .gz included: the compressed bytes read against the file size),
 * the time left. Shown only when standard error is a terminal and --quiet
 * was not given, and only once a run has taken a second; the line is
 * rewritten in place (\r) at most four times a second and erased at the end.
 * FRAMESCOPE_PROGRESS=1 forces it on, =0 off, =now on from the first
 * record at every tick (tests).
 */
#ifndef FSC_CLI_PROGRESS_H
#define FSC_CLI_PROGRESS_H

#include <stddef.h>

typedef struct cli_progress {
    int on;             /* showing is allowed (terminal, not quiet) */
    int shown;          /* a line is on the terminal */
    int eager;          /* FRAMESCOPE_PROGRESS=now */
    const char *prog;   /* "framescope" */
    const char *what;   /* "records", "rows" */
    double t0, last;    /* start, last redraw (seconds) */
    double total;       /* bytes of the inputs, 0 when unknown */
    char *const *paths; /* inputs (borrowed), for their read positions */
    size_t n_paths;
    unsigned calls;     /* ticks since the last clock read */
} cli_progress;

/** Start; `quiet` turns it off. paths[0..n) are the inputs (borrowed). */
void cli_progress_start(cli_progress *p, const char *prog, const char *what,
                        int quiet, char *const *paths, size_t n_paths);

/** `records` done so far; `bytes` read so far, or 0 to look it up. */
void cli_progress_tick(cli_progress *p, size_t records, double bytes);

/** Erase the line (when one was drawn). */
void cli_progress_end(cli_progress *p);

#endif
