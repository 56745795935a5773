# SPDX-License-Identifier: MIT
"""Checks the outputs a CLI test collected (tests/cli_common.sh): every
stdout and stderr decodes as strict UTF-8, and the stdout of every run with
--json is exactly one JSON object followed by a newline. Exit 1 on any
failure, naming the command."""
import json
import os
import sys

directory = sys.argv[1]
bad, checked = [], 0
for name in sorted(os.listdir(directory)):
    if not name.endswith(".cmd"):
        continue
    n = name[:-4]
    with open(os.path.join(directory, name), "rb") as f:
        cmd = f.read().decode("utf-8", "backslashreplace").strip()
    texts = {}
    for part in ("out", "err"):
        with open(os.path.join(directory, n + "." + part), "rb") as f:
            raw = f.read()
        try:
            texts[part] = raw.decode("utf-8", "strict")
        except UnicodeDecodeError as e:
            bad.append(f"{cmd}: std{part} is not UTF-8: {e}")
    if os.path.exists(os.path.join(directory, n + ".json")) and texts.get("out"):
        checked += 1
        try:
            value = json.loads(texts["out"])
            if not isinstance(value, dict) or not texts["out"].endswith("}\n"):
                bad.append(f"{cmd}: stdout is not one JSON object and a newline")
        except ValueError as e:
            bad.append(f"{cmd}: stdout is not JSON: {e}")
for line in bad:
    print(line)
print(f"{checked} JSON outputs parsed strictly")
sys.exit(1 if bad else 0)
