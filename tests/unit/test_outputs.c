/*
 * test_outputs.c - every machine format of `score` over the whole bundled
 * corpus (corpora/: the sample, Wikinews, UD PUD in three languages) is
 * read back by a strict reader: the stream is valid UTF-8; each JSON Lines
 * line and the JSON document parse (cJSON) and hold what they claim; each
 * CSV record has the header's number of fields (RFC 4180 quoting) and its
 * numeric columns parse as numbers (strtod reads the whole cell) or are
 * empty; the table is UTF-8 without raw control characters.
 */
#include "bundled_model.h"
#include "framescope/score.h"
#include "th.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct sink {
    char *data;
    size_t len, cap;
} sink;

static fsc_status put(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    if (s->len + len + 1 > s->cap) {
        size_t cap = (s->len + len + 1) * 2;
        char *p = realloc(s->data, cap);
        if (!p)
            return FSC_ENOMEM;
        s->data = p;
        s->cap = cap;
    }
    memcpy(s->data + s->len, data, len);
    s->len += len;
    s->data[s->len] = '\0';
    return FSC_OK;
}

static sink score_all(fsc_score_format f, unsigned threads)
{
    sink s = { 0 };
    const char *in[] = { FSC_SOURCE_DIR "/corpora" };
    fsc_reader *r = NULL;
    fsc_tally *t = NULL;
    fsc_error e;
    fsc_score_opts o;
    fsc_score_opts_init(&o);
    o.format = f;
    o.threads = threads;
    TH_EQ_INT(fsc_reader_open(in, 1, NULL, &r, &e), FSC_OK);
    TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
    TH_EQ_INT(fsc_score_run(model, r, &o, put, &s, t, &e), FSC_OK);
    TH_CHECK(fsc_tally_read(t) > 1000);
    fsc_tally_free(t);
    fsc_reader_free(r);
    return s;
}

static void utf8_ok(const sink *s, const char *what)
{
    size_t bad = 0;
    long bl = 0, bc = 0;
    if (!fsc__utf8_valid(s->data, s->len, &bad, &bl, &bc)) {
        fprintf(stderr, "%s: invalid UTF-8 at line %ld, byte %zu\n", what, bl,
                bad);
        th_failures++;
    }
}

static void check_jsonl(void)
{
    sink s = score_all(FSC_SCORE_JSONL, 2);
    utf8_ok(&s, "jsonl");
    size_t lines = 0;
    for (char *p = s.data; p && *p;) {
        char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        cJSON *j = cJSON_ParseWithLength(p, n);
        const cJSON *fs = cJSON_GetObjectItemCaseSensitive(j, "framescope");
        TH_CHECK(cJSON_IsObject(fs));
        const cJSON *tok = cJSON_GetObjectItemCaseSensitive(fs, "tokens");
        const cJSON *st = cJSON_GetObjectItemCaseSensitive(fs, "status");
        TH_CHECK(cJSON_IsString(st));
        if (cJSON_IsString(st) && strcmp(st->valuestring, "scored") == 0)
            TH_CHECK(cJSON_IsNumber(tok));
        cJSON_Delete(j);
        lines++;
        p = nl ? nl + 1 : p + n;
    }
    TH_CHECK(lines > 1000);
    free(s.data);
}

static void check_json(void)
{
    sink s = score_all(FSC_SCORE_JSON, 1);
    utf8_ok(&s, "json");
    cJSON *j = cJSON_ParseWithLength(s.data, s.len);
    TH_CHECK(j != NULL);
    const cJSON *arts = cJSON_GetObjectItemCaseSensitive(j, "articles");
    TH_CHECK(cJSON_IsArray(arts) && cJSON_GetArraySize(arts) > 1000);
    cJSON_Delete(j);
    free(s.data);
}

/* Split one RFC 4180 record at *pp into cells (NUL-terminated copies in
 * buf); returns the number of fields, advances *pp past the record. */
