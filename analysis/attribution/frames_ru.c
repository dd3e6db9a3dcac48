/*
 * frames_ru.c - Russian cue senses: when a Russian cue word does not
 * report. «признать виновным» is a verdict, «отметить юбилей» a
 * celebration, «говорит о» after «это», «такой рост», «, что» or a noun of
 * figures («Показатели говорят о») means
 * "indicates", «ответить на вопросы» with nothing reported is an act,
 * «добавить в весе» a gain, «считается» "is considered", «объявить
 * конкурс» an act, «заявить о себе» making a name for oneself, «передал
 * деньги» a thing handed over; «следует»
 * without its document, first-person beliefs
 * in the writer's words; «ожидать» awaiting a thing, not expecting a
 * change («ожидает поставок» against «ожидают снижения ставки»),
 * «оценить» with no assessment or estimate stated («оценил обстановку»
 * against «оценил игру как «лучшую»», «оценили ущерб в 2 млрд»),
 * «назвать» naming someone or something with no predicate given
 * («Победителя назовут в апреле», «назвал сроки» against «назвал решение
 * ошибкой»); «отвергнуть» a proposal or a bill, not a claim
 * («отверг законопроект» against «отвергло обвинения»); a verdict or a
 * legal status after «признать» («признал банкротом»); and the evidence
 * verbs that report a noun-phrase
 * object. Used by the cue checks in attrib.c.
 */
#include "attrib_int.h"

#include <string.h>

/* Words of a verdict or a legal status after «признать» («признал
 * виновным», «признана невиновной», «признал банкротом», «признан
 * несостоятельным», «признали иноагентом», «признана нежелательной»,
 * «признал недействительным»): prefixes of the folded word. */
static const char *const RU_VERDICT[] = {
    "виновн",        "невиновн",       "банкрот",
    "несостоятельн", "иноагент",       "нежелательн",
    "экстремистск",  "недействительн", NULL
};

/* What one celebrates with «отметить» («отметил юбилей», «отметили
 * годовщину свадьбы», «отметила день рождения»). Folded. */
static const char *const RU_FEASTS[] = { "юбилей",    "юбилеи",    "годовщину",
                                         "годовщины", "праздник",  "праздники",
                                         "новоселье", "рождество", "пасху",
                                         "свадьбу",   "торжество", "день",
                                         "летие",     NULL };
/* «столетие», «800-летие» (after the hyphen: «летие» itself, above). */
static const char *const RU_ANNIVERSARY[] = { "летие", NULL };
/* The reflexive passive «считается», «считаются». */
static const char *const RU_REFLEXIVE[] = { "ся", NULL };

/* A subject that makes «говорит о» mean "indicates": a demonstrative
 * («это», «такой рост», «все это», «подобные цифры»), or the relative
 * «что» after a comma («, что говорит о перегреве»). Folded. */
static const char *const RU_THIS[] = {
    "это",   "этот",     "эта",      "эти",      "такой",    "такая", "такое",
    "такие", "подобный", "подобная", "подобное", "подобные", NULL
};
/* Nouns of figures and findings that make «говорят о» mean "indicates"
 * («Показатели прошлого года говорят о спросе», «Результаты опроса говорят
 * о падении»). Folded. */
static const char *const RU_DATA_SUBJ[] = {
    "показатели", "показатель", "результаты", "результат",  "итоги",
    "цифры",      "данные",     "факты",      "статистика", NULL
};
static const char *const RU_ALL[] = { "все", "всё", NULL };
static const char *const RU_ETO[] = { "это", NULL };
static const char *const RU_ABOUT[] = { "о", "об", "обо", NULL };
static const char *const RU_CHTO[] = { "что", NULL };
/* Adverbs between «говорит» and «о» («говорит скорее о», «говорит прежде
 * всего о»). Folded. */
static const char *const RU_FOCUS[] = { "скорее", "лишь",   "только", "также",
                                        "тоже",   "прежде", "всего",  "именно",
                                        "явно",   "не",     NULL };
