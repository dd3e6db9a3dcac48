/*
 * test_format.c - number formatting and CSV quoting shared by all outputs.
 */
#include "format.h"
#include "th.h"

#include <math.h>

static const char *num(double v)
{
    static char out[40];
    fsc__fmt_num(v, out);
    return out;
}

static const char *csv(const char *s)
{
    static fsc_buf b;
    fsc__buf_free(&b);
    fsc__buf_init(&b, 0);
    if (fsc__csv_field(&b, s, strlen(s)) != FSC_OK)
        return NULL;
    return b.data ? b.data : "";
}

int main(void)
{
    TH_EQ_STR(num(12.5), "12.5");
    TH_EQ_STR(num(3.0), "3");
    TH_EQ_STR(num(0.000123), "0.000123");
    TH_EQ_STR(num(1.0 / 3.0), "0.333333");
    TH_EQ_STR(num(-0.0000001), "0");
    TH_EQ_STR(num(1000.0 * 5 / 412), "12.135922");
    char out[40];
    TH_EQ_INT(fsc__fmt_num(NAN, out), 0);
    TH_EQ_STR(out, "");
    TH_EQ_INT(fsc__fmt_num(INFINITY, out), 0);

    TH_EQ_STR(csv("plain"), "plain");
    TH_EQ_STR(csv(""), "");
    TH_EQ_STR(csv("a,b"), "\"a,b\"");
    TH_EQ_STR(csv("say \"no\""), "\"say \"\"no\"\"\"");
    TH_EQ_STR(csv("two\nlines"), "\"two\nlines\"");
    TH_EQ_STR(csv("cr\rhere"), "\"cr\rhere\"");
    TH_EQ_STR(csv(" padded "), "\" padded \"");
    TH_EQ_STR(csv("الاحتلال"), "الاحتلال");
    TH_DONE();
}
