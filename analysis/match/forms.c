/*
 * forms.c - the word-form cache: each distinct surface form is folded once
 * and resolved to the word patterns it can stand for (exact, clitic,
 * tanween and verb readings); the cold forms are evicted between articles.
 * An Arabic form already resolved by another thread, or evicted here
 * earlier, is copied from the share of resolved forms when one is attached
 * (share.c).
 */
#include "match_int.h"

static fsc_status add_hit(fsc_analyzer *az, uint32_t wpid, unsigned stripped,
                          const char *pro, const char *enc)
{
    ttype *t = &az->types[az->n_types];
    for (uint32_t i = 0; i < t->n_hits; i++) {
        const hit *o = &az->hits[t->hits_off + i];
        /* Keep the least stripped reading; a reading that removes
         * something else (a tanween alif, not a clitic) is kept besides,
         * since entries accept different readings. */
        if (o->wpid == wpid && (o->stripped & ~(uint32_t)stripped) == 0)
            return FSC_OK;
    }
    fsc_status st = grow((void **)&az->hits, &az->cap_hits, az->n_hits + 1,
                         sizeof *az->hits);
    if (st != FSC_OK)
        return st;
    const char *p = "", *e = "";
    if (*pro && !(p = fsc__arena_strndup(&az->strs, pro, strlen(pro))))
        return FSC_ENOMEM;
    if (*enc && !(e = fsc__arena_strndup(&az->strs, enc, strlen(enc))))
        return FSC_ENOMEM;
    hit *h = &az->hits[az->n_hits++];
    h->wpid = wpid;
    h->root = fsc__trie_child(az->m, 0, wpid);
    t->starts |= h->root != 0;
    h->stripped = (uint32_t)stripped;
    h->pro = p;
    h->enc = e;
    t->n_hits++;
    return FSC_OK;
}

/* Every word pattern that stem[0..len) stands for: exact, then prefixes. */
static fsc_status lookup_stem(fsc_analyzer *az, const char *stem, size_t len,
                              unsigned stripped, const char *pro,
                              const char *enc)
{
    const fsc_model *m = az->m;
    uint32_t wpid;
    fsc_status st;
    if (len && !bit_at(az->exact_sig, stem_sig(stem, len)))
        ; /* no exact key has its signature */
    else if (fsc__strmap_get(&m->exact, stem, len, fsc__hash(stem, len),
                             &wpid) &&
             (st = add_hit(az, wpid, stripped, pro, enc)) != FSC_OK)
        return st;
    /* Every wildcard prefix of the stem, in one walk down the byte trie
     * (none when no path of the trie begins with its first two bytes, or
     * with its first four and no prefix is shorter). */
    if (len >= 2 && !az->pt_all) {
        const uint32_t two =
            (uint32_t)(unsigned char)stem[0] << 8 | (unsigned char)stem[1];
        if (!bit_at(az->pt_two, two))
            return FSC_OK;
        /* nor its first four bytes, unless a prefix is shorter */
        if (len >= 4 && !bit_at(az->pt_short, two) &&
            !bit_at(az->pt_four, head_bit(stem, 4)))
            return FSC_OK;
    }
    uint32_t node = 0;
    for (size_t i = 0; i < len && m->n_pt; i++) {
        uint32_t c = fsc__pt_child(m, node, (uint8_t)stem[i]);
        if (!c)
            break;
        node = c;
        /* A prefix must end on a character boundary. */
        if (m->pt[node].wp1 &&
            (i + 1 == len || ((unsigned char)stem[i + 1] & 0xC0) != 0x80) &&
            (st = add_hit(az, m->pt[node].wp1 - 1, stripped, pro, enc)) !=
                FSC_OK)
            return st;
    }
    return FSC_OK;
}

/*
 * The reading of stem[0..len) without a final alif, the alif of tanween
 * fath («تطهيرا عرقيا» read as «تطهير عرقي»), for entries that ask for it
 * ("forms": ["tanween"]). At least min_stem_cp code points must remain.
 */
