/* SPDX-License-Identifier: MIT */
/* csisms programme, justify, record-check, cycle: the audit programme of a
 * certification cycle (text, JSON, CSV, iCalendar), the audit-time
 * determination step by step, and the check of an audit record.  Every
 * figure, clause and rule text comes from the library. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_AUDITS 64

/* Names of the programme kinds (index = kind), on the command line, in JSON,
 * CSV and iCalendar UIDs, and their labels. */
static const struct kind_name {
    const char *name;
    const char *zh;
    const char *en;
} kinds[] = {
    {NULL, NULL, NULL},
    {"initial", "初次认证审核（第一阶段+第二阶段）", "Initial audit (stage 1 + stage 2)"},
    {"recert-start", "再认证审核（本周期开始）", "Recertification audit (starts the cycle)"},
    {"validity", "证书有效期", "Certificate validity"},
    {"surveillance1", "第一次监督审核", "Surveillance audit 1"},
    {"surveillance2", "第二次监督审核", "Surveillance audit 2"},
    {"recert", "再认证审核（周期结束）", "Recertification audit (end of the cycle)"},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

/* The options a client is described with, for programme, record-check
 * and justify: each command's table is a slice of this one (programme: all;
 * record-check: the first 7; justify: BASIS to SITES). */
enum {
    C_DECIDED, C_RECERT_OF, C_STAGE1_OMITTED, C_OPERATING_SINCE, C_BASIS, C_COMBINED,
    C_PLANNED, C_SITES, C_CSV, C_ICS, NCLIENT
};
enum { G_CYCLE = 1, G_FORMAT = 2 };
static const struct cli_opt client_opts[NCLIENT] = {
    [C_DECIDED] = {"--decided", NULL, "DATE", CLI_OPT_REQUIRED, G_CYCLE, NULL, 0, NULL,
                   "初次认证：认证决定日期", "an initial certification: the decision date"},
    [C_RECERT_OF] = {"--recert-of", NULL, "DATE", CLI_OPT_REQUIRED, G_CYCLE, NULL, 0, NULL,
                     "再认证：原证书有效期的最后一天",
                     "a recertification: the old certificate's last valid day"},
    [C_STAGE1_OMITTED] = {"--stage1-omitted", NULL, NULL, 0, 0, NULL, 0, NULL,
                          "再认证省略第一阶段", "the recertification omits stage 1"},
    [C_OPERATING_SINCE] = {"--operating-since", NULL, "DATE", 0, 0, NULL, 0, NULL,
                           "管理体系开始运行的第一天", "the first day the management system operated"},
    [C_BASIS] = {"--basis", NULL, "B", 0, 0, CLI_CHOICES(cli_bases), NULL,
                 "CSISMS审核时间的基础（默认 none）",
                 "what the CSISMS audit time rests on (default none)"},
    [C_COMBINED] = {"--combined", NULL, "DAYS", 0, 0, NULL, 0, NULL,
                    "结合审核时另一体系单独审核的时间（人日）",
                    "the other system's separate audit time, audited together (days)"},
    [C_PLANNED] = {"--planned", NULL, "DAYS", 0, 0, NULL, 0, NULL,
                   "计划的（减少后的）审核时间（人日）", "the planned (reduced) audit time (days)"},
    [C_SITES] = {"--sites", NULL, "N", 0, 0, NULL, 0, NULL,
                 "中心职能以外的场所数", "the number of sites besides the central function"},
    [C_CSV] = {"--csv", NULL, NULL, 0, G_FORMAT, NULL, 0, NULL,
               "输出 CSV（RFC 4180）", "print CSV (RFC 4180)"},
    [C_ICS] = {"--ics", NULL, NULL, 0, G_FORMAT, NULL, 0, NULL,
               "输出 iCalendar（RFC 5545）：每个期间和最迟日期一个全天事件",
               "print iCalendar (RFC 5545): an all-day event for every window and due date"},
};
#define JUSTIFY_FIRST C_BASIS
#define JUSTIFY_COUNT (C_SITES + 1 - C_BASIS)
#define RECORD_CHECK_COUNT (C_PLANNED + 1)

static const struct cli_opt personnel_arg = {
    "PERSONNEL", NULL, NULL, 0, 0, NULL, 0, NULL, "有效人数（不小于1的整数）",
    "effective persons, a whole number from 1"};

/* Option opt of client_opts as parsed for a command whose table is a
 * slice of it: its value (NULL when absent or not in the slice). */
static const char *client_value(const struct cli_parsed *p, int opt, int *given)
{
    const ptrdiff_t at = opt - (p->cmd->opts - client_opts);

    if (at < 0 || at >= (ptrdiff_t)p->cmd->nopts) {
        *given = 0;
        return NULL;
    }
    *given = p->given[at];
    return p->value[at];
}

/* The options a client is described with; returns 0 or CLI_USAGE. */
struct client_args {
    csisms_client client;
    const char *basis_name;
    int csv, ics;
};

static int parse_client(const struct cli_parsed *p, struct client_args *a)
{
    const char *v;
    int given;
    csisms_client init = CSISMS_CLIENT_INIT;

    a->client = init;
    a->client.cycle = CSISMS_CYCLE_INITIAL;
    a->basis_name = cli_bases[0].name;
    if ((v = client_value(p, C_BASIS, &given)) != NULL) {
        struct cli_choice c;
        if (cli_choose(&client_opts[C_BASIS], v, &c))
            return CLI_USAGE;
        a->client.basis = c.value;
        a->basis_name = c.name;
    }
    if ((v = client_value(p, C_DECIDED, &given)) != NULL
        && cli_parse_date(client_opts[C_DECIDED].name, v, &a->client.reference))
        return CLI_USAGE;
    if ((v = client_value(p, C_RECERT_OF, &given)) != NULL) {
        if (cli_parse_date(client_opts[C_RECERT_OF].name, v, &a->client.reference))
            return CLI_USAGE;
        a->client.cycle = CSISMS_CYCLE_RECERT;
    }
    if ((v = client_value(p, C_OPERATING_SINCE, &given)) != NULL
        && cli_parse_date(client_opts[C_OPERATING_SINCE].name, v, &a->client.operating_since))
        return CLI_USAGE;
    if ((v = client_value(p, C_COMBINED, &given)) != NULL
        && cli_parse_days(client_opts[C_COMBINED].name, v, &a->client.combined_halfdays))
        return CLI_USAGE;
    if ((v = client_value(p, C_PLANNED, &given)) != NULL) {
        if (cli_parse_days(client_opts[C_PLANNED].name, v, &a->client.planned_halfdays))
            return CLI_USAGE;
        if (a->client.planned_halfdays == 0)
            return cli_bad(client_opts[C_PLANNED].name, v,
                           "'%s': the planned time must be more than 0", v);
    }
    if ((v = client_value(p, C_SITES, &given)) != NULL
        && cli_parse_u32(client_opts[C_SITES].name, v, &a->client.sites))
        return CLI_USAGE;
    client_value(p, C_STAGE1_OMITTED, &given);
    a->client.stage1_omitted = given > 0;
    client_value(p, C_CSV, &a->csv);
    client_value(p, C_ICS, &a->ics);
    if (cli_parse_u32("PERSONNEL", p->arg[0], &a->client.personnel))
        return CLI_USAGE;
    if (a->client.personnel == 0)
        return cli_bad("PERSONNEL", p->arg[0], "'%s': at least one effective person", p->arg[0]);
    return 0;
}

/* The library's answer to a client as one stderr line. */
static int client_error(const struct client_args *a, int rc)
{
    char d[CLI_DAYS_LEN];
    int32_t floor = 0, table = 0;
    const char *date_option =
        client_opts[a->client.cycle == CSISMS_CYCLE_RECERT ? C_RECERT_OF : C_DECIDED].name;

    switch (rc) {
    case CSISMS_ENOTPERMITTED:
        csisms_audit_days(a->client.personnel, a->client.basis, &table);
        csisms_min_reduced_days(table, &floor);
        return cli_error(client_opts[C_PLANNED].name,
                         "below the least time after a reduction, %s days [%s]",
                         cli_days(floor, d), csisms_rule_clause(CSISMS_RULE_REDUCTION));
    case CSISMS_ERANGE:
        return cli_error(date_option,
                         "the cycle does not end between 0001-01-01 and 9999-12-31");
    default:
        return cli_error(date_option,
                         "%s", csisms_strerror(rc));
    }
}

static int build(const struct client_args *a, csisms_programme_entry *e, size_t *n)
{
    for (size_t i = 0; i < 8; i++)
        e[i].size = (uint32_t)sizeof e[i];
    return csisms_programme(&a->client, e, 8, n);
}

/* Rules whose figures are dates (the others' are halfdays). */
static int date_rule(int rule)
{
    return rule == CSISMS_RULE_SYSTEM_OPERATION || rule == CSISMS_RULE_RECERT_WINDOW
           || rule == CSISMS_RULE_FIRST_SURVEILLANCE || rule == CSISMS_RULE_SURVEILLANCE_INTERVAL
           || rule == CSISMS_RULE_POSTPONEMENT;
}

static const char *clause(int rule)
{
    return rule != 0 ? csisms_rule_clause(rule) : NULL;
}

/* ------------------------------------------------------------- text */

static void text_date(const struct cli *cli, const char *zh, const char *en, csisms_date d, int rule)
{
    char b[CLI_DATE_LEN];
    if (d == 0)
        return;
    printf("  ");
    cli_pad(cli_text(cli, zh, en), 30);
    printf(" %s  [%s]\n", cli_date(d, b), clause(rule));
}

static void text_days(const struct cli *cli, const char *zh, const char *en, int32_t hd, int rule)
{
    char b[CLI_DAYS_LEN];
    printf("  ");
    cli_pad(cli_text(cli, zh, en), 30);
    printf(" %s %s  [%s]\n", cli_days(hd, b), cli_text(cli, "人日", "days"), clause(rule));
}

static void print_text(const struct cli *cli, const struct client_args *a,
                       const csisms_programme_entry *e, size_t n)
{
    char d[CLI_DATE_LEN];

    printf(cli_text(cli, "审核方案：有效人数 %lu，基础 %s，%s %s\n",
                    "Audit programme: %lu effective persons, basis %s, %s %s\n"),
           (unsigned long)a->client.personnel, a->basis_name,
           a->client.cycle == CSISMS_CYCLE_RECERT
               ? cli_text(cli, "原证书有效期至", "old certificate valid until")
               : cli_text(cli, "认证决定日期", "certification decided on"),
           cli_date(a->client.reference, d));
    for (size_t i = 0; i < n; i++) {
        printf("%s\n", cli_text(cli, kinds[e[i].kind].zh, kinds[e[i].kind].en));
        if (e[i].kind == CSISMS_PROG_VALIDITY) {
            text_date(cli, "起", "valid from", e[i].earliest, e[i].rule_earliest);
            text_date(cli, "至", "valid until", e[i].last, e[i].rule_last);
            continue;
        }
        text_date(cli, "最早", "earliest", e[i].earliest, e[i].rule_earliest);
        text_date(cli, "最迟", "last permitted day", e[i].last, e[i].rule_last);
        if (e[i].latest != e[i].last)
            text_date(cli, "经批准推迟后最迟", "latest if postponed", e[i].latest, e[i].rule_latest);
        text_days(cli, "最少审核时间", "least total time", e[i].total_halfdays, e[i].rule_total);
        text_days(cli, "最少现场审核时间", "least on-site time", e[i].onsite_halfdays, e[i].rule_onsite);
        if (e[i].rule_sample != 0) {
            printf("  ");
            cli_pad(cli_text(cli, "最少抽样场所数", "sites to sample"), 30);
            printf(" %lu  [%s]\n", (unsigned long)e[i].sample, clause(e[i].rule_sample));
        }
    }
}

/* ------------------------------------------------------------- JSON */

static void json_rule(struct json *j, const char *key, int rule)
{
    json_str(j, key, clause(rule));
}

static void print_json(const struct client_args *a, const csisms_programme_entry *e, size_t n)
{
    struct json j = {0, {0}};

    json_open(&j, NULL);
    json_int(&j, "personnel", a->client.personnel);
    json_str(&j, "basis", a->basis_name);
    json_str(&j, "cycle", a->client.cycle == CSISMS_CYCLE_RECERT ? "recert" : "initial");
    json_date(&j, "reference", a->client.reference);
    json_array(&j, "entries");
    for (size_t i = 0; i < n; i++) {
        json_open(&j, NULL);
        json_str(&j, "kind", kinds[e[i].kind].name);
        json_date(&j, "earliest", e[i].earliest);
        json_date(&j, "last", e[i].last);
        json_date(&j, "latest", e[i].latest);
        json_days(&j, "total_days", e[i].total_halfdays);
        json_days(&j, "onsite_days", e[i].onsite_halfdays);
        json_int(&j, "sample", e[i].sample);
        json_open(&j, "clauses");
        json_rule(&j, "earliest", e[i].rule_earliest);
        json_rule(&j, "last", e[i].rule_last);
        json_rule(&j, "latest", e[i].rule_latest);
        json_rule(&j, "total", e[i].rule_total);
        json_rule(&j, "onsite", e[i].rule_onsite);
        json_rule(&j, "sample", e[i].rule_sample);
        json_close(&j);
        json_close(&j);
    }
    json_end(&j);
    json_close(&j);
}

/* ------------------------------------------------------------- CSV */

/* RFC 4180: a field with a comma, quote or line break is quoted. */
static void csv_field(const char *s, int last)
{
    if (s == NULL)
        s = "";
    if (strpbrk(s, ",\"\r\n")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"')
                putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
    fputs(last ? "\r\n" : ",", stdout);
}

static void print_csv(const csisms_programme_entry *e, size_t n)
{
    static const char *const head[] = {
        "kind", "earliest", "last", "latest", "total_days", "onsite_days", "sample",
        "earliest_clause", "last_clause", "latest_clause", "total_clause", "onsite_clause",
        "sample_clause",
    };
    const size_t nh = sizeof head / sizeof head[0];
    for (size_t k = 0; k < nh; k++)
        csv_field(head[k], k + 1 == nh);
    for (size_t i = 0; i < n; i++) {
        char d1[CLI_DATE_LEN], d2[CLI_DATE_LEN], d3[CLI_DATE_LEN], t[CLI_DAYS_LEN],
            o[CLI_DAYS_LEN], s[16];
        const int audit = e[i].kind != CSISMS_PROG_VALIDITY;
        snprintf(s, sizeof s, "%lu", (unsigned long)e[i].sample);
        csv_field(kinds[e[i].kind].name, 0);
        csv_field(e[i].earliest ? cli_date(e[i].earliest, d1) : "", 0);
        csv_field(e[i].last ? cli_date(e[i].last, d2) : "", 0);
        csv_field(e[i].latest ? cli_date(e[i].latest, d3) : "", 0);
        csv_field(audit ? cli_days(e[i].total_halfdays, t) : "", 0);
        csv_field(audit ? cli_days(e[i].onsite_halfdays, o) : "", 0);
        csv_field(audit ? s : "", 0);
        csv_field(clause(e[i].rule_earliest), 0);
        csv_field(clause(e[i].rule_last), 0);
        csv_field(clause(e[i].rule_latest), 0);
        csv_field(clause(e[i].rule_total), 0);
        csv_field(clause(e[i].rule_onsite), 0);
        csv_field(clause(e[i].rule_sample), 1);
    }
}

/* ------------------------------------------------------------- iCalendar */


/* A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped. */
static void ics_text(char *out, size_t size, const char *name, const char *value)
{
    size_t k = (size_t)snprintf(out, size, "%s:", name);
    for (; *value && k + 3 < size; value++) {
        if (*value == '\\' || *value == ';' || *value == ',')
            out[k++] = '\\';
        out[k++] = *value;
    }
    out[k] = '\0';
}

static void ics_event(const struct cli *cli, const char *stamp, csisms_date ref,
                      const csisms_programme_entry *e, const char *what, csisms_date start,
                      csisms_date end, const char *label, int rule)
{
    char line[2048], summary[512];
    csisms_date after;

    csisms_date_add_days(end, 1, &after); /* DTEND is exclusive */
    printf("BEGIN:VEVENT\r\n");
    snprintf(line, sizeof line, "UID:%ld-%s-%s@csisms", (long)ref, kinds[e->kind].name, what);
    cli_ics_line(stdout, line);
    printf("DTSTAMP:%s\r\n", stamp);
    printf("DTSTART;VALUE=DATE:%ld\r\n", (long)start);
    printf("DTEND;VALUE=DATE:%ld\r\n", (long)after);
    snprintf(summary, sizeof summary, "%s: %s [%s]",
             cli_text(cli, kinds[e->kind].zh, kinds[e->kind].en), label, clause(rule));
    ics_text(line, sizeof line, "SUMMARY", summary);
    cli_ics_line(stdout, line);
    ics_text(line, sizeof line, "DESCRIPTION", csisms_rule_text(rule, cli->lang));
    cli_ics_line(stdout, line);
    printf("TRANSP:TRANSPARENT\r\n");
    printf("END:VEVENT\r\n");
}

static void print_ics(const struct cli *cli, const struct client_args *a,
                      const csisms_programme_entry *e, size_t n)
{
    char stamp[32];
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    time_t now = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
    const struct tm *tm = gmtime(&now); /* the CLI is single-threaded */

    if (tm == NULL || strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", tm) == 0)
        strcpy(stamp, "19700101T000000Z");
    printf("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    printf("PRODID:-//libcsisms//csisms %s//EN\r\nCALSCALE:GREGORIAN\r\n", csisms_version());
    for (size_t i = 0; i < n; i++) {
        const csisms_programme_entry *x = &e[i];
        if (x->kind == CSISMS_PROG_VALIDITY) {
            ics_event(cli, stamp, a->client.reference, x, "expiry", x->last, x->last,
                      cli_text(cli, "证书有效期最后一天", "last valid day"), x->rule_last);
            continue;
        }
        if (x->last == 0) {
            if (x->earliest != 0)
                ics_event(cli, stamp, a->client.reference, x, "earliest", x->earliest, x->earliest,
                          cli_text(cli, "最早日期", "earliest day"), x->rule_earliest);
            continue;
        }
        ics_event(cli, stamp, a->client.reference, x, "window", x->earliest, x->last,
                  cli_text(cli, "允许期间", "permitted window"), x->rule_last);
        ics_event(cli, stamp, a->client.reference, x, "due", x->last, x->last,
                  cli_text(cli, "最迟日期", "last permitted day"), x->rule_last);
        if (x->latest != x->last)
            ics_event(cli, stamp, a->client.reference, x, "postponed", x->latest, x->latest,
                      cli_text(cli, "经批准推迟后最迟", "latest if postponed"), x->rule_latest);
    }
    printf("END:VCALENDAR\r\n");
}

static int run_programme(const struct cli *cli, const struct cli_parsed *p)
{
    struct client_args a;
    csisms_programme_entry e[8];
    size_t n;
    int rc;

    if (parse_client(p, &a))
        return CLI_USAGE;
    if ((rc = build(&a, e, &n)) != CSISMS_OK)
        return client_error(&a, rc);
    if (a.ics)
        print_ics(cli, &a, e, n);
    else if (a.csv)
        print_csv(e, n);
    else if (cli->json)
        print_json(&a, e, n);
    else
        print_text(cli, &a, e, n);
    return CLI_OK;
}

/* ------------------------------------------------------------- justify */

static int run_justify(const struct cli *cli, const struct cli_parsed *p)
{
    struct client_args a;
    csisms_step s[16];
    size_t n;
    int rc;

    if (parse_client(p, &a))
        return CLI_USAGE;
    for (size_t i = 0; i < 16; i++)
        s[i].size = (uint32_t)sizeof s[i];
    if ((rc = csisms_justify(&a.client, s, 16, &n)) != CSISMS_OK)
        return client_error(&a, rc);

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_int(&j, "personnel", a.client.personnel);
        json_str(&j, "basis", a.basis_name);
        json_array(&j, "steps");
        for (size_t i = 0; i < n; i++) {
            const int counts = s[i].rule == CSISMS_RULE_ISMS_TABLE || s[i].rule == CSISMS_RULE_SAMPLING;
            json_open(&j, NULL);
            json_int(&j, "rule", s[i].rule);
            json_str(&j, "clause", csisms_rule_clause(s[i].rule));
            json_str(&j, "text", csisms_rule_text(s[i].rule, cli->lang));
            if (counts)
                json_int(&j, "input", s[i].input);
            else
                json_days(&j, "input_days", (int32_t)s[i].input);
            if (s[i].input2 != 0)
                json_days(&j, "input2_days", (int32_t)s[i].input2);
            if (s[i].rule == CSISMS_RULE_SAMPLING)
                json_int(&j, "result", s[i].result);
            else
                json_days(&j, "result_days", s[i].result);
            json_close(&j);
        }
        json_end(&j);
        json_close(&j);
        return CLI_OK;
    }
    printf(cli_text(cli, "审核时间的确定：有效人数 %lu，基础 %s\n",
                    "How the audit time is determined: %lu effective persons, basis %s\n"),
           (unsigned long)a.client.personnel, a.basis_name);
    for (size_t i = 0; i < n; i++) {
        char in[CLI_DAYS_LEN], in2[CLI_DAYS_LEN], out[CLI_DAYS_LEN];
        const int rule = s[i].rule;
        printf("%zu. [%s] %s\n   ", i + 1, csisms_rule_clause(rule), csisms_rule_text(rule, cli->lang));
        if (rule == CSISMS_RULE_ISMS_TABLE)
            printf(cli_text(cli, "%lld 人 → %s 人日\n", "%lld persons → %s days\n"),
                   (long long)s[i].input, cli_days(s[i].result, out));
        else if (rule == CSISMS_RULE_SAMPLING)
            printf(cli_text(cli, "%lld 个场所 → 初次审核至少抽样 %ld 个\n",
                            "%lld sites → at least %ld sampled at the initial audit\n"),
                   (long long)s[i].input, (long)s[i].result);
        else if (rule == CSISMS_RULE_REDUCTION)
            printf(cli_text(cli, "%s 人日 → 不少于 %s 人日；计划 %s 人日\n",
                            "%s days → at least %s days; planned %s days\n"),
                   cli_days((int32_t)s[i].input, in), cli_days(s[i].result, out),
                   cli_days((int32_t)s[i].input2, in2));
        else if (rule == CSISMS_RULE_COMBINED_TIME)
            printf(cli_text(cli, "%s + %s 人日 → 不少于 %s 人日\n",
                            "%s + %s days → at least %s days\n"),
                   cli_days((int32_t)s[i].input, in), cli_days((int32_t)s[i].input2, in2),
                   cli_days(s[i].result, out));
        else
            printf(cli_text(cli, "%s 人日 → %s 人日\n", "%s days → %s days\n"),
                   cli_days((int32_t)s[i].input, in), cli_days(s[i].result, out));
    }
    printf("%s [%s]\n", csisms_rule_text(CSISMS_RULE_ROUNDING, cli->lang),
           csisms_rule_clause(CSISMS_RULE_ROUNDING));
    return CLI_OK;
}

/* ------------------------------------------------------------- record-check */

/* The kinds of audit record: the programme's kinds but the validity. */
static int audit_kinds(size_t i, struct cli_choice *out, int lang)
{
    size_t n = 0;

    (void)lang;
    for (size_t k = 1; k < NKINDS; k++) {
        if (k == CSISMS_PROG_VALIDITY || n++ != i)
            continue;
        out->name = kinds[k].name;
        out->value = (int)k;
        out->rule = 0;
        out->zh = kinds[k].zh;
        out->en = kinds[k].en;
        return 1;
    }
    return 0;
}
static const struct cli_opt record_check_args[] = {
    {"PERSONNEL", NULL, NULL, 0, 0, NULL, 0, NULL, "有效人数（不小于1的整数）",
     "effective persons, a whole number from 1"},
    {"AUDIT", NULL, NULL, 0, 0, NULL, 0, audit_kinds,
     "已进行或计划的审核 KIND:DATE:TOTAL[:ONSITE]（时间为人日；ONSITE 默认等于 TOTAL；"
     "至多 64 个）；KIND：",
     "an audit held or planned, KIND:DATE:TOTAL[:ONSITE] (times in days; ONSITE is TOTAL "
     "by default; at most 64); KIND:"},
};

/* KIND:DATE:TOTAL[:ONSITE] (ONSITE defaults to TOTAL). */
static int parse_audit(const char *text, csisms_audit_record *r)
{
    char buf[128], *field[5], list[256];
    struct cli_choice kind;
    int n = 0;
    csisms_audit_record init = {(uint32_t)sizeof init, 0, 0, 0, 0};

    if (strlen(text) >= sizeof buf)
        return cli_bad("AUDIT", text, "'%.20s...' is too long", text);
    strcpy(buf, text);
    for (char *p = buf; n < 5; n++) {
        field[n] = p;
        p = strchr(p, ':');
        if (!p) {
            n++;
            break;
        }
        *p++ = '\0';
    }
    if (n < 3 || n > 4)
        return cli_bad("AUDIT", text, "'%s' is not KIND:DATE:TOTAL[:ONSITE]", text);
    *r = init;
    for (size_t i = 0; audit_kinds(i, &kind, CSISMS_LANG_EN); i++)
        if (strcmp(field[0], kind.name) == 0)
            r->kind = kind.value;
    if (r->kind == 0)
        return cli_bad("AUDIT", text, "'%s': the kind is not %s", text,
                       cli_values_list(&record_check_args[1], list, sizeof list));
    if (cli_parse_date("AUDIT", field[1], &r->date)
        || cli_parse_days("AUDIT", field[2], &r->total_halfdays))
        return CLI_USAGE;
    r->onsite_halfdays = r->total_halfdays;
    if (n == 4 && cli_parse_days("AUDIT", field[3], &r->onsite_halfdays))
        return CLI_USAGE;
    if (r->total_halfdays == 0 || r->onsite_halfdays > r->total_halfdays)
        return cli_bad("AUDIT", text,
                       "'%s': the total must be more than 0 and at least the on-site time", text);
    return 0;
}


static int run_record_check(const struct cli *cli, const struct cli_parsed *p)
{
    struct client_args a;
    csisms_audit_record r[MAX_AUDITS];
    csisms_breach b[4 * MAX_AUDITS];
    const char *const *audits = p->arg + 1;
    const int naudits = p->nargs - 1;
    size_t n;
    int rc;

    if (parse_client(p, &a))
        return CLI_USAGE;
    for (int i = 0; i < naudits; i++)
        if (parse_audit(audits[i], &r[i]))
            return CLI_USAGE;
    for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
        b[i].size = (uint32_t)sizeof b[i];
    rc = csisms_record_check(&a.client, r, (size_t)naudits, b, sizeof b / sizeof b[0], &n);
    if (rc == CSISMS_EINVAL)
        return cli_error("AUDIT", "an audit does not belong to this cycle (initial audits to "
                                  "--decided, recert-start to --recert-of)");
    if (rc != CSISMS_OK)
        return client_error(&a, rc);

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_bool(&j, "ok", n == 0);
        json_array(&j, "breaches");
        for (size_t i = 0; i < n; i++) {
            const int dated = date_rule(b[i].rule);
            json_open(&j, NULL);
            json_int(&j, "rule", b[i].rule);
            json_str(&j, "clause", csisms_rule_clause(b[i].rule));
            if (b[i].record >= 0)
                json_str(&j, "audit", audits[b[i].record]);
            else
                json_null(&j, "audit");
            if (dated) {
                json_date(&j, "date", b[i].actual);
                json_date(&j, "limit", b[i].required);
            } else {
                json_days(&j, "days", b[i].actual);
                json_days(&j, "required_days", b[i].required);
            }
            json_str(&j, "text", csisms_rule_text(b[i].rule, cli->lang));
            json_close(&j);
        }
        json_end(&j);
        json_close(&j);
        return n == 0 ? CLI_OK : CLI_NEGATIVE;
    }
    if (n == 0) {
        printf("%s\n", cli_text(cli, "审核记录符合时间和日期规则。",
                                "The audit record meets the time and date rules."));
        return CLI_OK;
    }
    printf(cli_text(cli, "审核记录有 %zu 处不符合：\n", "The audit record breaks %zu rules:\n"), n);
    for (size_t i = 0; i < n; i++) {
        char x[CLI_DAYS_LEN], y[CLI_DAYS_LEN];
        const int time_rule = !date_rule(b[i].rule);
        printf("  [%s] %s: ", csisms_rule_clause(b[i].rule),
               b[i].record >= 0 ? audits[b[i].record]
                                : cli_text(cli, "整个周期的监督审核", "surveillance of the cycle"));
        if (time_rule)
            printf(cli_text(cli, "%s 人日，少于 %s 人日\n", "%s days, less than %s days\n"),
                   cli_days(b[i].actual, x), cli_days(b[i].required, y));
        else if (b[i].actual < b[i].required)
            printf(cli_text(cli, "%s，早于 %s\n", "%s, before %s\n"), cli_date(b[i].actual, x),
                   cli_date(b[i].required, y));
        else
            printf(cli_text(cli, "%s，晚于 %s\n", "%s, after %s\n"), cli_date(b[i].actual, x),
                   cli_date(b[i].required, y));
        printf("    %s\n", csisms_rule_text(b[i].rule, cli->lang));
    }
    return CLI_NEGATIVE;
}

/* ------------------------------------------------------------- cycle */

/* `csisms cycle DATE`: the programme's dates for an initial certification. */
static int run_cycle(const struct cli *cli, const struct cli_parsed *p)
{
    struct client_args a;
    csisms_programme_entry e[8];
    size_t n;
    static const int periods[] = {
        CSISMS_RULE_SUSPENSION_PERIOD, CSISMS_RULE_APPEAL_PERIOD, CSISMS_RULE_CORRECTION_PERIOD,
    };

    memset(&a, 0, sizeof a);
    a.client.size = (uint32_t)sizeof a.client;
    a.client.personnel = 1;
    a.client.cycle = CSISMS_CYCLE_INITIAL;
    if (cli_parse_date("DECISION-DATE", p->arg[0], &a.client.reference))
        return CLI_USAGE;
    if (build(&a, e, &n) != CSISMS_OK)
        return cli_bad("DECISION-DATE", p->arg[0], "'%s': the cycle does not end between "
                       "0001-01-01 and 9999-12-31", p->arg[0]);
    const csisms_programme_entry *v = &e[1], *s1 = &e[2], *s2 = &e[3], *re = &e[4];

    if (cli->json) {
        struct json j = {0, {0}};
        json_open(&j, NULL);
        json_date(&j, "decision_date", a.client.reference);
        json_date(&j, "valid_until", v->last);
        json_date(&j, "first_surveillance_due", s1->last);
        json_date(&j, "first_surveillance_latest", s1->latest);
        json_bool(&j, "first_surveillance_postponable", s1->latest != s1->last);
        json_date(&j, "second_surveillance_reference", s1->last);
        json_date(&j, "second_surveillance_due", s2->last);
        json_date(&j, "second_surveillance_latest", s2->latest);
        json_date(&j, "recert_window_opens", re->earliest);
        json_date(&j, "recert_window_closes", re->last);
        json_int(&j, "suspension_max_months", 6);
        json_int(&j, "appeal_days", 60);
        json_int(&j, "correction_max_months", 6);
        json_open(&j, "clauses");
        json_rule(&j, "valid_until", v->rule_last);
        json_rule(&j, "first_surveillance", s1->rule_last);
        json_rule(&j, "second_surveillance", s2->rule_last);
        json_rule(&j, "recert_window", re->rule_last);
        json_rule(&j, "suspension", CSISMS_RULE_SUSPENSION_PERIOD);
        json_rule(&j, "appeal", CSISMS_RULE_APPEAL_PERIOD);
        json_rule(&j, "correction", CSISMS_RULE_CORRECTION_PERIOD);
        json_close(&j);
        json_close(&j);
        return CLI_OK;
    }

    char d[CLI_DATE_LEN], d2[CLI_DATE_LEN];
    printf(cli_text(cli, "认证决定日期 %s\n", "Certification decision on %s\n"),
           cli_date(a.client.reference, d));
    printf("  ");
    cli_pad(cli_text(cli, "证书有效期至（有效期三年）", "certificate valid until (three years)"), 48);
    printf(" %s  [%s]\n", cli_date(v->last, d), clause(v->rule_last));
    printf("  ");
    cli_pad(cli_text(cli, "第一次监督审核最迟", "first surveillance due by"), 48);
    printf(" %s  [%s]\n", cli_date(s1->last, d), clause(s1->rule_last));
    printf("  %s\n", cli_text(cli, "  （应在认证决定起12个月内进行，不得推迟）",
                              "  (within 12 months of the decision; it cannot be postponed)"));
    printf("  %s\n", cli_text(cli, "第二次监督审核（按第一次监督审核于到期日进行推算）：",
                              "Second surveillance (projected with the first held on its due date):"));
    printf("  ");
    cli_pad(cli_text(cli, "  最迟日期", "  due by"), 48);
    printf(" %s  [%s]\n", cli_date(s2->last, d), clause(s2->rule_last));
    printf("  ");
    cli_pad(cli_text(cli, "  经批准推迟后最迟（最长3个月）", "  latest if postponed (at most 3 months)"),
            48);
    printf(" %s  [%s]\n", cli_date(s2->latest, d), clause(s2->rule_latest));
    printf("  ");
    cli_pad(cli_text(cli, "再认证申请期（证书期满前90天内）", "recertification window (90 days before expiry)"),
            48);
    printf(" %s %s %s  [%s]\n", cli_date(re->earliest, d), cli_text(cli, "至", "to"),
           cli_date(re->last, d2), clause(re->rule_last));
    for (size_t i = 0; i < sizeof periods / sizeof periods[0]; i++)
        printf("  %s  [%s]\n", csisms_rule_text(periods[i], cli->lang), clause(periods[i]));
    printf("%s\n", cli_text(cli,
                            "期限不计起始日（民法典第二百零一条、第二百零二条）；"
                            "未考虑法定节假日（第二百零三条）。",
                            "Periods do not count their first day (PRC Civil Code arts. 201-202); "
                            "public holidays are not taken into account (art. 203)."));
    return CLI_OK;
}

static const struct cli_opt cycle_args[] = {
    {"DECISION-DATE", NULL, NULL, 0, 0, NULL, 0, NULL, "初次认证决定的日期",
     "the date of the initial certification decision"},
};

const struct cli_cmd cmd_programme = {
    "programme", run_programme, "PERSONNEL", 1, 1, &personnel_arg, 1, client_opts, NCLIENT,
    "一个认证周期的审核方案", "the audit programme of a certification cycle",
};
const struct cli_cmd cmd_justify = {
    "justify", run_justify, "PERSONNEL", 1, 1, &personnel_arg, 1,
    client_opts + JUSTIFY_FIRST, JUSTIFY_COUNT,
    "审核时间的确定过程", "how the audit time is determined, step by step",
};
const struct cli_cmd cmd_record_check = {
    "record-check", run_record_check, "PERSONNEL AUDIT...", 2, 1 + MAX_AUDITS,
    CLI_CHOICES(record_check_args), client_opts, RECORD_CHECK_COUNT,
    "检查审核记录的时间和日期", "check an audit record's times and dates",
};
const struct cli_cmd cmd_cycle = {
    "cycle", run_cycle, "DECISION-DATE", 1, 1, CLI_CHOICES(cycle_args), NULL, 0,
    "由认证决定日期推算认证周期", "the certification cycle from a decision date",
};
