#!/bin/sh
# SPDX-License-Identifier: MIT
# The calculator page (web/dist, `make web`): at most 200 KB with all its
# assets, uncompressed, in exactly the three files index.html loads, and its
# script a classic one (no import or export statement left by the bundler,
# which browsers refuse from file://). Skipped (77) when the page was not
# built (no WebAssembly toolchain or python3: m4/js.m4, m4/bindings.m4).
# With node (CSISMS_TEST_NODE), the script must also parse as a classic script.
set -u
dist=${CSISMS_WEB_DIST:-}
if [ -z "$dist" ] || [ ! -f "$dist/index.html" ]; then
    echo "SKIP: the page is not built (make web)"
    exit 77
fi
limit=200000
fail=0
files=$(cd "$dist" && find . -mindepth 1 -maxdepth 1 | sed "s|^\./||" | sort | tr "\n" " ")
if [ "$files" != "csisms-web.js index.html style.css " ]; then
    echo "FAIL: $dist holds '$files', not csisms-web.js index.html style.css"
    fail=1
fi
total=$(cat "$dist"/* | wc -c)
echo "web/dist: $total bytes (limit $limit)"
if [ "$total" -gt "$limit" ]; then
    echo "FAIL: the page weighs $total bytes, more than $limit"
    fail=1
fi
for ref in 'src="csisms-web.js"' 'href="style.css"'; do
    grep -q "$ref" "$dist/index.html" || { echo "FAIL: index.html does not load $ref"; fail=1; }
done
# Nothing the page loads from elsewhere: no other src= or href= than its own.
others=$(grep -o -E '(src|href)="[^"#]*"' "$dist/index.html" | grep -v -E '"(csisms-web\.js|style\.css)"')
if [ -n "$others" ]; then
    echo "FAIL: index.html loads $others"
    fail=1
fi
if grep -n -E '^(import|export)[[:space:]{*]' "$dist/csisms-web.js"; then
    echo "FAIL: csisms-web.js has module statements (above)"
    fail=1
fi
node=${CSISMS_TEST_NODE:-}
if [ -n "$node" ]; then
    if ! "$node" --check "$dist/csisms-web.js"; then
        echo "FAIL: csisms-web.js does not parse as a script"
        fail=1
    fi
fi
exit $fail
