/*
 * test_attrib_speakers.c - who speaks, in Arabic, English and Russian:
 * source forms (named, nominal, pronoun, dropped, anonymous), titles and
 * appositions, pronouns and dropped subjects resolved to an antecedent,
 * Arabic subjects after a verb-first cue. Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* Who speaks: pronouns resolved by gender and number, noun phrases,
 * relatives, postposed cues, dropped subjects (own sentences). */
static void test_speakers(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* English: a pronoun takes the newest speaker its gender fits; the
     * title says the gender. */
    SPEAKER("en",
            "Maria Lopez said the bridge was safe. She added that "
            "repairs would start soon.",
            "repairs would start soon", PRONOUN, "She", "Maria Lopez");
    SPEAKER("en",
            "Ms. Lopez said the bridge was safe. Mr. Berg said it was "
            "not. She added that repairs would start soon.",
            "repairs would start soon", PRONOUN, "She", "Ms. Lopez");
    SPEAKER("en",
            "Ms. Lopez said the bridge was safe. Mr. Berg said it was "
            "not. He added that repairs would take years.",
            "repairs would take years", PRONOUN, "He", "Mr. Berg");
    /* a report in a subordinate clause ends with the clause; the time
     * after the verb is not what is said; a modal cue inside what is
     * said ("may declare") ends nothing */
    SPEAKER("en",
            "While the consensus among scientists says birds evolved from "
            "dinosaurs, there are several competing ideas about flight.",
            "birds evolved from dinosaurs", NOMINAL,
            "the consensus among scientists", NULL);
    SPEAKER("en",
            "President Donald Trump said on Friday he can and may declare a "
            "national emergency.",
            "he can and may declare a national emergency", NAMED,
            "President Donald Trump", NULL);
    /* a semicolon closes the clause an according-to phrase covers */
    SPEAKER("en",
            "The government said his debt was a factor; according to "
            "prosecutors, he owed over $850,000 to the tax office.",
            "he owed over $850,000 to the tax office", NOMINAL, "prosecutors",
            NULL);
    /* "citing" a reason names no source, and "he" is no document */
    SPEAKER("en",
            "Governor Mike DeWine postponed the vote, citing the health "
            "crisis. He wrote that the vote was unsafe.",
            "the vote was unsafe", PRONOUN, "He", "Governor Mike DeWine");
    /* "I" outside quotation marks is the author, no one quoted before */
    SPEAKER("en",
            "Mr. Berg said the bridge was safe. I believe that the repairs "
            "are late.",
            "the repairs are late", PRONOUN, "I", NULL);
    /* a transcript: the speaker's label opens each turn; "I" in an answer
     * is that speaker; a turn runs on over the next paragraph; the
     * interviewer's questions report nothing */
    SPEAKER("en",
            "((WN)) What do you think about the new rules?\n\n((Anna Berg)) "
            "I think the rules are fair.\n\nWe said that the vote was "
            "close.\n\n((WN)) Did the board agree?\n\n((Anna Berg)) No.",
            "the vote was close", PRONOUN, "We", "Anna Berg");
    SPEAKER("en",
            "((WN)) What do you think about the new rules?\n\n((Anna Berg)) "
            "I think the rules are fair.\n\n((WN)) Did the board "
            "agree?\n\n((Anna Berg)) No, it did not.",
            "No, it did not", NAMED, "Anna Berg", NULL);
    /* "he", "she", "they" in an answer are people the interviewee talks
     * about, never the interviewee; with nobody else named they stay
     * unresolved */
    SPEAKER("en",
            "((WN)) What happened next?\n\n((Maria Lopez)) My husband came "
            "home late. He told me that the factory had closed.\n\n((WN)) "
            "And then?\n\n((Maria Lopez)) I waited.",
            "the factory had closed", PRONOUN, "He", NULL);
    SPEAKER("en",
            "((WN)) What did the workers do?\n\n((Maria Lopez)) They said "
            "that the pay was too low.\n\n((WN)) And then?\n\n((Maria "
            "Lopez)) We left.",
            "the pay was too low", PRONOUN, "They", NULL);
    /* (someone the question names may be "he" in the answer: not the
     * interviewee; a name the actor lexicon does not know in a question,
     * whose cues report nothing, leaves it unresolved) */
    SPEAKER("en",
            "((WN)) Tom Reyes said the factory would reopen. Did he tell "
            "you?\n\n((Maria Lopez)) Yes. He said that the pay would "
            "rise.\n\n((WN)) And then?\n\n((Maria Lopez)) We waited.",
            "the pay would rise", PRONOUN, "He", NULL);
    /* "they" is no one person: not the single named speaker before */
    SPEAKER("en",
            "Maria Lopez said the factory had closed. They said that the "
            "pay was too low.",
            "the pay was too low", PRONOUN, "They", NULL);
    SPEAKER("en",
            "Workers at the plant said the factory had closed. They said "
            "that the pay was too low.",
            "the pay was too low", PRONOUN, "They", "Workers at the plant");
    SPEAKER("en",
            "Mayor Anna Ruiz met Civic Nursing Association on Monday. They "
            "said that the pay was too low.",
            "the pay was too low", PRONOUN, "They",
            "Civic Nursing Association");
    SPEAKER("en",
            "The nurses Maria Lopez and Ana Ruiz met the mayor on Monday. "
            "They said that the pay was too low.",
            "the pay was too low", PRONOUN, "They", "Maria Lopez and Ana Ruiz");
    /* names joined by "and" before the verb are one subject; not an
     * object of the verb before them, nor a preposition's */
    SPEAKER("en",
            "On Monday, Maria Lopez and Ana Ruiz have criticized the plan as "
            "too slow.",
            "the plan as too slow", NAMED, "Maria Lopez and Ana Ruiz", NULL);
    SPEAKER("en",
            "The Department of Forestry and Fire Protection has warned that "
            "the fire could spread.",
            "the fire could spread", NOMINAL,
            "The Department of Forestry and Fire Protection", NULL);
    SPEAKER("en",
            "Ms. Ruiz has praised Tom Reyes and Mr. Lopez has criticized "
            "the plan as too slow.",
            "the plan as too slow", NAMED, "Mr. Lopez", NULL);
    /* a quantifier after the auxiliary, an apposition between dashes,
     * a title with its post after "to" */
    SPEAKER("en", "Lopez and Ruiz have all criticized the plan as too slow.",
            "the plan as too slow", NAMED, "Lopez and Ruiz", NULL);
    SPEAKER("en",
            "The two nurses -- Ms. Lopez and Ms. Ruiz -- agreed that the "
            "pay was too low.",
            "the pay was too low", NOMINAL, "two nurses", NULL);
    SPEAKER("en", "The ambassador to France confirmed that talks had begun.",
            "talks had begun", NOMINAL, "The ambassador to France", NULL);
    /* the object of a verb that makes someone act says what the
     * infinitive says; not the object of a request */
    SPEAKER("en",
            "The vote forced Senator Ana Ruiz to acknowledge that the plan "
            "had failed.",
            "the plan had failed", NAMED, "Senator Ana Ruiz", NULL);
    SPEAKER("en",
            "Tom Reyes met the nurses. The leak led chairwoman Ana Ruiz to "
            "announce that the strike would end.",
            "the strike would end", NAMED, "chairwoman Ana Ruiz", NULL);
    SPEAKER("en",
            "The mayor urged the crowd to admit that the plan had failed.",
            "the crowd to admit that the plan had failed", NOMINAL, "The mayor",
            NULL);
    /* (an object pronoun is not the subject of its own clause) */
    SPEAKER("en",
            "Maria Lopez said the vote was close and forced him to admit "
            "that the plan had failed.",
            "the plan had failed", PRONOUN, "him", NULL);
    /* a participle after the main clause: its subject, past an opening
     * phrase and its comma */
    SPEAKER("en",
            "Facing mounting criticism from both parties, Ana Ruiz released "
            "a statement on Friday, saying that the plan had failed.",
            "the plan had failed", NAMED, "Ana Ruiz", NULL);
    SPEAKER("en",
            "Once she was elected, Ana Ruiz made the budget a priority, "
            "announcing that taxes would fall.",
            "taxes would fall", NAMED, "Ana Ruiz", NULL);
    /* "said by telephone" is no passive with an agent */
    SPEAKER("en", "\"The plan is dead,\" Ana Ruiz said by telephone.",
            "The plan is dead,", NAMED, "Ana Ruiz", NULL);
    /* a closing mark of two apostrophes before a postposed verb */
    SPEAKER("en", "''We want posts,'' said a leading advocate, Ana Ruiz.",
            "We want posts,", NOMINAL, "a leading advocate", NULL);
    SPEAKER("en", "''Do you want posts?'' asked Ana Ruiz.",
            "Do you want posts?", NAMED, "Ana Ruiz", NULL);
    /* (an "I think" inside the answer is the interviewee's own hedge:
     * the answer is theirs, "think" gives no record of its own) */
    SPEAKER("en",
            "BLITZER: Do you think the rules are fair?\n\nBERG: I think they "
            "are fair.\n\nBLITZER: Why?\n\nBERG: Because they are.",
            "I think they are fair", NAMED, "BERG", NULL);
    /* noun phrases: nominal and anonymous */
    SPEAKER("en", "The company said profits fell in the spring.",
            "profits fell in the spring", NOMINAL, "The company", NULL);
    SPEAKER("en", "Two senior officials said the talks had stalled.",
            "the talks had stalled", ANON, "senior officials", NULL);
    /* a relative "who": the phrase before it */
    SPEAKER("en", "The report cites Anna Kim, who said the plan had failed.",
            "the plan had failed", PRONOUN, "who", "Anna Kim");
    /* postposed cues: the phrase after the cue, the content before */
    SPEAKER("en", "The plan will fail, said the spokesman.",
            "The plan will fail", NOMINAL, "the spokesman", NULL);
    /* adverbs and auxiliaries between subject and verb */
    SPEAKER("en",
            "Anna Kim said the plan had failed. She has also said "
            "that talks would resume.",
            "talks would resume", PRONOUN, "She", "Anna Kim");
    /* a passive has no speaker for a subject */
    SPEAKER("en", "It was reported that the road had reopened.",
            "the road had reopened", UNRES, NULL, NULL);
    /* a first-person subject in a dialogue line is the dialogue's
     * speaker; outside dialogue and quotation marks, the author */
    SPEAKER("ru",
            "Министр Иван Петров выступил в Думе.\n\n— Я уже заявил, что "
            "мост безопасен.",
            "мост безопасен", PRONOUN, "Я", "Иван Петров");
    SPEAKER("ru",
            "Министр Иван Петров выступил в Думе.\n\nЯ уже заявил, что "
            "мост безопасен.",
            "мост безопасен", PRONOUN, "Я", NULL);
    /* Russian: the past tense says the gender */
    SPEAKER("ru",
            "Иван Петров заявил, что мост безопасен. Мария Иванова "
            "заявила, что это не так. Он добавил, что ремонт начнется "
            "весной.",
            "ремонт начнется весной", PRONOUN, "Он", "Иван Петров");
    SPEAKER("ru",
            "Иван Петров заявил, что мост безопасен. Мария Иванова "
            "заявила, что это не так. Она добавила, что ремонт "
            "затянется.",
            "ремонт затянется", PRONOUN, "Она", "Мария Иванова");
    SPEAKER("ru", "Об этом заявил представитель министерства.", "Об этом",
            NOMINAL, "представитель министерства", NULL);
    /* Arabic: a dropped subject takes the newest speaker the verb agrees
     * with (وأضاف masculine, وأضافت feminine) */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقالت المتحدثة سارة "
            "محمد إن الطرق مفتوحة. وأضاف أن المدارس ستفتح غدا.",
            "المدارس ستفتح غدا", DROPPED, NULL, "الوزير أحمد حسن");
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقالت المتحدثة سارة "
            "محمد إن الطرق مفتوحة. وأضافت أن المطار يعمل.",
            "المطار يعمل", DROPPED, NULL, "المتحدثة سارة محمد");
    /* an agency credit in brackets, «(د.ب.أ)», ends no sentence: the
     * report after it keeps its speaker; a real sentence end still ends
     * the report */
    SPEAKER("ar",
            "وقال المتحدث باسم الوزارة لوكالة الأنباء الألمانية (د.ب.أ) "
            "إن الوحدات قامت بعملية استباقية.",
            "الوحدات قامت بعملية استباقية", NOMINAL, "المتحدث باسم الوزارة",
            NULL);
    SPEAKER("ar",
            "وصرح المدير لوكالة (أ.ف.ب) بأن الطريق مفتوح. وأغلقت المحلات "
            "أبوابها.",
            "الطريق مفتوح", NOMINAL, "المدير", NULL);
    /* the subject may be long, and a quotation mark ends it; «وقال ...
     * "إن ..."» is a direct quotation */
    SPEAKER("ar",
            "وقال مدير إدارة الطرق بمنطقة الرياض المهندس خالد سعد "
            "\"إن العمل مستمر\".",
            "إن العمل مستمر", NAMED,
            "مدير إدارة الطرق بمنطقة الرياض المهندس خالد سعد", NULL);
    /* an object after the verb («ضرورة») is no subject: dropped */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وأكد ضرورة أن "
            "يلتزم الجميع بالتعليمات.",
            "يلتزم الجميع بالتعليمات", DROPPED, NULL, "الوزير أحمد حسن");
    /* an antecedent introduced as the subject of a verb-first sentence
     * that reports nothing */
    SPEAKER("ar",
            "افتتحت وزيرة الصحة هدى علي اليوم المستشفى الجديد. "
            "وأضافت أن الخدمات ستبدأ غدا.",
            "الخدمات ستبدأ غدا", DROPPED, NULL, "وزيرة الصحة هدى علي");
    /* the antecedent of a dropped subject is a person or an institution,
     * never a place or a time that opens a verb-first sentence */
    SPEAKER("ar",
            "افتتح الوزير أحمد حسن اليوم المعرض. وشهدت مدينة جدة "
            "أمس أمطارا غزيرة. وأضاف أن الطرق مفتوحة.",
            "الطرق مفتوحة", DROPPED, NULL, "الوزير أحمد حسن");
    SPEAKER("ar",
            "افتتح الوزير أحمد حسن اليوم المعرض. وشهد العام الماضي "
            "نموا كبيرا. وأضاف أن الطرق مفتوحة.",
            "الطرق مفتوحة", DROPPED, NULL, "الوزير أحمد حسن");
    /* a title with genitives («للسياحة»), an object-like noun («التنمية»)
     * and a second title before the person's name: the subject runs to
     * the name, the content starts after «أن» */
    SPEAKER("ar",
            "أكد مدير فرع الهيئة العامة للسياحة بالمنطقة الشرقية أمين "
            "مجلس التنمية السياحية المهندس خالد سعد، أن الهيئة تعمل "
            "على تطوير السياحة.",
            "الهيئة تعمل على تطوير السياحة", NAMED,
            "مدير فرع الهيئة العامة للسياحة بالمنطقة الشرقية أمين مجلس "
            "التنمية السياحية المهندس خالد سعد",
            NULL);
    /* «أعرب فيه»: a clause hanging on a noun; the speaker is the person
     * named nearest before the cue, from the start of the name */
    SPEAKER("ar",
            "تلقى الرئيس اتصالا هاتفيا من الملك حمد بن عيسى آل "
            "خليفة ملك البحرين أعرب فيه عن تضامنه مع الضحايا.",
            "تضامنه مع الضحايا", DROPPED, NULL, "حمد بن عيسى آل خليفة");
    /* a participle hangs on the subject of its own verb-first sentence
     * (a title with a genitive, then the name), not on an earlier
     * speaker; the object after the name is not part of it */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. ثم ألقى رئيس لجنة "
            "التنمية الاجتماعية نايف القضاب كلمة باسم الأهالي، مؤكدا "
            "أن الأهالي سعداء.",
            "الأهالي سعداء", DROPPED, NULL,
            "رئيس لجنة التنمية الاجتماعية نايف القضاب");
    /* a dropped subject takes the subject of a newer verb-first sentence
     * that reports nothing over an older speaker, if the verb agrees
     * (a feminine institution, then a masculine one after «من جهته،») */
    SPEAKER("ar",
            "وقالت منظمة حقوقية محلية إن السجناء تعرضوا للتعذيب. "
            "وسعت وزارة العدل في الحكومة إلى التقليل من أهمية الفيديو. "
            "وأكدت في بيان أنها ستحاسب المسؤولين.",
            "ستحاسب المسؤولين", DROPPED, NULL, "وزارة العدل");
    /* a title and a second person's name after a full name are the
     * verb's object, not a title in apposition: the later dropped
     * subject is the host, not the guest; a title with an institution
     * named after a king stays in apposition */
    SPEAKER("ar",
            "استقبل الوزير أحمد حسن السفير جون سميث في مكتبه. وأكد أن "
            "العلاقات قوية.",
            "العلاقات قوية", DROPPED, NULL, "الوزير أحمد حسن");
    SPEAKER("ar", "وقال أحمد حسن مدير مستشفى الملك فهد إن العمل مستمر.",
            "العمل مستمر", NAMED, "أحمد حسن مدير مستشفى الملك فهد", NULL);
    /* a definite noun that describes the person («المواطنة») and a name
     * we have no list for: the subject, which a feminine verb later
     * continues; an accusative after the subject stays the object */
    SPEAKER("ar",
            "طالبت المواطنة صباح السلمي وزير التعليم الدكتور أحمد حسن "
            "بإعادة وظيفتها التي فقدتها. وتضيف أن الوظيفة حق لها.",
            "الوظيفة حق لها", DROPPED, NULL, "المواطنة صباح السلمي");
    SPEAKER("ar", "توقعت الأرصاد طقساً معتدل الحرارة على المصايف.",
            "طقساً معتدل الحرارة على المصايف", NOMINAL, "الأرصاد", NULL);
    /* a definite plural in -ين right after the verb is its object (the
     * oblique case): the subject is dropped */
    SPEAKER("ar",
            "وأكدت الوزارة أن المسار جاهز. وتحذر المواطنين من دفع أي "
            "مبالغ إضافية.",
            "المواطنين من دفع أي مبالغ إضافية", DROPPED, NULL, "الوزارة");
    /* a comma between a name after «إن» and its verb: the name is the
     * subject of that verb, not the outer speaker */
    SPEAKER("ar",
            "وقال التلفزيون أمس إن عبد العزيز، كتب في صفحته أنه يريد "
            "السفر.",
            "يريد السفر", NAMED, "عبد العزيز", NULL);
    /* a name the article already gave a speaker, right after the verb,
     * is its subject; the organisation further on is in the object */
    SPEAKER("ar",
            "وقال عسيري إن التحالف يرحب بالتحقيق. واستنكر عسيري اتهامات "
            "منظمة هيومن رايتس ووتش للتحالف، مضيفا أن المنظمة لم تطلب "
            "تعليق التحالف.",
            "المنظمة لم تطلب تعليق التحالف", DROPPED, NULL, "عسيري");
    /* a family name alone goes back to the full name with «بن» that
     * introduced the person, not to another person of that family
     * named later in a phrase of the sentence */
    SPEAKER("ar",
            "اجتمع محافظ المدينة مفرح بن سويد القحطاني أمس مع أعضاء "
            "اللجنة برئاسة الدكتور خالد عمر القحطاني. وأوضح القحطاني أن "
            "المحافظة تدعم السياحة.",
            "المحافظة تدعم السياحة", NAMED, "القحطاني",
            "مفرح بن سويد القحطاني");
    /* «كان» right before the verb: the phrase that opens the sentence
     * (or the clause after «إن») is the subject, over a relative clause
     * that names someone else */
    SPEAKER("ar",
            "المواطن الذي استقبل الوزير أحمد حسن أمس، كان يرى أن الأسعار "
            "مرتفعة.",
            "الأسعار مرتفعة", NOMINAL, "المواطن", NULL);
    SPEAKER("ar", "وقال الوزير إن المدير كان يرى أن الخطة ناجحة.",
            "الخطة ناجحة", NOMINAL, "المدير", NULL);
    SPEAKER("ar",
            "وقال المحامي أحمد حسن إن الأحكام قاسية. من جهته، دافع "
            "المجلس الأعلى للقضاء عن الأحكام الصادرة، وقال إنها تمت في "
            "ظروف طبيعية.",
            "تمت في ظروف طبيعية", DROPPED, NULL, "المجلس الأعلى للقضاء");
    /* an adverb right after the verb is no subject («وقال مجددا إن») */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقال مجددا إن "
            "الحوار ضروري.",
            "الحوار ضروري", DROPPED, NULL, "الوزير أحمد حسن");
    /* an anonymity phrase in a relative clause describes the subject */
    SPEAKER("ar",
            "وقال المصدر الذي رفض الكشف عن اسمه إن اللجنة ستعلن "
            "قريبا.",
            "اللجنة ستعلن قريبا", ANON, "المصدر", NULL);
    /* anonymous: «مصادر» heads the phrase */
    SPEAKER("ar", "وقالت مصادر مطلعة إن الاجتماع تأجل.", "الاجتماع تأجل", ANON,
            "مصادر مطلعة", NULL);
