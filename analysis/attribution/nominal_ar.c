/*
 * nominal_ar.c - Arabic nominal reports: a verbal noun of saying or
 * believing («قول», «تأكيد», «اعتقاد», «ظن», «تصريح», ...) reports what
 * follows it only with its holder and a complementizer after it: a
 * possessive pronoun («قوله إن», «اعتقادهم أن», «تأكيدها على أن») or a
 * genitive noun phrase («تأكيد وزارة الصحة أن», «قول الوزير إن»). The
 * holder is the source: the pronoun resolved like one, or the genitive
 * phrase. Used by the cue checks in attrib.c and by resolve_cue_rules().
 */
#include "attrib_int.h"

#include <string.h>

/* Words that may stand between the holder and the complementizer
 * (folded): «تأكيده على أن», «إشارته إلى أن», «تحذيره من أن». */
static const char *const AR_NOMINAL_PREP[] = { "علي", "الي", "من", NULL };
/* The complementizers of a nominal report (folded): أن, إن and بأن with
 * or without a pronoun; not «إلى», which only the prepositions above
 * carry. */
static const char *const AR_NOMINAL_COMPL[] = { "ان",    "انه",   "انها",
                                                "انهم",  "بان",   "بانه",
                                                "بانها", "بانهم", NULL };

/* Token t is a complementizer of a nominal report, alone or after «على»
 * / «إلى»; *end is the complementizer. */
static int compl_at(const ctx *c, uint32_t t, uint32_t hi, uint32_t *end)
{
    /* (the whole word: not «وأنه», «فإنها», nor «الآن» without its
     * article) */
    char k[KEY_CAP];
    /* (the complementizer may open a quotation: «قوله "إن ..."») */
    if (t < hi && !is_word(c, t) && c->qmark[t] >= 0 &&
        c->q->v[c->qmark[t]].open_tok == t)
        t++;
    if (t > hi || !is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    if (in_list(k, AR_NOMINAL_COMPL)) {
        *end = t;
        return 1;
    }
    if (in_list(k, AR_NOMINAL_PREP) && t + 1 <= hi && is_word(c, t + 1)) {
        fold_tok(c, t + 1, k);
        if (in_list(k, AR_NOMINAL_COMPL)) {
            *end = t + 1;
            return 1;
        }
    }
    return 0;
}

/* Word t carries the article: 1, or 2 after a preposition («التأكيد»;
 * «بالتأكيد», «وللاعتقاد»); 0 without it. */
static int definite_word(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    const char *p = k;
    if (strncmp(p, "و", 2) == 0 || strncmp(p, "ف", 2) == 0)
        p += 2;
    if (strncmp(p, "لل", 4) == 0 && strlen(p) >= 8)
        return 2;
    if (strncmp(p, "ب", 2) == 0 || strncmp(p, "ل", 2) == 0 ||
        strncmp(p, "ك", 2) == 0)
        if (strncmp(p + 2, "ال", 4) == 0 && strlen(p + 2) >= 8)
            return 2;
    return strncmp(p, "ال", 4) == 0 && strlen(p) >= 8;
}

/* The gender of the possessive pronoun that ends the noun at token t
 * (FSC__G_UNKNOWN: none). */
static uint8_t possessive_gender(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    /* (Arabic letters are two bytes: a stem of two letters at least) */
    static const struct {
        const char *suf;
        uint8_t g;
    } SUF[] = { { "هما", FSC__G_PLURAL }, { "هم", FSC__G_PLURAL },
                { "هن", FSC__G_PLURAL },  { "ها", FSC__G_FEM },
                { "ه", FSC__G_MASC },     { NULL, 0 } };
    for (int i = 0; SUF[i].suf; i++) {
        size_t m = strlen(SUF[i].suf);
        if (n >= m + 4 && strcmp(k + n - m, SUF[i].suf) == 0)
            return SUF[i].g;
    }
    return FSC__G_UNKNOWN;
}

/* The noun at token t ends in a pronoun of its own, the writer's too
 * («إعلاننا», «اعتقادي»): it takes no genitive after it. */
static int own_suffix(const ctx *c, uint32_t t)
{
    if (possessive_gender(c, t) != FSC__G_UNKNOWN)
        return 1;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return n >= 8 &&
           (strcmp(k + n - 4, "نا") == 0 || strcmp(k + n - 2, "ي") == 0);
}

/* The genitive phrase after the noun at token t: up to six words and no
 * mark, cue or complementizer, then the complementizer; *last is the
 * phrase's last word. The first word is a name or a definite noun
 * («الوزير», «وزارة الصحة» is a construct: its last word is definite or
 * a name). */
/* Broken plurals of people that hold views (folded, bare): «قول
 * الخبراء», «ظن الناس». */
static const char *const AR_PEOPLE[] = { "ناس",   "خبراء", "بعض",  "علماء",
                                         "اطباء", "نواب",  "قادة", "زعماء",
                                         "شعب",   "جمهور", NULL };

/* Word t can name someone who says or believes: a person's name, a title,
 * a body («وزارة», «الحكومة», «صحيفة»), people («الخبراء») or a plural
 * in -ون/-ين («المحللين», «الاتحاديون»). */
static int people_word(const ctx *c, uint32_t t)
{
    if (ar_first_name(c, t) || ar_title_at(c, t) || generic_type(c, t) ||
        key_is(c, t, AR_PEOPLE))
        return 1;
    char k[KEY_CAP];
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return definite_word(c, t) == 1 && n >= 12 &&
           (strcmp(k + n - 4, "ون") == 0 || strcmp(k + n - 4, "ين") == 0);
}

/* A cue of the article starts at token u (the cues are sorted by place;
 * cue_at is not filled after the cue being checked yet). */
static int cue_starts_at(const ctx *c, uint32_t u)
{
    size_t lo = 0, hi = c->n_cues;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (c->cues[m].first < u)
            lo = m + 1;
        else
            hi = m;
    }
    return lo < c->n_cues && c->cues[lo].first == u;
}

