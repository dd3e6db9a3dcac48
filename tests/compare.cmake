# framescope compare: golden JSON, shards = one run, determinism, input
# formats, edge cases and usage errors. Uses fsc_cli_test() from cli.cmake.
set(C tests/data/compare)
set(CMP_ARGS compare -q -f json --lexicon lexicons/karabakh-2023.json --permutations 500)

fsc_cli_test(compare_help EXIT 0 ARGS compare --help STDOUT "--by FIELD")
# Every figure pinned (R checks the numbers in unit.compare).
fsc_cli_test(compare_golden_json EXIT 0 ARGS ${CMP_ARGS} ${C}/rows.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/data/compare/expected.json)
# Mergeable partials: shards scored apart (one with --no-matches, rows in a
# different order) give byte-identical output to one run.
fsc_cli_test(compare_shards EXIT 0 ARGS ${CMP_ARGS} ${C}/rows.jsonl
             COMPARE ${CMP_ARGS} ${C}/rows-shard2.jsonl ${C}/rows-shard1.jsonl)
# The tidy CSV of the same corpus gives the same comparison.
fsc_cli_test(compare_csv_input EXIT 0 ARGS ${CMP_ARGS} ${C}/rows.jsonl
             COMPARE ${CMP_ARGS} ${C}/rows.csv)
# Determinism: same seed, same bytes, whatever the threads.
fsc_cli_test(compare_threads EXIT 0 ARGS ${CMP_ARGS} -j 1 ${C}/rows.jsonl
             COMPARE ${CMP_ARGS} -j 3 ${C}/rows.jsonl)
fsc_cli_test(compare_stdin EXIT 0 ARGS ${CMP_ARGS} - STDIN ${CMAKE_SOURCE_DIR}/${C}/rows.jsonl
             COMPARE ${CMP_ARGS} ${C}/rows.jsonl)
# Readable table: accounting, plain-words differences.
fsc_cli_test(compare_table EXIT 0 ARGS compare ${C}/rows.jsonl
             STDOUT "Records: 26 read, 25 used, 1 skipped, 0 filtered out, 0 invalid.*skipped: empty text \\(1\\).*Differences with Mann-Whitney p_adj")
fsc_cli_test(compare_csv_output EXIT 0 ARGS compare -f csv ${C}/rows.jsonl
             STDOUT "^section,category,group,group_b,statistic,value,note\r?\n.*pairwise,karabakh-2023:occupation,Alpha,Beta,mw_p,0.045071,")
fsc_cli_test(compare_one_group EXIT 0 ARGS compare --where outlet=Alpha ${C}/rows.jsonl
             STDOUT "Only one group: no pairwise tests")
fsc_cli_test(compare_by_month EXIT 0 ARGS compare -f json --by date:month --bootstrap 0 ${C}/rows.jsonl
             STDOUT "\"name\":\"2023-09\".*\"name\":\"2023-10\"")
fsc_cli_test(compare_from_to EXIT 0 ARGS compare --from 2023-09-05 --to 2023-09-10 ${C}/rows.jsonl
             STDOUT "filtered out: before --from")
fsc_cli_test(compare_empty EXIT 0 ARGS compare tests/data/cli/empty.jsonl STDOUT "No articles to compare")
# A corpus is not score rows: say how to score it.
fsc_cli_test(compare_corpus_input EXIT 2 ARGS compare ${C}/corpus.jsonl
             STDERR "corpus.jsonl:1: not a score row.*framescope score")
fsc_cli_test(compare_bad_measure EXIT 2 ARGS compare --measure odds ${C}/rows.jsonl STDERR "unknown measure")
fsc_cli_test(compare_bad_date EXIT 2 ARGS compare --from 2023-02-30 ${C}/rows.jsonl STDERR "--from")
fsc_cli_test(compare_no_input EXIT 2 ARGS compare STDERR "no input")
fsc_cli_test(compare_missing EXIT 2 ARGS compare ${C}/no-such.jsonl STDERR "no-such.jsonl")
