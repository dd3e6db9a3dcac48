/*
 * terms_render.c - output of `framescope terms`: an aligned table, tidy
 * CSV, one JSON document, or a lexicon stub (framescope JSON lexicon with
 * one entry per listed key, category "candidate") for a person to review.
 */
#include "framescope/terms.h"

#include "buf.h"
#include "format.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* The rows of group g (or the list when there are no groups). */
static const fsc_term_row *rows_of(const fsc_terms_result *r, size_t g,
                                   size_t top, size_t *n)
{
    if (r->n_groups < 2) {
        *n = r->n_rows;
        return r->rows;
    }
    *n = r->n_per[g];
    return r->rows + g * top;
}

static size_t top_of(const fsc_terms_result *r)
{
    return r->n_groups < 2 || !r->n_groups ? r->n_rows
                                           : r->n_rows / r->n_groups;
}

static void fmt3(double v, char *o)
{
    if (isnan(v))
        snprintf(o, 40, "-");
    else
        fsc__fmt_round(round(v * 1000) / 1000, o);
}

static fsc_status colloc_table(const fsc_terms_result *r, fsc_buf *b)
{
    fsc_status st = fsc__buf_printf(
        b,
        "framescope terms: collocates of \"%s\" within %u words (same "
        "sentence): %zu articles, %zu nodes, %zu words in windows, %zu "
        "elsewhere%s\n",
        r->collocate, r->window, r->articles, r->nodes, r->window_tokens,
        r->other_tokens,
        r->dropped ? " (vocabulary full: some keys not counted)" : "");
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "\n  %-28s %8s %8s %7s %10s %8s %10s  %s\n",
                             "key", "count", "other", "docs", "G2", "PMI",
                             "p_adj", "surface forms");
    for (size_t i = 0; i < r->n_rows && st == FSC_OK; i++) {
        const fsc_term_row *w = &r->rows[i];
        char g[40], pm[40], p[40];
        fmt3(w->g2, g);
        fmt3(w->pmi, pm);
        if (w->g2_p_adj < 0.001)
            snprintf(p, sizeof p, "< 0.001");
        else
            fmt3(w->g2_p_adj, p);
        st = fsc__buf_printf(b, "  %-28s %8.0f %8.0f %7.0f %10s %8s %10s  %s\n",
                             w->key, w->count, w->count_rest, w->docs, g, pm,
                             p, w->surfaces ? w->surfaces : "");
    }
    return st == FSC_OK ? fsc__term_sanitize(b, 0) : st;
}

static fsc_status colloc_csv(const fsc_terms_result *r, fsc_buf *b)
{
    fsc_status st = fsc__buf_adds(b, "node,window,rank,key,count,count_rest,"
                                     "docs,g2,pmi,g2_p,g2_p_adj,surfaces\r\n");
    for (size_t i = 0; i < r->n_rows && st == FSC_OK; i++) {
        const fsc_term_row *w = &r->rows[i];
        st = fsc__csv_text_field(b, r->collocate, strlen(r->collocate));
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ",%u,%zu,", r->window, i + 1);
        if (st == FSC_OK)
            st = fsc__csv_text_field(b, w->key, strlen(w->key));
        double num[7] = { w->count, w->count_rest, w->docs, w->g2,
                          w->pmi, w->g2_p, w->g2_p_adj };
        for (int k = 0; k < 7 && st == FSC_OK; k++) {
            char v[40];
            fsc__fmt_num(num[k], v);
            st = fsc__buf_printf(b, ",%s", v);
        }
        const char *sf = w->surfaces ? w->surfaces : "";
        if (st == FSC_OK)
            st = fsc__buf_addc(b, ',');
        if (st == FSC_OK)
            st = fsc__csv_text_field(b, sf, strlen(sf));
        if (st == FSC_OK)
            st = fsc__buf_adds(b, "\r\n");
    }
    return st;
}

