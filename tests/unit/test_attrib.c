/*
 * test_attrib.c - source attribution per rule in Arabic, English and
 * Russian, through the whole path: the real attribution lexicons
 * (lexicons/attribution/cues.json + actors.json) compiled into a model,
 * fsc__tokenize, fsc__quotes_find, fsc_analyze, fsc__attrib_mentions_result,
 * fsc__attrib_find and fsc__attrib_voice; and the seed article as a
 * hand-checked golden. FSC_ATTRIB_VERBOSE=1 prints every attribution.
 * Who speaks is tested in test_attrib_speakers.c, cue senses and quotation
 * structure in test_attrib_senses.c; the expectations are attrib_expect.h.
 */
#include "attrib.h"
#include "framescope/analyzer.h"
#include "framescope/lexicon.h"
#include "quotes.h"
#include "text.h"
#include "th.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib_expect.h"

/*
 * The seed article (tests/data/seed/000_baac64db82fb31fe.txt), checked by
 * hand. Paragraph by paragraph (the title lines, the dateline and «أضف
 * تعليق» hold no cue):
 *
 * P1 «بحث وزير الخارجية ... بيراموف مع نظيره الروسي سيرجي لافروف ...»: no
 *    reporting cue (بحث = discussed): no attribution, authorial.
 * P2 «وقدم بيراموف تعازيه ... خلال إجراءات مكافحة الإرهاب ...، مشيرا إلى
 *    أنه تم فتح تحقيق في الحادث وفق ما نقلته صحيفة "أذرنيوز" الأذرية اليوم
 *    السبت.»: «وفق ما نقلته» at the end of the sentence (3 words after the
 *    name) frames the whole sentence before it as Azernews' report
 *    (according_to, source أذرنيوز, the name in quotes stepped over); the
 *    participle cue «مشيرا إلى» has no earlier attribution to continue, so
 *    it takes the sentence's subject بيراموف (participle_subject) and its
 *    content starts after «أنه». Occurrence 1 of «مكافحة الإرهاب» lies in the
 *    Azernews content: attributed to azernews.
 * P3 «وأطلع بيراموف نظيره الروسي على إجراءات مكافحة الإرهاب ...»: the
 *    built-in briefing verb أطلع (X briefed Y on Z) makes Z Bayramov's
 *    account: occurrence 2 attributed to bayramov. (The annotated set
 *    tests/data/attrib/ar.jsonl ar-071 reads this construction as
 *    authorial; see the report.)
 * P4 «وأشار بيراموف إلى أن إجراءات مكافحة الإرهاب ...»: verb-first cue,
 *    name, content after «إلى أن» to the end: occurrence 3 → bayramov.
 * P5 «وأشار بيراموف إلى أن أذربيجان اتخذت ...»: the same rule.
 * P6 «وقال بيراموف إن أذربيجان تعتقد أن إجراءات مكافحة الإرهاب ...، مضيفا
 *    أن أذربيجان ستواصل ...»: two attributions, Bayramov's speech (content
 *    after إن up to the participle) and, nested in it, a belief (cue
 *    تعتقد, kind belief) whose holder أذربيجان stands between the
 *    complementizer and the verb (subject_verb; no actor names it, so
 *    "named"). Occurrence 4 lies in both contents; indirect speech is the
 *    reporter's paraphrase, so the outermost indirect content decides its
 *    voice: bayramov. مضيفا continues Bayramov (inherited), not the nested
 *    holder.
 * P7 «كما تبادل الطرفان ...»: no cue, authorial.
 * P8 «وفي سياق متصل، أرسلت أذربيجان ...، وفق ما نقلته صحيفة "أذرنيوز"
 *    الأذرية اليوم.»: sentence-final according-to: Azernews.
 * P9 «وأشارت الصحيفة الأذرية أنه ... ل مكافحة الإرهاب في المنطقة.»: the
 *    generic noun الصحيفة refers back to the outlet last named (أذرنيوز in
 *    P8): occurrence 5 → azernews, inherited.
 * P10 «وأوضحت الصحيفة أن أذربيجان تعمل ...»: the same back-reference.
 */
