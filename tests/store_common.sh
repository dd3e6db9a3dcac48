# store_common.sh - set-up shared by the store tests (sourced, POSIX sh):
# store_setup PREFIX makes WORK the current directory, defines no() (a
# failure: message, fail=1) and rows_read(), writes big.jsonl (the bundled
# Wikinews and UD PUD English records four times over, ids prefixed
# PREFIX0- .. PREFIX3-; nbig records) and rows.jsonl (their score rows).
store_setup() {
    rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 2
    fail=0
    C=$SRC/corpora
    cat "$C/wikinews/wikinews.jsonl" "$C/ud-pud/en.jsonl" > a.jsonl
    i=0
    while [ $i -lt 4 ]; do
        sed "s/\"id\": *\"/&$1$i-/" a.jsonl
        i=$((i + 1))
    done > big.jsonl
    nbig=$(wc -l < big.jsonl)
    "$CLI" score -q -j 2 big.jsonl > rows.jsonl
}
no() { echo "FAIL: $*"; fail=1; }
rows_read() { sed -n 's/.* \([0-9][0-9]*\) \(rows\|records\) read.*/\1/p' "$1" | head -n 1; }
