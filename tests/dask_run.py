#!/usr/bin/env python3
"""dask_run.py CLI SRC WORK - the Dask driver (python/framescope/dask.py)
with a LocalCluster of 2 workers: rows, compare and report byte-identical to
a single-process `framescope score` run. Exit 77 (skipped) with a message
when distributed is not importable (Debian: python3-distributed; CI
installs it).

The work is under `if __name__ == "__main__"`: LocalCluster starts its
worker processes with multiprocessing's spawn method, which imports the main
module again in each of them (without the guard every worker re-ran the test
and the cluster never came up)."""
import os
import shutil
import subprocess
import sys


def same(what, a, b):
    with open(a, "rb") as f, open(b, "rb") as g:
        if f.read() == g.read():
            return True
    print("FAIL:", what, "differs:", a, b)
    return False


def single(cli, cmd, stdin, out):
    with open(stdin, "rb") as i, open(out, "wb") as o:
        subprocess.run([cli, *cmd, "-"], stdin=i, stdout=o,
                       stderr=subprocess.DEVNULL, check=False)


def main():
    cli, src, work = sys.argv[1:4]
    pkg = os.path.join(src, "python")
    sys.path.insert(0, pkg)
    # the workers are new processes: let them import framescope too
    os.environ["PYTHONPATH"] = pkg + (
        os.pathsep + os.environ["PYTHONPATH"]
        if os.environ.get("PYTHONPATH") else "")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        print("SKIPPED: distributed is not importable by %s (Debian: "
              "python3-distributed)" % sys.executable)
        return 77
    from framescope.dask import partitions, run

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

    one = os.path.join(work, "one.jsonl")
    with open(one, "wb") as o:
        subprocess.run([cli, "score", "-q", corpus], stdout=o, check=True)
    single(cli, ["compare", "-f", "json", "--bootstrap", "50"], one,
           os.path.join(work, "one.compare"))
    single(cli, ["report"], one, os.path.join(work, "one.report"))

    out = os.path.join(work, "out")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cl, Client(cl) as c:
        rows = run(c, [corpus], out, partition_bytes=pb, framescope=cli,
                   compare_args=["-f", "json", "--bootstrap", "50"],
                   report_args=[], timeout=150)
        workers = len(c.scheduler_info()["workers"])
    ok = workers == 2
    if not ok:
        print("FAIL: %d workers, not 2" % workers)
    nparts = len(os.listdir(os.path.join(out, "parts")))
    if nparts != len(parts):
        print("FAIL: %d partition files for %d partitions" % (nparts,
                                                             len(parts)))
        ok = False
    ok &= same("rows", one, rows)
    ok &= same("compare", os.path.join(work, "one.compare"),
               os.path.join(out, "compare.out"))
    ok &= same("report", os.path.join(work, "one.report"),
               os.path.join(out, "report.out"))
    # the command line (python3 -m framescope.dask), options after -- going
    # to score
    from framescope.dask import main as dask_main
    nm = os.path.join(work, "one-nm.jsonl")
    with open(nm, "wb") as o:
        subprocess.run([cli, "score", "-q", "--no-matches", corpus],
                       stdout=o, check=True)
    out2 = os.path.join(work, "out2")
    rc = dask_main(["--workers", "2", "--framescope", cli, "--partition-mb",
                    "0.5", "-o", out2, corpus, "--", "--no-matches"])
    ok &= rc == 0
    ok &= same("rows of the command line with -- --no-matches", nm,
               os.path.join(out2, "rows.jsonl"))
    with open(one, "rb") as f:
        n = sum(1 for _ in f)
    print("dask: %d partitions on %d workers, %d bytes, %d rows: %s" % (
        len(parts), workers, size, n, "identical" if ok else "DIFFERENT"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
