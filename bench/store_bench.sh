#!/bin/sh
# store_bench.sh - cost of `score --db` (SQLite results store) against
# writing JSON Lines, on SaudiNewsNet (31,030 Arabic articles, 106 MB).
# Usage: bench/store_bench.sh [FRAMESCOPE_BINARY]   (default build/framescope)
# Prints wall-clock seconds of: JSONL to a file; --db into a new store;
# --db again (nothing changed: the incremental no-op); and the overhead.
# Target (issue 13): the store costs at most 30 % over JSONL.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/framescope}
data=${FSC_DATA:-$here/../../shared/data}
gz=$data/saudinewsnet/saudinewsnet.jsonl.gz
out=$here/out
threads=${FSC_THREADS:-2}
if [ ! -f "$gz" ]; then
    echo "store_bench: $gz not found; nothing measured"
    exit 0
fi
mkdir -p "$out"
[ -f "$out/ar.jsonl" ] || zcat "$gz" > "$out/ar.jsonl"
t() { # seconds of "$@"
    s=$(date +%s.%N); "$@"; e=$(date +%s.%N)
    echo "$s $e" | awk '{ printf "%.2f", $2 - $1 }'
}
rm -f "$out/store.sqlite"*
j=$(t "$bin" score -q -j "$threads" -o "$out/rows.jsonl" "$out/ar.jsonl" || true)
d=$(t "$bin" score -q -j "$threads" --db "$out/store.sqlite" "$out/ar.jsonl" || true)
i=$(t "$bin" score -q -j "$threads" --db "$out/store.sqlite" "$out/ar.jsonl" || true)
echo "threads: $threads"
echo "jsonl:          $j s  ($(du -m "$out/rows.jsonl" | cut -f1) MB)"
echo "store (new):    $d s  ($(du -m "$out/store.sqlite" | cut -f1) MB)"
echo "store (rerun):  $i s  (nothing changed)"
echo "$j $d" | awk '{ o = 100 * ($2 - $1) / $1;
  printf "overhead: %.1f %% (target <= 30 %%): %s\n", o, o <= 30 ? "PASS" : "FAIL" }'
