/* SPDX-License-Identifier: MIT */
/*
 * libcsisms instruction-count benchmark (bench/README.md).
 *
 * Reads bench/budgets.tsv (one case a line: function, case, input, budget,
 * why) and, for every case, calls the function on the input N times and 2N
 * times between callgrind client requests that zero the counters and dump
 * them under the label "case=<row> n=<calls>".  bench/run-bench.sh runs this
 * program under valgrind --tool=callgrind, takes (Ir(2N) - Ir(N)) / N, which
 * removes the parsing and set-up done once per run, subtracts the cost of one
 * empty harness loop iteration (the case "harness" below, measured the same
 * way), and compares the result with the budget.
 *
 * Standard output: one line per case, "case<TAB>row<TAB>function<TAB>case
 * name<TAB>budget", for run-bench.sh.  Exit status 2 on a malformed budgets
 * file or an unknown function.  Without valgrind the client requests do
 * nothing: the program then only checks that every case parses and runs.
 *
 * Adding a case of a function already here is one line in budgets.tsv; a new
 * function needs one adapter below (BENCH_* macros) and its lines there.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"

#ifdef HAVE_VALGRIND_CALLGRIND_H
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(label) ((void)(label))
#endif

#define MAX_ARGS 16
#define MAX_LINE 4096

/* The decoded input column of one case. */
struct args {
    int count;
    char *text[MAX_ARGS]; /* decoded token; NULL for the token NULL */
};

/* Set by the argument readers when a token is not what the adapter needs. */
static int bad_input;
static const char *bad_token;

/* Every result goes here, so no call can be left out. */
static volatile uintptr_t sink;

/* Named constants the input column may use instead of numbers. */
static const struct {
    const char *name;
    int64_t value;
} constants[] = {
    {"ZH", CSISMS_LANG_ZH},
    {"EN", CSISMS_LANG_EN},
    {"BASIS_NONE", CSISMS_BASIS_NONE},
    {"ISMS_CERT", CSISMS_BASIS_ISMS_CERT},
    {"ISMS_CERT_HERE", CSISMS_BASIS_ISMS_CERT_HERE},
    {"COMBINED", CSISMS_BASIS_COMBINED},
    {"SURV_FIRST", CSISMS_SURV_FIRST},
    {"SURV_SECOND", CSISMS_SURV_SECOND},
    {"SURV_AFTER_RECERT", CSISMS_SURV_AFTER_RECERT},
    {"AUDIT_INITIAL", CSISMS_AUDIT_INITIAL},
    {"AUDIT_SURVEILLANCE", CSISMS_AUDIT_SURVEILLANCE},
    {"AUDIT_RECERT", CSISMS_AUDIT_RECERT},
    {"UINT32_MAX", UINT32_MAX},
    {"INT32_MAX", INT32_MAX},
    {"INT32_MIN", INT32_MIN},
    {"INT64_MAX", INT64_MAX},
};

static int64_t num(const struct args *a, int i)
{
    const char *t = a->text[i];
    char *end;
    long long v;

    if (t == NULL)
        goto bad;
    for (size_t k = 0; k < sizeof constants / sizeof constants[0]; k++)
        if (strcmp(t, constants[k].name) == 0)
            return constants[k].value;
    errno = 0;
    v = strtoll(t, &end, 0);
    if (errno == 0 && end != t && *end == '\0')
        return (int64_t)v;
bad:
    bad_input = 1;
    bad_token = t != NULL ? t : "NULL";
    return 0;
}

#define I32(i) ((int32_t)num(a, (i)))
#define U32(i) ((uint32_t)num(a, (i)))
#define INT(i) ((int)num(a, (i)))
#define STR(i) ((const char *)a->text[(i)])

/* A scope handle from its code, for the accessors (looked up once per run). */
static const csisms_scope *handle(const struct args *a, int i)
{
    const csisms_scope *s = NULL;

    if (a->text[i] != NULL && csisms_scope_lookup(a->text[i], &s) != CSISMS_OK) {
        bad_input = 1;
        bad_token = a->text[i];
    }
    return s;
}

/* The measured loop: n calls, each result stored in the volatile sink. */
#define LOOP(call)                                                                                 \
    do {                                                                                           \
        for (unsigned long i_ = 0; i_ < n; i_++)                                                   \
            sink = (uintptr_t)(call);                                                              \
    } while (0)

/* An adapter: reads its arguments (once), then runs the loop. */
#define BENCH(fn) static void bench_##fn(const struct args *a, unsigned long n)

