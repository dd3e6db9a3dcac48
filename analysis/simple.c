/*
 * simple.c - the bindings' entry point (framescope/simple.h): the CLI's
 * lexicon lookup and score row, behind plain C types.
 */
#define _GNU_SOURCE /* dladdr */
#include "framescope/simple.h"

#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/framescope.h"
#include "framescope/lexicon.h"
#include "framescope/lexset.h"
#include "framescope/score.h"

#include <cjson/cJSON.h>
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef FSC_DEFAULT_LEXICON_DIR
#define FSC_DEFAULT_LEXICON_DIR "/usr/local/share/framescope/lexicons"
#endif
#ifndef FSC_REL_LIB_LEXICON_DIR
#define FSC_REL_LIB_LEXICON_DIR "../share/framescope/lexicons"
#endif

struct fsc_simple {
    fsc_lexicon **lex;
    size_t n_lex;
    fsc_model *model;
    pthread_mutex_t mu;    /* guards pool */
    fsc_analyzer **pool;   /* idle analyzers */
    size_t n_pool, cap_pool;
};

int fsc_simple_abi(void) { return FSC_SIMPLE_ABI; }

/* Message "A: B" (A NULL: "B"). */
static void set_msg(char *buf, size_t cap, const char *a, const char *b)
{
    if (buf && cap)
        snprintf(buf, cap, "%s%s%s", a ? a : "", a ? ": " : "", b);
}

static void set_err(char *buf, size_t cap, const fsc_error *e)
{
    if (!buf || !cap)
        return;
    if (e->where[0])
        snprintf(buf, cap, "%s: %s", e->where, e->msg);
    else
        snprintf(buf, cap, "%s", e->msg[0] ? e->msg : fsc_strerror(e->code));
}

static int is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

static const char anchor = 0; /* an address inside this object */

