/*
 * subject_ru.c - stage 3, the extent of a Russian subject: the whole noun
 * phrase after a postposed verb («— заявил представитель ведомства», «—
 * отметил министр транспорта», «— заявил глава МИД России Сергей Лавров»,
 * not its last or first word), and the title before a name that opens the
 * clause («Глава МИД России Сергей Лавров заявил»): the source is the
 * title and the name in both orders, the name apart from the title
 * (split_title). A role noun with a person's name in the genitive
 * («советник Путина», «помощник Лаврова») is a nominal source, never the
 * person named in it. Also the Russian role nouns that take the
 * organisation they speak for in the genitive («представитель
 * Минздрава»: ru_role_head, ru_role_person), used by split_title and
 * org.c.
 */
#include "attrib_int.h"

/* Words right after a postposed verb that name whom it was told, before
 * the subject («сообщил журналистам глава ведомства», «рассказал изданию
 * РБК аналитик»). Folded. */
static const char *const RU_ADDRESSEE[] = { "журналистам",
                                            "репортерам",
                                            "корреспонденту",
                                            "корреспондентам",
                                            "агентству",
                                            "изданию",
                                            "газете",
                                            "телеканалу",
                                            "радиостанции",
                                            "порталу",
                                            "журналу",
                                            "слушателям",
                                            "зрителям",
                                            "собравшимся",
                                            "депутатам",
                                            "участникам",
                                            "нам",
                                            "ему",
                                            "ей",
                                            "им",
                                            NULL };

/* Nouns of people by what they do or whom they serve, besides the role
 * nouns of names.c («помощник Лаврова», «тренер «Зенита»»). Folded. */
static const char *const RU_PERSON_NOUNS[] = {
    "помощник",       "помощники",      "помощница",
    "соратник",       "соратники",      "сторонник",
    "сторонники",     "союзник",        "союзники",
    "оппонент",       "противник",      "критик",
    "критики",        "преемник",       "предшественник",
    "защитник",       "тренер",         "капитан",
    "командир",       "начальник",      "экономист",
    "политолог",      "социолог",       "аудитор",
    "следователь",    "прокурор",       "судья",
    "ректор",         "основатель",     "владелец",
    "совладелец",     "партнер",        "сын",
    "дочь",           "жена",           "муж",
    "вдова",          "брат",           "сестра",
    "коллега",        "биограф",        "охранник",
    "водитель",       "премьер",        "вице-премьер",
    "экс-глава",      "замглавы",       "заммэра",
    "зампред",        "гендиректор",    "генпрокурор",
    "президент",      "министр",        "замминистра",
    "уполномоченный", "уполномоченная", NULL
};

/* Nouns of bodies that head a subject after the verb («сообщила
 * пресс-служба Минэнерго», «заявило министерство обороны»). Folded. */
static const char *const RU_BODY_HEADS[] = {
    "служба",        "министерство",   "ведомство",     "администрация",
    "правительство", "мэрия",          "прокуратура",   "управление",
    "комитет",       "комиссия",       "штаб",          "посольство",
    "департамент",   "генпрокуратура", "службы",        "министерства",
    "ведомства",     "администрации",  "правительства", "мэрии",
    "прокуратуры",   "управления",     "комитета",      "комиссии",
    "штаба",         "посольства",     "департамента",  NULL
};

/* Nouns of people defined by whom they serve or belong to, in the
 * genitive after «по словам» («советника Путина», «адвоката Навального»):
 * the name after them is another person's. Folded. */
static const char *const RU_RELATIONAL_GEN[] = {
    "советника", "советников",    "помощника",      "помощников",
    "соратника", "соратников",    "сторонника",     "сторонников",
    "союзника",  "союзников",     "адвоката",       "адвокатов",
    "защитника", "представителя", "представителей", "сына",
    "дочери",    "жены",          "мужа",           "вдовы",
    "брата",     "сестры",        "коллеги",        "коллег",
    "окружения", "родственников", "оппонентов",     "противников",
    NULL
};

/* Endings of nouns of people («полузащитник», «следователь», «аналитик»,
 * «политолог», «аудитор», «тренер»). Folded. */
static const char *const RU_PERSON_ENDINGS[] = {
    "тель", "ник",  "щик",   "чик",   "ист",   "лог",  "тор",
    "ер",   "теля", "ника",  "щика",  "чика",  "иста", "лога",
    "тора", "ера",  "телей", "ников", "истов", NULL
};

/* Words with those endings that name no person («вторник», «понедельник»:
 * a time before the name). Folded. */
static const char *const RU_PERSON_NOT[] = {
    "вторник", "понедельник", "праздник",     "памятник",  "учебник",
    "четверг", "номер",       "пример",       "вечер",     "интер",
    "ещер",    "вторника",    "понедельника", "праздника", "номера",
    "примера", "вечера",      "интернет",     NULL
};

/* Endings of a name in the genitive after a noun («Путина», «Лаврова»,
 * «Сергея», «Зеленского», «Кремля»). Folded. */
static const char *const RU_GEN_ENDINGS[] = { "а", "я", "ого", "его", NULL };

/* Endings of a body's name in the genitive that no family name has
 * («России», «Госдумы»). Folded. */
static const char *const RU_GEN_II[] = { "ии", "ы", NULL };

/* Common women's first names in the nominative, which end like a man's
 * name in the genitive («Анна» as «Ивана»). Folded. */
static const char *const RU_FEM_FIRST[] = {
    "анна",      "мария",    "елена",      "ольга",    "наталья",  "наталия",
    "татьяна",   "ирина",    "екатерина",  "светлана", "юлия",     "марина",
    "анастасия", "евгения",  "валентина",  "людмила",  "галина",   "надежда",
    "вера",      "дарья",    "ксения",     "алина",    "виктория", "полина",
    "софья",     "софия",    "алла",       "инна",     "нина",     "лариса",
    "лидия",     "оксана",   "елизавета",  "кристина", "алена",    "алёна",
    "маргарита", "вероника", "эльвира",    "жанна",    "тамара",   "яна",
    "диана",     "валерия",  "александра", "василиса", "майя",     "эмма",
    NULL
};

/* Feminine family names in the nominative («Захарова», «Белова»). */
static const char *const RU_FEM_NOM[] = {
    "ова", "ева", "ина", "ына", "ая", NULL
};