static const char *const RU_NA[] = { "на", NULL };
static const char *const RU_V_IN[] = { "в", "во", NULL };
/* What one answers without reporting anything («ответил на вопросы
 * журналистов», «отвечая на вопрос модератора», «ответила на письмо»):
 * prefixes of the folded word. */
static const char *const RU_ANSWERED[] = { "вопрос", "письм",  "обращени",
                                           "звонк",  "запрос", NULL };
/* «добавил в весе», «добавила в классе»: a gain, not speech. Folded. */
static const char *const RU_GAIN[] = { "весе",       "массе",    "классе",
                                       "мастерстве", "скорости", NULL };

/* Nouns of data and documents that show things («данные», «опрос»,
 * «исследование», «доклад», «статистика»): prefixes of the folded word. */
static const char *const RU_DATA[] = {
    "данн",      "опрос", "соцопрос",  "исследовани", "анализ",
    "доклад",    "отчет", "статистик", "мониторинг",  "экспертиз",
    "результат", "цифр",  "обзор",     "расчет",      "перепис",
    "подсчет",   "замер", "проверк",   NULL
};
/* What an evidence verb shows that is no finding: the subject itself
 * («показал себя»). Folded. */
static const char *const RU_SELF[] = { "себя", "себе", NULL };

static const char *const RU_IZ[] = { "из", NULL };
static const char *const RU_KAK[] = { "как", NULL };
/* What an inference follows from («из этого следует», «из сказанного
 * следует»): no document, nothing reported. Folded. */
static const char *const RU_INFERENCE[] = {
    "этого", "того", "чего",  "сказанного", "вышесказанного", "этих", "них",
    "него",  "нее",  "всего", NULL
};

/* First-person forms of belief verbs («думаю», «считаем»): a speaker's
 * own words only inside a quotation or a dash line; the writer's
 * elsewhere. Folded. */
static const char *const RU_FIRST_BELIEF[] = {
    "думаю",       "думаем",       "считаю", "считаем", "полагаю", "полагаем",
    "рассчитываю", "рассчитываем", "ожидаю", "ожидаем", NULL
};

/* What one declares open or in force with «объявить» («объявили
 * конкурс», «объявлен режим ЧС», «объявил голодовку»): an act, nothing
 * reported. Prefixes of the folded word. */
static const char *const RU_PROCLAIMED[] = {
    "конкурс", "тендер",   "аукцион",   "набор",   "розыск",    "карантин",
    "режим",   "голодовк", "забастовк", "траур",   "мобилизац", "эвакуац",
    "перерыв", "бойкот",   "амнист",    "выговор", "торги",     "сбор",
    "призыв",  "локдаун",  NULL
};

/* The folded word t starts with one of the prefixes. */
static int starts_any(const ctx *c, uint32_t t, const char *const *prefixes)
{
    char buf[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    const char *key = token_key(c, t, buf);
    for (const char *const *p = prefixes; *p; p++)
        if (starts(key, *p))
            return 1;
    return 0;
}

/* Something is reported after t in its sentence: a complementizer, a
 * colon or a quotation before the sentence ends. A name in quotation
 * marks (a capitalised word and at most four words in all: «Советского
 * спорта») is stepped over. */
static int reported_after(const ctx *c, uint32_t t, uint32_t hi)
{
    for (uint32_t u = t; u <= hi; u++) {
        if (is_word(c, u)) {
            if (is_compl(c, u))
                return 1;
            continue;
        }
        if (cp(c, u) == ':')
            return 1;
        if (c->qmark[u] < 0)
            continue;
        const fsc__quote *qt = &c->q->v[c->qmark[u]];
        if (qt->open_tok == u && qt->close_tok != UINT32_MAX &&
            qt->close_tok <= hi && qt->close_tok <= u + 5 &&
            is_word(c, u + 1) && cap_word(c, u + 1)) {
            u = qt->close_tok;
            continue;
        }
        return 1;
    }
    return 0;
}

/* «признал бывшего мэра виновным»: a verdict word within six words after
 * the verb, before anything reported. */
static int ru_verdict(const ctx *c, const icue *q, uint32_t hi)
{
    for (uint32_t t = q->last + 1, w = 0; t <= hi && w < 8; t++) {
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t)) || cp(c, t) == ':' || c->qmark[t] >= 0)
                return 0;
            continue;
        }
        if (is_compl(c, t) || c->cue_at[t] >= 0)
            return 0;
        if (starts_any(c, t, RU_VERDICT))
            return 1;
        w++;
    }
    return 0;
}

