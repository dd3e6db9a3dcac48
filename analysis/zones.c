/*
 * zones.c - an article's title scored as its own zone beside the text: the
 * two are analysed apart (each with its own offsets, sentences, modifiers
 * and attributions) and joined into one result, title first, so that every
 * count is of the whole article and each zone can still be told apart.
 */
#include "framescope/score.h"
#include "internal.h"
#include "model.h"
#include "result.h"

#include <string.h>

const char *fsc_zone_name(fsc_zone z)
{
    return z == FSC_ZONE_TITLE ? "title" : "text";
}

const char *fsc_title_status_name(fsc_title_status s)
{
    switch (s) {
    case FSC_TITLE_SCORED:
        return "scored";
    case FSC_TITLE_IN_TEXT:
        return "in_text";
    case FSC_TITLE_OFF:
        return "off";
    default:
        return "none";
    }
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return 0;
    return 1;
}

/* Does the text open with the title (after white space), followed by a
 * line break or its end? Then the title is already scored in the text. */
static int opens_with(const char *text, size_t len, const char *title,
                      size_t tlen)
{
    size_t a = 0, b = 0;
    while (a < len && (text[a] == ' ' || text[a] == '\t' || text[a] == '\n' ||
                       text[a] == '\r'))
        a++;
    while (b < tlen && (title[b] == ' ' || title[b] == '\t'))
        b++;
    while (tlen > b && (title[tlen - 1] == ' ' || title[tlen - 1] == '\t' ||
                        title[tlen - 1] == '\n' || title[tlen - 1] == '\r'))
        tlen--;
    size_t n = tlen - b;
    if (n == 0 || len - a < n || memcmp(text + a, title + b, n) != 0)
        return 0;
    size_t e = a + n;
    while (e < len && (text[e] == ' ' || text[e] == '\t'))
        e++;
    return e == len || text[e] == '\n' || text[e] == '\r';
}

static void zones_of_text(fsc_result *r)
{
    r->zone_tokens[FSC_ZONE_TEXT] = r->n_tokens;
    r->zone_sent[FSC_ZONE_TEXT] = r->n_sent;
    r->zone_bytes[FSC_ZONE_TEXT] = r->n_bytes;
    r->zone_matches[FSC_ZONE_TEXT] = r->n_matches;
}

