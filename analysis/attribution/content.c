/*
 * content.c - stage 4: what is said. Content spans of indirect speech (after
 * the complementizer, or before a postposed cue), according-to sentences,
 * quotations attached to their cue or speaker, one attribution per
 * quotation (split and continued quotations, mixed content), and the
 * emission of attribution records with their resolved speaker.
 */
#include "attrib_int.h"

/* The form of a source no rule named: from how it was found. */
static uint8_t default_form(const ctx *c, const srcres *r)
{
    switch (r->kind) {
    case FSC__SRC_ANONYMOUS:
        return FSC__SF_ANONYMOUS;
    case FSC__SRC_UNRESOLVED:
        return FSC__SF_UNRESOLVED;
    default:
        break;
    }
    if (r->first > r->last)
        return r->inherited ? FSC__SF_DROPPED : FSC__SF_UNRESOLVED;
    if (r->kind == FSC__SRC_ACTOR && r->inherited)
        return FSC__SF_NOMINAL; /* «الصحيفة», "the ministry" */
    if (r->kind == FSC__SRC_ACTOR)
        return c->lang == LANG_AR ? np_form(c, r->first, r->last)
                                  : FSC__SF_NAMED;
    return np_form(c, r->first, r->last);
}

/* Speaker nouns that are singular ("spokesman", "police" is plural). */
/* «على» before «أن» (folded): «وشددت، وفقا لما نقلته الوكالة، على أن». */
static const char *const AR_ALA_CONTENT[] = { "علي", NULL };
static const char *const AR_FI_WORD2[] = { "في", NULL };

static const char *const SINGULAR_SPEAKERS[] = { "spokesman", "spokeswoman",
                                                 "spokesperson", "official",
                                                 NULL };

/* Arabic nouns that head an institution's name (folded, bare). */
static const char *const AR_INSTITUTIONS[] = {
    "منظمة", "هيئة", "جمعية", "مؤسسة", "مركز", "مجلس", "لجنة", "اتحاد", "حزب",
    "حركة", "جماعة", "شركة", "جامعة", "وزارة", "ادارة", "مكتب", "صحيفة",
    "وكالة", "قناة", "رابطة", "نقابة", "تحالف", "رئاسة", "كلية", "غرفة",
    "مديرية", "امانة", "بلدية", "محكمة", "نيابة", "سفارة", "قنصلية", "معهد",
    "مصرف", "صندوق", "حكومة", "شرطة",
    /* documents: «تقرير اقتصادي حديث صادر عن ...» names no person */
    "تقرير", "بيان", "دراسة", NULL
};

/* The folded English word k has the form of a plural: at least four
 * letters ending in -s but not -ss, -us, -is, -'s or -news ("officials",
 * "scientists"; not "press", "virus", "analysis"). */
int en_plural_key(const char *k)
{
    size_t n = strlen(k);
    if (n < 4 || k[n - 1] != 's')
        return 0;
    return !(k[n - 2] == 's' || k[n - 2] == 'u' || k[n - 2] == 'i' ||
             strcmp(k + n - 4, "news") == 0 || k[n - 2] == '\'');
}

/* English word t is a plural common noun: in SPEAKER_NOUNS, or lower
 * case with the form of a plural (en_plural_key). */
int en_plural_head(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (key_in(c, t, SPEAKER_NOUNS))
        return !key_is(c, t, SINGULAR_SPEAKERS);
    if (cap_word(c, t))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return en_plural_key(k);
}

/* Arabic conjunctions that open a clause of its own with its own subject
 * («...، بينما أوضح X أن», «في حين قال Y إن»; folded). */
static const char *const AR_WHEREAS[] = { "بينما", "وبينما", "فيما", "حين",
                                          NULL };

/* Arabic conjunctions that open a clause of its own right before its verb
 * («...، إذ اعترف X», «...، حيث قالت: «...»»; folded): a cue after one
 * reports what follows it, never what comes before (here and in
 * quote_attach.c). */
const char *const AR_CLAUSE_HEAD[] = { "اذ",    "واذ",    "حيث",  "وحيث",
                                       "بينما", "وبينما", "فيما", "حين",
                                       "حينما", "عندما",  NULL };

/* «و» and a complementizer (folded): a further that-clause of one
 * content («وأن», «وإنها»). */
static const char *const AR_AND_THAT[] = { "وان",   "وانه", "وانها",
                                           "وانهم", "وبان", NULL };

/* Cue token cf (Arabic) follows a comma and one of AR_WHEREAS («...، بينما
 * أوضح», «...، في حين قال»): with a subject of its own after it, the
 * report is a clause beside the one before, not inside what that one
 * reports, though that content is cut there only at the end
 * (trim_contents). */
static int ar_whereas_clause(const ctx *c, uint32_t cf, const srcres *r)
{
    if (c->lang != LANG_AR || cf < 2 || r->inherited || r->first > r->last ||
        r->first <= cf || !is_word(c, cf - 1) || !key_is(c, cf - 1, AR_WHEREAS))
        return 0;
    uint32_t p = cf - 2;
    if (is_word(c, p) && key_is(c, p, AR_FI_WORD2) && p > 0)
        p--; /* «في حين» */
    return !is_word(c, p) && is_comma(cp(c, p));
}

