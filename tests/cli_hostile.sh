#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI: the output rules of csisms(1) ("OUTPUT", "OPTIONS") under hostile
# input: invalid UTF-8 with --json, terminal escapes and newlines in every
# kind of argument, repeated and empty options, and output that cannot be
# written (/dev/full, a closed stdout) for every command. cli_common.sh
# also holds every run here to the corpus rules (one stderr line, no raw
# control character, strict UTF-8, strict JSON). Expected escapes are the
# rules applied by hand: a bad byte or C0/DEL is \xNN, C1 and bidi controls
# \uXXXX; in JSON a bad byte is \ufffd.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"

esc=$(printf '\033')
nl='
'

# ---------------------------------------------------------------- invalid UTF-8
# Nine ill-formed sequences (RFC 3629): lone continuation, a byte never used,
# truncated 2- and 3-byte forms, overlong NUL and "/", a surrogate, beyond
# U+10FFFF, a 5-byte form. Each bad byte is one U+FFFD in JSON.
for bad in '\200' '\377' '\303' '\351\223' '\300\200' '\340\200\257' '\355\240\200' \
           '\364\220\200\200' '\370\210\200\200\200'; do
    # shellcheck disable=SC2059 # the octal escapes are the point
    b=$(printf "$bad")
    # every byte of these is bad: the JSON has one \ufffd per byte
    n=$(printf '%s' "$b" | wc -c | tr -d ' ')
    want=$(i=0; while [ "$i" -lt "$n" ]; do printf '\\ufffd'; i=$((i + 1)); done)
    run uscc "$b" --json
    expect_rc 1
    expect_out "{\"format\":\"csisms/1\",\"code\":\"$want\",\"valid\":false,\"reason\":\"character\",\"position\":1,\"character\":\"\\ufffd\"}"
    run uscc "x${b}y" --json
    expect_rc 1
    expect_out_has "\"code\":\"x${want}y\""
    expect_out_has '"position":1,"character":"x"'
    run uscc "$b"
    expect_rc 1
    expect_out_has "$(printf '%s' "$b" | od -An -tx1 | tr -d ' \n' | sed 's/\(..\)/\\x\1/g' | tr a-f A-F): invalid"
    run scope search "$b" --json
    expect_usage_error TEXT
    run scope "$b" --json
    expect_usage_error CODE
    run round "$b" --json
    expect_usage_error DAYS
    run --lang "$b" --json round 1
    expect_usage_error --lang
done

# A truncated sequence at the end of valid text stays split cleanly.
run uscc "$(printf '91350100M000100Y4\351\223')" --json
expect_rc 1
expect_out_has '"code":"91350100M000100Y4\ufffd\ufffd","valid":false,"reason":"character","position":18,"character":"\ufffd"'
# Valid UTF-8 passes unchanged, JSON specials escaped.
# shellcheck disable=SC1003 # a quotation mark and a backslash, literally
run scope search '银行"\' --json
expect_rc 1
expect_out '{"format":"csisms/1","text":"银行\"\\","count":0,"matches":[]}'
run uscc '９' --json
expect_out_has '"code":"９"'

