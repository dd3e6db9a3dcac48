/*
 * coref.c - stage 4, part: the fullest mention of a speaker. A short name,
 * a title without a name or a definite noun alone takes up its fuller
 * earlier mention («الصباغ» → «المتحدث الرسمي ... رأفت الصباغ», "Clinton" →
 * "Hillary Clinton", «الوزارة» → «وزارة الحج», «خادم الحرمين الشريفين» →
 * «... الملك سلمان بن عبدالعزيز آل سعود»), which emit() records as the
 * attribution's resolved_to.
 */
#include "attrib_int.h"

/* Folded last word of [a, b] (Arabic without و/ف and ال). */
static void last_key(const ctx *c, uint32_t a, uint32_t b, char *key)
{
    key[0] = '\0';
    for (uint32_t t = b + 1; t-- > a;)
        if (is_word(c, t)) {
            char tmp[KEY_CAP];
            const char *k = token_key(c, t, tmp); /* folded once */
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

/* Hash of word_key() of word t, kept per token for the article: the
 * searches below compare thousands of earlier words with one key, and a
 * different hash settles most of them without building the key. Never 0. */
static uint32_t word_hash_slow(const ctx *c, uint32_t t);
static inline uint32_t word_hash(const ctx *c, uint32_t t)
{
    if (c->fh_full && c->fh_full[t]) /* cached per word form */
        return c->lang == LANG_AR && c->fh_bare[t] ? c->fh_bare[t]
                                                   : c->fh_full[t];
    return word_hash_slow(c, t);
}

/* word_hash() of a word without the form cache's hashes. */
static uint32_t word_hash_slow(const ctx *c, uint32_t t)
{
    fsc__attribs *o = c->out;
    if (t < o->n_wk_hash && o->wk_hash[t])
        return o->wk_hash[t];
    char k[KEY_CAP];
    word_key(c, t, k);
    uint32_t h = fsc__hash(k, strlen(k)) | 1u;
    if (t < o->n_wk_hash)
        o->wk_hash[t] = h;
    return h;
}

/* Is word_key() of word t `key` (its hash `h`, from key_hash())? */
static int word_key_is(const ctx *c, uint32_t t, const char *key, uint32_t h)
{
    if (word_hash(c, t) != h)
        return 0;
    char k[KEY_CAP];
    word_key(c, t, k);
    return strcmp(k, key) == 0;
}

/*
 * The searches below look up to 3000 tokens back for the words with one
 * key; on a long article most of their time went to passing the others.
 * Per article, built on the first search: for every word the nearest
 * earlier word with the same word_hash(), so a search visits only the
 * words that may have its key (it still compares them). NULL when out of
 * memory: the searches then pass every token as before.
 */
/* key_chain(): word t into the table (triples of a stamp, a hash and the
 * newest word with it), prev[t] the word before it with its hash. */
static inline void chain_add(const ctx *c, uint32_t *tab, size_t slots,
                             uint32_t stamp, uint32_t *prev, uint32_t t)
{
    uint32_t h = word_hash(c, t);
    size_t i = h & (slots - 1);
    while (tab[3 * i] == stamp && tab[3 * i + 1] != h)
        i = (i + 1) & (slots - 1);
    if (tab[3 * i] == stamp)
        prev[t] = tab[3 * i + 2];
    tab[3 * i] = stamp;
    tab[3 * i + 1] = h;
    tab[3 * i + 2] = t;
}

/* Does word t go into the chain? Outside Arabic the one search along
 * the chain, en_fuller_name(), passes every word that is not capitalised
 * (cap_word): a word of ASCII letters in lower case or a number is left
 * out of the chain, which the search then does not visit. */
static inline int chain_word(const ctx *c, uint32_t t)
{
    if (c->lang == LANG_AR)
        return is_word(c, t);
    unsigned char b0 = (unsigned char)c->text[c->tok[t].off];
    return c->tok[t].kind == FSC__TOK_WORD &&
           (b0 >= 0x80 || (b0 >= 'A' && b0 <= 'Z'));
}

static const uint32_t *key_chain(const ctx *c)
{
    fsc__attribs *o = c->out;
    if (o->wk_prev_ok)
        return o->wk_prev;
    if (!grow((void **)&o->wk_prev, &o->cap_wk_prev, c->n_tok,
              sizeof *o->wk_prev))
        return NULL;
    /* prev[t] marks the words that go in (0) until they are added: the
     * table is sized by their number, not the article's tokens (in
     * English about one token in five), so it stays small. */
    uint32_t *prev = o->wk_prev;
    size_t n_in = 0;
    for (uint32_t t = 0; t < c->n_tok; t++) {
        int in = chain_word(c, t);
        prev[t] = in ? 0 : UINT32_MAX;
        n_in += (size_t)in;
    }
    size_t slots = 16;
    while (slots < 2 * n_in)
        slots *= 2;
    /* The table: triples of a stamp, a hash and the newest word with it;
     * a slot with another article's stamp is empty. It only grows, and is
     * cleared only then: clearing it for every article cost more than
     * filling it. */
    if (slots > o->wk_slots) {
        if (!grow((void **)&o->wk_tab, &o->cap_wk_tab, 3 * slots,
                  sizeof *o->wk_tab))
            return NULL;
        memset(o->wk_tab, 0, o->cap_wk_tab * sizeof *o->wk_tab);
        o->wk_slots = slots;
    }
    slots = o->wk_slots;
    uint32_t *tab = o->wk_tab, stamp = o->stamp;
    for (uint32_t t = 0; t < c->n_tok; t++)
        if (prev[t] == 0) {
            prev[t] = UINT32_MAX;
            chain_add(c, tab, slots, stamp, prev, t);
        }
    o->wk_prev_ok = 1;
    return prev;
}

/* The searches' walk back from `from` (start with u = from): the next
 * token before u that may have the key of word h (with the chain, the
 * next earlier word with its hash; without, the token before u), within
 * 3000 tokens before `from` and not before `stop`; UINT32_MAX when none. */
static uint32_t back_same(const uint32_t *same, uint32_t h, uint32_t u,
                          uint32_t from, uint32_t stop)
{
    uint32_t v;
    if (!same) {
        v = u > 0 ? u - 1 : UINT32_MAX;
    } else {
        v = u == from ? same[h] : same[u];
        while (v != UINT32_MAX && v >= from)
            v = same[v];
    }
    return v == UINT32_MAX || v < stop || from - v > 3000 ? UINT32_MAX : v;
}

static uint32_t key_hash(const char *key)
{
    return fsc__hash(key, strlen(key)) | 1u;
}

/* Is last_key(c, a, b) `key` (its hash h, from key_hash())? The last
 * word's hash settles most without building its key. */
static int last_key_is(const ctx *c, uint32_t a, uint32_t b, const char *key,
                       uint32_t h)
{
    for (uint32_t t = b + 1; t-- > a;)
        if (is_word(c, t)) {
            if (word_hash(c, t) != h)
                return 0;
            char k[KEY_CAP];
            word_key(c, t, k);
            return strcmp(k, key) == 0;
        }
    return key[0] == '\0';
}

/* The key of word t for comparing names: word_key(), with «ابن» as «بن»
 * («ابن محيا» is in «سعيد بن محيا»). */
static void name_key(const ctx *c, uint32_t t, char *key)
{
    word_key(c, t, key);
    if (c->lang == LANG_AR && strcmp(key, "ابن") == 0)
        memmove(key, key + 2, strlen(key + 2) + 1);
}

/* Every word of the name [a, b] (its title words aside) is a word of the
 * earlier mention [x, y]: «الحمادي» in «محمد الحمادي», «الأمير عبدالله بن
 * مساعد» in «عبدالله بن مساعد بن عبدالعزيز», "Clinton" in "Hillary
 * Clinton". Both are short (16 words at most). */
static int name_within_cut(const ctx *c, uint32_t a, uint32_t b, uint32_t x,
                           uint32_t y);
static int name_within(const ctx *c, uint32_t a, uint32_t b, uint32_t x,
                       uint32_t y)
{
    uint32_t na, nb;
    if (split_title(c, a, b, &na, &nb))
        a = na, b = nb;
    return name_within_cut(c, a, b, x, y);
}

/* name_within() of a name [a, b] already without its title (split_title):
 * a search that tries one name against many mentions cuts it once. */
static int name_within_cut(const ctx *c, uint32_t a, uint32_t b, uint32_t x,
                           uint32_t y)
{
    if (b - a > 16 || y - x > 16)
        return 0;
    int long_word = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t))
            continue;
        char want[KEY_CAP], have[KEY_CAP];
        name_key(c, t, want);
        /* a word whose word_hash() differs has another key, unless it is
         * «ابن», whose name key «بن» is not its word key */
        uint32_t wh = key_hash(want);
        int any = c->lang == LANG_AR && strcmp(want, "بن") == 0;
        int found = 0;
        for (uint32_t u = x; u <= y && !found; u++)
            if (is_word(c, u) && (any || word_hash(c, u) == wh)) {
                name_key(c, u, have);
                found = strcmp(want, have) == 0;
            }
        if (!found)
            return 0;
        long_word |= strlen(want) >= 6;
    }
    return long_word;
}