static void test_seed(pipe *pp)
{
    pipe *p = pp;
    char *text = th_slurp(FSC_TEST_DATA "/seed/000_baac64db82fb31fe.txt", NULL);
    TH_CHECK(text != NULL);
    if (!text || !pipe_run(p, text, "ar")) {
        free(text);
        th_failures++;
        return;
    }
    if (verbose)
        dump(p, text);
    TH_EQ_INT(p->at.n, 11);

    static const struct {
        const char *content_start; /* content begins with this */
        const char *content_end;   /* and ends with this */
        int kind;
        const char *source, *src_span, *cue_span;
        int inherited;
    } want[] = {
        { "وقدم بيراموف تعازيه", "فتح تحقيق في الحادث", ACC, "azernews",
          "أذرنيوز", "وفق ما نقلته", 0 },
        { "تم فتح تحقيق", "فتح تحقيق في الحادث", IND, "bayramov", NULL,
          "مشيرا إلى", 0 },
        { "إجراءات مكافحة الإرهاب التي اتخذتها", "في 10 نوفمبر 2020", IND,
          "bayramov", "بيراموف", "وأطلع", 0 },
        { "إجراءات مكافحة الإرهاب التي تم", "في مراحل ما بعد الصراع", IND,
          "bayramov", "بيراموف", "وأشار", 0 },
        { "أذربيجان اتخذت خطوات", "المتمركزة مؤقتا في المنطقة", IND, "bayramov",
          "بيراموف", "وأشار", 0 },
        { "أذربيجان تعتقد أن", "وإعادة إدماج السكان الأرمن", IND, "bayramov",
          "بيراموف", "وقال", 0 },
        { "إجراءات مكافحة الإرهاب ستزيد", "وإعادة إدماج السكان الأرمن", IND,
          "named", "أذربيجان", "تعتقد", 0 },
        { "أذربيجان ستواصل جهودها", "في هذه الاتجاهات", IND, "bayramov", NULL,
          "مضيفا", 1 },
        { "وفي سياق متصل", "عن طريق قوات حفظ السلام الروسية", ACC, "azernews",
          "أذرنيوز", "وفق ما نقلته", 0 },
        { "من أجل ضمان أحكام", "ل مكافحة الإرهاب في المنطقة", IND, "azernews",
          "الصحيفة", "وأشارت", 1 },
        { "أذربيجان تعمل على توفير", "في المستقبل القريب", IND, "azernews",
          "الصحيفة", "وأوضحت", 1 },
    };
    for (size_t i = 0; i < p->at.n && i < sizeof want / sizeof *want; i++) {
        const fsc__attribution *x = &p->at.v[i];
        size_t co, cl;
        tok_span(p, x->content_first_tok, x->content_last_tok, &co, &cl);
        const char *c0 = strstr(text, want[i].content_start);
        const char *c1 = strstr(text, want[i].content_end);
        /* content_end strings occur once after their start */
        while (c1 && c0 && c1 < c0)
            c1 = strstr(c1 + 1, want[i].content_end);
        TH_CHECK(c0 && c1);
        if (!c0 || !c1)
            continue;
        TH_EQ_INT(co, c0 - text);
        TH_EQ_INT(co + cl, c1 - text + (long)strlen(want[i].content_end));
        TH_EQ_INT(x->kind, want[i].kind);
        TH_EQ_STR(src_name(p, x), want[i].source);
        TH_CHECK(span_is(p, text, x->src_first_tok, x->src_last_tok,
                         want[i].src_span));
        TH_CHECK(span_is(p, text, x->cue_first_tok, x->cue_last_tok,
                         want[i].cue_span));
        TH_EQ_INT(x->inherited, want[i].inherited);
        TH_CHECK(x->confidence > 0 && x->confidence <= 1);
    }
    /* Every «مكافحة الإرهاب» (five) is attributed, none authorial. */
    static const char *const cterr_src[5] = { "azernews", "bayramov",
                                              "bayramov", "bayramov",
                                              "azernews" };
    int n = 0;
    for (const char *at = strstr(text, "مكافحة الإرهاب"); at;
         at = strstr(at + 1, "مكافحة الإرهاب"), n++) {
        const char *src;
        int v = voice_at(p, text, "مكافحة الإرهاب", n + 1, &src);
        TH_EQ_INT(v, ATTR);
        if (n < 5)
            TH_EQ_STR(src, cterr_src[n]);
    }
    TH_EQ_INT(n, 5);
    /* The outlet's own words stay authorial: P1, P7. */
    const char *src;
    TH_EQ_INT(voice_at(p, text, "بحث وزير الخارجية", 1, &src), AUTH);
    TH_EQ_INT(voice_at(p, text, "كما تبادل الطرفان", 1, &src), AUTH);
    /* «الاحتلال» in P4 is Bayramov's word. */
    TH_EQ_INT(voice_at(p, text, "فترة الاحتلال", 1, &src), ATTR);
    TH_EQ_STR(src, "bayramov");
    free(text);
}

