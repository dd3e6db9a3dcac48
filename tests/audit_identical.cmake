# The audit from rows scored with --keep-text and from the same corpus
# scored without it (contexts joined by id with --corpus) must be the same
# bytes: both cut contexts with one code path.
#   cmake -DCLI=... -DWORKDIR=... -DOUT=dir -DCORPUS=path -DCONTEXT=n
#         -P audit_identical.cmake
file(MAKE_DIRECTORY ${OUT})
# `score` exits 1 when it skips a record (an empty text in the fixture).
function(run out)
  execute_process(COMMAND ${CLI} ${ARGN} WORKING_DIRECTORY ${WORKDIR}
                  OUTPUT_FILE ${out} ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT (rc EQUAL 0 OR (rc EQUAL 1 AND ARGV1 STREQUAL "score")))
    message(FATAL_ERROR "${ARGN}: exit status ${rc}\n${err}")
  endif()
endfunction()
run(${OUT}/kept.jsonl score -q --keep-text ${CORPUS})
run(${OUT}/bare.jsonl score -q ${CORPUS})
file(READ ${OUT}/bare.jsonl bare)
if(bare MATCHES "\"text\":")
  message(FATAL_ERROR "rows scored without --keep-text hold text")
endif()
run(${OUT}/kept.csv validate -q --audit-sample 100 --context ${CONTEXT}
    ${OUT}/kept.jsonl)
run(${OUT}/bare.csv validate -q --audit-sample 100 --context ${CONTEXT}
    --corpus ${CORPUS} ${OUT}/bare.jsonl)
file(READ ${OUT}/kept.csv kept HEX)
file(READ ${OUT}/bare.csv bare HEX)
if(NOT kept STREQUAL bare)
  message(FATAL_ERROR "the audit CSVs differ: ${OUT}/kept.csv ${OUT}/bare.csv")
endif()
string(LENGTH "${kept}" n)
if(n LESS 200)
  message(FATAL_ERROR "audit CSV suspiciously short: ${OUT}/kept.csv")
endif()
