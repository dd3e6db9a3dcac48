/*
 * report_sections.c - the report's sections on attribution and on the
 * articles: whom the groups quote, the articles that weigh most, the
 * per-article views, the records skipped and the methods.
 *
 * Written through the document writer of report_doc.c, which escapes all
 * text that came from articles or lexicons.
 */

#include "report_doc.h"

#include "format.h"
#include "framescope/show.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <gsl/gsl_version.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEGMENTS 7 /* sides/types drawn separately; the rest "other" */

/* Stacked shares of attributions by side or by type, per group. */
static void attr_stack(fsc__rdoc *d, int side)
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
            double x = side ? r->attr[g].by_side[own] : r->attr[g].by_type[own];
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
    fsc__rd_chart(d, side ? "attribution-sides" : "attribution-types",
                  fsc__svg_stacked, &ch);
    /* The counts behind the chart. */
    fsc__rtable t;
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
    fsc__rd_table_open(d, &t, align, heads);
    for (size_t g = 0; g < G; g++) {
        fsc__rd_cell_text(d, &t, r->res[FSC__RV_ALL]->groups[g]);
        double listed = 0;
        for (size_t k = 0; k < segs; k++) {
            fsc__rd_cell_num(d, &t, v[k * G + g], 0);
            listed += v[k * G + g];
        }
        fsc__rd_cell(d, &t);
        double all_a = r->attr[g].attributions;
        if (all_a > 0)
            fsc__rd_rawf(d, "%.0f / %.0f (%.0f%%)", listed, all_a,
                         100.0 * listed / all_a);
        else
            fsc__rd_raw(d, "0 / 0");
    }
    fsc__rd_table_close(d, &t);
    free(heads);
    free(align);
    free(v);
    free(s);
}

void fsc__rd_attribution(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    const size_t G = all->n_groups;
    fsc__rd_heading(d, 2, "attribution", "Whom the groups quote");
    int any = 0;
    for (int p = 0; p < FSC__RP_N; p++)
        any |= r->pres[p] != NULL;
    if (!any && !r->n_sides) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d,
                    "The score rows carry no attribution profile (score with "
                    "the attribution lexicons, the default).");
        fsc__rd_para_close(d);
        return;
    }
    fsc__rd_para_open(d);
    fsc__rd_raw(d,
                "Per article: the share of word tokens in reported speech "
                "attributed to a source and in quotations, and the share of "
                "attributions to anonymous sources (\xE2\x80\x9C"
                "officials "
                "said\xE2\x80\x9D), as group means with 95% bootstrap CIs; "
                "then all attributions of each group by the side and type of "
                "the source (actors lexicon).");
    fsc__rd_para_close(d);
    static const int ms[3] = { FSC__RP_SHARE_ATTRIBUTED, FSC__RP_SHARE_QUOTED,
                               FSC__RP_ANONYMOUS };
    static const char *const mnames[3] = { "attributed text", "quoted text",
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
            const fsc_desc *e =
                fsc__rd_cell_of(r->pres[ms[k]], all->groups[g], NULL);
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
    fsc__rd_chart(d, "attribution-shares", fsc__svg_bars, &ch);
    free(v);

    fsc__rtable t;
    static const char *const heads[] = {
        "Group",          "Articles", "Attributed text %", "95% CI",
        "Quoted text %",  "95% CI",   "Anonymous %",       "95% CI",
        "Side diversity", "Sources"
    };
    fsc__rd_table_open(d, &t, "lrrrrrrrrr", heads);
    for (size_t g = 0; g < G; g++) {
        fsc__rd_cell_text(d, &t, all->groups[g]);
        const fsc_desc *e = fsc__rd_cell_of(r->pres[FSC__RP_SHARE_ATTRIBUTED],
                                            all->groups[g], NULL);
        fsc__rd_cell(d, &t);
        fsc__rd_rawf(d, "%zu", e ? e->n : 0);
        for (int k = 0; k < 3; k++) {
            e = fsc__rd_cell_of(r->pres[ms[k]], all->groups[g], NULL);
            fsc__rd_cell_val(d, &t, e ? 100 * e->mean : NAN);
            fsc__rd_cell_ci(d, &t, e ? 100 * e->ci_lo : NAN,
                            e ? 100 * e->ci_hi : NAN);
        }
        e = fsc__rd_cell_of(r->pres[FSC__RP_DIVERSITY], all->groups[g], NULL);
        fsc__rd_cell_val(d, &t, e ? e->mean : NAN);
        e = fsc__rd_cell_of(r->pres[FSC__RP_SOURCES], all->groups[g], NULL);
        fsc__rd_cell_val(d, &t, e ? e->mean : NAN);
    }
    fsc__rd_table_close(d, &t);
    /* Sides and types come from one actors list: say so, and how much of
     * the attributions it covers, before the charts that show them. */
    double all_a = 0, sided = 0;
    for (size_t g = 0; g < G; g++) {
        all_a += r->attr[g].attributions;
        for (size_t i = 0; i < r->n_sides; i++)
            sided += r->attr[g].by_side[r->side_order[i]];
    }
    if (r->n_sides || r->n_types) {
        fsc__rd_para_open(d);
        fsc__rd_rawf(
            d,
            "Only sources listed in the actors lexicon have a side and "
            "a type (the bundled list covers the parties of the "
            "conflicts it was written for); named people and bodies "
            "outside it, anonymous and unresolved sources have none. "
            "Of the %.0f attributions in these articles, %.0f (%.1f%%) "
            "are to a listed actor with a side; the charts below show "
            "only those, as shares of each group's attributions with a "
            "side (or a type), and the tables give each group's "
            "coverage.",
            all_a, sided, all_a > 0 ? 100.0 * sided / all_a : 0.0);
        fsc__rd_para_close(d);
    }
    attr_stack(d, 1);
    attr_stack(d, 0);
}

