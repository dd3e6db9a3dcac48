/*
 * test_attrib_ar_participles.c - Arabic participles that report after a
 * comma («، مؤكدة أن», «، مشيرين إلى أن», «، متمنيا أن»): their feminine
 * and plural forms, the words after one as what it reports, the
 * quotation it opens, and the speaker a plural one continues. Same
 * pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* Feminine and plural participles, and verbs of wishing, urging and
 * asking, report what follows them; the report before them ends at the
 * comma. */
static void test_ar_participle_forms(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وقالت الطالبة سارة الحربي إن الدورة مفيدة، مؤكدة أنها "
                    "ستشارك في الدورة المقبلة.";
    SPEAKER("ar", t, "ستشارك في الدورة المقبلة", DROPPED, NULL,
            "الطالبة سارة الحربي");
    ATTR("ar", t, "الدورة مفيدة", IND, "named", "الطالبة سارة الحربي", "وقالت");
    /* the adjective «مؤكدة» reports nothing */
    NONE("ar", "ونشرت الصحيفة معلومات مؤكدة عن الحادث.");
    SPEAKER("ar",
            "وقال التجار في السوق إن الأسعار انخفضت، مشيرين إلى أن الطلب "
            "ضعيف هذا الأسبوع.",
            "الطلب ضعيف هذا الأسبوع", DROPPED, NULL, "التجار");
    SPEAKER("ar",
            "وأشاد المدرب خالد الزهراني بأداء اللاعبين، متمنياً أن يواصل "
            "الفريق انتصاراته.",
            "يواصل الفريق انتصاراته", DROPPED, NULL, "المدرب خالد الزهراني");
    SPEAKER("ar",
            "وافتتح المحافظ فهد العنزي المعرض، حاثاً الشباب على زيارة "
            "الأجنحة كلها.",
            "الشباب على زيارة الأجنحة كلها", DROPPED, NULL,
            "المحافظ فهد العنزي");
    SPEAKER("ar", "وأبان مدير المرور أن الطريق سيفتح غدا.", "الطريق سيفتح غدا",
            NOMINAL, "مدير المرور", NULL);
    /* «إبان» (during), folded as «أبان», with no complementizer */
    NONE("ar", "وارتفعت الأسعار إبان الحرب الأخيرة في المنطقة.");
    /* «وطالب» is the verb: what is demanded follows with ب */
    SPEAKER("ar",
            "وطالب رئيس البلدية فهد القرني الأهالي بالتعاون مع فرق "
            "النظافة.",
            "الأهالي بالتعاون مع فرق النظافة", NAMED, "رئيس البلدية فهد القرني",
            NULL);
    /* «اعترف» with ب: what is admitted */
    SPEAKER("ar",
            "واعترف مدرب الفريق خالد الزهراني بالخطأ الذي ارتكبه الحارس في "
            "الشوط الثاني.",
            "بالخطأ الذي ارتكبه الحارس في الشوط الثاني", NAMED,
            "مدرب الفريق خالد الزهراني", NULL);
    /* «كاملا» is no «آملا» with ك */
    NONE("ar", "وحصل الفريق على المبلغ كاملا قبل نهاية الموسم.");
#undef p
}

/* A participle right before a quotation reports that quotation: the one
 * before it keeps its own verb. */
static void test_ar_participle_quote(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وقال المهندس ماجد السبيعي «إن المشروع سيكتمل قبل نهاية "
                    "العام»، مضيفا «العمل يسير وفق الخطة المرسومة له».";
    ATTR("ar", t, "إن المشروع سيكتمل قبل نهاية العام", DIR, "named",
         "المهندس ماجد السبيعي", "وقال");
    SPEAKER("ar", t, "العمل يسير وفق الخطة المرسومة له", DROPPED, NULL,
            "المهندس ماجد السبيعي");
    /* with a colon after the participle */
    t = "وتقول المعلمة نورة القحطاني «إن الطالبات متميزات في كل "
        "المواد»، مضيفة: «نحن فخورات بهن جميعا في المدرسة».";
    SPEAKER("ar", t, "نحن فخورات بهن جميعا في المدرسة", DROPPED, NULL,
            "المعلمة نورة القحطاني");
#undef p
}

/* The words after a participle set off by a comma are its object, not
 * a subject after a postposed verb; a participle with nothing after it
 * still reports what comes before it. */
