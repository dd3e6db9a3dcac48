/*
 * th.h - minimal test helpers: each check prints file:line and the values on
 * failure and makes the test program exit non-zero at the end.
 */
#ifndef FSC_TH_H
#define FSC_TH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int th_failures;

#define TH_CHECK(cond)                                                       \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            th_failures++;                                                   \
        }                                                                    \
    } while (0)

#define TH_EQ_INT(a, b)                                               \
    do {                                                              \
        long long th_a = (long long)(a), th_b = (long long)(b);       \
        if (th_a != th_b) {                                           \
            fprintf(stderr, "%s:%d: %s == %s failed: %lld != %lld\n", \
                    __FILE__, __LINE__, #a, #b, th_a, th_b);          \
            th_failures++;                                            \
        }                                                             \
    } while (0)

#define TH_EQ_STR(a, b)                                                   \
    do {                                                                  \
        const char *th_a = (a), *th_b = (b);                              \
        if (!th_a || !th_b || strcmp(th_a, th_b) != 0) {                  \
            fprintf(stderr, "%s:%d: %s == %s failed: \"%s\" != \"%s\"\n", \
                    __FILE__, __LINE__, #a, #b, th_a ? th_a : "(null)",   \
                    th_b ? th_b : "(null)");                              \
            th_failures++;                                                \
        }                                                                 \
    } while (0)

/* The whole file at path, NUL-terminated, its length in *len (when len is
 * not NULL); NULL when it cannot be read. The caller frees it. */
static inline char *th_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *b = NULL;
    long n = -1;
    if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
        fseek(f, 0, SEEK_SET) == 0)
        b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    if (b) {
        b[n] = '\0';
        if (len)
            *len = (size_t)n;
    }
    return b;
}

#define TH_DONE()                                                 \
    do {                                                          \
        if (th_failures)                                          \
            fprintf(stderr, "%d check(s) failed\n", th_failures); \
        return th_failures ? 1 : 0;                               \
    } while (0)

#endif
