/*
 * report_render.c - the report as one standalone HTML page or as Markdown
 * with SVG chart files beside it.
 *
 * Both formats are written by the same section code through a small
 * document writer (doc_*): headings, paragraphs, tables and charts. Text
 * that came from articles or lexicons (group names, titles, terms, ids,
 * reasons) only ever goes through doc_text(), which escapes it for the
 * format: HTML references and visible escapes for controls and bidi
 * controls (format.c), and in Markdown also backslashes before the
 * characters Markdown would interpret. Charts are drawn by svg.c, which
 * escapes its own text.
 *
 * The HTML page has no script and a Content-Security-Policy that forbids
 * every load, so it opens offline and prints as it shows.
 */
#include "framescope/report.h"

#include "buf.h"
#include "format.h"
#include "framescope/show.h"
#include "internal.h"
#include "report_int.h"
#include "svg.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_version.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEGMENTS 7 /* sides/types drawn separately; the rest "other" */

/* ---- document writer ----------------------------------------------------- */

typedef struct doc {
    const fsc_report *r;
    fsc_buf *b;
    int md;                /* 1 Markdown, 0 HTML */
    const char *dir;       /* Markdown: directory of the chart files */
    fsc_report_file *files;
    size_t n_files, cap_files;
    size_t n_charts;
    char chart_id[32];     /* id prefix of the chart being drawn */
    fsc_buf tmp;           /* scratch for Markdown escaping */
    fsc_status st;         /* first failure; later calls do nothing */
} doc;

static void raw(doc *d, const char *s)
{
    if (d->st == FSC_OK)
        d->st = fsc__buf_adds(d->b, s);
}

static void rawf(doc *d, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void rawf(doc *d, const char *fmt, ...)
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
static void text_n(doc *d, const char *s, size_t len)
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
        d->st = fsc__html_esc(d->b, d->tmp.data ? d->tmp.data : "",
                              d->tmp.len, 0);
}

static void text(doc *d, const char *s)
{
    if (s)
        text_n(d, s, strlen(s));
}

/* A number with `dec` decimals, or an en dash when undefined. */
static void num(doc *d, double v, int dec)
{
    if (!isfinite(v))
        raw(d, "\xE2\x80\x93");
    else
        rawf(d, "%.*f", dec, v);
}

/* A rate or share with as many decimals as its size needs (0.0004 stays
 * visible, 123.4 is not padded). */
static void val(doc *d, double v)
{
    double a = fabs(v);
    if (!isfinite(v))
        raw(d, "\xE2\x80\x93");
    else if (v == 0)
        raw(d, "0");
    else
        rawf(d, "%.*f", a >= 100 ? 1 : a >= 1 ? 2 : a >= 0.01 ? 3 : 4, v);
}

static void pval(doc *d, double p)
{
    if (!isfinite(p))
        raw(d, "\xE2\x80\x93");
    else if (p < 0.001)
        raw(d, d->md ? "\\< 0.001" : "&lt; 0.001");
    else
        rawf(d, "%.3f", p);
}

static void heading(doc *d, int level, const char *anchor, const char *title)
{
    if (d->md)
        rawf(d, "\n%.*s %s\n\n", level, "######", title);
    else
        rawf(d, "<h%d id=\"%s\">%s</h%d>\n", level, anchor, title, level);
}

/* A heading of untrusted text: a, then b in <small> (when not NULL). */
static void heading_text(doc *d, int level, const char *anchor,
                         const char *a, const char *b)
{
    if (d->md) {
        rawf(d, "\n%.*s ", level, "######");
        text(d, a);
        if (b) {
            raw(d, " (");
            text(d, b);
            raw(d, ")");
        }
        raw(d, "\n\n");
        return;
    }
    rawf(d, "<h%d id=\"%s\">", level, anchor);
    text(d, a);
    if (b) {
        raw(d, " <small>");
        text(d, b);
        raw(d, "</small>");
    }
    rawf(d, "</h%d>\n", level);
}

static void code(doc *d, const char *s)
{
    raw(d, d->md ? "`" : "<code>");
    if (d->md && s && strchr(s, '`'))
        text(d, s);
    else if (d->md)
        raw(d, s ? s : ""); /* inside backticks nothing is interpreted */
    else
        text(d, s);
    raw(d, d->md ? "`" : "</code>");
}

static void para_open(doc *d)
{
    raw(d, d->md ? "" : "<p>");
}

static void para_close(doc *d)
{
    raw(d, d->md ? "\n\n" : "</p>\n");
}

/* A table: `align` has one letter per column, 'l' or 'r'. */
typedef struct table {
    size_t cols, col;
    const char *align;
} table;

static void table_open(doc *d, table *t, const char *align,
                       const char *const *heads)
{
    t->cols = strlen(align);
    t->col = 0;
    t->align = align;
    if (d->md) {
        raw(d, "\n|");
        for (size_t i = 0; i < t->cols; i++) {
            raw(d, " ");
            text(d, heads[i]);
            raw(d, " |");
        }
        raw(d, "\n|");
        for (size_t i = 0; i < t->cols; i++)
            raw(d, align[i] == 'r' ? " ---: |" : " --- |");
        raw(d, "\n");
        return;
    }
    raw(d, "<div class=\"tw\"><table>\n<thead><tr>");
    for (size_t i = 0; i < t->cols; i++) {
        raw(d, align[i] == 'r' ? "<th class=\"n\">" : "<th>");
        text(d, heads[i]);
        raw(d, "</th>");
    }
    raw(d, "</tr></thead>\n<tbody>\n");
}

/* Start the next cell (a row opens and closes by itself). */
static void cell(doc *d, table *t)
{
    if (t->col == t->cols) {
        raw(d, d->md ? " |\n" : "</td></tr>\n");
        t->col = 0;
    }
    if (d->md) {
        raw(d, t->col == 0 ? "| " : " | ");
    } else {
        raw(d, t->col == 0 ? "<tr>" : "</td>");
        raw(d, t->align[t->col] == 'r' ? "<td class=\"n\">" : "<td>");
    }
    t->col++;
}

static void table_close(doc *d, table *t)
{
    if (t->col)
        raw(d, d->md ? " |\n" : "</td></tr>\n");
    raw(d, d->md ? "\n" : "</tbody></table></div>\n");
}

static void cell_text(doc *d, table *t, const char *s)
{
    cell(d, t);
    text(d, s);
}

static void cell_num(doc *d, table *t, double v, int dec)
{
    cell(d, t);
    num(d, v, dec);
}

static void cell_val(doc *d, table *t, double v)
{
    cell(d, t);
    val(d, v);
}

static void cell_ci(doc *d, table *t, double lo, double hi)
{
    cell(d, t);
    if (!isfinite(lo) || !isfinite(hi)) {
        raw(d, "\xE2\x80\x93");
        return;
    }
    val(d, lo);
    raw(d, " \xE2\x80\x93 ");
    val(d, hi);
}

typedef fsc_status (*chart_fn)(fsc_buf *, const fsc__svg_chart *);

/* A chart: inline SVG in HTML; in Markdown an SVG file and an image. */
/* A long part of the page folded in <details> (HTML only; no script: the
 * browser opens and closes it). fold_open, the heading, fold_summary_end,
 * the content, fold_close; `on` 0 makes them no-ops. */
static void fold_open(doc *d, int on)
{
    if (on && !d->md)
        raw(d, "<details class=\"fold\"><summary>");
}

static void fold_summary_end(doc *d, int on)
{
    if (on && !d->md)
        raw(d, "</summary>\n");
}

static void fold_close(doc *d, int on)
{
    if (on && !d->md)
        raw(d, "</details>\n");
}

