#!/usr/bin/env bash
# bench/run.sh - throughput and memory benchmark of `framescope score`
# against a bare ICU word-segmentation loop (bench/ref_segment.c).
#
# Usage: bench/run.sh [--quick] [--head]
#   --quick   memory run on ~200 MB instead of ~1 GB
#   --head    measure the last commit, not the working tree: build a snapshot
#             of HEAD (git archive, its own lexicons) in bench/out/head-<commit>/
#             instead of building the working tree into build-bench
# Environment:
#   FSC_DATA  data directory (default: <repo>/../shared/data); absent -> notice, exit 0
#   FSC_BIN   framescope binary to use (default: build <repo>/build-bench, Release)
#   FSC_REPS  timing repetitions, interleaved, median kept (default 5)
#   FSC_BASE  a second framescope binary (e.g. a Release build of main) to time
#             beside the first: each repetition runs every configuration with
#             both binaries in turn, and a second table gives the base's medians
#             and the ratios of the CPU times (now / base)
#
# Run on demand; not part of ctest. Writes only under bench/out/ (git-ignored)
# and build-bench/. Prints PASS/FAIL for the targets but always exits 0 once
# the measurements have run (2 on a setup error such as a failed build).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
DATA=${FSC_DATA:-"$ROOT/../shared/data"}
REPS=${FSC_REPS:-5}
QUICK=0
HEAD_ONLY=0
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        --head) HEAD_ONLY=1 ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument: $arg" >&2; exit 2 ;;
    esac
done

SNN="$DATA/saudinewsnet/saudinewsnet.jsonl.gz"
POLNEAR="$DATA/polnear/polnear_train.jsonl"
WIKINEWS="$DATA/wikinews/wikinews.jsonl"
for f in "$SNN" "$POLNEAR" "$WIKINEWS"; do
    if [ ! -r "$f" ]; then
        echo "bench/run.sh: data not found ($f); set FSC_DATA to the shared data directory. Skipping the benchmark."
        exit 0
    fi
done

# --- tools -------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing GNU time (apt-get install time)" >&2
        apt-get install -y -qq time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
    fi
    if [ ! -x /usr/bin/time ]; then
        echo "bench/run.sh: /usr/bin/time (GNU time) is required; install the 'time' package." >&2
        exit 2
    fi
fi

mkdir -p "$OUT"

# build_cli SRC BUILD: Release build of the command-line tool (target
# framescope_cli, output name framescope; the whole tree if that target is gone).
build_cli() {
    { cmake -S "$1" -B "$2" -DCMAKE_BUILD_TYPE=Release &&
        { cmake --build "$2" -j2 --target framescope_cli || cmake --build "$2" -j2; }
    } >"$OUT/build.log" 2>&1 ||
        { echo "bench/run.sh: build failed, see $OUT/build.log" >&2; exit 2; }
}

COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "${FSC_BIN:-}" ]; then
    FS="$FSC_BIN"
    COMMIT="$COMMIT? (FSC_BIN given)"
elif [ "$HEAD_ONLY" = 1 ]; then
    SNAP="$OUT/head-$COMMIT"
    if [ ! -x "$SNAP/build/framescope" ]; then
        echo "building framescope (Release) from a snapshot of HEAD $COMMIT in $SNAP ..." >&2
        rm -rf "$SNAP" && mkdir -p "$SNAP/src"
        git -C "$ROOT" archive HEAD | tar -x -C "$SNAP/src"
        build_cli "$SNAP/src" "$SNAP/build"
    fi
    FS="$SNAP/build/framescope"
    LEXDIR="$SNAP/src/lexicons"
else
    echo "building framescope (Release) into build-bench ..." >&2
    build_cli "$ROOT" "$ROOT/build-bench"
    FS="$ROOT/build-bench/framescope"
    if git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null | grep -q .; then
        COMMIT="$COMMIT + uncommitted changes"
    fi
fi
[ -x "$FS" ] || { echo "bench/run.sh: no framescope binary at $FS" >&2; exit 2; }
BASE=
if [ -n "${FSC_BASE:-}" ]; then
    BASE=$(readlink -f "$FSC_BASE")
    [ -x "$BASE" ] || { echo "bench/run.sh: FSC_BASE is no executable: $FSC_BASE" >&2; exit 2; }
