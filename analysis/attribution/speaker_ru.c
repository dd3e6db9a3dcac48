/*
 * speaker_ru.c - stage 3, Russian subjects that are no noun phrase next to
 * the cue: the institution of an impersonal plural with a place («В Кремле
 * заявили», «отметили в ведомстве», «говорится в заявлении мэрии»), the
 * subject after the verb with an adverbial between them («— сказал после
 * заседания глава комитета Иван Орлов») and the dropped subject of a verb
 * that opens its sentence («Также отметил, что ...»).
 */
#include "attrib_int.h"

/* Words after «в» that name a time, a channel or a circumstance, not the
 * place where people speak («в пятницу заявили», «в интервью сообщили»,
 * «в связи с этим отметили»). Folded. */
static const char *const RU_LOC_NOT[] = {
    "понедельник", "вторник",     "среду",       "четверг",  "пятницу",
    "субботу",     "воскресенье", "интервью",    "эфире",    "ходе",
    "частности",   "связи",       "свою",        "ответ",    "целом",
    "итоге",       "результате",  "том",         "этом",     "начале",
    "конце",       "середине",    "течение",     "прошлом",  "этой",
    "году",        "январе",      "феврале",     "марте",    "апреле",
    "мае",         "июне",        "июле",        "августе",  "сентябре",
    "октябре",     "ноябре",      "декабре",     "соцсетях", "telegram",
    "телеграм",    "блоге",       "комментарии", "беседе",   "разговоре",
    "выступлении", "случае",      "свой",        "своем",    "своей",
    "своих",       NULL
};

/* Words that may open a sentence before a verb whose subject is dropped
 * («Также отметил», «Кроме того, напомнил», «Позднее добавила»). Folded. */
static const char *const RU_DROP_OPENERS[] = {
    "также",    "затем",  "позже",   "позднее",      "ранее",
    "впрочем",  "однако", "тогда",   "еще",          "уже",
    "тоже",     "вчера",  "сегодня", "впоследствии", "кроме",
    "того",     "при",    "этом",    "вместе",       "с",
    "тем",      "и",      "а",       "но",           "кстати",
    "отдельно", "вновь",  "снова",   "заодно",       "помимо",
    NULL
};

/* The nouns of data that open the evidence phrases of the lexicon
 * («опрос показал», «данные показывают»). Folded. */
static const char *const RU_DATA_HEADS[] = {
    "опрос",      "опросы",    "анализ",   "доклад",       "отчет",
    "мониторинг", "подсчет",   "соцопрос", "исследование", "статистика",
    "экспертиза", "проверка",  "данные",   "исследования", "результаты",
    "цифры",      "документы", NULL
};

/* Single words and endings the rules below look for. Folded. */
static const char *const RU_KAK[] = { "как", NULL };
static const char *const RU_V[] = { "в", "во", NULL };
static const char *const RU_SO[] = { "со", NULL };
static const char *const RU_LI[] = { "ли", NULL };
static const char *const RU_OT_IZ[] = { "от", "из", NULL };
static const char *const RU_IZ[] = { "из", NULL };
static const char *const RU_POSS_M[] = { "его", NULL };
static const char *const RU_POSS_F[] = { "ее", NULL };
static const char *const RU_POSS_PL[] = { "их", NULL };
/* a verb with no singular subject: past plural, present third plural,
 * reflexive third person */
static const char *const END_SUBJECTLESS[] = { "ли",  "ют",  "ят",  "тся",
                                               "ано", "ено", "уто", NULL };
static const char *const END_REFLEXIVE[] = { "тся", NULL };
/* a noun in the prepositional case, an adjective in it */
static const char *const END_LOC_NOUN[] = { "е", "и", "ах", "ях", NULL };
static const char *const END_LOC_ADJ[] = { "ом", "ой", "ем", "ей",
                                           "ых", "их", NULL };
/* a name in the dative («Интерфаксу», «Известиям», «Медузе») */
static const char *const END_DATIVE[] = { "у", "ю", "ам", "ям", "е", NULL };
/* a plural noun */
static const char *const END_PLURAL[] = { "ы", "и", NULL };

/* A verb with no subject of its own in the singular: past plural
 * («заявили»), present third plural («считают», «говорят»), a
 * reflexive third singular («говорится», «отмечается») or a short
 * passive in the neuter («сказано», «отмечено», «подчеркнуто»). */
static int ru_subjectless_verb(const ctx *c, const icue *q)
{
    uint32_t t = q->first;
    if (!is_word(c, t))
        return 0;
    /* «Как сообщили», «Как отмечается»: the verb after «как» */
    if (q->last > q->first && is_word(c, t + 1) && key_is(c, t, RU_KAK))
        t++;
    return ends_in(c, t, END_SUBJECTLESS);
}

/* «в»/«во» at t. */
static int ru_in(const ctx *c, uint32_t t)
{
    return key_is(c, t, RU_V);
}

/* The head of the phrase at a is in the prepositional case, where «в»
 * means "at": a capitalised name or abbreviation («в Кремле», «в МИД»,
 * «в Минобороны»), or a common noun in -е/-и/-ах/-ях («в ведомстве», «в
 * администрации»), not an accusative of direction («в полицию», «в суд»). */
static int ru_locative_head(const ctx *c, uint32_t a, uint32_t hi)
{
    if (!is_word(c, a) || key_is(c, a, RU_LOC_NOT) || c->cue_at[a] >= 0)
        return 0;
    if (cap_word(c, a))
        return 1;
    /* (the noun may follow an adjective, «в региональном оперштабе», or
     * a hyphen, «в пресс-службе») */
    for (uint32_t h = a, w = 0; h <= hi && w < 3; h++) {
        if (!is_word(c, h)) {
            if (name_link(c, h))
                continue;
            return 0;
        }
        w++;
        if (h + 1 <= hi && name_link(c, h + 1))
            continue;
        if (ends_in(c, h, END_LOC_NOUN))
            return 1;
        if (!ends_in(c, h, END_LOC_ADJ))
            return 0; /* no adjective in the prepositional case */
    }
    return 0;
}

static const char *const RU_ZA[] = { "за", NULL };
/* A period after «за» («за январь», «за прошлый год», «за 2023 год»).
 * Folded. */
static const char *const RU_PERIOD[] = {
    "январь",  "февраль",   "март",     "апрель",   "май",       "июнь",
    "июль",    "август",    "сентябрь", "октябрь",  "ноябрь",    "декабрь",
    "год",     "месяц",     "неделю",   "квартал",  "полугодие", "сутки",
    "прошлый", "прошлую",   "текущий",  "минувший", "первый",    "второй",
    "третий",  "четвертый", "первое",   "второе",   "последний", NULL
};

/* «за» at t and a period of one or two words after it: the last token of
 * the period, or UINT32_MAX. */
static uint32_t ru_period(const ctx *c, uint32_t t, uint32_t hi)
{
    if (!is_word(c, t) || !key_is(c, t, RU_ZA))
        return UINT32_MAX;
    uint32_t e = UINT32_MAX;
    for (uint32_t u = t + 1; u <= hi && u <= t + 2; u++) {
        if (c->tok[u].kind == FSC__TOK_NUMBER || key_is(c, u, RU_PERIOD))
            e = u;
        else
            break;
    }
    return e;
}

/* The end of the phrase that opens at a (at most six words, hyphens
 * inside words kept), or UINT32_MAX when it does not reach `until`
 * (UINT32_MAX: any end). */
