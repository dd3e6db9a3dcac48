#!/usr/bin/env python3
"""Check an attribution gold file against eval/gold/FORMAT.md.

Usage: check_gold_a.py GOLD.jsonl [--texts SOURCE.jsonl[.gz]]

For records without a "text" field the texts are read from the source corpus
(default: ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz relative to the
repository root, i.e. the SaudiNewsNet copy the evaluation reads in place).
Checks: key order, split function, text_sha256, kinds and source kinds from
the allowed sets, every span inside the text and non-empty, cue_text and
source_text equal to the text at their offsets, content_sha1 (files without
text) or content spans, anonymous is a boolean, complete is true/false.
Exits 1 on the first file with errors (all errors are printed), 0 when clean.
Exits 0 with a notice when the source corpus is absent.
"""
import gzip
import hashlib
import json
import os
import sys

KINDS = {"direct", "indirect", "according_to", "mixed", "evidence", "belief"}
SOURCE_KINDS = {"named", "nominal", "pronoun", "dropped", "anonymous", "unresolved"}
RECORD_KEYS = ["id", "lang", "split", "outlet", "text_sha256", "text", "complete", "attributions"]
ATTR_KEYS = ["kind", "cue", "cue_text", "source", "source_text", "source_kind", "speaker",
             "speaker_span", "anonymous", "content", "content_sha1", "note"]
REQUIRED_ATTR = ["kind", "cue", "source", "source_kind", "speaker", "speaker_span",
                 "anonymous", "content"]


def split_of(rid):
    return "test" if int(hashlib.sha256(rid.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"


def load_texts(path, wanted):
    op = gzip.open if path.endswith(".gz") else open
    out = {}
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in wanted:
                out[r["id"]] = r["text"]
    return out


def is_span(s):
    return (isinstance(s, list) and len(s) == 2 and all(isinstance(x, int) for x in s))


def check(gold_path, texts_path):
    errors = []
    records = []
    with open(gold_path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                records.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: not JSON: {e}")
    need = {r["id"] for _, r in records if "text" not in r}
    texts = {}
    if need:
        if not os.path.exists(texts_path):
            print(f"notice: {texts_path} absent; cannot check offsets", file=sys.stderr)
            return 0
        texts = load_texts(texts_path, need)
    seen = set()
    n_attr = 0
    for ln, r in records:
        rid = r.get("id")
        where = f"line {ln} ({rid})"
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(rid)
        order = [k for k in RECORD_KEYS if k in r]
        if list(r.keys()) != order:
            errors.append(f"{where}: keys {list(r.keys())} not in FORMAT order / unknown keys")
        if r.get("split") != split_of(rid):
            errors.append(f"{where}: split {r.get('split')} != {split_of(rid)}")
        if not isinstance(r.get("complete"), bool):
            errors.append(f"{where}: complete must be a boolean")
        text = r["text"] if "text" in r else texts.get(rid)
        if text is None:
            errors.append(f"{where}: text not found in {texts_path}")
            continue
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != r.get("text_sha256"):
            errors.append(f"{where}: text_sha256 mismatch")
        n = len(text)
        for j, a in enumerate(r.get("attributions", [])):
            n_attr += 1
            w = f"{where} attribution {j}"
            for k in REQUIRED_ATTR:
                if k not in a:
                    errors.append(f"{w}: missing {k}")
            order = [k for k in ATTR_KEYS if k in a]
            if list(a.keys()) != order:
                errors.append(f"{w}: keys {list(a.keys())} not in FORMAT order / unknown keys")
            if a.get("kind") not in KINDS:
                errors.append(f"{w}: kind {a.get('kind')!r}")
            if a.get("source_kind") not in SOURCE_KINDS:
                errors.append(f"{w}: source_kind {a.get('source_kind')!r}")
            if not isinstance(a.get("anonymous"), bool):
                errors.append(f"{w}: anonymous must be a boolean")

            def span_ok(name, s):
                if s is None:
                    return False
                if not is_span(s) or not (0 <= s[0] < s[1] <= n):
                    errors.append(f"{w}: {name} {s} empty or outside the text (len {n})")
                    return False
                return True
            for name, tname in (("cue", "cue_text"), ("source", "source_text")):
                s = a.get(name)
                if span_ok(name, s):
                    if tname in a and a[tname] != text[s[0]:s[1]]:
                        errors.append(f"{w}: {tname} {a[tname]!r} != text {text[s[0]:s[1]]!r}")
                elif s is None and a.get(tname) is not None:
                    errors.append(f"{w}: {tname} given but {name} is null")
            if a.get("source") is None and a.get("source_kind") not in ("dropped", "unresolved"):
                errors.append(f"{w}: source null but source_kind {a.get('source_kind')}")
            span_ok("speaker_span", a.get("speaker_span"))
            cont = a.get("content")
            if not isinstance(cont, list) or not cont:
                errors.append(f"{w}: content must be a non-empty list of spans")
                continue
            for s in cont:
                span_ok("content", s)
            if "text" not in r:
                sh = a.get("content_sha1")
                if not isinstance(sh, list) or len(sh) != len(cont):
                    errors.append(f"{w}: content_sha1 must have one entry per content span")
                else:
                    for s, h in zip(cont, sh):
                        if is_span(s):
                            got = hashlib.sha1(text[s[0]:s[1]].encode("utf-8")).hexdigest()[:12]
                            if got != h:
                                errors.append(f"{w}: content_sha1 {h} != {got} for {s}")
    for e in errors:
        print(e)
    print(f"{gold_path}: {len(records)} records, {n_attr} attributions, {len(errors)} errors")
    return 1 if errors else 0


def main():
    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if args else 2
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    texts = os.path.join(root, "..", "shared", "data", "saudinewsnet", "saudinewsnet.jsonl.gz")
    if "--texts" in args:
        i = args.index("--texts")
        texts = args[i + 1]
        del args[i:i + 2]
    rc = 0
    for p in args:
        rc |= check(p, texts)
    return rc


if __name__ == "__main__":
    sys.exit(main())
