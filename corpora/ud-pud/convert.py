#!/usr/bin/env python3
"""Convert the Parallel UD (PUD) CoNLL-U test files to framescope JSON Lines.

Usage:
    python3 convert.py [SRC_DIR] [OUT_DIR]

SRC_DIR holds en_pud-ud-test.conllu, ar_pud-ud-test.conllu and
ru_pud-ud-test.conllu (default: ../../../shared/data/ud-pud relative to this
script, i.e. the project's shared data directory); OUT_DIR defaults to the
directory of this script. Writes en.jsonl, ar.jsonl, ru.jsonl.

Rule: one record per document. A "# newdoc id = X" line starts document X;
each "# text = ..." line is one sentence of the current document, and the
sentences are joined with a single space in file order. The Arabic file repeats
"# newdoc id" before every sentence; a newdoc line whose id equals the current
document's id continues that document. An id that reappears after another
document has started is an error (the documents would not be contiguous).

Record fields: id ("pud-<lang>-<newdoc id>"), outlet ("ud-pud-news" for ids
starting with "n", "ud-pud-wiki" for "w"), lang, text, sent_ids (array of the
"# sent_id" values in order).

Standard library only. Output is deterministic (UTF-8, no ASCII escaping,
"\n" line ends).
"""
import json
import os
import sys

LANGS = ("en", "ar", "ru")


def convert(src_path, lang):
    docs = []          # list of (doc_id, [sentences], [sent_ids])
    seen = set()
    cur = None
    pending_sent_id = None
    with open(src_path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\r\n")
            if line.startswith("\ufeff"):
                line = line[1:]
            if not line.startswith("#"):
                continue
            key, sep, val = line[1:].partition("=")
            if not sep:
                continue
            key = key.strip()
            val = val.strip()
            if key == "newdoc id":
                if cur is not None and cur[0] == val:
                    continue
                if val in seen:
                    sys.exit("%s:%d: document %r reappears after another "
                             "document" % (src_path, lineno, val))
                seen.add(val)
                cur = (val, [], [])
                docs.append(cur)
            elif key == "sent_id":
                pending_sent_id = val
            elif key == "text":
                if cur is None:
                    sys.exit("%s:%d: sentence before any '# newdoc id'"
                             % (src_path, lineno))
                if pending_sent_id is None:
                    sys.exit("%s:%d: '# text' without a '# sent_id'"
                             % (src_path, lineno))
                cur[1].append(val)
                cur[2].append(pending_sent_id)
                pending_sent_id = None
    records = []
    for doc_id, sents, sent_ids in docs:
        if doc_id.startswith("n"):
            outlet = "ud-pud-news"
        elif doc_id.startswith("w"):
            outlet = "ud-pud-wiki"
        else:
            sys.exit("%s: document id %r starts with neither n nor w"
                     % (src_path, doc_id))
        records.append({
            "id": "pud-%s-%s" % (lang, doc_id),
            "outlet": outlet,
            "lang": lang,
            "text": " ".join(sents),
            "sent_ids": sent_ids,
        })
    return records


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    src = argv[1] if len(argv) > 1 else os.path.join(
        here, "..", "..", "..", "shared", "data", "ud-pud")
    out = argv[2] if len(argv) > 2 else here
    for lang in LANGS:
        src_path = os.path.join(src, "%s_pud-ud-test.conllu" % lang)
        records = convert(src_path, lang)
        out_path = os.path.join(out, "%s.jsonl" % lang)
        with open(out_path, "w", encoding="utf-8", newline="\n") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        n_sent = sum(len(r["sent_ids"]) for r in records)
        print("%s: %d documents, %d sentences -> %s"
              % (lang, len(records), n_sent, out_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
