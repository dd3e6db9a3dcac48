/*
 * org.c - the organisation a source speaks for or belongs to: "a
 * spokeswoman for the Port Authority", "officials at the ministry", "a
 * source in the Kremlin", "an aide to the governor", «представитель
 * Минобороны России», «собеседник ТАСС в Минобороны», «المتحدث باسم
 * وزارة الخارجية», «مصدر في وزارة الداخلية». The role phrase is the
 * source (nominal, or anonymous by its head); the organisation is a part
 * of it (org_fill). A rule that took the organisation alone for the
 * speaker, or cut the phrase short, has its source widened to the whole
 * role phrase first (org_widen, org_role_back). A party and a state after
 * a name ("Sen. X, Republican of Iowa") are no organisation.
 */
#include "attrib_int.h"

/* ---- English --------------------------------------------------------------
 */

/* Nouns of a role that speaks for a body ("a spokesman for", "officials
 * at", "an aide to", "sources close to"); folded. */
static const char *const ORG_EN_ROLE_HEADS[] = { "spokesman",
                                                 "spokeswoman",
                                                 "spokesperson",
                                                 "spokesmen",
                                                 "spokeswomen",
                                                 "spokespeople",
                                                 "representative",
                                                 "representatives",
                                                 "official",
                                                 "officials",
                                                 "aide",
                                                 "aides",
                                                 "adviser",
                                                 "advisers",
                                                 "advisor",
                                                 "advisors",
                                                 "source",
                                                 "sources",
                                                 "people",
                                                 "person",
                                                 "insider",
                                                 "insiders",
                                                 "staffer",
                                                 "staffers",
                                                 "employee",
                                                 "employees",
                                                 "officer",
                                                 "officers",
                                                 "executive",
                                                 "executives",
                                                 "negotiator",
                                                 "negotiators",
                                                 "diplomat",
                                                 "diplomats",
                                                 "strategist",
                                                 "strategists",
                                                 "operative",
                                                 "operatives",
                                                 "analyst",
                                                 "analysts",
                                                 "economist",
                                                 "economists",
                                                 "researcher",
                                                 "researchers",
                                                 "director",
                                                 "head",
                                                 "chief",
                                                 "chairman",
                                                 "chairwoman",
                                                 "member",
                                                 "members",
                                                 "leader",
                                                 "leaders",
                                                 "lawyer",
                                                 "lawyers",
                                                 "attorney",
                                                 "attorneys",
                                                 "someone",
                                                 NULL };

/* Heads that leave the speaker unnamed: the phrase is anonymous. */
static const char *const ORG_EN_ANON_HEADS[] = {
    "source",  "sources",  "official",  "officials", "aide",
    "aides",   "insider",  "insiders",  "people",    "person",
    "someone", "diplomat", "diplomats", NULL
};

/* Heads whose "of/in/from X" is where they live, not whom they speak for
 * ("people of color", "people in Ohio"). */
static const char *const ORG_EN_FOLK[] = { "people", "person", NULL };

static const char *const ORG_EN_ORG_PREP[] = { "for",  "at",     "in",
                                               "to",   "of",     "from",
                                               "with", "inside", NULL };
static const char *const ORG_EN_PLACE_PREP[] = { "in", "from", NULL };
static const char *const ORG_EN_OF[] = { "of", NULL };
static const char *const ORG_EN_TO[] = { "to", NULL };
static const char *const ORG_EN_WITH[] = { "with", NULL };
static const char *const ORG_EN_CLOSE[] = { "close", "closest", "familiar",
                                            NULL };
static const char *const ORG_EN_KNOWLEDGE[] = { "knowledge", NULL };
static const char *const ORG_EN_THE[] = { "the", NULL };
static const char *const ORG_EN_ARTICLES[] = { "a", "an", "another", "the",
                                               NULL };
static const char *const ORG_EN_FEM[] = { "spokeswoman", "chairwoman", NULL };
static const char *const ORG_EN_MASC[] = { "spokesman", "chairman", NULL };

/* Words inside a body's name ("Department of Energy", "Parks and
 * Recreation Department", "Committee on Science"): before a capital. */
static const char *const ORG_EN_NAME_INNER[] = { "of", "and", "for",
                                                 "on", "&",   NULL };

/* Words that end a body's phrase: a circumstance after it. */
static const char *const ORG_EN_CIRCUM[] = {
    "during", "after", "before", "since",   "until",   "when",  "while",
    "amid",   "under", "over",   "between", "through", "about", "against",
    "who",    "which", "that",   "said",    "says",    NULL
};

/* Common nouns that head the name of a body ("the Clinton campaign", "the
 * ministry", "Nabisco's parent company"). */
static const char *const ORG_EN_BODIES[] = {
    "ministry",    "department", "agency",       "company",
    "firm",        "campaign",   "government",   "administration",
    "committee",   "council",    "office",       "embassy",
    "party",       "bank",       "police",       "army",
    "military",    "board",      "commission",   "court",
    "union",       "university", "organization", "organisation",
    "authority",   "service",    "senate",       "congress",
    "parliament",  "newspaper",  "network",      "hospital",
    "foundation",  "institute",  "association",  "federation",
    "corporation", "club",       "coalition",    "alliance",
    "group",       "team",       "cabinet",      "secretariat",
    "regime",      "navy",       "command",      "directorate",
    "bureau",      "fund",       "center",       "centre",
    "school",      "college",    "prosecutor's", "airline",
    "watchdog",    "regulator",  "council's",    "ministry's",
    NULL
};

