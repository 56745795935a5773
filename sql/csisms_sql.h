/* csisms_sql.h — what the PostgreSQL and SQLite extensions share.
 *
 * The SQL spelling of the library's enumerations (SQL passes "isms-cert",
 * "withdraw", "zh" where C passes CSISMS_BASIS_ISMS_CERT, ...), the grounds
 * of 7.1.1/7.2.1 by clause, and the audit-time figures of one head count.
 * Pure helpers over the public API (csisms.h); each extension turns a
 * negative return into its own kind of error.
 */
#ifndef CSISMS_SQL_H
#define CSISMS_SQL_H

#include <stddef.h>
#include <stdint.h>

#include <csisms.h>

/* The keyword sets. */
enum csql_set {
    CSQL_BASIS,  /* none, isms-cert, isms-cert-here, combined (csisms_basis) */
    CSQL_LANG,   /* zh, en (csisms_lang) */
    CSQL_SURV,   /* first, second, after-recert (csisms_surveillance_kind) */
    CSQL_AUDIT,  /* initial, surveillance, recert (csisms_audit) */
    CSQL_ACTION, /* maintain, suspend, reinstate, withdraw, expire (csisms_action) */
    CSQL_DUTY,   /* no_advertising, return_certificate, publish, report (CSISMS_DUTY_* bits) */
    CSQL_MODE,   /* all, any (csisms_mode) */
    CSQL_CYCLE,  /* initial, recert (csisms_cycle) */
    CSQL_PROG    /* initial, recert-start, validity, surveillance1, surveillance2, recert
                    (csisms_programme_kind; the CLI's names) */
};

/* The value of keyword @p text in @p set: 0 and *value set, or -1. */
int csql_parse(enum csql_set set, const char *text, int *value);
/* The keyword of @p value in @p set, or NULL. */
const char *csql_name(enum csql_set set, int value);
/* The keywords of @p set for an error message: "zh or en". */
const char *csql_choices(enum csql_set set);

/* The reason bit of a ground's clause ("7.1.1(3)", "7.2.1(5)"): 0 and *bit
 * set; -1 when no reason has that clause; -2 when the clause names a reason
 * derived from the dates (5.1.2, 8.2), which is not a ground. */
int csql_ground(const char *clause, uint32_t *bit);
/* Why a text is refused as a ground (csql_ground -1), and as the clause of a
 * reason, with examples: "must be a ground of 7.1.1 or 7.2.1, like ...";
 * every clause from the library. */
void csql_ground_why(char *why, size_t n);
void csql_reason_why(char *why, size_t n);
/* Every reason bit the library knows, lowest first: the next bit after
 * @p after (0 to start), or 0 when none is left. */
uint32_t csql_next_reason(uint32_t after);

/* The clause of a rule (csisms_rule_clause), NULL for 0 ("no such figure"). */
const char *csql_clause(int rule);

/* The audit-time figures of one head count and basis (doc/rules-model.md §1), in order:
 * the ISMS table time, the CSISMS initial time, then the figures derived
 * from it. */
#define CSQL_NFIGURES 7
struct csql_figure {
    const char *key;    /* "isms_days", "initial_days", "min_reduced_days", ... */
    int rule;           /* the csisms_rule that gives it */
    const char *clause; /* its clause, from the library */
    int32_t halfdays;
};
/* Fills @p out; 0, or the library's negative status (EINVAL for 0 persons
 * or an unknown basis). */
int csql_figures(uint32_t personnel, int basis, struct csql_figure out[CSQL_NFIGURES]);

/* Bits of the 1-based items in @p items[0..n): 0; -1 for an item outside
 * 1 … 32 (the library then checks the list's own size). */
int csql_item_bits(const int32_t *items, size_t n, uint32_t *bits);

/* The audit programme and its justification (doc/rules-model.md §8).
 * Each extension checks the arguments' types and ranges itself (naming the
 * argument); what only the library can find out comes back as a status. */

/* The argument to blame, and why, for a status @p rc that csisms_programme()
 * (dated) or csisms_justify() returned for client @p c after the extension's
 * own checks: ENOTPERMITTED blames "planned" (below the 4.5.1.1 floor, with
 * the floor and the clause), ERANGE "combined" when the combined time
 * overflows and else "reference" (a date past 9999-12-31). @p why gets the
 * reason (at most @p n bytes). */
const char *csql_client_blame(const csisms_client *c, int rc, char *why, size_t n);

/* What the figures of a justification step count (csisms_step): */
enum csql_unit { CSQL_NONE, CSQL_COUNT, CSQL_DAYS };
/* ... its input (persons, sites or halfdays), input2 (halfdays or none) and
 * result (halfdays or sites). */
void csql_step_units(int rule, enum csql_unit *input, enum csql_unit *input2, enum csql_unit *result);

#endif /* CSISMS_SQL_H */
