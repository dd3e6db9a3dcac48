/*
 * arena.c - bump allocator with chained blocks.
 *
 * Large requests get a block of their own so that one huge allocation never
 * wastes a default-sized block.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct fsc__arena_block {
    fsc__arena_block *next; /* older block */
    size_t size;            /* bytes in mem[] */
    size_t off;             /* bytes used */
    max_align_t mem[];      /* storage */
};

void fsc__arena_init(fsc_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->used = 0;
}

void *fsc__arena_alloc(fsc_arena *a, size_t n)
{
    n = (n + 7u) & ~(size_t)7u;
    if (n == 0)
        n = 8;
    fsc__arena_block *b = a->head;
    if (!b || b->size - b->off < n) {
        size_t sz = n > a->block_size ? n : a->block_size;
        if (sz > SIZE_MAX - sizeof *b)
            return NULL;
        fsc__arena_block *nb = malloc(sizeof *nb + sz);
        if (!nb)
            return NULL;
        nb->size = sz;
        nb->off = 0;
        if (b && n > a->block_size) {
            /* Put the oversized block behind the current one so the current
             * block's free space stays usable. */
            nb->next = b->next;
            b->next = nb;
            nb->off = n;
            a->used += n;
            return (char *)nb->mem;
        }
        nb->next = b;
        a->head = nb;
        b = nb;
    }
    void *p = (char *)b->mem + b->off;
    b->off += n;
    a->used += n;
    return p;
}

char *fsc__arena_strndup(fsc_arena *a, const char *s, size_t n)
{
    char *p = fsc__arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void fsc__arena_reset(fsc_arena *a)
{
    fsc__arena_block *b = a->head;
    if (!b)
        return;
    /* Keep only the last (oldest) default-sized block. */
    fsc__arena_block *keep = NULL;
    while (b) {
        fsc__arena_block *next = b->next;
        if (!keep && b->size == a->block_size)
            keep = b;
        else
            free(b);
        b = next;
    }
    if (keep) {
        keep->next = NULL;
        keep->off = 0;
    }
    a->head = keep;
    a->used = 0;
}

void fsc__arena_free(fsc_arena *a)
{
    fsc__arena_block *b = a->head;
    while (b) {
        fsc__arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}

void fsc__arena_adopt(fsc_arena *a, fsc_arena *from)
{
    fsc__arena_block *first = from->head;
    if (!first)
        return;
    fsc__arena_block *last = first;
    while (last->next)
        last = last->next;
    if (a->head) {
        last->next = a->head->next;
        a->head->next = first;
    } else {
        a->head = first;
    }
    a->used += from->used;
    from->head = NULL;
    from->used = 0;
}
