/* SPDX-License-Identifier: MIT */
/* Check tests for doc/rules-model.md §2: dates and periods (lib/dates.c).
 *
 * Expected values are worked out by hand from the rules and doc/rules-model.md §2, or come
 * from the reference calendar below, which walks day by day / month by month
 * with its own month-length table (no day-serial arithmetic, unlike the
 * library).
 */
#include <check.h>
#include <csisms.h>

#include "check_run.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SENTINEL ((csisms_date)0x5A5A5A5A)
#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---------------------------------------------------------------------------
 * Reference calendar: a date as three fields, moved one day or one month at a
 * time.
 */
struct ref {
    int y, m, d;
};

static int ref_leap(int y)
{
    if (y % 400 == 0)
        return 1;
    if (y % 100 == 0)
        return 0;
    return y % 4 == 0;
}

static int ref_month_days(int y, int m)
{
    static const int days[13] = { 0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && ref_leap(y) ? 29 : days[m];
}

static void ref_next_day(struct ref *r)
{
    if (++r->d > ref_month_days(r->y, r->m)) {
        r->d = 1;
        if (++r->m > 12) {
            r->m = 1;
            r->y++;
        }
    }
}

static csisms_date ref_pack(const struct ref *r)
{
    return r->y * 10000 + r->m * 100 + r->d;
}

/* "YYYY-MM-DD" of the reference fields (cheaper than snprintf over millions
 * of days). */
static void ref_text(const struct ref *r, char out[11])
{
    const int field[3] = { r->y, r->m, r->d }, width[3] = { 4, 2, 2 };
    char *p = out;
    for (int f = 0; f < 3; f++) {
        int v = field[f];
        for (int i = width[f] - 1; i >= 0; i--, v /= 10)
            p[i] = (char)('0' + v % 10);
        p += width[f];
        *p++ = f < 2 ? '-' : '\0';
    }
}

/* Adds whole years, then months one at a time, and clamps the day; 0 when
 * outside 1 … 9999. */
static csisms_date ref_add_months(csisms_date date, int months)
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    for (; months >= 12; months -= 12)
        y++;
    for (; months <= -12; months += 12)
        y--;
    for (; months > 0; months--)
        if (++m > 12) {
            m = 1;
            y++;
        }
    for (; months < 0; months++)
        if (--m < 1) {
            m = 12;
            y--;
        }
    if (y < 1 || y > 9999)
        return 0;
    if (d > ref_month_days(y, m))
        d = ref_month_days(y, m);
    return y * 10000 + m * 100 + d;
}

/* ---------------------------------------------------------------------------
 * csisms_date_valid
 */
static const struct {
    csisms_date date;
    int valid;
} valid_cases[] = {
    { 20000229, 1 }, { 19000229, 0 }, { 20240229, 1 }, { 21000229, 0 }, { 20230229, 0 },
    { 16000229, 1 }, { 20000230, 0 }, { 20240230, 0 },
    { 10101, 1 },    { 99991231, 1 }, { 101, 0 },      { 1231, 0 },     { 100000101, 0 },
    { 0, 0 },        { -1, 0 },       { -20241022, 0 }, { INT32_MAX, 0 }, { INT32_MIN, 0 },
    { 20241301, 0 }, { 20240000, 0 }, { 20240100, 0 }, { 20241032, 0 }, { 20240001, 0 },
    { 20241022, 1 }, { 2024102, 0 },  { 202410220, 0 }, { 20249999, 0 },
};

START_TEST(test_valid)
{
    ck_assert_msg(csisms_date_valid(valid_cases[_i].date) == valid_cases[_i].valid,
                  "csisms_date_valid(%d) != %d", (int)valid_cases[_i].date, valid_cases[_i].valid);
}
END_TEST

/* Every month's last day in a common and a leap year: valid, the next day
 * number is not, and adding one day gives the 1st of the next month. */
static const struct {
    csisms_date last, next_first;
} month_end_cases[] = {
    { 20230131, 20230201 }, { 20230228, 20230301 }, { 20230331, 20230401 },
    { 20230430, 20230501 }, { 20230531, 20230601 }, { 20230630, 20230701 },
    { 20230731, 20230801 }, { 20230831, 20230901 }, { 20230930, 20231001 },
    { 20231031, 20231101 }, { 20231130, 20231201 }, { 20231231, 20240101 },
    { 20240131, 20240201 }, { 20240229, 20240301 }, { 20240331, 20240401 },
    { 20240430, 20240501 }, { 20240531, 20240601 }, { 20240630, 20240701 },
    { 20240731, 20240801 }, { 20240831, 20240901 }, { 20240930, 20241001 },
    { 20241031, 20241101 }, { 20241130, 20241201 }, { 20241231, 20250101 },
    { 19000228, 19000301 }, { 20000229, 20000301 }, { 21000228, 21000301 },
};

START_TEST(test_month_ends)
{
    const csisms_date last = month_end_cases[_i].last, first = month_end_cases[_i].next_first;
    csisms_date r = SENTINEL;
    int32_t n = 0;

    ck_assert_int_eq(csisms_date_valid(last), 1);
    ck_assert_int_eq(csisms_date_valid(last + 1), 0);
    ck_assert_int_eq(csisms_date_add_days(last, 1, &r), CSISMS_OK);
    ck_assert_int_eq(r, first);
    ck_assert_int_eq(csisms_date_add_days(first, -1, &r), CSISMS_OK);
    ck_assert_int_eq(r, last);
    ck_assert_int_eq(csisms_date_diff_days(last, first, &n), CSISMS_OK);
    ck_assert_int_eq(n, 1);
}
END_TEST

/* ---------------------------------------------------------------------------
 * The whole range, day by day, against the reference walk: add_days and
 * diff_days from the first day, add_days(-n) back, add_days(+1) from the
 * previous day, format and parse.  Assertions are counted here, not made per
 * day, to keep Check's per-assertion bookkeeping out of the loop.
 */
