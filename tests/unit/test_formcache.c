/*
 * test_formcache.c - the analyzer's word-form cache is bounded and evicts
 * cold forms (analysis/match/forms.c, compact_types): an analyzer that has seen
 * an open vocabulary of many thousand new forms, so that it evicted many
 * times, analyses articles exactly as a fresh one does (every match with
 * its clitics, voice and attribution, every attribution, voice tokens);
 * the filters in front of the model's lookups pass every exact key and
 * change nothing; and the cache's arrays stay within MAX_TYPES forms (an
 * article is not let to take the cache over the bound, which doubled them).
 * The share of resolved forms (analysis/match/share.c): an analyzer that
 * copies its forms from what another resolved analyses as a fresh one
 * does, also after the share's ring went round many times; and `score`
 * over a growing vocabulary gives the same bytes on 1 and 8 threads.
 */
#define _POSIX_C_SOURCE 200809L
#include "bundled_model.h"
#include "th.h"

#include "framescope/analyzer.h"
#include "framescope/score.h"
#include "match/formshare.h"
#include "match/match_int.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char sig[1 << 20];

/* Everything the analysis says about one article, as one string. */
static const char *signature(fsc_analyzer *a, const char *text,
                             const char *lang)
{
    fsc_result *r = NULL;
    fsc_error e;
    size_t o = 0;
    sig[0] = '\0';
    if (fsc_analyze(a, text, strlen(text), lang, &r, &e) != FSC_OK)
        return "analyze failed";
    o += (size_t)snprintf(sig + o, sizeof sig - o,
                          "tok %zu sent %zu v %zu %zu %zu\n",
                          fsc_result_n_tokens(r), fsc_result_n_sentences(r),
                          fsc_result_voice_tokens(r, FSC_VOICE_AUTHORIAL),
                          fsc_result_voice_tokens(r, FSC_VOICE_QUOTED),
                          fsc_result_voice_tokens(r, FSC_VOICE_ATTRIBUTED));
    for (size_t i = 0; i < fsc_result_n_matches(r) && o < sizeof sig - 512;
         i++) {
        const fsc_match *m = fsc_result_match(r, i);
        o += (size_t)snprintf(sig + o, sizeof sig - o,
                              "m %zu+%zu cp %zu s %u lx %u e %u c %zu [%s|%s] "
                              "f %u d %d v %d a %ld\n",
                              m->off, m->len, m->cp_off, m->sentence,
                              m->lexicon, m->entry, m->n_cats, m->proclitics,
                              m->enclitic, m->flags, m->detached, (int)m->voice,
                              m->attribution);
    }
    for (size_t i = 0; i < fsc_result_n_attributions(r) && o < sizeof sig - 512;
         i++) {
        const fsc_attribution *t = fsc_result_attribution(r, i);
        o += (size_t)snprintf(
            sig + o, sizeof sig - o,
            "at %d cue %zu+%zu src %zu+%zu cont %zu+%zu %s %s\n", (int)t->kind,
            t->cue_off, t->cue_len, t->source_off, t->source_len,
            t->content_off, t->content_len, t->resolved_name, t->rule);
    }
    fsc_result_free(r);
    return sig;
}

static char *seed_text(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/corpora/sample/seed.jsonl", FSC_SOURCE_DIR);
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char line[1 << 20];
    char *got = fgets(line, sizeof line, f);
    fclose(f);
    cJSON *j = got ? cJSON_Parse(line) : NULL;
    cJSON *t = cJSON_GetObjectItemCaseSensitive(j, "text");
    char *s = cJSON_IsString(t) ? strdup(t->valuestring) : NULL;
    cJSON_Delete(j);
    return s;
}

/* An article of `n` word forms never seen before: Arabic letters (with a
 * proclitic now and then) and Latin words, numbered by *k. */
static char *new_forms(size_t n, unsigned long *k)
{
    static const char *const ar[] = { "ب", "ت", "ث", "ج", "ح", "خ", "د",
                                      "ر", "س", "ش", "ص", "ط", "ع", "ف",
                                      "ق", "ك", "م", "ن", "ه", "ي" };
    char *s = malloc(n * 24 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++, (*k)++) {
        unsigned long v = *k;
        if (v % 3 == 0) {
            o += (size_t)sprintf(s + o, "word%lux ", v);
            continue;
        }
        if (v % 7 == 0)
            o += (size_t)sprintf(s + o, "وال");
        for (int d = 0; d < 5; d++, v /= 20)
            o += (size_t)sprintf(s + o, "%s", ar[v % 20]);
        s[o++] = (i % 12 == 11) ? '.' : ' ';
    }
    s[o] = '\0';
    return s;
}

