#!/bin/sh
# SPDX-License-Identifier: MIT
# The bash completion (examples/completion/csisms): sourced in bash, its
# _csisms is called as bash calls it (COMP_WORDS, COMP_CWORD; bash splits
# "--basis=x" into "--basis", "=", "x") and COMPREPLY is compared with the
# candidates worked out by hand from csisms(1): the commands, each
# command's options, the values of --basis, --lang, --format, --column, due
# KIND, the grounds of 7.1.1 and 7.2.1 and the checklists' clauses of the
# rules, and file names where a file is wanted. Skips (77) without bash.
set -u
: "${CSISMS:?}" "${CSISMS_SRCDIR:?}"
. "$CSISMS_SRCDIR/tests/cli_program.sh"
command -v bash >/dev/null 2>&1 || { echo "SKIP: no bash"; exit 77; }
completion="$CSISMS_SRCDIR/examples/completion/csisms"
pass=0
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-completion.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/register.csv"
: >"$tmp/reg.jsonl"
mkdir "$tmp/sub"

# complete "WORDS..." EXPECTED: the candidates for the last word of WORDS
# (an empty last word: after a space), sorted, one line.
complete_is() {
    got=$(cd "$tmp" && bash -c '
        . "$1"
        shift
        COMP_WORDS=("$@")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        _csisms "$CSISMS" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort | tr "\n" " "
    ' bash "$completion" "$@" 2>&1 | sed 's/ *$//')
}
check() {
    want=$1
    shift
    complete_is "$@"
    if [ "$got" = "$want" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: csisms $*<TAB>: got '$got', expected '$want'"
    fi
}
export CSISMS

commands="audit-time checklist combined cycle due evaluate help justify programme record-check register round sample scope uscc"
check "$commands" csisms ''
check "audit-time" csisms aud
check "checklist combined cycle" csisms c
check "--help --json --lang --version" csisms --
check "en zh" csisms --lang ''
check "zh" csisms --lang z
check "en zh" csisms round 1 --lang = ''
check "en zh" csisms round 1 --lang =
check "evaluate" csisms help ev
check "" csisms help evaluate ''
check "" csisms nonsense ''
# audit-time: --basis and its values (Appendix A and its notes)
check "--basis" csisms audit-time 120 --b
check "combined isms-cert isms-cert-here none" csisms audit-time 120 --basis ''
check "isms-cert isms-cert-here" csisms audit-time --basis = is
check "combined isms-cert isms-cert-here none" csisms audit-time --basis =
check "--basis=isms-cert --basis=isms-cert-here" csisms audit-time --basis=is
check "" csisms audit-time --basis none ''
# the options of the programme commands
check "--decided" csisms programme 120 --de
check "--surveillance-latest --suspended-on" csisms evaluate --today 2025-01-01 --s
check "--combined --csv" csisms programme 120 --decided 2024-10-22 --c
check "--combined --csv" csisms programme 120 --decided 2024-10-22 --basis none --c
check "--combined" csisms justify 120 --co
check "" csisms justify 120 --de
check "recert recert-start" csisms record-check 120 --decided 2024-10-22 re
check "initial recert recert-start surveillance1 surveillance2" csisms record-check 120 ''
# due: its kinds; DATE has no candidates
check "appeal correction recert-window surveillance-after-recert surveillance-first surveillance-second suspension valid-until" csisms due ''
check "surveillance-after-recert surveillance-first surveillance-second suspension" csisms due su
check "" csisms due appeal ''
# evaluate --ground: the grounds of 7.1.1 and 7.2.1, quoted for the shell
check '7.2.1\(1\) 7.2.1\(2\) 7.2.1\(3\) 7.2.1\(4\) 7.2.1\(5\) 7.2.1\(6\) 7.2.1\(7\) 7.2.1\(8\)' \
    csisms evaluate --ground '7.2'
check '7.1.1\(1\) 7.1.1\(2\) 7.1.1\(3\) 7.1.1\(4\) 7.1.1\(5\) 7.1.1\(6\)' csisms evaluate --ground '7.1.1\('
# scope, checklist
check "list search" csisms scope ''
check "" csisms scope search ''
check "4.6.3.2 4.6.3.3 4.6.3.6 4.6.4" csisms checklist 4.6
check "--have --help" csisms checklist 8.1 --h
# register: files, --format, --column FIELD
check "reg.jsonl register.csv sub" csisms register ''
check "register.csv" csisms register regi
check "reg.jsonl register.csv sub" csisms register x.csv --ics ''
check "" csisms register x.csv ''
check "csv jsonl" csisms register --format ''
check "valid_until" csisms register --column valid
check "corrected correction_requested" csisms register --column corr
check "auto gb18030 utf-8" csisms register --encoding ''
check "--json" csisms --js

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