/* Links of a chain of descent: بن، ابن، بنت، آل (folded). */
static const char *const AR_NASAB[] = { "بن", "ابن", "بنت", "ال", NULL };

/* Family name u closes a chain of descent «W بن W ... u» (up to six words
 * back, name-like words and links only, at least one link): the chain's
 * first word, or UINT32_MAX. */
static uint32_t ar_nasab_start(const ctx *c, uint32_t u)
{
    uint32_t start = UINT32_MAX;
    int link = 0;
    for (uint32_t v = u, n = 0; v-- > 0 && n < 6; n++) {
        if (!is_word(c, v) || c->tok[v].sent != c->tok[u].sent ||
            c->cue_at[v] >= 0 || ar_title_at(c, v))
            break;
        if (key_is(c, v, AR_NASAB)) {
            link = 1;
            continue;
        }
        if (!ar_name_word(c, v, u) || ar_definite(c, v))
            break;
        /* (one name before each link: «سفر بن سويد»; a name word with no
         * link after it ends the chain: «محافظ بلجرشي سفر بن ...») */
        if (!link && start != UINT32_MAX)
            break;
        if (link)
            start = v;
        link = 0;
    }
    return start;
}

/* Arabic word t ends in alif as written («يوما», «أيضا»): an adverb or
 * an accusative, no verb. */
static int ar_alif_end(const ctx *c, uint32_t t)
{
    const fsc__token *w = &c->tok[t];
    const unsigned char *u = (const unsigned char *)c->text + w->off;
    size_t n = w->len;
    while (n >= 2 && u[n - 2] == 0xD9 && u[n - 1] >= 0x8B && u[n - 1] <= 0x92)
        n -= 2; /* (vowel marks) */
    return n >= 2 && u[n - 2] == 0xD8 && u[n - 1] == 0xA7;
}

