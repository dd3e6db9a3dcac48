/*
 * pipeline.c - score a corpus on N threads, writing in input order.
 *
 * The calling thread reads raw records and writes finished output; workers
 * parse, analyse and render. A ring of 4 x N slots bounds the records in
 * flight, so memory stays bounded whatever the size of the corpus, and the
 * slot order is the input order, so output order never depends on timing.
 */
#define _POSIX_C_SOURCE 200809L
#include "framescope/score.h"
#include "internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

enum { SLOT_FREE = 0, SLOT_PENDING, SLOT_TAKEN, SLOT_DONE };

typedef struct slot {
    int state;            /* SLOT_* */
    fsc_raw_record raw;   /* copy of the record as read */
    char *data;           /* owned copy of raw.data */
    char *source;         /* owned copy of raw.source */
    size_t index;         /* position in the output */
    fsc_record *rec;      /* parsed record */
    fsc_result *res;      /* NULL when skipped */
    char *out;            /* rendered output */
    size_t out_len;       /* bytes in out */
    fsc_status st;        /* fatal failure while processing */
    fsc_error err;        /* its detail */
} slot;

typedef struct pipe {
    const fsc_model *m;
    const fsc_score_opts *o;
    slot *slots;           /* ring */
    size_t cap;            /* slots in the ring */
    size_t head;           /* next record to write */
    size_t tail;           /* next record to fill */
    size_t take;           /* next record for a worker */
    int eof;               /* no more records will come */
    pthread_mutex_t mu;
    pthread_cond_t work;   /* a record is pending or eof */
    pthread_cond_t done;   /* a record is done */
} pipe_t;

typedef struct worker {
    pipe_t *p;
    fsc_analyzer *az;
} worker;

static void process(const fsc_model *m, const fsc_score_opts *o,
                    fsc_analyzer *az, slot *s)
{
    s->st = fsc_record_parse(&s->raw, &s->rec, &s->err);
    if (s->st != FSC_OK)
        return;
    if (!fsc_record_skipped(s->rec)) {
        size_t len = 0;
        const char *text = fsc_record_text(s->rec, &len);
        s->st = fsc_analyze(az, text, len, fsc_record_field(s->rec, "lang"),
                            &s->res, &s->err);
        if (s->st != FSC_OK)
            return;
    }
    s->st = fsc_score_render_record(m, o, s->index, s->rec, s->res, &s->out,
                                    &s->out_len, &s->err);
}

static void slot_clear(slot *s)
{
    fsc_record_free(s->rec);
    fsc_result_free(s->res);
    fsc_free(s->out);
    free(s->data);
    free(s->source);
    memset(s, 0, sizeof *s);
}

static fsc_status slot_fill(slot *s, const fsc_raw_record *raw, size_t index)
{
    memset(s, 0, sizeof *s);
    s->raw = *raw;
    s->index = index;
    s->data = malloc(raw->len ? raw->len : 1);
    s->source = fsc__strdup(raw->source ? raw->source : "");
    if (!s->data || !s->source) {
        free(s->data);
        free(s->source);
        return FSC_ENOMEM;
    }
    if (raw->len)
        memcpy(s->data, raw->data, raw->len);
    s->raw.data = s->data;
    s->raw.source = s->source;
    return FSC_OK;
}

