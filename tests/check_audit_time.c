/* SPDX-License-Identifier: MIT */
/* Audit time (doc/rules-model.md §1): Appendix A, its notes, 4.5.1, 5.2, 6.2, 10.2.
 * Expected values are typed from the rules' table and worked out by hand
 * (halfdays: 17 = 8.5 days); the extrapolated bands are checked against
 * the worked examples of doc/rules-model.md §1 and an independent recomputation. */
#include <check.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

#define SENTINEL ((int32_t)0x5A5A5A5A)

/* Appendix A, typed from the rules: band, initial audit time in days × 2. */
static const struct {
    uint32_t lower, upper;
    int32_t halfdays;
} seed_table[] = {
    {1, 10, 10},        /* 5 */
    {11, 15, 12},       /* 6 */
    {16, 25, 14},       /* 7 */
    {26, 45, 17},       /* 8.5 */
    {46, 65, 20},       /* 10 */
    {66, 85, 22},       /* 11 */
    {86, 125, 24},      /* 12 */
    {126, 175, 26},     /* 13 */
    {176, 275, 28},     /* 14 */
    {276, 425, 30},     /* 15 */
    {426, 625, 33},     /* 16.5 */
    {626, 875, 35},     /* 17.5 */
    {876, 1175, 37},    /* 18.5 */
    {1176, 1550, 39},   /* 19.5 */
    {1551, 2025, 42},   /* 21 */
    {2026, 2675, 44},   /* 22 */
    {2676, 3450, 46},   /* 23 */
    {3451, 4350, 48},   /* 24 */
    {4351, 5450, 50},   /* 25 */
    {5451, 6800, 52},   /* 26 */
    {6801, 8500, 54},   /* 27 */
    {8501, 10700, 56},  /* 28 */
};
#define SEED_ROWS ((int)(sizeof seed_table / sizeof seed_table[0]))

static int32_t isms(uint32_t n)
{
    int32_t hd = SENTINEL;
    ck_assert_int_eq(csisms_isms_audit_days(n, &hd), CSISMS_OK);
    return hd;
}

/* Every row boundary: n-1, n, n+1 around both ends. */
START_TEST(table_row_boundaries)
{
    uint32_t lo = seed_table[_i].lower, hi = seed_table[_i].upper;
    int32_t t = seed_table[_i].halfdays;

    ck_assert_int_eq(isms(lo), t);
    ck_assert_int_eq(isms(lo + 1), t);
    ck_assert_int_eq(isms(hi - 1 >= lo ? hi - 1 : lo), t);
    ck_assert_int_eq(isms(hi), t);
    if (_i > 0)
        ck_assert_int_eq(isms(lo - 1), seed_table[_i - 1].halfdays);
    if (_i + 1 < SEED_ROWS)
        ck_assert_int_eq(isms(hi + 1), seed_table[_i + 1].halfdays);
    else
        ck_assert_int_eq(isms(hi + 1), 58); /* 10701: 29 days */

    uint32_t l = 0, u = 0;
    int32_t h = 0;
    ck_assert_int_eq(csisms_isms_band((uint32_t)_i, &l, &u, &h), CSISMS_OK);
    ck_assert_uint_eq(l, lo);
    ck_assert_uint_eq(u, hi);
    ck_assert_int_eq(h, t);
}
END_TEST

/* doc/rules-model.md §1's extrapolated bands, by hand: 10700 + ceil(10700/4) = 13375, ... */
static const struct {
    uint32_t index, lower, upper;
    int32_t halfdays;
} spec_bands[] = {
    {22, 10701, 13375, 58}, /* 29 days */
    {23, 13376, 16719, 60}, /* 30: 13375 + 3344 */
    {24, 16720, 20899, 62}, /* 31: 16719 + 4180 */
    {25, 20900, 26124, 64}, /* 32: 20899 + 5225 */
    {79, 3575068479u, 4294967295u, 172}, /* 86 days, the last band */
};

