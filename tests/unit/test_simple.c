/*
 * test_simple.c - framescope/simple.h, the bindings' entry point: model
 * loading (bundled and explicit lexicons, errors), one row per text,
 * skipped records, and one model shared by threads. (The rows are compared
 * with the CLI's byte for byte by the bindings.python and bindings.r tests;
 * this one also runs under the sanitizers.)
 */
#define _POSIX_C_SOURCE 200809L
#include "framescope/framescope.h"
#include "framescope/simple.h"
#include "th.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static const char *TEXT =
    "Azerbaijan's defence ministry said the Armenian separatists had "
    "violated the ceasefire in Nagorno-Karabakh, according to officials.";

typedef struct job {
    const fsc_simple *m;
    const char *want;
    int ok;
} job;

static void *worker(void *arg)
{
    job *j = arg;
    j->ok = 1;
    for (int i = 0; i < 20; i++) {
        char *row = NULL, err[256];
        size_t len = 0;
        if (fsc_simple_score(j->m, TEXT, strlen(TEXT), "a1", "x", NULL, "en",
                             NULL, 1, &row, &len, err, sizeof err) != 0 ||
            strcmp(row, j->want) != 0)
            j->ok = 0;
        fsc_simple_free(row);
    }
    return NULL;
}

int main(void)
{
    setenv("FRAMESCOPE_LEXICONS", FSC_SOURCE_DIR "/lexicons", 1);
    TH_EQ_INT(fsc_simple_abi(), FSC_SIMPLE_ABI);
    TH_EQ_STR(fsc_simple_default_lexicons(), FSC_SOURCE_DIR "/lexicons");

    char err[256];
    fsc_simple *m = NULL;
    TH_EQ_INT(fsc_simple_open(NULL, 0, 0, &m, err, sizeof err), FSC_OK);
    TH_CHECK(m != NULL);
    if (!m)
        return 1;
    TH_CHECK(fsc_simple_n_categories(m) > 10);
    TH_CHECK(fsc_simple_category(m, 0) != NULL);
    TH_CHECK(fsc_simple_category(m, fsc_simple_n_categories(m)) == NULL);

    char *row = NULL;
    size_t len = 0;
    TH_EQ_INT(fsc_simple_score(m, TEXT, strlen(TEXT), "a1", "x", NULL, "en",
                               NULL, 1, &row, &len, err, sizeof err),
              FSC_OK);
    TH_CHECK(row && strlen(row) == len && len > 0 && row[len - 1] == '}');
    TH_CHECK(row && strncmp(row, "{\"id\":\"a1\",\"outlet\":\"x\"", 23) == 0);
    TH_CHECK(row && strstr(row, "\"status\":\"scored\"") != NULL);
    TH_CHECK(row && strstr(row, "\"matches\":[") != NULL);
    TH_CHECK(row && strstr(row, "karabakh-2023:") != NULL);

    /* The same text from four threads at once gives the same row. */
    job jobs[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (job){ m, row, 0 };
        pthread_create(&th[i], NULL, worker, &jobs[i]);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        TH_CHECK(jobs[i].ok);
    }
    fsc_simple_free(row);

    /* Without matches; a blank text is a skipped row, not a failure. */
    TH_EQ_INT(fsc_simple_score(m, TEXT, strlen(TEXT), NULL, NULL, NULL, "en",
                               NULL, 0, &row, &len, err, sizeof err),
              FSC_OK);
    TH_CHECK(row && strstr(row, "\"matches\":[") == NULL);
    fsc_simple_free(row);
    TH_EQ_INT(fsc_simple_score(m, "  ", 2, "blank", NULL, NULL, NULL, NULL, 1,
                               &row, &len, err, sizeof err),
              FSC_OK);
    TH_CHECK(row && strstr(row, "\"status\":\"skipped\"") != NULL);
    TH_CHECK(row && strstr(row, "empty text") != NULL);
    fsc_simple_free(row);
    TH_EQ_INT(fsc_simple_score(NULL, "x", 1, NULL, NULL, NULL, NULL, NULL, 1,
                               &row, &len, err, sizeof err),
              FSC_EINVAL);
    TH_CHECK(row == NULL);
    fsc_simple_close(m);

    /* Explicit lexicons; a missing one fails with a message. */
    const char *one[] = { FSC_SOURCE_DIR "/lexicons/karabakh-2023.json" };
    TH_EQ_INT(fsc_simple_open(one, 1, 1, &m, err, sizeof err), FSC_OK);
    TH_CHECK(m && fsc_simple_n_categories(m) > 0);
    for (size_t i = 0; m && i < fsc_simple_n_categories(m); i++)
        TH_CHECK(strncmp(fsc_simple_category(m, i), "karabakh-2023:", 14) == 0);
    fsc_simple_close(m);
    const char *bad[] = { "/nonexistent/lexicon.json" };
    m = (fsc_simple *)1;
    TH_CHECK(fsc_simple_open(bad, 1, 0, &m, err, sizeof err) != FSC_OK);
    TH_CHECK(m == NULL);
    TH_CHECK(strstr(err, "/nonexistent/lexicon.json") != NULL);
    fsc_simple_close(NULL);
    fsc_simple_free(NULL);
    return th_failures != 0;
}
