/* SPDX-License-Identifier: MIT */
/*
 * libcsisms — checklists (doc/rules-model.md §5).
 *
 * Every enumerated list of the rules ("云服务信息安全管理体系认证实施规则", MSG1090226-2024) is one
 * row of the table below; one mechanism answers every question about every
 * list.  Adding a list means adding a row, nothing else.
 *
 * Item (i) of the rules is bit 1u << (i - 1).  Chinese item texts are the
 * rules' words byte for byte: the item's text without its "(n)" number and
 * "- " list marker, whole, trailing punctuation kept.  Two conversion
 * artefacts are mended: the stray " and " of 4.2.1(2) is "和".  The items of
 * 4.5.3.1 and 4.5.3.2 are cut from the rules' prose (no trailing
 * punctuation, as they end no sentence of their own); the last two of
 * 4.5.3.2 turn the rules' exclusions ("存在根本不同", "存在…区域性因素") into
 * positive conditions ("不存在…").
 */
#include <stddef.h>
#include <stdint.h>

#include "csisms.h"

/* The most items a list may have; raise it to add a longer list (at most 32,
 * the width of the masks). */
#define CHECKLIST_MAX_ITEMS 8

/* Language indexes into the text pairs below. */
#define ZH CSISMS_LANG_ZH
#define EN CSISMS_LANG_EN

typedef struct checklist {
    int value;                  /* CSISMS_LIST_* */
    const char *clause;         /* the rules' clause number */
    int mode;                   /* CSISMS_MODE_ALL / CSISMS_MODE_ANY */
    uint32_t conditional;       /* items that may be declared not applicable */
    const char *title[2];       /* [CSISMS_LANG_ZH], [CSISMS_LANG_EN] */
    /* items[i] is item (i + 1); the list ends at the first NULL pair */
    const char *items[CHECKLIST_MAX_ITEMS][2];
} checklist;

