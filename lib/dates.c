/* SPDX-License-Identifier: MIT */
/* libcsisms — dates and periods (doc/rules-model.md §2; rules 5.1.1, 6.1, 6.3, 7.1.2,
 * 7.2.1(7), 8.1(6), 8.2, 9).
 *
 * A csisms_date is the integer YYYYMMDD in the proleptic Gregorian calendar,
 * 0001-01-01 … 9999-12-31.  Arithmetic goes through a day serial (days since
 * 1970-01-01, negative before) computed with H. Hinnant's days_from_civil /
 * civil_from_days integer algorithms in 64 bits, so no intermediate can
 * overflow for any int32_t input.  No libc time functions are used.
 *
 * Periods follow PRC Civil Code arts. 201–202: the start day is not counted;
 * a period of N days ends N days after the start day; a period of months ends
 * on the corresponding day of the final month, or on that month's last day if
 * it has none.  Art. 203 (a period ending on a holiday) is not applied.
 * Certificate validity (8.2) is the one period that counts its first day
 * (doc/interpretations.md I-4, I-5, I-20).
 */
#include "csisms.h"
#include "dates_internal.h"

#include <stddef.h>
#include <stdint.h>

/* Lengths of the periods the rules state. */
enum {
    SURVEILLANCE_MONTHS = 12,     /* 5.1.1: within 12 months of the decision / previous audit */
    VALIDITY_YEARS = 3,           /* 8.2: certificates are valid for three years */
    RECERT_WINDOW_DAYS = 90,      /* 6.1: within 90 days before expiry */
    SUSPENSION_MONTHS = 6,        /* 7.1.2: suspension lasts at most 6 months */
    CORRECTION_MONTHS = 6,        /* 7.2.1(7): not corrected after more than 6 months */
    APPEAL_DAYS = 60              /* 9: within 60 calendar days */
};

/* 5.1.1: the largest postponement, in months, each kind of surveillance
 * allows ("延长期最长不能超过3个月" for the second surveillance after initial
 * certification and for those after recertification; none for the first). */
static const int8_t surveillance_postponement[] = {
    0, /* CSISMS_SURV_FIRST: "初次认证后的第一次监督审核应在认证决定起12个月内进行" */
    3, /* CSISMS_SURV_SECOND */
    3  /* CSISMS_SURV_AFTER_RECERT */
};
#define SURVEILLANCE_KINDS (sizeof surveillance_postponement / sizeof surveillance_postponement[0])

struct ymd {
    int64_t y;
    int m;
    int d;
};

