/* SPDX-License-Identifier: MIT */
/*
 * Tests for doc/rules-model.md §6: csisms_uscc_validate and csisms_sample_sites.
 *
 * Valid codes are worked out by hand below (weights 3^(i-1) mod 31); an
 * independent checker written here (alphabet and weights built on the fly,
 * acceptance by "Σ value·weight + check ≡ 0 (mod 31)") judges every
 * corruption.  Sampling is checked against a linear search with the
 * percentages written as hundredths (k·k·100 ≥ 36·n), and near UINT32_MAX
 * against the defining inequalities and hand-computed values.
 */
#include <check.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

#define SENTINEL UINT32_C(0xA5A5A5A5)

/* ---- independent USCC reference ---- */

/* The 31 symbols in value order, built from the rule "digits, then A–Z
 * without I, O, Z, S, V". */
static void ref_alphabet(char out[32])
{
    int n = 0;
    char c;

    for (c = '0'; c <= '9'; c++)
        out[n++] = c;
    for (c = 'A'; c <= 'Z'; c++)
        if (strchr("IOZSV", c) == NULL)
            out[n++] = c;
    out[n] = '\0';
}

static int ref_value(int byte)
{
    char alpha[32];
    const char *p;

    ref_alphabet(alpha);
    if (byte <= 0 || byte > 127)
        return -1;
    p = strchr(alpha, byte);
    return p != NULL ? (int)(p - alpha) : -1;
}

/* 1 valid, 0 well-formed with a wrong check, -1 malformed. */
static int ref_uscc(const char *code)
{
    long sum = 0, w = 1;
    size_t i;

    if (strlen(code) != 18)
        return -1;
    for (i = 0; i < 18; i++)
        if (ref_value((unsigned char)code[i]) < 0)
            return -1;
    for (i = 0; i < 17; i++) {
        sum += ref_value((unsigned char)code[i]) * w;
        w = (w * 3) % 31;
    }
    /* the check character is the value that brings the sum to 0 mod 31 */
    return (sum + ref_value((unsigned char)code[17])) % 31 == 0 ? 1 : 0;
}

/*
 * Valid codes, check characters worked out by hand.
 * Weights W1..W17: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 (sum 305).
 * Letter values: A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24
 * R25 T26 U27 W28 X29 Y30.
 */
static const char *const valid_codes[] = {
    /* The example of doc/rules-model.md §6. 9·1 + 1·3 + 3·9 + 5·27 + 0 + 1·26 + 0 + 0 + M21·20
     * + 0 + 0 + 0 + 1·8 + 0 + 0 + Y30·30 + 4·28 = 9+3+27+135+26+420+8+900+112
     * = 1640 = 52·31 + 28 → check (31 − 28) mod 31 = 3 */
    "91350100M000100Y43",
    /* all zeros: sum 0 → check (31 − 0) mod 31 = 0 */
    "000000000000000000",
    /* all ones: sum = ΣW = 305 = 9·31 + 26 → check 5 */
    "111111111111111115",
    /* all Y (30): 30·305 = 9150 = 295·31 + 5 → check 26 = T */
    "YYYYYYYYYYYYYYYYYT",
    /* 1 then zeros: sum 1 → check 30 = Y */
    "10000000000000000Y",
    /* 9·1 + 2·3 + 4·9 + 4·27 + 0·19 + 1·26 + 0·16 + 1·17 + M21·20 + A10·29
     * + 5·25 + 9·13 + A10·8 + B11·24 + C12·10 + D13·30 + E14·28
     * = 9+6+36+108+26+17+420+290+125+117+80+264+120+390+392 = 2400
     * = 77·31 + 13 → check 18 = J */
    "92440101MA59ABCDEJ",
    /* zeros then 1 at position 17 (W17 = 28): sum 28 → check 3 */
    "000000000000000013",
};

#define NVALID ((int)(sizeof valid_codes / sizeof valid_codes[0]))

START_TEST(test_reference_self)
{
    /* the reference agrees with the hand-computed check characters */
    int i;

    for (i = 0; i < NVALID; i++)
        ck_assert_int_eq(ref_uscc(valid_codes[i]), 1);
    ck_assert_int_eq(ref_uscc("91350100M000100Y44"), 0);
    ck_assert_int_eq(ref_uscc("91350100M000100Y4"), -1);
}
END_TEST