/* Adjective endings before a noun of a person («главный тренер»,
 * «официальный представитель»). Folded. */
static const char *const RU_ADJ_END[] = { "ый", "ий", "ой", "ая",
                                          "яя", "ые", "ие", NULL };

/* Adjectives in the genitive («Федеральной службы»). Folded. */
static const char *const RU_ADJ_GEN_END[] = { "ой", "ого", "его",
                                              "ых", "их",  NULL };

/* «по», «при» inside a title («глава комитета по бюджету», «уполномоченный
 * при президенте»). Folded. */
static const char *const RU_TITLE_PREP[] = { "по", "при", NULL };

/* Token t is a noun of a person that may head a title («министр»,
 * «представитель», «полузащитник», «тренер»). */
static int ru_person_noun(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (ru_role_word(c, t) || key_in(c, t, TITLES) ||
        key_is(c, t, RU_PERSON_NOUNS) || key_is(c, t, RU_RELATIONAL_GEN) ||
        (t + 1 < c->n_tok && ru_role_head(c, t, t + 1) == t))
        return 1;
    return ends_in(c, t, RU_PERSON_ENDINGS) && !key_is(c, t, RU_PERSON_NOT) &&
           !cap_word(c, t - (t > 0 && t == c->sent_first[sent_of(c, t)]));
}

/* Word t opens with a Cyrillic letter. */
static int cyrillic(const ctx *c, uint32_t t)
{
    uint32_t ch = first_cp(c->text, &c->tok[t]);
    return ch >= 0x400 && ch <= 0x4FF;
}

/* The folded word at t is written in capitals only («МИД», «ТАСС»). */
static int all_caps(const ctx *c, uint32_t t)
{
    const fsc__token *k = &c->tok[t];
    const unsigned char *p = (const unsigned char *)c->text + k->off;
    if (k->len < 2)
        return 0;
    for (uint32_t i = 0; i < k->len; i++) {
        if (p[i] >= 'a' && p[i] <= 'z')
            return 0;
        /* Cyrillic lower case: а-п (D0 B0-BF), р-я and ё (D1 80-91) */
        if ((p[i] == 0xD0 && i + 1 < k->len && p[i + 1] >= 0xB0) ||
            p[i] == 0xD1)
            return 0;
    }
    return 1;
}

/*
 * [a, b], the capitalised words right after a noun, is a name in the
 * genitive that depends on it («советник Путина», «помощник Сергея
 * Лаврова», «корреспондент ТАСС»), not the subject's own name in the
 * nominative: an acronym or a word in Latin script alone, or every word
 * in -а/-я/-ого/-его — except a woman's name in the nominative with a
 * feminine verb («заявила советник Анна Белова»). vg: the verb's gender.
 */
static int ru_gen_name(const ctx *c, uint32_t a, uint32_t b, uint8_t vg)
{
    if (a > b || !is_word(c, a) || !is_word(c, b))
        return 0;
    if (a == b && (all_caps(c, a) || !cyrillic(c, a)))
        return 1;
    /* («адвокат Анна Белова заявил»: a woman's first name in the
     * nominative, whatever the verb's gender) */
    if (a < b && key_is(c, a, RU_FEM_FIRST))
        return 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue;
            return 0;
        }
        if (!cap_word(c, t) || !ends_in(c, t, RU_GEN_ENDINGS))
            return 0;
    }
    return !(vg == FSC__G_FEM && ends_in(c, b, RU_FEM_NOM));
}

/* Endings of family names in the nominative («Петров», «Москалькова»,
 * «Зелинский»). Folded. */
static const char *const RU_FAMILY_NOM[] = { "ов",   "ев",   "ин",   "ын",
                                             "ова",  "ева",  "ина",  "ына",
                                             "ский", "цкий", "ская", "цкая",
                                             NULL };

/* [a, b] is a first name and a family name in the nominative, two
 * Cyrillic words («Татьяна Москалькова», «Алексей Макаркин»): a person,
 * whatever the family name starts with. */
static int first_and_family(const ctx *c, uint32_t a, uint32_t b)
{
    return a + 1 == b && is_word(c, a) && is_word(c, b) && cyrillic(c, a) &&
           cyrillic(c, b) && !all_caps(c, a) && !all_caps(c, b) &&
           !ends_in(c, a, RU_GEN_II) && ends_in(c, b, RU_FAMILY_NOM);
}

/* Endings of a first name and a family name in the genitive («Сергея
 * Лаврова», «Елены Даниловой», «Марии Захаровой», «Сергея Семака»).
 * Folded. */
static const char *const RU_FIRST_GEN[] = { "а", "я", "ы", "и", NULL };
static const char *const RU_II[] = { "ии", NULL };
/* Patronymics in the nominative and the genitive («Петровна», «Ивановича»). */
static const char *const RU_PATRONYMIC_ANY[] = {
    "овна", "евна", "ична",  "овны",  "евны", "ичны", "ович",
    "евич", "ьич",  "овича", "евича", "ьича", NULL
};
static const char *const RU_FAMILY_GEN[] = { "а",   "я",   "ы", "ой",
                                             "ого", "его", NULL };

/* The two words ending at b are a first name and a family name in the
 * genitive: Cyrillic, not in capitals, the first of at most nine
 * letters. */
static int gen_first_and_family(const ctx *c, uint32_t b)
{
    if (b < 1 || !is_word(c, b) || !is_word(c, b - 1))
        return 0;
    uint32_t a = b - 1;
    return cap_word(c, a) && cap_word(c, b) && cyrillic(c, a) &&
           cyrillic(c, b) && !all_caps(c, a) && !all_caps(c, b) &&
           c->tok[a].len <= 18 && ends_in(c, a, RU_FIRST_GEN) &&
           /* («России», «Турции»: no first name; «Марии» is one) */
           !(ends_in(c, a, RU_II) && c->tok[a].len > 10) &&
           ends_in(c, b, RU_FAMILY_GEN);
}

/* The last token of a name in quotation marks opening at t («Зенита»,
 * «Открытие Брокер»), or UINT32_MAX. */
