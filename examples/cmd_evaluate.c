/* SPDX-License-Identifier: MIT */
/* csisms evaluate — the verdict on a certificate.
 *
 *   csisms evaluate --today D --valid-until D [--suspended-on D] [--resolved]
 *       [--surveillance-latest D] [--correction-requested D] [--corrected]
 *       [--ground CLAUSE]...
 *
 * CLAUSE names a suspension or withdrawal ground the way the rules number
 * it; the library maps clauses to reason bits (csisms_reason_of_clause).
 */
#include "cli.h"

#include <string.h>

/* The options, in the order of the usage line. */
enum {
    OPT_TODAY, OPT_VALID_UNTIL, OPT_SUSPENDED_ON, OPT_RESOLVED, OPT_SURVEILLANCE,
    OPT_CORRECTION, OPT_CORRECTED, OPT_GROUND, NOPTS
};

/* The grounds a body establishes (7.1.1, 7.2.1), from the library. */
static int ground_values(size_t i, struct cli_choice *out, int lang)
{
    const uint32_t grounds = CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS;
    size_t n = 0;

    (void)lang;
    for (int b = 0; b < 32; b++) {
        uint32_t bit = 1u << b;
        if (!(grounds & bit) || csisms_reason_clause(bit) == NULL || n++ != i)
            continue;
        out->name = csisms_reason_clause(bit);
        out->value = (int)b;
        out->rule = 0;
        out->zh = csisms_reason_text(bit, CSISMS_LANG_ZH);
        out->en = csisms_reason_text(bit, CSISMS_LANG_EN);
        return 1;
    }
    return 0;
}

static const struct cli_opt evaluate_opts[NOPTS] = {
    [OPT_TODAY] = {"--today", NULL, "D", CLI_OPT_REQUIRED, 0, NULL, 0, NULL,
                   "评估的日期", "the day of the evaluation"},
    [OPT_VALID_UNTIL] = {"--valid-until", NULL, "D", CLI_OPT_REQUIRED, 0, NULL, 0, NULL,
                         "证书有效期的最后一天", "the certificate's last valid day"},
    [OPT_SUSPENDED_ON] = {"--suspended-on", NULL, "D", 0, 0, NULL, 0, NULL,
                          "证书的暂停日期（不晚于 --today）",
                          "the day the certificate was suspended (not after --today)"},
    [OPT_RESOLVED] = {"--resolved", NULL, NULL, 0, 0, NULL, 0, NULL,
                      "导致暂停的问题已解决", "the problem that caused the suspension is resolved"},
    [OPT_SURVEILLANCE] = {"--surveillance-latest", NULL, "D", 0, 0, NULL, 0, NULL,
                          "待进行的监督审核的最后允许日期（含推迟）",
                          "the last permitted day of the pending surveillance audit "
                          "(postponement included)"},
    [OPT_CORRECTION] = {"--correction-requested", NULL, "D", 0, 0, NULL, 0, NULL,
                        "机构要求纠正认证引用或宣传的日期（不晚于 --today）",
                        "the day the body asked for a correction of how the certification is "
                        "cited (not after --today)"},
    [OPT_CORRECTED] = {"--corrected", NULL, NULL, 0, 0, NULL, 0, NULL,
                       "所要求的纠正已完成", "the requested correction is made"},
    /* OPEN: parse_ground checks the value, and says why one is no ground */
    [OPT_GROUND] = {"--ground", NULL, "CLAUSE", CLI_OPT_REPEAT | CLI_OPT_OPEN, 0, NULL, 0,
                    ground_values,
                    "机构认定的暂停或撤销的事由，按规则的条款编号",
                    "a ground for suspension or withdrawal the body has established, by its "
                    "clause"},
};

/* The options that are dates, and the fields they fill. */
static const int date_options[] = {
    OPT_TODAY, OPT_VALID_UNTIL, OPT_SUSPENDED_ON, OPT_SURVEILLANCE, OPT_CORRECTION,
};

/* A ground's clause → its reason bit (only the grounds a body establishes). */
static int parse_ground(const char *text, uint32_t *bit)
{
    const char *name = evaluate_opts[OPT_GROUND].name;
    const uint32_t grounds = CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS;

    uint32_t reason;

    if (csisms_reason_of_clause(text, &reason) == CSISMS_OK) {
        if ((grounds & reason) == 0)
            return cli_bad(name, text,
                           "'%s' is derived from the dates, not a ground; "
                           "use the date options", text);
        *bit = reason;
        return 0;
    }
    return cli_bad(name, text, "'%s' is not a ground of %s or %s (like %s or %s)", text,
                   csisms_checklist_clause(CSISMS_LIST_SUSPENSION),
                   csisms_checklist_clause(CSISMS_LIST_WITHDRAWAL),
                   csisms_reason_clause(CSISMS_R_ORDERED_TO_HALT),
                   csisms_reason_clause(CSISMS_R_SUSPENSION_EXPIRED));
}

