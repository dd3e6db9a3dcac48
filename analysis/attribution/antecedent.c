/*
 * antecedent.c - stage 3, part: whom a pronoun, a dropped subject or a
 * participle continues. The newest earlier main-clause speaker whose gender
 * and number fit (inherit_g), else the subject of a newer verb-first
 * sentence or clause that reports nothing (name_run_before: «توقعت مصممة
 * الديكور أماني الصوفي ...»), else the last actor named (in Arabic only
 * a man named in the verb's own sentence: an actor named earlier is no
 * guess for a dropped subject); and the helpers the other speaker rules
 * share with them (best_span, nested_cue, inherit_name).
 */
#include "attrib_int.h"

/* Arabic: token t lies inside what an indirect report found so far says
 * (a content within one sentence, cut at the next report as
 * trim_contents() will cut it): words someone says are no antecedent of a
 * dropped subject or a participle outside them («نقلت الوكالة أن الحركة
 * أعلنت تعيين منصور زعيما ...، ورفضوا»). Not the clause an according-to
 * phrase credits, whose subject may well speak next, nor what a cue with no
 * source takes (a headline's verb before a dateline, «X يهاجم زميله ويصفه
 * بالفاشل ـ جدة استند الفنان X»); a quotation's words are c->inquote, and
 * a longer content may run past its report. */
static int in_said_content(const ctx *c, uint32_t t)
{
    const fsc__attribs *o = c->out;
    for (size_t j = o->n; j-- > 0 && o->n - j <= 256;) {
        const fsc__attribution *y = &o->v[j];
        if (y->kind == FSC__ATTR_ACCORDING || y->kind == FSC__ATTR_DIRECT ||
            y->source_kind == FSC__SRC_UNRESOLVED ||
            y->content_last_tok >= c->n_tok ||
            y->content_first_tok > y->content_last_tok ||
            sent_of(c, y->content_first_tok) != sent_of(c, y->content_last_tok))
            continue;
        if (t < y->content_first_tok || t > y->content_last_tok)
            continue;
        /* (a later report's cue or source ends the content there, as
         * trim_contents will: «...، حيث استنكر X») */
        int cut = 0;
        for (size_t k = j + 1; k < o->n && k <= j + 32 && !cut; k++) {
            const fsc__attribution *z = &o->v[k];
            uint32_t zb = z->cue_first_tok <= z->cue_last_tok ? z->cue_first_tok
                                                              : UINT32_MAX;
            if (z->src_first_tok <= z->src_last_tok && z->src_first_tok < zb)
                zb = z->src_first_tok;
            cut = zb > y->content_first_tok && zb <= t;
        }
        if (!cut)
            return 1;
    }
    return 0;
}

/* The last actor named before token `before`, within `back` sentences of
 * its sentence; a person is preferred over an institution. */
static int32_t last_named(const ctx *c, uint32_t before, uint32_t back)
{
    if (before == 0 || before > c->n_tok)
        return -1;
    uint32_t s = sent_of(c, before - 1);
    uint32_t lo_s = s > back ? s - back : 0;
    int32_t any = -1;
    for (uint32_t t = before; t-- > 0;) {
        if (sent_of(c, t) < lo_s || before - t > 4096)
            break; /* a window in tokens too, for endless sentences */
        int32_t k = c->cand_at[t];
        if (k < 0 || c->cands[k].actor < 0 || c->inquote[t] >= 0 ||
            (c->lang == LANG_AR && in_said_content(c, t)))
            continue;
        if (actor_fits(&c->actors[c->cands[k].actor], GEN_PERSON))
            return k;
        if (any < 0)
            any = k;
        t = c->cands[k].first;
    }
    return any;
}

/* Relative pronouns that stand for things, never for persons. */
static const char *const THING_RELATIVES[] = { "which", NULL };

/* No speaker among the newest 256 records whose name ends in the same
 * word as token e has a gender other than `want`: "Lee" after "He added"
 * of Jordan Lee is no "she". */
static int name_gender_fits(const ctx *c, uint32_t e, uint8_t want)
{
    if (want != FSC__G_MASC && want != FSC__G_FEM)
        return 1;
    const fsc__attribs *o = c->out;
    char k[KEY_CAP], ky[KEY_CAP];
    k[0] = 0;
    for (size_t j = o->n; j-- > 0 && o->n - j <= 256;) {
        const fsc__attribution *y = &o->v[j];
        if ((y->gender != FSC__G_MASC && y->gender != FSC__G_FEM) ||
            y->gender == want || y->name_last_tok >= c->n_tok ||
            y->name_first_tok > y->name_last_tok)
            continue;
        if (!k[0])
            fold_tok(c, e, k);
        fold_tok(c, y->name_last_tok, ky);
        if (strcmp(k, ky) == 0)
            return 0;
    }
    return 1;
}

static int gender_fits(uint8_t want, uint8_t have)
{
    if (want == FSC__G_THING)
        return have == FSC__G_UNKNOWN;
    return want == FSC__G_UNKNOWN || have == FSC__G_UNKNOWN || want == have;
}

/* English words that head the name of a body, not of a person ("the
 * Democratic National Committee", "Harvard University", "the Washington
 * Post"). */
static const char *const EN_BODY_HEADS[] = { "party",
                                             "committee",
                                             "council",
                                             "ministry",
                                             "department",
                                             "agency",
                                             "company",
                                             "corporation",
                                             "corp",
                                             "inc",
                                             "ltd",
                                             "llc",
                                             "group",
                                             "bank",
                                             "university",
                                             "college",
                                             "court",
                                             "commission",
                                             "association",
                                             "foundation",
                                             "institute",
                                             "administration",
                                             "service",
                                             "office",
                                             "authority",
                                             "board",
                                             "campaign",
                                             "union",
                                             "network",
                                             "times",
                                             "post",
                                             "news",
                                             "journal",
                                             "press",
                                             "government",
                                             "house",
                                             "senate",
                                             "congress",
                                             "parliament",
                                             "army",
                                             "forces",
                                             "organization",
                                             "organisation",
                                             "center",
                                             "centre",
                                             "bureau",
                                             "fund",
                                             "coalition",
                                             "alliance",
                                             "federation",
                                             "league",
                                             "club",
                                             "magazine",
                                             "tribune",
                                             "herald",
                                             "telegraph",
                                             "guardian",
                                             "channel",
                                             "television",
                                             "radio",
                                             "school",
                                             "hospital",
                                             "church",
                                             "assembly",
                                             "cabinet",
                                             "embassy",
                                             "command",
                                             "airlines",
                                             "motors",
                                             "media",
                                             NULL };
static const char *const IT_WORD[] = { "it", NULL };

