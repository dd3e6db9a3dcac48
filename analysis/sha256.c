/*
 * sha256.c - SHA-256 after FIPS 180-4. Lexicon files are hashed once at load
 * time (a few MB for the bundled set), so the portable block function is
 * unrolled: ~43 instructions a byte instead of ~62. Byte order is handled
 * explicitly, so the result does not depend on the host's endianness. `report`
 * also hashes all of its input (hundreds of MB), so on x86-64 CPUs with the SHA
 * extensions the blocks go through them instead (about 6 times faster; same
 * digest, checked by tests/unit/test_sha256.c on both paths).
 */
#include "sha256.h"

#include "internal.h"

#include <errno.h>
#include <stdio.h>

#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu,
    0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u, 0xd807aa98u, 0x12835b01u,
    0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u,
    0xc19bf174u, 0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu,
    0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau, 0x983e5152u,
    0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u,
    0x06ca6351u, 0x14292967u, 0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu,
    0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u,
    0xd6990624u, 0xf40e3585u, 0x106aa070u, 0x19a4c116u, 0x1e376c08u,
    0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu,
    0x682e6ff3u, 0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u,
    0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u
};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
/* Σ0 and Σ1 with the rotations nested (rotation distributes over xor), so
 * the value needs fewer copies: ROTR(x ^ ROTR(x ^ ROTR(x, 9), 11), 2) is
 * ROTR(x, 2) ^ ROTR(x, 13) ^ ROTR(x, 22). */
#define BSIG0(x)    ROTR((x) ^ ROTR((x) ^ ROTR(x, 9), 11), 2)
#define BSIG1(x)    ROTR((x) ^ ROTR((x) ^ ROTR(x, 14), 5), 6)
#define SSIG0(x)    (ROTR(x, 7) ^ ROTR(x, 18) ^ ((x) >> 3))
#define SSIG1(x)    (ROTR(x, 17) ^ ROTR(x, 19) ^ ((x) >> 10))
#define CH(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))

/* Big-endian 32-bit load by shifts: the same on any host. */
static uint32_t load_be32(const unsigned char *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 |
           (uint32_t)p[3];
}

/* One round: the eight working variables are not shifted along; instead
 * each round names them in rotated order (a..h -> h,a..g for the next), so
 * only d and h are written; k and w are the round constant and message word.
 * Maj(a, b, c) is b ^ ((a ^ b) & (b ^ c)), and this round's a ^ b is the
 * next round's b ^ c, so it is carried over in bc. */
#define ROUND(a, b, c, d, e, f, g, h, k, w)                      \
    do {                                                         \
        uint32_t t1_ = (h) + BSIG1(e) + CH(e, f, g) + (k) + (w); \
        uint32_t ab_ = (a) ^ (b);                                \
        (d) += t1_;                                              \
        (h) = t1_ + BSIG0(a) + ((b) ^ (ab_ & bc));               \
        bc = ab_;                                                \
    } while (0)

/* Rounds i .. i + 7. */
#define EIGHT(i)                                               \
    do {                                                       \
        ROUND(a, b, c, d, e, f, g, h, K[(i) + 0], W[(i) + 0]); \
        ROUND(h, a, b, c, d, e, f, g, K[(i) + 1], W[(i) + 1]); \
        ROUND(g, h, a, b, c, d, e, f, K[(i) + 2], W[(i) + 2]); \
        ROUND(f, g, h, a, b, c, d, e, K[(i) + 3], W[(i) + 3]); \
        ROUND(e, f, g, h, a, b, c, d, K[(i) + 4], W[(i) + 4]); \
        ROUND(d, e, f, g, h, a, b, c, K[(i) + 5], W[(i) + 5]); \
        ROUND(c, d, e, f, g, h, a, b, K[(i) + 6], W[(i) + 6]); \
        ROUND(b, c, d, e, f, g, h, a, K[(i) + 7], W[(i) + 7]); \
    } while (0)

/* The portable block function: nblk whole 64-byte blocks at blk. The whole
 * message schedule is expanded first (a short loop), then the 64 rounds run
 * unrolled, so no working variable is copied and each round reads its
 * schedule word at a constant offset. */
