#!/bin/sh
# shards_run.sh CLI SRC WORK - shards merge exactly: CSV shards
# concatenated with their repeated header rows give the same compare output
# as one CSV (the repeated header is recognised, not 1 invalid row per
# shard); JSON Lines scored by GNU parallel in 16 blocks (--id-prefix {#}-)
# give the same compare and report as one process, also through
# --sshlogin (this machine as the login ":"). The parallel part is
# skipped (with a message) when GNU parallel is not installed.
set -u
CLI=$1 SRC=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 2
fail=0
no() { echo "FAIL: $*"; fail=1; }
C=$SRC/corpora
cat "$C/wikinews/wikinews.jsonl" "$C/ud-pud/en.jsonl" > a.jsonl
cat "$C/ud-pud/ar.jsonl" "$C/ud-pud/ru.jsonl" > b.jsonl

"$CLI" score -q -f csv a.jsonl > s1.csv
"$CLI" score -q -f csv b.jsonl > s2.csv
"$CLI" score -q -f csv a.jsonl b.jsonl > all.csv
cat s1.csv s2.csv > cat.csv
[ "$(grep -c '^id,outlet' cat.csv)" = 2 ] || no "cat.csv should repeat its header"
for cmd in "compare" "compare --by lang -f json --bootstrap 50"; do
    $CLI $cmd all.csv > want.out 2> want.err || no "$cmd all.csv failed"
    $CLI $cmd cat.csv > got.out 2> got.err || no "$cmd cat.csv: exit $?: $(cat got.err)"
    cmp -s want.out got.out || no "$cmd: concatenated CSV shards differ"
    grep -q " 0 invalid" got.err || no "$cmd: $(cat got.err)"
done

# Rows from standard input in shards: ids stay unique with --id-prefix.
printf '{"text":"one"}\n{"text":"two"}\n' > t.jsonl
"$CLI" score -q --no-matches --id-prefix 7- - < t.jsonl | grep -q '"id":"7-:<stdin>:2"' \
    || no "--id-prefix on stdin"

if command -v parallel > /dev/null 2>&1; then
    cat a.jsonl b.jsonl > ab.jsonl
    "$CLI" score -q ab.jsonl > one.jsonl
    # 16 blocks of about 1/16 of the corpus each
    blk=$(( $(wc -c < ab.jsonl) / 16 + 1 ))
    parallel --will-cite --pipe --block "$blk" -k -j 2 \
        "$CLI" score -q --id-prefix {#}- - < ab.jsonl > par.jsonl 2> par.err \
        || no "parallel score failed"
    [ "$(wc -l < par.jsonl)" = "$(wc -l < one.jsonl)" ] || no "parallel: row count"
    cmp -s one.jsonl par.jsonl || no "parallel -k: rows differ (the corpus has its own ids)"
    for cmd in "compare -f json --bootstrap 50" "report"; do
        $CLI $cmd - < one.jsonl > want.out 2> /dev/null
        $CLI $cmd - < par.jsonl > got.out 2> /dev/null
        cmp -s want.out got.out || no "parallel: $cmd differs"
    done
    # without -k, any order: compare is the same
    parallel --will-cite --pipe --block "$blk" -j 2 \
        "$CLI" score -q --id-prefix {#}- - < ab.jsonl > par2.jsonl 2> par.err
    $CLI compare -f json --bootstrap 50 one.jsonl > want.out 2> /dev/null
    $CLI compare -f json --bootstrap 50 par2.jsonl > got.out 2> /dev/null
    cmp -s want.out got.out || no "parallel (unordered): compare differs"
    # the multi-host form (README): --sshlogin with ":" (this machine, no
    # ssh) runs the same job distribution as --sshlogin 4/host1,4/host2
    parallel --will-cite --pipe --block "$blk" -k --sshlogin 2/: \
        "$CLI" score -q --id-prefix {#}- - < ab.jsonl > ssh.jsonl 2> par.err \
        || no "parallel --sshlogin 2/: failed: $(cat par.err)"
    cmp -s one.jsonl ssh.jsonl || no "parallel --sshlogin: rows differ"
else
    echo "GNU parallel not installed: parallel sharding part skipped"
fi
exit $fail
