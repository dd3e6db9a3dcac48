/*
 * fuzz_lexicon.c - libFuzzer target for the JSON lexicon reader: the input is
 * parsed with fsc_lexicon_parse (format forced to JSON) and the raw bytes are
 * also walked by the jsonpos scanner and read by the arena JSON reader.
 * Checks: no crash or leak, every error has a position inside the input,
 * every loaded lexicon is self-consistent, and every text the arena reader
 * accepts is accepted by cJSON with the same tree.
 */
#include "framescope/lexicon.h"
#include "jsonpos.h"
#include "lexicon/jtree.h"

#include <cjson/cJSON.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Invariants of a loaded lexicon; abort() tells libFuzzer it found a bug. */
static void check_lexicon(const fsc_lexicon *lx)
{
    size_t nc = fsc_lexicon_n_categories(lx);
    if (!fsc_lexicon_name(lx) || !fsc_lexicon_version(lx) ||
        strlen(fsc_lexicon_sha256(lx)) != 64)
        abort();
    for (size_t i = 0; i < nc; i++) {
        const fsc_category *c = fsc_lexicon_category(lx, i);
        if (!c || !c->id || !c->label ||
            fsc_lexicon_find_category(lx, c->id) != (long)i)
            abort();
        if (c->parent && fsc_lexicon_find_category(lx, c->parent) < 0)
            abort();
        if (c->pole && !c->axis)
            abort();
    }
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        if (!e || !e->term[0] || !e->lang || e->term[0] == ' ' ||
            strlen(e->term) > 512)
            abort();
        if (e->role == FSC_ROLE_TERM && e->n_cats == 0)
            abort();
        for (size_t k = 0; k < e->n_cats; k++)
            if (e->cats[k] >= nc)
                abort();
        if (e->role == FSC_ROLE_NAME && e->n_cats)
            abort();
        if (e->n_guards > 6 || (e->n_guards && !e->guards) ||
            (e->n_guards && (e->guard_window < 1 || e->guard_window > 10)))
            abort();
        for (size_t g = 0; g < e->n_guards; g++) {
            if (!e->guards[g].n_patterns || e->guards[g].n_patterns > 64 ||
                (unsigned)e->guards[g].kind > FSC_GUARD_NOT_NEAR)
                abort();
            for (size_t k = 0; k < e->guards[g].n_patterns; k++)
                if (!e->guards[g].patterns[k][0] ||
                    e->guards[g].patterns[k][0] == ' ')
                    abort();
        }
    }
    const fsc_topic_scope *sc = fsc_lexicon_scope(lx);
    if (sc && (!sc->n_anchors || sc->min_anchors < 1 ||
               fsc_lexicon_layer(lx) != FSC_LAYER_FRAMING))
        abort();
    for (size_t i = 0; sc && i < sc->n_anchors; i++)
        if (!sc->anchors[i][0])
            abort();
    for (size_t i = 0; i < fsc_lexicon_n_warnings(lx); i++)
        if (!fsc_lexicon_warning(lx, i))
            abort();
}

static void check_jtree(const char *s, size_t size)
{
    fsc_arena a;
    cJSON *fast = NULL;
    fsc__arena_init(&a, 4096);
    size_t *offs = NULL, n_offs = 0;
    if (fsc__jtree_parse(s, size, &a, "entries", &offs, &n_offs, &fast) ==
        FSC__JTREE_OK) {
        /* the entries' offsets are the raw-text scanner's */
        static const fsc__jpstep path[] = { { "entries", 0 } };
        size_t *want = malloc((n_offs + 2) * sizeof *want);
        if (!want)
            abort();
        const cJSON *ents =
            cJSON_IsObject(fast)
                ? cJSON_GetObjectItemCaseSensitive(fast, "entries")
                : NULL;
        size_t nw =
            cJSON_IsArray(ents)
                ? fsc__jsonpos_elements(s, size, path, 1, want, n_offs + 2)
                : 0;
        if (nw != n_offs || (nw && memcmp(want, offs, nw * sizeof *want)))
            abort();
        free(want);
        char *copy = malloc(size + 1);
        if (!copy)
            abort();
        memcpy(copy, s, size);
        copy[size] = '\0';
        const char *end = NULL;
        cJSON *ref = cJSON_ParseWithLengthOpts(copy, size + 1, &end, 1);
        if (!ref || !fsc__jtree_same(fast, ref))
            abort();
        cJSON_Delete(ref);
        free(copy);
    }
    free(offs);
    fsc__arena_free(&a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    fsc_lexicon_opts o;
    fsc_lexicon *lx = NULL;
    fsc_error err;
    fsc_lexicon_opts_init(&o);
    o.format = FSC_LEXFMT_JSON;
    o.max_bytes = 1 << 20;
    fsc_status st = fsc_lexicon_parse(s, size, "fuzz.json", &o, &lx, &err);
    if (st == FSC_OK) {
        check_lexicon(lx);
        fsc_lexicon_free(lx);
    } else {
        if (lx || err.code != st || !err.msg[0])
            abort();
        if (err.byte > (long long)size || (err.byte >= 0 && err.line < 1))
            abort();
    }

    /* The scanner must survive any bytes, valid JSON or not. */
    static const fsc__jpstep paths[][3] = {
        { { "entries", 0 }, { NULL, 1 }, { "term", 0 } },
        { { NULL, 0 }, { NULL, 0 }, { NULL, 0 } },
        { { "categories", 0 }, { NULL, 3 }, { "parent", 0 } },
    };
    size_t off, offs[16];
    long line, col;
    for (size_t p = 0; p < sizeof paths / sizeof *paths; p++) {
        fsc__jsonpos_find(s, size, paths[p], 3, (int)(p & 1), &off);
        if (off > size)
            abort();
        fsc__text_linecol(s, size, off, &line, &col);
        fsc__jsonpos_elements(s, size, paths[p], 1, offs, 16);
    }
    fsc__json_open_at_eof(s, size, &off);
    check_jtree(s, size);
    return 0;
}
