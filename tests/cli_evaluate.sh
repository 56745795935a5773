#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI tests for "csisms evaluate" (doc/rules-model.md §4, §7). Expected outputs are worked
# out by hand: six months after 2025-06-01 is 2025-12-01 (PRC Civil Code
# arts. 201-202), so that day the suspension still holds and the next day
# 7.2.1(5) calls for withdrawal.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

nl='
'

# --- the examples ---------------------------------------------------
# 2025-12-02: the suspension of 2025-06-01 ran out on 2025-12-01 → withdraw.
run evaluate --today 2025-12-02 --valid-until 2027-10-21 --suspended-on 2025-06-01
expect_rc 0
expect_out "Verdict: Withdraw
Reasons:
  7.2.1(5)  The period of suspension of the certificate has ended but the problem that caused the suspension has not been resolved or corrected (including administrative licences, qualification certificates, compulsory certification certificates and the like that have expired and whose renewal has not been approved)
Duties:
  7.3       CTC notifies the certified organisation to return the withdrawn certificate and certification marks, which may no longer be used
  7.3       Publish or announce the withdrawal decision on CTC's website
  7.4       CTC reports the suspension or withdrawal of the certificate to the CNCA following the prescribed procedures and requirements
Suspension deadline: -
Next review: -"

# 2025-12-01: last day of the suspension; review the next day.
run evaluate --today 2025-12-01 --valid-until 2027-10-21 --suspended-on 2025-06-01 --lang zh
expect_rc 0
expect_out "结论：暂停
理由：无
义务：
  7.1.2     在暂停期间客户不能使用认证证书进行广告和宣传活动
  7.4       中诚认证暂停及撤销认证证书的消息将按规定程序和要求报国家认监委
暂停期限：2025-12-01
下次复核：2025-12-02"

run evaluate --today 2025-12-01 --valid-until 2027-10-21 --suspended-on 2025-06-01 --json
expect_rc 0
expect_out '{"format":"csisms/1","action":"suspend","action_name":"Suspend","reasons":[],"duties":[{"clause":"7.1.2","text":"During the suspension the client may not use the certificate for advertising and promotion"},{"clause":"7.4","text":"CTC reports the suspension or withdrawal of the certificate to the CNCA following the prescribed procedures and requirements"}],"deadline":"2025-12-01","next_review":"2025-12-02"}'

run evaluate --today 2025-12-02 --valid-until 2027-10-21 --suspended-on 2025-06-01 --json --lang zh
expect_rc 0
expect_out '{"format":"csisms/1","action":"withdraw","action_name":"撤销","reasons":[{"clause":"7.2.1(5)","text":"暂停认证证书的期限已满但导致暂停的问题未得到解决或纠正的（包括持有的行政许可证明、资质证书、强制性认证证书等已经过期失效但申请未获批准）"}],"duties":[{"clause":"7.3","text":"中诚认证通知获证组织返还被撤销的证书及认证标志，不得继续使用证书及认证标志"},{"clause":"7.3","text":"在中诚认证网站上公布或声明撤销决定"},{"clause":"7.4","text":"中诚认证暂停及撤销认证证书的消息将按规定程序和要求报国家认监委"}],"deadline":null,"next_review":null}'

# the other date spellings give the same verdict
run evaluate --today 20251201 --valid-until '2027年10月21日' --suspended-on=2025年6月1日 --json
expect_rc 0
expect_out_has '"action":"suspend"'
expect_out_has '"deadline":"2025-12-01","next_review":"2025-12-02"'

# --- nothing holds: maintain until the day after valid_until ---------------
run evaluate --today 2025-03-10 --valid-until 2027-10-21
expect_rc 0
expect_out "Verdict: Maintain
Reasons: none
Duties: none
Suspension deadline: -
Next review: 2027-10-22"

run evaluate --today 2025-03-10 --valid-until 2027-10-21 --lang zh
expect_out "结论：保持
理由：无
义务：无
暂停期限：-
下次复核：2027-10-22"

