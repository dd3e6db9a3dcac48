/*
 * test_corpus.c - corpus reader and record parsing: JSON Lines fields and
 * meta, every skip reason with its exact byte, BOM/CRLF/blank lines, chunk
 * boundaries, over-long lines with bounded memory, directories, stdin.
 */
#define _POSIX_C_SOURCE 200809L

#include "corpus_internal.h"
#include "th.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define DATA   FSC_TEST_DATA "/corpus"
#define MAXREC 32

typedef struct recs {
    fsc_record *r[MAXREC];
    long long byte[MAXREC];  /* raw->byte */
    size_t len[MAXREC];      /* raw->len */
    size_t full_len[MAXREC]; /* raw->full_len */
    int is_json[MAXREC];     /* raw->is_json */
    size_t n;
    size_t max_alloc; /* largest record buffer seen */
} recs;

static void recs_free(recs *rs)
{
    for (size_t i = 0; i < rs->n; i++)
        fsc_record_free(rs->r[i]);
    rs->n = 0;
}

/* Read every record of r, parsing each; stops at the first error. */
static fsc_status read_all(fsc_reader *r, recs *rs, fsc_error *err)
{
    memset(rs, 0, sizeof *rs);
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        fsc_status s = fsc_reader_next(r, &raw, &eof, err);
        size_t a = fsc__reader_buf_alloc(r);
        if (a > rs->max_alloc)
            rs->max_alloc = a;
        if (s != FSC_OK || eof)
            return s;
        if (rs->n == MAXREC)
            return FSC_ELIMIT;
        s = fsc_record_parse(&raw, &rs->r[rs->n], err);
        if (s != FSC_OK)
            return s;
        rs->byte[rs->n] = raw.byte;
        rs->len[rs->n] = raw.len;
        rs->full_len[rs->n] = raw.full_len;
        rs->is_json[rs->n] = raw.is_json;
        rs->n++;
    }
}

static fsc_status read_paths(const char *const *paths, size_t n,
                             const fsc_reader_opts *o, recs *rs)
{
    fsc_reader *r = NULL;
    fsc_error err;
    fsc_status s = fsc_reader_open(paths, n, o, &r, &err);
    if (s != FSC_OK) {
        memset(rs, 0, sizeof *rs);
        return s;
    }
    s = read_all(r, rs, &err);
    if (s != FSC_OK)
        fprintf(stderr, "read error: %s: %s\n", err.where, err.msg);
    fsc_reader_free(r);
    return s;
}

static const char *text_of(const fsc_record *rec, size_t *len)
{
    return fsc_record_text(rec, len);
}

static int text_is(const fsc_record *rec, const char *want)
{
    size_t len = 0;
    const char *t = text_of(rec, &len);
    return len == strlen(want) && memcmp(t, want, len) == 0;
}