static fsc_status tanween_reading(fsc_analyzer *az, const char *stem,
                                  size_t len, unsigned bits, const char *pro)
{
    if (len < 4 || (unsigned char)stem[len - 2] != 0xD8 ||
        (unsigned char)stem[len - 1] != 0xA7)
        return FSC_OK;
    size_t cp = 0;
    for (size_t i = 0; i + 2 < len; i++)
        cp += ((unsigned char)stem[i] & 0xC0) != 0x80;
    if (cp < az->m->opts.min_stem_cp)
        return FSC_OK;
    return lookup_stem(az, stem, len - 2, bits | FSC__RD_TANWEEN, pro, "");
}

/* A verb affix and its length in bytes. */
typedef struct affix_lit {
    const char *s;
    size_t n;
} affix_lit;
/* clang-format off */
#define AFFIX(lit) { lit, sizeof lit - 1 }
/* clang-format on */

/* Bytes of affix a if s[0..len) starts (dir > 0) or ends (dir < 0) with
 * it, else 0. (Inline byte compares: this runs up to 130 times per
 * candidate stem of every new Arabic word form.) */
static size_t affix(const char *s, size_t len, const affix_lit *a, int dir)
{
    if (a->n >= len)
        return 0;
    const char *p = dir > 0 ? s : s + len - a->n;
    /* Last byte first: the lead bytes of Arabic letters are alike (0xD8,
     * 0xD9), their second bytes tell them apart. */
    for (size_t i = a->n; i-- > 0;)
        if (p[i] != a->s[i])
            return 0;
    return a->n;
}

static size_t cp_count(const char *s, size_t len)
{
    size_t cp = 0;
    for (size_t i = 0; i < len; i++)
        cp += ((unsigned char)s[i] & 0xC0) != 0x80;
    return cp;
}

/* Subject suffixes and imperfect prefixes of verb readings, "" first. */
static const affix_lit sfx[] = {
    AFFIX(""),
    AFFIX("\xD8\xAA"),         /* ت */
    AFFIX("\xD8\xAA\xD8\xA7"), /* تا */
    AFFIX("\xD9\x88\xD8\xA7"), /* وا */
    AFFIX("\xD9\x88"),         /* و (وا before an enclitic) */
    AFFIX("\xD8\xA7"),         /* ا */
    AFFIX("\xD9\x86"),         /* ن */
    AFFIX("\xD9\x86\xD8\xA7"), /* نا */
    AFFIX("\xD8\xAA\xD9\x85"), /* تم */
    AFFIX("\xD8\xAA\xD9\x86"), /* تن */
    AFFIX("\xD9\x88\xD9\x86"), /* ون */
    AFFIX("\xD8\xA7\xD9\x86"), /* ان */
    AFFIX("\xD9\x8A\xD9\x86"), /* ين */
};
static const affix_lit pre[] = {
    AFFIX(""),
    AFFIX("\xD9\x8A"),         /* ي */
    AFFIX("\xD8\xAA"),         /* ت */
    AFFIX("\xD9\x86"),         /* ن */
    AFFIX("\xD8\xA7"),         /* ا */
    AFFIX("\xD8\xB3\xD9\x8A"), /* سي */
    AFFIX("\xD8\xB3\xD8\xAA"), /* ست */
    AFFIX("\xD8\xB3\xD9\x86"), /* سن */
    AFFIX("\xD8\xB3\xD8\xA7"), /* سا */
};
#define N_SFX (sizeof sfx / sizeof *sfx)
#define N_PRE (sizeof pre / sizeof *pre)
_Static_assert(N_SFX <= 16 && N_PRE <= 16, "affix bits fit 16 bits");

void fsc__match_fill_affixes(fsc_analyzer *az)
{
    for (size_t s = 1; s < N_SFX; s++)
        az->sfx_by_last[(unsigned char)sfx[s].s[sfx[s].n - 1]] |=
            (uint16_t)(1u << s);
    for (size_t p = 1; p < N_PRE; p++)
        az->pre_by_second[(unsigned char)pre[p].s[1]] |= (uint16_t)(1u << p);
}

/*
 * Verb readings of stem[0..len) for entries that ask for them ("forms":
 * ["verb"]; the entry word is a perfect stem such as «احتل»): without a
 * subject suffix (احتلت، احتلوا، احتلوها after the enclitic is gone) and/or
 * an imperfect prefix with an optional future س (يحتل، تحتلون، سيحتل). An
 * imperfect of a stem that begins with alif (forms IV, VII-X: «احتل»،
 * «أعلن») drops that alif, so the prefix may also stand for it. Stems left
 * must keep min_stem_cp code points. Readings are marked FSC__RD_VERB (and
 * FSC__RD_CLITIC when a clitic went first); only verb entries accept them.
 */
