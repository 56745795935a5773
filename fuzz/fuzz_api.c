/* SPDX-License-Identifier: MIT */
/* libFuzzer target: every public function that does not take free text.
 *
 * The input is a sequence of operations: a byte chooses the function, the
 * following bytes its integer and struct arguments (see fuzz.h's reader:
 * raw values, small values and edges, valid and near-valid dates). Each call
 * is checked against a reference written from doc/rules-model.md (fuzz/oracle.h) and
 * against invariants that must always hold:
 *   - out-parameters keep their sentinel on every error; buffers are written
 *     only within their size, and not at all on ENOSPC;
 *   - results lie in their documented ranges and equal the reference;
 *   - add_months then diff_days agree with the reference calendar; diff_days
 *     is antisymmetric and inverted by add_days;
 *   - audit time never decreases with personnel and matches its band;
 *   - csisms_evaluate, with facts and verdict of arbitrary `size` (pointing at
 *     buffers of that many bytes, at most 4096), writes only the verdict's v1
 *     fields, and its verdict follows doc/rules-model.md §4: WITHDRAW iff a 7.2.1 bit is in
 *     the reasons; EXPIRE iff EXPIRED and no 7.2.1 bit; the duties are the
 *     action's; a deadline iff SUSPEND; next_review after today or 0.
 * Any violation aborts with the function, its arguments and both values. */
#include "fuzz.h"
#include "oracle.h"

/* ---------------------------------------------------------------- inputs */

static csisms_date any_date(fuzz_reader *r)
{
    static const csisms_date edges[] = {
        0,        1,        -1,       10101,    10102,    11231,    99991231, 99991230,
        99981231, 99990101, 99970101, 99970102, 20240229, 20230229, 19000229, 20000229,
        21000228, 20241022, 20271021, 20250228, 20240131, 20240831, INT32_MAX, INT32_MIN,
        10100,    99991232, 20241300, 20241000, 20240132, 100000101,
    };
    uint8_t sel = fuzz_u8(r);
    switch (sel % 6) {
    case 0:
        return fuzz_i32_raw(r);
    case 1: {
        int32_t y = (int32_t)(fuzz_u32(r) % 9999u) + 1;
        int m = fuzz_u8(r) % 12 + 1;
        int d = fuzz_u8(r) % or_month_days(y, m) + 1;
        return y * 10000 + m * 100 + d;
    }
    case 2:
        return edges[fuzz_u8(r) % (sizeof edges / sizeof edges[0])];
    case 3: {
        int32_t y = (int32_t)(fuzz_u32(r) % 10001u);
        return y * 10000 + (fuzz_u8(r) % 14) * 100 + fuzz_u8(r) % 33;
    }
    case 4: {
        int32_t y = 1990 + fuzz_u8(r) % 71;
        int m = fuzz_u8(r) % 12 + 1;
        int d = fuzz_u8(r) % or_month_days(y, m) + 1;
        return y * 10000 + m * 100 + d;
    }
    default: {
        uint8_t b = fuzz_u8(r);
        int32_t y = b & 1 ? 9997 + b / 2 % 3 : 1 + b / 2 % 3;
        int m = fuzz_u8(r) % 12 + 1;
        int d = fuzz_u8(r) % or_month_days(y, m) + 1;
        return y * 10000 + m * 100 + d;
    }
    }
}

/* A date near `base` (days and months either side), or another date. */
static csisms_date near_date(fuzz_reader *r, csisms_date base)
{
    uint8_t sel = fuzz_u8(r);
    if (!or_valid(base) || sel % 4 == 0)
        return sel % 8 == 4 ? 0 : any_date(r);
    if (sel % 4 == 1)
        return or_add_days(base, (int8_t)fuzz_u8(r));
    int months = (int)(fuzz_u8(r) % 17) - 8;
    csisms_date d = or_add_months(base, months);
    return d ? or_add_days(d, (int)(fuzz_u8(r) % 5) - 2) : 0;
}

static int any_small_enum(fuzz_reader *r, int hi)
{
    uint8_t sel = fuzz_u8(r);
    if (sel % 8 == 7)
        return fuzz_i32_raw(r);
    return (int)(sel / 8 % (unsigned)(hi + 3)) - 1; /* -1 … hi + 1 */
}

static int any_lang(fuzz_reader *r)
{
    return any_small_enum(r, 1);
}

static int64_t any_i64(fuzz_reader *r)
{
    static const int64_t edges[] = {
        0, 1, -1, 2, 3, 5, 10, INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MAX / 2,
        INT64_MAX / 2 + 1, (int64_t)INT32_MAX, (int64_t)INT32_MAX + 1, (int64_t)INT32_MAX / 2,
        (int64_t)INT32_MAX / 2 + 1, 4294967295LL, 4294967296LL, 1073741823LL, 1073741824LL,
    };
    uint8_t sel = fuzz_u8(r);
    switch (sel % 4) {
    case 0:
        return fuzz_i64_raw(r);
    case 1:
        return (int64_t)(fuzz_u8(r) % 64) - 20;
    case 2:
        return edges[fuzz_u8(r) % (sizeof edges / sizeof edges[0])];
    default:
        return fuzz_i32(r);
    }
}

/* ---------------------------------------------------------------- version, status */

static void op_status(fuzz_reader *r)
{
    int32_t status = fuzz_i32(r);
    const char *s = csisms_strerror(status);
    FUZZ_CHECK(s != NULL && s[0] != '\0' && strlen(s) < 200, "csisms_strerror(%ld)",
               (long)status);
    FUZZ_CHECK(strcmp(csisms_version(), CSISMS_VERSION_STRING) == 0, "csisms_version()");
    int32_t req = fuzz_i32(r);
    int want = req >= 0 && (req >> 16) == CSISMS_VERSION_MAJOR && req <= CSISMS_VERSION_NUMBER;
    FUZZ_CHECK(!csisms_check_version(req) == !want, "csisms_check_version(%#lx) = %d",
               (long)req, csisms_check_version(req));
}

/* ---------------------------------------------------------------- audit time */

static void op_isms(fuzz_reader *r)
{
    uint32_t n = fuzz_u32_mixed(r);
    int32_t hd = FUZZ_SENTINEL_I32;
    int rc = csisms_isms_audit_days(n, &hd);
    if (n == 0) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && hd == FUZZ_SENTINEL_I32, "csisms_isms_audit_days(0)");
        return;
    }
    FUZZ_CHECK(rc == CSISMS_OK && hd == or_isms(n),
               "csisms_isms_audit_days(%lu) = %d, %ld; expected %ld", (unsigned long)n, rc,
               (long)hd, (long)or_isms(n));
    if (n < UINT32_MAX) {
        int32_t next = FUZZ_SENTINEL_I32;
        rc = csisms_isms_audit_days(n + 1, &next);
        FUZZ_CHECK(rc == CSISMS_OK && next >= hd && next <= hd + 3,
                   "audit time not monotonic at %lu: %ld then %ld", (unsigned long)n, (long)hd,
                   (long)next);
    }
}

