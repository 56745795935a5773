/* SPDX-License-Identifier: MIT */
/* Differential tests (issue 14): the fast paths of the library against
 * simple, independent references written here, over many inputs, so that a
 * precomputed table or a word-at-a-time scan cannot drift from the rule.
 *
 *   isms_audit_days, audit_days: a naive walk of the bands, the extrapolated
 *     ones computed here from doc/rules-model.md §1 (U_k = U_{k-1} + ceil(U_{k-1}/4));
 *   certificate_valid_until: the day before the third anniversary (8.2);
 *   scope_lookup: the canonical code compared with every entry's code;
 *   scope_find: a naive byte-by-byte substring scan, ASCII letters folded;
 *   uscc_validate: the GB 32100-2015 check character from the symbol string.
 *
 * Inputs come from fixed lists and a fixed-seed xorshift generator, so every
 * run tests the same cases. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "csisms.h"
#include "check_run.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* ------------------------------------------------------------ audit time */

#define BANDS 80
static uint32_t ref_upper[BANDS];
static int32_t ref_halfdays[BANDS];
static int ref_bands;

/* The rules' 22 rows (checked against the rules by check_audit_time), then
 * the progression, computed here, until UINT32_MAX is covered. */
static void build_bands(void)
{
    uint64_t upper = 0;
    int32_t hd = 0;

    ref_bands = 0;
    for (uint32_t i = 0; i < 22; i++) {
        uint32_t lo, hi;
        ck_assert_int_eq(csisms_isms_band(i, &lo, &hi, &hd), CSISMS_OK);
        ref_upper[ref_bands] = hi;
        ref_halfdays[ref_bands++] = hd;
        upper = hi;
    }
    ck_assert_uint_eq(upper, 10700);
    while (upper < UINT32_MAX) {
        upper += (upper + 3) / 4; /* + ceil(U / 4) */
        hd += 2;                  /* one day more */
        ck_assert_int_lt(ref_bands, BANDS);
        ref_upper[ref_bands] = upper > UINT32_MAX ? UINT32_MAX : (uint32_t)upper;
        ref_halfdays[ref_bands++] = hd;
    }
    ck_assert_int_eq(ref_bands, BANDS);
}

/* The naive walk: the first band whose upper bound is at least p. */
static int32_t ref_isms(uint32_t p)
{
    int k = 0;
    while (ref_upper[k] < p)
        k++;
    return ref_halfdays[k];
}

static int32_t ceil_div(int32_t a, int32_t b)
{
    return (a + b - 1) / b;
}

/* doc/rules-model.md §1, the basis column, from the ISMS halfdays H. */
static int32_t ref_audit(uint32_t p, int basis)
{
    int32_t h = ref_isms(p);
    switch (basis) {
    case CSISMS_BASIS_NONE:
        return h;
    case CSISMS_BASIS_ISMS_CERT:
        return ceil_div(h, 2) + 2;
    case CSISMS_BASIS_ISMS_CERT_HERE:
        return ceil_div(h, 2);
    default:
        return ceil_div(2 * h, 5);
    }
}

static void check_personnel(uint32_t p)
{
    int32_t got = -1;
    EXPECT(csisms_isms_audit_days(p, &got) == CSISMS_OK && got == ref_isms(p),
           "isms_audit_days(%u) = %d, the band walk gives %d", p, got, ref_isms(p));
    for (int basis = CSISMS_BASIS_NONE; basis <= CSISMS_BASIS_COMBINED; basis++) {
        got = -1;
        EXPECT(csisms_audit_days(p, basis, &got) == CSISMS_OK && got == ref_audit(p, basis),
               "audit_days(%u, %d) = %d, expected %d", p, basis, got, ref_audit(p, basis));
    }
}

