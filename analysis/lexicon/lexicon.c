/*
 * lexicon.c - loading lexicons, the public API (framescope/lexicon.h):
 * reading the file, choosing the reader by format (json.c; dic.c and
 * dictfmt.c for dictionaries), the lexicon's SHA-256 and the accessors. A
 * loaded lexicon is immutable. The stages of the module (analysis/lexicon/):
 * build.c (the in-memory lexicon every reader fills), json.c (framescope
 * JSON), dic.c and dictfmt.c (LIWC .dic; WordStat .cat, YAML, LIWC-22
 * .dicx, Lexicoder), lexset.c (the set of lexicons a run loads); the
 * lexicons are compiled into a matcher by fsc_model_compile (model.c, matched by match/).
 */
#include "framescope/lexicon.h"

#include "arena.h"
#include "buf.h"
#include "internal.h"
#include "jsonpos.h" /* fsc__text_linecol */
#include "lexicon_int.h"
#include "sha256.h"
#include "utf8.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- public API --------------------------------------------------------- */

void fsc_lexicon_opts_init(fsc_lexicon_opts *o)
{
    if (!o)
        return;
    memset(o, 0, sizeof *o);
    o->format = FSC_LEXFMT_AUTO;
    o->max_bytes = FSC__LEX_DEFAULT_MAX_BYTES;
}

static int is_dic_name(const char *p)
{
    size_t n = strlen(p);
    if (n < 4)
        return 0;
    p += n - 4;
    return p[0] == '.' && (p[1] | 0x20) == 'd' && (p[2] | 0x20) == 'i' &&
           (p[3] | 0x20) == 'c';
}

static int ends_with_ci(const char *p, const char *ext)
{
    size_t n = strlen(p), m = strlen(ext);
    if (n <= m)
        return 0;
    p += n - m;
    for (size_t i = 0; i < m; i++) {
        char a = p[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a + 32);
        if (a != ext[i])
            return 0;
    }
    return 1;
}

fsc_lexicon_format fsc__lex_format_of(const char *path)
{
    if (is_dic_name(path))
        return FSC_LEXFMT_DIC;
    if (ends_with_ci(path, ".cat"))
        return FSC_LEXFMT_CAT;
    if (ends_with_ci(path, ".yml") || ends_with_ci(path, ".yaml"))
        return FSC_LEXFMT_YAML;
    if (ends_with_ci(path, ".dicx"))
        return FSC_LEXFMT_DICX;
    if (ends_with_ci(path, ".lc3") || ends_with_ci(path, ".lcd"))
        return FSC_LEXFMT_LCD;
    return FSC_LEXFMT_JSON;
}

