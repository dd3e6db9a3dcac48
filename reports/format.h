/*
 * format.h - the one place that formats numbers and quotes fields for every
 * output format, so JSON, CSV, Markdown and HTML agree digit for digit.
 */
#ifndef FSC_FORMAT_H
#define FSC_FORMAT_H

#include "buf.h"

#include <stddef.h>

/**
 * Format a finite double with at most 6 decimals, trailing zeros removed
 * ("12.5", "3", "0.000123"). Non-finite values give "" and return 0;
 * otherwise return 1. `out` needs 40 bytes.
 */
int fsc__fmt_num(double v, char out[40]);

/** Append s[0..len) to b as one CSV field (RFC 4180 quoting when needed). */
fsc_status fsc__csv_field(fsc_buf *b, const char *s, size_t len);

#endif
