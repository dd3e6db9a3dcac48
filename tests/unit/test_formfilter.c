/*
 * test_formfilter.c - the filter that lets an Arabic word form skip making
 * its clitic, tanween and verb readings (fsc__match_no_readings in
 * analysis/match/forms.c) changes no reading: every exact key and prefix
 * of the bundled model (framing and attribution cues, with verb and tanween
 * entries), with proclitics, imperfect prefixes (with and without the alif
 * they drop), subject suffixes, enclitics, a tanween alif and a ة written ت
 * before an enclitic, resolves to the same readings with the filter on and
 * off (and the stem lookups' filters with it), and so do 200,000 random
 * forms made of affixes, pieces of entry words and letters; and the filter
 * does judge word forms that cannot match, also where an entry word's first
 * letters or a short entry word are inside.
 */
#define _POSIX_C_SOURCE 200809L
#include "bundled_model.h"
#include "th.h"

#include "framescope/analyzer.h"
#include "match/match_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const PRO[] = { "", "و", "ال", "لل", "وبال" };
/* every subject suffix of a verb reading (1-12), then enclitics and a
 * tanween alif */
static const char *const SFX[] = { "",   "ت",  "تا", "وا", "و",  "ا",
                                   "ن",  "نا", "تم", "تن", "ون", "ان",
                                   "ين", "ها", "هم", "ه",  "ني", "اً" };
/* every imperfect prefix */
static const char *const IMPF[] = { "",   "ي",  "ت",  "ن", "ا",
                                    "سي", "ست", "سن", "سا" };
#define N_SFX  (sizeof SFX / sizeof *SFX)
#define N_IMPF (sizeof IMPF / sizeof *IMPF)
/* enclitics in SFX, after which a ة is written ت */
#define ENC_FROM 13
#define ENC_TO   17
/* Forms of an exact key K made with one imperfect prefix alone (IMPF[v] +
 * K) or one suffix alone (K + SFX[s]) whose verb reading is K, by v and s;
 * cur_wpid: K's word pattern (UINT32_MAX: not such a form). */
static size_t verb_by_impf[N_IMPF], verb_by_sfx[N_SFX];
static size_t cur_impf, cur_sfx;
static uint32_t cur_wpid = UINT32_MAX;

static fsc_analyzer *open_az; /* the same model, filter off */
static size_t n_forms, n_differ, n_readings;

/* Resolve word[0..len) with both analyzers; count the forms whose
 * readings differ and the readings beyond the form itself. */
static void check_form(const char *word, size_t len)
{
    uint32_t ia = 0, ib = 0, h = fsc__hash(word, len);
    fsc_error e;
    if (fsc__match_resolve_type(az, word, len, h, &ia, &e) != FSC_OK ||
        fsc__match_resolve_type(open_az, word, len, h, &ib, &e) != FSC_OK) {
        n_differ++;
        return;
    }
    const ttype *a = &az->types[ia], *b = &open_az->types[ib];
    n_forms++;
    int same =
        a->n_hits == b->n_hits && a->starts == b->starts && a->glue == b->glue;
    for (uint32_t i = 0; same && i < a->n_hits; i++) {
        const hit *x = &az->hits[a->hits_off + i];
        const hit *y = &open_az->hits[b->hits_off + i];
        same = x->wpid == y->wpid && x->root == y->root &&
               x->stripped == y->stripped && strcmp(x->pro, y->pro) == 0 &&
               strcmp(x->enc, y->enc) == 0;
        n_readings += x->stripped != 0;
    }
    for (uint32_t i = 0; cur_wpid != UINT32_MAX && i < a->n_hits; i++) {
        const hit *x = &az->hits[a->hits_off + i];
        if ((x->stripped & FSC__RD_VERB) && x->wpid == cur_wpid) {
            verb_by_impf[cur_impf]++;
            verb_by_sfx[cur_sfx]++;
            break;
        }
    }
    n_differ += !same;
}

/* Whether s[0..len) is two or more two-byte letters. */
static int two_byte_letters(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len < 4 || (len & 1))
        return 0;
    for (size_t i = 0; i < len; i += 2)
        if (u[i] < 0xC2 || u[i] > 0xDF || (u[i + 1] & 0xC0) != 0x80)
            return 0;
    return 1;
}

/* Every variant of stem[0..len) (folded letters) through check_form();
 * wpid: its word pattern when it is an exact key, else UINT32_MAX. */