/* Analyzer b copies its forms from what a resolved: the same analysis.
 * First with a share of 1 MiB, then with one of 64 KiB that the new forms
 * of `junk` overwrite many times over before the seed is analysed again. */
static void check_share(const char *seed, const char *en, const char *want_ar,
                        const char *want_en)
{
    fsc_error e;
    static const char ar_own[] =
        "ندين احتلالها للأراضي. وقال الوزير إن احتلالهم لن يدوم، وإن و ل "
        "الاحتلال نهاية.";
    fsc_analyzer *fresh = NULL;
    TH_CHECK(fsc_analyzer_new(model, &fresh, &e) == FSC_OK);
    char *want_own = strdup(signature(fresh, ar_own, "ar"));
    fsc_analyzer_free(fresh);
    TH_CHECK(strstr(want_own, "|\xD9\x87\xD8\xA7]") != NULL); /* ها */
    TH_CHECK(strstr(want_own, "|\xD9\x87\xD9\x85]") != NULL); /* هم */
    for (int small = 0; small <= 1; small++) {
        fsc__formshare *fs =
            fsc__formshare_new(model, small ? (size_t)64 << 10 : 1u << 20);
        TH_CHECK(fs != NULL);
        if (!fs)
            return;
        fsc_analyzer *a = NULL, *b = NULL;
        TH_CHECK(fsc_analyzer_new(model, &a, &e) == FSC_OK);
        TH_CHECK(fsc_analyzer_new(model, &b, &e) == FSC_OK);
        fsc__analyzer_share(a, fs);
        fsc__analyzer_share(b, fs);
        TH_CHECK(a->share == fs && b->share == fs);
        TH_EQ_STR(signature(a, seed, "ar"), want_ar);
        size_t found0, missed, put;
        fsc__formshare_counts(fs, &found0, &missed, &put);
        TH_CHECK(put > 100); /* the seed's Arabic forms */
        if (small) {
            unsigned long k = 0;
            for (int round = 0; round < 10; round++) {
                char *junk = new_forms(3000, &k);
                fsc_result *r = NULL;
                TH_CHECK(fsc_analyze(a, junk, strlen(junk), NULL, &r, &e) ==
                         FSC_OK);
                fsc_result_free(r);
                free(junk);
            }
            /* a has the seed's forms in its own cache: put them again */
            fsc_analyzer_free(a);
            TH_CHECK(fsc_analyzer_new(model, &a, &e) == FSC_OK);
            fsc__analyzer_share(a, fs);
            TH_EQ_STR(signature(a, seed, "ar"), want_ar);
            fsc__formshare_counts(fs, &found0, &missed, &put);
        }
        TH_EQ_STR(signature(b, seed, "ar"), want_ar);
        TH_EQ_STR(signature(b, en, "en"), want_en);
        /* forms with enclitics and a proclitic written apart, put by a */
        TH_EQ_STR(signature(a, ar_own, "ar"), want_own);
        TH_EQ_STR(signature(b, ar_own, "ar"), want_own);
        size_t found;
        fsc__formshare_counts(fs, &found, &missed, &put);
        TH_CHECK(found > found0 + 100); /* b copied the seed's forms */
        fsc_analyzer_free(a);
        fsc_analyzer_free(b);
        fsc__formshare_free(fs);
    }
    free(want_own);
}

typedef struct sink {
    char *data;
    size_t len, cap;
} sink;

static fsc_status put_bytes(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    if (s->len + len > s->cap) {
        size_t cap = s->cap ? s->cap : 4096;
        while (cap < s->len + len)
            cap *= 2;
        char *p = realloc(s->data, cap);
        if (!p)
            return FSC_ENOMEM;
        s->data = p;
        s->cap = cap;
    }
    memcpy(s->data + s->len, data, len);
    s->len += len;
    return FSC_OK;
}

/* `score` of 60 records of new forms, each record's forms half new and
 * half those of the record before (so often put by another thread), with
 * the seed's text in every fifth: the same bytes on 1 and 8 threads. */
