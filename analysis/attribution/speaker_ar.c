/*
 * speaker_ar.c - stage 3, part: Arabic subjects after a verb-first cue.
 * named_ar() reads the subject after «وقال», «وأكد» or an according-to
 * phrase (titles, names, institutions, up to the complementizer, the
 * addressee or the object); with it the addressee and channel tests
 * («لـ"الشرق الأوسط"», «للصحفيين»), the object tests («ويصفه بالفاشل»),
 * «أما X فقال», and the speaker of a clause that hangs on a noun («أعرب
 * فيه»). Words after the verb that are its object by their form are
 * told in object_ar.c; the rest of the speaker rules are in speaker.c.
 */
#include "attrib_int.h"

/* Honorifics before a person's name (folded). */
static const char *const AR_HONORIFICS[] = { "الدكتور",  "الدكتورة", "المهندس",
                                             "المهندسة", "الشيخ",    "الاستاذ",
                                             "الاستاذة", "السيد",    "السيدة",
                                             "د",        NULL };

/*
 * Rule cue_named (Arabic, no capitals): after a verb-first cue («وقال»,
 * «وأكد») the words up to أن/إن or a comma, at most six, are its subject
 * («وقال المتحدث باسم الوزارة أحمد حسن إن»); after an according-to cue
 * («بحسب», «نقلا عن») the words up to a comma or the sentence's end. Not
 * when the first word is an adverbial («في بيان»), a pronoun, a speaker
 * noun («مسؤولون»: unresolved) or an addressee («لوكالة», «للصحفيين»).
 */
/* Token t opens an addressee: a detached «لـ», or ل + a generic noun or a
 * quotation mark right after; with media_only, ل + a newspaper or agency
 * only (after a title, «لمركز» is its genitive, «لصحيفة» the channel). */
static int ar_addressee_at2(const ctx *c, uint32_t t, int media_only);

static int ar_addressee_at(const ctx *c, uint32_t t)
{
    return ar_addressee_at2(c, t, 0);
}

static int ar_addressee_at2(const ctx *c, uint32_t t, int media_only)
{
    char key[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, key);
    if (strcmp(key, "ل") == 0)
        return 1;
    if (!starts(key, "ل") || strlen(key) <= 4)
        return 0;
    if (t + 1 < c->n_tok && c->qmark[t + 1] >= 0 && !is_word(c, t + 1))
        return 0; /* «لـ"X"» is the detached form above */
    int g = ar_generic_noun(key + 2);
    return media_only ? g == GEN_MEDIA || g == GEN_AGENCY : g != 0;
}

/* Word t is لل + a newspaper or an agency («للصحيفة»): an addressee. */
static int ar_ll_media(const ctx *c, uint32_t t)
{
    char key[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, key);
    if (!starts(key, "لل") || strlen(key) <= 6)
        return 0;
    int g = generic_of(GENERIC_AR, key + 4, 0);
    return g == GEN_MEDIA || g == GEN_AGENCY;
}

int ar_channel_at(const ctx *c, uint32_t t)
{
    return ar_addressee_at(c, t) || ar_ll_media(c, t);
}

/* Word t is ب + the article («بالخطأ») right after two words that may be
 * a name we have no list for, which follow a definite word or a title
 * («واعترف مدرب المكسيك ميغيل هيريرا بالخطأ الذي ...»): the name closed
 * the subject, the phrase is the verb's object. */
static int ar_bi_after_name(const ctx *c, uint32_t t, uint32_t from,
                            uint32_t hi)
{
    /* (right after the verb, such a name is the whole subject: «وأشاد
     * ابن محي بدعم أمير المنطقة») */
    if (t == from + 2 && ar_unlisted_name(c, from, hi))
        return 1;
    if (t < from + 3 || !is_word(c, t - 3) ||
        !(ar_definite(c, t - 3) || ar_title_at(c, t - 3)))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return starts(k, "بال") && !ar_definite(c, t - 2) &&
           !ar_definite(c, t - 1) && ar_unlisted_name(c, t - 2, hi);
}

/* A preposition with an attached pronoun, never a subject: «فيما تعهد
 * به» (folded). */
const char *const AR_PREP_PRONOUN[] = {
    "به",    "بها",   "بهم", "بهما", "له",   "لها",   "لهم",   "لهما",  "عليه",
    "عليها", "عليهم", "منه", "منها", "منهم", "عنه",   "عنها",  "عنهم",  "اليه",
    "اليها", "اليهم", "معه", "معها", "معهم", "لديه",  "لديها", "لديهم", "عنده",
    "عندها", "عندهم", "فيه", "فيها", "فيهم", "فيهما", NULL
};

/* Royal titles (folded). */
static const char *const AR_ROYAL2[] = { "الملك",   "الامير", "الملكة",
                                         "الاميرة", "الشيخ",  NULL };

/* «نظيره», «نظيرته», «نظراءه»: his counterpart, a second person after
 * the subject (folded). */
static const char *const AR_PEER[] = { "نظيره",  "نظيرها", "نظيرته", "نظيرتها",
                                       "نظراءه", "نظرائه", NULL };

/* Resumptive pronouns after a verb that hangs on a noun («فيه»). */
const char *const AR_RESUMPTIVE[] = { "فيه", "فيها", "خلاله", "خلالها", NULL };

/* The nearest person's name (a first-name run or an actor) before cue q in
 * sentence s, no other cue between: the source, its subject dropped. */
int ar_name_before(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s], w = 0;
    for (uint32_t t = q->first; t-- > lo && w < 40;) {
        if (!is_word(c, t))
            continue;
        w++;
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return 0;
        int32_t k = c->cand_at[t];
        if (k >= 0 && c->cands[k].actor >= 0 && !c->cands[k].generic &&
            c->cands[k].kind == FSC__SRC_ACTOR && c->cands[k].last < q->first) {
            set_src_from_cand(c, k, r, FSC__CONF_PRONOUN, "resumptive");
            r->res_first = r->first;
            r->res_last = r->last;
            r->first = 1;
            r->last = 0;
            r->inherited = 1;
            r->form = FSC__SF_DROPPED;
            return 1;
        }
        if (!ar_first_name(c, t))
            continue;
        uint32_t e = ar_name_run(c, t, q->first - 1);
        if (e == UINT32_MAX)
            continue;
        /* the start of the name this word belongs to: «حمد بن عيسى آل
         * خليفة» found at «خليفة» */
        for (uint32_t u = t, n = 0; u-- > lo && n < 6; n++) {
            uint32_t eu = ar_first_name(c, u) ? ar_name_run(c, u, q->first - 1)
                                              : UINT32_MAX;
            if (eu != UINT32_MAX && eu >= t) {
                t = u;
                e = eu;
            }
        }
        uint8_t g = ar_first_name(c, t) == 2 ? FSC__G_FEM : FSC__G_MASC;
        inherit_name(r, t, e, g, FSC__CONF_PRONOUN, "resumptive");
        r->form = FSC__SF_DROPPED;
        return 1;
    }
    return 0;
}

/* Prepositions a cue may end in (folded: على، إلى، عن، ب، من، في، ل). */
const char *const AR_CUE_PREP[] = { "علي", "الي", "عن", "ب", "من",
                                    "في",  "ل",   "لـ", NULL };

/* Word t is ب + a noun of three letters or more that names no one
 * («برفع», «بالوعي»): a prepositional object, not part of a subject. */
static int ar_bi_phrase(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD)
        return 0;
    char key[KEY_CAP];
    fold_tok(c, t, key);
    if (!starts(key, "ب") || strlen(key) < 8 || starts(key, "بن") ||
        ar_first_name(c, t))
        return 0;
    return c->cand_at[t] < 0;
}

/* «أما» (as for), the topic that the verb after ف takes as subject. */
const char *const AR_AMMA[] = { "اما", "واما", NULL };

/* Cue token t is a verb with ف: «فقالت», «فأكد». */
int ar_fa_verb(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    return starts(k, "ف") && strlen(k) >= 8;
}

/* Cue token t carries the conjunction و or ف that its lemma lacks
 * («وقال», «فأكد»; not «وصف», «وعد»). */
static int ar_conj_verb(const ctx *c, const icue *q)
{
    char k[KEY_CAP], lk[KEY_CAP];
    if (!is_word(c, q->first) || q->idx < 0 || (size_t)q->idx >= c->n_in_cues)
        return 1; /* (unknown: no claim) */
    const char *lemma = c->in_cues[q->idx].lemma;
    if (!lemma || strlen(lemma) >= KEY_CAP)
        return 1;
    fold_tok(c, q->first, k);
    fsc__token lt = { 0 };
    lt.len = (uint32_t)strlen(lemma);
    fold_key(lemma, &lt, lk);
    return (starts(k, "و") && !starts(lk, "و")) ||
           (starts(k, "ف") && !starts(lk, "ف"));
}