static void test_ar_participle_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وأكد الوزير أن الوضع مستقر، مشيدا بدور الأمير.";
    SPEAKER("ar", t, "بدور الأمير", DROPPED, NULL, "الوزير");
    ATTR("ar", t, "الوضع مستقر", IND, "named", "الوزير", "وأكد");
#undef p
}

/* A plural participle continues the newest plural speaker, past a
 * singular one; with none, the speaker before it in its sentence. */
static void test_ar_participle_plural(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وقال المسؤولون إن الوضع مستقر. وأضاف المتحدث سالم العتيبي أن "
            "الطرق مفتوحة، مؤكدين أن الخطة تسير كما ينبغي.",
            "الخطة تسير كما ينبغي", DROPPED, NULL, "المسؤولون");
    SPEAKER("ar",
            "وقال المتحدث سالم العتيبي إن الطرق مفتوحة، مؤكدين أن الخطة "
            "تسير كما ينبغي.",
            "الخطة تسير كما ينبغي", DROPPED, NULL, "المتحدث سالم العتيبي");
    /* a man who spoke in an earlier sentence is one, not many: with no
     * speaker in its own sentence, none */
    SPEAKER("ar",
            "قال الوزير خالد المنصور إن المعرض ناجح. وتوافد الزوار على "
            "المعرض أمس، مؤكدين أنه مميز.",
            "مميز", DROPPED, NULL, NULL);
#undef p
}

/* With no complementizer, what a verb reports is its object: it ends
 * before the writer's «، إلا أن» or «، في الوقت الذي»; a clause after
 * «أن» goes on over them. */
static void test_ar_object_end(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وتحدثت تقارير صحفية عن خلافات داخل مجلس إدارة النادي، إلا أن "
            "الرئيس نفى ذلك في اليوم التالي.",
            "خلافات داخل مجلس إدارة النادي", NAMED, "تقارير صحفية", NULL);
    SPEAKER("ar",
            "وأعلن اللاعب ماجد السالم اعتزاله اللعب الدولي، في الوقت الذي "
            "يستعد فيه المنتخب للبطولة.",
            "اعتزاله اللعب الدولي", NAMED, "اللاعب ماجد السالم", NULL);
    ATTR("ar", "وقال المدرب ماجد السالم إن الفريق جاهز، إلا أن الإصابات تقلقه.",
         "الفريق جاهز، إلا أن الإصابات تقلقه", IND, "named",
         "المدرب ماجد السالم", "وقال");
#undef p
}

/* «...، بينما أوضح X أن ...، مضيفا»: a report after a comma and «بينما»,
 * «فيما» or «في حين», with a subject of its own, is a clause beside the
 * one before, not inside what it reports: a participle after it goes on
 * with X, and the content before it ends without the conjunction. */
static void test_ar_whereas_clause(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وذكر المهندس خالد العمري أن الجسر جاهز، بينما أوضح "
                    "المهندس سعد الحربي أن الطريق يحتاج إلى صيانة، مضيفا أن "
                    "العمل يبدأ غدا.";
    RNAME("ar", t, "العمل يبدأ غدا", "سعد الحربي");
    ATTR("ar", t, "الجسر جاهز", IND, "named", "المهندس خالد العمري", "وذكر");
    ATTR("ar",
         "وقالت المديرة سارة العتيبي إن الفصول جاهزة، في حين ذكرت المعلمة "
         "هند الزهراني أن الكتب لم تصل.",
         "الفصول جاهزة", IND, "named", "المديرة سارة العتيبي", "وقالت");
#undef p
}

/* A participle that the main speaker does not agree with goes on with
 * the speaker of a report inside its sentence that does («قال الوزير إن
 * الحكومة أقرت ...، مؤكدة»); one that agrees keeps the main speaker. */
static void test_ar_participle_nested(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وقال الوزير خالد العمري إن الحكومة أقرت الخطة الجديدة، مؤكدة أن "
            "التنفيذ سيبدأ قريبا.",
            "التنفيذ سيبدأ قريبا", DROPPED, NULL, "الحكومة");
    SPEAKER("ar",
            "وقال الوزير خالد العمري إن الحكومة أقرت الخطة الجديدة، مؤكدا أن "
            "التنفيذ سيبدأ قريبا.",
            "التنفيذ سيبدأ قريبا", DROPPED, NULL, "الوزير خالد العمري");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ar_participle_forms,  test_ar_participle_quote,
        test_ar_participle_object, test_ar_participle_plural,
        test_ar_object_end,        test_ar_whereas_clause,
        test_ar_participle_nested
    };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
