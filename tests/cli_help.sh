#!/bin/sh
# SPDX-License-Identifier: MIT
# CLI conventions (csisms(1), COMMON OPTIONS): `csisms help CMD`, `CMD
# --help`, `--help CMD` and `CMD -h` print the same help; `-V` is
# `--version`; an unknown command is an error even with --help; each
# command's help lists its options and the values they take, and the same
# options as its subsection of csisms(1); help fits 80 columns.
. "${CSISMS_SRCDIR:-.}/tests/cli_common.sh"
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)

# The commands of csisms(1), by hand; the CLI lists the same (completion).
commands="audit-time checklist combined cycle due evaluate justify programme record-check register round sample scope uscc"
run --complete 1 csisms ''
expect_out "$(printf 'words\n'; for c in audit-time combined round programme justify record-check cycle due evaluate register scope checklist uscc sample help; do echo "$c"; done)"

run --help --lang en
expect_rc 0
global=$out
expect_out_has 'Commands:'
for c in $commands; do expect_out_has "  $c "; done
run help --lang en
expect_out "$global"
run -h --lang en
expect_out "$global"

for c in $commands; do
    run help "$c" --lang en
    expect_rc 0
    help=$out
    case "$help" in "usage: csisms $c"*) _ok ;; *) _bad "help $c does not start with its usage line" ;; esac
    expect_out_has 'Common options:'
    expect_out_has '  --lang L'
    expect_out_has '      zh                Chinese'
    expect_out_has '      en                English'
    expect_out_has '  --json '
    expect_out_has '  --version, -V '
    run "$c" --help --lang en
    expect_out "$help"
    run --help "$c" --lang en
    expect_out "$help"
    run "$c" -h --lang=en
    expect_out "$help"
    run "$c" 1 --bogus --help --lang en
    expect_out "$help"
    run help "$c" --lang zh
    expect_rc 0
    case "$out" in "用法：csisms $c"*) _ok ;; *) _bad "help $c --lang zh does not start with 用法" ;; esac
    expect_out_has '通用选项：'
    printf '%s\n' "$help" >"$_tmp/help.$c"
done

# The values each option takes, as the rules and csisms(1) give them.
for c in audit-time programme justify record-check; do
    run help "$c" --lang en
    for b in none isms-cert isms-cert-here combined; do expect_out_has "      $b "; done
    expect_out_has '[Appendix A note (1)]'
done
run help evaluate --lang en
for g in '7.1.1(1)' '7.1.1(2)' '7.1.1(3)' '7.1.1(4)' '7.1.1(5)' '7.1.1(6)' '7.2.1(1)' '7.2.1(2)' \
         '7.2.1(3)' '7.2.1(4)' '7.2.1(5)' '7.2.1(6)' '7.2.1(7)' '7.2.1(8)'; do
    expect_out_has "      $g "
done
expect_out_lacks '5.1.2'
expect_out_has '--today D             the day of the evaluation (required)'
expect_out_has '--ground CLAUSE'
run help due --lang en
for k in surveillance-first surveillance-second surveillance-after-recert appeal suspension \
         correction recert-window valid-until; do
    expect_out_has "      $k"
done
expect_out_has 'appeal received on DATE → written answer due by (60'
expect_out_has '[9]'
run help register --lang en
for v in csv jsonl auto utf-8 gb18030 certificate uscc organisation valid_until suspended_on \
         resolved surveillance_latest correction_requested corrected grounds; do
    expect_out_has "      $v"
done
run help programme --lang en
expect_out_has 'usage: csisms programme PERSONNEL (--decided DATE | --recert-of DATE)'
expect_out_has '[--csv | --ics]'
run help checklist --lang en
expect_out_has '      4.6.3.3 '
expect_out_has '      8.1 '
run help scope --lang en
expect_out_has '      list '
expect_out_has '      search '

# -V is --version.
run --version
version=$out
run -V
expect_rc 0
expect_out "$version"
run round 1 -V
expect_out "$version"

# An unknown command: an error naming it, with or without --help.
run nonsense --help
expect_usage_error nonsense
run nonsense -h
expect_usage_error nonsense
run help nonsense
expect_usage_error nonsense
run --help nonsense --json
expect_usage_error '"argument":"nonsense"'
expect_err_has '"command":null,'
run help round 1
expect_usage_error help
run --version=1
expect_usage_error --version

# Help and csisms(1) name the same options, command by command (the
# subsection of each command; the common options aside).
if [ -n "$py" ]; then
    _last="the options of every --help and of csisms(1)"
    if out=$("$py" - "$CSISMS_SRCDIR/man/csisms.1.in" "$_tmp" $commands <<'PY' 2>&1
import re, sys
page, tmp, commands = sys.argv[1], sys.argv[2], sys.argv[3:]
common = {"--json", "--lang", "--help", "--version"}
sections, name = {}, None
for line in open(page, encoding="utf-8"):
    if line.startswith(".SH "):
        name = None
    elif line.startswith(".SS "):
        name = line.split()[1].replace("\\-", "-")
        sections.setdefault(name, "")
    elif name:
        sections[name] += line
bad = []
for c in commands:
    if c not in sections:
        bad.append("csisms(1) has no subsection for " + c)
        continue
    head = [l for l in open(page, encoding="utf-8") if l.startswith(".SS " + c.replace("-", "\\-") + " ")]
    man = set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*[a-z0-9]", (sections[c] + "".join(head)).replace("\\-", "-"))) - common
    text = open(f"{tmp}/help.{c}", encoding="utf-8").read()
    helped = set(re.findall(r"^  (--[a-z0-9-]+)", text, re.M)) - common
    if man != helped:
        bad.append(f"{c}: --help only {sorted(helped - man)}, csisms(1) only {sorted(man - helped)}")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
    ); then _ok; else _bad "$out"; fi
    # Every line of every help, English and Chinese, fits 80 columns.
    for c in "" $commands; do
        for l in en zh; do
            # shellcheck disable=SC2086 # no command: the global help
            "$CSISMS" help $c --lang $l >>"$_tmp/all-help"
        done
    done
    _last="the width of every help line"
    if out=$("$py" - "$_tmp/all-help" <<'PY' 2>&1
import sys, unicodedata
bad = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    if w > 80:
        print(w, line)
        bad += 1
sys.exit(1 if bad else 0)
PY
    ); then _ok; else _bad "lines wider than 80 columns: $out"; fi
fi

finish
