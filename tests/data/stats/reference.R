# reference.R - expected values for tests/unit/test_stats.c.
#
# Regenerate with (from the repository root):
#   Rscript tests/data/stats/reference.R > tests/data/stats/reference.out
# Reads samples.txt beside this script; writes "key value" lines, values with
# 17 significant digits (NaN for undefined). test_stats.c reads reference.out
# at run time, so R is not needed to run the tests.
#
# samples.txt was made once with R 4.2 by set.seed(20240607) and rnorm/runif/
# rpois draws (rounded), plus the fixed vectors written out in it; it is data,
# not regenerated here, so the expected values below never drift with R's RNG.

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(sub("^--file=", "", args[grep("^--file=", args)]))
if (length(here) == 0 || here == "") here <- "."
L <- strsplit(readLines(file.path(here, "samples.txt")), " ")
L <- L[sapply(L, function(l) length(l) > 0 && substr(l[1], 1, 1) != "#")]
S <- setNames(lapply(L, function(l) suppressWarnings(as.numeric(l[-1]))),
              sapply(L, `[`, 1))

put <- function(key, v) cat(key, " ", sprintf("%.17g", as.numeric(v)), "\n", sep = "")

# 1. Descriptives: mean, sd, quantiles type 7.
for (nm in c("a", "b", "ta", "big1", "c1", "one", "zeros")) {
  x <- S[[nm]]
  put(paste0("desc.", nm, ".mean"), mean(x))
  put(paste0("desc.", nm, ".sd"), if (length(x) > 1) sd(x) else NaN)
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  put(paste0("desc.", nm, ".q1"), q[1])
  put(paste0("desc.", nm, ".median"), q[2])
  put(paste0("desc.", nm, ".q3"), q[3])
  put(paste0("desc.", nm, ".nnz"), sum(x != 0))
}

pairs <- list(c("a", "b"), c("ta", "tb"), c("big1", "big2"), c("e1", "e2"),
              c("c1", "c2"), c("sep1", "sep2"), c("a", "const"),
              c("one", "b"), c("a", "a"))

# 2. Welch t (R errors for n < 2 or constant data: skipped, tested as NaN).
for (p in pairs) {
  x <- S[[p[1]]]; y <- S[[p[2]]]
  r <- tryCatch(t.test(x, y), error = function(e) NULL)
  if (is.null(r)) next
  k <- paste0("welch.", p[1], "_", p[2])
  put(paste0(k, ".t"), r$statistic); put(paste0(k, ".df"), r$parameter)
  put(paste0(k, ".p"), r$p.value)
}

# 3. Mann-Whitney, R's defaults (exact when n < 50 and no ties).
for (p in pairs) {
  x <- S[[p[1]]]; y <- S[[p[2]]]
  r <- suppressWarnings(wilcox.test(x, y))
  k <- paste0("mw.", p[1], "_", p[2])
  exact <- length(x) < 50 && length(y) < 50 && !anyDuplicated(c(x, y))
  put(paste0(k, ".W"), r$statistic); put(paste0(k, ".p"), r$p.value)
  put(paste0(k, ".exact"), as.numeric(exact))
}

# 5. Effect sizes, formulas written out here.
hedges_J <- function(m) exp(lgamma(m / 2) - log(sqrt(m / 2)) - lgamma((m - 1) / 2))
for (p in pairs) {
  x <- S[[p[1]]]; y <- S[[p[2]]]
  nx <- length(x); ny <- length(y); m <- nx + ny - 2
  vx <- if (nx > 1) var(x) else 0; vy <- if (ny > 1) var(y) else 0
  sp <- sqrt(((nx - 1) * vx + (ny - 1) * vy) / m)
  d <- (mean(x) - mean(y)) / sp
  k <- paste0("eff.", p[1], "_", p[2])
  put(paste0(k, ".diff"), mean(x) - mean(y))
  put(paste0(k, ".d"), if (is.finite(d)) d else NaN)
  put(paste0(k, ".g"), if (is.finite(d) && m >= 2) d * hedges_J(m) else NaN)
  put(paste0(k, ".g_approx"), if (is.finite(d)) d * (1 - 3 / (4 * (nx + ny) - 9)) else NaN)
  put(paste0(k, ".cliff"), mean(sign(outer(x, y, "-"))))
}

# 6. Kruskal-Wallis.
kw <- function(key, groups) {
  r <- kruskal.test(groups)
  put(paste0(key, ".H"), r$statistic); put(paste0(key, ".df"), r$parameter)
  put(paste0(key, ".p"), r$p.value)
}
kw("kw.c123", list(S$c1, S$c2, S$c3))
kw("kw.ta_tb_a", list(S$ta, S$tb, S$a))
kw("kw.a_b_sep1", list(S$a, S$b, S$sep1))
kw("kw.a_b", list(S$a, S$b))

# 7. BH.
adj <- p.adjust(S$pv, "BH")
for (i in seq_along(adj)) put(paste0("bh.", i - 1), if (is.na(adj[i])) NaN else adj[i])

