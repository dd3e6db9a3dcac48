"""Shared helpers for the evaluation scripts in eval/ (standard library only).

Not a test: the scripts read third-party gold data from the shared data
directory, which a checkout of framescope does not contain.
"""

import datetime
import json
import os
import re
import subprocess
import sys
import unicodedata

EVAL_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(EVAL_DIR)
RESULTS = os.path.join(EVAL_DIR, "results.md")


def data_dir():
    """$FSC_DATA, else <repo>/../shared/data (as bench/run.sh)."""
    return os.environ.get("FSC_DATA") or os.path.join(ROOT, "..", "shared", "data")


def framescope_bin():
    """$FSC_BIN, else <repo>/build/framescope; exit 2 when it is missing."""
    b = os.environ.get("FSC_BIN") or os.path.join(ROOT, "build", "framescope")
    if not (os.path.isfile(b) and os.access(b, os.X_OK)):
        sys.stderr.write(
            "framescope binary not found at %s; build it (see README.md) "
            "or set FSC_BIN\n" % b)
        sys.exit(2)
    return b


def run_score(records, threads=2, lexicons=None, titles=False):
    """Score an iterable of dicts; return rows by id.

    lexicons: list of lexicon paths passed as -l (None: the bundled lexicons).
    titles: score a record's "title" as its own zone; off by default here,
    since gold annotations (PolNeAR, ArMPro) cover the text only and their
    offsets count in it (--no-title)."""
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    lex_args = []
    for lx in lexicons or []:
        lex_args += ["-l", lx]
    title_args = [] if titles else ["--no-title"]
    p = subprocess.run([framescope_bin(), "score", "-q", "-j", str(threads)] + lex_args
                       + title_args + ["-"],
                       input=payload.encode("utf-8"), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, check=False)
    if p.returncode not in (0, 1):
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        sys.exit(2)
    rows = {}
    for line in p.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        rows[r["id"]] = r
    return rows


def byte_to_cp(text):
    """Array mapping every byte offset of text's UTF-8 (0..len) to a code point offset."""
    m = []
    for i, ch in enumerate(text):
        m.extend([i] * len(ch.encode("utf-8")))
    m.append(len(text))
    return m


def _trimmable(ch):
    c = unicodedata.category(ch)
    return c[0] in "PZ" or ch.isspace()


def trim(text, a, b):
    """Shrink [a, b) past leading/trailing whitespace and punctuation."""
    while a < b and _trimmable(text[a]):
        a += 1
    while b > a and _trimmable(text[b - 1]):
        b -= 1
    return a, b


WORD = re.compile(r"\w+")


def tokens(text):
    """Word tokens as (cp_start, cp_end): runs of Unicode word characters."""
    return [(m.start(), m.end()) for m in WORD.finditer(text)]


def prf(tp_p, n_p, tp_r, n_r):
    """Precision, recall, F1 (None when undefined)."""
    p = tp_p / n_p if n_p else None
    r = tp_r / n_r if n_r else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else None
    return p, r, f


def fmt(x, digits=3):
    return "–" if x is None else ("%.*f" % (digits, x))


def pct(x):
    return "–" if x is None else ("%.1f%%" % (100 * x))


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def text_table(header, rows):
    cols = [header] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in cols) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in cols]
    lines.insert(1, "  ".join("-" * x for x in w))
    return "\n".join(lines)


def framescope_version():
    p = subprocess.run([framescope_bin(), "--version"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, check=False)
    return (p.stdout or p.stderr).decode("utf-8", "replace").strip().splitlines()[0] \
        if (p.stdout or p.stderr) else "framescope"


def write_section(name, body):
    """Replace this script's section of eval/results.md, keep the others."""
    begin, end = "<!-- %s:begin -->" % name, "<!-- %s:end -->" % name
    head = ("# framescope evaluation results\n\n"
            "Written by the scripts in `eval/` (see `eval/README.md`); each run "
            "of a script rewrites its own section.\n")
    old = ""
    if os.path.exists(RESULTS):
        with open(RESULTS, encoding="utf-8") as f:
            old = f.read()
    sections = {}  # in file order; a new section goes last
    for m in re.finditer(r"<!-- (\w+):begin -->\n(.*?)<!-- \1:end -->", old, re.S):
        sections[m.group(1)] = m.group(2)
    stamp = datetime.date.today().isoformat()
    sections[name] = "%s\n\n%s\n" % (
        "_Run %s with %s._" % (stamp, framescope_version()), body.rstrip())
    out = [head]
    for key in ["polnear", "armpro"] + sorted(k for k in sections if k not in ("polnear", "armpro")):
        if key in sections:
            out.append("<!-- %s:begin -->\n%s<!-- %s:end -->\n" % (key, sections[key], key))
    with open(RESULTS, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