START_TEST(test_walk_whole_range)
{
    struct ref r = { 1, 1, 1 };
    long failures = 0;
    char first_failure[160] = "";
    csisms_date prev = 0;
    int32_t n;

    for (n = 0;; n++) {
        const csisms_date want = ref_pack(&r);
        csisms_date got = SENTINEL, back = SENTINEL, next = SENTINEL, parsed = SENTINEL;
        int32_t diff = -1, rdiff = 1;
        char buf[11], expect[11];

        ref_text(&r, expect);
        const int ok = csisms_date_valid(want) == 1
            && csisms_date_add_days(10101, n, &got) == CSISMS_OK && got == want
            && csisms_date_diff_days(10101, want, &diff) == CSISMS_OK && diff == n
            && csisms_date_diff_days(want, 10101, &rdiff) == CSISMS_OK && rdiff == -n
            && csisms_date_add_days(want, -n, &back) == CSISMS_OK && back == 10101
            && (n == 0 || (csisms_date_add_days(prev, 1, &next) == CSISMS_OK && next == want))
            && csisms_date_format(want, buf, sizeof buf) == 10 && strcmp(buf, expect) == 0
            && csisms_date_parse(expect, &parsed) == CSISMS_OK && parsed == want;
        if (!ok && failures++ == 0)
            snprintf(first_failure, sizeof first_failure,
                     "day %ld (%s): add %d diff %d/%d back %d next %d parsed %d", (long)n, expect,
                     (int)got, (int)diff, (int)rdiff, (int)back, (int)next, (int)parsed);
        if (want == 99991231)
            break;
        prev = want;
        ref_next_day(&r);
    }
    ck_assert_msg(failures == 0, "%ld failures; first: %s", failures, first_failure);
    /* 9999 years of 365 days plus 2424 leap days (2499 − 99 + 24), minus one. */
    ck_assert_int_eq(n, 3652058);
}
END_TEST

/* add_months against the reference for every day of years around century
 * and leap-year boundaries and at both ends, with offsets −25 … 25, ±1200. */
START_TEST(test_add_months_reference)
{
    static const int years[] = { 1, 2, 1899, 1900, 1901, 1999, 2000, 2023, 2024, 2025, 2099, 2100, 9998, 9999 };
    static const int extra[] = { 1200, -1200, 9998 * 12, -9998 * 12 };
    long failures = 0;
    char first_failure[160] = "";

    for (int yi = 0; yi < N(years); yi++) {
        struct ref r = { years[yi], 1, 1 };
        while (r.y == years[yi]) {
            const csisms_date date = ref_pack(&r);
            for (int k = -25; k <= 25 + N(extra); k++) {
                const int months = k <= 25 ? k : extra[k - 26];
                const csisms_date want = ref_add_months(date, months);
                csisms_date got = SENTINEL;
                const int status = csisms_date_add_months(date, months, &got);
                const int ok = want != 0 ? status == CSISMS_OK && got == want
                                         : status == CSISMS_ERANGE && got == SENTINEL;
                if (!ok && failures++ == 0)
                    snprintf(first_failure, sizeof first_failure, "%d %+d months: status %d got %d want %d",
                             (int)date, months, status, (int)got, (int)want);
            }
            ref_next_day(&r);
        }
    }
    ck_assert_msg(failures == 0, "%ld failures; first: %s", failures, first_failure);
}
END_TEST

/* ---------------------------------------------------------------------------
 * add_days / add_months / diff_days, hand-worked.
 */
struct shift_case {
    csisms_date date;
    int32_t by;
    int status;
    csisms_date result;
};

static const struct shift_case add_days_cases[] = {
    { 20241022, 60, CSISMS_OK, 20241221 },
    { 20241022, 0, CSISMS_OK, 20241022 },
    { 20240228, 1, CSISMS_OK, 20240229 },
    { 20240229, 1, CSISMS_OK, 20240301 },
    { 20230228, 1, CSISMS_OK, 20230301 },
    { 19000228, 1, CSISMS_OK, 19000301 },
    { 20000228, 1, CSISMS_OK, 20000229 },
    { 21000228, 1, CSISMS_OK, 21000301 },
    { 20240301, -1, CSISMS_OK, 20240229 },
    { 20240229, 365, CSISMS_OK, 20250228 },
    { 20240229, -366, CSISMS_OK, 20230228 },
    { 20250101, -1, CSISMS_OK, 20241231 },
    { 20241022, -90, CSISMS_OK, 20240724 },
    { 10101, 3652058, CSISMS_OK, 99991231 },
    { 99991231, -3652058, CSISMS_OK, 10101 },
    { 10101, 3652059, CSISMS_ERANGE, 0 },
    { 99991231, -3652059, CSISMS_ERANGE, 0 },
    { 10101, -1, CSISMS_ERANGE, 0 },
    /* Before 0001-01-01 the day count behind the arithmetic changes sign
     * 306 days back (0000-03-01, the start of its 400-year era) and the
     * negative era is taken: every such day is still out of range. */
    { 10101, -306, CSISMS_ERANGE, 0 },
    { 10101, -307, CSISMS_ERANGE, 0 },
    { 10101, -337, CSISMS_ERANGE, 0 },
    { 10101, -670, CSISMS_ERANGE, 0 },
    { 10101, -1000, CSISMS_ERANGE, 0 },
    { 10102, -307, CSISMS_ERANGE, 0 },
    { 99991231, 1, CSISMS_ERANGE, 0 },
    { 20241022, INT32_MAX, CSISMS_ERANGE, 0 },
    { 20241022, INT32_MIN, CSISMS_ERANGE, 0 },
    { 10101, INT32_MAX, CSISMS_ERANGE, 0 },
    { 99991231, INT32_MIN, CSISMS_ERANGE, 0 },
    { 99991231, INT32_MAX, CSISMS_ERANGE, 0 },
    { 10101, INT32_MIN, CSISMS_ERANGE, 0 },
};

