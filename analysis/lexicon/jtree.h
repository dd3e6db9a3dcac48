/*
 * jtree.h - a fast reader for well-formed JSON that builds the same tree
 * cJSON_ParseWithLengthOpts would, with every node and string in an arena.
 *
 * The lexicon reader walks a cJSON tree; for a large lexicon cJSON spent
 * most of the load on one malloc per node and string and a free for each
 * again. fsc__jtree_parse reads strict JSON only and says so when the text
 * is anything else (a syntax error, or merely something it leaves to cJSON:
 * a \u0000 escape, a lone surrogate, control bytes, white space other than
 * space, tab, LF and CR, deep nesting, a long number), so the caller then
 * parses with cJSON and reports exactly what it reported before. On every
 * text it accepts, cJSON accepts it too and builds a tree with the same
 * shape, types, keys, strings and numbers (checked by test_jtree and
 * fuzz_lexicon).
 */
#ifndef FSC_JTREE_H
#define FSC_JTREE_H

#include "arena.h"

#include <cjson/cJSON.h>
#include <stddef.h>

typedef enum fsc__jtree_result {
    FSC__JTREE_OK = 0,      /* *root is the tree, in the arena */
    FSC__JTREE_DECLINE = 1, /* not read: parse with cJSON instead */
    FSC__JTREE_NOMEM = 2    /* the arena ran out of memory */
} fsc__jtree_result;

/**
 * Read the JSON value in s[0..len) (white space around it allowed; the text
 * must not start with a byte-order mark) into a tree of cJSON nodes
 * allocated from `a`. The tree must not be given to cJSON_Delete: it lives
 * until the arena is freed. *root is NULL unless FSC__JTREE_OK.
 *
 * With mark_key (and offs, n_offs not NULL), a top-level object's first
 * member of that name, when it is an array, also gets the byte offsets of
 * its elements in *offs[0..*n_offs) (what fsc__jsonpos_elements finds, in
 * the same pass); *offs is malloc'd (NULL when there are none), the caller
 * frees it, and is set only with FSC__JTREE_OK.
 */
fsc__jtree_result fsc__jtree_parse(const char *s, size_t len, fsc_arena *a,
                                   const char *mark_key, size_t **offs,
                                   size_t *n_offs, cJSON **root);

/*
 * 1 when the trees at a and b are alike: types, keys, strings, numbers,
 * valueint, and the sibling links (each prev, and the first child's prev
 * the last child, as cJSON links them). The check of the arena reader
 * against cJSON that test_jtree and fuzz_lexicon share.
 */
int fsc__jtree_same(const cJSON *a, const cJSON *b);

#endif
