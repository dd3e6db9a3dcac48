/*
 * speaker.c - stage 3: who speaks. For each cue, its source: an actor
 * mention or a name next to it, a noun phrase, a pronoun, a relative, a
 * dropped (pro-drop) subject or a participle's clause subject, an
 * anonymous source; and coreference: a pronoun or dropped subject takes the
 * newest earlier main-clause speaker its gender and number fit (from the
 * pronoun, the verb's agreement, a title), with resolved_to naming them.
 */
#include "attrib_int.h"

/* A result with nothing known yet about its form or antecedent. */
void src_fresh(srcres *r)
{
    r->form = SF_UNSET;
    r->gender = FSC__G_UNKNOWN;
    r->res_first = 1;
    r->res_last = 0;
    r->from_tok = UINT32_MAX;
}

int actor_fits(const fsc__actor *a, int type)
{
    int ministry = a->name && strstr(a->name, "Ministry") != NULL;
    switch (type) {
    case GEN_MEDIA:
        return a->is_outlet;
    case GEN_AGENCY:
        return a->is_outlet || (a->type && strcmp(a->type, "intl_org") == 0);
    case GEN_ORG:
        return a->type && (strcmp(a->type, "intl_org") == 0 ||
                           strcmp(a->type, "ngo") == 0);
    case GEN_MINISTRY:
        return ministry;
    case GEN_PERSON:
        return !ministry && a->type && strcmp(a->type, "government") == 0;
    default:
        return 0;
    }
}

/*
 * Search for a source after token `from` (inclusive) in its sentence, over
 * at most `max_words` words; stops at a comma, colon, complementizer,
 * another cue or a long quote. When an institution is followed by a name
 * («الناطقة باسم الخارجية الروسية ماريا زاخاروفا») the name wins.
 */
int32_t search_fwd(const ctx *c, uint32_t from, uint32_t s, int max_words,
                   int stop_at_comma)
{
    int words = 0;
    for (uint32_t t = from; t <= c->sent_last[s] && words <= max_words; t++) {
        if (c->cand_at[t] >= 0) {
            int32_t k = c->cand_at[t];
            uint32_t e = c->cands[k].last;
            /* «وزير الخارجية الأذربيجاني جيهون بيراموف»: a generic noun in
             * a title before the name; «сообщил ТАСС осведомленный
             * источник»: the outlet's anonymous source. */
            for (uint32_t u = e + 1, w = 0;
                 u <= c->sent_last[s] && w < 4 &&
                 c->cands[k].kind != FSC__SRC_ANONYMOUS;
                 u++) {
                int32_t k2 = c->cand_at[u];
                if (k2 >= 0 && k2 != k) {
                    if ((c->cands[k].generic && !c->cands[k2].generic &&
                         c->cands[k2].kind == FSC__SRC_ACTOR) ||
                        (c->cands[k2].kind == FSC__SRC_ANONYMOUS && w < 2))
                        return k2;
                    break;
                }
                if (!is_word(c, u) && !passable_mark(c, u))
                    break;
                w++;
            }
            for (uint32_t u = e + 1; u <= e + 3 && u <= c->sent_last[s]; u++) {
                int32_t k2 = c->cand_at[u];
                if (k2 >= 0 && k2 != k && c->cands[k2].actor >= 0 &&
                    c->cands[k].actor >= 0 && !c->cands[k].generic) {
                    const fsc__actor *a1 = &c->actors[c->cands[k].actor];
                    const fsc__actor *a2 = &c->actors[c->cands[k2].actor];
                    if (!actor_fits(a1, GEN_PERSON) &&
                        actor_fits(a2, GEN_PERSON))
                        return k2;
                }
                if (!is_word(c, u) && !passable_mark(c, u))
                    break;
            }
            return k;
        }
        if (c->cue_at[t] >= 0 && t > from &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS &&
            c->cues[c->cue_at[t]].form != FSC__FORM_PHRASE)
            return -1;
        if (is_word(c, t)) {
            if (is_compl(c, t))
                return -1;
            words++;
            continue;
        }
        if (passable_mark(c, t))
            continue;
        uint32_t ch = cp(c, t);
        if (c->qmark[t] >= 0 || ch == ':' || is_final(ch))
            return -1;
        if (stop_at_comma && is_comma(ch))
            return -1;
    }
    return -1;
}

/* English: after the cue q opening sentence s, up to six words and a
 * comma or colon, then an opening quotation mark ('Said Comey, "...'). */
static int inverted_quote(const ctx *c, const icue *q, uint32_t s)
{
    uint32_t t = q->last + 1, hi = c->sent_last[s];
    for (int w = 0; t <= hi && w <= 6; t++) {
        if (is_word(c, t)) {
            w++;
            continue;
        }
        if (name_link(c, t))
            continue;
        uint32_t ch = cp(c, t);
        return w > 0 && (is_comma(ch) || ch == ':') && t + 1 <= hi &&
               c->qmark[t + 1] >= 0 &&
               c->q->v[c->qmark[t + 1]].open_tok == t + 1;
    }
    return 0;
}

/*
 * Search for a source before token `from` (inclusive) in its sentence, over
 * at most `max_words` words; stops at punctuation, a complementizer or
 * another cue, except that one comma-delimited apposition right before the
 * cue is stepped over ("Lavrov, the foreign minister, said").
 */
static int32_t search_back(const ctx *c, uint32_t from, uint32_t s,
                           int max_words)
{
    int words = 0, commas = 0;
    uint32_t lo = c->sent_first[s];
    if (from == UINT32_MAX || from < lo)
        return -1;
    for (uint32_t t = from;; t--) {
        if (c->cand_at[t] >= 0)
            return c->cand_at[t];
        if (c->cue_at[t] >= 0 &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS)
            return -1;
        if (is_word(c, t)) {
            if (is_compl(c, t) || ++words > max_words)
                return -1;
        } else if (en_state_point(c, t) && t - 3 >= lo) {
            t -= 2; /* "Portland, Ore.": one place */
            continue;
        } else if (!passable_mark(c, t)) {
            uint32_t ch = cp(c, t);
            if (is_comma(ch) && commas == 0 && t == from) {
                commas++; /* the comma just before the cue */
            } else if (is_comma(ch) && commas == 1) {
                commas++; /* the comma opening the apposition */
            } else {
                return -1;
            }
        }
        if (t == lo)
            break;
    }
    return -1;
}

void set_src_from_cand(const ctx *c, int32_t k, srcres *r, double conf,
                       const char *rule)
{
    const cand *x = &c->cands[k];
    src_fresh(r);
    r->kind = x->kind;
    r->actor = x->actor;
    r->first = x->first;
    r->last = x->last;
    r->inherited = x->generic;
    if (x->kind == FSC__SRC_ANONYMOUS) {
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous";
        /* «источник в правительстве», «собеседник «Ъ»» */
        r->last = ru_anon_tail(c, x->last);
    } else if (x->generic && x->actor >= 0) {
        r->conf = FSC__CONF_GENERIC;
        r->rule = "generic_noun";
    } else if (x->generic) {
        /* «الوزارة», "the agency", «министерства» with no earlier one to
         * refer to: a description is the source (nominal) */
        r->kind = FSC__SRC_NAMED;
        r->name_first = x->first;
        r->name_last = x->last;
        r->inherited = 0;
        r->form = FSC__SF_NOMINAL;
        r->conf = FSC__CONF_UNRESOLVED + 0.1;
        r->rule = "generic_nominal";
    } else {
        r->conf = conf;
        r->rule = rule;
    }
}