/* Join the title's result `t` into the text's `r` (see analyzer.h). */
static fsc_status join(const fsc_model *m, fsc_result *r, fsc_result *t)
{
    size_t nm = t->n_matches + r->n_matches;
    size_t na = t->n_attrs + r->n_attrs;
    size_t nk = t->n_anchors + r->n_anchors;
    size_t nc = m->n_cats ? m->n_cats : 1;
    fsc_match *mv = fsc__arena_alloc(&r->arena, (nm ? nm : 1) * sizeof *mv);
    fsc_attribution *av =
        fsc__arena_alloc(&r->arena, (na ? na : 1) * sizeof *av);
    fsc_anchor *kv = fsc__arena_alloc(&r->arena, (nk ? nk : 1) * sizeof *kv);
    fsc_catscore *tc = fsc__arena_alloc(&r->arena, nc * sizeof *tc);
    if (!mv || !av || !kv || !tc)
        return FSC_ENOMEM;
    memset(tc, 0, nc * sizeof *tc);

    /* Scope with a title. A lexicon whose window is the article counts
     * the anchors of both zones (one window: the article with its title);
     * when the title's anchors bring the article into scope, the text's
     * matches of that lexicon move into scope too. With paragraph windows
     * the title is one more window, and its matches count in scope when it
     * or some paragraph of the text is in scope. */
    size_t nl = m->n_lex ? m->n_lex : 1;
    unsigned char *fin = fsc__arena_alloc(&r->arena, nl);
    unsigned char *lift = fsc__arena_alloc(&r->arena, nl);
    if (!fin || !lift)
        return FSC_ENOMEM;
    for (size_t li = 0; li < nl; li++) {
        fin[li] = 1;
        lift[li] = 0;
        if (li >= r->n_scope || li >= t->n_scope || !r->scope[li].scoped)
            continue;
        const fsc_scope_state *xs = &r->scope[li], *ts = &t->scope[li];
        const fsc_topic_scope *sc = fsc_lexicon_scope(m->lex[li]);
        unsigned min = sc && sc->min_anchors ? sc->min_anchors : 1;
        if (xs->window == FSC_WINDOW_ARTICLE) {
            fin[li] = xs->in_scope || xs->anchors + ts->anchors >= min;
            lift[li] = fin[li] && !xs->in_scope;
        } else {
            fin[li] = xs->in_scope || ts->in_scope;
        }
    }
    for (size_t i = 0; i < t->n_matches; i++) {
        fsc_match *mt = &t->matches[i];
        mt->zone = FSC_ZONE_TITLE;
        mt->out_of_scope = mt->lexicon < nl && !fin[mt->lexicon];
        double w = 1.0;
        const fsc_entry *e = fsc_lexicon_entry(m->lex[mt->lexicon], mt->entry);
        if (e)
            w = e->weight;
        for (size_t c = 0; c < mt->n_cats; c++) {
            if (mt->cats[c] >= m->n_cats)
                continue;
            fsc_catscore *cs = &tc[mt->cats[c]];
            size_t li = m->cat_lex[mt->cats[c]];
            if (li < nl && !fin[li]) {
                cs->out_of_scope++;
            } else if (mt->flags & FSC_MATCH_NEGATED) {
                cs->negated++;
            } else {
                cs->count++;
                cs->weighted += w;
                if ((unsigned)mt->voice < 3)
                    cs->voice[mt->voice]++;
            }
        }
    }
    for (size_t i = 0; i < r->n_matches; i++) {
        /* text matches the title brought into scope */
        fsc_match *mt = &r->matches[i];
        double w = 1.0;
        const fsc_entry *e = fsc_lexicon_entry(m->lex[mt->lexicon], mt->entry);
        if (e)
            w = e->weight;
        for (size_t c = 0; c < mt->n_cats; c++) {
            if (mt->cats[c] >= m->n_cats || mt->cats[c] >= r->n_cats)
                continue;
            size_t li = m->cat_lex[mt->cats[c]];
            if (li >= nl || !lift[li])
                continue;
            fsc_catscore *cs = &r->cats[mt->cats[c]];
            if (cs->out_of_scope)
                cs->out_of_scope--;
            if (mt->flags & FSC_MATCH_NEGATED) {
                cs->negated++;
            } else {
                cs->count++;
                cs->weighted += w;
                if ((unsigned)mt->voice < 3)
                    cs->voice[mt->voice]++;
            }
        }
        if (mt->lexicon < nl && lift[mt->lexicon])
            mt->out_of_scope = 0;
    }
    for (size_t c = 0; c < m->n_cats && c < r->n_cats; c++) {
        fsc_catscore *cs = &r->cats[c];
        const fsc_catscore *x = &tc[c];
        cs->count += x->count;
        cs->negated += x->negated;
        cs->weighted += x->weighted;
        cs->out_of_scope += x->out_of_scope;
        for (int v = 0; v < 3; v++)
            cs->voice[v] += x->voice[v];
    }

    if (t->n_matches)
        memcpy(mv, t->matches, t->n_matches * sizeof *mv);
    for (size_t i = 0; i < r->n_matches; i++) {
        fsc_match *o = &mv[t->n_matches + i];
        *o = r->matches[i];
        if (o->attribution >= 0)
            o->attribution += (long)t->n_attrs;
    }
    for (size_t i = 0; i < t->n_attrs; i++) {
        av[i] = t->attrs[i];
        av[i].zone = FSC_ZONE_TITLE;
    }
    if (r->n_attrs)
        memcpy(av + t->n_attrs, r->attrs, r->n_attrs * sizeof *av);
    for (size_t i = 0; i < t->n_anchors; i++) {
        kv[i] = t->anchors[i];
        kv[i].zone = FSC_ZONE_TITLE;
        kv[i].paragraph = 0;
    }
    if (r->n_anchors)
        memcpy(kv + t->n_anchors, r->anchors, r->n_anchors * sizeof *kv);

    /* The scope state: the title is one more window. */
    for (size_t li = 0; li < r->n_scope && li < t->n_scope; li++) {
        fsc_scope_state *ss = &r->scope[li];
        const fsc_scope_state *ts = &t->scope[li];
        if (!ss->scoped)
            continue;
        ss->anchors += ts->anchors;
        if (ss->window == FSC_WINDOW_PARAGRAPH && ts->windows) {
            ss->windows += 1;
            ss->windows_in_scope += (uint32_t)(ts->in_scope != 0);
        } else if (ss->window == FSC_WINDOW_ARTICLE) {
            ss->windows_in_scope = fin[li];
        }
        ss->in_scope = fin[li];
    }

    zones_of_text(r);
    r->zone_tokens[FSC_ZONE_TITLE] = t->n_tokens;
    r->zone_sent[FSC_ZONE_TITLE] = t->n_sent;
    r->zone_bytes[FSC_ZONE_TITLE] = t->n_bytes;
    r->zone_matches[FSC_ZONE_TITLE] = t->n_matches;
    r->n_tokens += t->n_tokens;
    r->n_sent += t->n_sent;
    for (int v = 0; v < 3; v++)
        r->voice_tokens[v] += t->voice_tokens[v];
    r->matches = mv;
    r->n_matches = nm;
    r->attrs = av;
    r->n_attrs = na;
    r->anchors = kv;
    r->n_anchors = nk;
    r->title_cats = tc;
    r->title = FSC_TITLE_SCORED;
    /* Strings, category lists and segments of the title's matches and
     * attributions now live as long as the result. */
    fsc__arena_adopt(&r->arena, &t->arena);
    return FSC_OK;
}