#undef p
}

/* Arabic subjects after the verb end where the person's name does; cues
 * with their preposition, «كان» + subject + verb, relative clauses,
 * institutions taken up by a definite noun. English participles and
 * phrases around a name. */
static void test_subjects(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the object after a name is no part of the subject */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وطالب الحمادي المواطنين "
            "بالوعي والحذر أن هناك مخططا.",
            "هناك مخططا", NAMED, "الحمادي", "محمد الحمادي");
    SPEAKER("ar", "وطالب سامح شكري الدول بالتحرك وأكد أن الوقت ينفد.",
            "الوقت ينفد", DROPPED, NULL, "سامح شكري");
    /* a title in apposition stays with the name */
    TITLE("ar", "وقال محمد الحمادي رئيس تحرير الصحيفة إن الوضع مقلق.",
          "الوضع مقلق", "محمد الحمادي");
    /* no complementizer: the name alone is the subject */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وتابع الحمادي ما تشهده "
            "المنطقة من أحداث يؤكد أن هناك عملا منظما.",
            "هناك عملا منظما", DROPPED, NULL, "محمد الحمادي");
    /* «على» is no name «علي» */
    NO_NAMED("ar", "وشدد على ضرورة الالتزام بالتعليمات.");
    /* a cue that ends in its preposition has no subject after it */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وشدد على الضرب بيد من "
            "حديد لكل من يعبث بالأمن.",
            "الضرب بيد من حديد لكل من يعبث بالأمن", DROPPED, NULL,
            "محمد الحمادي");
    /* كان + subject + verb */
    SPEAKER("ar",
            "وكان وزير الاقتصاد محمد الجاسر انتقد أداء العاملين، "
            "مشيرا إلى أن الرواتب مرتفعة.",
            "الرواتب مرتفعة", DROPPED, NULL, "وزير الاقتصاد محمد الجاسر");
    /* a relative pronoun before the verb: its antecedent */
    SPEAKER("ar",
            "وأحيلت القضية إلى النيابة العامة، التي قالت إنها بدأت "
            "العمل.",
            "بدأت العمل", NOMINAL, "النيابة العامة", NULL);
    /* an institution subject ends at its preposition */
    SPEAKER("ar", "كشفت وزارة الخدمة المدنية عن إطلاق مبادرات جديدة.",
            "إطلاق مبادرات جديدة", NOMINAL, "وزارة الخدمة المدنية", NULL);
    /* a definite institution noun takes up the phrase it heads */
    SPEAKER("ar",
            "اعتمدت وزارة الحج ثلاث شرائح جديدة. وكشفت الوزارة أن "
            "الشرائح تعتمد على السكن.",
            "الشرائح تعتمد على السكن", NOMINAL, "الوزارة", "وزارة الحج");
    /* ل after a title is its genitive; before a newspaper, the channel */
    SPEAKER("ar",
            "وأوضح المتحدث الرسمي لمركز الملك سلمان رأفت الصباغ أن "
            "الجهود مستمرة.",
            "الجهود مستمرة", NAMED,
            "المتحدث الرسمي لمركز الملك سلمان رأفت الصباغ", NULL);
    /* an unknown two-word name right after the verb (and the occupation
     * after it in apposition) */
    SPEAKER("ar",
            "وقال تاماس فارجا المحلل في لندن \"تأثرت الأسعار بما "
            "أعلنه معهد البترول\".",
            "تأثرت الأسعار بما أعلنه معهد البترول", NAMED, "تاماس فارجا المحلل",
            NULL);
    /* «د.» ends no sentence: the title and name stay one subject */
    SPEAKER("ar", "وقال د. خالد الحليبي: إن الحملة ناجحة.", "الحملة ناجحة",
            NAMED, "د. خالد الحليبي", NULL);
    /* a name in quotation marks, an apposition, a colon */
    SPEAKER("ar", "وقالت \"أم فاطمة\" معلمة: نعيش قلقا كبيرا.",
            "نعيش قلقا كبيرا", NAMED, "أم فاطمة", NULL);
    /* «أما X فقالت»: the topic is the subject; its quoted apposition is
     * no quotation of its own */
    SEGMENTS("ar",
             "أما منيرة محمد \"إحدى المشاركات من الأسر المنتجة\" "
             "فقالت: إن اللجنة قدمت الكثير.",
             1, "اللجنة قدمت الكثير", IND, 0, NULL);
    /* «التابع» (affiliated) is no reporting verb */
    NONE("ar", "أطلق مركز التنمية الأسرية التابع لجمعية البر مسابقة جديدة.");
    /* a one-word name takes the fuller name written before it */
    SPEAKER("ar",
            "مرام القصير سيدة أعمال سعودية ناجحة. تقول مرام: إن العمل "
            "ممتع. وأضافت أن السوق واعدة.",
            "السوق واعدة", DROPPED, NULL, "مرام القصير");
    /* a family name with the article after a name known from the
     * article («مرام القصير» ... «تقول مرام» ... «وترى القصير») is a name;
     * the dropped subject after it is the whole person */
    SPEAKER("ar",
            "مرام القصير سيدة أعمال سعودية، تقول مرام: «فخورة بعملي». "
            "وترى القصير أن التدريب ضروري. وترى أنه يحق للمرأة أن تتميز.",
            "التدريب ضروري", NAMED, "القصير", "مرام القصير");
    RNAME("ar",
          "مرام القصير سيدة أعمال سعودية، تقول مرام: «فخورة بعملي». "
          "وترى القصير أن التدريب ضروري. وترى أنه يحق للمرأة أن تتميز.",
          "يحق للمرأة أن تتميز", "مرام القصير");
    /* without a first name before it, «القصير» stays a noun phrase */
    SPEAKER("ar", "وترى القصير أن التدريب ضروري.", "التدريب ضروري", NOMINAL,
            "القصير", NULL);
    /* a title without a name takes up its mention with the name */
    RNAME("ar",
          "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
          "اتصالا هاتفيا اليوم. وأعرب خادم الحرمين الشريفين عن شكره "
          "للملك، داعياً الله أن يحفظه.",
          "شكره للملك", "سلمان بن عبدالعزيز آل سعود");
    /* a definite title noun («الوزير») takes the phrase it heads and the
     * name after it */
    RNAME("ar",
          "وقال وزير الخارجية عادل الجبير إن المملكة تدين الهجوم. وأضاف "
          "الوزير أن التحقيق مستمر.",
          "التحقيق مستمر", "عادل الجبير");
    /* an occupation before a name is a title in apposition; a dateline
     * («ـ جدة») before the verb; a participle after a verb with its
     * subject dropped goes back to that subject */
    RNAME("ar",
          "المالكي يهاجم زميله ويصفه بالفاشل ـ جدة استند الفنان فايز "
          "المالكي على ظهور زميله في الصحف، وقال: (أنا مو فاضي لهذا.. "
          "فهو يظهر كل يومين). ووجه نقداً حاداً واصفاً إياه بالممثل "
          "الفاشل.",
          "أنا مو فاضي لهذا", "فايز المالكي");
    RNAME("ar",
          "المالكي يهاجم زميله ويصفه بالفاشل ـ جدة استند الفنان فايز "
          "المالكي على ظهور زميله في الصحف، وقال: (أنا مو فاضي لهذا.. "
          "فهو يظهر كل يومين). ووجه نقداً حاداً واصفاً إياه بالممثل "
          "الفاشل.",
          "إياه بالممثل الفاشل", "فايز المالكي");
    /* «المنظمة» is the organisation named last, not the first of two */
    SPEAKER("ar",
            "كشفت منظمة حقوقية محلية أمس عن تعذيب سجناء. وطالبت منظمة "
            "ضحايا حقوق الإنسان بفتح تحقيق. وقالت المنظمة إن "
            "السجناء في خطر.",
            "السجناء في خطر", NOMINAL, "المنظمة", "منظمة ضحايا حقوق الإنسان");
    /* a definite word after an indefinite noun is its genitive, not the
     * object; the words after «منظمة» name no person */
    SPEAKER("ar",
            "وطالبت منظمة حقوق الإنسان، في بيان أصدرته أمس، بفتح تحقيق في "
            "الواقعة.",
            "في بيان أصدرته أمس، بفتح تحقيق في الواقعة", NAMED,
            "منظمة حقوق الإنسان", NULL);
    RNAME("ar",
          "وطالبت منظمة ضحايا حقوق الإنسان، في بيان أصدرته أمس، بفتح تحقيق "
          "في الواقعة.",
          "في بيان أصدرته أمس، بفتح تحقيق في الواقعة",
          "منظمة ضحايا حقوق الإنسان");
    /* a participle hangs on the clause «ثم» opened in its sentence */
    RNAME("ar",
          "وتلا ذلك آيات من القرآن الكريم، ثم ألقى رئيس مجلس لجنة التنمية "
          "نايف القضاب كلمة باسم الأهالي، معلنا انطلاق فعاليات الحفل.",
          "انطلاق فعاليات الحفل", "نايف القضاب");
    /* «باسم» after a spokesman's title is "on behalf of", not a name; the
     * title runs to the person's name */
    RNAME("ar",
          "ومن جانبه، كشف المتحدث الرسمي باسم المديرية العامة للمياه "
          "بالمنطقة الشرقية عبدالله الدوسري بأن الحي مدرج ضمن المشروع.",
          "الحي مدرج ضمن المشروع", "عبدالله الدوسري");
    /* «أخرى» is no name */
    RNAME("ar", "وتؤكد دراسة حديثة أخرى أن الحوادث تقع على الموظفين.",
          "الحوادث تقع على الموظفين", "دراسة حديثة أخرى");
    /* «أوضح ذلك الأستاذ X»: the demonstrative is the object; the title
     * opens the subject (though «الأستاذ» looks like a verbal noun) */
    RNAME("ar",
          "أوضح ذلك الأستاذ حمد بن سعد العمر المتحدث الرسمي للوزارة، مشيراً "
          "إلى أن الآلية الجديدة تمت بالتنسيق مع البريد.",
          "الآلية الجديدة تمت بالتنسيق مع البريد", "حمد بن سعد العمر");
    /* a first name we have no list for, after a title and before a name
     * the article quotes, is part of the person's name */
    RNAME("ar",
          "عين المحامي السويسري فرونسوا كارار رئيسا للجنة. \"من المهم أن "
          "تستعيد المنظمة نزاهتها\"، هذا ما قاله كارار. وتابع \"انا ملتزم "
          "بالإصلاحات\".",
          "انا ملتزم بالإصلاحات", "فرونسوا كارار");
    /* a purpose or subjunctive verb reports nothing yet */
    NONE("ar", "هو لا يثق في نفسه كي يطالب بالقرعة.");
    NONE("ar", "قررت الوزارة أن تعلن النتائج الأسبوع المقبل.");
    /* a phrase with بال after the verb is its object, never its subject */
    NO_NAMED("ar", "ويصفه بالفاشل ـ جدة استند الفنان فايز المالكي على ظهور "
                   "زميله.");
    /* «آل سعود» ends the name; «حفظه الله» is none of it */
    TITLE("ar",
          "وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل "
          "سعود حفظه الله إن الأمن مستتب.",
          "الأمن مستتب", "سلمان بن عبدالعزيز آل سعود");
    /* a name set off by commas right before the cue is the subject in
     * apposition; a phrase with a preposition after the verb is no
     * subject and may stand between the verb and the quotation */
    ATTR("en",
         "The institute's director, Anthony Fauci, said of the outbreak, "
         "\"bottom line, it's going to get worse.\"",
         "bottom line, it's going to get worse.", DIR, "named", "Anthony Fauci",
         "said");
    ATTR("en", "The director, Anthony Fauci, said the outbreak will get worse.",
         "the outbreak will get worse", IND, "named", "Anthony Fauci", "said");
    /* a plural noun phrase is no antecedent of "he"; a capitalised
     * speaker noun opening the sentence is no name */
    SPEAKER("en",
            "Scientists said the insects were lucky this year. Ecologist John "
            "Smith studied the corridor for a decade. He also said this is "
            "not likely to happen again.",
            "this is not likely to happen again", PRONOUN, "He",
            "Ecologist John Smith");
    /* "reportedly" vouches for the whole clause it sits in */
    SPEAKER("en",
            "It carried locals to Havana. The crash reportedly killed seven.",
            "The crash reportedly killed seven", ANON, NULL, NULL);
    /* two names joined by "and" are the subject together */
    ATTR("en", "Biden and Sanders announced they would form six groups.",
         "they would form six groups", IND, "named", "Biden and Sanders",
         "announced");
    /* a quotation that ends with its own ! or ? ends the sentence; the
     * cue opens the next one */
    ATTR("en", "\"We need it NOW!\" Trump said. Others disagreed.",
         "We need it NOW!", DIR, "named", "Trump", "said");
    ATTR("en", "\"Why now?\" Trump said on Twitter. Others disagreed.",
         "Why now?", DIR, "named", "Trump", "said");
    /* "said" + a circumstance and nothing said: no report of its own */
    NONE("en", "Senator Jeff Sessions said as he launched the process.");
    NONE("en", "Senator Jeff Sessions said on Twitter.");
    NONE("en", "If you watch what he said this week, Dallas was hit hard.");
    /* ... unless a complementizer follows the circumstance */
    ATTR("en",
         "Senator Jeff Sessions said during his victory speech on Tuesday "
         "that the revolution will win.",
         "the revolution will win", IND, "named", "Senator Jeff Sessions",
         "said");
    /* a report inside the content does not cut it down to its
     * subordinator */
    ATTR("en",
         "Rabbi Marvin Hier said that while he fears comparing any event "
         "to the Holocaust, he has never seen anything like this.",
         "while he fears comparing any event to the Holocaust, he has never "
         "seen anything like this",
         IND, "named", "Rabbi Marvin Hier", "said");
    /* the addressee is the channel, not the speaker */
    CHANNEL("ar",
            "وقال الوزير أحمد حسن لـ\"الشرق الأوسط\" إن المفاوضات "
            "مستمرة.",
            "المفاوضات مستمرة", "لـ\"الشرق الأوسط\"");
    /* the channel ends where the quotation opens */
    CHANNEL("ar",
            "وقال الوزير أحمد حسن لوسائل إعلام محلية «المفاوضات مستمرة "
            "حتى الآن».",
            "المفاوضات مستمرة حتى الآن", "لوسائل إعلام محلية");
    CHANNEL("ar",
            "وقال الوزير أحمد حسن لوسائل إعلام محلية «إن المفاوضات مع "
            "الجانب الآخر مستمرة حتى الآن».",
            "إن المفاوضات مع الجانب الآخر مستمرة حتى الآن",
            "لوسائل إعلام محلية");
    CHANNEL("ar", "وقال الوزير أحمد حسن لصحيفة الحياة إن المفاوضات مستمرة.",
            "المفاوضات مستمرة", "لصحيفة الحياة");
    CHANNEL("en", "Joyce told The Huffington Post that he would not appeal.",
            "he would not appeal", "The Huffington Post");
    CHANNEL("en", "Joyce told him that he would not appeal.",
            "he would not appeal", NULL);
    CHANNEL("en", "Joyce said that he would not appeal.", "he would not appeal",
            NULL);
    /* English participles: the subject of their clause */
    SPEAKER("en",
            "Chris Christie spoke on Sunday. He dismissed the critique, "
            "saying that his campaign was strong.",
            "his campaign was strong", PRONOUN, "He", "Chris Christie");
    SPEAKER("en",
            "Carly Fiorina threw her support behind Ted Cruz on "
            "Wednesday, saying he was the best candidate.",
            "he was the best candidate", NAMED, "Carly Fiorina", NULL);
    /* a quantified subject with its prepositional phrases */
    SPEAKER("en",
            "At least half of voters in each state say the positions "
            "are about right.",
            "the positions are about right", NOMINAL,
            "At least half of voters in each state", NULL);
    /* a restrictive relative: its antecedent right before it */
    SPEAKER("en",
            "The law drew a backlash from business leaders who say the "
            "law targets gay people.",
            "the law targets gay people", PRONOUN, "who", "business leaders");
    /* a second verb of the clause: its subject */
    SPEAKER("en",
            "Clinton has disputed both critiques, but says she would "
            "decide differently now.",
            "she would decide differently now", NAMED, "Clinton", NULL);
    /* the source after a '' quotation */
    SPEAKER("en",
            "''She came on the stage as someone different,'' said Ann "
            "Lewis, a longtime adviser.",
            "She came on the stage as someone different,", NAMED, "Ann Lewis",
            NULL);
    /* a name inside "from ..." belongs to the phrase it ends */
    SPEAKER("en", "The senator from Vermont said the system was corrupt.",
            "the system was corrupt", NOMINAL, "The senator from Vermont",
            NULL);
    /* a short name resolves to the fuller mention that contains it */
    SPEAKER("ar",
            "كشف الأمير عبدالله بن مساعد بن عبدالعزيز أن الأندية "
            "مدينة. وقال الأمير عبدالله بن مساعد إن الحل قريب.",
            "الحل قريب", NAMED, "الأمير عبدالله بن مساعد",
            "الأمير عبدالله بن مساعد بن عبدالعزيز");
    /* positions and intentions (kind stance): the object or infinitive
     * is what the source takes a position on (a time phrase after it is
     * not) */
    ATTR("en", "Ryan endorsed Trump in early June.", "Trump", IND, "named",
         "Ryan", "endorsed");
    ATTR("en", "The FDIC, a major U.S. banking regulator, refused to comment.",
         "to comment", IND, "named", "The FDIC", "refused");
    ATTR("en", "Mr. Thiel declined to comment.", "comment", IND, "named",
         "Mr. Thiel", "declined to");
    NONE("en", "Oil prices declined sharply on Monday.");
    /* speech acts of attack: an armed attack is no report, a label in
     * quotation marks makes one */
    NONE("en", "Militants attacked a checkpoint near the border.");
    ATTR("en", "Trump attacked Romney as \"a failed candidate\".",
         "Romney as \"a failed candidate", IND, "named", "Trump", "attacked");
    ATTR("en", "The White House also blasted congressional Republicans.",
         "congressional Republicans", IND, "named", "The White House",
         "blasted");
    /* after is/was an -ing form is the progressive, not a passive */
    SPEAKER("en",
            "Hillary Clinton spoke on Monday. She was referring to the "
            "remarks of Khizr Khan.",
            "the remarks of Khizr Khan", PRONOUN, "She", "Hillary Clinton");
    NONE("en", "The numbers that have been reported at the sites are low.");
    /* "long" between the auxiliary and the verb */
    SPEAKER("en",
            "Sanders, who has long opposed the trade deal, refused to back "
            "down.",
            "the trade deal", PRONOUN, "who", "Sanders");
    /* "calling him X" after a comma labels; the object before the label
     * is no inverted subject */
    SPEAKER("en",
            "At an event in Salem, Trump went after Bush, calling him \"a "
            "total stiff.\"",
            "him \"a total stiff", NAMED, "Trump", NULL);
    SPEAKER("en",
            "Sen. Ted Cruz, also a GOP presidential hopeful, called the KKK "
            "\"abhorrent\" in a tweet Sunday.",
            "the KKK \"abhorrent\" in a tweet Sunday", NAMED, "Sen. Ted Cruz",
            NULL);
    /* evidence verbs with data as their subject: the data noun's phrase
     * is the source; a person showing something is no evidence */
    ATTR("en",
         "A poll conducted by voters in the primary showed that change "
         "matters.",
         "change matters", IND, "named", "A poll", "showed");
    SPEAKER("en",
            "Despite polls showing her well behind, Clinton campaigned "
            "vigorously.",
            "her well behind", NOMINAL, "polls", NULL);
    NONE("en", "Trump showed his hand on Monday.");
    /* a kunya opens the name: the mother of Fatima is not Fatima */
    RNAME("ar", "وقالت \"أم فاطمة\" معلمة: نعيش قلقا كبيرا.", "نعيش قلقا كبيرا",
          "أم فاطمة");
    RNAME("ar", "وأوضحت المعلمة أم أحمد أنها تعينت قبل أربعة أعوام.",
          "تعينت قبل أربعة أعوام", "أم أحمد");
    /* «وبيّن» (explained) reports with its complementizer; «بين X وبين
     * Y» (between) does not */
    ATTR("ar", "وبيّن المهندس أحمد الفارس، أن المؤسسة باشرت صرف الدفعة.",
         "المؤسسة باشرت صرف الدفعة", IND, "named", "المهندس أحمد الفارس",
         "وبيّن");
    NONE("ar", "وتقع المدينة بين الرياض وبين جدة على الطريق السريع.");
    /* a plural nisba after a name is the object, no family name */
    ATTR("ar", "واتهم الوزير خالد الحوثيين بخرق الهدنة.",
         "الحوثيين بخرق الهدنة", IND, "named", "الوزير خالد", "واتهم");
    /* a family name alone resolves to the full name it ends, over a
     * middle name («عبدالرحمن صباح عيدان»); a definite noun, a phrase and
     * the person's name make one subject; after a colon the
     * complementizer is no part of the content */
    RNAME("ar",
          "اعترف المتهم الرئيسي عبدالرحمن صباح عيدان بالتنسيق مع منفذ "
          "الهجوم. وقال عيدان إنه استلم الحزام الناسف.",
          "استلم الحزام الناسف", "عبدالرحمن صباح عيدان");
    ATTR("ar",
         "وقال المتعامل بسوق القطيف محمد المحيشي: إن غالبية الروبيان وصل.",
         "غالبية الروبيان وصل", IND, "named",
         "المتعامل بسوق القطيف محمد المحيشي", "وقال");
    /* «في تصريح» after the verb of its clause is the verb's circumstance,
     * no report of its own; the name in commas after «نقيب» is the
     * person */
    SEGMENTS("ar",
             "واستنكر نقيب الأشراف، محمود الشريف، في تصريح له أمس، الهجوم "
             "على المسجد.",
             1, "في تصريح له أمس، الهجوم على المسجد", IND, 0, NULL);
    RNAME("ar",
          "واستنكر نقيب الأشراف، محمود الشريف، في تصريح له أمس، الهجوم "
          "على المسجد.",
          "في تصريح له أمس، الهجوم على المسجد", "محمود الشريف");
    /* a definite verbal-noun form with a person's name after it is the
     * person's description, the subject («المواطنة» is no object) */
    RNAME("ar",
          "طالبت المواطنة فاطمة السلمي الوزارة بإنصافها. وأوضحت أنها "
          "تقدمت بشكوى.",
          "تقدمت بشكوى", "فاطمة السلمي");
    /* «كان X قد أعلن»: «قد» belongs to the verb, not to the subject */
    ATTR("ar", "وكانت الجماعة المتطرفة قد أعلنت مسؤوليتها عن الهجوم.",
         "مسؤوليتها عن الهجوم", IND, "named", "الجماعة المتطرفة", "أعلنت");
    /* a relative right before the cue: the name it follows speaks */
    SPEAKER("ar",
            "ويؤكد محمد آل مهنا أن العيد محتفظ بأصالته، بينما يشاطره الرأي "
            "ناصر محمد الدوسري الذي يرى أن العيد لم يتغير.",
            "العيد لم يتغير", NAMED, "ناصر محمد الدوسري", NULL);
    /* a name in commas after a title, an honorific before it; a name we
     * have no list for is then the person's name, also when a dropped
     * subject takes it up */
    RNAME("ar",
          "أعرب الأمين العام لمجلس التعاون، الدكتور عبداللطيف بن راشد "
          "الزياني، عن استغرابه من التصريحات، مؤكدا أن بعضها مستفز.",
          "بعضها مستفز", "عبداللطيف بن راشد الزياني");
    RNAME("ar",
          "وقال رئيس حزب الحركة القومية، دولت بهتشلي، إن الحكومة فشلت. "
          "وأضاف أن الانتخابات قريبة.",
          "الانتخابات قريبة", "دولت بهتشلي");
    /* a quoted source after «بحسب»; «فإن» opens what it reports */
    ATTR("ar", "وبحسب \"الألمانية\"، فإن الحكومة الكورية تحاول بيع أسهم البنك.",
         "الحكومة الكورية تحاول بيع أسهم البنك", ACC, "named", "الألمانية",
         "وبحسب");
    /* «عبد» and a divine name written apart open a name */
    RNAME("ar",
          "وقال الشيخ عبد الرحمن السديس إن الأمن مستتب. وأضاف أن الحج "
          "ناجح.",
          "الحج ناجح", "عبد الرحمن السديس");
    RNAME("ar",
          "وقال مفتي المملكة الشيخ عبد العزيز آل الشيخ إن الوحدة واجبة. "
          "وأوضح أن الفتن خطيرة.",
          "الفتن خطيرة", "عبد العزيز آل الشيخ");
    /* an actor after a preposition is no subject of the verb before it */
    SPEAKER("ar", "وتخشى إسرائيل من تعزيز حزب الله لترسانته الصاروخية.",
            "من تعزيز حزب الله لترسانته الصاروخية", NAMED, "إسرائيل", NULL);
    /* an actor in a title's genitive, and the person's name after it */
    SPEAKER("ar",
            "ذكر زعيم حزب الله اللبناني حسن نصر الله اليوم أن الحزب يثق "
            "بالدعم.",
            "الحزب يثق بالدعم", NAMED, "زعيم حزب الله اللبناني حسن نصر الله",
            NULL);
    /* a short opener and a comma before the verb is no content */
    ATTR("ar",
         "إلى ذلك، أعلن رئيس حزب الحركة القومية، دولت بهتشلي، شرطا جديدا "
         "للمشاركة في الحكومة.",
         "شرطا جديدا للمشاركة في الحكومة", IND, "named",
         "رئيس حزب الحركة القومية، دولت بهتشلي", "أعلن");
