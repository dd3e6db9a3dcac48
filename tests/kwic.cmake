# Tests of `framescope kwic` (included from tests/CMakeLists.txt, after
# cli.cmake, whose fsc_cli_test() it uses).
#
# The file doubles as a script: run with -P it executes the CLI and checks
# bytes of its standard output that a regex cannot:
#   cmake -DCLI=... -DWORKDIR=... -DARGS=a^^b -DCHECK=inert|html -P kwic.cmake
# inert: no raw ESC, C1 CSI, DEL, BEL or bidi embedding/override/LRI/RLI
# (FSI and PDI are ours); html: inert too, and no raw "<script" or "<img"
# (any case), a single <table> and dir="auto" on the context cells.
if(CMAKE_SCRIPT_MODE_FILE)
  string(REPLACE "^^" ";" ARGS "${ARGS}")
  execute_process(COMMAND ${CLI} ${ARGS} WORKING_DIRECTORY ${WORKDIR}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit status ${rc}\n${err}")
  endif()
  string(HEX "${out}" hex)
  string(REGEX REPLACE "(..)" " \\1" spaced "${hex}")
  set(spaced "${spaced} ")
  foreach(bad " 1b " " c2 9b " " e2 80 aa " " e2 80 ab " " e2 80 ac "
              " e2 80 ad " " e2 80 ae " " e2 81 a6 " " e2 81 a7 " " 7f " " 07 ")
    string(FIND "${spaced}" "${bad}" pos)
    if(NOT pos EQUAL -1)
      message(FATAL_ERROR "raw bytes${bad}in the output:\n${out}")
    endif()
  endforeach()
  if(CHECK STREQUAL "html")
    string(TOLOWER "${out}" low)
    foreach(bad "<script" "<img" "onerror=alert(1)>")
      string(FIND "${low}" "${bad}" pos)
      if(NOT pos EQUAL -1)
        message(FATAL_ERROR "raw ${bad} in the HTML:\n${out}")
      endif()
    endforeach()
    foreach(good "<!doctype html>" "<table dir=\"ltr\" class=\"ltr\">"
                 "<td class=\"l\" dir=\"ltr\"><bdi>"
                 "<td class=\"r\" dir=\"ltr\"><bdi>" "&lt;script&gt;"
                 "&quot;&gt;&lt;img src=x" "\\u{202e}" "</html>")
      string(FIND "${low}" "${good}" pos)
      if(pos EQUAL -1)
        message(FATAL_ERROR "no ${good} in the HTML:\n${out}")
      endif()
    endforeach()
  elseif(NOT CHECK STREQUAL "inert")
    message(FATAL_ERROR "CHECK must be inert or html")
  endif()
  return()
endif()

set(K tests/golden/kwic)
set(KG ${CMAKE_CURRENT_SOURCE_DIR}/golden/kwic)

function(fsc_kwic_bytes name check)
  string(REPLACE ";" "^^" args "${ARGN}")
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DWORKDIR=${CMAKE_SOURCE_DIR}
                   "-DARGS=${args}" -DCHECK=${check}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/kwic.cmake)
  set_tests_properties(cli.${name} PROPERTIES LABELS cli TIMEOUT 120
                       ENVIRONMENT "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endfunction()

# Help and usage errors (exit 2).
fsc_cli_test(kwic_help EXIT 0 ARGS kwic --help
             STDOUT "--term PATTERN.*--category ID.*--window N.*--voice V.*--format FMT.*--lexicon PATH.*--output PATH.*U\\+2068 FSI.*id,outlet,date,lang,voice,source,.*source_kind,negated,distanced,left,match,right,start,end,.*cp_start,cp_end.*Exit status.*Examples:")
fsc_cli_test(kwic_in_top_help EXIT 0 ARGS --help STDOUT "  kwic  ")
fsc_cli_test(kwic_no_selection EXIT 2 ARGS kwic corpora/sample/seed.jsonl
             STDERR "give --term PATTERN, --category ID or --pattern WORDS")
fsc_cli_test(kwic_both_selections EXIT 2 ARGS kwic --term x --category securitization corpora/sample/seed.jsonl
             STDERR "alternatives")
fsc_cli_test(kwic_unknown_category EXIT 2 ARGS kwic --category securitisation corpora/sample/seed.jsonl
             STDERR "unknown or ambiguous category \"securitisation\"")
fsc_cli_test(kwic_bad_window EXIT 2 ARGS kwic -c securitization --window -1 corpora/sample/seed.jsonl
             STDERR "--window wants a number")
fsc_cli_test(kwic_bad_voice EXIT 2 ARGS kwic -c securitization --voice loud corpora/sample/seed.jsonl
             STDERR "--voice wants authorial, quoted or attributed")
fsc_cli_test(kwic_bad_format EXIT 2 ARGS kwic -c securitization -f xml corpora/sample/seed.jsonl
             STDERR "unknown format \"xml\"")
fsc_cli_test(kwic_bad_option EXIT 2 ARGS kwic --bogus STDERR "Try 'framescope kwic --help'")
fsc_cli_test(kwic_empty_term EXIT 2 ARGS kwic --term "*" corpora/sample/seed.jsonl
             STDERR "empty term pattern")
fsc_cli_test(kwic_missing_file EXIT 2 ARGS kwic -c securitization ${D}/no-such-file.jsonl
             STDERR "no-such-file.jsonl")
fsc_cli_test(kwic_broken_lexicon EXIT 2 ARGS kwic -c securitization --lexicon ${D}/broken-lexicon.json corpora/sample/seed.jsonl
             STDERR "broken-lexicon.json:6:[0-9]+: ")
fsc_cli_test(kwic_unwritable_output EXIT 2 ARGS kwic -c securitization -o /nonexistent-dir/k.txt corpora/sample/seed.jsonl
             STDERR "/nonexistent-dir/k.txt")
# Skipped records: reasons on stderr, exit 1, the others still listed.
fsc_cli_test(kwic_skipped EXIT 1 ARGS kwic -c occupation -f csv ${D}/bad-utf8.jsonl
             STDERR "skipped: .*bad-utf8.jsonl: invalid UTF-8 at line 2")

# Goldens: the seed article by category (text and CSV), an English fixture
# by a wildcard term (case-insensitive).
fsc_cli_test(kwic_golden_seed_text EXIT 0 ARGS kwic --category securitization corpora/sample/seed.jsonl
             EXPECTED ${KG}/seed-securitization.expected.txt)
fsc_cli_test(kwic_golden_seed_csv EXIT 0 ARGS kwic --category karabakh-2023:securitization -f csv corpora/sample/seed.jsonl
             EXPECTED ${KG}/seed-securitization.expected.csv)
fsc_cli_test(kwic_golden_en_wildcard EXIT 0 ARGS kwic --term "Counter*" --window 30 ${K}/en-terror.jsonl
             EXPECTED ${KG}/en-terror.expected.txt)
fsc_cli_test(kwic_en_exact_term EXIT 0 ARGS kwic -t ANTI-TERROR* -f csv ${K}/en-terror.jsonl
             STDOUT "^id,[^\n]*\r\nen-1,[^\n]*anti-terrorist[^\n]*\r\nen-2,[^\n]*Anti-Terror,[^\n]*\r\n$")
# (anti-terror*: the en-1 match follows "Baku announced", the en-2 one is the
# outlet's own; every counter* match is attributed since "described ... as")
fsc_cli_test(kwic_voice_filter EXIT 0 ARGS kwic -t anti-terror* --voice authorial -f csv ${K}/en-terror.jsonl
             STDOUT "^id,[^\n]*\r\nen-2,Evening Post,2023-09-21,en,authorial,,,0,0,[^\n]*Anti-Terror,[^\n]*\r\n$")
fsc_cli_test(kwic_stdin EXIT 0 ARGS kwic -t counter* -f csv - STDIN ${KG}/en-terror.jsonl
             STDOUT "en-1,.*en-2,")

# Safety: HTML escapes everything from the article; text and CSV are inert.
fsc_kwic_bytes(kwic_html_escaped html kwic -c securitization -w 200 -f html ${K}/inject.jsonl)
fsc_kwic_bytes(kwic_text_inert inert kwic -c securitization -w 200 ${K}/inject.jsonl)
fsc_kwic_bytes(kwic_csv_inert inert kwic -c securitization -w 200 -f csv ${K}/inject.jsonl)
# CSV formula guard: text cells (id, outlet, date, contexts) that begin with
# = + - @ TAB or CR get a leading apostrophe; numbers (start, end) do not.
fsc_cli_test(kwic_golden_formula_csv EXIT 0 ARGS kwic -c occupation -w 10 -f csv ${K}/formula.jsonl
             EXPECTED ${KG}/formula.expected.csv)
fsc_cli_test(kwic_csv_formula_left EXIT 0 ARGS kwic -c securitization -w 1 -f csv ${K}/formula.jsonl
             STDOUT "\r\n\"'=HYPERLINK\\(\"\"http://x\"\"\\)\",'\\+Outlet,'-,en,attributed,'@x,nominal,0,0,'-,terrorists,\" \",41,51,41,51,text\r\n$")
fsc_kwic_bytes(kwic_seed_inert inert kwic -c securitization -w 1000 corpora/sample/seed.jsonl)

# --pattern: any word or phrase, folded and with Arabic clitics, whether or
# not a lexicon has it; its voice comes from the attribution layer.
fsc_cli_test(kwic_pattern_ar EXIT 0 ARGS kwic -f csv -p "روسيا" -p "حفظ السلام" corpora/sample/seed.jsonl
             STDOUT "وروسيا.*حفظ السلام")
fsc_cli_test(kwic_pattern_en EXIT 0 ARGS kwic -f csv -p "presiden*" corpora/wikinews/wikinews.jsonl
             STDOUT ",President,")
fsc_cli_test(kwic_pattern_bad EXIT 2 ARGS kwic -p "so*called" corpora/sample/seed.jsonl
             STDERR "--pattern: entry 1: bad wildcard")
# A --term that selects no entry says so.
fsc_cli_test(kwic_term_nothing EXIT 0 ARGS kwic -t "zzzz*" corpora/sample/seed.jsonl
             STDERR "no match of --term 'zzzz[*]'.*--pattern finds any word")
