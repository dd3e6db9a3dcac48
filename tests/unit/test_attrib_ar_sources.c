/*
 * test_attrib_ar_sources.c - Arabic sources that are no person's name: a
 * title with the organisation in its genitive chain (ل + the article,
 * «للهيئة», «للتعليم»), the addressee of a verb of calling on, and a
 * document or a newspaper as the source. Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* A title and its genitive chain with ل-attached nouns is one nominal
 * source; resolved_to is the whole phrase, not its last word. */
static void test_ar_title_chain(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وقال مدير عام المؤسسة العامة للموانئ إن الرصيف جاهز.",
            "الرصيف جاهز", NOMINAL, "مدير عام المؤسسة العامة للموانئ", NULL);
    RNAME("ar", "وقال مدير عام المؤسسة العامة للموانئ إن الرصيف جاهز.",
          "الرصيف جاهز", "مدير عام المؤسسة العامة للموانئ");
    SPEAKER("ar", "رئيس الجمعية الوطنية للمتقاعدين أكد أن الرواتب ستصرف غدا.",
            "الرواتب ستصرف غدا", NOMINAL, "رئيس الجمعية الوطنية للمتقاعدين",
            NULL);
    RNAME("ar", "وأوضح المتحدث الرسمي للهيئة العامة للإحصاء أن البطالة تراجعت.",
          "البطالة تراجعت", "المتحدث الرسمي للهيئة العامة للإحصاء");
    /* (the person named after the chain is still the speaker) */
    RNAME("ar",
          "وقال مدير عام المؤسسة العامة للموانئ المهندس سامي الحربي إن "
          "الرصيف جاهز.",
          "الرصيف جاهز", "سامي الحربي");
    /* (a family name with ل right after the cue stays a name) */
    SPEAKER("ar", "ووفقا للعتيبي، فإن الرصيف جاهز.", "الرصيف جاهز", NAMED,
            "للعتيبي", NULL);
#undef p
}

/* After a verb of calling on, the subject calls and the definite noun
 * after it is called on: it is no part of the source. */
static void test_ar_called_on(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "دعا المستشفى الممرضات إلى الالتزام بالزي الموحد.",
            "الالتزام بالزي الموحد", NOMINAL, "المستشفى", NULL);
    SPEAKER("ar", "وأوصت الدراسة الآباء بمتابعة أبنائهم في المدرسة.",
            "الآباء بمتابعة أبنائهم في المدرسة", NOMINAL, "الدراسة", NULL);
    /* (with what describes the addressee, and a bare verbal noun) */
    SPEAKER("ar", "ودعت البلدية السكان المقيمين قرب الوادي إلى إخلاء منازلهم.",
            "إخلاء منازلهم", NOMINAL, "البلدية", NULL);
    SPEAKER("ar", "ودعت الكلية الطالبات تسليم البحوث قبل نهاية الشهر.",
            "الطالبات تسليم البحوث قبل نهاية الشهر", NOMINAL, "الكلية", NULL);
    SPEAKER("ar", "وناشدت الإدارة العامة للمرور السائقين بالتقيد بالسرعة.",
            "السائقين بالتقيد بالسرعة", NAMED, "الإدارة العامة للمرور", NULL);
    /* (an adjective of the subject stays in it) */
    SPEAKER("ar", "دعا المجلس البلدي إلى المشاركة في الانتخابات.",
            "المشاركة في الانتخابات", NOMINAL, "المجلس البلدي", NULL);
    SPEAKER("ar", "ودعت الهيئة العامة إلى ترشيد الاستهلاك.", "ترشيد الاستهلاك",
            NOMINAL, "الهيئة العامة", NULL);
    /* (not after a verb that calls on no one) */
    SPEAKER("ar", "وأكد المستشفى الجامعي أن المرضى بخير.", "المرضى بخير",
            NOMINAL, "المستشفى الجامعي", NULL);
#undef p
}

/* A document alone as the subject («البيان», «التقرير») is nominal and
 * speaks for the body that issued it, when the text names it; else it
 * stays itself, never a person. */
