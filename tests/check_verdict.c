/* SPDX-License-Identifier: MIT */
/* Check tests for lib/verdict.c: csisms_evaluate and its text accessors
 * (doc/rules-model.md §4; rules 5.1.2, 7.1, 7.2, 7.3, 7.4, 8.2).
 *
 * Every expected value below is worked out by hand from the rules and doc/rules-model.md §4.
 * Dates are YYYYMMDD integers; "+6m" is a period of six months under PRC
 * Civil Code arts. 201-202 (corresponding day of the sixth month, or that
 * month's last day), the last permitted day inclusive.
 */
#include <check.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

/* Short names for the table. */
#define NC   CSISMS_R_NONCONFORMITY
#define CB   CSISMS_R_CONTRACT_BREACH
#define OH   CSISMS_R_ORDERED_TO_HALT
#define RF   CSISMS_R_REGULATOR_FINDING
#define VOL  CSISMS_R_VOLUNTARY
#define OS   CSISMS_R_OTHER_SUSPENSION
#define SO   CSISMS_R_SURVEILLANCE_OVERDUE
#define LS   CSISMS_R_LEGAL_STATUS_REVOKED
#define OR   CSISMS_R_OBSTRUCTED_REGULATOR
#define MI   CSISMS_R_MAJOR_INCIDENT
#define SV   CSISMS_R_SERIOUS_VIOLATION
#define SE   CSISMS_R_SUSPENSION_EXPIRED
#define NO   CSISMS_R_SYSTEM_NOT_OPERATED
#define MU   CSISMS_R_MISUSE_OF_CERTIFICATION
#define OW   CSISMS_R_OTHER_WITHDRAWAL
#define EX   CSISMS_R_EXPIRED

#define MAI CSISMS_ACT_MAINTAIN
#define SUS CSISMS_ACT_SUSPEND
#define REI CSISMS_ACT_REINSTATE
#define WDR CSISMS_ACT_WITHDRAW
#define EXP CSISMS_ACT_EXPIRE

#define D_SUS (CSISMS_DUTY_NO_ADVERTISING | CSISMS_DUTY_REPORT)
#define D_WDR (CSISMS_DUTY_RETURN_CERTIFICATE | CSISMS_DUTY_PUBLISH | CSISMS_DUTY_REPORT)

/* Certificate decided 2024-10-22: last valid day 2027-10-21 (doc/rules-model.md §2). */
#define VU 20271021

struct vcase {
    const char *name;
    /* facts */
    uint32_t grounds;
    csisms_date today, valid_until, suspended_on, surveillance_latest, correction_requested;
    int32_t resolved, corrected;
    /* expected */
    int rc;
    int action;
    uint32_t reasons, duties;
    csisms_date deadline, next_review;
};

