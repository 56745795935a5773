/* csisms_sqlite.c — the SQLite extension "csisms": libcsisms's public API as
 * SQL functions and table-valued functions (see README.md beside this file).
 *
 *   sqlite> .load ./csisms
 *   sqlite> SELECT csisms_audit_days(120, 'isms-cert');      -- 7
 *
 * Dates are ISO text ("2024-10-22"; input also "20241022" and
 * "2024年10月22日"), days are numbers (8.5, exact: halves are binary
 * fractions), enumerations are text keywords (csisms_sql.h). Composite
 * results (csisms_evaluate, ...) are JSON text for SQLite's JSON functions.
 * Lists (the scope table, the checklists, ...) are eponymous virtual tables;
 * those with arguments are table-valued functions: csisms_audit_time(120).
 * Errors go through sqlite3_result_error and name the function, the
 * argument and its value.
 *
 * Adding a table-valued function: one struct tvf in the table at the end
 * (schema with HIDDEN argument columns, at most TVF_MAX_ARGS, and a fill
 * function that appends rows of cells), nothing else.
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "csisms_sql.h"

#ifdef _WIN32
#define CSISMS_EXPORT __declspec(dllexport)
#else
#define CSISMS_EXPORT __attribute__((visibility("default")))
#endif

int sqlite3_csisms_init(sqlite3 *db, char **err, const sqlite3_api_routines *api);

/* ------------------------------------------------------------------ errors */

/* "FUNCTION: argument NAME = VALUE: WHY" as the call's error. */
static void bad_arg(sqlite3_context *ctx, const char *name, const char *value, const char *why)
{
    char *msg = sqlite3_mprintf("%s: argument %s = %.40s%s: %s",
                                (const char *)sqlite3_user_data(ctx), name, value,
                                strlen(value) > 40 ? "..." : "", why);

    if (msg == NULL) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    sqlite3_result_error(ctx, msg, -1);
    sqlite3_free(msg);
}

/* The value's text for a message (NULL for a blob is shown as "(blob)"). */
static const char *shown(sqlite3_value *v)
{
    const char *s;

    if (sqlite3_value_type(v) == SQLITE_BLOB)
        return "(blob)";
    s = (const char *)sqlite3_value_text(v);
    return s == NULL ? "NULL" : s;
}

/* ----------------------------------------------------- argument conversion
 * The cores (conv_*) return 0, or -1 with *why saying what the value must
 * be (why NULL: out of memory); the *_arg wrappers turn that into the
 * call's error, the table-valued functions into their own (tvf_bad). */

static int conv_text(sqlite3_value *v, const char **out, const char **why)
{
    if (sqlite3_value_type(v) != SQLITE_TEXT) {
        *why = "must be text";
        return -1;
    }
    *out = (const char *)sqlite3_value_text(v);
    if (*out == NULL) {
        *why = NULL;
        return -1;
    }
    if ((size_t)sqlite3_value_bytes(v) != strlen(*out)) {
        *why = "must not contain NUL";
        return -1;
    }
    return 0;
}

static int conv_keyword(sqlite3_value *v, enum csql_set set, int *out, char *buf, size_t n,
                        const char **why)
{
    const char *s;

    if (conv_text(v, &s, why) != 0)
        return -1;
    if (csql_parse(set, s, out) != 0) {
        snprintf(buf, n, "must be %s", csql_choices(set));
        *why = buf;
        return -1;
    }
    return 0;
}

/* An integer in [lo, hi]. Text that reads as an integer is taken too. */
static int conv_int(sqlite3_value *v, sqlite3_int64 lo, sqlite3_int64 hi, sqlite3_int64 *out,
                    char *buf, size_t n, const char **why)
{
    if (sqlite3_value_numeric_type(v) != SQLITE_INTEGER) {
        *why = "must be an integer";
        return -1;
    }
    *out = sqlite3_value_int64(v);
    if (*out < lo || *out > hi) {
        snprintf(buf, n, "must be %lld ... %lld", (long long)lo, (long long)hi);
        *why = buf;
        return -1;
    }
    return 0;
}

static int conv_date(sqlite3_value *v, csisms_date *out, const char **why)
{
    const char *s;

    if (conv_text(v, &s, why) != 0)
        return -1;
    if (csisms_date_parse(s, out) != CSISMS_OK) {
        *why = "must be a date YYYY-MM-DD (or YYYYMMDD, YYYY年M月D日) in 0001 ... 9999";
        return -1;
    }
    return 0;
}

/* A number of days → halfdays, rounded up to 0.5 day: an integer, a real
 * (exactly: 2·d is exact in binary) or decimal text ("8.5"); at least
 * @p min_halfdays. */
static int conv_days(sqlite3_value *v, int32_t min_halfdays, int32_t *out, const char **why)
{
    int32_t hd;

    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER: {
        sqlite3_int64 n = sqlite3_value_int64(v);
        if (n < 0 || n > INT32_MAX / 2) {
            *why = "must be 0 ... 1073741823.5 days";
            return -1;
        }
        hd = (int32_t)(2 * n);
        break;
    }
    case SQLITE_FLOAT: {
        double d = sqlite3_value_double(v);
        if (!(d >= 0.0 && d <= INT32_MAX / 2.0)) { /* also NaN */
            *why = "must be 0 ... 1073741823.5 days";
            return -1;
        }
        hd = (int32_t)ceil(2.0 * d);
        break;
    }
    case SQLITE_TEXT: {
        const char *s = (const char *)sqlite3_value_text(v);
        int rc = s == NULL ? CSISMS_EINVAL : csisms_days_parse(s, &hd);
        if (rc != CSISMS_OK) {
            *why = rc == CSISMS_ERANGE ? "must be 0 ... 1073741823.5 days"
                                       : "must be a number of days, 0 or more";
            return -1;
        }
        break;
    }
    default:
        *why = "must be a number of days";
        return -1;
    }
    if (hd < min_halfdays) {
        *why = "must be more than 0 days";
        return -1;
    }
    *out = hd;
    return 0;
}

/* The call's error for a value that a core refused. */
static int refuse(sqlite3_context *ctx, sqlite3_value *v, const char *name, const char *why)
{
    if (why == NULL)
        sqlite3_result_error_nomem(ctx);
    else
        bad_arg(ctx, name, shown(v), why);
    return -1;
}

static int text_arg(sqlite3_context *ctx, sqlite3_value *v, const char *name, const char **out)
{
    const char *why;

    return conv_text(v, out, &why) == 0 ? 0 : refuse(ctx, v, name, why);
}

static int keyword_arg(sqlite3_context *ctx, sqlite3_value *v, const char *name, enum csql_set set,
                       int *out)
{
    char buf[128];
    const char *why;

    return conv_keyword(v, set, out, buf, sizeof buf, &why) == 0 ? 0 : refuse(ctx, v, name, why);
}

/* An optional keyword argument (argument @p i of @p argc, else @p dflt). */
static int opt_keyword(sqlite3_context *ctx, int argc, sqlite3_value **argv, int i,
                       const char *name, enum csql_set set, int dflt, int *out)
{
    *out = dflt;
    return i < argc ? keyword_arg(ctx, argv[i], name, set, out) : 0;
}

