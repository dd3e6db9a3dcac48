# terms_collocate.R - reference values for `framescope terms --collocate`
# (tests/unit/test_terms.c, test_collocate_r), computed independently in R
# from the definitions in framescope/terms.h:
#   node = a word starting with "war" (pattern "war*"), window 2 words each
#   side in the same sentence, stop words kept (--no-stopwords), min count 1;
#   window tokens = non-node words within 2 words of a node in the same
#   sentence; other tokens = every other non-node word.
#   G2 = 2 sum O ln(O/E) over [[O11, R1-O11], [O21, R2-O21]], PMI =
#   log2(O11/E11), p = chi-square upper tail (1 df), BH over every word with
#   O11 >= 1; listed: O11 > E11, by G2 (largest first), then key.
# Run from the repository root:
#   Rscript tests/terms_collocate.R > tests/data/terms/collocate-r.csv
lines <- readLines("tests/data/terms/collocate.txt", encoding = "UTF-8")
win <- character(0); oth <- character(0)
for (ln in lines) {
  for (s in strsplit(ln, "[.!?]")[[1]]) {
    w <- regmatches(tolower(s), gregexpr("[a-z]+", tolower(s)))[[1]]
    if (length(w) == 0) next
    node <- startsWith(w, "war")
    for (i in seq_along(w)) {
      if (node[i]) next
      lo <- max(1, i - 2); hi <- min(length(w), i + 2)
      near <- any(node[setdiff(lo:hi, i)])
      if (near) win <- c(win, w[i]) else oth <- c(oth, w[i])
    }
  }
}
R1 <- length(win); R2 <- length(oth); N <- R1 + R2
keys <- sort(unique(win))
xl <- function(o, e) ifelse(o > 0, o * log(o / e), 0)
res <- do.call(rbind, lapply(keys, function(k) {
  o11 <- sum(win == k); o21 <- sum(oth == k)
  c1 <- o11 + o21; c2 <- N - c1
  e11 <- R1 * c1 / N; e12 <- R1 * c2 / N; e21 <- R2 * c1 / N; e22 <- R2 * c2 / N
  g2 <- 2 * (xl(o11, e11) + xl(R1 - o11, e12) + xl(o21, e21) + xl(R2 - o21, e22))
  data.frame(key = k, count = o11, count_rest = o21, e11 = e11, g2 = g2,
             pmi = log2(o11 / e11), g2_p = pchisq(g2, 1, lower.tail = FALSE))
}))
res$g2_p_adj <- p.adjust(res$g2_p, method = "BH")
res <- res[res$count > res$e11, ]
res <- res[order(-res$g2, res$key), ]
cat(sprintf("# R1=%d R2=%d\n", R1, R2))
cat("key,count,count_rest,g2,pmi,g2_p,g2_p_adj\n")
for (i in seq_len(nrow(res)))
  cat(sprintf("%s,%d,%d,%.15g,%.15g,%.15g,%.15g\n", res$key[i], res$count[i],
              res$count_rest[i], res$g2[i], res$pmi[i], res$g2_p[i],
              res$g2_p_adj[i]))
