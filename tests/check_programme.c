/* SPDX-License-Identifier: MIT */
/*
 * Tests of the 1.1 additions: rule identifiers, queries, the audit
 * programme, the justification and the audit-record check.
 *
 * Every expected value is worked out by hand from the rules in the comment
 * beside it (halfdays: 14 = 7 days; dates: periods do not count their first
 * day, months end on the corresponding day).
 */
#include <check.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

/* ------------------------------------------------------------ rules */

/* Every rule with its clause, written from the rules independently of the
 * library's table, in ascending identifier order. */
static const struct {
    int rule;
    const char *clause;
} rules[] = {
    {1, "Appendix A"}, {2, "Appendix A note (1)"}, {3, "Appendix A note (1)"},
    {4, "Appendix A note (2)"}, {5, "Appendix A notes"}, {6, "4.5.1.1"}, {7, "4.5.1.2"},
    {8, "5.2"}, {9, "5.2"}, {10, "6.2"}, {11, "10.2"}, {12, "4.5.3.2"}, {13, "4.1.2(5)"},
    {14, "4.5.1.1"}, {20, "5.1.1"}, {21, "5.1.1"}, {22, "5.1.1"}, {23, "6.1"}, {24, "8.2"},
    {25, "6.3"}, {26, "7.1.2"}, {27, "7.2.1(7)"}, {28, "9"},
    {100, "7.1.1(1)"}, {101, "7.1.1(2)"}, {102, "7.1.1(3)"}, {103, "7.1.1(4)"},
    {104, "7.1.1(5)"}, {105, "7.1.1(6)"}, {106, "5.1.2"}, {108, "7.2.1(1)"},
    {109, "7.2.1(2)"}, {110, "7.2.1(3)"}, {111, "7.2.1(4)"}, {112, "7.2.1(5)"},
    {113, "7.2.1(6)"}, {114, "7.2.1(7)"}, {115, "7.2.1(8)"}, {116, "8.2"},
    {200, "7.1.2"}, {201, "7.3"}, {202, "7.3"}, {203, "7.4"},
};
#define NRULES (sizeof rules / sizeof rules[0])

static int ascii(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80)
            return 0;
    return 1;
}

START_TEST(test_rule_table)
{
    const char *zh = csisms_rule_text(rules[_i].rule, CSISMS_LANG_ZH);
    const char *en = csisms_rule_text(rules[_i].rule, CSISMS_LANG_EN);

    ck_assert_str_eq(csisms_rule_clause(rules[_i].rule), rules[_i].clause);
    ck_assert_int_eq(csisms_rule_at((size_t)_i), rules[_i].rule);
    ck_assert_ptr_nonnull(zh);
    ck_assert_ptr_nonnull(en);
    ck_assert(!ascii(zh) && strlen(en) > 10 && ascii(en));
    ck_assert_ptr_null(csisms_rule_text(rules[_i].rule, 2));
    ck_assert_ptr_null(csisms_rule_text(rules[_i].rule, -1));
}
END_TEST

START_TEST(test_rule_edges)
{
    static const int unknown[] = {0, -1, 15, 19, 29, 99, 107, 117, 199, 204, INT_MAX, INT_MIN};

    ck_assert_uint_eq(csisms_rule_count(), NRULES);
    ck_assert_int_eq(csisms_rule_at(NRULES), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_rule_at(SIZE_MAX), CSISMS_ENOTFOUND);
    for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++) {
        ck_assert_ptr_null(csisms_rule_clause(unknown[i]));
        ck_assert_ptr_null(csisms_rule_text(unknown[i], CSISMS_LANG_EN));
    }
    /* The fidelity fixes: "三个月以上" includes three months. */
    ck_assert_ptr_nonnull(strstr(csisms_rule_text(CSISMS_RULE_SYSTEM_OPERATION, CSISMS_LANG_EN),
                                 "three months or more"));
    ck_assert_ptr_nonnull(strstr(csisms_checklist_item(CSISMS_LIST_APPLICATION, 5, CSISMS_LANG_EN),
                                 "three months or more"));
    ck_assert_ptr_nonnull(strstr(csisms_checklist_item(CSISMS_LIST_DECISION_READY, 2, CSISMS_LANG_EN),
                                 "reviewed, accepted and verified"));
    ck_assert_str_eq(csisms_rule_text(CSISMS_RULE_ONSITE, CSISMS_LANG_ZH),
                     "整个审核时间中，现场审核时间不应少于 80%");
}
END_TEST

/* Reasons: rule = 100 + bit; the rule's text is the reason's; a reason's
 * text is its checklist item without the list's punctuation (one source). */
