#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI: programme, justify, record-check. Expected values are worked out by
# hand: 120 persons are band 86-125, 12 days; a 27001 certificate from
# another body gives 0.5 x 12 + 1 = 7 days; on site 0.8 x 7 = 5.6 -> 6;
# each surveillance 7/3 = 2.33 -> 2.5 (on site 2); the cycle's surveillance
# at least 2/3 x 7 = 4.67 -> 5 days. Decided 2024-10-22: valid until
# 2027-10-21; surveillance 1 by 2025-10-22; surveillance 2 by 2026-10-22,
# postponed at most to 2027-01-22; recertification 2027-07-23 to 2027-10-21.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"
PY=/usr/bin/python3

run programme 120 --basis isms-cert --decided 2024-10-22 --lang en
expect_rc 0
expect_out_has 'Initial audit (stage 1 + stage 2)'
expect_out_has 'least total time               7 days  [Appendix A note (1)]'
expect_out_has 'least on-site time             6 days  [4.5.1.2]'
expect_out_has 'valid until                    2027-10-21  [8.2]'
expect_out_has 'last permitted day             2025-10-22  [5.1.1]'
expect_out_has 'least total time               2.5 days  [5.2]'
expect_out_has 'latest if postponed            2027-01-22  [5.1.1]'
expect_out_has 'earliest                       2027-07-23  [6.1]'
expect_out_has 'last permitted day             2027-10-21  [6.1]'

run programme 120 --basis isms-cert --decided 2024-10-22 --json
expect_rc 0
expect_out_has '{"kind":"surveillance2","earliest":"2025-10-23","last":"2026-10-22","latest":"2027-01-22","total_days":2.5,"onsite_days":2,"sample":0,"clauses":{"earliest":"5.1.1","last":"5.1.1","latest":"5.1.1","total":"5.2","onsite":"4.5.1.2","sample":null}}'
json=$out
# Round trip: parsed and written back compactly, the JSON is unchanged.
if [ -x "$PY" ]; then
    back=$(printf '%s' "$json" | "$PY" -c 'import json,sys; d=json.load(sys.stdin); print(json.dumps(d, ensure_ascii=False, separators=(",", ":")))')
    if [ "$back" = "$json" ]; then _pass=$((_pass + 1)); else _fail=$((_fail + 1)); echo "FAIL: programme --json does not round-trip: $back"; fi
fi

run programme 120 --basis isms-cert --decided 2024-10-22 --csv
expect_rc 0
expect_out_has 'kind,earliest,last,latest,total_days,onsite_days,sample,earliest_clause,last_clause,latest_clause,total_clause,onsite_clause,sample_clause'
expect_out_has 'surveillance1,2024-10-23,2025-10-22,2025-10-22,2.5,2,0,5.1.1,5.1.1,5.1.1,5.2,4.5.1.2,'
expect_out_has 'initial,,,,7,6,0,,,,Appendix A note (1),4.5.1.2,'

# iCalendar: parsed by python3-icalendar; 2 events per dated audit (window,
# last day), 1 more for the postponement, 1 for the expiry: 2+3+2+1 = 8.
SOURCE_DATE_EPOCH=1700000000
export SOURCE_DATE_EPOCH
run programme 120 --basis isms-cert --decided 2024-10-22 --ics --lang zh
expect_rc 0
expect_out_has 'DTSTAMP:20231114T221320Z'
expect_out_has 'DTSTART;VALUE=DATE:20270723'
ics=$_tmp/p.ics
"$CSISMS" programme 120 --basis isms-cert --decided 2024-10-22 --ics --lang zh >"$ics"
if [ -x "$PY" ] && "$PY" -c 'import icalendar' 2>/dev/null; then
    res=$("$PY" - "$ics" <<'PYEOF'
import sys, icalendar
raw = open(sys.argv[1], 'rb').read()
lines = raw.split(b'\r\n')
assert lines[-1] == b'' and b'\n' not in raw.replace(b'\r\n', b''), 'CRLF only'
assert all(len(l) <= 75 for l in lines), 'folded at 75 octets'
cal = icalendar.Calendar.from_ical(raw)
ev = [c for c in cal.walk('VEVENT')]
uids = {str(e['UID']) for e in ev}
assert len(uids) == len(ev)
due = sorted(str(e['DTSTART'].dt) for e in ev if str(e['UID']).endswith('-due@csisms'))
print(len(ev), ' '.join(due))
PYEOF
)
    if [ "$res" = "8 2025-10-22 2026-10-22 2027-10-21" ]; then _pass=$((_pass + 1)); else _fail=$((_fail + 1)); echo "FAIL: icalendar: $res"; fi