static uint32_t ru_loc_phrase(const ctx *c, uint32_t a, uint32_t hi,
                              uint32_t until)
{
    uint32_t e = a;
    int words = 1;
    while (e + 1 <= hi && words < 6) {
        uint32_t n = e + 1;
        if (n == until)
            break;
        if (!is_word(c, n)) {
            if (name_link(c, n) && n + 1 <= hi && is_word(c, n + 1) &&
                n + 1 != until) {
                e = n + 1;
                continue;
            }
            break;
        }
        /* («В докладе за январь говорится»: the period of a document) */
        uint32_t pe = ru_period(c, n, hi);
        if (pe != UINT32_MAX && (until == UINT32_MAX || pe < until)) {
            e = pe;
            words += 2;
            continue;
        }
        if (c->cue_at[n] >= 0 || is_compl(c, n) || key_in(c, n, ADVERBIAL) ||
            key_in(c, n, NAME_PREP) || key_is(c, n, SUBJ_SKIP) ||
            key_in(c, n, NEGATORS))
            break;
        e = n;
        words++;
    }
    if (until != UINT32_MAX && e + 1 != until)
        return UINT32_MAX;
    return e;
}

/* Tokens [a, e] as a noun phrase source: nominal (an institution, a
 * study, a group of people, never a person's name) unless set_np found it
 * anonymous. */
static void set_nominal_np(const ctx *c, srcres *r, uint32_t a, uint32_t e,
                           const char *rule)
{
    set_np(c, r, a, e, rule);
    if (r->kind == FSC__SRC_ANONYMOUS)
        return;
    r->form = FSC__SF_NOMINAL;
    r->conf = FSC__CONF_UNRESOLVED + 0.1;
}

/* Set r to the place phrase [a, e]: an actor found in it gives the
 * speaker, the phrase stays the source. Nominal even with a capitalised
 * head: «в Москве», «в Кремле» stand for the people who work there, they
 * are no name of a speaker. */
static void ru_set_place(const ctx *c, srcres *r, uint32_t a, uint32_t e)
{
    int32_t k = c->cand_at[a];
    if (k >= 0 && c->cands[k].kind == FSC__SRC_ACTOR && c->cands[k].last <= e) {
        set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "ru_place");
        r->first = a;
        r->last = e;
        r->form = FSC__SF_NOMINAL;
        return;
    }
    set_nominal_np(c, r, a, e, "ru_place");
}

/*
 * Rule ru_place: an impersonal plural with a place, before the verb («В
 * Кремле заявили», «В пресс-службе губернатора пояснили») or after it
 * («заверили в администрации района», «говорится в заявлении мэрии»):
 * the institution in the place is the source.
 */
/* Russian demonstratives that open a fronted object (folded). */
static const char *const RU_DEMONSTR[] = { "эти", "этот", "эту", "это", "этих",
                                           "эта", "те",   "тот", "ту",  NULL };

int ru_place_source(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || !ru_subjectless_verb(c, q))
        return 0;
    uint32_t lo = c->sent_first[s], hi = c->sent_last[s];
    /* after the verb: «в» and the phrase up to the clause's end (over
     * whom it was told: «Как сообщили «Ведомостям» в компании») */
    uint32_t t = q->last + 1;
    uint32_t ad = ru_addressee_end(c, t, hi);
    if (ad != UINT32_MAX && ad + 2 <= hi && ru_in(c, ad + 1))
        t = ad + 1;
    if (t + 1 <= hi && ru_in(c, t) && ru_locative_head(c, t + 1, hi)) {
        uint32_t e = ru_loc_phrase(c, t + 1, hi, UINT32_MAX);
        uint32_t n = e + 1;
        if (n > hi || !is_word(c, n) || is_compl(c, n)) {
            ru_set_place(c, r, t + 1, e);
            return 1;
        }
    }
    /* before the verb: over «также», «не», then back to «в» */
    if (q->first <= lo)
        return 0;
    uint32_t v = q->first - 1;
    while (v > lo && is_word(c, v) &&
           (key_is(c, v, SUBJ_SKIP) || key_in(c, v, NEGATORS)))
        v--;
    for (uint32_t a = v + 1, w = 0; a-- > lo + 1 && w < 6; w++) {
        if (!is_word(c, a) && !name_link(c, a))
            return 0;
        if (!ru_in(c, a - 1))
            continue;
        /* nothing before «в» that could be the subject */
        uint32_t b = a - 1;
        /* (a time may stand before it: «В пятницу в Минздраве заявили») */
        if (b > lo && is_word(c, b - 1) && !key_is(c, b - 1, RU_DROP_OPENERS) &&
            !key_is(c, b - 1, RU_LOC_NOT) && !key_is(c, b - 1, SUBJ_SKIP) &&
            !is_compl(c, b - 1))
            return 0;
        if (!ru_locative_head(c, a, v))
            return 0;
        /* (a fronted object after the place: «В Киеве эти заявления
         * назвали провокацией») */
        uint32_t d = a + 1;
        while (d <= v && !(is_word(c, d) && key_is(c, d, RU_DEMONSTR)))
            d++;
        uint32_t end = d <= v ? d - 1 : v;
        uint32_t e = ru_loc_phrase(c, a, end, end + 1);
        if (e != end)
            return 0;
        ru_set_place(c, r, a, e);
        return 1;
    }
    return 0;
}

/*
 * Rule ru_dropped: a verb in the past singular or plural that opens its
 * sentence, after nothing but a sentence adverb, and is followed by its
 * content («Также отметил, что ...», «Добавила: «...»»): the subject is
 * dropped and continues the newest earlier speaker whose gender the verb
 * agrees with.
 */
int ru_dropped_subject(const ctx *c, const icue *q, uint32_t s, uint8_t vg,
                       srcres *r)
{
    if (c->lang != LANG_RU || vg == FSC__G_UNKNOWN)
        return 0;
    uint32_t lo = c->sent_first[s], hi = c->sent_last[s];
    for (uint32_t t = lo; t < q->first; t++) {
        if (is_word(c, t) ? key_is(c, t, RU_DROP_OPENERS) : is_comma(cp(c, t)))
            continue;
        return 0;
    }
    uint32_t n = q->last + 1;
    if (n > hi)
        return 0;
    if (is_word(c, n) ? !is_compl(c, n)
                      : !(is_comma(cp(c, n)) || cp(c, n) == ':'))
        return 0;
    if (!inherit_g(c, s, 12, q->first, r, FSC__CONF_PRONOUN, "ru_dropped", vg,
                   1))
        return 0;
    r->form = FSC__SF_DROPPED;
    if (r->gender == FSC__G_UNKNOWN)
        r->gender = vg;
    return 1;
}

/*
 * Rule ru_named_adverbial: the name after the verb with an adverbial
 * between them («— сказал после заседания глава комитета Иван Орлов»,
 * «— заявила в прошлом месяце Анна Белова»); the word right after a
 * preposition is its object, never the subject's first word.
 */
int ru_named_after_adverbial(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU)
        return 0;
    uint32_t hi = c->sent_last[s], t = q->last + 1;
    if (t > hi || !is_word(c, t) ||
        !(key_in(c, t, ADVERBIAL) || key_is(c, t, SUBJ_SKIP)))
        return 0;
    /* «сообщили в пресс-службе МВД»: a plural verb with a place after it
     * (ru_place), not a name */
    if (ru_in(c, t) && ru_subjectless_verb(c, q) &&
        ru_locative_head(c, t + 1, hi))
        return 0;
    /* «говорится в сообщении пресс-службы Кремля»: an impersonal
     * reflexive in the present has no subject; the place is the source
     * (ru_place). («признался после игры капитан» has one.) */
    if (ends_in(c, q->last, END_REFLEXIVE))
        return 0;
    /* «— сказал после матча главный тренер «Зенита» Сергей Семак» */
    if (ru_np_after_adverbial(c, q, s, t, r))
        return 1;
    for (uint32_t u = t + 1; u <= hi && u <= t + 8; u++) {
        if (!is_word(c, u)) {
            if (c->qmark[u] >= 0 || name_link(c, u))
                continue;
            return 0;
        }
        if (c->cue_at[u] >= 0 || is_compl(c, u))
            return 0;
        if (!cap_word(c, u) && !key_in(c, u, TITLES))
            continue;
        if (is_word(c, u - 1) &&
            (key_in(c, u - 1, NAME_PREP) || key_in(c, u - 1, ADVERBIAL)))
            continue;
        if (named_after(c, u, s, r, "ru_named_adverbial"))
            return 1;
    }
    return 0;
}

