/* SPDX-License-Identifier: MIT */
/* Status texts, version queries, and the numeric ABI of doc/rules-model.md: every
 * constant's value and every struct's layout, typed from the spec. */
#include <check.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

static const struct {
    int code;
    const char *text;
} statuses[] = {
    {0, "success"},
    {-1, "invalid argument"},
    {-2, "result out of range"},
    {-3, "no such entry"},
    {-4, "code names more than one entry"},
    {-5, "not permitted by the rules"},
    {-6, "buffer too small"},
    {-7, "unsupported structure size"},
    {-8, "check character does not match"},
};

START_TEST(strerror_each_code)
{
    ck_assert_str_eq(csisms_strerror(statuses[_i].code), statuses[_i].text);
}
END_TEST

START_TEST(strerror_unknown_and_positive)
{
    const char *generic = csisms_strerror(-9);
    ck_assert_ptr_nonnull(generic);
    ck_assert_str_eq(generic, "unknown status");
    ck_assert_str_eq(csisms_strerror(INT_MIN), "unknown status");
    ck_assert_str_eq(csisms_strerror(-1000), "unknown status");
    /* Positive codes describe a success. */
    ck_assert_ptr_nonnull(strstr(csisms_strerror(CSISMS_INTERRUPTED), "success"));
    ck_assert_ptr_nonnull(strstr(csisms_strerror(2), "success"));
    ck_assert_ptr_nonnull(strstr(csisms_strerror(INT_MAX), "success"));
}
END_TEST

START_TEST(version_values)
{
    /* The version is set once, in the header (configure reads it from
     * there): the macros agree with each other and with the library. */
    char text[32];
    ck_assert_int_eq(CSISMS_VERSION_MAJOR, 1); /* the ABI's major: libcsisms.so.1 */
    ck_assert_int_ge(CSISMS_VERSION_MINOR, 0);
    ck_assert_int_ge(CSISMS_VERSION_PATCH, 0);
    ck_assert_int_eq(CSISMS_VERSION_NUMBER,
                     CSISMS_VERSION_MAJOR * 65536 + CSISMS_VERSION_MINOR * 256 + CSISMS_VERSION_PATCH);
    snprintf(text, sizeof text, "%d.%d.%d", CSISMS_VERSION_MAJOR, CSISMS_VERSION_MINOR,
             CSISMS_VERSION_PATCH);
    ck_assert_str_eq(CSISMS_VERSION_STRING, text);
    ck_assert_str_eq(csisms_version(), CSISMS_VERSION_STRING);
}
END_TEST

static const struct {
    int required;
    int ok;
} version_checks[] = {
    {0x010000, 1}, /* exactly this version */
    {0x000000, 0}, /* major 0 is another ABI */
    {0x00FFFF, 0},
    {0x010001, 0}, /* newer patch than we are */
    {0x010100, 0}, /* newer minor */
    {0x020000, 0}, /* another major */
    {-1, 0},
    {INT_MIN, 0},
    {INT_MAX, 0},
};

START_TEST(check_version_table)
{
    int got = csisms_check_version(version_checks[_i].required);
    ck_assert_int_eq(got != 0, version_checks[_i].ok);
}
END_TEST

/* Every named constant of doc/rules-model.md with its value: the ABI. */
static const struct {
    const char *name;
    long long value, expected;
} constants[] = {
#define C(name, v) {#name, (long long)(name), (long long)(v)}
    C(CSISMS_OK, 0), C(CSISMS_EINVAL, -1), C(CSISMS_ERANGE, -2), C(CSISMS_ENOTFOUND, -3),
    C(CSISMS_EAMBIGUOUS, -4), C(CSISMS_ENOTPERMITTED, -5), C(CSISMS_ENOSPC, -6),
    C(CSISMS_EVERSION, -7), C(CSISMS_ECHECKSUM, -8), C(CSISMS_INTERRUPTED, 1),
    C(CSISMS_LANG_ZH, 0), C(CSISMS_LANG_EN, 1),
    C(CSISMS_BASIS_NONE, 0), C(CSISMS_BASIS_ISMS_CERT, 1), C(CSISMS_BASIS_ISMS_CERT_HERE, 2),
    C(CSISMS_BASIS_COMBINED, 3),
    C(CSISMS_SURV_FIRST, 1), C(CSISMS_SURV_SECOND, 2), C(CSISMS_SURV_AFTER_RECERT, 3),
    C(CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS, 1),
    C(CSISMS_R_NONCONFORMITY, 0x1), C(CSISMS_R_CONTRACT_BREACH, 0x2),
    C(CSISMS_R_ORDERED_TO_HALT, 0x4), C(CSISMS_R_REGULATOR_FINDING, 0x8),
    C(CSISMS_R_VOLUNTARY, 0x10), C(CSISMS_R_OTHER_SUSPENSION, 0x20),
    C(CSISMS_R_SURVEILLANCE_OVERDUE, 0x40), C(CSISMS_R_LEGAL_STATUS_REVOKED, 0x100),
    C(CSISMS_R_OBSTRUCTED_REGULATOR, 0x200), C(CSISMS_R_MAJOR_INCIDENT, 0x400),
    C(CSISMS_R_SERIOUS_VIOLATION, 0x800), C(CSISMS_R_SUSPENSION_EXPIRED, 0x1000),
    C(CSISMS_R_SYSTEM_NOT_OPERATED, 0x2000), C(CSISMS_R_MISUSE_OF_CERTIFICATION, 0x4000),
    C(CSISMS_R_OTHER_WITHDRAWAL, 0x8000), C(CSISMS_R_EXPIRED, 0x10000),
    C(CSISMS_ACT_MAINTAIN, 0), C(CSISMS_ACT_SUSPEND, 1), C(CSISMS_ACT_REINSTATE, 2),
    C(CSISMS_ACT_WITHDRAW, 3), C(CSISMS_ACT_EXPIRE, 4),
    C(CSISMS_DUTY_NO_ADVERTISING, 1), C(CSISMS_DUTY_RETURN_CERTIFICATE, 2),
    C(CSISMS_DUTY_PUBLISH, 4), C(CSISMS_DUTY_REPORT, 8),
    C(CSISMS_LIST_PUBLIC_INFO, 1), C(CSISMS_LIST_APPLICATION, 2),
    C(CSISMS_LIST_APPLICATION_REVIEW, 3), C(CSISMS_LIST_AUDIT_PLAN, 4),
    C(CSISMS_LIST_SAMPLING, 5), C(CSISMS_LIST_STAGE1, 6), C(CSISMS_LIST_STAGE1_OFFSITE, 7),
    C(CSISMS_LIST_STAGE2, 8), C(CSISMS_LIST_TERMINATION, 9), C(CSISMS_LIST_REPORT, 10),
    C(CSISMS_LIST_DECISION_READY, 11), C(CSISMS_LIST_DECISION, 12),
    C(CSISMS_LIST_SURVEILLANCE, 13), C(CSISMS_LIST_SUSPENSION, 14),
    C(CSISMS_LIST_WITHDRAWAL, 15), C(CSISMS_LIST_CERTIFICATE, 16),
    C(CSISMS_MODE_ALL, 1), C(CSISMS_MODE_ANY, 2),
    C(CSISMS_AUDIT_INITIAL, 1), C(CSISMS_AUDIT_SURVEILLANCE, 2), C(CSISMS_AUDIT_RECERT, 3),
    /* additions beyond the v1 contract */
    C(CSISMS_R_SUSPENSION_GROUNDS, 0x3F), C(CSISMS_R_WITHDRAWAL_GROUNDS, 0xFF00),
#undef C
};

