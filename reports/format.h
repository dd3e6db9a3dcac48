/*
 * format.h - the one place that formats numbers and quotes fields for every
 * output format, so JSON, CSV, Markdown and HTML agree digit for digit.
 */
#ifndef FSC_FORMAT_H
#define FSC_FORMAT_H

#include "buf.h"

#include <stddef.h>

/**
 * Format a finite double for machine formats (JSON, JSON Lines, CSV): the
 * shortest "%.Ng" (N = 1..17) that strtod reads back as exactly the same
 * double ("12.5", "3", "5.48e-05", "0.1"); integers below 2^53 without
 * exponent; -0 as "0". A p-value is never written 0 unless it is 0.
 * Non-finite values give "" and return 0; otherwise return 1. `out` needs
 * 40 bytes. Every machine writer uses it; tables and prose use
 * fsc__fmt_round.
 */
int fsc__fmt_num(double v, char out[40]);
/** fsc__fmt_num without its integer-only shortest search (2^-19 <= |v| <
 *  2^53): the binary search over precisions it replaced, for the unit test
 *  that compares the two. */
int fsc__fmt_num_search(double v, char out[40]);

/**
 * The 17 significant digits of a finite a > 0 exactly as "%.16e" prints
 * them (rounded to nearest, ties to even), into d[0..17) (no NUL); returns
 * the decimal exponent of the first digit. *tail says how a compares with
 * those digits: -1 below, 0 equal, 1 above, 2 unknown (computed by
 * snprintf: a below 2^-19 or from 2^53 on, or subnormal). Exposed for the
 * unit test; fsc__fmt_num is its user.
 */
int fsc__fmt_digits17(double a, char d[17], int *tail);

/**
 * Format a finite double for people (tables, tooltips, prose): at most 6
 * decimals, trailing zeros removed ("12.5", "3", "0.000123"). Non-finite
 * values give "" and return 0. `out` needs 40 bytes.
 */
int fsc__fmt_round(double v, char out[40]);

/** Append s[0..len) to b as one CSV field (RFC 4180 quoting when needed).
 *  For numbers and fixed words; text from articles, lexicons or users goes
 *  through fsc__csv_text_field(). */
fsc_status fsc__csv_field(fsc_buf *b, const char *s, size_t len);

/**
 * Append a text cell (anything from an article, a lexicon or a user) as one
 * CSV field, guarded against formula injection (OWASP): a cell that begins
 * with '=', '+', '-', '@', TAB or CR gets a leading apostrophe, so that
 * spreadsheets show it as text. So that the guard can be undone exactly, a
 * cell that begins with apostrophes followed by one of those characters
 * ("'=x") gets one too. Never use it for numbers ("-1.5" must stay one).
 */
fsc_status fsc__csv_text_field(fsc_buf *b, const char *s, size_t len);

/**
 * Bytes to skip at the start of a CSV text cell read back (s[0..len), after
 * RFC 4180 unquoting) to undo fsc__csv_text_field(): 1 when the cell is an
 * apostrophe followed by apostrophes and one of = + - @ TAB CR, else 0.
 * Round trip: unguard(text_field(x)) == x for every x.
 */
size_t fsc__csv_text_unguard(const char *s, size_t len);

/**
 * Append s[0..len) escaped for HTML text or attribute values: & < > " ' =
 * become references; invalid UTF-8 bytes become \x{XX}; C0 controls
 * control pictures (ESC: U+241B); C1 controls and the bidi controls
 * U+202A-U+202E, U+2066-U+2069 \u{XX}. With `text`, those visible escapes
 * are wrapped in <bdi class="ctl"> (element content only); LF, CR and TAB
 * become a space (line breaks are the caller's business).
 */
fsc_status fsc__html_esc(fsc_buf *b, const char *s, size_t len, int text);

/** Append "SEP NAME V (P%)" (P = 100 V / total, one decimal; no
 *  percentage when total is 0): a share in the article summaries. */
fsc_status fsc__fmt_share(fsc_buf *b, const char *sep, const char *name,
                          size_t v, size_t total);

/**
 * Append s[0..len) made inert for a terminal: C0 controls as control
 * pictures (␛ for ESC; LF kept, or " ¶ " when oneline; TAB kept, or a space
 * when oneline), DEL as ␡, C1 and bidirectional overrides/isolates as
 * \u{...} and invalid bytes as \x{..}, each of the last two wrapped in
 * FSI/PDI so that they read in either direction.
 */
fsc_status fsc__term_esc(fsc_buf *b, const char *s, size_t len, int oneline);

/**
 * Make b->data[from..b->len) inert for a terminal in place (as
 * fsc__term_esc, line breaks kept): for text tables, which have no control
 * characters of their own but show ids, outlets and names from the input.
 */
fsc_status fsc__term_sanitize(fsc_buf *b, size_t from);

#endif
