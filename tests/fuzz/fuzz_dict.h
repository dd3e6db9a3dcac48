/*
 * fuzz_dict.h - the body shared by the dictionary fuzz targets (fuzz_dic,
 * fuzz_cat, fuzz_yaml, fuzz_dicx, fuzz_lcd): parse the input with
 * fsc_lexicon_parse, the format forced. Checks: no crash or leak, errors
 * point inside the input, loaded entries are consistent.
 */
#ifndef FSC_FUZZ_DICT_H
#define FSC_FUZZ_DICT_H

#include "framescope/lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int fuzz_dictionary(const uint8_t *data, size_t size,
                           fsc_lexicon_format format, const char *name)
{
    fsc_lexicon_opts o;
    fsc_lexicon *lx = NULL;
    fsc_error err;
    fsc_lexicon_opts_init(&o);
    o.format = format;
    o.max_bytes = 1 << 20;
    fsc_status st =
        fsc_lexicon_parse((const char *)data, size, name, &o, &lx, &err);
    if (st != FSC_OK) {
        if (lx || err.code != st || !err.msg[0])
            abort();
        if (err.byte > (long long)size || (err.byte >= 0 && err.line < 1))
            abort();
        return 0;
    }
    size_t nc = fsc_lexicon_n_categories(lx);
    for (size_t i = 0; i < nc; i++) {
        const fsc_category *c = fsc_lexicon_category(lx, i);
        if (fsc_lexicon_find_category(lx, c->id) != (long)i)
            abort();
    }
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        if (!e->term[0] || e->n_cats == 0 || e->line < 1)
            abort();
        for (size_t k = 0; k < e->n_cats; k++)
            if (e->cats[k] >= nc)
                abort();
    }
    fsc_lexicon_free(lx);
    return 0;
}

#endif
