# Tests of `framescope show --html` (included from tests/CMakeLists.txt,
# after cli.cmake and show.cmake, whose fsc_cli_test() and ${S}/${SG} it
# uses). unit.show_html checks the escaping and a 1 MB line in memory.
#
# The file doubles as a script: run with -P it executes the CLI with
# -o ${OUT} and checks the page written there:
#   CHECK=safe  no raw <script, <img, onerror=, ESC, C1 CSI, DEL or bidi
#               control; every <mark and <p closed; each regex of ${WANT}
#               (^^-separated; write . for the ; of an entity) matches
#   CHECK=same  the page is byte for byte ${EXPECTED} and stdout is empty
#   cmake -DCLI=... -DWORKDIR=... -DARGS=a^^b -DOUT=f -DCHECK=... -P show_html.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  string(REPLACE "^^" ";" ARGS "${ARGS}")
  file(REMOVE ${OUT})
  execute_process(COMMAND ${CLI} ${ARGS} -o ${OUT} WORKING_DIRECTORY ${WORKDIR}
                  OUTPUT_VARIABLE stdout ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "exit status ${rc}\n${err}")
  endif()
  if(NOT stdout STREQUAL "")
    message(FATAL_ERROR "-o ${OUT}, yet standard output was not empty:\n${stdout}")
  endif()
  if(CHECK STREQUAL "same")
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${EXPECTED}
                    RESULT_VARIABLE diff)
    if(NOT diff EQUAL 0)
      message(FATAL_ERROR "${OUT} differs from ${EXPECTED}")
    endif()
    return()
  elseif(NOT CHECK STREQUAL "safe")
    message(FATAL_ERROR "CHECK must be safe or same")
  endif()
  file(READ ${OUT} page)
  string(TOLOWER "${page}" lower)
  foreach(bad "<script" "<img" "onerror=" "<style><style" "</style><style>body")
    string(FIND "${lower}" "${bad}" pos)
    if(NOT pos EQUAL -1)
      message(FATAL_ERROR "raw '${bad}' in the page:\n${page}")
    endif()
  endforeach()
  # Exactly one <style> and one </style>: ours.
  string(REGEX MATCHALL "</style" closes "${lower}")
  list(LENGTH closes n)
  if(NOT n EQUAL 1)
    message(FATAL_ERROR "${n} </style> in the page (1 expected)")
  endif()
  string(REPLACE "^^" ";" WANT "${WANT}")
  foreach(re ${WANT})
    if(NOT page MATCHES "${re}")
      message(FATAL_ERROR "/${re}/ does not match the page:\n${page}")
    endif()
  endforeach()
  foreach(want "\\u{202E}" "Content-Security-Policy" "<meta charset=\"utf-8\">")
    string(FIND "${page}" "${want}" pos)
    if(pos EQUAL -1)
      message(FATAL_ERROR "'${want}' missing from the page:\n${page}")
    endif()
  endforeach()
  # Every <mark and <p is closed.
  foreach(tag mark p)
    string(REGEX MATCHALL "<${tag}[ >]" opens "${page}")
    string(REGEX MATCHALL "</${tag}>" closes "${page}")
    list(LENGTH opens no)
    list(LENGTH closes nc)
    if(NOT no EQUAL nc OR no EQUAL 0)
      message(FATAL_ERROR "${no} <${tag}> but ${nc} </${tag}>")
    endif()
  endforeach()
  # Bytes a regex cannot see reliably: ESC, C1 CSI, DEL, bidi controls
  # U+202A-E and U+2066-9 (the page isolates with <bdi>, never with them).
  string(HEX "${page}" hex)
  string(REGEX REPLACE "(..)" " \\1" spaced "${hex}")
  set(spaced "${spaced} ")
  foreach(bad " 1b " " c2 9b " " 7f " " e2 80 aa " " e2 80 ab " " e2 80 ac "
              " e2 80 ad " " e2 80 ae " " e2 81 a6 " " e2 81 a7 " " e2 81 a8 "
              " e2 81 a9 ")
    string(FIND "${spaced}" "${bad}" pos)
    if(NOT pos EQUAL -1)
      message(FATAL_ERROR "raw bytes${bad}in the page")
    endif()
  endforeach()
  return()
