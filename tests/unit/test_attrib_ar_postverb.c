/*
 * test_attrib_ar_postverb.c - Arabic verb-first cues whose object is a
 * demonstrative standing for what was reported before them («أوضح ذلك
 * X»): the subject after the demonstrative, and the sentence or clause
 * before as what is reported. Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* «أوضح ذلك X»: X is the subject, the sentence before is what X said. */
static void test_ar_this_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* an honorific in ة opens the subject after the demonstrative */
    SPEAKER("ar",
            "يفتتح المعرض الدولي للكتاب أبوابه يوم الأحد. أوضح ذلك سعادة "
            "مدير المعرض الأستاذ سالم القرني.",
            "يفتتح المعرض الدولي للكتاب أبوابه يوم الأحد", NAMED,
            "سعادة مدير المعرض الأستاذ سالم القرني", NULL);
    /* also with «أن» after it: the subject is read past «ذلك» */
    SPEAKER("ar",
            "يفتتح المعرض أبوابه غدا. وأكد ذلك سعادة الوزير الدكتور نايف "
            "الشهري أن الزوار كثر.",
            "الزوار كثر", NAMED, "سعادة الوزير الدكتور نايف الشهري", NULL);
    /* the lead paragraph, then the speaker opening the next one */
    RNAME("ar",
          "تطلق البلدية حملة لتشجير الأحياء الشمالية الأسبوع المقبل.\n\n"
          "أعلن ذلك رئيس البلدية المهندس فهد الدوسري، مشيرا إلى أن الحملة "
          "تستمر شهرا.",
          "تطلق البلدية حملة لتشجير الأحياء الشمالية الأسبوع المقبل",
          "فهد الدوسري");
    /* a cue after a comma reports the clause before it */
    RNAME("ar",
          "تشارك الجامعة في معرض الابتكار بعشرين مشروعا، أوضح ذلك "
          "وكيل الجامعة الدكتور ماجد العنزي.",
          "تشارك الجامعة في معرض الابتكار بعشرين مشروعا", "ماجد العنزي");
    /* no report after the subject: nothing from the words after it */
    NO_CONTENT("ar",
               "يفتتح المعرض أبوابه غدا. أكد ذلك الدكتور سامي العتيبي في "
               "تصريح صحفي.",
               "في تصريح صحفي");
#undef p
}

/* A demonstrative that opens the subject or the object is no object
 * standing for a report. */
static void test_ar_this_not_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* «ذلك المسؤول أن»: "that official" said it */
    SPEAKER("ar", "وأكد ذلك المسؤول أن المشروع تأخر.", "المشروع تأخر", NOMINAL,
            "ذلك المسؤول", NULL);
    /* «هذا» and a definite noun: one phrase */
    NO_CONTENT("ar", "كان الناس ينتظرون الجمعة. وينظرون ماذا يقول هذا الخطيب.",
               "كان الناس ينتظرون الجمعة");
    /* «فاستغربت هذا المنطق»: the object, no subject after it */
    NO_CONTENT("ar", "تأخرت المعاملة شهرا. فاستغربت هذا المنطق.",
               "تأخرت المعاملة شهرا");
#undef p
}

/* A phrase opening the sentence, a relative clause on it and a comma
 * before the verb: the phrase is the subject, not a noun of the clause. */
static void test_ar_relative_topic(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "الكاتب الدكتور ماجد القحطاني الذي يكتب في هذه الصحيفة، أشار "
            "إلى أن التعليم يحتاج إلى إصلاح.",
            "التعليم يحتاج إلى إصلاح", NAMED, "الكاتب الدكتور ماجد القحطاني",
            NULL);
    SPEAKER("ar",
            "الباحثة نورة السبيعي التي درست في جامعة الملك سعود، أكدت أن "
            "النتائج مشجعة.",
            "النتائج مشجعة", NAMED, "الباحثة نورة السبيعي", NULL);
    /* (a relative that disagrees with the verb: not its subject) */
    NO_NAMED("ar", "الطالب سامي الحربي الذي زار المعرض، قالت إن الزوار كثر.");
#undef p
}

/* A plural participle with a possessive pronoun right after the verb is
 * its subject: «ويقول منتقدوها», «وقال مطوروها». */