fi
LEXDIR=${LEXDIR:-"$ROOT/lexicons"}
FRAMING=(--no-bundled -l "$LEXDIR/karabakh-2023.json" -l "$LEXDIR/modifiers.json")

REF="$OUT/ref_segment"
# shellcheck disable=SC2046
gcc -O2 -std=c11 -Wall -Wextra -o "$REF" "$HERE/ref_segment.c" \
    $(pkg-config --cflags --libs icu-uc icu-i18n libcjson) ||
    { echo "bench/run.sh: could not build ref_segment" >&2; exit 2; }
GEN="$OUT/gen_open_vocab"
gcc -O2 -std=gnu11 -Wall -Wextra -o "$GEN" "$HERE/gen_open_vocab.c" ||
    { echo "bench/run.sh: could not build gen_open_vocab" >&2; exit 2; }

# --- inputs ------------------------------------------------------------------
# Generated once and reused (delete bench/out/*.jsonl to regenerate).
# Each copy k>0 of a file gets ids prefixed "r<k>-" (or "g<k>-" for the big
# memory input), so every record id stays distinct.
AR="$OUT/ar.jsonl"
EN="$OUT/en.jsonl"
EN10M="$OUT/en-10m.jsonl"
AR10M="$OUT/ar-10m.jsonl"
if [ "$QUICK" = 1 ]; then BIG="$OUT/en-200m.jsonl"; BIGCOPIES=2; else BIG="$OUT/en-1g.jsonl"; BIGCOPIES=10; fi
if [ "$QUICK" = 1 ]; then AROPEN="$OUT/ar-open-200m.jsonl"; else AROPEN="$OUT/ar-open-1g.jsonl"; fi

prefix_ids() { # prefix_ids PREFIX FILE...  -> stdout, ids get PREFIX
    if [ -z "$1" ]; then shift; cat "$@"; else
        local p=$1; shift; sed -e "s/\"id\": *\"/&$p/" "$@"; fi
}

if [ ! -s "$AR" ]; then
    echo "preparing $AR ..." >&2
    zcat "$SNN" >"$AR.tmp" && mv "$AR.tmp" "$AR"
fi
if [ ! -s "$EN" ]; then
    echo "preparing $EN ..." >&2
    base=$(( $(stat -c %s "$POLNEAR") + $(stat -c %s "$WIKINEWS") ))
    copies=$(( (100000000 + base - 1) / base ))
    for ((k = 0; k < copies; k++)); do
        if [ $k = 0 ]; then prefix_ids "" "$POLNEAR" "$WIKINEWS"; else prefix_ids "r$k-" "$POLNEAR" "$WIKINEWS"; fi
    done >"$EN.tmp"
    n=$(wc -l <"$EN.tmp")
    u=$(LC_ALL=C grep -o '"id": *"[^"]*"' "$EN.tmp" | LC_ALL=C awk '!s[$0]++' | wc -l)
    [ "$n" = "$u" ] || { echo "bench/run.sh: $EN has $n records but $u distinct ids" >&2; exit 2; }
    mv "$EN.tmp" "$EN"
fi
if [ ! -s "$EN10M" ]; then
    LC_ALL=C awk '{ n += length($0) + 1; if (n > 10000000) exit; print }' "$EN" >"$EN10M"
fi
if [ ! -s "$AR10M" ]; then
    LC_ALL=C awk '{ n += length($0) + 1; if (n > 10000000) exit; print }' "$AR" >"$AR10M"
fi
# Open vocabulary: copies of SaudiNewsNet where copy k > 0 has new word
# forms (gen_open_vocab.c: two letters appended to most longer words,
# chosen by k and the word), ids prefixed "v<k>-", until ~1 GB (~200 MB
# with --quick): the vocabulary keeps growing with the file.
if [ ! -s "$AROPEN" ]; then
    echo "preparing $AROPEN (open vocabulary, streamed) ..." >&2
    target=$([ "$QUICK" = 1 ] && echo 200000000 || echo 1000000000)
    k=0
    : >"$AROPEN.tmp"
    while [ "$(stat -c %s "$AROPEN.tmp")" -lt "$target" ]; do
        if [ $k = 0 ]; then "$GEN" 0 <"$AR"; else "$GEN" $k <"$AR" | prefix_ids "v$k-"; fi >>"$AROPEN.tmp"
        k=$((k + 1))
    done
    mv "$AROPEN.tmp" "$AROPEN"