/*
 * Rule ru_evidence_subject: an evidence verb («показал», «показывает»)
 * whose sentence opens with its subject, a noun phrase of up to ten words
 * with its genitives and prepositional phrases («Обзор ООН по
 * национальным планам показывает», «Эксперимент в лаборатории
 * показал»): the whole phrase is the source.
 */
int ru_evidence_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->cls != FSC__CLS_EVIDENCE)
        return 0;
    uint32_t lo = c->sent_first[s];
    /* (after a conjunction or sentence adverb: «Но сканирование
     * показало, что») */
    while (lo + 1 < q->first && is_word(c, lo) &&
           key_is(c, lo, RU_DROP_OPENERS))
        lo++;
    /* («Из доклада палаты следует, что»: the document after «из») */
    if (lemma_is(c, q, "следовать") && lo + 1 < q->first &&
        key_is(c, lo, RU_IZ))
        lo++;
    if (q->first <= lo || !is_word(c, lo) || key_in(c, lo, NAME_STOP) ||
        key_in(c, lo, PRONOUNS) || key_in(c, lo, NAME_PREP))
        return 0;
    int words = 0;
    for (uint32_t t = lo; t < q->first; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue;
            return 0;
        }
        if (c->cue_at[t] >= 0 || is_compl(c, t) || ++words > 10)
            return 0;
    }
    uint32_t e = q->first - 1;
    while (e > lo && key_is(c, e, SUBJ_SKIP))
        e--;
    set_nominal_np(c, r, lo, e, "ru_evidence_subject"); /* a study, a poll */
    return 1;
}

/*
 * Rule ru_evidence_phrase: an evidence phrase that opens with its noun of
 * data («Анализ показывает», «Опрос показал»): the noun is the source, the
 * words after the verb are what it shows, not its subject. A noun of data
 * opening the sentence with a participle set off by commas before the
 * verb («Опрос, проведенный сервисом, показал»): the noun and its
 * genitives up to the comma; nominal, a capital at the start of the
 * sentence names no one.
 */
int ru_evidence_phrase(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->cls != FSC__CLS_EVIDENCE)
        return 0;
    if (q->form == FSC__FORM_PHRASE && q->first < q->last &&
        key_is(c, q->first, RU_DATA_HEADS)) {
        set_nominal_np(c, r, q->first, q->first, "ru_evidence_phrase");
        return 1;
    }
    uint32_t lo = c->sent_first[s];
    if (q->first < lo + 3 || !is_word(c, lo) || !key_is(c, lo, RU_DATA_HEADS) ||
        is_word(c, q->first - 1) || !is_comma(cp(c, q->first - 1)))
        return 0;
    uint32_t e = lo;
    while (e + 1 < q->first && is_word(c, e + 1) && e < lo + 4)
        e++;
    if (e + 1 >= q->first - 1 || is_word(c, e + 1) || !is_comma(cp(c, e + 1)))
        return 0;
    /* (the words between the commas: one clause, no cue, no complementizer) */
    for (uint32_t t = e + 2; t < q->first - 1; t++)
        if (!is_word(c, t) || c->cue_at[t] >= 0 || is_compl(c, t))
            return 0;
    set_nominal_np(c, r, lo, e, "ru_evidence_phrase");
    return 1;
}

/*
 * Rule ru_according_possessive: «по его словам», «по ее мнению», «по их
 * данным»: the possessive inside the according-to phrase is the source, a
 * pronoun that continues the newest earlier speaker of its gender and
 * number.
 */
int ru_according_possessive(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU)
        return 0;
    for (uint32_t t = q->first; t <= q->last; t++) {
        if (!is_word(c, t))
            continue;
        uint8_t g = key_is(c, t, RU_POSS_M)    ? FSC__G_MASC
                    : key_is(c, t, RU_POSS_F)  ? FSC__G_FEM
                    : key_is(c, t, RU_POSS_PL) ? FSC__G_PLURAL
                                               : FSC__G_UNKNOWN;
        if (g == FSC__G_UNKNOWN)
            continue;
        set_pronoun(c, r, t, g, s, "ru_according_possessive");
        r->first = r->last = t;
        r->form = FSC__SF_PRONOUN;
        r->gender = g;
        return 1;
    }
    return 0;
}

/* The name in quotation marks that opens at t (the opening mark): its
 * words, when the first is capitalised, as the source r; the clause goes on
 * after the closing mark, or «со ссылкой» follows it. A name in the dative
 * («Интерфаксу», «Известиям», «Медузе») is an addressee, not a source, when
 * `no_dative`. */
static int ru_quoted_name(const ctx *c, uint32_t t, uint32_t s, srcres *r,
                          int no_dative, const char *rule)
{
    uint32_t hi = c->sent_last[s];
    if (t + 2 > hi || c->qmark[t] < 0 || c->q->v[c->qmark[t]].open_tok != t ||
        !is_word(c, t + 1) || !cap_word(c, t + 1))
        return 0;
    uint32_t e = t + 1;
    for (int words = 1; e + 1 <= hi && words < 6;) {
        uint32_t n = e + 1;
        if (is_word(c, n)) {
            e = n;
            words++;
        } else if (name_link(c, n) && n + 1 <= hi && is_word(c, n + 1)) {
            e = n + 1;
            words++;
        } else {
            break;
        }
    }
    uint32_t m = e + 1; /* the closing mark, then the clause goes on */
    if (m > hi || c->qmark[m] < 0 || c->q->v[c->qmark[m]].open_tok == m)
        return 0;
    if (m + 1 <= hi && is_word(c, m + 1) && !key_is(c, m + 1, RU_SO))
        return 0;
    if (no_dative && ends_in(c, e, END_DATIVE))
        return 0;
    int32_t k = c->cand_at[t + 1];
    if (k >= 0 && c->cands[k].kind == FSC__SRC_ACTOR && !c->cands[k].generic &&
        c->cands[k].last <= e) {
        set_src_from_cand(c, k, r, FSC__CONF_ACCORDING, rule);
        r->first = t + 1;
        r->last = e;
    } else {
        set_np(c, r, t + 1, e, rule);
    }
    r->form = FSC__SF_NAMED;
    return 1;
}

/*
 * Rule ru_according_quoted: an outlet or organisation named in quotation
 * marks right after an according-to phrase («по информации
 * «Спорт-Экспресса»», «по данным «Левада-центра»»).
 */
int ru_according_quoted(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    return c->lang == LANG_RU &&
           ru_quoted_name(c, q->last + 1, s, r, 0, "ru_according_quoted");
}

/*
 * Rule ru_quoted_after: an outlet in quotation marks after a postposed
 * verb («…, пишет «Коммерсантъ» со ссылкой на источники»), not one in the
 * dative («сообщил «Интерфаксу» источник»: the addressee).
 */
int ru_quoted_after(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    return c->lang == LANG_RU &&
           ru_quoted_name(c, q->last + 1, s, r, 1, "ru_quoted_after");
}

/*
 * Rule ru_after_addressee: an outlet in quotation marks in the dative right
 * after a postposed verb is the addressee, and the subject follows it
 * («…, — сказал «Интерфаксу» представитель ведомства», «…, сообщил
 * «Вечерней газете» собеседник в мэрии»).
 */
