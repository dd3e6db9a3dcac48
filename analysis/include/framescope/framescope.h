/*
 * framescope.h - version, status codes, error records and process setup.
 *
 * Every fallible call in framescope returns an fsc_status and, when the caller
 * passes one, fills a caller-owned fsc_error with where/line/col/message. The
 * library never prints, never exits and keeps no global "last error".
 */
#ifndef FRAMESCOPE_H
#define FRAMESCOPE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FSC_VERSION_MAJOR 0
#define FSC_VERSION_MINOR 1
#define FSC_VERSION_PATCH 0
#define FSC_VERSION "0.1.0"

/** Status codes. FSC_OK is zero; everything else is a failure. */
typedef enum fsc_status {
    FSC_OK = 0,
    FSC_ENOMEM, /* out of memory */
    FSC_EINVAL, /* invalid argument or option */
    FSC_EIO,    /* file could not be opened, read or written */
    FSC_EUTF8,  /* input is not valid UTF-8 */
    FSC_EPARSE, /* malformed JSON, lexicon or dictionary */
    FSC_EICU,   /* an ICU call failed */
    FSC_ELIMIT  /* a size limit was exceeded */
} fsc_status;

/** Detail of a failure. Caller-owned; pass NULL when not wanted. */
typedef struct fsc_error {
    fsc_status code; /* same as the returned status */
    char where[256]; /* file or object name, "" if none */
    long line, col;  /* 1-based; 0 when not applicable */
    long long byte;  /* 0-based byte offset in `where`; -1 when unknown */
    char msg[256];   /* one sentence, no newline */
} fsc_error;

/** Static text for a status; never NULL. */
const char *fsc_strerror(fsc_status s);

/** Reset an error record to "no error". NULL is a no-op. */
void fsc_error_clear(fsc_error *err);

/**
 * One-time process setup: turns off GSL's aborting error handler and checks
 * that ICU's data is usable. Call once from the host program before any other
 * framescope call, before starting threads.
 */
fsc_status fsc_init(fsc_error *err);

/** Version of the library as "MAJOR.MINOR.PATCH". */
const char *fsc_version(void);

/** Version of ICU and of Unicode that framescope was linked with. */
const char *fsc_icu_version(void);
const char *fsc_unicode_version(void);

/** SHA-256 of a file's bytes as 64 lowercase hex digits (out needs 65
 *  bytes) and its size; FSC_EIO (with the path and reason) when it cannot
 *  be read. Used to record the inputs of a report. */
fsc_status fsc_sha256_file(const char *path, char out[65], uint64_t *bytes,
                           fsc_error *err);

/** SHA-256 of n bytes at p as 64 lowercase hex digits (out: 65 bytes). */
void fsc_sha256_hex(const void *p, size_t n, char out[65]);

/** Free memory that a framescope call returned as `char *`. NULL is a no-op. */
void fsc_free(void *p);

#ifdef __cplusplus
}
#endif
#endif