static const struct vcase cases[] = {
    /* --- nothing holds ------------------------------------------------ */
    /* next review = valid_until + 1 = 2027-10-22 */
    { "plain", 0, 20250115, VU, 0, 0, 0, 0, 0, CSISMS_OK, MAI, 0, 0, 0, 20271022 },

    /* --- each 7.1.1 ground alone, today 2025-03-10 ----------------------
     * new suspension: deadline 2025-03-10 +6m = 2025-09-10;
     * next review = min(2027-10-22, 2025-09-11) = 2025-09-11 */
    { "7.1.1(1)", NC, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, NC, D_SUS, 20250910, 20250911 },
    { "7.1.1(2)", CB, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, CB, D_SUS, 20250910, 20250911 },
    { "7.1.1(3)", OH, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, OH, D_SUS, 20250910, 20250911 },
    { "7.1.1(4)", RF, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, RF, D_SUS, 20250910, 20250911 },
    { "7.1.1(5)", VOL, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, VOL, D_SUS, 20250910, 20250911 },
    { "7.1.1(6)", OS, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, OS, D_SUS, 20250910, 20250911 },
    /* 6 months from 2025-08-31 ends 2026-02-28 (no 31 February) */
    { "7.1.1 month end", NC, 20250831, VU, 0, 0, 0, 0, 0, CSISMS_OK, SUS, NC, D_SUS, 20260228, 20260301 },

    /* --- each 7.2.1 ground alone: withdraw, no deadline, no review ----- */
    { "7.2.1(1)", LS, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, LS, D_WDR, 0, 0 },
    { "7.2.1(2)", OR, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, OR, D_WDR, 0, 0 },
    { "7.2.1(3)", MI, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, MI, D_WDR, 0, 0 },
    { "7.2.1(4)", SV, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, SV, D_WDR, 0, 0 },
    { "7.2.1(5)", SE, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, SE, D_WDR, 0, 0 },
    { "7.2.1(6)", NO, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, NO, D_WDR, 0, 0 },
    { "7.2.1(7)", MU, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, MU, D_WDR, 0, 0 },
    { "7.2.1(8)", OW, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_OK, WDR, OW, D_WDR, 0, 0 },

    /* --- suspension of at most 6 months (7.1.2, 7.2.1(5)) --------------
     * issue example: suspended 2025-06-01 +6m = 2025-12-01 (last day) */
    { "issue: last day of suspension", 0, 20251201, VU, 20250601, 0, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 20251201, 20251202 },
    { "issue: day after suspension", 0, 20251202, VU, 20250601, 0, 0, 0, 0,
      CSISMS_OK, WDR, SE, D_WDR, 0, 0 },
    /* 2024-08-31 +6m = 2025-02-28 (2025 is common) */
    { "suspension ends on Feb 28", 0, 20250228, VU, 20240831, 0, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 20250228, 20250301 },
    { "suspension passed on Mar 1", 0, 20250301, VU, 20240831, 0, 0, 0, 0,
      CSISMS_OK, WDR, SE, D_WDR, 0, 0 },
    /* 2023-08-31 +6m = 2024-02-29 (2024 is leap) */
    { "suspension ends on Feb 29", 0, 20240229, VU, 20230831, 0, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 20240229, 20240301 },
    { "suspension passed on Mar 1 (leap)", 0, 20240301, VU, 20230831, 0, 0, 0, 0,
      CSISMS_OK, WDR, SE, D_WDR, 0, 0 },
    /* suspended today 2025-03-10: deadline 2025-09-10 */
    { "suspended today", 0, 20250310, VU, 20250310, 0, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 20250910, 20250911 },
    /* resolved suspension: reinstate, even after its six months */
    { "resolved: reinstate", 0, 20250915, VU, 20250601, 0, 0, 1, 0,
      CSISMS_OK, REI, 0, 0, 0, 20271022 },
    { "resolved after 6 months: reinstate", 0, 20251202, VU, 20250601, 0, 0, 1, 0,
      CSISMS_OK, REI, 0, 0, 0, 20271022 },
    { "resolved same day: reinstate", 0, 20250601, VU, 20250601, 0, 0, 1, 0,
      CSISMS_OK, REI, 0, 0, 0, 20271022 },
    /* any nonzero suspension_resolved counts */
    { "resolved = INT32_MIN", 0, 20251202, VU, 20250601, 0, 0, INT32_MIN, 0,
      CSISMS_OK, REI, 0, 0, 0, 20271022 },
    { "resolved = -1", 0, 20250915, VU, 20250601, 0, 0, -1, 0,
      CSISMS_OK, REI, 0, 0, 0, 20271022 },
    /* suspension_resolved ignored without a suspension date */
    { "resolved ignored", 0, 20250915, VU, 0, 0, 0, 1, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20271022 },

    /* --- a ground during / after a suspension -------------------------- */
    /* unresolved suspension of 2025-06-01 keeps its deadline 2025-12-01 */
    { "ground during suspension", CB, 20250915, VU, 20250601, 0, 0, 0, 0,
      CSISMS_OK, SUS, CB, D_SUS, 20251201, 20251202 },
    /* overdue surveillance (latest 2025-08-01) during the same suspension */
    { "overdue during suspension", 0, 20250915, VU, 20250601, 20250801, 0, 0, 0,
      CSISMS_OK, SUS, SO, D_SUS, 20251201, 20251202 },
    /* the ground does not save the suspension from running out */
    { "ground, suspension passed", VOL, 20251202, VU, 20250601, 0, 0, 0, 0,
      CSISMS_OK, WDR, VOL | SE, D_WDR, 0, 0 },
    /* resolved suspension of 2025-06-01, new ground 2025-09-15:
     * new suspension from today, 2025-09-15 +6m = 2026-03-15 */
    { "ground after resolved suspension", VOL, 20250915, VU, 20250601, 0, 0, 1, 0,
      CSISMS_OK, SUS, VOL, D_SUS, 20260315, 20260316 },
    /* the same with an overdue surveillance (latest 2025-09-01) */
    { "overdue after resolved suspension", 0, 20250915, VU, 20250601, 20250901, 0, 1, 0,
      CSISMS_OK, SUS, SO, D_SUS, 20260315, 20260316 },

    /* --- correction requested (7.2.1(7)), 6 months --------------------- */
    /* 2025-01-31 +6m = 2025-07-31 */
    { "correction last day", 0, 20250731, VU, 0, 0, 20250131, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20250801 },
    { "correction overdue", 0, 20250801, VU, 0, 0, 20250131, 0, 0,
      CSISMS_OK, WDR, MU, D_WDR, 0, 0 },
    { "correction done", 0, 20250801, VU, 0, 0, 20250131, 0, 1,
      CSISMS_OK, MAI, 0, 0, 0, 20271022 },
    { "correction done = -7", 0, 20260101, VU, 0, 0, 20250131, 0, -7,
      CSISMS_OK, MAI, 0, 0, 0, 20271022 },
    /* 2024-08-31 +6m = 2025-02-28 */
    { "correction due Feb 28", 0, 20250228, VU, 0, 0, 20240831, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20250301 },
    { "correction overdue Mar 1", 0, 20250301, VU, 0, 0, 20240831, 0, 0,
      CSISMS_OK, WDR, MU, D_WDR, 0, 0 },
    /* requested today 2025-03-10: due 2025-09-10 */
    { "correction requested today", 0, 20250310, VU, 0, 0, 20250310, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20250911 },
    /* correction_done ignored without a request date */
    { "corrected ignored", 0, 20250310, VU, 0, 0, 0, 0, 1,
      CSISMS_OK, MAI, 0, 0, 0, 20271022 },

    /* --- overdue surveillance (5.1.2 → 7.1) ----------------------------- */
    /* latest 2025-10-22 (first surveillance, no postponement) */
    { "surveillance last day", 0, 20251022, VU, 0, 20251022, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20251023 },
    /* day after: suspend from 2025-10-23, +6m = 2026-04-23 */
    { "surveillance overdue", 0, 20251023, VU, 0, 20251022, 0, 0, 0,
      CSISMS_OK, SUS, SO, D_SUS, 20260423, 20260424 },
    /* latest 2026-02-28, overdue 2026-03-01: +6m = 2026-09-01 */
    { "surveillance overdue Mar 1", 0, 20260301, VU, 0, 20260228, 0, 0, 0,
      CSISMS_OK, SUS, SO, D_SUS, 20260901, 20260902 },
    /* latest 2025-12-31: next review rolls the year, 2026-01-01 */
    { "surveillance latest Dec 31", 0, 20251231, VU, 0, 20251231, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20260101 },

    /* --- expiry (8.2) ---------------------------------------------------- */
    { "valid_until last day", 0, 20271021, VU, 0, 0, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20271022 },
    { "valid_until passed", 0, 20271022, VU, 0, 0, 0, 0, 0,
      CSISMS_OK, EXP, EX, 0, 0, 0 },
    { "valid_until Feb 28 2027", 0, 20270228, 20270228, 0, 0, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20270301 },
    { "valid_until Feb 28 2028 (leap)", 0, 20280101, 20280228, 0, 0, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20280229 },
    { "valid_until Dec 31", 0, 20271231, 20271231, 0, 0, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20280101 },
    { "valid_until long past", 0, 99981231, 10101, 0, 0, 0, 0, 0,
      CSISMS_OK, EXP, EX, 0, 0, 0 },

    /* --- action order: withdraw > expire > suspend > reinstate ---------- */
    { "withdraw beats expire", LS, 20271022, VU, 0, 0, 0, 0, 0,
      CSISMS_OK, WDR, LS | EX, D_WDR, 0, 0 },
    { "expire beats suspend", NC, 20271022, VU, 0, 0, 0, 0, 0,
      CSISMS_OK, EXP, NC | EX, 0, 0, 0 },
    /* suspension of 2027-08-01 (ends 2028-02-01) still running */
    { "expire beats suspension in force", 0, 20271022, VU, 20270801, 0, 0, 0, 0,
      CSISMS_OK, EXP, EX, 0, 0, 0 },
    { "expire beats overdue surveillance", 0, 20271022, VU, 0, 20271001, 0, 0, 0,
      CSISMS_OK, EXP, SO | EX, 0, 0, 0 },
    { "expire beats reinstate", 0, 20271022, VU, 20270801, 0, 0, 1, 0,
      CSISMS_OK, EXP, EX, 0, 0, 0 },
    { "withdraw beats suspend", NC | MI, 20250310, VU, 0, 0, 0, 0, 0,
      CSISMS_OK, WDR, NC | MI, D_WDR, 0, 0 },
    /* suspension 2025-06-01 (ended 2025-12-01) and certificate (ended
     * 2027-10-21) both passed */
    { "suspension and validity passed", 0, 20271022, VU, 20250601, 0, 0, 0, 0,
      CSISMS_OK, WDR, SE | EX, D_WDR, 0, 0 },
    /* every input ground, plus overdue surveillance and expiry:
     * 7.1.1 bits 0-5, 5.1.2 bit 6, 7.2.1 bits 8-15, 8.2 bit 16 */
    { "everything", 0x3Fu | 0xFF00u, 20271022, VU, 0, 20270101, 0, 0, 0,
      CSISMS_OK, WDR, 0x1FF7Fu, D_WDR, 0, 0 },
    /* every derived reason at once: suspension 2025-01-01 (ended
     * 2025-07-01), correction 2025-01-01 (due 2025-07-01), surveillance
     * latest 2025-06-30, validity ended 2025-12-31 */
    { "all derived", 0, 20260101, 20251231, 20250101, 20250630, 20250101, 0, 0,
      CSISMS_OK, WDR, SE | MU | SO | EX, D_WDR, 0, 0 },

    /* --- next review: the earliest limit ------------------------------- */
    /* suspend 2027-08-01: deadline 2028-02-01, but validity ends first */
    { "review: validity before deadline", VOL, 20270801, VU, 0, 0, 0, 0, 0,
      CSISMS_OK, SUS, VOL, D_SUS, 20280201, 20271022 },
    /* surveillance 2025-04-01 before correction due 2025-09-01 */
    { "review: surveillance first", 0, 20250310, VU, 0, 20250401, 20250301, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20250402 },
    /* correction 2025-01-10 due 2025-07-10, before surveillance 2025-08-01 */
    { "review: correction first", 0, 20250310, VU, 0, 20250801, 20250110, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 20250711 },
    /* suspension 2025-06-01 ends 2025-12-01, before surveillance 2025-12-15 */
    { "review: deadline first", 0, 20250915, VU, 20250601, 20251215, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 20251201, 20251202 },
    /* same suspension, surveillance 2025-10-20 comes first */
    { "review: surveillance in suspension", 0, 20250915, VU, 20250601, 20251020, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 20251201, 20251021 },
    /* new suspension 2025-03-10 (deadline 2025-09-10); correction
     * 2025-01-05 due 2025-07-05 comes first */
    { "review: correction in suspension", OH, 20250310, VU, 0, 0, 20250105, 0, 0,
      CSISMS_OK, SUS, OH, D_SUS, 20250910, 20250706 },
    /* reinstated, surveillance latest 2025-10-01 */
    { "review: surveillance after reinstate", 0, 20250915, VU, 20250601, 20251001, 0, 1, 0,
      CSISMS_OK, REI, 0, 0, 0, 20251002 },
    /* reinstated, correction 2025-06-10 due 2025-12-10 */
    { "review: correction after reinstate", 0, 20250915, VU, 20250601, 0, 20250610, 1, 0,
      CSISMS_OK, REI, 0, 0, 0, 20251211 },
    /* a correction made is no limit */
    { "review: correction done", 0, 20250310, VU, 0, 0, 20250110, 0, 1,
      CSISMS_OK, MAI, 0, 0, 0, 20271022 },
    /* an overdue surveillance is no longer a limit: suspension deadline
     * 2025-09-15 +6m = 2026-03-15 comes before validity */
    { "review: passed surveillance not a limit", 0, 20250915, VU, 0, 20250914, 0, 0, 0,
      CSISMS_OK, SUS, SO, D_SUS, 20260315, 20260316 },

    /* --- extremes ------------------------------------------------------- */
    { "max dates maintain", 0, 99981231, 99981231, 0, 99981231, 99981231, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 99990101 },
    /* 9998-12-31 +6m = 9999-06-30 */
    { "max dates suspend", NC, 99981231, 99981231, 0, 0, 0, 0, 0,
      CSISMS_OK, SUS, NC, D_SUS, 99990630, 99990101 },
    { "max dates suspended", 0, 99981231, 99981231, 99981231, 0, 0, 0, 0,
      CSISMS_OK, SUS, 0, D_SUS, 99990630, 99990101 },
    { "max dates withdraw", OW, 99981231, 99981231, 99981231, 99981231, 99981231, 0, 0,
      CSISMS_OK, WDR, OW, D_WDR, 0, 0 },
    { "min dates maintain", 0, 10101, 10101, 0, 0, 0, 0, 0,
      CSISMS_OK, MAI, 0, 0, 0, 10102 },
    /* 0001-01-01 +6m = 0001-07-01 */
    { "min dates suspend", VOL, 10101, 99981231, 10101, 10101, 10101, 0, 0,
      CSISMS_OK, SUS, VOL, D_SUS, 10701, 10102 },

    /* --- invalid values: EINVAL ---------------------------------------- */
    { "today 0", 0, 0, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today Feb 30", 0, 20250230, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today month 13", 0, 20251301, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today year 0", 0, 1231, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today negative", 0, -20250101, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today INT32_MAX", 0, INT32_MAX, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today INT32_MIN", 0, INT32_MIN, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today 9999-01-01", 0, 99990101, 99981231, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "today 9999-12-31", 0, 99991231, 99981231, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "valid_until 0", 0, 20250310, 0, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "valid_until Feb 29 2025", 0, 20250310, 20250229, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "valid_until day 0", 0, 20250310, 20250100, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "valid_until 9999-01-01", 0, 20250310, 99990101, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "valid_until 9999-12-31", 0, 20250310, 99991231, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "valid_until 10000-01-01", 0, 20250310, 100000101, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "suspended_on Jun 31", 0, 20250910, VU, 20250631, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "suspended_on negative", 0, 20250910, VU, -20250101, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "suspended_on after today", 0, 20250310, VU, 20250311, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "suspended_on after today, resolved", 0, 20250310, VU, 20250311, 0, 0, 1, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "suspended_on 9999-01-01", 0, 99981231, 99981231, 99990101, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "surveillance_latest month 0", 0, 20250310, VU, 0, 20250001, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "surveillance_latest 1", 0, 20250310, VU, 0, 1, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "surveillance_latest 9999-01-01", 0, 20250310, VU, 0, 99990101, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "surveillance_latest 9999-12-31", 0, 20250310, VU, 0, 99991231, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "correction_requested Dec 32", 0, 20250310, VU, 0, 0, 20241232, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "correction_requested after today", 0, 20250310, VU, 0, 0, 20250311, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "correction_requested after today, done", 0, 20250310, VU, 0, 0, 20260101, 0, 1, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "correction_requested 9999-01-01", 0, 99981231, 99981231, 0, 0, 99990101, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: 5.1.2 bit", SO, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: 8.2 bit", EX, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: bit 7", 1u << 7, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: bit 17", 1u << 17, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: bit 31", 1u << 31, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: valid + derived", NC | LS | SO, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
    { "grounds: all bits", UINT32_MAX, 20250310, VU, 0, 0, 0, 0, 0, CSISMS_EINVAL, 0, 0, 0, 0, 0 },
};

#define NCASES ((int)(sizeof cases / sizeof cases[0]))

static csisms_facts facts_of(const struct vcase *c)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    f.grounds = c->grounds;
    f.today = c->today;
    f.valid_until = c->valid_until;
    f.suspended_on = c->suspended_on;
    f.surveillance_latest = c->surveillance_latest;
    f.correction_requested = c->correction_requested;
    f.suspension_resolved = c->resolved;
    f.correction_done = c->corrected;
    return f;
}