int ru_after_addressee(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t hi = c->sent_last[s], t = q->last + 1;
    if (c->lang != LANG_RU || t + 3 > hi || c->qmark[t] < 0 ||
        c->q->v[c->qmark[t]].open_tok != t || !is_word(c, t + 1) ||
        !cap_word(c, t + 1))
        return 0;
    uint32_t m = c->q->v[c->qmark[t]].close_tok;
    if (m == UINT32_MAX || m > hi || m > t + 6 || m < t + 2 ||
        !ends_in(c, m - 1, END_DATIVE))
        return 0;
    for (uint32_t u = t + 1; u < m; u++)
        if (!is_word(c, u) && !name_link(c, u))
            return 0;
    uint32_t n = m + 1;
    if (n > hi || !is_word(c, n) || is_compl(c, n) || key_in(c, n, NAME_PREP) ||
        key_in(c, n, ADVERBIAL) ||
        (c->cue_at[n] >= 0 && c->cues[c->cue_at[n]].kind != FSC__CUE_ANONYMOUS))
        return 0;
    /* (a generic noun no one named before stays inside the phrase that
     * names the speaker: «представитель ведомства Иван Орлов») */
    int32_t k = search_fwd(c, n, s, 5, 1);
    if (k >= 0 && generic_unresolved(c, k) &&
        named_after(c, n, s, r, "ru_after_addressee"))
        return 1;
    if (k >= 0) {
        set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "ru_after_addressee");
        return 1;
    }
    if (named_after(c, n, s, r, "ru_after_addressee"))
        return 1;
    /* a noun phrase of at most six words up to an adverbial, a
     * complementizer or the clause's end («представитель ведомства»,
     * «собеседник в мэрии» → «собеседник») */
    uint32_t e = n;
    for (int words = 1; e + 1 <= hi && words < 6; words++) {
        uint32_t x = e + 1;
        if (!is_word(c, x)) {
            if (name_link(c, x) && x + 1 <= hi && is_word(c, x + 1)) {
                e = x + 1;
                continue;
            }
            break;
        }
        if (key_in(c, x, ADVERBIAL) || is_compl(c, x) || c->cue_at[x] >= 0 ||
            (key_is(c, x, NP_STOP) && !key_is(c, x, NP_INNER)) ||
            key_is(c, x, RELATIVES) || key_is(c, x, SUBJ_SKIP))
            break;
        e = x;
    }
    set_np(c, r, n, e, "ru_after_addressee");
    return 1;
}

/*
 * Rule ru_gerund_subject: a gerund after a comma («..., сказав, что»,
 * «..., обвиняя его в ...») shares the subject of its main clause: a name
 * with its title that opens the sentence, right before the main verb
 * («Нападающий «Спартака» Мануэль Ромеро продлил контракт ..., сказав»).
 */
int ru_gerund_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->form != FSC__FORM_PARTICIPLE ||
        q->first < lo + 3 || is_word(c, q->first - 1) ||
        !is_comma(cp(c, q->first - 1)))
        return 0;
    /* the run of capitalised words, titles with their words and names in
     * quotation marks that opens the sentence */
    uint32_t e = UINT32_MAX;
    int words = 0, titled = 0, extra = 0;
    for (uint32_t t = lo; t < q->first && t < lo + 10; t++) {
        if (!is_word(c, t)) {
            if (c->qmark[t] >= 0 || name_link(c, t))
                continue;
            break;
        }
        /* (the words of a title: «Министр обороны Исраэль Кац») */
        if (key_in(c, t, TITLES))
            titled = 1;
        else if (!cap_word(c, t) && c->qmark[t - 1] < 0 &&
                 !(titled && e == UINT32_MAX && extra++ < 3 &&
                   !key_in(c, t, ADVERBIAL) && !key_in(c, t, NAME_PREP)))
            break;
        if (c->cue_at[t] >= 0)
            return 0;
        if (cap_word(c, t) && !key_in(c, t, TITLES))
            e = t;
        words++;
    }
    /* then the main verb, a lower-case word (a cue too: «поддержал его,
     * сказав») */
    if (e == UINT32_MAX || words < 2 || e + 1 >= q->first) {
        return 0;
    }
    uint32_t v = e + 1;
    while (v < q->first && !is_word(c, v) && c->qmark[v] >= 0)
        v++;
    if (v >= q->first || !is_word(c, v) || cap_word(c, v) ||
        key_in(c, v, NAME_PREP) || is_compl(c, v))
        return 0;
    srcres nr;
    src_fresh(&nr);
    if (!named_said(c, e, s, &nr) || nr.first > nr.last || nr.first < lo)
        return 0;
    *r = nr;
    r->rule = "ru_gerund_subject";
    return 1;
}

/* Prepositions that open an adverbial between a subject and its verb
 * («Захарова в своем Telegram-канале написала», «Орлов на брифинге
 * заявил»). Folded. */
static const char *const RU_ADV_PREPS[] = { "в",     "во",    "на", "по",
                                            "после", "перед", NULL };

/*
 * Rule ru_named_before_adverbial: a name, then an adverbial of up to six
 * words opened by a preposition, then the verb («Официальный представитель
 * МИД Мария Захарова в своем Telegram-канале написала»): the name before
 * the preposition is the subject. A single capitalised word that opens the
 * sentence counts only when the lexicon knows it.
 */
int ru_named_before_adverbial(const ctx *c, const icue *q, uint32_t s,
                              srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first <= lo + 2)
        return 0;
    uint32_t t = q->first - 1;
    while (t > lo && is_word(c, t) && key_is(c, t, SUBJ_SKIP))
        t--;
    for (uint32_t w = 0; t > lo && w < 7; t--) {
        if (!is_word(c, t)) {
            if (name_link(c, t) || c->qmark[t] >= 0)
                continue;
            return 0;
        }
        /* (a pronoun there is the subject: «На шоу X на BBC он заявил») */
        if (c->cue_at[t] >= 0 || is_compl(c, t) || key_in(c, t, PRONOUNS))
            return 0;
        w++;
        if (!key_is(c, t, RU_ADV_PREPS) || w < 2 || !is_word(c, t - 1) ||
            !cap_word(c, t - 1))
            continue;
        /* (a person or body the lexicon knows: «Мария Захарова») */
        int32_t k = c->cand_at[t - 1];
        if (k >= 0 && c->cands[k].kind == FSC__SRC_ACTOR &&
            !c->cands[k].generic && c->cands[k].last == t - 1) {
            set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "ru_named_before");
            return 1;
        }
        srcres nr;
        src_fresh(&nr);
        if (!named_said(c, t - 1, s, &nr) || nr.first > nr.last)
            continue;
        if (nr.first == lo && nr.last == lo && nr.kind != FSC__SRC_ACTOR)
            continue; /* «Пожар на складе показал» */
        *r = nr;
        return 1;
    }
    return 0;
}

/* Russian question words that open a reported question. Folded. */
static const char *const RU_QWORDS[] = {
    "почему",  "зачем", "когда", "как",       "где",   "куда",  "откуда",
    "сколько", "кто",   "чем",   "какой",     "какая", "какое", "какие",
    "каким",   "какую", "каков", "насколько", "ли",    NULL
};

/* A Russian reported question opens at t: a question word, or one or two
 * words and «ли» («успеют ли», «будет ли»). */
int ru_question_at(const ctx *c, uint32_t t, uint32_t hi)
{
    if (t > hi || !is_word(c, t))
        return 0;
    if (key_is(c, t, RU_QWORDS))
        return 1;
    for (uint32_t u = t + 1; u <= hi && u <= t + 2; u++) {
        if (!is_word(c, u))
            return 0;
        if (key_is(c, u, RU_LI))
            return 1;
    }
    return 0;
}

/*
 * Rule ru_subject_from: a plural subject with «от»/«из» and the body it
 * comes from, opening its clause, then the verb, with at most a
 * parenthetical between commas («Наблюдатели от КПРФ, однако, заявили»,
 * «Эксперты из ВШЭ считают»), or a role in the singular («Депутат от
 * КПРФ заявил»): the whole phrase is the subject.
 */
