/*
 * test_attrib_forms.c - what the attribution stage computes once instead
 * of per call gives the answers of the plain computation:
 * - word lists as hash sets (in_list, in_list_h, bare_in_list_h) against
 *   a scan of the list, on long and short lists, from two threads at once;
 * - per-form keys and hashes (fsc__attrib_form, fsc__attrib_find_cls with
 *   fsc__attrib_forms) against folding per article (fsc__attrib_find), on
 *   every article of tests/data/attrib/{ar,en,ru}.jsonl;
 * - the earlier-mention search over words with the same key (coref.c,
 *   key_chain): a fuller name 3000 tokens back is found, 3001 is not;
 * - the per-article tables kept in one fsc__attribs from article to
 *   article (key_chain's table, the fuller-name spans), told apart by a
 *   stamp: one fsc__attribs for a whole file, its stamp wrapping around
 *   on the way, gives the records of a fresh one per article;
 * - the byte tests of ar_bare and generic_of against plain string
 *   tests;
 * - nested_cue_sorted, which stops where the records in order of content
 *   start pass the cue, against nested_cue;
 * - the answers kept per token once an article's cues and candidates are
 *   final (ar_name_run_from, split_title, en_fuller_name: fsc__attribs'
 *   nr_memo, st_memo, fl_memo), and ar_title_at's kept from the start
 *   (ti_memo), against computing each afresh (memo_off), one article after
 *   another in one fsc__attribs,
 *   on the data files and on sentences where a name becomes known between
 *   two questions about the same span («تقرير صادر»: the name run changes
 *   with the names quoted so far, which the kept answer must follow).
 */
#define _POSIX_C_SOURCE 200809L
#include "attrib_int.h"
#include "attrib_pipe.h"

#include <cjson/cJSON.h>
#include <pthread.h>

/* ---- word sets ----------------------------------------------------------- */

static const char *const LONG_LIST[] = {
    "said",  "says",   "told", "added", "noted", "stated", "claimed",
    "he",    "she",    "they", "it",    "",      "said",   "قال",
    "وقال",  "الوزير", "وزير", "الي",   "ان",    "что",    "заявил",
    "глава", "a",      "ab",   "abc",   "abcd",  "abcde",  NULL
};
static const char *const SHORT_LIST[] = { "on", "in", "قال", NULL };

static const char *const PROBES[] = {
    "said", "sai",  "saidx", "",       "he",      "h",     "قال",
    "قا",   "وقال", "فقال",  "الوزير", "والوزير", "وزير",  "ووزير",
    "الي",  "что",  "чт",    "a",      "ab",      "abcde", "abcdef",
    "on",   "in",   "at",    "x",      "заявил",  "глава", NULL
};

static int scan(const char *key, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(key, *list) == 0)
            return 1;
    return 0;
}

static uint32_t hash_of(const char *key)
{
    return fsc__hash(key, strlen(key)) | 1u;
}

static int check_sets(void)
{
    int bad = 0;
    const char *const *lists[] = { LONG_LIST, SHORT_LIST };
    for (size_t l = 0; l < 2; l++)
        for (const char *const *p = PROBES; *p; p++) {
            int want = scan(*p, lists[l]);
            if (in_list(*p, lists[l]) != want ||
                in_list_h(*p, hash_of(*p), lists[l]) != want)
                bad++;
            /* the bare form (و/ف and ال off) against the list */
            int art;
            const char *b = ar_bare(*p, &art);
            int want_b = b != *p && scan(b, lists[l]);
            uint32_t hb = b != *p ? hash_of(b) : 0;
            if (bare_in_list_h(*p, hb, lists[l]) != want_b)
                bad++;
        }
    return bad;
}

/* The same checks from two threads on lists nobody asked about yet, so
 * that both build (or wait for) their sets at once. */
static const char *const FRESH_A[] = { "one",  "two", "three", "four",
                                       "five", "six", NULL };
static const char *const FRESH_B[] = { "uno",   "dos",  "tres", "cuatro",
                                       "cinco", "seis", NULL };

