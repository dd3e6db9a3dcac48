/*
 * test_attrib_ar_nominal.c - Arabic nominal reports: a verbal noun of
 * saying or believing with its holder (a possessive pronoun or a genitive
 * phrase) and «أن»/«إن»/«بأن» after it reports what follows; without a
 * holder or a complementizer it reports nothing. Same pipeline as
 * test_attrib.c.
 */
#include "attrib_expect.h"

/* The possessor is the source: a pronoun suffix resolved like a pronoun,
 * the phrase after «عن» it stands for, or a genitive phrase. */
static void test_ar_nominal_reports(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "قال المدير خالد العمري إن المشروع سيكتمل قريبا. وجاء ذلك بعد "
            "تأكيده أن الميزانية كافية.",
            "الميزانية كافية", PRONOUN, "تأكيده", "المدير خالد العمري");
    SPEAKER("ar",
            "ونقلت الصحيفة عن المتحدث باسم الشرطة قوله إن الحادث وقع ليلا.",
            "الحادث وقع ليلا", NOMINAL, "المتحدث باسم الشرطة", NULL);
    SPEAKER("ar", "وارتفعت الأسهم أمس رغم قول الخبراء إن الأسعار ستنخفض.",
            "الأسعار ستنخفض", NOMINAL, "الخبراء", NULL);
    SPEAKER("ar",
            "وزاد الإقبال على العيادات بعد تأكيد وزارة الصحة على أن اللقاح "
            "آمن.",
            "اللقاح آمن", NOMINAL, "وزارة الصحة", NULL);
    SPEAKER("ar", "واشترت الأسرة المنزل لاعتقادها بأن الأسعار سترتفع قريبا.",
            "الأسعار سترتفع قريبا", PRONOUN, "لاعتقادها", NULL);
    SPEAKER("ar", "وأغلقت المدارس بعد تحذير الأطباء من أن المرض ينتشر بسرعة.",
            "المرض ينتشر بسرعة", NOMINAL, "الأطباء", NULL);
    /* a relative clause after the phrase of «عن», with a preposition of
     * its own, is no part of it */
    SPEAKER("ar",
            "ونقلت الوكالة عن مدير الدفاع المدني الذي وصل إلى الموقع قوله "
            "إن الحريق أخمد.",
            "الحريق أخمد", NOMINAL, "مدير الدفاع المدني", NULL);
    /* «إن» may open a quotation after the noun */
    SPEAKER("ar",
            "ونقلت الصحيفة عن المهندس سامي الغامدي قوله \"إن المشروع "
            "سيكتمل قبل نهاية العام\".",
            "إن المشروع سيكتمل قبل نهاية العام", NAMED, "المهندس سامي الغامدي",
            NULL);
    /* «بقوله» (by saying): the clause's subject, not a phrase after «عن» */
    SPEAKER("ar",
            "وتحدث التاجر سالم الحربي عن الأسعار بقوله إن النقل لا يتأثر "
            "بالمواسم.",
            "النقل لا يتأثر بالمواسم", PRONOUN, "بقوله", "سالم الحربي");
    /* the subject a title opens after the clause's verb holds the noun,
     * not the speaker before it */
    SPEAKER("ar",
            "وقال الرئيس خالد العمري إن الاقتصاد قوي. وجدد رئيس الوزراء "
            "تحذيره من أن الأزمة ستطول.",
            "الأزمة ستطول", PRONOUN, "تحذيره", "رئيس الوزراء");
    SPEAKER("ar",
            "وقال الرئيس خالد العمري إن الاقتصاد قوي. وجددت الوزارة في ختام "
            "الاجتماع تأكيدها أن الميزانية كافية.",
            "الميزانية كافية", PRONOUN, "تأكيدها", "الوزارة");
    /* the phrase after «عن» with the person's place and a name with
     * «علي» in it */
    SPEAKER("ar",
            "ونقلت الصحيفة عن مدير الشؤون المالية في الشركة قوله إن "
            "الأرباح زادت.",
            "الأرباح زادت", NAMED, "مدير الشؤون المالية في الشركة", NULL);
    SPEAKER("ar", "ونقلت الوكالة عن محمد علي الحربي قوله إن الطريق مغلق.",
            "الطريق مغلق", NAMED, "محمد علي الحربي", NULL);
    /* the content is the holder's, not the writer's */
    VOICE("ar", "وارتفعت الأسهم أمس رغم قول الخبراء إن الأسعار ستنخفض.",
          "ستنخفض", ATTR, "named");
#undef p
}

