/*
 * corpus.h - reading articles: text files, directories (their .txt and
 * .jsonl files), JSON Lines, standard input; with record accounting.
 *
 * The reader streams: memory is bounded by the largest record it accepts
 * (opts.max_record_bytes), whatever the size of the corpus. Reading and
 * parsing are split so that parsing (JSON, UTF-8 checks) can run on worker
 * threads while one thread reads in order.
 */
#ifndef FRAMESCOPE_CORPUS_H
#define FRAMESCOPE_CORPUS_H

#include "framescope.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum fsc_input_format {
    FSC_INPUT_AUTO = 0, /* .jsonl/.ndjson/.json -> JSONL, .csv -> CSV,
                           .tsv -> TSV, directory -> its .txt, .jsonl, .csv
                           and .tsv files, "-" -> sniff the first byte ('{'
                           means JSONL), anything else -> one text record */
    FSC_INPUT_JSONL,    /* every file (directory members too) is JSONL */
    FSC_INPUT_TEXT,     /* every file (stdin too) is one text record */
    FSC_INPUT_CSV,      /* every file is CSV (RFC 4180, header row) */
    FSC_INPUT_TSV,      /* every file is tab-separated (header row) */
    FSC_INPUT_JSON      /* every file is a JSON document: its top-level
                           values, or the elements of a top-level array, are
                           the records (.json files in AUTO; stdin that
                           starts with '[') */
} fsc_input_format;
/*
 * Details of the formats:
 * - Extensions are matched ASCII case-insensitively (.JSONL, .TXT).
 * - Sniffing ("-", stdin, fsc_reader_open_mem with FSC_INPUT_AUTO) skips a
 *   UTF-8 BOM and white space within the first 64 KiB; when that stretch
 *   holds nothing else (including empty input) the input is read as JSON
 *   Lines, which gives no records for empty or blank input.
 * - Directories are walked recursively following symbolic links (a link
 *   back to a directory being walked is not followed again); only regular
 *   files whose names end in .txt (one article each) or .jsonl/.ndjson
 *   (JSON Lines) are read, in strcmp() order of the full path
 *   ("d/a.txt" < "d/a/b.txt" < "d/b.txt").
 * - JSON Lines: a UTF-8 BOM at the start of the file and a CR before each
 *   newline are removed; lines holding only ASCII white space are not
 *   records but still count for line numbers; the last line may lack a
 *   newline.
 * - Text files: one record per file; a leading BOM and the trailing run of
 *   CR/LF are removed (byte then counts from after the BOM). A text with a
 *   NUL byte, and an empty or blank text file, is a skipped record with its
 *   reason, not "no record". A first line that is a headline becomes the
 *   record's title (fsc_reader_opts.txt_headline; fsc_record_parse).
 * - CSV and TSV: RFC 4180 (fields in double quotes may hold the delimiter,
 *   newlines and "" for a quote; CRLF or LF; a UTF-8 BOM is removed). The
 *   first record is the header: its names are the record fields (id,
 *   outlet, date, lang, title, text, url, anything else passed through),
 *   renamed by opts.columns. Every later record comes back as one JSON
 *   object line (is_json, string values; an empty cell is left out), its
 *   line and byte those of the CSV. A record whose field count differs from
 *   the header's, that is not UTF-8, or whose quote never closes comes back
 *   with `fault` set (a skipped record naming the CSV line); blank records
 *   are passed over.
 */

typedef struct fsc_reader_opts {
    fsc_input_format format;  /* default FSC_INPUT_AUTO */
    size_t max_record_bytes;  /* default 16 MiB; longer records are skipped */
    /* CSV/TSV: columns renamed to record fields, as "FIELD=COLUMN" (e.g.
     * "text=body", "outlet=source"); NULL/0 for none. Other columns keep
     * their header names. Borrowed until fsc_reader_free(). */
    const char *const *columns;
    size_t n_columns;
    /* Metadata from paths, for records that lack the field: the outlet is
     * the first directory level below an input directory
     * (corpus/aawsat/2015/a.txt -> "aawsat"); the date is the first
     * YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD in the file name that is a real
     * date (2015-07-31-story.txt). */
    int outlet_from_dir;
    int date_from_name;
    /* Ids for records without one ("SOURCE:LINE", or the file name) get
     * "PREFIX:" in front (NULL: none), so rows of shards read from standard
     * input ("<stdin>:12") never collide. Borrowed. */
    const char *id_prefix;
    /* Text files (one article each): a first line that is a headline
     * becomes the record's "title" and is not repeated in its text
     * (fsc_record_parse, "Headlines of text files"). Default 1. */
    int txt_headline;
} fsc_reader_opts;