static void test_ar_document_issuer(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    RNAME("ar",
          "أصدرت وزارة الزراعة بيانا مساء أمس. وأوضح البيان أن المحصول "
          "وفير.",
          "المحصول وفير", "وزارة الزراعة");
    SPEAKER("ar",
            "أصدرت وزارة الزراعة بيانا مساء أمس. وأوضح البيان أن المحصول "
            "وفير.",
            "المحصول وفير", NOMINAL, "البيان", "وزارة الزراعة");
    RNAME("ar",
          "وقالت البلدية في بيان لها إن الطريق سيفتح غدا. وأضاف البيان أن "
          "العمل مستمر.",
          "العمل مستمر", "البلدية");
    RNAME("ar",
          "ونشر بيان صادر عن جمعية حماية المستهلك أمس. وذكر البيان أن "
          "الأسعار مرتفعة.",
          "الأسعار مرتفعة", "جمعية حماية المستهلك");
    RNAME("ar", "ونشرت الهيئة تقريرا عن المياه. وكشف التقرير أن الاستهلاك زاد.",
          "الاستهلاك زاد", "الهيئة");
    /* (no document named before: the document itself, not the person
     * who spoke last) */
    RNAME("ar",
          "قال الوزير سالم الحربي إن المدارس جاهزة. وأضاف التقرير أن "
          "الطلاب زادوا.",
          "الطلاب زادوا", "التقرير");
#undef p
}

/* A person named again by a family name is resolved to his fullest
 * earlier mention: his own first names before his father's, the names of
 * his chain of descent, or the name an earlier record was resolved to. */
static void test_ar_full_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    RNAME("ar",
          "وتحدث عبدالرحمن بن صالح الغامدي عن القرية. وقال الغامدي إن "
          "البيوت قديمة.",
          "البيوت قديمة", "عبدالرحمن بن صالح الغامدي");
    RNAME("ar",
          "شارك الدكتور مصطفى جميل بلجون في الندوة. وقال بلجون إن المرضى "
          "يتعافون.",
          "المرضى يتعافون", "مصطفى جميل بلجون");
    RNAME("ar",
          "افتتح المهندس سعد بن ناصر الجاسر المعرض. وقال المهندس الجاسر إن "
          "المعرض كبير. وأضاف الجاسر أن الزوار كثيرون.",
          "الزوار كثيرون", "سعد بن ناصر الجاسر");
    /* (a body's noun is no family name, nor the person named after it:
     * «البنك», «الشركة» after their heads named with them) */
    RNAME("ar",
          "وقال محافظ البنك المركزي خالد العمري إن التضخم منخفض. وتوقع "
          "البنك أن ينمو الاقتصاد.",
          "ينمو الاقتصاد", "البنك");
    RNAME("ar",
          "وقال رئيس الشركة سعد الحربي إن الأرباح زادت. وأضافت الشركة أن "
          "المبيعات قوية.",
          "المبيعات قوية", "الشركة");
    /* «بن عبد الله» written apart is one name, and the name goes on */
    SPEAKER("ar", "وقال محمد بن عبد الله الشهري إن الطريق مغلق.", "الطريق مغلق",
            NAMED, "محمد بن عبد الله الشهري", NULL);
    SPEAKER(
        "ar", "وأكد الأمير فيصل بن عبد الله بن عبد العزيز أن المباني جاهزة.",
        "المباني جاهزة", NAMED, "الأمير فيصل بن عبد الله بن عبد العزيز", NULL);
    RNAME("ar",
          "وقال سالم بن عبد الله آل سالم إن البئر جافة. وأضاف آل سالم أن "
          "المطر قليل.",
          "المطر قليل", "سالم بن عبد الله آل سالم");
    /* (not «له» after «عبد», nor «الله» after a name without «بن عبد») */
    SPEAKER("ar", "وقال سالم بن عبد له إن البئر جافة.", "البئر جافة", NAMED,
            "سالم بن عبد", NULL);
#undef p
}

/* An unlisted name, then a title in apposition whose genitive names
 * another person: the speaker is the name before the title. */
