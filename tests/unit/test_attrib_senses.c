/*
 * test_attrib_senses.c - cue senses (speech, stance, evidence, belief and
 * the non-speech senses rejected), addressees and channels, according-to
 * nouns and citation chains, and the structure of quotations (split,
 * continued, mixed). Same pipeline as test_attrib.c.
 */
#include "attrib_expect.h"

/* Cue senses, addressees, according-to nouns and citation chains (issue
 * items 6-8), positive and negative, in the three languages. */
static void test_senses(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* Arabic impersonal expectations: no holder named («من المتوقع أن»,
     * a belief verb in the imperfect with «أن» right after it), while a
     * speech verb so written keeps its dropped subject; «ينتظر» without a
     * complementizer waits */
    ATTR("ar", "ومن المتوقع أن يشهد المهرجان إقبالا كبيرا.",
         "يشهد المهرجان إقبالا كبيرا", IND, "unresolved", NULL, "ومن المتوقع");
    ATTR("ar", "قال الوزير إن الخطة جاهزة. ويتوقع أن تظهر المواجهة قوية.",
         "تظهر المواجهة قوية", IND, "unresolved", NULL, "ويتوقع");
    ATTR("ar", "قال الوزير إن الخطة جاهزة. ويقول أن الأمر انتهى.",
         "الأمر انتهى", IND, "named", NULL, "ويقول");
    NONE("ar", "وينتظر الجمهور المباراة بشغف.");
    /* «شدد» (stressed / tightened) reports after its subject only with
     * what it stresses: «على أن», «على ضرورة», «على أهمية» */
    ATTR("ar",
         "وشدد الشيخ عبد الرحمن السديس إمام المسجد الحرام، على ضرورة "
         "الاهتمام بقضايا الشباب.",
         "ضرورة الاهتمام بقضايا الشباب", IND, "named",
         "الشيخ عبد الرحمن السديس", "وشدد");
    ATTR("ar", "وأكد الوزير خالد الفيصل على أهمية التعاون بين الدول.",
         "أهمية التعاون بين الدول", IND, "named", "الوزير خالد الفيصل", "وأكد");
    NONE("ar", "وشدد الجيش الحصار على المدينة المحاصرة.");
    /* «عبر» (expressed) reports with its subject before «عن» and an
     * attitude after it (a feeling, or a noun with the speaker's
     * pronoun); a thing that «عبر عن» something, and the preposition
     * «عبر» (via), report nothing */
    ATTR("ar", "وعبر مدير المنتخب خالد مطر عن سعادته بالفوز الكبير.",
         "سعادته بالفوز الكبير", IND, "named", "مدير المنتخب خالد مطر", "وعبر");
    ATTR("ar", "وعبرت الأسرة عن بالغ شكرها للأمير على زيارته.",
         "بالغ شكرها للأمير على زيارته", IND, "named", "الأسرة", "وعبرت");
    NONE("ar", "وهي تصريحات عبرت عن الحقد الطائفي لدى الحزب.");
    NONE("ar", "ونشر الفريق عبر حسابه في تويتر صور المباراة.");
    /* a bare «عبر» after a noun, before a name in marks or a noun, is the
     * preposition even with «عن» and an attitude later in the clause; the
     * verb opens its clause or has an adverb after it */
    NONE("ar", "ورفع عدد من الشباب مقاطع عبر \"يوتيوب\" عن فرحتهم بالفوز.");
    NONE("ar", "وتلقت الأسرة التهاني عبر حسابها عن سعادتها بالمولود الجديد.");
    ATTR("ar", "من جهته عبر المدرب عن سعادته بالفوز الكبير.",
         "سعادته بالفوز الكبير", IND, "named", "المدرب", "عبر");
    ATTR("ar", "وفي ختام اللقاء، عبر الضيوف عن شكرهم لأهالي القرية.",
         "شكرهم لأهالي القرية", IND, "named", "الضيوف", "عبر");
    /* an imperfect verb of showing with a noun phrase after it and no
     * «أن», «عن», colon or quotation in its clause shows a thing: no
     * report; a person named right after it still reports */
    NONE("ar", "ووضعت اللجنة جدولا يوضح مواعيد الاختبارات النهائية للطلاب.");
    NONE("ar", "وهذه الصورة تكشف حجم الدمار في الحي القديم.");
    NONE("ar", "ويلتقي المدرب باللاعبين ليوضح أخطاء المباراة الماضية.");
    ATTR("ar", "ويوضح الدكتور سالم العتيبي أسباب انتشار المرض في الشتاء.",
         "أسباب انتشار المرض في الشتاء", IND, "named", "الدكتور سالم العتيبي",
         "ويوضح");
    /* «أوصى» (recommended) with what it recommends after ب; «أوصى» with
     * no such phrase is no report */
    ATTR("ar", "وأوصت اللجنة بإضافة مادتين جديدتين إلى المنهج الدراسي.",
         "بإضافة مادتين جديدتين إلى المنهج الدراسي", IND, "named", "اللجنة",
         "وأوصت");
    NONE("ar", "وأوصى الأب أولاده خيرا قبل سفره.");
    /* a verse cited in «(( ))» or «﴿ ﴾» is scripture the speaker quotes:
     * a verb in it («آمنوا») is no cue, and the report around it keeps
     * its content */
    ATTR("ar",
         "وأوضح الشيخ أحمد حسن أن الصدق واجب ((يا أيها الذين آمنوا اتقوا "
         "الله وكونوا مع الصادقين)) مبينا أن الكذب محرم.",
         "الصدق واجب ((يا أيها الذين آمنوا اتقوا الله وكونوا مع الصادقين", IND,
         "named", "الشيخ أحمد حسن", "وأوضح");
    ATTR("ar",
         "وأوضح الشيخ أحمد حسن أن الصدق واجب ﴿يا أيها الذين آمنوا اتقوا "
         "الله وكونوا مع الصادقين﴾ مبينا أن الكذب محرم.",
         "الصدق واجب ﴿يا أيها الذين آمنوا اتقوا الله وكونوا مع الصادقين", IND,
         "named", "الشيخ أحمد حسن", "وأوضح");
    /* a reporting verb inside the verse is no cue either, also with no
     * report around it, and with one mark or two (a cited verse is found
     * once per article: ar_verse_marks) */
    NONE("ar", "وتلا الإمام في الصلاة ((وقال ربكم ادعوني أستجب لكم)) بخشوع.");
    NONE("ar", "وتلا الإمام في الصلاة ﴿وقال ربكم ادعوني أستجب لكم﴾ بخشوع.");
    NONE("ar", "وتلا الإمام ﴿وقال ربكم ادعوني أستجب لكم)) في الصلاة.");
    /* belief verbs that have another sense count only before a
     * complementizer; a verb takes no enclitic ي («في ظني»: in my view) */
    ATTR("ar", "آمنت القيادة بأن العلم والإيمان لا يختصمان.",
         "العلم والإيمان لا يختصمان", IND, "named", "القيادة", "آمنت");
    NONE("ar", "وصل الوفد إلى مكان آمن.");
    ATTR("ar", "اتفق الجميع أن الليلة استثنائية.", "الليلة استثنائية", IND,
         "named", "الجميع", "اتفق");
    NONE("ar", "اتفق الطرفان على صفقة جديدة.");
    NONE("ar", "وفي ظني أن الأمر انتهى.");
    /* non-reporting senses of ambiguous cues */
    NONE("en", "The claims were false.");
    /* participles as adjectives: in a compound, after a number or a
     * determiner */
    NONE("en", "Fields, a self-described neo-Nazi, killed a woman.");
    NONE("en", "The number of confirmed cases rose again.");
    NONE("en", "Roosevelt looked to add justices to the court.");
    NONE("en", "Biden has a reported total of 1,124 pledged delegates.");
    NONE("en", "Sales added 0.5 per cent in May.");
    NONE("en", "He was denied the service at the hospital.");
    NONE("ar", "ذكرت الطالبة بالاسم في القائمة.");
    /* «يدعى» (is called) is no «يدعي» (claims) */
    NONE("ar", "وصل رجل يدعى أحمد حسن إلى المدينة أمس.");
    NONE("ar", "وهذا القرار تضيف مشكلة جديدة.");
    NONE("ar", "وتم ذلك حسب اللوائح المعمول بها.");
    NONE("ar", "وتم ذلك وفقا للقانون.");
    /* ... and their reporting senses */
    SPEAKER("en", "He claims that the vote was rigged.", "the vote was rigged",
            PRONOUN, "He", NULL); /* no one earlier for "He" to stand for */
    SPEAKER("en", "It was reported that the road had reopened.",
            "the road had reopened", UNRES, NULL, NULL);
    SPEAKER("ar", "وذكرت الصحيفة أن المفاوضات مستمرة.", "المفاوضات مستمرة",
            NOMINAL, "الصحيفة", NULL);
    /* a passive with nothing said after it, a participle after a
     * preposition, "continued" with an action, "reportedly" */
    NONE("en", "The numbers that have been reported at the sites fell.");
    NONE("en", "One of these protocols is described here.");
    NONE("en", "I am not alone in responding to these questions.");
    NONE("en", "An IT worker went on a stabbing spree on Thursday.");
    NONE("en", "Sanders continued his bid for two more months.");
    SPEAKER("en", "He was reportedly seen with a small oxygen tank.",
            "He was reportedly seen with a small oxygen tank", ANON, NULL,
            NULL);
    NONE("en", "Unrest, still stemming from the killing, continued "
               "elsewhere in the US.");
    NONE("en", "What was your first reaction after confirming the "
               "hypothesis was true?");
    NONE("en", "Was the harm back to the previously observed level?");
    SPEAKER("en",
            "Following the announcement of the result, Trump issued a "
            "statement saying the election was far from over.",
            "the election was far from over", NAMED, "Trump", NULL);
    /* "call" labels in a labelling frame only */
    ATTR("en",
         "Trump despises what Sanders calls political correctness, "
         "and has made bold promises.",
         "political correctness", IND, "named", "Sanders", "calls");
    NONE("en", "The senator called a meeting on Tuesday.");
    NONE("en", "A group called Citizens United sued the commission.");
    NONE("en", "The so-called Islamic State is a threat to the region.");
    /* "dub", "brand" and "label" label in the same frame as "call" (and
     * with "as" before the label); naming a thing, a brand or a label
     * on a box reports nothing */
    ATTR("en", "The mayor dubbed the new stadium a white elephant.",
         "the new stadium a white elephant", IND, "named", "The mayor",
         "dubbed");
    ATTR("en", "Rivals soon branded the young senator a traitor to the party.",
         "the young senator a traitor to the party", IND, "named", "Rivals",
         "branded");
    ATTR("en", "The council labeled the proposal as reckless.",
         "the proposal as reckless", IND, "named", "The council", "labeled");
    NONE("en", "The band released a record dubbed \"Northern Lights\" in May.");
    NONE("en", "The shop sells branded goods from Ohio.");
    NONE("en", "Each crate was labeled with a red sticker.");
    NONE("en", "They label the jars by hand every morning.");
    NONE("en", "The record label has signed a new band from Leeds.");
    NONE("en", "The comedian dubbed himself over a clip of the debate.");
    /* the addressee is the channel, not the speaker */
    SPEAKER("ar", "وقال الوزير لـ\"الشرق الأوسط\" إن المفاوضات مستمرة.",
            "المفاوضات مستمرة", NOMINAL, "الوزير", NULL);
    SPEAKER("ar", "وقال الوزير لصحيفة الحياة إن المفاوضات مستمرة.",
            "المفاوضات مستمرة", NOMINAL, "الوزير", NULL);
    /* according to with the attached ل; the governor speaks in حسبما أعلن */
    SPEAKER("ar", "وارتفعت الأسعار وفقا للنشرة الرسمية.", "وارتفعت الأسعار",
            NOMINAL, "للنشرة الرسمية", NULL); /* the bulletin: a description */
    SPEAKER("ar", "وأغلقت الطرق حسبما أعلن محافظ المنطقة.", "وأغلقت الطرق",
            NOMINAL, "محافظ المنطقة", NULL);
    /* «قيل»: an anonymous passive, no subject */
    SPEAKER("ar", "وقيل إن المفاوضات فشلت.", "المفاوضات فشلت", UNRES, NULL,
            NULL);
    /* Russian: по данным + a description; one of the EU's representatives
     * is anonymous, not the EU */
    SPEAKER("ru", "По данным министерства, погибли 10 человек.",
            "погибли 10 человек", NOMINAL, "министерства", NULL);
    SPEAKER("ru",
            "Один из представителей ЕС заявил, что переговоры "
            "сорвались.",
            "переговоры сорвались", ANON, "Один из представителей ЕС", NULL);
    /* titles and organisations are kept apart from the person's name */
    TITLE("en",
          "Senator Marco Rubio, a Republican from Florida, said he "
          "disagreed.",
          "he disagreed", "Marco Rubio");
    TITLE("ar",
          "أكد مدير فرع الهيئة أمين مجلس التنمية المهندس خالد سعد، "
          "أن الهيئة تعمل.",
          "الهيئة تعمل", "خالد سعد");
    TITLE("ar", "وقال وزير الخارجية عادل الجبير إن العلاقات قوية.",
          "العلاقات قوية", "عادل الجبير");
    TITLE("ar",
          "وقال مدير إدارة الطرق بمنطقة الرياض المهندس خالد سعد إن "
          "العمل مستمر.",
          "العمل مستمر", "خالد سعد");
    TITLE("en", "Hillary Clinton said the plan would fail.",
          "the plan would fail", NULL); /* nothing but a name */
    /* a description with no earlier referent */
    SPEAKER("en", "The newspaper said the talks had collapsed.",
            "the talks had collapsed", NOMINAL, "newspaper", NULL);
#undef p
}

