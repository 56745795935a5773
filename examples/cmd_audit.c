/* SPDX-License-Identifier: MIT */
/* csisms audit-time, combined, round: the audit-time figures of
 * doc/rules-model.md §1; every clause comes from the library's rule table. */
#include "cli.h"

#include <string.h>

/* The clause of a rule, from the library. */
#define CLAUSE(rule) csisms_rule_clause(rule)

/* The figures derived from the CSISMS initial audit time, in output order. */
static const struct figure {
    const char *key;
    int rule;
    const char *zh;
    const char *en;
    int (*derive)(int32_t, int32_t *);
} figures[] = {
    {"min_reduced_days", CSISMS_RULE_REDUCTION, "减少后的最少审核时间（减少不超过30%）",
     "least time after a reduction (at most 30 % less)", csisms_min_reduced_days},
    {"min_onsite_days", CSISMS_RULE_ONSITE, "最少现场审核时间（不少于80%）",
     "least on-site time (at least 80 %)", csisms_min_onsite_days},
    {"surveillance_days", CSISMS_RULE_SURVEILLANCE_TIME, "每次年度监督审核时间（1/3）",
     "each annual surveillance audit (1/3)", csisms_surveillance_days},
    {"surveillance_cycle_min_days", CSISMS_RULE_SURVEILLANCE_CYCLE, "认证周期内监督审核总时间下限（2/3）",
     "least total surveillance time in a cycle (2/3)", csisms_surveillance_cycle_min_days},
    {"recert_min_days", CSISMS_RULE_RECERT_TIME, "再认证（省略第一阶段）最少时间（2/3）",
     "least recertification time without stage 1 (2/3)", csisms_recert_min_days},
};
#define NFIGURES (sizeof figures / sizeof figures[0])

static void line(const char *label, const char *clause, int32_t halfdays, const struct cli *cli)
{
    char d[CLI_DAYS_LEN];

    printf("  ");
    cli_pad(label, 52);
    printf(" %6s %s  [%s]\n", cli_days(halfdays, d), cli_text(cli, "人日", "days"), clause);
}

enum { AT_BASIS };
static const struct cli_opt audit_time_args[] = {
    {"PERSONNEL", NULL, NULL, 0, 0, NULL, 0, NULL,
     "有效人数（不小于1的整数）", "effective persons, a whole number from 1"},
};
static const struct cli_opt audit_time_opts[] = {
    [AT_BASIS] = {"--basis", NULL, "B", 0, 0, CLI_CHOICES(cli_bases), NULL,
                  "CSISMS审核时间的基础（默认 none）", "what the CSISMS audit time rests on (default none)"},
};

static int run_audit_time(const struct cli *cli, const struct cli_parsed *p)
{
    const char *personnel_text = p->arg[0];
    struct cli_choice basis = cli_bases[0];
    uint32_t personnel, band = 0, lower = 0, upper = 0;
    int32_t isms, initial, derived[NFIGURES];
    int rc;

    if (p->value[AT_BASIS] && cli_choose(&audit_time_opts[AT_BASIS], p->value[AT_BASIS], &basis))
        return CLI_USAGE;
    if (cli_parse_u32("PERSONNEL", personnel_text, &personnel))
        return CLI_USAGE;
    if (personnel == 0)
        return cli_bad("PERSONNEL", personnel_text, "'%s': at least one effective person",
                       personnel_text);

    csisms_isms_audit_days(personnel, &isms);
    csisms_isms_band_index(personnel, &band);
    csisms_isms_band(band, &lower, &upper, &rc);
    csisms_initial_audit_days(isms, basis.value, &initial);
    for (size_t f = 0; f < NFIGURES; f++)
        figures[f].derive(initial, &derived[f]);

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_int(&j, "personnel", personnel);
        json_str(&j, "basis", basis.name);
        json_open(&j, "band");
        json_int(&j, "lower", lower);
        json_int(&j, "upper", upper);
        json_close(&j);
        json_days(&j, "isms_days", isms);
        json_days(&j, "initial_days", initial);
        for (size_t f = 0; f < NFIGURES; f++)
            json_days(&j, figures[f].key, derived[f]);
        json_open(&j, "clauses");
        json_str(&j, "isms_days", CLAUSE(CSISMS_RULE_ISMS_TABLE));
        json_str(&j, "initial_days", CLAUSE(basis.rule));
        for (size_t f = 0; f < NFIGURES; f++)
            json_str(&j, figures[f].key, CLAUSE(figures[f].rule));
        json_close(&j);
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "有效人数 %lu（%s 人数段 %lu–%lu），基础：%s\n",
                    "%lu effective persons (%s band %lu-%lu), basis: %s\n"),
           (unsigned long)personnel, CLAUSE(CSISMS_RULE_ISMS_TABLE), (unsigned long)lower,
           (unsigned long)upper, basis.name);
    line(cli_text(cli, "ISMS初次认证审核时间（第1阶段+第2阶段）",
                  "ISMS initial audit time (stage 1 + stage 2)"),
         CLAUSE(CSISMS_RULE_ISMS_TABLE), isms, cli);
    line(cli_text(cli, "CSISMS初次认证审核时间", "CSISMS initial audit time"),
         CLAUSE(basis.rule), initial, cli);
    for (size_t f = 0; f < NFIGURES; f++)
        line(cli_text(cli, figures[f].zh, figures[f].en), CLAUSE(figures[f].rule), derived[f], cli);
    printf("%s [%s]\n", csisms_rule_text(CSISMS_RULE_ROUNDING, cli->lang),
           CLAUSE(CSISMS_RULE_ROUNDING));
    return CLI_OK;
}