START_TEST(test_uscc_valid)
{
    const char *code = valid_codes[_i];
    /* an exact-size copy, so a sanitizer catches any read past the end */
    size_t len = strlen(code) + 1;
    char *copy = malloc(len);

    ck_assert_ptr_nonnull(copy);
    memcpy(copy, code, len);
    ck_assert_int_eq(csisms_uscc_validate(copy), CSISMS_OK);
    free(copy);
}
END_TEST

/* Every byte 0x01–0xFF at every position of every valid code: a symbol
 * gives OK/ECHECKSUM as the reference says (a single substitution is always
 * caught: 31 is prime and no weight is 0 mod 31, so ECHECKSUM), anything
 * else EINVAL.  A NUL shortens the code: EINVAL. */
START_TEST(test_uscc_every_corruption)
{
    const char *code = valid_codes[_i];
    char buf[19];
    int pos, b;

    for (pos = 0; pos < 18; pos++) {
        for (b = 0; b < 256; b++) {
            int r, ref;

            memcpy(buf, code, 19);
            buf[pos] = (char)b;
            r = csisms_uscc_validate(buf);
            if (b == 0) {
                EXPECT(r == CSISMS_EINVAL, "%s pos %d NUL: %d", code, pos, r);
                continue;
            }
            ref = ref_uscc(buf);
            if (ref < 0) {
                EXPECT(r == CSISMS_EINVAL, "%s pos %d byte %d: %d", code, pos, b, r);
            } else if ((unsigned char)code[pos] == b) {
                EXPECT(ref == 1 && r == CSISMS_OK, "%s pos %d byte %d: %d", code, pos, b, r);
            } else {
                EXPECT(ref == 0, "%s pos %d byte %d: reference accepts", code, pos, b);
                EXPECT(r == CSISMS_ECHECKSUM, "%s pos %d byte %d: %d", code, pos, b, r);
            }
        }
    }
}
END_TEST

/* The 31 symbols exactly: at position 18 each symbol but one is a wrong
 * check, at the others each symbol but the original is a wrong check. */
START_TEST(test_uscc_symbol_count)
{
    char buf[19];
    int b, ok = 0, bad = 0, inval = 0;

    for (b = 1; b < 256; b++) {
        memcpy(buf, "91350100M000100Y43", 19);
        buf[17] = (char)b;
        switch (csisms_uscc_validate(buf)) {
        case CSISMS_OK: ok++; break;
        case CSISMS_ECHECKSUM: bad++; break;
        case CSISMS_EINVAL: inval++; break;
        default: ck_abort_msg("unexpected status");
        }
    }
    ck_assert_int_eq(ok, 1);
    ck_assert_int_eq(bad, 30);
    ck_assert_int_eq(inval, 255 - 31);
}
END_TEST

/* Every pair of adjacent characters swapped: agree with the reference. */
START_TEST(test_uscc_transpositions)
{
    const char *code = valid_codes[_i];
    char buf[19];
    int pos;

    for (pos = 0; pos < 17; pos++) {
        int ref;

        memcpy(buf, code, 19);
        buf[pos] = code[pos + 1];
        buf[pos + 1] = code[pos];
        ref = ref_uscc(buf);
        ck_assert_int_eq(csisms_uscc_validate(buf), ref == 1 ? CSISMS_OK : CSISMS_ECHECKSUM);
    }
}
END_TEST