run evaluate --today 2025-03-10 --valid-until 2027-10-21 --json
expect_out '{"format":"csisms/1","action":"maintain","action_name":"Maintain","reasons":[],"duties":[],"deadline":null,"next_review":"2027-10-22"}'

# --- grounds ----------------------------------------------------------------
# 7.1.1(3) on 2025-03-10: suspend until 2025-09-10, review 2025-09-11.
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground '7.1.1(3)' --lang zh
expect_rc 0
expect_out "结论：暂停
理由：
  7.1.1(3)  被有关执法监管部门责令停业整顿的
义务：
  7.1.2     在暂停期间客户不能使用认证证书进行广告和宣传活动
  7.4       中诚认证暂停及撤销认证证书的消息将按规定程序和要求报国家认监委
暂停期限：2025-09-10
下次复核：2025-09-11"

# "--ground=CLAUSE" too; several grounds in bit order; withdraw wins.
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground='7.2.1(8)' --ground '7.1.1(5)' --json
expect_rc 0
expect_out '{"format":"csisms/1","action":"withdraw","action_name":"Withdraw","reasons":[{"clause":"7.1.1(5)","text":"The organisation has itself requested the suspension"},{"clause":"7.2.1(8)","text":"Any other case in which the certificate should be withdrawn"}],"duties":[{"clause":"7.3","text":"CTC notifies the certified organisation to return the withdrawn certificate and certification marks, which may no longer be used"},{"clause":"7.3","text":"Publish or announce the withdrawal decision on CTC'"'"'s website"},{"clause":"7.4","text":"CTC reports the suspension or withdrawal of the certificate to the CNCA following the prescribed procedures and requirements"}],"deadline":null,"next_review":null}'

# the same ground twice is one reason
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground '7.2.1(1)' --ground '7.2.1(1)' --lang zh
expect_rc 0
expect_out_has "结论：撤销${nl}理由：${nl}  7.2.1(1)  被注销或撤销法律地位证明文件的${nl}义务："

# every ground of 7.1.1 and 7.2.1 is accepted
for c in '7.1.1(1)' '7.1.1(2)' '7.1.1(4)' '7.1.1(6)'; do
    run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground "$c"
    expect_rc 0
    expect_out_has "Verdict: Suspend${nl}Reasons:${nl}  $c  "
done
for c in '7.2.1(2)' '7.2.1(3)' '7.2.1(4)' '7.2.1(5)' '7.2.1(6)' '7.2.1(7)'; do
    run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground "$c"
    expect_rc 0
    expect_out_has "Verdict: Withdraw${nl}Reasons:${nl}  $c  "
done

# a ground during the suspension of 2025-06-01 keeps its deadline 2025-12-01
run evaluate --today 2025-09-15 --valid-until 2027-10-21 --suspended-on 2025-06-01 --ground '7.1.1(2)' --json
expect_out_has '"action":"suspend"'
expect_out_has '"reasons":[{"clause":"7.1.1(2)"'
expect_out_has '"deadline":"2025-12-01","next_review":"2025-12-02"'

# after a resolved suspension a ground starts a new one: 2025-09-15 → 2026-03-15
run evaluate --today 2025-09-15 --valid-until 2027-10-21 --suspended-on 2025-06-01 --resolved --ground '7.1.1(5)' --json
expect_out_has '"action":"suspend"'
expect_out_has '"deadline":"2026-03-15","next_review":"2026-03-16"'

# --- resolved suspension: reinstate ----------------------------------------
run evaluate --today 2025-09-15 --valid-until 2027-10-21 --suspended-on 2025-06-01 --resolved
expect_rc 0
expect_out "Verdict: Reinstate
Reasons: none
Duties: none
Suspension deadline: -
Next review: 2027-10-22"

