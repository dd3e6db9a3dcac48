/*
 * test_profile_summary.c - the profile's one-line summary, written without
 * snprintf, is byte for byte what one snprintf per piece wrote (the
 * reference below), on profiles made at random: no source to 16 sides and
 * names, names long enough to fill the line, multi-byte letters where the
 * line is cut, counts up to 2^40, undefined shares.
 */
#include "framescope/analyzer.h"
#include "framescope/profile.h"
#include "internal.h"
#include "th.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define SUMMARY_TAIL 200

static void ref_cut(char *s, size_t size)
{
    size_t n = strlen(s);
    if (n + 4 > size)
        n = size - 4;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    memcpy(s + n, "\xE2\x80\xA6", 4);
}

static int ref_pct(double share)
{
    return isfinite(share) ? (int)lround(share * 100.0) : 0;
}

/* One snprintf per piece, as the summary was written before. */
static void ref_summary(const fsc_profile *p, char *out, size_t size)
{
    char *w = out;
    size_t room = size;
    int n;
#define PUT(...)                            \
    do {                                    \
        n = snprintf(w, room, __VA_ARGS__); \
        if (n < 0 || (size_t)n >= room) {   \
            ref_cut(out, size);             \
            return;                         \
        }                                   \
        w += n;                             \
        room -= (size_t)n;                  \
    } while (0)
    if (p->sources == 0)
        PUT("no named source");
    else
        PUT("%zu source%s", p->sources, p->sources == 1 ? "" : "s");
    if (p->n_sides == 1 && p->sources > 0)
        PUT(", %s%s-side", p->sources == 1 ? "" : "all ", p->sides[0].name);
    else if (p->n_sides > 1) {
        PUT(" (");
        for (size_t i = 0; i < p->n_sides; i++)
            PUT("%s%s %zu", i ? ", " : "", p->sides[i].name,
                p->sides[i].sources);
        PUT(")");
    }
    if (p->n_source_names) {
        PUT(": ");
        size_t i = 0;
        for (; i < p->n_source_names; i++) {
            size_t need =
                strlen(p->source_names[i]) + strlen(p->source_types[i]) + 6;
            if (need + SUMMARY_TAIL > room)
                break;
            PUT("%s%s (%s)", i ? "; " : "", p->source_names[i],
                p->source_types[i]);
        }
        if (i < p->sources)
            PUT("; and %zu more", p->sources - i);
    }
    if (p->anonymous)
        PUT("; %zu anonymous", p->anonymous);
    if (p->unresolved)
        PUT("; %zu unresolved", p->unresolved);
    PUT("; %d%% of tokens attributed, %d%% quoted",
        ref_pct(p->share_attributed), ref_pct(p->share_quoted));
    PUT("; framing terms: %zu authorial, %zu attributed, %zu quoted",
        p->terms[FSC_VOICE_AUTHORIAL], p->terms[FSC_VOICE_ATTRIBUTED],
        p->terms[FSC_VOICE_QUOTED]);
#undef PUT
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static size_t below(size_t n)
{
    return (size_t)(next() % n);
}

/* A name of 1 to max bytes: ASCII letters, Arabic letters (two bytes) and
 * a three-byte dash, so that a cut can fall inside a letter. */
static void make_name(char *s, size_t max)
{
    size_t len = 1 + below(max), i = 0;
    while (i < len) {
        size_t kind = below(4);
        if (kind == 0 && i + 2 <= len) {
            s[i++] = '\xD8';
            s[i++] = (char)(0xA7 + below(20));
        } else if (kind == 1 && i + 3 <= len) {
            memcpy(s + i, "\xE2\x80\x94", 3);
            i += 3;
        } else {
            s[i++] = (char)('a' + below(26));
        }
    }
    s[i] = '\0';
}

static size_t count(void)
{
    switch (below(4)) {
    case 0:
        return 0;
    case 1:
        return 1;
    case 2:
        return below(100);
    default:
        return (size_t)(next() >> 24); /* up to 2^40 */
    }
}

static double share(void)
{
    switch (below(4)) {
    case 0:
        return (double)NAN;
    case 1:
        return 0;
    default:
        return (double)below(1000001) / 1e6;
    }
}

int main(void)
{
    static char names[3][FSC_PROFILE_MAX][300];
    size_t cut = 0, listed = 0;
    for (int round = 0; round < 20000; round++) {
        fsc_profile p;
        memset(&p, 0, sizeof p);
        size_t max = below(3) == 0 ? 260 : 24;
        p.sources = count();
        p.n_sides = below(FSC_PROFILE_MAX + 1);
        for (size_t i = 0; i < p.n_sides; i++) {
            make_name(names[0][i], max);
            p.sides[i].name = names[0][i];
            p.sides[i].sources = count();
        }
        p.n_source_names = below(FSC_PROFILE_MAX + 1);
        for (size_t i = 0; i < p.n_source_names; i++) {
            make_name(names[1][i], max);
            make_name(names[2][i], max / 2 + 1);
            p.source_names[i] = names[1][i];
            p.source_types[i] = names[2][i];
        }
        p.anonymous = count();
        p.unresolved = count();
        p.share_attributed = share();
        p.share_quoted = share();
        for (int v = 0; v < 3; v++)
            p.terms[v] = count();
        char want[sizeof p.summary];
        ref_summary(&p, want, sizeof want);
        fsc__profile_summarise(&p);
        if (strcmp(p.summary, want) != 0) {
            fprintf(stderr, "round %d:\n  got  %s\n  want %s\n", round,
                    p.summary, want);
            TH_CHECK(0);
            break;
        }
        size_t n = strlen(want);
        cut += n >= 3 && memcmp(want + n - 3, "\xE2\x80\xA6", 3) == 0;
        listed += p.n_source_names > 0;
    }
    /* both ends of the line were reached */
    TH_CHECK(cut > 100);
    TH_CHECK(listed > 1000);
    TH_DONE();
}
