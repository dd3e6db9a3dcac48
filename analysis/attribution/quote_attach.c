/*
 * quote_attach.c - stage 4, quotations: which cue or speaker a quotation
 * takes (after its closing mark, before its opening mark, a colon, a dash,
 * a paragraph-closing colon), quotations that are titles or whole
 * sentences, and the joining of a report's continuations (split and
 * continued quotations, dash paragraphs) into one attribution.
 */
#include "attrib_int.h"

/* English verbs that take the person spoken to as their object ("told
 * reporters", "asked the crowd", "assured voters"). */
static int addressee_verb(const ctx *c, const icue *q)
{
    return lemma_is(c, q, "tell") || lemma_is(c, q, "ask") ||
           lemma_is(c, q, "remind") || lemma_is(c, q, "assure") ||
           lemma_is(c, q, "warn") || lemma_is(c, q, "urge") ||
           lemma_is(c, q, "promise");
}

/* Arabic cue x is a verb with the conjunction و its lemma lacks
 * («وثمن», «وأضاف»; not «وصف», «وعد»). */
static int ar_wa_verb(const ctx *c, const icue *x)
{
    char k[KEY_CAP], lk[KEY_CAP];
    if (x->form != FSC__FORM_VERB || x->idx < 0 ||
        (size_t)x->idx >= c->n_in_cues || !c->in_cues[x->idx].lemma ||
        strlen(c->in_cues[x->idx].lemma) >= KEY_CAP)
        return 0;
    fold_tok(c, x->first, k);
    fsc__token lt = { 0 };
    lt.len = (uint32_t)strlen(c->in_cues[x->idx].lemma);
    fold_key(c->in_cues[x->idx].lemma, &lt, lk);
    return starts(k, "و") && !starts(lk, "و") && strlen(k) >= 6;
}

/* Is this speech cue fit to introduce a quote? */
static int speech_cue(const icue *q, int nested)
{
    return !q->skip && !q->briefing && q->inq == (nested ? 1 : 0) &&
           (q->kind == FSC__CUE_SPEECH || q->self_anon ||
            q->kind == FSC__CUE_ACCORDING);
}

/*
 * Russian author's words inside one pair of quotation marks: «Работы
 * много, — сказал глава района Иван Орлов, — но мы справимся» or «... ,
 * — заявила она. — ...»: after a comma, «!», «?» or «…» a dash, a speech
 * verb right after it, and a second dash after a comma or a full stop
 * within 16 tokens. Returns the cue's index (-1: none); *d1 and *d2 are
 * the two dashes.
 */
int32_t ru_inner_cue(const ctx *c, const fsc__quote *qu, uint32_t *d1,
                     uint32_t *d2)
{
    if (c->lang != LANG_RU || qu->close_tok == UINT32_MAX ||
        qu->last_tok >= c->n_tok)
        return -1;
    for (uint32_t t = qu->first_tok + 1; t + 2 < qu->last_tok; t++) {
        if (is_word(c, t) || !is_dash(cp(c, t)) || is_word(c, t - 1))
            continue;
        uint32_t pc = cp(c, t - 1);
        if (!(is_comma(pc) || pc == '!' || pc == '?' || pc == 0x2026))
            continue;
        int32_t ci = c->cue_at[t + 1];
        if (ci < 0)
            continue;
        const icue *x = &c->cues[ci];
        if (x->first != t + 1 || x->skip || x->kind != FSC__CUE_SPEECH ||
            x->form != FSC__FORM_VERB)
            continue;
        for (uint32_t u = x->last + 1; u < qu->last_tok && u <= x->last + 16;
             u++) {
            if (is_word(c, u))
                continue;
            if (c->qmark[u] >= 0)
                break;
            if (is_dash(cp(c, u)) && !is_word(c, u - 1) &&
                (is_comma(cp(c, u - 1)) || cp(c, u - 1) == '.')) {
                *d1 = t;
                *d2 = u;
                return ci;
            }
        }
    }
    return -1;
}

/* A quotation opens right after token t, or after a colon there
 * («مضيفا «...»», «مضيفا: "..."»). */
static int ar_quote_opens_after(const ctx *c, uint32_t t)
{
    uint32_t u = t + 1;
    if (u < c->n_tok && !is_word(c, u) && cp(c, u) == ':')
        u++;
    return u < c->n_tok && c->qmark[u] >= 0 &&
           c->q->v[c->qmark[u]].open_tok == u;
}

/* English subject pronouns that open a clause of their own right after a
 * verb ('"...," he said he would', 'said they had'). */
static const char *const EN_CLAUSE_PRONOUNS[] = { "he", "she",   "they",
                                                  "we", "i",     "you",
                                                  "it", "there", NULL };

/*
 * English: cue x, after the quotation qu, has a report of its own after
 * it, so it does not take the quotation before it. The quotation is then
 * a phrase in the writer's sentence (a title in a subject's apposition,
 * 'Trump, star of "The Apprentice," said in an interview that ...') or
 * the object of an earlier verb ('declaring it "another super Tuesday"
 * and said it was ...'):
 * - a "that" after the cue in its clause, within 12 tokens, no comma,
 *   colon, quotation mark or other cue before it ('said in an interview
 *   with The Washington Post that');
 * - a subject pronoun right after the cue and a word after it ('said he
 *   was convinced'; not '"...," she called it.');
 * - only "and"/"but" between the quotation's closing mark and the cue
 *   (a second verb of the subject before the quotation).
 */