/* Cue + subject name, verb first (Arabic) and subject first / inverted. */
static void test_cue_name(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar", "وقال بيراموف إن أذربيجان ستواصل جهودها في المنطقة.",
         "أذربيجان ستواصل جهودها في المنطقة", IND, "bayramov", "بيراموف",
         "وقال");
    ATTR("ar", "وأشار لافروف إلى أن موسكو تدعم الحوار بين البلدين.",
         "موسكو تدعم الحوار بين البلدين", IND, "lavrov", "لافروف", "وأشار");
    ATTR("ar",
         "وأكد وزير الخارجية الأرميني أرارات ميرزويان أن يريفان مستعدة "
         "للتفاوض.",
         "يريفان مستعدة للتفاوض", IND, "mirzoyan", "أرارات ميرزويان", "وأكد");
    /* «شدد ... على أن» after a circumstance longer than a subject */
    ATTR("ar",
         "وشدد بيراموف خلال مؤتمر صحفي مشترك عقده مع نظيره الروسي بمقر "
         "الوزارة في العاصمة باكو في ختام جولة مباحثات رسمية استمرت "
         "يومين بين وفدي البلدين برئاسة نائبي رئيسي الوزراء في البلدين، "
         "في الوقت ذاته على أن الحوار هو الطريق الوحيد.",
         "الحوار هو الطريق الوحيد", IND, "bayramov", "بيراموف", "وشدد");
    /* «هذا ما قاله X»: what precedes is what X said */
    ATTR("ar", "الحوار هو الطريق الوحيد لحل الأزمة. وهذا ما أكده بيراموف أمس.",
         "الحوار هو الطريق الوحيد لحل الأزمة", IND, "bayramov", "بيراموف",
         "وهذا ما أكده");
    /* a participle with a complementizer of its own after a quotation
     * reports what follows it; the quotation keeps the cue before it */
    ATTR("ar",
         "وقال بيراموف \"إن الزيارة تأتي في إطار التواصل المستمر بين "
         "البلدين\"، مشيرا إلى أن المشاورات تناولت مجمل العلاقات.",
         "المشاورات تناولت مجمل العلاقات", IND, "bayramov", NULL, "مشيرا إلى");
    ATTR("ar",
         "وقال بيراموف \"إن الزيارة تأتي في إطار التواصل المستمر بين "
         "البلدين\"، مشيرا إلى أن المشاورات تناولت مجمل العلاقات.",
         "إن الزيارة تأتي في إطار التواصل المستمر بين البلدين", DIR, "bayramov",
         "بيراموف", "وقال");
    /* the complementizer may come after a long circumstantial phrase:
     * what is said starts after it, not after the subject */
    ATTR("ar",
         "وشدد بيراموف خلال لقائه وزير الدفاع الأمير خالد بن فهد في "
         "العاصمة، في الوقت ذاته على أن الحوار هو الطريق الوحيد.",
         "الحوار هو الطريق الوحيد", IND, "bayramov", "بيراموف", "وشدد");
    ATTR("en", "Lavrov said that the ceasefire was holding across the region.",
         "the ceasefire was holding across the region", IND, "lavrov", "Lavrov",
         "said");
    ATTR("en", "The ceasefire is holding, Lavrov said.",
         "The ceasefire is holding", IND, "lavrov", "Lavrov", "said");
    ATTR("en", "The ceasefire is holding, said Sergei Lavrov.",
         "The ceasefire is holding", IND, "lavrov", "Sergei Lavrov", "said");
    ATTR("en", "Bayramov, the foreign minister, said the operation was over.",
         "the operation was over", IND, "bayramov", "Bayramov", "said");
    ATTR("ru", "Лавров заявил, что ситуация в регионе стабилизировалась.",
         "ситуация в регионе стабилизировалась", IND, "lavrov", "Лавров",
         "заявил");
    ATTR("ru",
         "Ситуация стабилизировалась, заявил Лавров журналистам в "
         "Нью-Йорке.",
         "Ситуация стабилизировалась", IND, "lavrov", "Лавров", "заявил");
    ATTR("ru", "Ситуация в Карабахе стабилизировалась, — заявил Лавров.",
         "Ситуация в Карабахе стабилизировалась", DIR, "lavrov", "Лавров",
         "заявил");
    /* a negated cue reports nothing */
    VOICE("en", "The ICRC did not say who was responsible for the blast.",
          "blast", AUTH, NULL);
    VOICE("ru", "МККК не сообщил, кто несет ответственность за взрыв.", "взрыв",
          AUTH, NULL);