static void test_good_jsonl(void)
{
    const char *p[] = { DATA "/good.jsonl" };
    recs rs;
    char want[512];
    TH_EQ_INT(read_paths(p, 1, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 4);
    if (rs.n != 4) {
        recs_free(&rs);
        return;
    }
    for (size_t i = 0; i < rs.n; i++) {
        TH_CHECK(!fsc_record_skipped(rs.r[i]));
        TH_CHECK(fsc_record_skip_reason(rs.r[i]) == NULL);
        TH_EQ_STR(fsc_record_source(rs.r[i]), DATA "/good.jsonl");
        TH_CHECK(rs.is_json[i]);
    }
    /* Line 1: BOM stripped (byte 3), CR stripped, all named fields. */
    fsc_record *a = rs.r[0];
    TH_EQ_INT(fsc_record_line(a), 1);
    TH_EQ_INT(rs.byte[0], 3);
    TH_EQ_INT(rs.len[0], 161);
    TH_EQ_INT(rs.full_len[0], 161);
    TH_EQ_STR(fsc_record_field(a, "id"), "a1");
    TH_EQ_STR(fsc_record_field(a, "outlet"), "Outlet A");
    TH_EQ_STR(fsc_record_field(a, "date"), "2023-09-20");
    TH_EQ_STR(fsc_record_field(a, "lang"), "en");
    TH_EQ_STR(fsc_record_field(a, "title"), "T1");
    TH_EQ_STR(fsc_record_field(a, "url"), "http://x/1");
    TH_EQ_STR(fsc_record_field(a, "score"), "1.50"); /* as in the input */
    TH_CHECK(fsc_record_field(a, "extra") == NULL);  /* object: not a field */
    TH_CHECK(fsc_record_field(a, "text") == NULL);
    TH_CHECK(fsc_record_field(a, "nope") == NULL);
    TH_CHECK(text_is(a, "Hello world."));
    TH_EQ_STR(fsc_record_meta_json(a),
              "{\"id\":\"a1\",\"outlet\":\"Outlet A\",\"date\":\"2023-09-20\","
              "\"lang\":\"en\",\"title\":\"T1\",\"url\":\"http://x/1\","
              "\"extra\":{\"k\":[1,2,{\"z\":null}]},\"score\":1.50}");

    /* Line 4 (2 and 3 blank): numeric id beyond double precision, escapes
       decoded in text, spaces in nested values compacted in meta. */
    fsc_record *b = rs.r[1];
    TH_EQ_INT(fsc_record_line(b), 4);
    TH_EQ_INT(rs.byte[1], 172);
    TH_EQ_INT(rs.len[1], 108);
    TH_EQ_STR(fsc_record_field(b, "id"), "12345678901234567890");
    TH_EQ_STR(fsc_record_field(b, "n"), "-0.5e3");
    TH_CHECK(fsc_record_field(b, "tags") == NULL);
    TH_CHECK(fsc_record_field(b, "date") == NULL);
    TH_CHECK(text_is(b, "Second \xC3\xA9 text"));
    TH_EQ_STR(fsc_record_meta_json(b),
              "{\"id\":12345678901234567890,\"outlet\":\"B\","
              "\"tags\":[\"x\",\"y\"],\"n\":-0.5e3}");

    /* Line 5: no id -> "SOURCE:LINE", and none in meta. */
    fsc_record *c = rs.r[2];
    TH_EQ_INT(fsc_record_line(c), 5);
    TH_EQ_INT(rs.byte[2], 281);
    TH_EQ_STR(fsc_record_field(c, "id"), DATA "/good.jsonl:5");
    TH_EQ_STR(fsc_record_field(c, "lang"), "ar");
    TH_EQ_STR(fsc_record_meta_json(c), "{\"lang\":\"ar\"}");

    /* Line 6: last line without newline; surrogate pair decoded. */
    fsc_record *d = rs.r[3];
    TH_EQ_INT(fsc_record_line(d), 6);
    TH_EQ_INT(rs.byte[3], 315);
    TH_EQ_INT(rs.len[3], 68);
    TH_EQ_STR(fsc_record_field(d, "id"), "c3");
    TH_EQ_STR(fsc_record_field(d, "text2"), "t");
    TH_CHECK(text_is(d, "caf\xC3\xA9 \xF0\x9F\x98\x80"));
    snprintf(want, sizeof want,
             "{\"outlet\":\"C\",\"id\":\"c3\",\"text2\":\"t\"}");
    TH_EQ_STR(fsc_record_meta_json(d), want);
    recs_free(&rs);
}

static void check_skip(const recs *rs, size_t i, long line, const char *id,
                       const char *what)
{
    char want[512];
    if (i >= rs->n) {
        TH_CHECK(i < rs->n);
        return;
    }
    const fsc_record *r = rs->r[i];
    size_t len = 99;
    TH_CHECK(fsc_record_skipped(r));
    TH_EQ_INT(fsc_record_line(r), line);
    TH_EQ_STR(fsc_record_source(r), DATA "/bad.jsonl");
    snprintf(want, sizeof want, "%s: %s", DATA "/bad.jsonl", what);
    TH_EQ_STR(fsc_record_skip_reason(r), want);
    if (id) {
        TH_EQ_STR(fsc_record_field(r, "id"), id);
    } else {
        snprintf(want, sizeof want, "%s:%ld", DATA "/bad.jsonl", line);
        TH_EQ_STR(fsc_record_field(r, "id"), want);
    }
    TH_EQ_STR(fsc_record_meta_json(r), "{}");
    TH_EQ_STR(fsc_record_text(r, &len), "");
    TH_EQ_INT(len, 0);
    TH_CHECK(fsc_record_field(r, "title") == NULL);
}

static void test_bad_jsonl(void)
{
    const char *p[] = { DATA "/bad.jsonl" };
    recs rs;
    TH_EQ_INT(read_paths(p, 1, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 12);
    if (rs.n != 12) {
        recs_free(&rs);
        return;
    }
    TH_CHECK(!fsc_record_skipped(rs.r[0]));
    TH_CHECK(text_is(rs.r[0], "fine"));
    check_skip(&rs, 1, 2, NULL,
               "bad JSON at line 2, byte 50 (column 25): line ends inside a "
               "string (truncated record?)");
    check_skip(&rs, 2, 3, NULL, "invalid UTF-8 at line 3, byte 73 (column 23)");
    check_skip(&rs, 3, 4, "m", "missing \"text\" field at line 4");
    check_skip(&rs, 4, 5, "n", "\"text\" field at line 5 is not a string");
    check_skip(&rs, 5, 6, "e", "empty text at line 6");
    check_skip(&rs, 6, 7, NULL, "JSON value at line 7 is not an object");
    check_skip(&rs, 7, 8, NULL,
               "bad JSON at line 8, byte 196 (column 24): unpaired UTF-16 "
               "surrogate escape \\uD800 (not valid Unicode)");
    check_skip(&rs, 8, 9, NULL,
               "escaped NUL (\\u0000) at line 9, byte 236 (column 22) is not "
               "supported");
    check_skip(&rs, 9, 10, NULL,
               "bad JSON at line 10, byte 273 (column 23): invalid escape \\q");
    check_skip(&rs, 10, 11, NULL,
               "bad JSON at line 11, byte 307 (column 23): unexpected 't' "
               "after the JSON value");
    TH_CHECK(!fsc_record_skipped(rs.r[11]));
    TH_EQ_INT(fsc_record_line(rs.r[11]), 12);
    TH_EQ_STR(fsc_record_field(rs.r[11], "id"), "ok2");
    recs_free(&rs);
}

/* Hand-made raw records: reasons for cases not in the fixture. */
static fsc_record *parse_line(const char *src, long line, long long byte,
                              const char *s, size_t n)
{
    fsc_raw_record raw = { 0 };
    fsc_record *rec = NULL;
    raw.source = src;
    raw.line = line;
    raw.byte = byte;
    raw.is_json = 1;
    raw.data = s;
    raw.len = n;
    raw.full_len = n;
    TH_EQ_INT(fsc_record_parse(&raw, &rec, NULL), FSC_OK);
    return rec;
}

static void test_parse_cases(void)
{
    fsc_record *r;
    /* Error positions are file offsets: byte 1000 + offset in line. */
    r = parse_line("x.jsonl", 3, 1000, "{\"a\" 1}", 7);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: bad JSON at line 3, byte 1005 (column 6): "
              "unexpected '1'");
    fsc_record_free(r);
    r = parse_line("x.jsonl", 3, 0, "{\"id\":\"a\",", 10);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: bad JSON at line 3, byte 10 (column 11): line ends "
              "before the JSON value is closed (truncated record?)");
    fsc_record_free(r);
    /* Column counts code points; byte counts bytes. */
    r = parse_line("x.jsonl", 1, 0, "{\"\xC3\xA9\xC3\xA9\":x}", 10);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: bad JSON at line 1, byte 8 (column 7): "
              "unexpected 'x'");
    fsc_record_free(r);
    /* A NUL byte in the line is refused before cJSON could cut at it. */
    r = parse_line("x.jsonl", 2, 10, "{\"text\":\"a\0b\"}", 15);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: bad JSON at line 2, byte 20 (column 11): NUL byte");
    fsc_record_free(r);
    /* Lone low surrogate. */
    r = parse_line("x.jsonl", 1, 0, "{\"text\":\"\\udc00\"}", 17);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: bad JSON at line 1, byte 9 (column 10): unpaired "
              "UTF-16 surrogate escape \\uDC00 (not valid Unicode)");
    fsc_record_free(r);
    /* High surrogate followed by a non-surrogate escape. */
    r = parse_line("x.jsonl", 1, 0, "{\"text\":\"\\ud800\\u0041\"}", 23);
    TH_CHECK(strstr(fsc_record_skip_reason(r), "unpaired UTF-16 surrogate "
                                               "escape \\uD800") != NULL);
    fsc_record_free(r);
    /* A string as the top-level value. */
    r = parse_line("x.jsonl", 4, 0, "\"just a string\"", 15);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: JSON value at line 4 is not an object");
    fsc_record_free(r);
    /* "text": null and an object "text". */
    r = parse_line("x.jsonl", 5, 0, "{\"text\":null,\"id\":7}", 20);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "x.jsonl: \"text\" field at line 5 is not a string");
    TH_EQ_STR(fsc_record_field(r, "id"), "7");
    fsc_record_free(r);
    /* Empty string text. */
    r = parse_line("x.jsonl", 6, 0, "{\"text\":\"\"}", 11);
    TH_EQ_STR(fsc_record_skip_reason(r), "x.jsonl: empty text at line 6");
    fsc_record_free(r);
    /* Non-strict numbers (accepted by cJSON) come out as valid JSON; a
       non-string/number id falls back to the default; raw control bytes in
       strings are escaped in meta; escapes keep their spelling. */
    const char *l =
        "{\"id\":true,\"a\":01,\"b\":\"t\tab\",\"c\":\"\\u00e9\\/\","
        "\"text\":\"ok\",\"d\":[ ]}";
    r = parse_line("y.jsonl", 9, 0, l, strlen(l));
    TH_CHECK(!fsc_record_skipped(r));
    TH_EQ_STR(fsc_record_field(r, "id"), "y.jsonl:9");
    TH_EQ_STR(fsc_record_field(r, "a"), "1");
    TH_EQ_STR(fsc_record_field(r, "b"), "t\tab");
    TH_EQ_STR(fsc_record_field(r, "c"), "\xC3\xA9/");
    TH_EQ_STR(fsc_record_meta_json(r),
              "{\"id\":true,\"a\":1,\"b\":\"t\\u0009ab\",\"c\":\"\\u00e9\\/\","
              "\"d\":[]}");
    fsc_record_free(r);
    /* Duplicate keys: the record is skipped with the key named (compare
       and the report refuse such rows too: one rule for every reader). */
    l = "{\"id\":\"x\",\"id\":\"y\",\"text\":\"one\",\"text\":\"two\"}";
    r = parse_line("y.jsonl", 1, 0, l, strlen(l));
    TH_CHECK(fsc_record_skipped(r));
    TH_EQ_STR(fsc_record_skip_reason(r),
              "y.jsonl: duplicate key \"id\" at line 1");
    fsc_record_free(r);
    l = "{\"id\":\"x\",\"meta\":{\"a\":1,\"a\":2},\"text\":\"one\"}";
    r = parse_line("y.jsonl", 2, 0, l, strlen(l));
    TH_CHECK(fsc_record_skipped(r));
    TH_EQ_STR(fsc_record_skip_reason(r),
              "y.jsonl: duplicate key \"a\" at line 2");
    fsc_record_free(r);
    l = "{\"id\":\"x\",\"list\":[{\"a\":1},{\"a\":2}],\"text\":\"one\"}";
    r = parse_line("y.jsonl", 3, 0, l, strlen(l));
    TH_CHECK(!fsc_record_skipped(r));
    fsc_record_free(r);
    /* Over-long raw record without the limit known. */
    fsc_raw_record raw = { 0 };
    raw.source = "z.jsonl";
    raw.line = 7;
    raw.is_json = 1;
    raw.data = "";
    raw.full_len = 123;
    r = NULL;
    TH_EQ_INT(fsc_record_parse(&raw, &r, NULL), FSC_OK);
    TH_EQ_STR(fsc_record_skip_reason(r),
              "z.jsonl: record of 123 bytes at line 7 exceeds the size limit");
    fsc_record_free(r);
    /* Argument checks. */
    TH_EQ_INT(fsc_record_parse(&raw, NULL, NULL), FSC_EINVAL);
    fsc_record_free(NULL);
    fsc_reader_free(NULL);
}