# ---------------------------------------------------------------- control characters
# ESC in text output: written \x1B, never raw (cli_common.sh checks "raw").
run scope search "${esc}[2J"
expect_rc 1
expect_out 'No business-scope name or note contains "\x1B[2J".'
run uscc "${esc}[2J1"
expect_rc 1
expect_out_has '\x1B[2J1: invalid: character 1 '"'"'\x1B'"'"' is not a code character'
run scope "${esc}[2J" --lang zh
expect_usage_error CODE
expect_err_has '\x1B[2J'
# C1 CSI (U+009B) and a right-to-left override (U+202E): \uXXXX.
run uscc "$(printf '\302\233')1"
expect_out_has '\u009B1: invalid'
run scope search "$(printf 'a\342\200\256b')"
expect_out 'No business-scope name or note contains "a\u202Eb".'
run scope search "$(printf 'a\342\200\256b')" --json
expect_out '{"format":"csisms/1","text":"a\u202eb","count":0,"matches":[]}'
# In JSON: \u001b, \u007f, \u009b, tab as \t.
run scope search "$(printf 'a\033b\177c\302\233d\te')" --json
expect_out '{"format":"csisms/1","text":"a\u001bb\u007fc\u009bd\te","count":0,"matches":[]}'
run round "$(printf '1\033')"
expect_usage_error DAYS
expect_err_has "'1\\x1B'"
# With --json the error is a JSON object, escaped like JSON output: ESC
# \u001b, a bad byte \ufffd, a bidi control \u202e.
run round "$(printf '1\033')" --json
expect_usage_error DAYS
expect_err_has '"value":"1\u001b",'
expect_err_has "\"message\":\"'1\\u001b' is not a number of days"
run scope "$(printf 'a\377\342\200\256b')" --json
expect_usage_error CODE
expect_err_has '{"format":"csisms/1","error":{"status":2,"command":"scope","argument":"CODE","value":"a\ufffd\u202eb",'
run --json "$(printf 'bo\033gus')"
expect_usage_error 'bo\u001bgus'
expect_err_has '"command":null,'

# ---------------------------------------------------------------- newlines in arguments
# Every kind of argument and option value: one error line, the newline \x0A.
arg=$(printf '2024-01-01\nX')
for cmd in "due appeal $arg" "cycle $arg" "evaluate --today $arg --valid-until 2027-10-21" \
           "evaluate --today 2025-01-01 --valid-until $arg" \
           "evaluate --today 2025-01-01 --valid-until 2027-10-21 --suspended-on $arg"; do
    IFS=' '
    # shellcheck disable=SC2086 # split on the spaces, not on the newline
    set -- $cmd
    unset IFS
    run "$@"
    expect_rc 2
    expect_err_has '2024-01-01\x0AX'
done
for args in "round|1${nl}2|DAYS" "combined|1${nl}2|DAYS" "sample|1${nl}2|SITES" \
            "audit-time|1${nl}2|PERSONNEL" "uscc|A${nl}B|" "scope|0${nl}3|CODE" \
            "checklist|1${nl}2|LIST" "bogus${nl}cmd||bogus\\x0Acmd"; do
    IFS='|'
    # shellcheck disable=SC2086 # split on the bars
    set -- $args
    unset IFS
    if [ -n "$2" ]; then run "$1" "$2"; else run "$1"; fi
    if [ "$1" = uscc ]; then
        expect_rc 1
        expect_out "A\\x0AB: invalid: character 2 '\\x0A' is not a code character (0-9 and the upper-case letters except I, O, Z, S, V)"
    else
        expect_usage_error "$3"
    fi
done
run combined 1 "$(printf '1\n2')" 3
expect_usage_error DAYS
run audit-time 10 --basis "$(printf 'none\nx')"
expect_usage_error --basis
expect_err_has 'none\x0Ax'
run --lang "$(printf 'en\nx')" round 1
expect_usage_error --lang
run checklist 8.1 --have "$(printf '1\n2')"
expect_usage_error --have
run checklist 8.1 --na "7${nl}"
expect_usage_error --na
run evaluate --today 2025-01-01 --valid-until 2027-10-21 --ground "7.1.1(1)${nl}"
expect_usage_error --ground
run evaluate --today 2025-01-01 --valid-until 2027-10-21 "$(printf 'extra\narg')"
expect_usage_error 'extra\x0Aarg'
run round 1 "$(printf -- '--opt\nx')"
expect_usage_error round
run scope 03.01 "$(printf -- '--bogus\nx')"
expect_usage_error '--bogus\x0Ax'
run audit-time 10 "$(printf -- '--bogus\nx')"
expect_usage_error '--bogus\x0Ax'

