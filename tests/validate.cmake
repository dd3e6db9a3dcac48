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
# Gold ids without a row: listed, exit 1. Rows without gold (a coded
# sample): one line, not an error.
fsc_cli_test(validate_missing_ids EXIT 1
             ARGS validate --gold ${V}/gold-missing.jsonl ${V}/rows.jsonl ${V}/rows-extra.jsonl
             STDERR "gold id \"v8\" has no scored row.*gold id \"v9\" has no scored row.*1 scored row has no gold [(]not evaluated[)]"
             STDOUT "Gold ids without a scored row: v8 v9.*1 scored row is not in the gold file")
fsc_cli_test(validate_partial_gold EXIT 0
             ARGS validate --gold ${V}/gold.jsonl ${V}/rows.jsonl ${V}/rows-extra.jsonl
             STDERR "1 scored row has no gold [(]not evaluated[)]")
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
             STDERR "rows.jsonl:1:1: not a gold record")
fsc_cli_test(validate_rows_are_corpus EXIT 2 ARGS validate --gold ${V}/gold.jsonl ${V}/corpus.jsonl
             STDERR "corpus.jsonl:1:1: not a score row")
# Audit: sample (needs --keep-text rows), then coded CSV.
fsc_cli_test(validate_audit_sample EXIT 0 ARGS validate --audit-sample 1 ${V}/rows.jsonl
             STDOUT "^id,term,category,voice,left,match,right,correct\r?\n.*,Khankendi,karabakh-2023:toponym_khankendi,authorial,"
             STDERR "5 matches sampled")
fsc_cli_test(validate_audit_sample_seeded EXIT 0 ARGS validate -q --audit-sample 1 --seed 9 ${V}/rows.jsonl
             COMPARE validate -q --audit-sample 1 --seed 9 ${V}/rows.jsonl)
fsc_cli_test(validate_audit_no_text EXIT 2 ARGS validate --audit-sample 2 ${V}/rows-notext.jsonl
             STDERR "rows-notext.jsonl:1: row \"v1\" has matches but no \"text\": score with --keep-text, or give the corpus")
