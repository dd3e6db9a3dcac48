/*
 * test_attrib_ar_first.c - Arabic speakers the nearest third person does
 * not give: the writer's own «فقلت له», «أقول إن». Same pipeline as
 * test_attrib.c.
 */
#include "attrib_expect.h"

/* The writer speaks in the first person: a pronoun source (the pronoun is
 * in the verb), not resolved to the person named before. */
static void test_ar_first_person(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "زرت المهندس فهد القحطاني في مزرعته. وقال إن الموسم جيد. فقلت "
            "له: «هل يكفي الماء حتى الصيف؟».",
            "هل يكفي الماء حتى الصيف؟", PRONOUN, NULL, NULL);
    SPEAKER("ar",
            "تحدث الوزير خالد المنصور عن الميزانية طويلا. وقلت لهم إن "
            "الأرقام تحتاج إلى مراجعة.",
            "الأرقام تحتاج إلى مراجعة", PRONOUN, NULL, NULL);
    SPEAKER("ar",
            "قال الوزير خالد المنصور إن الطرق ستفتح قريبا. وأقول إن الوعود "
            "لم تعد تكفي.",
            "الوعود لم تعد تكفي", PRONOUN, NULL, NULL);
    SPEAKER("ar", "ونحن في هذه الصحيفة نقول: إن حماية المستهلك مسؤولية الجميع.",
            "حماية المستهلك مسؤولية الجميع", PRONOUN, NULL, NULL);
    /* a dropped subject after the writer's words goes back to the third
     * person, past them */
    SPEAKER("ar",
            "قال الوزير خالد المنصور إن الطرق ستفتح قريبا. فقلت له إن "
            "الناس ينتظرون. فأضاف أن العمل يجري ليلا ونهارا.",
            "العمل يجري ليلا ونهارا", DROPPED, NULL, "الوزير خالد المنصور");
    /* «قلّت» (decreased) is no report */
    NONE("ar", "وقلت الأمطار في المنطقة هذا العام بشكل واضح.");
    /* inside a quotation the verb is the quoted speaker's own: no record
     * of the writer */
    NO_CONTENT("ar",
               "وقال الوزير خالد المنصور: «قلت لهم إن الموعد ثابت ولن "
               "يتغير».",
               "الموعد ثابت ولن يتغير");
    /* after a colon the words are the speaker's whom it introduces */
    NO_CONTENT("ar", "وأضاف الوزير خالد المنصور: قلت للمقاولين إن الموعد ثابت.",
               "الموعد ثابت");
#undef p
}

/* A bare indefinite noun heading its own construct after a definite
 * phrase is the verb's object: the participle continues the phrase
 * before it. */
static void test_ar_object_after_phrase(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "أعلنت وزارة الصحة بدء تطبيق النظام الجديد، مبينة أن النظام "
            "سيطبق على المستشفيات.",
            "النظام سيطبق على المستشفيات", DROPPED, NULL, "وزارة الصحة");
    SPEAKER("ar",
            "أعلنت هيئة الطيران المدني بدء تشغيل الصالة الجديدة، مشيرة إلى "
            "أن الرحلات لن تتأثر.",
            "الرحلات لن تتأثر", DROPPED, NULL, "هيئة الطيران المدني");
    /* (a name after a title stays in the subject) */
    SPEAKER("ar", "وقال وزير الصحة سالم الحربي إن الحالات مستقرة.",
            "الحالات مستقرة", NAMED, "وزير الصحة سالم الحربي", NULL);
#undef p
}

/* A dropped subject no earlier speaker fits: the nearest person of the
 * verb's gender named before it, also inside what another reported. */
static void test_ar_dropped_person(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "التقى الوزير خالد المنصور بالسفيرة سارة الحربي. وقالت إن "
            "العلاقات متينة.",
            "العلاقات متينة", DROPPED, NULL, "سارة الحربي");
    SPEAKER("ar",
            "ذكرت وكالة الأنباء أن الوزير خالد المنصور افتتح المعرض. وقال "
            "إن المعرض يضم مئة شركة.",
            "المعرض يضم مئة شركة", DROPPED, NULL, "خالد المنصور");
    /* (a first name after an indefinite noun is a word: «مبادئ حسن
     * الجوار» is good-neighbourliness, no person) */
    SPEAKER("ar",
            "ودعت القمة إلى احترام مبادئ حسن الجوار. وقال إن الحوار ضروري.",
            "الحوار ضروري", DROPPED, NULL, NULL);
    /* «وأضاف» goes on with the newest speaker, past a newer subject that
     * reported nothing; not past one who gave a speech */
    SPEAKER("ar",
            "قال الوزير خالد المنصور إن الطرق جاهزة.\nوافتتح المدير سالم "
            "الحربي المعرض بحضور المسؤولين.\nوأضاف أن الحملة تستمر شهرا.",
            "الحملة تستمر شهرا", DROPPED, NULL, "الوزير خالد المنصور");
    SPEAKER("ar",
            "قال الوزير خالد المنصور إن الطرق جاهزة. ثم ألقى المدير سالم "
            "الحربي كلمة بالمناسبة. وأضاف أن الحملة تستمر شهرا.",
            "الحملة تستمر شهرا", DROPPED, NULL, "المدير سالم الحربي");
