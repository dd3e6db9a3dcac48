#!/usr/bin/env python3
"""Coverage and precision audit of the Arabic loaded-language lexicon on SaudiNewsNet.

Usage:
  python3 eval/saudinewsnet_loaded.py coverage          # share of articles with a match
  python3 eval/saudinewsnet_loaded.py draw SEED         # 100 seeded matches in context (terminal only)
  python3 eval/saudinewsnet_loaded.py draw SEED NOTE    # ... only of entries whose "note" starts with NOTE
                                                        #     (e.g. "0.3.0": the entries added in 0.3.0;
                                                        #     several prefixes: "0.3.0,0.4.0")
  python3 eval/saudinewsnet_loaded.py tanween SEED N PREFIX  # N seeded matches read through the tanween form
                                                        #     added to existing entries (entries whose "x-added"
                                                        #     starts with PREFIX, e.g. "0.5.0"; surface form ends
                                                        #     in alif, the entry's word does not)
  python3 eval/saudinewsnet_loaded.py verb SEED N PREFIX     # N seeded matches read through the verb form (a
                                                        #     conjugation, not the dictionary form with clitics)
                                                        #     of entries that version PREFIX gave the verb form
                                                        #     ("x-added" or "note" starting with PREFIX)
  python3 eval/saudinewsnet_loaded.py new SEED N OLD    # N seeded matches that are new against an older copy of
                                                        #     the lexicon (file OLD, e.g. from `git show`): spans
                                                        #     the current lexicon matches and OLD (with the
                                                        #     modifiers) does not, whatever entry or form made them
  python3 eval/saudinewsnet_loaded.py new SEED N OLD --all  # ... over all 31,030 articles instead of the fixed
                                                        #     sample (when the sample holds too few new matches)
  python3 eval/saudinewsnet_loaded.py precision CSV     # precision and Wilson 95 % CI of a coded audit
  python3 eval/saudinewsnet_loaded.py pack SEED LEXICON # 100 seeded in-scope matches of a conflict pack
                                                        #     over all articles (terminal only)

Reads $FSC_DATA/saudinewsnet/saudinewsnet.jsonl.gz (default <repo>/../shared/data);
SaudiNewsNet text may not be committed, so `draw` prints contexts to the terminal
only, and the coded CSV in eval/audits/ keeps match ids (article id:code point
range), terms and codes, never article text. The fixed article sample is
random.Random(20261205).sample(range(31030), 3000) over the file's line order.
Lexicons: lexicons/general/loaded-language.json and lexicons/modifiers.json.
Exits 0 with a notice when the data is absent.
"""

import csv
import gzip
import json
import math
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsc_eval_common as C  # noqa: E402

LEXICONS = [os.path.join(C.ROOT, "lexicons", "general", "loaded-language.json"),
            os.path.join(C.ROOT, "lexicons", "modifiers.json")]
SAMPLE_SEED = 20261205
SAMPLE_N = 3000

# "Political" article: at least two distinct cues from this list (substring
# match on the text after removing tashkeel and unifying alef forms). The cues
# name government, parliament, elections, parties, armed forces, war and
# conflict, diplomacy and the main 2015 theatres.
POLITICAL_CUES = [
    "حكوم", "وزير", "رئيس الوزراء", "الرئيس", "برلمان", "انتخاب", "حزب", "جيش",
    "عسكري", "قوات", "الحرب", "هجوم", "صراع", "سياس", "دبلوماس", "مجلس الامن",
    "الامم المتحدة", "داعش", "الحوثي", "اليمن", "سوريا", "ايران", "العراق",
    "اسرائيل", "فلسطين", "الارهاب", "مسلح", "التحالف",
]


def fold(s):
    s = re.sub("[\u064B-\u0652\u0640]", "", s)
    return re.sub("[أإآ]", "ا", s)


def is_political(text):
    t = fold(text)
    return sum(1 for c in POLITICAL_CUES if c in t) >= 2


def articles(path, sample):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        arts = [json.loads(l) for l in f]
    idx = range(len(arts))
    if sample:
        idx = sorted(random.Random(SAMPLE_SEED).sample(range(len(arts)), SAMPLE_N))
    for i in idx:
        a = arts[i]
        yield {"id": a.get("id") or str(i), "outlet": a.get("outlet"), "date": a.get("date"),
               "lang": "ar", "text": (a.get("title") or "") + "\n" + (a.get("text") or "")}


