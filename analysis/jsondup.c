/*
 * jsondup.c - duplicate keys in parsed JSON (see jsondup.h).
 */
#include "jsondup.h"

#include <string.h>

const char *fsc__json_dup_key(const cJSON *v, int depth)
{
    if (!v || depth <= 0)
        return NULL;
    if (cJSON_IsObject(v)) {
        /* Objects have a handful of members: pairwise is cheapest. */
        for (const cJSON *a = v->child; a; a = a->next) {
            for (const cJSON *b = a->next; b; b = b->next)
                if (a->string && b->string && strcmp(a->string, b->string) == 0)
                    return a->string;
        }
    }
    if (cJSON_IsObject(v) || cJSON_IsArray(v))
        for (const cJSON *a = v->child; a; a = a->next) {
            const char *d =
                fsc__json_dup_key(a, cJSON_IsArray(v) ? depth : depth - 1);
            if (d)
                return d;
        }
    return NULL;
}
