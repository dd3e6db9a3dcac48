/*
 * test_report.c - fsc_report over score rows made in memory from the test
 * corpus: the output does not depend on how the rows are cut into chunks
 * or on the thread count; records are accounted for; contrast pairs and
 * the time series come from the model and the dates; article views are
 * asked for by id and embedded; misuse gives FSC_EINVAL.
 */
#include "framescope/analyzer.h"
#include "framescope/corpus.h"
#include "framescope/report.h"
#include "framescope/score.h"
#include "report_int.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bundled_model.h"

typedef struct mem {
    char *p;
    size_t len, cap;
} mem;

static fsc_status to_mem(void *ctx, const char *data, size_t len)
{
    mem *m = ctx;
    if (m->len + len + 1 > m->cap) {
        size_t cap = (m->len + len + 1) * 2;
        char *p = realloc(m->p, cap);
        if (!p)
            return FSC_ENOMEM;
        m->p = p;
        m->cap = cap;
    }
    memcpy(m->p + m->len, data, len);
    m->len += len;
    m->p[m->len] = '\0';
    return FSC_OK;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    if (p) {
        p[n] = '\0';
        *len = (size_t)n;
    }
    return p;
}

/* Score rows (JSON Lines) of the corpus text. */
static mem score_rows(const char *corpus, size_t len)
{
    mem m = { 0 };
    fsc_reader *r = NULL;
    fsc_tally *t = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_reader_open_mem(corpus, len, "corpus", NULL, &r, &e), FSC_OK);
    TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
    TH_EQ_INT(fsc_score_run(model, r, NULL, to_mem, &m, t, &e), FSC_OK);
    fsc_tally_free(t);
    fsc_reader_free(r);
    return m;
}

static size_t rows_expected = 13;

/* The report of rows fed in chunks of `chunk` bytes, rendered as fmt. */
static char *report(const mem *rows, size_t chunk, unsigned threads,
                    fsc_report_format fmt, const char *corpus,
                    size_t corpus_len)
{
    fsc_report_opts o;
    fsc_report_opts_init(&o);
    o.threads = threads;
    o.bootstrap = 200;
    o.top_min_tokens = 0; /* the test corpus has short articles */
    fsc_report *r = NULL;
    fsc_error e;
    char *out = NULL;
    size_t len = 0;
    TH_EQ_INT(fsc_report_new(model, &o, &r, &e), FSC_OK);
    if (!r)
        return NULL;
    for (size_t i = 0; i < rows->len; i += chunk) {
        size_t n = rows->len - i < chunk ? rows->len - i : chunk;
        TH_EQ_INT(fsc_report_feed(r, "rows", rows->p + i, n, &e), FSC_OK);
    }
    TH_EQ_INT(fsc_report_end(r, &e), FSC_OK);
    TH_EQ_INT(fsc_report_run(r, &e), FSC_OK);
    if (corpus) {
        /* Hand over the texts the report asks for. */
        fsc_reader *rd = NULL;
        TH_EQ_INT(fsc_reader_open_mem(corpus, corpus_len, "corpus", NULL, &rd,
                                      &e),
                  FSC_OK);
        size_t wanted = 0;
        for (;;) {
            fsc_raw_record raw;
            int eof = 1;
            fsc_record *rec = NULL;
            if (!rd || fsc_reader_next(rd, &raw, &eof, &e) != FSC_OK || eof)
                break;
            TH_EQ_INT(fsc_record_parse(&raw, &rec, &e), FSC_OK);
            const char *id = rec ? fsc_record_field(rec, "id") : NULL;
            if (rec && fsc_report_wants(r, id)) {
                size_t n;
                const char *text = fsc_record_text(rec, &n);
                fsc_result *res = NULL;
                TH_EQ_INT(fsc_analyze(az, text, n,
                                      fsc_record_field(rec, "lang"), &res, &e),
                          FSC_OK);
                TH_EQ_INT(fsc_report_add_view(r, model, rec, res, &e),
                          FSC_OK);
                /* Once added, an article is no longer wanted. */
                TH_CHECK(!fsc_report_wants(r, id));
                wanted++;
                fsc_result_free(res);
            }
            fsc_record_free(rec);
        }
        TH_CHECK(wanted > 0);
        fsc_reader_free(rd);
        TH_EQ_INT(fsc_report_set_views_source(r, "the test corpus", &e),
                  FSC_OK);
    }
    fsc_report_file *files = NULL;
    size_t n_files = 0;
    TH_EQ_INT(fsc_report_render(r, fmt, "charts", &out, &len, &files,
                                &n_files, &e),
              FSC_OK);
    if (fmt == FSC_REPORT_MD)
        TH_CHECK(n_files > 3);
    else
        TH_CHECK(n_files == 0);
    fsc_report_files_free(files, n_files);
    const fsc_compare_result *res = fsc_report_compare(r);
    TH_CHECK(res && res->rows_read == rows_expected &&
             res->rows_used == rows_expected);
    TH_CHECK(res && res->n_groups == 3 && res->n_contrasts > 0);
    fsc_report_free(r);
    return out;
}