/* A verdict full of sentinels, with a valid size. */
static csisms_verdict sentinel_verdict(void)
{
    csisms_verdict v;
    memset(&v, 0x5A, sizeof v);
    v.size = sizeof v;
    return v;
}

START_TEST(test_cases)
{
    const struct vcase *c = &cases[_i];
    csisms_facts f = facts_of(c);
    csisms_facts before = f;
    csisms_verdict v = sentinel_verdict();
    csisms_verdict sentinel = v;

    int rc = csisms_evaluate(&f, &v);
    ck_assert_msg(rc == c->rc, "%s: rc %d, expected %d", c->name, rc, c->rc);
    ck_assert_msg(memcmp(&f, &before, sizeof f) == 0, "%s: facts changed", c->name);
    ck_assert_msg(v.size == sizeof v, "%s: size changed", c->name);
    if (c->rc != CSISMS_OK) {
        ck_assert_msg(memcmp(&v, &sentinel, sizeof v) == 0, "%s: verdict written on error", c->name);
        return;
    }
    ck_assert_msg(v.action == c->action, "%s: action %d, expected %d", c->name, v.action, c->action);
    ck_assert_msg(v.reasons == c->reasons, "%s: reasons %#x, expected %#x", c->name,
                  (unsigned)v.reasons, (unsigned)c->reasons);
    ck_assert_msg(v.duties == c->duties, "%s: duties %#x, expected %#x", c->name,
                  (unsigned)v.duties, (unsigned)c->duties);
    ck_assert_msg(v.deadline == c->deadline, "%s: deadline %ld, expected %ld", c->name,
                  (long)v.deadline, (long)c->deadline);
    ck_assert_msg(v.next_review == c->next_review, "%s: next_review %ld, expected %ld", c->name,
                  (long)v.next_review, (long)c->next_review);
}
END_TEST