/* English: the words [a, b] name a body: a head word such as "party",
 * "association", or, with `acronyms`, an acronym ("the FDIC", "AT&T"). */
int en_body_name(const ctx *c, uint32_t a, uint32_t b, int acronyms)
{
    for (uint32_t t = a; t <= b && t < c->n_tok; t++) {
        if (!is_word(c, t))
            continue;
        if (key_is(c, t, EN_BODY_HEADS))
            return 1;
        if (!acronyms)
            continue;
        const fsc__token *w = &c->tok[t];
        int caps = w->len >= 2;
        for (uint32_t i = 0; i < w->len && caps; i++) {
            unsigned char ch = (unsigned char)c->text[w->off + i];
            caps = (ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '&';
        }
        if (caps)
            return 1;
    }
    return 0;
}

/* English: may "it" stand for the speaker of y? Not for a person (a
 * gender, a title, a person actor, a name of two or more words with no
 * body's head word or acronym in it, a person noun: "the spokesman") nor
 * for a plural; a body, a document or a one-word name may ("Tesco", "the
 * report", "the ministry"). */
static int thing_fits(const ctx *c, const fsc__attribution *y)
{
    if (y->gender != FSC__G_UNKNOWN)
        return 0;
    if (y->actor >= 0)
        return !actor_fits(&c->actors[y->actor], GEN_PERSON);
    if (y->pname_first_tok <= y->pname_last_tok)
        return 0;
    if (y->form == FSC__SF_ANONYMOUS || y->form == FSC__SF_DROPPED)
        return 0;
    uint32_t a = y->src_first_tok, b = y->src_last_tok;
    if (a > b || b >= c->n_tok)
        return 0;
    if (y->form == FSC__SF_PRONOUN)
        return a == b && key_is(c, a, IT_WORD);
    while (b > a && !is_word(c, b))
        b--;
    if (key_in(c, b, TITLES) || key_in(c, b, SPEAKER_NOUNS) ||
        en_plural_head(c, b))
        return 0;
    if (y->form != FSC__SF_NAMED)
        return 1;
    if (en_body_name(c, a, b, 1))
        return 1; /* "the Harbour Authority", "the FDIC", "AT&T" */
    int words = 0;
    for (uint32_t t = a; t <= b; t++)
        words += is_word(c, t) != 0;
    return words == 1;
}

/* English: [a, b] is a hyphenated plural of a group of people
 * ("African-Americans", "Mexican-Americans"). */
static int en_group_compound(const ctx *c, uint32_t a, uint32_t b)
{
    if (c->lang != LANG_EN || b <= a + 1 || !is_word(c, b))
        return 0;
    const fsc__token *w = &c->tok[b];
    if (w->len < 3 || c->text[w->off + w->len - 1] != 's')
        return 0;
    for (uint32_t t = a + 1; t < b; t++)
        if (!is_word(c, t) && c->tok[t].len == 1 && cp(c, t) == '-')
            return 1;
    return 0;
}

/* Is the speaker of y one person, who is no antecedent of "they"? A
 * person actor, a person's name inside the source, or in English a name
 * of two or more capitalised words with no body's head word or acronym
 * ("Maria Lopez", not "Save the Children" or "the FDIC"). A gendered
 * speaker is ruled out by gender_fits already. */
static int one_person(const ctx *c, const fsc__attribution *y)
{
    /* (two people named together, «أما المواطنان X و Y فقالا», are "they"
     * though the first is one person) */
    if (y->gender == FSC__G_PLURAL || coordinated_report(y))
        return 0;
    if (y->actor >= 0)
        return actor_fits(&c->actors[y->actor], GEN_PERSON);
    uint32_t a = y->src_first_tok, b = y->src_last_tok;
    if (c->lang == LANG_EN && a <= b && b < c->n_tok) {
        /* ("the American Civil Liberties Union and the National
         * Association of ...": bodies, a person's name inside or not) */
        if (en_body_name(c, a, b, 1))
            return 0;
        for (uint32_t t = a; t <= b; t++)
            if (is_word(c, t) && key_is(c, t, AND_WORDS))
                return 0;
    }
    if (y->pname_first_tok <= y->pname_last_tok)
        return 1;
    if (c->lang != LANG_EN || y->form != FSC__SF_NAMED || a > b ||
        b >= c->n_tok)
        return 0;
    int words = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t))
            continue;
        if (!cap_word(c, t) || key_in(c, t, TITLES))
            return 0;
        /* (a compound is one word: "African-Americans") */
        words += !(t > a && !is_word(c, t - 1) && c->tok[t - 1].len == 1 &&
                   cp(c, t - 1) == '-');
    }
    return words >= 2;
}

/* The span that best names the speaker of attribution y: its resolved_to
 * span, else its source span, else its name. */
void best_span(const fsc__attribution *y, uint32_t *a, uint32_t *b)
{
    if (y->res_first_tok <= y->res_last_tok) {
        *a = y->res_first_tok;
        *b = y->res_last_tok;
    } else if (y->src_first_tok <= y->src_last_tok &&
               y->form != FSC__SF_PRONOUN) {
        *a = y->src_first_tok;
        *b = y->src_last_tok;
    } else {
        *a = y->name_first_tok;
        *b = y->name_last_tok;
    }
}

/* The attributions of o within NESTED_WINDOW of y: [*lo, *hi). */
static void nested_window(const fsc__attribs *o, const fsc__attribution *y,
                          size_t *lo, size_t *hi)
{
    size_t at = (size_t)(y - o->v) < o->n ? (size_t)(y - o->v) : o->n;
    *lo = at > NESTED_WINDOW ? at - NESTED_WINDOW : 0;
    *hi = at + NESTED_WINDOW < o->n ? at + NESTED_WINDOW : o->n;
}

/* Is y's cue inside the content of another attribution of o? Contents are
 * local, so only the NESTED_WINDOW attributions around y in o are looked
 * at: the whole search stays linear in the article. */
int nested_cue(const fsc__attribs *o, const fsc__attribution *y)
{
    if (y->cue_first_tok > y->cue_last_tok)
        return 0;
    size_t lo, hi;
    nested_window(o, y, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
        const fsc__attribution *z = &o->v[j];
        if (z != y && z->content_first_tok <= y->cue_first_tok &&
            y->cue_first_tok <= z->content_last_tok)
            return 1;
    }
    return 0;
}

int nested_cue_sorted(const fsc__attribs *o, const fsc__attribution *y)
{
    if (y->cue_first_tok > y->cue_last_tok)
        return 0;
    size_t lo, hi;
    nested_window(o, y, &lo, &hi);
    for (size_t j = lo; j < hi; j++) {
        const fsc__attribution *z = &o->v[j];
        if (z->content_first_tok > y->cue_first_tok)
            break; /* (and every record after it) */
        if (z != y && y->cue_first_tok <= z->content_last_tok)
            return 1;
    }
    return 0;
}