static void test_chunks_and_threads(const mem *rows)
{
    char *ref = report(rows, rows->len + 1, 1, FSC_REPORT_JSON, NULL, 0);
    TH_CHECK(ref && strstr(ref, "\"records_read\":13"));
    TH_CHECK(ref && strstr(ref, "\"time_series\":{"));
    static const size_t chunks[] = { 1, 7, 4096 };
    static const unsigned threads[] = { 1, 2, 5 };
    for (size_t i = 0; i < 3; i++) {
        char *out = report(rows, chunks[i], threads[i], FSC_REPORT_JSON, NULL,
                           0);
        TH_CHECK(ref && out && strcmp(ref, out) == 0);
        fsc_free(out);
    }
    fsc_free(ref);
}

/* karabakh-2023 has a scope: the report says how many articles of each
 * group are in it (every article of the test corpus names Karabakh,
 * Azerbaijan or Armenia). */
static void test_scope(const mem *rows)
{
    char *md = report(rows, 4096, 1, FSC_REPORT_MD, NULL, 0);
    TH_CHECK(md && strstr(md, "Articles in the scope of `karabakh-2023` (its "
                              "categories count only matches in scope): "));
    fsc_free(md);
    char *js = report(rows, 4096, 1, FSC_REPORT_JSON, NULL, 0);
    TH_CHECK(js && strstr(js, "\"scope\":{\"karabakh-2023\":{\"articles\":"));
    fsc_free(js);
}

static void test_views(const mem *rows, const char *corpus, size_t len)
{
    char *html = report(rows, 65536, 2, FSC_REPORT_HTML, corpus, len);
    TH_CHECK(html && strstr(html, "<details class=\"fold view\" id=\"view-0\" open><summary>Article "));
    TH_CHECK(html && strstr(html, "articles from the test corpus"));
    TH_CHECK(html && !strstr(html, "<script"));
    fsc_free(html);
    char *md = report(rows, 65536, 1, FSC_REPORT_MD, NULL, 0);
    TH_CHECK(md && strncmp(md, "# framescope report\n", 20) == 0);
    TH_CHECK(md && strstr(md, "](<charts/01-overview.svg>)"));
    fsc_free(md);
}

/* More than one fan-out block (4 MB): lines cut between blocks reach the
 * report's own pass whole (every article's language is counted). */
static void test_blocks(const mem *rows)
{
    mem big = { 0 };
    for (int i = 0; i < 200; i++)
        TH_EQ_INT(to_mem(&big, rows->p, rows->len), FSC_OK);
    TH_CHECK(big.len > ((size_t)4 << 20));
    rows_expected = 13 * 200;
    char *out = report(&big, 100003, 2, FSC_REPORT_JSON, NULL, 0);
    TH_CHECK(out &&
             strstr(out, "\"languages\":{\"en\":2200,\"ar\":200,\"ru\":200}"));
    TH_CHECK(out && strstr(out, "\"rows_dated\":2600"));
    rows_expected = 13;
    fsc_free(out);
    free(big.p);
}