fi
if [ ! -s "$BIG" ]; then
    echo "preparing $BIG ($BIGCOPIES copies of en.jsonl, streamed) ..." >&2
    for ((k = 0; k < BIGCOPIES; k++)); do
        if [ $k = 0 ]; then cat "$EN"; else prefix_ids "g$k-" "$EN"; fi
    done >"$BIG.tmp"
    mv "$BIG.tmp" "$BIG"
fi

# --- measurement helpers -----------------------------------------------------
# Other work on the machine skews the timings, the 2-thread one most: say so.
# cpu_idle_pct, wait_idle (BUSY_RUNS), run_once, median and spread come from
# bench/timing.sh, here sampling the idle share over 2 seconds and keeping
# score's output in a file as a user's run would.
FSC_IDLE_SAMPLE=2
RUN_STDOUT="$OUT/stdout.tmp"
. "$HERE/timing.sh"
check_idle() {
    local idle
    idle=$(cpu_idle_pct)
    echo "machine idle before $1: ${idle}% of $(nproc) cores"
    if [ "$idle" -lt 90 ]; then
        echo "WARNING: other processes are using the CPU; timings (above all the 2-thread ones) are not trustworthy:"
        ps -eo pid,pcpu,etime,comm --sort=-pcpu | sed -n '2,4p' | sed 's/^/    /'
    fi
}

# timed OUTVAR_S OUTVAR_KB REPS CMD...: one run (memory runs); TIMED_CPU.
timed() {
    local __s=$1 __kb=$2; shift 3
    run_once "$@"
    printf -v "$__s" '%s' "$RUN_S"
    printf -v "$__kb" '%s' "$RUN_KB"
    TIMED_CPU=$RUN_CPU
}
TIMED_CPU=

fmt_row() { # lang tool threads seconds text_bytes input_bytes ref_seconds kib cpu_seconds
    awk -v lang="$1" -v tool="$2" -v th="$3" -v s="$4" -v tb="$5" -v ib="$6" -v rs="$7" -v kb="$8" -v cpu="$9" 'BEGIN {
        if (s <= 0) s = 0.005   # /usr/bin/time resolution is 10 ms
        printf "| %-4s | %-24s | %7s | %6.2f | %6.2f | %9.1f | %9.1f | %5.2f | %7.1f |\n",
            lang, tool, th, s, cpu, tb / s / 1e6, ib / s / 1e6, rs / s, kb / 1024 }'
}

HEADER='| lang | tool                     | threads | wall s | CPU s  | text MB/s | file MB/s | ×ref  | RSS MiB |'
RULE='|------|--------------------------|---------|--------|--------|-----------|-----------|-------|---------|'