START_TEST(test_uscc_lengths)
{
    char longbuf[1001];
    char *exact;

    ck_assert_int_eq(csisms_uscc_validate(NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate(""), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("9"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y4"), CSISMS_EINVAL);   /* 17 */
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y430"), CSISMS_EINVAL); /* 19 */
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y4391350100M000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("000000000000000000000000000000000000"), CSISMS_EINVAL);
    /* 17 characters in an exact-size buffer: no read past the NUL */
    exact = malloc(18);
    ck_assert_ptr_nonnull(exact);
    memcpy(exact, "91350100M000100Y4", 18);
    ck_assert_int_eq(csisms_uscc_validate(exact), CSISMS_EINVAL);
    free(exact);
    /* very long */
    memset(longbuf, '0', 1000);
    longbuf[1000] = '\0';
    ck_assert_int_eq(csisms_uscc_validate(longbuf), CSISMS_EINVAL);
    /* surrounding space is not trimmed */
    ck_assert_int_eq(csisms_uscc_validate(" 91350100M000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y43 "), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y43\n"), CSISMS_EINVAL);
}
END_TEST

START_TEST(test_uscc_characters)
{
    /* lower case */
    ck_assert_int_eq(csisms_uscc_validate("91350100m000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("92440101ma59abcdej"), CSISMS_EINVAL);
    /* the five excluded letters, wherever they stand */
    ck_assert_int_eq(csisms_uscc_validate("91350100I000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100O000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100Z000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100S000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100V000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y4I"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("O1350100M000100Y43"), CSISMS_EINVAL);
    /* punctuation */
    ck_assert_int_eq(csisms_uscc_validate("91350100-M000100Y4"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("9135 0100M000100Y4"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y4."), CSISMS_EINVAL);
    /* non-ASCII: é (C3 A9) in 18 bytes, full-width digit ３ (EF BC 93) */
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100\xC3\xA9" "3"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y\xEF\xBC\x93"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("\xFF" "1350100M000100Y43"), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_uscc_validate("\x80" "1350100M000100Y43"), CSISMS_EINVAL);
    /* malformed beats a wrong check: both wrong → EINVAL */
    ck_assert_int_eq(csisms_uscc_validate("91350100m000100Y44"), CSISMS_EINVAL);
    /* only the check is wrong */
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y44"), CSISMS_ECHECKSUM);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y4Y"), CSISMS_ECHECKSUM);
    ck_assert_int_eq(csisms_uscc_validate("91350100M000100Y40"), CSISMS_ECHECKSUM);
    ck_assert_int_eq(csisms_uscc_validate("000000000000000001"), CSISMS_ECHECKSUM);
}
END_TEST

/* ---- sampling ---- */

/* hundredths: 100 (1.0), 60 (0.6), 80 (0.8) per audit 1, 2, 3 */
static const int factor_pct[4] = {0, 100, 60, 80};

/* Linear search: the smallest k with (k·100)² ≥ (pct)²·n, i.e. k ≥ pct/100·√n. */
static uint32_t ref_sample(uint32_t n, int audit)
{
    uint64_t pct = (uint64_t)factor_pct[audit], k = 0;

    while (k * k * 10000 < pct * pct * n)
        k++;
    return (uint32_t)k;
}

/* k is the answer iff it satisfies the inequality and k − 1 does not. */
static void assert_minimal(uint32_t n, int audit, uint32_t k)
{
    uint64_t pct = (uint64_t)factor_pct[audit], kk = k;

    EXPECT(kk * kk * 10000 >= pct * pct * n, "n=%u audit=%d k=%u too small", n, audit, k);
    EXPECT(kk >= 1, "n=%u audit=%d: zero", n, audit);
    EXPECT((kk - 1) * (kk - 1) * 10000 < pct * pct * n, "n=%u audit=%d k=%u too large", n, audit,
           k);
}

START_TEST(test_sample_small)
{
    int audit = _i;
    uint32_t n;

    for (n = 1; n <= 10000; n++) {
        uint32_t k = SENTINEL;

        EXPECT(csisms_sample_sites(n, audit, &k) == CSISMS_OK, "n=%u audit=%d", n, audit);
        EXPECT(k == ref_sample(n, audit), "n=%u audit=%d: %u, expected %u", n, audit, k,
                      ref_sample(n, audit));
    }
}
END_TEST

typedef struct sample_case {
    uint32_t n, initial, surveillance, recert;
} sample_case;

/* Worked by hand: √n, 0.6√n, 0.8√n rounded up. */
static const sample_case sample_cases[] = {
    {1, 1, 1, 1},        /* 1, 0.6, 0.8 */
    {2, 2, 1, 2},        /* 1.414, 0.849, 1.131 */
    {3, 2, 2, 2},        /* 1.732, 1.039, 1.386 */
    {4, 2, 2, 2},        /* 2, 1.2, 1.6 */
    {9, 3, 2, 3},        /* 3, 1.8, 2.4 */
    {10, 4, 2, 3},       /* 3.162, 1.897, 2.530 */
    {25, 5, 3, 4},       /* 5, 3, 4 exactly */
    {26, 6, 4, 5},       /* 5.099, 3.059, 4.079 */
    {100, 10, 6, 8},     /* 10, 6, 8 exactly */
    {101, 11, 7, 9},     /* 10.05, 6.03, 8.04 */
    {10000, 100, 60, 80},
    /* 65535² = 4294836225: exactly 65535; 0.6·65535 = 39321; 0.8·65535 = 52428 */
    {4294836225u, 65535, 39321, 52428},
    /* one more: √ just above 65535 */
    {4294836226u, 65536, 39322, 52429},
    /* UINT32_MAX: √ = 65535.99999999…; 0.6√ = 39321.5999…; 0.8√ = 52428.7999… */
    {4294967295u, 65536, 39322, 52429},
    /* 25·13107² = 4294836225 again; 25·13106² = 4294180900: 5·13106 = 65530 */
    {4294180900u, 65530, 39318, 52424},
};

START_TEST(test_sample_cases)
{
    const sample_case *c = &sample_cases[_i];
    uint32_t k;

    k = SENTINEL;
    ck_assert_int_eq(csisms_sample_sites(c->n, CSISMS_AUDIT_INITIAL, &k), CSISMS_OK);
    ck_assert_uint_eq(k, c->initial);
    k = SENTINEL;
    ck_assert_int_eq(csisms_sample_sites(c->n, CSISMS_AUDIT_SURVEILLANCE, &k), CSISMS_OK);
    ck_assert_uint_eq(k, c->surveillance);
    k = SENTINEL;
    ck_assert_int_eq(csisms_sample_sites(c->n, CSISMS_AUDIT_RECERT, &k), CSISMS_OK);
    ck_assert_uint_eq(k, c->recert);
}
END_TEST

START_TEST(test_sample_large)
{
    int audit = _i;
    uint32_t n;

    /* the top 100000 values, and spots across the range */
    for (n = UINT32_MAX - 100000u;; n++) {
        uint32_t k = SENTINEL;

        EXPECT(csisms_sample_sites(n, audit, &k) == CSISMS_OK, "n=%u audit=%d", n, audit);
        assert_minimal(n, audit, k);
        if (n == UINT32_MAX)
            break;
    }
    for (n = 10001; n < UINT32_MAX - 100000u; n += 65521u) {
        uint32_t k = SENTINEL;

        EXPECT(csisms_sample_sites(n, audit, &k) == CSISMS_OK, "n=%u audit=%d", n, audit);
        assert_minimal(n, audit, k);
    }
    n = (uint32_t)INT32_MAX;
    {
        uint32_t k = SENTINEL;

        EXPECT(csisms_sample_sites(n, audit, &k) == CSISMS_OK, "n=%u audit=%d", n, audit);
        assert_minimal(n, audit, k);
    }
}
END_TEST

/* Perfect squares and their neighbours: n = m² gives m, m² + 1 gives m + 1;
 * n = 25m² gives 3m (0.6) and 4m (0.8); 25m² + 1 gives 3m + 1 and 4m + 1. */
START_TEST(test_sample_squares)
{
    uint32_t m, k;

    for (m = 1; m <= 65535; m++) {
        uint32_t n = m * m;

        EXPECT(csisms_sample_sites(n, CSISMS_AUDIT_INITIAL, &k) == CSISMS_OK && k == m,
               "m=%u", m);
        EXPECT(csisms_sample_sites(n + 1, CSISMS_AUDIT_INITIAL, &k) == CSISMS_OK && k == m + 1,
               "m=%u", m);
        if (m > 1) {
            EXPECT(csisms_sample_sites(n - 1, CSISMS_AUDIT_INITIAL, &k) == CSISMS_OK && k == m,
                   "m=%u", m);
        }
    }
    for (m = 1; m <= 13107; m++) {
        uint32_t n = 25 * m * m;

        EXPECT(csisms_sample_sites(n, CSISMS_AUDIT_SURVEILLANCE, &k) == CSISMS_OK && k == 3 * m,
               "m=%u", m);
        EXPECT(csisms_sample_sites(n + 1, CSISMS_AUDIT_SURVEILLANCE, &k) == CSISMS_OK && k == 3 * m + 1,
               "m=%u", m);
        EXPECT(csisms_sample_sites(n, CSISMS_AUDIT_RECERT, &k) == CSISMS_OK && k == 4 * m,
               "m=%u", m);
        EXPECT(csisms_sample_sites(n + 1, CSISMS_AUDIT_RECERT, &k) == CSISMS_OK && k == 4 * m + 1,
               "m=%u", m);
    }
}
END_TEST

/* surveillance ≤ recertification ≤ initial, and each non-decreasing in n */
START_TEST(test_sample_order)
{
    uint32_t n, prev[4] = {0, 0, 0, 0};

    for (n = 1; n <= 200000; n++) {
        uint32_t k[4];
        int a;

        for (a = 1; a <= 3; a++) {
            EXPECT(csisms_sample_sites(n, a, &k[a]) == CSISMS_OK, "n=%u", n);
            EXPECT(k[a] >= prev[a] && k[a] <= prev[a] + 1, "n=%u audit %d: %u after %u", n, a,
                   k[a], prev[a]);
            prev[a] = k[a];
        }
        EXPECT(k[2] <= k[3] && k[3] <= k[1] && k[1] <= n, "n=%u: %u %u %u", n, k[1], k[2], k[3]);
    }
}
END_TEST

START_TEST(test_sample_errors)
{
    static const int bad_audits[] = {0, 4, -1, 100, INT_MAX, INT_MIN};
    uint32_t k = SENTINEL;
    size_t i;

    ck_assert_int_eq(CSISMS_AUDIT_INITIAL, 1);
    ck_assert_int_eq(CSISMS_AUDIT_SURVEILLANCE, 2);
    ck_assert_int_eq(CSISMS_AUDIT_RECERT, 3);

    /* NULL out-pointer first, whatever else is wrong */
    ck_assert_int_eq(csisms_sample_sites(10, CSISMS_AUDIT_INITIAL, NULL), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_sample_sites(0, 0, NULL), CSISMS_EINVAL);
    /* no sites */
    ck_assert_int_eq(csisms_sample_sites(0, CSISMS_AUDIT_INITIAL, &k), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_sample_sites(0, CSISMS_AUDIT_SURVEILLANCE, &k), CSISMS_EINVAL);
    ck_assert_int_eq(csisms_sample_sites(0, CSISMS_AUDIT_RECERT, &k), CSISMS_EINVAL);
    ck_assert_uint_eq(k, SENTINEL);
    /* unknown audit */
    for (i = 0; i < sizeof bad_audits / sizeof bad_audits[0]; i++) {
        ck_assert_int_eq(csisms_sample_sites(10, bad_audits[i], &k), CSISMS_EINVAL);
        ck_assert_int_eq(csisms_sample_sites(0, bad_audits[i], &k), CSISMS_EINVAL);
        ck_assert_int_eq(csisms_sample_sites(UINT32_MAX, bad_audits[i], &k), CSISMS_EINVAL);
    }
    ck_assert_uint_eq(k, SENTINEL);
}
END_TEST

static Suite *ident_suite(void)
{
    Suite *s = suite_create("ident");
    TCase *tc = tcase_create("uscc");
    TCase *ts = tcase_create("sample");

    tcase_add_test(tc, test_reference_self);
    tcase_add_loop_test(tc, test_uscc_valid, 0, NVALID);
    tcase_add_loop_test(tc, test_uscc_every_corruption, 0, NVALID);
    tcase_add_test(tc, test_uscc_symbol_count);
    tcase_add_loop_test(tc, test_uscc_transpositions, 0, NVALID);
    tcase_add_test(tc, test_uscc_lengths);
    tcase_add_test(tc, test_uscc_characters);
    suite_add_tcase(s, tc);

    tcase_set_timeout(ts, 60);
    tcase_add_loop_test(ts, test_sample_small, CSISMS_AUDIT_INITIAL, CSISMS_AUDIT_RECERT + 1);
    tcase_add_loop_test(ts, test_sample_cases, 0,
                        (int)(sizeof sample_cases / sizeof sample_cases[0]));
    tcase_add_loop_test(ts, test_sample_large, CSISMS_AUDIT_INITIAL, CSISMS_AUDIT_RECERT + 1);
    tcase_add_test(ts, test_sample_squares);
    tcase_add_test(ts, test_sample_order);
    tcase_add_test(ts, test_sample_errors);
    suite_add_tcase(s, ts);
    return s;
}

int main(void)
{
    return run_suite(ident_suite());
}