void keep_records(fsc__attribs *o, size_t w)
{
    if (w == o->n)
        return;
    o->n = w;
    for (size_t k = 0; k < o->n; k++)
        o->v[k].nested = (uint8_t)nested_cue_sorted(o, &o->v[k]);
}

/* Is y a second report joined to an earlier verb by "and"/"but" ("said
 * that ... and predicted that ...")? Its source is that verb's subject,
 * so it holds its own report even inside the content before it. */
int coordinated_report(const fsc__attribution *y)
{
    /* (the first byte settles most: this runs for every pair of records) */
    return y->rule && y->rule[0] == 'c' && strcmp(y->rule, "coordinated") == 0;
}

/* r: the speaker a name [a, b] outside the actor lexicon stands for,
 * carried over (no source span of its own). */
void inherit_name(srcres *r, uint32_t a, uint32_t b, uint8_t want, double conf,
                  const char *rule)
{
    src_fresh(r);
    r->kind = FSC__SRC_NAMED;
    r->actor = -1;
    r->name_first = r->res_first = r->from_tok = a;
    r->name_last = r->res_last = b;
    r->gender = want;
    r->first = 1;
    r->last = 0;
    r->inherited = 1;
    r->conf = conf;
    r->rule = rule;
}

/* r: the speaker an actor candidate k stands for, carried over with
 * gender g (no source span of its own). */
static void inherit_actor(const ctx *c, srcres *r, int32_t k, uint8_t g,
                          double conf, const char *rule)
{
    r->kind = FSC__SRC_ACTOR;
    r->actor = c->cands[k].actor;
    r->res_first = r->from_tok = c->cands[k].first;
    r->res_last = c->cands[k].last;
    r->gender = g;
    r->first = 1;
    r->last = 0;
    r->inherited = 1;
    r->conf = conf;
    r->rule = rule;
}

/* Arabic word t carries the article, with or without ل/ب/و («الأعلى»,
 * «للقضاء», «والقروية»): the rest of a definite noun phrase. */
int ar_definite_or_ll(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return (starts(k, "ال") || starts(k, "لل") || starts(k, "بال") ||
            starts(k, "وال")) &&
           strlen(k) >= 8;
}

/* Arabic word t ends in ة (a feminine noun: «وزارة», «المنظمة»). */
static int ar_ta_marbuta(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return is_word(c, t) && w->len >= 2 &&
           memcmp(c->text + w->off + w->len - 2, "\xd8\xa9", 2) == 0;
}

/* Arabic word t is ل and a noun in ة («لقضية», «لزيارة»), or ل and the
 * article («للمصالحة»), and no name of a person the article gave. */
static int ar_li_noun(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    if (!is_word(c, t) || ar_first_name(c, t) || ar_known(c, t) ||
        ar_clitic_bytes(c, t))
        return 0;
    fold_tok(c, t, k);
    size_t n = strlen(k);
    return starts(k, "ل") && ((starts(k, "لل") && n >= 10) ||
                              (n >= 10 && strcmp(k + n - 2, "ة") == 0));
}

/* «باسم» (on behalf of) continues a title: «المتحدث باسم الوزارة». */
const char *const AR_BISM[] = { "باسم", NULL };

/* «ثم» and «وقد», «فيما», «بينما», «حيث»: a clause and its verb inside
 * a sentence (folded; one list, one lookup per token). */
static const char *const AR_CLAUSE[] = { "ثم",    "وثم", "وقد", "فيما",
                                         "بينما", "حيث", NULL };

/* Words that open a sentence before its verb («ثم ألقى ...», «بعدها شارك
 * ...»). */
static const char *const AR_OPENERS[] = { "ثم",    "كما",    "فيما",  "وقد",
                                          "قد",    "لقد",    "بعدها", "وبعدها",
                                          "عندها", "وعندها", NULL };

/* First words of the phrases that name God or the Prophet in a citation
 * («قال تعالى», «قال جل وعلا», «قال صلى الله عليه وسلم», «وقال الله عز
 * وجل»; folded). */
static const char *const AR_SCRIPTURE[] = { "تعالي", "جل",  "عز",   "سبحانه",
                                            "تبارك", "صلي", "الله", NULL };

/* Prepositions that open a circumstance before the verb (folded). */
static const char *const AR_PREP_OPEN[] = { "في",   "وفي",  "خلال", "وخلال",
                                            "وعلي", "بعد",  "وبعد", "ومنذ",
                                            "عقب",  "وعقب", NULL };

/* «من جانبه», «من جهتها», «بدوره»: the turn to another speaker before
 * the verb (folded; «من» and the noun with its pronoun). */
static const char *const AR_FROM[] = { "من", "ومن", NULL };
static const char *const AR_HIS_SIDE[] = { "جانبه",  "جانبها",  "جانبهم",
                                           "جهته",   "جهتها",   "جهتهم",
                                           "ناحيته", "ناحيتها", "ناحيتهم",
                                           "طرفه",   "طرفها",   NULL };
static const char *const AR_IN_TURN[] = { "بدوره",  "بدورها",  "بدورهم",
                                          "وبدوره", "وبدورها", NULL };

/* name_run_before() and the holder of a verbal noun (nominal_ar.c),
 * Arabic: the subject after the verb at token a of sentence k, when it is
 * a person or an institution whose gender fits `want`; 1 and r set, else
 * 0. */
