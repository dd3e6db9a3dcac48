/*
 * pipeline.c - score a corpus on N threads, writing in input order.
 *
 * The calling thread reads raw records into batches and writes finished
 * batches, and in between parses, analyses and renders whole batches like
 * the N - 1 workers it starts. Batches (up to BATCH_RECORDS records or
 * BATCH_BYTES bytes) keep the threads from meeting once per record. A ring
 * of 3 x N batches bounds what is in flight, so memory stays bounded
 * whatever the size of the corpus, and the ring order is the input order,
 * so output never depends on timing.
 */
#define _POSIX_C_SOURCE 200809L
#include "buf.h"
#include "corpus_internal.h"
#include "framescope/score.h"
#include "internal.h"
#include "match/formshare.h"
#include "score_render.h"
#include "tally.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Small batches: a batch holds its records, their results and its output
 * until it is written, and 3 x N of them are in flight, so their size is
 * most of the pipeline's memory (64 records / 1 MiB batches took ~20 MiB
 * at 2 threads on Arabic news); 16 records of news are still milliseconds
 * of work against microseconds of hand-over. */
#define BATCH_RECORDS 16
#define BATCH_BYTES   ((size_t)1 << 17)

/* What a buffer keeps between batches (or records): one oversized record
 * must not leave its memory behind for the rest of the run. A render
 * buffer holds one record's output (news with match lists: tens of KiB);
 * a slot's copy of the raw records, BATCH_BYTES and the last record. */
#define OUT_KEEP   ((size_t)1 << 20)
#define DATA_KEEP  (4 * BATCH_BYTES)
#define NOTES_KEEP ((size_t)1 << 16)

enum { SLOT_FREE = 0, SLOT_PENDING, SLOT_TAKEN, SLOT_DONE };

typedef struct item {
    fsc_raw_record raw; /* as read; data and source point into slot->data */
    size_t data_off;    /* raw.data's offset in slot->data */
    size_t source_off;  /* raw.source's offset in slot->data */
    size_t fault_off;   /* raw.fault's offset in slot->data (when set) */
    size_t meta_off[3]; /* raw.outlet, date, id_prefix (when set) */
    fsc_record *rec;    /* parsed record */
    fsc_result *res;    /* NULL when skipped */
    int dropped;        /* o->keep said no: not analysed, not written */
    int noted;          /* the tally's part is in slot->notes at note_off
                           (rec and res are freed already) */
    size_t note_off;
    size_t out_off; /* its rendered bytes in slot->out, or */
    char *bytes;    /* on threads: its own copy of them */
    size_t out_len;
} item;

typedef struct slot {
    int state;                          /* SLOT_* */
    item items[BATCH_RECORDS];          /* records of the batch */
    size_t n_items;                     /* used */
    size_t first_index;                 /* output position of items[0] */
    fsc_buf data;                       /* copies of record bytes and sources */
    fsc_buf out;                        /* rendered output of the whole batch
                                           (one thread; workers: item.bytes) */
    fsc_buf notes;                      /* fsc__tally_note of noted items */
    fsc_record *old_rec[BATCH_RECORDS]; /* of the batch written last from */
    fsc_result *old_res[BATCH_RECORDS]; /* this slot, freed by the worker */
    size_t n_old;                       /* that takes the slot next */
    fsc_status st;                      /* fatal failure while processing */
    fsc_error err;                      /* its detail */
} slot;

typedef struct pipe {
    const fsc_model *m;
    const fsc_score_opts *o;
    const fsc__score_prep *pp; /* the writer's names, shared */
    fsc__formshare *forms;     /* word forms the threads resolved, shared
                                  (NULL: each resolves its own) */
    slot *slots;               /* ring */
    size_t cap;                /* slots in the ring */
    size_t head;               /* next batch to write */
    size_t tail;               /* next batch to fill */
    size_t take;               /* next batch for a worker */
    int eof;                   /* no more batches will come */
    pthread_mutex_t mu;
    pthread_cond_t work; /* a batch is pending, or eof */
    pthread_cond_t done; /* a batch is done */
} pipe_t;