static void *fresh_thread(void *arg)
{
    int *bad = arg;
    const char *const *lists[] = { FRESH_A, FRESH_B };
    for (int round = 0; round < 200; round++)
        for (size_t l = 0; l < 2; l++)
            for (const char *const *p = FRESH_A; *p; p++)
                *bad += in_list(*p, lists[l]) != scan(*p, lists[l]);
    return NULL;
}

static int check_threads(void)
{
    int bad[2] = { 0, 0 };
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        if (pthread_create(&th[i], NULL, fresh_thread, &bad[i]) != 0)
            return 1;
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    return bad[0] + bad[1];
}

/* ---- per-form keys --------------------------------------------------------
 */

typedef struct forms_buf {
    uint32_t *full, *bare, *key_off, *hf, *hb;
    char *keys;
} forms_buf;

/* Per token what the stage caches per word form (every token here). */
static int forms_fill(const char *text, const fsc__tokvec *tv, forms_buf *fb,
                      fsc__attrib_forms *f)
{
    size_t n = tv->n + 1;
    fb->full = calloc(n, 4);
    fb->bare = calloc(n, 4);
    fb->key_off = calloc(n, 4);
    fb->hf = calloc(n, 4);
    fb->hb = calloc(n, 4);
    fb->keys = malloc(n * FSC__ATTRIB_KEY_CAP);
    if (!fb->full || !fb->bare || !fb->key_off || !fb->hf || !fb->hb ||
        !fb->keys)
        return 0;
    size_t used = 0;
    for (size_t i = 0; i < tv->n; i++) {
        const fsc__token *t = &tv->v[i];
        if (t->kind == FSC__TOK_PUNCT)
            continue;
        char key[FSC__ATTRIB_KEY_CAP];
        fsc__attrib_form(text + t->off, t->len, key, &fb->full[i], &fb->bare[i],
                         &fb->hf[i], &fb->hb[i]);
        memcpy(fb->keys + used, key, strlen(key) + 1);
        fb->key_off[i] = (uint32_t)used + 1;
        used += strlen(key) + 1;
    }
    f->cls_full = fb->full;
    f->cls_bare = fb->bare;
    f->keys = fb->keys;
    f->key_off = fb->key_off;
    f->h_full = fb->hf;
    f->h_bare = fb->hb;
    return 1;
}

static void forms_free(forms_buf *fb)
{
    free(fb->full);
    free(fb->bare);
    free(fb->key_off);
    free(fb->hf);
    free(fb->hb);
    free(fb->keys);
}

static int same_record(const fsc__attribution *x, const fsc__attribution *y)
{
    return x->kind == y->kind && x->source_kind == y->source_kind &&
           x->form == y->form && x->gender == y->gender &&
           x->cue_cls == y->cue_cls && x->nested == y->nested &&
           x->stance == y->stance && x->inherited == y->inherited &&
           x->cue == y->cue && x->cue_first_tok == y->cue_first_tok &&
           x->cue_last_tok == y->cue_last_tok && x->actor == y->actor &&
           x->src_first_tok == y->src_first_tok &&
           x->src_last_tok == y->src_last_tok &&
           x->name_first_tok == y->name_first_tok &&
           x->name_last_tok == y->name_last_tok &&
           x->res_first_tok == y->res_first_tok &&
           x->res_last_tok == y->res_last_tok && x->res_skip == y->res_skip &&
           x->pname_first_tok == y->pname_first_tok &&
           x->pname_last_tok == y->pname_last_tok &&
           x->rname_first_tok == y->rname_first_tok &&
           x->rname_last_tok == y->rname_last_tok &&
           x->chan_first_tok == y->chan_first_tok &&
           x->chan_last_tok == y->chan_last_tok && x->n_seg == y->n_seg &&
           x->content_first_tok == y->content_first_tok &&
           x->content_last_tok == y->content_last_tok &&
           x->confidence == y->confidence && strcmp(x->rule, y->rule) == 0;
}