int ru_subject_from(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first < lo + 3)
        return 0;
    uint32_t e = q->first - 1;
    while (e > lo && is_word(c, e) && key_is(c, e, SUBJ_SKIP))
        e--;
    /* over «, однако,» */
    if (!is_word(c, e) && is_comma(cp(c, e)) && e >= lo + 3 &&
        is_word(c, e - 1) && !is_word(c, e - 2) && is_comma(cp(c, e - 2)))
        e -= 3;
    if (e < lo + 2 || !is_word(c, e))
        return 0;
    /* the body: one to three words (a name, «Высшей школы экономики») */
    uint32_t p = e;
    for (int w = 0; w < 3 && p > lo && is_word(c, p); w++, p--)
        if (key_is(c, p, RU_OT_IZ))
            break;
    if (p <= lo || p == e || !key_is(c, p, RU_OT_IZ))
        return 0;
    /* the people: one or two words opening the clause, a plural head */
    uint32_t h = p - 1;
    /* (or a role, «Депутат от КПРФ заявил») */
    int plural = is_word(c, h) && ends_in(c, h, END_PLURAL);
    if (!is_word(c, h) || c->cue_at[h] >= 0 ||
        !(plural || ru_role_word(c, h) || ru_share_word(c, h)))
        return 0;
    uint32_t a = h;
    if (a > lo && is_word(c, a - 1) && !key_in(c, a - 1, NAME_PREP) &&
        !key_in(c, a - 1, NAME_STOP) && c->cue_at[a - 1] < 0 &&
        !is_compl(c, a - 1))
        a--;
    if (a > lo && is_word(c, a - 1) && !is_compl(c, a - 1))
        return 0; /* (a clause may open it: «показал, что большинство») */
    set_nominal_np(c, r, a, e, "ru_subject_from");
    r->gender = plural ? FSC__G_PLURAL : cue_gender(c, q);
    return 1;
}

/* Words between «и» and a coordinated verb («и несколько раз призывали»,
 * «и тут же заявил»). Folded. */
static const char *const RU_COORD_ADV[] = { "также",
                                            "затем",
                                            "тут",
                                            "же",
                                            "сразу",
                                            "еще",
                                            "уже",
                                            "вновь",
                                            "снова",
                                            "потом",
                                            "несколько",
                                            "раз",
                                            "неоднократно",
                                            "публично",
                                            "официально",
                                            "прямо",
                                            "позже",
                                            "позднее",
                                            "вскоре",
                                            "не",
                                            "тоже",
                                            "вместе",
                                            "с",
                                            "тем",
                                            NULL };
static const char *const RU_AND[] = { "и", NULL };
/* The writer's and a quoted speaker's «я», «мы»: no subject this rule
 * names. Folded. */
static const char *const RU_FIRST_PERSON[] = { "я", "мы", NULL };
/* Endings of a finite verb that agrees with the cue: past masculine,
 * feminine, neuter, plural, then present singular and plural; a vowel
 * before the «л» of the past, a thematic vowel before the present. */
static const char *const END_PAST_M[] = { "ал", "ял", "ил", "ел",
                                          "ул", "ыл", NULL };
static const char *const END_PAST_F[] = { "ала", "яла", "ила", "ела",
                                          "ула", "ыла", NULL };
static const char *const END_PAST_N[] = { "ало", "яло", "ило", "ело",
                                          "уло", "ыло", NULL };
static const char *const END_PAST_P[] = { "али", "яли", "или", "ели",
                                          "ули", "ыли", NULL };
static const char *const END_PRES_S[] = {
    "ает", "яет", "ует", "еет", "ит", NULL
};
static const char *const END_PRES_P[] = {
    "ают", "яют", "уют", "еют", "ят", NULL
};
/* Nouns that end like a past verb («журнал», «генерал», «отдел»,
 * «журнала») and agent nouns in «-тели» («жители», «представители»):
 * prefixes and endings of the folded word. */
static const char *const RU_NOT_VERB[] = {
    "журнал",   "канал",   "капитал", "отдел",  "раздел", "финал",  "персонал",
    "материал", "генерал", "адмирал", "маршал", "сериал", "портал", "терминал",
    "арсенал",  "предел",  "сигнал",  "идеал",  "кредит", "лимит",  "визит",
    "депозит",  "транзит", "аппетит", NULL
};
static const char *const END_AGENT[] = { "тели", "теля", NULL };

/* The endings a finite verb coordinated with cue word t has, or NULL. */
static const char *const *ru_verb_endings(const ctx *c, uint32_t t)
{
    static const char *const *const SETS[] = { END_PAST_F, END_PAST_N,
                                               END_PAST_P, END_PAST_M,
                                               END_PRES_P, END_PRES_S };
    for (size_t i = 0; i < sizeof SETS / sizeof *SETS; i++)
        if (ends_in(c, t, SETS[i]))
            return SETS[i];
    return NULL;
}

/* Word t is a lower-case verb with one of the endings, no noun that looks
 * like one. */
static int ru_verb_like(const ctx *c, uint32_t t, const char *const *ends)
{
    if (!is_word(c, t) || cap_word(c, t) || !ends_in(c, t, ends) ||
        ends_in(c, t, END_AGENT))
        return 0;
    char buf[KEY_CAP];
    const char *key = token_key(c, t, buf);
    for (const char *const *p = RU_NOT_VERB; *p; p++)
        if (starts(key, *p))
            return 0;
    return 1;
}

/*
 * Rule ru_coord_subject: a reporting verb after «и» (and adverbs:
 * «и несколько раз призывали») coordinated with a first verb that reports
 * nothing, in a sentence that opens with their subject («Глава района
 * Иван Орлов осмотрел мост и заявил, что», «Профсоюзы занимали жесткую
 * позицию и призывали к»): the words before the first verb, a finite verb
 * of the same ending (tense, gender, number), are the subject; not when a
 * complementizer, a cue or the end of a sentence stands between the verbs.
 */
int ru_coord_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->form != FSC__FORM_VERB || q->first != q->last)
        return 0;
    uint32_t lo = c->sent_first[s], t = q->first;
    const char *const *ends = ru_verb_endings(c, q->first);
    if (!ends)
        return 0;
    for (int w = 0; t > lo && w < 4; w++) {
        t--;
        if (!is_word(c, t) || !key_is(c, t, RU_COORD_ADV))
            break;
    }
    if (t <= lo + 2 || !is_word(c, t) || !key_is(c, t, RU_AND))
        return 0;
    uint32_t and_tok = t;
    /* the sentence's opening: adverbs («Также», «Вчера») and a time («В
     * среду») before the subject */
    while (lo + 1 < and_tok && is_word(c, lo) && key_is(c, lo, RU_DROP_OPENERS))
        lo++;
    int opened = 0;
    if (lo + 2 < and_tok && is_word(c, lo) && key_is(c, lo, RU_V) &&
        is_word(c, lo + 1) && key_is(c, lo + 1, RU_LOC_NOT)) {
        lo += 2;
        opened = 1;
    }
    if (!is_word(c, lo) || !(cap_word(c, lo) || opened) ||
        key_in(c, lo, PRONOUNS) || key_is(c, lo, RU_FIRST_PERSON) ||
        c->cue_at[lo] >= 0)
        return 0;
    /* the first verb: after one to ten words of the subject */
    uint32_t v = UINT32_MAX;
    for (uint32_t u = lo + 1, w = 1; u < and_tok && w <= 10; u++) {
        int k = ru_phrase_token(c, u);
        if (k < 0)
            return 0;
        if (k == 0)
            continue;
        if (ru_verb_like(c, u, ends)) {
            v = u;
            break;
        }
        w++;
    }
    if (v == UINT32_MAX)
        return 0;
    /* between the verbs: the first one's clause, nothing reported */
    for (uint32_t u = v + 1; u < and_tok; u++) {
        if (u > v + 24)
            return 0;
        if (is_word(c, u) ? is_compl(c, u) || c->cue_at[u] >= 0
                          : is_final(cp(c, u)) || cp(c, u) == ':')
            return 0;
    }
    set_name_src(c, r, lo, v - 1, FSC__CONF_CUE_NAME, "ru_coord_subject");
    return 1;
}

/*
 * Rule ru_quoted_before: a name in quotation marks right before the verb,
 * alone or after up to four words that open the clause («Авиакомпания
 * «Победа» заявила», ««Газпром» сообщил», «Пресс-служба «Аэрофлота»
 * сообщила»): the phrase is the subject, a name. With «в» before it and
 * a verb with no subject of its own («В компании «Комфорт-Сервис»
 * заявили») the phrase is the place, its institution the source.
 */