# ---------------------------------------------------------------- repeated options
# A single-valued option given twice is an error, the same value or not.
run --lang en --lang en round 1
expect_usage_error --lang
expect_err_has 'given twice'
run round 1 --lang=en --lang zh
expect_usage_error --lang
run audit-time 10 --basis none --basis combined
expect_usage_error --basis
expect_err_has 'given twice'
run audit-time 10 --basis=none --basis=none
expect_usage_error --basis
for opt in --today --valid-until --suspended-on --surveillance-latest --correction-requested; do
    run evaluate --today 2025-01-01 --valid-until 2027-10-21 --suspended-on 2024-12-01 \
        --surveillance-latest 2025-10-22 --correction-requested 2024-12-01 "$opt" 2024-12-01
    expect_usage_error "$opt"
    expect_err_has 'given twice'
done
# The list options are repeatable: their items add up.
run checklist 8.1 --have 1,2,3 --have 4,5,6,8 --na 7 --json
expect_rc 0
expect_out_has '"present":[1,2,3,4,5,6,8],"not_applicable":[7],"met":true'
run evaluate --today 2025-01-01 --valid-until 2027-10-21 --ground '7.1.1(1)' --ground '7.1.1(3)' --json
expect_rc 0
expect_out_has '"reasons":[{"clause":"7.1.1(1)",'
expect_out_has '{"clause":"7.1.1(3)",'

# ---------------------------------------------------------------- empty values
# Empty is an error for every option but the item lists, where it is the
# empty list.
for opt in --today --valid-until --suspended-on --surveillance-latest --correction-requested \
           --ground; do
    run evaluate --today 2025-01-01 --valid-until 2027-10-21 "$opt" ''
    expect_usage_error "$opt"
    run evaluate --today 2025-01-01 --valid-until 2027-10-21 "$opt="
    expect_usage_error "$opt"
done
run audit-time 10 --basis ''
expect_usage_error --basis
expect_err_has 'empty value'
run audit-time 10 --basis=
expect_usage_error --basis
run --lang '' round 1
expect_usage_error --lang
run round 1 --lang=
expect_usage_error --lang
run checklist 8.1 --have '' --na '' --json
expect_rc 1
expect_out_has '"present":[],"not_applicable":[],"met":false,'
run checklist 8.1 --have 1,2,3,4,5,6,8 --na= --json
expect_rc 1
expect_out_has '"not_applicable":[],"met":false,"missing":[{"item":7,'

# ---------------------------------------------------------------- lost output
# Every command, with output on stdout (exit 0 or 1), written to /dev/full
# and to a closed stdout: exit 3 and one line on stderr naming stdout.
wheres=closed
[ -e /dev/full ] && wheres="full closed"
# Under valgrind (the reliability step's fuzz/csisms-valgrind.sh stand-in),
# valgrind's own log file takes the free descriptor 1, so a closed stdout
# cannot be tested there; /dev/full still is.
if [ -n "${VALGRIND_CSISMS:-}" ]; then
    wheres=""
    [ -e /dev/full ] && wheres="full"
fi
for cmd in '--version' '--help' 'round --help' 'audit-time 120' 'audit-time 120 --json' \
           'combined 12 8.5' 'round 3.4' 'cycle 2024-10-22' 'cycle 2024-10-22 --json' \
           'due appeal 2024-01-01' 'evaluate --today 2025-01-01 --valid-until 2027-10-21' \
           'scope 03.01' 'scope 05' 'scope list' 'scope list --json' 'scope search bank' \
           'checklist' 'checklist 8.1' 'checklist 8.1 --have 1' 'uscc 91350100M000100Y43' \
           'uscc 0' 'sample 25'; do
    for where in $wheres; do
        # shellcheck disable=SC2086 # the words are the arguments
        run_lost "$where" $cmd
        expect_rc 3
        if [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]; then _ok; else _bad "stderr is not one line"; fi
        case " $cmd " in
        *" --json "*)
            expect_err_has '{"format":"csisms/1","error":{"status":3,'
            expect_err_has '"argument":"stdout","value":null,"message":"the output could not be written' ;;
        *) expect_err_has 'csisms: stdout: the output could not be written' ;;
        esac
    done
done
# A usage error writes nothing on stdout: still exit 2.
for where in $wheres; do
    run_lost "$where" round x
    expect_rc 2
    expect_err_has 'DAYS'
done

finish