static void check_score_threads(const char *seed)
{
    sink in = { 0 };
    unsigned long k = 0;
    for (int i = 0; i < 60; i++) {
        char head[64];
        int n = snprintf(head, sizeof head, "{\"id\":\"v%d\",\"text\":\"", i);
        TH_CHECK(put_bytes(&in, head, (size_t)n) == FSC_OK);
        if (i % 5 == 0)
            for (const char *c = seed; *c; c++)
                if (*c != '"' && *c != '\\' && (unsigned char)*c >= 0x20)
                    TH_CHECK(put_bytes(&in, c, 1) == FSC_OK);
        k = (unsigned long)i * 400;
        char *junk = new_forms(800, &k);
        TH_CHECK(put_bytes(&in, " ", 1) == FSC_OK);
        TH_CHECK(put_bytes(&in, junk, strlen(junk)) == FSC_OK);
        TH_CHECK(put_bytes(&in, "\"}\n", 3) == FSC_OK);
        free(junk);
    }
    sink out[2] = { { 0 }, { 0 } };
    const unsigned threads[2] = { 1, 8 };
    for (int t = 0; t < 2; t++) {
        fsc_reader *r = NULL;
        fsc_tally *tl = NULL;
        fsc_error e;
        fsc_score_opts o;
        fsc_score_opts_init(&o);
        o.threads = threads[t];
        TH_EQ_INT(fsc_reader_open_mem(in.data, in.len, "open", NULL, &r, &e),
                  FSC_OK);
        TH_EQ_INT(fsc_tally_new(model, &tl, &e), FSC_OK);
        TH_EQ_INT(fsc_score_run(model, r, &o, put_bytes, &out[t], tl, &e),
                  FSC_OK);
        TH_CHECK(fsc_tally_scored(tl) == 60);
        fsc_tally_free(tl);
        fsc_reader_free(r);
    }
    TH_CHECK(out[0].len > in.len / 2);
    TH_CHECK(out[0].len == out[1].len &&
             !memcmp(out[0].data, out[1].data, out[0].len));
    free(in.data);
    free(out[0].data);
    free(out[1].data);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    char *seed = seed_text();
    TH_CHECK(seed != NULL);
    if (!seed)
        return 1;
    const char *en =
        "Baku launched what it called local anti-terrorist measures in "
        "Karabakh on Tuesday. \"This is ethnic cleansing,\" Armenian Prime "
        "Minister Nikol Pashinyan said, while the Russian peacekeeping "
        "contingent reported provocations, according to officials.";
    /* what a fresh analyzer says */
    fsc_analyzer *fresh = NULL;
    fsc_error e;
    TH_CHECK(fsc_analyzer_new(model, &fresh, &e) == FSC_OK);
    char *want_ar = strdup(signature(fresh, seed, "ar"));
    char *want_en = strdup(signature(fresh, en, "en"));
    TH_CHECK(strstr(want_ar, "\nm ") != NULL);  /* the seed has matches */
    TH_CHECK(strstr(want_en, "\nat ") != NULL); /* and the text a quote */
    /* the lookup filters pass every exact key of the model, and with them
     * open (every lookup made) the analysis is the same */
    size_t missed = 0;
    for (size_t i = 0; i < model->exact.n; i++) {
        const fsc__strent *x = &model->exact.ents[i];
        const char *key = x->len <= FSC__STRMAP_INLINE ? x->inl : x->key;
        missed += x->len && !bit_at(fresh->exact_sig, stem_sig(key, x->len));
    }
    TH_EQ_INT(missed, 0);
    TH_CHECK(model->exact.n > 100);
    fsc_analyzer *open = NULL;
    TH_CHECK(fsc_analyzer_new(model, &open, &e) == FSC_OK);
    memset(open->exact_sig, 0xFF, sizeof open->exact_sig);
    open->pt_all = 1;
    TH_EQ_STR(signature(open, seed, "ar"), want_ar);
    TH_EQ_STR(signature(open, en, "en"), want_en);
    fsc_analyzer_free(open);
    check_share(seed, en, want_ar, want_en);
    check_score_threads(seed);
    /* 300,000 new forms, 3,000 per article: many rounds of eviction, the
     * two articles analysed again after each batch of new forms */
    unsigned long k = 0;
    size_t bad = 0;
    for (int round = 0; round < 100; round++) {
        char *junk = new_forms(3000, &k);
        fsc_result *r = NULL;
        TH_CHECK(fsc_analyze(az, junk, strlen(junk), NULL, &r, &e) == FSC_OK);
        fsc_result_free(r);
        free(junk);
        if (round % 10 == 9 || round < 3) {
            bad += strcmp(signature(az, seed, "ar"), want_ar) != 0;
            bad += strcmp(signature(az, en, "en"), want_en) != 0;
        }
    }
    TH_EQ_INT(bad, 0);
    /* the bound holds: no array was doubled for forms over it */
    TH_CHECK(az->cap_types <= MAX_TYPES);
    TH_CHECK(az->cache.cap <= MAX_TYPES);
    TH_CHECK(az->cache.n_slots <= 2 * MAX_TYPES);
    free(want_ar);
    free(want_en);
    free(seed);
    fsc_analyzer_free(fresh);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