int ru_quoted_before(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first <= lo + 2)
        return 0;
    uint32_t m = q->first - 1;
    while (m > lo && is_word(c, m) &&
           (key_is(c, m, SUBJ_SKIP) || key_in(c, m, NEGATORS)))
        m--;
    if (m <= lo || is_word(c, m) || c->qmark[m] < 0)
        return 0;
    const fsc__quote *qt = &c->q->v[c->qmark[m]];
    uint32_t o = qt->open_tok;
    if (qt->close_tok != m || o == UINT32_MAX || o < lo || o + 1 >= m ||
        m - o > 8 || !is_word(c, o + 1) || !cap_word(c, o + 1))
        return 0;
    for (uint32_t u = o + 1; u < m; u++)
        if ((!is_word(c, u) && !name_link(c, u)) || c->cue_at[u] >= 0)
            return 0; /* a name: words and hyphens, nothing said */
    /* the words before the opening mark, back to the clause's start */
    uint32_t a = o;
    for (int w = 0; a > lo && w < 5;) {
        uint32_t p = a - 1;
        if (!is_word(c, p)) {
            if (name_link(c, p) && p > lo && is_word(c, p - 1)) {
                a = p;
                continue;
            }
            break;
        }
        if (c->cue_at[p] >= 0 || is_compl(c, p) || key_is(c, p, RU_AND) ||
            key_in(c, p, PRONOUNS))
            break;
        a = p;
        w++;
    }
    if (a > lo && is_word(c, a - 1) && !key_is(c, a - 1, RU_AND))
        return 0; /* the clause goes on before: no subject of its own */
    /* («В среду компания «X» заявила»: a time is no part of it) */
    if (a + 2 < o && key_is(c, a, RU_V) && key_is(c, a + 1, RU_LOC_NOT))
        a += 2;
    if (key_is(c, a, RU_V)) {
        if (a + 1 >= o + 1 || !ru_subjectless_verb(c, q))
            return 0;
        ru_set_place(c, r, a + 1, m);
        return 1;
    }
    uint32_t f = a < o ? a : o + 1, e = a < o ? m : m - 1;
    int32_t k = c->cand_at[o + 1];
    if (k >= 0 && c->cands[k].kind == FSC__SRC_ACTOR && !c->cands[k].generic &&
        c->cands[k].last < m) {
        set_src_from_cand(c, k, r, FSC__CONF_CUE_NAME, "ru_quoted_before");
        r->first = f;
        r->last = e;
    } else {
        set_np(c, r, f, e, "ru_quoted_before");
    }
    r->form = FSC__SF_NAMED;
    return 1;
}

/* The according-to cue «со ссылкой на» (or «ссылаясь на», «сославшись
 * на») at token t, or NULL. */
static const icue *ru_citation_at(const ctx *c, uint32_t t)
{
    if (c->cue_at[t] < 0)
        return NULL;
    const icue *x = &c->cues[c->cue_at[t]];
    return !x->skip && x->kind == FSC__CUE_ACCORDING &&
                   lemma_is(c, x, "со ссылкой на")
               ? x
               : NULL;
}

/*
 * Rule ru_citing_subject: the subject of a reporting verb, then a
 * citation, then the verb («РИА Новости со ссылкой на источник в
 * Минобороны сообщило, что», «Ранее газета X со ссылкой на источники
 * писала»): the subject is the phrase before «со ссылкой на» (one to
 * eight words opening the clause), not the one cited.
 */
int ru_citing_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    if (c->lang != LANG_RU || q->form != FSC__FORM_VERB)
        return 0;
    uint32_t lo = c->sent_first[s];
    const icue *x = NULL;
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 10;) {
        if (!is_word(c, t)) {
            if (name_link(c, t) || c->qmark[t] >= 0)
                continue;
            return 0;
        }
        if ((x = ru_citation_at(c, t)) != NULL)
            break;
        /* (the cited may be an anonymous source: «на три источника») */
        if ((c->cue_at[t] >= 0 &&
             c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS) ||
            is_compl(c, t))
            return 0;
        w++;
    }
    if (!x || x->first <= lo)
        return 0;
    while (lo + 1 < x->first && is_word(c, lo) &&
           key_is(c, lo, RU_DROP_OPENERS))
        lo++;
    uint32_t e = x->first - 1;
    for (uint32_t t = lo; t <= e; t++)
        if ((!is_word(c, t) && !name_link(c, t) && c->qmark[t] < 0) ||
            (is_word(c, t) && (c->cue_at[t] >= 0 || is_compl(c, t))))
            return 0;
    if (words_in(c, lo, e) < 1 || words_in(c, lo, e) > 8)
        return 0;
    /* (an outlet in quotation marks: the marks are no part of it) */
    if (lo + 1 < e && !is_word(c, lo) && c->qmark[lo] >= 0 &&
        c->q->v[c->qmark[lo]].close_tok == e) {
        lo++;
        e--;
    }
    set_name_src(c, r, lo, e, FSC__CONF_CUE_NAME, "ru_citing_subject");
    if (r->form != FSC__SF_ANONYMOUS)
        r->form = cap_word(c, e) ? FSC__SF_NAMED : FSC__SF_NOMINAL;
    return 1;
}

/* What the verb v after a citation reports: the clause after its
 * complementizer, or the words after it to the end of the sentence («со
 * ссылкой на источник сообщило о …»); 0 when there is none. */
int ru_cited_content(const ctx *c, const icue *v, uint32_t *a, uint32_t *b)
{
    uint32_t s = sent_of(c, v->first), hi = c->sent_last[s];
    uint32_t t = v->last + 1;
    for (uint32_t u = t, w = 0; u <= hi && w < 6; u++) {
        if (is_word(c, u)) {
            if (is_compl(c, u)) {
                t = u + 1;
                break;
            }
            w++;
        }
    }
    uint32_t e = hi;
    if (t > e || !trim(c, &t, &e))
        return 0;
    *a = t;
    *b = e;
    return 1;
}

static const char *const RU_PO[] = { "по", NULL };
/* Nouns of a kind of body named after them in quotation marks (folded,
 * any case): «газета «Известия»», «агентство «Казинформ»». */
static const char *const RU_BODY_NOUNS[] = {
    "газета",       "газеты",    "газете",    "газету",     "газетой",
    "агентство",    "агентства", "агентству", "агентством", "издание",
    "издания",      "изданию",   "изданием",  "телеканал",  "телеканала",
    "телеканалу",   "журнал",    "журнала",   "журналу",    "компания",
    "компании",     "компанию",  "портал",    "портала",    "радиостанция",
    "радиостанции", NULL
};
/* What «по» opens that is no part of a name: a channel, a reason, a
 * ground («по телефону», «по итогам», «по просьбе»). Folded. */
const char *const RU_PO_NOT[] = {
    "телефону", "видеосвязи", "радио",   "телевидению", "итогам",
    "словам",   "данным",     "мнению",  "поводу",      "случаю",
    "просьбе",  "требованию", "причине", "сообщению",   "информации",
    "этому",    "его",        "ее",      "их",          "всей",
    "всему",    "сути",       "факту",   "приглашению", NULL
};

/*
 * Rule ru_source_tail: a subject after the verb that ends before «по» and
 * a phrase of up to four words closing the sentence («сообщила
 * пресс-служба ГУ МВД России по Нижегородской области», «заявили в
 * управлении по делам молодежи»): the phrase belongs to the body's name,
 * the source runs to it.
 */