void set_unresolved(srcres *r, const char *rule)
{
    src_fresh(r);
    r->kind = FSC__SRC_UNRESOLVED;
    r->actor = -1;
    r->first = 1;
    r->last = 0;
    r->inherited = 0;
    r->conf = FSC__CONF_UNRESOLVED;
    r->rule = rule;
}

/* Arabic relative pronouns (folded). */
/* «في» or «عن» with a pronoun after a verb (folded): where, when or what
 * about, resumed («الذي أعلنت فيه», «الذي أعلن عنه»). */
/* «عن», «حول» (about) opening an Arabic sentence: the topic the verb
 * after it speaks of, no subject («وعن أهداف البحث أوضح أنه»; folded). */
static const char *const AR_ABOUT[] = { "عن", "وعن", "حول", "وحول", NULL };

static const char *const AR_FI_PRONOUN[] = { "فيه", "فيها", "فيهم", "فيهما",
                                             "عنه", "عنها", NULL };

static const char *const AR_RELATIVE[] = { "الذي",   "التي",   "الذين",
                                           "اللذين", "اللتين", "اللذان",
                                           "اللتان", "والذي",  "والتي",
                                           "والذين", NULL };

/* «قد», «لقد» between a subject and its verb (folded). */
static const char *const AR_QAD[] = { "قد", "لقد", NULL };

/* Prepositions that open a circumstance between commas (folded): «في
 * بيان لها», «عبر حسابها», «خلال مؤتمر صحفي». */
static const char *const AR_CIRC_PREP[] = { "في",   "وفي", "عبر",
                                            "خلال", "ضمن", NULL };

/*
 * Between «كان» and its verb, mark t (walking back from the verb at prev,
 * not before lo): a closing bracket, at most two words (and «قد») before
 * the verb, whose opening bracket lies within four words back after a
 * word of the subject, or (when
 * comma is set) a comma right before «قد» and the verb that closes a
 * circumstance opened by a comma and a preposition within eight words
 * back. The opening mark (after lo), or UINT32_MAX.
 */
static uint32_t kana_gap(const ctx *c, uint32_t t, uint32_t lo, uint32_t prev,
                         int comma)
{
    uint32_t ch = cp(c, t), after = 0, qad = 0;
    for (uint32_t u = t + 1; u <= prev; u++)
        if (is_word(c, u)) {
            if (key_is(c, u, AR_QAD))
                qad++;
            else
                after++;
        }
    if (ch == ')') {
        if (after > 2)
            return UINT32_MAX;
        for (uint32_t u = t, n = 0; u-- > lo && n < 5; n++) {
            if (is_word(c, u))
                continue;
            return cp(c, u) == '(' && u + 1 < t && u > lo &&
                           is_word(c, u - 1) && !key_is(c, u - 1, AR_KANA)
                       ? u
                       : UINT32_MAX;
        }
        return UINT32_MAX;
    }
    if (!comma || !is_comma(ch) || after > 0 || qad == 0)
        return UINT32_MAX;
    for (uint32_t u = t, n = 0; u-- > lo && n < 9; n++) {
        if (is_word(c, u))
            continue;
        return is_comma(cp(c, u)) && u + 1 < t && u > lo &&
                       key_is(c, u + 1, AR_CIRC_PREP)
                   ? u
                   : UINT32_MAX;
    }
    return UINT32_MAX;
}

/* «حين», «عندما» (when) opening a clause of time (folded). */
static const char *const AR_WHEN[] = { "حين",  "حينما",  "عندما",
                                       "وحين", "وعندما", NULL };

/* Token t is an Arabic indefinite adjective in the accusative, the
 * predicate of «كان»: no article, ending in ا or اً («واضحا», «صريحاً»). */
static int ar_indef_acc(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || ar_definite(c, t) || ar_first_name(c, t) ||
        ar_title_at(c, t))
        return 0;
    char key[KEY_CAP];
    fold_tok(c, t, key);
    size_t m = strlen(key);
    if (m < 8 || strcmp(key + m - 2, "ا") != 0)
        return 0;
    /* (not a pronoun's ending: «تصميمها», «بلادنا») */
    return strcmp(key + m - 4, "ه") != 0 && strcmp(key + m - 4, "ن") != 0 &&
           strcmp(key + m - 4, "م") != 0;
}

/* Comparatives that open the predicate of «كان» («كان X أكثر صراحة»,
 * folded). */
static const char *const AR_COMPARATIVE[] = { "اكثر", "اقل",  "اشد",
                                              "افضل", "اكبر", NULL };

static const char *const TO_ONLY[] = { "to", NULL };

/*
 * The source of speech cue ci. Sets *fwd when the source follows the cue.
 */

void resolve_cue(const ctx *c, const icue *q, srcres *r)
{
    uint32_t s = sent_of(c, q->first);
    int32_t k;
    uint8_t vg = cue_gender(c, q);
    src_fresh(r);
    resolve_cue_rules(c, q, r, s, vg);
    /* «сообщила пресс-служба ГУ МВД по Нижегородской области» */
    ru_source_tail(c, q, r);
    /* «Глава МИД Сергей Лавров заявил»: the title as after the verb */
    ru_title_before(c, q, r);
    if (r->gender == FSC__G_UNKNOWN && r->form != FSC__SF_PRONOUN &&
        !r->inherited)
        r->gender = vg; /* the verb agrees with its written subject */
    (void)k;
}

