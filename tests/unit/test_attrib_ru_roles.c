/*
 * test_attrib_ru_roles.c - Russian sources headed by a role noun with the
 * organisation it speaks for in the genitive («Представитель Минздрава
 * отметил», «Источники Reuters утверждают»): the role phrase is the
 * source, nominal or anonymous, never the organisation's name; a person's
 * name after the organisation is the speaker, the title and organisation
 * before it kept aside, also after an according-to phrase («Как сообщил
 * представитель Министерства обороны России Петр Сидоров, ...»); plural
 * common nouns opening a sentence («Эксперты
 * считают») are no names. Same pipeline as test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

/* the role and its organisation in the genitive */
static void test_ru_role_genitive(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Представитель Минтранса отметил, что мост откроют весной.",
            "мост откроют весной", NOMINAL, "Представитель Минтранса", NULL);
    SPEAKER("ru", "Депутат Госдумы заявил, что налог снизят.", "налог снизят",
            NOMINAL, "Депутат Госдумы", NULL);
    SPEAKER("ru", "Сотрудник банка рассказал, что кредиты подорожают с апреля.",
            "кредиты подорожают с апреля", NOMINAL, "Сотрудник банка", NULL);
    /* the organisation in Latin script or as an acronym */
    SPEAKER("ru", "Официальный представитель ВОЗ сказал, что вакцины хватит.",
            "вакцины хватит", NOMINAL, "Официальный представитель ВОЗ", NULL);
    /* «источник», «собеседник»: anonymous, with the organisation */
    SPEAKER("ru", "Источник газеты утверждает, что сделка сорвалась.",
            "сделка сорвалась", ANON, "Источник газеты", NULL);
    SPEAKER("ru", "Источники Financial Times утверждают, что банк продадут.",
            "банк продадут", ANON, "Источники Financial Times", NULL);
    /* (also when the organisation is one the actor lexicon knows) */
    SPEAKER("ru", "Источники Reuters утверждают, что завод закроют.",
            "завод закроют", ANON, "Источники Reuters", NULL);
    SPEAKER("ru", "Собеседник телеканала добавил, что решение отложат.",
            "решение отложат", ANON, "Собеседник телеканала", NULL);
    /* the body in quotation marks */
    SPEAKER("ru", "Собеседник «Известий» рассказал, что тендер отменят.",
            "тендер отменят", ANON, "Собеседник «Известий»", NULL);
    SPEAKER("ru", "Представитель «Аэрофлота» заявил, что рейсы вернут.",
            "рейсы вернут", NOMINAL, "Представитель «Аэрофлота»", NULL);
    /* after the verb and in a citation, the anonymous source keeps the
     * body it belongs to */
    SPEAKER("ru", "Тендер отменят, заявил источник в министерстве.",
            "Тендер отменят", ANON, "источник в министерстве", NULL);
    SPEAKER("ru", "Тендер отменят, утверждает источник агентства.",
            "Тендер отменят", ANON, "источник агентства", NULL);
    SPEAKER("ru", "Тендер отменят, сообщил источник в субботу.",
            "Тендер отменят", ANON, "источник", NULL);
    /* a role and the body it is from */
    SPEAKER("ru", "Депутат от ЛДПР заявил, что налог снизят.", "налог снизят",
            NOMINAL, "Депутат от ЛДПР", NULL);
    /* a role with a family name of its own is a person */
    SPEAKER("ru", "Депутат Петрова заявила, что налог снизят.", "налог снизят",
            NAMED, "Депутат Петрова", NULL);
#undef p
}

/* a title, an organisation and a person's name: the name is the speaker,
 * not the organisation's word before it; the source is the title and the
 * name, the name apart, as after the verb */
static void test_ru_role_org_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Официальный представитель Белого дома Карин Жан-Пьер заявила, "
            "что переговоры продолжатся.",
            "переговоры продолжатся", NAMED,
            "Официальный представитель Белого дома Карин Жан-Пьер", NULL);
    TITLE("ru",
          "Официальный представитель Белого дома Карин Жан-Пьер заявила, "
          "что переговоры продолжатся.",
          "переговоры продолжатся", "Карин Жан-Пьер");
    SPEAKER("ru",
            "Представитель Еврокомиссии Эрик Мамер сказал, что штраф "
            "обжалуют.",
            "штраф обжалуют", NAMED, "Представитель Еврокомиссии Эрик Мамер",
            NULL);
    SPEAKER("ru",
            "Пресс-секретарь Пентагона Сабрина Сингх сообщила, что учения "
            "пройдут летом.",
            "учения пройдут летом", NAMED,
            "Пресс-секретарь Пентагона Сабрина Сингх", NULL);
    /* first name, patronymic and family name */
    SPEAKER("ru",
            "Глава Минприроды Анна Петровна Орлова сказала, что леса "
            "восстановят.",
            "леса восстановят", NAMED, "Глава Минприроды Анна Петровна Орлова",
            NULL);
    TITLE("ru",
          "Глава Минприроды Анна Петровна Орлова сказала, что леса "
          "восстановят.",
          "леса восстановят", "Анна Петровна Орлова");
    /* after the verb the title stays in the source, the name apart */
    TITLE("ru",
          "Учения пройдут летом, сообщил представитель Пентагона Джон "
          "Кирби.",
          "Учения пройдут летом", "Джон Кирби");