int ar_vs_subject(const ctx *c, uint32_t a, uint32_t k, uint32_t before,
                  srcres *r, double conf, const char *rule, uint8_t want)
{
    uint32_t e = UINT32_MAX;
    uint32_t t = a + 1, words = 0;
    /* a verb inside a quotation is someone's words: its subject is no
     * antecedent outside them («قال: «... وأعلن الوزير X ...». وأضاف») */
    if (a < c->n_tok && c->inquote[a] >= 0)
        return 0;
    /* «قال تعالى: ...»: a citation of scripture, not the person the
     * article goes on reporting */
    if (a + 1 <= c->sent_last[k] && key_is(c, a + 1, AR_SCRIPTURE))
        return 0;
    for (; t <= c->sent_last[k] && t < before && words < 16; t++) {
        /* (a definite genitive after a title is no object:
         * «رئيس لجنة التنمية الاجتماعية نايف القضاب») */
        int genitive = t > a + 1 && ar_title_at(c, t - 1);
        /* (a verbal-noun form right after the verb with a person's name
         * after it describes the subject: «طالبت المواطنة فاطمة ...») */
        if (t == a + 1 && ar_object_at(c, t) && t + 1 <= c->sent_last[k] &&
            (ar_name_run(c, t + 1, c->sent_last[k]) != UINT32_MAX ||
             ar_unlisted_name(c, t + 1, c->sent_last[k])))
            genitive = 1;
        if (!is_word(c, t) || is_compl(c, t) || key_is(c, t, RELATIVES) ||
            key_in(c, t, NAME_STOP) || key_in(c, t, ADVERBIAL) ||
            (!genitive && (ar_object_at(c, t) || key_is(c, t, AR_OBJECTS))) ||
            c->cue_at[t] >= 0 || c->tok[t].kind != FSC__TOK_WORD)
            break;
        e = t;
        words++;
    }
    /* a plural of people and its definite genitive, for a plural verb
     * («حمل تجار الجملة والتجزئة ... المسؤولية، مؤكدين أن») */
    if (want == FSC__G_PLURAL && e != UINT32_MAX && !ar_title_at(c, a + 1) &&
        ar_plural_head(c, a + 1, e)) {
        /* (the head and, in the construct state, its genitive: «تجار
         * الجملة»; what follows may be the verb's object, «الهبوط») */
        uint32_t pe = a + 1;
        if (!ar_definite_or_ll(c, a + 1) && a + 2 <= e && is_word(c, a + 2) &&
            ar_definite_or_ll(c, a + 2))
            pe = a + 2;
        inherit_name(r, a + 1, pe, FSC__G_PLURAL, conf, rule);
        return 1;
    }
    if (e == UINT32_MAX ||
        (np_form(c, a + 1, e) != FSC__SF_NAMED && !ar_title_at(c, a + 1)))
        return 0;
    /* a person or an institution: a name, or a title or an
     * institution noun at its head; never a place, a time or a
     * quantity («مدينة سيئون», «العام الماضي», «أكثر من») */
    uint32_t na = a + 1, nb = e, p = a + 1;
    while (p <= e && ar_name_run(c, p, e) == UINT32_MAX)
        p++;
    if (p > e && !ar_title_at(c, a + 1))
        return 0;
    /* a name deeper in the phrase belongs to the subject only after
     * a title («وزير الخارجية عادل الجبير»), not inside an object
     * («عودة المباريات لملعب الأمير عبدالله الفيصل») */
    if (p <= e && p > a + 1 && !ar_title_at(c, a + 1) &&
        !(p == a + 2 && ar_object_at(c, a + 1)))
        return 0;
    /* an institution without a name: its head and the definite
     * words after it («المجلس الأعلى للقضاء»), not the object
     * («المجلس تلقيه أي شكوى») */
    if (p > e) {
        uint32_t u = a + 2;
        while (u <= e && (!is_word(c, u) || ar_definite_or_ll(c, u)))
            u++;
        e = u - 1;
        while (e > a + 1 && !is_word(c, e))
            e--;
        nb = e;
    }
    /* the subject ends with the person's name unless a title
     * follows it in apposition; what follows is the object
     * («ألقى X كلمة», «افتتح الوزير أحمد حسن المعرض») */
    if (p <= e) {
        uint32_t pe = ar_name_run(c, p, e);
        /* (a last word with ل and a noun in ة ends no name: «وتعرض أبو
         * مازن لقضية المصالحة») */
        if (pe != UINT32_MAX && pe > p && ar_li_noun(c, pe))
            pe--;
        /* (a title with a second person's name after it is the object
         * too: «استقبل الوزير أحمد حسن السفير جون سميث») */
        if (pe < e &&
            (!ar_title_at(c, pe + 1) || ar_second_person(c, pe + 1, e)))
            e = pe;
        (void)split_title(c, a + 1, e, &na, &nb);
    }
    /* the subject's gender: a first name's, else its head noun's
     * (ة: «وزارة», «المنظمة»); the verb must agree */
    uint8_t g = FSC__G_UNKNOWN;
    if (p <= e)
        g = ar_first_name(c, p) == 2 ? FSC__G_FEM : FSC__G_MASC;
    else
        g = ar_ta_marbuta(c, a + 1) ? FSC__G_FEM : FSC__G_MASC;
    if (!gender_fits(want, g))
        return 0;
    inherit_name(r, a + 1, e, g, conf, rule);
    r->name_first = na;
    r->name_last = nb;
    return 1;
}

/* Token t is a tatweel standing alone, written as a dash («جدة ـ»). */
int lone_tatweel(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    return w->len == 2 && memcmp(c->text + w->off, "\xd9\x80", 2) == 0;
}

/* A dateline or a headline before the first sentence's verb: «المالكي
 * يهاجم عسيري ـ جدة استند الفنان ...», «عين اليوم – طنجة تلقى ...»: a dash
 * (or a lone tatweel) within the sentence's first 16 tokens; the token
 * after it, or UINT32_MAX. */
static uint32_t ar_after_dateline(const ctx *c, uint32_t k, uint32_t before)
{
    uint32_t a = c->sent_first[k];
    for (uint32_t t = a; t <= c->sent_last[k] && t < before && t < a + 16;
         t++) {
        int dash = !is_word(c, t) ? is_dash(cp(c, t)) : lone_tatweel(c, t);
        if (dash && t + 1 < before)
            return t + 1;
    }
    return UINT32_MAX;
}

/* English: the gender the words [a, b] tell by a title or given name,
 * or those of the one fuller name written before ("Sanders" after "Bernie
 * Sanders"); FSC__G_UNKNOWN when they tell none. */
static uint8_t en_span_gender(const ctx *c, uint32_t a, uint32_t b)
{
    uint8_t g = title_gender(c, a, b);
    uint32_t fa, fb;
    if (g == FSC__G_UNKNOWN && en_fuller_name(c, a, b, &fa, &fb))
        g = title_gender(c, fa, fb);
    return g;
}

/*
 * No speaker and no actor before: the nearest capitalised name (English,
 * Russian) in the window, a person introduced without speaking («Министр
 * Иван Петров выступил в Думе. — Мы готовы, — заявил он.»): two name words,
 * or one that does not open its sentence.
 */