/* Word t, a family name alone («عيدان»), closed a name earlier in the
 * article whose first name we know («عبدالرحمن صباح عيدان»): within
 * 3000 tokens before, the same word one or two words after a first
 * name. */
static int ar_surname_seen(const ctx *c, uint32_t t)
{
    char want[KEY_CAP], k[KEY_CAP];
    fold_tok(c, t, want);
    if (strlen(want) < 6)
        return 0;
    for (uint32_t u = t, n = 0; u-- > 1 && n < 3000; n++) {
        if (!is_word(c, u) || c->tok[u].len != c->tok[t].len)
            continue;
        fold_tok(c, u, k);
        if (strcmp(k, want) == 0 &&
            (ar_first_name(c, u - 1) ||
             (u >= 2 && is_word(c, u - 1) && ar_first_name(c, u - 2))))
            return 1;
    }
    return 0;
}

/* The subject phrase [a, e] before its verb; an actor it ends with (the
 * lexicon's name in «وزير الخارجية عادل الجبير») gives its identity, the
 * whole phrase stays the span. */
void ar_set_subject(const ctx *c, srcres *r, uint32_t a, uint32_t e)
{
    set_np(c, r, a, e, "subject_verb");
    int32_t k = c->cand_at[e];
    if (k >= 0 && c->cands[k].first >= a &&
        c->cands[k].kind == FSC__SRC_ACTOR) {
        uint8_t f = r->form;
        set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "subject_verb");
        r->first = a;
        r->form = f;
    }
}
/* Verbs of going on and taking up that carry the subject of the
 * imperfect verb after them (folded): «ومضى يقول», «وراح يشرح», «وعاد
 * ليؤكد»; the verb is no noun phrase before its verb. */
static const char *const AR_ASPECT[] = {
    "مضي",   "ومضي",   "فمضي", "راح",    "وراح",    "فراح",  "عاد",
    "وعاد",  "فعاد",   "اخذ",  "واخذ",   "فاخذ",    "ظل",    "وظل",
    "بدا",   "وبدا",   "فبدا", "استطرد", "واستطرد", "انطلق", "وانطلق",
    "استمر", "واستمر", "مضت",  "ومضت",   "راحت",    "وراحت", "عادت",
    "وعادت", "ظلت",    "وظلت", "اخذت",   "واخذت",   NULL
};

int ar_aspect_verb(const ctx *c, uint32_t t)
{
    return is_word(c, t) && key_is(c, t, AR_ASPECT);
}

/* Honorifics by gender (folded). */
static const char *const AR_HON_FEM[] = { "الدكتورة", "المهندسة", "الاستاذة",
                                          "السيدة",   "الشيخة",   "الاميرة",
                                          NULL };
static const char *const AR_HON_MASC[] = { "الدكتور", "المهندس", "الاستاذ",
                                           "السيد",   "الشيخ",   "الامير",
                                           NULL };

/* Independent pronouns of the third person (folded, bare or with و/ف):
 * the subject of the verb right after them. */
static const char *const AR_PRON_HE[] = { "هو", "وهو", "فهو", NULL };
static const char *const AR_PRON_SHE[] = { "هي", "وهي", "فهي", NULL };
static const char *const AR_PRON_THEY[] = {
    "هم", "وهم", "فهم", "هن", "وهن", "فهن", "هما", "وهما", "فهما", NULL
};

/*
 * Rule pronoun_subject (Arabic): «وهو يقول», «فهي ترى أن», «وهم يرون»: an
 * independent pronoun right before the verb is its subject. It refers to
 * the person or institution of its gender that the clause before it in
 * the sentence names («وضمني منير إلى صدره ثم قبلني وهو يقول»), else to
 * the newest earlier speaker of its gender. The span is the pronoun.
 */
int ar_pronoun_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (q->first <= c->sent_first[s] || q->form == FSC__FORM_PARTICIPLE)
        return 0;
    uint32_t p = q->first - 1;
    if (!is_word(c, p))
        return 0;
    uint8_t g = key_is(c, p, AR_PRON_HE)     ? FSC__G_MASC
                : key_is(c, p, AR_PRON_SHE)  ? FSC__G_FEM
                : key_is(c, p, AR_PRON_THEY) ? FSC__G_PLURAL
                                             : FSC__G_UNKNOWN;
    if (g == FSC__G_UNKNOWN)
        return 0;
    /* the nearest person of its gender named before it in the sentence,
     * with no other report between («وضمني منير إلى صدره ثم قبلني وهو
     * يقول»: a name in marks too) */
    if (g != FSC__G_PLURAL)
        for (uint32_t t = p, n = 0; t-- > c->sent_first[s] && n < 40; n++) {
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
                break;
            /* (an honorific names a person of its gender, whatever name
             * follows: «الدكتورة (عزيزه المانع)») */
            int hf = key_is(c, t, AR_HON_FEM), hm = key_is(c, t, AR_HON_MASC);
            if (is_word(c, t) && (hf || hm)) {
                if (hf != (g == FSC__G_FEM))
                    continue;
                /* (the name after it: two words, or those in marks) */
                uint32_t e = t;
                int marked = 0;
                for (uint32_t u = t + 1, w = 0; u < p && w < 3; u++) {
                    if (!is_word(c, u)) {
                        int mark = c->qmark[u] >= 0 || cp(c, u) == '(' ||
                                   cp(c, u) == ')';
                        if (!mark || (marked && e > t))
                            break;
                        marked = 1;
                        continue;
                    }
                    if (!marked && w == 2)
                        break;
                    e = u;
                    w++;
                }
                if (marked && e + 1 < p && !is_word(c, e + 1))
                    e++; /* (and the closing mark) */
                inherit_name(r, t, e, g, FSC__CONF_PRONOUN, "pronoun_subject");
                r->first = r->last = p;
                r->form = FSC__SF_PRONOUN;
                return 1;
            }
            int f = is_word(c, t) ? ar_first_name(c, t) : 0;
            if (!f || (f == 2) != (g == FSC__G_FEM))
                continue;
            uint32_t e = ar_name_run(c, t, p - 1);
            inherit_name(r, t, e != UINT32_MAX ? e : t, g, FSC__CONF_PRONOUN,
                         "pronoun_subject");
            r->first = r->last = p;
            r->form = FSC__SF_PRONOUN;
            return 1;
        }
    srcres nr;
    src_fresh(&nr);
    if (name_run_before(c, p, 0, &nr, FSC__CONF_PRONOUN, "pronoun_subject",
                        g)) {
        *r = nr;
        r->first = r->last = p;
        r->form = FSC__SF_PRONOUN;
        r->gender = g;
        return 1;
    }
    set_pronoun(c, r, p, g, s, "pronoun_subject");
    /* (no antecedent of its gender: the verb's own rules decide, as for
     * a dropped subject) */
    if (r->kind == FSC__SRC_UNRESOLVED) {
        src_fresh(r);
        return 0;
    }
    return 1;
}

/*
 * Rule subject_verb (Arabic, subject first): a sentence that opens with a
 * name or a definite noun phrase, the cue verb right after it without و
 * or ف («عيدان طالب القاضي بالإفراج», «الوزارة أكدت أن»): that phrase is
 * the subject, and a noun after the verb is its object; so is a list
 * item a dash opens («- أمين عام الاتحاد أكد أن»). One to four
 * words, none a preposition, an adverbial, a negation, a pronoun or a
 * function word.
 */
int ar_sv_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t a = c->sent_first[s];
    /* (a dash opening an item of a list is no word of the subject: «-
     * رئيس اللجنة المستقيل أعلن») */
    while (a < q->first && !is_word(c, a) && is_dash(cp(c, a)))
        a++;
    if (q->first <= a || q->first - a > 4 || q->form == FSC__FORM_PARTICIPLE ||
        ar_conj_verb(c, q))
        return 0;
    uint32_t e = q->first - 1;
    if (ar_aspect_verb(c, e))
        return 0; /* «ومضى يقول»: a verb, the subject dropped */
    for (uint32_t u = a; u <= e; u++)
        if (!is_word(c, u) || c->tok[u].kind != FSC__TOK_WORD ||
            is_compl(c, u) || c->cue_at[u] >= 0 || key_in(c, u, NAME_STOP) ||
            key_is(c, u, AR_NAME_NOT2) || key_in(c, u, ADVERBIAL) ||
            key_in(c, u, PRONOUNS) || ar_object_at(c, u) ||
            key_is(c, u, AR_CUE_PREP) || key_is(c, u, AR_NOT_SUBJECT) ||
            key_is(c, u, AR_PREP_PRONOUN) || key_is(c, u, RELATIVES) ||
            ar_function_word(c, u))
            return 0;
    /* a person or an institution opens it: a name, a title, an actor or
     * a definite noun */
    if (!(ar_name_run(c, a, e) != UINT32_MAX || ar_known(c, a) ||
          (a == e && ar_surname_seen(c, a)) || ar_title_at(c, a) ||
          ar_definite(c, a) ||
          (c->cand_at[a] >= 0 && !c->cands[c->cand_at[a]].generic)))
        return 0;
    ar_set_subject(c, r, a, e);
    return 1;
}

