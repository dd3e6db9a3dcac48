/*
 * test_attrib_ar_times.c - Arabic time phrases next to the subject of a
 * verb-first or according-to cue («وقالت الشرطة مساء أمس إن», «بحسب ما
 * أعلنت الوزارة أمس», «وأكدت مساء الأربعاء الوزارة أن»): the time is no
 * part of the source (time_ar.c). Same pipeline as test_attrib.c.
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

int main(void)
{
    static const attrib_test tests[] = { test_ar_time_after_subject,
                                         test_ar_time_before_subject,
                                         test_ar_time_not };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