int name_run_before(const ctx *c, uint32_t before, uint32_t back, srcres *r,
                    double conf, const char *rule, uint8_t want)
{
    if (before == 0 || before > c->n_tok)
        return 0;
    uint32_t s = sent_of(c, before - 1);
    uint32_t lo_s = s > back ? s - back : 0;
    if (c->lang == LANG_AR) {
        /* a verb-first sentence and its subject: «توقعت مصممة الديكور
         * السعودية أماني الصوفي تناميا ...», «كشفت وزارة الخدمة المدنية عن»:
         * the newest whose subject is a name or an institution */
        for (uint32_t k = s + 1; k-- > lo_s;) {
            uint32_t a = c->sent_first[k];
            if (a > c->sent_last[k] || a >= before)
                continue;
            /* a clause opened by «ثم» inside the sentence, the newest
             * first («تلا ذلك آيات، ثم ألقى رئيس المجلس X كلمة ...،
             * معلنا») */
            uint32_t hi_t =
                c->sent_last[k] < before ? c->sent_last[k] : before - 1;
            /* (or by «وقد», «فيما», «بينما»: «... الرباط وقد عبر مدير
             * المنتخب خالد مطر عن سعادته وقال:») */
            for (uint32_t t = hi_t; t > a && hi_t - t < 400; t--)
                if (key_is(c, t, AR_CLAUSE) && t + 1 < before &&
                    !in_said_content(c, t + 1) &&
                    ar_vs_subject(c, t + 1, k, before, r, conf, rule, want))
                    return 1;
            if (!is_word(c, a))
                continue;
            if (key_is(c, a, AR_OPENERS) && a + 1 < before)
                a++;
            /* «من جانبه حذر الشيخ X ...، مبينا», «بدوره أكد»: the phrase
             * that turns to the next speaker, with no comma after it */
            if (key_is(c, a, AR_FROM) && a + 2 < before &&
                key_is(c, a + 1, AR_HIS_SIDE))
                a += 2;
            else if (key_is(c, a, AR_IN_TURN) && a + 1 < before)
                a++;
            if (a + 1 < before && !is_word(c, a) && is_comma(cp(c, a)))
                a++; /* («من جهته، دافع المجلس») */
            /* «من جهته، دافع المجلس ...», «في المقابل، سعت الوزارة ...»:
             * a short phrase and a comma before the verb */
            /* (or a longer phrase opened by a preposition: «وفي كتاب
             * الأدب الصغير والأدب الكبير، يقدم X نصيحة») */
            uint32_t wmax = key_is(c, a, AR_PREP_OPEN) ? 8 : 3;
            for (uint32_t u = a, w = 0;
                 u < before && u <= c->sent_last[k] && w <= wmax; u++) {
                if (is_word(c, u)) {
                    w++;
                    continue;
                }
                if (is_comma(cp(c, u)) && w >= 1 && u + 1 < before &&
                    is_word(c, u + 1))
                    a = u + 1;
                break;
            }
            if (!in_said_content(c, a) &&
                ar_vs_subject(c, a, k, before, r, conf, rule, want))
                return 1;
            /* after a dateline: the verb right after it or after the
             * city (one or two words) */
            uint32_t d = ar_after_dateline(c, k, before);
            for (uint32_t v = d; d != UINT32_MAX && v <= d + 2 && v < before;
                 v++)
                if (is_word(c, v) && sent_of(c, v) == k &&
                    !in_said_content(c, v) &&
                    ar_vs_subject(c, v, k, before, r, conf, rule, want))
                    return 1;
        }
        return 0;
    }
    for (uint32_t t = before; t-- > 0 && before - t <= 400;) {
        uint32_t ts = sent_of(c, t);
        if (ts < lo_s)
            break;
        if (c->inquote[t] >= 0 || !name_word(c, t))
            continue;
        uint32_t a = name_back(c, t, c->sent_first[ts]);
        if (a == UINT32_MAX)
            continue;
        /* a person: two name words («Иван Петров») or a title before
         * one ("Mr. Berg"); never after a preposition («в Думе») */
        int titled = a > c->sent_first[ts] &&
                     (key_in(c, a - 1, TITLES) || key_is(c, a - 1, TITLE_M) ||
                      key_is(c, a - 1, TITLE_F));
        /* nor after a determiner: "the entire Democratic Party" is an
         * institution */
        int det = a > c->sent_first[ts] &&
                  (key_is(c, a - 1, DETERMINERS) ||
                   (a - 1 > c->sent_first[ts] && is_word(c, a - 1) &&
                    !cap_word(c, a - 1) && key_is(c, a - 2, DETERMINERS)));
        if ((a == t && !titled) || det ||
            (a > c->sent_first[ts] && key_in(c, a - 1, NAME_PREP))) {
            t = a;
            continue;
        }
        /* (English "he"/"she": no place, time or body, "New Hampshire",
         * "Election Day", "FULL TEXT") */
        if (c->lang == LANG_EN && (want == FSC__G_MASC || want == FSC__G_FEM) &&
            en_not_person(c, a, t)) {
            t = a;
            continue;
        }
        /* "they" is a body ("the National Basketball Association ...
         * They did say"), not one person's name */
        /* "they": a body's name ("the United States' National Basketball
         * Association ... They did say"), not one person's; an acronym
         * alone is no sure antecedent ("the DMCA repository ... provided
         * they know") */
        if (want == FSC__G_PLURAL &&
            ((!en_body_name(c, a, t, 0) && !en_group_compound(c, a, t)) ||
             in_label(c, t))) {
            /* (two people named together are: "officers Antoine Quirin
             * and Nicolas Redouane ... They") */
            uint32_t a2 =
                a >= 2 && key_is(c, a - 1, AND_WORDS) && name_word(c, a - 2)
                    ? name_back(c, a - 2, c->sent_first[ts])
                    : UINT32_MAX;
            if (a2 != UINT32_MAX && a2 < a - 1) {
                inherit_name(r, a2, t, want, conf, rule);
                return 1;
            }
            t = a;
            continue;
        }
        /* (English: not the other gender by its title or given name,
         * nor a party label, "(D-N.Y.)") */
        if (c->lang == LANG_EN && (want == FSC__G_MASC || want == FSC__G_FEM)) {
            uint8_t g = en_span_gender(c, a, t);
            if (g != FSC__G_UNKNOWN && g != want)
                return 0; /* (no reaching further back past them) */
            if (a > 0 && !is_word(c, a - 1) && cp(c, a - 1) == '(') {
                t = a;
                continue;
            }
        }
        inherit_name(r, a, t, want, conf, rule);
        return 1;
    }
    return 0;
}

/*
 * English "he"/"she" at t after the main clause of its sentence has named
 * its subject: a clause hung on that sentence ("Mr. Jones is at the
 * centre of a campaign - one he calls ...", "In his videos, Smith wears a
 * suit in clips he calls ...", "Lee attacked Cruz after he said"). The
 * person is the sentence's first name followed by its verb
 * (name_then_verb), outside quotation marks, not after a preposition or
 * a determiner ("in Ohio", "the Smith campaign"), no body's name; a
 * person: a title, two name words, a person of the actor lexicon, or one
 * word that does not open the sentence. A title of the other gender
 * rules it out. r gets the person; 0 when there is none.
 */
static const char *const BUT_WORD[] = { "but", "so", "then", NULL };
/* Subordinators that open a clause with its own subject (not the
 * prepositions of SUBORDINATORS: "with Bernie Sanders yard signs"). */