#undef p
}

/* A generic noun resolves to the outlet or institution last named. */
static void test_generic(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar",
         "نشرت وكالة تاس تقريرا عن الاجتماع. وأوضحت الوكالة أن الطرفين "
         "اتفقا على التهدئة.",
         "الطرفين اتفقا على التهدئة", IND, "tass", "الوكالة", "وأوضحت");
    ATTR("en",
         "Azernews published the figures on Monday. The newspaper said that "
         "aid convoys had reached Khankendi.",
         "aid convoys had reached Khankendi", IND, "azernews", "newspaper",
         "said");
    ATTR("en",
         "The Russian foreign ministry summoned the envoy. The ministry said "
         "the move was unacceptable.",
         "the move was unacceptable", IND, "ru_mfa", "ministry", "said");
    ATTR("ru",
         "ТАСС опубликовал данные о беженцах. Агентство сообщило, что число "
         "беженцев превысило 100 тысяч.",
         "число беженцев превысило 100 тысяч", IND, "tass", "Агентство",
         "сообщило");
    /* no outlet named before: the noun itself is the source, a
     * description (nominal) that resolves to no one */
    ATTR("en", "The newspaper said the talks had collapsed.",
         "the talks had collapsed", IND, "named", "newspaper", "said");
#undef p
}

/* "According to X" covering its sentence, at its start or its end. */
static void test_according(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar",
         "أرسلت أذربيجان مساعدات إنسانية إلى السكان، وفق ما نقلته صحيفة "
         "\"أذرنيوز\" الأذرية.",
         "أرسلت أذربيجان مساعدات إنسانية إلى السكان", ACC, "azernews",
         "أذرنيوز", "وفق ما نقلته");
    ATTR("ar",
         "ووفقا لمنظمة هيومن رايتس ووتش، فإن الحصار ترك المستشفيات بلا "
         "أدوية.",
         "الحصار ترك المستشفيات بلا أدوية", ACC, "hrw", "هيومن رايتس ووتش",
         "ووفقا");
    ATTR("en",
         "According to the ICRC, more than 100,000 people have crossed into "
         "Armenia.",
         "more than 100,000 people have crossed into Armenia", ACC, "icrc",
         "ICRC", "According to");
    ATTR("en",
         "More than 100,000 people have crossed into Armenia, according to "
         "the UNHCR.",
         "More than 100,000 people have crossed into Armenia", ACC, "unhcr",
         "UNHCR", "according to");
    ATTR("ru",
         "По словам Лаврова, Баку и Ереван признали Карабах частью "
         "Азербайджана.",
         "Баку и Ереван признали Карабах частью Азербайджана", ACC, "lavrov",
         "Лаврова", "По словам");
    /* "according to the plan" is no attribution */
    VOICE("en",
          "The convoy left at noon, according to the plan agreed in "
          "Moscow.",
          "convoy", AUTH, NULL);
