#!/usr/bin/env python3
"""Check the Russian attribution gold files (see FORMAT.md).

Usage: check_gold_ru.py [--stats] [FILE.jsonl ...]
With no files, checks ru-pud.jsonl, ru-written.jsonl and ru-agency.jsonl
beside this script.
Exits 1 and lists every problem when a file does not conform; with --stats
also prints counts per split, kind and source_kind.
"""
import collections
import hashlib
import json
import os
import re
import sys

KINDS = {"direct", "indirect", "according_to", "mixed", "evidence", "belief"}
SOURCE_KINDS = {"named", "nominal", "pronoun", "dropped", "anonymous", "unresolved"}
RECORD_KEYS = {"id", "lang", "split", "text_sha256", "text", "complete", "attributions"}
OPTIONAL_RECORD_KEYS = {"outlet", "note"}
ATTR_KEYS = {"kind", "cue", "cue_text", "source", "source_text", "source_kind",
             "speaker", "speaker_span", "anonymous", "content"}
OPTIONAL_ATTR_KEYS = {"note"}
ID_PATTERNS = {"ru-pud.jsonl": re.compile(r"pud-n\d{8}"),
               "ru-written.jsonl": re.compile(r"ruw-\d{3}"),
               "ru-agency.jsonl": re.compile(r"rua-\d{3}")}


def split_of(rid):
    """The fixed dev/test split of FORMAT.md: a function of the id only."""
    h = int(hashlib.sha256(rid.encode("utf-8")).hexdigest()[:8], 16)
    return "test" if h % 3 == 0 else "dev"


def check_span(text, span, what, errs, allow_null=False):
    """A half-open [start, end) code point span inside text, not empty,
    without leading or trailing white space. Returns its text or None."""
    if span is None:
        if not allow_null:
            errs.append(f"{what}: missing span")
        return None
    if (not isinstance(span, list) or len(span) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)):
        errs.append(f"{what}: not a [start, end] pair of integers: {span!r}")
        return None
    s, e = span
    if not 0 <= s < e <= len(text):
        errs.append(f"{what}: span {span} empty or outside text of {len(text)} code points")
        return None
    t = text[s:e]
    if t != t.strip():
        errs.append(f"{what}: span {span} starts or ends with white space: {t!r}")
    return t


def check_attr(text, a, where, errs):
    if not isinstance(a, dict):
        errs.append(f"{where}: attribution is not an object")
        return
    missing = ATTR_KEYS - a.keys()
    extra = a.keys() - ATTR_KEYS - OPTIONAL_ATTR_KEYS
    if missing:
        errs.append(f"{where}: missing keys {sorted(missing)}")
        return
    if extra:
        errs.append(f"{where}: unknown keys {sorted(extra)}")
    if a["kind"] not in KINDS:
        errs.append(f"{where}: kind {a['kind']!r} not in {sorted(KINDS)}")
    sk = a["source_kind"]
    if sk not in SOURCE_KINDS:
        errs.append(f"{where}: source_kind {sk!r} not in {sorted(SOURCE_KINDS)}")

    for key in ("cue", "source"):
        t = check_span(text, a[key], f"{where} {key}", errs, allow_null=True)
        if a[key] is None:
            if a[key + "_text"] is not None:
                errs.append(f"{where}: {key} is null but {key}_text is {a[key + '_text']!r}")
        elif t is not None and t != a[key + "_text"]:
            errs.append(f"{where}: {key}_text {a[key + '_text']!r} != text at {a[key]} {t!r}")

    if a["source"] is None and sk not in ("dropped", "unresolved"):
        errs.append(f"{where}: source_kind {sk!r} needs a source span")
    if a["source"] is not None and sk in ("dropped", "unresolved"):
        errs.append(f"{where}: source_kind {sk!r} must have a null source")
    if a["cue"] is None and a["kind"] != "direct":
        errs.append(f"{where}: only a direct quotation may have no cue")

    if a["speaker"] is not None and (not isinstance(a["speaker"], str) or not a["speaker"].strip()):
        errs.append(f"{where}: speaker must be null or a non-empty string")
    check_span(text, a["speaker_span"], f"{where} speaker_span", errs, allow_null=True)
    if not isinstance(a["anonymous"], bool):
        errs.append(f"{where}: anonymous must be true or false")
    elif a["anonymous"] and a["speaker"] is not None:
        errs.append(f"{where}: an anonymous source has no speaker name")

    content = a["content"]
    if not isinstance(content, list) or not content:
        errs.append(f"{where}: content must be a non-empty list of spans")
        return
    prev_end = -1
    for i, span in enumerate(content):
        check_span(text, span, f"{where} content[{i}]", errs)
        if isinstance(span, list) and len(span) == 2 and isinstance(span[0], int):
            if span[0] < prev_end:
                errs.append(f"{where}: content spans overlap or are out of order")
            prev_end = span[1]
            for key in ("cue", "source"):
                o = a[key]
                if isinstance(o, list) and len(o) == 2 and span[0] <= o[0] and o[1] <= span[1]:
                    errs.append(f"{where}: {key} {o} lies inside its own content {span}")


