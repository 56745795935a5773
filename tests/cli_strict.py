# SPDX-License-Identifier: MIT
"""Checks the outputs a CLI test collected (tests/cli_common.sh):

  cli_strict.py CORPUS SCHEMA_DIR

- stderr is at most one line;
- no control character but the newline reaches stdout or stderr (on
  stdout a CR is allowed just before a newline: CSV and iCalendar lines);
- every stdout and stderr decodes as strict UTF-8;
- the stdout of every run with --json (but --help and --version, which are
  text) is exactly one JSON object followed by a newline; for `register`,
  whose --json output is JSON Lines, every line is one;
- the stderr of every run with --json is empty or exactly one JSON object and
  a newline: an error (exit status 2 or 3) or register's summary;
- every such object starts with "format": "csisms/1" (csisms(1), JSON);
- when python3-jsonschema is installed, every such object validates against
  its schema in SCHEMA_DIR: COMMAND.json for stdout, error.json for an error,
  register-summary.json for register's summary (draft 2020-12, formats
  checked). Without it the schemas are not checked here, and
  tests/cli_schema.sh skips (exit 77).

Exit 1 on any failure, naming the command."""
import json
import os
import re
import sys

FORMAT = "csisms/1"
#: A control character other than the newline (C0 and DEL).
CONTROL = re.compile(rb"[\x00-\x09\x0b-\x1f\x7f]")

try:
    import jsonschema
except ImportError:
    jsonschema = None

directory, schema_dir = sys.argv[1], sys.argv[2]
validators = {}


def validator(name):
    """The validator of SCHEMA_DIR/NAME.json, or None when there is none."""
    if name not in validators:
        path = os.path.join(schema_dir, name + ".json")
        if not os.path.exists(path):
            validators[name] = None
        else:
            with open(path, encoding="utf-8") as f:
                schema = json.load(f)
            cls = jsonschema.Draft202012Validator
            validators[name] = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return validators[name]


def command_of(args):
    """The command a run named (None: none), and whether it asked for text
    (--help, --version, help) rather than JSON."""
    command, text, i = None, False, 0
    while i < len(args):
        a = args[i]
        if a == "--":
            if command is None and i + 1 < len(args):
                command = args[i + 1]
            break
        if a in ("--help", "-h", "--version", "-V"):
            text = True
        elif a == "--lang":
            i += 1
        elif command is None and a != "--json" and not a.startswith("--lang="):
            command = a
        i += 1
    return command, text or command == "help"


bad, checked, validated = [], 0, 0


def check(cmd, where, doc, schema):
    """One JSON document: an object, the format first, valid against schema."""
    global validated
    try:
        value = json.loads(doc)
    except ValueError as e:
        bad.append(f"{cmd}: {where} is not JSON: {e}")
        return
    if not isinstance(value, dict) or not doc.endswith("}\n"):
        bad.append(f"{cmd}: {where} is not one JSON object and a newline")
        return
    if list(value)[:1] != ["format"] or value["format"] != FORMAT:
        bad.append(f"{cmd}: {where} does not start with \"format\": \"{FORMAT}\"")
    if jsonschema is None:
        return
    v = validator(schema)
    if v is None:
        bad.append(f"{cmd}: no schema {schema}.json for its {where}")
        return
    errors = sorted(v.iter_errors(value), key=lambda e: list(e.path))
    for e in errors[:3]:
        bad.append(f"{cmd}: {where} breaks {schema}.json at {'/'.join(map(str, e.path)) or '(top)'}: {e.message}")
    validated += not errors


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
        if part == "err" and raw.count(b"\n") > 1:
            bad.append(f"{cmd}: stderr is more than one line")
        bare = raw.replace(b"\r\n", b"\n") if part == "out" else raw
        if CONTROL.search(bare):
            bad.append(f"{cmd}: a control character reaches std{part}")
        try:
            texts[part] = raw.decode("utf-8", "strict")
        except UnicodeDecodeError as e:
            bad.append(f"{cmd}: std{part} is not UTF-8: {e}")
    if not os.path.exists(os.path.join(directory, n + ".json")):
        continue
    with open(os.path.join(directory, n + ".args"), "rb") as f:
        args = [a.decode("utf-8", "surrogateescape") for a in f.read().split(b"\0")[:-1]]
    with open(os.path.join(directory, n + ".rc")) as f:
        rc = int(f.read())
    command, text = command_of(args)
    checked += 1
    if texts.get("out") and not text:
        if command == "register":
            for doc in texts["out"].splitlines(keepends=True):
                check(cmd, "stdout line", doc, "register")
        else:
            check(cmd, "stdout", texts["out"], command)
    if texts.get("err"):
        if rc in (2, 3):
            check(cmd, "stderr", texts["err"], "error")
        elif command == "register":
            check(cmd, "stderr", texts["err"], "register-summary")
        else:
            bad.append(f"{cmd}: exit {rc} with something on stderr")
for line in bad:
    print(line)
if jsonschema is None:
    print(f"{checked} JSON runs parsed strictly (python3-jsonschema missing: schemas not checked)")
else:
    print(f"{checked} JSON runs parsed strictly, {validated} documents valid against their schemas")
sys.exit(1 if bad else 0)
