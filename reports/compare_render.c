/*
 * compare_render.c - renders an fsc_compare_result as a readable table, one
 * JSON document (cJSON) or a tidy long CSV. Every number goes through
 * fsc__fmt_num, so all formats agree digit for digit; an undefined value is
 * null / empty / "-" next to its reason, never NaN. The time series and
 * the contested-term pairs appear in every format; the table shows the
 * series as one line of means per group x category while it has at most
 * TABLE_MAX_PERIODS periods (beyond that, only in JSON and CSV).
 */
#include "framescope/compare.h"

#include "buf.h"
#include "format.h"
#include "report_json.h"
#include "internal.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TABLE_MAX_PERIODS 12

static const char *unit_of(fsc_measure m)
{
    switch (m) {
    case FSC_MEASURE_RATE:
        return "matches per 1,000 tokens, per article";
    case FSC_MEASURE_COUNT:
        return "matches per article";
    case FSC_MEASURE_WEIGHTED:
        return "sum of entry weights per article";
    case FSC_MEASURE_PRESENCE:
        return "share of articles with at least one match";
    case FSC_MEASURE_VOICE_RATE:
        return "matches per 1,000 tokens of the voice, per article";
    case FSC_MEASURE_SHARE_ATTRIBUTED:
        return "share of the article's word tokens attributed to a source";
    case FSC_MEASURE_SHARE_QUOTED:
        return "share of the article's word tokens in quotation marks";
    case FSC_MEASURE_ANONYMOUS_RATE:
        return "anonymous attributions / attributions, per article";
    case FSC_MEASURE_SIDE_DIVERSITY:
        return "entropy of attributions over sides (0 one side, 1 even), "
               "per article";
    case FSC_MEASURE_SOURCES:
        return "distinct named sources per article";
    case FSC_MEASURE_SIDE:
        return "attributions to the side per article";
    }
    return "?";
}

/* "side:NAME" for the side measure, else the measure's name. */
static const char *measure_label(const fsc_compare_opts *o, char b[160])
{
    if (o->measure == FSC_MEASURE_SIDE)
        snprintf(b, 160, "side:%.150s", o->side ? o->side : "");
    else
        snprintf(b, 160, "%s", fsc_measure_name(o->measure));
    return b;
}

const char *fsc_prior_name(fsc_prior p)
{
    return p == FSC_PRIOR_UNIFORM  ? "uniform"
           : p == FSC_PRIOR_CORPUS ? "corpus"
                                   : "pooled";
}

fsc_status fsc_prior_parse(const char *s, fsc_prior *out)
{
    static const fsc_prior all[] = { FSC_PRIOR_POOLED, FSC_PRIOR_UNIFORM,
                                     FSC_PRIOR_CORPUS };
    for (size_t i = 0; s && out && i < sizeof all / sizeof *all; i++)
        if (strcmp(s, fsc_prior_name(all[i])) == 0) {
            *out = all[i];
            return FSC_OK;
        }
    return FSC_EINVAL;
}

static const char *keyness_note(void)
{
    return "Fightin' Words (Monroe et al. 2008): log-odds ratio delta with "
           "a Dirichlet prior (see prior, a0) over the terms either group "
           "uses, z = delta / sqrt(var), z > 0 leans to group_a; G2 of the "
           "term vs all other tokens, Williams-corrected, p from "
           "chi-square(1); counts are framing-match terms (layer "
           "attribution excluded), totals the tokens of the rows with "
           "matches";
}

static const char *family_note(void)
{
    return "Benjamini-Hochberg, separately for each test: welch_p_adj over "
           "every Welch p, mw_p_adj over every Mann-Whitney p and "
           "perm_p_adj over every permutation p of this run (all pairs of "
           "groups x all categories); kw_p_adj over the Kruskal-Wallis p of "
           "every category";
}

static const fsc_compare_cell *cell_of(const fsc_compare_result *r, size_t v,
                                       size_t g, size_t c)
{
    return &r->cells[(v * r->n_groups + g) * r->n_categories + c];
}

/* Name of voice index v of the result. */
static const char *voice_of(const fsc_compare_result *r, size_t v)
{
    return fsc_compare_voice_name(r->voice_list ? r->voice_list[v]
                                                : r->opts.voice);
}

/* Pairs per category and voice. */
static size_t pairs_per(const fsc_compare_result *r)
{
    size_t n = r->n_categories * (r->n_voices ? r->n_voices : 1);
    return n ? r->n_pairs / n : 0;
}

/* Mann-Whitney tests in the BH family of voice v. */
static size_t m_mw_of(const fsc_compare_result *r, size_t v)
{
    size_t per = pairs_per(r) * r->n_categories, m = 0;
    for (size_t i = v * per; i < (v + 1) * per && i < r->n_pairs; i++)
        m += isnan(r->pairs[i].mw.p) ? 0u : 1u;
    return m;
}

/* ------------------------------------------------------------------ */
/* JSON                                                                 */
/* ------------------------------------------------------------------ */

static int jnum(cJSON *o, const char *k, double v)
{
    char b[40];
    if (!fsc__fmt_num(v, b))
        return cJSON_AddNullToObject(o, k) != NULL;
    return cJSON_AddRawToObject(o, k, b) != NULL;
}

static int jsize(cJSON *o, const char *k, size_t v)
{
    char b[32];
    snprintf(b, sizeof b, "%zu", v);
    return cJSON_AddRawToObject(o, k, b) != NULL;
}

static int jstr(cJSON *o, const char *k, const char *s)
{
    return (s ? cJSON_AddStringToObject(o, k, s)
              : cJSON_AddNullToObject(o, k)) != NULL;
}

static cJSON *reasons_json(const fsc_compare_reason *r, size_t n)
{
    cJSON *a = cJSON_CreateArray();
    for (size_t i = 0; a && i < n; i++) {
        cJSON *o = cJSON_CreateObject();
        if (!o || !cJSON_AddItemToArray(a, o) || !jstr(o, "reason", r[i].reason) ||
            !jsize(o, "count", r[i].count)) {
            cJSON_Delete(o);
            cJSON_Delete(a);
            return NULL;
        }
    }
    return a;
}

static int add_item(cJSON *o, const char *k, cJSON *item)
{
    if (!item)
        return 0;
    if (!cJSON_AddItemToObject(o, k, item)) {
        cJSON_Delete(item);
        return 0;
    }
    return 1;
}