BENCH(harness)
{
    (void)a;
    LOOP(0);
}

/* ---------------------------------------------------------------- status */
BENCH(csisms_version) { (void)a; LOOP(csisms_version()); }
BENCH(csisms_check_version) { int v = INT(0); LOOP(csisms_check_version(v)); }
BENCH(csisms_strerror) { int s = INT(0); LOOP(csisms_strerror(s)); }

/* ---------------------------------------------------------------- audit time */
BENCH(csisms_isms_audit_days)
{
    uint32_t p = U32(0);
    int32_t out;
    LOOP(csisms_isms_audit_days(p, &out));
}
BENCH(csisms_isms_band)
{
    uint32_t k = U32(0), lo, hi;
    int32_t hd;
    LOOP(csisms_isms_band(k, &lo, &hi, &hd));
}
BENCH(csisms_initial_audit_days)
{
    int32_t h = I32(0), out;
    int basis = INT(1);
    LOOP(csisms_initial_audit_days(h, basis, &out));
}
BENCH(csisms_audit_days)
{
    uint32_t p = U32(0);
    int basis = INT(1);
    int32_t out;
    LOOP(csisms_audit_days(p, basis, &out));
}
/* The one-argument derived times share a shape. */
#define BENCH_SCALED(fn)                                                                           \
    BENCH(fn)                                                                                      \
    {                                                                                              \
        int32_t h = I32(0), out;                                                                   \
        LOOP(fn(h, &out));                                                                         \
    }
BENCH_SCALED(csisms_min_reduced_days)
BENCH_SCALED(csisms_min_onsite_days)
BENCH_SCALED(csisms_surveillance_days)
BENCH_SCALED(csisms_surveillance_cycle_min_days)
BENCH_SCALED(csisms_recert_min_days)
BENCH(csisms_combined_min_days)
{
    int32_t times[MAX_ARGS], out;
    for (int k = 0; k < a->count; k++)
        times[k] = I32(k);
    size_t count = (size_t)a->count;
    LOOP(csisms_combined_min_days(times, count, &out));
}
BENCH(csisms_round_up_half)
{
    int64_t num_ = num(a, 0), den = num(a, 1);
    int32_t out;
    LOOP(csisms_round_up_half(num_, den, &out));
}
BENCH(csisms_days_format)
{
    int32_t h = I32(0);
    char buf[64];
    size_t size = (size_t)num(a, 1);
    if (size > sizeof buf)
        size = sizeof buf;
    LOOP(csisms_days_format(h, buf, size));
}
BENCH(csisms_days_parse)
{
    const char *t = STR(0);
    int32_t out;
    LOOP(csisms_days_parse(t, &out));
}

/* ---------------------------------------------------------------- dates */
BENCH(csisms_date_valid) { csisms_date d = I32(0); LOOP(csisms_date_valid(d)); }
BENCH(csisms_date_parse)
{
    const char *t = STR(0);
    csisms_date out;
    LOOP(csisms_date_parse(t, &out));
}
BENCH(csisms_date_format)
{
    csisms_date d = I32(0);
    char buf[64];
    size_t size = (size_t)num(a, 1);
    if (size > sizeof buf)
        size = sizeof buf;
    LOOP(csisms_date_format(d, buf, size));
}
/* date, int32_t -> date */
#define BENCH_DATE_INT(fn)                                                                         \
    BENCH(fn)                                                                                      \
    {                                                                                              \
        csisms_date d = I32(0), out;                                                               \
        int32_t k = I32(1);                                                                        \
        LOOP(fn(d, k, &out));                                                                      \
    }
BENCH_DATE_INT(csisms_date_add_days)
BENCH_DATE_INT(csisms_date_add_months)
BENCH(csisms_date_diff_days)
{
    csisms_date from = I32(0), to = I32(1);
    int32_t out;
    LOOP(csisms_date_diff_days(from, to, &out));
}
BENCH(csisms_surveillance_due)
{
    int kind = INT(0);
    csisms_date ref = I32(1), due, latest;
    LOOP(csisms_surveillance_due(kind, ref, &due, &latest));
}
/* date -> date */
#define BENCH_DATE(fn)                                                                             \
    BENCH(fn)                                                                                      \
    {                                                                                              \
        csisms_date d = I32(0), out;                                                               \
        LOOP(fn(d, &out));                                                                         \
    }
