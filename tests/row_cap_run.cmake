# One record's output is bounded: an article that ICU keeps as one long
# sentence with many "according to X" attributions (each taking the whole
# sentence as content) is written as a skipped row with its reason, and the
# records after it are still scored, at any thread count.
# -DCLI=... -DWORK=<scratch dir>
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(unit "the army shelled the town according to an official and civilians fled ")
string(REPEAT "${unit}" 1500 long)
file(WRITE ${WORK}/in.jsonl
     "{\"id\":\"long\",\"text\":\"${long}\"}\n"
     "{\"id\":\"after\",\"text\":\"The minister said the occupation must end.\"}\n")

foreach(j 1 2)
  # The default limit (64 MiB): the row would be over 150 MB.
  execute_process(COMMAND ${CLI} score -j ${j} -o ${WORK}/out${j}.jsonl
                          ${WORK}/in.jsonl
                  RESULT_VARIABLE rc ERROR_VARIABLE err TIMEOUT 300)
  file(SIZE ${WORK}/out${j}.jsonl size)
  file(STRINGS ${WORK}/out${j}.jsonl rows)
  list(LENGTH rows n)
  if(NOT rc EQUAL 1 OR size GREATER 100000 OR NOT n EQUAL 2)
    message(SEND_ERROR "score -j ${j}: exit ${rc}, ${size} bytes, ${n} rows\n${err}")
  endif()
  list(GET rows 0 first)
  list(GET rows 1 second)
  if(NOT first MATCHES "\"id\":\"long\",\"framescope\":{\"status\":\"skipped\",\"reason\":\"[^\"]*in.jsonl: line 1: output over 67108864 bytes [(][0-9]+ matches, [0-9]+ attributions[)], the limit of one record's output")
    message(SEND_ERROR "score -j ${j}: long record not skipped with its reason\n${first}")
  endif()
  if(NOT second MATCHES "\"id\":\"after\",\"framescope\":{\"status\":\"scored\"")
    message(SEND_ERROR "score -j ${j}: the record after it was not scored")
  endif()
  if(NOT err MATCHES "2 records read, 1 scored, 1 skipped")
    message(SEND_ERROR "score -j ${j}: summary\n${err}")
  endif()
endforeach()

# --max-row-bytes sets the limit; JSON (one document) stays valid JSON.
execute_process(COMMAND ${CLI} score -f json --max-row-bytes 4096 ${WORK}/in.jsonl
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                TIMEOUT 300)
string(JSON st ERROR_VARIABLE jerr GET "${out}" articles 0 framescope status)
if(NOT rc EQUAL 1 OR jerr OR NOT st STREQUAL "skipped" OR
   NOT err MATCHES "output over 4096 bytes")
  message(SEND_ERROR "score -f json --max-row-bytes: exit ${rc} ${jerr} ${st}\n${err}")
endif()
execute_process(COMMAND ${CLI} score --max-row-bytes 12 ${WORK}/in.jsonl
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--max-row-bytes wants a number")
  message(SEND_ERROR "--max-row-bytes 12: exit ${rc}\n${err}")
endif()
