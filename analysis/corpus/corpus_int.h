/*
 * corpus_int.h - what the corpus reader's files share (not installed): the
 * reader's state, read modes and the helpers one stage hands another.
 * The stages: walk.c (directories and file names), reader.c (sources,
 * buffers, JSON Lines, JSON arrays, text), csv.c (CSV and TSV) and
 * record.c (parsing a raw record: UTF-8, JSON, fields, ids).
 */
#ifndef FSC_CORPUS_INT_H
#define FSC_CORPUS_INT_H


#include "corpus_internal.h"

#include "buf.h"
#include "internal.h"
#include "jsondup.h"
#include "jsonpos.h"
#include "utf8.h"

#include <cjson/cJSON.h>
#include <zlib.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define DEFAULT_MAX_RECORD ((size_t)16 << 20)
#define CHUNK_SIZE         ((size_t)64 << 10)

/* ------------------------------------------------------------------ */
/* Reader                                                             */
/* ------------------------------------------------------------------ */

typedef enum read_mode {
    MODE_JSONL,
    MODE_TEXT,
    MODE_SNIFF,
    MODE_CSV,
    MODE_TSV,
    MODE_JSONDOC /* a JSON document: top-level values, or the elements of a
                    top-level array, one record each */
} read_mode;

typedef struct dir_node {
    dev_t dev;
    ino_t ino;
    const struct dir_node *up; /* enclosing directory on the walk stack */
} dir_node;

typedef struct str_list {
    char **v;
    size_t n, cap;
} str_list;

struct fsc_reader {
    fsc_reader_opts opts;
    size_t max;       /* effective max_record_bytes */
    char **paths;     /* inputs as given ("-" = stdin) */
    size_t n_paths;   /* number of inputs */
    size_t next_path; /* next input to open */
    str_list files;   /* .txt files of the directory being read */
    size_t next_file; /* next entry of files to open */
    /* Current source. */
    int have_src;      /* a source is open */
    FILE *fp;          /* stream, or NULL for a memory or gzip source */
    gzFile gz;         /* gzip source (zlib decompresses as it reads) */
    int close_fp;      /* we opened fp and must close it */
    const char *mem;   /* memory source (borrowed) */
    size_t mem_len;    /* bytes in mem */
    size_t mem_pos;    /* bytes of mem consumed */
    char *source;      /* name of the current source */
    read_mode mode;    /* how the current source is cut into records */
    int started;       /* first chunk read, BOM and sniffing done */
    int src_eof;       /* no more bytes from the source */
    int text_done;     /* MODE_TEXT: the one record was returned */
    int endless;       /* the source is a stream (FIFO, device, pipe) that
                          may never end: a text record stops at the limit */
    long line;         /* line number of the next line */
    long long base;    /* source offset of chunk[0] */
    size_t rpos, rlen; /* consumed / filled bytes of chunk */
    int single;        /* reader over one preset source (mem or FILE) */
    char *chunk;       /* fixed read buffer of chunk_size bytes */
    size_t chunk_size; /* CHUNK_SIZE; smaller only in tests */
    int used;          /* fsc_reader_next was called */
    fsc_buf rec;       /* current record, capped at max + 1 */
    /* CSV/TSV: the header of the current source and the record converted
       to a JSON object line. */
    int have_hdr;      /* the header was read */
    char **hdr;        /* field names (renamed by opts.columns), owned */
    size_t n_hdr;
    fsc_buf conv;      /* the current record as JSON */
    fsc_buf cells;     /* the current record's cells, NUL-separated */
    char csv_fault[320];
    int in_array;      /* MODE_JSONDOC: inside the top-level array */
    /* Metadata from the current source's path (empty: none). */
    char src_outlet[256];
    char src_date[11];
    /* A directory member that could not be read, returned as one record. */
    int fault_pending;   /* next_source set the two below */
    char *fault_source;  /* its path (owned) */
    char fault[320];     /* why */
};

/* Shared between the stages (see each definition). */
int fsc__corpus_is_gz(const char *path);
int fsc__corpus_has_ext(const char *path, const char *ext);
int fsc__corpus_is_json_name(const char *path);
int fsc__corpus_is_space(unsigned char c);
void fsc__corpus_list_free(str_list *l);
int fsc__corpus_cmp_path(const void *a, const void *b);
fsc_status fsc__corpus_io_fail(fsc_error *err, const char *where, int e);
fsc_status fsc__corpus_walk_dir(const char *dir, const dir_node *up, str_list *out, fsc_error *err);
fsc_status fsc__corpus_fill(fsc_reader *r, fsc_error *err);
fsc_status fsc__corpus_take_bytes(fsc_reader *r, const char *p, size_t n, int *over, fsc_error *err);
void fsc__corpus_fill_raw(const fsc_reader *r, fsc_raw_record *rec, long line, long long byte, int over, size_t full);
fsc_status fsc__corpus_read_csv(fsc_reader *r, fsc_raw_record *rec, int *got, fsc_error *err);
fsc_status fsc__corpus_json_escape(fsc_buf *b, const char *s, size_t n);

#endif
