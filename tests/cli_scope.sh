#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI: scope CODE, scope list, scope search TEXT (doc/rules-model.md §3, the rules' Appendix B).
# Expected texts are the rules' Chinese words and the English names of doc/rules-model.md §3;
# column widths are worked out from the longest name by hand.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

nl='
'
# expect_eq ACTUAL EXPECTED WHAT
expect_eq() {
    if [ "$1" = "$2" ]; then _ok; else _bad "$3: got '$1', expected '$2'"; fi
}
# count PATTERN: how many times the fixed-string PATTERN occurs in $out
count() { printf '%s' "$out" | grep -o -F "$1" | wc -l | tr -d ' '; }
# lines: the number of lines of $out
lines() { printf '%s\n' "$out" | wc -l | tr -d ' '; }
fin_en='Including: banking, securities, futures, insurance, asset management, etc.'
fin_zh='包括：银行、证券、期货、保险、资产管理等'

# ---------------------------------------------------------------- scope CODE
run scope 4.13.1 --lang en
expect_rc 0
expect_out "code:   04.13.01${nl}name:   Other${nl}level:  2${nl}class:  04 Production of products${nl}note:   Including printing, geological exploration and surveying and mapping, engineering testing, laboratory testing, comprehensive management of archives, production of electric wires and cables, land appraisal services, real estate appraisal services, translation services, classified protection (MLPS) assessment and information security risk assessment, etc.${nl}raise:  no"

run scope 03.01
expect_rc 0
expect_out "code:   03.01${nl}name:   Finance${nl}level:  1${nl}class:  03 Commerce${nl}note:   ${fin_en}${nl}raise:  no"

# Full-width digits and dots, in Chinese.
run --lang zh scope '０３．０１'
expect_rc 0
expect_out "代码：      03.01${nl}名称：      金融${nl}级别：      一${nl}大类：      03 商务${nl}备注：      ${fin_zh}${nl}提升为一级：否"

# Trimming (ASCII space, tab, U+3000), one-digit components, 。 as a dot.
for code in ' 3.1 ' "$(printf '\t03.01\t')" '　03.01　' '3。1' '03.1' '３．１'; do
    run scope "$code" --json
    expect_rc 0
    expect_out_has '"entry":{"code":"03.01",'
done

run scope 03.01 --json
expect_rc 0
expect_out "{\"format\":\"csisms/1\",\"query\":\"03.01\",\"found\":true,\"ambiguous\":false,\"entry\":{\"code\":\"03.01\",\"level\":1,\"name\":\"Finance\",\"note\":\"${fin_en}\",\"parent\":\"03\",\"parent_name\":\"Commerce\",\"raise_for_major_projects\":false},\"matches\":[{\"code\":\"03.01\",\"level\":1,\"name\":\"Finance\",\"note\":\"${fin_en}\",\"parent\":\"03\",\"parent_name\":\"Commerce\",\"raise_for_major_projects\":false}]}"

run scope 3.1 --json --lang zh
expect_rc 0
expect_out "{\"format\":\"csisms/1\",\"query\":\"3.1\",\"found\":true,\"ambiguous\":false,\"entry\":{\"code\":\"03.01\",\"level\":1,\"name\":\"金融\",\"note\":\"${fin_zh}\",\"parent\":\"03\",\"parent_name\":\"商务\",\"raise_for_major_projects\":false},\"matches\":[{\"code\":\"03.01\",\"level\":1,\"name\":\"金融\",\"note\":\"${fin_zh}\",\"parent\":\"03\",\"parent_name\":\"商务\",\"raise_for_major_projects\":false}]}"

# 02.03 科研 carries the raise flag (涉及特别重大项目的应提升为一级).
run scope 2.3
expect_rc 0
expect_out_has 'name:   Scientific research'
expect_out_has 'level:  2'
expect_out_has 'raise:  yes: raised to level 1 where especially major projects are involved'
run --lang zh scope 02.03
expect_rc 0
expect_out_has '名称：      科研'
expect_out_has '级别：      二'
expect_out_has '备注：      涉及特别重大项目的应提升为一级'
expect_out_has '提升为一级：是'
run scope 02.03 --json
expect_out_has '"level":2,'
expect_out_has '"raise_for_major_projects":true'
run scope 02.04 --json
expect_out_has '"raise_for_major_projects":false'

# A major class: level 0, no parent, no note; 04 is 产品的生产 (mended).
run scope 04
expect_rc 0
expect_out "code:   04${nl}name:   Production of products${nl}level:  major class${nl}class:  (is itself a major class)${nl}note:   (none)${nl}raise:  no"
run --lang zh scope 4
expect_rc 0
expect_out_has '名称：      产品的生产'
expect_out_has '级别：      大类'
run scope 4 --json
expect_out_has '"entry":{"code":"04","level":0,"name":"Production of products","note":"","parent":null,"parent_name":null,'

