/* SPDX-License-Identifier: MIT */
/**
 * @file csisms.h
 * @brief libcsisms — the CSISMS certification rules as pure C functions.
 *
 * libcsisms implements the certification body's implementation rules for
 * certifying cloud-service information security management systems
 * (云服务信息安全管理体系认证实施规则, MSG1090226-2024, ISO/IEC 27017):
 * audit time (Appendix A), deadlines (5.1.1, 6.1, 7.1.2, 8.2, 9),
 * certificate verdicts (7), the rules' checklists, business-scope codes
 * (Appendix B), USCC validation and multi-site sampling.
 * Clause numbers in this header are those of the rules.
 *
 * Conventions (see libcsisms(3)):
 * - Functions return @c int: ::CSISMS_OK (0), a negative ::csisms_status, or
 *   (only where stated) a positive success code.
 * - Out-parameters are written only on success.
 * - Durations are @c int32_t counts of half person-days ("halfdays"):
 *   17 means 8.5 days.
 * - Dates are ::csisms_date, the integer YYYYMMDD (20241022).
 * - The library has no global mutable state, allocates nothing, does no I/O
 *   and ignores the locale; every function is thread-safe and reentrant.
 *   Returned strings are static UTF-8 and live forever.
 *
 * Every symbol was added in 1.0.0 (symbol version @c CSISMS_1.0) unless
 * its documentation says otherwise.
 */
#ifndef CSISMS_H
#define CSISMS_H

#include <stddef.h>
#include <stdint.h>

/**
 * @def CSISMS_API
 * Marks a public function. Defined to export the symbol when the library is
 * built (@c CSISMS_BUILDING), to import it from a DLL on Windows unless
 * @c CSISMS_STATIC is defined, and to nothing otherwise.
 */
#if defined(_WIN32) || defined(__CYGWIN__)
#  if defined(CSISMS_BUILDING)
#    define CSISMS_API __declspec(dllexport)
#  elif defined(CSISMS_STATIC)
#    define CSISMS_API
#  else
#    define CSISMS_API __declspec(dllimport)
#  endif
#elif defined(CSISMS_BUILDING) && defined(__GNUC__)
#  define CSISMS_API __attribute__((visibility("default")))
#else
#  define CSISMS_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ===================================================================== */
/** @name Version                                                        */
/* ===================================================================== */
/** @{ */

/** Major version: changes only with an incompatible ABI. */
#define CSISMS_VERSION_MAJOR 1
/** Minor version: new functions or enum values, compatible. */
#define CSISMS_VERSION_MINOR 1
/** Patch version: fixes only. */
#define CSISMS_VERSION_PATCH 0
/** The version as text, "1.1.0". */
#define CSISMS_VERSION_STRING "1.1.0"
/** The version as the number 0xMMmmpp (1.1.0 is 0x010100). */
#define CSISMS_VERSION_NUMBER \
    ((CSISMS_VERSION_MAJOR << 16) | (CSISMS_VERSION_MINOR << 8) | CSISMS_VERSION_PATCH)

/**
 * @brief The running library's version.
 * @return The version string of the library actually loaded, e.g. "1.1.0";
 *         never NULL. It may differ from ::CSISMS_VERSION_STRING, the
 *         version of the header a program was compiled with.
 *
 * @code
 * printf("libcsisms %s\n", csisms_version());
 * @endcode
 */
CSISMS_API const char *csisms_version(void);

/**
 * @brief Whether the running library satisfies a required version.
 * @param required A ::CSISMS_VERSION_NUMBER-style value (0xMMmmpp).
 * @return Nonzero when the running library has the same major version as
 *         @p required and is at least @p required; 0 otherwise (including a
 *         negative @p required). Never an error code.
 *
 * @code
 * if (!csisms_check_version(CSISMS_VERSION_NUMBER))
 *     fprintf(stderr, "libcsisms too old\n");
 * @endcode
 */
CSISMS_API int csisms_check_version(int required);

/** @} */

/* ===================================================================== */
/** @name Status codes                                                   */
/* ===================================================================== */
/** @{ */

/** Status codes returned by every function that returns @c int. */
typedef enum csisms_status {
    CSISMS_OK = 0,             /**< success */
    CSISMS_EINVAL = -1,        /**< argument outside its domain (NULL, unknown enum value, bad text) */
    CSISMS_ERANGE = -2,        /**< result not representable (date beyond 9999-12-31, overflow) */
    CSISMS_ENOTFOUND = -3,     /**< no such entry */
    CSISMS_EAMBIGUOUS = -4,    /**< the code names more than one entry */
    CSISMS_ENOTPERMITTED = -5, /**< the rules forbid it */
    CSISMS_ENOSPC = -6,        /**< caller's buffer too small */
    CSISMS_EVERSION = -7,      /**< struct @c size not supported */
    CSISMS_ECHECKSUM = -8      /**< well-formed, but the check character is wrong */
} csisms_status;

/** Positive success code of csisms_recert_valid_until(): certification was
 *  interrupted and a new cycle starts at the decision. */
#define CSISMS_INTERRUPTED 1

/**
 * @brief English text for a status code.
 * @param status A value returned by a libcsisms function.
 * @return Static English text, never NULL. Unknown codes give a generic
 *         text; 0 and the positive codes describe their success.
 *
 * @code
 * int rc = csisms_days_parse("x", &hd);
 * if (rc < 0) fprintf(stderr, "%s\n", csisms_strerror(rc)); // "invalid argument"
 * @endcode
 */
CSISMS_API const char *csisms_strerror(int status);

/** @} */

/* ===================================================================== */
/** @name Languages                                                      */
/* ===================================================================== */
/** @{ */

/** Languages of the texts the library returns. */
typedef enum csisms_lang {
    CSISMS_LANG_ZH = 0, /**< Chinese: the rules' own words (UTF-8) */
    CSISMS_LANG_EN = 1  /**< English: faithful translations */
} csisms_lang;

/** @} */

/* ===================================================================== */
/** @name Audit time (Appendix A; 4.5.1; 5.2; 6.2; 10.2)                 */
/* ===================================================================== */
/** @{ */

/** How the CSISMS audit time is derived from the ISMS time (Appendix A notes). */
typedef enum csisms_basis {
    CSISMS_BASIS_NONE = 0,           /**< no valid ISO/IEC 27001 certificate: the table time H */
    CSISMS_BASIS_ISMS_CERT = 1,      /**< note (1): 27001 certificate from another body: 0.5 H + 1 day */
    CSISMS_BASIS_ISMS_CERT_HERE = 2, /**< note (1): 27001 certificate from this body (CTC): 0.5 H */
    CSISMS_BASIS_COMBINED = 3        /**< note (2): audited together with the ISMS: 0.4 H */
} csisms_basis;

/**
 * @brief Appendix A: ISMS initial audit time (stage 1 + stage 2) for a head count.
 * @param personnel Effective number of persons, 1 … UINT32_MAX.
 * @param[out] halfdays The table time in half person-days.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL when @p personnel is 0 or @p halfdays is NULL.
 *
 * Beyond 10700 persons ("遵循上述递进规律") each further band's upper bound is
 * the previous one plus a quarter (rounded up) and lasts one day more:
 * 10701–13375 → 29 days, 13376–16719 → 30, …; see csisms_isms_band().
 *
 * @code
 * int32_t hd;
 * csisms_isms_audit_days(120, &hd);   // hd == 24: 12 days (band 86–125)
 * @endcode
 */
CSISMS_API int csisms_isms_audit_days(uint32_t personnel, int32_t *halfdays);

/**
 * @brief Appendix A: one band of the audit-time table.
 * @param index 0-based band: 0–21 are the table's rows (1–10 … 8501–10700),
 *        22–79 the extrapolated ones; the last ends at UINT32_MAX.
 * @param[out] lower First head count of the band (inclusive).
 * @param[out] upper Last head count of the band (inclusive).
 * @param[out] halfdays The band's time in half person-days.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL when an out-pointer is NULL;
 *         ::CSISMS_ENOTFOUND when @p index is past the last band.
 *
 * @code
 * uint32_t lo, hi; int32_t hd;
 * csisms_isms_band(22, &lo, &hi, &hd);  // 10701, 13375, 58 (29 days)
 * @endcode
 */
CSISMS_API int csisms_isms_band(uint32_t index, uint32_t *lower, uint32_t *upper,
                                int32_t *halfdays);

/**
 * @brief Appendix A notes: CSISMS initial audit time from an ISMS time.
 * @param isms_halfdays The ISMS time in halfdays (the table's or the body's
 *        own adjusted figure), ≥ 1.
 * @param basis A ::csisms_basis.
 * @param[out] halfdays H, ⌈H/2⌉ + 2, ⌈H/2⌉ or ⌈2H/5⌉ for the four bases,
 *        rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, @p isms_halfdays < 1 or an
 *         unknown basis; ::CSISMS_ERANGE when the result exceeds INT32_MAX.
 *
 * @code
 * csisms_initial_audit_days(24, CSISMS_BASIS_COMBINED, &hd); // 10: 4.8 → 5 days
 * @endcode
 */
CSISMS_API int csisms_initial_audit_days(int32_t isms_halfdays, int basis, int32_t *halfdays);

