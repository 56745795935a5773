/* SPDX-License-Identifier: MIT */
/* libcsisms — the audit programme of a certification cycle, the audit-time
 * determination step by step, and the check of an audit record.
 *
 * Everything here is composed from the single-figure functions (audit time,
 * dates, sampling); every figure carries the csisms_rule it comes from.
 *
 * Interpretations (see csisms_programme(3)):
 * - T, "按 4.5.1 条计算初次审核人日数", is the Appendix A time for the basis,
 *   or the planned time when the body reduced it (4.5.1.1, never below 7T/10).
 * - A combined audit (10.2) needs 80 % of the CSISMS time plus the other
 *   system's; the other system's time is scaled like the CSISMS time
 *   (1/3 for a surveillance, 2/3 for a recertification omitting stage 1).
 *   Appendix A note (2) (0.4 H) is informative guidance for the CSISMS
 *   share; 10.2 is normative and bounds the whole combined audit.
 * - The second surveillance is projected as if the first were held on its
 *   last day; "at least once a year" puts it after the first year.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "csisms.h"

#define MAX_STRUCT_SIZE 4096u
#define LAST_REFERENCE 99981231 /* every derived date stays representable or fails ERANGE */
#define MAX_RECORDS 64
#define BREACHES_PER_RECORD 3
#define PROGRAMME_ENTRIES 5
#define MAX_STEPS 10

/* A caller's struct of at least `need` bytes; larger sizes must be zero
 * past the known fields. */
static int size_ok(const void *p, uint32_t size, size_t need)
{
    if (size < need || size > MAX_STRUCT_SIZE)
        return 0;
    const unsigned char *b = (const unsigned char *)p;
    for (size_t i = need; i < size; i++)
        if (b[i] != 0)
            return 0;
    return 1;
}

/* The figures of a client, all in halfdays. */
struct figures {
    int32_t isms;       /* H: Appendix A table */
    int32_t basis_time; /* T by the basis (== isms for BASIS_NONE) */
    int basis_rule;     /* rule of basis_time */
    int32_t floor;      /* 4.5.1.1: ⌈7T/10⌉ */
    int32_t base;       /* T': planned, else basis_time */
    int base_rule;      /* rule of base */
    int32_t partner;    /* 10.2 partner time, 0: none */
    int32_t surv;       /* 5.2: ⌈T'/3⌉ */
    int32_t cycle_min;  /* 5.2: ⌈2T'/3⌉ */
    int32_t recert_min; /* 6.2: ⌈2T'/3⌉ */
};

static const int note_rules[] = {
    CSISMS_RULE_ISMS_TABLE, CSISMS_RULE_NOTE_ISMS_CERT, CSISMS_RULE_NOTE_ISMS_CERT_HERE,
    CSISMS_RULE_NOTE_COMBINED,
};

/* Checks the client (its dates only when `dated`) and computes its figures. */
static int client_figures(const csisms_client *c, int dated, struct figures *f)
{
    if (c == NULL)
        return CSISMS_EINVAL;
    if (!size_ok(c, c->size, sizeof *c))
        return CSISMS_EVERSION;
    if (c->personnel == 0 || c->basis < CSISMS_BASIS_NONE || c->basis > CSISMS_BASIS_COMBINED)
        return CSISMS_EINVAL;
    if (c->cycle != CSISMS_CYCLE_INITIAL && c->cycle != CSISMS_CYCLE_RECERT)
        return CSISMS_EINVAL;
    if (dated && (csisms_date_valid(c->reference) != 1 || c->reference > LAST_REFERENCE))
        return CSISMS_EINVAL;
    if (dated && c->operating_since != 0
        && (csisms_date_valid(c->operating_since) != 1 || c->operating_since > c->reference))
        return CSISMS_EINVAL;
    if (c->combined_halfdays < 0 || c->planned_halfdays < 0)
        return CSISMS_EINVAL;

    /* The table time of any head count is at most 2^31 / 2 halfdays, so
     * none of the ratios below can fail. */
    (void)csisms_isms_audit_days(c->personnel, &f->isms);
    (void)csisms_initial_audit_days(f->isms, c->basis, &f->basis_time);
    f->basis_rule = note_rules[c->basis];
    (void)csisms_min_reduced_days(f->basis_time, &f->floor);
    if (c->planned_halfdays != 0 && c->planned_halfdays < f->floor)
        return CSISMS_ENOTPERMITTED;
    f->base = c->planned_halfdays != 0 ? c->planned_halfdays : f->basis_time;
    f->base_rule = c->planned_halfdays != 0 ? CSISMS_RULE_REDUCTION : f->basis_rule;
    f->partner = c->combined_halfdays;
    (void)csisms_surveillance_days(f->base, &f->surv);
    (void)csisms_surveillance_cycle_min_days(f->base, &f->cycle_min);
    (void)csisms_recert_min_days(f->base, &f->recert_min);
    return CSISMS_OK;
}

