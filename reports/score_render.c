/*
 * score_render.c - per-article score rows as JSON Lines, one JSON document,
 * tidy CSV or an aligned text table, plus their headers and footers.
 *
 * Input metadata passes through unchanged (text only with keep_text);
 * framescope's own figures go under one "framescope" key so they can never
 * collide with an input field. Numbers go through fsc__fmt_num so every
 * format prints the same digits; undefined values are null or empty.
 */
#include "format.h"
#include "framescope/profile.h"
#include "framescope/score.h"
#include "internal.h"
#include "tally.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fsc_score_opts_init(fsc_score_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = FSC_SCORE_JSONL;
    o->matches = 1;
    o->threads = 1;
}

static const char *nz(const char *s)
{
    return s ? s : "";
}

/* Add a formatted number, or null when it is undefined. */
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

static double rate(double count, double tokens)
{
    return tokens > 0 ? count * 1000.0 / tokens : (double)NAN;
}

static const char *flag_names[] = { "negated", "hedged", "intensified",
                                    "distanced" };
static const char *const voice_names[] = { "authorial", "quoted",
                                           "attributed" };
static const char *const attr_kind_names[] = { "direct", "indirect",
                                               "according_to" };
static const char *const source_kind_names[] = { "actor", "anonymous",
                                                 "unresolved" };

/* {"start","end","surface"} of a byte span of the text. */
static int add_span(cJSON *o, const char *key, const char *text, size_t off,
                    size_t len)
{
    cJSON *sp = cJSON_AddObjectToObject(o, key);
    char *surface = fsc__strndup(text + off, len);
    int ok = sp && surface && add_int(sp, "start", off) &&
             add_int(sp, "end", off + len) &&
             cJSON_AddStringToObject(sp, "surface", surface);
    free(surface);
    return ok;
}

static int add_counts(cJSON *o, const char *key, const fsc_profile_count *c,
                      size_t n)
{
    cJSON *arr = cJSON_AddObjectToObject(o, key);
    int ok = arr != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        cJSON *e = cJSON_AddObjectToObject(arr, c[i].name);
        ok = e && add_int(e, "attributions", c[i].attributions) &&
             add_int(e, "sources", c[i].sources) &&
             add_int(e, "distancing_cues", c[i].distancing);
    }
    return ok;
}