/* «отметил юбилей», «отметили 80-летие»: a feast (or a word in -летие)
 * within two words after the verb, numbers and hyphens aside («отметил
 * свой 90-й день рождения»). */
static int ru_celebrates(const ctx *c, const icue *q, uint32_t hi)
{
    for (uint32_t t = q->last + 1, w = 0; t <= hi && w < 2; t++) {
        if (c->tok[t].kind == FSC__TOK_NUMBER || cp(c, t) == '-')
            continue;
        if (!is_word(c, t))
            return 0;
        if (key_is(c, t, RU_FEASTS) || ends_in(c, t, RU_ANNIVERSARY))
            return 1;
        /* (the ending of an ordinal, «90-й», is no word of its own) */
        if (!(t > q->last + 1 && cp(c, t - 1) == '-'))
            w++;
    }
    return 0;
}

/* «Это говорит о», «Такой рост говорит о», «, что говорит о»: the
 * clause before the verb opens with a demonstrative or is the relative
 * «что», and names no one the lexicon knows. */
static int ru_indicates(const ctx *c, const icue *q, uint32_t lo, uint32_t hi)
{
    uint32_t n = q->last + 1;
    for (int w = 0; w < 2 && n < hi && key_is(c, n, RU_FOCUS); w++)
        n++;
    if (n > hi || !key_is(c, n, RU_ABOUT))
        return 0;
    /* «Эти цифры говорят о росте», «Данные говорят о том, что»: a noun of
     * data and the verb, a phrase of the lexicon, indicate */
    if (q->first != q->last)
        return 1;
    uint32_t a = q->first;
    for (int w = 0; a > lo && w < 4; w++) {
        uint32_t p = a - 1;
        if (!is_word(c, p))
            break;
        if (c->cand_at[p] >= 0 || c->cue_at[p] >= 0 ||
            (p > lo && cap_word(c, p)))
            return 0;
        a = p;
    }
    if (a == q->first)
        return 0;
    if (a > lo && is_word(c, a - 1))
        return 0; /* the clause goes on before: not its first word */
    if (key_is(c, a, RU_THIS) || key_is(c, a, RU_DATA_SUBJ) ||
        (key_is(c, a, RU_ALL) && a + 1 < q->first && key_is(c, a + 1, RU_ETO)))
        return 1;
    return a == q->first - 1 && key_is(c, a, RU_CHTO) && a > lo &&
           is_comma(cp(c, a - 1));
}

/* «ответил на вопросы журналистов», «отвечая на вопрос модератора»: the
 * thing answered and nothing reported after it in the sentence. */
/* Also «Москва ответит на санкции», «ответил на критику»: «ответить на»
 * and any noun, a response, when nothing is reported after it and the
 * verb follows no words it could report («..., — ответил он на вопрос»). */
static int ru_answered_only(const ctx *c, const icue *q, uint32_t lo,
                            uint32_t hi)
{
    uint32_t n = q->last + 1;
    if (n + 1 > hi || !key_is(c, n, RU_NA) || !is_word(c, n + 1) ||
        reported_after(c, n + 2, hi))
        return 0;
    uint32_t p = q->first;
    while (p > lo &&
           ((is_word(c, p - 1) && !is_compl(c, p - 1)) || name_link(c, p - 1)))
        p--; /* («Вице-премьер»: a hyphen, no dash) */
    /* («Стороны не договорились, — ответил на вопрос министр»: the words
     * before the dash are the answer) */
    if (p > lo && is_dash(cp(c, p - 1)))
        return 0;
    if (starts_any(c, n + 1, RU_ANSWERED))
        return 1;
    return p == lo || !(is_comma(cp(c, p - 1)) || c->qmark[p - 1] >= 0);
}

