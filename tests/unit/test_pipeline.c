/*
 * test_pipeline.c - what the threaded pipeline keeps between batches:
 * a tally note (fsc__tally_note) adds exactly what fsc_tally_add adds, so
 * records and results can be freed before they are written; the corpus
 * tally and output of `score` are the same at 1 and 3 threads; the
 * calling thread scores batches too, and every write and row call is on
 * it; buffers give back an oversized allocation when trimmed; the names
 * the JSON writer prepares for a run change no byte of a row, nor the
 * size at which a row is over its limit.
 */
#define _POSIX_C_SOURCE 200809L
#include "buf.h"
#include "bundled_model.h"
#include "framescope/score.h"
#include "score_render.h"
#include "tally.h"
#include "th.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Our own records: scored ones in three languages, with and without a
 * title, and records skipped for several reasons. */
static const char corpus[] =
    "{\"id\":\"a\",\"title\":\"Shelling near the border\",\"text\":\"The "
    "army shelled the village, an official said. Residents said they fled "
    "the occupation. Karabakh talks stalled.\"}\n"
    "{\"id\":\"b\",\"text\":\"\"}\n"
    "{\"id\":\"c\",\"lang\":\"ru\",\"text\":\"Министр заявил, что "
    "переговоры продолжатся. По словам источника, обстрел прекратился.\"}\n"
    "not a record\n"
    "{\"id\":\"d\",\"lang\":\"ar\",\"text\":\"قال المتحدث إن القصف توقف. "
    "وأكد مصدر مسؤول أن المحادثات ستستمر.\"}\n"
    "{\"id\":\"e\",\"text\":7}\n"
    "{\"id\":\"f\",\"text\":\"Nothing here but weather: rain and wind all "
    "week, the forecast said.\"}\n"
    "{\"id\":\"g\",\"text\":\"According to witnesses, the occupation "
    "forces did not withdraw. Azerbaijan and Armenia signed nothing.\"}\n";

static fsc_reader *open_corpus(const char *name)
{
    fsc_reader *r = NULL;
    fsc_error e;
    if (name) {
        const char *in[] = { name };
        TH_EQ_INT(fsc_reader_open(in, 1, NULL, &r, &e), FSC_OK);
    } else {
        TH_EQ_INT(
            fsc_reader_open_mem(corpus, sizeof corpus - 1, "own", NULL, &r, &e),
            FSC_OK);
    }
    return r;
}

static void tally_same(const fsc_tally *a, const fsc_tally *b)
{
    size_t nc = fsc_model_n_categories(model);
    size_t nl = fsc_model_n_lexicons(model);
    TH_CHECK(a->read == b->read);
    TH_CHECK(a->scored == b->scored);
    TH_CHECK(a->skipped == b->skipped);
    TH_CHECK(a->tokens == b->tokens);
    TH_CHECK(a->n_reasons == b->n_reasons);
    for (size_t i = 0; i < a->n_reasons && i < b->n_reasons; i++)
        TH_EQ_STR(a->reasons[i], b->reasons[i]);
    TH_CHECK(!memcmp(a->articles, b->articles, nc * sizeof *a->articles));
    TH_CHECK(!memcmp(a->count, b->count, nc * sizeof *a->count));
    TH_CHECK(!memcmp(a->negated, b->negated, nc * sizeof *a->negated));
    TH_CHECK(!memcmp(a->weighted, b->weighted, nc * sizeof *a->weighted));
    TH_CHECK(!memcmp(a->out_of_scope, b->out_of_scope,
                     nc * sizeof *a->out_of_scope));
    TH_CHECK(!memcmp(a->in_scope, b->in_scope, nl * sizeof *a->in_scope));
    TH_CHECK(
        !memcmp(a->out_matches, b->out_matches, nl * sizeof *a->out_matches));
}

/* Every record goes into one tally directly and into the other through a
 * note made and added after the record and result are freed. */
