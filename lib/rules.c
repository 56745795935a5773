/* SPDX-License-Identifier: MIT */
/* libcsisms — the rules as data: one row per rule fact the library computes.
 *
 * Each figure, date limit, reason and duty has a stable identifier
 * (csisms_rule, include/csisms.h), its clause and its text.  The figures and
 * date limits are the rows below (Chinese: the rules' own words for the
 * requirement, the sentence or the part of it that states it, without its
 * final "。"; English: a faithful translation).  Reasons and duties already
 * have one table each (lib/verdict.c): their rules read them, so no text is
 * written twice.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "csisms.h"

#define REASON_RULE_BASE 100 /* reason rule = 100 + bit number */
#define DUTY_RULE_BASE 200   /* duty rule = 200 + bit number */
#define REASON_BITS 17       /* reason bits 0 … 16 (bit 7 unused) */
#define DUTY_BITS 4

static const struct rule_row {
    int rule;
    const char *clause;
    const char *zh;
    const char *en;
} rule_table[] = {
    { CSISMS_RULE_ISMS_TABLE, "Appendix A",
      "云服务信息安全管理体系的审核时间与信息安全管理体系的审核时间相同（ISMS审核时间表：按有效人数确定初次认证审核时间，第1阶段+第2阶段；>10700人遵循上述递进规律）",
      "The CSISMS audit time is the ISMS audit time (the ISMS table gives the initial audit "
      "time, stage 1 + stage 2, by the effective number of persons; beyond 10700 persons the "
      "table's progression continues)" },
    { CSISMS_RULE_NOTE_ISMS_CERT, "Appendix A note (1)",
      "若申请方已获得ISO/IEC 27001有效认证证书，并且范围覆盖了云服务信息安全管理体系认证申请范围，则云服务信息安全管理体系的审核时间数按照信息安全管理体系的审核时间的0.5倍+1天进行计算（向上取整至0.5人天）",
      "If the applicant holds a valid ISO/IEC 27001 certificate whose scope covers the scope "
      "applied for, the CSISMS audit time is 0.5 times the ISMS audit time plus 1 day (rounded "
      "up to 0.5 person-day)" },
    { CSISMS_RULE_NOTE_ISMS_CERT_HERE, "Appendix A note (1)",
      "当ISO/IEC 27001证书由广东质检中诚认证有限公司颁发时，则云服务信息安全管理体系的审核时间数按照信息安全管理体系的审核时间的0.5倍进行计算（向上取整至0.5人天）",
      "When the ISO/IEC 27001 certificate was issued by CTC, the CSISMS audit time is 0.5 "
      "times the ISMS audit time (rounded up to 0.5 person-day)" },
    { CSISMS_RULE_NOTE_COMBINED, "Appendix A note (2)",
      "云服务信息安全管理体系与信息安全管理体系结合审核时，审核时间按照信息安全管理体系的审核时间的0.4倍进行计算（向上取整至0.5人天）",
      "When the CSISMS is audited together with the ISMS, the audit time is 0.4 times the ISMS "
      "audit time (rounded up to 0.5 person-day)" },
    { CSISMS_RULE_ROUNDING, "Appendix A notes",
      "向上取整至0.5人天",
      "Rounded up to 0.5 person-day" },
    { CSISMS_RULE_REDUCTION, "4.5.1.1",
      "在特殊情况下，可以减少审核时间，但减少的时间不得超过附录 A 所规定的审核时间的 30%",
      "In special cases the audit time may be reduced, but by no more than 30 % of the audit "
      "time Appendix A gives" },
    { CSISMS_RULE_ONSITE, "4.5.1.2",
      "整个审核时间中，现场审核时间不应少于 80%",
      "Of the whole audit time, the on-site audit time shall be no less than 80 %" },
    { CSISMS_RULE_SURVEILLANCE_TIME, "5.2",
      "年度监督审核的时间，为按 4.5.1 条计算初次审核人日数的 1/3，可适当调整",
      "The time of an annual surveillance audit is 1/3 of the initial audit person-days "
      "calculated under 4.5.1, and may be adjusted as appropriate" },
    { CSISMS_RULE_SURVEILLANCE_CYCLE, "5.2",
      "整个认证周期内监督审核总时间不得低于按 4.5.1 条计算初次审核人日数的 2/3",
      "The total time of the surveillance audits of a whole certification cycle shall not be "
      "below 2/3 of the initial audit person-days calculated under 4.5.1" },
    { CSISMS_RULE_RECERT_TIME, "6.2",
      "再认证审核可省略第一阶段审核，但审核时间应不少于按 4.5.1 条计算人日数的 2/3",
      "A recertification audit may omit stage 1, but its time shall be no less than 2/3 of the "
      "person-days calculated under 4.5.1" },
    { CSISMS_RULE_COMBINED_TIME, "10.2",
      "结合审核的审核时间人日数，不得少于多个单独体系所需审核时间之和的 80%",
      "The person-days of a combined audit shall not be less than 80 % of the sum of the audit "
      "times the separate systems need" },
    { CSISMS_RULE_SAMPLING, "4.5.3.2",
      "中诚认证可以在审核中对这些场所进行抽样，但应制定合理的抽样方案以确保对各场所云服务信息安全管理体的正确审核",
      "CTC may sample these sites in the audit, but shall draw up a reasonable sampling plan "
      "that ensures the system is audited correctly at each site (sample sizes: IAF MD 1)" },
    { CSISMS_RULE_SYSTEM_OPERATION, "4.1.2(5)",
      "管理体系已有效运行三个月以上的证明材料",
      "Evidence that the management system has operated effectively for three months or more" },
    { CSISMS_RULE_INITIAL_TIME, "4.5.1.1",
      "中诚认证应以附录 A 所规定的审核时间为基础，核算并拟定完成审核工作需要的时间",
      "CTC calculates and sets the time needed to complete the audit on the basis of the audit "
      "time Appendix A gives" },
    { CSISMS_RULE_FIRST_SURVEILLANCE, "5.1.1",
      "初次认证后的第一次监督审核应在认证决定起12个月内进行",
      "The first surveillance audit after initial certification shall take place within 12 "
      "months of the certification decision" },
    { CSISMS_RULE_SURVEILLANCE_INTERVAL, "5.1.1",
      "每年至少对其进行一次监督审核；两次监督审核的间隔时间一般不能大于12个月",
      "At least one surveillance audit a year; two surveillance audits are as a rule no more "
      "than 12 months apart" },
    { CSISMS_RULE_POSTPONEMENT, "5.1.1",
      "特殊情况下初审后第2次或再认证后的监审客户可以向CTC提交书面申请要求推迟审核（延长期最长不能超过3个月）",
      "In special cases the client may apply in writing to postpone the second surveillance "
      "after initial certification or a surveillance after recertification (by at most 3 "
      "months)" },
    { CSISMS_RULE_RECERT_WINDOW, "6.1",
      "认证证书期满前90天内，若获证组织申请继续持有认证证书，中诚认证应当实施再认证审核决定是否延续认证证书",
      "Within the 90 days before the certificate expires, if the certified organisation applies "
      "to keep it, CTC carries out a recertification audit to decide whether to renew it" },
    { CSISMS_RULE_VALIDITY, "8.2",
      "获证组织的体系证书有效期为三年",
      "The certified organisation's certificate is valid for three years" },
    { CSISMS_RULE_RECERT_VALIDITY, "6.3",
      "获证组织继续满足认证要求并履行认证合同义务的，向其换发认证证书",
      "A certified organisation that continues to meet the certification requirements and its "
      "contract obligations receives a renewed certificate (continuing the cycle when decided "
      "before the old one expires, 8.1(6), 8.2)" },
    { CSISMS_RULE_SUSPENSION_PERIOD, "7.1.2",
      "认证证书暂停期最长不超过6个月",
      "A certificate is suspended for at most 6 months" },
    { CSISMS_RULE_CORRECTION_PERIOD, "7.2.1(7)",
      "中诚认证已要求其纠正但超过 6 个月仍未纠正的",
      "CTC has asked for a correction and it has not been made after more than 6 months" },
    { CSISMS_RULE_APPEAL_PERIOD, "9",
      "在 60 个日历日内将处理结果形成书面通知送交申请组织",
      "The outcome of an appeal is sent to the applicant in writing within 60 calendar days" },
};