def check_file(path, stats):
    errs = []
    seen = set()
    base = os.path.basename(path)
    id_re = ID_PATTERNS.get(base)
    records = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            where = f"{base}:{ln}"
            if not line.strip():
                errs.append(f"{where}: empty line")
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: not JSON: {e}")
                continue
            if not isinstance(r, dict):
                errs.append(f"{where}: record is not an object")
                continue
            missing = RECORD_KEYS - r.keys()
            if missing:
                errs.append(f"{where}: missing keys {sorted(missing)}")
                continue
            extra = r.keys() - RECORD_KEYS - OPTIONAL_RECORD_KEYS
            if extra:
                errs.append(f"{where}: unknown keys {sorted(extra)}")
            rid, text = r["id"], r["text"]
            where = f"{base}:{ln} {rid}"
            if rid in seen:
                errs.append(f"{where}: duplicate id")
            seen.add(rid)
            if id_re and not id_re.fullmatch(rid):
                errs.append(f"{where}: id does not match {id_re.pattern}")
            if r["lang"] != "ru":
                errs.append(f"{where}: lang {r['lang']!r} != 'ru'")
            if r["split"] != split_of(rid):
                errs.append(f"{where}: split {r['split']!r} != {split_of(rid)!r}")
            if not isinstance(text, str) or not text.strip():
                errs.append(f"{where}: empty text")
                continue
            if r["text_sha256"] != hashlib.sha256(text.encode("utf-8")).hexdigest():
                errs.append(f"{where}: text_sha256 does not match text")
            if r["complete"] is not True:
                errs.append(f"{where}: complete must be true in these files")
            if not isinstance(r["attributions"], list):
                errs.append(f"{where}: attributions must be a list")
                continue
            for i, a in enumerate(r["attributions"]):
                check_attr(text, a, f"{where} attr {i}", errs)
            records.append(r)
    if stats:
        print_stats(base, records)
    return errs


def print_stats(base, records):
    c = collections.Counter()
    for r in records:
        c["records", r["split"]] += 1
        c["records", "all"] += 1
        if not r["attributions"]:
            c["records without attributions", r["split"]] += 1
        for a in r["attributions"]:
            c["attributions", r["split"]] += 1
            c["attributions", "all"] += 1
            c["kind", a["kind"]] += 1
            c["source_kind", a["source_kind"]] += 1
    print(f"== {base}")
    for key in sorted(c):
        print(f"  {key[0]:30s} {key[1]:14s} {c[key]:5d}")


def main(argv):
    stats = "--stats" in argv
    paths = [a for a in argv if a != "--stats"]
    if not paths:
        here = os.path.dirname(os.path.abspath(__file__))
        paths = [os.path.join(here, n) for n in ("ru-pud.jsonl", "ru-written.jsonl", "ru-agency.jsonl")]
    bad = 0
    for p in paths:
        if not os.path.exists(p):
            print(f"{p}: missing", file=sys.stderr)
            bad += 1
            continue
        errs = check_file(p, stats)
        for e in errs:
            print(e, file=sys.stderr)
        bad += len(errs)
        if not errs:
            print(f"{os.path.basename(p)}: ok")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