static fsc_status table(const fsc_terms_result *r, fsc_buf *b)
{
    if (r->collocate)
        return colloc_table(r, b);
    size_t top = top_of(r);
    fsc_status st = fsc__buf_printf(
        b, "framescope terms: %zu articles, %zu words, %zu keys%s\n",
        r->articles, r->tokens, r->vocab,
        r->dropped ? " (vocabulary full: some keys not counted)" : "");
    if (st == FSC_OK && r->dropped)
        st = fsc__buf_printf(b,
                             "  %zu occurrences of keys first seen after the "
                             "vocabulary was full were not counted "
                             "(--max-vocab)\n",
                             r->dropped);
    size_t G = r->n_groups < 2 ? 1 : r->n_groups;
    for (size_t g = 0; g < G && st == FSC_OK; g++) {
        size_t n;
        const fsc_term_row *row = rows_of(r, g, top, &n);
        if (r->n_groups >= 2)
            st = fsc__buf_printf(
                b,
                "\n%s (%zu articles): keys used more than in the other "
                "groups\n  %-28s %8s %8s %7s %8s %10s  %s\n",
                r->groups[g], r->group_articles[g], "key", "count", "rest",
                "docs", "z", "p_adj", "surface forms");
        else
            st = fsc__buf_printf(b, "\n  %-28s %8s %7s  %s\n", "key", "count",
                                 "docs", "surface forms");
        for (size_t i = 0; i < n && st == FSC_OK; i++) {
            char z[40], p[40];
            if (r->n_groups >= 2) {
                fsc__fmt_round(round(row[i].z * 1000) / 1000, z);
                if (row[i].g2_p_adj < 0.001)
                    snprintf(p, sizeof p, "< 0.001");
                else
                    fsc__fmt_round(round(row[i].g2_p_adj * 1000) / 1000, p);
                st = fsc__buf_printf(b, "  %-28s %8.0f %8.0f %7.0f %8s %10s  %s\n",
                                     row[i].key, row[i].count,
                                     row[i].count_rest, row[i].docs, z, p,
                                     row[i].surfaces ? row[i].surfaces : "");
            } else {
                st = fsc__buf_printf(b, "  %-28s %8.0f %7.0f  %s\n",
                                     row[i].key, row[i].count, row[i].docs,
                                     row[i].surfaces ? row[i].surfaces : "");
            }
        }
    }
    /* Keys and surfaces come from the corpus: inert for a terminal. */
    return st == FSC_OK ? fsc__term_sanitize(b, 0) : st;
}

static fsc_status csv(const fsc_terms_result *r, fsc_buf *b)
{
    if (r->collocate)
        return colloc_csv(r, b);
    size_t top = top_of(r);
    fsc_status st = fsc__buf_adds(b, "group,rank,key,n,count,count_rest,docs,"
                                     "z,delta,g2,g2_p,g2_p_adj,surfaces\r\n");
    size_t G = r->n_groups < 2 ? 1 : r->n_groups;
    for (size_t g = 0; g < G && st == FSC_OK; g++) {
        size_t n;
        const fsc_term_row *row = rows_of(r, g, top, &n);
        for (size_t i = 0; i < n && st == FSC_OK; i++) {
            char v[8][40];
            double num[8] = { (double)row[i].n, row[i].count,
                              row[i].count_rest, row[i].docs, row[i].z,
                              row[i].delta, row[i].g2, row[i].g2_p };
            const char *grp = r->n_groups >= 2 ? r->groups[g] : "";
            st = fsc__csv_text_field(b, grp, strlen(grp));
            if (st == FSC_OK)
                st = fsc__buf_printf(b, ",%zu,", i + 1);
            if (st == FSC_OK)
                st = fsc__csv_text_field(b, row[i].key, strlen(row[i].key));
            for (int k = 0; k < 8 && st == FSC_OK; k++) {
                if (k == 2 && r->n_groups < 2)
                    num[k] = NAN; /* no rest in a list */
                fsc__fmt_num(num[k], v[k]);
                st = fsc__buf_printf(b, ",%s", v[k]);
            }
            char pa[40];
            fsc__fmt_num(row[i].g2_p_adj, pa);
            if (st == FSC_OK)
                st = fsc__buf_printf(b, ",%s,", pa);
            const char *s = row[i].surfaces ? row[i].surfaces : "";
            if (st == FSC_OK)
                st = fsc__csv_text_field(b, s, strlen(s));
            if (st == FSC_OK)
                st = fsc__buf_adds(b, "\r\n");
        }
    }
    return st;
}

static int add_num(cJSON *o, const char *k, double v)
{
    char b[40];
    return fsc__fmt_num(v, b) ? cJSON_AddRawToObject(o, k, b) != NULL
                              : cJSON_AddNullToObject(o, k) != NULL;
}