/**
 * @brief Appendix A: CSISMS initial audit time for a head count and basis.
 *
 * csisms_isms_audit_days() followed by csisms_initial_audit_days().
 * @param personnel Effective persons, ≥ 1.
 * @param basis A ::csisms_basis.
 * @param[out] halfdays Initial audit time in halfdays.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, 0 persons or an unknown basis.
 *
 * @code
 * csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT, &hd);  // 14: 7 days
 * @endcode
 */
CSISMS_API int csisms_audit_days(uint32_t personnel, int basis, int32_t *halfdays);

/**
 * @brief 4.5.1.1: the least audit time after a reduction (at most 30 %).
 * @param halfdays The Appendix A time T, ≥ 1 halfday.
 * @param[out] min_halfdays ⌈7T/10⌉ rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or T < 1.
 *
 * @code
 * csisms_min_reduced_days(17, &m);  // 12: 8.5 days → at least 6 days
 * @endcode
 */
CSISMS_API int csisms_min_reduced_days(int32_t halfdays, int32_t *min_halfdays);

/**
 * @brief 4.5.1.2: the least on-site time (at least 80 % of the audit time).
 * @param halfdays The audit time T, ≥ 1 halfday.
 * @param[out] min_halfdays ⌈4T/5⌉ rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or T < 1.
 *
 * @code
 * csisms_min_onsite_days(17, &m);  // 14: 8.5 days → at least 7 days on site
 * @endcode
 */
CSISMS_API int csisms_min_onsite_days(int32_t halfdays, int32_t *min_halfdays);

/**
 * @brief 5.2: the time of each annual surveillance audit (1/3 of the initial time).
 * @param initial_halfdays The initial audit time T per 4.5.1, ≥ 1 halfday.
 * @param[out] halfdays ⌈T/3⌉ rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or T < 1.
 *
 * @code
 * csisms_surveillance_days(17, &s);  // 6: 8.5/3 = 2.83 → 3 days
 * @endcode
 */
CSISMS_API int csisms_surveillance_days(int32_t initial_halfdays, int32_t *halfdays);

/**
 * @brief 5.2: the least total time of all surveillance audits of a cycle (2/3).
 * @param initial_halfdays The initial audit time T, ≥ 1 halfday.
 * @param[out] halfdays ⌈2T/3⌉ rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or T < 1.
 *
 * @code
 * csisms_surveillance_cycle_min_days(17, &s);  // 12: 5.67 → 6 days
 * @endcode
 */
CSISMS_API int csisms_surveillance_cycle_min_days(int32_t initial_halfdays, int32_t *halfdays);

/**
 * @brief 6.2: the least recertification time when stage 1 is omitted (2/3).
 * @param initial_halfdays The audit time T per 4.5.1, ≥ 1 halfday.
 * @param[out] halfdays ⌈2T/3⌉ rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or T < 1.
 *
 * @code
 * csisms_recert_min_days(17, &r);  // 12: 6 days
 * @endcode
 */
CSISMS_API int csisms_recert_min_days(int32_t initial_halfdays, int32_t *halfdays);

/**
 * @brief 10.2: the least time of a combined audit (80 % of the separate times).
 * @param halfdays Array of @p count separate audit times, each ≥ 1 halfday.
 *        Each system's time is a whole number of halfdays, so a time typed
 *        as text is rounded up before it is summed: csisms(1) and the
 *        Python and Ruby bindings read each part with csisms_days_parse()
 *        (3.3 and 4.1 days are 7 and 9 halfdays; 80 % of 8 days is 6.4,
 *        6.5 days).
 * @param count Number of systems audited together, ≥ 2.
 * @param[out] min_halfdays ⌈4·ΣTi/5⌉ rounded up to 0.5 day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, @p count < 2 or a part < 1
 *         (every part is checked first); ::CSISMS_ERANGE when the result
 *         exceeds INT32_MAX.
 *
 * @code
 * const int32_t parts[] = { 24, 17 };          // 12 + 8.5 days
 * csisms_combined_min_days(parts, 2, &m);      // 33: 16.4 → 16.5 days
 * @endcode
 */
CSISMS_API int csisms_combined_min_days(const int32_t *halfdays, size_t count,
                                        int32_t *min_halfdays);

/**
 * @brief The rules' rounding: up to the next 0.5 person-day (Appendix A notes).
 * @param numerator Days, numerator of the exact value, ≥ 0.
 * @param denominator Denominator, > 0.
 * @param[out] halfdays The smallest multiple of 0.5 day ≥ numerator/denominator,
 *        in halfdays.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, a negative numerator or a
 *         denominator ≤ 0; ::CSISMS_ERANGE when the result exceeds INT32_MAX.
 *
 * @code
 * csisms_round_up_half(24, 5, &hd);  // 10: 4.8 days → 5 days
 * @endcode
 */
CSISMS_API int csisms_round_up_half(int64_t numerator, int64_t denominator, int32_t *halfdays);

/**
 * @brief Formats halfdays as a number of days: "8.5", "5", "0.5", "0".
 * @param halfdays Duration ≥ 0.
 * @param buf Destination; NUL-terminated on success.
 * @param size Size of @p buf in bytes (12 always suffice).
 * @return The length written (without the NUL); ::CSISMS_EINVAL for a NULL
 *         @p buf or negative @p halfdays; ::CSISMS_ENOSPC when @p size is
 *         below length + 1 (nothing is written).
 *
 * @code
 * char b[12];
 * csisms_days_format(17, b, sizeof b);  // returns 3, b = "8.5"
 * @endcode
 */
CSISMS_API int csisms_days_format(int32_t halfdays, char *buf, size_t size);

/**
 * @brief Parses a decimal number of days into halfdays, rounded up to 0.5 day.
 * @param text Digits, optionally "." and digits: "8.5", "8.50", "3.4", "007".
 *        No sign, exponent, space or other character; no ".5" or "5.".
 * @param[out] halfdays The value rounded up ("3.4" → 7).
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or text outside the grammar;
 *         ::CSISMS_ERANGE when the rounded value exceeds INT32_MAX halfdays.
 *
 * @code
 * csisms_days_parse("3.4", &hd);  // hd == 7 (3.5 days)
 * @endcode
 */
CSISMS_API int csisms_days_parse(const char *text, int32_t *halfdays);

/** @} */

/* ===================================================================== */
/** @name Dates and periods (5.1.1; 6.1; 7.1.2; 7.2.1(7); 8.2; 9)        */
/* ===================================================================== */
/** @{ */

/** A date as the integer YYYYMMDD (20241022), proleptic Gregorian,
 *  0001-01-01 … 9999-12-31; 0 means "no date" where a field allows it. */
typedef int32_t csisms_date;

/** Kinds of surveillance audit for csisms_surveillance_due() (5.1.1). */
typedef enum csisms_surveillance_kind {
    CSISMS_SURV_FIRST = 1,       /**< first after initial certification; reference: the decision date; no postponement */
    CSISMS_SURV_SECOND = 2,      /**< second after initial certification; reference: the previous surveillance audit */
    CSISMS_SURV_AFTER_RECERT = 3 /**< after a recertification; reference: the recertification decision, then the previous surveillance */
} csisms_surveillance_kind;

/**
 * @brief Whether a date is a real day in 0001-01-01 … 9999-12-31.
 * @param date YYYYMMDD.
 * @return 1 when valid, 0 when not (never an error code).
 *
 * @code
 * csisms_date_valid(20240229);  // 1
 * csisms_date_valid(20230229);  // 0
 * @endcode
 */
CSISMS_API int csisms_date_valid(csisms_date date);

/**
 * @brief Parses "YYYY-MM-DD", "YYYYMMDD" or "YYYY年M月D日".
 * @param text The date; nothing else, no surrounding space.
 * @param[out] date The date as YYYYMMDD.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, any other form, or an
 *         impossible date; ::CSISMS_ERANGE for a real day of year 0000
 *         ("0000-02-29"), which is well-formed but before 0001-01-01.
 *
 * @code
 * csisms_date_parse("2024年10月22日", &d);  // d == 20241022
 * @endcode
 */
CSISMS_API int csisms_date_parse(const char *text, csisms_date *date);

