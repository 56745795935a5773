/* csisms_sql.c — keyword sets, grounds and audit-time figures shared by the
 * PostgreSQL and SQLite extensions (see csisms_sql.h). */
#include "csisms_sql.h"

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

    for (uint32_t b = csql_next_reason(0); b != 0; b = csql_next_reason(b)) {
        if (strcmp(csisms_reason_clause(b), clause) != 0)
            continue;
        if ((grounds & b) == 0)
            return -2;
        *bit = b;
        return 0;
    }
    return -1;
}

/* The figures derived from the initial time, after the two table figures.
 * (Clauses are the extension's own until the library names them: issue 12.) */
static const struct derived {
    const char *key;
    const char *clause;
    int (*derive)(int32_t, int32_t *);
} derived[CSQL_NFIGURES - 2] = {
    {"min_reduced_days", "4.5.1.1", csisms_min_reduced_days},
    {"min_onsite_days", "4.5.1.2", csisms_min_onsite_days},
    {"surveillance_days", "5.2", csisms_surveillance_days},
    {"surveillance_cycle_min_days", "5.2", csisms_surveillance_cycle_min_days},
    {"recert_min_days", "6.2", csisms_recert_min_days},
};

static const char *const basis_clause[] = {
    [CSISMS_BASIS_NONE] = "Appendix A",
    [CSISMS_BASIS_ISMS_CERT] = "Appendix A note (1)",
    [CSISMS_BASIS_ISMS_CERT_HERE] = "Appendix A note (1)",
    [CSISMS_BASIS_COMBINED] = "Appendix A note (2)",
};

int csql_figures(uint32_t personnel, int basis, struct csql_figure out[CSQL_NFIGURES])
{
    int32_t isms, initial;
    int rc;

    if ((rc = csisms_isms_audit_days(personnel, &isms)) != CSISMS_OK)
        return rc;
    if ((rc = csisms_initial_audit_days(isms, basis, &initial)) != CSISMS_OK)
        return rc;
    out[0] = (struct csql_figure){"isms_days", "Appendix A", isms};
    out[1] = (struct csql_figure){"initial_days", basis_clause[basis], initial};
    for (size_t i = 0; i < CSQL_NFIGURES - 2; i++) {
        out[i + 2].key = derived[i].key;
        out[i + 2].clause = derived[i].clause;
        /* cannot fail: initial ≥ 1 halfday, and each figure ≤ initial */
        (void)derived[i].derive(initial, &out[i + 2].halfdays);
    }
    return 0;
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