static fsc_status verb_readings(fsc_analyzer *az, const char *stem, size_t len,
                                unsigned bits, const char *pro, const char *enc)
{
    char buf[256];
    const size_t min = az->m->opts.min_stem_cp;
    if (len < 3)
        return FSC_OK; /* no affix leaves a stem */
    /* The suffixes `stem` ends with and the prefixes it starts with: an
     * affix is compared whole only when its last byte (a suffix) or second
     * byte (a prefix) is the stem's, which tells the letters apart (their
     * lead bytes are alike). Whether a prefix still leaves a stem after a
     * suffix is tested per pair below. */
    const unsigned char last = (unsigned char)stem[len - 1];
    const unsigned char second = (unsigned char)stem[1];
    /* s_at and p_at list them in table order, after 0 (no affix). */
    unsigned char s_at[N_SFX], p_at[N_PRE];
    size_t ns = 1, np = 1;
    s_at[0] = p_at[0] = 0;
    for (unsigned m = az->sfx_by_last[last]; m; m &= m - 1) {
        const unsigned s = (unsigned)__builtin_ctz(m);
        if (affix(stem, len, &sfx[s], -1))
            s_at[ns++] = (unsigned char)s;
    }
    for (unsigned m = az->pre_by_second[second]; m; m &= m - 1) {
        const unsigned p = (unsigned)__builtin_ctz(m);
        if (affix(stem, len, &pre[p], 1))
            p_at[np++] = (unsigned char)p;
    }
    if (ns == 1 && np == 1)
        return FSC_OK;
    /* The affixes are Arabic letters of two bytes each: a stem left after
     * them has the code points of `stem` less half their bytes. */
    const size_t cp_all = cp_count(stem, len);
    fsc_status st = FSC_OK;
    for (size_t si = 0; si < ns && st == FSC_OK; si++) {
        const size_t s = s_at[si];
        const size_t sl = sfx[s].n;
        for (size_t pi = 0; pi < np && st == FSC_OK; pi++) {
            const size_t p = p_at[pi];
            if (pre[p].n >= len - sl && p)
                continue;
            size_t pl = pre[p].n;
            if (!s && !p)
                continue; /* no affix: the plain reading */
            const char *b = stem + pl;
            size_t bl = len - sl - pl;
            if (cp_all - sl / 2 - pl / 2 < min)
                continue;
            st = lookup_stem(az, b, bl, bits | FSC__RD_VERB, pro, enc);
            /* The alif an imperfect drops: يحتل for احتل. */
            if (st == FSC_OK && p && bl + 2 < sizeof buf) {
                memcpy(buf, "\xD8\xA7", 2); /* ا */
                memcpy(buf + 2, b, bl);
                st =
                    lookup_stem(az, buf, bl + 2, bits | FSC__RD_VERB, pro, enc);
            }
        }
    }
    return st;
}

/* Letters of a key of two-byte letters as 16-bit values, most judged. */
#define HEAD_LETTERS 64

enum {
    L_ALIF = 0xD8A7,
    L_BA = 0xD8A8,
    L_TA_M = 0xD8A9,
    L_TA = 0xD8AA,
    L_SIN = 0xD8B3,
    L_FA = 0xD981,
    L_KAF = 0xD983,
    L_LAM = 0xD984,
    L_MIM = 0xD985,
    L_NUN = 0xD986,
    L_HA = 0xD987,
    L_WAW = 0xD988,
    L_YA = 0xD98A
};

/* The last letter of an imperfect prefix (ي ت ن ا). */
static int impf_letter(uint32_t c)
{
    return c == L_YA || c == L_TA || c == L_NUN || c == L_ALIF;
}