START_TEST(test_reason_rules)
{
    for (int b = 0; b < 32; b++) {
        uint32_t bit = 1u << b, back = 0;
        const char *clause = csisms_reason_clause(bit);
        if (clause == NULL) {
            ck_assert_int_eq(csisms_reason_rule(bit), CSISMS_EINVAL);
            continue;
        }
        ck_assert_int_eq(csisms_reason_rule(bit), 100 + b);
        ck_assert_ptr_eq(csisms_rule_text(100 + b, CSISMS_LANG_EN),
                         csisms_reason_text(bit, CSISMS_LANG_EN));
        ck_assert_int_eq(csisms_reason_of_clause(clause, &back), CSISMS_OK);
        ck_assert_uint_eq(back, bit);
    }
    ck_assert_int_eq(csisms_reason_rule(0), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_reason_rule(3u), CSISMS_EINVAL);
    for (int list = CSISMS_LIST_SUSPENSION; list <= CSISMS_LIST_WITHDRAWAL; list++) {
        int n = csisms_checklist_size(list);
        for (int i = 1; i <= n; i++) {
            uint32_t bit = list == CSISMS_LIST_SUSPENSION ? 1u << (i - 1) : 1u << (i + 7);
            for (int lang = 0; lang < 2; lang++) {
                const char *item = csisms_checklist_item(list, i, lang);
                const char *text = csisms_reason_text(bit, lang);
                const char *end = lang == CSISMS_LANG_ZH ? (i == n ? "。" : "；")
                                                         : (i == n ? "." : ";");
                ck_assert_uint_eq(strlen(item), strlen(text) + strlen(end));
                ck_assert(strncmp(item, text, strlen(text)) == 0);
                ck_assert_str_eq(item + strlen(text), end);
            }
        }
    }
}
END_TEST

START_TEST(test_reason_of_clause)
{
    uint32_t r = 0xA5u;

    ck_assert_int_eq(csisms_reason_of_clause("7.2.1(5)", &r), CSISMS_OK);
    ck_assert_uint_eq(r, CSISMS_R_SUSPENSION_EXPIRED);
    ck_assert_int_eq(csisms_reason_of_clause("5.1.2", &r), CSISMS_OK);
    ck_assert_uint_eq(r, CSISMS_R_SURVEILLANCE_OVERDUE);
    ck_assert_int_eq(csisms_reason_of_clause("8.2", &r), CSISMS_OK);
    ck_assert_uint_eq(r, CSISMS_R_EXPIRED);
    r = 0xA5u;
    ck_assert_int_eq(csisms_reason_of_clause("7.2.1(9)", &r), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_reason_of_clause("", &r), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_reason_of_clause(" 5.1.2", &r), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_reason_of_clause(NULL, &r), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_reason_of_clause("5.1.2", NULL), CSISMS_EINVAL);
    ck_assert_uint_eq(r, 0xA5u);
}
END_TEST

/* ------------------------------------------------------------ queries */

/* Appendix A bands: 1–10 is band 0, 86–125 band 6, 8501–10700 band 21,
 * 10701–13375 band 22 (10700 + ⌈10700/4⌉), 13376 band 23; the last is 79. */
START_TEST(test_band_index)
{
    static const struct { uint32_t persons, band; } cases[] = {
        {1, 0}, {10, 0}, {11, 1}, {85, 5}, {86, 6}, {120, 6}, {125, 6}, {126, 7},
        {10700, 21}, {10701, 22}, {13375, 22}, {13376, 23}, {UINT32_MAX, 79},
    };
    uint32_t idx = 0xA5u, lo, hi;
    int32_t hd;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(csisms_isms_band_index(cases[i].persons, &idx), CSISMS_OK);
        ck_assert_uint_eq(idx, cases[i].band);
    }
    /* Every band's first and last head count fall in it. */
    for (uint32_t b = 0; csisms_isms_band(b, &lo, &hi, &hd) == CSISMS_OK; b++) {
        EXPECT(csisms_isms_band_index(lo, &idx) == CSISMS_OK && idx == b, "band %u lower", b);
        EXPECT(csisms_isms_band_index(hi, &idx) == CSISMS_OK && idx == b, "band %u upper", b);
    }
    idx = 0xA5u;
    ck_assert_int_eq(csisms_isms_band_index(0, &idx), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_isms_band_index(120, NULL), CSISMS_EINVAL);
    ck_assert_uint_eq(idx, 0xA5u);
}
END_TEST