void fsc__rd_top_articles(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    const fsc_compare_result *all = r->res[FSC__RV_ALL];
    fsc__rd_heading(d, 2, "articles", "Articles with the highest rates");
    fsc__rd_para_open(d);
    fsc__rd_rawf(
        d,
        "Up to %zu articles per category, by matches per 1,000 tokens, "
        "among articles of at least %zu tokens (shorter ones, whose rates "
        "swing with a single match, are left out; --top-min-tokens).",
        r->o.top_articles, r->o.top_min_tokens);
    if (r->n_views)
        fsc__rd_raw(d,
                    " Linked articles are shown with every match highlighted "
                    "in the section that follows.");
    fsc__rd_raw(d, " Any article can be shown that way with ");
    fsc__rd_code(d, "framescope show CORPUS --id ID --html");
    fsc__rd_raw(d, ".");
    fsc__rd_para_close(d);
    for (size_t c = 0; c < all->n_categories; c++) {
        if (!r->n_top_by_cat[c])
            continue;
        char anchor[40];
        snprintf(anchor, sizeof anchor, "top-%zu", c);
        fsc__rd_heading_text(d, 3, anchor,
                             fsc__rep_cat_label(r, all->categories[c]), NULL);
        fsc__rtable t;
        static const char *const heads[] = { "Article", "Outlet",  "Date",
                                             "Title",   "Matches", "Rate" };
        fsc__rd_table_open(d, &t, "llllrr", heads);
        for (size_t k = 0; k < r->n_top_by_cat[c]; k++) {
            const fsc__rep_top *a = &r->top_by_cat[c][k];
            int linked = a->view >= 0 && r->views[a->view].html;
            fsc__rd_cell(d, &t);
            if (linked)
                fsc__rd_rawf(d, d->md ? "[" : "<a href=\"#view-%ld\">",
                             a->view);
            fsc__rd_text(d, a->id ? a->id : "(no id)");
            if (linked) {
                if (d->md)
                    fsc__rd_rawf(d, "](#view-%ld)", a->view);
                else
                    fsc__rd_raw(d, "</a>");
            }
            fsc__rd_cell_text(d, &t, a->outlet);
            fsc__rd_cell_text(d, &t, a->date);
            fsc__rd_cell(d, &t);
            if (!d->md)
                fsc__rd_raw(d, "<bdi>");
            fsc__rd_text(d, a->title);
            if (!d->md)
                fsc__rd_raw(d, "</bdi>");
            fsc__rd_cell_num(d, &t, a->count, 0);
            fsc__rd_cell_num(d, &t, a->rate, 2);
        }
        fsc__rd_table_close(d, &t);
    }
}