fsc_status fsc_lexicon_parse(const char *data, size_t len, const char *where,
                             const fsc_lexicon_opts *opts, fsc_lexicon **out,
                             fsc_error *err)
{
    fsc_lexicon_opts o;
    fsc_lexicon *lx = NULL;
    fsc_status st;
    fsc_error_clear(err);
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_lexicon_parse: out is NULL");
    *out = NULL;
    if (!where)
        where = "";
    if (!data && len)
        return fsc__fail_at(err, FSC_EINVAL, where, 0, 0, -1,
                            "fsc_lexicon_parse: data is NULL");
    if (opts)
        o = *opts;
    else
        fsc_lexicon_opts_init(&o);
    if (o.max_bytes == 0)
        o.max_bytes = FSC__LEX_DEFAULT_MAX_BYTES;
    if (len > o.max_bytes)
        return fsc__fail_at(err, FSC_ELIMIT, where, 0, 0, -1,
                            "lexicon is larger than the limit of %zu bytes",
                            o.max_bytes);
    if (o.name && !fsc__lex_name_ok(o.name))
        return fsc__fail_at(err, FSC_EINVAL, where, 0, 0, -1,
                            "bad lexicon name \"%s\" in options", o.name);
    if (o.lang && !fsc__lex_lang_ok(o.lang))
        return fsc__fail_at(err, FSC_EINVAL, where, 0, 0, -1,
                            "bad language tag \"%s\" in options", o.lang);
    if ((int)o.format < (int)FSC_LEXFMT_AUTO ||
        (int)o.format > (int)FSC_LEXFMT_LCD)
        return fsc__fail_at(err, FSC_EINVAL, where, 0, 0, -1,
                            "unknown lexicon format %d", (int)o.format);
    if (fsc__lex_new(&lx))
        return fsc__fail_at(err, FSC_ENOMEM, where, 0, 0, -1,
                            "out of memory");
    unsigned char dig[32];
    fsc__sha256(data ? data : "", len, dig);
    fsc__sha256_hex(dig, lx->sha256);

    size_t bom = len >= 3 && (unsigned char)data[0] == 0xEF &&
                         (unsigned char)data[1] == 0xBB &&
                         (unsigned char)data[2] == 0xBF
                     ? 3
                     : 0;
    const char *text = data ? data + bom : "";
    size_t tlen = len - bom;
    size_t bad;
    long line, col;
    if (!fsc__utf8_valid(text, tlen, &bad, NULL, NULL)) {
        fsc__text_linecol(text, tlen, bad, &line, &col);
        st = fsc__fail_at(err, FSC_EUTF8, where, line, col,
                          (long long)(bom + bad),
                          "invalid UTF-8 (byte 0x%02X)",
                          (unsigned)(unsigned char)text[bad]);
        goto fail;
    }
    const char *nul = tlen ? memchr(text, '\0', tlen) : NULL;
    if (nul) {
        bad = (size_t)(nul - text);
        fsc__text_linecol(text, tlen, bad, &line, &col);
        st = fsc__fail_at(err, FSC_EPARSE, where, line, col,
                          (long long)(bom + bad), "NUL byte in the file");
        goto fail;
    }
    fsc_lexicon_format fmt = o.format;
    if (fmt == FSC_LEXFMT_AUTO)
        fmt = fsc__lex_format_of(where);
    if (fmt == FSC_LEXFMT_DIC)
        st = fsc__lex_parse_dic(lx, text, tlen, bom, where, &o, err);
    else if (fmt == FSC_LEXFMT_CAT)
        st = fsc__lex_parse_cat(lx, text, tlen, bom, where, &o, err);
    else if (fmt == FSC_LEXFMT_YAML)
        st = fsc__lex_parse_yaml(lx, text, tlen, bom, where, &o, err);
    else if (fmt == FSC_LEXFMT_DICX)
        st = fsc__lex_parse_dicx(lx, text, tlen, bom, where, &o, err);
    else if (fmt == FSC_LEXFMT_LCD)
        st = fsc__lex_parse_lcd(lx, text, tlen, bom, where, &o, err);
    else
        st = fsc__lex_parse_json(lx, text, tlen, bom, where, err);
    if (st)
        goto fail;
    if (o.name && !(lx->name = fsc__lex_strdup(lx, o.name))) {
        st = fsc__fail_at(err, FSC_ENOMEM, where, 0, 0, -1, "out of memory");
        goto fail;
    }
    /* The duplicate-entry index is only needed while building. */
    free(lx->ent_tab);
    lx->ent_tab = NULL;
    lx->ent_tab_cap = 0;
    *out = lx;
    return FSC_OK;
fail:
    fsc_lexicon_free(lx);
    return st;
}

fsc_status fsc_lexicon_load(const char *path, const fsc_lexicon_opts *opts,
                            fsc_lexicon **out, fsc_error *err)
{
    fsc_buf b;
    FILE *f = NULL;
    fsc_status st;
    size_t max = opts && opts->max_bytes ? opts->max_bytes
                                         : FSC__LEX_DEFAULT_MAX_BYTES;
    fsc_error_clear(err);
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "fsc_lexicon_load: out is NULL");
    *out = NULL;
    if (!path)
        return fsc__fail(err, FSC_EINVAL, "fsc_lexicon_load: path is NULL");
    fsc__buf_init(&b, max);
    f = fopen(path, "rb");
    if (!f) {
        int e = errno;
        return fsc__fail_at(err, FSC_EIO, path, 0, 0, -1,
                            "cannot open: %s", strerror(e));
    }
    for (;;) {
        char chunk[65536];
        size_t n = fread(chunk, 1, sizeof chunk, f);
        if (n && (st = fsc__buf_add(&b, chunk, n))) {
            if (st == FSC_ELIMIT)
                fsc__fail_at(err, st, path, 0, 0, -1,
                             "lexicon is larger than the limit of %zu bytes",
                             max);
            else
                fsc__fail_at(err, st, path, 0, 0, -1, "out of memory");
            goto fail;
        }
        if (n < sizeof chunk) {
            if (ferror(f)) {
                st = fsc__fail_at(err, FSC_EIO, path, 0, 0, -1,
                                  "read error");
                goto fail;
            }
            break;
        }
    }
    fclose(f);
    f = NULL;
    if ((st = fsc_lexicon_parse(b.data ? b.data : "", b.len, path, opts, out,
                                err)))
        goto fail;
    if (!((*out)->path = fsc__lex_strdup(*out, path))) {
        fsc_lexicon_free(*out);
        *out = NULL;
        st = fsc__fail_at(err, FSC_ENOMEM, path, 0, 0, -1, "out of memory");
        goto fail;
    }