/* The actor mention covering some word of [a, b], or -1. */
static int32_t actor_in(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t <= b && t < c->n_tok; t++) {
        int32_t k = c->cand_at[t];
        if (k >= 0 && c->cands[k].actor >= 0 && !c->cands[k].generic &&
            c->cands[k].first >= a && c->cands[k].last <= b)
            return c->cands[k].actor;
    }
    return -1;
}

/* English: the body's phrase that opens at o after a role's preposition
 * p, up to hi at most: its last token, or UINT32_MAX when it names no
 * body (an actor, a name, or a body noun must end it: "the Port
 * Authority", "YouTube", "the campaign"; not "the matter", "the talks";
 * after "in"/"from" a bare name is a place: "people in Ohio"). */
static uint32_t en_org_end(const ctx *c, uint32_t p, uint32_t o, uint32_t hi)
{
    if (o > hi || !is_word(c, o))
        return UINT32_MAX;
    uint32_t e = o;
    for (uint32_t t = o + 1; t <= hi; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t) && t + 1 <= hi && is_word(c, t + 1))
                continue; /* "Mrs.", "Nabisco's", "Coca-Cola" */
            break;
        }
        if (key_is(c, t, RELATIVES) || is_compl(c, t))
            break;
        if (key_is(c, t, ORG_EN_CIRCUM))
            break; /* "chief of staff during the ... administration" */
        if (!cap_word(c, t) && key_in(c, t, NAME_PREP)) {
            /* "Department of Energy": on to the capital after it */
            if (key_is(c, t, ORG_EN_NAME_INNER) && t + 1 <= hi &&
                cap_word(c, t + 1)) {
                e = t + 1;
                t++;
                continue;
            }
            break;
        }
        e = t;
    }
    while (e > o && !is_word(c, e))
        e--;
    int place = key_is(c, p, ORG_EN_PLACE_PREP) && !key_is(c, o, ORG_EN_THE);
    if (actor_in(c, o, e) >= 0 || key_is(c, e, ORG_EN_BODIES) ||
        (cap_word(c, e) && !place))
        return e;
    return UINT32_MAX;
}

/* English: the role word before the preposition at p, stepped back over
 * "close to", "familiar with", "with knowledge of": the role's head, or
 * UINT32_MAX. */
static uint32_t en_role_head_before(const ctx *c, uint32_t p, uint32_t lo)
{
    if (p <= lo || !is_word(c, p) || !key_is(c, p, ORG_EN_ORG_PREP))
        return UINT32_MAX;
    uint32_t h = p - 1;
    if (key_is(c, p, ORG_EN_TO) || key_is(c, p, ORG_EN_WITH)) {
        if (is_word(c, h) && key_is(c, h, ORG_EN_CLOSE) && h > lo)
            h--; /* "close to", "familiar with" */
    } else if (key_is(c, p, ORG_EN_OF) && is_word(c, h) &&
               key_is(c, h, ORG_EN_KNOWLEDGE) && h > lo + 1 &&
               key_is(c, h - 1, ORG_EN_WITH)) {
        h -= 2; /* "with knowledge of" */
    }
    /* (the head may be an anonymous cue's: "sources close to") */
    if (!is_word(c, h) || !key_is(c, h, ORG_EN_ROLE_HEADS) ||
        (c->cue_at[h] >= 0 && c->cues[c->cue_at[h]].kind != FSC__CUE_ANONYMOUS))
        return UINT32_MAX;
    if (key_is(c, h, ORG_EN_FOLK) && h == p - 1 && !key_is(c, p, ORG_EN_TO) &&
        !key_is(c, p, ORG_EN_WITH) && key_is(c, p, ORG_EN_ORG_PREP) &&
        (key_is(c, p, ORG_EN_OF) || key_is(c, p, ORG_EN_PLACE_PREP)))
        return UINT32_MAX; /* "people of color", "people in Ohio" */
    /* (a capitalised role inside a name: "Chief Justice", "Head Start") */
    if (cap_word(c, h) && h != c->sent_first[sent_of(c, h)])
        return UINT32_MAX;
    return h;
}

int org_role_prep(const ctx *c, uint32_t p, uint32_t lo)
{
    uint32_t h = c->lang == LANG_EN && p > lo ? en_role_head_before(c, p, lo)
                                              : UINT32_MAX;
    return h != UINT32_MAX && h >= lo;
}

uint32_t org_role_back(const ctx *c, uint32_t a, uint32_t lo)
{
    if (c->lang != LANG_EN || a <= lo + 1)
        return UINT32_MAX;
    uint32_t p = a - 1;
    if (is_word(c, p) && key_is(c, p, ORG_EN_THE) && p > lo + 1)
        p--;
    uint32_t h = en_role_head_before(c, p, lo);
    if (h == UINT32_MAX)
        return UINT32_MAX;
    uint32_t f = np_back(c, h, lo, 5);
    return f == UINT32_MAX ? h : f;
}

