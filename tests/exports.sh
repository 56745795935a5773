#!/bin/sh
# SPDX-License-Identifier: MIT
# The shared library exports exactly the functions the public header declares,
# every one with the symbol version of the release that added it (CSISMS_1.0).
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
unversioned=$(grep -v '@@CSISMS_1\.0$' "$tmp/symbols" || true)
if [ -n "$unversioned" ]; then
    echo "FAIL: symbols without version CSISMS_1.0:"; echo "$unversioned"
    fail=1
fi
n=$(wc -l <"$tmp/header")
[ "$n" -ge 50 ] || { echo "FAIL: only $n functions found in the header"; fail=1; }
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed ($n functions)"; else echo "0 passed, 1 failed"; fi
exit $fail
