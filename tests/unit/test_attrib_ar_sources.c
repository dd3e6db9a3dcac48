/*
 * test_attrib_ar_sources.c - Arabic sources that are no person's name: a
 * title with the organisation in its genitive chain (ل + the article,
 * «للهيئة», «للتعليم»), the addressee of a verb of calling on, and a
 * document or a newspaper as the source. Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* A title and its genitive chain with ل-attached nouns is one nominal
 * source; resolved_to is the whole phrase, not its last word. */
static void test_ar_title_chain(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وقال مدير عام المؤسسة العامة للموانئ إن الرصيف جاهز.",
            "الرصيف جاهز", NOMINAL, "مدير عام المؤسسة العامة للموانئ", NULL);
    RNAME("ar", "وقال مدير عام المؤسسة العامة للموانئ إن الرصيف جاهز.",
          "الرصيف جاهز", "مدير عام المؤسسة العامة للموانئ");
    SPEAKER("ar", "رئيس الجمعية الوطنية للمتقاعدين أكد أن الرواتب ستصرف غدا.",
            "الرواتب ستصرف غدا", NOMINAL, "رئيس الجمعية الوطنية للمتقاعدين",
            NULL);
    RNAME("ar", "وأوضح المتحدث الرسمي للهيئة العامة للإحصاء أن البطالة تراجعت.",
          "البطالة تراجعت", "المتحدث الرسمي للهيئة العامة للإحصاء");
    /* (the person named after the chain is still the speaker) */
    RNAME("ar",
          "وقال مدير عام المؤسسة العامة للموانئ المهندس سامي الحربي إن "
          "الرصيف جاهز.",
          "الرصيف جاهز", "سامي الحربي");
    /* (a family name with ل right after the cue stays a name) */
    SPEAKER("ar", "ووفقا للعتيبي، فإن الرصيف جاهز.", "الرصيف جاهز", NAMED,
            "للعتيبي", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_title_chain };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