/* English: the role, its preposition and the body inside [a, b]. */
static int en_org(const ctx *c, uint32_t a, uint32_t b, uint32_t *oa,
                  uint32_t *ob)
{
    for (uint32_t p = a + 1; p < b && p <= a + 8; p++) {
        if (!is_word(c, p) || !key_is(c, p, ORG_EN_ORG_PREP))
            continue;
        if (en_role_head_before(c, p, a > 0 ? a - 1 : 0) == UINT32_MAX ||
            (p > a && key_is(c, p - 1, ORG_EN_KNOWLEDGE)))
            continue;
        uint32_t o = p + 1;
        if (key_is(c, p, ORG_EN_WITH) && o < b &&
            key_is(c, o, ORG_EN_KNOWLEDGE) && o + 1 < b &&
            key_is(c, o + 1, ORG_EN_OF))
            continue; /* the "of" after it decides */
        uint32_t e = en_org_end(c, p, o, b);
        if (e == UINT32_MAX)
            return 0;
        *oa = o;
        *ob = e;
        return 1;
    }
    return 0;
}

/* ---- Russian --------------------------------------------------------------
 */

/* Role nouns that speak for the body in the genitive after them (not
 * titles such as «министр», «губернатор», whose genitive is a domain). */
static const char *const ORG_RU_ORG_ROLES[] = { "представитель",
                                                "представители",
                                                "представительница",
                                                "источник",
                                                "источники",
                                                "собеседник",
                                                "собеседники",
                                                "собеседница",
                                                "сотрудник",
                                                "сотрудники",
                                                "сотрудница",
                                                "спикер",
                                                "глава",
                                                "депутат",
                                                "депутаты",
                                                "член",
                                                "члены",
                                                "руководитель",
                                                "руководители",
                                                "директор",
                                                "председатель",
                                                "советник",
                                                "эксперт",
                                                "эксперты",
                                                "аналитик",
                                                "аналитики",
                                                "представителя",
                                                "представителей",
                                                "источника",
                                                "источников",
                                                "собеседника",
                                                "собеседников",
                                                "сотрудника",
                                                "сотрудников",
                                                NULL };
static const char *const ORG_RU_ANON[] = {
    "источник",  "источники",  "собеседник",  "собеседники",  "собеседница",
    "источника", "источников", "собеседника", "собеседников", NULL
};
static const char *const ORG_RU_IN[] = { "в", "во", "при", "из", NULL };
static const char *const ORG_RU_PRESS[] = { "пресс", NULL };
static const char *const ORG_RU_ADJ_END[] = { "ый",  "ий", "ой", "ая",
                                              "яя",  "ые", "ие", "ого",
                                              "его", "ых", "их", NULL };

/* Russian: «пресс-службы» at t (three tokens): the token after it, else
 * t. */
static uint32_t ru_press_skip(const ctx *c, uint32_t t, uint32_t b)
{
    if (t + 2 < b && is_word(c, t) && key_is(c, t, ORG_RU_PRESS) &&
        name_link(c, t + 1) && is_word(c, t + 2))
        return t + 3;
    return t;
}

/* Russian: the role's body inside [a, b] («Представитель Минобороны
 * России», «источник в Кремле», «Собеседник ТАСС в Минобороны»: the
 * outlet before «в» is the channel, *ca..*cb). */
static int ru_org(const ctx *c, uint32_t a, uint32_t b, uint32_t *oa,
                  uint32_t *ob, uint32_t *ca, uint32_t *cb)
{
    uint32_t h = ru_role_head(c, a, b);
    if (h == UINT32_MAX || h >= b || !key_is(c, h, ORG_RU_ORG_ROLES))
        return 0;
    uint32_t o = ru_press_skip(c, h + 1, b), e = b;
    uint32_t p = ru_role_person(c, h, b);
    if (p != UINT32_MAX) {
        if (p <= o)
            return 0;
        e = p - 1;
    }
    if (o <= e && is_word(c, o) && key_is(c, o, ORG_RU_IN)) {
        o++;
    } else if (o + 1 < e &&
               (generic_type(c, o) == GEN_MEDIA ||
                generic_type(c, o) == GEN_AGENCY) &&
               key_is(c, o + 1, ORG_RU_IN)) {
        /* «Собеседник агентства в правительстве» */
        *ca = *cb = o;
        o += 2;
    } else if (o <= e && c->cand_at[o] >= 0) {
        /* «Собеседник ТАСС в Минобороны» */
        const cand *k = &c->cands[c->cand_at[o]];
        uint32_t n = k->last + 1;
        if (k->actor >= 0 && c->actors[k->actor].is_outlet && n < e &&
            key_is(c, n, ORG_RU_IN)) {
            *ca = k->first;
            *cb = k->last;
            o = n + 1;
        }
    }
    while (e > o && !is_word(c, e))
        e--;
    if (o > e || !is_word(c, o))
        return 0;
    *oa = o;
    *ob = e;
    return 1;
}

/* Russian: the role phrase that ends right before a (its first token), a
 * body after it in the genitive; UINT32_MAX when none. The outlet and «в»
 * between are the role's («Собеседник ТАСС в Минобороны»). */