static void check_notes(const char *name, size_t min_records)
{
    fsc_reader *r = open_corpus(name);
    fsc_tally *direct = NULL, *noted = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_tally_new(model, &direct, &e), FSC_OK);
    TH_EQ_INT(fsc_tally_new(model, &noted, &e), FSC_OK);
    fsc_buf notes;
    fsc__buf_init(&notes, 0);
    size_t *offs = NULL, n = 0, cap = 0;
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &e), FSC_OK);
        if (eof)
            break;
        fsc_record *rec = NULL;
        fsc_result *res = NULL;
        TH_EQ_INT(fsc_record_parse(&raw, &rec, &e), FSC_OK);
        if (!fsc_record_skipped(rec))
            TH_EQ_INT(fsc_analyze_record(az, rec, 1, &res, &e), FSC_OK);
        TH_EQ_INT(fsc_tally_add(direct, rec, res), FSC_OK);
        if (n == cap) {
            cap = cap ? 2 * cap : 64;
            size_t *p = realloc(offs, cap * sizeof *p);
            TH_CHECK(p != NULL);
            if (!p)
                break;
            offs = p;
        }
        offs[n++] = notes.len;
        TH_EQ_INT(fsc__tally_note(model, rec, res, &notes), FSC_OK);
        fsc_result_free(res);
        fsc_record_free(rec);
    }
    for (size_t i = 0; i < n; i++)
        TH_EQ_INT(fsc__tally_add_note(noted, notes.data + offs[i]), FSC_OK);
    TH_CHECK(fsc_tally_read(direct) >= min_records);
    TH_CHECK(name || fsc_tally_skipped(direct) > 0);
    tally_same(direct, noted);
    free(offs);
    fsc__buf_free(&notes);
    fsc_tally_free(direct);
    fsc_tally_free(noted);
    fsc_reader_free(r);
}

typedef struct sink {
    char *data;
    size_t len;
} sink;

static fsc_status put(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    char *p = realloc(s->data, s->len + len + 1);
    if (!p)
        return FSC_ENOMEM;
    memcpy(p + s->len, data, len);
    s->data = p;
    s->len += len;
    p[s->len] = '\0';
    return FSC_OK;
}

static fsc_tally *score(const char *name, unsigned threads, fsc_score_format f,
                        sink *out)
{
    fsc_reader *r = open_corpus(name);
    fsc_tally *t = NULL;
    fsc_error e;
    fsc_score_opts o;
    fsc_score_opts_init(&o);
    o.threads = threads;
    o.format = f;
    TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
    TH_EQ_INT(fsc_score_run(model, r, &o, put, out, t, &e), FSC_OK);
    fsc_reader_free(r);
    return t;
}

/* The workers free records and results once rendered and the writing
 * thread adds their notes: the same tally, footer and rows as one thread,
 * which adds records directly. */
static void check_threads(const char *name, fsc_score_format f)
{
    sink one = { 0 }, three = { 0 };
    fsc_tally *t1 = score(name, 1, f, &one);
    fsc_tally *t3 = score(name, 3, f, &three);
    TH_CHECK(name || fsc_tally_skipped(t1) > 0);
    tally_same(t1, t3);
    TH_CHECK(one.len > 0 && one.len == three.len &&
             !memcmp(one.data, three.data, one.len));
    fsc_tally_free(t1);
    fsc_tally_free(t3);
    free(one.data);
    free(three.data);
}

/* A record whose output is over what a render buffer keeps (1 MiB) between
 * small ones: the worker hands its buffer on with the record instead of
 * copying it; the output is the same as on one thread. */
