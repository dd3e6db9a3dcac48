/*
 * test_attrib_org.c - the organisation a source speaks for or belongs to:
 * the role phrase is the source ("a spokeswoman for the Water Board",
 * «представитель Минобороны России», «مصدر في وزارة النقل»), nominal or
 * anonymous by its head, and the organisation a part of it (with its
 * actor id when the actor lexicon knows it); a source with no role ("a
 * spokeswoman", a person's name, "Republican of Ohio", "people in Ohio",
 * «مصدر في تصريح») has none. Same pipeline as test_attrib.c; own
 * sentences.
 */
#include "attrib_expect.h"

/* The record with content `content`: source form, source span, and the
 * organisation span `org` (NULL: none) with actor id `actor` (NULL: none
 * known). */
static void expect_org(pipe *p, const char *lang, const char *text,
                       const char *content, int form, const char *src,
                       const char *org, const char *actor, int line)
{
    if (!pipe_run(p, text, lang)) {
        th_failures++;
        return;
    }
    const fsc__attribution *x = by_content(p, text, content);
    const char *got =
        x && x->org_actor >= 0 && (size_t)x->org_actor < p->mn.n_actors
            ? p->mn.actors[x->org_actor].id
            : NULL;
    /* (the organisation's span without the ل/ب written on its first word) */
    size_t oo = 0, ol = 0;
    if (x && x->org_first_tok <= x->org_last_tok) {
        tok_span(p, x->org_first_tok, x->org_last_tok, &oo, &ol);
        if (x->org_skip < ol) {
            oo += x->org_skip;
            ol -= x->org_skip;
        }
    }
    int org_ok =
        org ? strlen(org) == ol && memcmp(text + oo, org, ol) == 0 : ol == 0;
    if (!x || x->form != form ||
        !span_is(p, text, x->src_first_tok, x->src_last_tok, src) || !org_ok ||
        (actor == NULL) != (got == NULL) ||
        (actor && strcmp(actor, got) != 0)) {
        fprintf(stderr,
                "line %d: want form %d source \"%s\" organisation \"%s\" "
                "(%s) for \"%s\" in: %s\n  got form %d organisation "
                "\"%.*s\" (%s)\n",
                line, form, src ? src : "-", org ? org : "-",
                actor ? actor : "-", content, text, x ? x->form : -1, (int)ol,
                text + oo, got ? got : "-");
        dump(p, text);
        th_failures++;
    }
}

#define ORG(lang, text, content, form, src, org, actor) \
    expect_org(&p, lang, text, content, form, src, org, actor, __LINE__)

