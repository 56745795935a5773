/* SPDX-License-Identifier: MIT */
/* libcsisms — certificate verdicts: suspension, withdrawal, expiry.
 *
 * Clauses 5.1.2 (overdue surveillance is handled under 7.1/7.2),
 * 7.1 (suspension), 7.2 (withdrawal), 7.3 and 7.4 (duties after a
 * withdrawal or suspension) and 8.2 (three-year validity); doc/rules-model.md §4.
 *
 * Pure: no heap, no mutable globals, no I/O, no locale.  Every text lives in
 * one static const table below and is returned as a pointer into it.
 */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "csisms.h"
#include "dates_internal.h"
#include "rule_text.h"

/* ---------------------------------------------------------------------------
 * Reasons.
 *
 * Chinese texts of the input grounds are the rules' own words for items
 * 7.1.1(1)…(6) and 7.2.1(1)…(8), byte for byte, without the item number, the
 * list marker and the trailing "；" (the rules end every item of these two
 * lists with "；" except the last, which ends with "。"; none is kept, since
 * a reason is shown on its own).  The derived reasons have texts in the
 * rules' style: 5.1.2 uses the rules' own condition "超过期限而未能实施监督审核的";
 * 8.2 is written for the library.  English texts are faithful translations.
 * ------------------------------------------------------------------------- */

struct reason_row {
    uint32_t bit;
    const char *clause;
    const char *zh;
    const char *en;
};

static const struct reason_row reason_table[] = {
    { CSISMS_R_NONCONFORMITY, "7.1.1(1)",
      CSISMS_TEXT_7_1_1_1_ZH,
      CSISMS_TEXT_7_1_1_1_EN },
    { CSISMS_R_CONTRACT_BREACH, "7.1.1(2)",
      CSISMS_TEXT_7_1_1_2_ZH,
      CSISMS_TEXT_7_1_1_2_EN },
    { CSISMS_R_ORDERED_TO_HALT, "7.1.1(3)",
      CSISMS_TEXT_7_1_1_3_ZH,
      CSISMS_TEXT_7_1_1_3_EN },
    { CSISMS_R_REGULATOR_FINDING, "7.1.1(4)",
      CSISMS_TEXT_7_1_1_4_ZH,
      CSISMS_TEXT_7_1_1_4_EN },
    { CSISMS_R_VOLUNTARY, "7.1.1(5)",
      CSISMS_TEXT_7_1_1_5_ZH,
      CSISMS_TEXT_7_1_1_5_EN },
    { CSISMS_R_OTHER_SUSPENSION, "7.1.1(6)",
      CSISMS_TEXT_7_1_1_6_ZH,
      CSISMS_TEXT_7_1_1_6_EN },
    { CSISMS_R_SURVEILLANCE_OVERDUE, "5.1.2",
      "超过期限而未能实施监督审核的",
      "The surveillance audit has not been carried out within the time limit" },
    { CSISMS_R_LEGAL_STATUS_REVOKED, "7.2.1(1)",
      CSISMS_TEXT_7_2_1_1_ZH,
      CSISMS_TEXT_7_2_1_1_EN },
    { CSISMS_R_OBSTRUCTED_REGULATOR, "7.2.1(2)",
      CSISMS_TEXT_7_2_1_2_ZH,
      CSISMS_TEXT_7_2_1_2_EN },
    { CSISMS_R_MAJOR_INCIDENT, "7.2.1(3)",
      CSISMS_TEXT_7_2_1_3_ZH,
      CSISMS_TEXT_7_2_1_3_EN },
    { CSISMS_R_SERIOUS_VIOLATION, "7.2.1(4)",
      CSISMS_TEXT_7_2_1_4_ZH,
      CSISMS_TEXT_7_2_1_4_EN },
    { CSISMS_R_SUSPENSION_EXPIRED, "7.2.1(5)",
      CSISMS_TEXT_7_2_1_5_ZH,
      CSISMS_TEXT_7_2_1_5_EN },
    { CSISMS_R_SYSTEM_NOT_OPERATED, "7.2.1(6)",
      CSISMS_TEXT_7_2_1_6_ZH,
      CSISMS_TEXT_7_2_1_6_EN },
    { CSISMS_R_MISUSE_OF_CERTIFICATION, "7.2.1(7)",
      CSISMS_TEXT_7_2_1_7_ZH,
      CSISMS_TEXT_7_2_1_7_EN },
    { CSISMS_R_OTHER_WITHDRAWAL, "7.2.1(8)",
      CSISMS_TEXT_7_2_1_8_ZH,
      CSISMS_TEXT_7_2_1_8_EN },
    { CSISMS_R_EXPIRED, "8.2",
      "认证证书有效期已满的",
      "The period of validity of the certificate has ended" },
};

