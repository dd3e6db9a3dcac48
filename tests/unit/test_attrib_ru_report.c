/*
 * test_attrib_ru_report.c - Russian reports the cue alone does not frame:
 * evidence verbs with a noun-phrase object («Данные таможни показывают
 * рост импорта»), «следует из» without «как» («..., следует из данных»,
 * «Из отчета следует, что»), and the same verbs where they show nothing
 * reported; the subject of a reporting verb coordinated with one that
 * reports nothing («осмотрел мост и заявил»); a document as the source
 * of «говорится» and «сказано» («В отчете за прошлый год говорится»).
 * Same pipeline as test_attrib.c; own sentences.
 */
#include "attrib_expect.h"

/* an evidence verb with a noun of data in its subject and a noun phrase
 * after it reports a finding without «что» */
static void test_ru_evidence_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Данные таможни показывают рост импорта зерна.",
            "рост импорта зерна", NOMINAL, "Данные таможни", NULL);
    SPEAKER("ru", "Опрос показал рост доверия к полиции.",
            "рост доверия к полиции", NOMINAL, "Опрос", NULL);
    SPEAKER("ru", "Анализ показывает связь между ценой и спросом.",
            "связь между ценой и спросом", NOMINAL, "Анализ", NULL);
    SPEAKER("ru",
            "Исследование, проведенное университетом весной, показало "
            "снижение спроса на жилье.",
            "снижение спроса на жилье", NOMINAL, "Исследование", NULL);
    /* no data in the subject, or the subject itself shown: no report */
    NONE("ru", "Сборная показала хорошую игру в первом тайме.");
    NONE("ru", "Новичок показал себя с лучшей стороны.");
    NONE("ru", "Телеканал показал фильм о войне.");
    NONE("ru", "Результат показал себя не сразу.");
#undef p
}

/* «следует из» after what it reports, «Из доклада X следует, что» before
 * it; not "should" nor an inference */
static void test_ru_follows_from(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Экспорт леса сократился на треть, следует из данных областной "
            "таможни.",
            "Экспорт леса сократился на треть", NOMINAL,
            "данных областной таможни", NULL);
    SPEAKER("ru", "Из отчета мэрии следует, что ремонт моста отложен.",
            "ремонт моста отложен", NOMINAL, "отчета мэрии", NULL);
    NONE("ru", "Из этого следует, что мост придется закрыть.");
    NONE("ru", "Следует отметить, что мост построили в прошлом веке.");
    NONE("ru", "Водителям следует объезжать мост по набережной.");
#undef p
}

/* a reporting verb coordinated with a first verb that reports nothing
 * shares its subject */
static void test_ru_coord_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Глава района Иван Орлов осмотрел мост и заявил, что ремонт "
            "начнется весной.",
            "ремонт начнется весной", NAMED, "Глава района Иван Орлов", NULL);
    SPEAKER("ru",
            "В среду губернатор Анна Белова посетила школу и сообщила, что "
            "ремонт закончен.",
            "ремонт закончен", NAMED, "губернатор Анна Белова", NULL);
    SPEAKER("ru",
            "Местные фермеры перекрыли трассу и несколько раз потребовали "
            "отменить пошлины.",
            "отменить пошлины", NOMINAL, "Местные фермеры", NULL);
    /* (another verb's clause or another subject between: not this rule) */
    NO_NAMED("ru", "Иван Орлов осмотрел мост, а рабочие заявили, что ремонт "
                   "начнется весной.");
#undef p
}

/* a document with its period or a short passive: the document is the
 * source */
static void test_ru_document_source(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "В отчете мэрии за прошлый год говорится, что число парковок "
            "выросло.",
            "число парковок выросло", NOMINAL, "отчете мэрии за прошлый год",
            NULL);
    SPEAKER("ru",
            "В постановлении мэрии сказано, что школы закроют на карантин.",
            "школы закроют на карантин", NOMINAL, "постановлении мэрии", NULL);
    SPEAKER("ru",
            "Школы закроют на карантин, сказано в постановлении областной "
            "думы.",
            "Школы закроют на карантин", NOMINAL,
            "постановлении областной думы", NULL);
    SPEAKER("ru",
            "Как сказано в постановлении мэрии, школы закроют на карантин.",
            "школы закроют на карантин", NOMINAL, "постановлении мэрии", NULL);
#undef p
}

/* lexicon entries of 0.14.0: «по собственным подсчетам», «по его
 * убеждению», «не исключил», «анонсировала», «ожидалось», «верит, что»,
 * «жаловались» */