#undef p
}

/* Arabic: the people an article names with a first name, speaking or not,
 * are the fuller mentions of a family name alone («الحربي», «ابن فالح»,
 * «آل الشيخ»); a first name after «الملك» in an institution's name is no
 * person; verbs take no ك or ب; a preposition with a pronoun is no
 * subject. */
static void test_persons(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    static const char balawi[] =
        "عرض البرنامج حوارا طويلا لمنصور الحربي المشرف على الفريق. ووصف "
        "الحربي رحيل المدرب بالقرار الصحيح. وقال إن الفريق سيعود قويا.";
    /* a known family name ends the subject: the object is no part of it */
    SPEAKER("ar", balawi, "رحيل المدرب بالقرار الصحيح", NAMED, "الحربي",
            "لمنصور الحربي");
    /* the person named after ل, without the ل in the output */
    SPEAKER("ar", balawi, "الفريق سيعود قويا", DROPPED, NULL, "لمنصور الحربي");
    const fsc__attribution *x = by_content(&p, balawi, "الفريق سيعود قويا");
    TH_CHECK(x != NULL && x->res_skip == 2);
    /* «ابن» after «بن» */
    SPEAKER("ar",
            "أكد سعيد بن فالح مدير المركز أن المعرض ناجح. وأضاف ابن فالح "
            "أن الزوار كثر. وتابع أن الدعم مستمر.",
            "الزوار كثر", NAMED, "ابن فالح", "سعيد بن فالح مدير المركز");
    /* a family name after «آل», first named without speaking */
    SPEAKER("ar",
            "تحدث الشيخ عبد العزيز آل الشيخ في خطبة الجمعة عن الصبر. وشدد "
            "آل الشيخ على أن الصبر مفتاح الفرج. وأضاف أن الدعاء سلاح "
            "المؤمن.",
            "الدعاء سلاح المؤمن", DROPPED, NULL, "عبد العزيز آل الشيخ");
    /* «مستشفى الملك خالد» is a hospital; the person follows */
    TITLE("ar",
          "قال مدير مستشفى الملك خالد الدكتور فهد العتيبي إن المرضى بخير.",
          "المرضى بخير", "فهد العتيبي");
    /* Kerry, not ك + يرى (believes) */
    SPEAKER("ar", "وأكد وزير الخارجية جون كيري أن المحادثات مثمرة.",
            "المحادثات مثمرة", NAMED, "وزير الخارجية جون كيري", NULL);
    NONE("ar", "ناقش كيري مع نظيره الروسي أن الحل سياسي.");
    /* «به» is no subject of «تعهد» */
    NO_NAMED("ar", "وأوفى الطرف الآخر بما تعهد به أن يسلم الأسرى.");
    /* the newest verb's subject is no reason to leave the speaker of
     * «واتهم» for a longer phrase */
    SPEAKER("ar",
            "قال الرئيس محمود عباس أبو مازن إن الوضع صعب. واتهم أبو مازن "
            "وزير الخارجية الأمريكي جون كيري بالتقصير فيما تعهد به من "
            "اتفاق وقال: «إننا أوفينا بكل ما علينا».",
            "إننا أوفينا بكل ما علينا", DROPPED, NULL,
            "الرئيس محمود عباس أبو مازن");
    /* no noun phrase before the verb: «كان», «لا تزال», «كأن» */
    SPEAKER("ar",
            "قال المتهم إن القباع أبلغه بالموعد وأنه كان يعتقد أن الصلاة قد "
            "انتهت.",
            "الصلاة قد انتهت", DROPPED, NULL, "المتهم");
    NO_NAMED("ar", "وكأني بهم يقولون: نريد حقوقنا.");
    NO_NAMED("ar", "وأضافت أنها لا تزال تنتظر الرد وتؤكد أن حقها واضح.");
    /* a vowelled accusative after the verb is its object: the subject is
     * dropped */
    SPEAKER("ar",
            "قال الخبير يحيى العمري إن السوق واعدة. ودعا الشبابَ السعودي ألا "
            "يتمسكوا بالوظيفة الحكومية.",
            "الشبابَ السعودي ألا يتمسكوا بالوظيفة الحكومية", DROPPED, NULL,
            "الخبير يحيى العمري");
    /* an evidence phrase: the verb is the cue, the data noun phrase the
     * source */
    ATTR("ar", "كشفت أرقام رسمية أن البطالة تراجعت.", "البطالة تراجعت", IND,
         "named", "أرقام رسمية", "كشفت");
    SPEAKER("ar", "وأشار التقرير إلى أن الأسعار سترتفع.", "الأسعار سترتفع",
            NOMINAL, "التقرير", NULL);
    SPEAKER("ar",
            "قال الوزير إن الخطة جاهزة. وأظهرت بيانات معهد البترول الأمريكي "
            "أن المخزونات ارتفعت.",
            "المخزونات ارتفعت", NOMINAL, "بيانات معهد البترول الأمريكي", NULL);
    /* a name we have no list for, one word before a preposition or
     * punctuation */
    SPEAKER("ar", "وقالت نبيلة (مصرية): وجودي هنا جعلني سعيدة.",
            "وجودي هنا جعلني سعيدة", NAMED, "نبيلة", NULL);
    SPEAKER("ar", "وقال دفتردار في تعليقه على المقطع إن التصرف غير مقبول.",
            "التصرف غير مقبول", NAMED, "دفتردار", NULL);
    /* ... but no preposition or generic noun is a name */
    NO_NAMED("ar", "وأضاف عبر حسابه إن الخطة جاهزة.");
    SPEAKER("ar", "وقال بيان إن الاجتماع انتهى.", "الاجتماع انتهى", NOMINAL,
            "بيان", NULL);
    /* «علي» the name, not «على» written with ي */
    SPEAKER("ar", "وقال علي حسن إن الخطة جاهزة.", "الخطة جاهزة", NAMED,
            "علي حسن", NULL);
    NO_NAMED("ar", "وأكد علي أن الخطة جاهزة.");
    /* a quotation after an anonymity phrase in a relative clause hangs on
     * the verb before it */
    ATTR("ar",
         "وقال المصدر الذي رفض الكشف عن اسمه \"إن اللجنة المكلفة ستعلن "
         "قريبا\".",
         "إن اللجنة المكلفة ستعلن قريبا", DIR, "anonymous", "المصدر", "وقال");
    /* an institution ended by a time or a preposition is the subject of
     * a report with no complementizer; what is said follows «عن» */
    SPEAKER("ar",
            "أعلنت وزارة الداخلية أمس الجمعة عن مقتل عنصر إرهابي واعتقال 13 "
            "آخرين.",
            "مقتل عنصر إرهابي واعتقال 13 آخرين", NOMINAL, "وزارة الداخلية",
            NULL);
    SPEAKER("ar", "أعلنت نقابة الأشراف في مصر عن تضامنها الكامل مع المملكة.",
            "تضامنها الكامل مع المملكة", NOMINAL, "نقابة الأشراف", NULL);
    /* an institution's name is no person's: resolved_to keeps it whole */
    RNAME("ar",
          "توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها هطولا "
          "للأمطار.",
          "في تقريرها هطولا للأمطار", "الرئاسة العامة للأرصاد وحماية البيئة");
    /* a noun with ة after a name of two words is the object */
    SPEAKER("ar",
            "أكد لاعب المنتخب وسام حمدان جدارة الفريق بصدارة المجموعة وقال "
            "إنهم لن يتخلوا عن الصدارة.",
            "جدارة الفريق بصدارة المجموعة", NAMED, "لاعب المنتخب وسام حمدان",
            NULL);
    /* a clause opened by «وقد» inside the sentence: its subject speaks
     * next */
    SPEAKER("ar",
            "احتفل المنتخب في أحد فنادق الرباط وقد عبر مدير المنتخب خالد مطر "
            "عن سعادته بالاحتفال وقال: \"جهود رئيس البعثة واضحة\".",
            "جهود رئيس البعثة واضحة", DROPPED, NULL, "مدير المنتخب خالد مطر");
    /* a channel closed off by marks right after the verb, the person
     * after it is the subject, and a dropped subject later continues
     * that person; a channel with no one after it leaves the subject
     * dropped */
    SPEAKER("ar",
            "وقال لـ\"الحياة\" خالد سعد الأمين العام للغرفة إن السوق "
            "مستقر.",
            "السوق مستقر", NAMED, "خالد سعد الأمين العام", NULL);
    SPEAKER("ar",
            "وأوضح لـ(عكاظ) فهد الحربي، مدير الفرع، أن الفرق بدأت عملها. "
            "وأضاف أن الجولات يومية.",
            "الجولات يومية", DROPPED, NULL, "فهد الحربي");
    SPEAKER("ar",
            "وأوضح لـ\"الحياة\" سامي القحطاني؛ خبير الإعلام، أن الألعاب "
            "خطرة، مؤكدا أن الرقابة ضرورية.",
            "الرقابة ضرورية", DROPPED, NULL, "سامي القحطاني");
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقال لـ\"الحياة\" إن "
            "السوق مستقر.",
            "السوق مستقر", DROPPED, NULL, "الوزير أحمد حسن");
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وأضاف للصحفيين أن "
            "السوق مستقر.",
            "السوق مستقر", DROPPED, NULL, "الوزير أحمد حسن");
    /* ... but a name the channel's quotation holds is no subject */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقال لـ\"عين اليوم\" "
            "إن السوق مستقر.",
            "السوق مستقر", DROPPED, NULL, "الوزير أحمد حسن");
    /* a subject ended by an adverbial keeps it past brackets further on,
     * and the participle after it continues that subject */
    SPEAKER("ar",
            "قال الوزير أحمد حسن إن الإصلاح مستمر. وحذر المالكي خلال "
            "احتفالية في المثنى (270 كم جنوب بغداد) من أن تخترق "
            "المظاهرات، موضحا أن الثورات تسرق.",
            "الثورات تسرق", DROPPED, NULL, "المالكي");
    /* a plural أفعال written with hamza above is the subject, not a
     * verbal noun like «إعلان» */
    SPEAKER("ar", "وترى الأوساط الفرنسية أن الاتفاق مفيد.", "الاتفاق مفيد",
            NOMINAL, "الأوساط الفرنسية", NULL);
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وأكد إطلاق المشروع "
            "الجديد الشهر المقبل.",
            "إطلاق المشروع الجديد الشهر المقبل", DROPPED, NULL,
            "الوزير أحمد حسن");
    /* a verse or a hadith the speaker cites («قال تعالى», «قال صلى الله
     * عليه وسلم») is no antecedent of a later dropped subject: the
     * preacher goes on; the Prophet named with a title is */
    SPEAKER("ar",
            "وقال الشيخ عبدالعزيز آل الشيخ إن الفئة ضالة. قال صلى الله "
            "عليه وسلم: \"لعن الله الراشي والمرتشي\". وأضاف أن الرشوة "
            "مال حرام.",
            "الرشوة مال حرام", DROPPED, NULL, "الشيخ عبدالعزيز آل الشيخ");
    SPEAKER("ar",
            "وقال الشيخ عبدالعزيز آل الشيخ إن الفئة ضالة. قال تعالى: "
            "\"ولا تقتلوا أنفسكم\". وأضاف أن الرشوة مال حرام.",
            "الرشوة مال حرام", DROPPED, NULL, "الشيخ عبدالعزيز آل الشيخ");
    SPEAKER("ar",
            "وقال رسول الله صلى الله عليه وسلم إن الصبر مفتاح الفرج. "
            "وأضاف أن الدعاء عبادة.",
            "الدعاء عبادة", DROPPED, NULL, "رسول الله صلى الله عليه وسلم");
    /* number: a verb before its subject agrees in gender only («وقال
     * المسؤولون»), so a plural subject (sound plural, broken plural of
     * people) is kept plural for the plural verb that continues it; the
     * dual verb («فقالا») counts with the plural */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقال المسؤولون في "
            "الوزارة إن الطرق مغلقة. وأضافوا أن المطار يعمل.",
            "المطار يعمل", DROPPED, NULL, "المسؤولون في الوزارة");
    SPEAKER("ar",
            "وقالت الوزيرة هدى علي إن الوضع مستقر. وقال الخبراء إن الطرق "
            "مغلقة. وأضافوا أن المطار يعمل. وأضافت أن المدارس تعمل.",
            "المدارس تعمل", DROPPED, NULL, "الوزيرة هدى علي");
    SPEAKER("ar",
            "وقالت الوزيرة هدى علي إن الوضع مستقر. وقال الخبراء إن الطرق "
            "مغلقة. ويقولون إن المطار يعمل.",
            "المطار يعمل", DROPPED, NULL, "الخبراء");
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. أما المواطنان علي محمد "
            "وسعد ناصر فقالا إن الكهرباء تنقطع، وأشاروا إلى أن المنطقة "
            "كبيرة.",
            "المنطقة كبيرة", DROPPED, NULL, "المواطنان علي محمد وسعد ناصر");
    /* ... a singular verb does not take them up, nor does «القانون» make
     * a plural */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وقال المسؤولون في "
            "الوزارة إن الطرق مغلقة. ويقول أن المطار يعمل.",
            "المطار يعمل", DROPPED, NULL, "الوزير أحمد حسن");
    SPEAKER("ar",
            "وقال المسؤولون إن الطرق مغلقة. وينص القانون على أن المطار "
            "يعمل. وأضافوا أن المدارس تعمل.",
            "المدارس تعمل", DROPPED, NULL, "المسؤولون");
    /* subject, verb, object: a sentence that opens with a name the
     * article gave in full, the verb right after it without و: the name
     * is the subject, the noun after the verb the object, and a
     * participle continues the subject (its fullest mention: the
     * source of «اعترف», admitted, before it) */
    SPEAKER("ar",
            "اعترف المتهم الرئيسي عبدالرحمن صباح عيدان بالتنسيق مع المنفذ. "
            "عيدان طالب القاضي بالإفراج عن المتهمين قائلا إن ليس لديهم أي "
            "دخل.",
            "ليس لديهم أي دخل", DROPPED, NULL,
            "المتهم الرئيسي عبدالرحمن صباح عيدان");
    SPEAKER("ar",
            "الوزير أحمد حسن انتقد الشركة المنفذة للمشروع، مؤكدا أن العمل "
            "متأخر.",
            "العمل متأخر", DROPPED, NULL, "الوزير أحمد حسن");
    SPEAKER("ar",
            "المدرب خالد سعد طالب اللاعبين بمضاعفة الجهد، مؤكدا أن الفريق "
            "جاهز.",
            "الفريق جاهز", DROPPED, NULL, "المدرب خالد سعد");
    SPEAKER("ar", "الهيئة العامة للسياحة أوضحت أن الفنادق ممتلئة.",
            "الفنادق ممتلئة", NAMED, "الهيئة العامة للسياحة", NULL);
    /* ... not after an adverbial: the verb comes first */
    SPEAKER("ar", "أمس قال المتحدث خالد سعد إن الطرق مغلقة.", "الطرق مغلقة",
            NAMED, "المتحدث خالد سعد", NULL);
    SPEAKER("ar", "مجددا أكد الوزير خالد سعد أن الطرق مغلقة.", "الطرق مغلقة",
            NAMED, "الوزير خالد سعد", NULL);
    /* «من جانبه», «بدوره» before the verb turn to a new speaker, the
     * subject after the verb; the participle continues it and not the
     * speaker before */
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. من جانبه التقى المحافظ "
            "خالد سعد بالزوار، مؤكدا أن المعرض ناجح.",
            "المعرض ناجح", DROPPED, NULL, "المحافظ خالد سعد");
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. بدوره التقى المحافظ خالد "
            "سعد بالزوار، مؤكدا أن المعرض ناجح.",
            "المعرض ناجح", DROPPED, NULL, "المحافظ خالد سعد");
    /* a verbal-noun shape before a short quoted name names an
     * organisation, the subject; a word with the accusative ending ends
     * the subject; without the quoted name it stays the object */
    SPEAKER("ar", "ونشر تنظيم \"داعش\" الإرهابي دليلاً سياحياً يظهر المزارع.",
            "دليلاً سياحياً يظهر المزارع", NAMED, "تنظيم \"داعش\" الإرهابي",
            NULL);
    SPEAKER("ar",
            "وقال الوزير أحمد حسن إن الوضع مستقر. وأكد تنظيم المؤتمر أن "
            "الحضور كبير.",
            "الحضور كبير", DROPPED, NULL, "الوزير أحمد حسن");
    /* a verb with و inside a sentence whose first clause is verb-first
     * and reports nothing shares that clause's subject; the noun after
     * it is the object, and a later dropped subject continues the
     * subject; a person after the verb is its own subject */
    SPEAKER("ar",
            "ووصل الرئيس محمود عباس إلى القاهرة أمس واتهم حماس بالتعنت في "
            "المفاوضات.",
            "حماس بالتعنت في المفاوضات", DROPPED, NULL, "الرئيس محمود عباس");
    SPEAKER("ar",
            "ووصل الرئيس محمود عباس إلى القاهرة أمس واتهم حماس بالتعنت. "
            "وقال إن الحوار متوقف.",
            "الحوار متوقف", DROPPED, NULL, "الرئيس محمود عباس");
    SPEAKER("ar",
            "افتتح الوزير أحمد حسن المعرض وأكد المحافظ خالد سعد أن الزوار "
            "كثر.",
            "الزوار كثر", NAMED, "المحافظ خالد سعد", NULL);
    /* an according-to phrase at the start, «فإن» after its source */
    ATTR("ar", "وحسب ما أوردته صحيفة الحياة فإن الاجتماع تأجل.",
         "الاجتماع تأجل", ACC, "named", "صحيفة الحياة", "وحسب ما أوردته");
    /* a verb after «بحسب ما» that the lexicon does not list is skipped */
    ATTR("ar", "وبحسب ما ذكرت الصحيفة فإن الاجتماع تأجل.", "الاجتماع تأجل", ACC,
         "named", "الصحيفة", "وبحسب ما ذكرت");
    SPEAKER("ar", "وبحسب ما تناقله المصرفيون، فإن البنك سيرفع الفائدة.",
            "البنك سيرفع الفائدة", NOMINAL, "المصرفيون", NULL);
    /* «صادر عن»: the issuer belongs to the source a later dropped subject
     * takes up */
    SPEAKER("ar",
            "كشف تقرير صادر عن مركز المعلومات في الغرفة التجارية أن الأسعار "
            "ارتفعت. وبين أن الطلب زاد.",
            "الطلب زاد", DROPPED, NULL, "تقرير صادر عن مركز المعلومات");
    /* a definite plural in -ين after the subject is the object; an
     * adjective agreeing with a dual is not */
    SPEAKER("ar",
            "وطالب الوزير اللاعبين بمضاعفة الجهد من أجل التأهل إلى الدور "
            "النهائي.",
            "اللاعبين بمضاعفة الجهد من أجل التأهل إلى الدور النهائي", NOMINAL,
            "الوزير", NULL);
    SPEAKER("ar", "وأكد خادم الحرمين الشريفين أن المملكة ماضية في دعم الأشقاء.",
            "المملكة ماضية في دعم الأشقاء", NAMED, "خادم الحرمين الشريفين",
            NULL);
    /* «إلى» far after the cue opens what is said only for cues that take
     * it («أشار ... إلى») */
    SPEAKER("ar",
            "أشار القرآن الكريم، وحي الله الذي نزل على النبي، إلى حقيقة "
            "علمية في عدد من آياته.",
            "حقيقة علمية في عدد من آياته", NOMINAL, "القرآن الكريم", NULL);
