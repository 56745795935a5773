# SPDX-License-Identifier: MIT
# Shared helpers for the CLI tests (POSIX sh). Source it, then:
#   run ARGS...            run "$CSISMS" ARGS...; sets $out, $err, $rc
#   run_env 'VAR=V ...' ARGS...  the same, with those environment variables
#   expect_rc N            the last run exited N
#   expect_out TEXT        stdout is exactly TEXT (without the final newline)
#   expect_out_has TEXT    stdout contains TEXT (fixed string)
#   expect_out_lacks TEXT  stdout does not contain TEXT
#   expect_err_has TEXT    stderr contains TEXT
#   expect_usage_error ARG exit 2, nothing on stdout, one stderr line naming ARG
#   finish                 prints the tally and exits non-zero on any failure
# The language is fixed by the tests (LC_ALL=C) unless they pass --lang.
set -u
: "${CSISMS:?CSISMS must name the csisms binary}"
LC_ALL=C
export LC_ALL
unset LANG LC_MESSAGES 2>/dev/null || true

_pass=0
_fail=0
_tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-cli.XXXXXX")
trap 'rm -rf "$_tmp"' EXIT
_last=""

run() {
    _last="csisms $*"
    "$CSISMS" "$@" >"$_tmp/out" 2>"$_tmp/err" </dev/null
    rc=$?
    out=$(cat "$_tmp/out")
    err=$(cat "$_tmp/err")
}

run_env() {
    _vars=$1
    shift
    _last="$_vars csisms $*"
    # shellcheck disable=SC2086 # the assignments are split on purpose
    env $_vars "$CSISMS" "$@" >"$_tmp/out" 2>"$_tmp/err" </dev/null
    rc=$?
    out=$(cat "$_tmp/out")
    err=$(cat "$_tmp/err")
}

_ok() { _pass=$((_pass + 1)); }
_bad() {
    _fail=$((_fail + 1))
    printf 'FAIL: %s: %s\n' "$_last" "$1"
    printf '  stdout: %s\n' "$out" | head -20
    printf '  stderr: %s\n' "$err" | head -5
    printf '  exit:   %s\n' "$rc"
}

expect_rc() {
    if [ "$rc" -eq "$1" ]; then _ok; else _bad "expected exit $1, got $rc"; fi
}
expect_out() {
    if [ "$out" = "$1" ]; then _ok; else _bad "expected stdout: $1"; fi
}
expect_out_has() {
    case "$out" in *"$1"*) _ok ;; *) _bad "stdout lacks: $1" ;; esac
}
expect_out_lacks() {
    case "$out" in *"$1"*) _bad "stdout has: $1" ;; *) _ok ;; esac
}
expect_err_has() {
    case "$err" in *"$1"*) _ok ;; *) _bad "stderr lacks: $1" ;; esac
}
expect_usage_error() {
    expect_rc 2
    if [ -z "$out" ]; then _ok; else _bad "stdout not empty on a usage error"; fi
    if [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]; then _ok; else _bad "stderr is not one line"; fi
    expect_err_has "$1"
}

finish() {
    printf '%d passed, %d failed\n' "$_pass" "$_fail"
    [ "$_fail" -eq 0 ]
}