static void test_en_org(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ORG("en",
        "A spokeswoman for the harbour authority said the ferry would sail.",
        "the ferry would sail", NOMINAL,
        "A spokeswoman for the harbour authority", "the harbour authority",
        NULL);
    ORG("en", "Officials at the Water Board said the pipes were old.",
        "the pipes were old", ANON, "Officials at the Water Board",
        "the Water Board", NULL);
    ORG("en", "A source in the Kremlin said the visit was off.",
        "the visit was off", ANON, "A source in the Kremlin", "the Kremlin",
        NULL);
    /* the person or body inside the phrase is not the speaker */
    ORG("en", "An aide to Mayor Ortiz said the budget would shrink.",
        "the budget would shrink", ANON, "An aide to Mayor Ortiz",
        "Mayor Ortiz", NULL);
    ORG("en", "Sources close to Reuters said the merger was dead.",
        "the merger was dead", ANON, "Sources close to Reuters", "Reuters",
        "reuters");
    ORG("en", "People close to Mayor Ortiz said she was furious.",
        "she was furious", ANON, "People close to Mayor Ortiz", "Mayor Ortiz",
        NULL);
    /* a body the actor lexicon knows: the speaker speaks for its side */
    ORG("en", "A spokesman for Hamas said the crossing would open.",
        "the crossing would open", NOMINAL, "A spokesman for Hamas", "Hamas",
        "hamas");
    ORG("en", "An official at the United Nations said the trucks had left.",
        "the trucks had left", ANON, "An official at the United Nations",
        "the United Nations", "un");
    /* after the cue too */
    ORG("en", "The line will close, a spokeswoman for the Transit Agency said.",
        "The line will close", NOMINAL, "a spokeswoman for the Transit Agency",
        "the Transit Agency", NULL);
    /* a role over a person's name is nominal, and whom a pronoun after it
     * stands for is the role phrase, not the body inside it */
    ORG("en", "Advisers to Mayor Ortiz said the race was close.",
        "the race was close", NOMINAL, "Advisers to Mayor Ortiz", "Mayor Ortiz",
        NULL);
    RNAME("en",
          "A spokeswoman for YouTube said the clip was removed. She added "
          "that it broke the rules.",
          "it broke the rules", "A spokeswoman for YouTube");
    /* a postposed cue and a longer phrase after it */
    ORG("en",
        "\"The pier is unsafe,\" said a spokesman for the Harbour Police "
        "Department.",
        "The pier is unsafe,", NOMINAL,
        "a spokesman for the Harbour Police Department",
        "the Harbour Police Department", NULL);
    ORG("en", "The pier is unsafe, said a source close to the governor.",
        "The pier is unsafe", ANON, "a source close to the governor", NULL,
        NULL);
    /* an anonymous phrase whole, with no organisation in it */
    ORG("en", "People familiar with the matter said the sale was near.",
        "the sale was near", ANON, "People familiar with the matter", NULL,
        NULL);
    ORG("en", "Sources close to the inquiry said the report was late.",
        "the report was late", ANON, "Sources close to the inquiry", NULL,
        NULL);
    /* the article, and the phrase before the cue whole, a cue word in it
     * too */
    ORG("en", "A source familiar with the plan said the vote would slip.",
        "the vote would slip", ANON, "A source familiar with the plan", NULL,
        NULL);
    ORG("en",
        "Another source familiar with the mayor's thinking said, \"She will "
        "run again.\"",
        "She will run again.", ANON,
        "Another source familiar with the mayor's thinking", NULL, NULL);
    ORG("en", "A senior official at the Water Board said the pipes were old.",
        "the pipes were old", ANON, "A senior official at the Water Board",
        "the Water Board", NULL);
    /* no role, a person, a party and a state, a place */
    ORG("en", "A spokeswoman said the ferry would sail.",
        "the ferry would sail", NOMINAL, "A spokeswoman", NULL, NULL);
    ORG("en", "Jane Miller said the ferry would sail.", "the ferry would sail",
        NAMED, "Jane Miller", NULL, NULL);
    ORG("en", "Sen. Tom Reed, Republican of Ohio, said the bill would fail.",
        "the bill would fail", NAMED, "Sen. Tom Reed", NULL, NULL);
#undef p
}

/* a named person: the body of the title around the name, in an
 * apposition or a compound before it */
static void test_en_title_org(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ORG("en",
        "Ann Bryce, a spokeswoman for the Water Board, said the pipes were "
        "old.",
        "the pipes were old", NAMED, "Ann Bryce", "the Water Board", NULL);
    ORG("en", "Harbour Authority spokesman Tom Ruiz said the ferry would sail.",
        "the ferry would sail", NAMED, "Tom Ruiz", "Harbour Authority", NULL);
    ORG("en",
        "City Hall press secretary Tom Ruiz said the mayor would veto the "
        "bill.",
        "the mayor would veto the bill", NAMED, "Tom Ruiz", "City Hall", NULL);
    /* a party, an occupation and a place are no body */
    ORG("en", "Democratic strategist Ann Bryce said the race was close.",
        "the race was close", NAMED, "Ann Bryce", NULL, NULL);
    ORG("en", "Ann Bryce, a nurse from Ohio, said the ward was full.",
        "the ward was full", NAMED, "Ann Bryce", NULL, NULL);
#undef p
}

