/*
 * strmap.h - open-addressing hash map from byte strings to uint32 values.
 *
 * Keys are copied into the map's own arena; keys of up to 20 bytes are also
 * kept inside the entry, so a lookup that hits touches one slot and one
 * entry. Used for the model's word patterns and the analyzer's type cache,
 * which is probed once per token.
 */
#ifndef FSC_STRMAP_H
#define FSC_STRMAP_H

#include "arena.h"
#include "framescope/framescope.h"

#include <stddef.h>
#include <stdint.h>

#define FSC__STRMAP_INLINE 20

typedef struct fsc__strent {
    uint32_t hash;                  /* fsc__hash of the key */
    uint32_t len;                   /* key bytes */
    uint32_t val;                   /* stored value */
    char inl[FSC__STRMAP_INLINE];   /* the key when len <= 20 */
    const char *key;                /* the key (arena copy, NUL-terminated) */
} fsc__strent;

typedef struct fsc__strmap {
    uint64_t *slots;   /* 0 = empty, else hash << 32 | (entry index + 1) */
    size_t n_slots;    /* power of two */
    fsc__strent *ents; /* entries in insertion order */
    size_t n, cap;     /* entries used / allocated */
    fsc_arena keys;    /* key storage */
} fsc__strmap;

void fsc__strmap_init(fsc__strmap *m);
void fsc__strmap_free(fsc__strmap *m);
/** Forget every entry; keeps memory for reuse. */
void fsc__strmap_clear(fsc__strmap *m);
/** 1 and *val when found, else 0. `h` must be fsc__hash(k, len). */
int fsc__strmap_get(const fsc__strmap *m, const char *k, size_t len,
                    uint32_t h, uint32_t *val);
/**
 * Keep only the entries for which keep(ctx, &val) returns nonzero (it may
 * change the value), in their order; the slot and entry arrays are reused
 * as they are, the kept keys move to a fresh key arena. On FSC_ENOMEM the
 * map is left empty.
 */
fsc_status fsc__strmap_filter(fsc__strmap *m,
                              int (*keep)(void *ctx, uint32_t *val),
                              void *ctx);
/** Insert or overwrite. Keys longer than UINT32_MAX give FSC_ELIMIT. */
fsc_status fsc__strmap_put(fsc__strmap *m, const char *k, size_t len,
                           uint32_t h, uint32_t val);

#endif
