/* SPDX-License-Identifier: MIT */
/* csisms audit-time, combined, round: the audit-time figures of
 * doc/rules-model.md §1; every clause comes from the library's rule table. */
#include "cli.h"

#include <string.h>

static const struct basis_name {
    const char *name;
    int basis;
    int rule; /* its clause is also the JSON value */
} bases[] = {
    {"none", CSISMS_BASIS_NONE, CSISMS_RULE_ISMS_TABLE},
    {"isms-cert", CSISMS_BASIS_ISMS_CERT, CSISMS_RULE_NOTE_ISMS_CERT},
    {"isms-cert-here", CSISMS_BASIS_ISMS_CERT_HERE, CSISMS_RULE_NOTE_ISMS_CERT_HERE},
    {"combined", CSISMS_BASIS_COMBINED, CSISMS_RULE_NOTE_COMBINED},
};

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

int cmd_audit_time(const struct cli *cli, int argc, char **argv)
{
    const char *personnel_text = NULL, *basis_text = NULL;
    const struct basis_name *basis = &bases[0];
    uint32_t personnel, band = 0, lower = 0, upper = 0;
    int32_t isms, initial, derived[NFIGURES];
    int rc;

    for (int i = 1; i < argc; i++) {
        if ((rc = cli_option(argc, argv, &i, "--basis", CLI_OPT_ONCE, &basis_text)) != 0) {
            if (rc != 1)
                return CLI_USAGE;
            basis = NULL;
            for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++)
                if (strcmp(basis_text, bases[b].name) == 0)
                    basis = &bases[b];
            if (!basis)
                return cli_error("--basis", "'%s' is not none, isms-cert, isms-cert-here or combined",
                                 basis_text);
        } else if (strncmp(argv[i], "--", 2) == 0) {
            return cli_error(argv[i], "unknown option");
        } else if (!personnel_text) {
            personnel_text = argv[i];
        } else {
            return cli_usage(argv[0]);
        }
    }
    if (!personnel_text)
        return cli_usage(argv[0]);
    if (cli_parse_u32("PERSONNEL", personnel_text, &personnel))
        return CLI_USAGE;
    if (personnel == 0)
        return cli_error("PERSONNEL", "'%s': at least one effective person", personnel_text);

    csisms_isms_audit_days(personnel, &isms);
    csisms_isms_band_index(personnel, &band);
    csisms_isms_band(band, &lower, &upper, &rc);
    csisms_initial_audit_days(isms, basis->basis, &initial);
    for (size_t f = 0; f < NFIGURES; f++)
        figures[f].derive(initial, &derived[f]);

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_int(&j, "personnel", personnel);
        json_str(&j, "basis", basis->name);
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
        json_str(&j, "initial_days", CLAUSE(basis->rule));
        for (size_t f = 0; f < NFIGURES; f++)
            json_str(&j, figures[f].key, CLAUSE(figures[f].rule));
        json_close(&j);
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "有效人数 %lu（%s 人数段 %lu–%lu），基础：%s\n",
                    "%lu effective persons (%s band %lu-%lu), basis: %s\n"),
           (unsigned long)personnel, CLAUSE(CSISMS_RULE_ISMS_TABLE), (unsigned long)lower,
           (unsigned long)upper, basis->name);
    line(cli_text(cli, "ISMS初次认证审核时间（第1阶段+第2阶段）",
                  "ISMS initial audit time (stage 1 + stage 2)"),
         CLAUSE(CSISMS_RULE_ISMS_TABLE), isms, cli);
    line(cli_text(cli, "CSISMS初次认证审核时间", "CSISMS initial audit time"),
         CLAUSE(basis->rule), initial, cli);
    for (size_t f = 0; f < NFIGURES; f++)
        line(cli_text(cli, figures[f].zh, figures[f].en), CLAUSE(figures[f].rule), derived[f], cli);
    printf("%s [%s]\n", csisms_rule_text(CSISMS_RULE_ROUNDING, cli->lang),
           CLAUSE(CSISMS_RULE_ROUNDING));
    return CLI_OK;
}

int cmd_combined(const struct cli *cli, int argc, char **argv)
{
    int32_t parts[64], min;
    int n = argc - 1;

    if (n < 2)
        return cli_usage(argv[0]);
    if (n > (int)(sizeof parts / sizeof parts[0]))
        return cli_error(argv[0], "at most %d systems", (int)(sizeof parts / sizeof parts[0]));
    for (int i = 0; i < n; i++) {
        if (cli_parse_days("DAYS", argv[i + 1], &parts[i]))
            return CLI_USAGE;
        if (parts[i] < 1)
            return cli_error("DAYS", "'%s': each audit time must be more than 0", argv[i + 1]);
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

int cmd_round(const struct cli *cli, int argc, char **argv)
{
    int32_t hd;
    char d[CLI_DAYS_LEN];

    if (argc != 2)
        return cli_usage(argv[0]);
    if (cli_parse_days("DAYS", argv[1], &hd))
        return CLI_USAGE;
    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_str(&j, "input", argv[1]);
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