#define REASON_COUNT (sizeof reason_table / sizeof reason_table[0])

/* The row of a single reason bit, or NULL (0, several bits, unknown bit). */
static const struct reason_row *reason_find(uint32_t reason)
{
    for (size_t i = 0; i < REASON_COUNT; i++)
        if (reason_table[i].bit == reason)
            return &reason_table[i];
    return NULL;
}

CSISMS_API const char *csisms_reason_clause(uint32_t reason)
{
    const struct reason_row *r = reason_find(reason);
    return r != NULL ? r->clause : NULL;
}

CSISMS_API const char *csisms_reason_text(uint32_t reason, int lang)
{
    const struct reason_row *r = reason_find(reason);
    if (r == NULL)
        return NULL;
    switch (lang) {
    case CSISMS_LANG_ZH: return r->zh;
    case CSISMS_LANG_EN: return r->en;
    default: return NULL;
    }
}

/* ---------------------------------------------------------------------------
 * Actions and duties.
 * ------------------------------------------------------------------------- */

struct action_row {
    int action;
    const char *zh;
    const char *en;
};

static const struct action_row action_table[] = {
    { CSISMS_ACT_MAINTAIN, "保持", "Maintain" },
    { CSISMS_ACT_SUSPEND, "暂停", "Suspend" },
    { CSISMS_ACT_REINSTATE, "恢复", "Reinstate" },
    { CSISMS_ACT_WITHDRAW, "撤销", "Withdraw" },
    { CSISMS_ACT_EXPIRE, "到期", "Expire" },
};

CSISMS_API const char *csisms_action_name(int action, int lang)
{
    for (size_t i = 0; i < sizeof action_table / sizeof action_table[0]; i++) {
        if (action_table[i].action != action)
            continue;
        switch (lang) {
        case CSISMS_LANG_ZH: return action_table[i].zh;
        case CSISMS_LANG_EN: return action_table[i].en;
        default: return NULL;
        }
    }
    return NULL;
}

/* Duty texts: the rules' own words from 7.1.2, 7.3 and 7.4 (the sentence or
 * the part of it that states the duty, without its final "。"). */
struct duty_row {
    uint32_t duty;
    const char *clause;
    const char *zh;
    const char *en;
};

static const struct duty_row duty_table[] = {
    { CSISMS_DUTY_NO_ADVERTISING, "7.1.2",
      "在暂停期间客户不能使用认证证书进行广告和宣传活动",
      "During the suspension the client may not use the certificate for "
      "advertising and promotion" },
    { CSISMS_DUTY_RETURN_CERTIFICATE, "7.3",
      "中诚认证通知获证组织返还被撤销的证书及认证标志，不得继续使用证书及认证标志",
      "CTC notifies the certified organisation to return the withdrawn "
      "certificate and certification marks, which may no longer be used" },
    { CSISMS_DUTY_PUBLISH, "7.3",
      "在中诚认证网站上公布或声明撤销决定",
      "Publish or announce the withdrawal decision on CTC's website" },
    { CSISMS_DUTY_REPORT, "7.4",
      "中诚认证暂停及撤销认证证书的消息将按规定程序和要求报国家认监委",
      "CTC reports the suspension or withdrawal of the certificate to the "
      "CNCA following the prescribed procedures and requirements" },
};

static const struct duty_row *duty_find(uint32_t duty)
{
    for (size_t i = 0; i < sizeof duty_table / sizeof duty_table[0]; i++)
        if (duty_table[i].duty == duty)
            return &duty_table[i];
    return NULL;
}

CSISMS_API const char *csisms_duty_text(uint32_t duty, int lang)
{
    const struct duty_row *d = duty_find(duty);
    if (d == NULL)
        return NULL;
    switch (lang) {
    case CSISMS_LANG_ZH: return d->zh;
    case CSISMS_LANG_EN: return d->en;
    default: return NULL;
    }
}

CSISMS_API const char *csisms_duty_clause(uint32_t duty)
{
    const struct duty_row *d = duty_find(duty);
    return d != NULL ? d->clause : NULL;
}

/* ---------------------------------------------------------------------------
 * Evaluation (doc/rules-model.md §4).
 * ------------------------------------------------------------------------- */

