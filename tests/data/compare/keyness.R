# keyness.R - expected keyness values for tests/unit/test_compare.c
# (test_keyness), written from the formulas, not from framescope's code.
#
# Regenerate with (from the repository root):
#   Rscript tests/data/compare/keyness.R > tests/data/compare/keyness.out
# Term counts are hand-counted from the framing matches of voice-rows.jsonl
# (North = n1..n4, South = s1..s3); totals are the groups' tokens.
# Log-odds (Monroe, Colaresi and Quinn 2008, eq. 16) with a Dirichlet prior
# a_w, a0 = 500: pooled a_w = a0 (yi + yj) / (ni + nj), each term's share of
# the pair's tokens, the rest of a0 on the tokens that are not terms; or
# uniform a_w = a0 / V over the pair's V terms; delta = log((yi+a)/(ni+a0-yi-a)) -
# log((yj+a)/(nj+a0-yj-a)), var = 1/(yi+a) + 1/(yj+a), z = delta/sqrt(var).
# G2 of [[yi, ni-yi], [yj, nj-yj]] with Williams' correction
# q = 1 + (N/R1 + N/R2 - 1)(N/C1 + N/C2 - 1) / (6N); p = chi-square(1) tail.
put <- function(key, v) cat(key, "\t", sprintf("%.17g", as.numeric(v)), "\n", sep = "")
keyness <- function(label, terms, yi, yj, ni, nj, prior) {
  a0 <- 500
  a <- if (prior == "pooled") a0 * (yi + yj) / (ni + nj) else rep(a0 / length(yi), length(yi))
  delta <- log((yi + a) / (ni + a0 - yi - a)) - log((yj + a) / (nj + a0 - yj - a))
  v <- 1 / (yi + a) + 1 / (yj + a)
  z <- delta / sqrt(v)
  for (w in seq_along(terms)) {
    O <- matrix(c(yi[w], ni - yi[w], yj[w], nj - yj[w]), 2, byrow = TRUE)
    N <- sum(O); R <- rowSums(O); C <- colSums(O)
    E <- outer(R, C) / N
    g2 <- 2 * sum(ifelse(O > 0, O * log(O / E), 0))
    q <- 1 + (N / R[1] + N / R[2] - 1) * (N / C[1] + N / C[2] - 1) / (6 * N)
    g2 <- g2 / q
    k <- paste(label, prior, terms[w], sep = "|")
    put(paste("delta", k, sep = "|"), delta[w])
    put(paste("var", k, sep = "|"), v[w])
    put(paste("z", k, sep = "|"), z[w])
    put(paste("g2", k, sep = "|"), g2)
    put(paste("g2_p", k, sep = "|"), pchisq(g2, 1, lower.tail = FALSE))
  }
}
all_t <- c("occupation", "terrorist*", "Khankendi", "illegal armed*", "blockade*",
           "humanitarian crisis", "Stepanakert", "starv*", "ethnic* cleans*")
all_n <- c(3, 2, 2, 1, 0, 0, 0, 0, 0)
all_s <- c(0, 1, 0, 0, 3, 3, 3, 1, 1)
keyness("all", all_t, all_n, all_s, 65, 55, "pooled")
keyness("all", all_t, all_n, all_s, 65, 55, "uniform")
att_t <- c("occupation", "illegal armed*", "starv*", "blockade*", "ethnic* cleans*",
           "terrorist*", "Stepanakert", "humanitarian crisis")
keyness("attributed", att_t, c(1, 1, 0, 0, 0, 0, 0, 0), c(0, 0, 1, 2, 1, 1, 1, 1), 8, 27, "pooled")
# Corpus prior (test_keyness_corpus): three groups A, B, C of hand-made rows;
# a_w = a0 Y_w / N with Y_w the count of w over ALL groups and N all tokens
# of all groups, the same for every pair; a0 stays the full a0 = 500 (the mass
# of terms a pair does not use is in a0, not spread over its terms).
corpus <- function() {
  a0 <- 500
  terms <- c("t1", "t2", "t3")
  y <- list(A = c(3, 1, 0), B = c(1, 2, 0), C = c(0, 2, 5))
  n <- c(A = 100, B = 80, C = 120)
  Y <- y$A + y$B + y$C
  a <- a0 * Y / sum(n)
  for (p in list(c("A", "B"), c("A", "C"), c("B", "C"))) {
    yi <- y[[p[1]]]; yj <- y[[p[2]]]; ni <- n[[p[1]]]; nj <- n[[p[2]]]
    delta <- log((yi + a) / (ni + a0 - yi - a)) - log((yj + a) / (nj + a0 - yj - a))
    z <- delta / sqrt(1 / (yi + a) + 1 / (yj + a))
    for (w in seq_along(terms)) if (yi[w] + yj[w] > 0)
      put(paste("z", paste(p, collapse = "-"), "corpus", terms[w], sep = "|"), z[w])
  }
}
corpus()
