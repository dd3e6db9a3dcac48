/*
 * stage.c - the attribution stage (stage.h): quotations (quotes.c), cue and
 * actor mentions from the attribution lexicons' hits (attrib.c,
 * fsc__attrib_mentions), who says what (attrib.c), the voice of every token
 * and of every framing match, and the public records.
 */
#include "stage.h"
#include "attrib.h"
#include "internal.h"
#include "quotes.h"

#include <stdlib.h>
#include <string.h>

/* Word classes of one word form, its folded key and hashes
 * (fsc__attrib_form), cached by form id. */
typedef struct form_cls {
    uint32_t full, bare;
    uint32_t key_off; /* 1 + offset of the key in form_keys */
    uint32_t h_full, h_bare;
    int done;
} form_cls;

struct fsc__attr_stage {
    fsc__quotes quotes;     /* quotations of the current article */
    fsc__mentions mentions; /* cues and actors found by attribution lexicons */
    fsc__attribs attribs;   /* who says what */
    uint8_t *voice;         /* per token: FSC__VOICE_* */
    long *which;            /* per token: attribution index or -1 */
    size_t cap_voice, cap_which;
    uint32_t *cls_full; /* per token: word classes for attrib.c */
    uint32_t *cls_bare;
    size_t cap_cls, cap_cls_bare;
    const fsc_match **mptr;        /* attribution-layer matches */
    const fsc__entry_facts **fptr; /* their entries' facts */
    size_t cap_mptr, cap_fptr;
    /* The facts of the attribution lexicons' entries, looked up on an
     * entry's first match and kept (entry i of lexicon li at
     * facts[fact_base[li] + i]; fact_base SIZE_MAX for other lexicons) */
    const fsc_model *facts_model;
    size_t *fact_base;
    fsc__entry_facts *facts;
    uint8_t *fact_done;
    size_t n_fact_lex;
    fsc__entry_facts *ftmp; /* per match, outside the cache */
    size_t cap_ftmp;
    form_cls *forms; /* per word form id */
    size_t n_forms, cap_forms;
    char *form_keys; /* the forms' keys, NUL-ended, in the order computed */
    size_t n_form_keys, cap_form_keys;
    uint32_t *tok_key; /* per token: its form's key_off, h_full, h_bare */
    uint32_t *tok_hf, *tok_hb;
    size_t cap_tok_key, cap_tok_hf, cap_tok_hb;
    uint64_t form_gen; /* of the ids in forms */
};

static fsc_status grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return FSC_OK;
    size_t n = *cap ? *cap : 64;
    while (n < need) {
        if (n > SIZE_MAX / 2 / size)
            return FSC_ENOMEM;
        n *= 2;
    }
    void *q = realloc(*p, n * size);
    if (!q)
        return FSC_ENOMEM;
    *p = q;
    *cap = n;
    return FSC_OK;
}

fsc_status fsc__attr_stage_new(fsc__attr_stage **out, fsc_error *err)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    return FSC_OK;
}

void fsc__attr_stage_free(fsc__attr_stage *az)
{
    if (!az)
        return;
    fsc__quotes_free(&az->quotes);
    fsc__mentions_free(&az->mentions);
    fsc__attribs_free(&az->attribs);
    free(az->voice);
    free(az->which);
    free(az->mptr);
    free(az->fptr);
    free(az->fact_base);
    free(az->facts);
    free(az->fact_done);
    free(az->ftmp);
    free(az->cls_full);
    free(az->cls_bare);
    free(az->forms);
    free(az->form_keys);
    free(az->tok_key);
    free(az->tok_hf);
    free(az->tok_hb);
    free(az);
}

/* Byte span of tokens first..last (first > last: none). */
static void tok_span(const fsc__tokvec *tv, uint32_t first, uint32_t last,
                     size_t *off, size_t *len, size_t *cp_off, size_t *cp_len)
{
    *off = *len = 0;
    if (cp_off)
        *cp_off = *cp_len = 0;
    if (first > last || last >= tv->n)
        return;
    const fsc__token *a = &tv->v[first], *z = &tv->v[last];
    *off = a->off;
    *len = (size_t)z->off + z->len - a->off;
    if (cp_off) {
        *cp_off = a->cp_off;
        *cp_len = (size_t)z->cp_off + z->cp_len - a->cp_off;
    }
}

/* Classes, key and hashes of a word form seen for the first time: the key
 * goes to form_keys, which only grows until the form ids change. */