BENCH_DATE(csisms_certificate_valid_until)
BENCH(csisms_recert_valid_until)
{
    csisms_date old = I32(0), decision = I32(1), out;
    LOOP(csisms_recert_valid_until(old, decision, &out));
}
BENCH_DATE(csisms_recert_window_opens)
BENCH_DATE(csisms_suspension_ends_by)
BENCH_DATE(csisms_appeal_due)
BENCH_DATE(csisms_correction_due)

/* ---------------------------------------------------------------- scope */
BENCH(csisms_scope_lookup)
{
    const char *t = STR(0);
    const csisms_scope *s;
    LOOP(csisms_scope_lookup(t, &s));
}
BENCH(csisms_scope_count) { (void)a; LOOP(csisms_scope_count()); }
BENCH(csisms_scope_at) { size_t k = (size_t)num(a, 0); LOOP(csisms_scope_at(k)); }
BENCH(csisms_scope_code) { const csisms_scope *s = handle(a, 0); LOOP(csisms_scope_code(s)); }
BENCH(csisms_scope_name)
{
    const csisms_scope *s = handle(a, 0);
    int lang = INT(1);
    LOOP(csisms_scope_name(s, lang));
}
BENCH(csisms_scope_note)
{
    const csisms_scope *s = handle(a, 0);
    int lang = INT(1);
    LOOP(csisms_scope_note(s, lang));
}
BENCH(csisms_scope_level) { const csisms_scope *s = handle(a, 0); LOOP(csisms_scope_level(s)); }
BENCH(csisms_scope_parent) { const csisms_scope *s = handle(a, 0); LOOP(csisms_scope_parent(s)); }
BENCH(csisms_scope_flags) { const csisms_scope *s = handle(a, 0); LOOP(csisms_scope_flags(s)); }
BENCH(csisms_scope_find)
{
    const char *t = STR(0);
    size_t from = (size_t)num(a, 1), out;
    LOOP(csisms_scope_find(t, from, &out));
}

/* ---------------------------------------------------------------- verdicts */
/* Input: name=value pairs for the facts' fields; unnamed fields are 0. */
BENCH(csisms_evaluate)
{
    static const struct {
        const char *name;
        size_t offset;
    } fields[] = {
        {"grounds", offsetof(csisms_facts, grounds)},
        {"today", offsetof(csisms_facts, today)},
        {"valid_until", offsetof(csisms_facts, valid_until)},
        {"suspended_on", offsetof(csisms_facts, suspended_on)},
        {"surveillance_latest", offsetof(csisms_facts, surveillance_latest)},
        {"correction_requested", offsetof(csisms_facts, correction_requested)},
        {"suspension_resolved", offsetof(csisms_facts, suspension_resolved)},
        {"correction_done", offsetof(csisms_facts, correction_done)},
    };
    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v = CSISMS_VERDICT_INIT;

    for (int k = 0; k < a->count; k++) {
        const char *t = a->text[k], *eq = t != NULL ? strchr(t, '=') : NULL;
        size_t j = 0;

        while (eq != NULL && j < sizeof fields / sizeof fields[0]
               && (strlen(fields[j].name) != (size_t)(eq - t)
                   || strncmp(t, fields[j].name, (size_t)(eq - t)) != 0))
            j++;
        if (eq == NULL || j == sizeof fields / sizeof fields[0]) {
            bad_input = 1;
            bad_token = t != NULL ? t : "NULL";
            return;
        }
        struct args one = {1, {(char *)(eq + 1)}};
        int32_t value = (int32_t)num(&one, 0); /* every field is 32 bits */
        memcpy((char *)&f + fields[j].offset, &value, sizeof value);
    }
    LOOP(csisms_evaluate(&f, &v));
}
BENCH(csisms_reason_clause) { uint32_t r = U32(0); LOOP(csisms_reason_clause(r)); }
BENCH(csisms_reason_text)
{
    uint32_t r = U32(0);
    int lang = INT(1);
    LOOP(csisms_reason_text(r, lang));
}
BENCH(csisms_action_name)
{
    int act = INT(0), lang = INT(1);
    LOOP(csisms_action_name(act, lang));
}
BENCH(csisms_duty_text)
{
    uint32_t d = U32(0);
    int lang = INT(1);
    LOOP(csisms_duty_text(d, lang));
}
BENCH(csisms_duty_clause) { uint32_t d = U32(0); LOOP(csisms_duty_clause(d)); }

