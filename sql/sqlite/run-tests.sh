#!/bin/sh
# The SQLite extension under the sqlite3 shell: test.sql against the
# hand-worked test.expected, the worked example of README.md as written,
# then every error case below (each must fail with a message naming the
# function and the argument). Run by make check;
# skipped (77) when configure found no sqlite3ext.h or shell.
# Environment (sql/sql.am): CSISMS_SQLITE3, CSISMS_SQLITE_MODULE,
# CSISMS_LIBDIR_UNINSTALLED, CSISMS_SRCDIR.
set -u
if [ -z "${CSISMS_SQLITE3:-}" ]; then
    echo "skipped: no SQLite extension or sqlite3 shell (configure)"
    exit 77
fi
dir="$CSISMS_SRCDIR/sql/sqlite"
LD_LIBRARY_PATH="$CSISMS_LIBDIR_UNINSTALLED${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-sqlite.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

run() { # SQL... : one shell, the module loaded, each argument a command
    "$CSISMS_SQLITE3" -batch :memory: ".load $CSISMS_SQLITE_MODULE" "$@"
}

# 1. the hand-worked values
{ echo ".load $CSISMS_SQLITE_MODULE"; cat "$dir/test.sql"; } |
    "$CSISMS_SQLITE3" -batch -bail :memory: >"$tmp/out" 2>&1
if diff -u "$dir/test.expected" "$tmp/out"; then
    echo "PASS: test.sql ($(wc -l <"$tmp/out") lines as expected)"
else
    echo "FAIL: test.sql"; fail=1
fi

# 2. the worked example of README.md, as written: its sql block, then its
# output block (trailing blanks aside)
readme="$dir/README.md"
sed -n '/sqlite: example (begin)/,/sqlite: example (end)/p' "$readme" |
    awk '/^```sql$/ { b = 1; next } /^```$/ { if (b == 1) b = 2; else if (b == 2) b = 3; else b = 4; next }
         b == 1 { print > "'"$tmp/example.sql"'" } b == 3 { print > "'"$tmp/example.want"'" }'
if [ -s "$tmp/example.sql" ] && [ -s "$tmp/example.want" ]; then
    "$CSISMS_SQLITE3" -batch -cmd ".load $CSISMS_SQLITE_MODULE" :memory: <"$tmp/example.sql" 2>&1 |
        sed 's/ *$//' >"$tmp/example.got"
    if diff -u "$tmp/example.want" "$tmp/example.got"; then
        echo "PASS: the README example ($(wc -l <"$tmp/example.got") lines as written)"
    else
        echo "FAIL: the README example"; fail=1
    fi
else
    echo "FAIL: no example in $readme"; fail=1
fi

# 3. errors: SQL, then a fragment the message must contain
n=0
while IFS='|' read -r sql want; do
    [ -n "$sql" ] || continue
    n=$((n + 1))
    out=$(run "$sql" 2>&1)
    rc=$?
    case "$out" in
    *"$want"*) [ "$rc" -ne 0 ] && [ "$rc" -lt 128 ] && continue ;;
    esac
    echo "FAIL: $sql: rc $rc, got: $out (wanted: $want)"
    fail=1
