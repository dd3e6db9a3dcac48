#!/usr/bin/env python3
"""Validate the Arabic attribution gold, part C (README-ar-c.md), against SaudiNewsNet.

Usage: check_gold_c.py [GOLD.jsonl] [--corpus PATH] [--summary]

GOLD defaults to ar-saudinewsnet-c.jsonl beside this script; the corpus default
is that of check_gold_b.py. Runs every check of check_gold_b.py (format,
offsets, strings, hashes, split, kinds) and then the selection rule of part C:
  - no id is also in part A or part B;
  - for each outlet, the ids of the file, in file order, are the next ids of
    that outlet's selection order (120-650 words, sorted by id, shuffled with
    random.Random(20261205)) after the ids parts A and B used, except the
    skipped ids listed in SKIPPED (none so far);
  - every outlet has the same number of articles (whole rounds).
Exit 1 on any error, 0 when clean, 0 with a notice when the corpus is absent.
"""

import gzip
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_gold_b as B  # noqa: E402

OUTLETS = ["alriyadh", "aljazirah", "alyaum", "aleqtisadiya", "aawsat", "okaz", "alwatan",
           "almadina", "alweeam", "3alyoum", "sabq", "was", "arreyadi", "arriyadiyah"]
SEED = 20261205
MIN_WORDS, MAX_WORDS = 120, 650
PARTS_AB = ["ar-saudinewsnet-a.jsonl", "ar-saudinewsnet-b.jsonl"]
SKIPPED = {}  # id -> reason (not news prose); none so far


def selection_order(corpus):
    """Outlet -> ids in the selection order of parts A, B and C."""
    by = {o: [] for o in OUTLETS}
    opener = gzip.open if corpus.endswith(".gz") else open
    with opener(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["outlet"] in by and MIN_WORDS <= len(r["text"].split()) <= MAX_WORDS:
                by[r["outlet"]].append(r["id"])
    out = {}
    for o, ids in by.items():
        ids = sorted(ids)
        random.Random(SEED).shuffle(ids)
        out[o] = ids
    return out


def ids_of(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f if line.strip()]


def check_selection(gold, corpus):
    """Errors of the selection rule (a list of strings)."""
    errors = []
    used = set()
    for name in PARTS_AB:
        used.update(ids_of(os.path.join(B.HERE, name)))
    recs = []
    with open(gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                recs.append((r.get("id"), r.get("outlet")))
    for rid, _ in recs:
        if rid in used:
            errors.append(f"{rid}: already in part A or B")
    order = selection_order(corpus)
    counts = {}
    for o in OUTLETS:
        mine = [rid for rid, out in recs if out == o]
        counts[o] = len(mine)
        expected = [i for i in order[o] if i not in used and i not in SKIPPED][:len(mine)]
        if mine != expected:
            errors.append(f"{o}: ids {mine} are not the next ids of the selection order "
                          f"{expected}")
    unknown = {out for _, out in recs} - set(OUTLETS)
    if unknown:
        errors.append(f"outlets not in part C's list: {sorted(unknown)}")
    if len(set(counts.values())) > 1:
        errors.append(f"rounds are not whole: articles per outlet {counts}")
    return errors, counts


def main(argv):
    gold = os.path.join(B.HERE, "ar-saudinewsnet-c.jsonl")
    corpus = B.default_corpus()
    rest = []
    i = 0
    while i < len(argv):
        if argv[i] == "--corpus" and i + 1 < len(argv):
            corpus = argv[i + 1]
            i += 1
        elif argv[i].startswith("--"):
            if argv[i] != "--summary":
                print(__doc__)
                return 2
            rest.append(argv[i])
        else:
            gold = argv[i]
        i += 1
    rc = B.main([gold, "--corpus", corpus] + rest)
    if not os.path.isfile(corpus):
        return rc
    errors, counts = check_selection(gold, corpus)
    for e in errors:
        print(e)
    print(f"check_gold_c: selection: {min(counts.values()) if counts else 0} whole round(s) "
          f"over {len(OUTLETS)} outlets, {len(errors)} errors")
    return 1 if rc or errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
