/*
 * test_attrib.c - source attribution per rule in Arabic, English and
 * Russian, through the whole path: the real attribution lexicons
 * (lexicons/attribution/cues.json + actors.json) compiled into a model,
 * fsc__tokenize, fsc__quotes_find, fsc_analyze, fsc__attrib_mentions_result,
 * fsc__attrib_find and fsc__attrib_voice; and the seed article as a
 * hand-checked golden. FSC_ATTRIB_VERBOSE=1 prints every attribution.
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

#include "attrib_pipe.h"

static int verbose;

static const char *src_name(const pipe *p, const fsc__attribution *x)
{
    if (x->source_kind == FSC__SRC_ANONYMOUS)
        return "anonymous";
    if (x->source_kind == FSC__SRC_NAMED)
        return "named";
    if (x->source_kind == FSC__SRC_UNRESOLVED || x->actor < 0)
        return "unresolved";
    return p->mn.actors[x->actor].id;
}

static void tok_span(const pipe *p, uint32_t a, uint32_t b, size_t *off,
                     size_t *len)
{
    *off = p->tv.v[a].off;
    *len = p->tv.v[b].off + p->tv.v[b].len - *off;
}

static void dump(const pipe *p, const char *text)
{
    for (size_t k = 0; k < p->at.n; k++) {
        const fsc__attribution *x = &p->at.v[k];
        size_t co, cl, so = 0, sl = 0, qo = 0, ql = 0;
        tok_span(p, x->content_first_tok, x->content_last_tok, &co, &cl);
        if (x->src_first_tok <= x->src_last_tok)
            tok_span(p, x->src_first_tok, x->src_last_tok, &so, &sl);
        if (x->cue_first_tok <= x->cue_last_tok)
            tok_span(p, x->cue_first_tok, x->cue_last_tok, &qo, &ql);
        fprintf(stderr,
                "  #%zu %s kind=%d src=%s conf=%.2f inh=%d cue=\"%.*s\" "
                "source=\"%.*s\"\n     content=\"%.*s\"\n",
                k, x->rule, x->kind, src_name(p, x), x->confidence,
                x->inherited, (int)ql, text + qo, (int)sl, text + so, (int)cl,
                text + co);
    }
}

/* The attribution whose content is exactly `content` (a substring of text,
 * occurrence 1), or NULL. */
static const fsc__attribution *by_content(const pipe *p, const char *text,
                                          const char *content)
{
    const char *at = strstr(text, content);
    if (!at)
        return NULL;
    size_t off = (size_t)(at - text), len = strlen(content);
    for (size_t k = 0; k < p->at.n; k++) {
        size_t co, cl;
        tok_span(p, p->at.v[k].content_first_tok, p->at.v[k].content_last_tok,
                 &co, &cl);
        if (co == off && cl == len)
            return &p->at.v[k];
    }
    return NULL;
}

static int span_is(const pipe *p, const char *text, uint32_t a, uint32_t b,
                   const char *want)
{
    if (a > b)
        return want == NULL;
    size_t o, l;
    tok_span(p, a, b, &o, &l);
    return want && strlen(want) == l && memcmp(text + o, want, l) == 0;
}

/* Voice and source of the first token of the n-th occurrence of `span`. */
static int voice_at(const pipe *p, const char *text, const char *span, int n,
                    const char **source)
{
    const char *at = text;
    for (int k = 0; at && k < n; k++)
        at = strstr(k ? at + 1 : at, span);
    *source = NULL;
    if (!at)
        return -1;
    size_t off = (size_t)(at - text);
    for (size_t i = 0; i < p->tv.n; i++)
        if (p->tv.v[i].off + p->tv.v[i].len > off) {
            long w;
            int v = fsc__attrib_voice(&p->at, (uint32_t)i, &w);
            if (w >= 0)
                *source = src_name(p, &p->at.v[w]);
            return v;
        }
    return -1;
}

/*
 * One case: run `text`, then expect an attribution with exactly `content`,
 * kind, source ("actor id", "anonymous", "unresolved"), source span (NULL:
 * none) and cue span (NULL: none).
 */
static void expect_attr(pipe *p, const char *lang, const char *text,
                        const char *content, int kind, const char *source,
                        const char *src_span, const char *cue_span, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    if (!x || x->kind != kind || strcmp(src_name(p, x), source) != 0 ||
        !span_is(p, text, x->src_first_tok, x->src_last_tok, src_span) ||
        !span_is(p, text, x->cue_first_tok, x->cue_last_tok, cue_span) ||
        !(x->confidence > 0 && x->confidence <= 1)) {
        fprintf(stderr, "line %d: want [%s kind=%d] \"%s\" in: %s\n", line,
                source, kind, content, text);
        dump(p, text);
        th_failures++;
    } else if (verbose) {
        fprintf(stderr, "line %d ok: %s\n", line, text);
        dump(p, text);
    }
}

