# framescope from R: a thin layer over libframescope (framescope/simple.h).
# Every article is scored by the C library and comes back as the JSON row
# `framescope score -f jsonl` writes for it; the data frames below are read
# from those rows, so the numbers are the CLI's.

.tidy_cols <- c("id", "outlet", "date", "lang", "status", "reason", "tokens",
                "category", "count", "negated", "rate", "weighted",
                "authorial", "quoted", "attributed", "out_of_scope",
                "in_scope", "title_status", "title_tokens", "title_count")

#' Load and compile lexicons: NULL for the bundled set (as `framescope
#' score`), else lexicon files or directories (as `framescope score -l`).
fs_model <- function(lexicons = NULL, no_bundled = FALSE) {
  paths <- if (is.null(lexicons)) character() else path.expand(as.character(lexicons))
  p <- .Call(fs_model_open, paths, isTRUE(no_bundled))
  structure(list(ptr = p, categories = .Call(fs_model_categories, p)),
            class = "fs_model")
}

#' Category names ("LEXICON:ID") of a model.
fs_categories <- function(model) model$categories

print.fs_model <- function(x, ...) {
  cat("<framescope model:", length(x$categories), "categories>\n")
  invisible(x)
}

.col <- function(df, name) {
  if (!is.null(name) && name %in% names(df)) as.character(df[[name]]) else NULL
}

#' Score rows as JSON strings (one per text).
fs_score_json <- function(text, model = fs_model(), id = NULL, outlet = NULL,
                          date = NULL, lang = NULL, title = NULL,
                          matches = TRUE) {
  chr <- function(v) if (is.null(v)) character() else as.character(v)
  .Call(fs_score_rows, model$ptr, enc2utf8(as.character(text)), chr(id),
        chr(outlet), chr(date), chr(lang), chr(title), isTRUE(matches))
}

.num <- function(x, default = 0) if (is.null(x)) default else as.numeric(x)

.tidy_row <- function(row, categories) {
  f <- row$framescope
  get <- function(x) if (is.null(x)) NA_character_ else as.character(x)
  base <- list(id = get(row$id), outlet = get(row$outlet),
               date = get(row$date),
               lang = get(if (is.null(f$lang)) row$lang else f$lang),
               status = get(f$status), reason = get(f$reason),
               tokens = if (is.null(f$tokens)) NA_real_ else as.numeric(f$tokens),
               title_status = get(f$title_status),
               title_tokens = if (is.null(f$title_tokens)) NA_real_
                              else as.numeric(f$title_tokens))
  if (!identical(f$status, "scored")) {
    out <- as.data.frame(base, stringsAsFactors = FALSE)
    for (c in setdiff(.tidy_cols, names(out))) out[[c]] <- NA
    return(out[.tidy_cols])
  }
  k <- length(categories)
  cnt <- neg <- rate <- wt <- au <- qu <- at <- oos <- tc <- numeric(k)
  ins <- rep(NA, k)
  for (j in seq_len(k)) {
    c <- f$categories[[categories[j]]]
    lex <- sub(":.*", "", categories[j])
    sc <- f$scope[[lex]]
    cnt[j] <- .num(c$count); neg[j] <- .num(c$negated)
    rate[j] <- .num(c$rate); wt[j] <- .num(c$weighted)
    au[j] <- .num(c$voice$authorial); qu[j] <- .num(c$voice$quoted)
    at[j] <- .num(c$voice$attributed)
    tc[j] <- .num(c$title_count)
    oos[j] <- if (is.null(sc)) NA_real_ else .num(c$out_of_scope)
    if (!is.null(sc)) ins[j] <- isTRUE(sc$in_scope)
  }
  data.frame(base, category = categories, count = cnt, negated = neg,
             rate = rate, weighted = wt, authorial = au, quoted = qu,
             attributed = at, out_of_scope = oos, in_scope = ins,
             title_count = tc, stringsAsFactors = FALSE)[.tidy_cols]
}

.rows_to_df <- function(rows, categories, shape = "tidy", value = "rate") {
  parsed <- lapply(rows, jsonlite::fromJSON, simplifyVector = FALSE)
  if (is.null(categories)) {
    categories <- unique(unlist(lapply(parsed, function(r)
      names(r$framescope$categories))))
  }
  tidy <- do.call(rbind, lapply(parsed, .tidy_row, categories = categories))
  if (is.null(tidy)) {
    tidy <- as.data.frame(setNames(replicate(length(.tidy_cols), logical(),
                                             simplify = FALSE), .tidy_cols))
  }
  rownames(tidy) <- NULL
  if (shape == "tidy") return(tidy)
  if (shape != "wide") stop('shape must be "tidy" or "wide"')
  keys <- c("id", "outlet", "date", "lang", "status", "tokens")
  first <- !duplicated(tidy[keys])
  wide <- tidy[first, keys]
  key <- do.call(paste, c(tidy[keys], sep = "\r"))
  wkey <- do.call(paste, c(wide, sep = "\r"))
  for (cat in categories) {
    sel <- !is.na(tidy$category) & tidy$category == cat
    wide[[cat]] <- tidy[[value]][sel][match(wkey, key[sel])]
  }
  rownames(wide) <- NULL
  wide
}

