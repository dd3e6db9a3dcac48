/*
 * audit.c - the per-term precision audit: drawing N matches per term from
 * score rows and cutting their contexts from the rows' text or the scored
 * corpus, as a CSV for coders (cells guarded against formulas).
 */
#include "validate_int.h"

/* ------------------------------------------------------------------ */
/* Audit: sampling                                                      */
/* ------------------------------------------------------------------ */

/* A framing match that may be drawn. Its context is cut from the row's text
 * as the row is read, or, when the row has none, from the corpus after the
 * draw (from_corpus; surface then checks that the corpus is the one that
 * was scored). */
typedef struct cand {
    char *id, *term, *cats, *voice;  /* malloc'ed */
    char *surface;                   /* malloc'ed when from_corpus */
    char *left, *match, *right;      /* malloc'ed once cut */
    char *drop;                      /* malloc'ed: why it was left out */
    size_t start, end, order;
    int from_corpus;
    int in_title;                    /* zone "title": offsets count in the
                                        record's title, not its text */
} cand;

static void cand_free(cand *c)
{
    free(c->id);
    free(c->term);
    free(c->cats);
    free(c->voice);
    free(c->surface);
    free(c->left);
    free(c->match);
    free(c->right);
    free(c->drop);
}

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    int c = strcmp(x->term, y->term);
    if (c)
        return c;
    return (x->order > y->order) - (x->order < y->order);
}

/* Copy s[0..n) with control characters shown as spaces. */
static char *kwic_dup(const char *s, size_t n)
{
    char *d = fsc__strndup(s, n);
    for (size_t i = 0; d && i < n; i++)
        if ((unsigned char)d[i] < 0x20 || d[i] == 0x7f)
            d[i] = ' ';
    return d;
}

static int is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* 1 when [s, e) of t[0..tl) (e <= tl) starts and ends on code points. */
static int on_boundaries(const char *t, size_t tl, size_t s, size_t e)
{
    return !((s < tl && is_cont((unsigned char)t[s])) ||
             (e < tl && is_cont((unsigned char)t[e])));
}

/* The KWIC cut of k's span [start, end) in t[0..tl): ctx bytes each side,
 * shortened so that no UTF-8 sequence is split. The one code path for row
 * texts and corpus texts, so that both give the same bytes. The caller has
 * checked end <= tl and on_boundaries(). */
static fsc_status cut_context(cand *k, const char *t, size_t tl, size_t ctx)
{
    size_t s = k->start, e = k->end;
    size_t ls = s > ctx ? s - ctx : 0;
    while (ls < s && is_cont((unsigned char)t[ls]))
        ls++;
    size_t re = tl - e > ctx ? e + ctx : tl;
    while (re > e && re < tl && is_cont((unsigned char)t[re]))
        re--;
    k->left = kwic_dup(t + ls, s - ls);
    k->match = kwic_dup(t + s, e - s);
    k->right = kwic_dup(t + e, re - e);
    return k->left && k->match && k->right ? FSC_OK : FSC_ENOMEM;
}

