#!/usr/bin/env python3
"""Every machine format framescope writes, read back by strict readers.

Runs score (jsonl, json, csv, wide), compare (json, csv), report (json),
terms (json, csv) and kwic (csv) over the bundled corpora (corpora/: the
sample, Wikinews and the UD PUD news sentences in three languages) and
checks, for each file:
  - it is UTF-8 from the first byte to the last;
  - JSON / JSON Lines parse with Python's json, which here also refuses
    NaN, Infinity and -Infinity (not JSON);
  - CSV parses with Python's csv (RFC 4180), every record has the header's
    field count, and columns that hold numbers hold only numbers (or are
    empty): no formula-guard apostrophe before a negative number;
  - numbers carry full precision: every score rate equals
    count * 1000 / tokens as a double, bit for bit, and no p-value is
    written 0 unless it is 0 (the old six-decimal form turned 5.48e-05
    into 0.000055 and anything under 5e-7 into 0);
  - when Rscript is installed, R reads the same files (jsonlite when
    installed, else read.csv only) and finds the same row counts.

Environment: FSC_BIN (the framescope program), FSC_SRC (the source tree).
Needs only Python 3; exits 0 with a notice when FSC_BIN is missing.
"""

import csv
import io
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile

BIN = os.environ.get("FSC_BIN", "")
SRC = os.environ.get("FSC_SRC", os.path.join(os.path.dirname(__file__), ".."))
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL " + msg)


def no_const(name):
    raise ValueError("not JSON: " + name)