/* The report's own pass (languages, dates, attribution totals, top
 * articles) applies --where/--from/--to/--by with its own reading of the
 * rows; it must keep exactly the rows the comparisons keep. */
static void test_filters_agree(const mem *rows)
{
    static const char *const w_outlet[] = { "outlet=Wire",
                                            "outlet=Baku Daily" };
    static const char *const w_lang[] = { "lang=en" };
    struct {
        const char *by, *from, *to;
        const char *const *where;
        size_t n_where;
    } cases[] = {
        { "outlet", NULL, NULL, w_outlet, 2 },
        { "outlet", "2023-09-20", "2023-09-30", NULL, 0 },
        { "date:month", NULL, NULL, NULL, 0 },
        { "date:week", NULL, NULL, w_lang, 1 },
        { "lang", NULL, "2023-09-27", NULL, 0 },
        { "title", NULL, NULL, NULL, 0 },
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        fsc_report_opts o;
        fsc_report_opts_init(&o);
        o.bootstrap = 0;
        o.by = cases[i].by;
        o.from = cases[i].from;
        o.to = cases[i].to;
        o.where = cases[i].where;
        o.n_where = cases[i].n_where;
        fsc_report *r = NULL;
        fsc_error e;
        TH_EQ_INT(fsc_report_new(model, &o, &r, &e), FSC_OK);
        if (!r)
            continue;
        TH_EQ_INT(fsc_report_feed(r, "rows", rows->p, rows->len, &e), FSC_OK);
        TH_EQ_INT(fsc_report_end(r, &e), FSC_OK);
        TH_EQ_INT(fsc_report_run(r, &e), FSC_OK);
        const fsc_compare_result *res = fsc_report_compare(r);
        size_t langs = 0;
        for (size_t k = 0; k < r->n_langs; k++)
            langs += r->lang_list[k].n;
        TH_CHECK(res && res->rows_used > 0);
        TH_CHECK(res && r->rows_seen == res->rows_used);
        TH_CHECK(res && langs == res->rows_used);
        for (size_t g = 0; res && g < res->n_groups; g++)
            TH_CHECK(r->attr[g].with_match <= res->group_rows[g]);
        fsc_report_free(r);
    }
}

static void test_misuse(void)
{
    fsc_report *r = NULL;
    fsc_error e;
    char *out = NULL;
    TH_EQ_INT(fsc_report_new(NULL, NULL, NULL, &e), FSC_EINVAL);
    TH_EQ_INT(fsc_report_new(NULL, NULL, &r, &e), FSC_OK);
    TH_EQ_INT(fsc_report_render(r, FSC_REPORT_HTML, NULL, &out, NULL, NULL,
                                NULL, &e),
              FSC_EINVAL); /* before run */
    TH_CHECK(out == NULL);
    TH_CHECK(fsc_report_compare(r) == NULL);
    TH_EQ_INT(fsc_report_end(r, &e), FSC_OK);
    TH_EQ_INT(fsc_report_run(r, &e), FSC_OK);
    TH_EQ_INT(fsc_report_run(r, &e), FSC_EINVAL); /* twice */
    TH_EQ_INT(fsc_report_feed(r, "x", "{}", 2, &e), FSC_EINVAL); /* after */
    TH_CHECK(!fsc_report_wants(r, "anything"));
    TH_EQ_INT(fsc_report_render(r, FSC_REPORT_JSON, NULL, &out, NULL, NULL,
                                NULL, &e),
              FSC_OK);
    TH_CHECK(out && strstr(out, "\"records_read\":0"));
    fsc_free(out);
    fsc_report_free(r);
    fsc_report_free(NULL);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    size_t len = 0;
    char *corpus =
        read_file(FSC_TEST_DATA "/report/corpus.jsonl", &len);
    TH_CHECK(corpus != NULL);
    if (corpus) {
        mem rows = score_rows(corpus, len);
        test_chunks_and_threads(&rows);
        test_scope(&rows);
        test_views(&rows, corpus, len);
        test_blocks(&rows);
        test_filters_agree(&rows);
        free(rows.p);
    }
    test_misuse();
    free(corpus);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
