/*
 * common.c - helpers the validation stages share: option defaults, vectors,
 * the seeded splitmix64 stream, lines of JSON Lines input and ids.
 */
#include "validate_int.h"

void fsc_validate_opts_init(fsc_validate_opts *o)
{
    o->bootstrap = 1000;
    o->level = 0.95;
    o->seed = 20240607u;
    o->categories = NULL;
    o->n_categories = 0;
}

void fsc_audit_opts_init(fsc_audit_opts *o)
{
    o->per_term = 20;
    o->seed = 20240607u;
    o->context = 60;
    o->corpus = NULL;
    o->n_corpus = 0;
    fsc_reader_opts_init(&o->reader);
}

/* ------------------------------------------------------------------ */
/* Small helpers                                                        */
/* ------------------------------------------------------------------ */


fsc_status fsc__validate_u32_push(u32vec *a, uint32_t x)
{
    if (a->n == a->cap) {
        size_t cap = a->cap ? 2 * a->cap : 4;
        uint32_t *p = realloc(a->v, cap * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        a->v = p;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return FSC_OK;
}

/* splitmix64 (Steele, Lea and Flood 2014): tiny, seedable, good enough for
 * drawing resample indices; GSL stays inside stats.c. */
static uint64_t rng_next(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Uniform in [0, n), n > 0, without modulo bias (rejection). */
size_t fsc__validate_rng_below(uint64_t *s, size_t n)
{
    uint64_t bound = (uint64_t)n;
    uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        uint64_t r = rng_next(s);
        if (r >= threshold)
            return (size_t)(r % bound);
    }
}

/* Iterate over the lines of data; returns 0 at the end. Strips CR; line
 * numbers are 1-based. */

int fsc__validate_next_line(lines *it, const char **s, size_t *n)
{
    while (it->p < it->end) {
        const char *start = it->p;
        const char *nl = memchr(start, '\n', (size_t)(it->end - start));
        const char *stop = nl ? nl : it->end;
        it->p = nl ? nl + 1 : it->end;
        it->line++;
        size_t len = (size_t)(stop - start);
        if (len && start[len - 1] == '\r')
            len--;
        size_t i = 0;
        while (i < len && (start[i] == ' ' || start[i] == '\t'))
            i++;
        if (i == len)
            continue;
        *s = start;
        *n = len;
        return 1;
    }
    return 0;
}

/* The id of a record as text (strings as they are, numbers as cJSON prints
 * them), in the arena; NULL when absent or of another type. */
const char *fsc__validate_id_of(const cJSON *o, fsc_arena *a, int *oom)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    *oom = 0;
    if (cJSON_IsString(id) && id->valuestring) {
        char *s =
            fsc__arena_strndup(a, id->valuestring, strlen(id->valuestring));
        *oom = s == NULL;
        return s;
    }
    if (cJSON_IsNumber(id)) {
        char *t = cJSON_PrintUnformatted(id);
        if (!t) {
            *oom = 1;
            return NULL;
        }
        char *s = fsc__arena_strndup(a, t, strlen(t));
        cJSON_free(t);
        *oom = s == NULL;
        return s;
    }
    return NULL;
}
