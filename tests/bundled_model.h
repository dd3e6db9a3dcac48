/*
 * bundled_model.h - the bundled lexicons (framing and attribution) compiled
 * into one model with one analyzer, as the renderer tests use them.
 * Static definitions: include from one test file only.
 */
#ifndef FSC_BUNDLED_MODEL_H
#define FSC_BUNDLED_MODEL_H

#include "framescope/analyzer.h"
#include "framescope/lexicon.h"

#include <stdio.h>

static const char *const lexicon_files[] = { "lexicons/karabakh-2023.json",
                                             "lexicons/modifiers.json",
                                             "lexicons/attribution/actors.json",
                                             "lexicons/attribution/cues.json" };
#define N_LEX (sizeof lexicon_files / sizeof *lexicon_files)

static fsc_lexicon *lex[N_LEX];
static fsc_model *model;
static fsc_analyzer *az;

static int setup(void)
{
    fsc_error e;
    if (fsc_init(&e) != FSC_OK)
        return -1;
    for (size_t i = 0; i < N_LEX; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", FSC_SOURCE_DIR, lexicon_files[i]);
        if (fsc_lexicon_load(path, NULL, &lex[i], &e) != FSC_OK) {
            fprintf(stderr, "%s: %s\n", path, e.msg);
            return -1;
        }
    }
    if (fsc_model_compile((const fsc_lexicon *const *)lex, N_LEX, NULL, &model,
                          &e) != FSC_OK ||
        fsc_analyzer_new(model, &az, &e) != FSC_OK) {
        fprintf(stderr, "%s\n", e.msg);
        return -1;
    }
    return 0;
}

#endif