START_TEST(extrapolated_bands)
{
    uint32_t l = 0, u = 0;
    int32_t h = 0;
    ck_assert_int_eq(csisms_isms_band(spec_bands[_i].index, &l, &u, &h), CSISMS_OK);
    ck_assert_uint_eq(l, spec_bands[_i].lower);
    ck_assert_uint_eq(u, spec_bands[_i].upper);
    ck_assert_int_eq(h, spec_bands[_i].halfdays);
    ck_assert_int_eq(isms(spec_bands[_i].lower), spec_bands[_i].halfdays);
    ck_assert_int_eq(isms(spec_bands[_i].upper), spec_bands[_i].halfdays);
    if (spec_bands[_i].upper < UINT32_MAX)
        ck_assert_int_eq(isms(spec_bands[_i].upper + 1), spec_bands[_i].halfdays + 2);
    ck_assert_int_eq(isms(spec_bands[_i].lower - 1), spec_bands[_i].halfdays - 2);
}
END_TEST

/* An independent walk of the progression: bands are contiguous, each a day
 * longer, 80 of them, the last ending at UINT32_MAX. */
START_TEST(extrapolation_reference)
{
    unsigned long long upper = 10700; /* U_0 */
    uint32_t index = 22;
    int32_t days2 = 56;

    while (upper < 4294967295ull) {
        unsigned long long next = upper + upper / 4 + (upper % 4 != 0);
        uint32_t l = 0, u = 0;
        int32_t h = 0;
        days2 += 2;
        ck_assert_int_eq(csisms_isms_band(index, &l, &u, &h), CSISMS_OK);
        ck_assert_uint_eq(l, upper + 1);
        ck_assert_uint_eq(u, next > 4294967295ull ? 4294967295ull : next);
        ck_assert_int_eq(h, days2);
        upper = next;
        index++;
    }
    ck_assert_uint_eq(index, 80);
    ck_assert_int_eq(days2, 172);
}
END_TEST