static void test_ar_name_before_title(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    TITLE("ar",
          "وقال سيد ظفر هاشمي المتحدث باسم الرئيس الأفغاني أشرف غني إن "
          "الهجوم إرهابي.",
          "الهجوم إرهابي", "سيد ظفر هاشمي");
    RNAME("ar",
          "وقال سيد ظفر هاشمي المتحدث باسم الرئيس الأفغاني أشرف غني إن "
          "الهجوم إرهابي.",
          "الهجوم إرهابي", "سيد ظفر هاشمي");
    /* the title first: the name after it */
    TITLE("ar",
          "وقال المتحدث باسم الرئيس الأفغاني سيد ظفر هاشمي إن الهجوم "
          "إرهابي.",
          "الهجوم إرهابي", "سيد ظفر هاشمي");
#undef p
}

/* A subject written before its verb: a topic after «أما» with commas in
 * it, names joined by و before a plural verb, the narrator after «عن»;
 * not the speaker named before them. */
static void test_ar_subject_before(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وقال الباحث سامي خليل إن الخطة فاشلة. أما الكاتب الأردني، "
            "ومدير تحرير مجلة «الأفق» ماهر عادل فيرى أن الخطة ناجحة.",
            "الخطة ناجحة", NAMED,
            "الكاتب الأردني، ومدير تحرير مجلة «الأفق» ماهر عادل", NULL);
    SPEAKER("ar",
            "وقال المواطن سامي خليل إن الطريق خطير. أحمد الزهراني ومحمد "
            "الزهراني وسعد الزهراني أكدوا ضرورة إنارة الطريق.",
            "ضرورة إنارة الطريق", NAMED,
            "أحمد الزهراني ومحمد الزهراني وسعد الزهراني", NULL);
    SPEAKER("ar",
            "وقال الخطيب إن الصدقة واجبة. عن أبي هريرة رضي الله عنه قال: "
            "«الكلمة الطيبة صدقة».",
            "الكلمة الطيبة صدقة", NAMED, "أبي هريرة", NULL);
    /* a plural participle continues a plural of people that opens its
     * verb-first sentence */
    SPEAKER("ar",
            "وعزا تجار السوق المركزي الهبوط إلى كثرة المعروض، مؤكدين أن "
            "الأسعار ستتراجع.",
            "الأسعار ستتراجع", DROPPED, NULL, "تجار السوق");
    /* the name of the medium addressed, in quotation marks, is no speech
     * even when it begins like «إن» */
    SPEAKER("ar",
            "ومن جانبه، قال السناتور جون ميلر لتلفزيون «إن بي سي»، إن "
            "الاتفاق سيئ.",
            "الاتفاق سيئ", NAMED, "السناتور جون ميلر", NULL);
#undef p
}

/* A demonstrative and its noun after a verb-first cue that agrees with it,
 * before «أن», are the subject; a phrase with no complementizer after it
 * is the verb's object. */
static void test_ar_demonstrative_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وأكد الوزير أن الخطة جاهزة. وتؤكد هذه الدول الثلاث أن الحل "
            "سياسي.",
            "الحل سياسي", NOMINAL, "هذه الدول الثلاث", NULL);
    SPEAKER("ar", "وتشير هذه الدراسة إلى أن النوم مفيد للذاكرة.",
            "النوم مفيد للذاكرة", NOMINAL, "هذه الدراسة", NULL);
    SPEAKER("ar", "ويرى هؤلاء الخبراء أن الأسعار سترتفع.", "الأسعار سترتفع",
            NOMINAL, "هؤلاء الخبراء", NULL);
    NONE("ar", "وأقرت هذه اللوائح في سبتمبر من العام الماضي.");
#undef p
}

/* A state the rules after a verb read as another form (a verb, a verbal
 * noun, ب and a noun) is the subject of a feminine verb-first cue; after
 * a masculine verb it is the object. */
