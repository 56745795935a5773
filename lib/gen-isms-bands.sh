#!/bin/sh
# SPDX-License-Identifier: MIT
# Prints the rows of isms_extrapolated[] in lib/audit_time.c: the ISMS audit
# time bands beyond the rules' table (doc/rules-model.md §1), U_k = U_{k-1} +
# ceil(U_{k-1} / 4) from U_0 = 10700, 28 + k days (56 + 2k halfdays), until
# the band that holds 4294967295, whose upper bound is reported as that.
# awk's doubles are exact here (every value < 2^53).
# tests/check_audit_time.c checks the table against this rule, band by band.
awk 'BEGIN {
    u = 10700; h = 56; n = 0
    while (u < 4294967295) {
        u += int((u + 3) / 4); h += 2
        if (u > 4294967295) u = 4294967295
        row = sprintf("{%uu, %d},", u, h)
        line = (n % 4 == 0) ? sprintf("    %-17s", row) : line sprintf(" %-17s", row)
        if (++n % 4 == 0) { sub(/ +$/, "", line); print line; line = "" }
    }
    if (line != "") { sub(/ +$/, "", line); print line }
}'