static fsc_status form_fill(fsc__attr_stage *az, form_cls *fc, const char *s,
                            size_t len)
{
    char key[FSC__ATTRIB_KEY_CAP];
    fsc__attrib_form(s, len, key, &fc->full, &fc->bare, &fc->h_full,
                     &fc->h_bare);
    size_t n = strlen(key) + 1;
    if (az->n_form_keys + n >= UINT32_MAX)
        return FSC_ELIMIT;
    fsc_status st = grow((void **)&az->form_keys, &az->cap_form_keys,
                         az->n_form_keys + n, 1);
    if (st != FSC_OK)
        return st;
    memcpy(az->form_keys + az->n_form_keys, key, n);
    fc->key_off = (uint32_t)(az->n_form_keys + 1);
    az->n_form_keys += n;
    fc->done = 1;
    return FSC_OK;
}

/* The per-entry facts cache for model m (attribution lexicons only):
 * made once, for the model the stage's analyzer scores with. */
static fsc_status facts_init(fsc__attr_stage *az, const fsc_model *m)
{
    if (az->facts_model == m)
        return FSC_OK;
    size_t n_lex = fsc_model_n_lexicons(m), total = 0;
    size_t *base = malloc((n_lex ? n_lex : 1) * sizeof *base);
    if (!base)
        return FSC_ENOMEM;
    for (size_t li = 0; li < n_lex; li++) {
        const fsc_lexicon *lx = fsc_model_lexicon(m, li);
        base[li] = SIZE_MAX;
        if (fsc_lexicon_layer(lx) != FSC_LAYER_ATTRIBUTION)
            continue;
        base[li] = total;
        total += fsc_lexicon_n_entries(lx);
    }
    fsc__entry_facts *facts = malloc((total ? total : 1) * sizeof *facts);
    uint8_t *done = calloc(total ? total : 1, 1);
    if (!facts || !done) {
        free(base);
        free(facts);
        free(done);
        return FSC_ENOMEM;
    }
    free(az->fact_base);
    free(az->facts);
    free(az->fact_done);
    az->fact_base = base;
    az->facts = facts;
    az->fact_done = done;
    az->n_fact_lex = n_lex;
    az->facts_model = m;
    return FSC_OK;
}

/* The facts of match mt's entry: from the cache, else looked up into tmp;
 * NULL when the match names no entry. */
static const fsc__entry_facts *facts_of(fsc__attr_stage *az, const fsc_model *m,
                                        const fsc_match *mt,
                                        fsc__entry_facts *tmp)
{
    const fsc_lexicon *lx = fsc_model_lexicon(m, mt->lexicon);
    const fsc_entry *e = fsc_lexicon_entry(lx, mt->entry);
    if (!e)
        return NULL;
    if (mt->lexicon >= az->n_fact_lex ||
        az->fact_base[mt->lexicon] == SIZE_MAX ||
        mt->entry >= fsc_lexicon_n_entries(lx)) {
        fsc__entry_facts_of(e, tmp);
        return tmp;
    }
    size_t i = az->fact_base[mt->lexicon] + mt->entry;
    if (!az->fact_done[i]) {
        fsc__entry_facts_of(e, &az->facts[i]);
        az->fact_done[i] = 1;
    }
    return &az->facts[i];
}

static const char *arena_str(fsc_arena *a, const char *s)
{
    return fsc__arena_strndup(a, s ? s : "", s ? strlen(s) : 0);
}

/*
 * Attribution: quotations, cue and actor mentions (attribution-layer
 * matches), who says what, and the voice of every framing match. A match
 * in a short quotation that no attribution claims is a scare quote and is
 * marked distanced, as is a match attributed through a distancing cue.
 */