static int int_arg(sqlite3_context *ctx, sqlite3_value *v, const char *name, sqlite3_int64 lo,
                   sqlite3_int64 hi, sqlite3_int64 *out)
{
    char buf[64];
    const char *why;

    return conv_int(v, lo, hi, out, buf, sizeof buf, &why) == 0 ? 0 : refuse(ctx, v, name, why);
}

static int date_arg(sqlite3_context *ctx, sqlite3_value *v, const char *name, csisms_date *out)
{
    const char *why;

    return conv_date(v, out, &why) == 0 ? 0 : refuse(ctx, v, name, why);
}

static int days_arg(sqlite3_context *ctx, sqlite3_value *v, const char *name, int32_t min_halfdays,
                    int32_t *out)
{
    const char *why;

    return conv_days(v, min_halfdays, out, &why) == 0 ? 0 : refuse(ctx, v, name, why);
}

/* Whether any argument is NULL: the call then returns NULL (like a STRICT
 * PostgreSQL function). */
static int any_null(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    for (int i = 0; i < argc; i++)
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            sqlite3_result_null(ctx);
            return 1;
        }
    return 0;
}

/* ------------------------------------------------------------------ results */

static void result_days(sqlite3_context *ctx, int32_t halfdays)
{
    if (halfdays % 2 == 0)
        sqlite3_result_int64(ctx, halfdays / 2);
    else
        sqlite3_result_double(ctx, halfdays / 2.0);
}

static void result_date(sqlite3_context *ctx, csisms_date date)
{
    char buf[11];

    (void)csisms_date_format(date, buf, sizeof buf);
    sqlite3_result_text(ctx, buf, 10, SQLITE_TRANSIENT);
}

static void result_static(sqlite3_context *ctx, const char *s)
{
    sqlite3_result_text(ctx, s, -1, SQLITE_STATIC);
}

/* A small JSON writer into a fixed buffer (every result here is short). */
struct json {
    char buf[1024];
    size_t len;
    int sep;
};

static void json_raw(struct json *j, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (j->len >= sizeof j->buf)
        return;
    va_start(ap, fmt);
    n = vsnprintf(j->buf + j->len, sizeof j->buf - j->len, fmt, ap);
    va_end(ap);
    j->len = n < 0 ? sizeof j->buf : j->len + (size_t)n;
}

static void json_key(struct json *j, const char *key)
{
    json_raw(j, "%s\"%s\":", j->sep ? "," : "", key);
    j->sep = 1;
}

/* A string value: the library's texts need no escaping but quotes and
 * backslashes would; they have none (clauses, keywords, ISO dates). */
static void json_str(struct json *j, const char *s)
{
    json_raw(j, "%s\"%s\"", j->sep ? "," : "", s);
    j->sep = 1;
}

static void json_date(struct json *j, const char *key, csisms_date d)
{
    char buf[11];

    json_key(j, key);
    j->sep = 0;
    if (d == 0) {
        json_raw(j, "null");
    } else {
        (void)csisms_date_format(d, buf, sizeof buf);
        json_str(j, buf);
    }
    j->sep = 1;
}

static void json_open(struct json *j, const char *key, char bracket)
{
    if (key != NULL)
        json_key(j, key);
    json_raw(j, "%s%c", key == NULL && j->sep ? "," : "", bracket);
    j->sep = 0;
}

static void json_close(struct json *j, char bracket)
{
    json_raw(j, "%c", bracket);
    j->sep = 1;
}

static void result_json(sqlite3_context *ctx, const struct json *j)
{
    if (j->len >= sizeof j->buf)
        sqlite3_result_error(ctx, "csisms: result too long", -1);
    else
        sqlite3_result_text(ctx, j->buf, (int)j->len, SQLITE_TRANSIENT);
}

/* Splits a list argument — a JSON array ('["7.1.1(1)","7.2.1(5)"]', '[1,2]')
 * or comma-separated text ('7.1.1(1),7.2.1(5)', '1,2') — into items,
 * calling @p each on every item (trimmed, unquoted, NUL-terminated in a copy).
 * Returns 0, or -1 after @p each failed or the text was malformed. */
static int each_item(sqlite3_context *ctx, sqlite3_value *v, const char *name,
                     int (*each)(sqlite3_context *, const char *, const char *, void *), void *arg)
{
    const char *s, *end;
    char item[64];

    if (text_arg(ctx, v, name, &s) != 0)
        return -1;
    end = s + strlen(s);
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\n'))
        s++;
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n'))
        end--;
    if (s < end && *s == '[') {
        if (end[-1] != ']') {
            bad_arg(ctx, name, shown(v), "must be a JSON array or a comma-separated list");
            return -1;
        }
        s++, end--;
    }
    while (s < end) {
        const char *comma = memchr(s, ',', (size_t)(end - s));
        const char *a = s, *b = comma != NULL ? comma : end;
        while (a < b && (*a == ' ' || *a == '\t' || *a == '\n'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\n'))
            b--;
        if (b - a >= 2 && *a == '"' && b[-1] == '"')
            a++, b--;
        if (a == b || (size_t)(b - a) >= sizeof item) {
            bad_arg(ctx, name, shown(v), "has an empty or overlong item");
            return -1;
        }
        memcpy(item, a, (size_t)(b - a));
        item[b - a] = '\0';
        if (each(ctx, name, item, arg) != 0)
            return -1;
        if (comma == NULL)
            break;
        s = comma + 1;
        if (s == end) {
            bad_arg(ctx, name, shown(v), "has an empty item");
            return -1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- functions */

static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    (void)argc;
    (void)argv;
    result_static(ctx, csisms_version());
}

static void fn_isms_audit_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    sqlite3_int64 n;
    int32_t hd;

    if (any_null(ctx, argc, argv) || int_arg(ctx, argv[0], "personnel", 1, UINT32_MAX, &n) != 0)
        return;
    (void)csisms_isms_audit_days((uint32_t)n, &hd);
    result_days(ctx, hd);
}

static void fn_audit_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    sqlite3_int64 n;
    int basis;
    int32_t hd;

    if (any_null(ctx, argc, argv) || int_arg(ctx, argv[0], "personnel", 1, UINT32_MAX, &n) != 0 ||
        opt_keyword(ctx, argc, argv, 1, "basis", CSQL_BASIS, CSISMS_BASIS_NONE, &basis) != 0)
        return;
    (void)csisms_audit_days((uint32_t)n, basis, &hd);
    result_days(ctx, hd);
}

static void fn_initial_audit_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int32_t isms, hd;
    int basis;

    if (any_null(ctx, argc, argv) || days_arg(ctx, argv[0], "isms_days", 1, &isms) != 0 ||
        keyword_arg(ctx, argv[1], "basis", CSQL_BASIS, &basis) != 0)
        return;
    if (csisms_initial_audit_days(isms, basis, &hd) != CSISMS_OK) {
        bad_arg(ctx, "isms_days", shown(argv[0]), "the result is too large");
        return;
    }
    result_days(ctx, hd);
}

/* The derived figures: one duration T ≥ 0.5 day → a duration. */
static void fn_derived(sqlite3_context *ctx, int argc, sqlite3_value **argv,
                       int (*derive)(int32_t, int32_t *))
{
    int32_t t, hd;

    if (any_null(ctx, argc, argv) || days_arg(ctx, argv[0], "days", 1, &t) != 0)
        return;
    (void)derive(t, &hd);
    result_days(ctx, hd);
}
#define DERIVED(fn, cfunc)                                             \
    static void fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) \
    {                                                                  \
        fn_derived(ctx, argc, argv, cfunc);                            \
    }