#define RULE_ROWS (sizeof rule_table / sizeof rule_table[0])

static const struct rule_row *rule_find(int rule)
{
    for (size_t i = 0; i < RULE_ROWS; i++)
        if (rule_table[i].rule == rule)
            return &rule_table[i];
    return NULL;
}

/* The reason bit of a reason rule, or 0. */
static uint32_t rule_reason(int rule)
{
    if (rule < REASON_RULE_BASE || rule >= REASON_RULE_BASE + REASON_BITS)
        return 0;
    uint32_t bit = 1u << (rule - REASON_RULE_BASE);
    return csisms_reason_clause(bit) != NULL ? bit : 0;
}

/* The duty bit of a duty rule, or 0. */
static uint32_t rule_duty(int rule)
{
    if (rule < DUTY_RULE_BASE || rule >= DUTY_RULE_BASE + DUTY_BITS)
        return 0;
    return 1u << (rule - DUTY_RULE_BASE);
}

CSISMS_API const char *csisms_rule_clause(int rule)
{
    const struct rule_row *r = rule_find(rule);
    uint32_t bit;

    if (r != NULL)
        return r->clause;
    if ((bit = rule_reason(rule)) != 0)
        return csisms_reason_clause(bit);
    if ((bit = rule_duty(rule)) != 0)
        return csisms_duty_clause(bit);
    return NULL;
}