/* «أن», «إن», «بأن» without a pronoun (folded): the noun phrase after it
 * is the subject of the clause it opens. */
static const char *const AR_INNA[] = { "ان", "وان", "بان", "وبان", NULL };

/*
 * Rule inna_subject (Arabic): a verb that follows «إن»/«أن» and the noun
 * phrase after it within the sentence has that phrase as its subject:
 * after «إن» the subject stands first, the verb is its predicate («وقال
 * توماس إن الفحوص التي أجريت على الرق تشير إلى ...», «أكد أن الوزارة
 * ترى أن»). The phrase opens with a definite noun, a title, a name or an
 * actor, and holds no comma, cue or complementizer; a relative clause may
 * describe it. The report is nested in the one the complementizer belongs
 * to, whose content it does not cut.
 */
int ar_inna_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (q->first <= lo + 1 || q->form == FSC__FORM_PARTICIPLE ||
        ar_conj_verb(c, q) || ar_fa_verb(c, q->first))
        return 0;
    uint32_t k = UINT32_MAX;
    for (uint32_t t = q->first, w = 0; t-- > lo && w <= 10;) {
        if (!is_word(c, t)) {
            if (passable_mark(c, t))
                continue;
            return 0; /* a comma or a mark: another clause */
        }
        if (c->cue_at[t] >= 0)
            return 0;
        if (is_compl(c, t)) {
            if (key_is(c, t, AR_INNA))
                k = t;
            break;
        }
        w++;
    }
    if (k == UINT32_MAX || k + 1 >= q->first)
        return 0;
    uint32_t a = k + 1, e = q->first - 1;
    while (e > a && !is_word(c, e))
        e--;
    if (!is_word(c, a) || c->tok[a].kind != FSC__TOK_WORD ||
        key_in(c, a, ADVERBIAL) || key_in(c, a, PRONOUNS) ||
        key_in(c, a, NEGATORS) || key_is(c, a, AR_CUE_PREP) ||
        key_is(c, a, AR_NOT_SUBJECT) || key_is(c, a, AR_KANA) ||
        ar_function_word(c, a) || ar_object_at(c, a))
        return 0;
    if (!(ar_definite(c, a) || ar_title_at(c, a) ||
          ar_name_run(c, a, e) != UINT32_MAX ||
          (c->cand_at[a] >= 0 && !c->cands[c->cand_at[a]].generic)))
        return 0;
    /* (a particle of the verb is no part of the phrase: «قد», «لا») */
    while (e > a && (!is_word(c, e) || key_in(c, e, NEGATORS) ||
                     key_is(c, e, AR_NOT_SUBJECT) || ar_function_word(c, e)))
        e--;
    /* (a verb right after a relative is the relative clause's own: «أن
     * الاختلافات التي قد تحدث في ...») */
    if (key_is(c, e, RELATIVES))
        return 0;
    ar_set_subject(c, r, a, e);
    r->rule = "inna_subject";
    /* (a relative clause describing the phrase names no one: «الفحوص التي
     * أجريت على العينات» is a noun phrase) */
    for (uint32_t t = a + 1; t < e; t++)
        if (key_is(c, t, RELATIVES)) {
            if (r->form == FSC__SF_NAMED && r->kind != FSC__SRC_ACTOR)
                r->form = np_form(c, a, t - 1);
            break;
        }
    return 1;
}

/* Indefinite plural nouns that report, before the verb that describes
 * them (folded): «بعد تقارير تحدثت عن», «وسط أنباء تشير إلى». */
static const char *const AR_REPORTERS[] = {
    "تقارير",  "انباء", "مصادر",  "دراسات",  "معلومات", "بيانات",
    "احصاءات", "ارقام", "وثائق",  "خبراء",   "مراقبون", "محللون",
    "ناشطون",  "شهود",  "مغردون", "مسؤولون", NULL
};

/*
 * Rule indef_subject (Arabic): an indefinite plural noun that reports
 * («تقارير», «مصادر», «خبراء»), with at most two indefinite adjectives,
 * right before the cue verb, is its subject: an indefinite noun takes a
 * clause that describes it without a relative pronoun («أطلقت الصين
 * حملة بعد تقارير تحدثت عن لحوم مهربة», «وسط أنباء إعلامية تشير إلى
 * أن»). The verb has no و or ف of its own.
 */
int ar_indef_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (q->first <= lo || q->form == FSC__FORM_PARTICIPLE ||
        ar_conj_verb(c, q) || ar_fa_verb(c, q->first))
        return 0;
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 3; w++) {
        if (!is_word(c, t) || c->cue_at[t] >= 0 || ar_definite(c, t) ||
            c->tok[t].kind != FSC__TOK_WORD)
            return 0;
        if (key_is(c, t, AR_REPORTERS)) {
            set_np(c, r, t, q->first - 1, "indef_subject");
            if (r->form == FSC__SF_NAMED) /* (common nouns, no name) */
                r->form = FSC__SF_NOMINAL;
            return 1;
        }
    }
    return 0;
}

/* Quantifiers that head a subject phrase (folded, with و or ف). */
static const char *const AR_QUANT[] = {
    "بعض",   "وبعض",  "فبعض",   "معظم",    "ومعظم",   "فمعظم", "اغلب",
    "واغلب", "فاغلب", "غالبية", "وغالبية", "فغالبية", "كل",    "وكل",
    "فكل",   "جميع",  "وجميع",  "فجميع",   "اكثر",    "واكثر", NULL
};

/*
 * Rule quant_subject (Arabic): «فبعض المواقع تشير إلى أن», «ومعظم الخبراء
 * يرون أن»: a quantifier opening a clause (at the sentence's start, after
 * a comma, or carrying و/ف) and up to three words after it, right before
 * a verb without و, are the verb's subject.
 */
int ar_quant_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (q->first <= lo || q->form == FSC__FORM_PARTICIPLE ||
        ar_conj_verb(c, q) || ar_fa_verb(c, q->first))
        return 0;
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 4; w++) {
        if (!is_word(c, t) || c->cue_at[t] >= 0 || is_compl(c, t) ||
            c->tok[t].kind != FSC__TOK_WORD)
            return 0;
        if (!key_is(c, t, AR_QUANT))
            continue;
        char k[KEY_CAP];
        fold_tok(c, t, k);
        int opens = t == lo || starts(k, "و") || starts(k, "ف") ||
                    (!is_word(c, t - 1) && is_comma(cp(c, t - 1)));
        if (!opens || t + 1 >= q->first)
            return 0;
        set_np(c, r, t, q->first - 1, "quant_subject");
        if (r->form == FSC__SF_NAMED)
            r->form = FSC__SF_NOMINAL;
        return 1;
    }
    return 0;
}

static int ar_person_opens(const ctx *c, uint32_t t, uint32_t hi);

/*
 * Rule coord_subject (Arabic): a verb with و inside a sentence, right
 * after a word, whose first clause is verb-first with a written subject
 * and reports nothing: the verb shares that subject («وتعرض أبو مازن
 * لقضية المصالحة واتهم حماس بالإقدام على ...»: حماس is the object), unless
 * a person's name or a title follows the verb (its own subject).
 */
int ar_coord_subject(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                     srcres *r)
{
    uint32_t a = c->sent_first[s], hi = c->sent_last[s];
    if (q->first <= a + 2 || !is_word(c, q->first - 1) ||
        q->form == FSC__FORM_PARTICIPLE || !ar_conj_verb(c, q) ||
        ar_fa_verb(c, q->first) || ar_person_opens(c, q->last + 1, hi) ||
        (q->last + 1 <= hi && is_word(c, q->last + 1) &&
         ar_title_at(c, q->last + 1)))
        return 0;
    for (uint32_t t = a; t < q->first; t++)
        if (c->cue_at[t] >= 0 ||
            (is_word(c, t) && is_compl(c, t) && !key_is(c, t, AR_ILA)))
            return 0; /* a report before it, or a clause of its content */
    if (!name_run_before(c, q->first, 0, r, FSC__CONF_PRONOUN, "coord_subject",
                         vg))
        return 0;
    r->form = FSC__SF_DROPPED;
    return 1;
}