/* One quotation, one attribution: split by its cue, continued in the next
 * sentence, or inside indirect speech (mixed). */
static void test_quote_structure(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the rest of a paraphrase around a parenthetical cue is attributed,
     * not quoted; a quotation split by its cue stays quoted */
    VOICE("en", "Police, Smith says, have arrested three men in the town.",
          "arrested", ATTR, "named");
    VOICE("en", "\"We will win,\" he said, \"whatever it takes.\"", "whatever",
          QUOT, "unresolved");
    SEGMENTS("en",
             "\u201cWe will win,\u201d he said, \u201cwhatever it "
             "takes.\u201d",
             1, "We will win,", DIR, 1, "whatever it takes.");
    SEGMENTS("en",
             "\u201cIt is unusual,\u201d said Larry Noble, an "
             "attorney. \u201cIt is a hard thing to do.\u201d",
             1, "It is unusual,", DIR, 1, "It is a hard thing to do.");
    /* a paragraph that is only a quotation goes on with the speaker of
     * the paragraph before; after other words of the writer's a new
     * paragraph starts a new attribution */
    SEGMENTS("en",
             "\u201cIt is unusual,\u201d said Larry Noble, an "
             "attorney.\n\n\u201cIt is a hard thing to do.\u201d",
             1, "It is unusual,", DIR, 1, "It is a hard thing to do.");
    SEGMENTS("en",
             "\u201cIt is unusual,\u201d said Larry Noble, an "
             "attorney.\n\nThe vote is on Friday.\n\n\u201cIt is a hard "
             "thing to do.\u201d",
             2, "It is unusual,", DIR, 0, NULL);
    SEGMENTS("en",
             "Ryan said it was unrealistic to think that "
             "\u201cour oceans are going to save us.\u201d",
             1,
             "it was unrealistic to think that \u201cour oceans are "
             "going to save us",
             FSC__ATTR_MIXED, 1, "our oceans are going to save us.");
    SEGMENTS("ru",
             "\u00abМы готовы,\u00bb \u2014 заявил Иван Петров. "
             "\u00abПереговоры продолжатся.\u00bb",
             1, "Мы готовы,", DIR, 1, "Переговоры продолжатся.");
    /* Russian dialogue: what follows the cue after a dash continues the
     * speech; the pronoun takes the person introduced before */
    SEGMENTS("ru",
             "Министр Иван Петров выступил в Думе.\n\n\u2014 Мы готовы "
             "к переговорам, \u2014 заявил он. \u2014 Но условия "
             "должны быть честными.",
             1, "Мы готовы к переговорам", DIR, 1,
             "Но условия должны быть честными");
    SPEAKER("ru",
            "Министр Иван Петров выступил в Думе.\n\n\u2014 Мы готовы "
            "к переговорам, \u2014 заявил он.",
            "Мы готовы к переговорам", PRONOUN, "он", "Иван Петров");
    /* interview layout: answers are the interviewee's, questions ask */
    SEGMENTS("en",
             "Senator Jane Roe spoke to us on Friday.\n\nQ: What do you "
             "think of the deal?\n\nA: It is a bad deal for the "
             "country.",
             1, "It is a bad deal for the country", DIR, 0, NULL);
    SEGMENTS("ar", "س: ما رأيك في الاتفاق؟\n\nج: إنه اتفاق سيئ للبلاد.", 1,
             "إنه اتفاق سيئ للبلاد", DIR, 0, NULL);
    /* a citation chain: the citation is the cited source's record, the
     * verb the outlet's; two records with one content (the Russian gold's
     * convention, eval/gold/README-ru.md) */
    SPEAKER("ru",
            "ТАСС со ссылкой на источник сообщил, что переговоры "
            "сорвались.",
            "переговоры сорвались", ANON, "источник", NULL);
    SEGMENTS("ru",
             "ТАСС со ссылкой на источник сообщил, что переговоры "
             "сорвались.",
             2, "переговоры сорвались", ACC, 0, NULL);
    SEGMENTS("ar",
             "وقال الوزير أحمد حسن \u00abإن الوضع مستقر\u00bb. "
             "\u00abوالطرق مفتوحة أمام الجميع\u00bb.",
             1, "إن الوضع مستقر", DIR, 1, "والطرق مفتوحة أمام الجميع");
    /* a quotation never takes its cue from the next paragraph; it
     * continues the one before it in its own paragraph */
    SEGMENTS("en",
             "\"This is a disease,\" Christie said. \"It is not a "
             "moral failing.\"\n\nThe senator said the system was "
             "broken.",
             2, "This is a disease,", DIR, 1, "It is not a moral failing.");
    SPEAKER("en",
            "\"This is a disease,\" Christie said. \"It is not a "
            "moral failing.\"\n\nThe senator said the system was "
            "broken.",
            "the system was broken", NOMINAL, "The senator", NULL);
    /* two apostrophes are one quotation mark; "Mr." does not end the
     * layout; a longer title may stand between the quotation and its cue */
    SPEAKER("en",
            "''It is risky to take a bunch of tech companies,'' "
            "Mr. Prince said.",
            "It is risky to take a bunch of tech companies,", NAMED,
            "Mr. Prince", NULL);
    SEGMENTS("en",
             "\u201cThe evidence is clear, it is time to act,\u201d "
             "Republican National Committee chairman Reince Priebus "
             "said.",
             1, "The evidence is clear, it is time to act,", DIR, 0, NULL);
    /* a quotation that ends its sentence takes no cue from the next */
    SPEAKER("en",
            "The process is \"open to every viewpoint being "
            "expressed.\" Jane Roe said she was committed to it.",
            "she was committed to it", NAMED, "Jane Roe", NULL);
    /* a cue word used as a noun after a preposition or before "of" */
    SEGMENTS("en",
             "Chris Christie said he would quarantine people over "
             "fears of the virus.",
             1, "he would quarantine people over fears of the virus", IND, 0,
             NULL);
    /* according to: a source phrase with a passive participle, the last
     * conjunct, a relative clause after the source, a long study */
    SPEAKER("en",
            "Her appeal was greatest among younger voters, according "
            "to exit polls reported by CNN.",
            "Her appeal was greatest among younger voters", NAMED,
            "exit polls reported by CNN", NULL);
    SEGMENTS("en",
             "The law criminalizes negligence, regardless of intent, "
             "and Clinton broke it, according to Andrew McCarthy, who "
             "prosecuted the case.",
             1, "Clinton broke it", ACC, 0, NULL);
    SEGMENTS("en",
             "According to a January 2016 study by the Pew Research "
             "Center based on census data from 2014, eligible voters "
             "skew younger in California.",
             1, "eligible voters skew younger in California", ACC, 0, NULL);
    /* a parenthetical cue: content on both sides */
    SEGMENTS("en",
             "In his state, Christie said, offenders are sent to "
             "treatment.",
             1, "In his state", IND, 1, "offenders are sent to treatment");
    SEGMENTS("en", "Police, the mayor says, have arrested three men.", 1,
             "Police", IND, 1, "have arrested three men");
    /* a quotation left open ends where a sentence opens with a reporting
     * verb: the reporter speaks again */
    SEGMENTS("ar",
             "وأضاف الوزير أحمد حسن: \"يتطلب ذلك مزيدا من التنسيق "
             "بين الأجهزة. وتابع حسن أن المنطقة تشهد أحداثا مضطربة.",
             2, "يتطلب ذلك مزيدا من التنسيق بين الأجهزة", DIR, 0, NULL);
    SEGMENTS("ar",
             "وأضاف الوزير أحمد حسن: \"يتطلب ذلك مزيدا من التنسيق "
             "بين الأجهزة. والتنسيق موجود اليوم.",
             1,
             "يتطلب ذلك مزيدا من التنسيق بين الأجهزة. والتنسيق موجود "
             "اليوم.",
             DIR, 0, NULL);
#undef p
}

