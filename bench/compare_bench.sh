#!/usr/bin/env bash
# compare_bench.sh - time `framescope compare` on synthetic score rows
# (default 1,000,000 rows x 20 categories x 50 outlets, 2,000 bootstrap
# resamples) per configuration: rates without bootstrap (parsing and the
# tests), rates with 2,000 resamples on 1 and 2 threads, counts, presence.
# Each configuration runs FSC_REPS times (default 5), interleaved (every
# configuration once, then again, so that a busy spell hits all alike),
# each run started once the machine is idle (bench/timing.sh); the table
# gives the median wall and CPU time, the spread of the wall times
# ((max - min) / median) and the peak RSS.
#
# FSC_BASE=/path/to/framescope also times that binary, interleaved with
# this one (A/B on the same input in the same minutes), and checks that
# the two write byte-identical JSON for every configuration (cmp).
# FSC_BIN=/path/to/framescope measures that binary instead of building.
# Usage: bench/compare_bench.sh [ROWS] [OUTLETS] [CATEGORIES]
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}; OUTLETS=${2:-50}; CATS=${3:-20}
REPS=${FSC_REPS:-5}
OUT=$PWD/bench/out
mkdir -p "$OUT"
. bench/timing.sh
if [ -n "${FSC_BIN:-}" ]; then
    BIN=$FSC_BIN
else
    BUILD=build-compare-rel
    cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DFSC_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD" -j2 >/dev/null
    BIN=$BUILD/framescope
fi
BINS=("$BIN")
[ -n "${FSC_BASE:-}" ] && BINS+=("$FSC_BASE")
ROWSF="$OUT/compare-rows-$ROWS-$OUTLETS-$CATS.jsonl"
[ -s "$ROWSF" ] || python3 bench/gen_rows.py "$ROWS" "$OUTLETS" "$CATS" 1 > "$ROWSF"
echo "input: $ROWSF ($(wc -c < "$ROWSF") bytes); $REPS interleaved runs per configuration"
LABELS=("rate, bootstrap 0 (parse + tests)" "rate, bootstrap 2000, 1 thread"
        "rate, bootstrap 2000, 2 threads" "count, bootstrap 2000, 1 thread"
        "presence, bootstrap 2000, 1 thread")
ARGS=("--bootstrap 0" "--bootstrap 2000" "--bootstrap 2000 -j 2"
      "--measure count --bootstrap 2000" "--measure presence --bootstrap 2000")
declare -A W C M
for ((r = 0; r < REPS; r++)); do
    for ((k = 0; k < ${#ARGS[@]}; k++)); do
        for ((b = 0; b < ${#BINS[@]}; b++)); do
            # shellcheck disable=SC2086
            run_once "${BINS[$b]}" compare -q -f json -o "$OUT/compare-out-$k-$b.json" ${ARGS[$k]} "$ROWSF"
            W[$k,$b]="${W[$k,$b]:-} $RUN_S"
            C[$k,$b]="${C[$k,$b]:-} $RUN_CPU"
            M[$k,$b]=$RUN_MIB
        done
        if [ "$r" = 0 ] && [ ${#BINS[@]} = 2 ]; then
            if cmp -s "$OUT/compare-out-$k-0.json" "$OUT/compare-out-$k-1.json"; then
                echo "output of \"${LABELS[$k]}\": identical to FSC_BASE"
            else
                echo "output of \"${LABELS[$k]}\": DIFFERS from FSC_BASE"
            fi
        fi
    done
done
printf '%-38s %-6s %8s %8s %7s %8s\n' configuration binary "wall s" "CPU s" spread "RSS MiB"
for ((k = 0; k < ${#ARGS[@]}; k++)); do
    for ((b = 0; b < ${#BINS[@]}; b++)); do
        # shellcheck disable=SC2086
        printf '%-38s %-6s %8s %8s %6s%% %8s\n' "${LABELS[$k]}" "$([ $b = 0 ] && echo this || echo base)" \
            "$(median ${W[$k,$b]})" "$(median ${C[$k,$b]})" "$(spread ${W[$k,$b]})" "${M[$k,$b]}"
    done
done
echo "(waited ${IDLE_WAITED}s in all for an idle machine; $BUSY_RUNS timed runs started with <90% of the cores idle)"