static void op_band(fuzz_reader *r)
{
    uint8_t sel = fuzz_u8(r);
    uint32_t index = sel % 2 ? (uint32_t)(sel / 2 % 90) : fuzz_u32_mixed(r);
    uint32_t lo = FUZZ_SENTINEL_U32, hi = FUZZ_SENTINEL_U32;
    int32_t hd = FUZZ_SENTINEL_I32;
    int rc = csisms_isms_band(index, &lo, &hi, &hd);
    if (index >= OR_BANDS) {
        FUZZ_CHECK(rc == CSISMS_ENOTFOUND && lo == FUZZ_SENTINEL_U32 && hi == FUZZ_SENTINEL_U32 &&
                       hd == FUZZ_SENTINEL_I32,
                   "csisms_isms_band(%lu) = %d", (unsigned long)index, rc);
        return;
    }
    const or_band *b = &or_bands()[index];
    FUZZ_CHECK(rc == CSISMS_OK && lo == b->lower && hi == b->upper && hd == b->halfdays,
               "csisms_isms_band(%lu) = %d: %lu-%lu %ld; expected %lu-%lu %ld",
               (unsigned long)index, rc, (unsigned long)lo, (unsigned long)hi, (long)hd,
               (unsigned long)b->lower, (unsigned long)b->upper, (long)b->halfdays);
    int32_t at_lo = 0, at_hi = 0;
    FUZZ_CHECK(csisms_isms_audit_days(lo, &at_lo) == CSISMS_OK && at_lo == hd &&
                   csisms_isms_audit_days(hi, &at_hi) == CSISMS_OK && at_hi == hd,
               "band %lu does not match csisms_isms_audit_days", (unsigned long)index);
}

/* CSISMS time from ISMS time H per basis, or -1 for an invalid argument. */
static int64_t ref_initial(int64_t h, int basis)
{
    if (h < 1)
        return -1;
    switch (basis) {
    case CSISMS_BASIS_NONE:
        return h;
    case CSISMS_BASIS_ISMS_CERT:
        return or_ceil_div(h, 2) + 2;
    case CSISMS_BASIS_ISMS_CERT_HERE:
        return or_ceil_div(h, 2);
    case CSISMS_BASIS_COMBINED:
        return or_ceil_div(2 * h, 5);
    default:
        return -1;
    }
}

static void op_initial(fuzz_reader *r)
{
    int32_t h = fuzz_i32(r);
    int basis = any_small_enum(r, 3);
    int32_t hd = FUZZ_SENTINEL_I32;
    int rc = csisms_initial_audit_days(h, basis, &hd);
    int64_t want = ref_initial(h, basis);
    if (want < 0)
        FUZZ_CHECK(rc == CSISMS_EINVAL && hd == FUZZ_SENTINEL_I32,
                   "csisms_initial_audit_days(%ld, %d) = %d", (long)h, basis, rc);
    else
        FUZZ_CHECK(rc == CSISMS_OK && hd == want,
                   "csisms_initial_audit_days(%ld, %d) = %d, %ld; expected %lld", (long)h, basis,
                   rc, (long)hd, (long long)want);
}

static void op_audit_days(fuzz_reader *r)
{
    uint32_t n = fuzz_u32_mixed(r);
    int basis = any_small_enum(r, 3);
    int32_t hd = FUZZ_SENTINEL_I32;
    int rc = csisms_audit_days(n, basis, &hd);
    int64_t want = n == 0 ? -1 : ref_initial(or_isms(n), basis);
    if (want < 0)
        FUZZ_CHECK(rc == CSISMS_EINVAL && hd == FUZZ_SENTINEL_I32,
                   "csisms_audit_days(%lu, %d) = %d", (unsigned long)n, basis, rc);
    else
        FUZZ_CHECK(rc == CSISMS_OK && hd == want,
                   "csisms_audit_days(%lu, %d) = %d, %ld; expected %lld", (unsigned long)n, basis,
                   rc, (long)hd, (long long)want);
}

static void op_derived(fuzz_reader *r)
{
    static const struct {
        int (*fn)(int32_t, int32_t *);
        const char *name;
        int64_t num, den; /* result = ⌈num·T/den⌉ */
    } derived[] = {
        { csisms_min_reduced_days, "csisms_min_reduced_days", 7, 10 },
        { csisms_min_onsite_days, "csisms_min_onsite_days", 4, 5 },
        { csisms_surveillance_days, "csisms_surveillance_days", 1, 3 },
        { csisms_surveillance_cycle_min_days, "csisms_surveillance_cycle_min_days", 2, 3 },
        { csisms_recert_min_days, "csisms_recert_min_days", 2, 3 },
    };
    size_t k = fuzz_u8(r) % (sizeof derived / sizeof derived[0]);
    int32_t t = fuzz_i32(r);
    int32_t out = FUZZ_SENTINEL_I32;
    int rc = derived[k].fn(t, &out);
    if (t < 1) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && out == FUZZ_SENTINEL_I32, "%s(%ld) = %d",
                   derived[k].name, (long)t, rc);
        return;
    }
    int64_t want = or_ceil_div(derived[k].num * t, derived[k].den);
    FUZZ_CHECK(rc == CSISMS_OK && out == want, "%s(%ld) = %d, %ld; expected %lld",
               derived[k].name, (long)t, rc, (long)out, (long long)want);
    /* Never below the exact value, less than 0.5 day above it. */
    FUZZ_CHECK(derived[k].den * out >= derived[k].num * t &&
                   derived[k].den * out < derived[k].num * t + derived[k].den,
               "%s(%ld) = %ld is not the rounded-up value", derived[k].name, (long)t, (long)out);
}

static void op_combined(fuzz_reader *r)
{
    size_t count = fuzz_u8(r) % 10;
    int32_t *parts = malloc((count ? count : 1) * sizeof *parts);
    if (parts == NULL)
        abort();
    int64_t sum = 0;
    int bad = count < 2;
    for (size_t i = 0; i < count; i++) {
        uint8_t sel = fuzz_u8(r);
        parts[i] = sel % 3 ? (int32_t)(fuzz_u32(r) & 0x7FFFFFFFu) : fuzz_i32(r);
        if (sel % 5 == 1)
            parts[i] = INT32_MAX - (int32_t)(sel / 5 % 3);
        bad |= parts[i] < 1;
        sum += parts[i];
    }
    int32_t out = FUZZ_SENTINEL_I32;
    int rc = csisms_combined_min_days(parts, count, &out);
    if (bad) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && out == FUZZ_SENTINEL_I32,
                   "csisms_combined_min_days(count %zu) = %d, expected EINVAL", count, rc);
    } else {
        int64_t want = or_ceil_div(4 * sum, 5);
        if (want > INT32_MAX)
            FUZZ_CHECK(rc == CSISMS_ERANGE && out == FUZZ_SENTINEL_I32,
                       "csisms_combined_min_days(sum %lld) = %d, expected ERANGE",
                       (long long)sum, rc);
        else
            FUZZ_CHECK(rc == CSISMS_OK && out == want,
                       "csisms_combined_min_days(sum %lld) = %d, %ld; expected %lld",
                       (long long)sum, rc, (long)out, (long long)want);
    }
    free(parts);
}

static void op_round(fuzz_reader *r)
{
    int64_t num = any_i64(r), den = any_i64(r);
    int32_t out = FUZZ_SENTINEL_I32;
    int rc = csisms_round_up_half(num, den, &out);
    if (num < 0 || den <= 0) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && out == FUZZ_SENTINEL_I32,
                   "csisms_round_up_half(%lld, %lld) = %d", (long long)num, (long long)den, rc);
        return;
    }
    int64_t want = or_round_up_half(num, den);
    if (want < 0)
        FUZZ_CHECK(rc == CSISMS_ERANGE && out == FUZZ_SENTINEL_I32,
                   "csisms_round_up_half(%lld, %lld) = %d, expected ERANGE", (long long)num,
                   (long long)den, rc);
    else
        FUZZ_CHECK(rc == CSISMS_OK && out == want,
                   "csisms_round_up_half(%lld, %lld) = %d, %ld; expected %lld", (long long)num,
                   (long long)den, rc, (long)out, (long long)want);
}

