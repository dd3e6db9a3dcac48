/*
 * test_attrib_eval.c - source attribution over the annotated sentences in
 * tests/data/attrib/{ar,en,ru}.jsonl: prints per language the precision and
 * recall of source attribution and the voice accuracy, and checks them
 * against floors. FSC_ATTRIB_VERBOSE=1 lists every miss.
 *
 * Scoring, per expected span (its first token decides): the prediction is
 * the voice of that token and, when it is not authorial, the source of the
 * attribution that gives the voice (actor id, "anonymous" or "unresolved").
 * A prediction is correct when it equals the expected source (null for
 * authorial). Precision = correct / predicted non-null; recall = correct /
 * expected non-null.
 */
#include "attrib.h"
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "quotes.h"
#include "text.h"
#include "th.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib_pipe.h"

/* Token holding byte off (or the first after it). */
static size_t tok_at(const pipe *p, size_t off)
{
    for (size_t i = 0; i < p->tv.n; i++)
        if (p->tv.v[i].off + p->tv.v[i].len > off)
            return i;
    return p->tv.n;
}

static const char *voice_name(int v)
{
    return v == FSC__VOICE_QUOTED       ? "quoted"
           : v == FSC__VOICE_ATTRIBUTED ? "attributed"
                                        : "authorial";
}

static const char *source_of(const pipe *p, long k)
{
    if (k < 0)
        return NULL;
    const fsc__attribution *x = &p->at.v[k];
    if (x->source_kind == FSC__SRC_ANONYMOUS)
        return "anonymous";
    if (x->source_kind == FSC__SRC_UNRESOLVED || x->actor < 0)
        return "unresolved";
    return p->mn.actors[x->actor].id;
}

static void dump(const pipe *p, const char *text)
{
    for (size_t k = 0; k < p->at.n; k++) {
        const fsc__attribution *x = &p->at.v[k];
        const fsc__token *t = p->tv.v;
        size_t a = t[x->content_first_tok].off;
        size_t b = t[x->content_last_tok].off + t[x->content_last_tok].len;
        fprintf(stderr, "    [%s %s %.2f kind=%d] content=\"%.*s\"\n", x->rule,
                source_of(p, (long)k) ? source_of(p, (long)k) : "-",
                x->confidence, x->kind, (int)(b - a), text + a);
    }
}

typedef struct score {
    int spans, voice_ok, pred, exp, correct;
} score;

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    fclose(f);
    if (s)
        s[n] = '\0';
    return s;
}

static void eval_lang(pipe *p, const char *lang, score *sc, int verbose)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/attrib/%s.jsonl", FSC_TEST_DATA, lang);
    char *data = slurp(path);
    TH_CHECK(data != NULL);
    if (!data)
        return;
    memset(sc, 0, sizeof *sc);
    for (char *line = strtok(data, "\n"); line; line = strtok(NULL, "\n")) {
        cJSON *j = cJSON_Parse(line);
        TH_CHECK(j != NULL);
        if (!j)
            continue;
        const cJSON *text = cJSON_GetObjectItem(j, "text");
        const cJSON *id = cJSON_GetObjectItem(j, "id");
        const cJSON *exp = cJSON_GetObjectItem(j, "expect");
        if (!cJSON_IsString(text) || !cJSON_IsArray(exp) ||
            !pipe_run(p, text->valuestring, lang)) {
            th_failures++;
            cJSON_Delete(j);
            continue;
        }
        int printed = 0;
        const cJSON *e;
        cJSON_ArrayForEach(e, exp)
        {
            const cJSON *span = cJSON_GetObjectItem(e, "span");
            const cJSON *occ = cJSON_GetObjectItem(e, "occurrence");
            const cJSON *voice = cJSON_GetObjectItem(e, "voice");
            const cJSON *src = cJSON_GetObjectItem(e, "source");
            if (!cJSON_IsString(span) || !cJSON_IsString(voice))
                continue;
            int n = cJSON_IsNumber(occ) ? occ->valueint : 1;
            const char *at = text->valuestring;
            for (int k = 0; at && k < n; k++) {
                at = strstr(k ? at + 1 : at, span->valuestring);
            }
            TH_CHECK(at != NULL);
            if (!at)
                continue;
            size_t ti = tok_at(p, (size_t)(at - text->valuestring));
            long which = -1;
            int v = ti < p->tv.n
                        ? fsc__attrib_voice(&p->at, (uint32_t)ti, &which)
                        : FSC__VOICE_AUTHORIAL;
            const char *ps =
                v == FSC__VOICE_AUTHORIAL ? NULL : source_of(p, which);
            const char *es = cJSON_IsString(src) ? src->valuestring : NULL;
            if (es && strcmp(es, "null") == 0)
                es = NULL;
            sc->spans++;
            int vok = strcmp(voice_name(v), voice->valuestring) == 0;
            sc->voice_ok += vok;
            sc->pred += ps != NULL;
            sc->exp += es != NULL;
            int sok = (ps && es && strcmp(ps, es) == 0);
            sc->correct += sok;
            int src_ok = sok || (!ps && !es);
            if (verbose && (!vok || !src_ok)) {
                if (!printed++)
                    fprintf(stderr, "%s [%s] %s\n", id ? id->valuestring : "?",
                            cJSON_GetObjectItem(j, "rule")->valuestring,
                            text->valuestring);
                fprintf(stderr,
                        "  span \"%s\": voice %s (want %s), source %s "
                        "(want %s)\n",
                        span->valuestring, voice_name(v), voice->valuestring,
                        ps ? ps : "null", es ? es : "null");
            }
        }
        if (printed)
            dump(p, text->valuestring);
        cJSON_Delete(j);
    }
    free(data);
}

int main(void)
{
    pipe p;
    if (!pipe_open(&p)) {
        pipe_close(&p);
        return 1;
    }
    const char *v = getenv("FSC_ATTRIB_VERBOSE");
    int verbose = v && *v && *v != '0';
    static const char *const langs[3] = { "ar", "en", "ru" };
    score tot = { 0 };
    for (int i = 0; i < 3; i++) {
        score sc;
        eval_lang(&p, langs[i], &sc, verbose);
        double prec = sc.pred ? (double)sc.correct / sc.pred : 0;
        double rec = sc.exp ? (double)sc.correct / sc.exp : 0;
        double vacc = sc.spans ? (double)sc.voice_ok / sc.spans : 0;
        printf("%s: spans %d, source precision %.3f (%d/%d), recall %.3f "
               "(%d/%d), voice accuracy %.3f (%d/%d)\n",
               langs[i], sc.spans, prec, sc.correct, sc.pred, rec, sc.correct,
               sc.exp, vacc, sc.voice_ok, sc.spans);
        /* Floors below the figures reached, so that a regression fails. */
        TH_CHECK(sc.spans >= 60);
        TH_CHECK(prec >= 0.85);
        TH_CHECK(rec >= 0.80);
        TH_CHECK(vacc >= 0.85);
        tot.spans += sc.spans;
        tot.voice_ok += sc.voice_ok;
        tot.pred += sc.pred;
        tot.exp += sc.exp;
        tot.correct += sc.correct;
    }
    printf("all: spans %d, source precision %.3f, recall %.3f, voice accuracy "
           "%.3f\n",
           tot.spans, tot.pred ? (double)tot.correct / tot.pred : 0,
           tot.exp ? (double)tot.correct / tot.exp : 0,
           tot.spans ? (double)tot.voice_ok / tot.spans : 0);
    pipe_close(&p);
    TH_DONE();
}
