# Command-line tests: exit codes, messages with locations, golden outputs.
set(FSC_CLI $<TARGET_FILE:framescope_cli>)
set(FSC_LEX_ARGS --no-bundled --lexicon lexicons/karabakh-2023.json --lexicon lexicons/modifiers.json)

function(fsc_cli_test name)
  cmake_parse_arguments(T "" "EXIT;STDIN;STDERR;STDOUT;STDOUT_NOT;EXPECTED" "ARGS;COMPARE" ${ARGN})
  # add_test would split lists: pass them joined with ^^ and split in the script.
  string(REPLACE ";" "^^" args "${T_ARGS}")
  string(REPLACE ";" "^^" compare "${T_COMPARE}")
  set(defs -DCLI=${FSC_CLI} "-DARGS=${args}" -DWORKDIR=${CMAKE_SOURCE_DIR}
           -DEXIT=${T_EXIT})
  if(T_STDIN)
    list(APPEND defs -DSTDIN=${T_STDIN})
  endif()
  if(DEFINED T_STDERR)
    list(APPEND defs "-DSTDERR_REGEX=${T_STDERR}")
  endif()
  if(DEFINED T_STDOUT)
    list(APPEND defs "-DSTDOUT_REGEX=${T_STDOUT}")
  endif()
  if(DEFINED T_STDOUT_NOT)
    list(APPEND defs "-DSTDOUT_NOT_REGEX=${T_STDOUT_NOT}")
  endif()
  if(T_EXPECTED)
    list(APPEND defs -DEXPECTED=${T_EXPECTED})
  endif()
  if(T_COMPARE)
    list(APPEND defs "-DCOMPARE_ARGS=${compare}")
  endif()
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} ${defs} -P ${CMAKE_CURRENT_SOURCE_DIR}/run_cli.cmake)
  set_tests_properties(cli.${name} PROPERTIES LABELS cli TIMEOUT 120
                       ENVIRONMENT "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endfunction()

set(D tests/data/cli)

# Usage and help.
fsc_cli_test(help EXIT 0 ARGS --help STDOUT "Usage: framescope COMMAND")
fsc_cli_test(score_help EXIT 0 ARGS score --help STDOUT "--threads N")
fsc_cli_test(lexicon_help EXIT 0 ARGS lexicon --help STDOUT "lexicon check FILE")
fsc_cli_test(no_args EXIT 2 ARGS "" STDERR "Usage")
fsc_cli_test(unknown_command EXIT 2 ARGS frobnicate STDERR "unknown command")
fsc_cli_test(bad_option EXIT 2 ARGS score --bogus STDERR "Try 'framescope score --help'")
fsc_cli_test(bad_format EXIT 2 ARGS score --format xml ${D}/good.jsonl STDERR "unknown format")
fsc_cli_test(bad_threads EXIT 2 ARGS score --threads 0 ${D}/good.jsonl STDERR "--threads")
fsc_cli_test(version EXIT 0 ARGS version STDOUT "framescope [0-9.]+ \\(ICU [0-9.]+, Unicode [0-9.]+\\)")

# Missing and broken files: message names the file (and line:col), exit 2.
fsc_cli_test(missing_input EXIT 2 ARGS score ${D}/no-such-file.jsonl
             STDERR "no-such-file.jsonl")
fsc_cli_test(missing_lexicon EXIT 2 ARGS score --lexicon ${D}/no-such-lexicon.json ${D}/good.jsonl
             STDERR "no-such-lexicon.json")
fsc_cli_test(broken_lexicon_score EXIT 2 ARGS score --lexicon ${D}/broken-lexicon.json ${D}/good.jsonl
             STDERR "broken-lexicon.json:6:[0-9]+: ")
fsc_cli_test(broken_lexicon_check EXIT 1 ARGS lexicon check ${D}/broken-lexicon.json
             STDERR "broken-lexicon.json:6:[0-9]+: ")
fsc_cli_test(bad_category_check EXIT 1 ARGS lexicon check ${D}/unknown-category.json
             STDERR "unknown-category.json:9:[0-9]+: .*securitisation")
fsc_cli_test(bundled_lexicons_check EXIT 0 ARGS lexicon check lexicons/karabakh-2023.json lexicons/modifiers.json
             STDOUT "karabakh-2023.json: ok")
fsc_cli_test(lexicon_info EXIT 0 ARGS lexicon info lexicons/karabakh-2023.json
             STDOUT "securitization")
fsc_cli_test(unwritable_output EXIT 2 ARGS score -o /nonexistent-dir/out.jsonl ${D}/good.jsonl
             STDERR "/nonexistent-dir/out.jsonl")

# Bad records are skipped with their reason; valid records are never lost.
fsc_cli_test(truncated_json EXIT 1 ARGS score ${FSC_LEX_ARGS} ${D}/truncated.jsonl
             STDERR "truncated.jsonl: bad JSON at line 2, byte 70"
             STDOUT "\"id\":\"first\".*\"id\":\"third\"")
fsc_cli_test(invalid_utf8 EXIT 1 ARGS score ${FSC_LEX_ARGS} ${D}/bad-utf8.jsonl
             STDERR "invalid UTF-8 at line 2, byte 62"
             STDOUT "\"id\":\"ok-1\".*\"id\":\"ok-3\"")
fsc_cli_test(invalid_utf8_text EXIT 1 ARGS score ${FSC_LEX_ARGS} ${D}/bad-utf8.txt
             STDERR "invalid UTF-8 at line 3")
fsc_cli_test(empty_jsonl EXIT 0 ARGS score ${FSC_LEX_ARGS} ${D}/empty.jsonl
             STDERR "0 records read, 0 scored, 0 skipped")
fsc_cli_test(empty_text EXIT 1 ARGS score ${FSC_LEX_ARGS} ${D}/empty.txt
             STDERR "empty text")
fsc_cli_test(missing_text EXIT 1 ARGS score ${FSC_LEX_ARGS} ${D}/missing-text.jsonl
             STDERR "missing \"text\""
             STDOUT "\"status\":\"skipped\"")
add_test(NAME cli.gen_big COMMAND ${CMAKE_COMMAND} -DOUT=${CMAKE_CURRENT_BINARY_DIR}/big.jsonl
         -P ${CMAKE_CURRENT_SOURCE_DIR}/gen_big.cmake)
set_tests_properties(cli.gen_big PROPERTIES FIXTURES_SETUP bigline LABELS cli)
fsc_cli_test(huge_line EXIT 1 ARGS score ${FSC_LEX_ARGS} --no-matches ${CMAKE_CURRENT_BINARY_DIR}/big.jsonl
             STDERR "big.jsonl: record of 52800023 bytes at line 2 exceeds the 16777216-byte limit"
             STDOUT "\"id\":\"before\".*big.jsonl:2\",\"framescope\":{\"status\":\"skipped\".*\"id\":\"after\"")
set_tests_properties(cli.huge_line PROPERTIES FIXTURES_REQUIRED bigline)

# Standard input, directories, formats.
fsc_cli_test(stdin_jsonl EXIT 0 ARGS score ${FSC_LEX_ARGS} --no-matches STDIN ${CMAKE_SOURCE_DIR}/${D}/good.jsonl
             STDOUT "\"id\":\"g1\".*\"id\":\"g2\"")
fsc_cli_test(csv_quoting EXIT 0 ARGS score ${FSC_LEX_ARGS} --format csv ${D}/good.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/golden/good/expected.csv)
fsc_cli_test(csv_voice EXIT 0 ARGS score --format csv ${D}/good.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/golden/good/expected-voice.csv)
fsc_cli_test(table EXIT 0 ARGS score ${FSC_LEX_ARGS} --format table ${D}/good.jsonl
             STDOUT "Records: 2 read, 2 scored, 0 skipped")
fsc_cli_test(default_lexicons EXIT 0 ARGS score ${D}/good.jsonl --no-matches
             STDOUT "karabakh-2023:occupation")

# Golden: the seed article with the bundled lexicons, every figure pinned.
fsc_cli_test(golden_seed EXIT 0 ARGS score ${FSC_LEX_ARGS} corpora/sample/seed.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/golden/seed/expected.jsonl)
fsc_cli_test(golden_seed_json EXIT 0 ARGS score ${FSC_LEX_ARGS} --format json corpora/sample/seed.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/golden/seed/expected.json)
# Golden: the seed with the bundled lexicons including the attribution layer
# (cues, actors): every match with its voice, every attribution with cue,
# source and content; checked against test_attrib's hand-checked golden.
fsc_cli_test(golden_seed_voice EXIT 0 ARGS score corpora/sample/seed.jsonl
             EXPECTED ${CMAKE_CURRENT_SOURCE_DIR}/golden/seed/expected-voice.jsonl)
# Threads: output order and bytes do not depend on the number of threads.
fsc_cli_test(threads_same_output EXIT 0
             ARGS score ${FSC_LEX_ARGS} -j 1 corpora/ud-pud/en.jsonl corpora/ud-pud/ar.jsonl corpora/ud-pud/ru.jsonl
             COMPARE score ${FSC_LEX_ARGS} -j 2 corpora/ud-pud/en.jsonl corpora/ud-pud/ar.jsonl corpora/ud-pud/ru.jsonl)
fsc_cli_test(threads_same_output_voice EXIT 0
             ARGS score -j 1 corpora/
             COMPARE score -j 2 corpora/)

# A profile summary with more sources than fit keeps its tail and is never
# cut inside a character ("… and N more; X% of tokens attributed").
fsc_cli_test(profile_summary_long EXIT 0 ARGS score tests/data/cli/long-summary.txt
             STDOUT "and [0-9]+ more. [0-9]+% of tokens attributed, [0-9]+% quoted. framing terms")

# Control and bidi characters from ids and outlets never reach a terminal
# raw: the score and compare tables show them as control pictures / \u{...}.
fsc_cli_test(table_control_ids EXIT 0 ARGS score -f table ${D}/control-ids.jsonl
             STDOUT "evil␛\\[31mRED[^\n]*\\\\u{202E}")
fsc_cli_test(compare_table_control EXIT 0 ARGS compare ${D}/control-rows.jsonl
             STDOUT "Groups [(]2[)]: o␛]0.x␇ [(]1[)]")

# Write errors on standard output are errors; help CMD is CMD --help; an
# option taken as the value of -o and report -j 0 are refused.
fsc_cli_test(help_command EXIT 0 ARGS help kwic STDOUT "Usage: framescope kwic")
fsc_cli_test(output_missing_value EXIT 2 ARGS score -o --format csv ${D}/good.jsonl
             STDERR "--format: looks like an option")
fsc_cli_test(report_threads_zero EXIT 2 ARGS report -j 0 corpora/sample STDERR "at least 1")

# Rows that are not UTF-8 are invalid rows with their line and byte, never
# copied into compare's output; validate refuses them with the position.
fsc_cli_test(compare_bad_utf8_row EXIT 1 ARGS compare -f json ${D}/bad-utf8-rows.jsonl
             STDOUT "bad-utf8-rows.jsonl:1: invalid UTF-8 at byte 9 of the line")
fsc_cli_test(validate_bad_utf8_row EXIT 2 ARGS validate --audit-sample 5 ${D}/bad-utf8-rows.jsonl
             STDERR "bad-utf8-rows.jsonl:1:[0-9]+: invalid UTF-8 at byte 9")

# Duplicate keys: one rule for every reader (the row is invalid); the
# report's summary counts exactly what the comparisons count.
fsc_cli_test(compare_dup_keys EXIT 1 ARGS compare -f json ${D}/dup-key-rows.jsonl
             STDOUT "\"used\":1,.*\"invalid\":3,.*dup-key-rows.jsonl:2: duplicate key")
fsc_cli_test(report_dup_keys EXIT 1 ARGS report -q -f json ${D}/dup-key-rows.jsonl
             STDOUT "\"rows_used\":1,.*\"rows_invalid\":3,.*\"groups\":\\[{\"group\":\"plain\",\"articles\":1,\"with_match\":1}\\]")
fsc_cli_test(text_nul_byte EXIT 1 ARGS score ${D}/nul-byte.txt
             STDERR "nul-byte.txt: NUL byte at line 2, byte 12 [(]column 3[)] is not supported")
# Many skipped records: the first ten reasons on stderr, then a count.
fsc_cli_test(many_skipped EXIT 1 ARGS score ${D}/empties.jsonl
             STDERR "empty text at line 10\n[^\n]*[.][.][.] and 20 more skipped records")

# -l mine.json keeps the bundled modifiers and attribution layer (voices);
# --no-bundled leaves them out.
fsc_cli_test(lexicon_keeps_support EXIT 0 ARGS score -l lexicons/karabakh-2023.json corpora/sample/seed.jsonl
             STDOUT "\"summary\":\"2 sources.*\"voice\":\"attributed\"")
fsc_cli_test(lexicon_no_bundled EXIT 0 ARGS score --no-bundled -f csv -l lexicons/karabakh-2023.json corpora/sample/seed.jsonl
             STDOUT "karabakh-2023:securitization,5,0,13.736263736263735,5,,,,0,true,framing,in_text,0,0\r?\n")

# CSV corpora by extension, columns mapped with --column.
fsc_cli_test(score_csv EXIT 0 ARGS score --no-matches -f csv --column outlet=url tests/data/corpus/wikinews-2020-sample.csv
             STDOUT "wikinews-2020-sample.csv:2,https://en.wikinews.org//wiki/Samoan_government[^,]*,2020-01-01,en,scored,")
fsc_cli_test(score_bad_column EXIT 2 ARGS score --column text tests/data/corpus/wikinews-2020-sample.csv
             STDERR "--column wants FIELD=COLUMN")

# framescope terms: a frequency list, keyness by a field, a lexicon stub.
fsc_cli_test(terms_list EXIT 0 ARGS terms -n 2 --top 5 corpora/wikinews/wikinews.jsonl
             STDOUT "framescope terms: 295 articles")
fsc_cli_test(terms_by_lang EXIT 0 ARGS terms --by lang --top 3 -f csv corpora/ud-pud
             STDOUT "^group,rank,key,n,count,count_rest,docs,z,delta,g2,g2_p,g2_p_adj,surfaces\r?\nar,1,")
fsc_cli_test(terms_lexicon_stub EXIT 0 ARGS terms --top 5 -f lexicon --lang en corpora/wikinews/wikinews.jsonl
             STDOUT "\"name\":\"candidates\".*\"lang\":\"en\",\"categories\":\\[\"candidate\"\\]")
# Collocations of a pattern (values checked against R in unit.terms).
fsc_cli_test(terms_collocate EXIT 0 ARGS terms --collocate president* --window 3 --top 5 corpora/wikinews/wikinews.jsonl
             STDOUT "collocates of \"president\\*\" within 3 words \\(same sentence\\): 295 articles, [0-9]+ nodes.*G2 +PMI")
fsc_cli_test(terms_collocate_csv EXIT 0 ARGS terms --collocate president* --top 3 -f csv corpora/wikinews/wikinews.jsonl
             STDOUT "^node,window,rank,key,count,count_rest,docs,g2,pmi,g2_p,g2_p_adj,surfaces\r?\npresident\\*,5,1,")
fsc_cli_test(terms_collocate_json EXIT 0 ARGS terms --collocate president* --top 3 -f json corpora/wikinews/wikinews.jsonl
             STDOUT "\"collocate\":\"president\\*\",\"window\":5,\"nodes\":[0-9]+,.*\"pmi\":")
fsc_cli_test(terms_collocate_stub EXIT 0 ARGS terms --collocate president* --top 3 -f lexicon --lang en corpora/wikinews/wikinews.jsonl
             STDOUT "\"note\":\"near president\\* \\(5 words\\): ")
fsc_cli_test(terms_collocate_by EXIT 2 ARGS terms --collocate war --by outlet corpora/wikinews/wikinews.jsonl
             STDERR "not with --by or --ngrams")
fsc_cli_test(terms_window_alone EXIT 2 ARGS terms --window 3 corpora/wikinews/wikinews.jsonl
             STDERR "--window goes with --collocate")
fsc_cli_test(terms_collocate_bad EXIT 2 ARGS terms --collocate "war zone" corpora/wikinews/wikinews.jsonl
             STDERR "one word, with `\\*` only at its end")
# Sense guards and scopes: errors with their position, what check and info
# show, and how score reports matches outside the scope.
fsc_cli_test(bad_guard_check EXIT 1 ARGS lexicon check ${D}/bad-guard.json
             STDERR "bad-guard.json:5:58: entry 2: guards: unknown key \"not_nearby\"")
fsc_cli_test(bad_scope_check EXIT 1 ARGS lexicon check ${D}/bad-scope.json
             STDERR "bad-scope.json:3:22: scope: unknown window \"sentence\"")
fsc_cli_test(lexicon_check_scope EXIT 0 ARGS lexicon check lexicons/karabakh-2023.json
             STDOUT "ok: karabakh-2023 0\\.2\\.0, 20 categories, 389 entries, 12 with guards; scope: 80 anchors, window article, at least 1 per window")
fsc_cli_test(lexicon_info_scope EXIT 0 ARGS lexicon info lexicons/karabakh-2023.json
             STDOUT "scope: +80 anchors, window article.*anchors: Karabakh, .*guards: +12 entries, not_next 1, not_prev 1, not_near 12.*\\(name\\) +6 +8 +4 +18")
fsc_cli_test(score_out_of_scope EXIT 0 ARGS score ${FSC_LEX_ARGS} ${D}/scope.jsonl
             STDOUT "\"id\":\"s1\".*\"scope\":{\"karabakh-2023\":{\"in_scope\":false,\"anchors\":0,\"anchor_terms\":\\[\\]}}.*\"id\":\"s2\".*\"scope\":{\"karabakh-2023\":{\"in_scope\":true,\"anchors\":2,\"anchor_terms\":\\[\"Karabakh\",\"Armenia\\*\"\\]}}")
fsc_cli_test(score_guarded_illegal EXIT 0 ARGS score ${FSC_LEX_ARGS} --format csv ${D}/scope.jsonl
             STDOUT "s1,,,en,scored,,9,karabakh-2023:illegality,0,0,0,0,,,,0,false,framing,none,0,0\r?\n.*s2,,,en,scored,,9,karabakh-2023:illegality,1,0,")
fsc_cli_test(score_table_scope EXIT 0 ARGS score ${FSC_LEX_ARGS} --format table ${D}/scope.jsonl
             STDOUT "s1 .*\\[out of scope: karabakh-2023\\].*Scope of karabakh-2023: 1 of 2 articles in scope; 0 matches out of scope")

# Dictionary formats: .cat, YAML, .dicx, Lexicoder; malformed input names
# file:line:col; convert round-trips (tests/dict_roundtrip.cmake).
set(L tests/data/lexicons)
fsc_cli_test(dict_cat_ok EXIT 0 ARGS lexicon check ${L}/small.cat STDOUT "4 categories, 6 entries")
fsc_cli_test(dict_yaml_ok EXIT 0 ARGS lexicon check ${L}/newsmap_excerpt.yml STDOUT "5 categories, 8 entries")
fsc_cli_test(dict_dicx_ok EXIT 0 ARGS lexicon check ${L}/small.dicx STDOUT "2 categories, 6 entries")
fsc_cli_test(dict_lc3_ok EXIT 0 ARGS lexicon check ${L}/small.lc3 STDOUT "2 categories, 5 entries")
fsc_cli_test(dict_cat_bad EXIT 1 ARGS lexicon check ${L}/bad/weight.cat STDERR "bad/weight.cat:3:7: bad weight \"x\"")
fsc_cli_test(dict_yaml_bad EXIT 1 ARGS lexicon check ${L}/bad/nested.yml STDERR "bad/nested.yml:3:5: expected a pattern")
fsc_cli_test(dict_dicx_bad EXIT 1 ARGS lexicon check ${L}/bad/mark.dicx STDERR "bad/mark.dicx:3:5: expected 'X'")
fsc_cli_test(dict_lc3_bad EXIT 1 ARGS lexicon check ${L}/bad/before.lc3 STDERR "bad/before.lc3:1:1: pattern before")
fsc_cli_test(dict_convert_usage EXIT 2 ARGS lexicon convert ${L}/small.cat STDERR "lexicon convert IN -o OUT.json")
add_test(NAME cli.dict_convert_roundtrip
         COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DSRC=${CMAKE_SOURCE_DIR}
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/dict_roundtrip
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/dict_roundtrip.cmake)
set_tests_properties(cli.dict_convert_roundtrip PROPERTIES LABELS cli TIMEOUT 120)
fsc_cli_test(score_wide EXIT 1 ARGS score --no-bundled -l ${L}/small.cat -f wide ${L}/dict_corpus.jsonl
             STDOUT "id,outlet,date,lang,status,reason,tokens,title_status,title_tokens,small:POSITIVE.count,small:POSITIVE.rate,small:POSITIVE.title_count,small:POSITIVE.PRAISE.count,.*\na1,x,2024-01-02,en,scored,,17,none,0,4,235.2941176470588,0,3,176.47058823529412,0,1,58.8235294117647,0,2,117.6470588235294,0\r?\na2,.*\na3,,,,skipped,[^\n]*empty text at line 3,,,,,,,,,,,,,,,\r?\n$")
fsc_cli_test(score_wide_voice EXIT 1 ARGS score --no-bundled -l ${L}/small.lc3 -f wide --wide-voice ${L}/dict_corpus.jsonl
             STDOUT "small:POSITIVE.count,small:POSITIVE.rate,small:POSITIVE.title_count,small:POSITIVE.authorial,small:POSITIVE.quoted,small:POSITIVE.attributed,small:NEGATIVE.count")

# Progress on long runs: on a terminal only (FRAMESCOPE_PROGRESS=now stands
# in for one and skips the one-second wait), never with --quiet, never when
# standard error is not a terminal (ctest's is not).
fsc_cli_test(progress_score EXIT 0 ARGS score -o /dev/null corpora/wikinews/wikinews.jsonl
             STDERR "\rframescope: [0-9]+ records, [0-9.]+ MB, [0-9]+ records/s, [0-9]+%, ETA [0-9]+:[0-9][0-9]")
fsc_cli_test(progress_score_quiet EXIT 0 ARGS score -q -o /dev/null corpora/wikinews/wikinews.jsonl
             STDERR "^$")
fsc_cli_test(progress_not_tty EXIT 0 ARGS score -o /dev/null corpora/wikinews/wikinews.jsonl
             STDERR "^framescope: 295 records read, 295 scored, 0 skipped\n$")
fsc_cli_test(progress_terms EXIT 0 ARGS terms -o /dev/null corpora/wikinews/wikinews.jsonl
             STDERR "\rframescope terms: [0-9]+ records, .*records read")
fsc_cli_test(progress_compare EXIT 0 ARGS compare -o /dev/null tests/data/compare/rows.jsonl
             STDERR "\rframescope compare: [0-9]+ rows, ")
fsc_cli_test(progress_report EXIT 0 ARGS report -f json -o /dev/null corpora/sample/seed.jsonl
             STDERR "\rframescope report: [0-9]+ records, ")
foreach(t progress_score progress_score_quiet progress_terms progress_compare progress_report)
  set_tests_properties(cli.${t} PROPERTIES ENVIRONMENT
    "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons;FRAMESCOPE_PROGRESS=now")
endforeach()

# Framing and attribution are separate layers: a layer column in the CSV,
# framing-only totals in JSON and the table (cues and actors are not framing
# terms; the table shows them in the profile line).
fsc_cli_test(score_csv_layer EXIT 0 ARGS score -q -f csv corpora/sample/seed.jsonl
             STDOUT ",in_scope,layer,title_status,title_tokens,title_count\r\n.*karabakh-2023:securitization,[^\n]*,framing,in_text,0,0\r\n.*attribution-cues:cue,[^\n]*,attribution,in_text,0,0\r\n")
fsc_cli_test(score_json_framing_total EXIT 0 ARGS score -q corpora/sample/seed.jsonl
             STDOUT "\"matches_total\":[0-9]+,\"framing_matches\":31,\"framing_negated\":0,")
fsc_cli_test(score_table_framing_only EXIT 0 ARGS score -q -f table corpora/sample/seed.jsonl
             STDOUT "TOKENS FRAMING  FRAMING CATEGORIES[^\n]*\nseed-000_baac64db82fb31fe +ar +364 +31  securitization 5,[^\n]*security_label 5\n")

# compare and validate --help show examples.
fsc_cli_test(compare_help_examples EXIT 0 ARGS compare --help
             STDOUT "Examples:\n  framescope score corpus.jsonl > rows.jsonl\n  framescope compare rows.jsonl")
fsc_cli_test(validate_help_examples EXIT 0 ARGS validate --help
             STDOUT "Examples:\n.*framescope validate --gold coded-sample.jsonl rows.jsonl")

# An unknown dictionary format is named as such, not read as broken JSON.
fsc_cli_test(lexicon_unknown_format EXIT 1 ARGS lexicon check tests/data/cli/scope.jsonl
             STDERR "scope.jsonl: unknown dictionary format \\(.jsonl\\): framescope reads its own JSON \\(.json\\), LIWC")
fsc_cli_test(score_unknown_dictionary_format EXIT 2 ARGS score -l tests/data/cli/scope.jsonl corpora/sample/seed.jsonl
             STDERR "unknown dictionary format \\(.jsonl\\)")

# Titles: the record's title is scored as its own zone, each match and
# attribution says its zone and counts its offsets in that zone's string;
# --no-title leaves it out and the rows say so (lexicon_set options), so
# compare and report refuse rows of both kinds together.
set(TD tests/data/cli/titled.jsonl)
fsc_cli_test(score_title_zone EXIT 0 ARGS score -q ${TD}
             STDOUT "\"id\":\"t1\",[^\n]*\"title_status\":\"scored\",\"title_tokens\":7,\"title_matches\":1,[^\n]*\"karabakh-2023:securitization\":\\{\"count\":1,[^}]*\"title_count\":1,[^\n]*\"zone\":\"title\",\"start\":12,\"end\":29,\"cp_start\":12,\"cp_end\":29,\"surface\":\"counter-terrorism\"")
fsc_cli_test(score_title_voice EXIT 0 ARGS score -q ${TD}
             STDOUT "\"id\":\"t2\",[^\n]*\"attributions\":\\[\\{\"kind\":\"indirect\",\"source_kind\":\"[a-z]+\",\"zone\":\"title\",\"cue\":\\{\"start\":10,\"end\":13,\"surface\":\"say\"[^\n]*\"zone\":\"title\",[^\n]*\"surface\":\"occupation\",[^\n]*\"negated\":true,[^\n]*\"voice\":\"attributed\"")
fsc_cli_test(score_no_title EXIT 0 ARGS score -q --no-title ${TD}
             STDOUT "\"options\":\\{[^}]*\"titles\":false\\}.*\"title_status\":\"off\",\"title_tokens\":0,\"title_matches\":0"
             STDOUT_NOT "\"zone\":\"title\"")
fsc_cli_test(score_no_title_tokens EXIT 0 ARGS score -q -f csv --no-title ${TD}
             STDOUT "\nt1,a,2023-09-20,en,scored,,12,karabakh-2023:securitization,0,0,0,0,0,0,0,0,false,framing,off,0,0\r\n(.*\n)?t1,a,2023-09-20,en,scored,,12,karabakh-2023:illegality,0,0,0,0,0,0,0,1,false,framing,off,0,0\r\n")
# with its title (anchors "Baku", "Karabakh") the article is in scope, and
# the text's "illegal armed" with it
fsc_cli_test(score_title_scope EXIT 0 ARGS score -q -f csv ${TD}
             STDOUT "\nt1,a,2023-09-20,en,scored,,19,karabakh-2023:illegality,1,0,52.63157894736842,1,0,0,1,0,true,framing,scored,7,0\r\n")
fsc_cli_test(score_title_csv EXIT 0 ARGS score -q -f csv ${TD}
             STDOUT "\nt1,a,2023-09-20,en,scored,,19,karabakh-2023:securitization,1,0,52.63157894736842,1,1,0,0,0,true,framing,scored,7,1\r\n")
fsc_cli_test(score_title_wide EXIT 0 ARGS score -q -f wide ${TD}
             STDOUT "^id,outlet,date,lang,status,reason,tokens,title_status,title_tokens,karabakh-2023:securitization.count,karabakh-2023:securitization.rate,karabakh-2023:securitization.title_count,.*\nt1,a,2023-09-20,en,scored,,19,scored,7,1,52.63157894736842,1,")
fsc_cli_test(score_title_table EXIT 0 ARGS score -q -f table ${TD}
             STDOUT "t1 [^\n]*securitization 1[^\n]*\\[title: 1 of them\\].*Titles: scored as their own zone")
fsc_cli_test(score_no_title_table EXIT 0 ARGS score -q -f table --no-title ${TD}
             STDOUT "Titles: left out \\(--no-title\\)")
fsc_cli_test(score_title_json_header EXIT 0 ARGS score -q -f json --no-title ${TD}
             STDOUT "^\\{\"framescope\":\\{[^}]*\"titles\":false\\}")
# A .txt file: a headline first line is the title, not repeated in the text.
fsc_cli_test(score_txt_headline EXIT 0 ARGS score -q tests/golden/show/en-headline.txt
             STDOUT "\"title\":\"Baku begins counter-terrorism measures in Karabakh\",\"framescope\".*\"bytes\":68,[^\n]*\"title_status\":\"scored\",\"title_tokens\":7,.*\"zone\":\"title\",\"start\":12,\"end\":29,[^\n]*\"zone\":\"text\",\"start\":13,\"end\":17,\"cp_start\":13,\"cp_end\":17,\"surface\":\"said\"")
fsc_cli_test(score_txt_no_headline EXIT 0 ARGS score -q --no-headline tests/golden/show/en-headline.txt
             STDOUT "\"title_status\":\"none\",\"title_tokens\":0,"
             STDOUT_NOT "\"title\":\"Baku")
fsc_cli_test(compare_mixed_titles EXIT 2
             ARGS compare tests/data/compare/titles-on.jsonl tests/data/compare/titles-off.jsonl
             STDERR "titles-off.jsonl:1: this row was scored with another lexicon set than the row at line 1 \\(names, versions, SHA-256 or options, such as whether titles were scored, differ\\)")
fsc_cli_test(report_mixed_titles EXIT 2
             ARGS report -q -o /dev/null tests/data/compare/titles-off.jsonl tests/data/compare/titles-on.jsonl
             STDERR "titles-on.jsonl:1: this row was scored with another lexicon set")
fsc_cli_test(kwic_title_zone EXIT 0 ARGS kwic -q -f csv -c securitization ${TD}
             STDOUT ",cp_start,cp_end,zone\r\nt1,a,2023-09-20,en,authorial,,,0,0,\"Baku begins \",counter-terrorism,\" measures in Karabakh\",12,29,12,29,title\r\n")
fsc_cli_test(kwic_title_flag EXIT 0 ARGS kwic -q -c securitization ${TD}
             STDOUT "counter-terrorism [^\n]* t1 [^\n]*title\n")
fsc_cli_test(kwic_no_title EXIT 0 ARGS kwic -q -f csv --no-title -c securitization ${TD}
             STDOUT_NOT ",title\r\n")
fsc_cli_test(show_title_marks EXIT 0 ARGS show ${TD}
             STDOUT "title: [^\n]*\\[\\[counter-terrorism\\]\\][^\n]*\\{securitization[^\n]*\n.*of them in the title: tokens 7, framing matches 1 \\(negated 0\\)")
fsc_cli_test(show_no_title EXIT 0 ARGS show --no-title ${TD}
             STDOUT "title: [^\n]*Baku begins counter-terrorism measures in Karabakh[^\n]*\n.*title: not scored \\(--no-title\\)")
fsc_cli_test(show_html_title_escaped EXIT 0 ARGS show --html tests/golden/show/inject-html.jsonl
             STDOUT "<h1 dir=\"auto\">[^\n]*&lt.script&gt.")
# CSV input: the title column is the title zone.
fsc_cli_test(score_title_from_csv EXIT 0 ARGS score -q --no-matches -f csv tests/data/corpus/wikinews-2020-sample.csv
             STDOUT "\ntests/data/corpus/wikinews-2020-sample.csv:2,[^\n]*,scored,9,0\r\n")

# A segment of content says whether it is a quotation: the rest of a
# paraphrase after a parenthetical according-to is not; the second part of a
# split quotation is.
fsc_cli_test(segments_quoted EXIT 0 ARGS score ${D}/segments.jsonl
             STDOUT "\"surface\":\"and the wages of most workers fell\",[^}]*\"quoted\":false}.*\"surface\":\"and we are angry.\",[^}]*\"quoted\":true}")
