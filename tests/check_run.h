/* SPDX-License-Identifier: MIT */
/* Shared by the Check test programs: run one suite and turn the result into
 * an exit status. Verbosity comes from CK_VERBOSITY (the Makefile sets
 * "normal"), forking from CK_FORK. */
#ifndef CSISMS_CHECK_RUN_H
#define CSISMS_CHECK_RUN_H

#include <check.h>
#include <stdlib.h>

/* For the hot loops: Check's ck_assert_* records a mark point (a write to a
 * pipe) on every success; this fails the same way but costs nothing when
 * the condition holds. */
#define EXPECT(cond, ...)                                                      \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)

static inline int run_suite(Suite *suite)
{
    SRunner *sr = srunner_create(suite);
    int failed;

    srunner_run_all(sr, CK_ENV);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