/* ---------------------------------------------------------------- checklists */
BENCH(csisms_checklist_size) { int l = INT(0); LOOP(csisms_checklist_size(l)); }
BENCH(csisms_checklist_mode) { int l = INT(0); LOOP(csisms_checklist_mode(l)); }
BENCH(csisms_checklist_clause) { int l = INT(0); LOOP(csisms_checklist_clause(l)); }
BENCH(csisms_checklist_title)
{
    int l = INT(0), lang = INT(1);
    LOOP(csisms_checklist_title(l, lang));
}
BENCH(csisms_checklist_item)
{
    int l = INT(0), item = INT(1), lang = INT(2);
    LOOP(csisms_checklist_item(l, item, lang));
}
BENCH(csisms_checklist_conditional) { int l = INT(0); LOOP(csisms_checklist_conditional(l)); }
BENCH(csisms_checklist_eval)
{
    int l = INT(0);
    uint32_t present = U32(1), na = U32(2), missing;
    LOOP(csisms_checklist_eval(l, present, na, &missing));
}

/* ---------------------------------------------------------------- identifiers */
BENCH(csisms_uscc_validate)
{
    const char *t = STR(0);
    LOOP(csisms_uscc_validate(t));
}
BENCH(csisms_sample_sites)
{
    uint32_t sites = U32(0), out;
    int audit = INT(1);
    LOOP(csisms_sample_sites(sites, audit, &out));
}

/* ---------------------------------------------------------------- 1.1 */
BENCH(csisms_date_parse_lenient)
{
    const char *t = STR(0);
    csisms_date d;
    LOOP(csisms_date_parse_lenient(t, &d));
}
/* The batch: n rows of one certificate's facts per call, reported per row by
 * run-bench.sh's caller through the budget (per call of BATCH_ROWS rows). */
#define BATCH_ROWS 100
BENCH(csisms_evaluate_batch)
{
    static csisms_date today[BATCH_ROWS], valid[BATCH_ROWS], latest[BATCH_ROWS];
    static int32_t status[BATCH_ROWS], action[BATCH_ROWS];
    csisms_date t = I32(0), u = I32(1), w = I32(2);
    for (int k = 0; k < BATCH_ROWS; k++) {
        today[k] = t;
        valid[k] = u;
        latest[k] = w;
    }
    LOOP(csisms_evaluate_batch(BATCH_ROWS, today, valid, NULL, latest, NULL, NULL, NULL, status,
                               action, NULL, NULL, NULL, NULL));
}
BENCH(csisms_rule_clause) { int r = INT(0); LOOP(csisms_rule_clause(r)); }
BENCH(csisms_rule_text)
{
    int r = INT(0), lang = INT(1);
    LOOP(csisms_rule_text(r, lang));
}
BENCH(csisms_rule_count) { (void)a; LOOP(csisms_rule_count()); }
BENCH(csisms_rule_at) { size_t i = (size_t)num(a, 0); LOOP(csisms_rule_at(i)); }
BENCH(csisms_reason_rule) { uint32_t r = U32(0); LOOP(csisms_reason_rule(r)); }
BENCH(csisms_reason_of_clause)
{
    const char *c = STR(0);
    uint32_t r;
    LOOP(csisms_reason_of_clause(c, &r));
}
BENCH(csisms_isms_band_index)
{
    uint32_t p = U32(0), i;
    LOOP(csisms_isms_band_index(p, &i));
}
BENCH(csisms_uscc_check)
{
    const char *t = STR(0);
    int st;
    size_t pos;
    char want;
    LOOP(csisms_uscc_check(t, &st, &pos, &want));
}
BENCH(csisms_scope_under)
{
    const char *c = STR(0);
    size_t from = (size_t)num(a, 1), i;
    LOOP(csisms_scope_under(c, from, &i));
}
/* A client: personnel, basis, decision date, sites. */
static csisms_client client_of(const struct args *a)
{
    csisms_client c = CSISMS_CLIENT_INIT;
    c.personnel = U32(0);
    c.basis = I32(1);
    c.cycle = CSISMS_CYCLE_INITIAL;
    c.reference = I32(2);
    c.sites = U32(3);
    return c;
}
BENCH(csisms_programme)
{
    csisms_client c = client_of(a);
    csisms_programme_entry e[5];
    size_t cnt;
    for (int k = 0; k < 5; k++)
        e[k].size = sizeof e[k];
    LOOP(csisms_programme(&c, e, 5, &cnt));
}
BENCH(csisms_justify)
{
    csisms_client c = client_of(a);
    csisms_step st[12];
    size_t cnt;
    for (int k = 0; k < 12; k++)
        st[k].size = sizeof st[k];
    LOOP(csisms_justify(&c, st, 12, &cnt));
}
BENCH(csisms_record_check)
{
    csisms_client c = client_of(a);
    csisms_audit_record r[2] = {
        {sizeof r[0], CSISMS_PROG_SURVEILLANCE1, 20250901, 4, 4},
        {sizeof r[0], CSISMS_PROG_SURVEILLANCE2, 20260901, 4, 4},
    };
    csisms_breach b[8];
    size_t cnt;
    for (int k = 0; k < 8; k++)
        b[k].size = sizeof b[k];
    LOOP(csisms_record_check(&c, r, 2, b, 8, &cnt));
}

