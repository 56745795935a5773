#!/bin/bash
# SPDX-License-Identifier: MIT
# CI step: the Python and Ruby bindings. Run by .ci/run from the top of the
# tree, after the library is built and the tree configured (with clang).
# Installs the interpreters (and mypy), runs both binding suites through
# "make check" against the just-built library (failing if either fails or
# is skipped, or if mypy is missing), installs the Python package offline
# with the README's own commands (a virtual environment, and --target) and
# the gem into scratch directories, and runs the README's Python and Ruby
# examples against an installed copy of the library. Costs about a minute
# (apt-get, then mypy's run of ~10 s in the Python suite).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

echo "--- installing python3, mypy, ruby, ruby-ffi"
sh .ci/deps python3 python3-venv python3-pip python3-setuptools python3-wheel mypy \
    ruby ruby-ffi ruby-minitest

tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-bindings.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "--- configure again, to find the interpreters just installed"
./config.status --recheck >/dev/null
./config.status >/dev/null
grep -E '^(PYTHON3|RUBY) = ' Makefile

echo "--- make check: binding suites (mypy --strict required)"
suites="bindings/python/run-tests.sh bindings/ruby/run-tests.sh"
CSISMS_REQUIRE_MYPY=1 make -j2 check TESTS="$suites" ||
    { cat bindings/python/run-tests.log bindings/ruby/run-tests.log; exit 1; }
grep -q "test_mypy_strict .* ok" bindings/python/run-tests.log ||
    { echo "FAIL: the mypy test did not run"; cat bindings/python/run-tests.log; exit 1; }
for suite in $suites; do
    trs="${suite%.sh}.trs"
    if ! grep -q '^:test-result: PASS' "$trs"; then
        echo "FAIL: $suite did not pass (skipped?):"; cat "${suite%.sh}.log"; exit 1
    fi
    tail -n 3 "${suite%.sh}.log"
done

echo "--- packages and the README examples against an installed library"
make install DESTDIR="$tmp/root" >/dev/null
lib=$(find "$tmp/root" -name libcsisms.so.1 | head -n 1)
[ -n "$lib" ] || { echo "FAIL: libcsisms.so.1 not installed"; exit 1; }

# The README region's code blocks, exactly as written.
region=$(sed -n '/bindings: Python and Ruby sections (begin)/,/bindings: Python and Ruby sections (end)/p' README.md)
printf '%s\n' "$region" | sed -n '/^```python$/,/^```$/{/^```/d;p}' >"$tmp/readme.py"
printf '%s\n' "$region" | sed -n '/^```ruby$/,/^```$/{/^```/d;p}' >"$tmp/readme.rb"
[ "$(wc -l <"$tmp/readme.py")" -eq 5 ] && [ "$(wc -l <"$tmp/readme.rb")" -eq 5 ] ||
    { echo "FAIL: the README examples are not five lines each"; exit 1; }
printf '7\nWITHDRAW ['"'"'7.2.1(5)'"'"'] Finance\n' >"$tmp/expected.py"
printf '7\n[:withdraw, ["7.2.1(5)"]]\nFinance\n' >"$tmp/expected.rb"

# Python: pip-install the package offline with the README's own commands
# (its indented lines that run python3 or pip; Debian's setuptools and
# wheel), into a virtual environment and into a --target directory, then
# run the example with the library found through CSISMS_LIBRARY and through
# LD_LIBRARY_PATH. A copy of the package: pip builds in place (build/,
# *.egg-info).
cp -r bindings/python "$tmp/python"
printf '%s\n' "$region" | sed -n 's/^    \(python3 -m .*\|~\/csisms-env\/bin\/pip .*\)$/\1/p' >"$tmp/install.sh"
[ "$(wc -l <"$tmp/install.sh")" -eq 3 ] || { echo "FAIL: the README's install commands:"; cat "$tmp/install.sh"; exit 1; }
# Debian's interpreter, whatever else is on PATH; scratch paths for the README's.
sed -i -e "s|^python3 |/usr/bin/python3 |" -e "s|~/csisms-env|$tmp/venv|g" -e "s|~/lib/python|$tmp/target|g" \
    -e "s|\./bindings/python|$tmp/python|g" -e "s|\(pip install\) |\1 -q |" "$tmp/install.sh"
cat "$tmp/install.sh"
PIP_ROOT_USER_ACTION=ignore sh -e "$tmp/install.sh"
(cd "$tmp" && CSISMS_LIBRARY="$lib" "$tmp/venv/bin/python" readme.py) >"$tmp/out.py"
diff -u "$tmp/expected.py" "$tmp/out.py"
(cd "$tmp" && env -u CSISMS_LIBRARY LD_LIBRARY_PATH="$(dirname "$lib")" "$tmp/venv/bin/python" readme.py) >"$tmp/out.py"
diff -u "$tmp/expected.py" "$tmp/out.py"
(cd "$tmp" && CSISMS_LIBRARY="$lib" PYTHONPATH="$tmp/target" /usr/bin/python3 -S readme.py) >"$tmp/out.py"
diff -u "$tmp/expected.py" "$tmp/out.py"
[ -f "$tmp/target/csisms/py.typed" ] || { echo "FAIL: py.typed not installed"; exit 1; }

# Ruby: build the gem, install it into a scratch GEM_HOME (ffi from Debian's
# ruby-ffi), then run the example the same two ways.
cp -r bindings/ruby "$tmp/ruby"
(cd "$tmp/ruby" && gem build -q csisms.gemspec >/dev/null)
gempath="$tmp/gems:$(ruby -e 'print Gem.path.join(":")')"
GEM_HOME="$tmp/gems" GEM_PATH="$gempath" gem install -q --local --no-document "$tmp/ruby/csisms-$(/usr/bin/python3 build-aux/csisms-iface.py version).gem" >/dev/null
(cd "$tmp" && GEM_HOME="$tmp/gems" GEM_PATH="$gempath" CSISMS_LIBRARY="$lib" ruby readme.rb) >"$tmp/out.rb"
diff -u "$tmp/expected.rb" "$tmp/out.rb"
(cd "$tmp" && env -u CSISMS_LIBRARY GEM_HOME="$tmp/gems" GEM_PATH="$gempath" LD_LIBRARY_PATH="$(dirname "$lib")" ruby readme.rb) >"$tmp/out.rb"
diff -u "$tmp/expected.rb" "$tmp/out.rb"

echo "bindings: both suites passed; packages install; README examples print what they say"
