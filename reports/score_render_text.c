/*
 * score_render_text.c - score rows as tidy CSV, wide CSV and an aligned text
 * table, and the headers and footers of every format.
 *
 * Numbers go through fsc__fmt_num (fsc__fmt_round in the table's footer) so
 * every format prints the same digits; undefined values are null or empty.
 */
#include "format.h"
#include "framescope/profile.h"
#include "framescope/score.h"
#include "internal.h"
#include "model.h"
#include "score_render.h"
#include "tally.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *nz(const char *s)
{
    return s ? s : "";
}

static double rate(double count, double tokens)
{
    return fsc_rate_per_1k(count, tokens);
}

/* Add a formatted number, or null when it is undefined (header, footer). */
static int add_num(cJSON *obj, const char *key, double v)
{
    char num[40];
    if (!fsc__fmt_num(v, num))
        return cJSON_AddNullToObject(obj, key) != NULL;
    return cJSON_AddRawToObject(obj, key, num) != NULL;
}

static int add_int(cJSON *obj, const char *key, unsigned long long v)
{
    char num[32];
    snprintf(num, sizeof num, "%llu", v);
    return cJSON_AddRawToObject(obj, key, num) != NULL;
}

static fsc_status take(fsc_buf *b, char **out, size_t *len, fsc_status st,
                       fsc_error *err)
{
    if (st != FSC_OK) {
        fsc__buf_free(b);
        return fsc__fail(err, st, "cannot render output: %s", fsc_strerror(st));
    }
    st = fsc__buf_take(b, out, len);
    if (st != FSC_OK)
        return fsc__fail(err, st, "cannot render output: %s", fsc_strerror(st));
    return FSC_OK;
}

/* lang,skipped,REASON of a skipped record (both CSV formats). */
static fsc_status skipped_cells(const fsc_record *rec, fsc_buf *b)
{
    const char *why = nz(fsc_record_skip_reason(rec));
    const char *lang = nz(fsc_record_field(rec, "lang"));
    fsc_status st = fsc__csv_field(b, lang, strlen(lang));
    if (st == FSC_OK)
        st = fsc__buf_adds(b, ",skipped,");
    if (st == FSC_OK)
        st = fsc__csv_text_field(b, why, strlen(why));
    return st;
}

fsc_status fsc__score_csv_rows(const fsc_model *m, const fsc_record *rec,
                               const fsc_result *res, fsc_buf *b)
{
    static const char *const meta[] = { "id", "outlet", "date" };
    size_t n_cats = fsc_model_n_categories(m);
    size_t rows = res ? (n_cats ? n_cats : 1) : 1;
    fsc_status st = FSC_OK;
    for (size_t c = 0; c < rows && st == FSC_OK; c++) {
        for (size_t k = 0; k < 3 && st == FSC_OK; k++) {
            const char *v = nz(fsc_record_field(rec, meta[k]));
            st = fsc__csv_text_field(b, v, strlen(v));
            if (st == FSC_OK)
                st = fsc__buf_addc(b, ',');
        }
        if (st != FSC_OK)
            break;
        if (!res) {
            st = skipped_cells(rec, b);
            if (st == FSC_OK)
                st = fsc__buf_adds(b, ",,,,,,,,,,,,,,,\r\n");
            break;
        }
        const char *lang = fsc_result_lang(res, NULL);
        size_t tokens = fsc_result_n_tokens(res);
        st = fsc__csv_field(b, lang, strlen(lang));
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ",scored,,%zu,", tokens);
        const char *tstat = fsc_title_status_name(fsc_result_title_status(res));
        size_t ttok = fsc_result_zone_tokens(res, FSC_ZONE_TITLE);
        if (st != FSC_OK || !n_cats) {
            if (st == FSC_OK)
                st = fsc__buf_printf(b, ",,,,,,,,,,,%s,%zu,\r\n", tstat, ttok);
            continue;
        }
        const char *name = fsc_model_category_name(m, c);
        const fsc_catscore *cs = fsc_result_category(res, c);
        char r[40], w[40];
        fsc__fmt_num(rate(cs->count, (double)tokens), r);
        fsc__fmt_num(cs->weighted, w);
        st = fsc__csv_text_field(b, name, strlen(name));
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ",%u,%u,%s,%s", cs->count, cs->negated, r,
                                 w);
        if (st == FSC_OK && fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION))
            st = fsc__buf_printf(b, ",%u,%u,%u", cs->voice[FSC_VOICE_AUTHORIAL],
                                 cs->voice[FSC_VOICE_QUOTED],
                                 cs->voice[FSC_VOICE_ATTRIBUTED]);
        else if (st == FSC_OK)
            st = fsc__buf_adds(b, ",,,");
        /* Scope of the category's lexicon: matches outside it, and
         * whether the article is in it; empty when it has none. */
        size_t li = 0;
        fsc_model_category(m, c, &li);
        const fsc_scope_state *ss = fsc_result_scope(res, li);
        if (st == FSC_OK && ss->scoped)
            st = fsc__buf_printf(b, ",%u,%s", cs->out_of_scope,
                                 ss->in_scope ? "true" : "false");
        else if (st == FSC_OK)
            st = fsc__buf_adds(b, ",,");
        /* framing or attribution (cues and actors): separate layers */
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ",%s,%s,%zu,%u\r\n",
                                 fsc_lexicon_layer(fsc_model_lexicon(m, li)) ==
                                         FSC_LAYER_ATTRIBUTION
                                     ? "attribution"
                                     : "framing",
                                 tstat, ttok,
                                 fsc_result_title_category(res, c)->count);
    }
    return st;
}

