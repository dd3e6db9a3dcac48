/*
 * test_lexset.c - framescope/lexset.h: the bundled set (framing, general,
 * attribution), a user's lexicons with the bundled modifiers and
 * attribution layer (or without, --no-bundled), a directory of mixed
 * dictionary formats, and the errors (unknown format, nothing found,
 * missing file), each naming the file.
 */
#define _POSIX_C_SOURCE 200809L
#include "framescope/framescope.h"
#include "framescope/lexset.h"
#include "th.h"

#include <string.h>

static int has(const fsc_lexset *ls, const char *name)
{
    for (size_t i = 0; i < ls->n; i++)
        if (strcmp(fsc_lexicon_name(ls->v[i]), name) == 0)
            return 1;
    return 0;
}

int main(void)
{
    const char *bundled = FSC_SOURCE_DIR "/lexicons";
    fsc_error e;
    TH_EQ_INT(fsc_init(&e), FSC_OK);

    TH_CHECK(fsc_lexset_format_known("a/b.JSON"));
    TH_CHECK(fsc_lexset_format_known("x.yaml"));
    TH_CHECK(fsc_lexset_format_known("x.lcd"));
    TH_CHECK(!fsc_lexset_format_known("x.jsonl"));
    TH_CHECK(!fsc_lexset_format_known("dir.json/x"));
    TH_CHECK(!fsc_lexset_format_known("README"));

    /* the bundled set: framing first, the attribution layer last */
    fsc_lexset ls = { 0 };
    TH_EQ_INT(fsc_lexset_load(NULL, 0, bundled, 1, &ls, &e), FSC_OK);
    TH_CHECK(ls.n >= 4);
    TH_CHECK(has(&ls, "modifiers"));
    TH_CHECK(has(&ls, "loaded-language"));
    TH_CHECK(has(&ls, "attribution-cues"));
    TH_EQ_STR(fsc_lexicon_name(ls.v[ls.n - 1]), "attribution-cues");
    fsc_lexset_free(&ls);
    TH_CHECK(ls.v == NULL && ls.n == 0);
    fsc_lexset_free(&ls); /* again: no-op */
    fsc_lexset_free(NULL);

    /* a user's dictionary keeps the modifiers and voices ... */
    const char *one[] = { FSC_TEST_DATA "/lexicons/small.cat" };
    TH_EQ_INT(fsc_lexset_load(one, 1, bundled, 1, &ls, &e), FSC_OK);
    TH_EQ_STR(fsc_lexicon_name(ls.v[0]), "small");
    TH_CHECK(has(&ls, "modifiers") && has(&ls, "attribution-cues"));
    TH_CHECK(!has(&ls, "loaded-language"));
    fsc_lexset_free(&ls);
    /* ... unless only it is wanted (bundled_dir may then be NULL) */
    TH_EQ_INT(fsc_lexset_load(one, 1, NULL, 0, &ls, &e), FSC_OK);
    TH_EQ_INT(ls.n, 1);
    fsc_lexset_free(&ls);
    /* a user's modifiers replace the bundled ones (same name) */
    const char *mods[] = { FSC_SOURCE_DIR "/lexicons/modifiers.json" };
    TH_EQ_INT(fsc_lexset_load(mods, 1, bundled, 1, &ls, &e), FSC_OK);
    size_t nmod = 0;
    for (size_t i = 0; i < ls.n; i++)
        nmod += strcmp(fsc_lexicon_name(ls.v[i]), "modifiers") == 0;
    TH_EQ_INT(nmod, 1);
    fsc_lexset_free(&ls);

    /* errors name the file and leave the set empty */
    const char *bad[] = { FSC_TEST_DATA "/lexicons/dict_corpus.jsonl" };
    TH_EQ_INT(fsc_lexset_load(bad, 1, NULL, 0, &ls, &e), FSC_EINVAL);
    TH_CHECK(strstr(e.where, "dict_corpus.jsonl") != NULL);
    TH_CHECK(strstr(e.msg, "unknown dictionary format (.jsonl)") != NULL);
    TH_CHECK(ls.v == NULL && ls.n == 0);
    const char *broken[] = { FSC_TEST_DATA "/lexicons/truncated.json" };
    TH_CHECK(fsc_lexset_load(broken, 1, bundled, 1, &ls, &e) != FSC_OK);
    TH_CHECK(strstr(e.where, "truncated.json") != NULL && e.line > 0);
    TH_CHECK(ls.v == NULL && ls.n == 0);
    const char *missing[] = { FSC_TEST_DATA "/lexicons/none.json" };
    TH_CHECK(fsc_lexset_load(missing, 1, NULL, 0, &ls, &e) != FSC_OK);
    TH_CHECK(strstr(e.where, "none.json") != NULL);
    const char *empty[] = { FSC_TEST_DATA "/stats" };
    TH_EQ_INT(fsc_lexset_load(empty, 1, NULL, 0, &ls, &e), FSC_EINVAL);
    TH_CHECK(strstr(e.msg, "no lexicon files found") != NULL);
    TH_EQ_INT(fsc_lexset_load(NULL, 0, NULL, 1, &ls, &e), FSC_EINVAL);
    TH_DONE();
}