#undef p
}

/* Direct quotes: cue after or before, dash and colon, last speaker, scare
 * quotes left alone. */
static void test_quotes(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("en", "“We are ready to help the civilians,” Blinken said.",
         "We are ready to help the civilians,", DIR, "blinken", "Blinken",
         "said");
    ATTR("en",
         "Pashinyan said: “We will not leave our brothers without "
         "shelter.”",
         "We will not leave our brothers without shelter.", DIR, "pashinyan",
         "Pashinyan", "said");
    ATTR("en", "“The operation is over and the army has withdrawn.” – Aliyev",
         "The operation is over and the army has withdrawn.", DIR, "aliyev",
         "Aliyev", NULL);
    ATTR("en",
         "Zakharova: “Those who signed the declaration should look in "
         "the mirror.”",
         "Those who signed the declaration should look in the mirror.", DIR,
         "zakharova", "Zakharova", NULL);
    ATTR("ar", "وقال حاجييف: «لا أحد يجبر السكان الأرمن على المغادرة».",
         "لا أحد يجبر السكان الأرمن على المغادرة", DIR, "hajiyev", "حاجييف",
         "وقال");
    ATTR("ru", "«Мы готовы помочь мирным жителям», — заявил Лавров.",
         "Мы готовы помочь мирным жителям", DIR, "lavrov", "Лавров", "заявил");
    ATTR("ru", "Лавров: «Западное посредничество провалилось окончательно».",
         "Западное посредничество провалилось окончательно", DIR, "lavrov",
         "Лавров", NULL);
    /* no cue: the last named speaker within two sentences, lower
     * confidence */
    ATTR("en",
         "Hajiyev spoke to foreign reporters in Baku. “Civilians were not "
         "targeted by our army.”",
         "Civilians were not targeted by our army.", DIR, "hajiyev", NULL,
         NULL);
    if (pipe_run(&p,
                 "Hajiyev spoke to foreign reporters in Baku. "
                 "“Civilians were not targeted by our army.”",
                 "en")) {
        TH_EQ_INT(p.at.n, 1);
        if (p.at.n == 1) {
            TH_EQ_INT(p.at.v[0].inherited, 1);
            TH_CHECK(p.at.v[0].confidence == FSC__CONF_LAST_SPEAKER);
        }
    }
    /* scare quotes: one to four words, no cue: authorial */
    VOICE("en",
          "Officials in the self-declared “Artsakh” confirmed the "
          "ceasefire was holding.",
          "Artsakh", AUTH, NULL);
    VOICE("ar", "ولم تعترف أي دولة بما يسمى \"الاستفتاء\" على استقلال الإقليم.",
          "الاستفتاء", AUTH, NULL);
    VOICE("ru", "Так называемый «референдум» не признало ни одно государство.",
          "референдум", AUTH, NULL);
    /* a nested quote with its own cue belongs to its own speaker */
    VOICE("en",
          "“Aliyev told us ‘the operation is over’, and we believed "
          "him,” Peskov said.",
          "operation", QUOT, "aliyev");
    VOICE("en",
          "“Aliyev told us ‘the operation is over’, and we believed "
          "him,” Peskov said.",
          "we believed", QUOT, "peskov");
#undef p
}

/* Participles continue the previous source; pronouns and implied subjects
 * take the last speaker; anonymous and unresolved sources. */