/* Invariants every successful verdict of the table keeps (doc/rules-model.md §4 step 3–4),
 * checked independently of the hand-worked values. */
START_TEST(test_case_invariants)
{
    const struct vcase *c = &cases[_i];
    if (c->rc != CSISMS_OK)
        return;
    /* reasons include the grounds */
    ck_assert_msg((c->reasons & c->grounds) == c->grounds, "%s", c->name);
    switch (c->action) {
    case WDR:
        ck_assert_msg((c->reasons & 0xFF00u) != 0, "%s", c->name);
        ck_assert_msg(c->duties == 14 && c->deadline == 0 && c->next_review == 0, "%s", c->name);
        break;
    case EXP:
        ck_assert_msg((c->reasons & 0xFF00u) == 0 && (c->reasons & EX), "%s", c->name);
        ck_assert_msg(c->duties == 0 && c->deadline == 0 && c->next_review == 0, "%s", c->name);
        break;
    case SUS:
        ck_assert_msg(c->duties == 9 && c->deadline >= c->today, "%s", c->name);
        ck_assert_msg(c->next_review > c->today && c->next_review <= 99990701, "%s", c->name);
        break;
    default:
        ck_assert_msg(c->duties == 0 && c->deadline == 0 && c->next_review > c->today, "%s", c->name);
        ck_assert_msg(c->reasons == 0, "%s", c->name);
    }
}
END_TEST