void fsc__rd_views(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    if (!r->n_views)
        return;
    fsc__rd_heading(d, 2, "views", "Highlighted articles");
    size_t shown = 0;
    for (size_t i = 0; i < r->n_views; i++)
        shown += r->views[i].html != NULL;
    if (!shown) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d, "The texts of the articles were not given to the report "
                       "(it read score rows). Show one with every match "
                       "highlighted with ");
        fsc__rd_code(d, "framescope show CORPUS --id ID --html");
        fsc__rd_raw(d, ", or give the corpus to the report with ");
        fsc__rd_code(d, "--corpus");
        fsc__rd_raw(d, ".");
        fsc__rd_para_close(d);
        return;
    }
    fsc__rd_para_open(d);
    fsc__rd_rawf(d, "%zu articles from ", shown);
    fsc__rd_text(d, r->views_source ? r->views_source : "the corpus");
    fsc__rd_raw(
        d, ". Framing terms are highlighted by category; the underline "
           "shows the voice (solid: authorial, dashed: attributed, dotted: "
           "quoted); reporting cues are boxed and sources underlined "
           "twice, numbered by attribution.");
    fsc__rd_para_close(d);
    if (d->md) {
        fsc__rd_para_open(d);
        fsc__rd_raw(d, "The highlighted views are in the HTML report.");
        fsc__rd_para_close(d);
        return;
    }
    /* The key to voices, modifiers and attributions once; each view
     * keeps its line of categories. Each view is folded (no script). */
    fsc__rd_raw(d, "<section class=\"legend\">\n");
    fsc__rd_raw(d, fsc_show_html_legend_key());
    fsc__rd_raw(d, "</section>\n");
    for (size_t i = 0; i < r->n_views; i++) {
        if (!r->views[i].html)
            continue;
        fsc__rd_rawf(d,
                     "<details class=\"fold view\" id=\"view-%zu\"%s><summary>"
                     "Article ",
                     i, i == 0 ? " open" : "");
        fsc__rd_text(d, r->views[i].id ? r->views[i].id : "");
        fsc__rd_raw(d, "</summary>\n");
        if (d->st == FSC_OK)
            d->st = fsc__buf_add(d->b, r->views[i].html, r->views[i].len);
        fsc__rd_raw(d, "</details>\n");
    }
}

static void reasons_list(fsc__rdoc *d, const char *what,
                         const fsc_compare_reason *rs, size_t n)
{
    if (!n)
        return;
    fsc__rd_para_open(d);
    fsc__rd_raw(d, what);
    fsc__rd_raw(d, ": ");
    for (size_t i = 0; i < n; i++) {
        if (i)
            fsc__rd_raw(d, "; ");
        fsc__rd_text(d, rs[i].reason);
        fsc__rd_rawf(d, " (%zu)", rs[i].count);
    }
    fsc__rd_raw(d, ".");
    fsc__rd_para_close(d);
}

void fsc__rd_records(fsc__rdoc *d)
{
    const fsc_compare_result *all = d->r->res[FSC__RV_ALL];
    fsc__rd_heading(d, 2, "records", "Records");
    fsc__rd_para_open(d);
    fsc__rd_rawf(d,
                 "Every input record is accounted for: %zu read = %zu used + "
                 "%zu skipped + %zu filtered + %zu invalid.",
                 all->rows_read, all->rows_used, all->rows_skipped,
                 all->rows_filtered, all->rows_invalid);
    fsc__rd_para_close(d);
    reasons_list(d, "Skipped by the scorer", all->skipped_reasons,
                 all->n_skipped_reasons);
    reasons_list(d, "Filtered out", all->filtered_reasons,
                 all->n_filtered_reasons);
    reasons_list(d, "Not valid score rows (first ones)", all->invalid_reasons,
                 all->n_invalid_reasons);
}