fsc_status emit(ctx *c, uint8_t kind, const srcres *r, int32_t cue, uint32_t cf,
                uint32_t cl, uint8_t stance, uint32_t a, uint32_t b,
                fsc_error *err)
{
    /* the role phrase, not the organisation alone ("a spokesman for
     * Hamas", «представитель Минобороны») */
    srcres wide = *r;
    org_widen(c, &wide, cf, cl);
    r = &wide;
    fsc__attribs *o = c->out;
    if (!grow((void **)&o->v, &o->cap, o->n + 1, sizeof *o->v))
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    fsc__attribution *x = &o->v[o->n++];
    memset(x, 0, sizeof *x);
    x->kind = kind;
    x->source_kind = r->kind;
    x->stance = stance;
    x->inherited = r->inherited;
    x->cue = cue;
    x->cue_first_tok = cf;
    x->cue_last_tok = cl;
    x->actor = r->actor;
    x->src_first_tok = r->first;
    x->src_last_tok = r->last;
    x->name_first_tok = r->kind == FSC__SRC_NAMED ? r->name_first : 1;
    x->name_last_tok = r->kind == FSC__SRC_NAMED ? r->name_last : 0;
    x->content_first_tok = a;
    x->content_last_tok = b;
    x->confidence = r->conf;
    x->rule = r->rule;
    x->nested = (uint8_t)nested_cue(o, x); /* recomputed once all are in */
    if (x->nested && cue >= 0 && ar_whereas_clause(c, cf, r))
        x->nested = 0;
    x->gender = r->gender;
    x->cue_cls = cue >= 0 && (size_t)cue < c->n_in_cues ? c->in_cues[cue].cls
                                                        : FSC__CLS_SPEECH;
    if (x->gender == FSC__G_UNKNOWN && r->first <= r->last)
        /* "Ms. Lopez said", «السيدة» : a title in or right before it */
        x->gender = title_gender(c, r->first > 1 ? r->first - 2 : 0, r->last);
    x->form = r->form != SF_UNSET ? r->form : default_form(c, r);
    /* "officials", "scientists", "the researchers": a plural noun phrase
     * is no antecedent of "he" or "she" */
    if (x->gender == FSC__G_UNKNOWN && c->lang == LANG_EN &&
        (x->form == FSC__SF_NOMINAL || x->form == FSC__SF_ANONYMOUS) &&
        r->first <= r->last && en_plural_head(c, r->last))
        x->gender = FSC__G_PLURAL;
    /* "Pierce and Carroll said": two people, antecedent of "they" only */
    if (r->first <= r->last && !r->inherited &&
        coordinated_names(c, r->first, r->last))
        x->gender = FSC__G_PLURAL;
    x->pname_first_tok = 1;
    x->pname_last_tok = 0;
    if (x->form == FSC__SF_NAMED && r->first < r->last)
        split_title(c, r->first, r->last, &x->pname_first_tok,
                    &x->pname_last_tok);
    if (x->form == FSC__SF_NAMED && r->first <= r->last && !r->inherited) {
        if (x->pname_first_tok <= x->pname_last_tok)
            ar_known_add(c, x->pname_first_tok, x->pname_last_tok);
        else if (r->last - r->first < 3)
            ar_known_add(c, r->first, r->last);
    }
    x->res_first_tok = r->res_first;
    x->res_last_tok = r->res_last;
    if (x->res_first_tok > x->res_last_tok && r->first <= r->last &&
        (r->kind == FSC__SRC_ACTOR || r->kind == FSC__SRC_NAMED) &&
        x->form != FSC__SF_PRONOUN) {
        /* a short name: its fullest earlier mention («الصباغ» → «المتحدث
         * الرسمي ... رأفت الصباغ», "Clinton" → "Hillary Clinton") */
        uint32_t ra = r->first, rb = r->last;
        if (fullest_mention(c, r, &ra, &rb)) {
            x->res_first_tok = ra;
            x->res_last_tok = rb;
            /* «القصير» after «مرام القصير»: a family name, not a noun */
            if (c->lang == LANG_AR && x->form == FSC__SF_NOMINAL &&
                words_in(c, r->first, r->last) == 1 &&
                (ar_first_name(c, ra) || ar_known(c, ra)))
                x->form = FSC__SF_NAMED;
        }
    } else if (x->res_first_tok <= x->res_last_tok &&
               !(r->inherited && c->lang != LANG_AR)) {
        /* (English and Russian: an inherited speaker keeps its nearest
         * mention, the antecedent; resolved_to.name names it in full) */
        uint32_t ra = x->res_first_tok, rb = x->res_last_tok;
        if (fullest_mention(c, r, &ra, &rb)) {
            x->res_first_tok = ra;
            x->res_last_tok = rb;
        }
    }
    x->res_skip = x->res_first_tok <= x->res_last_tok
                      ? (uint8_t)ar_clitic_bytes(c, x->res_first_tok)
                      : 0;
    x->chan_first_tok = 1;
    x->chan_last_tok = 0;
    if (cf <= cl)
        channel_of(c, cf, cl, r->first, r->last, &x->chan_first_tok,
                   &x->chan_last_tok);
    /* the person's name of the speaker, its title aside: «محمد الحمادي»
     * for «محمد الحمادي رئيس تحرير صحيفة الاتحاد» */
    x->rname_first_tok = 1;
    x->rname_last_tok = 0;
    if (x->res_first_tok < x->res_last_tok &&
        x->res_last_tok - x->res_first_tok < 24 &&
        split_title(c, x->res_first_tok, x->res_last_tok, &x->rname_first_tok,
                    &x->rname_last_tok) &&
        c->lang == LANG_AR &&
        ar_name_run(c, x->rname_first_tok, x->rname_last_tok) == UINT32_MAX &&
        /* (a name we have no list for counts after a title and a comma:
         * «رئيس حزب الحركة القومية، دولت بهتشلي») */
        !(x->rname_first_tok > x->res_first_tok &&
          (ar_honorific_at(c, x->rname_first_tok - 1) ||
           (!is_word(c, x->rname_first_tok - 1) &&
            is_comma(cp(c, x->rname_first_tok - 1))) ||
           (ar_title_at(c, x->rname_first_tok - 1) &&
            x->rname_first_tok - 1 > x->res_first_tok &&
            !is_word(c, x->rname_first_tok - 2) &&
            is_comma(cp(c, x->rname_first_tok - 2)))))) {
        /* (in Arabic only a person's name: «منظمة حقوقية محلية» has none) */
        x->rname_first_tok = 1;
        x->rname_last_tok = 0;
    } else if (x->res_first_tok > x->res_last_tok &&
               x->pname_first_tok <= x->pname_last_tok &&
               (c->lang != LANG_AR ||
                ar_name_run(c, x->pname_first_tok, x->pname_last_tok) !=
                    UINT32_MAX ||
                x->pname_first_tok == 0 ||
                (!key_is(c, x->pname_first_tok - 1, AR_INSTITUTIONS) &&
                 !(r->first <= r->last &&
                   key_is(c, r->first, AR_INSTITUTIONS))))) {
        /* (after «منظمة», «هيئة», «جمعية» comes the institution's
         * name, «منظمة ضحايا حقوق الإنسان», not a person's) */
        x->rname_first_tok = x->pname_first_tok;
        x->rname_last_tok = x->pname_last_tok;
    }
    /* English and Russian: "Pierce" is named by the fuller "Brock Pierce"
     * written earlier */
    if (c->lang != LANG_AR &&
        (r->kind == FSC__SRC_NAMED || r->kind == FSC__SRC_ACTOR)) {
        uint32_t na, nb, fa, fb, ta, tb;
        fsc__attrib_name_tokens(x, &na, &nb);
        if (na <= nb && en_fuller_name(c, na, nb, &fa, &fb)) {
            if (split_title(c, fa, fb, &ta, &tb))
                fa = ta, fb = tb;
            x->rname_first_tok = fa;
            x->rname_last_tok = fb;
        }
    }
    org_fill(c, x);
    if (r->kind != FSC__SRC_UNRESOLVED) {
        c->has_last = 1;
        c->last = *r;
        c->last_sent = sent_of(c, cf <= cl ? cf : a);
    }
    return FSC_OK;
}

/* Indirect speech (or a briefing verb) from cue q with source r. */

/* Subordinators that open a sentence's first clause (folded). */
static const char *const ON_WORD[] = { "on", NULL };

/* Words that open a circumstance after "say", not what was said ("said
 * on Twitter", "said as he left", "said during a debate"); after other
 * verbs they are often particles ("commented on", "lashed out at"). */
static const char *const CIRCUMSTANCE[] = { "on",     "at",   "during", "as",
                                            "in",     "when", "while",  "after",
                                            "before", "via",  "amid",   "upon",
                                            NULL };

/* Words that open a circumstance after any verb ("hoped during the
 * debate that", "agreed after a meeting to"), never its particle. */
static const char *const CLAUSE_CIRC[] = { "during", "when",   "while",
                                           "after",  "before", "via",
                                           "amid",   "upon",   NULL };

/* English verbs of saying and writing: after them "on", "at", "in" and
 * "as" open a circumstance too ("wrote on Facebook", "told reporters at
 * a rally", "noted in a statement"); for other verbs they are particles
 * ("commented on", "hinted at", "believe in", "described as"). */
static int en_communication(const ctx *c, const icue *q)
{
    static const char *const L[] = {
        "say",     "write",    "tell",    "add",         "note",    "post",
        "explain", "announce", "argue",   "claim",       "declare", "state",
        "warn",    "predict",  "admit",   "acknowledge", "recall",  "suggest",
        "stress",  "tweet",    "contend", "assert",      NULL
    };
    for (size_t i = 0; L[i]; i++)
        if (lemma_is(c, q, L[i]))
            return 1;
    return 0;
}

/* Words of a time phrase ("this week", "last month", "earlier today"). */
static const char *const TIME_MORE[] = { "this",    "last",       "next",
                                         "earlier", "later",      "recently",
                                         "again",   "repeatedly", NULL };

/* English "to" + a verb after a cue opens its infinitive complement
 * ("In the coming months, he vowed to close the plant": what is vowed
 * follows), not an adverbial ("..., he said to reporters"): the word
 * after "to" is written small and is no determiner, pronoun or plural
 * noun. */
static const char *const TO_ONLY[] = { "to", NULL };
static const char *const THAT_ONLY[] = { "that", NULL };
static const char *const WHAT_WORD[] = { "what", NULL };
static const char *const OBJ_PRONOUNS[] = { "him", "her", "them", "me",
                                            "us",  "you", "it",   NULL };

static int en_infinitive(const ctx *c, uint32_t t, uint32_t b)
{
    if (c->lang != LANG_EN || t == UINT32_MAX || t + 1 > b ||
        !key_is(c, t, TO_ONLY) || !is_word(c, t + 1))
        return 0;
    /* a plural noun ("to reporters", "to voters") is an addressee; a
     * base verb ends in -s only as -ss ("to discuss", "to press") */
    const fsc__token *w = &c->tok[t + 1];
    const char *e = c->text + w->off + w->len;
    int plural = w->len > 2 && e[-1] == 's' && e[-2] != 's';
    return !plural && !cap_word(c, t + 1) && !key_in(c, t + 1, DETERMINERS) &&
           !key_in(c, t + 1, OBJ_PRONOUNS) && w->kind == FSC__TOK_WORD;
}

/* English: the addressee after "told" ending at token e: an object
 * pronoun ("told her") or a capitalised name of up to six words ("told
 * The Huffington Post", "told Newsmax"); e itself when there is none. */
static const char *const THE_WORD[] = { "the", NULL };

