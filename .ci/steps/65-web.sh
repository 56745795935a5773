#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: the calculator page (web/). Run by .ci/run from the top of the
# tree, after the library is built and the tree configured.
#  1. installs Debian's chromium and a small CJK font (fonts-wqy-microhei,
#     for the screenshots' Chinese), clang and lld (wasm-ld) for csisms.wasm,
#     and, unless the machine has Node.js >= 18 with npm, Debian's nodejs
#     and npm;
#  2. configures again so that configure finds them, builds the page
#     (make web: web/dist/) and weighs it (web/size.sh, which make check
#     also runs: at most 200 KB, one classic script);
#  3. make check-web: npm ci of web/test/package-lock.json (playwright-core)
#     into web/harness/, then the browser test (web/test/browser.mjs):
#     chromium headless fills the four views from file:// (and once over
#     HTTP), in Chinese and in English, and compares what they show with
#     csisms --json and --ics; it leaves web/screenshots/*.png (artefacts).
# Cost: the packages (chromium is the big one, about 100 MB installed), the
# npm install (one package, about 5 MB) and about a minute of tests.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

node_ok() { command -v node >/dev/null 2>&1 && node -e 'process.exit(parseInt(process.versions.node, 10) >= 18 ? 0 : 1)'; }
extra=""
node_ok || extra="$extra nodejs"
command -v npm >/dev/null 2>&1 || extra="$extra npm"
# shellcheck disable=SC2086
sh .ci/deps chromium fonts-wqy-microhei clang lld $extra
node_ok || { echo "FAIL: no Node.js >= 18 (node: $(node --version 2>&1 || true))"; exit 1; }
chromium=/usr/bin/chromium
[ -x "$chromium" ] || { echo "FAIL: no $chromium"; exit 1; }
echo "node $(node --version), npm $(npm --version), $("$chromium" --version 2>/dev/null | head -n 1)"

echo "--- configure again, to find the toolchain and node"
./config.status --recheck >/dev/null
./config.status >/dev/null
grep -E '^(WASM_CC|NODE|PYTHON3) = ' Makefile
grep -qE '^WASM_CC = .+' Makefile || { echo "FAIL: configure found no clang with the wasm32 target and wasm-ld"; exit 1; }

echo "--- make web; its size (web/size.sh, as make check runs it)"
make web
CSISMS_WEB_DIST="$PWD/web/dist" CSISMS_TEST_NODE=node sh web/size.sh

echo "--- make check-web: chromium against csisms --json"
start=$(date +%s)
make check-web CHROMIUM="$chromium"
ls -l web/screenshots/*.png
echo "web: the page passed in chromium in $(($(date +%s) - start)) s; screenshots in web/screenshots/"