/* Arabic: content over several lines after a colon; cue senses with a
 * frame of their own («توصل إلى أن», «دافع عن», «أنشد») */
static void test_ar_blocks(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* a numbered list after «كالتالي:», its items and their bodies */
    ATTR("ar",
         "وذكرت الوزارة في بيان شروط القبول، وهي كالتالي:\n1 - العمر:\nألا يقل "
         "عن 18 "
         "عاما.\n2 - المؤهل:\nشهادة الثانوية العامة.\nوبدأ التسجيل أمس "
         "في جميع المناطق.",
         "1 - العمر:\nألا يقل عن 18 عاما.\n2 - المؤهل:\nشهادة الثانوية "
         "العامة",
         IND, "named", "الوزارة", "وذكرت");
    /* a poem: short lines, up to a long one */
    ATTR("ar",
         "ويقول الشاعر:\nإذا الشعب يوما أراد الحياة\nفلا بد أن يستجيب "
         "القدر\nوهذا ما يعرفه الشباب اليوم في كل مكان من العالم العربي "
         "الكبير والواسع.",
         "إذا الشعب يوما أراد الحياة\nفلا بد أن يستجيب القدر", IND, "named",
         "الشاعر", "ويقول");
    /* one line of prose; a short line that ends its sentence is no
     * verse */
    ATTR("ar",
         "وقال الوزير:\nالمشروع سيكتمل قبل نهاية العام الحالي وسيخدم آلاف "
         "المواطنين في المنطقة الشرقية كلها.\nوكان المشروع قد تعثر.",
         "المشروع سيكتمل قبل نهاية العام الحالي وسيخدم آلاف المواطنين في "
         "المنطقة الشرقية كلها",
         IND, "named", "الوزير", "وقال");
    ATTR("ar",
         "وقال الوزير:\nنحن مستعدون.\nوكان المشروع قد تعثر العام "
         "الماضي.",
         "نحن مستعدون", IND, "named", "الوزير", "وقال");
    /* «أنشد» (recited) and the lines of its poem */
    ATTR("ar",
         "وأنشد الشاعر محمد العلي:\nيا دار عبلة بالجواء تكلمي\nوعمي "
         "صباحا دار عبلة واسلمي\nوحضر الأمسية جمهور كبير من محبي الشعر "
         "النبطي والفصيح في المنطقة الشرقية والوسطى.",
         "يا دار عبلة بالجواء تكلمي\nوعمي صباحا دار عبلة واسلمي", IND, "named",
         "الشاعر محمد", "وأنشد");
    /* «توصل» reports with «إلى أن», not with «إلى اتفاق» */
    ATTR("ar", "وتوصلت الدراسة إلى أن التدخين يضر بالقلب.",
         "التدخين يضر بالقلب", IND, "named", "الدراسة", "وتوصلت");
    NONE("ar", "وتوصل الطرفان إلى اتفاق على وقف إطلاق النار.");
    /* «دافع عن» a decision is a speech act; «عن ألوان النادي» is
     * playing */
    ATTR("ar",
         "من جهته، دافع المجلس الأعلى للقضاء عن الأحكام التي صدرت بحق "
         "رموز النظام السابق.",
         "الأحكام التي صدرت بحق رموز النظام السابق", IND, "named",
         "المجلس الأعلى للقضاء", "دافع");
    NONE("ar", "ودافع اللاعب عن ألوان النادي الأهلي لمدة خمسة مواسم.");
    NONE("ar", "ودافع الحارس عن مرماه ببسالة طوال المباراة.");
#undef p
}

