#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI: audit-time, combined, round, and the common options. Expected values
# are worked out by hand from Appendix A and doc/rules-model.md §1.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

# 120 persons: band 86-125, 12 days; 27001 certificate from another body:
# 0.5 x 12 + 1 = 7; from 7: reduced 4.9 -> 5, on site 5.6 -> 6,
# surveillance 2.33 -> 2.5, cycle and recertification 4.67 -> 5.
run audit-time 120 --basis isms-cert --json
expect_rc 0
expect_out '{"format":"csisms/1","personnel":120,"basis":"isms-cert","band":{"lower":86,"upper":125},"isms_days":12,"initial_days":7,"min_reduced_days":5,"min_onsite_days":6,"surveillance_days":2.5,"surveillance_cycle_min_days":5,"recert_min_days":5,"clauses":{"isms_days":"Appendix A","initial_days":"Appendix A note (1)","min_reduced_days":"4.5.1.1","min_onsite_days":"4.5.1.2","surveillance_days":"5.2","surveillance_cycle_min_days":"5.2","recert_min_days":"6.2"}}'

run audit-time 120 --basis isms-cert --lang en
expect_rc 0
expect_out_has '120 effective persons (Appendix A band 86-125), basis: isms-cert'
expect_out_has '12 days  [Appendix A]'
expect_out_has '7 days  [Appendix A note (1)]'
expect_out_has '5 days  [4.5.1.1]'
expect_out_has '6 days  [4.5.1.2]'
expect_out_has '2.5 days  [5.2]'
expect_out_has '5 days  [6.2]'

run --lang zh audit-time 120 --basis=isms-cert
expect_rc 0
expect_out_has '有效人数 120'
expect_out_has '人日  [4.5.1.1]'

# 30 persons: 8.5 days; reduced 5.95 -> 6, on site 6.8 -> 7, surveillance
# 2.83 -> 3, cycle and recertification 5.67 -> 6.
run audit-time 30 --json
expect_out_has '"isms_days":8.5,"initial_days":8.5,"min_reduced_days":6,"min_onsite_days":7,"surveillance_days":3,"surveillance_cycle_min_days":6,"recert_min_days":6'
run audit-time 30 --basis combined --json
expect_out_has '"initial_days":3.5'    # 3.4 -> 3.5
run audit-time 120 --basis isms-cert-here --json
expect_out_has '"initial_days":6,'
run audit-time 120 --basis none --json
expect_out_has '"initial_days":12,'
# The last band: 3575068479-4294967295, 86 days.
run audit-time 4294967295 --json
expect_out_has '"band":{"lower":3575068479,"upper":4294967295},"isms_days":86'
run audit-time 10701 --json
expect_out_has '"band":{"lower":10701,"upper":13375},"isms_days":29'

run audit-time
expect_usage_error 'audit-time'
run audit-time 0
expect_usage_error 'PERSONNEL'
run audit-time abc
expect_usage_error 'PERSONNEL'
run audit-time -5
expect_usage_error '-5'
run audit-time 4294967296
expect_usage_error 'PERSONNEL'
run audit-time 120 --basis foo
expect_usage_error '--basis'
run audit-time 120 --basis
expect_usage_error '--basis'
run audit-time 120 130
expect_usage_error 'audit-time'

# 10.2: 12 + 8.5 = 20.5, x 0.8 = 16.4 -> 16.5.
run combined 12 8.5 --json
expect_rc 0
expect_out '{"format":"csisms/1","parts_days":[12,8.5],"min_days":16.5,"clause":"10.2"}'
run combined 12 8.5 --lang en
expect_out_has 'at least 16.5 days'
expect_out_has '[10.2]'
run combined 1 1 1 --json
expect_out_has '"min_days":2.5'        # 2.4 -> 2.5
run combined 5
expect_usage_error 'combined'
run combined 5 x
expect_usage_error 'DAYS'
run combined 5 0
expect_usage_error 'DAYS'

run round 3.4 --json
expect_rc 0
expect_out '{"format":"csisms/1","input":"3.4","days":3.5,"halfdays":7,"clause":"Appendix A notes"}'
run round 4.8 --lang en
expect_out_has '5 days'
run round 0.000001 --json
expect_out_has '"days":0.5'
run round .5
expect_usage_error 'DAYS'
run round -1
expect_usage_error '-1'
run round 99999999999
expect_usage_error 'DAYS'
run round
expect_usage_error 'round'

# Common options.
run --version
expect_rc 0
expect_out "csisms $CSISMS_PACKAGE_VERSION (libcsisms $CSISMS_PACKAGE_VERSION)"
run --help
expect_rc 0
expect_out_has 'audit-time'
expect_out_has 'checklist'
run audit-time --help
expect_rc 0
expect_out_has 'usage: csisms audit-time PERSONNEL'
run
expect_usage_error 'COMMAND'
run frobnicate
expect_usage_error 'frobnicate'
run --lang fr round 1
expect_usage_error '--lang'
run --lang
expect_usage_error '--lang'
run_env LC_ALL=zh_CN.UTF-8 round 1
expect_out_has '人日'
run_env 'LC_ALL= LC_MESSAGES= LANG=zh_CN.UTF-8' round 1
expect_out_has '人日'
run_env 'LC_ALL=C LANG=zh_CN.UTF-8' round 1
expect_out_has 'days'

finish
