#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: the JavaScript binding (bindings/js). Run by .ci/run from the top
# of the tree, after the library is built and the tree configured.
# Installs clang and lld (wasm-ld) and, unless the machine has Node.js >= 18,
# Debian's nodejs (and npm); builds csisms.wasm (make wasm) and checks its
# limits (at most 64 KiB, no imports); runs the package's node --test suite
# through make check (failing if it fails or is skipped); packs the npm
# package (make js-pack), installs the tarball offline into a scratch
# project, imports it, and runs the README's script there, comparing its
# output with the README's. Cost: about a minute on top of the installs.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

node_ok() { command -v node >/dev/null 2>&1 && node -e 'process.exit(parseInt(process.versions.node, 10) >= 18 ? 0 : 1)'; }
extra=""
node_ok || extra="$extra nodejs"
command -v npm >/dev/null 2>&1 || extra="$extra npm"
# shellcheck disable=SC2086
sh .ci/deps clang lld $extra
node_ok || { echo "FAIL: no Node.js >= 18 (node: $(node --version 2>&1 || true))"; exit 1; }
echo "node $(node --version), npm $(npm --version), $(clang --version | head -n 1)"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-js.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "--- configure again, to find the toolchain and node just installed"
./config.status --recheck >/dev/null
./config.status >/dev/null
grep -E '^(WASM_CC|NODE) = ' Makefile
grep -qE '^WASM_CC = .+' Makefile || { echo "FAIL: configure found no clang with the wasm32 target and wasm-ld"; exit 1; }

echo "--- make wasm"
make wasm
wasm=bindings/js/csisms.wasm
size=$(wc -c <"$wasm")
echo "csisms.wasm: $size bytes"
[ "$size" -le 65536 ] || { echo "FAIL: csisms.wasm has $size bytes, more than 64 KiB"; exit 1; }
node -e '
const m = new WebAssembly.Module(require("fs").readFileSync(process.argv[1]));
const imports = WebAssembly.Module.imports(m);
if (imports.length) { console.error("FAIL: csisms.wasm imports", imports); process.exit(1); }
const odd = WebAssembly.Module.exports(m).filter((e) => !e.name.startsWith("csisms_") && e.name !== "memory");
if (odd.length) { console.error("FAIL: csisms.wasm exports", odd); process.exit(1); }
console.log("csisms.wasm: no imports,", WebAssembly.Module.exports(m).length, "exports");
' "$wasm"

echo "--- make check: the JavaScript suite"
suite=bindings/js/run-tests.sh
make check TESTS="$suite" || { cat bindings/js/run-tests.log; exit 1; }
grep -q '^:test-result: PASS' bindings/js/run-tests.trs ||
    { echo "FAIL: $suite did not pass (skipped?):"; cat bindings/js/run-tests.log; exit 1; }
grep -E '^# (tests|pass|fail)' bindings/js/run-tests.log

echo "--- npm pack, offline install, the README's script"
make js-pack
version=$(/usr/bin/python3 build-aux/csisms-iface.py version)
tgz="$PWD/bindings/js/csisms-$version.tgz"
tar -tzf "$tgz" | sort
mkdir "$tmp/app"
(cd "$tmp/app" && npm install --offline --no-audit --no-fund --cache "$tmp/npm-cache" "$tgz" >/dev/null)
(cd "$tmp/app" && node --input-type=module -e '
import * as csisms from "csisms";
import { readFileSync } from "node:fs";
const pkg = JSON.parse(readFileSync("node_modules/csisms/package.json", "utf8"));
if (csisms.version() !== pkg.version) throw new Error(`csisms.wasm ${csisms.version()}, package ${pkg.version}`);
if (csisms.auditDays(120, "isms-cert").toString() !== "7") throw new Error("auditDays(120, isms-cert) is not 7");
console.log("installed package", pkg.version, "loads and computes");
')

region=$(sed -n '/js: JavaScript section (begin)/,/js: JavaScript section (end)/p' README.md)
printf '%s\n' "$region" | sed -n '/^```js$/,/^```$/{/^```/d;p}' >"$tmp/app/readme.mjs"
printf '%s\n' "$region" | sed -n '/^```text$/,/^```$/{/^```/d;p}' >"$tmp/expected.txt"
[ -s "$tmp/app/readme.mjs" ] && [ -s "$tmp/expected.txt" ] || { echo "FAIL: no script or output in the README's JavaScript section"; exit 1; }
(cd "$tmp/app" && node readme.mjs) >"$tmp/out.txt"
diff -u "$tmp/expected.txt" "$tmp/out.txt"

echo "js: csisms.wasm $size bytes, no imports; the suite passed; the package installs offline; the README's script prints what it says"
