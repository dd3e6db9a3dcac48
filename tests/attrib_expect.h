/*
 * attrib_expect.h - expectations over the attributions of one text, shared
 * by the attribution tests (test_attrib*.c): run a text through attrib_pipe.h
 * and check one record's content, kind, source, speaker, parts, segments or
 * voice; on failure print the line, the text and every attribution.
 * FSC_ATTRIB_VERBOSE=1 prints them on success too; attrib_run() is each
 * program's main().
 * Static functions: include once per test program.
 */
#ifndef FSC_ATTRIB_EXPECT_H
#define FSC_ATTRIB_EXPECT_H

#include "attrib_pipe.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int verbose;

/* Reads FSC_ATTRIB_VERBOSE. */
static inline void attrib_verbose_init(void)
{
    const char *v = getenv("FSC_ATTRIB_VERBOSE");
    verbose = v && *v && *v != '0';
}

typedef void (*attrib_test)(pipe *);

/* The whole main() of a test program: open the pipeline once, run each of
 * tests[0..n) on it, close it; 0 when every check held. */
static inline int attrib_run(const attrib_test *tests, size_t n)
{
    attrib_verbose_init();
    pipe p;
    if (!pipe_open(&p)) {
        pipe_close(&p);
        return 1;
    }
    for (size_t i = 0; i < n; i++)
        tests[i](&p);
    pipe_close(&p);
    TH_DONE();
}

static inline const char *src_name(const pipe *p, const fsc__attribution *x)
{
    if (x->source_kind == FSC__SRC_ANONYMOUS)
        return "anonymous";
    if (x->source_kind == FSC__SRC_NAMED)
        return "named";
    if (x->source_kind == FSC__SRC_UNRESOLVED || x->actor < 0)
        return "unresolved";
    return p->mn.actors[x->actor].id;
}

static inline void tok_span(const pipe *p, uint32_t a, uint32_t b, size_t *off,
                            size_t *len)
{
    *off = p->tv.v[a].off;
    *len = p->tv.v[b].off + p->tv.v[b].len - *off;
}

static inline void dump(const pipe *p, const char *text)
{
    for (size_t k = 0; k < p->at.n; k++) {
        const fsc__attribution *x = &p->at.v[k];
        size_t co, cl, so = 0, sl = 0, qo = 0, ql = 0;
        tok_span(p, x->content_first_tok, x->content_last_tok, &co, &cl);
        if (x->src_first_tok <= x->src_last_tok)
            tok_span(p, x->src_first_tok, x->src_last_tok, &so, &sl);
        if (x->cue_first_tok <= x->cue_last_tok)
            tok_span(p, x->cue_first_tok, x->cue_last_tok, &qo, &ql);
        fprintf(stderr,
                "  #%zu %s kind=%d src=%s conf=%.2f inh=%d cue=\"%.*s\" "
                "source=\"%.*s\"\n     content=\"%.*s\"\n",
                k, x->rule, x->kind, src_name(p, x), x->confidence,
                x->inherited, (int)ql, text + qo, (int)sl, text + so, (int)cl,
                text + co);
    }
}

/* The attribution whose content is exactly `content` (a substring of text,
 * occurrence 1), or NULL. */
static inline const fsc__attribution *
by_content(const pipe *p, const char *text, const char *content)
{
    const char *at = strstr(text, content);
    if (!at)
        return NULL;
    size_t off = (size_t)(at - text), len = strlen(content);
    for (size_t k = 0; k < p->at.n; k++) {
        size_t co, cl;
        tok_span(p, p->at.v[k].content_first_tok, p->at.v[k].content_last_tok,
                 &co, &cl);
        if (co == off && cl == len)
            return &p->at.v[k];
    }
    return NULL;
}

static inline int span_is(const pipe *p, const char *text, uint32_t a,
                          uint32_t b, const char *want)
{
    if (a > b)
        return want == NULL;
    size_t o, l;
    tok_span(p, a, b, &o, &l);
    return want && strlen(want) == l && memcmp(text + o, want, l) == 0;
}

/* Voice and source of the first token of the n-th occurrence of `span`. */
static inline int voice_at(const pipe *p, const char *text, const char *span,
                           int n, const char **source)
{
    const char *at = text;
    for (int k = 0; at && k < n; k++)
        at = strstr(k ? at + 1 : at, span);
    *source = NULL;
    if (!at)
        return -1;
    size_t off = (size_t)(at - text);
    for (size_t i = 0; i < p->tv.n; i++)
        if (p->tv.v[i].off + p->tv.v[i].len > off) {
            long w;
            int v = fsc__attrib_voice(&p->at, (uint32_t)i, &w);
            if (w >= 0)
                *source = src_name(p, &p->at.v[w]);
            return v;
        }
    return -1;
}

