/*
 * test_attrib_ru_subjects.c - the extent of Russian subjects: after a
 * postposed verb the source is the whole noun phrase («— заявил
 * представитель министерства», «— отметил начальник железной дороги»),
 * past an addressee («рассказал РИА Новости представитель аэропорта») or
 * an adverbial («сказал после матча главный тренер ...»); a title and a
 * name give the same source before and after the verb, the name apart
 * (split_title); a role noun with a person's name in the genitive
 * («советник Путина») is a nominal source, not that person. Same pipeline
 * as test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

/* the whole phrase after a postposed verb, not its last or first word */
static void test_ru_postposed_phrase(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "«Налоги не вырастут», — заявил представитель министерства.",
            "Налоги не вырастут", NOMINAL, "представитель министерства", NULL);
    SPEAKER("ru",
            "Поезда пойдут по новому графику, отметил начальник железной "
            "дороги.",
            "Поезда пойдут по новому графику", NOMINAL,
            "начальник железной дороги", NULL);
    SPEAKER(
        "ru", "«Урожай соберем в срок», — уверен министр сельского хозяйства.",
        "Урожай соберем в срок", NOMINAL, "министр сельского хозяйства", NULL);
    /* a body's name in capitals in the genitive is no person's name */
    SPEAKER("ru",
            "Паводок отступает, сообщил сотрудник областного управления МЧС.",
            "Паводок отступает", NOMINAL, "сотрудник областного управления МЧС",
            NULL);
    /* past whom it was told */
    SPEAKER("ru",
            "«Рейсы задерживаются», — рассказал РИА Новости представитель "
            "аэропорта.",
            "Рейсы задерживаются", NOMINAL, "представитель аэропорта", NULL);
    SPEAKER("ru",
            "Поставки возобновятся, сообщил журналистам глава минсельхоза.",
            "Поставки возобновятся", NOMINAL, "глава минсельхоза", NULL);
    /* a pronoun, a name alone and an anonymous source stay as they were */
    SPEAKER("ru", "«Поставки возобновятся», — сказал он журналистам.",
            "Поставки возобновятся", PRONOUN, "он", NULL);
    SPEAKER("ru", "Поставки возобновятся, заявил Иван Орлов.",
            "Поставки возобновятся", NAMED, "Иван Орлов", NULL);
    SPEAKER("ru", "Поставки возобновятся, заявил источник в правительстве.",
            "Поставки возобновятся", ANON, "источник в правительстве", NULL);
#undef p
}

/* a title and a name: the same source before and after the verb, the name
 * apart from the title */
static void test_ru_title_name_orders(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *post = "«Визит готовится», — заявил глава МИД России Сергей "
                       "Лавров.";
    const char *pre = "Глава МИД России Сергей Лавров заявил, что визит "
                      "готовится.";
    ATTR("ru", post, "Визит готовится", FSC__ATTR_DIRECT, "lavrov",
         "глава МИД России Сергей Лавров", "заявил");
    TITLE("ru", post, "Визит готовится", "Сергей Лавров");
    ATTR("ru", pre, "визит готовится", FSC__ATTR_INDIRECT, "lavrov",
         "Глава МИД России Сергей Лавров", "заявил");
    TITLE("ru", pre, "визит готовится", "Сергей Лавров");
    /* a name outside the lexicon, after a body's name of two words */
    const char *post2 = "Мост построят к осени, сообщил заместитель министра "
                        "транспорта Олег Жуков.";
    const char *pre2 = "Заместитель министра транспорта Олег Жуков сообщил, "
                       "что мост построят к осени.";
    SPEAKER("ru", post2, "Мост построят к осени", NAMED,
            "заместитель министра транспорта Олег Жуков", NULL);
    TITLE("ru", post2, "Мост построят к осени", "Олег Жуков");
    SPEAKER("ru", pre2, "мост построят к осени", NAMED,
            "Заместитель министра транспорта Олег Жуков", NULL);
    TITLE("ru", pre2, "мост построят к осени", "Олег Жуков");
    /* a prefix joined by a hyphen; the body's name before the person's */
    const char *t3 = "Экс-глава Минфина Петр Соколов заявил, что кризис "
                     "неизбежен.";
    SPEAKER("ru", t3, "кризис неизбежен", NAMED,
            "Экс-глава Минфина Петр Соколов", NULL);
    TITLE("ru", t3, "кризис неизбежен", "Петр Соколов");
    /* a body in quotation marks inside the title, after an adverbial */
    const char *t4 = "«Мы выиграли заслуженно», — сказал после матча главный "
                     "тренер «Ротора» Игорь Лебедев.";
    SPEAKER("ru", t4, "Мы выиграли заслуженно", NAMED,
            "главный тренер «Ротора» Игорь Лебедев", NULL);
    TITLE("ru", t4, "Мы выиграли заслуженно", "Игорь Лебедев");
    SPEAKER("ru",
            "Пошлины отменят, написал в своем Telegram-канале депутат Госдумы "
            "Иван Орлов.",
            "Пошлины отменят", NAMED, "депутат Госдумы Иван Орлов", NULL);
    /* the title starts at its noun of a person: not at a conjunction, a
     * pronoun or a day before it */
    SPEAKER("ru",
            "Однако его соперник Петр Соколов заявил, что выборы честные.",
            "выборы честные", NAMED, "соперник Петр Соколов", NULL);
    SPEAKER("ru", "Во вторник Петр Соколов заявил, что выборы честные.",
            "выборы честные", NAMED, "Петр Соколов", NULL);
#undef p
}