static int en_cue_reports_after(const ctx *c, const fsc__quote *qu,
                                const icue *x)
{
    if (c->lang != LANG_EN)
        return 0;
    uint32_t s = sent_of(c, x->first);
    uint32_t u = x->last + 1;
    if (u + 1 < c->n_tok && sent_of(c, u + 1) == s && is_word(c, u) &&
        key_is(c, u, EN_CLAUSE_PRONOUNS) && is_word(c, u + 1) &&
        c->inquote[u] < 0)
        return 1;
    for (uint32_t t = u;
         t < c->n_tok && t <= x->last + 12 && sent_of(c, t) == s; t++) {
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            if (is_comma(ch) || is_final(ch) || ch == ':' || ch == ';' ||
                c->qmark[t] >= 0)
                break;
            continue;
        }
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            break;
        if (is_compl(c, t) && c->inquote[t] < 0)
            return 1;
    }
    uint32_t words = 0;
    int coord = 0;
    for (uint32_t t = qu->close_tok + 1; t < x->first; t++) {
        if (!is_word(c, t))
            continue;
        words++;
        coord = key_is(c, t, COORD);
    }
    return words == 1 && coord;
}

/*
 * English: quotation qu opens right after a word of a clause that a
 * speech verb before it in its sentence reports, with no comma, colon,
 * dash or other quotation mark between ('said things "should be wrapped
 * up by Cleveland," referring to ...', 'said the foundation had
 * "overwhelming disclosure," referencing ...', 'said he was "kind of
 * riding the fence" until Haley said ...', 'claimed that "...," one of
 * the prosecutors said the cases were different'): the quotation is part
 * of that report (mixed content), so no cue after it takes it.
 */
static int en_quote_in_report(const ctx *c, const fsc__quote *qu)
{
    if (c->lang != LANG_EN || qu->open_tok < 2)
        return 0;
    uint32_t p = qu->open_tok - 1;
    if (!is_word(c, p) || c->inquote[p] >= 0)
        return 0;
    uint32_t s = sent_of(c, p);
    for (uint32_t t = p; t + 20 > p && sent_of(c, t) == s; t--) {
        if (!is_word(c, t)) {
            uint32_t ch = cp(c, t);
            /* (a hyphen inside a word, "Asia-Pacific", is no dash) */
            int joined =
                is_dash(ch) && t > 0 && t + 1 < c->n_tok &&
                c->tok[t - 1].off + c->tok[t - 1].len == c->tok[t].off &&
                c->tok[t].off + c->tok[t].len == c->tok[t + 1].off;
            /* (nor is the period of an abbreviation inside the
             * sentence, "the U.S. approach") */
            if (is_comma(ch) || (is_final(ch) && ch != '.') || ch == ':' ||
                ch == ';' || (is_dash(ch) && !joined) || c->qmark[t] >= 0 ||
                ch == '(' || ch == ')')
                return 0;
        } else if (c->cue_at[t] >= 0) {
            const icue *x = &c->cues[c->cue_at[t]];
            return t < p && !x->skip && x->kind == FSC__CUE_SPEECH &&
                   x->form == FSC__FORM_VERB && x->last < p;
        }
        if (t == 0)
            break;
    }
    return 0;
}

/*
 * Attach top-level quote qi to a cue or actor beside it. Sets *cue (icue
 * index) or *actor (cand index), or neither.
 */
