/* csisms_pg.c — the PostgreSQL extension "csisms": libcsisms's public API as
 * SQL functions (see README.md beside this file and csisms--1.1.sql).
 *
 * Types: date ↔ csisms_date (YYYYMMDD), integer head counts, numeric days
 * (exact: 8.5) ↔ halfdays, text keywords for the enumerations (csisms_sql.h).
 * Every bad argument raises ERROR with SQLSTATE 22023
 * (ERRCODE_INVALID_PARAMETER_VALUE) naming the argument and its value; no
 * input reaches the library unchecked where it could do anything but return
 * an error status.
 *
 * Adding a set-returning function (the programme of libcsisms 1.1, say):
 * write it like csisms_pg_scopes below (materialize_srf() + one
 * tuplestore_putvalues() per row, arguments through the *_arg() helpers),
 * declare it in the next version's upgrade script csisms--1.1--1.2.sql and in
 * csisms--1.2.sql, and bump default_version in csisms.control.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/tuplestore.h"

#include "csisms_sql.h"

PG_MODULE_MAGIC;

void _PG_init(void);

/* The library loaded must be at least the one the extension was built with. */
void _PG_init(void)
{
    if (!csisms_check_version(CSISMS_VERSION_NUMBER))
        ereport(ERROR, (errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
                        errmsg("csisms: libcsisms %s is loaded, %s or later 1.x is needed",
                               csisms_version(), CSISMS_VERSION_STRING)));
}

/* ------------------------------------------------------------------ errors */

/* ERROR 22023: "argument NAME = VALUE: WHY" (VALUE cut at 40 bytes). */
static void pg_attribute_noreturn()
bad_arg(const char *name, const char *value, const char *why)
{
    int n = (int)strnlen(value, 1000);
    int cut = n > 40 ? pg_mbcliplen(value, n, 40) : n;

    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("csisms: argument %s = %.*s%s: %s", name, cut, value,
                           cut < n ? "..." : "", why)));
}

/* The same for an integer argument. */
static void pg_attribute_noreturn()
bad_int(const char *name, int64 value, const char *why)
{
    char buf[32];

    snprintf(buf, sizeof buf, INT64_FORMAT, value);
    bad_arg(name, buf, why);
}

/* A library failure that the checks before the call should have made
 * impossible (an ERANGE of a result past 9999-12-31 is the usual one). */
static void pg_attribute_noreturn()
bad_result(const char *name, const char *value, int rc)
{
    bad_arg(name, value, csisms_strerror(rc));
}

/* ------------------------------------------------------------ conversions */

static text *cstr_text(const char *s)
{
    return cstring_to_text(s);
}

/* The keyword argument @p argno of set @p set. */
static int keyword_arg(FunctionCallInfo fcinfo, int argno, const char *name, enum csql_set set)
{
    char *s = text_to_cstring(PG_GETARG_TEXT_PP(argno));
    int value;

    if (csql_parse(set, s, &value) != 0) {
        char why[96];
        snprintf(why, sizeof why, "must be %s", csql_choices(set));
        bad_arg(name, s, why);
    }
    return value;
}

static const char *date_text(DateADT d)
{
    return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)));
}

/* A date argument: finite, 0001-01-01 … 9999-12-31. */
static csisms_date date_value(DateADT d, const char *name)
{
    int y, m, day;

    if (DATE_NOT_FINITE(d))
        bad_arg(name, date_text(d), "must be a finite date");
    j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
    if (y < 1 || y > 9999)
        bad_arg(name, date_text(d), "must be within 0001-01-01 ... 9999-12-31");
    return (csisms_date)(y * 10000 + m * 100 + day);
}

static csisms_date date_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
    return date_value(PG_GETARG_DATEADT(argno), name);
}

/* A csisms_date the library returned (always valid). */
static Datum date_datum(csisms_date date)
{
    return DateADTGetDatum(date2j(date / 10000, date / 100 % 100, date % 100) - POSTGRES_EPOCH_JDATE);
}

static const char *cdate_text(csisms_date date)
{
    return date_text(DatumGetDateADT(date_datum(date)));
}

/* A numeric number of days → halfdays, rounded up to 0.5 day by the
 * library's own grammar (csisms_days_parse): no sign, no NaN or Infinity. */
static int32 days_value(Datum num, const char *name)
{
    char *s = DatumGetCString(DirectFunctionCall1(numeric_out, num));
    int32_t hd;
    int rc = csisms_days_parse(s, &hd);

    if (rc == CSISMS_ERANGE)
        bad_arg(name, s, "too many days (at most 1073741823.5)");
    if (rc != CSISMS_OK)
        bad_arg(name, s, "must be a number of days, 0 or more");
    return hd;
}

/* A duration argument T ≥ 0.5 day (the derived figures' domain). */
static int32 duration_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
    int32 hd = days_value(PG_GETARG_DATUM(argno), name);

    if (hd < 1) {
        char *s = DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(argno)));
        bad_arg(name, s, "must be more than 0 days");
    }
    return hd;
}

/* Halfdays → numeric days ("8.5", "12"). */
static Datum days_datum(int32_t halfdays)
{
    char buf[16];

    (void)csisms_days_format(halfdays, buf, sizeof buf);
    return DirectFunctionCall3(numeric_in, CStringGetDatum(buf), ObjectIdGetDatum(InvalidOid),
                               Int32GetDatum(-1));
}

