/*
 * test_sha256.c - SHA-256 against the FIPS 180-4 / NIST example vectors, in
 * one shot and fed in awkward pieces, with the portable block function and
 * (where the CPU has them) the x86 SHA extensions, which must also agree on
 * random data; plus the lexicon fingerprint.
 */
#include "framescope/lexicon.h"
#include "sha256.h"
#include "th.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void hex_of(const void *p, size_t n, char out[65])
{
    unsigned char d[32];
    fsc__sha256(p, n, d);
    fsc__sha256_hex(d, out);
}

/* Odd and block-boundary lengths of the bytes (i * 131 + 7) mod 256, one
 * to many blocks; digests from Python's hashlib. */
static void odd_lengths(void)
{
    static const struct {
        size_t n;
        const char *hex;
    } want[] = {
        { 1,
          "ca358758f6d27e6cf45272937977a748fd88391db679ceda7dc7bf1f005ee879" },
        { 63,
          "6073f83b09ae82016cdbe24c18996c48f0eaa08ca675d0f6b90b807fc29e0149" },
        { 65,
          "9d6a3fb113b586b4ab97bc11c993a27bd9b7bbcb756e0646083dc47a679600e6" },
        { 111,
          "2d9743c1caad343dbb42d591b307dcad9879a9568fa2adf98894dbb62b4a096a" },
        { 119,
          "9773fbac8194c3d789af101b49b6a26073076895ef6e0f658432849dd477a43f" },
        { 127,
          "5072b7a9a4cda7f6d80f1eff09b8b9653201dba22319daf32c6c05339d57f483" },
        { 128,
          "485a94e53eba9717a5d8b7b4489cad92a752f1c5722e7dfd29dd164b7c438d11" },
        { 129,
          "72b63785704123441e7405a2620b859d1f107604ef5882e2674e82cc40d173a6" },
        { 191,
          "58fcb664b50539a476ecfc83b308106c018a836929bfb940dfa13460a7c8897a" },
        { 1000,
          "533b698850849b7908b20a22658f639c0b2a476f1791f85f50188287c31a9aba" },
        { 4097,
          "265eb02ffd0a68c82b2c2280e8dbb61681034b21c3386c29cc046215d0fd0fa4" },
        { 65537,
          "ee9b8ae801229cc5d7e29d3bb4ba1e5d186379e2c1f5040fbf8d73d5a090dd77" },
    };
    size_t max = 65537;
    unsigned char *a = malloc(max);
    TH_CHECK(a != NULL);
    if (!a)
        return;
    for (size_t i = 0; i < max; i++)
        a[i] = (unsigned char)(i * 131 + 7);
    for (size_t k = 0; k < sizeof want / sizeof want[0]; k++) {
        char hx[65];
        hex_of(a, want[k].n, hx);
        TH_EQ_STR(hx, want[k].hex);
    }
    free(a);
}

static void vectors(void)
{
    char hx[65];
    hex_of("", 0, hx);
    TH_EQ_STR(
        hx, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    hex_of("abc", 3, hx);
    TH_EQ_STR(
        hx, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two =
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    hex_of(two, strlen(two), hx);
    TH_EQ_STR(
        hx, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");

    size_t n = 1000000;
    char *a = malloc(n);
    TH_CHECK(a != NULL);
    if (!a)
        return;
    memset(a, 'a', n);
    hex_of(a, n, hx);
    TH_EQ_STR(
        hx, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* The same million bytes in uneven pieces (1, 2, 3, ... bytes). */
    fsc__sha256_ctx c;
    unsigned char d[32];
    fsc__sha256_init(&c);
    size_t off = 0, step = 1;
    while (off < n) {
        size_t k = step < n - off ? step : n - off;
        fsc__sha256_update(&c, a + off, k);
        off += k;
        step = step % 131 + 1;
    }
    fsc__sha256_final(&c, d);
    fsc__sha256_hex(d, hx);
    TH_EQ_STR(
        hx, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);

    /* Padding edge cases: 55, 56 and 64 bytes of 'a' (python hashlib). */
    char buf[64];
    memset(buf, 'a', sizeof buf);
    hex_of(buf, 55, hx);
    TH_EQ_STR(
        hx, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    hex_of(buf, 56, hx);
    TH_EQ_STR(
        hx, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    hex_of(buf, 64, hx);
    TH_EQ_STR(
        hx, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");

    /* FIPS 180-4 / NIST: the 896-bit two-block message. */
    const char *long2 =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
        "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    hex_of(long2, strlen(long2), hx);
    TH_EQ_STR(
        hx, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    odd_lengths();
}

/* Digest of pseudo-random bytes fed in pieces of 1..300 bytes. */
static void random_digest(size_t n, unsigned seed, char hx[65])
{
    unsigned char *a = malloc(n ? n : 1), d[32];
    TH_CHECK(a != NULL);
    if (!a)
        return;
    uint64_t x = seed * 0x9E3779B97F4A7C15u + 1;
    for (size_t i = 0; i < n; i++) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        a[i] = (unsigned char)x;
    }
    fsc__sha256_ctx c;
    fsc__sha256_init(&c);
    size_t off = 0, step = seed % 300 + 1;
    while (off < n) {
        size_t k = step < n - off ? step : n - off;
        fsc__sha256_update(&c, a + off, k);
        off += k;
        step = (step * 7 + 3) % 300 + 1;
    }
    fsc__sha256_final(&c, d);
    fsc__sha256_hex(d, hx);
    free(a);
}

int main(void)
{
    fsc__sha256_accel(0);
    vectors();
    int ni = fsc__sha256_accel(1);
    printf("SHA extensions: %s\n", ni ? "yes, tested" : "not on this CPU");
    if (ni)
        vectors();
    /* Both block functions on random data of many lengths. */
    for (unsigned k = 0; k < 40; k++) {
        size_t n = k < 20 ? k * 37 : (size_t)k * 9973;
        char p[65], q[65];
        fsc__sha256_accel(0);
        random_digest(n, k, p);
        fsc__sha256_accel(1);
        random_digest(n, k, q);
        TH_EQ_STR(q, p);
    }
    fsc__sha256_accel(-1);

    /* A lexicon's fingerprint is of the exact file bytes (BOM included);
     * value from `sha256sum J-MFD_2018r1.dic`. */
    fsc_lexicon *lx = NULL;
    fsc_error e;
    TH_EQ_INT(fsc_lexicon_load(FSC_TEST_DATA "/lexicons/J-MFD_2018r1.dic", NULL,
                               &lx, &e),
              FSC_OK);
    TH_EQ_STR(
        fsc_lexicon_sha256(lx),
        "f03db22c74a080e4d94bba73891311fe1c7169b5e8010f4026623197a4f25af8");
    fsc_lexicon_free(lx);
    TH_DONE();
}