static void test_ar_possessed_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "أقرت البلدية خطة النقل الجديدة. ويقول منتقدوها إن الخطة مكلفة.",
            "الخطة مكلفة", NOMINAL, "منتقدوها", NULL);
    SPEAKER("ar", "وقال مطوروها إن اللعبة ستصدر في الربيع.",
            "اللعبة ستصدر في الربيع", NOMINAL, "مطوروها", NULL);
#undef p
}

/* A first name of the shape of a verbal noun («إيمان», «إيناس») after the
 * verb opens the subject's name, no object. */
static void test_ar_masdar_first_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وأفادت إيمان الزهراني مدربة المهارات الحياتية، بأن الدورة "
            "تستمر أسبوعا.",
            "الدورة تستمر أسبوعا", NAMED,
            "إيمان الزهراني مدربة المهارات الحياتية", NULL);
    SPEAKER("ar", "وقالت إيناس الحربي إن المعرض يفتح غدا.", "المعرض يفتح غدا",
            NAMED, "إيناس الحربي", NULL);
#undef p
}

/* «لكن» (but) or «فإن» and the subject before the verb: «لكن الوزير قال
 * إن», «...، فإن الوزير قال إن». */
static void test_ar_lakin_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "ارتفعت الأسعار هذا الشهر لكن وزارة التجارة أكدت أن المخزون "
            "كاف.",
            "المخزون كاف", NOMINAL, "وزارة التجارة", NULL);
    SPEAKER("ar",
            "وقال رامون إن الفريق جاهز. وخسر الفريق المباراة الأولى، لكن "
            "رامون قال إن اللاعبين تحسنوا.",
            "اللاعبين تحسنوا", NAMED, "رامون", NULL);
    /* (a circumstance after «لكن» is no subject) */
    SPEAKER("ar",
            "وقال الوزير إن الخطة جاهزة، لكن في الوقت نفسه أكد أن التنفيذ "
            "يحتاج وقتا.",
            "التنفيذ يحتاج وقتا", DROPPED, NULL, "الوزير");
    /* «فإن» after a condition or a concession, the same */
    SPEAKER("ar",
            "وقال رئيس البلدية إن الشوارع نظيفة. وإذا كانت الأمطار غزيرة، "
            "فإن الدفاع المدني يؤكد أن السدود آمنة.",
            "السدود آمنة", NOMINAL, "الدفاع المدني", NULL);
    SPEAKER("ar",
            "وقال رئيس البلدية إن الشوارع نظيفة. ورغم أن الأمطار غزيرة، فان "
            "المهندس سعد قال إن السدود آمنة.",
            "السدود آمنة", NAMED, "المهندس سعد", NULL);
    /* «فإن» right after a word, a definite word or a title after it */
    SPEAKER("ar",
            "وقال المدير إن الأرباح زادت. وفي المقابل فإن وزير المالية أكد "
            "أن العجز كبير.",
            "العجز كبير", NOMINAL, "وزير المالية", NULL);
    SPEAKER("ar",
            "وقال المدير إن الأرباح زادت. ومع ذلك فإن النقابة ترى أن الأجور "
            "قليلة.",
            "الأجور قليلة", NOMINAL, "النقابة", NULL);
    /* (not the «van» of a Dutch name) */
    SPEAKER("ar", "وكان لويس فان جال أكد أن اللاعبين تعبوا.", "اللاعبين تعبوا",
            NAMED, "لويس فان جال", NULL);
#undef p
}

/* A dash opening an item of a list and the subject before the verb: «-
 * رئيس النادي أكد أن». */
static void test_ar_dash_item_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "- رئيس لجنة الحكام السابق أعلن هذا الخطأ في حسابه الشخصي.",
            "هذا الخطأ في حسابه الشخصي", NOMINAL, "رئيس لجنة الحكام السابق",
            NULL);
    SPEAKER("ar",
            "وقال المدرب إن الفريق جاهز.\n- مدير الكرة أكد أن العقود جددت.",
            "العقود جددت", NOMINAL, "مدير الكرة", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ar_this_object,       test_ar_this_not_object,
        test_ar_relative_topic,    test_ar_possessed_subject,
        test_ar_masdar_first_name, test_ar_lakin_subject,
        test_ar_dash_item_subject
    };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