CPU=$(LC_ALL=C lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo
echo "framescope benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $COMMIT"
echo "machine: $(nproc) cores, ${CPU:-unknown CPU}; ICU $(pkg-config --modversion icu-uc 2>/dev/null || echo '?')"
echo "binary: $FS"
[ -n "$BASE" ] && echo "base binary (FSC_BASE, timed interleaved with the binary above): $BASE"
echo "timings: medians of $REPS interleaved runs (wall seconds, GNU time), each started once >= 90% of the cores were idle (waiting at most FSC_IDLE_WAIT s in all); MB = 10^6 bytes"
echo "text MB/s counts the bytes of the records' \"text\" fields; file MB/s the whole JSONL file"
echo "×ref = reference seconds / tool seconds on the same file (higher is faster); CPU s = user + sys"

RESULTS="$OUT/results.md"
: >"$RESULTS"
CHECKS=()

ref_s='' ref_kb='' fs1_s='' fs1_kb='' fs2_s='' fs2_kb='' fsm_s='' fsm_kb='' mem_s='' mem_kb=''
for lang in en ar; do
    if [ $lang = en ]; then IN=$EN; else IN=$AR; fi
    ib=$(stat -L -c %s "$IN")
    # text bytes and token counts, once (ref_segment prints them).
    "$REF" "$IN" >"$OUT/ref-$lang.txt"
    tb=$(sed -n 's/^text_bytes=//p' "$OUT/ref-$lang.txt")
    recs=$(sed -n 's/^records=//p' "$OUT/ref-$lang.txt")
    words=$(sed -n 's/^words=//p' "$OUT/ref-$lang.txt")
    echo
    check_idle "$lang"
    echo "== $lang: $(basename "$IN"): $recs records, $(awk -v b="$ib" 'BEGIN{printf "%.1f", b/1e6}') MB file, $(awk -v b="$tb" 'BEGIN{printf "%.1f", b/1e6}') MB text, $words ICU words"

    # The configurations, run in turn REPS times (interleaved, so that a
    # busy spell on the machine hits all of them alike); medians reported.
    CONF_NAMES=("ref_segment (ICU words)" "framescope --no-matches" "framescope --no-matches"
                "framescope (matches)" "framescope (matches)" "framing only (matches)")
    CONF_TH=(1 1 2 1 2 1)
    # With FSC_BASE, configurations 6-10 are 1-5 run by the base binary,
    # each right after the same configuration of the binary measured.
    CONFS=(0 1 2 3 4 5)
    [ -n "$BASE" ] && CONFS=(0 1 6 2 7 3 8 4 9 5 10)
    declare -A W=() K=() C=()
    for ((rep = 0; rep < REPS; rep++)); do
        for c in "${CONFS[@]}"; do
            bin=$FS
            cc=$c
            if [ "$c" -gt 5 ]; then bin=$BASE; cc=$((c - 5)); fi
            case $cc in
                0) run_once "$REF" "$IN" ;;
                1) run_once "$bin" score --threads 1 --no-matches -o /dev/null --quiet "$IN" ;;
                2) run_once "$bin" score --threads 2 --no-matches -o /dev/null --quiet "$IN" ;;
                3) run_once "$bin" score --threads 1 -o /dev/null --quiet "$IN" ;;
                4) run_once "$bin" score --threads 2 -o /dev/null --quiet "$IN" ;;
                5) run_once "$bin" score --threads 1 "${FRAMING[@]}" -o /dev/null --quiet "$IN" ;;
            esac
            W[$c]="${W[$c]:-} $RUN_S"; K[$c]="${K[$c]:-} $RUN_KB"; C[$c]="${C[$c]:-} $RUN_CPU"
        done
    done
    declare -A MW=() MK=() MC=() SP=()
    for c in "${CONFS[@]}"; do
        # shellcheck disable=SC2086
        { MW[$c]=$(median ${W[$c]}); MK[$c]=$(median ${K[$c]}); MC[$c]=$(median ${C[$c]}); SP[$c]=$(spread ${W[$c]}); }
    done
    {
        echo "$HEADER"
        echo "$RULE"
        for c in 0 1 2 3 4 5; do
            fmt_row $lang "${CONF_NAMES[$c]}" "${CONF_TH[$c]}" "${MW[$c]}" "$tb" "$ib" "${MW[0]}" "${MK[$c]}" "${MC[$c]}"
        done
        echo
        echo "(medians of $REPS interleaved runs; spread (max-min)/median of the wall times: $(for c in 0 1 2 3 4 5; do printf '%s%%%s' "${SP[$c]}" "$([ $c = 5 ] || echo ', ')"; done) in the row order above)"
        echo
        if [ -n "$BASE" ]; then
            echo "base (FSC_BASE), same runs, interleaved:"
            echo
            echo "$HEADER"
            echo "$RULE"
            for c in 6 7 8 9 10; do
                fmt_row $lang "base: ${CONF_NAMES[$((c - 5))]}" "${CONF_TH[$((c - 5))]}" "${MW[$c]}" "$tb" "$ib" "${MW[0]}" "${MK[$c]}" "${MC[$c]}"
            done
            echo
            echo "(spread of the base's wall times: $(for c in 6 7 8 9 10; do printf '%s%%%s' "${SP[$c]}" "$([ $c = 10 ] || echo ', ')"; done))"
            echo "CPU time now / base (median CPU s): $(for c in 1 2 3 4 5; do
                awk -v a="${MC[$c]}" -v b="${MC[$((c + 5))]}" -v n="${CONF_NAMES[$c]}, ${CONF_TH[$c]} th" \
                    'BEGIN { printf "%s %.3f", n, (b > 0 ? a / b : 0) }'
                [ $c = 5 ] || printf '; '; done)"
            echo
        fi
    } | tee -a "$RESULTS"

    ref_s=${MW[0]}
    if [ $lang = en ]; then want_m=0.60; want_f=0.80; else want_m=0.50; want_f=0.70; fi
    CHECKS+=("$(awk -v lang=$lang -v r="$ref_s" -v f="${MW[3]}" -v w=$want_m 'BEGIN {
        x = r / f; printf "%s  %-4s bundled, matches on, 1 thread >= %.2fx reference: %.2fx", (x >= w ? "PASS" : "FAIL"), lang, w, x }')")
    CHECKS+=("$(awk -v lang=$lang -v r="$ref_s" -v f="${MW[5]}" -v w=$want_f 'BEGIN {
        x = r / f; printf "%s  %-4s framing only, 1 thread >= %.2fx reference: %.2fx", (x >= w ? "PASS" : "FAIL"), lang, w, x }')")
    CHECKS+=("$(awk -v lang=$lang -v a="${MW[1]}" -v b="${MW[2]}" 'BEGIN {
        x = a / b; printf "%s  %-4s --no-matches, 2 threads >= 1.85x 1 thread: %.2fx", (x >= 1.85 ? "PASS" : "FAIL"), lang, x }')")
    CHECKS+=("$(awk -v lang=$lang -v a="${MW[3]}" -v b="${MW[4]}" 'BEGIN {
        x = a / b; printf "%s  %-4s matches on, 2 threads >= 1.85x 1 thread: %.2fx", (x >= 1.85 ? "PASS" : "FAIL"), lang, x }')")