static cJSON *keyness_json(const fsc_compare_result *r)
{
    const fsc_compare_opts *o = &r->opts;
    cJSON *x = cJSON_CreateObject(), *arr;
    int ok = x && jstr(x, "note", r->keyness_reason) &&
             jstr(x, "method", keyness_note()) &&
             jstr(x, "prior", fsc_prior_name(o->prior)) &&
             jnum(x, "a0", o->prior_a0) && jsize(x, "top", o->keyness_top) &&
             jsize(x, "rows_with_matches", r->keyness_rows) &&
             jsize(x, "rows_without_matches", r->keyness_rows_without) &&
             jsize(x, "m_keyness", r->m_keyness) &&
             jstr(x, "p_adjust",
                  "g2_p_adj: Benjamini-Hochberg over the g2_p of every term "
                  "of every pair's vocabulary (m_keyness tests), not only "
                  "the listed terms");
    arr = cJSON_CreateArray();
    ok = ok && add_item(x, "pairs", arr);
    for (size_t i = 0; ok && i < r->n_keyness; i++) {
        const fsc_compare_keyness *k = &r->keyness[i];
        cJSON *e = cJSON_CreateObject(), *ta;
        ok = e && cJSON_AddItemToArray(arr, e) &&
             jstr(e, "group_a", r->groups[k->a]) &&
             jstr(e, "group_b", r->groups[k->b]) &&
             jnum(e, "tokens_a", k->tokens_a) &&
             jnum(e, "tokens_b", k->tokens_b) &&
             jnum(e, "terms_a", k->terms_a) && jnum(e, "terms_b", k->terms_b) &&
             jsize(e, "vocabulary", k->n_vocab) &&
             jstr(e, "reason", k->reason) && jstr(e, "caution", k->caution);
        ta = cJSON_CreateArray();
        ok = ok && add_item(e, "terms", ta);
        for (size_t t = 0; ok && t < k->n_top; t++) {
            const fsc_compare_term *m = &k->top[t];
            cJSON *te = cJSON_CreateObject();
            ok = te && cJSON_AddItemToArray(ta, te) &&
                 jstr(te, "term", m->term) && jnum(te, "count_a", m->count_a) &&
                 jnum(te, "count_b", m->count_b) &&
                 jnum(te, "delta", m->k.delta) && jnum(te, "var", m->k.var) &&
                 jnum(te, "z", m->k.z) &&
                 jstr(te, "leans_to",
                      m->k.z > 0   ? r->groups[k->a]
                      : m->k.z < 0 ? r->groups[k->b]
                                   : NULL) &&
                 jnum(te, "g2", m->k.g2) && jnum(te, "g2_p", m->k.g2_p) &&
                 jnum(te, "g2_p_adj", m->g2_p_adj);
        }
    }
    if (!ok) {
        cJSON_Delete(x);
        return NULL;
    }
    return x;
}

/* Descriptive fields of a cell, as "descriptives" has them. */
static int desc_json(cJSON *e, const fsc_desc *d)
{
    return jsize(e, "articles", d->n) &&
           jsize(e, "articles_with_match", d->n_nonzero) &&
           jnum(e, "mean", d->mean) && jnum(e, "sd", d->sd) &&
           jnum(e, "median", d->median) && jnum(e, "q1", d->q1) &&
           jnum(e, "q3", d->q3) && jnum(e, "iqr", d->q3 - d->q1) &&
           jnum(e, "ci_lo", d->ci_lo) && jnum(e, "ci_hi", d->ci_hi) &&
           jstr(e, "reason", d->reason);
}

static cJSON *series_json(const fsc_compare_result *r)
{
    cJSON *arr = cJSON_CreateArray();
    int ok = arr != NULL;
    for (size_t g = 0; ok && g < r->n_groups; g++)
        for (size_t p = 0; ok && p < r->n_periods; p++)
            for (size_t c = 0; ok && c < r->n_categories; c++) {
                const fsc_compare_cell *cell =
                    &r->series[(g * r->n_periods + p) * r->n_categories + c];
                cJSON *e = cJSON_CreateObject();
                ok = e && cJSON_AddItemToArray(arr, e) &&
                     jstr(e, "group", r->groups[g]) &&
                     jstr(e, "period", r->periods[p]) &&
                     jstr(e, "category", r->categories[c]) &&
                     desc_json(e, &cell->desc);
            }
    if (!ok) {
        cJSON_Delete(arr);
        return NULL;
    }
    return arr;
}

static cJSON *contrasts_json(const fsc_compare_result *r)
{
    cJSON *arr = cJSON_CreateArray();
    int ok = arr != NULL;
    for (size_t i = 0; ok && i < r->n_contrasts; i++) {
        const fsc_compare_contrast *k = &r->contrasts[i];
        cJSON *e = cJSON_CreateObject();
        ok = e && cJSON_AddItemToArray(arr, e) &&
             jstr(e, "category_a", r->categories[k->a]) &&
             jstr(e, "category_b", r->categories[k->b]) &&
             jstr(e, "group", r->groups[k->group]) &&
             jnum(e, "uses_a", k->uses_a) && jnum(e, "uses_b", k->uses_b) &&
             jsize(e, "articles", k->articles) &&
             jnum(e, "share_a", k->share_a) &&
             jnum(e, "share_lo", k->share_lo) &&
             jnum(e, "share_hi", k->share_hi) && jnum(e, "ratio", k->ratio) &&
             jnum(e, "ratio_lo", k->ratio_lo) &&
             jnum(e, "ratio_hi", k->ratio_hi) && jstr(e, "reason", k->reason);
    }
    if (!ok) {
        cJSON_Delete(arr);
        return NULL;
    }
    return arr;
}

/*
 * The pairwise tests (1,225 pairs per category with 50 groups: most of the
 * document) are written straight into a buffer and added as one raw item,
 * instead of as a cJSON tree of about 30 nodes per pair that is printed
 * and freed again. The bytes are what cJSON_PrintUnformatted prints for
 * that tree: keys and strings escaped as cJSON escapes them (", \ and the
 * control characters; \u00XX in lower case for those without a short
 * escape; every other byte as it is), numbers as jnum() and jsize() put
 * them, no white space.
 */
/* The writers below write into room reserved beforehand (jw_room() bounds
 * what a pair needs), so no call checks capacity. */
static char *jw_lit(char *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(o, s, n);
    return o + n;
}

/* s as a JSON string, escaped as cJSON escapes it: at most 6 bytes per
 * byte, plus the quotes. */
static char *jw_esc(char *o, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    *o++ = '"';
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char ch = *p;
        if (ch > 31 && ch != '"' && ch != '\\') {
            *o++ = (char)ch;
            continue;
        }
        *o++ = '\\';
        switch (ch) {
        case '"':
            *o++ = '"';
            break;
        case '\\':
            *o++ = '\\';
            break;
        case '\b':
            *o++ = 'b';
            break;
        case '\f':
            *o++ = 'f';
            break;
        case '\n':
            *o++ = 'n';
            break;
        case '\r':
            *o++ = 'r';
            break;
        case '\t':
            *o++ = 't';
            break;
        default:
            *o++ = 'u';
            *o++ = '0';
            *o++ = '0';
            *o++ = hex[ch >> 4];
            *o++ = hex[ch & 15];
        }
    }
    *o++ = '"';
    return o;
}

/* ,"k": -- the keys below are plain ASCII, so no escaping */
static char *jw_key(char *o, const char *k)
{
    *o++ = ',';
    *o++ = '"';
    o = jw_lit(o, k);
    *o++ = '"';
    *o++ = ':';
    return o;
}

static char *jw_str(char *o, const char *k, const char *s)
{
    o = jw_key(o, k);
    return s ? jw_esc(o, s) : jw_lit(o, "null");
}

static char *jw_num(char *o, const char *k, double v)
{
    char b[40];
    o = jw_key(o, k);
    return jw_lit(o, fsc__fmt_num(v, b) ? b : "null");
}