static size_t csv_record(const char **pp, char *buf, char **cell, size_t max)
{
    const char *p = *pp;
    size_t n = 0, k = 0;
    int q = 0;
    cell[n++] = buf;
    for (;; p++) {
        char ch = *p;
        if (!ch)
            break;
        if (q) {
            if (ch == '"' && p[1] == '"')
                buf[k++] = *++p;
            else if (ch == '"')
                q = 0;
            else
                buf[k++] = ch;
            continue;
        }
        if (ch == '"') {
            q = 1;
        } else if (ch == ',') {
            buf[k++] = '\0';
            if (n < max)
                cell[n++] = buf + k;
        } else if (ch == '\r' && p[1] == '\n') {
            p += 2;
            break;
        } else if (ch == '\n') {
            p++;
            break;
        } else {
            buf[k++] = ch;
        }
    }
    buf[k] = '\0';
    *pp = p;
    return n;
}

static void check_csv(void)
{
    sink s = score_all(FSC_SCORE_CSV, 2);
    utf8_ok(&s, "csv");
    char *buf = malloc(s.len + 1);
    char *cell[64], *head[64];
    char hbuf[1024];
    const char *p = s.data;
    size_t nh = csv_record(&p, hbuf, head, 64);
    TH_CHECK(nh >= 12 && strcmp(head[0], "id") == 0);
    /* Columns that hold numbers (empty when undefined). */
    static const char *const numeric[] = {
        "tokens",    "count",  "negated",    "rate",         "weighted",
        "authorial", "quoted", "attributed", "title_tokens", "title_count"
    };
    size_t rows = 0;
    while (buf && *p) {
        size_t n = csv_record(&p, buf, cell, 64);
        if (n != nh) {
            fprintf(stderr, "csv row %zu: %zu fields, header %zu\n", rows + 2,
                    n, nh);
            th_failures++;
            break;
        }
        for (size_t c = 0; c < nh; c++)
            for (size_t k = 0; k < sizeof numeric / sizeof *numeric; k++)
                if (strcmp(head[c], numeric[k]) == 0 && cell[c][0]) {
                    char *end;
                    (void)strtod(cell[c], &end);
                    if (*end) {
                        fprintf(stderr, "csv row %zu: %s is \"%s\"\n", rows + 2,
                                head[c], cell[c]);
                        th_failures++;
                    }
                }
        rows++;
    }
    TH_CHECK(rows > 1000);
    free(buf);
    free(s.data);
}

/* The wide CSV: one row per record, as many fields as the header, and
 * every CATEGORY:count/rate/voice cell of a scored row a number. */
static void check_wide(void)
{
    sink s = score_all(FSC_SCORE_WIDE, 2);
    utf8_ok(&s, "wide");
    enum { MAXF = 4096 };
    char **cell = malloc(MAXF * sizeof *cell);
    char **head = malloc(MAXF * sizeof *head);
    char *hbuf = malloc(s.len + 1);
    char *buf = malloc(s.len + 1);
    const char *p = s.data;
    size_t nh = cell && head && hbuf ? csv_record(&p, hbuf, head, MAXF) : 0;
    TH_CHECK(nh > 7 && strcmp(head[0], "id") == 0 &&
             strcmp(head[6], "tokens") == 0);
    size_t rows = 0;
    while (buf && nh && *p) {
        size_t n = csv_record(&p, buf, cell, MAXF);
        if (n != nh) {
            fprintf(stderr, "wide row %zu: %zu fields, header %zu\n", rows + 2,
                    n, nh);
            th_failures++;
            break;
        }
        if (strcmp(cell[4], "scored") == 0)
            for (size_t c = 6; c < nh; c++) {
                char *end;
                if (strcmp(head[c], "title_status") == 0) {
                    /* the one text column after tokens */
                    if (strcmp(cell[c], "scored") != 0 &&
                        strcmp(cell[c], "none") != 0 &&
                        strcmp(cell[c], "in_text") != 0 &&
                        strcmp(cell[c], "off") != 0) {
                        fprintf(stderr,
                                "wide row %zu: title_status is "
                                "\"%s\"\n",
                                rows + 2, cell[c]);
                        th_failures++;
                    }
                    continue;
                }
                (void)strtod(cell[c], &end);
                if (!cell[c][0] || *end) {
                    fprintf(stderr, "wide row %zu: %s is \"%s\"\n", rows + 2,
                            head[c], cell[c]);
                    th_failures++;
                    c = nh;
                }
            }
        rows++;
    }
    TH_CHECK(rows > 1000);
    free(cell);
    free(head);
    free(hbuf);
    free(buf);
    free(s.data);
}