def score(recs):
    return C.run_score(recs, lexicons=LEXICONS)


def framing(row):
    return [m for m in row["framescope"].get("matches", []) if m.get("layer") != "attribution"]


def print_sample(text, pool, seed, k):
    """Print random.Random(seed).sample(pool, k), numbered: article id and
    code-point span, the further fields of each item (term, categories),
    and the match in 70/50 code points of context. pool items are
    (article id, start, end, field...)."""
    for i, (aid, s, e, *fields) in enumerate(random.Random(seed).sample(pool, k), 1):
        tx = text[aid]
        print("%d\t%s:%d-%d\t%s\t%s [[%s]] %s" % (i, aid, s, e, "\t".join(fields),
                                                 tx[max(0, s - 70):s].replace("\n", " "),
                                                 tx[s:e], tx[e:e + 50].replace("\n", " ")))


def draw_pack(path, seed, lexicon):
    """Conflict-pack audit: every article scored with the pack alone; the pool
    is the pack's matches in articles in its scope, in file order (article,
    then match order); random.Random(seed).sample(pool, 100)."""
    recs = list(articles(path, False))
    text = {r["id"]: r["text"] for r in recs}
    rows = C.run_score(recs, lexicons=[lexicon])
    name = json.load(open(lexicon, encoding="utf-8"))["name"]
    pool = []
    for r in recs:
        fs = rows[r["id"]]["framescope"]
        if not fs.get("scope", {}).get(name, {}).get("in_scope"):
            continue
        for m in fs.get("matches", []):
            if m.get("lexicon") == name:
                pool.append((r["id"], m["cp_start"], m["cp_end"], m["term"],
                             ",".join(c.split(":", 1)[1] for c in m["categories"])))
    print("# %d in-scope matches of %s in %d articles" % (len(pool), name, len(recs)))
    print_sample(text, pool, seed, 100)
    return 0


def draw_tanween(path, seed, n, prefix):
    """Matches of the fixed 3,000-article sample read through a tanween form
    that version PREFIX added to an existing entry: the entry's "x-added"
    starts with PREFIX and the matched text, without tashkeel, ends in the
    entry's word (without ال) plus alif (so «فشلها», an enclitic form that
    matched before, is not counted). Pool in (article id, start, end, term)
    order; random.Random(seed).sample(pool, n)."""
    lex = json.load(open(LEXICONS[0], encoding="utf-8"))
    keep = {e["term"] for e in lex["entries"]
            if e["lang"] == "ar" and e.get("x-added", "").startswith(prefix) and "tanween" in e.get("forms", [])}
    recs = list(articles(path, True))
    text = {r["id"]: r["text"] for r in recs}
    rows = score(recs)
    pool = []
    for r in recs:
        for m in framing(rows[r["id"]]):
            if m["term"] not in keep:
                continue
            surf = fold(text[r["id"]][m["cp_start"]:m["cp_end"]])
            base = re.sub("^ال", "", fold(m["term"]))
            if surf.endswith(base + "ا"):
                pool.append((r["id"], m["cp_start"], m["cp_end"], m["term"]))
    pool.sort()
    print("# %d tanween matches of %d entries (x-added %r)" % (len(pool), len(keep), prefix))
    print_sample(text, pool, seed, min(n, len(pool)))
    return 0


ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي")


def draw_verb(path, seed, n, prefix):
    """Matches of the fixed 3,000-article sample read through the verb form
    of an entry that version PREFIX gave it ("x-added" or "note" starting
    with PREFIX, "verb" in "forms"): the matched word, without tashkeel and
    without a leading و/ف, is neither the entry's word nor the word with an
    enclitic pronoun. Pool in (article id, start, end, term) order;
    random.Random(seed).sample(pool, n)."""
    lex = json.load(open(LEXICONS[0], encoding="utf-8"))
    keep = {e["term"] for e in lex["entries"]
            if e["lang"] == "ar" and "verb" in e.get("forms", [])
            and (e.get("x-added", "").startswith(prefix) or e.get("note", "").startswith(prefix))}
    recs = list(articles(path, True))
    text = {r["id"]: r["text"] for r in recs}
    rows = score(recs)
    pool = []
    for r in recs:
        for m in framing(rows[r["id"]]):
            if m["term"] not in keep:
                continue
            surf = re.sub("^[وف]", "", fold(text[r["id"]][m["cp_start"]:m["cp_end"]]))
            stem = fold(m["term"])
            if surf not in {stem + c for c in ENCLITICS}:
                pool.append((r["id"], m["cp_start"], m["cp_end"], m["term"]))
    pool.sort()
    print("# %d verb-form matches of %d entries (%r)" % (len(pool), len(keep), prefix))
    print_sample(text, pool, seed, min(n, len(pool)))
    return 0


