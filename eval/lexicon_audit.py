#!/usr/bin/env python3
"""Seeded precision audit of a lexicon on an English or Russian corpus.

Usage:
  python3 eval/lexicon_audit.py draw CORPUS SEED N LEXICON [LEXICON ...] [--note PREFIX]
      N seeded framing matches of the given lexicons in the JSONL corpus, in
      context (terminal only). For a lexicon with a scope (the conflict
      packs) only its in-scope matches are drawn. With --note, only matches
      of entries whose "note" starts with PREFIX (several: "0.4.0,0.5.0"),
      e.g. the entries added in one version.
  python3 eval/lexicon_audit.py precision CSV [CSV ...]
      precision and Wilson 95 % CI of coded audits (column in_sense: 1/0;
      with a column persuasion_span (1/0: would a persuasion-technique
      annotator mark the span as loaded language or name-calling), its
      share too)
  python3 eval/lexicon_audit.py categories LEXICON CSV [CSV ...]
      precision per language and child category over coded audits of the
      lexicon, as a Markdown table (lexicons/README.md). The category of a
      row is its category/categories column, else that of the entry named
      by its term in LEXICON, else that of the longest match the matcher
      finds in the term alone (a surface form), else "(entry since
      removed)"; family ids are dropped and a row
      with two child categories counts in both. The language is the
      "-ar-"/"-en-"/"-ru-" part of the file name. A match coded in several
      CSVs (repeated rounds) counts once, with the code of the last CSV
      named. Each row says which audits (numbered in a legend, with their
      sizes) its matches come from.

CORPUS is a JSON Lines file, or several joined by "+" (read in that order;
ids must differ) (id, text, lang; e.g. ../shared/data/polnear/
polnear_train.jsonl, corpora/ud-pud/ru.jsonl, corpora/wikinews/wikinews.jsonl);
a relative path that does not exist is looked up under $FSC_DATA (default
<repo>/../shared/data). The pool is every framing match of the named lexicons
in file order (article, then match order), distinct (article, span, term);
the sample is random.Random(SEED).sample(pool, N) (the whole pool when it is
smaller). Contexts are printed, never written: PolNeAR text may not be
committed, so the coded CSV in eval/audits/ keeps match ids (article id:code
point range), terms and codes only. Exits 0 with a notice when the corpus
is absent.
"""

import csv
import json
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsc_eval_common as C  # noqa: E402


def wilson(k, n, z=1.96):
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


FAMILIES = {"loaded_language", "name_calling", "exaggeration_minimisation", "appeal_to_fear",
            "flag_waving", "emphasis_hype"}