/*
 * Whether key[0..len) (folded, Arabic script) surely has no clitic, tanween
 * or verb reading that lookup_stem() would find. Only a key of two-byte
 * letters is judged (else 0). Its readings (fsc__ar_candidates(),
 * tanween_reading(), verb_readings()) are then strings of two-byte
 * letters, at least min_stem_cp >= 2 of them, taken from the key's letters
 * k[0..n) as k[i..j), where
 * - i = P + V: P letters of proclitics the key begins with (none; و or ف;
 *   then ال، ب، بال، ك، كال، ل or لل), V of an imperfect prefix that
 *   follows them (none; ي، ت، ن or ا; س and one of those);
 * - j = n - E - X: E letters of an enclitic the key ends with (none or
 *   one of the table of arabic.c), X of a subject suffix before it or of a
 *   tanween alif (none or one of the suffixes of verb_readings());
 * - the last letter, a ت, may be read as ة or ه (a suffixed feminine noun:
 *   E > 0, X = 0);
 * - after an imperfect prefix (V > 0) also with ا before them (the alif an
 *   imperfect drops), j - i >= min_stem_cp.
 * A reading is found when it is an exact key, or when it begins with a
 * prefix of the trie of two letters or more (else head_off): of two letters
 * (head4), three (head6), or four or more (its first four begin a trie path
 * of eight bytes or more: head8). So each start i (with and without the
 * alif) and each end j are tried: the reading k[i..j) (and its ة/ه form) in
 * the model's exact keys, and its first two, three and four letters (and
 * their ة/ه forms, where the letter is a ت) in the prefix filters.
 */