static void test_empty_and_missing(void)
{
    const char *p[] = { DATA "/empty.jsonl" };
    recs rs;
    TH_EQ_INT(read_paths(p, 1, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 0);
    recs_free(&rs);

    const char *q[] = { DATA "/good.jsonl", DATA "/no-such-file.jsonl" };
    fsc_reader *r = (fsc_reader *)&rs; /* must be reset to NULL */
    fsc_error err;
    TH_EQ_INT(fsc_reader_open(q, 2, NULL, &r, &err), FSC_EIO);
    TH_CHECK(r == NULL);
    TH_EQ_INT(err.code, FSC_EIO);
    TH_EQ_STR(err.where, DATA "/no-such-file.jsonl");
    TH_EQ_STR(err.msg, strerror(ENOENT));
}

static void test_text_files(void)
{
    const char *p[] = { DATA "/plain.txt", DATA "/badutf8.txt" };
    recs rs;
    TH_EQ_INT(read_paths(p, 2, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 2);
    if (rs.n == 2) {
        TH_CHECK(!rs.is_json[0]);
        TH_CHECK(!fsc_record_skipped(rs.r[0]));
        TH_CHECK(text_is(rs.r[0], "Just some text."));
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), DATA "/plain.txt");
        TH_EQ_STR(fsc_record_meta_json(rs.r[0]),
                  "{\"id\":\"" DATA "/plain.txt\"}");
        TH_CHECK(fsc_record_field(rs.r[0], "outlet") == NULL);
        TH_CHECK(fsc_record_field(rs.r[0], "date") == NULL);
        TH_CHECK(fsc_record_field(rs.r[0], "lang") == NULL);
        TH_EQ_INT(fsc_record_line(rs.r[0]), 1);
        TH_CHECK(fsc_record_skipped(rs.r[1]));
        TH_EQ_STR(fsc_record_skip_reason(rs.r[1]),
                  DATA "/badutf8.txt: invalid UTF-8 at line 2, byte 21 "
                       "(column 8)");
        TH_EQ_STR(fsc_record_field(rs.r[1], "id"), DATA "/badutf8.txt");
    }
    recs_free(&rs);

    /* Forcing JSONL on a text file: each line is bad JSON. */
    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.format = FSC_INPUT_JSONL;
    const char *t[] = { DATA "/plain.txt" };
    TH_EQ_INT(read_paths(t, 1, &o, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1)
        TH_EQ_STR(fsc_record_skip_reason(rs.r[0]),
                  DATA "/plain.txt: bad JSON at line 1, byte 0 (column 1): "
                       "unexpected 'J'");
    recs_free(&rs);

    /* Forcing text on a .jsonl file: one record, the whole file. */
    o.format = FSC_INPUT_TEXT;
    const char *g[] = { DATA "/good.jsonl" };
    TH_EQ_INT(read_paths(g, 1, &o, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1) {
        TH_CHECK(!rs.is_json[0]);
        TH_EQ_INT(rs.byte[0], 3);
        TH_EQ_INT(rs.len[0], 383 - 3);
    }
    recs_free(&rs);
}

static void test_directory(void)
{
    const char *p[] = { DATA "/dir", DATA "/good.jsonl" };
    recs rs;
    TH_EQ_INT(read_paths(p, 2, NULL, &rs), FSC_OK);
    /* 6 files in byte order (.txt as text, .jsonl as JSON Lines; notes.md
       and sub/readme ignored), then the 4 JSONL records. */
    TH_EQ_INT(rs.n, 10);
    if (rs.n == 10) {
        static const char *const want[] = {
            DATA "/dir/a.txt", DATA "/dir/a/c.txt", DATA "/dir/b.txt",
            DATA "/dir/data.jsonl", DATA "/dir/empty.txt",
            DATA "/dir/sub/z/deep.txt"
        };
        for (size_t i = 0; i < 6; i++) {
            TH_EQ_STR(fsc_record_source(rs.r[i]), want[i]);
            TH_EQ_INT(rs.is_json[i], i == 3);
            if (i != 3)
                TH_EQ_STR(fsc_record_field(rs.r[i], "id"), want[i]);
        }
        TH_EQ_STR(fsc_record_field(rs.r[3], "id"), "dir-jsonl-1");
        /* BOM stripped (byte 3), CRLF inside kept, trailing CRLF dropped. */
        TH_CHECK(text_is(rs.r[0], "Text A with BOM.\r\nSecond line."));
        TH_EQ_INT(rs.byte[0], 3);
        TH_CHECK(text_is(rs.r[1], "Text C in a subdirectory."));
        TH_CHECK(text_is(rs.r[2], "Text B."));
        TH_CHECK(text_is(rs.r[3],
                         "A JSON Lines file inside a directory is read too."));
        TH_CHECK(fsc_record_skipped(rs.r[4]));
        TH_EQ_STR(fsc_record_skip_reason(rs.r[4]),
                  DATA "/dir/empty.txt: empty text at line 1");
        TH_CHECK(text_is(rs.r[5], "Deep text."));
        TH_EQ_STR(fsc_record_field(rs.r[6], "id"), "a1");
        TH_EQ_STR(fsc_record_field(rs.r[9], "id"), "c3");
    }
    recs_free(&rs);

    /* A trailing slash on the directory does not double it. */
    const char *q[] = { DATA "/dir/a/" };
    TH_EQ_INT(read_paths(q, 1, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1)
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), DATA "/dir/a/c.txt");
    recs_free(&rs);
}

/* Temporary directory helpers. */
static char tmpdir[256];

static int make_tmpdir(void)
{
    const char *base = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/fsc_corpus_XXXXXX",
             base && *base ? base : "/tmp");
    return mkdtemp(tmpdir) != NULL;
}

