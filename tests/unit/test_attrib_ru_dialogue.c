/*
 * test_attrib_ru_dialogue.c - Russian direct speech set off by dashes in
 * running text: a dash after a sentence's end opens the speaker's words
 * even where the sentence splitter saw no break («... на совещании. —
 * Мост откроют в мае, — сказал он»); the words after the cue's clause
 * and a dash go on with the same speech («— сказала она журналистам. —
 * Но ...»), in a dialogue line to the end of its paragraph; an interview
 * answer that opens with the speaker's own verb («— Думаю, что ...») is an
 * answer, and the verb is the one who answers. Same pipeline
 * as test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

/* the speech opens at the dash after the sentence before it */
static void test_ru_dash_reopen(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Мэр провел совещание с подрядчиками. — Мост откроют в "
                     "мае, — сказал Петр Зуев. — Но движение по нему будет "
                     "ограничено.";
    SPEAKER("ru", t1, "Мост откроют в мае", NAMED, "Петр Зуев", NULL);
    NO_CONTENT("ru", t1,
               "Мэр провел совещание с подрядчиками. — Мост "
               "откроют в мае");
    SEGMENTS("ru", t1, 1, "Мост откроют в мае", DIR, 1,
             "Но движение по нему будет ограничено");
    const char *t2 = "Я задал вопрос о ценах. Что ответил министр? — Цены "
                     "вырастут не больше чем на пять процентов, — сказал "
                     "министр.";
    SPEAKER("ru", t2, "Цены вырастут не больше чем на пять процентов", NOMINAL,
            "министр", NULL);
    /* a dash inside a sentence, no end before it: the whole sentence */
    SPEAKER("ru",
            "Задача проста — достроить школу к сентябрю, — сказал "
            "глава района.",
            "Задача проста — достроить школу к сентябрю", NOMINAL,
            "глава района", NULL);
#undef p
}

/* the speech goes on after the rest of the cue's clause and a dash */
static void test_ru_dash_resume(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "— Школу откроют первого сентября, — сказала директор "
                     "Анна Крылова журналистам в среду. — Но спортзал "
                     "достроят только к зиме.";
    SEGMENTS("ru", t1, 1, "Школу откроют первого сентября", DIR, 1,
             "Но спортзал достроят только к зиме");
    /* in a dialogue line, to the end of its paragraph */
    const char *t2 = "— Школу откроют первого сентября, — сказала директор "
                     "Анна Крылова журналистам в среду. — Но спортзал "
                     "достроят только к зиме. Денег пока не хватает.\n"
                     "— А бассейн? — спросил корреспондент.";
    SEGMENTS("ru", t2, 2, "Школу откроют первого сентября", DIR, 2,
             "Но спортзал достроят только к зиме");
    /* no dash after the clause: the writer's words, not hers */
    const char *t3 = "— Школу откроют первого сентября, — сказала директор "
                     "Анна Крылова журналистам в среду. Потом она уехала в "
                     "министерство.";
    SEGMENTS("ru", t3, 1, "Школу откроют первого сентября", DIR, 0, NULL);
    /* in running text the speech after the dash ends with its sentence */
    const char *t4 = "Глава района Анна Крылова приехала в школу. — Ремонт "
                     "закончен, — сказала она журналистам. — Но мебель "
                     "привезут позже. Затем она осмотрела спортзал.";
    SEGMENTS("ru", t4, 1, "Ремонт закончен", DIR, 1,
             "Но мебель привезут позже");
#undef p
}

/* an interview answer that opens with the speaker's own verb */
static void test_ru_answer_own_verb(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Министр спорта Олег Лапин ответил на вопросы "
                     "«Спорт-Экспресса».\n— Когда вернутся турниры?\n— "
                     "Думаю, что это произойдет не раньше весны.";
    SPEAKER("ru", t1, "Думаю, что это произойдет не раньше весны", DROPPED,
            NULL, "Олег Лапин");
    SPEAKER("ru", t1, "это произойдет не раньше весны", DROPPED, NULL,
            "Олег Лапин");
    /* (an answer with its cue after a dash stays the cue's) */
    const char *t2 = "Министр спорта Олег Лапин ответил на вопросы "
                     "«Спорт-Экспресса».\n— Когда вернутся турниры?\n— Не "
                     "раньше весны, — ответил министр.";
    SPEAKER("ru", t2, "Не раньше весны", NOMINAL, "министр", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ru_dash_reopen,
                                         test_ru_dash_resume,
                                         test_ru_answer_own_verb };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