/*
 * One case: run `text`, then expect an attribution with exactly `content`,
 * kind, source ("actor id", "anonymous", "unresolved"), source span (NULL:
 * none) and cue span (NULL: none).
 */
static inline void expect_attr(pipe *p, const char *lang, const char *text,
                               const char *content, int kind,
                               const char *source, const char *src_span,
                               const char *cue_span, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    if (!x || x->kind != kind || strcmp(src_name(p, x), source) != 0 ||
        !span_is(p, text, x->src_first_tok, x->src_last_tok, src_span) ||
        !span_is(p, text, x->cue_first_tok, x->cue_last_tok, cue_span) ||
        !(x->confidence > 0 && x->confidence <= 1)) {
        fprintf(stderr, "line %d: want [%s kind=%d] \"%s\" in: %s\n", line,
                source, kind, content, text);
        dump(p, text);
        th_failures++;
    } else if (verbose) {
        fprintf(stderr, "line %d ok: %s\n", line, text);
        dump(p, text);
    }
}

#define ATTR(lang, text, content, kind, source, src_span, cue_span)        \
    expect_attr(&p, lang, text, content, kind, source, src_span, cue_span, \
                __LINE__)

static inline void expect_voice(pipe *p, const char *lang, const char *text,
                                const char *span, int n, int voice,
                                const char *source, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const char *got;
    int v = voice_at(p, text, span, n, &got);
    if (v != voice || (source == NULL) != (got == NULL) ||
        (source && strcmp(source, got) != 0)) {
        fprintf(stderr, "line %d: \"%s\" voice %d src %s, want %d %s in: %s\n",
                line, span, v, got ? got : "-", voice, source ? source : "-",
                text);
        dump(p, text);
        th_failures++;
    }
}

#define VOICE(lang, text, span, voice, source) \
    expect_voice(&p, lang, text, span, 1, voice, source, __LINE__)

enum {
    DIR = FSC__ATTR_DIRECT,
    IND = FSC__ATTR_INDIRECT,
    ACC = FSC__ATTR_ACCORDING
};
enum {
    AUTH = FSC__VOICE_AUTHORIAL,
    QUOT = FSC__VOICE_QUOTED,
    ATTR = FSC__VOICE_ATTRIBUTED
};

/* No attribution of `text` has a source that is a proper name outside the
 * lexicon (a noun phrase such as "the senator" is nominal). */
static inline void expect_no_named(pipe *p, const char *lang, const char *text,
                                   int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    for (size_t k = 0; k < p->at.n; k++)
        if (p->at.v[k].source_kind == FSC__SRC_NAMED &&
            p->at.v[k].form == FSC__SF_NAMED) {
            fprintf(stderr, "line %d: no named source wanted in: %s\n", line,
                    text);
            dump(p, text);
            th_failures++;
            return;
        }
}

#define NO_NAMED(lang, text) expect_no_named(&p, lang, text, __LINE__)

/* The attribution whose content is `content`: its source form, source
 * span and resolved_to span (NULL: none). */
static inline void expect_speaker(pipe *p, const char *lang, const char *text,
                                  const char *content, int form,
                                  const char *src, const char *resolved,
                                  int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    if (!x || x->form != form ||
        !span_is(p, text, x->src_first_tok, x->src_last_tok, src) ||
        !span_is(p, text, x->res_first_tok, x->res_last_tok, resolved)) {
        fprintf(stderr,
                "line %d: want form %d source \"%s\" resolved \"%s\" for "
                "\"%s\" in: %s\n",
                line, form, src ? src : "-", resolved ? resolved : "-", content,
                text);
        if (x)
            fprintf(stderr, "  got form %d\n", x->form);
        dump(p, text);
        th_failures++;
    }
}

#define SPEAKER(lang, text, content, form, src, resolved) \
    expect_speaker(&p, lang, text, content, form, src, resolved, __LINE__)

enum {
    NAMED = FSC__SF_NAMED,
    NOMINAL = FSC__SF_NOMINAL,
    PRONOUN = FSC__SF_PRONOUN,
    DROPPED = FSC__SF_DROPPED,
    ANON = FSC__SF_ANONYMOUS,
    UNRES = FSC__SF_UNRESOLVED
};

/* Which span of a record expect_part() looks at. */
enum part {
    PART_PNAME,   /* the person's name in a named source, its title aside */
    PART_CHANNEL, /* the medium or audience addressed */
    PART_RNAME    /* the tokens of resolved_to.name */
};

