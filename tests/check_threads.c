/* SPDX-License-Identifier: MIT */
/* Thread safety (doc/rules-model.md §0: every function is thread-safe and reentrant).
 *
 * Each function family (status and version, audit time, dates and periods,
 * business scope, verdicts, checklists, identifiers and sampling) is run
 * over a fixed set of arguments and everything it returns — status codes,
 * out-parameters, buffers, the text of returned strings — is folded into a
 * digest. A single-threaded run gives the reference digests; then 4 threads
 * run for CSISMS_THREADS_MS milliseconds (default 1500; at least one full
 * round each): half the time every family, each thread starting at a
 * different one, the other half all four the same family at once, family by
 * family. Every digest they compute must equal the reference.
 * A library with a static buffer, a lazily filled table or any other shared
 * mutable state shows up here as a mismatch when the threads happen to
 * collide, and reliably under `valgrind --tool=helgrind` (run by
 * .ci/steps/10-reliability.sh) as a race. */
#define _POSIX_C_SOURCE 200809L
#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "csisms.h"
#include "check_run.h"

#define THREADS 4

/* ------------------------------------------------------------ digests */

typedef struct digest {
    uint64_t h;
    unsigned long ok; /* calls that succeeded: a family of stubs is no test */
} digest;

static void mix(digest *d, uint64_t v)
{
    for (int i = 0; i < 8; i++) {
        d->h ^= (v >> (8 * i)) & 0xFF;
        d->h *= 0x100000001B3ull; /* FNV-1a */
    }
}

static void mix_rc(digest *d, int rc)
{
    mix(d, (uint64_t)(int64_t)rc);
    if (rc >= 0)
        d->ok++;
}

static void mix_str(digest *d, const char *s)
{
    if (s == NULL) {
        mix(d, 0xF00Du);
        return;
    }
    d->ok++;
    for (; *s; s++)
        mix(d, (unsigned char)*s);
    mix(d, 0x100u);
}

/* ------------------------------------------------------------ families */

static void family_status(digest *d)
{
    for (int s = -12; s <= 3; s++)
        mix_str(d, csisms_strerror(s));
    mix_str(d, csisms_version());
    static const int versions[] = { 0, 0x010000, 0x010001, 0x00FFFF, 0x020000, -1 };
    for (size_t i = 0; i < sizeof versions / sizeof versions[0]; i++)
        mix(d, (uint64_t)csisms_check_version(versions[i]));
}

static void family_audit(digest *d)
{
    static const uint32_t people[] = { 0, 1, 10, 11, 30, 120, 10700, 10701, 100000, UINT32_MAX };
    for (size_t i = 0; i < sizeof people / sizeof people[0]; i++) {
        int32_t hd = -1;
        mix_rc(d, csisms_isms_audit_days(people[i], &hd));
        mix(d, (uint64_t)hd);
        for (int basis = -1; basis <= 4; basis++) {
            hd = -1;
            mix_rc(d, csisms_audit_days(people[i], basis, &hd));
            mix(d, (uint64_t)hd);
        }
    }
    for (uint32_t b = 0; b < 82; b += 3) {
        uint32_t lo = 0, hi = 0;
        int32_t hd = 0;
        mix_rc(d, csisms_isms_band(b, &lo, &hi, &hd));
        mix(d, lo);
        mix(d, hi);
        mix(d, (uint64_t)hd);
    }
    static const int32_t t[] = { -1, 0, 1, 2, 17, 24, 99, INT32_MAX };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int32_t o[6] = { -1, -1, -1, -1, -1, -1 };
        mix_rc(d, csisms_initial_audit_days(t[i], CSISMS_BASIS_COMBINED, &o[0]));
        mix_rc(d, csisms_min_reduced_days(t[i], &o[1]));
        mix_rc(d, csisms_min_onsite_days(t[i], &o[2]));
        mix_rc(d, csisms_surveillance_days(t[i], &o[3]));
        mix_rc(d, csisms_surveillance_cycle_min_days(t[i], &o[4]));
        mix_rc(d, csisms_recert_min_days(t[i], &o[5]));
        for (int k = 0; k < 6; k++)
            mix(d, (uint64_t)o[k]);
        char buf[16];
        memset(buf, 0, sizeof buf);
        mix_rc(d, csisms_days_format(t[i], buf, sizeof buf));
        mix_str(d, buf);
    }
    static const int32_t parts[] = { 24, 17, INT32_MAX, 1 };
    for (size_t n = 0; n <= 4; n++) {
        int32_t m = -1;
        mix_rc(d, csisms_combined_min_days(parts, n, &m));
        mix(d, (uint64_t)m);
    }
    static const char *const texts[] = { "8.5", "3.4", "007", "", ".5", "1e3", "1073741823.5",
                                         "1073741824", "0.0000001" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        int32_t hd = -1;
        mix_rc(d, csisms_days_parse(texts[i], &hd));
        mix(d, (uint64_t)hd);
    }
    for (int64_t num = 0; num < 40; num += 3) {
        int32_t hd = -1;
        mix_rc(d, csisms_round_up_half(num, 7, &hd));
        mix(d, (uint64_t)hd);
    }
}