static const char *const CLAUSE_OPENERS[] = {
    "while", "although", "though", "whereas", "if",    "because", "since", "as",
    "when",  "after",    "before", "once",    "until", "unless",  NULL
};

/* A one-word name in -s that reads as a plural ("Democrats",
 * "Republicans"). */
static int en_plural_name(const ctx *c, uint32_t e)
{
    const fsc__token *w = &c->tok[e];
    return w->len > 4 && c->text[w->off + w->len - 1] == 's' &&
           c->text[w->off + w->len - 2] != 's';
}

/* The person named as the first subject in [lo, t) (see
 * en_clause_subject): 1 and r set, or 0. */
static int first_subject(const ctx *c, uint32_t lo, uint32_t t, uint8_t want,
                         int strict, srcres *r, double conf, const char *rule)
{
    for (uint32_t u = lo; u + 1 < t; u++) {
        if (c->inquote[u] >= 0 || !is_word(c, u))
            continue;
        /* ("Although Weiner ...", "But Mr. Comey"): the opener is no name */
        if (key_is(c, u, CLAUSE_OPENERS) || key_is(c, u, BUT_WORD) ||
            key_is(c, u, AND_WORDS))
            continue;
        /* a title before the name: "But Mr. Comey painted" */
        uint32_t nu = u;
        if ((key_is(c, u, TITLE_M) || key_is(c, u, TITLE_F)) && u + 2 < t &&
            name_link(c, u + 1) && name_word(c, u + 2))
            nu = u + 2;
        else if (!name_word(c, u))
            continue;
        if (u > lo && (is_word(c, u - 1) || name_link(c, u - 1)) &&
            (name_word(c, u - 1) || name_link(c, u - 1)) &&
            !key_is(c, u - 1, CLAUSE_OPENERS) && !key_is(c, u - 1, BUT_WORD) &&
            !key_is(c, u - 1, AND_WORDS))
            continue; /* inside a name begun before */
        /* a subject opens its clause: after a mark, a conjunction or
         * a subordinator, not inside a noun phrase ("journalist Matei
         * Rosca last year", "a $1 million Iowa buy") */
        if (u > lo && is_word(c, u - 1) && !key_is(c, u - 1, AND_WORDS) &&
            !key_is(c, u - 1, CLAUSE_OPENERS) && !key_is(c, u - 1, BUT_WORD))
            continue;
        uint32_t e = name_then_verb(c, nu, t - 1);
        if (e == UINT32_MAX)
            continue;
        if (e + 1 >= t || en_body_name(c, u, e, 1) || en_not_person(c, nu, e))
            return 0;
        uint8_t tg = title_gender(c, u, e);
        if (tg == FSC__G_UNKNOWN)
            tg = en_span_gender(c, nu, e);
        if (tg != FSC__G_UNKNOWN && tg != want)
            return 0;
        if (!name_gender_fits(c, e, want))
            return 0; /* "Trump ... as bad as she said" */
        int32_t k = c->cand_at[e];
        int person = k >= 0 && c->cands[k].actor >= 0 &&
                     actor_fits(&c->actors[c->cands[k].actor], GEN_PERSON);
        if (k >= 0 && c->cands[k].actor >= 0 && !person)
            return 0; /* an outlet, a party, a ministry */
        /* one word: not opening the sentence nor a plural ("When
         * Democrats get to"); across sentences, a person the article
         * named in full before, only one ("Iraq and Syria and unravel";
         * "Clinton" after Hillary and Bill Clinton) */
        uint32_t fa, fb;
        if (!person && tg == FSC__G_UNKNOWN && words_in(c, nu, e) < 2 &&
            (en_plural_name(c, e) ||
             (strict ? !en_fuller_name(c, e, e, &fa, &fb) : u == lo)))
            return 0;
        /* across sentences, the only subject of its sentence ("Clinton
         * put Sanders on the defensive, but Sanders got in digs. He") */
        if (strict)
            for (uint32_t v = e + 2; v + 1 < t; v++)
                if (is_word(c, v) && name_word(c, v) &&
                    !(is_word(c, v - 1) && name_word(c, v - 1)) &&
                    name_then_verb(c, v, t - 1) != UINT32_MAX &&
                    !(is_word(c, v - 1) && key_in(c, v - 1, NAME_PREP)))
                    return 0;
        if (person) {
            src_fresh(r);
            inherit_actor(c, r, k, want, conf, rule);
            r->name_first = c->cands[k].first;
            r->name_last = c->cands[k].last;
        } else {
            inherit_name(r, u, e, want, conf, rule);
        }
        return 1;
    }
    return 0;
}

int en_clause_subject(const ctx *c, uint32_t t, uint8_t want, srcres *r,
                      double conf, const char *rule)
{
    if (c->lang != LANG_EN || (want != FSC__G_MASC && want != FSC__G_FEM) ||
        t >= c->n_tok || c->inquote[t] >= 0)
        return 0;
    return first_subject(c, c->sent_first[sent_of(c, t)], t, want, 0, r, conf,
                         rule);
}

/*
 * English "he"/"she" at t opening a clause right after a sentence in which
 * nobody speaks and whose subject is a person ("Mr. Cole visited the site
 * on Monday. He said ..."): that person, as a reader takes it, before any
 * earlier speaker. Not when a report of the same sentence comes before t,
 * nor inside quotation marks or a transcript's answer.
 */
int en_prev_subject(const ctx *c, uint32_t t, uint8_t want, srcres *r,
                    double conf, const char *rule)
{
    if (c->lang != LANG_EN || (want != FSC__G_MASC && want != FSC__G_FEM) ||
        t >= c->n_tok || c->inquote[t] >= 0)
        return 0;
    uint32_t s = sent_of(c, t);
    if (s == 0 || (strcmp(rule, "pronoun") != 0 &&
                   strcmp(rule, "participle_clause") != 0))
        return 0;
    /* (not after a quotation in its sentence, '"...," he said': the
     * quotation's speaker goes on from before it) */
    for (uint32_t u = c->sent_first[s]; u < t; u++)
        if (c->qmark[u] >= 0 || c->inquote[u] >= 0)
            return 0;
    uint32_t ps = s - 1, lo = c->sent_first[ps], hi = c->sent_last[ps];
    if (lo > hi || c->inquote[lo] >= 0)
        return 0;
    /* nobody speaks in that sentence nor before t in this one */
    const fsc__attribs *o = c->out;
    for (size_t j = o->n; j-- > 0 && o->n - j <= 64;) {
        const fsc__attribution *y = &o->v[j];
        uint32_t at = rec_at(y);
        if (at >= c->n_tok)
            continue;
        uint32_t ys = sent_of(c, at);
        if (ys == ps || (ys == s && at < t))
            return 0;
        if (ys < ps)
            break;
    }
    return first_subject(c, lo, hi + 1, want, 1, r, conf, rule);
}