START_TEST(band_errors)
{
    uint32_t l = 7, u = 7;
    int32_t h = 7;
    ck_assert_int_eq(csisms_isms_band(80, &l, &u, &h), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_isms_band(UINT32_MAX, &l, &u, &h), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_isms_band(0, NULL, &u, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_isms_band(0, &l, NULL, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_isms_band(0, &l, &u, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_isms_band(80, NULL, &u, &h), CSISMS_EINVAL); /* NULL first */
    ck_assert_uint_eq(l, 7);
    ck_assert_uint_eq(u, 7);
    ck_assert_int_eq(h, 7);
}
END_TEST

START_TEST(isms_limits_and_errors)
{
    int32_t h = SENTINEL;
    ck_assert_int_eq(isms(UINT32_MAX), 172);
    ck_assert_int_eq(isms(UINT32_MAX - 1), 172);
    ck_assert_int_eq(isms(3575068478u), 170);
    ck_assert_int_eq(csisms_isms_audit_days(0, &h), CSISMS_EINVAL);
    ck_assert_int_eq(h, SENTINEL);
    ck_assert_int_eq(csisms_isms_audit_days(10, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_isms_audit_days(0, NULL), CSISMS_EINVAL);
}
END_TEST

/* Every basis on every table value, from the notes' own words:
 * (1) 0.5 x + 1 day, (1) here 0.5 x, (2) 0.4 x, each rounded up to 0.5 day.
 * In halfdays H: 0.5 x (H/2 days) = H/4 days -> ceil(H/2) halfdays, etc. */
START_TEST(basis_on_every_row)
{
    int32_t H = seed_table[_i].halfdays, got;
    int32_t quarter_days_up = (H + 1) / 2;    /* ceil(2 * H/4) */
    int32_t fifth_days_up = (2 * H + 4) / 5;  /* ceil(2 * H/5) */

    ck_assert_int_eq(csisms_initial_audit_days(H, CSISMS_BASIS_NONE, &got), CSISMS_OK);
    ck_assert_int_eq(got, H);
    ck_assert_int_eq(csisms_initial_audit_days(H, CSISMS_BASIS_ISMS_CERT, &got), CSISMS_OK);
    ck_assert_int_eq(got, quarter_days_up + 2);
    ck_assert_int_eq(csisms_initial_audit_days(H, CSISMS_BASIS_ISMS_CERT_HERE, &got), CSISMS_OK);
    ck_assert_int_eq(got, quarter_days_up);
    ck_assert_int_eq(csisms_initial_audit_days(H, CSISMS_BASIS_COMBINED, &got), CSISMS_OK);
    ck_assert_int_eq(got, fifth_days_up);

    for (int b = CSISMS_BASIS_NONE; b <= CSISMS_BASIS_COMBINED; b++) {
        int32_t direct = SENTINEL, via = SENTINEL;
        ck_assert_int_eq(csisms_audit_days(seed_table[_i].upper, b, &direct), CSISMS_OK);
        ck_assert_int_eq(csisms_initial_audit_days(H, b, &via), CSISMS_OK);
        ck_assert_int_eq(direct, via);
    }
}
END_TEST

/* doc/rules-model.md §1 worked examples. */
START_TEST(worked_examples)
{
    int32_t h;
    ck_assert_int_eq(csisms_audit_days(120, CSISMS_BASIS_NONE, &h), CSISMS_OK);
    ck_assert_int_eq(h, 24);  /* 12 days */
    ck_assert_int_eq(csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT, &h), CSISMS_OK);
    ck_assert_int_eq(h, 14);  /* 6 + 1 = 7 */
    ck_assert_int_eq(csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT_HERE, &h), CSISMS_OK);
    ck_assert_int_eq(h, 12);  /* 6 */
    ck_assert_int_eq(csisms_audit_days(120, CSISMS_BASIS_COMBINED, &h), CSISMS_OK);
    ck_assert_int_eq(h, 10);  /* 4.8 -> 5 */

    ck_assert_int_eq(csisms_audit_days(30, CSISMS_BASIS_NONE, &h), CSISMS_OK);
    ck_assert_int_eq(h, 17);  /* 8.5 */
    ck_assert_int_eq(csisms_audit_days(30, CSISMS_BASIS_ISMS_CERT, &h), CSISMS_OK);
    ck_assert_int_eq(h, 11);  /* 4.25 + 1 -> 5.5 */
    ck_assert_int_eq(csisms_audit_days(30, CSISMS_BASIS_COMBINED, &h), CSISMS_OK);
    ck_assert_int_eq(h, 7);   /* 3.4 -> 3.5 */
    ck_assert_int_eq(csisms_min_reduced_days(17, &h), CSISMS_OK);
    ck_assert_int_eq(h, 12);  /* 5.95 -> 6 */
    ck_assert_int_eq(csisms_min_onsite_days(17, &h), CSISMS_OK);
    ck_assert_int_eq(h, 14);  /* 6.8 -> 7 */
    ck_assert_int_eq(csisms_surveillance_days(17, &h), CSISMS_OK);
    ck_assert_int_eq(h, 6);   /* 2.83 -> 3 */
    ck_assert_int_eq(csisms_surveillance_cycle_min_days(17, &h), CSISMS_OK);
    ck_assert_int_eq(h, 12);  /* 5.67 -> 6 */
    ck_assert_int_eq(csisms_recert_min_days(17, &h), CSISMS_OK);
    ck_assert_int_eq(h, 12);  /* 5.67 -> 6 */
}
END_TEST

START_TEST(basis_limits_and_errors)
{
    int32_t h = SENTINEL;
    ck_assert_int_eq(csisms_initial_audit_days(1, CSISMS_BASIS_ISMS_CERT, &h), CSISMS_OK);
    ck_assert_int_eq(h, 3);  /* 0.125 -> 0.5, + 1 day */
    ck_assert_int_eq(csisms_initial_audit_days(1, CSISMS_BASIS_COMBINED, &h), CSISMS_OK);
    ck_assert_int_eq(h, 1);  /* 0.2 -> 0.5 */
    ck_assert_int_eq(csisms_initial_audit_days(INT32_MAX, CSISMS_BASIS_NONE, &h), CSISMS_OK);
    ck_assert_int_eq(h, INT32_MAX);
    ck_assert_int_eq(csisms_initial_audit_days(INT32_MAX, CSISMS_BASIS_ISMS_CERT, &h), CSISMS_OK);
    ck_assert_int_eq(h, 1073741826);  /* ceil(2147483647/2) + 2 */
    ck_assert_int_eq(csisms_initial_audit_days(INT32_MAX, CSISMS_BASIS_ISMS_CERT_HERE, &h),
                     CSISMS_OK);
    ck_assert_int_eq(h, 1073741824);
    ck_assert_int_eq(csisms_initial_audit_days(INT32_MAX, CSISMS_BASIS_COMBINED, &h), CSISMS_OK);
    ck_assert_int_eq(h, 858993459);   /* ceil(4294967294/5) = 858993458.8 -> 858993459 */
    ck_assert_int_eq(csisms_audit_days(UINT32_MAX, CSISMS_BASIS_NONE, &h), CSISMS_OK);
    ck_assert_int_eq(h, 172);
    ck_assert_int_eq(csisms_audit_days(UINT32_MAX, CSISMS_BASIS_COMBINED, &h), CSISMS_OK);
    ck_assert_int_eq(h, 69);          /* 86 x 0.4 = 34.4 -> 34.5 */

    h = SENTINEL;
    ck_assert_int_eq(csisms_initial_audit_days(0, CSISMS_BASIS_NONE, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_initial_audit_days(-1, CSISMS_BASIS_NONE, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_initial_audit_days(INT32_MIN, CSISMS_BASIS_NONE, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_initial_audit_days(10, -1, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_initial_audit_days(10, 4, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_initial_audit_days(10, CSISMS_BASIS_NONE, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_audit_days(0, CSISMS_BASIS_NONE, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_audit_days(10, 4, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_audit_days(10, INT32_MIN, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_audit_days(10, CSISMS_BASIS_NONE, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(h, SENTINEL);
}
END_TEST

/* Derived figures: T, then the expected halfdays, worked out by hand. */
typedef int derive_fn(int32_t, int32_t *);
static const struct {
    derive_fn *fn;
    const char *name;
    int32_t t, expected;
} derived[] = {
    /* 4.5.1.1 ceil(7T/10) */
    {csisms_min_reduced_days, "min_reduced", 1, 1},        /* 0.7 */
    {csisms_min_reduced_days, "min_reduced", 10, 7},       /* 7.0 exactly */
    {csisms_min_reduced_days, "min_reduced", 24, 17},      /* 16.8 */
    {csisms_min_reduced_days, "min_reduced", 30, 21},      /* 21.0 */
    {csisms_min_reduced_days, "min_reduced", INT32_MAX, 1503238553}, /* 1503238552.9 */
    /* 4.5.1.2 ceil(4T/5) */
    {csisms_min_onsite_days, "min_onsite", 1, 1},          /* 0.8 */
    {csisms_min_onsite_days, "min_onsite", 5, 4},          /* 4.0 */
    {csisms_min_onsite_days, "min_onsite", 24, 20},        /* 19.2 */
    {csisms_min_onsite_days, "min_onsite", INT32_MAX, 1717986918}, /* 1717986917.6 */
    /* 5.2 ceil(T/3) */
    {csisms_surveillance_days, "surveillance", 1, 1},
    {csisms_surveillance_days, "surveillance", 3, 1},
    {csisms_surveillance_days, "surveillance", 4, 2},
    {csisms_surveillance_days, "surveillance", 24, 8},
    {csisms_surveillance_days, "surveillance", INT32_MAX, 715827883},
    /* 5.2 ceil(2T/3) */
    {csisms_surveillance_cycle_min_days, "cycle_min", 1, 1},
    {csisms_surveillance_cycle_min_days, "cycle_min", 3, 2},
    {csisms_surveillance_cycle_min_days, "cycle_min", 4, 3},
    {csisms_surveillance_cycle_min_days, "cycle_min", INT32_MAX, 1431655765},
    /* 6.2 ceil(2T/3) */
    {csisms_recert_min_days, "recert_min", 1, 1},
    {csisms_recert_min_days, "recert_min", 2, 2},
    {csisms_recert_min_days, "recert_min", 24, 16},
    {csisms_recert_min_days, "recert_min", INT32_MAX, 1431655765},
};

START_TEST(derived_values)
{
    int32_t h = SENTINEL;
    ck_assert_msg(derived[_i].fn(derived[_i].t, &h) == CSISMS_OK, "%s(%d)", derived[_i].name,
                  derived[_i].t);
    ck_assert_msg(h == derived[_i].expected, "%s(%d) = %d, expected %d", derived[_i].name,
                  derived[_i].t, h, derived[_i].expected);
}
END_TEST

static derive_fn *const derive_fns[] = {
    csisms_min_reduced_days, csisms_min_onsite_days, csisms_surveillance_days,
    csisms_surveillance_cycle_min_days, csisms_recert_min_days,
};

START_TEST(derived_errors)
{
    int32_t h = SENTINEL;
    ck_assert_int_eq(derive_fns[_i](0, &h), CSISMS_EINVAL);
    ck_assert_int_eq(derive_fns[_i](-1, &h), CSISMS_EINVAL);
    ck_assert_int_eq(derive_fns[_i](INT32_MIN, &h), CSISMS_EINVAL);
    ck_assert_int_eq(derive_fns[_i](10, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(h, SENTINEL);
}
END_TEST

START_TEST(combined)
{
    int32_t h = SENTINEL;
    const int32_t a[] = {24, 17};              /* 20.5 days x 0.8 = 16.4 -> 16.5 */
    const int32_t ones[] = {1, 1};             /* 1 day x 0.8 = 0.8 -> 1 */
    const int32_t three[] = {10, 10, 10};      /* 15 x 0.8 = 12 */
    const int32_t top[] = {INT32_MAX, 536870911};  /* sum 2684354558: ceil(4s/5) = INT32_MAX */
    const int32_t over[] = {INT32_MAX, 536870912}; /* one more: 2147483648 */
    const int32_t huge[] = {INT32_MAX, INT32_MAX, INT32_MAX, INT32_MAX};
    const int32_t bad_last[] = {INT32_MAX, INT32_MAX, 0};
    const int32_t bad_first[] = {-5, 10};

    ck_assert_int_eq(csisms_combined_min_days(a, 2, &h), CSISMS_OK);
    ck_assert_int_eq(h, 33);
    ck_assert_int_eq(csisms_combined_min_days(ones, 2, &h), CSISMS_OK);
    ck_assert_int_eq(h, 2);
    ck_assert_int_eq(csisms_combined_min_days(three, 3, &h), CSISMS_OK);
    ck_assert_int_eq(h, 24);
    ck_assert_int_eq(csisms_combined_min_days(top, 2, &h), CSISMS_OK);
    ck_assert_int_eq(h, INT32_MAX);

    h = SENTINEL;
    ck_assert_int_eq(csisms_combined_min_days(over, 2, &h), CSISMS_ERANGE);
    ck_assert_int_eq(csisms_combined_min_days(huge, 4, &h), CSISMS_ERANGE);
    ck_assert_int_eq(csisms_combined_min_days(bad_last, 3, &h), CSISMS_EINVAL); /* EINVAL first */
    ck_assert_int_eq(csisms_combined_min_days(bad_first, 2, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_combined_min_days(a, 1, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_combined_min_days(a, 0, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_combined_min_days(NULL, 2, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_combined_min_days(a, 2, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(h, SENTINEL);
}
END_TEST

static const struct {
    int64_t num, den;
    int rc;
    int32_t expected;
} rounding[] = {
    {24, 5, CSISMS_OK, 10},                /* 4.8 -> 5 */
    {0, 1, CSISMS_OK, 0},
    {0, INT64_MAX, CSISMS_OK, 0},
    {1, 2, CSISMS_OK, 1},                  /* 0.5 exactly */
    {1, 3, CSISMS_OK, 1},                  /* 0.33 -> 0.5 */
    {2, 3, CSISMS_OK, 2},                  /* 0.67 -> 1 */
    {1, 1, CSISMS_OK, 2},
    {17, 2, CSISMS_OK, 17},                /* 8.5 exactly */
    {3, 2, CSISMS_OK, 3},
    {51, 10, CSISMS_OK, 11},               /* 5.1 -> 5.5 */
    {56, 10, CSISMS_OK, 12},               /* 5.6 -> 6 */
    {1, INT64_MAX, CSISMS_OK, 1},          /* tiny -> 0.5 */
    {INT64_MAX, INT64_MAX, CSISMS_OK, 2},  /* exactly 1 */
    {INT64_MAX - 1, INT64_MAX, CSISMS_OK, 2},
    {INT64_MAX / 2, INT64_MAX, CSISMS_OK, 1},  /* just under 0.5 */
    {INT64_MAX / 2 + 1, INT64_MAX, CSISMS_OK, 2}, /* just over 0.5 */
    {2147483647, 2, CSISMS_OK, INT32_MAX}, /* 1073741823.5 days */
    {1073741823, 1, CSISMS_OK, 2147483646},
    {2147483648, 2, CSISMS_ERANGE, 0},     /* 1073741824 days */
    {1073741824, 1, CSISMS_ERANGE, 0},
    {INT64_MAX, 1, CSISMS_ERANGE, 0},      /* 2n would overflow int64 */
    {INT64_MAX, 2, CSISMS_ERANGE, 0},
    {-1, 1, CSISMS_EINVAL, 0},
    {INT64_MIN, 1, CSISMS_EINVAL, 0},
    {1, 0, CSISMS_EINVAL, 0},
    {1, -1, CSISMS_EINVAL, 0},
    {-1, 0, CSISMS_EINVAL, 0},
};

START_TEST(round_up_half_table)
{
    int32_t h = SENTINEL;
    ck_assert_int_eq(csisms_round_up_half(rounding[_i].num, rounding[_i].den, &h), rounding[_i].rc);
    ck_assert_int_eq(h, rounding[_i].rc == CSISMS_OK ? rounding[_i].expected : SENTINEL);
}
END_TEST

START_TEST(round_up_half_null)
{
    ck_assert_int_eq(csisms_round_up_half(1, 1, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_round_up_half(-1, 0, NULL), CSISMS_EINVAL);
}
END_TEST

static const struct {
    int32_t halfdays;
    const char *text;
} formats[] = {
    {17, "8.5"}, {10, "5"}, {1, "0.5"}, {0, "0"}, {2, "1"}, {21, "10.5"}, {200, "100"},
    {INT32_MAX, "1073741823.5"}, {INT32_MAX - 1, "1073741823"},
};

START_TEST(days_format_table)
{
    char buf[32];
    size_t len = strlen(formats[_i].text);

    memset(buf, 'x', sizeof buf);
    ck_assert_int_eq(csisms_days_format(formats[_i].halfdays, buf, sizeof buf), (int)len);
    ck_assert_str_eq(buf, formats[_i].text);
    /* Exactly enough room. */
    memset(buf, 'x', sizeof buf);
    ck_assert_int_eq(csisms_days_format(formats[_i].halfdays, buf, len + 1), (int)len);
    ck_assert_str_eq(buf, formats[_i].text);
    /* One byte short: ENOSPC, nothing written. */
    memset(buf, 'x', sizeof buf);
    ck_assert_int_eq(csisms_days_format(formats[_i].halfdays, buf, len), CSISMS_ENOSPC);
    for (size_t k = 0; k < sizeof buf; k++)
        ck_assert_int_eq(buf[k], 'x');
    /* And back. */
    int32_t h = SENTINEL;
    ck_assert_int_eq(csisms_days_parse(formats[_i].text, &h), CSISMS_OK);
    ck_assert_int_eq(h, formats[_i].halfdays);
}
END_TEST

START_TEST(days_format_errors)
{
    char buf[4] = "abc";
    ck_assert_int_eq(csisms_days_format(-1, buf, sizeof buf), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_days_format(INT32_MIN, buf, sizeof buf), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_days_format(1, NULL, 0), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_days_format(1, NULL, 100), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_days_format(0, buf, 0), CSISMS_ENOSPC);
    ck_assert_int_eq(csisms_days_format(0, buf, 1), CSISMS_ENOSPC);
    ck_assert_str_eq(buf, "abc");
}
END_TEST

START_TEST(days_format_round_trip)
{
    /* Every halfday count up to 100000 days, by an independent formatter.
     * Plain comparisons: ck_assert costs a pipe write each time. */
    for (int32_t h = 0; h <= 200000; h++) {
        char buf[16], ref[16];
        int n = csisms_days_format(h, buf, sizeof buf);
        int m = h % 2 ? snprintf(ref, sizeof ref, "%d.5", h / 2) : snprintf(ref, sizeof ref, "%d", h / 2);
        int32_t back = -1;
        if (n != m || strcmp(buf, ref) != 0)
            ck_abort_msg("format(%d) = \"%s\" (%d), expected \"%s\"", h, buf, n, ref);
        if (csisms_days_parse(buf, &back) != CSISMS_OK || back != h)
            ck_abort_msg("parse(\"%s\") = %d, expected %d", buf, back, h);
    }
}
END_TEST

static const struct {
    const char *text;
    int rc;
    int32_t halfdays;
} parses[] = {
    {"8.5", CSISMS_OK, 17},
    {"8.50", CSISMS_OK, 17},
    {"3.4", CSISMS_OK, 7},        /* rounded up to 3.5 */
    {"12", CSISMS_OK, 24},
    {"0", CSISMS_OK, 0},
    {"007", CSISMS_OK, 14},
    {"0.0", CSISMS_OK, 0},
    {"0.5", CSISMS_OK, 1},
    {"0.5000000000000000000000000000", CSISMS_OK, 1},
    {"0.5000000000000000000000000001", CSISMS_OK, 2},
    {"0.4999999999999999999999999999", CSISMS_OK, 1},
    {"0.0000000000000000000000000001", CSISMS_OK, 1},
    {"4.8", CSISMS_OK, 10},
    {"5.01", CSISMS_OK, 11},
    {"5.6", CSISMS_OK, 12},
    {"5.9", CSISMS_OK, 12},
    {"000000000000000000000000000001", CSISMS_OK, 2},
    {"1073741823.5", CSISMS_OK, INT32_MAX},
    {"1073741823.4", CSISMS_OK, INT32_MAX},
    {"1073741823", CSISMS_OK, INT32_MAX - 1},
    {"1073741823.6", CSISMS_ERANGE, 0},   /* rounds to 1073741824 days */
    {"1073741824", CSISMS_ERANGE, 0},
    {"99999999999999999999999", CSISMS_ERANGE, 0},
    {"99999999999999999999999x", CSISMS_EINVAL, 0}, /* syntax before range */
    {"", CSISMS_EINVAL, 0},
    {".5", CSISMS_EINVAL, 0},
    {"5.", CSISMS_EINVAL, 0},
    {"+5", CSISMS_EINVAL, 0},
    {"-5", CSISMS_EINVAL, 0},
    {"5e1", CSISMS_EINVAL, 0},
    {" 5", CSISMS_EINVAL, 0},
    {"5 ", CSISMS_EINVAL, 0},
    {"5,5", CSISMS_EINVAL, 0},
    {"5..5", CSISMS_EINVAL, 0},
    {"1.2.3", CSISMS_EINVAL, 0},
    {"0x10", CSISMS_EINVAL, 0},
    {"\xef\xbc\x95", CSISMS_EINVAL, 0},   /* full-width 5 */
    {".", CSISMS_EINVAL, 0},
    {"5\n", CSISMS_EINVAL, 0},
};

START_TEST(days_parse_table)
{
    int32_t h = SENTINEL;
    ck_assert_msg(csisms_days_parse(parses[_i].text, &h) == parses[_i].rc, "'%s'", parses[_i].text);
    ck_assert_int_eq(h, parses[_i].rc == CSISMS_OK ? parses[_i].halfdays : SENTINEL);
}
END_TEST

START_TEST(days_parse_null)
{
    int32_t h = SENTINEL;
    ck_assert_int_eq(csisms_days_parse(NULL, &h), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_days_parse("5", NULL), CSISMS_EINVAL);
    ck_assert_int_eq(h, SENTINEL);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("audit_time");
    TCase *tc = tcase_create("table");
    tcase_add_loop_test(tc, table_row_boundaries, 0, SEED_ROWS);
    tcase_add_loop_test(tc, extrapolated_bands, 0, (int)(sizeof spec_bands / sizeof spec_bands[0]));
    tcase_add_test(tc, extrapolation_reference);
    tcase_add_test(tc, band_errors);
    tcase_add_test(tc, isms_limits_and_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("basis");
    tcase_add_loop_test(tc, basis_on_every_row, 0, SEED_ROWS);
    tcase_add_test(tc, worked_examples);
    tcase_add_test(tc, basis_limits_and_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("derived");
    tcase_add_loop_test(tc, derived_values, 0, (int)(sizeof derived / sizeof derived[0]));
    tcase_add_loop_test(tc, derived_errors, 0, (int)(sizeof derive_fns / sizeof derive_fns[0]));
    tcase_add_test(tc, combined);
    suite_add_tcase(s, tc);

    tc = tcase_create("rounding");
    tcase_add_loop_test(tc, round_up_half_table, 0, (int)(sizeof rounding / sizeof rounding[0]));
    tcase_add_test(tc, round_up_half_null);
    tcase_add_loop_test(tc, days_format_table, 0, (int)(sizeof formats / sizeof formats[0]));
    tcase_add_test(tc, days_format_errors);
    tcase_add_test(tc, days_format_round_trip);
    tcase_add_loop_test(tc, days_parse_table, 0, (int)(sizeof parses / sizeof parses[0]));
    tcase_add_test(tc, days_parse_null);
    suite_add_tcase(s, tc);

    return run_suite(s);
}