/* Wide CSV: one row per article; per category "NAME.count", "NAME.rate"
 * (and with wide_voice "NAME.authorial", "NAME.quoted", "NAME.attributed"),
 * after the id/outlet/date/lang/status/reason/tokens columns. A skipped
 * record has its status and reason and empty category cells. */
fsc_status fsc__score_wide_row(const fsc_model *m, const fsc_score_opts *o,
                               const fsc_record *rec, const fsc_result *res,
                               fsc_buf *b)
{
    static const char *const meta[] = { "id", "outlet", "date" };
    size_t n_cats = fsc_model_n_categories(m);
    size_t per = o->wide_voice ? 6 : 3;
    fsc_status st = FSC_OK;
    for (size_t k = 0; k < 3 && st == FSC_OK; k++) {
        const char *v = nz(fsc_record_field(rec, meta[k]));
        st = fsc__csv_text_field(b, v, strlen(v));
        if (st == FSC_OK)
            st = fsc__buf_addc(b, ',');
    }
    if (st != FSC_OK)
        return st;
    if (!res) {
        st = skipped_cells(rec, b);
        if (st == FSC_OK)
            st = fsc__buf_adds(b, ",,,");
        for (size_t i = 0; i < n_cats * per && st == FSC_OK; i++)
            st = fsc__buf_addc(b, ',');
        return st == FSC_OK ? fsc__buf_adds(b, "\r\n") : st;
    }
    const char *lang = fsc_result_lang(res, NULL);
    size_t tokens = fsc_result_n_tokens(res);
    int voices = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    st = fsc__csv_field(b, lang, strlen(lang));
    if (st == FSC_OK)
        st =
            fsc__buf_printf(b, ",scored,,%zu,%s,%zu", tokens,
                            fsc_title_status_name(fsc_result_title_status(res)),
                            fsc_result_zone_tokens(res, FSC_ZONE_TITLE));
    for (size_t c = 0; c < n_cats && st == FSC_OK; c++) {
        const fsc_catscore *cs = fsc_result_category(res, c);
        char r[40];
        fsc__fmt_num(rate(cs->count, (double)tokens), r);
        st = fsc__buf_printf(b, ",%u,%s,%u", cs->count, r,
                             fsc_result_title_category(res, c)->count);
        if (st == FSC_OK && o->wide_voice) {
            if (voices)
                st = fsc__buf_printf(b, ",%u,%u,%u",
                                     cs->voice[FSC_VOICE_AUTHORIAL],
                                     cs->voice[FSC_VOICE_QUOTED],
                                     cs->voice[FSC_VOICE_ATTRIBUTED]);
            else
                st = fsc__buf_adds(b, ",,,");
        }
    }
    return st == FSC_OK ? fsc__buf_adds(b, "\r\n") : st;
}

static fsc_status wide_header(const fsc_model *m, const fsc_score_opts *o,
                              fsc_buf *b)
{
    static const char *const cols[] = { "count",     "rate",   "title_count",
                                        "authorial", "quoted", "attributed" };
    size_t per = o->wide_voice ? 6 : 3;
    fsc_status st = fsc__buf_adds(
        b, "id,outlet,date,lang,status,reason,tokens,title_status,"
           "title_tokens");
    for (size_t c = 0; c < fsc_model_n_categories(m) && st == FSC_OK; c++) {
        const char *name = fsc_model_category_name(m, c);
        for (size_t k = 0; k < per && st == FSC_OK; k++) {
            fsc_buf h;
            fsc__buf_init(&h, 0);
            st = fsc__buf_printf(&h, "%s.%s", name, cols[k]);
            if (st == FSC_OK)
                st = fsc__buf_addc(b, ',');
            if (st == FSC_OK)
                st = fsc__csv_text_field(b, h.data, h.len);
            fsc__buf_free(&h);
        }
    }
    return st == FSC_OK ? fsc__buf_adds(b, "\r\n") : st;
}

