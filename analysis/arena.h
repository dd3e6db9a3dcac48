/*
 * arena.h - bump allocator for per-document and per-lexicon data.
 *
 * Memory comes from chained blocks and is released all at once by
 * fsc__arena_free (or kept for reuse by fsc__arena_reset). Allocations are
 * 8-byte aligned. There is no per-object free.
 */
#ifndef FSC_ARENA_H
#define FSC_ARENA_H

#include <stddef.h>

typedef struct fsc__arena_block fsc__arena_block;

typedef struct fsc_arena {
    fsc__arena_block *head; /* current block (newest first) */
    size_t block_size;      /* default size of new blocks */
    size_t used;            /* bytes handed out since init/reset */
} fsc_arena;

void fsc__arena_init(fsc_arena *a, size_t block_size);
/** NULL when out of memory. n == 0 gives a valid unique pointer. */
void *fsc__arena_alloc(fsc_arena *a, size_t n);
/** Copy of s[0..n) plus a NUL, or NULL when out of memory. */
char *fsc__arena_strndup(fsc_arena *a, const char *s, size_t n);
/** Forget all allocations but keep the first block for reuse. */
void fsc__arena_reset(fsc_arena *a);
void fsc__arena_free(fsc_arena *a);
/** Move every block of `from` into `a` (behind a's current block, which
 *  stays current): what was allocated from `from` now lives as long as
 *  `a`. `from` is left empty and may be freed or reused. */
void fsc__arena_adopt(fsc_arena *a, fsc_arena *from);

#endif