static void print_text(const struct cli *cli, const csisms_verdict *v)
{
    char date[CLI_DATE_LEN];

    printf("%s%s\n", cli_text(cli, "结论：", "Verdict: "),
           csisms_action_name(v->action, cli->lang));

    printf("%s", cli_text(cli, "理由：", "Reasons:"));
    if (v->reasons == 0)
        printf("%s\n", cli_text(cli, "无", " none"));
    else
        putchar('\n');
    for (int i = 0; i < 32; i++) {
        uint32_t bit = 1u << i;
        if (v->reasons & bit)
            printf("  %-9s %s\n", csisms_reason_clause(bit), csisms_reason_text(bit, cli->lang));
    }

    printf("%s", cli_text(cli, "义务：", "Duties:"));
    if (v->duties == 0)
        printf("%s\n", cli_text(cli, "无", " none"));
    else
        putchar('\n');
    for (int i = 0; i < 32; i++) {
        uint32_t bit = 1u << i;
        if (v->duties & bit)
            printf("  %-9s %s\n", csisms_duty_clause(bit), csisms_duty_text(bit, cli->lang));
    }

    printf("%s%s\n", cli_text(cli, "暂停期限：", "Suspension deadline: "),
           cli_date(v->deadline, date));
    printf("%s%s\n", cli_text(cli, "下次复核：", "Next review: "), cli_date(v->next_review, date));
}

static void print_json(const struct cli *cli, const csisms_verdict *v)
{
    struct json j = {0, {0}};
    char key[16];
    const char *name = csisms_action_name(v->action, CSISMS_LANG_EN);
    size_t n = 0;

    /* snake_case key of the action: its English name in lower case */
    for (; name[n] != '\0' && n + 1 < sizeof key; n++)
        key[n] = (char)(name[n] >= 'A' && name[n] <= 'Z' ? name[n] - 'A' + 'a' : name[n]);
    key[n] = '\0';

    json_open(&j, NULL);
    json_str(&j, "action", key);
    json_str(&j, "action_name", csisms_action_name(v->action, cli->lang));
    json_array(&j, "reasons");
    for (int i = 0; i < 32; i++) {
        uint32_t bit = 1u << i;
        if (!(v->reasons & bit))
            continue;
        json_open(&j, NULL);
        json_str(&j, "clause", csisms_reason_clause(bit));
        json_str(&j, "text", csisms_reason_text(bit, cli->lang));
        json_close(&j);
    }
    json_end(&j);
    json_array(&j, "duties");
    for (int i = 0; i < 32; i++) {
        uint32_t bit = 1u << i;
        if (!(v->duties & bit))
            continue;
        json_open(&j, NULL);
        json_str(&j, "clause", csisms_duty_clause(bit));
        json_str(&j, "text", csisms_duty_text(bit, cli->lang));
        json_close(&j);
    }
    json_end(&j);
    json_date(&j, "deadline", v->deadline);
    json_date(&j, "next_review", v->next_review);
    json_close(&j);
}

static int run_evaluate(const struct cli *cli, const struct cli_parsed *p)
{
    csisms_date dates[NOPTS] = {0};
    uint32_t grounds = 0;
    const char *value;
    int cursor = 0;

    for (size_t k = 0; k < CLI_COUNT(date_options); k++) {
        const int d = date_options[k];
        const char *name = evaluate_opts[d].name;
        if (!p->value[d])
            continue;
        if (cli_parse_date(name, p->value[d], &dates[d]) != 0)
            return CLI_USAGE;
        if (dates[d] > CSISMS_DATE_INPUT_MAX)
            return cli_bad(name, p->value[d], "'%s' is after 9998-12-31", p->value[d]);
    }
    while ((value = cli_next(p, OPT_GROUND, &cursor)) != NULL) {
        uint32_t bit = 0;
        if (parse_ground(value, &bit) != 0)
            return CLI_USAGE;
        grounds |= bit;
    }
    for (size_t k = 0; k < 2; k++) {
        const int d = k == 0 ? OPT_SUSPENDED_ON : OPT_CORRECTION;
        if (dates[d] > dates[OPT_TODAY])
            return cli_bad(evaluate_opts[d].name, p->value[d], "'%s' is after %s", p->value[d],
                           evaluate_opts[OPT_TODAY].name);
    }

    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v = CSISMS_VERDICT_INIT;
    f.grounds = grounds;
    f.today = dates[OPT_TODAY];
    f.valid_until = dates[OPT_VALID_UNTIL];
    f.suspended_on = dates[OPT_SUSPENDED_ON];
    f.surveillance_latest = dates[OPT_SURVEILLANCE];
    f.correction_requested = dates[OPT_CORRECTION];
    f.suspension_resolved = p->given[OPT_RESOLVED] > 0;
    f.correction_done = p->given[OPT_CORRECTED] > 0;

    int rc = csisms_evaluate(&f, &v);
    if (rc != CSISMS_OK)
        return cli_error("evaluate", "%s", csisms_strerror(rc));

    if (cli->json)
        print_json(cli, &v);
    else
        print_text(cli, &v);
    return CLI_OK;
}

const struct cli_cmd cmd_evaluate = {
    "evaluate", run_evaluate, "", 0, 0, NULL, 0, CLI_CHOICES(evaluate_opts),
    "证书处理结论", "certificate verdict",
};
