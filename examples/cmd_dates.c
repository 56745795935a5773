/* SPDX-License-Identifier: MIT */
/* csisms cycle, due: the periods of doc/rules-model.md §2 (5.1.1, 6.1, 7.1.2, 7.2.1(7), 8.2, 9). */
#include "cli.h"

#include <string.h>

/* The counting rule, printed under every human-readable result. */
static void counting_note(const struct cli *cli)
{
    printf("%s\n", cli_text(cli,
                            "期限不计起始日（民法典第二百零一条、第二百零二条）；"
                            "未考虑法定节假日（第二百零三条）。",
                            "Periods do not count their first day (PRC Civil Code arts. 201-202); "
                            "public holidays are not taken into account (art. 203)."));
}

/* One line: label, a date or a range of dates (0: none), clause. */
static void line(const struct cli *cli, const char *zh, const char *en, csisms_date from,
                 csisms_date to, const char *clause)
{
    char a[CLI_DATE_LEN], b[CLI_DATE_LEN];

    printf("  ");
    if (from == 0) {
        printf("%s  [%s]\n", cli_text(cli, zh, en), clause);
        return;
    }
    cli_pad(cli_text(cli, zh, en), 48);
    printf(" %s", cli_date(from, a));
    if (to != 0)
        printf(" %s %s", cli_text(cli, "至", "to"), cli_date(to, b));
    printf("  [%s]\n", clause);
}

static int past_range(const char *arg, const char *text, const char *what)
{
    return cli_error(arg, "'%s': %s does not end between 0001-01-01 and 9999-12-31", text, what);
}

int cmd_cycle(const struct cli *cli, int argc, char **argv)
{
    csisms_date decision, until, first_due, first_latest, second_due, second_latest, opens;

    if (cli_positionals(argc, argv, 1))
        return CLI_USAGE;
    if (cli_parse_date("DECISION-DATE", argv[1], &decision))
        return CLI_USAGE;
    /* The second surveillance is projected as if the first were held on its
     * due date, the reference 5.1.1 gives the second one. */
    if (csisms_certificate_valid_until(decision, &until) != CSISMS_OK
        || csisms_surveillance_due(CSISMS_SURV_FIRST, decision, &first_due, &first_latest) != CSISMS_OK
        || csisms_surveillance_due(CSISMS_SURV_SECOND, first_due, &second_due, &second_latest) != CSISMS_OK
        || csisms_recert_window_opens(until, &opens) != CSISMS_OK)
        return past_range("DECISION-DATE", argv[1], "the cycle");

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_date(&j, "decision_date", decision);
        json_date(&j, "valid_until", until);
        json_date(&j, "first_surveillance_due", first_due);
        json_date(&j, "first_surveillance_latest", first_latest);
        json_bool(&j, "first_surveillance_postponable", first_latest != first_due);
        json_date(&j, "second_surveillance_reference", first_due);
        json_date(&j, "second_surveillance_due", second_due);
        json_date(&j, "second_surveillance_latest", second_latest);
        json_date(&j, "recert_window_opens", opens);
        json_date(&j, "recert_window_closes", until);
        json_int(&j, "suspension_max_months", 6);
        json_int(&j, "appeal_days", 60);
        json_int(&j, "correction_max_months", 6);
        json_open(&j, "clauses");
        json_str(&j, "valid_until", "8.2");
        json_str(&j, "first_surveillance", "5.1.1");
        json_str(&j, "second_surveillance", "5.1.1");
        json_str(&j, "recert_window", "6.1");
        json_str(&j, "suspension", "7.1.2");
        json_str(&j, "appeal", "9");
        json_str(&j, "correction", "7.2.1(7)");
        json_close(&j);
        json_close(&j);
        return CLI_OK;
    }

    char d[CLI_DATE_LEN];
    printf(cli_text(cli, "认证决定日期 %s\n", "Certification decision on %s\n"), cli_date(decision, d));
    line(cli, "证书有效期至（有效期三年）", "certificate valid until (three years)", until, 0, "8.2");
    line(cli, "第一次监督审核最迟", "first surveillance due by", first_due, 0, "5.1.1");
    printf("  %s\n", cli_text(cli,
                              "  （应在认证决定起12个月内进行，不得推迟）",
                              "  (within 12 months of the decision; it cannot be postponed)"));
    printf("  %s\n", cli_text(cli, "第二次监督审核（按第一次监督审核于到期日进行推算）：",
                              "Second surveillance (projected with the first held on its due date):"));
    line(cli, "  最迟日期", "  due by", second_due, 0, "5.1.1");
    line(cli, "  经批准推迟后最迟（最长3个月）", "  latest if postponed (at most 3 months)",
         second_latest, 0, "5.1.1");
    line(cli, "再认证申请期（证书期满前90天内）", "recertification window (90 days before expiry)",
         opens, until, "6.1");
    line(cli, "证书暂停期最长不超过6个月（自暂停之日起）",
         "a suspension lasts at most 6 months from the suspension date", 0, 0, "7.1.2");
    line(cli, "申诉在受理后60个日历日内将处理结果书面通知申请组织",
         "an appeal is answered in writing within 60 calendar days of its receipt", 0, 0, "9");
    line(cli, "中诚认证要求纠正后超过6个月仍未纠正的，撤销证书",
         "a correction the body asked for not made within 6 months leads to withdrawal", 0, 0,
         "7.2.1(7)");
    counting_note(cli);
    return CLI_OK;
}

