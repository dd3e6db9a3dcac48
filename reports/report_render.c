/*
 * report_render.c - the report as one standalone HTML page or as Markdown
 * with SVG chart files beside it.
 *
 * Both formats are written by the same section code through a small
 * document writer (report_doc.c, fsc__rd_*): headings, paragraphs, tables
 * and charts. Text that came from articles or lexicons (group names,
 * titles, terms, ids, reasons) only ever goes through fsc__rd_text(),
 * which escapes it for the format: HTML references and visible escapes for
 * controls and bidi controls (format.c), and in Markdown also backslashes
 * before the characters Markdown would interpret. Charts are drawn by
 * svg.c, which escapes its own text.
 *
 * This file holds the sections on the groups' framing (summary, findings,
 * overview, profiles, tests, keyness, contested terms, timeline) and the
 * page; report_sections.c those on attribution and the articles.
 *
 * The HTML page has no script and a Content-Security-Policy that forbids
 * every load, so it opens offline and prints as it shows.
 */
#include "framescope/report.h"

#include "buf.h"
#include "format.h"
#include "framescope/show.h"
#include "internal.h"
#include "report_doc.h"
#include "report_int.h"
#include "svg.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_version.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- sections ------------------------------------------------------------ */

static void summary(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    fsc__rd_heading(d, 2, "summary", "Summary");
    fsc__rd_para_open(d);
    fsc__rd_rawf(d,
                 "%zu records read: %zu used in the comparison, %zu skipped by "
                 "the scorer, %zu filtered out, %zu not valid score rows. ",
                 all->rows_read, all->rows_used, all->rows_skipped,
                 all->rows_filtered, all->rows_invalid);
    fsc__rd_rawf(d, "%zu group%s by ", all->n_groups,
                 all->n_groups == 1 ? "" : "s");
    fsc__rd_code(d, r->by);
    fsc__rd_raw(d, ". ");
    if (r->rows_dated) {
        fsc__rd_rawf(d,
                     "Dates from %.10s to %.10s (%zu of %zu articles dated). ",
                     r->date_min, r->date_max, r->rows_dated, r->rows_seen);
    } else {
        fsc__rd_raw(d, "No article has a date. ");
    }
    if (r->n_langs) {
        fsc__rd_raw(d, "Languages: ");
        for (size_t i = 0; i < r->n_langs; i++) {
            if (i)
                fsc__rd_raw(d, ", ");
            fsc__rd_text(d, r->lang_list[i].name);
            fsc__rd_rawf(d, " (%zu)", r->lang_list[i].n);
        }
        fsc__rd_raw(d, ".");
    }
    fsc__rd_para_close(d);

    fsc__rtable t;
    static const char *const heads[] = { "Group", "Articles",
                                         "With a framing term", "%" };
    fsc__rd_table_open(d, &t, "lrrr", heads);
    for (size_t g = 0; g < all->n_groups; g++) {
        fsc__rd_cell_text(d, &t, all->groups[g]);
        fsc__rd_cell(d, &t);
        fsc__rd_rawf(d, "%zu", all->group_rows[g]);
        fsc__rd_cell(d, &t);
        fsc__rd_rawf(d, "%zu", r->attr[g].with_match);
        fsc__rd_cell_num(d, &t,
                         all->group_rows[g]
                             ? 100.0 * (double)r->attr[g].with_match /
                                   (double)all->group_rows[g]
                             : NAN,
                         1);
    }
    fsc__rd_table_close(d, &t);
    /* Scoped lexicons count only the matches of articles (or paragraphs)
     * in their scope: say how many articles of each group are in it. */
    for (size_t s = 0; s < all->n_scopes; s++) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d, "Articles in the scope of ");
        fsc__rd_code(d, all->scopes[s]);
        fsc__rd_raw(d, " (its categories count only matches in scope): ");
        for (size_t g = 0; g < all->n_groups; g++) {
            if (g)
                fsc__rd_raw(d, ", ");
            fsc__rd_text(d, all->groups[g]);
            fsc__rd_rawf(d, " %zu of %zu", all->scope_in[g * all->n_scopes + s],
                         all->scope_rows[g * all->n_scopes + s]);
        }
        fsc__rd_raw(d, ".");
        fsc__rd_para_close(d);
    }
}

