#!/usr/bin/env python3
"""Validate an Arabic attribution gold file (eval/gold/FORMAT.md) against SaudiNewsNet.

Usage: check_gold_b.py [GOLD.jsonl] [--corpus PATH] [--summary]

GOLD defaults to ar-saudinewsnet-b.jsonl beside this script. The texts are
read in place from PATH, default $FSC_DATA/saudinewsnet/saudinewsnet.jsonl.gz,
else <repo>/../shared/data/saudinewsnet/saudinewsnet.jsonl.gz (they may not be
committed). Checks, for every record:
  - keys and key order as in FORMAT.md; lang "ar"; complete is a boolean;
  - the id exists in the corpus, the outlet agrees, text_sha256 is the SHA-256
    of the UTF-8 text, split is the function of the id given in FORMAT.md;
  - no id twice;
and for every attribution:
  - kind and source_kind from the allowed sets; anonymous is a boolean;
  - cue, source, speaker_span and every content span are [start, end) code
    point offsets inside the text, non-empty, without outer whitespace;
  - cue_text / source_text equal the text at their offsets (both null when
    the span is null); a dropped source has no span, a named, nominal,
    pronoun or anonymous one has one;
  - content is a non-empty list of spans and content_sha1 holds, for each,
    the first 12 hex digits of the SHA-1 of its UTF-8 text.
Prints every error; exit 1 when there is any, 0 when the file is clean, and 0
with a notice when the corpus is absent. --summary prints counts per outlet,
split, kind and source kind. Standard library only.
"""

import collections
import gzip
import hashlib
import json
import os
import sys

KINDS = {"direct", "indirect", "according_to", "mixed", "evidence", "belief"}
SOURCE_KINDS = {"named", "nominal", "pronoun", "dropped", "anonymous", "unresolved"}
NEEDS_SOURCE = {"named", "nominal", "pronoun", "anonymous"}
RECORD_KEYS = ["id", "lang", "split", "outlet", "text_sha256", "complete", "attributions"]
ATTR_KEYS = ["kind", "cue", "cue_text", "source", "source_text", "source_kind",
             "speaker", "speaker_span", "anonymous", "content", "content_sha1"]
