#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI: checklist, uscc, sample. Expected values are worked out by hand from
# doc/rules-model.md §5–§6 and the rules (clauses, modes, sizes, conditional items, the
# Chinese item texts, check characters, ⌈c·√n⌉).
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

# ---------------------------------------------------------------- checklist

# All lists: doc/rules-model.md §5's table.
run checklist --json
expect_rc 0
expect_out_has '{"format":"csisms/1","lists":[{"list":1,"clause":"4.1.1","mode":"all","size":5,"conditional":[],"title":"'
expect_out_has '{"list":2,"clause":"4.1.2","mode":"all","size":6,"conditional":[3],"title":"'
expect_out_has '{"list":3,"clause":"4.2.1","mode":"all","size":2,"conditional":[],'
expect_out_has '{"list":4,"clause":"4.5.3.1","mode":"all","size":6,"conditional":[],'
expect_out_has '{"list":5,"clause":"4.5.3.2","mode":"all","size":4,"conditional":[],'
expect_out_has '{"list":6,"clause":"4.6.3.2","mode":"all","size":5,"conditional":[],'
expect_out_has '{"list":7,"clause":"4.6.3.3","mode":"any","size":2,"conditional":[],'
expect_out_has '{"list":8,"clause":"4.6.3.6","mode":"all","size":5,"conditional":[],'
expect_out_has '{"list":9,"clause":"4.6.4","mode":"any","size":4,"conditional":[],'
expect_out_has '{"list":10,"clause":"4.7.1","mode":"all","size":7,"conditional":[],'
expect_out_has '{"list":11,"clause":"4.9.3","mode":"all","size":2,"conditional":[],'
expect_out_has '{"list":12,"clause":"4.9.4","mode":"all","size":3,"conditional":[],'
expect_out_has '{"list":13,"clause":"5.5","mode":"all","size":8,"conditional":[],'
expect_out_has '{"list":14,"clause":"7.1.1","mode":"any","size":6,"conditional":[],'
expect_out_has '{"list":15,"clause":"7.2.1","mode":"any","size":8,"conditional":[],'
expect_out_has '{"list":16,"clause":"8.1","mode":"all","size":8,"conditional":[7],'
expect_out_lacks '"list":17'

run checklist --lang en
expect_rc 0
expect_out_has 'list  clause   mode  items  title'
expect_out_has '   1  4.1.1    all       5  '
expect_out_has '   7  4.6.3.3  any       2  '
expect_out_has '  16  8.1      all       8  '
[ "$(printf '%s\n' "$out" | grep -c '^ *[0-9][0-9]*  [0-9]')" -eq 16 ] && _ok || _bad "not 16 list lines"

run checklist --lang zh
expect_rc 0
expect_out_has '清单  条款     方式  项数   标题'
expect_out_has '  14  7.1.1    任一      6  '
expect_out_has '  13  5.5      全部      8  '

# One list, by number or by clause: the rules' items.
run checklist 14 --lang zh
expect_rc 0
expect_out_has '7.1.1 '
expect_out_has '  (5) 主动请求暂停的；'
expect_out_has '  (6) 其他应当暂停认证证书的。'
expect_out_lacks '(7)'
run checklist 7.1.1 --lang zh
expect_out_has '  (3) 被有关执法监管部门责令停业整顿的；'
# 4.2.1(2): the stray " and " is mended.
run checklist 4.2.1 --lang zh
expect_out_has '  (2) 申请组织从事的活动符合相关认证规则和法律法规的规定。'
expect_out_lacks ' and '
# 4.5.3.1, cut from the prose
run checklist 4.5.3.1 --lang zh
expect_out_has '  (4) 审核涉及的部门和场所'
expect_out_has '  (6) 审核组成员'
# conditional items are marked
run checklist 4.1.2 --lang en
expect_rc 0
expect_out_has '(3) if the management system covers activities at several sites'
expect_out_has '[may be declared not applicable]'
[ "$(printf '%s\n' "$out" | grep -c 'may be declared not applicable')" -eq 1 ] && _ok || _bad "one conditional item"
run checklist 8.1 --json
expect_rc 0
expect_out_has '{"format":"csisms/1","list":16,"clause":"8.1","mode":"all","title":"'
expect_out_has '{"item":7,"text":"the relevant accreditation mark and accreditation registration number (where applicable);","conditional":true}'
expect_out_has '{"item":8,"text":"'
expect_out_lacks '"item":9'
run checklist 8.1 --json --lang zh
expect_out_has '{"item":7,"text":"相关的认可标识及认可注册号（适用时）；","conditional":true}'
expect_out_has '{"item":4,"text":"证书编号；","conditional":false}'

