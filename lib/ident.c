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

#define USCC_LENGTH 18
#define USCC_MODULUS 31

/* GB 32100-2015 character set: 0-9 then A-Z without I, O, S, V, Z, values
 * 0-30.  Indexed by the byte, the value plus one (0: not in the set; no
 * locale: bytes, not characters). */
#define USCC(value) ((value) + 1)
static const uint8_t uscc_symbol[256] = {
    ['0'] = USCC(0),  ['1'] = USCC(1),  ['2'] = USCC(2),  ['3'] = USCC(3),
    ['4'] = USCC(4),  ['5'] = USCC(5),  ['6'] = USCC(6),  ['7'] = USCC(7),
    ['8'] = USCC(8),  ['9'] = USCC(9),  ['A'] = USCC(10), ['B'] = USCC(11),
    ['C'] = USCC(12), ['D'] = USCC(13), ['E'] = USCC(14), ['F'] = USCC(15),
    ['G'] = USCC(16), ['H'] = USCC(17), ['J'] = USCC(18), ['K'] = USCC(19),
    ['L'] = USCC(20), ['M'] = USCC(21), ['N'] = USCC(22), ['P'] = USCC(23),
    ['Q'] = USCC(24), ['R'] = USCC(25), ['T'] = USCC(26), ['U'] = USCC(27),
    ['W'] = USCC(28), ['X'] = USCC(29), ['Y'] = USCC(30),
};

/* The same set by value (value -> character); uscc_symbol above is its
 * inverse, and check_ident's tests hold the two together. */
static const char uscc_symbols[USCC_MODULUS + 1] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* The value of a byte in the set, -1 for any other. */
static int uscc_value(unsigned char c)
{
    return (int)uscc_symbol[c] - 1;
}

/* W_i = 3^(i-1) mod 31 for i = 1 … 17. */
static const uint8_t uscc_weights[USCC_LENGTH - 1] = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

/* O(1): 18 table look-ups. */
CSISMS_API int csisms_uscc_validate(const char *code)
{
    const unsigned char *s = (const unsigned char *)code;
    uint32_t sum = 0;
    int i, symbol, check;

    if (code == NULL)
        return CSISMS_EINVAL;
    /* Read at most 19 bytes: stop at the terminator (not in the set). */
    for (i = 0; i < USCC_LENGTH - 1; i++) {
        symbol = uscc_symbol[s[i]];
        if (symbol == 0)
            return CSISMS_EINVAL; /* too short, or outside the set */
        sum += (uint32_t)(symbol - 1) * uscc_weights[i];
    }
    symbol = uscc_symbol[s[USCC_LENGTH - 1]];
    if (symbol == 0 || s[USCC_LENGTH] != '\0')
        return CSISMS_EINVAL; /* too short, outside the set, or too long */
    check = (int)((USCC_MODULUS - sum % USCC_MODULUS) % USCC_MODULUS);
    return symbol - 1 == check ? CSISMS_OK : CSISMS_ECHECKSUM;
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

/* Length of the UTF-8 character at s: a lead byte followed by the right
 * number of continuation bytes (10xxxxxx) is one character; any other byte
 * is one on its own. */
static size_t utf8_length(const unsigned char *s)
{
    size_t n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3
             : (s[0] & 0xF8) == 0xF0 ? 4 : 1;
    for (size_t k = 1; k < n; k++)
        if ((s[k] & 0xC0) != 0x80)
            return 1; /* the NUL stops here too */
    return n;
}

CSISMS_API int csisms_uscc_check(const char *code, int *status, size_t *position, char *expected)
{
    const unsigned char *s = (const unsigned char *)code;
    uint32_t sum = 0;
    size_t chars = 0, bad = 0, symbols = 0;
    int check;

    if (code == NULL || status == NULL || position == NULL || expected == NULL)
        return CSISMS_EINVAL;
    /* The symbols before the first character outside the set (counted in
     * UTF-8 characters); the check value of the first 17 of them. */
    while (*s != '\0') {
        size_t n = utf8_length(s);
        int v = n == 1 ? uscc_value(*s) : -1;
        chars++;
        if (v < 0 && bad == 0)
            bad = chars;
        if (bad == 0 && symbols < USCC_LENGTH - 1)
            sum += (uint32_t)v * uscc_weights[symbols];
        if (bad == 0)
            symbols++;
        s += n;
    }
    check = (int)((USCC_MODULUS - sum % USCC_MODULUS) % USCC_MODULUS);
    *status = csisms_uscc_validate(code);
    *expected = symbols >= USCC_LENGTH - 1 ? uscc_symbols[check] : '\0';
    *position = bad != 0 ? bad : *status == CSISMS_ECHECKSUM ? (size_t)USCC_LENGTH : 0;
    return CSISMS_OK;
}