/* Which reasons call for which action (doc/rules-model.md §4 step 3).  The header's masks
 * of the 7.1.1 and 7.2.1 bits are the one statement of that fact; they are
 * compile-time constants, so a call builds nothing. */
#define INPUT_REASONS (CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS)
#define WITHDRAW_REASONS CSISMS_R_WITHDRAWAL_GROUNDS
#define EXPIRE_REASONS CSISMS_R_EXPIRED
#define SUSPEND_REASONS (CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_SURVEILLANCE_OVERDUE)

#define WITHDRAW_DUTIES \
    (CSISMS_DUTY_RETURN_CERTIFICATE | CSISMS_DUTY_PUBLISH | CSISMS_DUTY_REPORT) /* 7.3, 7.4 */
#define SUSPEND_DUTIES (CSISMS_DUTY_NO_ADVERTISING | CSISMS_DUTY_REPORT)      /* 7.1.2, 7.4 */

#define MAX_FACTS_SIZE 4096u

/* A required date: valid and no later than CSISMS_DATE_INPUT_MAX. */
static int date_ok(csisms_date d)
{
    return d <= CSISMS_DATE_INPUT_MAX && csisms__date_ok(d);
}

/* An optional date: 0, or a required date. */
static int opt_date_ok(csisms_date d)
{
    return d == 0 || date_ok(d);
}

/* doc/rules-model.md §4 steps 1 (values) to 4 for facts whose sizes are checked: writes
 * the verdict's v1 fields after `size` and returns CSISMS_OK, or returns
 * CSISMS_EINVAL and writes nothing. */
static inline int evaluate_facts(const csisms_facts *facts, csisms_verdict *verdict)
{
    const csisms_date today = facts->today;
    const csisms_date valid_until = facts->valid_until;
    const csisms_date suspended_on = facts->suspended_on;
    const csisms_date latest = facts->surveillance_latest;
    const csisms_date requested = facts->correction_requested;

    if (!date_ok(today) || !date_ok(valid_until) || !opt_date_ok(suspended_on) ||
        !opt_date_ok(latest) || !opt_date_ok(requested))
        return CSISMS_EINVAL;
    if (suspended_on > today || requested > today)
        return CSISMS_EINVAL;
    if ((facts->grounds & ~INPUT_REASONS) != 0)
        return CSISMS_EINVAL;

    const int suspended = suspended_on != 0;
    const int unresolved = suspended && facts->suspension_resolved == 0;
    const int correcting = requested != 0 && facts->correction_done == 0;
    const int overdue = latest != 0 && today > latest;

    /* Step 2, derived reasons, strictly after the last permitted day.  Every
     * date in the facts is at most CSISMS_DATE_INPUT_MAX, so every limit
     * below (at most six months and a day later) is representable.
     *
     * The suspension limit (changed in 1.1): an overdue surveillance should
     * have been suspended the day after its last permitted day (5.1.2 →
     * 7.1), or was already by a recorded suspension that started earlier;
     * an unresolved suspension runs from its own start.  Both last six
     * months (7.1.2), so the limit is six months from the earliest start. */
    uint32_t reasons = facts->grounds;
    csisms_date limit = 0;
    if (overdue || unresolved) {
        csisms_date start = suspended_on;
        if (overdue) {
            const csisms_date missed = csisms__date_next_day(latest);
            if (!suspended || missed < suspended_on)
                start = missed;
        }
        limit = csisms__suspension_ends_by(start);
        /* 7.2.1(5) needs a certificate to withdraw: a limit that passes
         * only on or after the last valid day leaves expiry (8.2). */
        if (today > limit && limit < valid_until)
            reasons |= CSISMS_R_SUSPENSION_EXPIRED;
    }
    csisms_date correction_due = 0;
    if (correcting) {
        correction_due = csisms__correction_due(requested);
        if (today > correction_due && correction_due < valid_until) /* the same for 7.2.1(7) */
            reasons |= CSISMS_R_MISUSE_OF_CERTIFICATION;
    }
    if (overdue)
        reasons |= CSISMS_R_SURVEILLANCE_OVERDUE;
    if (today > valid_until)
        reasons |= CSISMS_R_EXPIRED;

    /* Step 3, the action: first match. */
    int action;
    uint32_t duties = 0;
    csisms_date deadline = 0, next_review = 0;
    if ((reasons & WITHDRAW_REASONS) != 0) {
        action = CSISMS_ACT_WITHDRAW;
        duties = WITHDRAW_DUTIES;
    } else if ((reasons & EXPIRE_REASONS) != 0) {
        action = CSISMS_ACT_EXPIRE;
    } else {
        if ((reasons & SUSPEND_REASONS) != 0 || unresolved) {
            action = CSISMS_ACT_SUSPEND;
            duties = SUSPEND_DUTIES;
            /* A suspension in force keeps its six months; otherwise a new
             * one starts today.  The limit has not passed here (it would
             * have given 7.2.1(5) or expiry). */
            deadline = limit != 0 ? limit : csisms__suspension_ends_by(today);
        } else {
            action = suspended ? CSISMS_ACT_REINSTATE : CSISMS_ACT_MAINTAIN;
        }
        /* Step 4: the first later day on which a limit in these facts
         * passes, i.e. the earliest last permitted day not yet passed, + 1.
         * today ≤ valid_until here, and the deadline is not before today. */
        csisms_date first = valid_until;
        if (action == CSISMS_ACT_SUSPEND && deadline < first)
            first = deadline;
        if (latest >= today && latest < first) /* latest ≥ today: pending, not 0 */
            first = latest;
        if (correcting && correction_due >= today && correction_due < first)
            first = correction_due;
        next_review = csisms__date_next_day(first);
    }

    verdict->action = action;
    verdict->reasons = reasons;
    verdict->duties = duties;
    verdict->deadline = deadline;
    verdict->next_review = next_review;
    return CSISMS_OK;
}

