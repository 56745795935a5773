/* SPDX-License-Identifier: MIT */
/*
 * Tests for doc/rules-model.md §5 (checklists).
 *
 * The expected table below is typed from doc/rules-model.md §5's table (value, clause,
 * mode, number of items, conditional items) and the Chinese items from the
 * rules (MSG1090226-2024), clause by clause; it does not come from
 * the library.  Evaluation is checked against a reference written here item
 * by item, over every combination of items.
 */
#include <check.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

#define SENTINEL UINT32_C(0xA5A5A5A5)

typedef struct expected_list {
    int constant;        /* the CSISMS_LIST_* name */
    int value;           /* the number doc/rules-model.md gives for it */
    const char *clause;
    int mode;            /* 1 ALL, 2 ANY as doc/rules-model.md numbers them */
    int size;
    uint32_t conditional;
    const char *items[8];
} expected_list;

static const expected_list expected[] = {
    {CSISMS_LIST_PUBLIC_INFO, 1, "4.1.1", 1, 5, 0,
     {"可开展认证业务的范围；",
      "中诚认证授予、保持、扩大、更新、缩小、暂停或撤销认证及其证书等环节的制度规定；",
      "认证证书样式；",
      "对认证决定的申诉程序；",
      "分支机构和办事机构的名称、业务范围、地址等。"}},
    {CSISMS_LIST_APPLICATION, 2, "4.1.2", 1, 6, 0x4, /* (3) */
     {"法律地位的证明文件（包括组织营业执照、事业单位法人证书、社会团体登记证书、非组织法人登记证书、党政机关设立文件等的复印件）；",
      "云服务信息安全管理体系覆盖的活动所涉及法律法规要求的行政许可证明、资质证书、强制性认证证书等的复印件；",
      "若管理体系覆盖多场所活动，附各场所法律地位证明文件和（或）关系证明的复印件（适用时）；",
      "云服务信息安全管理体系文件，包括：管理手册、程序文件等；",
      "管理体系已有效运行三个月以上的证明材料；",
      "本组织云服务信息安全管理体系建立及实施情况。"}},
    {CSISMS_LIST_APPLICATION_REVIEW, 3, "4.2.1", 1, 2, 0,
     {"申请资料齐全；",
      /* the rules' stray " and " mended to 和 (doc/rules-model.md §0) */
      "申请组织从事的活动符合相关认证规则和法律法规的规定。"}},
    {CSISMS_LIST_AUDIT_PLAN, 4, "4.5.3.1", 1, 6, 0,
     {"审核目的", "审核范围", "审核过程", "审核涉及的部门和场所", "审核时间", "审核组成员"}},
    {CSISMS_LIST_SAMPLING, 5, "4.5.3.2", 1, 4, 0,
     {"云服务信息安全管理体包含在多个场所进行相同或相近的活动",
      "这些场所都处于该申请组织授权和控制下",
      "不同场所的活动不存在根本不同",
      "不同场所不存在可能对云服务信息安全管理产生显著影响的区域性因素"}},
    {CSISMS_LIST_STAGE1, 6, "4.6.3.2", 1, 5, 0,
     {"结合现场情况，确认申请组织实际情况与云服务信息安全管理体文件描述的一致性，特别是体系文件中描述的产品或服务、部门设置和负责人、生产或服务过程等是否与申请组织的实际情况相一致。",
      "结合现场情况，审核申请组织有关人员理解和实施云服务信息安全管理体标准要求的情况，评价云服务信息安全管理体运行过程中是否实施了内部审核与管理评审，确认云服务信息安全管理体是否已有效运行。",
      "确认申请组织建立的云服务信息安全管理体覆盖的活动内容和范围、申请组织的员工人数、活动过程和场所，遵守相关法律法规及技术标准的情况。",
      "结合云服务信息安全管理体覆盖活动的特点识别对云服务信息安全管理体的实现具有重要影响的关键点，并结合其他因素，科学确定重要审核点。",
      "与申请组织讨论确定第二阶段审核安排。"}},
    {CSISMS_LIST_STAGE1_OFFSITE, 7, "4.6.3.3", 2, 2, 0,
     {"申请组织已获中诚认证颁发的其他认证证书，中诚认证已对申请组织云服务信息安全管理体系有充分了解。",
      "中诚认证有充足的理由证明申请组织的生产经营或服务的技术特征明显、过程简单，通过对其提交文件和资料的审查可以达到第一阶段审核的目的和要求。"}},
    {CSISMS_LIST_STAGE2, 8, "4.6.3.6", 1, 5, 0,
     {"在第一阶段审核中识别的重要审核点的监视、测量、报告和评审记录的完整性和有效性。",
      "为实现总安全目标而建立的各层级安全目标是否具体、有针对性、可测量并且可实现。",
      "对云服务信息安全管理体系覆盖的过程和活动的管理及控制情况。",
      "申请组织实际工作记录是否真实。",
      "申请组织的内部审核和管理评审是否有效。"}},
    {CSISMS_LIST_TERMINATION, 9, "4.6.4", 2, 4, 0,
     {"申请组织对审核活动不予配合，审核活动无法进行。",
      "申请组织云服务信息安全管理体系有重大缺陷，不符合标准的要求。",
      "发现申请组织存在重大质量问题或有其他严重违法违规行为。",
      "其他导致审核程序无法完成的情况。"}},
    {CSISMS_LIST_REPORT, 10, "4.7.1", 1, 7, 0,
     {"申请组织的名称和地址。",
      "审核的申请组织活动范围、产品和员工人数。",
      "审核组组长、审核组成员及其任何所使用的技术专家（适用时）。",
      "审核活动的实施日期和天数。",
      "接受审核的过程和每个受审核过程的绩效完成情况。",
      "识别出的不符合项。不符合项的表述，应基于客观证据和审核依据，用写实的方法准确、具体、清晰描述，易于被申请组织理解。不得用概念化的、不确定的、含糊的语言表述不符合项。",
      "审核组对是否通过认证的意见建议。"}},
    {CSISMS_LIST_DECISION_READY, 11, "4.9.3", 1, 2, 0,
     {"审核报告符合本规则第 4.7 条要求，能够满足作出认证决定所需要的信息。",
      "审核组已对所有不符合事项评审、接受并验证了纠正、原因分析和纠正措施及其结果的有效性。"}},
    {CSISMS_LIST_DECISION, 12, "4.9.4", 1, 3, 0,
     {"申请组织的云服务信息安全管理体符合标准要求且运行有效。",
      "认证范围覆盖的产品或服务符合相关法律法规要求。",
      "申请组织按照认证合同规定履行了相关义务。"}},
    {CSISMS_LIST_SURVEILLANCE, 13, "5.5", 1, 8, 0,
     {"上次审核以来云服务信息安全管理体系覆盖的活动及运行体系的资源是否有变更；",
      "对上次审核中确定的不符合项采取的纠正和纠正措施是否继续有效；",
      "云服务信息安全管理体系覆盖的活动涉及法律法规规定的，是否持续符合相关规定；",
      "总云服务信息安全目标及各层级云服务信息安全目标是否实现；目标没有实现的，获证组织在内部管理评审时是否及时调查并采取了改进措施；",
      "获证组织对认证标志的使用或对认证资格的引用是否符合相关的规定；",
      "内部审核和管理评审是否规范和有效；",
      "是否及时接受和处理投诉；",
      "针对内审发现的问题或投诉的问题，及时制定并实施了有效的持续改进。"}},
    {CSISMS_LIST_SUSPENSION, 14, "7.1.1", 2, 6, 0,
     {"云服务信息安全管理体持续或严重不满足认证要求，包括对管理体系运行有效性要求的；",
      "不承担、履行认证合同约定的责任和义务的；",
      "被有关执法监管部门责令停业整顿的；",
      "被地方认证监管部门或认可机构发现体系运行存在严重问题，需要暂停证书的；",
      "主动请求暂停的；",
      "其他应当暂停认证证书的。"}},
    {CSISMS_LIST_WITHDRAWAL, 15, "7.2.1", 2, 8, 0,
     {"被注销或撤销法律地位证明文件的；",
      "拒绝配合监管部门实施的监督检查，或者对有关事项的询问和调查提供了虚假材料或信息的；",
      "出现重大的云服务信息安全管理事故，经执法监管部门确认是获证组织违规造成的；",
      "有其他严重违反法律法规行为的；",
      "暂停认证证书的期限已满但导致暂停的问题未得到解决或纠正的（包括持有的行政许可证明、资质证书、强制性认证证书等已经过期失效但申请未获批准）；",
      "没有运行云服务信息安全管理体或者已不具备运行条件的；",
      "不按相关规定正确引用和宣传获得的认证信息，造成严重影响或后果，或者中诚认证已要求其纠正但超过 6 个月仍未纠正的；",
      "其他应当撤销认证证书的。"}},
    {CSISMS_LIST_CERTIFICATE, 16, "8.1", 1, 8, 0x40, /* (7) */
     {"获证组织名称、地址和统一社会信用代码；",
      "云服务信息安全管理体覆盖的生产经营或服务的地址和业务范围；若认证的云服务信息安全管理体覆盖多场所，应表述覆盖的相关场所的名称和地址信息；",
      "云服务信息安全管理体符合相关标准的表述；",
      "证书编号；",
      "认证机构名称；",
      "证书签发日期及有效期的起止年月日；对初次认证以来未中断过的再认证证书，可表述该获证组织初次获得认证证书的年月日；",
      "相关的认可标识及认可注册号（适用时）；",
      "证书信息按要求上报认证监管部门；此外，还可通过电话查询或书面向中诚认证查询。"}},
};

