/*
 * fuzz_cat.c - libFuzzer target for the WordStat .cat reader (body in fuzz_dict.h).
 */
#include "fuzz_dict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_dictionary(data, size, FSC_LEXFMT_CAT, "fuzz.cat");
}