static void test_continued(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ATTR("ar",
         "وقال بيراموف إن العملية انتهت، مضيفا أن أذربيجان ستواصل جهودها.",
         "أذربيجان ستواصل جهودها", IND, "bayramov", NULL, "مضيفا");
    ATTR("ar",
         "وقال بيراموف إن العملية انتهت، مضيفا أن أذربيجان ستواصل جهودها.",
         "العملية انتهت", IND, "bayramov", "بيراموف", "وقال");
    ATTR("en",
         "Mirzoyan said Armenia had warned its partners, adding that the "
         "exodus would not end the conflict.",
         "the exodus would not end the conflict", IND, "mirzoyan", "Mirzoyan",
         "adding"); /* the subject of the clause "adding" hangs on */
    ATTR("ar", "وقال بيسكوف إن موسكو تتابع الوضع. وأضاف أن الاتصالات مستمرة.",
         "الاتصالات مستمرة", IND, "peskov", NULL, "وأضاف");
    ATTR("en",
         "Peskov said Moscow was following the situation. He added that "
         "contacts were continuing.",
         "contacts were continuing", IND, "peskov", "He", "added");
    ATTR("en", "Sources said the convoy had been stopped at the checkpoint.",
         "the convoy had been stopped at the checkpoint", IND, "anonymous",
         "Sources said", "Sources said");
    ATTR("ar", "وقالت مصادر مطلعة إن القافلة توقفت عند الحاجز.",
         "القافلة توقفت عند الحاجز", IND, "anonymous", "مصادر مطلعة", "وقالت");
    ATTR("ru", "Источник сообщил, что колонна остановлена на блокпосту.",
         "колонна остановлена на блокпосту", IND, "anonymous", "Источник",
         "сообщил");
    ATTR("en", "It was reported that the checkpoint had reopened.",
         "the checkpoint had reopened", IND, "unresolved", NULL, "reported");
    ATTR("ru", "Сообщается, что пропускной пункт вновь открыт.",
         "пропускной пункт вновь открыт", IND, "unresolved", NULL,
         "Сообщается");
    /* two speakers in one sentence */
    VOICE("en",
          "“We are ready to help,” Blinken said, while Lavrov told "
          "reporters that Western mediation had failed.",
          "Western mediation", ATTR, "lavrov");
    VOICE("en",
          "“We are ready to help,” Blinken said, while Lavrov told "
          "reporters that Western mediation had failed.",
          "ready", QUOT, "blinken");
#undef p
}

