#!/usr/bin/env python3
"""dask_run.py CLI SRC WORK - the Dask driver (python/framescope/dask.py)
with a LocalCluster of 2 workers: rows, compare and report byte-identical to
a single-process `framescope score` run. Exit 77 (skipped) with a message
when distributed is not importable (Debian: python3-distributed; CI
installs it)."""
import os
import shutil
import subprocess
import sys

cli, src, work = sys.argv[1:4]
sys.path.insert(0, os.path.join(src, "python"))
try:
    from distributed import Client, LocalCluster
except ImportError:
    print("distributed is not importable (Debian: python3-distributed): "
          "Dask driver test skipped")
    sys.exit(77)
from framescope.dask import partitions, run  # noqa: E402

shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
corpus = os.path.join(work, "corpus.jsonl")
with open(corpus, "wb") as out:
    for name in ("wikinews/wikinews.jsonl", "ud-pud/en.jsonl",
                 "ud-pud/ar.jsonl", "ud-pud/ru.jsonl"):
        with open(os.path.join(src, "corpora", name), "rb") as f:
            out.write(f.read())
size = os.path.getsize(corpus)
pb = size // 7 + 1
parts = partitions([corpus], pb)
assert len(parts) >= 7, parts
assert parts[0][1] == 0 and parts[-1][2] == size
with open(corpus, "rb") as f:
    data = f.read()
for (_, s, e), (_, s2, _) in zip(parts, parts[1:]):
    assert e == s2 and data[e - 1:e] == b"\n", (s, e)

fail = 0


def check(what, a, b):
    global fail
    with open(a, "rb") as f, open(b, "rb") as g:
        if f.read() != g.read():
            print("FAIL:", what, "differs")
            fail = 1


def single(cmd, stdin, out):
    with open(stdin, "rb") as i, open(out, "wb") as o:
        subprocess.run([cli, *cmd, "-"], stdin=i, stdout=o,
                       stderr=subprocess.DEVNULL, check=False)


one = os.path.join(work, "one.jsonl")
with open(one, "wb") as o:
    subprocess.run([cli, "score", "-q", corpus], stdout=o, check=True)
single(["compare", "-f", "json", "--bootstrap", "50"], one,
       os.path.join(work, "one.compare"))
single(["report"], one, os.path.join(work, "one.report"))

with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                  dashboard_address=None) as cl, Client(cl) as c:
    rows = run(c, [corpus], os.path.join(work, "out"), partition_bytes=pb,
               framescope=cli,
               compare_args=["-f", "json", "--bootstrap", "50"],
               report_args=[])
check("rows", one, rows)
check("compare", os.path.join(work, "one.compare"),
      os.path.join(work, "out", "compare.out"))
check("report", os.path.join(work, "one.report"),
      os.path.join(work, "out", "report.out"))
print("dask: %d partitions on 2 workers, %d bytes" % (len(parts), size))
sys.exit(fail)