/* «добавил в весе три килограмма». */
static int ru_gained(const ctx *c, const icue *q, uint32_t hi)
{
    uint32_t n = q->last + 1;
    return n + 1 <= hi && key_is(c, n, RU_V_IN) && key_is(c, n + 1, RU_GAIN);
}

/* «считается», «считаются»: "is considered" («это считается
 * праздником») or the generic «считается, что», a belief no one holds. */
static int ru_considered(const ctx *c, const icue *q)
{
    return q->first == q->last && ends_in(c, q->first, RU_REFLEXIVE);
}

/*
 * «Данные Росстата показывают рост зарплат», «Опрос, проведенный
 * сервисом, показал рост цен», «Анализ показывает связь»: an evidence
 * verb («показать», «показывать», «выявить») with a noun of data in its
 * subject — in the cue phrase or among the twelve words before it in its
 * sentence, past commas, not past a complementizer or another cue — and a
 * noun phrase right after it: a finding with an object, reported without
 * a complement clause. Not «показал себя», nor a verb whose subject holds
 * no data («показал фильм»).
 */
int ru_evidence_object(const ctx *c, const icue *q)
{
    if (c->lang != LANG_RU || q->cls != FSC__CLS_EVIDENCE)
        return 0;
    uint32_t s = sent_of(c, q->first), lo = c->sent_first[s],
             hi = c->sent_last[s], n = q->last + 1;
    if (n > hi || !is_word(c, n) || is_compl(c, n) || key_is(c, n, RU_SELF) ||
        c->cue_at[n] >= 0)
        return 0;
    for (uint32_t t = q->first; t <= q->last; t++)
        if (starts_any(c, t, RU_DATA))
            return 1;
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 12;) {
        if (!is_word(c, t)) {
            if (!is_comma(cp(c, t)) && !name_link(c, t) && c->qmark[t] < 0)
                return 0;
            continue;
        }
        if (is_compl(c, t) || c->cue_at[t] >= 0)
            return 0;
        if (starts_any(c, t, RU_DATA))
            return 1;
        w++;
    }
    return 0;
}

/* «следует» alone reports only with the document it follows from before
 * it in its clause («Из доклада палаты следует, что»): not "should"
 * («следует отметить»), nor an inference («из этого следует»); «следует
 * из» not before an inference pronoun («следует из этого»). */
static int ru_not_follows(const ctx *c, const icue *q, uint32_t lo)
{
    if (q->first != q->last)
        return key_is(c, q->last, RU_IZ) && q->last + 1 < c->n_tok &&
               key_is(c, q->last + 1, RU_INFERENCE);
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 8;) {
        if (!is_word(c, t)) {
            if (name_link(c, t) || c->qmark[t] >= 0)
                continue;
            return 1;
        }
        if (key_is(c, t, RU_IZ))
            return t + 1 >= q->first || key_is(c, t + 1, RU_INFERENCE);
        if (c->cue_at[t] >= 0 || is_compl(c, t))
            return 1;
        w++;
    }
    return 1;
}

/* A line break stands right before token t (or t opens the text). */
static int ru_line_opens(const ctx *c, uint32_t t)
{
    if (t == 0)
        return 1;
    for (uint32_t o = c->tok[t - 1].off + c->tok[t - 1].len; o < c->tok[t].off;
         o++)
        if (c->text[o] == '\n')
            return 1;
    return 0;
}

/* Token t is in someone's words: inside a quotation, or on a line that
 * opens with a dash (a dialogue line, an interview answer). */
static int ru_in_speech(const ctx *c, uint32_t t)
{
    if (c->inquote[t] >= 0)
        return 1;
    uint32_t a = t;
    while (a > 0 && !ru_line_opens(c, a))
        a--;
    return !is_word(c, a) && is_dash(cp(c, a));
}

/* «объявили конкурс», «Новый конкурс объявят в январе», «объявила
 * голодовку»: the act declared is the verb's object, right after it or
 * right before it opening the clause, and nothing is reported after it. */