#undef p
}

/* Arabic: reports nested in a reported clause, source spans that end
 * before the object, agreement of dropped subjects. */
/* Arabic subjects that are no noun phrase: an aspect verb before the
 * cue, an independent pronoun; «طالب» as a name */
static void test_ar_subjects4(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* «ومضى يقول»: the aspect verb is no subject; the speaker goes on */
    SPEAKER("ar",
            "وقال الخبير الاقتصادي سالم العتيبي إن الأسواق متقلبة. ومضى "
            "يقول: الأسعار سترتفع في الربع المقبل.",
            "الأسعار سترتفع في الربع المقبل", DROPPED, NULL,
            "الخبير الاقتصادي سالم العتيبي");
    SPEAKER("ar",
            "وقالت الباحثة هند الزهراني إن النتائج أولية. وراحت تقول إن "
            "العينة صغيرة.",
            "العينة صغيرة", DROPPED, NULL, "الباحثة هند الزهراني");
    /* a subject before the verb is still one («الوزارة أكدت أن») */
    SPEAKER("ar", "الوزارة أكدت أن المدارس ستفتح في موعدها.",
            "المدارس ستفتح في موعدها", NOMINAL, "الوزارة", NULL);
    /* «وهو يقول», «فهي ترى»: the pronoun is the subject; it refers to the
     * person of its gender named before it in the sentence */
    SPEAKER("ar",
            "وصل الوزير خالد المنصور إلى القاعة وهو يقول إن الاتفاق سيوقع "
            "قريبا.",
            "الاتفاق سيوقع قريبا", PRONOUN, "وهو", "خالد المنصور");
    SPEAKER("ar",
            "التقى الوزير خالد المنصور السفيرة سارة الحربي، وهي ترى أن "
            "العلاقات متينة.",
            "العلاقات متينة", PRONOUN, "وهي", "سارة الحربي");
    SPEAKER("ar",
            "وأعجبتني الدكتورة (نوال العمري) بحديثها عن التعليم، فهي ترى أن "
            "المناهج تحتاج إلى مراجعة.",
            "المناهج تحتاج إلى مراجعة", PRONOUN, "فهي", "نوال العمري");
    /* (with no one of its gender named, the newest speaker of its
     * gender) */
    SPEAKER("ar", "وقال محمد الحمادي إن الوضع مقلق. وهو يرى أن الحل قريب.",
            "الحل قريب", PRONOUN, "وهو", "محمد الحمادي");
    /* a quantifier opening a clause heads the subject before the verb */
    SPEAKER("ar",
            "بحثنا في الإنترنت، فبعض المواقع تشير إلى أن الضوء لا يرى من "
            "بعيد.",
            "الضوء لا يرى من بعيد", NOMINAL, "فبعض المواقع", NULL);
    SPEAKER("ar", "ومعظم الخبراء يرون أن الأسعار ستنخفض.", "الأسعار ستنخفض",
            NOMINAL, "ومعظم الخبراء", NULL);
    /* (a verb with و has its own subject: here the one dropped) */
    SPEAKER("ar",
            "وقال الوزير خالد المنصور إن الوضع جيد. وزار بعض المدارس، وأكد "
            "أن التعليم أولوية.",
            "التعليم أولوية", DROPPED, NULL, "الوزير خالد المنصور");
    /* «حسب هذه النصيحة»: the words reported just before, their speaker */
    SPEAKER("ar",
            "وقال ابن المقفع: «اعلم أن من عدوك من تعمل في هلاكه». حسب هذه "
            "النصيحة فإن الأعداء ليسوا سواء في قوتهم.",
            "الأعداء ليسوا سواء في قوتهم", NOMINAL, "هذه النصيحة",
            "ابن المقفع");
    SPEAKER("ar",
            "وقالت الوزارة إن الطلب على الكهرباء يرتفع. ووفقا لهذا التقرير "
            "فإن الاستهلاك سيتضاعف.",
            "الاستهلاك سيتضاعف", NOMINAL, "لهذا التقرير", "الوزارة");
    /* (a plan or a rule is no report) */
    NONE("ar", "وحسب هذه الخطة فإن المشروع سينتهي العام المقبل.");
    /* a definite event after the subject is the verb's object */
    ATTR("ar",
         "ومن جانبه استنكر ناجي الشهابي رئيس حزب الجيل الحادث الإرهابي "
         "الذي استهدف المسجد.",
         "الحادث الإرهابي الذي استهدف المسجد", IND, "named",
         "ناجي الشهابي رئيس حزب الجيل", "استنكر");
    ATTR("ar", "وأدان وزير الخارجية سامح شكري الهجوم على السفارة.",
         "الهجوم على السفارة", IND, "named", "وزير الخارجية سامح شكري",
         "وأدان");
    /* (after a noun in the construct state it is the genitive) */
    ATTR("ar", "وقالت لجنة متابعة الهجوم إن التحقيق مستمر.", "التحقيق مستمر",
         IND, "named", "لجنة متابعة الهجوم", "وقالت");
    /* «طالب» after a verb, before a bare «أن», after «أبو»: a name */
    ATTR("ar", "وأوضح المخرج أمين طالب أن المسرحية تهدف إلى التوعية.",
         "المسرحية تهدف إلى التوعية", IND, "named", "المخرج أمين طالب",
         "وأوضح");
    ATTR("ar",
         "قال المدير أمين طالب إن العرض ناجح. وبين طالب أن المسرحيات "
         "كتبت بعناية.",
         "المسرحيات كتبت بعناية", IND, "named", "طالب", "وبين");
    ATTR("ar", "وقال الدكتور موفق أبو طالب إن الاجتماع ناقش الاستعدادات.",
         "الاجتماع ناقش الاستعدادات", IND, "named", "الدكتور موفق أبو طالب",
         "وقال");
    /* (the verb with what is demanded after ب stays a cue) */
    ATTR("ar", "وطالب الأهالي بأن تصلح البلدية الطريق.", "تصلح البلدية الطريق",
         IND, "named", "الأهالي", "وطالب");
    /* (an honorific names a person whose name we have no list for) */
    SPEAKER("ar",
            "وشكرت الدكتورة (عزيزه المانع) الحضور، وهي ترى أن المبادرة "
            "ناجحة.",
            "المبادرة ناجحة", PRONOUN, "وهي", "الدكتورة (عزيزه المانع)");
#undef p
}