/**
 * @brief Parses a date as spreadsheets export it (Excel, WPS), and every
 *        form csisms_date_parse() accepts.
 *
 * Accepted, after removing surrounding blanks (ASCII space, tab, CR, LF and
 * the ideographic space U+3000, any number of each):
 * - "YYYY-MM-DD", "YYYYMMDD" and "YYYY年M月D日" (csisms_date_parse());
 * - "YYYY-M-D", "YYYY/M/D" and "YYYY.M.D": a four-digit year, a month and a
 *   day of one or two ASCII digits, the same separator twice
 *   ("2025/6/1", "2025-6-1", "2025.06.01").
 *
 * Nothing else: no blanks inside, no two-digit year, no day-first or
 * month-first order ("6/1/2025"), no mixed separators ("2025-6/1"), no
 * time of day ("2025/6/1 0:00"), no full-width digits.
 * csisms_date_parse() is unchanged by this function and stays strict.
 *
 * @param text The date, NUL-terminated UTF-8.
 * @param[out] date The date as YYYYMMDD.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, any other form, or an
 *         impossible date ("2025/2/30"); ::CSISMS_ERANGE for a real day of
 *         year 0000 ("0000/2/29"), which is well-formed but before 0001-01-01.
 *
 * @code
 * csisms_date d;
 * csisms_date_parse_lenient(" 2025/6/1 ", &d);  // d == 20250601
 * csisms_date_parse_lenient("2025.06.01", &d);  // d == 20250601
 * csisms_date_parse_lenient("6/1/2025", &d);    // CSISMS_EINVAL, d unchanged
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_date_parse_lenient(const char *text, csisms_date *date);

/**
 * @brief Formats a date as "YYYY-MM-DD".
 * @param date A valid date.
 * @param buf Destination (11 bytes needed).
 * @param size Size of @p buf.
 * @return 10, the length written; ::CSISMS_EINVAL for a NULL @p buf or an
 *         invalid date; ::CSISMS_ENOSPC when @p size < 11 (nothing written).
 *
 * @code
 * char b[11];
 * csisms_date_format(20241022, b, sizeof b);  // "2024-10-22"
 * @endcode
 */
CSISMS_API int csisms_date_format(csisms_date date, char *buf, size_t size);

/**
 * @brief Adds (or subtracts) calendar days.
 * @param date A valid date.
 * @param days Any count, negative allowed.
 * @param[out] result @p date + @p days.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE when the result is outside 0001-01-01 … 9999-12-31.
 *
 * @code
 * csisms_date_add_days(20241022, 60, &r);  // 20241221
 * @endcode
 */
CSISMS_API int csisms_date_add_days(csisms_date date, int32_t days, csisms_date *result);

/**
 * @brief Adds months, on the corresponding day (PRC Civil Code arts. 201–202).
 *
 * The day is clamped to the last day of the resulting month.
 * @param date A valid date.
 * @param months Any count, negative allowed.
 * @param[out] result The corresponding day @p months later.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE when the result is out of range.
 *
 * @code
 * csisms_date_add_months(20240131, 1, &r);   // 20240229
 * csisms_date_add_months(20240229, 12, &r);  // 20250228
 * @endcode
 */
CSISMS_API int csisms_date_add_months(csisms_date date, int32_t months, csisms_date *result);

/**
 * @brief Days from one date to another.
 * @param from A valid date.
 * @param to A valid date.
 * @param[out] days @p to − @p from (negative when @p to is earlier).
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date.
 *
 * @code
 * csisms_date_diff_days(20240101, 20250101, &n);  // 366
 * @endcode
 */
CSISMS_API int csisms_date_diff_days(csisms_date from, csisms_date to, int32_t *days);

/**
 * @brief 5.1.1: when a surveillance audit is due, and the latest day with postponement.
 * @param kind A ::csisms_surveillance_kind.
 * @param reference The kind's reference date (see ::csisms_surveillance_kind).
 * @param[out] due @p reference + 12 months.
 * @param[out] latest @p due + 3 months for ::CSISMS_SURV_SECOND and
 *        ::CSISMS_SURV_AFTER_RECERT (the longest postponement allowed);
 *        @p due itself for ::CSISMS_SURV_FIRST.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for a NULL pointer (both are required),
 *         an unknown kind or an invalid date; ::CSISMS_ERANGE past 9999-12-31.
 *
 * @code
 * csisms_surveillance_due(CSISMS_SURV_SECOND, 20250930, &due, &latest);
 * // due 20260930, latest 20261230
 * @endcode
 */
CSISMS_API int csisms_surveillance_due(int kind, csisms_date reference, csisms_date *due,
                                       csisms_date *latest);

/**
 * @brief 8.2: the last valid day of a three-year certificate.
 *
 * Validity counts its first day: the day before the third anniversary of
 * @p valid_from (the anniversary of 29 February in a common year is 1 March).
 * @param valid_from First valid day.
 * @param[out] valid_until Last valid day.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE past 9999-12-31.
 *
 * @code
 * csisms_certificate_valid_until(20241022, &u);  // 20271021
 * @endcode
 */
CSISMS_API int csisms_certificate_valid_until(csisms_date valid_from, csisms_date *valid_until);

/**
 * @brief 6.3, 8.1(6), 8.2: last valid day of a recertified certificate.
 * @param old_valid_until Last valid day of the current certificate.
 * @param decision Recertification decision date.
 * @param[out] valid_until The new last valid day: the cycle continues from
 *        @p old_valid_until + 1 day when @p decision ≤ @p old_valid_until,
 *        else a new cycle starts at @p decision.
 * @return ::CSISMS_OK when the cycle continues; the positive
 *         ::CSISMS_INTERRUPTED when certification was interrupted;
 *         ::CSISMS_EINVAL for NULL or an invalid date; ::CSISMS_ERANGE past
 *         9999-12-31.
 *
 * @code
 * csisms_recert_valid_until(20271021, 20270901, &u);  // CSISMS_OK, 20301021
 * @endcode
 */
CSISMS_API int csisms_recert_valid_until(csisms_date old_valid_until, csisms_date decision,
                                         csisms_date *valid_until);

/**
 * @brief 6.1: the first day of the recertification window (90 days before expiry).
 * @param valid_until The certificate's last valid day.
 * @param[out] opens @p valid_until − 90 days; the window runs to @p valid_until.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE before 0001-01-01.
 *
 * @code
 * csisms_recert_window_opens(20271021, &o);  // 20270723
 * @endcode
 */
CSISMS_API int csisms_recert_window_opens(csisms_date valid_until, csisms_date *opens);

/**
 * @brief 7.1.2: the last day a suspension may last (6 months).
 * @param suspended_on The suspension date.
 * @param[out] ends_by @p suspended_on + 6 months.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE past 9999-12-31.
 *
 * @code
 * csisms_suspension_ends_by(20250601, &e);  // 20251201
 * @endcode
 */
CSISMS_API int csisms_suspension_ends_by(csisms_date suspended_on, csisms_date *ends_by);

/**
 * @brief 9: the last day to answer an appeal in writing (60 calendar days).
 * @param received The day the appeal was received.
 * @param[out] due @p received + 60 days.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE past 9999-12-31.
 *
 * @code
 * csisms_appeal_due(20241022, &d);  // 20241221
 * @endcode
 */
CSISMS_API int csisms_appeal_due(csisms_date received, csisms_date *due);

/**
 * @brief 7.2.1(7): the last day to make a correction the body asked for (6 months).
 * @param requested The day the body asked for the correction.
 * @param[out] due @p requested + 6 months.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or an invalid date;
 *         ::CSISMS_ERANGE past 9999-12-31.
 *
 * @code
 * csisms_correction_due(20240831, &d);  // 20250228
 * @endcode
 */
CSISMS_API int csisms_correction_due(csisms_date requested, csisms_date *due);

/** @} */

/* ===================================================================== */
/** @name Business-scope codes (Appendix B)                              */
/* ===================================================================== */
/** @{ */

/** An entry of Appendix B: opaque, in static storage, valid forever. */
typedef struct csisms_scope csisms_scope;

/** Flag of csisms_scope_flags(): "涉及特别重大项目的应提升为一级" (02.03). */
#define CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS 1u

/**
 * @brief Looks up a business-scope code as people type it.
 *
 * Surrounding ASCII space, tab, CR, LF and U+3000 are trimmed; full-width
 * digits and full-width "．"/"。" become ASCII. A well-formed code has 1–3
 * dot-separated components of 1 or 2 digits ("4.13.1" = "04.13.01").
 * @param code The code text.
 * @param[out] scope The entry.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or a malformed code;
 *         ::CSISMS_EAMBIGUOUS when the code is a prefix of several entries
 *         ("04.13"); ::CSISMS_ENOTFOUND when well-formed but absent.
 *
 * @code
 * const csisms_scope *s;
 * if (csisms_scope_lookup("３．１", &s) == CSISMS_OK)
 *     puts(csisms_scope_name(s, CSISMS_LANG_ZH));  // 金融
 * @endcode
 */
CSISMS_API int csisms_scope_lookup(const char *code, const csisms_scope **scope);

/**
 * @brief Number of entries in Appendix B (35: 4 major classes + 31 rows).
 * @return The count.
 *
 * @code
 * for (size_t i = 0; i < csisms_scope_count(); i++) puts(csisms_scope_code(csisms_scope_at(i)));
 * @endcode
 */
CSISMS_API size_t csisms_scope_count(void);

/**
 * @brief The entry at @p index, in table order.
 * @param index 0 … csisms_scope_count() − 1.
 * @return The entry; NULL past the end.
 *
 * @code
 * csisms_scope_code(csisms_scope_at(0));  // "01"
 * @endcode
 */
CSISMS_API const csisms_scope *csisms_scope_at(size_t index);

/**
 * @brief The canonical code of an entry ("01", "01.01", "04.13.01").
 * @param s An entry.
 * @return The code; NULL for a NULL entry.
 *
 * @code
 * csisms_scope_code(s);  // "03.01"
 * @endcode
 */
CSISMS_API const char *csisms_scope_code(const csisms_scope *s);

