# Run the framescope CLI once and check what it did.
#   -DCLI=path -DARGS="a;b;c" -DWORKDIR=dir -DEXIT=n
#   [-DSTDIN=file] [-DSTDERR_REGEX=re] [-DSTDOUT_REGEX=re]
#   [-DSTDOUT_NOT_REGEX=re]  stdout must not match
#   [-DEXPECTED=file]  golden comparison of stdout, byte for byte;
#                      FSC_UPDATE_GOLDEN=1 in the environment rewrites it.
string(REPLACE "^^" ";" ARGS "${ARGS}")
if(DEFINED COMPARE_ARGS)
  string(REPLACE "^^" ";" COMPARE_ARGS "${COMPARE_ARGS}")
endif()
set(opts)
if(DEFINED STDIN AND NOT STDIN STREQUAL "")
  list(APPEND opts INPUT_FILE ${STDIN})
endif()
string(RANDOM LENGTH 8 tag)
set(out_file "${CMAKE_CURRENT_BINARY_DIR}/cli-out-${tag}.txt")
execute_process(COMMAND ${CLI} ${ARGS}
  WORKING_DIRECTORY ${WORKDIR}
  ${opts}
  OUTPUT_FILE ${out_file}
  ERROR_VARIABLE err
  RESULT_VARIABLE rc)
file(READ ${out_file} out)
if(NOT rc STREQUAL "${EXIT}")
  message(FATAL_ERROR "exit status ${rc}, expected ${EXIT}\nstderr:\n${err}")
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match /${STDERR_REGEX}/:\n${err}")
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
  message(FATAL_ERROR "stdout does not match /${STDOUT_REGEX}/:\n${out}")
endif()
if(DEFINED STDOUT_NOT_REGEX AND out MATCHES "${STDOUT_NOT_REGEX}")
  message(FATAL_ERROR "stdout matches /${STDOUT_NOT_REGEX}/:\n${out}")
endif()
if(DEFINED EXPECTED AND NOT EXPECTED STREQUAL "")
  if("$ENV{FSC_UPDATE_GOLDEN}" STREQUAL "1")
    file(COPY_FILE ${out_file} ${EXPECTED})
    message(STATUS "updated ${EXPECTED}")
  else()
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${out_file} ${EXPECTED}
                    RESULT_VARIABLE diff)
    if(NOT diff EQUAL 0)
      execute_process(COMMAND diff -u ${EXPECTED} ${out_file})
      message(FATAL_ERROR "output differs from ${EXPECTED} "
                          "(FSC_UPDATE_GOLDEN=1 rewrites it; review the diff)")
    endif()
  endif()
endif()
if(DEFINED COMPARE_ARGS)
  # The same input another way (e.g. more threads) must give the same bytes.
  set(out2 "${out_file}.2")
  execute_process(COMMAND ${CLI} ${COMPARE_ARGS} WORKING_DIRECTORY ${WORKDIR}
                  OUTPUT_FILE ${out2} ERROR_VARIABLE err2 RESULT_VARIABLE rc2)
  if(NOT rc2 STREQUAL "${EXIT}")
    message(FATAL_ERROR "second run: exit status ${rc2}\n${err2}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${out_file} ${out2}
                  RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(FATAL_ERROR "outputs of ${ARGS} and ${COMPARE_ARGS} differ")
  endif()
  file(REMOVE ${out2})
endif()
file(REMOVE ${out_file})