# Evaluation. 4.1.2 with (1) (2) (4) (5), (3) not applicable: (6) missing.
run checklist 4.1.2 --have 1,2,4,5 --na 3 --lang zh
expect_rc 1
expect_out_has '具备：(1)、(2)、(4)、(5)'
expect_out_has '不适用：(3)'
expect_out_has '  (6) 本组织云服务信息安全管理体系建立及实施情况。'
expect_out_lacks '  (3) '
run checklist 2 --have 1,2,4,5 --na 3 --json
expect_rc 1
expect_out_has '"present":[1,2,4,5],"not_applicable":[3],"met":false,"missing":[{"item":6,"text":"'
# ... and with (6): met.
run checklist 2 --have 1,2,4,5,6 --na 3 --json
expect_rc 0
expect_out_has '"present":[1,2,4,5,6],"not_applicable":[3],"met":true,"missing":[]}'
run checklist 2 --have 1,2,4,5,6 --na 3 --lang en
expect_rc 0
expect_out_has 'result: met'
# (3) present and declared not applicable: simply met.
run checklist 2 --have 1,2,3,4,5,6 --na 3 --json
expect_rc 0
expect_out_has '"met":true'
# without --na, (3) is missing; repeated --have options add up.
run checklist 2 --have 1,2 --have 4,5,6 --json
expect_rc 1
expect_out_has '"present":[1,2,4,5,6],"not_applicable":[],"met":false,"missing":[{"item":3,"text":"'
# 8.1: all but (7), declared n/a.
run checklist 8.1 --have 1,2,3,4,5,6,8 --na 7 --json
expect_rc 0
expect_out_has '"met":true'
run checklist 8.1 --have 1,2,3,4,5,6,8 --json
expect_rc 1
expect_out_has '"missing":[{"item":7,'
# --na alone: nothing present.
run checklist 8.1 --na 7 --json
expect_rc 1
expect_out_has '"present":[],"not_applicable":[7],"met":false,"missing":[{"item":1,'
# ANY lists: one item is enough; an empty --have means none.
run checklist 7.2.1 --have 5 --json
expect_rc 0
expect_out_has '"present":[5],"not_applicable":[],"met":true,"missing":[]}'
run checklist 4.6.3.3 --have 1 --lang en
expect_rc 0
expect_out_has 'result: met'
run checklist 7.1.1 --have '' --json
expect_rc 1
expect_out_has '"present":[],"not_applicable":[],"met":false,"missing":[{"item":1,'
expect_out_has '{"item":6,'
run checklist 4.6.4 --have= --lang en
expect_rc 1
expect_out_has 'result: not met (no item is present)'
# 4.5.3.2: all four conditions for sampling.
run checklist 4.5.3.2 --have 1,2,3 --lang zh
expect_rc 1
expect_out_has '  (4) 不同场所不存在可能对云服务信息安全管理产生显著影响的区域性因素'
run checklist 5 --have 4,3,2,1
expect_rc 0

# Errors.
run checklist 0
expect_usage_error 'LIST'
run checklist 17
expect_usage_error 'LIST'
run checklist 4.1.3
expect_usage_error 'LIST'
run checklist abc --have 1
expect_usage_error 'LIST'
run checklist 99999999999999999999
expect_usage_error 'LIST'
run checklist 2 --have 7
expect_usage_error '--have'
run checklist 2 --have 0
expect_usage_error '--have'
run checklist 2 --have 1,,2
expect_usage_error '--have'
run checklist 2 --have x
expect_usage_error '--have'
run checklist 2 --have
expect_usage_error '--have'
run checklist 2 --have 1 --na 1
expect_usage_error '--na'
run checklist 15 --na 1
expect_usage_error '--na'
run checklist 2 --na 7
expect_usage_error '--na'
run checklist --have 1
expect_usage_error '--have'
run checklist 2 3
expect_usage_error 'checklist'
run checklist 2 --bogus
expect_usage_error '--bogus'

# --------------------------------------------------------------------- uscc

