/*
 * test_attrib_ru.c - Russian sources in agency copy: impersonal plurals
 * with a place («в министерстве заявили»), subjects after the verb with
 * an adverbial between, adverbs that open a sentence with a dropped
 * subject. Same pipeline as test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

static void test_ru_sources(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "В Кремле заявили, что переговоры продолжатся в марте.",
            "переговоры продолжатся в марте", NOMINAL, "Кремле", NULL);
    SPEAKER("ru",
            "В пресс-службе губернатора пояснили, что школы откроются в срок.",
            "школы откроются в срок", NOMINAL, "пресс-службе губернатора",
            NULL);
    SPEAKER("ru", "Школы откроются в срок, заверили в администрации района.",
            "Школы откроются в срок", NOMINAL, "администрации района", NULL);
    SPEAKER("ru", "«Школы откроются в срок», — отметили в ведомстве.",
            "Школы откроются в срок", NOMINAL, "ведомстве", NULL);
    SPEAKER("ru",
            "«Мост откроют в мае», — сказал после заседания глава комитета "
            "Иван Орлов.",
            "Мост откроют в мае", NAMED, "глава комитета Иван Орлов", NULL);
    SPEAKER("ru",
            "Иван Орлов заявил, что мост безопасен. Анна Белова сказала, что "
            "это не так. Также отметил, что ремонт начнется весной.",
            "ремонт начнется весной", DROPPED, NULL, "Иван Орлов");
    SPEAKER("ru",
            "Иван Орлов заявил, что мост безопасен. Анна Белова сказала, что "
            "это не так. Также отметила, что ремонт начнется весной.",
            "ремонт начнется весной", DROPPED, NULL, "Анна Белова");
    /* an adjective before the noun of the place; a phrase after the verb
     * is its object, not its subject */
    SPEAKER("ru", "В районном штабе уточнили, что дороги расчищены.",
            "дороги расчищены", NOMINAL, "районном штабе", NULL);
    SPEAKER("ru", "В Госдуме назвали решение суда ошибочным.",
            "решение суда ошибочным", NOMINAL, "Госдуме", NULL);
    /* a time or a channel after «в» is no place of speakers */
    SPEAKER("ru", "В пятницу заявили, что мост закрыт.", "мост закрыт", UNRES,
            NULL, NULL);
    SPEAKER("ru", "В пятницу в Минздраве заявили, что мост закрыт.",
            "мост закрыт", NOMINAL, "Минздраве", NULL);
    SPEAKER("ru", "Мост закрыт, сообщили в Telegram.", "Мост закрыт", UNRES,
            NULL, NULL);
    SPEAKER("ru", "Сообщается, что мост закрыт.", "мост закрыт", UNRES, NULL,
            NULL);
    SPEAKER("ru", "Мост закрыт, говорится в заявлении мэрии.", "Мост закрыт",
            NOMINAL, "заявлении мэрии", NULL);
    /* «показал, что»: evidence only with a complement clause; its
     * subject is the study or poll */
    SPEAKER("ru", "Опрос фонда показал, что горожане поддерживают проект.",
            "горожане поддерживают проект", NOMINAL, "Опрос фонда", NULL);
    SPEAKER("ru",
            "Эксперимент в лаборатории показывает, что сплав выдерживает "
            "нагрузку.",
            "сплав выдерживает нагрузку", NOMINAL, "Эксперимент в лаборатории",
            NULL);
    SPEAKER("ru", "Но повторное обследование показало, что трещины не растут.",
            "трещины не растут", NOMINAL, "повторное обследование", NULL);
    NONE("ru", "Тренер показал игрокам новое упражнение.");
    NONE("ru", "Вратарь показал себя с лучшей стороны, и команда победила.");
    /* «по его словам»: the possessive in the phrase is the source, the
     * earlier person of its gender the speaker */
    SPEAKER("ru",
            "Иван Орлов заявил, что мост безопасен. Анна Белова сказала, что "
            "это не так. По ее словам, ремонт нужен срочно.",
            "ремонт нужен срочно", PRONOUN, "ее", "Анна Белова");
    SPEAKER("ru",
            "Иван Орлов заявил, что мост безопасен. Анна Белова сказала, что "
            "это не так. По его мнению, ремонт подождет.",
            "ремонт подождет", PRONOUN, "его", "Иван Орлов");
    SPEAKER("ru",
            "Анна Белова сказала, что мост опасен. По её данным, трещины "
            "растут.",
            "трещины растут", PRONOUN, "её", "Анна Белова");
    /* reported questions: «спросил, почему …», «поинтересовались, успеют
     * ли …»; not a request for something */
    SPEAKER("ru", "Депутат Иван Орлов спросил, почему мост до сих пор закрыт.",
            "почему мост до сих пор закрыт", NAMED, "Депутат Иван Орлов", NULL);
    SPEAKER("ru",
            "Родители учеников поинтересовались, успеют ли строители к зиме.",
            "успеют ли строители к зиме", NOMINAL, "Родители учеников", NULL);
    NONE("ru", "Иван Орлов спросил разрешения у судьи.");
    /* an outlet in quotation marks after an according-to phrase */
    SPEAKER("ru", "По информации «Вечерней газеты», мост закроют в мае.",
            "мост закроют в мае", NAMED, "Вечерней газеты", NULL);
    SPEAKER("ru", "По данным «Левада-центра», горожане против стройки.",
            "горожане против стройки", NAMED, "Левада-центра", NULL);
    /* a name, an adverbial with a preposition, the verb; a pronoun before
     * the verb is the subject itself */
    SPEAKER("ru",
            "Депутат Иван Орлов в своем Telegram-канале написал, что мост "
            "закроют.",
            "мост закроют", NAMED, "Депутат Иван Орлов", NULL);
    SPEAKER("ru",
            "Анна Белова сказала, что мост опасен. На встрече с Иваном "
            "Орловым в мэрии она заявила, что ремонт нужен.",
            "ремонт нужен", PRONOUN, "она", "Анна Белова");
    SPEAKER("ru",
            "«Мост откроют в мае», — признался после заседания глава "
            "комитета Иван Орлов.",
            "Мост откроют в мае", NAMED, "глава комитета Иван Орлов", NULL);
    /* an impersonal reflexive has no subject after its adverbial: the
     * document is the source (and «Об этом», the sentence before, what it
     * says) */
    SPEAKER("ru",
            "Мост закрыт. Об этом говорится в сообщении пресс-службы "
            "Кремля.",
            "Мост закрыт", NOMINAL, "сообщении пресс-службы Кремля", NULL);
    /* «Как сообщили в …» is an according-to phrase with its place; a name
     * inside the place after a plural verb is no subject */
    SPEAKER("ru", "Как сообщили в пресс-службе МВД, задержанный дал показания.",
            "задержанный дал показания", NOMINAL, "пресс-службе МВД", NULL);
    SPEAKER("ru", "Как сообщили в мэрии, задержанный дал показания.",
            "задержанный дал показания", NOMINAL, "мэрии", NULL);
    SPEAKER("ru", "Задержанный дал показания, сообщили в пресс-службе МВД.",
            "Задержанный дал показания", NOMINAL, "пресс-службе МВД", NULL);
    /* an outlet in quotation marks after a postposed verb is its subject,
     * one in the dative its addressee */
    SPEAKER("ru",
            "Мост закрыт, пишет «Вечерняя газета» со ссылкой на источники.",
            "Мост закрыт", NAMED, "Вечерняя газета", NULL);
    SPEAKER("ru", "Мост закрыт, сообщил «Вечерней газете» источник в мэрии.",
            "Мост закрыт", ANON, "источник в мэрии", NULL);
    /* an outlet the lexicon knows, in the dative in quotation marks right
     * after the verb, is the addressee; the subject follows it */
    SPEAKER("ru",
            "— Мост закроют на ремонт, — сказал «Интерфаксу» представитель "
            "мэрии.",
            "Мост закроют на ремонт", NOMINAL, "представитель мэрии", NULL);
    SPEAKER("ru",
            "Мост закроют на ремонт, сообщил «Интерфаксу» собеседник в "
            "правительстве.",
            "Мост закроют на ремонт", ANON, "собеседник", NULL);
    SPEAKER("ru",
            "Мост закроют на ремонт, заявил «Интерфаксу» глава района Иван "
            "Орлов.",
            "Мост закроют на ремонт", NAMED, "глава района Иван Орлов", NULL);
    /* a pronoun after the verb, then the addressee */
    SPEAKER("ru",
            "Иван Орлов заявил, что мост безопасен. «Ремонт начнется весной», "
            "— сказал он агентству.",
            "Ремонт начнется весной", PRONOUN, "он", "Иван Орлов");
    SPEAKER("ru",
            "Анна Белова заявила, что мост опасен. «Ремонт нужен срочно», — "
            "добавила она РИА Новости.",
            "Ремонт нужен срочно", PRONOUN, "она", "Анна Белова");
    /* a gerund shares the subject of its main clause, a name with its
     * title opening the sentence, not the speaker before it */
    SPEAKER("ru",
            "Мэр Анна Белова заявила, что мост закроют. Министр транспорта "
            "Иван Орлов продлил контракт, сказав журналистам, что ремонт "
            "начнется весной.",
            "ремонт начнется весной", NAMED, "Иван Орлов", NULL);
    SPEAKER("ru",
            "Защитник «Зенита» Иван Орлов продлил контракт с клубом, сказав, "
            "что никогда не думал об уходе.",
            "никогда не думал об уходе", NAMED, "Иван Орлов", NULL);
    /* a plural subject with «от»/«из» and its body */
    SPEAKER("ru", "Депутаты от ЛДПР, однако, заявили, что мост опасен.",
            "мост опасен", NOMINAL, "Депутаты от ЛДПР", NULL);
    SPEAKER("ru",
            "Эксперты из Высшей школы экономики считают, что цены "
            "вырастут.",
            "цены вырастут", NOMINAL, "Эксперты из Высшей школы экономики",
            NULL);
    /* an impersonal «как» phrase names no one: not the noun before it */
    SPEAKER("ru", "Министр, как сообщается, покинул страну.", "Министр", UNRES,
            NULL, NULL);
    SPEAKER("ru", "Как было заявлено, решение примет совет директоров.",
            "решение примет совет директоров", UNRES, NULL, NULL);