static const char *const PART_LABEL[] = { "the name", "the channel",
                                          "resolved_to.name" };

/* The record with content `content` has `want` (NULL: none) as its span
 * `part`. */
static inline void expect_part(pipe *p, const char *lang, const char *text,
                               const char *content, enum part part,
                               const char *want, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    uint32_t a = 1, b = 0;
    if (x && part == PART_PNAME)
        a = x->pname_first_tok, b = x->pname_last_tok;
    else if (x && part == PART_CHANNEL)
        a = x->chan_first_tok, b = x->chan_last_tok;
    else if (x)
        fsc__attrib_name_tokens(x, &a, &b);
    if (!x || !span_is(p, text, a, b, want)) {
        fprintf(stderr, "line %d: want %s \"%s\" in: %s\n", line,
                PART_LABEL[part], want ? want : "-", text);
        dump(p, text);
        th_failures++;
    }
}

#define TITLE(lang, text, content, name) \
    expect_part(&p, lang, text, content, PART_PNAME, name, __LINE__)
#define CHANNEL(lang, text, content, channel) \
    expect_part(&p, lang, text, content, PART_CHANNEL, channel, __LINE__)
#define RNAME(lang, text, content, name) \
    expect_part(&p, lang, text, content, PART_RNAME, name, __LINE__)

/* `text` gives no attribution at all. */
static inline void expect_none(pipe *p, const char *lang, const char *text,
                               int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    if (p->at.n != 0) {
        fprintf(stderr, "line %d: no attribution wanted in: %s\n", line, text);
        dump(p, text);
        th_failures++;
    }
}

#define NONE(lang, text) expect_none(&p, lang, text, __LINE__)

/* No attribution of `text` has exactly `content`. */
static inline void expect_no_content(pipe *p, const char *lang,
                                     const char *text, const char *content,
                                     int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    if (by_content(p, text, content)) {
        fprintf(stderr, "line %d: no attribution of \"%s\" wanted in: %s\n",
                line, content, text);
        dump(p, text);
        th_failures++;
    }
}

#define NO_CONTENT(lang, text, content) \
    expect_no_content(&p, lang, text, content, __LINE__)

/* `text` gives n attributions; the one with content `content` has kind
 * `kind` and `n_seg` further segments, the first of which is `seg`. */
static inline void expect_segments(pipe *p, const char *lang, const char *text,
                                   size_t n, const char *content, int kind,
                                   uint32_t n_seg, const char *seg, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    int ok = x && p->at.n == n && x->kind == kind && x->n_seg == n_seg;
    if (ok && n_seg > 0)
        ok = span_is(p, text, p->at.segs[x->seg_first].first,
                     p->at.segs[x->seg_first].last, seg);
    if (!ok) {
        fprintf(stderr,
                "line %d: want %zu attributions, \"%s\" kind %d with "
                "%u segments (\"%s\") in: %s\n",
                line, n, content, kind, n_seg, seg ? seg : "-", text);
        dump(p, text);
        th_failures++;
    }
}

#define SEGMENTS(lang, text, n, content, kind, n_seg, seg) \
    expect_segments(&p, lang, text, n, content, kind, n_seg, seg, __LINE__)

/* The attribution whose content is exactly `content` has a cue of class
 * `cls` (FSC__CLS_*) and the cue span `cue`. */
static inline void expect_cls(pipe *p, const char *text, const char *content,
                              int cls, const char *cue, int line)
{
    if (!pipe_run(p, text, "en")) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    if (!x || x->cue_cls != cls ||
        !span_is(p, text, x->cue_first_tok, x->cue_last_tok, cue)) {
        fprintf(stderr, "line %d: want class %d cue \"%s\" for \"%s\" in: %s\n",
                line, cls, cue, content, text);
        dump(p, text);
        th_failures++;
    }
}

#define CLS(text, content, cls, cue) \
    expect_cls(&p, text, content, cls, cue, __LINE__)

/* No attribution of `text` has the cue span `cue`. */
static inline void expect_no_cue(pipe *p, const char *text, const char *cue,
                                 int line)
{
    if (!pipe_run(p, text, "en")) {
        th_failures++;
        return;
    }
    for (size_t k = 0; k < p->at.n; k++)
        if (span_is(p, text, p->at.v[k].cue_first_tok, p->at.v[k].cue_last_tok,
                    cue)) {
            fprintf(stderr, "line %d: no attribution by \"%s\" wanted in: %s\n",
                    line, cue, text);
            dump(p, text);
            th_failures++;
            return;
        }
}

#define NO_CUE(text, cue) expect_no_cue(&p, text, cue, __LINE__)

#endif
