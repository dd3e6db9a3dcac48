/*
 * test_attrib_ar_relative.c - Arabic cue verbs right after a relative
 * pronoun («الذي», «التي», «الذين», also with و and after a comma or a dash):
 * the name before the pronoun, with its title, is the subject when the verb
 * agrees with the pronoun; a verb that does not agree has its own
 * subject after it («الذي أكدت الحكومة»), except a masculine verb and a
 * resumptive pronoun after «التي» («تصريحات الوزير التي قال فيها»).
 * Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

static void test_ar_relative(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the name before the relative, with its title */
    SPEAKER("ar",
            "ورحم الله الكاتب سعيد الناصر الذي وصف المدينة بأنها قلب البلاد.",
            "قلب البلاد", NAMED, "الكاتب سعيد الناصر", NULL);
    /* with و and a comma before it */
    SPEAKER("ar",
            "ويتغيب عن الاجتماع الأمير خالد بن سعود، والذي أكد أن رأيه مع "
            "الأغلبية.",
            "رأيه مع الأغلبية", NAMED, "الأمير خالد بن سعود", NULL);
    /* a dash before it */
    SPEAKER("ar",
            "وزار المعرض المحافظ سامي العتيبي - الذي أكد أن الميناء سيفتح "
            "قريبا.",
            "الميناء سيفتح قريبا", NAMED, "المحافظ سامي العتيبي", NULL);
    /* a plural verb after «الذين» */
    SPEAKER("ar", "وأشاد الزوار الذين أكدوا أن التنظيم كان ممتازا.",
            "التنظيم كان ممتازا", NOMINAL, "الزوار", NULL);
    /* a feminine verb after «الذي»: its subject follows it */
    SPEAKER("ar",
            "وتوفي الشيخ خالد العمري الذي أكدت الحكومة أنه كان مريضا منذ "
            "سنوات.",
            "كان مريضا منذ سنوات", NOMINAL, "الحكومة", NULL);
    /* a masculine verb and «فيها» after «التي»: the statements are his */
    SPEAKER("ar",
            "واحتج الوفد على تصريحات الوزير سالم الحربي التي قال فيها إن "
            "الحدود مغلقة.",
            "الحدود مغلقة", NAMED, "الوزير سالم الحربي", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_relative };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
