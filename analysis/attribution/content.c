/*
 * content.c - stage 4: what is said. Content spans of indirect speech (after
 * the complementizer, or before a postposed cue), according-to sentences,
 * quotations attached to their cue or speaker, one attribution per
 * quotation (split and continued quotations, mixed content), and the
 * emission of attribution records with their resolved speaker.
 */
#include "attrib_int.h"

/* The form of a source no rule named: from how it was found. */
static uint8_t default_form(const ctx *c, const srcres *r)
{
    switch (r->kind) {
    case FSC__SRC_ANONYMOUS:
        return FSC__SF_ANONYMOUS;
    case FSC__SRC_UNRESOLVED:
        return FSC__SF_UNRESOLVED;
    default:
        break;
    }
    if (r->first > r->last)
        return r->inherited ? FSC__SF_DROPPED : FSC__SF_UNRESOLVED;
    if (r->kind == FSC__SRC_ACTOR && r->inherited)
        return FSC__SF_NOMINAL; /* «الصحيفة», "the ministry" */
    if (r->kind == FSC__SRC_ACTOR)
        return c->lang == LANG_AR ? np_form(c, r->first, r->last)
                                  : FSC__SF_NAMED;
    return np_form(c, r->first, r->last);
}

/* Folded last word of [a, b] (Arabic without و/ف and ال). */
static void last_key(const ctx *c, uint32_t a, uint32_t b, char *key)
{
    key[0] = '\0';
    for (uint32_t t = b + 1; t-- > a;)
        if (is_word(c, t)) {
            char k[KEY_CAP];
            fold_key(c->text, &c->tok[t], k);
            int art;
            const char *bare = c->lang == LANG_AR ? ar_bare(k, &art) : k;
            memmove(key, bare, strlen(bare) + 1);
            return;
        }
}

/* The folded key of word t, Arabic without و/ف and ال. */
static void word_key(const ctx *c, uint32_t t, char *key)
{
    char tmp[KEY_CAP];
    const char *k = token_key(c, t, tmp); /* folded once per article */
    int art;
    const char *bare = c->lang == LANG_AR ? ar_bare(k, &art) : k;
    memmove(key, bare, strlen(bare) + 1);
}

/* Every word of the name [a, b] (its title words aside) is a word of the
 * earlier mention [x, y]: «الحمادي» in «محمد الحمادي», «الأمير عبدالله بن
 * مساعد» in «عبدالله بن مساعد بن عبدالعزيز», "Clinton" in "Hillary
 * Clinton". Both are short (16 words at most). */
static int name_within(const ctx *c, uint32_t a, uint32_t b, uint32_t x,
                       uint32_t y)
{
    uint32_t na, nb;
    if (split_title(c, a, b, &na, &nb))
        a = na, b = nb;
    if (b - a > 16 || y - x > 16)
        return 0;
    int long_word = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t))
            continue;
        char want[KEY_CAP], have[KEY_CAP];
        word_key(c, t, want);
        int found = 0;
        for (uint32_t u = x; u <= y && !found; u++)
            if (is_word(c, u)) {
                word_key(c, u, have);
                found = strcmp(want, have) == 0;
            }
        if (!found)
            return 0;
        long_word |= strlen(want) >= 6;
    }
    return long_word;
}

/* See fullest_mention(): the earliest fuller name, within 3000 tokens
 * before, that holds the one-word name at [a, b]. */
static void ar_name_antecedent(ctx *c, uint32_t a, uint32_t b, uint32_t *ra,
                               uint32_t *rb)
{
    uint32_t h = a;
    while (h <= b && !is_word(c, h))
        h++;
    if (h > b)
        return;
    /* a family name with the article («القصير», «الحمادي») reads like a
     * noun: it is a name only where a first name went before it */
    int surname_only = !ar_name_word(c, h, h);
    if (surname_only) {
        char fk[KEY_CAP];
        int art;
        fold_key(c->text, &c->tok[h], fk);
        (void)ar_bare(fk, &art);
        if (!art || ar_title_at(c, h))
            return;
    }
    char want[KEY_CAP];
    word_key(c, h, want);
    if (strlen(want) < 6)
        return;
    /* the same name again: the same answer, or a search of the text
     * since the last one only */
    uint32_t stop = 0;
    if (strcmp(want, c->ant_key) == 0 && c->ant_h <= h &&
        c->ant_surname == surname_only) {
        if (c->ant_a <= c->ant_b) {
            *ra = c->ant_a;
            *rb = c->ant_b;
            return;
        }
        stop = c->ant_h;
    } else {
        memcpy(c->ant_key, want, KEY_CAP);
        c->ant_surname = surname_only;
        c->ant_a = 1;
        c->ant_b = 0;
    }
    c->ant_h = h;
    size_t wl = strlen(want);
    for (uint32_t u = h, n = 0; u-- > stop && n < 3000; n++) {
        /* (a cheap test first: folding never lengthens a word, and و, ال
         * and marks add at most eight bytes) */
        if (!is_word(c, u) || c->tok[u].len < wl || c->tok[u].len > wl + 8)
            continue;
        char k[KEY_CAP];
        word_key(c, u, k);
        if (strcmp(k, want) != 0)
            continue;
        /* the name that starts here, or the one this word ends */
        uint32_t e =
            surname_only
                ? UINT32_MAX
                : ar_name_run_from(c, u,
                                   u + 7 < c->n_tok ? u + 7 : c->n_tok - 1, 1);
        uint32_t s0 = u;
        if (e == UINT32_MAX || e == u) {
            if (u > 0 && (ar_first_name(c, u - 1) ||
                          (surname_only && ar_known(c, u - 1)))) {
                s0 = u - 1;
                e = u;
            } else {
                continue;
            }
        }
        *ra = c->ant_a = s0;
        *rb = c->ant_b = e;
    }
}

/* The person's name right after the phrase ending at token e, past up to
 * two more title words («خادم الحرمين الشريفين الملك سلمان ...», «وزير
 * الخارجية عادل الجبير»): the name's last token, or e when none follows. */
static uint32_t ar_name_after(const ctx *c, uint32_t e)
{
    uint32_t v = e + 1;
    for (int k = 0; k < 2 && v < c->n_tok && is_word(c, v) &&
                    c->tok[v].sent == c->tok[e].sent && ar_title_at(c, v);
         k++)
        v++;
    if (v >= c->n_tok || c->tok[v].sent != c->tok[e].sent)
        return e;
    uint32_t hi = v + 8 < c->n_tok ? v + 8 : c->n_tok - 1;
    uint32_t ne = ar_name_run(c, v, hi);
    return ne == UINT32_MAX ? e : ne;
}

/* See fullest_mention(): a title or institution phrase [a, b] without a
 * name («خادم الحرمين الشريفين», «وزير الخارجية») written earlier, within
 * 3000 tokens, with the person's name after it: that fuller mention. */
static void ar_title_antecedent(const ctx *c, uint32_t a, uint32_t b,
                                uint32_t *ra, uint32_t *rb)
{
    while (a <= b && !is_word(c, a))
        a++;
    if (a > b || b - a > 8 || (!ar_title_at(c, a) && words_in(c, a, b) < 2))
        return;
    for (uint32_t t = a; t <= b; t++)
        if (ar_name_run(c, t, b) != UINT32_MAX)
            return;
    char first[KEY_CAP];
    word_key(c, a, first);
    for (uint32_t u = a, n = 0; u-- > 0 && n < 3000; n++) {
        if (!is_word(c, u))
            continue;
        char k[KEY_CAP];
        word_key(c, u, k);
        if (strcmp(k, first) != 0)
            continue;
        /* the same words in the same order */
        uint32_t x = u, y = a;
        while (y < b && x + 1 < a) {
            y++, x++;
            char p[KEY_CAP], q[KEY_CAP];
            word_key(c, x, p);
            word_key(c, y, q);
            if (strcmp(p, q) != 0)
                break;
        }
        if (y != b || x >= a)
            continue;
        {
            char p[KEY_CAP], q[KEY_CAP];
            word_key(c, x, p);
            word_key(c, y, q);
            if (strcmp(p, q) != 0)
                continue;
        }
        uint32_t e = ar_name_after(c, x);
        if (e > x && e < a) {
            *ra = u;
            *rb = e;
            return;
        }
    }
}

/* See fullest_mention(): the phrase headed by the definite noun [a, b]
 * nearest before it, within 3000 tokens; [*ra, *rb] unchanged if none. */