fsc_status fsc_analyze_zones(fsc_analyzer *az, const char *title, size_t tlen,
                             int score_title, const char *text, size_t len,
                             const char *lang, fsc_result **out, fsc_error *err)
{
    *out = NULL;
    if (!title)
        tlen = 0;
    fsc_result *r = NULL;
    fsc_status st = fsc_analyze(az, text, len, lang, &r, err);
    if (st != FSC_OK)
        return st;
    zones_of_text(r);
    if (tlen == 0 || blank(title, tlen)) {
        r->title = FSC_TITLE_NONE;
    } else if (!score_title) {
        r->title = FSC_TITLE_OFF;
    } else if (opens_with(text, len, title, tlen)) {
        r->title = FSC_TITLE_IN_TEXT;
    } else {
        fsc_result *t = NULL;
        st = fsc_analyze(az, title, tlen, r->lang[0] ? r->lang : lang, &t, err);
        if (st == FSC_OK &&
            (st = join(fsc__analyzer_model(az), r, t)) != FSC_OK)
            st = fsc__fail(err, st, "out of memory");
        fsc_result_free(t);
        if (st != FSC_OK) {
            fsc__error_where(err, "title");
            fsc_result_free(r);
            return st;
        }
    }
    *out = r;
    return FSC_OK;
}

fsc_title_status fsc_result_title_status(const fsc_result *r)
{
    return r ? r->title : FSC_TITLE_NONE;
}

/* A per-zone count of r: `whole` for the text of a result with no title
 * scored (fsc_analyze alone: all of it is the text), else per_zone[z]. */
static size_t zone_count(const fsc_result *r, fsc_zone z, size_t whole,
                         const size_t *per_zone)
{
    if ((unsigned)z > 1)
        return 0;
    if (z == FSC_ZONE_TEXT && r->title != FSC_TITLE_SCORED)
        return whole;
    return per_zone[z];
}

size_t fsc_result_zone_tokens(const fsc_result *r, fsc_zone z)
{
    return r ? zone_count(r, z, r->n_tokens, r->zone_tokens) : 0;
}

size_t fsc_result_zone_sentences(const fsc_result *r, fsc_zone z)
{
    return r ? zone_count(r, z, r->n_sent, r->zone_sent) : 0;
}

size_t fsc_result_zone_bytes(const fsc_result *r, fsc_zone z)
{
    return r ? zone_count(r, z, r->n_bytes, r->zone_bytes) : 0;
}

size_t fsc_result_zone_matches(const fsc_result *r, fsc_zone z)
{
    return r ? zone_count(r, z, r->n_matches, r->zone_matches) : 0;
}

size_t fsc_result_zone_framing(const fsc_result *r, fsc_zone z, size_t *negated)
{
    size_t n = 0, neg = 0;
    for (size_t i = 0; r && i < r->n_matches; i++) {
        const fsc_match *mt = &r->matches[i];
        if (mt->zone != z || mt->layer != FSC_LAYER_FRAMING)
            continue;
        n++;
        neg += (mt->flags & FSC_MATCH_NEGATED) != 0;
    }
    if (negated)
        *negated = neg;
    return n;
}

const fsc_catscore *fsc_result_title_category(const fsc_result *r, size_t i)
{
    static const fsc_catscore zero;
    if (!r || !r->title_cats || i >= r->n_cats)
        return &zero;
    return &r->title_cats[i];
}

const char *fsc_record_zone_text(const fsc_record *rec, fsc_zone z, size_t *len)
{
    if (z != FSC_ZONE_TITLE)
        return fsc_record_text(rec, len);
    const char *t =
        rec && !fsc_record_skipped(rec) ? fsc_record_field(rec, "title") : NULL;
    if (len)
        *len = t ? strlen(t) : 0;
    return t ? t : "";
}

fsc_status fsc_analyze_record(fsc_analyzer *az, const fsc_record *rec,
                              int score_title, fsc_result **out, fsc_error *err)
{
    size_t len = 0, tlen = 0;
    const char *text = fsc_record_text(rec, &len);
    const char *title = fsc_record_zone_text(rec, FSC_ZONE_TITLE, &tlen);
    return fsc_analyze_zones(az, title, tlen, score_title, text, len,
                             fsc_record_field(rec, "lang"), out, err);
}