/* A head count (integer) ≥ 1. */
static uint32_t personnel_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
    int32 n = PG_GETARG_INT32(argno);

    if (n < 1)
        bad_int(name, n, "must be 1 or more");
    return (uint32_t)n;
}

/* An array argument as text, for a message. */
static const char *array_text(ArrayType *a)
{
    return DatumGetCString(OidFunctionCall1(F_ARRAY_OUT, PointerGetDatum(a)));
}

/* An integer[] without NULLs → a palloc'd C array; *n its length. */
static int32 *int_array_arg(FunctionCallInfo fcinfo, int argno, const char *name, int *n)
{
    ArrayType *a = PG_GETARG_ARRAYTYPE_P(argno);
    Datum *elems;
    bool *nulls;
    int32 *out;

    if (ARR_NDIM(a) > 1)
        bad_arg(name, array_text(a), "must be a one-dimensional array");
    deconstruct_array(a, INT4OID, 4, true, TYPALIGN_INT, &elems, &nulls, n);
    out = palloc(sizeof(int32) * (*n > 0 ? (size_t)*n : 1));
    for (int i = 0; i < *n; i++) {
        if (nulls[i])
            bad_arg(name, array_text(a), "items must not be NULL");
        out[i] = DatumGetInt32(elems[i]);
    }
    return out;
}

/* A text[] of the given strings. */
static Datum text_array(const char *const *items, int n)
{
    Datum *d = palloc(sizeof(Datum) * (n > 0 ? (size_t)n : 1));

    for (int i = 0; i < n; i++)
        d[i] = PointerGetDatum(cstr_text(items[i]));
    return PointerGetDatum(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* Sets up a materialized set-returning call; rows go to the returned store.
 * A function returning a set of one column (a scalar type) takes the
 * caller's expected descriptor. */
static ReturnSetInfo *materialize_srf(FunctionCallInfo fcinfo)
{
    TupleDesc desc;

    InitMaterializedSRF(fcinfo, get_call_result_type(fcinfo, NULL, &desc) == TYPEFUNC_COMPOSITE
                                    ? 0 : MAT_SRF_USE_EXPECTED_DESC);
    return (ReturnSetInfo *)fcinfo->resultinfo;
}

static void put_row(ReturnSetInfo *rsi, Datum *values, bool *nulls)
{
    tuplestore_putvalues(rsi->setResult, rsi->setDesc, values, nulls);
}

/* One composite result from values and nulls. */
static Datum composite(FunctionCallInfo fcinfo, Datum *values, bool *nulls)
{
    TupleDesc desc = (TupleDesc)fcinfo->flinfo->fn_extra;

    if (desc == NULL) {
        MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
        TupleDesc t;

        if (get_call_result_type(fcinfo, NULL, &t) != TYPEFUNC_COMPOSITE)
            elog(ERROR, "csisms: function returning a composite called in a context that cannot accept one");
        desc = BlessTupleDesc(CreateTupleDescCopy(t));
        fcinfo->flinfo->fn_extra = desc;
        MemoryContextSwitchTo(old);
    }
    return HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
}

/* ---------------------------------------------------------------- version */

PG_FUNCTION_INFO_V1(csisms_pg_version);
Datum csisms_pg_version(PG_FUNCTION_ARGS)
{
    (void)fcinfo;
    PG_RETURN_TEXT_P(cstr_text(csisms_version()));
}

/* ------------------------------------------------------------- audit time */

PG_FUNCTION_INFO_V1(csisms_pg_isms_audit_days);
Datum csisms_pg_isms_audit_days(PG_FUNCTION_ARGS)
{
    int32_t hd;

    (void)csisms_isms_audit_days(personnel_arg(fcinfo, 0, "personnel"), &hd);
    return days_datum(hd);
}

PG_FUNCTION_INFO_V1(csisms_pg_audit_days);
Datum csisms_pg_audit_days(PG_FUNCTION_ARGS)
{
    uint32_t n = personnel_arg(fcinfo, 0, "personnel");
    int32_t hd;

    (void)csisms_audit_days(n, keyword_arg(fcinfo, 1, "basis", CSQL_BASIS), &hd);
    return days_datum(hd);
}

PG_FUNCTION_INFO_V1(csisms_pg_initial_audit_days);
Datum csisms_pg_initial_audit_days(PG_FUNCTION_ARGS)
{
    int32 isms = duration_arg(fcinfo, 0, "isms_days");
    int basis = keyword_arg(fcinfo, 1, "basis", CSQL_BASIS);
    int32_t hd;

    if (csisms_initial_audit_days(isms, basis, &hd) != CSISMS_OK)
        bad_arg("isms_days", DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(0))),
                "the result is too large");
    return days_datum(hd);
}

/* The derived figures, each a function of one duration T ≥ 0.5 day. */
#define DERIVED_FIGURE(sqlname, cfunc)                     \
    PG_FUNCTION_INFO_V1(sqlname);                          \
    Datum sqlname(PG_FUNCTION_ARGS)                        \
    {                                                      \
        int32_t hd;                                        \
        (void)cfunc(duration_arg(fcinfo, 0, "days"), &hd); \
        return days_datum(hd);                             \
    }