#define ATTR(lang, text, content, kind, source, src_span, cue_span)        \
    expect_attr(&p, lang, text, content, kind, source, src_span, cue_span, \
                __LINE__)

static void expect_voice(pipe *p, const char *lang, const char *text,
                         const char *span, int n, int voice, const char *source,
                         int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const char *got;
    int v = voice_at(p, text, span, n, &got);
    if (v != voice || (source == NULL) != (got == NULL) ||
        (source && strcmp(source, got) != 0)) {
        fprintf(stderr, "line %d: \"%s\" voice %d src %s, want %d %s in: %s\n",
                line, span, v, got ? got : "-", voice, source ? source : "-",
                text);
        dump(p, text);
        th_failures++;
    }
}

#define VOICE(lang, text, span, voice, source) \
    expect_voice(&p, lang, text, span, 1, voice, source, __LINE__)

enum {
    DIR = FSC__ATTR_DIRECT,
    IND = FSC__ATTR_INDIRECT,
    ACC = FSC__ATTR_ACCORDING
};
enum {
    AUTH = FSC__VOICE_AUTHORIAL,
    QUOT = FSC__VOICE_QUOTED,
    ATTR = FSC__VOICE_ATTRIBUTED
};

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    fclose(f);
    if (s)
        s[n] = '\0';
    return s;
}

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
    char *text = slurp(FSC_TEST_DATA "/seed/000_baac64db82fb31fe.txt");
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

/* No attribution of `text` has a source that is a proper name outside the
 * lexicon (a noun phrase such as "the senator" is nominal). */
static void expect_no_named(pipe *p, const char *lang, const char *text,
                            int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    for (size_t k = 0; k < p->at.n; k++)
        if (p->at.v[k].source_kind == FSC__SRC_NAMED &&
            p->at.v[k].form == FSC__SF_NAMED) {
            fprintf(stderr, "line %d: no named source wanted in: %s\n", line,
                    text);
            dump(p, text);
            th_failures++;
            return;
        }
}

#define NO_NAMED(lang, text) expect_no_named(&p, lang, text, __LINE__)

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

/* The attribution whose content is `content`: its source form, source
 * span and resolved_to span (NULL: none). */
static void expect_speaker(pipe *p, const char *lang, const char *text,
                           const char *content, int form, const char *src,
                           const char *resolved, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    if (!x || x->form != form ||
        !span_is(p, text, x->src_first_tok, x->src_last_tok, src) ||
        !span_is(p, text, x->res_first_tok, x->res_last_tok, resolved)) {
        fprintf(stderr,
                "line %d: want form %d source \"%s\" resolved \"%s\" for "
                "\"%s\" in: %s\n",
                line, form, src ? src : "-", resolved ? resolved : "-", content,
                text);
        if (x)
            fprintf(stderr, "  got form %d\n", x->form);
        dump(p, text);
        th_failures++;
    }
}

#define SPEAKER(lang, text, content, form, src, resolved) \
    expect_speaker(&p, lang, text, content, form, src, resolved, __LINE__)

enum {
    NAMED = FSC__SF_NAMED,
    NOMINAL = FSC__SF_NOMINAL,
    PRONOUN = FSC__SF_PRONOUN,
    DROPPED = FSC__SF_DROPPED,
    ANON = FSC__SF_ANONYMOUS,
    UNRES = FSC__SF_UNRESOLVED
};

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
    SPEAKER("en",
            "BLITZER: Do you think the rules are fair?\n\nBERG: I think they "
            "are fair.\n\nBLITZER: Why?\n\nBERG: Because they are.",
            "they are fair", PRONOUN, "I", "BERG");
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

/* Which span of a record expect_part() looks at. */
enum part {
    PART_PNAME,   /* the person's name in a named source, its title aside */
    PART_CHANNEL, /* the medium or audience addressed */
    PART_RNAME    /* the tokens of resolved_to.name */
};

static const char *const PART_LABEL[] = { "the name", "the channel",
                                          "resolved_to.name" };

/* The record with content `content` has `want` (NULL: none) as its span
 * `part`. */