/* 10.2: the least time of an audit whose CSISMS part is `own` and whose
 * partner part is the partner time scaled by num/den. */
static int with_partner(const struct figures *f, int32_t own, int num, int den, int32_t *total)
{
    if (f->partner == 0) {
        *total = own;
        return CSISMS_OK;
    }
    int32_t parts[2];
    parts[0] = own;
    if (num == den)
        parts[1] = f->partner;
    else if (csisms_round_up_half((int64_t)f->partner * num, 2 * (int64_t)den, &parts[1]) != CSISMS_OK)
        return CSISMS_ERANGE;
    return csisms_combined_min_days(parts, 2, total);
}

/* Time figures of an audit entry. */
static int entry_times(const csisms_client *c, const struct figures *f, int kind,
                       csisms_programme_entry *e)
{
    int32_t own;
    int rule, num = 1, den = 1, audit, rc;

    switch (kind) {
    case CSISMS_PROG_SURVEILLANCE1:
    case CSISMS_PROG_SURVEILLANCE2:
        own = f->surv;
        rule = CSISMS_RULE_SURVEILLANCE_TIME;
        den = 3;
        audit = CSISMS_AUDIT_SURVEILLANCE;
        break;
    case CSISMS_PROG_INITIAL:
        own = f->base;
        rule = f->base_rule;
        audit = CSISMS_AUDIT_INITIAL;
        break;
    default: /* the recertification audits */
        own = c->stage1_omitted ? f->recert_min : f->base;
        rule = c->stage1_omitted ? CSISMS_RULE_RECERT_TIME : f->base_rule;
        if (c->stage1_omitted) {
            num = 2;
            den = 3;
        }
        audit = CSISMS_AUDIT_RECERT;
        break;
    }
    rc = with_partner(f, own, num, den, &e->total_halfdays);
    if (rc != CSISMS_OK)
        return rc;
    e->rule_total = f->partner != 0 ? CSISMS_RULE_COMBINED_TIME : rule;
    (void)csisms_min_onsite_days(e->total_halfdays, &e->onsite_halfdays);
    e->rule_onsite = CSISMS_RULE_ONSITE;
    e->sample = 0;
    e->rule_sample = 0;
    if (c->sites != 0) {
        (void)csisms_sample_sites(c->sites, audit, &e->sample);
        e->rule_sample = CSISMS_RULE_SAMPLING;
    }
    return CSISMS_OK;
}

static void entry_dates(csisms_programme_entry *e, csisms_date earliest, int rule_earliest,
                        csisms_date last, int rule_last, csisms_date latest, int rule_latest)
{
    e->earliest = earliest;
    e->rule_earliest = rule_earliest;
    e->last = last;
    e->rule_last = rule_last;
    e->latest = latest;
    e->rule_latest = rule_latest;
}