/* A buffer of exactly `size` bytes (at least 1 allocated), filled with the
 * sentinel; checks the formatter's return and what it wrote. */
static void check_format(const char *name, long long arg, int rc, const char *buf, size_t size,
                         const char *want)
{
    size_t len = want ? strlen(want) : 0;
    if (want == NULL) {
        FUZZ_CHECK(rc == CSISMS_EINVAL, "%s(%lld) = %d, expected EINVAL", name, arg, rc);
    } else if (size < len + 1) {
        FUZZ_CHECK(rc == CSISMS_ENOSPC, "%s(%lld, size %zu) = %d, expected ENOSPC", name, arg,
                   size, rc);
    } else {
        FUZZ_CHECK(rc == (int)len && memcmp(buf, want, len + 1) == 0,
                   "%s(%lld) = %d \"%.*s\", expected \"%s\"", name, arg, rc, (int)len, buf, want);
        return;
    }
    for (size_t i = 0; i < size; i++)
        FUZZ_CHECK((unsigned char)buf[i] == FUZZ_SENTINEL_BYTE,
                   "%s(%lld, size %zu) wrote byte %zu on error", name, arg, size, i);
}

static size_t any_buffer_size(fuzz_reader *r)
{
    return fuzz_u8(r) % 16;
}

static void op_days_format(fuzz_reader *r)
{
    int32_t hd = fuzz_i32(r);
    size_t size = any_buffer_size(r);
    char *buf = malloc(size ? size : 1);
    char want[32];
    if (buf == NULL)
        abort();
    memset(buf, FUZZ_SENTINEL_BYTE, size ? size : 1);
    if (hd >= 0)
        snprintf(want, sizeof want, hd % 2 ? "%ld.5" : "%ld", (long)(hd / 2));
    int rc = csisms_days_format(hd, buf, size);
    check_format("csisms_days_format", hd, rc, buf, size, hd >= 0 ? want : NULL);
    FUZZ_CHECK(csisms_days_format(hd, NULL, size) == CSISMS_EINVAL,
               "csisms_days_format(%ld, NULL, %zu) is not EINVAL", (long)hd, size);
    if (rc > 0) {
        int32_t back = FUZZ_SENTINEL_I32;
        FUZZ_CHECK(csisms_days_parse(buf, &back) == CSISMS_OK && back == hd,
                   "\"%s\" does not parse back to %ld", buf, (long)hd);
    }
    free(buf);
}

/* ---------------------------------------------------------------- dates */

static void op_date_valid(fuzz_reader *r)
{
    csisms_date d = any_date(r);
    int v = csisms_date_valid(d);
    FUZZ_CHECK(v == or_valid(d), "csisms_date_valid(%ld) = %d", (long)d, v);
}

static void op_date_format(fuzz_reader *r)
{
    csisms_date d = any_date(r);
    size_t size = any_buffer_size(r);
    char *buf = malloc(size ? size : 1);
    char want[16];
    if (buf == NULL)
        abort();
    memset(buf, FUZZ_SENTINEL_BYTE, size ? size : 1);
    if (or_valid(d))
        snprintf(want, sizeof want, "%04ld-%02ld-%02ld", (long)(d / 10000), (long)(d / 100 % 100),
                 (long)(d % 100));
    int rc = csisms_date_format(d, buf, size);
    check_format("csisms_date_format", d, rc, buf, size, or_valid(d) ? want : NULL);
    FUZZ_CHECK(csisms_date_format(d, NULL, size) == CSISMS_EINVAL,
               "csisms_date_format(%ld, NULL) is not EINVAL", (long)d);
    if (rc > 0) {
        csisms_date back = FUZZ_SENTINEL_I32;
        FUZZ_CHECK(csisms_date_parse(buf, &back) == CSISMS_OK && back == d,
                   "\"%s\" does not parse back to %ld", buf, (long)d);
    }
    free(buf);
}

/* Checks a function of one date with one date out: want 0 = ERANGE. */
static void check_date_fn(const char *name, int rc, csisms_date in, csisms_date got,
                          csisms_date want)
{
    if (!or_valid(in))
        FUZZ_CHECK(rc == CSISMS_EINVAL && got == FUZZ_SENTINEL_I32, "%s(%ld) = %d, expected EINVAL",
                   name, (long)in, rc);
    else if (want == 0)
        FUZZ_CHECK(rc == CSISMS_ERANGE && got == FUZZ_SENTINEL_I32, "%s(%ld) = %d, expected ERANGE",
                   name, (long)in, rc);
    else
        FUZZ_CHECK(rc == CSISMS_OK && got == want, "%s(%ld) = %d, %ld; expected %ld", name,
                   (long)in, rc, (long)got, (long)want);
}

static void op_add_days(fuzz_reader *r)
{
    csisms_date d = any_date(r);
    int32_t n = fuzz_i32(r);
    csisms_date got = FUZZ_SENTINEL_I32;
    int rc = csisms_date_add_days(d, n, &got);
    check_date_fn("csisms_date_add_days", rc, d, got, or_valid(d) ? or_add_days(d, n) : 0);
    if (rc == CSISMS_OK) {
        int32_t back = FUZZ_SENTINEL_I32;
        FUZZ_CHECK(csisms_date_diff_days(d, got, &back) == CSISMS_OK && back == n,
                   "add_days(%ld, %ld) = %ld but diff_days gives %ld", (long)d, (long)n,
                   (long)got, (long)back);
    }
}

static void op_add_months(fuzz_reader *r)
{
    csisms_date d = any_date(r);
    int32_t m = fuzz_u8(r) % 2 ? (int32_t)(fuzz_u8(r) % 100) - 50 : fuzz_i32(r);
    csisms_date got = FUZZ_SENTINEL_I32;
    int rc = csisms_date_add_months(d, m, &got);
    check_date_fn("csisms_date_add_months", rc, d, got, or_valid(d) ? or_add_months(d, m) : 0);
    if (rc != CSISMS_OK)
        return;
    /* add_months then diff_days: the reference calendar's distance, with
     * the sign of m, and the day of the month kept or clamped. */
    int32_t diff = FUZZ_SENTINEL_I32;
    FUZZ_CHECK(csisms_date_diff_days(d, got, &diff) == CSISMS_OK &&
                   diff == or_daynum(got) - or_daynum(d),
               "diff_days(%ld, add_months(%ld, %ld) = %ld) = %ld", (long)d, (long)d, (long)m,
               (long)got, (long)diff);
    FUZZ_CHECK((m > 0 && diff > 0) || (m < 0 && diff < 0) || (m == 0 && diff == 0),
               "add_months(%ld, %ld) moved %ld days", (long)d, (long)m, (long)diff);
    FUZZ_CHECK(got % 100 == d % 100 || (got % 100 < d % 100 && got % 100 >= 28),
               "add_months(%ld, %ld) = %ld changed the day", (long)d, (long)m, (long)got);
}