fsc_status fsc__attr_stage_run(fsc__attr_stage *az, const fsc__attr_input *in,
                               fsc_arena *arena, fsc_attribution **attrs,
                               size_t *n_attrs, size_t voice_tokens[3],
                               fsc_error *err)
{
    if (!az || !in || !in->m || !in->tv || !arena || !attrs || !n_attrs ||
        (in->n_matches && (!in->matches || !in->match_tok)))
        return fsc__fail(err, FSC_EINVAL, "attribution stage: bad input");
    const fsc_model *m = in->m;
    const fsc__tokvec *tv = in->tv;
    const char *text = in->text;
    size_t len = in->len;
    fsc_status st;
    *attrs = NULL;
    *n_attrs = 0;
    if ((st = fsc__quotes_find(text, len, tv->v, tv->n, &az->quotes, err)) !=
        FSC_OK)
        return st;
    if ((st = grow((void **)&az->mptr, &az->cap_mptr, in->n_matches + 1,
                   sizeof *az->mptr)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    /* Scratch arrays grow and are kept for the next article. */
    if ((st = grow((void **)&az->fptr, &az->cap_fptr, in->n_matches + 1,
                   sizeof *az->fptr)) != FSC_OK ||
        (st = grow((void **)&az->ftmp, &az->cap_ftmp, in->n_matches + 1,
                   sizeof *az->ftmp)) != FSC_OK ||
        (st = facts_init(az, m)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    size_t k = 0;
    for (size_t i = 0; i < in->n_matches; i++) {
        const fsc_match *mt = &in->matches[i];
        if (mt->layer != FSC_LAYER_ATTRIBUTION)
            continue;
        az->mptr[k] = mt;
        az->fptr[k] = facts_of(az, m, mt, &az->ftmp[k]);
        k++;
    }
    /* Word classes per token, cached per word form: a form is folded for
     * attrib.c once per corpus, not once per occurrence. */
    if ((st = grow((void **)&az->cls_full, &az->cap_cls, tv->n + 1,
                   sizeof *az->cls_full)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if ((st = grow((void **)&az->cls_bare, &az->cap_cls_bare, tv->n + 1,
                   sizeof *az->cls_bare)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if ((st = grow((void **)&az->tok_key, &az->cap_tok_key, tv->n + 1,
                   sizeof *az->tok_key)) != FSC_OK ||
        (st = grow((void **)&az->tok_hf, &az->cap_tok_hf, tv->n + 1,
                   sizeof *az->tok_hf)) != FSC_OK ||
        (st = grow((void **)&az->tok_hb, &az->cap_tok_hb, tv->n + 1,
                   sizeof *az->tok_hb)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if (in->form_gen != az->form_gen) {
        az->n_forms = 0; /* the ids name other forms now */
        az->n_form_keys = 0;
        az->form_gen = in->form_gen;
    }
    const uint32_t *form_of = in->form_of_tok;
    for (size_t i = 0; i < tv->n; i++) {
        const fsc__token *t = &tv->v[i];
        uint32_t f =
            form_of && t->kind != FSC__TOK_PUNCT ? form_of[i] : UINT32_MAX;
        if (f == UINT32_MAX || f >= (1u << 24)) {
            az->cls_full[i] = az->cls_bare[i] = 0;
            az->tok_key[i] = az->tok_hf[i] = az->tok_hb[i] = 0;
            if (t->kind != FSC__TOK_PUNCT) /* key folded by attrib.c */
                fsc__attrib_classes(text + t->off, t->len, &az->cls_full[i],
                                    &az->cls_bare[i]);
            continue;
        }
        if (f >= az->n_forms) {
            size_t need = (size_t)f + 1;
            if ((st = grow((void **)&az->forms, &az->cap_forms, need,
                           sizeof *az->forms)) != FSC_OK)
                return fsc__fail(err, st, "out of memory");
            memset(az->forms + az->n_forms, 0,
                   (need - az->n_forms) * sizeof *az->forms);
            az->n_forms = need;
        }
        form_cls *fc = &az->forms[f];
        if (!fc->done &&
            (st = form_fill(az, fc, text + t->off, t->len)) != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        az->cls_full[i] = fc->full;
        az->cls_bare[i] = fc->bare;
        az->tok_key[i] = fc->key_off;
        az->tok_hf[i] = fc->h_full;
        az->tok_hb[i] = fc->h_bare;
    }
    fsc__attrib_forms forms = { az->cls_full, az->cls_bare, az->form_keys,
                                az->tok_key,  az->tok_hf,   az->tok_hb };
    if (!az->form_keys)
        forms.keys = NULL; /* no form this time: attrib.c folds */
    if ((st = fsc__attrib_mentions(text, len, tv->v, tv->n, az->mptr, az->fptr,
                                   k, &az->mentions, err)) != FSC_OK ||
        (st = fsc__attrib_find_cls(text, len, tv->v, tv->n, &az->quotes,
                                   az->mentions.cues, az->mentions.n_cues,
                                   az->mentions.actors, az->mentions.n_actors,
                                   &forms, &az->attribs, err)) != FSC_OK)
        return st;
    if ((st = grow((void **)&az->voice, &az->cap_voice, tv->n + 1,
                   sizeof *az->voice)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if ((st = grow((void **)&az->which, &az->cap_which, tv->n + 1,
                   sizeof *az->which)) != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    if ((st = fsc__attrib_voices(&az->attribs, tv->n, az->voice, az->which,
                                 err)) != FSC_OK)
        return st;

    /* The public records, with strings copied into the result. */
    const fsc__attribs *at = &az->attribs;
    fsc_attribution *out =
        fsc__arena_alloc(arena, (at->n ? at->n : 1) * sizeof *out);
    if (!out)
        return fsc__fail(err, FSC_ENOMEM, "out of memory");
    static const char *const stances[] = { "neutral", "distancing",
                                           "endorsing" };
    for (size_t i = 0; i < at->n; i++) {
        const fsc__attribution *a = &at->v[i];
        fsc_attribution *o = &out[i];
        memset(o, 0, sizeof *o);
        o->kind = (fsc_attr_kind)a->kind;
        if (a->kind == FSC__ATTR_INDIRECT && a->cue_cls == FSC__CLS_EVIDENCE)
            o->kind = FSC_ATTR_EVIDENCE;
        else if (a->kind == FSC__ATTR_INDIRECT && a->cue_cls == FSC__CLS_BELIEF)
            o->kind = FSC_ATTR_BELIEF;
        else if (a->kind == FSC__ATTR_INDIRECT &&
                 a->cue_cls == FSC__CLS_EVIDENTIAL)
            o->kind = FSC_ATTR_EVIDENTIAL;
        o->source_kind = (fsc_source_kind)a->source_kind;
        tok_span(tv, a->cue_first_tok, a->cue_last_tok, &o->cue_off,
                 &o->cue_len, NULL, NULL);
        tok_span(tv, a->src_first_tok, a->src_last_tok, &o->source_off,
                 &o->source_len, NULL, NULL);
        tok_span(tv, a->content_first_tok, a->content_last_tok, &o->content_off,
                 &o->content_len, &o->content_cp_off, &o->content_cp_len);
        const fsc__cue *cue =
            a->cue >= 0 && (size_t)a->cue < az->mentions.n_cues
                ? &az->mentions.cues[a->cue]
                : NULL;
        const fsc__actor *ac =
            a->actor >= 0 && (size_t)a->actor < az->mentions.n_actors
                ? &az->mentions.actors[a->actor]
                : NULL;
        o->cue_lemma = arena_str(arena, cue ? cue->lemma : NULL);
        o->stance = stances[a->stance < 3 ? a->stance : 0];
        o->actor = arena_str(arena, ac ? ac->id : NULL);
        if (a->source_kind == FSC__SRC_NAMED &&
            a->name_first_tok <= a->name_last_tok) {
            /* a name outside the lexicon: its surface text */
            size_t no = 0, nl = 0;
            tok_span(tv, a->name_first_tok, a->name_last_tok, &no, &nl, NULL,
                     NULL);
            o->actor_name = fsc__arena_strndup(arena, text + no, nl);
        } else {
            o->actor_name = arena_str(arena, ac ? ac->name : NULL);
        }
        o->side = arena_str(arena, ac ? ac->side : NULL);
        o->type = arena_str(arena, ac ? ac->type : NULL);
        if (!o->cue_lemma || !o->actor || !o->actor_name || !o->side ||
            !o->type)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        o->confidence = a->confidence;
        o->rule = a->rule ? a->rule : "";
        o->inherited = a->inherited;
        o->source_form = (fsc_source_form)a->form;
        o->gender = (fsc_gender)a->gender;
        o->nested = a->nested;
        if (a->pname_first_tok <= a->pname_last_tok &&
            (a->src_first_tok < a->pname_first_tok ||
             a->pname_last_tok < a->src_last_tok)) {
            tok_span(tv, a->pname_first_tok, a->pname_last_tok,
                     &o->source_name_off, &o->source_name_len, NULL, NULL);
            /* the title before the name, else the one after it («محمد
             * الحمادي رئيس تحرير صحيفة الاتحاد») */
            if (a->src_first_tok < a->pname_first_tok)
                tok_span(tv, a->src_first_tok, a->pname_first_tok - 1,
                         &o->source_title_off, &o->source_title_len, NULL,
                         NULL);
            else
                tok_span(tv, a->pname_last_tok + 1, a->src_last_tok,
                         &o->source_title_off, &o->source_title_len, NULL,
                         NULL);
        }
        if (a->n_seg) {
            fsc_segment *sg = fsc__arena_alloc(arena, a->n_seg * sizeof *sg);
            if (!sg)
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            for (uint32_t g = 0; g < a->n_seg; g++) {
                const fsc__seg *x = &at->segs[a->seg_first + g];
                tok_span(tv, x->first, x->last, &sg[g].off, &sg[g].len,
                         &sg[g].cp_off, &sg[g].cp_len);
            }
            o->segments = sg;
            o->n_segments = a->n_seg;
        }
        tok_span(tv, a->res_first_tok, a->res_last_tok, &o->resolved_off,
                 &o->resolved_len, NULL, NULL);
        if (a->res_skip && o->resolved_len > a->res_skip) {
            o->resolved_off += a->res_skip;
            o->resolved_len -= a->res_skip;
        }
        tok_span(tv, a->chan_first_tok, a->chan_last_tok, &o->channel_off,
                 &o->channel_len, NULL, NULL);
        tok_span(tv, a->org_first_tok, a->org_last_tok, &o->org_off,
                 &o->org_len, NULL, NULL);
        if (a->org_skip && o->org_len > a->org_skip) {
            o->org_off += a->org_skip;
            o->org_len -= a->org_skip;
        }
        o->org_actor =
            arena_str(arena, a->org_actor >= 0 && (size_t)a->org_actor <
                                                      az->mentions.n_actors
                                 ? az->mentions.actors[a->org_actor].id
                                 : NULL);
        if (!o->org_actor)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
        size_t rn_off = 0, rn_len = 0;
        uint32_t rn_first, rn_last;
        fsc__attrib_name_tokens(a, &rn_first, &rn_last);
        tok_span(tv, rn_first, rn_last, &rn_off, &rn_len, NULL, NULL);
        if (a->res_skip && rn_first == a->res_first_tok &&
            rn_len > a->res_skip) {
            rn_off += a->res_skip;
            rn_len -= a->res_skip;
        }
        /* "Trump's attacks on": the name without its possessive ending */
        if (rn_len > 3 && memcmp(text + rn_off + rn_len - 2, "'s", 2) == 0)
            rn_len -= 2;
        else if (rn_len > 5 &&
                 memcmp(text + rn_off + rn_len - 4, "\xe2\x80\x99s", 4) == 0)
            rn_len -= 4;
        if (ac && ac->name)
            o->resolved_name = o->actor_name;
        else if (rn_len) /* the person's name, its title aside */
            o->resolved_name = fsc__arena_strndup(arena, text + rn_off, rn_len);
        else if (a->source_kind != FSC__SRC_UNRESOLVED &&
                 a->source_kind != FSC__SRC_ANONYMOUS)
            o->resolved_name = o->actor_name;
        else
            o->resolved_name = "";
        if (!o->resolved_name)
            return fsc__fail(err, FSC_ENOMEM, "out of memory");
    }
    *attrs = out;
    *n_attrs = at->n;

    /* Voice of each framing match: that of its first token. */
    for (size_t i = 0; i < in->n_matches; i++) {
        fsc_match *mt = &in->matches[i];
        if (mt->layer != FSC_LAYER_FRAMING)
            continue;
        uint32_t tok = in->match_tok[i];
        if (tok >= tv->n)
            continue;
        mt->voice = (fsc_voice)az->voice[tok];
        mt->attribution = az->which[tok];
        if (mt->attribution >= 0 &&
            at->v[mt->attribution].stance == FSC__STANCE_DISTANCING)
            mt->flags |= FSC_MATCH_DISTANCED;
        long q = fsc__quotes_at(&az->quotes, tok);
        if (q >= 0 && mt->attribution < 0 && az->quotes.v[q].n_words <= 4) {
            /* A scare quote: the outlet keeps the term at arm's length. */
            const fsc__quote *qq = &az->quotes.v[q];
            mt->flags |= FSC_MATCH_DISTANCED;
            if (!mt->mod_len) {
                mt->mod_off = qq->off;
                mt->mod_len = qq->len;
            }
        }
    }
    voice_tokens[0] = voice_tokens[1] = voice_tokens[2] = 0;
    for (size_t i = 0; i < tv->n; i++)
        if (tv->v[i].kind != FSC__TOK_PUNCT && az->voice[i] < 3)
            voice_tokens[az->voice[i]]++;
    return FSC_OK;
}