static void expect_part(pipe *p, const char *lang, const char *text,
                        const char *content, enum part part, const char *want,
                        int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    uint32_t a = 1, b = 0;
    if (x && part == PART_PNAME)
        a = x->pname_first_tok, b = x->pname_last_tok;
    else if (x && part == PART_CHANNEL)
        a = x->chan_first_tok, b = x->chan_last_tok;
    else if (x)
        fsc__attrib_name_tokens(x, &a, &b);
    if (!x || !span_is(p, text, a, b, want)) {
        fprintf(stderr, "line %d: want %s \"%s\" in: %s\n", line,
                PART_LABEL[part], want ? want : "-", text);
        dump(p, text);
        th_failures++;
    }
}

#define TITLE(lang, text, content, name) \
    expect_part(&p, lang, text, content, PART_PNAME, name, __LINE__)
#define CHANNEL(lang, text, content, channel) \
    expect_part(&p, lang, text, content, PART_CHANNEL, channel, __LINE__)
#define RNAME(lang, text, content, name) \
    expect_part(&p, lang, text, content, PART_RNAME, name, __LINE__)

/* `text` gives no attribution at all. */
static void expect_none(pipe *p, const char *lang, const char *text, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    if (p->at.n != 0) {
        fprintf(stderr, "line %d: no attribution wanted in: %s\n", line, text);
        dump(p, text);
        th_failures++;
    }
}

#define NONE(lang, text) expect_none(&p, lang, text, __LINE__)

/* Cue senses, addressees, according-to nouns and citation chains (issue
 * items 6-8), positive and negative, in the three languages. */
static void test_senses(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
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

/* `text` gives n attributions; the one with content `content` has kind
 * `kind` and `n_seg` further segments, the first of which is `seg`. */
static void expect_segments(pipe *p, const char *lang, const char *text,
                            size_t n, const char *content, int kind,
                            uint32_t n_seg, const char *seg, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    int ok = x && p->at.n == n && x->kind == kind && x->n_seg == n_seg;
    if (ok && n_seg > 0)
        ok = span_is(p, text, p->at.segs[x->seg_first].first,
                     p->at.segs[x->seg_first].last, seg);
    if (!ok) {
        fprintf(stderr,
                "line %d: want %zu attributions, \"%s\" kind %d with "
                "%u segments (\"%s\") in: %s\n",
                line, n, content, kind, n_seg, seg ? seg : "-", text);
        dump(p, text);
        th_failures++;
    }
}

#define SEGMENTS(lang, text, n, content, kind, n_seg, seg) \
    expect_segments(&p, lang, text, n, content, kind, n_seg, seg, __LINE__)

/* One quotation, one attribution: split by its cue, continued in the next
 * sentence, or inside indirect speech (mixed). */
static void test_quote_structure(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    SEGMENTS("en",
             "\u201cWe will win,\u201d he said, \u201cwhatever it "
             "takes.\u201d",
             1, "We will win,", DIR, 1, "whatever it takes.");
    SEGMENTS("en",
             "\u201cIt is unusual,\u201d said Larry Noble, an "
             "attorney. \u201cIt is a hard thing to do.\u201d",
             1, "It is unusual,", DIR, 1, "It is a hard thing to do.");
    /* a new paragraph starts a new attribution */
    SEGMENTS("en",
             "\u201cIt is unusual,\u201d said Larry Noble, an "
             "attorney.\n\n\u201cIt is a hard thing to do.\u201d",
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
    /* a citation chain: the cited source speaks, one record */
    SPEAKER("ru",
            "ТАСС со ссылкой на источник сообщил, что переговоры "
            "сорвались.",
            "переговоры сорвались", ANON, "источник", NULL);
    SEGMENTS("ru",
             "ТАСС со ссылкой на источник сообщил, что переговоры "
             "сорвались.",
             1, "переговоры сорвались", IND, 0, NULL);
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
     * is what the source takes a position on */
    ATTR("en", "Ryan endorsed Trump in early June.", "Trump in early June", IND,
         "named", "Ryan", "endorsed");
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

int main(void)
{
    const char *v = getenv("FSC_ATTRIB_VERBOSE");
    verbose = v && *v && *v != '0';
    pipe p;
    if (!pipe_open(&p)) {
        pipe_close(&p);
        return 1;
    }
    test_seed(&p);
    test_cue_name(&p);
    test_generic(&p);
    test_according(&p);
    test_quotes(&p);
    test_continued(&p);
    test_odd(&p);
    test_named(&p);
    test_speakers(&p);
    test_quote_structure(&p);
    test_subjects(&p);
    test_senses(&p);
    pipe_close(&p);
    TH_DONE();
}