DERIVED(fn_min_reduced_days, csisms_min_reduced_days)
DERIVED(fn_min_onsite_days, csisms_min_onsite_days)
DERIVED(fn_surveillance_days, csisms_surveillance_days)
DERIVED(fn_surveillance_cycle_min_days, csisms_surveillance_cycle_min_days)
DERIVED(fn_recert_min_days, csisms_recert_min_days)

static void fn_round_up_half(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int32_t hd;

    if (any_null(ctx, argc, argv) || days_arg(ctx, argv[0], "days", 0, &hd) != 0)
        return;
    result_days(ctx, hd);
}

/* csisms_combined_min_days(days, days, ...): 2 … 64 parts. */
static void fn_combined_min_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int32_t parts[64], hd;

    if (argc < 2 || argc > 64) {
        char n[16];
        snprintf(n, sizeof n, "%d", argc);
        bad_arg(ctx, "days", n, "must be 2 ... 64 audit times (arguments)");
        return;
    }
    if (any_null(ctx, argc, argv))
        return;
    for (int i = 0; i < argc; i++)
        if (days_arg(ctx, argv[i], "days", 1, &parts[i]) != 0)
            return;
    if (csisms_combined_min_days(parts, (size_t)argc, &hd) != CSISMS_OK) {
        bad_arg(ctx, "days", shown(argv[0]), "the sum is too large");
        return;
    }
    result_days(ctx, hd);
}

static void fn_date_parse(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    csisms_date d;

    if (any_null(ctx, argc, argv) || date_arg(ctx, argv[0], "text", &d) != 0)
        return;
    result_date(ctx, d);
}

static void fn_date_add(sqlite3_context *ctx, int argc, sqlite3_value **argv, int months)
{
    const char *what = months ? "months" : "days";
    csisms_date d, r;
    sqlite3_int64 n;
    int rc;

    if (any_null(ctx, argc, argv) || date_arg(ctx, argv[0], "date", &d) != 0 ||
        int_arg(ctx, argv[1], what, INT32_MIN, INT32_MAX, &n) != 0)
        return;
    rc = months ? csisms_date_add_months(d, (int32_t)n, &r) : csisms_date_add_days(d, (int32_t)n, &r);
    if (rc != CSISMS_OK) {
        bad_arg(ctx, what, shown(argv[1]), "the result is outside 0001-01-01 ... 9999-12-31");
        return;
    }
    result_date(ctx, r);
}

static void fn_date_add_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    fn_date_add(ctx, argc, argv, 0);
}

static void fn_date_add_months(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    fn_date_add(ctx, argc, argv, 1);
}

static void fn_date_diff_days(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    csisms_date from, to;
    int32_t n;

    if (any_null(ctx, argc, argv) || date_arg(ctx, argv[0], "from_date", &from) != 0 ||
        date_arg(ctx, argv[1], "to_date", &to) != 0)
        return;
    (void)csisms_date_diff_days(from, to, &n);
    sqlite3_result_int(ctx, n);
}

/* One deadline: date → date. */
static void fn_deadline(sqlite3_context *ctx, int argc, sqlite3_value **argv, const char *name,
                        int (*cfunc)(csisms_date, csisms_date *))
{
    csisms_date d, r;
    int rc;

    if (any_null(ctx, argc, argv) || date_arg(ctx, argv[0], name, &d) != 0)
        return;
    if ((rc = cfunc(d, &r)) < 0) {
        bad_arg(ctx, name, shown(argv[0]), csisms_strerror(rc));
        return;
    }
    result_date(ctx, r);
}
#define DEADLINE(fn, cfunc, name)                                      \
    static void fn(sqlite3_context *ctx, int argc, sqlite3_value **argv) \
    {                                                                  \
        fn_deadline(ctx, argc, argv, name, cfunc);                     \
    }
DEADLINE(fn_certificate_valid_until, csisms_certificate_valid_until, "valid_from")
DEADLINE(fn_recert_window_opens, csisms_recert_window_opens, "valid_until")
DEADLINE(fn_suspension_ends_by, csisms_suspension_ends_by, "suspended_on")
DEADLINE(fn_appeal_due, csisms_appeal_due, "received")
DEADLINE(fn_correction_due, csisms_correction_due, "requested")

/* csisms_surveillance_due(kind, reference) → {"due":..., "latest":...} */
static void fn_surveillance_due(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    struct json j = {.len = 0};
    csisms_date ref, due, latest;
    int kind, rc;

    if (any_null(ctx, argc, argv) || keyword_arg(ctx, argv[0], "kind", CSQL_SURV, &kind) != 0 ||
        date_arg(ctx, argv[1], "reference", &ref) != 0)
        return;
    if ((rc = csisms_surveillance_due(kind, ref, &due, &latest)) < 0) {
        bad_arg(ctx, "reference", shown(argv[1]), csisms_strerror(rc));
        return;
    }
    json_open(&j, NULL, '{');
    json_date(&j, "due", due);
    json_date(&j, "latest", latest);
    json_close(&j, '}');
    result_json(ctx, &j);
}

/* csisms_recert_valid_until(old, decision) → {"valid_until":..., "interrupted":...} */
static void fn_recert_valid_until(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    struct json j = {.len = 0};
    csisms_date old, decision, until;
    int rc;

    if (any_null(ctx, argc, argv) || date_arg(ctx, argv[0], "old_valid_until", &old) != 0 ||
        date_arg(ctx, argv[1], "decision", &decision) != 0)
        return;
    if ((rc = csisms_recert_valid_until(old, decision, &until)) < 0) {
        int i = decision > old ? 1 : 0;
        bad_arg(ctx, i ? "decision" : "old_valid_until", shown(argv[i]), csisms_strerror(rc));
        return;
    }
    json_open(&j, NULL, '{');
    json_date(&j, "valid_until", until);
    json_key(&j, "interrupted");
    json_raw(&j, rc == CSISMS_INTERRUPTED ? "true" : "false");
    json_close(&j, '}');
    result_json(ctx, &j);
}

static void fn_scope_lookup(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const csisms_scope *s;
    const char *code;
    int rc;

    if (any_null(ctx, argc, argv) || text_arg(ctx, argv[0], "code", &code) != 0)
        return;
    rc = csisms_scope_lookup(code, &s);
    if (rc == CSISMS_EINVAL)
        bad_arg(ctx, "code", code, "must be 1 to 3 dot-separated components of 1 or 2 digits");
    else if (rc != CSISMS_OK)
        sqlite3_result_null(ctx);
    else
        result_static(ctx, csisms_scope_code(s));
}

