/*
 * test_model_index.c - the lookup structures the matcher keeps beside its
 * tries (analysis/model.h, analysis/match/) agree with the tries:
 *   - the hash table of the prefix byte trie's edges (fsc__pt_child) gives,
 *     for every node and every byte, the child the sibling lists hold;
 *   - the word trie's per-node filter (wp_bits) never hides an edge, and a
 *     lookup through it gives what probing the edge table alone gives;
 *   - each cached word form's readings carry the root child of their word
 *     pattern, and the form may start a match exactly when one has one.
 * On the bundled lexicons plus the general loaded-language lexicon, the
 * largest set shipped.
 */
#include "match/match_int.h"
#include "th.h"

#include "framescope/analyzer.h"
#include "framescope/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const files[] = { "lexicons/karabakh-2023.json",
                                     "lexicons/modifiers.json",
                                     "lexicons/general/loaded-language.json",
                                     "lexicons/attribution/actors.json",
                                     "lexicons/attribution/cues.json" };
#define N_FILES (sizeof files / sizeof *files)

/* The child by the sibling lists, as the prefix trie stores it. */
static uint32_t pt_child_by_list(const fsc_model *m, uint32_t node,
                                 uint8_t byte)
{
    uint32_t c = m->pt[node].child;
    while (c && m->pt[c].byte != byte)
        c = m->pt[c].next;
    return c;
}

/* The child by probing the edge table alone, without the node filter. */
static uint32_t trie_child_by_table(const fsc_model *m, uint32_t node,
                                    uint32_t wpid)
{
    uint64_t key = (((uint64_t)node << 32) | wpid) + 1;
    size_t mask = m->n_edge_slots - 1;
    for (size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;;
         i = (i + 1) & mask) {
        if (m->edges[i].key == key)
            return m->edges[i].val;
        if (!m->edges[i].key)
            return 0;
    }
}

static void check_prefix_trie(const fsc_model *m)
{
    TH_CHECK(m->n_pt > 1); /* the lexicons have wildcard prefixes */
    size_t found = 0;
    for (uint32_t n = 0; n < m->n_pt; n++)
        for (unsigned b = 0; b < 256; b++) {
            uint32_t want = pt_child_by_list(m, n, (uint8_t)b);
            uint32_t got = fsc__pt_child(m, n, (uint8_t)b);
            if (want != got) {
                fprintf(stderr, "prefix node %u byte %u: %u != %u\n", n, b, got,
                        want);
                th_failures++;
                return;
            }
            found += want != 0;
        }
    TH_EQ_INT(found, m->n_pt - 1); /* every node but the root is a child */
}

static void check_word_trie(const fsc_model *m)
{
    size_t edges = 0;
    for (size_t i = 0; i < m->n_edge_slots; i++) {
        uint64_t k = m->edges[i].key;
        if (!k)
            continue;
        edges++;
        uint32_t node = (uint32_t)((k - 1) >> 32);
        uint32_t wpid = (uint32_t)(k - 1);
        TH_CHECK(m->nodes[node].wp_bits & fsc__wp_bit(wpid));
        TH_EQ_INT(fsc__trie_child(m, node, wpid), m->edges[i].val);
    }
    TH_EQ_INT(edges, m->n_edges);
    /* absent edges: the filter answers as the table does */
    size_t nodes = m->n_nodes < 3000 ? m->n_nodes : 3000;
    for (uint32_t node = 0; node < nodes; node++)
        for (uint32_t wpid = node % 7; wpid < m->n_wp; wpid += 7)
            if (fsc__trie_child(m, node, wpid) !=
                trie_child_by_table(m, node, wpid)) {
                fprintf(stderr, "node %u wpid %u differs\n", node, wpid);
                th_failures++;
                return;
            }
}

static void check_forms(const fsc_model *m, fsc_analyzer *a)
{
    static const char *const texts[] = {
        "The occupation forces shelled the villages, officials said on "
        "Monday; the so-called referendum was condemned as illegal.",
        "وقال المتحدث الرسمي إن قوات الاحتلال قصفت القرى، وأكدت الوزارة "
        "أن الهجوم الإرهابي أسفر عن سقوط ضحايا. ويحتلون المدينة.",
        "Официальные лица заявили, что оккупанты обстреляли города."
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        fsc_result *r = NULL;
        fsc_error e;
        TH_CHECK(fsc_analyze(a, texts[k], strlen(texts[k]), NULL, &r, &e) ==
                 FSC_OK);
        fsc_result_free(r);
    }
    size_t starting = 0, with_hits = 0;
    for (size_t i = 1; i < a->n_types; i++) {
        const ttype *t = &a->types[i];
        int any = 0;
        for (uint32_t j = 0; j < t->n_hits; j++) {
            const hit *h = &a->hits[t->hits_off + j];
            TH_EQ_INT(h->root, trie_child_by_table(m, 0, h->wpid));
            any |= h->root != 0;
        }
        TH_EQ_INT(t->starts, any);
        starting += any;
        with_hits += t->n_hits != 0;
    }
    /* some forms start terms; some have readings only inside terms or
     * guards ("the", «في»), where no walk starts */
    TH_CHECK(starting > 0);
    TH_CHECK(with_hits > starting);
}

int main(void)
{
    fsc_error e;
    fsc_lexicon *lex[N_FILES];
    fsc_model *m = NULL;
    fsc_analyzer *a = NULL;
    if (fsc_init(&e) != FSC_OK)
        return 1;
    for (size_t i = 0; i < N_FILES; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", FSC_SOURCE_DIR, files[i]);
        if (fsc_lexicon_load(path, NULL, &lex[i], &e) != FSC_OK) {
            fprintf(stderr, "%s: %s\n", path, e.msg);
            return 1;
        }
    }
    if (fsc_model_compile((const fsc_lexicon *const *)lex, N_FILES, NULL, &m,
                          &e) != FSC_OK ||
        fsc_analyzer_new(m, &a, &e) != FSC_OK) {
        fprintf(stderr, "%s\n", e.msg);
        return 1;
    }
    check_prefix_trie(m);
    check_word_trie(m);
    check_forms(m, a);
    fsc_analyzer_free(a);
    fsc_model_free(m);
    for (size_t i = 0; i < N_FILES; i++)
        fsc_lexicon_free(lex[i]);
    return th_failures ? 1 : 0;
}
