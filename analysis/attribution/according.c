/*
 * according.c - stage 4, contents of according-to phrases: "according to"
 * a name, a document or a noun phrase that is no plan or rule, «по словам»,
 * «по данным», «وفقا ل», «حسب», «بحسب ما», citations ("citing a report",
 * «со ссылкой на»), sentence-final and parenthetical phrases; the content
 * is the clause the phrase stands in, before or after it. Called from
 * attrib.c for cues of kind according-to; the records are emitted as in
 * content.c.
 */
#include "attrib_int.h"

/* Nouns after "according to" that are no source: "according to plan",
 * "according to the rules", «согласно закону» (folded). */
static const char *const NOT_SOURCE[] = {
    "plan",         "plans",     "schedule",   "law",          "laws",
    "rule",         "rules",     "guidelines", "regulations",  "agreement",
    "constitution", "tradition", "protocol",   "instructions", "procedure",
    "procedures",   "script",    "design",     "need",         "needs",
    "age",          "size",      "type",       "category",     "custom",
    "standards",    "terms",     "contract",   "budget",       "formula",
    "order",        "закону",    "плану",      "правилам",     "договору",
    "графику",      NULL
};

/* Nouns an according-to phrase may name that are no source (folded,
 * without ال): regulations, plans, the law; a competence, penalties,
 * resolutions, ways of doing («حسب الاختصاص», «وفقا للجزاءات المقررة»,
 * «وفقا لمقررات جنيف», «وفقا لطرق الإبلاغ»). */
static const char *const AR_NOT_SOURCE[] = {
    "لوائح",   "لائحة",   "نظام",    "انظمة",  "قانون",    "قوانين",
    "خطة",     "جدول",    "تعليمات", "شروط",   "معايير",   "دستور",
    "مادة",    "عادة",    "تقويم",   "موعد",   "برنامج",   "ضوابط",
    "اجراءات", "فئات",    "فئة",     "نوع",    "نوعية",    "حجم",
    "عدد",     "طبيعة",   "درجة",    "مستوي",  "حاجة",     "ظروف",
    "اولوية",  "ترتيب",   "سن",      "عمر",    "توقيت",    "امكانات",
    "حالة",    "طلب",     "رغبة",    "نسبة",   "مدة",      "اتفاق",
    "مجموعة",  "توجيهات", "توجيه",   "اوامر",  "امر",      "قرار",
    "قرارات",  "احكام",   "اسس",     "مبادئ",  "متطلبات",  "مواصفات",
    "سياسة",   "اعراف",   "عرف",     "قواعد",  "قاعدة",    "تقاليد",
    "اصول",    "نظم",     "سنن",     "شريعة",  "تعاليم",   "اعتبارات",
    "توصية",   "توصيات",  "ارشادات", "اختصاص", "اختصاصات", "جزاءات",
    "مقررات",  "طرق",     "طريقة",   NULL
};

/* Possessive pronouns a noun of rules may carry («لوائحه», «لتعليماتها»,
 * «أنظمتنا»), longest first (folded). */
static const char *const AR_POSS_SUFFIX[] = { "هما", "هم", "هن", "ها",
                                              "نا",  "ه",  NULL };

/* k (folded, no prefix) is in AR_NOT_SOURCE, with the article or without,
 * or with a possessive pronoun (the ة of the stem written ت before it,
 * «لائحته» → «لائحة»). */
