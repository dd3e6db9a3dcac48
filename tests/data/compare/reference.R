# reference.R - expected values for tests/unit/test_compare.c.
#
# Regenerate with (from the repository root):
#   Rscript tests/data/compare/reference.R > tests/data/compare/reference.out
# Reads rows.csv beside this script (`framescope score --format csv` of
# corpus.jsonl, see make_corpus.py) and recomputes, per category, the rate
# per article (count * 1000 / tokens), its mean and SD per outlet, and for
# every pair of outlets Welch's t test, the Wilcoxon rank sum test (R's
# default exact/normal choice, continuity correction), Cliff's delta and
# Cohen's d; and Kruskal-Wallis across outlets. Output: "key<TAB>value" lines,
# 17 significant digits, NaN when undefined (R errors become NaN too).
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("^--file=", "", args[grep("^--file=", args)]))
if (length(here) == 0 || here == "") here <- "."
d <- read.csv(file.path(here, "rows.csv"), stringsAsFactors = FALSE,
              na.strings = "")
d <- d[d$status == "scored", ]
d$rate <- d$count * 1000 / d$tokens
put <- function(key, v) cat(key, "\t", sprintf("%.17g", as.numeric(v)), "\n", sep = "")
safe <- function(expr) tryCatch(expr, error = function(e) NaN)
outlets <- sort(unique(d$outlet), method = "radix")
for (cat in sort(unique(d$category), method = "radix")) {
  s <- d[d$category == cat, ]
  v <- lapply(outlets, function(o) s$rate[s$outlet == o])
  names(v) <- outlets
  for (o in outlets) {
    put(paste("mean", cat, o, sep = "|"), mean(v[[o]]))
    put(paste("sd", cat, o, sep = "|"), if (length(v[[o]]) > 1) sd(v[[o]]) else NaN)
  }
  for (i in seq_along(outlets)) for (j in seq_along(outlets)) if (i < j) {
    x <- v[[i]]; y <- v[[j]]
    k <- paste(cat, outlets[i], outlets[j], sep = "|")
    put(paste0("welch_p|", k), safe(t.test(x, y)$p.value))
    put(paste0("welch_t|", k), safe(t.test(x, y)$statistic))
    w <- suppressWarnings(wilcox.test(x, y))
    put(paste0("mw_w|", k), w$statistic)
    put(paste0("mw_p|", k), w$p.value)
    put(paste0("cliff|", k), mean(sign(outer(x, y, "-"))))
    # pooled SD over nx + ny - 2 df; a one-article group adds no spread
    ss <- function(v) if (length(v) > 1) (length(v) - 1) * var(v) else 0
    sp <- sqrt((ss(x) + ss(y)) / (length(x) + length(y) - 2))
    put(paste0("cohen_d|", k), if (is.na(sp) || sp == 0) NaN else (mean(x) - mean(y)) / sp)
  }
  put(paste("kw_p", cat, sep = "|"), kruskal.test(v)$p.value)
  put(paste("kw_h", cat, sep = "|"), kruskal.test(v)$statistic)
}