static const checklist checklists[] = {
    {
        CSISMS_LIST_PUBLIC_INFO, "4.1.1", CSISMS_MODE_ALL, 0u,
        {"至少公开的信息", "Information to be made public"},
        {
            {"可开展认证业务的范围；",
             "the scope of certification business it may carry out;"},
            {"中诚认证授予、保持、扩大、更新、缩小、暂停或撤销认证及其证书等环节的制度规定；",
             "CTC's rules for granting, maintaining, extending, renewing, reducing, suspending or "
             "withdrawing certification and its certificates;"},
            {"认证证书样式；",
             "specimens of its certificates;"},
            {"对认证决定的申诉程序；",
             "the procedure for appeals against certification decisions;"},
            {"分支机构和办事机构的名称、业务范围、地址等。",
             "the names, business scopes, addresses, etc. of its branches and offices."},
        },
    },
    {
        CSISMS_LIST_APPLICATION, "4.1.2", CSISMS_MODE_ALL, 1u << 2,
        {"申请组织提交的资料", "Documents the applicant submits"},
        {
            {"法律地位的证明文件（包括组织营业执照、事业单位法人证书、社会团体登记证书、非组织法人登记证书、党政机关设立文件等的复印件）；",
             "documents proving its legal status (copies of the business licence, public institution "
             "legal person certificate, social organisation registration certificate, non-organisation "
             "legal person registration certificate, founding documents of a Party or government body, "
             "etc.);"},
            {"云服务信息安全管理体系覆盖的活动所涉及法律法规要求的行政许可证明、资质证书、强制性认证证书等的复印件；",
             "copies of the administrative licences, qualification certificates, compulsory "
             "certification certificates, etc. that laws and regulations require for the activities "
             "the cloud service information security management system covers;"},
            {"若管理体系覆盖多场所活动，附各场所法律地位证明文件和（或）关系证明的复印件（适用时）；",
             "if the management system covers activities at several sites, copies of each site's "
             "documents proving its legal status and/or its relationship (where applicable);"},
            {"云服务信息安全管理体系文件，包括：管理手册、程序文件等；",
             "the cloud service information security management system documents, including the "
             "management manual, procedures, etc.;"},
            {"管理体系已有效运行三个月以上的证明材料；",
             "evidence that the management system has operated effectively for more than three "
             "months;"},
            {"本组织云服务信息安全管理体系建立及实施情况。",
             "an account of how the organisation established and implemented its cloud service "
             "information security management system."},
        },
    },
    {
        CSISMS_LIST_APPLICATION_REVIEW, "4.2.1", CSISMS_MODE_ALL, 0u,
        {"认证申请的审查确认", "Review of the application"},
        {
            {"申请资料齐全；",
             "the application documents are complete;"},
            {"申请组织从事的活动符合相关认证规则和法律法规的规定。",
             "the applicant's activities comply with the relevant certification rules and laws and "
             "regulations."},
        },
    },
    {
        CSISMS_LIST_AUDIT_PLAN, "4.5.3.1", CSISMS_MODE_ALL, 0u,
        {"审核计划的内容", "Contents of the audit plan"},
        {
            {"审核目的", "audit objectives"},
            {"审核范围", "audit scope"},
            {"审核过程", "audit processes"},
            {"审核涉及的部门和场所", "departments and sites the audit covers"},
            {"审核时间", "audit time"},
            {"审核组成员", "audit team members"},
        },
    },
    {
        CSISMS_LIST_SAMPLING, "4.5.3.2", CSISMS_MODE_ALL, 0u,
        {"多场所抽样审核的条件", "Conditions for sampling sites"},
        {
            {"云服务信息安全管理体包含在多个场所进行相同或相近的活动",
             "the cloud service information security management system covers the same or similar "
             "activities carried out at several sites"},
            {"这些场所都处于该申请组织授权和控制下",
             "all these sites are under the applicant's authority and control"},
            {"不同场所的活动不存在根本不同",
             "the activities at the different sites are not fundamentally different"},
            {"不同场所不存在可能对云服务信息安全管理产生显著影响的区域性因素",
             "no site has a regional factor that may significantly affect cloud service information "
             "security management"},
        },
    },
    {
        CSISMS_LIST_STAGE1, "4.6.3.2", CSISMS_MODE_ALL, 0u,
        {"第一阶段审核的内容", "Contents of the stage 1 audit"},
        {
            {"结合现场情况，确认申请组织实际情况与云服务信息安全管理体文件描述的一致性，特别是体系文件中描述的产品或服务、部门设置和负责人、生产或服务过程等是否与申请组织的实际情况相一致。",
             "In the light of the situation on site, confirm that the applicant's actual situation is "
             "consistent with the description in its cloud service information security management "
             "system documents, in particular whether the products or services, departments and "
             "persons in charge, production or service processes, etc. described in the system "
             "documents match the applicant's actual situation."},
            {"结合现场情况，审核申请组织有关人员理解和实施云服务信息安全管理体标准要求的情况，评价云服务信息安全管理体运行过程中是否实施了内部审核与管理评审，确认云服务信息安全管理体是否已有效运行。",
             "In the light of the situation on site, audit how the applicant's personnel understand "
             "and implement the requirements of the cloud service information security management "
             "system standard, evaluate whether internal audits and management reviews have been "
             "carried out while the system operates, and confirm whether the system operates "
             "effectively."},
            {"确认申请组织建立的云服务信息安全管理体覆盖的活动内容和范围、申请组织的员工人数、活动过程和场所，遵守相关法律法规及技术标准的情况。",
             "Confirm the content and scope of the activities covered by the cloud service information "
             "security management system the applicant has established, the applicant's number of "
             "employees, its activity processes and sites, and its compliance with the relevant laws, "
             "regulations and technical standards."},
            {"结合云服务信息安全管理体覆盖活动的特点识别对云服务信息安全管理体的实现具有重要影响的关键点，并结合其他因素，科学确定重要审核点。",
             "From the characteristics of the activities the system covers, identify the key points "
             "that significantly affect the achievement of the cloud service information security "
             "management system and, taking other factors into account, determine the important audit "
             "points on a sound basis."},
            {"与申请组织讨论确定第二阶段审核安排。",
             "Discuss and agree the arrangements for the stage 2 audit with the applicant."},
        },
    },
    {
        CSISMS_LIST_STAGE1_OFFSITE, "4.6.3.3", CSISMS_MODE_ANY, 0u,
        {"第一阶段审核可以不在现场进行的情况", "When stage 1 may be audited off site"},
        {
            {"申请组织已获中诚认证颁发的其他认证证书，中诚认证已对申请组织云服务信息安全管理体系有充分了解。",
             "The applicant already holds another certificate issued by CTC, and CTC has a sufficient "
             "understanding of the applicant's cloud service information security management system."},
            {"中诚认证有充足的理由证明申请组织的生产经营或服务的技术特征明显、过程简单，通过对其提交文件和资料的审查可以达到第一阶段审核的目的和要求。",
             "CTC has sufficient grounds to show that the technical characteristics of the applicant's "
             "production, operation or service are evident and its processes simple, so that reviewing "
             "the documents and information it submitted can achieve the objectives and requirements "
             "of the stage 1 audit."},
        },
    },
    {
        CSISMS_LIST_STAGE2, "4.6.3.6", CSISMS_MODE_ALL, 0u,
        {"第二阶段审核的内容", "Contents of the stage 2 audit"},
        {
            {"在第一阶段审核中识别的重要审核点的监视、测量、报告和评审记录的完整性和有效性。",
             "The completeness and effectiveness of the records of monitoring, measurement, reporting "
             "and review of the important audit points identified in the stage 1 audit."},
            {"为实现总安全目标而建立的各层级安全目标是否具体、有针对性、可测量并且可实现。",
             "Whether the security objectives set at each level to achieve the overall security "
             "objective are specific, targeted, measurable and achievable."},
            {"对云服务信息安全管理体系覆盖的过程和活动的管理及控制情况。",
             "The management and control of the processes and activities the cloud service "
             "information security management system covers."},
            {"申请组织实际工作记录是否真实。",
             "Whether the applicant's actual work records are genuine."},
            {"申请组织的内部审核和管理评审是否有效。",
             "Whether the applicant's internal audits and management reviews are effective."},
        },
    },
    {
        CSISMS_LIST_TERMINATION, "4.6.4", CSISMS_MODE_ANY, 0u,
        {"终止审核的情况", "When the audit is terminated"},
        {
            {"申请组织对审核活动不予配合，审核活动无法进行。",
             "The applicant does not cooperate with the audit, so that the audit cannot proceed."},
            {"申请组织云服务信息安全管理体系有重大缺陷，不符合标准的要求。",
             "The applicant's cloud service information security management system has major defects "
             "and does not meet the requirements of the standard."},
            {"发现申请组织存在重大质量问题或有其他严重违法违规行为。",
             "The applicant is found to have major quality problems or to have committed other serious "
             "violations of laws or regulations."},
            {"其他导致审核程序无法完成的情况。",
             "Other circumstances that prevent the audit procedure from being completed."},
        },
    },
    {
        CSISMS_LIST_REPORT, "4.7.1", CSISMS_MODE_ALL, 0u,
        {"审核报告的内容", "Contents of the audit report"},
        {
            {"申请组织的名称和地址。",
             "The applicant's name and address."},
            {"审核的申请组织活动范围、产品和员工人数。",
             "The applicant's scope of activities, products and number of employees audited."},
            {"审核组组长、审核组成员及其任何所使用的技术专家（适用时）。",
             "The audit team leader, the audit team members and any technical experts used (where "
             "applicable)."},
            {"审核活动的实施日期和天数。",
             "The dates and number of days of the audit."},
            {"接受审核的过程和每个受审核过程的绩效完成情况。",
             "The processes audited and the performance of each process audited."},
            {"识别出的不符合项。不符合项的表述，应基于客观证据和审核依据，用写实的方法准确、具体、清晰描述，易于被申请组织理解。不得用概念化的、不确定的、含糊的语言表述不符合项。",
             "The nonconformities identified. Nonconformities shall be stated on the basis of objective "
             "evidence and the audit criteria, described factually, accurately, specifically and "
             "clearly, so that the applicant understands them easily. Nonconformities shall not be "
             "stated in abstract, uncertain or vague language."},
            {"审核组对是否通过认证的意见建议。",
             "The audit team's recommendation on whether certification should be granted."},
        },
    },
    {
        CSISMS_LIST_DECISION_READY, "4.9.3", CSISMS_MODE_ALL, 0u,
        {"作出认证决定前应确认的情形", "To be confirmed before the certification decision"},
        {
            {"审核报告符合本规则第 4.7 条要求，能够满足作出认证决定所需要的信息。",
             "The audit report meets the requirements of clause 4.7 of these rules and provides the "
             "information needed to make the certification decision."},
            {"审核组已对所有不符合事项评审、接受并验证了纠正、原因分析和纠正措施及其结果的有效性。",
             "The audit team has reviewed and accepted all nonconformities and verified the "
             "effectiveness of the corrections, cause analyses and corrective actions and of their "
             "results."},
        },
    },
    {
        CSISMS_LIST_DECISION, "4.9.4", CSISMS_MODE_ALL, 0u,
        {"颁发认证证书的要求", "Requirements for granting certification"},
        {
            {"申请组织的云服务信息安全管理体符合标准要求且运行有效。",
             "The applicant's cloud service information security management system meets the "
             "requirements of the standard and operates effectively."},
            {"认证范围覆盖的产品或服务符合相关法律法规要求。",
             "The products or services within the scope of certification meet the requirements of the "
             "relevant laws and regulations."},
            {"申请组织按照认证合同规定履行了相关义务。",
             "The applicant has fulfilled its obligations under the certification contract."},
        },
    },
    {
        CSISMS_LIST_SURVEILLANCE, "5.5", CSISMS_MODE_ALL, 0u,
        {"监督审核的内容", "Contents of a surveillance audit"},
        {
            {"上次审核以来云服务信息安全管理体系覆盖的活动及运行体系的资源是否有变更；",
             "whether the activities covered by the cloud service information security management "
             "system or the resources for operating the system have changed since the previous audit;"},
            {"对上次审核中确定的不符合项采取的纠正和纠正措施是否继续有效；",
             "whether the corrections and corrective actions taken on the nonconformities found at "
             "the previous audit remain effective;"},
            {"云服务信息安全管理体系覆盖的活动涉及法律法规规定的，是否持续符合相关规定；",
             "where laws and regulations apply to the activities the cloud service information "
             "security management system covers, whether they continue to be complied with;"},
            {"总云服务信息安全目标及各层级云服务信息安全目标是否实现；目标没有实现的，获证组织在内部管理评审时是否及时调查并采取了改进措施；",
             "whether the overall cloud service information security objective and the cloud service "
             "information security objectives at each level have been achieved; where an objective "
             "has not been achieved, whether the certified organisation investigated promptly in its "
             "internal management review and took improvement actions;"},
            {"获证组织对认证标志的使用或对认证资格的引用是否符合相关的规定；",
             "whether the certified organisation's use of the certification mark or references to its "
             "certification comply with the relevant rules;"},
            {"内部审核和管理评审是否规范和有效；",
             "whether internal audits and management reviews are orderly and effective;"},
            {"是否及时接受和处理投诉；",
             "whether complaints are received and handled promptly;"},
            {"针对内审发现的问题或投诉的问题，及时制定并实施了有效的持续改进。",
             "whether effective continual improvement has promptly been planned and implemented for "
             "problems found by internal audits or raised by complaints."},
        },
    },
    {
        CSISMS_LIST_SUSPENSION, "7.1.1", CSISMS_MODE_ANY, 0u,
        {"暂停认证证书的情形", "Grounds for suspending the certificate"},
        {
            {"云服务信息安全管理体持续或严重不满足认证要求，包括对管理体系运行有效性要求的；",
             "the cloud service information security management system persistently or seriously "
             "fails to meet the certification requirements, including the requirements for the "
             "effective operation of the management system;"},
            {"不承担、履行认证合同约定的责任和义务的；",
             "it does not assume or perform the responsibilities and obligations agreed in the "
             "certification contract;"},
            {"被有关执法监管部门责令停业整顿的；",
             "it has been ordered by a law-enforcement or regulatory authority to suspend business "
             "for rectification;"},
            {"被地方认证监管部门或认可机构发现体系运行存在严重问题，需要暂停证书的；",
             "a local certification regulator or the accreditation body has found serious problems in "
             "the operation of the system that require the certificate to be suspended;"},
            {"主动请求暂停的；",
             "it requests the suspension itself;"},
            {"其他应当暂停认证证书的。",
             "other cases in which the certificate should be suspended."},
        },
    },
    {
        CSISMS_LIST_WITHDRAWAL, "7.2.1", CSISMS_MODE_ANY, 0u,
        {"撤销认证证书的情形", "Grounds for withdrawing the certificate"},
        {
            {"被注销或撤销法律地位证明文件的；",
             "the documents proving its legal status have been cancelled or revoked;"},
            {"拒绝配合监管部门实施的监督检查，或者对有关事项的询问和调查提供了虚假材料或信息的；",
             "it refuses to cooperate with supervision and inspection by the regulatory authorities, "
             "or has provided false material or information in enquiries and investigations;"},
            {"出现重大的云服务信息安全管理事故，经执法监管部门确认是获证组织违规造成的；",
             "a major cloud service information security management incident has occurred which a "
             "law-enforcement or regulatory authority has confirmed was caused by the certified "
             "organisation's violation of rules;"},
            {"有其他严重违反法律法规行为的；",
             "it has committed other serious violations of laws and regulations;"},
            {"暂停认证证书的期限已满但导致暂停的问题未得到解决或纠正的（包括持有的行政许可证明、资质证书、强制性认证证书等已经过期失效但申请未获批准）；",
             "the suspension period has expired but the problems that caused the suspension have not "
             "been resolved or corrected (including administrative licences, qualification "
             "certificates, compulsory certification certificates, etc. held that have expired while "
             "an application has not been approved);"},
            {"没有运行云服务信息安全管理体或者已不具备运行条件的；",
             "it does not operate the cloud service information security management system or no "
             "longer has the conditions to operate it;"},
            {"不按相关规定正确引用和宣传获得的认证信息，造成严重影响或后果，或者中诚认证已要求其纠正但超过 6 个月仍未纠正的；",
             "it does not cite and publicise its certification correctly as the relevant rules "
             "require, causing a serious impact or consequences, or CTC has asked it to correct this "
             "and it has not done so after more than 6 months;"},
            {"其他应当撤销认证证书的。",
             "other cases in which the certificate should be withdrawn."},
        },
    },
    {
        CSISMS_LIST_CERTIFICATE, "8.1", CSISMS_MODE_ALL, 1u << 6,
        {"认证证书应包含的信息", "Information on the certificate"},
        {
            {"获证组织名称、地址和统一社会信用代码；",
             "the certified organisation's name, address and unified social credit code;"},
            {"云服务信息安全管理体覆盖的生产经营或服务的地址和业务范围；若认证的云服务信息安全管理体覆盖多场所，应表述覆盖的相关场所的名称和地址信息；",
             "the addresses and business scope of the production, operation or service covered by the "
             "cloud service information security management system; if the certified system covers "
             "several sites, the names and addresses of the sites covered;"},
            {"云服务信息安全管理体符合相关标准的表述；",
             "a statement that the cloud service information security management system conforms to "
             "the relevant standard;"},
            {"证书编号；",
             "the certificate number;"},
            {"认证机构名称；",
             "the name of the certification body;"},
            {"证书签发日期及有效期的起止年月日；对初次认证以来未中断过的再认证证书，可表述该获证组织初次获得认证证书的年月日；",
             "the date of issue and the first and last days of validity of the certificate; a "
             "recertification certificate with no interruption since initial certification may state "
             "the date on which the organisation first obtained certification;"},
            {"相关的认可标识及认可注册号（适用时）；",
             "the relevant accreditation mark and accreditation registration number (where "
             "applicable);"},
            {"证书信息按要求上报认证监管部门；此外，还可通过电话查询或书面向中诚认证查询。",
             "the certificate information is reported to the certification regulators as required; "
             "it can also be verified with CTC by telephone or in writing."},
        },
    },
};