static void findings(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const int welch = r->o.test == FSC_TEST_WELCH;
    const char *es = welch ? "Hedges' g" : "Cliff's \xCE\xB4";
    fsc__rd_heading(d, 2, "findings", "Differences between groups");
    fsc__rd_para_open(d);
    fsc__rd_rawf(
        d,
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
        fsc__rd_rawf(d, "; the %zu largest are listed", r->n_find);
    fsc__rd_raw(d, ". Rates are matches per 1,000 tokens of the article");
    if (welch)
        fsc__rd_raw(d, "; intervals are 95% Welch confidence intervals of the "
                       "difference of means");
    fsc__rd_raw(d, ".");
    fsc__rd_para_close(d);
    /* Groups too small to be stated about. */
    if (all) {
        int any = 0;
        for (size_t g = 0; g < all->n_groups; g++) {
            if (all->group_rows[g] >= r->o.min_group)
                continue;
            if (!any) {
                fsc__rd_para_open(d);
                fsc__rd_rawf(
                    d, "Not compared in words (fewer than %zu articles): ",
                    r->o.min_group);
            } else {
                fsc__rd_raw(d, ", ");
            }
            fsc__rd_text(d, all->groups[g]);
            fsc__rd_rawf(d, " (%zu)", all->group_rows[g]);
            any = 1;
        }
        if (any) {
            fsc__rd_raw(d, ".");
            fsc__rd_para_close(d);
        }
    }
    if (!r->n_find) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d, "No difference reaches the thresholds.");
        fsc__rd_para_close(d);
        return;
    }
    fsc__rd_raw(d, d->md ? "" : "<ul class=\"findings\">\n");
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
        fsc__rd_raw(d, d->md ? "- " : "<li>");
        fsc__rd_text(d, hi_g);
        fsc__rd_raw(d, " uses ");
        fsc__rd_text(d, fsc__rep_cat_label(r, cat));
        fsc__rd_raw(d, " terms");
        if (f->voice == FSC__RV_AUTHORIAL)
            fsc__rd_raw(d, " in its own voice");
        if (dl->mean == 0 && dh->mean > 0) {
            fsc__rd_raw(d, "; ");
            fsc__rd_text(d, lo_g);
            fsc__rd_raw(d, f->voice == FSC__RV_AUTHORIAL
                               ? " never does in its own voice"
                               : " never does");
        } else if (welch && dl->mean > 0) {
            fsc__rd_raw(d, " ");
            fsc__rd_num(d, dh->mean / dl->mean, 1);
            fsc__rd_raw(d, "\xC3\x97 as often as ");
            fsc__rd_text(d, lo_g);
        } else {
            fsc__rd_raw(d, " more than ");
            fsc__rd_text(d, lo_g);
        }
        fsc__rd_raw(d, " (");
        fsc__rd_raw(d, es);
        fsc__rd_raw(d, " ");
        fsc__rd_num(d, fabs(f->effect), 2);
        if (!welch && isfinite(p->effect.cliff_lo) &&
            isfinite(p->effect.cliff_hi)) {
            /* the interval of the effect that orders the sentence */
            fsc__rd_raw(d, ", 95% CI ");
            fsc__rd_num(d, swap ? -p->effect.cliff_hi : p->effect.cliff_lo, 2);
            fsc__rd_raw(d, " to ");
            fsc__rd_num(d, swap ? -p->effect.cliff_lo : p->effect.cliff_hi, 2);
        }
        fsc__rd_raw(d, "; ");
        fsc__rd_val(d, dh->mean);
        fsc__rd_raw(d, " vs ");
        fsc__rd_val(d, dl->mean);
        fsc__rd_raw(d, " per 1,000 tokens");
        if (welch) {
            fsc__rd_raw(d, "; difference ");
            fsc__rd_val(d, dh->mean - dl->mean);
            fsc__rd_raw(d, ", 95% CI ");
            fsc__rd_val(d, lo);
            fsc__rd_raw(d, " to ");
            fsc__rd_val(d, hi);
        }
        fsc__rd_raw(d, welch ? "; Welch adjusted p "
                             : "; Mann-Whitney adjusted p ");
        if (f->p_adj < 0.001)
            fsc__rd_raw(d, d->md ? "\\< 0.001" : "&lt; 0.001");
        else
            fsc__rd_rawf(d, "= %.3f", f->p_adj);
        fsc__rd_rawf(d, "; %zu vs %zu articles).", dh->n, dl->n);
        fsc__rd_raw(d, d->md ? "\n" : "</li>\n");
    }
    fsc__rd_raw(d, d->md ? "\n" : "</ul>\n");
}

