/*
 * test_attrib_ar_dropped.c - Arabic dropped subjects: a verb with no
 * subject after it goes on with the speaker before it. Same pipeline as
 * test_attrib.c.
 */
#include "attrib_expect.h"

/* A definite noun behind ب or ل right after a verb in the perfect is what
 * the verb takes, not its subject: the subject is dropped. */
static void test_ar_prep_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "أكد الوزير خالد المنصور أن المشروع مهم. وأشاد بالجهود الكبيرة "
            "التي يقدمها الفريق.",
            "بالجهود الكبيرة التي يقدمها الفريق", DROPPED, NULL,
            "الوزير خالد المنصور");
    /* a feminine verb goes on with the woman named before */
    SPEAKER("ar",
            "التقت الوزيرة سارة الحربي بالطلاب. وأشادت بالمبادرة التي "
            "أطلقتها الجامعة.",
            "بالمبادرة التي أطلقتها الجامعة", DROPPED, NULL,
            "الوزيرة سارة الحربي");
    /* «كتب» with ب is written with a pen or in ink (a passive, «وكُتبت
     * بالحبر»): no report of its own inside what the researchers said */
    NO_CONTENT("ar",
               "وقالت الجامعة إن المخطوطة نادرة. وقال باحثون إن المخطوطة "
               "تتكون من ورقتين وكتبت بالحبر بأحد أقدم خطوط الكتابة العربية.",
               "بالحبر بأحد أقدم خطوط الكتابة العربية");
    /* a verbal noun with a possessive pronoun after a name is the verb's
     * object, no part of the name a dropped subject goes back to */
    SPEAKER("ar",
            "أبدى اللاعب جميل ناصر رغبته في الاعتزال بعد الموسم. وقال إن "
            "الوقت حان للراحة.",
            "الوقت حان للراحة", DROPPED, NULL, "اللاعب جميل ناصر");
    /* and a bare verbal noun of form VIII or X («انتهاء», «استمرار») */
    SPEAKER("ar",
            "وأعلن المتحدث العسكري العميد سامي فهد انتهاء العمليات في "
            "المنطقة. وقال إن القوات عادت إلى قواعدها.",
            "القوات عادت إلى قواعدها", DROPPED, NULL,
            "المتحدث العسكري العميد سامي فهد");
    /* form VIII, whose first letters look like the article («التزام») */
    SPEAKER("ar",
            "ووصل مارك سولي إلى الرياض أمس. وأكد مارك سولي التزام بلاده "
            "بأمن المنطقة.",
            "التزام بلاده بأمن المنطقة", NAMED, "مارك سولي", NULL);
    /* a weekday after the name is no family name */
    SPEAKER("ar",
            "وزار مارك سولي المدينة. وقال مارك سولي الأربعاء إن الطريق "
            "سيفتح قريبا.",
            "الطريق سيفتح قريبا", NAMED, "مارك سولي", NULL);
#undef p
}

/* ب + an indefinite noun right after a verb that takes it, a verbal noun
 * of a derived form («بإلغاء», «بتطبيق») or any noun after «هدد»,
 * «طالب», «أشاد», is what is demanded or threatened, not the subject: the
 * subject is dropped; a first name after ب is still the subject. */
static void test_ar_bi_indefinite(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وقال رئيس النقابة سعد الدوسري إن الأسعار ارتفعت. وطالب بإلغاء "
            "الرسوم الجديدة على المحلات.",
            "بإلغاء الرسوم الجديدة على المحلات", DROPPED, NULL,
            "رئيس النقابة سعد الدوسري");
    SPEAKER("ar",
            "وقال قائد الفصيل إن قواته لن تنسحب. وهدد بقصف أي رتل يقترب من "
            "المدينة.",
            "بقصف أي رتل يقترب من المدينة", DROPPED, NULL, "قائد الفصيل");
    SPEAKER("ar",
            "وقالت المديرة نورة السبيعي إن المدرسة جاهزة. وطالبت بتطبيق "
            "الأنظمة على الجميع.",
            "بتطبيق الأنظمة على الجميع", DROPPED, NULL, "المديرة نورة السبيعي");
    ATTR("ar", "وطالب بندر العنزي بإلغاء الرسوم الجديدة.",
         "بإلغاء الرسوم الجديدة", IND, "named", "بندر العنزي", "وطالب");