/* 91350100M000100Y43 is valid (Σ value·weight = 1640 = 52·31 + 28, check 31 − 28 = 3). */
START_TEST(test_uscc_check)
{
    static const struct {
        const char *code;
        int status;
        size_t position;
        char expected;
    } cases[] = {
        {"91350100M000100Y43", CSISMS_OK, 0, '3'},
        {"91350100M000100Y44", CSISMS_ECHECKSUM, 18, '3'},
        {"91350100M000100Y4", CSISMS_EINVAL, 0, '3'},   /* 17: too short, 17 symbols */
        {"91350100M000100Y433", CSISMS_EINVAL, 0, '3'}, /* 19: too long */
        {"9135\xEF\xBC\x90" "100M000100Y44", CSISMS_EINVAL, 5, '\0'}, /* full-width 0 */
        {"i1350100M000100Y43", CSISMS_EINVAL, 1, '\0'},
        {"91350100M000100YI3", CSISMS_EINVAL, 17, '\0'}, /* 16 symbols before the I */
        {"91350100M000100Y4I", CSISMS_EINVAL, 18, '3'},
        {"", CSISMS_EINVAL, 0, '\0'},
    };
    int st;
    size_t pos;
    char want;

    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ck_assert_int_eq(csisms_uscc_check(cases[i].code, &st, &pos, &want), CSISMS_OK);
        ck_assert_int_eq(st, cases[i].status);
        ck_assert_int_eq(st, csisms_uscc_validate(cases[i].code));
        ck_assert_uint_eq(pos, cases[i].position);
        ck_assert_int_eq(want, cases[i].expected);
    }
    st = 99;
    ck_assert_int_eq(csisms_uscc_check(NULL, &st, &pos, &want), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_check("91350100M000100Y43", NULL, &pos, &want), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_check("91350100M000100Y43", &st, NULL, &want), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_check("91350100M000100Y43", &st, &pos, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(st, 99);
}
END_TEST

static size_t index_of(const char *code)
{
    const csisms_scope *s;
    ck_assert_int_eq(csisms_scope_lookup(code, &s), CSISMS_OK);
    for (size_t i = 0; i < csisms_scope_count(); i++)
        if (csisms_scope_at(i) == s)
            return i;
    ck_abort_msg("%s not in the table", code);
    return 0;
}

START_TEST(test_scope_under)
{
    size_t i = 0, j = 777;

    /* 04.13 begins 04.13.01 and 04.13.02, nothing else. */
    ck_assert_int_eq(csisms_scope_under("04.13", 0, &i), CSISMS_OK);
    ck_assert_uint_eq(i, index_of("04.13.01"));
    ck_assert_int_eq(csisms_scope_under("4.13", i + 1, &i), CSISMS_OK);
    ck_assert_uint_eq(i, index_of("04.13.02"));
    ck_assert_int_eq(csisms_scope_under("04.13", i + 1, &i), CSISMS_ENOTFOUND);
    /* A code under itself; full-width forms. */
    ck_assert_int_eq(csisms_scope_under("\xEF\xBC\x93\xEF\xBC\x8E\xEF\xBC\x91", 0, &i), CSISMS_OK);
    ck_assert_uint_eq(i, index_of("03.01"));
    ck_assert_int_eq(csisms_scope_under("04", 0, &i), CSISMS_OK);
    ck_assert_uint_eq(i, index_of("04"));
    ck_assert_int_eq(csisms_scope_under("99", 0, &j), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_scope_under("04.13", csisms_scope_count(), &j), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_scope_under("04.13", SIZE_MAX, &j), CSISMS_ENOTFOUND);
    ck_assert_int_eq(csisms_scope_under("x", 0, &j), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_under("04..13", 0, &j), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_under(NULL, 0, &j), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_scope_under("04", 0, NULL), CSISMS_EINVAL);
    ck_assert_uint_eq(j, 777);
}
END_TEST

/* ------------------------------------------------------------ programme */

/* 120 persons, 27001 certificate from another body, decided 2024-10-22:
 * H = 12 days (86–125); T = 0.5·12 + 1 = 7 days (14); on site 5.6 → 6 (12);
 * surveillance 7/3 = 2.33 → 2.5 (5), on site 2 → 2 (4). */
static csisms_client client_120(void)
{
    csisms_client c = CSISMS_CLIENT_INIT;
    c.personnel = 120;
    c.basis = CSISMS_BASIS_ISMS_CERT;
    c.cycle = CSISMS_CYCLE_INITIAL;
    c.reference = 20241022;
    return c;
}

struct expect_entry {
    int kind;
    csisms_date earliest, last, latest;
    int32_t total, onsite;
    uint32_t sample;
    int r_earliest, r_last, r_latest, r_total, r_onsite, r_sample;
};

static void check_entries(const csisms_programme_entry *e, const struct expect_entry *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(e[i].kind, x[i].kind);
        ck_assert_int_eq(e[i].earliest, x[i].earliest);
        ck_assert_int_eq(e[i].last, x[i].last);
        ck_assert_int_eq(e[i].latest, x[i].latest);
        ck_assert_int_eq(e[i].total_halfdays, x[i].total);
        ck_assert_int_eq(e[i].onsite_halfdays, x[i].onsite);
        ck_assert_uint_eq(e[i].sample, x[i].sample);
        ck_assert_int_eq(e[i].rule_earliest, x[i].r_earliest);
        ck_assert_int_eq(e[i].rule_last, x[i].r_last);
        ck_assert_int_eq(e[i].rule_latest, x[i].r_latest);
        ck_assert_int_eq(e[i].rule_total, x[i].r_total);
        ck_assert_int_eq(e[i].rule_onsite, x[i].r_onsite);
        ck_assert_int_eq(e[i].rule_sample, x[i].r_sample);
    }
}