static void check_big_output(void)
{
    static const char unit[] =
        "The army shelled the village, an official said, and residents "
        "said the occupation forces fled. ";
    size_t reps = 6000;
    fsc_buf in;
    fsc__buf_init(&in, 0);
    TH_EQ_INT(fsc__buf_adds(&in, "{\"id\":\"small\",\"text\":\"The "
                                 "minister said talks stalled.\"}\n"
                                 "{\"id\":\"big\",\"text\":\""),
              FSC_OK);
    for (size_t i = 0; i < reps; i++)
        TH_EQ_INT(fsc__buf_adds(&in, unit), FSC_OK);
    TH_EQ_INT(fsc__buf_adds(&in, "\"}\n{\"id\":\"after\",\"text\":\"An "
                                 "official said the shelling went on.\"}\n"),
              FSC_OK);
    sink out[2] = { { 0 }, { 0 } };
    unsigned threads[2] = { 1, 2 };
    for (int k = 0; k < 2; k++) {
        fsc_reader *r = NULL;
        fsc_tally *t = NULL;
        fsc_error e;
        fsc_score_opts o;
        fsc_score_opts_init(&o);
        o.threads = threads[k];
        TH_EQ_INT(fsc_reader_open_mem(in.data, in.len, "big", NULL, &r, &e),
                  FSC_OK);
        TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
        TH_EQ_INT(fsc_score_run(model, r, &o, put, &out[k], t, &e), FSC_OK);
        TH_CHECK(fsc_tally_scored(t) == 3);
        fsc_tally_free(t);
        fsc_reader_free(r);
    }
    TH_CHECK(out[0].len > ((size_t)1 << 20) + 4096);
    TH_CHECK(out[0].len == out[1].len &&
             !memcmp(out[0].data, out[1].data, out[0].len));
    TH_CHECK(out[1].data && strstr(out[1].data, "\"id\":\"after\"") != NULL);
    free(out[0].data);
    free(out[1].data);
    fsc__buf_free(&in);
}

/* What the hooks saw, on which threads. */
typedef struct hooks {
    pthread_t caller; /* the thread that called fsc_score_run */
    pthread_mutex_t mu;
    pthread_cond_t cv;  /* a thread kept a record */
    size_t caller_kept; /* records kept on the calling thread */
    size_t other_kept;  /* on other threads */
    int waited_out;     /* a thread gave up waiting for the other */
    size_t rows;        /* row calls */
    size_t off_caller;  /* row and write calls on another thread */
    sink out;
} hooks;

/* Each thread's first record waits (at most 5 s) until both the calling
 * thread and a worker have kept one: the run only goes on at once if the
 * calling thread scores batches itself (and a worker does too). */
static int keep_hook(void *ctx, const fsc_record *rec)
{
    hooks *h = ctx;
    (void)rec;
    pthread_mutex_lock(&h->mu);
    if (pthread_equal(pthread_self(), h->caller))
        h->caller_kept++;
    else
        h->other_kept++;
    pthread_cond_broadcast(&h->cv);
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += 5;
    while (!(h->caller_kept && h->other_kept) && !h->waited_out)
        if (pthread_cond_timedwait(&h->cv, &h->mu, &until) == ETIMEDOUT)
            h->waited_out = 1;
    pthread_mutex_unlock(&h->mu);
    return 1;
}

static fsc_status row_hook(void *ctx, const fsc_record *rec,
                           const fsc_result *res, const char *row, size_t len,
                           fsc_error *err)
{
    hooks *h = ctx;
    (void)rec;
    (void)res;
    (void)row;
    (void)len;
    (void)err;
    h->rows++;
    if (!pthread_equal(pthread_self(), h->caller))
        h->off_caller++;
    return FSC_OK;
}

static fsc_status put_hook(void *ctx, const char *data, size_t len)
{
    hooks *h = ctx;
    if (!pthread_equal(pthread_self(), h->caller))
        h->off_caller++;
    return put(&h->out, data, len);
}

/* Two threads are the calling thread and one worker: both score records,
 * and the output, the tally, every write and every row stay on the calling
 * thread, in input order, the same as on one thread. */