#define NLISTS ((int)(sizeof expected / sizeof expected[0]))

/* ---- reference evaluation, item by item ---- */

static int ref_eval(const expected_list *e, uint32_t present, uint32_t na, uint32_t *missing)
{
    uint32_t miss = 0;
    int i, any = 0;

    for (i = 0; i < e->size; i++) {
        uint32_t bit = UINT32_C(1) << i;
        int have = (present & bit) != 0;
        int skip = (na & bit) != 0;

        if (have)
            any = 1;
        if (!have && !skip)
            miss |= bit;
    }
    if (e->mode == 2) { /* ANY */
        uint32_t all = 0;

        for (i = 0; i < e->size; i++)
            all |= UINT32_C(1) << i;
        *missing = any ? 0u : all;
        return any;
    }
    *missing = miss;
    return miss == 0;
}

static uint32_t full_mask(int size)
{
    uint32_t m = 0;
    int i;

    for (i = 0; i < size; i++)
        m |= UINT32_C(1) << i;
    return m;
}

/* ---- constants ---- */

START_TEST(test_constants)
{
    ck_assert_int_eq(CSISMS_MODE_ALL, 1);
    ck_assert_int_eq(CSISMS_MODE_ANY, 2);
    ck_assert_int_eq(NLISTS, 16);
}
END_TEST