else
    echo "python3-icalendar not installed: iCalendar parse skipped"
fi
unset SOURCE_DATE_EPOCH

# Recertification cycle, stage 1 omitted: 2/3 x 7 = 4.67 -> 5 days.
run programme 120 --basis isms-cert --recert-of 2027-10-21 --stage1-omitted --json
expect_rc 0
expect_out_has '{"kind":"recert-start","earliest":"2027-07-23","last":"2027-10-21","latest":"2027-10-21","total_days":5,'
expect_out_has '"kind":"validity","earliest":"2027-10-22","last":"2030-10-21"'

run programme 120 --decided 2024-10-22 --planned 4
expect_usage_error --planned
run programme 120
expect_usage_error --decided
run programme 120 --decided 2024-10-22 --bogus
expect_usage_error --bogus
run programme 0 --decided 2024-10-22
expect_usage_error PERSONNEL

# Justification: table, note, on site, surveillance, cycle, recertification.
run justify 120 --basis isms-cert --lang en
expect_rc 0
expect_out_has '1. [Appendix A]'
expect_out_has '120 persons → 12 days'
expect_out_has '2. [Appendix A note (1)]'
expect_out_has '12 days → 7 days'
expect_out_has '3. [4.5.1.2]'
expect_out_has '5. [5.2] The total time of the surveillance audits'
expect_out_has '7 days → 5 days'
run justify 120 --basis isms-cert --planned 5 --combined 12 --json
expect_rc 0
expect_out_has '{"rule":6,"clause":"4.5.1.1",'
expect_out_has '"input_days":7,"input2_days":5,"result_days":5}'
expect_out_has '"input_days":5,"input2_days":12,"result_days":14}'

# Record check: 2 + 2 days of surveillance against a 7-day initial audit
# is short of 5 days (5.2); 2.5 + 2.5 is not.
run record-check 120 --basis isms-cert --decided 2024-10-22 surveillance1:2025-09-01:2 surveillance2:2026-09-01:2 --lang en
expect_rc 1
expect_out_has '[5.2] surveillance of the cycle: 4 days, less than 5 days'
run record-check 120 --basis isms-cert --decided 2024-10-22 surveillance1:2025-09-01:2.5 surveillance2:2026-09-01:2.5 --json
expect_rc 0
expect_out '{"format":"csisms/1","ok":true,"breaches":[]}'
run record-check 120 --basis isms-cert --decided 2024-10-22 surveillance1:2025-10-23:2.5:1.5 --json
expect_rc 1
expect_out '{"format":"csisms/1","ok":false,"breaches":[{"rule":20,"clause":"5.1.1","audit":"surveillance1:2025-10-23:2.5:1.5","date":"2025-10-23","limit":"2025-10-22","text":"The first surveillance audit after initial certification shall take place within 12 months of the certification decision"},{"rule":7,"clause":"4.5.1.2","audit":"surveillance1:2025-10-23:2.5:1.5","days":1.5,"required_days":2,"text":"Of the whole audit time, the on-site audit time shall be no less than 80 %"}]}'
run record-check 120 --decided 2024-10-22 surveillance1:2025-10-23
expect_usage_error AUDIT
run record-check 120 --decided 2024-10-22 validity:2025-10-23:2
expect_usage_error AUDIT
run record-check 120 --decided 2024-10-22
expect_rc 2

finish