static void tmp_path(char *out, size_t cap, const char *name)
{
    snprintf(out, cap, "%s/%s", tmpdir, name);
}

static int write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    int ok = fwrite(data, 1, n, f) == n;
    return fclose(f) == 0 && ok;
}

static void test_long_line(void)
{
    char path[300];
    tmp_path(path, sizeof path, "big.jsonl");
    FILE *f = fopen(path, "wb");
    TH_CHECK(f != NULL);
    if (!f)
        return;
    const size_t big = (size_t)3 << 20;
    fputs("{\"id\":\"first\",\"text\":\"one\"}\n", f);
    fputs("{\"id\":\"huge\",\"text\":\"", f);
    static char block[4096];
    memset(block, 'a', sizeof block);
    size_t body = big - strlen("{\"id\":\"huge\",\"text\":\"") - 2;
    for (size_t done = 0; done < body;) {
        size_t k = body - done < sizeof block ? body - done : sizeof block;
        fwrite(block, 1, k, f);
        done += k;
    }
    fputs("\"}\r\n", f);
    fputs("{\"id\":\"last\",\"text\":\"three\"}", f);
    TH_CHECK(fclose(f) == 0);

    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.max_record_bytes = (size_t)1 << 20;
    const char *p[] = { path };
    recs rs;
    TH_EQ_INT(read_paths(p, 1, &o, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 3);
    if (rs.n == 3) {
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), "first");
        TH_EQ_INT(rs.len[1], 0);
        TH_EQ_INT(rs.full_len[1], big);
        TH_EQ_INT(rs.byte[1], 28);
        char want[600];
        snprintf(want, sizeof want,
                 "%s: record of %zu bytes at line 2 exceeds the 1048576-byte "
                 "limit",
                 path, big);
        TH_EQ_STR(fsc_record_skip_reason(rs.r[1]), want);
        TH_CHECK(!fsc_record_skipped(rs.r[2]));
        TH_EQ_STR(fsc_record_field(rs.r[2], "id"), "last");
        TH_EQ_INT(fsc_record_line(rs.r[2]), 3);
        TH_EQ_INT(rs.byte[2], 28 + (long long)big + 2);
    }
    /* The record buffer stayed within about twice the limit, far below
       the line. */
    TH_CHECK(rs.max_alloc > 0);
    TH_CHECK(rs.max_alloc <= 2 * (((size_t)1 << 20) + 2));
    TH_CHECK(rs.max_alloc < big);
    recs_free(&rs);

    /* The same file as one text record: too long too. */
    o.format = FSC_INPUT_TEXT;
    TH_EQ_INT(read_paths(p, 1, &o, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1) {
        TH_CHECK(fsc_record_skipped(rs.r[0]));
        TH_EQ_INT(rs.full_len[0], 28 + big + 2 + 28);
    }
    TH_CHECK(rs.max_alloc < big);
    recs_free(&rs);
    remove(path);
}

/* Limit boundary: exactly max bytes (with a CR to strip) is kept. */
static void test_limit_boundary(void)
{
    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.max_record_bytes = 20;
    o.format = FSC_INPUT_JSONL;
    /* 20 bytes + CRLF, then 21 bytes + LF, then 20 bytes, no newline. */
    const char *in = "{\"text\":\"abcdefghi\"}\r\n"
                     "{\"text\":\"abcdefghij\"}\n"
                     "{\"text\":\"123456789\"}";
    fsc_reader *r = NULL;
    recs rs;
    TH_EQ_INT(fsc_reader_open_mem(in, strlen(in), "m", &o, &r, NULL), FSC_OK);
    TH_EQ_INT(read_all(r, &rs, NULL), FSC_OK);
    TH_EQ_INT(rs.n, 3);
    if (rs.n == 3) {
        TH_EQ_INT(rs.len[0], 20);
        TH_CHECK(text_is(rs.r[0], "abcdefghi"));
        TH_EQ_INT(rs.len[1], 0);
        TH_EQ_INT(rs.full_len[1], 21);
        TH_EQ_STR(fsc_record_skip_reason(rs.r[1]),
                  "m: record of 21 bytes at line 2 exceeds the 20-byte limit");
        TH_EQ_INT(rs.byte[1], 22);
        TH_CHECK(text_is(rs.r[2], "123456789"));
        TH_EQ_INT(rs.byte[2], 44);
    }
    recs_free(&rs);
    fsc_reader_free(r);
}

/* Records read with tiny chunks (boundaries inside BOM, CRLF, lines) are
   the same as with the default chunk. */