/* a role noun and a person's name in the genitive: the role speaks */
static void test_ru_role_of_person(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "«Санкции не работают», — сказал советник Путина.",
            "Санкции не работают", NOMINAL, "советник Путина", NULL);
    SPEAKER("ru", "Советник Путина сказал, что санкции не работают.",
            "санкции не работают", NOMINAL, "Советник Путина", NULL);
    SPEAKER("ru", "Помощник Лаврова заявил, что визит отложен.",
            "визит отложен", NOMINAL, "Помощник Лаврова", NULL);
    /* a woman's name in the nominative with a feminine verb is the
     * speaker's own */
    const char *t = "Советник губернатора Анна Белова рассказала, что школы "
                    "откроют в срок.";
    SPEAKER("ru", t, "школы откроют в срок", NAMED,
            "Советник губернатора Анна Белова", NULL);
    TITLE("ru", t, "школы откроют в срок", "Анна Белова");
    /* a body the lexicon knows after the role: the role speaks for it,
     * nominal, the body's side kept */
    const char *b1 = "Учения закончились, заявил представитель Минобороны "
                     "России.";
    ATTR("ru", b1, "Учения закончились", FSC__ATTR_INDIRECT, "ru_mod",
         "представитель Минобороны России", "заявил");
    SPEAKER("ru", b1, "Учения закончились", NOMINAL,
            "представитель Минобороны России", NULL);
    const char *b2 = "По словам представителя Минобороны России, учения "
                     "закончились.";
    ATTR("ru", b2, "учения закончились", FSC__ATTR_ACCORDING, "ru_mod",
         "представителя Минобороны России", "По словам");
    SPEAKER("ru", b2, "учения закончились", NOMINAL,
            "представителя Минобороны России", NULL);
    /* a woman's name in the nominative with a masculine verb (it agrees
     * with the title), against a man's name in the genitive */
    SPEAKER("ru", "«Жалобу подали», — заявил адвокат Марина Соколова.",
            "Жалобу подали", NAMED, "адвокат Марина Соколова", NULL);
    SPEAKER("ru", "«Жалобу подали», — заявил адвокат Ивана Соколова.",
            "Жалобу подали", NOMINAL, "адвокат Ивана Соколова", NULL);
    /* a title and a family name in the nominative */
    const char *t2 = "«Решение принято», — заявил министр Соколов.";
    SPEAKER("ru", t2, "Решение принято", NAMED, "министр Соколов", NULL);
    TITLE("ru", t2, "Решение принято", "Соколов");
#undef p
}

/* a body heading the phrase; «по» inside a title; a title opening the
 * sentence; the subject after an outlet named in an adverbial */
