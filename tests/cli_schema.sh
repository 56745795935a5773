#!/bin/sh
# SPDX-License-Identifier: MIT
# The JSON Schemas of the CLI (examples/schema/, installed in
# $(pkgdatadir)/schema): each is a valid draft 2020-12 schema; every command
# has one (the commands as csisms itself lists them) and every schema is a
# command's, the error object's or register's summary's; and they can fail:
# outputs of the CLI pass, the same outputs broken by hand (no "format",
# another format, an unknown key, a wrong type, a key of another kind) do
# not. That every --json output of the CLI tests validates is checked by
# each of them (tests/cli_strict.py). Skips (77) without python3-jsonschema.
set -u
: "${CSISMS:?}" "${CSISMS_SRCDIR:?}"
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3 || true)
if [ -z "$py" ] || ! "$py" -c 'import jsonschema' 2>/dev/null; then
    echo "SKIP: python3-jsonschema is not installed"
    exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/csisms-schema.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The commands, from the CLI's own table (what its completion offers).
"$CSISMS" --complete 1 csisms '' | sed '1d' | grep -vx help >"$tmp/commands"
# Outputs to break: NAME SCHEMA COMMAND... (stdout, or stderr for error*/summary).
out() { name=$1 stream=$2; shift 2; if [ "$stream" = err ]; then "$CSISMS" "$@" 2>"$tmp/$name.json" >/dev/null; else "$CSISMS" "$@" >"$tmp/$name.json" 2>/dev/null; fi; }
out audit-time out audit-time 120 --basis isms-cert --json
out due out due appeal 2024-10-22 --json
out uscc out uscc 91350100M000100Y44 --json
out scope out scope 03.01 --json
out evaluate out evaluate --today 2025-12-02 --valid-until 2027-10-21 --suspended-on 2025-06-01 --json
out error err audit-time 0 --json
printf 'valid_until\n2027-01-01\nbad\n' >"$tmp/reg.csv"
out register out register "$tmp/reg.csv" --today 2025-06-01 --json
out register-summary err register "$tmp/reg.csv" --today 2025-06-01 --json

"$py" - "$CSISMS_SRCDIR/examples/schema" "$tmp" <<'PY'
import copy, json, os, sys
import jsonschema

schema_dir, tmp = sys.argv[1], sys.argv[2]
V = jsonschema.Draft202012Validator
fail = 0
passed = 0


def ok(cond, what):
    global fail, passed
    if cond:
        passed += 1
    else:
        fail += 1
        print("FAIL:", what)


schemas = {}
for f in sorted(os.listdir(schema_dir)):
    if f.endswith(".json"):
        with open(os.path.join(schema_dir, f), encoding="utf-8") as fh:
            schemas[f[:-5]] = json.load(fh)
for name, s in schemas.items():
    try:
        V.check_schema(s)
        ok(s.get("$schema") == "https://json-schema.org/draft/2020-12/schema", name + ": draft 2020-12")
    except jsonschema.SchemaError as e:
        ok(False, "%s is not a valid schema: %s" % (name, e.message))
commands = open(os.path.join(tmp, "commands")).read().split()
ok(len(commands) == 14, "14 commands listed: %r" % commands)
for c in commands:
    ok(c in schemas, "command %s has a schema" % c)
for name in schemas:
    ok(name in commands or name in ("error", "register-summary"), "schema %s belongs to a command" % name)


def valid(name, doc):
    return not list(V(schemas[name], format_checker=V.FORMAT_CHECKER).iter_errors(doc))


def load(name):
    with open(os.path.join(tmp, name + ".json"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def broken(name, doc, how, change):
    d = copy.deepcopy(doc)
    change(d)
    ok(not valid(name, d), "%s: %s still validates" % (name, how))


for name in ("audit-time", "due", "uscc", "scope", "evaluate", "error", "register", "register-summary"):
    docs = load(name)
    ok(len(docs) >= 1, name + ": an output to check")
    for doc in docs:
        ok(valid(name, doc), "%s: the CLI's output validates: %r" % (name, doc))
        broken(name, doc, "without format", lambda d: d.pop("format"))
        broken(name, doc, "format csisms/2", lambda d: d.update(format="csisms/2"))
        broken(name, doc, "an unknown key", lambda d: d.update(unknown=1))
doc = load("audit-time")[0]
broken("audit-time", doc, "days as a string", lambda d: d.update(isms_days="12"))
broken("audit-time", doc, "days not a multiple of 0.5", lambda d: d.update(isms_days=12.25))
broken("audit-time", doc, "an unknown basis", lambda d: d.update(basis="iso"))
doc = load("due")[0]
broken("due", doc, "appeal with a latest day", lambda d: d.update(latest=d["due"]))
broken("due", doc, "appeal without its due day", lambda d: d.pop("due"))
broken("due", doc, "a date that is no day", lambda d: d.update(due="2024-02-30"))
doc = load("uscc")[0]
broken("uscc", doc, "check reason without expected_check", lambda d: d.pop("expected_check"))
broken("uscc", doc, "invalid but valid:true", lambda d: d.update(valid=True))
doc = load("evaluate")[0]
broken("evaluate", doc, "a reason without text", lambda d: d["reasons"][0].pop("text"))
broken("evaluate", doc, "an unknown action", lambda d: d.update(action="ignore"))
doc = load("error")[0]
broken("error", doc, "status 1", lambda d: d["error"].update(status=1))
broken("error", doc, "without a message", lambda d: d["error"].pop("message"))
rows = load("register")
ok([r["action"] for r in rows] == ["maintain", "error"], "register: a maintained and an error record")
broken("register", rows[1], "an error record without its error", lambda d: d.update(error=None))
broken("register", rows[0], "a maintained record with an error", lambda d: d.update(error={"column": "", "message": "x"}))
broken("register-summary", load("register-summary")[0], "a count below 0", lambda d: d["summary"].update(rows=-1))
print("%d passed, %d failed" % (passed, fail))
sys.exit(1 if fail else 0)
PY
