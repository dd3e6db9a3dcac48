#!/usr/bin/env python3
"""Attribution: framescope against the PolNeAR gold annotations (train split).

Usage: python3 eval/polnear.py            (FSC_DATA, FSC_BIN as in bench/run.sh)

Reads $FSC_DATA/polnear (default <repo>/../shared/data/polnear), never copies
it. Prints the tables and rewrites the PolNeAR section of eval/results.md.
Exits 0 with a notice when the data is absent. See eval/README.md.
"""

import bisect
import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsc_eval_common as C  # noqa: E402

T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
E_LINE = re.compile(r"^(E\d+)\t(.*)$")
KINDS = ("cue", "source", "content")


def parse_ann(path):
    """Gold attributions: list of {cue, source, content: [segments]}.

    Content2 (a second content span) joins content. Discuss/Discard spans and
    annotator notes belong to no relation and are ignored. Offsets are code
    points; a discontinuous span keeps its segments.
    """
    spans, rels = {}, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = T_LINE.match(line)
            if m:
                segs = [tuple(map(int, s.split())) for s in m.group(3).split(";")]
                spans[m.group(1)] = segs
                continue
            m = E_LINE.match(line.rstrip("\n"))
            if m:
                rels.append([x.split(":", 1) for x in m.group(2).split()])
    out = []
    for rel in rels:
        a = {"cue": [], "source": [], "content": []}
        for role, tid in rel:
            role = role.lower()
            key = "content" if role.startswith("content") else role
            if key in a and tid in spans:
                a[key].extend(spans[tid])
        if a["cue"] or a["content"]:
            out.append(a)
    return out


def choose_annotation(ann_dir):
    """One .ann per article: the lexicographically first annotator code."""
    by_article = collections.defaultdict(list)
    for fn in os.listdir(ann_dir):
        m = re.match(r"^(.*)_([0-9a-f]{4})\.ann$", fn)
        if m:
            by_article[m.group(1)].append(m.group(2))
    return {a: sorted(v) for a, v in by_article.items()}


def seg_extent(text, segs):
    """Trimmed (start, end) of a list of segments, or None."""
    if not segs:
        return None
    a, b = C.trim(text, min(s for s, _ in segs), max(e for _, e in segs))
    return (a, b) if a < b else None


def overlaps(segs_a, segs_b):
    return any(a0 < b1 and b0 < a1 for a0, a1 in segs_a for b0, b1 in segs_b)


def tok_ids(toks, segs):
    """Indices of tokens (sorted, disjoint) that intersect any segment."""
    ends = [e for _, e in toks]
    out = set()
    for a, b in segs:
        i = bisect.bisect_right(ends, a)  # first token ending after a
        while i < len(toks) and toks[i][0] < b:
            out.add(i)
            i += 1
    return out


def predicted(row, text):
    """framescope attributions with code point spans (trimmed)."""
    b2c = C.byte_to_cp(text)
    out = []
    for a in row["framescope"].get("attributions", []):
        p = {"kind": a["kind"], "rule": a.get("rule"), "cue": [], "source": [], "content": [],
             "lemma": (a.get("cue") or {}).get("lemma")}
        for k in KINDS:
            s = a.get(k)
            if not s:
                continue
            if k == "content":
                cp = (s["cp_start"], s["cp_end"])
                assert (b2c[s["start"]], b2c[s["end"]]) == cp, "cp/byte mismatch"
            else:
                cp = (b2c[s["start"]], b2c[s["end"]])
            cp = C.trim(text, *cp)
            if cp[0] < cp[1]:
                p[k] = [cp]
        out.append(p)
    return out


class Counts:
    def __init__(self):
        self.c = collections.Counter()

    def add(self, **kw):
        self.c.update(kw)