static void test_ru_more_phrases(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Тарифы пересмотрят, сообщила пресс-служба Минприроды.",
            "Тарифы пересмотрят", NOMINAL, "пресс-служба Минприроды", NULL);
    const char *t1 = "Дети вернутся домой, заявила уполномоченный по делам "
                     "детей Ольга Смирнова.";
    SPEAKER("ru", t1, "Дети вернутся домой", NAMED,
            "уполномоченный по делам детей Ольга Смирнова", NULL);
    TITLE("ru", t1, "Дети вернутся домой", "Ольга Смирнова");
    /* («по телефону» is how it was said, not part of the title) */
    SPEAKER("ru", "Дети вернутся домой, заявил глава района по телефону.",
            "Дети вернутся домой", NOMINAL, "глава района", NULL);
    const char *t2 = "Экономист Андрей Лосев считает, что рубль укрепится.";
    SPEAKER("ru", t2, "рубль укрепится", NAMED, "Экономист Андрей Лосев", NULL);
    TITLE("ru", t2, "рубль укрепится", "Андрей Лосев");
    SPEAKER("ru", "Сторонник Лебедева заявил, что митинг согласован.",
            "митинг согласован", NOMINAL, "Сторонник Лебедева", NULL);
    const char *t3 = "«Команда готова», — отметил в эфире «Первого канала» "
                     "капитан сборной Олег Карпов.";
    SPEAKER("ru", t3, "Команда готова", NAMED, "капитан сборной Олег Карпов",
            NULL);
    TITLE("ru", t3, "Команда готова", "Олег Карпов");
#undef p
}

/* the whole phrase after «по словам», «по данным», «как заявил» */
static void test_ru_according_phrase(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "По данным пресс-службы областного управления МВД по Тверской "
            "области, задержаны трое.",
            "задержаны трое", NOMINAL,
            "пресс-службы областного управления МВД по Тверской области", NULL);
    SPEAKER(
        "ru", "По данным Министерства транспорта Республики Коми, мост цел.",
        "мост цел", NOMINAL, "Министерства транспорта Республики Коми", NULL);
    SPEAKER("ru",
            "По оценке экспертов инвестиционной компании «Атон», рубль "
            "ослабнет.",
            "рубль ослабнет", NOMINAL,
            "экспертов инвестиционной компании «Атон»", NULL);
    /* a name after a noun of whom one serves: that person's */
    SPEAKER("ru", "По словам помощника Лаврова, визит отложен.",
            "визит отложен", NOMINAL, "помощника Лаврова", NULL);
    /* a first and family name in the genitive end the title */
    const char *t1 = "По словам главного инженера завода «Станкомаш» Игоря "
                     "Белова, цех запустят в мае.";
    SPEAKER("ru", t1, "цех запустят в мае", NAMED,
            "главного инженера завода «Станкомаш» Игоря Белова", NULL);
    TITLE("ru", t1, "цех запустят в мае", "Игоря Белова");
    const char *t2 = "По мнению профессора Высшей школы экономики Натальи "
                     "Кравцовой, спрос восстановится.";
    TITLE("ru", t2, "спрос восстановится", "Натальи Кравцовой");
    const char *t3 = "Как заявил министр энергетики Олег Петров, тарифы "
                     "заморозят.";
    SPEAKER("ru", t3, "тарифы заморозят", NAMED,
            "министр энергетики Олег Петров", NULL);
    TITLE("ru", t3, "тарифы заморозят", "Олег Петров");
    /* a name alone and a possessive stay as they were */
    SPEAKER("ru", "По словам Ивана Орлова, мост закроют.", "мост закроют",
            NAMED, "Ивана Орлова", NULL);
    SPEAKER("ru", "По его словам, мост закроют.", "мост закроют", PRONOUN,
            "его", NULL);
#undef p
}