typedef struct worker {
    pipe_t *p;
    fsc_analyzer *az;
    fsc_buf out;   /* renders a batch, copied to the slot when done */
    int ready;     /* az was made (st says whether it worked) */
    fsc_status st; /* of making az */
    fsc_error err; /* its detail */
} worker;

/* Parse, analyse and render one record, appending its output to `out`. */
static fsc_status process(const fsc_model *m, const fsc_score_opts *o,
                          const fsc__score_prep *pp, fsc_analyzer *az, item *it,
                          size_t index, fsc_buf *out, fsc_error *err)
{
    fsc_status st = fsc_record_parse(&it->raw, &it->rec, err);
    if (st != FSC_OK)
        return st;
    it->dropped = 0;
    it->noted = 0;
    it->out_off = out->len;
    it->out_len = 0;
    if (o->keep && !o->keep(o->keep_ctx, it->rec)) {
        it->dropped = 1;
        return FSC_OK;
    }
    if (!fsc_record_skipped(it->rec)) {
        st = fsc_analyze_record(az, it->rec, o->title, &it->res, err);
        if (st != FSC_OK)
            return st;
    }
    /* One record's output is bounded (o->max_row_bytes, and what is left
       of the batch buffer): a record over it is written as skipped, with
       its reason, and the run goes on. */
    size_t batch_cap = out->cap;
    size_t limit = batch_cap - out->len;
    if (o->max_row_bytes && o->max_row_bytes < limit)
        limit = o->max_row_bytes;
    out->cap = out->len + limit;
    st = fsc__score_render_append(m, o, pp, index, it->rec, it->res, out, err);
    if (st == FSC_ELIMIT && !fsc_record_skipped(it->rec)) {
        size_t n_matches = it->res ? fsc_result_n_matches(it->res) : 0;
        size_t n_attr = it->res ? fsc_result_n_attributions(it->res) : 0;
        fsc_result_free(it->res);
        it->res = NULL;
        st = fsc__record_skip(it->rec,
                              "line %ld: output over %zu bytes (%zu "
                              "matches, %zu attributions), the limit of one "
                              "record's output; not scored",
                              fsc_record_line(it->rec), limit, n_matches,
                              n_attr);
        if (st == FSC_OK) {
            fsc_error_clear(err);
            st = fsc__score_render_append(m, o, pp, index, it->rec, NULL, out,
                                          err);
        } else {
            st = fsc__fail(err, st, "out of memory");
        }
    }
    out->cap = batch_cap;
    it->out_len = out->len - it->out_off;
    if (st == FSC_ELIMIT)
        st = fsc__fail(err, st, "cannot hold the output of a batch");
    return st;
}

/* Free the records and results of the batch last written from this slot
 * (slot_retire): on the thread that takes the slot next, as part of its
 * batch, not between writing and reading. */
static void free_old(slot *s)
{
    for (size_t i = 0; i < s->n_old; i++) {
        fsc_record_free(s->old_rec[i]);
        fsc_result_free(s->old_res[i]);
    }
    s->n_old = 0;
}

/* Keep only the tally's part of an item: its record and result are freed
 * on the worker, as soon as its output is rendered, so that the batches
 * waiting to be written hold their bytes but not their analyses. */
static fsc_status note_item(const fsc_model *m, slot *s, item *it,
                            fsc_error *err)
{
    it->note_off = s->notes.len;
    if (fsc__tally_note(m, it->rec, it->res, &s->notes) != FSC_OK)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    fsc_record_free(it->rec);
    fsc_result_free(it->res);
    it->rec = NULL;
    it->res = NULL;
    it->noted = 1;
    return FSC_OK;
}

/* Process a batch. On threads `scratch` is the thread's render buffer: each
 * record's output is copied from it at its exact size (item.bytes), and
 * the items are noted (unless o->row wants the records), so that batches
 * waiting to be written hold what they will write and no more; NULL
 * renders into s->out. */
