/* SPDX-License-Identifier: MIT */
/* csisms audit-time, combined, round: doc/rules-model.md §1. */
#include "cli.h"

#include <string.h>

static const struct basis_name {
    const char *name;
    int basis;
    const char *clause;    /* also the JSON value */
    const char *clause_zh;
} bases[] = {
    {"none", CSISMS_BASIS_NONE, "Appendix A", "附录A"},
    {"isms-cert", CSISMS_BASIS_ISMS_CERT, "Appendix A note (1)", "附录A注(1)"},
    {"isms-cert-here", CSISMS_BASIS_ISMS_CERT_HERE, "Appendix A note (1)", "附录A注(1)"},
    {"combined", CSISMS_BASIS_COMBINED, "Appendix A note (2)", "附录A注(2)"},
};

/* The figures derived from the CSISMS initial audit time, in output order. */
static const struct figure {
    const char *key;
    const char *clause;
    const char *zh;
    const char *en;
    int (*derive)(int32_t, int32_t *);
} figures[] = {
    {"min_reduced_days", "4.5.1.1", "减少后的最少审核时间（减少不超过30%）",
     "least time after a reduction (at most 30 % less)", csisms_min_reduced_days},
    {"min_onsite_days", "4.5.1.2", "最少现场审核时间（不少于80%）",
     "least on-site time (at least 80 %)", csisms_min_onsite_days},
    {"surveillance_days", "5.2", "每次年度监督审核时间（1/3）",
     "each annual surveillance audit (1/3)", csisms_surveillance_days},
    {"surveillance_cycle_min_days", "5.2", "认证周期内监督审核总时间下限（2/3）",
     "least total surveillance time in a cycle (2/3)", csisms_surveillance_cycle_min_days},
    {"recert_min_days", "6.2", "再认证（省略第一阶段）最少时间（2/3）",
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
    uint32_t personnel, lower = 0, upper = 0;
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
    for (uint32_t b = 0; csisms_isms_band(b, &lower, &upper, &rc) == CSISMS_OK; b++)
        if (personnel <= upper)
            break;
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
        json_str(&j, "isms_days", "Appendix A");
        json_str(&j, "initial_days", basis->clause);
        for (size_t f = 0; f < NFIGURES; f++)
            json_str(&j, figures[f].key, figures[f].clause);
        json_close(&j);
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "有效人数 %lu（附录A 人数段 %lu–%lu），基础：%s\n",
                    "%lu effective persons (Appendix A band %lu-%lu), basis: %s\n"),
           (unsigned long)personnel, (unsigned long)lower, (unsigned long)upper, basis->name);
    line(cli_text(cli, "ISMS初次认证审核时间（第1阶段+第2阶段）",
                  "ISMS initial audit time (stage 1 + stage 2)"),
         cli_text(cli, "附录A", "Appendix A"), isms, cli);
    line(cli_text(cli, "CSISMS初次认证审核时间", "CSISMS initial audit time"),
         cli_text(cli, basis->clause_zh, basis->clause), initial, cli);
    for (size_t f = 0; f < NFIGURES; f++)
        line(cli_text(cli, figures[f].zh, figures[f].en), figures[f].clause, derived[f], cli);
    printf("%s\n", cli_text(cli, "所有时间均向上取整至0.5人天（附录A注）。",
                            "Every figure is rounded up to 0.5 person-day (Appendix A notes)."));
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
        json_str(&j, "clause", "10.2");
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "结合审核最少时间：%s 人日（各体系审核时间之和的80%%，向上取整至0.5人天）[10.2]\n",
                    "combined audit at least %s days (80 %% of the separate times, rounded up "
                    "to 0.5 day) [10.2]\n"),
           cli_days(min, b));
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
        json_str(&j, "clause", "Appendix A notes");
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "%s 人日（向上取整至0.5人天，附录A注）\n",
                    "%s days (rounded up to 0.5 person-day, Appendix A notes)\n"),
           cli_days(hd, d));
    return CLI_OK;
}