uint32_t en_addressee(const ctx *c, uint32_t e, uint32_t last)
{
    uint32_t t = e + 1;
    if (t > last || !is_word(c, t))
        return e;
    if (key_in(c, t, OBJ_PRONOUNS) && !key_is(c, t, PRON_N))
        return t;
    if (key_is(c, t, THE_WORD) && cap_word(c, t) && t + 1 <= last &&
        cap_word(c, t + 1))
        t++;
    uint32_t end = e;
    for (int w = 0; t <= last && w < 6; t++) {
        if (is_word(c, t) && cap_word(c, t) && !key_in(c, t, PRONOUNS)) {
            end = t;
            w++;
        } else if (!name_link(c, t)) {
            break;
        }
    }
    if (end != e)
        return end;
    /* "told reporters", "told the press last week,": a common noun
     * phrase of up to five words, and a time phrase, before a comma, a
     * colon, a quotation or "that" */
    uint32_t u = e + 1, w = 0;
    while (u <= last && w < 5 && is_word(c, u) && !is_compl(c, u) &&
           c->cue_at[u] < 0 && c->qmark[u] < 0 && !key_in(c, u, PRONOUNS) &&
           !key_is(c, u, TIME_WORDS) && !key_is(c, u, TIME_MORE) &&
           (w > 0 || !key_in(c, u, NAME_PREP)))
        u++, w++;
    if (w == 0)
        return e;
    uint32_t np_end = u - 1;
    while (u <= last && is_word(c, u) &&
           (key_is(c, u, TIME_WORDS) || key_is(c, u, TIME_MORE) ||
            key_is(c, u, ON_WORD)))
        u++;
    if (u > last)
        return e;
    if (c->qmark[u] >= 0 || (is_word(c, u) && is_compl(c, u)) ||
        (!is_word(c, u) && (is_comma(cp(c, u)) || cp(c, u) == ':')))
        return u - 1 > np_end ? u - 1 : np_end;
    /* "told the court in his filing.": to the sentence's end */
    return en_addressee_to_end(c, e, last);
}

/* Verbs that go on a clause a parenthetical cue interrupted: "The plan,
 * said Smith, would cost ...". */
static const char *const CLAUSE_GOES_ON[] = {
    "is",    "are",    "was", "were",  "will", "would", "can",
    "could", "should", "may", "might", "must", "has",   "have",
    "had",   "does",   "do",  "did",   NULL
};

/* After "said Smith," (the verb before a named or nominal source), does
 * the rest from t describe the source ("a senior fellow at ...", "who
 * teaches ...", "Manafort's former partner") rather than go on with what
 * is said? It goes on only with a verb: an auxiliary, or a lower-case
 * word in -s or -ed that no determiner opens ("marks a change"). */
static int en_apposition(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (key_is(c, t, RELATIVES) || key_is(c, t, DETERMINERS))
        return 1;
    if (key_is(c, t, CLAUSE_GOES_ON))
        return 0;
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    if (!cap_word(c, t) && w->len > 3 &&
        (e[-1] == 's' || (e[-2] == 'e' && e[-1] == 'd')))
        return 0;
    return 1;
}

/* English: the "that" after a circumstance that opens at a ("on his
 * official Twitter feed", "in a heated argument with X", "during a
 * rally Tuesday"), within 24 tokens, before any comma, sentence end, cue
 * or quotation mark outside quotation marks; UINT32_MAX when none. */
static uint32_t en_that_after_circumstance(const ctx *c, uint32_t a, uint32_t b)
{
    if (a > b || !is_word(c, a) ||
        !(key_is(c, a, CIRCUMSTANCE) || key_is(c, a, CLAUSE_CIRC)))
        return UINT32_MAX;
    for (uint32_t t = a + 1; t <= b && t < a + 24; t++) {
        if (c->inquote[t] >= 0)
            continue;
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            if (is_comma(ch) || is_final(ch) || c->qmark[t] >= 0 || ch == ':' ||
                ch == ';')
                return UINT32_MAX;
            continue;
        }
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return UINT32_MAX;
        if (key_is(c, t, THAT_ONLY))
            return t + 1 <= b ? t : UINT32_MAX;
    }
    return UINT32_MAX;
}

/* [a, b] holds only a time phrase, at most four words. */
static int only_time(const ctx *c, uint32_t a, uint32_t b)
{
    int words = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t))
            continue;
        if (++words > 4 ||
            !(key_is(c, t, TIME_WORDS) || key_is(c, t, TIME_MORE)))
            return 0;
    }
    return words > 0;
}

/* Arabic cues whose object stands after «إلى», however far («أشار
 * القرآن الكريم، وحي الله ...، إلى حقيقة علمية»). */
static int takes_ila(const ctx *c, const icue *q)
{
    return lemma_is(c, q, "أشار") || lemma_is(c, q, "لفت") ||
           lemma_is(c, q, "نوه") || lemma_is(c, q, "دعا") ||
           lemma_is(c, q, "ألمح") || lemma_is(c, q, "نبه") ||
           lemma_is(c, q, "تطرق") || lemma_is(c, q, "خلص");
}

/* A line break (or the text's end) right after token t. */
static int break_after(const ctx *c, uint32_t t)
{
    if (t + 1 >= c->n_tok)
        return 1;
    for (uint32_t o = c->tok[t].off + c->tok[t].len; o < c->tok[t + 1].off; o++)
        if (c->text[o] == '\n')
            return 1;
    return 0;
}

/* The last token of the line that token t is on. */
static uint32_t line_end(const ctx *c, uint32_t t)
{
    while (!break_after(c, t))
        t++;
    return t;
}

/* Ordinals that open the items of an Arabic list (folded). */
static const char *const AR_ORDINALS[] = { "اولا",  "ثانيا", "ثالثا", "رابعا",
                                           "خامسا", "سادسا", "سابعا", "ثامنا",
                                           "تاسعا", "عاشرا", "اخيرا", NULL };

/* The line at token t opens a list item: «1 -», «2)», «٣.», «أولا:», a
 * bullet. */
static int ar_item_opens(const ctx *c, uint32_t t)
{
    if (c->tok[t].kind == FSC__TOK_NUMBER)
        return t + 1 < c->n_tok && !is_word(c, t + 1) &&
               (is_dash(cp(c, t + 1)) || cp(c, t + 1) == ')' ||
                cp(c, t + 1) == '.' || cp(c, t + 1) == ':');
    if (is_word(c, t))
        return key_is(c, t, AR_ORDINALS);
    uint32_t ch = cp(c, t);
    return is_dash(ch) || ch == 0x2022 || ch == '*' || ch == 0x25CF;
}

/* Words on the line [a, b]. */
static uint32_t line_words(const ctx *c, uint32_t a, uint32_t b)
{
    uint32_t n = 0;
    for (uint32_t t = a; t <= b; t++)
        n += is_word(c, t) ? 1u : 0u;
    return n;
}

/*
 * Rule colon_block (Arabic): a report whose clause ends with a colon at
 * the end of its line («وذكرت الصحيفة أهم 5 أسباب، وهي كالتالي:», «يقول
 * الشاعر:», «ما يلي:») introduces the lines after it: a list (lines that
 * open with a number, an ordinal or a bullet, each with the body line
 * after an item that ends in a colon), or a poem (short lines, at most 12
 * words each, none ending in a full stop), or else the one line after it. The
 * block ends at the first line that is neither, at a line that opens with a
 * report of its own, or at a line ending in a colon (a new introduction). Marks
 * that open a quotation after the colon are the quotation's business. [a, b] on
 * success.
 */
static int ar_colon_block(const ctx *c, const icue *q, uint32_t bl, uint32_t *a,
                          uint32_t *b)
{
    uint32_t s = sent_of(c, q->first), colon = UINT32_MAX;
    for (uint32_t t = bl + 1, w = 0; t < c->n_tok && w <= 20; t++) {
        if (sent_of(c, t) != s && sent_of(c, t) != s + 1)
            return 0;
        if (is_word(c, t)) {
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
                return 0;
            w++;
        } else if (c->qmark[t] >= 0 || is_final(cp(c, t))) {
            return 0;
        } else if (cp(c, t) == ':') {
            colon = t;
            break;
        }
        if (break_after(c, t))
            return 0;
    }
    if (colon == UINT32_MAX || !break_after(c, colon) || colon + 1 >= c->n_tok)
        return 0;
    uint32_t u = colon + 1;
    if (c->qmark[u] >= 0)
        return 0;
    uint32_t e = line_end(c, u);
    int list = ar_item_opens(c, u);
    uint32_t w0 = line_words(c, u, e);
    /* (a short line that ends its sentence is prose, not a verse) */
    int verse =
        !list && w0 >= 2 && w0 <= 12 && !(!is_word(c, e) && is_final(cp(c, e)));
    uint32_t last = e;
    int heading = list && !is_word(c, e) && cp(c, e) == ':';
    for (uint32_t lines = 1; (list || verse) && e + 1 < c->n_tok && lines < 80;
         lines++) {
        uint32_t f = e + 1, g = line_end(c, f);
        if (c->cue_at[f] >= 0 && !c->cues[c->cue_at[f]].skip)
            break;
        int ends_colon = !is_word(c, g) && cp(c, g) == ':';
        if (list) {
            int item = ar_item_opens(c, f);
            if (!item && !heading)
                break;
            heading = item && ends_colon;
        } else {
            uint32_t wn = line_words(c, f, g);
            if (wn == 0 || wn > 12 || ends_colon ||
                (!is_word(c, g) && is_final(cp(c, g))))
                break;
        }
        last = g;
        e = g;
    }
    *a = u;
    *b = last;
    return 1;
}

