/* SPDX-License-Identifier: MIT */
/* libcsisms — calendar helpers shared inside the library (not installed,
 * not exported: the library is built with -fvisibility=hidden and the
 * version script exports only the public csisms_* functions).
 *
 * They skip the argument checks of the public functions: the caller has
 * checked its dates already.  The calendar itself lives in lib/dates.c. */
#ifndef CSISMS_DATES_INTERNAL_H
#define CSISMS_DATES_INTERNAL_H

#include "csisms.h"

/* 1 when date is a valid csisms_date (csisms_date_valid() without the call
 * through the exported symbol). */
int csisms__date_ok(csisms_date date);

/* The day after a valid date before 9999-12-31 (no serial round trip). */
csisms_date csisms__date_next_day(csisms_date date);

/* csisms_suspension_ends_by() and csisms_correction_due() of a valid date
 * no later than CSISMS_DATE_INPUT_MAX, without the checks. */
csisms_date csisms__suspension_ends_by(csisms_date suspended_on);
csisms_date csisms__correction_due(csisms_date requested);

#endif /* CSISMS_DATES_INTERNAL_H */