/* Odd input: nothing crashes, nothing is invented. */
static void test_odd(pipe *pp)
{
    static const char *const texts[] = {
        "",         "\"",           "«",
        "said",     "according to", "وقال",
        "— заявил", "“”",           "\" \" \" said Lavrov \"",
        "Lavrov:",  "– Lavrov",     "وفق ما نقلته",
        "مضيفا أن", "adding that"
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        TH_CHECK(pipe_run(pp, texts[i], NULL) || texts[i][0] == '\0');
    fsc__attribs a = { 0 };
    TH_EQ_INT(
        fsc__attrib_find("x", 1, NULL, 0, NULL, NULL, 0, NULL, 0, &a, NULL),
        FSC_OK);
    TH_EQ_INT(a.n, 0);
    TH_EQ_INT(fsc__attrib_voice(&a, 0, NULL), AUTH);
    fsc__attribs_free(&a);
    /* a long article: linear-ish time (one sentence repeated) */
    size_t unit_len = strlen("وقال بيراموف إن العملية انتهت، مضيفا أن "
                             "\"الوضع\" مستقر. ");
    size_t n = 3000;
    char *big = malloc(unit_len * n + 1);
    TH_CHECK(big != NULL);
    if (!big)
        return;
    for (size_t i = 0; i < n; i++)
        memcpy(big + i * unit_len,
               "وقال بيراموف إن العملية انتهت، مضيفا أن \"الوضع\" مستقر. ",
               unit_len);
    big[unit_len * n] = '\0';
    TH_CHECK(pipe_run(pp, big, "ar"));
    TH_EQ_INT(pp->at.n, 2 * n);
    uint8_t *voice = malloc(pp->tv.n);
    TH_CHECK(voice != NULL);
    if (voice) {
        TH_EQ_INT(fsc__attrib_voices(&pp->at, pp->tv.n, voice, NULL, NULL),
                  FSC_OK);
        for (size_t i = 0; i < pp->tv.n; i += 97)
            TH_EQ_INT(voice[i], fsc__attrib_voice(&pp->at, (uint32_t)i, NULL));
    }
    free(voice);
    free(big);
}

/* Named sources outside the actor lexicon: named_said, said_named,
 * according_named, cue_named, and the pronoun carrying one over. */
static void test_named(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* English */
    ATTR("en", "Hillary Clinton said the plan would fail.",
         "the plan would fail", IND, "named", "Hillary Clinton", "said");
    ATTR("en",
         "\u201cWe will win this race easily,\u201d Trump told "
         "reporters.",
         "We will win this race easily,", DIR, "named", "Trump",
         "told reporters");
    ATTR("en", "According to the New York Times, the deal collapsed.",
         "the deal collapsed", ACC, "named", "the New York Times",
         "According to");
    ATTR("en",
         "Senator Marco Rubio, a Republican from Florida, said he disagreed.",
         "he disagreed", IND, "named", "Senator Marco Rubio", "said");
    ATTR("en", "The talks had failed, said spokesman John Kirby.",
         "The talks had failed", IND, "named", "spokesman John Kirby", "said");
    ATTR("en",
         "Jane Doe said the vote was close. She said the count was "
         "fair.",
         "the count was fair", IND, "named", "She", "said");
    /* not names: a sentence's first word, a place after the cue, a
     * speaker noun, a known actor */
    NO_NAMED("en", "But the senator said the plan would fail.");
    NO_NAMED("en", "The plan would fail, officials said.");
    NO_NAMED("en", "Officials said in Washington that the talks had "
                   "failed.");
    NO_NAMED("en", "A letter to Congress said the plan would fail.");
    ATTR("en", "Reuters said the deal collapsed.", "the deal collapsed", IND,
         "reuters", "Reuters", "said");
    /* Russian */
    ATTR("ru", "Мы готовы к переговорам, \u2014 заявил Иван Петров.",
         "Мы готовы к переговорам", DIR, "named", "Иван Петров", "заявил");
    ATTR("ru", "По словам министра Ивана Петрова, переговоры сорвались.",
         "переговоры сорвались", ACC, "named", "министра Ивана Петрова",
         "По словам");
    /* a title noun followed by a name: the name, not the last official */
    ATTR("ru",
         "Мы готовы, \u2014 заявил Песков. По словам министра Ивана "
         "Петрова, переговоры сорвались.",
         "переговоры сорвались", ACC, "named", "министра Ивана Петрова",
         "По словам");
    ATTR("ru", "Иван Петров заявил, что переговоры сорвались.",
         "переговоры сорвались", IND, "named", "Иван Петров", "заявил");
    NO_NAMED("ru", "В Москве заявили, что переговоры сорвались.");
    NO_NAMED("ru", "Как заявили в министерстве, переговоры сорвались.");
    /* Arabic */
    ATTR("ar", "وقال المتحدث باسم الوزارة أحمد حسن إن المفاوضات فشلت.",
         "المفاوضات فشلت", IND, "named", "المتحدث باسم الوزارة أحمد حسن",
         "وقال");
    ATTR("ar", "بحسب وزارة الصحة في غزة، قتل عشرة أشخاص.", "قتل عشرة أشخاص",
         ACC, "named", "وزارة الصحة في غزة", "بحسب");
    ATTR("ar", "وقال مايكل فالون في وقت سابق إن المفاوضات فشلت.",
         "المفاوضات فشلت", IND, "named", "مايكل فالون", "وقال");
    ATTR("ar", "انهار الاتفاق، وفقا لوكالة رويترز.", "انهار الاتفاق", ACC,
         "reuters", "رويترز", "وفقا");
    NO_NAMED("ar", "وقال في بيان إن المفاوضات فشلت.");
    NO_NAMED("ar", "وقال مسؤولون إن المفاوضات فشلت.");
    NO_NAMED("ar", "وقال للصحفيين إن المفاوضات فشلت.");
    NO_NAMED("ar", "وقال أيضا إن المفاوضات فشلت.");
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_seed,    test_cue_name,
                                         test_generic, test_according,
                                         test_quotes,  test_continued,
                                         test_odd,     test_named };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
