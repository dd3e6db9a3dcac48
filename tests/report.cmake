# Tests of `framescope report` (included from tests/CMakeLists.txt after
# cli.cmake, whose fsc_cli_test() it uses).
#
# The file doubles as a script: run with -P it executes the CLI with ARGS
# (^^-separated) and -o ${OUT}, then checks what was written:
#   CHECK=want   each regex of ${WANT} (^^-separated; write . for the ; of
#                an entity) matches the report; each of ${NOT} does not
#   CHECK=safe   like want, and the HTML is inert: no raw <script, <img,
#                onerror=, exactly one </style>, no raw ESC, DEL or bidi
#                control bytes
#   CHECK=same   a second run with ${ARGS2} writes the same bytes
#   CHECK=md     like want, plus: the SVG charts the report links exist
#   CHECK=json   like want, plus: the report is valid JSON (string(JSON))
#   EXIT         expected exit status (default 0)
#   BIGTITLE=1   first write DIR/big.jsonl: one article whose title is
#                1 MB, then run with it (ARGS may name it)
#   SCORE=PATH   first score PATH into DIR/rows.jsonl (ARGS may name it);
#   BAD=1        then append a truncated row and a line of invalid UTF-8
if(CMAKE_SCRIPT_MODE_FILE)
  if(NOT DEFINED EXIT)
    set(EXIT 0)
  endif()
  string(REPLACE "^^" ";" ARGS "${ARGS}")
  string(REPLACE "^^" ";" ARGS2 "${ARGS2}")
  string(REPLACE "^^" ";" WANT "${WANT}")
  string(REPLACE "^^" ";" NOT "${NOT}")
  string(REPLACE "^^" ";" JSON_PATHS "${JSON_PATHS}")
  get_filename_component(outdir ${OUT} DIRECTORY)
  file(REMOVE_RECURSE ${outdir})
  file(MAKE_DIRECTORY ${outdir})
  if(BIGTITLE)
    string(REPEAT [=[<script>x</script>\"><img src=x onerror=y>]=] 24000 big)
    file(WRITE ${outdir}/big.jsonl
         "{\"id\":\"big\",\"outlet\":\"Big\",\"date\":\"2023-09-20\",\"title\":\"${big}\",\"text\":\"The occupation of Karabakh.\"}\n"
         "{\"id\":\"small\",\"outlet\":\"Small\",\"date\":\"2023-09-21\",\"title\":\"t\",\"text\":\"Illegal armed groups left Karabakh.\"}\n")
  endif()
  if(SCORE)
    execute_process(COMMAND ${CLI} score -q -o ${outdir}/rows.jsonl ${SCORE}
                    WORKING_DIRECTORY ${WORKDIR} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "scoring ${SCORE} failed: ${rc}")
    endif()
    if(BAD)
      string(ASCII 255 254 ff)
      file(APPEND ${outdir}/rows.jsonl "{\"id\":\"t\",\"framescope\":{\"sta\n${ff} x\n")
    endif()
  endif()
  execute_process(COMMAND ${CLI} ${ARGS} -o ${OUT} WORKING_DIRECTORY ${WORKDIR}
                  OUTPUT_VARIABLE stdout ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL EXIT)
    message(FATAL_ERROR "exit status ${rc}, expected ${EXIT}\n${err}")
  endif()
  if(NOT stdout STREQUAL "")
    message(FATAL_ERROR "-o ${OUT}, yet standard output was not empty")
  endif()
  file(READ ${OUT} page)
  if(CHECK STREQUAL "same")
    execute_process(COMMAND ${CLI} ${ARGS2} -o ${OUT}.2 WORKING_DIRECTORY ${WORKDIR}
                    RESULT_VARIABLE rc2 ERROR_VARIABLE err2)
    # The recorded command line differs (-j, -o); nothing else may.
    file(READ ${OUT}.2 page2)
    foreach(v page page2)
      string(REGEX REPLACE "<tr><td>Command</td><td><code>[^\n]*</code></td></tr>"
             "" ${v} "${${v}}")
    endforeach()
    string(LENGTH "${page}" n)
    if(n LESS 10000 OR NOT page STREQUAL page2)
      message(FATAL_ERROR "${OUT} and ${OUT}.2 differ (${rc2}: ${err2})")
    endif()
    return()
  endif()
  foreach(re ${WANT})
    if(NOT page MATCHES "${re}")
      message(FATAL_ERROR "/${re}/ does not match ${OUT}")
    endif()
  endforeach()
  foreach(re ${NOT})
    if(page MATCHES "${re}")
      message(FATAL_ERROR "/${re}/ matches ${OUT}, but must not")
    endif()
  endforeach()
  if(CHECK STREQUAL "safe")
    string(TOLOWER "${page}" lower)
    foreach(bad "<script" "<img" "onerror=" "<style><style" "</style><style>body")
      string(FIND "${lower}" "${bad}" pos)
      if(NOT pos EQUAL -1)
        string(SUBSTRING "${lower}" ${pos} 200 ctx)
        message(FATAL_ERROR "raw '${bad}' in the report: ...${ctx}")
      endif()
    endforeach()
    string(REGEX MATCHALL "</style" closes "${lower}")
    list(LENGTH closes n)
    if(NOT n EQUAL 1)
      message(FATAL_ERROR "${n} </style> in the report (1 expected)")
    endif()
    string(HEX "${page}" hex)
    string(REGEX REPLACE "(..)" " \\1" spaced "${hex}")
    set(spaced "${spaced} ")
    foreach(bad " 1b " " 07 " " 7f " " e2 80 aa " " e2 80 ab " " e2 80 ac "
                " e2 80 ad " " e2 80 ae " " e2 81 a6 " " e2 81 a7 "
                " e2 81 a8 " " e2 81 a9 ")
      string(FIND "${spaced}" "${bad}" pos)
      if(NOT pos EQUAL -1)
        message(FATAL_ERROR "raw bytes${bad}in the report")
      endif()
    endforeach()
  elseif(CHECK STREQUAL "md")
    # (No brackets in list items: CMake lists would not split them.)
    string(REGEX MATCHALL "\\(<[^>]+\\.svg>\\)" links "${page}")
    list(LENGTH links n)
    if(n EQUAL 0)
      message(FATAL_ERROR "no chart linked from ${OUT}")
    endif()
    foreach(l ${links})
      string(REGEX REPLACE "^\\(<(.*)>\\)$" "\\1" f "${l}")
      if(NOT EXISTS ${outdir}/${f})
        message(FATAL_ERROR "${f} is linked but was not written")
      endif()
      file(READ ${outdir}/${f} svg)
      if(NOT svg MATCHES "^<svg xmlns=\"http://www.w3.org/2000/svg\"")
        message(FATAL_ERROR "${f} is not an SVG file")
      endif()
    endforeach()
  elseif(CHECK STREQUAL "json")
    string(JSON tool ERROR_VARIABLE jerr GET "${page}" tool)
    if(jerr OR NOT tool STREQUAL "framescope report")
      message(FATAL_ERROR "not a JSON report: ${jerr}")
    endif()
    foreach(path ${JSON_PATHS})
      string(REPLACE "/" ";" keys "${path}")
      string(JSON v ERROR_VARIABLE jerr GET "${page}" ${keys})
      if(jerr)
        message(FATAL_ERROR "${path}: ${jerr}")
      endif()
    endforeach()
  endif()
  return()
endif()

function(fsc_report_test name check)
  cmake_parse_arguments(T "BIGTITLE;BAD" "EXIT;EXT;SCORE"
                        "ARGS;ARGS2;WANT;NOT;JSON_PATHS" ${ARGN})
  if(NOT DEFINED T_EXIT)
    set(T_EXIT 0)
  endif()
  if(NOT T_EXT)
    set(T_EXT html)
  endif()
  foreach(v ARGS ARGS2 WANT NOT JSON_PATHS)
    string(REPLACE ";" "^^" ${v} "${T_${v}}")
  endforeach()
  set(out ${CMAKE_CURRENT_BINARY_DIR}/report-${name}/report.${T_EXT})
  string(REPLACE "@OUT@" "${out}" ARGS2 "${ARGS2}")
  string(REPLACE "@DIR@" "${CMAKE_CURRENT_BINARY_DIR}/report-${name}" ARGS "${ARGS}")
  add_test(NAME cli.report_${name}
           COMMAND ${CMAKE_COMMAND} -DCLI=${FSC_CLI} -DWORKDIR=${CMAKE_SOURCE_DIR}
                   "-DARGS=${ARGS}" "-DARGS2=${ARGS2}" "-DWANT=${WANT}"
                   "-DNOT=${NOT}" "-DJSON_PATHS=${JSON_PATHS}"
                   -DCHECK=${check} -DEXIT=${T_EXIT} -DBIGTITLE=${T_BIGTITLE}
                   -DSCORE=${T_SCORE} -DBAD=${T_BAD}
                   -DOUT=${out} -P ${CMAKE_CURRENT_SOURCE_DIR}/report.cmake)
  set_tests_properties(cli.report_${name} PROPERTIES LABELS cli TIMEOUT 120
                       ENVIRONMENT "FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endfunction()

set(R tests/data/report)

fsc_cli_test(report_help EXIT 0 ARGS report --help STDOUT "--max-views N")
fsc_cli_test(report_no_input EXIT 2 ARGS report STDERR "no input")
fsc_cli_test(report_bad_format EXIT 2 ARGS report -f pdf ${R}/corpus.jsonl
             STDERR "unknown format \"pdf\"")
fsc_cli_test(report_md_needs_file EXIT 2 ARGS report -f md ${R}/corpus.jsonl
             STDERR "needs -o REPORT.md")
fsc_cli_test(report_missing_input EXIT 2 ARGS report /nonexistent/rows.jsonl
             STDERR "/nonexistent/rows.jsonl: ")
fsc_cli_test(report_bad_bootstrap EXIT 2 ARGS report --bootstrap x ${R}/corpus.jsonl
             STDERR "--bootstrap")

# A corpus is scored first; its texts give the highlighted views.
fsc_report_test(corpus_html want ARGS report -q --top-min-tokens 0 -j 2 ${R}/corpus.jsonl
  WANT "<h2 id=\"summary\">Summary</h2>"
       "13 records read: 13 used in the comparison, 0 skipped"
       "Dates from 2023-09-19 to 2023-10-05"
       "Languages: en \\(11\\), ar \\(1\\), ru \\(1\\)"
       "<td>Baku Daily</td><td class=\"n\">4</td>"
       "<h3 id=\"cat-[0-9]+\">Security / counter-terrorism framing <small>karabakh-2023:securitization</small></h3>"
       "<svg xmlns=\"http://www.w3.org/2000/svg\""
       "<h2 id=\"keyness\">"
       "Attributions by side of the source"
       "<h2 id=\"contested\">Contested terms</h2>"
       "<h3 id=\"contrast-[0-9]+\">Toponym: Khankendi \\(Azerbaijani name\\) <small>vs Toponym: Stepanakert \\(Armenian name\\)</small></h3>"
       "<td>Baku Daily</td><td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">2</td><td class=\"n\">100.0</td>"
       "<h2 id=\"time\">Framing over time</h2>"
       "3 periods from 2023-W38 to 2023-W40, 13 dated articles"
       "<td>2023-W39</td>"
       "<details class=\"fold view\" id=\"view-0\" open><summary>Article "
       "<a href=\"#view-[0-9]+\">[ab][1-4]</a>"
       "articles from the scored corpus"
       "<td class=\"n\"><code>[0-9a-f]+</code></td>"
       "<td>tests/data/report/corpus.jsonl</td><td>corpus</td><td class=\"n\">[0-9]+</td><td class=\"n\"><code>[0-9a-f]+</code>"
       "Content-Security-Policy"
  NOT "<script" "Generated" "NaN" "nan<" "inf<")
# Thread count and order of work do not change a byte.
fsc_report_test(deterministic same
  ARGS report -q --top-min-tokens 0 -j 1 ${R}/corpus.jsonl
  ARGS2 report -q --top-min-tokens 0 -j 2 ${R}/corpus.jsonl)
fsc_report_test(timestamp want ARGS report -q --top-min-tokens 0 --timestamp ${R}/corpus.jsonl
  WANT "<td>Generated</td><td>20[0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-9:]+Z</td>")
# Markup, quotes, </style>, bidi overrides and controls in every field.
fsc_report_test(hostile safe ARGS report -q --top-min-tokens 0 ${R}/hostile.jsonl
  WANT "&lt.script&gt.alert\\(1\\)&lt./script&gt."
       "&quot.&gt.&lt.img src&#61.x onerror&#61.alert\\(1\\)&gt."
       "&lt./style&gt.&lt.style&gt.body"
       "\\\\u\\{202E\\}")
# A 1 MB title of markup renders as inert text.
fsc_report_test(big_title safe BIGTITLE ARGS report -q --top-min-tokens 0 @DIR@/big.jsonl
  WANT "<td>Big</td>")
# Markdown with the charts as SVG files beside it.
fsc_report_test(markdown md EXT md ARGS report -q --top-min-tokens 0 ${R}/corpus.jsonl
  WANT "^# framescope report\n" "\n## Summary\n"
       "\n\\| Group \\| Articles \\| With a framing term \\| % \\|\n"
       "\\(<report-charts/01-overview.svg>\\)"
       "The highlighted views are in the HTML report"
  NOT "<div" "<svg")
fsc_report_test(markdown_hostile want EXT md ARGS report -q --top-min-tokens 0 ${R}/hostile.jsonl
  NOT "<script" "<img" "\n\\| <")
# JSON with every figure.
fsc_report_test(json json EXT json ARGS report -q --top-min-tokens 0 ${R}/corpus.jsonl
  WANT "\"tool\":\"framescope report\"" "\"records_read\":13"
       "\"findings\":." "\"by_side\":."
  NOT "NaN" "Infinity"
  JSON_PATHS "comparisons/descriptives" "comparisons/pairwise"
             "comparisons/keyness" "comparisons/options/voices"
             "attribution/measures/share_attributed" "methods/lexicons"
             "top_articles" "summary/groups" "time_series/series"
             "comparisons/contrasts")
fsc_report_test(no_period want ARGS report -q --top-min-tokens 0 --period none ${R}/corpus.jsonl
  WANT "No time series was asked for" NOT "<h3 id=\"time-")
fsc_cli_test(report_bad_period EXIT 2 ARGS report --period year ${R}/corpus.jsonl
             STDERR "--period wants day, week, month or none")

# Score rows plus the texts (--corpus) give the same views as a corpus.
fsc_report_test(rows_corpus want SCORE ${R}/corpus.jsonl
  ARGS report -q --top-min-tokens 0 @DIR@/rows.jsonl --corpus ${R}/corpus.jsonl
  WANT "13 records read" "<details class=\"fold view\" id=\"view-0\" open><summary>Article "
       "articles from --corpus" "<td>[^<]*rows.jsonl</td><td>score rows</td>")
fsc_report_test(rows_only want SCORE ${R}/corpus.jsonl ARGS report -q --top-min-tokens 0 @DIR@/rows.jsonl
  WANT "were not given to the report"
  NOT "<div class=\"view\"")
# Broken rows are counted, listed with file and line, and exit 1.
fsc_report_test(bad_rows want EXIT 1 SCORE ${R}/corpus.jsonl BAD
  ARGS report -q --top-min-tokens 0 @DIR@/rows.jsonl
  WANT "15 read = 13 used \\+ 0 skipped \\+ 0 filtered \\+ 2 invalid"
       "rows.jsonl:14: unterminated string")
fsc_report_test(empty want ARGS report -q --top-min-tokens 0 tests/data/cli/empty.jsonl
  WANT "0 records read" "<h2 id=\"methods\">")
fsc_cli_test(report_stdin_corpus EXIT 0 STDIN ${R}/corpus.jsonl
             ARGS report -q --top-min-tokens 0 -f json - STDOUT "\"records_read\":13")
fsc_report_test(markdown_rows want EXT md SCORE ${R}/corpus.jsonl
  ARGS report -q --top-min-tokens 0 @DIR@/rows.jsonl
  WANT "`framescope show CORPUS --id ID --html`"
  NOT "<code>" "<div" "<li>" "<h[1-6]")
fsc_cli_test(report_unwritable EXIT 2
             ARGS report -q --top-min-tokens 0 -o tests/data/report/corpus.jsonl/r.html ${R}/corpus.jsonl
             STDERR "corpus.jsonl/r.html: Not a directory")
fsc_report_test(categories want
  ARGS report -q --top-min-tokens 0 --category securitization --category karabakh-2023:illegality ${R}/corpus.jsonl
  WANT "<td>Categories</td><td>karabakh-2023:securitization, karabakh-2023:illegality</td>"
       "<h3 id=\"cat-0\">Delegitimising as illegal"
       "<h3 id=\"cat-1\">Security / counter-terrorism framing"
  NOT "<h3 id=\"cat-2\"")
fsc_cli_test(report_unknown_category EXIT 2 ARGS report --category nope ${R}/corpus.jsonl
             STDERR "unknown framing category \"nope\"")
# A corpus directory is recorded with the SHA-256 of "PATH TAB SHA-256 LF"
# over the files the reader takes from it (computed here independently).
file(SHA256 ${CMAKE_SOURCE_DIR}/${R}/corpus.jsonl fsc_h1)
file(SHA256 ${CMAKE_SOURCE_DIR}/${R}/hostile.jsonl fsc_h2)
string(SHA256 fsc_dir_digest
       "${R}/corpus.jsonl\t${fsc_h1}\n${R}/hostile.jsonl\t${fsc_h2}\n")
fsc_report_test(directory want ARGS report -q --top-min-tokens 0 ${R}
  WANT "16 records read"
       "<td>${R}</td><td>corpus directory \\(2 files\\)</td><td class=\"n\">[0-9]+</td><td class=\"n\"><code>${fsc_dir_digest}</code>")

# Top articles leave out short ones by default (a stub with one match would
# top every list), and say so.
fsc_cli_test(report_top_min_tokens EXIT 0 ARGS report -q tests/data/report/corpus.jsonl
             STDOUT "among articles of at least 100 tokens")

# The methods name the lexicons the rows were scored with (their
# lexicon_set), not those loaded for the report, and the rows' own
# categories are compared (rows scored with a custom dictionary).
fsc_report_test(rows_lexicon_set want EXT md EXIT 1
  ARGS report -q --top-min-tokens 0 tests/data/compare/custom-rows.jsonl
  WANT "The rows were scored with these lexicons \\(lexicon\\\\_set in the rows\\); Arabic clitics stripped"
       "| small | 0 | framing | `735d77915baf8ea982c0ac3203deea2bdbb6927d28774a3023a11345e8d0bdc7` |"
       "### NEGATIVE \\(small:NEGATIVE\\)"
  NOT "karabakh" "Khankendi")
fsc_cli_test(report_mixed_lexicon_sets EXIT 2
  ARGS report -q -o /dev/null tests/data/compare/set-bundled.jsonl tests/data/compare/custom-rows.jsonl
  STDERR "custom-rows.jsonl:1: this row was scored with another lexicon set")
# --corpus (texts of the highlighted articles) is hashed among the inputs.
fsc_report_test(corpus_option_hashed want EXT md
  ARGS report -q --top-min-tokens 0 tests/data/compare/set-bundled.jsonl --corpus corpora/sample/seed.jsonl
  WANT "| corpora/sample/seed.jsonl | --corpus \\(article texts\\) | [0-9]+ | `f664b42601fc12e0b554edf84ea2ad4c6751bb515cbb5ffeaa30f194fae67741` |")
# Whom the groups quote: sides come from one actors list; the report says
# so and how many attributions that covers, per group and in all.
fsc_report_test(attribution_side_coverage want EXT md
  ARGS report -q --top-min-tokens 0 tests/data/compare/set-bundled.jsonl
  WANT "Only sources listed in the actors lexicon have a side and a type"
       "Of the [0-9]+ attributions in these articles, [0-9]+ \\([0-9.]+%\\) are to a listed actor with a side"
       "With a side / all attributions \\|"
       "\\| [0-9]+ / [0-9]+ \\([0-9]+%\\) \\|")
# A report of many groups: the overview chart names the groups it leaves
# out and why; beyond four groups the time series are small multiples on
# one scale; long sections fold with <details> (no script); the legend's
# key appears once above the highlighted articles, not in every one.
fsc_report_test(many_groups_layout want
  ARGS report -q --top-min-tokens 0 --by id --corpus ${R}/corpus.jsonl ${R}/corpus.jsonl
  WANT "The chart draws the 8 groups with the most articles \\(more bars per category could not be told apart\\); left out of it but in every table below and in the JSON report: [a-z0-9]+ \\(1\\)"
       "each group has its own small chart, all on the same scale per category"
       "<div class=\"multiples\">"
       "<details class=\"fold\"><summary><h3 id=\"time-"
       "<details class=\"fold\"><summary><h3 id=\"cat-"
       "<section class=\"legend\">\n<p><strong>Voice</strong>.*<details class=\"fold view\" id=\"view-0\" open>"
  NOT "<script" "<strong>Voice</strong>.*<strong>Voice</strong>")
# The methods say whether the rows' titles were scored (lexicon_set).
fsc_report_test(rows_titles_scored want EXT md
  ARGS report -q --top-min-tokens 0 tests/data/compare/titles-on.jsonl
  WANT "modifier window 3 words; article titles scored as their own zone, their matches and tokens counted with those of the text")
fsc_report_test(rows_titles_off want EXT md
  ARGS report -q --top-min-tokens 0 tests/data/compare/titles-off.jsonl
  WANT "modifier window 3 words; article titles not scored \\(--no-title\\)")
