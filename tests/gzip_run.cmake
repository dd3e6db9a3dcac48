# gzip-compressed corpora and rows: score reads corpus.jsonl.gz and
# corpus.csv.gz as their plain forms; compare, report and validate read
# rows.jsonl.gz as rows.jsonl.  -DCLI=... -DSRC=... -DWORK=...
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${SRC}/corpora/wikinews/wikinews.jsonl DESTINATION ${WORK})
set(W ${WORK}/wikinews.jsonl)
execute_process(COMMAND gzip -k ${W} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip failed")
endif()
foreach(in ${W} ${W}.gz)
  execute_process(COMMAND ${CLI} score -j 2 --no-matches ${in}
                  OUTPUT_VARIABLE out_${in} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(SEND_ERROR "score ${in}: exit ${rc}: ${err}")
  endif()
endforeach()
if(NOT out_${W} STREQUAL out_${W}.gz)
  message(SEND_ERROR "score of .jsonl.gz differs from .jsonl")
endif()
file(WRITE ${WORK}/rows.jsonl "${out_${W}}")
execute_process(COMMAND gzip -k ${WORK}/rows.jsonl)
foreach(in rows.jsonl rows.jsonl.gz)
  execute_process(COMMAND ${CLI} compare -q -f json --bootstrap 50 ${in}
                  WORKING_DIRECTORY ${WORK}
                  OUTPUT_VARIABLE cmp_${in} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(SEND_ERROR "compare ${in}: exit ${rc}: ${err}")
  endif()
  execute_process(COMMAND ${CLI} report -q -f json -o ${WORK}/${in}.report.json ${in}
                  WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc ERROR_VARIABLE err)
  file(READ ${WORK}/${in}.report.json rep)
  if(NOT rc EQUAL 0 OR NOT rep MATCHES "\"rows_used\":295")
    message(SEND_ERROR "report ${in}: exit ${rc}: ${err}")
  endif()
endforeach()
if(NOT cmp_rows.jsonl STREQUAL cmp_rows.jsonl.gz)
  message(SEND_ERROR "compare of rows.jsonl.gz differs from rows.jsonl")
endif()
# CSV inside gzip, by the inner extension.
file(COPY ${SRC}/tests/data/corpus/wikinews-2020-sample.csv DESTINATION ${WORK})
execute_process(COMMAND gzip ${WORK}/wikinews-2020-sample.csv)
execute_process(COMMAND ${CLI} score --no-matches -f csv ${WORK}/wikinews-2020-sample.csv.gz
                OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT err MATCHES "5 records read, 5 scored")
  message(SEND_ERROR "score .csv.gz: exit ${rc}: ${err}")
endif()
