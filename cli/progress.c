/*
 * progress.c - see progress.h.
 *
 * The bytes read are the positions of the inputs' open file descriptors
 * (/proc/self/fdinfo on Linux), so no reader needs to report them: a
 * finished file counts whole, an open one by its position, a file not
 * reached yet by nothing. Elsewhere only records and the rate are shown.
 */
#define _DEFAULT_SOURCE
#define _POSIX_C_SOURCE 200809L
#include "progress.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void cli_progress_start(cli_progress *p, const char *prog, const char *what,
                        int quiet, char *const *paths, size_t n_paths)
{
    memset(p, 0, sizeof *p);
    p->prog = prog;
    p->what = what;
    p->paths = paths;
    p->n_paths = n_paths;
    const char *env = getenv("FRAMESCOPE_PROGRESS");
    if (env && *env) {
        p->on = !quiet && strcmp(env, "0") != 0;
        p->eager = strcmp(env, "now") == 0;
    }
    else
        p->on = !quiet && isatty(STDERR_FILENO);
    p->t0 = p->last = now();
    for (size_t i = 0; i < n_paths && p->on; i++) {
        struct stat sb;
        if (strcmp(paths[i], "-") == 0 || stat(paths[i], &sb) != 0 ||
            !S_ISREG(sb.st_mode)) {
            p->total = 0; /* standard input or a directory: size unknown */
            break;
        }
        p->total += (double)sb.st_size;
    }
}

/* Bytes read of the inputs: finished files whole, open ones by position. */
static double bytes_read(const cli_progress *p)
{
#ifdef __linux__
    double sum = 0;
    int open_seen = 0;
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    struct dirent *de;
    double open_pos = 0;
    size_t open_idx = p->n_paths;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        char lp[320], target[PATH_MAX];
        snprintf(lp, sizeof lp, "/proc/self/fd/%s", de->d_name);
        ssize_t n = readlink(lp, target, sizeof target - 1);
        if (n <= 0)
            continue;
        target[n] = '\0';
        for (size_t i = 0; i < p->n_paths; i++) {
            char rp[PATH_MAX];
            if (!realpath(p->paths[i], rp) || strcmp(rp, target) != 0)
                continue;
            char ip[320];
            snprintf(ip, sizeof ip, "/proc/self/fdinfo/%s", de->d_name);
            FILE *f = fopen(ip, "r");
            long long pos = 0;
            if (f) {
                if (fscanf(f, "pos: %lld", &pos) != 1)
                    pos = 0;
                fclose(f);
            }
            open_pos = (double)pos;
            open_idx = i;
            open_seen = 1;
            break;
        }
    }
    closedir(d);
    if (!open_seen)
        return -1;
    for (size_t i = 0; i < open_idx; i++) {
        struct stat sb;
        if (stat(p->paths[i], &sb) == 0)
            sum += (double)sb.st_size;
    }
    return sum + open_pos;
#else
    (void)p;
    return -1;
#endif
}

void cli_progress_tick(cli_progress *p, size_t records, double bytes)
{
    if (!p->on || ((++p->calls & 7u) != 0 && !p->eager))
        return;
    double t = now();
    if (!p->eager && (t - p->t0 < 1.0 || t - p->last < 0.25))
        return;
    p->last = t;
    if (bytes <= 0)
        bytes = bytes_read(p);
    double el = t - p->t0 > 1e-3 ? t - p->t0 : 1e-3;
    char line[200];
    int n = snprintf(line, sizeof line, "%s: %zu %s", p->prog, records,
                     p->what);
    if (bytes > 0)
        n += snprintf(line + n, sizeof line - (size_t)n, ", %.1f MB",
                      bytes / 1e6);
    n += snprintf(line + n, sizeof line - (size_t)n, ", %.0f %s/s",
                  (double)records / el, p->what);
    if (bytes > 0 && p->total > 0 && bytes < p->total) {
        double left = el * (p->total - bytes) / bytes;
        n += snprintf(line + n, sizeof line - (size_t)n,
                      ", %.0f%%, ETA %d:%02d", 100 * bytes / p->total,
                      (int)(left / 60), (int)left % 60);
    }
    fprintf(stderr, "\r%s\033[K", line);
    fflush(stderr);
    p->shown = 1;
}

void cli_progress_end(cli_progress *p)
{
    if (p->shown) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
    p->shown = 0;
}
