library(testthat)
library(framescope)
test_check("framescope")
