/*
 * share.c - the word forms one scoring thread resolved, for the others
 * (formshare.h): a ring of resolved forms and a small set-associative
 * index over it, behind one mutex.
 *
 * A form is written into the ring as one record: a header, its readings
 * and then its bytes (the surface, the glue key, each reading's removed
 * proclitics and enclitic). Positions are counted from the start of the
 * run (`head` only grows), so a record at absolute position p is intact
 * while head - p <= ring size: the writes since it went round the ring
 * less than once. A record never straddles the ring's end (the rest of
 * the ring is skipped instead). The index maps a surface's hash to the
 * positions of up to WAYS records; a slot whose record was overwritten
 * is simply stale and is reused first. Nothing is allocated after the
 * share is made, so a full share costs no memory and no failure.
 */
#define _POSIX_C_SOURCE 200809L
#include "formshare.h"
#include "match_int.h"

#include <pthread.h>

#define WAYS         4  /* index slots per set */
#define MAX_PUT_HITS 64 /* a form with more readings is not shared */

struct fsc__formshare {
    pthread_mutex_t mu;
    const fsc_model *m;  /* whose word patterns the readings name */
    unsigned char *ring; /* ring_size bytes */
    size_t ring_size;    /* a power of two */
    uint64_t head;       /* absolute position of the next record */
    uint64_t *slot_pos;  /* per index slot: position + 1, 0 empty */
    /* per index slot: the surface's hash; read without the mutex by
     * fsc__match_share_get() to settle most misses without taking it */
    uint32_t *slot_hash;
    size_t set_mask;           /* sets - 1 (a power of two) */
    size_t found, missed, put; /* fsc__formshare_counts */
};

/* A record's header; its readings (rec_hit) follow, then its bytes. */
typedef struct rec_head {
    uint32_t size;   /* bytes of the whole record, a multiple of 8 */
    uint16_t len;    /* surface bytes */
    uint16_t klen;   /* glue key bytes (ttype.key) */
    uint32_t n_hits; /* readings */
    uint8_t script, glue, starts, pad;
} rec_head;

typedef struct rec_hit {
    uint32_t wpid, root, stripped;
    uint8_t plen, elen; /* bytes of pro and enc */
    uint8_t pad[2];
} rec_hit;

fsc__formshare *fsc__formshare_new(const fsc_model *m, size_t ring_bytes)
{
    if (!ring_bytes)
        ring_bytes = FSC__FORMSHARE_RING;
    if (ring_bytes < 4096)
        ring_bytes = 4096;
    /* a power of two: positions are taken modulo it at every lookup */
    size_t pow = 4096;
    while (pow * 2 <= ring_bytes)
        pow *= 2;
    ring_bytes = pow;
    /* about one index slot per 32 bytes of ring (an Arabic form with no
     * reading takes 24-40), in sets of WAYS */
    size_t sets = 1;
    while (sets * WAYS * 32 < ring_bytes)
        sets *= 2;
    fsc__formshare *fs = calloc(1, sizeof *fs);
    if (!fs)
        return NULL;
    fs->m = m;
    fs->ring_size = ring_bytes;
    fs->set_mask = sets - 1;
    fs->ring = malloc(ring_bytes);
    fs->slot_pos = calloc(sets * WAYS, sizeof *fs->slot_pos);
    fs->slot_hash = calloc(sets * WAYS, sizeof *fs->slot_hash);
    if (!fs->ring || !fs->slot_pos || !fs->slot_hash ||
        pthread_mutex_init(&fs->mu, NULL) != 0) {
        free(fs->ring);
        free(fs->slot_pos);
        free(fs->slot_hash);
        free(fs);
        return NULL;
    }
    return fs;
}

void fsc__formshare_free(fsc__formshare *fs)
{
    if (!fs)
        return;
    pthread_mutex_destroy(&fs->mu);
    free(fs->ring);
    free(fs->slot_pos);
    free(fs->slot_hash);
    free(fs);
}

void fsc__analyzer_share(fsc_analyzer *az, fsc__formshare *fs)
{
    if (az)
        az->share = fs && fs->m == az->m ? fs : NULL;
}

void fsc__formshare_counts(fsc__formshare *fs, size_t *found, size_t *missed,
                           size_t *put)
{
    pthread_mutex_lock(&fs->mu);
    *found = fs->found;
    *missed = fs->missed;
    *put = fs->put;
    pthread_mutex_unlock(&fs->mu);
}

/* The intact record of surface s[0..len) (hash h), or NULL. Under mu. */
static const unsigned char *find_rec(const fsc__formshare *fs, const char *s,
                                     size_t len, uint32_t h)
{
    const size_t set = (h & fs->set_mask) * WAYS;
    for (size_t w = set; w < set + WAYS; w++) {
        const uint64_t p1 = fs->slot_pos[w];
        if (!p1 || __atomic_load_n(&fs->slot_hash[w], __ATOMIC_RELAXED) != h ||
            fs->head - (p1 - 1) > fs->ring_size)
            continue;
        const unsigned char *r =
            fs->ring + (size_t)((p1 - 1) & (fs->ring_size - 1));
        rec_head hd;
        memcpy(&hd, r, sizeof hd);
        const char *surf =
            (const char *)r + sizeof hd + hd.n_hits * sizeof(rec_hit);
        if (hd.len == len && fsc__bytes_eq(surf, s, len))
            return r;
    }
    return NULL;
}

/* Copy the record r into az's cache as the type being made at n_types, as
 * fsc__match_resolve_type() would have made it: the same readings in the
 * same order, the same strings in the analyzer's arena. */
