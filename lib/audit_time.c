/* SPDX-License-Identifier: MIT */
/* Audit time: Appendix A, 4.5.1, 5.2, 6.2, 10.2 (doc/rules-model.md §1).
 *
 * Every duration is an int32_t count of half person-days ("halfdays").
 * Every derived figure goes through round_up_half(), the rules' one rounding
 * ("向上取整至0.5人天"); all arithmetic is exact 64-bit integer arithmetic. */
#include "csisms.h"

#include <stdint.h>

/* Appendix A, ISMS audit time table: inclusive upper bound of each band of
 * effective persons and the initial audit time (stage 1 + stage 2). */
static const struct isms_row {
    uint32_t upper;
    int32_t halfdays;
} isms_table[] = {
    {10, 10},   {15, 12},   {25, 14},   {45, 17},   {65, 20},   {85, 22},
    {125, 24},  {175, 26},  {275, 28},  {425, 30},  {625, 33},  {875, 35},
    {1175, 37}, {1550, 39}, {2025, 42}, {2675, 44}, {3450, 46}, {4350, 48},
    {5450, 50}, {6800, 52}, {8500, 54}, {10700, 56},
};
#define ISMS_ROWS (sizeof isms_table / sizeof isms_table[0])

/* The table's progression continued beyond 10700 persons (doc/rules-model.md
 * §1, doc/interpretations.md I-2):
 * band k has upper bound U_k = U_{k-1} + ceil(U_{k-1} / 4), U_0 = 10700, and
 * lasts 28 + k days; the band that holds UINT32_MAX is the last.  Derived
 * data, written by lib/gen-isms-bands.sh and checked band by band against
 * the rule by tests/check_audit_time.c. */
static const struct isms_row isms_extrapolated[] = {
    {13375u, 58},     {16719u, 60},     {20899u, 62},     {26124u, 64},
    {32655u, 66},     {40819u, 68},     {51024u, 70},     {63780u, 72},
    {79725u, 74},     {99657u, 76},     {124572u, 78},    {155715u, 80},
    {194644u, 82},    {243305u, 84},    {304132u, 86},    {380165u, 88},
    {475207u, 90},    {594009u, 92},    {742512u, 94},    {928140u, 96},
    {1160175u, 98},   {1450219u, 100},  {1812774u, 102},  {2265968u, 104},
    {2832460u, 106},  {3540575u, 108},  {4425719u, 110},  {5532149u, 112},
    {6915187u, 114},  {8643984u, 116},  {10804980u, 118}, {13506225u, 120},
    {16882782u, 122}, {21103478u, 124}, {26379348u, 126}, {32974185u, 128},
    {41217732u, 130}, {51522165u, 132}, {64402707u, 134}, {80503384u, 136},
    {100629230u, 138}, {125786538u, 140}, {157233173u, 142}, {196541467u, 144},
    {245676834u, 146}, {307096043u, 148}, {383870054u, 150}, {479837568u, 152},
    {599796960u, 154}, {749746200u, 156}, {937182750u, 158}, {1171478438u, 160},
    {1464348048u, 162}, {1830435060u, 164}, {2288043825u, 166}, {2860054782u, 168},
    {3575068478u, 170}, {4294967295u, 172},
};
#define EXTRAPOLATED_ROWS (sizeof isms_extrapolated / sizeof isms_extrapolated[0])
_Static_assert(ISMS_ROWS <= 64 && EXTRAPOLATED_ROWS <= 64, "band_search takes up to 64 rows");
_Static_assert(ISMS_ROWS + EXTRAPOLATED_ROWS == 80, "doc/rules-model.md §1: 80 bands");

/* The first of n <= 64 rows (sorted by upper bound) whose upper bound is at
 * least personnel; the last row's bound must be at least personnel.  A binary
 * search in six fixed steps of 32, 16, ... 1 rows: O(log n). */
static inline const struct isms_row *band_search(const struct isms_row *rows, size_t n,
                                                 uint32_t personnel)
{
    size_t below = 0; /* rows known to end below personnel */

#pragma GCC unroll 6
    for (int bit = 5; bit >= 0; bit--) {
        size_t next = below + ((size_t)1 << bit);
        if (next <= n && rows[next - 1].upper < personnel)
            below = next;
    }
    return &rows[below];
}

