/*
 * lexconvert.c - framescope lexicon convert IN -o OUT.json: write any
 * dictionary framescope reads (.dic, .cat, .yml, .dicx, .lc3/.lcd, .json)
 * in the framescope JSON lexicon format, then load the result again to make
 * sure it reads back.
 */
#include "commands.h"
#include "common.h"
#include "framescope/lexicon.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void jstr(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(f, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", f);
        else if (*p == '\t')
            fputs("\\t", f);
        else if (*p < 0x20)
            fprintf(f, "\\u%04x", *p);
        else
            fputc(*p, f);
    }
    fputc('"', f);
}

static const char *role_key(fsc_entry_role r)
{
    switch (r) {
    case FSC_ROLE_NEGATOR:
        return "negator";
    case FSC_ROLE_HEDGE:
        return "hedge";
    case FSC_ROLE_INTENSIFIER:
        return "intensifier";
    case FSC_ROLE_DISTANCER:
        return "distancer";
    case FSC_ROLE_NEUTRAL:
        return "neutral";
    case FSC_ROLE_NAME:
        return "name";
    default:
        return "term";
    }
}

static void write_json(FILE *f, const fsc_lexicon *lx)
{
    fputs("{\n  \"framescope_lexicon\": 1,\n  \"name\": ", f);
    jstr(f, fsc_lexicon_name(lx));
    fputs(",\n  \"version\": ", f);
    jstr(f, fsc_lexicon_version(lx));
    if (fsc_lexicon_license(lx)) {
        fputs(",\n  \"license\": ", f);
        jstr(f, fsc_lexicon_license(lx));
    }
    if (fsc_lexicon_description(lx)) {
        fputs(",\n  \"description\": ", f);
        jstr(f, fsc_lexicon_description(lx));
    }
    fputs(",\n  \"languages\": [", f);
    for (size_t i = 0; i < fsc_lexicon_n_languages(lx); i++) {
        if (i)
            fputs(", ", f);
        jstr(f, fsc_lexicon_language(lx, i));
    }
    fputs("],\n  \"categories\": [", f);
    for (size_t i = 0; i < fsc_lexicon_n_categories(lx); i++) {
        const fsc_category *c = fsc_lexicon_category(lx, i);
        fputs(i ? ",\n    {\"id\": " : "\n    {\"id\": ", f);
        jstr(f, c->id);
        if (c->label && strcmp(c->label, c->id) != 0) {
            fputs(", \"label\": ", f);
            jstr(f, c->label);
        }
        if (c->parent) {
            fputs(", \"parent\": ", f);
            jstr(f, c->parent);
        }
        fputc('}', f);
    }
    fputs("\n  ],\n  \"entries\": [", f);
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        fputs(i ? ",\n    {\"term\": " : "\n    {\"term\": ", f);
        jstr(f, e->term);
        fputs(", \"lang\": ", f);
        jstr(f, e->lang);
        if (e->role != FSC_ROLE_TERM)
            fprintf(f, ", \"role\": \"%s\"", role_key(e->role));
        if (e->n_cats) {
            fputs(", \"categories\": [", f);
            for (size_t k = 0; k < e->n_cats; k++) {
                if (k)
                    fputs(", ", f);
                jstr(f, fsc_lexicon_category(lx, e->cats[k])->id);
            }
            fputc(']', f);
        }
        if (e->weight != 1)
            fprintf(f, ", \"weight\": %.17g", e->weight);
        if (!e->clitics)
            fputs(", \"clitics\": false", f);
        fputc('}', f);
    }
    fputs("\n  ]\n}\n", f);
}

/* Entries with features the writer does not carry (guards, attributes,
 * forms, modifier scope) would be lost: refuse rather than drop them. */
static const char *unsupported(const fsc_lexicon *lx)
{
    if (fsc_lexicon_n_axes(lx) || fsc_lexicon_scope(lx))
        return "axes or a topic scope";
    for (size_t i = 0; i < fsc_lexicon_n_entries(lx); i++) {
        const fsc_entry *e = fsc_lexicon_entry(lx, i);
        if (e->n_guards || e->n_attrs || e->forms)
            return "entry guards, attributes or forms";
    }
    return NULL;
}

int cli_lexicon_convert(const char *prog, int argc, char **argv)
{
    const char *in = NULL, *out = NULL;
    for (int i = 0; i < argc; i++) {
        if ((strcmp(argv[i], "-o") == 0 || strcmp(argv[i], "--output") == 0) &&
            i + 1 < argc)
            out = argv[++i];
        else if (!in && argv[i][0] != '-')
            in = argv[i];
        else {
            fprintf(stderr, "%s: lexicon convert: unexpected \"%s\"\n", prog,
                    argv[i]);
            return 2;
        }
    }
    if (!in || !out) {
        fprintf(stderr, "Usage: %s lexicon convert IN -o OUT.json\n", prog);
        return 2;
    }
    fsc_lexicon *lx = NULL;
    fsc_error e;
    fsc_lexicon_opts o;
    fsc_lexicon_opts_init(&o);
    if (fsc_lexicon_load(in, &o, &lx, &e) != FSC_OK) {
        fprintf(stderr, "%s: %s:%ld:%ld: %s\n", prog, e.where, e.line, e.col,
                e.msg);
        return 1;
    }
    const char *why = unsupported(lx);
    if (why) {
        fprintf(stderr, "%s: %s: cannot convert %s yet\n", prog, in, why);
        fsc_lexicon_free(lx);
        return 1;
    }
    char *inputs[1] = { (char *)(uintptr_t)in };
    cli_output f = { 0 };
    if (cli_output_check(prog, out, inputs, 1) != 0) {
        fsc_lexicon_free(lx);
        return 2;
    }
    if (cli_output_open(prog, out, &f) != 0) {
        fsc_lexicon_free(lx);
        return 1;
    }
    write_json(f.f, lx);
    fsc_lexicon_free(lx);
    if (fflush(f.f) != 0 || ferror(f.f)) {
        fprintf(stderr, "%s: %s: write error\n", prog, out);
        cli_output_discard(&f);
        return 1;
    }
    if (f.tmp) {
        /* Read it back before it replaces anything: the output must be a
           valid lexicon. */
        fsc_lexicon *back = NULL;
        o.format = FSC_LEXFMT_JSON;
        if (fsc_lexicon_load(f.tmp, &o, &back, &e) != FSC_OK) {
            fprintf(stderr, "%s: %s:%ld:%ld: converted file does not read "
                    "back: %s\n", prog, out, e.line, e.col, e.msg);
            cli_output_discard(&f);
            return 1;
        }
        fsc_lexicon_free(back);
    }
    return cli_output_close(prog, &f) == 0 ? 0 : 1;
}