def draw_new(path, seed, n, old, sample=True):
    """Matches of the fixed 3,000-article sample (sample=False: of all
    articles) whose span (article id,
    start, end) is matched by the current lexicon and not by the older
    lexicon OLD (both with modifiers.json): what a release added, new
    entries and new forms alike. Pool in (article id, start, end, term)
    order; random.Random(seed).sample(pool, n)."""
    recs = list(articles(path, sample))
    text = {r["id"]: r["text"] for r in recs}
    rows = score(recs)
    rows_old = C.run_score(recs, lexicons=[old] + LEXICONS[1:])
    old_spans = {(r["id"], m["cp_start"], m["cp_end"]) for r in recs for m in framing(rows_old[r["id"]])}
    pool = sorted({(r["id"], m["cp_start"], m["cp_end"], m["term"]) for r in recs for m in framing(rows[r["id"]])
                   if (r["id"], m["cp_start"], m["cp_end"]) not in old_spans})
    print("# %d new matches (spans not matched by %s) in %d articles" % (len(pool), old, len(recs)))
    print_sample(text, pool, seed, min(n, len(pool)))
    return 0


def wilson(k, n, z=1.96):
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("coverage", "draw", "precision", "pack", "tanween", "verb", "new"):
        sys.stderr.write(__doc__)
        return 2
    if sys.argv[1] == "precision":
        rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
        k = sum(r["in_sense"] == "1" for r in rows)
        lo, hi = wilson(k, len(rows))
        print("%d / %d in sense = %.2f (Wilson 95 %% CI %.3f-%.3f)" % (k, len(rows), k / len(rows), lo, hi))
        return 0
    path = os.path.join(C.data_dir(), "saudinewsnet", "saudinewsnet.jsonl.gz")
    if not os.path.isfile(path):
        print("eval/saudinewsnet_loaded.py: %s not found; skipping." % path)
        return 0
    C.framescope_bin()
    if sys.argv[1] == "coverage":
        for label, sample in (("sample of %d" % SAMPLE_N, True), ("all articles", False)):
            recs = list(articles(path, sample))
            rows = score(recs)
            n = len(recs)
            m = pol = polm = 0
            for r in recs:
                hit = bool(framing(rows[r["id"]]))
                p = is_political(r["text"])
                m += hit
                pol += p
                polm += p and hit
            print("%s: %d articles, %d with a match (%.1f %%); political %d, with a match %d (%.1f %%)"
                  % (label, n, m, 100 * m / n, pol, polm, 100 * polm / pol if pol else 0))
        return 0
    if sys.argv[1] == "pack":
        return draw_pack(path, int(sys.argv[2]), sys.argv[3])
    if sys.argv[1] == "verb":
        return draw_verb(path, int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    if sys.argv[1] == "new":
        return draw_new(path, int(sys.argv[2]), int(sys.argv[3]), sys.argv[4],
                        sample="--all" not in sys.argv[5:])
    if sys.argv[1] == "tanween":
        return draw_tanween(path, int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    seed = int(sys.argv[2])
    recs = list(articles(path, True))
    text = {r["id"]: r["text"] for r in recs}
    rows = score(recs)
    ms = sorted((r["id"], m["cp_start"], m["cp_end"], m["term"]) for r in recs for m in framing(rows[r["id"]]))
    if len(sys.argv) > 3:
        lex = json.load(open(LEXICONS[0], encoding="utf-8"))
        keep = {e["term"] for e in lex["entries"]
                if e["lang"] == "ar" and e.get("note", "").startswith(tuple(sys.argv[3].split(",")))}
        ms = [m for m in ms if m[3] in keep]
        print("# %d matches of %d entries with a note starting %r" % (len(ms), len(keep), sys.argv[3]))
    print_sample(text, ms, seed, 100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
