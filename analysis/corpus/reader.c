/*
 * reader.c - the corpus reader: opening sources (files, directories,
 * gzip, standard input, memory), one fixed read buffer and a record buffer
 * capped at max_record_bytes + 1, JSON Lines, JSON arrays and text files.
 */
#define _POSIX_C_SOURCE 200809L

#include "corpus_int.h"

void fsc_reader_opts_init(fsc_reader_opts *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->format = FSC_INPUT_AUTO;
    o->max_record_bytes = DEFAULT_MAX_RECORD;
    o->txt_headline = 1;
}

size_t fsc__reader_buf_alloc(const fsc_reader *r)
{
    return r ? r->rec.alloc : 0;
}

size_t fsc__reader_chunk_size(void)
{
    return CHUNK_SIZE;
}

fsc_status fsc__reader_set_chunk_size(fsc_reader *r, size_t n)
{
    if (!r || r->used)
        return FSC_EINVAL;
    if (n < 4)
        n = 4; /* a BOM must fit in the first chunk */
    char *p = realloc(r->chunk, n);
    if (!p)
        return FSC_ENOMEM;
    r->chunk = p;
    r->chunk_size = n;
    return FSC_OK;
}

static fsc_status reader_new(const fsc_reader_opts *opts, fsc_reader **out,
                             fsc_error *err)
{
    fsc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
    if (opts)
        r->opts = *opts;
    else
        fsc_reader_opts_init(&r->opts);
    r->max = r->opts.max_record_bytes ? r->opts.max_record_bytes
                                      : DEFAULT_MAX_RECORD;
    if (r->max > SIZE_MAX / 4)
        r->max = SIZE_MAX / 4;
    /* One byte of slack so a CR before the newline fits in a record of
       exactly max bytes. */
    fsc__buf_init(&r->rec, r->max + 1);
    fsc__buf_init(&r->conv, 0);
    fsc__buf_init(&r->cells, 0);
    r->chunk_size = CHUNK_SIZE;
    r->chunk = malloc(CHUNK_SIZE);
    if (!r->chunk) {
        free(r);
        return fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
    }
    *out = r;
    return FSC_OK;
}

static void close_source(fsc_reader *r)
{
    if (r->fp && r->close_fp)
        fclose(r->fp);
    if (r->gz)
        gzclose(r->gz);
    r->gz = NULL;
    r->fp = NULL;
    r->close_fp = 0;
    free(r->source);
    r->source = NULL;
    r->have_src = 0;
}

/* YYYY-MM-DD, YYYY_MM_DD or YYYYMMDD at s (a real calendar date) into
   out[11]; 1 when found. */
static int date_at(const char *s, char out[11])
{
    int d[8], k = 0;
    const char *p = s;
    for (int i = 0; i < 8; i++) {
        if (i == 4 || i == 6) {
            if ((*p == '-' || *p == '_') && (k == 0 || k == *p)) {
                k = *p;
                p++;
            } else if (k) {
                return 0;
            }
        }
        if (*p < '0' || *p > '9')
            return 0;
        d[i] = *p++ - '0';
    }
    if (*p >= '0' && *p <= '9')
        return 0; /* part of a longer number */
    int y = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    int m = d[4] * 10 + d[5], day = d[6] * 10 + d[7];
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (y < 1800 || y > 2200 || m < 1 || m > 12 || day < 1 ||
        day > mdays[m - 1] || (m == 2 && day == 29 && !leap))
        return 0;
    /* The digits as read (validated above), in YYYY-MM-DD. */
    const int dig[8] = { d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7] };
    char *o = out;
    for (int i = 0; i < 8; i++) {
        if (i == 4 || i == 6)
            *o++ = '-';
        *o++ = (char)('0' + dig[i]);
    }
    *o = '\0';
    return 1;
}