/* Write and account for a finished slot. */
static fsc_status finish(slot *s, fsc_write_fn write, void *ctx, fsc_tally *t,
                         fsc_error *err)
{
    fsc_status st = s->st;
    if (st != FSC_OK) {
        if (err)
            *err = s->err;
        return st;
    }
    if ((st = fsc_tally_add(t, s->rec, s->res)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if (s->out_len && (st = write(ctx, s->out, s->out_len)) != FSC_OK)
        return fsc__fail(err, st, "cannot write output");
    return FSC_OK;
}

static void *work_main(void *arg)
{
    worker *w = arg;
    pipe_t *p = w->p;
    for (;;) {
        pthread_mutex_lock(&p->mu);
        while (p->take == p->tail && !p->eof)
            pthread_cond_wait(&p->work, &p->mu);
        if (p->take == p->tail) {
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        slot *s = &p->slots[p->take % p->cap];
        p->take++;
        s->state = SLOT_TAKEN;
        pthread_mutex_unlock(&p->mu);
        process(p->m, p->o, w->az, s);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->done);
        pthread_mutex_unlock(&p->mu);
    }
}

static fsc_status run_serial(const fsc_model *m, fsc_reader *r,
                             const fsc_score_opts *o, fsc_write_fn write,
                             void *ctx, fsc_tally *t, fsc_error *err)
{
    fsc_analyzer *az = NULL;
    fsc_status st = fsc_analyzer_new(m, &az, err);
    slot s;
    memset(&s, 0, sizeof s);
    for (size_t index = 0; st == FSC_OK; index++) {
        fsc_raw_record raw;
        int eof = 0;
        if ((st = fsc_reader_next(r, &raw, &eof, err)) != FSC_OK || eof)
            break;
        memset(&s, 0, sizeof s);
        s.raw = raw; /* processed before the reader moves on: no copy */
        s.index = index;
        process(m, o, az, &s);
        st = finish(&s, write, ctx, t, err);
        s.data = NULL;
        s.source = NULL;
        slot_clear(&s);
    }
    fsc_analyzer_free(az);
    return st;
}

fsc_status fsc_score_run(const fsc_model *m, fsc_reader *r,
                         const fsc_score_opts *o, fsc_write_fn write,
                         void *ctx, fsc_tally *t, fsc_error *err)
{
    char *piece = NULL;
    size_t len = 0;
    fsc_status st = fsc_score_render_header(m, o, &piece, &len, err);
    if (st != FSC_OK)
        return st;
    st = len ? write(ctx, piece, len) : FSC_OK;
    fsc_free(piece);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot write output");

    unsigned n_threads = o->threads ? o->threads : 1;
    if (n_threads > 256)
        n_threads = 256;
    if (n_threads == 1) {
        st = run_serial(m, r, o, write, ctx, t, err);
    } else {
        pipe_t p;
        memset(&p, 0, sizeof p);
        p.m = m;
        p.o = o;
        p.cap = 4 * (size_t)n_threads;
        p.slots = calloc(p.cap, sizeof *p.slots);
        worker *ws = calloc(n_threads, sizeof *ws);
        pthread_t *th = calloc(n_threads, sizeof *th);
        unsigned started = 0;
        if (!p.slots || !ws || !th) {
            free(p.slots);
            free(ws);
            free(th);
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
        pthread_mutex_init(&p.mu, NULL);
        pthread_cond_init(&p.work, NULL);
        pthread_cond_init(&p.done, NULL);
        for (unsigned i = 0; i < n_threads && st == FSC_OK; i++) {
            ws[i].p = &p;
            st = fsc_analyzer_new(m, &ws[i].az, err);
            if (st == FSC_OK &&
                pthread_create(&th[i], NULL, work_main, &ws[i]) != 0)
                st = fsc__fail(err, FSC_ENOMEM, "cannot start a thread");
            if (st == FSC_OK)
                started++;
        }
        int eof = 0;
        while (st == FSC_OK) {
            /* Write every finished record at the head, in order. */
            pthread_mutex_lock(&p.mu);
            while (p.head < p.tail &&
                   (p.tail - p.head == p.cap || eof) &&
                   p.slots[p.head % p.cap].state != SLOT_DONE)
                pthread_cond_wait(&p.done, &p.mu);
            int ready = p.head < p.tail &&
                        p.slots[p.head % p.cap].state == SLOT_DONE;
            pthread_mutex_unlock(&p.mu);
            if (ready) {
                slot *s = &p.slots[p.head % p.cap];
                st = finish(s, write, ctx, t, err);
                slot_clear(s);
                pthread_mutex_lock(&p.mu);
                p.head++;
                pthread_mutex_unlock(&p.mu);
                continue;
            }
            if (eof) {
                if (p.head == p.tail)
                    break;
                continue;
            }
            fsc_raw_record raw;
            if ((st = fsc_reader_next(r, &raw, &eof, err)) != FSC_OK)
                break;
            if (eof)
                continue;
            slot *s = &p.slots[p.tail % p.cap];
            if ((st = slot_fill(s, &raw, p.tail)) != FSC_OK) {
                st = fsc__fail(err, st, "out of memory");
                break;
            }
            pthread_mutex_lock(&p.mu);
            s->state = SLOT_PENDING;
            p.tail++;
            pthread_cond_signal(&p.work);
            pthread_mutex_unlock(&p.mu);
        }
        /* Stop the workers; on failure drop what is still in flight. */
        pthread_mutex_lock(&p.mu);
        p.eof = 1;
        pthread_cond_broadcast(&p.work);
        pthread_mutex_unlock(&p.mu);
        for (unsigned i = 0; i < started; i++)
            pthread_join(th[i], NULL);
        for (size_t i = 0; i < p.cap; i++)
            slot_clear(&p.slots[i]);
        for (unsigned i = 0; i < n_threads; i++)
            fsc_analyzer_free(ws[i].az);
        pthread_cond_destroy(&p.work);
        pthread_cond_destroy(&p.done);
        pthread_mutex_destroy(&p.mu);
        free(p.slots);
        free(ws);
        free(th);
    }
    if (st != FSC_OK)
        return st;
    piece = NULL;
    if ((st = fsc_score_render_footer(m, o, t, &piece, &len, err)) != FSC_OK)
        return st;
    st = len ? write(ctx, piece, len) : FSC_OK;
    fsc_free(piece);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot write output");
    return FSC_OK;
}
