#!/bin/sh
# SPDX-License-Identifier: MIT
# The shared library exports exactly the functions the public header declares,
# every one with the symbol version of the release that added it: CSISMS_1.1
# for those the header marks "@since 1.1.0", CSISMS_1.0 for the others.
set -u
: "${LIBCSISMS_SO:?}" "${CSISMS_HEADER:?}"
if ! command -v nm >/dev/null 2>&1; then echo "nm not found: skipped"; exit 77; fi
if [ ! -f "$LIBCSISMS_SO" ]; then echo "no shared library: skipped"; exit 77; fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-exports.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0

# Functions declared in the header: "CSISMS_API <type> csisms_name(".
tr '\n' ' ' <"$CSISMS_HEADER" | grep -o 'CSISMS_API[^;(]*csisms_[a-z0-9_]*[[:space:]]*(' |
    sed 's/.*\(csisms_[a-z0-9_]*\)[[:space:]]*($/\1/' | sort -u >"$tmp/header"
# Defined dynamic symbols, with their versions (nm -D shows name@@VERSION).
nm -D --defined-only "$LIBCSISMS_SO" | awk '$2 != "A" {print $3}' | sort -u >"$tmp/symbols"
sed 's/@.*//' "$tmp/symbols" | sort -u >"$tmp/names"

if ! diff -u "$tmp/header" "$tmp/names"; then
    echo "FAIL: exported symbols differ from the header's functions (- header, + library)"
    fail=1
fi
# "name@@NODE" expected from the header: a function whose comment says
# "@since X.Y.0" belongs to node CSISMS_X.Y, every other one to CSISMS_1.0.
awk '
    /\/\*\*/ { since = "" }
    /@since [0-9]+\.[0-9]+\.0/ { match($0, /@since [0-9]+\.[0-9]+/); since = substr($0, RSTART + 7, RLENGTH - 7) }
    /^CSISMS_API/ && match($0, /csisms_[a-z0-9_]*\(/) {
        print substr($0, RSTART, RLENGTH - 1) "@@CSISMS_" (since == "" ? "1.0" : since)
    }
' "$CSISMS_HEADER" | sort -u >"$tmp/expected"
if ! diff -u "$tmp/expected" "$tmp/symbols"; then
    echo "FAIL: symbol versions differ from the header's @since notes (- header, + library)"
    fail=1
fi
n=$(wc -l <"$tmp/header")
[ "$n" -ge 50 ] || { echo "FAIL: only $n functions found in the header"; fail=1; }
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed ($n functions)"; else echo "0 passed, 1 failed"; fi
exit $fail
