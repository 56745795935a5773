#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI: cycle and due (doc/rules-model.md §2); the periods' texts are the
# rules' own (7.1.2, 9, 7.2.1(7)). Expected dates are worked out by hand:
# periods do not count their first day; months end on the corresponding day
# or the month's last day; certificate validity counts its first day.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

# ---------------------------------------------------------------- cycle
# Decision 2024-10-22: valid until the day before the third anniversary,
# 2027-10-21 (8.2); first surveillance 12 months on, 2025-10-22, no
# postponement (5.1.1); second from 2025-10-22: 2026-10-22, +3 months
# 2027-01-22; window 90 days before 2027-10-21: 21 days back to 09-30, 30 to
# 08-31, 31 to 07-31, 8 more to 2027-07-23 (6.1).
run cycle 2024-10-22 --json
expect_rc 0
expect_out '{"format":"csisms/1","decision_date":"2024-10-22","valid_until":"2027-10-21","first_surveillance_due":"2025-10-22","first_surveillance_latest":"2025-10-22","first_surveillance_postponable":false,"second_surveillance_reference":"2025-10-22","second_surveillance_due":"2026-10-22","second_surveillance_latest":"2027-01-22","recert_window_opens":"2027-07-23","recert_window_closes":"2027-10-21","suspension_max_months":6,"appeal_days":60,"correction_max_months":6,"clauses":{"valid_until":"8.2","first_surveillance":"5.1.1","second_surveillance":"5.1.1","recert_window":"6.1","suspension":"7.1.2","appeal":"9","correction":"7.2.1(7)"}}'

# The same decision written in the other two forms.
run cycle 20241022 --json
expect_out_has '"decision_date":"2024-10-22","valid_until":"2027-10-21"'
run cycle '2024年10月22日' --json
expect_out_has '"decision_date":"2024-10-22","valid_until":"2027-10-21"'
run --json cycle 2024年10月22日
expect_out_has '"recert_window_opens":"2027-07-23"'

run cycle 2024-10-22 --lang en
expect_rc 0
expect_out_has 'Certification decision on 2024-10-22'
expect_out_has 'certificate valid until (three years)            2027-10-21  [8.2]'
expect_out_has 'first surveillance due by                        2025-10-22  [5.1.1]'
expect_out_has 'cannot be postponed'
expect_out_has 'due by                                         2026-10-22  [5.1.1]'
expect_out_has 'latest if postponed (at most 3 months)         2027-01-22  [5.1.1]'
expect_out_has 'recertification window (90 days before expiry)   2027-07-23 to 2027-10-21  [6.1]'
expect_out_has 'A certificate is suspended for at most 6 months  [7.1.2]'
expect_out_has 'in writing within 60 calendar days  [9]'
expect_out_has 'it has not been made after more than 6 months  [7.2.1(7)]'
expect_out_has 'public holidays are not taken into account (art. 203)'
expect_out_lacks '证书'

run cycle 2024-10-22 --lang zh
expect_rc 0
expect_out_has '认证决定日期 2024-10-22'
expect_out_has '证书有效期至（有效期三年）'
expect_out_has '2027-10-21  [8.2]'
expect_out_has '2025-10-22  [5.1.1]'
expect_out_has '不得推迟'
expect_out_has '2027-01-22  [5.1.1]'
expect_out_has '2027-07-23 至 2027-10-21  [6.1]'
expect_out_has '认证证书暂停期最长不超过6个月  [7.1.2]'
expect_out_has '在 60 个日历日内'
expect_out_has '[7.2.1(7)]'
expect_out_has '未考虑法定节假日'
expect_out_lacks 'valid until'

# The language follows the locale variables by default.
run_env 'LANG=zh_CN.UTF-8 LC_ALL=' cycle 2024-10-22
expect_rc 0
expect_out_has '证书有效期至'

