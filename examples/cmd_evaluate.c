/* SPDX-License-Identifier: MIT */
/* csisms evaluate — the verdict on a certificate (5.1.2, 7, 8.2).
 *
 *   csisms evaluate --today D --valid-until D [--suspended-on D] [--resolved]
 *       [--surveillance-latest D] [--correction-requested D] [--corrected]
 *       [--ground CLAUSE]...
 *
 * CLAUSE names a ground of 7.1.1 or 7.2.1 the way the rules number it,
 * "7.1.1(3)" or "7.2.1(5)"; the library maps clauses to reason bits.
 */
#include "cli.h"

#include <string.h>

/* The date options, in the order of the usage line. */
enum { OPT_TODAY, OPT_VALID_UNTIL, OPT_SUSPENDED_ON, OPT_SURVEILLANCE, OPT_CORRECTION, NDATES };

static const char *const date_options[NDATES] = {
    "--today", "--valid-until", "--suspended-on", "--surveillance-latest",
    "--correction-requested",
};

#define LAST_DATE 99981231 /* csisms_evaluate accepts no later date */

/* A ground's clause → its reason bit (only the grounds a body establishes). */
static int parse_ground(const char *text, uint32_t *bit)
{
    const uint32_t grounds = CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS;

    for (int i = 0; i < 32; i++) {
        const char *clause = csisms_reason_clause(1u << i);
        if (clause == NULL || strcmp(clause, text) != 0)
            continue;
        if ((grounds & (1u << i)) == 0)
            return cli_error("--ground",
                             "'%s' is derived from the dates, not a ground; "
                             "use the date options", text);
        *bit = 1u << i;
        return 0;
    }
    return cli_error("--ground", "'%s' is not a ground of 7.1.1 or 7.2.1 (like 7.1.1(3) or 7.2.1(5))",
                     text);
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

int cmd_evaluate(const struct cli *cli, int argc, char **argv)
{
    csisms_date dates[NDATES] = {0};
    const char *given[NDATES] = {NULL};
    uint32_t grounds = 0;
    int resolved = 0, corrected = 0;

    for (int i = 1; i < argc; i++) {
        const char *value = NULL;
        int rc = 0, d;

        for (d = 0; d < NDATES; d++)
            if ((rc = cli_option(argc, argv, &i, date_options[d], CLI_OPT_ONCE, &given[d])) != 0)
                break;
        if (rc == CLI_USAGE)
            return CLI_USAGE;
        if (d < NDATES) {
            if (cli_parse_date(date_options[d], given[d], &dates[d]) != 0)
                return CLI_USAGE;
            if (dates[d] > LAST_DATE)
                return cli_error(date_options[d], "'%s' is after 9998-12-31", given[d]);
            continue;
        }
        if ((rc = cli_option(argc, argv, &i, "--ground", CLI_OPT_REPEAT, &value)) != 0) {
            uint32_t bit = 0;
            if (rc == CLI_USAGE || parse_ground(value, &bit) != 0)
                return CLI_USAGE;
            grounds |= bit;
        } else if (strcmp(argv[i], "--resolved") == 0) {
            resolved = 1;
        } else if (strcmp(argv[i], "--corrected") == 0) {
            corrected = 1;
        } else if (argv[i][0] == '-') {
            return cli_error(argv[i], "unknown option; see 'csisms evaluate --help'");
        } else {
            return cli_error(argv[i], "unexpected argument; see 'csisms evaluate --help'");
        }
    }
    if (given[OPT_TODAY] == NULL)
        return cli_error("--today", "missing (the day of the evaluation)");
    if (given[OPT_VALID_UNTIL] == NULL)
        return cli_error("--valid-until", "missing (the certificate's last valid day)");
    if (dates[OPT_SUSPENDED_ON] > dates[OPT_TODAY])
        return cli_error("--suspended-on", "'%s' is after --today", given[OPT_SUSPENDED_ON]);
    if (dates[OPT_CORRECTION] > dates[OPT_TODAY])
        return cli_error("--correction-requested", "'%s' is after --today",
                         given[OPT_CORRECTION]);

    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v = CSISMS_VERDICT_INIT;
    f.grounds = grounds;
    f.today = dates[OPT_TODAY];
    f.valid_until = dates[OPT_VALID_UNTIL];
    f.suspended_on = dates[OPT_SUSPENDED_ON];
    f.surveillance_latest = dates[OPT_SURVEILLANCE];
    f.correction_requested = dates[OPT_CORRECTION];
    f.suspension_resolved = resolved;
    f.correction_done = corrected;

    int rc = csisms_evaluate(&f, &v);
    if (rc != CSISMS_OK)
        return cli_error(argv[0], "%s", csisms_strerror(rc));

    if (cli->json)
        print_json(cli, &v);
    else
        print_text(cli, &v);
    return CLI_OK;
}