#' Score the texts of a data frame (column `text`; id, outlet, date, lang
#' and title columns are used when present) or a character vector.
#' shape = "tidy": one row per article x category (the columns of
#' `framescope score -f csv`); "wide": one row per article, a column per
#' category holding `value`.
fs_score <- function(df, text = "text", model = NULL, shape = "tidy",
                     value = "rate", lexicons = NULL, id = "id",
                     outlet = "outlet", date = "date", lang = "lang",
                     title = "title") {
  if (is.null(model)) model <- fs_model(lexicons)
  if (is.character(df)) df <- data.frame(text = df, stringsAsFactors = FALSE)
  if (!text %in% names(df)) stop("no column \"", text, "\" in the data")
  rows <- fs_score_json(df[[text]], model, id = .col(df, id),
                        outlet = .col(df, outlet), date = .col(df, date),
                        lang = .col(df, lang), title = .col(df, title),
                        matches = FALSE)
  .rows_to_df(rows, model$categories, shape, value)
}

#' Read score rows written by `framescope score`: JSON Lines (.jsonl, tidy
#' or wide as in fs_score) or CSV (-f csv, read as is).
fs_read_rows <- function(path, shape = "tidy", value = "rate") {
  if (grepl("\\.csv$", path, ignore.case = TRUE))
    return(utils::read.csv(path, stringsAsFactors = FALSE,
                           na.strings = "", encoding = "UTF-8"))
  lines <- readLines(path, encoding = "UTF-8", warn = FALSE)
  .rows_to_df(lines[nzchar(trimws(lines))], NULL, shape, value)
}

#' Every match of the texts of a data frame (as fs_score takes them), one
#' row per match. `zone` is "title" or "text": start/end (bytes) and
#' cp_start/cp_end (code points) are offsets into that zone's string, the
#' article's title or its text.
fs_matches <- function(df, text = "text", model = NULL, lexicons = NULL,
                       id = "id", outlet = "outlet", date = "date",
                       lang = "lang", title = "title") {
  if (is.null(model)) model <- fs_model(lexicons)
  if (is.character(df)) df <- data.frame(text = df, stringsAsFactors = FALSE)
  if (!text %in% names(df)) stop("no column \"", text, "\" in the data")
  rows <- fs_score_json(df[[text]], model, id = .col(df, id),
                        outlet = .col(df, outlet), date = .col(df, date),
                        lang = .col(df, lang), title = .col(df, title),
                        matches = TRUE)
  one <- function(line) {
    r <- jsonlite::fromJSON(line, simplifyVector = FALSE)
    ms <- r$framescope$matches
    if (!length(ms)) return(NULL)
    g <- function(m, k, d = NA) if (is.null(m[[k]])) d else m[[k]]
    data.frame(
      id = rep(as.character(r$id), length(ms)),
      zone = vapply(ms, g, "", k = "zone", d = "text"),
      term = vapply(ms, g, "", k = "term"),
      lexicon = vapply(ms, g, "", k = "lexicon"),
      categories = vapply(ms, function(m) paste(unlist(m$categories),
                                                collapse = ";"), ""),
      start = vapply(ms, g, 0, k = "start"),
      end = vapply(ms, g, 0, k = "end"),
      cp_start = vapply(ms, g, 0, k = "cp_start"),
      cp_end = vapply(ms, g, 0, k = "cp_end"),
      surface = vapply(ms, g, "", k = "surface"),
      negated = vapply(ms, g, FALSE, k = "negated"),
      voice = vapply(ms, function(m) as.character(g(m, "voice", NA)), ""),
      stringsAsFactors = FALSE)
  }
  out <- do.call(rbind, lapply(rows, one))
  if (is.null(out))
    out <- data.frame(id = character(), zone = character(),
                      term = character(), lexicon = character(),
                      categories = character(), start = numeric(),
                      end = numeric(), cp_start = numeric(),
                      cp_end = numeric(), surface = character(),
                      negated = logical(), voice = character(),
                      stringsAsFactors = FALSE)
  rownames(out) <- NULL
  out
}