START_TEST(isms_against_band_walk)
{
    build_bands();
    /* Every band's ends and their neighbours. */
    for (int k = 0; k < BANDS; k++) {
        uint32_t u = ref_upper[k];
        check_personnel(u);
        check_personnel(u - 1 > 0 ? u - 1 : 1);
        if (u < UINT32_MAX)
            check_personnel(u + 1);
    }
    /* Every value up to 12000, then random values at every magnitude. */
    for (uint32_t p = 1; p <= 12000; p++)
        check_personnel(p);
    for (int i = 0; i < 30000; i++) {
        uint64_t r = rng();
        uint32_t p = (uint32_t)(r >> 32) >> (r % 32); /* log-uniform-ish */
        check_personnel(p == 0 ? 1 : p);
    }
}
END_TEST

/* ------------------------------------------------------------ dates */

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[m - 1] + (m == 2 && leap(y));
}

/* 8.2: valid three years, the first day counted: the day before the third
 * anniversary, which for 29 February is 1 March.  0 when out of range. */
static csisms_date ref_valid_until(int y, int m, int d)
{
    int ay = y + 3, am = m, ad = d;
    if (ad > month_days(ay, am)) { /* 29 February */
        am = 3;
        ad = 1;
    }
    if (--ad == 0) {
        if (--am == 0) {
            am = 12;
            ay--;
        }
        ad = month_days(ay, am);
    }
    return ay > 9999 ? 0 : ay * 10000 + am * 100 + ad;
}

static void check_valid_until(int y, int m, int d)
{
    csisms_date from = y * 10000 + m * 100 + d, want = ref_valid_until(y, m, d), got = 0;
    int rc = csisms_certificate_valid_until(from, &got);
    if (want == 0)
        EXPECT(rc == CSISMS_ERANGE, "valid_until(%d) = %d, expected ERANGE", from, rc);
    else
        EXPECT(rc == CSISMS_OK && got == want, "valid_until(%d) = %d (%d), expected %d", from,
               got, rc, want);
}

START_TEST(valid_until_against_anniversary)
{
    static const int years[][2] = {{1, 5}, {1896, 1904}, {1996, 2032}, {2096, 2104}, {9994, 9999}};
    for (size_t r = 0; r < sizeof years / sizeof years[0]; r++)
        for (int y = years[r][0]; y <= years[r][1]; y++)
            for (int m = 1; m <= 12; m++)
                for (int d = 1; d <= month_days(y, m); d++)
                    check_valid_until(y, m, d);
    for (int i = 0; i < 20000; i++) {
        int y = 1 + (int)(rng() % 9999), m = 1 + (int)(rng() % 12);
        check_valid_until(y, m, 1 + (int)(rng() % (uint64_t)month_days(y, m)));
    }
}
END_TEST

/* ------------------------------------------------------------ scope codes */

/* The reference answer for a well-formed code of n components. */
static int ref_lookup(const unsigned *comp, int n, const csisms_scope **entry)
{
    char canon[16];
    size_t len = 0, prefixed = 0;

    for (int k = 0; k < n; k++)
        len += (size_t)snprintf(canon + len, sizeof canon - len, k ? ".%02u" : "%02u", comp[k]);
    for (size_t i = 0; i < csisms_scope_count(); i++) {
        const char *code = csisms_scope_code(csisms_scope_at(i));
        if (strcmp(code, canon) == 0) {
            *entry = csisms_scope_at(i);
            return CSISMS_OK;
        }
        if (strncmp(code, canon, len) == 0 && code[len] == '.')
            prefixed++;
    }
    return prefixed > 1 ? CSISMS_EAMBIGUOUS : CSISMS_ENOTFOUND;
}

/* Appends component v as typed: one or two digits, ASCII or full-width. */
static size_t put_component(char *buf, size_t len, unsigned v)
{
    static const char *const fullwidth[] = {"０", "１", "２", "３", "４",
                                            "５", "６", "７", "８", "９"};
    int two = v >= 10 || rng() % 2;
    int wide = rng() % 4 == 0;
    unsigned digits[2] = {v / 10, v % 10};

    for (int k = two ? 0 : 1; k < 2; k++)
        len += (size_t)sprintf(buf + len, "%s",
                               wide ? fullwidth[digits[k]] : (char[2]){(char)('0' + digits[k]), 0});
    return len;
}