/* English: the gender the name of y's speaker tells (a title, a given
 * name; for a short mention, "Sanders", those of the one fuller name the
 * article wrote before, "Bernie Sanders"), or FSC__G_UNKNOWN. */
uint8_t en_name_gender(const ctx *c, const fsc__attribution *y)
{
    uint32_t a = y->name_first_tok, b = y->name_last_tok;
    if (a > b || b >= c->n_tok) {
        a = y->src_first_tok;
        b = y->src_last_tok;
    }
    if (a > b || b >= c->n_tok || b - a > 8)
        return FSC__G_UNKNOWN;
    return en_span_gender(c, a, b);
}

/* Arabic: the speaker of y is God or the Prophet cited by such a phrase,
 * written or carried over: a verse or a hadith the reported speaker
 * quotes (a sermon, a statement), which a later dropped subject does not
 * continue («قال صلى الله عليه وسلم: "...". وأضاف أن ...»: the preacher).
 * A title before the phrase («رسول الله صلى الله عليه وسلم», a story of
 * the Prophet) is no such citation. */
static int ar_scripture_speaker(const ctx *c, const fsc__attribution *y)
{
    uint32_t a, b;
    best_span(y, &a, &b);
    if (a > b || b >= c->n_tok)
        return 0;
    while (a <= b && !is_word(c, a))
        a++;
    if (a > b || !key_is(c, a, AR_SCRIPTURE))
        return 0;
    return words_in(c, a, b) <= 5;
}

/* Nouns of a person in English ("the man", "a voter", "his lawyer"),
 * beside SPEAKER_NOUNS and TITLES (folded). */
static const char *const PERSON_HEADS[] = { "man",
                                            "woman",
                                            "men",
                                            "women",
                                            "boy",
                                            "girl",
                                            "mother",
                                            "father",
                                            "wife",
                                            "husband",
                                            "son",
                                            "daughter",
                                            "brother",
                                            "sister",
                                            "widow",
                                            "candidate",
                                            "nominee",
                                            "voter",
                                            "voters",
                                            "lawyer",
                                            "attorney",
                                            "author",
                                            "writer",
                                            "reporter",
                                            "journalist",
                                            "professor",
                                            "doctor",
                                            "nurse",
                                            "teacher",
                                            "student",
                                            "resident",
                                            "worker",
                                            "owner",
                                            "leader",
                                            "founder",
                                            "director",
                                            "manager",
                                            "executive",
                                            "officer",
                                            "agent",
                                            "judge",
                                            "member",
                                            "supporter",
                                            "critic",
                                            "friend",
                                            "colleague",
                                            "aide",
                                            "adviser",
                                            "advisor",
                                            "strategist",
                                            "pollster",
                                            "economist",
                                            "historian",
                                            "scientist",
                                            "researcher",
                                            "analyst",
                                            "expert",
                                            "activist",
                                            "organizer",
                                            "protester",
                                            "veteran",
                                            "soldier",
                                            "pastor",
                                            "priest",
                                            "rabbi",
                                            "imam",
                                            "bishop",
                                            "victim",
                                            "witness",
                                            "suspect",
                                            "defendant",
                                            "plaintiff",
                                            "prosecutor",
                                            "host",
                                            "anchor",
                                            "columnist",
                                            "editor",
                                            "publisher",
                                            "blogger",
                                            "commentator",
                                            "consultant",
                                            "donor",
                                            "lobbyist",
                                            "operative",
                                            "official",
                                            "person",
                                            "citizen",
                                            "immigrant",
                                            "chief",
                                            "actor",
                                            "actress",
                                            "lawmaker",
                                            "legislator",
                                            "lady",
                                            "gentleman",
                                            "ally",
                                            "incumbent",
                                            "challenger",
                                            "opponent",
                                            "rival",
                                            "contender",
                                            "hopeful",
                                            "front-runner",
                                            "frontrunner",
                                            "billionaire",
                                            "mogul",
                                            "star",
                                            "singer",
                                            "celebrity",
                                            "athlete",
                                            "coach",
                                            "player",
                                            "employee",
                                            "speaker",
                                            "preacher",
                                            "surgeon",
                                            "neurosurgeon",
                                            "insider",
                                            "partisan",
                                            "impersonator",
                                            "grandmother",
                                            "grandfather",
                                            "mom",
                                            "dad",
                                            "uncle",
                                            "aunt",
                                            "nephew",
                                            "niece",
                                            "cousin",
                                            "fan",
                                            "delegate",
                                            "superdelegate",
                                            "elector",
                                            "governor",
                                            "senator",
                                            "representative",
                                            "secretary",
                                            "ambassador",
                                            "general",
                                            "captain",
                                            NULL };

/* "-man", "-woman", "-ist", "-ian" at the end of a word of at least six
 * letters: "businessman", "congresswoman", "economist", "politician". */
static int person_suffix(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const char *e = c->text + w->off + w->len;
    if (w->len < 6)
        return 0;
    return memcmp(e - 3, "man", 3) == 0 || memcmp(e - 3, "ist", 3) == 0 ||
           memcmp(e - 3, "ian", 3) == 0;
}

int en_person_key(const char *key)
{
    return in_list(key, PERSON_HEADS);
}

/* English: the words [a, b] hold a noun of a person ("the man", "a
 * spokeswoman for the ministry", "his campaign manager"). */
static int en_person_phrase(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t t = a; t <= b; t++)
        if (is_word(c, t) &&
            (key_in(c, t, SPEAKER_NOUNS) || key_in(c, t, TITLES) ||
             key_is(c, t, PERSON_HEADS) || person_suffix(c, t)))
            return 1;
    return 0;
}

/*
 * Coreference for a pronoun, a dropped subject or a participle: the newest
 * earlier speaker within `back` sentences of s whose gender and number fit
 * `want` (from the pronoun, the verb's agreement or a title); failing that
 * the last actor named before token `before` in that window. r gets the
 * speaker (kind, actor, name) and resolved_to the span that names it best.
 */