static uint32_t ru_role_back(const ctx *c, uint32_t a, uint32_t lo)
{
    if (a <= lo)
        return UINT32_MAX;
    uint32_t t = a - 1;
    if (is_word(c, t) && key_is(c, t, ORG_RU_IN) && t > lo) {
        t--;
        int32_t k = c->cand_at[t];
        if (k >= 0 && c->cands[k].actor >= 0 &&
            c->actors[c->cands[k].actor].is_outlet && c->cands[k].first > lo)
            t = c->cands[k].first - 1;
        else if (!key_is(c, t, ORG_RU_ANON))
            return UINT32_MAX;
    }
    if (t >= lo + 2 && is_word(c, t) && name_link(c, t - 1) &&
        key_is(c, t - 2, ORG_RU_PRESS) && t - 2 > lo)
        t -= 3; /* «пресс-службы» */
    if (!is_word(c, t) || !key_is(c, t, ORG_RU_ORG_ROLES) || c->cue_at[t] >= 0)
        return UINT32_MAX;
    uint32_t f = t;
    while (f > lo && f + 3 > t && is_word(c, f - 1) &&
           ends_in(c, f - 1, ORG_RU_ADJ_END) && c->cue_at[f - 1] < 0 &&
           !cap_word(c, f - 1))
        f--;
    if (f > lo && f == t && is_word(c, f - 1) &&
        ends_in(c, f - 1, ORG_RU_ADJ_END) &&
        f - 1 == c->sent_first[sent_of(c, f - 1)])
        f--; /* «Официальный представитель», first in its sentence */
    return f;
}

/* ---- Arabic ---------------------------------------------------------------
 */

/* Role heads (folded, without ال): the spokesman, sources, officials. */
static const char *const ORG_AR_SPOKES[] = { "متحدث", "ناطق", NULL };
static const char *const ORG_AR_ROLES[] = { "مصدر",    "مصادر",   "مسؤول",
                                            "مسؤولون", "مسؤولين", "مسئول",
                                            "مسئولون", "مسئولين", NULL };
static const char *const ORG_AR_BISM[] = { "باسم", NULL };
static const char *const ORG_AR_IN[] = { "في", "داخل", "لدى", "لدي", NULL };

/* Arabic bodies that may follow «مصدر في»/«مسؤول في» (folded, without
 * ال): a ministry, the presidency, a company (not «في تصريح», «في
 * حديث»). */
static const char *const ORG_AR_BODIES[] = {
    "وزاره",  "وزارة",  "هيئه",   "هيئة",   "حكومه",   "حكومة",   "رئاسه",
    "رئاسة",  "شركه",   "شركة",   "مجلس",   "جيش",     "شرطه",    "شرطة",
    "امم",    "جامعه",  "جامعة",  "سفاره",  "سفارة",   "بنك",     "منظمه",
    "منظمة",  "لجنه",   "لجنة",   "اداره",  "ادارة",   "مكتب",    "قياده",
    "قيادة",  "تحالف",  "حزب",    "حركه",   "حركة",    "امانه",   "امانة",
    "نيابه",  "نيابة",  "محكمه",  "محكمة",  "مديريه",  "مديرية",  "مؤسسه",
    "مؤسسة",  "ديوان",  "بيت",    "كرملين", "بنتاغون", "بنتاجون", "خارجيه",
    "خارجية", "داخليه", "داخلية", "دفاع",   "قوات",    "سلطه",    "سلطة",
    "مستشفى", "بلديه",  "بلدية",  "امارة",  "اماره",   "جهاز",    "هيئات",
    "وزارات", "اتحاد",  "مصرف",   "صندوق",  "مركز",    "معهد",    NULL
};

/* The end of an Arabic body's phrase opening at o (up to hi): before a
 * complementizer, a cue, punctuation, a quotation or a channel
 * («لـ"الحياة"»), at most six words. */
static const char *const ORG_AR_CHANNEL_WORDS[] = {
    "لصحيفه", "لصحيفة", "لوكاله",   "لوكالة", "لقناه", "لقناة", "لموقع",
    "لشبكه",  "لشبكة",  "للصحفيين", "لـ",     "ل",     NULL
};

static uint32_t ar_org_end(const ctx *c, uint32_t o, uint32_t hi)
{
    uint32_t e = UINT32_MAX;
    int words = 0;
    for (uint32_t t = o; t <= hi && words < 6; t++) {
        if (!is_word(c, t) || c->cue_at[t] >= 0 || is_compl(c, t) ||
            c->qmark[t] >= 0 || key_is(c, t, ORG_AR_CHANNEL_WORDS) ||
            (t > o && ar_honorific_at(c, t)))
            break; /* (nor the person after it: «المهندس أحمد») */
        e = t;
        words++;
    }
    return e;
}

/* Arabic titles whose body follows in the genitive («رئيس هيئة قناة
 * السويس», «مدير إدارة الحج», «مدير عام المؤسسة»). */
static const char *const ORG_AR_TITLES[] = { "رئيس", "مدير", "ممثل", "امين",
                                             NULL };
static const char *const ORG_AR_GENERAL[] = { "عام", NULL };

/* Arabic word t is ل or ب written onto a body noun («لمركز», «بالوزارة»,
 * «للوزارة»): the bytes to leave out of the body's span, else 0. */
static int ar_clitic_body(const ctx *c, uint32_t t)
{
    if (!is_word(c, t) || c->tok[t].len < 6)
        return 0;
    const unsigned char *u = (const unsigned char *)c->text + c->tok[t].off;
    int lam = u[0] == 0xD9 && u[1] == 0x84, ba = u[0] == 0xD8 && u[1] == 0xA8;
    if (!lam && !ba)
        return 0;
    char tmp[KEY_CAP];
    const char *k = token_key(c, t, tmp) + 2;
    int skip = 2;
    if (starts(k, "ال"))
        k += 4;
    else if (lam && starts(k, "ل")) {
        k += 2; /* «للوزارة»: ل and the article's ل */
        skip = 4;
    }
    return in_list(k, ORG_AR_BODIES) ? skip : 0;
}

