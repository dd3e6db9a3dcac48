#!/usr/bin/env python3
"""Usual inflected forms of the Arabic speech and stance cues that the
attribution lexicon lacks, with their frequency in SaudiNewsNet.

Usage: python3 eval/lexicon_forms_ar.py [--lexicon FILE] [--top N]
                                        [--lemma LEMMA]... [--candidate LEMMA]...

For every Arabic lemma of lexicons/attribution/cues.json whose kind is
speech or speech_act (stance verbs included), the script derives the usual
unvocalised forms from the lemma's shape (a guess, not a morphological
analyser): perfect 3ms/3fs/3mp/3fp, imperfect 3ms/3fs (يـ/تـ) and the active
participle ms/fs/mp with and without the tanween alif. A form counts as
present when any Arabic entry of the lexicon (of whatever lemma) is that
word; a form that a note of the lemma mentions (a form left out on purpose)
is marked "noted", and one that opens a phrase entry («معبرين عن») "phrase". Missing forms are counted as whole words in the
SaudiNewsNet articles outside the gold sets (eval/gold/ar-*.jsonl), after
the matcher's folding (alef forms, tashkeel, tatweel) and with the clitics
و ف ب ل and ال stripped as the matcher does. Prints the missing forms by
frequency. Exits 0 with a notice when the corpus is absent.
"""

import argparse
import collections
import gzip
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fsc_eval_common as C  # noqa: E402

KINDS = ("speech", "speech_act")
TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
ARWORD = re.compile("[\u0621-\u064a\u064b-\u0652\u0670\u0640]+")


def fold(w):
    w = TASHKEEL.sub("", w)
    return w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")


def strips(w):
    """The word and what is left after clitics, as the matcher tries them."""
    out = [w]
    cur = w
    if len(cur) > 3 and cur[0] in "وف":
        cur = cur[1:]
        out.append(cur)
    if len(cur) > 3 and cur[0] in "بل":
        out.append(cur[1:])
        if cur[1:].startswith("ال") and len(cur) > 4:
            out.append(cur[3:])
    if cur.startswith("ال") and len(cur) > 4:
        out.append(cur[2:])
    return out


def participle(stem):
    """ms, ms+alif, fs, mp (nom/acc-gen) of a participle stem."""
    return [stem, stem + "ا", stem + "ة", stem + "ون", stem + "ين"]