static void test_ar_nested(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the phrase after «إن» is the subject of the verb that follows it;
     * the report it makes is nested and does not cut the outer content */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وأضاف إن الفحوص التي أجريت "
            "على العينات تشير بوضوح إلى تلوث المياه.",
            "تلوث المياه", NOMINAL, "الفحوص التي أجريت على العينات", NULL);
    SPEAKER("ar", "وذكر التقرير أن الشركة قد أعلنت أن الأرباح ارتفعت.",
            "الأرباح ارتفعت", NOMINAL, "الشركة", NULL);
    /* (not after «أنه»: the pronoun is the subject, the speaker before) */
    SPEAKER("ar", "قال محمد الحمادي إن الوضع مقلق، وأكد أنه يرى أن الحل قريب.",
            "الحل قريب", DROPPED, NULL, "محمد الحمادي");
    /* (nor a verb right after a relative: the relative clause's own) */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وأكد أن المسؤولين الذين "
            "يقولون إن الأزمة انتهت مخطئون.",
            "الأزمة انتهت مخطئون", ANON, "المسؤولين", NULL);
    /* ب + the article after a name we have no list for is the object */
    SPEAKER("ar",
            "واعترف مدرب المكسيك ميغيل هيريرا بالخطأ الذي ارتكبه الحكم، "
            "مؤكدا أن الفريق يستحق الفوز.",
            "الفريق يستحق الفوز", DROPPED, NULL, "مدرب المكسيك ميغيل هيريرا");
    /* «ثمّن» (praised) reports; a noun after an institution noun in the
     * construct state is its genitive; «جهود» is what is praised */
    ATTR("ar", "وثمن أعضاء لجنة مبادرة السلام جهود المملكة في دعم القضية.",
         "جهود المملكة في دعم القضية", IND, "named", "أعضاء لجنة مبادرة السلام",
         "وثمن");
    /* a verb with و after a quotation opens a new clause: it is not the
     * quotation's postposed cue */
    ATTR("ar",
         "قال محمد الحمادي إن الوضع مقلق. وقال: «إن الحل بات قريبا من "
         "الجميع»، وثمن الوزير جهود رجال الأمن.",
         "إن الحل بات قريبا من الجميع", DIR, "named", NULL, "وقال");
    /* a feminine verb agrees with a verbal noun in ة after it: its
     * subject; after a masculine verb it is the object */
    SPEAKER("ar", "قالت المعارضة المسلحة إنها كثفت قصفها على مواقع الجيش.",
            "كثفت قصفها على مواقع الجيش", NOMINAL, "المعارضة المسلحة", NULL);
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وأعلن المقاطعة الكاملة "
            "للانتخابات.",
            "المقاطعة الكاملة للانتخابات", DROPPED, NULL, "محمد الحمادي");
    /* a name we have no list for, right after the verb, before ب */
    SPEAKER("ar", "وأشاد ابن محي بدعم أمير المنطقة لشباب المنطقة.",
            "بدعم أمير المنطقة لشباب المنطقة", NAMED, "ابن محي", NULL);
    /* a name in marks after «شركة», «مؤسسة» is nobody's speech; words
     * opened by «إن» are */
    NONE("ar", "وتعاقدت الوزارة مع شركة \"الخليج المتحدة للمقاولات والصيانة "
               "العامة\" لتنفيذ المشروع.");
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. ثم توجه إلى الشركة \"إن "
            "الأسعار لن ترتفع في الأشهر المقبلة\".",
            "إن الأسعار لن ترتفع في الأشهر المقبلة", DROPPED, NULL,
            "محمد الحمادي");
    /* an indefinite reporting noun right before the verb is its subject */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وأطلقت الوزارة حملة بعد "
            "تقارير تحدثت عن لحوم مهربة.",
            "لحوم مهربة", NOMINAL, "تقارير", NULL);
    /* (not a definite noun, nor one after the verb) */
    SPEAKER("ar",
            "قال محمد الحمادي إن الوضع مقلق. وبعد هذه التقارير قال إن "
            "اللحوم مهربة.",
            "اللحوم مهربة", DROPPED, NULL, "محمد الحمادي");