void fsc_reader_opts_init(fsc_reader_opts *o);

/** A record as read, before parsing. Borrowed from the reader; valid until
 *  the next fsc_reader_next() or fsc_reader_free(). */
typedef struct fsc_raw_record {
    const char *source;  /* file name, or "<stdin>" */
    long line;           /* 1-based line of the record (1 for text files) */
    long long byte;      /* 0-based byte offset of the record in source */
    int is_json;         /* nonzero: one JSON Lines line */
    const char *data;    /* record bytes (no trailing newline or CR) */
    size_t len;          /* bytes in data */
    size_t full_len;     /* real length; > len when the record was too long
                            and data was dropped (len is then 0) */
    size_t max_len;      /* the reader's max_record_bytes, for the reason of
                            a too-long record (0: not known) */
    const char *fault;   /* non-NULL: a file of a directory that could not be
                            read ("cannot open: Permission denied", "not a
                            regular file (FIFO)"); the record stands for the
                            whole file, data is empty and fsc_record_parse
                            makes it a skipped record with this reason */
    /* Metadata the reader knows from where the record came from, used by
     * fsc_record_parse for records that lack the field (NULL: none): */
    const char *outlet;    /* --outlet-from dir: the first directory level
                              below the input directory */
    const char *date;      /* --date-from name: a date in the file name */
    const char *id_prefix; /* prefix of ids the record does not give */
    int headline;          /* a text record: take a headline first line as
                              the title (fsc_reader_opts.txt_headline) */
} fsc_raw_record;

/**
 * The files a reader reads from directory `dir`: its regular .txt, .jsonl
 * and .ndjson files, recursively, in the order the reader takes them
 * (sorted by path). *files (free with fsc_corpus_files_free()) gets *n
 * paths. FSC_EIO when the directory cannot be read.
 */
fsc_status fsc_corpus_files(const char *dir, char ***files, size_t *n,
                            fsc_error *err);
void fsc_corpus_files_free(char **files, size_t n);

typedef struct fsc_reader fsc_reader;

/**
 * Open inputs in order. "-" is standard input. A directory is walked
 * recursively; its regular files ending in .txt (one article each) and
 * .jsonl/.ndjson (JSON Lines) are read in byte order of their paths. With n_paths == 0, standard input is read.
 * Fails (FSC_EIO) when a path does not exist or cannot be opened; `where`
 * names it.
 */
fsc_status fsc_reader_open(const char *const *paths, size_t n_paths,
                           const fsc_reader_opts *opts, fsc_reader **out,
                           fsc_error *err);

/**
 * Open a reader over data[0..len) in memory, named `name` in records and
 * reasons (NULL: "<memory>"). With FSC_INPUT_AUTO the format is sniffed as
 * for standard input. Lifetime: data is borrowed and must stay unchanged
 * until fsc_reader_free(). Used by the fuzzer and by hosts that already
 * hold the bytes.
 */
fsc_status fsc_reader_open_mem(const char *data, size_t len, const char *name,
                               const fsc_reader_opts *opts, fsc_reader **out,
                               fsc_error *err);

/**
 * Next record into *rec. At the end of all inputs returns FSC_OK with
 * *eof = 1. Blank lines in JSON Lines are not records and are passed over.
 * A read error is returned as FSC_EIO with the file in `where`. A file
 * inside a directory that cannot be read (unreadable, a dangling link, a
 * subdirectory that cannot be listed, a FIFO or device with a corpus name)
 * is not an error: it comes back as one record with `fault` set, and the
 * walk goes on with the next file.
 * The failing input is then dropped: calling again continues with the next
 * input, so a host may report the error and go on.
 */
fsc_status fsc_reader_next(fsc_reader *r, fsc_raw_record *rec, int *eof,
                           fsc_error *err);

void fsc_reader_free(fsc_reader *r); /* NULL is a no-op */

/** A parsed article, or a record that was skipped with its reason. */
typedef struct fsc_record fsc_record;

/** Limits of a text file's headline (see fsc_record_parse). */
#define FSC_HEADLINE_MAX_WORDS 25
#define FSC_HEADLINE_MAX_CP 200