static int add_ground(sqlite3_context *ctx, const char *name, const char *clause, void *arg)
{
    uint32_t bit;
    int rc = csql_ground(clause, &bit);

    if (rc != 0) {
        char why[128];
        if (rc == -2)
            snprintf(why, sizeof why, "is derived from the dates, not a ground");
        else
            csql_ground_why(why, sizeof why);
        bad_arg(ctx, name, clause, why);
        return -1;
    }
    *(uint32_t *)arg |= bit;
    return 0;
}

static const char *const evaluate_args[] = {
    "today", "valid_until", "suspended_on", "surveillance_latest", "correction_requested",
    "suspension_resolved", "correction_done", "grounds",
};

/* csisms_evaluate(today, valid_until [, suspended_on, surveillance_latest,
 * correction_requested, suspension_resolved, correction_done, grounds]) →
 * {"action":..., "reasons":[clauses], "duties":[...], "deadline":..., "next_review":...} */
static void fn_evaluate(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict v = CSISMS_VERDICT_INIT;
    csisms_date dates[5] = {0, 0, 0, 0, 0};
    struct json j = {.len = 0};

    if (argc < 2 || argc > 8) {
        char n[16];
        snprintf(n, sizeof n, "%d", argc);
        bad_arg(ctx, "(count)", n, "takes 2 ... 8 arguments");
        return;
    }
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    for (int i = 0; i < 5 && i < argc; i++) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        if (date_arg(ctx, argv[i], evaluate_args[i], &dates[i]) != 0)
            return;
        if (dates[i] > 99981231) {
            bad_arg(ctx, evaluate_args[i], shown(argv[i]), "must be 9998-12-31 or earlier");
            return;
        }
        if ((i == 2 || i == 4) && dates[i] > dates[0]) {
            bad_arg(ctx, evaluate_args[i], shown(argv[i]), "must not be after today");
            return;
        }
    }
    f.today = dates[0];
    f.valid_until = dates[1];
    f.suspended_on = dates[2];
    f.surveillance_latest = dates[3];
    f.correction_requested = dates[4];
    for (int i = 5; i < 7 && i < argc; i++) {
        sqlite3_int64 b = 0;
        if (sqlite3_value_type(argv[i]) != SQLITE_NULL &&
            int_arg(ctx, argv[i], evaluate_args[i], 0, 1, &b) != 0)
            return;
        *(i == 5 ? &f.suspension_resolved : &f.correction_done) = (int32_t)b;
    }
    if (argc == 8 && sqlite3_value_type(argv[7]) != SQLITE_NULL &&
        each_item(ctx, argv[7], "grounds", add_ground, &f.grounds) != 0)
        return;
    if (csisms_evaluate(&f, &v) != CSISMS_OK) {
        bad_arg(ctx, "today", shown(argv[0]), "the facts are inconsistent");
        return;
    }
    json_open(&j, NULL, '{');
    json_key(&j, "action");
    j.sep = 0;
    json_str(&j, csql_name(CSQL_ACTION, v.action));
    json_open(&j, "reasons", '[');
    for (uint32_t r = v.reasons; r != 0; r &= r - 1) /* the set bits, lowest first */
        json_str(&j, csisms_reason_clause(r & (~r + 1)));
    json_close(&j, ']');
    json_open(&j, "duties", '[');
    for (uint32_t d = v.duties & (2 * CSISMS_DUTY_REPORT - 1); d != 0; d &= d - 1)
        json_str(&j, csql_name(CSQL_DUTY, (int)(d & (~d + 1))));
    json_close(&j, ']');
    json_date(&j, "deadline", v.deadline);
    json_date(&j, "next_review", v.next_review);
    json_close(&j, '}');
    result_json(ctx, &j);
}

static void fn_reason_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *clause;
    char why[128];
    uint32_t b;
    int lang;

    if (any_null(ctx, argc, argv) || text_arg(ctx, argv[0], "clause", &clause) != 0 ||
        opt_keyword(ctx, argc, argv, 1, "lang", CSQL_LANG, CSISMS_LANG_EN, &lang) != 0)
        return;
    if (csisms_reason_of_clause(clause, &b) == CSISMS_OK) {
        result_static(ctx, csisms_reason_text(b, lang));
        return;
    }
    csql_reason_why(why, sizeof why);
    bad_arg(ctx, "clause", clause, why);
}

static void fn_action_name(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int action, lang;

    if (any_null(ctx, argc, argv) || keyword_arg(ctx, argv[0], "action", CSQL_ACTION, &action) != 0 ||
        opt_keyword(ctx, argc, argv, 1, "lang", CSQL_LANG, CSISMS_LANG_EN, &lang) != 0)
        return;
    result_static(ctx, csisms_action_name(action, lang));
}

static void fn_duty_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int duty, lang;

    if (any_null(ctx, argc, argv) || keyword_arg(ctx, argv[0], "duty", CSQL_DUTY, &duty) != 0 ||
        opt_keyword(ctx, argc, argv, 1, "lang", CSQL_LANG, CSISMS_LANG_EN, &lang) != 0)
        return;
    result_static(ctx, csisms_duty_text((uint32_t)duty, lang));
}

static void fn_duty_clause(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int duty;

    if (any_null(ctx, argc, argv) || keyword_arg(ctx, argv[0], "duty", CSQL_DUTY, &duty) != 0)
        return;
    result_static(ctx, csisms_duty_clause((uint32_t)duty));
}

struct items {
    int list;
    uint32_t bits;
};

static int add_item(sqlite3_context *ctx, const char *name, const char *text, void *arg)
{
    struct items *it = arg;
    int n = 0;

    for (const char *p = text; *p != '\0'; p++) {
        if (*p < '0' || *p > '9' || n > 99) {
            n = 0;
            break;
        }
        n = n * 10 + (*p - '0');
    }
    if (n < 1 || n > csisms_checklist_size(it->list)) {
        bad_arg(ctx, name, text, "must be an item number of the list");
        return -1;
    }
    it->bits |= 1u << (n - 1);
    return 0;
}

/* csisms_checklist_eval(list, present [, not_applicable]) → {"met":..., "missing":[...]} */
static void fn_checklist_eval(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    struct items present = {0, 0}, na = {0, 0};
    struct json j = {.len = 0};
    sqlite3_int64 list;
    uint32_t missing;
    int rc;

    if (any_null(ctx, argc, argv) || int_arg(ctx, argv[0], "list", 1, 16, &list) != 0)
        return;
    present.list = na.list = (int)list;
    if (csisms_checklist_size(present.list) < 0) {
        bad_arg(ctx, "list", shown(argv[0]), "must be a list number (see csisms_checklist)");
        return;
    }
    if (each_item(ctx, argv[1], "present", add_item, &present) != 0 ||
        (argc > 2 && each_item(ctx, argv[2], "not_applicable", add_item, &na) != 0))
        return;
    rc = csisms_checklist_eval(present.list, present.bits, na.bits, &missing);
    if (rc < 0) {
        bad_arg(ctx, "not_applicable", shown(argv[2]),
                "only the list's conditional items may be not applicable");
        return;
    }
    json_open(&j, NULL, '{');
    json_key(&j, "met");
    json_raw(&j, rc == 1 ? "true" : "false");
    json_open(&j, "missing", '[');
    for (int i = 0; i < 32; i++)
        if (missing & (1u << i)) {
            json_raw(&j, "%s%d", j.sep ? "," : "", i + 1);
            j.sep = 1;
        }
    json_close(&j, ']');
    json_close(&j, '}');
    result_json(ctx, &j);
}

