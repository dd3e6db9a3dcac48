# Tests of `framescope show` (included from tests/CMakeLists.txt, after
# cli.cmake, whose fsc_cli_test() it uses).
#
# The file doubles as a script: run with -P it executes the CLI and checks
# bytes of its standard output that a regex cannot (no raw ESC, no raw bidi
# controls; or some ESC present):
#   cmake -DCLI=... -DWORKDIR=... -DARGS=a^^b -DCHECK=inert|ansi -P show.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  string(REPLACE "^^" ";" ARGS "${ARGS}")
  execute_process(COMMAND ${CLI} ${ARGS} WORKING_DIRECTORY ${WORKDIR}
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit status ${rc}\n${err}")
  endif()
  string(HEX "${out}" hex)
  # One byte per " xx " so that a search cannot straddle two bytes.
  string(REGEX REPLACE "(..)" " \\1" spaced "${hex}")
  set(spaced "${spaced} ")
  if(CHECK STREQUAL "inert")
    # ESC, C1 CSI, bidi embeddings/overrides (U+202A-E) and the isolates
    # U+2066-8 as UTF-8; PDI (e2 81 a9) and FSI (e2 81 a8) are ours, but
    # LRI/RLI (e2 81 a6/a7) never are.
    foreach(bad " 1b " " c2 9b " " e2 80 aa " " e2 80 ab " " e2 80 ac "
                " e2 80 ad " " e2 80 ae " " e2 81 a6 " " e2 81 a7 " " 7f " " 07 ")
      string(FIND "${spaced}" "${bad}" pos)
      if(NOT pos EQUAL -1)
        message(FATAL_ERROR "raw bytes${bad}in the output:\n${out}")
      endif()
    endforeach()
  elseif(CHECK STREQUAL "ansi")
    string(FIND "${spaced}" " 1b 5b " pos)
    if(pos EQUAL -1)
      message(FATAL_ERROR "no ANSI escape sequence in the output:\n${out}")
    endif()
  else()
    message(FATAL_ERROR "CHECK must be inert or ansi")
  endif()
  return()
endif()

set(S tests/golden/show)
set(SG ${CMAKE_CURRENT_SOURCE_DIR}/golden/show)

function(fsc_show_bytes name check)
  string(REPLACE ";" "^^" args "${ARGN}")
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DWORKDIR=${CMAKE_SOURCE_DIR}
                   "-DARGS=${args}" -DCHECK=${check}
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/show.cmake)
  set_tests_properties(cli.${name} PROPERTIES LABELS cli TIMEOUT 120
                       ENVIRONMENT "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endfunction()

# Help and usage.
fsc_cli_test(show_help EXIT 0 ARGS show --help
             STDOUT "--color WHEN.*--record N.*--id ID.*--width N.*U\\+2068 FSI.*Examples:")
fsc_cli_test(show_in_top_help EXIT 0 ARGS --help STDOUT "  show  ")
fsc_cli_test(show_no_article EXIT 2 ARGS show STDERR "which ARTICLE")
fsc_cli_test(show_two_articles EXIT 2 ARGS show ${S}/en-quote.txt ${S}/en-quote.txt
             STDERR "one ARTICLE at a time")
fsc_cli_test(show_bad_color EXIT 2 ARGS show --color sometimes ${S}/en-quote.txt
             STDERR "--color wants auto, always or never")
fsc_cli_test(show_bad_width EXIT 2 ARGS show --width -3 ${S}/en-quote.txt STDERR "--width")
fsc_cli_test(show_bad_record EXIT 2 ARGS show --record 0 ${S}/en-quote.txt STDERR "--record")
fsc_cli_test(show_record_and_id EXIT 2 ARGS show --record 1 --id g1 ${D}/good.jsonl
             STDERR "alternatives")
fsc_cli_test(show_missing_file EXIT 2 ARGS show ${D}/no-such-file.jsonl
             STDERR "no-such-file.jsonl")
fsc_cli_test(show_broken_lexicon EXIT 2 ARGS show --lexicon ${D}/broken-lexicon.json ${S}/en-quote.txt
             STDERR "broken-lexicon.json:6:[0-9]+: ")

# Golden, plain markers: the seed with the bundled lexicons (framing and
# attribution layers); an English line with a quote and a negation.
fsc_cli_test(show_golden_seed EXIT 0 ARGS show --color never corpora/sample/seed.jsonl
             EXPECTED ${SG}/seed.expected)
fsc_cli_test(show_golden_en EXIT 0 ARGS show ${S}/en-quote.txt
             EXPECTED ${SG}/en-quote.expected)
fsc_cli_test(show_en_markers EXIT 0 ARGS show ${S}/en-quote.txt
             STDOUT "⟦Lavrov⟧⁨{#1}⁩ ⟨said⟩⁨{#1}⁩: \"This is not an \\[\\[occupation\\]\\]⁨{occupation·quoted→lavrov·negated}⁩\\.\"")
fsc_cli_test(show_en_summary EXIT 0 ARGS show ${S}/en-quote.txt
             STDOUT "1\\. direct — source: Sergey Lavrov.*tokens 16.*karabakh-2023:occupation +0 +0 +0 +0 +1.*«⁨occupation⁩» ⁨{occupation·quoted→lavrov}⁩: negated by «⁨not⁩»")
# A quotation continued after its cue: every segment of the content.
fsc_cli_test(show_en_segments EXIT 0 ARGS show ${S}/en-continued.txt
             STDOUT "content: «⁨We will not wait for another year,⁩» … «⁨Every month costs us money\\.⁩» — rule")
fsc_cli_test(show_html_segments EXIT 0 ARGS show --html ${S}/en-continued.txt
             STDOUT "content:</span> <bdi[^>]*>We will not wait for another year,</bdi> … <bdi[^>]*>Every month costs us money\\.</bdi>")
# A source that two attributions share is one span listing both, in every
# view.
fsc_cli_test(show_shared_source EXIT 0 ARGS show --color never ${S}/en-shared-source.txt
             STDOUT "⟦Dr\\. Ann Lee⟧⁨{#1,#2}⁩, the mayor, ⟨said⟩⁨{#1}⁩ .* ⟨warned⟩⁨{#2}⁩ that")
fsc_cli_test(show_shared_source_color EXIT 0 ARGS show --color always ${S}/en-shared-source.txt
             STDOUT "Ann Lee.\\[0m.\\[2m⁨{#1,#2}⁩")
fsc_cli_test(show_html_shared_source EXIT 0 ARGS show --html ${S}/en-shared-source.txt
             STDOUT "<span class=\"src\" title=\"source of #1, #2\">Dr\\. Ann Lee</span><sup class=\"an src-n\">1,2</sup>")
# Standard input: text, and JSON Lines when it starts with '{'.
fsc_cli_test(show_stdin_text EXIT 0 ARGS show - STDIN ${SG}/en-quote.txt
             STDOUT "id: ⁨<stdin>⁩.*\\[\\[counter-terrorism\\]\\]⁨{securitization·attributed→anonymous}⁩")
fsc_cli_test(show_stdin_jsonl EXIT 0 ARGS show --id g2 - STDIN ${CMAKE_SOURCE_DIR}/${D}/good.jsonl
             STDOUT "id: ⁨g2⁩.*\\[\\[оккупация\\]\\]")

# Colour: ANSI SGR sequences (regex on the parameters, bytes by script);
# never: none.
fsc_cli_test(show_color_always EXIT 0 ARGS show --color always ${S}/en-quote.txt
             STDOUT "\\[0;4[1-6];(97|30);3;9moccupation.*\\[0;4[1-6];(97|30);4mcounter-terrorism")
fsc_show_bytes(show_color_always_bytes ansi show --color always ${S}/en-quote.txt)
fsc_show_bytes(show_color_never_bytes inert show --color never corpora/sample/seed.jsonl)

# Safety: ESC [ 2 J, an OSC title, U+202E, isolates, C1 CSI and DEL in the
# article are shown inert; no raw control bytes reach standard output.
fsc_cli_test(show_inject_escaped EXIT 0 ARGS show ${S}/inject.jsonl
             STDOUT "title: ⁨Title ␛\\]0;pwned␇ here⁩.*Before ␛\\[2J after; the ⁨\\\\u{202E}⁩\\[\\[occupation\\]\\].*⁨\\\\u{202C}⁩ is over\\.\nC1 ⁨\\\\u{9B}⁩31m and ⁨\\\\u{2066}⁩isolate⁨\\\\u{2069}⁩, DEL ␡, NUL-free\\.\nNext line")
fsc_show_bytes(show_inject_inert inert show ${S}/inject.jsonl)
fsc_show_bytes(show_inject_inert_color inert show --color never ${S}/inject.jsonl)

# Choosing a record; records that are not there; skipped records (exit 1).
fsc_cli_test(show_first_record EXIT 0 ARGS show ${D}/good.jsonl STDOUT "id: ⁨g1⁩")
fsc_cli_test(show_record_2 EXIT 0 ARGS show --record 2 ${D}/good.jsonl
             STDOUT "id: ⁨g2⁩.*lang: ru")
fsc_cli_test(show_id EXIT 0 ARGS show --id g2 ${D}/good.jsonl STDOUT "id: ⁨g2⁩")
fsc_cli_test(show_no_such_record EXIT 2 ARGS show --record 5 ${D}/good.jsonl
             STDERR "good.jsonl: no record 5 \\(2 records\\)")
fsc_cli_test(show_no_such_id EXIT 2 ARGS show --id nope ${D}/good.jsonl
             STDERR "no record with id \"nope\"")
fsc_cli_test(show_invalid_utf8 EXIT 1 ARGS show --record 2 ${D}/bad-utf8.jsonl
             STDERR "skipped: .*bad-utf8.jsonl: invalid UTF-8 at line 2, byte [0-9]+")
fsc_cli_test(show_invalid_utf8_text EXIT 1 ARGS show ${D}/bad-utf8.txt
             STDERR "skipped: .*invalid UTF-8 at line 3")
fsc_cli_test(show_bad_json EXIT 1 ARGS show --record 2 ${D}/truncated.jsonl
             STDERR "skipped: .*bad JSON at line 2")
fsc_cli_test(show_empty_text EXIT 1 ARGS show ${D}/empty.txt STDERR "skipped: .*empty text")

# Wrapping at spaces (unit.show checks every width on the seed).
fsc_cli_test(show_width EXIT 0 ARGS show --width 30 ${S}/en-quote.txt
             STDOUT "^id:\n⁨tests/golden/show/en-quote.txt⁩\nlang: en \\(detected\\)\nmarkers:\n")