static void test_chunk_boundaries(void)
{
    FILE *f = fopen(DATA "/good.jsonl", "rb");
    TH_CHECK(f != NULL);
    if (!f)
        return;
    char data[1024];
    size_t n = fread(data, 1, sizeof data, f);
    fclose(f);
    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.format = FSC_INPUT_JSONL;
    recs ref;
    fsc_reader *r = NULL;
    TH_EQ_INT(fsc_reader_open_mem(data, n, "g", &o, &r, NULL), FSC_OK);
    TH_EQ_INT(read_all(r, &ref, NULL), FSC_OK);
    fsc_reader_free(r);
    TH_EQ_INT(ref.n, 4);
    for (size_t cs = 1; cs <= 40; cs++) {
        recs rs;
        r = NULL;
        TH_EQ_INT(fsc_reader_open_mem(data, n, "g", &o, &r, NULL), FSC_OK);
        TH_EQ_INT(fsc__reader_set_chunk_size(r, cs), FSC_OK);
        TH_EQ_INT(read_all(r, &rs, NULL), FSC_OK);
        TH_EQ_INT(fsc__reader_set_chunk_size(r, 64), FSC_EINVAL);
        fsc_reader_free(r);
        TH_EQ_INT(rs.n, ref.n);
        for (size_t i = 0; i < rs.n && i < ref.n; i++) {
            TH_EQ_INT(rs.byte[i], ref.byte[i]);
            TH_EQ_INT(rs.len[i], ref.len[i]);
            TH_EQ_INT(fsc_record_line(rs.r[i]), fsc_record_line(ref.r[i]));
            TH_EQ_STR(fsc_record_meta_json(rs.r[i]),
                      fsc_record_meta_json(ref.r[i]));
        }
        recs_free(&rs);
    }
    recs_free(&ref);
}

/* Lines that lie whole in the read buffer are handed out from it, without
 * a copy into the record buffer (which is then never allocated), and still
 * end in a NUL where their CR or LF was; lines across buffers are copied. */
static void test_lines_in_chunk(void)
{
    static const char data[] = "{\"text\":\"one\"}\r\n\n"
                               "{\"id\":\"b\",\"text\":\"two\"}\n"
                               "  {\"text\":\"three\"}\r\n";
    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.format = FSC_INPUT_JSONL;
    for (int small = 0; small < 2; small++) {
        fsc_reader *r = NULL;
        TH_EQ_INT(fsc_reader_open_mem(data, sizeof data - 1, "c", &o, &r, NULL),
                  FSC_OK);
        if (small)
            TH_EQ_INT(fsc__reader_set_chunk_size(r, 8), FSC_OK);
        static const char *const want[] = { "{\"text\":\"one\"}",
                                            "{\"id\":\"b\",\"text\":\"two\"}",
                                            "  {\"text\":\"three\"}" };
        static const long long at[] = { 0, 17, 41 };
        size_t n = 0;
        for (;;) {
            fsc_raw_record raw;
            int eof = 0;
            TH_EQ_INT(fsc_reader_next(r, &raw, &eof, NULL), FSC_OK);
            if (eof || n == 3)
                break;
            TH_EQ_INT((long)raw.len, (long)strlen(want[n]));
            TH_CHECK(memcmp(raw.data, want[n], raw.len) == 0);
            TH_CHECK(raw.data[raw.len] == '\0');
            TH_EQ_INT(raw.byte, at[n]);
            n++;
        }
        TH_EQ_INT(n, 3);
        if (small)
            TH_CHECK(fsc__reader_buf_alloc(r) > 0);
        else
            TH_EQ_INT(fsc__reader_buf_alloc(r), 0);
        fsc_reader_free(r);
    }
}

static fsc_status read_stream(const char *in, size_t n,
                              const fsc_reader_opts *o, recs *rs)
{
    FILE *f = tmpfile();
    TH_CHECK(f != NULL);
    if (!f)
        return FSC_EIO;
    fwrite(in, 1, n, f);
    rewind(f);
    fsc_reader *r = NULL;
    fsc_status s = fsc__reader_open_file(f, NULL, o, &r, NULL);
    if (s == FSC_OK)
        s = read_all(r, rs, NULL);
    fsc_reader_free(r);
    fclose(f);
    return s;
}