void attach_quote(ctx *c, size_t qi, int32_t *cue, int32_t *actor)
{
    const fsc__quote *qu = &c->q->v[qi];
    int nested = qu->depth > 0;
    *cue = *actor = -1;
    /* After the closing mark: “...,” Lavrov said / «...», — заявил Лавров /
     * "..." – Lavrov */
    if (qu->close_tok != UINT32_MAX) {
        uint32_t t = qu->close_tok + 1;
        int words = 0, saw_dash = 0;
        /* '"We will win," he said': the comma may stand inside the marks */
        int comma = qu->close_tok > 0 && !is_word(c, qu->close_tok - 1) &&
                    is_comma(cp(c, qu->close_tok - 1));
        /* '"We need it NOW!" Trump said.': a quotation that ends with its
         * own ! or ? ends the sentence; the cue opens the next one */
        uint32_t qsent = sent_of(c, qu->close_tok), nw = t;
        int ended = 0;
        while (nw < c->n_tok && nw <= qu->close_tok + 3 && !is_word(c, nw))
            nw++;
        if (qu->close_tok > 0 && nw < c->n_tok && sent_of(c, nw) == qsent + 1 &&
            !is_word(c, qu->close_tok - 1) &&
            (cp(c, qu->close_tok - 1) == '!' ||
             cp(c, qu->close_tok - 1) == '?')) {
            qsent++;
            ended = 1;
            comma = 1; /* (the ! or ? is the speech layout's comma) */
        }
        /* (at most 8 words, 16 tokens: '"...," Representative Steve Cohen,
         * Democrat of Tennessee, told him'; in English speech layout a
         * name may take a longer description between commas: '"...,"
         * David Axelrod, the chief strategist of Barack Obama's 2008
         * campaign, said') */
        int limit = comma && c->lang == LANG_EN ? 8 : 4, appos = 0;
        uint32_t span = 16;
        for (; t < c->n_tok && t <= qu->close_tok + span; t++) {
            /* a quotation never takes its cue from another paragraph, nor
             * from the next sentence ('"... expressed." He said he ...') */
            if (c->tok[t].para != c->tok[qu->close_tok].para ||
                (sent_of(c, t) != qsent &&
                 sent_of(c, t) != sent_of(c, qu->close_tok)))
                break;
            if (c->cue_at[t] >= 0) {
                const icue *x = &c->cues[c->cue_at[t]];
                /* «أما منيرة "إحدى المشاركات" فقالت: إن ...»: a verb with
                 * ف opens what follows, it closes nothing before it */
                char fk[KEY_CAP];
                fold_tok(c, x->first, fk);
                if (c->lang == LANG_AR && starts(fk, "ف") && strlen(fk) >= 8)
                    break;
                /* nor does one with و that its lemma lacks: «وقال: «...»،
                 * وثمن الوزراء جهود ...» opens a new clause */
                if (c->lang == LANG_AR && ar_wa_verb(c, x))
                    break;
                int ok = speech_cue(x, nested) && words <= limit;
                /* A short quote hangs on a cue only in speech layout:
                 * “Never,” he said. — not «В «Арцахе» объявили о ...». */
                if (ok && qu->n_words <= 4) {
                    uint32_t e = x->last + 1, w = 0;
                    int32_t k = -1;
                    if (x->kind != FSC__CUE_ACCORDING)
                        k = search_fwd(c, e, sent_of(c, x->first), 3, 1);
                    if (k >= 0 && c->cands[k].last >= e)
                        e = c->cands[k].last + 1;
                    /* (a time or place after the cue ends the count:
                     * '"...," he said during a debate in Miami') */
                    for (; e < c->n_tok && is_word(c, e) && w < 8; e++) {
                        if (c->lang == LANG_EN && (key_in(c, e, ADVERBIAL) ||
                                                   key_in(c, e, NAME_PREP) ||
                                                   key_is(c, e, TIME_WORDS)))
                            break;
                        w++;
                    }
                    /* "corrupt," noting that ...: a clause follows, the
                     * quotation is a phrase inside the reporter's text */
                    ok = (comma || saw_dash) && words <= 2 && w <= 3 &&
                         !(x->last + 1 < c->n_tok && is_compl(c, x->last + 1));
                }
                if (ok && x->kind == FSC__CUE_ACCORDING && words > 0)
                    ok = 0;
                /* a cue with a complementizer of its own reports what
                 * follows, not the quotation before it: «وقال X "..."،
                 * مشيرا إلى أن ...», '"...", noting that ...' */
                if (ok && x->last + 1 < c->n_tok && is_compl(c, x->last + 1) &&
                    sent_of(c, x->last + 1) == sent_of(c, x->first))
                    ok = 0;
                if (ok && (en_cue_reports_after(c, qu, x) ||
                           en_quote_in_report(c, qu)))
                    ok = 0;
                /* nor does an Arabic participle that another quotation
                 * follows: «فهي تقول «...»، مضيفة «...»» — it reports the
                 * second one; the first keeps the verb before it */
                if (ok && c->lang == LANG_AR &&
                    x->form == FSC__FORM_PARTICIPLE &&
                    ar_quote_opens_after(c, x->last))
                    ok = 0;
                if (ok)
                    *cue = c->cue_at[t];
                break;
            }
            if (is_word(c, t)) {
                /* '"...," Republican National Committee chairman Reince
                 * Priebus said': in speech layout (a comma at the close)
                 * a longer title and name may stand before the cue; «...»،
                 * حيث قالت: «...»: a conjunction opens a clause whose cue
                 * takes what follows it */
                if (++words > limit || is_compl(c, t) ||
                    (c->lang == LANG_AR && key_is(c, t, AR_CLAUSE_HEAD)))
                    break;
                continue;
            }
            /* "Mr. Prince said", "Sen. Reed said": the period of a short
             * capitalised abbreviation before a capitalised word */
            if (cp(c, t) == '.' && t > 0 && t + 1 < c->n_tok &&
                is_word(c, t - 1) && cap_word(c, t - 1) &&
                c->tok[t - 1].len <= 4 && cap_word(c, t + 1) && name_link(c, t))
                continue;
            /* '"...," Mr. Hale, a lawyer in Portland, Ore., said': a state
             * after its town */
            if (is_comma(cp(c, t)) && t + 2 < c->n_tok &&
                en_state_point(c, t + 2)) {
                t += 2;
                continue;
            }
            uint32_t ch = cp(c, t);
            /* a party and state label after the name: '"...," Rep. Jim
             * Moran (D-Va.) said' */
            if (ch == '(' && c->lang == LANG_EN && words >= 1) {
                uint32_t u = t + 1;
                while (u < c->n_tok && u <= t + 8 &&
                       (is_word(c, u) || cp(c, u) != ')'))
                    u++;
                if (u < c->n_tok && u <= t + 8) {
                    span += u - t;
                    t = u;
                    continue;
                }
            }
            if (c->qmark[t] >= 0 || is_final(ch) || ch == ':')
                break;
            /* ('"Can she stay?" Bret Stephens, who ..., said': after a
             * question that ends its sentence, a subject set off by
             * commas opens a sentence of its own) */
            if (ended && is_comma(ch) && words > 0)
                break;
            if (c->lang == LANG_EN && comma && is_comma(ch) && appos == 0 &&
                words >= 1 && words <= 4 && name_word(c, t - 1)) {
                appos = 1; /* the description opens */
                limit = (int)words + 16;
                span = t - qu->close_tok + 40;
            } else if (appos == 1 && is_comma(ch)) {
                appos = 2; /* it closes: the cue comes next */
                limit = (int)words;
            }
            saw_dash |= is_dash(ch);
            comma |= is_comma(ch);
        }
        if (*cue >= 0)
            return;
        /* "…" – Lavrov (nothing but punctuation after the name) */
        t = qu->close_tok + 1;
        while (t < c->n_tok && !is_word(c, t) && c->qmark[t] < 0 &&
               !is_final(cp(c, t)) && t <= qu->close_tok + 3)
            t++;
        if (saw_dash && t < c->n_tok && c->cand_at[t] >= 0 &&
            c->cands[c->cand_at[t]].kind == FSC__SRC_ACTOR &&
            c->cands[c->cand_at[t]].first == t) {
            uint32_t e = c->cands[c->cand_at[t]].last + 1;
            if (e >= c->n_tok || !is_word(c, e) ||
                c->tok[e].para != c->tok[t].para ||
                c->tok[e].sent != c->tok[t].sent)
                *actor = c->cand_at[t];
            if (*actor >= 0)
                return;
        }
    }
    /* «..., — сказал Орлов, — ...»: the author's words inside the marks */
    if (!nested) {
        uint32_t d1, d2;
        int32_t ci = ru_inner_cue(c, qu, &d1, &d2);
        if (ci >= 0) {
            *cue = ci;
            return;
        }
    }
    /* Before the opening mark: Lavrov said: “...” / Lavrov: «...» */
    if (qu->open_tok == 0)
        return;
    uint32_t t = qu->open_tok - 1, lead_tok = t;
    int colon = 0, lead = 0;
    if (!is_word(c, t) && (cp(c, t) == ':' || is_comma(cp(c, t)))) {
        colon = cp(c, t) == ':';
        lead = 1;
        if (t == 0)
            return;
        t--;
        if (!is_word(c, t) && is_dash(cp(c, t)) && t > 0)
            t--;
    }
    if (colon && c->cand_at[t] >= 0 &&
        c->cands[c->cand_at[t]].kind == FSC__SRC_ACTOR) {
        /* "Lavrov: “...”" with no cue: the name heads its sentence. */
        uint32_t f = c->cands[c->cand_at[t]].first;
        uint32_t s = sent_of(c, f);
        if (words_in_cap(c, c->sent_first[s], f, 2, 1) <= 1) {
            *actor = c->cand_at[t];
            return;
        }
    }
    int other = 0;
    uint32_t s0 = sent_of(c, qu->open_tok);
    /* "In a 1963 speech, he declared:" closing its paragraph, and the
     * quotation opening the next: a block quotation of that cue */
    uint32_t para = c->tok[qu->open_tok].para;
    if (colon && c->tok[lead_tok].para + 1 == para &&
        (qu->open_tok == 0 || c->tok[qu->open_tok - 1].para != para))
        para = c->tok[lead_tok].para;
    for (int n = 0; n < 12; n++, t--) {
        if ((sent_of(c, t) != s0 && !colon) || c->tok[t].para != para)
            break;
        if (c->cue_at[t] >= 0) {
            const icue *x = &c->cues[c->cue_at[t]];
            if (x->skip && x->form == FSC__FORM_PHRASE &&
                x->kind == FSC__CUE_SPEECH) {
                /* "said in a statement:" — keep looking for the verb */
            } else if (x->kind == FSC__CUE_ANONYMOUS && !x->self_anon &&
                       x->first > 0 && is_word(c, x->first - 1) &&
                       key_is(c, x->first - 1, RELATIVES)) {
                /* «وقال المصدر الذي رفض الكشف عن اسمه "..."»: an anonymity
                 * phrase describes the subject; the verb is further back */
            } else {
                /* a short quote needs the speech layout "said: “No.”"; the
                 * self-declared “Artsakh” is no speech */
                /* Arabic verb-subject order puts the whole subject between
                 * the cue and the quote: «وقال الوزير أحمد حسن "إن ..."» */
                int ar = c->lang == LANG_AR &&
                         (qu->n_words > 4 || (qu->first_tok < c->n_tok &&
                                              is_compl(c, qu->first_tok)));
                /* 'said of the outbreak, "..."', 'said in a statement,
                 * "..."': a phrase with a preposition after the verb and a
                 * comma before the quotation */
                int pp = c->lang == LANG_EN && lead && other <= 6 &&
                         x->last + 1 < qu->open_tok &&
                         is_word(c, x->last + 1) &&
                         key_in(c, x->last + 1, NAME_PREP);
                /* 'asked the buzzing crowd, "..."', 'told reporters:
                 * "..."': the addressee between the verb and the mark */
                if (c->lang == LANG_EN && lead && !pp && addressee_verb(c, x) &&
                    en_addressee(c, x->last, lead_tok) + 1 == lead_tok)
                    pp = 1;
                if (speech_cue(x, nested) && x->kind != FSC__CUE_ACCORDING &&
                    (pp || other <= (colon ? 8
                                     : ar  ? 14
                                           : 1)) &&
                    (lead || nested || ar || qu->n_words > 4))
                    *cue = c->cue_at[t];
                return;
            }
        } else if (is_word(c, t)) {
            if (is_compl(c, t))
                return;
            if (c->cand_at[t] < 0)
                other++;
        } else if (c->qmark[t] >= 0 || is_final(cp(c, t))) {
            return;
        }
        if (t == 0)
            return;
    }
}

