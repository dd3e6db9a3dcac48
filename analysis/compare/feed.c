/*
 * feed.c - streaming: records cut from chunks of any size (a JSON line, or
 * a CSV record that may hold quoted newlines), each handed to its reader;
 * the end of the input.
 */
#include "compare_int.h"

/* ------------------------------------------------------------------ */
/* Streaming                                                            */
/* ------------------------------------------------------------------ */

static fsc_status one_record(fsc_compare *c, const char *p, size_t len,
                             long line, fsc_error *err);

/* A CSV record for the followers, which read CSV themselves. */
static fsc_status csv_followers(fsc_compare *c, const char *p, size_t len,
                                long line, fsc_error *err)
{
    fsc_status st = FSC_OK;
    for (size_t k = 0; k < c->n_fol && st == FSC_OK; k++)
        st = one_record(c->fol[k], p, len, line, err);
    return st;
}

static fsc_status one_record(fsc_compare *c, const char *p, size_t len,
                             long line, fsc_error *err)
{
    const char *p0 = p;
    size_t len0 = len;
    if (len && p[len - 1] == '\r')
        len--;
    if (c->kind == SRC_NONE) {
        size_t i = 0;
        while (i < len && (p[i] == ' ' || p[i] == '\t'))
            i++;
        if (i == len)
            return FSC_OK;
        /* A UTF-8 BOM at the start of a CSV file is not part of "id". */
        if (len - i >= 3 && memcmp(p + i, "\xEF\xBB\xBF", 3) == 0) {
            p += i + 3;
            len -= i + 3;
            i = 0;
        }
        c->kind = p[i] == '{' ? SRC_JSONL : SRC_CSV;
    }
    if (c->kind == SRC_JSONL)
        return fsc__compare_jsonl_line(c, p, len, line, err);
    fsc_status st = fsc__compare_csv_record(c, p, len, line, err);
    if (st == FSC_OK && c->n_fol)
        st = csv_followers(c, p0, len0, line, err);
    if (st == FSC_OK && c->csv_have_header && c->csv_rec.len == 0) {
        /* Keep the header's field names (NUL-separated) for field lookup. */
        st = fsc__buf_add(&c->csv_rec, c->csv_fields.data,
                          c->csv_fields.len);
        if (st == FSC_OK && c->csv_rec.len == 0)
            st = fsc__buf_addc(&c->csv_rec, '\0');
        if (st)
            return fsc__fail(err, st, "compare: out of memory");
    }
    return st;
}

static int odd_quotes(const char *p, size_t len)
{
    int q = 0;
    for (size_t i = 0; i < len; i++)
        q ^= p[i] == '"';
    return q;
}

fsc_status fsc_compare_feed(fsc_compare *c, const char *name,
                            const char *data, size_t len, fsc_error *err)
{
    if (!c || (!data && len))
        return fsc__fail(err, FSC_EINVAL, "compare_feed: bad arguments");
    if (c->ran)
        return fsc__fail(err, FSC_EINVAL, "compare_feed: already run");
    if (!c->src_name) {
        c->src_name = fsc__strdup(name ? name : "-");
        if (!c->src_name)
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    }
    for (size_t k = 0; k < c->n_fol; k++)
        if (!c->fol[k]->src_name &&
            !(c->fol[k]->src_name = fsc__strdup(c->src_name)))
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
    fsc_status st = FSC_OK;
    size_t i = 0;
    while (i < len && st == FSC_OK) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        if (!c->part.len && !c->csv_inq)
            c->rec_line = c->line + 1;
        if (!nl) {
            if ((st = fsc__buf_add(&c->part, data + i, end - i)))
                return fsc__fail_at(err, st, c->src_name, c->rec_line, 0, -1,
                                    "record too long");
            break;
        }
        c->line++;
        const char *p = data + i, *lp = p;
        size_t n = end - i, ln = n;
        if (c->part.len) {
            if ((st = fsc__buf_add(&c->part, p, n)))
                return fsc__fail_at(err, st, c->src_name, c->rec_line, 0, -1,
                                    "record too long");
            p = c->part.data;
            n = c->part.len;
            lp = p + c->part_ls;
            ln = n - c->part_ls;
        }
        /* A CSV field in quotes may hold newlines: keep reading. */
        size_t b = 0;
        while (b < n && (p[b] == ' ' || p[b] == '\t'))
            b++;
        int csvish = c->kind == SRC_CSV ||
                     (c->kind == SRC_NONE && b < n && p[b] != '{');
        if (csvish && odd_quotes(lp, ln))
            c->csv_inq = !c->csv_inq;
        if (csvish && c->csv_inq) {
            if (!c->part.len)
                st = fsc__buf_add(&c->part, p, n);
            if (st == FSC_OK)
                st = fsc__buf_addc(&c->part, '\n');
            if (st)
                return fsc__fail_at(err, st, c->src_name, c->rec_line, 0, -1,
                                    "record too long");
            c->part_ls = c->part.len;
            i = end + 1;
            continue;
        }
        st = one_record(c, p, n, c->rec_line, err);
        fsc__buf_reset(&c->part);
        c->part_ls = 0;
        i = end + 1;
    }
    if (st && err && !err->where[0])
        fsc__error_where(err, c->src_name);
    return st;
}

fsc_status fsc_compare_end(fsc_compare *c, fsc_error *err)
{
    if (!c)
        return fsc__fail(err, FSC_EINVAL, "compare_end: NULL");
    fsc_status st = FSC_OK;
    if (c->part.len) {
        if (c->csv_inq) {
            st = fsc__compare_invalid_row(c, c->rec_line,
                                          "unterminated quoted CSV field");
            for (size_t k = 0; k < c->n_fol && st == FSC_OK; k++)
                st = fsc__compare_invalid_row(c->fol[k], c->rec_line,
                                              "unterminated quoted CSV field");
        } else
            st = one_record(c, c->part.data, c->part.len, c->rec_line, err);
    }
    if (st == FSC_OK && c->kind == SRC_CSV)
        st = fsc__compare_csv_flush(c);
    fsc__buf_reset(&c->part);
    c->part_ls = 0;
    fsc__buf_reset(&c->csv_rec);
    c->csv_inq = 0;
    c->csv_have_header = 0;
    c->csv_pending = 0;
    c->kind = SRC_NONE;
    c->line = 0;
    c->first_row_seen = 0;
    free(c->src_name);
    c->src_name = NULL;
    if (st && err && !err->msg[0])
        fsc__fail(err, st, "compare: out of memory");
    return st;
}