static const struct shift_case add_months_cases[] = {
    { 20240131, 1, CSISMS_OK, 20240229 },
    { 20240229, 12, CSISMS_OK, 20250228 },
    { 20240229, 48, CSISMS_OK, 20280229 },
    { 20240229, -12, CSISMS_OK, 20230228 },
    { 20240229, 1, CSISMS_OK, 20240329 },
    { 20240331, -1, CSISMS_OK, 20240229 },
    { 20230331, -1, CSISMS_OK, 20230228 },
    { 19000131, 1, CSISMS_OK, 19000228 },
    { 20000131, 1, CSISMS_OK, 20000229 },
    { 21000131, 1, CSISMS_OK, 21000228 },
    { 20241022, 0, CSISMS_OK, 20241022 },
    { 20241022, -10, CSISMS_OK, 20231222 },
    { 20241031, -8, CSISMS_OK, 20240229 },
    { 20240115, -13, CSISMS_OK, 20221215 },
    { 10101, 119987, CSISMS_OK, 99991201 },
    { 99991231, -119987, CSISMS_OK, 10131 },
    { 10101, 119988, CSISMS_ERANGE, 0 },
    { 99991231, -119988, CSISMS_ERANGE, 0 },
    { 10101, -1, CSISMS_ERANGE, 0 },
    { 99991201, 1, CSISMS_ERANGE, 0 },
    { 20241022, INT32_MAX, CSISMS_ERANGE, 0 },
    { 20241022, INT32_MIN, CSISMS_ERANGE, 0 },
    { 10101, INT32_MAX, CSISMS_ERANGE, 0 },
    { 99991231, INT32_MIN, CSISMS_ERANGE, 0 },
};

/* Adding months to the 31st of January: each month's last day. */
static const csisms_date jan31_plus[2][12] = {
    { 20230131, 20230228, 20230331, 20230430, 20230531, 20230630,
      20230731, 20230831, 20230930, 20231031, 20231130, 20231231 },
    { 20240131, 20240229, 20240331, 20240430, 20240531, 20240630,
      20240731, 20240831, 20240930, 20241031, 20241130, 20241231 },
};

static void check_shift(int (*fn)(csisms_date, int32_t, csisms_date *), const struct shift_case *c)
{
    csisms_date r = SENTINEL;
    const int status = fn(c->date, c->by, &r);
    ck_assert_msg(status == c->status, "%d %+ld: status %d, want %d", (int)c->date, (long)c->by,
                  status, c->status);
    ck_assert_msg(r == (c->status == CSISMS_OK ? c->result : SENTINEL), "%d %+ld: result %d",
                  (int)c->date, (long)c->by, (int)r);
}

START_TEST(test_add_days)
{
    check_shift(csisms_date_add_days, &add_days_cases[_i]);
}
END_TEST

/* Property: no day before 0001-01-01 is a csisms_date, so going back any
 * 1 to 1000 days from 0001-01-01 (across the sign change of the era at 306
 * days back) is ERANGE and leaves the result alone; and going back from
 * day k of year 1 (0001-01-01 + k) by k + 1 days is ERANGE too. */
START_TEST(test_add_days_before_year_1)
{
    for (int32_t d = -1000; d <= -1; d++) {
        csisms_date r = SENTINEL, start;
        int status = csisms_date_add_days(10101, d, &r);
        EXPECT(status == CSISMS_ERANGE && r == SENTINEL, "0001-01-01 %+ld: status %d, wrote %ld",
               (long)d, status, (long)r);
        /* 0001-01-01 + (-d - 1) days is in year 1 or 2; -d days back is 0000-12-31 */
        if (csisms_date_add_days(10101, -d - 1, &start) != CSISMS_OK)
            ck_abort_msg("0001-01-01 + %ld failed", (long)(-d - 1));
        status = csisms_date_add_days(start, d, &r);
        EXPECT(status == CSISMS_ERANGE && r == SENTINEL, "%ld %+ld: status %d, wrote %ld",
               (long)start, (long)d, status, (long)r);
    }
}
END_TEST

START_TEST(test_add_months)
{
    check_shift(csisms_date_add_months, &add_months_cases[_i]);
}
END_TEST

START_TEST(test_add_months_month_ends)
{
    for (int k = 0; k < 12; k++) {
        csisms_date r = SENTINEL;
        ck_assert_int_eq(csisms_date_add_months(jan31_plus[_i][0], k, &r), CSISMS_OK);
        ck_assert_int_eq(r, jan31_plus[_i][k]);
    }
}
END_TEST

static const struct {
    csisms_date from, to;
    int32_t days;
} diff_cases[] = {
    { 20241022, 20271021, 1094 },  { 20271021, 20241022, -1094 }, { 20241022, 20241022, 0 },
    { 20240228, 20240301, 2 },     { 20230228, 20230301, 1 },      { 19000228, 19000301, 1 },
    { 20000228, 20000301, 2 },     { 21000228, 21000301, 1 },      { 20240101, 20250101, 366 },
    { 20230101, 20240101, 365 },   { 10101, 99991231, 3652058 },   { 99991231, 10101, -3652058 },
    { 20241022, 20241221, 60 },    { 20240229, 20250228, 365 },    { 19000101, 20000101, 36524 },
    { 20000101, 21000101, 36525 }, { 16000101, 20000101, 146097 },
};

START_TEST(test_diff_days)
{
    int32_t n = INT32_MIN;
    ck_assert_int_eq(csisms_date_diff_days(diff_cases[_i].from, diff_cases[_i].to, &n), CSISMS_OK);
    ck_assert_int_eq(n, diff_cases[_i].days);
}
END_TEST

