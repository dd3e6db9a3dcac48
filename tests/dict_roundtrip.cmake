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

# --lexicon DIR loads every format framescope reads (not only .json and
# .dic), sorted by file name, and nothing else: the same rows as naming the
# files one by one.
set(dir ${OUT}/lexdir)
file(REMOVE_RECURSE ${dir})
file(MAKE_DIRECTORY ${dir})
set(named)
foreach(f small.lc3 small.cat small.dicx small.yml J-MFD_2018r1.dic)
  string(REPLACE "." "_" stem ${f})
  get_filename_component(ext ${f} LAST_EXT)
  configure_file(${D}/${f} ${dir}/${stem}${ext} COPYONLY) # distinct names
  list(APPEND named ${stem}${ext})
endforeach()
file(WRITE ${dir}/README.md "not a lexicon\n")
list(SORT named)
set(args)
foreach(f ${named})
  list(APPEND args -l ${dir}/${f})
endforeach()
execute_process(COMMAND ${CLI} score --no-bundled -l ${dir} -f wide
                        ${D}/dict_corpus.jsonl
                OUTPUT_VARIABLE a RESULT_VARIABLE rc1 ERROR_VARIABLE e1)
execute_process(COMMAND ${CLI} score --no-bundled ${args} -f wide
                        ${D}/dict_corpus.jsonl
                OUTPUT_VARIABLE b RESULT_VARIABLE rc2 ERROR_QUIET)
if(NOT a STREQUAL b OR NOT rc1 EQUAL rc2 OR rc1 GREATER 1)
  message(FATAL_ERROR "-l DIR differs from the files one by one (exit ${rc1}, ${rc2}): ${e1}\n${a}\n---\n${b}")
endif()
foreach(stem small_lc3 small_cat small_dicx small_yml j-mfd_2018r1) # names are lower case
  string(FIND "${a}" ",${stem}" at)
  if(at LESS 0)
    message(FATAL_ERROR "-l DIR: no column of ${stem}:\n${a}")
  endif()
endforeach()