static char *jw_size(char *o, const char *k, size_t v)
{
    char b[24];
    int n = 0;
    o = jw_key(o, k);
    do {
        b[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *o++ = b[--n];
    return o;
}

static char *jw_bool(char *o, const char *k, int v)
{
    o = jw_key(o, k);
    return jw_lit(o, v ? "true" : "false");
}

static size_t jw_room(const char *s)
{
    return s ? 6 * strlen(s) + 2 : 4;
}

/* The "tests" array of "pairwise", as text (NUL-terminated in *b). */
static fsc_status tests_text(const fsc_compare_result *r, int multi, fsc_buf *b)
{
    fsc_status st = fsc__buf_add(b, "[", 1);
    for (size_t i = 0; i < r->n_pairs && st == FSC_OK; i++) {
        const fsc_compare_pair *p = &r->pairs[i];
        const fsc_desc *da = &cell_of(r, p->voice, p->a, p->category)->desc;
        const fsc_desc *db = &cell_of(r, p->voice, p->b, p->category)->desc;
        /* the reasons of undefined figures */
        const char *rs[5] = { p->welch.reason, p->mw.reason, p->perm.reason,
                              p->effect.reason,
                              isnan(p->ratio) ? "ratio: mean of group_b is 0"
                                              : NULL };
        const char *pre[5] = { "welch", "mann_whitney", "permutation", "effect",
                               NULL };
        char t[5][300];
        /* keys, 20 numbers of at most 24 bytes, sizes, booleans: < 1,500 */
        size_t room = 2048 + jw_room(r->categories[p->category]) +
                      jw_room(r->groups[p->a]) + jw_room(r->groups[p->b]) +
                      (multi ? jw_room(voice_of(r, p->voice)) : 0) +
                      jw_room(p->mw.method);
        for (int k = 0; k < 5; k++)
            if (rs[k]) {
                if (pre[k])
                    snprintf(t[k], sizeof t[k], "%s: %s", pre[k], rs[k]);
                else
                    snprintf(t[k], sizeof t[k], "%s", rs[k]);
                room += jw_room(t[k]) + 1;
            }
        if ((st = fsc__buf_reserve(b, room)))
            break;
        char *o = b->data + b->len, *o0 = o;
        if (i)
            *o++ = ',';
        char *first = o; /* the first key's comma becomes the '{' */
        if (multi)
            o = jw_str(o, "voice", voice_of(r, p->voice));
        o = jw_str(o, "category", r->categories[p->category]);
        o = jw_str(o, "group_a", r->groups[p->a]);
        o = jw_str(o, "group_b", r->groups[p->b]);
        o = jw_size(o, "n_a", da->n);
        o = jw_size(o, "n_b", db->n);
        o = jw_num(o, "mean_a", da->mean);
        o = jw_num(o, "mean_b", db->mean);
        o = jw_num(o, "mean_diff", p->effect.mean_diff);
        o = jw_num(o, "ratio", p->ratio);
        o = jw_num(o, "welch_t", p->welch.statistic);
        o = jw_num(o, "welch_df", p->welch.df);
        o = jw_num(o, "welch_p", p->welch.p);
        o = jw_num(o, "welch_p_adj", p->welch_p_adj);
        o = jw_num(o, "mw_w", p->mw.statistic);
        o = jw_num(o, "mw_p", p->mw.p);
        o = jw_bool(o, "mw_exact", p->mw.exact);
        o = jw_str(o, "mw_method", p->mw.method);
        o = jw_num(o, "mw_p_adj", p->mw_p_adj);
        o = jw_num(o, "perm_p", p->perm.p);
        o = jw_num(o, "perm_p_adj", p->perm_p_adj);
        o = jw_num(o, "cohen_d", p->effect.cohen_d);
        o = jw_num(o, "hedges_g", p->effect.hedges_g);
        o = jw_num(o, "cliff_delta", p->effect.cliff);
        o = jw_num(o, "cliff_delta_lo", p->effect.cliff_lo);
        o = jw_num(o, "cliff_delta_hi", p->effect.cliff_hi);
        o = jw_bool(o, "finding", fsc_compare_is_finding(r, p, NULL, NULL));
        o = jw_key(o, "reasons");
        *o++ = '[';
        int any = 0;
        for (int k = 0; k < 5; k++)
            if (rs[k]) {
                if (any++)
                    *o++ = ',';
                o = jw_esc(o, t[k]);
            }
        *o++ = ']';
        *o++ = '}';
        *first = '{';
        b->len += (size_t)(o - o0);
        *o = '\0';
    }
    if (st == FSC_OK)
        st = fsc__buf_add(b, "]", 1);
    return st;
}

static cJSON *render_json(const fsc_compare_result *r)
{
    const fsc_compare_opts *o = &r->opts;
    char ml[160];
    cJSON *root = cJSON_CreateObject(), *x, *arr;
    if (!root)
        return NULL;
    int ok = jstr(root, "tool", "framescope compare") &&
             jstr(root, "version", fsc_version());

    x = cJSON_CreateObject();
    ok = ok && add_item(root, "options", x) && jstr(x, "by", o->by) &&
         jstr(x, "measure", measure_label(o, ml)) &&
         jstr(x, "voice", fsc_compare_voice_name(o->voice)) &&
         jstr(x, "unit", unit_of(o->measure)) &&
         jsize(x, "bootstrap", o->bootstrap) && jnum(x, "level", o->level) &&
         jsize(x, "permutations", o->permutations) &&
         cJSON_AddRawToObject(x, "seed", "0") && jnum(x, "alpha", o->alpha) &&
         jstr(x, "test", fsc_compare_test_name(o->test)) &&
         jnum(x, "min_effect", fsc_compare_min_effect(o)) &&
         jsize(x, "min_group", o->min_group) &&
         cJSON_AddBoolToObject(x, "all_layers", o->all_layers) &&
         jstr(x, "from", o->from) && jstr(x, "to", o->to) &&
         jstr(x, "period", fsc_compare_period_name(o->period));
    if (ok && r->n_voices > 1) {
        /* Several voices: "voice" is the first (keyness, series and
         * contrasts are of it), "voices" lists them all. */
        cJSON *va = cJSON_CreateArray();
        ok = add_item(x, "voices", va);
        for (size_t v = 0; ok && v < r->n_voices; v++)
            ok = cJSON_AddItemToArray(va, cJSON_CreateString(voice_of(r, v)));
    }
    if (ok) {
        char sb[32];
        snprintf(sb, sizeof sb, "%llu", (unsigned long long)o->seed);
        cJSON_ReplaceItemInObject(x, "seed", cJSON_CreateRaw(sb));
        arr = cJSON_CreateArray();
        ok = add_item(x, "where", arr);
        for (size_t i = 0; ok && i < o->n_where; i++)
            ok = cJSON_AddItemToArray(arr, cJSON_CreateString(o->where[i]));
        arr = cJSON_CreateArray();
        ok = ok && add_item(x, "categories", arr);
        for (size_t i = 0; ok && i < o->n_categories; i++)
            ok = cJSON_AddItemToArray(arr,
                                      cJSON_CreateString(o->categories[i]));
    }

    x = cJSON_CreateObject();
    ok = ok && add_item(root, "records", x) && jsize(x, "read", r->rows_read) &&
         jsize(x, "used", r->rows_used) &&
         jsize(x, "skipped", r->rows_skipped) &&
         add_item(x, "skipped_reasons",
                  reasons_json(r->skipped_reasons, r->n_skipped_reasons)) &&
         jsize(x, "filtered_out", r->rows_filtered) &&
         add_item(x, "filtered_reasons",
                  reasons_json(r->filtered_reasons, r->n_filtered_reasons)) &&
         jsize(x, "invalid", r->rows_invalid) &&
         add_item(x, "invalid_reasons",
                  reasons_json(r->invalid_reasons, r->n_invalid_reasons));

    arr = cJSON_CreateArray();
    ok = ok && add_item(root, "groups", arr);
    for (size_t g = 0; ok && g < r->n_groups; g++) {
        cJSON *go = cJSON_CreateObject();
        ok = go && cJSON_AddItemToArray(arr, go) &&
             jstr(go, "name", r->groups[g]) &&
             jsize(go, "articles", r->group_rows[g]);
        /* Scoped lexicons: how many of the group's articles are in scope
         * (only their matches count in the lexicon's categories). */
        cJSON *sc = ok && r->n_scopes ? cJSON_CreateObject() : NULL;
        ok = ok && (!r->n_scopes || add_item(go, "scope", sc));
        for (size_t s = 0; ok && s < r->n_scopes; s++) {
            cJSON *so = cJSON_CreateObject();
            ok = add_item(sc, r->scopes[s], so) &&
                 jsize(so, "articles", r->scope_rows[g * r->n_scopes + s]) &&
                 jsize(so, "in_scope", r->scope_in[g * r->n_scopes + s]);
        }
    }
    /* The lexicon set of the rows (names, versions, SHA-256, layers). */
    ok = ok && (r->lexicon_set
                    ? cJSON_AddRawToObject(root, "lexicon_set", r->lexicon_set)
                    : cJSON_AddNullToObject(root, "lexicon_set")) != NULL;
    arr = cJSON_CreateArray();
    ok = ok && add_item(root, "categories", arr);
    for (size_t c = 0; ok && c < r->n_categories; c++)
        ok = cJSON_AddItemToArray(arr, cJSON_CreateString(r->categories[c]));

    arr = cJSON_CreateArray();
    ok = ok && add_item(root, "descriptives", arr);
    /* The "voice" fields only with several voices: one-voice output stays
     * as it was. */
    const int multi = r->n_voices > 1;
    for (size_t v = 0; ok && v < r->n_voices; v++)
        for (size_t c = 0; ok && c < r->n_categories; c++)
            for (size_t g = 0; ok && g < r->n_groups; g++) {
                const fsc_desc *d = &cell_of(r, v, g, c)->desc;
                cJSON *e = cJSON_CreateObject();
                ok = e && cJSON_AddItemToArray(arr, e) &&
                     (!multi || jstr(e, "voice", voice_of(r, v))) &&
                     jstr(e, "category", r->categories[c]) &&
                     jstr(e, "group", r->groups[g]) && desc_json(e, d);
            }
    if (ok && r->series) {
        cJSON *pa = cJSON_CreateArray();
        ok = add_item(root, "periods", pa);
        for (size_t p = 0; ok && p < r->n_periods; p++)
            ok = cJSON_AddItemToArray(pa, cJSON_CreateString(r->periods[p]));
        ok = ok && add_item(root, "series", series_json(r));
    }
    ok = ok && add_item(root, "contrasts", contrasts_json(r));

    x = cJSON_CreateObject();
    ok = ok && add_item(root, "pairwise", x);
    if (ok && r->n_groups < 2)
        ok = jstr(x, "note", "only one group: no pairwise tests");
    else if (ok)
        ok = cJSON_AddNullToObject(x, "note") != NULL;
    if (ok) {
        cJSON *pa = cJSON_CreateObject();
        ok = add_item(x, "p_adjust", pa) && jstr(pa, "method", "BH") &&
             jstr(pa, "families", family_note()) &&
             jsize(pa, "m_welch", r->m_welch) && jsize(pa, "m_mw", r->m_mw) &&
             jsize(pa, "m_perm", r->m_perm) && jsize(pa, "m_kw", r->m_kw);
    }
    if (ok) {
        fsc_buf tb;
        fsc__buf_init(&tb, FSC_BUF_DEFAULT_CAP);
        ok = tests_text(r, multi, &tb) == FSC_OK &&
             cJSON_AddRawToObject(x, "tests", tb.data) != NULL;
        fsc__buf_free(&tb);
    }
    arr = cJSON_CreateArray();
    ok = ok && add_item(root, "kruskal_wallis", arr);
    for (size_t i = 0; ok && i < r->n_kw; i++) {
        const fsc_compare_kw *k = &r->kw[i];
        cJSON *e = cJSON_CreateObject();
        ok = e && cJSON_AddItemToArray(arr, e) &&
             (!multi || jstr(e, "voice", voice_of(r, k->voice))) &&
             jstr(e, "category", r->categories[k->category]) &&
             jnum(e, "kw_h", k->test.statistic) && jnum(e, "kw_df", k->test.df) &&
             jnum(e, "kw_p", k->test.p) && jnum(e, "kw_p_adj", k->p_adj) &&
             jstr(e, "reason", k->test.reason);
    }
    if (ok && r->n_groups <= 2)
        ok = jstr(root, "kruskal_wallis_note",
                  "Kruskal-Wallis runs only with more than two groups");
    if (ok && o->keyness)
        ok = add_item(root, "keyness", keyness_json(r));
    if (!ok) {
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

/* ------------------------------------------------------------------ */
/* CSV: section,category,group,group_b,statistic,value,note            */
/* ------------------------------------------------------------------ */

/* The columns are fixed; some sections put another key in a column whose
 * name does not fit, as keyness term rows put the term under category:
 * "series" rows put the period under group_b, and "contrast" rows put
 * category a under category and category b under group_b. */

typedef struct csvw {
    fsc_buf *b;
    fsc_status st;
} csvw;

static void csv_s(csvw *w, const char *s)
{
    if (w->st == FSC_OK)
        w->st = fsc__csv_text_field(w->b, s ? s : "", s ? strlen(s) : 0);
}

static void csv_c(csvw *w, char ch)
{
    if (w->st == FSC_OK)
        w->st = fsc__buf_addc(w->b, ch);
}

static void csv_row(csvw *w, const char *sec, const char *cat, const char *g,
                    const char *gb, const char *stat, double v,
                    const char *note)
{
    char num[40];
    const char *f[7] = { sec, cat, g, gb, stat, NULL, note };
    if (!fsc__fmt_num(v, num) && !note)
        f[6] = "undefined";
    f[5] = num;
    for (int i = 0; i < 7; i++) {
        if (i)
            csv_c(w, ',');
        /* The value is a number (or empty), never text: no formula guard,
         * so that "-0.59" reads back as a number. */
        if (i == 5 && w->st == FSC_OK)
            w->st = fsc__buf_adds(w->b, num);
        else
            csv_s(w, f[i]);
    }
    if (w->st == FSC_OK)
        w->st = fsc__buf_add(w->b, "\r\n", 2);
}

static const char *undef(double v, const char *reason)
{
    return isfinite(v) ? NULL : reason;
}

/* The section column of a per-voice figure: "descriptive", or with several
 * voices "descriptive:authorial" (a reader that splits at ':' gets both). */
static void section(const fsc_compare_result *r, const char *sec, size_t v,
                    char out[48])
{
    if (r->n_voices > 1)
        snprintf(out, 48, "%s:%s", sec, voice_of(r, v));
    else
        snprintf(out, 48, "%s", sec);
}

static void render_csv(const fsc_compare_result *r, csvw *w)
{
    const fsc_compare_opts *o = &r->opts;
    if (w->st == FSC_OK)
        w->st = fsc__buf_adds(w->b,
                              "section,category,group,group_b,statistic,"
                              "value,note\r\n");
    csv_row(w, "options", NULL, NULL, NULL, "by", NAN, o->by);
    char ml[160];
    csv_row(w, "options", NULL, NULL, NULL, "measure", NAN,
            measure_label(o, ml));
    csv_row(w, "options", NULL, NULL, NULL, "voice", NAN,
            fsc_compare_voice_name(o->voice));
    for (size_t v = 0; r->n_voices > 1 && v < r->n_voices; v++)
        csv_row(w, "options", NULL, NULL, NULL, "voices", (double)v,
                voice_of(r, v));
    csv_row(w, "options", NULL, NULL, NULL, "bootstrap", (double)o->bootstrap,
            NULL);
    csv_row(w, "options", NULL, NULL, NULL, "level", o->level, NULL);
    csv_row(w, "options", NULL, NULL, NULL, "permutations",
            (double)o->permutations, NULL);
    char sb[32];
    snprintf(sb, sizeof sb, "%llu", (unsigned long long)o->seed);
    csv_row(w, "options", NULL, NULL, NULL, "seed", NAN, sb);
    csv_row(w, "options", NULL, NULL, NULL, "period", NAN,
            fsc_compare_period_name(o->period));
    csv_row(w, "options", NULL, NULL, NULL, "p_adjust", NAN, family_note());
    csv_row(w, "options", NULL, NULL, NULL, "alpha", o->alpha, NULL);
    csv_row(w, "options", NULL, NULL, NULL, "test", NAN,
            fsc_compare_test_name(o->test));
    csv_row(w, "options", NULL, NULL, NULL, "min_effect",
            fsc_compare_min_effect(o), NULL);
    csv_row(w, "options", NULL, NULL, NULL, "min_group", (double)o->min_group,
            NULL);
    csv_row(w, "records", NULL, NULL, NULL, "read", (double)r->rows_read, NULL);
    csv_row(w, "records", NULL, NULL, NULL, "used", (double)r->rows_used, NULL);
    csv_row(w, "records", NULL, NULL, NULL, "skipped", (double)r->rows_skipped,
            NULL);
    for (size_t i = 0; i < r->n_skipped_reasons; i++)
        csv_row(w, "records", NULL, NULL, NULL, "skipped_reason",
                (double)r->skipped_reasons[i].count,
                r->skipped_reasons[i].reason);
    csv_row(w, "records", NULL, NULL, NULL, "filtered_out",
            (double)r->rows_filtered, NULL);
    for (size_t i = 0; i < r->n_filtered_reasons; i++)
        csv_row(w, "records", NULL, NULL, NULL, "filtered_reason",
                (double)r->filtered_reasons[i].count,
                r->filtered_reasons[i].reason);
    csv_row(w, "records", NULL, NULL, NULL, "invalid", (double)r->rows_invalid,
            NULL);
    for (size_t i = 0; i < r->n_invalid_reasons; i++)
        csv_row(w, "records", NULL, NULL, NULL, "invalid_reason", 1,
                r->invalid_reasons[i].reason);
    /* Scoped lexicons: the lexicon goes in the category column. */
    for (size_t s = 0; s < r->n_scopes; s++)
        for (size_t g = 0; g < r->n_groups; g++) {
            csv_row(w, "scope", r->scopes[s], r->groups[g], NULL, "articles",
                    (double)r->scope_rows[g * r->n_scopes + s], NULL);
            csv_row(w, "scope", r->scopes[s], r->groups[g], NULL, "in_scope",
                    (double)r->scope_in[g * r->n_scopes + s], NULL);
        }
    for (size_t v = 0; v < r->n_voices; v++)
    for (size_t c = 0; c < r->n_categories; c++)
        for (size_t g = 0; g < r->n_groups; g++) {
            const fsc_desc *d = &cell_of(r, v, g, c)->desc;
            const char *cat = r->categories[c], *gn = r->groups[g];
            char sec[48];
            section(r, "descriptive", v, sec);
            struct {
                const char *k;
                double v;
            } f[] = { { "articles", (double)d->n },
                      { "articles_with_match", (double)d->n_nonzero },
                      { "mean", d->mean },
                      { "sd", d->sd },
                      { "median", d->median },
                      { "q1", d->q1 },
                      { "q3", d->q3 },
                      { "iqr", d->q3 - d->q1 },
                      { "ci_lo", d->ci_lo },
                      { "ci_hi", d->ci_hi } };
            for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
                csv_row(w, sec, cat, gn, NULL, f[i].k, f[i].v,
                        undef(f[i].v, d->reason));
        }
    for (size_t c = 0; r->series && c < r->n_categories; c++)
        for (size_t g = 0; g < r->n_groups; g++)
            for (size_t p = 0; p < r->n_periods; p++) {
                const fsc_desc *d =
                    &r->series[(g * r->n_periods + p) * r->n_categories + c]
                         .desc;
                const char *cat = r->categories[c], *gn = r->groups[g];
                struct {
                    const char *k;
                    double v;
                } f[] = { { "articles", (double)d->n },
                          { "articles_with_match", (double)d->n_nonzero },
                          { "mean", d->mean },
                          { "sd", d->sd },
                          { "median", d->median },
                          { "q1", d->q1 },
                          { "q3", d->q3 },
                          { "iqr", d->q3 - d->q1 },
                          { "ci_lo", d->ci_lo },
                          { "ci_hi", d->ci_hi } };
                for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
                    csv_row(w, "series", cat, gn, r->periods[p], f[i].k,
                            f[i].v, undef(f[i].v, d->reason));
            }
    for (size_t i = 0; i < r->n_contrasts; i++) {
        const fsc_compare_contrast *k = &r->contrasts[i];
        const char *ca = r->categories[k->a], *cb = r->categories[k->b];
        const char *gn = r->groups[k->group];
        struct {
            const char *k;
            double v;
        } f[] = { { "uses_a", k->uses_a },     { "uses_b", k->uses_b },
                  { "articles", (double)k->articles },
                  { "share_a", k->share_a },   { "share_lo", k->share_lo },
                  { "share_hi", k->share_hi }, { "ratio", k->ratio },
                  { "ratio_lo", k->ratio_lo }, { "ratio_hi", k->ratio_hi } };
        for (size_t j = 0; j < sizeof f / sizeof f[0]; j++)
            csv_row(w, "contrast", ca, gn, cb, f[j].k, f[j].v,
                    undef(f[j].v, k->reason ? k->reason : "undefined"));
    }
    for (size_t i = 0; i < r->n_pairs; i++) {
        const fsc_compare_pair *p = &r->pairs[i];
        const char *cat = r->categories[p->category];
        const char *a = r->groups[p->a], *b = r->groups[p->b];
        const fsc_desc *da = &cell_of(r, p->voice, p->a, p->category)->desc;
        const fsc_desc *db = &cell_of(r, p->voice, p->b, p->category)->desc;
        char sec[48];
        section(r, "pairwise", p->voice, sec);
        struct {
            const char *k;
            double v;
            const char *why;
        } f[] = {
            { "n_a", (double)da->n, NULL },
            { "n_b", (double)db->n, NULL },
            { "mean_a", da->mean, da->reason },
            { "mean_b", db->mean, db->reason },
            { "mean_diff", p->effect.mean_diff, p->effect.reason },
            { "ratio", p->ratio, "mean of group_b is 0" },
            { "welch_t", p->welch.statistic, p->welch.reason },
            { "welch_df", p->welch.df, p->welch.reason },
            { "welch_p", p->welch.p, p->welch.reason },
            { "welch_p_adj", p->welch_p_adj, p->welch.reason },
            { "mw_w", p->mw.statistic, p->mw.reason },
            { "mw_p", p->mw.p, p->mw.reason },
            { "mw_exact", p->mw.exact, NULL },
            { "mw_p_adj", p->mw_p_adj, p->mw.reason },
            { "perm_p", p->perm.p, p->perm.reason },
            { "perm_p_adj", p->perm_p_adj, p->perm.reason },
            { "cohen_d", p->effect.cohen_d, p->effect.reason },
            { "hedges_g", p->effect.hedges_g, p->effect.reason },
            { "cliff_delta", p->effect.cliff, p->effect.reason },
            { "cliff_delta_lo", p->effect.cliff_lo, p->effect.reason },
            { "cliff_delta_hi", p->effect.cliff_hi, p->effect.reason },
            { "finding", fsc_compare_is_finding(r, p, NULL, NULL), NULL },
        };
        for (size_t k = 0; k < sizeof f / sizeof f[0]; k++)
            csv_row(w, sec, cat, a, b, f[k].k, f[k].v,
                    undef(f[k].v, f[k].why));
    }
    for (size_t i = 0; i < r->n_kw; i++) {
        const fsc_compare_kw *k = &r->kw[i];
        const char *cat = r->categories[k->category];
        char sec[48];
        section(r, "kruskal_wallis", k->voice, sec);
        csv_row(w, sec, cat, NULL, NULL, "kw_h", k->test.statistic,
                undef(k->test.statistic, k->test.reason));
        csv_row(w, sec, cat, NULL, NULL, "kw_df", k->test.df,
                undef(k->test.df, k->test.reason));
        csv_row(w, sec, cat, NULL, NULL, "kw_p", k->test.p,
                undef(k->test.p, k->test.reason));
        csv_row(w, sec, cat, NULL, NULL, "kw_p_adj", k->p_adj,
                undef(k->p_adj, k->test.reason));
    }
    if (!o->keyness)
        return;
    /* Keyness: pair rows have no category; term rows name the term in the
     * category column. */
    csv_row(w, "keyness", NULL, NULL, NULL, "prior", o->prior_a0,
            fsc_prior_name(o->prior));
    csv_row(w, "keyness", NULL, NULL, NULL, "rows_with_matches",
            (double)r->keyness_rows, NULL);
    csv_row(w, "keyness", NULL, NULL, NULL, "rows_without_matches",
            (double)r->keyness_rows_without, NULL);
    csv_row(w, "keyness", NULL, NULL, NULL, "m_keyness", (double)r->m_keyness,
            NULL);
    if (r->keyness_reason)
        csv_row(w, "keyness", NULL, NULL, NULL, "no_term_data", NAN,
                r->keyness_reason);
    for (size_t i = 0; i < r->n_keyness; i++) {
        const fsc_compare_keyness *k = &r->keyness[i];
        const char *a = r->groups[k->a], *b = r->groups[k->b];
        csv_row(w, "keyness", NULL, a, b, "tokens_a", k->tokens_a, NULL);
        csv_row(w, "keyness", NULL, a, b, "tokens_b", k->tokens_b, NULL);
        csv_row(w, "keyness", NULL, a, b, "terms_a", k->terms_a, NULL);
        csv_row(w, "keyness", NULL, a, b, "terms_b", k->terms_b, NULL);
        csv_row(w, "keyness", NULL, a, b, "vocabulary", (double)k->n_vocab,
                k->reason);
        if (k->caution)
            csv_row(w, "keyness", NULL, a, b, "caution", NAN, k->caution);
        for (size_t t = 0; t < k->n_top; t++) {
            const fsc_compare_term *m = &k->top[t];
            struct {
                const char *k;
                double v;
            } f[] = { { "count_a", m->count_a }, { "count_b", m->count_b },
                      { "delta", m->k.delta },   { "var", m->k.var },
                      { "z", m->k.z },           { "g2", m->k.g2 },
                      { "g2_p", m->k.g2_p },     { "g2_p_adj", m->g2_p_adj } };
            for (size_t j = 0; j < sizeof f / sizeof f[0]; j++)
                csv_row(w, "keyness", m->term, a, b, f[j].k, f[j].v,
                        undef(f[j].v, "undefined for this term"));
        }
    }
}

/* ------------------------------------------------------------------ */
/* Table                                                                */
/* ------------------------------------------------------------------ */

static const char *num(double v, char b[40])
{
    if (!fsc__fmt_round(v, b))
        strcpy(b, "-");
    return b;
}

/* v rounded to `d` decimals, through the shared formatter. */
static const char *rnum(double v, int d, char b[40])
{
    double s = pow(10, d);
    return num(round(v * s) / s, b);
}

/* A p-value with its relation, for "p %s": "= 0.012", "< 0.001", "-". */
static const char *pstr(double p, char b[40])
{
    if (!isfinite(p)) {
        strcpy(b, "-");
    } else if (p < 0.001) {
        strcpy(b, "< 0.001");
    } else {
        char v[40];
        snprintf(b, 40, "= %s", rnum(p, 3, v));
    }
    return b;
}

/* Bytes of s shown in `width` columns (UTF-8 aware padding). */
static size_t cols_of(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static fsc_status pad(fsc_buf *b, const char *s, size_t width, int right)
{
    size_t n = cols_of(s);
    fsc_status st = FSC_OK;
    if (right)
        for (size_t i = n; i < width && st == FSC_OK; i++)
            st = fsc__buf_addc(b, ' ');
    if (st == FSC_OK)
        st = fsc__buf_adds(b, s);
    if (!right)
        for (size_t i = n; i < width && st == FSC_OK; i++)
            st = fsc__buf_addc(b, ' ');
    return st;
}

/* Short category label: the id after "lexicon:". */
static const char *short_cat(const char *c)
{
    const char *s = strchr(c, ':');
    return s && s[1] ? s + 1 : c;
}

static fsc_status render_table(const fsc_compare_result *r, fsc_buf *b)
{
    const fsc_compare_opts *o = &r->opts;
    fsc_status st = FSC_OK;
    char n1[40], n2[40], n3[40], n4[40], n5[40];
#define P(...)                                                                 \
    do {                                                                       \
        if (st == FSC_OK)                                                      \
            st = fsc__buf_printf(b, __VA_ARGS__);                              \
    } while (0)
    char ml[160];
    P("framescope compare: %s (%s), by %s", measure_label(o, ml),
      unit_of(o->measure), o->by);
    if (r->n_voices > 1) {
        P(", voices");
        for (size_t v = 0; v < r->n_voices; v++)
            P("%s %s", v ? "," : "", voice_of(r, v));
    } else if (o->voice != FSC_COMPARE_VOICE_ALL) {
        P(", %s voice only", fsc_compare_voice_name(o->voice));
    }
    P("\n");
    P("Records: %zu read, %zu used, %zu skipped, %zu filtered out, %zu "
      "invalid\n",
      r->rows_read, r->rows_used, r->rows_skipped, r->rows_filtered,
      r->rows_invalid);
    for (size_t i = 0; i < r->n_skipped_reasons; i++)
        P("  skipped: %s (%zu)\n", r->skipped_reasons[i].reason,
          r->skipped_reasons[i].count);
    for (size_t i = 0; i < r->n_filtered_reasons; i++)
        P("  filtered out: %s (%zu)\n", r->filtered_reasons[i].reason,
          r->filtered_reasons[i].count);
    for (size_t i = 0; i < r->n_invalid_reasons; i++)
        P("  invalid: %s\n", r->invalid_reasons[i].reason);
    P("Groups (%zu):", r->n_groups);
    for (size_t g = 0; g < r->n_groups; g++)
        P("%s %s (%zu)", g ? "," : "", r->groups[g], r->group_rows[g]);
    P("\n");
    for (size_t s = 0; s < r->n_scopes; s++) {
        P("In scope of %s (only their matches count in its categories):",
          r->scopes[s]);
        for (size_t g = 0; g < r->n_groups; g++)
            P("%s %s %zu of %zu", g ? "," : "", r->groups[g],
              r->scope_in[g * r->n_scopes + s],
              r->scope_rows[g * r->n_scopes + s]);
        P("\n");
    }
    if (r->n_groups == 0) {
        P("No articles to compare.\n");
        return st;
    }
    if (r->n_categories == 0)
        P("No categories: no row has a match and none was declared.\n");

    size_t gw = 5;
    for (size_t g = 0; g < r->n_groups; g++)
        if (cols_of(r->groups[g]) > gw)
            gw = cols_of(r->groups[g]);
    /* With several voices, one block per voice under a heading. */
    const int multi = r->n_voices > 1;
    for (size_t v = 0; v < r->n_voices; v++) {
    if (multi)
        P("\n== Voice: %s ==\n", voice_of(r, v));
    for (size_t c = 0; c < r->n_categories; c++) {
        P("\n%s\n", r->categories[c]);
        if (st == FSC_OK)
            st = pad(b, "  group", gw + 2, 0);
        P("  articles  with match       mean         sd     median        "
          "IQR  95%% CI of the mean\n");
        for (size_t g = 0; g < r->n_groups; g++) {
            const fsc_desc *d = &cell_of(r, v, g, c)->desc;
            P("  ");
            if (st == FSC_OK)
                st = pad(b, r->groups[g], gw, 0);
            P("  %8zu  %10zu %10s %10s %10s %10s  ", d->n, d->n_nonzero,
              rnum(d->mean, 3, n1), rnum(d->sd, 3, n2), rnum(d->median, 3, n3),
              rnum(d->q3 - d->q1, 3, n4));
            if (isfinite(d->ci_lo))
                P("[%s, %s]\n", rnum(d->ci_lo, 3, n1), rnum(d->ci_hi, 3, n2));
            else
                P("- (%s)\n", d->reason ? d->reason : "undefined");
        }
        if (r->n_kw) {
            const fsc_compare_kw *k = &r->kw[v * r->n_categories + c];
            if (isfinite(k->test.p))
                P("  Kruskal-Wallis: H = %s, df = %s, p %s, p_adj %s\n",
                  rnum(k->test.statistic, 3, n1), num(k->test.df, n2),
                  pstr(k->test.p, n3), pstr(k->p_adj, n4));
            else
                P("  Kruskal-Wallis: - (%s)\n",
                  k->test.reason ? k->test.reason : "undefined");
        }
    }
    }
    if (multi && (r->series || r->n_contrasts || o->keyness))
        P("\nTime series, contested terms and keyness: %s voice\n",
          voice_of(r, 0));

    if (r->series && r->n_periods > TABLE_MAX_PERIODS) {
        P("\nTime series by %s: %zu periods, too many for the table; see "
          "--format json or csv.\n",
          fsc_compare_period_name(o->period), r->n_periods);
    } else if (r->series && r->n_categories) {
        /* One line of means per group x category; CIs in JSON and CSV. */
        size_t cw = 8, pw = 8;
        for (size_t c = 0; c < r->n_categories; c++)
            if (cols_of(short_cat(r->categories[c])) > cw)
                cw = cols_of(short_cat(r->categories[c]));
        for (size_t p = 0; p < r->n_periods; p++)
            if (cols_of(r->periods[p]) > pw)
                pw = cols_of(r->periods[p]);
        P("\nTime series by %s: mean per period (- no articles; CIs in "
          "--format json or csv)\n  ",
          fsc_compare_period_name(o->period));
        if (st == FSC_OK)
            st = pad(b, "group", gw, 0);
        P("  ");
        if (st == FSC_OK)
            st = pad(b, "category", cw, 0);
        for (size_t p = 0; p < r->n_periods; p++) {
            P("  ");
            if (st == FSC_OK)
                st = pad(b, r->periods[p], pw, 1);
        }
        P("\n");
        for (size_t g = 0; g < r->n_groups; g++)
            for (size_t c = 0; c < r->n_categories; c++) {
                P("  ");
                if (st == FSC_OK)
                    st = pad(b, r->groups[g], gw, 0);
                P("  ");
                if (st == FSC_OK)
                    st = pad(b, short_cat(r->categories[c]), cw, 0);
                for (size_t p = 0; p < r->n_periods; p++) {
                    const fsc_desc *d =
                        &r->series[(g * r->n_periods + p) * r->n_categories +
                                   c]
                             .desc;
                    P("  ");
                    if (st == FSC_OK)
                        st = pad(b, rnum(d->mean, 3, n1), pw, 1);
                }
                P("\n");
            }
    }
    if (r->n_contrasts) {
        const char *lv = rnum(o->level * 100, 0, n5);
        P("\nContested terms (share of the first term among uses of either, "
          "%s%% CI: bootstrap over articles)\n",
          lv);
        for (size_t i = 0; i < r->n_contrasts; i++) {
            const fsc_compare_contrast *k = &r->contrasts[i];
            const char *a = short_cat(r->categories[k->a]);
            const char *bn = short_cat(r->categories[k->b]);
            P("  %s vs %s: %s %s ", a, bn, o->by, r->groups[k->group]);
            if (isfinite(k->share_a)) {
                P("%s%% %s (", rnum(k->share_a * 100, 0, n1), a);
                if (isfinite(k->share_lo) && isfinite(k->share_hi))
                    P("%s%% CI %s–%s%%", lv, rnum(k->share_lo * 100, 0, n2),
                      rnum(k->share_hi * 100, 0, n3));
                else
                    P("%s%% CI -", lv);
                P(")");
            } else {
                P("-");
            }
            P(", %zu article%s", k->articles, k->articles == 1 ? "" : "s");
            /* The ratio is not in the table: give the reason only for an
             * undefined share or CI (it names the first undefined one). */
            if (k->reason &&
                !(isfinite(k->share_a) && isfinite(k->share_lo) &&
                  isfinite(k->share_hi)))
                P(" (%s)", k->reason);
            P("\n");
        }
    }

    if (r->n_groups < 2) {
        P("\nOnly one group: no pairwise tests.\n");
        return st;
    }
    if (o->keyness) {
        P("\nKeyness of lexicon terms (Fightin' Words z, %s prior a0 = %s; "
          "G2 Williams-corrected, p_adj BH over the %zu terms x pairs; %zu "
          "rows with matches, %zu without)\n",
          fsc_prior_name(o->prior), num(o->prior_a0, n1), r->m_keyness,
          r->keyness_rows, r->keyness_rows_without);
        if (r->keyness_reason)
            P("  %s\n", r->keyness_reason);
        for (size_t i = 0; i < r->n_keyness; i++) {
            const fsc_compare_keyness *k = &r->keyness[i];
            P("  %s vs %s (terms %s vs %s, tokens %s vs %s)\n", r->groups[k->a],
              r->groups[k->b], num(k->terms_a, n1), num(k->terms_b, n2),
              num(k->tokens_a, n3), num(k->tokens_b, n4));
            if (k->reason)
                P("    %s\n", k->reason);
            if (k->caution)
                P("    caution: %s\n", k->caution);
            for (size_t t = 0; t < k->n_top; t++) {
                const fsc_compare_term *m = &k->top[t];
                char q[6][40];
                P("    %-28s %5s vs %-5s z = %7s  G2 = %7s  p %s  p_adj "
                  "%s  -> %s\n",
                  m->term, num(m->count_a, q[0]), num(m->count_b, q[1]),
                  rnum(m->k.z, 3, q[2]), rnum(m->k.g2, 3, q[3]),
                  pstr(m->k.g2_p, q[4]), pstr(m->g2_p_adj, q[5]),
                  m->k.z > 0   ? r->groups[k->a]
                  : m->k.z < 0 ? r->groups[k->b]
                               : "-");
            }
        }
    }
    size_t per = pairs_per(r);
    size_t vper = per * r->n_categories; /* pairs of one voice */
    for (size_t v = 0; v < r->n_voices; v++) {
    const size_t v0 = v * vper, v1 = v0 + vper;
    if (multi)
        P("\n== Voice: %s ==\n", voice_of(r, v));
    if (r->n_groups <= 8 && vper) {
        P("\nPairwise tests (p_adj: Benjamini-Hochberg over the %zu "
          "Mann-Whitney tests, all pairs x categories)\n",
          m_mw_of(r, v));
        for (size_t i = v0; i < v1; i++) {
            const fsc_compare_pair *p = &r->pairs[i];
            if (i % per == 0)
                P("  %s\n", r->categories[p->category]);
            char q[10][40];
            P("    %s vs %s: diff %s; Welch t = %s, p %s; Mann-Whitney W = "
              "%s, p %s, p_adj %s; d = %s, g = %s, Cliff's delta = %s\n",
              r->groups[p->a], r->groups[p->b],
              rnum(p->effect.mean_diff, 3, q[0]),
              rnum(p->welch.statistic, 3, q[1]), pstr(p->welch.p, q[2]),
              rnum(p->mw.statistic, 1, q[3]), pstr(p->mw.p, q[4]),
              pstr(p->mw_p_adj, q[5]), rnum(p->effect.cohen_d, 3, q[6]),
              rnum(p->effect.hedges_g, 3, q[7]),
              rnum(p->effect.cliff, 3, q[8]));
        }
    } else if (vper) {
        P("\n%zu pairs per category: every test is in --format json or "
          "csv.\n",
          per);
    }

    /* The differences in plain words: the pairs fsc_compare_is_finding
     * accepts, largest effect first; direction, size and p all come from
     * the primary test (the report lists exactly the same pairs). */
    const int welch = o->test == FSC_TEST_WELCH;
    size_t m_test = 0;
    for (size_t i = v0; i < v1; i++)
        m_test += isnan(welch ? r->pairs[i].welch.p : r->pairs[i].mw.p) ? 0 : 1;
    P("\nDifferences: %s p_adj < %s (Benjamini-Hochberg over %zu tests: all "
      "pairs x categories), |%s| >= %s, at least %zu articles per group\n",
      welch ? "Welch" : "Mann-Whitney", num(o->alpha, n1), m_test,
      welch ? "Hedges' g" : "Cliff's delta",
      num(fsc_compare_min_effect(o), n2), o->min_group);
    size_t shown = 0, sig = 0;
    const char *what = o->measure == FSC_MEASURE_RATE         ? "mean rate"
                       : o->measure == FSC_MEASURE_VOICE_RATE ? "mean rate"
                       : o->measure == FSC_MEASURE_COUNT      ? "mean count"
                       : o->measure == FSC_MEASURE_WEIGHTED   ? "mean weight"
                       : o->measure == FSC_MEASURE_PRESENCE   ? "share"
                                                              : "mean";
    const char *per_unit = o->measure == FSC_MEASURE_RATE ? " per 1,000 tokens"
                           : o->measure == FSC_MEASURE_VOICE_RATE
                               ? " per 1,000 tokens of the voice"
                               : "";
    /* Findings of this voice, by |effect| (then input order). */
    size_t n_f = 0;
    size_t *fi = malloc((v1 - v0 ? v1 - v0 : 1) * sizeof *fi);
    double *fe = malloc((v1 - v0 ? v1 - v0 : 1) * sizeof *fe);
    if (!fi || !fe) {
        free(fi);
        free(fe);
        return FSC_ENOMEM;
    }
    for (size_t i = v0; i < v1; i++) {
        double e;
        if (fsc_compare_is_finding(r, &r->pairs[i], &e, NULL)) {
            size_t k = n_f++;
            while (k > 0 && fabs(fe[k - 1]) < fabs(e)) {
                fi[k] = fi[k - 1];
                fe[k] = fe[k - 1];
                k--;
            }
            fi[k] = i;
            fe[k] = e;
        }
    }
    for (size_t k = 0; k < n_f; k++) {
        const fsc_compare_pair *p = &r->pairs[fi[k]];
        sig++;
        if (shown >= 50)
            continue;
        shown++;
        double ma = cell_of(r, v, p->a, p->category)->desc.mean;
        double mb = cell_of(r, v, p->b, p->category)->desc.mean;
        double eff = fe[k], padj = welch ? p->welch_p_adj : p->mw_p_adj;
        double clo = p->effect.cliff_lo, chi = p->effect.cliff_hi;
        size_t hi = p->a, lo = p->b;
        if (eff < 0) {
            hi = p->b;
            lo = p->a;
            double t = ma;
            ma = mb;
            mb = t;
            eff = -eff;
            t = clo;
            clo = -chi;
            chi = -t;
        }
        const char *cat = short_cat(r->categories[p->category]);
        if (welch && mb > 0)
            P("  %s uses %s %s× as often as %s", r->groups[hi], cat,
              rnum(ma / mb, 1, n1), r->groups[lo]);
        else if (mb == 0 && ma > 0)
            P("  %s uses %s; %s never does", r->groups[hi], cat,
              r->groups[lo]);
        else
            P("  %s uses %s more than %s", r->groups[hi], cat, r->groups[lo]);
        char ci[100] = "";
        if (!welch && isfinite(clo) && isfinite(chi)) {
            char c1[40], c2[40];
            snprintf(ci, sizeof ci, ", 95%% CI %s to %s", rnum(clo, 2, c1),
                     rnum(chi, 2, c2));
        }
        P(" (%s = %s%s; %s %s vs %s%s; %s p_adj %s)\n",
          welch ? "Hedges' g" : "Cliff's δ", rnum(eff, 2, n5), ci, what,
          rnum(ma, 2, n2), rnum(mb, 2, n3), per_unit,
          welch ? "Welch" : "Mann-Whitney", pstr(padj, n4));
    }
    free(fi);
    free(fe);
    /* Groups too small to be stated about. */
    int any_small = 0;
    for (size_t g = 0; g < r->n_groups; g++)
        if (r->group_rows[g] < o->min_group) {
            P("%s%s (%zu)", any_small ? ", " : "  Too small to compare in "
                                              "plain words (fewer than "
                                              "the minimum articles): ",
              r->groups[g], r->group_rows[g]);
            any_small = 1;
        }
    if (any_small)
        P("\n");
    if (sig > shown)
        P("  ... and %zu more (see --format json or csv)\n", sig - shown);
    if (!sig)
        P("  none\n");
    }
#undef P
    return st;
}

fsc_status fsc_compare_render(const fsc_compare_result *r,
                              fsc_compare_format fmt, char **out, size_t *len,
                              fsc_error *err)
{
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!r || !out)
        return fsc__fail(err, FSC_EINVAL, "compare_render: NULL argument");
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    fsc_status st = FSC_OK;
    if (fmt == FSC_COMPARE_JSON) {
        cJSON *root = render_json(r);
        if (!root)
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        char *s = cJSON_PrintUnformatted(root);
        cJSON_Delete(root);
        if (!s)
            return fsc__fail(err, FSC_ENOMEM, "compare: out of memory");
        st = fsc__buf_adds(&b, s);
        if (st == FSC_OK)
            st = fsc__buf_addc(&b, '\n');
        cJSON_free(s);
    } else if (fmt == FSC_COMPARE_CSV) {
        csvw w = { &b, FSC_OK };
        render_csv(r, &w);
        st = w.st;
    } else if (fmt == FSC_COMPARE_TABLE) {
        st = render_table(r, &b);
        /* Group names, reasons and terms come from the rows: inert for
           the terminal. */
        if (st == FSC_OK)
            st = fsc__term_sanitize(&b, 0);
    } else {
        return fsc__fail(err, FSC_EINVAL, "compare_render: unknown format");
    }
    if (st == FSC_OK && !b.data)
        st = fsc__buf_addc(&b, '\0'), b.len = 0;
    if (st) {
        fsc__buf_free(&b);
        return fsc__fail(err, st, "compare: rendering failed");
    }
    return fsc__buf_take(&b, out, len);
}

cJSON *fsc__compare_json(const fsc_compare_result *r)
{
    return render_json(r);
}