CSISMS_API const char *csisms_rule_text(int rule, int lang)
{
    const struct rule_row *r = rule_find(rule);
    uint32_t bit;

    if (r != NULL) {
        switch (lang) {
        case CSISMS_LANG_ZH: return r->zh;
        case CSISMS_LANG_EN: return r->en;
        default: return NULL;
        }
    }
    if ((bit = rule_reason(rule)) != 0)
        return csisms_reason_text(bit, lang);
    if ((bit = rule_duty(rule)) != 0)
        return csisms_duty_text(bit, lang);
    return NULL;
}

/* Rules in ascending order: the table's rows, then the reasons, then the
 * duties.  Returns the rule at index, or 0 past the end. */
static int rule_nth(size_t index)
{
    if (index < RULE_ROWS)
        return rule_table[index].rule;
    index -= RULE_ROWS;
    for (int b = 0; b < REASON_BITS; b++)
        if (rule_reason(REASON_RULE_BASE + b) != 0 && index-- == 0)
            return REASON_RULE_BASE + b;
    for (int b = 0; b < DUTY_BITS; b++)
        if (index-- == 0)
            return DUTY_RULE_BASE + b;
    return 0;
}

CSISMS_API size_t csisms_rule_count(void)
{
    size_t n = RULE_ROWS + DUTY_BITS;
    for (int b = 0; b < REASON_BITS; b++)
        n += rule_reason(REASON_RULE_BASE + b) != 0;
    return n;
}

CSISMS_API int csisms_rule_at(size_t index)
{
    int rule = rule_nth(index);
    return rule != 0 ? rule : CSISMS_ENOTFOUND;
}

CSISMS_API int csisms_reason_rule(uint32_t reason)
{
    for (int b = 0; b < REASON_BITS; b++)
        if (reason == (1u << b) && csisms_reason_clause(reason) != NULL)
            return REASON_RULE_BASE + b;
    return CSISMS_EINVAL;
}

CSISMS_API int csisms_reason_of_clause(const char *clause, uint32_t *reason)
{
    if (clause == NULL || reason == NULL)
        return CSISMS_EINVAL;
    for (int b = 0; b < REASON_BITS; b++) {
        const char *c = csisms_reason_clause(1u << b);
        if (c != NULL && strcmp(c, clause) == 0) {
            *reason = 1u << b;
            return CSISMS_OK;
        }
    }
    return CSISMS_ENOTFOUND;
}