static uint32_t quoted_name_end(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t + 2 > hi || c->qmark[t] < 0 || c->q->v[c->qmark[t]].open_tok != t)
        return UINT32_MAX;
    uint32_t m = c->q->v[c->qmark[t]].close_tok;
    if (m == UINT32_MAX || m > hi || m > t + 6 || m < t + 2 ||
        !is_word(c, t + 1) || !cap_word(c, t + 1))
        return UINT32_MAX;
    return m;
}

/* A word that ends a noun phrase before it: a complementizer, an
 * adverbial, a preposition, a relative or a pronoun, a cue. */
static int np_stop(const ctx *c, uint32_t t)
{
    return is_compl(c, t) || key_in(c, t, ADVERBIAL) ||
           key_in(c, t, NAME_PREP) || key_is(c, t, RELATIVES) ||
           key_in(c, t, PRONOUNS) || key_is(c, t, SUBJ_SKIP) ||
           (key_is(c, t, NP_STOP) && !key_is(c, t, NP_INNER)) ||
           (c->cue_at[t] >= 0 &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS);
}

/* The phrase [.., e] may end the clause: the sentence ends or a mark
 * follows it, or a preposition, an adverbial or a word of whom it was
 * told («сказал министр журналистам»). */
static int np_closes(const ctx *c, uint32_t e, uint32_t hi)
{
    uint32_t n = e + 1;
    if (n > hi || !is_word(c, n))
        return n > hi || !name_link(c, n);
    return key_in(c, n, NAME_PREP) || key_is(c, n, RU_TITLE_PREP) ||
           key_in(c, n, ADVERBIAL) || key_is(c, n, RU_ADDRESSEE) ||
           is_compl(c, n) || key_is(c, n, SUBJ_SKIP);
}

/*
 * The end of the subject noun phrase that opens at t, at most hi: its
 * words, names in quotation marks and words joined by a hyphen, with a
 * place after «в» or «при» only before the person's name that ends it
 * («посол России в Турции Алексей Ерхов»); UINT32_MAX when it does not
 * end its clause.
 */
static uint32_t ru_np_end(const ctx *c, uint32_t t, uint32_t hi)
{
    uint32_t e = t;
    for (int words = 1; e + 1 <= hi && words < 10;) {
        uint32_t u = e + 1, m;
        if (!is_word(c, u)) {
            if (name_link(c, u) && u + 1 <= hi && is_word(c, u + 1)) {
                e = u + 1;
                continue;
            }
            if ((m = quoted_name_end(c, u, hi)) != UINT32_MAX) {
                e = m;
                words++;
                continue;
            }
            break;
        }
        /* «уполномоченный по правам человека», «при президенте», «МЧС по
         * Ростовской области»: the words go on (not «по телефону», a
         * channel) */
        if (key_is(c, u, RU_TITLE_PREP) && u + 1 <= hi && is_word(c, u + 1) &&
            !key_is(c, u + 1, RU_PO_NOT)) {
            e = u;
            continue;
        }
        if (key_in(c, u, NAME_PREP) && !key_is(c, u, RU_TITLE_PREP) &&
            u + 3 <= hi) {
            /* «в Турции Алексей Ерхов»: a place of one or two words and a
             * first and family name closing the phrase */
            uint32_t x = u + 1;
            while (x <= hi && x <= u + 4 && is_word(c, x) && cap_word(c, x) &&
                   !np_stop(c, x))
                x++;
            if (x - 1 >= u + 3 && x - 1 <= u + 4 && np_closes(c, x - 1, hi) &&
                name_word(c, x - 1) && name_word(c, x - 2)) {
                e = x - 1;
                words += (int)(x - 1 - u);
                continue;
            }
            break;
        }
        if (np_stop(c, u) || key_is(c, u, RU_ADDRESSEE))
            break;
        e = u;
        words++;
    }
    return np_closes(c, e, hi) ? e : UINT32_MAX;
}

/* The token after whom a postposed verb was told: after a word of
 * RU_ADDRESSEE and the outlet's name after it, or after an outlet's name
 * alone right before a noun of a person («рассказал РИА Новости
 * представитель аэропорта»); t itself when there is none. */
static uint32_t ru_skip_addressee(const ctx *c, uint32_t t, uint32_t hi)
{
    uint32_t u = t;
    int told = 0;
    if (u <= hi && is_word(c, u) && key_is(c, u, RU_ADDRESSEE)) {
        u++;
        told = 1;
    }
    uint32_t e = UINT32_MAX, m;
    if (u <= hi && (m = quoted_name_end(c, u, hi)) != UINT32_MAX) {
        e = m;
    } else if (u <= hi && is_word(c, u) && cap_word(c, u)) {
        int32_t k = c->cand_at[u];
        e = k >= 0 ? c->cands[k].last : u;
        while (e + 1 <= hi && is_word(c, e + 1) && cap_word(c, e + 1) &&
               c->cand_at[e + 1] < 0 && e < u + 3)
            e++;
    }
    /* (the noun of a person, or adjectives before it: «РБК генеральный
     * директор») */
    uint32_t n = e + 1;
    while (e != UINT32_MAX && n <= hi && n < e + 4 && is_word(c, n) &&
           !cap_word(c, n) && ends_in(c, n, RU_ADJ_END))
        n++;
    if (e != UINT32_MAX && n <= hi && is_word(c, n) && !cap_word(c, n) &&
        (ru_person_noun(c, n) ||
         /* («пресс-секретарь», written in three tokens) */
         (n + 2 <= hi && name_link(c, n + 1) && ru_person_noun(c, n + 2))))
        return e + 1;
    return told ? u : t;
}

/* r: the nominal phrase [a, e] (set_np's anonymous kept). */
static void set_nominal(const ctx *c, srcres *r, uint32_t a, uint32_t e,
                        const char *rule)
{
    set_np(c, r, a, e, rule);
    if (r->kind == FSC__SRC_ANONYMOUS)
        return;
    r->form = FSC__SF_NOMINAL;
    r->conf = FSC__CONF_UNRESOLVED + 0.1;
}

/*
 * The last capitalised run of [t, e] (words joined by a hyphen in it):
 * its first token, t when the run is all of [t, e], or UINT32_MAX when e
 * is no capitalised word.
 */
