# bootstrap.R - expected percentile bootstrap CIs for `framescope validate`
# (test_validate.c, test_bootstrap_vs_r), computed independently in R.
#
# Regenerate with (from the repository root; about 25 s):
#   Rscript tests/data/validate/bootstrap.R > tests/data/validate/bootstrap.out
# Needs R and the `boot` package (Debian: r-cran-boot); falls back to plain
# sample.int() resampling without it. test_validate.c reads bootstrap.out at
# run time, so R is not needed to run the tests.
#
# Data: boot-gold.jsonl and boot-rows.jsonl beside this script, 60 articles
# b01..b60 and three categories: bt:attack (26 coded, good agreement),
# bt:blame (13 coded, moderate) and bt:rare (coded in 3 articles, found in
# 2, both right; b44 lists it with count 0, which is not a finding). In
# many resamples a statistic of bt:rare is undefined (precision in 13%),
# and its precision is 1 whenever it is defined, so counting undefined
# resamples as anything would move its CI. The files were made once with R
# 4.2 from set.seed(20240607) and rbinom() draws (bt:rare by hand); they
# are data, not regenerated here, so nothing below drifts with R's RNG
# except the Monte-Carlo noise.
#
# What is mirrored from analysis/validate.c (and nothing else is shared):
# - The unit of resampling is the article: each resample draws the 60
#   joined articles with replacement, and every statistic (per category,
#   micro, macro) is computed on that same resample.
# - A statistic that is undefined in a resample (0/0: precision with no
#   article found, recall with none coded, kappa when both raters used one
#   category throughout, alpha when only one category occurs at all) is
#   NA there, and its CI is taken over the resamples where it is defined.
#   Macro is the mean of the per-category values defined in that resample
#   (NA when none is); micro pools the (article, category) pairs.
# - The CI is the percentile interval at level 0.95 with R's quantile
#   type 7, probabilities (1 - level) / 2 and (1 + level) / 2. boot.ci's
#   "perc" is NOT used for the expected bounds: it takes the (B + 1) alpha
#   order statistic with interpolation on the normal scale (norm.inter),
#   which is not our definition; at B = 200000 the two differ by far less
#   than the tolerance, and the largest such difference is written out
#   (boot_ci_perc_maxdiff) as a sanity check.
# - The statistics themselves are written out from their definitions over
#   the 2x2 counts (tp fp fn tn), not taken from framescope:
#     precision tp/(tp+fp), recall tp/(tp+fn), F1 2tp/(2tp+fp+fn);
#     Cohen's kappa (po - pe)/(1 - pe), po = (tp+tn)/n,
#       pe = ((tp+fp)(tp+fn) + (fn+tn)(fp+tn))/n^2;
#     Krippendorff's alpha, nominal, 2 coders, no missing values: with
#       m = 2n pairable values, n1 = 2tp+fp+fn ones, n0 = 2tn+fp+fn zeros
#       and 2(fp+fn) off-diagonal coincidences,
#       alpha = 1 - (m - 1) 2(fp+fn) / (m^2 - n0^2 - n1^2).
#   On the full sample these are checked against a table()-based
#   coincidence-matrix implementation below (stopifnot).
#
# Output: "key value" lines, 17 significant digits, NaN for undefined.
# For each row (bt:attack, bt:blame, bt:rare, micro, macro) and statistic
# (precision recall f1 kappa alpha):
#   <row>.<stat>.value            point estimate on the full sample
#   <row>.<stat>.defined          fraction of resamples where it is defined
#   <row>.<stat>.lo / .hi         R's CI bounds (type 7, B resamples)
#   <row>.<stat>.lo_minus / lo_plus, hi_minus / hi_plus
#       R's quantiles at p -/+ d, d = z sqrt(p (1 - p) (1/k_c + 1/k_r)):
#       the band our bound must fall in (see the comment in the test);
#       k_r = resamples where defined here, k_c = B_c times the defined
#       fraction, B_c the resamples the C test draws.

B <- 200000L   # resamples here
B_c <- 10000L  # resamples drawn by test_validate.c (checked by the test)
z <- 4         # band half-width in standard errors (see the test)
level <- 0.95
seed <- 20240607L

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("^--file=", "", args[grep("^--file=", args)]))
if (length(here) == 0 || here == "") here <- "."

# ---- read the fixture (only the simple shape of these two files) -----
ids_of <- function(l) sub('^\\{"id":"([^"]+)".*$', "\\1", l)
gl <- readLines(file.path(here, "boot-gold.jsonl"))
rl <- readLines(file.path(here, "boot-rows.jsonl"))
gold_cats <- lapply(gl, function(l) {
  inner <- sub('^.*"categories":\\[([^]]*)\\].*$', "\\1", l)
  if (inner == "") character(0) else gsub('"', "", strsplit(inner, ",")[[1]])
})
row_cats <- lapply(rl, function(l) {
  m <- regmatches(l, gregexpr('"[^"]+":\\{"count":[0-9.]+\\}', l))[[1]]
  cnt <- as.numeric(sub('^.*"count":([0-9.]+)\\}$', "\\1", m))
  sub('^"([^"]+)".*$', "\\1", m)[cnt > 0]
})
names(gold_cats) <- ids_of(gl)
names(row_cats) <- ids_of(rl)
ids <- intersect(names(gold_cats), names(row_cats))
cats <- sort(unique(unlist(gold_cats)), method = "radix") # byte order
N <- length(ids)
stopifnot(N == 60, length(cats) == 3)
G <- t(sapply(ids, function(i) as.integer(cats %in% gold_cats[[i]])))
P <- t(sapply(ids, function(i) as.integer(cats %in% row_cats[[i]])))
colnames(G) <- colnames(P) <- cats