static const char *const COMMENT_WORD[] = { "comment", NULL };
static const char *const FOR_WORD[] = { "for", NULL };

/* Content [*a, *b] ends before its first comma outside quotations (a
 * relative clause set off by commas ends there). 0 when nothing is left. */
static int end_at_comma(const ctx *c, uint32_t *a, uint32_t *b)
{
    for (uint32_t t = *a; t <= *b && t < *a + 256; t++)
        if (!is_word(c, t) && c->inquote[t] < 0 && c->qmark[t] < 0 &&
            is_comma(cp(c, t))) {
            *b = t - 1;
            return trim(c, a, b);
        }
    return 1;
}

/* English: the subject of a verb of seeming q ("Investors seem to
 * agree", "Trump, who seems mired"): the words before it back to a
 * punctuation mark outside quotation marks, a complementizer, a cue or
 * the sentence's start, at most twelve; its first token (*last its last),
 * or UINT32_MAX when there is none. */
static uint32_t en_seeming_subject(const ctx *c, const icue *q, uint32_t *last)
{
    uint32_t s = sent_of(c, q->first), t = q->first, w = 0;
    while (t > c->sent_first[s]) {
        uint32_t u = t - 1;
        if (!is_word(c, u)) {
            if (!name_link(c, u) && c->inquote[u] < 0)
                break;
        } else {
            if (is_compl(c, u) ||
                (c->cue_at[u] >= 0 && !c->cues[c->cue_at[u]].skip) || ++w > 12)
                break;
        }
        t = u;
    }
    uint32_t a = t, b = q->first > 0 ? q->first - 1 : 0;
    if (w == 0 || t >= q->first || !trim(c, &a, &b))
        return UINT32_MAX;
    *last = b;
    return a;
}

/* After «...، كما أعلنت الوزارة»: the source's tail ends at mark t (or
 * the content's end b); what comes after a comma there is no object of
 * the verb (a relative, a participle, «مما»: «...، كما قال X، مشيرا إلى»;
 * not «...، كما أعلنت الحكومة، تحويل الملاحة»). */
static int kama_end(const ctx *c, uint32_t t, uint32_t b)
{
    static const char *const AR_CLAUSE_OPEN[] = { "مما",  "وهو",   "وهي",
                                                  "حيث",  "بينما", "فيما",
                                                  "وذلك", "ما",    NULL };
    if (t == UINT32_MAX || t > b || is_final(cp(c, t)))
        return 1;
    uint32_t n = t + 1;
    while (n <= c->n_tok - 1 && !is_word(c, n) && n <= b + 1)
        n++;
    if (n >= c->n_tok || !is_word(c, n))
        return 1;
    return key_is(c, n, RELATIVES) || key_is(c, n, AR_CLAUSE_OPEN) ||
           (c->cue_at[n] >= 0 &&
            c->cues[c->cue_at[n]].form == FSC__FORM_PARTICIPLE);
}

/* Auxiliaries before a passive's "be" ("has been", "had also been"). */
static const char *const BY_AUX[] = { "has",   "have",  "had",   "been",
                                      "being", "also",  "since", "already",
                                      "not",   "will",  "would", "could",
                                      "may",   "might", "first", NULL };