/* One article both ways (and a third: `kept`, one fsc__attribs for the
 * whole file); 1 when the records agree. */
static int both_ways(pipe *p, const char *text, const char *lang, int *n_rec,
                     fsc__attribs *kept)
{
    if (!pipe_run(p, text, lang))
        return 0;
    fsc__attribs with;
    memset(&with, 0, sizeof with);
    forms_buf fb;
    memset(&fb, 0, sizeof fb);
    fsc__attrib_forms f;
    int ok = forms_fill(text, &p->tv, &fb, &f) &&
             fsc__attrib_find_cls(text, strlen(text), p->tv.v, p->tv.n, &p->q,
                                  p->mn.cues, p->mn.n_cues, p->mn.actors,
                                  p->mn.n_actors, &f, &with, NULL) == FSC_OK &&
             with.n == p->at.n;
    for (size_t i = 0; ok && i < with.n; i++)
        ok = same_record(&with.v[i], &p->at.v[i]);
    ok = ok &&
         fsc__attrib_find_cls(text, strlen(text), p->tv.v, p->tv.n, &p->q,
                              p->mn.cues, p->mn.n_cues, p->mn.actors,
                              p->mn.n_actors, &f, kept, NULL) == FSC_OK &&
         kept->n == p->at.n;
    for (size_t i = 0; ok && i < kept->n; i++)
        ok = same_record(&kept->v[i], &p->at.v[i]);
    *n_rec += (int)p->at.n;
    forms_free(&fb);
    fsc__attribs_free(&with);
    return ok;
}

static int check_forms(pipe *p, const char *lang, int *n_art, int *n_rec)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/attrib/%s.jsonl", FSC_TEST_DATA, lang);
    FILE *fp = fopen(path, "r");
    if (!fp)
        return 1;
    int bad = 0;
    char *line = NULL;
    size_t cap = 0;
    fsc__attribs kept;
    memset(&kept, 0, sizeof kept);
    kept.stamp = UINT32_MAX - 2; /* wraps at the third article */
    while (getline(&line, &cap, fp) > 0) {
        cJSON *j = cJSON_Parse(line);
        const cJSON *text = j ? cJSON_GetObjectItem(j, "text") : NULL;
        if (cJSON_IsString(text)) {
            (*n_art)++;
            if (!both_ways(p, text->valuestring, lang, n_rec, &kept)) {
                bad++;
                fprintf(stderr, "%s: differs: %.60s\n", lang,
                        text->valuestring);
            }
        }
        cJSON_Delete(j);
    }
    free(line);
    fclose(fp);
    fsc__attribs_free(&kept);
    return bad;
}

/* Two articles through the pipe's one fsc__attribs, the second's records
 * against a fresh fsc__attribs: the first leaves its fuller-name spans
 * where the second has the same word with another span ("Hillary
 * Clinton" then "A Clinton aide"), which it must not take. 1 when they
 * agree; *n_rec gets the second's records. */
static int kept_spans(pipe *p, int *n_rec)
{
    static const char *const first =
        "Hillary Clinton visited Ohio on Monday. Rain fell. Clinton said "
        "the vote was close.";
    static const char *const second =
        "A Clinton aide visited Ohio on Monday. Rain fell. Clinton said the "
        "vote was close.";
    if (!pipe_run(p, first, "en") || !pipe_run(p, second, "en"))
        return 0;
    fsc__attribs fresh;
    memset(&fresh, 0, sizeof fresh);
    int ok = fsc__attrib_find(second, strlen(second), p->tv.v, p->tv.n, &p->q,
                              p->mn.cues, p->mn.n_cues, p->mn.actors,
                              p->mn.n_actors, &fresh, NULL) == FSC_OK &&
             fresh.n == p->at.n;
    for (size_t i = 0; ok && i < fresh.n; i++)
        ok = same_record(&fresh.v[i], &p->at.v[i]);
    *n_rec = (int)fresh.n;
    fsc__attribs_free(&fresh);
    return ok;
}

