/* SPDX-License-Identifier: MIT */
/* libcsisms (private) — texts that serve more than one table.
 *
 * The items of 7.1.1 (suspension grounds) and 7.2.1 (withdrawal grounds) are
 * both checklist items (lib/checklists.c, with the list's punctuation
 * appended) and reason texts (lib/verdict.c, without it).  Each text is
 * written here once: Chinese, the rules' words byte for byte without the item
 * number, list marker and final punctuation; English, a faithful
 * translation in sentence form.
 */
#ifndef CSISMS_RULE_TEXT_H
#define CSISMS_RULE_TEXT_H

#define CSISMS_TEXT_7_1_1_1_ZH \
    "云服务信息安全管理体持续或严重不满足认证要求，包括对管理体系运行有效性要求的"
#define CSISMS_TEXT_7_1_1_1_EN \
    "The cloud service information security management system persistently " \
    "or seriously fails to meet the certification requirements, including " \
    "the requirements on the effective operation of the management system"

#define CSISMS_TEXT_7_1_1_2_ZH \
    "不承担、履行认证合同约定的责任和义务的"
#define CSISMS_TEXT_7_1_1_2_EN \
    "The organisation does not assume or perform the responsibilities and " \
    "obligations agreed in the certification contract"

#define CSISMS_TEXT_7_1_1_3_ZH \
    "被有关执法监管部门责令停业整顿的"
#define CSISMS_TEXT_7_1_1_3_EN \
    "The organisation has been ordered by the competent law-enforcement and " \
    "supervisory authority to suspend business for rectification"

#define CSISMS_TEXT_7_1_1_4_ZH \
    "被地方认证监管部门或认可机构发现体系运行存在严重问题，需要暂停证书的"
#define CSISMS_TEXT_7_1_1_4_EN \
    "The local certification supervisory authority or the accreditation " \
    "body has found serious problems in the operation of the system that " \
    "require the certificate to be suspended"

#define CSISMS_TEXT_7_1_1_5_ZH \
    "主动请求暂停的"
#define CSISMS_TEXT_7_1_1_5_EN \
    "The organisation has itself requested the suspension"

#define CSISMS_TEXT_7_1_1_6_ZH \
    "其他应当暂停认证证书的"
#define CSISMS_TEXT_7_1_1_6_EN \
    "Any other case in which the certificate should be suspended"

#define CSISMS_TEXT_7_2_1_1_ZH \
    "被注销或撤销法律地位证明文件的"
#define CSISMS_TEXT_7_2_1_1_EN \
    "The documents proving the organisation's legal status have been " \
    "cancelled or revoked"

#define CSISMS_TEXT_7_2_1_2_ZH \
    "拒绝配合监管部门实施的监督检查，或者对有关事项的询问和调查提供了虚假材料或信息的"
#define CSISMS_TEXT_7_2_1_2_EN \
    "The organisation has refused to cooperate with the supervisory " \
    "inspection carried out by the regulatory authorities, or has provided " \
    "false material or information in enquiries and investigations into " \
    "the matters concerned"

#define CSISMS_TEXT_7_2_1_3_ZH \
    "出现重大的云服务信息安全管理事故，经执法监管部门确认是获证组织违规造成的"
#define CSISMS_TEXT_7_2_1_3_EN \
    "A major cloud service information security management incident has " \
    "occurred which the law-enforcement and supervisory authority has " \
    "confirmed was caused by the certified organisation's violations"

#define CSISMS_TEXT_7_2_1_4_ZH \
    "有其他严重违反法律法规行为的"
#define CSISMS_TEXT_7_2_1_4_EN \
    "The organisation has committed other serious violations of laws and " \
    "regulations"

#define CSISMS_TEXT_7_2_1_5_ZH \
    "暂停认证证书的期限已满但导致暂停的问题未得到解决或纠正的（包括持有的行政许可证明、资质证书、强制性认证证书等已经过期失效但申请未获批准）"
#define CSISMS_TEXT_7_2_1_5_EN \
    "The period of suspension of the certificate has ended but the problem " \
    "that caused the suspension has not been resolved or corrected " \
    "(including administrative licences, qualification certificates, " \
    "compulsory certification certificates and the like that have expired " \
    "and whose renewal has not been approved)"

#define CSISMS_TEXT_7_2_1_6_ZH \
    "没有运行云服务信息安全管理体或者已不具备运行条件的"
#define CSISMS_TEXT_7_2_1_6_EN \
    "The organisation does not operate the cloud service information " \
    "security management system or no longer has the conditions to " \
    "operate it"

#define CSISMS_TEXT_7_2_1_7_ZH \
    "不按相关规定正确引用和宣传获得的认证信息，造成严重影响或后果，或者中诚认证已要求其纠正但超过 6 个月仍未纠正的"
#define CSISMS_TEXT_7_2_1_7_EN \
    "The organisation does not cite and publicise the certification it has " \
    "obtained correctly as the relevant rules require, causing serious " \
    "effects or consequences, or CTC has asked it to correct this and it " \
    "has not done so after more than 6 months"

#define CSISMS_TEXT_7_2_1_8_ZH \
    "其他应当撤销认证证书的"
#define CSISMS_TEXT_7_2_1_8_EN \
    "Any other case in which the certificate should be withdrawn"

#endif