void resolve_cue_rules(const ctx *c, const icue *q, srcres *r, uint32_t s,
                       uint8_t vg)
{
    int32_t k;
    if (q->self_anon) {
        r->kind = FSC__SRC_ANONYMOUS;
        r->actor = -1;
        r->first = q->first;
        r->last = q->last;
        r->inherited = 0;
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous";
        return;
    }
    /* "The vote is expected to pass", "they were expected to win": an
     * English passive phrase of belief names no holder; its subject is
     * what is expected, not who expects it */
    /* «من المتوقع أن», «ومن المرجح ألا», «من المنتظر انطلاق ...»: an
     * Arabic impersonal phrase of belief names no holder; the words after
     * it are what is expected */
    if (c->lang == LANG_AR && q->impersonal && q->form == FSC__FORM_PHRASE &&
        q->cls == FSC__CLS_BELIEF) {
        set_unresolved(r, "unresolved");
        return;
    }
    if (c->lang == LANG_EN && q->impersonal && q->kind != FSC__CUE_ACCORDING) {
        set_unresolved(r, "impersonal_passive");
        return;
    }
    /* «Новый рост ожидается к осени», «предполагается, что»: a Russian
     * impersonal belief verb names no holder either, its subject is what
     * is expected; only a place may («В статье Томпсона предполагается») */
    if (c->lang == LANG_RU && q->impersonal && q->cls == FSC__CLS_BELIEF) {
        if (!ru_place_source(c, q, s, r))
            set_unresolved(r, "impersonal_belief");
        return;
    }
    /* «Министр, как сообщается, покинул страну», «Как было заявлено,
     * ...»: an impersonal «как» phrase names no one; the noun before it is
     * what is reported of */
    static const char *const KAK[] = { "как", NULL };
    if (c->lang == LANG_RU && q->impersonal && q->cls == FSC__CLS_SPEECH &&
        q->kind != FSC__CUE_ACCORDING && q->last > q->first &&
        key_is(c, q->first, KAK)) {
        if (!ru_place_source(c, q, s, r))
            set_unresolved(r, "impersonal_phrase");
        return;
    }
    if (c->lang == LANG_AR && q->form == FSC__FORM_NOUN &&
        q->kind != FSC__CUE_ANONYMOUS) {
        ar_noun_holder(c, q, r, s);
        return;
    }
    if (c->lang == LANG_EN && q->form == FSC__FORM_NOUN &&
        q->kind != FSC__CUE_ANONYMOUS) {
        en_noun_holder(c, q, r, s, vg);
        return;
    }
    /* "she was referring to", "he has been saying", "I'm hoping": after a
     * form of "be" an English -ing form is a finite verb with its own
     * subject */
    int progressive = c->lang == LANG_EN && q->form == FSC__FORM_PARTICIPLE &&
                      q->first > 0 && is_word(c, q->first - 1) &&
                      (key_is(c, q->first - 1, PASSIVE_AUX) ||
                       en_contracted_be(c, q->first - 1));
    /* "A poll conducted by X showed", "polls showing": the phrase of the
     * data noun */
    if (q->ambiguous == FSC__SENSE_DATA) {
        uint32_t d = data_subject(c, q);
        if (d != UINT32_MAX) {
            uint32_t a = np_back(c, d, c->sent_first[s], 6);
            set_np(c, r, a != UINT32_MAX ? a : d, d, "data_subject");
            return;
        }
    }
    /* "The study showed", "A new poll shows", "Records indicate": a
     * phrase cue that opens with its data noun; the noun's phrase is the
     * source */
    if (c->lang == LANG_EN && q->form == FSC__FORM_PHRASE &&
        q->first < q->last && data_noun(c, q->first)) {
        uint32_t a = q->first > c->sent_first[s]
                         ? np_back(c, q->first, c->sent_first[s], 6)
                         : q->first;
        set_np(c, r, a != UINT32_MAX ? a : q->first, q->first, "data_subject");
        return;
    }
    /* «Анализ показывает рост»: a Russian evidence phrase that opens
     * with its noun of data */
    if (ru_evidence_phrase(c, q, s, r))
        return;
    /* "Democrats considering a new bill", "protesters demanding his
     * resignation": a participle right after a noun phrase (no comma)
     * modifies it, and that phrase holds what it reports */
    if (q->form == FSC__FORM_PARTICIPLE && c->lang == LANG_EN && !progressive &&
        q->first > c->sent_first[s] && is_word(c, q->first - 1) &&
        c->cue_at[q->first - 1] < 0 && !key_is(c, q->first - 1, NP_STOP) &&
        !key_in(c, q->first - 1, NAME_PREP) &&
        !key_in(c, q->first - 1, DETERMINERS) &&
        !key_in(c, q->first - 1, PRONOUNS) &&
        !key_is(c, q->first - 1, SUBJ_SKIP) &&
        !key_is(c, q->first - 1, TIME_WORDS) &&
        (cap_word(c, q->first - 1) || en_plural_head(c, q->first - 1))) {
        uint32_t e = q->first - 1;
        uint32_t a = name_back(c, e, c->sent_first[s]);
        if (a == UINT32_MAX)
            a = np_back(c, e, c->sent_first[s], 5);
        if (a != UINT32_MAX) {
            set_np(c, r, a, e, "participle_np");
            return;
        }
    }
    /* "accused Biden of saying": the verb's object */
    if (!progressive && en_object_ground(c, q, s, r))
        return;
    /* "was criticized by local farmers for": the passive's agent */
    if (c->lang == LANG_EN && en_passive_agent(c, q, s, r))
        return;
    if (q->form == FSC__FORM_PARTICIPLE && c->lang == LANG_EN && !progressive &&
        front_participle(c, q, s, r))
        return;
    if (q->form == FSC__FORM_PARTICIPLE && c->lang == LANG_EN && !progressive &&
        clause_subject(c, q, s, r))
        return;
    if (q->form == FSC__FORM_PARTICIPLE && !progressive) {
        /* «مؤكدين», «مشيرين إلى»: an Arabic plural participle continues
         * the newest plural speaker of its sentence or the one before;
         * failing one, the speaker of its own sentence a masculine
         * participle would take (a verb before its subject shows no
         * number: «وأكد عدد من الزوار ...، مؤكدين», «الحكام»); else none */
        int many = 0; /* (a plural whose speaker showed no number) */
        if (c->lang == LANG_AR && vg == FSC__G_PLURAL) {
            if (inherit_g(c, s, 1, UINT32_MAX, r, FSC__CONF_PARTICIPLE,
                          "participle", vg, 1)) {
                r->form = FSC__SF_DROPPED;
                return;
            }
            /* (a plural of people opening its verb-first sentence:
             * «حمل تجار الجملة ... المسؤولية، مؤكدين») */
            if (!speaker_in_sentence(c, s) &&
                name_run_before(c, q->first, 0, r, FSC__CONF_PARTICIPLE,
                                "participle_subject", FSC__G_PLURAL)) {
                r->form = FSC__SF_DROPPED;
                return;
            }
            vg = FSC__G_MASC;
            many = 1;
        }
        /* «مشيرا إلى», "adding": the subject of the clause it hangs on;
         * in Arabic, a verb-first sentence that reports nothing names it
         * before any earlier speaker does («ثم ألقى X كلمة ...، مؤكدا») */
        if (c->lang == LANG_AR && !speaker_in_sentence(c, s) &&
            name_run_before(c, q->first, 0, r, FSC__CONF_PARTICIPLE,
                            "participle_subject", vg)) {
            r->form = FSC__SF_DROPPED;
            return;
        }
        /* «Нападающий Мануэль Ромеро продлил контракт, сказав, что» */
        if (ru_gerund_subject(c, q, s, r))
            return;
        /* (a plural one only in its own sentence: «وأكد عدد من الزوار
         * ...، مشيدين»; a man who spoke before is one, not many) */
        if (inherit_g(c, s, many ? 0 : 1, UINT32_MAX, r, FSC__CONF_PARTICIPLE,
                      "participle", vg, 1)) {
            r->form = FSC__SF_DROPPED;
            return;
        }
        if ((k = sentence_subject(c, s, q->first)) >= 0) {
            set_src_from_cand(c, k, r, FSC__CONF_SUBJECT, "participle_subject");
            if (!c->cands[k].generic)
                r->conf = FSC__CONF_SUBJECT;
            r->res_first = r->first;
            r->res_last = r->last;
            r->first = 1;
            r->last = 0;
            r->form = FSC__SF_DROPPED;
            return;
        }
        /* Arabic: a participle after a verb with its subject dropped
         * («ووجه نقدا حادا واصفا إياه») goes back as far as that verb's
         * subject does */
        if (c->lang == LANG_AR && !many &&
            inherit_g(c, s, 12, q->first, r, FSC__CONF_PARTICIPLE, "participle",
                      vg, 1)) {
            r->form = FSC__SF_DROPPED;
            return;
        }
        /* «وقال الوزير إن الحكومة أقرت الخطة، مؤكدة أن»: a participle
         * that no main-clause speaker agrees with goes on with the
         * speaker of a report inside its own sentence's content that
         * does */
        if (c->lang == LANG_AR &&
            inherit_g(c, s, 0, q->first, r, FSC__CONF_PARTICIPLE,
                      "participle_nested", vg, 0)) {
            r->form = FSC__SF_DROPPED;
            return;
        }
        set_unresolved(r, "participle_unresolved");
        r->form = FSC__SF_DROPPED;
        return;
    }
    uint32_t prev = q->first > c->sent_first[s] ? q->first - 1 : UINT32_MAX;
    if (c->lang == LANG_AR) {
        /* Verb first: «وقال بيراموف إن», «وأشارت الصحيفة الأذرية أنه»;
         * a generic noun we cannot resolve may sit inside a subject we
         * can name («وقال المتحدث باسم الوزارة أحمد حسن إن»). */
        /* A cue that ends in its preposition («وشدد على», «وأشار إلى
         * أن») has its subject before that preposition, so none after. */
        int prep_end = q->last > q->first && key_is(c, q->last, AR_CUE_PREP);
        /* «وتؤكد هذه الدول الثلاث أن»: a demonstrative's phrase */
        if (!prep_end && ar_demonstrative_subject(c, q, s, vg, r))
            return;
        /* «أوضح ذلك سعادة مدير المكتبة»: the subject after the object */
        if (!prep_end && ar_this_subject(c, q, s, r))
            return;
        /* «ويقول منتقدوها إن»: a plural with a possessive pronoun */
        if (!prep_end && ar_possessed_subject(c, q, s, r))
            return;
        /* «وأظهرت بيانات معهد البترول الأمريكي أن», «كشفت أرقام رسمية
         * أن»: the data noun after an evidence verb and its genitive and
         * adjectives, up to the complementizer, a preposition, a relative
         * or a comma, are the source */
        if (q->data_subject && q->last + 1 <= c->sent_last[s] &&
            is_word(c, q->last + 1)) {
            uint32_t e = q->last + 1;
            for (uint32_t t = e + 1, w = 1; t <= c->sent_last[s] && w < 8;
                 t++, w++) {
                /* («تقرير صادر عن مركز المعلومات»: the issuer too) */
                if (!is_word(c, t) || is_compl(c, t) || c->cue_at[t] >= 0 ||
                    key_is(c, t, RELATIVES) ||
                    (!ar_issued_by(c, t) &&
                     (key_is(c, t, AR_CUE_PREP) || key_in(c, t, ADVERBIAL) ||
                      key_in(c, t, NAME_STOP))))
                    break;
                e = t;
            }
            int32_t k2 = search_fwd(c, q->last + 1, s, 8, 1);
            set_np(c, r, q->last + 1, e, "evidence_subject");
            r->form = FSC__SF_NOMINAL; /* a document, not a person */
            /* (an institution named in it is the source's organisation:
             * «بيانات معهد البترول الأمريكي») */
            if (k2 >= 0 && c->cands[k2].kind == FSC__SRC_ACTOR &&
                !c->cands[k2].generic && c->cands[k2].last <= e) {
                uint8_t f = r->form;
                set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME,
                                  "evidence_subject");
                r->first = q->last + 1;
                r->last = e;
                r->form = f;
            }
            return;
        }
        /* «X و Y أكدوا», «عن X رضي الله عنه قال»: a subject before the
         * verb that the rules below do not take */
        if (ar_topic_subject(c, q, s, vg, r))
            return;
        /* «كان» right before the verb, the subject opening the sentence
         * before it, with a relative clause or an apposition between:
         * «الشاب الذي دعا الفنان إلى زفافه، كان يرى حضوره حلما» */
        if (ar_kana_subject(c, q, s, r))
            return;
        /* «وهو يقول», «فهي ترى أن»: an independent pronoun */
        if (ar_pronoun_subject(c, q, s, r))
            return;
        /* Subject, then verb, then object: «عيدان طالب القاضي بالإفراج»
         * (the noun after the verb is its object) */
        if (ar_sv_subject(c, q, s, r))
            return;
        /* «فبعض المواقع تشير إلى أن»: a quantifier's phrase */
        if (ar_quant_subject(c, q, s, r))
            return;
        /* «إن الفحوص التي أجريت ... تشير إلى»: the phrase after «إن» */
        if (ar_inna_subject(c, q, s, r))
            return;
        /* «بعد تقارير تحدثت عن»: an indefinite reporting noun before it */
        if (ar_indef_subject(c, q, s, r))
            return;
        /* «وتعرض أبو مازن لـ... واتهم حماس بـ»: the first clause's
         * subject, the noun after the verb its object */
        if (ar_coord_subject(c, q, s, vg, r))
            return;
        /* «هذا ما قاله كارار الذي ...»: the subject after the phrase runs
         * to a relative, a comma or the sentence's end */
        if (q->last > q->first + 1 && key_is(c, q->first, AR_THIS_WHAT) &&
            key_is(c, q->first + 1, AR_MA)) {
            uint32_t e = UINT32_MAX, w = 0;
            for (uint32_t t = q->last + 1; t <= c->sent_last[s] && w < 10;
                 t++) {
                if (!is_word(c, t)) {
                    if (passable_mark(c, t))
                        continue;
                    break;
                }
                if (key_is(c, t, RELATIVES) || is_compl(c, t) ||
                    c->cue_at[t] >= 0 || key_in(c, t, ADVERBIAL))
                    break;
                e = t;
                w++;
            }
            if (e != UINT32_MAX) {
                if ((k = search_fwd(c, q->last + 1, s, 3, 1)) >= 0 &&
                    c->cands[k].last <= e && !c->cands[k].generic)
                    set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "cue_name");
                else
                    set_np(c, r, q->last + 1, e, "cue_named");
                return;
            }
        }
        /* «ناصر محمد الدوسري الذي يرى أن»: a relative right before the
         * cue; the name or actor it follows is the subject */
        if (prev != UINT32_MAX && prev > c->sent_first[s] &&
            key_is(c, prev, AR_RELATIVE) &&
            (ar_relative_agrees(c, prev, vg) ||
             (vg == FSC__G_MASC && key_is(c, prev, AR_REL_FEM) &&
              q->last + 1 <= c->sent_last[s] &&
              key_is(c, q->last + 1, AR_RESUMPTIVE)))) {
            /* (a masculine verb after «التي», then «فيها»: the relative
             * is the thing said, the speaker the name before it,
             * «تصريحات خامنئي التي أعلن فيها»; not a feminine verb after
             * «الذي», whose subject is someone else, «علي فرزات الذي رأت
             * فيه بطلا») */
            uint32_t e = prev - 1;
            /* (a comma or a dash may set the clause off: «الوزارة، التي
             * أكدت», «الرئيس محمد بخاري - الذي توعد») */
            while (e > c->sent_first[s] && !is_word(c, e) &&
                   (is_comma(cp(c, e)) || is_dash(cp(c, e))))
                e--;
            int32_t k2 = is_word(c, e) ? c->cand_at[e] : -1;
            if (k2 >= 0 && c->cands[k2].last == e && !c->cands[k2].generic) {
                set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME, "relative");
                return;
            }
            uint32_t best = UINT32_MAX; /* the longest name that ends there */
            for (uint32_t v = e + 1, n = 0; v-- > c->sent_first[s] && n < 6;
                 n++) {
                if (!is_word(c, v))
                    break;
                if (ar_name_run(c, v, e) == e)
                    best = v;
            }
            if (best != UINT32_MAX) {
                /* (with the title and the definite words after it before
                 * the name: «مدير المستشفى الدكتور إبراهيم الرشيدي، الذي»,
                 * «الصحفي الأميركي ديفيد زيرين، الذي») */
                uint32_t far = UINT32_MAX;
                for (uint32_t u = best, n = 0;
                     u-- > c->sent_first[s] && n < 4 && is_word(c, u) &&
                     c->tok[u].kind == FSC__TOK_WORD && c->cue_at[u] < 0 &&
                     !is_compl(c, u) && !key_in(c, u, NAME_STOP);
                     n++) {
                    if (ar_title_at(c, u))
                        far = u;
                    else if (!ar_definite(c, u))
                        break;
                }
                set_np(c, r, far != UINT32_MAX ? far : best, e, "relative");
                return;
            }
        }
        /* «أما X فقالت: ...»: the topic after «أما» is the subject (with
         * commas in it: «أما الكاتب اللبناني، ورئيس تحرير صحيفة «المدن»
         * ساطع نور الدين فيرى») */
        if (prev != UINT32_MAX && ar_fa_verb(c, q->first)) {
            uint32_t t = prev, w = 0;
            while (t > c->sent_first[s] && w < 20 &&
                   (is_word(c, t) || passable_mark(c, t) || c->qmark[t] >= 0 ||
                    is_comma(cp(c, t))) &&
                   !key_is(c, t, AR_AMMA) && c->cue_at[t] < 0) {
                t--;
                w++;
            }
            if (w > 0 && is_word(c, t) && key_is(c, t, AR_AMMA)) {
                uint32_t e = prev;
                while (e > t + 1 && !is_word(c, e))
                    e--;
                set_np(c, r, t + 1, e, "subject_amma");
                return;
            }
        }
        /* «كان» and its sisters, the subject, then the verb: «وكان وزير
         * الاقتصاد الأسبق محمد الجاسر انتقد أداء ...»: the words between
         * them are the subject, those after the verb its object. */
        if (prev != UINT32_MAX) {
            uint32_t t = prev, w = 0, cut = UINT32_MAX;
            int gap = 0;
            /* «وكان الوزير X واضحا حين قال»: «حين», «عندما» right before
             * the verb open a clause of time; the subject is that of
             * «كان» before it, without the predicate, an indefinite
             * accusative («واضحا») */
            int when = is_word(c, prev) && key_is(c, prev, AR_WHEN);
            if (when)
                cut = prev;
            while (t > c->sent_first[s] && w < 10) {
                if (when && t == prev) {
                    t--;
                    continue;
                }
                if (is_word(c, t)) {
                    if (is_compl(c, t) || c->cue_at[t] >= 0 ||
                        key_is(c, t, AR_KANA))
                        break;
                    t--;
                    w++;
                    continue;
                }
                /* (a word in brackets inside the subject, «وكانت وسائل
                 * الإعلام (المحلية) قد أشارت», and a circumstance set off
                 * by commas before «قد», «وكانت الوزارة، في بيان لها،
                 * قد أشارت», which is no part of it) */
                if (when)
                    break;
                uint32_t o =
                    kana_gap(c, t, c->sent_first[s], prev, cut == UINT32_MAX);
                if (o == UINT32_MAX)
                    break;
                if (cp(c, t) != ')')
                    cut = o;
                t = o - 1;
                w++;
                gap = 1;
            }
            /* (past a bracket or a circumstance, a verb after «كان» is
             * its predicate, «كان يشرح ... (رضوى) يقول»: no subject) */
            if (w > 0 && is_word(c, t) && key_is(c, t, AR_KANA) &&
                !(gap && imperfect_ar(c, t + 1))) {
                /* «وكانت الجماعة المتطرفة قد أعلنت»: «قد» is the verb's */
                uint32_t e = cut != UINT32_MAX ? cut - 1 : prev;
                while (e > t + 1 && key_is(c, e, AR_QAD))
                    e--;
                while (when && e >= t + 1 && ar_indef_acc(c, e))
                    e--;
                /* (and a comparative that opens it, «أكثر صراحة») */
                for (uint32_t u = t + 1; when && u <= e; u++)
                    if (is_word(c, u) && key_is(c, u, AR_COMPARATIVE)) {
                        e = u - 1;
                        break;
                    }
                if (when && e < t + 1)
                    e = UINT32_MAX; /* «كان صريحا حين قال»: none here */
                if (e != UINT32_MAX && !key_is(c, e, AR_QAD)) {
                    int32_t k2 = c->cand_at[e];
                    /* (an actor in the brackets: «وكالة (رويترز)») */
                    if (k2 < 0 && gap && e > t + 1 && !is_word(c, e))
                        k2 = c->cand_at[e - 1];
                    set_np(c, r, t + 1, e, "subject_verb");
                    if (k2 >= 0 && c->cands[k2].first >= t + 1 &&
                        c->cands[k2].kind == FSC__SRC_ACTOR) {
                        uint8_t f = r->form;
                        uint32_t a0 = r->first, b0 = r->last;
                        set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME,
                                          "subject_verb");
                        r->first = a0;
                        if (gap)
                            r->last = b0;
                        r->form = f;
                    }
                    return;
                }
            }
        }
        /* «أعرب فيه», «رفع فيها»: a clause that hangs on a noun before
         * it («اتصالا هاتفيا من الملك X ملك البحرين أعرب فيه عن»,
         * «ألقى X كلمة رفع فيها»): the speaker is the nearest person named
         * before the cue in its sentence */
        if (!prep_end && q->last + 1 <= c->sent_last[s] &&
            key_is(c, q->last + 1, AR_RESUMPTIVE) && prev != UINT32_MAX &&
            ar_name_before(c, q, s, r))
            return;
        /* «واستنكر عسيري اتهامات منظمة هيومن رايتس ووتش»: a name the
         * article has already given a speaker, right after the verb, is
         * the subject (verb, subject, object); an actor further on is in
         * the object */
        if (!prep_end && q->last + 1 <= c->sent_last[s] &&
            ar_speaker_again(c, q->last + 1)) {
            uint32_t e = ar_name_run(c, q->last + 1, c->sent_last[s]);
            set_np(c, r, q->last + 1, e != UINT32_MAX ? e : q->last + 1,
                   "cue_named");
            return;
        }
        if (!prep_end && (k = search_fwd(c, q->last + 1, s, 5, 1)) >= 0) {
            /* an anonymity phrase in a relative clause describes the
             * subject before it: «وقال المصدر الذي رفض الكشف عن اسمه» */
            if (c->cands[k].kind == FSC__SRC_ANONYMOUS &&
                c->cands[k].first > q->last + 1 &&
                named_ar(c, q->last + 1, s, 0, r) &&
                r->last < c->cands[k].first) {
                r->kind = FSC__SRC_ANONYMOUS;
                r->actor = -1;
                r->conf = FSC__CONF_ANONYMOUS;
                r->rule = "anonymous";
                return;
            }
            /* «وتخشى إسرائيل من تعزيز حزب الله»: an actor after a
             * preposition is no subject; the words before it are */
            uint32_t pp = UINT32_MAX;
            for (uint32_t t = q->last + 1; t < c->cands[k].first; t++)
                if (is_word(c, t) && key_is(c, t, AR_SUBJ_PREPS) &&
                    !ar_issued_by(c, t)) {
                    pp = t;
                    break;
                }
            if (pp != UINT32_MAX) {
                if (pp > q->last + 1 && named_ar(c, q->last + 1, s, 0, r) &&
                    r->last < pp)
                    return;
                src_fresh(r);
            } else {
                /* «ذكر زعيم حزب الله اللبناني حسن نصر الله»: an actor in a
                 * title's genitive, the person's name after it */
                srcres nr;
                src_fresh(&nr);
                if (!generic_unresolved(c, k) &&
                    c->cands[k].first > q->last + 1 &&
                    (ar_title_at(c, c->cands[k].first - 1) ||
                     ar_title_genitive(c, q->last + 1, c->cands[k].first)) &&
                    named_ar(c, q->last + 1, s, 0, &nr) &&
                    nr.last > c->cands[k].last) {
                    *r = nr;
                    /* the person may be an actor we know: «حسن نصر الله» */
                    for (uint32_t t = c->cands[k].last + 1; t <= nr.last; t++) {
                        int32_t k2 = c->cand_at[t];
                        if (k2 >= 0 && c->cands[k2].kind == FSC__SRC_ACTOR &&
                            !c->cands[k2].generic &&
                            c->cands[k2].last <= nr.last) {
                            uint8_t f = r->form;
                            uint32_t a0 = r->first;
                            set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME,
                                              "title_name");
                            r->first = a0;
                            r->form = f;
                            break;
                        }
                    }
                    return;
                }
                if (!(generic_unresolved(c, k) &&
                      named_ar(c, q->last + 1, s, 0, r)))
                    set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "cue_name");
                return;
            }
        }
        if (!prep_end && named_ar(c, q->last + 1, s, 0, r))
            return;
        if ((k = search_back(c, prev, s, 2)) >= 0) {
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "cue_name");
            return;
        }
        /* No subject written: the verb's own pronoun («وأضاف أن»). */
        uint32_t nx = q->last + 1;
        int implied = prep_end || nx > c->sent_last[s] || !is_word(c, nx) ||
                      is_compl(c, nx) || c->cue_at[nx] >= 0 ||
                      key_is(c, nx, AR_OBJECTS) || ar_object_at(c, nx) ||
                      key_is(c, nx, AR_FI_PRONOUN) /* «أكدت فيها أن» */ ||
                      ar_accusative(c, nx) || ar_object_plural(c, nx) ||
                      ar_acc_pair(c, nx) || ar_masc_object(c, nx) ||
                      ar_called_on_disagrees(c, nx) || ar_bi_object(c, nx) ||
                      (ar_prep_definite(c, nx) && !lemma_is(c, q, "كتب")) ||
                      key_is(c, nx, AR_ADDRESSEE) || key_in(c, nx, NAME_STOP) ||
                      key_in(c, nx, ADVERBIAL);
        /* a channel right after the verb and no one named after it:
         * «وقال لـ"الحياة" إن», «وأضاف للصحفيين أن» */
        uint32_t cha, chb;
        if (!implied && channel_of(c, q->first, q->last, 1, 0, &cha, &chb))
            implied = 1;
        /* a passive or impersonal verb («قيل», «يقال», «من المتوقع») has
         * no subject;
         * nor has a belief verb in the imperfect with «أن» right after it
         * («ويتوقع أن», «ويُنتظر أن»: it is expected that) */
        if (q->impersonal || key_in(c, q->first, IMPERSONAL) ||
            (q->cls == FSC__CLS_BELIEF && q->first == q->last &&
             ar_imperfect_he(c, q->first) && nx <= c->sent_last[s] &&
             is_word(c, nx) && is_compl(c, nx) && !key_is(c, nx, AR_ILA)))
            implied = 0;
        /* A relative pronoun before the verb: its antecedent is the
         * subject («بحسب ما ذكرت "ذي ديلي ميل" التي رأت أن», «النيابة
         * العامة، التي قالت إنها»). */
        /* (not with «فيه», «عنه» after the verb: the antecedent is where,
         * when or what about it was said, «في الوقت الذي أعلنت فيه»,
         * «التقارب الذي أعلن عنه»; the subject is dropped) */
        if (implied && prev != UINT32_MAX && key_is(c, prev, RELATIVES) &&
            !key_is(c, nx, AR_FI_PRONOUN)) {
            uint32_t t = prev;
            while (t > c->sent_first[s] && !is_word(c, t - 1) &&
                   (is_comma(cp(c, t - 1)) || c->qmark[t - 1] >= 0))
                t--;
            if (t > c->sent_first[s] && is_word(c, t - 1)) {
                uint32_t e = t - 1, a = e, w = 1;
                while (a > c->sent_first[s] && w < 6) {
                    uint32_t u = a - 1;
                    if (!is_word(c, u) || is_compl(c, u) || c->cue_at[u] >= 0 ||
                        key_is(c, u, AR_CUE_PREP) ||
                        key_is(c, u, AR_NAME_NOT2) || key_in(c, u, ADVERBIAL) ||
                        key_is(c, u, RELATIVES))
                        break;
                    a = u;
                    w++;
                }
                if (!key_is(c, a, AR_NAME_NOT2) && !ar_object_at(c, a)) {
                    int32_t k2 = c->cand_at[e];
                    set_np(c, r, a, e, "relative_subject");
                    if (k2 >= 0 && c->cands[k2].kind == FSC__SRC_ACTOR &&
                        c->cands[k2].first >= a) {
                        uint8_t f = r->form;
                        set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME,
                                          "relative_subject");
                        r->first = a;
                        r->form = f;
                    }
                    return;
                }
            }
        }
        /* A comma may part a person's name after a complementizer from
         * its verb: «وقال التلفزيون إن عبد العزيز، كتب في صفحته أنه ...»:
         * the name is the subject, not the outer speaker. */
        if (implied && prev != UINT32_MAX && prev > c->sent_first[s] + 1 &&
            !is_word(c, prev) && is_comma(cp(c, prev)) &&
            is_word(c, prev - 1)) {
            uint32_t e = prev - 1, t = e, w = 0;
            while (t > c->sent_first[s] && is_word(c, t) && !is_compl(c, t) &&
                   c->cue_at[t] < 0 && w < 4) {
                t--;
                w++;
            }
            if (w > 0 && is_word(c, t) && is_compl(c, t) &&
                !key_is(c, t, AR_ILA) && ar_name_run(c, t + 1, e) == e) {
                set_np(c, r, t + 1, e, "subject_verb");
                return;
            }
        }
        /* Subject before the verb after a complementizer: «إن أذربيجان
         * تعتقد أن», «وأكد أن الوزير يرى أن»: the words between them. */
        if (implied && prev != UINT32_MAX) {
            uint32_t t = prev, w = 0;
            int verbal = 0; /* «لا تزال», «كان», «بهم»: no noun phrase */
            while (t > c->sent_first[s] && is_word(c, t) && !is_compl(c, t) &&
                   c->cue_at[t] < 0 && w < 4) {
                verbal |= key_is(c, t, AR_NOT_SUBJECT) ||
                          key_is(c, t, AR_PREP_PRONOUN);
                t--;
                w++;
            }
            /* or the sentence opens with the subject: «[احتفالية نور
             * الكبيرة] أكدت أن» */
            uint32_t np0 = UINT32_MAX;
            /* (a complementizer, not «إلى»: «والتأهل إلى الدور النهائي
             * وقال» has no subject before «وقال») */
            if (w > 0 && is_word(c, t) && is_compl(c, t) && !verbal &&
                !key_is(c, t, AR_ILA))
                np0 = t + 1;
            else if (t == c->sent_first[s] && is_word(c, t) &&
                     !is_compl(c, t) && c->cue_at[t] < 0 &&
                     !ar_aspect_verb(c, t) && !key_is(c, t, AR_ABOUT)) {
                np0 = t;
                for (uint32_t u = t; u <= prev; u++)
                    if (key_in(c, u, NAME_STOP) || key_is(c, u, AR_NAME_NOT2) ||
                        key_in(c, u, ADVERBIAL) || ar_object_at(c, u) ||
                        key_is(c, u, AR_CUE_PREP) ||
                        key_is(c, u, AR_NOT_SUBJECT) ||
                        key_is(c, u, AR_PREP_PRONOUN))
                        np0 = UINT32_MAX; /* «ومن جانبه أكد أن» */
            }
            if (np0 != UINT32_MAX) {
                t = np0 - 1;
                set_np(c, r, np0, prev, "subject_verb");
                int32_t k2 = c->cand_at[prev];
                if (k2 >= 0 && c->cands[k2].first >= t + 1 &&
                    c->cands[k2].kind == FSC__SRC_ACTOR) {
                    uint8_t f = r->form;
                    set_src_from_cand(c, k2, r, FSC__CONF_CUE_NAME,
                                      "subject_verb");
                    r->first = t + 1;
                    r->form = f;
                }
                return;
            }
        }
        if (implied && c->anon_sent[s]) {
            set_anonymous(r);
            return;
        }
        if (implied) {
            /* pro-drop: the newest earlier speaker the verb agrees with,
             * or the subject of a newer verb-first sentence or clause that
             * reports nothing («سعت وزارة العدل إلى ... . وتعهدت في بيان»,
             * «دافع المجلس الأعلى للقضاء عن ...، وقال إنها») */
            int got = inherit_g(c, s, 12, q->first, r, FSC__CONF_PRONOUN,
                                "dropped", vg, 1);
            srcres nb;
            src_fresh(&nb);
            /* (where the earlier speaker was written, not its fuller
             * mention: «محمود عباس أبو مازن» at the top is no reason to
             * prefer a newer subject over «واتهم أبو مازن») */
            uint32_t at = got && r->from_tok != UINT32_MAX     ? r->from_tok
                          : got && r->res_first <= r->res_last ? r->res_first
                          : got && r->first <= r->last         ? r->first
                                                               : 0;
            if (got && r->inherited == 1 && r->rule &&
                strcmp(r->rule, "dropped") == 0 &&
                name_run_before(c, q->first, 2, &nb, FSC__CONF_PRONOUN,
                                "dropped_subject", vg) &&
                nb.res_first > at && nb.res_first < q->first)
                *r = nb;
            if (!got)
                set_unresolved(r, "dropped_unresolved");
            r->form = FSC__SF_DROPPED;
            if (r->gender == FSC__G_UNKNOWN)
                r->gender = vg;
            return;
        }
    } else {
        uint32_t pc = prev != UINT32_MAX ? cp(c, prev) : 0;
        int after_punct = prev != UINT32_MAX && !is_word(c, prev) &&
                          (is_comma(pc) || is_dash(pc) || c->qmark[prev] >= 0 ||
                           /* the second apostrophe of a '' mark */
                           (pc == '\'' && prev > 0 && c->qmark[prev - 1] >= 0));
        /* '"... closed?" asked Ecker': the sentence ends at the question
         * mark inside the quotation, and the cue opens the next one right
         * after the closing mark; it is still set after what it reports */
        if (c->lang == LANG_EN && prev == UINT32_MAX && q->first > 0 &&
            !is_word(c, q->first - 1)) {
            /* (the mark may be two apostrophes, the second its own
             * token: "''... closed?'' asked Ecker") */
            uint32_t m = q->first - 1;
            if (c->qmark[m] < 0 && cp(c, m) == '\'' && m > 0 &&
                !is_word(c, m - 1) && c->qmark[m - 1] >= 0)
                m--;
            if (c->qmark[m] >= 0 && c->q->v[c->qmark[m]].open_tok != m)
                after_punct = 1;
        }
        /* 'Said Comey, "..."': a verb opening the sentence before its
         * subject and the quotation it reports */
        if (c->lang == LANG_EN && prev == UINT32_MAX && cap_word(c, q->first) &&
            q->form == FSC__FORM_VERB && inverted_quote(c, q, s))
            after_punct = 1;
        /* «— сказал он агентству», «— добавила она РИА Новости»: the
         * pronoun right after the verb is its subject, the noun or name
         * after it the addressee */
        if (after_punct && c->lang == LANG_RU &&
            q->last + 1 <= c->sent_last[s] && is_word(c, q->last + 1) &&
            key_in(c, q->last + 1, PRONOUNS) && subject_after(c, q, s, r))
            return;
        /* «…, пишет «Коммерсантъ» со ссылкой на источники»; «…, сказал
         * «Интерфаксу» представитель ведомства» */
        if (after_punct && ru_quoted_after(c, q, s, r))
            return;
        /* «…, — заявил представитель ведомства», «— отметил министр
         * транспорта», «— рассказал «Ведомостям» представитель сети
         * «Лента»»: the whole phrase after the verb */
        if (after_punct && ru_postposed_np(c, q, s, r))
            return;
        if (after_punct && ru_after_addressee(c, q, s, r))
            return;
        /* «…, сообщили ТАСС в мэрии»: whom it was told, then the place */
        if (after_punct && c->lang == LANG_RU &&
            ru_addressee_end(c, q->last + 1, c->sent_last[s]) != UINT32_MAX &&
            ru_place_source(c, q, s, r))
            return;
        /* (", told Fox News": the name after "told" is whom it was told,
         * never its subject) */
        if (after_punct && !(c->lang == LANG_EN && lemma_is(c, q, "tell"))) {
            /* "..., said Lavrov", «..., — заявил Лавров»; in English the
             * name then ends the clause ("..., said the detained X would"
             * has X in the content). */
            k = search_fwd(c, q->last + 1, s, 5, 1);
            if (k >= 0 && c->lang == LANG_EN) {
                /* (nor does a quotation open after it: ", called the KKK
                 * “abhorrent”" has the object first, then the label) */
                uint32_t e = c->cands[k].last + 1;
                /* ("said Stephen Vladeck of the University of Texas.":
                 * the affiliation ends the clause too) */
                if (e <= c->sent_last[s] &&
                    en_affiliation_end(c, e, c->sent_last[s]) == UINT32_MAX &&
                    (is_word(c, e) ||
                     (c->qmark[e] >= 0 && c->q->v[c->qmark[e]].open_tok == e)))
                    k = -1;
            }
            if (generic_unresolved(c, k) && c->lang == LANG_RU &&
                named_after(c, q->last + 1, s, r, "said_named"))
                return;
            if (k >= 0) {
                set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "said_name");
                return;
            }
            if (c->lang == LANG_EN &&
                named_after(c, q->last + 1, s, r, "said_named"))
                return;
        }
        /* "the institute's director, Dr. Anthony Fauci, said of the
         * outbreak": a name set off by commas right before the cue is
         * its subject in apposition */
        if (c->lang == LANG_EN && after_punct && is_comma(pc) &&
            prev > c->sent_first[s] + 1 && name_word(c, prev - 1)) {
            uint32_t f = name_back(c, prev - 1, c->sent_first[s]);
            /* (and a title before it: "Dr.", "Sen.", "Gov.") */
            while (f != UINT32_MAX && f > c->sent_first[s] + 2 &&
                   !is_word(c, f - 1) && cp(c, f - 1) == '.' &&
                   is_word(c, f - 2) && cap_word(c, f - 2) &&
                   c->tok[f - 2].len <= 4)
                f -= 2;
            if (f != UINT32_MAX && f > c->sent_first[s] && f < prev - 1 &&
                !is_word(c, f - 1) && is_comma(cp(c, f - 1)) &&
                !party_label(c, f)) {
                set_np(c, r, f, prev - 1, "apposition_before");
                return;
            }
        }
        /* «Эксперты, с которыми поговорил корреспондент ТАСС, полагают» */
        if (ru_set_off_subject(c, q, s, r))
            return;
        /* «Информацию изданию подтвердили два источника» */
        if (ru_addressee_before(c, q, s, r))
            return;
        /* «РИА Новости со ссылкой на источник сообщило, что» */
        if (ru_citing_subject(c, q, s, r))
            return;
        /* «Также отметил, что ...»: a Russian verb opening its sentence */
        if (ru_dropped_subject(c, q, s, vg, r))
            return;
        /* «Представитель Минздрава отметил», «Источники Reuters
         * утверждают»: the role is the subject, not the organisation */
        if (ru_role_subject(c, q, s, r))
            return;
        /* «Жителей просят не выходить», «Мне говорили: ...»: a plural
         * verb with no subject after its object; someone unnamed */
        if (ru_indefinite_personal(c, q, s, r))
            return;
        /* A name right before the cue, outside the lexicon, before an
         * actor further back ("Trump adviser Jane Doe said"). */
        if (named_said(c, prev, s, r))
            return;
        if ((k = search_back(c, prev, s, 7)) >= 0 &&
            !ru_channel_owner(c, c->cands[k].first)) {
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "name_said");
            return;
        }
        /* «Наблюдатели от КПРФ, однако, заявили» */
        if (ru_subject_from(c, q, s, r))
            return;
        /* «Мария Захарова в своем Telegram-канале написала» */
        if (ru_named_before_adverbial(c, q, s, r))
            return;
        /* «Пресс-служба компании в своем Telegram-канале сообщила» */
        if (ru_own_channel_subject(c, q, s, r))
            return;
        /* «В последнем слове подсудимый заявил» */
        if (ru_substantive_subject(c, q, s, r))
            return;
        /* «Авиакомпания «Победа» заявила», «В компании «X» заявили» */
        if (ru_quoted_before(c, q, s, r))
            return;
        /* «Глава района Иван Орлов осмотрел мост и заявил» */
        if (ru_coord_subject(c, q, s, r))
            return;
        /* A pronoun (resolved by gender), a relative "who" or a noun
         * phrase right before the cue. */
        /* "Aides are confident that", "Reis remains convinced that": the
         * subject before the copula */
        if (en_copula_holder(c, q, s, r))
            return;
        if (subject_before(c, q, s, r))
            return;
        /* "One in three said", "about half of voters say" */
        if (c->lang == LANG_EN && en_share_subject(c, q, s, r))
            return;
        /* «Об этом сообщила пресс-служба суда», «Это подтвердил глава
         * района»: the whole phrase after the verb */
        if (ru_after_anaphor(c, q, s) && ru_postposed_np(c, q, s, r))
            return;
        if ((k = search_fwd(c, q->last + 1, s, 5, 1)) >= 0) {
            /* «заявил представитель министерства»: a generic noun no one
             * named before stays inside the phrase that is the subject */
            if (generic_unresolved(c, k) && c->lang == LANG_RU &&
                (named_after(c, q->last + 1, s, r, "said_named") ||
                 subject_after(c, q, s, r)))
                return;
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "said_name");
            return;
        }
        /* Russian verb-subject order: «заявил Песков», «Об этом сообщил
         * глава ведомства Иван Петров». */
        if (c->lang == LANG_RU &&
            named_after(c, q->last + 1, s, r, "said_named"))
            return;
        /* «— сказал после заседания глава комитета Иван Орлов» */
        if (ru_named_after_adverbial(c, q, s, r))
            return;
        /* «Обзор ООН по национальным планам показывает, что» */
        if (ru_evidence_subject(c, q, s, r))
            return;
        /* «В Кремле заявили», «отметили в ведомстве»; «В мэрии призвали
         * водителей»: the phrase after the verb is its object */
        if (ru_place_source(c, q, s, r))
            return;
        /* "..., said the spokesman", "..., he said", «— добавил он»,
         * «заявил министр» */
        if ((after_punct || c->lang == LANG_RU) && subject_after(c, q, s, r))
            return;
    }
    /* "Clinton took to Twitter to say", "voters were more likely to
     * say", "the paper is expected to endorse": a verb after "to", with
     * words after it, is said by the subject of the clause it completes
     * (not a belief, "eager to believe") */
    if (c->lang == LANG_EN && q->form == FSC__FORM_VERB &&
        q->cls != FSC__CLS_BELIEF && prev != UINT32_MAX && is_word(c, prev) &&
        key_is(c, prev, TO_ONLY) && q->last < c->sent_last[s] &&
        is_word(c, q->last + 1) &&
        (to_after_verb(c, prev) || en_to_subject_free(c, prev, s)) &&
        !in_content(c, q->first) && clause_subject(c, q, s, r)) {
        r->rule = "infinitive_clause";
        return;
    }
    if (c->anon_sent[s]) {
        set_anonymous(r);
        return;
    }
    set_unresolved(r, "unresolved");
}
