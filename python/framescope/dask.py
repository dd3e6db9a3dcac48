"""Score a corpus on a Dask cluster with the framescope CLI.

The driver cuts JSON Lines files into byte ranges that end at line
boundaries (or takes whole files of any input format), scores each
partition on a worker with ``framescope score`` (rows from standard input,
``--id-prefix pN-`` so records without an id still get unique ids), writes
one rows file per partition, concatenates them in partition order, and can
run ``compare`` and ``report`` on the result, and run incrementally over
a results store (``db=``: only articles the store does not hold with the
same text and configuration are scored; see store_known, merge_stores). Rows are byte-identical to a
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

__all__ = ["partitions", "score_partition", "merge_stores", "store_known",
           "run", "main"]


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


def _last_config(con, schema="main"):
    row = con.execute("SELECT run_id, config_sha256 FROM %s.runs ORDER BY "
                      "run_id DESC LIMIT 1" % schema).fetchone()
    return row if row else (None, None)


_RUN_COLS = ("started, finished, tool_version, lexicons, options, "
             "config_sha256, command, mode, reason, n_read, n_scored, "
             "n_skipped, n_unchanged")


def merge_stores(parts, db, mode=None, reason=None, unchanged=None):
    """Merge part stores (each the store of one `score --db` run, in
    partition order) into the store `db` (created when absent), as one
    `score --db db` over the partitions in order would have stored them:
    an article that `db` holds with the same id, text SHA-256 and
    configuration is left as it is (unchanged); any other replaces the
    stored article of its id (keeping its position: updated when its text
    changed, rescored when only the configuration did) or is appended
    (new). Each part's run becomes a run of `db` with these counts (mode
    and reason, when given, replace the part's own, which only describe
    the part store; unchanged[i], when given, adds the articles the worker
    left out of part i as unchanged). Merging is idempotent: a part merged
    before into `db` (the part store records it) is not merged again. Uses Python's sqlite3 (the schema is in docs/store.md).
    Returns a dict of counts: new, updated, rescored, unchanged, parts
    (merged), already (parts merged before)."""
    import sqlite3
    target = os.path.realpath(db)
    con = sqlite3.connect(db, isolation_level=None, timeout=60)
    tot = dict(new=0, updated=0, rescored=0, unchanged=0, parts=0,
               already=0)
    try:
        con.execute("PRAGMA journal_mode=WAL")
        for k, part in enumerate(parts):
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
                    raise ValueError(
                        "%s: schema version %s, %s has %s (run framescope "
                        "score --db on it once to bring it up to date)" % (
                            part, ver and ver[0], db, mine and mine[0]))
                if con.execute("SELECT 1 FROM p.meta WHERE key = "
                               "'merged_into' AND value = ?",
                               (target,)).fetchone():
                    tot["already"] += 1
                    con.execute("COMMIT")
                    continue
                for (old,) in con.execute(
                        "SELECT run_id FROM p.runs ORDER BY run_id"
                        ).fetchall():
                    # classify against what db holds
                    c = con.execute(
                        "SELECT count(*) FILTER (WHERE m.id IS NULL), "
                        "count(*) FILTER (WHERE m.text_sha256 != "
                        "a.text_sha256), count(*) FILTER (WHERE "
                        "m.text_sha256 = a.text_sha256 AND m.config_sha256 "
                        "!= a.config_sha256), count(*) FILTER (WHERE "
                        "m.text_sha256 = a.text_sha256 AND m.config_sha256 "
                        "= a.config_sha256) FROM p.articles a LEFT JOIN "
                        "main.articles m ON m.id = a.id WHERE a.run_id = ? "
                        "AND a.status = 'scored'", (old,)).fetchone()
                    extra = unchanged[k] if unchanged else 0
                    cur = con.execute(
                        "INSERT INTO main.runs (%s, n_new, n_updated, "
                        "n_rescored) SELECT started, finished, "
                        "tool_version, lexicons, options, config_sha256, "
                        "command, coalesce(?, mode), coalesce(?, reason), "
                        "n_read + ?, n_scored, n_skipped, ?, ?, ?, ? "
                        "FROM p.runs WHERE run_id = ?" % _RUN_COLS,
                        (mode, reason, extra, c[3] + extra, c[0], c[1],
                         c[2], old))
                    new = cur.lastrowid
                    con.execute(
                        "INSERT INTO main.articles (id, outlet, date, lang, "
                        "meta, text_sha256, text, status, run_id, "
                        "config_sha256, row) SELECT id, outlet, date, lang, "
                        "meta, text_sha256, text, status, ?, config_sha256, "
                        "row FROM p.articles a WHERE run_id = ? AND NOT "
                        "EXISTS (SELECT 1 FROM main.articles m WHERE m.id = "
                        "a.id AND m.text_sha256 = a.text_sha256 AND "
                        "m.config_sha256 = a.config_sha256 AND m.status = "
                        "a.status) ORDER BY seq "
                        "ON CONFLICT(id) DO UPDATE SET outlet = "
                        "excluded.outlet, date = excluded.date, lang = "
                        "excluded.lang, meta = excluded.meta, text_sha256 = "
                        "excluded.text_sha256, text = excluded.text, status "
                        "= excluded.status, run_id = excluded.run_id, "
                        "config_sha256 = excluded.config_sha256, row = "
                        "excluded.row", (new, old))
                    for key, v in zip(("new", "updated", "rescored",
                                       "unchanged"), c):
                        tot[key] += v
                    tot["unchanged"] += extra
                tot["parts"] += 1
                # the part remembers it was merged (into this store)
                con.execute("INSERT OR REPLACE INTO p.meta VALUES "
                            "('merged_into', ?)", (target,))
                con.execute("COMMIT")
            except BaseException:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                raise
            finally:
                con.execute("DETACH DATABASE p")
    finally:
        con.close()
    return tot


def store_known(db, framescope=None, score_args=(), work_dir=None):
    """What an incremental run over the store `db` may leave out: returns
    (known, mode, reason), known a dict id -> text SHA-256 (hex) of the
    articles `db` holds scored with the configuration `score_args` gives
    (found by a `framescope score --db` on no input in a scratch store),
    or None (score every article: no store yet, or the configuration
    changed since its last run; mode is then 'full')."""
    import sqlite3
    if not os.path.exists(db):
        return None, "full", "first run: every article"
    exe = _framescope(framescope)
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        probe = os.path.join(tmp, "probe.sqlite")
        p = subprocess.run([exe, "score", "-q", *score_args, "--db", probe,
                            "-"], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if p.returncode not in (0, 1):
            raise RuntimeError("framescope score failed: %s" % p.stderr.decode(
                "utf-8", "replace").strip())
        con = sqlite3.connect(probe)
        try:
            cfg = _last_config(con)[1]
        finally:
            con.close()
    uri = db.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    con = sqlite3.connect("file:%s?mode=ro" % uri, uri=True, timeout=60)
    try:
        last, have = _last_config(con)
        if last is None:
            return None, "full", "first run: every article"
        if have != cfg:
            return None, "full", ("configuration changed since run %d: "
                                  "every article" % last)
        known = dict(con.execute(
            "SELECT id, text_sha256 FROM articles WHERE config_sha256 = ? "
            "AND status = 'scored'", (cfg,)))
    finally:
        con.close()
    return known, "incremental", ("same configuration as run %d: new, "
                                  "changed or not yet scored articles only"
                                  % last)


_KNOWN = {}


def _load_known(path):
    """The known-articles file of a run (cached in the worker process)."""
    import json
    st = os.stat(path)
    key = (path, st.st_mtime_ns, st.st_size)  # rewritten by the next run
    if key not in _KNOWN:
        _KNOWN.clear()
        with open(path, "rb") as f:
            _KNOWN[key] = json.load(f)
    return _KNOWN[key]


def _unchanged(line, lineno, prefix, known):
    """Is this JSON Lines record stored with the same text (known: id ->
    SHA-256)? Ids as `score --id-prefix PREFIX -` gives them; anything
    unusual (not JSON, a number id, no text) is scored again."""
    import hashlib
    import json
    if not line.strip():
        return False
    try:
        rec = json.loads(line)
    except ValueError:
        return False
    if not isinstance(rec, dict):
        return False
    rid = rec.get("id")
    if rid is None or isinstance(rid, (bool, dict, list)):
        rid = "%s:<stdin>:%d" % (prefix, lineno)
    elif not isinstance(rid, str) or not rid:
        return False
    text = rec.get("text")
    sha = known.get(rid)
    if sha is None or not isinstance(text, str):
        return False
    try:
        return hashlib.sha256(text.encode("utf-8")).hexdigest() == sha
    except UnicodeEncodeError:
        return False


def score_partition(part, out_path, index=0, framescope=None,
                    score_args=(), db=False, known=None):
    """Score one partition into out_path (runs on a worker). With db, also
    into a new store out_path[:-6] + ".sqlite" (score --db, for
    merge_stores). With known (the path of a JSON object id -> text
    SHA-256, see store_known), records of a JSON Lines range stored with
    the same text are left out (replaced by empty lines, so records
    without an id keep their ids). Returns a dict: path, rows, unchanged
    (records left out), seconds, exit status of score (0, or 1 when some
    records were skipped: they are in the rows with their reason)."""
    exe = _framescope(framescope)
    path, start, end = part
    t0 = time.monotonic()
    unchanged = 0
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
                    if known is not None:
                        kn = _load_known(known)
                        prefix = "p%d-" % index
                        lineno = 0
                        while left > 0:
                            line = f.readline(left)
                            if not line:
                                break
                            left -= len(line)
                            lineno += 1
                            if _unchanged(line, lineno, prefix, kn):
                                unchanged += 1
                                line = b"\n"
                            p.stdin.write(line)
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
            "unchanged": unchanged, "seconds": time.monotonic() - t0}


def run(client, paths, out_dir, partition_bytes=64 << 20, framescope=None,
        score_args=(), compare_args=None, report_args=None, timeout=None,
        db=None):
    """Score `paths` on the cluster behind `client` (a distributed.Client).

    Writes out_dir/parts/part-NNNNN.jsonl, then out_dir/rows.jsonl (the
    parts in order). With compare_args (a list, e.g. ["-f", "json"]) also
    writes out_dir/compare.out, with report_args out_dir/report.out (both
    run locally on the merged rows, read from standard input so the output
    does not depend on file names; with db, on the store). With timeout
    (seconds), a cluster that has not scored every partition by then
    raises TimeoutError instead of waiting for ever (e.g. workers that
    cannot import framescope). Returns the path of rows.jsonl.

    With db (a path), the run is incremental as `framescope score --db db`
    is: when db holds articles scored with the same configuration (tool
    version, lexicons, options), the workers leave out the records db
    holds with the same id and text (store_known), each partition is
    scored into a store of its own (parts/part-NNNNN.sqlite), and the
    parts are merged into db in order (merge_stores). rows.jsonl then
    holds the rows of this run only (new and changed articles), the store
    every article: `compare --db` and `report --db` equal compare and
    report on the rows of one run over the whole corpus, and a later
    `framescope score --db db` scores only new or changed articles. The
    counts (new, updated, rescored, unchanged; left_out: the unchanged
    records the workers did not score) go to out_dir/store.json."""
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
    known_path = None
    mode = reason = None
    if db is not None:
        db = os.path.abspath(db)
        known, mode, reason = store_known(db, exe, score_args, out_dir)
        if known is not None:
            import json
            # JSON, not pickle: workers load it from a shared directory
            known_path = os.path.join(parts_dir, "known.json")
            with open(known_path + ".tmp", "w", encoding="utf-8") as f:
                json.dump(known, f, separators=(",", ":"))
            os.replace(known_path + ".tmp", known_path)
    futures = [client.submit(score_partition, part,
                             os.path.join(parts_dir, "part-%05d.jsonl" % i),
                             i, framescope, tuple(score_args), db is not None,
                             known_path, pure=False)
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
        import json
        counts = merge_stores(
            [_part_store(r["path"]) for r in results], db, mode=mode,
            reason="%s (framescope.dask, %d partitions)" % (reason,
                                                            len(results)),
            unchanged=[r["unchanged"] for r in results])
        counts["mode"], counts["reason"] = mode, reason
        counts["left_out"] = sum(r["unchanged"] for r in results)
        with open(os.path.join(out_dir, "store.json"), "w") as f:
            json.dump(counts, f, indent=1, sort_keys=True)
            f.write("\n")
    for name, args in (("compare", compare_args), ("report", report_args)):
        if args is None:
            continue
        with open(rows, "rb") as f, \
                open(os.path.join(out_dir, name + ".out"), "wb") as o:
            src = ["--db", db] if db is not None else ["-"]
            p = subprocess.run([exe, name, *args, *src], stdin=f, stdout=o,
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
                    "store (SQLite, as score --db): only articles it does "
                    "not hold with the same text and configuration are "
                    "scored; --compare and --report then read the store")
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
    if a.db:
        import json
        with open(os.path.join(a.out, "store.json")) as f:
            c = json.load(f)
        print("%s: %s" % (a.db, c["reason"]), file=sys.stderr)
        print("%s: %d new, %d updated (text changed), %d rescored (same "
              "text), %d articles unchanged (not rescored)" % (
                  a.db, c["new"], c["updated"], c["rescored"],
                  c["unchanged"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