static int genitive_phrase(const ctx *c, uint32_t t, uint32_t hi,
                           uint32_t *last, uint32_t *cx)
{
    uint32_t u = t + 1;
    int definite = 0, source = 0;
    for (int w = 0; u <= hi && w < 6; u++, w++) {
        if (!is_word(c, u) || c->inquote[u] >= 0)
            return 0;
        if (w > 0 && compl_at(c, u, hi, cx)) {
            *last = u - 1;
            return definite && source;
        }
        if (is_compl(c, u) || c->cue_at[u] >= 0 || cue_starts_at(c, u))
            return 0;
        /* (a pronoun is the subject of a clause of its own: «بالتأكيد هو
         * الاعتقاد بأن») */
        if (key_is(c, u, PRONOUNS))
            return 0;
        int art = definite_word(c, u);
        /* (a genitive takes no preposition: «واختتم تصريحه بالدعاء أن») */
        if (art == 2)
            return 0;
        /* (after its definite word a construct goes on only with
         * definite adjectives and names: «وزارة الصحة السعودية»; not «منذ
         * إعلان الاتفاق بدا أن») */
        int d = art || c->cand_at[u] >= 0 || ar_first_name(c, u);
        if (definite && !d)
            return 0;
        definite |= d;
        /* (and someone who can say or believe it: a person, a body, a
         * name; not «إعلان الاتفاق», «بإشارة النصر») */
        source |= people_word(c, u);
    }
    return 0;
}

/* Words that name where a report was taken from (folded): «ونقلت
 * الوكالة عن الشرطة قولها إن». */
static const char *const AR_FROM[] = { "عن", NULL };
/* Prepositions that end the phrase after «عن» (folded), and those of
 * them that may give a person's place inside it. */
static const char *const AR_FROM_STOP[] = { "حول", "بشان", "مع",   "في", "علي",
                                            "الي", "من",   "خلال", NULL };
static const char *const AR_FROM_PLACE[] = { "في", "من", NULL };

/* A cue at token u that may take a noun after it as its object or be a
 * report of its own: not an anonymous source noun («عن مصادر مطلعة
 * قولها إن»: the sources are whom the report is taken from). */