static int ru_proclaimed(const ctx *c, const icue *q, uint32_t lo, uint32_t hi)
{
    if (reported_after(c, q->last + 1, hi))
        return 0;
    for (uint32_t t = q->last + 1, w = 0; t <= hi && w < 2; t++) {
        if (!is_word(c, t))
            break;
        if (starts_any(c, t, RU_PROCLAIMED))
            return 1;
        w++;
    }
    for (uint32_t t = q->first, w = 0; t-- > lo && w < 3;) {
        if (!is_word(c, t))
            break;
        if (starts_any(c, t, RU_PROCLAIMED))
            return 1;
        w++;
    }
    return 0;
}

/* «заявил о себе как о лидере», «громко заявила о себе»: made a name
 * for oneself, nothing declared. */
static int ru_self_made(const ctx *c, const icue *q, uint32_t hi)
{
    uint32_t n = q->last + 1;
    return n + 1 <= hi && key_is(c, n, RU_ABOUT) && key_is(c, n + 1, RU_SELF);
}

/* «передал деньги по просьбе чиновника», «посредники передали сторонам
 * проект»: handed over. The verb reports set after what it reports
 * («..., передает ТАСС», «Как передает корреспондент»), with an outlet
 * right after it or with a complement clause; else a lower-case word
 * after it is what was handed over. */
static int ru_handed_over(const ctx *c, const icue *q, uint32_t lo, uint32_t hi)
{
    uint32_t n = q->last + 1;
    if (q->first != q->last || n > hi || !is_word(c, n) || cap_word(c, n) ||
        is_compl(c, n) || reported_after(c, n, hi))
        return 0;
    if (q->first > lo) {
        uint32_t p = q->first - 1;
        if (!is_word(c, p) || key_is(c, p, RU_KAK))
            return 0;
    }
    return 1;
}

/* Personal forms of «ожидать» (not the impersonal «ожидается»,
 * «ожидалось», nor «как ожидается»). Folded. */
static const char *const RU_EXPECT[] = { "ожидает", "ожидают", "ожидал",
                                         "ожидала", "ожидало", "ожидали",
                                         "ожидаю",  "ожидаем", NULL };
/* Nouns of a change or a state of an economy, a market or a policy that
 * one expects, not awaits («ожидают снижения инфляции», «ожидает роста
 * ВВП», «ожидаем сохранения ставки»): prefixes of the folded word. */
static const char *const RU_CHANGE[] = {
    "сниж",     "рост",     "повыш",     "восстановл", "замедл",  "ускор",
    "паден",    "сокращ",   "улучш",     "ухудш",      "увелич",  "уменьш",
    "подорож",  "удешевл",  "стабилиз",  "смягч",      "ужесточ", "сохранени",
    "дефицит",  "профицит", "инфляц",    "рецесс",     "спад",    "подъем",
    "оживлени", "охлажд",   "укреплени", "ослаблени",  "девальв", "прибыл",
    "убыт",     "отток",    "приток",    NULL
};

/* Words of an outcome foreseen right after «ожидать» («ожидали такого
 * решения», «ожидали подобного исхода», «не ожидал этого»). Folded. */
static const char *const RU_SUCH[] = { "такого", "такой",     "таких",
                                       "такие",  "подобного", "подобной",
                                       "этого",  NULL };

/*
 * «ожидать» expects (a belief) with a clause («ожидает, что»), a colon or
 * a quotation after it, or with a change among the five words after it
 * before a mark («Аналитики ожидают снижения ставки», «ожидают в
 * следующем году роста»), or an outcome foreseen («ожидали такого
 * решения»); else it awaits a thing or an event, and
 * nothing is reported («отрасль ожидает поставок новых самолетов»,
 * «ожидают гостей»). A short name in quotation marks is stepped over.
 */