#undef p
}

/* The author's words inside one pair of quotation marks, between two
 * dashes: the cue and its subject there, the words around them two
 * segments of one quotation. */
static void test_ru_inner_author(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "«Работы много, — сказал глава района Иван Орлов, — но "
                     "мы справимся».";
    SPEAKER("ru", t1, "Работы много", NAMED, "глава района Иван Орлов", NULL);
    SEGMENTS("ru", t1, 1, "Работы много", DIR, 1, "но мы справимся");
    const char *t2 = "«Мы не закрываем музей, — заявила после заседания "
                     "директор музея Анна Белова. — Мы переезжаем в новое "
                     "здание».";
    SPEAKER("ru", t2, "Мы не закрываем музей", NAMED,
            "директор музея Анна Белова", NULL);
    SEGMENTS("ru", t2, 1, "Мы не закрываем музей", DIR, 1,
             "Мы переезжаем в новое здание");
    /* a dash inside the quotation with no speech verb after it is the
     * speaker's own */
    SPEAKER("ru",
            "Иван Орлов заявил: «Мост — главный объект года, — и мы его "
            "откроем»",
            "Мост — главный объект года, — и мы его откроем", NAMED,
            "Иван Орлов", NULL);
#undef p
}

/* Interviews in dialogue layout: a dash line that asks, with no cue, is
 * the interviewer's; the dash line after it is the answer of the person
 * named before the dialogue, also when the answer reports a belief of its
 * own; an answer with its cue is the cue's. */