#define CHECKLIST_COUNT (sizeof checklists / sizeof checklists[0])

/* The descriptor of list `list`, or NULL when there is none. */
static const checklist *find_list(int list)
{
    size_t i;

    for (i = 0; i < CHECKLIST_COUNT; i++) {
        if (checklists[i].value == list)
            return &checklists[i];
    }
    return NULL;
}

/* Number of items: the entries before the first empty one. */
static int list_size(const checklist *c)
{
    int n = 0;

    while (n < CHECKLIST_MAX_ITEMS && c->items[n][ZH] != NULL)
        n++;
    return n;
}

/* The mask of every item of the list. */
static uint32_t list_mask(const checklist *c)
{
    int n = list_size(c);

    return n >= 32 ? UINT32_MAX : (UINT32_C(1) << n) - 1u;
}

static int lang_ok(int lang)
{
    return lang == CSISMS_LANG_ZH || lang == CSISMS_LANG_EN;
}

CSISMS_API int csisms_checklist_size(int list)
{
    const checklist *c = find_list(list);

    return c != NULL ? list_size(c) : CSISMS_EINVAL;
}

CSISMS_API int csisms_checklist_mode(int list)
{
    const checklist *c = find_list(list);

    return c != NULL ? c->mode : CSISMS_EINVAL;
}