/* Arabic: the role's body inside [a, b] («المتحدث الرسمي باسم وزارة
 * الخارجية», «مصدر في الوزارة», «مسؤول كبير في الشركة», «المتحدث الرسمي
 * لمركز الملك سلمان», «رئيس هيئة قناة السويس»); up to the person's name
 * (pa) when the span names one. *skip: bytes of ل/ب on its first word. */
static int ar_org(const ctx *c, uint32_t a, uint32_t b, uint32_t pa,
                  uint32_t *oa, uint32_t *ob, int *skip)
{
    for (uint32_t h = a; h < b && h <= a + 8; h++) {
        if (!is_word(c, h))
            continue;
        int title = key_is(c, h, ORG_AR_TITLES);
        if (!title && !key_is(c, h, ORG_AR_SPOKES) &&
            !key_is(c, h, ORG_AR_ROLES))
            continue;
        uint32_t o = UINT32_MAX;
        int sk = 0;
        if (title) {
            /* the body right after the title, in the genitive */
            uint32_t n = h + 1;
            if (n < b && key_is(c, n, ORG_AR_GENERAL))
                n++;
            if (n <= b && is_word(c, n) && !ar_definite(c, n) &&
                (key_is(c, n, ORG_AR_BODIES) || actor_in(c, n, n) >= 0))
                o = n;
            else if (n <= b && is_word(c, n) &&
                     key_is(c, n, ORG_AR_BODIES)) /* «مدير عام المؤسسة» */
                o = n;
        } else {
            for (uint32_t p = h + 1; p <= b && p <= h + 3; p++) {
                if (!is_word(c, p))
                    break;
                int bism = key_is(c, p, ORG_AR_BISM);
                if (bism || key_is(c, p, ORG_AR_IN)) {
                    if (p + 1 <= b && is_word(c, p + 1) &&
                        (bism || key_is(c, p + 1, ORG_AR_BODIES) ||
                         actor_in(c, p + 1, p + 1) >= 0))
                        o = p + 1;
                    break;
                }
                if ((sk = ar_clitic_body(c, p)) > 0) {
                    o = p;
                    break;
                }
            }
        }
        if (o == UINT32_MAX || o > b)
            continue;
        uint32_t hi = pa != UINT32_MAX && pa > o ? pa - 1 : b;
        uint32_t e = ar_org_end(c, o, hi);
        if (e == UINT32_MAX)
            continue;
        /* (a title after the body opens another: «... رئيس اللجنة») */
        for (uint32_t t = o + 1; t <= e; t++)
            if (key_is(c, t, ORG_AR_TITLES) || key_is(c, t, ORG_AR_SPOKES)) {
                e = t - 1;
                break;
            }
        *oa = o;
        *ob = e;
        *skip = sk;
        return 1;
    }
    return 0;
}

/* ---- both ends --------------------------------------------------------------
 */

/* English: "Brian Fallon, a spokesman for the campaign, said": the body in
 * the apposition right after the name ending at b. */
static int en_apposition_org(const ctx *c, uint32_t b, uint32_t *oa,
                             uint32_t *ob)
{
    uint32_t t = b + 1, hi = c->sent_last[sent_of(c, b)];
    if (t >= hi || is_word(c, t) || !is_comma(cp(c, t)))
        return 0;
    for (uint32_t p = t + 2; p <= hi && p <= t + 7; p++) {
        if (!is_word(c, p) || c->cue_at[p] >= 0)
            return 0;
        if (!key_is(c, p, ORG_EN_ORG_PREP) ||
            en_role_head_before(c, p, t) == UINT32_MAX)
            continue;
        uint32_t o = p + 1, e = en_org_end(c, p, o, hi);
        if (e == UINT32_MAX || e + 1 > hi || is_word(c, e + 1))
            return 0;
        *oa = o;
        *ob = e;
        return 1;
    }
    return 0;
}

/* English: "Clinton campaign spokesman Brian Fallon", "White House press
 * secretary Josh Earnest": the capitalised body before the role right
 * before the person's name at pf. */
static const char *const ORG_EN_PRESS[] = { "press", "communications", NULL };
static const char *const ORG_EN_SECRETARY[] = { "secretary", "director", NULL };
/* Words that open a sentence or a title before a body's name and are not
 * the body's ("But Trump campaign", "Former Obama aide"), and party
 * adjectives alone ("Democratic strategist": an attribute). */
static const char *const ORG_EN_NOT_BODY[] = {
    "but",   "and",    "or",       "so",      "yet",       "former",
    "then",  "now",    "also",     "however", "meanwhile", "while",
    "when",  "as",     "longtime", "veteran", "top",       "senior",
    "chief", "deputy", "acting",   NULL
};
static const char *const ORG_EN_PARTY_ADJ[] = {
    "democratic",   "republican", "democrat",    "independent", "libertarian",
    "conservative", "liberal",    "progressive", NULL
};