def category_table(lexicon, files):
    """Markdown table: in-sense share per (language, child category) over
    coded audits, each match once (the last CSV that codes it wins)."""
    lex = json.load(open(lexicon, encoding="utf-8"))
    cats_of = {}
    for e in lex["entries"]:
        if e.get("role", "term") == "term":
            cats_of.setdefault(e["term"], e.get("categories", []))
    coded = {}  # (lang, match_id, term) -> (file index, in_sense, categories)
    sizes = []
    # Terms that are not entries (surface forms in some Arabic audits) get
    # the categories of the longest match the matcher finds in the term alone.
    unknown = sorted({r["term"] for f in files for r in csv.DictReader(open(f, encoding="utf-8"))
                      if r["term"] not in cats_of and not (r.get("categories") or r.get("category"))})
    if unknown:
        C.framescope_bin()
        got = C.run_score(({"id": str(i), "text": t} for i, t in enumerate(unknown)),
                          lexicons=[lexicon])
        for i, t in enumerate(unknown):
            ms = [m for m in got[str(i)]["framescope"].get("matches", [])
                  if m.get("lexicon") == lex["name"]]
            if ms:
                m = max(ms, key=lambda m: m["cp_end"] - m["cp_start"])
                cats_of[t] = [c.split(":", 1)[1] for c in m["categories"]]
    for i, f in enumerate(files, 1):
        base = os.path.basename(f)
        lang = next((l for l in ("ar", "en", "ru") if "-%s-" % l in base or base.endswith("-%s.csv" % l)), "?")
        rows = list(csv.DictReader(open(f, encoding="utf-8")))
        sizes.append((i, base, len(rows)))
        for r in rows:
            cats = r.get("categories") or r.get("category")
            if cats:
                cats = [c for c in cats.replace(";", ",").split(",") if c]
            else:
                cats = cats_of.get(r["term"], ["(entry since removed)"])
            cats = [c for c in cats if c not in FAMILIES] or ["(family only)"]
            coded[(lang, r["match_id"], r["term"])] = (i, r["in_sense"] == "1", cats)
    agg = {}
    for (lang, _, _), (i, ok, cats) in coded.items():
        for c in cats:
            a = agg.setdefault((lang, c), [0, 0, {}])
            a[0] += ok
            a[1] += 1
            a[2][i] = a[2].get(i, 0) + 1
    out = ["| lang | category | in sense | precision | Wilson 95 % CI | from audits (matches) |",
           "|---|---|---|---|---|---|"]
    for (lang, c), (k, n, src) in sorted(agg.items()):
        lo, hi = wilson(k, n)
        out.append("| %s | `%s` | %d / %d | %.2f | %.2f–%.2f | %s |" % (
            lang, c, k, n, k / n, max(lo, 0.0), hi, ", ".join("A%d (%d)" % (i, m) for i, m in sorted(src.items()))))
    out += ["", "| audit | CSV (`eval/audits/`) | rows |", "|---|---|---|"]
    out += ["| A%d | `%s` | %d |" % (i, b, n) for i, b, n in sizes]
    return "\n".join(out)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("draw", "precision", "categories"):
        sys.stderr.write(__doc__)
        return 2
    if sys.argv[1] == "precision":
        for f in sys.argv[2:]:
            rows = list(csv.DictReader(open(f, encoding="utf-8")))
            k = sum(r["in_sense"] == "1" for r in rows)
            lo, hi = wilson(k, len(rows))
            print("%s: %d / %d in sense = %.2f (Wilson 95 %% CI %.3f-%.3f)"
                  % (f, k, len(rows), k / len(rows), lo, hi))
            if rows and "persuasion_span" in rows[0]:
                k = sum(r["persuasion_span"] == "1" for r in rows)
                lo, hi = wilson(k, len(rows))
                print("  %d / %d a persuasion-technique annotator would mark = %.2f "
                      "(Wilson 95 %% CI %.3f-%.3f)" % (k, len(rows), k / len(rows), lo, hi))
        return 0
    if sys.argv[1] == "categories":
        if len(sys.argv) < 4:
            sys.stderr.write(__doc__)
            return 2
        print(category_table(sys.argv[2], sys.argv[3:]))
        return 0
    args = sys.argv[2:]
    note = None
    if "--note" in args:
        i = args.index("--note")
        note = tuple(args[i + 1].split(","))
        del args[i:i + 2]
    corpus, seed, n, lexicons = args[0], int(args[1]), int(args[2]), args[3:]
    paths = []
    for corpus in corpus.split("+"):
        if not os.path.isfile(corpus):
            alt = os.path.join(C.data_dir(), corpus)
            if not os.path.isfile(alt):
                print("eval/lexicon_audit.py: %s not found; skipping." % corpus)
                return 0
            corpus = alt
        paths.append(corpus)
    C.framescope_bin()
    recs = [json.loads(l) for p in paths for l in open(p, encoding="utf-8") if l.strip()]
    recs = [{"id": r["id"], "lang": r.get("lang"), "outlet": r.get("outlet"),
             "text": r["text"]} for r in recs]
    text = {r["id"]: r["text"] for r in recs}
    rows = C.run_score(recs, lexicons=lexicons)
    names = [json.load(open(x, encoding="utf-8"))["name"] for x in lexicons]
    keep = None
    if note:
        keep = {(json.load(open(x, encoding="utf-8"))["name"], e["term"])
                for x in lexicons for e in json.load(open(x, encoding="utf-8"))["entries"]
                if e.get("note", "").startswith(note)}
    pool, seen = [], set()
    for r in recs:
        fs = rows[r["id"]]["framescope"]
        for m in fs.get("matches", []):
            lx = m.get("lexicon")
            if m.get("layer") == "attribution" or lx not in names:
                continue
            if keep is not None and (lx, m["term"]) not in keep:
                continue
            sc = fs.get("scope", {}).get(lx)
            if sc is not None and not sc.get("in_scope"):
                continue
            key = (r["id"], m["cp_start"], m["cp_end"], m["term"])
            if key in seen:
                continue
            seen.add(key)
            pool.append(key + (lx, ",".join(c.split(":", 1)[1] for c in m["categories"])))
    print("# %d matches of %s in %d articles" % (len(pool), ", ".join(names), len(recs)))
    sample = pool if len(pool) <= n else random.Random(seed).sample(pool, n)
    for i, (aid, s, e, t, lx, cat) in enumerate(sample, 1):
        tx = text[aid]
        print("%d\t%s:%d-%d\t%s\t%s\t%s\t%s [[%s]] %s" % (
            i, aid, s, e, t, lx, cat, tx[max(0, s - 90):s].replace("\n", " "),
            tx[s:e], tx[e:e + 60].replace("\n", " ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
