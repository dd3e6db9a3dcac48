/*
 * fuzz_yaml.c - libFuzzer target for the quanteda/newsmap YAML reader (body in fuzz_dict.h).
 */
#include "fuzz_dict.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_dictionary(data, size, FSC_LEXFMT_YAML, "fuzz.yml");
}