static void test_ru_org(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    /* the role, not the ministry alone, is the source */
    ORG("ru", "Представитель Минобороны России заявил, что учения закончились.",
        "учения закончились", NOMINAL, "Представитель Минобороны России",
        "Минобороны России", "ru_mod");
    ORG("ru", "Источник в Кремле сообщил, что визит отложен.", "визит отложен",
        ANON, "Источник в Кремле", "Кремле", NULL);
    ORG("ru", "Представитель завода сказал, что цех закроют.", "цех закроют",
        NOMINAL, "Представитель завода", "завода", NULL);
    /* the press office is the role's; the bank is the body */
    ORG("ru", "Сотрудник пресс-службы банка сообщил, что филиал закроют.",
        "филиал закроют", NOMINAL, "Сотрудник пресс-службы банка", "банка",
        NULL);
    /* the body between the role and the person's name (the source is the
     * title with the name, the name split out, as in either order) */
    ORG("ru",
        "Официальный представитель мэрии Анна Орлова заявила, что мост "
        "откроют.",
        "мост откроют", NAMED, "Официальный представитель мэрии Анна Орлова",
        "мэрии", NULL);
    /* no role, a person, a title with its domain */
    ORG("ru", "Иван Орлов заявил, что налог снизят.", "налог снизят", NAMED,
        "Иван Орлов", NULL, NULL);
    ORG("ru", "Министр обороны заявил, что учения закончились.",
        "учения закончились", NOMINAL, "Министр обороны", NULL, NULL);
#undef p
}

/* «Собеседник ТАСС в Минобороны»: the outlet is the channel, the
 * ministry the organisation */
static void test_ru_org_channel(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    const char *t =
        "Собеседник ТАСС в Минобороны рассказал, что склады проверят.";
    ORG("ru", t, "склады проверят", ANON, "Собеседник ТАСС в Минобороны",
        "Минобороны", NULL);
    CHANNEL("ru", t, "склады проверят", "ТАСС");
    ORG("ru",
        "Собеседник агентства в правительстве сообщил, что налог повысят.",
        "налог повысят", ANON, "Собеседник агентства в правительстве",
        "правительстве", NULL);
#undef p
}

static void test_ar_org(pipe *pp)
{
    pipe *p_ = pp;
#define p (*p_)
    ORG("ar", "قال المتحدث باسم وزارة الصحة إن اللقاحات وصلت.", "اللقاحات وصلت",
        NOMINAL, "المتحدث باسم وزارة الصحة", "وزارة الصحة", NULL);
    /* the source on over «في» and the body after it */
    ORG("ar", "وقال مصدر في وزارة النقل إن الطريق سيفتح غدا.",
        "الطريق سيفتح غدا", ANON, "مصدر في وزارة النقل", "وزارة النقل", NULL);
    ORG("ar", "وأكد مسؤول في الشركة أن الأسعار ثابتة.", "الأسعار ثابتة", ANON,
        "مسؤول في الشركة", "الشركة", NULL);
    /* the body with ب or ل written on it, and a title's body */
    ORG("ar", "وقال مصدر مسؤول بوزارة النقل إن الطريق سيفتح غدا.",
        "الطريق سيفتح غدا", ANON, "مصدر مسؤول بوزارة النقل", "وزارة النقل",
        NULL);
    ORG("ar", "وأوضح المتحدث الإعلامي بالشركة أن الأسعار ثابتة.",
        "الأسعار ثابتة", NOMINAL, "المتحدث الإعلامي بالشركة", "الشركة", NULL);
    ORG("ar", "وقال رئيس هيئة الطيران إن الرحلات عادت.", "الرحلات عادت",
        NOMINAL, "رئيس هيئة الطيران", "هيئة الطيران", NULL);
    ORG("ar", "وقال رئيس الوزراء إن الحكومة مستمرة.", "الحكومة مستمرة", NOMINAL,
        "رئيس الوزراء", NULL, NULL);
    /* «في تصريح», «في اتصال» say how it was said, not for whom */
    ORG("ar", "وقال مصدر مطلع في تصريح إن الطريق سيفتح غدا.",
        "الطريق سيفتح غدا", ANON, "مصدر مطلع", NULL, NULL);
    ORG("ar", "وقال مصدر في اتصال هاتفي إن الطريق سيفتح غدا.",
        "الطريق سيفتح غدا", ANON, "مصدر", NULL, NULL);
    ORG("ar", "وقال المتحدث إن الطريق سيفتح غدا.", "الطريق سيفتح غدا", NOMINAL,
        "المتحدث", NULL, NULL);
#undef p
}

int main(void)
{
    static const attrib_test tests[] = { test_en_org, test_en_title_org,
                                         test_ru_org, test_ru_org_channel,
                                         test_ar_org };
    return attrib_run(tests, sizeof tests / sizeof *tests);
}