static void process_slot(const fsc_model *m, const fsc_score_opts *o,
                         const fsc__score_prep *pp, fsc_analyzer *az, slot *s,
                         fsc_buf *scratch)
{
    free_old(s);
    /* Item pointers into the data buffer are fixed once the batch is full. */
    for (size_t i = 0; i < s->n_items; i++) {
        item *it = &s->items[i];
        it->raw.data = s->data.data + it->data_off;
        it->raw.source = s->data.data + it->source_off;
        if (it->raw.fault)
            it->raw.fault = s->data.data + it->fault_off;
        if (it->raw.outlet)
            it->raw.outlet = s->data.data + it->meta_off[0];
        if (it->raw.date)
            it->raw.date = s->data.data + it->meta_off[1];
        if (it->raw.id_prefix)
            it->raw.id_prefix = s->data.data + it->meta_off[2];
    }
    fsc_buf *out = scratch ? scratch : &s->out;
    for (size_t i = 0; i < s->n_items && s->st == FSC_OK; i++) {
        item *it = &s->items[i];
        if (scratch)
            fsc__buf_reset(scratch);
        s->st = process(m, o, pp, az, it, s->first_index + i, out, &s->err);
        if (s->st != FSC_OK || !scratch)
            continue;
        /* The analysis goes first: a huge record's result is freed before
         * its output is copied. */
        if (!o->row && !it->dropped &&
            (s->st = note_item(m, s, it, &s->err)) != FSC_OK)
            break;
        if (!it->out_len)
            continue;
        if (scratch->alloc > OUT_KEEP) {
            /* Oversized: the render buffer goes with the record (trimmed
             * to its size), not copied, and the next one starts afresh. */
            char *p = NULL;
            (void)fsc__buf_take(scratch, &p, NULL); /* has data: never fails */
            char *q = realloc(p, it->out_len);
            it->bytes = q ? q : p;
            continue;
        }
        it->bytes = malloc(it->out_len);
        if (!it->bytes) {
            s->st = fsc__fail(&s->err, FSC_ENOMEM, "out of memory");
            break;
        }
        memcpy(it->bytes, scratch->data, it->out_len);
    }
    if (scratch)
        fsc__buf_trim(scratch, OUT_KEEP);
}

/* Empty a slot; its output buffer keeps at most `out_keep` bytes. */
static void slot_clear(slot *s, size_t out_keep)
{
    for (size_t i = 0; i < s->n_items; i++) {
        fsc_record_free(s->items[i].rec);
        fsc_result_free(s->items[i].res);
        free(s->items[i].bytes);
        s->items[i].rec = NULL;
        s->items[i].res = NULL;
        s->items[i].bytes = NULL;
    }
    s->n_items = 0;
    fsc__buf_trim(&s->data, DATA_KEEP);
    fsc__buf_trim(&s->out, out_keep);
    fsc__buf_trim(&s->notes, NOTES_KEEP);
    s->st = FSC_OK;
    s->state = SLOT_FREE;
}

/* slot_clear for the calling thread once the batch is written: the
 * records and results are handed to the thread that takes the slot next
 * (the slot's batch of them is written, nothing reads them any more). */
static void slot_retire(slot *s)
{
    free_old(s); /* a slot written twice without being taken between */
    for (size_t i = 0; i < s->n_items; i++) {
        s->old_rec[i] = s->items[i].rec;
        s->old_res[i] = s->items[i].res;
        s->items[i].rec = NULL;
        s->items[i].res = NULL;
    }
    s->n_old = s->n_items;
    slot_clear(s, 0); /* the threads leave s->out empty */
}

static void slot_free(slot *s)
{
    free_old(s);
    slot_clear(s, 0);
    fsc__buf_free(&s->data);
    fsc__buf_free(&s->out);
    fsc__buf_free(&s->notes);
}

