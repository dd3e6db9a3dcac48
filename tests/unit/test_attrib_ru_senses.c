/*
 * test_attrib_ru_senses.c - Russian cue words in a sense that reports
 * nothing: a verdict («признал виновным»), a celebration («отметил
 * юбилей»), "indicates" («это говорит о»), an answer with nothing
 * reported («ответил на вопросы»), a gain («добавил в весе»), a name
 * made («заявил о себе»), a thing handed over («передал деньги»); and the
 * same words where they do report. Same pipeline as test_attrib.c; own
 * sentences.
 */
#include "attrib_expect.h"

static void test_ru_verdict(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Суд признал бывшего директора завода Ивана Орлова виновным в "
               "растрате.");
    NONE("ru", "Присяжные признали подсудимую невиновной.");
    NONE("ru", "Суд признал его виновным, сообщение об этом появилось вчера.");
    SPEAKER("ru", "Директор завода Иван Орлов признал, что сроки сорваны.",
            "сроки сорваны", NAMED, "Директор завода Иван Орлов", NULL);
#undef p
}

static void test_ru_celebration(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "В субботу театр отметил юбилей: ему исполнилось сто лет.");
    NONE("ru", "Жители района отметили праздник концертом на площади.");
    NONE("ru", "Ветераны отметили свой 90-й день рождения в госпитале.");
    NONE("ru", "Город отметил 800-летие парадом.");
    SPEAKER("ru",
            "Мэр Анна Белова отметила, что юбилей города пройдет скромно.",
            "юбилей города пройдет скромно", NAMED, "Мэр Анна Белова", NULL);
    SPEAKER("ru", "Праздник прошел спокойно, отметили в полиции.",
            "Праздник прошел спокойно", NOMINAL, "полиции", NULL);
#undef p
}

static void test_ru_indicates(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Такой рост говорит о перегреве рынка.");
    NONE("ru", "Все это говорит о том, что спрос падает.");
    NONE("ru", "Цены выросли на 5%, что говорит о нехватке товара.");
    NONE("ru", "Эта динамика говорит скорее о восстановлении спроса.");
    SPEAKER("ru", "Глава ведомства Иван Орлов говорит о росте цен.",
            "о росте цен", NAMED, "Глава ведомства Иван Орлов", NULL);
    SPEAKER("ru",
            "Анна Белова заявила, что мост опасен. Она говорит о трещинах в "
            "опорах.",
            "о трещинах в опорах", PRONOUN, "Она", "Анна Белова");
#undef p
}

static void test_ru_answered(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Министр ответил на вопросы депутатов.");
    NONE("ru", "Чемпионка мира Анна Белова ответила на вопросы «Вечерней "
               "газеты».");
    NONE("ru", "Вице-премьер Иван Орлов ответил на письма жителей.");
    SPEAKER("ru",
            "Мэр города Анна Белова ответила на вопрос о сроках, что ремонт "
            "закончится в мае.",
            "ремонт закончится в мае", NAMED, "Мэр города Анна Белова", NULL);
    SPEAKER("ru",
            "На вопрос о мосте Иван Орлов ответил, что ремонт начнется "
            "весной.",
            "ремонт начнется весной", NAMED, "Иван Орлов", NULL);
#undef p
}

static void test_ru_gained(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "За лето вратарь добавил в весе пять килограммов.");
    SPEAKER("ru", "Тренер Иван Орлов добавил, что вратарь в хорошей форме.",
            "вратарь в хорошей форме", NAMED, "Тренер Иван Орлов", NULL);
#undef p
}

/* «считается»: "is considered" or the generic «считается, что», no
 * report; an impersonal belief verb names no holder, only a place may */
static void test_ru_impersonal_belief(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Когда урожай собран, это считается праздником.");
    NONE("ru", "Считается, что мост построили в прошлом веке.");
    NO_NAMED("ru", "Визит Ивана Орлова ожидается в декабре.");
    SPEAKER("ru", "В докладе министерства предполагается, что цены вырастут.",
            "цены вырастут", NOMINAL, "докладе министерства", NULL);
    /* parenthetical «как сообщается», «как ожидается» inside a clause:
     * the clause around them, two segments */
    SEGMENTS("ru", "Суд, как ожидается, рассмотрит жалобу в пятницу.", 1, "Суд",
             IND, 1, "рассмотрит жалобу в пятницу");
    SEGMENTS("ru", "Иван Орлов, как сообщается, покинул город еще в мае.", 1,
             "Иван Орлов", IND, 1, "покинул город еще в мае");
#undef p
}

/* «объявить» an act declared open or in force: no report */
static void test_ru_proclaimed(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Новый тендер объявят в марте.");
    NONE("ru", "Администрация района объявила конкурс на ремонт школы.");
    NONE("ru", "Шахтеры объявили забастовку.");
    SPEAKER("ru", "Администрация района объявила, что тендер отменен.",
            "тендер отменен", NOMINAL, "Администрация района", NULL);
    SPEAKER("ru", "Глава района Иван Орлов объявил о начале ремонта школы.",
            "о начале ремонта школы", NAMED, "Глава района Иван Орлов", NULL);
#undef p
}

/* «цифры говорят о», «заявил о себе», «передал деньги»: nothing reported;
 * «будто» opens what is reported */