/* Outlet and date from the path of a new source (see fsc_reader_opts). */
static void path_meta(fsc_reader *r, const char *name)
{
    r->src_outlet[0] = r->src_date[0] = '\0';
    if (r->opts.outlet_from_dir && r->next_path > 0 && r->files.n) {
        const char *root = r->paths[r->next_path - 1];
        size_t rl = strlen(root);
        while (rl > 1 && root[rl - 1] == '/')
            rl--;
        if (strncmp(name, root, rl) == 0 && name[rl] == '/') {
            const char *rest = name + rl + 1;
            const char *slash = strchr(rest, '/');
            if (slash && slash > rest &&
                (size_t)(slash - rest) < sizeof r->src_outlet) {
                /* Keep the outlet UTF-8 even when the name is not. */
                char tmp[256];
                size_t n = (size_t)(slash - rest);
                memcpy(tmp, rest, n);
                tmp[n] = '\0';
                if (fsc__utf8_valid(tmp, n, NULL, NULL, NULL))
                    memcpy(r->src_outlet, tmp, n + 1);
            }
        }
    }
    if (r->opts.date_from_name) {
        const char *base = strrchr(name, '/');
        base = base ? base + 1 : name;
        for (const char *p = base; *p; p++)
            if ((p == base || p[-1] < '0' || p[-1] > '9') &&
                date_at(p, r->src_date))
                break;
    }
}

static void free_header(fsc_reader *r)
{
    for (size_t i = 0; i < r->n_hdr; i++)
        free(r->hdr[i]);
    free(r->hdr);
    r->hdr = NULL;
    r->n_hdr = 0;
    r->have_hdr = 0;
}

/* Make `name` the current source in `mode`; takes over fp when close_fp. */
static fsc_status start_source(fsc_reader *r, FILE *fp, int close_fp,
                               const char *name, read_mode mode, fsc_error *err)
{
    r->source = fsc__strdup(name);
    if (!r->source) {
        if (fp && close_fp)
            fclose(fp);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    r->fp = fp;
    r->close_fp = close_fp;
    r->mode = mode;
    r->have_src = 1;
    r->started = 0;
    free_header(r);
    path_meta(r, name);
    r->src_eof = 0;
    r->text_done = 0;
    struct stat st;
    r->endless = fp && fstat(fileno(fp), &st) == 0 && !S_ISREG(st.st_mode);
    r->line = 1;
    r->base = 0;
    r->rpos = r->rlen = 0;
    return FSC_OK;
}

static read_mode mode_for(const fsc_reader *r, const char *path, int is_stdin)
{
    switch (r->opts.format) {
    case FSC_INPUT_JSONL:
        return MODE_JSONL;
    case FSC_INPUT_TEXT:
        return MODE_TEXT;
    case FSC_INPUT_CSV:
        return MODE_CSV;
    case FSC_INPUT_TSV:
        return MODE_TSV;
    case FSC_INPUT_JSON:
        return MODE_JSONDOC;
    case FSC_INPUT_AUTO:
    default:
        break;
    }
    if (is_stdin)
        return MODE_SNIFF;
    return fsc__corpus_has_ext(path, ".json")   ? MODE_JSONDOC
           : fsc__corpus_is_json_name(path)    ? MODE_JSONL
           : fsc__corpus_has_ext(path, ".csv") ? MODE_CSV
           : fsc__corpus_has_ext(path, ".tsv") ? MODE_TSV
                                   : MODE_TEXT;
}

/* Record why directory member `path` cannot be read; fsc_reader_next
   returns it as one record with `fault` set. */
static fsc_status member_fault(fsc_reader *r, const char *path,
                               const char *what, int e, fsc_error *err)
{
    free(r->fault_source);
    r->fault_source = fsc__strdup(path);
    if (!r->fault_source)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    if (e)
        snprintf(r->fault, sizeof r->fault, "%s: %s", what, strerror(e));
    else
        snprintf(r->fault, sizeof r->fault, "%s", what);
    r->fault_pending = 1;
    return FSC_OK;
}

static const char *file_kind(mode_t m)
{
    return S_ISFIFO(m)   ? "not a regular file (FIFO)"
           : S_ISCHR(m)  ? "not a regular file (character device)"
           : S_ISBLK(m)  ? "not a regular file (block device)"
           : S_ISSOCK(m) ? "not a regular file (socket)"
                         : "not a regular file";
}

/* Open a gzip file as the current source (member: a failure is a fault
   record, not an error). */
static fsc_status open_gz(fsc_reader *r, const char *path, read_mode mode,
                          int member, fsc_error *err)
{
    errno = 0;
    gzFile gz = gzopen(path, "rb");
    if (!gz) {
        int e = errno ? errno : ENOMEM;
        return member ? member_fault(r, path, "cannot open", e, err)
                      : fsc__corpus_io_fail(err, path, e);
    }
    gzbuffer(gz, 1u << 17);
    fsc_status s = start_source(r, NULL, 0, path, mode, err);
    if (s != FSC_OK) {
        gzclose(gz);
        return s;
    }
    r->gz = gz;
    return FSC_OK;
}

/* Open directory member `path`, or note why it cannot be read. */
static fsc_status open_member(fsc_reader *r, const char *path, read_mode mode,
                              fsc_error *err)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return member_fault(r, path, "cannot read", errno, err);
    if (S_ISDIR(st.st_mode)) {
        DIR *d = opendir(path);
        int e = d ? 0 : errno;
        if (d)
            closedir(d);
        return member_fault(r, path, "cannot read directory", e, err);
    }
    if (!S_ISREG(st.st_mode))
        return member_fault(r, path, file_kind(st.st_mode), 0, err);
    if (fsc__corpus_is_gz(path))
        return open_gz(r, path, mode, 1, err);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return member_fault(r, path, "cannot open", errno, err);
    return start_source(r, fp, 1, path, mode, err);
}