/* --- pointers and sizes ---------------------------------------------------- */

static csisms_facts good_facts(void)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    f.today = 20251201;
    f.valid_until = 20271021;
    f.suspended_on = 20250601;
    return f; /* → SUSPEND, deadline 2025-12-01, next 2025-12-02 */
}

static void assert_issue_suspend(const csisms_verdict *v)
{
    ck_assert_int_eq(v->action, CSISMS_ACT_SUSPEND);
    ck_assert_uint_eq(v->reasons, 0);
    ck_assert_uint_eq(v->duties, CSISMS_DUTY_NO_ADVERTISING | CSISMS_DUTY_REPORT);
    ck_assert_int_eq(v->deadline, 20251201);
    ck_assert_int_eq(v->next_review, 20251202);
}

START_TEST(test_initialisers)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v = CSISMS_VERDICT_INIT;
    ck_assert_uint_eq(f.size, sizeof(csisms_facts));
    ck_assert_uint_eq(v.size, sizeof(csisms_verdict));
    ck_assert_uint_eq(f.grounds, 0);
    ck_assert_int_eq(f.today, 0);
    ck_assert_int_eq(f.valid_until, 0);
    ck_assert_int_eq(f.suspended_on, 0);
    ck_assert_int_eq(f.surveillance_latest, 0);
    ck_assert_int_eq(f.correction_requested, 0);
    ck_assert_int_eq(f.suspension_resolved, 0);
    ck_assert_int_eq(f.correction_done, 0);
    ck_assert_int_eq(v.action, 0);
    ck_assert_uint_eq(v.reasons, 0);
    ck_assert_uint_eq(v.duties, 0);
    ck_assert_int_eq(v.deadline, 0);
    ck_assert_int_eq(v.next_review, 0);
    /* the v1 layout of doc/rules-model.md §4: nine and six 32-bit fields */
    ck_assert_uint_eq(sizeof(csisms_facts), 36);
    ck_assert_uint_eq(sizeof(csisms_verdict), 24);

    /* an initialised pair evaluates */
    f.today = 20250310;
    f.valid_until = 20271021;
    ck_assert_int_eq(csisms_evaluate(&f, &v), CSISMS_OK);
    ck_assert_int_eq(v.action, CSISMS_ACT_MAINTAIN);
    ck_assert_int_eq(v.next_review, 20271022);
}
END_TEST

START_TEST(test_null)
{
    csisms_facts f = good_facts();
    csisms_verdict v = sentinel_verdict(), s = v;
    ck_assert_int_eq(csisms_evaluate(NULL, &v), CSISMS_EINVAL);
    ck_assert_mem_eq(&v, &s, sizeof v);
    ck_assert_int_eq(csisms_evaluate(&f, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_evaluate(NULL, NULL), CSISMS_EINVAL);
    /* NULL comes before sizes */
    f.size = 0;
    ck_assert_int_eq(csisms_evaluate(&f, NULL), CSISMS_EINVAL);
    v.size = 0;
    s = v;
    ck_assert_int_eq(csisms_evaluate(NULL, &v), CSISMS_EINVAL);
    ck_assert_mem_eq(&v, &s, sizeof v);
}
END_TEST

START_TEST(test_small_sizes)
{
    static const uint32_t bad[] = { 0, 1, 4, 32, 35 };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        csisms_facts f = good_facts();
        csisms_verdict v = sentinel_verdict(), s;
        f.size = bad[i];
        s = v;
        ck_assert_int_eq(csisms_evaluate(&f, &v), CSISMS_EVERSION);
        ck_assert_mem_eq(&v, &s, sizeof v);

        /* sizes before values */
        f.today = 0;
        ck_assert_int_eq(csisms_evaluate(&f, &v), CSISMS_EVERSION);
        ck_assert_mem_eq(&v, &s, sizeof v);
    }
    static const uint32_t vbad[] = { 0, 1, 4, 20, 23 };
    for (size_t i = 0; i < sizeof vbad / sizeof vbad[0]; i++) {
        csisms_facts f = good_facts();
        csisms_verdict v = sentinel_verdict(), s;
        v.size = vbad[i];
        s = v;
        ck_assert_int_eq(csisms_evaluate(&f, &v), CSISMS_EVERSION);
        ck_assert_mem_eq(&v, &s, sizeof v);
        f.grounds = UINT32_MAX; /* values come after sizes */
        ck_assert_int_eq(csisms_evaluate(&f, &v), CSISMS_EVERSION);
        ck_assert_mem_eq(&v, &s, sizeof v);
    }
}
END_TEST

/* A v1 facts struct followed by room for a later version's fields. */
union big_facts {
    csisms_facts f;
    unsigned char bytes[4096 + 64];
    uint64_t align;
};

