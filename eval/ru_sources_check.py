#!/usr/bin/env python3
"""Russian source spans on a small check set of sentences written for the
project (eval/ru-sources-check.jsonl): for each text, the record of the
expected cue must have the expected source span, source_kind and, for a
title and a name, the person's name apart from the title.

Usage: python3 eval/ru_sources_check.py [-v]   (-v also prints right ones)
Prints every wrong record and the count of right ones. Standard library
only; the framescope binary from build/ or $FSC_BIN.
"""

import json
import os
import sys

import fsc_eval_common as C

CHECK = os.path.join(C.EVAL_DIR, "ru-sources-check.jsonl")


def got_of(row, cue):
    for a in row.get("framescope", {}).get("attributions", []) or []:
        if (a.get("cue") or {}).get("surface") == cue:
            src = a.get("source") or {}
            return {"source": src.get("surface"),
                    "source_kind": a.get("source_kind"),
                    "name": src.get("name")}
    return None


def main(argv):
    verbose = "-v" in argv
    recs = [json.loads(line) for line in open(CHECK, encoding="utf-8")
            if line.strip()]
    rows = C.run_score(({"id": r["id"], "lang": r["lang"], "text": r["text"]}
                        for r in recs), threads=1)
    right = 0
    for r in recs:
        e = r["expect"]
        g = got_of(rows.get(r["id"], {}), e["cue"])
        ok = (g is not None and g["source"] == e["source"]
              and g["source_kind"] == e["source_kind"]
              and ("name" not in e or g["name"] == e["name"]))
        right += ok
        if not ok or verbose:
            print("%s %s: %s" % ("ok   " if ok else "WRONG", r["id"], r["text"]))
            print("      want «%s» (%s)%s" % (e["source"], e["source_kind"],
                  " name «%s»" % e["name"] if "name" in e else ""))
            if not ok:
                print("      got  %s" % ("no record for cue «%s»" % e["cue"] if g is None else
                      "«%s» (%s) name «%s»" % (g["source"], g["source_kind"], g["name"])))
    print("right %d of %d" % (right, len(recs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