static void op_diff(fuzz_reader *r)
{
    csisms_date a = any_date(r);
    csisms_date b = fuzz_u8(r) % 2 ? near_date(r, a) : any_date(r);
    int32_t got = FUZZ_SENTINEL_I32, rev = FUZZ_SENTINEL_I32;
    int rc = csisms_date_diff_days(a, b, &got);
    if (!or_valid(a) || !or_valid(b)) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && got == FUZZ_SENTINEL_I32,
                   "csisms_date_diff_days(%ld, %ld) = %d", (long)a, (long)b, rc);
        return;
    }
    int64_t want = or_daynum(b) - or_daynum(a);
    FUZZ_CHECK(rc == CSISMS_OK && got == want, "csisms_date_diff_days(%ld, %ld) = %d, %ld; %lld",
               (long)a, (long)b, rc, (long)got, (long long)want);
    FUZZ_CHECK(csisms_date_diff_days(b, a, &rev) == CSISMS_OK && rev == -got,
               "diff_days not antisymmetric for %ld, %ld", (long)a, (long)b);
    csisms_date c = FUZZ_SENTINEL_I32;
    FUZZ_CHECK(csisms_date_add_days(a, got, &c) == CSISMS_OK && c == b,
               "add_days(%ld, diff %ld) = %ld, not %ld", (long)a, (long)got, (long)c, (long)b);
}

/* The last day of a certificate valid from d (8.2), 0 when out of range. */
static csisms_date ref_valid_until(csisms_date d)
{
    int64_t y = d / 10000 + 3;
    int m = (int)(d / 100 % 100), day = (int)(d % 100);
    if (m == 2 && day == 29 && !or_leap(y)) {
        m = 3;
        day = 1;
    }
    return or_fromnum(or_daynum(y * 10000 + m * 100 + day) - 1);
}

static void op_surveillance(fuzz_reader *r)
{
    int kind = any_small_enum(r, 3);
    csisms_date ref = any_date(r);
    csisms_date due = FUZZ_SENTINEL_I32, latest = FUZZ_SENTINEL_I32;
    int rc = csisms_surveillance_due(kind, ref, &due, &latest);
    if (kind < 1 || kind > 3 || !or_valid(ref)) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && due == FUZZ_SENTINEL_I32 && latest == FUZZ_SENTINEL_I32,
                   "csisms_surveillance_due(%d, %ld) = %d", kind, (long)ref, rc);
        return;
    }
    csisms_date wdue = or_add_months(ref, 12);
    csisms_date wlatest = kind == CSISMS_SURV_FIRST ? wdue : (wdue ? or_add_months(wdue, 3) : 0);
    if (wdue == 0 || wlatest == 0)
        FUZZ_CHECK(rc == CSISMS_ERANGE && due == FUZZ_SENTINEL_I32 && latest == FUZZ_SENTINEL_I32,
                   "csisms_surveillance_due(%d, %ld) = %d, expected ERANGE", kind, (long)ref, rc);
    else
        FUZZ_CHECK(rc == CSISMS_OK && due == wdue && latest == wlatest && latest >= due,
                   "csisms_surveillance_due(%d, %ld) = %d, %ld, %ld; expected %ld, %ld", kind,
                   (long)ref, rc, (long)due, (long)latest, (long)wdue, (long)wlatest);
    FUZZ_CHECK(csisms_surveillance_due(kind, ref, NULL, &latest) == CSISMS_EINVAL &&
                   csisms_surveillance_due(kind, ref, &due, NULL) == CSISMS_EINVAL,
               "csisms_surveillance_due with a NULL out-pointer is not EINVAL");
}

static void op_periods(fuzz_reader *r)
{
    csisms_date d = any_date(r);
    csisms_date got = FUZZ_SENTINEL_I32;
    int ok = or_valid(d), rc;
    switch (fuzz_u8(r) % 5) {
    case 0:
        rc = csisms_certificate_valid_until(d, &got);
        check_date_fn("csisms_certificate_valid_until", rc, d, got, ok ? ref_valid_until(d) : 0);
        break;
    case 1:
        rc = csisms_recert_window_opens(d, &got);
        check_date_fn("csisms_recert_window_opens", rc, d, got, ok ? or_add_days(d, -90) : 0);
        break;
    case 2:
        rc = csisms_suspension_ends_by(d, &got);
        check_date_fn("csisms_suspension_ends_by", rc, d, got, ok ? or_add_months(d, 6) : 0);
        break;
    case 3:
        rc = csisms_appeal_due(d, &got);
        check_date_fn("csisms_appeal_due", rc, d, got, ok ? or_add_days(d, 60) : 0);
        break;
    default:
        rc = csisms_correction_due(d, &got);
        check_date_fn("csisms_correction_due", rc, d, got, ok ? or_add_months(d, 6) : 0);
        break;
    }
}

static void op_recert(fuzz_reader *r)
{
    csisms_date old = any_date(r);
    csisms_date decision = near_date(r, old);
    csisms_date got = FUZZ_SENTINEL_I32;
    int rc = csisms_recert_valid_until(old, decision, &got);
    if (!or_valid(old) || !or_valid(decision)) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && got == FUZZ_SENTINEL_I32,
                   "csisms_recert_valid_until(%ld, %ld) = %d", (long)old, (long)decision, rc);
        return;
    }
    int continues = decision <= old;
    csisms_date start = continues ? or_add_days(old, 1) : decision;
    csisms_date want = start ? ref_valid_until(start) : 0;
    if (want == 0)
        FUZZ_CHECK(rc == CSISMS_ERANGE && got == FUZZ_SENTINEL_I32,
                   "csisms_recert_valid_until(%ld, %ld) = %d, expected ERANGE", (long)old,
                   (long)decision, rc);
    else
        FUZZ_CHECK(rc == (continues ? CSISMS_OK : CSISMS_INTERRUPTED) && got == want,
                   "csisms_recert_valid_until(%ld, %ld) = %d, %ld; expected %d, %ld", (long)old,
                   (long)decision, rc, (long)got, continues ? CSISMS_OK : CSISMS_INTERRUPTED,
                   (long)want);
}

/* ---------------------------------------------------------------- scope */

static int valid_code(const char *c)
{
    size_t n = strlen(c);
    if (n != 2 && n != 5 && n != 8)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (i % 3 == 2 ? c[i] != '.' : (c[i] < '0' || c[i] > '9'))
            return 0;
    return 1;
}

