#!/usr/bin/env python3
"""What scoring titles adds: two `framescope score` JSON Lines row files of
the same corpus, one scored with titles (the default) and one with
--no-title, compared article by article.

    framescope score -q -j 2 --no-matches CORPUS > with.jsonl
    framescope score -q -j 2 --no-matches --no-title CORPUS > without.jsonl
    python3 eval/title_share.py with.jsonl without.jsonl

Prints: title_status counts; how many titles hold a framing match; framing
matches and tokens with and without titles; articles whose framing count
changed, and those with framing only in the title; the categories that gain
most. Reads only score rows (no article text).
"""
import collections
import json
import sys


def rows(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = r["framescope"]
    return out


def main(with_path, without_path):
    a, b = rows(with_path), rows(without_path)
    ids = [i for i in a if a[i].get("status") == "scored" and i in b]
    status = collections.Counter(a[i].get("title_status") for i in ids)
    scored = [i for i in ids if a[i].get("title_status") == "scored"]
    with_match = sum(1 for i in scored if a[i]["title_matches"] > 0)
    fa = sum(a[i]["framing_matches"] for i in ids)
    fb = sum(b[i]["framing_matches"] for i in ids)
    ta = sum(a[i]["tokens"] for i in ids)
    tb = sum(b[i]["tokens"] for i in ids)
    changed = sum(1 for i in ids
                  if a[i]["framing_matches"] != b[i]["framing_matches"])
    only_title = sum(1 for i in ids if b[i]["framing_matches"] == 0 and
                     a[i]["framing_matches"] > 0)
    title_m = sum(a[i]["title_matches"] for i in ids)
    print("articles scored: %d" % len(ids))
    print("title_status: %s" % dict(status))
    if scored:
        print("titles with >= 1 framing match: %d of %d scored titles "
              "(%.2f %%)" % (with_match, len(scored),
                             100.0 * with_match / len(scored)))
    print("framing matches: %d without titles, %d with (+%d, +%.2f %%); "
          "title_matches sum %d" % (fb, fa, fa - fb,
                                    100.0 * (fa - fb) / fb if fb else 0,
                                    title_m))
    print("tokens: %d without titles, %d with (+%.2f %%)"
          % (tb, ta, 100.0 * (ta - tb) / tb if tb else 0))
    print("articles whose framing count changed: %d (%.2f %%); with framing "
          "only in the title: %d" % (changed, 100.0 * changed / len(ids),
                                     only_title))
    attr = set()
    for i in ids[:1]:
        for lx in a[i].get("lexicon_set", {}).get("lexicons", []):
            if lx.get("layer") == "attribution":
                attr.add(lx["name"])
    gain = collections.Counter()
    for i in ids:
        for c, v in a[i].get("categories", {}).items():
            if c.split(":", 1)[0] not in attr:
                gain[c] += v.get("title_count", 0)
    print("framing categories gaining most from titles (title_count):")
    for c, n in gain.most_common(10):
        if n:
            print("  %-50s %d" % (c, n))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