static void fn_uscc_valid(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    const char *s;

    if (any_null(ctx, argc, argv))
        return;
    if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    s = (const char *)sqlite3_value_text(argv[0]);
    sqlite3_result_int(ctx, s != NULL && (size_t)sqlite3_value_bytes(argv[0]) == strlen(s) &&
                                csisms_uscc_validate(s) == CSISMS_OK);
}

static void fn_sample_sites(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    sqlite3_int64 sites;
    uint32_t n;
    int audit;

    if (any_null(ctx, argc, argv) || int_arg(ctx, argv[0], "sites", 1, UINT32_MAX, &sites) != 0 ||
        opt_keyword(ctx, argc, argv, 1, "audit", CSQL_AUDIT, CSISMS_AUDIT_INITIAL, &audit) != 0)
        return;
    (void)csisms_sample_sites((uint32_t)sites, audit, &n);
    sqlite3_result_int64(ctx, n);
}

static const struct function {
    const char *name;
    int min_args, max_args; /* max -1: variadic, checked by the function */
    void (*fn)(sqlite3_context *, int, sqlite3_value **);
} functions[] = {
    {"csisms_version", 0, 0, fn_version},
    {"csisms_isms_audit_days", 1, 1, fn_isms_audit_days},
    {"csisms_audit_days", 1, 2, fn_audit_days},
    {"csisms_initial_audit_days", 2, 2, fn_initial_audit_days},
    {"csisms_min_reduced_days", 1, 1, fn_min_reduced_days},
    {"csisms_min_onsite_days", 1, 1, fn_min_onsite_days},
    {"csisms_surveillance_days", 1, 1, fn_surveillance_days},
    {"csisms_surveillance_cycle_min_days", 1, 1, fn_surveillance_cycle_min_days},
    {"csisms_recert_min_days", 1, 1, fn_recert_min_days},
    {"csisms_combined_min_days", 0, -1, fn_combined_min_days},
    {"csisms_round_up_half", 1, 1, fn_round_up_half},
    {"csisms_date_parse", 1, 1, fn_date_parse},
    {"csisms_date_add_days", 2, 2, fn_date_add_days},
    {"csisms_date_add_months", 2, 2, fn_date_add_months},
    {"csisms_date_diff_days", 2, 2, fn_date_diff_days},
    {"csisms_surveillance_due", 2, 2, fn_surveillance_due},
    {"csisms_certificate_valid_until", 1, 1, fn_certificate_valid_until},
    {"csisms_recert_valid_until", 2, 2, fn_recert_valid_until},
    {"csisms_recert_window_opens", 1, 1, fn_recert_window_opens},
    {"csisms_suspension_ends_by", 1, 1, fn_suspension_ends_by},
    {"csisms_appeal_due", 1, 1, fn_appeal_due},
    {"csisms_correction_due", 1, 1, fn_correction_due},
    {"csisms_scope_lookup", 1, 1, fn_scope_lookup},
    {"csisms_evaluate", 0, -1, fn_evaluate},
    {"csisms_reason_text", 1, 2, fn_reason_text},
    {"csisms_action_name", 1, 2, fn_action_name},
    {"csisms_duty_text", 1, 2, fn_duty_text},
    {"csisms_duty_clause", 1, 1, fn_duty_clause},
    {"csisms_checklist_eval", 2, 3, fn_checklist_eval},
    {"csisms_uscc_valid", 1, 1, fn_uscc_valid},
    {"csisms_sample_sites", 1, 2, fn_sample_sites},
};

/* ------------------------------------------------- table-valued functions
 * A generic eponymous virtual table: the descriptor's fill() materializes
 * every row of one call (these tables have at most a few hundred cells)
 * as cells; HIDDEN columns after the visible ones are the arguments. */

enum cell_kind { CELL_NULL, CELL_INT, CELL_TEXT, CELL_DAYS, CELL_DATE };

struct cell {
    enum cell_kind kind;
    sqlite3_int64 i; /* INT; DAYS: halfdays; DATE: YYYYMMDD */
    const char *s;   /* TEXT: a static string of the library or of this file */
};

struct rows {
    struct cell *cells;
    size_t count, cap;
    int nomem;
};

static void put(struct rows *r, enum cell_kind kind, sqlite3_int64 i, const char *s)
{
    if (r->count == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 64;
        struct cell *c = sqlite3_realloc64(r->cells, cap * sizeof *c);
        if (c == NULL) {
            r->nomem = 1;
            return;
        }
        r->cells = c;
        r->cap = cap;
    }
    r->cells[r->count++] = (struct cell){kind, i, s};
}

static void put_int(struct rows *r, sqlite3_int64 i)
{
    put(r, CELL_INT, i, NULL);
}

static void put_text(struct rows *r, const char *s)
{
    put(r, s == NULL ? CELL_NULL : CELL_TEXT, 0, s);
}

static void put_days(struct rows *r, int32_t halfdays)
{
    put(r, CELL_DAYS, halfdays, NULL);
}

static void put_null(struct rows *r)
{
    put(r, CELL_NULL, 0, NULL);
}

struct tvf {
    const char *name;
    const char *schema;
    int ncols;     /* visible columns */
    int nargs;     /* HIDDEN argument columns after them */
    int nrequired; /* arguments that must be given */
    /* Appends the rows; 0, or an error message (sqlite3_mprintf'd) in *err. */
    int (*fill)(struct rows *r, sqlite3_value **args, int nargs, char **err);
};