static fsc_status open_path_file(fsc_reader *r, const char *path,
                                 read_mode mode, fsc_error *err)
{
    if (fsc__corpus_is_gz(path))
        return open_gz(r, path, mode, 0, err);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return fsc__corpus_io_fail(err, path, errno);
    return start_source(r, fp, 1, path, mode, err);
}

/*
 * Open the next source. Sets *none when every input is done. A failing
 * input is passed over, so a caller that reports the error and calls again
 * continues with the next one.
 */
static fsc_status next_source(fsc_reader *r, int *none, fsc_error *err)
{
    *none = 0;
    for (;;) {
        if (r->next_file < r->files.n) {
            const char *p = r->files.v[r->next_file++];
            /* Directory members: .txt is text, .jsonl/.ndjson JSON Lines,
               unless a format is forced. */
            read_mode m = r->opts.format != FSC_INPUT_AUTO
                              ? mode_for(r, p, 0)
                          : fsc__corpus_has_ext(p, ".txt") ? MODE_TEXT
                          : fsc__corpus_has_ext(p, ".csv") ? MODE_CSV
                          : fsc__corpus_has_ext(p, ".tsv") ? MODE_TSV
                                               : MODE_JSONL;
            return open_member(r, p, m, err);
        }
        fsc__corpus_list_free(&r->files);
        r->next_file = 0;
        if (r->next_path >= r->n_paths) {
            *none = 1;
            return FSC_OK;
        }
        const char *path = r->paths[r->next_path++];
        if (strcmp(path, "-") == 0)
            return start_source(r, stdin, 0, "<stdin>", mode_for(r, path, 1),
                                err);
        struct stat st;
        if (stat(path, &st) != 0)
            return fsc__corpus_io_fail(err, path, errno);
        if (S_ISDIR(st.st_mode)) {
            fsc_status s = fsc__corpus_walk_dir(path, NULL, &r->files, err);
            if (s != FSC_OK) {
                fsc__corpus_list_free(&r->files);
                return s;
            }
            fsc__qsort(r->files.v, r->files.n, sizeof *r->files.v,
                       fsc__corpus_cmp_path);
            continue;
        }
        return open_path_file(r, path, mode_for(r, path, 0), err);
    }
}