/* Every adapter, with the number of input tokens it reads (-1: any number). */
static const struct adapter {
    const char *name;
    int nargs;
    void (*run)(const struct args *a, unsigned long n);
} adapters[] = {
#define A(fn, nargs) {#fn, nargs, bench_##fn}
    A(harness, 0),
    A(csisms_date_parse_lenient, 1),
    A(csisms_evaluate_batch, 3),
    A(csisms_rule_clause, 1),
    A(csisms_rule_text, 2),
    A(csisms_rule_count, 0),
    A(csisms_rule_at, 1),
    A(csisms_reason_rule, 1),
    A(csisms_reason_of_clause, 1),
    A(csisms_isms_band_index, 1),
    A(csisms_uscc_check, 1),
    A(csisms_scope_under, 2),
    A(csisms_programme, 4),
    A(csisms_justify, 4),
    A(csisms_record_check, 4),
    A(csisms_version, 0),
    A(csisms_check_version, 1),
    A(csisms_strerror, 1),
    A(csisms_isms_audit_days, 1),
    A(csisms_isms_band, 1),
    A(csisms_initial_audit_days, 2),
    A(csisms_audit_days, 2),
    A(csisms_min_reduced_days, 1),
    A(csisms_min_onsite_days, 1),
    A(csisms_surveillance_days, 1),
    A(csisms_surveillance_cycle_min_days, 1),
    A(csisms_recert_min_days, 1),
    A(csisms_combined_min_days, -1),
    A(csisms_round_up_half, 2),
    A(csisms_days_format, 2),
    A(csisms_days_parse, 1),
    A(csisms_date_valid, 1),
    A(csisms_date_parse, 1),
    A(csisms_date_format, 2),
    A(csisms_date_add_days, 2),
    A(csisms_date_add_months, 2),
    A(csisms_date_diff_days, 2),
    A(csisms_surveillance_due, 2),
    A(csisms_certificate_valid_until, 1),
    A(csisms_recert_valid_until, 2),
    A(csisms_recert_window_opens, 1),
    A(csisms_suspension_ends_by, 1),
    A(csisms_appeal_due, 1),
    A(csisms_correction_due, 1),
    A(csisms_scope_lookup, 1),
    A(csisms_scope_count, 0),
    A(csisms_scope_at, 1),
    A(csisms_scope_code, 1),
    A(csisms_scope_name, 2),
    A(csisms_scope_note, 2),
    A(csisms_scope_level, 1),
    A(csisms_scope_parent, 1),
    A(csisms_scope_flags, 1),
    A(csisms_scope_find, 2),
    A(csisms_evaluate, -1),
    A(csisms_reason_clause, 1),
    A(csisms_reason_text, 2),
    A(csisms_action_name, 2),
    A(csisms_duty_text, 2),
    A(csisms_duty_clause, 1),
    A(csisms_checklist_size, 1),
    A(csisms_checklist_mode, 1),
    A(csisms_checklist_clause, 1),
    A(csisms_checklist_title, 2),
    A(csisms_checklist_item, 3),
    A(csisms_checklist_conditional, 1),
    A(csisms_checklist_eval, 3),
    A(csisms_uscc_validate, 1),
    A(csisms_sample_sites, 2),
#undef A
};

/* Decodes one token in place: \s space, \t tab, \\ backslash, \xHH a byte;
 * "NULL" is the null pointer and "" the empty string.  0, or -1 when bad. */
