# Python (ctypes) and R (.Call) bindings against this build's shared
# library: skipped (exit 77) with a message when python3/pandas/pytest or
# R/testthat are missing; CI sets FSC_REQUIRE_BINDINGS=1 so they must run.
# Not under sanitizers: python3 and R would have to preload their runtime.
if(TARGET framescope_shared AND NOT FSC_SANITIZE)
  foreach(lang python r)
    add_test(NAME bindings.${lang}
             COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/run_bindings.sh ${lang}
                     ${CMAKE_SOURCE_DIR} ${CMAKE_BINARY_DIR})
    set_tests_properties(bindings.${lang} PROPERTIES LABELS bindings
                         TIMEOUT 300 SKIP_RETURN_CODE 77)
  endforeach()
endif()