/* Nouns of works whose titles stand in quotation marks after them
 * (folded): 'the book "..."', 'the Syfy movie "..."', «مسلسل "..."». */
static const char *const WORK_NOUNS[] = {
    "book",        "books",   "memoir",    "novel",    "film",      "movie",
    "song",        "album",   "show",      "series",   "play",      "musical",
    "documentary", "column",  "essay",     "op-ed",    "poem",      "headline",
    "slogan",      "hashtag", "podcast",   "program",  "programme", "campaign",
    "كتاب",        "كتابه",   "كتابها",    "فيلم",     "مسلسل",     "برنامج",
    "اغنية",       "رواية",   "مقال",      "مقاله",    "شعار",      "وسم",
    "هاشتاق",      "حملة",    "кинофильм", "книга",    "книги",     "книгу",
    "фильм",       "фильма",  "песня",     "песни",    "сериал",    "роман",
    "статья",      "статье",  "лозунг",    "передача", "программа", "кампания",
    NULL
};

/* Arabic nouns whose proper name follows in quotation marks (folded,
 * bare): «بيانات مؤسسة «بي إن بي باريبا ريال استيت»», «شركة "أرامكو"»;
 * the marks set off a name, nobody says it. */
static const char *const AR_NAMED_BY_QUOTE[] = {
    "شركة",   "مؤسسة", "منظمة",    "مجموعة", "جمعية", "مجلة",   "جريدة",
    "صحيفة",  "وكالة", "مركز",     "صندوق",  "تطبيق", "مشروع",  "مسابقة",
    "مهرجان", "معرض",  "جائزة",    "بطولة",  "فندق",  "منصة",   "تلفزيون",
    "قناة",   "اذاعة", "محطة",     "شبكة",   "موقع",  "برنامج", "راديو",
    "حساب",   "صفحة",  "تليفزيون", NULL
};

