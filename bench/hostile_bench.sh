#!/usr/bin/env bash
# bench/hostile_bench.sh - time and memory of `framescope score` on hostile
# single records: one article that ICU keeps as one long sentence (lower case
# after every period) with an "according to X" attribution every ~80 bytes,
# and one with many short attributions in ordinary sentences. Sizes 100 KB,
# 400 KB, 4 MB and 16 MB (the default record limit), each followed by an
# ordinary record that must still be scored.
#
# Usage: bench/hostile_bench.sh [SIZE_KB...]   (default: 100 400 4096 16000)
# Environment: FSC_BIN (default: <repo>/build/framescope).
# Run on demand; not part of ctest. Writes only under bench/out/hostile/.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
BIN=${FSC_BIN:-"$ROOT/build/framescope"}
OUT="$HERE/out/hostile"
mkdir -p "$OUT"
[ -x "$BIN" ] || { echo "no binary at $BIN (set FSC_BIN)" >&2; exit 2; }
export FRAMESCOPE_LEXICONS=${FRAMESCOPE_LEXICONS:-"$ROOT/lexicons"}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 400 4096 16000)

gen() { # KIND KB FILE
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
kind, kb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
if kind == "sentence":
    unit = "the army shelled the town according to official {} and civilians fled "
else:
    unit = 'Officials said "the occupation must end {}." According to the UN agency, refugees fled. '
parts, n, i = [], 0, 0
while n < kb * 1000:
    s = unit.format(i)
    parts.append(s)
    n += len(s)
    i += 1
with open(path, "w") as f:
    f.write(json.dumps({"id": kind, "text": "".join(parts)}) + "\n")
    f.write(json.dumps({"id": "after", "text": "The minister said the war must end."}) + "\n")
PY
}

printf '| input | size | exit | wall s | peak RSS MB | output bytes | first row |\n'
printf '|---|---|---|---|---|---|---|\n'
for kind in sentence attributions; do
    for kb in "${sizes[@]}"; do
        in="$OUT/$kind-$kb.jsonl"
        [ -s "$in" ] || gen "$kind" "$kb" "$in"
        set +e
        /usr/bin/time -f '%e %M' -o "$OUT/time" "$BIN" score -q -o "$OUT/out.jsonl" "$in"
        rc=$?
        set -e
        read -r wall rss < <(tail -n 1 "$OUT/time")
        bytes=$(wc -c < "$OUT/out.jsonl" 2>/dev/null || echo 0)
        first=$(head -c 200 "$OUT/out.jsonl" | grep -o '"status":"[a-z]*"' | head -1)
        printf '| %s | %s KB | %s | %s | %s | %s | %s |\n' "$kind" "$kb" "$rc" \
            "$wall" "$((rss / 1024))" "$bytes" "$first"
    done
done