fail:
    if (f)
        fclose(f);
    fsc__buf_free(&b);
    return st;
}

void fsc_lexicon_free(fsc_lexicon *lx)
{
    if (!lx)
        return;
    free(lx->cats);
    free(lx->entries);
    free((void *)lx->warnings);
    free(lx->cat_tab);
    free(lx->ent_tab);
    fsc__arena_free(&lx->arena);
    free(lx);
}

fsc_layer fsc_lexicon_layer(const fsc_lexicon *lx)
{
    return lx->layer;
}

const char *fsc_lexicon_name(const fsc_lexicon *lx)
{
    return lx ? lx->name : NULL;
}

const char *fsc_lexicon_version(const fsc_lexicon *lx)
{
    return lx ? lx->version : NULL;
}

const char *fsc_lexicon_license(const fsc_lexicon *lx)
{
    return lx ? lx->license : NULL;
}

const char *fsc_lexicon_description(const fsc_lexicon *lx)
{
    return lx ? lx->description : NULL;
}

const char *fsc_lexicon_path(const fsc_lexicon *lx)
{
    return lx ? lx->path : NULL;
}

const char *fsc_lexicon_sha256(const fsc_lexicon *lx)
{
    return lx ? lx->sha256 : NULL;
}

size_t fsc_lexicon_n_authors(const fsc_lexicon *lx)
{
    return lx ? lx->n_authors : 0;
}

const char *fsc_lexicon_author(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_authors ? lx->authors[i] : NULL;
}

size_t fsc_lexicon_n_sources(const fsc_lexicon *lx)
{
    return lx ? lx->n_sources : 0;
}

const char *fsc_lexicon_source(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_sources ? lx->sources[i] : NULL;
}

size_t fsc_lexicon_n_languages(const fsc_lexicon *lx)
{
    return lx ? lx->n_languages : 0;
}

const char *fsc_lexicon_language(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_languages ? lx->languages[i] : NULL;
}

size_t fsc_lexicon_n_categories(const fsc_lexicon *lx)
{
    return lx ? lx->n_cats : 0;
}

const fsc_category *fsc_lexicon_category(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_cats ? &lx->cats[i] : NULL;
}

long fsc_lexicon_find_category(const fsc_lexicon *lx, const char *id)
{
    if (!lx || !id)
        return -1;
    return fsc__lex_cat_find(lx, id, strlen(id));
}

size_t fsc_lexicon_n_axes(const fsc_lexicon *lx)
{
    return lx ? lx->n_axes : 0;
}

const fsc_axis *fsc_lexicon_axis(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_axes ? &lx->axes[i] : NULL;
}

size_t fsc_lexicon_n_entries(const fsc_lexicon *lx)
{
    return lx ? lx->n_entries : 0;
}

const fsc_entry *fsc_lexicon_entry(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_entries ? &lx->entries[i] : NULL;
}

const char *fsc_entry_attr(const fsc_entry *e, const char *key)
{
    if (!e || !key)
        return NULL;
    for (size_t i = 0; i < e->n_attrs; i++)
        if (strcmp(e->attr_keys[i], key) == 0)
            return e->attr_vals[i];
    return NULL;
}

const fsc_topic_scope *fsc_lexicon_scope(const fsc_lexicon *lx)
{
    return lx ? lx->scope : NULL;
}

size_t fsc_lexicon_n_warnings(const fsc_lexicon *lx)
{
    return lx ? lx->n_warnings : 0;
}

const char *fsc_lexicon_warning(const fsc_lexicon *lx, size_t i)
{
    return lx && i < lx->n_warnings ? lx->warnings[i] : NULL;
}