static uint32_t cap_run(const ctx *c, uint32_t t, uint32_t e)
{
    if (!is_word(c, e) || !cap_word(c, e))
        return UINT32_MAX;
    uint32_t f = e;
    while (f > t && ((is_word(c, f - 1) && cap_word(c, f - 1)) ||
                     (f - 1 > t && name_link(c, f - 1) && is_word(c, f - 2))))
        f -= is_word(c, f - 1) ? 1 : 2;
    return f;
}

/*
 * Rule ru_postposed_np: the subject after a postposed verb is its whole
 * noun phrase, from a lower-case noun to the clause's end («…, — заявил
 * представитель ведомства», «…, отметил министр транспорта», «…, — заявил
 * глава МИД России Сергей Лавров», «— рассказал РИА Новости представитель
 * аэропорта»), not the generic noun or the name the lexicon knows inside
 * it. A person's name closing it makes it named (the title kept aside by
 * split_title); a name in the genitive right after the noun is the
 * person or body it belongs to («советник Путина», «корреспондент
 * ТАСС»): a nominal source. Anonymous sources, bodies named in quotation
 * marks («газета «Известия»») and one-word subjects are left to the
 * rules after it.
 */
int ru_postposed_np(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    static const char *const REFLEXIVE[] = { "ся", "сь", NULL };
    uint32_t t = q->last + 1;
    if (c->lang != LANG_RU || t > c->sent_last[s])
        return 0;
    /* «— написала в соцсетях официальный представитель МИД»: a
     * preposition's phrase first (not after a plural or reflexive verb,
     * whose place may be the source: «сообщили в пресс-службе») */
    if (is_word(c, t) && key_in(c, t, NAME_PREP))
        return cue_gender(c, q) != FSC__G_PLURAL &&
               !ends_in(c, q->last, REFLEXIVE) &&
               ru_np_after_adverbial(c, q, s, t, r);
    return ru_np_after(c, q, s, ru_skip_addressee(c, t, c->sent_last[s]), r);
}

/* The subject phrase of ru_postposed_np opening at t. */

/* A body's name in one word after a noun: an acronym, a word in Latin
 * script, a word in -ы/-ии, an institution's compound name («МИД»,
 * «Reuters», «Госдумы», «России», «Минздрава»). */
static int body_word(const ctx *c, uint32_t t)
{
    static const char *const PREFIX[] = { "мин", "гос", "рос", "мос", NULL };
    if (all_caps(c, t) || !cyrillic(c, t) || ends_in(c, t, RU_GEN_II))
        return 1;
    char buf[KEY_CAP];
    const char *key = token_key(c, t, buf);
    for (const char *const *x = PREFIX; *x; x++)
        if (strncmp(key, *x, strlen(*x)) == 0 && strlen(key) > strlen(*x) + 4)
            return 1;
    return 0;
}

static int np_from(const ctx *c, const icue *q, uint32_t s, uint32_t t, int gen,
                   const char *rule, srcres *r);

int ru_np_after(const ctx *c, const icue *q, uint32_t s, uint32_t t, srcres *r)
{
    return np_from(c, q, s, t, 0, "ru_postposed_np", r);
}

/*
 * Rule ru_according_np: the noun phrase after «по словам», «по данным»,
 * «по информации», «по мнению» or «как заявил» up to its comma, however
 * long («По данным пресс-службы главного управления МЧС по Ростовской
 * области», «По словам главного тренера «Зенита» Сергея Семака», «По
 * оценке аналитиков инвестиционной компании «Финам»»): named with a
 * person's name at its end (the title kept apart), nominal with none; a
 * name after a noun of whom one serves is that person's, the noun speaks
 * («по словам советника Путина»). The phrase opens with a lower-case
 * word; names, possessives and places are left to the rules before and
 * after it.
 */
int ru_according_np(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->last + 1 > c->sent_last[s])
        return 0;
    /* «как заявил» is followed by the nominative, «по словам» and «со
     * ссылкой на» by the genitive (or its form) */
    static const char *const KAK[] = { "как", NULL };
    int gen = !key_is(c, q->first, KAK);
    /* «Как отметил в беседе с корреспондентом директор института ...» */
    if (!gen && is_word(c, q->last + 1) && key_in(c, q->last + 1, NAME_PREP)) {
        if (!ru_np_after_adverbial(c, q, s, q->last + 1, r))
            return 0;
        r->rule = "ru_according_np";
        return 1;
    }
    return np_from(c, q, s, q->last + 1, gen, "ru_according_np", r);
}

/*
 * The verb q follows only an anaphor of what was reported before, from
 * its sentence's start («Об этом сообщила», «Это подтвердил», «Об этом
 * также заявил»): its subject comes after it.
 */
int ru_after_anaphor(const ctx *c, const icue *q, uint32_t s)
{
    static const char *const ANAPHOR[] = { "об",  "о",     "этом", "том",
                                           "это", "также", "же",   NULL };
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first <= lo)
        return 0;
    int this_word = 0;
    for (uint32_t t = lo; t < q->first; t++) {
        if (!is_word(c, t) || !key_is(c, t, ANAPHOR))
            return 0;
        static const char *const THIS[] = { "этом", "том", "это", NULL };
        this_word = this_word || key_is(c, t, THIS);
    }
    return this_word;
}