static void op_scope(fuzz_reader *r)
{
    uint8_t sel = fuzz_u8(r);
    size_t index = sel >= 250 ? SIZE_MAX - (size_t)(sel - 250) : (size_t)(sel % 40);
    int lang = any_lang(r);
    size_t count = csisms_scope_count();
    FUZZ_CHECK(count == 35, "csisms_scope_count() = %zu", count);
    const csisms_scope *s = csisms_scope_at(index);
    FUZZ_CHECK((s == NULL) == (index >= count), "csisms_scope_at(%zu)", index);

    /* A NULL entry: every accessor says so. */
    FUZZ_CHECK(csisms_scope_code(NULL) == NULL && csisms_scope_name(NULL, lang) == NULL &&
                   csisms_scope_note(NULL, lang) == NULL &&
                   csisms_scope_level(NULL) == CSISMS_EINVAL &&
                   csisms_scope_parent(NULL) == NULL && csisms_scope_flags(NULL) == 0,
               "scope accessors on NULL");
    if (s == NULL)
        return;
    const char *code = csisms_scope_code(s);
    FUZZ_CHECK(code != NULL && valid_code(code), "entry %zu has code %s", index,
               code ? code : "(null)");
    const csisms_scope *found = NULL;
    FUZZ_CHECK(csisms_scope_lookup(code, &found) == CSISMS_OK && found == s,
               "csisms_scope_lookup(\"%s\") does not find entry %zu", code, index);
    int valid_lang = lang == CSISMS_LANG_ZH || lang == CSISMS_LANG_EN;
    const char *name = csisms_scope_name(s, lang), *note = csisms_scope_note(s, lang);
    FUZZ_CHECK(valid_lang ? name != NULL && name[0] != '\0' && or_utf8_valid(name) : name == NULL,
               "csisms_scope_name(%s, %d)", code, lang);
    FUZZ_CHECK(valid_lang ? note != NULL && or_utf8_valid(note) : note == NULL,
               "csisms_scope_note(%s, %d)", code, lang);
    int level = csisms_scope_level(s);
    const csisms_scope *parent = csisms_scope_parent(s);
    if (strlen(code) == 2) {
        FUZZ_CHECK(level == 0 && parent == NULL, "major class %s: level %d, parent %p", code,
                   level, (const void *)parent);
    } else {
        FUZZ_CHECK(level >= 1 && level <= 3, "entry %s has level %d", code, level);
        const char *pc = parent ? csisms_scope_code(parent) : NULL;
        FUZZ_CHECK(pc != NULL && strlen(pc) == 2 && memcmp(pc, code, 2) == 0,
                   "entry %s has parent %s", code, pc ? pc : "(null)");
        FUZZ_CHECK(csisms_scope_parent(parent) == NULL && csisms_scope_level(parent) == 0,
                   "parent of %s is not a major class", code);
    }
    unsigned flags = csisms_scope_flags(s);
    FUZZ_CHECK(flags == (strcmp(code, "02.03") == 0 ? CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS : 0u),
               "entry %s has flags %#x", code, flags);
}

/* ---------------------------------------------------------------- verdict */

#define V1_FACTS_SIZE 36u
#define V1_VERDICT_SIZE 24u
#define MAX_FACTS_SIZE 4096u
#define LAST_FACT_DATE 99981231

typedef struct model {
    int rc;
    csisms_verdict v;
} model;

static int fact_date_ok(csisms_date d, int optional)
{
    if (optional && d == 0)
        return 1;
    return or_valid(d) && d <= LAST_FACT_DATE;
}

static model evaluate_model(const unsigned char *fbuf, uint32_t fsize, uint32_t vsize)
{
    model m;
    memset(&m, 0, sizeof m);
    if (fsize < V1_FACTS_SIZE || vsize < V1_VERDICT_SIZE || fsize > MAX_FACTS_SIZE) {
        m.rc = CSISMS_EVERSION;
        return m;
    }
    for (uint32_t i = V1_FACTS_SIZE; i < fsize; i++)
        if (fbuf[i] != 0) {
            m.rc = CSISMS_EVERSION;
            return m;
        }
    csisms_facts f;
    memcpy(&f, fbuf, sizeof f);
    const uint32_t known = CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS;
    if (!fact_date_ok(f.today, 0) || !fact_date_ok(f.valid_until, 0) ||
        !fact_date_ok(f.suspended_on, 1) || !fact_date_ok(f.surveillance_latest, 1) ||
        !fact_date_ok(f.correction_requested, 1) || f.suspended_on > f.today ||
        f.correction_requested > f.today || (f.grounds & ~known) != 0) {
        m.rc = CSISMS_EINVAL;
        return m;
    }
    int suspended = f.suspended_on != 0 && !f.suspension_resolved;
    int correcting = f.correction_requested != 0 && !f.correction_done;
    csisms_date ends = suspended ? or_add_months(f.suspended_on, 6) : 0;
    csisms_date cdue = correcting ? or_add_months(f.correction_requested, 6) : 0;
    uint32_t reasons = f.grounds;
    if (suspended && f.today > ends)
        reasons |= CSISMS_R_SUSPENSION_EXPIRED;
    if (correcting && f.today > cdue)
        reasons |= CSISMS_R_MISUSE_OF_CERTIFICATION;
    if (f.surveillance_latest != 0 && f.today > f.surveillance_latest)
        reasons |= CSISMS_R_SURVEILLANCE_OVERDUE;
    if (f.today > f.valid_until)
        reasons |= CSISMS_R_EXPIRED;
    m.rc = CSISMS_OK;
    m.v.reasons = reasons;
    if (reasons & CSISMS_R_WITHDRAWAL_GROUNDS) {
        m.v.action = CSISMS_ACT_WITHDRAW;
        m.v.duties = CSISMS_DUTY_RETURN_CERTIFICATE | CSISMS_DUTY_PUBLISH | CSISMS_DUTY_REPORT;
        return m;
    }
    if (reasons & CSISMS_R_EXPIRED) {
        m.v.action = CSISMS_ACT_EXPIRE;
        return m;
    }
    if ((reasons & (CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_SURVEILLANCE_OVERDUE)) || suspended) {
        m.v.action = CSISMS_ACT_SUSPEND;
        m.v.duties = CSISMS_DUTY_NO_ADVERTISING | CSISMS_DUTY_REPORT;
        m.v.deadline = suspended ? ends : or_add_months(f.today, 6);
    } else {
        m.v.action = f.suspended_on != 0 ? CSISMS_ACT_REINSTATE : CSISMS_ACT_MAINTAIN;
    }
    /* next_review: the earliest limit + 1 that is after today. */
    csisms_date cand[4] = { or_add_days(f.valid_until, 1), 0, 0, 0 };
    if (m.v.action == CSISMS_ACT_SUSPEND)
        cand[1] = or_add_days(m.v.deadline, 1);
    if (f.surveillance_latest != 0)
        cand[2] = or_add_days(f.surveillance_latest, 1);
    if (correcting)
        cand[3] = or_add_days(cdue, 1);
    for (int i = 0; i < 4; i++)
        if (cand[i] > f.today && (m.v.next_review == 0 || cand[i] < m.v.next_review))
            m.v.next_review = cand[i];
    return m;
}

/* A `size` field: v1's, larger with zero or nonzero tail, smaller, huge. */
static uint32_t any_struct_size(fuzz_reader *r, uint32_t v1)
{
    uint8_t sel = fuzz_u8(r);
    switch (sel % 8) {
    case 0:
    case 1:
    case 2:
        return v1;
    case 3:
        return v1 + fuzz_u8(r) % 16;
    case 4:
        return fuzz_u32(r) % (MAX_FACTS_SIZE + 64);
    case 5:
        return sel / 8 % 2 ? MAX_FACTS_SIZE : MAX_FACTS_SIZE + 1;
    case 6:
        return fuzz_u8(r) % v1;
    default:
        return fuzz_u32(r);
    }
}

