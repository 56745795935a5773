# SPDX-License-Identifier: MIT
"""Projects the output of `csisms register` onto the columns the hand-worked
expected files of tests/data hold, for CSV and JSON Lines output alike.

    register_project.py csv|jsonl <OUTPUT >PROJECTION

It also checks what the expected files do not show: the CSV header is the
documented one, every record has all 14 columns, a row with reasons or
duties has as many texts as clauses, and JSON Lines output is valid UTF-8
JSON with the documented keys, "format" first. Any violation exits 1 with a message."""
import csv
import io
import json
import sys

COLUMNS = ["line", "certificate", "uscc", "organisation", "action", "action_name", "reasons",
           "reason_texts", "duties", "duty_texts", "deadline", "next_review", "error_column", "error"]
KEPT = ["line", "certificate", "uscc", "organisation", "action", "reasons", "duties", "deadline",
        "next_review", "error_column", "error"]
FORMAT = "csisms/1"  # the format version every JSON record starts with (csisms(1), JSON)
KEYS = ["format", "line", "certificate", "uscc", "organisation", "action", "action_name", "reasons", "duties",
        "deadline", "next_review", "error"]


def fail(why):
    sys.stderr.write("register_project: %s\n" % why)
    sys.exit(1)


def from_csv(data):
    text = data.decode("utf-8")  # raises on invalid UTF-8
    if "\r\n" not in text and text:
        fail("CSV output lines do not end in CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != COLUMNS:
        fail("CSV header is %r" % (rows[0] if rows else None))
    out = []
    for r in rows[1:]:
        if len(r) != len(COLUMNS):
            fail("record with %d columns: %r" % (len(r), r))
        rec = dict(zip(COLUMNS, r))
        for clauses, texts in (("reasons", "reason_texts"), ("duties", "duty_texts")):
            n = len(rec[clauses].split(";")) if rec[clauses] else 0
            m = len(rec[texts].split("; ")) if rec[texts] else 0
            if n != m:
                fail("line %s: %d %s but %d texts" % (rec["line"], n, clauses, m))
        if (rec["action"] == "error") != (rec["action_name"] == ""):
            fail("line %s: action %s with action_name %r" % (rec["line"], rec["action"], rec["action_name"]))
        out.append([rec[k] for k in KEPT])
    return out


# CSV output replaces the control characters other than tab, CR and LF with
# U+FFFD (csisms(1)); JSON Lines keeps them exactly, escaped. The projection
# of JSON Lines maps them alike, so one expected file serves both.
CONTROLS = {c: "\ufffd" for c in list(range(0x20)) + [0x7F] if c not in (0x09, 0x0A, 0x0D)}


def from_jsonl(data):
    out = []
    for raw in data.decode("utf-8").split("\n")[:-1]:
        rec = json.loads(raw)
        rec = {k: v.translate(CONTROLS) if isinstance(v, str) else v for k, v in rec.items()}
        if list(rec.keys()) != KEYS:
            fail("JSON keys %r" % list(rec.keys()))
        if rec["format"] != FORMAT:
            fail("line %d: format %r" % (rec["line"], rec["format"]))
        err = rec["error"] or {}
        for k in ("reasons", "duties"):
            if any(set(x.keys()) != {"clause", "text"} or not x["text"] for x in rec[k]):
                fail("line %d: bad %s %r" % (rec["line"], k, rec[k]))
        out.append([str(rec["line"])] + ["" if rec[k] is None else rec[k]
                                         for k in ("certificate", "uscc", "organisation", "action")]
                   + [";".join(x["clause"] for x in rec["reasons"]),
                      ";".join(x["clause"] for x in rec["duties"]),
                      rec["deadline"] or "", rec["next_review"] or "",
                      err.get("column", ""), err.get("message", "")])
    return out


def main():
    data = sys.stdin.buffer.read()
    rows = from_csv(data) if sys.argv[1] == "csv" else from_jsonl(data)
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(KEPT)
    w.writerows(rows)


main()
