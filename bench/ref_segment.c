/*
 * ref_segment.c - the benchmark's reference: "the cost of reading text at all".
 *
 * Reads JSON Lines files the way a scorer has to (line by line, each line
 * parsed with cJSON), takes the "text" field of every record, converts it to
 * UTF-16 with u_strFromUTF8 into one reused buffer, and walks it with a single
 * ICU UBRK_WORD break iterator (locale "en") via ubrk_setText / ubrk_next,
 * counting boundaries, and words by ubrk_getRuleStatus (status outside the
 * UBRK_WORD_NONE range). Nothing else: no folding, no lookup, no output per
 * record.
 *
 * Prints one "key=value" line per figure on standard output:
 *   records, skipped, input_bytes, text_bytes, boundaries, words
 * text_bytes (the sum of the byte lengths of the text fields) is what
 * bench/run.sh divides by to get MB/s of text.
 *
 * Not part of the CMake build; bench/run.sh builds it with
 *   gcc -O2 ref_segment.c $(pkg-config --cflags --libs icu-uc icu-i18n libcjson)
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s INPUT.jsonl...\n", argv[0]);
        return 2;
    }

    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, "en", NULL, 0, &st);
    if (U_FAILURE(st)) {
        fprintf(stderr, "ubrk_open: %s\n", u_errorName(st));
        return 2;
    }

    UChar *ubuf = NULL;
    int32_t ucap = 0;
    char *line = NULL;
    size_t linecap = 0;

    uint64_t records = 0, skipped = 0, input_bytes = 0, text_bytes = 0;
    uint64_t boundaries = 0, words = 0;

    for (int a = 1; a < argc; a++) {
        FILE *fp = strcmp(argv[a], "-") == 0 ? stdin : fopen(argv[a], "rb");
        if (!fp) {
            perror(argv[a]);
            return 2;
        }
        ssize_t n;
        while ((n = getline(&line, &linecap, fp)) > 0) {
            input_bytes += (uint64_t)n;
            cJSON *rec = cJSON_ParseWithLength(line, (size_t)n);
            if (!rec) {
                skipped++;
                continue;
            }
            const cJSON *t = cJSON_GetObjectItemCaseSensitive(rec, "text");
            if (!cJSON_IsString(t) || !t->valuestring) {
                skipped++;
                cJSON_Delete(rec);
                continue;
            }
            const char *s = t->valuestring;
            size_t len = strlen(s);
            if (len > INT32_MAX / 2) {
                skipped++;
                cJSON_Delete(rec);
                continue;
            }
            records++;
            text_bytes += len;

            /* UTF-16 never needs more units than UTF-8 has bytes. */
            if ((int32_t)len + 1 > ucap) {
                int32_t ncap = ucap ? ucap : 4096;
                while (ncap < (int32_t)len + 1)
                    ncap *= 2;
                UChar *nb = realloc(ubuf, (size_t)ncap * sizeof(UChar));
                if (!nb) {
                    fprintf(stderr, "out of memory\n");
                    return 2;
                }
                ubuf = nb;
                ucap = ncap;
            }
            int32_t ulen = 0;
            st = U_ZERO_ERROR;
            u_strFromUTF8(ubuf, ucap, &ulen, s, (int32_t)len, &st);
            if (U_FAILURE(st)) {
                skipped++;
                records--;
                text_bytes -= len;
                cJSON_Delete(rec);
                continue;
            }
            st = U_ZERO_ERROR;
            ubrk_setText(bi, ubuf, ulen, &st);
            if (U_FAILURE(st)) {
                fprintf(stderr, "ubrk_setText: %s\n", u_errorName(st));
                return 2;
            }
            for (int32_t b = ubrk_next(bi); b != UBRK_DONE; b = ubrk_next(bi)) {
                boundaries++;
                int32_t rs = ubrk_getRuleStatus(bi);
                if (rs < UBRK_WORD_NONE || rs >= UBRK_WORD_NONE_LIMIT)
                    words++;
            }
            cJSON_Delete(rec);
        }
        if (fp != stdin)
            fclose(fp);
    }

    printf("records=%llu\n", (unsigned long long)records);
    printf("skipped=%llu\n", (unsigned long long)skipped);
    printf("input_bytes=%llu\n", (unsigned long long)input_bytes);
    printf("text_bytes=%llu\n", (unsigned long long)text_bytes);
    printf("boundaries=%llu\n", (unsigned long long)boundaries);
    printf("words=%llu\n", (unsigned long long)words);

    ubrk_close(bi);
    free(ubuf);
    free(line);
    return 0;
}
