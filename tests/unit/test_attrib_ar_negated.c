/*
 * test_attrib_ar_negated.c - Arabic cues after a negator: «لم يقل», «لا
 * يذكر» report nothing, but «لا يستبعد», «لم يستبعد» (does not rule out)
 * are a belief of their subject; a bare noun after the verb with no
 * complementizer after it is what is not ruled out, not the subject; a
 * verb form after «عدم» (not revealing, not naming) is a verbal noun and
 * reports nothing. Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

static void test_ar_negated(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "ولا يستبعد الخبير سالم الحربي أن ترتفع الأسعار.",
            "ترتفع الأسعار", NAMED, "الخبير سالم الحربي", NULL);
    SPEAKER("ar", "ولم يستبعد الوزير خالد العمري، أن تتأخر المشاريع.",
            "تتأخر المشاريع", NAMED, "الوزير خالد العمري", NULL);
    /* a verbal noun right after the verb is its object */
    SPEAKER("ar", "ولا يستبعد حصول ارتفاع كبير في الأسعار.",
            "حصول ارتفاع كبير في الأسعار", UNRES, NULL, NULL);
    /* other negated cues still report nothing */
    NONE("ar", "ولم يقل الوزير إن المشاريع تأخرت.");
#undef p
}

/* «طالبا عدم كشف اسمه», «فضل عدم نشر اسمه»: no report of its own; the
 * verb before the anonymity phrase keeps what is said. */
static void test_ar_adam(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وأوضح المسؤول الذي فضل عدم نشر اسمه أن الرحلات تأخرت ساعتين.",
            "الرحلات تأخرت ساعتين", ANON, "المسؤول", NULL);
    SPEAKER("ar", "وقال بائع في السوق، طالبا عدم كشف اسمه: «الأسعار ارتفعت».",
            "الأسعار ارتفعت", NAMED, "بائع", NULL);
    NONE("ar", "وحرص اللص على عدم كشف الجريمة.");
    /* (the verb itself still reports) */
    SPEAKER("ar", "وكشف الموظف أن الرحلات تأخرت ساعتين.",
            "الرحلات تأخرت ساعتين", NOMINAL, "الموظف", NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_ar_negated, test_ar_adam };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