# --- overdue surveillance (5.1.2) ------------------------------------------
# latest 2025-10-22: maintain that day (review 2025-10-23) ...
run evaluate --today 2025-10-22 --valid-until 2027-10-21 --surveillance-latest 2025-10-22 --json
expect_out '{"format":"csisms/1","action":"maintain","action_name":"Maintain","reasons":[],"duties":[],"deadline":null,"next_review":"2025-10-23"}'
# ... suspend the day after, until 2026-04-23
run evaluate --today 2025-10-23 --valid-until 2027-10-21 --surveillance-latest 2025-10-22
expect_rc 0
expect_out "Verdict: Suspend
Reasons:
  5.1.2     The surveillance audit has not been carried out within the time limit
Duties:
  7.1.2     During the suspension the client may not use the certificate for advertising and promotion
  7.4       CTC reports the suspension or withdrawal of the certificate to the CNCA following the prescribed procedures and requirements
Suspension deadline: 2026-04-23
Next review: 2026-04-24"

# --- changed in 1.1: an overdue surveillance has a suspension limit ---------
# latest 2025-10-22: the suspension should have started on 2025-10-23, so it
# may last until 2025-10-23 + 6 months = 2026-04-23 whatever day it is today
run evaluate --today 2026-03-01 --valid-until 2027-10-21 --surveillance-latest 2025-10-22 --json
expect_rc 0
expect_out_has '"action":"suspend"'
expect_out_has '"deadline":"2026-04-23","next_review":"2026-04-24"}'
run evaluate --today 2026-04-23 --valid-until 2027-10-21 --surveillance-latest 2025-10-22 --json
expect_out_has '"action":"suspend"'
expect_out_has '"deadline":"2026-04-23","next_review":"2026-04-24"}'
# still overdue after it: withdraw under 7.2.1(5)
run evaluate --today 2026-04-24 --valid-until 2027-10-21 --surveillance-latest 2025-10-22 --json
expect_out_has '"action":"withdraw"'
expect_out_has '"reasons":[{"clause":"5.1.2",'
expect_out_has '{"clause":"7.2.1(5)",'
expect_out_has '"deadline":null,"next_review":null}'
run evaluate --today 2026-06-01 --valid-until 2027-10-21 --surveillance-latest 2025-10-22
expect_rc 0
expect_out_has "Verdict: Withdraw${nl}Reasons:${nl}  5.1.2     The surveillance audit has not been carried out within the time limit${nl}  7.2.1(5)  "
# a suspension recorded later (2026-01-10) does not extend the limit
run evaluate --today 2026-04-24 --valid-until 2027-10-21 --surveillance-latest 2025-10-22 --suspended-on 2026-01-10 --json
expect_out_has '"action":"withdraw"'

# --- changed in 1.1: a period running out after the last valid day ---------
# suspended 2028-06-18: six months end 2028-12-18, after 2028-08-18 → expire
run evaluate --today 2029-07-09 --valid-until 2028-08-18 --suspended-on 2028-06-18 --json
expect_out_has '"action":"expire"'
expect_out_has '"reasons":[{"clause":"8.2",'
# valid until 2028-12-19: the suspension ran out while valid → withdraw
run evaluate --today 2029-07-09 --valid-until 2028-12-19 --suspended-on 2028-06-18 --json
expect_out_has '"action":"withdraw"'
expect_out_has '"reasons":[{"clause":"7.2.1(5)",'
expect_out_has '{"clause":"8.2",'
# the limit on the last valid day itself (2028-12-18): expire the day after
run evaluate --today 2028-12-19 --valid-until 2028-12-18 --suspended-on 2028-06-18 --json
expect_out_has '"action":"expire"'
# a correction (7.2.1(7)) due 2028-12-18, after validity ends 2028-08-18
run evaluate --today 2029-07-09 --valid-until 2028-08-18 --correction-requested 2028-06-18 --json
expect_out_has '"action":"expire"'
expect_out_lacks '7.2.1(7)'

