/*
 * arabic.c - Arabic clitic readings of folded keys (plain C, no ICU).
 *
 * A reading is proclitics + stem + enclitic, with proclitics
 * [و|ف]? [ب|ك|ل]? [ال]? (ل + ال is written لل) and one enclitic of
 * ه ها هم هما هن كم كما كن نا ني ي. Removed proclitics are reported in
 * fsc__ar_cand.pro as their morphemes joined by '+', in order: "و", "ال",
 * "ب+ال", "و+ل+ال" (so للاحتلال gives pro "ل+ال", not "لل"); `enc` is the
 * enclitic as written ("ها"). Keys are folded (alef forms already ا, no
 * tashkeel), so matching is on exact bytes. Nothing here reads outside
 * key[0..len) or writes past `cap` candidates or `scratch_cap` bytes.
 */
#include "text.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

#define AR_WAW  "\xd9\x88"     /* و U+0648 */
#define AR_FA   "\xd9\x81"     /* ف U+0641 */
#define AR_BA   "\xd8\xa8"     /* ب U+0628 */
#define AR_KAF  "\xd9\x83"     /* ك U+0643 */
#define AR_LAM  "\xd9\x84"     /* ل U+0644 */
#define AR_ALEF "\xd8\xa7"     /* ا U+0627 */
#define AR_TA   "\xd8\xaa"     /* ت U+062A */
#define AR_TA_M "\xd8\xa9"     /* ة U+0629 */
#define AR_HA   "\xd9\x87"     /* ه U+0647 */
#define AR_ART  AR_ALEF AR_LAM /* ال */

/* Enclitics, longest first so that ني is tried before ي. */
static const char *const enclitics[] = {
    "\xd9\x87\xd9\x85\xd8\xa7", /* هما */
    "\xd9\x83\xd9\x85\xd8\xa7", /* كما */
    "\xd9\x87\xd8\xa7",         /* ها */
    "\xd9\x87\xd9\x85",         /* هم */
    "\xd9\x87\xd9\x86",         /* هن */
    "\xd9\x83\xd9\x85",         /* كم */
    "\xd9\x83\xd9\x86",         /* كن */
    "\xd9\x86\xd8\xa7",         /* نا */
    "\xd9\x86\xd9\x8a",         /* ني */
    "\xd9\x87",                 /* ه */
    "\xd9\x8a",                 /* ي */
};
#define N_ENC (sizeof enclitics / sizeof enclitics[0])
static const size_t enc_len[] = { 6, 6, 4, 4, 4, 4, 4, 4, 4, 2, 2 };

/* Most readings one key can have: 8 proclitic splits that can match at once
 * (each slot present or absent), times no enclitic or up to two enclitics
 * (ني and ي) each with a ت variant. */
#define MAX_READINGS 48

static size_t cp_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* s[0..n) equals p[0..n): inline bytes, no library call (the strings here
 * are 2 to 8 bytes and compared for every new word form), last byte first:
 * the lead bytes of Arabic letters are alike (0xD8, 0xD9), their second
 * bytes tell them apart. */
static int bytes_eq(const char *s, const char *p, size_t n)
{
    for (size_t i = n; i-- > 0;)
        if (s[i] != p[i])
            return 0;
    return 1;
}

static int starts_with(const char *s, size_t len, const char *p, size_t plen)
{
    return plen <= len && bytes_eq(s, p, plen);
}

/* Every proclitic sequence: its written form and its morphemes joined by
 * '+'. After the preposition ل the article's alef is not written (لل). A
 * static table, because readings are generated for every new word form. */
typedef struct proc {
    const char *w;   /* written form */
    size_t wlen;     /* its bytes */
    const char *pro; /* morphemes, '+'-joined */
    size_t prolen;   /* its bytes */
} proc;

#define P(w, pro)                              \
    {                                          \
        w, sizeof(w) - 1, pro, sizeof(pro) - 1 \
    }
#define PREPS(c, cp)                                                \
    P(c, cp), P(c AR_ART, cp "+" AR_ART), P(c AR_BA, cp "+" AR_BA), \
        P(c AR_BA AR_ART, cp "+" AR_BA "+" AR_ART),                 \
        P(c AR_KAF, cp "+" AR_KAF),                                 \
        P(c AR_KAF AR_ART, cp "+" AR_KAF "+" AR_ART),               \
        P(c AR_LAM, cp "+" AR_LAM),                                 \
        P(c AR_LAM AR_LAM, cp "+" AR_LAM "+" AR_ART)
/* Three groups of eight, in this order: fsc__ar_candidates relies on it. */
static const proc procs[] = {
    /* No conjunction: the '+' after an empty morpheme is dropped below. */
    P("", ""),
    P(AR_ART, AR_ART),
    P(AR_BA, AR_BA),
    P(AR_BA AR_ART, AR_BA "+" AR_ART),
    P(AR_KAF, AR_KAF),
    P(AR_KAF AR_ART, AR_KAF "+" AR_ART),
    P(AR_LAM, AR_LAM),
    P(AR_LAM AR_LAM, AR_LAM "+" AR_ART),
    PREPS(AR_WAW, AR_WAW),
    PREPS(AR_FA, AR_FA)
};
#undef PREPS
#undef P
#define N_PROC (sizeof procs / sizeof procs[0])
_Static_assert(sizeof procs / sizeof procs[0] == 24, "three groups of eight");