#define MAX_PARTS 64
static const struct cli_opt combined_args[] = {
    {"DAYS", NULL, NULL, 0, 0, NULL, 0, NULL,
     "每个管理体系单独审核的时间（人日，如 8.5；2 至 64 个）",
     "each management system's separate audit time (days, like 8.5; 2 to 64 of them)"},
};

static int run_combined(const struct cli *cli, const struct cli_parsed *p)
{
    int32_t parts[MAX_PARTS], min;
    int n = p->nargs;

    for (int i = 0; i < n; i++) {
        if (cli_parse_days("DAYS", p->arg[i], &parts[i]))
            return CLI_USAGE;
        if (parts[i] < 1)
            return cli_bad("DAYS", p->arg[i], "'%s': each audit time must be more than 0",
                           p->arg[i]);
    }
    if (csisms_combined_min_days(parts, (size_t)n, &min) != CSISMS_OK)
        return cli_error("DAYS", "the total is too large");

    char b[CLI_DAYS_LEN];
    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_array(&j, "parts_days");
        for (int i = 0; i < n; i++)
            json_days(&j, NULL, parts[i]);
        json_end(&j);
        json_days(&j, "min_days", min);
        json_str(&j, "clause", CLAUSE(CSISMS_RULE_COMBINED_TIME));
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "结合审核最少时间：%s 人日（各体系审核时间之和的80%%，向上取整至0.5人天）[%s]\n",
                    "combined audit at least %s days (80 %% of the separate times, rounded up "
                    "to 0.5 day) [%s]\n"),
           cli_days(min, b), CLAUSE(CSISMS_RULE_COMBINED_TIME));
    return CLI_OK;
}

static const struct cli_opt round_args[] = {
    {"DAYS", NULL, NULL, 0, 0, NULL, 0, NULL,
     "人日数（如 3.4）", "a number of days (like 3.4)"},
};

static int run_round(const struct cli *cli, const struct cli_parsed *p)
{
    int32_t hd;
    char d[CLI_DAYS_LEN];

    if (cli_parse_days("DAYS", p->arg[0], &hd))
        return CLI_USAGE;
    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_str(&j, "input", p->arg[0]);
        json_days(&j, "days", hd);
        json_int(&j, "halfdays", hd);
        json_str(&j, "clause", CLAUSE(CSISMS_RULE_ROUNDING));
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "%s 人日（向上取整至0.5人天，%s）\n",
                    "%s days (rounded up to 0.5 person-day, %s)\n"),
           cli_days(hd, d), CLAUSE(CSISMS_RULE_ROUNDING));
    return CLI_OK;
}

const struct cli_cmd cmd_audit_time = {
    "audit-time", run_audit_time, "PERSONNEL", 1, 1, CLI_CHOICES(audit_time_args),
    CLI_CHOICES(audit_time_opts), "审核时间及其派生时间", "audit time and the figures derived from it",
};
const struct cli_cmd cmd_combined = {
    "combined", run_combined, "DAYS DAYS...", 2, MAX_PARTS, CLI_CHOICES(combined_args), NULL, 0,
    "结合审核的最少时间", "least time of a combined audit",
};
const struct cli_cmd cmd_round = {
    "round", run_round, "DAYS", 1, 1, CLI_CHOICES(round_args), NULL, 0,
    "向上取整至0.5人天", "round up to 0.5 person-day",
};
