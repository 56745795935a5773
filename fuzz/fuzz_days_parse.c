/* SPDX-License-Identifier: MIT */
/* libFuzzer target: csisms_days_parse (doc/rules-model.md §1) against a reference parser.
 * Invariants: the status and value equal the reference's (grammar digits
 * ["." digits], rounded up to 0.5 day, EINVAL before ERANGE); the output is
 * untouched on error; a parsed value formats and parses back to itself. */
#include "fuzz.h"

/* Reference: halfdays of text, or a negative status. */
static int reference(const char *t, int32_t *out)
{
    const char *p = t;
    int64_t whole = 0;
    int over = 0;

    if (*p < '0' || *p > '9')
        return CSISMS_EINVAL;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (!over) {
            whole = whole * 10 + (*p - '0');
            over = whole > INT32_MAX;
        }
    }
    int extra = 0; /* ⌈2 × fraction⌉: 0, 1 or 2 */
    if (*p == '.') {
        p++;
        if (*p < '0' || *p > '9')
            return CSISMS_EINVAL;
        char first = *p++;
        int rest_nonzero = 0;
        for (; *p >= '0' && *p <= '9'; p++)
            rest_nonzero |= *p != '0';
        if (first > '5' || (first == '5' && rest_nonzero))
            extra = 2;
        else if (first != '0' || rest_nonzero)
            extra = 1;
    }
    if (*p != '\0')
        return CSISMS_EINVAL;
    if (over || 2 * whole + extra > INT32_MAX)
        return CSISMS_ERANGE;
    *out = (int32_t)(2 * whole + extra);
    return CSISMS_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstring(data, size);
    int32_t got = FUZZ_SENTINEL_I32, want = FUZZ_SENTINEL_I32;
    int rc = csisms_days_parse(text, &got);
    int wrc = reference(text, &want);

    FUZZ_CHECK(rc == wrc, "csisms_days_parse(\"%s\") returned %d, expected %d", text, rc, wrc);
    FUZZ_CHECK(got == want, "csisms_days_parse(\"%s\") gave %ld, expected %ld", text, (long)got,
               (long)want);
    if (rc == CSISMS_OK) {
        char buf[16];
        int32_t back = FUZZ_SENTINEL_I32;
        int n = csisms_days_format(got, buf, sizeof buf);
        FUZZ_CHECK(n > 0 && (size_t)n == strlen(buf), "csisms_days_format(%ld) returned %d",
                   (long)got, n);
        FUZZ_CHECK(csisms_days_parse(buf, &back) == CSISMS_OK && back == got,
                   "days round trip %ld -> \"%s\" -> %ld", (long)got, buf, (long)back);
    }
    free(text);
    return 0;
}
