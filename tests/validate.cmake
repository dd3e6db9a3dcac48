# framescope validate: agreement with coders, ids missing on either side,
# the audit (sampling and coded CSV) and usage errors. Exact figures are
# pinned in unit.validate; these check exit codes, messages and wiring.
# Uses fsc_cli_test() from cli.cmake.
set(V tests/data/validate)

fsc_cli_test(validate_help EXIT 0 ARGS validate --help STDOUT "--gold FILE")
fsc_cli_test(validate_in_main_help EXIT 0 ARGS --help STDOUT "validate  agreement")
fsc_cli_test(validate_table EXIT 0 ARGS validate -q --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDOUT "Articles: 7 in gold, 8 score rows \\(1 unscored\\), 7 joined.*karabakh-2023:occupation +1 +2 +0 +4  0.333 .*0.364 .*0.350 .*micro +7 +2 +2 +31")
fsc_cli_test(validate_json EXIT 0 ARGS validate -q -f json --bootstrap 100 --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDOUT "\"category\":\"karabakh-2023:liberation\",\"tp\":0,\"fp\":0,\"fn\":2,\"tn\":5,\"precision\":\\{\"value\":null,.*\"reason\":\"framescope found it in no article\"")
fsc_cli_test(validate_csv EXIT 0 ARGS validate -q -f csv --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDOUT "^category,statistic,value,ci_lo,ci_hi,note\r?\n.*karabakh-2023:occupation,alpha,0.35,")
fsc_cli_test(validate_deterministic EXIT 0
             ARGS validate -q -f json --seed 42 --gold ${V}/gold.jsonl ${V}/rows.jsonl
             COMPARE validate -q -f json --seed 42 --gold ${V}/gold.jsonl ${V}/rows.jsonl)
fsc_cli_test(validate_stdin EXIT 0 ARGS validate -q -f json --gold ${V}/gold.jsonl -
             STDIN ${CMAKE_SOURCE_DIR}/${V}/rows.jsonl
             COMPARE validate -q -f json --gold ${V}/gold.jsonl ${V}/rows.jsonl)
# Ids missing on either side: listed, exit 1.
fsc_cli_test(validate_missing_ids EXIT 1
             ARGS validate --gold ${V}/gold-missing.jsonl ${V}/rows.jsonl ${V}/rows-extra.jsonl
             STDERR "gold id \"v8\" has no scored row.*gold id \"v9\" has no scored row.*scored id \"x-extra\" is not in the gold file"
             STDOUT "Gold ids without a scored row: v8 v9.*Scored ids not in the gold file: x-extra")
# Usage errors.
fsc_cli_test(validate_no_mode EXIT 2 ARGS validate ${V}/rows.jsonl STDERR "exactly one of --gold")
fsc_cli_test(validate_two_modes EXIT 2 ARGS validate --gold ${V}/gold.jsonl --audit-sample 3 ${V}/rows.jsonl
             STDERR "exactly one of --gold")
fsc_cli_test(validate_no_rows EXIT 2 ARGS validate --gold ${V}/gold.jsonl STDERR "no ROWS input")
fsc_cli_test(validate_bad_format EXIT 2 ARGS validate -f xml --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDERR "unknown format")
fsc_cli_test(validate_bad_option EXIT 2 ARGS validate --bogus STDERR "Try 'framescope validate --help'")
fsc_cli_test(validate_bad_bootstrap EXIT 2 ARGS validate --bootstrap -1 --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDERR "--bootstrap")
fsc_cli_test(validate_bad_threshold EXIT 2 ARGS validate --audit-coded ${V}/coded.csv --threshold 1.5
             STDERR "--threshold")
fsc_cli_test(validate_missing_gold EXIT 2 ARGS validate --gold ${V}/no-such.jsonl ${V}/rows.jsonl
             STDERR "no-such.jsonl")
fsc_cli_test(validate_gold_is_rows EXIT 2 ARGS validate --gold ${V}/rows.jsonl ${V}/rows.jsonl
             STDERR "rows.jsonl:1: not a gold record")
fsc_cli_test(validate_rows_are_corpus EXIT 2 ARGS validate --gold ${V}/gold.jsonl ${V}/corpus.jsonl
             STDERR "corpus.jsonl:1: not a score row")
# Audit: sample (needs --keep-text rows), then coded CSV.
fsc_cli_test(validate_audit_sample EXIT 0 ARGS validate --audit-sample 1 ${V}/rows.jsonl
             STDOUT "^id,term,category,voice,left,match,right,correct\r?\n.*,Khankendi,karabakh-2023:toponym_khankendi,authorial,"
             STDERR "5 matches sampled")
fsc_cli_test(validate_audit_sample_seeded EXIT 0 ARGS validate -q --audit-sample 1 --seed 9 ${V}/rows.jsonl
             COMPARE validate -q --audit-sample 1 --seed 9 ${V}/rows.jsonl)
fsc_cli_test(validate_audit_no_text EXIT 2 ARGS validate --audit-sample 2 ${V}/rows-notext.jsonl
             STDERR "rows-notext.jsonl:1: row \"v1\" has matches but no \"text\": score with --keep-text")
fsc_cli_test(validate_audit_coded EXIT 0 ARGS validate --audit-coded ${V}/coded.csv
             STDOUT "2 term\\(s\\) below 0.8.*Khankendi +2 +1 +1 +0 +0.500  BELOW THRESHOLD.*occupation +3 +1 +2 +0 +0.333  BELOW THRESHOLD.*terrorist\\* +2 +2 +0 +0 +1.000")
fsc_cli_test(validate_audit_coded_csv EXIT 0 ARGS validate -q -f csv --audit-coded ${V}/coded.csv --threshold 0.4
             STDOUT "^term,n,correct,incorrect,uncoded,precision,below\r?\nKhankendi,2,1,1,0,0.5,0\r?\nillegal armed\\*,1,0,0,1,,0\r?\noccupation,3,1,2,0,0.333333,1")
fsc_cli_test(validate_audit_coded_bad EXIT 2 ARGS validate --audit-coded ${V}/coded-bad.csv
             STDERR "coded-bad.csv:2: correct is \"maybe\"")
fsc_cli_test(validate_audit_coded_unclosed EXIT 2 ARGS validate --audit-coded ${V}/coded-unclosed.csv
             STDERR "coded-unclosed.csv:2: quoted field never closed")
fsc_cli_test(validate_audit_coded_rows EXIT 2 ARGS validate --audit-coded ${V}/coded.csv ${V}/rows.jsonl
             STDERR "takes no ROWS")
# --category restricts the set; a listed category nobody assigned gets a row.
fsc_cli_test(validate_category EXIT 0
             ARGS validate -q -f csv --bootstrap 0 --category karabakh-2023:occupation --category karabakh-2023:peacekeeping
                  --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDOUT "^category,statistic,value,ci_lo,ci_hi,note\r?\nkarabakh-2023:occupation,tp,1,.*karabakh-2023:peacekeeping,tn,7,.*micro,tp,1,")