static void check_table(void)
{
    sink s = score_all(FSC_SCORE_TABLE, 1);
    utf8_ok(&s, "table");
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.data[i];
        if ((c < 0x20 && c != '\n') || c == 0x7F) {
            fprintf(stderr, "table: control byte 0x%02X at %zu\n", c, i);
            th_failures++;
            break;
        }
    }
    free(s.data);
}

/*
 * The JSON writer prints strings as cJSON does, whatever their length and
 * wherever a byte to escape stands: metadata strings of 1 to 24 bytes
 * (the writer looks at 8 bytes at a time, then at the last 8, or at two
 * overlapping 4-byte halves, or byte by byte under 4) with
 * a quote, a backslash, a control byte or none at every position, among
 * ASCII and two-byte letters, and the same in the article text (kept with
 * keep_text): each row holds exactly the bytes cJSON prints for them.
 */
static void check_escapes(void)
{
    static const char specials[] = { '"', '\\', '\n', '\t', 1, 0x1f, 0 };
    cJSON *rows = cJSON_CreateArray();
    char *input = NULL;
    size_t in_len = 0, n_rows = 0;
    for (size_t len = 1; len <= 24; len++)
        for (size_t pos = 0; pos < len; pos++)
            for (size_t k = 0; k < sizeof specials; k++) {
                char note[32], text[64], id[32];
                for (size_t i = 0; i < len; i++)
                    note[i] = (char)('a' + (i + k) % 26);
                note[len] = '\0';
                if (specials[k])
                    note[pos] = specials[k];
                else if (pos + 1 < len) /* a two-byte letter there */
                    memcpy(note + pos, "\xc3\xa9", 2);
                snprintf(id, sizeof id, "e%zu", n_rows++);
                snprintf(text, sizeof text, "The minister said %s today.",
                         note);
                cJSON *o = cJSON_CreateObject();
                cJSON_AddStringToObject(o, "id", id);
                cJSON_AddStringToObject(o, "note", note);
                cJSON_AddStringToObject(o, "text", text);
                char *line = cJSON_PrintUnformatted(o);
                size_t n = strlen(line);
                char *grown = realloc(input, in_len + n + 2);
                TH_CHECK(grown != NULL);
                input = grown;
                memcpy(input + in_len, line, n);
                in_len += n;
                input[in_len++] = '\n';
                input[in_len] = '\0';
                cJSON_free(line);
                cJSON_AddItemToArray(rows, o);
            }
    sink s = { 0 };
    fsc_reader *r = NULL;
    fsc_tally *t = NULL;
    fsc_error e;
    fsc_score_opts o;
    fsc_score_opts_init(&o);
    o.keep_text = 1;
    TH_EQ_INT(fsc_reader_open_mem(input, in_len, "escapes", NULL, &r, &e),
              FSC_OK);
    TH_EQ_INT(fsc_tally_new(model, &t, &e), FSC_OK);
    TH_EQ_INT(fsc_score_run(model, r, &o, put, &s, t, &e), FSC_OK);
    size_t i = 0;
    for (char *p = s.data; p && *p; i++) {
        char *nl = strchr(p, '\n');
        TH_CHECK(nl != NULL);
        if (!nl)
            break;
        *nl = '\0';
        const cJSON *in = cJSON_GetArrayItem(rows, (int)i);
        const char *keys[] = { "note", "text" };
        for (size_t k = 0; in && k < 2; k++) {
            /* "key":<the string as cJSON prints it> */
            char *v = cJSON_PrintUnformatted(
                cJSON_GetObjectItemCaseSensitive(in, keys[k]));
            size_t need = strlen(v) + 16;
            char *want = malloc(need);
            snprintf(want, need, "\"%s\":%s", keys[k], v);
            if (!strstr(p, want)) {
                fprintf(stderr, "escapes: row %zu lacks %s\n", i, want);
                th_failures++;
            }
            free(want);
            cJSON_free(v);
        }
        p = nl + 1;
    }
    TH_EQ_INT((long)i, (long)n_rows);
    fsc_tally_free(t);
    fsc_reader_free(r);
    cJSON_Delete(rows);
    free(input);
    free(s.data);
}

int main(void)
{
    if (setup() != 0)
        return 1;
    check_jsonl();
    check_json();
    check_csv();
    check_wide();
    check_table();
    check_escapes();
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