void fsc__rd_methods(fsc__rdoc *d)
{
    const fsc_report *r = d->r;
    fsc__rd_heading(d, 2, "methods", "Methods and reproducibility");
    fsc__rtable t;
    static const char *const heads[] = { "Item", "Value" };
    fsc__rd_table_open(d, &t, "ll", heads);
    fsc__rd_cell_text(d, &t, "framescope");
    fsc__rd_cell_text(d, &t, fsc_version());
    fsc__rd_cell_text(d, &t, "ICU / Unicode");
    fsc__rd_cell(d, &t);
    fsc__rd_text(d, fsc_icu_version());
    fsc__rd_raw(d, " / ");
    fsc__rd_text(d, fsc_unicode_version());
    fsc__rd_cell_text(d, &t, "GSL / cJSON");
    fsc__rd_cell(d, &t);
    fsc__rd_text(d, GSL_VERSION);
    fsc__rd_raw(d, " / ");
    fsc__rd_text(d, cJSON_Version());
    fsc__rd_cell_text(d, &t, "Grouping");
    fsc__rd_cell_text(d, &t, r->by);
    if (r->restricted) {
        fsc__rd_cell_text(d, &t, "Categories");
        fsc__rd_cell(d, &t);
        for (size_t i = 0; i < r->n_framing; i++) {
            if (i)
                fsc__rd_raw(d, ", ");
            fsc__rd_text(d, r->framing[i]);
        }
    }
    for (size_t i = 0; i < r->o.n_where; i++) {
        fsc__rd_cell_text(d, &t, "Filter");
        fsc__rd_cell_text(d, &t, r->where[i]);
    }
    if (r->from || r->to) {
        fsc__rd_cell_text(d, &t, "Dates");
        fsc__rd_cell(d, &t);
        fsc__rd_text(d, r->from ? r->from : "\xE2\x80\xA6");
        fsc__rd_raw(d, " to ");
        fsc__rd_text(d, r->to ? r->to : "\xE2\x80\xA6");
    }
    fsc__rd_cell_text(d, &t, "Bootstrap");
    fsc__rd_cell(d, &t);
    fsc__rd_rawf(
        d, "%zu resamples of articles, percentile CI, level %g, seed %llu",
        r->o.bootstrap, r->o.level, (unsigned long long)r->o.seed);
    fsc__rd_cell_text(d, &t, "Tests");
    fsc__rd_cell_text(d, &t,
                      r->o.test == FSC_TEST_WELCH
                          ? "Welch two-sample t test (differences listed; "
                            "effect size Hedges' g), Mann-Whitney U in the "
                            "JSON report, Kruskal-Wallis; Benjamini-Hochberg "
                            "per test family"
                          : "Mann-Whitney U (differences listed; effect size "
                            "Cliff's delta), Welch t test in the JSON report, "
                            "Kruskal-Wallis; Benjamini-Hochberg per test "
                            "family");
    fsc__rd_cell_text(d, &t, "Alpha");
    fsc__rd_cell_num(d, &t, r->o.alpha, 3);
    fsc__rd_cell_text(d, &t, "Smallest effect listed");
    fsc__rd_cell_num(d, &t,
                     r->res[FSC__RV_ALL]
                         ? fsc_compare_min_effect(&r->res[FSC__RV_ALL]->opts)
                         : (double)NAN,
                     3);
    fsc__rd_cell_text(d, &t, "Smallest group listed (articles)");
    fsc__rd_cell_num(d, &t, (double)r->o.min_group, 0);
    fsc__rd_cell_text(d, &t, "Time series");
    fsc__rd_cell_text(d, &t, fsc_compare_period_name(r->period));
    fsc__rd_cell_text(d, &t, "Keyness prior");
    fsc__rd_cell(d, &t);
    fsc__rd_rawf(d, "%s, a0 = %g", fsc_prior_name(r->o.prior), r->o.prior_a0);
    if (r->command) {
        fsc__rd_cell_text(d, &t, "Command");
        fsc__rd_cell(d, &t);
        fsc__rd_code(d, r->command);
    }
    if (r->timestamp) {
        fsc__rd_cell_text(d, &t, "Generated");
        fsc__rd_cell_text(d, &t, r->timestamp);
    }
    fsc__rd_table_close(d, &t);

    /* The lexicons that made the numbers: the set the rows were scored
     * with (compare refuses rows of two sets); only rows without one fall
     * back to the lexicons loaded for this report. */
    const char *rows_set =
        r->res[FSC__RV_ALL] ? r->res[FSC__RV_ALL]->lexicon_set : NULL;
    cJSON *set = rows_set ? cJSON_Parse(rows_set) : NULL;
    const cJSON *setlx = cJSON_GetObjectItemCaseSensitive(set, "lexicons");
    if (cJSON_IsArray(setlx)) {
        fsc__rd_para_open(d);
        fsc__rd_text(d,
                     "The rows were scored with these lexicons (lexicon_set in "
                     "the rows)");
        const cJSON *op = cJSON_GetObjectItemCaseSensitive(set, "options");
        const cJSON *cl = cJSON_GetObjectItemCaseSensitive(op, "clitics");
        const cJSON *ta = cJSON_GetObjectItemCaseSensitive(op, "ta_marbuta");
        const cJSON *wn = cJSON_GetObjectItemCaseSensitive(op, "window");
        if (cJSON_IsBool(cl) && cJSON_IsBool(ta) && cJSON_IsNumber(wn))
            fsc__rd_rawf(d,
                         "; Arabic clitics %s, ta marbuta folded %s, modifier "
                         "window %d words",
                         cJSON_IsTrue(cl) ? "stripped" : "kept",
                         cJSON_IsTrue(ta) ? "yes" : "no", wn->valueint);
        /* whether article titles were scored (their own zone, counted in
         * the rates' numerators and denominators) */
        const cJSON *ti = cJSON_GetObjectItemCaseSensitive(op, "titles");
        if (cJSON_IsBool(ti))
            fsc__rd_text(
                d, cJSON_IsTrue(ti)
                       ? "; article titles scored as their own zone, their "
                         "matches and tokens counted with those of the text"
                       : "; article titles not scored (--no-title)");
        else
            fsc__rd_text(d, "; article titles not scored (rows from a version "
                            "that scored the text only)");
        fsc__rd_text(d, ".");
        fsc__rd_para_close(d);
        static const char *const lh[] = { "Lexicon", "Version", "Layer",
                                          "SHA-256" };
        fsc__rd_table_open(d, &t, "lllr", lh);
        const cJSON *e;
        cJSON_ArrayForEach(e, setlx)
        {
            const char *f[] = { "name", "version", "layer" };
            for (int k = 0; k < 3; k++) {
                const cJSON *v = cJSON_GetObjectItemCaseSensitive(e, f[k]);
                fsc__rd_cell_text(d, &t,
                                  cJSON_IsString(v) ? v->valuestring : "");
            }
            const cJSON *h = cJSON_GetObjectItemCaseSensitive(e, "sha256");
            fsc__rd_cell(d, &t);
            fsc__rd_code(d, cJSON_IsString(h) ? h->valuestring : "");
        }
        fsc__rd_table_close(d, &t);
    } else if (r->m && fsc_model_n_lexicons(r->m)) {
        fsc__rd_para_open(d);
        fsc__rd_text(
            d, "The rows carry no lexicon set (scored by an older "
               "framescope): the lexicons below are those loaded for this "
               "report, which may not be the ones the rows were scored "
               "with.");
        fsc__rd_para_close(d);
        static const char *const lh[] = { "Lexicon", "Version", "Layer",
                                          "Entries", "SHA-256" };
        fsc__rd_table_open(d, &t, "llllr", lh);
        for (size_t i = 0; i < fsc_model_n_lexicons(r->m); i++) {
            const fsc_lexicon *lx = fsc_model_lexicon(r->m, i);
            fsc__rd_cell_text(d, &t, fsc_lexicon_name(lx));
            fsc__rd_cell_text(d, &t, fsc_lexicon_version(lx));
            fsc__rd_cell_text(d, &t,
                              fsc_lexicon_layer(lx) == FSC_LAYER_ATTRIBUTION
                                  ? "attribution"
                                  : "framing");
            fsc__rd_cell(d, &t);
            fsc__rd_rawf(d, "%zu", fsc_lexicon_n_entries(lx));
            fsc__rd_cell(d, &t);
            fsc__rd_code(d, fsc_lexicon_sha256(lx));
        }
        fsc__rd_table_close(d, &t);
    }
    cJSON_Delete(set);
    if (r->n_inputs) {
        static const char *const ih[] = { "Input", "Kind", "Bytes", "SHA-256" };
        fsc__rd_table_open(d, &t, "llrr", ih);
        for (size_t i = 0; i < r->n_inputs; i++) {
            fsc__rd_cell_text(d, &t, r->inputs[i].name);
            fsc__rd_cell_text(d, &t, r->inputs[i].kind);
            fsc__rd_cell(d, &t);
            fsc__rd_rawf(d, "%llu", (unsigned long long)r->inputs[i].bytes);
            fsc__rd_cell(d, &t);
            fsc__rd_code(d, r->inputs[i].sha256);
        }
        fsc__rd_table_close(d, &t);
    }
}
