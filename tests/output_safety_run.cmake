# An output that is also an input is refused before anything is written,
# whatever its spelling (same path, symlink); a failed run leaves an
# existing output as it was and no temporary file behind.
# -DCLI=... -DSRC=<source dir> -DWORK=<scratch dir>
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${SRC}/tests/data/cli/good.jsonl DESTINATION ${WORK})
set(IN ${WORK}/good.jsonl)
file(SHA256 ${IN} before)
file(CREATE_LINK ${IN} ${WORK}/link.jsonl SYMBOLIC)
set(failures 0)

function(expect_refused)
  execute_process(COMMAND ${CLI} ${ARGN} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  file(SHA256 ${IN} after)
  if(NOT rc EQUAL 2 OR NOT err MATCHES "is also an input" OR
     NOT after STREQUAL before)
    message(SEND_ERROR "not refused: ${ARGN}\nexit ${rc}\n${err}")
  endif()
endfunction()

expect_refused(score ${IN} -o ${IN})
expect_refused(score -o ${WORK}/link.jsonl ${IN})
expect_refused(score --format csv --output=${IN} ${IN})
expect_refused(kwic --term terror* -o ${IN} ${IN})
expect_refused(show -o ${IN} ${IN})
expect_refused(report -q -o ${IN} ${IN})
expect_refused(compare -o ${IN} ${IN})

# A lexicon named as output would be destroyed too.
file(COPY ${SRC}/lexicons/modifiers.json DESTINATION ${WORK})
file(SHA256 ${WORK}/modifiers.json lb)
execute_process(COMMAND ${CLI} score -l ${WORK}/modifiers.json
                        -o ${WORK}/modifiers.json ${IN}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(SHA256 ${WORK}/modifiers.json la)
if(NOT rc EQUAL 2 OR NOT la STREQUAL lb)
  message(SEND_ERROR "lexicon overwritten by -o (exit ${rc}): ${err}")
endif()

# A fatal error leaves an existing output untouched and no temporary file.
file(WRITE ${WORK}/out.jsonl "KEEP\n")
execute_process(COMMAND ${CLI} score -o ${WORK}/out.jsonl ${WORK}/missing.jsonl
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(READ ${WORK}/out.jsonl kept)
if(NOT rc EQUAL 2 OR NOT kept STREQUAL "KEEP\n")
  message(SEND_ERROR "failed run changed its output (exit ${rc}): ${kept}")
endif()
file(GLOB leftovers ${WORK}/*.tmp-*)
if(leftovers)
  message(SEND_ERROR "temporary files left behind: ${leftovers}")
endif()

# A successful run replaces the output and leaves no temporary file.
execute_process(COMMAND ${CLI} score -o ${WORK}/out.jsonl ${IN}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(READ ${WORK}/out.jsonl written)
if(NOT rc EQUAL 1 AND NOT rc EQUAL 0)
  message(SEND_ERROR "score failed (exit ${rc}): ${err}")
endif()
if(NOT written MATCHES "\"framescope\"")
  message(SEND_ERROR "output not written: ${written}")
endif()
file(GLOB leftovers ${WORK}/*.tmp-*)
if(leftovers)
  message(SEND_ERROR "temporary files left behind: ${leftovers}")
endif()

# Write errors on standard output (a full disk) fail with exit 2, also for
# the commands that only print (version, --help, lexicon info).
if(EXISTS /dev/full)
  foreach(args "version" "--help" "lexicon;info;${SRC}/lexicons/modifiers.json")
    execute_process(COMMAND ${CLI} ${args} OUTPUT_FILE /dev/full
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 2)
      message(SEND_ERROR "'${args}' > /dev/full: exit ${rc}, want 2: ${err}")
    endif()
  endforeach()
endif()

# A device is written in place, never replaced: score -o /dev/null leaves
# /dev/null a character device (a temporary file renamed over it would
# replace it with a regular file when run as root), and -o /dev/full fails
# with exit 2 naming the file and the cause.
if(EXISTS /dev/null AND EXISTS /dev/full)
  execute_process(COMMAND ${CLI} score -q -o /dev/null ${SRC}/corpora/sample
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  execute_process(COMMAND test -c /dev/null RESULT_VARIABLE isdev)
  if(NOT rc EQUAL 0 OR NOT isdev EQUAL 0)
    message(SEND_ERROR "score -o /dev/null: exit ${rc}, device kept: ${isdev}: ${err}")
  endif()
  execute_process(COMMAND ${CLI} score -q -o /dev/full ${SRC}/corpora/sample
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  execute_process(COMMAND test -c /dev/full RESULT_VARIABLE isdev)
  if(NOT rc EQUAL 2 OR NOT err MATCHES "/dev/full: cannot write" OR
     NOT isdev EQUAL 0)
    message(SEND_ERROR "score -o /dev/full: exit ${rc}, device kept: ${isdev}: ${err}")
  endif()
endif()

# lexicon convert: an output that is its input is refused; a conversion
# goes through a temporary file.
file(COPY ${SRC}/tests/data/lexicons/crlf.dic DESTINATION ${WORK})
execute_process(COMMAND ${CLI} lexicon convert ${WORK}/crlf.dic -o ${WORK}/crlf.json
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(SHA256 ${WORK}/crlf.json cb)
file(CREATE_LINK ${WORK}/crlf.json ${WORK}/crlf-link.json SYMBOLIC)
execute_process(COMMAND ${CLI} lexicon convert ${WORK}/crlf.json -o ${WORK}/crlf-link.json
                RESULT_VARIABLE rc2 ERROR_VARIABLE err2)
file(SHA256 ${WORK}/crlf.json ca)
if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 2 OR NOT err2 MATCHES "is also an input" OR
   NOT ca STREQUAL cb)
  message(SEND_ERROR "lexicon convert: exit ${rc} then ${rc2}\n${err}${err2}")
endif()

# An output with a corpus name inside an input directory is refused: the
# next run over the directory would read the rows as articles.
file(MAKE_DIRECTORY ${WORK}/corpus/sub)
file(WRITE ${WORK}/corpus/a.txt "The minister said the war must end.\n")
foreach(out corpus/rows.jsonl corpus/sub/rows.csv.gz)
  execute_process(COMMAND ${CLI} score -o ${WORK}/${out} ${WORK}/corpus
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 2 OR NOT err MATCHES "is inside the input directory" OR
     EXISTS ${WORK}/${out})
    message(SEND_ERROR "-o ${out} inside the input: exit ${rc}\n${err}")
  endif()
endforeach()
execute_process(COMMAND ${CLI} kwic --term war -f html -o ${WORK}/corpus/kwic.html
                        ${WORK}/corpus
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(SEND_ERROR "kwic -o corpus/kwic.html (not a corpus name): exit ${rc}\n${err}")
endif()

# An interrupted run (SIGTERM, SIGHUP; SIGINT too, when not ignored) leaves the old output as it was and
# no temporary file: standard input stays open, so the run is still going
# when the signal comes.
foreach(sig TERM HUP)
  file(WRITE ${WORK}/out.jsonl "KEEP\n")
  execute_process(COMMAND sh -c "( printf '{\"text\":\"The war.\"}\\n'; sleep 3 ) 2>/dev/null | \"$0\" score -o \"$1\" - & pid=$!; sleep 1; kill -${sig} $pid; wait $pid; echo $?"
                          ${CLI} ${WORK}/out.jsonl
                  OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
  file(READ ${WORK}/out.jsonl kept)
  file(GLOB leftovers ${WORK}/*.tmp-*)
  if(NOT kept STREQUAL "KEEP\n" OR leftovers OR out EQUAL 0)
    message(SEND_ERROR "SIG${sig}: exit ${out}, output '${kept}', left ${leftovers}\n${err}")
  endif()
endforeach()