#define OVERVIEW_GROUPS 8 /* series of the overview chart */

/* gi[0..ng): the ng groups with the most articles (ties: the earlier
 * group), in group (name) order. gi needs room for G entries. */
static void largest_groups(const size_t *rows, size_t G, size_t ng, size_t *gi)
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
static void overview(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups, C = all->n_categories;
    size_t nc = 0;
    for (size_t c = 0; c < C; c++)
        nc += (size_t)fsc__rd_cat_has_matches(all, c);
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
        if (!fsc__rd_cat_has_matches(all, c))
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
    fsc__rd_heading(d, 3, "overview", "Overview");
    if (ng < G) {
        /* Say which groups are left out of the chart, and why. */
        fsc__rd_para_open(d);
        fsc__rd_rawf(
            d,
            "The chart draws the %zu groups with the most articles (more "
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
                fsc__rd_raw(d, ", ");
            fsc__rd_text(d, all->groups[g]);
            fsc__rd_rawf(d, " (%zu)", all->group_rows[g]);
        }
        fsc__rd_raw(d, ".");
        fsc__rd_para_close(d);
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
    fsc__rd_chart(d, "overview", fsc__svg_bars, &ch);
    /* The numbers behind it. */
    fsc__rtable t;
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
    fsc__rd_table_open(d, &t, align, heads);
    for (size_t i = 0; i < nc; i++) {
        fsc__rd_cell_text(d, &t, rows[i]);
        for (size_t j = 0; j < ng; j++)
            fsc__rd_cell_val(d, &t, v[(3 * j) * nc + i]);
    }
    fsc__rd_table_close(d, &t);
    free(heads);
    free(align);
out:
    free(gi);
    free(rows);
    free(v);
    free(s);
}

/* One chart per category with a match: groups x voices, CI whiskers. */
static void profiles(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups, C = all->n_categories;
    int voices = r->res[FSC__RV_AUTHORIAL] != NULL;
    fsc__rd_heading(d, 2, "profiles", "Framing profile by group");
    fsc__rd_para_open(d);
    fsc__rd_raw(d,
                "Mean matches per 1,000 tokens per article, with 95% bootstrap "
                "confidence intervals that resample articles");
    fsc__rd_rawf(d, " (%zu resamples, seed %llu)", r->o.bootstrap,
                 (unsigned long long)r->o.seed);
    if (voices)
        fsc__rd_raw(d,
                    ", split by whose voice the term is in: the outlet's own "
                    "(authorial), reported speech attributed to a source, or a "
                    "quotation; the three add up to the whole article");
    fsc__rd_raw(d, ".");
    fsc__rd_para_close(d);

    overview(d);
    const int vs[3] = { FSC__RV_AUTHORIAL, FSC__RV_ATTRIBUTED, FSC__RV_QUOTED };
    size_t ns = voices ? 3 : 1;
    double *v = calloc(3 * G * 3 + 1, sizeof *v);
    if (!v) {
        d->st = FSC_ENOMEM;
        return;
    }
    size_t none = 0, with = 0;
    for (size_t c = 0; c < C; c++)
        with += (size_t)fsc__rd_cat_has_matches(all, c);
    int fold = with > 3; /* many categories: each folded, the page short */
    if (fold) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d,
                    "Each category below is folded: open it for its chart and "
                    "numbers by group.");
        fsc__rd_para_close(d);
    }
    for (size_t c = 0; c < C && d->st == FSC_OK; c++) {
        if (!fsc__rd_cat_has_matches(all, c)) {
            none++;
            continue;
        }
        const char *cat = all->categories[c];
        fsc__svg_series s[3];
        for (size_t k = 0; k < ns; k++) {
            int vi = voices ? vs[k] : FSC__RV_ALL;
            double *m = v + k * 3 * G, *lo = m + G, *hi = m + 2 * G;
            for (size_t g = 0; g < G; g++) {
                const fsc_desc *e =
                    fsc__rd_cell_of(r->res[vi], all->groups[g], cat);
                m[g] = e ? e->mean : NAN;
                lo[g] = e ? e->ci_lo : NAN;
                hi[g] = e ? e->ci_hi : NAN;
            }
            s[k].name = voices ? fsc__rd_voice_title(vi) : NULL;
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
        fsc__rd_slugify(cat, slug);
        char anchor[40];
        snprintf(anchor, sizeof anchor, "cat-%zu", c);
        fsc__rd_fold_open(d, fold);
        fsc__rd_heading_text(d, 3, anchor, label, cat);
        fsc__rd_fold_summary_end(d, fold);
        fsc__svg_chart ch;
        memset(&ch, 0, sizeof ch);
        ch.title = title;
        ch.desc = desc;
        ch.x_label = "matches per 1,000 tokens";
        ch.rows = all->groups;
        ch.n_rows = G;
        ch.series = s;
        ch.n_series = ns;
        fsc__rd_chart(d, slug, fsc__svg_bars, &ch);

        /* One row per group: the whole article, then each voice. */
        fsc__rtable t;
        static const char *const heads_v[] = {
            "Group",     "Articles", "With term",  "Mean",   "95% CI", "Median",
            "Authorial", "95% CI",   "Attributed", "95% CI", "Quoted", "95% CI"
        };
        fsc__rd_table_open(d, &t, voices ? "lrrrrrrrrrrr" : "lrrrrr", heads_v);
        for (size_t g = 0; g < G; g++) {
            const fsc_desc *e = fsc__rd_cell_of(all, all->groups[g], cat);
            fsc__rd_cell_text(d, &t, all->groups[g]);
            fsc__rd_cell(d, &t);
            fsc__rd_rawf(d, "%zu", e->n);
            fsc__rd_cell(d, &t);
            fsc__rd_rawf(d, "%zu", e->n_nonzero);
            fsc__rd_cell_val(d, &t, e->mean);
            fsc__rd_cell_ci(d, &t, e->ci_lo, e->ci_hi);
            fsc__rd_cell_val(d, &t, e->median);
            for (size_t k = 0; voices && k < 3; k++) {
                const fsc_desc *x =
                    fsc__rd_cell_of(r->res[vs[k]], all->groups[g], cat);
                fsc__rd_cell_val(d, &t, x ? x->mean : NAN);
                fsc__rd_cell_ci(d, &t, x ? x->ci_lo : NAN, x ? x->ci_hi : NAN);
            }
        }
        fsc__rd_table_close(d, &t);
        fsc__rd_fold_close(d, fold);
    }
    free(v);
    if (none) {
        fsc__rd_para_open(d);
        fsc__rd_rawf(
            d,
            "%zu categor%s without any match in the compared articles: ", none,
            none == 1 ? "y" : "ies");
        size_t k = 0;
        for (size_t c = 0; c < C; c++) {
            if (fsc__rd_cat_has_matches(all, c))
                continue;
            if (k++)
                fsc__rd_raw(d, ", ");
            fsc__rd_text(d, fsc__rep_cat_label(r, all->categories[c]));
        }
        fsc__rd_raw(d, ".");
        fsc__rd_para_close(d);
    }
}