/* «كان» and its sisters before a subject and its verb (folded). */
const char *const AR_KANA[] = { "كان", "كانت", "كانوا", "ظل",    "ظلت",
                                "بات", "باتت", "اصبح",  "اصبحت", NULL };

/*
 * Rule subject_verb, with «كان» (Arabic): «كان» and its sisters right
 * before the cue, and the sentence opening with a definite noun phrase or
 * a name before them, up to a relative pronoun or a comma («الشاب اليتيم
 * الذي دعا الفنان، كان يرى», «الوزارة كانت ترى أن»): that phrase is the
 * subject. Not when a complementizer or a cue lies between it and «كان»
 * (the phrase belongs to another report).
 */
int ar_kana_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t a = c->sent_first[s];
    if (q->first <= a + 1)
        return 0;
    uint32_t k = q->first - 1;
    /* (or after a complementizer: «وقال الوزير إن المدير كان يرى أن») */
    for (uint32_t t = k, w = 0; t > a && w < 8; w++) {
        t--;
        if (!is_word(c, t) || c->cue_at[t] >= 0)
            break;
        if (is_compl(c, t)) {
            if (!key_is(c, t, AR_ILA))
                a = t + 1;
            break;
        }
    }
    if (q->first <= a + 1 || q->form == FSC__FORM_PARTICIPLE ||
        !is_word(c, k) || !key_is(c, k, AR_KANA) || !is_word(c, a) ||
        c->cue_at[a] >= 0 || key_is(c, a, AR_NAME_NOT2) ||
        key_in(c, a, ADVERBIAL) || ar_function_word(c, a))
        return 0;
    if (!(ar_definite(c, a) || ar_name_run(c, a, k - 1) != UINT32_MAX ||
          (c->cand_at[a] >= 0 && !c->cands[c->cand_at[a]].generic)))
        return 0;
    uint32_t e = ar_phrase_end(c, a, k);
    /* (a relative clause may hold a verb of speech or a name in marks:
     * «الذي دعا "طلال"»; no complementizer or sentence end) */
    int rel = e + 1 < k && key_is(c, e + 1, RELATIVES);
    for (uint32_t t = e + 1; t < k; t++)
        if ((is_word(c, t) && is_compl(c, t)) || (!rel && c->cue_at[t] >= 0) ||
            (!is_word(c, t) &&
             (is_final(cp(c, t)) || (!rel && c->qmark[t] >= 0))))
            return 0;
    /* (the words after the phrase, if any, open a relative clause or an
     * apposition after a comma) */
    if (e + 1 < k && !key_is(c, e + 1, RELATIVES) &&
        !(!is_word(c, e + 1) && is_comma(cp(c, e + 1))))
        return 0;
    ar_set_subject(c, r, a, e);
    return 1;
}

/* Words no subject before its verb holds: negation, «كان» and its
 * sisters, «كأن» (folded like «كان»: «أنها لا تزال تنتظر الرد وتؤكد», «وأنه كان
 * يعتقد», «وكأني بهم يقولون»; folded). */
const char *const AR_NOT_SUBJECT[] = {
    "لا",     "لن",    "لم",     "ليس",    "ليست",   "سوف",  "قد",    "كان",
    "كانت",   "كانوا", "يكون",   "تكون",   "زال",    "يزال", "تزال",  "مازال",
    "مازالت", "لازال", "لازالت", "مايزال", "ماتزال", "كاني", "وكاني", "وكان",
    "كانه",   "كانها", "وكانه",  "وكانها", NULL
};

/* Words that never open a subject at the start of a sentence. */
const char *const AR_NAME_NOT2[] = {
    "كما", "بينما", "فيما", "حيث", "لكن", "ثم",  "اذ",  "وقد",
    "قد",  "لقد",   "ما",   "لا",  "لم",  "ان",  "اذا", "من",
    "ومن", "وفي",   "مع",   "ومع", "بعد", "قبل", "عند", "هذا",
    "هذه", "ذلك",   "وهذا", "وهو", "وهي", "هو",  "هي",  NULL
};

/* Addressee pronouns are addressees, not channels. */
static const char *const EN_OBJ_PRON[] = { "him", "her", "them", "me",
                                           "us",  "you", "it",   NULL };
static const char *const TELL[] = { "told", "tells", "telling", "tell", NULL };

/*
 * The channel of a report: the medium or audience a speaker addressed,
 * which is not the speaker («قال لـ"الشرق الأوسط"», «لصحيفة الحياة»,
 * "told Reuters", "told The Huffington Post"). Looked for right after the
 * cue, or after a subject that follows it ([sf, sl], first > last: none).
 * Sets [*a, *b] and returns 1, or returns 0.
 */
int channel_of(const ctx *c, uint32_t cf, uint32_t cl, uint32_t sf, uint32_t sl,
               uint32_t *a, uint32_t *b)
{
    if (cf > cl || cl >= c->n_tok)
        return 0;
    uint32_t s = sent_of(c, cf), hi = c->sent_last[s];
    if (c->lang == LANG_AR) {
        uint32_t t = cl + 1;
        if (sf <= sl && sf == cl + 1 && sl < hi)
            t = sl + 1;
        while (t <= hi && !is_word(c, t) && c->qmark[t] < 0)
            t++;
        if (t > hi || !ar_addressee_at(c, t))
            return 0;
        uint32_t e = t, w = 0;
        for (uint32_t u = t + 1; u <= hi && w < 5; u++) {
            if (is_word(c, u)) {
                if (is_compl(c, u) || c->cue_at[u] >= 0)
                    break;
                e = u;
                w++;
                continue;
            }
            if (passable_mark(c, u) || c->qmark[u] >= 0) {
                /* a quotation that opens after the channel's words is
                 * what is said: «قال لوسائل إعلام محلية «...»» */
                if (c->qmark[u] >= 0 && u > t + 1 &&
                    c->q->v[c->qmark[u]].open_tok == u)
                    break;
                if (u > e)
                    e = u; /* the closing mark of «لـ"الشرق الأوسط"» */
                continue;
            }
            break;
        }
        *a = t;
        *b = e;
        return 1;
    }
    if (c->lang != LANG_EN || !key_is(c, cf, TELL))
        return 0;
    uint32_t t = cl + 1;
    if (t > hi || !is_word(c, t) || key_is(c, t, EN_OBJ_PRON) || is_compl(c, t))
        return 0;
    uint32_t e = t, w = 1;
    for (uint32_t u = t + 1; u <= hi && w < 6; u++) {
        if (!is_word(c, u)) {
            if (name_link(c, u))
                continue;
            break;
        }
        if (is_compl(c, u) || c->cue_at[u] >= 0 || key_is(c, u, NP_STOP) ||
            key_in(c, u, ADVERBIAL) || key_is(c, u, TIME_WORDS))
            break;
        e = u;
        w++;
    }
    *a = t;
    *b = e;
    return 1;
}

/* «صادر عن» (issued by) inside a source: «تقرير صادر عن مركز المعلومات»
 * (folded). */
static const char *const AR_ISSUED[] = { "صادر", "الصادر", "صادرة", "الصادرة",
                                         NULL };

/* Word t is the «عن» of «صادر عن»: the issuer belongs to the source. */
int ar_issued_by(const ctx *c, uint32_t t)
{
    if (t == 0 || !is_word(c, t) || !is_word(c, t - 1) ||
        !key_is(c, t - 1, AR_ISSUED))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return strcmp(k, "عن") == 0;
}

/* «فإن» after an according-to phrase opens what is said («وحسب ما
 * أوردته صحيفة الحياة فإن ...»; folded). */
static const char *const AR_FA_INNA[] = { "فان", "فانه", "فانها", "فانهم",
                                          NULL };

/* Prepositions of circumstance after a speaker's name («في معرض شرحه»,
 * «خلال المؤتمر»; folded). */
static const char *const AR_NAME_PREP[] = { "في",  "خلال",  "امام", "لدي",
                                            "عقب", "اثناء", NULL };

/* Word t is a generic noun («بيان», «مصدر», «تقرير»): no name. */
static int ar_generic_noun_at(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    const char *b = k;
    if (strlen(b) > 6 && (starts(b, "و") || starts(b, "ف")))
        b += 2;
    return ar_generic_noun(b) || ar_generic_noun(k);
}

/* The channel at token t when it is closed off by marks: a detached «لـ»,
 * or ل + a newspaper or an agency, and a short name in quotation marks or
 * brackets («لـ"الاقتصادية"», «لـ(عكاظ)», «لصحيفة "الحياة"»). Its last
 * token, or UINT32_MAX (an open channel, «لصحيفة الحياة», has no end we
 * can tell from a name after it). */