static void ar_head_antecedent(const ctx *c, uint32_t a, uint32_t b,
                               uint32_t *ra, uint32_t *rb)
{
    uint32_t h = a;
    while (h <= b && !is_word(c, h))
        h++;
    if (h > b)
        return;
    char k[KEY_CAP];
    fold_key(c->text, &c->tok[h], k);
    /* «الوزارة», «والوزارة» -> «وزارة» (ar_bare would also take the first
     * letter of وزارة for a conjunction) */
    const char *stem = k;
    if (strlen(stem) >= 8 && (starts(stem, "و") || starts(stem, "ف")) &&
        starts(stem + 2, "ال"))
        stem += 2;
    if (!starts(stem, "ال") || strlen(stem) < 10 || !ar_title_at(c, h))
        return; /* institutions and titles only */
    stem += 4;
    for (uint32_t u = h, n = 0; u-- > 0 && n < 3000; n++) {
        if (!is_word(c, u) || u + 1 >= c->n_tok || !is_word(c, u + 1))
            continue;
        char uk[KEY_CAP];
        fold_key(c->text, &c->tok[u], uk);
        const char *us = uk;
        if (strcmp(us, stem) != 0 && (starts(us, "و") || starts(us, "ف")))
            us += 2; /* «ووزارة» */
        if (strcmp(us, stem) != 0 && starts(us, "ال"))
            us += 4; /* «المجلس الأعلى» */
        if (strcmp(us, stem) != 0)
            continue;
        /* the phrase: the head and up to four words of its genitive or
         * adjectives, to a comma, a function word or a verb-like cue */
        uint32_t e = u;
        int def = starts(uk, "ال") || strcmp(us, uk) != 0;
        for (uint32_t v = u + 1; v < c->n_tok && v <= u + 4; v++) {
            if (!is_word(c, v) || c->cue_at[v] >= 0 || is_compl(c, v) ||
                key_in(c, v, ADVERBIAL) || key_in(c, v, NAME_STOP) ||
                key_is(c, v, RELATIVES))
                break;
            char vk[KEY_CAP];
            fold_key(c->text, &c->tok[v], vk);
            if (strlen(vk) <= 4)
                break; /* في، من، عن */
            /* a construct chain runs to its first definite word; after it
             * only definite adjectives («للقضاء» too) belong to it */
            int vdef =
                starts(vk, "ال") || starts(vk, "لل") ||
                ((starts(vk, "و") || starts(vk, "ب")) && starts(vk + 2, "ال"));
            if (def && !vdef)
                break;
            def |= vdef;
            e = v;
        }
        if (e > u) {
            *ra = u;
            /* and the minister's name after «وزير الخارجية» */
            *rb = e + 1 < h ? ar_name_after(c, e) : e;
            if (*rb >= h)
                *rb = e;
            return;
        }
        /* the bare noun again («الوزارة»): look further back */
    }
}

/*
 * The fullest earlier mention of the speaker in [*a, *b]: of the same actor
 * (its longest mention before), or a source span of an earlier attribution
 * ending in the same word, with more words. Widens [*a, *b]; 0 when there
 * is none.
 */
static int fullest_mention(ctx *c, const srcres *r, uint32_t *a, uint32_t *b)
{
    if (*a > *b || *b >= c->n_tok)
        return 0;
    uint32_t best = words_in(c, *a, *b), ba = *a, bb = *b;
    if (r->actor >= 0) {
        size_t seen = 0;
        for (size_t k = c->n_cands; k-- > 0 && seen < 256;) {
            const cand *x = &c->cands[k];
            seen++;
            if (x->actor != r->actor || x->generic || x->first >= *a)
                continue;
            uint32_t w = words_in(c, x->first, x->last);
            if (w > best) {
                best = w;
                ba = x->first;
                bb = x->last;
            }
        }
    }
    char want[KEY_CAP], have[KEY_CAP];
    last_key(c, *a, *b, want);
    if (want[0] && strlen(want) > 2) {
        const fsc__attribs *o = c->out;
        /* the newest 256 attributions, newest first (the nearest fuller
         * mention: «المنظمة» is the organisation named last, not the
         * first of two); bounded work on any article */
        size_t lo = o->n > 256 ? o->n - 256 : 0;
        for (size_t j = o->n; j-- > lo;) {
            const fsc__attribution *y = &o->v[j];
            if (y->src_first_tok > y->src_last_tok || y->src_first_tok >= *a ||
                y->form == FSC__SF_PRONOUN ||
                y->source_kind == FSC__SRC_ANONYMOUS ||
                y->source_kind == FSC__SRC_UNRESOLVED)
                continue;
            uint32_t w = words_in(c, y->src_first_tok, y->src_last_tok);
            if (w <= best || w > 16)
                continue;
            last_key(c, y->src_first_tok, y->src_last_tok, have);
            /* or the person's name inside it: «محمد الحمادي رئيس تحرير
             * صحيفة "الاتحاد"» is the fullest mention of «الحمادي» */
            if (strcmp(have, want) != 0 &&
                y->pname_first_tok <= y->pname_last_tok)
                last_key(c, y->pname_first_tok, y->pname_last_tok, have);
            if (strcmp(have, want) == 0 ||
                name_within(c, *a, *b, y->src_first_tok, y->src_last_tok)) {
                best = w;
                ba = y->src_first_tok;
                bb = y->src_last_tok;
                break;
            }
        }
    }
    /* Arabic: a one-word name («مرام», «الحمادي») in a fuller name written
     * earlier in the text, quoted or not («مرام القصير سيدة أعمال») */
    if (c->lang == LANG_AR && ba == *a && bb == *b && best == 1)
        ar_name_antecedent(c, *a, *b, &ba, &bb);
    /* Arabic: a definite noun alone («الوزارة», «المنظمة», «المجلس») takes
     * up the nearest earlier phrase it heads («وزارة الحج», «منظمة ضحايا
     * حقوق الإنسان», «المجلس الأعلى للقضاء»). */
    if (c->lang == LANG_AR && ba == *a && bb == *b && best == 1)
        ar_head_antecedent(c, *a, *b, &ba, &bb);
    /* Arabic: a title without a name («خادم الحرمين الشريفين») takes up
     * its earlier mention with the name («... الملك سلمان بن عبدالعزيز») */
    if (c->lang == LANG_AR && ba == *a && bb == *b)
        ar_title_antecedent(c, *a, *b, &ba, &bb);
    if (ba == *a && bb == *b)
        return 0;
    *a = ba;
    *b = bb;
    return 1;
}

/* Speaker nouns that are singular ("spokesman", "police" is plural). */
static const char *const SINGULAR_SPEAKERS[] = { "spokesman", "spokeswoman",
                                                 "spokesperson", "official",
                                                 NULL };

/* Arabic nouns that head an institution's name (folded, bare). */
static const char *const AR_INSTITUTIONS[] = {
    "منظمة", "هيئة",  "جمعية", "مؤسسة", "مركز",  "مجلس",  "لجنة",  "اتحاد",
    "حزب",   "حركة",  "جماعة", "شركة",  "جامعة", "وزارة", "ادارة", "مكتب",
    "صحيفة", "وكالة", "قناة",  "رابطة", "نقابة", "تحالف", NULL
};

/* English word t is a plural common noun: in SPEAKER_NOUNS, or lower
 * case ending in -s but not -ss, -us, -is or -news ("officials",
 * "scientists"; not "press", "virus", "analysis"). */
static int en_plural_head(const ctx *c, uint32_t t)
{
    if (!is_word(c, t))
        return 0;
    if (key_in(c, t, SPEAKER_NOUNS))
        return !key_is(c, t, SINGULAR_SPEAKERS);
    char k[KEY_CAP];
    fold_key(c->text, &c->tok[t], k);
    size_t n = strlen(k);
    if (cap_word(c, t) || n < 4 || k[n - 1] != 's')
        return 0;
    return !(k[n - 2] == 's' || k[n - 2] == 'u' || k[n - 2] == 'i' ||
             (n >= 4 && strcmp(k + n - 4, "news") == 0) || k[n - 2] == '\'');
}

