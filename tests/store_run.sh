#!/bin/sh
# store_run.sh CLI SRC WORK - the SQLite results store (score --db):
# incremental runs, why a run scores what it scores, compare and report
# from the store byte-identical to the same commands on the rows file,
# runs killed with SIGKILL resume with every article stored exactly once.
set -u
CLI=$1 SRC=$2 WORK=$3
rm -rf "$WORK" && mkdir -p "$WORK" && cd "$WORK" || exit 2
fail=0
no() { echo "FAIL: $*"; fail=1; }
C=$SRC/corpora
cat "$C/wikinews/wikinews.jsonl" "$C/ud-pud/en.jsonl" > a.jsonl
cat "$C/ud-pud/ar.jsonl" "$C/ud-pud/ru.jsonl" > b.jsonl
# a2: a with its third article's text changed
awk 'NR == 3 { sub(/"text": *"/, "&Changed. ") } { print }' a.jsonl > a2.jsonl
cmp -s a.jsonl a2.jsonl && no "a2.jsonl did not change"
na=$(wc -l < a.jsonl) nb=$(wc -l < b.jsonl)

"$CLI" score -j 2 --db s.db a.jsonl 2> e1 || no "run 1 failed: $(cat e1)"
grep -q "first run" e1 || no "run 1 reason: $(cat e1)"
"$CLI" score --db s.db a2.jsonl b.jsonl 2> e2 || no "run 2 failed: $(cat e2)"
grep -q "same configuration as run 1" e2 || no "run 2 reason: $(cat e2)"
grep -q "$((nb + 1)) scored" e2 || no "run 2 should score $((nb + 1)): $(cat e2)"
grep -q "$((na - 1)) articles unchanged" e2 || no "run 2 unchanged: $(cat e2)"
# the corpus grew by b.jsonl and one article of a changed: the counts
grep -q "s.db: $nb new, 1 updated (text changed), 0 rescored (same text), $((na - 1)) articles unchanged (not rescored)" e2 ||
    no "run 2 counts: $(cat e2)"
"$CLI" score -q --db s.db a2.jsonl b.jsonl 2> e3 || no "run 3 failed"
# the equivalent rows file: one run over the final corpus
"$CLI" score -q -j 2 a2.jsonl b.jsonl > rows.jsonl
for cmd in "compare" "compare -f json --bootstrap 50" "compare --by lang -f csv" \
           "report" "report -f json"; do
    $CLI $cmd - < rows.jsonl > want.out 2> /dev/null
    $CLI $cmd --db s.db > got.out 2> /dev/null
    [ -s want.out ] || no "$cmd: no output"
    cmp -s want.out got.out || no "$cmd --db differs from the rows file"
done
# options changed: every article again, and the run says why
"$CLI" score --db s.db --window 2 a2.jsonl b.jsonl 2> e4 || no "run 4 failed"
grep -q "configuration changed since run 3 (options" e4 || no "run 4 reason: $(cat e4)"
grep -q "$((na + nb)) scored" e4 || no "run 4 should score all: $(cat e4)"
grep -q "s.db: 0 new, 0 updated (text changed), $((na + nb)) rescored (same text), 0 articles unchanged" e4 ||
    no "run 4 counts: $(cat e4)"
modes=$(sqlite3 s.db "SELECT group_concat(mode) FROM runs" 2>/dev/null)
if [ -n "$modes" ]; then
    [ "$modes" = "full,incremental,incremental,full" ] || no "runs.mode: $modes"
    n=$(sqlite3 s.db "SELECT count(*) FROM articles")
    [ "$n" = $((na + nb)) ] || no "articles: $n, want $((na + nb))"
    n=$(sqlite3 s.db "SELECT count(DISTINCT seq) FROM scores")
    [ "$n" -gt 0 ] || no "scores table empty"
    n=$(sqlite3 s.db "SELECT group_concat(n_new || '/' || n_updated || '/' || n_rescored || '/' || n_unchanged, ' ') FROM runs")
    [ "$n" = "$na/0/0/0 $nb/1/0/$((na - 1)) 0/0/0/$((na + nb)) 0/0/$((na + nb))/0" ] ||
        no "runs new/updated/rescored/unchanged: $n"
    # a store of schema 1 (runs without those counts) is brought up to 2
    cp s.db v1.db
    sqlite3 v1.db "ALTER TABLE runs DROP COLUMN n_new; ALTER TABLE runs DROP COLUMN n_updated;
                   ALTER TABLE runs DROP COLUMN n_rescored; UPDATE meta SET value = '1'"
    "$CLI" score -q --db v1.db b.jsonl 2> ev || no "score --db on a schema 1 store: $(cat ev)"
    n=$(sqlite3 v1.db "SELECT value FROM meta WHERE key = 'schema_version'; SELECT n_rescored FROM runs ORDER BY run_id DESC LIMIT 1")
    [ "$(echo $n)" = "2 $nb" ] || no "schema 1 store after a run: $n"
