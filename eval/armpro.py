#!/usr/bin/env python3
"""Framing terms: framescope's Arabic framing matches against ArMPro spans.

Usage: python3 eval/armpro.py            (FSC_DATA, FSC_BIN as in bench/run.sh)
       python3 eval/armpro.py --lexicon lexicons/general/loaded-language.json \
                              --lexicon lexicons/modifiers.json

With --lexicon (repeatable) only the given lexicons are used, and the results
go to the section "armpro_<stem of the first lexicon file>" of eval/results.md
instead of "armpro".

Reads $FSC_DATA/armpro/ArMPro_span_dev_V2.jsonl (default <repo>/../shared/data),
never copies it. ArMPro marks persuasion techniques in general Arabic news;
framescope's framing lexicon is about the 2023 Karabakh events, so this
measures how far the Arabic lexicon carries to other news, not its accuracy
on its own domain. Prints the tables and rewrites the ArMPro section of
eval/results.md. Exits 0 with a notice when the data is absent.
"""

import argparse
import collections
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsc_eval_common as C  # noqa: E402

TARGET = ("Loaded_Language", "Name_Calling-Labeling")


def part_of(paragraph_id):
    """Deterministic dev/test split of ArMPro paragraphs, fixed before any
    error analysis: sha256 of the paragraph id, first byte even = dev, odd =
    test. Lexicon work may look at dev misses only; test is for reporting."""
    return "dev" if hashlib.sha256(paragraph_id.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def ov(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    ap = argparse.ArgumentParser(description="framescope framing matches vs ArMPro spans")
    ap.add_argument("-l", "--lexicon", action="append", default=None,
                    help="lexicon file passed to framescope score -l (repeatable; "
                         "default: the bundled lexicons)")
    ap.add_argument("--part", choices=("dev", "test", "all"), default="dev",
                    help="which part of the sha256 split of the paragraphs to measure "
                         "(default dev; misses and unmatched terms are printed for dev "
                         "and all only, so test errors are not looked at)")
    ap.add_argument("--show", type=int, default=15, metavar="N",
                    help="terminal only: list N unmatched terms and missed gold spans "
                         "(default 15; dev and all parts only, never written to results.md)")
    args = ap.parse_args()
    path = os.path.join(C.data_dir(), "armpro", "ArMPro_span_dev_V2.jsonl")
    if not os.path.isfile(path):
        print("eval/armpro.py: %s not found (set FSC_DATA to the shared data "
              "directory); skipping the evaluation." % path)
        return 0
    C.framescope_bin()
    paras = [json.loads(l) for l in open(path, encoding="utf-8")]
    if args.part != "all":
        paras = [p for p in paras if part_of(p["paragraph_id"]) == args.part]
    rows = C.run_score(({"id": p["paragraph_id"], "outlet": p["page_domain"], "lang": "ar",
                        "text": p["paragraph"]} for p in paras),
                       lexicons=args.lexicon)

    n_pred = p_target = p_any = 0
    gold_target = collections.Counter()   # technique -> spans
    found_target = collections.Counter()  # technique -> spans overlapped by a match
    term_n = collections.Counter()
    term_hit = collections.Counter()
    term_cats = {}
    hit_examples = collections.defaultdict(list)
    para_with_match = para_with_match_and_target = para_with_target = 0
    missed = collections.Counter()
    for p in paras:
        text = p["paragraph"]
        row = rows[p["paragraph_id"]]["framescope"]
        if row.get("status") != "scored":
            continue
        spans = {}
        for m in row.get("matches", []):
            if m.get("layer") == "attribution":
                continue
            spans.setdefault((m["cp_start"], m["cp_end"]), m)
        labels = [(l["start"], l["end"], l["technique"]) for l in p["labels"]]
        tgt = [(s, e, t) for s, e, t in labels if t in TARGET]
        for s, e, t in tgt:
            gold_target[t] += 1
            if any(ov((s, e), k) for k in spans):
                found_target[t] += 1
            else:
                missed[text[s:e]] += 1
        para_with_target += bool(tgt)
        para_with_match += bool(spans)
        para_with_match_and_target += bool(spans) and bool(tgt)
        for k, m in spans.items():
            n_pred += 1
            term_n[m["term"]] += 1
            term_cats[m["term"]] = ",".join(c.split(":", 1)[1] for c in m["categories"])
            hit_t = any(ov(k, (s, e)) for s, e, _ in tgt)
            hit_a = any(ov(k, (s, e)) for s, e, t in labels if t != "no_technique")
            p_target += hit_t
            p_any += hit_a
            if hit_t:
                term_hit[m["term"]] += 1
                if len(hit_examples[m["term"]]) < 1:
                    g = next(text[s:e] for s, e, t in tgt if ov(k, (s, e)))
                    hit_examples[m["term"]].append(g[:40])

    n_gold = sum(gold_target.values())
    n_found = sum(found_target.values())
    prec_t = p_target / n_pred if n_pred else None
    prec_a = p_any / n_pred if n_pred else None
    summary_rows = [
        ("framescope framing matches (distinct spans)", n_pred),
        ("... overlapping a Loaded_Language or Name_Calling span (precision)",
         "%d (%s)" % (p_target, C.fmt(prec_t))),
        ("... overlapping a span of any technique", "%d (%s)" % (p_any, C.fmt(prec_a))),
    ]
    for t in TARGET:
        summary_rows.append(("%s spans overlapped by a match (recall)" % t,
                             "%d / %d (%s)" % (found_target[t], gold_target[t],
                                               C.fmt(found_target[t] / gold_target[t] if gold_target[t] else None))))
    summary_rows.append(("both techniques (recall)", "%d / %d (%s)" % (
        n_found, n_gold, C.fmt(n_found / n_gold if n_gold else None))))
    f1 = C.prf(p_target, n_pred, n_found, n_gold)[2]
    summary_rows.append(("F1 (precision and recall above)", C.fmt(f1)))
    summary_rows.append(("paragraphs with a match / with a target span / both",
                         "%d / %d / %d (of %d)" % (para_with_match, para_with_target,
                                                   para_with_match_and_target, len(paras))))

    matched_rows = [(t, term_cats[t], term_n[t], term_hit[t], "; ".join(hit_examples[t]))
                    for t, _ in sorted(term_hit.items(), key=lambda x: (-x[1], x[0]))[:15]]
    unmatched = {t: term_n[t] - term_hit[t] for t in term_n}
    unmatched_rows = [(t, term_cats[t], term_n[t], n)
                      for t, n in sorted(unmatched.items(), key=lambda x: (-x[1], x[0]))[:15] if n]
    missed_rows = [(s[:40], n) for s, n in missed.most_common(args.show)]

    md = ["## ArMPro — Arabic framing terms vs persuasion-technique spans", "",
          "%d paragraphs (ArMPro dev V2, part %s of the sha256 split, general Arabic news); framing matches of the "
          "bundled lexicons (attribution layer excluded), one per distinct span; overlap = "
          "at least one shared code point. The bundled set is the general loaded-language "
          "lexicon, the Karabakh pack and the modifiers; ArMPro measures how far they carry "
          "to general Arabic news."
          % (len(paras), args.part), "",
          C.md_table(["measure", "value"], summary_rows), "",
          "Terms whose matches overlap a Loaded_Language / Name_Calling span (n = matches, "
          "hit = overlapping; example = the gold span):", "",
          C.md_table(["term", "category", "n", "hit", "example gold span"], matched_rows), "",
          "Terms whose matches overlap no such span:", "",
          C.md_table(["term", "category", "n", "not hit"], unmatched_rows), "",
          "Most frequent gold spans no match touches (first 40 characters):", "",
          C.md_table(["gold span", "n"], missed_rows)]
    section = "armpro" + ("" if args.part == "all" else "_" + args.part)
    if args.lexicon:
        stem = os.path.splitext(os.path.basename(args.lexicon[0]))[0]
        section = "armpro_" + "".join(ch if ch.isalnum() else "_" for ch in stem)
        if args.part != "all":
            section += "_" + args.part
        md[0] = "## ArMPro — %s vs persuasion-technique spans" % ", ".join(
            os.path.relpath(os.path.abspath(x), C.ROOT) for x in args.lexicon)
        md[2] = md[2].split(" The bundled set is")[0].replace(
            "of the bundled lexicons", "of the lexicons named in the heading")
    # ArMPro text may not be committed: every section keeps counts and
    # lexicon terms only (gold span examples and misses are printed, not written).
    md = md[:5] + ["",
        "Terms whose matches overlap a Loaded_Language / Name_Calling span "
        "(n = matches, hit = overlapping):", "",
        C.md_table(["term", "category", "n", "hit"], [r[:4] for r in matched_rows]), "",
        "Terms whose matches overlap no such span:", "",
        C.md_table(["term", "category", "n", "not hit"], unmatched_rows)]
    if args.part == "test":
        md = md[:5]
    C.write_section(section, "\n".join(md))

    print(C.text_table(["measure", "value"], summary_rows))
    if args.part == "test":
        print("\n(test part: misses and unmatched terms are not printed)\nwrote %s" % os.path.relpath(C.RESULTS))
        return 0
    print()
    print(C.text_table(["term (matched)", "category", "n", "hit", "example"], matched_rows))
    print()
    print(C.text_table(["term (unmatched)", "category", "n", "not hit"],
                       [(t, term_cats[t], term_n[t], n) for t, n in
                        sorted(unmatched.items(), key=lambda x: (-x[1], x[0]))[:args.show] if n]))
    print()
    print(C.text_table(["gold span missed", "n"], missed_rows))
    print("\nwrote %s" % os.path.relpath(C.RESULTS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
