/*
 * attrib_pipe.h - the attribution pipeline as the attribution tests drive it:
 * the bundled attribution lexicons compiled alone, then tokens, quotations,
 * cue and actor mentions and attributions for one text. Shared by the
 * test_attrib*.c programs (static functions: include once).
 */
#ifndef FSC_ATTRIB_PIPE_H
#define FSC_ATTRIB_PIPE_H

#include "attrib.h"
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "quotes.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct pipe {
    fsc_lexicon *lx[2];
    fsc_model *model;
    fsc_analyzer *az;
    fsc__tokenizer *tk;
    fsc__tokvec tv;
    fsc__quotes q;
    fsc__mentions mn;
    fsc__attribs at;
} pipe;

static int pipe_open(pipe *p)
{
    static const char *const names[2] = {"cues.json", "actors.json"};
    memset(p, 0, sizeof *p);
    fsc_error e;
    for (int i = 0; i < 2; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/lexicons/attribution/%s",
                 FSC_SOURCE_DIR, names[i]);
        if (fsc_lexicon_load(path, NULL, &p->lx[i], &e) != FSC_OK) {
            fprintf(stderr, "%s: %s\n", path, e.msg);
            return 0;
        }
    }
    fsc_model_opts o;
    fsc_model_opts_init(&o);
    if (fsc_model_compile((const fsc_lexicon *const *)p->lx, 2, &o,
                          &p->model, &e) != FSC_OK ||
        fsc_analyzer_new(p->model, &p->az, &e) != FSC_OK ||
        fsc__tokenizer_new(o.locale, &p->tk, &e) != FSC_OK) {
        fprintf(stderr, "pipeline: %s\n", e.msg);
        return 0;
    }
    return 1;
}

static void pipe_close(pipe *p)
{
    fsc__attribs_free(&p->at);
    fsc__mentions_free(&p->mn);
    fsc__quotes_free(&p->q);
    fsc__tokvec_free(&p->tv);
    fsc__tokenizer_free(p->tk);
    fsc_analyzer_free(p->az);
    fsc_model_free(p->model);
    fsc_lexicon_free(p->lx[0]);
    fsc_lexicon_free(p->lx[1]);
}

static int pipe_run(pipe *p, const char *text, const char *lang)
{
    size_t len = strlen(text);
    fsc_error e;
    uint32_t n_sent;
    fsc_result *r = NULL;
    int ok = fsc__tokenize(p->tk, text, len, &p->tv, &n_sent, &e) == FSC_OK &&
             fsc__quotes_find(text, len, p->tv.v, p->tv.n, &p->q, &e) ==
                 FSC_OK &&
             fsc_analyze(p->az, text, len, lang, &r, &e) == FSC_OK &&
             fsc__attrib_mentions_result(p->model, r, text, len, p->tv.v,
                                         p->tv.n, &p->mn, &e) == FSC_OK &&
             fsc__attrib_find(text, len, p->tv.v, p->tv.n, &p->q,
                              p->mn.cues, p->mn.n_cues, p->mn.actors,
                              p->mn.n_actors, &p->at, &e) == FSC_OK;
    if (!ok)
        fprintf(stderr, "pipeline: %s\n", e.msg);
    fsc_result_free(r);
    return ok;
}

#endif