static int en_compound_org(const ctx *c, uint32_t pf, uint32_t *oa,
                           uint32_t *ob)
{
    uint32_t lo = c->sent_first[sent_of(c, pf)];
    if (pf <= lo + 1 || !is_word(c, pf - 1) || cap_word(c, pf - 1))
        return 0;
    uint32_t h = pf - 1;
    if (!key_is(c, h, ORG_EN_ROLE_HEADS) && !key_is(c, h, ORG_EN_SECRETARY))
        return 0;
    if (key_is(c, h, ORG_EN_FOLK) || key_is(c, h, ORG_EN_ANON_HEADS))
        return 0;
    if (h > lo && is_word(c, h - 1) && key_is(c, h - 1, ORG_EN_PRESS))
        h--;
    uint32_t e = h - 1, o = h, caps = 0;
    for (uint32_t t = h; t-- > lo && h - t <= 6;) {
        if (!is_word(c, t)) {
            if (name_link(c, t) && t > lo && is_word(c, t - 1))
                continue;
            break;
        }
        if (c->cue_at[t] >= 0 || key_is(c, t, ORG_EN_ARTICLES) ||
            key_is(c, t, ORG_EN_NOT_BODY) ||
            !(cap_word(c, t) || key_is(c, t, ORG_EN_BODIES)))
            break;
        caps += cap_word(c, t) != 0;
        o = t;
    }
    while (o <= e && !is_word(c, o))
        o++;
    /* (a word capitalised by its place alone is no name: "Campaign
     * spokesman X") */
    if (o > e || !caps || !(cap_word(c, e) || key_is(c, e, ORG_EN_BODIES)) ||
        (o == e && (o == lo || key_is(c, o, ORG_EN_PARTY_ADJ))))
        return 0;
    *oa = o;
    *ob = e;
    return 1;
}

/* Russian: «Официальный представитель Белого дома Карин Жан-Пьер»: the
 * body between the role and the person's name at pf. */
static int ru_title_org(const ctx *c, uint32_t pf, uint32_t *oa, uint32_t *ob)
{
    uint32_t lo = c->sent_first[sent_of(c, pf)];
    for (uint32_t h = pf; h-- > lo && pf - h <= 6;) {
        if (!is_word(c, h)) {
            if (name_link(c, h))
                continue;
            return 0;
        }
        if (c->cue_at[h] >= 0)
            return 0;
        if (!key_is(c, h, ORG_RU_ORG_ROLES))
            continue;
        uint32_t o = h + 1;
        if (o + 2 < pf && key_is(c, o, ORG_RU_PRESS) && name_link(c, o + 1))
            o += 3; /* «пресс-службы» */
        if (o < pf && key_is(c, o, ORG_RU_IN))
            o++;
        if (o >= pf || !is_word(c, o))
            return 0;
        *oa = o;
        *ob = pf - 1;
        return 1;
    }
    return 0;
}

/* A named person's organisation from the title around the name (outside
 * the source span when the rule kept the name alone). */
static int title_org(const ctx *c, const fsc__attribution *x, uint32_t *oa,
                     uint32_t *ob)
{
    uint32_t pf = x->pname_first_tok <= x->pname_last_tok ? x->pname_first_tok
                                                          : x->src_first_tok;
    if (c->lang == LANG_EN)
        return en_compound_org(c, pf, oa, ob) ||
               (x->pname_first_tok > x->pname_last_tok &&
                en_apposition_org(c, x->src_last_tok, oa, ob));
    if (c->lang == LANG_RU)
        return ru_title_org(c, pf, oa, ob);
    return 0;
}

void org_fill(const ctx *c, fsc__attribution *x)
{
    x->org_first_tok = 1;
    x->org_last_tok = 0;
    x->org_actor = -1;
    x->org_skip = 0;
    /* resolved_to names the role phrase, not the person or body inside it
     * ("She" after "A spokeswoman for YouTube said") */
    uint32_t ra = x->res_first_tok, rb = x->res_last_tok, qa = 1, qb = 0,
             qca = 1, qcb = 0;
    int qs = 0;
    if (x->rname_first_tok <= x->rname_last_tok && ra < rb && rb < c->n_tok &&
        ra <= x->rname_first_tok && x->rname_last_tok <= rb &&
        (c->lang == LANG_EN ? en_org(c, ra, rb, &qa, &qb)
         : c->lang == LANG_RU
             ? ru_org(c, ra, rb, &qa, &qb, &qca, &qcb)
             : ar_org(c, ra, rb, x->rname_first_tok, &qa, &qb, &qs)) &&
        qa <= x->rname_first_tok && x->rname_last_tok <= qb) {
        x->rname_first_tok = 1;
        x->rname_last_tok = 0;
    }
    uint32_t a = x->src_first_tok, b = x->src_last_tok;
    if (a > b || b >= c->n_tok || x->form == FSC__SF_PRONOUN ||
        x->form == FSC__SF_DROPPED || x->form == FSC__SF_UNRESOLVED)
        return;
    uint32_t oa = 1, ob = 0, ca = 1, cb = 0;
    int ok = 0, skip = 0;
    if (x->form == FSC__SF_NAMED && !x->inherited && title_org(c, x, &oa, &ob))
        ok = 1;
    else if (a == b)
        return;
    else if (c->lang == LANG_EN)
        ok = en_org(c, a, b, &oa, &ob);
    else if (c->lang == LANG_RU)
        ok = ru_org(c, a, b, &oa, &ob, &ca, &cb);
    else
        ok = ar_org(c, a, b,
                    x->pname_first_tok <= x->pname_last_tok ? x->pname_first_tok
                                                            : UINT32_MAX,
                    &oa, &ob, &skip);
    if (!ok || oa > ob)
        return;
    /* (a named person keeps an organisation only in its title) */
    /* (Arabic: the body comes after a role or title word, and the name
     * may run over a title after it, «مهاب مميش رئيس هيئة قناة السويس») */
    if (x->form == FSC__SF_NAMED && c->lang != LANG_AR &&
        x->pname_first_tok <= x->pname_last_tok && ob >= x->pname_first_tok &&
        oa <= x->pname_last_tok)
        return;
    x->org_first_tok = oa;
    x->org_last_tok = ob;
    x->org_skip = (uint8_t)skip;
    x->org_actor = actor_in(c, oa, ob);
    if (ca <= cb && x->chan_first_tok > x->chan_last_tok) {
        x->chan_first_tok = ca;
        x->chan_last_tok = cb;
    }
}