# 04.13.01 and 04.13.02 hang from the major class 04.
run scope 04.13.02 --json --lang zh
expect_rc 0
expect_out_has '"code":"04.13.02","level":3,"name":"其他","note":"包括工程监理、造纸、物业管理、'
expect_out_has '"parent":"04","parent_name":"产品的生产"'

# Ambiguous: 04.13 begins 04.13.01 and 04.13.02; both are named, exit 1.
run scope 04.13
expect_rc 1
expect_out_has '"04.13" is ambiguous'
expect_out_has "${nl}04.13.01  2      Other  Including printing,"
expect_out_has "${nl}04.13.02  3      Other  Including construction supervision,"
expect_out_lacks '04.12'
expect_out_lacks '04.01'
run --lang zh scope '４．１３'
expect_rc 1
expect_out_has '不唯一'
expect_out_has "${nl}04.13.01  二    其他  包括印刷、"
expect_out_has "${nl}04.13.02  三    其他  包括工程监理、"
run scope ' 4.13 ' --json
expect_rc 1
expect_out_has '{"format":"csisms/1","query":" 4.13 ","found":false,"ambiguous":true,"entry":null,"matches":[{"code":"04.13.01","level":2,"name":"Other",'
expect_out_has '},{"code":"04.13.02","level":3,"name":"Other",'
expect_eq "$(count '"code"')" 2 "04.13 --json: matches"

# Well-formed but absent: exit 1.
for code in 05 00 01.09 04.14 04.13.03 01.01.01 99.99.99; do
    run scope "$code"
    expect_rc 1
    expect_out "Appendix B has no business-scope code \"$code\"."
done
run --lang zh scope 05
expect_rc 1
expect_out '附录B中没有业务范围代码“05”。'
run scope 5 --json
expect_rc 1
expect_out '{"format":"csisms/1","query":"5","found":false,"ambiguous":false,"entry":null,"matches":[]}'

# Malformed codes: exit 2, one line on stderr naming CODE, nothing on stdout.
for code in '' ' ' '0 3' '03 .01' '03..01' '.03' '03.' '003' '03.001' '04.13.01.01' \
            'abc' '03-01' '03,01' "$(printf '0\n3')" "$(printf '\377')"; do
    run scope "$code"
    expect_usage_error CODE
    run scope "$code" --json
    expect_usage_error CODE
done

# A long malformed code is echoed whole, still on one line, with the reason.
long=$(printf '%0300d' 0)
run scope "x$long"
expect_usage_error CODE
expect_err_has "'x$long' is not a business-scope code"


# Usage errors.
run scope
expect_usage_error scope
run scope list extra
expect_usage_error scope
run scope search
expect_usage_error scope
run scope search a b
expect_usage_error scope
run scope 03.01 04.01
expect_usage_error scope
run scope 03.01 --bogus
expect_usage_error --bogus