#undef p
}

/* «تنظيم» right after the verb before a group's name, or «التنظيم»
 * alone, is the organisation, the subject, not the verbal noun
 * (organising) that would be the verb's object; the verb after it goes on
 * with the group, not with the speaker before. */
static void test_ar_tanzim_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وقال المحافظ خالد العمري إن الهجوم فشل. وأعلن تنظيم داعش "
                    "مسؤوليته عن الهجوم في بيان، وقال إنه استولى على أسلحة.";
    SPEAKER("ar", t, "استولى على أسلحة", DROPPED, NULL, "تنظيم داعش");
    SPEAKER("ar",
            "وقال المحافظ خالد العمري إن الهجوم فشل. وقال التنظيم في بيان إن "
            "مقاتليه نفذوا الهجوم.",
            "مقاتليه نفذوا الهجوم", NOMINAL, "التنظيم", NULL);
#undef p
}

/* A person's name with a first name, listed or not, is the fuller
 * mention of itself, not of another person with the same family name;
 * the family name alone and the shorter name go back to the full name. */
static void test_ar_same_family(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "قال المواطنان سالم خالد العتيبي وفهد ناصر العتيبي إن "
                    "الطريق مغلق منذ شهر. مرزوق العتيبي كشف أن البلدية وعدت "
                    "بإصلاحه، مبيناً أن الأهالي ينتظرون.";
    SPEAKER("ar", t, "البلدية وعدت بإصلاحه", NAMED, "مرزوق العتيبي", NULL);
    SPEAKER("ar", t, "الأهالي ينتظرون", DROPPED, NULL, "مرزوق العتيبي");
    t = "وقال وزير المالية خالد بن محمد المنصور إن الميزانية متوازنة. وأضاف "
        "المنصور أن العجز تراجع. وأكد خالد المنصور أن الدين مستقر.";
    SPEAKER("ar", t, "العجز تراجع", NAMED, "المنصور",
            "وزير المالية خالد بن محمد المنصور");
    SPEAKER("ar", t, "الدين مستقر", NAMED, "خالد المنصور",
            "وزير المالية خالد بن محمد المنصور");
#undef p
}

/* A verb joined by و to a clause that reports nothing shares its subject;
 * ل and a noun after the name ends it. */
static void test_ar_name_before_li(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وقال الوزير سالم الحربي إن الوضع مستقر. وتطرق أبو فهد لقضية "
            "الرواتب واتهم إسرائيل بعرقلة الحل.",
            "إسرائيل بعرقلة الحل", DROPPED, NULL, "أبو فهد");
    /* ل and a first name is the name's own word: «لمنصور» */
    SPEAKER("ar",
            "وقال الوزير سالم الحربي إن الوضع مستقر. وتطرق الدكتور خالد "
            "المنصور لقضية الرواتب واتهم إسرائيل بعرقلة الحل.",
            "إسرائيل بعرقلة الحل", DROPPED, NULL, "الدكتور خالد المنصور");
#undef p
}

/* A title without a name takes up its earlier mention with the name, past
 * the definite words that go on with the phrase there; not a phrase that
 * was the genitive of another title. */
static void test_ar_title_name_further(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "افتتح الأمين العام للاتحاد العربي للمدارس الأهلية الدكتور خالد "
            "المنصور المعرض أمس. وقدم الأمين العام للاتحاد تقريرا عن أعمال "
            "الاتحاد، مشيداً بالتعاون مع الوزارة.",
            "بالتعاون مع الوزارة", DROPPED, NULL,
            "الأمين العام للاتحاد العربي للمدارس الأهلية الدكتور خالد "
            "المنصور");
    SPEAKER("ar",
            "التقى الوزير رئيس الاتحاد الدولي السويسري جوزيف كلاين أمس. وأعلن "
            "الاتحاد الدولي في موقعه أن القرعة ستقام غدا.",
            "القرعة ستقام غدا", NOMINAL, "الاتحاد الدولي", NULL);