static void test_ru_more_cues(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "По собственным подсчетам организаторов, на фестиваль пришли "
            "десять тысяч человек.",
            "на фестиваль пришли десять тысяч человек", NOMINAL,
            "организаторов", NULL);
    SPEAKER("ru",
            "Иван Орлов уехал в Казань. По его убеждению, мост надо "
            "закрыть.",
            "мост надо закрыть", PRONOUN, "его", "Иван Орлов");
    SPEAKER("ru", "Глава района Иван Орлов не исключил, что мост закроют.",
            "мост закроют", NAMED, "Глава района Иван Орлов", NULL);
    SPEAKER("ru", "Министерство связи анонсировало новый тариф для школ.",
            "новый тариф для школ", NOMINAL, "Министерство", NULL);
    SPEAKER("ru", "Ожидалось, что мост откроют к зиме.", "мост откроют к зиме",
            UNRES, NULL, NULL);
    SPEAKER("ru", "Тренер Иван Орлов верит, что команда выйдет в финал.",
            "команда выйдет в финал", NAMED, "Тренер Иван Орлов", NULL);
    NONE("ru", "Тренер Иван Орлов верит в свою команду.");
    /* manner of speaking after a quotation; not its other sense */
    SPEAKER("ru", "«Мы еще вернемся», — пошутил тренер Иван Орлов.",
            "Мы еще вернемся", NAMED, "тренер Иван Орлов", NULL);
    SPEAKER("ru", "— Это не ко мне, — отрезала Анна Белова.", "Это не ко мне",
            NAMED, "Анна Белова", NULL);
    NONE("ru", "Повар отрезал кусок хлеба.");
    SPEAKER("ru", "Жители поселка жаловались на шум от трассы.",
            "на шум от трассы", NOMINAL, "Жители поселка", NULL);
#undef p
}

/* a name in quotation marks right before the verb: the subject, or with
 * «в» the place */
static void test_ru_quoted_before(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "Авиакомпания «Северный ветер» заявила, что рейсы отменены.",
            "рейсы отменены", NAMED, "Авиакомпания «Северный ветер»", NULL);
    SPEAKER("ru", "«Сибирский уголь» сообщил, что шахта закрыта.",
            "шахта закрыта", NAMED, "Сибирский уголь", NULL);
    SPEAKER("ru", "В компании «Теплосеть» объяснили перебои аварией.",
            "перебои аварией", NOMINAL, "компании «Теплосеть»", NULL);
#undef p
}

/* The number of attributions of the last run with kind `kind`, content
 * `content` and source span `src`. */
static int count_attr(const pipe *p, const char *text, int kind,
                      const char *content, const char *src)
{
    const char *at = strstr(text, content);
    int n = 0;
    for (size_t k = 0; at && k < p->at.n; k++) {
        const fsc__attribution *x = &p->at.v[k];
        if (x->kind == kind &&
            span_is(p, text, x->content_first_tok, x->content_last_tok,
                    content) &&
            span_is(p, text, x->src_first_tok, x->src_last_tok, src))
            n++;
    }
    return n;
}

/* «X со ссылкой на Y сообщил, что»: the verb is X's, the citation Y's,
 * two records with the same content */
static void test_ru_citing_subject(pipe *pp)
{
    static const char *const text =
        "Агентство «Северинформ» со ссылкой на источник в мэрии сообщило, "
        "что мост закроют.";
    if (!pipe_run(pp, text, "ru")) {
        th_failures++;
        return;
    }
    if (count_attr(pp, text, IND, "мост закроют", "Агентство «Северинформ»") !=
            1 ||
        count_attr(pp, text, ACC, "мост закроют", "источник в мэрии") != 1) {
        fprintf(stderr,
                "line %d: want the agency's report and its citation "
                "in: %s\n",
                __LINE__, text);
        dump(pp, text);
        th_failures++;
    }
}

/* a first-person belief in an interview answer is the speaker's report;
 * the writer's own «я считаю» is none */
static void test_ru_first_person_belief(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Корреспондент спросил тренера о планах.\n— Мы считаем, что "
            "команда готова к сезону.",
            "команда готова к сезону", PRONOUN, "Мы", NULL);
    NONE("ru", "Я считаю, что мост надо закрыть на ремонт.");
#undef p
}

/* a body's name with «по» closing the sentence after the verb (a body
 * with no person named: nominal) */
static void test_ru_source_tail(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru",
            "Об этом сообщила пресс-служба управления МЧС по Тверской "
            "области.",
            "Об этом", NOMINAL,
            "пресс-служба управления МЧС по Тверской области", NULL);
    /* a noun of a kind of body and its name in quotation marks */
    SPEAKER("ru",
            "Мост через реку закроют на два года, сообщило агентство "
            "«Северинформ».",
            "Мост через реку закроют на два года", NOMINAL,
            "агентство «Северинформ»", NULL);
    /* (a channel is no part of it) */
    SPEAKER("ru", "Мост закроют, сообщил глава района по телефону.",
            "Мост закроют", NOMINAL, "глава района", NULL);
#undef p
}

/* an adjective used as a noun of a person after an opening circumstance */
static void test_ru_substantive_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ru", "В суде обвиняемый заявил, что деньги ему подбросили.",
            "деньги ему подбросили", NOMINAL, "обвиняемый", NULL);
    SPEAKER("ru", "На допросе задержанная рассказала, что работала одна.",
            "работала одна", NOMINAL, "задержанная", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ru_evidence_object, test_ru_follows_from,
        test_ru_coord_subject,   test_ru_document_source,
        test_ru_more_cues,       test_ru_quoted_before,
        test_ru_citing_subject,  test_ru_first_person_belief,
        test_ru_source_tail,     test_ru_substantive_subject
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