static void family_dates(digest *d)
{
    static const csisms_date dates[] = { 20241022, 20240229, 20230301, 20240131, 20240831,
                                         10101,    99991231, 99970101, 99970102, 20230229,
                                         0,        19000101, 21001231, 20271021 };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        csisms_date x = dates[i], o[12];
        int32_t n = 0;
        char buf[11];
        for (int k = 0; k < 12; k++)
            o[k] = -1;
        memset(buf, 0, sizeof buf);
        mix(d, (uint64_t)csisms_date_valid(x));
        mix_rc(d, csisms_date_format(x, buf, sizeof buf));
        mix_str(d, buf);
        mix_rc(d, csisms_date_parse(buf, &o[0]));
        mix_rc(d, csisms_date_add_days(x, 60, &o[1]));
        mix_rc(d, csisms_date_add_days(x, -90, &o[2]));
        mix_rc(d, csisms_date_add_months(x, 12, &o[3]));
        mix_rc(d, csisms_date_add_months(x, -7, &o[4]));
        mix_rc(d, csisms_date_diff_days(20000101, x, &n));
        mix_rc(d, csisms_surveillance_due((int)(i % 4), x, &o[5], &o[6]));
        mix_rc(d, csisms_certificate_valid_until(x, &o[7]));
        mix_rc(d, csisms_recert_valid_until(x, 20250101, &o[8]));
        mix_rc(d, csisms_recert_window_opens(x, &o[9]));
        mix_rc(d, csisms_suspension_ends_by(x, &o[10]));
        mix_rc(d, csisms_appeal_due(x, &o[11]));
        mix(d, (uint64_t)n);
        for (int k = 0; k < 12; k++)
            mix(d, (uint64_t)o[k]);
        csisms_date c = -1;
        mix_rc(d, csisms_correction_due(x, &c));
        mix(d, (uint64_t)c);
    }
    static const char *const texts[] = { "2024-10-22", "20241022", "2024年1月5日", "2024-1-5",
                                         "0000-01-01", "2023年02月29日" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        csisms_date x = -1;
        mix_rc(d, csisms_date_parse(texts[i], &x));
        mix(d, (uint64_t)x);
    }
}

static void family_scope(digest *d)
{
    size_t count = csisms_scope_count();
    mix(d, count);
    for (size_t i = 0; i <= count; i++) {
        const csisms_scope *s = csisms_scope_at(i);
        mix_str(d, csisms_scope_code(s));
        mix_str(d, csisms_scope_name(s, CSISMS_LANG_ZH));
        mix_str(d, csisms_scope_name(s, CSISMS_LANG_EN));
        mix_str(d, csisms_scope_note(s, CSISMS_LANG_ZH));
        mix_str(d, csisms_scope_note(s, CSISMS_LANG_EN));
        mix(d, (uint64_t)(int64_t)csisms_scope_level(s));
        mix_str(d, csisms_scope_code(csisms_scope_parent(s)));
        mix(d, csisms_scope_flags(s));
        const csisms_scope *found = NULL;
        mix_rc(d, csisms_scope_lookup(csisms_scope_code(s), &found));
        mix(d, found == s);
    }
    static const char *const codes[] = { "４．１３．１", " 3.1 ", "04.13", "05", "1.2.3.4", "" };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        const csisms_scope *s = NULL;
        mix_rc(d, csisms_scope_lookup(codes[i], &s));
        mix_str(d, csisms_scope_code(s));
    }
    static const char *const texts[] = { "银行", "finance", "OTHER", "的", "zzz" };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t at = 0;
        int rc;
        while ((rc = csisms_scope_find(texts[i], at, &at)) == CSISMS_OK) {
            mix(d, at);
            at++;
        }
        mix_rc(d, rc);
    }
}