static uint32_t ar_closed_channel_end(const ctx *c, uint32_t t, uint32_t hi)
{
    char key[KEY_CAP];
    if (t + 2 > hi || !is_word(c, t))
        return UINT32_MAX;
    fold_tok(c, t, key);
    if (strcmp(key, "ل") != 0 && !(starts(key, "ل") && strlen(key) > 4 &&
                                   (ar_generic_noun(key + 2) == GEN_MEDIA ||
                                    ar_generic_noun(key + 2) == GEN_AGENCY)))
        return UINT32_MAX;
    uint32_t u = t + 1;
    if (is_word(c, u))
        return UINT32_MAX;
    int32_t qi = c->qmark[u];
    if (qi >= 0) { /* «"الاقتصادية"»: a short quotation, closed */
        const fsc__quote *qq = &c->q->v[qi];
        if (qq->open_tok != u || qq->close_tok == UINT32_MAX ||
            qq->close_tok > hi || qq->n_words > 3)
            return UINT32_MAX;
        return qq->close_tok;
    }
    if (cp(c, u) != '(')
        return UINT32_MAX;
    for (uint32_t v = u + 1, w = 0; v <= hi && w <= 3; v++) {
        if (is_word(c, v)) {
            w++;
            continue;
        }
        return cp(c, v) == ')' && w > 0 ? v : UINT32_MAX;
    }
    return UINT32_MAX;
}

/* Word t is a family name with the article and the nisba ending
 * («الأسمري», «القحطاني»): ال, three letters or more, ي. */
static int ar_nisba(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return starts(k, "ال") && n >= 12 && strcmp(k + n - 2, "ي") == 0;
}

/* Words t and t + 1 may be a name we have no list for: two name-like
 * words, no title and no verbal noun («طراد الأسمري», «صباح السلمي»). */
int ar_unlisted_name(const ctx *c, uint32_t t, uint32_t hi)
{
    return t + 1 <= hi && ar_name_word(c, t, hi) &&
           (ar_name_word(c, t + 1, hi) || ar_nisba(c, t + 1)) &&
           c->tok[t].len >= 6 && !ar_function_word(c, t) &&
           !ar_function_word(c, t + 1) && !key_in(c, t, ADVERBIAL) &&
           /* (nor an object in the accusative or after ب: «توقعت
            * الأرصاد طقساً معتدل الحرارة», «الإلزام بوجود وسائد») */
           !ar_accusative(c, t) && !ar_accusative(c, t + 1) &&
           !ar_bi_phrase(c, t) && !ar_title_at(c, t) &&
           !ar_title_at(c, t + 1) && !ar_object_at(c, t) &&
           !ar_object_at(c, t + 1) && !is_compl(c, t + 1) &&
           c->cue_at[t + 1] < 0;
}

/* Word t may open a person's subject: a title, a name we know, or two
 * name-like words that are no title and no verbal noun («طراد الأسمري»). */
static int ar_person_opens(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t > hi || !is_word(c, t))
        return 0;
    if (ar_title_at(c, t) || ar_name_run(c, t, hi) != UINT32_MAX)
        return 1;
    return ar_unlisted_name(c, t, hi);
}

/*
 * Word t, a title right after a person's full name, opens a second
 * person: a first name follows it, at most one word further on («استقبل
 * الوزير أحمد حسن السفير جون سميث», «التقى X نظيره الأمريكي جون كيري»).
 * That is the verb's object, not a title in apposition to the subject
 * («أحمد حسن مدير عام الشركة», «أحمد حسن مدير مستشفى الملك فهد»: no first
 * name right after the title).
 */
int ar_second_person(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t > hi || !is_word(c, t) ||
        !(ar_title_at(c, t) || key_is(c, t, AR_PEER)))
        return 0;
    for (uint32_t u = t + 1; u <= hi && u <= t + 3; u++) {
        if (!is_word(c, u))
            return 0;
        /* (a royal title inside the phrase names a place or a body, not
         * a person: «مدير مستشفى الملك فهد») */
        if (ar_first_name(c, u) && ar_name_run(c, u, hi) != UINT32_MAX)
            return u == t + 1 || !key_is(c, u - 1, AR_ROYAL2);
        if (!ar_definite(c, u) && !ar_title_at(c, u))
            return 0;
    }
    return 0;
}

/*
 * Word t, right after a verb, is the last word of a named source the
 * article has already given (within the last 64 records): «وقال عسيري إن
 * ...» before «واستنكر عسيري اتهامات منظمة هيومن رايتس ووتش»: that name
 * is the subject, an actor further on is in the object. A name-like word,
 * or a definite family name that is no title («الغامدي»).
 */
int ar_speaker_again(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || c->tok[t].kind != FSC__TOK_WORD ||
        c->cand_at[t] >= 0 || ar_title_at(c, t) || ar_object_at(c, t) ||
        is_compl(c, t) || c->cue_at[t] >= 0 ||
        !(ar_name_word(c, t, t) || (ar_definite(c, t) && ar_nisba(c, t))))
        return 0;
    char want[KEY_CAP], have[KEY_CAP];
    int art;
    fold_tok(c, t, want);
    const char *w = ar_bare(want, &art);
    if (strlen(w) < 6)
        return 0;
    const fsc__attribs *o = c->out;
    for (size_t j = o->n; j-- > 0 && o->n - j <= 64;) {
        const fsc__attribution *y = &o->v[j];
        if (y->form != FSC__SF_NAMED || y->src_first_tok > y->src_last_tok ||
            y->src_last_tok >= t)
            continue;
        uint32_t e = y->src_last_tok;
        while (e > y->src_first_tok && !is_word(c, e))
            e--;
        fold_tok(c, e, have);
        if (strcmp(ar_bare(have, &art), w) == 0)
            return 1;
    }
    return 0;
}

static const char *const AR_ALLAH[] = { "الله", NULL };

/* Word t carries the article, also after ل، ب or و («للرياضة»,
 * «بالمنطقة», «والصناعة»). */
static int ar_definite_any(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    return starts(k, "ال") ||
           ((starts(k, "لل") || starts(k, "بال") || starts(k, "وال")) &&
            strlen(k) >= 8);
}

/* Word t is a bare indefinite noun (no article, no preposition, no
 * conjunction written onto it; no name, no title) right after a definite
 * word, with a verbal noun or a definite genitive after it that is no
 * family name and no relative («بدء تطبيق», «انطلاق الموسم»): it cannot
 * continue that word's phrase. */
static int ar_indef_after_definite(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t == 0 || !is_word(c, t) || !is_word(c, t - 1) ||
        c->tok[t].kind != FSC__TOK_WORD || !ar_definite_any(c, t - 1) ||
        ar_definite(c, t) || ar_title_at(c, t) || c->cand_at[t] >= 0 ||
        ar_name_run(c, t, hi) != UINT32_MAX || ar_unlisted_name(c, t, hi) ||
        ar_function_word(c, t) || is_compl(c, t) ||
        /* (after a title or an honorific a name follows: «الدكتور باز
         * ألدرين»; after God's name a blessing: «صلى الله عليه») */
        ar_title_at(c, t - 1) || key_is(c, t - 1, AR_ALLAH))
        return 0;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    /* (a word of four letters or more opening with ب، ل، و، ف or ك
     * carries a preposition or a conjunction: «بمنطقة الرياض» stays in
     * the phrase; «بدء» is a noun of three) */
    size_t n = strlen(k);
    if (n < 6 ||
        (n >= 8 && (starts(k, "ل") || starts(k, "ب") || starts(k, "و") ||
                    starts(k, "ف") || starts(k, "ك"))))
        return 0;
    uint32_t u = t + 1;
    return u <= hi && is_word(c, u) && c->cue_at[u] < 0 &&
           (ar_object_at(c, u) ||
            (ar_definite(c, u) && !ar_nisba(c, u) && !key_is(c, u, RELATIVES) &&
             !ar_title_at(c, u) && c->cand_at[u] < 0));
}

/* Verbs that take a predicate after their object (considered it X,
 * described it as X, named it X). */
static const char *const AR_PREDICATE_LEMMAS[] = { "اعتبر", "وصف", "عد", "سمى",
                                                   NULL };

/*
 * Token t opens a short quotation after the subject of a verb of
 * considering or describing whose subject starts at `from`: the
 * quotation is the predicate the verb gives its object, not a name in
 * the subject («تعتبره أغلب المنظمات «حبرا على ورق»», «وصف الوزير الخطة
 * «الواقعية»»); a name in marks right after the verb stays one.
 */
static int ar_predicate_quote(const ctx *c, uint32_t from, uint32_t t)
{
    int32_t qi = c->qmark[t];
    if (qi < 0 || c->q->v[qi].open_tok != t || from == 0)
        return 0;
    for (uint32_t u = from; u-- > 0 && from - u <= 3;) {
        int32_t k = c->cue_at[u];
        if (k < 0)
            continue;
        const icue *q = &c->cues[k];
        for (const char *const *l = AR_PREDICATE_LEMMAS; *l; l++)
            if (lemma_is(c, q, *l))
                return 1;
        return 0;
    }
    return 0;
}