fsc_status indirect(ctx *c, const icue *q, const srcres *r, fsc_error *err)
{
    uint32_t s = sent_of(c, q->first);
    uint32_t bf = q->first, bl = q->last;
    int has_span = r->first <= r->last && sent_of(c, r->first) == s;
    if (has_span) {
        if (r->first < bf)
            bf = r->first;
        if (r->last > bl)
            bl = r->last;
    }
    uint32_t asa, asb;
    if (c->lang == LANG_EN && en_as_report(c, q, r, &asa, &asb))
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, asa, asb, err);
    /* "The plan was condemned by the opposition": what the agent spoke
     * of is the passive's subject, the noun phrase before "be" (over
     * "has been", "had also been"); "which" or "that" stands for the
     * phrase before it */
    if (c->lang == LANG_EN && r->rule && strcmp(r->rule, "passive_by") == 0) {
        /* ("was described by the agency as a strong advocate": the words
         * after "as", to a comma outside quotation marks) */
        static const char *const AS_ONLY[] = { "as", NULL };
        static const char *const AS_NOT[] = { "such", "follows", "well", NULL };
        if (has_span && r->last + 2 <= c->sent_last[s] &&
            is_word(c, r->last + 1) && key_is(c, r->last + 1, AS_ONLY) &&
            !(is_word(c, r->last + 2) && key_is(c, r->last + 2, AS_NOT))) {
            uint32_t f = r->last + 2, e = f;
            for (uint32_t t = f; t <= c->sent_last[s]; t++) {
                if (!is_word(c, t) && c->inquote[t] < 0 && c->qmark[t] < 0 &&
                    (is_comma(cp(c, t)) || is_final(cp(c, t))))
                    break;
                e = t;
            }
            if (!trim(c, &f, &e))
                return FSC_OK;
            return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                        q->stance, f, e, err);
        }
        uint32_t lo = c->sent_first[s], e = q->first;
        while (e > lo && is_word(c, e - 1) &&
               (key_is(c, e - 1, PASSIVE_AUX) || key_is(c, e - 1, BY_AUX) ||
                (ly_word(c, e - 1) && !cap_word(c, e - 1))))
            e--;
        if (e <= lo || !is_word(c, e - 1))
            return FSC_OK;
        e--;
        if (key_is(c, e, RELATIVES) && e > lo) {
            uint32_t u = e - 1;
            while (u > lo && !is_word(c, u) && is_comma(cp(c, u)))
                u--;
            if (!is_word(c, u))
                return FSC_OK;
            e = u;
        }
        uint32_t f = np_back(c, e, lo, 10);
        if (f == UINT32_MAX || !trim(c, &f, &e))
            return FSC_OK;
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, f, e, err);
    }
    /* "told The Boston Globe", "told her": the addressee belongs to the
     * block; what is told follows it or, with nothing after it, precedes
     * the cue */
    if (c->lang == LANG_EN && bl == q->last && lemma_is(c, q, "tell"))
        bl = en_addressee(c, bl, c->sent_last[s]);
    /* Content after the block: skip to after a complementizer within a
     * few words (sources, merged phrases and objects may stand before). */
    uint32_t a = bl + 1, b = c->sent_last[s];
    int found = 0;
    const char *const *starters = q->briefing ? BRIEFING_PREP : COMPLEMENTIZERS;
    const uint32_t starters_bit =
        (uint32_t)(q->briefing ? class_bit(BRIEFING_PREP)
                               : class_bit(COMPLEMENTIZERS));
    /* «...، هذا ما قاله X», «... . وهذا ما أكده الوزير»: what is said
     * comes before the cue, in its sentence or the one before (in the
     * same paragraph) */
    if (c->lang == LANG_AR && q->last > q->first + 1 &&
        key_is(c, q->first, AR_THIS_WHAT) && key_is(c, q->first + 1, AR_MA)) {
        uint32_t e = q->first, f;
        while (e > c->sent_first[s] && !is_word(c, e - 1))
            e--;
        if (e > c->sent_first[s]) {
            f = c->sent_first[s];
            e--;
        } else if (s > 0 &&
                   c->tok[c->sent_last[s - 1]].para == c->tok[q->first].para) {
            f = c->sent_first[s - 1];
            e = c->sent_last[s - 1];
        } else {
            return FSC_OK;
        }
        if (!trim(c, &f, &e))
            return FSC_OK;
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, f, e, err);
    }
    /* «Об этом сообщил X», «Это подтвердил X», «أوضح ذلك X»: the sentence
     * before */
    uint32_t ra, rb;
    if ((c->lang == LANG_RU && ru_anaphor_content(c, q, &ra, &rb)) ||
        (c->lang == LANG_AR && ar_this_content(c, q, &ra, &rb)))
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, ra, rb, err);
    /* «Информацию изданию подтвердили два источника»: the object before */
    if (c->lang == LANG_RU && ru_fronted_object(c, q, r, &ra, &rb))
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, ra, rb, err);
    /* «وذكرت الصحيفة أهم الأسباب، وهي كالتالي:» and the list or poem on
     * the lines after it */
    if (c->lang == LANG_AR && !q->briefing) {
        uint32_t la, lb;
        if (ar_colon_block(c, q, bl, &la, &lb) && trim(c, &la, &lb))
            return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                        q->stance, la, lb, err);
    }
    /* "call" labels its object: "what he calls political correctness",
     * "called the idea that ... a “ridiculous proposition”": the words
     * after it to a comma outside quotation marks; no complementizer */
    int labelling = lemma_is(c, q, "call");
    if (labelling) {
        uint32_t e = a;
        for (uint32_t t = a; t <= b; t++) {
            if (!is_word(c, t) && c->inquote[t] < 0 && c->qmark[t] < 0 &&
                (is_comma(cp(c, t)) || is_final(cp(c, t))) && t > a &&
                !name_link(c, t) /* "Mrs. Schlafly" */)
                break;
            /* a dash set off by spaces: "one he calls “Confident
             * America” - but it is not ..." */
            if (!is_word(c, t) && c->inquote[t] < 0 && c->qmark[t] < 0 &&
                t > a && is_dash(cp(c, t)) &&
                c->tok[t].off > c->tok[t - 1].off + c->tok[t - 1].len)
                break;
            e = t;
        }
        if (!trim(c, &a, &e))
            return FSC_OK;
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, a, e, err);
    }
    /* (Arabic: the subject's place, the addressee and a circumstantial
     * phrase may stand between: «وقالت مصادر في الحزب الجمهوري لـ"الشرق
     * الأوسط"، إنها ...», «وشدد X خلال لقائه ...، في الوقت ذاته على أن») */
    uint32_t max_w = c->lang == LANG_AR ? 16 : 5;
    /* «تعتبره المنظمات «حبرا على ورق»، مؤكدة ...»: a verb of considering
     * or describing whose predicate is a quotation; a comma after the
     * quotation ends what it reports */
    int predicate = c->lang == LANG_AR &&
                    (lemma_is(c, q, "اعتبر") || lemma_is(c, q, "وصف") ||
                     lemma_is(c, q, "عد") || lemma_is(c, q, "سمى"));
    int quoted = 0;
    for (uint32_t t = a, w = 0; t <= b && w < max_w; t++) {
        if (predicate && c->qmark[t] >= 0 && c->q->v[c->qmark[t]].open_tok != t)
            quoted = 1;
        if (predicate && quoted && !is_word(c, t) && c->qmark[t] < 0 &&
            c->inquote[t] < 0 && is_comma(cp(c, t)) && t > a) {
            b = t - 1;
            break;
        }
        /* a complementizer inside a quotation another cue has taken
         * («وقال "يجب ... أن ..."، هذا ما قاله X»): that cue reports it */
        /* (not the name of the medium addressed, «لتلفزيون «إن بي سي»،
         * إن ...»: stepped over) */
        if (key_in_bit(c, t, starters, starters_bit) && c->inquote[t] >= 0 &&
            c->lang == LANG_AR) {
            if (ar_channel_quote(c, &c->q->v[c->inquote[t]]))
                continue;
            return FSC_OK;
        }
        /* «..., إلا أن»: the writer's "but", not the cue's «أن» */
        if (c->lang == LANG_AR && ar_illa_anna(c, t))
            break;
        /* («إلى» opens what is said right after the cue, «أشار إلى», or
         * before «أن»; not «طالب ... بالتأهل إلى الدور النهائي») */
        if (key_in_bit(c, t, starters, starters_bit) && c->lang == LANG_AR &&
            !q->briefing && key_is(c, t, AR_ILA) && t > bl + 1 &&
            !takes_ila(c, q) &&
            !(t + 1 <= b && is_compl(c, t + 1) && !key_is(c, t + 1, AR_ILA)))
            continue;
        if (key_in_bit(c, t, starters, starters_bit)) {
            a = t + 1;
            found = 1;
            while (a <= b && is_compl(c, a))
                a++;
            break;
        }
        /* «وقال الوزير، بحسب الوكالة، إن ...»: an according-to phrase
         * set off by commas right before the complementizer is stepped
         * over */
        if (c->lang == LANG_AR && c->cue_at[t] >= 0 &&
            !c->cues[c->cue_at[t]].skip &&
            c->cues[c->cue_at[t]].kind == FSC__CUE_ACCORDING && t > a &&
            !is_word(c, t - 1) && is_comma(cp(c, t - 1))) {
            uint32_t u = t + 1;
            while (u <= b && u < t + 10 && is_word(c, u))
                u++;
            if (u < b && u < t + 10 && is_comma(cp(c, u)) &&
                is_word(c, u + 1) &&
                (is_compl(c, u + 1) ||
                 (key_is(c, u + 1, AR_ALA_CONTENT) && u + 2 <= b &&
                  is_word(c, u + 2) && is_compl(c, u + 2)))) {
                t = u;
                continue;
            }
        }
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS)
            break;
        if (is_word(c, t) && c->cand_at[t] < 0 && c->cue_at[t] < 0)
            w++;
        /* a colon opens what is said: «وقالت "أم فاطمة" معلمة: نعيش ...»;
         * not after «بعنوان», a title follows */
        if (!is_word(c, t) && cp(c, t) == ':' && t > 0 &&
            key_is(c, t - 1, TITLE_INTRO))
            break;
        if (!is_word(c, t) && cp(c, t) == ':' && t < b) {
            a = t + 1;
            found = 1;
            /* «وقال X: إن ...»: the complementizer right after the colon
             * too (not inside a quotation that opens there) */
            if (c->lang == LANG_AR && a <= b && is_word(c, a) &&
                is_compl(c, a) && a + 1 <= b)
                a++;
            break;
        }
        /* «заявил, что»: the comma before a complementizer is no stop */
        if (!is_word(c, t) && (is_final(cp(c, t)) || cp(c, t) == ':' ||
                               (c->lang != LANG_AR && is_comma(cp(c, t)) &&
                                !(t + 1 <= b && is_compl(c, t + 1)))))
            break;
    }
    /* «وأوضحت الدراسة التي نشرت أمس أن ...», «وأكد X، الذي ...، في مؤتمر
     * صحافي أن»: a relative clause on the subject before what is said;
     * the complementizer after it opens the content (within 40 words, no
     * other cue but the relative clause's own verb) */
    if (!found && c->lang == LANG_AR && !q->briefing && a <= b &&
        is_word(c, a) && key_is(c, a, RELATIVES)) {
        for (uint32_t t = a + 1, w = 0; t <= b && w < 40; t++) {
            if (!is_word(c, t)) {
                if (is_final(cp(c, t)) || cp(c, t) == ':')
                    break;
                continue;
            }
            w++;
            if (c->inquote[t] >= 0)
                continue;
            if (is_compl(c, t) && !key_is(c, t, AR_ILA)) {
                if (t + 1 <= b) {
                    a = t + 1;
                    found = 1;
                }
                break;
            }
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip && w > 1)
                break;
        }
    }
    /* «شدد»/«أكد» take «على أن» (or «على ضرورة», AR_STRESSED), which may
     * follow a long circumstance
     * (a press conference, its place and its guests): the first «على أن»
     * of the sentence with no other cue before it */
    if (!found && c->lang == LANG_AR &&
        (lemma_is(c, q, "شدد") || lemma_is(c, q, "أكد"))) {
        for (uint32_t t = a, w = 0; t < b && w < 64; t++) {
            if (!is_word(c, t))
                continue;
            w++;
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
                break;
            char k[KEY_CAP];
            fold_tok(c, t, k);
            if (strcmp(k, "علي") == 0 && t + 1 <= b && is_word(c, t + 1) &&
                (is_compl(c, t + 1) || key_is(c, t + 1, AR_STRESSED))) {
                /* «على أن ...»: after the complementizer; «على ضرورة
                 * ...»: the stressed noun opens what is reported */
                a = is_compl(c, t + 1) ? t + 2 : t + 1;
                found = 1;
                break;
            }
        }
    }
    /* "said on his official Twitter feed that ...", "declared in a heated
     * argument with X that ...": a circumstance longer than the window
     * above, then the complementizer; what is said follows it */
    if (!found && !q->briefing && c->lang == LANG_EN) {
        uint32_t t = en_that_after_circumstance(c, a, b);
        if (t != UINT32_MAX) {
            a = t + 1;
            found = 1;
        }
    }
    if (q->briefing && !found)
        return FSC_OK;
    /* the channel is not what is said: «وقال X لصحيفة الحياة «...»» */
    if (!found && c->lang == LANG_AR) {
        uint32_t ca, cb;
        if (channel_of(c, q->first, q->last, r->first, r->last, &ca, &cb) &&
            ca <= a + 1 && cb >= a && cb < b)
            a = cb + 1;
    }
    /* «أعلنت الوزارة أمس الجمعة عن مقتل ...», «أعلنت النقابة في مصر عن
     * تضامنها»: a time or a short place phrase before the «عن» that
     * «أعلن», «كشف», «أعرب» take is no part of what is said */
    if (!found && c->lang == LANG_AR &&
        (lemma_is(c, q, "أعلن") || lemma_is(c, q, "كشف") ||
         lemma_is(c, q, "أعرب") || lemma_is(c, q, "عبر")) &&
        a <= b && is_word(c, a) && key_in(c, a, ADVERBIAL)) {
        /* (it opens with «أمس», «اليوم», «في», «خلال»: not the object,
         * «أعلنت مسؤوليتها عن الهجوم») */
        for (uint32_t t = a, w = 0; t <= b && w < 4; t++) {
            if (!is_word(c, t))
                break;
            char k[KEY_CAP];
            fold_tok(c, t, k);
            if (strcmp(k, "عن") == 0) {
                if (t > a)
                    a = t;
                break;
            }
            if (c->cue_at[t] >= 0 || is_compl(c, t))
                break;
            w++;
        }
    }
    /* «أعلنت الوزارة الثلاثاء ضبط 13 ...»: a time after the subject is
     * no part of what is said (ar_time_content_start, time_ar.c) */
    if (!found && c->lang == LANG_AR)
        a = ar_time_content_start(c, a, b);
    /* «كشفت الوزارة عن إطلاق ...»: the preposition the verb takes is no
     * part of what is said */
    if (!found && c->lang == LANG_AR && a <= b && is_word(c, a)) {
        char k[KEY_CAP];
        fold_tok(c, a, k);
        /* «أعرب فيه عن»: the resumptive pronoun too */
        if ((strcmp(k, "فيه") == 0 || strcmp(k, "فيها") == 0) && a + 1 <= b &&
            is_word(c, a + 1)) {
            a++;
            fold_tok(c, a, k);
        }
        if (strcmp(k, "عن") == 0 || strcmp(k, "علي") == 0 ||
            strcmp(k, "الي") == 0)
            a++;
    }
    /* "..., foreign ministry spokesman Benali Cherif said Thursday.": the
     * words between a comma and the name before the cue describe the
     * speaker; the block starts after the comma (not over a conjunction,
     * a preposition, a pronoun or a relative: "..., but Ortiz said", "...,
     * which most voters opposed") */
    if (c->lang == LANG_EN && has_span && r->last < q->first) {
        uint32_t u = bf, w = 0;
        while (u > c->sent_first[s] && w < 6 && is_word(c, u - 1) &&
               c->cue_at[u - 1] < 0 && !is_compl(c, u - 1) &&
               !key_is(c, u - 1, NP_STOP) && !key_in(c, u - 1, PRONOUNS) &&
               !key_is(c, u - 1, RELATIVES))
            u--, w++;
        /* (after a clause of four words or before a comma that closes a
         * parenthetical cue: not "In Ontario, police spokesman X stated
         * to the CBC that ...") */
        uint32_t n = q->last + 1;
        if (w > 0 && u > c->sent_first[s] + 1 && !is_word(c, u - 1) &&
            is_comma(cp(c, u - 1)) &&
            (words_in(c, c->sent_first[s], u - 2) >= 4 ||
             (n <= c->sent_last[s] && !is_word(c, n) && is_comma(cp(c, n)))))
            bf = u;
    }
    /* «...، كما أعلنت الوزارة.», "as the ministry announced": «كما»
     * between a comma and an Arabic verb-first cue belongs to the block
     * set after what it reports */
    int kama = bf == q->first && ar_kama_postposed(c, bf, s);
    uint32_t pf = kama ? bf - 2 : bf > c->sent_first[s] ? bf - 1 : UINT32_MAX;
    uint32_t before =
        pf != UINT32_MAX ? words_in_cap(c, c->sent_first[s], pf, 3, 1) : 0;
    /* The tail: words after the block up to a comma, a cue or the end. */
    uint32_t tail = 0, tail_first = UINT32_MAX, tail_stop = UINT32_MAX;
    for (uint32_t t = bl + 1; t <= b; t++) {
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t)) || is_final(cp(c, t))) {
                tail_stop = t;
                break;
            }
            continue;
        }
        if (c->cue_at[t] >= 0) {
            if (!c->cues[c->cue_at[t]].skip)
                break;
            continue;
        }
        if (tail_first == UINT32_MAX)
            tail_first = t;
        tail++;
    }
    /* "the pact, which Ortiz opposed.", "what she believes remains a
     * mystery": the relative word before the subject is what the verb
     * takes (en_relative_object) */
    uint32_t rel;
    if (!found && !q->briefing && c->lang == LANG_EN &&
        en_relative_object(c, q, r, &rel))
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, rel, rel, err);
    int inverted = 0, dash = 0;
    /* «إلى ذلك، أعلن ...», «من جهته، قال ...»: a short opener and a comma
     * before an Arabic verb-first clause report nothing */
    int opener = c->lang == LANG_AR && pf != UINT32_MAX && !is_word(c, pf) &&
                 is_comma(cp(c, pf)) && bf == q->first && !kama &&
                 words_in(c, c->sent_first[s], pf) <= 3;
    /* «...، إذ اعترف X، بهزائم ...», «...، حيث أجاب X، على سؤال»: a
     * conjunction right before an Arabic verb-first cue opens a clause of
     * its own, whose report follows it; the words before are no content
     * of a postposed cue */
    if (c->lang == LANG_AR && bf == q->first && pf != UINT32_MAX &&
        is_word(c, pf) && key_is(c, pf, AR_CLAUSE_HEAD))
        opener = 1;
    if (!found && !q->briefing && before >= 2 && !opener) {
        uint32_t pc = pf != UINT32_MAX && !is_word(c, pf) ? cp(c, pf) : 0;
        int punct = pc && (is_comma(pc) || is_dash(pc) || c->qmark[pf] >= 0);
        int sep = pc && (is_comma(pc) || is_dash(pc));
        /* "..., said Lavrov ...", «..., заявил Лавров журналистам»: the verb
         * right after the comma. "..., Lavrov said." / "..., Lavrov said on
         * Tuesday": the name first, then nothing or an adverbial. */
        int verb_first = bf == q->first;
        /* ", accusing Sanders's followers of sexism", ", pointing to
         * author J.K. Rowling's revelation": an English participle after
         * the comma heads a clause of its own, whose object is what it
         * reports (", adding." with nothing after it still looks back) */
        int en_part = c->lang == LANG_EN && q->form == FSC__FORM_PARTICIPLE;
        /* (English: not after a phrase that only opens the sentence, "In
         * a changing economy, voters believe.": en_lead_phrase) */
        int lead = c->lang == LANG_EN && pf > c->sent_first[s] &&
                   en_lead_phrase(c, c->sent_first[s], pf - 1);
        /* (after «كما», a source and at most a time, an adverb, the
         * channel or a relative clause on the source: «، كما أعلنت
         * الوزارة أمس الجمعة.»; not an object, «، كما أدانت الرابطة
         * التفجير») */
        if (kama)
            inverted =
                sep && has_span &&
                (tail == 0 || key_is(c, tail_first, RELATIVES) ||
                 (tail <= 3 && (key_in(c, tail_first, ADVERBIAL) ||
                                c->tok[tail_first].kind == FSC__TOK_NUMBER ||
                                ar_channel_at(c, tail_first)))) &&
                ((tail_first != UINT32_MAX &&
                  key_is(c, tail_first, RELATIVES)) ||
                 kama_end(c, tail_stop, b));
        else if (tail == 0 && !lead)
            inverted = 1;
        else if (en_part && sep && verb_first)
            inverted = 0;
        else if (sep && verb_first && c->lang != LANG_AR &&
                 /* (not "X, who ..., said the party would ...", whose
                  * subject was not found: a clause, not a name,
                  * follows) */
                 !(c->lang == LANG_EN && tail > 3 && !cap_word(c, tail_first)))
            inverted = 1;
        /* (not an Arabic participle: the words after it are its object,
         * «...، مشيدا بدور الأمير»; «...، مضيفا.» has none) */
        else if (sep && verb_first && tail <= 2 &&
                 !(c->lang == LANG_AR && q->form == FSC__FORM_PARTICIPLE))
            inverted = 1;
        /* (a pronoun with no antecedent, "..., he said Tuesday at a
         * rally.", is a subject as well; not a cue with none) */
        /* (not after a phrase that only opens the sentence, "In a
         * changing economy, voters believe in ...": en_lead_phrase) */
        else if (punct && (r->kind != FSC__SRC_UNRESOLVED || has_span) &&
                 !en_infinitive(c, tail_first, b) && !lead &&
                 ((key_in(c, tail_first, ADVERBIAL) &&
                   !this_not_time(c, tail_first)) ||
                  (key_is(c, tail_first, TIME_WORDS) &&
                   (tail <= 2 ||
                    (tail_first + 1 <= b && is_word(c, tail_first + 1) &&
                     key_in(c, tail_first + 1, ADVERBIAL))))))
            inverted = 1; /* "..., the airline said Thursday.", "...,
                             Ortiz said Tuesday in Lisbon." */
        /* Russian direct speech without marks: «Мы готовы, — заявил». */
        dash = punct && is_dash(pc);
    }
    /* A parenthetical cue: "In his state, Christie said, offenders are
     * sent ...", "Police, Smith says, have ...": the content is the
     * sentence on both sides of it, two segments. */
    uint32_t after = bl + 1, p2a = UINT32_MAX, p2b = 0;
    if (!found && !q->briefing && pf != UINT32_MAX && !is_word(c, pf) &&
        is_comma(cp(c, pf)) && before >= 1 && after <= b &&
        !is_word(c, after) && is_comma(cp(c, after)) && c->lang != LANG_AR) {
        uint32_t x = after + 1, y = b;
        int cue_in = 0;
        for (uint32_t t = x; t <= y; t++) {
            if (c->cue_at[t] < 0 || c->cues[c->cue_at[t]].skip)
                continue;
            /* English: "His wife, he says, plans to leave", "..., she
             * said, was a question at a town hall, when a man asked":
             * a cue inside the rest of the sentence leaves it the second
             * segment, up to the comma before a cue that opens a clause
             * of its own (a comma at most one word before it) */
            if (c->lang == LANG_EN) {
                uint32_t u = t, v;
                while (u > x && c->cue_at[u - 1] == c->cue_at[t])
                    u--;
                v = u;
                if (v > x && is_word(c, v - 1))
                    v--;
                if (v - 1 > x && !is_word(c, v - 1) && is_comma(cp(c, v - 1))) {
                    y = v - 2;
                    break;
                }
                continue;
            }
            cue_in = 1;
        }
        if (!cue_in && words_in(c, x, y) >= 2 && trim(c, &x, &y) &&
            !(c->lang == LANG_EN && bf == q->first &&
              r->kind != FSC__SRC_UNRESOLVED && en_apposition(c, x))) {
            inverted = 1;
            p2a = x;
            p2b = y;
        }
    }
    srcres rr = *r;
    uint8_t kind = FSC__ATTR_INDIRECT;
    if (inverted) {
        a = c->sent_first[s];
        b = pf;
        /* «... на форуме. — Бюджет сбалансирован, — заявил он»: the
         * speech opens at the dash after the sentence's end */
        if (dash)
            a = ru_dash_reopen(c, a, pf);
        if (rr.rule && strcmp(rr.rule, "name_said") == 0 &&
            rr.conf > FSC__CONF_INVERTED)
            rr.conf = FSC__CONF_INVERTED;
        if (rr.rule && (strcmp(rr.rule, "name_said") == 0 ||
                        strcmp(rr.rule, "said_name") == 0))
            rr.rule = "inverted";
        if (dash)
            kind = FSC__ATTR_DIRECT;
    }
    if (q->briefing) {
        rr.conf = FSC__CONF_BRIEFING;
        rr.rule = "briefing";
    }
    if (!inverted && c->lang == LANG_EN && a <= b && b != UINT32_MAX) {
        /* "said on Friday he can ...", "said Tuesday that": the time
         * after the verb is not what is said */
        if (!found && is_word(c, a) && key_is(c, a, ON_WORD) && a + 1 < b &&
            key_is(c, a + 1, TIME_WORDS))
            a += 2;
        else if (!found && is_word(c, a) && key_is(c, a, TIME_WORDS) && a < b)
            a += 1;
        /* "While the consensus says birds evolved from dinosaurs, there
         * are ...": a report inside a subordinate clause ends with it */
        uint32_t f = c->sent_first[s];
        while (f < q->first && !is_word(c, f))
            f++;
        /* (bounded: a clause of at most 64 tokens before the cue, a comma
         * within 256 after the content's start) */
        if (f < q->first && q->first - f <= 64 && key_is(c, f, SUBORDINATORS)) {
            int comma_before = 0;
            for (uint32_t t = f; t < q->first; t++)
                if (!is_word(c, t) && c->inquote[t] < 0 && is_comma(cp(c, t)))
                    comma_before = 1;
            if (!comma_before)
                for (uint32_t t = a; t <= b && t < a + 256; t++)
                    if (!is_word(c, t) && c->inquote[t] < 0 &&
                        c->qmark[t] < 0 && is_comma(cp(c, t))) {
                        b = t - 1;
                        break;
                    }
        }
    }
    if (b == UINT32_MAX || !trim(c, &a, &b))
        return FSC_OK;
    /* «Представитель МИД заявил, что Москва ответит.»: in Russian what
     * comes before a postposed cue never ends in «что»; the cue stands
     * inside what the first verb reports (English "that" ending the words
     * before may be a relative or a demonstrative: "the things that
     * Trump has said", "And that, Mr. X said, was") */
    if (inverted && c->lang == LANG_RU && is_word(c, b) && is_compl(c, b))
        return FSC_OK;
    /* Arabic: with no complementizer the object ends before a clause of
     * the writer's (ar_object_end) */
    if (c->lang == LANG_AR && !found && !inverted &&
        kind == FSC__ATTR_INDIRECT && p2a == UINT32_MAX)
        b = ar_object_end(c, a, b);
    /* "The party, which describes itself as centrist, advocates ...": a
     * report inside a relative clause set off by commas ends with the
     * clause, at its closing comma; so whatever source the cue was given
     * (in_set_off_relative) */
    if (c->lang == LANG_EN && kind != FSC__ATTR_DIRECT && rr.rule &&
        strcmp(rr.rule, "relative") == 0 && rr.first == rr.last &&
        rr.first > c->sent_first[s] && !is_word(c, rr.first - 1) &&
        is_comma(cp(c, rr.first - 1))) {
        if (!end_at_comma(c, &a, &b))
            return FSC_OK;
    } else if (c->lang == LANG_EN && kind != FSC__ATTR_DIRECT && !inverted &&
               in_set_off_relative(c, q)) {
        if (!end_at_comma(c, &a, &b))
            return FSC_OK;
    }
    /* "Trump said on Twitter.", "Sessions said as he launched the
     * process", "what he said this week", "wrote in a court filing",
     * "conceded when polls closed": a circumstance after the verb and no
     * complementizer; nothing said is reported here */
    int say = lemma_is(c, q, "say");
    if (!inverted && !found && c->lang == LANG_EN && kind != FSC__ATTR_DIRECT &&
        ((say && (key_is(c, a, CIRCUMSTANCE) || only_time(c, a, b))) ||
         key_is(c, a, CLAUSE_CIRC) ||
         (en_communication(c, q) && key_is(c, a, CIRCUMSTANCE)))) {
        /* ... unless a complementizer follows the circumstance: "said
         * during his victory speech Tuesday that ...", "said on NBC's
         * ''Meet the Press'' on Sunday that ..." */
        uint32_t t = a;
        while (t <= b && t < a + 24 && !(is_word(c, t) && is_compl(c, t)))
            t++;
        if (t > b || t >= a + 24 || t + 1 > b)
            return FSC_OK;
        a = t + 1;
        if (!trim(c, &a, &b))
            return FSC_OK;
    }
    /* "declined to comment for this story", "declined to comment, and
     * ...": what is declined is to comment; the rest is a circumstance
     * or another clause ("to comment on the plan" keeps its topic) */
    if (!inverted && c->lang == LANG_EN && kind == FSC__ATTR_INDIRECT &&
        lemma_is(c, q, "decline") && a < b && is_word(c, a) &&
        key_is(c, a, COMMENT_WORD) &&
        (key_is(c, a + 1, FOR_WORD) ||
         (!is_word(c, a + 1) && is_comma(cp(c, a + 1)))))
        b = a;
    /* no complementizer: the verb's object, to the end of its clause
     * (en_object_end) */
    if (!inverted && !found && c->lang == LANG_EN &&
        kind == FSC__ATTR_INDIRECT && p2a == UINT32_MAX &&
        q->cls != FSC__CLS_EVIDENTIAL)
        if (!en_object_end(c, q, &a, &b))
            return FSC_OK;
    /* "favored Trump 46 percent to 32 percent": a position's object */
    if (!inverted && !found && c->lang == LANG_EN &&
        kind == FSC__ATTR_INDIRECT && p2a == UINT32_MAX && a < b) {
        b = en_position_object_end(c, q, a, b);
        if (!trim(c, &a, &b))
            return FSC_OK;
    }
    /* "expressed discomfort with Trump": the noun of the attitude and its
     * preposition go with the cue, what the attitude is toward is the
     * content (en_attitude_prep) */
    uint32_t cue_last = q->last;
    if (!inverted && !found && c->lang == LANG_EN &&
        kind == FSC__ATTR_INDIRECT && p2a == UINT32_MAX && a == bl + 1) {
        uint32_t pr = en_attitude_prep(c, q, a, b);
        if (pr != UINT32_MAX) {
            /* (a noun cue in it, "support for", is this cue's) */
            for (uint32_t t = a; t <= pr; t++)
                if (c->cue_at[t] >= 0 && &c->cues[c->cue_at[t]] != q)
                    c->cues[c->cue_at[t]].skip = 1;
            if (bl == q->last)
                cue_last = pr;
            a = pr + 1;
        }
    }
    /* a clause, an infinitive or an object ends before the sentence's own
     * circumstance, clause or main verb (en_content_end) */
    if (!inverted && c->lang == LANG_EN && kind == FSC__ATTR_INDIRECT &&
        p2a == UINT32_MAX && q->cls != FSC__CLS_EVIDENTIAL)
        b = en_content_end(c, q, &rr, a, b, found);
    /* "Investors seem to agree", "Washington appears weak": with a verb
     * of seeming the subject belongs to what seems so ("investors agree");
     * it is a further segment before the content */
    uint32_t subj_a = UINT32_MAX, subj_b = 0;
    if (!inverted && c->lang == LANG_EN && kind == FSC__ATTR_INDIRECT &&
        q->cls == FSC__CLS_EVIDENTIAL && p2a == UINT32_MAX)
        subj_a = en_seeming_subject(c, q, &subj_b);
    /* ("Trump, who seems mired in the polls, has ...": the relative
     * clause ends at its closing comma) */
    if (subj_a != UINT32_MAX && subj_a == subj_b &&
        key_is(c, subj_a, RELATIVES) && subj_a > 0 && !is_word(c, subj_a - 1) &&
        is_comma(cp(c, subj_a - 1)))
        if (!end_at_comma(c, &a, &b))
            return FSC_OK;
    fsc_status st =
        emit(c, kind, &rr, q->idx, q->first, cue_last, q->stance, a, b, err);
    if (st == FSC_OK && subj_a != UINT32_MAX &&
        add_seg(c, &c->out->v[c->out->n - 1], subj_a, subj_b) < 0)
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    if (st == FSC_OK && p2a != UINT32_MAX &&
        add_seg(c, &c->out->v[c->out->n - 1], p2a, p2b) < 0)
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    return st;
}