static void check_calling_thread_works(void)
{
    static const char *const texts[] = {
        "The minister said the talks would go on.",
        "Residents said the shelling stopped at night.",
        "According to the mayor, the bridge reopened.",
        "Rain all week, the forecast said.",
    };
    fsc_buf in;
    fsc__buf_init(&in, 0);
    size_t n_records = 400; /* 25 batches of 16: more than the ring holds */
    for (size_t i = 0; i < n_records; i++)
        TH_EQ_INT(fsc__buf_printf(&in, "{\"id\":\"r%zu\",\"text\":\"%s\"}\n", i,
                                  texts[i % 4]),
                  FSC_OK);
    sink one = { 0 };
    hooks h;
    memset(&h, 0, sizeof h);
    h.caller = pthread_self();
    pthread_mutex_init(&h.mu, NULL);
    pthread_cond_init(&h.cv, NULL);
    for (unsigned threads = 1; threads <= 2; threads++) {
        fsc_reader *r = NULL;
        fsc_tally *t = NULL;
        fsc_error e;
        fsc_score_opts o;
        fsc_score_opts_init(&o);
        o.threads = threads;
        TH_EQ_INT(fsc_reader_open_mem(in.data, in.len, "own", NULL, &r, &e),
                  FSC_OK);
        TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
        if (threads == 1) {
            TH_EQ_INT(fsc_score_run(model, r, &o, put, &one, t, &e), FSC_OK);
        } else {
            o.keep = keep_hook;
            o.keep_ctx = &h;
            o.row = row_hook;
            o.row_ctx = &h;
            TH_EQ_INT(fsc_score_run(model, r, &o, put_hook, &h, t, &e), FSC_OK);
        }
        TH_CHECK(fsc_tally_scored(t) == n_records);
        fsc_tally_free(t);
        fsc_reader_free(r);
    }
    TH_CHECK(!h.waited_out);
    TH_CHECK(h.caller_kept > 0 && h.other_kept > 0);
    TH_CHECK(h.caller_kept + h.other_kept == n_records);
    TH_CHECK(h.rows == n_records);
    TH_CHECK(h.off_caller == 0);
    TH_CHECK(one.len > 0 && one.len == h.out.len &&
             !memcmp(one.data, h.out.data, one.len));
    pthread_cond_destroy(&h.cv);
    pthread_mutex_destroy(&h.mu);
    free(one.data);
    free(h.out.data);
    fsc__buf_free(&in);
}

/* A write callback that fails after `left` calls. */
typedef struct failing {
    int left;
    int calls;
} failing;

static fsc_status put_failing(void *ctx, const char *data, size_t len)
{
    failing *f = ctx;
    (void)data;
    (void)len;
    f->calls++;
    return f->left-- > 0 ? FSC_OK : FSC_EIO;
}

/* The output fails part-way: at one, two and three threads the run stops
 * with the writer's status (the calling thread, which also scores, and
 * its workers wind down; no call after the failing one). */
static void check_write_fails(void)
{
    fsc_buf in;
    fsc__buf_init(&in, 0);
    for (size_t i = 0; i < 400; i++)
        TH_EQ_INT(fsc__buf_printf(&in,
                                  "{\"id\":\"r%zu\",\"text\":\"The "
                                  "minister said the talks would go on.\"}\n",
                                  i),
                  FSC_OK);
    for (unsigned threads = 1; threads <= 3; threads++) {
        fsc_reader *r = NULL;
        fsc_tally *t = NULL;
        fsc_error e;
        fsc_score_opts o;
        fsc_score_opts_init(&o);
        o.threads = threads;
        failing f = { 3, 0 };
        TH_EQ_INT(fsc_reader_open_mem(in.data, in.len, "own", NULL, &r, &e),
                  FSC_OK);
        TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
        TH_EQ_INT(fsc_score_run(model, r, &o, put_failing, &f, t, &e), FSC_EIO);
        TH_EQ_INT(f.calls, 4);
        fsc_tally_free(t);
        fsc_reader_free(r);
    }
    fsc__buf_free(&in);
}

static void check_trim(void)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    char big[4096];
    memset(big, 'x', sizeof big);
    for (int i = 0; i < 64; i++) /* 256 KiB */
        TH_EQ_INT(fsc__buf_add(&b, big, sizeof big), FSC_OK);
    TH_CHECK(b.alloc > (size_t)256 * 1024);
    /* Under what is kept: emptied, the memory stays for the next use. */
    fsc__buf_trim(&b, (size_t)1 << 20);
    TH_CHECK(b.len == 0 && b.data != NULL && b.alloc > (size_t)256 * 1024);
    TH_EQ_INT(fsc__buf_add(&b, big, sizeof big), FSC_OK);
    /* Over it: given back. */
    fsc__buf_trim(&b, (size_t)64 * 1024);
    TH_CHECK(b.len == 0 && b.data == NULL && b.alloc == 0);
    TH_EQ_INT(fsc__buf_adds(&b, "still usable"), FSC_OK);
    TH_EQ_STR(b.data, "still usable");

    fsc__buf_free(&b);
}

