#!/bin/sh
# compare_bench.sh - time `framescope compare` on synthetic score rows
# (default 1,000,000 rows x 20 categories x 50 outlets, 2,000 bootstrap
# resamples, one thread) and report wall time and peak memory per measure,
# plus a run without bootstrap to split parsing from statistics.
# Usage: bench/compare_bench.sh [ROWS] [OUTLETS] [CATEGORIES]
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}; OUTLETS=${2:-50}; CATS=${3:-20}
BUILD=build-compare-rel
OUT=bench/out
mkdir -p "$OUT"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DFSC_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" -j2 >/dev/null
ROWSF="$OUT/compare-rows-$ROWS-$OUTLETS-$CATS.jsonl"
[ -s "$ROWSF" ] || python3 bench/gen_rows.py "$ROWS" "$OUTLETS" "$CATS" 1 > "$ROWSF"
echo "input: $ROWSF ($(wc -c < "$ROWSF") bytes)"
run() {
    label=$1; shift
    /usr/bin/time -f "%e %M" -o "$OUT/compare-time.txt" \
        "$BUILD/framescope" compare -q -f json -o "$OUT/compare-out.json" "$@" "$ROWSF"
    read -r secs kb < "$OUT/compare-time.txt"
    printf '%-44s %8s s %8s MiB\n' "$label" "$secs" "$((kb / 1024))"
}
run "rate, bootstrap 0 (parse + tests)" --bootstrap 0
run "rate, bootstrap 2000, 1 thread" --bootstrap 2000
run "rate, bootstrap 2000, 2 threads" --bootstrap 2000 -j 2
run "count, bootstrap 2000, 1 thread" --measure count --bootstrap 2000
run "presence, bootstrap 2000, 1 thread" --measure presence --bootstrap 2000