static void tests_table(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    fsc__rd_heading(d, 2, "tests", "Tests across all groups");
    if (all->n_groups < 3) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d, "Kruskal-Wallis tests need three or more groups.");
        fsc__rd_para_close(d);
        return;
    }
    fsc__rd_para_open(d);
    fsc__rd_rawf(
        d,
        "Kruskal-Wallis rank-sum test of each category across the %zu "
        "groups (whole article); p adjusted by Benjamini-Hochberg over "
        "the %zu categories tested.",
        all->n_groups, all->m_kw);
    fsc__rd_para_close(d);
    fsc__rtable t;
    static const char *const heads[] = { "Category", "H", "df", "p",
                                         "Adjusted p" };
    fsc__rd_table_open(d, &t, "lrrrr", heads);
    for (size_t i = 0; i < all->n_kw; i++) {
        const fsc_compare_kw *k = &all->kw[i];
        fsc__rd_cell_text(d, &t,
                          fsc__rep_cat_label(r, all->categories[k->category]));
        fsc__rd_cell_num(d, &t, k->test.statistic, 2);
        fsc__rd_cell_num(d, &t, k->test.df, 0);
        fsc__rd_cell(d, &t);
        fsc__rd_pval(d, k->test.p);
        fsc__rd_cell(d, &t);
        fsc__rd_pval(d, k->p_adj);
    }
    fsc__rd_table_close(d, &t);
}

