#!/bin/sh
# SPDX-License-Identifier: MIT
# The shared library exports exactly the functions the public header declares,
# every one with the symbol version of its node in lib/libcsisms.map (the
# interface description, build-aux/csisms-iface.py, pairs them).
set -u
: "${LIBCSISMS_SO:?}" "${CSISMS_SRCDIR:?}"
if ! command -v nm >/dev/null 2>&1; then echo "nm not found: skipped"; exit 77; fi
if [ ! -f "$LIBCSISMS_SO" ]; then echo "no shared library: skipped"; exit 77; fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-exports.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0

# Functions declared in the header, each with its map node: "name@@NODE".
/usr/bin/python3 "$CSISMS_SRCDIR/build-aux/csisms-iface.py" exports >"$tmp/header" ||
    { echo "FAIL: build-aux/csisms-iface.py exports failed"; exit 1; }
# Defined dynamic symbols, with their versions (nm -D shows name@@VERSION).
nm -D --defined-only "$LIBCSISMS_SO" | awk '$2 != "A" {print $3}' | LC_ALL=C sort -u >"$tmp/symbols"
LC_ALL=C sort -u "$tmp/header" -o "$tmp/header"

if ! diff -u "$tmp/header" "$tmp/symbols"; then
    echo "FAIL: exported symbols differ from the header's functions at their map nodes (- header, + library)"
    fail=1
fi
n=$(wc -l <"$tmp/header")
[ "$n" -ge 50 ] || { echo "FAIL: only $n functions found in the header"; fail=1; }
if [ $fail -eq 0 ]; then echo "1 passed, 0 failed ($n functions)"; else echo "0 passed, 1 failed"; fi
exit $fail
