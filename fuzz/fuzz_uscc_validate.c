/* SPDX-License-Identifier: MIT */
/* libFuzzer target: csisms_uscc_validate (doc/rules-model.md §6, GB 32100-2015) against a
 * reference. Invariants: OK exactly for 18 symbols of the 31-symbol set with
 * the right check character; ECHECKSUM when only the check character is
 * wrong; EINVAL otherwise. A valid code stays valid in a buffer of exactly
 * 19 bytes; replacing its check character by any other symbol gives
 * ECHECKSUM. */
#include "fuzz.h"

static const char symbols[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

static int value_of(char c)
{
    const char *p = c ? strchr(symbols, c) : NULL;
    return p ? (int)(p - symbols) : -1;
}

static int check_value(const char *code)
{
    int sum = 0, weight = 1;
    for (int i = 0; i < 17; i++) {
        sum += value_of(code[i]) * weight;
        weight = weight * 3 % 31;
    }
    return (31 - sum % 31) % 31;
}

static int reference(const char *code)
{
    if (strlen(code) != 18)
        return CSISMS_EINVAL;
    for (int i = 0; i < 18; i++)
        if (value_of(code[i]) < 0)
            return CSISMS_EINVAL;
    return check_value(code) == value_of(code[17]) ? CSISMS_OK : CSISMS_ECHECKSUM;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_cstring(data, size);
    int rc = csisms_uscc_validate(text);
    int wrc = reference(text);

    FUZZ_CHECK(rc == wrc, "csisms_uscc_validate(\"%s\") returned %d, expected %d", text, rc, wrc);
    {
        /* csisms_uscc_check agrees with validate; a checksum error is at
         * position 18 and names the character the reference computes. */
        int st = 99;
        size_t pos = 99;
        char want = 'x';
        FUZZ_CHECK(csisms_uscc_check(text, &st, &pos, &want) == CSISMS_OK,
                   "csisms_uscc_check(\"%s\") failed", text);
        FUZZ_CHECK(st == rc, "csisms_uscc_check(\"%s\") status %d, validate %d", text, st, rc);
        FUZZ_CHECK(rc != CSISMS_OK || pos == 0, "csisms_uscc_check(\"%s\") position %zu", text, pos);
        if (rc == CSISMS_ECHECKSUM)
            FUZZ_CHECK(pos == 18 && want == symbols[check_value(text)],
                       "csisms_uscc_check(\"%s\") position %zu, expected '%c'", text, pos, want);
    }
    if (rc == CSISMS_OK || rc == CSISMS_ECHECKSUM) {
        /* Every wrong check character is ECHECKSUM, the right one OK. */
        char code[19];
        memcpy(code, text, 19);
        int right = check_value(code);
        for (int v = 0; v < 31; v++) {
            code[17] = symbols[v];
            int r = csisms_uscc_validate(code);
            FUZZ_CHECK(r == (v == right ? CSISMS_OK : CSISMS_ECHECKSUM),
                       "csisms_uscc_validate(\"%s\") returned %d", code, r);
        }
    }
    free(text);
    return 0;
}
