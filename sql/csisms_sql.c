/* csisms_sql.c — keyword sets, grounds and audit-time figures shared by the
 * PostgreSQL and SQLite extensions (see csisms_sql.h). */
#include "csisms_sql.h"

#include <stdio.h>
#include <string.h>

struct keyword {
    const char *key;
    int value;
};

static const struct keyword bases[] = {
    {"none", CSISMS_BASIS_NONE},
    {"isms-cert", CSISMS_BASIS_ISMS_CERT},
    {"isms-cert-here", CSISMS_BASIS_ISMS_CERT_HERE},
    {"combined", CSISMS_BASIS_COMBINED},
};
static const struct keyword langs[] = {
    {"zh", CSISMS_LANG_ZH},
    {"en", CSISMS_LANG_EN},
};
static const struct keyword survs[] = {
    {"first", CSISMS_SURV_FIRST},
    {"second", CSISMS_SURV_SECOND},
    {"after-recert", CSISMS_SURV_AFTER_RECERT},
};
static const struct keyword audits[] = {
    {"initial", CSISMS_AUDIT_INITIAL},
    {"surveillance", CSISMS_AUDIT_SURVEILLANCE},
    {"recert", CSISMS_AUDIT_RECERT},
};
static const struct keyword actions[] = {
    {"maintain", CSISMS_ACT_MAINTAIN},
    {"suspend", CSISMS_ACT_SUSPEND},
    {"reinstate", CSISMS_ACT_REINSTATE},
    {"withdraw", CSISMS_ACT_WITHDRAW},
    {"expire", CSISMS_ACT_EXPIRE},
};
static const struct keyword duties[] = {
    {"no_advertising", (int)CSISMS_DUTY_NO_ADVERTISING},
    {"return_certificate", (int)CSISMS_DUTY_RETURN_CERTIFICATE},
    {"publish", (int)CSISMS_DUTY_PUBLISH},
    {"report", (int)CSISMS_DUTY_REPORT},
};
static const struct keyword modes[] = {
    {"all", CSISMS_MODE_ALL},
    {"any", CSISMS_MODE_ANY},
};

static const struct keyword cycles[] = {
    {"initial", CSISMS_CYCLE_INITIAL},
    {"recert", CSISMS_CYCLE_RECERT},
};
static const struct keyword progs[] = {
    {"initial", CSISMS_PROG_INITIAL},
    {"recert-start", CSISMS_PROG_RECERT_START},
    {"validity", CSISMS_PROG_VALIDITY},
    {"surveillance1", CSISMS_PROG_SURVEILLANCE1},
    {"surveillance2", CSISMS_PROG_SURVEILLANCE2},
    {"recert", CSISMS_PROG_RECERT},
};

static const struct set {
    const struct keyword *keys;
    size_t count;
    const char *choices;
} sets[] = {
    [CSQL_BASIS] = {bases, sizeof bases / sizeof bases[0], "none, isms-cert, isms-cert-here or combined"},
    [CSQL_LANG] = {langs, sizeof langs / sizeof langs[0], "zh or en"},
    [CSQL_SURV] = {survs, sizeof survs / sizeof survs[0], "first, second or after-recert"},
    [CSQL_AUDIT] = {audits, sizeof audits / sizeof audits[0], "initial, surveillance or recert"},
    [CSQL_ACTION] = {actions, sizeof actions / sizeof actions[0],
                     "maintain, suspend, reinstate, withdraw or expire"},
    [CSQL_DUTY] = {duties, sizeof duties / sizeof duties[0],
                   "no_advertising, return_certificate, publish or report"},
    [CSQL_MODE] = {modes, sizeof modes / sizeof modes[0], "all or any"},
    [CSQL_CYCLE] = {cycles, sizeof cycles / sizeof cycles[0], "initial or recert"},
    [CSQL_PROG] = {progs, sizeof progs / sizeof progs[0],
                   "initial, recert-start, validity, surveillance1, surveillance2 or recert"},
};

int csql_parse(enum csql_set set, const char *text, int *value)
{
    const struct set *s = &sets[set];

    for (size_t i = 0; i < s->count; i++)
        if (strcmp(s->keys[i].key, text) == 0) {
            *value = s->keys[i].value;
            return 0;
        }
    return -1;
}

const char *csql_name(enum csql_set set, int value)
{
    const struct set *s = &sets[set];

    for (size_t i = 0; i < s->count; i++)
        if (s->keys[i].value == value)
            return s->keys[i].key;
    return NULL;
}

const char *csql_choices(enum csql_set set)
{
    return sets[set].choices;
}

uint32_t csql_next_reason(uint32_t after)
{
    for (uint32_t bit = after == 0 ? 1u : after << 1; bit != 0; bit <<= 1)
        if (csisms_reason_clause(bit) != NULL)
            return bit;
    return 0;
}

int csql_ground(const char *clause, uint32_t *bit)
{
    const uint32_t grounds = CSISMS_R_SUSPENSION_GROUNDS | CSISMS_R_WITHDRAWAL_GROUNDS;
    uint32_t b;

    if (csisms_reason_of_clause(clause, &b) != CSISMS_OK)
        return -1;
    if ((grounds & b) == 0)
        return -2;
    *bit = b;
    return 0;
}