void ru_source_tail(const ctx *c, const icue *q, srcres *r)
{
    if (c->lang != LANG_RU || r->first > r->last || r->first <= q->last)
        return;
    uint32_t s = sent_of(c, q->first), hi = c->sent_last[s];
    uint32_t t = r->last + 1;
    /* «со ссылкой на газету «Известия»», «сообщило агентство
     * «Казинформ»»: a noun of a kind of body and the name after it in
     * quotation marks */
    if (r->first == r->last && t + 2 <= hi && c->qmark[t] >= 0 &&
        key_is(c, r->last, RU_BODY_NOUNS)) {
        const fsc__quote *qt = &c->q->v[c->qmark[t]];
        if (qt->open_tok == t && qt->close_tok != UINT32_MAX &&
            qt->close_tok <= hi && qt->close_tok <= t + 6 &&
            is_word(c, t + 1) && cap_word(c, t + 1)) {
            r->last = qt->close_tok;
            return;
        }
    }
    if (t + 1 > hi || sent_of(c, r->last) != s || !key_is(c, t, RU_PO) ||
        key_is(c, t + 1, RU_PO_NOT))
        return;
    uint32_t e = t;
    for (uint32_t u = t + 1, w = 0; u <= hi; u++) {
        if (!is_word(c, u)) {
            if (name_link(c, u))
                continue;
            if (!is_final(cp(c, u)) || u != hi)
                return;
            break;
        }
        if (++w > 4 || c->cue_at[u] >= 0 || is_compl(c, u))
            return;
        e = u;
    }
    if (e > t)
        r->last = e;
}

/* Adjectives used as nouns of people in court and police reports
 * («подсудимый», «задержанная», «пострадавшие»): stems of the folded
 * word. */
static const char *const RU_SUBST_ADJ[] = {
    "подсудим", "обвиняем",    "задержанн",    "пострадавш", "потерпевш",
    "осужденн", "подозреваем", "уполномоченн", "заведующ",   "управляющ",
    "дежурн",   "выживш",      "опрошенн",     NULL
};
/* Their endings in the nominative. */
static const char *const END_NOM_ADJ[] = { "ый", "ий", "ая", "ые", "ие", NULL };

/*
 * Rule ru_substantive_subject: an adjective used as a noun of a person
 * right before the verb, after a circumstance that opens the sentence
 * («В последнем слове подсудимый заявил», «На допросе задержанная
 * рассказала»): the word is the subject, a nominal one.
 */
int ru_substantive_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first <= lo)
        return 0;
    uint32_t t = q->first - 1;
    while (t > lo && is_word(c, t) && key_is(c, t, SUBJ_SKIP))
        t--;
    if (!is_word(c, t) || !ends_in(c, t, END_NOM_ADJ))
        return 0;
    char buf[KEY_CAP];
    const char *key = token_key(c, t, buf);
    for (const char *const *p = RU_SUBST_ADJ; *p; p++)
        if (starts(key, *p)) {
            set_nominal_np(c, r, t, t, "ru_substantive_subject");
            return 1;
        }
    return 0;
}

/*
 * Rule ru_role_subject: a role noun and the organisation it speaks for in
 * the genitive right before the verb, «Представитель Минздрава отметил»,
 * «Источники Reuters утверждают»: the whole phrase is the subject, not
 * the organisation's name in it, nominal, or anonymous for «источник» and
 * «собеседник». With a person's name after the organisation, «Официальный
 * представитель Пентагона Джон Кирби заявил», the name is the subject,
 * not the organisation's word before it. A speaker the lexicon knows at
 * the phrase's end («Дмитрий Песков») is left to the rules that take it.
 */
int ru_role_subject(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t lo = c->sent_first[s];
    if (c->lang != LANG_RU || q->first <= lo + 1)
        return 0;
    uint32_t e = q->first - 1;
    while (e > lo && is_word(c, e) && key_is(c, e, SUBJ_SKIP))
        e--;
    /* back over the organisation's words, its name in quotation marks
     * included («Собеседник «Ъ»»), to the role noun */
    /* (and one place after it: «Собеседник «Коммерсанта» в
     * правительстве отметил») */
    uint32_t h = UINT32_MAX;
    int in_seen = 0;
    for (uint32_t t = e, n = 0; t > lo && n < 8; n++) {
        uint32_t u = t - 1;
        if (!is_word(c, t) && c->qmark[t] < 0 && !name_link(c, t))
            return 0;
        if (is_word(c, t) && !in_seen && t < e && ru_in(c, t)) {
            in_seen = 1;
            t = u;
            continue;
        }
        if (is_word(c, t) &&
            (key_is(c, t, NP_STOP) || is_compl(c, t) ||
             key_is(c, t, RELATIVES) || key_in(c, t, PRONOUNS) ||
             (c->cue_at[t] >= 0 &&
              c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS)))
            return 0;
        if (ru_role_word(c, u)) {
            h = u;
            break;
        }
        t = u;
    }
    /* (the phrase ends in a word or the mark closing a name, «Ъ») */
    if (h == UINT32_MAX ||
        !(is_word(c, e) ||
          (c->qmark[e] >= 0 && c->q->v[c->qmark[e]].close_tok == e &&
           c->q->v[c->qmark[e]].open_tok > h)))
        return 0;
    /* (the place only after an unnamed source: «депутат Ирина Белова в
     * своем Telegram-канале отметила» is an adverbial) */
    if (in_seen && !ru_anon_role(c, h))
        return 0;
    uint32_t a = h;
    while (a > lo && a + 5 > h && ru_role_head(c, a - 1, e) == h)
        a--;
    /* (an organisation the actor lexicon knows keeps its side and type
     * when the role speaks for it, «Представитель Минобороны»; not when
     * the role is an unnamed source, «Источники Reuters») */
    int32_t k = c->cand_at[e];
    if (k >= 0 && !c->cands[k].generic && !ru_anon_role(c, h))
        return 0;
    uint32_t p = ru_role_person(c, h, e);
    if (p == h + 1)
        return 0; /* «Депутат Петрова»: the title and the name */
    /* the person's name alone, as after a lower-case organisation
     * («Глава района Иван Орлов») */
    set_np(c, r, p != UINT32_MAX ? p : a, e, "ru_role_subject");
    return 1;
}

/* «Об этом», «о том», «это»: what was told in the sentence before. */
static const char *const RU_ABOUT_W[] = { "об", "о", NULL };
static const char *const RU_THIS_LOC[] = { "этом", "том", NULL };
static const char *const RU_THIS_ACC[] = { "это", NULL };

/*
 * Russian: a cue whose object is an anaphor, «Об этом сообщил глава
 * администрации», «Об этом Харрис рассказал в эфире», «Это подтвердил
 * министр», «Министр сообщил об этом журналистам»: what is reported is
 * the sentence before it in the same paragraph, not the words after the
 * verb. 1 with [*a, *b] that sentence, or the anaphor itself when the
 * sentence opens its paragraph; 0 when the cue has no such anaphor or
 * reports a clause or a quotation of its own after it.
 */
