/*
 * test_record_own.c - the record parser's own scanner against the cJSON
 * path (fsc__record_parse_slow): odd JSON Lines records, each parsed both
 * ways, must give the same record (skip reason, id, text, fields, meta) or
 * the same error; a few also have their decoded values spelt out.
 */
#include "corpus_internal.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static fsc_raw_record raw_of(const char *s, size_t n)
{
    fsc_raw_record raw;
    memset(&raw, 0, sizeof raw);
    raw.source = "odd.jsonl";
    raw.line = 7;
    raw.byte = 300;
    raw.is_json = 1;
    raw.data = s;
    raw.len = n;
    raw.full_len = n;
    raw.outlet = "outlet-from-path";
    return raw;
}

/* Parse s[0..n) both ways; nonzero when the two agree in everything. */
static int agree(const char *s, size_t n)
{
    fsc_raw_record raw = raw_of(s, n);
    int ok = fsc__record_paths_agree(&raw);
    if (!ok)
        fprintf(stderr, "paths differ on: %.*s\n", (int)n, s);
    return ok;
}

#define AGREE(lit) TH_CHECK(agree(lit, sizeof lit - 1))

static void test_plain_and_escaped(void)
{
    AGREE("{\"id\":\"a1\",\"text\":\"Plain words here.\"}");
    AGREE("  {\"text\":\"x\",\"id\":\"late\"}\r");
    AGREE("{\"id\":12,\"n\":-0.5e+3,\"b\":true,\"c\":false,\"z\":null,"
          "\"text\":\"t\"}");
    AGREE("{\"id\":\"q\\\"uote\\\\back\\/slash\","
          "\"text\":\"line\\none\\ttab\\r\\b\\f\"}");
    /* \u escapes: one, two and three bytes, and a surrogate pair. */
    AGREE("{\"text\":\"A\\u0041\\u00e9\\u20AC\\uD83D\\uDE00.\"}");
    AGREE("{\"te\\u0078t\":\"key spelt with an escape\"}");
    AGREE("{\"t\\u00e9\":\"\\u00e9\\u00E9\",\"text\":\"v\"}");
    /* Raw control bytes in strings are kept in text, escaped in meta. */
    AGREE("{\"title\":\"a\tb\x01\",\"text\":\"c\td\x1f\"}");
    /* Spaces the strict scanner allows between every token. */
    AGREE("{ \"id\" : \"s\" ,\n\"text\"\t:\r\"w\" }  ");
}

static void test_left_to_cjson(void)
{
    /* Nested values, numbers cJSON reads loosely, a long number. */
    AGREE("{\"meta\":{\"a\":1},\"tags\":[1,\"x\"],\"text\":\"t\"}");
    AGREE("{\"id\":01,\"text\":\"t\"}");
    AGREE("{\"id\":1.,\"text\":\"t\"}");
    AGREE("{\"id\":+1,\"text\":\"t\"}");
    AGREE("{\"id\":123456789012345678901234567890123456789012345678901234567890"
          "12345,\"text\":\"t\"}");
    AGREE("{\"id\":1706543123456789012,\"text\":\"t\"}");
    /* Escapes: unknown, short, NUL, lone and reversed surrogates. */
    AGREE("{\"text\":\"a\\x\"}");
    AGREE("{\"text\":\"a\\u12\"}");
    AGREE("{\"text\":\"a\\u00zz\"}");
    AGREE("{\"text\":\"a\\u0000b\"}");
    AGREE("{\"text\":\"a\\uD800\"}");
    AGREE("{\"text\":\"a\\uD800\\u0041\"}");
    AGREE("{\"text\":\"a\\uDC00\\uD800\"}");
    AGREE("{\"text\":\"a\\uD800\"\\uDC00}");
    /* Skips: duplicate keys (also through an escape), missing, non-string
       or blank text, not an object, trailing data, truncation. */
    AGREE("{\"text\":\"a\",\"text\":\"b\"}");
    AGREE("{\"id\":\"a\",\"i\\u0064\":\"b\",\"text\":\"t\"}");
    AGREE("{\"id\":\"a\"}");
    AGREE("{}");
    AGREE("{\"text\":3}");
    AGREE("{\"text\":null}");
    AGREE("{\"text\":\"  \\n\\t \"}");
    AGREE("{\"text\":\"\\u00a0\\u2003\"}");
    AGREE("[\"text\"]");
    AGREE("{\"text\":\"a\"} x");
    AGREE("{\"text\":\"a\"}{");
    AGREE("{\"text\":\"a\",}");
    AGREE("{\"text\":\"a\"");
    AGREE("{\"text\":\"a");
    AGREE("{\"text\" \"a\"}");
    AGREE("{\"text\":\"a\",\"b\":nul}");
    AGREE("{\"text\":\"a\",\"b\":nullx}");
    AGREE("{\"text\":\"a\",\"b\":tru}");
    AGREE("\xEF\xBB\xBF{\"text\":\"with a byte order mark\"}");
    AGREE("{\"text\":\"a\"}\x01");
    AGREE("\x01{\"text\":\"a\"}");
    AGREE("");
    AGREE("   ");
}

/* The decoded values themselves, from the fast path. */
static void test_values(void)
{
    static const char line[] = "{\"id\":\"x\\u00e9\",\"n\":-1.50,"
                               "\"text\":\"\\uD83D\\uDE00 a\\\\b\\\"\"}";
    fsc_raw_record raw = raw_of(line, sizeof line - 1);
    fsc_record *r = NULL;
    TH_EQ_INT(fsc_record_parse(&raw, &r, NULL), FSC_OK);
    size_t len = 0;
    TH_EQ_STR(fsc_record_text(r, &len), "\xF0\x9F\x98\x80 a\\b\"");
    TH_EQ_INT((long)len, 9);
    TH_EQ_STR(fsc_record_field(r, "id"), "x\xC3\xA9");
    TH_EQ_STR(fsc_record_field(r, "n"), "-1.50");
    TH_EQ_STR(
        fsc_record_meta_json(r),
        "{\"id\":\"x\\u00e9\",\"n\":-1.50,\"outlet\":\"outlet-from-path\"}");
    fsc_record_free(r);
}

/* Every prefix of a few long records (cut strings, escapes, numbers). */
static void test_prefixes(void)
{
    static const char *const lines[] = {
        "{\"id\":\"p\\u00e9\",\"n\":-12.5e-3,\"ok\":true,"
        "\"text\":\"\\uD83D\\uDE00 x\\n\\\"y\\\" \xD8\xB9\xD8\xB1\\u0628\"}",
        "{ \"a\" : [1, {\"b\": null}] , \"text\" : \"z\\t\" , \"c\" : 0 }",
    };
    for (size_t k = 0; k < sizeof lines / sizeof *lines; k++) {
        size_t n = strlen(lines[k]);
        for (size_t i = 0; i <= n; i++)
            TH_CHECK(agree(lines[k], i));
    }
}

int main(void)
{
    test_plain_and_escaped();
    test_left_to_cjson();
    test_values();
    test_prefixes();
    TH_DONE();
}
