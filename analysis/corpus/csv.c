/*
 * csv.c - CSV and TSV corpora (RFC 4180): the header, column mapping and
 * one raw record per row; a row that cannot be read is one fault record.
 */
#define _POSIX_C_SOURCE 200809L

#include "corpus_int.h"

/* A CSV/TSV record that cannot be read: one record with `fault` set. */
static void csv_fault_raw(fsc_reader *r, fsc_raw_record *rec, long line,
                          long long byte)
{
    rec->source = r->source;
    rec->line = line;
    rec->byte = byte;
    rec->is_json = 1;
    rec->data = "";
    rec->len = rec->full_len = 0;
    rec->max_len = r->max;
    rec->fault = r->csv_fault;
}

/* Split the record in r->rec into NUL-separated cells in r->cells (RFC
   4180: a field that starts with a quote runs to the closing quote, ""
   inside it is a quote; anything after the closing quote up to the
   delimiter is kept as it is). Returns the number of fields. */
static size_t csv_cells(fsc_reader *r, char delim, fsc_status *st)
{
    const char *p = r->rec.data ? r->rec.data : "";
    size_t n = r->rec.len, i = 0, fields = 0;
    fsc__buf_reset(&r->cells);
    *st = FSC_OK;
    for (;;) {
        fields++;
        if (i < n && p[i] == '"') {
            i++;
            while (i < n && *st == FSC_OK) {
                if (p[i] == '"') {
                    if (i + 1 < n && p[i + 1] == '"') {
                        *st = fsc__buf_addc(&r->cells, '"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                *st = fsc__buf_addc(&r->cells, p[i++]);
            }
        }
        size_t k = i;
        while (k < n && p[k] != delim)
            k++;
        if (*st == FSC_OK && k > i)
            *st = fsc__buf_add(&r->cells, p + i, k - i);
        if (*st == FSC_OK)
            *st = fsc__buf_addc(&r->cells, '\0');
        if (*st != FSC_OK || k >= n)
            break;
        i = k + 1;
    }
    return fields;
}

/* The header's names, renamed by opts.columns ("FIELD=COLUMN"). */
static fsc_status csv_header(fsc_reader *r, size_t n)
{
    r->hdr = calloc(n ? n : 1, sizeof *r->hdr);
    if (!r->hdr)
        return FSC_ENOMEM;
    const char *c = r->cells.data;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(c);
        const char *name = c;
        size_t nl = len;
        while (nl && fsc__corpus_is_space((unsigned char)name[0])) {
            name++;
            nl--;
        }
        while (nl && fsc__corpus_is_space((unsigned char)name[nl - 1]))
            nl--;
        for (size_t k = 0; k < r->opts.n_columns; k++) {
            const char *m = r->opts.columns[k];
            const char *eq = m ? strchr(m, '=') : NULL;
            if (eq && strlen(eq + 1) == nl && memcmp(eq + 1, name, nl) == 0) {
                name = m;
                nl = (size_t)(eq - m);
                break;
            }
        }
        r->hdr[i] = fsc__strndup(name, nl);
        if (!r->hdr[i])
            return FSC_ENOMEM;
        r->n_hdr = i + 1;
        c += len + 1;
    }
    r->have_hdr = 1;
    return FSC_OK;
}

/* One CSV or TSV record, as a JSON object line in r->conv; the header is
   read first. *got = 0 at the end of the source. */
fsc_status fsc__corpus_read_csv(fsc_reader *r, fsc_raw_record *rec, int *got,
                           fsc_error *err)
{
    const char delim = r->mode == MODE_TSV ? '\t' : ',';
    fsc_status s;
    *got = 0;
    for (;;) {
        size_t full = 0;
        int over = 0, any = 0, inq = 0, blank = 1;
        long long start = 0;
        long line = r->line;
        unsigned char last = 0;
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
            size_t avail = r->rlen - r->rpos, i = 0;
            int end = 0;
            for (; i < avail; i++) {
                unsigned char c = (unsigned char)p[i];
                if (c == '"') {
                    inq = !inq;
                } else if (c == '\n') {
                    if (!inq) {
                        end = 1;
                        break;
                    }
                    r->line++;
                }
                if (blank && !fsc__corpus_is_space(c))
                    blank = 0;
            }
            if (i) {
                last = (unsigned char)p[i - 1];
                s = fsc__corpus_take_bytes(r, p, i, &over, err);
                if (s != FSC_OK)
                    return s;
                full += i;
            }
            r->rpos += i;
            if (end) {
                r->rpos++;
                break;
            }
        }
        if (!any)
            return FSC_OK; /* end of source */
        r->line++;
        if (blank)
            continue; /* blank records are not records */
        if (last == '\r' && !inq) {
            full--;
            if (!over)
                r->rec.len--;
        }
        if (inq) {
            snprintf(r->csv_fault, sizeof r->csv_fault,
                     "quoted field opened in the record at line %ld never "
                     "closed",
                     line);
            csv_fault_raw(r, rec, line, start);
            *got = 1;
            return FSC_OK;
        }
        if (!over && full > r->max) {
            over = 1;
            fsc__buf_reset(&r->rec);
        }
        if (over) {
            fsc__corpus_fill_raw(r, rec, line, start, 1, full);
            rec->is_json = 1;
            *got = 1;
            return FSC_OK;
        }
        size_t bad = 0;
        long bl = 0, bc = 0;
        if (!fsc__utf8_valid(r->rec.data ? r->rec.data : "", r->rec.len, &bad,
                             &bl, &bc)) {
            snprintf(r->csv_fault, sizeof r->csv_fault,
                     "invalid UTF-8 at line %ld, byte %lld (column %ld)",
                     line + bl - 1, start + (long long)bad, bc);
            csv_fault_raw(r, rec, line, start);
            *got = 1;
            return FSC_OK;
        }
        size_t n = csv_cells(r, delim, &s);
        if (s != FSC_OK)
            return fsc__fail_at(err, FSC_ENOMEM, r->source, line, 0, start,
                                "out of memory reading a CSV record");
        if (!r->have_hdr) {
            if (csv_header(r, n) != FSC_OK)
                return fsc__fail_at(err, FSC_ENOMEM, r->source, line, 0,
                                    start, "out of memory reading a header");
            continue;
        }
        if (n != r->n_hdr) {
            snprintf(r->csv_fault, sizeof r->csv_fault,
                     "CSV record at line %ld has %zu field%s, the header has "
                     "%zu",
                     line, n, n == 1 ? "" : "s", r->n_hdr);
            csv_fault_raw(r, rec, line, start);
            *got = 1;
            return FSC_OK;
        }
        fsc__buf_reset(&r->conv);
        s = fsc__buf_addc(&r->conv, '{');
        const char *c = r->cells.data;
        int first = 1;
        for (size_t i = 0; i < n && s == FSC_OK; i++) {
            size_t len = strlen(c);
            if (len && r->hdr[i][0]) {
                if (!first)
                    s = fsc__buf_addc(&r->conv, ',');
                first = 0;
                if (s == FSC_OK)
                    s = fsc__buf_addc(&r->conv, '"');
                if (s == FSC_OK)
                    s = fsc__corpus_json_escape(&r->conv, r->hdr[i], strlen(r->hdr[i]));
                if (s == FSC_OK)
                    s = fsc__buf_adds(&r->conv, "\":\"");
                if (s == FSC_OK)
                    s = fsc__corpus_json_escape(&r->conv, c, len);
                if (s == FSC_OK)
                    s = fsc__buf_addc(&r->conv, '"');
            }
            c += len + 1;
        }
        if (s == FSC_OK)
            s = fsc__buf_addc(&r->conv, '}');
        if (s != FSC_OK)
            return fsc__fail_at(err, FSC_ENOMEM, r->source, line, 0, start,
                                "out of memory reading a CSV record");
        if (r->conv.len > r->max) {
            /* The record as JSON (names and escapes added) must keep the
               limit every record keeps. */
            fsc__corpus_fill_raw(r, rec, line, start, 1, r->conv.len);
            rec->is_json = 1;
            *got = 1;
            return FSC_OK;
        }
        rec->source = r->source;
        rec->line = line;
        rec->byte = start;
        rec->is_json = 1;
        rec->data = r->conv.data;
        rec->len = r->conv.len;
        rec->full_len = r->conv.len;
        rec->max_len = r->max;
        *got = 1;
        return FSC_OK;
    }
}