static fsc_status add_cands(const cJSON *o, const char *id, cand **cs,
                            size_t *n, size_t *cap, size_t ctx,
                            int have_corpus, const char *name, long line,
                            fsc_error *err)
{
    const cJSON *fs = cJSON_GetObjectItemCaseSensitive(o, "framescope");
    const cJSON *ms = cJSON_GetObjectItemCaseSensitive(fs, "matches");
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(o, "text");
    const cJSON *title = cJSON_GetObjectItemCaseSensitive(o, "title");
    const cJSON *m;
    cJSON_ArrayForEach(m, ms)
    {
        const cJSON *layer = cJSON_GetObjectItemCaseSensitive(m, "layer");
        if (cJSON_IsString(layer) && strcmp(layer->valuestring, "framing"))
            continue;
        /* A match in the title counts its offsets in the title. */
        const cJSON *zone = cJSON_GetObjectItemCaseSensitive(m, "zone");
        int in_title = cJSON_IsString(zone) &&
                       strcmp(zone->valuestring, "title") == 0;
        const cJSON *text = in_title ? title : body;
        int has_text = cJSON_IsString(text) && cJSON_IsString(body);
        if (!has_text && !have_corpus)
            return fsc__fail_at(err, FSC_EINVAL, name, line, 0, -1,
                                "row \"%s\" has matches but no \"text\": "
                                "score with --keep-text, or give the corpus",
                                id);
        const char *t = has_text ? text->valuestring : NULL;
        size_t tl = has_text ? strlen(t) : 0;
        /* Without text the span is checked against the corpus later. */
        double lim = has_text ? (double)tl : 9e15;
        const cJSON *term = cJSON_GetObjectItemCaseSensitive(m, "term");
        const cJSON *js = cJSON_GetObjectItemCaseSensitive(m, "start");
        const cJSON *je = cJSON_GetObjectItemCaseSensitive(m, "end");
        const cJSON *sf = cJSON_GetObjectItemCaseSensitive(m, "surface");
        if (!cJSON_IsString(term) || !cJSON_IsNumber(js) ||
            !cJSON_IsNumber(je) || js->valuedouble < 0 ||
            je->valuedouble < js->valuedouble || je->valuedouble > lim)
            return fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                                "row \"%s\": a match without term or with "
                                "offsets outside the text",
                                id);
        if (!has_text && !cJSON_IsString(sf))
            return fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                                "row \"%s\": a match without \"surface\" "
                                "(needed to check the corpus)",
                                id);
        size_t s = (size_t)js->valuedouble, e = (size_t)je->valuedouble;
        if (has_text && !on_boundaries(t, tl, s, e))
            return fsc__fail_at(err, FSC_EPARSE, name, line, 0, -1,
                                "row \"%s\": match offsets are not on "
                                "character boundaries",
                                id);
        fsc_buf cb;
        fsc__buf_init(&cb, FSC_BUF_DEFAULT_CAP);
        const cJSON *cats = cJSON_GetObjectItemCaseSensitive(m, "categories");
        const cJSON *c;
        fsc_status st = FSC_OK;
        cJSON_ArrayForEach(c, cats)
        {
            if (st == FSC_OK && cJSON_IsString(c)) {
                if (cb.len)
                    st = fsc__buf_addc(&cb, ';');
                if (st == FSC_OK)
                    st = fsc__buf_adds(&cb, c->valuestring);
            }
        }
        const cJSON *voice = cJSON_GetObjectItemCaseSensitive(m, "voice");
        if (*n == *cap) {
            size_t nc = *cap ? 2 * *cap : 64;
            cand *p = realloc(*cs, nc * sizeof *p);
            if (!p) {
                fsc__buf_free(&cb);
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            }
            *cs = p;
            *cap = nc;
        }
        cand *k = &(*cs)[*n];
        memset(k, 0, sizeof *k);
        k->order = *n;
        k->start = s;
        k->end = e;
        k->from_corpus = !has_text;
        k->in_title = in_title;
        k->id = fsc__strdup(id);
        k->term = fsc__strdup(term->valuestring);
        k->cats = fsc__strdup(cb.data ? cb.data : "");
        k->voice = fsc__strdup(cJSON_IsString(voice) ? voice->valuestring : "");
        int ok = k->id && k->term && k->cats && k->voice;
        if (ok && has_text)
            ok = cut_context(k, t, tl, ctx) == FSC_OK;
        else if (ok)
            ok = (k->surface = fsc__strdup(sf->valuestring)) != NULL;
        fsc__buf_free(&cb);
        (*n)++;
        if (st != FSC_OK || !ok)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    return FSC_OK;
}

/* One audit CSV line: every cell is text (guarded against formulas). */
static fsc_status csv_line(fsc_buf *b, const char *const *f, size_t n)
{
    fsc_status st = FSC_OK;
    for (size_t i = 0; st == FSC_OK && i < n; i++) {
        if (i)
            st = fsc__buf_addc(b, ',');
        if (st == FSC_OK)
            st = fsc__csv_text_field(b, f[i], strlen(f[i]));
    }
    return st == FSC_OK ? fsc__buf_add(b, "\r\n", 2) : st;
}