START_TEST(test_larger_facts)
{
    static union big_facts big; /* static: 4 KiB off the stack */
    static const uint32_t sizes[] = { 37, 40, 64, 100, 4095, 4096 };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        const uint32_t size = sizes[i];
        csisms_verdict v = sentinel_verdict(), s = v;

        /* zero tail: accepted, same verdict as v1 */
        memset(&big, 0, sizeof big);
        big.f = good_facts();
        big.f.size = size;
        ck_assert_int_eq(csisms_evaluate(&big.f, &v), CSISMS_OK);
        assert_issue_suspend(&v);
        ck_assert_uint_eq(v.size, sizeof v);

        /* bytes past `size` are not the library's business */
        memset(big.bytes + size, 0xFF, sizeof big.bytes - size);
        v = s;
        ck_assert_int_eq(csisms_evaluate(&big.f, &v), CSISMS_OK);
        assert_issue_suspend(&v);

        /* a nonzero byte anywhere in the tail: EVERSION */
        const uint32_t v1 = sizeof(csisms_facts);
        const uint32_t where[] = { v1, size - 1, v1 + (size - v1) / 2 };
        for (size_t w = 0; w < 3; w++) {
            memset(big.bytes + v1, 0, sizeof big.bytes - v1);
            big.bytes[where[w]] = 0x01;
            v = s;
            ck_assert_int_eq(csisms_evaluate(&big.f, &v), CSISMS_EVERSION);
            ck_assert_mem_eq(&v, &s, sizeof v);
            /* sizes before values */
            big.f.today = 0;
            ck_assert_int_eq(csisms_evaluate(&big.f, &v), CSISMS_EVERSION);
            ck_assert_mem_eq(&v, &s, sizeof v);
            big.f.today = 20251201;
        }
        /* values are still checked with a larger size */
        memset(big.bytes + v1, 0, sizeof big.bytes - v1);
        big.f.grounds = CSISMS_R_EXPIRED;
        ck_assert_int_eq(csisms_evaluate(&big.f, &v), CSISMS_EINVAL);
        ck_assert_mem_eq(&v, &s, sizeof v);
    }

    /* more than 4096 bytes: EVERSION even with a zero tail (the library
     * does not read it: sizes up to UINT32_MAX are safe to pass) */
    static const uint32_t huge[] = { 4097, 4100, 65536, UINT32_MAX };
    for (size_t i = 0; i < sizeof huge / sizeof huge[0]; i++) {
        csisms_verdict v = sentinel_verdict(), s = v;
        memset(&big, 0, sizeof big);
        big.f = good_facts();
        big.f.size = huge[i];
        ck_assert_int_eq(csisms_evaluate(&big.f, &v), CSISMS_EVERSION);
        ck_assert_mem_eq(&v, &s, sizeof v);
    }
}
END_TEST

/* A v1 verdict followed by a later version's fields. */
union big_verdict {
    csisms_verdict v;
    unsigned char bytes[64];
    uint64_t align;
};

START_TEST(test_larger_verdict)
{
    static const uint32_t sizes[] = { 25, 28, 32, 64, 4096, UINT32_MAX };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        union big_verdict big;
        csisms_facts f = good_facts();
        memset(&big, 0xA5, sizeof big);
        big.v.size = sizes[i];
        ck_assert_int_eq(csisms_evaluate(&f, &big.v), CSISMS_OK);
        assert_issue_suspend(&big.v);
        ck_assert_uint_eq(big.v.size, sizes[i]);
        for (size_t b = sizeof(csisms_verdict); b < sizeof big.bytes; b++)
            ck_assert_uint_eq(big.bytes[b], 0xA5);
    }
}
END_TEST

/* The v1 verdict fields are written, all of them, and `size` never. */
START_TEST(test_writes_v1_fields)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v;
    f.today = 20250310;
    f.valid_until = 20271021;
    memset(&v, 0xFF, sizeof v);
    v.size = sizeof v;
    ck_assert_int_eq(csisms_evaluate(&f, &v), CSISMS_OK);
    ck_assert_uint_eq(v.size, sizeof v);
    ck_assert_int_eq(v.action, CSISMS_ACT_MAINTAIN);
    ck_assert_uint_eq(v.reasons, 0);
    ck_assert_uint_eq(v.duties, 0);
    ck_assert_int_eq(v.deadline, 0);
    ck_assert_int_eq(v.next_review, 20271022);
}
END_TEST

/* --- texts --------------------------------------------------------------- */

struct reason_expect {
    uint32_t bit;
    const char *clause;
    const char *zh; /* the rules' words (derived: written for the library) */
};

/* Copied by hand from the rules, 7.1.1 and 7.2.1, without "(n)" and the
 * trailing "；" / "。". */
static const struct reason_expect reasons[] = {
    { 1u << 0, "7.1.1(1)", "云服务信息安全管理体持续或严重不满足认证要求，包括对管理体系运行有效性要求的" },
    { 1u << 1, "7.1.1(2)", "不承担、履行认证合同约定的责任和义务的" },
    { 1u << 2, "7.1.1(3)", "被有关执法监管部门责令停业整顿的" },
    { 1u << 3, "7.1.1(4)", "被地方认证监管部门或认可机构发现体系运行存在严重问题，需要暂停证书的" },
    { 1u << 4, "7.1.1(5)", "主动请求暂停的" },
    { 1u << 5, "7.1.1(6)", "其他应当暂停认证证书的" },
    { 1u << 6, "5.1.2", "超过期限而未能实施监督审核的" },
    { 1u << 8, "7.2.1(1)", "被注销或撤销法律地位证明文件的" },
    { 1u << 9, "7.2.1(2)", "拒绝配合监管部门实施的监督检查，或者对有关事项的询问和调查提供了虚假材料或信息的" },
    { 1u << 10, "7.2.1(3)", "出现重大的云服务信息安全管理事故，经执法监管部门确认是获证组织违规造成的" },
    { 1u << 11, "7.2.1(4)", "有其他严重违反法律法规行为的" },
    { 1u << 12, "7.2.1(5)", "暂停认证证书的期限已满但导致暂停的问题未得到解决或纠正的（包括持有的行政许可证明、资质证书、强制性认证证书等已经过期失效但申请未获批准）" },
    { 1u << 13, "7.2.1(6)", "没有运行云服务信息安全管理体或者已不具备运行条件的" },
    { 1u << 14, "7.2.1(7)", "不按相关规定正确引用和宣传获得的认证信息，造成严重影响或后果，或者中诚认证已要求其纠正但超过 6 个月仍未纠正的" },
    { 1u << 15, "7.2.1(8)", "其他应当撤销认证证书的" },
    { 1u << 16, "8.2", NULL },
};