/* Fills the five entries of the programme into `out`. */
static int build_programme(const csisms_client *c, const struct figures *f,
                           csisms_programme_entry out[PROGRAMME_ENTRIES])
{
    const int initial = c->cycle == CSISMS_CYCLE_INITIAL;
    const csisms_date ref = c->reference;
    csisms_date from, until, d1, s1, s1_last, s1_latest, s2_early, s2_last, s2_latest, opens;
    int rc;

    memset(out, 0, sizeof(csisms_programme_entry) * PROGRAMME_ENTRIES);
    for (int i = 0; i < PROGRAMME_ENTRIES; i++)
        out[i].size = (uint32_t)sizeof out[i];

    /* The audit that starts the cycle. */
    csisms_programme_entry *e = &out[0];
    e->kind = initial ? CSISMS_PROG_INITIAL : CSISMS_PROG_RECERT_START;
    if ((rc = entry_times(c, f, e->kind, e)) != CSISMS_OK)
        return rc;
    if (initial) {
        csisms_date ready = 0;
        if (c->operating_since != 0
            && (rc = csisms_date_add_months(c->operating_since, 3, &ready)) != CSISMS_OK)
            return rc;
        entry_dates(e, ready, ready != 0 ? CSISMS_RULE_SYSTEM_OPERATION : 0, 0, 0, 0, 0);
    } else {
        if ((rc = csisms_recert_window_opens(ref, &opens)) != CSISMS_OK)
            return rc;
        entry_dates(e, opens, CSISMS_RULE_RECERT_WINDOW, ref, CSISMS_RULE_RECERT_WINDOW, ref,
                    CSISMS_RULE_RECERT_WINDOW);
    }

    /* Validity: from the decision, or continuing from the old certificate. */
    if (initial)
        from = ref;
    else if ((rc = csisms_date_add_days(ref, 1, &from)) != CSISMS_OK)
        return rc;
    if ((rc = csisms_certificate_valid_until(from, &until)) != CSISMS_OK)
        return rc;
    e = &out[1];
    e->kind = CSISMS_PROG_VALIDITY;
    {
        const int r = initial ? CSISMS_RULE_VALIDITY : CSISMS_RULE_RECERT_VALIDITY;
        entry_dates(e, from, r, until, r, until, r);
    }

    /* Surveillance 1: from the decision (a recertification decided at the
     * latest on the old certificate's last day). */
    if ((rc = csisms_surveillance_due(initial ? CSISMS_SURV_FIRST : CSISMS_SURV_AFTER_RECERT, ref,
                                      &s1_last, &s1_latest)) != CSISMS_OK
        || (rc = csisms_date_add_days(ref, 1, &d1)) != CSISMS_OK)
        return rc;
    e = &out[2];
    e->kind = CSISMS_PROG_SURVEILLANCE1;
    if ((rc = entry_times(c, f, e->kind, e)) != CSISMS_OK)
        return rc;
    {
        const int r = initial ? CSISMS_RULE_FIRST_SURVEILLANCE : CSISMS_RULE_SURVEILLANCE_INTERVAL;
        entry_dates(e, d1, r, s1_last, r, s1_latest,
                    initial ? CSISMS_RULE_FIRST_SURVEILLANCE : CSISMS_RULE_POSTPONEMENT);
    }

    /* Surveillance 2: in the second year, 12 months after the first. */
    s1 = s1_last;
    if ((rc = csisms_surveillance_due(initial ? CSISMS_SURV_SECOND : CSISMS_SURV_AFTER_RECERT, s1,
                                      &s2_last, &s2_latest)) != CSISMS_OK
        || (rc = csisms_date_add_days(s1_last, 1, &s2_early)) != CSISMS_OK)
        return rc;
    e = &out[3];
    e->kind = CSISMS_PROG_SURVEILLANCE2;
    if ((rc = entry_times(c, f, e->kind, e)) != CSISMS_OK)
        return rc;
    entry_dates(e, s2_early, CSISMS_RULE_SURVEILLANCE_INTERVAL, s2_last,
                CSISMS_RULE_SURVEILLANCE_INTERVAL, s2_latest, CSISMS_RULE_POSTPONEMENT);

    /* Recertification: in the 90 days before the certificate expires. */
    if ((rc = csisms_recert_window_opens(until, &opens)) != CSISMS_OK)
        return rc;
    e = &out[4];
    e->kind = CSISMS_PROG_RECERT;
    if ((rc = entry_times(c, f, e->kind, e)) != CSISMS_OK)
        return rc;
    entry_dates(e, opens, CSISMS_RULE_RECERT_WINDOW, until, CSISMS_RULE_RECERT_WINDOW, until,
                CSISMS_RULE_RECERT_WINDOW);
    return CSISMS_OK;
}