static cJSON *profile_json(const fsc_model *m, const fsc_result *res)
{
    fsc_profile p;
    if (fsc_profile_compute(m, res, &p, NULL) != FSC_OK)
        return NULL;
    cJSON *o = cJSON_CreateObject();
    cJSON *src = o ? cJSON_CreateArray() : NULL;
    int ok = o && src && cJSON_AddItemToObject(o, "sources_named", src);
    if (!ok)
        cJSON_Delete(src);
    for (size_t i = 0; ok && i < p.n_source_names; i++) {
        cJSON *s = cJSON_CreateString(p.source_ids[i]);
        ok = s && cJSON_AddItemToArray(src, s);
    }
    ok = ok && add_int(o, "attributions", p.attributions) &&
         add_int(o, "sources", p.sources) &&
         add_int(o, "anonymous", p.anonymous) &&
         add_int(o, "unresolved", p.unresolved) &&
         add_counts(o, "by_side", p.sides, p.n_sides) &&
         add_counts(o, "by_type", p.types, p.n_types) &&
         add_num(o, "share_authorial", p.share_authorial) &&
         add_num(o, "share_quoted", p.share_quoted) &&
         add_num(o, "share_attributed", p.share_attributed) &&
         add_num(o, "anonymous_rate", p.anonymous_rate) &&
         add_num(o, "side_diversity", p.diversity) &&
         cJSON_AddStringToObject(o, "summary", p.summary);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static cJSON *attribution_json(const fsc_record *rec,
                               const fsc_attribution *a)
{
    size_t tlen = 0;
    const char *text = fsc_record_text(rec, &tlen);
    cJSON *o = cJSON_CreateObject();
    int ok = o != NULL &&
             cJSON_AddStringToObject(o, "kind", attr_kind_names[a->kind]) &&
             cJSON_AddStringToObject(o, "source_kind",
                                     source_kind_names[a->source_kind]);
    if (ok && a->actor[0])
        ok = cJSON_AddStringToObject(o, "actor", a->actor) &&
             cJSON_AddStringToObject(o, "name", a->actor_name) &&
             cJSON_AddStringToObject(o, "side", a->side) &&
             cJSON_AddStringToObject(o, "type", a->type);
    if (ok && a->cue_len)
        ok = add_span(o, "cue", text, a->cue_off, a->cue_len) &&
             cJSON_AddStringToObject(cJSON_GetObjectItem(o, "cue"), "lemma",
                                     a->cue_lemma) &&
             cJSON_AddStringToObject(cJSON_GetObjectItem(o, "cue"), "stance",
                                     a->stance);
    if (ok && a->source_len)
        ok = add_span(o, "source", text, a->source_off, a->source_len);
    if (ok)
        ok = add_span(o, "content", text, a->content_off, a->content_len) &&
             add_int(cJSON_GetObjectItem(o, "content"), "cp_start",
                     a->content_cp_off) &&
             add_int(cJSON_GetObjectItem(o, "content"), "cp_end",
                     a->content_cp_off + a->content_cp_len) &&
             add_num(o, "confidence", a->confidence) &&
             cJSON_AddStringToObject(o, "rule", a->rule) &&
             cJSON_AddBoolToObject(o, "inherited", a->inherited);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static cJSON *match_json(const fsc_model *m, const fsc_record *rec,
                         const fsc_match *mt)
{
    cJSON *o = cJSON_CreateObject();
    if (!o)
        return NULL;
    const fsc_lexicon *lx = fsc_model_lexicon(m, mt->lexicon);
    const fsc_entry *e = fsc_lexicon_entry(lx, mt->entry);
    size_t tlen = 0;
    const char *text = fsc_record_text(rec, &tlen);
    char *surface = fsc__strndup(text + mt->off, mt->len);
    int ok = surface && cJSON_AddStringToObject(o, "term", e->term) &&
             cJSON_AddStringToObject(o, "lexicon", fsc_lexicon_name(lx));
    cJSON *cats = ok ? cJSON_AddArrayToObject(o, "categories") : NULL;
    ok = ok && cats;
    for (size_t c = 0; ok && c < mt->n_cats; c++) {
        cJSON *s = cJSON_CreateString(fsc_model_category_name(m, mt->cats[c]));
        ok = s && cJSON_AddItemToArray(cats, s);
    }
    ok = ok && add_int(o, "start", mt->off) &&
         add_int(o, "end", mt->off + mt->len) &&
         add_int(o, "cp_start", mt->cp_off) &&
         add_int(o, "cp_end", mt->cp_off + mt->cp_len) &&
         cJSON_AddStringToObject(o, "surface", surface) &&
         add_int(o, "sentence", mt->sentence) &&
         cJSON_AddStringToObject(o, "proclitics", mt->proclitics) &&
         cJSON_AddStringToObject(o, "enclitic", mt->enclitic) &&
         cJSON_AddBoolToObject(o, "negated",
                               (mt->flags & FSC_MATCH_NEGATED) != 0) &&
         add_num(o, "weight", e->weight);
    if (ok && mt->detached)
        ok = cJSON_AddBoolToObject(o, "detached_clitic", 1) != NULL;
    if (ok && mt->layer == FSC_LAYER_ATTRIBUTION)
        ok = cJSON_AddStringToObject(o, "layer", "attribution") != NULL;
    if (ok && mt->layer == FSC_LAYER_FRAMING &&
        fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION)) {
        ok = cJSON_AddStringToObject(o, "voice", voice_names[mt->voice]) !=
             NULL;
        if (ok && mt->attribution >= 0)
            ok = add_int(o, "attribution", (unsigned long long)mt->attribution);
    }
    if (ok && mt->flags) {
        cJSON *mods = cJSON_AddArrayToObject(o, "modifiers");
        ok = mods != NULL;
        for (unsigned b = 0; ok && b < 4; b++)
            if (mt->flags & (1u << b)) {
                cJSON *s = cJSON_CreateString(flag_names[b]);
                ok = s && cJSON_AddItemToArray(mods, s);
            }
        if (ok && mt->mod_len) {
            char *ms = fsc__strndup(text + mt->mod_off, mt->mod_len);
            ok = ms && cJSON_AddStringToObject(o, "modifier", ms);
            free(ms);
        }
    }
    if (ok && mt->n_competing)
        ok = add_int(o, "competing", mt->n_competing);
    free(surface);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

static cJSON *score_json(const fsc_model *m, const fsc_score_opts *opt,
                         const fsc_record *rec, const fsc_result *res)
{
    cJSON *fs = cJSON_CreateObject();
    if (!fs)
        return NULL;
    int ok = 1;
    if (!res) {
        ok = cJSON_AddStringToObject(fs, "status", "skipped") &&
             cJSON_AddStringToObject(fs, "reason",
                                     nz(fsc_record_skip_reason(rec))) &&
             cJSON_AddStringToObject(fs, "source",
                                     nz(fsc_record_source(rec))) &&
             add_int(fs, "line", (unsigned long long)fsc_record_line(rec));
        if (!ok) {
            cJSON_Delete(fs);
            return NULL;
        }
        return fs;
    }
    int detected = 0;
    const char *lang = fsc_result_lang(res, &detected);
    int voices = fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION);
    size_t tokens = fsc_result_n_tokens(res);
    ok = cJSON_AddStringToObject(fs, "status", "scored") &&
         cJSON_AddStringToObject(fs, "lang", lang) &&
         cJSON_AddBoolToObject(fs, "lang_detected", detected) &&
         add_int(fs, "tokens", tokens) &&
         add_int(fs, "sentences", fsc_result_n_sentences(res)) &&
         add_int(fs, "bytes", fsc_result_n_bytes(res)) &&
         add_int(fs, "matches_total", fsc_result_n_matches(res));
    cJSON *cats = ok ? cJSON_AddObjectToObject(fs, "categories") : NULL;
    ok = ok && cats;
    for (size_t c = 0; ok && c < fsc_model_n_categories(m); c++) {
        const fsc_catscore *cs = fsc_result_category(res, c);
        if (!cs->count && !cs->negated)
            continue; /* rows are sparse: absent means zero */
        cJSON *co = cJSON_CreateObject();
        ok = co && cJSON_AddItemToObject(cats, fsc_model_category_name(m, c),
                                         co);
        ok = ok && add_int(co, "count", cs->count) &&
             add_int(co, "negated", cs->negated) &&
             add_num(co, "rate", rate(cs->count, (double)tokens)) &&
             add_num(co, "weighted", cs->weighted);
        if (ok && voices) {
            /* Counts by voice, and rates per 1,000 tokens written in that
             * voice (how dense the framing is in the outlet's own words). */
            cJSON *vo = cJSON_AddObjectToObject(co, "voice");
            cJSON *vr = vo ? cJSON_AddObjectToObject(co, "voice_rate") : NULL;
            ok = vo && vr;
            for (unsigned v = 0; ok && v < 3; v++)
                ok = add_int(vo, voice_names[v], cs->voice[v]) &&
                     add_num(vr, voice_names[v],
                             rate(cs->voice[v],
                                  (double)fsc_result_voice_tokens(
                                      res, (fsc_voice)v)));
        }
    }
    if (ok && voices) {
        cJSON *vt = cJSON_AddObjectToObject(fs, "voice_tokens");
        ok = vt != NULL;
        for (unsigned v = 0; ok && v < 3; v++)
            ok = add_int(vt, voice_names[v],
                         fsc_result_voice_tokens(res, (fsc_voice)v));
        cJSON *pr = ok ? profile_json(m, res) : NULL;
        ok = ok && pr && cJSON_AddItemToObject(fs, "profile", pr);
        if (!ok)
            cJSON_Delete(pr);
        cJSON *arr = ok ? cJSON_AddArrayToObject(fs, "attributions") : NULL;
        ok = ok && arr;
        for (size_t i = 0; ok && i < fsc_result_n_attributions(res); i++) {
            cJSON *ao = attribution_json(rec, fsc_result_attribution(res, i));
            ok = ao && cJSON_AddItemToArray(arr, ao);
        }
    }
    if (ok && opt->matches) {
        cJSON *arr = cJSON_AddArrayToObject(fs, "matches");
        ok = arr != NULL;
        for (size_t i = 0; ok && i < fsc_result_n_matches(res); i++) {
            cJSON *mo = match_json(m, rec, fsc_result_match(res, i));
            ok = mo && cJSON_AddItemToArray(arr, mo);
        }
    }
    if (!ok) {
        cJSON_Delete(fs);
        return NULL;
    }
    return fs;
}

/* The record's metadata (input order, id first) plus "framescope". */
static char *record_json(const fsc_model *m, const fsc_score_opts *opt,
                         const fsc_record *rec, const fsc_result *res)
{
    cJSON *meta = cJSON_Parse(fsc_record_meta_json(rec));
    cJSON *o = cJSON_CreateObject();
    cJSON *fs = score_json(m, opt, rec, res);
    char *out = NULL;
    int ok = o && fs &&
             cJSON_AddStringToObject(o, "id", nz(fsc_record_field(rec, "id")));
    if (ok && cJSON_IsObject(meta)) {
        cJSON *it = meta->child;
        while (ok && it) {
            cJSON *next = it->next;
            if (strcmp(it->string, "id") != 0 &&
                strcmp(it->string, "framescope") != 0) {
                cJSON *d = cJSON_DetachItemViaPointer(meta, it);
                ok = cJSON_AddItemToObject(o, d->string, d);
                if (!ok)
                    cJSON_Delete(d);
            }
            it = next;
        }
    }
    if (ok && opt->keep_text && res) {
        size_t len = 0;
        const char *t = fsc_record_text(rec, &len);
        char *copy = fsc__strndup(t, len);
        ok = copy && cJSON_AddStringToObject(o, "text", copy);
        free(copy);
    }
    if (ok) {
        ok = cJSON_AddItemToObject(o, "framescope", fs);
        if (ok)
            fs = NULL;
    }
    if (ok)
        out = cJSON_PrintUnformatted(o);
    cJSON_Delete(fs);
    cJSON_Delete(o);
    cJSON_Delete(meta);
    return out;
}

static fsc_status take(fsc_buf *b, char **out, size_t *len, fsc_status st,
                       fsc_error *err)
{
    if (st != FSC_OK) {
        fsc__buf_free(b);
        return fsc__fail(err, st, "cannot render output: %s",
                         fsc_strerror(st));
    }
    return fsc__buf_take(b, out, len);
}

static fsc_status csv_rows(const fsc_model *m, const fsc_record *rec,
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
            const char *why = nz(fsc_record_skip_reason(rec));
            const char *lang = nz(fsc_record_field(rec, "lang"));
            st = fsc__csv_field(b, lang, strlen(lang));
            if (st == FSC_OK)
                st = fsc__buf_adds(b, ",skipped,");
            if (st == FSC_OK)
                st = fsc__csv_text_field(b, why, strlen(why));
            if (st == FSC_OK)
                st = fsc__buf_adds(b, ",,,,,,,,,\r\n");
            break;
        }
        const char *lang = fsc_result_lang(res, NULL);
        size_t tokens = fsc_result_n_tokens(res);
        st = fsc__csv_field(b, lang, strlen(lang));
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ",scored,,%zu,", tokens);
        if (st != FSC_OK || !n_cats) {
            if (st == FSC_OK)
                st = fsc__buf_adds(b, ",,,,,,,\r\n");
            continue;
        }
        const char *name = fsc_model_category_name(m, c);
        const fsc_catscore *cs = fsc_result_category(res, c);
        char r[40], w[40];
        fsc__fmt_num(rate(cs->count, (double)tokens), r);
        fsc__fmt_num(cs->weighted, w);
        st = fsc__csv_text_field(b, name, strlen(name));
        if (st == FSC_OK)
            st = fsc__buf_printf(b, ",%u,%u,%s,%s", cs->count, cs->negated,
                                 r, w);
        if (st == FSC_OK && fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION))
            st = fsc__buf_printf(b, ",%u,%u,%u\r\n",
                                 cs->voice[FSC_VOICE_AUTHORIAL],
                                 cs->voice[FSC_VOICE_QUOTED],
                                 cs->voice[FSC_VOICE_ATTRIBUTED]);
        else if (st == FSC_OK)
            st = fsc__buf_adds(b, ",,,\r\n");
    }
    return st;
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

