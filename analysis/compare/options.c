/*
 * options.c - compare's names and options: the measure, voice and period
 * names and their parsers, the default options, and which pairs are findings
 * (fsc_compare_is_finding).
 */
#include "compare_int.h"

const char *fsc_measure_name(fsc_measure m)
{
    switch (m) {
    case FSC_MEASURE_RATE:
        return "rate";
    case FSC_MEASURE_COUNT:
        return "count";
    case FSC_MEASURE_WEIGHTED:
        return "weighted";
    case FSC_MEASURE_PRESENCE:
        return "presence";
    case FSC_MEASURE_VOICE_RATE:
        return "voice_rate";
    case FSC_MEASURE_SHARE_ATTRIBUTED:
        return "share_attributed";
    case FSC_MEASURE_SHARE_QUOTED:
        return "share_quoted";
    case FSC_MEASURE_ANONYMOUS_RATE:
        return "anonymous_rate";
    case FSC_MEASURE_SIDE_DIVERSITY:
        return "side_diversity";
    case FSC_MEASURE_SOURCES:
        return "sources";
    case FSC_MEASURE_SIDE:
        return "side";
    }
    return "?";
}

fsc_status fsc_measure_parse_side(const char *s, fsc_measure *out,
                                  const char **side)
{
    if (side)
        *side = NULL;
    if (s && strncmp(s, "side:", 5) == 0 && s[5]) {
        *out = FSC_MEASURE_SIDE;
        if (side)
            *side = s + 5;
        return FSC_OK;
    }
    for (int m = FSC_MEASURE_RATE; m < FSC_MEASURE_SIDE; m++)
        if (s && strcmp(s, fsc_measure_name((fsc_measure)m)) == 0) {
            *out = (fsc_measure)m;
            return FSC_OK;
        }
    return FSC_EINVAL;
}

fsc_status fsc_measure_parse(const char *s, fsc_measure *out)
{
    return fsc_measure_parse_side(s, out, NULL);
}

const char *fsc_compare_voice_name(fsc_compare_voice v)
{
    switch (v) {
    case FSC_COMPARE_VOICE_ALL:
        return "all";
    case FSC_COMPARE_VOICE_AUTHORIAL:
        return "authorial";
    case FSC_COMPARE_VOICE_QUOTED:
        return "quoted";
    case FSC_COMPARE_VOICE_ATTRIBUTED:
        return "attributed";
    }
    return "?";
}

const char *fsc_compare_period_name(int period)
{
    switch (period) {
    case FSC_PERIOD_NONE:
        return "none";
    case FSC_PERIOD_DAY:
        return "day";
    case FSC_PERIOD_WEEK:
        return "week";
    case FSC_PERIOD_MONTH:
        return "month";
    }
    return "?";
}

fsc_status fsc_compare_period_parse(const char *s, int *out)
{
    for (int p = FSC_PERIOD_NONE; p <= FSC_PERIOD_MONTH; p++)
        if (s && out && strcmp(s, fsc_compare_period_name(p)) == 0) {
            *out = p;
            return FSC_OK;
        }
    return FSC_EINVAL;
}

fsc_status fsc_compare_voice_parse(const char *s, fsc_compare_voice *out)
{
    for (int v = FSC_COMPARE_VOICE_ALL; v <= FSC_COMPARE_VOICE_ATTRIBUTED; v++)
        if (s && strcmp(s, fsc_compare_voice_name((fsc_compare_voice)v)) == 0) {
            *out = (fsc_compare_voice)v;
            return FSC_OK;
        }
    return FSC_EINVAL;
}

void fsc_compare_opts_init(fsc_compare_opts *o)
{
    memset(o, 0, sizeof *o);
    o->by = "outlet";
    o->measure = FSC_MEASURE_RATE;
    o->bootstrap = 2000;
    o->level = 0.95;
    o->permutations = 0;
    o->seed = 20240607;
    o->alpha = 0.05;
    o->test = FSC_TEST_MW;
    o->min_effect = NAN;
    o->min_group = 30;
    o->threads = 1;
    o->voice = FSC_COMPARE_VOICE_ALL;
    o->keyness_top = 10;
    o->prior = FSC_PRIOR_POOLED;
    o->prior_a0 = 500;
}

const char *fsc_compare_test_name(fsc_primary_test t)
{
    return t == FSC_TEST_WELCH ? "welch" : "mann-whitney";
}

double fsc_compare_min_effect(const fsc_compare_opts *o)
{
    if (!isnan(o->min_effect))
        return o->min_effect;
    return o->test == FSC_TEST_WELCH ? 0.2 : 0.147;
}

int fsc_compare_is_finding(const fsc_compare_result *r,
                           const fsc_compare_pair *p, double *effect,
                           double *p_adj)
{
    const fsc_compare_opts *o = &r->opts;
    int welch = o->test == FSC_TEST_WELCH;
    double e = welch ? p->effect.hedges_g : p->effect.cliff;
    double q = welch ? p->welch_p_adj : p->mw_p_adj;
    if (effect)
        *effect = e;
    if (p_adj)
        *p_adj = q;
    if (!(q < o->alpha) || !(fabs(e) >= fsc_compare_min_effect(o)))
        return 0;
    /* The pair's cells: voice-major, then group x category (a result of
       one voice, such as the report's per-voice views, holds that voice's
       cells only). */
    size_t base = r->n_voices > 1 ? p->voice * r->n_groups * r->n_categories
                                  : 0;
    size_t na = r->cells[base + p->a * r->n_categories + p->category].desc.n;
    size_t nb = r->cells[base + p->b * r->n_categories + p->category].desc.n;
    return na >= o->min_group && nb >= o->min_group;
}
