/*
 * profile.c - the attribution profile of one article, from its result.
 *
 * Sides and types are counted per attribution; sources are distinct actor
 * ids. The diversity index is the Shannon entropy of attributions over
 * sides normalised by the log of the number of sides the loaded actors
 * lexicons declare, so it reads the same whatever the article's length.
 */
#include "framescope/profile.h"

#include "internal.h"
#include "model.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Count `name` in a small table; returns its slot or NULL when full. */
static fsc_profile_count *bump(fsc_profile_count *t, size_t *n,
                               const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp(t[i].name, name) == 0)
            return &t[i];
    if (*n == FSC_PROFILE_MAX)
        return NULL;
    memset(&t[*n], 0, sizeof t[*n]);
    t[*n].name = name;
    return &t[(*n)++];
}

static int pct(double share)
{
    return isfinite(share) ? (int)lround(share * 100.0) : 0;
}

/* Room kept for the parts after the source names (shares and term counts,
 * about 110 bytes, and the anonymous/unresolved counts). */
#define SUMMARY_TAIL 200

/* Cut s (NUL-terminated, in a buffer of `size` bytes) back to a UTF-8
 * character boundary that leaves room for "…" and append it. */
static void cut_with_ellipsis(char *s, size_t size)
{
    size_t n = strlen(s);
    if (n + 4 > size)
        n = size - 4;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    memcpy(s + n, "\xE2\x80\xA6", 4); /* U+2026 and the NUL */
}

/*
 * The summary is written piece by piece as snprintf(w, room, ...) wrote
 * each piece before (the bytes that fit, room - 1 at most, then the NUL;
 * n counts the whole piece), without snprintf: a row's summary was about
 * two thirds of fsc_profile_compute's time.
 */
typedef struct piece {
    char *w;     /* where the piece starts */
    size_t room; /* bytes left in the summary there, NUL included (> 0) */
    size_t n;    /* length of the piece so far, written or not */
} piece;

static void pc_add(piece *pc, const char *s, size_t len)
{
    size_t at = pc->n < pc->room ? pc->n : pc->room - 1;
    size_t k = pc->room - 1 - at;
    memcpy(pc->w + at, s, len < k ? len : k);
    pc->n += len;
}

static void pc_str(piece *pc, const char *s)
{
    pc_add(pc, s, strlen(s));
}

#define PC_LIT(pc, lit) pc_add((pc), (lit), sizeof(lit) - 1)