/* Copy a raw record into the batch being filled. */
static fsc_status slot_add(slot *s, const fsc_raw_record *raw)
{
    item *it = &s->items[s->n_items];
    const char *src = raw->source ? raw->source : "";
    it->raw = *raw;
    it->rec = NULL;
    it->res = NULL;
    it->bytes = NULL;
    it->data_off = s->data.len;
    fsc_status st = fsc__buf_add(&s->data, raw->data, raw->len);
    it->source_off = s->data.len;
    if (st == FSC_OK)
        st = fsc__buf_add(&s->data, src, strlen(src) + 1);
    it->fault_off = s->data.len;
    if (st == FSC_OK && raw->fault)
        st = fsc__buf_add(&s->data, raw->fault, strlen(raw->fault) + 1);
    const char *meta[3] = { raw->outlet, raw->date, raw->id_prefix };
    for (int k = 0; k < 3; k++) {
        it->meta_off[k] = s->data.len;
        if (st == FSC_OK && meta[k])
            st = fsc__buf_add(&s->data, meta[k], strlen(meta[k]) + 1);
    }
    if (st == FSC_OK)
        s->n_items++;
    return st;
}

static int slot_full(const slot *s)
{
    return s->n_items == BATCH_RECORDS || s->data.len >= BATCH_BYTES;
}

/* Write and account for a finished batch. */
static fsc_status finish(const fsc_score_opts *o, slot *s, fsc_write_fn write,
                         void *ctx, fsc_tally *t, fsc_error *err)
{
    if (s->st != FSC_OK) {
        if (err)
            *err = s->err;
        return s->st;
    }
    for (size_t i = 0; i < s->n_items; i++) {
        const item *it = &s->items[i];
        if (it->dropped)
            continue;
        fsc_status ts =
            it->noted ? fsc__tally_add_note(t, s->notes.data + it->note_off)
                      : fsc_tally_add(t, it->rec, it->res);
        if (ts != FSC_OK)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        if (o->row) {
            fsc_status st =
                o->row(o->row_ctx, it->rec, it->res,
                       it->bytes ? it->bytes : s->out.data + it->out_off,
                       it->out_len, err);
            if (st != FSC_OK)
                return st;
        }
    }
    if (s->out.len && write(ctx, s->out.data, s->out.len) != FSC_OK)
        return fsc__fail(err, FSC_EIO, "cannot write output");
    for (size_t i = 0; i < s->n_items; i++) {
        const item *it = &s->items[i];
        if (it->bytes && write(ctx, it->bytes, it->out_len) != FSC_OK)
            return fsc__fail(err, FSC_EIO, "cannot write output");
    }
    return FSC_OK;
}

static void *work_main(void *arg)
{
    worker *w = arg;
    pipe_t *p = w->p;
    /* Each worker makes its own analyzer, so they are made side by side
     * and not on the thread that reads; run_threads waits for them all. */
    fsc_status st = fsc_analyzer_new(p->m, &w->az, &w->err);
    fsc__analyzer_share(w->az, p->forms);
    pthread_mutex_lock(&p->mu);
    w->st = st;
    w->ready = 1;
    pthread_cond_broadcast(&p->done);
    pthread_mutex_unlock(&p->mu);
    if (st != FSC_OK)
        return NULL;
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
        process_slot(p->m, p->o, p->pp, w->az, s, &w->out);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_signal(&p->done);
        pthread_mutex_unlock(&p->mu);
    }
}

static fsc_status run_serial(const fsc_model *m, fsc_reader *r,
                             const fsc_score_opts *o, const fsc__score_prep *pp,
                             fsc_write_fn write, void *ctx, fsc_tally *t,
                             fsc_error *err)
{
    fsc_analyzer *az = NULL;
    fsc_status st = fsc_analyzer_new(m, &az, err);
    /* No share on one thread: as a victim cache of the thread's own
     * evictions it saved instructions (ar, 16 MB: -6 %) but cost wall
     * time (framing lexicons only, Arabic: about +18 %, interleaved
     * runs; its index and ring are cold memory), so it is left out. */
    slot s;
    memset(&s, 0, sizeof s);
    fsc__buf_init(&s.data, 0);
    fsc__buf_init(&s.out, 0);
    fsc__buf_init(&s.notes, 0);
    for (size_t index = 0; st == FSC_OK; index++) {
        fsc_raw_record raw;
        int eof = 0;
        if ((st = fsc_reader_next(r, &raw, &eof, err)) != FSC_OK || eof)
            break;
        /* One record at a time, processed before the reader moves on. */
        s.items[0].raw = raw;
        s.n_items = 1;
        s.st = process(m, o, pp, az, &s.items[0], index, &s.out, &s.err);
        st = finish(o, &s, write, ctx, t, err);
        slot_clear(&s, OUT_KEEP);
    }
    slot_free(&s);
    fsc_analyzer_free(az);
    return st;
}

