/*
 * test_attrib_ar_asides.c - Arabic asides set off by a pair of dashes or
 * brackets right after the subject of a verb-first cue: a blessing, a
 * setting, an acronym or a relative clause. The name or the institution
 * before the aside is the subject, and what is reported opens after it
 * (after a complementizer, a colon or a quotation mark); a name in
 * brackets after a lone title is part of the subject. A long aside, or
 * a single dash, is not stepped over. Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

static void test_ar_asides(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a blessing between dashes, then a colon and the quotation */
    SPEAKER("ar", "قال رسول الله -صلى الله عليه وسلم-: «الدين النصيحة».",
            "الدين النصيحة", NAMED, "رسول الله", NULL);
    /* a relative clause between tatweels after an anonymous source */
    SPEAKER("ar", "وأضاف المصدر ـ الذي فضل عدم ذكر اسمه ـ أن الاجتماع تأجل.",
            "الاجتماع تأجل", ANON, "المصدر", NULL);
    /* a setting between dashes after a name we have no list for */
    SPEAKER("ar", "وأوضح كرستوفسكي – في مؤتمره الصحفي – أن الخطة جاهزة.",
            "الخطة جاهزة", NAMED, "كرستوفسكي", NULL);
    /* an acronym in brackets after an institution */
    SPEAKER("ar",
            "وأكدت وكالة الفضاء الأمريكية (ناسا) أن المسبار وصل إلى المريخ.",
            "المسبار وصل إلى المريخ", NOMINAL, "وكالة الفضاء الأمريكية", NULL);
    /* a blessing in brackets, then the complementizer */
    SPEAKER("ar", "وذكر الصحابي الجليل (رضي الله عنه) أن الصدق منجاة.",
            "الصدق منجاة", NOMINAL, "الصحابي الجليل", NULL);
    /* a lone title or noun of a body before a name in brackets: the name
     * is part of the subject */
    SPEAKER("ar", "وقالت هيئة (ميديكوم) إن الاستخدام زاد.", "الاستخدام زاد",
            NAMED, "هيئة (ميديكوم)", NULL);
    SPEAKER("ar", "وأكد المتحدث (الزهراني) أن التحقيق مستمر.", "التحقيق مستمر",
            NOMINAL, "المتحدث (الزهراني)", NULL);
    /* not a setting in brackets */
    SPEAKER("ar", "وقال المتحدث (في بيان) إن الطرق مغلقة.", "الطرق مغلقة",
            NOMINAL, "المتحدث", NULL);
    /* no aside: more than seven words between the dashes */
    SPEAKER("ar",
            "وقالت الهيئة العامة للإحصاء - وهي الجهة الرسمية المسؤولة عن "
            "البيانات في المملكة منذ سنوات - إن الأسعار ارتفعت.",
            "الأسعار ارتفعت", UNRES, NULL, NULL);
    /* no aside: a single dash before a place */
    SPEAKER("ar", "وأشار المدير - الرياض: إن الطلاب عادوا.", "الطلاب عادوا",
            UNRES, NULL, NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_asides };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