const char *fsc_simple_default_lexicons(void)
{
    static char found[PATH_MAX + 64];
    const char *env = getenv("FRAMESCOPE_LEXICONS");
    if (env && *env)
        return env;
    Dl_info info;
    if (dladdr(&anchor, &info) && info.dli_fname) {
        char dir[PATH_MAX];
        if (realpath(info.dli_fname, dir)) {
            char *slash = strrchr(dir, '/');
            if (slash) {
                *slash = '\0';
#if defined(FSC_BUILD_DIR) && defined(FSC_SOURCE_LEXICON_DIR)
                if (strcmp(dir, FSC_BUILD_DIR) == 0 &&
                    is_dir(FSC_SOURCE_LEXICON_DIR))
                    return FSC_SOURCE_LEXICON_DIR;
#endif
                snprintf(found, sizeof found, "%s/%s", dir,
                         FSC_REL_LIB_LEXICON_DIR);
                if (is_dir(found))
                    return found;
            }
        }
    }
    return FSC_DEFAULT_LEXICON_DIR;
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static fsc_status init_status;
static fsc_error init_err;
static void do_init(void) { init_status = fsc_init(&init_err); }

int fsc_simple_open(const char *const *paths, size_t n, int no_bundled,
                    fsc_simple **out, char *eb, size_t ec)
{
    *out = NULL;
    if (eb && ec)
        eb[0] = '\0';
    pthread_once(&init_once, do_init);
    if (init_status != FSC_OK) {
        set_err(eb, ec, &init_err);
        return (int)init_status;
    }
    /* the set the CLI loads (framescope/lexset.h) */
    const char *dir = fsc_simple_default_lexicons();
    fsc_lexset ls = { 0 };
    fsc_error le;
    int rc = (int)fsc_lexset_load(paths, n, dir, !no_bundled, &ls, &le);
    if (rc != FSC_OK)
        set_err(eb, ec, &le);
    fsc_simple *m = NULL;
    if (rc == 0) {
        m = calloc(1, sizeof *m);
        if (!m) {
            set_msg(eb, ec, NULL, "out of memory");
            fsc_lexset_free(&ls);
            rc = FSC_ENOMEM;
        } else {
            pthread_mutex_init(&m->mu, NULL);
            m->lex = ls.v; /* owned by m from here */
            m->n_lex = ls.n;
        }
    }
    if (rc == 0) {
        fsc_model_opts mo;
        fsc_error e;
        fsc_model_opts_init(&mo);
        if (fsc_model_compile((const fsc_lexicon *const *)m->lex, m->n_lex,
                              &mo, &m->model, &e) != FSC_OK) {
            set_err(eb, ec, &e);
            rc = (int)e.code;
        }
    }
    if (rc != 0) {
        if (rc < 0)
            rc = FSC_EIO;
        fsc_simple_close(m);
        return rc;
    }
    *out = m;
    return FSC_OK;
}

void fsc_simple_close(fsc_simple *m)
{
    if (!m)
        return;
    for (size_t i = 0; i < m->n_pool; i++)
        fsc_analyzer_free(m->pool[i]);
    free(m->pool);
    fsc_model_free(m->model);
    if (m->lex) {
        for (size_t i = 0; i < m->n_lex; i++)
            fsc_lexicon_free(m->lex[i]);
        free(m->lex);
        pthread_mutex_destroy(&m->mu);
    }
    free(m);
}

size_t fsc_simple_n_categories(const fsc_simple *m)
{
    return m ? fsc_model_n_categories(m->model) : 0;
}

const char *fsc_simple_category(const fsc_simple *m, size_t i)
{
    if (!m || i >= fsc_model_n_categories(m->model))
        return NULL;
    return fsc_model_category_name(m->model, i);
}

/* An idle analyzer from the pool, or a new one. */
static fsc_status take(fsc_simple *m, fsc_analyzer **az, fsc_error *e)
{
    pthread_mutex_lock(&m->mu);
    *az = m->n_pool ? m->pool[--m->n_pool] : NULL;
    pthread_mutex_unlock(&m->mu);
    return *az ? FSC_OK : fsc_analyzer_new(m->model, az, e);
}

static void give_back(fsc_simple *m, fsc_analyzer *az)
{
    pthread_mutex_lock(&m->mu);
    if (m->n_pool == m->cap_pool) {
        size_t cap = m->cap_pool ? 2 * m->cap_pool : 4;
        fsc_analyzer **v = realloc(m->pool, cap * sizeof *v);
        if (v) {
            m->pool = v;
            m->cap_pool = cap;
        }
    }
    if (m->n_pool < m->cap_pool) {
        m->pool[m->n_pool++] = az;
        az = NULL;
    }
    pthread_mutex_unlock(&m->mu);
    fsc_analyzer_free(az);
}

static int add_field(cJSON *o, const char *k, const char *v)
{
    return !v || cJSON_AddStringToObject(o, k, v) != NULL;
}

int fsc_simple_score(const fsc_simple *cm, const char *text, size_t len,
                     const char *id, const char *outlet, const char *date,
                     const char *lang, const char *title, int matches,
                     char **row, size_t *row_len, char *eb, size_t ec)
{
    fsc_simple *m = (fsc_simple *)(uintptr_t)cm; /* only the pool changes */
    *row = NULL;
    if (row_len)
        *row_len = 0;
    if (eb && ec)
        eb[0] = '\0';
    if (!m || (!text && len)) {
        set_msg(eb, ec, NULL, "no model or no text");
        return FSC_EINVAL;
    }
    /* The record as a JSON Lines line, so that it goes through the same
       parser (checks, defaults) as in `framescope score`. */
    char *t = malloc(len + 1);
    if (!t) {
        set_msg(eb, ec, NULL, "out of memory");
        return FSC_ENOMEM;
    }
    if (len)
        memcpy(t, text, len);
    t[len] = '\0';
    cJSON *o = cJSON_CreateObject();
    int ok = o && add_field(o, "id", id) && add_field(o, "outlet", outlet) &&
             add_field(o, "date", date) && add_field(o, "lang", lang) &&
             add_field(o, "title", title) && add_field(o, "text", t);
    free(t);
    char *line = ok ? cJSON_PrintUnformatted(o) : NULL;
    cJSON_Delete(o);
    if (!line) {
        set_msg(eb, ec, NULL, "out of memory");
        return FSC_ENOMEM;
    }
    fsc_raw_record raw;
    memset(&raw, 0, sizeof raw);
    raw.source = "<memory>";
    raw.line = 1;
    raw.is_json = 1;
    raw.data = line;
    raw.len = raw.full_len = strlen(line);
    fsc_error e;
    fsc_error_clear(&e);
    fsc_record *rec = NULL;
    fsc_result *res = NULL;
    fsc_analyzer *az = NULL;
    fsc_status st = fsc_record_parse(&raw, &rec, &e);
    if (st == FSC_OK && !fsc_record_skipped(rec)) {
        st = take(m, &az, &e);
        if (st == FSC_OK) {
            /* the title as its own zone, as `framescope score` does */
            st = fsc_analyze_record(az, rec, 1, &res, &e);
            give_back(m, az);
        }
    }
    char *out = NULL;
    size_t out_len = 0;
    if (st == FSC_OK) {
        fsc_score_opts so;
        fsc_score_opts_init(&so);
        so.format = FSC_SCORE_JSONL;
        so.matches = matches != 0;
        st = fsc_score_render_record(m->model, &so, 0, rec, res, &out,
                                     &out_len, &e);
    }
    fsc_result_free(res);
    fsc_record_free(rec);
    cJSON_free(line);
    if (st != FSC_OK) {
        set_err(eb, ec, &e);
        fsc_free(out);
        return (int)st;
    }
    while (out_len && (out[out_len - 1] == '\n' || out[out_len - 1] == '\r'))
        out[--out_len] = '\0';
    *row = out;
    if (row_len)
        *row_len = out_len;
    return FSC_OK;
}

void fsc_simple_free(char *row) { fsc_free(row); }