static void op_evaluate(fuzz_reader *r)
{
    uint32_t fsize = any_struct_size(r, V1_FACTS_SIZE);
    uint32_t vsize = any_struct_size(r, V1_VERDICT_SIZE);
    /* Buffers of exactly `size` bytes (4 at least, for the size field;
     * 4096 at most: a larger size must be refused without reading on). */
    size_t flen = fsize < 4 ? 4 : fsize > MAX_FACTS_SIZE ? MAX_FACTS_SIZE : fsize;
    size_t vlen = vsize < 4 ? 4 : vsize > MAX_FACTS_SIZE ? MAX_FACTS_SIZE : vsize;
    unsigned char *fbuf = calloc(flen, 1), *vbuf = malloc(vlen), *fcopy = malloc(flen),
                  *vcopy = malloc(vlen);
    if (fbuf == NULL || vbuf == NULL || fcopy == NULL || vcopy == NULL)
        abort();

    csisms_facts f;
    memset(&f, 0, sizeof f);
    uint8_t sel = fuzz_u8(r);
    f.grounds = sel % 4 == 0 ? fuzz_u32(r)
                             : fuzz_u32(r) & (sel % 4 == 1 ? CSISMS_R_SUSPENSION_GROUNDS
                                                           : CSISMS_R_SUSPENSION_GROUNDS |
                                                                 CSISMS_R_WITHDRAWAL_GROUNDS);
    if (sel % 8 >= 5)
        f.grounds = 0;
    f.today = any_date(r);
    f.valid_until = near_date(r, f.today);
    f.suspended_on = fuzz_u8(r) % 2 ? 0 : near_date(r, f.today);
    f.surveillance_latest = fuzz_u8(r) % 2 ? 0 : near_date(r, f.today);
    f.correction_requested = fuzz_u8(r) % 2 ? 0 : near_date(r, f.today);
    sel = fuzz_u8(r);
    f.suspension_resolved = sel % 4 == 3 ? fuzz_i32_raw(r) : sel % 2;
    f.correction_done = sel / 4 % 4 == 3 ? fuzz_i32_raw(r) : sel / 4 % 2;
    f.size = fsize;
    memcpy(fbuf, &f, flen < sizeof f ? flen : sizeof f);
    if (flen > V1_FACTS_SIZE && fuzz_u8(r) % 4 == 0) /* a nonzero byte past v1 */
        fbuf[V1_FACTS_SIZE + fuzz_u32(r) % (flen - V1_FACTS_SIZE)] = (unsigned char)(fuzz_u8(r) | 1);

    uint8_t fill = fuzz_u8(r);
    memset(vbuf, fill, vlen);
    memcpy(vbuf, &vsize, sizeof vsize);
    memcpy(fcopy, fbuf, flen);
    memcpy(vcopy, vbuf, vlen);

    model want = evaluate_model(fbuf, fsize, vsize);
    int rc = csisms_evaluate((const csisms_facts *)(void *)fbuf, (csisms_verdict *)(void *)vbuf);

    FUZZ_CHECK(memcmp(fbuf, fcopy, flen) == 0, "csisms_evaluate wrote into the facts");
    FUZZ_CHECK(rc == want.rc,
               "csisms_evaluate(size %lu/%lu, grounds %#lx, today %ld, valid_until %ld, "
               "suspended_on %ld (resolved %ld), surveillance_latest %ld, correction_requested "
               "%ld (done %ld)) = %d, expected %d",
               (unsigned long)fsize, (unsigned long)vsize, (unsigned long)f.grounds, (long)f.today,
               (long)f.valid_until, (long)f.suspended_on, (long)f.suspension_resolved,
               (long)f.surveillance_latest, (long)f.correction_requested, (long)f.correction_done,
               rc, want.rc);
    if (rc != CSISMS_OK) {
        FUZZ_CHECK(memcmp(vbuf, vcopy, vlen) == 0, "csisms_evaluate wrote the verdict on error %d",
                   rc);
        goto done;
    }
    /* Only the v1 fields after `size` are written. */
    FUZZ_CHECK(memcmp(vbuf, vcopy, 4) == 0 &&
                   memcmp(vbuf + V1_VERDICT_SIZE, vcopy + V1_VERDICT_SIZE,
                          vlen - V1_VERDICT_SIZE) == 0,
               "csisms_evaluate wrote outside the verdict's v1 fields");
    csisms_verdict v;
    memcpy(&v, vbuf, sizeof v);
    FUZZ_CHECK(v.action == want.v.action && v.reasons == want.v.reasons &&
                   v.duties == want.v.duties && v.deadline == want.v.deadline &&
                   v.next_review == want.v.next_review,
               "csisms_evaluate(grounds %#lx, today %ld, valid_until %ld, suspended_on %ld "
               "(resolved %ld), surveillance_latest %ld, correction_requested %ld (done %ld)): "
               "action %ld reasons %#lx duties %#lx deadline %ld next_review %ld; expected "
               "action %ld reasons %#lx duties %#lx deadline %ld next_review %ld",
               (unsigned long)f.grounds, (long)f.today, (long)f.valid_until, (long)f.suspended_on,
               (long)f.suspension_resolved, (long)f.surveillance_latest,
               (long)f.correction_requested, (long)f.correction_done, (long)v.action,
               (unsigned long)v.reasons, (unsigned long)v.duties, (long)v.deadline,
               (long)v.next_review, (long)want.v.action, (unsigned long)want.v.reasons,
               (unsigned long)want.v.duties, (long)want.v.deadline, (long)want.v.next_review);

    /* The invariants, stated on their own (they hold for any correct model). */
    const uint32_t withdraw_bits = CSISMS_R_WITHDRAWAL_GROUNDS;
    FUZZ_CHECK((v.action == CSISMS_ACT_WITHDRAW) == ((v.reasons & withdraw_bits) != 0),
               "WITHDRAW iff a 7.2.1 reason");
    FUZZ_CHECK((v.action == CSISMS_ACT_EXPIRE) ==
                   ((v.reasons & CSISMS_R_EXPIRED) != 0 && (v.reasons & withdraw_bits) == 0),
               "EXPIRE iff EXPIRED and no 7.2.1 reason");
    FUZZ_CHECK((v.reasons & f.grounds) == f.grounds, "reasons lack a ground");
    FUZZ_CHECK((v.reasons & ~(CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS |
                              CSISMS_R_SURVEILLANCE_OVERDUE | CSISMS_R_EXPIRED)) == 0,
               "unknown reason bits %#lx", (unsigned long)v.reasons);
    FUZZ_CHECK(((v.reasons & CSISMS_R_EXPIRED) != 0) == (f.today > f.valid_until),
               "EXPIRED iff today > valid_until");
    static const uint32_t duties_of[5] = {
        0u, CSISMS_DUTY_NO_ADVERTISING | CSISMS_DUTY_REPORT, 0u,
        CSISMS_DUTY_RETURN_CERTIFICATE | CSISMS_DUTY_PUBLISH | CSISMS_DUTY_REPORT, 0u
    };
    FUZZ_CHECK(v.action >= 0 && v.action <= 4 && v.duties == duties_of[v.action],
               "action %ld has duties %#lx", (long)v.action, (unsigned long)v.duties);
    FUZZ_CHECK((v.deadline != 0) == (v.action == CSISMS_ACT_SUSPEND),
               "deadline %ld with action %ld", (long)v.deadline, (long)v.action);
    FUZZ_CHECK(v.deadline == 0 || (or_valid(v.deadline) && v.deadline >= f.today &&
                                   (f.suspended_on == 0 || v.deadline > f.suspended_on)),
               "deadline %ld", (long)v.deadline);
    FUZZ_CHECK(v.next_review == 0 || (or_valid(v.next_review) && v.next_review > f.today),
               "next_review %ld not after today %ld", (long)v.next_review, (long)f.today);
    FUZZ_CHECK(v.next_review == 0 ||
                   (v.action != CSISMS_ACT_WITHDRAW && v.action != CSISMS_ACT_EXPIRE),
               "next_review with action %ld", (long)v.action);
done:
    free(fbuf);
    free(vbuf);
    free(fcopy);
    free(vcopy);
}

/* ---------------------------------------------------------------- texts */

