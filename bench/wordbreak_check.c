/*
 * wordbreak_check.c - the tokenizer's fast path for word boundaries against
 * ICU's word iterator alone, over every record's "text" of JSON Lines files
 * ('-' reads standard input): the same segment ends, rule statuses and
 * tokens (offsets, kinds, sentences, paragraphs), record by record; then the
 * time of fsc__tokenize over the same texts held in memory with the fast
 * path off and on (interleaved, best of FSC_REPS, default 3). Built and run
 * by wordbreak_check.sh against the static library; exits 1 on a
 * difference.
 */
#include "internal.h"
#include "text.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    fsc_error err;
    fsc__tokenizer *tk;
    if (fsc__tokenizer_new("en@ss=standard", &tk, &err) != FSC_OK)
        return 2;
    if (!fsc__tokenizer_set_fast(tk, 1)) {
        fprintf(stderr, "the fast path is off for this locale\n");
        return 2;
    }
    const size_t seg_cap = (size_t)1 << 24;
    int32_t *e1 = malloc(seg_cap * 4), *r1 = malloc(seg_cap * 4);
    int32_t *e2 = malloc(seg_cap * 4), *r2 = malloc(seg_cap * 4);
    size_t n_txt = 0, cap_txt = 1024;
    char **txt = malloc(cap_txt * sizeof *txt);
    if (!e1 || !r1 || !e2 || !r2 || !txt)
        return 2;
    fsc__tokvec t1 = { 0 }, t2 = { 0 };
    long recs = 0, diff = 0, segs = 0, toks = 0;
    double bytes = 0;
    for (int f = 1; f < argc; f++) {
        FILE *fp = strcmp(argv[f], "-") ? fopen(argv[f], "r") : stdin;
        if (!fp) {
            perror(argv[f]);
            return 2;
        }
        char *line = NULL;
        size_t lcap = 0;
        ssize_t n;
        while ((n = getline(&line, &lcap, fp)) > 0) {
            cJSON *o = cJSON_ParseWithLength(line, (size_t)n);
            const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, "text");
            if (cJSON_IsString(t)) {
                const char *s = t->valuestring;
                size_t len = strlen(s), n1 = 0, n2 = 0;
                uint32_t s1 = 0, s2 = 0;
                fsc__tokenizer_set_fast(tk, 0);
                fsc_status a = fsc__tokenizer_words(tk, s, len, e1, r1,
                                                    seg_cap, &n1, &err);
                fsc_status ta = fsc__tokenize(tk, s, len, &t1, &s1, &err);
                fsc__tokenizer_set_fast(tk, 1);
                fsc_status b = fsc__tokenizer_words(tk, s, len, e2, r2,
                                                    seg_cap, &n2, &err);
                fsc_status tb = fsc__tokenize(tk, s, len, &t2, &s2, &err);
                if (a != b || ta != tb || n1 != n2 || s1 != s2 ||
                    t1.n != t2.n || memcmp(e1, e2, n1 * 4) ||
                    memcmp(r1, r2, n1 * 4) ||
                    memcmp(t1.v, t2.v, t1.n * sizeof *t1.v)) {
                    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
                    if (diff++ < 10)
                        printf("DIFFERENT: %s\n",
                               cJSON_IsString(id) ? id->valuestring : "?");
                }
                recs++;
                segs += (long)n1;
                toks += (long)t1.n;
                bytes += (double)len;
                if (n_txt == cap_txt) {
                    cap_txt *= 2;
                    txt = realloc(txt, cap_txt * sizeof *txt);
                    if (!txt)
                        return 2;
                }
                txt[n_txt++] = strdup(s);
            }
            cJSON_Delete(o);
        }
        free(line);
        if (fp != stdin)
            fclose(fp);
    }
    printf("%ld records, %.1f MB of text, %ld word segments, %ld tokens: "
           "%ld records differ\n",
           recs, bytes / 1e6, segs, toks, diff);
    int reps = getenv("FSC_REPS") ? atoi(getenv("FSC_REPS")) : 3;
    double best[2] = { 1e30, 1e30 };
    for (int k = 0; k < reps; k++)
        for (int fast = 0; fast < 2; fast++) {
            uint32_t ns;
            fsc__tokenizer_set_fast(tk, fast);
            double t0 = now();
            for (size_t i = 0; i < n_txt; i++)
                fsc__tokenize(tk, txt[i], strlen(txt[i]), &t1, &ns, &err);
            double d = now() - t0;
            if (d < best[fast])
                best[fast] = d;
        }
    if (n_txt)
        printf("fsc__tokenize, best of %d: ICU alone %.3f s, fast path %.3f "
               "s (%.2fx)\n",
               reps, best[0], best[1], best[0] / best[1]);
    return diff != 0;
}
