#!/usr/bin/env python3
"""A seeded sample of framescope attributions on real news, for hand coding.

    python3 eval/attribution_sample.py draw [--articles 60] [--n 20]
        [--seed 7] [--lang ar] > sample.txt      # read it; code a CSV
    python3 eval/attribution_sample.py template [...] > coded.csv
    python3 eval/attribution_sample.py score coded.csv
    python3 eval/attribution_sample.py draw --seed 101 --articles 240 \
        --skip-articles 60 --source-kind dropped   # pro-drop speakers only

Articles come from SaudiNewsNet (Arabic; $FSC_DATA/saudinewsnet), or with
--corpus wikinews from the bundled English Wikinews articles, and are
drawn with random.Random(20261205) over the file's line order, leaving out
every article of the project's gold sets (eval/gold/ar-*.jsonl), so the
sample is held out from the rules' development. The attributions of those
articles are then drawn with random.Random(SEED). The coded CSV holds ids,
offsets and codes only (no article text), so it may be committed:

    id, cue_start, cue_end, source_kind, resolved,
    speaker_ok (1/0: the speaker framescope names is the one who speaks),
    content_ok (1/0: the content span is what that speaker says, at least
    mostly), note
"""
import argparse
import csv
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fsc_eval_common as common  # noqa: E402

ARTICLE_SEED = 20261205


def gold_ids():
    ids = set()
    gdir = os.path.join(HERE, "gold")
    for name in os.listdir(gdir):
        if name.startswith("ar-") and name.endswith(".jsonl"):
            with open(os.path.join(gdir, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        ids.add(json.loads(line)["id"])
    return ids


def articles(n, corpus="saudinewsnet", skip_first=0):
    if corpus == "wikinews":
        path = os.path.join(common.ROOT, "corpora", "wikinews",
                            "wikinews.jsonl")
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        order = list(range(len(rows)))
        random.Random(ARTICLE_SEED).shuffle(order)
        return [rows[i] for i in order[:n]]
    path = os.path.join(common.data_dir(), "saudinewsnet",
                        "saudinewsnet.jsonl.gz")
    if not os.path.exists(path):
        print("attribution_sample: %s not found; nothing to do" % path,
              file=sys.stderr)
        sys.exit(0)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    skip = gold_ids()
    order = list(range(len(rows)))
    random.Random(ARTICLE_SEED).shuffle(order)
    out = []
    for i in order:
        r = rows[i]
        if r.get("id") in skip or not (r.get("text") or "").strip():
            continue
        out.append(r)
        if len(out) == skip_first + n:
            break
    return out[skip_first:]


def attributions(rows):
    scored = common.run_score(rows)
    out = []
    for r in rows:
        fs = (scored.get(r["id"]) or {}).get("framescope") or {}
        for a in fs.get("attributions") or []:
            out.append((r["id"], r["text"], a))
    return out


def draw(args):
    rows = articles(args.articles, args.corpus, args.skip_articles)
    att = attributions(rows)
    if args.source_kind:
        att = [x for x in att if x[2].get("source_kind") == args.source_kind]
    rnd = random.Random(args.seed)
    pick = sorted(rnd.sample(range(len(att)), min(args.n, len(att))))
    return [att[i] for i in pick], len(rows), len(att)


def describe(i, aid, text, a):
    def sp(x):
        return x.get("surface", "") if x else "–"
    cue, src = a.get("cue"), a.get("source")
    res = a.get("resolved_to") or {}
    content = a.get("content") or {}
    lo = content.get("start", cue.get("start", 0) if cue else 0)
    start = min([x.get("start", lo) for x in (cue, src, content) if x] +
                [lo])
    end = max([x.get("end", lo) for x in (cue, src, content) if x] + [lo])
    ctx = text.encode()[max(0, start - 160):end + 60].decode(errors="ignore")
    return ("#%d %s  kind=%s  source_kind=%s\n  cue: %s\n  source: %s\n"
            "  resolved: %s\n  content: %s\n  context: …%s…\n" %
            (i, aid, a.get("kind"), a.get("source_kind"), sp(cue), sp(src),
             res.get("name", "–"), sp(content)[:160], ctx.replace("\n", " ")))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["draw", "template", "score"])
    ap.add_argument("coded", nargs="?")
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", choices=["saudinewsnet", "wikinews"],
                    default="saudinewsnet",
                    help="SaudiNewsNet (Arabic, shared data) or the bundled "
                         "English Wikinews articles")
    ap.add_argument("--source-kind",
                    help="draw only attributions of this source_kind "
                         "(dropped, named, ...)")
    ap.add_argument("--skip-articles", type=int, default=0,
                    help="leave out the first N articles of the draw order "
                         "(SaudiNewsNet): earlier samples came from the "
                         "first 60, so a sample of new articles is "
                         "independent of the rules written from them")
    args = ap.parse_args()
    if args.what == "score":
        if not args.coded:
            sys.exit("attribution_sample: score needs the coded CSV")
        with open(args.coded, encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        cols = ["speaker_ok", "content_ok"]
        # (a file coded before and after a change of the rules has the
        # codes for the same attributions after it too)
        cols += [c for c in ("speaker_ok_after", "content_ok_after")
                 if rows and c in rows[0]]
        for col in cols:
            vals = [r[col] for r in rows if r[col] in ("0", "1")]
            ok = sum(v == "1" for v in vals)
            print("%s: %d/%d = %.2f" % (col, ok, len(vals),
                                        ok / len(vals) if vals else 0))
        both = [r for r in rows if r["speaker_ok"] in ("0", "1") and
                r["content_ok"] in ("0", "1")]
        ok = sum(r["speaker_ok"] == "1" and r["content_ok"] == "1"
                 for r in both)
        print("both: %d/%d = %.2f" % (ok, len(both),
                                      ok / len(both) if both else 0))
        if rows and "speaker_ok_after" in rows[0]:
            both = [r for r in rows if r["speaker_ok_after"] in ("0", "1")
                    and r["content_ok_after"] in ("0", "1")]
            ok = sum(r["speaker_ok_after"] == "1" and
                     r["content_ok_after"] == "1" for r in both)
            print("both_after: %d/%d = %.2f" %
                  (ok, len(both), ok / len(both) if both else 0))
        return
    sample, n_art, n_att = draw(args)
    if args.what == "draw":
        print("%d articles, %d attributions, %d drawn (seed %d)\n" %
              (n_art, n_att, len(sample), args.seed))
        for i, (aid, text, a) in enumerate(sample, 1):
            print(describe(i, aid, text, a))
        return
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["id", "cue_start", "cue_end", "source_kind", "resolved",
                "speaker_ok", "content_ok", "note"])
    for aid, _text, a in sample:
        cue = a.get("cue") or {}
        w.writerow([aid, cue.get("start", ""), cue.get("end", ""),
                    a.get("source_kind", ""),
                    (a.get("resolved_to") or {}).get("name", ""), "", "", ""])


if __name__ == "__main__":
    main()
