/*
 * test_attrib_ru_report.c - Russian reports the cue alone does not frame:
 * evidence verbs with a noun-phrase object («Данные таможни показывают
 * рост импорта»), «следует из» without «как» («..., следует из данных»,
 * «Из отчета следует, что»), and the same verbs where they show nothing
 * reported.
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

int main(void)
{
    static const attrib_test tests[] = { test_ru_evidence_object,
                                         test_ru_follows_from };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