# --corpus: contexts for rows scored without --keep-text, joined on id.
# Scored with and without --keep-text, the CSVs are the same bytes (a JSON
# Lines corpus with Cyrillic, Arabic and an emoji near the cuts; a
# directory of text files).
function(fsc_audit_identical name corpus context)
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DWORKDIR=${CMAKE_SOURCE_DIR}
                   -DOUT=${CMAKE_CURRENT_BINARY_DIR}/${name} -DCORPUS=${corpus}
                   -DCONTEXT=${context}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/audit_identical.cmake)
  set_tests_properties(cli.${name} PROPERTIES LABELS cli TIMEOUT 120
                       ENVIRONMENT "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endfunction()
fsc_audit_identical(validate_audit_corpus_identical_jsonl ${V}/audit/corpus.jsonl 7)
fsc_audit_identical(validate_audit_corpus_identical_60 ${V}/audit/corpus.jsonl 60)
fsc_audit_identical(validate_audit_corpus_identical_dir ${V}/audit/dir 5)
fsc_audit_identical(validate_audit_corpus_identical_fixture ${V}/corpus.jsonl 60)
fsc_cli_test(validate_audit_corpus EXIT 0
             ARGS validate --audit-sample 100 --corpus ${V}/audit/corpus.jsonl ${V}/audit/rows-notext.jsonl
             STDOUT "^id,term,category,voice,left,match,right,correct\r\n.*\r\na2,occupation,karabakh-2023:occupation,attributed,'=SUM\\(1\\)\\+,occupation,\" of the town, said the official.\",\r\n"
             STDERR "14 matches sampled for the audit; 14 written \\(14 with context from the corpus\\), 0 left out, 0 duplicate corpus ids")
# Not the corpus that was scored: each drawn match that cannot be placed is
# left out with its reason, exit 1; duplicate ids are listed, the first wins.
fsc_cli_test(validate_audit_corpus_mismatch EXIT 1
             ARGS validate --audit-sample 100 --corpus ${V}/audit/altered.jsonl ${V}/audit/rows-notext.jsonl
             STDOUT "^id,term,category,voice,left,match,right,correct\r\na1,Khankendi,"
             STDERR "duplicate id \"a1\" in the corpus at [^\n]*altered.jsonl:5 \\(the record at [^\n]*altered.jsonl:1 is used\\)\n.*left out: row \"a5\", term \"Stepanakert\", bytes 26-37: its corpus record was skipped: [^\n]*empty text at line 4\n.*left out: row \"a2\", term \"occupation\", bytes 8-18: [^\n]*differs from the match's surface: not the corpus that was scored\n.*left out: row \"a3\", term \"occupation\", bytes 39-49: [^\n]*has 24 bytes, the match ends at byte 49\n.*left out: row \"a4\", term \"occupation\", bytes 35-45: its id is not in the corpus\n.*14 matches sampled for the audit; 6 written \\(6 with context from the corpus\\), 8 left out, 1 duplicate corpus ids")
fsc_cli_test(validate_audit_corpus_mismatch_quiet EXIT 1
             ARGS validate -q --audit-sample 100 --corpus ${V}/audit/altered.jsonl ${V}/audit/rows-notext.jsonl
             STDERR "left out: row \"a4\"")
fsc_cli_test(validate_audit_corpus_missing EXIT 2
             ARGS validate --audit-sample 1 --corpus ${V}/audit/no-such.jsonl ${V}/audit/rows-notext.jsonl
             STDERR "no-such.jsonl")
fsc_cli_test(validate_corpus_with_gold EXIT 2
             ARGS validate --gold ${V}/gold.jsonl --corpus ${V}/corpus.jsonl ${V}/rows.jsonl
             STDERR "go with --audit-sample")
fsc_cli_test(validate_corpus_bad_input_format EXIT 2
             ARGS validate --audit-sample 1 --input-format xml --corpus ${V}/corpus.jsonl ${V}/rows.jsonl
             STDERR "unknown input format")
# A record over --max-record-bytes is skipped before its id is read: its
# matches are left out, the reason says why the id may be missing.
fsc_cli_test(validate_audit_corpus_max_record EXIT 1
             ARGS validate -q --audit-sample 1 --max-record-bytes 10 --corpus ${V}/audit/corpus.jsonl ${V}/audit/rows-notext.jsonl
             STDERR "its id is not in the corpus \\(5 corpus records were skipped and may hold it; the first: [^\n]*exceeds the 10-byte limit\\)")
# Formula guard: the coded CSV read back loses exactly the added apostrophes.
fsc_cli_test(validate_audit_coded_guard EXIT 0 ARGS validate -q -f json --audit-coded ${V}/coded-guard.csv
             STDOUT "\"term\":\"''=x\".*\"term\":\"'=x\".*\"term\":\"'ism\".*\"term\":\"-ism\",\"n\":2,")
fsc_cli_test(validate_audit_coded_guard_csv EXIT 0 ARGS validate -q -f csv --audit-coded ${V}/coded-guard.csv
             STDOUT "\r\n'-ism,2,1,1,0,0.5,1\r\n")
fsc_cli_test(validate_audit_coded EXIT 0 ARGS validate --audit-coded ${V}/coded.csv
             STDOUT "2 term\\(s\\) below 0.8.*Khankendi +2 +1 +1 +0 +0.500  BELOW THRESHOLD.*occupation +3 +1 +2 +0 +0.333  BELOW THRESHOLD.*terrorist\\* +2 +2 +0 +0 +1.000")
fsc_cli_test(validate_audit_coded_csv EXIT 0 ARGS validate -q -f csv --audit-coded ${V}/coded.csv --threshold 0.4
             STDOUT "^term,n,correct,incorrect,uncoded,precision,below\r?\nKhankendi,2,1,1,0,0.5,0\r?\nillegal armed\\*,1,0,0,1,,0\r?\noccupation,3,1,2,0,0.3333333333333333,1")
fsc_cli_test(validate_audit_coded_bad EXIT 2 ARGS validate --audit-coded ${V}/coded-bad.csv
             STDERR "coded-bad.csv:2: column \"correct\" [(]field [0-9]+[)] is \"maybe\"")
fsc_cli_test(validate_audit_coded_unclosed EXIT 2 ARGS validate --audit-coded ${V}/coded-unclosed.csv
             STDERR "coded-unclosed.csv:2: quoted field never closed")
fsc_cli_test(validate_audit_coded_rows EXIT 2 ARGS validate --audit-coded ${V}/coded.csv ${V}/rows.jsonl
             STDERR "takes no ROWS")
# --category restricts the set; a listed category nobody assigned gets a row.
fsc_cli_test(validate_category EXIT 0
             ARGS validate -q -f csv --bootstrap 0 --category karabakh-2023:occupation --category karabakh-2023:peacekeeping
                  --gold ${V}/gold.jsonl ${V}/rows.jsonl
             STDOUT "^category,statistic,value,ci_lo,ci_hi,note\r?\nkarabakh-2023:occupation,tp,1,.*karabakh-2023:peacekeeping,tn,7,.*micro,tp,1,")
# CSV formula guard in the agreement CSV: text cells (categories, ids) get a
# leading apostrophe; numbers, negative ones too, stay numbers.
fsc_cli_test(validate_csv_formula_guard EXIT 1
             ARGS validate -q -f csv --bootstrap 0 --category karabakh-2023:occupation --category @evil:cat
                  --gold ${V}/gold-formula.jsonl ${V}/rows.jsonl
             STDOUT "\r\n'@evil:cat,tn,3,,,\r\n.*\r\nkarabakh-2023:occupation,kappa,-0.5000000000000001,,,.*\r\n,missing_in_rows,'=v9,,,gold id without a scored row\r\n")
fsc_cli_test(validate_audit_coded_utf8 EXIT 2 ARGS validate --audit-coded ${V}/coded-utf8.csv
             STDERR "coded-utf8.csv:2:6: invalid UTF-8 at byte 21")
# Duplicate keys: a row or gold line that names a key twice is refused, as
# compare, report and score refuse it (one rule for every reader).
fsc_cli_test(validate_dupkey_rows EXIT 2
             ARGS validate --gold ${V}/gold.jsonl ${V}/rows-dupkey.jsonl
             STDERR "rows-dupkey.jsonl:1: duplicate key \"status\"")
fsc_cli_test(validate_dupkey_gold EXIT 2
             ARGS validate --gold ${V}/gold-dupkey.jsonl ${V}/rows.jsonl
             STDERR "gold-dupkey.jsonl:2: duplicate key \"id\"")
fsc_cli_test(validate_dupkey_audit EXIT 2
             ARGS validate --audit-sample 2 ${V}/rows-dupkey.jsonl
             STDERR "rows-dupkey.jsonl:1: duplicate key \"status\"")
# A bad gold or rows line is named with its column and what is wrong.
fsc_cli_test(validate_gold_bad_shape EXIT 2
             ARGS validate --gold ${V}/gold-badshape.jsonl ${V}/rows.jsonl
             STDERR "gold-badshape.jsonl:2:29: not a gold record.*\"categories\" missing or not an array")
fsc_cli_test(validate_gold_bad_json EXIT 2
             ARGS validate --gold ${V}/gold-badjson.jsonl ${V}/rows.jsonl
             STDERR "gold-badjson.jsonl:2:[0-9]+: bad JSON at column [0-9]+")

# The audit cuts a title match's context from the title (its offsets count
# there), from the rows' text fields or from the corpus.
fsc_cli_test(validate_audit_title EXIT 0
             ARGS validate --audit-sample 50 tests/data/validate/titled-rows.jsonl
             STDOUT "\nt1,counter-terror\\*,karabakh-2023:securitization,authorial,\"Baku begins \",counter-terrorism,\" measures in Karabakh\",\r?\n.*\nt3,إرهاب,[^\n]*,authorial,\"أذربيجان تبدأ إجراءات مكافحة \",الإرهاب,\" في قره باغ\",\r?\n")
fsc_cli_test(validate_audit_title_corpus EXIT 0
             ARGS validate --audit-sample 50 --corpus tests/data/cli/titled.jsonl tests/data/compare/titles-on.jsonl
             STDOUT "\nt1,counter-terror\\*,karabakh-2023:securitization,authorial,\"Baku begins \",counter-terrorism,\" measures in Karabakh\",\r?\n")