/* Records of `text` with the kept answers (the pipe's fsc__attribs) and
 * with every answer computed afresh: 1 when they agree. */
static int memo_same(pipe *p, const char *text, const char *lang, int *n_rec)
{
    if (!pipe_run(p, text, lang))
        return 0;
    fsc__attribs fresh;
    memset(&fresh, 0, sizeof fresh);
    fresh.memo_off = 1;
    int ok = fsc__attrib_find(text, strlen(text), p->tv.v, p->tv.n, &p->q,
                              p->mn.cues, p->mn.n_cues, p->mn.actors,
                              p->mn.n_actors, &fresh, NULL) == FSC_OK &&
             fresh.n == p->at.n;
    for (size_t i = 0; ok && i < fresh.n; i++)
        ok = same_record(&fresh.v[i], &p->at.v[i]);
    *n_rec += (int)fresh.n;
    fsc__attribs_free(&fresh);
    return ok;
}

/* A report as the subject, whose last word becomes a name the article
 * quoted once its record is made, and which is asked about again after. */
static const char *const MEMO_SENTENCES[] = {
    "وأفاد تقرير صادر عن المنظمة الدولية أن عدد اللاجئين ارتفع هذا العام.",
    "وانتقد تقرير أخير للجنة الحكومة لعدم الوفاء بوعودها في الموعد.",
    "وقالت وكالة الأنباء الرسمية «سبأ» إن الوفد وصل صباح اليوم.", NULL
};

static int check_memos(pipe *p, int *n_art, int *n_rec)
{
    int bad = 0;
    for (const char *const *s = MEMO_SENTENCES; *s; s++) {
        (*n_art)++;
        if (!memo_same(p, *s, "ar", n_rec)) {
            bad++;
            fprintf(stderr, "kept answers differ: %s\n", *s);
        }
    }
    static const char *const langs[] = { "ar", "en", "ru" };
    for (size_t l = 0; l < 3; l++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/attrib/%s.jsonl", FSC_TEST_DATA,
                 langs[l]);
        FILE *fp = fopen(path, "r");
        if (!fp)
            return bad + 1;
        char *line = NULL;
        size_t cap = 0;
        while (getline(&line, &cap, fp) > 0) {
            cJSON *j = cJSON_Parse(line);
            const cJSON *text = j ? cJSON_GetObjectItem(j, "text") : NULL;
            if (cJSON_IsString(text)) {
                (*n_art)++;
                if (!memo_same(p, text->valuestring, langs[l], n_rec)) {
                    bad++;
                    fprintf(stderr, "%s: kept answers differ: %.60s\n",
                            langs[l], text->valuestring);
                }
            }
            cJSON_Delete(j);
        }
        free(line);
        fclose(fp);
    }
    return bad;
}

/* nested_cue_sorted() against nested_cue() on records in order of content
 * start (pseudo-random spans, ties included, windows cut on both sides). */
static int check_nested(void)
{
    fsc__attribs o;
    memset(&o, 0, sizeof o);
    size_t n = 300;
    o.v = calloc(n, sizeof *o.v);
    if (!o.v)
        return 1;
    o.n = n;
    uint32_t x = 12345u, at = 0;
    for (size_t i = 0; i < n; i++) {
        fsc__attribution *y = &o.v[i];
        x = x * 1103515245u + 12345u;
        at += (x >> 16) % 24; /* (0: the same start as the one before) */
        y->content_first_tok = at;
        y->content_last_tok = at + (x >> 8) % 8;
        y->cue_first_tok = at >= 20 ? at - 20 + (x >> 4) % 60 : (x >> 4) % 60;
        y->cue_last_tok = y->cue_first_tok + ((x >> 20) % 5 == 0 ? 0 : 1);
        if ((x >> 24) % 9 == 0) /* no cue */
            y->cue_first_tok = y->cue_last_tok + 1;
    }
    int bad = 0;
    for (size_t i = 0; i < n; i++)
        bad += nested_cue(&o, &o.v[i]) != nested_cue_sorted(&o, &o.v[i]);
    free(o.v);
    return bad;
}