static void family_verdict(digest *d)
{
    static const uint32_t grounds[] = { 0, CSISMS_R_NONCONFORMITY, CSISMS_R_VOLUNTARY,
                                        CSISMS_R_MAJOR_INCIDENT, 1u << 7 };
    static const csisms_date susp[] = { 0, 20250101, 20250601 };
    for (size_t g = 0; g < sizeof grounds / sizeof grounds[0]; g++)
        for (size_t s = 0; s < sizeof susp / sizeof susp[0]; s++)
            for (int flags = 0; flags < 8; flags++) {
                csisms_facts f = CSISMS_FACTS_INIT;
                csisms_verdict v = CSISMS_VERDICT_INIT;
                f.grounds = grounds[g];
                f.today = flags & 4 ? 20251202 : 20250701;
                f.valid_until = 20271021;
                f.suspended_on = susp[s];
                f.suspension_resolved = flags & 1;
                f.surveillance_latest = flags & 2 ? 20250630 : 0;
                f.correction_requested = flags & 4 ? 20250501 : 0;
                mix_rc(d, csisms_evaluate(&f, &v));
                mix(d, (uint64_t)v.action);
                mix(d, v.reasons);
                mix(d, v.duties);
                mix(d, (uint64_t)v.deadline);
                mix(d, (uint64_t)v.next_review);
            }
    for (int bit = 0; bit < 18; bit++) {
        mix_str(d, csisms_reason_clause(1u << bit));
        mix_str(d, csisms_reason_text(1u << bit, CSISMS_LANG_ZH));
        mix_str(d, csisms_reason_text(1u << bit, CSISMS_LANG_EN));
    }
    for (int a = -1; a <= 5; a++) {
        mix_str(d, csisms_action_name(a, CSISMS_LANG_ZH));
        mix_str(d, csisms_action_name(a, CSISMS_LANG_EN));
    }
    for (uint32_t duty = 0; duty <= 16; duty++) {
        mix_str(d, csisms_duty_clause(duty));
        mix_str(d, csisms_duty_text(duty, CSISMS_LANG_EN));
        mix_str(d, csisms_duty_text(duty, CSISMS_LANG_ZH));
    }
}

static void family_checklists(digest *d)
{
    for (int list = 0; list <= 17; list++) {
        int size = csisms_checklist_size(list);
        mix_rc(d, size);
        mix_rc(d, csisms_checklist_mode(list));
        mix_str(d, csisms_checklist_clause(list));
        mix_str(d, csisms_checklist_title(list, CSISMS_LANG_ZH));
        mix_str(d, csisms_checklist_title(list, CSISMS_LANG_EN));
        mix(d, csisms_checklist_conditional(list));
        for (int item = 0; item <= 9; item++) {
            mix_str(d, csisms_checklist_item(list, item, CSISMS_LANG_ZH));
            mix_str(d, csisms_checklist_item(list, item, CSISMS_LANG_EN));
        }
        for (uint32_t present = 0; present < 64; present += 7) {
            uint32_t missing = 0xFFFFFFFFu;
            mix_rc(d, csisms_checklist_eval(list, present, 0, &missing));
            mix(d, missing);
        }
    }
}

static void family_ident(digest *d)
{
    static const char *const codes[] = { "91350100M000100Y43", "91350100M000100Y44",
                                         "91350100m000100Y43", "91350100M000100Y4", "" };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        mix_rc(d, csisms_uscc_validate(codes[i]));
    static const uint32_t sites[] = { 0, 1, 2, 25, 26, 100, 9999, UINT32_MAX };
    for (size_t i = 0; i < sizeof sites / sizeof sites[0]; i++)
        for (int audit = 0; audit <= 4; audit++) {
            uint32_t n = 0xFFFFFFFFu;
            mix_rc(d, csisms_sample_sites(sites[i], audit, &n));
            mix(d, n);
        }
}

static const struct {
    const char *name;
    void (*run)(digest *);
} families[] = {
    { "status", family_status },         { "audit time", family_audit },
    { "dates", family_dates },           { "scope", family_scope },
    { "verdict", family_verdict },       { "checklists", family_checklists },
    { "identifiers", family_ident },
};
#define FAMILIES ((int)(sizeof families / sizeof families[0]))

static digest reference[FAMILIES];

static digest run_family(int f)
{
    digest d = { 0xCBF29CE484222325ull, 0 };
    families[f].run(&d);
    return d;
}

/* ------------------------------------------------------------ threads */

typedef struct worker {
    int id;
    long run_ms;
    pthread_barrier_t *start;
    unsigned long rounds;
    int mismatch_family; /* -1: none */
    uint64_t mismatch_digest;
} worker;

static long elapsed_ms(const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)(now.tv_sec - t0->tv_sec) * 1000 + (now.tv_nsec - t0->tv_nsec) / 1000000;
}

