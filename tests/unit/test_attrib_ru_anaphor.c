/*
 * test_attrib_ru_anaphor.c - Russian cues whose object is an anaphor
 * («Об этом сообщил X», «Это подтвердил X», «сообщил об этом»): what is
 * reported is the sentence before in the paragraph, not the adverbial
 * after the speaker; and «ответить на» with a noun and nothing reported
 * (a response, no report); an outlet's frame with a citation, «Как
 * сообщает X со ссылкой на Y, ...», «..., сообщает X со ссылкой на Y»:
 * the content of both records is what follows or precedes the frame, not
 * the frame's words. Same pipeline as test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

/* the sentence before is what «об этом», «это» stand for */
static void test_ru_anaphor_previous(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "На трассе столкнулись два грузовика. Об этом сообщил "
            "начальник районной полиции.",
            "На трассе столкнулись два грузовика", NOMINAL,
            "начальник районной полиции", NULL);
    SPEAKER("ru",
            "Выставку продлят до осени. Об этом сообщила Ольга Кравцова на "
            "встрече с читателями.",
            "Выставку продлят до осени", NAMED, "Ольга Кравцова", NULL);
    NO_CONTENT("ru",
               "Выставку продлят до осени. Об этом сообщила Ольга Кравцова "
               "на встрече с читателями.",
               "на встрече с читателями");
    SPEAKER("ru",
            "Тарифы на воду вырастут летом. Это подтвердил глава "
            "комитета.",
            "Тарифы на воду вырастут летом", NOMINAL, "глава комитета", NULL);
    SPEAKER("ru",
            "Школу закроют на карантин. Директор сообщил об этом родителям.",
            "Школу закроют на карантин", NOMINAL, "Директор", NULL);
    /* a sentence opening its paragraph: the anaphor itself */
    SPEAKER("ru", "Сроки сдвинулись.\n\nОб этом рассказал прораб Петр Осипов.",
            "Об этом", NAMED, "прораб Петр Осипов", NULL);
    /* a sentence before that is a report of its own: the anaphor */
    SPEAKER("ru",
            "«Дорогу починят», — сказал мэр. Об этом он заявил на "
            "совещании.",
            "Об этом", PRONOUN, "он", "мэр");
    /* «это» the subject of a verb with its own clause */
    SPEAKER("ru", "Цены выросли. Это показывает, что спрос высок.",
            "спрос высок", UNRES, NULL, NULL);
    /* «о том, что»: the clause after it is what is reported */
    SPEAKER("ru",
            "Погода ухудшилась. Синоптики сообщили о том, что ожидается "
            "снег.",
            "ожидается снег", NOMINAL, "Синоптики", NULL);
#undef p
}

/* «ответить на» a thing with nothing reported: no report */
static void test_ru_respond_to(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ru", "Париж ответит на пошлины.");
    NO_CONTENT("ru", "Министр сказал, что Париж ответит на пошлины.",
               "на пошлины");
    /* what is answered is reported after it, or before the dash */
    SPEAKER("ru", "Министр ответил на критику, что реформа необходима.",
            "реформа необходима", NOMINAL, "Министр", NULL);
    SPEAKER("ru", "Цены не вырастут, — ответил на вопрос министр.",
            "Цены не вырастут", NOMINAL, "министр", NULL);
#undef p
}

/* the words of a citation frame are no part of what is reported */
static void test_ru_citation_frame(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Как пишет «Коммерсантъ» со ссылкой на источник в "
                     "министерстве, тендер отменят.";
    SPEAKER("ru", t1, "тендер отменят", NAMED, "Коммерсантъ", NULL);
    NO_CONTENT("ru", t1,
               "Как пишет «Коммерсантъ» со ссылкой на источник в "
               "министерстве, тендер отменят");
    NO_CONTENT("ru", t1,
               "со ссылкой на источник в министерстве, тендер "
               "отменят");
    const char *t2 = "По данным телеканала со ссылкой на спасателей, "
                     "пострадавших нет.";
    NO_CONTENT("ru", t2, "со ссылкой на спасателей, пострадавших нет");
    NO_CONTENT("ru", t2, "По данным телеканала");
    /* a postposed verb and its citation */
    const char *t3 = "Тендер отменят, сообщает агентство Интерфакс со "
                     "ссылкой на источники.";
    NO_CONTENT("ru", t3, "Тендер отменят, сообщает агентство Интерфакс");
    SPEAKER("ru", t3, "Тендер отменят", NAMED, "Интерфакс", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ru_anaphor_previous,
                                         test_ru_respond_to,
                                         test_ru_citation_frame };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