endif()

function(fsc_show_html_file name check)
  cmake_parse_arguments(T "" "EXPECTED" "ARGS;WANT" ${ARGN})
  string(REPLACE ";" "^^" args "${T_ARGS}")
  string(REPLACE ";" "^^" want "${T_WANT}")
  add_test(NAME cli.${name}
           COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DWORKDIR=${CMAKE_SOURCE_DIR}
                   "-DARGS=${args}" "-DWANT=${want}" -DCHECK=${check} -DEXPECTED=${T_EXPECTED}
                   -DOUT=${CMAKE_CURRENT_BINARY_DIR}/${name}.html
                   -P ${CMAKE_CURRENT_SOURCE_DIR}/show_html.cmake)
  set_tests_properties(cli.${name} PROPERTIES LABELS cli TIMEOUT 120
                       ENVIRONMENT "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endfunction()

fsc_cli_test(show_html_help EXIT 0 ARGS show --help
             STDOUT "--html .*-o, --output PATH")
# Goldens (FSC_UPDATE_GOLDEN=1 rewrites them; look at them in a browser).
fsc_cli_test(show_html_golden_seed EXIT 0 ARGS show --html corpora/sample/seed.jsonl
             EXPECTED ${SG}/seed.html)
fsc_cli_test(show_html_golden_en EXIT 0 ARGS show --html ${S}/en-quote.txt
             EXPECTED ${SG}/en-quote.html)
fsc_cli_test(show_html_en_marks EXIT 0 ARGS show --html ${S}/en-quote.txt
             STDOUT "<mark class=\"cat-[0-9]+ voice-quoted negated\" title=\"occupation · quoted → Sergey Lavrov \\(#1\\) · negated\">occupation</mark>")
fsc_show_html_file(show_html_output_file same ARGS show --html corpora/sample/seed.jsonl
                   EXPECTED ${SG}/seed.html)
fsc_cli_test(show_html_unwritable EXIT 2
             ARGS show --html -o /nonexistent-dir/page.html ${S}/en-quote.txt
             STDERR "/nonexistent-dir/page.html: ")
# Safety: markup, quotes, </style>, bidi overrides and controls in every field.
fsc_show_html_file(show_html_inject_safe safe ARGS show --html ${S}/inject-html.jsonl
                   WANT "&lt.script&gt.alert\\(1\\)&lt./script&gt." "&lt./style&gt."
                        "&quot.&gt.&lt.img src&#61.x onerror&#61.alert\\(1\\)&gt.")
fsc_show_html_file(show_html_inject_terminal_safe safe ARGS show --html ${S}/inject.jsonl)
# A .txt file whose first line is a headline: the line is the record's
# title, scored as its own zone (its framing term marked in the heading)
# and not repeated in the text; with --no-headline it is text again and
# the page says "(no title)"; with --no-title it is the heading, unmarked.
fsc_cli_test(show_html_txt_headline EXIT 0 ARGS show --html ${S}/en-headline.txt
             STDOUT "<h1 dir=\"auto\">Baku begins <mark class=\"cat-[0-9]+ voice-authorial\" title=\"securitization · authorial\">counter-terrorism</mark> measures in Karabakh</h1>")
fsc_cli_test(show_html_txt_headline_not_in_text EXIT 0 ARGS show --html ${S}/en-headline.txt
             STDOUT "<article lang=\"en\">\n<p dir=\"auto\">The <span")
fsc_cli_test(show_html_txt_no_headline EXIT 0 ARGS show --html --no-headline ${S}/en-headline.txt
             STDOUT "<h1 dir=\"auto\">\\(no title\\)</h1>.*<p dir=\"auto\">Baku begins <mark")
fsc_cli_test(show_html_txt_no_title EXIT 0 ARGS show --html --no-title ${S}/en-headline.txt
             STDOUT "<h1 dir=\"auto\">Baku begins counter-terrorism measures in Karabakh</h1>")