#undef p
}

/* A participle or a verb with its subject dropped after a clause that
 * reports nothing takes that clause's subject, also after a longer phrase
 * opened by a preposition before the verb. */
static void test_ar_after_prep_phrase(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وفي كتاب الأدب الصغير والأدب الكبير، يقدم سالم بن محمد العتيبي "
            "نصيحة في التعامل مع الأعداء، يقول: «اعلم أن من عدوك من تعمل في "
            "هلاكه».",
            "اعلم أن من عدوك من تعمل في هلاكه", DROPPED, NULL,
            "سالم بن محمد العتيبي");
    SPEAKER("ar",
            "وفي مقابلة مع قناة محلية في سبتمبر الماضي، صنف الوزير خالد "
            "المنصور الجماعة ضمن التنظيمات الخطرة، محذرا من أن أعضاءها "
            "يخططون لهجمات.",
            "أعضاءها يخططون لهجمات", DROPPED, NULL, "الوزير خالد المنصور");
#undef p
}

/* An indefinite noun and its adjective in the accusative right after the
 * verb («قدرا كبيرا») are its object: the subject is dropped. A name
 * ending in alif is still a subject («روسيا»). */
static void test_ar_accusative_pair(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وقال اللاعب خالد المنصور إن الفوز مستحق. كما أبدى قدرا كبيرا من "
            "السعادة بأداء زملائه.",
            "قدرا كبيرا من السعادة بأداء زملائه", DROPPED, NULL,
            "اللاعب خالد المنصور");
    ATTR("ar", "وأكدت روسيا أن المفاوضات مستمرة.", "المفاوضات مستمرة", IND,
         "named", "روسيا", "وأكدت");
#undef p
}

/* A feminine verb does not agree with a masculine noun and adjective
 * after it («ودعت المجتمع الدولي»): the noun is its object and the
 * subject is dropped, the institution before; a feminine noun after it
 * («وطالبت الدول الكبرى») is still its subject. */
static void test_ar_fem_verb_masc_object(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "أكدت رابطة الكتاب العرب أن الاعتداء مرفوض. ودعت المجتمع الدولي "
            "إلى أن يتحمل مسؤولياته.",
            "يتحمل مسؤولياته", DROPPED, NULL, "رابطة الكتاب العرب");
    ATTR("ar", "وطالبت الدول الكبرى بوقف إطلاق النار فورا.",
         "بوقف إطلاق النار فورا", IND, "named", "الدول الكبرى", "وطالبت");
#undef p
}

/* «فيه», «فيها» right after the verb resume what was said in («كلمة
 * عبرت فيها», «تغريدات أكدت فيها»): no subject; the verb's is dropped,
 * the one who gave the speech or wrote. */
static void test_ar_resumptive_fi(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وألقت الدكتورة سارة العتيبي كلمة بهذه المناسبة عبرت فيها عن "
            "شكرها للحضور.",
            "شكرها للحضور", DROPPED, NULL, "سارة العتيبي");
    SPEAKER("ar",
            "وأطلقت الهيئة العامة للطيران المدني سلسلة تغريدات أكدت فيها "
            "أن الحادث يحظى بمتابعة.",
            "الحادث يحظى بمتابعة", DROPPED, NULL,
            "الهيئة العامة للطيران المدني");
#undef p
}

/* A title without a name whose first words (three or more, a title at
 * their head) were written earlier with the person's name right after
 * them: the office named in full later is that person («مدير عام الهيئة
 * المهندس X» ... «مدير عام الهيئة العامة للموانئ»), and so is the dropped
 * subject after it. */
