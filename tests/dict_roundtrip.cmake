# Round trip of `lexicon convert`: scoring with a dictionary and with its
# JSON conversion must give identical rows. Run with -DCLI= -DSRC= -DOUT=.
set(D ${SRC}/tests/data/lexicons)
file(MAKE_DIRECTORY ${OUT})
foreach(f small.cat small.yml small.dicx small.lc3 small.lcd newsmap_excerpt.yml)
  string(REPLACE "." "_" stem ${f})
  set(json ${OUT}/${stem}.json)
  execute_process(COMMAND ${CLI} lexicon convert ${D}/${f} -o ${json}
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "convert ${f}: exit ${rc}: ${err}")
  endif()
  execute_process(COMMAND ${CLI} lexicon check ${json}
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "check ${json}: exit ${rc}: ${err}")
  endif()
  foreach(fmt csv wide)
    execute_process(COMMAND ${CLI} score --no-bundled -l ${D}/${f} -f ${fmt}
                            ${D}/dict_corpus.jsonl
                    OUTPUT_VARIABLE a RESULT_VARIABLE rc1 ERROR_QUIET)
    execute_process(COMMAND ${CLI} score --no-bundled -l ${json} -f ${fmt}
                            ${D}/dict_corpus.jsonl
                    OUTPUT_VARIABLE b RESULT_VARIABLE rc2 ERROR_QUIET)
    if(NOT a STREQUAL b OR NOT rc1 EQUAL rc2)
      message(FATAL_ERROR "${f} (${fmt}): rows differ after convert\n${a}\n---\n${b}")
    endif()
    string(FIND "${a}" ",scored," scored)
    if(scored LESS 0)
      message(FATAL_ERROR "${f} (${fmt}): no scored rows:\n${a}")
    endif()
  endforeach()
endforeach()