/* Token t opens an aside: a dash (or a lone tatweel) or a bracket. */
static int ar_aside_open(const ctx *c, uint32_t t)
{
    if (is_word(c, t))
        return lone_tatweel(c, t);
    uint32_t ch = cp(c, t);
    return is_dash(ch) || ch == '(' || ch == '[';
}

/*
 * Token t, right after a speaker's name or an institution, opens a short
 * aside set off by a pair of dashes or brackets: a blessing («-صلى الله
 * عليه وسلم-», «(رضي الله عنه)»), a setting («-في مؤتمره الصحفي-»), an
 * acronym («(ناسا)»), a relative clause («ـ الذي فضل عدم ذكر اسمه ـ»).
 * One to seven words, no comma, no quotation mark, within the sentence,
 * and after the closing mark a complementizer, a colon or a quotation
 * mark: what the cue reports opens there. The closing token, else
 * UINT32_MAX.
 */
static uint32_t ar_aside_end(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t >= hi || !ar_aside_open(c, t))
        return UINT32_MAX;
    uint32_t open = is_word(c, t) ? '-' : cp(c, t);
    uint32_t want = open == '(' ? ')' : open == '[' ? ']' : 0;
    uint32_t words = 0;
    for (uint32_t u = t + 1; u <= hi && u <= t + 12; u++) {
        int close;
        if (want)
            close = !is_word(c, u) && cp(c, u) == want;
        else
            close = ar_aside_open(c, u) && (is_word(c, u) || is_dash(cp(c, u)));
        if (close) {
            if (words == 0 || u + 1 > hi)
                return UINT32_MAX;
            uint32_t n = u + 1;
            if (is_word(c, n) ? !is_compl(c, n)
                              : !(cp(c, n) == ':' || c->qmark[n] >= 0))
                return UINT32_MAX;
            return u;
        }
        if (!is_word(c, u)) {
            if (c->qmark[u] >= 0 || is_comma(cp(c, u)) || is_final(cp(c, u)) ||
                cp(c, u) == ':' || ar_aside_open(c, u))
                return UINT32_MAX;
            continue;
        }
        if (++words > 7)
            return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* A complementizer within the eight words from t on, before a full stop
 * or hi. */
static int ar_compl_ahead(const ctx *c, uint32_t t, uint32_t hi)
{
    for (uint32_t u = t, w = 0; u <= hi && w < 8; u++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)))
                return 0;
            continue;
        }
        if (is_compl(c, u))
            return 1;
        w++;
    }
    return 0;
}

/* «كما» ("as") before a postposed verb: «...، كما أعلنت الوزارة.» */
static const char *const AR_KAMA[] = { "كما", NULL };

int ar_kama_postposed(const ctx *c, uint32_t b0, uint32_t s)
{
    uint32_t lo = c->sent_first[s];
    return c->lang == LANG_AR && b0 > lo + 5 && is_word(c, b0 - 1) &&
           key_is(c, b0 - 1, AR_KAMA) && !is_word(c, b0 - 2) &&
           is_comma(cp(c, b0 - 2)) && words_in(c, lo, b0 - 3) >= 4;
}