fi

# SIGKILL at arbitrary moments, then a final run: every article once.
i=0
while [ $i -lt 8 ]; do
    sed "s/\"id\": *\"/&k$i-/" a.jsonl
    i=$((i + 1))
done > big.jsonl
nbig=$(wc -l < big.jsonl)
"$CLI" score -q -j 2 big.jsonl > bigrows.jsonl
for d in 0.3 0.7 1.1 0.5 1.6; do
    "$CLI" score -q -j 2 --db k.db big.jsonl 2> /dev/null &
    pid=$!
    sleep $d
    kill -9 $pid 2> /dev/null
    wait $pid 2> /dev/null
done
"$CLI" score --db k.db -j 2 big.jsonl 2> ek || no "final run after kills failed: $(cat ek)"
"$CLI" compare -f json - < bigrows.jsonl > want.out 2> /dev/null
"$CLI" compare -f json --db k.db > got.out 2> gotk || no "compare --db k.db: $(cat gotk)"
grep -q "$nbig rows read" gotk || no "after kills: $(cat gotk), want $nbig rows"
cmp -s want.out got.out || no "after kills: compare differs from the rows file"
if command -v sqlite3 > /dev/null; then
    [ "$(sqlite3 k.db 'PRAGMA integrity_check')" = ok ] || no "integrity_check"
    n=$(sqlite3 k.db "SELECT count(*) || ' ' || count(DISTINCT id) FROM articles")
    [ "$n" = "$nbig $nbig" ] || no "after kills: articles $n, want $nbig"
fi
echo "killed-run resume: $(cat ek | tr '\n' ' ')"

# validate --db: the stored rows, as from the rows file (gold: every third
# of the first 60 articles coded securitization, the others nothing)
head -n 60 rows.jsonl | sed 's/^{"id":"\([^"]*\)".*/\1/' |
    awk '{ printf "{\"id\":\"%s\",\"categories\":[%s]}\n", $0,
           NR % 3 ? "" : "\"karabakh-2023:securitization\"" }' > gold.jsonl
[ "$(wc -l < gold.jsonl)" = 60 ] || no "gold.jsonl: $(wc -l < gold.jsonl) lines"
for cmd in "validate --gold gold.jsonl" "validate -f json --bootstrap 50 --gold gold.jsonl" \
           "validate --audit-sample 3 --corpus a2.jsonl --corpus b.jsonl"; do
    $CLI $cmd - < rows.jsonl > want.out 2> /dev/null
    $CLI $cmd --db s.db > got.out 2> /dev/null
    [ -s want.out ] || no "$cmd: no output"
    cmp -s want.out got.out || no "$cmd --db differs from the rows file"
done
grep -q "karabakh-2023:securitization" want.out || no "audit sample: $(head -3 want.out)"
# kwic --db: the stored articles (--db-text) give the lines the corpus gives;
# a store without texts is an error that says so
"$CLI" score -q --db t.db --db-text a2.jsonl b.jsonl 2> et || no "score --db-text: $(cat et)"
for sel in "-c securitization" "-t terror* -f csv" "-p Russia -w 20"; do
    $CLI kwic $sel a2.jsonl b.jsonl > want.out 2> /dev/null
    $CLI kwic $sel --db t.db > got.out 2> /dev/null
    [ "$(wc -l < want.out)" -gt 2 ] || no "kwic $sel: $(wc -l < want.out) lines"
    cmp -s want.out got.out || no "kwic $sel --db differs from the corpus"
done
"$CLI" kwic -c securitization --db s.db > /dev/null 2> ek2 && no "kwic --db without texts succeeded"
grep -q "no article texts" ek2 || no "kwic --db without texts: $(cat ek2)"

# errors: not a store, a missing store
echo "not sqlite" > bad.db
"$CLI" compare --db bad.db > /dev/null 2> eb && no "compare --db bad.db succeeded"
grep -q "bad.db" eb || no "bad.db error: $(cat eb)"
"$CLI" compare --db missing.db > /dev/null 2> em && no "missing store accepted"
# a read-only store and a full disk: tests/store_faults_run.sh
exit $fail