/* Copy at most `max` code points of s, padding with spaces to `max`. */
static fsc_status pad_cp(fsc_buf *b, const char *s, size_t max)
{
    size_t cp = 0, i = 0, n = strlen(s);
    while (i < n && cp < max) {
        size_t j = i + 1;
        while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
            j++;
        if (cp + 1 == max && j < n) {
            fsc_status st = fsc__buf_adds(b, "\xE2\x80\xA6"); /* … */
            cp++;
            i = n;
            if (st != FSC_OK)
                return st;
            break;
        }
        fsc_status st = fsc__buf_add(b, s + i, j - i);
        if (st != FSC_OK)
            return st;
        i = j;
        cp++;
    }
    for (; cp < max; cp++) {
        fsc_status st = fsc__buf_addc(b, ' ');
        if (st != FSC_OK)
            return st;
    }
    return FSC_OK;
}

static const char *short_cat(const char *name)
{
    const char *c = strchr(name, ':');
    return c ? c + 1 : name;
}

fsc_status fsc__score_table_row(const fsc_model *m, const fsc_record *rec,
                                const fsc_result *res, fsc_buf *b)
{
    fsc_status st = pad_cp(b, nz(fsc_record_field(rec, "id")), 36);
    if (st == FSC_OK)
        st = fsc__buf_addc(b, ' ');
    if (st != FSC_OK)
        return st;
    if (!res)
        return fsc__buf_printf(b, "SKIPPED  %s\n",
                               nz(fsc_record_skip_reason(rec)));
    fsc_profile tp;
    st = fsc_profile_compute(m, res, &tp, NULL);
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "%-4s %7zu %7zu  ", fsc_result_lang(res, NULL),
                             tp.tokens, tp.framing_matches);
    int any = 0;
    for (size_t c = 0; c < fsc_model_n_categories(m) && st == FSC_OK; c++) {
        const fsc_catscore *cs = fsc_result_category(res, c);
        if (!cs->count && !cs->negated)
            continue;
        size_t cl = 0;
        fsc_model_category(m, c, &cl);
        if (fsc_lexicon_layer(fsc_model_lexicon(m, cl)) ==
            FSC_LAYER_ATTRIBUTION)
            continue; /* cues and actors: the profile line below */
        st = fsc__buf_printf(b, "%s%s %u", any ? ", " : "",
                             short_cat(fsc_model_category_name(m, c)),
                             cs->count);
        if (st == FSC_OK && cs->negated)
            st = fsc__buf_printf(b, " (+%u negated)", cs->negated);
        any = 1;
    }
    if (st == FSC_OK && !any)
        st = fsc__buf_adds(b, "-");
    size_t tfm = fsc_result_zone_framing(res, FSC_ZONE_TITLE, NULL);
    if (st == FSC_OK && tfm)
        st = fsc__buf_printf(b, "  [title: %zu of them]", tfm);
    for (size_t li = 0; li < fsc_model_n_lexicons(m) && st == FSC_OK; li++) {
        const fsc_scope_state *ss = fsc_result_scope(res, li);
        if (ss->scoped && !ss->in_scope)
            st = fsc__buf_printf(b, "  [out of scope: %s]",
                                 fsc_lexicon_name(fsc_model_lexicon(m, li)));
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, "\n");
    if (st == FSC_OK && fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION) &&
        tp.attributions > 0)
        st = fsc__buf_printf(b, "%37s%s\n", "", tp.summary);
    return st;
}

