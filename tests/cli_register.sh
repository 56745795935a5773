#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI tests for "csisms register" (csisms(1)). The expected records of
# tests/data/*.expected are worked out by hand from the rules, for
# --today 2025-06-01 (six months after 2025-03-01 is 2025-09-01, after
# 2024-11-30 is 2025-05-30, after 2025-01-15 is 2025-07-15, after today
# 2025-12-01: PRC Civil Code arts. 201-202). They avoid the cases whose
# verdict changes in 1.1 (overdue surveillance, periods ending after expiry).
# tests/register_project.py reads the output (CSV or JSON Lines), checks
# its form and keeps the columns the expected files hold, so the same
# expected file checks both output formats. Rows out = rows in everywhere.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

data="${CSISMS_SRCDIR:-.}/tests/data"
py=/usr/bin/python3
[ -x "$py" ] || { echo "$py not found: skipped"; exit 77; }

# project FORMAT: stdout of the last run, projected; compared with FILE.
expect_records() {
    if printf '%s\n' "$out" | "$py" "${CSISMS_SRCDIR:-.}/tests/register_project.py" "$1" \
        >"$_tmp/projected" 2>"$_tmp/project.err" && cmp -s "$2" "$_tmp/projected"; then
        _ok
    else
        _bad "records differ from $2: $(cat "$_tmp/project.err"; diff "$2" "$_tmp/projected" | head -20)"
    fi
}

# sweep FILE EXPECTED RC [OPTIONS...]: CSV and JSON Lines output both match.
# The summary of the CSV run is in $sweep_err, that of the JSON run
# (a JSON object) in $err.
sweep() {
    file=$1 expected=$2 want=$3
    shift 3
    run register "$file" --today 2025-06-01 --lang en "$@"
    expect_rc "$want"
    expect_records csv "$expected"
    sweep_err=$err
    run register "$file" --today 2025-06-01 --lang en --json "$@"
    expect_rc "$want"
    expect_records jsonl "$expected"
}

# --- the four handmade registers --------------------------------------------
# UTF-8 with BOM, CRLF, quoted commas, quotes and a line break in a cell;
# exit 1: certificates need action, no bad row.
sweep "$data/register-excel.csv" "$data/register-excel.expected" 1
# expect_summary TEXT JSON: the summaries of the last sweep, as text and as JSON.
expect_summary() {
    case "$sweep_err" in *"$1"*) _ok ;; *) _bad "summary lacks: $1 ($sweep_err)" ;; esac
    expect_err_has "$2"
}
expect_summary "csisms register: 10 rows: 4 maintain, 2 suspend, 1 reinstate, 2 withdraw, 1 expire, 0 errors" \
    '{"format":"csisms/1","summary":{"command":"register","rows":10,"maintain":4,"suspend":2,"reinstate":1,"withdraw":2,"expire":1,"errors":0,"replaced_bytes":0,"header_error":null}}'

# GBK with Chinese headers: detected, or named (GBK, GB18030).
sweep "$data/register-gbk.csv" "$data/register-gbk.expected" 1
sweep "$data/register-gbk.csv" "$data/register-gbk.expected" 1 --encoding GBK
sweep "$data/register-gbk.csv" "$data/register-gbk.expected" 1 --encoding gb18030
# JSON Lines (format from the file name, or from the first byte on stdin).
sweep "$data/register.jsonl" "$data/register-jsonl.expected" 4
expect_summary "9 rows: 1 maintain, 1 suspend, 1 reinstate, 1 withdraw, 1 expire, 4 errors" \
    '"rows":9,"maintain":1,"suspend":1,"reinstate":1,"withdraw":1,"expire":1,"errors":4,'

_last="csisms register - < register.jsonl"
out=$("$CSISMS" register - --today 2025-06-01 <"$data/register.jsonl" 2>/dev/null); rc=$?
expect_rc 4
expect_records csv "$data/register-jsonl.expected"
# One bad row of every kind, and a good one: exit 4.
sweep "$data/register-bad.csv" "$data/register-bad.expected" 4 --encoding utf-8
expect_summary "17 rows: 1 maintain, 0 suspend, 0 reinstate, 0 withdraw, 0 expire, 16 errors" \
    '"rows":17,"maintain":1,"suspend":0,"reinstate":0,"withdraw":0,"expire":0,"errors":16,'