/* English: does an attribution starting at token bnd inside the
 * that-clause x reports lie within that clause? "say that Gov. X, who
 * ..., has revealed", "noted that CNN's Chris Moody had tweeted", "said
 * that the unions “have too often ...”": with no comma, dash or
 * coordinating conjunction right before it, it is a report nested in what
 * x reports (x's content goes on over it, and it stays a record of its
 * own); after one ("said that ..., and Y said", "that ...; Y added") it
 * begins a clause of its own and ends x's content. */
static int nested_in_clause(const ctx *c, const fsc__attribution *x,
                            uint32_t bnd)
{
    uint32_t f = x->content_first_tok;
    if (c->lang != LANG_EN || f == 0 || bnd <= f || !is_word(c, f - 1) ||
        !is_compl(c, f - 1) || !key_is(c, f - 1, THAT_ONLY))
        return 0;
    uint32_t p = bnd - 1;
    return is_word(c, p) && !key_in(c, p, COORD);
}

/* Trim indirect content at the next attribution of its sentence. */
void trim_contents(ctx *c)
{
    fsc__attribs *o = c->out;
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution *x = &o->v[i];
        if (x->kind == FSC__ATTR_ACCORDING)
            continue;
        if (x->cue_first_tok > x->cue_last_tok ||
            x->content_first_tok < x->cue_first_tok)
            continue; /* content before the cue or a quote */
        if (x->kind == FSC__ATTR_DIRECT)
            continue;
        uint32_t lim = x->content_last_tok;
        /* records are in text order here and contents are local: the
         * neighbours within NESTED_WINDOW are the ones that can cut x */
        size_t jlo = i > NESTED_WINDOW ? i - NESTED_WINDOW : 0;
        size_t jhi = i + NESTED_WINDOW < o->n ? i + NESTED_WINDOW : o->n;
        for (size_t j = jlo; j < jhi; j++) {
            const fsc__attribution *y = &o->v[j];
            if (j == i || y->cue_first_tok > y->cue_last_tok)
                continue;
            /* (the boundary below is never after y's cue: a cue at or
             * before x's content start cuts nothing) */
            if (y->cue_first_tok <= x->content_first_tok)
                continue;
            /* "said she asked for it because she wanted to ...": an
             * English attitude with no holder of its own is part of the
             * report around it (drop_nested_attitudes() folds it), it does
             * not end it */
            if (c->lang == LANG_EN && y->kind == FSC__ATTR_INDIRECT &&
                !coordinated_report(y) &&
                (y->cue_cls == FSC__CLS_STANCE ||
                 y->cue_cls == FSC__CLS_BELIEF) &&
                (y->form == FSC__SF_PRONOUN || y->form == FSC__SF_DROPPED ||
                 y->form == FSC__SF_UNRESOLVED))
                continue;
            /* "stated it was to punish the mayor for refusing to ...": a
             * participle whose source is the object of a verb in x's
             * content is part of it */
            if (y->rule && strcmp(y->rule, "participle_object") == 0)
                continue;
            /* "found that 28 percent supported Trump, while 23 percent
             * favored Cruz": a position held is part of the report */
            if (en_position_in_report(c, x, y))
                continue;
            uint32_t bnd = y->cue_first_tok;
            /* (a coordinated report's source is the subject of the verb
             * before it: the conjunction is the boundary) */
            if (!coordinated_report(y) && y->src_first_tok <= y->src_last_tok &&
                y->src_first_tok < bnd && y->src_first_tok > x->cue_last_tok)
                bnd = y->src_first_tok;
            if (y->kind == FSC__ATTR_DIRECT &&
                y->content_first_tok > x->content_first_tok &&
                y->content_first_tok < bnd)
                bnd = y->content_first_tok > 0 ? y->content_first_tok - 1 : 0;
            /* "criticized what she called the angry rhetoric": a report
             * in a free relative ("what" + its subject and verb) is part
             * of the object, it does not end it */
            if (c->lang == LANG_EN && bnd > x->content_first_tok &&
                is_word(c, bnd - 1) && key_is(c, bnd - 1, WHAT_WORD))
                continue;
            /* «صرح X أن ...، وإنها تتوقع ...», «أن تكون ...، وأن يتفق
             * الأطراف»: a report right after «وأن»/«وإن» is inside a
             * further that-clause of the same content, which goes on over
             * it */
            if (c->lang == LANG_AR && bnd > x->content_first_tok + 1 &&
                is_word(c, bnd - 1) && key_is(c, bnd - 1, AR_AND_THAT))
                continue;
            if (bnd > x->content_first_tok && bnd <= lim &&
                !nested_in_clause(c, x, bnd))
                lim = bnd - 1;
        }
        uint32_t a = x->content_first_tok, b = lim;
        /* "has said that while he fears ..., ''I've never seen ...''": a
         * report that would leave only the subordinator is inside this
         * content, it does not end it */
        if (c->lang == LANG_EN && lim < x->content_last_tok &&
            trim(c, &a, &b) && a == b && key_is(c, a, SUBORDINATORS))
            continue;
        a = x->content_first_tok;
        b = lim;
        if (trim(c, &a, &b)) {
            /* and a dangling conjunction */
            char key[KEY_CAP];
            fold_tok(c, b, key);
            if (b > a && (strcmp(key, "and") == 0 || strcmp(key, "и") == 0 ||
                          strcmp(key, "а") == 0)) {
                b--;
                trim(c, &a, &b);
            }
            /* (and an Arabic «بينما», «فيما», «في حين», «إذ», «حيث»
             * before the clause that ended it) */
            if (c->lang == LANG_AR && b > a &&
                (key_is(c, b, AR_WHEREAS) || key_is(c, b, AR_CLAUSE_HEAD))) {
                b--;
                if (b > a && key_is(c, b, AR_FI_WORD2))
                    b--;
                trim(c, &a, &b);
            }
            x->content_last_tok = b;
        }
    }
}

void fsc__attrib_name_tokens(const fsc__attribution *a, uint32_t *first,
                             uint32_t *last)
{
    if (a->rname_first_tok <= a->rname_last_tok) {
        *first = a->rname_first_tok;
        *last = a->rname_last_tok;
    } else if (a->res_first_tok <= a->res_last_tok) {
        *first = a->res_first_tok;
        *last = a->res_last_tok;
    } else if (a->source_kind == FSC__SRC_NAMED) {
        *first = a->name_first_tok;
        *last = a->name_last_tok;
    } else {
        *first = 1;
        *last = 0;
    }
}