/* ---------------------------------------------------------------------------
 * Parsing and formatting.
 */
static const struct {
    const char *text;
    int status;
    csisms_date date;
} parse_cases[] = {
    { "2024-10-22", CSISMS_OK, 20241022 },
    { "20241022", CSISMS_OK, 20241022 },
    { "2024年10月22日", CSISMS_OK, 20241022 },
    { "2024年1月5日", CSISMS_OK, 20240105 },
    { "2024年01月05日", CSISMS_OK, 20240105 },
    { "2024年1月05日", CSISMS_OK, 20240105 },
    { "2024年01月5日", CSISMS_OK, 20240105 },
    { "0001-01-01", CSISMS_OK, 10101 },
    { "00010101", CSISMS_OK, 10101 },
    { "0001年1月1日", CSISMS_OK, 10101 },
    { "9999-12-31", CSISMS_OK, 99991231 },
    { "99991231", CSISMS_OK, 99991231 },
    { "9999年12月31日", CSISMS_OK, 99991231 },
    { "2024-02-29", CSISMS_OK, 20240229 },
    { "2000年2月29日", CSISMS_OK, 20000229 },
    { "20240229", CSISMS_OK, 20240229 },
    /* impossible dates */
    { "2023-02-29", CSISMS_EINVAL, 0 },
    { "1900-02-29", CSISMS_EINVAL, 0 },
    { "2100年2月29日", CSISMS_EINVAL, 0 },
    { "21000229", CSISMS_EINVAL, 0 },
    { "2024-02-30", CSISMS_EINVAL, 0 },
    { "2024-04-31", CSISMS_EINVAL, 0 },
    { "2024-13-01", CSISMS_EINVAL, 0 },
    { "2024-00-10", CSISMS_EINVAL, 0 },
    { "2024-10-00", CSISMS_EINVAL, 0 },
    { "2024-10-32", CSISMS_EINVAL, 0 },
    { "20241301", CSISMS_EINVAL, 0 },
    { "20240000", CSISMS_EINVAL, 0 },
    { "2024年13月1日", CSISMS_EINVAL, 0 },
    { "2024年0月1日", CSISMS_EINVAL, 0 },
    { "2024年1月0日", CSISMS_EINVAL, 0 },
    { "2024年2月30日", CSISMS_EINVAL, 0 },
    { "0000-13-01", CSISMS_EINVAL, 0 },
    { "0000-02-30", CSISMS_EINVAL, 0 },
    /* syntax */
    { "", CSISMS_EINVAL, 0 },
    { " 2024-10-22", CSISMS_EINVAL, 0 },
    { "2024-10-22 ", CSISMS_EINVAL, 0 },
    { "2024-10-22\n", CSISMS_EINVAL, 0 },
    { "\t20241022", CSISMS_EINVAL, 0 },
    { "2024-1-5", CSISMS_EINVAL, 0 },
    { "2024-10-2", CSISMS_EINVAL, 0 },
    { "2024-1-22", CSISMS_EINVAL, 0 },
    { "2024-10-222", CSISMS_EINVAL, 0 },
    { "2024/10/22", CSISMS_EINVAL, 0 },
    { "2024.10.22", CSISMS_EINVAL, 0 },
    { "2024-1022", CSISMS_EINVAL, 0 },
    { "202410-22", CSISMS_EINVAL, 0 },
    { "20241022x", CSISMS_EINVAL, 0 },
    { "202410220", CSISMS_EINVAL, 0 },
    { "2024102", CSISMS_EINVAL, 0 },
    { "24-10-22", CSISMS_EINVAL, 0 },
    { "241022", CSISMS_EINVAL, 0 },
    { "12024-10-22", CSISMS_EINVAL, 0 },
    { "+2024-10-22", CSISMS_EINVAL, 0 },
    { "-2024-10-22", CSISMS_EINVAL, 0 },
    { "2024-+1-22", CSISMS_EINVAL, 0 },
    { "2024-10-+2", CSISMS_EINVAL, 0 },
    { "2024-10", CSISMS_EINVAL, 0 },
    { "2024", CSISMS_EINVAL, 0 },
    { "2024年", CSISMS_EINVAL, 0 },
    { "2024年10月", CSISMS_EINVAL, 0 },
    { "2024年10月22", CSISMS_EINVAL, 0 },
    { "2024年10月22日 ", CSISMS_EINVAL, 0 },
    { "2024年10月22日x", CSISMS_EINVAL, 0 },
    { "2024年10月22号", CSISMS_EINVAL, 0 },
    { "2024年001月1日", CSISMS_EINVAL, 0 },
    { "2024年1月001日", CSISMS_EINVAL, 0 },
    { "2024年月1日", CSISMS_EINVAL, 0 },
    { "2024年1月日", CSISMS_EINVAL, 0 },
    { "24年1月1日", CSISMS_EINVAL, 0 },
    { "02024年1月1日", CSISMS_EINVAL, 0 },
    { "年1月1日", CSISMS_EINVAL, 0 },
    { "2024 年 1 月 1 日", CSISMS_EINVAL, 0 },
    { "２０２４年１月１日", CSISMS_EINVAL, 0 },
    /* the year of the 年月日 form is exactly four ASCII digits */
    { "abcd年1月1日", CSISMS_EINVAL, 0 },
    { "202a年1月1日", CSISMS_EINVAL, 0 },
    { "a024年1月1日", CSISMS_EINVAL, 0 },
    { "-024年1月1日", CSISMS_EINVAL, 0 },
    { "+024年1月1日", CSISMS_EINVAL, 0 },
    { " 024年1月1日", CSISMS_EINVAL, 0 },
    { "20 4年1月1日", CSISMS_EINVAL, 0 },
    { "20.4年1月1日", CSISMS_EINVAL, 0 },
    { "\xE5\xB9\xB4" "1年1月1日", CSISMS_EINVAL, 0 },
    { "2024年a月1日", CSISMS_EINVAL, 0 },
    { "2024年1月a日", CSISMS_EINVAL, 0 },
    { "abcd-01-01", CSISMS_EINVAL, 0 },
    { "abcd0101", CSISMS_EINVAL, 0 },
    { "２０２４-10-22", CSISMS_EINVAL, 0 },
    { "2024－10－22", CSISMS_EINVAL, 0 },
    { "2024-10-22日", CSISMS_EINVAL, 0 },
    { "2024\xE5\xB9", CSISMS_EINVAL, 0 },
    { "2024\xE5\xB9\xB4" "1\xE6\x9C", CSISMS_EINVAL, 0 },
    /* well-formed, impossible to represent: a range error after the syntax */
    { "0000-01-01", CSISMS_ERANGE, 0 },
    { "00000101", CSISMS_ERANGE, 0 },
    { "0000年1月1日", CSISMS_ERANGE, 0 },
    { "0000-02-29", CSISMS_ERANGE, 0 },
    { "0000-12-31", CSISMS_ERANGE, 0 },
};