# ---- statistics from the 2x2 counts ------------------------------------
ratio <- function(a, b) if (b > 0) a / b else NA_real_
five <- function(tp, fp, fn, tn) {
  n <- tp + fp + fn + tn
  pe <- ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n^2
  kappa <- if (pe < 1) ((tp + tn) / n - pe) / (1 - pe) else NA_real_
  m <- 2 * n; n1 <- 2 * tp + fp + fn; n0 <- 2 * tn + fp + fn
  de <- m^2 - n0^2 - n1^2
  alpha <- if (de > 0) 1 - (m - 1) * 2 * (fp + fn) / de else NA_real_
  c(ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn),
    kappa, alpha)
}
all_stats <- function(p, g) { # p, g: articles x categories, 0/1
  tp <- colSums(p & g); fp <- colSums(p & !g)
  fn <- colSums(!p & g); tn <- colSums(!p & !g)
  per <- sapply(seq_along(tp), function(c) five(tp[c], fp[c], fn[c], tn[c]))
  micro <- five(sum(tp), sum(fp), sum(fn), sum(tn))
  macro <- apply(per, 1, function(v) if (all(is.na(v))) NA_real_
                                     else mean(v, na.rm = TRUE))
  unname(c(per, micro, macro)) # row-major: row r, stat s at (r - 1) * 5 + s
}
rows <- c(cats, "micro", "macro")
stat_names <- c("precision", "recall", "f1", "kappa", "alpha")

# Independent check of kappa and alpha: a table()-based implementation.
kappa_tab <- function(a, b) {
  t2 <- table(factor(a, 0:1), factor(b, 0:1)); n <- sum(t2)
  po <- sum(diag(t2)) / n; pe <- sum(rowSums(t2) * colSums(t2)) / n^2
  if (pe == 1) NA_real_ else (po - pe) / (1 - pe)
}
alpha_tab <- function(a, b) { # coincidence matrix, 2 coders, all pairable
  o <- table(factor(c(a, b), 0:1), factor(c(b, a), 0:1)) # each unit, both orders
  nc <- rowSums(o); m <- sum(o)
  de <- (m^2 - sum(nc^2)) / (m * (m - 1))
  if (de > 0) 1 - (sum(o) - sum(diag(o))) / m / de else NA_real_
}
full <- all_stats(P, G)
for (ci in seq_along(cats)) {
  k <- full[(ci - 1) * 5 + 4]; a <- full[(ci - 1) * 5 + 5]
  stopifnot(isTRUE(all.equal(k, kappa_tab(P[, ci], G[, ci]))),
            isTRUE(all.equal(a, alpha_tab(P[, ci], G[, ci]))))
}
stopifnot(isTRUE(all.equal(full[length(cats) * 5 + 4],
                           kappa_tab(as.vector(P), as.vector(G)))))

# ---- bootstrap -----------------------------------------------------------
set.seed(seed, kind = "Mersenne-Twister", normal.kind = "Inversion",
         sample.kind = "Rejection")
have_boot <- requireNamespace("boot", quietly = TRUE)
if (have_boot) {
  bt <- boot::boot(data.frame(i = seq_len(N)),
                   function(d, i) all_stats(P[i, , drop = FALSE],
                                            G[i, , drop = FALSE]),
                   R = B)
  T <- bt$t
} else {
  T <- t(replicate(B, { i <- sample.int(N, N, replace = TRUE)
                        all_stats(P[i, , drop = FALSE], G[i, , drop = FALSE]) }))
}

put <- function(key, v) cat(key, " ", sprintf("%.17g", as.numeric(v)), "\n", sep = "")
cat("# bootstrap.R: R ", R.version$major, ".", R.version$minor,
    if (have_boot) paste0(", boot ", packageVersion("boot")) else ", no boot",
    "\n", sep = "")
put("n", N); put("B", B); put("B_c", B_c); put("z", z); put("level", level)
put("seed", seed)

probs <- c((1 - level) / 2, (1 + level) / 2)
q7 <- function(x, p) quantile(x, p, type = 7, names = FALSE)
maxdiff <- 0
for (r in seq_along(rows)) for (s in seq_along(stat_names)) {
  j <- (r - 1) * 5 + s
  key <- paste0(rows[r], ".", stat_names[s])
  x <- T[, j]; x <- x[!is.na(x)]
  k_r <- length(x)
  put(paste0(key, ".value"), if (is.na(full[j])) NaN else full[j])
  put(paste0(key, ".defined"), k_r / B)
  if (k_r == 0) next
  k_c <- as.numeric(B_c) * k_r / B # doubles: B_c * k_r overflows int
  for (h in 1:2) {
    p <- probs[h]; d <- z * sqrt(p * (1 - p) * (1 / k_c + 1 / k_r))
    nm <- c("lo", "hi")[h]
    put(paste0(key, ".", nm), q7(x, p))
    put(paste0(key, ".", nm, "_minus"), q7(x, max(p - d, 0)))
    put(paste0(key, ".", nm, "_plus"), q7(x, min(p + d, 1)))
  }
  if (have_boot) {
    ci <- tryCatch(suppressWarnings(boot::boot.ci(bt, conf = level,
                                                  type = "perc", index = j)),
                   error = function(e) NULL)
    if (!is.null(ci))
      maxdiff <- max(maxdiff, abs(ci$percent[4:5] - q7(x, probs)))
  }
}
put("boot_ci_perc_maxdiff", if (have_boot) maxdiff else NaN)