static void compress_portable(uint32_t st[8], const unsigned char *blk,
                              size_t nblk)
{
    for (; nblk > 0; nblk--, blk += 64) {
        uint32_t W[64];
        for (int i = 0; i < 16; i++)
            W[i] = load_be32(blk + 4 * i);
        for (int i = 16; i < 64; i++)
            W[i] = SSIG1(W[i - 2]) + W[i - 7] + SSIG0(W[i - 15]) + W[i - 16];
        uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
        uint32_t e = st[4], f = st[5], g = st[6], h = st[7];
        uint32_t bc = b ^ c;
        EIGHT(0);
        EIGHT(8);
        EIGHT(16);
        EIGHT(24);
        EIGHT(32);
        EIGHT(40);
        EIGHT(48);
        EIGHT(56);
        st[0] += a;
        st[1] += b;
        st[2] += c;
        st[3] += d;
        st[4] += e;
        st[5] += f;
        st[6] += g;
        st[7] += h;
    }
}

/* ---- SHA extensions (x86-64) -------------------------------------------- */

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_SHA_NI 1

/* The Intel SHA extensions keep the state as ABEF and CDGH; each group of
 * four rounds adds K to four message words (sha256msg1/2 extend the
 * schedule) and runs two sha256rnds2 steps. */
__attribute__((target("sha,sse4.1,ssse3"))) static void
compress_ni(uint32_t h[8], const unsigned char *b, size_t nblk)
{
    const __m128i bswap =
        _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i t = _mm_loadu_si128((const __m128i *)&h[0]);
    __m128i s1 = _mm_loadu_si128((const __m128i *)&h[4]);
    t = _mm_shuffle_epi32(t, 0xB1);         /* CDAB */
    s1 = _mm_shuffle_epi32(s1, 0x1B);       /* EFGH */
    __m128i s0 = _mm_alignr_epi8(t, s1, 8); /* ABEF */
    s1 = _mm_blend_epi16(s1, t, 0xF0);      /* CDGH */
    for (; nblk > 0; nblk--, b += 64) {
        __m128i abef = s0, cdgh = s1, m[4];
#pragma GCC unroll 16
        for (int g = 0; g < 16; g++) {
            __m128i w;
            if (g < 4) {
                m[g] = _mm_shuffle_epi8(
                    _mm_loadu_si128((const __m128i *)(b + 16 * g)), bswap);
            } else {
                w = _mm_sha256msg1_epu32(m[g & 3], m[(g + 1) & 3]);
                w = _mm_add_epi32(
                    w, _mm_alignr_epi8(m[(g + 3) & 3], m[(g + 2) & 3], 4));
                m[g & 3] = _mm_sha256msg2_epu32(w, m[(g + 3) & 3]);
            }
            w = _mm_add_epi32(m[g & 3],
                              _mm_loadu_si128((const __m128i *)&K[4 * g]));
            s1 = _mm_sha256rnds2_epu32(s1, s0, w);
            s0 = _mm_sha256rnds2_epu32(s0, s1, _mm_shuffle_epi32(w, 0x0E));
        }
        s0 = _mm_add_epi32(s0, abef);
        s1 = _mm_add_epi32(s1, cdgh);
    }
    t = _mm_shuffle_epi32(s0, 0x1B);   /* FEBA */
    s1 = _mm_shuffle_epi32(s1, 0xB1);  /* DCHG */
    s0 = _mm_blend_epi16(t, s1, 0xF0); /* DCBA */
    s1 = _mm_alignr_epi8(s1, t, 8);    /* HGFE */
    _mm_storeu_si128((__m128i *)&h[0], s0);
    _mm_storeu_si128((__m128i *)&h[4], s1);
}

/* 1 when the CPU has SHA, SSE4.1 and SSSE3 (cpuid leaves 7 and 1). */
static int sha_ni_cpu(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) ||
        !(c & bit_SSSE3))
        return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return 0;
    return (b & bit_SHA) != 0;
}
#endif

/* -1 undecided, 0 portable code, 1 SHA extensions. The CPU does not change
 * while we run, so racing first calls store the same value. */
static volatile int use_ni = -1;

int fsc__sha256_accel(int mode)
{
#ifdef HAVE_SHA_NI
    if (mode == 0)
        use_ni = 0;
    else if (mode > 0 || use_ni < 0)
        use_ni = sha_ni_cpu();
    return use_ni;
#else
    (void)mode;
    use_ni = 0;
    return 0;
#endif
}