static int governs(const ctx *c, uint32_t u)
{
    int32_t k = c->cue_at[u];
    return k >= 0 && !c->cues[k].skip && c->cues[k].kind != FSC__CUE_ANONYMOUS;
}

/* The comma at token u inside the phrase before the noun at t sets off
 * an apposition or closes one: it stands right before the noun, which
 * opens no clause with و or ف («عن نائب المدير، قوله إن»), or a title, a name
 * or a definite noun follows it («عن أحمد علي، مدير الشركة، قوله», «عن X،
 * المسؤول بالمقاطعة، قوله»; not «عن كل ملة، لعموم قوله»). */
static int apposition_comma(const ctx *c, uint32_t u, uint32_t t)
{
    uint32_t v = u + 1;
    while (v < t && !is_word(c, v))
        v++;
    if (v >= t) {
        /* (not before «وقوله», a clause of its own: «ابتعد عن الفريق،
         * وقوله إن») */
        char k[KEY_CAP];
        fold_tok(c, t, k);
        return strncmp(k, "و", 2) != 0 && strncmp(k, "ف", 2) != 0;
    }
    return ar_title_at(c, v) || ar_first_name(c, v) || definite_word(c, v) == 1;
}

/* Word u stands inside a quotation of more than three words. */
static int long_quote_at(const ctx *c, uint32_t u)
{
    int32_t k = c->inquote[u];
    if (k < 0)
        return 0;
    const fsc__quote *x = &c->q->v[k];
    uint32_t words = 0;
    for (uint32_t w = x->first_tok; w < c->n_tok && w != x->close_tok; w++)
        if (is_word(c, w) && ++words > 3)
            return 1;
    return 0;
}

/* «نقلت الوكالة عن X قوله إن»: the phrase between «عن» and the noun at
 * token t, in its clause, is whom the pronoun stands for (1: *a..*b). */
static int from_phrase(const ctx *c, uint32_t t, uint32_t lo, uint32_t *a,
                       uint32_t *b)
{
    /* (not «بقوله», «لاعتقاده»: by saying, for believing, the clause
     * subject's) */
    char k[KEY_CAP];
    fold_tok(c, t, k);
    const char *p = k;
    if (strncmp(p, "و", 2) == 0 || strncmp(p, "ف", 2) == 0)
        p += 2;
    if (strncmp(p, "ب", 2) == 0 || strncmp(p, "ل", 2) == 0)
        return 0;
    int place = 0;
    /* a relative clause after the phrase is no part of it, whatever it
     * holds: «عن مدير الشرطة الذي وصل إلى المكان قوله إن» (the nearest
     * relative pronoun before the noun, within 12 words of its clause) */
    for (uint32_t u = t, n = 0; u-- > lo && n < 12; n++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)) || cp(c, u) == ':' || is_comma(cp(c, u)))
                break;
            continue;
        }
        if ((is_compl(c, u) && !key_is(c, u, AR_ILA)) || governs(c, u))
            break;
        if (key_is(c, u, RELATIVES) && u > lo) {
            t = u;
            break;
        }
    }
    int dash = 0;
    for (uint32_t u = t, n = 0; u-- > lo && n < 12; n++) {
        if (!is_word(c, u)) {
            if (is_final(cp(c, u)) || cp(c, u) == ':' ||
                (is_comma(cp(c, u)) && !apposition_comma(c, u, t)))
                return 0;
            /* (an aside between dashes is stepped over: «عن مصدر - رفض
             * الكشف عن اسمه - قوله») */
            if (cp(c, u) == '-' || cp(c, u) == 0x2013 || cp(c, u) == 0x2014)
                dash = !dash;
            continue;
        }
        if (dash)
            continue;
        /* (nor words quoted: «وأعرض عن الجاهلين" وقوله "...»; a name in
         * marks may stand in it, «عن رئيس «أوبر» قوله») */
        if (is_compl(c, u) || governs(c, u) || long_quote_at(c, u))
            return 0;
        /* (a preposition inside: «عن شكوكه حول القانون مع إعلانه»; but
         * a person's place, «عن مدير الشؤون الدولية في الشركة قوله», and
         * the name «علي») */
        /* (and the preposition of an anonymous source's phrase, «عن
         * مصادر مطلعة على المحادثات قولها») */
        if (key_is(c, u, AR_FROM_STOP) && !ar_ali_name(c, u) &&
            !(ar_first_name(c, u) && u > lo && ar_first_name(c, u - 1)) &&
            !(u > lo && c->cue_at[u - 1] >= 0 &&
              c->cues[c->cue_at[u - 1]].kind == FSC__CUE_ANONYMOUS)) {
            if (!key_is(c, u, AR_FROM_PLACE))
                return 0;
            place = 1;
        }
        if (key_is(c, u, AR_FROM)) {
            if (u + 1 >= t)
                return 0;
            *a = u + 1;
            *b = t - 1;
            while (*b > *a && !is_word(c, *b))
                (*b)--;
            /* (after «في»/«من» the phrase is a person's: a name or a
             * title opens it) */
            if (place && !ar_first_name(c, *a) && !people_word(c, *a))
                return 0;
            return is_word(c, *a);
        }
    }
    return 0;
}

