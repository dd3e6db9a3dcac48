# A relocatable install: installed into a temporary prefix that is then
# moved, the program finds the lexicons installed beside it, never the
# source tree's (its karabakh-2023 is removed from the install to tell).
# -DBUILD=<build dir> -DWORK=<scratch> -DINPUT=<a corpus file>
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${WORK}/a
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "install failed")
endif()
file(RENAME ${WORK}/a ${WORK}/moved)
file(REMOVE ${WORK}/moved/share/framescope/lexicons/karabakh-2023.json)
execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=FRAMESCOPE_LEXICONS
                        ${WORK}/moved/bin/framescope score -f csv ${INPUT}
                WORKING_DIRECTORY ${WORK}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 AND NOT rc EQUAL 1)
  message(SEND_ERROR "installed framescope failed (exit ${rc}): ${err}")
endif()
if(NOT out MATCHES "attribution-cues:cue")
  message(SEND_ERROR "installed lexicons not loaded:\n${out}\n${err}")
endif()
if(out MATCHES "karabakh-2023")
  message(SEND_ERROR "the installed program read the source tree's lexicons")
endif()
execute_process(COMMAND ${WORK}/moved/bin/framescope --help OUTPUT_VARIABLE help)
if(NOT help MATCHES "FRAMESCOPE_LEXICONS")
  message(SEND_ERROR "--help does not document FRAMESCOPE_LEXICONS")
endif()