# 91350100M000100Y43: Σ = 1640 = 52·31 + 28, check 31 - 28 = 3.
run uscc 91350100M000100Y43 --lang en
expect_rc 0
expect_out '91350100M000100Y43: valid unified social credit code (GB 32100-2015)'
run uscc 91350100M000100Y43 --json
expect_rc 0
expect_out '{"format":"csisms/1","code":"91350100M000100Y43","valid":true,"reason":null}'
# all zeros: Σ = 0, check 0.
run uscc 000000000000000000 --json
expect_rc 0
# 92440101MA59ABCDE: Σ = 2400 = 77·31 + 13, check 18 = J.
run uscc 92440101MA59ABCDEJ
expect_rc 0
run uscc 92440101MA59ABCDEK --json
expect_rc 1
expect_out '{"format":"csisms/1","code":"92440101MA59ABCDEK","valid":false,"reason":"check","check":"K","expected_check":"J"}'
# wrong check character
run uscc 91350100M000100Y44 --lang en
expect_rc 1
expect_out '91350100M000100Y44: invalid: the check character (the 18th) 4 is wrong, it should be 3'
run uscc 91350100M000100Y44 --lang zh
expect_rc 1
expect_out '91350100M000100Y44: 无效：校验码（第18位）4 错误，应为 3'
# a wrong character elsewhere also shows as a wrong check: 9→8 at position 1
# lowers Σ by 1 to 1639 ≡ 27, so the check should be 4.
run uscc 81350100M000100Y43 --json
expect_rc 1
expect_out '{"format":"csisms/1","code":"81350100M000100Y43","valid":false,"reason":"check","check":"3","expected_check":"4"}'
# characters outside the set
run uscc 91350100m000100Y43 --json
expect_rc 1
expect_out '{"format":"csisms/1","code":"91350100m000100Y43","valid":false,"reason":"character","position":9,"character":"m"}'
run uscc 91350100I000100Y43 --lang en
expect_rc 1
expect_out_has "invalid: character 9 'I' is not a code character"
run uscc 9135010OM000100Y43 --json
expect_out_has '"reason":"character","position":8,"character":"O"'
run uscc '9135-0100M000100Y4' --json
expect_rc 1
expect_out_has '"reason":"character","position":5,"character":"-"'
run uscc '9135é0100M000100Y4' --json
expect_rc 1
expect_out_has '"reason":"character","position":5,"character":"é"'
run uscc '９1350100M000100Y43' --lang zh
expect_rc 1
expect_out_has '无效：第 1 个字符“９”不是代码字符'
# lengths
run uscc 91350100M000100Y4 --json
expect_rc 1
expect_out '{"format":"csisms/1","code":"91350100M000100Y4","valid":false,"reason":"length","length":17}'
run uscc 91350100M000100Y430 --lang en
expect_rc 1
expect_out '91350100M000100Y430: invalid: 19 characters, a unified social credit code has 18'
run uscc '' --json
expect_rc 1
expect_out '{"format":"csisms/1","code":"","valid":false,"reason":"length","length":0}'
# usage
run uscc
expect_usage_error 'uscc'
run uscc 91350100M000100Y43 91350100M000100Y43
expect_usage_error 'uscc'
run uscc --x
expect_usage_error '--x'

# ------------------------------------------------------------------- sample

# 10 sites: √10 = 3.162 → 4; 0.6·3.162 = 1.897 → 2; 0.8·3.162 = 2.530 → 3.
run sample 10 --json
expect_rc 0
expect_out '{"format":"csisms/1","sites":10,"initial":4,"surveillance":2,"recertification":3}'
run sample 1 --json
expect_out '{"format":"csisms/1","sites":1,"initial":1,"surveillance":1,"recertification":1}'
# 25: exactly 5, 3, 4; 26: 5.099 → 6, 3.06 → 4, 4.08 → 5.
run sample 25 --json
expect_out '{"format":"csisms/1","sites":25,"initial":5,"surveillance":3,"recertification":4}'
run sample 26 --json
expect_out '{"format":"csisms/1","sites":26,"initial":6,"surveillance":4,"recertification":5}'
# UINT32_MAX: √ = 65535.99999…; 0.6√ = 39321.59…; 0.8√ = 52428.79…
run sample 4294967295 --json
expect_out '{"format":"csisms/1","sites":4294967295,"initial":65536,"surveillance":39322,"recertification":52429}'
run sample 10 --lang en
expect_rc 0
expect_out_has '10 sites besides the central function'
expect_out_has 'initial audit                4'
expect_out_has 'surveillance audit           2'
expect_out_has 'recertification audit        3'
expect_out_has '4.5.3.2'
run sample 10 --lang zh
expect_rc 0
expect_out_has '中心职能以外的场所 10 个'
expect_out_has '监督审核'
run sample 0
expect_usage_error 'SITES'
run sample abc
expect_usage_error 'SITES'
run sample 4294967296
expect_usage_error 'SITES'
run sample -3
expect_usage_error 'SITES'
run sample
expect_usage_error 'sample'
run sample 1 2
expect_usage_error 'sample'

finish