fsc_status emit(ctx *c, uint8_t kind, const srcres *r, int32_t cue, uint32_t cf,
                uint32_t cl, uint8_t stance, uint32_t a, uint32_t b,
                fsc_error *err)
{
    fsc__attribs *o = c->out;
    if (!grow((void **)&o->v, &o->cap, o->n + 1, sizeof *o->v))
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    fsc__attribution *x = &o->v[o->n++];
    memset(x, 0, sizeof *x);
    x->kind = kind;
    x->source_kind = r->kind;
    x->stance = stance;
    x->inherited = r->inherited;
    x->cue = cue;
    x->cue_first_tok = cf;
    x->cue_last_tok = cl;
    x->actor = r->actor;
    x->src_first_tok = r->first;
    x->src_last_tok = r->last;
    x->name_first_tok = r->kind == FSC__SRC_NAMED ? r->name_first : 1;
    x->name_last_tok = r->kind == FSC__SRC_NAMED ? r->name_last : 0;
    x->content_first_tok = a;
    x->content_last_tok = b;
    x->confidence = r->conf;
    x->rule = r->rule;
    x->nested = (uint8_t)nested_cue(o, x); /* recomputed once all are in */
    x->gender = r->gender;
    x->cue_cls = cue >= 0 && (size_t)cue < c->n_in_cues ? c->in_cues[cue].cls
                                                        : FSC__CLS_SPEECH;
    if (x->gender == FSC__G_UNKNOWN && r->first <= r->last)
        /* "Ms. Lopez said", «السيدة» : a title in or right before it */
        x->gender = title_gender(c, r->first > 1 ? r->first - 2 : 0, r->last);
    x->form = r->form != SF_UNSET ? r->form : default_form(c, r);
    /* "officials", "scientists", "the researchers": a plural noun phrase
     * is no antecedent of "he" or "she" */
    if (x->gender == FSC__G_UNKNOWN && c->lang == LANG_EN &&
        (x->form == FSC__SF_NOMINAL || x->form == FSC__SF_ANONYMOUS) &&
        r->first <= r->last && en_plural_head(c, r->last))
        x->gender = FSC__G_PLURAL;
    x->pname_first_tok = 1;
    x->pname_last_tok = 0;
    if (x->form == FSC__SF_NAMED && r->first < r->last)
        split_title(c, r->first, r->last, &x->pname_first_tok,
                    &x->pname_last_tok);
    if (x->form == FSC__SF_NAMED && r->first <= r->last && !r->inherited) {
        if (x->pname_first_tok <= x->pname_last_tok)
            ar_known_add(c, x->pname_first_tok, x->pname_last_tok);
        else if (r->last - r->first < 3)
            ar_known_add(c, r->first, r->last);
    }
    x->res_first_tok = r->res_first;
    x->res_last_tok = r->res_last;
    if (x->res_first_tok > x->res_last_tok && r->first <= r->last &&
        (r->kind == FSC__SRC_ACTOR || r->kind == FSC__SRC_NAMED) &&
        x->form != FSC__SF_PRONOUN) {
        /* a short name: its fullest earlier mention («الصباغ» → «المتحدث
         * الرسمي ... رأفت الصباغ», "Clinton" → "Hillary Clinton") */
        uint32_t ra = r->first, rb = r->last;
        if (fullest_mention(c, r, &ra, &rb)) {
            x->res_first_tok = ra;
            x->res_last_tok = rb;
            /* «القصير» after «مرام القصير»: a family name, not a noun */
            if (c->lang == LANG_AR && x->form == FSC__SF_NOMINAL &&
                words_in(c, r->first, r->last) == 1 &&
                (ar_first_name(c, ra) || ar_known(c, ra)))
                x->form = FSC__SF_NAMED;
        }
    } else if (x->res_first_tok <= x->res_last_tok) {
        uint32_t ra = x->res_first_tok, rb = x->res_last_tok;
        if (fullest_mention(c, r, &ra, &rb)) {
            x->res_first_tok = ra;
            x->res_last_tok = rb;
        }
    }
    x->chan_first_tok = 1;
    x->chan_last_tok = 0;
    if (cf <= cl)
        channel_of(c, cf, cl, r->first, r->last, &x->chan_first_tok,
                   &x->chan_last_tok);
    /* the person's name of the speaker, its title aside: «محمد الحمادي»
     * for «محمد الحمادي رئيس تحرير صحيفة الاتحاد» */
    x->rname_first_tok = 1;
    x->rname_last_tok = 0;
    if (x->res_first_tok < x->res_last_tok &&
        x->res_last_tok - x->res_first_tok < 24 &&
        split_title(c, x->res_first_tok, x->res_last_tok, &x->rname_first_tok,
                    &x->rname_last_tok) &&
        c->lang == LANG_AR &&
        ar_name_run(c, x->rname_first_tok, x->rname_last_tok) == UINT32_MAX) {
        /* (in Arabic only a person's name: «منظمة حقوقية محلية» has none) */
        x->rname_first_tok = 1;
        x->rname_last_tok = 0;
    } else if (x->res_first_tok > x->res_last_tok &&
               x->pname_first_tok <= x->pname_last_tok &&
               (c->lang != LANG_AR ||
                ar_name_run(c, x->pname_first_tok, x->pname_last_tok) !=
                    UINT32_MAX ||
                x->pname_first_tok == 0 ||
                !key_is(c, x->pname_first_tok - 1, AR_INSTITUTIONS))) {
        /* (after «منظمة», «هيئة», «جمعية» comes the institution's
         * name, «منظمة ضحايا حقوق الإنسان», not a person's) */
        x->rname_first_tok = x->pname_first_tok;
        x->rname_last_tok = x->pname_last_tok;
    }
    if (r->kind != FSC__SRC_UNRESOLVED) {
        c->has_last = 1;
        c->last = *r;
        c->last_sent = sent_of(c, cf <= cl ? cf : a);
    }
    return FSC_OK;
}

/* Indirect speech (or a briefing verb) from cue q with source r. */
static int add_seg(ctx *c, fsc__attribution *x, uint32_t a, uint32_t b);

/* Subordinators that open a sentence's first clause (folded). */
static const char *const SUBORDINATORS[] = { "while",   "although", "though",
                                             "whereas", "if",       "because",
                                             "since",   "as",       "when",
                                             NULL };
static const char *const ON_WORD[] = { "on", NULL };

/* Words that open a circumstance after "say", not what was said ("said
 * on Twitter", "said as he left", "said during a debate"); after other
 * verbs they are often particles ("commented on", "lashed out at"). */
static const char *const CIRCUMSTANCE[] = { "on",   "at",    "during", "as",
                                            "when", "while", "after",  "before",
                                            "via",  "amid",  "upon",   NULL };

/* Words of a time phrase ("this week", "last month", "earlier today"). */
static const char *const TIME_MORE[] = { "this",    "last",       "next",
                                         "earlier", "later",      "recently",
                                         "again",   "repeatedly", NULL };

/* [a, b] holds only a time phrase, at most four words. */
static int only_time(const ctx *c, uint32_t a, uint32_t b)
{
    int words = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t))
            continue;
        if (++words > 4 ||
            !(key_is(c, t, TIME_WORDS) || key_is(c, t, TIME_MORE)))
            return 0;
    }
    return words > 0;
}