static cJSON *row_json(const fsc_term_row *r, int keyness)
{
    if (keyness == 2) {
        cJSON *c = cJSON_CreateObject();
        int okc = c && cJSON_AddStringToObject(c, "key", r->key) &&
                  cJSON_AddStringToObject(c, "surfaces",
                                          r->surfaces ? r->surfaces : "") &&
                  add_num(c, "count", r->count) &&
                  add_num(c, "count_rest", r->count_rest) &&
                  add_num(c, "docs", r->docs) && add_num(c, "g2", r->g2) &&
                  add_num(c, "pmi", r->pmi) && add_num(c, "g2_p", r->g2_p) &&
                  add_num(c, "g2_p_adj", r->g2_p_adj);
        if (!okc) {
            cJSON_Delete(c);
            return NULL;
        }
        return c;
    }
    cJSON *o = cJSON_CreateObject();
    int ok = o && cJSON_AddStringToObject(o, "key", r->key) &&
             cJSON_AddStringToObject(o, "surfaces",
                                     r->surfaces ? r->surfaces : "") &&
             add_num(o, "n", r->n) && add_num(o, "count", r->count) &&
             add_num(o, "docs", r->docs);
    if (ok && keyness)
        ok = add_num(o, "count_rest", r->count_rest) &&
             add_num(o, "z", r->z) && add_num(o, "delta", r->delta) &&
             add_num(o, "g2", r->g2) && add_num(o, "g2_p", r->g2_p) &&
             add_num(o, "g2_p_adj", r->g2_p_adj);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static char *json(const fsc_terms_result *r, const char *lang, int lexicon)
{
    size_t top = top_of(r);
    cJSON *root = cJSON_CreateObject(), *x;
    int ok = root != NULL;
    if (lexicon) {
        /* A lexicon stub: every listed key as an entry for review. */
        cJSON *cats, *cat, *ents, *src;
        ok = ok && cJSON_AddNumberToObject(root, "framescope_lexicon", 1) &&
             cJSON_AddStringToObject(root, "name", "candidates") &&
             cJSON_AddStringToObject(root, "version", "0.0.1") &&
             cJSON_AddStringToObject(
                 root, "description",
                 "Candidate terms drawn by framescope terms for review: "
                 "keep, recategorise or delete each entry; the note gives "
                 "its counts and, for keyness, the group it leans to.") &&
             (src = cJSON_AddArrayToObject(root, "sources")) &&
             cJSON_AddItemToArray(
                 src, cJSON_CreateString("framescope terms over the user's "
                                         "corpus (counts in each note)")) &&
             (cats = cJSON_AddArrayToObject(root, "categories")) &&
             (cat = cJSON_CreateObject()) && cJSON_AddItemToArray(cats, cat) &&
             cJSON_AddStringToObject(cat, "id", "candidate") &&
             (ents = cJSON_AddArrayToObject(root, "entries"));
        size_t G = r->n_groups < 2 ? 1 : r->n_groups;
        for (size_t g = 0; ok && g < G; g++) {
            size_t n;
            const fsc_term_row *row = rows_of(r, g, top, &n);
            for (size_t i = 0; ok && i < n; i++) {
                /* A key may lean to one group only; listed once. */
                int seen = 0;
                cJSON *e;
                cJSON_ArrayForEach(e, ents)
                {
                    const cJSON *t = cJSON_GetObjectItemCaseSensitive(e, "term");
                    if (cJSON_IsString(t) && strcmp(t->valuestring, row[i].key) == 0)
                        seen = 1;
                }
                if (seen)
                    continue;
                char note[512];
                if (r->collocate)
                    snprintf(note, sizeof note,
                             "near %s (%u words): %.0f times (%.0f elsewhere), "
                             "G2 %.2f, PMI %.2f; forms: %s",
                             r->collocate, r->window, row[i].count,
                             row[i].count_rest, row[i].g2, row[i].pmi,
                             row[i].surfaces ? row[i].surfaces : "");
                else if (r->n_groups >= 2)
                    snprintf(note, sizeof note,
                             "%s: %.0f times (%.0f elsewhere), z %.2f; forms: %s",
                             r->groups[g], row[i].count, row[i].count_rest,
                             row[i].z, row[i].surfaces ? row[i].surfaces : "");
                else
                    snprintf(note, sizeof note, "%.0f times in %.0f articles; "
                             "forms: %s",
                             row[i].count, row[i].docs,
                             row[i].surfaces ? row[i].surfaces : "");
                cJSON *c;
                e = cJSON_CreateObject();
                ok = e && cJSON_AddItemToArray(ents, e) &&
                     cJSON_AddStringToObject(e, "term", row[i].key) &&
                     cJSON_AddStringToObject(e, "lang", lang ? lang : "und") &&
                     (c = cJSON_AddArrayToObject(e, "categories")) &&
                     cJSON_AddItemToArray(c, cJSON_CreateString("candidate")) &&
                     cJSON_AddStringToObject(e, "note", note);
            }
        }
    } else {
        ok = ok && cJSON_AddStringToObject(root, "tool", "framescope terms") &&
             cJSON_AddStringToObject(root, "version", fsc_version()) &&
             add_num(root, "articles", (double)r->articles) &&
             add_num(root, "tokens", (double)r->tokens) &&
             add_num(root, "vocabulary", (double)r->vocab) &&
             add_num(root, "dropped", (double)r->dropped) &&
             add_num(root, "tests", (double)r->m_tests);
        if (ok && r->collocate) {
            cJSON *a;
            ok = cJSON_AddStringToObject(root, "collocate", r->collocate) &&
                 add_num(root, "window", r->window) &&
                 add_num(root, "nodes", (double)r->nodes) &&
                 add_num(root, "window_tokens", (double)r->window_tokens) &&
                 add_num(root, "other_tokens", (double)r->other_tokens) &&
                 (a = cJSON_AddArrayToObject(root, "keys"));
            for (size_t i = 0; ok && i < r->n_rows; i++)
                ok = (x = row_json(&r->rows[i], 2)) &&
                     cJSON_AddItemToArray(a, x);
        } else if (ok && r->n_groups >= 2) {
            cJSON *gs = cJSON_AddArrayToObject(root, "groups");
            ok = gs != NULL;
            for (size_t g = 0; ok && g < r->n_groups; g++) {
                cJSON *o = cJSON_CreateObject(), *a;
                size_t n;
                const fsc_term_row *row = rows_of(r, g, top, &n);
                ok = o && cJSON_AddItemToArray(gs, o) &&
                     cJSON_AddStringToObject(o, "group", r->groups[g]) &&
                     add_num(o, "articles", (double)r->group_articles[g]) &&
                     add_num(o, "tokens", (double)r->group_tokens[g]) &&
                     (a = cJSON_AddArrayToObject(o, "keys"));
                for (size_t i = 0; ok && i < n; i++)
                    ok = (x = row_json(&row[i], 1)) &&
                         cJSON_AddItemToArray(a, x);
            }
        } else if (ok) {
            cJSON *a = cJSON_AddArrayToObject(root, "keys");
            ok = a != NULL;
            for (size_t i = 0; ok && i < r->n_rows; i++)
                ok = (x = row_json(&r->rows[i], 0)) &&
                     cJSON_AddItemToArray(a, x);
        }
    }
    char *s = ok ? cJSON_PrintUnformatted(root) : NULL;
    cJSON_Delete(root);
    return s;
}

fsc_status fsc_terms_render(fsc_terms *t, fsc_terms_format f,
                            const char *lang, char **out, size_t *len,
                            fsc_error *err)
{
    *out = NULL;
    if (len)
        *len = 0;
    const fsc_terms_result *r = NULL;
    fsc_status st = fsc_terms_run(t, &r, err);
    if (st != FSC_OK)
        return st;
    if (f == FSC_TERMS_JSON || f == FSC_TERMS_LEXICON) {
        char *s = json(r, lang, f == FSC_TERMS_LEXICON);
        if (!s)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        size_t n = strlen(s);
        char *o = malloc(n + 2);
        if (!o) {
            cJSON_free(s);
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        }
        memcpy(o, s, n);
        o[n] = '\n';
        o[n + 1] = '\0';
        cJSON_free(s);
        *out = o;
        if (len)
            *len = n + 1;
        return FSC_OK;
    }
    fsc_buf b;
    fsc__buf_init(&b, 0);
    st = f == FSC_TERMS_CSV ? csv(r, &b) : table(r, &b);
    if (st == FSC_OK && !b.data)
        st = fsc__buf_addc(&b, '\0');
    if (st != FSC_OK) {
        fsc__buf_free(&b);
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    if (len)
        *len = b.len;
    return fsc__buf_take(&b, out, NULL);
}