int ru_anaphor_content(const ctx *c, const icue *q, uint32_t *a, uint32_t *b)
{
    if (c->lang != LANG_RU || q->form == FSC__FORM_PHRASE)
        return 0;
    uint32_t s = sent_of(c, q->first), lo = c->sent_first[s];
    uint32_t hi = c->sent_last[s], fa = UINT32_MAX, fb = 0;
    uint32_t t = lo;
    while (t < q->first && is_word(c, t) && key_is(c, t, SUBJ_SKIP))
        t++;
    if (t + 1 < q->first && key_is(c, t, RU_ABOUT_W) &&
        key_is(c, t + 1, RU_THIS_LOC)) {
        fa = t; /* «Об этом [X] сообщил» */
        fb = t + 1;
    } else if (t < q->first && key_is(c, t, RU_THIS_ACC)) {
        uint32_t u = t + 1; /* «Это подтвердил», «Это также отметил» */
        while (u < q->first && is_word(c, u) && key_is(c, u, SUBJ_SKIP))
            u++;
        if (u == q->first)
            fa = fb = t;
    }
    if (fa == UINT32_MAX && q->last + 2 <= hi &&
        key_is(c, q->last + 1, RU_ABOUT_W) &&
        key_is(c, q->last + 2, RU_THIS_LOC)) {
        fa = q->last + 1; /* «сообщил об этом журналистам» */
        fb = q->last + 2;
    }
    if (fa == UINT32_MAX || c->inquote[q->first] >= 0)
        return 0;
    /* «о том, что ...»: the clause after it is what is reported */
    if (fb + 1 <= hi &&
        (is_compl(c, fb + 1) ||
         (!is_word(c, fb + 1) && fb + 2 <= hi && is_compl(c, fb + 2))))
        return 0;
    /* nor a clause or a quotation of the verb's own up to the next mark
     * («Об этом сообщил министр: «...»»), or right after a comma («Это
     * показывает, что ...»: «это» is the subject) */
    if (q->last + 2 <= hi && !is_word(c, q->last + 1) &&
        is_comma(cp(c, q->last + 1)) && is_compl(c, q->last + 2))
        return 0;
    for (uint32_t u = q->last + 1; u <= hi; u++) {
        if (c->qmark[u] >= 0 || is_compl(c, u))
            return 0;
        if (!is_word(c, u) && !name_link(c, u))
            break;
    }
    if (s > 0 && c->tok[c->sent_last[s - 1]].para == c->tok[q->first].para) {
        uint32_t pa = c->sent_first[s - 1], pb = c->sent_last[s - 1];
        /* (a sentence that is a report of its own, a quotation or a
         * cue's, «"...", — сказал министр. Об этом он заявил ...», is
         * already attributed: the anaphor alone) */
        int own = 0;
        for (uint32_t u = pa; u <= pb && !own; u++)
            own = c->qmark[u] >= 0 ||
                  (c->cue_at[u] >= 0 && !c->cues[c->cue_at[u]].skip &&
                   c->cues[c->cue_at[u]].kind != FSC__CUE_ANONYMOUS);
        if (!own && trim(c, &pa, &pb)) {
            *a = pa;
            *b = pb;
            return 1;
        }
    }
    *a = fa;
    *b = fb;
    return 1;
}

static const char *const RU_FRAME_OPEN[] = { "как", "по", "согласно", NULL };

/*
 * Russian: a sentence opening with a parenthetical frame that holds the
 * according-to cue q and its source, «Как сообщает ТАСС со ссылкой на
 * источник в правительстве, ...», «По данным агентства со ссылкой на
 * полицию, ...», «Со ссылкой на источники, ...»: the comma that closes
 * the frame (outside quotation marks, after the cue and the source ending
 * at bl, no complementizer before it), or UINT32_MAX. What follows it is
 * what is reported, not the frame's own words.
 */
uint32_t ru_frame_comma(const ctx *c, const icue *q, uint32_t bl)
{
    if (c->lang != LANG_RU)
        return UINT32_MAX;
    uint32_t s = sent_of(c, q->first), f = c->sent_first[s];
    uint32_t l = c->sent_last[s];
    while (f < q->first && !is_word(c, f) && c->qmark[f] < 0)
        f++; /* a dash opening the line */
    if (f != q->first && !key_is(c, f, RU_FRAME_OPEN))
        return UINT32_MAX;
    for (uint32_t t = f, w = 0; t < l && w < 24; t++) {
        if (is_word(c, t)) {
            if (is_compl(c, t))
                return UINT32_MAX;
            w++;
            continue;
        }
        if (c->inquote[t] >= 0 || c->qmark[t] >= 0 || name_link(c, t))
            continue;
        /* (not «..., агентство пишет, что»: a clause of the verb's own) */
        if (!is_comma(cp(c, t)) || (t + 1 <= l && is_compl(c, t + 1)))
            return UINT32_MAX;
        return t > bl ? t : UINT32_MAX;
    }
    return UINT32_MAX;
}

/*
 * Russian: a citation after a postposed verb and its subject, «Отставка
 * подписана, сообщает ТАСС со ссылкой на источник»: the token before the
 * comma or dash that sets off the verb (the content ends there), or
 * UINT32_MAX. The verb is a speech cue among the four words before the
 * citation at bf, after f.
 */
uint32_t ru_postposed_before(const ctx *c, uint32_t f, uint32_t bf)
{
    if (c->lang != LANG_RU)
        return UINT32_MAX;
    for (uint32_t t = bf, w = 0; t-- > f + 1 && w < 5;) {
        if (!is_word(c, t)) {
            if (c->qmark[t] >= 0 || name_link(c, t))
                continue;
            return UINT32_MAX;
        }
        w++;
        const int32_t k = c->cue_at[t];
        if (k < 0 || c->cues[k].skip || c->cues[k].kind != FSC__CUE_SPEECH ||
            c->cues[k].first != t)
            continue;
        if (is_word(c, t - 1) ||
            !(is_comma(cp(c, t - 1)) || is_dash(cp(c, t - 1))))
            return UINT32_MAX;
        uint32_t e = t - 1;
        while (e > f && !is_word(c, e) && c->qmark[e] < 0)
            e--;
        return e;
    }
    return UINT32_MAX;
}

/*
 * Rule according_role: after an according-to phrase, a role, the
 * organisation it speaks for and a person's name, «Как сообщил
 * представитель Министерства обороны России Игорь Конашенков, ...»: the
 * person speaks (the source runs from the role to the name, the title
 * kept apart), not the organisation the lexicon knows inside the phrase.
 */
int ru_according_role(const ctx *c, const icue *q, uint32_t s, srcres *r)
{
    uint32_t a = q->last + 1, hi = c->sent_last[s];
    if (c->lang != LANG_RU || a >= hi)
        return 0;
    uint32_t e = UINT32_MAX;
    for (uint32_t t = a, w = 0; t <= hi && w < 12; t++) {
        if (!is_word(c, t)) {
            if (c->qmark[t] >= 0 || name_link(c, t))
                continue;
            break;
        }
        if (is_compl(c, t) || (t > a && c->cue_at[t] >= 0))
            break;
        e = t;
        w++;
    }
    if (e == UINT32_MAX)
        return 0;
    uint32_t h = ru_role_head(c, a, e);
    if (h == UINT32_MAX || ru_role_person(c, h, e) == UINT32_MAX ||
        (c->cand_at[e] >= 0 && !c->cands[c->cand_at[e]].generic))
        return 0;
    set_np(c, r, a, e, "according_role");
    return 1;
}

static const char *const RU_ANON_PREP[] = { "в", "во", "из", "при", NULL };
static const char *const RU_PREP_ENDINGS[] = { "е", "и", "ах", "ях",
                                               "а", "я", "ы",  NULL };

/*
 * Russian: where an anonymous source noun ending at e («источник»,
 * «собеседники», «осведомленный источник») ends with the body it is
 * attached to: the organisation the lexicon knows after it («источник
 * агентства», «источники Reuters»), a name in quotation marks
 * («собеседник «Ъ»»), or «в», «из», «при» and a noun of up to three words
 * («источник в правительстве», «источники в израильском правительстве»).
 * Its last token (e when nothing follows).
 */
uint32_t ru_anon_tail(const ctx *c, uint32_t e)
{
    if (c->lang != LANG_RU || e + 1 >= c->n_tok ||
        c->tok[e + 1].sent != c->tok[e].sent)
        return e;
    uint32_t hi = c->sent_last[sent_of(c, e)], t = e + 1;
    if (c->qmark[t] >= 0) {
        const fsc__quote *qt = &c->q->v[c->qmark[t]];
        return qt->open_tok == t && qt->close_tok != UINT32_MAX &&
                       qt->close_tok <= hi && qt->close_tok <= t + 6 &&
                       t + 1 < qt->close_tok && cap_word(c, t + 1)
                   ? qt->close_tok
                   : e;
    }
    if (!is_word(c, t) || c->cue_at[t] >= 0)
        return e;
    if (c->cand_at[t] >= 0)
        return c->cands[c->cand_at[t]].last;
    if (!key_is(c, t, RU_ANON_PREP))
        return e;
    for (uint32_t u = t + 1, w = 0; u <= hi && w < 3; u++, w++) {
        if (!is_word(c, u) || c->cue_at[u] >= 0 || is_compl(c, u) ||
            key_is(c, u, NP_STOP))
            return e;
        if (c->cand_at[u] >= 0)
            return c->cands[c->cand_at[u]].last;
        if (ends_in(c, u, RU_PREP_ENDINGS))
            return u;
    }
    return e;
}