def evaluate(text, gold, pred, cnt, examples, outlet):
    toks = C.tokens(text)
    # (a)-(c): spans per kind, deduplicated by extent
    for k in KINDS:
        g = {}
        for a in gold:
            ext = seg_extent(text, a[k])
            if ext:
                g.setdefault(ext, [tuple(C.trim(text, s, e)) for s, e in a[k]])
        p = {}
        for a in pred:
            if a[k]:
                p.setdefault(a[k][0], a[k])
        cnt.add(**{k + "_g": len(g), k + "_p": len(p),
                   k + "_exact": len(set(g) & set(p)),
                   k + "_ovp": sum(1 for ps in p.values() if any(overlaps(ps, gs) for gs in g.values())),
                   k + "_ovr": sum(1 for gs in g.values() if any(overlaps(ps, gs) for ps in p.values()))})
        gt, pt = set(), set()
        for gs in g.values():
            gt |= tok_ids(toks, gs)
        for ps in p.values():
            pt |= tok_ids(toks, ps)
        cnt.add(**{k + "_tg": len(gt), k + "_tp": len(pt), k + "_tboth": len(gt & pt)})
        if k == "cue":
            gcont = [a["content"] for a in gold if a["content"]]
            for ps in p.values():
                if not any(overlaps(ps, gs) for gs in g.values()):
                    examples["cue_fp"][text[ps[0][0]:ps[0][1]].lower()] += 1
                    nested = any(overlaps(ps, gs) for gs in gcont)
                    cnt.add(cue_fp_nested=int(nested), cue_fp_other=int(not nested))
            for gs in g.values():
                if not any(overlaps(ps, gs) for ps in p.values()):
                    s0, e0 = gs[0]
                    examples["cue_fn"][text[s0:e0].lower()[:40]] += 1
    # (d) attribution triples, greedy one-to-one in text order
    used = set()
    m_cs = m_csc = 0
    src_missing = 0
    for pa in pred:
        for i, ga in enumerate(gold):
            if i in used or not pa["cue"] or not ga["cue"] or not overlaps(pa["cue"], ga["cue"]):
                continue
            src_ok = overlaps(pa["source"], ga["source"]) if (pa["source"] and ga["source"]) \
                else (not pa["source"] and not ga["source"])
            if not src_ok:
                if ga["source"] and not pa["source"]:
                    src_missing += 1
                continue
            used.add(i)
            m_cs += 1
            if pa["content"] and ga["content"] and overlaps(pa["content"], ga["content"]):
                m_csc += 1
            break
    cnt.add(tri_g=len(gold), tri_p=len(pred), tri_cs=m_cs, tri_csc=m_csc,
            tri_src_missing=src_missing,
            gold_with_source=sum(1 for a in gold if a["source"]),
            pred_with_source=sum(1 for a in pred if a["source"]))
    # voice: the innermost predicted content containing a token decides
    # (quoted for direct quotations, attributed otherwise), as framescope does
    voice = ["authorial"] * len(toks)
    best = [None] * len(toks)
    for pa in pred:
        if not pa["content"]:
            continue
        s, e = pa["content"][0]
        ln = e - s
        v = "quoted" if pa["kind"] == "direct" else "attributed"
        for i, (ts, te) in enumerate(toks):
            if s <= ts < e and (best[i] is None or ln <= best[i]):
                best[i], voice[i] = ln, v
    gc = set()
    for a in gold:
        gc |= tok_ids(toks, a["content"])
    for i, v in enumerate(voice):
        cnt.add(**{"v_" + v: 1})
        if i in gc:
            cnt.add(**{"v_" + v + "_in": 1})
    cnt.add(tokens=len(toks), gold_content_tokens=len(gc))
    return voice, gc, toks


def summarise(c):
    """Rows of the main table from a Counter."""
    rows = []
    for k in KINDS:
        rows.append((k, "exact (trimmed extent)") + C.prf(c[k + "_exact"], c[k + "_p"], c[k + "_exact"], c[k + "_g"]))
        rows.append((k, "any overlap (spans)") + C.prf(c[k + "_ovp"], c[k + "_p"], c[k + "_ovr"], c[k + "_g"]))
        rows.append((k, "token overlap") + C.prf(c[k + "_tboth"], c[k + "_tp"], c[k + "_tboth"], c[k + "_tg"]))
    rows.append(("attribution", "cue + source overlap") + C.prf(c["tri_cs"], c["tri_p"], c["tri_cs"], c["tri_g"]))
    rows.append(("attribution", "cue + source + content overlap") + C.prf(c["tri_csc"], c["tri_p"], c["tri_csc"], c["tri_g"]))
    return rows


def share(a, b):
    return a / b if b else None


