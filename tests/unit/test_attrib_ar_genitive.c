/*
 * test_attrib_ar_genitive.c - an Arabic actor written with ل in the
 * genitive of a title after its adjectives («نائب الأمين العام لحزب الله
 * الشيخ X»): the person named after it is the speaker, not the actor
 * (genitive_ar.c); and a first name we have no list for before «بن»
 * in a title phrase is the person's, not his father's name after it
 * (ar_descent_start, names_ar.c). Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

static void test_ar_title_genitive_actor(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* an honorific before the name */
    SPEAKER("ar",
            "وقال نائب الأمين العام لحزب الله الشيخ نعيم قاسم إن المقاومة "
            "مستمرة.",
            "المقاومة مستمرة", NAMED,
            "نائب الأمين العام لحزب الله الشيخ نعيم قاسم", NULL);
    RNAME("ar",
          "وقال نائب الأمين العام لحزب الله الشيخ نعيم قاسم إن المقاومة "
          "مستمرة.",
          "المقاومة مستمرة", "نعيم قاسم");
    /* a title with an adjective, then a first name */
    RNAME("ar", "وأكد رئيس المكتب السياسي لحركة حماس خالد مشعل أن الحصار ظالم.",
          "الحصار ظالم", "خالد مشعل");
#undef p
}

static void test_ar_title_genitive_not(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* no name after the actor: the body the title speaks for */
    SPEAKER("ar", "وقال الأمين العام للأمم المتحدة إن الهجوم مدان.",
            "الهجوم مدان", NOMINAL, "للأمم المتحدة", NULL);
#undef p
}

/* «العميد مشبب بن محمد القحطاني»: the person is «مشبب», not «محمد». */
static void test_ar_descent_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    RNAME("ar",
          "وأوضح مدير المستشفى العميد مشبب بن محمد القحطاني أن العمل مستمر.",
          "العمل مستمر", "مشبب بن محمد القحطاني");
    /* two links */
    RNAME("ar",
          "وقال أمير المنطقة الأمير جلوي بن عبدالعزيز بن مساعد إن الأمن "
          "مستتب.",
          "الأمن مستتب", "جلوي بن عبدالعزيز بن مساعد");
    /* (a listed first name: as before) */
    RNAME("ar", "وقال المهندس محمد بن سالم الغامدي إن المشروع اكتمل.",
          "المشروع اكتمل", "محمد بن سالم الغامدي");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_title_genitive_actor,
                                         test_ar_title_genitive_not,
                                         test_ar_descent_name };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
