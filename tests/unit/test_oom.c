/*
 * test_oom.c - scoring when memory runs out. Every malloc, calloc and
 * realloc made by the library while it scores a small corpus fails in
 * turn (the n-th call, for n = 1, 2, ... until a run makes fewer calls):
 * the run either stops with FSC_ENOMEM and a message, or succeeds with
 * exactly the output of a run with no failure (nothing is lost in
 * silence); it never crashes or leaks (the sanitizer builds run this
 * too). One thread and two. Loading, compiling and the analyzer too. The
 * allocators are wrapped at link time (tests/CMakeLists.txt:
 * -Wl,--wrap=malloc,...), so only the library's own calls fail, not ICU's or
 * cJSON's.
 */
#define _POSIX_C_SOURCE 200809L
#include "bundled_model.h"
#include "framescope/score.h"
#include "th.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t k);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t k);
void *__wrap_realloc(void *p, size_t n);

static atomic_long calls;
static atomic_long fail_at; /* 0: never */

/* Called at each failed allocation: a place for a debugger's breakpoint
 * ("break oom_hit" shows the stack of the call that failed). */
void oom_hit(void);
__attribute__((noinline)) void oom_hit(void)
{
    __asm__ volatile("");
}
static int fail_now(void)
{
    long at = atomic_load(&fail_at);
    int f = at > 0 && atomic_fetch_add(&calls, 1) + 1 == at;
    if (f)
        oom_hit();
    return f;
}

void *__wrap_malloc(size_t n)
{
    return fail_now() ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t k)
{
    return fail_now() ? NULL : __real_calloc(n, k);
}

void *__wrap_realloc(void *p, size_t n)
{
    return fail_now() ? NULL : __real_realloc(p, n);
}

/* Our own records in three languages, with a title, quotations and
 * reports, and records skipped for a reason. */
static const char corpus[] =
    "{\"id\":\"a\",\"title\":\"Shelling near the border\",\"text\":\"The "
    "army shelled the village, an official said. \\\"We fled the "
    "occupation,\\\" Ann Lopez told reporters. She added that Karabakh "
    "talks had stalled.\"}\n"
    "{\"id\":\"b\",\"text\":\"\"}\n"
    "{\"id\":\"c\",\"lang\":\"ru\",\"text\":\"Министр заявил, что "
    "переговоры продолжатся. По словам источника, обстрел прекратился.\"}\n"
    "not a record\n"
    "{\"id\":\"d\",\"lang\":\"ar\",\"text\":\"قال المتحدث إن القصف توقف. "
    "وأكد مصدر مسؤول أن المحادثات ستستمر.\"}\n";

typedef struct sink {
    char *data;
    size_t len;
} sink;

/* (the test's own buffer: its realloc is wrapped too, so it may fail) */
static fsc_status put(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    char *p = __real_realloc(s->data, s->len + len + 1);
    if (!p)
        return FSC_ENOMEM;
    memcpy(p + s->len, data, len);
    s->data = p;
    s->len += len;
    p[s->len] = '\0';
    return FSC_OK;
}

/* One run with the n-th allocation failing (0: none): its status, its
 * output in *out, and in *made the number of allocations it made. */
static fsc_status run(unsigned threads, long n, sink *out, long *made,
                      fsc_error *e)
{
    fsc_reader *r = NULL;
    fsc_tally *t = NULL;
    fsc_score_opts o;
    fsc_score_opts_init(&o);
    o.threads = threads;
    if (fsc_reader_open_mem(corpus, sizeof corpus - 1, "own", NULL, &r, e) !=
            FSC_OK ||
        fsc_tally_new(model, &t, e) != FSC_OK) {
        fsc_reader_free(r);
        return FSC_EINVAL;
    }
    atomic_store(&calls, 0);
    atomic_store(&fail_at, n);
    fsc_status st = fsc_score_run(model, r, &o, put, out, t, e);
    atomic_store(&fail_at, 0);
    *made = atomic_load(&calls);
    fsc_tally_free(t);
    fsc_reader_free(r);
    return st;
}

static void check_threads(unsigned threads)
{
    sink ref = { 0 };
    fsc_error e;
    long made = 0;
    TH_EQ_INT(run(threads, 0, &ref, &made, &e), FSC_OK);
    TH_CHECK(ref.len > 0);
    long failed = 0, ok = 0;
    for (long n = 1; n < 200000; n++) {
        sink out = { 0 };
        memset(&e, 0, sizeof e);
        fsc_status st = run(threads, n, &out, &made, &e);
        if (st == FSC_OK) {
            /* the failure was absorbed: nothing may be missing */
            if (!(out.len == ref.len &&
                  memcmp(out.data, ref.data, ref.len) == 0)) {
                fprintf(stderr,
                        "threads %u, allocation %ld failed: output "
                        "differs with status OK\n",
                        threads, n);
                th_failures++;
            }
            ok++;
        } else {
            if (st != FSC_ENOMEM || e.msg[0] == '\0') {
                fprintf(stderr,
                        "threads %u, allocation %ld failed: status "
                        "%d, message \"%s\"\n",
                        threads, n, (int)st, e.msg);
                th_failures++;
            }
            failed++;
        }
        free(out.data);
        if (made < n)
            break; /* this run made fewer calls: every one has failed once */
    }
    fprintf(stderr, "threads %u: %ld runs stopped with ENOMEM, %ld succeeded\n",
            threads, failed, ok);
    TH_CHECK(failed > 0);
    free(ref.data);
}

/* Loading a lexicon, compiling a model of it and an analyzer for it, with
 * the n-th allocation failing: FSC_ENOMEM (or a status of its own) with a
 * message naming the trouble, or success; never a crash or a leak. */
static void check_load(const char *name)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/data/lexicons/%s", FSC_SOURCE_DIR,
             name);
    long failed = 0;
    for (long n = 1; n < 200000; n++) {
        fsc_lexicon *lx = NULL;
        fsc_model *m = NULL;
        fsc_analyzer *a = NULL;
        fsc_error e;
        memset(&e, 0, sizeof e);
        atomic_store(&calls, 0);
        atomic_store(&fail_at, n);
        fsc_status st = fsc_lexicon_load(path, NULL, &lx, &e);
        if (st == FSC_OK)
            st = fsc_model_compile((const fsc_lexicon *const *)&lx, 1, NULL, &m,
                                   &e);
        if (st == FSC_OK)
            st = fsc_analyzer_new(m, &a, &e);
        atomic_store(&fail_at, 0);
        long made = atomic_load(&calls);
        if (st != FSC_OK) {
            failed++;
            if (e.msg[0] == '\0') {
                fprintf(stderr,
                        "%s, allocation %ld failed: status %d with "
                        "no message\n",
                        name, n, (int)st);
                th_failures++;
            }
        }
        fsc_analyzer_free(a);
        fsc_model_free(m);
        fsc_lexicon_free(lx);
        if (made < n)
            break;
    }
    TH_CHECK(failed > 0);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    check_load("attrs.json");
    check_load("small.yml");
    check_load("J-MFD_2018r1.dic");
    check_threads(1);
    check_threads(2);
    TH_DONE();
}