static void test_stdin_sniff(void)
{
    recs rs;
    /* BOM and blank lines, then '{': JSON Lines. */
    const char *j = "\xEF\xBB\xBF \n\r\n{\"text\":\"x\",\"id\":\"j1\"}\n";
    TH_EQ_INT(read_stream(j, strlen(j), NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1) {
        TH_CHECK(rs.is_json[0]);
        TH_EQ_INT(fsc_record_line(rs.r[0]), 3);
        TH_EQ_INT(rs.byte[0], 7);
        TH_EQ_STR(fsc_record_source(rs.r[0]), "<stdin>");
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), "j1");
    }
    recs_free(&rs);
    /* Anything else: one text record, even with '{' later on. */
    const char *t = "  Plain words.\n{\"text\":\"x\"}\n";
    TH_EQ_INT(read_stream(t, strlen(t), NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1) {
        TH_CHECK(!rs.is_json[0]);
        TH_CHECK(text_is(rs.r[0], "  Plain words.\n{\"text\":\"x\"}"));
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), "<stdin>");
    }
    recs_free(&rs);
    /* Empty and blank input: no records. */
    TH_EQ_INT(read_stream("", 0, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 0);
    TH_EQ_INT(read_stream(" \n\n", 3, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 0);
    /* The same through fsc_reader_open_mem. */
    fsc_reader *r = NULL;
    TH_EQ_INT(fsc_reader_open_mem(t, strlen(t), NULL, NULL, &r, NULL), FSC_OK);
    TH_EQ_INT(read_all(r, &rs, NULL), FSC_OK);
    TH_EQ_INT(rs.n, 1);
    if (rs.n == 1)
        TH_EQ_STR(fsc_record_source(rs.r[0]), "<memory>");
    recs_free(&rs);
    fsc_reader_free(r);
}

/* "-" and n_paths == 0 read the real stdin, redirected here to a file. */
static void test_real_stdin(void)
{
    if (!freopen(DATA "/good.jsonl", "rb", stdin)) {
        TH_CHECK(0);
        return;
    }
    recs rs;
    TH_EQ_INT(read_paths(NULL, 0, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 4);
    if (rs.n == 4) {
        TH_EQ_STR(fsc_record_source(rs.r[0]), "<stdin>");
        TH_EQ_STR(fsc_record_field(rs.r[2], "id"), "<stdin>:5");
    }
    recs_free(&rs);
    if (!freopen(DATA "/plain.txt", "rb", stdin)) {
        TH_CHECK(0);
        return;
    }
    const char *p[] = { DATA "/plain.txt", "-" };
    TH_EQ_INT(read_paths(p, 2, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 2);
    if (rs.n == 2)
        TH_EQ_STR(fsc_record_field(rs.r[1], "id"), "<stdin>");
    recs_free(&rs);
}

/* A file in a directory that cannot be read is one record with `fault`
   set, named by the file; the walk goes on. A FIFO with a corpus name is
   reported, never opened (opening it would block). Parsed, the fault is a
   skipped record with the reason. */
static void test_unreadable_in_dir(void)
{
    char d[300], a[300], b[300], c[300], f[300], sd[300], z[300];
    tmp_path(d, sizeof d, "d");
    TH_CHECK(mkdir(d, 0700) == 0);
    tmp_path(a, sizeof a, "d/a.txt");
    tmp_path(b, sizeof b, "d/b.txt");
    tmp_path(c, sizeof c, "d/c.txt");
    tmp_path(f, sizeof f, "d/f.jsonl");
    tmp_path(sd, sizeof sd, "d/sub");
    tmp_path(z, sizeof z, "d/sub/z.txt");
    TH_CHECK(write_file(a, "alpha", 5));
    TH_CHECK(symlink("does-not-exist", b) == 0); /* dangling link */
    TH_CHECK(write_file(c, "gamma", 5));
    TH_CHECK(mkfifo(f, 0600) == 0);
    TH_CHECK(mkdir(sd, 0700) == 0);
    TH_CHECK(write_file(z, "zeta", 4));

    const char *p[] = { d };
    fsc_reader *r = NULL;
    fsc_error err;
    fsc_raw_record raw;
    int eof = 0;
    TH_EQ_INT(fsc_reader_open(p, 1, NULL, &r, &err), FSC_OK);
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &err), FSC_OK);
    TH_EQ_STR(raw.source, a);
    TH_CHECK(raw.fault == NULL);
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &err), FSC_OK);
    TH_EQ_INT(eof, 0);
    TH_EQ_STR(raw.source, b);
    TH_CHECK(raw.fault && strstr(raw.fault, strerror(ENOENT)));
    fsc_record *rec = NULL;
    TH_EQ_INT(fsc_record_parse(&raw, &rec, &err), FSC_OK);
    TH_CHECK(rec && fsc_record_skipped(rec));
    if (rec) {
        TH_CHECK(strstr(fsc_record_skip_reason(rec), b) != NULL);
        TH_CHECK(strstr(fsc_record_skip_reason(rec), "cannot read") != NULL);
        TH_EQ_STR(fsc_record_field(rec, "id"), b);
    }
    fsc_record_free(rec);
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &err), FSC_OK);
    TH_EQ_STR(raw.source, c);
    TH_CHECK(raw.fault == NULL);
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &err), FSC_OK);
    TH_EQ_STR(raw.source, f);
    TH_CHECK(raw.fault && strstr(raw.fault, "FIFO"));
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &err), FSC_OK);
    TH_EQ_STR(raw.source, z);
    TH_CHECK(raw.fault == NULL);
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, &err), FSC_OK);
    TH_EQ_INT(eof, 1);
    fsc_reader_free(r);

    /* Permission denied (not testable as root, who may read anything). */
    if (geteuid() != 0) {
        TH_CHECK(chmod(c, 0) == 0);
        TH_CHECK(chmod(sd, 0) == 0);
        TH_EQ_INT(fsc_reader_open(p, 1, NULL, &r, &err), FSC_OK);
        int saw_c = 0, saw_sd = 0;
        for (int i = 0; i < 10; i++) {
            fsc_status s = fsc_reader_next(r, &raw, &eof, &err);
            TH_EQ_INT(s, FSC_OK);
            if (s != FSC_OK || eof)
                break;
            if (strcmp(raw.source, c) == 0 && raw.fault &&
                strstr(raw.fault, strerror(EACCES)))
                saw_c = 1;
            if (strcmp(raw.source, sd) == 0 && raw.fault &&
                strstr(raw.fault, "cannot read directory"))
                saw_sd = 1;
        }
        TH_CHECK(saw_c);
        TH_CHECK(saw_sd);
        fsc_reader_free(r);
        chmod(c, 0600);
        chmod(sd, 0700);
        /* A top-level unreadable file fails at open. */
        const char *q[] = { c };
        TH_CHECK(chmod(c, 0) == 0);
        TH_EQ_INT(fsc_reader_open(q, 1, NULL, &r, &err), FSC_EIO);
        TH_EQ_STR(err.msg, strerror(EACCES));
        chmod(c, 0600);
    }
    remove(a);
    remove(b);
    remove(c);
    remove(f);
    remove(z);
    rmdir(sd);
    rmdir(d);
}

/* Records stay valid after the reader moves on and is freed. */
static void test_record_lifetime(void)
{
    const char *p[] = { DATA "/good.jsonl" };
    fsc_reader *r = NULL;
    fsc_raw_record raw;
    fsc_record *first = NULL;
    int eof = 0;
    TH_EQ_INT(fsc_reader_open(p, 1, NULL, &r, NULL), FSC_OK);
    TH_EQ_INT(fsc_reader_next(r, &raw, &eof, NULL), FSC_OK);
    TH_EQ_INT(fsc_record_parse(&raw, &first, NULL), FSC_OK);
    while (fsc_reader_next(r, &raw, &eof, NULL) == FSC_OK && !eof)
        ;
    fsc_reader_free(r);
    TH_EQ_STR(fsc_record_field(first, "outlet"), "Outlet A");
    TH_EQ_STR(fsc_record_source(first), DATA "/good.jsonl");
    TH_CHECK(text_is(first, "Hello world."));
    fsc_record_free(first);
}

/* CSV and TSV corpora: RFC 4180 quoting (delimiters, newlines and "" inside
   quotes), CRLF, BOM, header names renamed by opts.columns, empty cells
   left out, blank records passed over; faults (field count, unclosed
   quote, invalid UTF-8) are skipped records naming the CSV line; reading is
   independent of the chunk size. */
static recs read_mem_csv(const char *data, size_t len, fsc_input_format f,
                         const char *const *cols, size_t ncols, size_t chunk)
{
    recs rs;
    memset(&rs, 0, sizeof rs);
    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.format = f;
    o.columns = cols;
    o.n_columns = ncols;
    o.max_record_bytes = 200;
    fsc_reader *r = NULL;
    fsc_error err;
    if (fsc_reader_open_mem(data, len, "c.csv", &o, &r, &err) != FSC_OK)
        return rs;
    if (chunk)
        fsc__reader_set_chunk_size(r, chunk);
    TH_EQ_INT(read_all(r, &rs, &err), FSC_OK);
    fsc_reader_free(r);
    return rs;
}