def run(args, out):
    r = subprocess.run([BIN] + args + ["-o", out], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        fail("%s exited %d: %s" % (" ".join(args), r.returncode,
                                   r.stderr.decode("utf-8", "replace")[:500]))
        return None
    data = open(out, "rb").read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("%s: not UTF-8 at byte %d" % (out, e.start))
        return None


def load_json(name, text):
    try:
        return json.loads(text, parse_constant=no_const)
    except ValueError as e:
        fail("%s: %s" % (name, e))
        return None


def load_jsonl(name, text):
    rows = []
    for i, line in enumerate(text.split("\n")):
        if line:
            try:
                rows.append(json.loads(line, parse_constant=no_const))
            except ValueError as e:
                fail("%s line %d: %s" % (name, i + 1, e))
    return rows


def is_number(s):
    try:
        v = float(s)
    except ValueError:
        return False
    return math.isfinite(v) and not s.startswith("'")


def load_csv(name, text, numeric=(), numeric_suffix=()):
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not rows:
        fail(name + ": empty")
        return []
    head = rows[0]
    cols = [i for i, h in enumerate(head)
            if h in numeric or any(h.endswith(s) for s in numeric_suffix)]
    for n, r in enumerate(rows[1:], 2):
        if len(r) != len(head):
            fail("%s record %d: %d fields, header has %d" % (name, n, len(r),
                                                             len(head)))
            continue
        for c in cols:
            if r[c] != "" and not is_number(r[c]):
                fail("%s record %d column %s: %r is not a number"
                     % (name, n, head[c], r[c]))
                break
    return [dict(zip(head, r)) for r in rows[1:]]


def walk_numbers(o, path, out):
    if isinstance(o, dict):
        for k, v in o.items():
            walk_numbers(v, path + (k,), out)
    elif isinstance(o, list):
        for v in o:
            walk_numbers(v, path, out)
    elif isinstance(o, (int, float)) and not isinstance(o, bool):
        out.append((path, o))


def main():
    if not BIN or not os.path.exists(BIN):
        print("notice: FSC_BIN not set or missing; skipped")
        return 0
    corp = [os.path.join(SRC, "corpora", p) for p in
            ("sample/seed.jsonl", "wikinews/wikinews.jsonl",
             "ud-pud/ar.jsonl", "ud-pud/en.jsonl", "ud-pud/ru.jsonl")]
    corp = [c for c in corp if os.path.exists(c)]
    tmp = tempfile.mkdtemp(prefix="fsc-machine-")
    try:
        return check(corp, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def check(corp, tmp):
    p = lambda n: os.path.join(tmp, n)
    # score
    t = run(["score", "-q", "-f", "jsonl"] + corp, p("rows.jsonl"))
    rows = load_jsonl("score jsonl", t) if t else []
    n_rate = n_bad_rate = 0
    for r in rows:
        fs = r.get("framescope", {})
        tok = fs.get("tokens")
        for cat, c in (fs.get("categories") or {}).items():
            if c.get("rate") is None or not tok:
                continue
            n_rate += 1
            if c["rate"] != c["count"] * 1000.0 / tok:
                n_bad_rate += 1
                if n_bad_rate < 4:
                    fail("score jsonl %s %s: rate %r != %r" % (
                        r.get("id"), cat, c["rate"], c["count"] * 1000.0 / tok))
    print("score jsonl: %d rows, %d rates checked" % (len(rows), n_rate))
    if not rows or not n_rate:
        fail("score jsonl: no rows or no rates")
    t = run(["score", "-q", "-f", "json"] + corp, p("score.json"))
    if t:
        d = load_json("score json", t)
        if d is not None and len(d.get("articles", [])) != len(rows):
            fail("score json: %d articles, jsonl has %d rows"
                 % (len(d.get("articles", [])), len(rows)))
    t = run(["score", "-q", "-f", "csv"] + corp, p("score.csv"))
    if t:
        recs = load_csv("score csv", t, numeric=(
            "tokens", "count", "negated", "rate", "weighted", "authorial",
            "quoted", "attributed", "out_of_scope", "title_tokens",
            "title_count"))
        bad_title = [x for x in recs if x["status"] == "scored" and
                     x["title_status"] not in ("scored", "none", "in_text",
                                               "off")]
        if bad_title:
            fail("score csv: title_status %r" % bad_title[0]["title_status"])
        bad_layer = [x for x in recs if x["status"] == "scored" and
                     x["layer"] not in ("framing", "attribution")]
        if bad_layer:
            fail("score csv: layer %r" % bad_layer[0]["layer"])
        for x in recs:
            if x["rate"] and x["tokens"] and float(x["rate"]) != \
                    float(x["count"]) * 1000.0 / float(x["tokens"]):
                fail("score csv %s: rate %s loses precision" % (x["id"],
                                                                 x["rate"]))
                break
    t = run(["score", "-q", "-f", "wide", "--wide-voice"] + corp,
            p("wide.csv"))
    if t:
        load_csv("score wide", t, numeric=("tokens", "title_tokens"),
                 numeric_suffix=(".count", ".rate", ".title_count",
                                 ".authorial", ".quoted", ".attributed"))
    # compare
    t = run(["compare", "-q", "-f", "csv", "--bootstrap", "200",
             p("rows.jsonl")], p("cmp.csv"))
    if t:
        recs = load_csv("compare csv", t, numeric=("value",))
        ps = [float(x["value"]) for x in recs
              if x["statistic"].endswith("_p") and x["value"]]
        print("compare csv: %d records, %d p-values" % (len(recs), len(ps)))
        if not ps:
            fail("compare csv: no p-values")
    t = run(["compare", "-q", "-f", "json", "--by", "lang", "--all-layers",
             "--bootstrap",
             "200", p("rows.jsonl")], p("cmp.json"))
    if t:
        d = load_json("compare json", t)
        nums = []
        walk_numbers(d, (), nums)
        # A p-value under 5e-7 must survive (the Wikinews/PUD languages
        # differ strongly on some categories).
        tiny = [v for path, v in nums if path and path[-1].endswith("_p")
                and 0 < v < 5e-7]
        print("compare json: %d numbers, %d p-values below 5e-7"
              % (len(nums), len(tiny)))
        if not tiny:
            fail("compare json: no p-value below 5e-7 (six decimals make "
                 "them 0)")
    t = run(["report", "-q", "-f", "json", p("rows.jsonl")], p("rep.json"))
    if t:
        load_json("report json", t)
    t = run(["terms", "-q", "-f", "csv", "--by", "lang"] + corp,
            p("terms.csv"))
    if t:
        load_csv("terms csv", t, numeric=("count", "docs", "z"))
    t = run(["terms", "-q", "-f", "json", "--by", "lang"] + corp,
            p("terms.json"))
    if t:
        load_json("terms json", t)
    t = run(["kwic", "-q", "-f", "csv", "--category", "loaded-language:name_calling"]
            + corp, p("kwic.csv"))
    if t:
        recs = load_csv("kwic csv", t)
        print("kwic csv: %d matches" % len(recs))
    r_check(tmp)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


R_SCRIPT = r'''
args <- commandArgs(TRUE); d <- args[1]
n <- function(x) cat(x, "\n")
for (f in c("score.csv", "wide.csv", "cmp.csv", "terms.csv", "kwic.csv")) {
  p <- file.path(d, f)
  if (!file.exists(p)) next
  x <- read.csv(p, encoding = "UTF-8", stringsAsFactors = FALSE)
  n(paste(f, nrow(x)))
}
x <- read.csv(file.path(d, "score.csv"), stringsAsFactors = FALSE)
stopifnot(is.numeric(x$rate), is.numeric(x$count), is.numeric(x$tokens))
x <- read.csv(file.path(d, "cmp.csv"), stringsAsFactors = FALSE)
stopifnot(is.numeric(x$value))
if (requireNamespace("jsonlite", quietly = TRUE)) {
  r <- jsonlite::stream_in(file(file.path(d, "rows.jsonl")), verbose = FALSE)
  n(paste("rows.jsonl", nrow(r)))
  for (f in c("score.json", "cmp.json", "rep.json", "terms.json")) {
    p <- file.path(d, f)
    if (file.exists(p)) { invisible(jsonlite::fromJSON(p)); n(paste(f, "ok")) }
  }
}
'''


def r_check(tmp):
    rs = shutil.which("Rscript")
    if not rs:
        print("notice: Rscript not installed; R check skipped")
        return
    sp = os.path.join(tmp, "check.R")
    open(sp, "w").write(R_SCRIPT)
    r = subprocess.run([rs, "--vanilla", sp, tmp], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    out = r.stdout.decode("utf-8", "replace")
    print("R: " + out.replace("\n", "; "))
    if r.returncode != 0:
        fail("R could not load the outputs: " +
             r.stderr.decode("utf-8", "replace")[-800:])


if __name__ == "__main__":
    sys.exit(main())