CSISMS_API int csisms_evaluate(const csisms_facts *facts, csisms_verdict *verdict)
{
    if (facts == NULL || verdict == NULL)
        return CSISMS_EINVAL;

    /* Sizes (step 1), before any value. */
    if (facts->size < sizeof(csisms_facts) || verdict->size < sizeof(csisms_verdict))
        return CSISMS_EVERSION;
    if (facts->size > sizeof(csisms_facts)) {
        if (facts->size > MAX_FACTS_SIZE)
            return CSISMS_EVERSION;
        const unsigned char *tail = (const unsigned char *)facts;
        for (size_t i = sizeof(csisms_facts); i < facts->size; i++)
            if (tail[i] != 0)
                return CSISMS_EVERSION;
    }
    return evaluate_facts(facts, verdict);
}

/* The flags column of csisms_evaluate_batch(). */
#define BATCH_FLAGS (CSISMS_BATCH_RESOLVED | CSISMS_BATCH_CORRECTED)

CSISMS_API int csisms_evaluate_batch(size_t n, const csisms_date *today,
                                     const csisms_date *valid_until,
                                     const csisms_date *suspended_on,
                                     const csisms_date *surveillance_latest,
                                     const csisms_date *correction_requested,
                                     const uint32_t *grounds, const uint8_t *flags,
                                     int32_t *status, int32_t *action, uint32_t *reasons,
                                     uint32_t *duties, csisms_date *deadline,
                                     csisms_date *next_review)
{
    if (today == NULL || valid_until == NULL || status == NULL || n > INT_MAX)
        return CSISMS_EINVAL;

    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned row_flags = flags != NULL ? flags[i] : 0u;
        csisms_facts f;
        f.size = sizeof f;
        f.grounds = grounds != NULL ? grounds[i] : 0u;
        f.today = today[i];
        f.valid_until = valid_until[i];
        f.suspended_on = suspended_on != NULL ? suspended_on[i] : 0;
        f.surveillance_latest = surveillance_latest != NULL ? surveillance_latest[i] : 0;
        f.correction_requested = correction_requested != NULL ? correction_requested[i] : 0;
        f.suspension_resolved = (row_flags & CSISMS_BATCH_RESOLVED) != 0;
        f.correction_done = (row_flags & CSISMS_BATCH_CORRECTED) != 0;

        csisms_verdict v;
        int rc = CSISMS_EINVAL;
        if ((row_flags & ~BATCH_FLAGS) == 0) /* later flags are not understood */
            rc = evaluate_facts(&f, &v);
        status[i] = rc;
        if (rc != CSISMS_OK) {
            bad++;
            continue; /* the row's outputs stay untouched */
        }
        if (action != NULL)
            action[i] = v.action;
        if (reasons != NULL)
            reasons[i] = v.reasons;
        if (duties != NULL)
            duties[i] = v.duties;
        if (deadline != NULL)
            deadline[i] = v.deadline;
        if (next_review != NULL)
            next_review[i] = v.next_review;
    }
    return bad;
}