/* Hands `n` built items (each `elem` bytes, `size` first) to the caller's
 * array: ENOSPC with the count when it is too small; EVERSION unless every
 * element used carries the same size, at least this version's (a newer
 * caller's larger elements are its stride); else this version's fields
 * after `size` are written. */
static int deliver(void *dst, size_t capacity, const void *src, size_t n, size_t elem,
                   size_t *count)
{
    unsigned char *d = (unsigned char *)dst;
    const unsigned char *s = (const unsigned char *)src;
    uint32_t stride = 0, size;

    if (capacity < n) {
        *count = n;
        return CSISMS_ENOSPC;
    }
    for (size_t i = 0; i < n; i++) {
        memcpy(&size, d + i * (size_t)stride, sizeof size);
        if (i == 0)
            stride = size;
        if (size != stride || size < elem || size > MAX_STRUCT_SIZE)
            return CSISMS_EVERSION;
    }
    for (size_t i = 0; i < n; i++)
        memcpy(d + i * (size_t)stride + sizeof(uint32_t), s + i * elem + sizeof(uint32_t),
               elem - sizeof(uint32_t));
    *count = n;
    return CSISMS_OK;
}

CSISMS_API int csisms_programme(const csisms_client *client, csisms_programme_entry *entries,
                                size_t capacity, size_t *count)
{
    struct figures f;
    csisms_programme_entry built[PROGRAMME_ENTRIES];
    int rc;

    if (count == NULL || (entries == NULL && capacity != 0))
        return CSISMS_EINVAL;
    if ((rc = client_figures(client, 1, &f)) != CSISMS_OK)
        return rc;
    if ((rc = build_programme(client, &f, built)) != CSISMS_OK)
        return rc;
    return deliver(entries, capacity, built, PROGRAMME_ENTRIES, sizeof built[0], count);
}

/* ------------------------------------------------------------------ justify */

static void step(csisms_step *s, size_t *n, int rule, int64_t input, int64_t input2, int32_t result)
{
    csisms_step *t = &s[(*n)++];
    t->size = (uint32_t)sizeof *t;
    t->rule = rule;
    t->input = input;
    t->input2 = input2;
    t->result = result;
}

CSISMS_API int csisms_justify(const csisms_client *client, csisms_step *steps, size_t capacity,
                              size_t *count)
{
    struct figures f;
    csisms_step built[MAX_STEPS];
    size_t n = 0;
    int32_t total, onsite;
    int rc;

    if (count == NULL || (steps == NULL && capacity != 0))
        return CSISMS_EINVAL;
    if ((rc = client_figures(client, 0, &f)) != CSISMS_OK)
        return rc;

    step(built, &n, CSISMS_RULE_ISMS_TABLE, client->personnel, 0, f.isms);
    if (client->basis != CSISMS_BASIS_NONE)
        step(built, &n, f.basis_rule, f.isms, 0, f.basis_time);
    if (client->planned_halfdays != 0)
        step(built, &n, CSISMS_RULE_REDUCTION, f.basis_time, client->planned_halfdays, f.floor);
    if ((rc = with_partner(&f, f.base, 1, 1, &total)) != CSISMS_OK)
        return rc;
    if (f.partner != 0)
        step(built, &n, CSISMS_RULE_COMBINED_TIME, f.base, f.partner, total);
    (void)csisms_min_onsite_days(total, &onsite);
    step(built, &n, CSISMS_RULE_ONSITE, total, 0, onsite);
    step(built, &n, CSISMS_RULE_SURVEILLANCE_TIME, f.base, 0, f.surv);
    step(built, &n, CSISMS_RULE_SURVEILLANCE_CYCLE, f.base, 0, f.cycle_min);
    step(built, &n, CSISMS_RULE_RECERT_TIME, f.base, 0, f.recert_min);
    if (client->sites != 0) {
        uint32_t sample;
        (void)csisms_sample_sites(client->sites, CSISMS_AUDIT_INITIAL, &sample);
        step(built, &n, CSISMS_RULE_SAMPLING, client->sites, 0, (int32_t)sample);
    }

    return deliver(steps, capacity, built, n, sizeof built[0], count);
}

