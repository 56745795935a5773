# SPDX-License-Identifier: MIT
# Shared helpers for the CLI tests (POSIX sh). Source it, then:
#   run ARGS...            run "$CSISMS" ARGS...; sets $out, $err, $rc
#   run_env 'VAR=V ...' ARGS...  the same, with those environment variables
#   run_lost full|closed ARGS...   stdout on /dev/full or closed; sets $err, $rc
#   expect_rc N            the last run exited N
#   expect_out TEXT        stdout is exactly TEXT (without the final newline)
#   expect_out_has TEXT    stdout contains TEXT (fixed string)
#   expect_out_lacks TEXT  stdout does not contain TEXT
#   expect_err_has TEXT    stderr contains TEXT
#   expect_usage_error ARG exit 2, nothing on stdout, one stderr line naming ARG
#   finish                 prints the tally and exits non-zero on any failure
# The language is fixed by the tests (LC_ALL=C) unless they pass --lang.
#
# Every run is also held to the output rules of csisms(1) ("OUTPUT"), for
# the whole corpus of every CLI test, hostile inputs included:
#   - stderr is at most one line;
#   - no control character but the newline reaches stdout or stderr, so an
#     argument's ESC or newline never does (escaped, it reads \x1B, \x0A)
#     (these two byte-exact at finish, by tests/cli_strict.py);
#   - an argument containing a newline or ESC never appears verbatim;
#   - at finish, every stdout and stderr is decoded as strict UTF-8, and the
#     stdout of every run with --json is parsed as exactly one JSON object
#     (register: one a line), its stderr as nothing or one JSON object (an
#     error, register's summary), by /usr/bin/python3 (json, with
#     bytes.decode("utf-8", "strict")); each carries "format":"csisms/1" and,
#     when python3-jsonschema is installed, validates against its schema in
#     examples/schema/ (tests/cli_strict.py; tests/cli_schema.sh skips
#     without it).
set -u
: "${CSISMS:?CSISMS must name the csisms binary}"
. "${CSISMS_SRCDIR:-.}/tests/cli_program.sh"
LC_ALL=C
export LC_ALL
unset LANG LC_MESSAGES 2>/dev/null || true

_pass=0
_fail=0
_tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-cli.XXXXXX")
trap 'rm -rf "$_tmp"' EXIT
_last=""
_runs=0
mkdir "$_tmp/corpus"
_esc=$(printf '\033')
_nl='
'

# The output rules every run is held to (see above); $@ are its arguments.
# The run's stdout and stderr are already in the corpus ($_c.out, $_c.err).
# Only shell builtins here: the byte-level rules (control characters, one
# stderr line) are checked over the whole corpus at finish by cli_strict.py,
# in one process, not by a dozen processes per run.
_check_output() {
    printf '%s\n' "$_last" >"$_c.cmd"
    printf '%s\n' "$rc" >"$_c.rc"
    : >"$_c.args"
    for _arg in "$@"; do printf '%s\0' "$_arg" >>"$_c.args"; done
    for _arg in "$@"; do
        [ "$_arg" = --json ] && : >"$_c.json"
        case "$_arg" in
        *"$_nl"* | *"$_esc"*)
            case "$out$err" in *"$_arg"*) _bad "an argument with a newline or ESC is echoed raw" ;; esac ;;
        esac
    done
}

# The corpus files of the next run: $_c.out, $_c.err, ...
_next() {
    _runs=$((_runs + 1))
    _c=$_tmp/corpus/$_runs
}

run() {
    _last="csisms $*"
    _next
    "$CSISMS" "$@" >"$_c.out" 2>"$_c.err" </dev/null
    rc=$?
    out=$(cat "$_c.out")
    err=$(cat "$_c.err")
    _check_output "$@"
}

run_env() {
    _vars=$1
    shift
    _last="$_vars csisms $*"
    _next
    # shellcheck disable=SC2086 # the assignments are split on purpose
    env $_vars "$CSISMS" "$@" >"$_c.out" 2>"$_tmp/err" </dev/null
    rc=$?
    # A locale the machine lacks (LC_ALL=zh_CN.UTF-8) makes the shell
    # wrappers around the CLI (libtool's, valgrind's) warn on stderr; csisms
    # itself never calls setlocale. Those lines are the harness's, not the CLI's.
    grep -v ': warning: setlocale: ' "$_tmp/err" >"$_c.err" || true
    out=$(cat "$_c.out")
    err=$(cat "$_c.err")
    _check_output "$@"
}

# run_lost full|closed ARGS...: csisms ARGS with stdout on /dev/full or
# closed; sets $err and $rc ($out is empty: nothing could be read back).
run_lost() {
    _where=$1
    shift
    _last="csisms $* (stdout $_where)"
    if [ "$_where" = full ]; then
        "$CSISMS" "$@" >/dev/full 2>"$_tmp/err" </dev/null
    else
        "$CSISMS" "$@" >&- 2>"$_tmp/err" </dev/null
    fi
    rc=$?
    out=""
    err=$(cat "$_tmp/err")
}

# Strict UTF-8 of every output, and one JSON object on stdout of every run
# with --json (a stdout left empty by a usage error is not JSON to check).
_check_corpus() {
    _py=/usr/bin/python3
    [ -x "$_py" ] || _py=$(command -v python3 || true)
    if [ -z "$_py" ]; then
        printf 'SKIP: no python3 to check the %d outputs strictly\n' "$_runs"
        return
    fi
    _last="strict UTF-8 and JSON of $_runs runs"
    out=$("$_py" "${CSISMS_SRCDIR:-.}/tests/cli_strict.py" "$_tmp/corpus" \
        "${CSISMS_SRCDIR:-.}/examples/schema")
    rc=$?
    err=""
    if [ "$rc" -eq 0 ]; then _ok; else _bad "outputs that break the rules"; fi
    printf '%s\n' "$out" | tail -1
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
    _check_corpus
    printf '%d passed, %d failed\n' "$_pass" "$_fail"
    [ "$_fail" -eq 0 ]
}