/**
 * @brief The name of an entry.
 * @param s An entry.
 * @param lang A ::csisms_lang.
 * @return "金融" / "Finance"; NULL for a NULL entry or an unknown language.
 *
 * @code
 * csisms_scope_name(s, CSISMS_LANG_EN);  // "Finance"
 * @endcode
 */
CSISMS_API const char *csisms_scope_name(const csisms_scope *s, int lang);

/**
 * @brief The note (备注) of an entry.
 * @param s An entry.
 * @param lang A ::csisms_lang.
 * @return The note, "" when it has none; NULL for a NULL entry or an
 *         unknown language.
 *
 * @code
 * csisms_scope_note(s, CSISMS_LANG_ZH);  // "包括：银行、证券、期货、保险、资产管理等"
 * @endcode
 */
CSISMS_API const char *csisms_scope_note(const csisms_scope *s, int lang);

/**
 * @brief The level (级别) of an entry.
 * @param s An entry.
 * @return 1, 2 or 3 (一, 二, 三); 0 for a major class; ::CSISMS_EINVAL for NULL.
 *
 * @code
 * csisms_scope_level(s);  // 1 for 03.01
 * @endcode
 */
CSISMS_API int csisms_scope_level(const csisms_scope *s);

/**
 * @brief The major class an entry belongs to.
 * @param s An entry.
 * @return The major class ("03" for "03.01", "04" for "04.13.01"); NULL for a
 *         major class or a NULL entry.
 *
 * @code
 * csisms_scope_code(csisms_scope_parent(s));  // "03"
 * @endcode
 */
CSISMS_API const csisms_scope *csisms_scope_parent(const csisms_scope *s);

/**
 * @brief Flags of an entry (::CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS).
 * @param s An entry.
 * @return The flags; 0 for a NULL entry.
 *
 * @code
 * if (csisms_scope_flags(s) & CSISMS_SCOPE_RAISE_FOR_MAJOR_PROJECTS) ...
 * @endcode
 */
CSISMS_API unsigned csisms_scope_flags(const csisms_scope *s);

/**
 * @brief Finds the next entry whose name or note contains a text.
 * @param text UTF-8 substring, searched in both languages (ASCII letters
 *        case-insensitive). Codes are not searched: see csisms_scope_lookup().
 * @param from First index to consider.
 * @param[out] index Index of the first matching entry at or after @p from.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, empty or invalid UTF-8 text;
 *         ::CSISMS_ENOTFOUND when none matches or @p from ≥ the count.
 *
 * @code
 * size_t i = 0;
 * while (csisms_scope_find("银行", i, &i) == CSISMS_OK) { use(csisms_scope_at(i)); i++; }
 * @endcode
 */
CSISMS_API int csisms_scope_find(const char *text, size_t from, size_t *index);

/** @} */

/* ===================================================================== */
/** @name Certificate verdicts (5.1.2; 7; 8.2)                           */
/* ===================================================================== */
/** @{ */

/** @name Reason bits (csisms_facts::grounds, csisms_verdict::reasons) */
/** @{ */
#define CSISMS_R_NONCONFORMITY           (1u << 0)  /**< 7.1.1(1) */
#define CSISMS_R_CONTRACT_BREACH         (1u << 1)  /**< 7.1.1(2) */
#define CSISMS_R_ORDERED_TO_HALT         (1u << 2)  /**< 7.1.1(3) */
#define CSISMS_R_REGULATOR_FINDING       (1u << 3)  /**< 7.1.1(4) */
#define CSISMS_R_VOLUNTARY               (1u << 4)  /**< 7.1.1(5) */
#define CSISMS_R_OTHER_SUSPENSION        (1u << 5)  /**< 7.1.1(6) */
#define CSISMS_R_SURVEILLANCE_OVERDUE    (1u << 6)  /**< 5.1.2 (derived only) */
#define CSISMS_R_LEGAL_STATUS_REVOKED    (1u << 8)  /**< 7.2.1(1) */
#define CSISMS_R_OBSTRUCTED_REGULATOR    (1u << 9)  /**< 7.2.1(2) */
#define CSISMS_R_MAJOR_INCIDENT          (1u << 10) /**< 7.2.1(3) */
#define CSISMS_R_SERIOUS_VIOLATION       (1u << 11) /**< 7.2.1(4) */
#define CSISMS_R_SUSPENSION_EXPIRED      (1u << 12) /**< 7.2.1(5) (also derived) */
#define CSISMS_R_SYSTEM_NOT_OPERATED     (1u << 13) /**< 7.2.1(6) */
#define CSISMS_R_MISUSE_OF_CERTIFICATION (1u << 14) /**< 7.2.1(7) (also derived) */
#define CSISMS_R_OTHER_WITHDRAWAL        (1u << 15) /**< 7.2.1(8) */
#define CSISMS_R_EXPIRED                 (1u << 16) /**< 8.2 (derived only) */
/** The 7.1.1 bits (suspension grounds). */
#define CSISMS_R_SUSPENSION_GROUNDS      0x0000003Fu
/** The 7.2.1 bits (withdrawal grounds). */
#define CSISMS_R_WITHDRAWAL_GROUNDS      0x0000FF00u
/** @} */

/** Actions of csisms_verdict::action. */
typedef enum csisms_action {
    CSISMS_ACT_MAINTAIN = 0,  /**< keep the certificate (5.7) */
    CSISMS_ACT_SUSPEND = 1,   /**< suspend, or keep suspended (7.1) */
    CSISMS_ACT_REINSTATE = 2, /**< lift a resolved suspension */
    CSISMS_ACT_WITHDRAW = 3,  /**< withdraw the certificate (7.2) */
    CSISMS_ACT_EXPIRE = 4     /**< the certificate has expired (8.2) */
} csisms_action;

/** @name Duty bits (csisms_verdict::duties) */
/** @{ */
#define CSISMS_DUTY_NO_ADVERTISING      1u /**< 7.1.2: no advertising with the certificate while suspended */
#define CSISMS_DUTY_RETURN_CERTIFICATE  2u /**< 7.3: notify the client to return certificate and marks */
#define CSISMS_DUTY_PUBLISH             4u /**< 7.3: publish the withdrawal on the body's website */
#define CSISMS_DUTY_REPORT              8u /**< 7.4: report suspension or withdrawal to CNCA */
/** @} */

/**
 * The last date csisms_evaluate() and csisms_evaluate_batch() accept in any
 * date of the facts, 9998-12-31: every limit they compute from such a date
 * (at most six months and one day later) stays representable.
 * @since 1.1.0 (the limit itself is that of 1.0.0)
 */
#define CSISMS_DATE_INPUT_MAX 99981231

/** What the body knows about a certificate on a day (input of csisms_evaluate()). */
typedef struct csisms_facts {
    uint32_t size;                    /**< sizeof(csisms_facts): set it (::CSISMS_FACTS_INIT does); never more than the object's own size */
    uint32_t grounds;                 /**< CSISMS_R_* bits of 7.1.1 and 7.2.1 the body has established */
    csisms_date today;                /**< evaluation date */
    csisms_date valid_until;          /**< the certificate's last valid day */
    csisms_date suspended_on;         /**< 0: not suspended */
    csisms_date surveillance_latest;  /**< last permitted day of the pending surveillance, postponement included; 0: none pending */
    csisms_date correction_requested; /**< 7.2.1(7): day the body asked for a correction; 0: none */
    int32_t suspension_resolved;      /**< nonzero: the cause of the suspension is corrected */
    int32_t correction_done;          /**< nonzero: the requested correction is made */
} csisms_facts;

/** What the body must do (output of csisms_evaluate()). */
typedef struct csisms_verdict {
    uint32_t size;            /**< sizeof(csisms_verdict), set by the caller (::CSISMS_VERDICT_INIT does); never more than the object's own size */
    int32_t action;           /**< a ::csisms_action */
    uint32_t reasons;         /**< CSISMS_R_* bits that hold */
    uint32_t duties;          /**< CSISMS_DUTY_* bits */
    csisms_date deadline;     /**< SUSPEND: last day the suspension may last; else 0 */
    csisms_date next_review;  /**< first later day on which a limit in these facts passes; 0: none */
} csisms_verdict;

/** Initialiser for ::csisms_facts: size set, everything else 0. */
#define CSISMS_FACTS_INIT { (uint32_t)sizeof(csisms_facts), 0u, 0, 0, 0, 0, 0, 0, 0 }
/** Initialiser for ::csisms_verdict: size set, everything else 0. */
#define CSISMS_VERDICT_INIT { (uint32_t)sizeof(csisms_verdict), 0, 0u, 0u, 0, 0 }