static void test_ar_title_prefix(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وأوضح مدير عام الهيئة المهندس سالم بن فهد القحطاني أن "
                    "الميناء جاهز. وأشار مدير عام الهيئة العامة للموانئ "
                    "البحرية، إلى أن الحركة زادت. وأضاف أن العمل مستمر.";
    RNAME("ar", t, "الحركة زادت", "سالم بن فهد القحطاني");
    RNAME("ar", t, "العمل مستمر", "سالم بن فهد القحطاني");
#undef p
}

/* A family name alone goes back to the person named earlier right after
 * an imperfect verb or a cue with a first name we have no list for
 * («يفتقد دانيال موريس ...» ... «وقال موريس»); not past a verb in the
 * perfect or an accusative before it («حصل ...», «مخاطباً ...»). */
static void test_ar_unlisted_first_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "ربما يفتقد دانيال موريس للخبرة الكافية في خط الوسط. "
                    "وقال موريس للصحفيين إن التدريبات كانت صعبة. وأضاف أن "
                    "الفريق جاهز.";
    RNAME("ar", t, "التدريبات كانت صعبة", "دانيال موريس");
    RNAME("ar", t, "الفريق جاهز", "دانيال موريس");
    RNAME("ar",
          "وبعد أسبوعين حصل فرنسوا على الإذن بالعمل. وقال فرنسوا إن "
          "العمل سيبدأ قريبا.",
          "العمل سيبدأ قريبا", "فرنسوا");
#undef p
}

/* «بعدها», «عندها» opening a sentence before its verb: the subject after
 * the verb is the one a participle or a dropped subject after it goes on
 * with, not the speaker before. */
static void test_ar_then_opener(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    RNAME("ar",
          "وقال المدير سعد العمري إن الحفل ناجح. بعدها شارك الأمير خالد "
          "الفيصل في العرضة الشعبية، مؤكدا أن التراث جزء من الهوية.",
          "التراث جزء من الهوية", "خالد الفيصل");
    RNAME("ar",
          "وقال المدير سعد العمري إن الحفل ناجح. عندها افتتح الأمير خالد "
          "الفيصل المعرض. وأكد أن التراث جزء من الهوية.",
          "التراث جزء من الهوية", "خالد الفيصل");
#undef p
}

/* A title, «في» and a place, then the person's name and the preposition
 * the verb takes or the channel («وأكد مدير التعليم في محافظة جدة X على
 * ...», «وقال مدير الشرطة في منطقة تبوك العقيد X لـ«الوطن» إن»): one
 * subject up to the name, which the dropped subject after it goes on
 * with. */
static void test_ar_place_name_prep(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وأكد مدير التعليم في محافظة جدة سعد العمري على جاهزية "
                    "المدارس. وأضاف أن الكتب وصلت.";
    ATTR("ar", t, "جاهزية المدارس", IND, "named",
         "مدير التعليم في محافظة جدة سعد العمري", "وأكد");
    RNAME("ar", t, "الكتب وصلت", "سعد العمري");
    RNAME("ar",
          "وقال مدير الشرطة في منطقة تبوك العقيد سعد العمري لـ«الوطن» إن "
          "الحادث وقع فجرا.",
          "الحادث وقع فجرا", "سعد العمري");
#undef p
}

/* A dropped subject is no actor merely named before: not one named in an
 * earlier sentence (the one visited, an object), nor a man for a feminine
 * or a plural verb; nothing that agrees leaves the speaker unresolved. A
 * person named in the verb's own sentence, before it, is its subject. */