#undef p
}

/* «كان», its subject, «قد» and the verb, with a word in brackets inside
 * the subject or a circumstance set off by commas before «قد»; a verb
 * right after «كان» is its predicate, no subject. */
/* An office, the place it serves after «في», then the person's name
 * before the complementizer: the subject runs to the name; not past an
 * occasion («في مؤتمر صحفي مع نظيره X»: X is someone else). */
static void test_ar_office_place(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar",
            "وأوضح مدير إدارة المرور في محافظة الطائف سالم الحارثي أن "
            "الطريق سيفتح غدا.",
            "الطريق سيفتح غدا", NAMED,
            "مدير إدارة المرور في محافظة الطائف سالم الحارثي", NULL);
    SPEAKER("ar",
            "وقالت مديرة العلاقات العامة في الجمعية نورة العتيبي، إن "
            "البرنامج يبدأ الأحد.",
            "البرنامج يبدأ الأحد", NAMED,
            "مديرة العلاقات العامة في الجمعية نورة العتيبي", NULL);
    SPEAKER("ar",
            "وقال الوزير في مؤتمر صحفي مع نظيره خالد العمري إن العلاقات "
            "جيدة.",
            "العلاقات جيدة", NOMINAL, "الوزير", NULL);
#undef p
}

static void test_ar_kana_gap(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SPEAKER("ar", "وكانت وسائل الإعلام (المحلية) قد أشارت إلى أن الخطة جاهزة.",
            "الخطة جاهزة", NAMED, "وسائل الإعلام (المحلية)", NULL);
    SPEAKER("ar", "وكانت الوزارة، في بيان لها، قد أشارت إلى أن الخطة جاهزة.",
            "الخطة جاهزة", NOMINAL, "الوزارة", NULL);
    SPEAKER("ar", "وربما كان المدرب (45 عاما) يعتقد أن الفريق قادر على الفوز.",
            "الفريق قادر على الفوز", NAMED, "المدرب (45 عاما)", NULL);
    NO_NAMED("ar", "وكان يشرح للطلاب عن جبل (رضوى) يقول إن الجبل مرتفع.");
    /* «حين», «عندما» before the verb: the subject of «كان» without its
     * predicate */
    SPEAKER("ar",
            "وكان المحافظ سامي العتيبي واضحا حين قال إن الميناء سيفتح "
            "قريبا.",
            "الميناء سيفتح قريبا", NAMED, "المحافظ سامي العتيبي", NULL);
    SPEAKER("ar",
            "وكان مدير النادي فهد السالم أكثر صراحة عندما أكد أن الفريق "
            "يحتاج إلى مدرب.",
            "الفريق يحتاج إلى مدرب", NAMED, "مدير النادي فهد السالم", NULL);
    /* (an actor in the brackets names the subject) */
    ATTR("ar", "وكانت وكالة (رويترز) قد ذكرت أن الأسعار سترتفع.",
         "الأسعار سترتفع", IND, "reuters", "وكالة (رويترز)", "ذكرت");
#undef p
}