static void sized(csisms_programme_entry *e, size_t n)
{
    memset(e, 0x5A, n * sizeof *e);
    for (size_t i = 0; i < n; i++)
        e[i].size = (uint32_t)sizeof e[i];
}

START_TEST(test_programme_initial)
{
    /* Validity 2024-10-22 … 2027-10-21 (8.2); surveillance 1 by 2025-10-22,
     * no postponement; surveillance 2 in the second year, by 2026-10-22,
     * postponed at most to 2027-01-22; recertification 90 days before
     * 2027-10-21: 21 days to 09-30, 30 to 08-31, 31 to 07-31, 8 to 07-23. */
    static const struct expect_entry x[] = {
        {CSISMS_PROG_INITIAL, 0, 0, 0, 14, 12, 0, 0, 0, 0, CSISMS_RULE_NOTE_ISMS_CERT, CSISMS_RULE_ONSITE, 0},
        {CSISMS_PROG_VALIDITY, 20241022, 20271021, 20271021, 0, 0, 0, CSISMS_RULE_VALIDITY,
         CSISMS_RULE_VALIDITY, CSISMS_RULE_VALIDITY, 0, 0, 0},
        {CSISMS_PROG_SURVEILLANCE1, 20241023, 20251022, 20251022, 5, 4, 0,
         CSISMS_RULE_FIRST_SURVEILLANCE, CSISMS_RULE_FIRST_SURVEILLANCE,
         CSISMS_RULE_FIRST_SURVEILLANCE, CSISMS_RULE_SURVEILLANCE_TIME, CSISMS_RULE_ONSITE, 0},
        {CSISMS_PROG_SURVEILLANCE2, 20251023, 20261022, 20270122, 5, 4, 0,
         CSISMS_RULE_SURVEILLANCE_INTERVAL, CSISMS_RULE_SURVEILLANCE_INTERVAL,
         CSISMS_RULE_POSTPONEMENT, CSISMS_RULE_SURVEILLANCE_TIME, CSISMS_RULE_ONSITE, 0},
        {CSISMS_PROG_RECERT, 20270723, 20271021, 20271021, 14, 12, 0, CSISMS_RULE_RECERT_WINDOW,
         CSISMS_RULE_RECERT_WINDOW, CSISMS_RULE_RECERT_WINDOW, CSISMS_RULE_NOTE_ISMS_CERT,
         CSISMS_RULE_ONSITE, 0},
    };
    csisms_client c = client_120();
    csisms_programme_entry e[6];
    size_t n = 0;

    sized(e, 6);
    ck_assert_int_eq(csisms_programme(&c, e, 6, &n), CSISMS_OK);
    ck_assert_uint_eq(n, 5);
    check_entries(e, x, 5);
    ck_assert_uint_eq(e[5].size, sizeof e[5]); /* the spare entry is untouched */
    ck_assert_int_eq(e[5].kind, 0x5A5A5A5A);

    /* 4.1.2(5): operating since 2024-05-01 → the initial audit from 2024-08-01. */
    c.operating_since = 20240501;
    ck_assert_int_eq(csisms_programme(&c, e, 5, &n), CSISMS_OK);
    ck_assert_int_eq(e[0].earliest, 20240801);
    ck_assert_int_eq(e[0].rule_earliest, CSISMS_RULE_SYSTEM_OPERATION);
}
END_TEST