def main():
    base = os.path.join(C.data_dir(), "polnear")
    corpus = os.path.join(base, "polnear_train.jsonl")
    ann_dir = os.path.join(base, "train", "attributions")
    if not (os.path.isfile(corpus) and os.path.isdir(ann_dir)):
        print("eval/polnear.py: PolNeAR not found under %s (set FSC_DATA to the "
              "shared data directory); skipping the evaluation." % base)
        return 0
    C.framescope_bin()
    articles = [json.loads(l) for l in open(corpus, encoding="utf-8")]
    annotators = choose_annotation(ann_dir)
    rows = C.run_score(articles)

    total = Counts()
    by_outlet = collections.defaultdict(Counts)
    examples = {"cue_fp": collections.Counter(), "cue_fn": collections.Counter(),
                "auth_in_gold": {}}
    fs_tokens = my_tokens = 0
    voice_diff = 0
    rules = collections.Counter()
    rules_ok = collections.Counter()
    n_multi = 0
    for art in articles:
        aid, text = art["id"], art["text"]
        if aid not in annotators:
            continue
        ann = annotators[aid]
        n_multi += len(ann) > 1
        gold = parse_ann(os.path.join(ann_dir, "%s_%s.ann" % (aid, ann[0])))
        row = rows[aid]
        pred = predicted(row, text)
        for c in (total, by_outlet[art["outlet"]]):
            voice, gc, toks = evaluate(text, gold, pred, c, examples, art["outlet"])
        for pa in pred:
            rules[pa["rule"]] += 1
            if pa["cue"] and any(ga["cue"] and overlaps(pa["cue"], ga["cue"]) for ga in gold) or \
               pa["content"] and any(ga["content"] and overlaps(pa["content"], ga["content"]) for ga in gold):
                rules_ok[pa["rule"]] += 1
        fs_tokens += row["framescope"]["tokens"]
        my_tokens += len(toks)
        vt = row["framescope"].get("voice_tokens", {})
        mine = collections.Counter(voice)
        voice_diff += sum(abs(vt.get(v, 0) - mine[v]) for v in ("authorial", "quoted", "attributed"))

    # inter-annotator ceiling on the articles with several annotations
    ia = Counts()
    for aid, ann in sorted(annotators.items()):
        if len(ann) < 2:
            continue
        text = next(a["text"] for a in articles if a["id"] == aid)
        g0 = parse_ann(os.path.join(ann_dir, "%s_%s.ann" % (aid, ann[0])))
        for other in ann[1:]:
            g1 = parse_ann(os.path.join(ann_dir, "%s_%s.ann" % (aid, other)))
            p1 = [{"kind": "?", "cue": [C.trim(text, *s) for s in a["cue"]][:1] if a["cue"] else [],
                   "source": [seg_extent(text, a["source"])] if seg_extent(text, a["source"]) else [],
                   "content": [seg_extent(text, a["content"])] if seg_extent(text, a["content"]) else []}
                  for a in g1]
            evaluate(text, g0, p1, ia, {"cue_fp": collections.Counter(),
                                        "cue_fn": collections.Counter(), "auth_in_gold": {}}, "")

    c = total.c
    hdr = ["span", "match", "P", "R", "F1"]
    main_rows = [(a, b, C.fmt(p), C.fmt(r), C.fmt(f)) for a, b, p, r, f in summarise(c)]
    counts_rows = [(k, c[k + "_g"], c[k + "_p"]) for k in KINDS] + \
        [("attribution", c["tri_g"], c["tri_p"])]
    ia_rows = [(a, b, C.fmt(f)) for a, b, p, r, f in summarise(ia.c)]

    voice_rows = []
    for v in ("attributed", "quoted", "authorial"):
        voice_rows.append((v, c["v_" + v], C.pct(share(c["v_" + v + "_in"], c["v_" + v])),
                           C.pct(share(c["v_" + v + "_in"], c["gold_content_tokens"]))))

    out_hdr = ["outlet", "articles", "gold attr.", "cue F1 (tok)", "source F1 (tok)",
               "content F1 (tok)", "attribution F1 (cue+src)", "attributed in gold content",
               "gold content called authorial"]
    out_rows = []
    n_art = collections.Counter(a["outlet"] for a in articles if a["id"] in annotators)
    for o in sorted(by_outlet):
        oc = by_outlet[o].c
        s = summarise(oc)
        tokf = {r[0]: r[4] for r in s if r[1] == "token overlap"}
        out_rows.append((o, n_art[o], oc["tri_g"], C.fmt(tokf["cue"]), C.fmt(tokf["source"]),
                         C.fmt(tokf["content"]), C.fmt(s[-2][4]),
                         C.pct(share(oc["v_attributed_in"], oc["v_attributed"])),
                         C.pct(share(oc["v_authorial_in"], oc["gold_content_tokens"]))))

    rule_rows = [(r, n, C.pct(share(rules_ok[r], n))) for r, n in rules.most_common(12)]
    fp_rows = [(w, n) for w, n in examples["cue_fp"].most_common(12)]
    fn_rows = [(w, n) for w, n in examples["cue_fn"].most_common(12)]

    notes = [
        "%d articles (PolNeAR train), %d gold attributions (%d with a Source), "
        "%d framescope attributions (%d with a source span)." % (
            len(annotators), c["tri_g"], c["gold_with_source"], c["tri_p"], c["pred_with_source"]),
        "%d articles have several annotations; the lexicographically first annotator "
        "code is used." % n_multi,
        "Tokens here are runs of Unicode word characters: %d, against framescope's "
        "%d ICU words (%.1f%%); per-token voice recomputed from the attributions differs "
        "from framescope's voice_tokens by %d tokens in all (%.2f%%)." % (
            my_tokens, fs_tokens, 100.0 * my_tokens / fs_tokens, voice_diff,
            100.0 * voice_diff / max(fs_tokens, 1)),
        "Of the framescope cues that overlap no gold cue, %d lie inside a gold Content "
        "span (nested reports, which PolNeAR's one-label-per-token scheme leaves "
        "unannotated) and %d elsewhere." % (c["cue_fp_nested"], c["cue_fp_other"]),
        "Triples: a gold attribution whose Source framescope left without a source span "
        "(cue overlapping) was missed %d times." % c["tri_src_missing"],
    ]

    md = ["## PolNeAR — attribution (English, US political news 2015-16)", ""]
    md += ["- " + n for n in notes] + [""]
    md += [C.md_table(hdr, main_rows), "", "Span counts (gold, framescope):", "",
           C.md_table(["span", "gold", "framescope"], counts_rows), "",
           "Voice (tokens): share of framescope's tokens of each voice that lie in gold "
           "Content spans, and share of gold Content tokens given that voice:", "",
           C.md_table(["framescope voice", "tokens", "in gold content", "of gold content tokens"],
                      voice_rows), "",
           "By outlet (token-overlap F1; attribution = cue + source overlap):", "",
           C.md_table(out_hdr, out_rows), "",
           "Human ceiling: first annotator against each other annotator on the %d "
           "multiply annotated articles (F1):" % n_multi, "",
           C.md_table(["span", "match", "F1"], ia_rows), "",
           "framescope attributions by rule (share whose cue or content overlaps a gold one):", "",
           C.md_table(["rule", "attributions", "overlap gold"], rule_rows), "",
           "Most frequent framescope cues that overlap no gold cue:", "",
           C.md_table(["cue", "n"], fp_rows), "",
           "Most frequent gold cues that no framescope cue overlaps:", "",
           C.md_table(["gold cue", "n"], fn_rows)]
    C.write_section("polnear", "\n".join(md))

    print("\n".join(notes))
    print()
    print(C.text_table(hdr, main_rows))
    print()
    print(C.text_table(["span", "gold", "framescope"], counts_rows))
    print()
    print(C.text_table(["framescope voice", "tokens", "in gold content", "of gold content tokens"], voice_rows))
    print()
    print(C.text_table(out_hdr, out_rows))
    print()
    print("human ceiling (%d articles):" % n_multi)
    print(C.text_table(["span", "match", "F1"], ia_rows))
    print()
    print(C.text_table(["rule", "attributions", "overlap gold"], rule_rows))
    print()
    print(C.text_table(["framescope cue without gold", "n"], fp_rows))
    print()
    print(C.text_table(["gold cue missed", "n"], fn_rows))
    print("\nwrote %s" % os.path.relpath(C.RESULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
