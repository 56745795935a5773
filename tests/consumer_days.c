/* SPDX-License-Identifier: MIT */
/* The outside program of the consumer tests (tests/consumer_pkgconfig.sh,
 * tests/consumer_cmake.sh, debian/tests/c-pkgconfig, debian/tests/c-cmake):
 * built against the installed header and library only. It prints
 * "VERSION HALFDAYS DAYS" for 120 persons with an ISO/IEC 27001 certificate
 * from another body. Worked out by hand: 120 persons are in Appendix A's
 * band 86-125, 12 days; note (1) makes the initial audit 0.5 x 12 + 1 = 7
 * days, 14 halfdays: "VERSION 14 7". */
#include <csisms.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    int32_t hd = -1;
    char days[16];

    if (!csisms_check_version(CSISMS_VERSION_NUMBER))
        return 10;
    if (strcmp(csisms_version(), CSISMS_VERSION_STRING) != 0)
        return 11;
    if (csisms_audit_days(120, CSISMS_BASIS_ISMS_CERT, &hd) != CSISMS_OK)
        return 12;
    if (csisms_days_format(hd, days, sizeof days) < 0)
        return 13;
    printf("%s %d %s\n", csisms_version(), (int)hd, days);
    return 0;
}