#undef p
}

/* A quotation after the subject of «اعتبر»/«وصف» is the predicate it
 * gives its object: what is reported, in the reported voice; a plural
 * verb has no subject after it. */
static void test_ar_predicate(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وتواجه اللائحة انتقادات، إذ تعتبرها أغلب الجمعيات المهنية «حبرا "
            "على ورق»، مضيفة أنها لم تطبق.",
            "حبرا على ورق", NOMINAL, "أغلب الجمعيات المهنية", NULL);
    VOICE("ar",
          "وتواجه اللائحة انتقادات، إذ تعتبرها أغلب الجمعيات المهنية «عديمة "
          "الجدوى»، مضيفة أنها لم تطبق.",
          "الجدوى", ATTR, "named");
    /* a plural verb has no subject after it: the noun there is its
     * object, the subject is dropped («وطالبوا البلدية بـ») */
    SPEAKER("ar",
            "وقال صحفيون إن الأمطار غزيرة، وطالبوا البلدية بسرعة فتح "
            "الطرق.",
            "البلدية بسرعة فتح الطرق", DROPPED, NULL, "صحفيون");
    SPEAKER("ar", "وقال المواطنون إن الأسعار مرتفعة. وطالبوا الوزارة بالتدخل.",
            "الوزارة بالتدخل", DROPPED, NULL, "المواطنون");
#undef p
}

/* An honorific and the words after it name a person; the honorific is
 * no part of the name. */
static void test_ar_honorific(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "أشاد الدكتور بوب ألمر بجهود الجامعة. وقال إن البرنامج طموح.",
            "البرنامج طموح", DROPPED, NULL, "الدكتور بوب ألمر");
    RNAME("ar", "أشاد الدكتور بوب ألمر بجهود الجامعة. وقال إن البرنامج طموح.",
          "البرنامج طموح", "بوب ألمر");
    TITLE("ar", "وقالت المهندسة لوريتا فاغ إن المشروع اكتمل.", "المشروع اكتمل",
          "لوريتا فاغ");
    /* «المتحدث باسم الوزارة», «مدير عام الشؤون الصحية»: a title and its
     * genitive, no person's name in it («باسم» is "on behalf of", «عام»
     * "general") */
    SPEAKER("ar", "وأكد المتحدث باسم وزارة النقل أن الطريق سيفتح غدا.",
            "الطريق سيفتح غدا", NOMINAL, "المتحدث باسم وزارة النقل", NULL);
    SPEAKER("ar", "وقال مدير عام الشؤون البلدية إن الحدائق جاهزة.",
            "الحدائق جاهزة", NOMINAL, "مدير عام الشؤون البلدية", NULL);
    /* ب + a place or a body after a title says where the office is: part
     * of the subject («بالمنطقة», «بمنطقة تبوك»), and no name */
    SPEAKER("ar", "وقال مدير المرور بالمحافظة إن الطريق مزدحم.", "الطريق مزدحم",
            NOMINAL, "مدير المرور بالمحافظة", NULL);
    SPEAKER("ar", "وقال مدير عام التعليم بمنطقة تبوك إن المدارس جاهزة.",
            "المدارس جاهزة", NOMINAL, "مدير عام التعليم بمنطقة تبوك", NULL);
    /* (ب + a noun that is no place after an institution: the object) */
    SPEAKER("ar", "وطالبت الوزارة بسرعة إصلاح الطريق.", "بسرعة إصلاح الطريق",
            NOMINAL, "الوزارة", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_first_person,
                                         test_ar_object_after_phrase,
                                         test_ar_dropped_person,
                                         test_ar_predicate, test_ar_honorific };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