START_TEST(test_programme_recert)
{
    /* Recertification of a certificate valid until 2027-10-21, 120 persons,
     * no 27001 basis (T = 12 days), stage 1 omitted, combined with a system
     * of 12 days, 25 sites.  Recertification: ⌈2·12/3⌉ = 8 days and the
     * partner's 8 → 80 % of 16 = 12.8 → 13 days (26), on site 10.4 → 10.5
     * (21), sample ⌈0.8·5⌉ = 4.  Surveillance: 4 + 4 days → 6.4 → 6.5 (13),
     * on site 5.2 → 5.5 (11), sample ⌈0.6·5⌉ = 3.  Validity continues:
     * 2027-10-22 … 2030-10-21; surveillance 1 by 2028-10-21 (+3 months:
     * 2029-01-21); surveillance 2 by 2029-10-21 (2030-01-21); window
     * 2030-07-23 … 2030-10-21. */
    static const struct expect_entry x[] = {
        {CSISMS_PROG_RECERT_START, 20270723, 20271021, 20271021, 26, 21, 4,
         CSISMS_RULE_RECERT_WINDOW, CSISMS_RULE_RECERT_WINDOW, CSISMS_RULE_RECERT_WINDOW,
         CSISMS_RULE_COMBINED_TIME, CSISMS_RULE_ONSITE, CSISMS_RULE_SAMPLING},
        {CSISMS_PROG_VALIDITY, 20271022, 20301021, 20301021, 0, 0, 0, CSISMS_RULE_RECERT_VALIDITY,
         CSISMS_RULE_RECERT_VALIDITY, CSISMS_RULE_RECERT_VALIDITY, 0, 0, 0},
        {CSISMS_PROG_SURVEILLANCE1, 20271022, 20281021, 20290121, 13, 11, 3,
         CSISMS_RULE_SURVEILLANCE_INTERVAL, CSISMS_RULE_SURVEILLANCE_INTERVAL,
         CSISMS_RULE_POSTPONEMENT, CSISMS_RULE_COMBINED_TIME, CSISMS_RULE_ONSITE,
         CSISMS_RULE_SAMPLING},
        {CSISMS_PROG_SURVEILLANCE2, 20281022, 20291021, 20300121, 13, 11, 3,
         CSISMS_RULE_SURVEILLANCE_INTERVAL, CSISMS_RULE_SURVEILLANCE_INTERVAL,
         CSISMS_RULE_POSTPONEMENT, CSISMS_RULE_COMBINED_TIME, CSISMS_RULE_ONSITE,
         CSISMS_RULE_SAMPLING},
        {CSISMS_PROG_RECERT, 20300723, 20301021, 20301021, 26, 21, 4, CSISMS_RULE_RECERT_WINDOW,
         CSISMS_RULE_RECERT_WINDOW, CSISMS_RULE_RECERT_WINDOW, CSISMS_RULE_COMBINED_TIME,
         CSISMS_RULE_ONSITE, CSISMS_RULE_SAMPLING},
    };
    csisms_client c = CSISMS_CLIENT_INIT;
    csisms_programme_entry e[5];
    size_t n = 0;

    c.personnel = 120;
    c.basis = CSISMS_BASIS_NONE;
    c.cycle = CSISMS_CYCLE_RECERT;
    c.reference = 20271021;
    c.stage1_omitted = 1;
    c.combined_halfdays = 24;
    c.sites = 25;
    sized(e, 5);
    ck_assert_int_eq(csisms_programme(&c, e, 5, &n), CSISMS_OK);
    ck_assert_uint_eq(n, 5);
    check_entries(e, x, 5);
}
END_TEST

START_TEST(test_programme_planned)
{
    /* 4.5.1.1: floor of 7 days = 4.9 → 5 days (10).  Planned 5 days: the
     * surveillance is 5/3 = 1.67 → 2 days (4); planned 4.5 days refused. */
    csisms_client c = client_120();
    csisms_programme_entry e[5];
    size_t n = 0;

    sized(e, 5);
    c.planned_halfdays = 10;
    ck_assert_int_eq(csisms_programme(&c, e, 5, &n), CSISMS_OK);
    ck_assert_int_eq(e[0].total_halfdays, 10);
    ck_assert_int_eq(e[0].rule_total, CSISMS_RULE_REDUCTION);
    ck_assert_int_eq(e[2].total_halfdays, 4);
    c.planned_halfdays = 9;
    n = 99;
    ck_assert_int_eq(csisms_programme(&c, e, 5, &n), CSISMS_ENOTPERMITTED);
    ck_assert_uint_eq(n, 99);
}
END_TEST

START_TEST(test_programme_errors)
{
    csisms_client c = client_120(), bad;
    csisms_programme_entry e[5], keep[5];
    size_t n = 99;

    sized(e, 5);
    memcpy(keep, e, sizeof e);
    /* Too small: the count, nothing written. */
    ck_assert_int_eq(csisms_programme(&c, e, 4, &n), CSISMS_ENOSPC);
    ck_assert_uint_eq(n, 5);
    ck_assert(memcmp(e, keep, sizeof e) == 0);
    n = 99;
    ck_assert_int_eq(csisms_programme(&c, NULL, 0, &n), CSISMS_ENOSPC);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(csisms_programme(&c, NULL, 5, &n), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_programme(&c, e, 5, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_programme(NULL, e, 5, &n), CSISMS_EINVAL);
    /* Sizes. */
    bad = c;
    bad.size = (uint32_t)sizeof bad - 1;
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EVERSION);
    e[3].size = (uint32_t)sizeof e[3] - 4;
    ck_assert_int_eq(csisms_programme(&c, e, 5, &n), CSISMS_EVERSION);
    ck_assert(memcmp(e, keep, 3 * sizeof e[0]) == 0);
    e[3].size = (uint32_t)sizeof e[3];
    /* Values. */
    bad = c; bad.personnel = 0;
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EINVAL);
    bad = c; bad.basis = 4;
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EINVAL);
    bad = c; bad.cycle = 0;
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EINVAL);
    bad = c; bad.reference = 20230229;
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EINVAL);
    bad = c; bad.operating_since = 20241023; /* after the decision */
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EINVAL);
    bad = c; bad.combined_halfdays = -1;
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_EINVAL);
    bad = c; bad.reference = 99981231; /* valid until 10001-12-30 */
    ck_assert_int_eq(csisms_programme(&bad, e, 5, &n), CSISMS_ERANGE);
    ck_assert(memcmp(e, keep, sizeof e) == 0);
}
END_TEST

