#!/usr/bin/env bash
# report_bench.sh - time `framescope report` over N score rows (default
# 100,000) made by scoring the bundled corpus and replicating its rows with
# new ids, 14 outlets and dates over a year, against `framescope compare`
# over the same rows (the reference of the target: report <= 2 x compare).
# Runs: compare (1 thread), report -j 1, report -j 2; each FSC_REPS times
# (default 5), interleaved, each started once the machine is idle
# (bench/timing.sh); medians of wall and CPU time, spread of the wall times,
# peak RSS, and report / compare from the medians.
#
# FSC_BASE=/path/to/framescope also times that binary, interleaved, and
# checks that both write byte-identical report HTML and compare JSON (cmp;
# both are run in the same directory with the same arguments, since the
# report shows its command line). FSC_BIN measures that binary instead of
# building.
# Usage: bench/report_bench.sh [ROWS]
set -eu
cd "$(dirname "$0")/.."
ROWS=${1:-100000}
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
BIN=$(readlink -f "$BIN")
BINS=("$BIN")
[ -n "${FSC_BASE:-}" ] && BINS+=("$(readlink -f "$FSC_BASE")")
export FRAMESCOPE_LEXICONS=${FRAMESCOPE_LEXICONS:-$PWD/lexicons}
SEED="$OUT/report-seed-rows.jsonl"
ROWSF="$OUT/report-rows-$ROWS.jsonl"
[ -s "$SEED" ] || "$BIN" score -q -o "$SEED" corpora/
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
ROWSF=$(readlink -f "$ROWSF")
echo "input: $ROWSF ($(wc -c < "$ROWSF") bytes, $ROWS rows); $REPS interleaved runs each"
LABELS=("compare, 1 thread (reference)" "report, 1 thread" "report, 2 threads")
declare -A W C M
for ((r = 0; r < REPS; r++)); do
    for ((k = 0; k < 3; k++)); do
        for ((b = 0; b < ${#BINS[@]}; b++)); do
            mkdir -p "$OUT/rb$b"
            cd "$OUT/rb$b"
            case $k in
                0) run_once "${BINS[$b]}" compare -q -f json -o cmp.json "$ROWSF" ;;
                1) run_once "${BINS[$b]}" report -q -j 1 -o report.html "$ROWSF" ;;
                2) run_once "${BINS[$b]}" report -q -j 2 -o report.html "$ROWSF" ;;
            esac
            cd - >/dev/null
            W[$k,$b]="${W[$k,$b]:-} $RUN_S"
            C[$k,$b]="${C[$k,$b]:-} $RUN_CPU"
            M[$k,$b]=$RUN_MIB
        done
        if [ "$r" = 0 ] && [ ${#BINS[@]} = 2 ]; then
            f=$([ $k = 0 ] && echo cmp.json || echo report.html)
            if cmp -s "$OUT/rb0/$f" "$OUT/rb1/$f"; then
                echo "output of \"${LABELS[$k]}\": identical to FSC_BASE"
            else
                echo "output of \"${LABELS[$k]}\": DIFFERS from FSC_BASE"
            fi
        fi
    done
done
printf '%-32s %-6s %8s %8s %7s %8s\n' run binary "wall s" "CPU s" spread "RSS MiB"
for ((k = 0; k < 3; k++)); do
    for ((b = 0; b < ${#BINS[@]}; b++)); do
        # shellcheck disable=SC2086
        printf '%-32s %-6s %8s %8s %6s%% %8s\n' "${LABELS[$k]}" "$([ $b = 0 ] && echo this || echo base)" \
            "$(median ${W[$k,$b]})" "$(median ${C[$k,$b]})" "$(spread ${W[$k,$b]})" "${M[$k,$b]}"
    done
done
for ((b = 0; b < ${#BINS[@]}; b++)); do
    # shellcheck disable=SC2086
    awk -v a="$(median ${W[1,0]/#/})" -v w="$(median ${W[1,$b]})" -v c="$(median ${W[0,$b]})" \
        -v cc="$(median ${C[0,$b]})" -v rc="$(median ${C[1,$b]})" -v n="$([ $b = 0 ] && echo this || echo base)" \
        'BEGIN { printf "%s: report 1 thread / compare = %.1f x (wall), %.1f x (CPU)\n", n, w / c, rc / cc }'
done
echo "HTML: $(wc -c < "$OUT/rb0/report.html") bytes"
echo "(waited ${IDLE_WAITED}s in all for an idle machine; $BUSY_RUNS timed runs started with <90% of the cores idle)"
