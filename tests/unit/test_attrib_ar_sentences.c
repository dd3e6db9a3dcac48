/*
 * test_attrib_ar_sentences.c - Arabic sentences joined without a space:
 * a full stop glued between two words ends the sentence, so the cue after
 * it opens the next one and reports what follows; the stops of Latin
 * initials spelt out in Arabic («بي.بي.سي») end none; a cue after a comma
 * and «كما» ("as the ministry announced") reports the clause before it,
 * one after «إذ» or «حيث» what follows it.
 * Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

static void test_ar_glued_stops(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a verb-first cue right after the glued stop, with its subject */
    SPEAKER("ar",
            "ارتفعت أرباح الشركة هذا العام.وأوضح المدير خالد العمري أن "
            "المبيعات زادت.",
            "المبيعات زادت", NAMED, "المدير خالد العمري", NULL);
    /* a dropped subject continues the speaker of the sentence before */
    SPEAKER("ar",
            "وقال الوزير سالم الحربي إن الميزانية كافية.وتابع: \"الأسعار "
            "مستقرة\"",
            "الأسعار مستقرة", DROPPED, NULL, "الوزير سالم الحربي");
    /* the content of the first sentence ends at the stop */
    ATTR("ar", "وأكد المتحدث خالد العمري أن الطقس معتدل.وأضاف أن الرياح خفيفة.",
         "الطقس معتدل", IND, "named", "المتحدث خالد العمري", "وأكد");
    /* the initials of a channel are one name inside the sentence */
    ATTR("ar", "وقال سالم الحربي المحلل في بي.في.إم إن الأسعار سترتفع.",
         "الأسعار سترتفع", IND, "named", "سالم الحربي المحلل", "وقال");
#undef p
}

/* «...، كما أعلنت الوزارة.»: "as the ministry announced" */
static void test_ar_kama(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar",
         "أغلقت السلطات الطرق المؤدية إلى المدينة بسبب السيول، كما أعلنت "
         "وزارة الداخلية أمس.",
         "أغلقت السلطات الطرق المؤدية إلى المدينة بسبب السيول", IND, "named",
         "وزارة الداخلية", "أعلنت");
    /* the channel after the source, a participle after its comma */
    SPEAKER("ar",
            "تراجعت أسعار الذهب في الأسواق خلال الأسبوع الماضي، كما قال "
            "المحلل سامر الخطيب لـ«الاقتصادية»، مشيرا إلى أن الطلب ضعيف.",
            "تراجعت أسعار الذهب في الأسواق خلال الأسبوع الماضي", NAMED,
            "المحلل سامر الخطيب", NULL);
    /* «كما» = "also": the verb has its object after the subject */
    NO_CONTENT("ar",
               "ارتفعت أسعار النفط في الأسواق العالمية، كما أدانت الجامعة "
               "العربية الهجوم على الناقلة.",
               "ارتفعت أسعار النفط في الأسواق العالمية");
    NO_CONTENT("ar",
               "تراجعت صادرات البلاد خلال الربع الأول، كما أعلنت الحكومة في "
               "وقت سابق، خفض الرسوم الجمركية.",
               "تراجعت صادرات البلاد خلال الربع الأول");
    /* a comma alone opens a clause of its own: the object after the verb
     * is no subject */
    NO_NAMED("ar", "عرض الوزير مشروع القانون على هيئة مراقبة الدستور، وأكدت "
                   "دستورية الفصول.");
#undef p
}

/* «...، إذ اعترف X», «...، حيث قالت: «...»»: a conjunction before the
 * verb opens a clause of its own, whose cue reports what follows it; the
 * words and the quotation before it are no content of a postposed cue */
static void test_ar_clause_head(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar",
         "وجاء هذا الاعتراف في برنامج تلفزيوني، إذ اعترف القيادي سالم "
         "الحربي، بهزائم جماعته في المحافظة.",
         "بهزائم جماعته في المحافظة", IND, "named", "القيادي سالم الحربي",
         "اعترف");
    ATTR("ar",
         "وبعد ذلك فتح المجال لأسئلة الصحفيين في المؤتمر، حيث أجاب "
         "المتحدث خالد العمري، على سؤال حول خطط الوزارة.",
         "على سؤال حول خطط الوزارة", IND, "named", "المتحدث خالد العمري",
         "أجاب");
    SEGMENTS("ar",
             "وصدر للكاتبة كتاب بعنوان «الطريق إلى المستقبل»، حيث قالت: "
             "«أقترح أن نبدأ من الآن».",
             1, "أقترح أن نبدأ من الآن", DIR, 0, NULL);
    /* the content before it ends before the conjunction */
    ATTR("ar",
         "استنكر مشايخ المنطقة التفجير الآثم، حيث استنكر مدير الفرع سالم "
         "الحربي العمل الإجرامي.",
         "التفجير الآثم", IND, "named", "مشايخ المنطقة", "استنكر");
    /* without the conjunction the quotation before the cue is its own */
    ATTR("ar", "«الأسعار مستقرة تماما»، قال الوزير خالد العمري.",
         "الأسعار مستقرة تماما", DIR, "named", "الوزير خالد العمري", "قال");
#undef p
}

/* «أن ...، وأن ...»: a report right after «وأن»/«وإن» stands in a further
 * that-clause of the same content, which goes on over it; a clause of its
 * own after the comma still ends it */
static void test_ar_and_that(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar",
         "وصرح محافظ البنك أن المملكة أصدرت سندات هذا العام لتمويل العجز، "
         "وإنها تتوقع زيادة الاقتراض.",
         "المملكة أصدرت سندات هذا العام لتمويل العجز، وإنها تتوقع زيادة "
         "الاقتراض",
         IND, "named", "محافظ البنك", "وصرح");
    ATTR("ar",
         "وقال المستشار سالم الحربي إنه يشترط للتحكيم أن تكون القضية "
         "تجارية، وأن يتفق الأطراف على ذلك.",
         "يشترط للتحكيم أن تكون القضية تجارية، وأن يتفق الأطراف على ذلك", IND,
         "named", "المستشار سالم الحربي", "وقال");
    ATTR("ar", "وقال الوزير إن الخطة جاهزة، وأكد المدير أن العمل مستمر.",
         "الخطة جاهزة", IND, "named", "الوزير", "وقال");
    /* a relative clause on the subject comes before the complementizer
     * that opens the content */
    ATTR("ar", "وأوضحت الدراسة التي نشرت أمس أن النوم مفيد للذاكرة.",
         "النوم مفيد للذاكرة", IND, "named", "الدراسة", "وأوضحت");
    ATTR("ar",
         "وأكد الرئيس، الذي يزور البلاد حاليا، في مؤتمر صحافي أن الاتفاق "
         "قريب.",
         "الاتفاق قريب", IND, "named", "الرئيس", "وأكد");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_glued_stops, test_ar_kama,
                                         test_ar_clause_head,
                                         test_ar_and_that };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