static void variants(const char *stem, size_t len, uint32_t wpid)
{
    char w[512];
    const int alif = len > 2 && memcmp(stem, "ا", 2) == 0;
    const int ta_m = len > 2 && memcmp(stem + len - 2, "ة", 2) == 0;
    for (size_t p = 0; p < sizeof PRO / sizeof *PRO; p++)
        for (size_t v = 0; v < N_IMPF; v++)
            for (int drop = 0; drop <= (v > 0 && alif); drop++) {
                const char *b = stem + (drop ? 2 : 0);
                int bl = (int)(len - (drop ? 2 : 0));
                cur_impf = v;
                for (size_t s = 0; s < N_SFX; s++) {
                    cur_sfx = s;
                    cur_wpid =
                        p == 0 && !drop && (v == 0) != (s == 0) && s < ENC_FROM
                            ? wpid
                            : UINT32_MAX;
                    check_form(w, (size_t)snprintf(w, sizeof w, "%s%s%.*s%s",
                                                   PRO[p], IMPF[v], bl, b,
                                                   SFX[s]));
                }
                /* حكومته: a ة spelt ت before an enclitic */
                cur_sfx = 0;
                cur_wpid = UINT32_MAX;
                if (ta_m)
                    for (size_t s = ENC_FROM; s < ENC_TO; s++)
                        check_form(w, (size_t)snprintf(
                                          w, sizeof w, "%s%s%.*sت%s", PRO[p],
                                          IMPF[v], bl - 2, b, SFX[s]));
            }
}

/* Letters, proclitic sequences and enclitics that random_forms() puts
 * together (with IMPF and SFX). */
static const char *const LETTERS[] = { "ا", "ب", "ت", "ة", "ث", "ج", "ح", "خ",
                                       "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض",
                                       "ط", "ظ", "ع", "غ", "ف", "ق", "ك", "ل",
                                       "م", "ن", "ه", "و", "ي", "ء", "ئ", "ؤ" };
static const char *const R_PRO[] = { "",   "",    "و",  "ف",   "ال",
                                     "ب",  "بال", "ك",  "كال", "ل",
                                     "لل", "وال", "فب", "ولل", "وبال" };
static const char *const R_ENC[] = { "",   "",    "ه",  "ها", "هم", "هما", "هن",
                                     "كم", "كما", "كن", "نا", "ني", "ي" };
#define N_OF(a) (sizeof(a) / sizeof *(a))

static uint32_t rng = 777u;
static size_t pick(size_t n)
{
    rng = rng * 1103515245u + 12345u;
    return (rng >> 8) % n;
}

/* n word forms made of a proclitic sequence, an imperfect prefix, a piece
 * of an exact key or prefix of the model (whole, its start, its end or its
 * middle; a final ة spelt ت at times), up to three random letters, a
 * subject suffix, an enclitic and a tanween alif, each often left out,
 * through check_form(). */
static void random_forms(size_t n)
{
    const fsc__strmap *maps[] = { &model->exact, &model->prefix };
    for (size_t it = 0; it < n; it++) {
        char w[512];
        size_t o = 0;
        o += (size_t)snprintf(w + o, sizeof w - o, "%s%s",
                              R_PRO[pick(N_OF(R_PRO))], IMPF[pick(N_IMPF)]);
        const fsc__strmap *m = maps[pick(2)];
        if (m->n && pick(4)) {
            const fsc__strent *x = &m->ents[pick(m->n)];
            const char *k = x->len <= FSC__STRMAP_INLINE ? x->inl : x->key;
            if (two_byte_letters(k, x->len) && x->len < 200) {
                size_t nl = x->len / 2, a = pick(2) ? 0 : pick(nl);
                size_t b = pick(3) ? nl : a + pick(nl - a + 1);
                memcpy(w + o, k + 2 * a, 2 * (b - a));
                o += 2 * (b - a);
                if (b == nl && b > a && pick(3) == 0 &&
                    memcmp(w + o - 2, "ة", 2) == 0)
                    memcpy(w + o - 2, "ت", 2);
            }
        }
        for (size_t r = pick(4); r > 0; r--)
            o += (size_t)snprintf(w + o, sizeof w - o, "%s",
                                  LETTERS[pick(N_OF(LETTERS))]);
        o +=
            (size_t)snprintf(w + o, sizeof w - o, "%s%s%s", SFX[pick(ENC_FROM)],
                             R_ENC[pick(N_OF(R_ENC))], pick(8) ? "" : "ا");
        cur_wpid = UINT32_MAX;
        check_form(w, o);
    }
}