int inherit_g(const ctx *c, uint32_t s, uint32_t back, uint32_t before,
              srcres *r, double conf, const char *rule, uint8_t want, int outer)
{
    const fsc__attribs *o = c->out;
    /* pass 0: speakers; pass 1: also according-to sources (an outlet a
     * report is credited to is seldom the subject a verb leaves out) */
    for (int pass = 0; pass < 2; pass++)
        for (size_t j = o->n; j-- > 0 && o->n - j <= 256;) {
            const fsc__attribution *y = &o->v[j];
            if (pass == 0 && y->kind == FSC__ATTR_ACCORDING)
                continue;
            if (pass == 1 && y->kind != FSC__ATTR_ACCORDING)
                continue;
            /* a participle, a pronoun or a dropped subject continues a main
             * clause's speaker, not one nested in reported content («قال X
             * إن ... موقف يذكره التاريخ ... مطالبا»: X, not التاريخ) */
            if (outer && y->nested)
                continue;
            uint32_t at = rec_at(y);
            uint32_t ys = at < c->n_tok ? sent_of(c, at) : 0;
            if (ys > s)
                continue;
            if (ys + back < s)
                break;
            if (y->source_kind == FSC__SRC_UNRESOLVED)
                continue;
            if (c->lang == LANG_AR && outer && ar_scripture_speaker(c, y))
                continue;
            if (!gender_fits(want, y->gender))
                continue;
            /* (English: a name whose title or given name, or that of the
             * fuller name written before, tells the other gender: "she" is
             * not "Sanders" after "Bernie Sanders") */
            if (c->lang == LANG_EN && y->gender == FSC__G_UNKNOWN &&
                (want == FSC__G_MASC || want == FSC__G_FEM) &&
                !gender_fits(want, en_name_gender(c, y)))
                continue;
            /* an Arabic plural verb («وقالوا», «يقولون») goes on with
             * speakers known to be many, not with one whose number nothing
             * showed (an agency credited with «وفقا لـ») */
            if (c->lang == LANG_AR && want == FSC__G_PLURAL &&
                y->gender != FSC__G_PLURAL)
                continue;
            if (want == FSC__G_THING && !thing_fits(c, y))
                continue;
            if (want == FSC__G_PLURAL && one_person(c, y))
                continue;
            /* "he"/"she" is no document credited with a report ("citing
             * a report", "according to the data") */
            if ((want == FSC__G_MASC || want == FSC__G_FEM) && pass == 1 &&
                y->form != FSC__SF_NAMED)
                continue;
            /* "he"/"she" is no thing: not what "which" stood for ("In
             * Ohio, which was planning to ...") */
            if ((want == FSC__G_MASC || want == FSC__G_FEM) &&
                y->form == FSC__SF_PRONOUN &&
                y->src_first_tok == y->src_last_tok &&
                y->src_first_tok < c->n_tok &&
                key_is(c, y->src_first_tok, THING_RELATIVES))
                continue;
            /* (English: nor a noun phrase with no noun of a person in
             * it: "a page on climate says ... she vows", "the report") */
            if (c->lang == LANG_EN &&
                (want == FSC__G_MASC || want == FSC__G_FEM) &&
                y->form == FSC__SF_NOMINAL && y->actor < 0 &&
                y->src_first_tok <= y->src_last_tok &&
                y->src_last_tok < c->n_tok &&
                !en_person_phrase(c, y->src_first_tok, y->src_last_tok))
                continue;
            /* "he"/"she" is a person: not an outlet or a ministry */
            if ((want == FSC__G_MASC || want == FSC__G_FEM) && y->actor >= 0 &&
                !actor_fits(&c->actors[y->actor], GEN_PERSON) &&
                y->form != FSC__SF_NAMED)
                continue;
            /* «..., сообщает ТАСС со ссылкой на источник. По его словам»:
             * the source cited, not the outlet that relays it */
            long z = want == FSC__G_MASC || want == FSC__G_FEM
                         ? ru_cited_by(c, j)
                         : -1;
            if (z >= 0)
                y = &o->v[z];
            r->kind = y->source_kind;
            r->actor = y->actor;
            r->name_first = y->name_first_tok;
            r->name_last = y->name_last_tok;
            best_span(y, &r->res_first, &r->res_last);
            /* English and Russian: the nearest mention ("said Ms. Acosta"),
             * not its fullest earlier form; resolved_to.name still names
             * the person in full (en_fuller_name) */
            if (c->lang != LANG_AR && y->src_first_tok <= y->src_last_tok &&
                y->form != FSC__SF_PRONOUN) {
                r->res_first = y->src_first_tok;
                r->res_last = y->src_last_tok;
            }
            r->from_tok =
                y->src_first_tok <= y->src_last_tok ? y->src_first_tok : at;
            r->gender = y->gender != FSC__G_UNKNOWN ? y->gender
                        : want == FSC__G_THING      ? FSC__G_UNKNOWN
                                                    : want;
            r->first = 1;
            r->last = 0;
            r->inherited = 1;
            r->conf = conf;
            r->rule = rule;
            return 1;
        }
    /* Arabic: an actor named in an earlier sentence (an object, a
     * genitive, a body inside someone's words) is no subject the verb
     * agrees with; only a person named in its own sentence («لم يكن
     * الرئيس X واضحا عندما قال») or a verb-first subject is
     * (name_run_before), else no speaker. The lexicon's persons carry no
     * gender: a man for a masculine verb, none for a feminine or a
     * plural one («قالت», «قالوا») */
    int32_t k = -1;
    if (c->lang != LANG_AR)
        k = last_named(c, before, back);
    else if (want == FSC__G_MASC || want == FSC__G_UNKNOWN) {
        k = last_named(c, before, 0);
        if (k >= 0 && (!actor_fits(&c->actors[c->cands[k].actor], GEN_PERSON) ||
                       before >= c->n_tok ||
                       sent_of(c, c->cands[k].first) != sent_of(c, before)))
            k = -1;
    }
    /* "he"/"she" is a person: an institution is no antecedent; "it" is
     * no person */
    if (k >= 0 && (want == FSC__G_MASC || want == FSC__G_FEM) &&
        !actor_fits(&c->actors[c->cands[k].actor], GEN_PERSON))
        k = -1;
    if (k >= 0 && (want == FSC__G_THING || want == FSC__G_PLURAL) &&
        actor_fits(&c->actors[c->cands[k].actor], GEN_PERSON))
        k = -1;
    if (k < 0 && want == FSC__G_THING)
        return 0; /* (the names before are persons') */
    if (k < 0)
        return name_run_before(c, before, back, r, conf, rule, want);
    inherit_actor(c, r, k, want == FSC__G_THING ? FSC__G_UNKNOWN : want, conf,
                  rule);
    return 1;
}

/* Take the last source named, within `back` sentences of s; failing that
 * the last actor named before token `before` in that window. */
int inherit_at(const ctx *c, uint32_t s, uint32_t back, uint32_t before,
               srcres *r, double conf, const char *rule)
{
    uint8_t form = r->form;
    src_fresh(r);
    r->form = form;
    return inherit_g(c, s, back, before, r, conf, rule, FSC__G_UNKNOWN, 1);
}