static void test_ar_no_named_guess(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وصل الوفد إلى موسكو للقاء بوتين. وقال إن الزيارة ناجحة.",
            "الزيارة ناجحة", DROPPED, NULL, NULL);
    SPEAKER("ar", "زار الرئيس بوتين المعرض أمس. وقالت إن الزوار كثيرون.",
            "الزوار كثيرون", DROPPED, NULL, NULL);
    SPEAKER("ar",
            "التقى الوفد الرئيس بوتين في موسكو. وقالوا إن المحادثات كانت "
            "مثمرة.",
            "المحادثات كانت مثمرة", DROPPED, NULL, NULL);
    /* a plural verb: not an agency whose number nothing showed */
    SPEAKER("ar",
            "ووفقا لوكالة رويترز فإن الأسعار ارتفعت. ويقولون إن الأزمة "
            "ستطول.",
            "الأزمة ستطول", DROPPED, NULL, NULL);
    SPEAKER("ar", "قال المسؤولون إن الأسعار ارتفعت. ويقولون إن الأزمة ستطول.",
            "الأزمة ستطول", DROPPED, NULL, "المسؤولون");
    SPEAKER("ar", "الرئيس بوتين وفي كلمته أمس زعم أن العقوبات فشلت.",
            "العقوبات فشلت", DROPPED, NULL, "بوتين");
#undef p
}

/* A foreign first name in و before the family name is one man, whom a
 * masculine verb goes on with; a plural in its construct form («مسؤولو
 * الوزارة») is many, whom only a plural verb goes on with. */
static void test_ar_name_in_waw(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "قال جيراردو مارتينو إن اللاعب جاهز. وأضاف أن الفريق مستعد.",
            "الفريق مستعد", DROPPED, NULL, "جيراردو مارتينو");
    SPEAKER("ar",
            "وقال ماوريسيو بوكيتينو إن الإصابة خفيفة. وأضاف أن اللاعب "
            "سيعود قريبا.",
            "اللاعب سيعود قريبا", DROPPED, NULL, "ماوريسيو بوكيتينو");
    SPEAKER("ar", "قال مسؤولو الوزارة إن الخطة جاهزة. وأضافوا أن التنفيذ قريب.",
            "التنفيذ قريب", DROPPED, NULL, "مسؤولو الوزارة");
    SPEAKER("ar", "قال مسؤولو الوزارة إن الخطة جاهزة. وأضاف أن التنفيذ قريب.",
            "التنفيذ قريب", DROPPED, NULL, NULL);
#undef p
}

/* A verb-first sentence inside a quotation is the speaker's words: its
 * subject is no antecedent of a dropped subject after the quotation. */
static void test_ar_subject_in_quote(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "قالت الوزيرة سارة الحربي: «وافق المجلس على الخطة. وأعلن "
            "الوزير خالد المنصور البدء». وأضاف أن التنفيذ يبدأ غدا.",
            "التنفيذ يبدأ غدا", DROPPED, NULL, NULL);
    SPEAKER("ar",
            "قالت الوزيرة سارة الحربي: «وافق المجلس على الخطة. وأعلن "
            "الوزير خالد المنصور البدء». وأضافت أن التنفيذ يبدأ غدا.",
            "التنفيذ يبدأ غدا", DROPPED, NULL, "الوزيرة سارة الحربي");
#undef p
}

/* A verb of calling on agrees in gender with its subject after it: a
 * noun it does not agree with (a body in ة after a masculine verb, a
 * man's title and name after a feminine one) is the one called on, and
 * the subject is dropped; the speaker goes on. Not a noun describing the
 * man named after it, nor a plural of men in ة. */
static void test_ar_addressee_disagrees(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "قال الأمير خالد الفيصل إن المشاريع تسير جيدا. وطالب وزارة "
            "الصحة بتوفير الأدوية. وأضاف أن الحاجة ماسة.",
            "الحاجة ماسة", DROPPED, NULL, "الأمير خالد الفيصل");
    SPEAKER("ar",
            "قالت الوزيرة سارة الحربي إن المشاريع تسير جيدا. وناشدت "
            "الأمير خالد الفيصل دعم الجمعية. وأضافت أن الحاجة ماسة.",
            "الحاجة ماسة", DROPPED, NULL, "الوزيرة سارة الحربي");
    SPEAKER("ar", "ودعا سماحة المفتي إلى الوحدة.", "الوحدة", NAMED,
            "سماحة المفتي", NULL);
    SPEAKER("ar", "ودعا قادة الدول إلى الحوار.", "الحوار", NAMED, "قادة الدول",
            NULL);
