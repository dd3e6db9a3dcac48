/*
 * strmap.c - open-addressing hash map (linear probing, load factor <= 1/2).
 *
 * Each slot holds the key's hash beside the entry index, so a probe that
 * meets another key costs no memory access beyond the slot array, and a hit
 * compares bytes kept inside the entry for short keys.
 */
#include "strmap.h"

#include "internal.h"

#include <stdlib.h>
#include <string.h>

void fsc__strmap_init(fsc__strmap *m)
{
    memset(m, 0, sizeof *m);
    fsc__arena_init(&m->keys, 64 * 1024);
}

void fsc__strmap_free(fsc__strmap *m)
{
    free(m->slots);
    free(m->ents);
    fsc__arena_free(&m->keys);
    memset(m, 0, sizeof *m);
}

void fsc__strmap_clear(fsc__strmap *m)
{
    if (m->slots)
        memset(m->slots, 0, m->n_slots * sizeof *m->slots);
    m->n = 0;
    fsc__arena_reset(&m->keys);
}

static int same(const fsc__strent *e, const char *k, size_t len)
{
    if (e->len != len)
        return 0;
    return fsc__bytes_eq(len <= FSC__STRMAP_INLINE ? e->inl : e->key, k, len);
}

/* Slot index of key k, or of the empty slot where it would go. */
static size_t find(const fsc__strmap *m, const char *k, size_t len,
                   uint32_t h)
{
    size_t mask = m->n_slots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint64_t s = m->slots[i];
        if (!s)
            return i;
        if ((uint32_t)(s >> 32) == h &&
            same(&m->ents[(uint32_t)s - 1], k, len))
            return i;
    }
}

int fsc__strmap_get(const fsc__strmap *m, const char *k, size_t len,
                    uint32_t h, uint32_t *val)
{
    if (!m->n_slots)
        return 0;
    uint64_t s = m->slots[find(m, k, len, h)];
    if (!s)
        return 0;
    *val = m->ents[(uint32_t)s - 1].val;
    return 1;
}

static fsc_status rehash(fsc__strmap *m, size_t n_slots)
{
    uint64_t *slots = calloc(n_slots, sizeof *slots);
    if (!slots)
        return FSC_ENOMEM;
    size_t mask = n_slots - 1;
    for (size_t j = 0; j < m->n; j++) {
        size_t i = m->ents[j].hash & mask;
        while (slots[i])
            i = (i + 1) & mask;
        slots[i] = ((uint64_t)m->ents[j].hash << 32) | (uint64_t)(j + 1);
    }
    free(m->slots);
    m->slots = slots;
    m->n_slots = n_slots;
    return FSC_OK;
}

fsc_status fsc__strmap_put(fsc__strmap *m, const char *k, size_t len,
                           uint32_t h, uint32_t val)
{
    if (len > UINT32_MAX || m->n >= UINT32_MAX - 1)
        return FSC_ELIMIT;
    if (m->n_slots) {
        uint64_t s = m->slots[find(m, k, len, h)];
        if (s) {
            m->ents[(uint32_t)s - 1].val = val;
            return FSC_OK;
        }
    }
    if ((m->n + 1) * 2 > m->n_slots) {
        fsc_status st = rehash(m, m->n_slots ? m->n_slots * 2 : 64);
        if (st != FSC_OK)
            return st;
    }
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 32;
        fsc__strent *e = realloc(m->ents, cap * sizeof *e);
        if (!e)
            return FSC_ENOMEM;
        m->ents = e;
        m->cap = cap;
    }
    char *copy = fsc__arena_strndup(&m->keys, k, len);
    if (!copy)
        return FSC_ENOMEM;
    fsc__strent *e = &m->ents[m->n];
    e->key = copy;
    e->len = (uint32_t)len;
    e->hash = h;
    e->val = val;
    if (len <= FSC__STRMAP_INLINE)
        memcpy(e->inl, k, len);
    size_t i = find(m, k, len, h);
    m->slots[i] = ((uint64_t)h << 32) | (uint64_t)(m->n + 1);
    m->n++;
    return FSC_OK;
}

fsc_status fsc__strmap_filter(fsc__strmap *m,
                              int (*keep)(void *ctx, uint32_t *val),
                              void *ctx)
{
    fsc_arena fresh;
    fsc__arena_init(&fresh, 64 * 1024);
    size_t w = 0;
    for (size_t j = 0; j < m->n; j++) {
        fsc__strent e = m->ents[j];
        if (!keep(ctx, &e.val))
            continue;
        char *copy = fsc__arena_strndup(&fresh, e.key, e.len);
        if (!copy) {
            fsc__arena_free(&fresh);
            fsc__strmap_clear(m);
            return FSC_ENOMEM;
        }
        e.key = copy;
        m->ents[w++] = e;
    }
    fsc__arena_free(&m->keys);
    m->keys = fresh;
    m->n = w;
    if (m->n_slots) {
        size_t mask = m->n_slots - 1;
        memset(m->slots, 0, m->n_slots * sizeof *m->slots);
        for (size_t j = 0; j < w; j++) {
            size_t i = m->ents[j].hash & mask;
            while (m->slots[i])
                i = (i + 1) & mask;
            m->slots[i] =
                ((uint64_t)m->ents[j].hash << 32) | (uint64_t)(j + 1);
        }
    }
    return FSC_OK;
}