fsc_status fsc_reader_open(const char *const *paths, size_t n_paths,
                           const fsc_reader_opts *opts, fsc_reader **out,
                           fsc_error *err)
{
    fsc_reader *r = NULL;
    fsc_status s;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open: out is NULL");
    *out = NULL;
    if (n_paths > 0 && !paths)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open: paths is NULL");
    s = reader_new(opts, &r, err);
    if (s != FSC_OK)
        return s;
    static const char *const dash[] = { "-" };
    if (n_paths == 0) {
        paths = dash;
        n_paths = 1;
    }
    r->paths = calloc(n_paths, sizeof *r->paths);
    if (!r->paths) {
        s = fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
        goto fail;
    }
    r->n_paths = n_paths;
    for (size_t i = 0; i < n_paths; i++) {
        const char *p = paths[i];
        if (!p) {
            s = fsc__fail(err, FSC_EINVAL, "fsc_reader_open: path %zu is NULL",
                          i);
            goto fail;
        }
        r->paths[i] = fsc__strdup(p);
        if (!r->paths[i]) {
            s = fsc__fail(err, FSC_ENOMEM, "out of memory opening the reader");
            goto fail;
        }
        if (strcmp(p, "-") == 0)
            continue;
        /* Check now that every input exists and opens; files are opened
           again, one at a time, when they are read. Special files (FIFOs)
           are only stat()ed so that nothing is consumed or blocked on. */
        struct stat st;
        if (stat(p, &st) != 0) {
            s = fsc__corpus_io_fail(err, p, errno);
            goto fail;
        }
        if (S_ISDIR(st.st_mode)) {
            DIR *dp = opendir(p);
            if (!dp) {
                s = fsc__corpus_io_fail(err, p, errno);
                goto fail;
            }
            closedir(dp);
        } else if (S_ISREG(st.st_mode)) {
            FILE *fp = fopen(p, "rb");
            if (!fp) {
                s = fsc__corpus_io_fail(err, p, errno);
                goto fail;
            }
            fclose(fp);
        }
    }
    *out = r;
    return FSC_OK;
fail:
    fsc_reader_free(r);
    return s;
}

fsc_status fsc__reader_open_file(FILE *fp, const char *name,
                                 const fsc_reader_opts *opts, fsc_reader **out,
                                 fsc_error *err)
{
    fsc_reader *r = NULL;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc__reader_open_file: out is NULL");
    *out = NULL;
    if (!fp)
        return fsc__fail(err, FSC_EINVAL, "fsc__reader_open_file: fp is NULL");
    fsc_status s = reader_new(opts, &r, err);
    if (s != FSC_OK)
        return s;
    r->single = 1;
    s = start_source(r, fp, 0, name ? name : "<stdin>", mode_for(r, "", 1),
                     err);
    if (s != FSC_OK) {
        fsc_reader_free(r);
        return s;
    }
    *out = r;
    return FSC_OK;
}

fsc_status fsc_reader_open_mem(const char *data, size_t len, const char *name,
                               const fsc_reader_opts *opts, fsc_reader **out,
                               fsc_error *err)
{
    fsc_reader *r = NULL;
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open_mem: out is NULL");
    *out = NULL;
    if (!data && len > 0)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_open_mem: data is NULL");
    fsc_status s = reader_new(opts, &r, err);
    if (s != FSC_OK)
        return s;
    r->single = 1;
    r->mem = data;
    r->mem_len = len;
    r->mem_pos = 0;
    s = start_source(r, NULL, 0, name ? name : "<memory>", mode_for(r, "", 1),
                     err);
    if (s != FSC_OK) {
        fsc_reader_free(r);
        return s;
    }
    *out = r;
    return FSC_OK;
}

void fsc_reader_free(fsc_reader *r)
{
    if (!r)
        return;
    close_source(r);
    if (r->paths)
        for (size_t i = 0; i < r->n_paths; i++)
            free(r->paths[i]);
    free(r->paths);
    fsc__corpus_list_free(&r->files);
    free(r->chunk);
    fsc__buf_free(&r->rec);
    free(r->fault_source);
    free_header(r);
    fsc__buf_free(&r->conv);
    fsc__buf_free(&r->cells);
    free(r);
}

/* Refill the read buffer once it is used up. */
fsc_status fsc__corpus_fill(fsc_reader *r, fsc_error *err)
{
    r->base += (long long)r->rlen;
    r->rpos = r->rlen = 0;
    if (r->src_eof)
        return FSC_OK;
    if (r->gz) {
        int n = gzread(r->gz, r->chunk, (unsigned)r->chunk_size);
        int zerr = Z_OK;
        const char *zmsg = n < 0 || (size_t)n < r->chunk_size
                               ? gzerror(r->gz, &zerr)
                               : NULL;
        if (n < 0 || (zmsg && zerr != Z_OK && zerr != Z_STREAM_END)) {
            r->src_eof = 1;
            return fsc__fail_at(err, FSC_EIO, r->source, r->line, 0, r->base,
                                "gzip data unreadable after %lld bytes: %s",
                                r->base + (n > 0 ? n : 0),
                                zerr == Z_ERRNO ? strerror(errno) : zmsg);
        }
        r->rlen = (size_t)n;
        if ((size_t)n < r->chunk_size)
            r->src_eof = 1;
        return FSC_OK;
    }
    if (!r->fp) {
        size_t n = r->mem_len - r->mem_pos;
        if (n > r->chunk_size)
            n = r->chunk_size;
        if (n)
            memcpy(r->chunk, r->mem + r->mem_pos, n);
        r->mem_pos += n;
        r->rlen = n;
        if (r->mem_pos == r->mem_len)
            r->src_eof = 1;
        return FSC_OK;
    }
    errno = 0;
    size_t n = fread(r->chunk, 1, r->chunk_size, r->fp);
    r->rlen = n;
    if (n < r->chunk_size) {
        if (ferror(r->fp)) {
            int e = errno ? errno : EIO;
            r->src_eof = 1;
            return fsc__fail_at(err, FSC_EIO, r->source, r->line, 0, r->base,
                                "%s", strerror(e));
        }
        r->src_eof = 1;
    }
    return FSC_OK;
}