START_TEST(lookup_against_code_comparison)
{
    static const char *const dots[] = {".", ".", ".", "．", "。"};
    static const char *const spaces[] = {"", "", " ", "\t", "　"};

    /* Sorted codes: what the binary search relies on. */
    for (size_t i = 1; i < csisms_scope_count(); i++)
        ck_assert_int_lt(strcmp(csisms_scope_code(csisms_scope_at(i - 1)),
                                csisms_scope_code(csisms_scope_at(i))),
                         0);
    for (int i = 0; i < 20000; i++) {
        unsigned comp[3];
        int n = 1 + (int)(rng() % 3);
        char text[64];
        size_t len = (size_t)sprintf(text, "%s", spaces[rng() % 5]);
        const csisms_scope *want = NULL, *got = NULL;

        for (int k = 0; k < n; k++) {
            /* Mostly numbers near the table's, so that many exist. */
            comp[k] = (unsigned)(rng() % 4 ? rng() % 15 : rng() % 100);
            if (k > 0)
                len += (size_t)sprintf(text + len, "%s", dots[rng() % 5]);
            len = put_component(text, len, comp[k]);
        }
        sprintf(text + len, "%s", spaces[rng() % 5]);
        int expected = ref_lookup(comp, n, &want);
        int rc = csisms_scope_lookup(text, &got);
        EXPECT(rc == expected, "lookup(\"%s\") = %d, expected %d", text, rc, expected);
        if (expected == CSISMS_OK)
            EXPECT(got == want, "lookup(\"%s\") gave another entry", text);
    }
}
END_TEST

/* ------------------------------------------------------------ scope search */