static int fill_scope(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    (void)args, (void)nargs, (void)err;
    for (size_t i = 0; i < csisms_scope_count(); i++) {
        const csisms_scope *s = csisms_scope_at(i);
        put_int(r, (sqlite3_int64)i + 1);
        put_text(r, csisms_scope_code(s));
        put_int(r, csisms_scope_level(s));
        put_text(r, csisms_scope_code(csisms_scope_parent(s)));
        put_text(r, csisms_scope_name(s, CSISMS_LANG_ZH));
        put_text(r, csisms_scope_name(s, CSISMS_LANG_EN));
        put_text(r, csisms_scope_note(s, CSISMS_LANG_ZH));
        put_text(r, csisms_scope_note(s, CSISMS_LANG_EN));
        put_int(r, (csisms_scope_flags(s) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0);
    }
    return 0;
}

static int fill_checklist(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    (void)args, (void)nargs, (void)err;
    for (int l = 1; csisms_checklist_size(l) > 0; l++) {
        put_int(r, l);
        put_text(r, csisms_checklist_clause(l));
        put_text(r, csql_name(CSQL_MODE, csisms_checklist_mode(l)));
        put_int(r, csisms_checklist_size(l));
        put_text(r, csisms_checklist_title(l, CSISMS_LANG_ZH));
        put_text(r, csisms_checklist_title(l, CSISMS_LANG_EN));
    }
    return 0;
}

static int fill_checklist_item(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    (void)args, (void)nargs, (void)err;
    for (int l = 1; csisms_checklist_size(l) > 0; l++)
        for (int i = 1; i <= csisms_checklist_size(l); i++) {
            put_int(r, l);
            put_int(r, i);
            put_int(r, (csisms_checklist_conditional(l) >> (i - 1)) & 1u);
            put_text(r, csisms_checklist_item(l, i, CSISMS_LANG_ZH));
            put_text(r, csisms_checklist_item(l, i, CSISMS_LANG_EN));
        }
    return 0;
}

static int fill_isms_band(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    uint32_t lo, hi;
    int32_t hd;

    (void)args, (void)nargs, (void)err;
    for (uint32_t i = 0; csisms_isms_band(i, &lo, &hi, &hd) == CSISMS_OK; i++) {
        put_int(r, i);
        put_int(r, lo);
        put_int(r, hi);
        put_days(r, hd);
    }
    return 0;
}

static int fill_reason(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    (void)args, (void)nargs, (void)err;
    for (uint32_t b = csql_next_reason(0); b != 0; b = csql_next_reason(b)) {
        put_text(r, csisms_reason_clause(b));
        put_text(r, (b & CSISMS_R_SUSPENSION_GROUNDS)   ? "suspension"
                    : (b & CSISMS_R_WITHDRAWAL_GROUNDS) ? "withdrawal"
                                                        : "derived");
        put_text(r, csisms_reason_text(b, CSISMS_LANG_ZH));
        put_text(r, csisms_reason_text(b, CSISMS_LANG_EN));
    }
    return 0;
}

/* csisms_audit_time(personnel [, basis]) */
static int fill_audit_time(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    struct csql_figure f[CSQL_NFIGURES];
    int basis = CSISMS_BASIS_NONE;
    sqlite3_int64 n = 0;
    const char *b;

    if (sqlite3_value_numeric_type(args[0]) == SQLITE_INTEGER)
        n = sqlite3_value_int64(args[0]);
    if (n < 1 || n > UINT32_MAX) {
        *err = sqlite3_mprintf("csisms_audit_time: argument personnel = %.40s: must be 1 ... 4294967295",
                               shown(args[0]));
        return -1;
    }
    if (nargs > 1 && args[1] != NULL && sqlite3_value_type(args[1]) != SQLITE_NULL) {
        b = shown(args[1]);
        if (sqlite3_value_type(args[1]) != SQLITE_TEXT || csql_parse(CSQL_BASIS, b, &basis) != 0) {
            *err = sqlite3_mprintf("csisms_audit_time: argument basis = %.40s: must be %s", b,
                                   csql_choices(CSQL_BASIS));
            return -1;
        }
    }
    (void)csql_figures((uint32_t)n, basis, f);
    for (int i = 0; i < CSQL_NFIGURES; i++) {
        put_int(r, i + 1);
        put_text(r, f[i].key);
        put_text(r, f[i].clause);
        put_days(r, f[i].halfdays);
    }
    return 0;
}

/* csisms_scope_find(text) */
static int fill_scope_find(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    const char *s = (const char *)sqlite3_value_text(args[0]);
    size_t i = 0;
    int rc;

    (void)nargs;
    for (; s != NULL && (rc = csisms_scope_find(s, i, &i)) == CSISMS_OK; i++)
        put_text(r, csisms_scope_code(csisms_scope_at(i)));
    if (s == NULL || sqlite3_value_type(args[0]) != SQLITE_TEXT || rc == CSISMS_EINVAL) {
        *err = sqlite3_mprintf("csisms_scope_find: argument text = %.40s: must be non-empty UTF-8 text",
                               shown(args[0]));
        return -1;
    }
    return 0;
}

/* A table-valued function's error: "FUNCTION: argument NAME = VALUE: WHY"
 * (why NULL: out of memory). Returns -1. */
static int tvf_bad(char **err, const char *fn, const char *name, sqlite3_value *v, const char *why)
{
    if (why != NULL)
        *err = sqlite3_mprintf("%s: argument %s = %.40s%s: %s", fn, name, shown(v),
                               strlen(shown(v)) > 40 ? "..." : "", why);
    return -1;
}

/* csisms_rule: rule, clause, text_zh, text_en (doc/rules-model.md §8). */
static int fill_rule(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    (void)args, (void)nargs, (void)err;
    for (size_t i = 0; i < csisms_rule_count(); i++) {
        int rule = csisms_rule_at(i);
        put_int(r, rule);
        put_text(r, csisms_rule_clause(rule));
        put_text(r, csisms_rule_text(rule, CSISMS_LANG_ZH));
        put_text(r, csisms_rule_text(rule, CSISMS_LANG_EN));
    }
    return 0;
}

/* Where a client's facts are among a table-valued function's arguments
 * (-1: not taken); personnel is argument 0. */
struct client_argnos {
    int cycle, reference, basis, combined, planned, sites, stage1_omitted, operating_since;
};

/* An optional argument: given and not NULL. */
static sqlite3_value *opt_value(sqlite3_value **args, int k)
{
    return k >= 0 && args[k] != NULL && sqlite3_value_type(args[k]) != SQLITE_NULL ? args[k] : NULL;
}

/* The client from the arguments (the required ones are not NULL: tvf_filter
 * checked); an optional one absent or NULL takes its default. */
static int client_from(const char *fn, sqlite3_value **args, const struct client_argnos *a,
                       csisms_client *c, char **err)
{
    const csisms_client init = CSISMS_CLIENT_INIT;
    char buf[128];
    const char *why;
    sqlite3_int64 n;
    sqlite3_value *v;
    int k;

    *c = init;
    c->cycle = CSISMS_CYCLE_INITIAL;
    if (conv_int(args[0], 1, UINT32_MAX, &n, buf, sizeof buf, &why) != 0)
        return tvf_bad(err, fn, "personnel", args[0], why);
    c->personnel = (uint32_t)n;
    if (a->cycle >= 0) {
        if (conv_keyword(args[a->cycle], CSQL_CYCLE, &k, buf, sizeof buf, &why) != 0)
            return tvf_bad(err, fn, "cycle", args[a->cycle], why);
        c->cycle = k;
        if (conv_date(args[a->reference], &c->reference, &why) != 0)
            return tvf_bad(err, fn, "reference", args[a->reference], why);
        if (c->reference > 99981231)
            return tvf_bad(err, fn, "reference", args[a->reference], "must be 9998-12-31 or earlier");
    }
    if ((v = opt_value(args, a->basis)) != NULL) {
        if (conv_keyword(v, CSQL_BASIS, &k, buf, sizeof buf, &why) != 0)
            return tvf_bad(err, fn, "basis", v, why);
        c->basis = k;
    }
    if ((v = opt_value(args, a->combined)) != NULL && conv_days(v, 0, &c->combined_halfdays, &why) != 0)
        return tvf_bad(err, fn, "combined", v, why);
    if ((v = opt_value(args, a->planned)) != NULL && conv_days(v, 1, &c->planned_halfdays, &why) != 0)
        return tvf_bad(err, fn, "planned", v, why);
    if ((v = opt_value(args, a->sites)) != NULL) {
        if (conv_int(v, 0, UINT32_MAX, &n, buf, sizeof buf, &why) != 0)
            return tvf_bad(err, fn, "sites", v, why);
        c->sites = (uint32_t)n;
    }
    if ((v = opt_value(args, a->stage1_omitted)) != NULL) {
        if (conv_int(v, 0, 1, &n, buf, sizeof buf, &why) != 0)
            return tvf_bad(err, fn, "stage1_omitted", v, why);
        c->stage1_omitted = (int32_t)n;
    }
    if ((v = opt_value(args, a->operating_since)) != NULL) {
        if (conv_date(v, &c->operating_since, &why) != 0)
            return tvf_bad(err, fn, "operating_since", v, why);
        if (c->operating_since > c->reference)
            return tvf_bad(err, fn, "operating_since", v, "must not be after reference");
    }
    return 0;
}

/* A status the library returned for a client that client_from() accepted. */
static int client_status(const char *fn, sqlite3_value **args, const struct client_argnos *a,
                         const csisms_client *c, int rc, char **err)
{
    char why[128];
    const char *name = csql_client_blame(c, rc, why, sizeof why);
    int k = strcmp(name, "planned") == 0    ? a->planned
            : strcmp(name, "combined") == 0 ? a->combined
                                            : a->reference;

    return tvf_bad(err, fn, name, args[k < 0 ? 0 : k], why);
}

static void put_date(struct rows *r, csisms_date d, int rule)
{
    if (rule == 0 || d == 0)
        put_null(r);
    else
        put(r, CELL_DATE, d, NULL);
}

/* csisms_programme(personnel, cycle, reference [, basis, combined, planned,
 * sites, stage1_omitted, operating_since]) */
static int fill_programme(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    static const struct client_argnos a = {1, 2, 3, 4, 5, 6, 7, 8};
    csisms_programme_entry e[8];
    csisms_client c;
    size_t n = 0;
    int rc;

    (void)nargs;
    if (client_from("csisms_programme", args, &a, &c, err) != 0)
        return -1;
    for (size_t i = 0; i < sizeof e / sizeof e[0]; i++)
        e[i].size = (uint32_t)sizeof e[i];
    if ((rc = csisms_programme(&c, e, sizeof e / sizeof e[0], &n)) != CSISMS_OK)
        return client_status("csisms_programme", args, &a, &c, rc, err);
    for (size_t i = 0; i < n; i++) {
        const csisms_programme_entry *x = &e[i];
        const int rules[6] = {x->rule_earliest, x->rule_last, x->rule_latest,
                              x->rule_total, x->rule_onsite, x->rule_sample};

        put_int(r, (sqlite3_int64)i + 1);
        put_text(r, csql_name(CSQL_PROG, x->kind));
        put_date(r, x->earliest, x->rule_earliest);
        put_date(r, x->last, x->rule_last);
        put_date(r, x->latest, x->rule_latest);
        if (x->rule_total != 0)
            put_days(r, x->total_halfdays);
        else
            put_null(r);
        if (x->rule_onsite != 0)
            put_days(r, x->onsite_halfdays);
        else
            put_null(r);
        if (x->rule_sample != 0)
            put_int(r, x->sample);
        else
            put_null(r);
        for (int k = 0; k < 6; k++)
            put_text(r, csql_clause(rules[k]));
    }
    return 0;
}

/* csisms_justify(personnel [, basis, combined, planned, sites]) */
static int fill_justify(struct rows *r, sqlite3_value **args, int nargs, char **err)
{
    static const struct client_argnos a = {-1, -1, 1, 2, 3, 4, -1, -1};
    csisms_step s[16];
    csisms_client c;
    size_t n = 0;
    int rc;

    (void)nargs;
    if (client_from("csisms_justify", args, &a, &c, err) != 0)
        return -1;
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++)
        s[i].size = (uint32_t)sizeof s[i];
    if ((rc = csisms_justify(&c, s, sizeof s / sizeof s[0], &n)) != CSISMS_OK)
        return client_status("csisms_justify", args, &a, &c, rc, err);
    for (size_t i = 0; i < n; i++) {
        enum csql_unit in, in2, out;

        csql_step_units(s[i].rule, &in, &in2, &out);
        put_int(r, (sqlite3_int64)i + 1);
        put_int(r, s[i].rule);
        put_text(r, csisms_rule_clause(s[i].rule));
        if (in == CSQL_COUNT)
            put_int(r, s[i].input);
        else
            put_null(r);
        if (in == CSQL_DAYS)
            put_days(r, (int32_t)s[i].input);
        else
            put_null(r);
        if (in2 == CSQL_DAYS)
            put_days(r, (int32_t)s[i].input2);
        else
            put_null(r);
        if (out == CSQL_DAYS)
            put_days(r, s[i].result);
        else
            put_null(r);
        if (out == CSQL_COUNT)
            put_int(r, s[i].result);
        else
            put_null(r);
    }
    return 0;
}