static void pc_uint(piece *pc, unsigned long long v)
{
    char t[24], *e = t + sizeof t, *q = e;
    do {
        *--q = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    pc_add(pc, q, (size_t)(e - q));
}

static void pc_int(piece *pc, int v)
{
    if (v < 0) {
        PC_LIT(pc, "-");
        pc_uint(pc, (unsigned long long)-(long long)v);
    } else {
        pc_uint(pc, (unsigned long long)v);
    }
}

void fsc__profile_summarise(fsc_profile *p)
{
    char *w = p->summary;
    size_t room = sizeof p->summary;
    piece pc;
    /* A piece that does not fit ends the line with "…", cut between
     * characters (never inside one). */
#define BEGIN() (pc.w = w, pc.room = room, pc.n = 0)
#define END()                                                 \
    do {                                                      \
        pc.w[pc.n < pc.room ? pc.n : pc.room - 1] = '\0';     \
        if (pc.n >= pc.room) {                                \
            cut_with_ellipsis(p->summary, sizeof p->summary); \
            return;                                           \
        }                                                     \
        w += pc.n;                                            \
        room -= pc.n;                                         \
    } while (0)
    BEGIN();
    if (p->sources == 0) {
        PC_LIT(&pc, "no named source");
    } else {
        pc_uint(&pc, p->sources);
        PC_LIT(&pc, " source");
        if (p->sources != 1)
            PC_LIT(&pc, "s");
    }
    END();
    if (p->n_sides == 1 && p->sources > 0) {
        BEGIN();
        PC_LIT(&pc, ", ");
        if (p->sources != 1)
            PC_LIT(&pc, "all ");
        pc_str(&pc, p->sides[0].name);
        PC_LIT(&pc, "-side");
        END();
    } else if (p->n_sides > 1) {
        BEGIN();
        PC_LIT(&pc, " (");
        END();
        for (size_t i = 0; i < p->n_sides; i++) {
            BEGIN();
            if (i)
                PC_LIT(&pc, ", ");
            pc_str(&pc, p->sides[i].name);
            PC_LIT(&pc, " ");
            pc_uint(&pc, p->sides[i].sources);
            END();
        }
        BEGIN();
        PC_LIT(&pc, ")");
        END();
    }
    if (p->n_source_names) {
        BEGIN();
        PC_LIT(&pc, ": ");
        END();
        size_t i = 0;
        for (; i < p->n_source_names; i++) {
            /* Keep room for the rest of the line: list names while they
             * fit, then say how many more there are. */
            size_t need =
                strlen(p->source_names[i]) + strlen(p->source_types[i]) + 6;
            if (need + SUMMARY_TAIL > room)
                break;
            BEGIN();
            if (i)
                PC_LIT(&pc, "; ");
            pc_str(&pc, p->source_names[i]);
            PC_LIT(&pc, " (");
            pc_str(&pc, p->source_types[i]);
            PC_LIT(&pc, ")");
            END();
        }
        if (i < p->sources) {
            BEGIN();
            PC_LIT(&pc, "; and ");
            pc_uint(&pc, p->sources - i);
            PC_LIT(&pc, " more");
            END();
        }
    }
    if (p->anonymous) {
        BEGIN();
        PC_LIT(&pc, "; ");
        pc_uint(&pc, p->anonymous);
        PC_LIT(&pc, " anonymous");
        END();
    }
    if (p->unresolved) {
        BEGIN();
        PC_LIT(&pc, "; ");
        pc_uint(&pc, p->unresolved);
        PC_LIT(&pc, " unresolved");
        END();
    }
    BEGIN();
    PC_LIT(&pc, "; ");
    pc_int(&pc, pct(p->share_attributed));
    PC_LIT(&pc, "% of tokens attributed, ");
    pc_int(&pc, pct(p->share_quoted));
    PC_LIT(&pc, "% quoted");
    END();
    BEGIN();
    PC_LIT(&pc, "; framing terms: ");
    pc_uint(&pc, p->terms[FSC_VOICE_AUTHORIAL]);
    PC_LIT(&pc, " authorial, ");
    pc_uint(&pc, p->terms[FSC_VOICE_ATTRIBUTED]);
    PC_LIT(&pc, " attributed, ");
    pc_uint(&pc, p->terms[FSC_VOICE_QUOTED]);
    PC_LIT(&pc, " quoted");
    END();
#undef BEGIN
#undef END
}

double fsc_rate_per_1k(double count, double tokens)
{
    return tokens > 0 ? count * 1000.0 / tokens : (double)NAN;
}

fsc_status fsc_profile_compute(const fsc_model *m, const fsc_result *r,
                               fsc_profile *out, fsc_error *err)
{
    (void)err;
    memset(out, 0, sizeof *out);
    out->anonymous_rate = out->diversity = (double)NAN;
    size_t tokens = fsc_result_n_tokens(r);
    out->tokens = tokens;
    for (int v = 0; v < 3; v++)
        out->voice_tokens[v] = fsc_result_voice_tokens(r, (fsc_voice)v);
    out->share_authorial = out->share_quoted = out->share_attributed =
        (double)NAN;
    if (tokens) {
        out->share_authorial =
            (double)fsc_result_voice_tokens(r, FSC_VOICE_AUTHORIAL) /
            (double)tokens;
        out->share_quoted =
            (double)fsc_result_voice_tokens(r, FSC_VOICE_QUOTED) /
            (double)tokens;
        out->share_attributed =
            (double)fsc_result_voice_tokens(r, FSC_VOICE_ATTRIBUTED) /
            (double)tokens;
    }
    for (size_t i = 0; i < fsc_result_n_matches(r); i++) {
        const fsc_match *mt = fsc_result_match(r, i);
        if (mt->layer == FSC_LAYER_FRAMING) {
            out->framing_matches++;
            out->framing_negated += (mt->flags & FSC_MATCH_NEGATED) != 0;
        }
        if (mt->layer == FSC_LAYER_FRAMING &&
            !(mt->flags & FSC_MATCH_NEGATED) && (unsigned)mt->voice < 3)
            out->terms[mt->voice]++;
    }
    out->attributions = fsc_result_n_attributions(r);
    size_t with_side = 0;
    const char *ids[256];
    size_t n_ids = 0;
    for (size_t i = 0; i < out->attributions; i++) {
        const fsc_attribution *a = fsc_result_attribution(r, i);
        if (a->nested)
            continue; /* second-hand: the outer speaker is the source */
        if (a->kind == FSC_ATTR_EVIDENTIAL)
            continue; /* the writer's own hedge: no source */
        if (a->source_kind == FSC_SOURCE_ANONYMOUS)
            out->anonymous++;
        else if (a->source_kind == FSC_SOURCE_UNRESOLVED)
            out->unresolved++;
        /* A named source outside the lexicon counts as a source of unknown
         * side and type, by its name; it joins no side or type tally, so
         * the diversity stays over the sides the lexicon knows. */
        int named = a->source_kind == FSC_SOURCE_NAMED && a->actor_name[0];
        if (!named && (a->source_kind != FSC_SOURCE_ACTOR || !a->actor[0]))
            continue;
        const char *id = named ? a->actor_name : a->actor;
        size_t k = 0;
        while (k < n_ids && strcmp(ids[k], id) != 0)
            k++;
        int fresh = k == n_ids;
        if (fresh && n_ids < 256)
            ids[n_ids++] = id;
        if (fresh) {
            out->sources++;
            if (out->n_source_names < FSC_PROFILE_MAX) {
                size_t j = out->n_source_names++;
                out->source_ids[j] = id;
                out->source_names[j] =
                    a->actor_name[0] ? a->actor_name : a->actor;
                out->source_types[j] = a->type[0] ? a->type : "unknown type";
            }
        }
        int distancing = strcmp(a->stance, "distancing") == 0;
        if (a->side[0]) {
            fsc_profile_count *c = bump(out->sides, &out->n_sides, a->side);
            if (c) {
                c->attributions++;
                c->sources += (size_t)fresh;
                c->distancing += (size_t)distancing;
            }
            with_side++;
        }
        if (a->type[0]) {
            fsc_profile_count *c = bump(out->types, &out->n_types, a->type);
            if (c) {
                c->attributions++;
                c->sources += (size_t)fresh;
                c->distancing += (size_t)distancing;
            }
        }
    }
    if (out->attributions)
        out->anonymous_rate =
            (double)out->anonymous / (double)out->attributions;
    size_t k = m->n_sides;
    if (with_side) {
        double h = 0;
        for (size_t i = 0; i < out->n_sides; i++) {
            double q = (double)out->sides[i].attributions / (double)with_side;
            h -= q * log(q);
        }
        out->diversity = k > 1 ? h / log((double)k) : 0.0;
        if (out->diversity < 0)
            out->diversity = 0.0; /* -0.0 from a single side */
    }
    fsc__profile_summarise(out);
    return FSC_OK;
}