/* ---- byte tests against string tests ------------------------------------
 */

static const char *const AR_PROBES[] = {
    "",         "و",        "وا",      "ال",         "وال",     "فال",
    "الي",      "الرئيس",   "والرئيس", "فالرئيس",    "وزير",    "ووزير",
    "فقال",     "والي",     "ولد",     "فلسطين",     "الوزارة", "والوزارة",
    "وزارة",    "صحيفة",    "الصحيفة", "صحيفه",      "وكالة",   "وسائل",
    "اذاعة",    "قناة",     "x",       "ab",         "agency",  "the",
    "minister", "ministry", "paper",   "newspapers", NULL
};

/* ar_bare as plain string tests: و or ف, then ال, each only with 8 bytes
 * or more left. */
static const char *bare_ref(const char *key, int *art)
{
    *art = 0;
    if ((strncmp(key, "و", 2) == 0 || strncmp(key, "ف", 2) == 0) &&
        strlen(key) >= 8)
        key += 2;
    if (strncmp(key, "ال", 4) == 0 && strlen(key) >= 8) {
        key += 4;
        *art = 1;
    }
    return key;
}

static int check_bytes(void)
{
    int bad = 0;
    for (const char *const *p = AR_PROBES; *p; p++) {
        int art, art_ref;
        const char *b = ar_bare(*p, &art);
        if (b != bare_ref(*p, &art_ref) || art != art_ref)
            bad++;
        int want = 0;
        for (const generic_word *g = GENERIC_AR; g->key && !want; g++)
            if (strcmp(*p, g->key) == 0)
                want = g->type;
        if (generic_of(GENERIC_AR, *p, 0) != want)
            bad++;
        want = 0;
        for (const generic_word *g = GENERIC_AR; g->key && !want; g++)
            if (strncmp(*p, g->key, strlen(g->key)) == 0)
                want = g->type;
        if (generic_of(GENERIC_AR, *p, 1) != want)
            bad++;
    }
    return bad;
}

/* ---- the 3000-token window of the fuller-name search ----------------------
 */

/* "Hillary Clinton" named without a cue, then `pad` tokens, then "Clinton
 * said ...": is the short name resolved to the full one? *at gets the
 * token of the second "Clinton". */
static int fuller_found(pipe *p, size_t target, uint32_t *at)
{
    /* 7 tokens before the pad, 3 per "Rain fell.", 2 per "Yes." */
    size_t head = 7, k = (target - head) / 3, r = (target - head) % 3;
    size_t yes = r == 0 ? 0 : r == 2 ? 1 : 2;
    if (r == 1)
        k--;
    size_t cap = 64 + k * 11 + yes * 5 + 64;
    char *text = malloc(cap);
    if (!text)
        return -1;
    size_t n =
        (size_t)sprintf(text, "Hillary Clinton visited Ohio on Monday. ");
    for (size_t i = 0; i < k; i++)
        n += (size_t)sprintf(text + n, "Rain fell. ");
    for (size_t i = 0; i < yes; i++)
        n += (size_t)sprintf(text + n, "Yes. ");
    sprintf(text + n, "Clinton said the vote was close.");
    int found = -1;
    if (pipe_run(p, text, "en")) {
        *at = UINT32_MAX;
        for (uint32_t t = 0; t < p->tv.n; t++)
            if (p->tv.v[t].len == 7 &&
                memcmp(text + p->tv.v[t].off, "Clinton", 7) == 0)
                *at = t;
        found = 0;
        for (size_t i = 0; i < p->at.n; i++) {
            const fsc__attribution *a = &p->at.v[i];
            if (a->src_first_tok == *at &&
                ((a->rname_first_tok == 0 && a->rname_last_tok == 1) ||
                 (a->res_first_tok == 0 && a->res_last_tok == 1)))
                found = 1;
        }
    }
    free(text);
    return found;
}