#undef p
}

/* A word of "all" right after a verb of calling on is the ones called on
 * («وحث الجميع على», «ودعت كافة السكان إلى»): the subject is dropped and
 * goes to the speaker before (ar_called_on_disagrees). */
static void test_ar_all_called_on(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "قال المدير سالم العتيبي إن العمل يسير وفق الخطة. وحث الجميع "
            "على الالتزام بالمواعيد. وأضاف أن النتائج مشجعة.",
            "النتائج مشجعة", DROPPED, NULL, "المدير سالم العتيبي");
    SPEAKER("ar",
            "أكدت البلدية أن الأمطار ستستمر. ودعت كافة السكان إلى تجنب "
            "الأودية. وأضافت أن فرق الطوارئ جاهزة.",
            "فرق الطوارئ جاهزة", DROPPED, NULL, "البلدية");
    /* (not a word of "all" as the subject of a verb of saying) */
    SPEAKER("ar", "وقال جميع المشاركين إن الدورة مفيدة.", "الدورة مفيدة",
            NOMINAL, "جميع المشاركين", NULL);
#undef p
}

/* A dropped subject or a participle is no subject of a clause inside
 * what someone reports («أكد X أن ...، وفيما يخص اللاعب Y أشار»: X); the
 * clause an according-to phrase credits is no such report, and a report
 * after «حيث» ends the content before it. */
static void test_ar_subject_in_content(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "من جانبه، أكد المدرب سالم الحربي أن الفريق جاهز للمباراة، "
            "وفيما يخص اللاعب محمد العتيبي أشار إلى أنه سيعود قريبا.",
            "سيعود قريبا", DROPPED, NULL, "المدرب سالم الحربي");
    SPEAKER("ar",
            "وبحسب الوكالة، زار الوزير خالد العمري المدينة أمس. وأكد أن "
            "المشروع سيكتمل قريبا.",
            "المشروع سيكتمل قريبا", DROPPED, NULL, "الوزير خالد العمري");
    SPEAKER("ar",
            "استنكر مشايخ المنطقة التفجير الآثم، حيث استنكر مدير الفرع سالم "
            "الحربي العمل الإجرامي مؤكدا أن هذه الأعمال منافية للإسلام.",
            "هذه الأعمال منافية للإسلام", DROPPED, NULL,
            "مدير الفرع سالم الحربي");
    /* «وعن ...», «وحول ...» opening the sentence is the topic, no subject */
    SPEAKER("ar",
            "وقال الباحث سالم الحربي إن الموضوع مهم. وعن أهداف البحث أوضح "
            "أنه يهدف إلى بيان الأحكام.",
            "يهدف إلى بيان الأحكام", DROPPED, NULL, "الباحث سالم الحربي");
    SPEAKER("ar",
            "وقال المهندس خالد العمري إن المشروع تأخر. وحول المشاريع الجديدة "
            "أشار إلى أن التنفيذ سيبدأ قريبا.",
            "التنفيذ سيبدأ قريبا", DROPPED, NULL, "المهندس خالد العمري");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ar_subject_in_content,  test_ar_prep_object,
        test_ar_same_family,         test_ar_name_before_li,
        test_ar_title_name_further,  test_ar_after_prep_phrase,
        test_ar_accusative_pair,     test_ar_fem_verb_masc_object,
        test_ar_resumptive_fi,       test_ar_title_prefix,
        test_ar_unlisted_first_name, test_ar_then_opener,
        test_ar_place_name_prep,     test_ar_no_named_guess,
        test_ar_name_in_waw,         test_ar_subject_in_quote,
        test_ar_addressee_disagrees, test_ar_bi_indefinite,
        test_ar_tanzim_subject,      test_ar_all_called_on
    };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