/* The band at index: O(1).  Returns 0 and fills the band, or -1 past the last. */
static int band_at(uint32_t index, uint32_t *lower, uint32_t *upper, int32_t *halfdays)
{
    const struct isms_row *row, *previous;

    if (index < ISMS_ROWS) {
        row = &isms_table[index];
        previous = index > 0 ? row - 1 : NULL;
    } else if (index - ISMS_ROWS < EXTRAPOLATED_ROWS) {
        row = &isms_extrapolated[index - ISMS_ROWS];
        previous = index > ISMS_ROWS ? row - 1 : &isms_table[ISMS_ROWS - 1];
    } else {
        return -1;
    }
    *lower = previous != NULL ? previous->upper + 1u : 1u;
    *upper = row->upper;
    *halfdays = row->halfdays;
    return 0;
}

CSISMS_API int csisms_isms_band(uint32_t index, uint32_t *lower, uint32_t *upper,
                                int32_t *halfdays)
{
    uint32_t lo, hi;
    int32_t hd;

    if (!lower || !upper || !halfdays)
        return CSISMS_EINVAL;
    if (band_at(index, &lo, &hi, &hd) != 0)
        return CSISMS_ENOTFOUND;
    *lower = lo;
    *upper = hi;
    *halfdays = hd;
    return CSISMS_OK;
}

CSISMS_API int csisms_isms_audit_days(uint32_t personnel, int32_t *halfdays)
{
    if (!halfdays || personnel == 0)
        return CSISMS_EINVAL;
    /* The bands cover 1 ... UINT32_MAX: the last extrapolated bound is UINT32_MAX. */
    if (personnel <= isms_table[ISMS_ROWS - 1].upper)
        *halfdays = band_search(isms_table, ISMS_ROWS, personnel)->halfdays;
    else
        *halfdays = band_search(isms_extrapolated, EXTRAPOLATED_ROWS, personnel)->halfdays;
    return CSISMS_OK;
}

CSISMS_API int csisms_round_up_half(int64_t numerator, int64_t denominator, int32_t *halfdays)
{
    if (!halfdays || numerator < 0 || denominator <= 0)
        return CSISMS_EINVAL;
    /* halfdays = ceil(2n / d), without forming 2n (which may overflow):
     * n = q d + r, and ceil(2r / d) is 0, 1 (0 < r <= d/2) or 2. */
    int64_t q = numerator / denominator;
    int64_t r = numerator % denominator;
    int64_t extra = r == 0 ? 0 : r <= denominator - r ? 1 : 2;
    if (q > INT32_MAX / 2 || 2 * q + extra > INT32_MAX)
        return CSISMS_ERANGE;
    *halfdays = (int32_t)(2 * q + extra);
    return CSISMS_OK;
}

/* ratio(T) = round up to 0.5 day of (num/den) × T/2 days, for T >= 1. */
static int scaled(int32_t halfdays, int64_t num, int64_t den, int32_t *out)
{
    if (!out || halfdays < 1)
        return CSISMS_EINVAL;
    return csisms_round_up_half((int64_t)halfdays * num, 2 * den, out);
}

CSISMS_API int csisms_initial_audit_days(int32_t isms_halfdays, int basis, int32_t *halfdays)
{
    int32_t half;
    int rc;

    if (!halfdays || isms_halfdays < 1)
        return CSISMS_EINVAL;
    switch (basis) {
    case CSISMS_BASIS_NONE:
        *halfdays = isms_halfdays;
        return CSISMS_OK;
    case CSISMS_BASIS_ISMS_CERT: /* 0.5 H + 1 day */
        rc = scaled(isms_halfdays, 1, 2, &half);
        if (rc == CSISMS_OK)
            *halfdays = half + 2; /* half <= 2^30, cannot overflow */
        return rc;
    case CSISMS_BASIS_ISMS_CERT_HERE: /* 0.5 H */
        return scaled(isms_halfdays, 1, 2, halfdays);
    case CSISMS_BASIS_COMBINED: /* 0.4 H */
        return scaled(isms_halfdays, 2, 5, halfdays);
    default:
        return CSISMS_EINVAL;
    }
}

CSISMS_API int csisms_audit_days(uint32_t personnel, int basis, int32_t *halfdays)
{
    int32_t isms;

    if (!halfdays || personnel == 0)
        return CSISMS_EINVAL;
    if (basis < CSISMS_BASIS_NONE || basis > CSISMS_BASIS_COMBINED)
        return CSISMS_EINVAL;
    csisms_isms_audit_days(personnel, &isms);
    return csisms_initial_audit_days(isms, basis, halfdays);
}

