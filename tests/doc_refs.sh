#!/bin/sh
# SPDX-License-Identifier: MIT
# The tree explains itself: every citation of the rules model in the sources
# ("doc/rules-model.md §n", "doc/interpretations.md I-n", "**I-n**") names a
# section or entry that exists, and nothing cites the contract or the rules'
# text that are not in the repository ("SPEC §n", "SPEC.md", "the seed").
set -u
: "${CSISMS_SRCDIR:?}"
cd "$CSISMS_SRCDIR" || exit 1
model=doc/rules-model.md
interp=doc/interpretations.md
for f in "$model" "$interp"; do
    [ -f "$f" ] || { echo "FAIL: $f is missing"; exit 1; }
done
fail=0
files=$(find lib include examples fuzz tests man bindings packaging .ci \
             README.md CONTRIBUTING.md "$model" "$interp" -type f \
             ! -path '*.in/*' ! -name '*.o' ! -name '*.lo' ! -name '*.la' \
             ! -name '*.log' ! -name '*.trs' ! -name '*.so*' ! -path '*/.libs/*' \
             ! -path '*/__pycache__/*' ! -name '*.gem' ! -name doc_refs.sh 2>/dev/null |
        while read -r f; do grep -Iq . "$f" 2>/dev/null && echo "$f"; done)
[ -n "$files" ] || { echo "FAIL: no source files found"; exit 1; }

# Sections of the model: "## §n Title".
sections=$(sed -n 's/^## §\([0-9][0-9]*\) .*/\1/p' "$model")
entries=$(sed -n 's/^### I-\([0-9][0-9]*\) .*/\1/p' "$interp")
[ "$(echo "$sections" | wc -l)" -ge 8 ] || { echo "FAIL: $model has too few sections"; fail=1; }
[ "$(echo "$entries" | wc -l)" -ge 15 ] || { echo "FAIL: $interp has too few entries"; fail=1; }
dup=$(echo "$entries" | sort | uniq -d)
[ -z "$dup" ] || { echo "FAIL: $interp numbers entries twice: $dup"; fail=1; }

# shellcheck disable=SC2086
cited_sections=$(grep -ho 'rules-model\.md §[0-9][0-9]*' $files | sed 's/.*§//' | sort -u)
for n in $cited_sections; do
    echo "$sections" | grep -qx "$n" || { echo "FAIL: $model has no §$n (cited)"; fail=1; }
done
# I-n is cited on lines that name interpretations.md, and as **I-n** in the model.
# shellcheck disable=SC2086
cited_entries=$( { grep -h 'interpretations\.md' $files | grep -o 'I-[0-9][0-9]*'
                   grep -ho '\*\*I-[0-9][0-9]*\*\*' $files | grep -o 'I-[0-9]*'; } |
                 sed 's/I-//' | sort -u)
[ -n "$cited_entries" ] || { echo "FAIL: no I-n citation found"; fail=1; }
for n in $cited_entries; do
    echo "$entries" | grep -qx "$n" || { echo "FAIL: $interp has no I-$n (cited)"; fail=1; }
done

# No citation of documents outside the tree (doc/ keeps its history notes).
# shellcheck disable=SC2086
outside=$(grep -n 'SPEC\b\|SPEC\.md\|the seed' $files | grep -v '^doc/' || true)
if [ -n "$outside" ]; then
    echo "FAIL: citations of documents that are not in the tree:"; echo "$outside"
    fail=1
fi
[ "$fail" -eq 0 ] && echo "doc references: $(echo "$cited_sections" | wc -w) sections, $(echo "$cited_entries" | wc -w) entries cited, all present"
exit "$fail"
