/*
 * dates.h - calendar dates of score rows: "YYYY-MM-DD" parsing, ISO 8601
 * weeks and day numbers (proleptic Gregorian, no time zones).
 */
#ifndef FSC_DATES_H
#define FSC_DATES_H

/* Days since 1970-01-01 of a civil date (any year). */
long fsc__days_from_civil(long y, long m, long d);
/* The civil date of a day number. */
void fsc__civil_from_days(long z, long *y, long *m, long *d);
/* Parse "YYYY-MM-DD" at the start of s (anything but a digit may follow,
 * e.g. "T10:00"). Returns 1 and the parts for a real calendar date. */
int fsc__parse_date(const char *s, long *y, long *m, long *d);
/* ISO 8601 week of a date, "YYYY-Www" (the year of the week's Thursday). */
void fsc__iso_week(long y, long m, long d, char out[32]);

#endif
