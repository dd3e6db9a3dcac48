#!/usr/bin/env python3
"""dask_run.py CLI SRC WORK - the Dask driver (python/framescope/dask.py)
with a LocalCluster of 2 workers: rows, compare and report byte-identical to
a single-process `framescope score` run; the command line with options for
score after --; and the multi-host form, a dask-scheduler and a dask-worker
started here (in a directory of their own) with the driver given
--scheduler and relative paths. Exit 77 (skipped) with a message
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


def free_port():
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scheduler_run(cli, work, corpus, want):
    from framescope.dask import main as dask_main
    addr = "tcp://127.0.0.1:%d" % free_port()
    wdir = os.path.join(work, "worker-host")
    os.makedirs(wdir)
    procs = []
    try:
        with open(os.path.join(work, "scheduler.log"), "wb") as log:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_scheduler",
                 "--host", "127.0.0.1", "--port", addr.rsplit(":", 1)[1],
                 "--no-dashboard"], stdout=log, stderr=log, cwd=wdir))
        with open(os.path.join(work, "worker.log"), "wb") as log:
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "distributed.cli.dask_worker", addr,
                 "--nworkers", "2", "--nthreads", "1", "--no-dashboard"],
                stdout=log, stderr=log, cwd=wdir))
        from distributed import Client
        # a loaded machine starts Python slowly: wait for the scheduler to
        # listen before connecting, then give the handshake time
        import socket
        import time
        port = int(addr.rsplit(":", 1)[1])
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), 1).close()
                break
            except OSError:
                time.sleep(0.5)
        with Client(addr, timeout=180) as c:
            c.wait_for_workers(2, timeout=180)
        here = os.getcwd()
        os.chdir(work)
        try:
            rc = dask_main(["--scheduler", addr, "--framescope", cli,
                            "--partition-mb", "0.3", "-o", "out3",
                            os.path.basename(corpus)])
        finally:
            os.chdir(here)
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
    ok = rc == 0 and same("rows through dask-scheduler/dask-worker", want,
                          os.path.join(work, "out3", "rows.jsonl"))
    if not ok:
        print("FAIL: the scheduler run (exit %s)" % rc)
    return ok


def merged_store_checks(cli, work, corpus, one, study):
    ok = True
    # merged into a store: compare and report --db as from the rows, and a
    # later score --db finds every article stored (nothing to score)
    for cmd, want in ((["compare", "-f", "json", "--bootstrap", "50"],
                       "one.compare"), (["report"], "one.report")):
        got = os.path.join(work, "db." + want)
        with open(got, "wb") as o:
            subprocess.run([cli, *cmd, "--db", study], stdout=o,
                           stderr=subprocess.DEVNULL, check=False)
        ok &= same(" ".join(cmd) + " --db of the merged store",
                   os.path.join(work, want), got)
    p = subprocess.run([cli, "score", "--db", study, corpus],
                       stderr=subprocess.PIPE, check=False)
    err = p.stderr.decode("utf-8", "replace")
    with open(one, "rb") as f:
        nrows = sum(1 for _ in f)
    if p.returncode not in (0, 1) or " 0 scored" not in err or \
            "%d articles unchanged" % nrows not in err:
        print("FAIL: score --db after the merge should score nothing:", err)
        ok = False
    return ok


def incremental_run(client, cli, work, corpus, pb, study):
    """The corpus grew (new articles appended) and one article changed:
    the driver over the store `study` (scored from `corpus` by the driver)
    scores only those, merges them, and the store then equals one run over
    the grown corpus; merging the same parts again changes nothing."""
    import json
    import sqlite3
    from framescope.dask import merge_stores, run
    with open(corpus, "rb") as f:
        lines = f.read().splitlines(keepends=True)
    grown = os.path.join(work, "grown.jsonl")
    changed = 0
    with open(grown, "wb") as out:
        for i, line in enumerate(lines):
            if i == 2:
                rec = json.loads(line)
                rec["text"] = "Changed. " + rec["text"]
                line = (json.dumps(rec, ensure_ascii=False) + "\n").encode()
                changed = 1
            out.write(line)
        new = 0
        for line in lines[:60]:  # 60 new articles: copies with new ids
            rec = json.loads(line)
            rec["id"] = "new-" + str(rec["id"])
            out.write((json.dumps(rec, ensure_ascii=False) + "\n").encode())
            new += 1
    one = os.path.join(work, "grown-one.jsonl")
    with open(one, "wb") as o:
        subprocess.run([cli, "score", "-q", grown], stdout=o, check=True)
    single(cli, ["compare", "-f", "json", "--bootstrap", "50"], one,
           os.path.join(work, "grown.compare"))
    single(cli, ["report"], one, os.path.join(work, "grown.report"))
    out = os.path.join(work, "out-grown")
    rows = run(client, [grown], out, partition_bytes=pb, framescope=cli,
               compare_args=["-f", "json", "--bootstrap", "50"],
               report_args=[], timeout=150, db=study)
    ok = True
    with open(os.path.join(out, "store.json")) as f:
        got = json.load(f)
    # left_out: every unchanged article was left out by the workers (their
    # SHA-256 of the text agrees with the one framescope stores)
    want = {"new": new, "updated": changed, "rescored": 0,
            "unchanged": len(lines) - changed,
            "left_out": len(lines) - changed}
    if any(got[k] != v for k, v in want.items()) or \
            got["mode"] != "incremental":
        print("FAIL: incremental driver run: counts %s, want %s" % (got,
                                                                   want))
        ok = False
    with open(rows, "rb") as f:
        n = sum(1 for _ in f)
    if n != new + changed:
        print("FAIL: incremental driver run: %d rows, want %d (new and "
              "changed only)" % (n, new + changed))
        ok = False
    ok &= same("compare of the incremental driver run (from the store)",
               os.path.join(work, "grown.compare"),
               os.path.join(out, "compare.out"))
    ok &= same("report of the incremental driver run (from the store)",
               os.path.join(work, "grown.report"),
               os.path.join(out, "report.out"))
    # merging the same parts again: nothing changes
    con = sqlite3.connect(study)
    before = con.execute("SELECT count(*), group_concat(id || run_id || "
                         "text_sha256, ',') FROM articles").fetchone()
    nruns = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    con.close()
    parts = sorted(os.path.join(out, "parts", f) for f in
                   os.listdir(os.path.join(out, "parts"))
                   if f.endswith(".sqlite"))
    again = merge_stores(parts, study)
    con = sqlite3.connect(study)
    after = con.execute("SELECT count(*), group_concat(id || run_id || "
                        "text_sha256, ',') FROM articles").fetchone()
    nruns2 = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    runs = con.execute("SELECT n_new, n_updated, n_unchanged FROM runs "
                       "WHERE mode = 'incremental' AND reason LIKE "
                       "'%framescope.dask%'").fetchall()
    con.close()
    if again["already"] != len(parts) or again["parts"] or \
            before != after or nruns != nruns2:
        print("FAIL: merging the parts again changed the store:", again)
        ok = False
    if sum(r[0] for r in runs) != new or sum(r[1] for r in runs) != changed:
        print("FAIL: runs of the incremental driver run:", runs)
        ok = False
    # a later score --db finds every article stored
    p = subprocess.run([cli, "score", "--db", study, grown],
                       stderr=subprocess.PIPE, check=False)
    err = p.stderr.decode("utf-8", "replace")
    if " 0 new, 0 updated" not in err or \
            "%d articles unchanged" % (len(lines) + new) not in err:
        print("FAIL: score --db after the incremental merge:", err)
        ok = False
    print("dask incremental: %d new, %d updated, %d unchanged (left out by "
          "the workers: %d) over %d partitions: %s" % (
              got["new"], got["updated"], got["unchanged"],
              got["left_out"], len(parts), "ok" if ok else "FAILED"))
    return ok


def known_ids(cli, work):
    """The workers' test of "stored with the same text" agrees with
    framescope's: ids of records without one (--id-prefix pN- on standard
    input: pN-:<stdin>:LINE), and the SHA-256 of texts with escapes and
    non-ASCII characters."""
    import json
    import sqlite3
    from framescope.dask import _unchanged
    recs = [{"id": "a1", "text": "Tab\there, \u00e9t\u00e9, \u0645\u0631\u062d\u0628\u0627 \"q\""},
            {"text": "No id: the \u2028 line separator and \\\\ a backslash."},
            {"id": None, "text": "A null id."},
            {"id": 7, "text": "A number id (scored again: not compared)."}]
    lines = [(json.dumps(r, ensure_ascii=k % 2 == 0) + "\n").encode()
             for k, r in enumerate(recs)]
    store = os.path.join(work, "known.sqlite")
    p = subprocess.run([cli, "score", "-q", "--db", store, "--id-prefix",
                        "p4-", "-"], input=b"\n" + b"".join(lines),
                       stdout=subprocess.DEVNULL, check=False)
    con = sqlite3.connect(store)
    known = dict(con.execute("SELECT id, text_sha256 FROM articles"))
    con.close()
    got = [_unchanged(line, k + 2, "p4-", known)
           for k, line in enumerate(lines)]
    changed = _unchanged(lines[1].replace(b"No id", b"No ID"), 3, "p4-",
                         known)
    ok = p.returncode == 0 and got == [True, True, True, False] and \
        not changed and "p4-:<stdin>:3" in known
    if not ok:
        print("FAIL: the workers' unchanged test: %s %s, stored %s" % (
            got, changed, sorted(known)))
    return ok


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
    study = os.path.join(work, "study.sqlite")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cl, Client(cl) as c:
        rows = run(c, [corpus], out, partition_bytes=pb, framescope=cli,
                   compare_args=["-f", "json", "--bootstrap", "50"],
                   report_args=[], timeout=150, db=study)
        workers = len(c.scheduler_info()["workers"])
        merged = merged_store_checks(cli, work, corpus, one, study)
        inc = incremental_run(c, cli, work, corpus, pb, study)
    ok = workers == 2 and merged and inc and known_ids(cli, work)
    if not ok:
        print("FAIL: %d workers, not 2" % workers)
    nparts = len([f for f in os.listdir(os.path.join(out, "parts"))
                  if f.endswith(".jsonl")])
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
    # the multi-host form: a dask-scheduler and a dask-worker (2 worker
    # processes, started in a directory of their own as on another host)
    # and the driver given --scheduler, with paths relative to its own
    # directory
    ok &= scheduler_run(cli, work, corpus, one)
    with open(one, "rb") as f:
        n = sum(1 for _ in f)
    print("dask: %d partitions on %d workers, %d bytes, %d rows: %s" % (
        len(parts), workers, size, n, "identical" if ok else "DIFFERENT"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