#define NREASONS ((int)(sizeof reasons / sizeof reasons[0]))

static int is_ascii(const char *s)
{
    for (; *s != '\0'; s++)
        if ((unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

START_TEST(test_reason_texts)
{
    const struct reason_expect *r = &reasons[_i];
    const char *clause = csisms_reason_clause(r->bit);
    const char *zh = csisms_reason_text(r->bit, CSISMS_LANG_ZH);
    const char *en = csisms_reason_text(r->bit, CSISMS_LANG_EN);
    ck_assert_ptr_nonnull(clause);
    ck_assert_str_eq(clause, r->clause);
    ck_assert_ptr_nonnull(zh);
    ck_assert_ptr_nonnull(en);
    if (r->zh != NULL)
        ck_assert_str_eq(zh, r->zh);
    ck_assert(strlen(zh) > 0 && !is_ascii(zh));
    ck_assert(strlen(en) > 10 && is_ascii(en));
    /* stable pointers */
    ck_assert_ptr_eq(csisms_reason_text(r->bit, CSISMS_LANG_ZH), zh);
    /* bad languages */
    ck_assert_ptr_null(csisms_reason_text(r->bit, -1));
    ck_assert_ptr_null(csisms_reason_text(r->bit, 2));
    ck_assert_ptr_null(csisms_reason_text(r->bit, INT_MAX));
    ck_assert_ptr_null(csisms_reason_text(r->bit, INT_MIN));
    /* two bits: this one and any other */
    for (int j = 0; j < 32; j++) {
        uint32_t two = r->bit | (1u << j);
        if (two == r->bit)
            continue;
        ck_assert_ptr_null(csisms_reason_clause(two));
        ck_assert_ptr_null(csisms_reason_text(two, CSISMS_LANG_ZH));
        ck_assert_ptr_null(csisms_reason_text(two, CSISMS_LANG_EN));
    }
    /* all texts differ */
    for (int j = 0; j < NREASONS; j++) {
        if (j == _i)
            continue;
        ck_assert_str_ne(zh, csisms_reason_text(reasons[j].bit, CSISMS_LANG_ZH));
        ck_assert_str_ne(en, csisms_reason_text(reasons[j].bit, CSISMS_LANG_EN));
    }
}
END_TEST

START_TEST(test_reason_invalid)
{
    static const uint32_t bad[] = { 0, 1u << 7, 1u << 17, 1u << 18, 1u << 31, 3, 0x101, 0x10040,
                                    UINT32_MAX, 0xFFFE0000u };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_ptr_null(csisms_reason_clause(bad[i]));
        ck_assert_ptr_null(csisms_reason_text(bad[i], CSISMS_LANG_ZH));
        ck_assert_ptr_null(csisms_reason_text(bad[i], CSISMS_LANG_EN));
    }
    /* exactly 16 single bits have a clause: bits 0-6 and 8-16 */
    int count = 0;
    for (int j = 0; j < 32; j++)
        if (csisms_reason_clause(1u << j) != NULL)
            count++;
    ck_assert_int_eq(count, 16);
}
END_TEST

/* The 8.2 reason (written for the library) and the 5.1.2 one. */
START_TEST(test_derived_reason_texts)
{
    ck_assert_str_eq(csisms_reason_text(CSISMS_R_EXPIRED, CSISMS_LANG_ZH), "认证证书有效期已满的");
    ck_assert_str_eq(csisms_reason_text(CSISMS_R_EXPIRED, CSISMS_LANG_EN),
                     "The period of validity of the certificate has ended");
    ck_assert_str_eq(csisms_reason_text(CSISMS_R_SURVEILLANCE_OVERDUE, CSISMS_LANG_EN),
                     "The surveillance audit has not been carried out within the time limit");
    ck_assert_str_eq(csisms_reason_text(CSISMS_R_VOLUNTARY, CSISMS_LANG_EN),
                     "The organisation has itself requested the suspension");
}
END_TEST

START_TEST(test_action_names)
{
    static const struct { int action; const char *zh, *en; } names[] = {
        { 0, "保持", "Maintain" },
        { 1, "暂停", "Suspend" },
        { 2, "恢复", "Reinstate" },
        { 3, "撤销", "Withdraw" },
        { 4, "到期", "Expire" },
    };
    ck_assert_int_eq(CSISMS_ACT_MAINTAIN, 0);
    ck_assert_int_eq(CSISMS_ACT_SUSPEND, 1);
    ck_assert_int_eq(CSISMS_ACT_REINSTATE, 2);
    ck_assert_int_eq(CSISMS_ACT_WITHDRAW, 3);
    ck_assert_int_eq(CSISMS_ACT_EXPIRE, 4);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        ck_assert_str_eq(csisms_action_name(names[i].action, CSISMS_LANG_ZH), names[i].zh);
        ck_assert_str_eq(csisms_action_name(names[i].action, CSISMS_LANG_EN), names[i].en);
        ck_assert_ptr_null(csisms_action_name(names[i].action, -1));
        ck_assert_ptr_null(csisms_action_name(names[i].action, 2));
        ck_assert_ptr_null(csisms_action_name(names[i].action, INT_MIN));
    }
    static const int bad[] = { -1, 5, 6, 100, INT_MAX, INT_MIN };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_ptr_null(csisms_action_name(bad[i], CSISMS_LANG_ZH));
        ck_assert_ptr_null(csisms_action_name(bad[i], CSISMS_LANG_EN));
    }
}
END_TEST

