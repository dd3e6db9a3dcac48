# A directory walk goes on past files it cannot read: each is a skipped
# record with its reason, in score (1 and 2 threads), kwic and report.
# -DCLI=... -DWORK=<scratch dir>
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus/sub)
file(WRITE ${WORK}/corpus/a.txt "The first article says nothing loaded.\n")
file(CREATE_LINK ${WORK}/corpus/missing ${WORK}/corpus/b.txt SYMBOLIC)
execute_process(COMMAND mkfifo ${WORK}/corpus/c.txt RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(SEND_ERROR "mkfifo failed")
endif()
file(WRITE ${WORK}/corpus/sub/d.txt "The last article mentions terrorists.\n")

foreach(j 1 2)
  execute_process(COMMAND ${CLI} score -j ${j} --no-matches -f csv ${WORK}/corpus
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  TIMEOUT 60)
  if(NOT rc EQUAL 1)
    message(SEND_ERROR "score -j ${j}: exit ${rc}, want 1\n${err}")
  endif()
  if(NOT out MATCHES "b.txt,,,,skipped,[^\n]*b.txt: cannot read: No such file")
    message(SEND_ERROR "score -j ${j}: dangling link not a skipped row\n${out}")
  endif()
  if(NOT out MATCHES "c.txt,,,,skipped,[^\n]*not a regular file [(]FIFO[)]")
    message(SEND_ERROR "score -j ${j}: FIFO not a skipped row\n${out}")
  endif()
  if(NOT out MATCHES "sub/d.txt,[^\n]*,scored,")
    message(SEND_ERROR "score -j ${j}: walk stopped before sub/d.txt\n${out}")
  endif()
  if(NOT err MATCHES "4 records read, 2 scored, 2 skipped")
    message(SEND_ERROR "score -j ${j}: summary\n${err}")
  endif()
endforeach()

execute_process(COMMAND ${CLI} kwic --term terrorist* ${WORK}/corpus
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 60)
if(NOT rc EQUAL 1 OR NOT out MATCHES "terrorists" OR NOT err MATCHES "2 skipped")
  message(SEND_ERROR "kwic: exit ${rc}\n${out}\n${err}")
endif()

execute_process(COMMAND ${CLI} report -q -f json -o ${WORK}/report.json ${WORK}/corpus
                RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 60)
file(READ ${WORK}/report.json rep)
if(NOT rep MATCHES "cannot read: No such file" OR NOT rep MATCHES "FIFO")
  message(SEND_ERROR "report: exit ${rc}, skipped files not accounted for\n${err}")
endif()

# A file name that is not UTF-8 becomes an id with U+FFFD, so every output
# stays UTF-8.
file(MAKE_DIRECTORY ${WORK}/names)
execute_process(COMMAND sh -c "printf 'Occupation.' > \"${WORK}/names/bad$(printf '\\377\\376').txt\""
                RESULT_VARIABLE rc)
execute_process(COMMAND ${CLI} score --no-matches ${WORK}/names
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "\"id\":\"[^\"]*names/bad��[.]txt\"")
  message(SEND_ERROR "non-UTF-8 file name: exit ${rc}\n${out}\n${err}")
endif()

# A text input that never ends (a device, a pipe that stays open) stops at
# the record limit: one skipped record, not a run that reads forever.
execute_process(COMMAND sh -c "yes 'the war goes on' | \"$0\" score --input-format text --max-record-bytes 100000 --no-matches -"
                        ${CLI}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 60)
if(NOT rc EQUAL 1 OR NOT out MATCHES "\"status\":\"skipped\",\"reason\":\"<stdin>: text of more than 100000 bytes, the limit, from a stream that is not a regular file")
  message(SEND_ERROR "endless standard input: exit ${rc}\n${out}\n${err}")
endif()
if(EXISTS /dev/zero)
  file(CREATE_LINK /dev/zero ${WORK}/zero.txt SYMBOLIC)
  execute_process(COMMAND ${CLI} score --max-record-bytes 100000 --no-matches
                          ${WORK}/zero.txt
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                  TIMEOUT 60)
  if(NOT rc EQUAL 1 OR NOT out MATCHES "zero.txt: text of more than 100000 bytes")
    message(SEND_ERROR "a link to /dev/zero named as input: exit ${rc}\n${out}\n${err}")
  endif()
endif()