/* ------------------------------------------------------------ record check */

struct breaches {
    csisms_breach b[MAX_RECORDS * BREACHES_PER_RECORD + 1];
    size_t n;
};

static void breach(struct breaches *bs, int rule, int32_t record, int32_t actual, int32_t required)
{
    csisms_breach *b = &bs->b[bs->n++];
    b->size = (uint32_t)sizeof *b;
    b->rule = rule;
    b->record = record;
    b->actual = actual;
    b->required = required;
}

static int record_ok(const csisms_client *c, const csisms_audit_record *r)
{
    if (!size_ok(r, r->size, sizeof *r))
        return CSISMS_EVERSION;
    switch (r->kind) {
    case CSISMS_PROG_INITIAL:
        if (c->cycle != CSISMS_CYCLE_INITIAL)
            return CSISMS_EINVAL;
        break;
    case CSISMS_PROG_RECERT_START:
        if (c->cycle != CSISMS_CYCLE_RECERT)
            return CSISMS_EINVAL;
        break;
    case CSISMS_PROG_SURVEILLANCE1:
    case CSISMS_PROG_SURVEILLANCE2:
    case CSISMS_PROG_RECERT:
        break;
    default:
        return CSISMS_EINVAL;
    }
    if (csisms_date_valid(r->date) != 1 || r->date > LAST_REFERENCE)
        return CSISMS_EINVAL;
    if (r->total_halfdays < 1 || r->onsite_halfdays < 0 || r->onsite_halfdays > r->total_halfdays)
        return CSISMS_EINVAL;
    return CSISMS_OK;
}

/* The least time of a start or recertification audit record. */
static int least_time(const csisms_client *c, const struct figures *f, int kind, int32_t *least,
                      int *rule)
{
    int32_t own = f->floor;
    int num = 1, den = 1;

    *rule = CSISMS_RULE_REDUCTION;
    if (kind != CSISMS_PROG_INITIAL && c->stage1_omitted) {
        own = f->recert_min;
        *rule = CSISMS_RULE_RECERT_TIME;
        num = 2;
        den = 3;
    }
    if (f->partner != 0)
        *rule = CSISMS_RULE_COMBINED_TIME;
    return with_partner(f, own, num, den, least);
}