/* The noun cue at q is preceded, in its clause, by a cue that takes it as
 * its object or circumstance («ونقل عن الوزير قوله إن», «وأعرب عن
 * اعتقاده أن»): that cue reports. */
static int governed(const ctx *c, const icue *q)
{
    uint32_t lo = c->sent_first[sent_of(c, q->first)];
    for (uint32_t t = q->first, n = 0; t-- > lo && n < 8; n++) {
        if (!is_word(c, t)) {
            if (is_final(cp(c, t)) || cp(c, t) == ':' || is_comma(cp(c, t)))
                return 0;
            continue;
        }
        if (is_compl(c, t))
            return 0;
        if (governs(c, t))
            return 1;
    }
    return 0;
}

/* Words after a noun of saying that name God or the Prophet (folded):
 * «قوله تعالى», «قوله عز وجل», «قوله صلى الله عليه وسلم». */
static const char *const AR_SCRIPTURE[] = { "تعالي", "جل",  "عز", "سبحانه",
                                            "تبارك", "صلي", NULL };

/* The possessive noun at token t of a report taken from someone named
 * after «عن» («نقلت الوكالة عن الوزير قوله ...») reports what follows it:
 * a complementizer right after it, or after a circumstance of time or
 * place of up to eight words («قوله الأربعاء إن», «قولها في بيان إن»,
 * «قوله عقب الاجتماع، إن»), a colon («قوله: إن», «قولها: "..."») or a
 * quotation («قوله "..."»); *end is the complementizer, the colon or the
 * mark. Without «عن» only a complementizer right after it («قوله إن»). */
static int reports_after(const ctx *c, uint32_t t, uint32_t s, uint32_t *end)
{
    uint32_t hi = c->sent_last[s], fa, fb;
    if (compl_at(c, t + 1, hi, end))
        return 1;
    /* (not a citation of scripture, «قوله تعالى "..."») */
    if (t + 1 <= hi && is_word(c, t + 1) && key_is(c, t + 1, AR_SCRIPTURE))
        return 0;
    if (!from_phrase(c, t, c->sent_first[s], &fa, &fb))
        return 0;
    for (uint32_t u = t + 1, n = 0; u <= hi && n < 8; u++) {
        if (!is_word(c, u)) {
            if (cp(c, u) == ':' ||
                (c->qmark[u] >= 0 && c->q->v[c->qmark[u]].open_tok == u)) {
                *end = u;
                return u < hi;
            }
            if (is_final(cp(c, u)))
                return 0;
            continue;
        }
        if (u > t + 1 && compl_at(c, u, hi, end))
            return 1;
        if (is_compl(c, u) || c->inquote[u] >= 0 || cue_starts_at(c, u))
            return 0;
        n++;
    }
    return 0;
}