/**
 * @brief 5.1.2, 7, 8.2: what to do with a certificate on a day.
 *
 * Derives the reasons that hold (a suspension past 6 months unresolved, a
 * correction not made within 6 months, an overdue surveillance, expiry),
 * then picks the first action that applies: WITHDRAW (any 7.2.1 reason),
 * EXPIRE, SUSPEND (any 7.1.1 reason, overdue surveillance, or a suspension
 * not yet resolved), REINSTATE (resolved suspension), MAINTAIN.
 * @param facts The facts; @c facts->size must be at least v1's size; a larger
 *        size (≤ 4096) is accepted when every byte past v1's fields is zero.
 * @param[in,out] verdict @c verdict->size set by the caller (≥ v1's size);
 *        the library writes the v1 fields after @c size and nothing else.
 *
 * The library trusts @c size: it must not exceed the size of the object
 * actually passed. The library reads all @c facts->size bytes of @p facts
 * (to see that the bytes past v1's fields are zero), so a 36-byte struct
 * passed with @c size 40 is read 4 bytes past its end: undefined
 * behaviour, which the library cannot detect. Set @c size with
 * ::CSISMS_FACTS_INIT / ::CSISMS_VERDICT_INIT or @c sizeof of the very
 * object.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, invalid or out-of-order
 *         dates, dates after 9998-12-31, or grounds beyond the 7.1.1/7.2.1
 *         bits; ::CSISMS_EVERSION for an unsupported size.
 *
 * @code
 * csisms_facts f = CSISMS_FACTS_INIT;
 * csisms_verdict v = CSISMS_VERDICT_INIT;
 * f.today = 20251202; f.valid_until = 20271021; f.suspended_on = 20250601;
 * csisms_evaluate(&f, &v);  // v.action == CSISMS_ACT_WITHDRAW, reasons 7.2.1(5)
 * @endcode
 */
CSISMS_API int csisms_evaluate(const csisms_facts *facts, csisms_verdict *verdict);

/** @name Flag bits of csisms_evaluate_batch()'s @p flags column */
/** @{ */
#define CSISMS_BATCH_RESOLVED  1u /**< csisms_facts::suspension_resolved @since 1.1.0 */
#define CSISMS_BATCH_CORRECTED 2u /**< csisms_facts::correction_done @since 1.1.0 */
/** @} */

/**
 * @brief 5.1.2, 7, 8.2: csisms_evaluate() for many certificates in one call.
 *
 * Column-oriented, for callers through a foreign-function interface (one
 * call instead of one per certificate): row @c i of every column is one
 * certificate, and the row's verdict is exactly what csisms_evaluate()
 * gives for the facts of that row (same rules, same checks, same order).
 * Each row is checked on its own: a bad row gets its status in
 * @p status[i], its output cells are left untouched, and the other rows go
 * on.  Growth: O(n), constant work per row.
 *
 * @param n Number of rows (at most INT_MAX).
 * @param today Required column: csisms_facts::today of each row.
 * @param valid_until Required column: csisms_facts::valid_until.
 * @param suspended_on Optional column (NULL: 0 in every row).
 * @param surveillance_latest Optional column (NULL: all 0).
 * @param correction_requested Optional column (NULL: all 0).
 * @param grounds Optional column of CSISMS_R_* bits of 7.1.1 and 7.2.1
 *        (NULL: all 0).
 * @param flags Optional column (NULL: all 0): ::CSISMS_BATCH_RESOLVED for
 *        csisms_facts::suspension_resolved, ::CSISMS_BATCH_CORRECTED for
 *        csisms_facts::correction_done; any other bit makes the row
 *        ::CSISMS_EINVAL (room for later flags).
 * @param[out] status Required column: ::CSISMS_OK or the row's error
 *        (::CSISMS_EINVAL: the reasons csisms_evaluate() gives it).
 * @param[out] action Optional output column (NULL: not wanted): a ::csisms_action.
 * @param[out] reasons Optional output column: CSISMS_R_* bits that hold.
 * @param[out] duties Optional output column: CSISMS_DUTY_* bits.
 * @param[out] deadline Optional output column: as csisms_verdict::deadline.
 * @param[out] next_review Optional output column: as csisms_verdict::next_review.
 *        Output columns must not overlap the input columns or each other.
 * @return The number of rows whose status is not ::CSISMS_OK (0: all
 *         evaluated); ::CSISMS_EINVAL, with nothing read or written, when
 *         @p today, @p valid_until or @p status is NULL or @p n > INT_MAX.
 *
 * @code
 * csisms_date today[2] = { 20260301, 20260601 };
 * csisms_date until[2] = { 20271021, 20271021 };
 * csisms_date latest[2] = { 20251022, 20251022 };
 * int32_t status[2], action[2];
 * csisms_date deadline[2];
 * int bad = csisms_evaluate_batch(2, today, until, NULL, latest, NULL, NULL, NULL,
 *                                 status, action, NULL, NULL, deadline, NULL);
 * // bad == 0; action: SUSPEND (deadline 20260423), WITHDRAW (7.2.1(5))
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_evaluate_batch(size_t n, const csisms_date *today,
                                     const csisms_date *valid_until,
                                     const csisms_date *suspended_on,
                                     const csisms_date *surveillance_latest,
                                     const csisms_date *correction_requested,
                                     const uint32_t *grounds, const uint8_t *flags,
                                     int32_t *status, int32_t *action, uint32_t *reasons,
                                     uint32_t *duties, csisms_date *deadline,
                                     csisms_date *next_review);

/**
 * @brief The clause of one reason bit.
 * @param reason Exactly one CSISMS_R_* bit.
 * @return "7.2.1(5)", "5.1.2", "8.2" …; NULL for 0, several bits or an unknown bit.
 *
 * @code
 * csisms_reason_clause(CSISMS_R_SUSPENSION_EXPIRED);  // "7.2.1(5)"
 * @endcode
 */
CSISMS_API const char *csisms_reason_clause(uint32_t reason);

/**
 * @brief The text of one reason bit.
 * @param reason Exactly one CSISMS_R_* bit.
 * @param lang A ::csisms_lang.
 * @return The rules' words for the item (Chinese) or their translation;
 *         NULL for 0, several bits, an unknown bit or an unknown language.
 *
 * @code
 * csisms_reason_text(CSISMS_R_VOLUNTARY, CSISMS_LANG_ZH);  // "主动请求暂停的"
 * @endcode
 */
CSISMS_API const char *csisms_reason_text(uint32_t reason, int lang);

/**
 * @brief The name of an action.
 * @param action A ::csisms_action.
 * @param lang A ::csisms_lang.
 * @return e.g. "撤销" / "Withdraw"; NULL for an unknown action or language.
 *
 * @code
 * csisms_action_name(CSISMS_ACT_SUSPEND, CSISMS_LANG_EN);  // "Suspend"
 * @endcode
 */
CSISMS_API const char *csisms_action_name(int action, int lang);

/**
 * @brief The text of one duty bit (an addition to the v1 contract of doc/rules-model.md §4).
 * @param duty Exactly one CSISMS_DUTY_* bit.
 * @param lang A ::csisms_lang.
 * @return The duty's text; NULL for 0, several bits, an unknown bit or language.
 *
 * @code
 * csisms_duty_text(CSISMS_DUTY_REPORT, CSISMS_LANG_EN);
 * @endcode
 */
CSISMS_API const char *csisms_duty_text(uint32_t duty, int lang);

/**
 * @brief The clause of one duty bit (an addition to the v1 contract of doc/rules-model.md §4).
 * @param duty Exactly one CSISMS_DUTY_* bit.
 * @return "7.1.2", "7.3" or "7.4"; NULL for 0, several bits or an unknown bit.
 *
 * @code
 * csisms_duty_clause(CSISMS_DUTY_PUBLISH);  // "7.3"
 * @endcode
 */
CSISMS_API const char *csisms_duty_clause(uint32_t duty);

/** @} */

/* ===================================================================== */
/** @name Checklists (4.1.1 … 8.1)                                       */
/* ===================================================================== */
/** @{ */

/** The enumerated lists of the rules. Item (i) is bit 1u << (i − 1). */
typedef enum csisms_list {
    CSISMS_LIST_PUBLIC_INFO = 1,         /**< 4.1.1 information made public (ALL, 5) */
    CSISMS_LIST_APPLICATION = 2,         /**< 4.1.2 application documents (ALL, 6; (3) conditional) */
    CSISMS_LIST_APPLICATION_REVIEW = 3,  /**< 4.2.1 application review (ALL, 2) */
    CSISMS_LIST_AUDIT_PLAN = 4,          /**< 4.5.3.1 audit plan contents (ALL, 6) */
    CSISMS_LIST_SAMPLING = 5,            /**< 4.5.3.2 conditions for sampling sites (ALL, 4) */
    CSISMS_LIST_STAGE1 = 6,              /**< 4.6.3.2 stage 1 coverage (ALL, 5) */
    CSISMS_LIST_STAGE1_OFFSITE = 7,      /**< 4.6.3.3 stage 1 may be off-site (ANY, 2) */
    CSISMS_LIST_STAGE2 = 8,              /**< 4.6.3.6 stage 2 coverage (ALL, 5) */
    CSISMS_LIST_TERMINATION = 9,         /**< 4.6.4 the audit must be terminated (ANY, 4) */
    CSISMS_LIST_REPORT = 10,             /**< 4.7.1 audit report contents (ALL, 7) */
    CSISMS_LIST_DECISION_READY = 11,     /**< 4.9.3 before the decision (ALL, 2) */
    CSISMS_LIST_DECISION = 12,           /**< 4.9.4 certification requirements (ALL, 3) */
    CSISMS_LIST_SURVEILLANCE = 13,       /**< 5.5 surveillance coverage (ALL, 8) */
    CSISMS_LIST_SUSPENSION = 14,         /**< 7.1.1 suspension grounds (ANY, 6) */
    CSISMS_LIST_WITHDRAWAL = 15,         /**< 7.2.1 withdrawal grounds (ANY, 8) */
    CSISMS_LIST_CERTIFICATE = 16         /**< 8.1 certificate contents (ALL, 8; (7) conditional) */
} csisms_list;