/* Word t, with و, ف, ل or ب written onto it or not (at most two), is a
 * noun of AR_NAMED_BY_QUOTE: «لتلفزيون», «وصحيفة», «لقناة». */
static int ar_named_by_quote(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    const char *x = k;
    for (int n = 0; n <= 2 && *x; n++) {
        for (size_t i = 0; AR_NAMED_BY_QUOTE[i]; i++)
            if (strcmp(x, AR_NAMED_BY_QUOTE[i]) == 0)
                return 1;
        if (strncmp(x, "و", 2) == 0 || strncmp(x, "ف", 2) == 0 ||
            strncmp(x, "ل", 2) == 0 || strncmp(x, "ب", 2) == 0)
            x += 2;
        else
            break;
    }
    return 0;
}

/* Quote qu is the title of a work: right after a noun of works or a word
 * that introduces a title. */
int title_quote(const ctx *c, const fsc__quote *qu)
{
    uint32_t t = qu->open_tok;
    if (t == 0 || !is_word(c, t - 1))
        return 0;
    if (c->lang == LANG_AR && ar_named_by_quote(c, t - 1) &&
        qu->first_tok <= qu->last_tok && !is_compl(c, qu->first_tok) &&
        !whole_sentence(c, qu))
        return 1;
    return key_is(c, t - 1, WORK_NOUNS) || key_is(c, t - 1, TITLE_INTRO);
}

/* Arabic: quote qu is the name of the medium a report is made to, right
 * after a noun of AR_NAMED_BY_QUOTE with ل on it, at most four words
 * («قال لتلفزيون «إن بي سي» إن ...», «لصحيفة "الحياة"»): no speech, and
 * no cue's content even when its first word is «إن». */
int ar_channel_quote(const ctx *c, const fsc__quote *qu)
{
    uint32_t t = qu->open_tok;
    if (c->lang != LANG_AR || t == 0 || !is_word(c, t - 1) || qu->n_words > 4 ||
        qu->first_tok > qu->last_tok || qu->unclosed ||
        strncmp(c->text + c->tok[t - 1].off, "ل", 2) != 0)
        return 0;
    return ar_named_by_quote(c, t - 1);
}

/* Russian: quote qu is a name in guillemets right after a word, one to
 * three words, capitalised, with no punctuation inside ("опрошенные
 * «Известиями»", "сообщили «Ведомостям»", "Собеседник «Коммерсанта»",
 * "партия «Единая Россия»"): no speech. */
int ru_name_quote(const ctx *c, const fsc__quote *qu)
{
    uint32_t t = qu->open_tok;
    if (c->lang != LANG_RU || t == 0 || !is_word(c, t - 1) ||
        qu->n_words == 0 || qu->n_words > 3 || qu->unclosed ||
        qu->first_tok > qu->last_tok || !cap_word(c, qu->first_tok))
        return 0;
    for (uint32_t u = qu->first_tok; u <= qu->last_tok; u++)
        if (!is_word(c, u) && !name_link(c, u))
            return 0;
    return 1;
}

/* Quote qu is its sentence: nothing but punctuation around its marks. */
int whole_sentence(const ctx *c, const fsc__quote *qu)
{
    if (qu->unclosed || qu->close_tok == UINT32_MAX || qu->open_tok >= c->n_tok)
        return 0;
    uint32_t s = sent_of(c, qu->open_tok);
    if (sent_of(c, qu->close_tok) != s)
        return 0;
    for (uint32_t t = c->sent_first[s]; t < qu->open_tok; t++)
        if (is_word(c, t))
            return 0;
    for (uint32_t t = qu->close_tok + 1; t <= c->sent_last[s]; t++)
        if (is_word(c, t))
            return 0;
    return qu->n_words >= 2;
}

/* Content of quote qu: its content tokens, trimmed. */
int quote_content(const ctx *c, const fsc__quote *qu, uint32_t *a, uint32_t *b)
{
    *a = qu->first_tok;
    *b = qu->last_tok;
    if (*a > *b || *b >= c->n_tok)
        return 0;
    if (qu->unclosed) {
        /* A quotation never closed runs to the end of its paragraph; it
         * ends earlier where a sentence opens with a reporting verb, the
         * reporter's voice again («وأضاف: "... الخارج. وتابع الحمادي ...»). */
        for (uint32_t s = sent_of(c, *a) + 1;
             s < c->n_sent && c->sent_first[s] <= *b; s++) {
            uint32_t t = c->sent_first[s];
            if (t > c->sent_last[s])
                continue;
            while (t <= c->sent_last[s] && !is_word(c, t) && c->qmark[t] < 0)
                t++;
            if (t <= c->sent_last[s] && is_word(c, t) && c->cue_at[t] >= 0 &&
                c->cues[c->cue_at[t]].first == t && c->sent_first[s] > *a) {
                *b = c->sent_first[s] - 1;
                while (*b > *a && !is_word(c, *b))
                    (*b)--;
                break;
            }
        }
    }
    return 1;
}

