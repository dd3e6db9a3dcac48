/*
 * dates.c - civil dates for grouping score rows by day, week and month.
 * Day numbers follow H. Hinnant's days_from_civil algorithms.
 */
#include "dates.h"

#include <stdio.h>

long fsc__days_from_civil(long y, long m, long d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void fsc__civil_from_days(long z, long *y, long *m, long *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

int fsc__parse_date(const char *s, long *y, long *m, long *d)
{
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    if (s[10] >= '0' && s[10] <= '9')
        return 0;
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
         (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    static const int mdays[] = { 31, 28, 31, 30, 31, 30,
                                 31, 31, 30, 31, 30, 31 };
    if (*m < 1 || *m > 12 || *d < 1)
        return 0;
    long leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
    return *d <= mdays[*m - 1] + (*m == 2 ? leap : 0);
}

void fsc__iso_week(long y, long m, long d, char out[32])
{
    long z = fsc__days_from_civil(y, m, d);
    long wd = ((z % 7) + 7 + 3) % 7 + 1; /* 1970-01-01 was a Thursday */
    long thu = z + 4 - wd, ty, tm, td;
    fsc__civil_from_days(thu, &ty, &tm, &td);
    long week = (thu - fsc__days_from_civil(ty, 1, 1)) / 7 + 1;
    snprintf(out, 32, "%04d-W%02d", (int)(ty % 10000), (int)(week % 100));
}