/* Arabic cue words in a sense that reports nothing: the court's «أدان»,
 * «ينتظر» (awaits) without «أن», «تحدث عن» a topic with nothing said,
 * «من المتوقع» after a comparative; and the reporting senses beside
 * them. */
static void test_ar_cue_senses(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ar", "وأدانت المحكمة المتهم بتهمة الاحتيال وحكمت عليه بالسجن "
               "ثلاث سنوات.");
    NONE("ar", "وكان القاضي قد أدان الموظف بالرشوة العام الماضي.");
    ATTR("ar", "وأدانت الوزارة الهجوم على المدنيين بشدة.",
         "الهجوم على المدنيين بشدة", IND, "named", "الوزارة", "وأدانت");
    NONE("ar", "وما زال المشروع ينتظر موافقة المجلس البلدي، رغم أن الدراسات "
               "اكتملت منذ عامين.");
    ATTR("ar", "وينتظر أن يعلن المجلس نتائج الانتخابات الأسبوع المقبل.",
         "يعلن المجلس نتائج الانتخابات الأسبوع المقبل", IND, "unresolved", NULL,
         "وينتظر");
    NONE("ar", "وجاءت أرباح الشركة أعلى من المتوقع هذا العام.");
    ATTR("ar", "ومن المتوقع أن ترتفع أرباح الشركة هذا العام.",
         "ترتفع أرباح الشركة هذا العام", IND, "unresolved", NULL,
         "ومن المتوقع");
    NONE("ar", "ويتحدث الكتاب عن تاريخ المدينة القديمة وأسواقها.");
    NONE("ar", "وهذه هي المشكلة التي يتحدث عنها الجميع في الحي.");
    ATTR("ar", "وتتحدث تقارير عن استقالة الوزير قريبا.", "استقالة الوزير قريبا",
         IND, "named", "تقارير", "وتتحدث");
    /* (the topic before «وقال» stays the writer's) */
    VOICE("ar", "وتحدث المدير عن المشروع الجديد، وقال إن العمل سيبدأ غدا.",
          "المشروع الجديد", AUTH, NULL);
    /* an according-to phrase between commas before «إن» is no part of
     * what the speaker says, nor is an apposition before it */
    ATTR("ar", "وقال الوزير، بحسب وكالة الأنباء، إن الأسعار سترتفع.",
         "الأسعار سترتفع", IND, "named", "الوزير", "وقال");
    ATTR("ar",
         "ويقول الدكتور خالد المنصور وهو أستاذ الاقتصاد، بحسب صحيفة "
         "الرياض، إن الأسعار سترتفع.",
         "الأسعار سترتفع", IND, "named", "الدكتور خالد المنصور", "ويقول");
    /* a person's name and a colon opening a line label what follows;
     * not a label on a line of its own, nor one before words that open
     * with a cue */
    ATTR("ar",
         "خالد المنصور: الخطة جاهزة للتنفيذ\nوشارك في الحفل عدد من "
         "المسؤولين.",
         "الخطة جاهزة للتنفيذ", IND, "named", "خالد المنصور", NULL);
    NONE("ar", "خالد المنصور:\nالخطة جاهزة للتنفيذ منذ شهرين.");
    VOICE("ar", "خالد المنصور: أكد الوزير أن الخطة جاهزة للتنفيذ.", "الوزير",
          AUTH, NULL);
    /* «أضاف إلى» a thing adds it (no report); «أضاف» with what it
     * reports is untouched */
    NONE("ar", "الأزمة الجديدة تضيف إلى هذا القلق عبئا على الأسواق.");
    NONE("ar", "وكان المهندس قد أضاف إلى السيارة محركا أقوى من الأول.");
    ATTR("ar", "وكان المهندس قد أضاف أن السيارة ستعمل غدا.",
         "السيارة ستعمل غدا", IND, "named", "المهندس", "أضاف");