/* The same-word table of key_chain() is sized by the words that go into
 * it (in English the capitalised ones), not by the article's tokens: an
 * article of 600 lower-case words and a few names keeps it small. 1 when
 * the table was built and holds at most 64 slots. */
static int chain_small(pipe *p, size_t *slots)
{
    static const char *const head = "Hillary Clinton visited Ohio on Monday. ";
    static const char *const tail = " Clinton said the vote was close.";
    size_t n = strlen(head) + strlen(tail) + 600 * 6 + 1;
    char *text = malloc(n);
    if (!text)
        return 0;
    strcpy(text, head);
    for (int i = 0; i < 300; i++)
        strcat(text, i % 30 == 29 ? "rain fell. " : "rain fell ");
    strcat(text, tail);
    int ok = pipe_run(p, text, "en");
    fsc__attribs fresh;
    memset(&fresh, 0, sizeof fresh);
    forms_buf fb;
    memset(&fb, 0, sizeof fb);
    fsc__attrib_forms f;
    ok = ok && forms_fill(text, &p->tv, &fb, &f) &&
         fsc__attrib_find_cls(text, strlen(text), p->tv.v, p->tv.n, &p->q,
                              p->mn.cues, p->mn.n_cues, p->mn.actors,
                              p->mn.n_actors, &f, &fresh, NULL) == FSC_OK;
    *slots = fresh.wk_slots;
    ok = ok && fresh.wk_slots > 0 && fresh.wk_slots <= 64;
    forms_free(&fb);
    fsc__attribs_free(&fresh);
    free(text);
    return ok;
}

int main(void)
{
    int fails = 0;
    int b = check_sets();
    printf("word sets against a scan: %d wrong\n", b);
    fails += b != 0;
    b = check_threads();
    printf("word sets from two threads: %d wrong\n", b);
    fails += b != 0;
    b = check_nested();
    printf("nested cues, sorted scan against the full window: %d differ\n", b);
    fails += b != 0;
    b = check_bytes();
    printf("ar_bare and generic_of against string tests: %d wrong\n", b);
    fails += b != 0;

    pipe p;
    if (!pipe_open(&p))
        return 1;
    static const char *const langs[] = { "ar", "en", "ru" };
    for (size_t l = 0; l < 3; l++) {
        int n_art = 0, n_rec = 0;
        b = check_forms(&p, langs[l], &n_art, &n_rec);
        printf("%s: %d articles, %d records, per-form keys: %d differ\n",
               langs[l], n_art, n_rec, b);
        fails += b != 0 || n_art == 0 || n_rec == 0;
    }
    int n_art = 0, n_rec = 0;
    b = check_memos(&p, &n_art, &n_rec);
    printf("kept answers against fresh ones: %d articles, %d records, %d "
           "differ\n",
           n_art, n_rec, b);
    fails += b != 0 || n_rec == 0;
    size_t slots = 0;
    b = chain_small(&p, &slots);
    printf("same-word table for 600 lower-case words and 5 names: %zu "
           "slots (want 1-64)\n",
           slots);
    fails += !b;
    int n_kept = 0;
    b = kept_spans(&p, &n_kept);
    printf("an article after another in one fsc__attribs: %d records, %s\n",
           n_kept, b ? "as a fresh one's" : "differ");
    fails += !b || n_kept == 0;
    uint32_t at1 = 0, at2 = 0;
    int in = fuller_found(&p, 3001, &at1);
    int out = fuller_found(&p, 3002, &at2);
    printf("fuller name 3000 tokens back (\"Clinton\" at %u): %s; 3001 back "
           "(at %u): %s\n",
           at1, in == 1 ? "found" : "not found", at2,
           out == 1 ? "found" : "not found");
    fails += in != 1 || out != 0 || at1 != 3001 || at2 != 3002;
    pipe_close(&p);
    printf("%s\n", fails ? "FAIL" : "ok");
    return fails ? 1 : 0;
}