void csql_ground_why(char *why, size_t n)
{
    snprintf(why, n, "must be a ground of %s or %s, like %s or %s",
             csisms_checklist_clause(CSISMS_LIST_SUSPENSION),
             csisms_checklist_clause(CSISMS_LIST_WITHDRAWAL),
             csisms_reason_clause(CSISMS_R_ORDERED_TO_HALT),
             csisms_reason_clause(CSISMS_R_SUSPENSION_EXPIRED));
}

void csql_reason_why(char *why, size_t n)
{
    snprintf(why, n, "must be the clause of a reason, like %s, %s or %s",
             csisms_reason_clause(CSISMS_R_ORDERED_TO_HALT),
             csisms_reason_clause(CSISMS_R_SURVEILLANCE_OVERDUE),
             csisms_reason_clause(CSISMS_R_EXPIRED));
}

const char *csql_clause(int rule)
{
    return rule != 0 ? csisms_rule_clause(rule) : NULL;
}

/* The figures derived from the initial time, after the two table figures. */
static const struct derived {
    const char *key;
    int rule;
    int (*derive)(int32_t, int32_t *);
} derived[CSQL_NFIGURES - 2] = {
    {"min_reduced_days", CSISMS_RULE_REDUCTION, csisms_min_reduced_days},
    {"min_onsite_days", CSISMS_RULE_ONSITE, csisms_min_onsite_days},
    {"surveillance_days", CSISMS_RULE_SURVEILLANCE_TIME, csisms_surveillance_days},
    {"surveillance_cycle_min_days", CSISMS_RULE_SURVEILLANCE_CYCLE, csisms_surveillance_cycle_min_days},
    {"recert_min_days", CSISMS_RULE_RECERT_TIME, csisms_recert_min_days},
};

/* The rule of the initial time by basis (Appendix A and its notes). */
static const int basis_rule[] = {
    [CSISMS_BASIS_NONE] = CSISMS_RULE_ISMS_TABLE,
    [CSISMS_BASIS_ISMS_CERT] = CSISMS_RULE_NOTE_ISMS_CERT,
    [CSISMS_BASIS_ISMS_CERT_HERE] = CSISMS_RULE_NOTE_ISMS_CERT_HERE,
    [CSISMS_BASIS_COMBINED] = CSISMS_RULE_NOTE_COMBINED,
};

static struct csql_figure figure(const char *key, int rule, int32_t halfdays)
{
    return (struct csql_figure){key, rule, csisms_rule_clause(rule), halfdays};
}

int csql_figures(uint32_t personnel, int basis, struct csql_figure out[CSQL_NFIGURES])
{
    int32_t isms, initial, hd;
    int rc;

    if ((rc = csisms_isms_audit_days(personnel, &isms)) != CSISMS_OK)
        return rc;
    if ((rc = csisms_initial_audit_days(isms, basis, &initial)) != CSISMS_OK)
        return rc;
    out[0] = figure("isms_days", CSISMS_RULE_ISMS_TABLE, isms);
    out[1] = figure("initial_days", basis_rule[basis], initial);
    for (size_t i = 0; i < CSQL_NFIGURES - 2; i++) {
        /* cannot fail: initial ≥ 1 halfday, and each figure ≤ initial */
        (void)derived[i].derive(initial, &hd);
        out[i + 2] = figure(derived[i].key, derived[i].rule, hd);
    }
    return 0;
}

const char *csql_client_blame(const csisms_client *c, int rc, char *why, size_t n)
{
    if (rc == CSISMS_ENOTPERMITTED) {
        int32_t table = 0, floor = 0;
        char days[16];

        (void)csisms_audit_days(c->personnel, c->basis, &table);
        (void)csisms_min_reduced_days(table, &floor);
        (void)csisms_days_format(floor, days, sizeof days);
        snprintf(why, n, "below the least time after a reduction, %s days [%s]", days,
                 csisms_rule_clause(CSISMS_RULE_REDUCTION));
        return "planned";
    }
    if (rc == CSISMS_ERANGE) {
        csisms_step steps[10];
        size_t count;

        for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
            steps[i].size = (uint32_t)sizeof steps[i];
        if (c->combined_halfdays != 0 &&
            csisms_justify(c, steps, sizeof steps / sizeof steps[0], &count) == CSISMS_ERANGE) {
            snprintf(why, n, "the combined audit's time is too large [%s]",
                     csisms_rule_clause(CSISMS_RULE_COMBINED_TIME));
            return "combined";
        }
        snprintf(why, n, "the cycle does not end by 9999-12-31");
        return "reference";
    }
    snprintf(why, n, "%s", csisms_strerror(rc));
    return "reference";
}

void csql_step_units(int rule, enum csql_unit *input, enum csql_unit *input2, enum csql_unit *result)
{
    *input = rule == CSISMS_RULE_ISMS_TABLE || rule == CSISMS_RULE_SAMPLING ? CSQL_COUNT : CSQL_DAYS;
    *input2 = rule == CSISMS_RULE_REDUCTION || rule == CSISMS_RULE_COMBINED_TIME ? CSQL_DAYS : CSQL_NONE;
    *result = rule == CSISMS_RULE_SAMPLING ? CSQL_COUNT : CSQL_DAYS;
}

int csql_item_bits(const int32_t *items, size_t n, uint32_t *bits)
{
    uint32_t b = 0;

    for (size_t i = 0; i < n; i++) {
        if (items[i] < 1 || items[i] > 32)
            return -1;
        b |= 1u << (items[i] - 1);
    }
    *bits = b;
    return 0;
}
