#!/bin/sh
# SPDX-License-Identifier: MIT
# Makes the man pages' .so link pages: every name in a page's NAME section
# other than the page's own gets a one-line page ".so manS/PAGE.S", so that
# `man NAME` finds the page that documents it. Nothing lists the links: they
# follow from the pages (man/man.am runs this at build time).
# Usage: man/gen-links.sh DIR PAGE...
#   PAGE is a generated page (DIR/NAME.S); the link pages are written to DIR,
#   and their file names printed, one a line (man/man.am keeps them in
#   man/links.list, which `make install` and `make clean` read).
set -eu
dir=$1
shift
made=" "
for page in "$@"; do
    file=$(basename "$page")
    sec=${file##*.}
    own=${file%.*}
    # The NAME section's text: its lines up to the one with "\-".
    names=$(awk '/^\.SH/ { if (on) exit; if ($0 ~ /^\.SH "?NAME"?$/) { on = 1; next } }
        on { text = text " " $0; if ($0 ~ /\\-/) exit }
        END { sub(/\\-.*/, "", text); print text }' "$page" | tr ',' ' ')
    [ -n "$names" ] || { echo "gen-links.sh: $page has no NAME section" >&2; exit 1; }
    seen_own=no
    for n in $names; do
        case $n in
            *[!A-Za-z0-9_]*) echo "gen-links.sh: $page: '$n' in NAME is not a name" >&2; exit 1 ;;
        esac
        if [ "$n" = "$own" ]; then seen_own=yes; continue; fi
        for p in "$@"; do
            if [ "$(basename "$p")" = "$n.$sec" ]; then
                echo "gen-links.sh: $page names $n, which has its own page $p" >&2; exit 1
            fi
        done
        case $made in
            *" $n.$sec "*) echo "gen-links.sh: $n is in the NAME of two pages (one is $page)" >&2; exit 1 ;;
        esac
        made="$made$n.$sec "
        printf '.so man%s/%s\n' "$sec" "$file" >"$dir/$n.$sec"
        echo "$n.$sec"
    done
    : "$seen_own"
done