DERIVED_FIGURE(csisms_pg_min_reduced_days, csisms_min_reduced_days)
DERIVED_FIGURE(csisms_pg_min_onsite_days, csisms_min_onsite_days)
DERIVED_FIGURE(csisms_pg_surveillance_days, csisms_surveillance_days)
DERIVED_FIGURE(csisms_pg_surveillance_cycle_min_days, csisms_surveillance_cycle_min_days)
DERIVED_FIGURE(csisms_pg_recert_min_days, csisms_recert_min_days)

PG_FUNCTION_INFO_V1(csisms_pg_round_up_half);
Datum csisms_pg_round_up_half(PG_FUNCTION_ARGS)
{
    return days_datum(days_value(PG_GETARG_DATUM(0), "days"));
}

PG_FUNCTION_INFO_V1(csisms_pg_combined_min_days);
Datum csisms_pg_combined_min_days(PG_FUNCTION_ARGS)
{
    ArrayType *a = PG_GETARG_ARRAYTYPE_P(0);
    Datum *elems;
    bool *nulls;
    int n;
    int32_t *parts, hd;

    if (ARR_NDIM(a) > 1)
        bad_arg("days", array_text(a), "must be a one-dimensional array");
    deconstruct_array(a, NUMERICOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
    if (n < 2)
        bad_arg("days", array_text(a), "must list 2 or more audit times");
    parts = palloc(sizeof(int32_t) * (size_t)n);
    for (int i = 0; i < n; i++) {
        if (nulls[i])
            bad_arg("days", array_text(a), "audit times must not be NULL");
        parts[i] = days_value(elems[i], "days");
        if (parts[i] < 1)
            bad_arg("days", array_text(a), "each audit time must be more than 0 days");
    }
    if (csisms_combined_min_days(parts, (size_t)n, &hd) != CSISMS_OK)
        bad_arg("days", array_text(a), "the sum is too large");
    return days_datum(hd);
}

/* Appendix A as rows: band, lower, upper, days. */
PG_FUNCTION_INFO_V1(csisms_pg_isms_bands);
Datum csisms_pg_isms_bands(PG_FUNCTION_ARGS)
{
    ReturnSetInfo *rsi = materialize_srf(fcinfo);
    uint32_t lo, hi;
    int32_t hd;

    for (uint32_t i = 0; csisms_isms_band(i, &lo, &hi, &hd) == CSISMS_OK; i++) {
        Datum v[4] = {Int32GetDatum((int32)i), Int64GetDatum(lo), Int64GetDatum(hi), days_datum(hd)};
        bool nulls[4] = {false, false, false, false};
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

/* The audit-time determination of a head count as rows: step, figure,
 * clause, days. */
PG_FUNCTION_INFO_V1(csisms_pg_audit_time);
Datum csisms_pg_audit_time(PG_FUNCTION_ARGS)
{
    uint32_t n = personnel_arg(fcinfo, 0, "personnel");
    int basis = keyword_arg(fcinfo, 1, "basis", CSQL_BASIS);
    struct csql_figure f[CSQL_NFIGURES];
    ReturnSetInfo *rsi;

    (void)csql_figures(n, basis, f);
    rsi = materialize_srf(fcinfo);
    for (int i = 0; i < CSQL_NFIGURES; i++) {
        Datum v[4] = {Int32GetDatum(i + 1), PointerGetDatum(cstr_text(f[i].key)),
                      PointerGetDatum(cstr_text(f[i].clause)), days_datum(f[i].halfdays)};
        bool nulls[4] = {false, false, false, false};
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

/* ------------------------------------------------------------------ dates */

PG_FUNCTION_INFO_V1(csisms_pg_date_parse);
Datum csisms_pg_date_parse(PG_FUNCTION_ARGS)
{
    char *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
    csisms_date d;

    if (csisms_date_parse(s, &d) != CSISMS_OK)
        bad_arg("text", s, "must be a date YYYY-MM-DD, YYYYMMDD or YYYY年M月D日 in 0001 ... 9999");
    return date_datum(d);
}

PG_FUNCTION_INFO_V1(csisms_pg_date_add_days);
Datum csisms_pg_date_add_days(PG_FUNCTION_ARGS)
{
    csisms_date d = date_arg(fcinfo, 0, "date"), r;
    int32 n = PG_GETARG_INT32(1);

    if (csisms_date_add_days(d, n, &r) != CSISMS_OK)
        bad_int("days", n, "the result is outside 0001-01-01 ... 9999-12-31");
    return date_datum(r);
}

PG_FUNCTION_INFO_V1(csisms_pg_date_add_months);
Datum csisms_pg_date_add_months(PG_FUNCTION_ARGS)
{
    csisms_date d = date_arg(fcinfo, 0, "date"), r;
    int32 n = PG_GETARG_INT32(1);

    if (csisms_date_add_months(d, n, &r) != CSISMS_OK)
        bad_int("months", n, "the result is outside 0001-01-01 ... 9999-12-31");
    return date_datum(r);
}

PG_FUNCTION_INFO_V1(csisms_pg_date_diff_days);
Datum csisms_pg_date_diff_days(PG_FUNCTION_ARGS)
{
    csisms_date from = date_arg(fcinfo, 0, "from_date");
    csisms_date to = date_arg(fcinfo, 1, "to_date");
    int32_t n;

    (void)csisms_date_diff_days(from, to, &n);
    PG_RETURN_INT32(n);
}

/* One deadline: date → date, the library's ERANGE named on the argument. */
#define DEADLINE(sqlname, cfunc, argname)                                   \
    PG_FUNCTION_INFO_V1(sqlname);                                           \
    Datum sqlname(PG_FUNCTION_ARGS)                                         \
    {                                                                       \
        csisms_date d = date_arg(fcinfo, 0, argname), r;                    \
        int rc = cfunc(d, &r);                                              \
        if (rc < 0)                                                         \
            bad_result(argname, cdate_text(d), rc);                         \
        return date_datum(r);                                               \
    }
DEADLINE(csisms_pg_certificate_valid_until, csisms_certificate_valid_until, "valid_from")
DEADLINE(csisms_pg_recert_window_opens, csisms_recert_window_opens, "valid_until")
DEADLINE(csisms_pg_suspension_ends_by, csisms_suspension_ends_by, "suspended_on")
DEADLINE(csisms_pg_appeal_due, csisms_appeal_due, "received")
DEADLINE(csisms_pg_correction_due, csisms_correction_due, "requested")

PG_FUNCTION_INFO_V1(csisms_pg_surveillance_due);
Datum csisms_pg_surveillance_due(PG_FUNCTION_ARGS)
{
    int kind = keyword_arg(fcinfo, 0, "kind", CSQL_SURV);
    csisms_date ref = date_arg(fcinfo, 1, "reference"), due, latest;
    int rc = csisms_surveillance_due(kind, ref, &due, &latest);
    Datum v[2];
    bool nulls[2] = {false, false};

    if (rc < 0)
        bad_result("reference", cdate_text(ref), rc);
    v[0] = date_datum(due);
    v[1] = date_datum(latest);
    return composite(fcinfo, v, nulls);
}

PG_FUNCTION_INFO_V1(csisms_pg_recert_valid_until);
Datum csisms_pg_recert_valid_until(PG_FUNCTION_ARGS)
{
    csisms_date old = date_arg(fcinfo, 0, "old_valid_until");
    csisms_date decision = date_arg(fcinfo, 1, "decision"), until;
    int rc = csisms_recert_valid_until(old, decision, &until);
    Datum v[2];
    bool nulls[2] = {false, false};

    if (rc < 0)
        bad_result(decision > old ? "decision" : "old_valid_until",
                   cdate_text(decision > old ? decision : old), rc);
    v[0] = date_datum(until);
    v[1] = BoolGetDatum(rc == CSISMS_INTERRUPTED);
    return composite(fcinfo, v, nulls);
}

/* ------------------------------------------------------------------ scope */

static Datum text_or_null(const char *s, bool *null)
{
    *null = s == NULL;
    return s == NULL ? (Datum)0 : PointerGetDatum(cstr_text(s));
}

/* Appendix B as rows. */
PG_FUNCTION_INFO_V1(csisms_pg_scopes);
Datum csisms_pg_scopes(PG_FUNCTION_ARGS)
{
    ReturnSetInfo *rsi = materialize_srf(fcinfo);

    for (size_t i = 0; i < csisms_scope_count(); i++) {
        const csisms_scope *s = csisms_scope_at(i);
        Datum v[9];
        bool nulls[9] = {false};

        v[0] = Int32GetDatum((int32)i + 1);
        v[1] = PointerGetDatum(cstr_text(csisms_scope_code(s)));
        v[2] = Int32GetDatum(csisms_scope_level(s));
        v[3] = text_or_null(csisms_scope_code(csisms_scope_parent(s)), &nulls[3]);
        v[4] = PointerGetDatum(cstr_text(csisms_scope_name(s, CSISMS_LANG_ZH)));
        v[5] = PointerGetDatum(cstr_text(csisms_scope_name(s, CSISMS_LANG_EN)));
        v[6] = PointerGetDatum(cstr_text(csisms_scope_note(s, CSISMS_LANG_ZH)));
        v[7] = PointerGetDatum(cstr_text(csisms_scope_note(s, CSISMS_LANG_EN)));
        v[8] = BoolGetDatum((csisms_scope_flags(s) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS) != 0);
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

/* A code as people type it → the canonical code; NULL when well-formed but
 * absent or a prefix of several entries. */
PG_FUNCTION_INFO_V1(csisms_pg_scope_lookup);
Datum csisms_pg_scope_lookup(PG_FUNCTION_ARGS)
{
    char *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
    const csisms_scope *scope;
    int rc = csisms_scope_lookup(s, &scope);

    if (rc == CSISMS_EINVAL)
        bad_arg("code", s, "must be 1 to 3 dot-separated components of 1 or 2 digits");
    if (rc != CSISMS_OK)
        PG_RETURN_NULL();
    PG_RETURN_TEXT_P(cstr_text(csisms_scope_code(scope)));
}

/* The codes of the entries whose name or note contains a text. */
PG_FUNCTION_INFO_V1(csisms_pg_scope_find);
Datum csisms_pg_scope_find(PG_FUNCTION_ARGS)
{
    char *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
    ReturnSetInfo *rsi;
    size_t i = 0;
    int rc;

    rsi = materialize_srf(fcinfo);
    for (; (rc = csisms_scope_find(s, i, &i)) == CSISMS_OK; i++) {
        Datum v[1] = {PointerGetDatum(cstr_text(csisms_scope_code(csisms_scope_at(i))))};
        bool nulls[1] = {false};
        put_row(rsi, v, nulls);
    }
    if (rc == CSISMS_EINVAL)
        bad_arg("text", s, "must be non-empty UTF-8 text");
    return (Datum)0;
}

/* --------------------------------------------------------------- verdicts */

/* An optional date argument: 0 when NULL. */
static csisms_date opt_date_arg(FunctionCallInfo fcinfo, int argno, const char *name)
{
    return PG_ARGISNULL(argno) ? 0 : date_arg(fcinfo, argno, name);
}

static const char *const evaluate_args[] = {
    "today", "valid_until", "suspended_on", "surveillance_latest", "correction_requested",
};

PG_FUNCTION_INFO_V1(csisms_pg_evaluate);
Datum csisms_pg_evaluate(PG_FUNCTION_ARGS)
{
    csisms_facts f = CSISMS_FACTS_INIT;
    csisms_verdict verdict = CSISMS_VERDICT_INIT;
    csisms_date dates[5];
    const char *reasons[32], *duties[8];
    int nreasons = 0, nduties = 0;
    Datum v[5];
    bool nulls[5] = {false, false, false, false, false};

    /* today and valid_until are required: NULL in, NULL out */
    if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
        PG_RETURN_NULL();
    for (int i = 0; i < 5; i++) {
        dates[i] = opt_date_arg(fcinfo, i, evaluate_args[i]);
        if (dates[i] > 99981231)
            bad_arg(evaluate_args[i], cdate_text(dates[i]), "must be 9998-12-31 or earlier");
    }
    for (int i = 2; i < 5; i += 2)
        if (dates[i] > dates[0])
            bad_arg(evaluate_args[i], cdate_text(dates[i]), "must not be after today");
    f.today = dates[0];
    f.valid_until = dates[1];
    f.suspended_on = dates[2];
    f.surveillance_latest = dates[3];
    f.correction_requested = dates[4];
    f.suspension_resolved = !PG_ARGISNULL(5) && PG_GETARG_BOOL(5);
    f.correction_done = !PG_ARGISNULL(6) && PG_GETARG_BOOL(6);
    if (!PG_ARGISNULL(7)) {
        ArrayType *a = PG_GETARG_ARRAYTYPE_P(7);
        Datum *elems;
        bool *enulls;
        int n;

        if (ARR_NDIM(a) > 1)
            bad_arg("grounds", array_text(a), "must be a one-dimensional array");
        deconstruct_array(a, TEXTOID, -1, false, TYPALIGN_INT, &elems, &enulls, &n);
        for (int i = 0; i < n; i++) {
            char *clause;
            uint32_t bit;
            int rc;

            if (enulls[i])
                bad_arg("grounds", array_text(a), "grounds must not be NULL");
            clause = TextDatumGetCString(elems[i]);
            rc = csql_ground(clause, &bit);
            if (rc == -2)
                bad_arg("grounds", clause, "is derived from the dates, not a ground");
            if (rc != 0) {
                char why[128];
                csql_ground_why(why, sizeof why);
                bad_arg("grounds", clause, why);
            }
            f.grounds |= bit;
        }
    }
    if (csisms_evaluate(&f, &verdict) != CSISMS_OK)
        bad_arg("today", cdate_text(f.today), "the facts are inconsistent");

    /* the set bits, lowest first (only they are looked up: the calls are
     * the hot path of a register query) */
    for (uint32_t r = verdict.reasons; r != 0; r &= r - 1)
        reasons[nreasons++] = csisms_reason_clause(r & (~r + 1));
    for (uint32_t d = verdict.duties & (2 * CSISMS_DUTY_REPORT - 1); d != 0; d &= d - 1)
        duties[nduties++] = csql_name(CSQL_DUTY, (int)(d & (~d + 1)));
    v[0] = PointerGetDatum(cstr_text(csql_name(CSQL_ACTION, verdict.action)));
    v[1] = text_array(reasons, nreasons);
    v[2] = text_array(duties, nduties);
    v[3] = verdict.deadline ? date_datum(verdict.deadline) : (Datum)0;
    nulls[3] = verdict.deadline == 0;
    v[4] = verdict.next_review ? date_datum(verdict.next_review) : (Datum)0;
    nulls[4] = verdict.next_review == 0;
    return composite(fcinfo, v, nulls);
}

/* The reason of a clause, for its text: any reason (derived ones too). */
static uint32_t reason_arg(FunctionCallInfo fcinfo, int argno)
{
    char *clause = text_to_cstring(PG_GETARG_TEXT_PP(argno));
    char why[128];
    uint32_t b;

    if (csisms_reason_of_clause(clause, &b) == CSISMS_OK)
        return b;
    csql_reason_why(why, sizeof why);
    bad_arg("clause", clause, why);
}

PG_FUNCTION_INFO_V1(csisms_pg_reason_text);
Datum csisms_pg_reason_text(PG_FUNCTION_ARGS)
{
    uint32_t bit = reason_arg(fcinfo, 0);

    PG_RETURN_TEXT_P(cstr_text(csisms_reason_text(bit, keyword_arg(fcinfo, 1, "lang", CSQL_LANG))));
}

/* Every reason: clause, kind (suspension, withdrawal, derived), texts. */
PG_FUNCTION_INFO_V1(csisms_pg_reasons);
Datum csisms_pg_reasons(PG_FUNCTION_ARGS)
{
    ReturnSetInfo *rsi = materialize_srf(fcinfo);

    for (uint32_t b = csql_next_reason(0); b != 0; b = csql_next_reason(b)) {
        const char *kind = (b & CSISMS_R_SUSPENSION_GROUNDS)   ? "suspension"
                           : (b & CSISMS_R_WITHDRAWAL_GROUNDS) ? "withdrawal"
                                                               : "derived";
        Datum v[4] = {PointerGetDatum(cstr_text(csisms_reason_clause(b))),
                      PointerGetDatum(cstr_text(kind)),
                      PointerGetDatum(cstr_text(csisms_reason_text(b, CSISMS_LANG_ZH))),
                      PointerGetDatum(cstr_text(csisms_reason_text(b, CSISMS_LANG_EN)))};
        bool nulls[4] = {false, false, false, false};
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

PG_FUNCTION_INFO_V1(csisms_pg_action_name);
Datum csisms_pg_action_name(PG_FUNCTION_ARGS)
{
    int action = keyword_arg(fcinfo, 0, "action", CSQL_ACTION);

    PG_RETURN_TEXT_P(cstr_text(csisms_action_name(action, keyword_arg(fcinfo, 1, "lang", CSQL_LANG))));
}

PG_FUNCTION_INFO_V1(csisms_pg_duty_text);
Datum csisms_pg_duty_text(PG_FUNCTION_ARGS)
{
    int duty = keyword_arg(fcinfo, 0, "duty", CSQL_DUTY);

    PG_RETURN_TEXT_P(cstr_text(csisms_duty_text((uint32_t)duty, keyword_arg(fcinfo, 1, "lang", CSQL_LANG))));
}

PG_FUNCTION_INFO_V1(csisms_pg_duty_clause);
Datum csisms_pg_duty_clause(PG_FUNCTION_ARGS)
{
    PG_RETURN_TEXT_P(cstr_text(csisms_duty_clause((uint32_t)keyword_arg(fcinfo, 0, "duty", CSQL_DUTY))));
}

/* ------------------------------------------------------------- checklists */

/* The lists: list, clause, mode, size, title_zh, title_en. */
PG_FUNCTION_INFO_V1(csisms_pg_checklists);
Datum csisms_pg_checklists(PG_FUNCTION_ARGS)
{
    ReturnSetInfo *rsi = materialize_srf(fcinfo);

    for (int l = 1; csisms_checklist_size(l) > 0; l++) {
        Datum v[6] = {Int32GetDatum(l), PointerGetDatum(cstr_text(csisms_checklist_clause(l))),
                      PointerGetDatum(cstr_text(csql_name(CSQL_MODE, csisms_checklist_mode(l)))),
                      Int32GetDatum(csisms_checklist_size(l)),
                      PointerGetDatum(cstr_text(csisms_checklist_title(l, CSISMS_LANG_ZH))),
                      PointerGetDatum(cstr_text(csisms_checklist_title(l, CSISMS_LANG_EN)))};
        bool nulls[6] = {false};
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

/* Every item of every list: list, item, conditional, text_zh, text_en. */
PG_FUNCTION_INFO_V1(csisms_pg_checklist_items);
Datum csisms_pg_checklist_items(PG_FUNCTION_ARGS)
{
    ReturnSetInfo *rsi = materialize_srf(fcinfo);

    for (int l = 1; csisms_checklist_size(l) > 0; l++)
        for (int i = 1; i <= csisms_checklist_size(l); i++) {
            Datum v[5] = {Int32GetDatum(l), Int32GetDatum(i),
                          BoolGetDatum((csisms_checklist_conditional(l) >> (i - 1)) & 1u),
                          PointerGetDatum(cstr_text(csisms_checklist_item(l, i, CSISMS_LANG_ZH))),
                          PointerGetDatum(cstr_text(csisms_checklist_item(l, i, CSISMS_LANG_EN)))};
            bool nulls[5] = {false};
            put_row(rsi, v, nulls);
        }
    return (Datum)0;
}

/* Items of @p bits as an integer[] of 1-based numbers. */
static Datum item_array(uint32_t bits)
{
    Datum d[32];
    int n = 0;

    for (int i = 0; i < 32; i++)
        if (bits & (1u << i))
            d[n++] = Int32GetDatum(i + 1);
    return PointerGetDatum(construct_array(d, n, INT4OID, 4, true, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(csisms_pg_checklist_eval);
Datum csisms_pg_checklist_eval(PG_FUNCTION_ARGS)
{
    int32 list = PG_GETARG_INT32(0);
    const char *names[2] = {"present", "not_applicable"};
    uint32_t bits[2], missing;
    int rc;
    Datum v[2];
    bool nulls[2] = {false, false};

    if (csisms_checklist_size(list) < 0)
        bad_int("list", list, "must be a list number 1 ... 16 (see csisms_checklist)");
    for (int k = 0; k < 2; k++) {
        int n;
        int32 *items = int_array_arg(fcinfo, k + 1, names[k], &n);

        for (int i = 0; i < n; i++)
            if (items[i] < 1 || items[i] > csisms_checklist_size(list))
                bad_int(names[k], items[i], "must be an item number of the list");
        (void)csql_item_bits(items, (size_t)n, &bits[k]);
    }
    rc = csisms_checklist_eval(list, bits[0], bits[1], &missing);
    if (rc < 0)
        bad_arg("not_applicable", array_text(PG_GETARG_ARRAYTYPE_P(2)),
                "only the list's conditional items may be not applicable");
    v[0] = BoolGetDatum(rc == 1);
    v[1] = item_array(missing);
    return composite(fcinfo, v, nulls);
}

/* ---------------------------------------------------- identifiers, sample */

PG_FUNCTION_INFO_V1(csisms_pg_uscc_valid);
Datum csisms_pg_uscc_valid(PG_FUNCTION_ARGS)
{
    char *s = text_to_cstring(PG_GETARG_TEXT_PP(0));

    PG_RETURN_BOOL(csisms_uscc_validate(s) == CSISMS_OK);
}

PG_FUNCTION_INFO_V1(csisms_pg_sample_sites);
Datum csisms_pg_sample_sites(PG_FUNCTION_ARGS)
{
    int32 sites = PG_GETARG_INT32(0);
    uint32_t n;

    if (sites < 1)
        bad_int("sites", sites, "must be 1 or more");
    (void)csisms_sample_sites((uint32_t)sites, keyword_arg(fcinfo, 1, "audit", CSQL_AUDIT), &n);
    PG_RETURN_INT32((int32)n);
}

/* ------------------------------------------ rules, programme, justification */

/* Every rule of the library: rule, clause, text_zh, text_en (doc/rules-model.md §8). */
PG_FUNCTION_INFO_V1(csisms_pg_rules);
Datum csisms_pg_rules(PG_FUNCTION_ARGS)
{
    ReturnSetInfo *rsi = materialize_srf(fcinfo);

    for (size_t i = 0; i < csisms_rule_count(); i++) {
        int r = csisms_rule_at(i);
        Datum v[4] = {Int32GetDatum(r), PointerGetDatum(cstr_text(csisms_rule_clause(r))),
                      PointerGetDatum(cstr_text(csisms_rule_text(r, CSISMS_LANG_ZH))),
                      PointerGetDatum(cstr_text(csisms_rule_text(r, CSISMS_LANG_EN)))};
        bool nulls[4] = {false, false, false, false};
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

/* Where the client's facts are among a function's arguments (-1: not taken).
 * personnel is argument 0. */
struct client_argnos {
    int cycle, reference, basis, combined, planned, sites, stage1_omitted, operating_since;
};

/* The client from the arguments; false when a required one (personnel,
 * cycle, reference) is NULL. An optional argument that is NULL takes its
 * default (basis none, not combined, the Appendix A time, no sites, stage 1
 * held, operating since unknown). */
static bool client_args(FunctionCallInfo fcinfo, const struct client_argnos *a, csisms_client *c)
{
    const csisms_client init = CSISMS_CLIENT_INIT;

    *c = init;
    c->cycle = CSISMS_CYCLE_INITIAL;
    if (PG_ARGISNULL(0) || (a->cycle >= 0 && (PG_ARGISNULL(a->cycle) || PG_ARGISNULL(a->reference))))
        return false;
    c->personnel = personnel_arg(fcinfo, 0, "personnel");
    if (a->cycle >= 0) {
        c->cycle = keyword_arg(fcinfo, a->cycle, "cycle", CSQL_CYCLE);
        c->reference = date_arg(fcinfo, a->reference, "reference");
        if (c->reference > 99981231)
            bad_arg("reference", cdate_text(c->reference), "must be 9998-12-31 or earlier");
    }
    if (!PG_ARGISNULL(a->basis))
        c->basis = keyword_arg(fcinfo, a->basis, "basis", CSQL_BASIS);
    if (!PG_ARGISNULL(a->combined))
        c->combined_halfdays = days_value(PG_GETARG_DATUM(a->combined), "combined");
    if (!PG_ARGISNULL(a->planned))
        c->planned_halfdays = duration_arg(fcinfo, a->planned, "planned");
    if (!PG_ARGISNULL(a->sites)) {
        int32 n = PG_GETARG_INT32(a->sites);
        if (n < 0)
            bad_int("sites", n, "must be 0 or more");
        c->sites = (uint32_t)n;
    }
    if (a->stage1_omitted >= 0 && !PG_ARGISNULL(a->stage1_omitted))
        c->stage1_omitted = PG_GETARG_BOOL(a->stage1_omitted);
    if (a->operating_since >= 0 && !PG_ARGISNULL(a->operating_since)) {
        c->operating_since = date_arg(fcinfo, a->operating_since, "operating_since");
        if (c->operating_since > c->reference)
            bad_arg("operating_since", cdate_text(c->operating_since), "must not be after reference");
    }
    return true;
}

/* A status the library returned for a client whose arguments passed
 * client_args(): the argument to blame, with its value. */
static void pg_attribute_noreturn()
bad_client(FunctionCallInfo fcinfo, const struct client_argnos *a, const csisms_client *c, int rc)
{
    char why[128];
    const char *arg = csql_client_blame(c, rc, why, sizeof why);

    if (strcmp(arg, "planned") == 0)
        bad_arg(arg, DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(a->planned))), why);
    if (strcmp(arg, "combined") == 0)
        bad_arg(arg, DatumGetCString(DirectFunctionCall1(numeric_out, PG_GETARG_DATUM(a->combined))), why);
    bad_arg(arg, cdate_text(c->reference), why);
}

/* A date of an entry, NULL when its rule is 0 (the rules set no such date). */
static Datum entry_date(csisms_date d, int rule, bool *null)
{
    *null = rule == 0 || d == 0;
    return *null ? (Datum)0 : date_datum(d);
}

/* csisms_programme(personnel, cycle, reference, basis, combined, planned,
 * sites, stage1_omitted, operating_since): one row per entry. */
PG_FUNCTION_INFO_V1(csisms_pg_programme);
Datum csisms_pg_programme(PG_FUNCTION_ARGS)
{
    static const struct client_argnos argnos = {1, 2, 3, 4, 5, 6, 7, 8};
    csisms_client c;
    csisms_programme_entry e[8];
    size_t n = 0;
    bool given = client_args(fcinfo, &argnos, &c);
    ReturnSetInfo *rsi = materialize_srf(fcinfo);
    int rc;

    if (!given)
        return (Datum)0;
    for (size_t i = 0; i < lengthof(e); i++)
        e[i].size = (uint32_t)sizeof e[i];
    if ((rc = csisms_programme(&c, e, lengthof(e), &n)) != CSISMS_OK)
        bad_client(fcinfo, &argnos, &c, rc);
    for (size_t i = 0; i < n; i++) {
        const csisms_programme_entry *x = &e[i];
        const int rules[6] = {x->rule_earliest, x->rule_last, x->rule_latest,
                              x->rule_total, x->rule_onsite, x->rule_sample};
        Datum v[14];
        bool nulls[14] = {false};

        v[0] = Int32GetDatum((int32)i + 1);
        v[1] = PointerGetDatum(cstr_text(csql_name(CSQL_PROG, x->kind)));
        v[2] = entry_date(x->earliest, x->rule_earliest, &nulls[2]);
        v[3] = entry_date(x->last, x->rule_last, &nulls[3]);
        v[4] = entry_date(x->latest, x->rule_latest, &nulls[4]);
        nulls[5] = x->rule_total == 0;
        v[5] = nulls[5] ? (Datum)0 : days_datum(x->total_halfdays);
        nulls[6] = x->rule_onsite == 0;
        v[6] = nulls[6] ? (Datum)0 : days_datum(x->onsite_halfdays);
        nulls[7] = x->rule_sample == 0;
        v[7] = Int32GetDatum((int32)x->sample);
        for (int k = 0; k < 6; k++)
            v[8 + k] = text_or_null(csql_clause(rules[k]), &nulls[8 + k]);
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}

/* csisms_justify(personnel, basis, combined, planned, sites): the audit-time
 * determination, one row per step; counts (persons, sites) and days in
 * separate columns, NULL where a step has no such figure. */
PG_FUNCTION_INFO_V1(csisms_pg_justify);
Datum csisms_pg_justify(PG_FUNCTION_ARGS)
{
    static const struct client_argnos argnos = {-1, -1, 1, 2, 3, 4, -1, -1};
    csisms_client c;
    csisms_step s[16];
    size_t n = 0;
    bool given = client_args(fcinfo, &argnos, &c);
    ReturnSetInfo *rsi = materialize_srf(fcinfo);
    int rc;

    if (!given)
        return (Datum)0;
    for (size_t i = 0; i < lengthof(s); i++)
        s[i].size = (uint32_t)sizeof s[i];
    if ((rc = csisms_justify(&c, s, lengthof(s), &n)) != CSISMS_OK)
        bad_client(fcinfo, &argnos, &c, rc);
    for (size_t i = 0; i < n; i++) {
        enum csql_unit in, in2, out;
        Datum v[8];
        bool nulls[8] = {false};

        csql_step_units(s[i].rule, &in, &in2, &out);
        v[0] = Int32GetDatum((int32)i + 1);
        v[1] = Int32GetDatum(s[i].rule);
        v[2] = PointerGetDatum(cstr_text(csisms_rule_clause(s[i].rule)));
        nulls[3] = in != CSQL_COUNT;
        v[3] = Int64GetDatum(s[i].input);
        nulls[4] = in != CSQL_DAYS;
        v[4] = nulls[4] ? (Datum)0 : days_datum((int32_t)s[i].input);
        nulls[5] = in2 != CSQL_DAYS;
        v[5] = nulls[5] ? (Datum)0 : days_datum((int32_t)s[i].input2);
        nulls[6] = out != CSQL_DAYS;
        v[6] = nulls[6] ? (Datum)0 : days_datum(s[i].result);
        nulls[7] = out != CSQL_COUNT;
        v[7] = Int32GetDatum(s[i].result);
        put_row(rsi, v, nulls);
    }
    return (Datum)0;
}