done <<'EOF_CASES'
SELECT csisms_isms_audit_days(0)|csisms_isms_audit_days: argument personnel = 0: must be 1 ... 4294967295
SELECT csisms_audit_days(4294967296)|argument personnel = 4294967296
SELECT csisms_audit_days('many')|argument personnel = many: must be an integer
SELECT csisms_audit_days(120, 'isms_cert')|argument basis = isms_cert: must be none, isms-cert, isms-cert-here or combined
SELECT csisms_initial_audit_days(0, 'none')|argument isms_days = 0: must be more than 0 days
SELECT csisms_min_onsite_days(-1)|csisms_min_onsite_days: argument days = -1
SELECT csisms_min_onsite_days('-1')|argument days = -1: must be a number of days
SELECT csisms_min_onsite_days(1e300)|argument days = 1.0e+300
SELECT csisms_min_onsite_days(1e999)|argument days = Inf: must be 0 ... 1073741823.5 days
SELECT csisms_min_onsite_days(x'00')|argument days = (blob)
SELECT csisms_round_up_half('1e5')|argument days = 1e5
SELECT csisms_combined_min_days(5)|argument days = 1: must be 2 ... 64 audit times
SELECT csisms_combined_min_days(5, 0)|argument days = 0: must be more than 0 days
SELECT csisms_combined_min_days(1000000000, 1000000000)|the sum is too large
SELECT csisms_certificate_valid_until('9997-01-02')|argument valid_from = 9997-01-02: result out of range
SELECT csisms_certificate_valid_until('2024-1-5')|argument valid_from = 2024-1-5: must be a date
SELECT csisms_certificate_valid_until(20241022)|argument valid_from = 20241022: must be text
SELECT csisms_appeal_due('10000-01-01')|argument received = 10000-01-01
SELECT csisms_date_add_days('9999-12-31', 1)|argument days = 1: the result is outside
SELECT csisms_date_add_months('2024-01-31', 9999999999)|argument months = 9999999999
SELECT csisms_surveillance_due('third', '2024-10-22')|argument kind = third: must be first, second or after-recert
SELECT csisms_recert_valid_until('9999-12-31', '9999-01-01')|argument old_valid_until = 9999-12-31
SELECT csisms_scope_lookup('1.2.3.4')|argument code = 1.2.3.4: must be 1 to 3
SELECT * FROM csisms_scope_find('')|csisms_scope_find: argument text = : must be non-empty
SELECT * FROM csisms_audit_time(0)|csisms_audit_time: argument personnel = 0
SELECT * FROM csisms_audit_time(10, 'xyz')|argument basis = xyz
SELECT csisms_evaluate('2025-01-01')|takes 2 ... 8 arguments
SELECT csisms_evaluate('2025-01-01', '9999-12-31')|argument valid_until = 9999-12-31: must be 9998-12-31 or earlier
SELECT csisms_evaluate('2025-01-01', '2027-10-21', '2025-02-01')|argument suspended_on = 2025-02-01: must not be after today
SELECT csisms_evaluate('2025-01-01', '2027-10-21', NULL, NULL, '2025-02-01')|argument correction_requested = 2025-02-01
SELECT csisms_evaluate('2025-01-01', '2027-10-21', NULL, NULL, NULL, 2)|argument suspension_resolved = 2: must be 0 ... 1
SELECT csisms_evaluate('2025-01-01', '2027-10-21', NULL, NULL, NULL, 0, 0, '["5.1.2"]')|argument grounds = 5.1.2: is derived from the dates
SELECT csisms_evaluate('2025-01-01', '2027-10-21', NULL, NULL, NULL, 0, 0, '[7.1.1(1),]')|argument grounds = [7.1.1(1),]: has an empty item
SELECT csisms_evaluate('2025-01-01', '2027-10-21', NULL, NULL, NULL, 0, 0, '["7.1.1(1)"')|must be a JSON array or a comma-separated list
SELECT csisms_reason_text('7.3')|argument clause = 7.3
SELECT csisms_reason_text('8.2', 'fr')|argument lang = fr: must be zh or en
SELECT csisms_action_name('revoke')|argument action = revoke
SELECT csisms_duty_text('advertise')|argument duty = advertise
SELECT csisms_checklist_eval(17, '[]')|argument list = 17: must be 1 ... 16
SELECT csisms_checklist_eval(2, '[7]')|argument present = 7: must be an item number of the list
SELECT csisms_checklist_eval(2, '[1]', '[1]')|argument not_applicable = [1]: only the list's conditional items
SELECT csisms_sample_sites(0)|argument sites = 0
SELECT csisms_sample_sites(5, 'annual')|argument audit = annual: must be initial, surveillance or recert
SELECT csisms_evaluate('2025-01-01', '2027-10-21', NULL, NULL, NULL, 0, 0, '7.1.1(7)')|must be a ground of 7.1.1 or 7.2.1, like 7.1.1(3) or 7.2.1(5)
SELECT csisms_reason_text('7.3')|must be the clause of a reason, like 7.1.1(3), 5.1.2 or 8.2
SELECT * FROM csisms_programme(0, 'initial', '2024-10-22')|csisms_programme: argument personnel = 0: must be 1 ... 4294967295
SELECT * FROM csisms_programme(120, 'renewal', '2024-10-22')|csisms_programme: argument cycle = renewal: must be initial or recert
SELECT * FROM csisms_programme(120, 'initial', '2024-13-01')|argument reference = 2024-13-01: must be a date
SELECT * FROM csisms_programme(120, 'initial', '9999-01-01')|argument reference = 9999-01-01: must be 9998-12-31 or earlier
SELECT * FROM csisms_programme(120, 'initial', '9998-12-31')|argument reference = 9998-12-31: the cycle does not end by 9999-12-31
SELECT * FROM csisms_programme(120, 'recert', '2024-10-22', 'iso')|argument basis = iso: must be none, isms-cert, isms-cert-here or combined
SELECT * FROM csisms_programme(120, 'initial', '2024-10-22', 'none', -1)|argument combined = -1: must be 0 ... 1073741823.5 days
SELECT * FROM csisms_programme(120, 'initial', '2024-10-22', 'none', NULL, 0)|argument planned = 0: must be more than 0 days
SELECT * FROM csisms_programme(120, 'initial', '2024-10-22', 'isms-cert', NULL, 4.5)|argument planned = 4.5: below the least time after a reduction, 5 days [4.5.1.1]
SELECT * FROM csisms_programme(120, 'initial', '2024-10-22', 'none', NULL, NULL, -1)|argument sites = -1: must be 0 ... 4294967295
SELECT * FROM csisms_programme(120, 'initial', '2024-10-22', 'none', NULL, NULL, NULL, 2)|argument stage1_omitted = 2: must be 0 ... 1
SELECT * FROM csisms_programme(120, 'initial', '2024-10-22', 'none', NULL, NULL, NULL, 0, '2024-10-23')|argument operating_since = 2024-10-23: must not be after reference
SELECT * FROM csisms_justify(1, 'none', 1073741823.5, 1073741823.5)|csisms_justify: argument combined = 1073741823.5: the combined audit's time is too large [10.2]
SELECT * FROM csisms_justify('x')|csisms_justify: argument personnel = x: must be an integer
EOF_CASES
echo "errors: $n cases"

# 4. NULL in, NULL out
got=$(run "SELECT quote(csisms_audit_days(NULL)) || quote(csisms_appeal_due(NULL)) || quote(csisms_uscc_valid(NULL)) || (SELECT count(*) FROM csisms_audit_time(NULL))" 2>&1)
[ "$got" = "NULLNULLNULL0" ] || { echo "FAIL: NULL arguments: $got"; fail=1; }
# ... no rows from a table-valued function whose required argument is NULL;
# an optional one NULL takes its default (basis none: 12 days for 120 persons)
got=$(run "SELECT (SELECT count(*) FROM csisms_programme(NULL, 'initial', '2024-10-22')) || (SELECT count(*) FROM csisms_programme(120, 'initial', NULL)) || (SELECT count(*) FROM csisms_justify(NULL)) || ' ' || (SELECT total_days FROM csisms_programme(120, 'initial', '2024-10-22', NULL, NULL, NULL, NULL, NULL, NULL) WHERE ord = 1)" 2>&1)
[ "$got" = "000 12" ] || { echo "FAIL: NULL arguments of the programme: $got"; fail=1; }

[ "$fail" -eq 0 ] && echo "PASS: SQLite extension"
exit "$fail"