static void test_csv(void)
{
    static const char csv[] =
        "\xEF\xBB\xBF" "id,source,date,body,extra\r\n"
        "a1,Outlet A,2024-01-02,\"Hello, \"\"world\"\"\r\nsecond line\",x\r\n"
        "\r\n"
        "a2,Outlet B,,Plain text,\r\n"
        "a3,only,three\r\n"
        "a4,Outlet C,2024-01-03,\"bad \xff byte\",y\r\n"
        ",Outlet D,2024-01-04,No id here,z\r\n"
        "a6,Outlet E,2024-01-05,\"never closed,\r\nmore\r\n";
    const char *cols[] = { "outlet=source", "text=body" };
    size_t chunks[] = { 0, 5, 7 };
    for (int k = 0; k < 3; k++) {
        recs rs = read_mem_csv(csv, sizeof csv - 1, FSC_INPUT_CSV, cols, 2,
                               chunks[k]);
        TH_EQ_INT(rs.n, 6);
        if (rs.n == 6) {
            TH_EQ_STR(fsc_record_field(rs.r[0], "id"), "a1");
            TH_EQ_STR(fsc_record_field(rs.r[0], "outlet"), "Outlet A");
            TH_EQ_STR(fsc_record_field(rs.r[0], "date"), "2024-01-02");
            TH_CHECK(text_is(rs.r[0], "Hello, \"world\"\r\nsecond line"));
            TH_EQ_STR(fsc_record_field(rs.r[0], "extra"), "x");
            TH_EQ_INT(fsc_record_line(rs.r[0]), 2);
            TH_EQ_INT(rs.byte[0], 30); /* 3-byte BOM + 27-byte header */
            /* Empty cells are left out: no date, no extra. */
            TH_CHECK(fsc_record_field(rs.r[1], "date") == NULL);
            TH_CHECK(text_is(rs.r[1], "Plain text"));
            TH_EQ_INT(fsc_record_line(rs.r[1]), 5);
            TH_CHECK(fsc_record_skipped(rs.r[2]));
            TH_EQ_STR(fsc_record_skip_reason(rs.r[2]),
                      "c.csv: CSV record at line 6 has 3 fields, the header "
                      "has 5");
            TH_EQ_STR(fsc_record_field(rs.r[2], "id"), "c.csv:6");
            TH_CHECK(fsc_record_skipped(rs.r[3]));
            TH_CHECK(strstr(fsc_record_skip_reason(rs.r[3]),
                            "invalid UTF-8 at line 7, byte ") != NULL);
            /* No id column value: SOURCE:LINE. */
            TH_EQ_STR(fsc_record_field(rs.r[4], "id"), "c.csv:8");
            TH_CHECK(fsc_record_skipped(rs.r[5]));
            TH_EQ_STR(fsc_record_skip_reason(rs.r[5]),
                      "c.csv: quoted field opened in the record at line 9 "
                      "never closed");
        }
        recs_free(&rs);
    }
    /* TSV, and a record over the limit (skipped, memory bounded). */
    char tsv[600];
    int n = snprintf(tsv, sizeof tsv, "id\ttext\nt1\tone\ttwo\nt2\t");
    memset(tsv + n, 'x', 300);
    n += 300;
    n += snprintf(tsv + n, sizeof tsv - (size_t)n, "\nt3\t\"q\tq\"\n");
    recs rs = read_mem_csv(tsv, (size_t)n, FSC_INPUT_TSV, NULL, 0, 0);
    TH_EQ_INT(rs.n, 3);
    if (rs.n == 3) {
        TH_CHECK(fsc_record_skipped(rs.r[0])); /* 3 fields */
        TH_CHECK(fsc_record_skipped(rs.r[1]));
        TH_CHECK(strstr(fsc_record_skip_reason(rs.r[1]), "exceeds") != NULL);
        TH_CHECK(text_is(rs.r[2], "q\tq"));
    }
    recs_free(&rs);
    /* By extension in a directory walk, against Python's csv module: the
       Wikinews sample (5 articles, multi-line quoted texts, CRLF). */
    const char *p[] = { DATA "/wikinews-2020-sample.csv" };
    TH_EQ_INT(read_paths(p, 1, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 5);
    if (rs.n == 5) {
        TH_EQ_STR(fsc_record_field(rs.r[0], "date"), "2020-01-01");
        TH_EQ_STR(fsc_record_field(rs.r[0], "title"),
                  "Samoan government ends state of emergency over measles "
                  "outbreak");
        size_t len = 0;
        const char *t = text_of(rs.r[4], &len);
        TH_CHECK(t && len > 500 && !fsc_record_skipped(rs.r[4]));
    }
    recs_free(&rs);
}

/* gzip input through zlib: the inner extension decides the format (.jsonl.gz,
   .txt.gz, .csv.gz), in a directory walk too; a truncated file is a read
   error naming it. */
static int write_gz(const char *path, const char *data, size_t len)
{
    gzFile g = gzopen(path, "wb");
    if (!g)
        return 0;
    int ok = gzwrite(g, data, (unsigned)len) == (int)len;
    return gzclose(g) == Z_OK && ok;
}

static void test_gzip(void)
{
    char d[300], a[300], b[300], c[300], t[300];
    tmp_path(d, sizeof d, "gz");
    TH_CHECK(mkdir(d, 0700) == 0);
    tmp_path(a, sizeof a, "gz/a.jsonl.gz");
    tmp_path(b, sizeof b, "gz/b.TXT.GZ");
    tmp_path(c, sizeof c, "gz/c.csv.gz");
    const char *jl = "{\"id\":\"j1\",\"text\":\"one\"}\n{\"id\":\"j2\",\"text\":\"two\"}\n";
    TH_CHECK(write_gz(a, jl, strlen(jl)));
    TH_CHECK(write_gz(b, "plain text\n", 11));
    TH_CHECK(write_gz(c, "id,text\nc1,\"x, y\"\n", 18));
    const char *p[] = { d };
    recs rs;
    TH_EQ_INT(read_paths(p, 1, NULL, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 4);
    if (rs.n == 4) {
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), "j1");
        TH_EQ_STR(fsc_record_field(rs.r[1], "id"), "j2");
        TH_EQ_INT(fsc_record_line(rs.r[1]), 2);
        TH_CHECK(text_is(rs.r[2], "plain text"));
        TH_CHECK(text_is(rs.r[3], "x, y"));
    }
    recs_free(&rs);

    /* A big JSON Lines file, compressed, then truncated in the middle. */
    tmp_path(t, sizeof t, "gz/t.jsonl.gz");
    size_t n = 0;
    char *big = malloc(200000);
    TH_CHECK(big != NULL);
    if (!big)
        return;
    for (int i = 0; n + 64 < 200000; i++)
        n += (size_t)snprintf(big + n, 200000 - n,
                              "{\"id\":\"r%d\",\"text\":\"record %d\"}\n", i,
                              i * 7919 % 100003);
    TH_CHECK(write_gz(t, big, n));
    free(big);
    struct stat st;
    TH_CHECK(stat(t, &st) == 0 && truncate(t, st.st_size / 2) == 0);
    const char *q[] = { t };
    fsc_reader *r = NULL;
    fsc_error err;
    TH_EQ_INT(fsc_reader_open(q, 1, NULL, &r, &err), FSC_OK);
    fsc_status s = FSC_OK;
    size_t got = 0;
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        s = fsc_reader_next(r, &raw, &eof, &err);
        if (s != FSC_OK || eof)
            break;
        got++;
    }
    TH_EQ_INT(s, FSC_EIO);
    TH_EQ_STR(err.where, t);
    TH_CHECK(strstr(err.msg, "gzip data unreadable after") != NULL);
    TH_CHECK(got > 100);
    fsc_reader_free(r);
    remove(a);
    remove(b);
    remove(c);
    remove(t);
    rmdir(d);
}