/* Extent of attribution x: its content, cue and source. */
static uint32_t extent_last(const ctx *c, const fsc__attribution *x)
{
    uint32_t e = x->content_last_tok;
    if (x->cue_first_tok <= x->cue_last_tok && x->cue_last_tok > e)
        e = x->cue_last_tok;
    if (x->src_first_tok <= x->src_last_tok && x->src_last_tok > e)
        e = x->src_last_tok;
    for (uint32_t k = 0; k < x->n_seg; k++)
        if (c->out->segs[x->seg_first + k].last > e)
            e = c->out->segs[x->seg_first + k].last;
    /* the closing quotation mark of the last segment */
    while (e + 1 < c->n_tok && !is_word(c, e + 1) && c->qmark[e + 1] >= 0)
        e++;
    return e;
}

int add_seg(ctx *c, fsc__attribution *x, uint32_t a, uint32_t b)
{
    fsc__attribs *o = c->out;
    if (x->n_seg == 0)
        x->seg_first = (uint32_t)o->n_segs;
    else if (x->seg_first + x->n_seg != o->n_segs)
        return 0; /* only the newest attribution grows (see merge_quotes) */
    if (!grow((void **)&o->segs, &o->cap_segs, o->n_segs + 1, sizeof *o->segs))
        return -1;
    o->segs[o->n_segs].first = a;
    o->segs[o->n_segs].last = b;
    o->n_segs++;
    x->n_seg++;
    return 1;
}

/* Sentence s opens with a dash and holds no cue of its own. */
static int dash_sentence(const ctx *c, uint32_t s)
{
    uint32_t a = c->sent_first[s], b = c->sent_last[s];
    if (a > b || is_word(c, a) || !is_dash(cp(c, a)))
        return 0;
    for (uint32_t t = a; t <= b; t++)
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return 0;
    return 1;
}

/* Sentence s holds no cue of its own and no quotation mark. */
static int no_cue_sentence(const ctx *c, uint32_t s)
{
    for (uint32_t t = c->sent_first[s]; t <= c->sent_last[s]; t++)
        if ((c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip) ||
            c->qmark[t] >= 0)
            return 0;
    return 1;
}

/*
 * Russian dialogue: «— Мы готовы, — заявил он. — Но условия должны быть
 * честными.» The sentences that follow a dash attribution in its paragraph
 * and open with a dash, with no cue of their own, continue the same direct
 * speech: further segments of it.
 */
int dash_continuations(ctx *c)
{
    fsc__attribs *o = c->out;
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution *x = &o->v[i];
        if (x->kind != FSC__ATTR_DIRECT || x->cue_first_tok > x->cue_last_tok ||
            x->content_first_tok >= x->cue_first_tok ||
            x->content_first_tok == 0)
            continue;
        uint32_t d = x->content_first_tok - 1; /* the opening dash */
        if (is_word(c, d) || !is_dash(cp(c, d)))
            continue;
        uint32_t s = sent_of(c, x->cue_last_tok);
        uint32_t para = c->tok[x->cue_last_tok].para;
        /* «— заявил он. — Но ...» may stay one sentence for ICU (a dash
         * is no capital): the rest of it after a dash, up to a cue */
        uint32_t e = extent_last(c, x) + 1, hi = c->sent_last[s];
        while (e <= hi && !is_word(c, e) && !is_dash(cp(c, e)))
            e++;
        /* «— ..., — сказала она журналистам в четверг. — Но ...»: the
         * rest of the cue's clause before the dash (ru_dash_resume) */
        if (e <= hi && is_word(c, e)) {
            uint32_t r = ru_dash_resume(c, e, hi);
            if (r != UINT32_MAX)
                e = r;
        }
        /* in a dialogue line the words after the dash go on to the end of
         * the paragraph, sentences with no cue of their own too */
        int rest = 0;
        if (e <= hi && !is_word(c, e) && is_dash(cp(c, e))) {
            uint32_t a = e + 1, b = a;
            while (b <= hi &&
                   !(c->cue_at[b] >= 0 && !c->cues[c->cue_at[b]].skip))
                b++;
            if (b <= hi) {
                /* a cue follows: the part before its own dash is the
                 * next speaker's («— X, — добавил Y»), not ours */
                a = b;
            }
            rest = b > hi && ru_dialogue_line(c, d);
            b = b > 0 ? b - 1 : 0;
            if (a <= b && trim(c, &a, &b)) {
                int r = add_seg(c, x, a, b);
                if (r < 0)
                    return -1;
            }
        }
        for (uint32_t n = s + 1; n < c->n_sent && n <= s + 8; n++) {
            uint32_t a = c->sent_first[n], b = c->sent_last[n];
            if (a > b || c->tok[a].para != para)
                break;
            if (dash_sentence(c, n)) {
                a++;
                rest = ru_dialogue_line(c, d);
            } else if (!rest || !no_cue_sentence(c, n)) {
                break;
            }
            if (!trim(c, &a, &b))
                break;
            int r = add_seg(c, x, a, b);
            if (r < 0)
                return -1;
            if (r == 0)
                break;
        }
    }
    return 0;
}