# Decision on 29 February: validity to 2027-02-28 (the anniversary of
# 29 February in a common year is 1 March); first surveillance 2025-02-28
# (no 29th); second from 2025-02-28: 2026-02-28, latest 2026-05-28; window
# 90 days before 2027-02-28: 28 back to 01-31, 31 to 12-31, 30 to 12-01, one
# more to 2026-11-30.
run cycle 2024-02-29 --json
expect_rc 0
expect_out_has '"valid_until":"2027-02-28","first_surveillance_due":"2025-02-28","first_surveillance_latest":"2025-02-28"'
expect_out_has '"second_surveillance_due":"2026-02-28","second_surveillance_latest":"2026-05-28","recert_window_opens":"2026-11-30","recert_window_closes":"2027-02-28"'

# The last decision whose cycle fits: 9997-01-01 is valid until 9999-12-31.
run cycle 9997-01-01 --json
expect_rc 0
expect_out_has '"valid_until":"9999-12-31"'
run cycle 9997-01-02
expect_usage_error 'DECISION-DATE'
expect_err_has '9999-12-31'

run cycle
expect_usage_error 'cycle'
run cycle 2024-10-22 2024-10-23
expect_usage_error 'cycle'
run cycle 2023-02-29
expect_usage_error 'DECISION-DATE'
run cycle 2024-1-5
expect_usage_error 'DECISION-DATE'
run cycle ' 2024-10-22'
expect_usage_error 'DECISION-DATE'
run cycle 2024/10/22
expect_usage_error 'DECISION-DATE'
run cycle 0000-01-01
expect_usage_error 'DECISION-DATE'
run cycle '２０２４年１月１日'
expect_usage_error 'DECISION-DATE'
run cycle 2024-10-22 --bogus
expect_usage_error '--bogus'

# ---------------------------------------------------------------- due
# 5.1.1 examples of doc/rules-model.md §2.
run due surveillance-first 2024-10-22 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"surveillance-first","date":"2024-10-22","due":"2025-10-22","latest":"2025-10-22","clause":"5.1.1"}'
run due surveillance-second 2025-09-30 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"surveillance-second","date":"2025-09-30","due":"2026-09-30","latest":"2026-12-30","clause":"5.1.1"}'
# latest counts from due: 2024-02-29 -> 2025-02-28 -> 2025-05-28.
run due surveillance-after-recert 2024-02-29 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"surveillance-after-recert","date":"2024-02-29","due":"2025-02-28","latest":"2025-05-28","clause":"5.1.1"}'
# 2023-11-30 + 12 months = 2024-11-30; + 3 months: no 30 February 2025.
run due surveillance-second 2023-11-30 --json
expect_out_has '"due":"2024-11-30","latest":"2025-02-28"'

run due surveillance-second 2025-09-30 --lang en
expect_rc 0
expect_out_has 'previous surveillance audit on 2025-09-30'
expect_out_has 'second surveillance due by                       2026-09-30  [5.1.1]'
expect_out_has 'latest if postponed (at most 3 months)           2026-12-30  [5.1.1]'
run due surveillance-first 2024-10-22 --lang en
expect_out_has 'first surveillance due by                        2025-10-22  [5.1.1]'
expect_out_has 'latest (the first cannot be postponed)           2025-10-22  [5.1.1]'
run due surveillance-first 2024-10-22 --lang zh
expect_out_has '初次认证决定日期 2024-10-22'
expect_out_has '不得推迟'
expect_out_has '2025-10-22  [5.1.1]'
run due surveillance-after-recert 2024-02-29 --lang zh
expect_out_has '2025-02-28  [5.1.1]'
expect_out_has '2025-05-28  [5.1.1]'

# 9: 60 calendar days. 2024-10-22: 9 days to 10-31, 30 to 11-30, 21 to 12-21.
run due appeal 2024-10-22 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"appeal","date":"2024-10-22","due":"2024-12-21","clause":"9"}'
# 2024-01-01: 30 days to 01-31, 29 to 02-29, 1 to 03-01 (leap year).
run due appeal 20240101 --json
expect_out_has '"due":"2024-03-01"'
# 2023-01-01: 30 + 28 to 02-28, 2 more to 03-02.
run due appeal 2023年1月1日 --json
expect_out_has '"due":"2023-03-02"'
run due appeal 2024-10-22 --lang en
expect_out_has 'appeal received on 2024-10-22'
expect_out_has '2024-12-21  [9]'
run due appeal 2024-10-22 --lang zh
expect_out_has '受理申诉日期 2024-10-22'
expect_out_has '60个日历日'
expect_out_has '2024-12-21  [9]'