/**
 * Parse a raw record: JSON object with fields id, outlet, date, lang, title,
 * text, url (other fields kept), or a plain text record (id = file name).
 * Never fails for bad input: a bad record comes back with
 * fsc_record_skipped() != 0 and a reason. Every reason is
 * "SOURCE: WHAT at line L[, byte B (column C)][: DETAIL]", where B is the
 * 0-based byte offset in the source file (not in the line) and C the
 * 1-based column in code points within the line:
 *   x.jsonl: record of 52428800 bytes at line 4 exceeds the 16777216-byte limit
 *   x.jsonl: invalid UTF-8 at line 2, byte 40 (column 7)
 *   x.jsonl: bad JSON at line 3, byte 117 (column 25): line ends inside a
 *            string (truncated record?)       [also: unexpected 'x', invalid
 *            escape \q, unpaired UTF-16 surrogate escape \uD800 (not valid
 *            Unicode), NUL byte, unexpected 'x' after the JSON value, ...]
 *   x.jsonl: JSON value at line 5 is not an object
 *   x.jsonl: escaped NUL (\u0000) at line 6, byte 300 (column 20) is not
 *            supported                 [cJSON would cut the string there]
 *   x.jsonl: missing "text" field at line 7
 *   x.jsonl: "text" field at line 8 is not a string
 *   x.jsonl: empty text at line 9      [empty, or only ASCII/Unicode spaces]
 * Text records get the BOM/UTF-8/empty/limit checks (line L then counts
 * lines inside the file). A skipped record keeps source, line and id (the
 * JSON id when the line parsed, else the default); its text is "" and its
 * other fields NULL.
 *
 * Headlines of text files (raw->headline set, the reader's default): the
 * first line is the headline when, with spaces trimmed, it holds 1 to
 * FSC_HEADLINE_MAX_WORDS words and at most FSC_HEADLINE_MAX_CP code
 * points, does not end in a full stop, ellipsis, colon or semicolon
 * (. … ۔ : ; after any closing quotes or brackets; a question or an
 * exclamation may be a headline), and is followed by a line break and more
 * text. It becomes the "title" field (also in the meta JSON) and the text
 * starts after it and the blank lines that follow, so text offsets count
 * from there. Anything else is all text, as before.
 *
 * Returns FSC_ENOMEM only when out of memory. Thread-safety: may run on
 * any thread; records are independent of the reader (the raw record may be
 * reused as soon as this returns).
 * Ownership: free the record with fsc_record_free().
 */
fsc_status fsc_record_parse(const fsc_raw_record *raw, fsc_record **out,
                            fsc_error *err);
void fsc_record_free(fsc_record *rec); /* NULL is a no-op */

/** Nonzero when the record is skipped; then reason is set. */
int fsc_record_skipped(const fsc_record *rec);
const char *fsc_record_skip_reason(const fsc_record *rec);

/** Text of the article (valid UTF-8, not NUL-terminated as a rule); "" with
 *  *len = 0 for skipped records. Lifetime: until fsc_record_free(). */
const char *fsc_record_text(const fsc_record *rec, size_t *len);

/**
 * A metadata field as a string: "id", "outlet", "date", "lang", "title",
 * "url", or any other top-level field whose value is a string or number
 * (numbers are formatted as in the input). NULL when absent. "id" is never
 * NULL: it defaults to "SOURCE:LINE" (or the file name for text records);
 * a JSON "id" that is a number gives its text, one of any other type
 * (true, null, object) gives the default. With duplicate keys the first
 * wins. "text" is not a field (see fsc_record_text()).
 * Lifetime: until fsc_record_free().
 */
const char *fsc_record_field(const fsc_record *rec, const char *name);

/** Where the record came from. */
const char *fsc_record_source(const fsc_record *rec);
long fsc_record_line(const fsc_record *rec);

/**
 * All fields except "text" as one compact JSON object text, in input order
 * (unknown fields passed through unchanged, nested values too: keys, string
 * escapes and numbers keep their input spelling; only white space outside
 * strings is dropped, raw control bytes inside strings are escaped, and
 * numbers that are not strict JSON, such as 01 or 1., are rewritten as cJSON
 * prints them). A JSON record without "id" gets no id here (the default id
 * is only in fsc_record_field()). Text records give {"id":"PATH"} (bytes of
 * PATH that are not UTF-8 become U+FFFD). "{}" for skipped records.
 * Borrowed; lifetime until fsc_record_free().
 */
const char *fsc_record_meta_json(const fsc_record *rec);

#ifdef __cplusplus
}
#endif
#endif