static int ar_rule_noun(const char *k)
{
    int art;
    k = ar_bare(k, &art);
    if (starts(k, "ال"))
        k += 4;
    if (in_list(k, AR_NOT_SOURCE))
        return 1;
    size_t n = strlen(k);
    for (int i = 0; AR_POSS_SUFFIX[i]; i++) {
        size_t m = strlen(AR_POSS_SUFFIX[i]);
        char stem[KEY_CAP];
        /* a stem of two letters or more («سن», «امر») */
        if (n < m + 4 || n - m + 3 > sizeof stem ||
            strcmp(k + n - m, AR_POSS_SUFFIX[i]) != 0)
            continue;
        memcpy(stem, k, n - m);
        stem[n - m] = '\0';
        if (in_list(stem, AR_NOT_SOURCE))
            return 1;
        if (n - m >= 2 && strcmp(stem + n - m - 2, "ت") == 0) {
            memcpy(stem + n - m - 2, "ة", 2); /* «لائحته» */
            if (in_list(stem, AR_NOT_SOURCE))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* Word t (after «حسب», «وفقا ل», «بموجب») is a noun of rules, norms,
 * plans or recommendations («اللوائح», «أعراف القبيلة», «قواعد المسابقة»,
 * «تعليمات الوزارة», «وفقا لتوصيات اللجنة», also with a possessive
 * pronoun, «وفقا للوائحه», «حسب تعليماتها»): in accordance with them, no
 * one's report. */
int ar_not_source(const ctx *c, uint32_t t)
{
    char key[KEY_CAP];
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, key);
    const char *k = key;
    /* لل is ل + ال («للنظام») or ل + a noun that opens with ل («للوائح»,
     * «للائحة») */
    int rule = starts(k, "لل") && ar_rule_noun(k + 4);
    if (!rule && (starts(k, "ل") || starts(k, "ب")))
        k += 2;
    if (!rule && !ar_rule_noun(k))
        return 0;
    /* «وفقا للائحة الاتهام»: the indictment, a document that states what
     * the prosecution holds, is a source */
    if (t + 1 < c->n_tok && is_word(c, t + 1)) {
        fold_tok(c, t + 1, key);
        int art;
        if (strcmp(ar_bare(key, &art), "اتهام") == 0)
            return 0;
    }
    return 1;
}

/* Prepositions inside a document or speaker phrase: "a count by The
 * Associated Press", "figures from the ministry", "a poll of voters". */
static const char *const ACC_INNER[] = { "of", "by",  "from", "at",
                                         "in", "for", "on",   NULL };

/*
 * Rule according_np (English, Russian): "according to" + a noun phrase
 * that is no name ("a new poll", "FEC filings", "the results", "a count by
 * The Associated Press"): up to eight words to a comma, the sentence's end
 * or a complementizer; not when a word of it is a plan or rule
 * (NOT_SOURCE).
 */
static const char *const BY[] = { "by", NULL };

/* What "citing" may name as a source besides a name or a speaker noun:
 * documents and evidence ("citing a report", "citing court records"),
 * never a reason ("citing the health crisis", "citing security
 * concerns"). */
static const char *const CITED[] = {
    "report",     "reports",   "study",      "studies",   "poll",
    "polls",      "survey",    "surveys",    "data",      "figures",
    "statistics", "records",   "documents",  "document",  "estimates",
    "analysis",   "sources",   "source",     "filings",   "research",
    "findings",   "statement", "statements", "letter",    "memo",
    "article",    "book",      "interview",  "testimony", "officials",
    "witnesses",  "experts",   "footage",    "emails",    "report's",
    NULL
};

static int according_np(const ctx *c, uint32_t from, uint32_t s, srcres *r,
                        int cite)
{
    uint32_t hi = c->sent_last[s], t = from, last = UINT32_MAX;
    int words = 0;
    for (; t <= hi; t++) {
        if (!is_word(c, t)) {
            if (name_link(c, t))
                continue;
            break;
        }
        /* "exit polls reported by CNN", "a poll conducted by": a passive
         * participle stays inside the phrase */
        int passive = c->cue_at[t] >= 0 && t + 1 <= hi && is_word(c, t + 1) &&
                      key_is(c, t + 1, BY) && words > 0;
        if (is_compl(c, t) || (c->cue_at[t] >= 0 && !passive) ||
            key_is(c, t, RELATIVES) ||
            (key_is(c, t, NP_STOP) && !key_is(c, t, ACC_INNER)))
            break;
        if (key_is(c, t, NOT_SOURCE))
            return 0;
        if (++words > 16)
            return 0;
        last = t;
    }
    if (last == UINT32_MAX || key_is(c, last, ACC_INNER))
        return 0;
    if (cite) {
        int ok = 0;
        for (uint32_t u = from; u <= last && !ok; u++)
            ok = (is_word(c, u) && cap_word(c, u) &&
                  u != c->sent_first[sent_of(c, u)]) ||
                 key_is(c, u, CITED) || key_in(c, u, SPEAKER_NOUNS);
        if (!ok)
            return 0;
    }
    set_np(c, r, from, last, "according_np");
    r->conf = FSC__CONF_ACCORDING - 0.2;
    return 1;
}

/* Demonstratives and the nouns of what was said or written that they
 * point back to (folded, bare). */
static const char *const AR_DEMONSTRATIVES[] = { "هذا", "هذه", "ذلك", "تلك",
                                                 NULL };
static const char *const AR_SAID_NOUNS[] = {
    "نصيحة",   "رواية",   "راي",   "تصريح",  "تصريحات", "كلام",  "قول",
    "حديث",    "تقرير",   "دراسة", "بيان",   "وصية",    "مقولة", "تحليل",
    "احصائية", "احصاءات", "ارقام", "بيانات", "معلومات", "خبر",   "رسالة",
    "تقديرات", "توقعات",  "شهادة", NULL
};

/*
 * Rule according_this (Arabic): «حسب هذه النصيحة فإن», «وفقا لهذا
 * التقرير»: a demonstrative and a noun of what was said or written point
 * back to the words reported just before; the phrase is the (nominal)
 * source, resolved to the newest earlier speaker. 1 and r set, else 0.
 */
static int ar_according_this(const ctx *c, uint32_t from, uint32_t s, srcres *r)
{
    char k[KEY_CAP];
    int art;
    if (from + 1 > c->sent_last[s] || !is_word(c, from) ||
        !is_word(c, from + 1))
        return 0;
    fold_tok(c, from, k);
    const char *d = starts(k, "ل") ? k + 2 : k; /* «لهذا التقرير» */
    if (!in_list(d, AR_DEMONSTRATIVES))
        return 0;
    fold_tok(c, from + 1, k);
    const char *b = ar_bare(k, &art);
    if (!art || !in_list(b, AR_SAID_NOUNS))
        return 0;
    src_fresh(r);
    if (!inherit_g(c, s, 3, from, r, FSC__CONF_ACCORDING, "according_this",
                   FSC__G_UNKNOWN, 1)) {
        set_np(c, r, from, from + 1, "according_this");
    } else {
        r->first = from;
        r->last = from + 1;
    }
    r->form = FSC__SF_NOMINAL;
    return 1;
}

/* «в», «во»: a place after the addressee is the source
 * (ru_place_source) */
static const char *const RU_IN_W[] = { "в", "во", NULL };
/* «как» opening a verb of telling: «Как заявил», «Как сообщили» */
static const char *const RU_KAK[] = { "как", NULL };

/* "According to X" covering its sentence. */
fsc_status according(ctx *c, const icue *q, fsc_error *err)
{
    uint32_t s = sent_of(c, q->first);
    srcres r;
    /* «وبحسب ما تناقله المصرفيون»: the verb after «ما» that the lexicon
     * does not list is no part of the source; its subject is */
    uint32_t from = q->last + 1;
    if (c->lang == LANG_AR && key_is(c, q->last, AR_MA) &&
        from < c->sent_last[s] && is_word(c, from) && c->cand_at[from] < 0 &&
        c->cue_at[from] < 0 && !ar_definite(c, from) &&
        !ar_first_name(c, from) && is_word(c, from + 1))
        from++;
    /* «Как заявил агентству «Интерфакс» замглавы МИД Сергей Рябков»: the
     * addressee after the verb, when a subject follows it, is no source;
     * the rules below look past it (qs: the cue with the addressee) */
    icue qa = *q;
    const icue *qs = q;
    if (c->lang == LANG_RU && q->kind == FSC__CUE_ACCORDING &&
        q->first < q->last && key_is(c, q->first, RU_KAK)) {
        uint32_t ad = ru_addressee_end(c, from, c->sent_last[s]);
        if (ad != UINT32_MAX && ad + 1 <= c->sent_last[s] &&
            is_word(c, ad + 1) && !key_is(c, ad + 1, RU_IN_W) &&
            !key_in(c, ad + 1, NAME_PREP) && c->cue_at[ad + 1] < 0) {
            from = ad + 1;
            qa.last = ad;
            qs = &qa;
        }
    }
    /* "reportedly": reports no one names; no source to look for */
    int32_t k = q->impersonal && q->first == q->last
                    ? -1
                    : search_fwd(c, from, s, 3, 1);
    if (q->impersonal && q->first == q->last) {
        src_fresh(&r);
        r.kind = FSC__SRC_ANONYMOUS;
        r.actor = -1;
        r.first = 1;
        r.last = 0;
        r.inherited = 0;
        r.conf = FSC__CONF_ANONYMOUS;
        r.rule = "impersonal";
    } else if (q->idx < 0 && c->lang == LANG_EN &&
               en_poll_phrase(c, q->first) != UINT32_MAX) {
        /* "In the latest Post-ABC poll, ...": the poll, to the comma */
        set_np(c, &r, q->last + 1, en_poll_phrase(c, q->first) - 1, "poll_in");
        r.conf = FSC__CONF_ACCORDING - 0.2;
    } else if (ru_according_possessive(c, qs, s, &r)) {
        /* «по его словам»: the possessive inside the phrase */
    } else if (ru_according_np(c, qs, s, &r)) {
        /* «По данным пресс-службы главного управления МЧС по Ростовской
         * области», «по словам советника Путина»: the whole phrase */
    } else if (ru_according_role(c, qs, s, &r)) {
        /* «Как сообщил представитель Минобороны России Игорь Конашенков» */
    } else if (ru_place_source(c, q, s, &r)) {
        /* «Как сообщили в пресс-службе МВД,»: the place is the source */
    } else if (k < 0 && ru_according_quoted(c, q, s, &r)) {
        /* «по информации «Спорт-Экспресса»»: the name in the marks */
    } else if (c->lang == LANG_AR && !q->impersonal && ar_not_source(c, from)) {
        /* «حسب أعراف القبيلة», «وفقا لتعليمات الوزارة»: in accordance
         * with rules, not according to anyone's words (the body that
         * made them is no source of the sentence) */
        return FSC_OK;
    } else if (c->lang == LANG_AR && ar_according_this(c, from, s, &r)) {
        /* «حسب هذه النصيحة فإن»: the words reported before */
    } else if (k >= 0 &&
               !(generic_unresolved(c, k) &&
                 (c->lang == LANG_AR ? named_ar(c, from, s, 1, &r)
                                     : named_after(c, q->last + 1, s, &r,
                                                   "according_named")))) {
        set_src_from_cand(c, k, &r, FSC__CONF_ACCORDING, "according_to");
    } else if (k >= 0) {
        /* «بحسب وزارة الصحة في غزة», «по словам министра Ивана Петрова»:
         * the name around the generic noun, set above */
    } else if (c->lang == LANG_AR
                   ? named_ar(c, from, s, 1, &r)
                   : named_after(c, q->last + 1, s, &r, "according_named")) {
        /* "according to the New York Times", «по словам министра Ивана
         * Петрова», «بحسب وزارة الصحة،» */
    } else if (c->lang != LANG_AR &&
               according_np(c, q->last + 1, s, &r, lemma_is(c, q, "cite"))) {
        /* "according to a new poll", "according to FEC filings",
         * «по данным опроса» */
    } else {
        /* Only a speaker we cannot name; "according to the plan" is not
         * attribution. */
        uint32_t t = q->last + 1, w = 0;
        while (t <= c->sent_last[s] && is_word(c, t) && w < 3 &&
               !key_in(c, t, SPEAKER_NOUNS))
            t++, w++;
        if (t > c->sent_last[s] || !key_in(c, t, SPEAKER_NOUNS))
            return FSC_OK;
        set_unresolved(&r, "according_unresolved");
        r.first = r.last = t;
    }
    /* «со ссылкой на газету «Известия»»: the name after the noun */
    ru_source_tail(c, q, &r);
    uint32_t bf = q->first, bl = q->last;
    if (r.first <= r.last) {
        if (r.last > bl)
            bl = r.last;
        /* «صحيفة "أذرنيوز" الأذرية»: the closing mark of the name. */
        while (bl + 1 <= c->sent_last[s] && passable_mark(c, bl + 1))
            bl++;
    }
    /* A citation between a subject and its verb ("Reuters, citing
     * officials, reported"): the verb's attribution carries the cited
     * source; no record of its own. In Russian («ТАСС со ссылкой на
     * источник сообщил, что») the verb keeps the outlet, its subject
     * (ru_citing_subject), and the citation is a record of its own with
     * what the verb reports (ru_cited_content). */
    int vouch = 0;
    for (uint32_t t = bl + 1, w = 0; t <= c->sent_last[s] && w <= 2; t++) {
        if (c->cue_at[t] >= 0) {
            const icue *v = &c->cues[c->cue_at[t]];
            int passive = v->last + 1 <= c->sent_last[s] &&
                          is_word(c, v->last + 1) && key_is(c, v->last + 1, BY);
            if (!v->skip && v->kind == FSC__CUE_SPEECH &&
                v->form == FSC__FORM_VERB && bf > c->sent_first[s] &&
                !passive) {
                uint32_t ca, cb;
                /* (not a phrase set off between a subject and its verb,
                 * «Застройщик, по данным издания, утверждает, будто»: it
                 * vouches for the subject's report, the clause) */
                if (c->lang == LANG_RU && ru_vouches_clause(c, q, bl)) {
                    vouch = 1;
                    break;
                }
                if (c->lang == LANG_RU && ru_cited_content(c, v, &ca, &cb))
                    return emit(c, FSC__ATTR_ACCORDING, &r, q->idx, q->first,
                                q->last, q->stance, ca, cb, err);
                return FSC_OK;
            }
            break;
        }
        if (is_word(c, t))
            w++;
    }
    uint32_t f = c->sent_first[s], l = c->sent_last[s];
    /* a semicolon closes a clause: "...; according to prosecutors, he
     * owed ..." covers the clause it opens (and a later one, the clause
     * before it: the sentence's end is then the semicolon's) */
    for (uint32_t t = bf; t-- > f && bf - t <= 256;)
        if (!is_word(c, t) && c->inquote[t] < 0 &&
            (cp(c, t) == ';' || cp(c, t) == 0x061B)) {
            f = t + 1;
            break;
        }
    for (uint32_t t = bl + 1; t <= l && t - bl <= 256; t++)
        if (!is_word(c, t) && c->inquote[t] < 0 &&
            (cp(c, t) == ';' || cp(c, t) == 0x061B)) {
            l = t - 1;
            break;
        }
    uint32_t before = bf > f ? words_in_cap(c, f, bf - 1, 3, 1) : 0;
    uint32_t after = words_in_cap(c, bl + 1, l, 5, 0);
    /* "..., according to Andrew McCarthy, who prosecuted ...": a relative
     * clause after the source describes it; nothing said follows */
    if (bl + 2 <= l && !is_word(c, bl + 1) && is_comma(cp(c, bl + 1)) &&
        key_is(c, bl + 2, RELATIVES))
        after = 0;
    uint32_t a, b;
    uint32_t p2a = UINT32_MAX, p2b = 0;
    if (q->impersonal && q->first == q->last) {
        /* "The crash reportedly killed seven": the adverb sits inside the
         * clause it vouches for, all of it */
        a = f;
        b = l;
    } else if (before <= 1) {
        a = bl + 1;
        b = l;
    } else if (after <= 3 && c->lang != LANG_AR && after >= 1 && bf > f &&
               !is_word(c, bf - 1) && is_comma(cp(c, bf - 1)) && bl + 2 <= l &&
               !is_word(c, bl + 1) && is_comma(cp(c, bl + 1)) &&
               is_word(c, bl + 2) && !key_is(c, bl + 2, COORD)) {
        /* "One child was, according to the fire service, among the
         * dead": a short rest after the parenthetical still belongs to
         * the sentence it interrupts; two segments */
        a = f;
        b = bf - 1;
        p2a = bl + 2;
        p2b = l;
        if (!trim(c, &p2a, &p2b))
            p2a = UINT32_MAX;
    } else if (after <= 3) {
        a = f;
        b = bf - 1;
        /* «..., сообщает ТАСС со ссылкой на источник»: up to the verb */
        uint32_t pe = ru_postposed_before(c, f, bf);
        if (pe != UINT32_MAX)
            b = pe;
        /* "..., and Clinton broke it, according to X": X vouches for the
         * last conjunct */
        if (c->lang == LANG_EN)
            for (uint32_t t = bf; t-- > f + 1;)
                if (!is_word(c, t - 1) && is_comma(cp(c, t - 1)) &&
                    is_word(c, t) && key_is(c, t, COORD) &&
                    words_in(c, t + 1, bf - 1) >= 3) {
                    a = t + 1;
                    break;
                }
    } else {
        a = f;
        b = l;
        /* "For Trump, according to X, the speech is a test": the sentence
         * on both sides of the parenthetical, two segments */
        uint32_t pv = bf > f ? bf - 1 : UINT32_MAX, nx = bl + 1;
        if (c->lang != LANG_AR && pv != UINT32_MAX && !is_word(c, pv) &&
            is_comma(cp(c, pv)) && nx <= l && !is_word(c, nx) &&
            is_comma(cp(c, nx))) {
            b = pv;
            p2a = nx + 1;
            p2b = l;
            if (!trim(c, &p2a, &p2b))
                p2a = UINT32_MAX;
        }
    }
    /* «Застройщик, по данным издания, утверждает, будто ...»: the subject
     * and its report, on both sides of the phrase */
    if (vouch && bf > f + 1) {
        a = f;
        b = bf - 1;
        p2a = bl + 2;
        p2b = l;
        if (!trim(c, &p2a, &p2b))
            p2a = UINT32_MAX;
    }
    /* «Как сообщает ТАСС со ссылкой на источник, ...»: after the frame */
    uint32_t fcm = ru_frame_comma(c, q, bl);
    if (fcm != UINT32_MAX && fcm < l) {
        a = fcm + 1;
        b = l;
        p2a = UINT32_MAX;
    }
    if (!trim(c, &a, &b))
        return FSC_OK;
    /* «وبحسب "الألمانية"، فإن ...»: the complementizer opens what is
     * said and is no part of it */
    if (c->lang == LANG_AR && a < b && is_word(c, a) && q->last < a) {
        char fk[KEY_CAP];
        fold_tok(c, a, fk);
        if (is_compl(c, a) || strcmp(fk, "فان") == 0)
            a++;
    }
    fsc_status st = emit(c, FSC__ATTR_ACCORDING, &r, q->idx, q->first, q->last,
                         q->stance, a, b, err);
    if (st == FSC_OK && p2a != UINT32_MAX &&
        add_seg(c, &c->out->v[c->out->n - 1], p2a, p2b) < 0)
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    return st;
}