int ar_nominal_report(const ctx *c, const icue *q)
{
    uint32_t hi = c->sent_last[sent_of(c, q->first)];
    uint32_t t = q->last, e, last;
    /* «التأكيد على أن», «بالتأكيد» name no holder */
    if (definite_word(c, t) || c->inquote[t] >= 0 || governed(c, q))
        return 0;
    if (possessive_gender(c, t) != FSC__G_UNKNOWN &&
        reports_after(c, t, sent_of(c, q->first), &e))
        return 1;
    /* (a genitive follows a noun without a pronoun: not «عند إعلاننا
     * خدمة ...») */
    return !own_suffix(c, t) && genitive_phrase(c, t, hi, &last, &e);
}

/* Word u opens the subject of a verb before it, a title or an
 * institution noun with its phrase, that ends before the verbal noun at t
 * and fits the pronoun's gender g: r is that subject. The word before it
 * must be able to be the verb: no function word («في وزارة»), nor a word
 * with the article, a title or a name (a genitive or an apposition:
 * «سمو الأمير», «مدير الإدارة»). */
static int verb_subject_at(const ctx *c, uint32_t u, uint32_t s, uint32_t t,
                           uint8_t g, srcres *r)
{
    if (u == 0 || u <= c->sent_first[s] || !is_word(c, u) ||
        !ar_title_at(c, u) || !is_word(c, u - 1))
        return 0;
    uint32_t v = u - 1;
    if (ar_function_word(c, v) || ar_definite_or_ll(c, v) ||
        ar_title_at(c, v) || ar_first_name(c, v) || is_compl(c, v) ||
        c->tok[v].kind != FSC__TOK_WORD || c->cand_at[v] >= 0)
        return 0;
    /* (nor the end of a person's name: «عن محمد علي جعفري قائد الحرس») */
    for (uint32_t w = v, n = 0; w-- > c->sent_first[s] && n < 4; n++)
        if (ar_first_name(c, w)) {
            uint32_t e = ar_name_run(c, w, v);
            if (e != UINT32_MAX && e >= v)
                return 0;
        }
    return ar_vs_subject(c, v, s, t, r, FSC__CONF_PRONOUN, "possessive_subject",
                         g);
}

void ar_noun_holder(const ctx *c, const icue *q, srcres *r, uint32_t s)
{
    uint32_t hi = c->sent_last[s], t = q->last, e, last;
    uint8_t g = possessive_gender(c, t);
    if (g != FSC__G_UNKNOWN && reports_after(c, t, s, &e)) {
        uint32_t fa, fb;
        if (from_phrase(c, t, c->sent_first[s], &fa, &fb)) {
            set_np(c, r, fa, fb, "possessive_from");
            r->gender = g;
            return;
        }
        /* the nearest person of its gender named before it in the
         * sentence, with no other report between («استغرب الناس من
         * خالد الحربي قوله إن»), or the subject a title opens after the
         * clause's verb («جدد رئيس الوزراء تحذيره من أن», «أعربت الوزارة
         * عن تأكيدها أن»), else the newest speaker that fits */
        if (g != FSC__G_PLURAL)
            for (uint32_t u = t, n = 0; u-- > c->sent_first[s] && n < 30; n++) {
                if (c->cue_at[u] >= 0 && !c->cues[c->cue_at[u]].skip)
                    break;
                if (verb_subject_at(c, u, s, t, g, r)) {
                    r->first = r->last = t;
                    r->form = FSC__SF_PRONOUN;
                    return;
                }
                int f = is_word(c, u) ? ar_first_name(c, u) : 0;
                if (!f || (f == 2) != (g == FSC__G_FEM))
                    continue;
                uint32_t b = ar_name_run(c, u, t - 1);
                inherit_name(r, u, b != UINT32_MAX ? b : u, g,
                             FSC__CONF_PRONOUN, "possessive");
                r->first = r->last = t;
                r->form = FSC__SF_PRONOUN;
                return;
            }
        set_pronoun(c, r, t, g, s, "possessive");
        return;
    }
    if (!own_suffix(c, t) && genitive_phrase(c, t, hi, &last, &e)) {
        set_np(c, r, t + 1, last, "genitive");
        return;
    }
    set_unresolved(r, "noun_holder");
}