/* r becomes the role phrase [f, r->last] ending in the organisation it
 * named: nominal (keeping a known actor, whose side it speaks for), or
 * anonymous by its head. */
static void widen_to(const ctx *c, srcres *r, uint32_t f, int anon, uint8_t g)
{
    r->first = f;
    r->inherited = 0;
    r->res_first = 1;
    r->res_last = 0;
    r->gender = g;
    if (anon) {
        r->kind = FSC__SRC_ANONYMOUS;
        r->actor = -1;
        r->form = FSC__SF_ANONYMOUS;
        r->conf = FSC__CONF_ANONYMOUS;
        r->rule = "anonymous_np";
        return;
    }
    r->form = FSC__SF_NOMINAL;
    if (r->kind != FSC__SRC_ACTOR) {
        r->kind = FSC__SRC_NAMED;
        r->actor = -1;
        r->name_first = f;
        r->name_last = r->last;
    }
    (void)c;
}

/* English: a source cut after its preposition by an anonymous cue
 * ("People familiar with", "sources close to"): on over the phrase after
 * it, up to the cue after it or the clause's end (eight words). */
static void en_finish_phrase(const ctx *c, srcres *r, uint32_t cf)
{
    uint32_t l = r->last;
    if (!is_word(c, l) || l + 1 >= c->n_tok)
        return;
    uint32_t hi = c->sent_last[sent_of(c, l)];
    if (cf > l && cf - 1 < hi)
        hi = cf - 1;
    /* "senior official | at the Pentagon": the role's body after it */
    if (key_is(c, l, ORG_EN_ROLE_HEADS) && l + 2 <= hi && is_word(c, l + 1) &&
        key_is(c, l + 1, ORG_EN_ORG_PREP) &&
        en_role_head_before(c, l + 1, r->first > 0 ? r->first - 1 : 0) == l) {
        uint32_t o = l + 2;
        if (key_is(c, o, ORG_EN_THE) && o + 1 <= hi)
            o++;
        uint32_t e = en_org_end(c, l + 1, o, hi);
        if (e != UINT32_MAX && (cf <= l || e + 1 == cf))
            r->last = e;
        return;
    }
    if (!key_in(c, l, NAME_PREP))
        return;
    uint32_t e = UINT32_MAX;
    int words = 0;
    for (uint32_t t = l + 1; t <= hi && words < 8; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t) && t + 1 <= hi && is_word(c, t + 1))
                continue;
            break;
        }
        /* (a cue word before the cue is the phrase's: "familiar with
         * Cruz's thinking said") */
        if ((c->cue_at[t] >= 0 && !(cf > l && t < cf)) || is_compl(c, t) ||
            key_is(c, t, RELATIVES) || key_is(c, t, NP_STOP) ||
            key_in(c, t, PRONOUNS) ||
            (words > 0 && key_in(c, t, NAME_PREP) && !cap_word(c, t + 1)))
            break;
        e = t;
        words++;
    }
    /* (before the cue, the whole gap must be the phrase) */
    if (e == UINT32_MAX || (cf > l && e + 1 != cf))
        return;
    r->last = e;
}

/* English: an anonymous source with no span whose anonymous cue opens the
 * phrase right before the cue at cf ("Another source familiar with
 * Cruz's thinking said"): that phrase. */
static void en_anon_subject(const ctx *c, srcres *r, uint32_t cf)
{
    if (cf == 0 || cf >= c->n_tok)
        return;
    uint32_t lo = c->sent_first[sent_of(c, cf)];
    for (uint32_t t = cf; t-- > lo && cf - t <= 12;) {
        if (!is_word(c, t) && !name_link(c, t))
            return;
        int32_t k = c->cue_at[t];
        if (k < 0 || c->cues[k].kind != FSC__CUE_ANONYMOUS)
            continue;
        srcres w = *r;
        w.first = c->cues[k].first;
        w.last = c->cues[k].last;
        if (w.last + 1 != cf)
            en_finish_phrase(c, &w, cf);
        if (w.last + 1 != cf)
            return;
        r->first = w.first;
        r->last = w.last;
        r->inherited = 0;
        return;
    }
}