static void keyness(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    fsc__rd_heading(d, 2, "keyness", "Terms that set groups apart");
    fsc__rd_para_open(d);
    fsc__rd_rawf(d,
                 "Fightin' Words (Monroe, Colaresi and Quinn 2008): the "
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
    fsc__rd_para_close(d);
    if (all->keyness_reason || !all->n_keyness) {
        fsc__rd_para_open(d);
        fsc__rd_text(d, all->keyness_reason
                            ? all->keyness_reason
                            : "Keyness needs two or more groups.");
        fsc__rd_para_close(d);
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
        fsc__rd_heading_text(d, 3, anchor, a, vs);
        if (k->caution) {
            fsc__rd_para_open(d);
            fsc__rd_text(d, k->caution);
            fsc__rd_para_close(d);
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
        fsc__rd_slugify(title, slug);
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
        fsc__rd_chart(d, slug, fsc__svg_diverging, &ch);
        free(rows);
        free(z);
        fsc__rtable t;
        static const char *const heads[] = { "Term",      "Count A",
                                             "Count B",   "z",
                                             "G\xC2\xB2", "p (G\xC2\xB2)" };
        fsc__rd_table_open(d, &t, "lrrrrr", heads);
        for (size_t j = 0; j < k->n_top; j++) {
            const fsc_compare_term *tm = &k->top[j];
            fsc__rd_cell_text(d, &t, tm->term);
            fsc__rd_cell_num(d, &t, tm->count_a, 0);
            fsc__rd_cell_num(d, &t, tm->count_b, 0);
            fsc__rd_cell_num(d, &t, tm->k.z, 2);
            fsc__rd_cell_num(d, &t, tm->k.g2, 2);
            fsc__rd_cell(d, &t);
            fsc__rd_pval(d, tm->k.g2_p);
        }
        fsc__rd_table_close(d, &t);
    }
    if (all->n_keyness > shown) {
        fsc__rd_para_open(d);
        fsc__rd_rawf(d, "%zu more pair%s of groups in the JSON report.",
                     all->n_keyness - shown,
                     all->n_keyness - shown == 1 ? "" : "s");
        fsc__rd_para_close(d);
    }
}

/* Contested terms: for each contrast pair, the share of the first name
 * among the uses of either, per group, with bootstrap CIs. */
static void contested(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups;
    fsc__rd_heading(d, 2, "contested", "Contested terms");
    if (!all->n_contrasts) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d,
                    "The lexicons declare no contrast pairs (categories with "
                    "\"contrast\", such as two names of one place).");
        fsc__rd_para_close(d);
        return;
    }
    fsc__rd_para_open(d);
    fsc__rd_raw(
        d, "For each pair of competing names or frames, the share of the "
           "first among the uses of either in each group, with a 95% "
           "bootstrap CI that resamples the group's articles, and the ratio "
           "of uses. Groups that use neither are not drawn.");
    fsc__rd_para_close(d);
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
        fsc__rd_heading_text(d, 3, anchor, la, vs);
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
        fsc__rd_chart(d, slug, fsc__svg_bars, &ch);
        fsc__rtable t;
        const char *heads[] = { "Group",   la,       lb,      "Articles",
                                "Share %", "95% CI", "Ratio", "95% CI" };
        fsc__rd_table_open(d, &t, "lrrrrrrr", heads);
        for (size_t g = 0; g < G; g++) {
            const fsc_compare_contrast *e = &all->contrasts[i + g];
            fsc__rd_cell_text(d, &t, all->groups[e->group]);
            fsc__rd_cell_num(d, &t, e->uses_a, 0);
            fsc__rd_cell_num(d, &t, e->uses_b, 0);
            fsc__rd_cell(d, &t);
            fsc__rd_rawf(d, "%zu", e->articles);
            fsc__rd_cell_val(d, &t, 100 * e->share_a);
            fsc__rd_cell_ci(d, &t, 100 * e->share_lo, 100 * e->share_hi);
            fsc__rd_cell_val(d, &t, e->ratio);
            fsc__rd_cell_ci(d, &t, e->ratio_lo, e->ratio_hi);
        }
        fsc__rd_table_close(d, &t);
    }
    free(v);
    if (quiet) {
        fsc__rd_para_open(d);
        fsc__rd_rawf(d, "%zu pair%s without any use in the compared articles.",
                     quiet, quiet == 1 ? "" : "s");
        fsc__rd_para_close(d);
    }
}