fsc_status indirect(ctx *c, const icue *q, const srcres *r, fsc_error *err)
{
    uint32_t s = sent_of(c, q->first);
    uint32_t bf = q->first, bl = q->last;
    int has_span = r->first <= r->last && sent_of(c, r->first) == s;
    if (has_span) {
        if (r->first < bf)
            bf = r->first;
        if (r->last > bl)
            bl = r->last;
    }
    /* Content after the block: skip to after a complementizer within a
     * few words (sources, merged phrases and objects may stand before). */
    uint32_t a = bl + 1, b = c->sent_last[s];
    int found = 0;
    const char *const *starters = q->briefing ? BRIEFING_PREP : COMPLEMENTIZERS;
    /* «...، هذا ما قاله X», «... . وهذا ما أكده الوزير»: what is said
     * comes before the cue, in its sentence or the one before (in the
     * same paragraph) */
    if (c->lang == LANG_AR && q->last > q->first + 1 &&
        key_is(c, q->first, AR_THIS_WHAT) && key_is(c, q->first + 1, AR_MA)) {
        uint32_t e = q->first, f;
        while (e > c->sent_first[s] && !is_word(c, e - 1))
            e--;
        if (e > c->sent_first[s]) {
            f = c->sent_first[s];
            e--;
        } else if (s > 0 &&
                   c->tok[c->sent_last[s - 1]].para == c->tok[q->first].para) {
            f = c->sent_first[s - 1];
            e = c->sent_last[s - 1];
        } else {
            return FSC_OK;
        }
        if (!trim(c, &f, &e))
            return FSC_OK;
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, f, e, err);
    }
    /* "call" labels its object: "what he calls political correctness",
     * "called the idea that ... a “ridiculous proposition”": the words
     * after it to a comma outside quotation marks; no complementizer */
    int labelling = q->idx >= 0 && (size_t)q->idx < c->n_in_cues &&
                    c->in_cues[q->idx].lemma &&
                    strcmp(c->in_cues[q->idx].lemma, "call") == 0;
    if (labelling) {
        uint32_t e = a;
        for (uint32_t t = a; t <= b; t++) {
            if (!is_word(c, t) && c->inquote[t] < 0 && c->qmark[t] < 0 &&
                (is_comma(cp(c, t)) || is_final(cp(c, t))) && t > a)
                break;
            e = t;
        }
        if (!trim(c, &a, &e))
            return FSC_OK;
        return emit(c, FSC__ATTR_INDIRECT, r, q->idx, q->first, q->last,
                    q->stance, a, e, err);
    }
    /* (Arabic: the subject's place, the addressee and a circumstantial
     * phrase may stand between: «وقالت مصادر في الحزب الجمهوري لـ"الشرق
     * الأوسط"، إنها ...», «وشدد X خلال لقائه ...، في الوقت ذاته على أن») */
    uint32_t max_w = c->lang == LANG_AR ? 16 : 5;
    for (uint32_t t = a, w = 0; t <= b && w < max_w; t++) {
        /* a complementizer inside a quotation another cue has taken
         * («وقال "يجب ... أن ..."، هذا ما قاله X»): that cue reports it */
        if (key_in(c, t, starters) && c->inquote[t] >= 0 && c->lang == LANG_AR)
            return FSC_OK;
        if (key_in(c, t, starters)) {
            a = t + 1;
            found = 1;
            while (a <= b && is_compl(c, a))
                a++;
            break;
        }
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip &&
            c->cues[c->cue_at[t]].kind != FSC__CUE_ANONYMOUS)
            break;
        if (is_word(c, t) && c->cand_at[t] < 0 && c->cue_at[t] < 0)
            w++;
        /* a colon opens what is said: «وقالت "أم فاطمة" معلمة: نعيش ...»;
         * not after «بعنوان», a title follows */
        if (!is_word(c, t) && cp(c, t) == ':' && t > 0 &&
            key_is(c, t - 1, TITLE_INTRO))
            break;
        if (!is_word(c, t) && cp(c, t) == ':' && t < b) {
            a = t + 1;
            found = 1;
            break;
        }
        /* «заявил, что»: the comma before a complementizer is no stop */
        if (!is_word(c, t) && (is_final(cp(c, t)) || cp(c, t) == ':' ||
                               (c->lang != LANG_AR && is_comma(cp(c, t)) &&
                                !(t + 1 <= b && is_compl(c, t + 1)))))
            break;
    }
    /* «شدد»/«أكد» take «على أن», which may follow a long circumstance
     * (a press conference, its place and its guests): the first «على أن»
     * of the sentence with no other cue before it */
    if (!found && c->lang == LANG_AR && q->idx >= 0 &&
        (size_t)q->idx < c->n_in_cues && c->in_cues[q->idx].lemma &&
        (strcmp(c->in_cues[q->idx].lemma, "شدد") == 0 ||
         strcmp(c->in_cues[q->idx].lemma, "أكد") == 0)) {
        for (uint32_t t = a, w = 0; t < b && w < 64; t++) {
            if (!is_word(c, t))
                continue;
            w++;
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
                break;
            char k[KEY_CAP];
            fold_key(c->text, &c->tok[t], k);
            if (strcmp(k, "علي") == 0 && t + 1 <= b && is_word(c, t + 1) &&
                is_compl(c, t + 1)) {
                a = t + 2;
                found = 1;
                break;
            }
        }
    }
    if (q->briefing && !found)
        return FSC_OK;
    /* the channel is not what is said: «وقال X لصحيفة الحياة «...»» */
    if (!found && c->lang == LANG_AR) {
        uint32_t ca, cb;
        if (channel_of(c, q->first, q->last, r->first, r->last, &ca, &cb) &&
            ca <= a + 1 && cb >= a && cb < b)
            a = cb + 1;
    }
    /* «كشفت الوزارة عن إطلاق ...»: the preposition the verb takes is no
     * part of what is said */
    if (!found && c->lang == LANG_AR && a <= b && is_word(c, a)) {
        char k[KEY_CAP];
        fold_key(c->text, &c->tok[a], k);
        /* «أعرب فيه عن»: the resumptive pronoun too */
        if ((strcmp(k, "فيه") == 0 || strcmp(k, "فيها") == 0) && a + 1 <= b &&
            is_word(c, a + 1)) {
            a++;
            fold_key(c->text, &c->tok[a], k);
        }
        if (strcmp(k, "عن") == 0 || strcmp(k, "علي") == 0 ||
            strcmp(k, "الي") == 0)
            a++;
    }
    uint32_t pf = bf > c->sent_first[s] ? bf - 1 : UINT32_MAX;
    uint32_t before =
        pf != UINT32_MAX ? words_in_cap(c, c->sent_first[s], pf, 3, 1) : 0;
    /* The tail: words after the block up to a comma, a cue or the end. */
    uint32_t tail = 0, tail_first = UINT32_MAX;
    for (uint32_t t = bl + 1; t <= b; t++) {
        if (!is_word(c, t)) {
            if (is_comma(cp(c, t)) || is_final(cp(c, t)))
                break;
            continue;
        }
        if (c->cue_at[t] >= 0) {
            if (!c->cues[c->cue_at[t]].skip)
                break;
            continue;
        }
        if (tail_first == UINT32_MAX)
            tail_first = t;
        tail++;
    }
    int inverted = 0, dash = 0;
    if (!found && !q->briefing && before >= 2) {
        uint32_t pc = pf != UINT32_MAX && !is_word(c, pf) ? cp(c, pf) : 0;
        int punct = pc && (is_comma(pc) || is_dash(pc) || c->qmark[pf] >= 0);
        int sep = pc && (is_comma(pc) || is_dash(pc));
        /* "..., said Lavrov ...", «..., заявил Лавров журналистам»: the verb
         * right after the comma. "..., Lavrov said." / "..., Lavrov said on
         * Tuesday": the name first, then nothing or an adverbial. */
        int verb_first = bf == q->first;
        if (tail == 0)
            inverted = 1;
        else if (sep && verb_first && c->lang != LANG_AR)
            inverted = 1;
        else if (sep && verb_first && tail <= 2)
            inverted = 1;
        else if (punct && r->kind != FSC__SRC_UNRESOLVED &&
                 (key_in(c, tail_first, ADVERBIAL) ||
                  (tail <= 2 && key_is(c, tail_first, TIME_WORDS))))
            inverted = 1; /* "..., the airline said Thursday." */
        /* Russian direct speech without marks: «Мы готовы, — заявил». */
        dash = punct && is_dash(pc);
    }
    /* A parenthetical cue: "In his state, Christie said, offenders are
     * sent ...", "Police, Smith says, have ...": the content is the
     * sentence on both sides of it, two segments. */
    uint32_t after = bl + 1, p2a = UINT32_MAX, p2b = 0;
    if (!found && !q->briefing && pf != UINT32_MAX && !is_word(c, pf) &&
        is_comma(cp(c, pf)) && before >= 1 && after <= b &&
        !is_word(c, after) && is_comma(cp(c, after)) && c->lang != LANG_AR) {
        uint32_t x = after + 1, y = b;
        int cue_in = 0;
        for (uint32_t t = x; t <= y; t++)
            if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
                cue_in = 1;
        if (!cue_in && words_in(c, x, y) >= 2 && trim(c, &x, &y)) {
            inverted = 1;
            p2a = x;
            p2b = y;
        }
    }
    srcres rr = *r;
    uint8_t kind = FSC__ATTR_INDIRECT;
    if (inverted) {
        a = c->sent_first[s];
        b = pf;
        if (rr.rule && strcmp(rr.rule, "name_said") == 0 &&
            rr.conf > FSC__CONF_INVERTED)
            rr.conf = FSC__CONF_INVERTED;
        if (rr.rule && (strcmp(rr.rule, "name_said") == 0 ||
                        strcmp(rr.rule, "said_name") == 0))
            rr.rule = "inverted";
        if (dash)
            kind = FSC__ATTR_DIRECT;
    }
    if (q->briefing) {
        rr.conf = FSC__CONF_BRIEFING;
        rr.rule = "briefing";
    }
    if (!inverted && c->lang == LANG_EN && a <= b && b != UINT32_MAX) {
        /* "said on Friday he can ...", "said Tuesday that": the time
         * after the verb is not what is said */
        if (!found && is_word(c, a) && key_is(c, a, ON_WORD) && a + 1 < b &&
            key_is(c, a + 1, TIME_WORDS))
            a += 2;
        else if (!found && is_word(c, a) && key_is(c, a, TIME_WORDS) && a < b)
            a += 1;
        /* "While the consensus says birds evolved from dinosaurs, there
         * are ...": a report inside a subordinate clause ends with it */
        uint32_t f = c->sent_first[s];
        while (f < q->first && !is_word(c, f))
            f++;
        /* (bounded: a clause of at most 64 tokens before the cue, a comma
         * within 256 after the content's start) */
        if (f < q->first && q->first - f <= 64 && key_is(c, f, SUBORDINATORS)) {
            int comma_before = 0;
            for (uint32_t t = f; t < q->first; t++)
                if (!is_word(c, t) && c->inquote[t] < 0 && is_comma(cp(c, t)))
                    comma_before = 1;
            if (!comma_before)
                for (uint32_t t = a; t <= b && t < a + 256; t++)
                    if (!is_word(c, t) && c->inquote[t] < 0 &&
                        c->qmark[t] < 0 && is_comma(cp(c, t))) {
                        b = t - 1;
                        break;
                    }
        }
    }
    if (b == UINT32_MAX || !trim(c, &a, &b))
        return FSC_OK;
    /* "Trump said on Twitter.", "Sessions said as he launched the
     * process", "what he said this week": a circumstance after the verb
     * and no complementizer; nothing said is reported here */
    int say = q->idx >= 0 && (size_t)q->idx < c->n_in_cues &&
              c->in_cues[q->idx].lemma &&
              strcmp(c->in_cues[q->idx].lemma, "say") == 0;
    if (!inverted && !found && say && c->lang == LANG_EN &&
        kind != FSC__ATTR_DIRECT &&
        (key_is(c, a, CIRCUMSTANCE) || only_time(c, a, b))) {
        /* ... unless a complementizer follows the circumstance: "said
         * during his victory speech Tuesday that ...", "said on NBC's
         * ''Meet the Press'' on Sunday that ..." */
        uint32_t t = a;
        while (t <= b && t < a + 24 && !(is_word(c, t) && is_compl(c, t)))
            t++;
        if (t > b || t >= a + 24 || t + 1 > b)
            return FSC_OK;
        a = t + 1;
        if (!trim(c, &a, &b))
            return FSC_OK;
    }
    fsc_status st =
        emit(c, kind, &rr, q->idx, q->first, q->last, q->stance, a, b, err);
    if (st == FSC_OK && p2a != UINT32_MAX &&
        add_seg(c, &c->out->v[c->out->n - 1], p2a, p2b) < 0)
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    return st;
}

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