/* Publish the batch at the tail to the workers. */
static void publish(pipe_t *p)
{
    pthread_mutex_lock(&p->mu);
    p->slots[p->tail % p->cap].state = SLOT_PENDING;
    p->tail++;
    pthread_cond_signal(&p->work);
    pthread_mutex_unlock(&p->mu);
}

/* Read records into the free slot at the tail until the batch is full or
 * the input ends (*eof), and publish it when it holds any. `index` is the
 * output position of the next record read. */
static fsc_status fill_batch(pipe_t *p, fsc_reader *r, size_t *index, int *eof,
                             fsc_error *err)
{
    slot *s = &p->slots[p->tail % p->cap];
    fsc_status st = FSC_OK;
    s->first_index = *index;
    while (!slot_full(s)) {
        fsc_raw_record raw;
        if ((st = fsc_reader_next(r, &raw, eof, err)) != FSC_OK || *eof)
            break;
        if ((st = slot_add(s, &raw)) != FSC_OK) {
            st = fsc__fail(err, st, "out of memory");
            break;
        }
        (*index)++;
    }
    if (st == FSC_OK && s->n_items)
        publish(p);
    return st;
}

/*
 * n_threads - 1 workers, and the calling thread as the n-th: it writes
 * every finished batch at the head of the ring, in order, then reads until
 * the ring is full, then processes the oldest pending batch itself, and
 * waits only when the batch at the head is still on a worker and nothing
 * is pending. So n threads do the work on n cores: no thread sleeps and
 * wakes once a batch to hand batches over (which cost a context switch
 * per batch and took its time from a worker), and the calls of `write`,
 * o->row and the tally stay on the calling thread.
 */