/* A newer caller's larger elements: the library steps by their size. */
START_TEST(test_programme_stride)
{
    struct bigger {
        csisms_programme_entry e;
        int32_t extra;
    } b[5];
    csisms_client c = client_120();
    size_t n;

    memset(b, 0x5A, sizeof b);
    for (int i = 0; i < 5; i++)
        b[i].e.size = (uint32_t)sizeof b[i];
    ck_assert_int_eq(csisms_programme(&c, &b[0].e, 5, &n), CSISMS_OK);
    ck_assert_int_eq(b[4].e.kind, CSISMS_PROG_RECERT);
    ck_assert_int_eq(b[4].e.earliest, 20270723);
    ck_assert_int_eq(b[4].extra, 0x5A5A5A5A);
}
END_TEST

/* ------------------------------------------------------------ justify */

static void steps_sized(csisms_step *s, size_t n)
{
    memset(s, 0, n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i].size = (uint32_t)sizeof s[i];
}

START_TEST(test_justify)
{
    /* 120 persons, isms-cert: 120 → 24; 24 → 14; on site 14 → 12;
     * surveillance 14 → 5; cycle 14 → 10 (4.67 → 5 days); recert 14 → 10. */
    static const struct { int rule; int64_t in, in2; int32_t out; } x1[] = {
        {CSISMS_RULE_ISMS_TABLE, 120, 0, 24}, {CSISMS_RULE_NOTE_ISMS_CERT, 24, 0, 14},
        {CSISMS_RULE_ONSITE, 14, 0, 12}, {CSISMS_RULE_SURVEILLANCE_TIME, 14, 0, 5},
        {CSISMS_RULE_SURVEILLANCE_CYCLE, 14, 0, 10}, {CSISMS_RULE_RECERT_TIME, 14, 0, 10},
    };
    /* Planned 5 days (floor 5), combined with 12 days: 80 % of 17 = 13.6 →
     * 14 days (28); on site 11.2 → 11.5 (23); surveillance 5/3 → 2 (4);
     * 2/3 → 3.5 (7); 25 sites → 5. */
    static const struct { int rule; int64_t in, in2; int32_t out; } x2[] = {
        {CSISMS_RULE_ISMS_TABLE, 120, 0, 24}, {CSISMS_RULE_NOTE_ISMS_CERT, 24, 0, 14},
        {CSISMS_RULE_REDUCTION, 14, 10, 10}, {CSISMS_RULE_COMBINED_TIME, 10, 24, 28},
        {CSISMS_RULE_ONSITE, 28, 0, 23}, {CSISMS_RULE_SURVEILLANCE_TIME, 10, 0, 4},
        {CSISMS_RULE_SURVEILLANCE_CYCLE, 10, 0, 7}, {CSISMS_RULE_RECERT_TIME, 10, 0, 7},
        {CSISMS_RULE_SAMPLING, 25, 0, 5},
    };
    csisms_client c = client_120();
    csisms_step s[12];
    size_t n = 0;

    steps_sized(s, 12);
    c.reference = 0; /* not used */
    ck_assert_int_eq(csisms_justify(&c, s, 12, &n), CSISMS_OK);
    ck_assert_uint_eq(n, sizeof x1 / sizeof x1[0]);
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(s[i].rule, x1[i].rule);
        ck_assert_int_eq(s[i].input, x1[i].in);
        ck_assert_int_eq(s[i].input2, x1[i].in2);
        ck_assert_int_eq(s[i].result, x1[i].out);
    }
    c.planned_halfdays = 10;
    c.combined_halfdays = 24;
    c.sites = 25;
    ck_assert_int_eq(csisms_justify(&c, s, 12, &n), CSISMS_OK);
    ck_assert_uint_eq(n, sizeof x2 / sizeof x2[0]);
    for (size_t i = 0; i < n; i++) {
        ck_assert_int_eq(s[i].rule, x2[i].rule);
        ck_assert_int_eq(s[i].input, x2[i].in);
        ck_assert_int_eq(s[i].input2, x2[i].in2);
        ck_assert_int_eq(s[i].result, x2[i].out);
    }
    /* Basis none: no note step (5 steps). */
    c = client_120();
    c.basis = CSISMS_BASIS_NONE;
    ck_assert_int_eq(csisms_justify(&c, s, 12, &n), CSISMS_OK);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(s[1].rule, CSISMS_RULE_ONSITE);
    ck_assert_int_eq(s[1].input, 24);
    /* Errors. */
    n = 0;
    ck_assert_int_eq(csisms_justify(&c, s, 4, &n), CSISMS_ENOSPC);
    ck_assert_uint_eq(n, 5);
    ck_assert_int_eq(csisms_justify(&c, NULL, 0, &n), CSISMS_ENOSPC);
    ck_assert_int_eq(csisms_justify(&c, s, 12, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_justify(NULL, s, 12, &n), CSISMS_EINVAL);
    c.personnel = 0;
    ck_assert_int_eq(csisms_justify(&c, s, 12, &n), CSISMS_EINVAL);
}
END_TEST