static const char *ref_reason_clause(uint32_t bit)
{
    static const char *const clauses[17] = {
        "7.1.1(1)", "7.1.1(2)", "7.1.1(3)", "7.1.1(4)", "7.1.1(5)", "7.1.1(6)",
        "5.1.2",    NULL,       "7.2.1(1)", "7.2.1(2)", "7.2.1(3)", "7.2.1(4)",
        "7.2.1(5)", "7.2.1(6)", "7.2.1(7)", "7.2.1(8)", "8.2",
    };
    for (int i = 0; i < 17; i++)
        if (bit == 1u << i)
            return clauses[i];
    return NULL;
}

static const char *ref_duty_clause(uint32_t bit)
{
    switch (bit) {
    case CSISMS_DUTY_NO_ADVERTISING:
        return "7.1.2";
    case CSISMS_DUTY_RETURN_CERTIFICATE:
    case CSISMS_DUTY_PUBLISH:
        return "7.3";
    case CSISMS_DUTY_REPORT:
        return "7.4";
    default:
        return NULL;
    }
}

static int same_text(const char *got, const char *want)
{
    return got == want || (got != NULL && want != NULL && strcmp(got, want) == 0);
}

static uint32_t any_bits(fuzz_reader *r)
{
    uint8_t sel = fuzz_u8(r);
    return sel % 2 ? 1u << (sel / 2 % 32) : fuzz_u32(r);
}

static void op_texts(fuzz_reader *r)
{
    uint32_t bit = any_bits(r);
    int lang = any_lang(r);
    int valid_lang = lang == CSISMS_LANG_ZH || lang == CSISMS_LANG_EN;
    const char *want = ref_reason_clause(bit);
    FUZZ_CHECK(same_text(csisms_reason_clause(bit), want), "csisms_reason_clause(%#lx)",
               (unsigned long)bit);
    const char *text = csisms_reason_text(bit, lang);
    FUZZ_CHECK(want && valid_lang ? text != NULL && text[0] != '\0' && or_utf8_valid(text)
                                  : text == NULL,
               "csisms_reason_text(%#lx, %d)", (unsigned long)bit, lang);
    int action = any_small_enum(r, 4);
    const char *name = csisms_action_name(action, lang);
    FUZZ_CHECK(action >= 0 && action <= 4 && valid_lang
                   ? name != NULL && name[0] != '\0' && or_utf8_valid(name)
                   : name == NULL,
               "csisms_action_name(%d, %d)", action, lang);
    uint32_t duty = any_bits(r);
    const char *dc = ref_duty_clause(duty);
    FUZZ_CHECK(same_text(csisms_duty_clause(duty), dc), "csisms_duty_clause(%#lx)",
               (unsigned long)duty);
    const char *dt = csisms_duty_text(duty, lang);
    FUZZ_CHECK(dc && valid_lang ? dt != NULL && dt[0] != '\0' && or_utf8_valid(dt) : dt == NULL,
               "csisms_duty_text(%#lx, %d)", (unsigned long)duty, lang);
}

/* ---------------------------------------------------------------- checklists */

static const struct {
    const char *clause;
    int mode, items;
    uint32_t conditional;
} lists[17] = {
    { NULL, 0, 0, 0 },
    { "4.1.1", CSISMS_MODE_ALL, 5, 0 },
    { "4.1.2", CSISMS_MODE_ALL, 6, 1u << 2 },
    { "4.2.1", CSISMS_MODE_ALL, 2, 0 },
    { "4.5.3.1", CSISMS_MODE_ALL, 6, 0 },
    { "4.5.3.2", CSISMS_MODE_ALL, 4, 0 },
    { "4.6.3.2", CSISMS_MODE_ALL, 5, 0 },
    { "4.6.3.3", CSISMS_MODE_ANY, 2, 0 },
    { "4.6.3.6", CSISMS_MODE_ALL, 5, 0 },
    { "4.6.4", CSISMS_MODE_ANY, 4, 0 },
    { "4.7.1", CSISMS_MODE_ALL, 7, 0 },
    { "4.9.3", CSISMS_MODE_ALL, 2, 0 },
    { "4.9.4", CSISMS_MODE_ALL, 3, 0 },
    { "5.5", CSISMS_MODE_ALL, 8, 0 },
    { "7.1.1", CSISMS_MODE_ANY, 6, 0 },
    { "7.2.1", CSISMS_MODE_ANY, 8, 0 },
    { "8.1", CSISMS_MODE_ALL, 8, 1u << 6 },
};

static int known_list(int list)
{
    return list >= 1 && list <= 16;
}

static void op_checklist(fuzz_reader *r)
{
    int list = any_small_enum(r, 16);
    int lang = any_lang(r);
    int valid_lang = lang == CSISMS_LANG_ZH || lang == CSISMS_LANG_EN;
    int known = known_list(list);
    int size = csisms_checklist_size(list);
    FUZZ_CHECK(size == (known ? lists[list].items : CSISMS_EINVAL), "csisms_checklist_size(%d) = %d",
               list, size);
    int mode = csisms_checklist_mode(list);
    FUZZ_CHECK(mode == (known ? lists[list].mode : CSISMS_EINVAL), "csisms_checklist_mode(%d) = %d",
               list, mode);
    FUZZ_CHECK(same_text(csisms_checklist_clause(list), known ? lists[list].clause : NULL),
               "csisms_checklist_clause(%d)", list);
    FUZZ_CHECK(csisms_checklist_conditional(list) == (known ? lists[list].conditional : 0u),
               "csisms_checklist_conditional(%d)", list);
    const char *title = csisms_checklist_title(list, lang);
    FUZZ_CHECK(known && valid_lang ? title != NULL && title[0] != '\0' && or_utf8_valid(title)
                                   : title == NULL,
               "csisms_checklist_title(%d, %d)", list, lang);
    uint8_t sel = fuzz_u8(r);
    int item = sel % 8 == 7 ? fuzz_i32_raw(r) : (int)(sel / 8 % 11) - 1;
    int has = known && valid_lang && item >= 1 && item <= lists[list].items;
    const char *text = csisms_checklist_item(list, item, lang);
    FUZZ_CHECK(has ? text != NULL && text[0] != '\0' && or_utf8_valid(text) : text == NULL,
               "csisms_checklist_item(%d, %d, %d)", list, item, lang);
}

static void op_checklist_eval(fuzz_reader *r)
{
    int list = any_small_enum(r, 16);
    int known = known_list(list);
    uint32_t mask = known ? (1u << lists[list].items) - 1u : 0xFFu;
    uint8_t sel = fuzz_u8(r);
    uint32_t present = sel % 4 == 0 ? fuzz_u32(r) : fuzz_u32(r) & mask;
    uint32_t na = sel / 4 % 4 == 0 ? fuzz_u32(r)
                                   : (sel / 4 % 4 == 1 ? fuzz_u32(r) & mask
                                      : sel / 4 % 4 == 2 && known ? lists[list].conditional
                                                                   : 0u);
    int with_missing = sel / 16 % 4 != 0;
    uint32_t missing = FUZZ_SENTINEL_U32;
    int rc = csisms_checklist_eval(list, present, na, with_missing ? &missing : NULL);
    if (!known || (present & ~mask) || (na & ~lists[list].conditional)) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && missing == FUZZ_SENTINEL_U32,
                   "csisms_checklist_eval(%d, %#lx, %#lx) = %d, expected EINVAL", list,
                   (unsigned long)present, (unsigned long)na, rc);
        return;
    }
    int met;
    uint32_t want;
    if (lists[list].mode == CSISMS_MODE_ALL) {
        want = mask & ~(present | na);
        met = want == 0;
    } else {
        met = present != 0;
        want = met ? 0u : mask;
    }
    FUZZ_CHECK(rc == met && (!with_missing || missing == want),
               "csisms_checklist_eval(%d, %#lx, %#lx) = %d, missing %#lx; expected %d, %#lx",
               list, (unsigned long)present, (unsigned long)na, rc, (unsigned long)missing, met,
               (unsigned long)want);
}