# ---------------------------------------------------------------- scope list
# Columns: code (widest 04.13.01, 8) + 2; level (widest "major class" /
# 大类, plus one for the "*" of 02.03) + 2; name (widest 04.12's) + 2; note.
agri='Agriculture, forestry, animal husbandry, sideline production and fishery'
w=$((${#agri} + 2))
row_en() { printf "%-10s%-14s%-${w}s%s" "$1" "$2" "$3" "$4"; }

run scope list
expect_rc 0
expect_eq "$(lines)" 37 "list: header + 35 rows + footnote"
expect_out_has "$(printf "%-10s%-14s%-${w}s%s" CODE LEVEL NAME NOTE)"
expect_out_has "${nl}$(printf '%-10s%-14s%s' 01 'major class' 'Government affairs')${nl}"
expect_out_has "${nl}$(row_en 03.01 1 Finance "$fin_en")${nl}"
expect_out_has "${nl}$(row_en 02.03 '2*' 'Scientific research' 'Shall be raised to level 1 where especially major projects are involved')${nl}"
expect_out_has "${nl}$(printf '%-10s%-14s%s' 04.12 3 "$agri")${nl}"
expect_out_has "${nl}$(printf '%-10s%-14s%s' 01.02 1 'Tax authorities')${nl}"
expect_out_has "${nl}* Raised to level 1 where especially major projects are involved."
# table order: first and last rows
expect_eq "$(printf '%s\n' "$out" | sed -n 2p | cut -c1-10)" "01        " "list: first row"
expect_eq "$(printf '%s\n' "$out" | sed -n 36p | cut -c1-10)" "04.13.02  " "list: last row"

# Chinese: CJK characters take two columns. Widest name 农、林、牧、副、渔业
# (10 characters, 20 columns) -> 22; level 大类 (4) or 二* (3), header 级别
# (4), widest 5 -> 7.
run --lang zh scope list
expect_rc 0
expect_out_has "代码      级别   名称                  备注${nl}"
expect_out_has "${nl}01        大类   政务${nl}"
expect_out_has "${nl}01.01     一     国家机构              包括人大、政府、法院、检察院等，不含税务机关和海关${nl}"
expect_out_has "${nl}02.03     二*    科研                  涉及特别重大项目的应提升为一级${nl}"
expect_out_has "${nl}03.01     一     金融                  ${fin_zh}${nl}"
expect_out_has "${nl}03.05     三     旅游、宾馆、饭店${nl}"
expect_out_has "${nl}04        大类   产品的生产${nl}"
expect_out_has "${nl}04.12     三     农、林、牧、副、渔业${nl}"
expect_out_has "${nl}04.13.01  二     其他                  包括印刷、"
expect_out_has "${nl}* 涉及特别重大项目的应提升为一级。"
expect_out_lacks '产品的 生产'

run scope list --json
expect_rc 0
expect_out_has '{"format":"csisms/1","count":35,"entries":[{"code":"01","level":0,"name":"Government affairs","note":"","parent":null,"parent_name":null,"raise_for_major_projects":false},{"code":"01.01","level":1,"name":"State organs",'
expect_out_has '{"code":"04.13.02","level":3,"name":"Other","note":"Including construction supervision,'
expect_eq "$(count '"code"')" 35 "list --json: entries"
expect_eq "$(count '"raise_for_major_projects":true')" 1 "list --json: raise flags"
expect_eq "$(count '"level":0')" 4 "list --json: major classes"
run scope list --json --lang zh
expect_rc 0
expect_out_has '{"code":"04","level":0,"name":"产品的生产","note":"","parent":null,'
expect_out_has '{"code":"02.03","level":2,"name":"科研","note":"涉及特别重大项目的应提升为一级","parent":"02","parent_name":"公共","raise_for_major_projects":true}'

# ---------------------------------------------------------------- scope search
run scope search 银行
expect_rc 0
expect_out "$(printf '%-7s%-7s%-9s%s' CODE LEVEL NAME NOTE)${nl}$(printf '%-7s%-7s%-9s%s' 03.01 1 Finance "$fin_en")"
for text in finance FINANCE Finance 金融; do
    run scope search "$text" --json
    expect_rc 0
    expect_out "{\"format\":\"csisms/1\",\"text\":\"$text\",\"count\":1,\"matches\":[{\"code\":\"03.01\",\"level\":1,\"name\":\"Finance\",\"note\":\"${fin_en}\",\"parent\":\"03\",\"parent_name\":\"Commerce\",\"raise_for_major_projects\":false}]}"
done
run --lang zh scope search 银行
expect_rc 0
expect_out "代码   级别  名称  备注${nl}03.01  一    金融  ${fin_zh}"

# Every match, not only the first: 其他 / other are 01.04 02.07 03.06 04.13.01 04.13.02.
for text in 其他 other OTHER; do
    run scope search "$text" --json
    expect_rc 0
    expect_out_has '"count":5,'
    codes=$(printf '%s' "$out" | grep -o '"code":"[0-9.]*"' | tr '\n' ' ')
    expect_eq "$codes" '"code":"01.04" "code":"02.07" "code":"03.06" "code":"04.13.01" "code":"04.13.02" ' "search $text"
done
# 海关 is 01.03's name and appears in 01.01's note; 铁路 likewise 04.02 and 04.07.
run scope search 海关
expect_rc 0
expect_out_has "${nl}01.01  "
expect_out_has "${nl}01.03  "
expect_eq "$(lines)" 3 "search 海关: header + 2 rows"
run scope search 铁路 --lang zh
expect_rc 0
expect_out_has "${nl}04.02  一    铁路"
expect_out_has "${nl}04.07  二    交通运输  包括公路、水路、城市公共客运交通等，不含航空和铁路"
# The flag's footnote appears only when 02.03 is among the matches.
run scope search 一级 --lang zh
expect_rc 0
expect_out_has "${nl}02.03  二*   科研  涉及特别重大项目的应提升为一级${nl}* 涉及特别重大项目的应提升为一级。"
run scope search 银行 --lang zh
expect_out_lacks '* '

# Misses: exit 1. Codes are not searched.
run scope search xyzzy
expect_rc 1
expect_out 'No business-scope name or note contains "xyzzy".'
run --lang zh scope search 不存在的词
expect_rc 1
expect_out '没有名称或备注包含“不存在的词”的业务范围。'
run scope search 03.01 --json
expect_rc 1
expect_out '{"format":"csisms/1","text":"03.01","count":0,"matches":[]}'

# Empty or invalid UTF-8 text: exit 2.
run scope search ''
expect_usage_error TEXT
run scope search "$(printf '\377')"
expect_usage_error TEXT
run scope search "$(printf '\300\257')"
expect_usage_error TEXT
run scope search "$(printf '\355\240\200')"
expect_usage_error TEXT
run scope search "$(printf '\351\223')"
expect_usage_error TEXT

# ---------------------------------------------------------------- language
run_env 'LC_ALL=zh_CN.UTF-8' scope 03.01
expect_rc 0
expect_out_has '名称：      金融'
run_env 'LC_ALL=zh_CN.UTF-8' scope 03.01 --lang en
expect_out_has 'name:   Finance'

finish