CSISMS_API const char *csisms_checklist_clause(int list)
{
    const checklist *c = find_list(list);

    return c != NULL ? c->clause : NULL;
}

CSISMS_API const char *csisms_checklist_title(int list, int lang)
{
    const checklist *c = find_list(list);

    if (c == NULL || !lang_ok(lang))
        return NULL;
    return c->title[lang];
}

CSISMS_API const char *csisms_checklist_item(int list, int item, int lang)
{
    const checklist *c = find_list(list);

    if (c == NULL || !lang_ok(lang) || item < 1 || item > list_size(c))
        return NULL;
    return c->items[item - 1][lang];
}

CSISMS_API uint32_t csisms_checklist_conditional(int list)
{
    const checklist *c = find_list(list);

    return c != NULL ? c->conditional : 0u;
}

CSISMS_API int csisms_checklist_eval(int list, uint32_t present, uint32_t not_applicable,
                                     uint32_t *missing)
{
    const checklist *c = find_list(list);
    uint32_t all, lacking;
    int met;

    if (c == NULL)
        return CSISMS_EINVAL;
    all = list_mask(c);
    if ((present & ~all) != 0u || (not_applicable & ~c->conditional) != 0u)
        return CSISMS_EINVAL;

    if (c->mode == CSISMS_MODE_ANY) {
        met = present != 0u;
        lacking = met ? 0u : all;
    } else {
        lacking = all & ~(present | not_applicable);
        met = lacking == 0u;
    }
    if (missing != NULL)
        *missing = lacking;
    return met;
}