static fsc_status table_row(const fsc_model *m, const fsc_record *rec,
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
    st = fsc__buf_printf(b, "%-4s %7zu %7zu  ", fsc_result_lang(res, NULL),
                         fsc_result_n_tokens(res), fsc_result_n_matches(res));
    int any = 0;
    for (size_t c = 0; c < fsc_model_n_categories(m) && st == FSC_OK; c++) {
        const fsc_catscore *cs = fsc_result_category(res, c);
        if (!cs->count && !cs->negated)
            continue;
        st = fsc__buf_printf(b, "%s%s %u", any ? ", " : "",
                             short_cat(fsc_model_category_name(m, c)),
                             cs->count);
        if (st == FSC_OK && cs->negated)
            st = fsc__buf_printf(b, " (+%u negated)", cs->negated);
        any = 1;
    }
    if (st == FSC_OK)
        st = fsc__buf_adds(b, any ? "\n" : "-\n");
    fsc_profile p;
    if (st == FSC_OK && fsc_model_has_layer(m, FSC_LAYER_ATTRIBUTION) &&
        fsc_profile_compute(m, res, &p, NULL) == FSC_OK &&
        p.attributions > 0)
        st = fsc__buf_printf(b, "%37s%s\n", "", p.summary);
    return st;
}

fsc_status fsc_score_render_record(const fsc_model *m,
                                   const fsc_score_opts *o, size_t index,
                                   const fsc_record *rec,
                                   const fsc_result *res, char **out,
                                   size_t *len, fsc_error *err)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    fsc_status st = FSC_OK;
    *out = NULL;
    *len = 0;
    switch (o->format) {
    case FSC_SCORE_JSONL:
    case FSC_SCORE_JSON: {
        char *j = record_json(m, o, rec, res);
        if (!j)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        if (o->format == FSC_SCORE_JSON && index > 0)
            st = fsc__buf_adds(&b, ",\n");
        if (st == FSC_OK)
            st = fsc__buf_adds(&b, j);
        if (st == FSC_OK && o->format == FSC_SCORE_JSONL)
            st = fsc__buf_addc(&b, '\n');
        cJSON_free(j);
        break;
    }
    case FSC_SCORE_CSV:
        st = csv_rows(m, rec, res, &b);
        break;
    case FSC_SCORE_TABLE:
        st = table_row(m, rec, res, &b);
        break;
    }
    return take(&b, out, len, st, err);
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

