/*
 * validate_int.h - what the validation files share (not installed): the
 * small helpers (vectors, the seeded random stream, lines, ids, the checks
 * every line of a gold file or of score rows goes through). The stages:
 * common.c (those helpers), gold.c (agreement with a gold file), audit.c
 * (drawing the audit sample) and coded.c (reading the coded audit CSV).
 */
#ifndef FSC_VALIDATE_INT_H
#define FSC_VALIDATE_INT_H

#include "framescope/validate.h"

#include "framescope/stats.h"

#include "arena.h"
#include "buf.h"
#include "format.h"
#include "internal.h"
#include "jsondup.h"
#include "jsonpos.h"
#include "strmap.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_METRICS 5 /* precision, recall, f1, kappa, alpha */

typedef struct u32vec {
    uint32_t *v;
    size_t n, cap;
} u32vec;

typedef struct lines {
    const char *p, *end;
    long line;
} lines;

/* Shared between the stages (see each definition). */
fsc_status fsc__validate_u32_push(u32vec *a, uint32_t x);
size_t fsc__validate_rng_below(uint64_t *s, size_t n);
int fsc__validate_next_line(lines *it, const char **s, size_t *n);
const char *fsc__validate_id_of(const cJSON *o, fsc_arena *a, int *oom);
int fsc__validate_bad_utf8(const char *name, long line, const char *s, size_t n, fsc_error *err);
int fsc__validate_dup_key(const char *name, long line, const cJSON *o, fsc_error *err);
long fsc__validate_col_of(const char *s, size_t n, size_t off);
cJSON *fsc__validate_parse_line(const char *name, long line, const char *s, size_t n, fsc_error *err);
long fsc__validate_key_col(const char *s, size_t n, const char *key);

#endif