static void chart(doc *d, const char *slug, chart_fn fn, fsc__svg_chart *c)
{
    if (d->st != FSC_OK)
        return;
    snprintf(d->chart_id, sizeof d->chart_id, "c%zu", ++d->n_charts);
    c->id = d->chart_id;
    if (!d->md) {
        raw(d, "<figure>\n");
        if (d->st == FSC_OK)
            d->st = fn(d->b, c);
        raw(d, "\n</figure>\n");
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
    raw(d, "![");
    text(d, c->title);
    rawf(d, "](<%s>)\n\n", name);
}

/* ---- helpers over the report --------------------------------------------- */

static long name_at(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return (long)i;
    return -1;
}

/* The cell of group `g` and category `c` (names) in a result, or NULL. */
static const fsc_desc *cell_of(const fsc_compare_result *res,
                               const char *group, const char *cat)
{
    if (!res)
        return NULL;
    long g = name_at(res->groups, res->n_groups, group);
    long c = cat ? name_at(res->categories, res->n_categories, cat) : 0;
    if (g < 0 || c < 0 || (!cat && res->n_categories != 1))
        return NULL;
    return &res->cells[(size_t)g * res->n_categories + (size_t)c].desc;
}

static const char *voice_title(int v)
{
    static const char *const t[FSC__RV_N] = { "whole article", "authorial",
                                              "attributed", "quoted" };
    return t[v];
}

static int cat_has_matches(const fsc_compare_result *all, size_t c)
{
    for (size_t g = 0; g < all->n_groups; g++)
        if (all->cells[g * all->n_categories + c].desc.n_nonzero)
            return 1;
    return 0;
}

static void slugify(const char *s, char out[48])
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

/* ---- sections ------------------------------------------------------------ */

static void summary(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    heading(d, 2, "summary", "Summary");
    para_open(d);
    rawf(d, "%zu records read: %zu used in the comparison, %zu skipped by "
            "the scorer, %zu filtered out, %zu not valid score rows. ",
         all->rows_read, all->rows_used, all->rows_skipped,
         all->rows_filtered, all->rows_invalid);
    rawf(d, "%zu group%s by ", all->n_groups, all->n_groups == 1 ? "" : "s");
    code(d, r->by);
    raw(d, ". ");
    if (r->rows_dated) {
        rawf(d, "Dates from %.10s to %.10s (%zu of %zu articles dated). ",
             r->date_min, r->date_max, r->rows_dated, r->rows_seen);
    } else {
        raw(d, "No article has a date. ");
    }
    if (r->n_langs) {
        raw(d, "Languages: ");
        for (size_t i = 0; i < r->n_langs; i++) {
            if (i)
                raw(d, ", ");
            text(d, r->lang_list[i].name);
            rawf(d, " (%zu)", r->lang_list[i].n);
        }
        raw(d, ".");
    }
    para_close(d);

    table t;
    static const char *const heads[] = { "Group", "Articles",
                                         "With a framing term", "%" };
    table_open(d, &t, "lrrr", heads);
    for (size_t g = 0; g < all->n_groups; g++) {
        cell_text(d, &t, all->groups[g]);
        cell(d, &t);
        rawf(d, "%zu", all->group_rows[g]);
        cell(d, &t);
        rawf(d, "%zu", r->attr[g].with_match);
        cell_num(d, &t,
                 all->group_rows[g] ? 100.0 * (double)r->attr[g].with_match /
                                          (double)all->group_rows[g]
                                    : NAN,
                 1);
    }
    table_close(d, &t);
    /* Scoped lexicons count only the matches of articles (or paragraphs)
     * in their scope: say how many articles of each group are in it. */
    for (size_t s = 0; s < all->n_scopes; s++) {
        para_open(d);
        raw(d, "Articles in the scope of ");
        code(d, all->scopes[s]);
        raw(d, " (its categories count only matches in scope): ");
        for (size_t g = 0; g < all->n_groups; g++) {
            if (g)
                raw(d, ", ");
            text(d, all->groups[g]);
            rawf(d, " %zu of %zu", all->scope_in[g * all->n_scopes + s],
                 all->scope_rows[g * all->n_scopes + s]);
        }
        raw(d, ".");
        para_close(d);
    }
}

static void findings(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const int welch = r->o.test == FSC_TEST_WELCH;
    const char *es = welch ? "Hedges' g" : "Cliff's \xCE\xB4";
    heading(d, 2, "findings", "Differences between groups");
    para_open(d);
    rawf(d,
         "Pairs of groups that differ on a category by %s (Benjamini-"
         "Hochberg adjusted p below %.3g, the adjustment running over every "
         "pair and category of the comparison), with an effect of at least "
         "%.3g in size (%s) and at least %zu articles in each group; the "
         "direction, the size and the p of each sentence come from that "
         "one test. %zu such difference%s",
         welch ? "Welch's t test" : "the Mann-Whitney U test", r->o.alpha,
         all ? fsc_compare_min_effect(&all->opts) : NAN, es, r->o.min_group,
         r->n_find_total, r->n_find_total == 1 ? "" : "s");
    if (r->n_find_total > r->n_find)
        rawf(d, "; the %zu largest are listed", r->n_find);
    raw(d, ". Rates are matches per 1,000 tokens of the article");
    if (welch)
        raw(d, "; intervals are 95% Welch confidence intervals of the "
               "difference of means");
    raw(d, ".");
    para_close(d);
    /* Groups too small to be stated about. */
    if (all) {
        int any = 0;
        for (size_t g = 0; g < all->n_groups; g++) {
            if (all->group_rows[g] >= r->o.min_group)
                continue;
            if (!any) {
                para_open(d);
                rawf(d, "Not compared in words (fewer than %zu articles): ",
                     r->o.min_group);
            } else {
                raw(d, ", ");
            }
            text(d, all->groups[g]);
            rawf(d, " (%zu)", all->group_rows[g]);
            any = 1;
        }
        if (any) {
            raw(d, ".");
            para_close(d);
        }
    }
    if (!r->n_find) {
        para_open(d);
        raw(d, "No difference reaches the thresholds.");
        para_close(d);
        return;
    }
    raw(d, d->md ? "" : "<ul class=\"findings\">\n");
    for (size_t i = 0; i < r->n_find; i++) {
        const fsc__rep_finding *f = &r->find[i];
        const fsc_compare_result *res = r->res[f->voice];
        const fsc_compare_pair *p = f->pair;
        const char *cat = res->categories[p->category];
        const fsc_desc *da =
            &res->cells[p->a * res->n_categories + p->category].desc;
        const fsc_desc *db =
            &res->cells[p->b * res->n_categories + p->category].desc;
        /* The group that uses the category more by the test's own effect
         * comes first. */
        int swap = f->effect < 0;
        const char *hi_g = res->groups[swap ? p->b : p->a];
        const char *lo_g = res->groups[swap ? p->a : p->b];
        const fsc_desc *dh = swap ? db : da, *dl = swap ? da : db;
        double lo = swap ? -f->diff_hi : f->diff_lo;
        double hi = swap ? -f->diff_lo : f->diff_hi;
        raw(d, d->md ? "- " : "<li>");
        text(d, hi_g);
        raw(d, " uses ");
        text(d, fsc__rep_cat_label(r, cat));
        raw(d, " terms");
        if (f->voice == FSC__RV_AUTHORIAL)
            raw(d, " in its own voice");
        if (dl->mean == 0 && dh->mean > 0) {
            raw(d, "; ");
            text(d, lo_g);
            raw(d, f->voice == FSC__RV_AUTHORIAL
                       ? " never does in its own voice"
                       : " never does");
        } else if (welch && dl->mean > 0) {
            raw(d, " ");
            num(d, dh->mean / dl->mean, 1);
            raw(d, "\xC3\x97 as often as ");
            text(d, lo_g);
        } else {
            raw(d, " more than ");
            text(d, lo_g);
        }
        raw(d, " (");
        raw(d, es);
        raw(d, " ");
        num(d, fabs(f->effect), 2);
        if (!welch && isfinite(p->effect.cliff_lo) &&
            isfinite(p->effect.cliff_hi)) {
            /* the interval of the effect that orders the sentence */
            raw(d, ", 95% CI ");
            num(d, swap ? -p->effect.cliff_hi : p->effect.cliff_lo, 2);
            raw(d, " to ");
            num(d, swap ? -p->effect.cliff_lo : p->effect.cliff_hi, 2);
        }
        raw(d, "; ");
        val(d, dh->mean);
        raw(d, " vs ");
        val(d, dl->mean);
        raw(d, " per 1,000 tokens");
        if (welch) {
            raw(d, "; difference ");
            val(d, dh->mean - dl->mean);
            raw(d, ", 95% CI ");
            val(d, lo);
            raw(d, " to ");
            val(d, hi);
        }
        raw(d, welch ? "; Welch adjusted p " : "; Mann-Whitney adjusted p ");
        if (f->p_adj < 0.001)
            raw(d, d->md ? "\\< 0.001" : "&lt; 0.001");
        else
            rawf(d, "= %.3f", f->p_adj);
        rawf(d, "; %zu vs %zu articles).", dh->n, dl->n);
        raw(d, d->md ? "\n" : "</li>\n");
    }
    raw(d, d->md ? "\n" : "</ul>\n");
}

#define OVERVIEW_GROUPS 8 /* series of the overview chart */

/* gi[0..ng): the ng groups with the most articles (ties: the earlier
 * group), in group (name) order. gi needs room for G entries. */
static void largest_groups(const size_t *rows, size_t G, size_t ng,
                           size_t *gi)
{
    /* Insertion sort by (articles descending, index ascending). */
    for (size_t g = 0; g < G; g++) {
        size_t j = g;
        while (j > 0 && rows[gi[j - 1]] < rows[g]) {
            gi[j] = gi[j - 1];
            j--;
        }
        gi[j] = g;
    }
    /* The first ng back in index order. */
    for (size_t i = 1; i < ng; i++)
        for (size_t j = i; j > 0 && gi[j] < gi[j - 1]; j--) {
            size_t t = gi[j];
            gi[j] = gi[j - 1];
            gi[j - 1] = t;
        }
}

/* Every category with a match at a glance: categories x groups (the
 * largest groups when there are more than OVERVIEW_GROUPS). */
static void overview(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups, C = all->n_categories;
    size_t nc = 0;
    for (size_t c = 0; c < C; c++)
        nc += (size_t)cat_has_matches(all, c);
    if (!nc || !G)
        return;
    size_t ng = G < OVERVIEW_GROUPS ? G : OVERVIEW_GROUPS;
    size_t *gi = calloc(G, sizeof *gi);
    const char **rows = calloc(nc, sizeof *rows);
    double *v = calloc(3 * ng * nc, sizeof *v);
    fsc__svg_series *s = calloc(ng, sizeof *s);
    if (!gi || !rows || !v || !s) {
        d->st = FSC_ENOMEM;
        goto out;
    }
    largest_groups(all->group_rows, G, ng, gi);
    size_t k = 0;
    for (size_t c = 0; c < C; c++) {
        if (!cat_has_matches(all, c))
            continue;
        rows[k] = fsc__rep_cat_label(r, all->categories[c]);
        for (size_t j = 0; j < ng; j++) {
            const fsc_desc *e = &all->cells[gi[j] * C + c].desc;
            v[(3 * j) * nc + k] = e->mean;
            v[(3 * j + 1) * nc + k] = e->ci_lo;
            v[(3 * j + 2) * nc + k] = e->ci_hi;
        }
        k++;
    }
    for (size_t j = 0; j < ng; j++) {
        s[j].name = all->groups[gi[j]];
        s[j].v = v + 3 * j * nc;
        s[j].lo = v + (3 * j + 1) * nc;
        s[j].hi = v + (3 * j + 2) * nc;
    }
    heading(d, 3, "overview", "Overview");
    if (ng < G) {
        /* Say which groups are left out of the chart, and why. */
        para_open(d);
        rawf(d, "The chart draws the %zu groups with the most articles (more "
                "bars per category could not be told apart); left out of it "
                "but in every table below and in the JSON report: ",
             ng);
        size_t nout = 0;
        for (size_t g = 0; g < G; g++) {
            int drawn = 0;
            for (size_t j = 0; j < ng; j++)
                drawn |= gi[j] == g;
            if (drawn)
                continue;
            if (nout++)
                raw(d, ", ");
            text(d, all->groups[g]);
            rawf(d, " (%zu)", all->group_rows[g]);
        }
        raw(d, ".");
        para_close(d);
    }
    fsc__svg_chart ch;
    memset(&ch, 0, sizeof ch);
    ch.title = "Framing categories by group (whole article)";
    ch.desc = "Mean matches per 1,000 tokens of each category with a match, "
              "by group, with 95% bootstrap CIs";
    ch.x_label = "matches per 1,000 tokens";
    ch.rows = rows;
    ch.n_rows = nc;
    ch.series = s;
    ch.n_series = ng;
    chart(d, "overview", fsc__svg_bars, &ch);
    /* The numbers behind it. */
    table t;
    const char **heads = calloc(ng + 1, sizeof *heads);
    char *align = calloc(ng + 2, 1);
    if (!heads || !align) {
        free(heads);
        free(align);
        d->st = FSC_ENOMEM;
        goto out;
    }
    heads[0] = "Category";
    align[0] = 'l';
    for (size_t j = 0; j < ng; j++) {
        heads[j + 1] = all->groups[gi[j]];
        align[j + 1] = 'r';
    }
    table_open(d, &t, align, heads);
    for (size_t i = 0; i < nc; i++) {
        cell_text(d, &t, rows[i]);
        for (size_t j = 0; j < ng; j++)
            cell_val(d, &t, v[(3 * j) * nc + i]);
    }
    table_close(d, &t);
    free(heads);
    free(align);
out:
    free(gi);
    free(rows);
    free(v);
    free(s);
}

/* One chart per category with a match: groups x voices, CI whiskers. */
static void profiles(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups, C = all->n_categories;
    int voices = r->res[FSC__RV_AUTHORIAL] != NULL;
    heading(d, 2, "profiles", "Framing profile by group");
    para_open(d);
    raw(d, "Mean matches per 1,000 tokens per article, with 95% bootstrap "
           "confidence intervals that resample articles");
    rawf(d, " (%zu resamples, seed %llu)", r->o.bootstrap,
         (unsigned long long)r->o.seed);
    if (voices)
        raw(d, ", split by whose voice the term is in: the outlet's own "
               "(authorial), reported speech attributed to a source, or a "
               "quotation; the three add up to the whole article");
    raw(d, ".");
    para_close(d);

    overview(d);
    const int vs[3] = { FSC__RV_AUTHORIAL, FSC__RV_ATTRIBUTED,
                        FSC__RV_QUOTED };
    size_t ns = voices ? 3 : 1;
    double *v = calloc(3 * G * 3 + 1, sizeof *v);
    if (!v) {
        d->st = FSC_ENOMEM;
        return;
    }
    size_t none = 0, with = 0;
    for (size_t c = 0; c < C; c++)
        with += (size_t)cat_has_matches(all, c);
    int fold = with > 3; /* many categories: each folded, the page short */
    if (fold) {
        para_open(d);
        raw(d, "Each category below is folded: open it for its chart and "
               "numbers by group.");
        para_close(d);
    }
    for (size_t c = 0; c < C && d->st == FSC_OK; c++) {
        if (!cat_has_matches(all, c)) {
            none++;
            continue;
        }
        const char *cat = all->categories[c];
        fsc__svg_series s[3];
        for (size_t k = 0; k < ns; k++) {
            int vi = voices ? vs[k] : FSC__RV_ALL;
            double *m = v + k * 3 * G, *lo = m + G, *hi = m + 2 * G;
            for (size_t g = 0; g < G; g++) {
                const fsc_desc *e = cell_of(r->res[vi], all->groups[g], cat);
                m[g] = e ? e->mean : NAN;
                lo[g] = e ? e->ci_lo : NAN;
                hi[g] = e ? e->ci_hi : NAN;
            }
            s[k].name = voices ? voice_title(vi) : NULL;
            s[k].v = m;
            s[k].lo = lo;
            s[k].hi = hi;
        }
        char title[600], desc[700], slug[48];
        const char *label = fsc__rep_cat_label(r, cat);
        snprintf(title, sizeof title, "%.200s (%.300s)", label, cat);
        snprintf(desc, sizeof desc,
                 "Mean rate of %.300s per 1,000 tokens by group%s, with "
                 "95%% bootstrap CIs",
                 label, voices ? " and voice" : "");
        slugify(cat, slug);
        char anchor[40];
        snprintf(anchor, sizeof anchor, "cat-%zu", c);
        fold_open(d, fold);
        heading_text(d, 3, anchor, label, cat);
        fold_summary_end(d, fold);
        fsc__svg_chart ch;
        memset(&ch, 0, sizeof ch);
        ch.title = title;
        ch.desc = desc;
        ch.x_label = "matches per 1,000 tokens";
        ch.rows = all->groups;
        ch.n_rows = G;
        ch.series = s;
        ch.n_series = ns;
        chart(d, slug, fsc__svg_bars, &ch);

        /* One row per group: the whole article, then each voice. */
        table t;
        static const char *const heads_v[] = {
            "Group", "Articles", "With term", "Mean", "95% CI", "Median",
            "Authorial", "95% CI", "Attributed", "95% CI", "Quoted",
            "95% CI"
        };
        table_open(d, &t, voices ? "lrrrrrrrrrrr" : "lrrrrr", heads_v);
        for (size_t g = 0; g < G; g++) {
            const fsc_desc *e = cell_of(all, all->groups[g], cat);
            cell_text(d, &t, all->groups[g]);
            cell(d, &t);
            rawf(d, "%zu", e->n);
            cell(d, &t);
            rawf(d, "%zu", e->n_nonzero);
            cell_val(d, &t, e->mean);
            cell_ci(d, &t, e->ci_lo, e->ci_hi);
            cell_val(d, &t, e->median);
            for (size_t k = 0; voices && k < 3; k++) {
                const fsc_desc *x = cell_of(r->res[vs[k]], all->groups[g], cat);
                cell_val(d, &t, x ? x->mean : NAN);
                cell_ci(d, &t, x ? x->ci_lo : NAN, x ? x->ci_hi : NAN);
            }
        }
        table_close(d, &t);
        fold_close(d, fold);
    }
    free(v);
    if (none) {
        para_open(d);
        rawf(d, "%zu categor%s without any match in the compared articles: ",
             none, none == 1 ? "y" : "ies");
        size_t k = 0;
        for (size_t c = 0; c < C; c++) {
            if (cat_has_matches(all, c))
                continue;
            if (k++)
                raw(d, ", ");
            text(d, fsc__rep_cat_label(r, all->categories[c]));
        }
        raw(d, ".");
        para_close(d);
    }
}

static void tests_table(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    heading(d, 2, "tests", "Tests across all groups");
    if (all->n_groups < 3) {
        para_open(d);
        raw(d, "Kruskal-Wallis tests need three or more groups.");
        para_close(d);
        return;
    }
    para_open(d);
    rawf(d, "Kruskal-Wallis rank-sum test of each category across the %zu "
            "groups (whole article); p adjusted by Benjamini-Hochberg over "
            "the %zu categories tested.",
         all->n_groups, all->m_kw);
    para_close(d);
    table t;
    static const char *const heads[] = { "Category", "H", "df", "p",
                                         "Adjusted p" };
    table_open(d, &t, "lrrrr", heads);
    for (size_t i = 0; i < all->n_kw; i++) {
        const fsc_compare_kw *k = &all->kw[i];
        cell_text(d, &t, fsc__rep_cat_label(r, all->categories[k->category]));
        cell_num(d, &t, k->test.statistic, 2);
        cell_num(d, &t, k->test.df, 0);
        cell(d, &t);
        pval(d, k->test.p);
        cell(d, &t);
        pval(d, k->p_adj);
    }
    table_close(d, &t);
}

static void keyness(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    heading(d, 2, "keyness", "Terms that set groups apart");
    para_open(d);
    rawf(d, "Fightin' Words (Monroe, Colaresi and Quinn 2008): the "
            "log-odds ratio of each lexicon term between two groups with "
            "a Dirichlet prior (%s, a0 = %g%s), as a z-score; z > 0 leans "
            "to the first group. G\xC2\xB2 with Williams' correction is "
            "given for comparison. Token counts overstate certainty when "
            "one article repeats a term; the article-level tests above do "
            "not.",
         fsc_prior_name(r->o.prior), r->o.prior_a0,
         r->o.prior == FSC_PRIOR_UNIFORM
             ? ", spread evenly over the terms"
             : ": each term gets its share of the tokens");
    para_close(d);
    if (all->keyness_reason || !all->n_keyness) {
        para_open(d);
        text(d, all->keyness_reason ? all->keyness_reason
                                    : "Keyness needs two or more groups.");
        para_close(d);
        return;
    }
    size_t shown = 0;
    for (size_t i = 0; i < all->n_keyness && shown < r->o.max_pairs; i++) {
        const fsc_compare_keyness *k = &all->keyness[i];
        if (!k->n_top)
            continue;
        shown++;
        const char *a = all->groups[k->a], *b = all->groups[k->b];
        char anchor[40], vs[300];
        snprintf(anchor, sizeof anchor, "key-%zu", i);
        snprintf(vs, sizeof vs, "vs %.280s", b);
        heading_text(d, 3, anchor, a, vs);
        if (k->caution) {
            para_open(d);
            text(d, k->caution);
            para_close(d);
        }
        const char **rows = calloc(k->n_top, sizeof *rows);
        double *z = calloc(k->n_top, sizeof *z);
        if (!rows || !z) {
            free(rows);
            free(z);
            d->st = FSC_ENOMEM;
            return;
        }
        for (size_t j = 0; j < k->n_top; j++) {
            rows[j] = k->top[j].term;
            z[j] = k->top[j].k.z;
        }
        char title[400], neg[220], pos[220], slug[48];
        snprintf(title, sizeof title, "Keyness z: %.150s vs %.150s", a, b);
        snprintf(neg, sizeof neg, "more in %.200s", b);
        snprintf(pos, sizeof pos, "more in %.200s", a);
        slugify(title, slug);
        fsc__svg_series s = { NULL, z, NULL, NULL };
        fsc__svg_chart ch;
        memset(&ch, 0, sizeof ch);
        ch.title = title;
        ch.x_label = "log-odds z";
        ch.rows = rows;
        ch.n_rows = k->n_top;
        ch.series = &s;
        ch.n_series = 1;
        ch.neg_caption = neg;
        ch.pos_caption = pos;
        chart(d, slug, fsc__svg_diverging, &ch);
        free(rows);
        free(z);
        table t;
        static const char *const heads[] = { "Term", "Count A", "Count B",
                                             "z", "G\xC2\xB2", "p (G\xC2\xB2)" };
        table_open(d, &t, "lrrrrr", heads);
        for (size_t j = 0; j < k->n_top; j++) {
            const fsc_compare_term *tm = &k->top[j];
            cell_text(d, &t, tm->term);
            cell_num(d, &t, tm->count_a, 0);
            cell_num(d, &t, tm->count_b, 0);
            cell_num(d, &t, tm->k.z, 2);
            cell_num(d, &t, tm->k.g2, 2);
            cell(d, &t);
            pval(d, tm->k.g2_p);
        }
        table_close(d, &t);
    }
    if (all->n_keyness > shown) {
        para_open(d);
        rawf(d, "%zu more pair%s of groups in the JSON report.",
             all->n_keyness - shown, all->n_keyness - shown == 1 ? "" : "s");
        para_close(d);
    }
}

/* Contested terms: for each contrast pair, the share of the first name
 * among the uses of either, per group, with bootstrap CIs. */
static void contested(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups;
    heading(d, 2, "contested", "Contested terms");
    if (!all->n_contrasts) {
        para_open(d);
        raw(d, "The lexicons declare no contrast pairs (categories with "
               "\"contrast\", such as two names of one place).");
        para_close(d);
        return;
    }
    para_open(d);
    raw(d, "For each pair of competing names or frames, the share of the "
           "first among the uses of either in each group, with a 95% "
           "bootstrap CI that resamples the group's articles, and the ratio "
           "of uses. Groups that use neither are not drawn.");
    para_close(d);
    double *v = calloc(3 * G + 1, sizeof *v);
    if (!v) {
        d->st = FSC_ENOMEM;
        return;
    }
    size_t quiet = 0;
    for (size_t i = 0; i < all->n_contrasts && d->st == FSC_OK; i += G) {
        const fsc_compare_contrast *k = &all->contrasts[i];
        double uses = 0;
        for (size_t g = 0; g < G && i + g < all->n_contrasts; g++)
            uses += all->contrasts[i + g].uses_a + all->contrasts[i + g].uses_b;
        const char *la = fsc__rep_cat_label(r, all->categories[k->a]);
        const char *lb = fsc__rep_cat_label(r, all->categories[k->b]);
        if (uses == 0) {
            quiet++;
            continue;
        }
        char anchor[40], vs[600], title[700], slug[48];
        snprintf(anchor, sizeof anchor, "contrast-%zu", i / G);
        snprintf(vs, sizeof vs, "vs %.580s", lb);
        heading_text(d, 3, anchor, la, vs);
        double *m = v, *lo = v + G, *hi = v + 2 * G;
        for (size_t g = 0; g < G; g++) {
            const fsc_compare_contrast *e = &all->contrasts[i + g];
            m[g] = 100 * e->share_a;
            lo[g] = 100 * e->share_lo;
            hi[g] = 100 * e->share_hi;
        }
        snprintf(title, sizeof title, "Share of %.300s", la);
        snprintf(slug, sizeof slug, "contrast-%zu", i / G);
        fsc__svg_series s = { NULL, m, lo, hi };
        fsc__svg_chart ch;
        memset(&ch, 0, sizeof ch);
        ch.title = title;
        ch.x_label = "% of the uses of either";
        ch.rows = all->groups;
        ch.n_rows = G;
        ch.series = &s;
        ch.n_series = 1;
        chart(d, slug, fsc__svg_bars, &ch);
        table t;
        const char *heads[] = { "Group", la, lb, "Articles", "Share %",
                                "95% CI", "Ratio", "95% CI" };
        table_open(d, &t, "lrrrrrrr", heads);
        for (size_t g = 0; g < G; g++) {
            const fsc_compare_contrast *e = &all->contrasts[i + g];
            cell_text(d, &t, all->groups[e->group]);
            cell_num(d, &t, e->uses_a, 0);
            cell_num(d, &t, e->uses_b, 0);
            cell(d, &t);
            rawf(d, "%zu", e->articles);
            cell_val(d, &t, 100 * e->share_a);
            cell_ci(d, &t, 100 * e->share_lo, 100 * e->share_hi);
            cell_val(d, &t, e->ratio);
            cell_ci(d, &t, e->ratio_lo, e->ratio_hi);
        }
        table_close(d, &t);
    }
    free(v);
    if (quiet) {
        para_open(d);
        rawf(d, "%zu pair%s without any use in the compared articles.", quiet,
             quiet == 1 ? "" : "s");
        para_close(d);
    }
}

#define TIMELINE_GROUPS 4   /* lines in one chart; more: small multiples */
#define MULTIPLES_GROUPS 24 /* small multiples drawn at most */

/* Framing over time: per category with matches, the mean rate per period
 * of each (largest) group, with CI bands. */
static void timeline(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *sr = r->sres;
    heading(d, 2, "time", "Framing over time");
    if (!sr || !sr->n_periods) {
        para_open(d);
        raw(d, r->period ? "No article has a valid date (YYYY-MM-DD)."
                         : "No time series was asked for (--period).");
        para_close(d);
        return;
    }
    const size_t G = sr->n_groups, P = sr->n_periods, C = sr->n_categories;
    /* Up to four groups share one chart; beyond, one small chart per
     * group on one scale (eight overlapping CI bands cannot be read). */
    int multiples = G > TIMELINE_GROUPS;
    size_t ng = !multiples ? G : G < MULTIPLES_GROUPS ? G : MULTIPLES_GROUPS;
    para_open(d);
    rawf(d, "Mean matches per 1,000 tokens per %s (",
         fsc_compare_period_name(r->period));
    rawf(d, "%zu periods from ", P);
    text(d, sr->periods[0]);
    raw(d, " to ");
    text(d, sr->periods[P - 1]);
    rawf(d, ", %zu dated articles), with 95%% bootstrap CI bands; a gap is "
            "a period without articles.",
         sr->rows_used);
    if (multiples)
        rawf(d, " With more than %d groups, each group has its own small "
                "chart, all on the same scale per category.",
             TIMELINE_GROUPS);
    if (ng < G)
        rawf(d, " The %zu groups with the most dated articles are drawn; "
                "the JSON report has every group.",
             ng);
    if (C > 1)
        raw(d, " Each category is folded; open it to see its charts and "
                "numbers.");
    para_close(d);
    size_t *gi = calloc(G ? G : 1, sizeof *gi);
    double *v = calloc(3 * ng * P + 1, sizeof *v);
    fsc__svg_series *s = calloc(ng ? ng : 1, sizeof *s);
    if (!gi || !v || !s) {
        d->st = FSC_ENOMEM;
        goto out;
    }
    largest_groups(sr->group_rows, G, ng, gi);
    for (size_t c = 0; c < C && d->st == FSC_OK; c++) {
        if (!cat_has_matches(sr, c))
            continue;
        for (size_t j = 0; j < ng; j++) {
            double *m = v + 3 * j * P, *lo = m + P, *hi = m + 2 * P;
            for (size_t p = 0; p < P; p++) {
                const fsc_desc *e =
                    &sr->series[(gi[j] * P + p) * C + c].desc;
                m[p] = e->n ? e->mean : NAN;
                lo[p] = e->n ? e->ci_lo : NAN;
                hi[p] = e->n ? e->ci_hi : NAN;
            }
            s[j].name = sr->groups[gi[j]];
            s[j].v = m;
            s[j].lo = lo;
            s[j].hi = hi;
        }
        const char *label = fsc__rep_cat_label(r, sr->categories[c]);
        char anchor[40], slug[64], title[400];
        snprintf(anchor, sizeof anchor, "time-%zu", c);
        fold_open(d, C > 1);
        heading_text(d, 3, anchor, label, NULL);
        fold_summary_end(d, C > 1);
        snprintf(title, sizeof title, "%.300s per %s", label,
                 fsc_compare_period_name(r->period));
        slugify(sr->categories[c], slug);
        strncat(slug, "-time", sizeof slug - strlen(slug) - 1);
        fsc__svg_chart ch;
        memset(&ch, 0, sizeof ch);
        ch.title = title;
        ch.x_label = "matches per 1,000 tokens";
        ch.rows = sr->periods;
        ch.n_rows = P;
        ch.series = s;
        ch.n_series = ng;
        if (!multiples) {
            chart(d, slug, fsc__svg_lines, &ch);
        } else {
            /* One scale: the highest CI bound (or mean) of any group. */
            double ymax = 0;
            for (size_t j = 0; j < ng; j++)
                for (size_t p = 0; p < P; p++) {
                    double hv = isfinite(s[j].hi[p]) ? s[j].hi[p] : s[j].v[p];
                    if (isfinite(hv) && hv > ymax)
                        ymax = hv;
                }
            if (!d->md)
                raw(d, "<div class=\"multiples\">\n");
            for (size_t j = 0; j < ng && d->st == FSC_OK; j++) {
                char t1[400], s1[96];
                /* the category is the heading above: the group names the
                   panel */
                snprintf(t1, sizeof t1, "%.300s", sr->groups[gi[j]]);
                snprintf(s1, sizeof s1, "%s-%zu", slug, j);
                fsc__svg_chart one = ch;
                one.title = t1;
                one.series = &s[j];
                one.n_series = 1;
                one.width = 360;
                one.y_max = ymax;
                chart(d, s1, fsc__svg_lines, &one);
            }
            if (!d->md)
                raw(d, "</div>\n");
        }
        /* The data: periods x drawn groups, mean (articles). */
        table t;
        const char **heads = calloc(ng + 1, sizeof *heads);
        char *align = calloc(ng + 2, 1);
        if (!heads || !align) {
            free(heads);
            free(align);
            d->st = FSC_ENOMEM;
            break;
        }
        heads[0] = "Period";
        align[0] = 'l';
        for (size_t j = 0; j < ng; j++) {
            heads[j + 1] = sr->groups[gi[j]];
            align[j + 1] = 'r';
        }
        table_open(d, &t, align, heads);
        for (size_t p = 0; p < P; p++) {
            cell_text(d, &t, sr->periods[p]);
            for (size_t j = 0; j < ng; j++) {
                const fsc_desc *e = &sr->series[(gi[j] * P + p) * C + c].desc;
                cell(d, &t);
                if (!e->n)
                    continue;
                val(d, e->mean);
                rawf(d, " (%zu)", e->n);
            }
        }
        table_close(d, &t);
        free(heads);
        free(align);
        fold_close(d, C > 1);
    }
out:
    free(gi);
    free(v);
    free(s);
}

/* Stacked shares of attributions by side or by type, per group. */
static void attr_stack(doc *d, int side)
{
    const fsc_report *r = d->r;
    const size_t G = r->n_groups;
    size_t n = side ? r->n_sides : r->n_types;
    if (!n)
        return;
    size_t segs = n > MAX_SEGMENTS ? MAX_SEGMENTS + 1 : n;
    double *v = calloc(segs * G + 1, sizeof *v);
    fsc__svg_series *s = calloc(segs, sizeof *s);
    if (!v || !s) {
        free(v);
        free(s);
        d->st = FSC_ENOMEM;
        return;
    }
    for (size_t k = 0; k < segs; k++) {
        s[k].name = k < MAX_SEGMENTS || n <= MAX_SEGMENTS
                        ? (side ? r->side_names[k] : r->type_names[k])
                        : "other";
        s[k].v = v + k * G;
    }
    for (size_t g = 0; g < G; g++)
        for (size_t i = 0; i < n; i++) {
            size_t own = side ? r->side_order[i] : r->type_order[i];
            double x = side ? r->attr[g].by_side[own]
                            : r->attr[g].by_type[own];
            size_t k = i < segs ? i : segs - 1;
            v[k * G + g] += x;
        }
    fsc__svg_chart ch;
    memset(&ch, 0, sizeof ch);
    ch.title = side ? "Attributions by side of the source"
                    : "Attributions by type of source";
    ch.x_label = "% of the group's attributions";
    ch.rows = r->res[FSC__RV_ALL]->groups;
    ch.n_rows = G;
    ch.series = s;
    ch.n_series = segs;
    ch.percent = 1;
    chart(d, side ? "attribution-sides" : "attribution-types",
          fsc__svg_stacked, &ch);
    /* The counts behind the chart. */
    table t;
    const char **heads = calloc(segs + 2, sizeof *heads);
    char *align = calloc(segs + 3, 1);
    if (!heads || !align) {
        free(heads);
        free(align);
        free(v);
        free(s);
        d->st = FSC_ENOMEM;
        return;
    }
    heads[0] = "Group";
    align[0] = 'l';
    for (size_t k = 0; k < segs; k++) {
        heads[k + 1] = s[k].name; /* escaped by table_open */
        align[k + 1] = 'r';
    }
    /* How much of the group's attributions the chart covers: only listed
     * actors have a side (or a type). */
    heads[segs + 1] = side ? "With a side / all attributions"
                           : "With a type / all attributions";
    align[segs + 1] = 'r';
    table_open(d, &t, align, heads);
    for (size_t g = 0; g < G; g++) {
        cell_text(d, &t, r->res[FSC__RV_ALL]->groups[g]);
        double listed = 0;
        for (size_t k = 0; k < segs; k++) {
            cell_num(d, &t, v[k * G + g], 0);
            listed += v[k * G + g];
        }
        cell(d, &t);
        double all_a = r->attr[g].attributions;
        if (all_a > 0)
            rawf(d, "%.0f / %.0f (%.0f%%)", listed, all_a,
                 100.0 * listed / all_a);
        else
            raw(d, "0 / 0");
    }
    table_close(d, &t);
    free(heads);
    free(align);
    free(v);
    free(s);
}

static void attribution(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups;
    heading(d, 2, "attribution", "Whom the groups quote");
    int any = 0;
    for (int p = 0; p < FSC__RP_N; p++)
        any |= r->pres[p] != NULL;
    if (!any && !r->n_sides) {
        para_open(d);
        raw(d, "The score rows carry no attribution profile (score with "
               "the attribution lexicons, the default).");
        para_close(d);
        return;
    }
    para_open(d);
    raw(d, "Per article: the share of word tokens in reported speech "
           "attributed to a source and in quotations, and the share of "
           "attributions to anonymous sources (\xE2\x80\x9C" "officials "
           "said\xE2\x80\x9D), as group means with 95% bootstrap CIs; "
           "then all attributions of each group by the side and type of "
           "the source (actors lexicon).");
    para_close(d);
    static const int ms[3] = { FSC__RP_SHARE_ATTRIBUTED,
                               FSC__RP_SHARE_QUOTED, FSC__RP_ANONYMOUS };
    static const char *const mnames[3] = { "attributed text",
                                           "quoted text",
                                           "anonymous sources" };
    double *v = calloc(9 * G + 1, sizeof *v);
    if (!v) {
        d->st = FSC_ENOMEM;
        return;
    }
    fsc__svg_series s[3];
    for (int k = 0; k < 3; k++) {
        double *m = v + (size_t)k * 3 * G, *lo = m + G, *hi = m + 2 * G;
        for (size_t g = 0; g < G; g++) {
            const fsc_desc *e = cell_of(r->pres[ms[k]], all->groups[g], NULL);
            m[g] = e ? 100 * e->mean : NAN;
            lo[g] = e ? 100 * e->ci_lo : NAN;
            hi[g] = e ? 100 * e->ci_hi : NAN;
        }
        s[k].name = mnames[k];
        s[k].v = m;
        s[k].lo = lo;
        s[k].hi = hi;
    }
    fsc__svg_chart ch;
    memset(&ch, 0, sizeof ch);
    ch.title = "Attributed and quoted text, anonymous sources";
    ch.x_label = "% (mean per article)";
    ch.rows = all->groups;
    ch.n_rows = G;
    ch.series = s;
    ch.n_series = 3;
    chart(d, "attribution-shares", fsc__svg_bars, &ch);
    free(v);

    table t;
    static const char *const heads[] = {
        "Group", "Articles", "Attributed text %", "95% CI", "Quoted text %",
        "95% CI", "Anonymous %", "95% CI", "Side diversity", "Sources"
    };
    table_open(d, &t, "lrrrrrrrrr", heads);
    for (size_t g = 0; g < G; g++) {
        cell_text(d, &t, all->groups[g]);
        const fsc_desc *e = cell_of(r->pres[FSC__RP_SHARE_ATTRIBUTED],
                                    all->groups[g], NULL);
        cell(d, &t);
        rawf(d, "%zu", e ? e->n : 0);
        for (int k = 0; k < 3; k++) {
            e = cell_of(r->pres[ms[k]], all->groups[g], NULL);
            cell_val(d, &t, e ? 100 * e->mean : NAN);
            cell_ci(d, &t, e ? 100 * e->ci_lo : NAN,
                    e ? 100 * e->ci_hi : NAN);
        }
        e = cell_of(r->pres[FSC__RP_DIVERSITY], all->groups[g], NULL);
        cell_val(d, &t, e ? e->mean : NAN);
        e = cell_of(r->pres[FSC__RP_SOURCES], all->groups[g], NULL);
        cell_val(d, &t, e ? e->mean : NAN);
    }
    table_close(d, &t);
    /* Sides and types come from one actors list: say so, and how much of
     * the attributions it covers, before the charts that show them. */
    double all_a = 0, sided = 0;
    for (size_t g = 0; g < G; g++) {
        all_a += r->attr[g].attributions;
        for (size_t i = 0; i < r->n_sides; i++)
            sided += r->attr[g].by_side[r->side_order[i]];
    }
    if (r->n_sides || r->n_types) {
        para_open(d);
        rawf(d, "Only sources listed in the actors lexicon have a side and "
                "a type (the bundled list covers the parties of the "
                "conflicts it was written for); named people and bodies "
                "outside it, anonymous and unresolved sources have none. "
                "Of the %.0f attributions in these articles, %.0f (%.1f%%) "
                "are to a listed actor with a side; the charts below show "
                "only those, as shares of each group's attributions with a "
                "side (or a type), and the tables give each group's "
                "coverage.",
             all_a, sided, all_a > 0 ? 100.0 * sided / all_a : 0.0);
        para_close(d);
    }
    attr_stack(d, 1);
    attr_stack(d, 0);
}

static void top_articles(doc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    heading(d, 2, "articles", "Articles with the highest rates");
    para_open(d);
    rawf(d,
         "Up to %zu articles per category, by matches per 1,000 tokens, "
         "among articles of at least %zu tokens (shorter ones, whose rates "
         "swing with a single match, are left out; --top-min-tokens).",
         r->o.top_articles, r->o.top_min_tokens);
    if (r->n_views)
        raw(d, " Linked articles are shown with every match highlighted "
               "in the section that follows.");
    raw(d, " Any article can be shown that way with ");
    code(d, "framescope show CORPUS --id ID --html");
    raw(d, ".");
    para_close(d);
    for (size_t c = 0; c < all->n_categories; c++) {
        if (!r->n_top_by_cat[c])
            continue;
        char anchor[40];
        snprintf(anchor, sizeof anchor, "top-%zu", c);
        heading_text(d, 3, anchor, fsc__rep_cat_label(r, all->categories[c]),
                     NULL);
        table t;
        static const char *const heads[] = { "Article", "Outlet", "Date",
                                             "Title", "Matches", "Rate" };
        table_open(d, &t, "llllrr", heads);
        for (size_t k = 0; k < r->n_top_by_cat[c]; k++) {
            const fsc__rep_top *a = &r->top_by_cat[c][k];
            int linked = a->view >= 0 && r->views[a->view].html;
            cell(d, &t);
            if (linked)
                rawf(d, d->md ? "[" : "<a href=\"#view-%ld\">", a->view);
            text(d, a->id ? a->id : "(no id)");
            if (linked) {
                if (d->md)
                    rawf(d, "](#view-%ld)", a->view);
                else
                    raw(d, "</a>");
            }
            cell_text(d, &t, a->outlet);
            cell_text(d, &t, a->date);
            cell(d, &t);
            if (!d->md)
                raw(d, "<bdi>");
            text(d, a->title);
            if (!d->md)
                raw(d, "</bdi>");
            cell_num(d, &t, a->count, 0);
            cell_num(d, &t, a->rate, 2);
        }
        table_close(d, &t);
    }
}

static void views(doc *d)
{
    const fsc_report *r = d->r;
    if (!r->n_views)
        return;
    heading(d, 2, "views", "Highlighted articles");
    size_t shown = 0;
    for (size_t i = 0; i < r->n_views; i++)
        shown += r->views[i].html != NULL;
    if (!shown) {
        para_open(d);
        raw(d, "The texts of the articles were not given to the report "
               "(it read score rows). Show one with every match "
               "highlighted with ");
        code(d, "framescope show CORPUS --id ID --html");
        raw(d, ", or give the corpus to the report with ");
        code(d, "--corpus");
        raw(d, ".");
        para_close(d);
        return;
    }
    para_open(d);
    rawf(d, "%zu articles from ", shown);
    text(d, r->views_source ? r->views_source : "the corpus");
    raw(d, ". Framing terms are highlighted by category; the underline "
           "shows the voice (solid: authorial, dashed: attributed, dotted: "
           "quoted); reporting cues are boxed and sources underlined "
           "twice, numbered by attribution.");
    para_close(d);
    if (d->md) {
        para_open(d);
        raw(d, "The highlighted views are in the HTML report.");
        para_close(d);
        return;
    }
    /* The key to voices, modifiers and attributions once; each view
     * keeps its line of categories. Each view is folded (no script). */
    raw(d, "<section class=\"legend\">\n");
    raw(d, fsc_show_html_legend_key());
    raw(d, "</section>\n");
    for (size_t i = 0; i < r->n_views; i++) {
        if (!r->views[i].html)
            continue;
        rawf(d, "<details class=\"fold view\" id=\"view-%zu\"%s><summary>"
                "Article ",
             i, i == 0 ? " open" : "");
        text(d, r->views[i].id ? r->views[i].id : "");
        raw(d, "</summary>\n");
        if (d->st == FSC_OK)
            d->st = fsc__buf_add(d->b, r->views[i].html, r->views[i].len);
        raw(d, "</details>\n");
    }
}

static void reasons_list(doc *d, const char *what,
                         const fsc_compare_reason *rs, size_t n)
{
    if (!n)
        return;
    para_open(d);
    raw(d, what);
    raw(d, ": ");
    for (size_t i = 0; i < n; i++) {
        if (i)
            raw(d, "; ");
        text(d, rs[i].reason);
        rawf(d, " (%zu)", rs[i].count);
    }
    raw(d, ".");
    para_close(d);
}

static void records(doc *d)
{
    const fsc_compare_result *all = d->r->res[FSC__RV_ALL];
    heading(d, 2, "records", "Records");
    para_open(d);
    rawf(d, "Every input record is accounted for: %zu read = %zu used + "
            "%zu skipped + %zu filtered + %zu invalid.",
         all->rows_read, all->rows_used, all->rows_skipped,
         all->rows_filtered, all->rows_invalid);
    para_close(d);
    reasons_list(d, "Skipped by the scorer", all->skipped_reasons,
                 all->n_skipped_reasons);
    reasons_list(d, "Filtered out", all->filtered_reasons,
                 all->n_filtered_reasons);
    reasons_list(d, "Not valid score rows (first ones)", all->invalid_reasons,
                 all->n_invalid_reasons);
}

static void methods(doc *d)
{
    const fsc_report *r = d->r;
    heading(d, 2, "methods", "Methods and reproducibility");
    table t;
    static const char *const heads[] = { "Item", "Value" };
    table_open(d, &t, "ll", heads);
    cell_text(d, &t, "framescope");
    cell_text(d, &t, fsc_version());
    cell_text(d, &t, "ICU / Unicode");
    cell(d, &t);
    text(d, fsc_icu_version());
    raw(d, " / ");
    text(d, fsc_unicode_version());
    cell_text(d, &t, "GSL / cJSON");
    cell(d, &t);
    text(d, GSL_VERSION);
    raw(d, " / ");
    text(d, cJSON_Version());
    cell_text(d, &t, "Grouping");
    cell_text(d, &t, r->by);
    if (r->restricted) {
        cell_text(d, &t, "Categories");
        cell(d, &t);
        for (size_t i = 0; i < r->n_framing; i++) {
            if (i)
                raw(d, ", ");
            text(d, r->framing[i]);
        }
    }
    for (size_t i = 0; i < r->o.n_where; i++) {
        cell_text(d, &t, "Filter");
        cell_text(d, &t, r->where[i]);
    }
    if (r->from || r->to) {
        cell_text(d, &t, "Dates");
        cell(d, &t);
        text(d, r->from ? r->from : "\xE2\x80\xA6");
        raw(d, " to ");
        text(d, r->to ? r->to : "\xE2\x80\xA6");
    }
    cell_text(d, &t, "Bootstrap");
    cell(d, &t);
    rawf(d, "%zu resamples of articles, percentile CI, level %g, seed %llu",
         r->o.bootstrap, r->o.level, (unsigned long long)r->o.seed);
    cell_text(d, &t, "Tests");
    cell_text(d, &t, r->o.test == FSC_TEST_WELCH
                         ? "Welch two-sample t test (differences listed; "
                           "effect size Hedges' g), Mann-Whitney U in the "
                           "JSON report, Kruskal-Wallis; Benjamini-Hochberg "
                           "per test family"
                         : "Mann-Whitney U (differences listed; effect size "
                           "Cliff's delta), Welch t test in the JSON report, "
                           "Kruskal-Wallis; Benjamini-Hochberg per test "
                           "family");
    cell_text(d, &t, "Alpha");
    cell_num(d, &t, r->o.alpha, 3);
    cell_text(d, &t, "Smallest effect listed");
    cell_num(d, &t,
             r->res[FSC__RV_ALL]
                 ? fsc_compare_min_effect(&r->res[FSC__RV_ALL]->opts)
                 : (double)NAN,
             3);
    cell_text(d, &t, "Smallest group listed (articles)");
    cell_num(d, &t, (double)r->o.min_group, 0);
    cell_text(d, &t, "Time series");
    cell_text(d, &t, fsc_compare_period_name(r->period));
    cell_text(d, &t, "Keyness prior");
    cell(d, &t);
    rawf(d, "%s, a0 = %g", fsc_prior_name(r->o.prior), r->o.prior_a0);
    if (r->command) {
        cell_text(d, &t, "Command");
        cell(d, &t);
        code(d, r->command);
    }
    if (r->timestamp) {
        cell_text(d, &t, "Generated");
        cell_text(d, &t, r->timestamp);
    }
    table_close(d, &t);

    /* The lexicons that made the numbers: the set the rows were scored
     * with (compare refuses rows of two sets); only rows without one fall
     * back to the lexicons loaded for this report. */
    const char *rows_set = r->res[FSC__RV_ALL]
                               ? r->res[FSC__RV_ALL]->lexicon_set
                               : NULL;
    cJSON *set = rows_set ? cJSON_Parse(rows_set) : NULL;
    const cJSON *setlx = cJSON_GetObjectItemCaseSensitive(set, "lexicons");
    if (cJSON_IsArray(setlx)) {
        para_open(d);
        text(d, "The rows were scored with these lexicons (lexicon_set in "
                "the rows)");
        const cJSON *op = cJSON_GetObjectItemCaseSensitive(set, "options");
        const cJSON *cl = cJSON_GetObjectItemCaseSensitive(op, "clitics");
        const cJSON *ta = cJSON_GetObjectItemCaseSensitive(op, "ta_marbuta");
        const cJSON *wn = cJSON_GetObjectItemCaseSensitive(op, "window");
        if (cJSON_IsBool(cl) && cJSON_IsBool(ta) && cJSON_IsNumber(wn))
            rawf(d, "; Arabic clitics %s, ta marbuta folded %s, modifier "
                    "window %d words",
                 cJSON_IsTrue(cl) ? "stripped" : "kept",
                 cJSON_IsTrue(ta) ? "yes" : "no", wn->valueint);
        /* whether article titles were scored (their own zone, counted in
         * the rates' numerators and denominators) */
        const cJSON *ti = cJSON_GetObjectItemCaseSensitive(op, "titles");
        if (cJSON_IsBool(ti))
            text(d, cJSON_IsTrue(ti)
                        ? "; article titles scored as their own zone, their "
                          "matches and tokens counted with those of the text"
                        : "; article titles not scored (--no-title)");
        else
            text(d, "; article titles not scored (rows from a version "
                    "that scored the text only)");
        text(d, ".");
        para_close(d);
        static const char *const lh[] = { "Lexicon", "Version", "Layer",
                                          "SHA-256" };
        table_open(d, &t, "lllr", lh);
        const cJSON *e;
        cJSON_ArrayForEach(e, setlx) {
            const char *f[] = { "name", "version", "layer" };
            for (int k = 0; k < 3; k++) {
                const cJSON *v = cJSON_GetObjectItemCaseSensitive(e, f[k]);
                cell_text(d, &t, cJSON_IsString(v) ? v->valuestring : "");
            }
            const cJSON *h = cJSON_GetObjectItemCaseSensitive(e, "sha256");
            cell(d, &t);
            code(d, cJSON_IsString(h) ? h->valuestring : "");
        }
        table_close(d, &t);
    } else if (r->m && fsc_model_n_lexicons(r->m)) {
        para_open(d);
        text(d, "The rows carry no lexicon set (scored by an older "
                "framescope): the lexicons below are those loaded for this "
                "report, which may not be the ones the rows were scored "
                "with.");
        para_close(d);
        static const char *const lh[] = { "Lexicon", "Version", "Layer",
                                          "Entries", "SHA-256" };
        table_open(d, &t, "llllr", lh);
        for (size_t i = 0; i < fsc_model_n_lexicons(r->m); i++) {
            const fsc_lexicon *lx = fsc_model_lexicon(r->m, i);
            cell_text(d, &t, fsc_lexicon_name(lx));
            cell_text(d, &t, fsc_lexicon_version(lx));
            cell_text(d, &t, fsc_lexicon_layer(lx) == FSC_LAYER_ATTRIBUTION
                                 ? "attribution"
                                 : "framing");
            cell(d, &t);
            rawf(d, "%zu", fsc_lexicon_n_entries(lx));
            cell(d, &t);
            code(d, fsc_lexicon_sha256(lx));
        }
        table_close(d, &t);
    }
    cJSON_Delete(set);
    if (r->n_inputs) {
        static const char *const ih[] = { "Input", "Kind", "Bytes",
                                          "SHA-256" };
        table_open(d, &t, "llrr", ih);
        for (size_t i = 0; i < r->n_inputs; i++) {
            cell_text(d, &t, r->inputs[i].name);
            cell_text(d, &t, r->inputs[i].kind);
            cell(d, &t);
            rawf(d, "%llu", (unsigned long long)r->inputs[i].bytes);
            cell(d, &t);
            code(d, r->inputs[i].sha256);
        }
        table_close(d, &t);
    }
}

/* ---- page ---------------------------------------------------------------- */

static const char *const page_css =
    ":root{color-scheme:light}\n"
    "body{margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#111;"
    "background:#fff;font:15px/1.5 system-ui,\"Noto Sans\",\"DejaVu Sans\","
    "\"Noto Naskh Arabic\",sans-serif}\n"
    "h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.35rem;margin-top:"
    "2.2rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}\n"
    "h3{font-size:1.1rem;margin-top:1.6rem}h3 small{color:#555;"
    "font-weight:normal}\n"
    "nav ol{columns:2;font-size:.95rem}\n"
    ".multiples{display:grid;grid-template-columns:repeat(auto-fill,"
    "minmax(300px,1fr));gap:0 .8rem}.multiples figure{margin:.2rem 0}"
    "details.fold{margin:.2rem 0;border-bottom:1px solid #e3e3e3}"
    "details.fold>summary{cursor:pointer;list-style-position:outside}"
    "details.fold>summary>h3,details.fold>summary>h4{display:inline;"
    "margin:0}"
    "@media print{details.fold>*{display:block}}"
    "figure{margin:.6rem 0;overflow-x:auto}figure svg{max-width:100%;"
    "height:auto}\n"
    ".tw{overflow-x:auto;margin:.4rem 0 1rem}\n"
    "table{border-collapse:collapse;font-size:.9rem}\n"
    "th,td{border:1px solid #ccc;padding:.15rem .5rem;text-align:start;"
    "vertical-align:top}\n"
    "th{background:#f2f2f2}td.n,th.n{text-align:end;"
    "font-variant-numeric:tabular-nums}\n"
    "ul.findings li{margin:.35rem 0}\n"
    "code{font-size:.85em;word-break:break-all}\n"
    ".view{border:1px solid #bbb;border-radius:4px;padding:.5rem 1rem;"
    "margin:1.2rem 0}\n"
    ".view h2{font-size:1.05rem;border:0;margin:1rem 0 .4rem}"
    ".view header h1{font-size:1.3rem}\n"
    "@media print{body{max-width:none;padding:0;font-size:10pt}"
    "h2{break-before:auto}figure,tr,li{break-inside:avoid}"
    ".tw,figure{overflow:visible}}\n";

static void toc(doc *d)
{
    const fsc_report *r = d->r;
    static const char *const ids[] = {
        "summary", "findings", "profiles", "tests", "keyness", "contested",
        "attribution", "time", "articles", "views", "records", "methods"
    };
    static const char *const names[] = {
        "Summary", "Differences between groups", "Framing profile by group",
        "Tests across all groups", "Terms that set groups apart",
        "Contested terms", "Whom the groups quote", "Framing over time",
        "Articles with the highest rates", "Highlighted articles", "Records",
        "Methods and reproducibility"
    };
    if (d->md)
        return;
    raw(d, "<nav><ol>");
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        if (strcmp(ids[i], "views") == 0 && !r->n_views)
            continue;
        rawf(d, "<li><a href=\"#%s\">%s</a></li>", ids[i], names[i]);
    }
    raw(d, "</ol></nav>\n");
}