/* English: the first word of the sentence when the direct quotation x,
 * cited by a cue after it, opens right after a word of its sentence
 * ('Teachers are "very, very pro-Bernie," Kilfoyle said', 'he "made a
 * strategic mistake," Lichtman said'), with at least two words before it
 * outside quotation marks, no colon and no cue of their own; UINT32_MAX
 * otherwise. */
static uint32_t en_mixed_opening(const ctx *c, const fsc__attribution *x)
{
    uint32_t op = x->content_first_tok;
    if (c->lang != LANG_EN || op == 0 || x->cue_first_tok > x->cue_last_tok ||
        x->cue_first_tok <= x->content_last_tok)
        return UINT32_MAX;
    op--;
    uint32_t s = sent_of(c, op), f = c->sent_first[s];
    if (c->qmark[op] < 0 || op <= f + 1 || !is_word(c, op - 1) ||
        sent_of(c, x->cue_first_tok) != s)
        return UINT32_MAX;
    uint32_t words = 0, first = UINT32_MAX;
    for (uint32_t t = f; t < op; t++) {
        if (!is_word(c, t)) {
            if (cp(c, t) == ':' || (c->qmark[t] >= 0 && c->inquote[t] < 0))
                return UINT32_MAX;
            continue;
        }
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return UINT32_MAX;
        if (first == UINT32_MAX)
            first = t;
        words++;
    }
    if (words < 2)
        return UINT32_MAX;
    /* a title ('on CNN's "State of the Union"', 'the show "The View"'):
     * every word of four letters or more capitalised, at most eight */
    uint32_t qw = 0, small = 0;
    for (uint32_t t = x->content_first_tok; t <= x->content_last_tok; t++) {
        if (!is_word(c, t))
            continue;
        qw++;
        if (c->tok[t].len >= 4 && !cap_word(c, t))
            small = 1;
    }
    if (!small && qw <= 8)
        return UINT32_MAX;
    return first;
}