/* The subject phrase opening at t; gen: its words are in the genitive. */
static int np_from(const ctx *c, const icue *q, uint32_t s, uint32_t t, int gen,
                   const char *rule, srcres *r)
{
    uint32_t hi = c->sent_last[s];
    if (c->lang != LANG_RU || t > hi || !is_word(c, t) ||
        (cap_word(c, t) &&
         !(gen && (key_is(c, t, RU_BODY_HEADS) ||
                   (ends_in(c, t, RU_ADJ_GEN_END) && t + 1 <= hi &&
                    is_word(c, t + 1) && !cap_word(c, t + 1))))) ||
        np_stop(c, t) || key_is(c, t, RU_ADDRESSEE) || ru_anon_role(c, t))
        return 0;
    int32_t k = c->cand_at[t];
    if (k >= 0 &&
        (c->cands[k].kind == FSC__SRC_ANONYMOUS ||
         (c->cands[k].kind == FSC__SRC_ACTOR && !c->cands[k].generic)))
        return 0;
    uint32_t e = ru_np_end(c, t, hi);
    if (e == UINT32_MAX || e == t)
        return 0;
    /* (the phrase holds a noun of a person: «министр транспорта», not
     * «решение суда» after a verb that names) */
    int person = 0, body = 0;
    for (uint32_t u = t; u <= e && !person; u++) {
        person = is_word(c, u) && !cap_word(c, u) && ru_person_noun(c, u);
        body = body || (is_word(c, u) && key_is(c, u, RU_BODY_HEADS));
    }
    if (!person && !body)
        return 0;
    uint8_t vg = cue_gender(c, q);
    /* «сообщила пресс-служба Минэнерго», «заявило министерство обороны
     * Украины»: a body speaks, no person is named */
    if (!person) {
        set_nominal(c, r, t, e, rule);
        return 1;
    }
    /* a name the lexicon knows at its end */
    uint32_t le = e;
    if (!is_word(c, le) && c->qmark[le] >= 0 && le > t)
        le--;
    k = c->cand_at[le];
    if (k >= 0 && c->cands[k].kind == FSC__SRC_ACTOR && !c->cands[k].generic &&
        c->cands[k].first > t && c->cands[k].last == le) {
        uint32_t a = c->cands[k].first;
        /* «представитель Минобороны России»: a body the lexicon knows,
         * whose side the role speaks for; nominal, no person named */
        int known_body = body_word(c, a) && !gen_first_and_family(c, le);
        if (!known_body && le == e && is_word(c, a - 1) &&
            !cap_word(c, a - 1) &&
            (gen ? key_is(c, a - 1, RU_RELATIONAL_GEN)
                 : ru_gen_name(c, a, le, vg))) {
            set_nominal(c, r, t, e, rule);
            return 1;
        }
        set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, rule);
        r->first = t;
        r->last = e;
        r->form = known_body ? FSC__SF_NOMINAL : FSC__SF_NAMED;
        return 1;
    }
    /* a person's name at its end after the title: one word that is no
     * body's name in the genitive («министр Лавров», «доктор Ли»; not
     * «представитель России»), or the name ru_role_person finds */
    uint32_t f = cap_run(c, t, e);
    if (f != UINT32_MAX && f == e &&
        (gen ? !body_word(c, e) && !key_is(c, e - 1, RU_RELATIONAL_GEN)
             : !ru_gen_name(c, f, e, vg) && !ends_in(c, e, RU_GEN_II))) {
        set_np(c, r, t, e, rule);
        r->kind = FSC__SRC_NAMED;
        r->form = FSC__SF_NAMED;
        r->conf = FSC__CONF_NAMED;
        return 1;
    }
    if (f != UINT32_MAX && f > t) {
        if (!cap_word(c, f - 1) && is_word(c, f - 1) &&
            (gen ? key_is(c, f - 1, RU_RELATIONAL_GEN) && f + 1 >= e
                 : ru_gen_name(c, f, e, vg))) {
            set_nominal(c, r, t, e, rule);
            return 1;
        }
        if (ru_role_person(c, f - 1, e) != UINT32_MAX ||
            first_and_family(c, f, e) || gen_first_and_family(c, e)) {
            set_np(c, r, t, e, rule);
            r->kind = FSC__SRC_NAMED;
            r->form = FSC__SF_NAMED;
            r->conf = FSC__CONF_NAMED;
            return 1;
        }
    }
    set_nominal(c, r, t, e, rule);
    return 1;
}

/*
 * Russian: the person's name that ends the named source [a, b] after its
 * title («глава МИД России Сергей Лавров» → «Сергей Лавров», «экс-глава
 * Минфина Петр Соколов» → «Петр Соколов», «главный тренер «Зенита» Сергей
 * Семак»): a name the lexicon knows at its end, else the person after the
 * title's last lower-case word (ru_role_person). 1 with [*na, *nb].
 */
int ru_split_title(const ctx *c, uint32_t a, uint32_t b, uint32_t *na,
                   uint32_t *nb)
{
    if (c->lang != LANG_RU || a >= b || !is_word(c, b))
        return 0;
    int32_t k = c->cand_at[b];
    if (k >= 0 && c->cands[k].kind == FSC__SRC_ACTOR && !c->cands[k].generic &&
        c->cands[k].last == b && c->cands[k].first > a &&
        c->cands[k].first + 3 > b &&
        (c->cands[k].first < b ||
         !ru_gen_name(c, c->cands[k].first, b, FSC__G_UNKNOWN))) {
        *na = c->cands[k].first;
        *nb = b;
        return 1;
    }
    /* (a run of two words or fewer is the name itself, split_title's
     * own rule: «Канадский следователь Ларри Вэнс») */
    uint32_t f = cap_run(c, a, b);
    /* («Политолог Алексей Макаркин»: the title opening the sentence) */
    if (f == a && ru_person_noun(c, a))
        f = a + 1;
    if (f == UINT32_MAX || f <= a)
        return 0;
    if (f == a + 1 && first_and_family(c, f, b)) {
        *na = f;
        *nb = b;
        return 1;
    }
    /* («премьер-министр Турции Эрдоган», «представитель МИД Захарова»:
     * the body's name, then the family name alone) */
    if (words_in(c, f, b) == 2 && is_word(c, f) && f + 1 == b &&
        (all_caps(c, f) || ends_in(c, f, RU_GEN_II)) && cyrillic(c, b)) {
        *na = *nb = b;
        return 1;
    }
    /* («директора Института экономики РАН Елены Даниловой»: a first and
     * family name in the genitive end the run) */
    if (words_in(c, f, b) >= 2 && gen_first_and_family(c, b) && b - 1 > a) {
        *na = b - 1;
        /* (a first name before a patronymic: «Анна Петровна Орлова») */
        if (ends_in(c, b - 1, RU_PATRONYMIC_ANY) && b - 2 > a &&
            is_word(c, b - 2) && cap_word(c, b - 2) && cyrillic(c, b - 2))
            *na = b - 2;
        *nb = b;
        return 1;
    }
    if (words_in(c, f, b) <= 2)
        return 0;
    /* (a title with a noun of a person: «газета The Wall Street Journal»
     * names a body, not a person; a person's name in Cyrillic) */
    int person = 0;
    for (uint32_t u = a; u < f && !person; u++)
        person = ru_person_noun(c, u);
    uint32_t p = person ? ru_role_person(c, f - 1, b) : UINT32_MAX;
    if (p == UINT32_MAX || p <= a || !cyrillic(c, p) || !cyrillic(c, b))
        return 0;
    *na = p;
    *nb = b;
    return 1;
}