static int is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_length(int64_t y, int m)
{
    static const int8_t length[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return length[m - 1] + (m == 2 && is_leap(y));
}

/* Checks month and day against year y (any year, 0 included). */
static int month_day_ok(int64_t y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= month_length(y, m);
}

/* Splits a csisms_date; 1 when it is a valid date in 0001-01-01 … 9999-12-31. */
static int split(csisms_date date, struct ymd *out)
{
    if (date < 10101 || date > 99991231)
        return 0;
    out->y = date / 10000;
    out->m = (int)(date / 100 % 100);
    out->d = (int)(date % 100);
    return month_day_ok(out->y, out->m, out->d);
}

static csisms_date pack(const struct ymd *a)
{
    return (csisms_date)(a->y * 10000 + a->m * 100 + a->d);
}

/* Days since 1970-01-01 of day d counted from the 1st of month m of year y
 * (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").  The day is
 * linear, so a day past the month's end runs on into the next month: 29
 * February of a common year is 1 March.  Exact for month 1–12, day 1–31 and
 * any year whose magnitude is far below 2^50. */
static int64_t serial_of(int64_t y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;                                   /* 0 … 399 */
    const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* 0 … 365 */
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0 … 146096 */
    return era * 146097 + doe - 719468;
}

/* The inverse of serial_of, into a csisms_date; ERANGE outside 0001 … 9999. */
static int date_of_serial(int64_t serial, csisms_date *out)
{
    const int64_t z = serial + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;                                        /* 0 … 146096 */
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  /* 0 … 399 */
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                 /* 0 … 365 */
    const int64_t mp = (5 * doy + 2) / 153;                                      /* 0 … 11 */
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const struct ymd a = { yoe + era * 400 + (m <= 2), (int)m, (int)d };

    if (a.y < 1 || a.y > 9999)
        return CSISMS_ERANGE;
    *out = pack(&a);
    return CSISMS_OK;
}

/* Months since 0000-01 of the month of a, + months. */
static int64_t month_index(const struct ymd *a, int64_t months)
{
    return a->y * 12 + (a->m - 1) + months;
}

/* Day d of the month with that index, clamped to the month's last day. */
static struct ymd day_of_month_index(int64_t index, int d)
{
    struct ymd r;
    r.y = index / 12;
    r.m = (int)(index % 12) + 1;
    const int last = month_length(r.y, r.m);
    r.d = d < last ? d : last;
    return r;
}

/* a + months, clamped to the last day of the final month; ERANGE outside
 * 0001 … 9999. */
static int add_months(const struct ymd *a, int64_t months, struct ymd *out)
{
    const int64_t index = month_index(a, months);
    if (index < 12 || index >= 10000 * 12)
        return CSISMS_ERANGE;
    *out = day_of_month_index(index, a->d);
    return CSISMS_OK;
}

CSISMS_API int csisms_date_valid(csisms_date date)
{
    return csisms__date_ok(date);
}

int csisms__date_ok(csisms_date date)
{
    struct ymd a;
    return split(date, &a);
}

csisms_date csisms__date_next_day(csisms_date date)
{
    const int d = (int)(date % 100);
    if (d < 28) /* every month has a day 28 */
        return date + 1;
    const int64_t y = date / 10000;
    const int m = (int)(date / 100 % 100);
    if (d < month_length(y, m))
        return date + 1;
    if (m < 12)
        return (date / 100 + 1) * 100 + 1; /* the 1st of the next month */
    return (csisms_date)((y + 1) * 10000 + 101);
}

/* A valid date + months, day clamped; in range by the callers' contract
 * (a date no later than CSISMS_DATE_INPUT_MAX, months ≤ 6). */
static csisms_date plus_months(csisms_date date, int months)
{
    const struct ymd a = { date / 10000, (int)(date / 100 % 100), (int)(date % 100) };
    const struct ymd b = day_of_month_index(month_index(&a, months), a.d);
    return pack(&b);
}

csisms_date csisms__suspension_ends_by(csisms_date suspended_on)
{
    return plus_months(suspended_on, SUSPENSION_MONTHS);
}

csisms_date csisms__correction_due(csisms_date requested)
{
    return plus_months(requested, CORRECTION_MONTHS);
}

/* Reads exactly n ASCII digits at s (stops at NUL, which is not a digit). */
static int read_digits(const char *s, size_t n, int64_t *value)
{
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 1;
}

/* Matches the literal lit at *s and advances past it. */
static int expect(const char **s, const char *lit)
{
    const char *p = *s;
    for (; *lit != '\0'; lit++, p++)
        if (*p != *lit)
            return 0;
    *s = p;
    return 1;
}

/* Reads one or two ASCII digits at *s and advances past them. */
static int read_short(const char **s, int64_t *value)
{
    size_t n = 0;
    while (n < 2 && (*s)[n] >= '0' && (*s)[n] <= '9')
        n++;
    if (n == 0 || !read_digits(*s, n, value))
        return 0;
    *s += n;
    return 1;
}

/* "YYYY年M月D日", month and day with or without a leading zero. */
static int parse_cjk(const char *s, int64_t *y, int64_t *m, int64_t *d)
{
    if (!read_digits(s, 4, y))
        return 0;
    s += 4;
    return expect(&s, "\xE5\xB9\xB4" /* 年 */) && read_short(&s, m) && expect(&s, "\xE6\x9C\x88" /* 月 */)
        && read_short(&s, d) && expect(&s, "\xE6\x97\xA5" /* 日 */) && *s == '\0';
}

/* "YYYY-MM-DD" or "YYYYMMDD". */
static int parse_iso(const char *s, int64_t *y, int64_t *m, int64_t *d)
{
    if (!read_digits(s, 4, y))
        return 0;
    if (s[4] == '-')
        return read_digits(s + 5, 2, m) && s[7] == '-' && read_digits(s + 8, 2, d)
            && s[10] == '\0';
    return read_digits(s + 4, 2, m) && read_digits(s + 6, 2, d) && s[8] == '\0';
}

/* The checks after a form has matched: an impossible day is EINVAL; a day
 * of year 0000 exists in the proleptic Gregorian calendar (it is 1 BC) but is
 * not representable: a well-formed text, so a range error. */
static int parsed_date(int64_t y, int64_t m, int64_t d, csisms_date *date)
{
    if (!month_day_ok(y, (int)m, (int)d))
        return CSISMS_EINVAL;
    if (y < 1)
        return CSISMS_ERANGE;
    *date = (csisms_date)(y * 10000 + m * 100 + d);
    return CSISMS_OK;
}

CSISMS_API int csisms_date_parse(const char *text, csisms_date *date)
{
    int64_t y, m, d;

    if (text == NULL || date == NULL)
        return CSISMS_EINVAL;
    if (!parse_iso(text, &y, &m, &d) && !parse_cjk(text, &y, &m, &d))
        return CSISMS_EINVAL;
    return parsed_date(y, m, d, date);
}

/* "Y-M-D", "Y/M/D" or "Y.M.D": a four-digit year, month and day of one or
 * two digits, the same separator twice (spreadsheet exports). */
static int parse_separated(const char *s, int64_t *y, int64_t *m, int64_t *d)
{
    char sep;

    if (!read_digits(s, 4, y))
        return 0;
    sep = s[4];
    if (sep != '-' && sep != '/' && sep != '.')
        return 0;
    s += 5;
    if (!read_short(&s, m) || *s++ != sep || !read_short(&s, d))
        return 0;
    return *s == '\0';
}

/* Length of the blank at s (ASCII space, tab, CR, LF, or U+3000), 0 if none. */
static size_t blank_at(const char *s)
{
    if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        return 1;
    return expect(&s, "\xE3\x80\x80" /* U+3000 */) ? 3 : 0;
}

/* Length of the blank that ends s[0..n) (as blank_at), 0 if none. */
static size_t blank_before(const char *s, size_t n)
{
    if (n >= 1 && blank_at(s + n - 1) == 1)
        return 1;
    return n >= 3 && blank_at(s + n - 3) == 3 ? 3 : 0;
}

CSISMS_API int csisms_date_parse_lenient(const char *text, csisms_date *date)
{
    /* The longest accepted form, "YYYY年MM月DD日", is 17 bytes. */
    enum { LONGEST = 17 };
    char core[LONGEST + 1];
    size_t n = 0, blank;
    int64_t y, m, d;

    if (text == NULL || date == NULL)
        return CSISMS_EINVAL;
    while ((blank = blank_at(text)) != 0)
        text += blank;
    while (text[n] != '\0')
        n++;
    while ((blank = blank_before(text, n)) != 0)
        n -= blank;
    if (n > LONGEST)
        return CSISMS_EINVAL;
    for (size_t i = 0; i < n; i++)
        core[i] = text[i];
    core[n] = '\0';
    if (!parse_iso(core, &y, &m, &d) && !parse_cjk(core, &y, &m, &d)
        && !parse_separated(core, &y, &m, &d))
        return CSISMS_EINVAL;
    return parsed_date(y, m, d, date);
}

CSISMS_API int csisms_date_format(csisms_date date, char *buf, size_t size)
{
    enum { LENGTH = 10 }; /* "YYYY-MM-DD" */
    struct ymd a;

    if (buf == NULL || !split(date, &a))
        return CSISMS_EINVAL;
    if (size < LENGTH + 1)
        return CSISMS_ENOSPC;
    const int64_t field[3] = { a.y, a.m, a.d };
    static const int8_t width[3] = { 4, 2, 2 };
    char *p = buf;
    for (int f = 0; f < 3; f++) {
        if (f > 0)
            *p++ = '-';
        int64_t v = field[f];
        for (int i = width[f] - 1; i >= 0; i--) {
            p[i] = (char)('0' + v % 10);
            v /= 10;
        }
        p += width[f];
    }
    *p = '\0';
    return LENGTH;
}

CSISMS_API int csisms_date_add_days(csisms_date date, int32_t days, csisms_date *result)
{
    struct ymd a;

    if (result == NULL || !split(date, &a))
        return CSISMS_EINVAL;
    return date_of_serial(serial_of(a.y, a.m, a.d) + days, result);
}

CSISMS_API int csisms_date_add_months(csisms_date date, int32_t months, csisms_date *result)
{
    struct ymd a, b;
    int status;

    if (result == NULL || !split(date, &a))
        return CSISMS_EINVAL;
    status = add_months(&a, months, &b);
    if (status != CSISMS_OK)
        return status;
    *result = pack(&b);
    return CSISMS_OK;
}

CSISMS_API int csisms_date_diff_days(csisms_date from, csisms_date to, int32_t *days)
{
    struct ymd a, b;

    if (days == NULL || !split(from, &a) || !split(to, &b))
        return CSISMS_EINVAL;
    /* |difference| < 3 652 059, far inside int32_t. */
    *days = (int32_t)(serial_of(b.y, b.m, b.d) - serial_of(a.y, a.m, a.d));
    return CSISMS_OK;
}

CSISMS_API int csisms_surveillance_due(int kind, csisms_date reference, csisms_date *due,
                                       csisms_date *latest)
{
    struct ymd a, d, l;
    int status;

    if (due == NULL || latest == NULL)
        return CSISMS_EINVAL;
    if (kind < CSISMS_SURV_FIRST || (size_t)(kind - CSISMS_SURV_FIRST) >= SURVEILLANCE_KINDS
        || !split(reference, &a))
        return CSISMS_EINVAL;
    status = add_months(&a, SURVEILLANCE_MONTHS, &d);
    if (status == CSISMS_OK) /* latest is counted from due, not from the reference */
        status = add_months(&d, surveillance_postponement[kind - CSISMS_SURV_FIRST], &l);
    if (status != CSISMS_OK)
        return status;
    *due = pack(&d);
    *latest = pack(&l);
    return CSISMS_OK;
}

CSISMS_API int csisms_certificate_valid_until(csisms_date valid_from, csisms_date *valid_until)
{
    struct ymd a, last;

    if (valid_until == NULL || !split(valid_from, &a))
        return CSISMS_EINVAL;
    /* The day before the third anniversary.  The anniversary of 29 February
     * is 1 March, since a leap year plus three is never a leap year.  It may
     * fall in the year 10000: only the day before it must be representable. */
    last.y = a.y + VALIDITY_YEARS;
    if (a.m == 2 && a.d == 29) {
        last.m = 2;
        last.d = 28;
    } else if (a.d > 1) {
        last.m = a.m;
        last.d = a.d - 1;
    } else if (a.m > 1) {
        last.m = a.m - 1;
        last.d = month_length(last.y, last.m);
    } else {
        last.y--;
        last.m = 12;
        last.d = 31;
    }
    if (last.y > 9999)
        return CSISMS_ERANGE;
    *valid_until = pack(&last);
    return CSISMS_OK;
}

CSISMS_API int csisms_recert_valid_until(csisms_date old_valid_until, csisms_date decision,
                                         csisms_date *valid_until)
{
    csisms_date from;
    int status;

    if (valid_until == NULL || !csisms_date_valid(old_valid_until) || !csisms_date_valid(decision))
        return CSISMS_EINVAL;
    if (decision > old_valid_until) {
        /* Interrupted: a new cycle starts on the decision date. */
        status = csisms_certificate_valid_until(decision, valid_until);
        return status == CSISMS_OK ? CSISMS_INTERRUPTED : status;
    }
    /* The cycle continues from the day after the old last day. */
    status = csisms_date_add_days(old_valid_until, 1, &from);
    if (status != CSISMS_OK)
        return status;
    return csisms_certificate_valid_until(from, valid_until);
}

CSISMS_API int csisms_recert_window_opens(csisms_date valid_until, csisms_date *opens)
{
    return csisms_date_add_days(valid_until, -RECERT_WINDOW_DAYS, opens);
}

CSISMS_API int csisms_suspension_ends_by(csisms_date suspended_on, csisms_date *ends_by)
{
    return csisms_date_add_months(suspended_on, SUSPENSION_MONTHS, ends_by);
}

CSISMS_API int csisms_appeal_due(csisms_date received, csisms_date *due)
{
    return csisms_date_add_days(received, APPEAL_DAYS, due);
}

CSISMS_API int csisms_correction_due(csisms_date requested, csisms_date *due)
{
    return csisms_date_add_months(requested, CORRECTION_MONTHS, due);
}