#undef p
}

/* Arabic clauses that report nothing though a cue word is in them: «حسب»
 * with a noun of rules (in accordance with), «أضاف» with a score
 * (scored), «اطلع على» (looked into), «تحدث» with nothing said, «مما
 * يدعو إلى» (gives reason to); an impersonal «من المتوقع» with no holder;
 * and the reports beside them. */
static void test_ar_non_reports(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    NONE("ar", "وتم توزيع الأراضي حسب أعراف القبيلة منذ عقود.");
    NONE("ar", "ويجري القبول في الجامعة وفقا لتعليمات الوزارة الجديدة.");
    NONE("ar", "وتقام المسابقة حسب قواعد الاتحاد الدولي للعبة.");
    NONE("ar", "وتم تعديل المناهج وفقا لتوصيات اللجنة الوطنية للتعليم.");
    NONE("ar", "وأغلقت المدارس أبوابها حسب توصية وزارة الصحة.");
    NONE("ar", "وارتدى الزوار الكمامات بحسب إرشادات الدفاع المدني.");
    /* the noun of rules after ل that opens with ل itself, or with a
     * possessive pronoun; the indictment is a document that states */
    NONE("ar", "وتسجل الأندية لاعبيها الجدد وفقا للوائح الاتحاد.");
    NONE("ar", "وتصرف المكافآت للموظفين وفقا للائحته الداخلية.");
    NONE("ar", "ويختار الطالب التخصص حسب رغبته وقدراته.");
    NONE("ar", "وتعمل كل شركة وفقا لأنظمتها الخاصة بها.");
    /* a competence, penalties, resolutions, ways of doing */
    NONE("ar", "وسلمت الأوراق إلى البلدية لإكمال اللازم حسب الاختصاص.");
    NONE("ar", "وأحيل الموظفون المقصرون إلى التحقيق وفقا للجزاءات المقررة.");
    NONE("ar", "وتم تشكيل الحكومة وفقا لمقررات المؤتمر الدولي.");
    NONE("ar", "ويمكن للعملاء تقديم الشكاوى وفقا لطرق الإبلاغ المعتمدة.");
    NONE("ar", "وتعمل كل إدارة حسب اختصاصها في المحافظة.");
    ATTR("ar", "ووفقا للائحة الاتهام، فإن المتهمين نقلوا الأموال إلى الخارج.",
         "المتهمين نقلوا الأموال إلى الخارج", ACC, "named", "للائحة الاتهام",
         "ووفقا");
    ATTR("ar", "وارتفعت أسعار الخضار بنسبة كبيرة حسب وزارة التجارة.",
         "وارتفعت أسعار الخضار بنسبة كبيرة", ACC, "named", "وزارة التجارة",
         "حسب");
    /* «لفت» with nothing reported in its sentence draws attention or
     * eyes; with «إلى» or «أن» after it, it points out */
    NONE("ar", "ولفت المهاجم الشاب الأنظار في بطولة الشباب الماضية.");
    NONE("ar", "ونجح المعرض في لفت انتباه الزوار بتصاميمه الجديدة.");
    NONE("ar", "لفتت الفرقة أنظار الجمهور بعرضها الأول في المسرح.");
    ATTR("ar", "ولفت المدير أمس إلى أن العمل سينتهي قريبا.",
         "العمل سينتهي قريبا", IND, "named", "المدير", "ولفت");
    NONE("ar", "وأضاف المهاجم خالد العمري هدفا ثالثا في الدقيقة الأخيرة.");
    NONE("ar", "ثم أضاف الفريق الضيف الهدف الثاني من ركلة جزاء.");
    NONE("ar", "وأضاف مؤشر السوق 40 نقطة في ختام تعاملات الأسبوع.");
    ATTR("ar", "وأضاف المدرب أن الهدف من المعسكر رفع لياقة اللاعبين.",
         "الهدف من المعسكر رفع لياقة اللاعبين", IND, "named", "المدرب",
         "وأضاف");
    NONE("ar", "واطلع على سير العمل في المبنى الجديد للمستشفى.");
    NONE("ar", "وتحدث لـ«الوطن» مدير المدرسة سعد الحربي عن استعدادات العام "
               "الدراسي.");
    NONE("ar", "وتحدث لـ«الوطن» عدد من أولياء الأمور في الحي.");
    NONE("ar", "وكان الوزير يتحدث في أعقاب الاجتماع الطارئ للحكومة.");
    ATTR("ar", "وتحدث الوزير عن «مرحلة جديدة من العمل المشترك بين البلدين».",
         "مرحلة جديدة من العمل المشترك بين البلدين", DIR, "named", "الوزير",
         "وتحدث");
    /* «مما يدعو إلى التفاؤل أن» gives reason to hope, no one calls; «ما
     * يدعو إليه الوزير» is what the minister calls for */
    NONE("ar", "ومما يدعو إلى التفاؤل أن الطلب يرتفع في الأسواق.");
    NONE("ar", "ومما يدعو للقلق أن الديون ارتفعت هذا العام.");
    ATTR("ar", "ومما يدعو إليه الوزير أن تتوحد الجهود.", "تتوحد الجهود", IND,
         "named", "الوزير", "يدعو إليه");
    /* «إذا دعت الحاجة» (when need arises), «غير معلنة» (unannounced) */
    NONE("ar", "ويمكن تغيير المدرب إذا دعت الحاجة في فترة الانتقالات.");
    NONE("ar", "وصل الوزير إلى بغداد في زيارة غير معلنة للقاء المسؤولين.");
    ATTR("ar", "ودعت الحكومة المواطنين إلى الحذر.", "الحذر", IND, "named",
         "الحكومة", "ودعت");
    /* «من المتوقع», «من المرجح» name no holder: what follows is expected */
    SPEAKER("ar", "ومن المتوقع الانتهاء من المشروع خلال العام المقبل.",
            "الانتهاء من المشروع خلال العام المقبل", UNRES, NULL, NULL);
    SPEAKER("ar", "ومن المرجح ألا يواجه الفريق صعوبة في المباراة.",
            "ألا يواجه الفريق صعوبة في المباراة", UNRES, NULL, NULL);
    /* «كتب» with nothing written after it (wrote novels, writes in a
     * paper, the noun «كتب», books): no report; with «أن», a colon or a
     * quotation it reports */
    NONE("ar", "كتبت الروائية هدى سالم أربعين رواية تدور في الريف.");
    NONE("ar", "الكاتب منصور العلي يكتب في هذه الصحيفة منذ سنوات.");
    NONE("ar", "وعثرت الشرطة على كتب ممنوعة وأقراص مدمجة في المنزل.");
    ATTR("ar", "وكتب سامي الحربي في صفحته أن الطريق مغلق.", "الطريق مغلق", IND,
         "named", "سامي الحربي", "وكتب");
    ATTR("ar", "وكتب سامي الحربي في صفحته: الطريق مغلق.", "الطريق مغلق", IND,
         "named", "سامي الحربي", "وكتب");
#undef p
}