#define TIMELINE_GROUPS  4  /* lines in one chart; more: small multiples */
#define MULTIPLES_GROUPS 24 /* small multiples drawn at most */

/* Framing over time: per category with matches, the mean rate per period
 * of each (largest) group, with CI bands. */
static void timeline(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *sr = r->sres;
    fsc__rd_heading(d, 2, "time", "Framing over time");
    if (!sr || !sr->n_periods) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d, r->period ? "No article has a valid date (YYYY-MM-DD)."
                                 : "No time series was asked for (--period).");
        fsc__rd_para_close(d);
        return;
    }
    const size_t G = sr->n_groups, P = sr->n_periods, C = sr->n_categories;
    /* Up to four groups share one chart; beyond, one small chart per
     * group on one scale (eight overlapping CI bands cannot be read). */
    int multiples = G > TIMELINE_GROUPS;
    size_t ng = !multiples ? G : G < MULTIPLES_GROUPS ? G : MULTIPLES_GROUPS;
    fsc__rd_para_open(d);
    fsc__rd_rawf(d, "Mean matches per 1,000 tokens per %s (",
                 fsc_compare_period_name(r->period));
    fsc__rd_rawf(d, "%zu periods from ", P);
    fsc__rd_text(d, sr->periods[0]);
    fsc__rd_raw(d, " to ");
    fsc__rd_text(d, sr->periods[P - 1]);
    fsc__rd_rawf(
        d,
        ", %zu dated articles), with 95%% bootstrap CI bands; a gap is "
        "a period without articles.",
        sr->rows_used);
    if (multiples)
        fsc__rd_rawf(d,
                     " With more than %d groups, each group has its own small "
                     "chart, all on the same scale per category.",
                     TIMELINE_GROUPS);
    if (ng < G)
        fsc__rd_rawf(d,
                     " The %zu groups with the most dated articles are drawn; "
                     "the JSON report has every group.",
                     ng);
    if (C > 1)
        fsc__rd_raw(d,
                    " Each category is folded; open it to see its charts and "
                    "numbers.");
    fsc__rd_para_close(d);
    size_t *gi = calloc(G ? G : 1, sizeof *gi);
    double *v = calloc(3 * ng * P + 1, sizeof *v);
    fsc__svg_series *s = calloc(ng ? ng : 1, sizeof *s);
    if (!gi || !v || !s) {
        d->st = FSC_ENOMEM;
        goto out;
    }
    largest_groups(sr->group_rows, G, ng, gi);
    for (size_t c = 0; c < C && d->st == FSC_OK; c++) {
        if (!fsc__rd_cat_has_matches(sr, c))
            continue;
        for (size_t j = 0; j < ng; j++) {
            double *m = v + 3 * j * P, *lo = m + P, *hi = m + 2 * P;
            for (size_t p = 0; p < P; p++) {
                const fsc_desc *e = &sr->series[(gi[j] * P + p) * C + c].desc;
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
        fsc__rd_fold_open(d, C > 1);
        fsc__rd_heading_text(d, 3, anchor, label, NULL);
        fsc__rd_fold_summary_end(d, C > 1);
        snprintf(title, sizeof title, "%.300s per %s", label,
                 fsc_compare_period_name(r->period));
        fsc__rd_slugify(sr->categories[c], slug);
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
            fsc__rd_chart(d, slug, fsc__svg_lines, &ch);
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
                fsc__rd_raw(d, "<div class=\"multiples\">\n");
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
                fsc__rd_chart(d, s1, fsc__svg_lines, &one);
            }
            if (!d->md)
                fsc__rd_raw(d, "</div>\n");
        }
        /* The data: periods x drawn groups, mean (articles). */
        fsc__rtable t;
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
        fsc__rd_table_open(d, &t, align, heads);
        for (size_t p = 0; p < P; p++) {
            fsc__rd_cell_text(d, &t, sr->periods[p]);
            for (size_t j = 0; j < ng; j++) {
                const fsc_desc *e = &sr->series[(gi[j] * P + p) * C + c].desc;
                fsc__rd_cell(d, &t);
                if (!e->n)
                    continue;
                fsc__rd_val(d, e->mean);
                fsc__rd_rawf(d, " (%zu)", e->n);
            }
        }
        fsc__rd_table_close(d, &t);
        free(heads);
        free(align);
        fsc__rd_fold_close(d, C > 1);
    }
