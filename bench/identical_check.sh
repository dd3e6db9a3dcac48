#!/usr/bin/env bash
# identical_check.sh - do two framescope binaries write the same `compare`
# and `report` outputs? Every measure (plus --voices, keyness, a time
# series), in every format (compare: table, json, csv; report: html, md,
# json), at 1 and 2 threads, compared byte for byte with cmp, on the
# bundled corpus scored (by the first binary; the same rows go to both) and
# on rows made by bench/gen_rows.py. First `score` itself: both binaries
# score the bundled corpora and every file in FSC_SCORE_INPUTS (JSON Lines,
# space-separated: e.g. slices of the shared English, Arabic and Russian
# data) as JSONL at 1 and 2 threads, --no-matches at 2 threads, CSV and
# wide, compared byte for byte. Exits 1 when any output differs.
# Usage: [FSC_SCORE_INPUTS="a.jsonl b.jsonl"] bench/identical_check.sh NEW_BINARY BASE_BINARY [GEN_ROWS]
set -eu
cd "$(dirname "$0")/.."
NEW=$(readlink -f "$1"); BASE=$(readlink -f "$2"); GEN=${3:-50000}
OUT=bench/out/identical
rm -rf "$OUT"; mkdir -p "$OUT/a" "$OUT/b"
export FRAMESCOPE_LEXICONS=${FRAMESCOPE_LEXICONS:-$PWD/lexicons}
n=0; bad=0
# score_check name args...: both binaries score, outputs compared
score_check() {
    local name=$1; shift
    "$NEW" score -q -o "$OUT/a/$name" "$@" 2>/dev/null || [ $? = 1 ]
    "$BASE" score -q -o "$OUT/b/$name" "$@" 2>/dev/null || [ $? = 1 ]
    n=$((n + 1))
    if ! cmp -s "$OUT/a/$name" "$OUT/b/$name"; then
        bad=$((bad + 1)); echo "DIFFERS: score $*"
    fi
    rm -f "$OUT/a/$name" "$OUT/b/$name"
}
SCORE_INPUTS=("$PWD/corpora/")
for f in ${FSC_SCORE_INPUTS:-}; do SCORE_INPUTS+=("$(readlink -f "$f")"); done
for in in "${SCORE_INPUTS[@]}"; do
    score_check s.jsonl -j 1 "$in"
    score_check s.jsonl -j 2 "$in"
    score_check s.jsonl -j 2 --no-matches "$in"
    score_check s.csv -f csv "$in"
    score_check s.csv -f wide -j 2 "$in"
done
echo "score: $n outputs compared, $bad differ"
"$NEW" score -q -o "$OUT/corpus-rows.jsonl" corpora/ || [ $? = 1 ]
python3 bench/gen_rows.py "$GEN" 12 8 7 > "$OUT/gen-rows.jsonl"
INPUTS=("$PWD/$OUT/corpus-rows.jsonl" "$PWD/$OUT/gen-rows.jsonl")
check() { # name args...: run both binaries in a/ and b/, compare the file
    local name=$1; shift
    (cd "$OUT/a" && "$NEW" "$@" >/dev/null 2>a.err) || [ $? = 1 ]
    (cd "$OUT/b" && "$BASE" "$@" >/dev/null 2>b.err) || [ $? = 1 ]
    n=$((n + 1))
    if ! cmp -s "$OUT/a/$name" "$OUT/b/$name"; then
        bad=$((bad + 1)); echo "DIFFERS: $*"
    fi
    rm -f "$OUT/a/$name" "$OUT/b/$name"
}
for in in "${INPUTS[@]}"; do
    for j in 1 2; do
        for m in rate count weighted presence voice_rate share_attributed \
                 share_quoted anonymous_rate side_diversity sources side:az; do
            v=(); [ "$m" = voice_rate ] && v=(--voice quoted)
            for f in table json csv; do
                check out.$f compare -q -j $j -f $f -o out.$f --bootstrap 300 \
                    --measure "$m" "${v[@]}" "$in"
            done
        done
        for f in table json csv; do
            check out.$f compare -q -j $j -f $f -o out.$f --bootstrap 300 \
                --voice each --keyness "$in"
            check out.$f compare -q -j $j -f $f -o out.$f --bootstrap 300 \
                --period month "$in"
            check out.$f compare -q -j $j -f $f -o out.$f "$in"
        done
        for f in html md json; do
            check rep.$f report -q -j $j -f $f -o rep.$f "$in"
        done
    done
done
echo "$n outputs compared, $bad differ"
[ "$bad" = 0 ]