/* Token t may stand in a title before a name: a lower-case word that
 * ends no phrase, a capitalised word of the body's name (not the
 * sentence's first word unless it is a noun of a person), a hyphen or a
 * quotation mark around a name. */
static int title_token(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return name_link(c, t) || c->qmark[t] >= 0;
    if (np_stop(c, t) && !key_is(c, t, RU_TITLE_PREP))
        return 0;
    return c->cand_at[t] < 0 ||
           c->cands[c->cand_at[t]].kind != FSC__SRC_ANONYMOUS;
}

/*
 * Rule ru_title_before: a named source before its verb keeps the title
 * before the name, as after the verb («Глава МИД России Сергей Лавров
 * заявил», «Помощник президента Юрий Ушаков сказал», «Главный тренер
 * «Зенита» Сергей Семак сказал»): back to the first noun of a person
 * among the words before the name, with the adjectives and a prefix
 * joined by a hyphen before it («Экс-глава Минфина», «На встрече министр
 * Лавров заявил»; not «Однако его соперник»). A name in the genitive
 * after a noun is whose the noun is, not the speaker («Советник Путина
 * сказал», «Сын бизнесмена Петра Орлова заявил»): the phrase is then a
 * nominal source. A nominal source (ru_role_subject's role and
 * organisation), a pronoun, an inherited or an anonymous source is left
 * as it is.
 */
void ru_title_before(const ctx *c, const icue *q, srcres *r)
{
    if (c->lang != LANG_RU || r->inherited || r->first > r->last ||
        r->last >= q->first || r->kind == FSC__SRC_ANONYMOUS ||
        r->kind == FSC__SRC_UNRESOLVED || r->form == FSC__SF_PRONOUN ||
        r->form == FSC__SF_DROPPED || r->form == FSC__SF_ANONYMOUS ||
        r->form == FSC__SF_NOMINAL || !is_word(c, r->first) ||
        !cap_word(c, r->first))
        return;
    uint32_t s = sent_of(c, r->first), lo = c->sent_first[s];
    /* the subject is right before the verb (words such as «также» aside) */
    for (uint32_t u = r->last + 1; u < q->first; u++)
        if (!is_word(c, u) || !key_is(c, u, SUBJ_SKIP))
            return;
    /* «Соратник Навального заявил»: the noun opening the sentence and a
     * name in the genitive after it, taken as one name */
    if (r->first == lo && r->last > lo && is_word(c, lo + 1) &&
        ru_person_noun(c, lo) &&
        ru_gen_name(c, lo + 1, r->last, cue_gender(c, q))) {
        set_nominal(c, r, lo, r->last, "ru_role_of_name");
        return;
    }
    if (r->first <= lo)
        return;
    uint32_t a = UINT32_MAX, t = r->first;
    int words = 0;
    while (t > lo) {
        uint32_t u = t - 1;
        if (!title_token(c, u))
            break;
        if (is_word(c, u) && ++words > 10)
            return;
        if (c->qmark[u] >= 0 && !is_word(c, u) &&
            c->q->v[c->qmark[u]].close_tok == u &&
            (c->q->v[c->qmark[u]].open_tok < lo ||
             c->q->v[c->qmark[u]].open_tok + 6 < u))
            break; /* (a quotation's end, not a name's) */
        t = u;
        if (is_word(c, u) && ru_person_noun(c, u))
            a = u;
    }
    if (a == UINT32_MAX)
        return;
    /* and the adjectives before it («Официальный представитель»,
     * «Канадский следователь»; not «Однако его соперник»), a prefix
     * joined by a hyphen («Экс-глава», «Вице-премьер») */
    for (;;) {
        if (a > t && is_word(c, a - 1) && ends_in(c, a - 1, RU_ADJ_END) &&
            !np_stop(c, a - 1))
            a--;
        else if (a > t + 1 && name_link(c, a - 1) && !is_word(c, a - 1) &&
                 is_word(c, a - 2))
            a -= 2;
        else
            break;
    }
    /* «Советник Путина», «Помощник Сергея Лаврова», «Сын бизнесмена
     * Петра Орлова»: a name in the genitive after a noun is whose the
     * noun is */
    if (((r->first == a + 1 && ru_person_noun(c, a)) ||
         (is_word(c, r->first - 1) && !cap_word(c, r->first - 1))) &&
        ru_gen_name(c, r->first, r->last, cue_gender(c, q))) {
        set_nominal(c, r, a, r->last, "ru_role_of_name");
        return;
    }
    /* («Представитель Минобороны России заявил»: a body's name after the
     * role, no person's; the role and its organisation are
     * ru_role_subject's) */
    if (body_word(c, r->first) && !gen_first_and_family(c, r->last) &&
        !(r->last > r->first && first_and_family(c, r->last - 1, r->last)))
        return;
    r->first = a;
}

/*
 * Rule ru_np_after_adverbial: after a postposed verb and an adverbial
 * («— сказал после матча главный тренер «Зенита» Сергей Семак», «написал
 * в своем Telegram-канале депутат Госдумы Иван Орлов»), the subject is the
 * phrase that opens with the first noun of a person (and the adjectives
 * before it) past the adverbial's own words, not a capitalised word of the
 * adverbial. t: the adverbial's first word.
 */
int ru_np_after_adverbial(const ctx *c, const icue *q, uint32_t s, uint32_t t,
                          srcres *r)
{
    uint32_t hi = c->sent_last[s];
    if (c->lang != LANG_RU)
        return 0;
    for (uint32_t u = t + 2; u <= hi && u <= t + 8; u++) {
        if (!is_word(c, u)) {
            if (c->qmark[u] >= 0 || name_link(c, u))
                continue;
            return 0;
        }
        if (c->cue_at[u] >= 0 || is_compl(c, u))
            return 0;
        int after_quote = !is_word(c, u - 1) && c->qmark[u - 1] >= 0 &&
                          c->q->v[c->qmark[u - 1]].close_tok == u - 1;
        if (cap_word(c, u) || !ru_person_noun(c, u) ||
            (!is_word(c, u - 1) && !after_quote) ||
            key_in(c, u - 1, NAME_PREP) || key_in(c, u - 1, ADVERBIAL))
            continue;
        uint32_t a = u;
        while (a > t + 2 && is_word(c, a - 1) && !cap_word(c, a - 1) &&
               ends_in(c, a - 1, RU_ADJ_END) && is_word(c, a - 2) &&
               !key_in(c, a - 2, NAME_PREP))
            a--;
        return ru_np_after(c, q, s, a, r);
    }
    return 0;
}