/* ------------------------------------------------------------ record check */

static csisms_audit_record rec(int kind, csisms_date date, int32_t total, int32_t onsite)
{
    csisms_audit_record r = {(uint32_t)sizeof r, kind, date, total, onsite};
    return r;
}

static size_t check(const csisms_client *c, const csisms_audit_record *r, size_t nr,
                    csisms_breach *b)
{
    size_t n = 99;
    for (size_t i = 0; i < 16; i++)
        b[i].size = (uint32_t)sizeof b[i];
    ck_assert_int_eq(csisms_record_check(c, r, nr, b, 16, &n), CSISMS_OK);
    return n;
}

static void breach_is(const csisms_breach *b, int rule, int32_t record, int32_t actual,
                      int32_t required)
{
    ck_assert_int_eq(b->rule, rule);
    ck_assert_int_eq(b->record, record);
    ck_assert_int_eq(b->actual, actual);
    ck_assert_int_eq(b->required, required);
}

START_TEST(test_record_cycle_total)
{
    /* Initial 7 days: the cycle's surveillance needs 2/3 · 7 = 4.67 → 5 days
     * (10); 2 + 2 = 4 days (8) is short, 2.5 + 2.5 is not, 2 + 3 is not
     * (a surveillance below 1/3 is allowed, 5.2 "可适当调整"). */
    csisms_client c = client_120();
    csisms_audit_record r[2];
    csisms_breach b[16];

    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20250901, 4, 4);
    r[1] = rec(CSISMS_PROG_SURVEILLANCE2, 20260901, 4, 4);
    ck_assert_uint_eq(check(&c, r, 2, b), 1);
    breach_is(&b[0], CSISMS_RULE_SURVEILLANCE_CYCLE, -1, 8, 10);
    r[0].total_halfdays = r[1].total_halfdays = 5;
    ck_assert_uint_eq(check(&c, r, 2, b), 0);
    r[0].total_halfdays = 4;
    r[1].total_halfdays = 6;
    r[1].onsite_halfdays = 5; /* 0.8 · 3 = 2.4 → 2.5 days */
    ck_assert_uint_eq(check(&c, r, 2, b), 0);
    /* One surveillance alone: the cycle is not complete, nothing to judge. */
    r[0].total_halfdays = 1;
    r[0].onsite_halfdays = 1;
    ck_assert_uint_eq(check(&c, r, 1, b), 0);
}
END_TEST

START_TEST(test_record_each_rule)
{
    csisms_client c = client_120();
    csisms_audit_record r[4];
    csisms_breach b[16];

    c.operating_since = 20240501;
    /* Initial: 4.5 days < floor 5 (10); on site 3 days < 0.8 · 4.5 = 3.6 →
     * 4 (8); held 2024-07-31, before 2024-08-01 (three months). */
    r[0] = rec(CSISMS_PROG_INITIAL, 20240731, 9, 6);
    ck_assert_uint_eq(check(&c, r, 1, b), 3);
    breach_is(&b[0], CSISMS_RULE_SYSTEM_OPERATION, 0, 20240731, 20240801);
    breach_is(&b[1], CSISMS_RULE_REDUCTION, 0, 9, 10);
    breach_is(&b[2], CSISMS_RULE_ONSITE, 0, 6, 8);
    r[0] = rec(CSISMS_PROG_INITIAL, 20240801, 10, 8);
    ck_assert_uint_eq(check(&c, r, 1, b), 0);

    /* Surveillance 1 one day late; surveillance 2 counts from the first as
     * held: 2025-10-23 → due 2026-10-23, latest 2027-01-23 (2026-12-31 is
     * in time); from 2025-09-30: due 2026-09-30, latest 2026-12-30. */
    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20251023, 6, 6);
    r[1] = rec(CSISMS_PROG_SURVEILLANCE2, 20261231, 6, 6);
    ck_assert_uint_eq(check(&c, r, 2, b), 1);
    breach_is(&b[0], CSISMS_RULE_FIRST_SURVEILLANCE, 0, 20251023, 20251022);
    r[1].date = 20270124;
    ck_assert_uint_eq(check(&c, r, 2, b), 2);
    breach_is(&b[1], CSISMS_RULE_POSTPONEMENT, 1, 20270124, 20270123);
    r[1].date = 20261231;
    r[0].date = 20250930;
    ck_assert_uint_eq(check(&c, r, 2, b), 1);
    breach_is(&b[0], CSISMS_RULE_POSTPONEMENT, 1, 20261231, 20261230);
    r[1].date = 20261230;
    ck_assert_uint_eq(check(&c, r, 2, b), 0);

    /* Recertification a day before the window; stage 1 omitted: 4.5 days
     * < 2/3 · 7 = 4.67 → 5 days (10). */
    c.stage1_omitted = 1;
    r[0] = rec(CSISMS_PROG_RECERT, 20270722, 9, 9);
    ck_assert_uint_eq(check(&c, r, 1, b), 2);
    breach_is(&b[0], CSISMS_RULE_RECERT_WINDOW, 0, 20270722, 20270723);
    breach_is(&b[1], CSISMS_RULE_RECERT_TIME, 0, 9, 10);
    r[0] = rec(CSISMS_PROG_RECERT, 20271022, 10, 8);
    ck_assert_uint_eq(check(&c, r, 1, b), 1);
    breach_is(&b[0], CSISMS_RULE_RECERT_WINDOW, 0, 20271022, 20271021);

    /* Combined with a 12-day system: initial at least 80 % of (5 + 12) =
     * 13.6 → 14 days (28). */
    c = client_120();
    c.combined_halfdays = 24;
    r[0] = rec(CSISMS_PROG_INITIAL, 20240901, 27, 22);
    ck_assert_uint_eq(check(&c, r, 1, b), 1);
    breach_is(&b[0], CSISMS_RULE_COMBINED_TIME, 0, 27, 28);
}
END_TEST