START_TEST(test_parse)
{
    csisms_date d = SENTINEL;
    const int status = csisms_date_parse(parse_cases[_i].text, &d);
    ck_assert_msg(status == parse_cases[_i].status, "parse(\"%s\") = %d, want %d", parse_cases[_i].text,
                  status, parse_cases[_i].status);
    ck_assert_msg(d == (status == CSISMS_OK ? parse_cases[_i].date : SENTINEL), "parse(\"%s\") wrote %d",
                  parse_cases[_i].text, (int)d);
}
END_TEST

START_TEST(test_parse_null)
{
    csisms_date d = SENTINEL;
    ck_assert_int_eq(csisms_date_parse(NULL, &d), CSISMS_EINVAL);
    ck_assert_int_eq(d, SENTINEL);
    ck_assert_int_eq(csisms_date_parse("2024-10-22", NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_parse(NULL, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_parse("bad", NULL), CSISMS_EINVAL);
}
END_TEST

START_TEST(test_format)
{
    static const struct {
        csisms_date date;
        const char *text;
    } cases[] = {
        { 20241022, "2024-10-22" }, { 10101, "0001-01-01" },   { 99991231, "9999-12-31" },
        { 20240229, "2024-02-29" }, { 10001231, "1000-12-31" }, { 990909, "0099-09-09" },
    };
    for (int i = 0; i < N(cases); i++) {
        char buf[16];
        memset(buf, 'X', sizeof buf);
        ck_assert_int_eq(csisms_date_format(cases[i].date, buf, 11), 10);
        ck_assert_str_eq(buf, cases[i].text);
        ck_assert_int_eq(buf[11], 'X'); /* nothing past the terminator */
    }
}
END_TEST

START_TEST(test_format_errors)
{
    static const size_t small[] = { 0, 1, 9, 10 };
    static const csisms_date bad[] = { 0, -1, 20230229, 20241301, 20240000, 100000101, INT32_MAX, INT32_MIN };
    char buf[16];

    for (int i = 0; i < N(small); i++) {
        memset(buf, 'X', sizeof buf);
        ck_assert_int_eq(csisms_date_format(20241022, buf, small[i]), CSISMS_ENOSPC);
        for (int j = 0; j < (int)sizeof buf; j++)
            ck_assert_int_eq(buf[j], 'X');
    }
    ck_assert_int_eq(csisms_date_format(20241022, NULL, 11), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_format(20241022, NULL, 0), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_format(20241022, NULL, SIZE_MAX), CSISMS_EINVAL);
    for (int i = 0; i < N(bad); i++) {
        memset(buf, 'X', sizeof buf);
        ck_assert_int_eq(csisms_date_format(bad[i], buf, sizeof buf), CSISMS_EINVAL);
        ck_assert_int_eq(csisms_date_format(bad[i], buf, 5), CSISMS_EINVAL); /* EINVAL before ENOSPC */
        for (int j = 0; j < (int)sizeof buf; j++)
            ck_assert_int_eq(buf[j], 'X');
    }
    memset(buf, 'X', sizeof buf);
    ck_assert_int_eq(csisms_date_format(20241022, buf, SIZE_MAX), 10);
    ck_assert_str_eq(buf, "2024-10-22");
}
END_TEST

/* ---------------------------------------------------------------------------
 * 5.1.1 surveillance.
 */
static const struct {
    int kind;
    csisms_date reference;
    int status;
    csisms_date due, latest;
} surveillance_cases[] = {
    /* doc/rules-model.md §2 examples */
    { CSISMS_SURV_FIRST, 20241022, CSISMS_OK, 20251022, 20251022 },
    { CSISMS_SURV_SECOND, 20250930, CSISMS_OK, 20260930, 20261230 },
    { CSISMS_SURV_SECOND, 20240229, CSISMS_OK, 20250228, 20250528 },
    /* the first surveillance cannot be postponed */
    { CSISMS_SURV_FIRST, 20240229, CSISMS_OK, 20250228, 20250228 },
    { CSISMS_SURV_FIRST, 20231130, CSISMS_OK, 20241130, 20241130 },
    { CSISMS_SURV_AFTER_RECERT, 20240229, CSISMS_OK, 20250228, 20250528 },
    { CSISMS_SURV_AFTER_RECERT, 20270901, CSISMS_OK, 20280901, 20281201 },
    { CSISMS_SURV_SECOND, 20230228, CSISMS_OK, 20240228, 20240528 },
    /* latest on or clamped to February's end */
    { CSISMS_SURV_AFTER_RECERT, 20221129, CSISMS_OK, 20231129, 20240229 },
    { CSISMS_SURV_SECOND, 20231130, CSISMS_OK, 20241130, 20250228 },
    { CSISMS_SURV_SECOND, 20221130, CSISMS_OK, 20231130, 20240229 },
    { CSISMS_SURV_AFTER_RECERT, 20231031, CSISMS_OK, 20241031, 20250131 },
    { CSISMS_SURV_AFTER_RECERT, 20230531, CSISMS_OK, 20240531, 20240831 },
    { CSISMS_SURV_SECOND, 19991130, CSISMS_OK, 20001130, 20010228 },
    { CSISMS_SURV_SECOND, 20981130, CSISMS_OK, 20991130, 21000228 },
    { CSISMS_SURV_SECOND, 20991130, CSISMS_OK, 21001130, 21010228 },
    /* ends of the range */
    { CSISMS_SURV_FIRST, 10101, CSISMS_OK, 20101, 20101 },
    { CSISMS_SURV_FIRST, 99981231, CSISMS_OK, 99991231, 99991231 },
    { CSISMS_SURV_FIRST, 99990101, CSISMS_ERANGE, 0, 0 },
    { CSISMS_SURV_SECOND, 99980930, CSISMS_OK, 99990930, 99991230 },
    { CSISMS_SURV_SECOND, 99981001, CSISMS_ERANGE, 0, 0 },
    { CSISMS_SURV_AFTER_RECERT, 99981231, CSISMS_ERANGE, 0, 0 },
    { CSISMS_SURV_SECOND, 99991231, CSISMS_ERANGE, 0, 0 },
    /* bad kinds and references */
    { 0, 20241022, CSISMS_EINVAL, 0, 0 },
    { 4, 20241022, CSISMS_EINVAL, 0, 0 },
    { -1, 20241022, CSISMS_EINVAL, 0, 0 },
    { INT_MAX, 20241022, CSISMS_EINVAL, 0, 0 },
    { INT_MIN, 20241022, CSISMS_EINVAL, 0, 0 },
    { CSISMS_SURV_FIRST, 20230229, CSISMS_EINVAL, 0, 0 },
    { CSISMS_SURV_SECOND, 0, CSISMS_EINVAL, 0, 0 },
    { CSISMS_SURV_AFTER_RECERT, -1, CSISMS_EINVAL, 0, 0 },
    { 0, 0, CSISMS_EINVAL, 0, 0 },
};

START_TEST(test_surveillance)
{
    csisms_date due = SENTINEL, latest = SENTINEL;
    const int status = csisms_surveillance_due(surveillance_cases[_i].kind, surveillance_cases[_i].reference,
                                               &due, &latest);
    ck_assert_msg(status == surveillance_cases[_i].status, "kind %d ref %d: status %d",
                  surveillance_cases[_i].kind, (int)surveillance_cases[_i].reference, status);
    if (status == CSISMS_OK) {
        ck_assert_int_eq(due, surveillance_cases[_i].due);
        ck_assert_int_eq(latest, surveillance_cases[_i].latest);
    } else {
        ck_assert_int_eq(due, SENTINEL);
        ck_assert_int_eq(latest, SENTINEL);
    }
}
END_TEST

START_TEST(test_surveillance_null)
{
    csisms_date d = SENTINEL;
    ck_assert_int_eq(csisms_surveillance_due(CSISMS_SURV_FIRST, 20241022, NULL, &d), CSISMS_EINVAL);
    ck_assert_int_eq(d, SENTINEL);
    ck_assert_int_eq(csisms_surveillance_due(CSISMS_SURV_FIRST, 20241022, &d, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(d, SENTINEL);
    ck_assert_int_eq(csisms_surveillance_due(CSISMS_SURV_FIRST, 20241022, NULL, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_surveillance_due(0, 0, NULL, &d), CSISMS_EINVAL);
    ck_assert_int_eq(d, SENTINEL);
}
END_TEST

/* ---------------------------------------------------------------------------
 * 8.2 certificate validity; 6.3/8.1(6) recertification.
 */
static const struct {
    csisms_date from;
    int status;
    csisms_date until;
} validity_cases[] = {
    { 20241022, CSISMS_OK, 20271021 },
    { 20240229, CSISMS_OK, 20270228 },
    { 20230301, CSISMS_OK, 20260228 },
    { 99970101, CSISMS_OK, 99991231 },
    { 99970102, CSISMS_ERANGE, 0 },
    { 99961231, CSISMS_OK, 99991230 },
    { 99991231, CSISMS_ERANGE, 0 },
    { 20000229, CSISMS_OK, 20030228 },
    { 19960229, CSISMS_OK, 19990228 },
    { 20240301, CSISMS_OK, 20270228 },
    { 20250301, CSISMS_OK, 20280229 },
    { 20970301, CSISMS_OK, 21000228 },
    { 18970301, CSISMS_OK, 19000228 },
    { 19970301, CSISMS_OK, 20000229 },
    { 20240101, CSISMS_OK, 20261231 },
    { 20241231, CSISMS_OK, 20271230 },
    { 10101, CSISMS_OK, 31231 },
    { 20230229, CSISMS_EINVAL, 0 },
    { 0, CSISMS_EINVAL, 0 },
    { -1, CSISMS_EINVAL, 0 },
};

START_TEST(test_certificate_valid_until)
{
    csisms_date r = SENTINEL;
    ck_assert_int_eq(csisms_certificate_valid_until(validity_cases[_i].from, &r), validity_cases[_i].status);
    ck_assert_int_eq(r, validity_cases[_i].status == CSISMS_OK ? validity_cases[_i].until : SENTINEL);
}
END_TEST

static const struct {
    csisms_date old_until, decision;
    int status;
    csisms_date until;
} recert_cases[] = {
    /* decided inside the 6.1 window: the cycle continues */
    { 20271021, 20270901, CSISMS_OK, 20301021 },
    { 20271021, 20271021, CSISMS_OK, 20301021 },
    /* decided long before the window: still continues */
    { 20271021, 20250101, CSISMS_OK, 20301021 },
    /* interrupted: a new cycle from the decision */
    { 20271021, 20271022, CSISMS_INTERRUPTED, 20301021 },
    { 20271021, 20280115, CSISMS_INTERRUPTED, 20310114 },
    { 20240101, 20240229, CSISMS_INTERRUPTED, 20270228 },
    /* 29 February */
    { 20270228, 20270201, CSISMS_OK, 20300228 },
    { 20280228, 20280101, CSISMS_OK, 20310228 },
    { 20240229, 20240229, CSISMS_OK, 20270228 },
    { 20240228, 20240101, CSISMS_OK, 20270228 },
    /* ends of the range */
    { 99961231, 99961001, CSISMS_OK, 99991231 },
    { 99970101, 99970101, CSISMS_ERANGE, 0 },
    { 99991231, 99991201, CSISMS_ERANGE, 0 },
    { 99960101, 99970101, CSISMS_INTERRUPTED, 99991231 },
    { 99960101, 99970102, CSISMS_ERANGE, 0 },
    { 10101, 10101, CSISMS_OK, 40101 },
    /* invalid dates */
    { 20230229, 20230101, CSISMS_EINVAL, 0 },
    { 20271021, 20241301, CSISMS_EINVAL, 0 },
    { 0, 20241022, CSISMS_EINVAL, 0 },
    { 20271021, 0, CSISMS_EINVAL, 0 },
    { 20271021, -1, CSISMS_EINVAL, 0 },
};

START_TEST(test_recert_valid_until)
{
    csisms_date r = SENTINEL;
    const int status = csisms_recert_valid_until(recert_cases[_i].old_until, recert_cases[_i].decision, &r);
    ck_assert_msg(status == recert_cases[_i].status, "recert(%d, %d) = %d", (int)recert_cases[_i].old_until,
                  (int)recert_cases[_i].decision, status);
    ck_assert_int_eq(r, status >= CSISMS_OK ? recert_cases[_i].until : SENTINEL);
}
END_TEST

/* ---------------------------------------------------------------------------
 * The single-date periods: 6.1, 7.1.2, 9, 7.2.1(7).
 */
typedef int (*period_fn)(csisms_date, csisms_date *);

static const struct {
    period_fn fn;
    const char *name;
    csisms_date date;
    int status;
    csisms_date result;
} period_cases[] = {
    /* 6.1: valid_until − 90 days */
    { csisms_recert_window_opens, "window", 20271021, CSISMS_OK, 20270723 },
    { csisms_recert_window_opens, "window", 20240529, CSISMS_OK, 20240229 },
    { csisms_recert_window_opens, "window", 20230529, CSISMS_OK, 20230228 },
    { csisms_recert_window_opens, "window", 20270228, CSISMS_OK, 20261130 },
    { csisms_recert_window_opens, "window", 20240330, CSISMS_OK, 20231231 },
    { csisms_recert_window_opens, "window", 10401, CSISMS_OK, 10101 },
    { csisms_recert_window_opens, "window", 10331, CSISMS_ERANGE, 0 },
    { csisms_recert_window_opens, "window", 10101, CSISMS_ERANGE, 0 },
    { csisms_recert_window_opens, "window", 99991231, CSISMS_OK, 99991002 },
    /* 7.1.2: suspension date + 6 months */
    { csisms_suspension_ends_by, "suspension", 20241022, CSISMS_OK, 20250422 },
    { csisms_suspension_ends_by, "suspension", 20240831, CSISMS_OK, 20250228 },
    { csisms_suspension_ends_by, "suspension", 20230831, CSISMS_OK, 20240229 },
    { csisms_suspension_ends_by, "suspension", 20240229, CSISMS_OK, 20240829 },
    { csisms_suspension_ends_by, "suspension", 20240930, CSISMS_OK, 20250330 },
    { csisms_suspension_ends_by, "suspension", 20991231, CSISMS_OK, 21000630 },
    { csisms_suspension_ends_by, "suspension", 10101, CSISMS_OK, 10701 },
    { csisms_suspension_ends_by, "suspension", 99990630, CSISMS_OK, 99991230 },
    { csisms_suspension_ends_by, "suspension", 99990701, CSISMS_ERANGE, 0 },
    { csisms_suspension_ends_by, "suspension", 99991231, CSISMS_ERANGE, 0 },
    /* 9: received + 60 calendar days */
    { csisms_appeal_due, "appeal", 20241022, CSISMS_OK, 20241221 },
    { csisms_appeal_due, "appeal", 20240101, CSISMS_OK, 20240301 },
    { csisms_appeal_due, "appeal", 20230101, CSISMS_OK, 20230302 },
    { csisms_appeal_due, "appeal", 20000101, CSISMS_OK, 20000301 },
    { csisms_appeal_due, "appeal", 21000101, CSISMS_OK, 21000302 },
    { csisms_appeal_due, "appeal", 20231231, CSISMS_OK, 20240229 },
    { csisms_appeal_due, "appeal", 20240229, CSISMS_OK, 20240429 },
    { csisms_appeal_due, "appeal", 99991101, CSISMS_OK, 99991231 },
    { csisms_appeal_due, "appeal", 99991102, CSISMS_ERANGE, 0 },
    /* 7.2.1(7): requested + 6 months */
    { csisms_correction_due, "correction", 20241022, CSISMS_OK, 20250422 },
    { csisms_correction_due, "correction", 20230831, CSISMS_OK, 20240229 },
    { csisms_correction_due, "correction", 20240229, CSISMS_OK, 20240829 },
    { csisms_correction_due, "correction", 20240331, CSISMS_OK, 20240930 },
    { csisms_correction_due, "correction", 99990630, CSISMS_OK, 99991230 },
    { csisms_correction_due, "correction", 99990701, CSISMS_ERANGE, 0 },
};

START_TEST(test_periods)
{
    csisms_date r = SENTINEL;
    const int status = period_cases[_i].fn(period_cases[_i].date, &r);
    ck_assert_msg(status == period_cases[_i].status, "%s(%d) = %d", period_cases[_i].name,
                  (int)period_cases[_i].date, status);
    ck_assert_msg(r == (status == CSISMS_OK ? period_cases[_i].result : SENTINEL), "%s(%d) wrote %d",
                  period_cases[_i].name, (int)period_cases[_i].date, (int)r);
}
END_TEST

/* ---------------------------------------------------------------------------
 * Every function, every invalid date and every NULL out-pointer: EINVAL,
 * outputs untouched.
 */
static const csisms_date invalid_dates[] = {
    20230229, 19000229, 21000229, 20241301, 20240000, 20240100, 20240431, 20240132,
    0, -1, 101, 100000101, 99991232, INT32_MAX, INT32_MIN,
};

START_TEST(test_invalid_everywhere)
{
    const csisms_date bad = invalid_dates[_i];
    csisms_date a = SENTINEL, b = SENTINEL;
    int32_t n = INT32_MIN;
    char buf[16];

    memset(buf, 'X', sizeof buf);
    ck_assert_int_eq(csisms_date_valid(bad), 0);
    ck_assert_int_eq(csisms_date_format(bad, buf, sizeof buf), CSISMS_EINVAL);
    ck_assert_int_eq(buf[0], 'X');
    ck_assert_int_eq(csisms_date_add_days(bad, 0, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_add_days(bad, INT32_MAX, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_add_months(bad, 0, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_add_months(bad, INT32_MIN, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_diff_days(bad, 20241022, &n), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_diff_days(20241022, bad, &n), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_diff_days(bad, bad, &n), CSISMS_EINVAL);
    for (int kind = CSISMS_SURV_FIRST; kind <= CSISMS_SURV_AFTER_RECERT; kind++)
        ck_assert_int_eq(csisms_surveillance_due(kind, bad, &a, &b), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_certificate_valid_until(bad, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_recert_valid_until(bad, 20241022, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_recert_valid_until(20241022, bad, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_recert_window_opens(bad, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_suspension_ends_by(bad, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_appeal_due(bad, &a), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_correction_due(bad, &a), CSISMS_EINVAL);
    ck_assert_int_eq(a, SENTINEL);
    ck_assert_int_eq(b, SENTINEL);
    ck_assert_int_eq(n, INT32_MIN);
}
END_TEST

START_TEST(test_null_outputs)
{
    ck_assert_int_eq(csisms_date_add_days(20241022, 1, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_add_months(20241022, 1, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_diff_days(20241022, 20241023, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_certificate_valid_until(20241022, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_recert_valid_until(20271021, 20271001, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_recert_valid_until(20271021, 20280101, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_recert_window_opens(20271021, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_suspension_ends_by(20241022, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_appeal_due(20241022, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_correction_due(20241022, NULL), CSISMS_EINVAL);
    /* NULL first, whatever the other arguments */
    ck_assert_int_eq(csisms_date_add_days(0, INT32_MAX, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_date_add_months(99991231, 1, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_certificate_valid_until(99991231, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_appeal_due(99991231, NULL), CSISMS_EINVAL);
}
END_TEST

/* The constants are ABI (doc/rules-model.md §2). */
START_TEST(test_constants)
{
    ck_assert_int_eq(CSISMS_SURV_FIRST, 1);
    ck_assert_int_eq(CSISMS_SURV_SECOND, 2);
    ck_assert_int_eq(CSISMS_SURV_AFTER_RECERT, 3);
    ck_assert_int_eq(CSISMS_INTERRUPTED, 1);
    ck_assert_int_eq((int)sizeof(csisms_date), 4);
    ck_assert_int_eq((csisms_date)-1 < 0, 1);
}
END_TEST

static Suite *dates_suite(void)
{
    Suite *s = suite_create("dates");
    TCase *tc = tcase_create("calendar");
    tcase_add_test(tc, test_constants);
    tcase_add_loop_test(tc, test_valid, 0, N(valid_cases));
    tcase_add_loop_test(tc, test_month_ends, 0, N(month_end_cases));
    tcase_add_loop_test(tc, test_add_days, 0, N(add_days_cases));
    tcase_add_test(tc, test_add_days_before_year_1);
    tcase_add_loop_test(tc, test_add_months, 0, N(add_months_cases));
    tcase_add_loop_test(tc, test_add_months_month_ends, 0, N(jan31_plus));
    tcase_add_loop_test(tc, test_diff_days, 0, N(diff_cases));
    tcase_add_loop_test(tc, test_invalid_everywhere, 0, N(invalid_dates));
    tcase_add_test(tc, test_null_outputs);
    suite_add_tcase(s, tc);

    tc = tcase_create("reference");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_walk_whole_range);
    tcase_add_test(tc, test_add_months_reference);
    suite_add_tcase(s, tc);

    tc = tcase_create("text");
    tcase_add_loop_test(tc, test_parse, 0, N(parse_cases));
    tcase_add_test(tc, test_parse_null);
    tcase_add_test(tc, test_format);
    tcase_add_test(tc, test_format_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("periods");
    tcase_add_loop_test(tc, test_surveillance, 0, N(surveillance_cases));
    tcase_add_test(tc, test_surveillance_null);
    tcase_add_loop_test(tc, test_certificate_valid_until, 0, N(validity_cases));
    tcase_add_loop_test(tc, test_recert_valid_until, 0, N(recert_cases));
    tcase_add_loop_test(tc, test_periods, 0, N(period_cases));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(dates_suite());
}