/* ---- per list: value, clause, mode, size, conditional, items ---- */

START_TEST(test_list_table)
{
    const expected_list *e = &expected[_i];
    const char *t;

    ck_assert_int_eq(e->constant, e->value);
    ck_assert_int_eq(csisms_checklist_size(e->value), e->size);
    ck_assert_int_eq(csisms_checklist_mode(e->value), e->mode);
    ck_assert_ptr_nonnull(csisms_checklist_clause(e->value));
    ck_assert_str_eq(csisms_checklist_clause(e->value), e->clause);
    ck_assert_uint_eq(csisms_checklist_conditional(e->value), e->conditional);
    /* the same pointer every time: static tables */
    ck_assert_ptr_eq(csisms_checklist_clause(e->value), csisms_checklist_clause(e->value));

    t = csisms_checklist_title(e->value, CSISMS_LANG_ZH);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_gt(strlen(t), 0);
    t = csisms_checklist_title(e->value, CSISMS_LANG_EN);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_gt(strlen(t), 0);
    ck_assert_ptr_null(csisms_checklist_title(e->value, 2));
    ck_assert_ptr_null(csisms_checklist_title(e->value, -1));
}
END_TEST

START_TEST(test_list_items)
{
    const expected_list *e = &expected[_i];
    int i;

    for (i = 1; i <= e->size; i++) {
        const char *zh = csisms_checklist_item(e->value, i, CSISMS_LANG_ZH);
        const char *en = csisms_checklist_item(e->value, i, CSISMS_LANG_EN);
        const unsigned char *p;

        ck_assert_ptr_nonnull(zh);
        ck_assert_str_eq(zh, e->items[i - 1]);
        ck_assert_ptr_nonnull(en);
        ck_assert_uint_gt(strlen(en), 0);
        /* English texts are plain ASCII, no control characters, no
         * surrounding spaces */
        for (p = (const unsigned char *)en; *p != '\0'; p++)
            ck_assert(*p >= 0x20 && *p < 0x7f);
        ck_assert(en[0] != ' ' && en[strlen(en) - 1] != ' ');
        ck_assert_ptr_null(csisms_checklist_item(e->value, i, 2));
        ck_assert_ptr_null(csisms_checklist_item(e->value, i, -1));
    }
    /* titles and items of the two languages differ */
    ck_assert_str_ne(csisms_checklist_title(e->value, CSISMS_LANG_ZH),
                     csisms_checklist_title(e->value, CSISMS_LANG_EN));
    /* out of range */
    ck_assert_ptr_null(csisms_checklist_item(e->value, 0, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_checklist_item(e->value, -1, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_checklist_item(e->value, e->size + 1, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_checklist_item(e->value, e->size + 1, CSISMS_LANG_EN));
    ck_assert_ptr_null(csisms_checklist_item(e->value, INT_MAX, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_checklist_item(e->value, INT_MIN, CSISMS_LANG_EN));
}
END_TEST

/* English items end with the punctuation of their Chinese item (；→; 。→.)
 * and the prose cuts end with none: a check that the two stay aligned. */
START_TEST(test_item_punctuation)
{
    const expected_list *e = &expected[_i];
    int i;

    for (i = 1; i <= e->size; i++) {
        const char *zh = csisms_checklist_item(e->value, i, CSISMS_LANG_ZH);
        const char *en = csisms_checklist_item(e->value, i, CSISMS_LANG_EN);
        size_t zl = strlen(zh), el = strlen(en);
        char last = en[el - 1];

        if (zl >= 3 && strcmp(zh + zl - 3, "；") == 0)
            ck_assert_msg(last == ';', "list %d item %d: %s", e->value, i, en);
        else if (zl >= 3 && strcmp(zh + zl - 3, "。") == 0)
            ck_assert_msg(last == '.', "list %d item %d: %s", e->value, i, en);
        else
            ck_assert_msg(last != '.' && last != ';', "list %d item %d: %s", e->value, i, en);
    }
}
END_TEST

/* No two lists share a clause or title; every item text is distinct within
 * its list. */
START_TEST(test_distinct)
{
    int a, b, i, j;

    for (a = 0; a < NLISTS; a++) {
        for (b = a + 1; b < NLISTS; b++) {
            ck_assert_str_ne(csisms_checklist_clause(expected[a].value),
                             csisms_checklist_clause(expected[b].value));
            ck_assert_str_ne(csisms_checklist_title(expected[a].value, CSISMS_LANG_ZH),
                             csisms_checklist_title(expected[b].value, CSISMS_LANG_ZH));
            ck_assert_str_ne(csisms_checklist_title(expected[a].value, CSISMS_LANG_EN),
                             csisms_checklist_title(expected[b].value, CSISMS_LANG_EN));
        }
        for (i = 1; i <= expected[a].size; i++)
            for (j = i + 1; j <= expected[a].size; j++) {
                ck_assert_str_ne(csisms_checklist_item(expected[a].value, i, CSISMS_LANG_ZH),
                                 csisms_checklist_item(expected[a].value, j, CSISMS_LANG_ZH));
                ck_assert_str_ne(csisms_checklist_item(expected[a].value, i, CSISMS_LANG_EN),
                                 csisms_checklist_item(expected[a].value, j, CSISMS_LANG_EN));
            }
    }
}
END_TEST

/* ---- unknown lists ---- */

static const int bad_lists[] = {0, 17, 18, -1, 100, INT_MAX, INT_MIN};

START_TEST(test_unknown_list)
{
    int list = bad_lists[_i];
    uint32_t missing = SENTINEL;

    ck_assert_int_eq(csisms_checklist_size(list), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_checklist_mode(list), CSISMS_EINVAL);
    ck_assert_ptr_null(csisms_checklist_clause(list));
    ck_assert_ptr_null(csisms_checklist_title(list, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_checklist_title(list, CSISMS_LANG_EN));
    ck_assert_ptr_null(csisms_checklist_item(list, 1, CSISMS_LANG_ZH));
    ck_assert_ptr_null(csisms_checklist_item(list, 1, CSISMS_LANG_EN));
    ck_assert_uint_eq(csisms_checklist_conditional(list), 0);
    ck_assert_int_eq(csisms_checklist_eval(list, 0, 0, &missing), CSISMS_EINVAL);
    ck_assert_uint_eq(missing, SENTINEL);
    ck_assert_int_eq(csisms_checklist_eval(list, 1, 0, &missing), CSISMS_EINVAL);
    ck_assert_uint_eq(missing, SENTINEL);
    ck_assert_int_eq(csisms_checklist_eval(list, 0, 0, NULL), CSISMS_EINVAL);
}
END_TEST

/* ---- evaluation ---- */

/* Every combination of present items and of declared not-applicable items
 * (all subsets of the whole list, so the invalid ones too) against the
 * reference. */
START_TEST(test_eval_exhaustive)
{
    const expected_list *e = &expected[_i];
    uint32_t all = full_mask(e->size), present, na;

    for (present = 0; present <= all; present++) {
        for (na = 0; na <= all; na++) {
            uint32_t missing = SENTINEL, ref_missing = 0;
            int r = csisms_checklist_eval(e->value, present, na, &missing);

            if ((na & ~e->conditional) != 0) {
                EXPECT(r == CSISMS_EINVAL && missing == SENTINEL,
                       "list %d present %#x na %#x: %d, missing %#x", e->value, present, na, r,
                       missing);
                EXPECT(csisms_checklist_eval(e->value, present, na, NULL) == CSISMS_EINVAL,
                       "list %d present %#x na %#x (NULL)", e->value, present, na);
                continue;
            }
            EXPECT(r == ref_eval(e, present, na, &ref_missing) && missing == ref_missing,
                   "list %d present %#x na %#x: %d, missing %#x; expected missing %#x", e->value,
                   present, na, r, missing, ref_missing);
            /* missing may be NULL: same answer */
            EXPECT(csisms_checklist_eval(e->value, present, na, NULL) == r,
                   "list %d present %#x na %#x (NULL)", e->value, present, na);
        }
    }
}
END_TEST

START_TEST(test_eval_empty_full)
{
    const expected_list *e = &expected[_i];
    uint32_t all = full_mask(e->size), missing = SENTINEL;

    /* nothing present: not met, every item missing (both modes) */
    ck_assert_int_eq(csisms_checklist_eval(e->value, 0, 0, &missing), 0);
    ck_assert_uint_eq(missing, all);
    /* everything present: met */
    missing = SENTINEL;
    ck_assert_int_eq(csisms_checklist_eval(e->value, all, 0, &missing), 1);
    ck_assert_uint_eq(missing, 0);
}
END_TEST

START_TEST(test_eval_beyond)
{
    const expected_list *e = &expected[_i];
    uint32_t all = full_mask(e->size), missing = SENTINEL;
    int b;

    for (b = e->size; b < 32; b++) {
        uint32_t bit = UINT32_C(1) << b;

        ck_assert_int_eq(csisms_checklist_eval(e->value, bit, 0, &missing), CSISMS_EINVAL);
        ck_assert_int_eq(csisms_checklist_eval(e->value, all | bit, 0, &missing), CSISMS_EINVAL);
        ck_assert_int_eq(csisms_checklist_eval(e->value, all, bit, &missing), CSISMS_EINVAL);
        ck_assert_int_eq(csisms_checklist_eval(e->value, all | bit, 0, NULL), CSISMS_EINVAL);
        ck_assert_uint_eq(missing, SENTINEL);
    }
    ck_assert_int_eq(csisms_checklist_eval(e->value, UINT32_MAX, 0, &missing), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_checklist_eval(e->value, 0, UINT32_MAX, &missing), CSISMS_EINVAL);
    ck_assert_uint_eq(missing, SENTINEL);
}
END_TEST

/* Hand-worked cases: list, present, not applicable, the return, and the
 * missing items (SENTINEL: untouched, on an error). */
static const struct eval_case {
    int list;
    uint32_t present, na;
    int rc;
    uint32_t missing;
} eval_cases[] = {
    /* 4.1.2: all but (3); (3) is multi-site only and declared n/a: met */
    {CSISMS_LIST_APPLICATION, 0x3B, 0x04, 1, 0},
    /* without the declaration (3) is missing */
    {CSISMS_LIST_APPLICATION, 0x3B, 0, 0, 0x04},
    /* (3) both present and declared n/a: simply met */
    {CSISMS_LIST_APPLICATION, 0x3F, 0x04, 1, 0},
    /* n/a does not cover other missing items: (1) and (6) missing */
    {CSISMS_LIST_APPLICATION, 0x1A, 0x04, 0, 0x21},
    /* n/a on a non-conditional item (1): EINVAL, missing untouched */
    {CSISMS_LIST_APPLICATION, 0x3E, 0x01, CSISMS_EINVAL, SENTINEL},
    {CSISMS_LIST_APPLICATION, 0x3F, 0x05, CSISMS_EINVAL, SENTINEL},
    /* 8.1: (7) accreditation mark where applicable */
    {CSISMS_LIST_CERTIFICATE, 0xBF, 0x40, 1, 0},
    {CSISMS_LIST_CERTIFICATE, 0xBF, 0, 0, 0x40},
    {CSISMS_LIST_CERTIFICATE, 0x7F, 0x80, CSISMS_EINVAL, SENTINEL}, /* (8) is not conditional */
    /* 4.2.1: (1) only; it has no conditional items */
    {CSISMS_LIST_APPLICATION_REVIEW, 0x1, 0, 0, 0x2},
    {CSISMS_LIST_APPLICATION_REVIEW, 0x1, 0x2, CSISMS_EINVAL, SENTINEL},
    /* 4.5.3.2: sampling allowed only with all four conditions */
    {CSISMS_LIST_SAMPLING, 0xF, 0, 1, 0},
    {CSISMS_LIST_SAMPLING, 0x7, 0, 0, 0x8},
    /* ANY lists: one item suffices, missing 0 */
    {CSISMS_LIST_STAGE1_OFFSITE, 0x2, 0, 1, 0},
    {CSISMS_LIST_TERMINATION, 0x8, 0, 1, 0},
    {CSISMS_LIST_SUSPENSION, 0x10, 0, 1, 0},
    {CSISMS_LIST_WITHDRAWAL, 0x80, 0, 1, 0},
    /* ANY lists not met: every item reported */
    {CSISMS_LIST_STAGE1_OFFSITE, 0, 0, 0, 0x3},
    {CSISMS_LIST_SUSPENSION, 0, 0, 0, 0x3F},
    {CSISMS_LIST_WITHDRAWAL, 0, 0, 0, 0xFF},
    /* ANY lists have no conditional items */
    {CSISMS_LIST_WITHDRAWAL, 0, 0x1, CSISMS_EINVAL, SENTINEL},
    {CSISMS_LIST_TERMINATION, 0x1, 0x1, CSISMS_EINVAL, SENTINEL},
    /* 7.1.1 has 6 items: bit 6 is beyond */
    {CSISMS_LIST_SUSPENSION, 0x40, 0, CSISMS_EINVAL, SENTINEL},
    /* 5.5, all 8 present; 4.7.1 without (6) */
    {CSISMS_LIST_SURVEILLANCE, 0xFF, 0, 1, 0},
    {CSISMS_LIST_REPORT, 0x5F, 0, 0, 0x20},
};

START_TEST(test_eval_cases)
{
    const struct eval_case *c = &eval_cases[_i];
    uint32_t missing = SENTINEL;

    ck_assert_int_eq(csisms_checklist_eval(c->list, c->present, c->na, &missing), c->rc);
    ck_assert_uint_eq(missing, c->missing);
    /* missing may be NULL */
    ck_assert_int_eq(csisms_checklist_eval(c->list, c->present, c->na, NULL), c->rc);
}
END_TEST

static Suite *checklists_suite(void)
{
    Suite *s = suite_create("checklists");
    TCase *tc = tcase_create("core");

    tcase_add_test(tc, test_constants);
    tcase_add_loop_test(tc, test_list_table, 0, NLISTS);
    tcase_add_loop_test(tc, test_list_items, 0, NLISTS);
    tcase_add_loop_test(tc, test_item_punctuation, 0, NLISTS);
    tcase_add_test(tc, test_distinct);
    tcase_add_loop_test(tc, test_unknown_list, 0, (int)(sizeof bad_lists / sizeof bad_lists[0]));
    tcase_add_loop_test(tc, test_eval_exhaustive, 0, NLISTS);
    tcase_add_loop_test(tc, test_eval_empty_full, 0, NLISTS);
    tcase_add_loop_test(tc, test_eval_beyond, 0, NLISTS);
    tcase_add_loop_test(tc, test_eval_cases, 0, (int)(sizeof eval_cases / sizeof eval_cases[0]));
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    return run_suite(checklists_suite());
}