int merge_quotes(ctx *c)
{
    fsc__attribs *o = c->out;
    size_t w = 0;
    long open_direct = -1; /* newest direct attribution kept */
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution y = o->v[i];
        int merged = 0, mixed_quote = 0;
        int no_cue = y.cue_first_tok > y.cue_last_tok;
        /* a quotation with no cue inside another attribution's source is
         * part of that name («أما منيرة "إحدى المشاركات" فقالت») */
        if (no_cue && y.kind == FSC__ATTR_DIRECT) {
            int inside = 0;
            size_t lo = i > NESTED_WINDOW ? i - NESTED_WINDOW : 0;
            size_t hi = i + NESTED_WINDOW < o->n ? i + NESTED_WINDOW : o->n;
            for (size_t j = lo; j < hi && !inside; j++) {
                const fsc__attribution *x = &o->v[j];
                inside = j != i && x->src_first_tok <= x->src_last_tok &&
                         x->src_first_tok <= y.content_first_tok &&
                         y.content_last_tok <= x->src_last_tok;
            }
            if (inside)
                continue;
        }
        /* 'Teachers there are "very, very pro-Bernie," Kilfoyle said.':
         * a quotation set inside the sentence it ends, cited by the cue
         * after it, is mixed: the words before it are the speaker's too */
        if (!no_cue && y.kind == FSC__ATTR_DIRECT && y.n_seg == 0) {
            uint32_t f = en_mixed_opening(c, &y);
            if (f != UINT32_MAX) {
                uint32_t qa = y.content_first_tok, qb = y.content_last_tok;
                y.content_first_tok = f;
                y.kind = FSC__ATTR_MIXED;
                if (add_seg(c, &y, qa, qb) < 0)
                    return -1;
                mixed_quote = 1;
            }
        }
        if (y.kind == FSC__ATTR_DIRECT && y.content_first_tok > 0) {
            uint32_t yo = y.content_first_tok; /* first content token */
            /* mixed: inside indirect content of its sentence */
            for (size_t j = w; no_cue && j-- > 0 && w - j <= NESTED_WINDOW;) {
                fsc__attribution *x = &o->v[j];
                if (x->kind != FSC__ATTR_INDIRECT && x->kind != FSC__ATTR_MIXED)
                    continue;
                if (x->cue_first_tok > x->cue_last_tok || x->cue_first_tok > yo)
                    continue;
                if (sent_of(c, x->cue_first_tok) != sent_of(c, yo) ||
                    x->content_first_tok > yo ||
                    x->content_last_tok + 1 < y.content_last_tok)
                    continue;
                /* the indirect content is the quotation and nothing more
                 * ('told the press last week, "..."'): direct */
                int words_before = 0;
                for (uint32_t t = x->content_first_tok; t < yo; t++)
                    if (is_word(c, t) && c->inquote[t] < 0)
                        words_before = 1;
                /* (after "that" it stays mixed: 'said that "..."') */
                uint32_t pv = x->content_first_tok;
                while (pv > 0 && !is_word(c, pv - 1) && c->qmark[pv - 1] >= 0)
                    pv--;
                if (pv > 0 && is_word(c, pv - 1) && is_compl(c, pv - 1))
                    words_before = 1;
                if (!words_before && x->n_seg == 0) {
                    x->kind = FSC__ATTR_DIRECT;
                    x->content_first_tok = y.content_first_tok;
                    if (y.content_last_tok > x->content_last_tok)
                        x->content_last_tok = y.content_last_tok;
                    merged = 1;
                    break;
                }
                int r = add_seg(c, x, y.content_first_tok, y.content_last_tok);
                if (r < 0)
                    return -1;
                if (r > 0) {
                    x->kind = FSC__ATTR_MIXED;
                    if (y.content_last_tok > x->content_last_tok)
                        x->content_last_tok = y.content_last_tok;
                    merged = 1;
                }
                break;
            }
            /* continuation or split quotation of the newest direct one */
            /* (in English also over the reports that the attribution's
             * own sentence holds after it: the speaker's own, '"...," said
             * Ortiz, referring to the plan. "..."', or any after the cue
             * of a quotation with a cue, '"...," said Ortiz, who chairs
             * the board, according to the Post. "..."') */
            int between = open_direct >= 0 && (size_t)open_direct < w - 1 &&
                          c->lang == LANG_EN && no_cue;
            for (size_t j = (size_t)open_direct + 1; between && j < w; j++) {
                const fsc__attribution *x = &o->v[open_direct];
                const fsc__attribution *z = &o->v[j];
                uint32_t xe = extent_last(c, x);
                between = z->kind != FSC__ATTR_DIRECT &&
                          x->src_first_tok <= x->src_last_tok &&
                          ((z->src_first_tok == x->src_first_tok &&
                            z->src_last_tok == x->src_last_tok) ||
                           (x->cue_first_tok <= x->cue_last_tok &&
                            z->cue_first_tok > x->cue_last_tok)) &&
                          z->cue_first_tok <= z->cue_last_tok &&
                          z->cue_first_tok > x->content_last_tok &&
                          sent_of(c, z->cue_first_tok) == sent_of(c, xe);
            }
            if (!merged && open_direct >= 0 &&
                ((size_t)open_direct == w - 1 || between)) {
                fsc__attribution *x = &o->v[open_direct];
                int same_cue = !no_cue && x->cue_first_tok == y.cue_first_tok;
                int cont = no_cue;
                uint32_t from = extent_last(c, x) + 1;
                if (cont) {
                    /* nothing but punctuation between them, or the rest
                     * of the attribution's sentence ('said Larry Noble,
                     * an attorney.') and the quotation opening the next
                     * sentence; in the same paragraph, or in English a
                     * quotation of the last speaker opening the paragraph
                     * after it ('"...," Ortiz said.¶"..."': one speech
                     * going on; not after other words of the writer's) */
                    uint32_t xp = c->tok[from - 1].para;
                    int next_para = c->lang == LANG_EN && y.rule &&
                                    strcmp(y.rule, "quote_last_speaker") == 0 &&
                                    c->tok[yo].para == xp + 1;
                    /* (the paragraph holds nothing but quotations: no cue
                     * or name of another speaker after it) */
                    for (uint32_t t = yo; next_para && t < c->n_tok &&
                                          c->tok[t].para == c->tok[yo].para;
                         t++)
                        if (is_word(c, t) && c->inquote[t] < 0)
                            next_para = 0;
                    if (from > yo ||
                        (c->tok[from < c->n_tok ? from : yo].para !=
                             c->tok[yo].para &&
                         !next_para))
                        cont = 0;
                    int words = 0;
                    for (uint32_t t = from; cont && t < yo; t++)
                        if (is_word(c, t) && c->inquote[t] < 0)
                            words = 1;
                    if (cont && words) {
                        uint32_t ys = sent_of(c, yo), xs = sent_of(c, from - 1);
                        cont = ys == xs + 1;
                        for (uint32_t t = c->sent_first[ys]; cont && t < yo;
                             t++)
                            if (is_word(c, t))
                                cont = 0;
                    }
                }
                if ((same_cue || cont) &&
                    y.content_first_tok > x->content_last_tok) {
                    int r =
                        add_seg(c, x, y.content_first_tok, y.content_last_tok);
                    if (r < 0)
                        return -1;
                    if (r > 0)
                        merged = 1;
                }
            }
        }
        if (merged)
            continue;
        o->v[w] = y;
        /* (a quotation that goes on after a mixed one continues it) */
        if (y.kind == FSC__ATTR_DIRECT || mixed_quote)
            open_direct = (long)w;
        w++;
    }
    o->n = w;
    return 0;
}

/*
 * A quotation with no cue of its own, given to the last speaker or to
 * nobody, whose words all lie inside what a cue after it reports
 * ('"Many would consider that a defeat" if she lost, said Ann Lee': the
 * quotation and the clause after it are Lee's one report) is part of that
 * report, not a second record. Runs on the sorted records; nested flags
 * are then recomputed.
 */
void drop_covered_quotes(fsc__attribs *out)
{
    size_t w = 0;
    for (size_t k = 0; k < out->n; k++) {
        const fsc__attribution *y = &out->v[k];
        int covered = 0;
        if (y->cue < 0 && y->kind == FSC__ATTR_DIRECT && y->n_seg == 0 &&
            y->rule &&
            (strcmp(y->rule, "quote_last_speaker") == 0 ||
             strcmp(y->rule, "quote_unknown") == 0)) {
            size_t lo = k > NESTED_WINDOW ? k - NESTED_WINDOW : 0;
            size_t hi = k + NESTED_WINDOW < out->n ? k + NESTED_WINDOW : out->n;
            for (size_t j = lo; j < hi && !covered; j++) {
                const fsc__attribution *z = &out->v[j];
                covered = j != k && z->cue >= 0 &&
                          z->content_first_tok <= y->content_first_tok &&
                          y->content_last_tok <= z->content_last_tok &&
                          (z->cue_last_tok < y->content_first_tok ||
                           z->cue_first_tok > y->content_last_tok);
            }
        }
        if (!covered)
            out->v[w++] = out->v[k];
    }
    keep_records(out, w);
}
