/* SPDX-License-Identifier: MIT */
/* libFuzzer target: csisms_date_parse (doc/rules-model.md §2) against a reference parser.
 * Invariants: same status and value as the reference (exactly "YYYY-MM-DD",
 * "YYYYMMDD" or "YYYY年M月D日" with one- or two-digit month and day, of a
 * real day in 0001 … 9999; a real day of year 0000 is ERANGE); output
 * untouched on error; a parsed date is valid and formats to a text that
 * parses back to it. */
#include "fuzz.h"
#include "oracle.h"

static int digits(const char *p, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return 0;
        v = v * 10 + (p[i] - '0');
    }
    *value = v;
    return 1;
}

/* One or two digits at *p followed by the literal tail; advances *p. */
static int small_number(const char **p, const char *tail, int *value)
{
    const char *s = *p;
    int n = 0;
    while (n < 3 && s[n] >= '0' && s[n] <= '9')
        n++;
    if (n < 1 || n > 2 || !digits(s, n, value))
        return 0;
    s += n;
    size_t tn = strlen(tail);
    if (strncmp(s, tail, tn) != 0)
        return 0;
    *p = s + tn;
    return 1;
}

static int reference(const char *t, csisms_date *out)
{
    int y, m, d;
    size_t n = strlen(t);

    if (n == 10 && t[4] == '-' && t[7] == '-' && digits(t, 4, &y) && digits(t + 5, 2, &m) &&
        digits(t + 8, 2, &d)) {
        /* YYYY-MM-DD */
    } else if (n == 8 && digits(t, 4, &y) && digits(t + 4, 2, &m) && digits(t + 6, 2, &d)) {
        /* YYYYMMDD */
    } else {
        const char *p = t + 4;
        if (n < 4 || !digits(t, 4, &y) || strncmp(p, "年", strlen("年")) != 0)
            return CSISMS_EINVAL;
        p += strlen("年");
        if (!small_number(&p, "月", &m) || !small_number(&p, "日", &d) || *p != '\0')
            return CSISMS_EINVAL;
    }
    if (m < 1 || m > 12 || d < 1 || d > or_month_days(y, m))
        return CSISMS_EINVAL;
    /* Year 0000 is a real day of the proleptic Gregorian calendar (1 BC, a
     * leap year), well-formed but not representable: results before
     * 0001-01-01 are ERANGE, and a syntax error comes first
     * (doc/interpretations.md I-6). */
    if (y == 0)
        return CSISMS_ERANGE;
    int64_t date = (int64_t)y * 10000 + m * 100 + d;
    if (!or_valid(date))
        return CSISMS_EINVAL;
    *out = (csisms_date)date;
    return CSISMS_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstring(data, size);
    csisms_date got = FUZZ_SENTINEL_I32, want = FUZZ_SENTINEL_I32;
    int rc = csisms_date_parse(text, &got);
    int wrc = reference(text, &want);

    FUZZ_CHECK(rc == wrc, "csisms_date_parse(\"%s\") returned %d, expected %d", text, rc, wrc);
    FUZZ_CHECK(got == want, "csisms_date_parse(\"%s\") gave %ld, expected %ld", text, (long)got,
               (long)want);
    if (rc == CSISMS_OK) {
        char buf[11];
        csisms_date back = FUZZ_SENTINEL_I32;
        FUZZ_CHECK(csisms_date_valid(got) == 1, "parsed date %ld is not valid", (long)got);
        FUZZ_CHECK(csisms_date_format(got, buf, sizeof buf) == 10,
                   "csisms_date_format(%ld) did not write 10 characters", (long)got);
        FUZZ_CHECK(csisms_date_parse(buf, &back) == CSISMS_OK && back == got,
                   "date round trip %ld -> \"%s\" -> %ld", (long)got, buf, (long)back);
    }
    free(text);
    return 0;
}