static fsc_status run_threads(const fsc_model *m, fsc_reader *r,
                              const fsc_score_opts *o,
                              const fsc__score_prep *pp, unsigned n_threads,
                              fsc_write_fn write, void *ctx, fsc_tally *t,
                              fsc_error *err)
{
    pipe_t p;
    memset(&p, 0, sizeof p);
    p.m = m;
    p.o = o;
    p.pp = pp;
    /* A form new to a thread is often one another thread has just
     * resolved: it is copied from the share instead of resolved again. */
    p.forms = fsc__formshare_new(m, 0);
    p.cap = 3 * (size_t)n_threads;
    p.slots = calloc(p.cap, sizeof *p.slots);
    unsigned n_workers = n_threads - 1;
    worker *ws = calloc(n_workers, sizeof *ws);
    pthread_t *th = calloc(n_workers, sizeof *th);
    if (!p.slots || !ws || !th) {
        fsc__formshare_free(p.forms);
        free(p.slots);
        free(ws);
        free(th);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    for (size_t i = 0; i < p.cap; i++) {
        fsc__buf_init(&p.slots[i].data, 0);
        fsc__buf_init(&p.slots[i].out, 0);
        fsc__buf_init(&p.slots[i].notes, 0);
    }
    for (unsigned i = 0; i < n_workers; i++)
        fsc__buf_init(&ws[i].out, 0);
    fsc_buf scratch; /* the calling thread's render buffer */
    fsc__buf_init(&scratch, 0);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.done, NULL);
    fsc_status st = FSC_OK;
    unsigned started = 0;
    for (unsigned i = 0; i < n_workers && st == FSC_OK; i++) {
        ws[i].p = &p;
        if (pthread_create(&th[i], NULL, work_main, &ws[i]) != 0)
            st = fsc__fail(err, FSC_ENOMEM, "cannot start a thread");
        else
            started++;
    }
    /* The calling thread's analyzer is made beside the workers'; then wait
     * until every started worker has its own. The first that could not be
     * made (the calling thread's, then in worker order) gives the error. */
    fsc_analyzer *az = NULL;
    if (st == FSC_OK)
        st = fsc_analyzer_new(m, &az, err);
    fsc__analyzer_share(az, p.forms);
    pthread_mutex_lock(&p.mu);
    for (unsigned i = 0; i < started; i++)
        while (!ws[i].ready)
            pthread_cond_wait(&p.done, &p.mu);
    pthread_mutex_unlock(&p.mu);
    for (unsigned i = 0; i < started && st == FSC_OK; i++)
        if (ws[i].st != FSC_OK) {
            st = ws[i].st;
            if (err)
                *err = ws[i].err;
        }
    int eof = 0;
    size_t index = 0; /* output position of the next record read */
    while (st == FSC_OK) {
        pthread_mutex_lock(&p.mu);
        int ready =
            p.head < p.tail && p.slots[p.head % p.cap].state == SLOT_DONE;
        slot *mine = NULL;
        if (!ready && (eof || p.tail - p.head == p.cap) && p.take < p.tail) {
            mine = &p.slots[p.take % p.cap];
            p.take++;
            mine->state = SLOT_TAKEN;
        }
        pthread_mutex_unlock(&p.mu);
        if (ready) {
            /* Write the finished batch at the head. */
            slot *s = &p.slots[p.head % p.cap];
            st = finish(o, s, write, ctx, t, err);
            slot_retire(s);
            pthread_mutex_lock(&p.mu);
            p.head++;
            pthread_mutex_unlock(&p.mu);
            continue;
        }
        if (mine) {
            /* Nothing to write, nothing to read: work. */
            process_slot(m, o, pp, az, mine, &scratch);
            pthread_mutex_lock(&p.mu);
            mine->state = SLOT_DONE;
            pthread_mutex_unlock(&p.mu);
            continue;
        }
        if (!eof && p.tail - p.head < p.cap) {
            st = fill_batch(&p, r, &index, &eof, err);
            continue;
        }
        if (p.head == p.tail)
            break; /* all read and written */
        /* The head is on a worker and no batch is pending. */
        pthread_mutex_lock(&p.mu);
        while (p.take == p.tail && p.slots[p.head % p.cap].state != SLOT_DONE)
            pthread_cond_wait(&p.done, &p.mu);
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
        slot_free(&p.slots[i]);
    for (unsigned i = 0; i < n_workers; i++) {
        fsc_analyzer_free(ws[i].az);
        fsc__buf_free(&ws[i].out);
    }
    fsc_analyzer_free(az);
    fsc__formshare_free(p.forms);
    fsc__buf_free(&scratch);
    pthread_cond_destroy(&p.work);
    pthread_cond_destroy(&p.done);
    pthread_mutex_destroy(&p.mu);
    free(p.slots);
    free(ws);
    free(th);
    return st;
}

fsc_status fsc_score_run(const fsc_model *m, fsc_reader *r,
                         const fsc_score_opts *o, fsc_write_fn write, void *ctx,
                         fsc_tally *t, fsc_error *err)
{
    if (!m || !r || !write || !t)
        return fsc__fail(err, FSC_EINVAL, "fsc_score_run: NULL argument");
    fsc_score_opts defaults;
    if (!o) {
        fsc_score_opts_init(&defaults);
        o = &defaults;
    }
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
    /* NULL when out of memory: the rows are the same without it */
    fsc__score_prep *pp = fsc__score_prep_new(m, o);
    st = n_threads == 1
             ? run_serial(m, r, o, pp, write, ctx, t, err)
             : run_threads(m, r, o, pp, n_threads, write, ctx, t, err);
    fsc__score_prep_free(pp);
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