/* ---- Russian role nouns with an organisation in the genitive ----------- */

/* Russian role nouns in the nominative that head a source and take the
 * organisation they speak for in the genitive after them («представитель
 * Минздрава», «источники Reuters», «депутат Госдумы»); folded. */
static const char *const RU_ROLES[] = { "представитель",
                                        "представители",
                                        "представительница",
                                        "источник",
                                        "источники",
                                        "собеседник",
                                        "собеседники",
                                        "собеседница",
                                        "депутат",
                                        "депутаты",
                                        "глава",
                                        "сотрудник",
                                        "сотрудники",
                                        "сотрудница",
                                        "эксперт",
                                        "эксперты",
                                        "аналитик",
                                        "аналитики",
                                        "пресс-секретарь",
                                        "руководитель",
                                        "руководители",
                                        "директор",
                                        "председатель",
                                        "член",
                                        "члены",
                                        "специалист",
                                        "специалисты",
                                        "спикер",
                                        "посол",
                                        "советник",
                                        "заместитель",
                                        "замглавы",
                                        "замминистра",
                                        "министр",
                                        "президент",
                                        "губернатор",
                                        "мэр",
                                        "лидер",
                                        "адвокат",
                                        "юрист",
                                        "генсек",
                                        "генпрокурор",
                                        "вице-премьер",
                                        "вице-президент",
                                        "секретарь",
                                        NULL };

/* The same in the genitive, after «по словам», «по мнению», «со ссылкой
 * на» («по словам представителя Минздрава»). */
static const char *const RU_ROLES_GEN[] = {
    "представителя", "представителей", "источника",
    "источников",    "собеседника",    "собеседников",
    "депутата",      "депутатов",      "сотрудника",
    "сотрудников",   "эксперта",       "экспертов",
    "аналитика",     "аналитиков",     "руководителя",
    "директора",     "председателя",   "члена",
    "специалиста",   "специалистов",   "спикера",
    "посла",         "советника",      "заместителя",
    "губернатора",   "мэра",           "адвоката",
    "юриста",        "секретаря",      NULL
};

/* The roles that name no one: «источник агентства», «собеседник РБК». */
static const char *const RU_ANON_ROLES[] = {
    "источник",  "источники",  "собеседник",  "собеседники",  "собеседница",
    "источника", "источников", "собеседника", "собеседников", NULL
};

/* Adjectives before a role noun («официальный представитель»,
 * «высокопоставленный источник», «осведомленные источники»); folded endings. */
static const char *const RU_ADJ_ENDINGS[] = { "ый",  "ий", "ой", "ая",
                                              "яя",  "ые", "ие", "ого",
                                              "его", "ых", "их", NULL };

/* Feminine family names in the genitive («по словам депутата
 * Петровой»): no organisation's name, though they end like an
 * adjective. */
static const char *const RU_SURNAME_GEN[] = { "овой", "евой", "иной", "ыной",
                                              "ской", "цкой", NULL };

/* Endings of an adjective in the genitive («Государственной Думы»,
 * «Белого дома», «Объединенных Наций»): no first name ends so. */
static const char *const RU_ADJ_GEN[] = { "ой", "ого",  "его", "ых",
                                          "их", "ской", NULL };

/* Patronymics: «Мария Владимировна Захарова». */
static const char *const RU_PATRONYMIC[] = { "ович", "евич", "ьич",    "овна",
                                             "евна", "ична", "инична", NULL };

/* Feminine family names in the nominative («Захарова», «Кудрина»). */
static const char *const RU_FEM_SURNAME[] = { "ова",  "ева",  "ина", "ына",
                                              "ская", "цкая", NULL };

/* Masculine family names in the nominative («Петров», «Орлов»). */
static const char *const RU_MASC_SURNAME[] = { "ов",   "ев",   "ин", "ын",
                                               "ский", "цкий", NULL };

/* Prefixes of the compound names of Russian institutions («Минздрав»,
 * «Госдума», «Роснефть», «Мосгордума»). */
static const char *const RU_ORG_PREFIX[] = { "мин", "гос", "рос", "мос", NULL };

/* Endings of Russian plural common nouns of people («Эксперты»,
 * «Аналитики», «Жители», «Врачи», «Власти», «Военные»); no family name
 * in the nominative ends so («Саакашвили» ends in -ли, not -тели). */
static const char *const RU_PLURAL_ENDINGS[] = { "ы",   "ые", "ие",  "тели",
                                                 "ики", "чи", "сти", NULL };

/* A Russian word capitalised only because it opens its sentence that is
 * a plural common noun or a role: «Эксперты считают», «Аналитики
 * полагают» (not a name). */
int ru_common_plural(const ctx *c, uint32_t t)
{
    if (c->lang != LANG_RU || !is_word(c, t) ||
        t != c->sent_first[sent_of(c, t)])
        return 0;
    uint32_t ch = first_cp(c->text, &c->tok[t]);
    if (ch < 0x410 || ch > 0x42F || c->tok[t].len < 8)
        return 0;
    return key_is(c, t, RU_ROLES) || ends_in(c, t, RU_PLURAL_ENDINGS);
}

int ru_role_word(const ctx *c, uint32_t t)
{
    return c->lang == LANG_RU && is_word(c, t) && key_is(c, t, RU_ROLES);
}

/* Does token t, Cyrillic or not, look like an organisation in the
 * genitive after a role noun rather than a person's name: an acronym
 * («МИД»), a word in Latin script («Reuters»), a word in -ы/-и
 * («Госдумы», «России»), an adjective in the genitive, or a compound
 * institution's name («Минздрава»)? */
static int ru_gen_a(const ctx *c, uint32_t t)
{
    static const char *const GEN_A[] = { "а", "я", NULL };
    return cap_word(c, t) && ends_in(c, t, GEN_A);
}

