#!/bin/sh
# store_faults_run.sh CLI SRC WORK - the results store (score --db) when it
# cannot be written:
#  - a full disk (a file-size limit, `ulimit -f`, with SIGXFSZ ignored, so a
#    write fails with EFBIG as on a full disk, as root too): exit status 2,
#    "<db>: cannot write to the store: <SQLite's message> (<cause>)", the
#    store readable and holding exactly the batches committed before the
#    failure (a multiple of FSC_STORE_BATCH = 512 articles, the first ones
#    of the input), and the same command without the limit completes it,
#    scoring only what is missing;
#  - a read-only store: a store file without write permission bits is
#    refused by score --db (exit 2, "it is read-only"), for root too, and
#    left byte for byte as it was, while compare --db still reads it; when
#    run as root and setpriv can drop to nobody, also what the file system
#    enforces: nobody cannot write root's 0644 store, and reads a store in a
#    directory it cannot write (no -shm file can be made there).
set -u
CLI=$1 SRC=$2 WORK=$3
. "$SRC/tests/store_common.sh"
store_setup f
[ "$(wc -l < rows.jsonl)" = "$nbig" ] || no "rows.jsonl: $(wc -l < rows.jsonl) rows"

# -- a full disk ------------------------------------------------------------
# The store grows by ~5 MB a batch (512 rows with match lists) to ~27 MB.
# A limit of 8 MB lets the first batch in and fails the run before the end
# (the main file and the write-ahead log are each held to it). ulimit -f
# counts 512-byte blocks in dash and 1024-byte blocks in bash: measure.
sh -c 'trap "" XFSZ; ulimit -f 2 && head -c 4096 /dev/zero > unit' 2> /dev/null
unit=$(( $(wc -c < unit) / 2 ))
[ "$unit" -ge 512 ] || { echo "ulimit -f does not work here (unit $unit)"; exit 2; }
blocks=$(( 8 * 1024 * 1024 / unit ))
sh -c 'trap "" XFSZ; ulimit -f "$1" && exec "$0" score -q -j 2 --db full.db big.jsonl' \
    "$CLI" "$blocks" 2> ef
rc=$?
[ $rc = 2 ] || no "full disk: exit $rc, want 2: $(cat ef)"
grep -q "full.db: cannot write to the store: .* (File too large)" ef ||
    no "full disk message: $(cat ef)"
"$CLI" compare -f json --db full.db > got.out 2> ec || no "compare --db after the full disk: $(cat ec)"
n=$(rows_read ec)
if [ -z "$n" ] || [ "$n" -le 0 ] || [ "$n" -ge "$nbig" ] || [ $((n % 512)) != 0 ]; then
    no "after the full disk the store holds ${n:-?} rows, want whole batches of 512 short of $nbig"
else
    head -n "$n" rows.jsonl | "$CLI" compare -f json - > want.out 2> /dev/null
    cmp -s want.out got.out || no "after the full disk: compare --db differs from the first $n rows"
fi
if command -v sqlite3 > /dev/null; then
    [ "$(sqlite3 full.db 'PRAGMA integrity_check')" = ok ] || no "full disk: integrity_check"
    r=$(sqlite3 full.db "SELECT count(*), count(finished) FROM runs")
    [ "$r" = "1|0" ] || no "full disk: runs (count, finished) = $r, want 1|0"
fi
# recovery: the same command without the limit scores only the rest
"$CLI" score -j 2 --db full.db big.jsonl 2> er || no "recovery run: $(cat er)"
grep -q "same configuration as run 1" er || no "recovery reason: $(cat er)"
grep -q ": $((nbig - ${n:-0})) new, 0 updated (text changed), 0 rescored (same text), ${n:-0} articles unchanged" er ||
    no "recovery counts: $(cat er)"
"$CLI" compare -f json - < rows.jsonl > want.out 2> /dev/null
"$CLI" compare -f json --db full.db > got.out 2> ec
grep -q "$nbig rows read" ec || no "after recovery: $(cat ec)"
cmp -s want.out got.out || no "after recovery: compare --db differs from the rows file"
echo "full disk: stopped at ${n:-?} of $nbig rows; $(grep -o 'cannot write.*' ef)"

# -- a read-only store --------------------------------------------------------
cat "$C/ud-pud/ar.jsonl" > b.jsonl
"$CLI" score -q --db ro.db a.jsonl 2> /dev/null || no "score --db ro.db"
chmod 444 ro.db
sum0=$(cksum < ro.db)
"$CLI" score --db ro.db b.jsonl 2> ero && no "score --db on a 0444 store succeeded (uid $(id -u))"
grep -q "ro.db: cannot write to the store: it is read-only (mode 0444" ero ||
    no "read-only message: $(cat ero)"
[ "$(cksum < ro.db)" = "$sum0" ] || no "the read-only store was changed"
[ -e ro.db-wal ] && [ -s ro.db-wal ] && no "the read-only store got a write-ahead log"
"$CLI" compare --db ro.db > /dev/null 2> ec || no "compare --db on a read-only store: $(cat ec)"
grep -q "$(wc -l < a.jsonl) rows read" ec || no "compare --db ro.db: $(cat ec)"

# What the file system enforces, which root would pass: as nobody.
if [ "$(id -u)" = 0 ] && command -v setpriv > /dev/null; then
    # nobody needs to reach the binary, the lexicons and the files: copy
    # them to a directory of its own (the build tree may not be open to it)
    T=$(mktemp -d "${TMPDIR:-/tmp}/fsc-store-ro.XXXXXX") || exit 2
    chmod 755 "$T"
    cp "$CLI" "$T/framescope" && cp -R "${FRAMESCOPE_LEXICONS:-$SRC/lexicons}" "$T/lex" &&
        cp b.jsonl "$T/" && chmod -R a+rX "$T"
    cp ro.db "$T/root.db" && chmod 644 "$T/root.db"
    mkdir "$T/frozen" && cp ro.db "$T/frozen/s.db" && chmod 644 "$T/frozen/s.db" &&
        chmod 555 "$T/frozen"
    asnobody() {
        FRAMESCOPE_LEXICONS="$T/lex" setpriv --reuid=65534 --regid=65534 \
            --clear-groups "$T/framescope" "$@"
    }
    if asnobody --version > /dev/null 2>&1; then
        sum1=$(cksum < "$T/root.db")
        asnobody score --db "$T/root.db" "$T/b.jsonl" 2> en && no "nobody wrote root's 0644 store"
        grep -q "root.db: cannot write to the store: it is read-only" en ||
            no "nobody, root's store: $(cat en)"
        [ "$(cksum < "$T/root.db")" = "$sum1" ] || no "root's store was changed by nobody"
        asnobody compare --db "$T/frozen/s.db" > /dev/null 2> en ||
            no "nobody cannot read a store in a read-only directory: $(cat en)"
        grep -q "$(wc -l < a.jsonl) rows read" en || no "nobody, frozen store: $(cat en)"
        asnobody score --db "$T/frozen/s.db" "$T/b.jsonl" 2> en &&
            no "nobody wrote a store in a read-only directory"
        grep -q "cannot write to the store" en || no "nobody, frozen store, score: $(cat en)"
        echo "read-only as nobody: checked"
    else
        echo "read-only as nobody: not checked (setpriv cannot run the copy as nobody here)"
    fi
    chmod 755 "$T/frozen"
    rm -rf "$T"
fi
exit $fail