static void body(doc *d)
{
    summary(d);
    findings(d);
    profiles(d);
    tests_table(d);
    keyness(d);
    contested(d);
    attribution(d);
    timeline(d);
    top_articles(d);
    views(d);
    records(d);
    methods(d);
}

void fsc_report_files_free(fsc_report_file *files, size_t n)
{
    for (size_t i = 0; files && i < n; i++) {
        free(files[i].name);
        free(files[i].data);
    }
    free(files);
}

fsc_status fsc__report_render_json(const fsc_report *r, char **out,
                                   size_t *len, fsc_error *err);

fsc_status fsc_report_render(const fsc_report *r, fsc_report_format fmt,
                             const char *charts_dir, char **out, size_t *len,
                             fsc_report_file **files, size_t *n_files,
                             fsc_error *err)
{
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (files)
        *files = NULL;
    if (n_files)
        *n_files = 0;
    if (!r || !out)
        return fsc__fail(err, FSC_EINVAL, "report_render: NULL argument");
    if (!r->ran)
        return fsc__fail(err, FSC_EINVAL, "report_render: before run");
    if (fmt == FSC_REPORT_JSON)
        return fsc__report_render_json(r, out, len, err);
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    doc d;
    memset(&d, 0, sizeof d);
    d.r = r;
    d.b = &b;
    d.md = fmt == FSC_REPORT_MD;
    d.dir = charts_dir ? charts_dir : "charts";
    fsc__buf_init(&d.tmp, FSC_BUF_DEFAULT_CAP);
    if (d.md) {
        raw(&d, "# ");
        text(&d, r->title);
        raw(&d, "\n\n");
    } else {
        raw(&d, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                "<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" "
                "content=\"default-src 'none'; style-src 'unsafe-inline'; "
                "script-src 'none'; img-src 'none'; font-src 'none'; "
                "connect-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                "<meta name=\"referrer\" content=\"no-referrer\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, "
                "initial-scale=1\">\n<meta name=\"generator\" "
                "content=\"framescope ");
        text(&d, fsc_version());
        raw(&d, "\">\n<title>");
        text(&d, r->title);
        raw(&d, "</title>\n<style>\n");
        raw(&d, page_css);
        raw(&d, fsc_show_html_css());
        raw(&d, "</style>\n</head>\n<body>\n<h1>");
        text(&d, r->title);
        raw(&d, "</h1>\n");
        toc(&d);
    }
    body(&d);
    if (!d.md)
        raw(&d, "</body>\n</html>\n");
    else
        raw(&d, "\n");
    fsc__buf_free(&d.tmp);
    fsc_status st = d.st;
    if (st == FSC_OK)
        st = fsc__buf_take(&b, out, len);
    fsc__buf_free(&b);
    if (st != FSC_OK) {
        fsc_report_files_free(d.files, d.n_files);
        return fsc__fail(err, st, "cannot render the report: %s",
                         fsc_strerror(st));
    }
    if (files) {
        *files = d.files;
        *n_files = d.n_files;
    } else {
        fsc_report_files_free(d.files, d.n_files);
    }
    return FSC_OK;
}