/* Metadata from paths and id prefixes: the outlet from the first directory
   level below the input directory, a real date from the file name, for
   records that lack them (a JSON Lines record keeps its own); ids the
   input does not give start with the prefix. */
static void test_path_meta(void)
{
    char d[300], a[300], b[300], c[300], s1[300], s2[300];
    tmp_path(d, sizeof d, "pm");
    tmp_path(s1, sizeof s1, "pm/aawsat");
    tmp_path(s2, sizeof s2, "pm/okaz");
    TH_CHECK(mkdir(d, 0700) == 0 && mkdir(s1, 0700) == 0 &&
             mkdir(s2, 0700) == 0);
    tmp_path(a, sizeof a, "pm/aawsat/2015-07-31-story.txt");
    tmp_path(b, sizeof b, "pm/okaz/x.jsonl");
    tmp_path(c, sizeof c, "pm/top-2015-02-29.txt");
    TH_CHECK(write_file(a, "one", 3));
    const char *jl = "{\"outlet\":\"own\",\"text\":\"two\"}\n{\"text\":\"three\"}\n";
    TH_CHECK(write_file(b, jl, strlen(jl)));
    TH_CHECK(write_file(c, "four", 4));
    fsc_reader_opts o;
    fsc_reader_opts_init(&o);
    o.outlet_from_dir = 1;
    o.date_from_name = 1;
    o.id_prefix = "s1";
    const char *p[] = { d };
    recs rs;
    TH_EQ_INT(read_paths(p, 1, &o, &rs), FSC_OK);
    TH_EQ_INT(rs.n, 4);
    if (rs.n == 4) {
        TH_EQ_STR(fsc_record_field(rs.r[0], "outlet"), "aawsat");
        TH_EQ_STR(fsc_record_field(rs.r[0], "date"), "2015-07-31");
        char want[400];
        snprintf(want, sizeof want, "s1:%s", a);
        TH_EQ_STR(fsc_record_field(rs.r[0], "id"), want);
        TH_CHECK(strstr(fsc_record_meta_json(rs.r[0]),
                        "\"outlet\":\"aawsat\",\"date\":\"2015-07-31\"}"));
        TH_EQ_STR(fsc_record_field(rs.r[1], "outlet"), "own");
        TH_EQ_STR(fsc_record_field(rs.r[2], "outlet"), "okaz");
        snprintf(want, sizeof want, "s1:%s:2", b);
        TH_EQ_STR(fsc_record_field(rs.r[2], "id"), want);
        /* 2015-02-29 is not a date; a file at the top has no outlet. */
        TH_CHECK(fsc_record_field(rs.r[3], "date") == NULL);
        TH_CHECK(fsc_record_field(rs.r[3], "outlet") == NULL);
    }
    recs_free(&rs);
    remove(a);
    remove(b);
    remove(c);
    rmdir(s1);
    rmdir(s2);
    rmdir(d);
}

/* JSON documents: the elements of a top-level array and pretty-printed
   objects are records, with the line each starts on; a scalar element is
   a skipped record; the same records whatever the read chunk size. */
static void test_json_doc(void)
{
    static const char doc[] =
        "[\n  {\"id\": \"a\", \"text\": \"one ] } ,\"},\n"
        "  {\n    \"id\": \"b\",\n    \"text\": \"two \\\" [\"\n  },\n"
        "  42,\n  {\"id\": \"c\", \"text\": \"three\"}\n]\n"
        "{\n \"id\": \"d\",\n \"text\": \"four\"\n}\n";
    size_t chunks[] = { 0, 3, 11 };
    for (int k = 0; k < 3; k++) {
        fsc_reader_opts o;
        fsc_reader_opts_init(&o);
        o.format = FSC_INPUT_JSON;
        fsc_reader *r = NULL;
        fsc_error err;
        recs rs;
        TH_EQ_INT(fsc_reader_open_mem(doc, sizeof doc - 1, "d.json", &o, &r,
                                      &err),
                  FSC_OK);
        if (chunks[k])
            fsc__reader_set_chunk_size(r, chunks[k]);
        TH_EQ_INT(read_all(r, &rs, &err), FSC_OK);
        fsc_reader_free(r);
        TH_EQ_INT(rs.n, 5);
        if (rs.n == 5) {
            TH_CHECK(text_is(rs.r[0], "one ] } ,"));
            TH_EQ_INT(fsc_record_line(rs.r[0]), 2);
            TH_CHECK(text_is(rs.r[1], "two \" ["));
            TH_EQ_INT(fsc_record_line(rs.r[1]), 3);
            TH_CHECK(fsc_record_skipped(rs.r[2]));
            TH_EQ_INT(fsc_record_line(rs.r[2]), 7);
            TH_EQ_STR(fsc_record_field(rs.r[3], "id"), "c");
            TH_EQ_STR(fsc_record_field(rs.r[4], "id"), "d");
            TH_EQ_INT(fsc_record_line(rs.r[4]), 10);
        }
        recs_free(&rs);
    }
}

int main(void)
{
    if (!make_tmpdir()) {
        fprintf(stderr, "cannot make a temporary directory\n");
        return 1;
    }
    test_good_jsonl();
    test_bad_jsonl();
    test_parse_cases();
    test_empty_and_missing();
    test_text_files();
    test_directory();
    test_long_line();
    test_limit_boundary();
    test_chunk_boundaries();
    test_lines_in_chunk();
    test_stdin_sniff();
    test_real_stdin();
    test_unreadable_in_dir();
    test_record_lifetime();
    test_csv();
    test_gzip();
    test_path_meta();
    test_json_doc();
    rmdir(tmpdir);
    TH_DONE();
}
