/*
 * fuzz_utf16.c - libFuzzer target, differential: the tokenizer's UTF-8 to
 * UTF-16 conversion (fsc__utf8_to_u16) against ICU's u_strFromUTF8 on any
 * bytes. Where ICU converts, the units must be the same; where it reports
 * an error, the conversion must refuse the input (-1).
 */
#include "text.h"

#include <unicode/ustring.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    uint16_t *got = malloc((size + 1) * sizeof *got);
    UChar *want = malloc((size + 1) * sizeof *want);
    if (!got || !want) {
        free(got);
        free(want);
        return 0;
    }
    int32_t m = fsc__utf8_to_u16((const char *)data, size, got);
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = 0;
    u_strFromUTF8(want, (int32_t)size + 1, &n, (const char *)data,
                  (int32_t)size, &e);
    if (U_FAILURE(e)) {
        if (m != -1)
            abort();
    } else if (m != n || memcmp(got, want, (size_t)n * sizeof *got) != 0) {
        abort();
    }
    free(got);
    free(want);
    return 0;
}