START_TEST(constant_values)
{
    ck_assert_msg(constants[_i].value == constants[_i].expected, "%s is %lld, not %lld",
                  constants[_i].name, constants[_i].value, constants[_i].expected);
}
END_TEST

START_TEST(struct_layouts)
{
    /* doc/rules-model.md §4: nine 4-byte fields, in this order. */
    ck_assert_uint_eq(sizeof(csisms_date), 4);
    ck_assert_uint_eq(sizeof(csisms_facts), 36);
    ck_assert_uint_eq(offsetof(csisms_facts, size), 0);
    ck_assert_uint_eq(offsetof(csisms_facts, grounds), 4);
    ck_assert_uint_eq(offsetof(csisms_facts, today), 8);
    ck_assert_uint_eq(offsetof(csisms_facts, valid_until), 12);
    ck_assert_uint_eq(offsetof(csisms_facts, suspended_on), 16);
    ck_assert_uint_eq(offsetof(csisms_facts, surveillance_latest), 20);
    ck_assert_uint_eq(offsetof(csisms_facts, correction_requested), 24);
    ck_assert_uint_eq(offsetof(csisms_facts, suspension_resolved), 28);
    ck_assert_uint_eq(offsetof(csisms_facts, correction_done), 32);
    ck_assert_uint_eq(sizeof(csisms_verdict), 24);
    ck_assert_uint_eq(offsetof(csisms_verdict, size), 0);
    ck_assert_uint_eq(offsetof(csisms_verdict, action), 4);
    ck_assert_uint_eq(offsetof(csisms_verdict, reasons), 8);
    ck_assert_uint_eq(offsetof(csisms_verdict, duties), 12);
    ck_assert_uint_eq(offsetof(csisms_verdict, deadline), 16);
    ck_assert_uint_eq(offsetof(csisms_verdict, next_review), 20);
}
END_TEST

START_TEST(initialisers_set_size)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v = CSISMS_VERDICT_INIT;
    ck_assert_uint_eq(f.size, 36);
    ck_assert_uint_eq(f.grounds, 0);
    ck_assert_int_eq(f.today, 0);
    ck_assert_int_eq(f.correction_done, 0);
    ck_assert_uint_eq(v.size, 24);
    ck_assert_int_eq(v.action, 0);
    ck_assert_int_eq(v.next_review, 0);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("status");
    TCase *tc = tcase_create("strerror");
    tcase_add_loop_test(tc, strerror_each_code, 0, (int)(sizeof statuses / sizeof statuses[0]));
    tcase_add_test(tc, strerror_unknown_and_positive);
    suite_add_tcase(s, tc);
    tc = tcase_create("version");
    tcase_add_test(tc, version_values);
    tcase_add_loop_test(tc, check_version_table, 0,
                        (int)(sizeof version_checks / sizeof version_checks[0]));
    suite_add_tcase(s, tc);
    tc = tcase_create("abi");
    tcase_add_loop_test(tc, constant_values, 0, (int)(sizeof constants / sizeof constants[0]));
    tcase_add_test(tc, struct_layouts);
    tcase_add_test(tc, initialisers_set_size);
    suite_add_tcase(s, tc);

    return run_suite(s);
}