int main(void)
{
    if (setup() != 0)
        return 1;
    fsc_error e;
    TH_CHECK(fsc_analyzer_new(model, &open_az, &e) == FSC_OK);
    if (!open_az)
        return 1;
    fsc_analyzer *open = open_az;
    open->head_off = 1;
    /* and every stem lookup made in full: the trie walked, the map probed */
    open->pt_all = 1;
    memset(open->exact_sig, 0xFF, sizeof open->exact_sig);
    TH_CHECK(!az->head_off); /* the bundled model uses the filter */
    TH_CHECK(model->has_verb && model->has_tanween);
    size_t stems = 0, exact_stems = 0;
    const fsc__strmap *maps[] = { &model->exact, &model->prefix };
    for (size_t mi = 0; mi < 2; mi++)
        for (size_t i = 0; i < maps[mi]->n; i++) {
            const fsc__strent *x = &maps[mi]->ents[i];
            const char *k = x->len <= FSC__STRMAP_INLINE ? x->inl : x->key;
            if (!two_byte_letters(k, x->len) || x->len > 200)
                continue;
            variants(k, x->len, mi == 0 ? x->val : UINT32_MAX);
            exact_stems += mi == 0;
            stems++;
        }
    TH_CHECK(stems > 100);
    random_forms(200000);
    TH_CHECK(n_forms > 100 * stems);
    TH_CHECK(n_readings > n_forms / 4); /* clitic, verb, tanween readings */
    TH_EQ_INT(n_differ, 0);
    /* every imperfect prefix and subject suffix gives verb readings */
    TH_CHECK(exact_stems > 100);
    for (size_t v = 1; v < N_IMPF; v++)
        TH_EQ_INT(verb_by_impf[v], exact_stems);
    /* (a suffixed form of a key that is also a prefix, or whose plain
     * reading is another key, keeps its less stripped reading) */
    for (size_t s = 1; s < ENC_FROM; s++)
        TH_CHECK(verb_by_sfx[s] > exact_stems / 4);
    /* Forms of letters no entry begins with are judged; forms that a
     * reading of an entry can match and forms of other scripts are not. */
    TH_EQ_INT(fsc__match_no_readings(az, "ثظغذ", strlen("ثظغذ")), 1);
    TH_EQ_INT(fsc__match_no_readings(az, "وثظغذها", strlen("وثظغذها")), 1);
    TH_EQ_INT(fsc__match_no_readings(az, "abcd", 4), 0);
    TH_EQ_INT(fsc__match_no_readings(open, "ثظغذ", strlen("ثظغذ")), 0);
    size_t judged = 0;
    for (size_t i = 0; i < model->exact.n; i++) {
        const fsc__strent *x = &model->exact.ents[i];
        const char *k = x->len <= FSC__STRMAP_INLINE ? x->inl : x->key;
        if (two_byte_letters(k, x->len))
            judged += fsc__match_no_readings(az, k, x->len);
    }
    TH_EQ_INT(judged, 0); /* an exact key always has its own reading */
    /* A form that shares only its first three letters with an entry word,
     * or holds a short entry word inside it where no clitic or affix can
     * end or begin, is judged: readings begin after proclitics and verb
     * prefixes and end before enclitics and suffixes, and an exact key is
     * whole. */
    size_t tried = 0, judged3 = 0;
    for (size_t i = 0; i < model->exact.n; i++) {
        const fsc__strent *x = &model->exact.ents[i];
        const char *k = x->len <= FSC__STRMAP_INLINE ? x->inl : x->key;
        char w[64];
        if (!two_byte_letters(k, x->len) || x->len < 8)
            continue;
        int n = snprintf(w, sizeof w, "%.6sثظغ", k);
        tried++;
        judged3 += fsc__match_no_readings(az, w, (size_t)n);
    }
    TH_CHECK(tried > 100);
    TH_CHECK(judged3 > tried / 2);
    TH_EQ_INT(fsc__match_no_readings(az, "ثظلاغذ", strlen("ثظلاغذ")), 1);
    TH_EQ_INT(fsc__match_no_readings(az, "ثظغذلا", strlen("ثظغذلا")), 1);
    fsc_analyzer_free(open);
    fsc_analyzer_free(az);
    fsc_model_free(model);
    for (size_t i = 0; i < N_LEX; i++)
        fsc_lexicon_free(lex[i]);
    TH_DONE();
}
