/*
 * test_attrib_ru_channels.c - Russian words between a cue and its subject
 * that are no subject: a name after the noun of a channel («в интервью
 * НТВ»), the addressee before a place after a postposed verb («сообщили
 * ТАСС в администрации района», «Информацию изданию подтвердили два
 * источника»: an object set before the verb is what is reported), and a
 * relative clause or a participle
 * phrase set off by commas after the subject («Аналитики, с которыми
 * поговорил корреспондент РИА Новости, считают») or an according-to
 * phrase («Глава района, по словам очевидцев, пообещал»); a pronoun after a
 * relayed report («сообщает ТАСС со ссылкой на источник. По его
 * словам») continues the source cited. Same pipeline as
 * test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

/* the name after a channel noun is the channel's owner */
static void test_ru_channel_owner(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Губернатор Петр Сомов в интервью НТВ рассказал о планах на "
            "зиму.",
            "о планах на зиму", NAMED, "Губернатор Петр Сомов", NULL);
    SPEAKER("ru",
            "Тренер Олег Гусев в эфире ТАСС заявил, что команда готова к "
            "сезону.",
            "команда готова к сезону", NAMED, "Тренер Олег Гусев", NULL);
    /* (the name opening the clause stays the subject) */
    SPEAKER("ru", "Агентство Reuters сообщило, что переговоры сорваны.",
            "переговоры сорваны", NAMED, "Reuters", NULL);
#undef p
}

/* whom it was told, then the place that speaks */
static void test_ru_addressee_place(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Занятия отменят, сообщили ТАСС в администрации района.",
            "Занятия отменят", NOMINAL, "администрации района", NULL);
    SPEAKER("ru",
            "Рейс задержан из-за тумана, сообщили РИА Новости в "
            "пресс-службе аэропорта.",
            "Рейс задержан из-за тумана", NOMINAL, "пресс-службе аэропорта",
            NULL);
    /* (a person after the addressee stays the subject) */
    SPEAKER("ru", "Занятия отменят, сообщил ТАСС глава района Олег Лунин.",
            "Занятия отменят", NAMED, "глава района Олег Лунин", NULL);
#undef p
}

/* the subject before a clause set off by commas */
static void test_ru_set_off_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Аналитики, с которыми поговорил корреспондент РИА Новости, "
            "считают, что курс рубля стабилизируется.",
            "курс рубля стабилизируется", NOMINAL, "Аналитики", NULL);
    SPEAKER("ru",
            "Экономисты, опрошенные агентством Bloomberg, ожидают, что "
            "ставка останется прежней.",
            "ставка останется прежней", NOMINAL, "Экономисты", NULL);
    SPEAKER("ru",
            "Жители домов, которые пострадали от наводнения, жалуются, что "
            "помощь не пришла.",
            "помощь не пришла", NOMINAL, "Жители домов", NULL);
    /* an according-to phrase set off between the subject and its verb:
     * the subject speaks, the phrase vouches for the whole clause */
    const char *t1 = "Глава района, по словам очевидцев, пообещал, что "
                     "дорогу починят.";
    SPEAKER("ru", t1, "дорогу починят", NOMINAL, "Глава района", NULL);
    SEGMENTS("ru", t1, 2, "Глава района", ACC, 1,
             "пообещал, что дорогу починят");
    SPEAKER("ru",
            "Министр, как сообщает ТАСС, заявил, что реформа "
            "продолжится.",
            "реформа продолжится", NOMINAL, "Министр", NULL);
    /* (a gerund phrase: the name before it, as before) */
    SPEAKER("ru",
            "Депутат Иван Орлов, выступая на сессии, заявил, что бюджет "
            "примут в срок.",
            "бюджет примут в срок", NAMED, "Депутат Иван Орлов", NULL);
#undef p
}

/* a pronoun after a relayed report continues the source cited */
static void test_ru_cited_source(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Завод закроют до весны, сообщает ТАСС со ссылкой на источник в "
            "министерстве. По его словам, решение уже принято.",
            "решение уже принято", PRONOUN, "его", "источник в министерстве");
    SPEAKER("ru",
            "Как пишет «Коммерсантъ» со ссылкой на собеседницу в мэрии, "
            "тендер отменят. По ее словам, победителя не устроила цена.",
            "победителя не устроила цена", PRONOUN, "ее", "собеседницу");
    /* (no citation: the speaker named) */
    SPEAKER("ru",
            "Завод закроют до весны, сообщил директор Иван Орлов. По его "
            "словам, решение уже принято.",
            "решение уже принято", PRONOUN, "его", "директор Иван Орлов");
#undef p
}

/* whom it was told right before the verb, and an object set before it */
static void test_ru_told_before(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Школу закроют на ремонт, сообщил ТАСС пресс-секретарь мэрии "
            "Олег Панин.",
            "Школу закроют на ремонт", NAMED,
            "пресс-секретарь мэрии Олег Панин", NULL);
    SPEAKER("ru",
            "Эти сведения агентству подтвердил представитель "
            "министерства.",
            "Эти сведения", NOMINAL, "представитель министерства", NULL);
    SPEAKER("ru", "Новость изданию подтвердил вице-мэр Олег Панин.", "Новость",
            NAMED, "вице-мэр Олег Панин", NULL);
    SPEAKER("ru", "В мэрии эту новость опровергли.", "эту новость", NOMINAL,
            "мэрии", NULL);
    /* (the subject before the verb, the addressee first) */
    SPEAKER("ru", "Журналистам министр сообщил, что мост откроют в мае.",
            "мост откроют в мае", NOMINAL, "министр", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ru_channel_owner, test_ru_addressee_place, test_ru_set_off_subject,
        test_ru_cited_source, test_ru_told_before
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
