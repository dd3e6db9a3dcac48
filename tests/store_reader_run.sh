#!/bin/sh
# store_reader_run.sh CLI SRC WORK - readers while score --db writes: every
# compare --db (and report --db) run against a store being written succeeds
# (no "database is locked") and sees a consistent snapshot: whole batches
# of FSC_STORE_BATCH = 512 articles, the first ones of the input, so its
# output equals the output of the same command on that many first rows of
# the rows file. The writer reads its corpus from a pipe that stops after
# 1300 articles until the test has looked (two batches committed, one
# open), then goes on while readers run in a loop.
set -u
CLI=$1 SRC=$2 WORK=$3
. "$SRC/tests/store_common.sh"
store_setup w
# snapshot CMD...: run CMD --db s.db and the same on the first N rows
snapshot() {
    "$CLI" "$@" --db s.db > got.out 2> got.err
    rc=$?
    n=$(rows_read got.err)
    [ $rc = 0 ] || { no "$* --db while writing: exit $rc: $(cat got.err)"; return; }
    grep -qi "locked\|busy" got.err && no "$* --db: $(cat got.err)"
    if [ -z "$n" ] || { [ $((n % 512)) != 0 ] && [ "$n" != "$nbig" ]; }; then
        no "$* --db read ${n:-?} rows: not whole batches of 512"
        return
    fi
    head -n "$n" rows.jsonl | "$CLI" "$@" - > want.out 2> /dev/null
    cmp -s want.out got.out || no "$* --db differs from the first $n rows"
}

rm -f go
{
    head -n 1300 big.jsonl
    k=0
    while [ ! -e go ] && [ $k -lt 1800 ]; do sleep 0.1; k=$((k + 1)); done
    tail -n +1301 big.jsonl
} | "$CLI" score -q -j 2 --db s.db - 2> writer.err &
writer=$!
# wait (at most 3 minutes) for the writer's first batches
k=0 n=
while [ $k -lt 360 ]; do
    if [ -e s.db ] && "$CLI" compare --db s.db > /dev/null 2> poll.err; then
        n=$(rows_read poll.err)
        [ -n "$n" ] && [ "$n" -ge 1024 ] && break
    fi
    sleep 0.5
    k=$((k + 1))
done
[ "${n:-0}" = 1024 ] || no "with 1300 articles fed the store shows ${n:-no} rows, want 1024"
paused=${n:-0}
snapshot compare -f json
snapshot report -f json --bootstrap 50
touch go
# readers while the writer runs on
seen=
k=0
while kill -0 $writer 2> /dev/null && [ $k -lt 200 ]; do
    snapshot compare -f json --bootstrap 20
    seen="$seen $n"
    k=$((k + 1))
done
wait $writer || no "the writer failed: $(cat writer.err)"
snapshot compare -f json
[ "$n" = "$nbig" ] || no "after the writer: $n rows, want $nbig"
echo "reader snapshots: $paused rows while paused; then$(echo "$seen" | tr ' ' '\n' | uniq | tr '\n' ' ') rows; $n at the end"
exit $fail