def forms(lemma):
    """(slot, form) pairs guessed from the unvocalised 3ms perfect."""
    L = fold(lemma)
    out = []

    def add(slot, ws):
        for w in ws:
            out.append((slot, w))

    if len(L) == 2:  # geminate form I: حث, رد
        add("perf", [L, L + "ت", L + "وا", L[0] + L[1] + L[1] + "ن"])
        add("impf", ["ي" + L, "ت" + L])
        add("part", participle(L[0] + "ا" + L[1]))
        return out
    if L.endswith("ا") or L.endswith("ى"):  # defective: دعا, نفى, ادعى
        b = L[:-1]
        add("perf", [L, b + "ت", b + "وا", b + "ون" if L.endswith("ا") else b + "ين"])
        if len(b) == 2:
            add("impf", ["ي" + b + "و", "ت" + b + "و", "ي" + b + "ي", "ت" + b + "ي"])
            add("part", [b[0] + "ا" + b[1], b[0] + "ا" + b[1] + "يا", b[0] + "ا" + b[1] + "ية"])
        else:
            core = b[1:] if b.startswith("ا") else b
            add("impf", ["ي" + core + "ي", "ت" + core + "ي"])
            add("part", ["م" + core, "م" + core + "يا", "م" + core + "ية"])
        return out
    add("perf", [L, L + "ت", L + "وا", L + "ن"])
    if len(L) == 3 and L[1] == "ا":  # hollow: قال, أعاد is len 4
        add("impf", ["ي" + L[0] + m + L[2] for m in "وي"] + ["ت" + L[0] + m + L[2] for m in "وي"])
        add("part", participle(L[0] + "ائ" + L[2]))
        return out
    if len(L) == 3:  # form I or II (unvocalised alike)
        add("impf", ["ي" + L, "ت" + L])
        add("part", participle(L[0] + "ا" + L[1:]) + participle("م" + L))
        return out
    if len(L) == 4 and L[0] == "ا":  # form IV
        core = L[1:]
        if core[1] == "ا":  # hollow IV: أشار, أفاد
            add("impf", ["ي" + core[0] + "ي" + core[2], "ت" + core[0] + "ي" + core[2]])
            add("part", participle("م" + core[0] + "ي" + core[2]))
        else:
            add("impf", ["ي" + core, "ت" + core])
            add("part", participle("م" + core))
        return out
    if len(L) == 4 and L[1] == "ا":  # form III: ناشد, طالب
        add("impf", ["ي" + L, "ت" + L])
        add("part", participle("م" + L))
        return out
    if L.startswith("ت"):  # form V/VI: تحدث, تساءل
        add("impf", ["ي" + L, "ت" + L])
        add("part", participle("م" + L[1:]))
        return out
    if L.startswith("ا"):  # forms VII, VIII, X: انتقد, استنكر
        core = L[1:]
        add("impf", ["ي" + core, "ت" + core])
        add("part", participle("م" + core))
        return out
    add("impf", ["ي" + L, "ت" + L])  # quadriliteral
    add("part", participle("م" + L))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lexicon", default=os.path.join(C.ROOT, "lexicons", "attribution", "cues.json"))
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--lemma", action="append", default=[],
                    help="only this lexicon lemma (repeatable)")
    ap.add_argument("--candidate", action="append", default=[],
                    help="also a lemma the lexicon lacks (repeatable), e.g. حث")
    ap.add_argument("--min", type=int, default=1, help="least count to print")
    args = ap.parse_args()

    lex = json.load(open(args.lexicon, encoding="utf-8"))
    ar = [e for e in lex["entries"] if e.get("lang") == "ar"]
    present = {fold(e["term"]) for e in ar if " " not in e["term"]}
    # first words of phrases («معبرين عن»): the bare word is left out on
    # purpose more often than not
    phrase_head = {fold(e["term"].split(" ")[0]) for e in ar if " " in e["term"]}
    lemmas = collections.OrderedDict()
    notes = collections.defaultdict(str)
    for e in ar:
        a = e.get("attrs", {})
        if a.get("kind") in KINDS and " " not in a.get("lemma", " "):
            lemmas.setdefault(a["lemma"], set()).add(a["kind"])
            notes[a["lemma"]] += " " + fold(e.get("note", ""))
    if args.lemma:
        lemmas = collections.OrderedDict((k, v) for k, v in lemmas.items() if k in args.lemma)
    for c in args.candidate:
        lemmas.setdefault(c, {"candidate"})

    missing = {}  # form -> (lemma, slot, noted)
    for lemma in lemmas:
        for slot, w in forms(lemma):
            if w in present or w in missing:
                continue
            noted = re.search(r"(^|[^\w])%s([^\w]|$)" % re.escape(w), notes[lemma]) is not None
            if w in phrase_head:
                noted = "phrase"
            missing[w] = (lemma, slot, noted)

    path = os.path.join(C.data_dir(), "saudinewsnet", "saudinewsnet.jsonl.gz")
    if not os.path.exists(path):
        print("lexicon_forms_ar: %s not found; nothing to do" % path, file=sys.stderr)
        return 0
    gold = set()
    gdir = os.path.join(C.EVAL_DIR, "gold")
    for name in os.listdir(gdir):
        if name.startswith("ar-") and name.endswith(".jsonl"):
            for line in open(os.path.join(gdir, name), encoding="utf-8"):
                if line.strip():
                    gold.add(json.loads(line)["id"])
    counts = collections.Counter()
    n_art = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("id") in gold:
                continue
            n_art += 1
            for m in ARWORD.finditer(r.get("text") or ""):
                w = fold(m.group(0))
                for s in strips(w):
                    if s in missing:
                        counts[s] += 1
                        break

    print("%d lemmas (kind %s), %d guessed forms missing; counts in %d SaudiNewsNet "
          "articles outside the gold sets" % (len(lemmas), "/".join(KINDS), len(missing), n_art))
    print("%-14s %7s  %-5s %-12s %s" % ("form", "count", "slot", "lemma", ""))
    rows = sorted(missing.items(), key=lambda kv: (-counts[kv[0]], kv[0]))
    for w, (lemma, slot, noted) in rows[:args.top]:
        if counts[w] < args.min:
            break
        print("%-14s %7d  %-5s %-12s %s" % (w, counts[w], slot, lemma, noted if isinstance(noted, str) else "noted" if noted else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
