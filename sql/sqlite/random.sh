#!/bin/sh
# Random values (extremes, wrong types, NULL, blobs, long and odd text) into
# every function and table-valued function of the SQLite extension, 4000
# calls in one sqlite3 process (fixed seed: reproducible). Every call must
# return or fail with the extension's own message ("csisms_NAME: argument
# ..."); the shell must survive to the end. Skipped (77) like run-tests.sh.
set -u
if [ -z "${CSISMS_SQLITE3:-}" ]; then
    echo "skipped: no SQLite extension or sqlite3 shell (configure)"
    exit 77
fi
LD_LIBRARY_PATH="$CSISMS_LIBDIR_UNINSTALLED${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-sqlite.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

awk -v seed="${CSISMS_RANDOM_SEED:-20251202}" -v calls=4000 '
function pick(n) { return int(rand() * n) + 1 }
function any_value(   k, s, i) {
    k = pick(12)
    if (k == 1) return "NULL"
    if (k == 2) return "x'\''00ff'\''"
    if (k == 3) { split("0 1 -1 2147483647 -2147483648 4294967295 4294967296 9223372036854775807 -9223372036854775808 10700 10701 16", a, " "); return a[pick(12)] }
    if (k == 4) { split("0.0 0.5 8.5 3.4 -0.5 1e308 -1e308 1e999 -1e999 1073741823.5 1073741824.0 2.5e-300", a, " "); return a[pick(12)] }
    if (k == 5) return int(rand() * 200)
    if (k == 6) return sprintf("%.3f", rand() * 100)
    if (k == 7) { split("none isms-cert combined zh en first second after-recert initial recert suspend publish 7.1.1(5) 7.2.1(8) 5.1.2 8.2 03.01 ４．１３．１ 91350100M000100Y43 银行 all", a, " "); return "'\''" a[pick(23)] "'\''" }
    if (k == 8) return sprintf("'\''%04d-%02d-%02d'\''", pick(10000) - 1, pick(13) - 1, pick(32) - 1)
    if (k == 9) { split("0001-01-01 9999-12-31 9998-12-31 2024-02-29 2023-02-29 20241022 2024年10月22日 2024-1-5 -2024-01-01 0000-02-29", a, " "); return "'\''" a[pick(10)] "'\''" }
    if (k == 10) { s = ""; for (i = 0; i < pick(40); i++) s = s sprintf("%c", 32 + int(rand() * 95)); gsub(/'\''/, "'\'''\''", s); return "'\''" s "'\''" }
    if (k == 11) { split("[] [1,2,3] [0] [99] 1,2 [\"7.1.1(1)\"] [\"7.1.1(1)\",] [ 7.2.1(5) ] , [[1]] \"x\"", a, " "); return "'\''" a[pick(12)] "'\''" }
    return "zeroblob(" int(rand() * 100) ")"
}
BEGIN {
    srand(seed)
    n = split("csisms_isms_audit_days:1 csisms_audit_days:1 csisms_audit_days:2 csisms_initial_audit_days:2 " \
              "csisms_min_reduced_days:1 csisms_min_onsite_days:1 csisms_surveillance_days:1 " \
              "csisms_surveillance_cycle_min_days:1 csisms_recert_min_days:1 csisms_combined_min_days:2 " \
              "csisms_combined_min_days:3 csisms_combined_min_days:1 csisms_round_up_half:1 csisms_date_parse:1 " \
              "csisms_date_add_days:2 csisms_date_add_months:2 csisms_date_diff_days:2 csisms_surveillance_due:2 " \
              "csisms_certificate_valid_until:1 csisms_recert_valid_until:2 csisms_recert_window_opens:1 " \
              "csisms_suspension_ends_by:1 csisms_appeal_due:1 csisms_correction_due:1 csisms_scope_lookup:1 " \
              "csisms_evaluate:2 csisms_evaluate:3 csisms_evaluate:5 csisms_evaluate:8 csisms_evaluate:1 " \
              "csisms_reason_text:1 csisms_reason_text:2 csisms_action_name:2 csisms_duty_text:2 " \
              "csisms_duty_clause:1 csisms_checklist_eval:2 csisms_checklist_eval:3 csisms_uscc_valid:1 " \
              "csisms_sample_sites:1 csisms_sample_sites:2 " \
              "T:csisms_audit_time:1 T:csisms_audit_time:2 T:csisms_scope_find:1 " \
              "T:csisms_programme:3 T:csisms_programme:4 T:csisms_programme:6 T:csisms_programme:9 " \
              "P:csisms_programme:3 P:csisms_programme:9 " \
              "T:csisms_justify:1 T:csisms_justify:3 T:csisms_justify:5", fns, " ")
    for (c = 0; c < calls; c++) {
        split(fns[pick(n)], f, ":")
        table = (f[1] == "T" || f[1] == "P")
        name = table ? f[2] : f[1]; argc = table ? f[3] : f[2]
        args = ""
        for (i = 0; i < argc; i++) args = args (i ? ", " : "") any_value()
        # P: a programme of plausible facts (valid head count, cycle and
        # date; the optional arguments random), so that some come back
        if (f[1] == "P") {
            args = pick(20000) ", '\''" (pick(2) == 1 ? "initial" : "recert") "'\'', " \
                   sprintf("'\''%04d-%02d-%02d'\''", 1900 + pick(200), pick(12), pick(28))
            for (i = 3; i < argc; i++) args = args ", " any_value()
        }
        if (table) printf "SELECT count(*) FROM %s(%s);\n", name, args
        else printf "SELECT typeof(%s(%s));\n", name, args
    }
    print "SELECT count(*) FROM csisms_scope, csisms_checklist, csisms_rule;"
    print "SELECT '\''alive'\'';"
}' >"$tmp/calls.sql"

"$CSISMS_SQLITE3" -batch -cmd ".load $CSISMS_SQLITE_MODULE" :memory: <"$tmp/calls.sql" >"$tmp/out" 2>"$tmp/err"
rc=$?
fail=0
[ "$rc" -lt 128 ] || { echo "FAIL: sqlite3 died (status $rc)"; fail=1; }
[ "$(tail -n 1 "$tmp/out")" = alive ] || { echo "FAIL: the shell did not reach the end"; fail=1; }
errors=$(grep -c . "$tmp/err")
# Every error is the extension's (the shell prefixes "Runtime error near line N: ").
if grep -v 'csisms_[a-z_]*: argument [a-z_()]* = ' "$tmp/err" >"$tmp/other"; then
    echo "FAIL: errors not from the extension:"; head -20 "$tmp/other"; fail=1
fi
ok=$(grep -c -E '^(integer|real|text|null|[0-9]+)$' "$tmp/out")
echo "random: 4000 calls, $ok answered, $errors rejected with the extension's message"
if [ "$ok" -le 500 ] || [ "$errors" -le 500 ]; then
    echo "FAIL: too few of either (a broken generator?)"; fail=1
fi
[ "$fail" -eq 0 ] && echo "PASS: SQLite random values"
exit "$fail"