/* No holder, no complementizer, or another clause between: no report. */
static void test_ar_nominal_none(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ar", "وكان قوله في الاجتماع مفيدا للجميع.");
    NONE("ar", "ولكن الخطأ بالتأكيد هو الاعتقاد بأن الأسعار ستنخفض.");
    NONE("ar", "ومنذ إعلان الاتفاق بدا أن الأسواق هادئة.");
    NONE("ar", "واختتم المدير تصريحه بالدعاء أن يحفظ الله البلاد.");
    /* a genitive that is no one who speaks is the noun's object, and a
     * complementizer is a whole word («فإنها», «الآن» are not «أن») */
    NONE("ar", "وبعد إعلان الاتفاق بأنه نهائي بدأت الاحتفالات.");
    NONE("ar", "وإن لوحت بإشارة النصر فإنها خسرت المعركة.");
    NONE("ar", "وكان لا بد من إعلانه الآن، حيث أن الموعد اقترب.");
    /* a title after a name or of the other gender is no subject of the
     * noun's holder: the person named before */
    SPEAKER("ar",
            "والتقى المدير خالد العمري بالوزير الجديد وجدد تأكيده أن العمل "
            "مستمر.",
            "العمل مستمر", PRONOUN, "تأكيده", "خالد العمري");
    SPEAKER("ar",
            "وزار المدير خالد العمري مقر الوزارة وجدد تأكيده أن العمل "
            "مستمر.",
            "العمل مستمر", PRONOUN, "تأكيده", "خالد العمري");
    NO_CONTENT("ar",
               "وعند إعلاننا الخدمة الجديدة غضب الناس بأن الأسعار مرتفعة.",
               "الأسعار مرتفعة");
#undef p
}

/* A report taken from someone named after «عن»: what the noun reports may
 * follow a circumstance, a colon or a quotation; the phrase after «عن»
 * holds an anonymous source's words, an apposition between commas or an
 * aside between dashes. */
static void test_ar_nominal_from(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "ونقلت الوكالة عن وزير النقل قوله الأربعاء إن الطريق سيفتح "
            "قريبا.",
            "الطريق سيفتح قريبا", NOMINAL, "وزير النقل", NULL);
    SPEAKER("ar",
            "ونقلت الصحيفة عن مديرة المدرسة قولها في مؤتمر صحفي إن الدراسة "
            "تبدأ غدا.",
            "الدراسة تبدأ غدا", NOMINAL, "مديرة المدرسة", NULL);
    SPEAKER("ar", "ونقل الموقع عن رئيس النادي قوله: إن الفريق جاهز للمباراة.",
            "الفريق جاهز للمباراة", NOMINAL, "رئيس النادي", NULL);
    SPEAKER("ar", "ونقلت الإذاعة عن قائد الشرطة قوله: \"الوضع تحت السيطرة\".",
            "الوضع تحت السيطرة", NOMINAL, "قائد الشرطة", NULL);
    SPEAKER("ar",
            "ونقلت الوكالة عن مصادر مطلعة على الملف قولها إن الاتفاق قريب.",
            "الاتفاق قريب", ANON, "مصادر مطلعة على الملف", NULL);
    SPEAKER("ar",
            "ونقلت الصحيفة عن سالم الحربي، مدير الشركة، قوله إن الأرباح "
            "زادت.",
            "الأرباح زادت", NAMED, "سالم الحربي، مدير الشركة", NULL);
    SPEAKER("ar",
            "ونقلت الوكالة عن مصدر أمني - طلب عدم ذكر اسمه - قوله إن الهجوم "
            "فشل.",
            "الهجوم فشل", ANON, "مصدر أمني - طلب عدم ذكر اسمه", NULL);
    /* a noun with و after a comma opens a clause of its own: the pronoun
     * goes back to the person named before */
    SPEAKER("ar",
            "وابتعد اللاعب سالم الحربي عن الفريق، وقوله إن المدرب ظلمه غير "
            "صحيح.",
            "المدرب ظلمه غير صحيح", PRONOUN, "وقوله", "سالم الحربي");
    /* a citation of scripture, and another clause before «لأن», report
     * nothing of the phrase after «عن» */
    NONE("ar", "وهذا خروج عن تعاليم الدين الحنيف وقوله تعالى: \"ولا تقتلوا "
               "أنفسكم\".");
    NONE("ar", "ونقلت الوكالة عن وزير النقل قوله وهو يغادر القاعة، لأن الطريق "
               "مغلق.");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_nominal_reports,
                                         test_ar_nominal_none,
                                         test_ar_nominal_from };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