/* The result, with the storage of its strings and arrays. */
typedef struct sampled {
    fsc_audit_sampled pub; /* first: the public pointer is this one */
    fsc_arena arena;       /* strings of dropped and duplicates */
    fsc_audit_drop *drops;
    fsc_audit_dup *dups;
    size_t cap_drops, cap_dups;
} sampled;

void fsc_audit_sampled_free(fsc_audit_sampled *s)
{
    if (!s)
        return;
    sampled *x = (sampled *)s;
    fsc_free(x->pub.csv);
    free(x->drops);
    free(x->dups);
    fsc__arena_free(&x->arena);
    free(x);
}

static char *arena_str(fsc_arena *a, const char *s)
{
    return fsc__arena_strndup(a, s, strlen(s));
}

static fsc_status add_dup(sampled *r, const char *id, const char *first,
                          const char *again)
{
    if (r->pub.n_duplicates == r->cap_dups) {
        size_t nc = r->cap_dups ? 2 * r->cap_dups : 8;
        fsc_audit_dup *p = realloc(r->dups, nc * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        r->dups = p;
        r->cap_dups = nc;
    }
    fsc_audit_dup *d = &r->dups[r->pub.n_duplicates];
    d->id = arena_str(&r->arena, id);
    d->first = arena_str(&r->arena, first);
    d->again = arena_str(&r->arena, again);
    if (!d->id || !d->first || !d->again)
        return FSC_ENOMEM;
    r->pub.n_duplicates++;
    return FSC_OK;
}

static fsc_status add_drop(sampled *r, const cand *k)
{
    if (r->pub.n_dropped == r->cap_drops) {
        size_t nc = r->cap_drops ? 2 * r->cap_drops : 8;
        fsc_audit_drop *p = realloc(r->drops, nc * sizeof *p);
        if (!p)
            return FSC_ENOMEM;
        r->drops = p;
        r->cap_drops = nc;
    }
    fsc_audit_drop *d = &r->drops[r->pub.n_dropped];
    d->id = arena_str(&r->arena, k->id);
    d->term = arena_str(&r->arena, k->term);
    d->reason = arena_str(&r->arena, k->drop);
    d->start = k->start;
    d->end = k->end;
    if (!d->id || !d->term || !d->reason)
        return FSC_ENOMEM;
    r->pub.n_dropped++;
    return FSC_OK;
}

/* An id the sample needs from the corpus: its drawn matches, and where the
 * first record with that id was found ("" until then). */
typedef struct need {
    u32vec cands;
    char *first; /* malloc'ed "SOURCE:LINE" */
} need;

/* "SOURCE:LINE" of a record, malloc'ed. */
static char *where_of(const fsc_record *rec)
{
    const char *src = fsc_record_source(rec);
    long line = fsc_record_line(rec);
    int n = snprintf(NULL, 0, "%s:%ld", src, line);
    char *s = n < 0 ? NULL : malloc((size_t)n + 1);
    if (s)
        snprintf(s, (size_t)n + 1, "%s:%ld", src, line);
    return s;
}

/* Set k's drop reason (printf-style); FSC_ENOMEM when out of memory. */
static fsc_status set_drop(cand *k, const char *fmt, ...) FSC__PRINTF(2, 3);
static fsc_status set_drop(cand *k, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return FSC_ENOMEM;
    k->drop = malloc((size_t)n + 1);
    if (!k->drop)
        return FSC_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(k->drop, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return FSC_OK;
}

/* Place one drawn match in the text of its corpus record (at `where`). */
static fsc_status place(cand *k, const char *t, size_t tl, const char *where,
                        size_t ctx)
{
    size_t sl = strlen(k->surface);
    if (k->end > tl)
        return set_drop(k,
                        "the corpus text (%s) has %zu bytes, the match ends "
                        "at byte %zu",
                        where, tl, k->end);
    if (sl != k->end - k->start || memcmp(t + k->start, k->surface, sl) != 0)
        return set_drop(k,
                        "the corpus text (%s) at bytes %zu-%zu differs from "
                        "the match's surface: not the corpus that was scored",
                        where, k->start, k->end);
    if (!on_boundaries(t, tl, k->start, k->end))
        return set_drop(k,
                        "the corpus text (%s) at bytes %zu-%zu is not on "
                        "character boundaries",
                        where, k->start, k->end);
    return cut_context(k, t, tl, ctx);
}

/* Read the corpus once; cut the contexts of the drawn matches that need it
 * (pick[i] && cs[i].from_corpus), or give them a drop reason. Only those
 * contexts are kept: each record is freed before the next is read. */
static fsc_status from_corpus(cand *cs, size_t n, const unsigned char *pick,
                              const fsc_audit_opts *o, sampled *res,
                              fsc_error *err)
{
    fsc__strmap ids;
    fsc__strmap_init(&ids);
    need *needs = NULL;
    size_t n_needs = 0, cap_needs = 0;
    fsc_reader *rd = NULL;
    fsc_record *rec = NULL;
    char *other_skip = NULL; /* the first skipped record of no needed id */
    size_t n_other_skips = 0;
    fsc_status st = FSC_OK;
    if (n > UINT32_MAX) {
        st = fsc__fail(err, FSC_ELIMIT, "too many matches to sample");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if (!pick[i] || !cs[i].from_corpus)
            continue;
        size_t il = strlen(cs[i].id);
        uint32_t h = fsc__hash(cs[i].id, il), slot;
        if (!fsc__strmap_get(&ids, cs[i].id, il, h, &slot)) {
            if (n_needs == cap_needs) {
                size_t nc = cap_needs ? 2 * cap_needs : 16;
                need *p = realloc(needs, nc * sizeof *p);
                if (!p) {
                    st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                    goto done;
                }
                needs = p;
                cap_needs = nc;
            }
            slot = (uint32_t)n_needs;
            memset(&needs[n_needs++], 0, sizeof *needs);
            if ((st = fsc__strmap_put(&ids, cs[i].id, il, h, slot)) !=
                FSC_OK) {
                st = fsc__fail(err, st, "%s", fsc_strerror(st));
                goto done;
            }
        }
        if ((st = fsc__validate_u32_push(&needs[slot].cands, (uint32_t)i)) != FSC_OK) {
            st = fsc__fail(err, st, "out of memory");
            goto done;
        }
    }
    if (n_needs == 0)
        goto done;
    if ((st = fsc_reader_open(o->corpus, o->n_corpus, &o->reader, &rd, err)) !=
        FSC_OK)
        goto done;
    for (;;) {
        fsc_raw_record raw;
        int eof = 0;
        if ((st = fsc_reader_next(rd, &raw, &eof, err)) != FSC_OK)
            goto done;
        if (eof)
            break;
        if ((st = fsc_record_parse(&raw, &rec, err)) != FSC_OK)
            goto done;
        const char *id = fsc_record_field(rec, "id");
        size_t il = strlen(id);
        uint32_t slot;
        if (fsc__strmap_get(&ids, id, il, fsc__hash(id, il), &slot)) {
            need *nd = &needs[slot];
            char *where = where_of(rec);
            if (!where) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
            if (nd->first) {
                st = add_dup(res, id, nd->first, where);
                free(where);
            } else {
                nd->first = where;
                size_t bl = 0;
                const char *body = fsc_record_text(rec, &bl);
                const char *title = fsc_record_field(rec, "title");
                for (size_t j = 0; st == FSC_OK && j < nd->cands.n; j++) {
                    cand *k = &cs[nd->cands.v[j]];
                    const char *t = k->in_title ? (title ? title : "") : body;
                    size_t tl = k->in_title ? strlen(t) : bl;
                    if (fsc_record_skipped(rec))
                        st = set_drop(k, "its corpus record was skipped: %s",
                                      fsc_record_skip_reason(rec));
                    else
                        st = place(k, t, tl, where, o->context);
                }
            }
            if (st != FSC_OK) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
        } else if (fsc_record_skipped(rec) && n_other_skips++ == 0 &&
                   !(other_skip = fsc__strdup(fsc_record_skip_reason(rec)))) {
            st = fsc__fail(err, FSC_ENOMEM, "out of memory");
            goto done;
        }
        fsc_record_free(rec);
        rec = NULL;
    }
    /* A record skipped before its id could be read (too long, bad JSON)
     * has the default id: say so, since it may be the missing one. */
    for (size_t s = 0; s < n_needs; s++) {
        for (size_t j = 0; !needs[s].first && j < needs[s].cands.n; j++) {
            cand *k = &cs[needs[s].cands.v[j]];
            fsc_status ds =
                n_other_skips
                    ? set_drop(k,
                               "its id is not in the corpus (%zu corpus "
                               "records were skipped and may hold it; the "
                               "first: %s)",
                               n_other_skips, other_skip)
                    : set_drop(k, "its id is not in the corpus");
            if (ds != FSC_OK) {
                st = fsc__fail(err, FSC_ENOMEM, "out of memory");
                goto done;
            }
        }
    }
done:
    free(other_skip);
    fsc_record_free(rec);
    fsc_reader_free(rd);
    for (size_t s = 0; s < n_needs; s++) {
        free(needs[s].cands.v);
        free(needs[s].first);
    }
    free(needs);
    fsc__strmap_free(&ids);
    return st;
}

fsc_status fsc_audit_draw(const char *name, const char *data, size_t len,
                          const fsc_audit_opts *opts, fsc_audit_sampled **out,
                          fsc_error *err)
{
    *out = NULL;
    fsc_audit_opts o;
    if (opts)
        o = *opts;
    else
        fsc_audit_opts_init(&o);
    cand *cs = NULL;
    size_t n = 0, cap = 0;
    fsc_status st = FSC_OK;
    fsc_arena ids;
    fsc__arena_init(&ids, 1 << 12);
    fsc_buf b;
    fsc__buf_init(&b, FSC_BUF_DEFAULT_CAP);
    unsigned char *pick = NULL;
    size_t *perm = NULL;
    sampled *res = calloc(1, sizeof *res);
    if (!res) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto done;
    }
    fsc__arena_init(&res->arena, 1 << 12);

    lines it = { data, data + len, 0 };
    const char *s;
    size_t ln;
    while (st == FSC_OK && fsc__validate_next_line(&it, &s, &ln)) {
        if (fsc__validate_bad_utf8(name, it.line, s, ln, err)) {
            st = FSC_EPARSE;
            break;
        }
        cJSON *row = fsc__validate_parse_line(name, it.line, s, ln, err);
        if (!row) {
            st = FSC_EPARSE;
            break;
        }
        if (fsc__validate_dup_key(name, it.line, row, err)) {
            cJSON_Delete(row);
            st = FSC_EPARSE;
            break;
        }
        const cJSON *fs = cJSON_GetObjectItemCaseSensitive(row, "framescope");
        int oom = 0;
        const char *id = cJSON_IsObject(fs) ? fsc__validate_id_of(row, &ids, &oom) : NULL;
        if (!id) {
            long col = !cJSON_IsObject(row) ? fsc__validate_col_of(s, ln, 0)
                       : !cJSON_IsObject(fs) ? fsc__validate_key_col(s, ln, "framescope")
                                             : fsc__validate_key_col(s, ln, "id");
            cJSON_Delete(row);
            st = oom ? fsc__fail(err, FSC_ENOMEM, "out of memory")
                     : fsc__fail_at(err, FSC_EPARSE, name, it.line, col, -1,
                                    "not a score row (JSON with \"id\" and "
                                    "\"framescope\")");
            break;
        }
        st = add_cands(row, id, &cs, &n, &cap, o.context, o.n_corpus > 0,
                       name, it.line, err);
        cJSON_Delete(row);
    }
    if (st != FSC_OK)
        goto done;

    fsc__qsort(cs, n, sizeof *cs, cmp_cand);
    pick = calloc(n ? n : 1, 1);
    perm = malloc((n ? n : 1) * sizeof *perm);
    if (!pick || !perm) {
        st = fsc__fail(err, FSC_ENOMEM, "out of memory");
        goto done;
    }
    /* One stream, terms in byte order: per term, a partial Fisher-Yates
     * shuffle of its k matches picks min(k, per_term) of them. The draw
     * depends on the rows only, never on where the contexts come from. */
    uint64_t rng = o.seed;
    size_t total = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && strcmp(cs[j].term, cs[i].term) == 0)
            j++;
        size_t k = j - i, take = k < o.per_term ? k : o.per_term;
        for (size_t q = 0; q < k; q++)
            perm[q] = i + q;
        for (size_t q = 0; q < take; q++) {
            size_t r = q + fsc__validate_rng_below(&rng, k - q);
            size_t tmp = perm[q];
            perm[q] = perm[r];
            perm[r] = tmp;
            pick[perm[q]] = 1;
        }
        total += take;
        i = j;
    }
    if ((st = from_corpus(cs, n, pick, &o, res, err)) != FSC_OK)
        goto done;
    static const char *const head[] = {
        "id", "term", "category", "voice", "left", "match", "right", "correct"
    };
    st = csv_line(&b, head, 8);
    for (size_t i = 0; st == FSC_OK && i < n; i++) {
        if (!pick[i])
            continue;
        if (cs[i].drop) {
            st = add_drop(res, &cs[i]);
            continue;
        }
        const char *f[8] = { cs[i].id,   cs[i].term,  cs[i].cats,  cs[i].voice,
                             cs[i].left, cs[i].match, cs[i].right, "" };
        st = csv_line(&b, f, 8);
        res->pub.n_written++;
        res->pub.n_from_corpus += (size_t)cs[i].from_corpus;
    }
    if (st == FSC_OK)
        st = fsc__buf_take(&b, &res->pub.csv, &res->pub.csv_len);
    if (st != FSC_OK) {
        st = fsc__fail(err, st, "%s", fsc_strerror(st));
        goto done;
    }
    res->pub.n_sampled = total;
    res->pub.dropped = res->drops;
    res->pub.duplicates = res->dups;
    *out = &res->pub;
    res = NULL;