static cJSON *lexicons_json(const fsc_model *m)
{
    cJSON *arr = cJSON_CreateArray();
    for (size_t i = 0; arr && i < fsc_model_n_lexicons(m); i++) {
        const fsc_lexicon *lx = fsc_model_lexicon(m, i);
        cJSON *o = cJSON_CreateObject();
        if (!o || !cJSON_AddItemToArray(arr, o) ||
            !cJSON_AddStringToObject(o, "name", fsc_lexicon_name(lx)) ||
            !cJSON_AddStringToObject(o, "version",
                                     nz(fsc_lexicon_version(lx))) ||
            !cJSON_AddStringToObject(o, "license",
                                     nz(fsc_lexicon_license(lx))) ||
            !cJSON_AddStringToObject(o, "sha256", fsc_lexicon_sha256(lx)) ||
            !add_int(o, "categories", fsc_lexicon_n_categories(lx)) ||
            !add_int(o, "entries", fsc_lexicon_n_entries(lx))) {
            cJSON_Delete(arr);
            return NULL;
        }
    }
    return arr;
}

fsc_status fsc_score_render_header(const fsc_model *m, const fsc_score_opts *o,
                                   char **out, size_t *len, fsc_error *err)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    fsc_status st = FSC_OK;
    *out = NULL;
    *len = 0;
    if (o->format == FSC_SCORE_CSV) {
        st = fsc__buf_adds(&b, "id,outlet,date,lang,status,reason,tokens,"
                               "category,count,negated,rate,weighted,"
                               "authorial,quoted,attributed,out_of_scope,"
                               "in_scope,layer,title_status,title_tokens,"
                               "title_count\r\n");
    } else if (o->format == FSC_SCORE_WIDE) {
        st = wide_header(m, o, &b);
    } else if (o->format == FSC_SCORE_TABLE) {
        st = fsc__buf_printf(&b, "%-36s %-4s %7s %7s  %s\n", "ARTICLE", "LANG",
                             "TOKENS", "FRAMING",
                             "FRAMING CATEGORIES (matches)");
    } else if (o->format == FSC_SCORE_JSON) {
        cJSON *h = cJSON_CreateObject();
        cJSON *tool = h ? cJSON_AddObjectToObject(h, "framescope") : NULL;
        cJSON *lx = lexicons_json(m);
        char *txt = NULL;
        int ok =
            tool && lx &&
            cJSON_AddStringToObject(tool, "version", fsc_version()) &&
            cJSON_AddStringToObject(tool, "icu", fsc_icu_version()) &&
            cJSON_AddStringToObject(tool, "unicode", fsc_unicode_version()) &&
            (!o->command ||
             cJSON_AddStringToObject(tool, "command", o->command)) &&
            cJSON_AddBoolToObject(tool, "titles", o->title != 0);
        if (ok) {
            ok = cJSON_AddItemToObject(h, "lexicons", lx);
            if (ok)
                lx = NULL;
        }
        if (ok)
            txt = cJSON_PrintUnformatted(h);
        cJSON_Delete(lx);
        cJSON_Delete(h);
        if (!txt)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        /* Open the document: drop the closing brace, start "articles". */
        size_t n = strlen(txt);
        st = fsc__buf_add(&b, txt, n - 1);
        if (st == FSC_OK)
            st = fsc__buf_adds(&b, ",\"articles\":[\n");
        cJSON_free(txt);
    }
    return take(&b, out, len, st, err);
}

static fsc_status table_footer(const fsc_model *m, const fsc_score_opts *o,
                               const fsc_tally *t, fsc_buf *b)
{
    fsc_status st =
        fsc__buf_printf(b, "\nRecords: %zu read, %zu scored, %zu skipped\n",
                        t->read, t->scored, t->skipped);
    if (st == FSC_OK)
        st = fsc__buf_adds(b, o->title ? "Titles: scored as their own zone "
                                         "(counts and tokens include them)\n"
                                       : "Titles: left out (--no-title)\n");
    for (size_t i = 0; i < t->n_reasons && st == FSC_OK; i++)
        st = fsc__buf_printf(b, "  skipped: %s\n", t->reasons[i]);
    if (st == FSC_OK && t->skipped > t->n_reasons)
        st = fsc__buf_printf(b, "  ... and %zu more\n",
                             t->skipped - t->n_reasons);
    if (st != FSC_OK)
        return st;
    st = fsc__buf_printf(b, "Tokens: %llu\n", (unsigned long long)t->tokens);
    for (size_t li = 0; li < fsc_model_n_lexicons(m) && st == FSC_OK; li++) {
        if (!fsc_lexicon_scope(fsc_model_lexicon(m, li)))
            continue;
        st = fsc__buf_printf(
            b,
            "Scope of %s: %llu of %zu articles in scope; %llu matches out "
            "of scope (not counted below)\n",
            fsc_lexicon_name(fsc_model_lexicon(m, li)),
            (unsigned long long)t->in_scope[li], t->scored,
            (unsigned long long)t->out_matches[li]);
    }
    if (st == FSC_OK)
        st = fsc__buf_printf(b, "\n%-44s %8s %8s %8s %10s\n", "CATEGORY",
                             "ARTICLES", "MATCHES", "NEGATED", "PER 1K TOK");
    for (size_t c = 0; c < fsc_model_n_categories(m) && st == FSC_OK; c++) {
        char r[40];
        if (!fsc__fmt_round(rate((double)t->count[c], (double)t->tokens), r))
            strcpy(r, "-");
        else
            snprintf(r, sizeof r, "%.3f",
                     rate((double)t->count[c], (double)t->tokens));
        st = pad_cp(b, fsc_model_category_name(m, c), 44);
        if (st == FSC_OK)
            st = fsc__buf_printf(b, " %8llu %8llu %8llu %10s\n",
                                 (unsigned long long)t->articles[c],
                                 (unsigned long long)t->count[c],
                                 (unsigned long long)t->negated[c], r);
    }
    return st;
}

