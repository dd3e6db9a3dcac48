/*
 * test_model_words.c - the compiler reuses the word patterns of a word met
 * before only under the same clitics flag: an Arabic word with its article
 * gives the key with the article when the entry turns clitics off, and the
 * bare stem when it leaves them on, whichever entry comes first.
 */
#include "match/match_int.h"
#include "th.h"

#include "framescope/analyzer.h"
#include "framescope/lexicon.h"

#include <stdio.h>
#include <string.h>

/* A macro, so that the format is a string literal. */
#define LEX_FMT                                                            \
    "{\"framescope_lexicon\": 1, \"name\": \"words\", \"version\": \"1\"," \
    " \"languages\": [\"ar\"], \"categories\": [{\"id\": \"c\"}],"         \
    " \"entries\": ["                                                      \
    "  {\"term\": \"المدينة %s\", \"categories\": [\"c\"],"         \
    "   \"clitics\": %s},"                                                 \
    "  {\"term\": \"المدينة %s\", \"categories\": [\"c\"],"         \
    "   \"clitics\": %s}]}"

static int has_exact(const fsc_model *m, const char *key)
{
    uint32_t v;
    return fsc__strmap_get(&m->exact, key, strlen(key),
                           fsc__hash(key, strlen(key)), &v);
}

/* Two entries sharing their first word, the first with clitics `a`, the
 * second with `b`. */
static void check(const char *a, const char *b)
{
    char txt[1024];
    snprintf(txt, sizeof txt, LEX_FMT, "القديمة", a, "الجديدة", b);
    fsc_lexicon *lx = NULL;
    fsc_model *m = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_lexicon_parse(txt, strlen(txt), "words.json", NULL, &lx, &e),
              FSC_OK);
    if (!lx)
        return;
    const fsc_lexicon *v[1] = { lx };
    TH_EQ_INT(fsc_model_compile(v, 1, NULL, &m, &e), FSC_OK);
    if (m) {
        /* clitics off keeps the article, on drops it */
        TH_CHECK(has_exact(m, "المدينة"));
        TH_CHECK(has_exact(m, "مدينة"));
        fsc_model_free(m);
    }
    fsc_lexicon_free(lx);
}

int main(void)
{
    check("false", "true");
    check("true", "false");
    TH_DONE();
}
