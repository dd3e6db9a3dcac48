#!/usr/bin/env bash
# wordbreak_check.sh - the tokenizer's fast path for word boundaries against
# ICU alone, record by record, on the bundled corpora and (when present) the
# shared data sets SaudiNewsNet, PolNeAR train and Wikinews; then the
# tokenizer's time with the fast path off and on. Builds the static library
# (Release) into build-bench/ unless FSC_BUILD names a build directory with
# libframescope.a. Exits 1 on any difference, 2 on a setup error.
#   FSC_DATA  data directory (default: <repo>/../shared/data)
#   FSC_REPS  timing repetitions (default 3)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$HERE/out"
DATA=${FSC_DATA:-"$ROOT/../shared/data"}
mkdir -p "$OUT"
BUILD=${FSC_BUILD:-"$ROOT/build-bench"}
if [ ! -f "$BUILD/libframescope.a" ] || [ -z "${FSC_BUILD:-}" ]; then
    { cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release &&
        cmake --build "$BUILD" -j2 --target framescope; } >"$OUT/build.log" 2>&1 ||
        { echo "wordbreak_check.sh: build failed, see $OUT/build.log" >&2; exit 2; }
fi
# shellcheck disable=SC2046
gcc -O2 -std=gnu11 -Wall -Wextra -I"$ROOT/analysis" -I"$ROOT/analysis/include" \
    -o "$OUT/wordbreak_check" "$HERE/wordbreak_check.c" "$BUILD/libframescope.a" \
    $(pkg-config --libs icu-uc icu-i18n libcjson yaml-0.1 gsl zlib) -lm -lpthread ||
    { echo "wordbreak_check.sh: could not build wordbreak_check" >&2; exit 2; }
rc=0
echo "== bundled corpora"
"$OUT/wordbreak_check" "$ROOT"/corpora/*/*.jsonl || rc=1
if [ -d "$DATA" ]; then
    for f in "$DATA/wikinews/wikinews.jsonl" "$DATA/polnear/polnear_train.jsonl"; do
        [ -f "$f" ] || continue
        echo "== $(basename "$f")"
        "$OUT/wordbreak_check" "$f" || rc=1
    done
    if [ -f "$DATA/saudinewsnet/saudinewsnet.jsonl.gz" ]; then
        echo "== saudinewsnet.jsonl.gz"
        zcat "$DATA/saudinewsnet/saudinewsnet.jsonl.gz" | "$OUT/wordbreak_check" - || rc=1
    fi
else
    echo "(shared data not found at $DATA: bundled corpora only)"
fi
exit $rc
