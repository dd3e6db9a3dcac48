/*
 * test_attrib_ar_times.c - Arabic time phrases next to the subject of a
 * verb-first or according-to cue («وقالت الشرطة مساء أمس إن», «بحسب ما
 * أعلنت الوزارة أمس», «وأكدت مساء الأربعاء الوزارة أن»): the time is no
 * part of the source (time_ar.c), nor of what is reported with no «أن»
 * («أعلنت الوزارة الثلاثاء ضبط ...»). Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* A time after the subject ends it; the source is the words before. */
static void test_ar_time_after_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a weekday that is also a family name, after a definite word */
    SPEAKER("ar",
            "وقالت الهيئة العامة للطيران المدني الخميس إن الرحلات عادت إلى "
            "مواعيدها.",
            "الرحلات عادت إلى مواعيدها", NAMED, "الهيئة العامة للطيران المدني",
            NULL);
    /* a span of time with «الماضي» */
    SPEAKER("ar", "وأعلن البنك المركزي الأسبوع الماضي أن التضخم تراجع.",
            "التضخم تراجع", NOMINAL, "البنك المركزي", NULL);
    /* a part of the day before «أمس» */
    SPEAKER("ar", "وقالت الشرطة مساء أمس إن الحريق أخمد.", "الحريق أخمد",
            NOMINAL, "الشرطة", NULL);
    RNAME("ar", "وقالت الشرطة مساء أمس إن الحريق أخمد.", "الحريق أخمد",
          "الشرطة");
    /* after an according-to cue, «أمس» closing the sentence */
    SPEAKER("ar",
            "وارتفعت أسعار الخضار بنسبة ثلاثة في المائة، بحسب ما أعلنت "
            "وزارة الزراعة أمس.",
            "وارتفعت أسعار الخضار بنسبة ثلاثة في المائة", NOMINAL,
            "وزارة الزراعة", NULL);
    RNAME("ar",
          "وارتفعت أسعار الخضار بنسبة ثلاثة في المائة، بحسب ما أعلنت "
          "وزارة الزراعة أمس.",
          "وارتفعت أسعار الخضار بنسبة ثلاثة في المائة", "وزارة الزراعة");
#undef p
}

/* A time between the cue and its subject is stepped over. */
static void test_ar_time_before_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وأكدت مساء الأربعاء وزارة الصحة أن الحالات انخفضت.",
            "الحالات انخفضت", NOMINAL, "وزارة الصحة", NULL);
#undef p
}

/* Words that look like a time and are part of the subject. */
static void test_ar_time_not(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a family name after a first name */
    SPEAKER("ar", "وقال إبراهيم الخميس إن المهرجان ناجح.", "المهرجان ناجح",
            NAMED, "إبراهيم الخميس", NULL);
    /* «صباح» the first name, no part of a day */
    SPEAKER("ar", "وقال الشيخ صباح الأحمد إن الوحدة الخليجية ضرورة.",
            "الوحدة الخليجية ضرورة", NAMED, "الشيخ صباح الأحمد", NULL);
    /* a weekday in the genitive of a bare noun */
    SPEAKER("ar",
            "يؤدي المصلون الصلاة في الجامع الكبير. وقال خطباء الجمعة إن "
            "الأمن نعمة.",
            "الأمن نعمة", NAMED, "خطباء الجمعة", NULL);
    /* a document issued then by a body keeps the body */
    SPEAKER("ar", "ووفقا لبيان صادر أمس عن وزارة التجارة فإن الأسعار ثابتة.",
            "الأسعار ثابتة", NAMED, "لبيان صادر أمس عن وزارة التجارة", NULL);
#undef p
}

/* A time after the subject with no «أن» after it is no part of what is
 * reported: the content starts after it (ar_time_content_start). */
static void test_ar_time_content(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "أعلنت إدارة المرور الثلاثاء إغلاق الطريق الساحلي مؤقتا.",
            "إغلاق الطريق الساحلي مؤقتا", NOMINAL, "إدارة المرور", NULL);
    NO_CONTENT("ar", "أعلنت إدارة المرور الثلاثاء إغلاق الطريق الساحلي مؤقتا.",
               "الثلاثاء إغلاق الطريق الساحلي مؤقتا");
    /* «أمس» and a verb of denial */
    SPEAKER("ar", "ونفت الشركة أمس وجود خلل في أنظمتها.", "وجود خلل في أنظمتها",
            NOMINAL, "الشركة", NULL);
    /* the day again in brackets and a comma, then «عن» */
    SPEAKER("ar", "أعلنت هيئة الأرصاد اليوم (الأحد)، عن موجة حر تمتد أسبوعا.",
            "موجة حر تمتد أسبوعا", NOMINAL, "هيئة الأرصاد", NULL);
#undef p
}

/* A time that is no circumstance of the report stays in what is said. */
static void test_ar_time_content_not(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the subject of a clause of its own («اليوم قد يشهد») */
    NO_CONTENT("ar",
               "وقال تجار إن الأسعار مرتفعة. وقال متعاملون اليوم قد "
               "يشهد تراجعا في الطلب.",
               "قد يشهد تراجعا في الطلب");
    /* with «أن» the content starts after it as before */
    SPEAKER("ar", "وأعلنت الوزارة أمس أن المدارس تفتح أبوابها.",
            "المدارس تفتح أبوابها", NOMINAL, "الوزارة", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_time_after_subject,
                                         test_ar_time_before_subject,
                                         test_ar_time_not, test_ar_time_content,
                                         test_ar_time_content_not };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