# --- correction of 7.2.1(7): 2025-01-31 + 6 months = 2025-07-31 ------------
run evaluate --today 2025-07-31 --valid-until 2027-10-21 --correction-requested 2025-01-31 --json
expect_out '{"format":"csisms/1","action":"maintain","action_name":"Maintain","reasons":[],"duties":[],"deadline":null,"next_review":"2025-08-01"}'
run evaluate --today 2025-08-01 --valid-until 2027-10-21 --correction-requested 2025-01-31 --lang zh
expect_out_has "结论：撤销${nl}理由：${nl}  7.2.1(7)  不按相关规定正确引用和宣传获得的认证信息，造成严重影响或后果，或者中诚认证已要求其纠正但超过 6 个月仍未纠正的${nl}"
run evaluate --today 2025-08-01 --valid-until 2027-10-21 --correction-requested 2025-01-31 --corrected --json
expect_out '{"format":"csisms/1","action":"maintain","action_name":"Maintain","reasons":[],"duties":[],"deadline":null,"next_review":"2027-10-22"}'

# --- expiry (8.2) -----------------------------------------------------------
run evaluate --today 2027-10-22 --valid-until 2027-10-21 --lang zh
expect_rc 0
expect_out "结论：到期
理由：
  8.2       认证证书有效期已满的
义务：无
暂停期限：-
下次复核：-"
# expire beats suspend
run evaluate --today 2027-10-22 --valid-until 2027-10-21 --ground '7.1.1(1)' --json
expect_out_has '"action":"expire"'
expect_out_has '"reasons":[{"clause":"7.1.1(1)"'
expect_out_has '{"clause":"8.2","text":"The period of validity of the certificate has ended"}],"duties":[],"deadline":null,"next_review":null}'

# the last representable inputs: 9998-12-31 → review 9999-01-01
run evaluate --today 9998-12-31 --valid-until 9998-12-31 --ground '7.1.1(5)' --json
expect_out_has '"deadline":"9999-06-30","next_review":"9999-01-01"'

# --- usage and input errors: exit 2, one line on stderr, nothing on stdout --
run evaluate --valid-until 2027-10-21
expect_usage_error "--today"
run evaluate --today 2025-03-10
expect_usage_error "--valid-until"
run evaluate
expect_usage_error "--today"
run evaluate --today 2025-02-30 --valid-until 2027-10-21
expect_usage_error "--today"
run evaluate --today 2025-03-10 --valid-until 2027-13-01
expect_usage_error "--valid-until"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --suspended-on 2025-6-1
expect_usage_error "--suspended-on"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --surveillance-latest tomorrow
expect_usage_error "--surveillance-latest"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --correction-requested ''
expect_usage_error "--correction-requested"
run evaluate --today 9999-01-01 --valid-until 9998-12-31
expect_usage_error "--today"
run evaluate --today 2025-03-10 --valid-until 9999-12-31
expect_usage_error "--valid-until"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --surveillance-latest 9999-01-01
expect_usage_error "--surveillance-latest"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --suspended-on 2025-03-11
expect_usage_error "--suspended-on"
expect_err_has "after --today"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --correction-requested 2025-03-11
expect_usage_error "--correction-requested"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground '7.1.1(7)'
expect_usage_error "--ground"
expect_err_has "7.1.1(7)"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground '7.2.1(9)'
expect_usage_error "--ground"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground 7.3
expect_usage_error "--ground"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground 7.2.1.5
expect_usage_error "--ground"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground '7.2.1（5）'
expect_usage_error "--ground"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground 5.1.2
expect_usage_error "--ground"
expect_err_has "derived"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground 8.2
expect_usage_error "--ground"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --ground
expect_usage_error "--ground"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --today 2025-03-11
expect_usage_error "--today"
expect_err_has "twice"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --frobnicate
expect_usage_error "--frobnicate"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 extra
expect_usage_error "extra"
run evaluate --today 2025-03-10 --valid-until 2027-10-21 --json --lang fr
expect_usage_error "--lang"

finish