static int ru_awaits(const ctx *c, const icue *q, uint32_t hi)
{
    if (reported_after(c, q->last + 1, hi))
        return 0;
    for (uint32_t t = q->last + 1, w = 0; t <= hi && w < 5; t++) {
        if (!is_word(c, t)) {
            if (c->qmark[t] >= 0 || name_link(c, t))
                continue;
            break;
        }
        if (starts_any(c, t, RU_CHANGE))
            return 0;
        /* «ожидали такого решения», «не ожидал подобного»: an outcome
         * foreseen, right after the verb */
        if (w == 0 && key_is(c, t, RU_SUCH))
            return 0;
        w++;
    }
    return 1;
}

static const char *const RU_V_NUM[] = { "в", "во", NULL };
/* «как только», «как и»: a time or a comparison, no predicate. */
static const char *const RU_KAK_NOT[] = { "только", "и", "раз", "будто", NULL };

/*
 * «оценить» states an assessment or an estimate with «как» and what it
 * is judged («оценил игру команды как «лучшую в сезоне»», «оценили
 * ситуацию как худшую») or «в» and a number («оценили ущерб в 1,2 млрд
 * рублей», «оценивает стоимость в $2 млрд»), in its clause after it up to
 * a comma; or with a clause, colon or quotation after it. Else it
 * appraises or appreciates and reports nothing («оценил обстановку на
 * месте», «Зрители оценили новый спектакль»).
 */
static int ru_unassessed(const ctx *c, const icue *q, uint32_t hi)
{
    if (reported_after(c, q->last + 1, hi))
        return 0;
    for (uint32_t t = q->last + 1; t <= hi; t++) {
        if (!is_word(c, t)) {
            if (c->qmark[t] >= 0 || name_link(c, t))
                continue;
            break; /* a comma or the sentence's end closes the clause */
        }
        if (c->cue_at[t] >= 0)
            break;
        if (key_is(c, t, RU_KAK) && t + 1 <= hi &&
            (c->qmark[t + 1] >= 0 ||
             (is_word(c, t + 1) && !key_is(c, t + 1, RU_KAK_NOT))))
            return 0;
        if (key_is(c, t, RU_V_NUM)) {
            uint32_t n = t + 1;
            if (n <= hi && !is_word(c, n) && n + 1 <= hi)
                n++; /* «в $2 млрд» */
            if (n <= hi && c->tok[n].kind == FSC__TOK_NUMBER)
                return 0;
        }
    }
    return 1;
}

/* Endings of an adjective or a noun in the instrumental («ошибкой»,
 * «деструктивной», «надуманными», «лидером»): the predicate of
 * «назвать». Folded. */
static const char *const RU_INSTR[] = { "ой", "ей", "ым",  "им",  "ом",
                                        "ем", "ью", "ами", "ями", NULL };
/* Words of those endings that are no instrumental predicate: pronouns,
 * quantifiers and adverbs («своей», «всем», «потом», «самой»). Folded. */
static const char *const RU_INSTR_NOT[] = {
    "своей",  "моей",   "твоей", "нашей",   "вашей", "этой",  "той",   "всей",
    "одной",  "какой",  "такой", "ней",     "им",    "ним",   "всем",  "потом",
    "затем",  "при",    "днем",  "вечером", "утром", "ночью", "летом", "зимой",
    "весной", "осенью", "самой", "самом",   NULL
};

/*
 * «назвать» reports a judgement with a predicate after it in its clause:
 * a quotation («назвал игру «нервной»»), a colon, a clause, or a
 * lower-case word in the instrumental («назвали позицию Будапешта
 * деструктивной», «назвал решение ошибкой»). With no predicate it names
 * someone or something, or gives a figure or a date, and reports nothing
 * («Победителя назовут в апреле», «Имя нового руководителя назовут после
 * конкурса», «назвал сроки»); a capitalised word in the instrumental is a
 * name given («назвали дочь Анной»). A quotation before the verb in its
 * sentence («..., — назвал это ...») leaves the verb to the other rules.
 */
