#!/bin/bash
# dask_bench.sh - the Dask driver (python/framescope/dask.py, LocalCluster of
# 2 workers, one single-threaded `framescope score` each) against one
# `framescope score --threads 2` on ~1 GB of English JSON Lines
# (bench/out/en-1g.jsonl, made as bench/run.sh makes it: PolNeAR train +
# Wikinews repeated to ~100 MB, then 10 copies; reused when present).
# Usage: bench/dask_bench.sh [FRAMESCOPE_BINARY]   (default build/framescope)
# Prints wall-clock and CPU seconds, peak RSS, articles, rows bytes, the
# driver's overhead and whether the two rows files are byte-identical.
# FSC_DASK_REPS=N: N interleaved pairs of runs, medians (default 1).
# Needs a python3 that imports distributed (Debian: python3-distributed).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=$(readlink -f "${1:-$here/../build/framescope}")
data=${FSC_DATA:-$here/../../shared/data}
out=$here/out
POLNEAR=$data/polnear/polnear_train.jsonl
WIKINEWS=$data/wikinews/wikinews.jsonl
for f in "$POLNEAR" "$WIKINEWS"; do
    [ -r "$f" ] || { echo "dask_bench: $f not found; nothing measured"; exit 0; }
done
py=
for c in /usr/bin/python3 python3; do
    if "$c" -c 'import distributed' >/dev/null 2>&1; then py=$c; break; fi
done
[ -n "$py" ] || { echo "dask_bench: no python3 imports distributed; nothing measured"; exit 0; }
mkdir -p "$out"
export FRAMESCOPE_LEXICONS=${FRAMESCOPE_LEXICONS:-$here/../lexicons}
EN=$out/en.jsonl BIG=$out/en-1g.jsonl
prefix_ids() { # as in run.sh
    if [ -z "$1" ]; then shift; cat "$@"; else
        local p=$1; shift; sed -e "s/\"id\": *\"/&$p/" "$@"; fi
}
if [ ! -s "$EN" ]; then
    base=$(( $(stat -c %s "$POLNEAR") + $(stat -c %s "$WIKINEWS") ))
    copies=$(( (100000000 + base - 1) / base ))
    for ((k = 0; k < copies; k++)); do
        if [ $k = 0 ]; then prefix_ids "" "$POLNEAR" "$WIKINEWS"; else prefix_ids "r$k-" "$POLNEAR" "$WIKINEWS"; fi
    done >"$EN.tmp"
    mv "$EN.tmp" "$EN"
fi
if [ ! -s "$BIG" ]; then
    for ((k = 0; k < 10; k++)); do
        if [ $k = 0 ]; then cat "$EN"; else prefix_ids "g$k-" "$EN"; fi
    done >"$BIG.tmp"
    mv "$BIG.tmp" "$BIG"
fi
n=$(wc -l <"$BIG")
echo "input: $BIG, $(stat -c %s "$BIG") bytes, $n articles"
T="/usr/bin/time -f %e_%U_%S_%M"
tm() { # tm LOG CMD... -> "wall user sys maxrss_kib" from /usr/bin/time
    local log=$1; shift
    $T -o "$log" "$@" || { echo "dask_bench: failed: $*" >&2; exit 2; }
    tail -n 1 "$log" | tr _ ' '
}
export PYTHONPATH=$here/../python${PYTHONPATH:+:$PYTHONPATH}
run_single() {
    single=$(tm "$out/dask-single.time" "$bin" score -q -j 2 -o "$out/dask-single.jsonl" "$BIG")
}
run_driver() {
    rm -rf "$out/dask"
    driver=$(tm "$out/dask-driver.time" "$py" -m framescope.dask --workers 2 \
        --framescope "$bin" -o "$out/dask" "$BIG" 2>"$out/dask-driver.log")
}
# The machine is shared: the load average before each run says how much
# other work there was. FSC_DASK_REPS=N runs N pairs, interleaved (score
# first, then the driver first, and so on), and reports the medians;
# FSC_DASK_FIRST=1 starts with the driver.
reps=${FSC_DASK_REPS:-1}
first=${FSC_DASK_FIRST:-0}
: >"$out/dask-runs.txt"
for ((r = 0; r < reps; r++)); do
    for ((s = 0; s < 2; s++)); do
        if [ $(( (r + s + first) % 2 )) = 0 ]; then
            l=$(cut -d' ' -f1 /proc/loadavg); run_single
            echo "single $l $single" >>"$out/dask-runs.txt"
            echo "pair $((r + 1)): score -j 2  load $l: wall user sys maxrss_kib = $single"
        else
            l=$(cut -d' ' -f1 /proc/loadavg); run_driver
            echo "driver $l $driver" >>"$out/dask-runs.txt"
            echo "pair $((r + 1)): dask driver load $l: wall user sys maxrss_kib = $driver (driver + workers)"
        fi
    done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
rb=$(stat -c %s "$out/dask-single.jsonl")
echo "rows: $rb bytes, $((rb / n)) bytes per article"
# medians over the runs of each kind (wall; CPU = user + sys)
med() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
sw=$(awk '$1 == "single" { print $3 }' "$out/dask-runs.txt" | med)
dw=$(awk '$1 == "driver" { print $3 }' "$out/dask-runs.txt" | med)
sc=$(awk '$1 == "single" { print $4 + $5 }' "$out/dask-runs.txt" | med)
dc=$(awk '$1 == "driver" { print $4 + $5 }' "$out/dask-runs.txt" | med)
echo "$sw $dw $sc $dc $n $reps" | awk '{
  printf "medians of %d runs each: score -j 2 %.1f s wall, %.1f s CPU; driver %.1f s wall, %.1f s CPU\n", $6, $1, $3, $2, $4
  printf "driver overhead (medians): %+.1f %% wall, %+.1f %% CPU; per article: %.3f ms wall (score -j 2), %.3f ms CPU\n",
         100 * ($2 - $1) / $1, 100 * ($4 - $3) / $3, 1000 * $1 / $5, 1000 * $3 / $5 }'
if cmp -s "$out/dask-single.jsonl" "$out/dask/rows.jsonl"; then
    echo "rows byte-identical: yes"
else
    echo "rows byte-identical: NO"
fi
parts=$(ls "$out/dask/parts" | grep -c 'jsonl$')
echo "partitions: $parts (64 MiB each)"
