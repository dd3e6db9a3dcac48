/*
 * sha256.h - a small, dependency-free SHA-256 (FIPS 180-4) used to fingerprint
 * lexicon files so reports can name exactly which lexicon bytes were used.
 */
#ifndef FSC_SHA256_H
#define FSC_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct fsc__sha256_ctx {
    uint32_t h[8];        /* chaining state */
    uint64_t n_bytes;     /* message length so far */
    unsigned char blk[64]; /* pending partial block */
    size_t blk_len;        /* bytes used in blk */
} fsc__sha256_ctx;

void fsc__sha256_init(fsc__sha256_ctx *c);
void fsc__sha256_update(fsc__sha256_ctx *c, const void *p, size_t n);
void fsc__sha256_final(fsc__sha256_ctx *c, unsigned char out[32]);

/** One-shot digest of p[0..n). */
void fsc__sha256(const void *p, size_t n, unsigned char out[32]);

/**
 * Which block function the digests use: mode 0 forces the portable code,
 * mode 1 the x86 SHA extensions when the CPU has them, mode -1 decides once
 * (the default, on first use). Returns 1 when the extensions are in use.
 * For tests and benchmarks: both give the same digests.
 */
int fsc__sha256_accel(int mode);

/** Write the 32-byte digest as 64 lower-case hex digits plus a NUL. */
void fsc__sha256_hex(const unsigned char dig[32], char out[65]);

#endif
