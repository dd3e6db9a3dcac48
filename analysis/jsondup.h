/*
 * jsondup.h - the one rule for duplicate keys in the JSON framescope reads
 * (corpus records, score rows): an object that names a key twice is
 * refused, never read "first wins" by one reader and "last wins" by another.
 */
#ifndef FSC_JSONDUP_H
#define FSC_JSONDUP_H

#include <cjson/cJSON.h>

/**
 * The first key that appears twice in one object of `v`, looking `depth`
 * levels down (1: v's own members only; objects inside arrays count as one
 * level below the array's object); NULL when there is none. The string
 * belongs to `v`.
 */
const char *fsc__json_dup_key(const cJSON *v, int depth);

#endif