/** Evaluation modes of a list. */
typedef enum csisms_mode {
    CSISMS_MODE_ALL = 1, /**< met when every item is present or not applicable */
    CSISMS_MODE_ANY = 2  /**< met when any item is present */
} csisms_mode;

/**
 * @brief Number of items of a list.
 * @param list A ::csisms_list.
 * @return The count (≥ 1); ::CSISMS_EINVAL for an unknown list.
 *
 * @code
 * csisms_checklist_size(CSISMS_LIST_WITHDRAWAL);  // 8
 * @endcode
 */
CSISMS_API int csisms_checklist_size(int list);

/**
 * @brief Evaluation mode of a list.
 * @param list A ::csisms_list.
 * @return ::CSISMS_MODE_ALL or ::CSISMS_MODE_ANY; ::CSISMS_EINVAL for an unknown list.
 *
 * @code
 * csisms_checklist_mode(CSISMS_LIST_TERMINATION);  // CSISMS_MODE_ANY
 * @endcode
 */
CSISMS_API int csisms_checklist_mode(int list);

/**
 * @brief The clause a list comes from.
 * @param list A ::csisms_list.
 * @return "4.1.2" …; NULL for an unknown list.
 *
 * @code
 * csisms_checklist_clause(CSISMS_LIST_APPLICATION);  // "4.1.2"
 * @endcode
 */
CSISMS_API const char *csisms_checklist_clause(int list);

/**
 * @brief The title of a list.
 * @param list A ::csisms_list.
 * @param lang A ::csisms_lang.
 * @return The title; NULL for an unknown list or language.
 *
 * @code
 * csisms_checklist_title(CSISMS_LIST_REPORT, CSISMS_LANG_EN);
 * @endcode
 */
CSISMS_API const char *csisms_checklist_title(int list, int lang);

/**
 * @brief The text of an item of a list.
 * @param list A ::csisms_list.
 * @param item 1-based item number, as in the rules' "(n)".
 * @param lang A ::csisms_lang.
 * @return The item's words (the rules' own, in Chinese); NULL for an unknown
 *         list or language or an item out of range.
 *
 * @code
 * csisms_checklist_item(CSISMS_LIST_SUSPENSION, 5, CSISMS_LANG_ZH);  // "主动请求暂停的；"
 * @endcode
 */
CSISMS_API const char *csisms_checklist_item(int list, int item, int lang);

/**
 * @brief Items of a list that may be declared not applicable.
 * @param list A ::csisms_list.
 * @return The item bits; 0 for an unknown list or one with none.
 *
 * @code
 * csisms_checklist_conditional(CSISMS_LIST_APPLICATION);  // 1u << 2: item (3)
 * @endcode
 */
CSISMS_API uint32_t csisms_checklist_conditional(int list);

/**
 * @brief Evaluates a list against the items present.
 * @param list A ::csisms_list.
 * @param present Bits of the items present (item (i) is 1u << (i − 1)).
 * @param not_applicable Bits of conditional items declared not applicable.
 * @param[out] missing May be NULL. ALL lists: the items neither present nor
 *        not applicable. ANY lists: 0 when met, else every item.
 * @return 1 when the list is met, 0 when not; ::CSISMS_EINVAL for an unknown
 *         list, bits beyond the list, or @p not_applicable outside the
 *         conditional items.
 *
 * @code
 * uint32_t miss;
 * csisms_checklist_eval(CSISMS_LIST_APPLICATION, 0x3B, 0x04, &miss);  // 1, miss 0
 * @endcode
 */
CSISMS_API int csisms_checklist_eval(int list, uint32_t present, uint32_t not_applicable,
                                     uint32_t *missing);

/** @} */

/* ===================================================================== */
/** @name Identifiers and sampling (8.1(1); 4.5.3.2)                     */
/* ===================================================================== */
/** @{ */

/** Kinds of audit for csisms_sample_sites(). */
typedef enum csisms_audit {
    CSISMS_AUDIT_INITIAL = 1,      /**< initial certification: ⌈√n⌉ */
    CSISMS_AUDIT_SURVEILLANCE = 2, /**< surveillance: ⌈0.6√n⌉ */
    CSISMS_AUDIT_RECERT = 3        /**< recertification: ⌈0.8√n⌉ */
} csisms_audit;

/**
 * @brief 8.1(1): checks an 18-character unified social credit code (GB 32100-2015).
 * @param code The code: digits and upper-case letters without I, O, Z, S, V.
 * @return ::CSISMS_OK; ::CSISMS_ECHECKSUM when well-formed but the check
 *         character (the 18th) is wrong; ::CSISMS_EINVAL for NULL, a length
 *         other than 18 or a character outside the set (lower case included).
 *
 * @code
 * csisms_uscc_validate("91350100M000100Y43");  // CSISMS_OK
 * @endcode
 */
CSISMS_API int csisms_uscc_validate(const char *code);

/**
 * @brief Minimum number of sites to sample besides the central function (IAF MD 1).
 *
 * Beyond the rules, which (4.5.3.2) allow sampling under a reasonable plan
 * without sizing it; whether sampling is allowed at all is
 * ::CSISMS_LIST_SAMPLING.
 * @param sites Number of sites, ≥ 1.
 * @param audit A ::csisms_audit.
 * @param[out] sample ⌈√n⌉, ⌈0.6√n⌉ or ⌈0.8√n⌉, computed exactly.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL, 0 sites or an unknown audit.
 *
 * @code
 * csisms_sample_sites(25, CSISMS_AUDIT_SURVEILLANCE, &n);  // 3
 * @endcode
 */
CSISMS_API int csisms_sample_sites(uint32_t sites, int audit, uint32_t *sample);

/** @} */

/* ===================================================================== */
/** @name Rules as data (added in 1.1.0)                                  */
/* ===================================================================== */
/** @{ */

/**
 * Stable identifiers of the rule facts the library computes: every audit-time
 * figure, date limit, reason and duty. Values are explicit and never change;
 * new rules are appended. Reason rules are 100 + the reason's bit number,
 * duty rules 200 + the duty's bit number.
 * @since 1.1.0
 */
typedef enum csisms_rule {
    CSISMS_RULE_ISMS_TABLE = 1,            /**< Appendix A: ISMS table time H by head count */
    CSISMS_RULE_NOTE_ISMS_CERT = 2,        /**< Appendix A note (1): 27001 certificate from another body, 0.5 H + 1 day */
    CSISMS_RULE_NOTE_ISMS_CERT_HERE = 3,   /**< Appendix A note (1): 27001 certificate from this body, 0.5 H */
    CSISMS_RULE_NOTE_COMBINED = 4,         /**< Appendix A note (2): audited together with the ISMS, 0.4 H */
    CSISMS_RULE_ROUNDING = 5,              /**< Appendix A notes: round up to 0.5 person-day */
    CSISMS_RULE_REDUCTION = 6,             /**< 4.5.1.1: a reduction of at most 30 % */
    CSISMS_RULE_ONSITE = 7,                /**< 4.5.1.2: at least 80 % on site */
    CSISMS_RULE_SURVEILLANCE_TIME = 8,     /**< 5.2: each surveillance 1/3 of the initial time, adjustable */
    CSISMS_RULE_SURVEILLANCE_CYCLE = 9,    /**< 5.2: surveillance total of a cycle at least 2/3 */
    CSISMS_RULE_RECERT_TIME = 10,          /**< 6.2: stage 1 omitted, at least 2/3 */
    CSISMS_RULE_COMBINED_TIME = 11,        /**< 10.2: combined audit at least 80 % of the sum */
    CSISMS_RULE_SAMPLING = 12,             /**< 4.5.3.2 (sizes: IAF MD 1): sites to sample */
    CSISMS_RULE_SYSTEM_OPERATION = 13,     /**< 4.1.2(5): system in operation three months or more */
    CSISMS_RULE_INITIAL_TIME = 14,         /**< 4.5.1.1: the Appendix A time is the basis of every audit */
    CSISMS_RULE_FIRST_SURVEILLANCE = 20,   /**< 5.1.1: first surveillance within 12 months of the decision */
    CSISMS_RULE_SURVEILLANCE_INTERVAL = 21,/**< 5.1.1: at least once a year, at most 12 months apart */
    CSISMS_RULE_POSTPONEMENT = 22,         /**< 5.1.1: postponement of at most 3 months */
    CSISMS_RULE_RECERT_WINDOW = 23,        /**< 6.1: recertification within 90 days before expiry */
    CSISMS_RULE_VALIDITY = 24,             /**< 8.2: three years of validity */
    CSISMS_RULE_RECERT_VALIDITY = 25,      /**< 6.3, 8.1(6), 8.2: a timely recertification continues the cycle */
    CSISMS_RULE_SUSPENSION_PERIOD = 26,    /**< 7.1.2: a suspension lasts at most 6 months */
    CSISMS_RULE_CORRECTION_PERIOD = 27,    /**< 7.2.1(7): a correction within 6 months */
    CSISMS_RULE_APPEAL_PERIOD = 28,        /**< 9: an appeal answered within 60 calendar days */
    CSISMS_RULE_R_NONCONFORMITY = 100,     /**< reason ::CSISMS_R_NONCONFORMITY, 7.1.1(1) */
    CSISMS_RULE_R_CONTRACT_BREACH = 101,   /**< 7.1.1(2) */
    CSISMS_RULE_R_ORDERED_TO_HALT = 102,   /**< 7.1.1(3) */
    CSISMS_RULE_R_REGULATOR_FINDING = 103, /**< 7.1.1(4) */
    CSISMS_RULE_R_VOLUNTARY = 104,         /**< 7.1.1(5) */
    CSISMS_RULE_R_OTHER_SUSPENSION = 105,  /**< 7.1.1(6) */
    CSISMS_RULE_R_SURVEILLANCE_OVERDUE = 106, /**< 5.1.2 */
    CSISMS_RULE_R_LEGAL_STATUS_REVOKED = 108, /**< 7.2.1(1) */
    CSISMS_RULE_R_OBSTRUCTED_REGULATOR = 109, /**< 7.2.1(2) */
    CSISMS_RULE_R_MAJOR_INCIDENT = 110,    /**< 7.2.1(3) */
    CSISMS_RULE_R_SERIOUS_VIOLATION = 111, /**< 7.2.1(4) */
    CSISMS_RULE_R_SUSPENSION_EXPIRED = 112,/**< 7.2.1(5) */
    CSISMS_RULE_R_SYSTEM_NOT_OPERATED = 113, /**< 7.2.1(6) */
    CSISMS_RULE_R_MISUSE_OF_CERTIFICATION = 114, /**< 7.2.1(7) */
    CSISMS_RULE_R_OTHER_WITHDRAWAL = 115,  /**< 7.2.1(8) */
    CSISMS_RULE_R_EXPIRED = 116,           /**< 8.2 */
    CSISMS_RULE_DUTY_NO_ADVERTISING = 200, /**< duty ::CSISMS_DUTY_NO_ADVERTISING, 7.1.2 */
    CSISMS_RULE_DUTY_RETURN_CERTIFICATE = 201, /**< 7.3 */
    CSISMS_RULE_DUTY_PUBLISH = 202,        /**< 7.3 */
    CSISMS_RULE_DUTY_REPORT = 203          /**< 7.4 */
} csisms_rule;