# 7.1.2: 6 months; 2024-08-31 -> no 31 February 2025 -> 2025-02-28.
run due suspension 2024-08-31 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"suspension","date":"2024-08-31","ends_by":"2025-02-28","clause":"7.1.2"}'
run due suspension 2024-08-31 --lang en
expect_out_has '2025-02-28  [7.1.2]'

# 7.2.1(7): 6 months; 2023-08-31 -> 2024-02-29 (leap year).
run due correction 2023-08-31 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"correction","date":"2023-08-31","due":"2024-02-29","clause":"7.2.1(7)"}'
run due correction 2023-08-31 --lang zh
expect_out_has '要求纠正日期 2023-08-31'
expect_out_has '2024-02-29  [7.2.1(7)]'

# 6.1: 90 days before 2027-10-21 is 2027-07-23.
run due recert-window 2027-10-21 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"recert-window","date":"2027-10-21","opens":"2027-07-23","closes":"2027-10-21","clause":"6.1"}'
run due recert-window 2027-10-21 --lang en
expect_out_has '2027-07-23 to 2027-10-21  [6.1]'
run due recert-window 2027-10-21 --lang zh
expect_out_has '2027-07-23 至 2027-10-21  [6.1]'
# 0001-04-01 - 90 days = 0001-01-01 (31 + 28 + 31); a day earlier is out of range.
run due recert-window 0001-04-01 --json
expect_out_has '"opens":"0001-01-01"'
run due recert-window 0001-03-31
expect_usage_error 'DATE'

# 8.2: three years counting the first day.
run due valid-until 2024-10-22 --json
expect_rc 0
expect_out '{"format":"csisms/1","kind":"valid-until","date":"2024-10-22","valid_until":"2027-10-21","clause":"8.2"}'
run due valid-until 2024-02-29 --json
expect_out_has '"valid_until":"2027-02-28"'
run due valid-until 2023-03-01 --json
expect_out_has '"valid_until":"2026-02-28"'
run due valid-until 9997-01-01 --json
expect_out_has '"valid_until":"9999-12-31"'
run due valid-until 9997-01-02
expect_usage_error 'DATE'
expect_err_has '9999-12-31'
run due valid-until 2024-10-22 --lang en
expect_out_has 'certificate valid from 2024-10-22'
expect_out_has '2027-10-21  [8.2]'
expect_out_has 'public holidays are not taken into account'

# Ends of the range for the other kinds.
run due surveillance-second 9998-09-30 --json
expect_out_has '"due":"9999-09-30","latest":"9999-12-30"'
run due surveillance-second 9998-10-01
expect_usage_error 'DATE'
run due surveillance-first 9999-01-01
expect_usage_error 'DATE'
run due appeal 9999-11-01 --json
expect_out_has '"due":"9999-12-31"'
run due appeal 9999-11-02
expect_usage_error 'DATE'
run due suspension 9999-07-01
expect_usage_error 'DATE'
run due correction 9999-12-31
expect_usage_error 'DATE'

# Bad arguments.
run due
expect_usage_error 'due'
run due appeal
expect_usage_error 'due'
run due appeal 2024-10-22 2024-10-23
expect_usage_error 'due'
run due bogus 2024-10-22
expect_usage_error 'KIND'
run due Appeal 2024-10-22
expect_usage_error 'KIND'
run due appeal 2024-02-30
expect_usage_error 'DATE'
run due appeal 20241301
expect_usage_error 'DATE'
run due appeal 20241022x
expect_usage_error 'DATE'
run due appeal '2024年13月1日'
expect_usage_error 'DATE'
run due appeal ''
expect_usage_error 'DATE'
run due appeal 2024-10-22 --bogus
expect_usage_error '--bogus'
run due appeal 2024-10-22 --lang fr
expect_usage_error '--lang'

finish