done

echo
echo "== targets"
echo "(waited ${IDLE_WAITED}s in all for an idle machine; $BUSY_RUNS timed runs started with <90% of the cores idle)" | tee -a "$RESULTS"
printf '%s\n' "${CHECKS[@]}" | tee -a "$RESULTS"

# --- memory: peak RSS should not grow with input size -----------------------
echo
check_idle memory
echo "== memory: framescope score --threads 2 (matches on, jsonl) -o /dev/null, one run each"
{
    echo '| input | MB | records | s | file MB/s | peak RSS MiB |'
    echo '|-------|----|---------|---|-----------|--------------|'
} | tee -a "$RESULTS"
declare -A RSS
for IN in "$EN10M" "$BIG" "$AR10M" "$AROPEN"; do
    ib=$(stat -L -c %s "$IN")
    recs=$(wc -l <"$IN")
    timed mem_s mem_kb 1 "$FS" score --threads 2 -o /dev/null --quiet "$IN"
    RSS[$IN]=$mem_kb
    awk -v n="$(basename "$IN")" -v b="$ib" -v r="$recs" -v s="$mem_s" -v kb="$mem_kb" 'BEGIN {
        printf "| %s | %.0f | %d | %.2f | %.1f | %.1f |\n", n, b / 1e6, r, s, b / s / 1e6, kb / 1024 }' | tee -a "$RESULTS"
done
awk -v a="${RSS[$EN10M]}" -v b="${RSS[$BIG]}" 'BEGIN {
    x = b / a; printf "%s  en: peak RSS on the big input is %.2fx that on the 10 MB prefix (expected about 1x; <= 1.5x passes)\n",
        (x <= 1.5 ? "PASS" : "FAIL"), x }' | tee -a "$RESULTS"
awk -v a="${RSS[$AR10M]}" -v b="${RSS[$AROPEN]}" 'BEGIN {
    x = b / a; printf "%s  ar, open vocabulary: peak RSS on the big input is %.2fx that on the 10 MB prefix (<= 1.2x passes: the word-form cache is bounded)\n",
        (x <= 1.2 ? "PASS" : "FAIL"), x }' | tee -a "$RESULTS"
for IN in "$EN10M" "$BIG" "$AR10M" "$AROPEN"; do
    awk -v n="$(basename "$IN")" -v kb="${RSS[$IN]}" 'BEGIN {
        printf "%s  %s: peak RSS at 2 threads < 48 MiB: %.1f MiB\n", (kb / 1024 < 48 ? "PASS" : "FAIL"), n, kb / 1024 }'
done | tee -a "$RESULTS"
[ "$QUICK" = 1 ] && echo "(--quick: the big input is ~200 MB, not ~1 GB)" | tee -a "$RESULTS"

rm -f "$OUT/time.tmp" "$OUT/stdout.tmp" "$OUT/stderr.tmp"
echo
echo "results also in $RESULTS"
exit 0