/* nblk whole blocks at b. */
static void compress_blocks(uint32_t h[8], const unsigned char *b, size_t nblk)
{
#ifdef HAVE_SHA_NI
    if (use_ni < 0)
        fsc__sha256_accel(-1);
    if (use_ni) {
        compress_ni(h, b, nblk);
        return;
    }
#endif
    compress_portable(h, b, nblk);
}

void fsc__sha256_init(fsc__sha256_ctx *c)
{
    static const uint32_t iv[8] = { 0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u,
                                    0xa54ff53au, 0x510e527fu, 0x9b05688cu,
                                    0x1f83d9abu, 0x5be0cd19u };
    memcpy(c->h, iv, sizeof iv);
    c->n_bytes = 0;
    c->blk_len = 0;
}

void fsc__sha256_update(fsc__sha256_ctx *c, const void *p, size_t n)
{
    const unsigned char *s = p;
    c->n_bytes += n;
    if (c->blk_len) {
        size_t take = 64 - c->blk_len < n ? 64 - c->blk_len : n;
        memcpy(c->blk + c->blk_len, s, take);
        c->blk_len += take;
        s += take;
        n -= take;
        if (c->blk_len < 64)
            return;
        compress_blocks(c->h, c->blk, 1);
        c->blk_len = 0;
    }
    if (n >= 64) {
        compress_blocks(c->h, s, n / 64);
        s += n / 64 * 64;
        n %= 64;
    }
    if (n) {
        memcpy(c->blk, s, n);
        c->blk_len = n;
    }
}

void fsc__sha256_final(fsc__sha256_ctx *c, unsigned char out[32])
{
    uint64_t bits = c->n_bytes * 8u;
    unsigned char pad[72];
    size_t npad = (c->blk_len < 56 ? 56 : 120) - c->blk_len;
    memset(pad, 0, sizeof pad);
    pad[0] = 0x80;
    for (int i = 0; i < 8; i++)
        pad[npad + (size_t)i] = (unsigned char)(bits >> (56 - 8 * i));
    /* Padding is not part of the message: keep n_bytes from counting it. */
    uint64_t keep = c->n_bytes;
    fsc__sha256_update(c, pad, npad + 8);
    c->n_bytes = keep;
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (unsigned char)(c->h[i] >> 24);
        out[4 * i + 1] = (unsigned char)(c->h[i] >> 16);
        out[4 * i + 2] = (unsigned char)(c->h[i] >> 8);
        out[4 * i + 3] = (unsigned char)c->h[i];
    }
}

void fsc__sha256(const void *p, size_t n, unsigned char out[32])
{
    fsc__sha256_ctx c;
    fsc__sha256_init(&c);
    fsc__sha256_update(&c, p, n);
    fsc__sha256_final(&c, out);
}

void fsc__sha256_hex(const unsigned char dig[32], char out[65])
{
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hx[dig[i] >> 4];
        out[2 * i + 1] = hx[dig[i] & 15];
    }
    out[64] = '\0';
}

fsc_status fsc_sha256_file(const char *path, char out[65], uint64_t *bytes,
                           fsc_error *err)
{
    if (!path || !out)
        return fsc__fail(err, FSC_EINVAL, "sha256_file: NULL argument");
    FILE *f = fopen(path, "rb");
    if (!f)
        return fsc__fail(err, FSC_EIO, "%s: %s", path, strerror(errno));
    fsc__sha256_ctx c;
    fsc__sha256_init(&c);
    unsigned char buf[1 << 16];
    size_t n;
    uint64_t total = 0;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        fsc__sha256_update(&c, buf, n);
        total += n;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad)
        return fsc__fail(err, FSC_EIO, "%s: read error", path);
    unsigned char dig[32];
    fsc__sha256_final(&c, dig);
    fsc__sha256_hex(dig, out);
    if (bytes)
        *bytes = total;
    return FSC_OK;
}

void fsc_sha256_hex(const void *p, size_t n, char out[65])
{
    unsigned char dig[32];
    fsc__sha256(p, n, dig);
    fsc__sha256_hex(dig, out);
}
