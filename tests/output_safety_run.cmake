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
