#!/bin/sh
# report_bench.sh - time `framescope report` over N score rows (default
# 100,000) made by scoring the bundled corpus and replicating its rows with
# new ids, 14 outlets and dates over a year; prints wall time, CPU time and
# peak memory for 1 and 2 threads, and `framescope compare` on the same rows
# as the reference (one pass with the same statistics), plus the size of
# the HTML written.
# Usage: bench/report_bench.sh [ROWS]
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
BUILD=build-compare-rel
OUT=bench/out
mkdir -p "$OUT"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DFSC_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j2 >/dev/null
SEED="$OUT/report-seed-rows.jsonl"
ROWSF="$OUT/report-rows-$ROWS.jsonl"
[ -s "$SEED" ] || "$BUILD/framescope" score -q -o "$SEED" corpora/
[ -s "$ROWSF" ] || python3 - "$SEED" "$ROWS" > "$ROWSF" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for i in range(int(sys.argv[2])):
    r = dict(rows[i % len(rows)])
    r["id"] = "a%d" % i
    r["outlet"] = "outlet-%02d" % (i % 14)
    r["date"] = "2023-%02d-%02d" % (1 + i % 12, 1 + i % 28)
    print(json.dumps(r, ensure_ascii=False))
PY
echo "input: $ROWSF ($(wc -c < "$ROWSF") bytes, $ROWS rows)"
run() {
    label=$1; shift
    /usr/bin/time -f "%e %U %M" -o "$OUT/report-time.txt" "$BUILD/framescope" "$@"
    read -r secs user kb < "$OUT/report-time.txt"
    printf '%-40s %7s s wall %7s s CPU %6s MiB\n' "$label" "$secs" "$user" "$((kb / 1024))"
}
run "reference: compare, 1 thread" compare -q -f json -o "$OUT/report-cmp.json" "$ROWSF"
run "report, 1 thread" report -q -j 1 -o "$OUT/report.html" "$ROWSF"
run "report, 2 threads" report -q -j 2 -o "$OUT/report.html" "$ROWSF"
echo "HTML: $(wc -c < "$OUT/report.html") bytes"