static void check_family(worker *w, int f)
{
    digest d = run_family(f);
    if (d.h != reference[f].h || d.ok != reference[f].ok) {
        w->mismatch_family = f;
        w->mismatch_digest = d.h;
    }
}

/* Half the time: every thread runs every family, each starting at a
 * different one. The other half: all threads run the same family at once,
 * family after family (a barrier between them), so that shared state inside
 * one function meets the most contention. A thread that saw a mismatch stops
 * working but still meets the barriers. */
static void *work(void *arg)
{
    worker *w = arg;
    struct timespec t0;
    long mixed_ms = w->run_ms / 2, same_ms = (w->run_ms - mixed_ms) / FAMILIES;
    pthread_barrier_wait(w->start);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    do {
        for (int k = 0; k < FAMILIES && w->mismatch_family < 0; k++)
            check_family(w, (w->id + k) % FAMILIES);
        w->rounds++;
    } while (w->mismatch_family < 0 && elapsed_ms(&t0) < mixed_ms);
    for (int f = 0; f < FAMILIES; f++) {
        pthread_barrier_wait(w->start);
        clock_gettime(CLOCK_MONOTONIC, &t0);
        while (w->mismatch_family < 0) {
            check_family(w, f);
            w->rounds++;
            if (elapsed_ms(&t0) >= same_ms)
                break;
        }
    }
    return NULL;
}

static long run_ms(void)
{
    const char *s = getenv("CSISMS_THREADS_MS");
    if (s == NULL || *s == '\0')
        return 1500;
    char *end;
    long v = strtol(s, &end, 10);
    return *end == '\0' && v >= 0 && v <= 600000 ? v : 1500;
}

static void setup(void)
{
    for (int f = 0; f < FAMILIES; f++)
        reference[f] = run_family(f);
}

/* The single-threaded reference is itself deterministic and sees successes
 * in every family (so the comparison below compares something). */
START_TEST(reference_is_deterministic)
{
    digest again = run_family(_i);
    ck_assert_msg(again.h == reference[_i].h, "family %s is not deterministic", families[_i].name);
    ck_assert_msg(reference[_i].ok > 0, "family %s never succeeds", families[_i].name);
}
END_TEST

START_TEST(four_threads_agree_with_one)
{
    pthread_t tid[THREADS];
    worker w[THREADS];
    pthread_barrier_t start;
    long ms = run_ms();

    ck_assert_int_eq(pthread_barrier_init(&start, NULL, THREADS), 0);
    for (int i = 0; i < THREADS; i++) {
        w[i].id = i * 2;
        w[i].run_ms = ms;
        w[i].start = &start;
        w[i].rounds = 0;
        w[i].mismatch_family = -1;
        w[i].mismatch_digest = 0;
        ck_assert_int_eq(pthread_create(&tid[i], NULL, work, &w[i]), 0);
    }
    unsigned long rounds = 0;
    for (int i = 0; i < THREADS; i++) {
        ck_assert_int_eq(pthread_join(tid[i], NULL), 0);
        rounds += w[i].rounds;
    }
    pthread_barrier_destroy(&start);
    for (int i = 0; i < THREADS; i++)
        ck_assert_msg(w[i].mismatch_family < 0,
                      "thread %d: family %s gave digest %016llx, single-threaded %016llx", i,
                      w[i].mismatch_family >= 0 ? families[w[i].mismatch_family].name : "",
                      (unsigned long long)w[i].mismatch_digest,
                      (unsigned long long)(w[i].mismatch_family >= 0
                                               ? reference[w[i].mismatch_family].h
                                               : 0));
    for (int i = 0; i < THREADS; i++)
        ck_assert_msg(w[i].rounds >= 1, "thread %d finished no round", i);
    printf("check_threads: %d threads, %ld ms, %lu rounds (all %d families, then each alone)\n",
           THREADS, ms, rounds, FAMILIES);
}
END_TEST

/* The digest notices a changed result (so a race would be seen). */
START_TEST(digest_sees_differences)
{
    digest a = { 0xCBF29CE484222325ull, 0 }, b = a;
    mix_rc(&a, CSISMS_OK);
    mix_rc(&b, CSISMS_EINVAL);
    ck_assert(a.h != b.h);
    digest c = { 0xCBF29CE484222325ull, 0 }, e = c;
    mix_str(&c, "7.2.1(5)");
    mix_str(&e, "7.2.1(6)");
    ck_assert(c.h != e.h);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("threads");
    tcase_add_unchecked_fixture(tc, setup, NULL);
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, digest_sees_differences);
    tcase_add_loop_test(tc, reference_is_deterministic, 0, FAMILIES);
    tcase_add_test(tc, four_threads_agree_with_one);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