/* English "he"/"she" in a clause hung on a sentence whose subject is a
 * person named before it; "call" labelling after a relative or
 * complementizer, up to a spaced dash; tallies are no transcript. */
static void test_en_clause_subject(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the subject of the sentence, not the last speaker */
    SPEAKER("en",
            "Mr. Berg said the plan was late. Mr. Cole is at the centre of "
            "a new campaign - one he calls \"Fair Roads\" - but it is not "
            "for mayor.",
            "Fair Roads", PRONOUN, "he", "Mr. Cole");
    SPEAKER("en",
            "Mr. Berg said the roads were safe. In his first videos, Tom Cole "
            "wears a suit in clips he calls \"Road Watch\".",
            "Road Watch", PRONOUN, "he", "Tom Cole");
    /* a name inside a noun phrase is no subject */
    SPEAKER("en",
            "Mr. Berg said the roads were safe. An interview with reporter "
            "Tom Cole last week ended before he explained that the roads "
            "were closed.",
            "the roads were closed", PRONOUN, "he", "Mr. Berg");
    /* a name another pronoun showed to be a man's is no "she" */
    SPEAKER("en",
            "Jordan Lee said the count was fair. He added that it was final. "
            "Ms. Adams said the vote was fine. Later, Lee was angry when she "
            "said that the count was wrong.",
            "the count was wrong", PRONOUN, "she", "Ms. Adams");
    /* "call" labels: after "that"/"which" and a name, a quotation right
     * after the verb */
    SPEAKER("en", "It was a bill that Mr. Brown calls \"a gift to lobbyists\".",
            "a gift to lobbyists", NAMED, "Mr. Brown", NULL);
    SPEAKER("en", "The plan, which Mr. Smith called \"reckless\", was dropped.",
            "reckless", NAMED, "Mr. Smith", NULL);
    NONE("en", "The exhibition at the Grand Concourse called \"Open Maps\" "
               "closes in May.");
    /* a party and state label between the name and a postposed verb;
     * "continued" with a comma and a quotation */
    ATTR("en",
         "The vote was close. \"We will not give up on this bill, not now "
         "and not ever,\" Rep. Ann Cole (D-Ore.) said on Monday.",
         "We will not give up on this bill, not now and not ever,", DIR,
         "named", "Rep. Ann Cole", "said");
    ATTR("en",
         "Ms. Cole spoke for an hour. She continued, \"We will win this "
         "fight.\"",
         "We will win this fight.", DIR, "named", "She", "continued");
    NONE("en", "The rally continued, and the crowd grew in the rain.");
    /* a name ending in "Jr." or a dotted acronym before the verb; a
     * comma after a party label; a dotted place after a preposition is
     * no subject */
    SPEAKER("en",
            "The debate went on. Vice President Joseph R. Biden Jr. said the "
            "plan was dangerous.",
            "the plan was dangerous", NAMED,
            "Vice President Joseph R. Biden Jr", NULL);
    SPEAKER("en",
            "The case went on. The F.B.I. has said it had no information "
            "about the man.",
            "it had no information about the man", NOMINAL, "The F.B.I", NULL);
    SPEAKER("en",
            "The debate went on. Sen. Jack Reed (D-R.I.), said after a lunch "
            "that he had not read the plan.",
            "he had not read the plan", NAMED, "Sen. Jack Reed", NULL);
    SPEAKER("en",
            "The study ended. Researchers from Penn State University (PSU) in "
            "the U.S. reported the invention of a new coating.",
            "the invention of a new coating", UNRES, NULL, NULL);
    /* the subject of the clause a participle hangs on: a number word
     * and a noun, a phrase with "of", an actor the lexicon knows, after a
     * time phrase with or without its comma; not the last speaker */
    SPEAKER("en",
            "Mr. Berg said the park was safe. And six local tenant "
            "groups sent letters to the council, arguing that the park was "
            "unsafe.",
            "the park was unsafe", NOMINAL, "six local tenant groups", NULL);
    SPEAKER("en",
            "Mr. Berg said the park was safe. Soon after the vote, the owners "
            "of the town's bakeries had gathered, warning that rents would "
            "rise.",
            "rents would rise", NOMINAL, "the owners of the town's bakeries",
            NULL);
    SPEAKER("en",
            "Mr. Berg said the park was safe. On Monday morning Ms. Ortiz "
            "sent a letter to the board, writing that the park was unsafe.",
            "the park was unsafe", NAMED, "Ms. Ortiz", NULL);
    ATTR("en",
         "Mr. Berg said the talks had failed. This week, Aliyev visited the "
         "border town, saying that the talks would resume.",
         "the talks would resume", IND, "aliyev", "Aliyev", "saying");
    /* "read" of a document or a sign, set after the quotation or with
     * the quotation right after it; not a reader, not an imperative */
    ATTR("en",
         "The council met on Friday. \"The bridge will stay closed until "
         "spring,\" the notice read.",
         "The bridge will stay closed until spring,", DIR, "named",
         "the notice", "read");
    NONE("en", "Read the latest updates on the storm below:");
    NONE("en", "Um, I like to read books by Ann Byrd, and the books are long.");
    /* "chanting" before a quotation; the subject a number word opens
     * over "of" */
    SPEAKER("en",
            "Mr. Berg said the ward was safe. Hundreds of nurses marched "
            "through the city, chanting \"Safe wards now.\"",
            "Safe wards now", NOMINAL, "Hundreds of nurses", NULL);
    /* 'Said X, "..."'; "went on to say" after "but", "went so far as
     * to say" */
    SPEAKER("en", "The storm passed. Said Lopez, \"The roof held up well.\"",
            "The roof held up well.", NAMED, "Lopez", NULL);
    SPEAKER("en",
            "Ms. Ortiz joked that the roof was fine, but went on to say, "
            "\"There are leaks everywhere.\"",
            "There are leaks everywhere.", NAMED, "Ms. Ortiz", NULL);
    SPEAKER("en",
            "The critic Ann Byrd went so far as to say: \"The play is "
            "over.\"",
            "The play is over.", NAMED, "Ann Byrd", NULL);
    /* a headline's label before a colon: a person the article names
     * again, or a noun of a source alone; not any word */
    SPEAKER("en",
            "Lopez: New bridge will open in May\n\nMayor Ann Lopez visited "
            "the site on Monday.",
            "New bridge will open in May", NAMED, "Lopez", NULL);
    SPEAKER("en",
            "Poll: Most voters back the new bridge\n\nThe bridge opens in "
            "May.",
            "Most voters back the new bridge", NAMED, "Poll", NULL);
    NO_CONTENT("en",
               "Update: New bridge will open in May\n\nThe bridge opens "
               "in May.",
               "New bridge will open in May");
    NO_CONTENT("en",
               "Lopez: New bridge will open in May\n\nThe bridge opens "
               "in May.",
               "New bridge will open in May");
    /* "he"/"she" opening a clause after a sentence in which nobody
     * speaks and whose one subject is a person: that person, not the
     * last speaker; with two subjects there, the last speaker */
    SPEAKER("en",
            "Mr. Berg said the plan was late. Mr. Cole visited the site on "
            "Monday. He said the bridge was safe.",
            "the bridge was safe", PRONOUN, "He", "Mr. Cole");
    SPEAKER("en",
            "Ann Ruiz said the plan was late. Later, Ruiz visited the site "
            "with the mayor. She said the bridge was unsafe.",
            "the bridge was unsafe", PRONOUN, "She", "Ruiz");
    SPEAKER("en",
            "Ms. Adams said the plan was late. Ms. Cole visited the site, but "
            "Ms. Ruiz stayed home. She said the bridge was unsafe.",
            "the bridge was unsafe", PRONOUN, "She", "Ms. Adams");
    /* a given name tells the gender ("Tom" is no "she"), also through
     * the fuller name written before a short mention ("Berg") */
    SPEAKER("en",
            "Ann Ruiz said the plan was late. Tom Berg said it was fine. She "
            "added that the bridge was unsafe.",
            "the bridge was unsafe", PRONOUN, "She", "Ann Ruiz");
    SPEAKER("en",
            "Ann Ruiz said the plan was late. Tom Berg joined the talks. Berg "
            "said it was fine. She added that the bridge was unsafe.",
            "the bridge was unsafe", PRONOUN, "She", "Ann Ruiz");
    /* a place, a time or a body is no "he"/"she" */
    SPEAKER("en",
            "Ann Ruiz toured the state. New Hampshire voted on Tuesday. She "
            "said the turnout was low.",
            "the turnout was low", PRONOUN, "She", "Ann Ruiz");
    SPEAKER("en", "Election Day came and went. He said the turnout was low.",
            "the turnout was low", PRONOUN, "He", NULL);
    /* tallies are no speaker labels */
    NONE("en", "Delegates so far.\n\nClinton: 547.\n\nSanders: 46.\n\n"
               "Clinton: 2,316.\n\nThe count goes on in June.");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_speakers,        test_subjects,         test_persons,
        test_ar_nested,       test_ar_subjects4,     test_ar_kana_gap,
        test_ar_office_place, test_en_clause_subject
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