int fsc__match_no_readings(const fsc_analyzer *az, const char *key, size_t len)
{
    uint32_t k[HEAD_LETTERS];
    const size_t n = len / 2;
    if (az->head_off || len < 4 || (len & 1) || n > HEAD_LETTERS)
        return 0;
    const unsigned char *u = (const unsigned char *)key;
    for (size_t i = 0; i < n; i++) {
        if (u[2 * i] < 0xC2 || u[2 * i] > 0xDF || (u[2 * i + 1] & 0xC0) != 0x80)
            return 0;
        k[i] = (uint32_t)u[2 * i] << 8 | u[2 * i + 1];
    }
    /* Starts: bit i of `starts` (plain readings) and of `alifs` (readings
     * with the dropped alif). Proclitics first: bit P of `pro`. */
    unsigned pro = 1u;
    for (size_t c = 0; c <= (k[0] == L_WAW || k[0] == L_FA); c++) {
        pro |= 1u << c;
        if (c + 1 >= n)
            continue;
        const uint32_t a = k[c], b = k[c + 1];
        if (a == L_ALIF && b == L_LAM)
            pro |= 1u << (c + 2); /* ال */
        if (a == L_BA || a == L_KAF || a == L_LAM)
            pro |= 1u << (c + 1); /* ب ك ل */
        if (a == L_LAM && b == L_LAM)
            pro |= 1u << (c + 2); /* لل */
        if ((a == L_BA || a == L_KAF) && b == L_ALIF && c + 2 < n &&
            k[c + 2] == L_LAM)
            pro |= 1u << (c + 3); /* بال كال */
    }
    unsigned starts = pro, alifs = 0;
    for (unsigned m = pro; m; m &= m - 1) {
        const size_t p = (size_t)__builtin_ctz(m);
        if (p >= n)
            break;
        if (impf_letter(k[p]))
            alifs |= 1u << (p + 1);
        if (k[p] == L_SIN && p + 1 < n && impf_letter(k[p + 1]))
            alifs |= 1u << (p + 2);
    }
    starts |= alifs;
    /* Ends: bit n - j of `ends`; `tends`: ends where a ت may be ة or ه. */
    unsigned encs = 1u; /* bit E: an enclitic of E letters ends the key */
    {
        const uint32_t z = k[n - 1], y = k[n - 2];
        if (z == L_HA || z == L_YA)
            encs |= 1u << 1; /* ه ي */
        if ((y == L_HA && (z == L_ALIF || z == L_MIM || z == L_NUN)) ||
            (y == L_KAF && (z == L_MIM || z == L_NUN)) ||
            (y == L_NUN && (z == L_ALIF || z == L_YA)))
            encs |= 1u << 2; /* ها هم هن كم كن نا ني */
        if (n > 3 && z == L_ALIF && y == L_MIM &&
            (k[n - 3] == L_HA || k[n - 3] == L_KAF))
            encs |= 1u << 3; /* هما كما */
    }
    unsigned ends = 0, tends = 0;
    for (size_t e = 0; e <= 3 && e + 2 <= n; e++) {
        if (!(encs >> e & 1u))
            continue;
        ends |= 1u << e;
        if (e)
            tends |= 1u << e;
        if (e + 2 >= n)
            continue;
        /* a suffix or tanween alif before it: its last letters */
        const uint32_t z = k[n - 1 - e], y = k[n - 2 - e];
        if (z == L_TA || z == L_WAW || z == L_ALIF || z == L_NUN)
            ends |= 1u << (e + 1); /* ت و ا ن */
        if ((z == L_ALIF && (y == L_TA || y == L_WAW || y == L_NUN)) ||
            (z == L_MIM && y == L_TA) ||
            (z == L_NUN &&
             (y == L_TA || y == L_WAW || y == L_ALIF || y == L_YA)))
            ends |= 1u << (e + 2); /* تا وا نا تم تن ون ان ين */
    }
    const uint64_t *h4 = az->head4, *h6 = az->head6, *h8 = az->head8;
#define IN4(x) bit_at(h4, head_mix((x), 4))
#define IN6(x) bit_at(h6, head_mix((x), 6))
#define IN8(x) bit_at(h8, head_mix((x), 8))
    /* x with its last letter (ت) read as ة and as ه */
#define IN_TA(in, x)                           \
    (in(((x) & ~(uint64_t)0xFFFF) | L_TA_M) || \
     in(((x) & ~(uint64_t)0xFFFF) | L_HA))
    for (size_t i = 0; i + 1 < n && i < 8 * sizeof starts; i++) {
        if (!(starts >> i & 1u))
            continue;
        for (unsigned al = 0; al <= (alifs >> i & 1u); al++) {
            /* The reading's first two, three and four letters as one
             * value (ا first with al); the last of them a ت read as ة or ه
             * when the reading ends there. */
            const size_t q = i + 2 - al; /* the key's letter after x2 */
            const uint64_t x2 = al ? (uint64_t)L_ALIF << 16 | k[i]
                                   : (uint64_t)k[i] << 16 | k[i + 1];
            if (IN4(x2) || ((x2 & 0xFFFF) == L_TA && IN_TA(IN4, x2)))
                return 0;
            if (q < n) {
                const uint64_t x3 = x2 << 16 | k[q];
                if (IN6(x3) || (k[q] == L_TA && IN_TA(IN6, x3)))
                    return 0;
                if (q + 1 < n) {
                    const uint64_t x4 = x3 << 16 | k[q + 1];
                    if (IN8(x4) || (k[q + 1] == L_TA && IN_TA(IN8, x4)))
                        return 0;
                }
            }
        }
    }
    /* Exact keys: for each end j (bit n - j of ends) the readings k[i..j)
     * of every start i, hashed from their last letter back as ar_exact's
     * are (letters_back()), so that one pass serves every start; with the
     * ا before them where an imperfect prefix ends at i - 1; and with a
     * final ت read as ة and as ه where an enclitic follows it. */
    for (unsigned em = ends; em; em &= em - 1) {
        const size_t e = (size_t)__builtin_ctz(em), j = n - e;
        if (e + 2 > n)
            break;
        const int nv = (tends >> e & 1u) && k[j - 1] == L_TA ? 3 : 1;
        for (int v = 0; v < nv; v++) {
            uint64_t g = v == 0 ? k[j - 1] : v == 1 ? L_TA_M : L_HA;
            for (size_t i = j - 1; i-- > 0;) {
                g = letters_back(g, k[i]);
                const size_t bytes = 2 * (j - i);
                if (i >= 8)
                    continue; /* no start so far in */
                if ((starts >> i & 1u) &&
                    bit_at(az->ar_exact, letters_bit(g, bytes)))
                    return 0;
                if ((alifs >> i & 1u) &&
                    bit_at(az->ar_exact,
                           letters_bit(letters_back(g, L_ALIF), bytes + 2)))
                    return 0;
            }
        }
    }
#undef IN4
#undef IN6
#undef IN8
#undef IN_TA
    return 1;
}