static fsc_status json_footer(const fsc_model *m, const fsc_tally *t,
                              fsc_buf *b)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *rec = o ? cJSON_AddObjectToObject(o, "records") : NULL;
    int ok = rec && add_int(rec, "read", t->read) &&
             add_int(rec, "scored", t->scored) &&
             add_int(rec, "skipped", t->skipped);
    cJSON *why = ok ? cJSON_AddArrayToObject(rec, "skipped_records") : NULL;
    ok = ok && why;
    for (size_t i = 0; ok && i < t->n_reasons; i++) {
        cJSON *s = cJSON_CreateString(t->reasons[i]);
        ok = s && cJSON_AddItemToArray(why, s);
    }
    cJSON *sum = ok ? cJSON_AddObjectToObject(o, "summary") : NULL;
    ok = ok && sum && add_int(sum, "tokens", t->tokens);
    cJSON *cats = ok ? cJSON_AddObjectToObject(sum, "categories") : NULL;
    ok = ok && cats;
    for (size_t c = 0; ok && c < fsc_model_n_categories(m); c++) {
        cJSON *co = cJSON_CreateObject();
        ok =
            co &&
            cJSON_AddItemToObject(cats, fsc_model_category_name(m, c), co) &&
            add_int(co, "articles", t->articles[c]) &&
            add_int(co, "count", t->count[c]) &&
            add_int(co, "negated", t->negated[c]) &&
            add_num(co, "rate", rate((double)t->count[c], (double)t->tokens)) &&
            add_num(co, "weighted", t->weighted[c]) &&
            (!fsc__score_cat_scoped(m, c) ||
             add_int(co, "out_of_scope", t->out_of_scope[c]));
    }
    cJSON *scope = ok && fsc__score_model_scoped(m)
                       ? cJSON_AddObjectToObject(sum, "scope")
                       : NULL;
    ok = ok && (scope || !fsc__score_model_scoped(m));
    for (size_t li = 0; ok && scope && li < fsc_model_n_lexicons(m); li++) {
        const fsc_lexicon *lx = fsc_model_lexicon(m, li);
        if (!fsc_lexicon_scope(lx))
            continue;
        cJSON *so = cJSON_AddObjectToObject(scope, fsc_lexicon_name(lx));
        ok = so && add_int(so, "articles", t->scored) &&
             add_int(so, "articles_in_scope", t->in_scope[li]) &&
             add_int(so, "matches_out_of_scope",
                     (unsigned long long)t->out_matches[li]);
    }
    char *txt = ok ? cJSON_PrintUnformatted(o) : NULL;
    cJSON_Delete(o);
    if (!txt)
        return FSC_ENOMEM;
    /* Continue the document opened by the header. */
    fsc_status st = fsc__buf_adds(b, "\n],");
    if (st == FSC_OK)
        st = fsc__buf_adds(b, txt + 1);
    if (st == FSC_OK)
        st = fsc__buf_addc(b, '\n');
    cJSON_free(txt);
    return st;
}

fsc_status fsc_score_render_footer(const fsc_model *m, const fsc_score_opts *o,
                                   const fsc_tally *t, char **out, size_t *len,
                                   fsc_error *err)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    fsc_status st = FSC_OK;
    *out = NULL;
    *len = 0;
    if (o->format == FSC_SCORE_TABLE)
        st = table_footer(m, o, t, &b);
    else if (o->format == FSC_SCORE_JSON)
        st = json_footer(m, t, &b);
    return take(&b, out, len, st, err);
}