#undef p
}

/* after an according-to phrase: the person, not the ministry inside */
static void test_ru_according_role(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Как сообщил представитель Министерства обороны России "
                     "Петр Сидоров, склад уничтожен.";
    SPEAKER("ru", t1, "склад уничтожен", NAMED,
            "представитель Министерства обороны России Петр Сидоров", NULL);
    TITLE("ru", t1, "склад уничтожен", "Петр Сидоров");
    TITLE("ru",
          "По словам представителя Министерства обороны России Петра "
          "Сидорова, склад уничтожен.",
          "склад уничтожен", "Петра Сидорова");
#undef p
}

/* plural common nouns opening the sentence are nominal, not names */
static void test_ru_plural_nouns(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Экономисты считают, что инфляция замедлится.",
            "инфляция замедлится", NOMINAL, "Экономисты", NULL);
    SPEAKER("ru", "Спасатели сообщили, что дорогу расчистили.",
            "дорогу расчистили", NOMINAL, "Спасатели", NULL);
    /* a family name opening the sentence stays a name */
    SPEAKER("ru", "Саакашвили заявил, что вернется в политику.",
            "вернется в политику", NAMED, "Саакашвили", NULL);
#undef p
}

/* A verb after «что» is inside what the first verb reports: never a
 * postposed cue whose content is the words before it. */
static void test_ru_postposed_after_compl(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "Глава ведомства заявил, что Минск ответит.";
    SPEAKER("ru", t, "Минск ответит", NOMINAL, "Глава ведомства", NULL);
    NO_CONTENT("ru", t, "Глава ведомства заявил, что");
    /* a postposed cue after its content still reports it */
    SPEAKER("ru", "Мост закроют в мае, ответил Иван Орлов.",
            "Мост закроют в мае", NAMED, "Иван Орлов", NULL);
#undef p
}

/* An outlet's name in guillemets right after a word is a name, not a
 * quotation: it reports nothing and stands inside a subject or as the
 * addressee; a place after an unnamed source belongs to it; a fronted
 * object after a place is no part of it. */
static void test_ru_outlet_in_marks(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Аналитики, опрошенные «Ведомостями», считают, что цены вырастут.",
            "цены вырастут", NOMINAL, "Аналитики", NULL);
    NO_CONTENT("ru",
               "Аналитики, опрошенные «Ведомостями», считают, что цены "
               "вырастут.",
               "Ведомостями");
    SPEAKER("ru", "Как сообщили «Известиям» в компании, завод закрыт.",
            "завод закрыт", NOMINAL, "компании", NULL);
    SPEAKER("ru", "Как сообщили ТАСС в мэрии, мост откроют в мае.",
            "мост откроют в мае", NOMINAL, "мэрии", NULL);
    SPEAKER("ru",
            "Собеседник «Известий» в министерстве отметил, что сделка "
            "отменена.",
            "сделка отменена", ANON, "Собеседник «Известий» в министерстве",
            NULL);
    SPEAKER("ru",
            "Депутат Ольга Смирнова в своем блоге отметила, что закон "
            "принят.",
            "закон принят", NAMED, "Депутат Ольга Смирнова", NULL);
    SPEAKER("ru", "В Минске эти слова назвали ошибкой.", "ошибкой", NOMINAL,
            "Минске", NULL);
    /* the addressee after «Как заявил» is no source when the subject
     * follows it; an outlet with «со ссылкой на» after it is one */
    SPEAKER("ru",
            "Как заявил агентству «Интерфакс» замглавы МИД Иван Орлов, "
            "переговоры продолжатся.",
            "переговоры продолжатся", NAMED, "замглавы МИД Иван Орлов", NULL);
    ATTR("ru",
         "Как сообщает ТАСС со ссылкой на источник, переговоры продолжатся.",
         "переговоры продолжатся", ACC, "tass", "ТАСС", "Как сообщает");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ru_role_genitive,         test_ru_role_org_name,
        test_ru_according_role,        test_ru_plural_nouns,
        test_ru_postposed_after_compl, test_ru_outlet_in_marks
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