/* First chunk of a source: strip a UTF-8 BOM and settle a sniffed format. */
static fsc_status start_reading(fsc_reader *r, fsc_error *err)
{
    fsc_status s = fsc__corpus_fill(r, err);
    if (s != FSC_OK)
        return s;
    r->started = 1;
    if (r->rlen >= 3 && memcmp(r->chunk, "\xEF\xBB\xBF", 3) == 0)
        r->rpos = 3;
    if (r->mode == MODE_SNIFF) {
        /* Decide on the first non-blank byte of the first chunk; input that
           is blank throughout the chunk is read as JSON Lines (so empty
           input gives no records). */
        r->mode = MODE_JSONL;
        for (size_t i = r->rpos; i < r->rlen; i++) {
            unsigned char c = (unsigned char)r->chunk[i];
            if (!fsc__corpus_is_space(c)) {
                r->mode = c == '{' ? MODE_JSONL
                          : c == '[' ? MODE_JSONDOC
                                     : MODE_TEXT;
                break;
            }
        }
    }
    r->in_array = 0;
    return FSC_OK;
}

/*
 * Append n bytes to the record unless it already overflowed; on going over
 * the cap, drop what was kept so memory stays bounded.
 */
fsc_status fsc__corpus_take_bytes(fsc_reader *r, const char *p, size_t n, int *over,
                             fsc_error *err)
{
    if (*over || n == 0)
        return FSC_OK;
    if (n > r->rec.cap - r->rec.len) {
        *over = 1;
        fsc__buf_reset(&r->rec);
        return FSC_OK;
    }
    if (fsc__buf_add(&r->rec, p, n) != FSC_OK)
        return fsc__fail_at(err, FSC_ENOMEM, r->source, r->line, 0, -1,
                            "out of memory reading a record");
    return FSC_OK;
}

void fsc__corpus_fill_raw(const fsc_reader *r, fsc_raw_record *rec, long line,
                     long long byte, int over, size_t full)
{
    rec->source = r->source;
    rec->line = line;
    rec->byte = byte;
    rec->is_json = r->mode == MODE_JSONL;
    rec->data = over ? "" : r->rec.data ? r->rec.data : "";
    rec->len = over ? 0 : full;
    rec->full_len = full;
    rec->max_len = r->max;
    rec->headline = r->opts.txt_headline;
}