static int ru_org_word(const ctx *c, uint32_t t, int last)
{
    if (!is_word(c, t))
        return 0;
    if (!cap_word(c, t))
        return 1;
    const fsc__token *k = &c->tok[t];
    uint32_t ch = first_cp(c->text, k);
    if (ch < 0x400 || ch > 0x4FF)
        return !last; /* «Reuters», «Bloomberg»; «Джон Кирби» ends a name */
    /* all capitals: «МИД», «ЕС», «ФСБ» */
    const unsigned char *p = (const unsigned char *)c->text + k->off;
    int caps = 1;
    for (uint32_t i = 0; i + 1 < k->len; i += 2)
        if (!(p[i] == 0xD0 && p[i + 1] >= 0x90 && p[i + 1] <= 0xAF) &&
            !(p[i] == 0xD0 && p[i + 1] == 0x81))
            caps = 0;
    if (caps && k->len >= 4)
        return 1;
    /* (a family name may end in -и, «Кирби», «Саакашвили», after a
     * first name; not in -ии, «России», «Франции») */
    static const char *const GEN_I[] = { "ы", "и", NULL };
    static const char *const GEN_II[] = { "ы", "ии", NULL };
    if (ends_in(c, t, RU_SURNAME_GEN))
        return 0;
    if (ends_in(c, t, last ? GEN_II : GEN_I) || ends_in(c, t, RU_ADJ_GEN))
        return 1;
    char buf[KEY_CAP];
    const char *key = token_key(c, t, buf);
    for (const char *const *x = RU_ORG_PREFIX; *x; x++)
        if (strncmp(key, *x, strlen(*x)) == 0 && strlen(key) > strlen(*x) + 4)
            return 1;
    return 0;
}

/* Russian: the role noun that heads [a, b] after adjectives («Официальный
 * представитель Минобороны»), with at least one word after it, or
 * UINT32_MAX. */
uint32_t ru_role_head(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang != LANG_RU || a >= b)
        return UINT32_MAX;
    for (uint32_t t = a; t < b && t <= a + 5; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue; /* «Пресс-секретарь», «вице-премьер» */
            return UINT32_MAX;
        }
        if (key_is(c, t, RU_ROLES) || key_is(c, t, RU_ROLES_GEN))
            return t;
        if (!ends_in(c, t, RU_ADJ_ENDINGS))
            return UINT32_MAX;
    }
    return UINT32_MAX;
}

int ru_anon_role(const ctx *c, uint32_t h)
{
    return h < c->n_tok && is_word(c, h) && key_is(c, h, RU_ANON_ROLES);
}

/* Russian: the person's name that ends the phrase after role noun h up to
 * b («представитель Пентагона Джон Кирби» → «Джон Кирби», «депутат
 * Иванов» → «Иванов»), its first token; UINT32_MAX when the words after
 * the role are the organisation alone («представитель Минздрава»,
 * «источники Reuters», «депутат Государственной Думы»). */
uint32_t ru_role_person(const ctx *c, uint32_t h, uint32_t b)
{
    if (b <= h || !name_word(c, b) || ru_anon_role(c, h))
        return UINT32_MAX;
    uint32_t f = name_back(c, b, h + 1);
    if (f == UINT32_MAX)
        return UINT32_MAX;
    /* the last two or three words of a longer run: first name
     * (patronymic) and family name; the words before them are the
     * organisation's. Words joined by a hyphen are one («Жан-Пьер»):
     * ws[i] its first token, w[i] its last, w[0] = b */
    uint32_t w[6], ws[6], n = 0;
    for (uint32_t t = b + 1; t-- > f && n < 6;) {
        if (!is_word(c, t))
            continue;
        w[n] = t;
        while (t >= f + 2 && name_link(c, t - 1) && is_word(c, t - 2))
            t -= 2;
        ws[n++] = t;
    }
    if (n >= 3 && ends_in(c, w[1], RU_PATRONYMIC))
        return ru_org_word(c, w[2], 0) ? UINT32_MAX : ws[2];
    if (n == 1)
        return ru_org_word(c, w[0], 0) ||
                       /* «Минздрава», «Пентагона» in the genitive: a
                        * word in -а/-я right after the role that is no
                        * feminine family name */
                       (ws[0] == h + 1 && !ends_in(c, w[0], RU_FEM_SURNAME) &&
                        ru_gen_a(c, w[0]))
                   ? UINT32_MAX
                   : ws[0];
    /* two words: «Джон Кирби», «Мария Захарова»; an organisation first
     * («Минздрава Иванов», «МИД Захарова»), or both the organisation's
     * («Минздрава России», «Государственной Думы») */
    if (ru_org_word(c, w[0], 1))
        return UINT32_MAX;
    if (ru_org_word(c, w[1], 0) ||
        (ru_gen_a(c, w[1]) && ends_in(c, w[0], RU_MASC_SURNAME)))
        return ws[0];
    return ws[1];
}

/* Russian: an addressee starting at token t, between a postposed verb
 * and what follows it: a word of RU_ADDRESSEE with the outlet's name after
 * it or not («журналистам», «изданию РБК»), an outlet in guillemets
 * («Ведомостям»), or one or two capitalised words or acronyms (РБК, «РИА
 * Новости»). Its last token, or UINT32_MAX. */
uint32_t ru_addressee_end(const ctx *c, uint32_t t, uint32_t hi)
{
    if (c->lang != LANG_RU || t > hi)
        return UINT32_MAX;
    uint32_t e = UINT32_MAX;
    if (is_word(c, t) && key_is(c, t, RU_ADDRESSEE)) {
        e = t;
        t++;
    }
    if (t <= hi && c->qmark[t] >= 0 && c->q->v[c->qmark[t]].open_tok == t &&
        ru_name_quote(c, &c->q->v[c->qmark[t]])) {
        uint32_t m = c->q->v[c->qmark[t]].close_tok;
        return m != UINT32_MAX && m <= hi ? m : e;
    }
    for (uint32_t u = t, w = 0; u <= hi && w < 2 && is_word(c, u) &&
                                cap_word(c, u) && c->cue_at[u] < 0;
         u++, w++)
        e = u;
    return e;
}