/* «حثّ» (urged) with its subject after it reports what the addressee is
 * urged to do: the subject is the source, the addressee after it is
 * not; «بحث» (discussed, searched) is no «حث» with ب. «يتوعد»
 * (threatens) likewise; «ذاكرا» (mentioning) after a comma continues the
 * speaker before it. */
static void test_ar_urge(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t = "وحث الوزير المواطنين على الالتزام بالتعليمات الصحية.";
    ATTR("ar", t, "المواطنين على الالتزام بالتعليمات الصحية", IND, "named",
         "الوزير", "وحث");
    SPEAKER("ar", t, "المواطنين على الالتزام بالتعليمات الصحية", NOMINAL,
            "الوزير", NULL);
    SPEAKER("ar", "وحثت الهيئة الأسر على متابعة أبنائها خلال الإجازة.",
            "الأسر على متابعة أبنائها خلال الإجازة", NOMINAL, "الهيئة", NULL);
    SPEAKER("ar", "ويتوعد الوزير المخالفين بعقوبات صارمة.",
            "المخالفين بعقوبات صارمة", NOMINAL, "الوزير", NULL);
    SPEAKER("ar",
            "وقال المدير إن المشروع تأخر، ذاكرا أن العمل سيستأنف الأسبوع "
            "المقبل.",
            "العمل سيستأنف الأسبوع المقبل", DROPPED, NULL, "المدير");
    NONE("ar", "وبحثت اللجنة خطة العمل للعام المقبل.");
    NONE("ar", "وبحثوا سبل التعاون بين الجامعتين في مجال البحث العلمي.");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = {
        test_senses,        test_quote_structure, test_ar_blocks,
        test_ar_cue_senses, test_ar_non_reports,  test_ar_urge
    };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