/* One JSON Lines record; *got = 0 at the end of the source. */
static fsc_status read_line(fsc_reader *r, fsc_raw_record *rec, int *got,
                            fsc_error *err)
{
    fsc_status s;
    *got = 0;
    for (;;) {
        size_t full = 0;
        int over = 0, blank = 1, any = 0;
        unsigned char last = 0;
        long long start = 0;
        char *direct = NULL; /* the line, when it lies whole in the chunk */
        fsc__buf_reset(&r->rec);
        for (;;) {
            if (r->rpos == r->rlen) {
                if (r->src_eof)
                    break;
                s = fsc__corpus_fill(r, err);
                if (s != FSC_OK)
                    return s;
                continue;
            }
            if (!any) {
                any = 1;
                start = r->base + (long long)r->rpos;
            }
            const char *p = r->chunk + r->rpos;
            size_t avail = r->rlen - r->rpos;
            const char *nl = memchr(p, '\n', avail);
            size_t n = nl ? (size_t)(nl - p) : avail;
            if (n) {
                for (size_t i = 0; blank && i < n; i++)
                    blank = fsc__corpus_is_space((unsigned char)p[i]);
                last = (unsigned char)p[n - 1];
                if (nl && full == 0) {
                    /* No copy: the record is handed out from the chunk. */
                    direct = r->chunk + r->rpos;
                } else {
                    s = fsc__corpus_take_bytes(r, p, n, &over, err);
                    if (s != FSC_OK)
                        return s;
                }
                full += n;
            }
            r->rpos += n;
            if (nl) {
                r->rpos++;
                break;
            }
        }
        if (!any)
            return FSC_OK; /* end of source */
        long line = r->line++;
        if (blank)
            continue; /* blank lines (CR-only too) are not records */
        if (last == '\r') {
            full--;
            if (!over && !direct)
                r->rec.len--;
        }
        if (!over && full > r->max) {
            over = 1;
            fsc__buf_reset(&r->rec);
        }
        if (!over && !direct && r->rec.data)
            r->rec.data[r->rec.len] = '\0';
        fsc__corpus_fill_raw(r, rec, line, start, over, full);
        if (!over && direct) {
            /* NUL-terminated over its CR or LF, which were consumed. */
            direct[full] = '\0';
            rec->data = direct;
        }
        *got = 1;
        return FSC_OK;
    }
}


/* One record of a JSON document: the next top-level value, or the next
   element once inside a top-level array ("[{...}, {...}]"; pretty-printed
   objects span lines). The value's bytes go to r->rec (bounded like any
   record); *got = 0 at the end of the source. The value is cut by its
   brackets and strings only: fsc_record_parse judges it. */
static fsc_status read_value(fsc_reader *r, fsc_raw_record *rec, int *got,
                             fsc_error *err)
{
    fsc_status s;
    *got = 0;
    fsc__buf_reset(&r->rec);
    size_t full = 0;
    int over = 0, started = 0, depth = 0, str = 0, esc = 0, scalar = 0;
    long line = r->line;
    long long start = 0;
    for (;;) {
        if (r->rpos == r->rlen) {
            if (r->src_eof)
                break;
            s = fsc__corpus_fill(r, err);
            if (s != FSC_OK)
                return s;
            continue;
        }
        const char *p = r->chunk + r->rpos;
        size_t avail = r->rlen - r->rpos, i = 0;
        int done = 0;
        if (!started) {
            /* Between values: white space, and inside the array its
               commas and closing bracket. */
            for (; i < avail; i++) {
                unsigned char c = (unsigned char)p[i];
                if (c == '\n')
                    r->line++;
                else if (fsc__corpus_is_space(c) || (r->in_array && c == ','))
                    continue;
                else if (c == '[' && !r->in_array && depth == 0) {
                    r->in_array = 1;
                    continue;
                } else if (c == ']' && r->in_array) {
                    r->in_array = 0;
                    continue;
                } else
                    break;
            }
            r->rpos += i;
            if (i == avail)
                continue;
            started = 1;
            line = r->line;
            start = r->base + (long long)r->rpos;
            p = r->chunk + r->rpos;
            avail = r->rlen - r->rpos;
            i = 0;
            scalar = p[0] != '{' && p[0] != '[';
        }
        for (; i < avail; i++) {
            unsigned char c = (unsigned char)p[i];
            if (c == '\n')
                r->line++;
            if (str) {
                if (esc)
                    esc = 0;
                else if (c == '\\')
                    esc = 1;
                else if (c == '"')
                    str = 0;
                continue;
            }
            if (c == '"') {
                str = 1;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (scalar || depth == 0) {
                    done = 1; /* a scalar ends at the array's bracket */
                    break;
                }
                if (--depth == 0) {
                    i++;
                    done = 1;
                    break;
                }
            } else if (scalar && depth == 0 && (c == ',' || fsc__corpus_is_space(c))) {
                done = 1;
                break;
            }
        }
        if (done && i == 0 && full == 0)
            i = 1; /* a stray ',' ']' '}': a one-byte value, never none */
        if (i) {
            s = fsc__corpus_take_bytes(r, p, i, &over, err);
            if (s != FSC_OK)
                return s;
            full += i;
        }
        r->rpos += i;
        if (done)
            break;
    }
    if (!started)
        return FSC_OK; /* end of source */
    if (!over && full > r->max) {
        over = 1;
        fsc__buf_reset(&r->rec);
    }
    if (!over && r->rec.data)
        r->rec.data[r->rec.len] = '\0';
    fsc__corpus_fill_raw(r, rec, line, start, over, full);
    rec->is_json = 1;
    *got = 1;
    return FSC_OK;
}