/* Enter the type just made at n_types into the map under its surface. */
static fsc_status put_form(fsc_analyzer *az, const char *s, size_t len,
                           uint32_t h, uint32_t *idx, fsc_error *err)
{
    const ttype *t = &az->types[az->n_types];
    uint32_t val = (uint32_t)az->n_types | ((uint32_t)type_info(t) << 24);
    fsc_status st = fsc__strmap_put(&az->cache, s, len, h, val);
    if (st != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    *idx = (uint32_t)az->n_types++;
    return FSC_OK;
}

/* Fold a new surface form and record what it can match (or copy it from
 * the forms other threads resolved); returns its index. */
fsc_status fsc__match_resolve_type(fsc_analyzer *az, const char *s, size_t len,
                                   uint32_t h, uint32_t *idx, fsc_error *err)
{
    fsc_status st = grow((void **)&az->types, &az->cap_types, az->n_types + 1,
                         sizeof *az->types);
    if (st == FSC_OK)
        st = grow((void **)&az->uses, &az->cap_uses, az->n_types + 1, 1);
    if (st != FSC_OK)
        return fsc__fail(err, st, "out of memory");
    az->uses[az->n_types] = 0;
    ttype *t = &az->types[az->n_types];
    memset(t, 0, sizeof *t);
    t->hits_off = (uint32_t)az->n_hits;
    /* Only Arabic forms are worth sharing: their clitic, tanween and verb
     * readings cost several thousand instructions; a Latin or Cyrillic
     * form is resolved in about as many as the share takes to look it up
     * and fill it. */
    const int shared = az->share && len && (unsigned char)s[0] >= 0xD8 &&
                       (unsigned char)s[0] <= 0xDB;
    if (shared && fsc__match_share_get(az->share, az, s, len, h, &st)) {
        if (st != FSC_OK)
            return fsc__fail(err, st, "out of memory");
        return put_form(az, s, len, h, idx, err);
    }
    fsc__buf_reset(&az->key);
    int script = 0;
    if ((st = fsc__fold(az->fold, s, len, &az->key, &script, err)) != FSC_OK)
        return st;
    const char *key = az->key.data ? az->key.data : "";
    size_t klen = az->key.len;
    t->script = (uint8_t)script;
    t->key = ""; /* kept for a proclitic written apart only (its glue) */
    const fsc_model *m = az->m;
    if (klen) {
        st = lookup_stem(az, key, klen, 0, "", "");
        if (st == FSC_OK && script == FSC__SCRIPT_ARABIC && m->opts.clitics) {
            t->glue = (uint8_t)(fsc__ar_is_proclitic_only(key, klen) != 0);
            if (t->glue && !(t->key = fsc__arena_strndup(&az->strs, key, klen)))
                return fsc__fail(err, FSC_ENOMEM, "out of memory");
            size_t n = fsc__match_no_readings(az, key, klen)
                           ? 0
                           : fsc__ar_candidates(key, klen, m->opts.min_stem_cp,
                                                m->opts.ta_marbuta, az->cands,
                                                MAX_CANDS, az->cand_scratch,
                                                sizeof az->cand_scratch);
            for (size_t i = 0; i < n && st == FSC_OK; i++) {
                const fsc__ar_cand *c = &az->cands[i];
                if (!c->pro[0] && !c->enc[0] && c->len == klen)
                    continue; /* the key itself, done above */
                st = lookup_stem(az, c->stem, c->len, FSC__RD_CLITIC, c->pro,
                                 c->enc);
            }
            for (size_t i = 0; i < n && st == FSC_OK && m->has_tanween; i++) {
                const fsc__ar_cand *c = &az->cands[i];
                if (!c->enc[0])
                    st =
                        tanween_reading(az, c->stem, c->len,
                                        c->pro[0] ? FSC__RD_CLITIC : 0, c->pro);
            }
            for (size_t i = 0; i < n && st == FSC_OK && m->has_verb; i++) {
                const fsc__ar_cand *c = &az->cands[i];
                st = verb_readings(az, c->stem, c->len,
                                   c->pro[0] || c->enc[0] ? FSC__RD_CLITIC : 0,
                                   c->pro, c->enc);
            }
        } else if (st == FSC_OK && script == FSC__SCRIPT_ARABIC &&
                   (m->has_tanween || m->has_verb) &&
                   !fsc__match_no_readings(az, key, klen)) {
            if (m->has_tanween)
                st = tanween_reading(az, key, klen, 0, "");
            if (st == FSC_OK && m->has_verb)
                st = verb_readings(az, key, klen, 0, "", "");
        } else if (st == FSC_OK && script == FSC__SCRIPT_LATIN && klen > 3 &&
                   key[klen - 2] == '\'' && key[klen - 1] == 's') {
            /* English possessive: "Armenia's" reads as "armenia" + 's. */
            st = lookup_stem(az, key, klen - 2, FSC__RD_CLITIC, "", "'s");
        }
        if (st != FSC_OK)
            return fsc__fail(err, st, "out of memory");
    }
    if (shared)
        fsc__match_share_put(az->share, az, s, len, h, t);
    return put_form(az, s, len, h, idx, err);
}

static int keep_form(void *ctx, uint32_t *val)
{
    const fsc_analyzer *az = ctx;
    uint32_t to = az->remap[VAL_IDX(*val)];
    if (to == UINT32_MAX)
        return 0;
    *val = to | (*val & ~0xFFFFFFu);
    return 1;
}

/* A string of the old arena again in `to` ("" stays the literal). */
static const char *recopy(fsc_arena *to, const char *s)
{
    return *s ? fsc__arena_strndup(to, s, strlen(s)) : "";
}

/*
 * Evict the cold word forms: keep the at most KEEP_TYPES forms looked up
 * most often since the last round (a histogram of the saturating use
 * counts gives the threshold; forms of the front table count like any
 * other), renumbered in their old order, with their readings and strings
 * copied into the other arena and their surfaces into the other map; the
 * counts are halved so that a form hot long ago does not stay forever.
 * The map, the type and reading arrays are compacted where they are; only
 * the strings change arena (two take turns).
 * Type indices change, so form_gen changes (the attribution stage's
 * per-form cache starts afresh). Between articles only.
 */
fsc_status fsc__match_compact_types(fsc_analyzer *az)
{
    size_t n = az->n_types, hist[256] = { 0 };
    fsc_status st =
        grow((void **)&az->remap, &az->cap_remap, n, sizeof *az->remap);
    if (st != FSC_OK)
        return st;
    for (size_t i = 1; i < n; i++)
        hist[az->uses[i]]++;
    /* the lowest count whose forms and all hotter ones fit in KEEP_TYPES */
    size_t kept = 0;
    unsigned thr = 256;
    while (thr > 1 && kept + hist[thr - 1] <= KEEP_TYPES)
        kept += hist[--thr];
    fsc__arena_reset(&az->strs2);
    size_t k = 1, nh = 0;
    az->remap[0] = 0;
    for (size_t i = 1; i < n; i++) {
        if (az->uses[i] < thr) {
            az->remap[i] = UINT32_MAX;
            continue;
        }
        ttype t = az->types[i];
        const hit *old = &az->hits[t.hits_off];
        if (!(t.key = recopy(&az->strs2, t.key)))
            return FSC_ENOMEM;
        /* k <= i and nh <= hits_off: moving down in order is safe */
        for (uint32_t j = 0; j < t.n_hits; j++) {
            hit h = old[j];
            if (!(h.pro = recopy(&az->strs2, h.pro)) ||
                !(h.enc = recopy(&az->strs2, h.enc)))
                return FSC_ENOMEM;
            az->hits[nh + j] = h;
        }
        t.hits_off = (uint32_t)nh;
        nh += t.n_hits;
        az->types[k] = t;
        az->uses[k] = (uint8_t)(az->uses[i] >> 1);
        az->remap[i] = (uint32_t)k++;
    }
    if ((st = fsc__strmap_filter(&az->cache, keep_form, az)) != FSC_OK)
        return st;
    fsc_arena ta = az->strs;
    az->strs = az->strs2;
    az->strs2 = ta;
    fsc__arena_reset(&az->strs2);
    for (size_t f = 0; f < ((size_t)1 << FRONT_BITS); f++) {
        front *fr = &az->front[f];
        if (!fr->len)
            continue;
        uint32_t to = az->remap[fr->idx];
        if (to == UINT32_MAX)
            fr->len = 0;
        else
            fr->idx = to;
    }
    az->n_types = k;
    az->n_hits = nh;
    az->form_gen++; /* type indices now name other forms */
    return FSC_OK;
}