static unsigned char fold(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* Naive: does hay contain needle, ASCII letters without case? */
static int ref_contains(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *h = hay; *h != '\0'; h++) {
        size_t j = 0;
        while (j < n && h[j] != '\0' && fold((unsigned char)h[j]) == fold((unsigned char)needle[j]))
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

static void check_find(const char *needle, size_t from)
{
    size_t want = SIZE_MAX, got = SIZE_MAX;
    int rc;

    for (size_t i = from; i < csisms_scope_count() && want == SIZE_MAX; i++) {
        const csisms_scope *s = csisms_scope_at(i);
        for (int lang = CSISMS_LANG_ZH; lang <= CSISMS_LANG_EN; lang++)
            if (ref_contains(csisms_scope_name(s, lang), needle)
                || ref_contains(csisms_scope_note(s, lang), needle))
                want = i;
    }
    rc = csisms_scope_find(needle, from, &got);
    if (want == SIZE_MAX)
        EXPECT(rc == CSISMS_ENOTFOUND, "find(\"%s\", %zu) = %d (%zu), expected ENOTFOUND", needle,
               from, rc, got);
    else
        EXPECT(rc == CSISMS_OK && got == want, "find(\"%s\", %zu) = %d (%zu), expected %zu", needle,
               from, rc, got, want);
}

/* Whole UTF-8 characters of text from byte offset at, up to max bytes. */
static void take(const char *text, size_t at, size_t max, char *out)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t end = at;

    while (s[at] >= 0x80 && s[at] < 0xC0)
        at++;
    end = at;
    while (s[end] != 0 && end - at < max) {
        size_t step = s[end] < 0x80 ? 1 : s[end] < 0xE0 ? 2 : s[end] < 0xF0 ? 3 : 4;
        if (end + step - at > max)
            break;
        end += step;
    }
    memcpy(out, text + at, end - at);
    out[end - at] = '\0';
}

START_TEST(find_against_naive_scan)
{
    static const char alphabet[] = "aeinotrsAEIN ,.~";
    char needle[32];

    /* Pieces of every text, as they are, in another case, and spoilt. */
    for (size_t i = 0; i < csisms_scope_count(); i++) {
        const csisms_scope *s = csisms_scope_at(i);
        const char *texts[4] = {csisms_scope_name(s, CSISMS_LANG_ZH),
                                csisms_scope_name(s, CSISMS_LANG_EN),
                                csisms_scope_note(s, CSISMS_LANG_ZH),
                                csisms_scope_note(s, CSISMS_LANG_EN)};
        for (int t = 0; t < 4; t++) {
            size_t len = strlen(texts[t]);
            for (size_t at = 0; at < len; at += 1 + rng() % 60) {
                take(texts[t], at, 1 + rng() % 20, needle);
                if (needle[0] == '\0')
                    continue;
                check_find(needle, rng() % 36);
                for (char *c = needle; *c; c++)
                    if (*c >= 'a' && *c <= 'z' && rng() % 2)
                        *c = (char)(*c - 32);
                check_find(needle, 0);
                strcat(needle, "~");
                check_find(needle, 0);
            }
        }
    }
    /* Short random strings of common letters: many hits and misses. */
    for (int i = 0; i < 1500; i++) {
        size_t n = 1 + rng() % 4;
        for (size_t k = 0; k < n; k++)
            needle[k] = alphabet[rng() % (sizeof alphabet - 1)];
        needle[n] = '\0';
        check_find(needle, rng() % 36);
    }
}
END_TEST

/* ------------------------------------------------------------ USCC */

static const char uscc_set[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* GB 32100-2015: C18 = 31 - (sum of value_i * 3^(i-1) mod 31) mod 31, weights
 * computed here. */
static int ref_uscc(const char *code)
{
    unsigned sum = 0, weight = 1;
    if (strlen(code) != 18)
        return CSISMS_EINVAL;
    for (int i = 0; i < 18; i++)
        if (code[i] == '\0' || strchr(uscc_set, code[i]) == NULL)
            return CSISMS_EINVAL;
    for (int i = 0; i < 17; i++) {
        sum += (unsigned)(strchr(uscc_set, code[i]) - uscc_set) * weight;
        weight = weight * 3 % 31;
    }
    return uscc_set[(31 - sum % 31) % 31] == code[17] ? CSISMS_OK : CSISMS_ECHECKSUM;
}

START_TEST(uscc_against_reference)
{
    char code[24];

    for (int i = 0; i < 30000; i++) {
        size_t n = rng() % 8 ? 18 : rng() % 21;
        for (size_t k = 0; k < n; k++) {
            uint64_t r = rng();
            /* Mostly the set, sometimes any byte but NUL. */
            code[k] = r % 16 ? uscc_set[r % 31] : (char)(1 + (r >> 8) % 255);
        }
        code[n] = '\0';
        if (n == 18 && rng() % 2) { /* half of them with the right check */
            code[17] = '0';
            if (ref_uscc(code) == CSISMS_ECHECKSUM) {
                unsigned sum = 0, weight = 1;
                for (int k = 0; k < 17; k++) {
                    sum += (unsigned)(strchr(uscc_set, code[k]) - uscc_set) * weight;
                    weight = weight * 3 % 31;
                }
                code[17] = uscc_set[(31 - sum % 31) % 31];
            }
        }
        int rc = csisms_uscc_validate(code);
        EXPECT(rc == ref_uscc(code), "uscc_validate(\"%s\") = %d, expected %d", code, rc,
               ref_uscc(code));
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("differential");
    TCase *tc = tcase_create("references");
    tcase_add_test(tc, isms_against_band_walk);
    tcase_add_test(tc, valid_until_against_anniversary);
    tcase_add_test(tc, lookup_against_code_comparison);
    tcase_add_test(tc, find_against_naive_scan);
    tcase_add_test(tc, uscc_against_reference);
    suite_add_tcase(s, tc);
    return run_suite(s);
}
