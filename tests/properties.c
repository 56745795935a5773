/* SPDX-License-Identifier: MIT */
/* Exhaustive properties over the ranges people use.
 *
 * Dates: every day from 1900-01-01 to 2100-12-31, walked with an independent
 * successor function (month lengths and the 4/100/400 leap rule written out
 * here), checking validity, formatting and parsing in all three forms,
 * add_days(±1) against the successor, diff_days against the walk's own count,
 * add_months (months −120 … +120 of a fixed set) against year/month
 * arithmetic with clamping, and then diff_days over it; and every period of
 * doc/rules-model.md §2 against those.
 * Audit time: every personnel count 1 … 100000: monotonic, matching its band
 * (bands re-derived: the rules' first and the recurrence of doc/rules-model.md §1 after 10700),
 * each basis and each derived figure never below the exact rule value and
 * less than 0.5 day (one halfday) above it. Sampling for 1 … 100000 sites,
 * day texts, rounding and the 10.2 combination likewise.
 *
 * Assertions in the loops are plain `if`s (Check's ck_assert records a
 * location on every success, far too slow for millions of checks); the
 * first failure stops the test and names the exact input. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

/* ------------------------------------------------------------ calendar */

typedef struct ymd {
    int y, m, d;
} ymd;

static int leap(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

static int month_length(int y, int m)
{
    static const int days[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && leap(y) ? 29 : days[m];
}

static ymd successor(ymd a)
{
    if (a.d < month_length(a.y, a.m)) {
        a.d++;
    } else if (a.m < 12) {
        a.m++;
        a.d = 1;
    } else {
        a.y++;
        a.m = 1;
        a.d = 1;
    }
    return a;
}

static csisms_date pack(ymd a)
{
    return a.y * 10000 + a.m * 100 + a.d;
}

static ymd unpack(csisms_date d)
{
    ymd a = { d / 10000, d / 100 % 100, d % 100 };
    return a;
}

/* Every day of 1890-01-01 … 2110-12-31 in order; the properties are checked
 * for 1900-01-01 … 2100-12-31, the margin holding their results. */
#define MAX_DAYS 81000
static csisms_date days[MAX_DAYS];
static int ndays, first, last; /* indexes of 1900-01-01 and 2100-12-31 */

static void build_days(void)
{
    ymd a = { 1890, 1, 1 };
    ndays = 0;
    while (a.y <= 2110) {
        if (ndays == MAX_DAYS)
            abort();
        if (pack(a) == 19000101)
            first = ndays;
        if (pack(a) == 21001231)
            last = ndays;
        days[ndays++] = pack(a);
        a = successor(a);
    }
}

/* Index of a date in days[], or -1. */
static int index_of(csisms_date d)
{
    int lo = 0, hi = ndays - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (days[mid] == d)
            return mid;
        if (days[mid] < d)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

/* doc/rules-model.md §2 add_months: corresponding day, clamped to the month's end. */
static csisms_date plus_months(csisms_date d, int months)
{
    ymd a = unpack(d);
    int total = a.y * 12 + (a.m - 1) + months;
    ymd r = { total / 12, total % 12 + 1, a.d };
    if (r.d > month_length(r.y, r.m))
        r.d = month_length(r.y, r.m);
    return pack(r);
}

/* 8.2: the day before the third anniversary (29 February → 1 March). */
static csisms_date valid_until_of(csisms_date from)
{
    ymd a = unpack(from);
    ymd anniversary = { a.y + 3, a.m, a.d };
    if (a.m == 2 && a.d == 29 && !leap(a.y + 3)) {
        anniversary.m = 3;
        anniversary.d = 1;
    }
    int i = index_of(pack(anniversary));
    return i > 0 ? days[i - 1] : 0;
}

static void setup(void)
{
    build_days();
}

START_TEST(walk_is_sound)
{
    /* The walk itself: 201 years, 49 of them leap (1900 and 2100 are not). */
    ck_assert_int_eq(last - first + 1, 201 * 365 + 49);
    ck_assert_int_eq(days[first], 19000101);
    ck_assert_int_eq(days[index_of(19000228) + 1], 19000301);
    ck_assert_int_eq(days[index_of(20000228) + 1], 20000229);
    ck_assert_int_eq(plus_months(20240131, 1), 20240229);
    ck_assert_int_eq(valid_until_of(20240229), 20270228);
}
END_TEST

START_TEST(dates_validity_and_text)
{
    for (int i = first; i <= last; i++) {
        csisms_date d = days[i];
        ymd a = unpack(d);
        char want[16], text[32], buf[11];
        csisms_date back;

        EXPECT(csisms_date_valid(d) == 1, "csisms_date_valid(%d) is not 1", d);
        if (a.d == 1) {
            int len = month_length(a.y, a.m);
            EXPECT(csisms_date_valid(d - 1) == 0, "csisms_date_valid(%d) is not 0", d - 1);
            EXPECT(csisms_date_valid(d + len) == 0, "csisms_date_valid(%d) is not 0", d + len);
            if (a.m == 1) {
                EXPECT(csisms_date_valid(d - 100) == 0, "csisms_date_valid(%d)", d - 100);
                EXPECT(csisms_date_valid(d + 1200) == 0, "csisms_date_valid(%d)", d + 1200);
            }
        }
        snprintf(want, sizeof want, "%04d-%02d-%02d", a.y, a.m, a.d);
        memset(buf, 'x', sizeof buf);
        EXPECT(csisms_date_format(d, buf, sizeof buf) == 10 && strcmp(buf, want) == 0,
               "csisms_date_format(%d) gave \"%.11s\", expected %s", d, buf, want);
        back = 0;
        EXPECT(csisms_date_parse(want, &back) == CSISMS_OK && back == d,
               "csisms_date_parse(\"%s\") gave %d", want, back);
        snprintf(text, sizeof text, "%04d%02d%02d", a.y, a.m, a.d);
        back = 0;
        EXPECT(csisms_date_parse(text, &back) == CSISMS_OK && back == d,
               "csisms_date_parse(\"%s\") gave %d", text, back);
        snprintf(text, sizeof text, "%04d年%d月%d日", a.y, a.m, a.d);
        back = 0;
        EXPECT(csisms_date_parse(text, &back) == CSISMS_OK && back == d,
               "csisms_date_parse(\"%s\") gave %d", text, back);
        snprintf(text, sizeof text, "%04d年%02d月%02d日", a.y, a.m, a.d);
        back = 0;
        EXPECT(csisms_date_parse(text, &back) == CSISMS_OK && back == d,
               "csisms_date_parse(\"%s\") gave %d", text, back);
        if (a.m < 10 || a.d < 10) {
            snprintf(text, sizeof text, "%04d-%d-%d", a.y, a.m, a.d);
            back = 0;
            EXPECT(csisms_date_parse(text, &back) == CSISMS_EINVAL && back == 0,
                   "csisms_date_parse(\"%s\") accepted", text);
        }
    }
}
END_TEST

START_TEST(dates_successor_and_diff)
{
    for (int i = first; i <= last; i++) {
        csisms_date d = days[i], r = 0;
        int32_t n = 0;

        EXPECT(csisms_date_add_days(d, 1, &r) == CSISMS_OK && r == days[i + 1],
               "csisms_date_add_days(%d, 1) gave %d, successor %d", d, r, days[i + 1]);
        EXPECT(csisms_date_add_days(days[i + 1], -1, &r) == CSISMS_OK && r == d,
               "csisms_date_add_days(%d, -1) gave %d", days[i + 1], r);
        EXPECT(csisms_date_add_days(d, 0, &r) == CSISMS_OK && r == d,
               "csisms_date_add_days(%d, 0) gave %d", d, r);
        EXPECT(csisms_date_diff_days(days[first], d, &n) == CSISMS_OK && n == i - first,
               "csisms_date_diff_days(19000101, %d) gave %d, walk counts %d", d, n, i - first);
        EXPECT(csisms_date_diff_days(d, days[first], &n) == CSISMS_OK && n == first - i,
               "csisms_date_diff_days(%d, 19000101) gave %d", d, n);
        EXPECT(csisms_date_add_days(days[first], i - first, &r) == CSISMS_OK && r == d,
               "csisms_date_add_days(19000101, %d) gave %d, not %d", i - first, r, d);
    }
}
END_TEST

static const int month_steps[] = { -120, -25, -24, -13, -12, -11, -6, -3, -2, -1, 0,
                                   1,    2,   3,   6,   11,  12,  13, 24, 25, 36, 120 };

START_TEST(dates_months_then_diff)
{
    for (int i = first; i <= last; i++) {
        csisms_date d = days[i];
        for (size_t k = 0; k < sizeof month_steps / sizeof month_steps[0]; k++) {
            int m = month_steps[k];
            csisms_date want = plus_months(d, m), r = 0;
            int32_t n = 0;
            EXPECT(csisms_date_add_months(d, m, &r) == CSISMS_OK && r == want,
                   "csisms_date_add_months(%d, %d) gave %d, expected %d", d, m, r, want);
            int j = index_of(want);
            EXPECT(j >= 0, "walk lacks %d", want);
            EXPECT(csisms_date_diff_days(d, r, &n) == CSISMS_OK && n == j - i,
                   "csisms_date_diff_days(%d, add_months(%d, %d) = %d) gave %d, walk counts %d",
                   d, d, m, r, n, j - i);
        }
    }
}
END_TEST

START_TEST(dates_periods)
{
    for (int i = first; i <= last; i++) {
        csisms_date d = days[i], due = 0, latest = 0, r = 0;
        csisms_date year = plus_months(d, 12);

        EXPECT(csisms_surveillance_due(CSISMS_SURV_FIRST, d, &due, &latest) == CSISMS_OK &&
                   due == year && latest == year,
               "csisms_surveillance_due(FIRST, %d) gave %d, %d", d, due, latest);
        EXPECT(csisms_surveillance_due(CSISMS_SURV_SECOND, d, &due, &latest) == CSISMS_OK &&
                   due == year && latest == plus_months(year, 3),
               "csisms_surveillance_due(SECOND, %d) gave %d, %d", d, due, latest);
        EXPECT(csisms_surveillance_due(CSISMS_SURV_AFTER_RECERT, d, &due, &latest) ==
                       CSISMS_OK &&
                   due == year && latest == plus_months(year, 3),
               "csisms_surveillance_due(AFTER_RECERT, %d) gave %d, %d", d, due, latest);

        csisms_date until = valid_until_of(d);
        EXPECT(csisms_certificate_valid_until(d, &r) == CSISMS_OK && r == until,
               "csisms_certificate_valid_until(%d) gave %d, expected %d", d, r, until);
        int32_t n = 0;
        EXPECT(csisms_date_diff_days(d, until, &n) == CSISMS_OK && n >= 3 * 365 - 1 &&
                   n <= 3 * 365,
               "certificate from %d lasts %d days", d, n + 1);

        /* 6.3: a decision on or before the old last day continues the cycle. */
        csisms_date next = valid_until_of(days[i + 1]);
        EXPECT(csisms_recert_valid_until(d, d, &r) == CSISMS_OK && r == next,
               "csisms_recert_valid_until(%d, %d) gave %d, expected %d", d, d, r, next);
        EXPECT(csisms_recert_valid_until(d, days[i - 100], &r) == CSISMS_OK && r == next,
               "csisms_recert_valid_until(%d, %d) gave %d", d, days[i - 100], r);
        EXPECT(csisms_recert_valid_until(d, days[i + 1], &r) == CSISMS_INTERRUPTED && r == next,
               "csisms_recert_valid_until(%d, %d) gave %d", d, days[i + 1], r);
        csisms_date late = plus_months(d, 3);
        EXPECT(csisms_recert_valid_until(d, late, &r) == CSISMS_INTERRUPTED &&
                   r == valid_until_of(late),
               "csisms_recert_valid_until(%d, %d) gave %d", d, late, r);

        EXPECT(csisms_recert_window_opens(d, &r) == CSISMS_OK && r == days[i - 90],
               "csisms_recert_window_opens(%d) gave %d, expected %d", d, r, days[i - 90]);
        EXPECT(csisms_appeal_due(d, &r) == CSISMS_OK && r == days[i + 60],
               "csisms_appeal_due(%d) gave %d, expected %d", d, r, days[i + 60]);
        EXPECT(csisms_suspension_ends_by(d, &r) == CSISMS_OK && r == plus_months(d, 6),
               "csisms_suspension_ends_by(%d) gave %d", d, r);
        EXPECT(csisms_correction_due(d, &r) == CSISMS_OK && r == plus_months(d, 6),
               "csisms_correction_due(%d) gave %d", d, r);
    }
}
END_TEST

/* ------------------------------------------------------------ audit time */

/* Checks a derived figure r of T for "⌈num·T/den⌉": never below the exact
 * value num·T/den, less than one halfday above. */
static void check_rounded(const char *what, int64_t t, int64_t r, int64_t num, int64_t den)
{
    EXPECT(den * r >= num * t && den * r < num * t + den,
           "%s(%lld) = %lld halfdays, exact %lld/%lld", what, (long long)t, (long long)r,
           (long long)(num * t), (long long)den);
}

static void check_derived(int32_t t)
{
    int32_t r = -1;
    EXPECT(csisms_min_reduced_days(t, &r) == CSISMS_OK, "csisms_min_reduced_days(%d)", t);
    check_rounded("csisms_min_reduced_days", t, r, 7, 10);
    EXPECT(csisms_min_onsite_days(t, &r) == CSISMS_OK, "csisms_min_onsite_days(%d)", t);
    check_rounded("csisms_min_onsite_days", t, r, 4, 5);
    EXPECT(csisms_surveillance_days(t, &r) == CSISMS_OK, "csisms_surveillance_days(%d)", t);
    check_rounded("csisms_surveillance_days", t, r, 1, 3);
    EXPECT(csisms_surveillance_cycle_min_days(t, &r) == CSISMS_OK,
           "csisms_surveillance_cycle_min_days(%d)", t);
    check_rounded("csisms_surveillance_cycle_min_days", t, r, 2, 3);
    EXPECT(csisms_recert_min_days(t, &r) == CSISMS_OK, "csisms_recert_min_days(%d)", t);
    check_rounded("csisms_recert_min_days", t, r, 2, 3);
}

/* The exact CSISMS time of basis b from H, as (num·H + add)/den halfdays. */
static const struct {
    int basis;
    int64_t num, add, den;
} bases[] = {
    { CSISMS_BASIS_NONE, 1, 0, 1 },           /* H */
    { CSISMS_BASIS_ISMS_CERT, 1, 4, 2 },      /* 0.5 H + 1 day = (H + 4)/2 */
    { CSISMS_BASIS_ISMS_CERT_HERE, 1, 0, 2 }, /* 0.5 H */
    { CSISMS_BASIS_COMBINED, 2, 0, 5 },       /* 0.4 H */
};

START_TEST(audit_time_every_personnel)
{
    static const uint32_t seed_upper[22] = { 10,   15,   25,   45,   65,   85,   125,  175,
                                             275,  425,  625,  875,  1175, 1550, 2025, 2675,
                                             3450, 4350, 5450, 6800, 8500, 10700 };
    uint32_t band = 0, lower = 0, upper = 0, prev_upper = 0;
    int32_t band_hd = 0, prev_hd = 0;

    ck_assert_int_eq(csisms_isms_band(0, &lower, &upper, &band_hd), CSISMS_OK);
    for (uint32_t n = 1; n <= 100000; n++) {
        if (n > upper) {
            prev_upper = upper;
            int32_t before = band_hd;
            band++;
            EXPECT(csisms_isms_band(band, &lower, &upper, &band_hd) == CSISMS_OK,
                   "csisms_isms_band(%u)", band);
            EXPECT(lower == prev_upper + 1, "band %u starts at %u after %u", band, lower,
                   prev_upper);
            EXPECT(band_hd > before, "band %u lasts %d, not more than %d", band, band_hd, before);
            uint32_t want_upper = band < 22 ? seed_upper[band]
                                            : prev_upper + (prev_upper + 3) / 4; /* +⌈U/4⌉ */
            EXPECT(upper == want_upper, "band %u ends at %u, expected %u", band, upper,
                   want_upper);
            if (band >= 22)
                EXPECT(band_hd == before + 2, "band %u lasts %d halfdays", band, band_hd);
        }
        EXPECT(lower <= n && n <= upper, "band %u (%u-%u) for %u", band, lower, upper, n);
        int32_t h = -1;
        EXPECT(csisms_isms_audit_days(n, &h) == CSISMS_OK && h == band_hd,
               "csisms_isms_audit_days(%u) = %d, band %u says %d", n, h, band, band_hd);
        EXPECT(h >= prev_hd, "audit time falls at %u: %d after %d", n, h, prev_hd);
        prev_hd = h;

        for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
            int32_t r = -1, r2 = -1;
            EXPECT(csisms_audit_days(n, bases[b].basis, &r) == CSISMS_OK,
                   "csisms_audit_days(%u, %d)", n, bases[b].basis);
            EXPECT(csisms_initial_audit_days(h, bases[b].basis, &r2) == CSISMS_OK && r2 == r,
                   "csisms_initial_audit_days(%d, %d) = %d, audit_days says %d", h,
                   bases[b].basis, r2, r);
            int64_t exact_num = bases[b].num * h + bases[b].add;
            EXPECT(bases[b].den * r >= exact_num && bases[b].den * r < exact_num + bases[b].den,
                   "csisms_audit_days(%u, basis %d) = %d halfdays, exact %lld/%lld", n,
                   bases[b].basis, r, (long long)exact_num, (long long)bases[b].den);
            check_derived(r);
        }
    }
}
END_TEST

START_TEST(derived_every_duration)
{
    for (int32_t t = 1; t <= 200000; t++)
        check_derived(t);
    for (int64_t t = INT32_MAX - 2000; t <= INT32_MAX; t++)
        check_derived((int32_t)t);
}
END_TEST

START_TEST(sampling_every_count)
{
    /* ⌈k√n⌉ is the least s with den·s² ≥ num·n (k² = num/den). */
    static const struct {
        int audit;
        uint64_t num, den;
    } k[] = {
        { CSISMS_AUDIT_INITIAL, 1, 1 },
        { CSISMS_AUDIT_SURVEILLANCE, 9, 25 },
        { CSISMS_AUDIT_RECERT, 16, 25 },
    };
    for (uint32_t n = 1; n <= 100000; n++)
        for (size_t a = 0; a < 3; a++) {
            uint32_t s = 0;
            EXPECT(csisms_sample_sites(n, k[a].audit, &s) == CSISMS_OK && s >= 1,
                   "csisms_sample_sites(%u, %d)", n, k[a].audit);
            uint64_t s64 = s;
            EXPECT(k[a].den * s64 * s64 >= k[a].num * n &&
                       k[a].den * (s64 - 1) * (s64 - 1) < k[a].num * n,
                   "csisms_sample_sites(%u, %d) = %u", n, k[a].audit, s);
        }
}
END_TEST

START_TEST(day_texts_and_rounding)
{
    char buf[16], want[16];
    for (int32_t hd = 0; hd <= 200000; hd++) {
        snprintf(want, sizeof want, hd % 2 ? "%d.5" : "%d", hd / 2);
        int len = (int)strlen(want);
        EXPECT(csisms_days_format(hd, buf, sizeof buf) == len && strcmp(buf, want) == 0,
               "csisms_days_format(%d) gave \"%s\", expected \"%s\"", hd, buf, want);
        int32_t back = -1;
        EXPECT(csisms_days_parse(want, &back) == CSISMS_OK && back == hd,
               "csisms_days_parse(\"%s\") gave %d", want, back);
        EXPECT(csisms_days_format(hd, buf, (size_t)len) == CSISMS_ENOSPC,
               "csisms_days_format(%d) into %d bytes", hd, len);
    }
    /* "I.F": never below the exact value, less than 0.5 day above. */
    for (int i = 0; i <= 20000; i++)
        for (int f = 0; f <= 99; f += (i < 100 ? 1 : 11)) {
            char text[32];
            snprintf(text, sizeof text, "%d.%02d", i, f);
            int32_t r = -1;
            EXPECT(csisms_days_parse(text, &r) == CSISMS_OK, "csisms_days_parse(\"%s\")", text);
            int64_t exact100 = 200LL * i + 2 * f; /* 100 × exact halfdays */
            EXPECT(100LL * r >= exact100 && 100LL * r < exact100 + 100,
                   "csisms_days_parse(\"%s\") = %d halfdays", text, r);
        }
    for (int64_t num = 0; num <= 2000; num++)
        for (int64_t den = 1; den <= 60; den++) {
            int32_t r = -1;
            EXPECT(csisms_round_up_half(num, den, &r) == CSISMS_OK,
                   "csisms_round_up_half(%lld, %lld)", (long long)num, (long long)den);
            EXPECT(r * den >= 2 * num && (r - 1) * den < 2 * num,
                   "csisms_round_up_half(%lld, %lld) = %d", (long long)num, (long long)den, r);
        }
    for (int32_t a = 1; a <= 300; a++)
        for (int32_t b = 1; b <= 300; b++) {
            const int32_t parts[2] = { a, b };
            int32_t r = -1;
            EXPECT(csisms_combined_min_days(parts, 2, &r) == CSISMS_OK,
                   "csisms_combined_min_days(%d, %d)", a, b);
            check_rounded("csisms_combined_min_days", a + b, r, 4, 5);
        }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("properties");
    TCase *dates = tcase_create("dates");
    tcase_add_unchecked_fixture(dates, setup, NULL);
    tcase_set_timeout(dates, 600);
    tcase_add_test(dates, walk_is_sound);
    tcase_add_test(dates, dates_validity_and_text);
    tcase_add_test(dates, dates_successor_and_diff);
    tcase_add_test(dates, dates_months_then_diff);
    tcase_add_test(dates, dates_periods);
    suite_add_tcase(s, dates);
    TCase *audit = tcase_create("audit");
    tcase_set_timeout(audit, 600);
    tcase_add_test(audit, audit_time_every_personnel);
    tcase_add_test(audit, derived_every_duration);
    tcase_add_test(audit, sampling_every_count);
    tcase_add_test(audit, day_texts_and_rounding);
    suite_add_tcase(s, audit);
    return run_suite(s);
}