static int decode(char *tok, char **out)
{
    char *r = tok, *w = tok;

    if (strcmp(tok, "NULL") == 0) {
        *out = NULL;
        return 0;
    }
    if (strcmp(tok, "\"\"") == 0) {
        *tok = '\0';
        *out = tok;
        return 0;
    }
    while (*r != '\0') {
        if (*r != '\\') {
            *w++ = *r++;
            continue;
        }
        r++;
        if (*r == 's') {
            *w++ = ' ';
            r++;
        } else if (*r == 't') {
            *w++ = '\t';
            r++;
        } else if (*r == '\\') {
            *w++ = '\\';
            r++;
        } else if (*r == 'x' && r[1] != '\0' && r[2] != '\0') {
            char hex[3] = {r[1], r[2], '\0'}, *end;
            unsigned long v = strtoul(hex, &end, 16);
            if (*end != '\0')
                return -1;
            *w++ = (char)v;
            r += 3;
        } else {
            return -1;
        }
    }
    *w = '\0';
    *out = tok;
    return 0;
}

/* Splits a line at tabs into at most max fields; the number of fields. */
static int split_fields(char *line, char **field, int max)
{
    int n = 0;

    line[strcspn(line, "\r\n")] = '\0';
    while (n < max) {
        field[n++] = line;
        line = strchr(line, '\t');
        if (line == NULL)
            break;
        *line++ = '\0';
    }
    return n;
}

static int fail(const char *file, int lineno, const char *what, const char *detail)
{
    fprintf(stderr, "bench: %s:%d: %s%s%s\n", file, lineno, what, detail ? ": " : "",
            detail ? detail : "");
    return 2;
}

/* Measures one case: n and 2n calls, each dumped under its own label. */
static void measure(const struct adapter *ad, const struct args *a, int row, unsigned long n)
{
    char label[64];

    ad->run(a, 1); /* first call: lazy binding of the library's symbol */
    for (unsigned long calls = n; calls <= 2 * n; calls += n) {
        snprintf(label, sizeof label, "case=%d n=%lu", row, calls);
        CALLGRIND_ZERO_STATS;
        ad->run(a, calls);
        CALLGRIND_DUMP_STATS_AT(label);
    }
}

int main(int argc, char **argv)
{
    const char *file = argc > 1 ? argv[1] : "bench/budgets.tsv";
    unsigned long n = argc > 2 ? strtoul(argv[2], NULL, 10) : 20;
    char line[MAX_LINE];
    int lineno = 0, row = 0;
    FILE *in = fopen(file, "r");

    if (in == NULL) {
        fprintf(stderr, "bench: cannot open %s\n", file);
        return 2;
    }
    if (n == 0)
        n = 1;
    /* Row 0: the empty harness loop, subtracted from every case. */
    {
        struct args none = {0, {NULL}};
        printf("case\t0\tharness\tempty loop\t-\n");
        measure(&adapters[0], &none, 0, n);
    }
    while (fgets(line, sizeof line, in) != NULL) {
        char *field[5], *tok;
        struct args a = {0, {NULL}};
        const struct adapter *ad = NULL;
        int nf;

        lineno++;
        if (strchr(line, '\n') == NULL && !feof(in))
            return fail(file, lineno, "line too long", NULL);
        if (line[0] == '#' || line[strspn(line, " \t\r\n")] == '\0')
            continue;
        nf = split_fields(line, field, 5);
        if (nf < 4)
            return fail(file, lineno, "want function, case, input, budget, why (tab-separated)",
                        NULL);
        for (size_t k = 1; k < sizeof adapters / sizeof adapters[0]; k++)
            if (strcmp(adapters[k].name, field[0]) == 0)
                ad = &adapters[k];
        if (ad == NULL)
            return fail(file, lineno, "no adapter in bench/bench.c for", field[0]);
        for (tok = strtok(field[2], " "); tok != NULL; tok = strtok(NULL, " ")) {
            if (strcmp(tok, "-") == 0 && a.count == 0)
                continue; /* "-": no input */
            if (a.count == MAX_ARGS || decode(tok, &a.text[a.count]) != 0)
                return fail(file, lineno, "bad input token", tok);
            a.count++;
        }
        if (ad->nargs >= 0 && a.count != ad->nargs) {
            char want[64];
            snprintf(want, sizeof want, "%s takes %d input token(s)", ad->name, ad->nargs);
            return fail(file, lineno, "wrong number of input tokens", want);
        }
        row++;
        bad_input = 0;
        ad->run(&a, 0); /* reads the arguments only */
        if (bad_input)
            return fail(file, lineno, "input not understood", bad_token);
        printf("case\t%d\t%s\t%s\t%s\n", row, field[0], field[1], field[3]);
        fflush(stdout);
        measure(ad, &a, row, n);
    }
    fclose(in);
    return 0;
}