/* See ar_name_antecedent(): word f, which no list knows as a first
 * name, is another word of the article than the first name of the person
 * whose name ends in word x right after it: the article writes it
 * elsewhere without x after it («دول مصر» beside «دول الخليج», «ملف
 * إيران» beside «الملف»). A first name we have no list for goes with its
 * family name wherever the article gives it in full. */
static int ar_word_elsewhere(const ctx *c, uint32_t f, uint32_t x)
{
    uint32_t fh = word_hash(c, f), xh = word_hash(c, x);
    char fk[KEY_CAP], xk[KEY_CAP], ff[KEY_CAP], tf[KEY_CAP];
    word_key(c, f, fk);
    word_key(c, x, xk);
    fold_tok(c, f, ff);
    for (uint32_t t = 0; t < c->n_tok; t++) {
        if (t == f || !is_word(c, t) || !word_key_is(c, t, fk, fh))
            continue;
        /* (the same word as written, after و or with the article, a
         * noun's «الملف» for «ملف»; the key drops ف too, and «فادي» is
         * no «أدى») */
        fold_tok(c, t, tf);
        const char *w = tf;
        if (starts(w, "و") && strcmp(w, ff) != 0)
            w += strlen("و");
        if (starts(w, "ال") && strcmp(w, ff) != 0)
            w += strlen("ال");
        if (strcmp(w, ff) != 0)
            continue;
        uint32_t n = t + 1;
        if (n >= c->n_tok || !is_word(c, n) || !word_key_is(c, n, xk, xh))
            return 1;
    }
    return 0;
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
        fold_tok(c, h, fk);
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
    uint32_t want_h = key_hash(want);
    const uint32_t *chain = key_chain(c);
    for (uint32_t u = h; (u = back_same(chain, h, u, h, stop)) != UINT32_MAX;) {
        /* (a cheap test first: folding never lengthens a word, and و, ال
         * and marks add at most eight bytes) */
        if (!is_word(c, u) || c->tok[u].len < wl || c->tok[u].len > wl + 8)
            continue;
        if (!word_key_is(c, u, want, want_h))
            continue;
        /* the name that starts here, or the one this word ends */
        uint32_t e =
            surname_only
                ? UINT32_MAX
                : ar_name_run_from(c, u,
                                   u + 7 < c->n_tok ? u + 7 : c->n_tok - 1, 1);
        /* (a word that is no first name we know, after a word of its
         * sentence, opens no name with a definite word after it: «ملف
         * إيران النووي», «دولة تركيا الطاغوتية» are a state in a noun's
         * genitive and an adjective, not a fuller name; one opening its
         * sentence may, «مرام القصير سيدة أعمال») */
        if (e != UINT32_MAX && e > u && !ar_first_name(c, h) &&
            ar_definite(c, u + 1) && u > 0 && is_word(c, u - 1) &&
            c->tok[u - 1].sent == c->tok[u].sent)
            e = u;
        uint32_t s0 = u;
        if (e == UINT32_MAX || e == u) {
            /* (or a name we have no list for, right after a title or a
             * definite adjective: «المحامي السويسري فرونسوا كارار») */
            if (u > 0 && !ar_state_word(c, u - 1) &&
                (ar_first_name(c, u - 1) ||
                 (surname_only && ar_known(c, u - 1)) ||
                 (!surname_only && u > 1 && ar_name_word(c, u - 1, u) &&
                  !ar_title_at(c, u - 1) && !ar_object_at(c, u - 1) &&
                  /* (no preposition, «بين إيران», «على إيران», and no
                   * word the article writes elsewhere without this
                   * name, «دول مصر», «ملف إيران») */
                  !ar_function_word(c, u - 1) &&
                  !ar_word_elsewhere(c, u - 1, u) && !is_compl(c, u - 1) &&
                  c->tok[u - 1].len >= 6 &&
                  (ar_title_at(c, u - 2) || ar_definite(c, u - 2) ||
                   /* (or as the subject right after an imperfect verb
                    * or a cue: «يفتقر دالي بليند للطول»; a first name of
                    * four letters or more, no accusative, no verb in the
                    * perfect: «حصل ديليسبس», «مخاطباً الأعضاء») */
                   (is_word(c, u - 2) && c->tok[u - 2].sent == c->tok[u].sent &&
                    !ar_definite(c, u - 1) && c->tok[u - 1].len >= 8 &&
                    !ar_accusative(c, u - 1) && !ar_alif_end(c, u - 1) &&
                    (c->cue_at[u - 2] >= 0 ||
                     (imperfect_ar(c, u - 2) && !ar_accusative(c, u - 2) &&
                      !ar_alif_end(c, u - 2)))))))) {
                s0 = u - 1;
                e = u;
            } else {
                /* (or a first name two or three words before, over name
                 * words: «عبدالرحمن صباح عيدان» for «عيدان») */
                uint32_t v = u, found = UINT32_MAX;
                for (int back = 0; back < 3 && v > 0; back++) {
                    v--;
                    if (!is_word(c, v) || ar_title_at(c, v) || is_compl(c, v) ||
                        ar_function_word(c, v) || ar_state_word(c, v) ||
                        c->cue_at[v] >= 0 || c->tok[v].sent != c->tok[u].sent)
                        break;
                    if (ar_first_name(c, v)) {
                        found = v;
                        break;
                    }
                    if (!ar_name_word(c, v, u) || ar_definite(c, v))
                        break;
                }
                /* (a family name closing a chain of descent: «سفر بن
                 * سويد الغامدي» for «الغامدي»; a name with بن or آل is a
                 * person's full name even with no first name we know) */
                if (found == UINT32_MAX && surname_only) {
                    uint32_t w0 = ar_nasab_start(c, u);
                    if (w0 != UINT32_MAX) {
                        *ra = c->ant_a = w0;
                        *rb = c->ant_b = u;
                    }
                    continue;
                }
                if (found == UINT32_MAX || surname_only)
                    continue;
                s0 = found;
                e = u;
            }
        }
        /* (with the names before it in its chain of descent: «صالح
         * الغامدي» of «عبدالرحمن بن صالح الغامدي» names his father) */
        if (s0 > 1 && key_is(c, s0 - 1, AR_NASAB) && !key_is(c, s0, AR_NASAB)) {
            uint32_t ns = ar_nasab_start(c, e);
            if (ns != UINT32_MAX && ns < s0)
                s0 = ns;
        }
        /* (and the person's own first name before his father's: «مصطفى
         * جميل بلجون», not «جميل بلجون») */
        for (int k = 0; k < 2 && s0 > 0 && is_word(c, s0 - 1) &&
                        c->tok[s0 - 1].sent == c->tok[s0].sent &&
                        ar_first_name(c, s0) && ar_first_name(c, s0 - 1) &&
                        !ar_title_at(c, s0 - 1) && c->cue_at[s0 - 1] < 0;
             k++)
            s0--;
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

/* Arabic word t carries the preposition ل («للأمم», «لوزارة»). */
static int ar_li_word(const ctx *c, uint32_t t)
{
    char k[KEY_CAP];
    fold_tok(c, t, k);
    return starts(k, "ل") && strlen(k) >= 8;
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
    /* (a body, «الشركة», «وزارة الصحة», is no person named after it:
     * «رئيس الشركة سعد الحربي» names its head) */
    if (ar_body_head(c, a))
        return;
    for (uint32_t t = a; t <= b; t++)
        if (ar_name_run(c, t, b) != UINT32_MAX)
            return;
    char first[KEY_CAP];
    word_key(c, a, first);
    uint32_t first_h = key_hash(first);
    const uint32_t *chain = key_chain(c);
    for (uint32_t u = a; (u = back_same(chain, a, u, a, 0)) != UINT32_MAX;) {
        if (!is_word(c, u))
            continue;
        if (!word_key_is(c, u, first, first_h))
            continue;
        /* the same words in the same order, all before [a, b] */
        uint32_t len = b - a, x = u + len;
        uint32_t m = 1; /* words of [a, b] matched there */
        int same = 1;
        for (uint32_t w = 1; w <= len && same && u + w < a; w++) {
            char p[KEY_CAP], q[KEY_CAP];
            word_key(c, u + w, p);
            word_key(c, a + w, q);
            same = strcmp(p, q) == 0;
            m += (uint32_t)same;
        }
        /* (or its first three words or more, a title at their head,
         * with a person's name right after them there: «مدير عام المؤسسة
         * المهندس X» for «مدير عام المؤسسة العامة لصوامع الغلال», the
         * office named in full; its first word written the same, with
         * the article or without: «البيان الصادر عن مكتب ...» is not
         * «بيان صادر عن مكتب ...») */
        char fa[KEY_CAP], fu[KEY_CAP];
        if (m <= len && m >= 3 && words_in(c, a, a + m - 1) >= 3 &&
            (ar_title_at(c, a) || ar_title_at(c, a + 1)) &&
            (fold_tok(c, a, fa), fold_tok(c, u, fu), strcmp(fa, fu) == 0)) {
            uint32_t e = ar_name_after(c, u + m - 1);
            if (e > u + m - 1 && e < a) {
                *ra = u;
                *rb = e;
                return;
            }
        }
        if (x >= a || m <= len)
            continue;
        uint32_t e = ar_name_after(c, x);
        /* (or after the definite words that go on with the phrase there:
         * «الأمين العام للاتحاد العالمي للمدارس الدولية المستشار X» for
         * «الأمين العام للاتحاد»); not where the phrase is the genitive
         * of another title, «رئيس الاتحاد الدولي السويسري X», nor for a
         * phrase after ل, «للأمم المتحدة»: an institution, not its head */
        if (e == x && !(u > 0 && is_word(c, u - 1) && ar_title_at(c, u - 1)) &&
            !ar_li_word(c, a)) {
            uint32_t y = x;
            for (int k = 0; k < 6 && y + 1 < a && is_word(c, y + 1) &&
                            c->tok[y + 1].sent == c->tok[x].sent &&
                            ar_definite_or_ll(c, y + 1) &&
                            !ar_title_at(c, y + 1) && c->cue_at[y + 1] < 0;
                 k++)
                y++;
            if (y > x) {
                uint32_t e2 = ar_name_after(c, y);
                if (e2 > y)
                    e = e2;
            }
        }
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
    fold_tok(c, h, k);
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
        char tmp[KEY_CAP];
        const char *uk = token_key(c, u, tmp); /* folded once */
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
            fold_tok(c, v, vk);
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

/* Nouns of documents a body issues (folded, no article): a statement, a
 * report, a letter, a notice. */
static const char *const AR_DOCUMENTS[] = { "بيان", "تقرير", "رسالة",
                                            "بلاغ", "تعميم", NULL };

/* Verbs of issuing a document (folded, with و/ف or without). */
static const char *const AR_ISSUE_VERBS[] = {
    "اصدر",  "اصدرت", "واصدر", "واصدرت", "نشر",   "نشرت", "ونشر",
    "ونشرت", "وزع",   "وزعت",  "ووزع",   "ووزعت", NULL
};

/* Word t is document noun `stem`, with the article or without, as an
 * object in the accusative («بيانا») or with و/ف. */
static int ar_doc_word(const ctx *c, uint32_t t, const char *stem)
{
    char k[KEY_CAP];
    int art;
    if (!is_word(c, t))
        return 0;
    fold_tok(c, t, k);
    const char *b = ar_bare(k, &art);
    size_t n = strlen(b), sn = strlen(stem);
    /* (or in the accusative, «بيانا») */
    return strncmp(b, stem, sn) == 0 &&
           (n == sn || (n == sn + 2 && strcmp(b + sn, "ا") == 0));
}

/* The body's phrase from token f: up to six words, to a comma, a mark, a
 * cue, a complementizer, a preposition or a verb of issuing; its last
 * token, or UINT32_MAX. */
static uint32_t ar_issuer_end(const ctx *c, uint32_t f, uint32_t lim)
{
    uint32_t e = UINT32_MAX;
    for (uint32_t v = f; v < lim && v < c->n_tok && v <= f + 5; v++) {
        char k[KEY_CAP];
        if (!is_word(c, v) || c->tok[v].sent != c->tok[f].sent ||
            c->cue_at[v] >= 0 || is_compl(c, v) || key_in(c, v, ADVERBIAL) ||
            key_is(c, v, RELATIVES))
            break;
        fold_tok(c, v, k);
        if (strlen(k) <= 4 || in_list(k, AR_ISSUE_VERBS))
            break; /* في، من، عن */
        e = v;
    }
    return e;
}

/* See fullest_mention(): a document alone («البيان», «التقرير») speaks
 * for the body that issued it, named in the text before it, within 3000
 * tokens: «أصدرت وزارة الداخلية بيانا», «بيان صادر عن الوزارة», «بيان
 * لوزارة الداخلية», «وقالت الوزارة في بيان»; [*ra, *rb] unchanged if
 * none. */
static void ar_document_issuer(const ctx *c, uint32_t a, uint32_t b,
                               uint32_t *ra, uint32_t *rb)
{
    while (a <= b && !is_word(c, a))
        a++;
    if (a != b || !ar_definite(c, a))
        return;
    const char *stem = NULL;
    for (size_t i = 0; AR_DOCUMENTS[i] && !stem; i++)
        if (ar_doc_word(c, a, AR_DOCUMENTS[i]))
            stem = AR_DOCUMENTS[i];
    if (!stem)
        return;
    for (uint32_t u = a, n = 0; u-- > 0 && n < 3000; n++) {
        if (!ar_doc_word(c, u, stem))
            continue;
        uint32_t s = c->tok[u].sent;
        char k[KEY_CAP];
        /* «بيان صادر عن X», «البيان الصادر عن X» */
        if (u + 3 < a && is_word(c, u + 1) && is_word(c, u + 2)) {
            fold_tok(c, u + 2, k);
            char k1[KEY_CAP];
            int art;
            fold_tok(c, u + 1, k1);
            const char *b1 = ar_bare(k1, &art);
            if (strcmp(k, "عن") == 0 &&
                (strcmp(b1, "صادر") == 0 || strcmp(b1, "الصادر") == 0)) {
                uint32_t e = ar_issuer_end(c, u + 3, a);
                if (e != UINT32_MAX) {
                    *ra = u + 3;
                    *rb = e;
                    return;
                }
            }
        }
        /* «بيان لوزارة الداخلية», «بيان للوزارة» (not «بيان لها») */
        if (u + 1 < a && is_word(c, u + 1)) {
            fold_tok(c, u + 1, k);
            if (starts(k, "ل") && strlen(k) >= 10) {
                /* (the body and the definite words of its name after it,
                 * «لوزارة الداخلية», not what follows, «للنقابات فإن») */
                uint32_t e = ar_issuer_end(c, u + 1, a);
                for (uint32_t v = u + 2; e != UINT32_MAX && v <= e; v++)
                    if (!ar_definite_or_ll(c, v)) {
                        e = v - 1;
                        break;
                    }
                if (e != UINT32_MAX) {
                    *ra = u + 1;
                    *rb = e;
                    return;
                }
            }
        }
        /* «أصدرت وزارة الداخلية بيانا»: the subject between the verb and
         * the document */
        for (uint32_t v = u; v-- > 0 && u - v <= 7;) {
            if (!is_word(c, v) || c->tok[v].sent != s)
                break;
            fold_tok(c, v, k);
            if (in_list(k, AR_ISSUE_VERBS)) {
                if (v + 1 < u && ar_issuer_end(c, v + 1, u) == u - 1) {
                    *ra = v + 1;
                    *rb = u - 1;
                    return;
                }
                break;
            }
        }
        /* «وقالت الوزارة في بيان»: the source of a report in the sentence
         * of «في بيان», right before it */
        if (u > 0 && is_word(c, u - 1)) {
            fold_tok(c, u - 1, k);
            if (strcmp(k, "في") == 0) {
                const fsc__attribs *o = c->out;
                for (size_t j = o->n; j-- > 0;) {
                    const fsc__attribution *y = &o->v[j];
                    if (y->src_first_tok > y->src_last_tok ||
                        y->src_last_tok >= u || y->form == FSC__SF_PRONOUN ||
                        y->source_kind == FSC__SRC_ANONYMOUS ||
                        y->source_kind == FSC__SRC_UNRESOLVED)
                        continue;
                    if (c->tok[y->src_last_tok].sent == s &&
                        u - y->src_last_tok <= 3) {
                        *ra = y->res_first_tok <= y->res_last_tok
                                  ? y->res_first_tok
                                  : y->src_first_tok;
                        *rb = y->res_first_tok <= y->res_last_tok
                                  ? y->res_last_tok
                                  : y->src_last_tok;
                        return;
                    }
                    if (y->src_last_tok < u && c->tok[y->src_last_tok].sent < s)
                        break;
                }
            }
        }
    }
}

/* The words of [a, b] that are not titles ("Sen.", "Mr."), each a word of
 * [x, y]; and [x, y] has more words. English and Russian. */
static int en_name_in(const ctx *c, uint32_t a, uint32_t b, uint32_t x,
                      uint32_t y)
{
    uint32_t mine = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t) || key_in(c, t, TITLES) || key_is(c, t, TITLE_M) ||
            key_is(c, t, TITLE_F))
            continue;
        char want[KEY_CAP], have[KEY_CAP];
        word_key(c, t, want);
        uint32_t wh = key_hash(want); /* another hash: another key */
        int found = 0;
        for (uint32_t u = x; u <= y && !found; u++)
            if (is_word(c, u) && word_hash(c, u) == wh) {
                word_key(c, u, have);
                found = strcmp(want, have) == 0;
            }
        if (!found)
            return 0;
        mine++;
    }
    return mine > 0 && words_in(c, x, y) > mine;
}

/* en_name_in() of one short name [a, b] against many spans: its words'
 * keys and hashes, made once (n <= 4; more: ok = 0, ask en_name_in()). */
typedef struct name_words {
    int ok;
    uint32_t n;
    uint32_t h[4];
    char key[4][KEY_CAP];
} name_words;

static void name_words_of(const ctx *c, uint32_t a, uint32_t b, name_words *w)
{
    w->ok = 1;
    w->n = 0;
    for (uint32_t t = a; t <= b; t++) {
        if (!is_word(c, t) || key_in(c, t, TITLES) || key_is(c, t, TITLE_M) ||
            key_is(c, t, TITLE_F))
            continue;
        if (w->n == 4) {
            w->ok = 0;
            return;
        }
        word_key(c, t, w->key[w->n]);
        w->h[w->n] = key_hash(w->key[w->n]);
        w->n++;
    }
}

/* en_name_in(c, a, b, x, y) for the words w of [a, b]. */
static int name_words_in(const ctx *c, uint32_t a, uint32_t b,
                         const name_words *w, uint32_t x, uint32_t y)
{
    if (!w->ok)
        return en_name_in(c, a, b, x, y);
    for (uint32_t i = 0; i < w->n; i++) {
        char have[KEY_CAP];
        int found = 0;
        for (uint32_t u = x; u <= y && !found; u++)
            if (is_word(c, u) && word_hash(c, u) == w->h[i]) {
                word_key(c, u, have);
                found = strcmp(w->key[i], have) == 0;
            }
        if (!found)
            return 0;
    }
    return w->n > 0 && words_in(c, x, y) > w->n;
}

/* en_fuller_name()'s name around the earlier word u that has the short
 * name's last word: its first token *f (UINT32_MAX: none) and last *l,
 * looking at most three tokens on and not at a or after. Away from a
 * (u + 3 < a) the span is the same for every short name that asks, and
 * is kept per token for the article: a name repeated n times is asked
 * for its n - 1 earlier mentions each time. */
static void fuller_span(const ctx *c, uint32_t u, uint32_t a, uint32_t *f,
                        uint32_t *l)
{
    fsc__attribs *o = c->out;
    uint32_t *m = NULL;
    if (u + 3 < a) {
        m = memo_slot((void **)&o->fn_memo, &o->cap_fn_memo, sizeof *o->fn_memo,
                      3, c->n_tok, u);
        if (m) {
            if (m[0] == o->stamp) {
                *f = m[1];
                *l = m[2];
                return;
            }
        }
    }
    uint32_t lo = c->sent_first[sent_of(c, u)];
    uint32_t first = name_back(c, u, lo), last = u;
    if (first != UINT32_MAX) {
        /* "Candidates Brock Pierce": a capitalised plural noun opening the
         * sentence, when a name of two words or more follows it ("James
         * Comey" stays whole) */
        if (first == lo && words_in(c, first + 1, u) >= 2) {
            char fk[KEY_CAP];
            word_key(c, first, fk);
            size_t fl = strlen(fk);
            if (fl >= 5 && fk[fl - 1] == 's' && fk[fl - 2] != 's' &&
                fk[fl - 2] != 'u' && fk[fl - 2] != 'i')
                first++;
        }
        /* and the name's words after it ("Melba Acosta Febo") */
        last = name_fwd(c, u, u + 3 < a ? u + 3 : a - 1);
        if (last == UINT32_MAX || last < u)
            last = u;
    }
    if (m) {
        m[0] = o->stamp;
        m[1] = first;
        m[2] = last;
    }
    *f = first;
    *l = last;
}

/* [a, b] and [x, y] are the same words. */
static int same_words(const ctx *c, uint32_t a, uint32_t b, uint32_t x,
                      uint32_t y)
{
    if (b - a != y - x)
        return 0;
    for (uint32_t t = a; t <= b; t++) {
        char k1[KEY_CAP], k2[KEY_CAP];
        if (word_hash(c, t) != word_hash(c, x + (t - a)))
            return 0; /* another hash: another key */
        word_key(c, t, k1);
        word_key(c, x + (t - a), k2);
        if (strcmp(k1, k2) != 0)
            return 0;
    }
    return 1;
}

/*
 * English and Russian: the one fuller name written earlier, within 3000
 * tokens, speaker or not, that holds the short name [a, b] ("Brock Pierce"
 * for "Pierce", "Hillary Rodham Clinton" for "Mrs. Clinton"): 1 and
 * [*ra, *rb], or 0. Two different fuller names ("Donald Trump", "Ivanka
 * Trump") give 0: the text does not say which. It names the speaker
 * (resolved_to.name); the antecedent span stays the nearest mention.
 */
static int fuller_name(const ctx *c, uint32_t a, uint32_t b, uint32_t *ra,
                       uint32_t *rb);

/* (The answer depends on the article's words, its candidates and cue
 * tokens only: once those are final (names_fixed) it is kept per short
 * name, by its last token, stamped with the article; the rules emit the
 * same speaker span again and again.) */
int en_fuller_name(const ctx *c, uint32_t a, uint32_t b, uint32_t *ra,
                   uint32_t *rb)
{
    if (c->lang == LANG_AR || a > b || b >= c->n_tok)
        return 0;
    fsc__attribs *o = c->out;
    uint32_t *m = NULL;
    if (c->names_fixed && o && !o->memo_off) {
        m = memo_slot((void **)&o->fl_memo, &o->cap_fl_memo, sizeof *o->fl_memo,
                      5, c->n_tok, b);
        if (m) {
            if (m[0] == o->stamp && m[1] == a) {
                if (m[2]) {
                    *ra = m[3];
                    *rb = m[4];
                }
                return (int)m[2];
            }
        }
    }
    uint32_t fa = 0, fb = 0;
    int found = fuller_name(c, a, b, &fa, &fb);
    if (m) {
        m[0] = o->stamp;
        m[1] = a;
        m[2] = (uint32_t)found;
        m[3] = fa;
        m[4] = fb;
    }
    if (found) {
        *ra = fa;
        *rb = fb;
    }
    return found;
}

static int fuller_name(const ctx *c, uint32_t a, uint32_t b, uint32_t *ra,
                       uint32_t *rb)
{
    if (c->lang == LANG_AR || a > b || b >= c->n_tok || words_in(c, a, b) > 2 ||
        coordinated_names(c, a, b))
        return 0;
    uint32_t h = b + 1;
    while (h-- > a && !is_word(c, h))
        ;
    if (h < a || h == UINT32_MAX || c->tok[h].len < 3 || !cap_word(c, h))
        return 0;
    char want[KEY_CAP];
    word_key(c, h, want);
    uint32_t fa = 1, fb = 0;
    name_words words; /* the short name's words, once a span asks */
    int have_words = 0;
    const uint32_t *chain = key_chain(c);
    for (uint32_t u = a; (u = back_same(chain, h, u, a, 0)) != UINT32_MAX;) {
        if (c->tok[u].len != c->tok[h].len || !cap_word(c, u))
            continue;
        char k[KEY_CAP];
        word_key(c, u, k);
        if (strcmp(k, want) != 0)
            continue;
        uint32_t f, l;
        fuller_span(c, u, a, &f, &l);
        if (f == UINT32_MAX)
            continue;
        if (!have_words) {
            name_words_of(c, a, b, &words);
            have_words = 1;
        }
        if (f == l || !name_words_in(c, a, b, &words, f, l))
            continue;
        if (fa > fb) {
            fa = f;
            fb = l;
        } else if (!same_words(c, f, l, fa, fb) &&
                   !en_name_in(c, fa, fb, f, l) &&
                   !en_name_in(c, f, l, fa, fb)) {
            return 0; /* two different people */
        }
    }
    if (fa > fb)
        return 0;
    *ra = fa;
    *rb = fb;
    return 1;
}

/*
 * The fullest earlier mention of the speaker in [*a, *b]: of the same actor
 * (its longest mention before), or a source span of an earlier attribution
 * ending in the same word, with more words. Widens [*a, *b]; 0 when there
 * is none.
 */
int fullest_mention(ctx *c, const srcres *r, uint32_t *a, uint32_t *b)
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
    char want[KEY_CAP];
    last_key(c, *a, *b, want);
    if (want[0] && strlen(want) > 2) {
        const fsc__attribs *o = c->out;
        uint32_t wh = key_hash(want);
        /* the newest 256 attributions, newest first (the nearest fuller
         * mention: «المنظمة» is the organisation named last, not the
         * first of two); bounded work on any article */
        size_t lo = o->n > 256 ? o->n - 256 : 0;
        uint32_t ca = *a, cb = *b; /* [*a, *b] without its title ... */
        int cut = 0;               /* ... once it is needed */
        /* Arabic: a person's name with a first name, listed or not («مفرح
         * الأسمري» is no «علي محمد الأسمري»): an earlier source is a
         * fuller mention only with every word of it, not the family name
         * alone */
        int ar_full = 0;
        if (c->lang == LANG_AR) {
            uint32_t na, nb;
            if (split_title(c, *a, *b, &na, &nb))
                ca = na, cb = nb;
            cut = 1;
            while (ca < cb && !is_word(c, ca))
                ca++;
            ar_full = ca < cb && words_in(c, ca, cb) >= 2 &&
                      (ar_first_name(c, ca) != 0 ||
                       (is_word(c, ca) && !ar_definite(c, ca) &&
                        !ar_title_at(c, ca) && ar_name_word(c, ca, cb)));
        }
        int body = c->lang == LANG_AR && r->form == FSC__SF_NOMINAL &&
                   words_in(c, *a, *b) == 1 && ar_body_head(c, *b);
        for (size_t j = o->n; j-- > lo;) {
            const fsc__attribution *y = &o->v[j];
            /* Arabic: the person's name an earlier record was resolved
             * to, a dropped subject's too («عبدالله المسند» for «الدكتور
             * المسند»), when every word of this name is in it (a name,
             * not a noun: «البنك» is no word of a person's name) */
            if (c->lang == LANG_AR && r->form == FSC__SF_NAMED &&
                y->res_first_tok <= y->res_last_tok && y->res_last_tok < *a &&
                y->source_kind != FSC__SRC_ANONYMOUS &&
                y->source_kind != FSC__SRC_UNRESOLVED &&
                y->res_last_tok - y->res_first_tok < 16 && !ar_full &&
                !(y->src_first_tok <= y->src_last_tok &&
                  y->res_first_tok >= y->src_first_tok &&
                  y->res_last_tok <= y->src_last_tok)) {
                uint32_t w = words_in(c, y->res_first_tok, y->res_last_tok);
                if (w > best && w >= 2 && ar_first_name(c, y->res_first_tok) &&
                    name_within_cut(c, ca, cb, y->res_first_tok,
                                    y->res_last_tok)) {
                    best = w;
                    ba = y->res_first_tok;
                    bb = y->res_last_tok;
                    break;
                }
            }
            /* (a body named by its noun alone, «البنك», «الشركة», is no
             * person named with it, «محافظ البنك المركزي خالد العمري») */
            if (body && y->pname_first_tok <= y->pname_last_tok &&
                y->src_first_tok <= y->src_last_tok &&
                !ar_body_head(c, y->src_first_tok))
                continue;
            if (y->src_first_tok > y->src_last_tok || y->src_first_tok >= *a ||
                y->form == FSC__SF_PRONOUN ||
                y->source_kind == FSC__SRC_ANONYMOUS ||
                y->source_kind == FSC__SRC_UNRESOLVED)
                continue;
            /* (no more words than tokens: a span of `best` tokens or
             * fewer is passed without counting them) */
            if (y->src_last_tok - y->src_first_tok + 1 <= best)
                continue;
            uint32_t w = words_in(c, y->src_first_tok, y->src_last_tok);
            if (w <= best || w > 16)
                continue;
            /* "Pierce and Carroll" is a fuller mention of neither */
            if (coordinated_names(c, y->src_first_tok, y->src_last_tok) &&
                !coordinated_names(c, *a, *b))
                continue;
            int same =
                last_key_is(c, y->src_first_tok, y->src_last_tok, want, wh);
            /* or the person's name inside it: «محمد الحمادي رئيس تحرير
             * صحيفة "الاتحاد"» is the fullest mention of «الحمادي» */
            if (!same && y->pname_first_tok <= y->pname_last_tok)
                same = last_key_is(c, y->pname_first_tok, y->pname_last_tok,
                                   want, wh);
            if (!same && !cut) {
                uint32_t na, nb;
                if (split_title(c, *a, *b, &na, &nb))
                    ca = na, cb = nb;
                cut = 1;
            }
            if ((same && !ar_full) ||
                name_within_cut(c, ca, cb, y->src_first_tok, y->src_last_tok)) {
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
    /* Arabic: a document alone («البيان») speaks for the body that
     * issued it */
    if (c->lang == LANG_AR && ba == *a && bb == *b && best == 1)
        ar_document_issuer(c, *a, *b, &ba, &bb);
    /* Arabic: a definite noun alone («الوزارة», «المنظمة», «المجلس») takes
     * up the nearest earlier phrase it heads («وزارة الحج», «منظمة ضحايا
     * حقوق الإنسان», «المجلس الأعلى للقضاء»). */
    if (c->lang == LANG_AR && ba == *a && bb == *b && best == 1)
        ar_head_antecedent(c, *a, *b, &ba, &bb);
    /* Arabic: a title without a name («خادم الحرمين الشريفين») takes up
     * its earlier mention with the name («... الملك سلمان بن عبدالعزيز») */
    if (c->lang == LANG_AR && ba == *a && bb == *b)
        ar_title_antecedent(c, *a, *b, &ba, &bb);
    /* Arabic: a family name, alone or after a link («البلوي», «ابن محيا»,
     * «آل الشيخ»), takes up the person named earlier with a first name,
     * speaker or not («لمنصور البلوي», «سعيد بن محيا», «عبد العزيز آل
     * الشيخ»); the newest such person */
    if (c->lang == LANG_AR && ba == *a && bb == *b && best <= 2 &&
        c->n_persons) {
        last_key(c, *a, *b, want);
        int k = want[0] ? ar_person_before(c, *a, want) : -1;
        if (k >= 0) {
            uint32_t pa = c->persons[k].a, pb = c->persons[k].b;
            /* (with the names before it in its chain of descent: «صالح
             * الغامدي» of «عبدالرحمن بن صالح الغامدي» is his father's) */
            if (pa > 1 && key_is(c, pa - 1, AR_NASAB)) {
                uint32_t ns = ar_nasab_start(c, pb);
                if (ns != UINT32_MAX && ns < pa)
                    pa = ns;
            }
            if (words_in(c, pa, pb) > best && name_within(c, *a, *b, pa, pb)) {
                ba = pa;
                bb = pb;
            }
        }
    }
    if (ba == *a && bb == *b)
        return 0;
    *a = ba;
    *b = bb;
    return 1;
}