/* Rows of our own records with quotation marks, backslashes, tabs and a
 * control byte in matched words, sources and quoted content: written with
 * the prepared names (one go per match and attribution) and without (every
 * piece checked and escaped), the same bytes; with the buffer's cap at the
 * row's size both fit, one byte under it both give FSC_ELIMIT. */
static void check_prepared_rows(void)
{
    static const char in[] =
        "{\"id\":\"p1\",\"title\":\"The \\\"occupation\\\" "
        "again\",\"text\":\"\\\"The shelling\\tmust stop \\\\ "
        "now,\\\" the minister said. Officials said the \\\"occupation\\\" "
        "was\\u0001 over. According to witnesses, the army shelled the "
        "village.\"}\n"
        "{\"id\":\"p2\",\"lang\":\"ar\",\"text\":\"قال المتحدث \\\"إن "
        "القصف توقف\\\".\"}\n"
        "{\"id\":\"p3\",\"text\":\"Rain\\\\wind, the forecast said.\"}\n";
    fsc_reader *r = NULL;
    fsc_error e;
    fsc_score_opts o;
    fsc_score_opts_init(&o);
    TH_EQ_INT(fsc_reader_open_mem(in, sizeof in - 1, "own", NULL, &r, &e),
              FSC_OK);
    fsc__score_prep *pp = fsc__score_prep_new(model, &o);
    TH_CHECK(pp != NULL);
    size_t rows = 0, escaped = 0;
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &e), FSC_OK);
        if (eof)
            break;
        fsc_record *rec = NULL;
        fsc_result *res = NULL;
        TH_EQ_INT(fsc_record_parse(&raw, &rec, &e), FSC_OK);
        TH_EQ_INT(fsc_analyze_record(az, rec, o.title, &res, &e), FSC_OK);
        fsc_buf a, b;
        fsc__buf_init(&a, 0);
        fsc__buf_init(&b, 0);
        TH_EQ_INT(
            fsc__score_render_append(model, &o, NULL, rows, rec, res, &a, &e),
            FSC_OK);
        TH_EQ_INT(
            fsc__score_render_append(model, &o, pp, rows, rec, res, &b, &e),
            FSC_OK);
        TH_CHECK(a.len > 0 && a.len == b.len && !memcmp(a.data, b.data, a.len));
        fsc__buf_free(&b);
        TH_CHECK(fsc_result_n_matches(res) > 0);
        if (strstr(a.data, "\\t") || strstr(a.data, "\\u0001"))
            escaped++;
        for (size_t under = 0; under < 2; under++) {
            fsc_buf c;
            fsc__buf_init(&c, a.len - under);
            TH_EQ_INT(
                fsc__score_render_append(model, &o, pp, rows, rec, res, &c, &e),
                under ? FSC_ELIMIT : FSC_OK);
            fsc__buf_init(&b, a.len - under);
            TH_EQ_INT(fsc__score_render_append(model, &o, NULL, rows, rec, res,
                                               &b, &e),
                      under ? FSC_ELIMIT : FSC_OK);
            TH_CHECK(under ||
                     (c.len == a.len && !memcmp(c.data, a.data, a.len)));
            fsc__buf_free(&b);
            fsc__buf_free(&c);
        }
        fsc__buf_free(&a);
        fsc_result_free(res);
        fsc_record_free(rec);
        rows++;
    }
    TH_CHECK(rows == 3 && escaped >= 1);
    fsc__score_prep_free(pp);
    fsc_reader_free(r);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    check_trim();
    check_notes(NULL, 8);
    check_notes(FSC_SOURCE_DIR "/corpora", 1000);
    check_threads(NULL, FSC_SCORE_JSONL);
    check_threads(NULL, FSC_SCORE_TABLE);
    check_threads(FSC_SOURCE_DIR "/corpora", FSC_SCORE_JSON);
    check_big_output();
    check_calling_thread_works();
    check_write_fails();
    check_prepared_rows();
    TH_DONE();
}