CSISMS_API int csisms_min_reduced_days(int32_t halfdays, int32_t *min_halfdays)
{
    return scaled(halfdays, 7, 10, min_halfdays); /* 4.5.1.1: at most 30 % less */
}

CSISMS_API int csisms_min_onsite_days(int32_t halfdays, int32_t *min_halfdays)
{
    return scaled(halfdays, 4, 5, min_halfdays); /* 4.5.1.2: at least 80 % on site */
}

CSISMS_API int csisms_surveillance_days(int32_t initial_halfdays, int32_t *halfdays)
{
    return scaled(initial_halfdays, 1, 3, halfdays); /* 5.2: 1/3 */
}

CSISMS_API int csisms_surveillance_cycle_min_days(int32_t initial_halfdays, int32_t *halfdays)
{
    return scaled(initial_halfdays, 2, 3, halfdays); /* 5.2: at least 2/3 in a cycle */
}

CSISMS_API int csisms_recert_min_days(int32_t initial_halfdays, int32_t *halfdays)
{
    return scaled(initial_halfdays, 2, 3, halfdays); /* 6.2: at least 2/3 */
}

CSISMS_API int csisms_combined_min_days(const int32_t *halfdays, size_t count,
                                        int32_t *min_halfdays)
{
    /* Beyond this sum, 80 % of it exceeds INT32_MAX halfdays anyway. */
    const uint64_t cap = (uint64_t)INT32_MAX * 2u;
    uint64_t sum = 0;

    if (!halfdays || !min_halfdays || count < 2)
        return CSISMS_EINVAL;
    for (size_t i = 0; i < count; i++)
        if (halfdays[i] < 1)
            return CSISMS_EINVAL;
    for (size_t i = 0; i < count && sum <= cap; i++)
        sum += (uint64_t)halfdays[i];
    if (sum > cap)
        return CSISMS_ERANGE;
    /* 10.2: at least 80 % of the sum: ceil(4 sum / 5) halfdays. */
    return csisms_round_up_half((int64_t)sum * 4, 10, min_halfdays);
}

CSISMS_API int csisms_days_format(int32_t halfdays, char *buf, size_t size)
{
    char tmp[16];
    size_t len = 0;
    int32_t whole;

    if (!buf || halfdays < 0)
        return CSISMS_EINVAL;
    whole = halfdays / 2;
    do { /* digits, reversed */
        tmp[len++] = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    size_t need = len + (halfdays % 2 ? 2u : 0u);
    if (size < need + 1)
        return CSISMS_ENOSPC;
    for (size_t i = 0; i < len; i++)
        buf[i] = tmp[len - 1 - i];
    if (halfdays % 2) {
        buf[len] = '.';
        buf[len + 1] = '5';
    }
    buf[need] = '\0';
    return (int)need;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

CSISMS_API int csisms_days_parse(const char *text, int32_t *halfdays)
{
    const char *p, *frac = NULL;
    uint64_t whole = 0;
    int extra = 0;

    if (!text || !halfdays)
        return CSISMS_EINVAL;
    /* Syntax first: DIGITS [ "." DIGITS ]. */
    p = text;
    if (!is_digit(*p))
        return CSISMS_EINVAL;
    while (is_digit(*p))
        p++;
    if (*p == '.') {
        frac = ++p;
        if (!is_digit(*p))
            return CSISMS_EINVAL;
        while (is_digit(*p))
            p++;
    }
    if (*p != '\0')
        return CSISMS_EINVAL;

    /* Then the value, saturating once it is out of range. */
    for (p = text; is_digit(*p); p++) {
        whole = whole * 10u + (uint64_t)(*p - '0');
        if (whole > INT32_MAX)
            return CSISMS_ERANGE;
    }
    if (frac) {
        /* The fraction f in [0, 1) adds 0 (f = 0), 1 (0 < f <= 0.5) or 2 halfdays. */
        int first = *frac - '0', rest_nonzero = 0;
        for (p = frac + 1; is_digit(*p); p++)
            rest_nonzero |= *p != '0';
        if (first > 5 || (first == 5 && rest_nonzero))
            extra = 2;
        else if (first > 0 || rest_nonzero)
            extra = 1;
    }
    if (2 * whole + (uint64_t)extra > INT32_MAX)
        return CSISMS_ERANGE;
    *halfdays = (int32_t)(2 * whole + (uint64_t)extra);
    return CSISMS_OK;
}