size_t fsc__ar_candidates(const char *key, size_t len, size_t min_stem_cp,
                          int ta_marbuta, fsc__ar_cand *out, size_t cap,
                          char *scratch, size_t scratch_cap)
{
    fsc__ar_cand all[MAX_READINGS];
    size_t n = 0, used = 0;
    if (min_stem_cp < 1)
        min_stem_cp = 1;
    if (!key || cap == 0)
        return 0;

    /* The key itself always comes first. */
    all[n].stem = key;
    all[n].len = len;
    all[n].pro[0] = all[n].enc[0] = '\0';
    n++;

    /* Code points of the key, and the enclitics it ends with: the same for
     * every proclitic split. Proclitics and enclitics are Arabic letters of
     * two bytes each, so a stem's code points are the key's less half their
     * bytes. */
    size_t cp_key = cp_count(key, len);
    unsigned enc_at = 0;
    for (size_t ei = 0; ei < N_ENC; ei++)
        if (enc_len[ei] < len &&
            bytes_eq(key + len - enc_len[ei], enclitics[ei], enc_len[ei]))
            enc_at |= 1u << ei;

    /* No two readings made here are the same: each (proclitics, enclitic)
     * pair is made once, and the ة variant differs from its stem in its
     * last letter. (tests/unit/test_arabic.c checks this against a
     * deduplicating version on generated keys.) */
    for (size_t pk = 0; pk < N_PROC; pk++) {
        /* The table is three groups of eight, without a conjunction, with
         * و and with ف: a group whose conjunction the key lacks is passed
         * over whole; within a group only the rest is compared. */
        if (pk % 8 == 0 && pk && !starts_with(key, len, procs[pk].w, 2)) {
            pk += 7;
            continue;
        }
        const char *pro = procs[pk].pro;
        size_t plen = procs[pk].wlen, cl = pk < 8 ? 0 : 2;
        if (!starts_with(key + cl, len - cl, procs[pk].w + cl, plen - cl))
            continue;
        /* enc index N_ENC means "no enclitic". */
        for (size_t ei = 0; ei <= N_ENC; ei++) {
            if (ei < N_ENC && !(enc_at & (1u << ei)))
                continue;
            const char *enc = ei < N_ENC ? enclitics[ei] : "";
            size_t elen = ei < N_ENC ? enc_len[ei] : 0;
            if (plen + elen >= len || (plen == 0 && elen == 0))
                continue;
            const char *stem = key + plen;
            size_t slen = len - plen - elen;
            if (cp_key - plen / 2 - elen / 2 < min_stem_cp)
                continue;
            for (int var = 0; var < 2 && n < MAX_READINGS; var++) {
                fsc__ar_cand *c = &all[n];
                c->stem = stem;
                c->len = slen;
                if (var) {
                    /* A suffixed feminine noun spells its ة as ت
                     * (حكومته): restore it in scratch. */
                    if (!elen || slen < 2 ||
                        !bytes_eq(stem + slen - 2, AR_TA, 2) || !scratch ||
                        scratch_cap - used < slen)
                        break;
                    char *d = scratch + used;
                    memcpy(d, stem, slen - 2);
                    memcpy(d + slen - 2, ta_marbuta ? AR_HA : AR_TA_M, 2);
                    c->stem = d;
                    used += slen;
                }
                memcpy(c->pro, pro, procs[pk].prolen + 1);
                memcpy(c->enc, enc, elen + 1);
                n++;
            }
        }
    }

    /* Least stripped first: stable insertion sort on stem length, keeping the
     * key itself at the front. */
    for (size_t i = 2; i < n; i++) {
        fsc__ar_cand t = all[i];
        size_t j = i;
        while (j > 1 && all[j - 1].len < t.len) {
            all[j] = all[j - 1];
            j--;
        }
        all[j] = t;
    }
    if (n > cap)
        n = cap;
    memcpy(out, all, n * sizeof *out);
    return n;
}

int fsc__ar_is_proclitic_only(const char *key, size_t len)
{
    /* 8 bytes: the longest written sequence (وبال، فكال) */
    if (!key || len == 0 || len > 8)
        return 0;
    for (size_t pk = 1; pk < N_PROC; pk++)
        if (procs[pk].wlen == len && memcmp(key, procs[pk].w, len) == 0)
            return 1;
    return 0;
}

size_t fsc__ar_article_len(const char *key, size_t len, size_t min_stem_cp)
{
    static const char art[] = AR_ART;
    if (min_stem_cp < 1)
        min_stem_cp = 1;
    if (!key || !starts_with(key, len, art, 4))
        return 0;
    return cp_count(key + 4, len - 4) >= min_stem_cp ? 4 : 0;
}
