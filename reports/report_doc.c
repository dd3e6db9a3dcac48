/*
 * report_doc.c - the report's document writer: headings, paragraphs,
 * tables, folds and charts written as HTML or as Markdown, and small
 * lookups over the report's comparison results.
 *
 * Text that came from articles or lexicons only ever goes through
 * fsc__rd_text(), which escapes it for the format (see report_doc.h).
 */

#include "report_doc.h"

#include "format.h"
#include "internal.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fsc__rd_raw(fsc__rdoc *d, const char *s)
{
    if (d->st == FSC_OK)
        d->st = fsc__buf_adds(d->b, s);
}

void fsc__rd_rawf(fsc__rdoc *d, const char *fmt, ...)
{
    if (d->st != FSC_OK)
        return;
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        d->st = FSC_EINVAL;
        return;
    }
    if ((size_t)n < sizeof small) {
        d->st = fsc__buf_add(d->b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        d->st = FSC_ENOMEM;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    d->st = fsc__buf_add(d->b, big, (size_t)n);
    free(big);
}

/* Untrusted text, escaped for the format (one line). */
void fsc__rd_text_n(fsc__rdoc *d, const char *s, size_t len)
{
    if (d->st != FSC_OK || !s)
        return;
    if (!d->md) {
        d->st = fsc__html_esc(d->b, s, len, 0);
        return;
    }
    fsc__buf_reset(&d->tmp);
    for (size_t i = 0; i < len && d->st == FSC_OK; i++) {
        char c = s[i];
        /* Text never starts a line (headings, items and cells put their
         * marker first), so only inline syntax needs a backslash. */
        if (strchr("\\`*_[]<>|~", c) && c)
            d->st = fsc__buf_addc(&d->tmp, '\\');
        if (d->st == FSC_OK)
            d->st = fsc__buf_addc(&d->tmp, c);
    }
    if (d->st == FSC_OK)
        d->st =
            fsc__html_esc(d->b, d->tmp.data ? d->tmp.data : "", d->tmp.len, 0);
}

void fsc__rd_text(fsc__rdoc *d, const char *s)
{
    if (s)
        fsc__rd_text_n(d, s, strlen(s));
}

/* A number with `dec` decimals, or an en dash when undefined. */
void fsc__rd_num(fsc__rdoc *d, double v, int dec)
{
    if (!isfinite(v))
        fsc__rd_raw(d, "\xE2\x80\x93");
    else
        fsc__rd_rawf(d, "%.*f", dec, v);
}

/* A rate or share with as many decimals as its size needs (0.0004 stays
 * visible, 123.4 is not padded). */
void fsc__rd_val(fsc__rdoc *d, double v)
{
    double a = fabs(v);
    if (!isfinite(v))
        fsc__rd_raw(d, "\xE2\x80\x93");
    else if (v == 0)
        fsc__rd_raw(d, "0");
    else
        fsc__rd_rawf(d, "%.*f",
                     a >= 100    ? 1
                     : a >= 1    ? 2
                     : a >= 0.01 ? 3
                                 : 4,
                     v);
}

void fsc__rd_pval(fsc__rdoc *d, double p)
{
    if (!isfinite(p))
        fsc__rd_raw(d, "\xE2\x80\x93");
    else if (p < 0.001)
        fsc__rd_raw(d, d->md ? "\\< 0.001" : "&lt; 0.001");
    else
        fsc__rd_rawf(d, "%.3f", p);
}

void fsc__rd_heading(fsc__rdoc *d, int level, const char *anchor,
                     const char *title)
{
    if (d->md)
        fsc__rd_rawf(d, "\n%.*s %s\n\n", level, "######", title);
    else
        fsc__rd_rawf(d, "<h%d id=\"%s\">%s</h%d>\n", level, anchor, title,
                     level);
}

/* A heading of untrusted text: a, then b in <small> (when not NULL). */
void fsc__rd_heading_text(fsc__rdoc *d, int level, const char *anchor,
                          const char *a, const char *b)
{
    if (d->md) {
        fsc__rd_rawf(d, "\n%.*s ", level, "######");
        fsc__rd_text(d, a);
        if (b) {
            fsc__rd_raw(d, " (");
            fsc__rd_text(d, b);
            fsc__rd_raw(d, ")");
        }
        fsc__rd_raw(d, "\n\n");
        return;
    }
    fsc__rd_rawf(d, "<h%d id=\"%s\">", level, anchor);
    fsc__rd_text(d, a);
    if (b) {
        fsc__rd_raw(d, " <small>");
        fsc__rd_text(d, b);
        fsc__rd_raw(d, "</small>");
    }
    fsc__rd_rawf(d, "</h%d>\n", level);
}

void fsc__rd_code(fsc__rdoc *d, const char *s)
{
    fsc__rd_raw(d, d->md ? "`" : "<code>");
    if (d->md && s && strchr(s, '`'))
        fsc__rd_text(d, s);
    else if (d->md)
        fsc__rd_raw(d,
                    s ? s : ""); /* inside backticks nothing is interpreted */
    else
        fsc__rd_text(d, s);
    fsc__rd_raw(d, d->md ? "`" : "</code>");
}

void fsc__rd_para_open(fsc__rdoc *d)
{
    fsc__rd_raw(d, d->md ? "" : "<p>");
}

void fsc__rd_para_close(fsc__rdoc *d)
{
    fsc__rd_raw(d, d->md ? "\n\n" : "</p>\n");
}

void fsc__rd_table_open(fsc__rdoc *d, fsc__rtable *t, const char *align,
                        const char *const *heads)
{
    t->cols = strlen(align);
    t->col = 0;
    t->align = align;
    if (d->md) {
        fsc__rd_raw(d, "\n|");
        for (size_t i = 0; i < t->cols; i++) {
            fsc__rd_raw(d, " ");
            fsc__rd_text(d, heads[i]);
            fsc__rd_raw(d, " |");
        }
        fsc__rd_raw(d, "\n|");
        for (size_t i = 0; i < t->cols; i++)
            fsc__rd_raw(d, align[i] == 'r' ? " ---: |" : " --- |");
        fsc__rd_raw(d, "\n");
        return;
    }
    fsc__rd_raw(d, "<div class=\"tw\"><table>\n<thead><tr>");
    for (size_t i = 0; i < t->cols; i++) {
        fsc__rd_raw(d, align[i] == 'r' ? "<th class=\"n\">" : "<th>");
        fsc__rd_text(d, heads[i]);
        fsc__rd_raw(d, "</th>");
    }
    fsc__rd_raw(d, "</tr></thead>\n<tbody>\n");
}

/* Start the next cell (a row opens and closes by itself). */
void fsc__rd_cell(fsc__rdoc *d, fsc__rtable *t)
{
    if (t->col == t->cols) {
        fsc__rd_raw(d, d->md ? " |\n" : "</td></tr>\n");
        t->col = 0;
    }
    if (d->md) {
        fsc__rd_raw(d, t->col == 0 ? "| " : " | ");
    } else {
        fsc__rd_raw(d, t->col == 0 ? "<tr>" : "</td>");
        fsc__rd_raw(d, t->align[t->col] == 'r' ? "<td class=\"n\">" : "<td>");
    }
    t->col++;
}

void fsc__rd_table_close(fsc__rdoc *d, fsc__rtable *t)
{
    if (t->col)
        fsc__rd_raw(d, d->md ? " |\n" : "</td></tr>\n");
    fsc__rd_raw(d, d->md ? "\n" : "</tbody></table></div>\n");
}

void fsc__rd_cell_text(fsc__rdoc *d, fsc__rtable *t, const char *s)
{
    fsc__rd_cell(d, t);
    fsc__rd_text(d, s);
}

void fsc__rd_cell_num(fsc__rdoc *d, fsc__rtable *t, double v, int dec)
{
    fsc__rd_cell(d, t);
    fsc__rd_num(d, v, dec);
}

void fsc__rd_cell_val(fsc__rdoc *d, fsc__rtable *t, double v)
{
    fsc__rd_cell(d, t);
    fsc__rd_val(d, v);
}

void fsc__rd_cell_ci(fsc__rdoc *d, fsc__rtable *t, double lo, double hi)
{
    fsc__rd_cell(d, t);
    if (!isfinite(lo) || !isfinite(hi)) {
        fsc__rd_raw(d, "\xE2\x80\x93");
        return;
    }
    fsc__rd_val(d, lo);
    fsc__rd_raw(d, " \xE2\x80\x93 ");
    fsc__rd_val(d, hi);
}

/* A chart: inline SVG in HTML; in Markdown an SVG file and an image. */
/* A long part of the page folded in <details> (HTML only; no script: the
 * browser opens and closes it). fold_open, the heading, fold_summary_end,
 * the content, fold_close; `on` 0 makes them no-ops. */
void fsc__rd_fold_open(fsc__rdoc *d, int on)
{
    if (on && !d->md)
        fsc__rd_raw(d, "<details class=\"fold\"><summary>");
}

void fsc__rd_fold_summary_end(fsc__rdoc *d, int on)
{
    if (on && !d->md)
        fsc__rd_raw(d, "</summary>\n");
}

void fsc__rd_fold_close(fsc__rdoc *d, int on)
{
    if (on && !d->md)
        fsc__rd_raw(d, "</details>\n");
}

void fsc__rd_chart(fsc__rdoc *d, const char *slug, fsc__rd_chart_fn fn,
                   fsc__svg_chart *c)
{
    if (d->st != FSC_OK)
        return;
    snprintf(d->chart_id, sizeof d->chart_id, "c%zu", ++d->n_charts);
    c->id = d->chart_id;
    if (!d->md) {
        fsc__rd_raw(d, "<figure>\n");
        if (d->st == FSC_OK)
            d->st = fn(d->b, c);
        fsc__rd_raw(d, "\n</figure>\n");
        return;
    }
    if (d->n_files == d->cap_files) {
        size_t cap = d->cap_files ? 2 * d->cap_files : 16;
        fsc_report_file *f = realloc(d->files, cap * sizeof *f);
        if (!f) {
            d->st = FSC_ENOMEM;
            return;
        }
        d->files = f;
        d->cap_files = cap;
    }
    fsc_buf svg;
    fsc__buf_init(&svg, FSC_BUF_DEFAULT_CAP);
    d->st = fn(&svg, c);
    if (d->st == FSC_OK)
        d->st = fsc__buf_adds(&svg, "\n");
    char name[512];
    snprintf(name, sizeof name, "%s/%02zu-%s.svg", d->dir ? d->dir : ".",
             d->n_charts, slug);
    fsc_report_file *f = &d->files[d->n_files];
    f->name = fsc__strdup(name);
    f->data = NULL;
    f->len = 0;
    if (d->st == FSC_OK && !f->name)
        d->st = FSC_ENOMEM;
    if (d->st == FSC_OK)
        d->st = fsc__buf_take(&svg, &f->data, &f->len);
    fsc__buf_free(&svg);
    if (d->st != FSC_OK) {
        free(f->name);
        free(f->data);
        return;
    }
    d->n_files++;
    fsc__rd_raw(d, "![");
    fsc__rd_text(d, c->title);
    fsc__rd_rawf(d, "](<%s>)\n\n", name);
}

/* ---- helpers over the report --------------------------------------------- */

long fsc__rd_name_at(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return (long)i;
    return -1;
}

/* The cell of group `g` and category `c` (names) in a result, or NULL. */
const fsc_desc *fsc__rd_cell_of(const fsc_compare_result *res,
                                const char *group, const char *cat)
{
    if (!res)
        return NULL;
    long g = fsc__rd_name_at(res->groups, res->n_groups, group);
    long c = cat ? fsc__rd_name_at(res->categories, res->n_categories, cat) : 0;
    if (g < 0 || c < 0 || (!cat && res->n_categories != 1))
        return NULL;
    return &res->cells[(size_t)g * res->n_categories + (size_t)c].desc;
}

const char *fsc__rd_voice_title(int v)
{
    static const char *const t[FSC__RV_N] = { "whole article", "authorial",
                                              "attributed", "quoted" };
    return t[v];
}

int fsc__rd_cat_has_matches(const fsc_compare_result *all, size_t c)
{
    for (size_t g = 0; g < all->n_groups; g++)
        if (all->cells[g * all->n_categories + c].desc.n_nonzero)
            return 1;
    return 0;
}

void fsc__rd_slugify(const char *s, char out[48])
{
    size_t j = 0;
    for (size_t i = 0; s[i] && j < 40; i++) {
        char c = s[i];
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out[j++] = c;
        else if (c >= 'A' && c <= 'Z')
            out[j++] = (char)(c - 'A' + 'a');
        else if (j && out[j - 1] != '-')
            out[j++] = '-';
    }
    while (j && out[j - 1] == '-')
        j--;
    if (!j)
        out[j++] = 'x';
    out[j] = '\0';
}