out:
    free(gi);
    free(v);
    free(s);
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

static void toc(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    static const char *const ids[] = { "summary",     "findings", "profiles",
                                       "tests",       "keyness",  "contested",
                                       "attribution", "time",     "articles",
                                       "views",       "records",  "methods" };
    static const char *const names[] = { "Summary",
                                         "Differences between groups",
                                         "Framing profile by group",
                                         "Tests across all groups",
                                         "Terms that set groups apart",
                                         "Contested terms",
                                         "Whom the groups quote",
                                         "Framing over time",
                                         "Articles with the highest rates",
                                         "Highlighted articles",
                                         "Records",
                                         "Methods and reproducibility" };
    if (d->md)
        return;
    fsc__rd_raw(d, "<nav><ol>");
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        if (strcmp(ids[i], "views") == 0 && !r->n_views)
            continue;
        fsc__rd_rawf(d, "<li><a href=\"#%s\">%s</a></li>", ids[i], names[i]);
    }
    fsc__rd_raw(d, "</ol></nav>\n");
}

static void body(fsc__rdoc *d)
{
    summary(d);
    findings(d);
    profiles(d);
    tests_table(d);
    keyness(d);
    contested(d);
    fsc__rd_attribution(d);
    timeline(d);
    fsc__rd_top_articles(d);
    fsc__rd_views(d);
    fsc__rd_records(d);
    fsc__rd_methods(d);
}

void fsc_report_files_free(fsc_report_file *files, size_t n)
{
    for (size_t i = 0; files && i < n; i++) {
        free(files[i].name);
        free(files[i].data);
    }
    free(files);
}

fsc_status fsc__report_render_json(const fsc_report *r, char **out, size_t *len,
                                   fsc_error *err);

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
    fsc__rdoc d;
    memset(&d, 0, sizeof d);
    d.r = r;
    d.b = &b;
    d.md = fmt == FSC_REPORT_MD;
    d.dir = charts_dir ? charts_dir : "charts";
    fsc__buf_init(&d.tmp, FSC_BUF_DEFAULT_CAP);
    if (d.md) {
        fsc__rd_raw(&d, "# ");
        fsc__rd_text(&d, r->title);
        fsc__rd_raw(&d, "\n\n");
    } else {
        fsc__rd_raw(
            &d, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                "<meta charset=\"utf-8\">\n"
                "<meta http-equiv=\"Content-Security-Policy\" "
                "content=\"default-src 'none'; style-src 'unsafe-inline'; "
                "script-src 'none'; img-src 'none'; font-src 'none'; "
                "connect-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                "<meta name=\"referrer\" content=\"no-referrer\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, "
                "initial-scale=1\">\n<meta name=\"generator\" "
                "content=\"framescope ");
        fsc__rd_text(&d, fsc_version());
        fsc__rd_raw(&d, "\">\n<title>");
        fsc__rd_text(&d, r->title);
        fsc__rd_raw(&d, "</title>\n<style>\n");
        fsc__rd_raw(&d, page_css);
        fsc__rd_raw(&d, fsc_show_html_css());
        fsc__rd_raw(&d, "</style>\n</head>\n<body>\n<h1>");
        fsc__rd_text(&d, r->title);
        fsc__rd_raw(&d, "</h1>\n");
        toc(&d);
    }
    body(&d);
    if (!d.md)
        fsc__rd_raw(&d, "</body>\n</html>\n");
    else
        fsc__rd_raw(&d, "\n");
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
