/*
 * report_doc.h - the document writer shared by the report's sections
 * (report_render.c, report_sections.c): one writer for HTML and Markdown.
 *
 * Every call appends to d->b. The first failure is kept in d->st and
 * makes every later call a no-op, so sections write without checking
 * each call; the caller checks d->st once at the end.
 *
 * Escaping: fsc__rd_raw() and fsc__rd_rawf() write markup and must only
 * get the project's own strings and numbers. Text that came from
 * articles or lexicons (group names, titles, terms, ids, reasons) only
 * goes through fsc__rd_text() / fsc__rd_text_n() / fsc__rd_cell_text(),
 * which escape it for the format: HTML references and visible escapes for
 * controls and bidi controls, and in Markdown also backslashes before the
 * characters Markdown would interpret.
 */
#ifndef FSC_REPORT_DOC_H
#define FSC_REPORT_DOC_H

#include "buf.h"
#include "framescope/report.h"
#include "report_int.h"
#include "svg.h"

#include <stddef.h>

/* The document being written. Borrowed: r, b, dir. Owned: files (handed
 * to the caller on success), tmp. */
typedef struct fsc__rdoc {
    const fsc_report *r;
    fsc_buf *b;
    int md;          /* 1 Markdown, 0 HTML */
    const char *dir; /* Markdown: directory of the chart files */
    fsc_report_file *files;
    size_t n_files, cap_files;
    size_t n_charts;
    char chart_id[32]; /* id prefix of the chart being drawn */
    fsc_buf tmp;       /* scratch for Markdown escaping */
    fsc_status st;     /* first failure; later calls do nothing */
} fsc__rdoc;

/* A table: `align` has one letter per column, 'l' or 'r'. */
typedef struct fsc__rtable {
    size_t cols, col;
    const char *align;
} fsc__rtable;

typedef fsc_status (*fsc__rd_chart_fn)(fsc_buf *, const fsc__svg_chart *);

/* Markup (trusted strings only). */
void fsc__rd_raw(fsc__rdoc *d, const char *s);
void fsc__rd_rawf(fsc__rdoc *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Untrusted text, escaped for the format (one line); s may be NULL. */
void fsc__rd_text_n(fsc__rdoc *d, const char *s, size_t len);
void fsc__rd_text(fsc__rdoc *d, const char *s);

/* Numbers: `dec` decimals; a rate or share with as many decimals as its
 * size needs; a p-value. A value that is not finite prints as an en dash. */
void fsc__rd_num(fsc__rdoc *d, double v, int dec);
void fsc__rd_val(fsc__rdoc *d, double v);
void fsc__rd_pval(fsc__rdoc *d, double p);

/* Headings with an anchor id. heading's title is markup (the project's
 * own words); heading_text escapes a and b (b, when not NULL, in <small>).
 * code escapes s as its format needs. */
void fsc__rd_heading(fsc__rdoc *d, int level, const char *anchor,
                     const char *title);
void fsc__rd_heading_text(fsc__rdoc *d, int level, const char *anchor,
                          const char *a, const char *b);
void fsc__rd_code(fsc__rdoc *d, const char *s);
void fsc__rd_para_open(fsc__rdoc *d);
void fsc__rd_para_close(fsc__rdoc *d);

/* Tables: open with the column alignments and headings, then cell()
 * before each cell's content (rows open and close by themselves). */
void fsc__rd_table_open(fsc__rdoc *d, fsc__rtable *t, const char *align,
                        const char *const *heads);
void fsc__rd_cell(fsc__rdoc *d, fsc__rtable *t);
void fsc__rd_table_close(fsc__rdoc *d, fsc__rtable *t);
void fsc__rd_cell_text(fsc__rdoc *d, fsc__rtable *t, const char *s);
void fsc__rd_cell_num(fsc__rdoc *d, fsc__rtable *t, double v, int dec);
void fsc__rd_cell_val(fsc__rdoc *d, fsc__rtable *t, double v);
void fsc__rd_cell_ci(fsc__rdoc *d, fsc__rtable *t, double lo, double hi);

/* A long part of the page folded in <details> (HTML only; no script):
 * fold_open, the heading, fold_summary_end, the content, fold_close;
 * `on` 0 makes them no-ops. */
void fsc__rd_fold_open(fsc__rdoc *d, int on);
void fsc__rd_fold_summary_end(fsc__rdoc *d, int on);
void fsc__rd_fold_close(fsc__rdoc *d, int on);

/* A chart drawn by fn: inline SVG in HTML; in Markdown an SVG file added
 * to d->files and an image link. */
void fsc__rd_chart(fsc__rdoc *d, const char *slug, fsc__rd_chart_fn fn,
                   fsc__svg_chart *c);

/* Lookups over the report. */
long fsc__rd_name_at(const char *const *names, size_t n, const char *s);
/* The cell of group `group` and category `cat` (names) in a result, or
 * NULL; cat NULL for a one-category result. */
const fsc_desc *fsc__rd_cell_of(const fsc_compare_result *res,
                                const char *group, const char *cat);
const char *fsc__rd_voice_title(int v);
int fsc__rd_cat_has_matches(const fsc_compare_result *all, size_t c);
/* A file-name slug of s: lower-case letters, digits and single dashes. */
void fsc__rd_slugify(const char *s, char out[48]);

/* Sections of report_sections.c. */
void fsc__rd_attribution(fsc__rdoc *d);
void fsc__rd_top_articles(fsc__rdoc *d);
void fsc__rd_views(fsc__rdoc *d);
void fsc__rd_records(fsc__rdoc *d);
void fsc__rd_methods(fsc__rdoc *d);

#endif