/* "According to X" covering its sentence. */
fsc_status according(ctx *c, const icue *q, fsc_error *err)
{
    uint32_t s = sent_of(c, q->first);
    srcres r;
    /* "reportedly": reports no one names; no source to look for */
    int32_t k = q->impersonal && q->first == q->last
                    ? -1
                    : search_fwd(c, q->last + 1, s, 3, 1);
    if (q->impersonal && q->first == q->last) {
        src_fresh(&r);
        r.kind = FSC__SRC_ANONYMOUS;
        r.actor = -1;
        r.first = 1;
        r.last = 0;
        r.inherited = 0;
        r.conf = FSC__CONF_ANONYMOUS;
        r.rule = "impersonal";
    } else if (k >= 0 &&
               !(generic_unresolved(c, k) &&
                 (c->lang == LANG_AR ? named_ar(c, q->last + 1, s, 1, &r)
                                     : named_after(c, q->last + 1, s, &r,
                                                   "according_named")))) {
        set_src_from_cand(c, k, &r, FSC__CONF_ACCORDING, "according_to");
    } else if (k >= 0) {
        /* «بحسب وزارة الصحة في غزة», «по словам министра Ивана Петрова»:
         * the name around the generic noun, set above */
    } else if (c->lang == LANG_AR
                   ? named_ar(c, q->last + 1, s, 1, &r)
                   : named_after(c, q->last + 1, s, &r, "according_named")) {
        /* "according to the New York Times", «по словам министра Ивана
         * Петрова», «بحسب وزارة الصحة،» */
    } else if (c->lang != LANG_AR &&
               according_np(c, q->last + 1, s, &r,
                            q->idx >= 0 && (size_t)q->idx < c->n_in_cues &&
                                c->in_cues[q->idx].lemma &&
                                strcmp(c->in_cues[q->idx].lemma, "cite") ==
                                    0)) {
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
    uint32_t bf = q->first, bl = q->last;
    if (r.first <= r.last) {
        if (r.last > bl)
            bl = r.last;
        /* «صحيفة "أذرنيوز" الأذرية»: the closing mark of the name. */
        while (bl + 1 <= c->sent_last[s] && passable_mark(c, bl + 1))
            bl++;
    }
    /* A citation between a subject and its verb («ТАСС со ссылкой на
     * источник сообщил, что», "Reuters, citing officials, reported"): the
     * verb's attribution carries the cited source; no record of its own. */
    for (uint32_t t = bl + 1, w = 0; t <= c->sent_last[s] && w <= 2; t++) {
        if (c->cue_at[t] >= 0) {
            const icue *v = &c->cues[c->cue_at[t]];
            int passive = v->last + 1 <= c->sent_last[s] &&
                          is_word(c, v->last + 1) && key_is(c, v->last + 1, BY);
            if (!v->skip && v->kind == FSC__CUE_SPEECH &&
                v->form == FSC__FORM_VERB && bf > c->sent_first[s] && !passive)
                return FSC_OK;
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
    } else if (after <= 3) {
        a = f;
        b = bf - 1;
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
    if (!trim(c, &a, &b))
        return FSC_OK;
    fsc_status st = emit(c, FSC__ATTR_ACCORDING, &r, q->idx, q->first, q->last,
                         q->stance, a, b, err);
    if (st == FSC_OK && p2a != UINT32_MAX &&
        add_seg(c, &c->out->v[c->out->n - 1], p2a, p2b) < 0)
        return fsc__fail(err, FSC_ENOMEM, "attrib: out of memory");
    return st;
}

/* Is this speech cue fit to introduce a quote? */
static int speech_cue(const icue *q, int nested)
{
    return !q->skip && !q->briefing && q->inq == (nested ? 1 : 0) &&
           (q->kind == FSC__CUE_SPEECH || q->self_anon ||
            q->kind == FSC__CUE_ACCORDING);
}

/*
 * Attach top-level quote qi to a cue or actor beside it. Sets *cue (icue
 * index) or *actor (cand index), or neither.
 */
void attach_quote(ctx *c, size_t qi, int32_t *cue, int32_t *actor)
{
    const fsc__quote *qu = &c->q->v[qi];
    int nested = qu->depth > 0;
    *cue = *actor = -1;
    /* After the closing mark: “...,” Lavrov said / «...», — заявил Лавров /
     * "..." – Lavrov */
    if (qu->close_tok != UINT32_MAX) {
        uint32_t t = qu->close_tok + 1;
        int words = 0, saw_dash = 0;
        /* '"We will win," he said': the comma may stand inside the marks */
        int comma = qu->close_tok > 0 && !is_word(c, qu->close_tok - 1) &&
                    is_comma(cp(c, qu->close_tok - 1));
        /* '"We need it NOW!" Trump said.': a quotation that ends with its
         * own ! or ? ends the sentence; the cue opens the next one */
        uint32_t qsent = sent_of(c, qu->close_tok), nw = t;
        while (nw < c->n_tok && nw <= qu->close_tok + 3 && !is_word(c, nw))
            nw++;
        if (qu->close_tok > 0 && nw < c->n_tok && sent_of(c, nw) == qsent + 1 &&
            !is_word(c, qu->close_tok - 1) &&
            (cp(c, qu->close_tok - 1) == '!' ||
             cp(c, qu->close_tok - 1) == '?')) {
            qsent++;
            comma = 1; /* (the ! or ? is the speech layout's comma) */
        }
        for (; t < c->n_tok && t <= qu->close_tok + 8; t++) {
            /* a quotation never takes its cue from another paragraph, nor
             * from the next sentence ('"... expressed." He said he ...') */
            if (c->tok[t].para != c->tok[qu->close_tok].para ||
                (sent_of(c, t) != qsent &&
                 sent_of(c, t) != sent_of(c, qu->close_tok)))
                break;
            if (c->cue_at[t] >= 0) {
                const icue *x = &c->cues[c->cue_at[t]];
                /* «أما منيرة "إحدى المشاركات" فقالت: إن ...»: a verb with
                 * ف opens what follows, it closes nothing before it */
                char fk[KEY_CAP];
                fold_key(c->text, &c->tok[x->first], fk);
                if (c->lang == LANG_AR && starts(fk, "ف") && strlen(fk) >= 8)
                    break;
                int ok = speech_cue(x, nested) &&
                         words <= (comma && c->lang == LANG_EN ? 8 : 4);
                /* A short quote hangs on a cue only in speech layout:
                 * “Never,” he said. — not «В «Арцахе» объявили о ...». */
                if (ok && qu->n_words <= 4) {
                    uint32_t e = x->last + 1, w = 0;
                    int32_t k = -1;
                    if (x->kind != FSC__CUE_ACCORDING)
                        k = search_fwd(c, e, sent_of(c, x->first), 3, 1);
                    if (k >= 0 && c->cands[k].last >= e)
                        e = c->cands[k].last + 1;
                    /* (a time or place after the cue ends the count:
                     * '"...," he said during a debate in Miami') */
                    for (; e < c->n_tok && is_word(c, e) && w < 8; e++) {
                        if (c->lang == LANG_EN && (key_in(c, e, ADVERBIAL) ||
                                                   key_in(c, e, NAME_PREP) ||
                                                   key_is(c, e, TIME_WORDS)))
                            break;
                        w++;
                    }
                    /* "corrupt," noting that ...: a clause follows, the
                     * quotation is a phrase inside the reporter's text */
                    ok = (comma || saw_dash) && words <= 2 && w <= 3 &&
                         !(x->last + 1 < c->n_tok && is_compl(c, x->last + 1));
                }
                if (ok && x->kind == FSC__CUE_ACCORDING && words > 0)
                    ok = 0;
                /* a cue with a complementizer of its own reports what
                 * follows, not the quotation before it: «وقال X "..."،
                 * مشيرا إلى أن ...», '"...", noting that ...' */
                if (ok && x->last + 1 < c->n_tok && is_compl(c, x->last + 1) &&
                    sent_of(c, x->last + 1) == sent_of(c, x->first))
                    ok = 0;
                if (ok)
                    *cue = c->cue_at[t];
                break;
            }
            if (is_word(c, t)) {
                /* '"...," Republican National Committee chairman Reince
                 * Priebus said': in speech layout (a comma at the close)
                 * a longer title and name may stand before the cue */
                if (++words > (comma && c->lang == LANG_EN ? 8 : 4) ||
                    is_compl(c, t))
                    break;
                continue;
            }
            /* "Mr. Prince said", "Sen. Reed said": the period of a short
             * capitalised abbreviation before a capitalised word */
            if (cp(c, t) == '.' && t > 0 && t + 1 < c->n_tok &&
                is_word(c, t - 1) && cap_word(c, t - 1) &&
                c->tok[t - 1].len <= 4 && cap_word(c, t + 1) && name_link(c, t))
                continue;
            uint32_t ch = cp(c, t);
            if (c->qmark[t] >= 0 || is_final(ch) || ch == ':')
                break;
            saw_dash |= is_dash(ch);
            comma |= is_comma(ch);
        }
        if (*cue >= 0)
            return;
        /* "…" – Lavrov (nothing but punctuation after the name) */
        t = qu->close_tok + 1;
        while (t < c->n_tok && !is_word(c, t) && c->qmark[t] < 0 &&
               !is_final(cp(c, t)) && t <= qu->close_tok + 3)
            t++;
        if (saw_dash && t < c->n_tok && c->cand_at[t] >= 0 &&
            c->cands[c->cand_at[t]].kind == FSC__SRC_ACTOR &&
            c->cands[c->cand_at[t]].first == t) {
            uint32_t e = c->cands[c->cand_at[t]].last + 1;
            if (e >= c->n_tok || !is_word(c, e) ||
                c->tok[e].para != c->tok[t].para ||
                c->tok[e].sent != c->tok[t].sent)
                *actor = c->cand_at[t];
            if (*actor >= 0)
                return;
        }
    }
    /* Before the opening mark: Lavrov said: “...” / Lavrov: «...» */
    if (qu->open_tok == 0)
        return;
    uint32_t t = qu->open_tok - 1;
    int colon = 0, lead = 0;
    if (!is_word(c, t) && (cp(c, t) == ':' || is_comma(cp(c, t)))) {
        colon = cp(c, t) == ':';
        lead = 1;
        if (t == 0)
            return;
        t--;
        if (!is_word(c, t) && is_dash(cp(c, t)) && t > 0)
            t--;
    }
    if (colon && c->cand_at[t] >= 0 &&
        c->cands[c->cand_at[t]].kind == FSC__SRC_ACTOR) {
        /* "Lavrov: “...”" with no cue: the name heads its sentence. */
        uint32_t f = c->cands[c->cand_at[t]].first;
        uint32_t s = sent_of(c, f);
        if (words_in_cap(c, c->sent_first[s], f, 2, 1) <= 1) {
            *actor = c->cand_at[t];
            return;
        }
    }
    int other = 0;
    uint32_t s0 = sent_of(c, qu->open_tok);
    for (int n = 0; n < 12; n++, t--) {
        if ((sent_of(c, t) != s0 && !colon) ||
            c->tok[t].para != c->tok[qu->open_tok].para)
            break;
        if (c->cue_at[t] >= 0) {
            const icue *x = &c->cues[c->cue_at[t]];
            if (x->skip && x->form == FSC__FORM_PHRASE &&
                x->kind == FSC__CUE_SPEECH) {
                /* "said in a statement:" — keep looking for the verb */
            } else {
                /* a short quote needs the speech layout "said: “No.”"; the
                 * self-declared “Artsakh” is no speech */
                /* Arabic verb-subject order puts the whole subject between
                 * the cue and the quote: «وقال الوزير أحمد حسن "إن ..."» */
                int ar = c->lang == LANG_AR &&
                         (qu->n_words > 4 || (qu->first_tok < c->n_tok &&
                                              is_compl(c, qu->first_tok)));
                /* 'said of the outbreak, "..."', 'said in a statement,
                 * "..."': a phrase with a preposition after the verb and a
                 * comma before the quotation */
                int pp = c->lang == LANG_EN && lead && other <= 6 &&
                         x->last + 1 < qu->open_tok &&
                         is_word(c, x->last + 1) &&
                         key_in(c, x->last + 1, NAME_PREP);
                if (speech_cue(x, nested) && x->kind != FSC__CUE_ACCORDING &&
                    (pp || other <= (colon ? 8
                                     : ar  ? 14
                                           : 1)) &&
                    (lead || nested || ar || qu->n_words > 4))
                    *cue = c->cue_at[t];
                return;
            }
        } else if (is_word(c, t)) {
            if (is_compl(c, t))
                return;
            if (c->cand_at[t] < 0)
                other++;
        } else if (c->qmark[t] >= 0 || is_final(cp(c, t))) {
            return;
        }
        if (t == 0)
            return;
    }
}

/* Quote qu is its sentence: nothing but punctuation around its marks. */
int whole_sentence(const ctx *c, const fsc__quote *qu)
{
    if (qu->unclosed || qu->close_tok == UINT32_MAX || qu->open_tok >= c->n_tok)
        return 0;
    uint32_t s = sent_of(c, qu->open_tok);
    if (sent_of(c, qu->close_tok) != s)
        return 0;
    for (uint32_t t = c->sent_first[s]; t < qu->open_tok; t++)
        if (is_word(c, t))
            return 0;
    for (uint32_t t = qu->close_tok + 1; t <= c->sent_last[s]; t++)
        if (is_word(c, t))
            return 0;
    return qu->n_words >= 2;
}

/* Content of quote qu: its content tokens, trimmed. */
int quote_content(const ctx *c, const fsc__quote *qu, uint32_t *a, uint32_t *b)
{
    *a = qu->first_tok;
    *b = qu->last_tok;
    if (*a > *b || *b >= c->n_tok)
        return 0;
    if (qu->unclosed) {
        /* A quotation never closed runs to the end of its paragraph; it
         * ends earlier where a sentence opens with a reporting verb, the
         * reporter's voice again («وأضاف: "... الخارج. وتابع الحمادي ...»). */
        for (uint32_t s = sent_of(c, *a) + 1;
             s < c->n_sent && c->sent_first[s] <= *b; s++) {
            uint32_t t = c->sent_first[s];
            if (t > c->sent_last[s])
                continue;
            while (t <= c->sent_last[s] && !is_word(c, t) && c->qmark[t] < 0)
                t++;
            if (t <= c->sent_last[s] && is_word(c, t) && c->cue_at[t] >= 0 &&
                c->cues[c->cue_at[t]].first == t && c->sent_first[s] > *a) {
                *b = c->sent_first[s] - 1;
                while (*b > *a && !is_word(c, *b))
                    (*b)--;
                break;
            }
        }
    }
    return 1;
}

/* Trim indirect content at the next attribution of its sentence. */
void trim_contents(ctx *c)
{
    fsc__attribs *o = c->out;
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution *x = &o->v[i];
        if (x->kind == FSC__ATTR_ACCORDING)
            continue;
        if (x->cue_first_tok > x->cue_last_tok ||
            x->content_first_tok < x->cue_first_tok)
            continue; /* content before the cue or a quote */
        if (x->kind == FSC__ATTR_DIRECT)
            continue;
        uint32_t lim = x->content_last_tok;
        /* records are in text order here and contents are local: the
         * neighbours within NESTED_WINDOW are the ones that can cut x */
        size_t jlo = i > NESTED_WINDOW ? i - NESTED_WINDOW : 0;
        size_t jhi = i + NESTED_WINDOW < o->n ? i + NESTED_WINDOW : o->n;
        for (size_t j = jlo; j < jhi; j++) {
            const fsc__attribution *y = &o->v[j];
            if (j == i || y->cue_first_tok > y->cue_last_tok)
                continue;
            uint32_t bnd = y->cue_first_tok;
            if (y->src_first_tok <= y->src_last_tok && y->src_first_tok < bnd &&
                y->src_first_tok > x->cue_last_tok)
                bnd = y->src_first_tok;
            if (y->kind == FSC__ATTR_DIRECT &&
                y->content_first_tok > x->content_first_tok &&
                y->content_first_tok < bnd)
                bnd = y->content_first_tok > 0 ? y->content_first_tok - 1 : 0;
            if (bnd > x->content_first_tok && bnd <= lim)
                lim = bnd - 1;
        }
        uint32_t a = x->content_first_tok, b = lim;
        /* "has said that while he fears ..., ''I've never seen ...''": a
         * report that would leave only the subordinator is inside this
         * content, it does not end it */
        if (c->lang == LANG_EN && lim < x->content_last_tok &&
            trim(c, &a, &b) && a == b && key_is(c, a, SUBORDINATORS))
            continue;
        a = x->content_first_tok;
        b = lim;
        if (trim(c, &a, &b)) {
            /* and a dangling conjunction */
            char key[KEY_CAP];
            fold_key(c->text, &c->tok[b], key);
            if (b > a && (strcmp(key, "and") == 0 || strcmp(key, "и") == 0 ||
                          strcmp(key, "а") == 0)) {
                b--;
                trim(c, &a, &b);
            }
            x->content_last_tok = b;
        }
    }
}

/* Extent of attribution x: its content, cue and source. */
static uint32_t extent_last(const ctx *c, const fsc__attribution *x)
{
    uint32_t e = x->content_last_tok;
    if (x->cue_first_tok <= x->cue_last_tok && x->cue_last_tok > e)
        e = x->cue_last_tok;
    if (x->src_first_tok <= x->src_last_tok && x->src_last_tok > e)
        e = x->src_last_tok;
    for (uint32_t k = 0; k < x->n_seg; k++)
        if (c->out->segs[x->seg_first + k].last > e)
            e = c->out->segs[x->seg_first + k].last;
    /* the closing quotation mark of the last segment */
    while (e + 1 < c->n_tok && !is_word(c, e + 1) && c->qmark[e + 1] >= 0)
        e++;
    return e;
}

static int add_seg(ctx *c, fsc__attribution *x, uint32_t a, uint32_t b)
{
    fsc__attribs *o = c->out;
    if (x->n_seg == 0)
        x->seg_first = (uint32_t)o->n_segs;
    else if (x->seg_first + x->n_seg != o->n_segs)
        return 0; /* only the newest attribution grows (see merge_quotes) */
    if (!grow((void **)&o->segs, &o->cap_segs, o->n_segs + 1, sizeof *o->segs))
        return -1;
    o->segs[o->n_segs].first = a;
    o->segs[o->n_segs].last = b;
    o->n_segs++;
    x->n_seg++;
    return 1;
}

/*
 * One quotation, one attribution (issue: quotation structure):
 * - a quotation split by its cue ('"We will win," he said, "whatever it
 *   takes."') or continued right after it, in the same paragraph, with
 *   nothing but punctuation between ('"...," Priebus said. "He
 *   understands..."'), is one direct attribution with several segments;
 * - a quotation with no cue inside the content of indirect speech in its
 *   sentence («Ryan said that “our oceans will save us”») makes that
 *   attribution mixed, with the quotation as a segment in quoted voice.
 * Attributions are in emission (text) order here; merged ones are removed.
 * Returns -1 when out of memory.
 */
/* Interview labels at the head of a paragraph (folded). */
static const char *const Q_LABELS[] = { "q",      "question", "س", "سؤال",
                                        "вопрос", "в",        NULL };
static const char *const A_LABELS[] = { "a",     "answer", "ج", "جواب",
                                        "ответ", "о",      NULL };
/* Labels of the interviewer in transcripts (folded): the outlet's own
 * ("WN" in Wikinews interviews), "Interviewer». */
static const char *const INTERVIEWER[] = { "wn", "interviewer", "корреспондент",
                                           NULL };

/* 1 for a question label at t ("Q:"), 2 for an answer label ("A:", «ج:»),
 * 0 otherwise; t must open its paragraph and a colon follow. */
static int label_at(const ctx *c, uint32_t t)
{
    if ((t > 0 && c->tok[t - 1].para == c->tok[t].para) || t + 1 >= c->n_tok ||
        !is_word(c, t) || is_word(c, t + 1) || cp(c, t + 1) != ':')
        return 0;
    return key_is(c, t, Q_LABELS) ? 1 : key_is(c, t, A_LABELS) ? 2 : 0;
}

/*
 * Interview layout: paragraphs headed "Q:"/"A:" («س:»/«ج:», «Вопрос:»/
 * «Ответ:»). Once a question label is seen, every answer paragraph is the
 * interviewee's direct speech: the first speaker named in the article, else
 * the nearest person named before, else unresolved. Questions are the
 * interviewer's, the outlet's own voice.
 */
/* Paragraph-opening speaker label at t: "((Name))" (1 to 5 words) or
 * "Name:" (1 to 3 capitalised words); sets the name [*a, *b] and the first
 * token after the label; 0 when there is none. */
static int speaker_label(const ctx *c, uint32_t t, uint32_t *a, uint32_t *b,
                         uint32_t *body)
{
    if ((t > 0 && c->tok[t - 1].para == c->tok[t].para) || t + 2 >= c->n_tok)
        return 0;
    uint32_t para = c->tok[t].para;
    if (!is_word(c, t) && cp(c, t) == '(' && !is_word(c, t + 1) &&
        cp(c, t + 1) == '(') {
        uint32_t u = t + 2, w = 0;
        while (u < c->n_tok && c->tok[u].para == para && is_word(c, u) &&
               w < 6) {
            u++;
            w++;
        }
        if (w < 1 || w > 5 || u + 1 >= c->n_tok || is_word(c, u) ||
            cp(c, u) != ')' || is_word(c, u + 1) || cp(c, u + 1) != ')')
            return 0;
        *a = t + 2;
        *b = u - 1;
        *body = u + 2;
        return *body < c->n_tok && c->tok[*body].para == para;
    }
    if (c->lang == LANG_AR)
        return 0; /* no capitals to tell a name */
    uint32_t u = t, w = 0;
    while (u < c->n_tok && c->tok[u].para == para && is_word(c, u) &&
           cap_word(c, u) && w < 4) {
        u++;
        w++;
    }
    if (w < 1 || w > 3 || u + 1 >= c->n_tok || is_word(c, u) ||
        cp(c, u) != ':' || c->tok[u + 1].para != para)
        return 0;
    *a = t;
    *b = u - 1;
    *body = u + 1;
    return 1;
}

/* The paragraph of token t ends in a question mark. */
static int para_asks(const ctx *c, uint32_t t)
{
    uint32_t e = t;
    while (e + 1 < c->n_tok && c->tok[e + 1].para == c->tok[t].para)
        e++;
    while (e > t && is_word(c, e) == 0 && c->qmark[e] >= 0)
        e--;
    return !is_word(c, e) && (cp(c, e) == '?' || cp(c, e) == 0x061F);
}

/* Two labels name the same speaker (their folded words are equal). */
static int same_label(const ctx *c, uint32_t a1, uint32_t b1, uint32_t a2,
                      uint32_t b2)
{
    if (b1 - a1 != b2 - a2)
        return 0;
    for (uint32_t i = 0; i <= b1 - a1; i++) {
        char k1[KEY_CAP], k2[KEY_CAP];
        fold_key(c->text, &c->tok[a1 + i], k1);
        fold_key(c->text, &c->tok[a2 + i], k2);
        if (strcmp(k1, k2) != 0)
            return 0;
    }
    return 1;
}

/*
 * Transcript layout: paragraphs opened by speaker labels ("((WN))",
 * "((Naomi Martisius))", "NG:"), at least three of them with two speakers.
 * A speaker most of whose paragraphs end in a question mark (or labelled
 * as a question, "Q", the outlet "WN") asks: the cues in those paragraphs
 * report nothing. The others' paragraphs are their direct speech.
 */
static void find_labels(ctx *c)
{
    c->n_labels = 0;
    for (uint32_t t = 0; t < c->n_tok && c->n_labels < MAX_LABELS; t++) {
        uint32_t a, b, body;
        if (!speaker_label(c, t, &a, &b, &body))
            continue;
        uint32_t i = c->n_labels++;
        c->labels[i].para = c->tok[t].para;
        c->labels[i].a = a;
        c->labels[i].b = b;
        c->labels[i].body = body;
        c->labels[i].question = (uint8_t)para_asks(c, t);
    }
    /* two speakers, three labels, each speaker's label seen twice or more */
    uint32_t distinct = 0, repeated = 0;
    for (uint32_t i = 0; i < c->n_labels; i++) {
        uint32_t n = 0, first = 1;
        for (uint32_t j = 0; j < c->n_labels; j++) {
            if (!same_label(c, c->labels[i].a, c->labels[i].b, c->labels[j].a,
                            c->labels[j].b))
                continue;
            n++;
            if (j < i)
                first = 0;
        }
        distinct += first;
        repeated += first && n >= 2;
    }
    if (c->n_labels < 3 || distinct < 2 || repeated < 1) {
        c->n_labels = 0;
        return;
    }
    /* who asks: a question label or mostly questions */
    for (uint32_t i = 0; i < c->n_labels; i++) {
        uint32_t n = 0, asks = 0;
        for (uint32_t j = 0; j < c->n_labels; j++)
            if (same_label(c, c->labels[i].a, c->labels[i].b, c->labels[j].a,
                           c->labels[j].b)) {
                n++;
                asks += c->labels[j].question;
            }
        int qlabel = c->labels[i].a == c->labels[i].b &&
                     (key_is(c, c->labels[i].a, Q_LABELS) ||
                      key_is(c, c->labels[i].a, INTERVIEWER));
        c->labels[i].question = (uint8_t)(qlabel || 2 * asks > n);
    }
}

/* Token t lies in the body of an answer paragraph of a transcript: the
 * speaker's label [*a, *b]. */
int answer_label(const ctx *c, uint32_t t, uint32_t *a, uint32_t *b)
{
    if (!c->n_labels || t >= c->n_tok)
        return 0;
    /* the last label at or before t's paragraph: a turn runs on over the
     * paragraphs that follow it until the next label */
    uint32_t para = c->tok[t].para, lo = 0, hi = c->n_labels;
    while (lo < hi) { /* labels are in text order */
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->labels[mid].para <= para)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return 0;
    lo--;
    if (c->labels[lo].question ||
        (c->labels[lo].para == para && t < c->labels[lo].body))
        return 0;
    *a = c->labels[lo].a;
    *b = c->labels[lo].b;
    return 1;
}

void skip_question_cues(ctx *c)
{
    c->interview = 0;
    find_labels(c);
    for (uint32_t i = 0; i < c->n_labels; i++) {
        if (!c->labels[i].question)
            continue;
        c->interview = 1;
        uint32_t end_para =
            i + 1 < c->n_labels ? c->labels[i + 1].para : c->labels[i].para + 1;
        for (uint32_t u = c->labels[i].a;
             u < c->n_tok && c->tok[u].para < end_para; u++)
            if (c->cue_at[u] >= 0)
                c->cues[c->cue_at[u]].skip = 1;
    }
    for (uint32_t t = 0; t < c->n_tok; t++) {
        if (label_at(c, t) != 1)
            continue;
        c->interview = 1;
        /* "Q: What do you think of ...?" asks; it reports nothing */
        for (uint32_t u = t; u < c->n_tok && c->tok[u].para == c->tok[t].para;
             u++)
            if (c->cue_at[u] >= 0)
                c->cues[c->cue_at[u]].skip = 1;
    }
}

fsc_status interview_answers(ctx *c, fsc_error *err)
{
    if (!c->interview && !c->n_labels) /* set by skip_question_cues() */
        return FSC_OK;
    srcres who;
    src_fresh(&who);
    set_unresolved(&who, "interview_unresolved");
    const fsc__attribs *o = c->out;
    int found = 0;
    for (size_t j = 0; j < o->n && !found; j++) {
        const fsc__attribution *y = &o->v[j];
        if (y->source_kind != FSC__SRC_ACTOR &&
            y->source_kind != FSC__SRC_NAMED)
            continue;
        who.kind = y->source_kind;
        who.actor = y->actor;
        who.name_first = y->name_first_tok;
        who.name_last = y->name_last_tok;
        best_span(y, &who.res_first, &who.res_last);
        who.gender = y->gender;
        found = 1;
    }
    for (uint32_t i = 0; i < c->n_labels; i++) {
        if (c->labels[i].question)
            continue;
        /* the turn: to the next label (the last one: its paragraph) */
        uint32_t end_para =
            i + 1 < c->n_labels ? c->labels[i + 1].para : c->labels[i].para + 1;
        uint32_t a = c->labels[i].body, b = a;
        while (b + 1 < c->n_tok && c->tok[b + 1].para < end_para)
            b++;
        if (!trim(c, &a, &b))
            continue;
        srcres r;
        set_np(c, &r, c->labels[i].a, c->labels[i].b, "interview");
        r.conf = FSC__CONF_LAST_SPEAKER;
        fsc_status st = emit(c, FSC__ATTR_DIRECT, &r, -1, 1, 0,
                             FSC__STANCE_NEUTRAL, a, b, err);
        if (st != FSC_OK)
            return st;
    }
    for (uint32_t t = 0; t < c->n_tok; t++) {
        if (label_at(c, t) != 2)
            continue;
        uint32_t a = t + 2, b = a;
        while (b + 1 < c->n_tok && c->tok[b + 1].para == c->tok[t].para)
            b++;
        if (!trim(c, &a, &b))
            continue;
        srcres r = who;
        if (!found && !name_run_before(c, t, 12, &r, FSC__CONF_LAST_SPEAKER,
                                       "interview", FSC__G_UNKNOWN))
            r = who;
        r.first = 1;
        r.last = 0;
        r.form = r.kind == FSC__SRC_UNRESOLVED ? FSC__SF_UNRESOLVED
                                               : FSC__SF_DROPPED;
        r.inherited = r.kind != FSC__SRC_UNRESOLVED;
        r.conf = FSC__CONF_LAST_SPEAKER;
        r.rule = "interview";
        fsc_status st = emit(c, FSC__ATTR_DIRECT, &r, -1, 1, 0,
                             FSC__STANCE_NEUTRAL, a, b, err);
        if (st != FSC_OK)
            return st;
    }
    return FSC_OK;
}

/* Sentence s opens with a dash and holds no cue of its own. */
static int dash_sentence(const ctx *c, uint32_t s)
{
    uint32_t a = c->sent_first[s], b = c->sent_last[s];
    if (a > b || is_word(c, a) || !is_dash(cp(c, a)))
        return 0;
    for (uint32_t t = a; t <= b; t++)
        if (c->cue_at[t] >= 0 && !c->cues[c->cue_at[t]].skip)
            return 0;
    return 1;
}

/*
 * Russian dialogue: «— Мы готовы, — заявил он. — Но условия должны быть
 * честными.» The sentences that follow a dash attribution in its paragraph
 * and open with a dash, with no cue of their own, continue the same direct
 * speech: further segments of it.
 */
int dash_continuations(ctx *c)
{
    fsc__attribs *o = c->out;
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution *x = &o->v[i];
        if (x->kind != FSC__ATTR_DIRECT || x->cue_first_tok > x->cue_last_tok ||
            x->content_first_tok >= x->cue_first_tok ||
            x->content_first_tok == 0)
            continue;
        uint32_t d = x->content_first_tok - 1; /* the opening dash */
        if (is_word(c, d) || !is_dash(cp(c, d)))
            continue;
        uint32_t s = sent_of(c, x->cue_last_tok);
        uint32_t para = c->tok[x->cue_last_tok].para;
        /* «— заявил он. — Но ...» may stay one sentence for ICU (a dash
         * is no capital): the rest of it after a dash, up to a cue */
        uint32_t e = extent_last(c, x) + 1, hi = c->sent_last[s];
        while (e <= hi && !is_word(c, e) && !is_dash(cp(c, e)))
            e++;
        if (e <= hi && !is_word(c, e) && is_dash(cp(c, e))) {
            uint32_t a = e + 1, b = a;
            while (b <= hi &&
                   !(c->cue_at[b] >= 0 && !c->cues[c->cue_at[b]].skip))
                b++;
            if (b <= hi) {
                /* a cue follows: the part before its own dash is the
                 * next speaker's («— X, — добавил Y»), not ours */
                a = b;
            }
            b = b > 0 ? b - 1 : 0;
            if (a <= b && trim(c, &a, &b)) {
                int r = add_seg(c, x, a, b);
                if (r < 0)
                    return -1;
            }
        }
        for (uint32_t n = s + 1; n < c->n_sent && n <= s + 8; n++) {
            uint32_t a = c->sent_first[n], b = c->sent_last[n];
            if (a > b || c->tok[a].para != para || !dash_sentence(c, n))
                break;
            a++;
            if (!trim(c, &a, &b))
                break;
            int r = add_seg(c, x, a, b);
            if (r < 0)
                return -1;
            if (r == 0)
                break;
        }
    }
    return 0;
}

int merge_quotes(ctx *c)
{
    fsc__attribs *o = c->out;
    size_t w = 0;
    long open_direct = -1; /* newest direct attribution kept */
    for (size_t i = 0; i < o->n; i++) {
        fsc__attribution y = o->v[i];
        int merged = 0;
        int no_cue = y.cue_first_tok > y.cue_last_tok;
        /* a quotation with no cue inside another attribution's source is
         * part of that name («أما منيرة "إحدى المشاركات" فقالت») */
        if (no_cue && y.kind == FSC__ATTR_DIRECT) {
            int inside = 0;
            size_t lo = i > NESTED_WINDOW ? i - NESTED_WINDOW : 0;
            size_t hi = i + NESTED_WINDOW < o->n ? i + NESTED_WINDOW : o->n;
            for (size_t j = lo; j < hi && !inside; j++) {
                const fsc__attribution *x = &o->v[j];
                inside = j != i && x->src_first_tok <= x->src_last_tok &&
                         x->src_first_tok <= y.content_first_tok &&
                         y.content_last_tok <= x->src_last_tok;
            }
            if (inside)
                continue;
        }
        if (y.kind == FSC__ATTR_DIRECT && y.content_first_tok > 0) {
            uint32_t yo = y.content_first_tok; /* first content token */
            /* mixed: inside indirect content of its sentence */
            for (size_t j = w; no_cue && j-- > 0 && w - j <= NESTED_WINDOW;) {
                fsc__attribution *x = &o->v[j];
                if (x->kind != FSC__ATTR_INDIRECT && x->kind != FSC__ATTR_MIXED)
                    continue;
                if (x->cue_first_tok > x->cue_last_tok || x->cue_first_tok > yo)
                    continue;
                if (sent_of(c, x->cue_first_tok) != sent_of(c, yo) ||
                    x->content_first_tok > yo ||
                    x->content_last_tok + 1 < y.content_last_tok)
                    continue;
                int r = add_seg(c, x, y.content_first_tok, y.content_last_tok);
                if (r < 0)
                    return -1;
                if (r > 0) {
                    x->kind = FSC__ATTR_MIXED;
                    if (y.content_last_tok > x->content_last_tok)
                        x->content_last_tok = y.content_last_tok;
                    merged = 1;
                }
                break;
            }
            /* continuation or split quotation of the newest direct one */
            if (!merged && open_direct >= 0 && (size_t)open_direct == w - 1) {
                fsc__attribution *x = &o->v[open_direct];
                int same_cue = !no_cue && x->cue_first_tok == y.cue_first_tok;
                int cont = no_cue;
                uint32_t from = extent_last(c, x) + 1;
                if (cont) {
                    /* nothing but punctuation between them, or the rest
                     * of the attribution's sentence ('said Larry Noble,
                     * an attorney.') and the quotation opening the next
                     * sentence; always in the same paragraph */
                    if (from > yo || c->tok[from < c->n_tok ? from : yo].para !=
                                         c->tok[yo].para)
                        cont = 0;
                    int words = 0;
                    for (uint32_t t = from; cont && t < yo; t++)
                        if (is_word(c, t) && c->inquote[t] < 0)
                            words = 1;
                    if (cont && words) {
                        uint32_t ys = sent_of(c, yo), xs = sent_of(c, from - 1);
                        cont = ys == xs + 1;
                        for (uint32_t t = c->sent_first[ys]; cont && t < yo;
                             t++)
                            if (is_word(c, t))
                                cont = 0;
                    }
                }
                if ((same_cue || cont) &&
                    y.content_first_tok > x->content_last_tok) {
                    int r =
                        add_seg(c, x, y.content_first_tok, y.content_last_tok);
                    if (r < 0)
                        return -1;
                    if (r > 0)
                        merged = 1;
                }
            }
        }
        if (merged)
            continue;
        o->v[w] = y;
        if (y.kind == FSC__ATTR_DIRECT)
            open_direct = (long)w;
        w++;
    }
    o->n = w;
    return 0;
}