# 8a. Cohen's kappa (two raters, pairs with a missing label dropped).
kappa2 <- function(a, b) {
  ok <- a >= 0 & b >= 0; a <- a[ok]; b <- b[ok]
  lev <- sort(unique(c(a, b)))
  t <- table(factor(a, lev), factor(b, lev)) / length(a)
  po <- sum(diag(t)); pe <- sum(rowSums(t) * colSums(t))
  c(n = length(a), po = po, pe = pe, kappa = (po - pe) / (1 - pe))
}
kk <- kappa2(S$r1, S$r2)
for (nm in names(kk)) put(paste0("kappa.r.", nm), kk[[nm]])

# 8a. Krippendorff's alpha, nominal, via the coincidence matrix
# (Krippendorff 2011, section C), coders in rows, -1 = missing.
kalpha <- function(M) {
  M[M < 0] <- NA
  lev <- sort(unique(na.omit(as.vector(M))))
  o <- matrix(0, length(lev), length(lev))
  for (u in seq_len(ncol(M))) {
    v <- na.omit(M[, u]); mu <- length(v)
    if (mu < 2) next
    for (i in seq_along(v)) for (j in seq_along(v)) if (i != j) {
      a <- match(v[i], lev); b <- match(v[j], lev)
      o[a, b] <- o[a, b] + 1 / (mu - 1)
    }
  }
  nc <- rowSums(o); n <- sum(nc)
  Do <- sum(o[row(o) != col(o)]) / n
  De <- (n^2 - sum(nc^2)) / (n * (n - 1))
  c(n = n, do = Do, de = De, alpha = 1 - Do / De)
}
kp <- rbind(S$kp1, S$kp2, S$kp3, S$kp4)
ka <- kalpha(kp)
for (nm in names(ka)) put(paste0("kalpha.kp.", nm), ka[[nm]])
kr <- rbind(S$kr1, S$kr2, S$kr3, S$kr4, S$kr5)
ka <- kalpha(kr)
for (nm in names(ka)) put(paste0("kalpha.kr.", nm), ka[[nm]])

# 8b. Keyness: Monroe, Colaresi & Quinn (2008) eq. 16-22 and Williams-
# corrected G2 of each term's 2x2 table (term vs other tokens).
fw <- function(yi, yj, a, ni = sum(yi), nj = sum(yj)) {
  a0 <- sum(a)
  delta <- log((yi + a) / (ni + a0 - yi - a)) - log((yj + a) / (nj + a0 - yj - a))
  v <- 1 / (yi + a) + 1 / (yj + a)
  list(delta = delta, var = v, z = delta / sqrt(v))
}
g2w <- function(yi, yj, ni = sum(yi), nj = sum(yj)) {
  sapply(seq_along(yi), function(w) {
    O <- matrix(c(yi[w], yj[w], ni - yi[w], nj - yj[w]), 2)
    N <- sum(O); E <- outer(rowSums(O), colSums(O)) / N
    G <- 2 * sum(ifelse(O > 0, O * log(O / E), 0))
    q <- 1 + (N / sum(O[1, ]) + N / sum(O[2, ]) - 1) *
             (N / sum(O[, 1]) + N / sum(O[, 2]) - 1) / (6 * N)
    G / q
  })
}
yi <- S$yi; yj <- S$yj
prior_pooled <- 10 * (yi + yj) / sum(yi + yj)
prior_unif <- rep(0.5 / length(yi), length(yi))
for (pr in list(list("pooled", prior_pooled), list("unif", prior_unif))) {
  r <- fw(yi, yj, pr[[2]])
  for (w in seq_along(yi)) {
    k <- paste0("fw.", pr[[1]], ".", w - 1)
    put(paste0(k, ".delta"), r$delta[w]); put(paste0(k, ".var"), r$var[w])
    put(paste0(k, ".z"), r$z[w])
  }
}
for (w in seq_along(yi)) put(paste0("fw.prior_pooled.", w - 1), prior_pooled[w])
g <- g2w(yi, yj)
for (w in seq_along(yi)) {
  put(paste0("g2.", w - 1), g[w])
  put(paste0("g2p.", w - 1), pchisq(g[w], 1, lower.tail = FALSE))
}
# With explicit totals (the counts are a subset of a larger vocabulary).
g <- g2w(yi, yj, 5000, 6000)
for (w in seq_along(yi)) put(paste0("g2tot.", w - 1), g[w])
r <- fw(yi, yj, prior_pooled, 5000, 6000)
for (w in seq_along(yi)) put(paste0("fwtot.", w - 1, ".z"), r$z[w])

# 8c. Precision / recall / F1 of counts.
prf <- function(tp, fp, fn) c(p = tp / (tp + fp), r = tp / (tp + fn), f1 = 2 * tp / (2 * tp + fp + fn))
v <- prf(7, 3, 5)
for (nm in names(v)) put(paste0("prf.7_3_5.", nm), v[[nm]])