ATTR_OPTIONAL = ["note"]

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def split_of(rid):
    """The split of FORMAT.md: a function of the id only."""
    return "test" if int(hashlib.sha256(rid.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"


def default_corpus():
    base = os.environ.get("FSC_DATA") or os.path.join(ROOT, "..", "shared", "data")
    return os.path.join(base, "saudinewsnet", "saudinewsnet.jsonl.gz")


def load_corpus(path, wanted):
    opener = gzip.open if path.endswith(".gz") else open
    out = {}
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in wanted:
                out[r["id"]] = r
    return out


def check_span(text, span, what, err):
    """A [start, end) span inside text, non-empty, no outer whitespace."""
    if not (isinstance(span, list) and len(span) == 2
            and all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
        err(f"{what}: not a [start, end] pair of integers: {span!r}")
        return False
    a, b = span
    if not 0 <= a < b <= len(text):
        err(f"{what}: [{a}, {b}) empty or outside the text (length {len(text)})")
        return False
    s = text[a:b]
    if s != s.strip():
        err(f"{what}: span begins or ends with whitespace: {s!r}")
    return True


def check_attribution(text, at, where, err):
    keys = list(at.keys())
    expected = ATTR_KEYS + [k for k in ATTR_OPTIONAL if k in at]
    if keys != expected:
        err(f"{where}: keys {keys} != {expected}")
        if not set(ATTR_KEYS) <= set(keys):
            return
    if at["kind"] not in KINDS:
        err(f"{where}: kind {at['kind']!r} not in {sorted(KINDS)}")
    sk = at["source_kind"]
    if sk not in SOURCE_KINDS:
        err(f"{where}: source_kind {sk!r} not in {sorted(SOURCE_KINDS)}")
    if not isinstance(at["anonymous"], bool):
        err(f"{where}: anonymous is not a boolean")
    if "note" in at and not isinstance(at["note"], str):
        err(f"{where}: note is not a string")
    for name in ("cue", "source"):
        span, stext = at[name], at[name + "_text"]
        if span is None:
            if stext is not None:
                err(f"{where}: {name} is null but {name}_text is {stext!r}")
        elif check_span(text, span, f"{where} {name}", err):
            if text[span[0]:span[1]] != stext:
                err(f"{where}: {name}_text {stext!r} != text at {span} "
                    f"{text[span[0]:span[1]]!r}")
    if sk == "dropped" and at["source"] is not None:
        err(f"{where}: source_kind dropped but a source span is given")
    if sk in NEEDS_SOURCE and at["source"] is None:
        err(f"{where}: source_kind {sk} needs a source span")
    if at["speaker"] is not None and not (isinstance(at["speaker"], str) and at["speaker"].strip()):
        err(f"{where}: speaker must be a non-empty string or null")
    if at["speaker_span"] is not None:
        check_span(text, at["speaker_span"], f"{where} speaker_span", err)
    content, sha = at["content"], at["content_sha1"]
    if not (isinstance(content, list) and content):
        err(f"{where}: content must be a non-empty list of spans")
        return
    if not (isinstance(sha, list) and len(sha) == len(content)):
        err(f"{where}: content_sha1 must have one entry per content span")
        sha = [None] * len(content)
    for i, (span, h) in enumerate(zip(content, sha)):
        if check_span(text, span, f"{where} content[{i}]", err):
            got = hashlib.sha1(text[span[0]:span[1]].encode("utf-8")).hexdigest()[:12]
            if h != got:
                err(f"{where}: content_sha1[{i}] {h!r} != {got!r}")


def main(argv):
    gold = os.path.join(HERE, "ar-saudinewsnet-b.jsonl")
    corpus = default_corpus()
    summary = False
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--corpus" and i + 1 < len(argv):
            corpus = argv[i + 1]
            i += 1
        elif a == "--summary":
            summary = True
        elif a.startswith("--"):
            print(__doc__)
            return 2
        else:
            gold = a
        i += 1
    if not os.path.isfile(corpus):
        print(f"check_gold_b: corpus not found at {corpus}; nothing checked "
              "(set FSC_DATA or --corpus)")
        return 0

    errors = []
    records = []
    with open(gold, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {ln}: empty line")
                continue
            try:
                records.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: not JSON: {e}")
    corpus_recs = load_corpus(corpus, {r.get("id") for _, r in records})

    seen = set()
    for ln, rec in records:
        rid = rec.get("id")

        def err(msg, _ln=ln, _rid=rid):
            errors.append(f"line {_ln} ({_rid}): {msg}")

        if list(rec.keys()) != RECORD_KEYS:
            err(f"keys {list(rec.keys())} != {RECORD_KEYS}")
            if not set(RECORD_KEYS) <= set(rec.keys()):
                continue
        if rid in seen:
            err("id occurs twice")
        seen.add(rid)
        src = corpus_recs.get(rid)
        if src is None:
            err("id not in the corpus")
            continue
        text = src["text"]
        if rec["lang"] != "ar":
            err(f"lang {rec['lang']!r} != 'ar'")
        if rec["outlet"] != src["outlet"]:
            err(f"outlet {rec['outlet']!r} != corpus {src['outlet']!r}")
        if rec["split"] != split_of(rid):
            err(f"split {rec['split']!r} != {split_of(rid)!r}")
        if rec["text_sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
            err("text_sha256 does not match the corpus text")
        if not isinstance(rec["complete"], bool):
            err("complete is not a boolean")
        if not isinstance(rec["attributions"], list):
            err("attributions is not a list")
            continue
        for j, at in enumerate(rec["attributions"]):
            if not isinstance(at, dict):
                err(f"attribution {j}: not an object")
                continue
            check_attribution(text, at, f"attribution {j}", err)

    for e in errors:
        print(e)
    n_att = sum(len(r.get("attributions", [])) for _, r in records)
    print(f"check_gold_b: {gold}: {len(records)} records, {n_att} attributions, "
          f"{len(errors)} errors")
    if summary:
        print_summary([r for _, r in records])
    return 1 if errors else 0


def print_summary(records):
    art = collections.Counter()
    att = collections.Counter()
    for r in records:
        art[(r["outlet"], r["split"])] += 1
        art[("all", r["split"])] += 1
        for a in r["attributions"]:
            for key in ("outlet:" + r["outlet"], "kind:" + a["kind"],
                        "source_kind:" + a["source_kind"], "all"):
                att[(key, r["split"])] += 1
            if a["anonymous"]:
                att[("anonymous:true", r["split"])] += 1
            if a["cue"] is None:
                att[("cue:null", r["split"])] += 1
            if a["speaker"] is None:
                att[("speaker:null", r["split"])] += 1
            if len(a["content"]) > 1:
                att[("content:split", r["split"])] += 1
    print("\narticles (dev / test)")
    for o in sorted({k[0] for k in art}, key=lambda x: (x == "all", x)):
        print(f"  {o:14s} {art[(o, 'dev')]:3d} {art[(o, 'test')]:3d}")
    print("\nattributions (all / dev / test)")
    for k in sorted({k[0] for k in att}, key=lambda x: (x == "all", x)):
        d, t = att[(k, "dev")], att[(k, "test")]
        print(f"  {k:26s} {d + t:4d} {d:4d} {t:4d}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
