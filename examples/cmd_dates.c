/* SPDX-License-Identifier: MIT */
/* csisms due: one period of doc/rules-model.md §2 (its clause from the
 * library's rule table). */
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
                 csisms_date to, int rule)
{
    char a[CLI_DATE_LEN], b[CLI_DATE_LEN];

    printf("  ");
    if (from == 0) {
        printf("%s  [%s]\n", cli_text(cli, zh, en), csisms_rule_clause(rule));
        return;
    }
    cli_pad(cli_text(cli, zh, en), 48);
    printf(" %s", cli_date(from, a));
    if (to != 0)
        printf(" %s %s", cli_text(cli, "至", "to"), cli_date(to, b));
    printf("  [%s]\n", csisms_rule_clause(rule));
}

static int past_range(const char *arg, const char *text, const char *what)
{
    return cli_bad(arg, text, "'%s': %s does not end between 0001-01-01 and 9999-12-31", text,
                   what);
}

/* The kinds of `csisms due`. A surveillance kind gives due and latest; the
 * others give one date from `single`. */
static const struct due_kind {
    const char *name;
    int surveillance;                          /* a CSISMS_SURV_* kind, or 0 */
    int (*single)(csisms_date, csisms_date *); /* else this period */
    const char *key;                           /* JSON key of the result */
    int window;                                /* the result opens a window closing on DATE */
    int rule;                          /* the rule the result comes from */
    const char *given_zh, *given_en;   /* what DATE is */
    const char *result_zh, *result_en; /* what the result is */
    const char *latest_zh, *latest_en; /* surveillance: what latest is */
} kinds[] = {
    {"surveillance-first", CSISMS_SURV_FIRST, NULL, "due", 0, CSISMS_RULE_FIRST_SURVEILLANCE,
     "初次认证决定日期", "initial certification decision on",
     "第一次监督审核最迟", "first surveillance due by",
     "最迟（第一次监督审核不得推迟）", "latest (the first cannot be postponed)"},
    {"surveillance-second", CSISMS_SURV_SECOND, NULL, "due", 0, CSISMS_RULE_SURVEILLANCE_INTERVAL,
     "上次监督审核日期", "previous surveillance audit on",
     "第二次监督审核最迟", "second surveillance due by",
     "经批准推迟后最迟（最长3个月）", "latest if postponed (at most 3 months)"},
    {"surveillance-after-recert", CSISMS_SURV_AFTER_RECERT, NULL, "due", 0, CSISMS_RULE_SURVEILLANCE_INTERVAL,
     "再认证决定日期或上次监督审核日期", "recertification decision or previous surveillance on",
     "再认证后监督审核最迟", "surveillance after recertification due by",
     "经批准推迟后最迟（最长3个月）", "latest if postponed (at most 3 months)"},
    {"appeal", 0, csisms_appeal_due, "due", 0, CSISMS_RULE_APPEAL_PERIOD,
     "受理申诉日期", "appeal received on",
     "书面通知处理结果最迟（60个日历日）", "written answer due by (60 calendar days)", NULL, NULL},
    {"suspension", 0, csisms_suspension_ends_by, "ends_by", 0, CSISMS_RULE_SUSPENSION_PERIOD,
     "暂停日期", "suspended on",
     "暂停期最迟至（最长6个月）", "suspension may last until (at most 6 months)", NULL, NULL},
    {"correction", 0, csisms_correction_due, "due", 0, CSISMS_RULE_CORRECTION_PERIOD,
     "要求纠正日期", "correction requested on",
     "纠正最迟（超过6个月未纠正的撤销证书）", "correction due by (6 months, else withdrawal)",
     NULL, NULL},
    {"recert-window", 0, csisms_recert_window_opens, "opens", 1, CSISMS_RULE_RECERT_WINDOW,
     "证书有效期至", "certificate valid until",
     "再认证申请期（期满前90天内）", "recertification window (90 days before expiry)", NULL, NULL},
    {"valid-until", 0, csisms_certificate_valid_until, "valid_until", 0, CSISMS_RULE_VALIDITY,
     "证书有效期起始日", "certificate valid from",
     "证书有效期至（三年）", "certificate valid until (three years)", NULL, NULL},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* The kinds as the values of KIND: what the result is, and its rule. */
static int kind_values(size_t i, struct cli_choice *out, int lang)
{
    static char text[512]; /* read before the next call (help prints each at once) */

    if (i >= NKINDS)
        return 0;
    out->name = kinds[i].name;
    out->value = (int)i;
    out->rule = kinds[i].rule;
    if (lang == CSISMS_LANG_ZH)
        snprintf(text, sizeof text, "%s DATE → %s", kinds[i].given_zh, kinds[i].result_zh);
    else
        snprintf(text, sizeof text, "%s DATE → %s", kinds[i].given_en, kinds[i].result_en);
    out->zh = out->en = text;
    return 1;
}

static const struct cli_opt due_args[] = {
    {"KIND", NULL, NULL, 0, 0, NULL, 0, kind_values, "期限的种类", "the period"},
    {"DATE", NULL, NULL, 0, 0, NULL, 0, NULL, "期限起算的日期（见 KIND）",
     "the date the period starts from (see KIND)"},
};

static int run_due(const struct cli *cli, const struct cli_parsed *p)
{
    const struct due_kind *k;
    struct cli_choice kind;
    csisms_date date, result, latest = 0;
    int rc;

    if (cli_choose(&due_args[0], p->arg[0], &kind))
        return CLI_USAGE;
    k = &kinds[kind.value];
    if (cli_parse_date("DATE", p->arg[1], &date))
        return CLI_USAGE;
    rc = k->surveillance ? csisms_surveillance_due(k->surveillance, date, &result, &latest)
                         : k->single(date, &result);
    if (rc != CSISMS_OK)
        return past_range("DATE", p->arg[1], "the period");

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
        json_str(&j, "clause", csisms_rule_clause(k->rule));
        json_close(&j);
        return CLI_OK;
    }
    char d[CLI_DATE_LEN];
    printf("%s %s\n", cli_text(cli, k->given_zh, k->given_en), cli_date(date, d));
    line(cli, k->result_zh, k->result_en, result, k->window ? date : 0, k->rule);
    if (k->surveillance)
        line(cli, k->latest_zh, k->latest_en, latest, 0,
             k->surveillance == CSISMS_SURV_FIRST ? k->rule : CSISMS_RULE_POSTPONEMENT);
    counting_note(cli);
    return CLI_OK;
}

const struct cli_cmd cmd_due = {
    "due", run_due, "KIND DATE", 2, 2, CLI_CHOICES(due_args), NULL, 0,
    "单个期限", "one period",
};