START_TEST(test_record_errors)
{
    csisms_client c = client_120();
    csisms_audit_record r[65];
    csisms_breach b[16];
    size_t n = 99;

    for (int i = 0; i < 65; i++)
        r[i] = rec(CSISMS_PROG_SURVEILLANCE1, 20250901, 4, 4);
    for (int i = 0; i < 16; i++)
        b[i].size = (uint32_t)sizeof b[i];
    ck_assert_int_eq(csisms_record_check(&c, r, 65, b, 16, &n), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_record_check(&c, r, 64, b, 16, &n), CSISMS_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(csisms_record_check(&c, NULL, 0, NULL, 0, &n), CSISMS_OK);
    ck_assert_int_eq(csisms_record_check(&c, NULL, 1, b, 16, &n), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_record_check(NULL, r, 1, b, 16, &n), CSISMS_EINVAL);
    r[0].kind = CSISMS_PROG_VALIDITY;
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, &n), CSISMS_EINVAL);
    r[0].kind = CSISMS_PROG_RECERT_START; /* not in an initial cycle */
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, &n), CSISMS_EINVAL);
    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20250901, 4, 5); /* on site > total */
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, &n), CSISMS_EINVAL);
    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20250931, 4, 4);
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, &n), CSISMS_EINVAL);
    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20250901, 0, 0);
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, &n), CSISMS_EINVAL);
    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20250901, 4, 4);
    r[0].size = 8;
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 16, &n), CSISMS_EVERSION);
    /* Too small for the breaches: the count. */
    r[0] = rec(CSISMS_PROG_SURVEILLANCE1, 20251101, 4, 1);
    n = 99;
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 1, &n), CSISMS_ENOSPC);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(csisms_record_check(&c, r, 1, b, 2, &n), CSISMS_OK);
    ck_assert_uint_eq(n, 2);
}
END_TEST

static Suite *programme_suite(void)
{
    Suite *s = suite_create("programme");
    TCase *tr = tcase_create("rules");
    tcase_add_loop_test(tr, test_rule_table, 0, (int)NRULES);
    tcase_add_test(tr, test_rule_edges);
    tcase_add_test(tr, test_reason_rules);
    tcase_add_test(tr, test_reason_of_clause);
    suite_add_tcase(s, tr);
    TCase *tq = tcase_create("queries");
    tcase_add_test(tq, test_band_index);
    tcase_add_test(tq, test_uscc_check);
    tcase_add_test(tq, test_scope_under);
    suite_add_tcase(s, tq);
    TCase *tp = tcase_create("programme");
    tcase_add_test(tp, test_programme_initial);
    tcase_add_test(tp, test_programme_recert);
    tcase_add_test(tp, test_programme_planned);
    tcase_add_test(tp, test_programme_errors);
    tcase_add_test(tp, test_programme_stride);
    tcase_add_test(tp, test_justify);
    tcase_add_test(tp, test_record_cycle_total);
    tcase_add_test(tp, test_record_each_rule);
    tcase_add_test(tp, test_record_errors);
    suite_add_tcase(s, tp);
    return s;
}

int main(void)
{
    return run_suite(programme_suite());
}