/* past an outlet in the dative, adjectives, a preposition's phrase */
static void test_ru_past_addressee(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "«Цены не изменятся», — сказал «Известиям» представитель сети "
            "«Пятерочка».",
            "Цены не изменятся", NOMINAL, "представитель сети «Пятерочка»",
            NULL);
    const char *t1 = "«Цены не изменятся», — рассказал ТАСС генеральный "
                     "директор компании «Восток» Иван Лебедев.";
    SPEAKER("ru", t1, "Цены не изменятся", NAMED,
            "генеральный директор компании «Восток» Иван Лебедев", NULL);
    TITLE("ru", t1, "Цены не изменятся", "Иван Лебедев");
    const char *t2 = "«Цены не изменятся», — написала в соцсетях официальный "
                     "представитель ведомства Анна Орлова.";
    SPEAKER("ru", t2, "Цены не изменятся", NAMED,
            "официальный представитель ведомства Анна Орлова", NULL);
    /* (a plural verb with a place: the place is the source) */
    SPEAKER("ru", "«Цены не изменятся», — сообщили в пресс-службе губернатора.",
            "Цены не изменятся", NOMINAL, "пресс-службе губернатора", NULL);
    SPEAKER("ru",
            "По данным Федеральной службы судебных приставов, долги выросли.",
            "долги выросли", NOMINAL, "Федеральной службы судебных приставов",
            NULL);
    /* after «Об этом» and after «Как отметил» with a preposition's phrase */
    SPEAKER("ru", "Об этом сообщила пресс-служба районного суда Москвы.",
            "Об этом", NOMINAL, "пресс-служба районного суда Москвы", NULL);
    const char *t3 = "Как отметил в беседе с журналистами директор института "
                     "Алексей Смирнов, опыт завершится летом.";
    SPEAKER("ru", t3, "опыт завершится летом", NAMED,
            "директор института Алексей Смирнов", NULL);
    SPEAKER("ru", "Сын министра Ивана Орлова заявил, что отец невиновен.",
            "отец невиновен", NOMINAL, "Сын министра Ивана Орлова", NULL);
#undef p
}

/* a share of a group with «из» heads the subject, also after «что» */
static void test_ru_share_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Социологи опросили учителей. Большинство из них считают, что "
            "нагрузка выросла.",
            "нагрузка выросла", NOMINAL, "Большинство из них", NULL);
    SPEAKER("ru",
            "Опрос показал, что большинство из них считают, что нагрузка "
            "выросла.",
            "нагрузка выросла", NOMINAL, "большинство из них", NULL);
    SPEAKER("ru",
            "Опрос показал, что часть из опрошенных уверена, что кризис "
            "закончится.",
            "кризис закончится", NOMINAL, "часть из опрошенных", NULL);
#undef p
}

/* An indefinite-personal plural whose clause opens with its object or
 * addressee: no source; a nominative plural before the verb still is. */
static void test_ru_indefinite_personal(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Водителей просят не выезжать на трассу до утра.",
            "не выезжать на трассу до утра", UNRES, NULL, NULL);
    SPEAKER("ru", "Туристов региона призывают отказаться от поездок в горы.",
            "отказаться от поездок в горы", UNRES, NULL, NULL);
    SPEAKER("ru", "— Нам сразу сказали, что денег на ремонт нет.",
            "денег на ремонт нет", UNRES, NULL, NULL);
    SPEAKER("ru", "Его сторонники заявили, что результаты подделаны.",
            "результаты подделаны", NOMINAL, "Его сторонники", NULL);
    SPEAKER("ru", "Жители района жалуются на шум от стройки.",
            "на шум от стройки", NOMINAL, "Жители района", NULL);
#undef p
}

/* A noun phrase before «в своем …» and the verb is its subject. */
static void test_ru_own_channel(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Пресс-служба аэропорта в своем Telegram-канале сообщила, что "
            "рейсы задерживаются.",
            "рейсы задерживаются", NOMINAL, "Пресс-служба аэропорта", NULL);
    SPEAKER("ru",
            "Профсоюз учителей в своем обращении потребовал повысить "
            "зарплаты.",
            "повысить зарплаты", NOMINAL, "Профсоюз учителей", NULL);
    SPEAKER("ru",
            "Эксперты, опрошенные агентством, в основном полагают, что цены "
            "вырастут.",
            "цены вырастут", NOMINAL, "Эксперты", NULL);
    SPEAKER("ru", "Анна Белова в своем блоге написала, что визит отменен.",
            "визит отменен", NAMED, "Анна Белова", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ru_postposed_phrase, test_ru_title_name_orders,
        test_ru_role_of_person,   test_ru_more_phrases,
        test_ru_according_phrase, test_ru_past_addressee,
        test_ru_share_subject,    test_ru_indefinite_personal,
        test_ru_own_channel
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