done:
    for (size_t i = 0; i < n; i++)
        cand_free(&cs[i]);
    free(cs);
    free(pick);
    free(perm);
    fsc__buf_free(&b);
    fsc__arena_free(&ids);
    fsc_audit_sampled_free(res ? &res->pub : NULL);
    return st;
}

fsc_status fsc_audit_sample(const char *name, const char *data, size_t len,
                            const fsc_audit_opts *opts, char **csv,
                            size_t *csv_len, size_t *n_sampled, fsc_error *err)
{
    *csv = NULL;
    if (csv_len)
        *csv_len = 0;
    if (n_sampled)
        *n_sampled = 0;
    fsc_audit_sampled *r = NULL;
    fsc_status st = fsc_audit_draw(name, data, len, opts, &r, err);
    if (st != FSC_OK)
        return st;
    if (r->n_dropped) {
        st = fsc__fail(err, FSC_EINVAL,
                       "%zu sampled matches left out; the first, row \"%s\": "
                       "%s",
                       r->n_dropped, r->dropped[0].id, r->dropped[0].reason);
        fsc_audit_sampled_free(r);
        return st;
    }
    *csv = r->csv;
    if (csv_len)
        *csv_len = r->csv_len;
    if (n_sampled)
        *n_sampled = r->n_written;
    r->csv = NULL;
    fsc_audit_sampled_free(r);
    return FSC_OK;
}