fsc_status fsc_score_render_header(const fsc_model *m,
                                   const fsc_score_opts *o, char **out,
                                   size_t *len, fsc_error *err)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    fsc_status st = FSC_OK;
    *out = NULL;
    *len = 0;
    if (o->format == FSC_SCORE_CSV) {
        st = fsc__buf_adds(&b, "id,outlet,date,lang,status,reason,tokens,"
                               "category,count,negated,rate,weighted,"
                               "authorial,quoted,attributed\r\n");
    } else if (o->format == FSC_SCORE_TABLE) {
        st = fsc__buf_printf(&b, "%-36s %-4s %7s %7s  %s\n", "ARTICLE", "LANG",
                             "TOKENS", "MATCHES", "CATEGORIES (matches)");
    } else if (o->format == FSC_SCORE_JSON) {
        cJSON *h = cJSON_CreateObject();
        cJSON *tool = h ? cJSON_AddObjectToObject(h, "framescope") : NULL;
        cJSON *lx = lexicons_json(m);
        char *txt = NULL;
        int ok = tool && lx &&
                 cJSON_AddStringToObject(tool, "version", fsc_version()) &&
                 cJSON_AddStringToObject(tool, "icu", fsc_icu_version()) &&
                 cJSON_AddStringToObject(tool, "unicode",
                                         fsc_unicode_version()) &&
                 (!o->command ||
                  cJSON_AddStringToObject(tool, "command", o->command));
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

static fsc_status table_footer(const fsc_model *m, const fsc_tally *t,
                               fsc_buf *b)
{
    fsc_status st = fsc__buf_printf(
        b, "\nRecords: %zu read, %zu scored, %zu skipped\n", t->read,
        t->scored, t->skipped);
    for (size_t i = 0; i < t->n_reasons && st == FSC_OK; i++)
        st = fsc__buf_printf(b, "  skipped: %s\n", t->reasons[i]);
    if (st == FSC_OK && t->skipped > t->n_reasons)
        st = fsc__buf_printf(b, "  ... and %zu more\n",
                             t->skipped - t->n_reasons);
    if (st != FSC_OK)
        return st;
    st = fsc__buf_printf(b, "Tokens: %llu\n\n%-44s %8s %8s %8s %10s\n",
                         (unsigned long long)t->tokens, "CATEGORY", "ARTICLES",
                         "MATCHES", "NEGATED", "PER 1K TOK");
    for (size_t c = 0; c < fsc_model_n_categories(m) && st == FSC_OK; c++) {
        char r[40];
        if (!fsc__fmt_num(rate((double)t->count[c], (double)t->tokens), r))
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
        ok = co &&
             cJSON_AddItemToObject(cats, fsc_model_category_name(m, c), co) &&
             add_int(co, "articles", t->articles[c]) &&
             add_int(co, "count", t->count[c]) &&
             add_int(co, "negated", t->negated[c]) &&
             add_num(co, "rate", rate((double)t->count[c], (double)t->tokens)) &&
             add_num(co, "weighted", t->weighted[c]);
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

fsc_status fsc_score_render_footer(const fsc_model *m,
                                   const fsc_score_opts *o,
                                   const fsc_tally *t, char **out,
                                   size_t *len, fsc_error *err)
{
    fsc_buf b;
    fsc__buf_init(&b, 0);
    fsc_status st = FSC_OK;
    *out = NULL;
    *len = 0;
    if (o->format == FSC_SCORE_TABLE)
        st = table_footer(m, t, &b);
    else if (o->format == FSC_SCORE_JSON)
        st = json_footer(m, t, &b);
    return take(&b, out, len, st, err);
}