/**
 * @brief The clause of a rule.
 * @param rule A ::csisms_rule.
 * @return "4.5.1.2", "Appendix A note (1)", "7.2.1(5)" …; NULL for an
 *         unknown rule.
 *
 * @code
 * csisms_rule_clause(CSISMS_RULE_ONSITE);  // "4.5.1.2"
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API const char *csisms_rule_clause(int rule);

/**
 * @brief The text of a rule: what it requires, in Chinese or English.
 * @param rule A ::csisms_rule.
 * @param lang A ::csisms_lang.
 * @return The rules' words (Chinese) or their translation; a reason or duty
 *         rule has the text csisms_reason_text() or csisms_duty_text()
 *         returns. NULL for an unknown rule or language.
 *
 * @code
 * csisms_rule_text(CSISMS_RULE_ONSITE, CSISMS_LANG_ZH);  // "整个审核时间中，现场审核时间不应少于 80%"
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API const char *csisms_rule_text(int rule, int lang);

/**
 * @brief The number of rules.
 * @return The count; csisms_rule_at() enumerates them.
 *
 * @code
 * for (size_t i = 0; i < csisms_rule_count(); i++) puts(csisms_rule_clause(csisms_rule_at(i)));
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API size_t csisms_rule_count(void);

/**
 * @brief The rule at an index, in ascending identifier order.
 * @param index 0 … csisms_rule_count() − 1.
 * @return A ::csisms_rule; ::CSISMS_ENOTFOUND past the end.
 *
 * @code
 * csisms_rule_at(0);  // CSISMS_RULE_ISMS_TABLE
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_rule_at(size_t index);

/**
 * @brief The rule of one reason bit.
 * @param reason Exactly one CSISMS_R_* bit.
 * @return The ::csisms_rule, 100 + the bit's number; ::CSISMS_EINVAL for 0,
 *         several bits or an unknown bit.
 *
 * @code
 * csisms_reason_rule(CSISMS_R_EXPIRED);  // CSISMS_RULE_R_EXPIRED (116)
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_reason_rule(uint32_t reason);

/**
 * @brief The reason bit of a clause ("7.2.1(5)" → ::CSISMS_R_SUSPENSION_EXPIRED).
 * @param clause A clause as csisms_reason_clause() writes it.
 * @param[out] reason The reason bit.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL; ::CSISMS_ENOTFOUND when no
 *         reason has that clause.
 *
 * @code
 * uint32_t r;
 * csisms_reason_of_clause("5.1.2", &r);  // r == CSISMS_R_SURVEILLANCE_OVERDUE
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_reason_of_clause(const char *clause, uint32_t *reason);

/** @} */

/* ===================================================================== */
/** @name Queries (added in 1.1.0)                                        */
/* ===================================================================== */
/** @{ */

/**
 * @brief Appendix A: the band of the audit-time table a head count falls in.
 * @param personnel Effective persons, ≥ 1.
 * @param[out] index The band's index for csisms_isms_band().
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or 0 persons.
 *
 * @code
 * uint32_t i;
 * csisms_isms_band_index(120, &i);  // 6: band 86–125
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_isms_band_index(uint32_t personnel, uint32_t *index);

/**
 * @brief 8.1(1): diagnoses a unified social credit code.
 * @param code The code (any text).
 * @param[out] status What csisms_uscc_validate() returns for @p code.
 * @param[out] position 1-based position (in UTF-8 characters) of the first
 *        character outside the code's symbols; 18 when only the check
 *        character is wrong; 0 otherwise.
 * @param[out] expected The check character the first 17 characters call
 *        for, when they are 17 of the code's symbols; else '\0'.
 * @return ::CSISMS_OK (the diagnosis is written); ::CSISMS_EINVAL when an
 *         argument is NULL.
 *
 * @code
 * int st; size_t pos; char want;
 * csisms_uscc_check("91350100M000100Y44", &st, &pos, &want);  // ECHECKSUM, 18, '3'
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_uscc_check(const char *code, int *status, size_t *position, char *expected);

/**
 * @brief Appendix B: the next entry under a code prefix ("04.13" → 04.13.01 …).
 * @param code A code as csisms_scope_lookup() accepts it.
 * @param from First index to consider.
 * @param[out] index The first entry at or after @p from whose code is @p code
 *        or begins with its components (component by component).
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL or a malformed code;
 *         ::CSISMS_ENOTFOUND when there is no further such entry.
 *
 * @code
 * size_t i = 0;
 * while (csisms_scope_under("04.13", i, &i) == CSISMS_OK) { use(csisms_scope_at(i)); i++; }
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_scope_under(const char *code, size_t from, size_t *index);

/** @} */

/* ===================================================================== */
/** @name The audit programme (added in 1.1.0)                            */
/* ===================================================================== */
/** @{ */

/** Which certification cycle a programme covers. @since 1.1.0 */
typedef enum csisms_cycle {
    CSISMS_CYCLE_INITIAL = 1, /**< from an initial certification; reference: its decision date */
    CSISMS_CYCLE_RECERT = 2   /**< from a recertification; reference: the old certificate's last valid day */
} csisms_cycle;

/** A client's facts (input of csisms_programme(), csisms_justify(),
 *  csisms_record_check()). @since 1.1.0 */
typedef struct csisms_client {
    uint32_t size;               /**< sizeof(csisms_client) (::CSISMS_CLIENT_INIT sets it) */
    uint32_t personnel;          /**< effective persons, ≥ 1 */
    int32_t basis;               /**< a ::csisms_basis */
    int32_t cycle;               /**< a ::csisms_cycle */
    csisms_date reference;       /**< INITIAL: the decision date; RECERT: the old certificate's last valid day */
    int32_t combined_halfdays;   /**< 10.2: the other system's separate time audited together; 0: not combined */
    int32_t planned_halfdays;    /**< 4.5.1.1: the planned (reduced) time; 0: the Appendix A time */
    uint32_t sites;              /**< sites besides the central function; 0 or 1: no sampling */
    int32_t stage1_omitted;      /**< 6.2: nonzero when recertification omits stage 1 */
    csisms_date operating_since; /**< 4.1.2(5): first day the system operated; 0: unknown */
} csisms_client;

/** Initialiser for ::csisms_client: size set, everything else 0. @since 1.1.0 */
#define CSISMS_CLIENT_INIT { (uint32_t)sizeof(csisms_client), 0u, 0, 0, 0, 0, 0, 0u, 0, 0 }

