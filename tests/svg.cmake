# Checks the SVG chart writer's output with xmllint (included from
# tests/CMakeLists.txt). test_svg writes sample charts (bars, diverging,
# stacked, lines, hostile labels, no data) to a directory; each one must
# parse with `xmllint --noout`. Without xmllint the test reports SKIPPED.
#   cmake -DTEST=test_svg -DXMLLINT=xmllint -DOUTDIR=dir -P svg.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  if(NOT XMLLINT)
    message("SKIPPED: xmllint not found (install libxml2-utils)")
    return()
  endif()
  file(REMOVE_RECURSE ${OUTDIR})
  file(MAKE_DIRECTORY ${OUTDIR})
  execute_process(COMMAND ${TEST} ${OUTDIR} RESULT_VARIABLE rc
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TEST} failed (${rc}):\n${err}")
  endif()
  file(GLOB svgs ${OUTDIR}/*.svg)
  list(LENGTH svgs n)
  if(n LESS 10)
    message(FATAL_ERROR "only ${n} sample charts in ${OUTDIR}")
  endif()
  foreach(f ${svgs})
    execute_process(COMMAND ${XMLLINT} --noout --nonet ${f}
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT err STREQUAL "")
      message(FATAL_ERROR "xmllint rejects ${f}:\n${err}")
    endif()
  endforeach()
  return()
endif()

find_program(FSC_XMLLINT xmllint)
if(NOT FSC_XMLLINT)
  set(FSC_XMLLINT "")
endif()
add_test(NAME svg.xmllint
         COMMAND ${CMAKE_COMMAND} -DTEST=$<TARGET_FILE:test_svg>
                 -DXMLLINT=${FSC_XMLLINT} -DOUTDIR=${CMAKE_CURRENT_BINARY_DIR}/svg
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/svg.cmake)
set_tests_properties(svg.xmllint PROPERTIES LABELS unit TIMEOUT 120
                     SKIP_REGULAR_EXPRESSION "SKIPPED: xmllint")
