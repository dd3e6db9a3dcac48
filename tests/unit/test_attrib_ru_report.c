/*
 * test_attrib_ru_report.c - Russian reports the cue alone does not frame:
 * evidence verbs with a noun-phrase object («Данные таможни показывают
 * рост импорта»), and the same verbs where they show nothing reported.
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

int main(void)
{
    static const attrib_test tests[] = { test_ru_evidence_object };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
