/*
 * cues.c - stage 1: cue and actor mentions. The attribution lexicons' hits
 * (cues.json: reporting verbs and phrases with kind, form, stance and
 * lemma; actors.json: people, institutions and outlets with side and type)
 * become token-spanned mentions; the matcher knows nothing of them.
 */
#include "attrib_int.h"

static uint8_t parse_stance(const char *s)
{
    if (s && strcmp(s, "distancing") == 0)
        return FSC__STANCE_DISTANCING;
    if (s && strcmp(s, "endorsing") == 0)
        return FSC__STANCE_ENDORSING;
    return FSC__STANCE_NEUTRAL;
}

static uint8_t parse_kind(const char *s)
{
    if (s && strcmp(s, "according_to") == 0)
        return FSC__CUE_ACCORDING;
    if (s && strcmp(s, "anonymous") == 0)
        return FSC__CUE_ANONYMOUS;
    return FSC__CUE_SPEECH;
}

static uint8_t parse_form(const char *s)
{
    if (s && strcmp(s, "participle") == 0)
        return FSC__FORM_PARTICIPLE;
    if (s && strcmp(s, "phrase") == 0)
        return FSC__FORM_PHRASE;
    if (s && strcmp(s, "noun") == 0)
        return FSC__FORM_NOUN;
    return FSC__FORM_VERB;
}