CSISMS_API int csisms_record_check(const csisms_client *client,
                                   const csisms_audit_record *records, size_t nrecords,
                                   csisms_breach *breaches, size_t capacity, size_t *count)
{
    struct figures f;
    csisms_programme_entry p[PROGRAMME_ENTRIES];
    struct breaches bs;
    csisms_date surv1_held = 0;
    int64_t surv_sum = 0; /* at most 64 records of INT32_MAX */
    int surv2_seen = 0, rc;

    if (count == NULL || (breaches == NULL && capacity != 0) || (records == NULL && nrecords != 0))
        return CSISMS_EINVAL;
    if ((rc = client_figures(client, 1, &f)) != CSISMS_OK)
        return rc;
    if (nrecords > MAX_RECORDS)
        return CSISMS_EINVAL;
    for (size_t i = 0; i < nrecords; i++)
        if ((rc = record_ok(client, &records[i])) != CSISMS_OK)
            return rc;
    if ((rc = build_programme(client, &f, p)) != CSISMS_OK)
        return rc;

    for (size_t i = 0; i < nrecords; i++)
        if (records[i].kind == CSISMS_PROG_SURVEILLANCE1
            && (surv1_held == 0 || records[i].date > surv1_held))
            surv1_held = records[i].date;

    bs.n = 0;
    for (size_t i = 0; i < nrecords; i++) {
        const csisms_audit_record *r = &records[i];
        const int32_t idx = (int32_t)i;
        int32_t least, onsite;
        int rule;

        switch (r->kind) {
        case CSISMS_PROG_INITIAL:
            if (p[0].earliest != 0 && r->date < p[0].earliest)
                breach(&bs, CSISMS_RULE_SYSTEM_OPERATION, idx, r->date, p[0].earliest);
            break;
        case CSISMS_PROG_RECERT_START:
        case CSISMS_PROG_RECERT: {
            const csisms_programme_entry *e = r->kind == CSISMS_PROG_RECERT ? &p[4] : &p[0];
            if (r->date < e->earliest)
                breach(&bs, CSISMS_RULE_RECERT_WINDOW, idx, r->date, e->earliest);
            else if (r->date > e->last)
                breach(&bs, CSISMS_RULE_RECERT_WINDOW, idx, r->date, e->last);
            break;
        }
        case CSISMS_PROG_SURVEILLANCE1:
            if (r->date > p[2].latest)
                breach(&bs, p[2].rule_latest, idx, r->date, p[2].latest);
            surv_sum += r->total_halfdays;
            break;
        default: { /* SURVEILLANCE2: 12 months (+3 if postponed) after the first held */
            csisms_date due, latest = p[3].latest;
            if (surv1_held != 0
                && (rc = csisms_surveillance_due(CSISMS_SURV_SECOND, surv1_held, &due, &latest))
                       != CSISMS_OK)
                return rc;
            if (r->date > latest)
                breach(&bs, CSISMS_RULE_POSTPONEMENT, idx, r->date, latest);
            surv_sum += r->total_halfdays;
            surv2_seen = 1;
            break;
        }
        }
        if (r->kind != CSISMS_PROG_SURVEILLANCE1 && r->kind != CSISMS_PROG_SURVEILLANCE2) {
            if ((rc = least_time(client, &f, r->kind, &least, &rule)) != CSISMS_OK)
                return rc;
            if (r->total_halfdays < least)
                breach(&bs, rule, idx, r->total_halfdays, least);
        }
        /* 4.5.1.2: the on-site share of the record's own total. */
        (void)csisms_min_onsite_days(r->total_halfdays, &onsite);
        if (r->onsite_halfdays < onsite)
            breach(&bs, CSISMS_RULE_ONSITE, idx, r->onsite_halfdays, onsite);
    }
    /* 5.2: a surveillance may be shorter than T/3, the cycle's may not be
     * shorter than 2T/3 in total. */
    if (surv2_seen) {
        int32_t least;
        if ((rc = with_partner(&f, f.cycle_min, 2, 3, &least)) != CSISMS_OK)
            return rc;
        if (surv_sum < least) /* then surv_sum fits in int32_t */
            breach(&bs, CSISMS_RULE_SURVEILLANCE_CYCLE, -1, (int32_t)surv_sum, least);
    }

    return deliver(breaches, capacity, bs.b, bs.n, sizeof bs.b[0], count);
}

/* ------------------------------------------------------------------ queries */

CSISMS_API int csisms_isms_band_index(uint32_t personnel, uint32_t *index)
{
    uint32_t lo = 0, hi = 128; /* the bands end well before index 128 */

    if (index == NULL || personnel == 0)
        return CSISMS_EINVAL;
    /* The first band whose upper bound is at least `personnel`: every
     * index below it exists and ends below `personnel`. */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2, l, u;
        int32_t hd;
        if (csisms_isms_band(mid, &l, &u, &hd) == CSISMS_OK && u < personnel)
            lo = mid + 1;
        else
            hi = mid;
    }
    *index = lo;
    return CSISMS_OK;
}