/* The whole source as one text record; *got = 0 once it was returned. */
static fsc_status read_text(fsc_reader *r, fsc_raw_record *rec, int *got,
                            fsc_error *err)
{
    fsc_status s;
    size_t full = 0, trail = 0;
    int over = 0;
    *got = 0;
    if (r->text_done)
        return FSC_OK;
    long long start = r->base + (long long)r->rpos;
    fsc__buf_reset(&r->rec);
    for (;;) {
        if (r->rpos == r->rlen) {
            if (r->src_eof)
                break;
            s = fsc__corpus_fill(r, err);
            if (s != FSC_OK)
                return s;
            continue;
        }
        const char *p = r->chunk + r->rpos;
        size_t n = r->rlen - r->rpos;
        /* Track the run of CR/LF at the end, which the record leaves out,
           even for records too long to keep. */
        size_t t = 0;
        while (t < n && (p[n - 1 - t] == '\n' || p[n - 1 - t] == '\r'))
            t++;
        trail = t == n ? trail + n : t;
        s = fsc__corpus_take_bytes(r, p, n, &over, err);
        if (s != FSC_OK)
            return s;
        full += n;
        r->rpos += n;
        if (over && r->endless) {
            /* /dev/zero or a pipe that never closes: the record is over
               the limit whatever follows, so stop here rather than read
               forever. */
            r->text_done = 1;
            snprintf(r->fault, sizeof r->fault,
                     "text of more than %zu bytes, the limit, from a stream "
                     "that is not a regular file: not read further",
                     r->max);
            fsc__corpus_fill_raw(r, rec, 1, start, 1, full);
            rec->fault = r->fault;
            *got = 1;
            return FSC_OK;
        }
    }
    r->text_done = 1;
    full -= trail;
    if (!over) {
        r->rec.len = full;
        if (r->rec.data)
            r->rec.data[full] = '\0';
        if (full > r->max) {
            over = 1;
            fsc__buf_reset(&r->rec);
        }
    }
    fsc__corpus_fill_raw(r, rec, 1, start, over, full);
    *got = 1;
    return FSC_OK;
}

fsc_status fsc_reader_next(fsc_reader *r, fsc_raw_record *rec, int *eof,
                           fsc_error *err)
{
    if (eof)
        *eof = 0;
    if (!r || !rec || !eof)
        return fsc__fail(err, FSC_EINVAL, "fsc_reader_next: NULL argument");
    memset(rec, 0, sizeof *rec);
    r->used = 1;
    for (;;) {
        fsc_status s;
        if (!r->have_src) {
            int none = 0;
            if (r->single) {
                *eof = 1;
                return FSC_OK;
            }
            s = next_source(r, &none, err);
            if (s != FSC_OK)
                return s;
            if (r->fault_pending) {
                r->fault_pending = 0;
                rec->source = r->fault_source;
                rec->line = 1;
                rec->data = "";
                rec->max_len = r->max;
                rec->fault = r->fault;
                rec->id_prefix = r->opts.id_prefix;
                return FSC_OK;
            }
            if (none) {
                *eof = 1;
                return FSC_OK;
            }
        }
        if (!r->started) {
            s = start_reading(r, err);
            if (s != FSC_OK) {
                close_source(r);
                return s;
            }
        }
        int got = 0;
        if (r->mode == MODE_TEXT)
            s = read_text(r, rec, &got, err);
        else if (r->mode == MODE_CSV || r->mode == MODE_TSV)
            s = fsc__corpus_read_csv(r, rec, &got, err);
        else if (r->mode == MODE_JSONDOC)
            s = read_value(r, rec, &got, err);
        else
            s = read_line(r, rec, &got, err);
        if (s != FSC_OK) {
            close_source(r);
            memset(rec, 0, sizeof *rec);
            return s;
        }
        if (got) {
            rec->outlet = r->src_outlet[0] ? r->src_outlet : NULL;
            rec->date = r->src_date[0] ? r->src_date : NULL;
            rec->id_prefix = r->opts.id_prefix;
            return FSC_OK;
        }
        close_source(r);
    }
}