/** Kinds of programme entry and of audit record. @since 1.1.0 */
typedef enum csisms_programme_kind {
    CSISMS_PROG_INITIAL = 1,      /**< initial audit, stage 1 + stage 2 (INITIAL cycle) */
    CSISMS_PROG_RECERT_START = 2, /**< recertification audit that starts the cycle (RECERT cycle) */
    CSISMS_PROG_VALIDITY = 3,     /**< the certificate's validity (not an audit) */
    CSISMS_PROG_SURVEILLANCE1 = 4,/**< first surveillance audit */
    CSISMS_PROG_SURVEILLANCE2 = 5,/**< second surveillance audit */
    CSISMS_PROG_RECERT = 6        /**< recertification audit at the cycle's end */
} csisms_programme_kind;

/** One entry of a programme. Dates are 0 and rules 0 where the rules set no
 *  such figure. @since 1.1.0 */
typedef struct csisms_programme_entry {
    uint32_t size;            /**< sizeof(csisms_programme_entry), set by the caller */
    int32_t kind;             /**< a ::csisms_programme_kind */
    csisms_date earliest;     /**< first permitted day (VALIDITY: valid from) */
    csisms_date last;         /**< last permitted day without postponement (VALIDITY: valid until) */
    csisms_date latest;       /**< last day with the longest postponement (5.1.1); == last when none */
    int32_t total_halfdays;   /**< least total time */
    int32_t onsite_halfdays;  /**< least on-site time (4.5.1.2) */
    uint32_t sample;          /**< sites to sample; 0: no sampling */
    int32_t rule_earliest;    /**< ::csisms_rule of each figure, 0 for none */
    int32_t rule_last;        /**< rule of @c last */
    int32_t rule_latest;      /**< rule of @c latest */
    int32_t rule_total;       /**< rule of @c total_halfdays */
    int32_t rule_onsite;      /**< rule of @c onsite_halfdays */
    int32_t rule_sample;      /**< rule of @c sample */
} csisms_programme_entry;

/**
 * @brief The audit programme of a certification cycle.
 *
 * Entries, in this order: the audit that starts the cycle (INITIAL or
 * RECERT_START), VALIDITY, SURVEILLANCE1, SURVEILLANCE2, RECERT. Times:
 * T = the Appendix A time (csisms_audit_days()) or the planned time; the
 * initial audit needs T; each surveillance ⌈T/3⌉ (5.2); a recertification
 * T, or ⌈2T/3⌉ with stage 1 omitted (6.2); with a combined-audit partner,
 * each audit needs 80 % of its time plus the partner's (scaled alike, 10.2);
 * on site 80 % of the total (4.5.1.2). Dates: the first surveillance within
 * 12 months of the decision (no postponement), the second 12 months after
 * the first (projected as held on its last day) and up to 3 months later if
 * postponed (5.1.1), the recertification in the 90 days before expiry (6.1).
 * @param client The facts; @c size at least this version's.
 * @param[out] entries Caller's array; each entry's @c size set.
 * @param capacity Number of entries in @p entries.
 * @param[out] count The number of entries needed (5), written on success
 *        and with ::CSISMS_ENOSPC.
 * @return ::CSISMS_OK; ::CSISMS_EINVAL for NULL (entries may be NULL when
 *         @p capacity is 0), a client figure out of its domain, or an
 *         invalid date; ::CSISMS_ENOTPERMITTED when the planned time is
 *         below the 4.5.1.1 floor; ::CSISMS_EVERSION for an unsupported
 *         size; ::CSISMS_ENOSPC when @p capacity is too small (nothing else
 *         written); ::CSISMS_ERANGE when a date passes 9999-12-31.
 *
 * @code
 * csisms_client c = CSISMS_CLIENT_INIT;
 * csisms_programme_entry e[5];
 * size_t n;
 * c.personnel = 120; c.basis = CSISMS_BASIS_ISMS_CERT;
 * c.cycle = CSISMS_CYCLE_INITIAL; c.reference = 20241022;
 * for (int i = 0; i < 5; i++) e[i].size = sizeof e[i];
 * csisms_programme(&c, e, 5, &n);  // e[2]: surveillance 1 by 20251022, 2.5 days
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_programme(const csisms_client *client, csisms_programme_entry *entries,
                                size_t capacity, size_t *count);

/** One step of an audit-time determination. @since 1.1.0 */
typedef struct csisms_step {
    uint32_t size;    /**< sizeof(csisms_step), set by the caller */
    int32_t rule;     /**< the ::csisms_rule applied */
    int64_t input;    /**< persons (ISMS_TABLE, SAMPLING: sites) or halfdays */
    int64_t input2;   /**< REDUCTION: the planned time; COMBINED_TIME: the partner's; else 0 */
    int32_t result;   /**< halfdays (SAMPLING: sites to sample at the initial audit) */
} csisms_step;

/**
 * @brief The audit-time determination as ordered steps (IAF MD 5 §4.4).
 *
 * Steps, each only when it applies: ISMS_TABLE (persons → H);
 * NOTE_ISMS_CERT / NOTE_ISMS_CERT_HERE / NOTE_COMBINED (H → T);
 * REDUCTION (T → the 30 % floor, input2 the planned time, which is used
 * from then on); COMBINED_TIME (T and the partner's time → the combined
 * audit's least time); ONSITE (total → 80 %); SURVEILLANCE_TIME (T → T/3);
 * SURVEILLANCE_CYCLE (T → 2T/3); RECERT_TIME (T → 2T/3); SAMPLING (sites →
 * initial sample).
 * @param client The facts (see csisms_programme()); @c cycle must be valid,
 *        @c reference and @c operating_since are not used.
 * @param[out] steps Caller's array, each @c size set.
 * @param capacity Its length.
 * @param[out] count Steps needed, written on success and with ::CSISMS_ENOSPC.
 * @return As csisms_programme().
 *
 * @code
 * csisms_step s[10]; size_t n;  // each s[i].size set
 * csisms_justify(&c, s, 10, &n);  // s[0]: ISMS_TABLE 120 → 24; s[1]: NOTE_ISMS_CERT 24 → 14 …
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_justify(const csisms_client *client, csisms_step *steps, size_t capacity,
                              size_t *count);

/** An audit planned or held (input of csisms_record_check()). @since 1.1.0 */
typedef struct csisms_audit_record {
    uint32_t size;           /**< sizeof(csisms_audit_record), set by the caller */
    int32_t kind;            /**< a ::csisms_programme_kind other than VALIDITY */
    csisms_date date;        /**< the day the audit was (or is to be) held */
    int32_t total_halfdays;  /**< its total time, ≥ 1 */
    int32_t onsite_halfdays; /**< its on-site time, 0 … total */
} csisms_audit_record;

/** A rule an audit record breaks (output of csisms_record_check()). @since 1.1.0 */
typedef struct csisms_breach {
    uint32_t size;     /**< sizeof(csisms_breach), set by the caller */
    int32_t rule;      /**< the ::csisms_rule broken */
    int32_t record;    /**< index of the record; −1 for the cycle as a whole (5.2) */
    int32_t actual;    /**< the record's figure: halfdays, or a date */
    int32_t required;  /**< the figure it falls short of: least halfdays, or the earliest/last permitted date */
} csisms_breach;

/**
 * @brief Checks the audits of a cycle against the time and date rules.
 *
 * Per record: INITIAL/RECERT_START/RECERT total ≥ the 4.5.1.1 floor (7T/10)
 * when stage 1 is held, ≥ 2T/3 for a recertification omitting it (6.2),
 * ≥ 10.2's combined figure when combined; on site ≥ 80 % of the record's own
 * total (4.5.1.2); SURVEILLANCE1 by 12 months after the decision (5.1.1),
 * SURVEILLANCE2 by 12 months + 3 months (postponement) after the first
 * surveillance actually held (else its projected day); the recertification
 * in the 6.1 window; the initial audit three months or more after
 * @c operating_since (4.1.2(5)). A surveillance shorter than T/3 is allowed
 * (5.2 "可适当调整") as long as both surveillances together reach 2T/3: once
 * SURVEILLANCE2 is recorded, a lower sum is one breach (record −1).
 * @param client The facts.
 * @param records The audits, @p nrecords of them (records may be NULL when 0).
 * @param nrecords Their number, ≤ 64.
 * @param[out] breaches Caller's array, each @c size set (may be NULL when
 *        @p capacity is 0).
 * @param capacity Its length.
 * @param[out] count Breaches found, written on success and with ::CSISMS_ENOSPC.
 * @return ::CSISMS_OK (count 0: none); errors as csisms_programme(), and
 *         ::CSISMS_EINVAL for a bad record (kind, date, times).
 *
 * @code
 * csisms_audit_record r[2] = { { sizeof r[0], CSISMS_PROG_SURVEILLANCE1, 20250901, 4, 4 },
 *                              { sizeof r[0], CSISMS_PROG_SURVEILLANCE2, 20260901, 4, 4 } };
 * // initial time 7 days: 2 + 2 < 5 → one breach, rule CSISMS_RULE_SURVEILLANCE_CYCLE, 8 < 10
 * csisms_record_check(&c, r, 2, b, 8, &n);
 * @endcode
 * @since 1.1.0 (symbol version CSISMS_1.1)
 */
CSISMS_API int csisms_record_check(const csisms_client *client,
                                   const csisms_audit_record *records, size_t nrecords,
                                   csisms_breach *breaches, size_t capacity, size_t *count);

/** @} */


#ifdef __cplusplus
}
#endif

#endif /* CSISMS_H */