static void test_ru_dash_interview(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t1 = "Глава района Иван Орлов ответил на вопросы газеты "
                     "«Вечерний город».\n"
                     "— Когда откроют мост?\n"
                     "— Ремонт закончится к зиме. Подрядчик работает по "
                     "графику.\n"
                     "— А что с дорогой?\n"
                     "— Дорогу мы отремонтируем весной, — ответил глава "
                     "района.";
    SPEAKER("ru", t1, "Ремонт закончится к зиме. Подрядчик работает по графику",
            DROPPED, NULL, "Иван Орлов");
    SPEAKER("ru", t1, "Дорогу мы отремонтируем весной", NOMINAL, "глава района",
            NULL);
    const char *t2 = "Директор музея Анна Белова дала интервью «Вечерней "
                     "газете».\n\n"
                     "— Переезд не помешает выставкам?\n\n"
                     "— Мы рассчитываем, что залы откроются в марте.";
    SPEAKER("ru", t2, "Мы рассчитываем, что залы откроются в марте", DROPPED,
            NULL, "Анна Белова");
    /* a list of dashes with no question is no interview */
    NONE("ru", "Программа форума:\n— открытие выставки;\n— пленарное "
               "заседание.");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ru_sources, test_ru_inner_author,
                                         test_ru_dash_interview };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