void org_widen(const ctx *c, srcres *r, uint32_t cf, uint32_t cl)
{
    if (c->lang == LANG_EN && r->kind == FSC__SRC_ANONYMOUS &&
        r->first > r->last && !r->inherited && cf <= cl)
        en_anon_subject(c, r, cf);
    if (r->first > r->last || r->last >= c->n_tok ||
        r->form == FSC__SF_PRONOUN || r->form == FSC__SF_DROPPED ||
        r->inherited)
        return;
    uint32_t f = r->first, lo = c->sent_first[sent_of(c, f)];
    if (c->lang == LANG_EN) {
        if (r->kind == FSC__SRC_ANONYMOUS) {
            en_finish_phrase(c, r, cf);
            /* (and its article: "A source familiar with") */
            if (r->first > lo && is_word(c, r->first - 1) &&
                key_is(c, r->first - 1, ORG_EN_ARTICLES) &&
                c->cue_at[r->first - 1] < 0)
                r->first--;
            return;
        }
        /* (back over the rest of the body's name the rule left out:
         * "O'Brien's | Bank") */
        uint32_t u = f;
        for (int n = 0;
             n < 4 && u > lo + 1 && c->cue_at[u - 1] < 0 &&
             (is_word(c, u - 1) ? cap_word(c, u - 1) : name_link(c, u - 1));
             n++)
            u--;
        while (u < f && !is_word(c, u))
            u++;
        uint32_t a = org_role_back(c, u, lo);
        if (a != UINT32_MAX)
            f = u;
        else
            a = org_role_back(c, f, lo);
        if (a == UINT32_MAX && r->kind != FSC__SRC_ACTOR) {
            /* "People close to Donald Trump", "Officials familiar with
             * the system": anonymous by its head */
            for (uint32_t p = f + 1; p < r->last && p <= f + 6; p++) {
                uint32_t h = en_role_head_before(c, p, f > 0 ? f - 1 : 0);
                if (h == UINT32_MAX || h < f)
                    continue;
                /* (a role over a person's name is no name: "Advisers to
                 * Mr. Rubio", nominal) */
                uint8_t g = key_is(c, h, ORG_EN_FEM)    ? FSC__G_FEM
                            : key_is(c, h, ORG_EN_MASC) ? FSC__G_MASC
                            : en_plural_head(c, h)      ? FSC__G_PLURAL
                                                        : FSC__G_UNKNOWN;
                if (key_is(c, h, ORG_EN_ANON_HEADS))
                    widen_to(c, r, f, 1, g);
                else if (r->form == FSC__SF_NAMED ||
                         (r->form == SF_UNSET && r->kind == FSC__SRC_NAMED))
                    widen_to(c, r, f, 0, g);
                return;
            }
            return;
        }
        if (r->form != SF_UNSET && r->form != FSC__SF_NAMED)
            return; /* (a noun phrase holds its role already) */
        if (a == UINT32_MAX || (cf <= cl && cl < f && cf >= a))
            return;
        uint32_t p = f - 1;
        if (key_is(c, p, ORG_EN_THE))
            p--;
        uint32_t h = en_role_head_before(c, p, lo);
        if (h == UINT32_MAX)
            return;
        uint8_t g = key_is(c, h, ORG_EN_FEM)    ? FSC__G_FEM
                    : key_is(c, h, ORG_EN_MASC) ? FSC__G_MASC
                    : en_plural_head(c, h)      ? FSC__G_PLURAL
                                                : FSC__G_UNKNOWN;
        widen_to(c, r, a, key_is(c, h, ORG_EN_ANON_HEADS), g);
    } else if (c->lang == LANG_RU) {
        if (r->kind == FSC__SRC_ANONYMOUS)
            return;
        uint32_t a = ru_role_back(c, f, lo);
        if (a == UINT32_MAX || (cf <= cl && cl < f && cf >= a))
            return;
        uint32_t h = a;
        while (h < f && !key_is(c, h, ORG_RU_ORG_ROLES))
            h++;
        widen_to(c, r, a, key_is(c, h, ORG_RU_ANON), r->gender);
    } else {
        /* «وقال مصدر في وزارة الداخلية إن»: the source on over «في» and
         * the body after it */
        uint32_t l = r->last;
        if (!key_is(c, f, ORG_AR_ROLES) && !key_is(c, f, ORG_AR_SPOKES))
            return;
        if (l + 1 >= c->n_tok || l > f + 2 || c->cue_at[l + 1] >= 0)
            return;
        /* «مصدر مسؤول بوزارة الداخلية»: the body with ب written on */
        uint32_t o = l + 1;
        if (!ar_clitic_body(c, o)) {
            if (l + 2 >= c->n_tok || !is_word(c, l + 1) ||
                !(key_is(c, l + 1, ORG_AR_IN) ||
                  key_is(c, l + 1, ORG_AR_BISM)) ||
                !is_word(c, l + 2) ||
                (!key_is(c, l + 2, ORG_AR_BODIES) &&
                 actor_in(c, l + 2, l + 2) < 0 &&
                 !key_is(c, l + 1, ORG_AR_BISM)))
                return;
            o = l + 2;
        }
        uint32_t hi = c->sent_last[sent_of(c, l)];
        if (cf > l && cf - 1 < hi)
            hi = cf - 1;
        uint32_t e = ar_org_end(c, o, hi);
        if (e == UINT32_MAX)
            return;
        r->last = e;
        if (r->kind == FSC__SRC_NAMED) {
            r->name_first = f;
            r->name_last = e;
        }
    }
}