static fsc_status copy_out(fsc_analyzer *az, const unsigned char *r)
{
    rec_head hd;
    memcpy(&hd, r, sizeof hd);
    const unsigned char *hp = r + sizeof hd;
    const char *bytes = (const char *)hp + hd.n_hits * sizeof(rec_hit);
    const char *key = bytes + hd.len;
    const char *str = key + hd.klen;
    ttype *t = &az->types[az->n_types];
    t->key = "";
    t->script = hd.script;
    t->glue = hd.glue;
    t->starts = hd.starts;
    if (hd.glue && !(t->key = fsc__arena_strndup(&az->strs, key, hd.klen)))
        return FSC_ENOMEM;
    fsc_status st = grow((void **)&az->hits, &az->cap_hits,
                         az->n_hits + hd.n_hits, sizeof *az->hits);
    if (st != FSC_OK)
        return st;
    for (uint32_t i = 0; i < hd.n_hits; i++) {
        rec_hit rh;
        memcpy(&rh, hp + i * sizeof rh, sizeof rh);
        const char *p = "", *e = "";
        if (rh.plen && !(p = fsc__arena_strndup(&az->strs, str, rh.plen)))
            return FSC_ENOMEM;
        str += rh.plen;
        if (rh.elen && !(e = fsc__arena_strndup(&az->strs, str, rh.elen)))
            return FSC_ENOMEM;
        str += rh.elen;
        hit *h = &az->hits[az->n_hits++];
        h->wpid = rh.wpid;
        h->root = rh.root;
        h->stripped = rh.stripped;
        h->pro = p;
        h->enc = e;
        t->n_hits++;
    }
    return FSC_OK;
}

int fsc__match_share_get(fsc__formshare *fs, fsc_analyzer *az, const char *s,
                         size_t len, uint32_t h, fsc_status *st)
{
    *st = FSC_OK;
    /* Most forms new to a thread are new to the share too: when no slot
     * of the set has the hash, the form is not there, and the mutex is not
     * taken. (A form put at this moment may be missed: it is then resolved
     * here, which gives the same readings.) */
    const size_t set = (h & fs->set_mask) * WAYS;
    int may = 0;
    for (size_t w = set; w < set + WAYS; w++)
        may |= __atomic_load_n(&fs->slot_hash[w], __ATOMIC_RELAXED) == h;
    if (!may)
        return 0;
    pthread_mutex_lock(&fs->mu);
    const unsigned char *r = find_rec(fs, s, len, h);
    if (r) {
        fs->found++;
        *st = copy_out(az, r);
    } else {
        fs->missed++;
    }
    pthread_mutex_unlock(&fs->mu);
    return r != NULL;
}

void fsc__match_share_put(fsc__formshare *fs, const fsc_analyzer *az,
                          const char *s, size_t len, uint32_t h, const ttype *t)
{
    uint8_t pl[MAX_PUT_HITS], el[MAX_PUT_HITS];
    const hit *hs = &az->hits[t->hits_off];
    if (t->n_hits > MAX_PUT_HITS)
        return; /* not shared: resolved again where needed */
    const size_t klen = t->glue ? strlen(t->key) : 0;
    size_t size = sizeof(rec_head) + t->n_hits * sizeof(rec_hit) + len + klen;
    for (uint32_t i = 0; i < t->n_hits; i++) {
        const size_t p = *hs[i].pro ? strlen(hs[i].pro) : 0;
        const size_t e = *hs[i].enc ? strlen(hs[i].enc) : 0;
        if (p > UINT8_MAX || e > UINT8_MAX)
            return;
        pl[i] = (uint8_t)p;
        el[i] = (uint8_t)e;
        size += p + e;
    }
    size = (size + 7) & ~(size_t)7;
    if (len > UINT16_MAX || klen > UINT16_MAX || size > fs->ring_size / 8)
        return;
    /* Two threads may both resolve a form neither found: both put it, and
     * lookups take either copy (they are the same). */
    pthread_mutex_lock(&fs->mu);
    size_t off = (size_t)(fs->head & (fs->ring_size - 1));
    if (off + size > fs->ring_size) {
        fs->head += fs->ring_size - off; /* skip the ring's end */
        off = 0;
    }
    unsigned char *r = fs->ring + off;
    rec_head hd = { (uint32_t)size, (uint16_t)len, (uint16_t)klen, t->n_hits,
                    t->script,      t->glue,       t->starts,      0 };
    memcpy(r, &hd, sizeof hd);
    unsigned char *hp = r + sizeof hd;
    char *b = (char *)hp + t->n_hits * sizeof(rec_hit);
    memcpy(b, s, len);
    b += len;
    if (klen) {
        memcpy(b, t->key, klen);
        b += klen;
    }
    for (uint32_t i = 0; i < t->n_hits; i++) {
        rec_hit rh = { hs[i].wpid, hs[i].root, hs[i].stripped,
                       pl[i],      el[i],      { 0, 0 } };
        memcpy(hp + i * sizeof rh, &rh, sizeof rh);
        memcpy(b, hs[i].pro, pl[i]);
        b += pl[i];
        memcpy(b, hs[i].enc, el[i]);
        b += el[i];
    }
    /* the slot: an empty or stale one, else the oldest of the set */
    const size_t set = (h & fs->set_mask) * WAYS;
    size_t at = set;
    for (size_t w = set; w < set + WAYS; w++) {
        const uint64_t p1 = fs->slot_pos[w];
        if (!p1 || fs->head - (p1 - 1) > fs->ring_size) {
            at = w;
            break;
        }
        if (p1 < fs->slot_pos[at])
            at = w;
    }
    fs->slot_pos[at] = fs->head + 1;
    __atomic_store_n(&fs->slot_hash[at], h, __ATOMIC_RELAXED);
    fs->head += size;
    fs->put++;
    pthread_mutex_unlock(&fs->mu);
}