/* Token holding byte `off`, or the first token after it; n_tok when none. */
static size_t tok_at_or_after(const fsc__token *tok, size_t n_tok, size_t off)
{
    size_t lo = 0, hi = n_tok;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((size_t)tok[mid].off + tok[mid].len <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Map a byte span onto tokens; 0 when it holds no token. */
static int span_toks(const fsc__token *tok, size_t n_tok, size_t off,
                     size_t len, uint32_t *first, uint32_t *last)
{
    if (len == 0)
        return 0;
    size_t a = tok_at_or_after(tok, n_tok, off);
    size_t b = tok_at_or_after(tok, n_tok, off + len - 1);
    if (a >= n_tok)
        return 0;
    if (b >= n_tok || tok[b].off >= off + len)
        b = b ? b - 1 : 0;
    if (b < a || b >= n_tok || (size_t)tok[a].off >= off + len)
        return 0;
    *first = (uint32_t)a;
    *last = (uint32_t)b;
    return 1;
}

static int tok_eq(const char *text, size_t len, const fsc__token *t,
                  const char *s)
{
    size_t n = strlen(s);
    return t->len == n && (size_t)t->off + n <= len &&
           memcmp(text + t->off, s, n) == 0;
}

void fsc__entry_facts_of(const fsc_entry *e, fsc__entry_facts *f)
{
    f->stance = fsc_entry_attr(e, "stance");
    f->actor = fsc_entry_attr(e, "actor");
    f->form = fsc_entry_attr(e, "form");
    f->lemma = fsc_entry_attr(e, "lemma");
    f->kind = fsc_entry_attr(e, "kind");
    f->sense = fsc_entry_attr(e, "sense");
    f->impersonal = fsc_entry_attr(e, "impersonal");
    f->name = fsc_entry_attr(e, "name");
    f->side = fsc_entry_attr(e, "side");
    f->type = fsc_entry_attr(e, "type");
    f->agent = fsc_entry_attr(e, "agent");
    /* (once per entry here, not for every match of it) */
    f->stance_c = parse_stance(f->stance);
    f->kind_c = parse_kind(f->kind);
    f->form_c = parse_form(f->form);
    const char *k = f->kind;
    f->cls_c = k && strcmp(k, "evidence") == 0     ? FSC__CLS_EVIDENCE
               : k && strcmp(k, "belief") == 0     ? FSC__CLS_BELIEF
               : k && strcmp(k, "stance") == 0     ? FSC__CLS_STANCE
               : k && strcmp(k, "evidential") == 0 ? FSC__CLS_EVIDENTIAL
                                                   : FSC__CLS_SPEECH;
    const char *sense = f->sense;
    f->sense_c = !sense                            ? 0
                 : strcmp(sense, "ambiguous") == 0 ? FSC__SENSE_AMBIGUOUS
                 : strcmp(sense, "frame") == 0     ? FSC__SENSE_FRAME
                 : strcmp(sense, "data") == 0      ? FSC__SENSE_DATA
                                                   : 0;
    f->impersonal_c = f->impersonal && strcmp(f->impersonal, "yes") == 0;
    f->agent_c = f->agent && strcmp(f->agent, "yes") == 0;
    f->verb = f->form && strcmp(f->form, "verb") == 0;
    f->verb_or_participle =
        f->verb || (f->form && strcmp(f->form, "participle") == 0);
    f->lemma_idda = f->lemma && strcmp(f->lemma, "ادعى") == 0;
    f->outlet = f->type && strcmp(f->type, "media") == 0;
}

fsc_status fsc__attrib_mentions(const char *text, size_t len,
                                const fsc__token *tok, size_t n_tok,
                                const fsc_match *const *matches,
                                const fsc__entry_facts *const *facts, size_t n,
                                fsc__mentions *out, fsc_error *err)
{
    if (!out)
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL output");
    out->n_cues = out->n_actors = 0;
    if (n > 0 && (!matches || !facts))
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL arrays");
    if (n_tok > 0 && !tok)
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL tokens");
    for (size_t i = 0; i < n; i++) {
        const fsc_match *m = matches[i];
        const fsc__entry_facts *e = facts[i];
        if (!m || !e)
            continue;
        uint32_t a, b;
        if (!span_toks(tok, n_tok, m->off, m->len, &a, &b))
            continue;
        const char *stance = e->stance;
        const char *actor = e->actor;
        if (stance) {
            if (out->n_cues && out->cues[out->n_cues - 1].last_tok >= a)
                continue;
            /* an Arabic verb never takes the article: «التابع» (affiliated)
             * is no «تابع» (he went on) */
            if (e->verb_or_participle && m->proclitics &&
                strstr(m->proclitics, "ال"))
                continue;
            /* nor the enclitic ي, which marks a noun («في ظني»: in my
             * view); a verb takes ني */
            if (e->verb && m->enclitic && strcmp(m->enclitic, "\xd9\x8a") == 0)
                continue;
            /* nor the prepositions ك and ب: «كيري» is Kerry, not ك + يرى */
            if (e->verb && m->proclitics &&
                (strstr(m->proclitics, "\xd9\x83") ||
                 strstr(m->proclitics, "\xd8\xa8")))
                continue;
            /* «يدعي» (claims) and «يدعى» (is called: «رجل يدعى أبو بكر»)
             * fold together; the final ى spells the passive */
            if (text && e->lemma_idda && tok[b].len >= 2 &&
                (size_t)tok[b].off + tok[b].len <= len &&
                memcmp(text + tok[b].off + tok[b].len - 2, "\xd9\x89", 2) == 0)
                continue;
            if (!grow((void **)&out->cues, &out->cap_cues, out->n_cues + 1,
                      sizeof *out->cues))
                goto oom;
            fsc__cue *c = &out->cues[out->n_cues++];
            memset(c, 0, sizeof *c);
            c->first_tok = a;
            c->last_tok = b;
            c->stance = e->stance_c;
            c->kind = e->kind_c;
            c->form = e->form_c;
            c->lemma = e->lemma;
            c->cls = e->cls_c;
            c->ambiguous = e->sense_c;
            c->impersonal = e->impersonal_c;
            c->agent = e->agent_c;
            /* An Arabic evidence phrase is a verb and the head of its
             * subject («أظهرت بيانات ...», «أشار التقرير»): the cue is the
             * verb, and the noun phrase it opens is the source. */
            if (c->cls == FSC__CLS_EVIDENCE && c->form == FSC__FORM_PHRASE &&
                b > a && text && (size_t)tok[a].off < len &&
                ((unsigned char)text[tok[a].off] & 0xFC) == 0xD8) {
                c->last_tok = a;
                c->form = FSC__FORM_VERB;
                c->data_subject = 1;
            }
        } else if (actor) {
            if (out->n_actors && out->actors[out->n_actors - 1].last_tok >= a)
                continue;
            /* "witnesses said": the actor term swallowed the speech verb,
             * which the longest match then kept from the cue lexicon. */
            int split = b > a && text &&
                        (tok_eq(text, len, &tok[b], "said") ||
                         tok_eq(text, len, &tok[b], "told"));
            if (!grow((void **)&out->actors, &out->cap_actors,
                      out->n_actors + 1, sizeof *out->actors))
                goto oom;
            fsc__actor *ac = &out->actors[out->n_actors++];
            memset(ac, 0, sizeof *ac);
            ac->first_tok = a;
            ac->last_tok = split ? b - 1 : b;
            ac->id = actor;
            ac->name = e->name;
            ac->side = e->side;
            ac->type = e->type;
            ac->is_outlet = e->outlet;
            if (!ac->name)
                ac->name = actor;
            if (split &&
                !(out->n_cues && out->cues[out->n_cues - 1].last_tok >= b)) {
                if (!grow((void **)&out->cues, &out->cap_cues, out->n_cues + 1,
                          sizeof *out->cues))
                    goto oom;
                fsc__cue *c = &out->cues[out->n_cues++];
                memset(c, 0, sizeof *c);
                c->first_tok = c->last_tok = b;
                c->kind = FSC__CUE_SPEECH;
                c->form = FSC__FORM_VERB;
                c->lemma = tok_eq(text, len, &tok[b], "said") ? "say" : "tell";
            }
        }
    }
    return FSC_OK;
oom:
    out->n_cues = out->n_actors = 0;
    return fsc__fail(err, FSC_ENOMEM, "attrib mentions: out of memory");
}

fsc_status fsc__attrib_mentions_result(const fsc_model *m, const fsc_result *r,
                                       const char *text, size_t len,
                                       const fsc__token *tok, size_t n_tok,
                                       fsc__mentions *out, fsc_error *err)
{
    if (!m || !r || !out)
        return fsc__fail(err, FSC_EINVAL, "attrib mentions: NULL argument");
    size_t n = fsc_result_n_matches(r);
    const fsc_match **mv = calloc(n ? n : 1, sizeof *mv);
    const fsc__entry_facts **fv = calloc(n ? n : 1, sizeof *fv);
    fsc__entry_facts *facts = calloc(n ? n : 1, sizeof *facts);
    fsc_status st;
    if (!mv || !fv || !facts) {
        st = fsc__fail(err, FSC_ENOMEM, "attrib mentions: out of memory");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        mv[i] = fsc_result_match(r, i);
        const fsc_lexicon *lx =
            mv[i] ? fsc_model_lexicon(m, mv[i]->lexicon) : NULL;
        const fsc_entry *e = lx ? fsc_lexicon_entry(lx, mv[i]->entry) : NULL;
        if (e) {
            fsc__entry_facts_of(e, &facts[i]);
            fv[i] = &facts[i];
        }
    }
    st = fsc__attrib_mentions(text, len, tok, n_tok, mv, fv, n, out, err);
done:
    free(mv);
    free(fv);
    free(facts);
    return st;
}

void fsc__mentions_free(fsc__mentions *m)
{
    if (!m)
        return;
    free(m->cues);
    free(m->actors);
    memset(m, 0, sizeof *m);
}

/* ---- word keys ------------------------------------------------------------
 */