/* ---------------------------------------------------------------- sampling */

static void op_sample(fuzz_reader *r)
{
    uint32_t n = fuzz_u32_mixed(r);
    int audit = any_small_enum(r, 3);
    uint32_t got = FUZZ_SENTINEL_U32;
    int rc = csisms_sample_sites(n, audit, &got);
    if (n == 0 || audit < 1 || audit > 3) {
        FUZZ_CHECK(rc == CSISMS_EINVAL && got == FUZZ_SENTINEL_U32,
                   "csisms_sample_sites(%lu, %d) = %d", (unsigned long)n, audit, rc);
        return;
    }
    /* The least s with (k·s)² ≥ f²·n, k/f being 1, 0.6 = 3/5, 0.8 = 4/5:
     * 25s² ≥ 9n for surveillance, 25s² ≥ 16n for recertification. */
    static const uint64_t num[4] = { 0, 1, 9, 16 }, den[4] = { 0, 1, 25, 25 };
    uint64_t s = got;
    FUZZ_CHECK(rc == CSISMS_OK && got >= 1 && den[audit] * s * s >= num[audit] * n &&
                   den[audit] * (s - 1) * (s - 1) < num[audit] * n,
               "csisms_sample_sites(%lu, %d) = %d, %lu", (unsigned long)n, audit, rc,
               (unsigned long)got);
}

/* ---------------------------------------------------------------- NULL */

/* Every out-pointer NULL (with otherwise valid arguments) is EINVAL. */
static void op_null(fuzz_reader *r)
{
    static const int32_t parts[2] = { 10, 20 };
    int k = fuzz_u8(r) % 24, rc;
    switch (k) {
    case 0: rc = csisms_isms_audit_days(10, NULL); break;
    case 1: {
        uint32_t lo = FUZZ_SENTINEL_U32, hi = FUZZ_SENTINEL_U32;
        int32_t hd = FUZZ_SENTINEL_I32;
        FUZZ_CHECK(csisms_isms_band(0, NULL, &hi, &hd) == CSISMS_EINVAL &&
                       csisms_isms_band(0, &lo, NULL, &hd) == CSISMS_EINVAL &&
                       lo == FUZZ_SENTINEL_U32 && hi == FUZZ_SENTINEL_U32 &&
                       hd == FUZZ_SENTINEL_I32,
                   "csisms_isms_band with a NULL out-pointer");
        rc = csisms_isms_band(0, &lo, &hi, NULL);
        break;
    }
    case 2: rc = csisms_initial_audit_days(10, 0, NULL); break;
    case 3: rc = csisms_audit_days(10, 0, NULL); break;
    case 4: rc = csisms_min_reduced_days(10, NULL); break;
    case 5: rc = csisms_min_onsite_days(10, NULL); break;
    case 6: rc = csisms_surveillance_days(10, NULL); break;
    case 7: rc = csisms_surveillance_cycle_min_days(10, NULL); break;
    case 8: rc = csisms_recert_min_days(10, NULL); break;
    case 9: rc = csisms_combined_min_days(parts, 2, NULL); break;
    case 10: rc = csisms_round_up_half(1, 1, NULL); break;
    case 11: rc = csisms_days_parse("1", NULL); break;
    case 12: rc = csisms_date_parse("2024-10-22", NULL); break;
    case 13: rc = csisms_date_add_days(20241022, 1, NULL); break;
    case 14: rc = csisms_date_add_months(20241022, 1, NULL); break;
    case 15: rc = csisms_date_diff_days(20241022, 20241023, NULL); break;
    case 16: rc = csisms_certificate_valid_until(20241022, NULL); break;
    case 17: rc = csisms_recert_valid_until(20271021, 20270901, NULL); break;
    case 18: rc = csisms_recert_window_opens(20271021, NULL); break;
    case 19: rc = csisms_suspension_ends_by(20250601, NULL); break;
    case 20: rc = csisms_appeal_due(20241022, NULL); break;
    case 21: rc = csisms_correction_due(20240831, NULL); break;
    case 22: rc = csisms_scope_lookup("01", NULL); break;
    default: {
        size_t i = FUZZ_SENTINEL_SIZE;
        int32_t hd = FUZZ_SENTINEL_I32;
        csisms_date d = FUZZ_SENTINEL_I32;
        const csisms_scope *sc = NULL;
        FUZZ_CHECK(csisms_scope_find(NULL, 0, &i) == CSISMS_EINVAL && i == FUZZ_SENTINEL_SIZE,
                   "csisms_scope_find(NULL)");
        FUZZ_CHECK(csisms_scope_lookup(NULL, &sc) == CSISMS_EINVAL && sc == NULL,
                   "csisms_scope_lookup(NULL)");
        FUZZ_CHECK(csisms_combined_min_days(NULL, 2, &hd) == CSISMS_EINVAL &&
                       hd == FUZZ_SENTINEL_I32,
                   "csisms_combined_min_days(NULL)");
        FUZZ_CHECK(csisms_days_parse(NULL, &hd) == CSISMS_EINVAL && hd == FUZZ_SENTINEL_I32,
                   "csisms_days_parse(NULL)");
        FUZZ_CHECK(csisms_date_parse(NULL, &d) == CSISMS_EINVAL && d == FUZZ_SENTINEL_I32,
                   "csisms_date_parse(NULL)");
        FUZZ_CHECK(csisms_uscc_validate(NULL) == CSISMS_EINVAL, "csisms_uscc_validate(NULL)");
        FUZZ_CHECK(csisms_sample_sites(4, 1, NULL) == CSISMS_EINVAL, "csisms_sample_sites(NULL)");
        rc = csisms_scope_find("a", 0, NULL);
        break;
    }
    }
    FUZZ_CHECK(rc == CSISMS_EINVAL, "NULL out-pointer case %d returned %d", k, rc);
    csisms_verdict v = CSISMS_VERDICT_INIT;
    csisms_facts f = CSISMS_FACTS_INIT;
    FUZZ_CHECK(csisms_evaluate(NULL, &v) == CSISMS_EINVAL &&
                   csisms_evaluate(&f, NULL) == CSISMS_EINVAL && v.action == 0 && v.reasons == 0,
               "csisms_evaluate with NULL");
}

/* ---------------------------------------------------------------- driver */

typedef void (*op_fn)(fuzz_reader *);
static const op_fn ops[] = {
    op_status,  op_isms,       op_band,        op_initial,     op_audit_days, op_derived,
    op_combined, op_round,     op_days_format, op_date_valid,  op_date_format, op_add_days,
    op_add_months, op_diff,    op_surveillance, op_periods,    op_recert,     op_scope,
    op_evaluate, op_evaluate,  op_evaluate,    op_texts,       op_checklist,  op_checklist_eval,
    op_sample,  op_null,
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_reader r = { data, size };
    for (int n = 0; n < 32 && fuzz_more(&r); n++)
        ops[fuzz_u8(&r) % (sizeof ops / sizeof ops[0])](&r);
    return 0;
}