static void test_ar_state_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وأكدت تركيا أن حدودها مغلقة أمام المهربين.",
            "حدودها مغلقة أمام المهربين", NAMED, "تركيا", NULL);
    SPEAKER("ar", "وقالت إيران إن المحادثات ستستأنف الشهر المقبل.",
            "المحادثات ستستأنف الشهر المقبل", NAMED, "إيران", NULL);
    SPEAKER("ar", "وأعلنت باكستان أنها أغلقت المعبر الحدودي.",
            "أغلقت المعبر الحدودي", NAMED, "باكستان", NULL);
    SPEAKER("ar", "وأوضحت إسلام آباد أن الزيارة تأجلت.", "الزيارة تأجلت", NAMED,
            "إسلام آباد", NULL);
    /* (after a masculine verb the state is the object) */
    SPEAKER("ar",
            "وقال الوزير إن الوضع صعب. واتهم إيران بتهريب السلاح إلى "
            "المنطقة.",
            "إيران بتهريب السلاح إلى المنطقة", DROPPED, NULL, "الوزير");
    /* (a name in ا before «إنها» or «أنها»: no accusative pair) */
    SPEAKER("ar", "وقالت فرنسا إنها ستغلق السفارة.", "ستغلق السفارة", NAMED,
            "فرنسا", NULL);
    SPEAKER("ar", "وأعلنت كندا أنها سترسل مساعدات.", "سترسل مساعدات", NAMED,
            "كندا", NULL);
    /* (an adverb in ا there is still no subject) */
    SPEAKER("ar", "وقال الوزير إن الميناء مغلق. وأكد دائما أنها مسألة وقت.",
            "مسألة وقت", DROPPED, NULL, "الوزير");
#undef p
}

/* An honorific or a rank is followed by a name whatever its form: one
 * opening with ب, one ending like a noun with a possessive, one in
 * brackets; but not ب and a noun with its genitive after it. */
static void test_ar_honorific_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وأكد الدكتور بامسعود أن الموسم ناجح.", "الموسم ناجح", NAMED,
            "الدكتور بامسعود", NULL);
    SPEAKER("ar", "وقال المهندس بريكان العنزي إن الطريق جاهز.", "الطريق جاهز",
            NAMED, "المهندس بريكان العنزي", NULL);
    SPEAKER("ar", "وأوضح الدكتور أسامه بن فضل الحربي أن المخطط اكتمل.",
            "المخطط اكتمل", NAMED, "الدكتور أسامه بن فضل الحربي", NULL);
    SPEAKER("ar", "وأكد العقيد (المالكي) أن الحادث بسيط.", "الحادث بسيط",
            NOMINAL, "العقيد (المالكي)", NULL);
    /* (ب and a noun with its genitive: the object) */
    SPEAKER("ar", "وأشاد الدكتور بجهود الوزارة في المشروع.",
            "بجهود الوزارة في المشروع", NOMINAL, "الدكتور", NULL);
#undef p
}

/* A one-word name takes up an earlier fuller name only when the words
 * with it there make a name: not a preposition before it, not an
 * adjective or a noun after a word that is no first name, not a word the
 * article writes elsewhere without it; a person's fuller name still. */
static void test_ar_fuller_name_only(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "انتهت المحادثات بين إيران والقوى الكبرى أمس. وقالت إيران إن "
            "الاتفاق قريب.",
            "الاتفاق قريب", NAMED, "إيران", NULL);
    SPEAKER("ar",
            "ناقش المجلس ملف إيران النووي أمس وأحال الملف إلى لجنة. وقالت "
            "إيران إن البرنامج سلمي.",
            "البرنامج سلمي", NAMED, "إيران", NULL);
    SPEAKER("ar",
            "وطالبت باكستان أفغانستان بإغلاق الحدود. وقالت أفغانستان إن "
            "الحدود مغلقة.",
            "الحدود مغلقة", NAMED, "أفغانستان", NULL);
    /* (a person's fuller name still) */
    SPEAKER("ar", "وقالت مرام القصير إن السوق واعد. وأضافت مرام أن الطلب كبير.",
            "الطلب كبير", NAMED, "مرام", "مرام القصير");
    SPEAKER("ar", "وصل جون كيري إلى الرياض أمس. وقال كيري إن المحادثات مثمرة.",
            "المحادثات مثمرة", NAMED, "كيري", "جون كيري");
    SPEAKER("ar",
            "وصرح المحامي السويسري فرونسوا كارار بأن القضية معقدة. وقال "
            "كارار إن الحكم متوقع.",
            "الحكم متوقع", NAMED, "كارار", "المحامي السويسري فرونسوا كارار");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_ar_title_chain,           test_ar_called_on,
        test_ar_document_issuer,       test_ar_full_name,
        test_ar_name_before_title,     test_ar_subject_before,
        test_ar_demonstrative_subject, test_ar_state_subject,
        test_ar_honorific_name,        test_ar_fuller_name_only
    };
    return attrib_run(tests, sizeof tests / sizeof tests[0]);
}