static const struct tvf tvfs[] = {
    {"csisms_scope",
     "CREATE TABLE x(ord, code, level, parent, name_zh, name_en, note_zh, note_en, "
     "raise_for_major_projects)",
     9, 0, 0, fill_scope},
    {"csisms_checklist", "CREATE TABLE x(list, clause, mode, size, title_zh, title_en)", 6, 0, 0,
     fill_checklist},
    {"csisms_checklist_item", "CREATE TABLE x(list, item, conditional, text_zh, text_en)", 5, 0, 0,
     fill_checklist_item},
    {"csisms_isms_band", "CREATE TABLE x(band, lower, upper, days)", 4, 0, 0, fill_isms_band},
    {"csisms_reason", "CREATE TABLE x(clause, kind, text_zh, text_en)", 4, 0, 0, fill_reason},
    {"csisms_audit_time",
     "CREATE TABLE x(step, figure, clause, days, personnel HIDDEN, basis HIDDEN)", 4, 2, 1,
     fill_audit_time},
    {"csisms_scope_find", "CREATE TABLE x(code, text HIDDEN)", 1, 1, 1, fill_scope_find},
    {"csisms_rule", "CREATE TABLE x(rule, clause, text_zh, text_en)", 4, 0, 0, fill_rule},
    {"csisms_programme",
     "CREATE TABLE x(ord, kind, earliest, last, latest, total_days, onsite_days, sample, "
     "earliest_clause, last_clause, latest_clause, total_clause, onsite_clause, sample_clause, "
     "personnel HIDDEN, cycle HIDDEN, reference HIDDEN, basis HIDDEN, combined HIDDEN, "
     "planned HIDDEN, sites HIDDEN, stage1_omitted HIDDEN, operating_since HIDDEN)",
     14, 9, 3, fill_programme},
    {"csisms_justify",
     "CREATE TABLE x(step, rule, clause, input, input_days, input2_days, result_days, result, "
     "personnel HIDDEN, basis HIDDEN, combined HIDDEN, planned HIDDEN, sites HIDDEN)",
     8, 5, 1, fill_justify},
};
#define TVF_MAX_ARGS 16 /* every tvf's nargs is at most this */

struct tvf_vtab {
    sqlite3_vtab base;
    const struct tvf *tvf;
};

struct tvf_cursor {
    sqlite3_vtab_cursor base;
    struct rows rows;
    size_t row; /* current row */
};

