# The R binding against the CLI on the same input.
root <- Sys.getenv("FRAMESCOPE_SOURCE_DIR",
                   file.path(testthat::test_path(), "..", "..", ".."))
root <- normalizePath(root)
if (!file.exists(file.path(root, "corpora/sample/seed.jsonl")))
  skip("framescope source tree not found (set FRAMESCOPE_SOURCE_DIR)")
cli <- Sys.getenv("FRAMESCOPE_CLI", file.path(root, "build", "framescope"))
first <- function(path, n) {
  lines <- readLines(path, n = n, encoding = "UTF-8")
  lapply(lines, jsonlite::fromJSON)
}
recs <- c(first(file.path(root, "corpora/sample/seed.jsonl"), 5),
          first(file.path(root, "corpora/wikinews/wikinews.jsonl"), 6))
keep <- c("id", "outlet", "date", "lang", "title", "text")
df <- do.call(rbind, lapply(recs, function(r)
  as.data.frame(r[intersect(keep, names(r))], stringsAsFactors = FALSE)))
input <- tempfile(fileext = ".jsonl")
writeLines(vapply(seq_len(nrow(df)), function(i)
  as.character(jsonlite::toJSON(as.list(df[i, ]), auto_unbox = TRUE)),
  ""), input, useBytes = TRUE)
run_cli <- function(fmt) {
  out <- tempfile(fileext = paste0(".", fmt))
  st <- system2(cli, c("score", "-q", "-f", fmt, "-o", out, input))
  stopifnot(st == 0)
  out
}
model <- fs_model()

test_that("rows are the CLI's rows byte for byte", {
  want <- readLines(run_cli("jsonl"), encoding = "UTF-8")
  got <- fs_score_json(df$text, model, id = df$id, outlet = df$outlet,
                       date = df$date, lang = df$lang, title = df$title)
  expect_equal(length(want), nrow(df))
  expect_identical(enc2utf8(got), enc2utf8(want))
})

test_that("the tidy data frame has the numbers of the CLI's CSV", {
  got <- fs_score(df, text = "text", model = model)
  want <- read.csv(run_cli("csv"), stringsAsFactors = FALSE,
                   na.strings = "", encoding = "UTF-8")
  expect_equal(nrow(got), nrow(df) * length(fs_categories(model)))
  expect_equal(nrow(got), nrow(want))
  expect_gt(sum(want$count), 0)
  expect_identical(got$id, want$id)
  expect_identical(got$category, want$category)
  for (col in c("tokens", "count", "negated", "weighted", "authorial",
                "quoted", "attributed", "out_of_scope"))
    expect_equal(as.numeric(got[[col]]), as.numeric(want[[col]]), info = col)
  expect_equal(got$rate, want$rate, tolerance = 1e-6)
  expect_identical(got$in_scope, as.logical(want$in_scope))
})

test_that("wide shape has one row per article", {
  wide <- fs_score(df, model = model, shape = "wide", value = "count")
  tidy <- fs_score(df, model = model)
  expect_identical(wide$id, df$id)
  cat1 <- fs_categories(model)[1]
  expect_equal(wide[[cat1]], tidy$count[tidy$category == cat1])
})

test_that("fs_read_rows reads the CLI's JSONL and CSV", {
  from_jsonl <- fs_read_rows(run_cli("jsonl"))
  direct <- fs_score(df, model = model)
  # The JSONL reader only knows the categories present in the rows.
  m <- merge(from_jsonl, direct, by = c("id", "category"))
  expect_gt(nrow(m), 0)
  expect_equal(m$count.x, m$count.y)
  expect_equal(m$rate.x, m$rate.y)
  csv <- fs_read_rows(run_cli("csv"))
  expect_equal(nrow(csv), nrow(direct))
  expect_equal(csv$count, direct$count)
})

test_that("a blank text is a skipped row, a bad lexicon an error", {
  row <- jsonlite::fromJSON(fs_score_json("   ", model, id = "blank"))
  expect_identical(row$framescope$status, "skipped")
  expect_error(fs_model("/nonexistent/lexicon.json"), "framescope")
})

test_that("title matches reach R with their zone and offsets", {
  title <- "Baku begins counter-terrorism measures in Karabakh"
  text <- "The ministry said the illegal armed groups must lay down their arms."
  m <- fs_matches(data.frame(id = "t1", title = title, text = text,
                             lang = "en", stringsAsFactors = FALSE),
                  model = model)
  expect_true(all(m$zone %in% c("title", "text")))
  t <- m[m$zone == "title", ]
  expect_gt(nrow(t), 0)
  # offsets count in the title's own string
  expect_identical(substr(title, t$cp_start[1] + 1, t$cp_end[1]),
                   t$surface[1])
  tidy <- fs_score(data.frame(id = "t1", title = title, text = text,
                              lang = "en", stringsAsFactors = FALSE),
                   model = model)
  expect_identical(unique(tidy$title_status), "scored")
  expect_gt(sum(tidy$title_count), 0)
  want <- read.csv(run_cli("csv"), stringsAsFactors = FALSE,
                   na.strings = "", encoding = "UTF-8")
  got <- fs_score(df, text = "text", model = model)
  expect_equal(as.numeric(got$title_count), as.numeric(want$title_count))
  expect_identical(got$title_status, want$title_status)
})
