/*
 * test_hash.c - fsc__hash gives fixed values (hash tables' layout and so
 * the order of some outputs depend on them) for keys of every tail length
 * and of one and more eight-byte words, and the inline copy used for every
 * token agrees with it.
 */
#include "hash.h"
#include "internal.h"
#include "th.h"

#include <string.h>

int main(void)
{
    static const char *const keys[] = {
        "",
        "a",
        "ab",
        "abc",
        "abcd",
        "abcde",
        "abcdefg",
        "abcdefgh",
        "abcdefghi",
        "abcdefghijklmnop",
        "abcdefghijklmnopq",
        "\xd8\xa7\xd9\x84\xd8\xa7\xd8\xad\xd8\xaa\xd9\x84\xd8\xa7\xd9\x84",
        "\xd8\xa7\xd8\xad\xd8\xaa\xd9\x84\xd8\xa7\xd9\x84",
        "occupation",
        "\xd0\xbe\xd0\xba\xd0\xba\xd1\x83\xd0\xbf\xd0\xb0\xd1\x86\xd0\xb8\xd1"
        "\x8f"
    };
    static const uint32_t want[] = { 0x400C070Eu, 0x1CB54162u, 0x3B9EE150u,
                                     0x2AE9B845u, 0xC1CC2035u, 0x05A5C54Bu,
                                     0x4953A198u, 0x2E71B9BDu, 0x1244DFB5u,
                                     0x64982314u, 0xB112DE04u, 0xCA683A54u,
                                     0x60D81473u, 0x998C1034u, 0x5CB484C5u };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        size_t n = strlen(keys[i]);
        TH_CHECK(fsc__hash(keys[i], n) == want[i]);
        TH_CHECK(fsc__hash_inline(keys[i], n) == want[i]);
    }
    /* every length up to 40, from every offset up to 7 */
    char buf[48];
    for (size_t k = 0; k < sizeof buf; k++)
        buf[k] = (char)(0x41 + k * 37 % 190);
    for (size_t off = 0; off < 8; off++)
        for (size_t n = 0; n + off <= 40; n++)
            TH_CHECK(fsc__hash(buf + off, n) == fsc__hash_inline(buf + off, n));
    TH_DONE();
}