static int tvf_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                       sqlite3_vtab **out, char **err)
{
    const struct tvf *t = aux;
    struct tvf_vtab *v;
    int rc;

    (void)argc, (void)argv, (void)err;
    if ((rc = sqlite3_declare_vtab(db, t->schema)) != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    if ((v = sqlite3_malloc(sizeof *v)) == NULL)
        return SQLITE_NOMEM;
    memset(v, 0, sizeof *v);
    v->tvf = t;
    *out = &v->base;
    return SQLITE_OK;
}

static int tvf_disconnect(sqlite3_vtab *vtab)
{
    sqlite3_free(vtab);
    return SQLITE_OK;
}

/* Plan: every argument given by an equality constraint goes to xFilter, in
 * column order; idxNum has bit k when argument k is given. */
static int tvf_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info)
{
    const struct tvf *t = ((struct tvf_vtab *)vtab)->tvf;
    int given = 0, slot[TVF_MAX_ARGS];

    for (int k = 0; k < t->nargs; k++)
        slot[k] = -1;
    for (int i = 0; i < info->nConstraint; i++) {
        int k = info->aConstraint[i].iColumn - t->ncols;
        if (k < 0 || k >= t->nargs)
            continue;
        if (!info->aConstraint[i].usable || info->aConstraint[i].op != SQLITE_INDEX_CONSTRAINT_EQ)
            return SQLITE_CONSTRAINT;
        slot[k] = i;
    }
    for (int k = 0; k < t->nargs; k++) {
        if (slot[k] < 0) {
            if (k < t->nrequired)
                return SQLITE_CONSTRAINT;
            continue;
        }
        info->aConstraintUsage[slot[k]].argvIndex = ++given;
        info->aConstraintUsage[slot[k]].omit = 1;
        info->idxNum |= 1 << k;
    }
    info->estimatedCost = 10;
    info->estimatedRows = 50;
    return SQLITE_OK;
}

static int tvf_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out)
{
    struct tvf_cursor *c = sqlite3_malloc(sizeof *c);

    (void)vtab;
    if (c == NULL)
        return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *out = &c->base;
    return SQLITE_OK;
}

static int tvf_close(sqlite3_vtab_cursor *cur)
{
    struct tvf_cursor *c = (struct tvf_cursor *)cur;

    sqlite3_free(c->rows.cells);
    sqlite3_free(c);
    return SQLITE_OK;
}

static int tvf_filter(sqlite3_vtab_cursor *cur, int idx_num, const char *idx_str, int argc,
                      sqlite3_value **argv)
{
    struct tvf_cursor *c = (struct tvf_cursor *)cur;
    struct tvf_vtab *v = (struct tvf_vtab *)cur->pVtab;
    sqlite3_value *args[TVF_MAX_ARGS]; /* NULL: an optional argument not given */
    char *err = NULL;
    int n = 0, rc;

    (void)idx_str, (void)argc;
    for (int k = 0; k < v->tvf->nargs; k++)
        args[k] = (idx_num & (1 << k)) ? argv[n++] : NULL;
    /* a NULL argument gives no rows (as a STRICT function would) */
    for (int k = 0; k < v->tvf->nrequired; k++)
        if (sqlite3_value_type(args[k]) == SQLITE_NULL) {
            c->rows.count = 0;
            c->row = 0;
            return SQLITE_OK;
        }
    c->rows.count = 0;
    c->row = 0;
    rc = v->tvf->fill(&c->rows, args, v->tvf->nargs, &err);
    if (rc != 0) {
        sqlite3_free(v->base.zErrMsg);
        v->base.zErrMsg = err;
        c->rows.count = 0;
        return err == NULL ? SQLITE_NOMEM : SQLITE_ERROR;
    }
    return c->rows.nomem ? SQLITE_NOMEM : SQLITE_OK;
}

static int tvf_next(sqlite3_vtab_cursor *cur)
{
    ((struct tvf_cursor *)cur)->row++;
    return SQLITE_OK;
}

static int tvf_eof(sqlite3_vtab_cursor *cur)
{
    struct tvf_cursor *c = (struct tvf_cursor *)cur;
    int ncols = ((struct tvf_vtab *)cur->pVtab)->tvf->ncols;

    return (c->row + 1) * (size_t)ncols > c->rows.count;
}

static int tvf_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    struct tvf_cursor *c = (struct tvf_cursor *)cur;
    int ncols = ((struct tvf_vtab *)cur->pVtab)->tvf->ncols;
    const struct cell *cell;

    if (col >= ncols) { /* an argument column: not kept (omitted constraints) */
        sqlite3_result_null(ctx);
        return SQLITE_OK;
    }
    cell = &c->rows.cells[c->row * (size_t)ncols + (size_t)col];
    switch (cell->kind) {
    case CELL_NULL: sqlite3_result_null(ctx); break;
    case CELL_INT: sqlite3_result_int64(ctx, cell->i); break;
    case CELL_TEXT: result_static(ctx, cell->s); break;
    case CELL_DAYS: result_days(ctx, (int32_t)cell->i); break;
    case CELL_DATE: result_date(ctx, (csisms_date)cell->i); break;
    }
    return SQLITE_OK;
}

static int tvf_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = (sqlite3_int64)((struct tvf_cursor *)cur)->row + 1;
    return SQLITE_OK;
}

static const sqlite3_module tvf_module = {
    .iVersion = 0,
    .xCreate = NULL, /* eponymous only */
    .xConnect = tvf_connect,
    .xBestIndex = tvf_best_index,
    .xDisconnect = tvf_disconnect,
    .xDestroy = tvf_disconnect,
    .xOpen = tvf_open,
    .xClose = tvf_close,
    .xFilter = tvf_filter,
    .xNext = tvf_next,
    .xEof = tvf_eof,
    .xColumn = tvf_column,
    .xRowid = tvf_rowid,
};

/* ---------------------------------------------------------------- entry */

CSISMS_EXPORT int sqlite3_csisms_init(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int rc = SQLITE_OK;

    SQLITE_EXTENSION_INIT2(api);
    if (!csisms_check_version(CSISMS_VERSION_NUMBER)) {
        *err = sqlite3_mprintf("csisms: libcsisms %s is loaded, %s or later 1.x is needed",
                               csisms_version(), CSISMS_VERSION_STRING);
        return SQLITE_ERROR;
    }
    for (size_t i = 0; rc == SQLITE_OK && i < sizeof functions / sizeof functions[0]; i++) {
        const struct function *f = &functions[i];
        if (f->max_args < 0) {
            rc = sqlite3_create_function(db, f->name, -1, flags, (void *)f->name, f->fn, NULL, NULL);
            continue;
        }
        for (int n = f->min_args; rc == SQLITE_OK && n <= f->max_args; n++)
            rc = sqlite3_create_function(db, f->name, n, flags, (void *)f->name, f->fn, NULL, NULL);
    }
    for (size_t i = 0; rc == SQLITE_OK && i < sizeof tvfs / sizeof tvfs[0]; i++)
        rc = sqlite3_create_module(db, tvfs[i].name, &tvf_module, (void *)&tvfs[i]);
    return rc;
}
