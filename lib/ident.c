/* SPDX-License-Identifier: MIT */
/*
 * libcsisms — identifiers and sampling (doc/rules-model.md §6).
 *
 * csisms_uscc_validate: the unified social credit code (统一社会信用代码,
 * GB 32100-2015) that 8.1(1) puts on every certificate.
 *
 * csisms_sample_sites: IAF MD 1's minimum sample of sites besides the central
 * function, ⌈c·√n⌉ for c = 1, 0.6, 0.8, computed exactly in integers.
 */
#include <stddef.h>
#include <stdint.h>

#include "csisms.h"

/* GB 32100-2015 character set in value order: 0–9 then A–Z without I, O, Z,
 * S, V.  Values 0–30. */
#define USCC_LENGTH 18
#define USCC_MODULUS 31

static const char uscc_symbols[USCC_MODULUS + 1] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* W_i = 3^(i-1) mod 31 for i = 1 … 17. */
static const uint8_t uscc_weights[USCC_LENGTH - 1] = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

/* Value of a code character, or -1 when it is outside the set.  No locale:
 * the bytes are compared with the table. */
static int uscc_value(unsigned char ch)
{
    int v;

    for (v = 0; v < USCC_MODULUS; v++) {
        if ((unsigned char)uscc_symbols[v] == ch)
            return v;
    }
    return -1;
}

CSISMS_API int csisms_uscc_validate(const char *code)
{
    int values[USCC_LENGTH];
    uint32_t sum = 0;
    int i, check;

    if (code == NULL)
        return CSISMS_EINVAL;
    /* Read at most 19 bytes: stop at the terminator. */
    for (i = 0; i < USCC_LENGTH; i++) {
        if (code[i] == '\0')
            return CSISMS_EINVAL; /* too short */
        values[i] = uscc_value((unsigned char)code[i]);
        if (values[i] < 0)
            return CSISMS_EINVAL;
    }
    if (code[USCC_LENGTH] != '\0')
        return CSISMS_EINVAL; /* too long */

    for (i = 0; i < USCC_LENGTH - 1; i++)
        sum += (uint32_t)values[i] * uscc_weights[i];
    check = (int)((USCC_MODULUS - sum % USCC_MODULUS) % USCC_MODULUS);
    return values[USCC_LENGTH - 1] == check ? CSISMS_OK : CSISMS_ECHECKSUM;
}

/* ⌊√x⌋ for any 64-bit x, bit by bit (no floating point). */
static uint64_t isqrt64(uint64_t x)
{
    uint64_t root = 0, bit = UINT64_C(1) << 62;

    while (bit > x)
        bit >>= 2;
    while (bit != 0) {
        if (x >= root + bit) {
            x -= root + bit;
            root = (root >> 1) + bit;
        } else {
            root >>= 1;
        }
        bit >>= 2;
    }
    return root;
}

CSISMS_API int csisms_sample_sites(uint32_t sites, int audit, uint32_t *sample)
{
    /* ⌈c·√n⌉ with c = f/5 is the smallest k with 25·k² ≥ f²·n, i.e. with
     * k² ≥ q = ⌈f²·n / 25⌉.  f²·n < 25·2^32, so all of it fits 64 bits. */
    uint64_t factor2, q, k;

    if (sample == NULL)
        return CSISMS_EINVAL;
    switch (audit) {
    case CSISMS_AUDIT_INITIAL:
        factor2 = 25; /* 1.0² = 25/25 */
        break;
    case CSISMS_AUDIT_SURVEILLANCE:
        factor2 = 9; /* 0.6² = 9/25 */
        break;
    case CSISMS_AUDIT_RECERT:
        factor2 = 16; /* 0.8² = 16/25 */
        break;
    default:
        return CSISMS_EINVAL;
    }
    if (sites == 0)
        return CSISMS_EINVAL;

    q = (factor2 * sites + 24) / 25;
    k = isqrt64(q);
    if (k * k < q)
        k++;
    *sample = (uint32_t)k;
    return CSISMS_OK;
}
