/*
 * interview.c - stage 4, part: interviews and transcripts. Speaker labels
 * ("((WN))", "((Name))", "NAME:", «س:»/«ج:»): each answer is its speaker's
 * direct speech up to the next label; the interviewer's questions report
 * nothing.
 */
#include "attrib_int.h"

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
    /* a tally, "Clinton: 547.", "Sanders: 1,501.": numbers and no
     * word, nobody speaks */
    uint32_t words = 0, numbers = 0;
    for (uint32_t v = u + 1; v < c->n_tok && c->tok[v].para == para; v++) {
        words += c->tok[v].kind == FSC__TOK_WORD;
        numbers += c->tok[v].kind == FSC__TOK_NUMBER;
    }
    if (words == 0 && numbers > 0)
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
        fold_tok(c, a1 + i, k1);
        fold_tok(c, a2 + i, k2);
        if (strcmp(k1, k2) != 0)
            return 0;
    }
    return 1;
}

/* The labels found, all of one speaker, are the interviewer's: an
 * interviewer's label ("WN", "Q") or most of the paragraphs end in a
 * question mark. */
static int lone_asker(const ctx *c)
{
    uint32_t asks = 0;
    for (uint32_t i = 0; i < c->n_labels; i++)
        asks += c->labels[i].question;
    return (c->labels[0].a == c->labels[0].b &&
            (key_is(c, c->labels[0].a, Q_LABELS) ||
             key_is(c, c->labels[0].a, INTERVIEWER))) ||
           2 * asks > c->n_labels;
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
    /* (a label opens its paragraph: only paragraph starts are tried) */
    for (uint32_t p = 0; p < c->n_para && c->n_labels < MAX_LABELS; p++) {
        uint32_t t = c->para_first[p], a, b, body;
        if (!speaker_label(c, t, &a, &b, &body))
            continue;
        uint32_t i = c->n_labels++;
        c->labels[i].para = c->tok[t].para;
        c->labels[i].a = a;
        c->labels[i].b = b;
        c->labels[i].body = body;
        c->labels[i].question = (uint8_t)para_asks(c, t);
    }
    /* two speakers, three labels, a speaker's label seen twice or more */
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
    /* (or one speaker labelled alone, three times or more, who asks:
     * an interview whose answers carry no label, "((WN)) : Why did you
     * run?" and the answer as a paragraph of its own) */
    if (c->n_labels < 3 || repeated < 1 ||
        (distinct < 2 && !(distinct == 1 && lone_asker(c)))) {
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

/* The last word of [a, b] (folded) is the last word of the label
 * [la, lb]: the span names the speaker of that label ("Dorsa Derakhshani"
 * and "IM Dorsa Derakhshani"). */
int names_label(const ctx *c, uint32_t la, uint32_t lb, uint32_t a, uint32_t b)
{
    if (a > b || b >= c->n_tok || la > lb || lb >= c->n_tok)
        return 0;
    while (b > a && !is_word(c, b))
        b--;
    while (lb > la && !is_word(c, lb))
        lb--;
    if (!is_word(c, b) || !is_word(c, lb))
        return 0;
    char k1[KEY_CAP], k2[KEY_CAP];
    fold_tok(c, b, k1);
    fold_tok(c, lb, k2);
    return strcmp(k1, k2) == 0;
}

/* Token t is a word of a speaker label ("WN" in "((WN))"). */
int in_label(const ctx *c, uint32_t t)
{
    for (uint32_t i = 0; i < c->n_labels; i++)
        if (t >= c->labels[i].a && t <= c->labels[i].b)
            return 1;
    return 0;
}

void skip_question_cues(ctx *c)
{
    c->interview = 0;
    find_labels(c);
    /* (the interviewer labelled alone: the answers, unlabelled, follow
     * each question's paragraph, which is all the question holds) */
    int lone = c->n_labels > 0;
    for (uint32_t i = 1; i < c->n_labels && lone; i++)
        lone = same_label(c, c->labels[0].a, c->labels[0].b, c->labels[i].a,
                          c->labels[i].b);
    for (uint32_t i = 0; i < c->n_labels; i++) {
        if (!c->labels[i].question)
            continue;
        c->interview = 1;
        uint32_t end_para = i + 1 < c->n_labels && !lone
                                ? c->labels[i + 1].para
                                : c->labels[i].para + 1;
        for (uint32_t u = c->labels[i].a;
             u < c->n_tok && c->tok[u].para < end_para; u++)
            if (c->cue_at[u] >= 0)
                c->cues[c->cue_at[u]].skip = 1;
    }
    for (uint32_t p = 0; p < c->n_para; p++) {
        uint32_t t = c->para_first[p]; /* (label_at: paragraph starts only) */
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

/* The interviewee: the first named speaker of the attributions so far
 * (1), else unresolved (0). */
static int first_named_speaker(const ctx *c, srcres *who)
{
    src_fresh(who);
    set_unresolved(who, "interview_unresolved");
    const fsc__attribs *o = c->out;
    for (size_t j = 0; j < o->n; j++) {
        const fsc__attribution *y = &o->v[j];
        if (y->source_kind != FSC__SRC_ACTOR &&
            y->source_kind != FSC__SRC_NAMED)
            continue;
        who->kind = y->source_kind;
        who->actor = y->actor;
        who->name_first = y->name_first_tok;
        who->name_last = y->name_last_tok;
        best_span(y, &who->res_first, &who->res_last);
        who->gender = y->gender;
        return 1;
    }
    return 0;
}

/* Answer [a, b] of an interview as the interviewee's direct speech: the
 * first named speaker, else the nearest person named before t, with no
 * source words of its own. */
static fsc_status emit_answer(ctx *c, const srcres *who, int found, uint32_t t,
                              uint32_t a, uint32_t b, fsc_error *err)
{
    srcres r = *who;
    if (!found && !name_run_before(c, t, 12, &r, FSC__CONF_LAST_SPEAKER,
                                   "interview", FSC__G_UNKNOWN))
        r = *who;
    r.first = 1;
    r.last = 0;
    r.form =
        r.kind == FSC__SRC_UNRESOLVED ? FSC__SF_UNRESOLVED : FSC__SF_DROPPED;
    r.inherited = r.kind != FSC__SRC_UNRESOLVED;
    r.conf = FSC__CONF_LAST_SPEAKER;
    r.rule = "interview";
    return emit(c, FSC__ATTR_DIRECT, &r, -1, 1, 0, FSC__STANCE_NEUTRAL, a, b,
                err);
}

/* A line break stands between tokens t - 1 and t. */
static int line_break_before(const ctx *c, uint32_t t)
{
    if (t == 0)
        return 1;
    const fsc__token *p = &c->tok[t - 1];
    for (uint32_t o = p->off + p->len; o < c->tok[t].off; o++)
        if (c->text[o] == '\n')
            return 1;
    return 0;
}

/* The line that opens at t (a line break before t) opens with a dash and
 * holds no author's words (a cue that reports right after a dash inside
 * it, «— ..., — ответил министр»; not the opening dash, «— Думаю, что»): 1, its
 * last token in *e and whether it ends in a question mark in *asks. (A cue
 * elsewhere in it is the speaker's own: «— Мы рассчитываем, что ...».) */
static int dash_line(const ctx *c, uint32_t t, uint32_t *e, int *asks)
{
    if (t >= c->n_tok || is_word(c, t) || !is_dash(cp(c, t)))
        return 0;
    uint32_t u = t;
    for (; u < c->n_tok && (u == t || !line_break_before(c, u)); u++)
        if (c->cue_at[u] >= 0 && !c->cues[c->cue_at[u]].skip && u > t + 1 &&
            !is_word(c, u - 1) && is_dash(cp(c, u - 1)))
            return 0;
    *e = u - 1;
    uint32_t x = *e;
    while (x > t && !is_word(c, x) && c->qmark[x] >= 0)
        x--;
    *asks = !is_word(c, x) && cp(c, x) == '?';
    return 1;
}

/*
 * Russian interviews in dialogue layout: a line that opens with a dash and
 * ends in a question mark, with no cue, is the interviewer's («— Когда
 * ожидать снижения цен?»); the dash line right after it, with no cue of
 * its own and no attribution over it, is the interviewee's answer. (An
 * answer with its cue, «— ..., — ответил министр», is the cue's.)
 */
static fsc_status ru_dash_answers(ctx *c, fsc_error *err)
{
    if (c->lang != LANG_RU)
        return FSC_OK;
    srcres who;
    int found = -1, prev_asks = 0;
    uint32_t start = UINT32_MAX; /* the first line of the dialogue */
    for (uint32_t t = 0; t < c->n_tok; t++) {
        if (!line_break_before(c, t))
            continue;
        uint32_t e;
        int asks, was = prev_asks;
        prev_asks = 0;
        if (!dash_line(c, t, &e, &asks)) {
            start = UINT32_MAX;
            continue;
        }
        if (start == UINT32_MAX)
            start = t;
        prev_asks = asks;
        if (!was || asks)
            continue;
        uint32_t a = t + 1, b = e;
        /* (an attribution whose cue is inside the line is the speaker's
         * own, nested: «— Мы рассчитываем, что ...») */
        int covered = 0;
        for (size_t j = 0; j < c->out->n && !covered; j++) {
            const fsc__attribution *y = &c->out->v[j];
            covered = y->content_first_tok <= b && a <= y->content_last_tok &&
                      !(y->cue_first_tok <= y->cue_last_tok &&
                        y->cue_first_tok >= a && y->cue_last_tok <= b);
        }
        if (covered || !trim(c, &a, &b))
            continue;
        /* the person named before the dialogue opens («Министр Иван
         * Орлов дал интервью ...»), else the first named speaker */
        srcres nr;
        fsc_status st;
        if (name_run_before(c, start, 12, &nr, FSC__CONF_LAST_SPEAKER,
                            "interview", FSC__G_UNKNOWN)) {
            st = emit_answer(c, &nr, 1, start, a, b, err);
        } else {
            if (found < 0)
                found = first_named_speaker(c, &who);
            st = emit_answer(c, &who, found, start, a, b, err);
        }
        if (st != FSC_OK)
            return st;
        ru_answer_speaker(c, a, b);
    }
    return FSC_OK;
}

fsc_status interview_answers(ctx *c, fsc_error *err)
{
    fsc_status st0 = ru_dash_answers(c, err);
    if (st0 != FSC_OK)
        return st0;
    if (!c->interview && !c->n_labels) /* set by skip_question_cues() */
        return FSC_OK;
    srcres who;
    int found = first_named_speaker(c, &who);
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
    for (uint32_t p = 0; p < c->n_para; p++) {
        uint32_t t = c->para_first[p];
        if (label_at(c, t) != 2)
            continue;
        uint32_t a = t + 2, b = a;
        while (b + 1 < c->n_tok && c->tok[b + 1].para == c->tok[t].para)
            b++;
        if (!trim(c, &a, &b))
            continue;
        fsc_status st = emit_answer(c, &who, found, t, a, b, err);
        if (st != FSC_OK)
            return st;
    }
    return FSC_OK;
}
