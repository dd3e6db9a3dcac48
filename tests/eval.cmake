# eval/attribution.py on the fixture gold in eval/gold/fixtures (figures
# worked out by hand; see tests/eval_attribution.py). Needs Python 3 only, not
# the shared data: FSC_DATA points at a directory that does not exist.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_Interpreter_FOUND)
  add_test(NAME eval.attribution_fixtures
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/eval_attribution.py)
  set_tests_properties(eval.attribution_fixtures PROPERTIES LABELS eval TIMEOUT 60
    ENVIRONMENT "FSC_BIN=$<TARGET_FILE:framescope_cli>;FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons;FSC_DATA=${CMAKE_CURRENT_BINARY_DIR}/no-shared-data")
else()
  message(STATUS "Python 3 not found: test eval.attribution_fixtures skipped")
endif()

# Every machine format (score, compare, report, terms, kwic) read back by
# strict readers (Python json/csv; R read.csv and jsonlite when installed):
# UTF-8, no NaN, numeric columns numbers, full double precision.
if(Python3_Interpreter_FOUND)
  add_test(NAME cli.machine_formats_strict
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/machine_formats.py)
  set_tests_properties(cli.machine_formats_strict PROPERTIES LABELS cli TIMEOUT 300
    ENVIRONMENT "FSC_BIN=$<TARGET_FILE:framescope_cli>;FSC_SRC=${CMAKE_SOURCE_DIR};FRAMESCOPE_LEXICONS=${CMAKE_SOURCE_DIR}/lexicons")
endif()