int named_ar(const ctx *c, uint32_t from, uint32_t s, int according, srcres *r)
{
    uint32_t hi = c->sent_last[s], t = from, last = UINT32_MAX;
    uint32_t v0 = from > 0 && c->cue_at[from - 1] >= 0 ? from - 1 : UINT32_MAX;
    int words = 0;
    /* a subject after a postposed verb may end the sentence */
    int post = !according && v0 != UINT32_MAX &&
               ar_kama_postposed(c, c->cues[c->cue_at[v0]].first, s);
    /* a verb before its subject is singular: after a plural or dual
     * verb («وصفوا», «أكدا») the subject stood before it or is dropped,
     * and the noun that follows is its object */
    if (!according && from > 0 && c->cue_at[from - 1] >= 0) {
        const icue *v = &c->cues[c->cue_at[from - 1]];
        if (v->form == FSC__FORM_VERB && v->first == v->last &&
            cue_gender(c, v) == FSC__G_PLURAL)
            return 0;
    }
    /* «وقال لهم الوزير»: an addressee pronoun is no subject */
    while (!according && from <= hi && key_is(c, from, AR_ADDRESSEE))
        from++;
    /* «وقال لـ"الاقتصادية" طلعت حافظ ... إن»: a channel closed off by
     * marks right after the verb, the person after it is the subject */
    if (!according) {
        uint32_t ce = ar_closed_channel_end(c, from, hi);
        if (ce != UINT32_MAX && ar_person_opens(c, ce + 1, hi))
            from = ce + 1;
    }
    /* «أوضح ذلك الأستاذ X»: the demonstrative is the object, the subject
     * follows it */
    if (!according && from < hi && key_is(c, from, AR_THIS_WHAT) &&
        is_word(c, from + 1) &&
        (ar_title_at(c, from + 1) || ar_definite(c, from + 1) ||
         ar_name_run(c, from + 1, hi) != UINT32_MAX))
        from++;
    /* a name in quotation marks: «وقالت "أم فاطمة" معلمة:» */
    if (from < hi && !is_word(c, from) && passable_mark(c, from))
        from++; /* (and «وبحسب "الألمانية"، فإن») */
    /* «حسبما ذكرت أمس الجمعة وكالة ...», «نشرت الأحد صحيفة ...»: a time
     * right after the cue is stepped over; no subject when nothing
     * follows it («أعلن يوم الخميس الماضي أنه») (time_ar.c) */
    uint32_t te = ar_time_phrase_end(c, from, hi, 0);
    if (te != UINT32_MAX) {
        if (te + 2 <= hi && !is_word(c, te + 1) && passable_mark(c, te + 1) &&
            is_word(c, te + 2))
            te++; /* «وكانت نشرت أمس "سبق"» */
        if (te + 1 > hi || !is_word(c, te + 1) ||
            !ar_time_subject_word(c, te + 1, hi))
            return 0;
        from = te + 1;
    }
    t = from;
    /* «وأكدت تركيا أن»: a state the rules below misread (states_ar.c) */
    uint32_t st = ar_state_subject(c, v0, from, hi);
    if (!according && st != UINT32_MAX) {
        set_np(c, r, from, st, "cue_named");
        return 1;
    }
    if (from > hi || !is_word(c, from) || key_in(c, from, ADVERBIAL) ||
        key_in(c, from, PRONOUNS) || key_is(c, from, AR_OBJECTS) ||
        /* (a title is no verbal noun: «الأستاذ» looks like إفعال; nor is
         * a first name, «إيمان القحطاني») */
        (!according && ar_object_at(c, from) && !ar_title_at(c, from) &&
         ar_name_run(c, from, hi) == UINT32_MAX && !ar_fem_subject(c, from) &&
         /* («طالبت المواطنة صباح السلمي»: a name after it makes it a
          * description of the person, the subject) */
         !(from + 1 <= hi && (ar_name_run(c, from + 1, hi) != UINT32_MAX ||
                              ar_unlisted_name(c, from + 1, hi))) &&
         /* (nor a short name in quotation marks: «نشر تنظيم "داعش"
          * دليلا»: the noun names the organisation) */
         !(from + 2 <= hi && c->qmark[from + 1] >= 0 &&
           c->q->v[c->qmark[from + 1]].open_tok == from + 1 &&
           passable_mark(c, from + 1))) ||
        (according && key_in(c, from, SPEAKER_NOUNS)) ||
        key_in(c, from, NEGATORS) ||
        (key_in(c, from, BRIEFING_PREP) && !ar_ali_name(c, from)) ||
        key_is(c, from, AR_PREP_PRONOUN) ||
        (!according && ar_function_word(c, from)) ||
        key_in(c, from, NAME_STOP) || c->tok[from].kind != FSC__TOK_WORD)
        return 0;
    const char *w0 = c->text + c->tok[from].off;
    if (!according && (ar_accusative(c, from) || ar_object_plural(c, from) ||
                       ar_acc_pair(c, from) || ar_masc_object(c, from) ||
                       ar_called_on_disagrees(c, from)))
        return 0; /* «ودعا الشبابَ إلى», «وتحذر المواطنين من»: the object */
    if (according && ar_not_source(c, from))
        return 0; /* «حسب اللوائح», «وفقا للنظام» */
    if (!according && c->tok[from].len >= 4 &&
        memcmp(w0, "\xd9\x84\xd9\x84", 4) == 0)
        return 0; /* لل */
    if (!according && ar_bi_phrase(c, from) && c->tok[from].len >= 10 &&
        memcmp(w0, "\xd8\xa8\xd8\xa7\xd9\x84", 6) == 0)
        return 0; /* «ويصفه بالفاشل»: an object, not the subject */
    if (!according && ar_bi_object(c, from))
        return 0; /* «وطالب بإلغاء الرسوم», «وهدد بقتل»: the complement */
    if (!according && c->tok[from].len > 2 && memcmp(w0, "\xd9\x84", 2) == 0 &&
        c->tok[from].len <= KEY_CAP - 4) {
        /* ل + a generic noun: «لوكالة», «لصحيفة» */
        char key[KEY_CAP];
        fold_tok(c, from, key);
        if (ar_generic_noun(key + 2))
            return 0;
    }
    int cut = 0; /* after a verb, the subject ends at an adverbial («في وقت
                  * سابق»), a stop word or an addressee («للبي بي سي») */
    int named = 0;  /* a person's name was read: the subject is settled */
    int person = 0; /* that name was a person's (not a title's head) */
    for (; t <= hi; t++) {
        /* an aside after the name: «وأضاف المصدر ـ الذي فضل عدم ذكر
         * اسمه ـ أن», «وأكدت وكالة الفضاء (ناسا) أن» */
        uint32_t ae =
            t > from && last == t - 1 ? ar_aside_end(c, t, hi) : UINT32_MAX;
        if (ae != UINT32_MAX) {
            /* (a lone title or noun of a body before a name in brackets:
             * the name is the subject's, «وأكد العقيد (القرشي) أن») */
            if (!named && last == from && cp(c, t) == '(' && ae - t <= 3 &&
                (ar_title_at(c, from) || ar_generic_noun_at(c, from)) &&
                !ar_function_word(c, t + 1) && !key_in(c, t + 1, ADVERBIAL))
                last = ae;
            break;
        }
        if (is_word(c, t) && lone_tatweel(c, t)) {
            if (named)
                break; /* a dash: «... ـ جدة» */
            return 0;
        }
        if (is_word(c, t)) {
            if (is_compl(c, t) || key_is(c, t, AR_FA_INNA))
                break;
            /* a definite event after a definite word or a name is the
             * object, never part of the subject: «استنكر ناجي الشهابي رئيس
             * حزب الجيل الحادث الإرهابي» (after a noun in the construct
             * state it is its genitive: «عائلة ضحايا الحادث») */
            if (t > from && ar_event_noun(c, t) && ar_definite(c, t) &&
                (named || (is_word(c, t - 1) && ar_definite(c, t - 1)))) {
                if (last != UINT32_MAX)
                    break;
                return 0;
            }
            /* an actor in a title's genitive is part of the title: «زعيم
             * حزب الله اللبناني حسن نصر الله», «رئيس حزب الحركة القومية» */
            if (!according && !cut && !named && t > from &&
                c->cand_at[t] >= 0 && !c->cands[c->cand_at[t]].generic &&
                c->cands[c->cand_at[t]].first == t && ar_title_at(c, from) &&
                is_word(c, t - 1) &&
                (ar_title_at(c, t - 1) || ar_title_genitive(c, from, t))) {
                t = c->cands[c->cand_at[t]].last;
                last = t;
                words++;
                continue;
            }
            /* ... and an actor after the title is the person it names */
            if (!according && !cut && !named && t > from &&
                c->cand_at[t] >= 0 && !c->cands[c->cand_at[t]].generic &&
                c->cands[c->cand_at[t]].first == t && ar_title_at(c, from) &&
                c->cands[c->cand_at[t]].kind == FSC__SRC_ACTOR) {
                t = c->cands[c->cand_at[t]].last;
                last = t;
                named = person = cut = 1;
                continue;
            }
            if (c->cue_at[t] >= 0 ||
                (c->cand_at[t] >= 0 && !c->cands[c->cand_at[t]].generic) ||
                ++words > 24 || (!cut && words > 20)) {
                /* a subject already ended by a relative clause keeps it
                 * («وقال المصدر الذي رفض الكشف عن اسمه») */
                if (named || (cut && last != UINT32_MAX))
                    break;
                return 0;
            }
            /* Verb, subject, object: a person's name (a first name, or a
             * name quoted before) ends the subject unless a title follows
             * in apposition; what comes next is the object («وطالب
             * الحمادي المواطنين بالوعي», «وتابع الحمادي ما تشهده»). */
            if (!cut && !named) {
                uint32_t e = ar_name_run(c, t, hi);
                /* two words right after the verb that may be a name and
                 * are no title: a name we have no list for («وقال تاماس
                 * فارجا المحلل في ...») */
                /* (or after a definite word that describes the person:
                 * «طالبت المواطنة صباح السلمي وزير الصحة بـ») */
                if (e == UINT32_MAX && t == from + 1 && ar_definite(c, from) &&
                    !ar_title_at(c, from) && ar_unlisted_name(c, t, hi))
                    e = t + 1;
                if (e == UINT32_MAX && t == from && t + 1 <= hi &&
                    ar_name_word(c, t, hi) && ar_name_word(c, t + 1, hi) &&
                    !ar_title_at(c, t) && !ar_title_at(c, t + 1) &&
                    !ar_object_at(c, t) && !ar_object_at(c, t + 1) &&
                    c->cue_at[t + 1] < 0 && !is_compl(c, t + 1) &&
                    !key_in(c, t + 1, ADVERBIAL) &&
                    (t + 2 > hi || !is_word(c, t + 2) ||
                     ar_title_at(c, t + 2) || is_compl(c, t + 2) ||
                     ar_definite(c, t + 2)))
                    e = t + 1;
                /* one such word right before a preposition, the
                 * complementizer or punctuation («وقال ارنال في معرض
                 * شرحه», «وقالت نبيلة (مصرية):», «وقال دفتردار:») */
                if (e == UINT32_MAX && t == from && t + 1 <= hi &&
                    c->tok[t].len >= 6 && ar_name_word(c, t, hi) &&
                    !ar_title_at(c, t) && !ar_object_at(c, t) &&
                    !ar_generic_noun_at(c, t) &&
                    (is_word(c, t + 1)
                         ? is_compl(c, t + 1) ||
                               key_is(c, t + 1, AR_CUE_PREP) ||
                               key_is(c, t + 1, AR_NAME_PREP)
                         : is_comma(cp(c, t + 1)) || cp(c, t + 1) == ':' ||
                               cp(c, t + 1) == '(' || c->qmark[t + 1] >= 0))
                    e = t;
                if (e != UINT32_MAX) {
                    named = 1;
                    person = 1;
                    last = e;
                    words += (int)(e - t);
                    t = e;
                    /* (a title and a second person's name after it
                     * are the object: «استقبل الوزير أحمد حسن السفير
                     * جون سميث») */
                    if (!(e + 1 <= hi && ar_title_at(c, e + 1)) ||
                        ar_second_person(c, e + 1, hi))
                        cut = 1;
                    continue;
                }
            }
            /* «الذي ...»: a relative clause ends the subject; so does an
             * addressee, the channel of the report («لـ"الشرق الأوسط"»,
             * «لصحيفة الحياة») */
            /* (an addressee right after the verb or a name; after a
             * title, ل is the genitive: «المتحدث الرسمي لمركز ...») */
            if (!according &&
                (key_is(c, t, RELATIVES) ||
                 (t == from || named ? ar_addressee_at(c, t)
                                     : ar_addressee_at2(c, t, 1))))
                cut = 1;
            /* An institution or a title opens the subject and a
             * preposition or a function word ends it: «كشفت وزارة الخدمة
             * المدنية عن إطلاق ...» needs no complementizer. So does the
             * object: a verbal noun with its pronoun («ونفى المجلس تلقيه
             * أي شكوى») or a phrase with ب («وطالبت الوزارة برفع ...»). */
            /* (a definite word right after an indefinite noun is its
             * genitive, not an object: «منظمة حقوق الإنسان») */
            int genitive = 0;
            if (t > from && is_word(c, t - 1) && !ar_definite(c, t - 1)) {
                char gk[KEY_CAP];
                fold_tok(c, t, gk);
                genitive = starts(gk, "ال");
                /* (so is any noun after a title or an institution noun
                 * in the construct state: «وزراء خارجية لجنة مبادرة
                 * السلام», not an object «مبادرة») */
                if (!genitive &&
                    (ar_title_at(c, t - 1) || ar_generic_noun_at(c, t - 1)))
                    genitive = 1;
            }
            if (!according && !cut && !named && t > from &&
                !ar_issued_by(c, t) &&
                (key_is(c, t, AR_CUE_PREP) || key_is(c, t, AR_NAME_NOT2) ||
                 (!genitive && ar_object_at(c, t)) ||
                 key_is(c, t, AR_OBJECTS) ||
                 (ar_bi_phrase(c, t) && !key_is(c, t, AR_BISM) &&
                  !(ar_title_at(c, from) && ar_bi_place(c, t)) &&
                  (t == from + 1 || ar_definite(c, t - 1) ||
                   ar_bi_after_name(c, t, from, hi))))) {
                if (ar_title_at(c, from))
                    named = 1;
                cut = 1;
            }
            /* a phrase ends at its definite genitive: a bare indefinite
             * noun after it, heading a construct of its own, agrees with
             * nothing in it (an adjective of a definite noun is definite
             * too); it is the object («أعلنت وزارة الصحة بدء تطبيق ...»,
             * «وأعلنت الهيئة انطلاق الموسم»), not a name («وزير الصحة
             * سالم الحربي», «المتحدث باسم الوزارة بتال العتيبي») */
            if (!according && !cut && !named && t > from &&
                ar_indef_after_definite(c, t, hi))
                cut = 1;
            const char *w = c->text + c->tok[t].off;
            /* لل ends the subject (an addressee, «للصحفيين»), except as
             * the genitive after a title or an institution that opens it
             * («مدير فرع الهيئة العامة للسياحة ... المهندس X») */
            int ll =
                c->tok[t].len >= 4 && memcmp(w, "\xd9\x84\xd9\x84", 4) == 0;
            if (ll && !named && t > from && ar_title_at(c, from) &&
                !ar_ll_media(c, t))
                ll = 0;
            /* a definite sound plural in -ين after a definite noun is in
             * the accusative: the object («وطالب الوزير اللاعبين ...») */
            /* (an adjective agreeing with a dual or a plural before it
             * is no object: «خادم الحرمين الشريفين») */
            if (!according && !cut && t > from && is_word(c, t - 1) &&
                ar_definite(c, t - 1) && ar_oblique_plural(c, t) &&
                !ar_oblique_plural(c, t - 1)) {
                cut = 1;
                if (ar_title_at(c, from) || ar_definite(c, from))
                    named = 1;
            }
            /* after a verb of calling on, a definite noun after the
             * subject's definite word is the one called on («دعا المركز
             * الأطباء إلى», «وأوصت اللجنة الوزارة بـ») */
            if (!according && !cut && t > from && v0 != UINT32_MAX &&
                ar_called_on(c, &c->cues[c->cue_at[v0]], t, hi)) {
                cut = 1;
                if (ar_title_at(c, from) || ar_definite(c, from))
                    named = 1;
            }
            /* a word with the accusative ending is the object: the
             * subject ended before it («... الإرهابي دليلاً») */
            if (!according && !cut && t > from && ar_accusative(c, t)) {
                cut = 1;
                if (ar_title_at(c, from) || ar_definite(c, from))
                    named = 1;
                continue;
            }
            if (!according && !cut && t > from && !ar_issued_by(c, t) &&
                (key_in(c, t, ADVERBIAL) || key_in(c, t, NAME_STOP) || ll)) {
                cut = 1;
                /* an institution or a title ended by a time or an
                 * addressee is the subject («أعلنت وزارة الداخلية أمس
                 * الجمعة عن مقتل ...») */
                if (ar_title_at(c, from))
                    named = 1;
            }
            if (!cut)
                last = t;
            continue;
        }
        if (passable_mark(c, t)) {
            if (!according && last != UINT32_MAX && ar_definite_any(c, last) &&
                ar_predicate_quote(c, from, t))
                break;
            continue;
        }
        uint32_t ch = cp(c, t);
        /* a comma, a colon or an opening quotation mark («وقال شكري "إن»)
         * ends the subject */
        /* «رئيس حزب الحركة القومية، دولت بهتشلي، ...»: a name between
         * commas after a title is the person the title describes */
        if (!according && !named && is_comma(ch) && ar_title_at(c, from) &&
            t + 2 <= hi) {
            /* (an honorific may open it: «...، الدكتور عبداللطيف بن راشد
             * الزياني،») */
            uint32_t n0 = t + 1;
            while (n0 < t + 3 && n0 + 1 <= hi && is_word(c, n0) &&
                   key_is(c, n0, AR_HONORIFICS))
                n0++;
            uint32_t e = ar_name_run(c, n0, hi);
            if (e == UINT32_MAX) { /* a name we have no list for: two to
                                      four name-like words */
                uint32_t u = n0;
                while (u <= hi && u - n0 <= 3 && is_word(c, u) &&
                       ar_name_word(c, u, hi) && !ar_title_at(c, u) &&
                       !ar_definite(c, u) && c->cue_at[u] < 0)
                    u++;
                e = u >= n0 + 2 ? u - 1 : UINT32_MAX;
            }
            if (e != UINT32_MAX && e + 1 <= hi && !is_word(c, e + 1) &&
                is_comma(cp(c, e + 1))) {
                last = e;
                named = person = 1;
                break;
            }
        }
        if (is_comma(ch) || ch == ':' ||
            ((according || post) && is_final(ch)) ||
            (!according && c->qmark[t] >= 0))
            break;
        if (ch == '.' && t > from && c->tok[t - 1].len <= 2)
            continue; /* «د. بلجون» */
        /* (a subject already ended by an adverbial keeps it: «وحذر
         * المالكي خلال احتفالية ... (270 كم جنوب بغداد) ... من أن») */
        if (named || (cut && last != UINT32_MAX))
            break;
        return 0;
    }
    if (last == UINT32_MAX || (t > hi && !according && !named))
        return 0;
    /* A title cut short by a genitive or an object-like word, and the
     * person's name further on before the comma or the complementizer:
     * «أكد مدير فرع الهيئة ... أمين مجلس التنمية السياحية المهندس
     * عبداللطيف بن محمد البنيان، أن»: the title runs up to the name. */
    if (!according && !person &&
        (ar_title_at(c, from) || ar_definite(c, from))) {
        for (uint32_t u = last + 1, w = 0; u <= hi && w < 10; u++) {
            if (!is_word(c, u)) {
                if (passable_mark(c, u) ||
                    (cp(c, u) == '.' && u > 0 && c->tok[u - 1].len <= 2))
                    continue; /* «د. موفق أبو طالب» */
                break;
            }
            uint32_t pe = ar_place_then_name(c, u, hi); /* «في جدة X» */
            if (pe != UINT32_MAX) {
                last = pe;
                break;
            }
            if (is_compl(c, u) || c->cue_at[u] >= 0 || ar_addressee_at(c, u) ||
                key_is(c, u, AR_CUE_PREP) || key_is(c, u, RELATIVES) ||
                key_is(c, u, AR_NAME_NOT2))
                break;
            uint32_t e =
                ar_first_name(c, u) ? ar_name_run(c, u, hi) : UINT32_MAX;
            if (e != UINT32_MAX) {
                last = e;
                break;
            }
            w++;
        }
    }
    /* «ولا يستبعد حصول انشقاقات»: after «استبعد» a bare indefinite noun
     * that is no title nor a name, with no complementizer in the next
     * words, is what is ruled out, not the subject («ولا يستبعد الخبير
     * أن ...», «واستبعد القيادي X أن») */
    if (!according && !named && v0 != UINT32_MAX &&
        lemma_is(c, &c->cues[c->cue_at[v0]], "استبعد") &&
        !ar_definite_any(c, from) && !ar_title_at(c, from) &&
        !ar_compl_ahead(c, last + 1, hi))
        return 0;
    /* «وأكد الدكتور باناجه أن»: the name after an honorific whatever
     * its form (honorific_ar.c) */
    if (!according) {
        uint32_t he = ar_honorific_name(c, last, hi);
        if (he != UINT32_MAX)
            last = he;
    }
    /* «أعلنت الشرطة الجمعة», «شركة ياهو يوم الجمعة»: the subject ends
     * before a time phrase (time_ar.c) */
    last = ar_time_trim(c, from, last, hi);
    if (last == UINT32_MAX)
        return 0;
    set_np(c, r, from, last, according ? "according_named" : "cue_named");
    return 1;
}

/* The end of an Arabic noun phrase opening at a before token k: at most
 * six words, up to a relative, a complementizer, a cue, an adverbial, a
 * preposition of a cue or a function word. */
uint32_t ar_phrase_end(const ctx *c, uint32_t a, uint32_t k)
{
    uint32_t e = a, w = 1;
    for (uint32_t t = a + 1; t < k && w < 6; t++) {
        if (!is_word(c, t) || key_is(c, t, RELATIVES) || is_compl(c, t) ||
            c->cue_at[t] >= 0 || key_in(c, t, ADVERBIAL) ||
            key_is(c, t, AR_CUE_PREP) || ar_function_word(c, t))
            break;
        e = t;
        w++;
    }
    return e;
}