# Read from standard input, the same records.
_last="csisms register - < register-excel.csv"
out=$("$CSISMS" register - --today 2025-06-01 <"$data/register-excel.csv" 2>/dev/null); rc=$?
expect_rc 1
expect_records csv "$data/register-excel.expected"

# --- empty and header-only: no record in, none out --------------------------
header='line,certificate,uscc,organisation,action,action_name,reasons,reason_texts,duties,duty_texts,deadline,next_review,error_column,error'
for f in register-empty.csv register-header.csv; do
    run register "$data/$f" --today 2025-06-01
    expect_rc 0
    expect_out "$(printf '%s\r' "$header")"
    expect_err_has "csisms register: 0 rows: 0 maintain"
    run register "$data/$f" --today 2025-06-01 --json
    expect_rc 0
    expect_out ""
    expect_err_has '"summary":{"command":"register","rows":0,'

done

# --- small registers written here ------------------------------------------
reg="$_tmp/reg.csv"
# all maintained: exit 0
printf 'valid_until\n2027-01-01\n2027/1/1\n' >"$reg"
run register "$reg" --today 2025-06-01 --json
expect_rc 0
expect_out '{"format":"csisms/1","line":2,"certificate":null,"uscc":null,"organisation":null,"action":"maintain","action_name":"Maintain","reasons":[],"duties":[],"deadline":null,"next_review":"2027-01-02","error":null}
{"format":"csisms/1","line":3,"certificate":null,"uscc":null,"organisation":null,"action":"maintain","action_name":"Maintain","reasons":[],"duties":[],"deadline":null,"next_review":"2027-01-02","error":null}'
# Chinese output names
run register "$reg" --today 2025-06-01 --lang zh
expect_out_has ',maintain,保持,'
# old Mac line ends (CR) and empty lines count as lines, are no records
printf 'certificate,valid_until\r\rA,2027-01-01\rB,2027-01-01\r' >"$reg"
run register "$reg" --today 2025-06-01
expect_rc 0
expect_out_has "$(printf '\r\n3,A,')"
expect_out_has "$(printf '\r\n4,B,')"
# no valid-until column: every row is an error naming the header, exit 4
printf 'certificate,foo\nA,1\nB,2\n' >"$reg"
run register "$reg" --today 2025-06-01 --json
expect_rc 4
expect_out_has '{"format":"csisms/1","line":2,"certificate":"A",'
expect_out_has '{"format":"csisms/1","line":3,"certificate":"B",'
expect_out_has '"error":{"column":"","message":"no valid-until column'
expect_err_has '"header_error":"no valid-until column'
run register "$reg" --today 2025-06-01
expect_rc 4
expect_err_has "; header: no valid-until column"
# two columns for one field
printf 'valid_until,有效期至\n2027-01-01,2027-01-01\n' >"$reg"
run register "$reg" --today 2025-06-01
expect_rc 4
expect_out_has "columns 'valid_until' and '有效期至' both give valid_until"
# --column maps any header
printf 'Cert,Ablauf\nX,2027-01-01\n' >"$reg"
run register "$reg" --today 2025-06-01 --column certificate=Cert --column valid_until=Ablauf --json
expect_rc 0
expect_out_has '"line":2,"certificate":"X"'
expect_out_has '"next_review":"2027-01-02"'
run register "$reg" --today 2025-06-01 --column valid_until=Nope
expect_rc 4
expect_out_has "--column valid_until=Nope: the header has no such column"
# a field longer than 1 MiB: that record is an error, the next is swept
awk 'BEGIN { printf "certificate,valid_until\n"; s = "x"; while (length(s) < 1100000) s = s s; printf "%s,2027-01-01\nB,2027-01-01\n", s }' >"$reg"
run register "$reg" --today 2025-06-01 --json
expect_rc 4
expect_out_has '"line":2,'
expect_out_has 'record longer than 1048576 bytes'
expect_out_has '{"format":"csisms/1","line":3,"certificate":"B",'
# the same in JSON Lines
awk 'BEGIN { s = "x"; while (length(s) < 1100000) s = s s; printf "{\"certificate\":\"%s\"}\n{\"certificate\":\"B\",\"valid_until\":\"2027-01-01\"}\n", s }' >"$_tmp/long.jsonl"
run register "$_tmp/long.jsonl" --today 2025-06-01 --json
expect_rc 4
expect_out_has '{"format":"csisms/1","line":1,'
expect_out_has 'line longer than 1048576 bytes'
expect_out_has '{"format":"csisms/1","line":2,"certificate":"B",'
# bytes that are no GB18030 character become U+FFFD, counted
printf 'certificate,valid_until\n\377\377A,2027-01-01\n' >"$reg"
run register "$reg" --today 2025-06-01
expect_rc 0
expect_out_has "$(printf '2,\357\277\275\357\277\275A,')"
expect_err_has "2 bytes not in the encoding replaced by U+FFFD"
# the system date by default: the record is swept
printf 'valid_until\n9998-12-31\n' >"$reg"
run register "$reg"
expect_rc 0
expect_out_has ',maintain,Maintain,'

