"""Score a corpus on a Dask cluster with the framescope CLI.

The driver cuts JSON Lines files into byte ranges that end at line
boundaries (or takes whole files of any input format), scores each
partition on a worker with ``framescope score`` (rows from standard input,
``--id-prefix pN-`` so records without an id still get unique ids), writes
one rows file per partition, concatenates them in partition order, and can
run ``compare`` and ``report`` on the result, and merge the partitions
into a results store (``db=``, see merge_stores). Rows are byte-identical to a
single ``framescope score`` run over the same files when every record has an
id (the corpus's own, as is usual); compare and report are identical in any
case (tests/dask_run.py checks both with a LocalCluster of two workers,
and with a dask-scheduler and a dask-worker).

Workers need the ``framescope`` executable (``framescope=`` or
``$FRAMESCOPE_BIN`` or the PATH) and must see the input and output paths
(a shared file system, e.g. NFS). Memory on a worker is bounded by one
partition (``partition_bytes``, 64 MiB by default) plus framescope's own
bounded streaming.

Example (one machine)::

    from distributed import Client, LocalCluster
    from framescope.dask import run
    if __name__ == "__main__":   # LocalCluster's workers re-import __main__
        with LocalCluster(n_workers=2, threads_per_worker=1) as cl, \
                Client(cl) as c:
            rows = run(c, ["corpus.jsonl"], "out/")

Workers are separate Python processes: they must be able to import
``framescope`` (``pip install ./python`` on each host, or PYTHONPATH) and
``distributed`` (on Debian, python3-distributed is seen by /usr/bin/python3,
not by a pyenv or venv interpreter that comes first on the PATH).

Several machines: start ``dask-scheduler`` on one host and
``dask-worker tcp://HOST:8786 --nthreads 1 --nworkers 2`` on each of the
others, then ``python3 -m framescope.dask --scheduler tcp://HOST:8786
-o /shared/out /shared/corpus.jsonl``.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

__all__ = ["partitions", "score_partition", "merge_stores", "run", "main"]


def _framescope(framescope=None):
    exe = framescope or os.environ.get("FRAMESCOPE_BIN") or \
        shutil.which("framescope")
    if not exe:
        raise FileNotFoundError("framescope executable not found (pass "
                                "framescope= or set FRAMESCOPE_BIN)")
    return exe


def partitions(paths, partition_bytes=64 << 20):
    """Cut files into (path, start, end) byte ranges of about
    partition_bytes that start and end at line boundaries. Files not ending
    in .jsonl (other formats, .gz) are one partition each (start = None)."""
    parts = []
    for path in paths:
        if not path.endswith(".jsonl"):
            parts.append((path, None, None))
            continue
        size = os.path.getsize(path)
        start = 0
        with open(path, "rb") as f:
            while start < size:
                end = start + partition_bytes
                if end >= size:
                    end = size
                else:
                    f.seek(end)
                    f.readline()  # to the end of the line that straddles
                    end = min(f.tell(), size)
                parts.append((path, start, end))
                start = end
    return parts


def _part_store(out_path):
    return os.path.splitext(out_path)[0] + ".sqlite"


def merge_stores(parts, db):
    """Merge part stores (each the store of one `score --db` run, in
    partition order) into the store `db` (created when absent): every
    article of a part replaces the stored article of the same id (keeping
    its position) or is appended, with its run. The result is what one
    `score --db db` over the partitions in order would store: the same
    rows, text SHA-256s and configuration, so a later `score --db db`
    scores only new or changed articles. Uses Python's sqlite3 (the
    schema is in docs/store.md). Returns the number of articles merged."""
    import sqlite3
    con = sqlite3.connect(db, isolation_level=None, timeout=60)
    n = 0
    try:
        con.execute("PRAGMA journal_mode=WAL")
        for part in parts:
            con.execute("ATTACH DATABASE ? AS p", (part,))
            try:
                con.execute("BEGIN IMMEDIATE")
                have = con.execute(
                    "SELECT count(*) FROM main.sqlite_master WHERE "
                    "name = 'articles'").fetchone()[0]
                if not have:  # a new store: the part's schema
                    for (sql,) in con.execute(
                            "SELECT sql FROM p.sqlite_master WHERE sql IS "
                            "NOT NULL AND name NOT LIKE 'sqlite_%' "
                            "ORDER BY rowid").fetchall():
                        con.execute(sql)
                    con.execute("INSERT OR IGNORE INTO main.meta SELECT * "
                                "FROM p.meta")
                ver = con.execute("SELECT value FROM p.meta WHERE key = "
                                  "'schema_version'").fetchone()
                mine = con.execute("SELECT value FROM main.meta WHERE key "
                                   "= 'schema_version'").fetchone()
                if ver != mine:
                    raise ValueError("%s: schema version %s, %s has %s" % (
                        part, ver, db, mine))
                cols = ("started, finished, tool_version, lexicons, "
                        "options, config_sha256, command, mode, reason, "
                        "n_read, n_scored, n_skipped, n_unchanged")
                for (old,) in con.execute(
                        "SELECT run_id FROM p.runs ORDER BY run_id"
                        ).fetchall():
                    cur = con.execute(
                        "INSERT INTO main.runs (%s) SELECT %s FROM p.runs "
                        "WHERE run_id = ?" % (cols, cols), (old,))
                    new = cur.lastrowid
                    cur = con.execute(
                        "INSERT INTO main.articles (id, outlet, date, lang, "
                        "meta, text_sha256, text, status, run_id, "
                        "config_sha256, row) SELECT id, outlet, date, lang, "
                        "meta, text_sha256, text, status, ?, config_sha256, "
                        "row FROM p.articles WHERE run_id = ? ORDER BY seq "
                        "ON CONFLICT(id) DO UPDATE SET outlet = "
                        "excluded.outlet, date = excluded.date, lang = "
                        "excluded.lang, meta = excluded.meta, text_sha256 = "
                        "excluded.text_sha256, text = excluded.text, status "
                        "= excluded.status, run_id = excluded.run_id, "
                        "config_sha256 = excluded.config_sha256, row = "
                        "excluded.row", (new, old))
                    n += cur.rowcount
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            finally:
                con.execute("DETACH DATABASE p")
    finally:
        con.close()
    return n


def score_partition(part, out_path, index=0, framescope=None,
                    score_args=(), db=False):
    """Score one partition into out_path (runs on a worker). With db, also
    into a new store out_path[:-6] + ".sqlite" (score --db, for
    merge_stores). Returns a dict: path, rows, seconds, exit status of
    score (0, or 1 when some records were skipped: they are in the rows
    with their reason)."""
    exe = _framescope(framescope)
    path, start, end = part
    t0 = time.monotonic()
    cmd = [exe, "score", "-q", *score_args]
    if db:
        store = _part_store(out_path)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(store + suffix):
                os.remove(store + suffix)
        # rows into the store and, through -o, into the part file
        cmd += ["--db", store, "-o", "-"]
    # stderr to a file: a pipe could fill while stdin is being written
    with open(out_path + ".tmp", "wb") as out, \
            tempfile.TemporaryFile() as errf:
        if start is None:
            p = subprocess.run(cmd + [path], stdout=out, stderr=errf)
        else:
            cmd += ["--id-prefix", "p%d-" % index, "-"]
            p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out,
                                 stderr=errf)
            with open(path, "rb") as f:
                f.seek(start)
                left = end - start
                try:
                    while left > 0:
                        chunk = f.read(min(left, 1 << 20))
                        if not chunk:
                            break
                        p.stdin.write(chunk)
                        left -= len(chunk)
                except BrokenPipeError:
                    pass  # score stopped early: its status and message say why
                finally:
                    try:
                        p.stdin.close()
                    except BrokenPipeError:
                        pass
            p.wait()
        errf.seek(0)
        err = errf.read().decode("utf-8", "replace").strip()
    if p.returncode not in (0, 1):
        raise RuntimeError("framescope score failed on %s [%s, %s): %s" %
                           (path, start, end, err))
    os.replace(out_path + ".tmp", out_path)
    with open(out_path, "rb") as f:
        rows = sum(1 for _ in f)
    return {"path": out_path, "rows": rows, "status": p.returncode,
            "seconds": time.monotonic() - t0}


def run(client, paths, out_dir, partition_bytes=64 << 20, framescope=None,
        score_args=(), compare_args=None, report_args=None, timeout=None,
        db=None):
    """Score `paths` on the cluster behind `client` (a distributed.Client).

    Writes out_dir/parts/part-NNNNN.jsonl, then out_dir/rows.jsonl (the
    parts in order). With compare_args (a list, e.g. ["-f", "json"]) also
    writes out_dir/compare.out, with report_args out_dir/report.out (both
    run locally on the merged rows, read from standard input so the output
    does not depend on file names). With timeout (seconds), a cluster that
    has not scored every partition by then raises TimeoutError instead of
    waiting for ever (e.g. workers that cannot import framescope). Returns
    the path of rows.jsonl. With db (a path), each partition is also
    scored into a store of its own (parts/part-NNNNN.sqlite) and the parts
    are merged into the store db in order (merge_stores): `compare --db`
    and `report --db` then equal compare and report on rows.jsonl, and a
    later `framescope score --db db` scores only new or changed articles.
    Every partition is scored, whatever db holds already."""
    # Workers run in directories of their own (another host's, a worker's
    # scratch space): give them absolute paths.
    paths = [os.path.abspath(p) for p in paths]
    out_dir = os.path.abspath(out_dir)
    if framescope and os.sep in framescope:
        framescope = os.path.abspath(framescope)
    exe = _framescope(framescope)
    parts_dir = os.path.join(out_dir, "parts")
    os.makedirs(parts_dir, exist_ok=True)
    parts = partitions(paths, partition_bytes)
    futures = [client.submit(score_partition, part,
                             os.path.join(parts_dir, "part-%05d.jsonl" % i),
                             i, framescope, tuple(score_args), db is not None,
                             pure=False)
               for i, part in enumerate(parts)]
    if timeout is not None:
        from distributed import wait
        wait(futures, timeout=timeout)  # raises TimeoutError
    results = client.gather(futures)
    rows = os.path.join(out_dir, "rows.jsonl")
    with open(rows + ".tmp", "wb") as out:
        for r in results:
            with open(r["path"], "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    os.replace(rows + ".tmp", rows)
    if db is not None:
        merge_stores([_part_store(r["path"]) for r in results],
                     os.path.abspath(db))
    for name, args in (("compare", compare_args), ("report", report_args)):
        if args is None:
            continue
        with open(rows, "rb") as f, \
                open(os.path.join(out_dir, name + ".out"), "wb") as o:
            p = subprocess.run([exe, name, *args, "-"], stdin=f, stdout=o,
                               stderr=subprocess.PIPE)
        if p.returncode not in (0, 1):
            raise RuntimeError("framescope %s failed: %s" % (
                name, p.stderr.decode("utf-8", "replace").strip()))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(
        prog="python3 -m framescope.dask",
        description="Score a corpus on a Dask cluster with framescope.")
    ap.add_argument("inputs", nargs="+", help="corpus files")
    ap.add_argument("-o", "--out", required=True, help="output directory")
    ap.add_argument("--scheduler", help="scheduler address (default: a "
                    "LocalCluster on this machine)")
    ap.add_argument("--workers", type=int, default=2,
                    help="LocalCluster workers (default 2)")
    ap.add_argument("--partition-mb", type=float, default=64)
    ap.add_argument("--framescope", help="framescope executable")
    ap.add_argument("--db", help="also merge the rows into this results "
                    "store (SQLite, as score --db)")
    ap.add_argument("--compare", action="store_true",
                    help="also write OUT/compare.out")
    ap.add_argument("--report", action="store_true",
                    help="also write OUT/report.out (HTML)")
    ap.epilog = ("Options after -- go to framescope score, e.g. "
                 "-- --no-matches --lexicon my.dic")
    argv = list(sys.argv[1:] if argv is None else argv)
    sargs = []
    if "--" in argv:  # argparse would take what follows as inputs
        cut = argv.index("--")
        argv, sargs = argv[:cut], argv[cut + 1:]
    a = ap.parse_args(argv)
    from distributed import Client, LocalCluster
    kw = dict(partition_bytes=int(a.partition_mb * (1 << 20)),
              framescope=a.framescope, score_args=sargs,
              compare_args=[] if a.compare else None,
              report_args=[] if a.report else None, db=a.db)
    t0 = time.monotonic()
    if a.scheduler:
        with Client(a.scheduler) as c:
            rows = run(c, a.inputs, a.out, **kw)
    else:
        with LocalCluster(n_workers=a.workers, threads_per_worker=1,
                          processes=True, dashboard_address=None) as cl, \
                Client(cl) as c:
            rows = run(c, a.inputs, a.out, **kw)
    print("%s (%.1f s)" % (rows, time.monotonic() - t0), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