/* The kinds of `csisms due`. A surveillance kind gives due and latest; the
 * others give one date from `single`. */
static const struct due_kind {
    const char *name;
    int surveillance;                          /* a CSISMS_SURV_* kind, or 0 */
    int (*single)(csisms_date, csisms_date *); /* else this period */
    const char *key;                           /* JSON key of the result */
    int window;                                /* the result opens a window closing on DATE */
    const char *clause;
    const char *given_zh, *given_en;   /* what DATE is */
    const char *result_zh, *result_en; /* what the result is */
    const char *latest_zh, *latest_en; /* surveillance: what latest is */
} kinds[] = {
    {"surveillance-first", CSISMS_SURV_FIRST, NULL, "due", 0, "5.1.1",
     "初次认证决定日期", "initial certification decision on",
     "第一次监督审核最迟", "first surveillance due by",
     "最迟（第一次监督审核不得推迟）", "latest (the first cannot be postponed)"},
    {"surveillance-second", CSISMS_SURV_SECOND, NULL, "due", 0, "5.1.1",
     "上次监督审核日期", "previous surveillance audit on",
     "第二次监督审核最迟", "second surveillance due by",
     "经批准推迟后最迟（最长3个月）", "latest if postponed (at most 3 months)"},
    {"surveillance-after-recert", CSISMS_SURV_AFTER_RECERT, NULL, "due", 0, "5.1.1",
     "再认证决定日期或上次监督审核日期", "recertification decision or previous surveillance on",
     "再认证后监督审核最迟", "surveillance after recertification due by",
     "经批准推迟后最迟（最长3个月）", "latest if postponed (at most 3 months)"},
    {"appeal", 0, csisms_appeal_due, "due", 0, "9",
     "受理申诉日期", "appeal received on",
     "书面通知处理结果最迟（60个日历日）", "written answer due by (60 calendar days)", NULL, NULL},
    {"suspension", 0, csisms_suspension_ends_by, "ends_by", 0, "7.1.2",
     "暂停日期", "suspended on",
     "暂停期最迟至（最长6个月）", "suspension may last until (at most 6 months)", NULL, NULL},
    {"correction", 0, csisms_correction_due, "due", 0, "7.2.1(7)",
     "要求纠正日期", "correction requested on",
     "纠正最迟（超过6个月未纠正的撤销证书）", "correction due by (6 months, else withdrawal)",
     NULL, NULL},
    {"recert-window", 0, csisms_recert_window_opens, "opens", 1, "6.1",
     "证书有效期至", "certificate valid until",
     "再认证申请期（期满前90天内）", "recertification window (90 days before expiry)", NULL, NULL},
    {"valid-until", 0, csisms_certificate_valid_until, "valid_until", 0, "8.2",
     "证书有效期起始日", "certificate valid from",
     "证书有效期至（三年）", "certificate valid until (three years)", NULL, NULL},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

int cmd_due(const struct cli *cli, int argc, char **argv)
{
    const struct due_kind *k = NULL;
    csisms_date date, result, latest = 0;
    int rc;

    if (cli_positionals(argc, argv, 2))
        return CLI_USAGE;
    for (size_t i = 0; i < NKINDS; i++)
        if (strcmp(argv[1], kinds[i].name) == 0)
            k = &kinds[i];
    if (!k)
        return cli_error("KIND", "'%s' is not surveillance-first, surveillance-second, "
                                 "surveillance-after-recert, appeal, suspension, correction, "
                                 "recert-window or valid-until", argv[1]);
    if (cli_parse_date("DATE", argv[2], &date))
        return CLI_USAGE;
    rc = k->surveillance ? csisms_surveillance_due(k->surveillance, date, &result, &latest)
                         : k->single(date, &result);
    if (rc != CSISMS_OK)
        return past_range("DATE", argv[2], "the period");

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_str(&j, "kind", k->name);
        json_date(&j, "date", date);
        json_date(&j, k->key, result);
        if (k->surveillance)
            json_date(&j, "latest", latest);
        if (k->window)
            json_date(&j, "closes", date);
        json_str(&j, "clause", k->clause);
        json_close(&j);
        return CLI_OK;
    }
    char d[CLI_DATE_LEN];
    printf("%s %s\n", cli_text(cli, k->given_zh, k->given_en), cli_date(date, d));
    line(cli, k->result_zh, k->result_en, result, k->window ? date : 0, k->clause);
    if (k->surveillance)
        line(cli, k->latest_zh, k->latest_en, latest, 0, k->clause);
    counting_note(cli);
    return CLI_OK;
}