START_TEST(test_duties)
{
    static const struct { uint32_t duty; const char *clause, *zh; } duties[] = {
        { 1, "7.1.2", "在暂停期间客户不能使用认证证书进行广告和宣传活动" },
        { 2, "7.3", "中诚认证通知获证组织返还被撤销的证书及认证标志，不得继续使用证书及认证标志" },
        { 4, "7.3", "在中诚认证网站上公布或声明撤销决定" },
        { 8, "7.4", "中诚认证暂停及撤销认证证书的消息将按规定程序和要求报国家认监委" },
    };
    ck_assert_uint_eq(CSISMS_DUTY_NO_ADVERTISING, 1);
    ck_assert_uint_eq(CSISMS_DUTY_RETURN_CERTIFICATE, 2);
    ck_assert_uint_eq(CSISMS_DUTY_PUBLISH, 4);
    ck_assert_uint_eq(CSISMS_DUTY_REPORT, 8);
    for (size_t i = 0; i < sizeof duties / sizeof duties[0]; i++) {
        const char *en = csisms_duty_text(duties[i].duty, CSISMS_LANG_EN);
        ck_assert_str_eq(csisms_duty_clause(duties[i].duty), duties[i].clause);
        ck_assert_str_eq(csisms_duty_text(duties[i].duty, CSISMS_LANG_ZH), duties[i].zh);
        ck_assert_ptr_nonnull(en);
        ck_assert(strlen(en) > 10 && is_ascii(en));
        ck_assert_ptr_null(csisms_duty_text(duties[i].duty, -1));
        ck_assert_ptr_null(csisms_duty_text(duties[i].duty, 2));
        for (size_t j = 0; j < i; j++)
            ck_assert_str_ne(en, csisms_duty_text(duties[j].duty, CSISMS_LANG_EN));
    }
    static const uint32_t bad[] = { 0, 3, 5, 6, 9, 12, 15, 16, 32, 1u << 31, UINT32_MAX };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        ck_assert_ptr_null(csisms_duty_clause(bad[i]));
        ck_assert_ptr_null(csisms_duty_text(bad[i], CSISMS_LANG_ZH));
        ck_assert_ptr_null(csisms_duty_text(bad[i], CSISMS_LANG_EN));
    }
}
END_TEST

/* The reason bits have the values doc/rules-model.md §4 fixes. */
START_TEST(test_reason_values)
{
    ck_assert_uint_eq(CSISMS_R_NONCONFORMITY, 1u << 0);
    ck_assert_uint_eq(CSISMS_R_CONTRACT_BREACH, 1u << 1);
    ck_assert_uint_eq(CSISMS_R_ORDERED_TO_HALT, 1u << 2);
    ck_assert_uint_eq(CSISMS_R_REGULATOR_FINDING, 1u << 3);
    ck_assert_uint_eq(CSISMS_R_VOLUNTARY, 1u << 4);
    ck_assert_uint_eq(CSISMS_R_OTHER_SUSPENSION, 1u << 5);
    ck_assert_uint_eq(CSISMS_R_SURVEILLANCE_OVERDUE, 1u << 6);
    ck_assert_uint_eq(CSISMS_R_LEGAL_STATUS_REVOKED, 1u << 8);
    ck_assert_uint_eq(CSISMS_R_OBSTRUCTED_REGULATOR, 1u << 9);
    ck_assert_uint_eq(CSISMS_R_MAJOR_INCIDENT, 1u << 10);
    ck_assert_uint_eq(CSISMS_R_SERIOUS_VIOLATION, 1u << 11);
    ck_assert_uint_eq(CSISMS_R_SUSPENSION_EXPIRED, 1u << 12);
    ck_assert_uint_eq(CSISMS_R_SYSTEM_NOT_OPERATED, 1u << 13);
    ck_assert_uint_eq(CSISMS_R_MISUSE_OF_CERTIFICATION, 1u << 14);
    ck_assert_uint_eq(CSISMS_R_OTHER_WITHDRAWAL, 1u << 15);
    ck_assert_uint_eq(CSISMS_R_EXPIRED, 1u << 16);
}
END_TEST

static Suite *verdict_suite(void)
{
    Suite *s = suite_create("verdict");
    TCase *tc = tcase_create("evaluate");
    tcase_add_loop_test(tc, test_cases, 0, NCASES);
    tcase_add_loop_test(tc, test_case_invariants, 0, NCASES);
    tcase_add_test(tc, test_initialisers);
    tcase_add_test(tc, test_null);
    tcase_add_test(tc, test_small_sizes);
    tcase_add_test(tc, test_larger_facts);
    tcase_add_test(tc, test_larger_verdict);
    tcase_add_test(tc, test_writes_v1_fields);
    suite_add_tcase(s, tc);

    TCase *tt = tcase_create("texts");
    tcase_add_loop_test(tt, test_reason_texts, 0, NREASONS);
    tcase_add_test(tt, test_reason_invalid);
    tcase_add_test(tt, test_derived_reason_texts);
    tcase_add_test(tt, test_action_names);
    tcase_add_test(tt, test_duties);
    tcase_add_test(tt, test_reason_values);
    suite_add_tcase(s, tt);
    return s;
}

int main(void)
{
    return run_suite(verdict_suite());
}