# --- the calendar -----------------------------------------------------------
run register "$data/register-excel.csv" --today 2025-06-01 --ics "$_tmp/r.ics"
expect_rc 1
_last="calendar of register-excel.csv"
if "$py" - "$_tmp/r.ics" >"$_tmp/ics.out" 2>&1 <<'PY'
import re, sys
data = open(sys.argv[1], "rb").read()
assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), data[:40]
assert data.endswith(b"END:VCALENDAR\r\n")
for line in data.split(b"\r\n"):
    assert len(line) <= 75, line          # folded at 75 octets
    line.decode("utf-8")                  # never inside a character
text = data.decode("utf-8").replace("\r\n ", "")
events = re.findall(r"BEGIN:VEVENT\r\n(.*?)END:VEVENT", text, re.S)
got = sorted((re.search(r"SUMMARY:(\S+)", e).group(1), re.search(r"DTSTART;VALUE=DATE:(\d+)", e).group(1))
             for e in events)
# worked by hand: the deadlines on or after 2025-06-01 of the certificates
# maintained, suspended or reinstated
want = sorted([("C-001", "20251022"), ("C-001", "20271021"), ("C-002", "20250901"), ("C-002", "20260630"),
               ("C-003", "20260115"), ("C-006", "20251201"), ("C-006", "20270101"), ("C-008", "20250715"),
               ("C-008", "20271231"), ("C-009", "20250601"), ("C-009", "20261231"), ("C-010", "20260301")])
assert got == want, got
assert len(set(re.findall(r"UID:(\S+)", text))) == 12
try:
    import icalendar
    cal = icalendar.Calendar.from_ical(data)
    assert len(cal.walk("VEVENT")) == 12
except ImportError:
    pass
PY
then _ok; else _bad "$(cat "$_tmp/ics.out")"; fi

# --- usage errors: exit 2, one line, nothing on stdout ----------------------
run register "$data/register-excel.csv" --today 2025-06-01 --column nope=X
expect_usage_error "--column"
run register "$data/register-excel.csv" --today 2025-06-01 --column valid_until
expect_usage_error "--column"
run register "$data/register-excel.csv" --today 2025-06-01 --encoding NO-SUCH-CHARSET
expect_usage_error "--encoding"
run register "$data/register-excel.csv" --today 2025-06-01 --format xml
expect_usage_error "--format"
run register "$data/register-excel.csv" --today 2025-13-01
expect_usage_error "--today"
run register "$data/register-excel.csv" --today 2025-06-01 --bogus
expect_usage_error "--bogus"
run register "$data/register-excel.csv" "$data/register-gbk.csv" --today 2025-06-01
expect_usage_error "unexpected argument"
run register "$_tmp/no-such-file.csv" --today 2025-06-01
expect_usage_error "no-such-file.csv"
run register "$data/register-excel.csv" --today 2025-06-01 --ics "$_tmp/no/such/dir.ics"
expect_usage_error "--ics"
# a full disk: exit 3, the output could not be written (csisms(1))
if [ -w /dev/full ]; then
    _last="csisms register >/dev/full"
    "$CSISMS" register "$data/register-excel.csv" --today 2025-06-01 >/dev/full 2>"$_tmp/err"; rc=$?
    err=$(cat "$_tmp/err"); out=""
    expect_rc 3
    expect_err_has "stdout: the output could not be written"
fi

finish