static void test_ru_more_senses(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Эти цифры говорят о спаде на рынке жилья.");
    NONE("ru", "Показатели прошлого года говорят о высоком спросе на жилье.");
    NONE("ru", "Результаты опроса говорят о падении доверия к полиции.");
    SPEAKER("ru", "Экономисты говорят о падении доверия к рублю.",
            "о падении доверия к рублю", NOMINAL, "Экономисты", NULL);
    NONE("ru", "Молодой режиссер громко заявил о себе на фестивале в Сочи.");
    NONE("ru", "Завод отметил юбилей и заявил о себе как о лидере отрасли.");
    NONE("ru", "Чиновник передал конверт помощнику депутата.");
    NONE("ru", "Волонтеры передали больнице два аппарата ИВЛ.");
    /* (they report: set after what they report, with a clause, «о» and
     * something other than oneself) */
    SPEAKER("ru", "Цены на бензин не вырастут, передает Интерфакс.",
            "Цены на бензин не вырастут", NAMED, "Интерфакс", NULL);
    SPEAKER("ru", "Губернатор передал, что мост откроют в мае.",
            "мост откроют в мае", NOMINAL, "Губернатор", NULL);
    SPEAKER("ru", "Мэр Иван Зотов заявил о своей отставке.", "о своей отставке",
            NAMED, "Мэр Иван Зотов", NULL);
    SPEAKER("ru", "Газета писала, будто переговоры зашли в тупик.",
            "переговоры зашли в тупик", NOMINAL, "Газета", NULL);
#undef p
}

/* «повторил»: a report with «что», a colon or a quotation, not «повторил
 * рекорд»; «попросил» reports a request. */
static void test_ru_repeated(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Пловчиха повторила рекорд Европы на дистанции 200 метров.");
    SPEAKER("ru", "Губернатор повторил, что мост откроют в мае.",
            "мост откроют в мае", NOMINAL, "Губернатор", NULL);
    SPEAKER("ru", "«Мост откроют в мае», — повторила Анна Орлова.",
            "Мост откроют в мае", NAMED, "Анна Орлова", NULL);
    SPEAKER("ru", "Жители попросили мэрию отремонтировать мост.",
            "мэрию отремонтировать мост", NOMINAL, "Жители", NULL);
#undef p
}

/* «ожидать» expects a change or a clause, not a thing awaited; «оценить»
 * states an assessment with «как» or an estimate with «в» and a number;
 * «назвать» judges with a predicate, not a name or a date given;
 * «запросить» reports a request. */
static void test_ru_expect_assess(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "— Мы ожидаем, что цены на жилье стабилизируются к осени, — "
            "сказал глава банка Олег Петров.",
            "цены на жилье стабилизируются к осени", PRONOUN, "Мы", NULL);
    NONE("ru", "Мы ожидаем, что цены вырастут.");
    NONE("ru", "Завод ожидает поставок нового оборудования из Китая.");
    SPEAKER("ru", "Биржевые аналитики ожидали такого исхода переговоров.",
            "такого исхода переговоров", NOMINAL, "Биржевые аналитики", NULL);
    SPEAKER("ru", "Аналитики банка ожидают снижения цен на бензин.",
            "снижения цен на бензин", NOMINAL, "Аналитики банка", NULL);
    SPEAKER("ru", "Главный тренер Олег Смирнов оценил игру команды как слабую.",
            "игру команды как слабую", NAMED, "Главный тренер Олег Смирнов",
            NULL);
    SPEAKER("ru", "Страховщики оценили ущерб от пожара в 300 млн рублей.",
            "ущерб от пожара в 300 млн рублей", NOMINAL, "Страховщики", NULL);
    NONE("ru", "Губернатор оценил обстановку на месте пожара.");
    SPEAKER("ru",
            "Государственный обвинитель Анна Белова запросила для "
            "обвиняемого пять лет колонии.",
            "для обвиняемого пять лет колонии", NAMED,
            "Государственный обвинитель Анна Белова", NULL);
    NONE("ru", "Лауреата премии назовут в декабре.");
    NONE("ru", "Министр назвал сроки окончания ремонта.");
    NONE("ru", "Родители назвали дочь Марией.");
    SPEAKER("ru", "Депутаты назвали законопроект вредным.",
            "законопроект вредным", NOMINAL, "Депутаты", NULL);
#undef p
}

/* «признать» with a legal status is a ruling; «отвергнуть» reports a
 * claim rejected, not a bill voted down. */
static void test_ru_status_rejected(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru",
         "Арбитражный суд признал банкротом строительную компанию «Восход».");
    NONE("ru", "Минюст признал нежелательной деятельность фонда.");
    SPEAKER("ru", "Пресс-служба завода отвергла обвинения в загрязнении реки.",
            "обвинения в загрязнении реки", NOMINAL, "Пресс-служба завода",
            NULL);
    NONE("ru", "Городская дума отвергла законопроект о платных парковках.");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ru_verdict,        test_ru_celebration,
        test_ru_indicates,      test_ru_answered,
        test_ru_gained,         test_ru_impersonal_belief,
        test_ru_proclaimed,     test_ru_more_senses,
        test_ru_repeated,       test_ru_expect_assess,
        test_ru_status_rejected
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