static int ru_names_only(const ctx *c, const icue *q, uint32_t lo, uint32_t hi)
{
    if (q->first != q->last || reported_after(c, q->last + 1, hi))
        return 0;
    for (uint32_t t = lo; t < q->first; t++)
        if (c->qmark[t] >= 0)
            return 0;
    for (uint32_t t = q->last + 1; t <= hi; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue;
            break;
        }
        if (c->cue_at[t] >= 0 || is_compl(c, t))
            break;
        if (c->tok[t].kind == FSC__TOK_WORD && !cap_word(c, t) &&
            ends_in(c, t, RU_INSTR) && !key_is(c, t, RU_INSTR_NOT))
            return 0;
    }
    return 1;
}

/* What one rejects as untrue («отвергло обвинения», «отверг эти
 * утверждения», «отвергли информацию о»): prefixes of the folded word. */
static const char *const RU_CLAIMS[] = {
    "обвинени",  "заявлени", "утверждени", "информаци", "сообщени", "слух",
    "подозрени", "критик",   "домысл",     "версию",    "версии",   "обвинен",
    "претензи",  "данные",   "выводы",     "упреки",    "упрек",    NULL
};

/*
 * «отвергнуть» reports a claim rejected as untrue, a noun of claims among
 * the three words after it («отвергло обвинения в нападениях», «отверг
 * эти утверждения»), or a clause, colon or quotation; else it votes down
 * or turns away a proposal, a bill or a candidate and reports nothing
 * («Парламент отверг законопроект», «отвергли кандидатуру»).
 */
static int ru_rejects_act(const ctx *c, const icue *q, uint32_t hi)
{
    if (reported_after(c, q->last + 1, hi))
        return 0;
    for (uint32_t t = q->last + 1, w = 0; t <= hi && w < 3; t++) {
        if (!is_word(c, t))
            break;
        if (starts_any(c, t, RU_CLAIMS))
            return 0;
        w++;
    }
    return 1;
}

int ru_other_sense(const ctx *c, const icue *q)
{
    if (c->lang != LANG_RU)
        return 0;
    uint32_t s = sent_of(c, q->first), lo = c->sent_first[s],
             hi = c->sent_last[s];
    if (lemma_is(c, q, "считать") && ru_considered(c, q))
        return 1;
    /* «Я думаю, что»: the writer's own view outside anyone's words */
    if (q->first == q->last && key_is(c, q->first, RU_FIRST_BELIEF) &&
        !ru_in_speech(c, q->first))
        return 1;
    if (lemma_is(c, q, "признать"))
        return ru_verdict(c, q, hi);
    if (lemma_is(c, q, "отметить"))
        return ru_celebrates(c, q, hi);
    if (lemma_is(c, q, "говорить"))
        return ru_indicates(c, q, lo, hi);
    if (lemma_is(c, q, "передать") || lemma_is(c, q, "передавать"))
        return ru_handed_over(c, q, lo, hi);
    if (lemma_is(c, q, "заявить") || lemma_is(c, q, "заявлять"))
        return ru_self_made(c, q, hi);
    if (lemma_is(c, q, "ответить") || lemma_is(c, q, "отвечать"))
        return ru_answered_only(c, q, lo, hi);
    if (lemma_is(c, q, "добавить"))
        return ru_gained(c, q, hi);
    if (lemma_is(c, q, "объявить") || lemma_is(c, q, "объявлять"))
        return ru_proclaimed(c, q, lo, hi);
    if (lemma_is(c, q, "следовать") && !key_is(c, q->first, RU_KAK))
        return ru_not_follows(c, q, lo);
    if (lemma_is(c, q, "ожидать") && q->first == q->last &&
        key_is(c, q->first, RU_EXPECT))
        return ru_awaits(c, q, hi);
    if (lemma_is(c, q, "оценить") || lemma_is(c, q, "оценивать"))
        return ru_unassessed(c, q, hi);
    if (lemma_is(c, q, "назвать") || lemma_is(c, q, "называть"))
        return ru_names_only(c, q, lo, hi);
    if (lemma_is(c, q, "отвергнуть") || lemma_is(c, q, "отвергать"))
        return ru_rejects_act(c, q, hi);
    return 0;
}
