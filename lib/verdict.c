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
#include <stddef.h>
#include <stdint.h>

#include "csisms.h"

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
    int input;              /* may be passed in csisms_facts.grounds */
    int effect;             /* the action the reason calls for (CSISMS_ACT_*) */
    const char *clause;
    const char *zh;
    const char *en;
};

static const struct reason_row reason_table[] = {
    { CSISMS_R_NONCONFORMITY, 1, CSISMS_ACT_SUSPEND, "7.1.1(1)",
      "云服务信息安全管理体持续或严重不满足认证要求，包括对管理体系运行有效性要求的",
      "The cloud service information security management system persistently "
      "or seriously fails to meet the certification requirements, including "
      "the requirements on the effective operation of the management system" },
    { CSISMS_R_CONTRACT_BREACH, 1, CSISMS_ACT_SUSPEND, "7.1.1(2)",
      "不承担、履行认证合同约定的责任和义务的",
      "The organisation does not assume or perform the responsibilities and "
      "obligations agreed in the certification contract" },
    { CSISMS_R_ORDERED_TO_HALT, 1, CSISMS_ACT_SUSPEND, "7.1.1(3)",
      "被有关执法监管部门责令停业整顿的",
      "The organisation has been ordered by the competent law-enforcement and "
      "supervisory authority to suspend business for rectification" },
    { CSISMS_R_REGULATOR_FINDING, 1, CSISMS_ACT_SUSPEND, "7.1.1(4)",
      "被地方认证监管部门或认可机构发现体系运行存在严重问题，需要暂停证书的",
      "The local certification supervisory authority or the accreditation "
      "body has found serious problems in the operation of the system that "
      "require the certificate to be suspended" },
    { CSISMS_R_VOLUNTARY, 1, CSISMS_ACT_SUSPEND, "7.1.1(5)",
      "主动请求暂停的",
      "The organisation has itself requested the suspension" },
    { CSISMS_R_OTHER_SUSPENSION, 1, CSISMS_ACT_SUSPEND, "7.1.1(6)",
      "其他应当暂停认证证书的",
      "Any other case in which the certificate should be suspended" },
    { CSISMS_R_SURVEILLANCE_OVERDUE, 0, CSISMS_ACT_SUSPEND, "5.1.2",
      "超过期限而未能实施监督审核的",
      "The surveillance audit has not been carried out within the time limit" },
    { CSISMS_R_LEGAL_STATUS_REVOKED, 1, CSISMS_ACT_WITHDRAW, "7.2.1(1)",
      "被注销或撤销法律地位证明文件的",
      "The documents proving the organisation's legal status have been "
      "cancelled or revoked" },
    { CSISMS_R_OBSTRUCTED_REGULATOR, 1, CSISMS_ACT_WITHDRAW, "7.2.1(2)",
      "拒绝配合监管部门实施的监督检查，或者对有关事项的询问和调查提供了虚假材料或信息的",
      "The organisation has refused to cooperate with the supervisory "
      "inspection carried out by the regulatory authorities, or has provided "
      "false material or information in enquiries and investigations into "
      "the matters concerned" },
    { CSISMS_R_MAJOR_INCIDENT, 1, CSISMS_ACT_WITHDRAW, "7.2.1(3)",
      "出现重大的云服务信息安全管理事故，经执法监管部门确认是获证组织违规造成的",
      "A major cloud service information security management incident has "
      "occurred which the law-enforcement and supervisory authority has "
      "confirmed was caused by the certified organisation's violations" },
    { CSISMS_R_SERIOUS_VIOLATION, 1, CSISMS_ACT_WITHDRAW, "7.2.1(4)",
      "有其他严重违反法律法规行为的",
      "The organisation has committed other serious violations of laws and "
      "regulations" },
    { CSISMS_R_SUSPENSION_EXPIRED, 1, CSISMS_ACT_WITHDRAW, "7.2.1(5)",
      "暂停认证证书的期限已满但导致暂停的问题未得到解决或纠正的（包括持有的行政许可证明、资质证书、强制性认证证书等已经过期失效但申请未获批准）",
      "The period of suspension of the certificate has ended but the problem "
      "that caused the suspension has not been resolved or corrected "
      "(including administrative licences, qualification certificates, "
      "compulsory certification certificates and the like that have expired "
      "and whose renewal has not been approved)" },
    { CSISMS_R_SYSTEM_NOT_OPERATED, 1, CSISMS_ACT_WITHDRAW, "7.2.1(6)",
      "没有运行云服务信息安全管理体或者已不具备运行条件的",
      "The organisation does not operate the cloud service information "
      "security management system or no longer has the conditions to "
      "operate it" },
    { CSISMS_R_MISUSE_OF_CERTIFICATION, 1, CSISMS_ACT_WITHDRAW, "7.2.1(7)",
      "不按相关规定正确引用和宣传获得的认证信息，造成严重影响或后果，或者中诚认证已要求其纠正但超过 6 个月仍未纠正的",
      "The organisation does not cite and publicise the certification it has "
      "obtained correctly as the relevant rules require, causing serious "
      "effects or consequences, or CTC has asked it to correct this and it "
      "has not done so after more than 6 months" },
    { CSISMS_R_OTHER_WITHDRAWAL, 1, CSISMS_ACT_WITHDRAW, "7.2.1(8)",
      "其他应当撤销认证证书的",
      "Any other case in which the certificate should be withdrawn" },
    { CSISMS_R_EXPIRED, 0, CSISMS_ACT_EXPIRE, "8.2",
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

/* The reasons that call for `effect`, and the reasons that may be passed in
 * `grounds` (effect < 0): the table is the one source of truth. */
static uint32_t reason_mask(int effect)
{
    uint32_t mask = 0;
    for (size_t i = 0; i < REASON_COUNT; i++)
        if (effect < 0 ? reason_table[i].input : reason_table[i].effect == effect)
            mask |= reason_table[i].bit;
    return mask;
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

#define LAST_INPUT_DATE 99981231 /* every limit below stays representable */
#define MAX_FACTS_SIZE 4096u

/* A required date: valid and no later than 9998-12-31. */
static int date_ok(csisms_date d)
{
    return csisms_date_valid(d) == 1 && d <= LAST_INPUT_DATE;
}

/* An optional date: 0, or a required date. */
static int opt_date_ok(csisms_date d)
{
    return d == 0 || date_ok(d);
}

/* Keep `*best` the earliest candidate after `today` (0: none yet). */
static void consider(csisms_date *best, csisms_date candidate, csisms_date today)
{
    if (candidate > today && (*best == 0 || candidate < *best))
        *best = candidate;
}

CSISMS_API int csisms_evaluate(const csisms_facts *facts, csisms_verdict *verdict)
{
    if (facts == NULL || verdict == NULL)
        return CSISMS_EINVAL;

    /* Sizes. */
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

    /* Values. */
    const uint32_t input_bits = reason_mask(-1);
    const csisms_date today = facts->today;

    if (!date_ok(today) || !date_ok(facts->valid_until) ||
        !opt_date_ok(facts->suspended_on) ||
        !opt_date_ok(facts->surveillance_latest) ||
        !opt_date_ok(facts->correction_requested))
        return CSISMS_EINVAL;
    if (facts->suspended_on > today || facts->correction_requested > today)
        return CSISMS_EINVAL;
    if ((facts->grounds & ~input_bits) != 0)
        return CSISMS_EINVAL;

    const int suspended = facts->suspended_on != 0;
    const int unresolved = suspended && facts->suspension_resolved == 0;
    const int correcting = facts->correction_requested != 0 && facts->correction_done == 0;

    /* Derived reasons: strictly after the last permitted day. Every date in
     * the facts is at most 9998-12-31, so no limit computed below can be out
     * of range: the date functions cannot fail here. */
    uint32_t reasons = facts->grounds;
    csisms_date ends_by = 0, correction_due = 0;
    if (unresolved) {
        (void)csisms_suspension_ends_by(facts->suspended_on, &ends_by);
        if (today > ends_by)
            reasons |= CSISMS_R_SUSPENSION_EXPIRED;
    }
    if (correcting) {
        (void)csisms_correction_due(facts->correction_requested, &correction_due);
        if (today > correction_due)
            reasons |= CSISMS_R_MISUSE_OF_CERTIFICATION;
    }
    if (facts->surveillance_latest != 0 && today > facts->surveillance_latest)
        reasons |= CSISMS_R_SURVEILLANCE_OVERDUE;
    if (today > facts->valid_until)
        reasons |= CSISMS_R_EXPIRED;

    /* Action, first match. */
    int action;
    uint32_t duties = 0;
    csisms_date deadline = 0, next_review = 0;
    if ((reasons & reason_mask(CSISMS_ACT_WITHDRAW)) != 0) {
        action = CSISMS_ACT_WITHDRAW;
        duties = CSISMS_DUTY_RETURN_CERTIFICATE | CSISMS_DUTY_PUBLISH | CSISMS_DUTY_REPORT;
    } else if ((reasons & reason_mask(CSISMS_ACT_EXPIRE)) != 0) {
        action = CSISMS_ACT_EXPIRE;
    } else if ((reasons & reason_mask(CSISMS_ACT_SUSPEND)) != 0 || unresolved) {
        action = CSISMS_ACT_SUSPEND;
        duties = CSISMS_DUTY_NO_ADVERTISING | CSISMS_DUTY_REPORT;
        if (unresolved)
            deadline = ends_by; /* a suspension in force keeps its six months */
        else
            (void)csisms_suspension_ends_by(today, &deadline); /* a new one starts today */
    } else if (suspended) {
        action = CSISMS_ACT_REINSTATE;
    } else {
        action = CSISMS_ACT_MAINTAIN;
    }

    /* Next review: the first later day on which a limit in these facts passes.
     * Each candidate is a last permitted day + 1; all of them are at most
     * 9999-07-01, so none can fail. */
    if (action != CSISMS_ACT_WITHDRAW && action != CSISMS_ACT_EXPIRE) {
        csisms_date limits[4];
        size_t n = 0;
        limits[n++] = facts->valid_until;
        if (action == CSISMS_ACT_SUSPEND)
            limits[n++] = deadline;
        if (facts->surveillance_latest != 0 && facts->surveillance_latest >= today)
            limits[n++] = facts->surveillance_latest;
        if (correcting && correction_due >= today)
            limits[n++] = correction_due;
        for (size_t i = 0; i < n; i++) {
            csisms_date after;
            (void)csisms_date_add_days(limits[i], 1, &after);
            consider(&next_review, after, today);
        }
    }

    verdict->action = action;
    verdict->reasons = reasons;
    verdict->duties = duties;
    verdict->deadline = deadline;
    verdict->next_review = next_review;
    return CSISMS_OK;
}
