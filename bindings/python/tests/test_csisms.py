# SPDX-License-Identifier: MIT
"""unittest suite of the Python binding, run against the library named by
$CSISMS_LIBRARY (``make check`` sets it to the just-built one).

Expected values are worked out by hand from the rules and doc/rules-model.md (the worked
examples of §1–§6), or computed here by an independent method; the interface
description generated from the header ($CSISMS_INTERFACE, by default
bindings/interface.json) is read to check that every function, structure and
constant of csisms.h has its binding.
"""

from __future__ import annotations

import array
import ctypes
import dataclasses
import math
import os
import json
import subprocess
import sys
import unittest
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import csisms  # noqa: E402
from csisms import _native  # noqa: E402
from csisms import (  # noqa: E402
    Action,
    Audit,
    Basis,
    Checklist,
    Duty,
    Lang,
    Mode,
    Reason,
    ScopeFlag,
    Status,
    SurveillanceKind,
)

HEADER = os.environ.get("CSISMS_HEADER") or os.path.join(HERE, "..", "..", "..", "include", "csisms.h")
# The interface description generated from the header (build-aux/csisms-iface.py);
# tests/iface.sh fails when it is stale.
INTERFACE = os.environ.get("CSISMS_INTERFACE") or os.path.join(HERE, "..", "..", "interface.json")
INT32_MAX = 2**31 - 1
D = date


# ---------------------------------------------------------------------------- the interface description


def interface() -> dict:
    with open(INTERFACE, encoding="utf-8") as f:
        return json.load(f)


def header_functions():
    """name -> (return type, [parameter types]) of every function of csisms.h."""
    return {
        f["name"]: (f["returns"]["c"], [p["type"]["c"] for p in f["params"]]) for f in interface()["functions"]
    }


def header_structs():
    """struct name -> [(type, field)] of every struct with a public layout."""
    return {
        s["name"]: [(f["type"]["c"], f["name"]) for f in s["fields"]]
        for s in interface()["structs"]
        if not s["opaque"]
    }


def header_constants():
    """C name -> value of every integer constant: enum members and #defines."""
    d = interface()
    known = {m["name"]: m["value"] for e in d["enums"] for m in e["members"]}
    known.update({c["name"]: c["value"] for c in d["constants"] if c["kind"] == "int"})
    return known


P = ctypes.POINTER
C_TYPES = {
    "int": ctypes.c_int,
    "unsigned": ctypes.c_uint,
    "int32_t": ctypes.c_int32,
    "uint32_t": ctypes.c_uint32,
    "int64_t": ctypes.c_int64,
    "size_t": ctypes.c_size_t,
    "csisms_date": ctypes.c_int32,
    "const char *": ctypes.c_char_p,
    "char *": ctypes.c_char_p,
    "int32_t *": P(ctypes.c_int32),
    "const int32_t *": P(ctypes.c_int32),
    "uint32_t *": P(ctypes.c_uint32),
    "int64_t *": P(ctypes.c_int64),
    "size_t *": P(ctypes.c_size_t),
    "csisms_date *": P(ctypes.c_int32),
    "const csisms_date *": P(ctypes.c_int32),
    "const uint32_t *": P(ctypes.c_uint32),
    "const uint8_t *": P(ctypes.c_uint8),
    "const csisms_scope *": ctypes.c_void_p,
    "const csisms_scope **": P(ctypes.c_void_p),
    "const csisms_facts *": P(_native.CFacts),
    "csisms_verdict *": P(_native.CVerdict),
    "int *": P(ctypes.c_int),
    "const csisms_client *": P(_native.CClient),
    "csisms_programme_entry *": P(_native.CProgrammeEntry),
    "csisms_step *": P(_native.CStep),
    "const csisms_audit_record *": P(_native.CAuditRecord),
    "csisms_breach *": P(_native.CBreach),
}


class HeaderCoverage(unittest.TestCase):
    """Every function, structure and constant of csisms.h has a binding."""

    def test_header_parsed(self):
        functions = header_functions()
        self.assertGreaterEqual(len(functions), 54, "too few CSISMS_API functions found in the header")
        self.assertIn("csisms_duty_text", functions)
        self.assertIn("csisms_duty_clause", functions)
        self.assertEqual(functions["csisms_isms_band"], ("int", ["uint32_t", "uint32_t *", "uint32_t *", "int32_t *"]))

    def test_every_function_is_bound(self):
        header = set(header_functions())
        unbound = sorted(header - set(csisms.C_FUNCTIONS))
        self.assertEqual(unbound, [], "functions of csisms.h without a Python binding")
        undeclared = sorted(header - set(_native.PROTOTYPES))
        self.assertEqual(undeclared, [], "functions of csisms.h without a ctypes prototype")
        self.assertEqual(sorted(set(_native.PROTOTYPES) - header), [], "prototypes of functions not in csisms.h")
        self.assertEqual(sorted(set(csisms.C_FUNCTIONS) - header), [], "bindings of functions not in csisms.h")
        for name, function in csisms.C_FUNCTIONS.items():
            self.assertTrue(callable(function), name)
            self.assertIn(function.__name__, csisms.__all__, name)

    def test_prototypes_match_header(self):
        for name, (ret, params) in header_functions().items():
            with self.subTest(function=name):
                restype, argtypes = _native.PROTOTYPES[name]
                self.assertIs(restype, C_TYPES[ret], f"return type {ret}")
                self.assertEqual(len(argtypes), len(params))
                for got, want in zip(argtypes, params):
                    self.assertIs(got, C_TYPES[want], f"parameter type {want}")
                loaded = getattr(_native.library, name)
                self.assertIs(loaded.restype, restype)
                self.assertEqual(list(loaded.argtypes), list(argtypes))

    def test_structs_match_header(self):
        structs = header_structs()
        for cname, cls in (("csisms_facts", _native.CFacts), ("csisms_verdict", _native.CVerdict),
                           ("csisms_client", _native.CClient),
                           ("csisms_programme_entry", _native.CProgrammeEntry),
                           ("csisms_step", _native.CStep), ("csisms_audit_record", _native.CAuditRecord),
                           ("csisms_breach", _native.CBreach)):
            with self.subTest(struct=cname):
                fields = structs[cname]
                self.assertEqual([n for _, n in fields], [n for n, _ in cls._fields_])
                for (ctype, _), (_, pytype) in zip(fields, cls._fields_):
                    self.assertIs(pytype, C_TYPES[ctype])
        for st in interface()["structs"]:
            if st["opaque"]:
                continue
            cls = getattr(_native, "C" + "".join(w.capitalize() for w in st["name"].split("_")[1:]))
            self.assertEqual(ctypes.sizeof(cls), st["size"], st["name"])
            for field in st["fields"]:
                self.assertEqual(getattr(cls, field["name"]).offset, field["offset"], f"{st['name']}.{field['name']}")
        self.assertEqual(ctypes.sizeof(_native.CFacts), 36)
        self.assertEqual(ctypes.sizeof(_native.CVerdict), 24)
        # CSISMS_FACTS_INIT / CSISMS_VERDICT_INIT: size set, everything else 0.
        facts, verdict = _native.CFacts(), _native.CVerdict()
        self.assertEqual(facts.size, 36)
        self.assertEqual(verdict.size, 24)
        self.assertTrue(all(getattr(facts, n) == 0 for n, _ in facts._fields_[1:]))
        self.assertTrue(all(getattr(verdict, n) == 0 for n, _ in verdict._fields_[1:]))

    def test_constants_match_header(self):
        constants = header_constants()
        self.assertGreaterEqual(len(constants), 70)
        missing = sorted(set(constants) - set(csisms.C_CONSTANTS))
        self.assertEqual(missing, [], "constants of csisms.h without a Python binding")
        for name, value in constants.items():
            with self.subTest(constant=name):
                self.assertEqual(int(csisms.C_CONSTANTS[name]), value)
        self.assertEqual(sorted(set(csisms.C_CONSTANTS) - set(constants)), [])
        with open(HEADER, encoding="utf-8") as f:
            self.assertIn(f'#define CSISMS_VERSION_STRING "{csisms.VERSION_STRING}"', f.read())

    def test_every_function_is_reached(self):
        """Calling the Python API reaches every C function of the header."""

        class Recorder:
            def __init__(self, lib):
                self.lib, self.seen = lib, set()

            def __getattr__(self, name):
                self.seen.add(name)
                return getattr(self.lib, name)

        recorder = Recorder(csisms._lib)
        saved = csisms._lib
        csisms._lib = recorder
        # evaluate() calls csisms_evaluate through a function pointer bound
        # once (the per-call path of issue 14): the very function's address.
        address = ctypes.cast(saved.csisms_evaluate, ctypes.c_void_p).value
        self.assertEqual(ctypes.cast(csisms._evaluate_c, ctypes.c_void_p).value, address)
        saved_evaluate = csisms._evaluate_c

        def evaluate_c(*args):
            recorder.seen.add("csisms_evaluate")
            return saved_evaluate(*args)

        csisms._evaluate_c = evaluate_c
        calls = [
            lambda: csisms.version(),
            lambda: csisms.check_version(),
            lambda: csisms.strerror(-1),
            lambda: csisms.isms_audit_days(120),
            lambda: csisms.isms_band(0),
            lambda: csisms.initial_audit_days(12),
            lambda: csisms.audit_days(120),
            lambda: csisms.min_reduced_days(8),
            lambda: csisms.min_onsite_days(8),
            lambda: csisms.surveillance_days(8),
            lambda: csisms.surveillance_cycle_min_days(8),
            lambda: csisms.recert_min_days(8),
            lambda: csisms.combined_min_days([1, 2]),
            lambda: csisms.round_up_half(1, 3),
            lambda: csisms.days_format(1),
            lambda: csisms.days_parse("1"),
            lambda: csisms.date_valid(20240101),
            lambda: csisms.date_parse("2024-01-01"),
            lambda: csisms.date_parse_lenient("2024/1/1"),
            lambda: csisms.date_format(D(2024, 1, 1)),
            lambda: csisms.date_add_days(D(2024, 1, 1), 1),
            lambda: csisms.date_add_months(D(2024, 1, 1), 1),
            lambda: csisms.date_diff_days(D(2024, 1, 1), D(2024, 1, 2)),
            lambda: csisms.surveillance_due(1, D(2024, 1, 1)),
            lambda: csisms.certificate_valid_until(D(2024, 1, 1)),
            lambda: csisms.recert_valid_until(D(2024, 1, 1), D(2024, 1, 1)),
            lambda: csisms.recert_window_opens(D(2024, 1, 1)),
            lambda: csisms.suspension_ends_by(D(2024, 1, 1)),
            lambda: csisms.appeal_due(D(2024, 1, 1)),
            lambda: csisms.correction_due(D(2024, 1, 1)),
            lambda: csisms.scope_lookup("03.01"),
            lambda: csisms.scope_count(),
            lambda: csisms.scope_at(5),
            lambda: csisms.scope_find("a"),
            lambda: csisms.evaluate(today=D(2025, 1, 1), valid_until=D(2026, 1, 1)),
            lambda: csisms.evaluate_batch([20250101], [20260101]),
            lambda: csisms.reason_clause(1),
            lambda: csisms.reason_text(1),
            lambda: csisms.action_name(0),
            lambda: csisms.duty_text(1),
            lambda: csisms.duty_clause(1),
            lambda: csisms.checklist_size(1),
            lambda: csisms.checklist_mode(1),
            lambda: csisms.checklist_clause(1),
            lambda: csisms.checklist_title(1),
            lambda: csisms.checklist_item(1, 1),
            lambda: csisms.checklist_conditional(1),
            lambda: csisms.checklist_eval(1, 0),
            lambda: csisms.uscc_validate("91350100M000100Y43"),
            lambda: csisms.sample_sites(4),
            lambda: csisms.rule_clause(1),
            lambda: csisms.rule_text(1),
            lambda: csisms.rule_count(),
            lambda: csisms.rule_at(0),
            lambda: csisms.reason_rule(1),
            lambda: csisms.reason_of_clause("8.2"),
            lambda: csisms.isms_band_index(120),
            lambda: csisms.uscc_check("x"),
            lambda: csisms.scope_under("04.13"),
            lambda: csisms.programme(120, decided=D(2024, 10, 22)),
            lambda: csisms.justify(120),
            lambda: csisms.record_check(120, decided=D(2024, 10, 22), audits=[]),
        ]
        try:
            for call in calls:
                try:
                    call()
                except csisms.CsismsError:
                    pass  # reaching the function is what counts here
        finally:
            csisms._lib = saved
            csisms._evaluate_c = saved_evaluate
        self.assertEqual(sorted(set(header_functions()) - recorder.seen), [])


# ---------------------------------------------------------------------------- loading, errors


class Loading(unittest.TestCase):
    def test_candidates(self):
        saved = os.environ.get("CSISMS_LIBRARY")
        try:
            os.environ["CSISMS_LIBRARY"] = "/x/libcsisms.so.1"
            self.assertEqual(_native.candidates(), ["/x/libcsisms.so.1"])
            del os.environ["CSISMS_LIBRARY"]
            found = _native.candidates()
            self.assertEqual(found[-1], "libcsisms.so.1")
            self.assertEqual(len(found), len(set(found)))
        finally:
            if saved is not None:
                os.environ["CSISMS_LIBRARY"] = saved

    def test_bad_library_is_an_import_error(self):
        with self.assertRaises(ImportError) as ctx:
            _native.load(["/nonexistent/libcsisms.so.1"])
        self.assertIn("/nonexistent/libcsisms.so.1", str(ctx.exception))
        self.assertIn("CSISMS_LIBRARY", str(ctx.exception))
        # A library that lacks the functions (libc) is refused too.
        with self.assertRaises(ImportError):
            _native.load(["libc.so.6"])

    def test_import_with_bad_environment(self):
        env = dict(os.environ, CSISMS_LIBRARY="/nonexistent/libcsisms.so.1", PYTHONDONTWRITEBYTECODE="1")
        code = "import csisms"
        run = subprocess.run([sys.executable, "-c", code], cwd=os.path.dirname(HERE), env=env,
                             capture_output=True, text=True)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("ImportError", run.stderr)

    def test_loaded_the_library_asked_for(self):
        path = os.environ.get("CSISMS_LIBRARY")
        if path:
            self.assertEqual(_native.library._name, path)


class Errors(unittest.TestCase):
    CLASSES = {
        -1: (csisms.InvalidArgumentError, ValueError),
        -2: (csisms.RangeError, ArithmeticError),
        -3: (csisms.NotFoundError, LookupError),
        -4: (csisms.AmbiguousError, LookupError),
        -5: (csisms.NotPermittedError, csisms.CsismsError),
        -6: (csisms.NoSpaceError, csisms.CsismsError),
        -7: (csisms.VersionError, csisms.CsismsError),
        -8: (csisms.ChecksumError, ValueError),
    }

    def test_one_class_per_status(self):
        self.assertEqual(sorted(csisms.ERRORS), list(range(-8, 0)))
        self.assertEqual(len(set(csisms.ERRORS.values())), 8)
        for status, (cls, base) in self.CLASSES.items():
            with self.subTest(status=status):
                err = csisms.error_for(status, "csisms_x")
                self.assertIs(type(err), cls)
                self.assertIsInstance(err, csisms.CsismsError)
                self.assertIsInstance(err, base)
                self.assertEqual(err.status, status)
                self.assertIsInstance(err.status, Status)
                self.assertEqual(err.function, "csisms_x")
                self.assertEqual(str(err), "csisms_x: " + csisms.strerror(status))

    def test_unknown_status(self):
        err = csisms.error_for(-99)
        self.assertIs(type(err), csisms.CsismsError)
        self.assertEqual(err.status, -99)
        self.assertEqual(str(err), csisms.strerror(-99))

    def test_status_beyond_c_int_is_not_truncated(self):
        # ctypes would pass 2**40 as 0, "success"
        for status in (2**40, -(2**40), 2**32, 2**31, -(2**31) - 1, 2**64):
            with self.subTest(status=status):
                err = csisms.error_for(status, "csisms_x")
                self.assertIs(type(err), csisms.CsismsError)
                self.assertEqual(err.status, status)
                self.assertEqual(str(err), f"csisms_x: unknown status {status}")
                self.assertNotIn("success", str(err))
        for bad in ("x", None, 1.0, True):
            with self.subTest(bad=bad), self.assertRaises(TypeError) as ctx:
                csisms.error_for(bad)  # type: ignore[arg-type]
            self.assertIn(f"argument status = {bad!r}: must be an int, not {type(bad).__name__}", str(ctx.exception))

    def test_strerror(self):
        texts = {s: csisms.strerror(s) for s in list(range(-9, 2)) + [-1000, 1000]}
        self.assertTrue(all(texts.values()))
        self.assertEqual(len({texts[s] for s in range(-8, 1)}), 9, "each status has its own text")
        self.assertEqual(texts[Status.EINVAL], "invalid argument")
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.strerror(2**40)

    def test_statuses_raised_by_the_library(self):
        cases = [
            (csisms.InvalidArgumentError, lambda: csisms.days_parse("x")),
            (csisms.RangeError, lambda: csisms.date_add_days(D(9999, 12, 31), 1)),
            (csisms.NotFoundError, lambda: csisms.scope_lookup("05")),
            (csisms.AmbiguousError, lambda: csisms.scope_lookup("04.13")),
            (csisms.ChecksumError, lambda: csisms.uscc_validate("91350100M000100Y44")),
        ]
        for cls, call in cases:
            with self.subTest(error=cls.__name__):
                with self.assertRaises(cls) as ctx:
                    call()
                self.assertEqual(ctx.exception.status, next(s for s, c in csisms.ERRORS.items() if c is cls))
                self.assertTrue(str(ctx.exception).startswith(ctx.exception.function + ": "))

    def test_version_and_nospace_through_the_c_interface(self):
        lib = _native.library
        facts = _native.CFacts(today=20250101, valid_until=20260101)
        verdict = _native.CVerdict()
        facts.size = 35
        self.assertEqual(lib.csisms_evaluate(ctypes.byref(facts), ctypes.byref(verdict)), Status.EVERSION)
        self.assertIsInstance(csisms.error_for(Status.EVERSION), csisms.VersionError)
        buf = ctypes.create_string_buffer(b"zz", 3)
        self.assertEqual(lib.csisms_days_format(17, buf, 3), Status.ENOSPC)
        self.assertEqual(buf.raw, b"zz\0", "nothing written on ENOSPC")

    def test_binding_refuses_unrepresentable_arguments(self):
        for call in (lambda: csisms.audit_days(2**32), lambda: csisms.audit_days(-1),
                     lambda: csisms.sample_sites(1, 2**31), lambda: csisms.date_add_days(D(2024, 1, 1), 2**31),
                     lambda: csisms.evaluate(today=D(2025, 1, 1), valid_until=D(2026, 1, 1), grounds=2**32),
                     lambda: csisms.days_parse("8\x005"), lambda: csisms.scope_lookup("\ud800")):
            with self.assertRaises(csisms.InvalidArgumentError) as ctx:
                call()
            self.assertEqual(ctx.exception.status, Status.EINVAL)
            self.assertTrue(ctx.exception.detail)

    def test_wrong_types_name_the_parameter_and_the_value(self):
        today, until = D(2025, 1, 1), D(2026, 1, 1)
        cases = [
            # flags are bool only: "no" is truthy, 1 and None are not bools
            (lambda: csisms.evaluate(today=today, valid_until=until, suspension_resolved="no"),
             "csisms_evaluate: argument suspension_resolved = 'no': must be a bool (True or False), not str"),
            (lambda: csisms.evaluate(today=today, valid_until=until, suspension_resolved=1),
             "argument suspension_resolved = 1: must be a bool (True or False), not int"),
            (lambda: csisms.evaluate(today=today, valid_until=until, correction_done=None),
             "argument correction_done = None: must be a bool (True or False), not NoneType"),
            (lambda: csisms.evaluate(today=today, valid_until=until, correction_done="False"),
             "argument correction_done = 'False': must be a bool (True or False), not str"),
            # None where a sequence is required
            (lambda: csisms.combined_min_days(None), "csisms_combined_min_days: argument parts = None: must be an iterable"
             " of durations, not NoneType"),
            (lambda: csisms.combined_min_days(12), "argument parts = 12: must be an iterable of durations, not int"),
            (lambda: csisms.combined_min_days("12"), "argument parts = '12': must be an iterable of durations, not str"),
            (lambda: csisms.evaluate(today=today, valid_until=until, grounds=None),
             "csisms_evaluate: argument grounds = None: must be a Reason, an int mask or an iterable of Reason bits, not NoneType"),
            (lambda: csisms.evaluate(today=today, valid_until=until, grounds="7.1.1(1)"),
             "argument grounds = '7.1.1(1)': must be a Reason, an int mask or an iterable of Reason bits, not str"),
            (lambda: csisms.checklist_eval(2, None),
             "csisms_checklist_eval: argument present = None: must be a bit mask or an iterable of item numbers, not NoneType"),
            (lambda: csisms.checklist_eval(2, 0, None), "argument not_applicable = None: must be a bit mask or an iterable"),
            (lambda: csisms.items_mask(None), "items_mask: argument items = None: must be an iterable of item numbers, not NoneType"),
            # other parameters
            (lambda: csisms.audit_days("120"), "csisms_audit_days: argument personnel = '120': must be an int, not str"),
            (lambda: csisms.audit_days(120.0), "argument personnel = 120.0: must be an int, not float"),
            (lambda: csisms.min_onsite_days(8.5), "csisms_min_onsite_days: argument days = 8.5: must be an int, Fraction, Decimal or str, not float"),
            (lambda: csisms.date_format(20241022), "csisms_date_format: argument date = 20241022: must be a datetime.date or a str,"
             " not int"),
            (lambda: csisms.evaluate(today=None, valid_until=until), "argument today = None: must be a datetime.date or a str,"
             " not NoneType"),
            (lambda: csisms.scope_at("1"), "csisms_scope_at: argument index = '1': must be an int, not str"),
            (lambda: csisms.scope_find("bank", "0"), "argument start = '0': must be an int, not str"),
            (lambda: csisms.uscc_validate(None), "csisms_uscc_validate: argument code = None: must be a str, not NoneType"),
            (lambda: csisms.date_valid("20240101"), "argument date = '20240101': must be an int YYYYMMDD or a datetime.date,"
             " not str"),
        ]
        for call, message in cases:
            with self.subTest(message=message):
                with self.assertRaises(TypeError) as ctx:
                    call()
                self.assertIn(message, str(ctx.exception))
        # the flags still work with bools
        v = csisms.evaluate(today=today, valid_until=until, suspended_on=D(2024, 12, 1), suspension_resolved=True)
        self.assertEqual(v.action, Action.REINSTATE)
        v = csisms.evaluate(today=today, valid_until=until, suspended_on=D(2024, 12, 1), suspension_resolved=False)
        self.assertEqual(v.action, Action.SUSPEND)

    def test_integers_are_range_checked_before_ctypes(self):
        # every integer parameter, one past each end of its C type
        cases = [
            (lambda v: csisms.audit_days(v), "personnel", (-1, 2**32)),
            (lambda v: csisms.isms_band(v), "index", (-1, 2**32)),
            (lambda v: csisms.audit_days(1, v), "basis", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.date_add_days(D(2024, 1, 1), v), "days", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.date_add_months(D(2024, 1, 1), v), "months", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.surveillance_due(v, D(2024, 1, 1)), "kind", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.reason_clause(v), "reason", (-1, 2**32)),
            (lambda v: csisms.duty_text(v), "duty", (-1, 2**32)),
            (lambda v: csisms.action_name(v), "action", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.action_name(0, v), "lang", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.checklist_size(v), "list", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.checklist_item(1, v), "item", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.checklist_eval(1, v), "present", (-1, 2**32)),
            (lambda v: csisms.sample_sites(v), "sites", (-1, 2**32)),
            (lambda v: csisms.sample_sites(1, v), "audit", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.check_version(v), "required", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.strerror(v), "status", (-(2**31) - 1, 2**31)),
            (lambda v: csisms.round_up_half(v, 1), "numerator", (-(2**63) - 1, 2**63)),
            (lambda v: csisms.evaluate(today=D(2025, 1, 1), valid_until=D(2026, 1, 1), grounds=v), "grounds",
             (-1, 2**32)),
        ]
        for call, name, values in cases:
            for value in values:
                with self.subTest(name=name, value=value):
                    with self.assertRaises(csisms.InvalidArgumentError) as ctx:
                        call(value)
                    self.assertIn(f"argument {name} = {value}: must be", str(ctx.exception))

    def test_wrong_python_types(self):
        for call in (lambda: csisms.audit_days(120.0), lambda: csisms.audit_days("120"),
                     lambda: csisms.audit_days(True), lambda: csisms.min_reduced_days(8.5),
                     lambda: csisms.date_format(20241022), lambda: csisms.date_format(datetime(2024, 1, 1)),
                     lambda: csisms.days_parse(b"8.5"), lambda: csisms.combined_min_days("12"),
                     lambda: csisms.round_up_half(Fraction(1, 2), 3)):
            with self.assertRaises(TypeError):
                call()


class Programme(unittest.TestCase):
    """1.1: rules, queries, programme, justification, record check (hand-worked)."""

    def test_rules(self):
        self.assertEqual(csisms.rule_clause(csisms.Rule.ONSITE), "4.5.1.2")
        self.assertEqual(csisms.rule_text(csisms.Rule.ONSITE), "整个审核时间中，现场审核时间不应少于 80%")
        self.assertEqual(csisms.rule_count(), 43)  # 23 figures and limits, 16 reasons, 4 duties
        self.assertEqual(csisms.rules()[0], csisms.Rule.ISMS_TABLE)
        self.assertEqual(csisms.reason_rule(csisms.Reason.EXPIRED), csisms.Rule.R_EXPIRED)
        self.assertEqual(csisms.reason_of_clause("7.2.1(5)"), csisms.Reason.SUSPENSION_EXPIRED)
        with self.assertRaises(csisms.NotFoundError):
            csisms.reason_of_clause("7.2.1(9)")
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.reason_rule(3)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.rule_clause(0)
        with self.assertRaises(csisms.NotFoundError):
            csisms.rule_at(43)

    def test_queries(self):
        self.assertEqual(csisms.isms_band_index(120), 6)  # 86-125
        self.assertEqual(csisms.isms_band_index(10701), 22)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.isms_band_index(0)
        d = csisms.uscc_check("91350100M000100Y44")
        self.assertEqual((d.status, d.position, d.expected), (csisms.Status.ECHECKSUM, 18, "3"))
        d = csisms.uscc_check("9135０100M000100Y44")
        self.assertEqual((d.status, d.position, d.expected), (csisms.Status.EINVAL, 5, None))
        self.assertEqual([e.code for e in csisms.scope_under("4.13")], ["04.13.01", "04.13.02"])
        self.assertEqual(csisms.scope_under("99"), ())
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.scope_under("x")

    def test_programme(self):
        # 120 persons, isms-cert: 7 days; surveillance 7/3 -> 2.5; on site 2.
        p = csisms.programme(120, csisms.Basis.ISMS_CERT, decided=D(2024, 10, 22))
        self.assertEqual([e.kind for e in p], [csisms.ProgrammeKind.INITIAL, csisms.ProgrammeKind.VALIDITY,
                                               csisms.ProgrammeKind.SURVEILLANCE1, csisms.ProgrammeKind.SURVEILLANCE2,
                                               csisms.ProgrammeKind.RECERT])
        self.assertEqual((p[0].total_days, p[0].onsite_days), (7, 6))
        self.assertEqual(p[1].last, D(2027, 10, 21))
        self.assertEqual((p[3].last, p[3].latest, p[3].total_days), (D(2026, 10, 22), D(2027, 1, 22), Fraction(5, 2)))
        self.assertEqual(p[3].rules["latest"], csisms.Rule.POSTPONEMENT)
        self.assertEqual(p[4].earliest, D(2027, 7, 23))
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.programme(120)
        with self.assertRaises(csisms.NotPermittedError):
            csisms.programme(120, csisms.Basis.ISMS_CERT, decided=D(2024, 10, 22), planned_days=Fraction(9, 2))

    def test_justify(self):
        steps = csisms.justify(120, csisms.Basis.ISMS_CERT)
        self.assertEqual([(s.rule, s.input, s.result) for s in steps[:3]],
                         [(csisms.Rule.ISMS_TABLE, 120, 12), (csisms.Rule.NOTE_ISMS_CERT, 12, 7),
                          (csisms.Rule.ONSITE, 7, 6)])
        self.assertEqual(steps[4].rule, csisms.Rule.SURVEILLANCE_CYCLE)
        self.assertEqual(steps[4].result, 5)  # 2/3 of 7 = 4.67 -> 5

    def test_record_check(self):
        S1, S2 = csisms.ProgrammeKind.SURVEILLANCE1, csisms.ProgrammeKind.SURVEILLANCE2
        short = csisms.record_check(120, csisms.Basis.ISMS_CERT, decided=D(2024, 10, 22),
                                    audits=[(S1, D(2025, 9, 1), 2, 2), (S2, D(2026, 9, 1), 2, 2)])
        self.assertEqual(short, [csisms.Breach(csisms.Rule.SURVEILLANCE_CYCLE, None, 4, 5)])
        ok = csisms.record_check(120, csisms.Basis.ISMS_CERT, decided=D(2024, 10, 22),
                                 audits=[(S1, D(2025, 9, 1), Fraction(5, 2), Fraction(5, 2)), (S2, D(2026, 9, 1), Fraction(5, 2), Fraction(5, 2))])
        self.assertEqual(ok, [])
        late = csisms.record_check(120, csisms.Basis.ISMS_CERT, decided=D(2024, 10, 22),
                                   audits=[(S1, D(2025, 10, 23), Fraction(5, 2), Fraction(5, 2))])
        self.assertEqual(late, [csisms.Breach(csisms.Rule.FIRST_SURVEILLANCE, 0, D(2025, 10, 23), D(2025, 10, 22))])
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.record_check(120, decided=D(2024, 10, 22), audits=[(csisms.ProgrammeKind.VALIDITY, D(2025, 1, 1), 1, 1)])


class Version(unittest.TestCase):
    def test_version(self):
        self.assertRegex(csisms.version(), r"^1\.\d+\.\d+$")
        major, minor, patch = (int(x) for x in csisms.VERSION_STRING.split("."))
        self.assertEqual((csisms.VERSION_MAJOR, csisms.VERSION_MINOR, csisms.VERSION_PATCH), (major, minor, patch))
        self.assertEqual(csisms.VERSION_NUMBER, (major << 16) | (minor << 8) | patch)
        self.assertEqual(csisms.__version__, csisms.VERSION_STRING)
        self.assertTrue(csisms.check_version())
        self.assertTrue(csisms.check_version(0x010000))
        self.assertTrue(csisms.check_version(0x010100))
        self.assertFalse(csisms.check_version(0x020000))
        self.assertFalse(csisms.check_version(0x000900))
        self.assertFalse(csisms.check_version(-1))
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.check_version(2**40)


# ---------------------------------------------------------------------------- §1 audit time


class AuditTime(unittest.TestCase):
    def test_worked_examples(self):
        # doc/rules-model.md §1: 120 persons → 12 days; ISMS_CERT 7; ISMS_CERT_HERE 6; COMBINED 5 (4.8 rounded up).
        self.assertEqual(csisms.isms_audit_days(120), 12)
        self.assertIsInstance(csisms.isms_audit_days(120), Fraction)
        self.assertEqual(csisms.audit_days(120), 12)
        self.assertEqual(csisms.audit_days(120, Basis.ISMS_CERT), 7)
        self.assertEqual(csisms.audit_days(120, Basis.ISMS_CERT_HERE), 6)
        self.assertEqual(csisms.audit_days(120, Basis.COMBINED), 5)
        # 30 persons (8.5 days) → ISMS_CERT 5.5, COMBINED 3.5; derived figures.
        self.assertEqual(csisms.isms_audit_days(30), Fraction(17, 2))
        self.assertEqual(csisms.audit_days(30, Basis.ISMS_CERT), Fraction(11, 2))
        self.assertEqual(csisms.audit_days(30, Basis.COMBINED), Fraction(7, 2))
        t = csisms.isms_audit_days(30)
        self.assertEqual(csisms.min_reduced_days(t), 6)
        self.assertEqual(csisms.min_onsite_days(t), 7)
        self.assertEqual(csisms.surveillance_days(t), 3)
        self.assertEqual(csisms.surveillance_cycle_min_days(t), 6)
        self.assertEqual(csisms.recert_min_days(t), 6)

    def test_duration_inputs(self):
        for value in (Fraction(17, 2), "8.5", "8.50", "8.01", Decimal("8.5"), Decimal("8.50")):
            with self.subTest(value=value):
                self.assertEqual(csisms.initial_audit_days(value, Basis.ISMS_CERT), Fraction(11, 2))
        self.assertEqual(csisms.initial_audit_days(12, Basis.COMBINED), 5)
        self.assertEqual(csisms.initial_audit_days(12), 12)
        for bad in (Fraction(1, 3), Decimal("0.1"), "x", "", Decimal("NaN")):
            with self.subTest(bad=bad), self.assertRaises(csisms.InvalidArgumentError):
                csisms.initial_audit_days(bad)
        self.assertEqual(csisms.days_to_halfdays("8.5"), 17)
        self.assertEqual(csisms.halfdays_to_days(17), Fraction(17, 2))
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.days_to_halfdays(Fraction(2**31, 2))

    def test_domain_errors(self):
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.isms_audit_days(0)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.audit_days(120, 4)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.initial_audit_days(0, Basis.NONE)
        for fn in (csisms.min_reduced_days, csisms.min_onsite_days, csisms.surveillance_days,
                   csisms.surveillance_cycle_min_days, csisms.recert_min_days):
            with self.subTest(function=fn.__name__):
                self.assertEqual(fn(Fraction(1, 2)), Fraction(1, 2))
                with self.assertRaises(csisms.InvalidArgumentError):
                    fn(0)
                with self.assertRaises(csisms.InvalidArgumentError):
                    fn(-1)

    def test_bands(self):
        self.assertEqual(csisms.isms_band(0), csisms.Band(0, 1, 10, Fraction(5)))
        self.assertEqual(csisms.isms_band(21), csisms.Band(21, 8501, 10700, Fraction(28)))
        self.assertEqual(csisms.isms_band(22), csisms.Band(22, 10701, 13375, Fraction(29)))
        self.assertEqual(csisms.isms_band(79), csisms.Band(79, 3575068479, 4294967295, Fraction(86)))
        with self.assertRaises(csisms.NotFoundError):
            csisms.isms_band(80)
        with self.assertRaises(csisms.NotFoundError):
            csisms.isms_band(2**32 - 1)
        bands = csisms.isms_bands()
        self.assertEqual(len(bands), 80)
        for prev, band in zip(bands, bands[1:]):
            self.assertEqual(band.lower, prev.upper + 1)
        self.assertEqual(csisms.isms_audit_days(4294967295), 86)
        self.assertEqual(csisms.isms_audit_days(10701), 29)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            bands[0].days = 1  # type: ignore[misc]

    def test_duration_text_is_read_by_the_library(self):
        # The CLI's reading (csisms_days_parse): ASCII digits, optionally "."
        # and digits, rounded up to 0.5 day; nothing else.
        for text, halfdays in (("3.3", 7), ("4.1", 9), ("8.25", 17), ("0.000001", 1), ("007", 14), ("8.5", 17)):
            with self.subTest(text=text):
                self.assertEqual(csisms.days_to_halfdays(text), halfdays)
                self.assertEqual(csisms.days_to_halfdays(text), csisms.days_parse(text) * 2)
        for text in ("８.５", " 8.5 ", "8.5 ", "17/2", "1e1", "+8", "-1", "8,5", ".5", "5.", "", "NaN"):
            with self.subTest(text=text):
                with self.assertRaises(csisms.InvalidArgumentError) as ctx:
                    csisms.min_onsite_days(text)
                self.assertIn(f"argument days = {text!r}: is not a number of days", str(ctx.exception))
        with self.assertRaises(csisms.RangeError):
            csisms.min_onsite_days("1073741824")
        # 3.3 + 4.1 → 3.5 + 4.5 = 8; 80 % is 6.4 → 6.5, as `csisms combined 3.3 4.1`
        self.assertEqual(csisms.combined_min_days(["3.3", "4.1"]), Fraction(13, 2))
        self.assertEqual(csisms.combined_min_days(["3.3", Fraction(9, 2)]), Fraction(13, 2))
        with self.assertRaises(csisms.InvalidArgumentError) as ctx:
            csisms.combined_min_days([4, "４"])
        self.assertIn("parts[1] = '４'", str(ctx.exception))
        self.assertEqual(csisms.round_up_half("3.3"), Fraction(7, 2))
        self.assertEqual(csisms.days_format("0.25"), "0.5")

    def test_combined(self):
        self.assertEqual(csisms.combined_min_days([12, "8.5"]), Fraction(33, 2))  # 16.4 → 16.5
        self.assertEqual(csisms.combined_min_days(iter([Fraction(1, 2), Fraction(1, 2)])), 1)
        for bad in ([], [12], [12, 0], [0, -1, 5]):
            with self.subTest(parts=bad), self.assertRaises(csisms.InvalidArgumentError):
                csisms.combined_min_days(bad)
        big = Fraction(INT32_MAX, 2)
        with self.assertRaises(csisms.RangeError):
            csisms.combined_min_days([big, big])

    def test_round_up_half(self):
        self.assertEqual(csisms.round_up_half(24, 5), 5)
        self.assertEqual(csisms.round_up_half(Fraction(24, 5)), 5)
        self.assertEqual(csisms.round_up_half("4.8"), 5)
        self.assertEqual(csisms.round_up_half(Decimal("3.4")), Fraction(7, 2))
        self.assertEqual(csisms.round_up_half(0, 1), 0)
        self.assertEqual(csisms.round_up_half(7), 7)
        self.assertEqual(csisms.round_up_half(Fraction(1, 2**62)), Fraction(1, 2))
        self.assertEqual(csisms.round_up_half(INT32_MAX, 2), Fraction(INT32_MAX, 2))
        self.assertEqual(csisms.round_up_half(2**63 - 1, 2**62), Fraction(2))
        with self.assertRaises(csisms.RangeError):
            csisms.round_up_half(2**30, 1)
        with self.assertRaises(csisms.RangeError):
            csisms.round_up_half(2**63 - 1, 1)
        with self.assertRaises(csisms.RangeError):
            csisms.round_up_half(Fraction(3**50))
        for num, den in ((-1, 1), (1, 0), (1, -2)):
            with self.assertRaises(csisms.InvalidArgumentError):
                csisms.round_up_half(num, den)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.round_up_half(2**63, 1)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.round_up_half(Fraction(1, 3**50))
        with self.assertRaises(TypeError):
            csisms.round_up_half(1.5)

    def test_days_format_and_parse(self):
        for days, text in ((Fraction(17, 2), "8.5"), (5, "5"), ("0.5", "0.5"), (0, "0"),
                           (Fraction(INT32_MAX, 2), "1073741823.5")):
            with self.subTest(days=days):
                self.assertEqual(csisms.days_format(days), text)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.days_format(-1)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.days_format(Fraction(1, 4))
        for text, days in (("8.5", Fraction(17, 2)), ("8.50", Fraction(17, 2)), ("3.4", Fraction(7, 2)),
                           ("12", 12), ("0", 0), ("007", 7), ("0.000001", Fraction(1, 2)),
                           ("1073741823.5", Fraction(INT32_MAX, 2))):
            with self.subTest(text=text):
                self.assertEqual(csisms.days_parse(text), days)
        for text in ("", ".5", "5.", "+1", "-1", "1e3", " 1", "1 ", "8,5", "８"):
            with self.subTest(text=text), self.assertRaises(csisms.InvalidArgumentError):
                csisms.days_parse(text)
        with self.assertRaises(csisms.RangeError):
            csisms.days_parse("1073741824")
        with self.assertRaises(csisms.RangeError):
            csisms.days_parse("1073741823.6")


# ---------------------------------------------------------------------------- §2 dates


class Dates(unittest.TestCase):
    def test_valid(self):
        self.assertTrue(csisms.date_valid(20240229))
        self.assertFalse(csisms.date_valid(20230229))
        self.assertFalse(csisms.date_valid(0))
        self.assertTrue(csisms.date_valid(99991231))
        self.assertFalse(csisms.date_valid(100000101))
        self.assertFalse(csisms.date_valid(2**40))
        self.assertFalse(csisms.date_valid(-20240101))
        self.assertTrue(csisms.date_valid(D(1, 1, 1)))
        with self.assertRaises(TypeError):
            csisms.date_valid("20240229")

    def test_parse_and_format(self):
        for text in ("2024-10-22", "20241022", "2024年10月22日"):
            with self.subTest(text=text):
                self.assertEqual(csisms.date_parse(text), D(2024, 10, 22))
        self.assertEqual(csisms.date_parse("2024年1月5日"), D(2024, 1, 5))
        self.assertEqual(csisms.date_parse("2024年01月05日"), D(2024, 1, 5))
        for text in ("2024-1-5", " 2024-10-22", "2024-10-22 ", "2024-02-30", "24-10-22", "", "2024/10/22"):
            with self.subTest(text=text), self.assertRaises(csisms.InvalidArgumentError):
                csisms.date_parse(text)
        # A real day of year 0000 is well-formed but before 0001-01-01; 0000-02-30 is no day.
        with self.assertRaises(csisms.RangeError):
            csisms.date_parse("0000-02-29")
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.date_parse("0000-02-30")
        self.assertEqual(csisms.date_format(D(2024, 10, 22)), "2024-10-22")
        self.assertEqual(csisms.date_format("2024年10月22日"), "2024-10-22")
        self.assertEqual(csisms.date_format(D(1, 1, 1)), "0001-01-01")
        self.assertEqual(csisms.date_format(D(9999, 12, 31)), "9999-12-31")

    def test_parse_lenient(self):
        # Worked by hand: every spreadsheet form of 1 June 2025, and the strict forms.
        for text in ("2025/6/1", "2025-6-1", "2025.06.01", "2025.6.1", "2025/06/01", " 2025-06-01 ",
                     "\t20250601\r\n", "2025年6月1日", "\u30002025年06月01日\u3000", "2025-06-01"):
            with self.subTest(text=text):
                self.assertEqual(csisms.date_parse_lenient(text), D(2025, 6, 1))
        self.assertEqual(csisms.date_parse_lenient("2024/2/29"), D(2024, 2, 29))
        self.assertEqual(csisms.date_parse_lenient("9999.12.31"), D(9999, 12, 31))
        for text in ("6/1/2025", "2025-6/1", "2025/6/1 0:00", "2025 /6/1", "25/6/1", "2025/2/30",
                     "2023/2/29", "2025/13/1", "", "   ", "\u00a02025-06-01", "2025_6_1"):
            with self.subTest(text=text), self.assertRaises(csisms.InvalidArgumentError):
                csisms.date_parse_lenient(text)
        with self.assertRaises(csisms.RangeError):
            csisms.date_parse_lenient("0000/2/29")
        with self.assertRaises(TypeError):
            csisms.date_parse_lenient(20250601)  # type: ignore[arg-type]
        # The strict parser is unchanged.
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.date_parse("2025/6/1")

    def test_arithmetic(self):
        self.assertEqual(csisms.date_add_months(D(2024, 1, 31), 1), D(2024, 2, 29))
        self.assertEqual(csisms.date_add_months(D(2024, 2, 29), 12), D(2025, 2, 28))
        self.assertEqual(csisms.date_add_months(D(2024, 3, 31), -1), D(2024, 2, 29))
        self.assertEqual(csisms.date_add_months("2024-10-22", 0), D(2024, 10, 22))
        self.assertEqual(csisms.date_add_days(D(2024, 10, 22), 60), D(2024, 12, 21))
        self.assertEqual(csisms.date_add_days(D(2024, 3, 1), -1), D(2024, 2, 29))
        self.assertEqual(csisms.date_diff_days(D(2024, 1, 1), D(2025, 1, 1)), 366)
        self.assertEqual(csisms.date_diff_days(D(2025, 1, 1), D(2024, 1, 1)), -366)
        self.assertEqual(csisms.date_diff_days(D(1, 1, 1), D(9999, 12, 31)), (D(9999, 12, 31) - D(1, 1, 1)).days)
        with self.assertRaises(csisms.RangeError):
            csisms.date_add_days(D(1, 1, 1), -1)
        with self.assertRaises(csisms.RangeError):
            csisms.date_add_months(D(9999, 12, 1), 1)
        with self.assertRaises(csisms.RangeError):
            csisms.date_add_days(D(2024, 1, 1), INT32_MAX)

    def test_surveillance_due(self):
        # doc/rules-model.md §2: decision 2024-10-22 → first due 2025-10-22 (latest the same);
        # a first surveillance held 2025-09-30 → second due 2026-09-30, latest 2026-12-30;
        # reference 2024-02-29, kind 2 → due 2025-02-28, latest 2025-05-28.
        self.assertEqual(csisms.surveillance_due(SurveillanceKind.FIRST, D(2024, 10, 22)),
                         csisms.SurveillanceDue(D(2025, 10, 22), D(2025, 10, 22)))
        self.assertEqual(csisms.surveillance_due(SurveillanceKind.SECOND, D(2025, 9, 30)),
                         csisms.SurveillanceDue(D(2026, 9, 30), D(2026, 12, 30)))
        self.assertEqual(csisms.surveillance_due(SurveillanceKind.SECOND, D(2024, 2, 29)),
                         csisms.SurveillanceDue(D(2025, 2, 28), D(2025, 5, 28)))
        self.assertEqual(csisms.surveillance_due(SurveillanceKind.AFTER_RECERT, D(2027, 9, 1)),
                         csisms.SurveillanceDue(D(2028, 9, 1), D(2028, 12, 1)))
        for kind in (0, 4, -1):
            with self.subTest(kind=kind), self.assertRaises(csisms.InvalidArgumentError):
                csisms.surveillance_due(kind, D(2024, 10, 22))
        with self.assertRaises(csisms.RangeError):
            csisms.surveillance_due(SurveillanceKind.SECOND, D(9999, 1, 1))

    def test_periods(self):
        # 8.2: three years counting the first day.
        for start, end in ((D(2024, 10, 22), D(2027, 10, 21)), (D(2024, 2, 29), D(2027, 2, 28)),
                           (D(2023, 3, 1), D(2026, 2, 28)), (D(9997, 1, 1), D(9999, 12, 31))):
            with self.subTest(valid_from=start):
                self.assertEqual(csisms.certificate_valid_until(start), end)
        with self.assertRaises(csisms.RangeError):
            csisms.certificate_valid_until(D(9997, 1, 2))
        # 6.3, 8.2: continuing cycle, and an interrupted one.
        self.assertEqual(csisms.recert_valid_until(D(2027, 10, 21), D(2027, 9, 1)),
                         csisms.RecertValidity(D(2030, 10, 21), False))
        self.assertEqual(csisms.recert_valid_until(D(2027, 10, 21), D(2027, 10, 21)),
                         csisms.RecertValidity(D(2030, 10, 21), False))
        self.assertEqual(csisms.recert_valid_until(D(2027, 10, 21), D(2027, 11, 5)),
                         csisms.RecertValidity(D(2030, 11, 4), True))
        self.assertEqual(csisms.recert_window_opens(D(2027, 10, 21)), D(2027, 7, 23))
        self.assertEqual(csisms.suspension_ends_by(D(2025, 6, 1)), D(2025, 12, 1))
        self.assertEqual(csisms.suspension_ends_by(D(2025, 8, 31)), D(2026, 2, 28))
        self.assertEqual(csisms.appeal_due(D(2024, 10, 22)), D(2024, 12, 21))
        self.assertEqual(csisms.correction_due(D(2024, 8, 31)), D(2025, 2, 28))
        with self.assertRaises(csisms.RangeError):
            csisms.recert_window_opens(D(1, 1, 1))
        with self.assertRaises(csisms.RangeError):
            csisms.appeal_due(D(9999, 12, 1))

    def test_date_arguments(self):
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.appeal_due("2024-13-01")
        with self.assertRaises(TypeError):
            csisms.appeal_due(None)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            csisms.appeal_due(20241022)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- §3 scope codes

ENGLISH_NAMES = [
    ("01", "Government affairs"), ("01.01", "State organs"), ("01.02", "Tax authorities"),
    ("01.03", "Customs"), ("01.04", "Other"), ("02", "Public services"),
    ("02.01", "Telecommunications, radio and television"), ("02.02", "News and publishing"),
    ("02.03", "Scientific research"), ("02.04", "Social security"), ("02.05", "Medical services"),
    ("02.06", "Education"), ("02.07", "Other"), ("03", "Commerce"), ("03.01", "Finance"),
    ("03.02", "E-commerce"), ("03.03", "Logistics"), ("03.04", "Consulting and intermediary services"),
    ("03.05", "Tourism, hotels and restaurants"), ("03.06", "Other"), ("04", "Production of products"),
    ("04.01", "Electric power"), ("04.02", "Railways"), ("04.03", "Civil aviation"),
    ("04.04", "Chemical industry"), ("04.05", "Aerospace"), ("04.06", "Water resources"),
    ("04.07", "Transport"), ("04.08", "Information and communication technology"), ("04.09", "Metallurgy"),
    ("04.10", "Mining"), ("04.11", "Food, pharmaceuticals and tobacco"),
    ("04.12", "Agriculture, forestry, animal husbandry, sideline production and fishery"),
    ("04.13.01", "Other"), ("04.13.02", "Other"),
]


class ScopeCodes(unittest.TestCase):
    def test_table(self):
        self.assertEqual(csisms.scope_count(), 35)
        entries = csisms.scopes()
        self.assertEqual([(s.code, s.name_en) for s in entries], ENGLISH_NAMES)
        self.assertEqual([s.index for s in entries], list(range(35)))
        majors = [s for s in entries if s.is_major_class]
        self.assertEqual([(s.code, s.name_zh, s.level) for s in majors],
                         [("01", "政务", 0), ("02", "公共", 0), ("03", "商务", 0), ("04", "产品的生产", 0)])
        for s in entries:
            with self.subTest(code=s.code):
                if s.is_major_class:
                    self.assertIsNone(s.parent)
                else:
                    self.assertEqual(s.parent_code, s.code[:2])
                    self.assertEqual(s.parent, csisms.scope_lookup(s.code[:2]))
                    self.assertIn(s.level, (1, 2, 3))
                self.assertTrue(s.name_zh)
                self.assertEqual(s.name(Lang.EN), s.name_en)
                self.assertEqual(s.note(Lang.ZH), s.note_zh)
                self.assertEqual(bool(s.note_zh), bool(s.note_en))
        flagged = [s.code for s in entries if s.flags & ScopeFlag.RAISE_FOR_MAJOR_PROJECTS]
        self.assertEqual(flagged, ["02.03"])
        self.assertIsInstance(entries[8].flags, ScopeFlag)

    def test_lookup(self):
        s = csisms.scope_lookup("３．１")
        self.assertEqual((s.code, s.name_zh, s.name_en, s.level, s.parent_code), ("03.01", "金融", "Finance", 1, "03"))
        self.assertEqual(s.note_zh, "包括：银行、证券、期货、保险、资产管理等")
        self.assertEqual(s, csisms.scope_at(s.index))
        for text in ("03.01", "3.1", " 03.01\t", "\u300003.01\u3000", "03。01", "\r\n3.01"):
            with self.subTest(text=text):
                self.assertEqual(csisms.scope_lookup(text).code, "03.01")
        self.assertEqual(csisms.scope_lookup("4.13.1").code, "04.13.01")
        self.assertEqual(csisms.scope_lookup("4.13.1").parent_code, "04")
        with self.assertRaises(csisms.AmbiguousError):
            csisms.scope_lookup("04.13")
        for code in ("05", "00", "01.09"):
            with self.subTest(code=code), self.assertRaises(csisms.NotFoundError):
                csisms.scope_lookup(code)
        for code in ("", "1.2.3.4", "001", "01..01", "01. 01", "a", ".01", "01."):
            with self.subTest(code=code), self.assertRaises(csisms.InvalidArgumentError):
                csisms.scope_lookup(code)
        self.assertEqual((s.name(), s.name(Lang.ZH), s.name(1)), ("金融", "金融", "Finance"))
        for bad in (2, -1):
            with self.assertRaises(csisms.InvalidArgumentError):
                s.name(bad)
            with self.assertRaises(csisms.InvalidArgumentError):
                s.note(bad)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            s.code = "x"  # type: ignore[misc]

    def test_at(self):
        self.assertEqual(csisms.scope_at(0).code, "01")
        self.assertEqual(csisms.scope_at(34).code, "04.13.02")
        for index in (35, -1, 2**64, 2**70):
            with self.subTest(index=index), self.assertRaises(csisms.NotFoundError):
                csisms.scope_at(index)

    def test_find(self):
        finance = csisms.scope_lookup("03.01").index
        self.assertEqual(csisms.scope_find("银行"), finance)
        self.assertEqual(csisms.scope_find("finance"), finance)
        self.assertEqual(csisms.scope_find("FINANCE"), finance)
        self.assertIsNone(csisms.scope_find("finance", finance + 1))
        self.assertIsNone(csisms.scope_find("no such text here"))
        self.assertIsNone(csisms.scope_find("银行", 35))
        self.assertIsNone(csisms.scope_find("银行", 2**70))
        self.assertIn("03.01", [s.code for s in csisms.scope_search("银行")])
        expected = [s.code for s in csisms.scopes()
                    if any("other" in t.lower() for t in (s.name_zh, s.name_en, s.note_zh, s.note_en))]
        self.assertGreaterEqual(len(expected), 5)
        self.assertEqual([s.code for s in csisms.scope_search("oTHER")], expected)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.scope_find("")
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.scope_find("x", -1)


# ---------------------------------------------------------------------------- §4 verdicts


class Verdicts(unittest.TestCase):
    VALID_UNTIL = D(2027, 10, 21)

    def test_issue_example_withdraw(self):
        # Suspended 2025-06-01, unresolved; the 6 months end 2025-12-01; on 2025-12-02
        # the suspension has expired: withdraw under 7.2.1(5).
        v = csisms.evaluate(today=D(2025, 12, 2), valid_until=self.VALID_UNTIL, suspended_on=D(2025, 6, 1))
        self.assertIs(v.action, Action.WITHDRAW)
        self.assertEqual(v.reasons, Reason.SUSPENSION_EXPIRED)
        self.assertEqual(v.reason_list, (Reason.SUSPENSION_EXPIRED,))
        self.assertEqual([csisms.reason_clause(r) for r in v.reason_list], ["7.2.1(5)"])
        self.assertEqual(v.duties, Duty.RETURN_CERTIFICATE | Duty.PUBLISH | Duty.REPORT)
        self.assertEqual(v.duty_list, (Duty.RETURN_CERTIFICATE, Duty.PUBLISH, Duty.REPORT))
        self.assertIsNone(v.deadline)
        self.assertIsNone(v.next_review)

    def test_issue_example_suspend(self):
        v = csisms.evaluate(today=D(2025, 12, 1), valid_until=self.VALID_UNTIL, suspended_on=D(2025, 6, 1))
        self.assertEqual(v, csisms.Verdict(Action.SUSPEND, Reason(0), Duty.NO_ADVERTISING | Duty.REPORT,
                                           D(2025, 12, 1), D(2025, 12, 2)))
        self.assertIsInstance(v.action, Action)
        self.assertIsInstance(v.reasons, Reason)
        self.assertIsInstance(v.duties, Duty)
        with self.assertRaises(dataclasses.FrozenInstanceError):
            v.action = Action.MAINTAIN  # type: ignore[misc]

    def test_other_actions(self):
        v = csisms.evaluate(today=D(2025, 1, 1), valid_until=self.VALID_UNTIL)
        self.assertEqual(v, csisms.Verdict(Action.MAINTAIN, Reason(0), Duty(0), None, D(2027, 10, 22)))
        v = csisms.evaluate(today=D(2027, 10, 22), valid_until=self.VALID_UNTIL)
        self.assertEqual(v, csisms.Verdict(Action.EXPIRE, Reason.EXPIRED, Duty(0), None, None))
        # A ground of 7.1.1 starts a suspension today: 6 months from 2025-03-10.
        for grounds in (Reason.VOLUNTARY, [Reason.VOLUNTARY], 1 << 4, {16}):
            with self.subTest(grounds=grounds):
                v = csisms.evaluate(today=D(2025, 3, 10), valid_until=self.VALID_UNTIL, grounds=grounds)
                self.assertEqual(v, csisms.Verdict(Action.SUSPEND, Reason.VOLUNTARY, Duty.NO_ADVERTISING | Duty.REPORT,
                                                   D(2025, 9, 10), D(2025, 9, 11)))
        v = csisms.evaluate(today=D(2025, 7, 1), valid_until=self.VALID_UNTIL, suspended_on=D(2025, 6, 1),
                            suspension_resolved=True)
        self.assertEqual(v, csisms.Verdict(Action.REINSTATE, Reason(0), Duty(0), None, D(2027, 10, 22)))
        # 7.2.1(7): a correction asked for on 2024-08-31 is due by 2025-02-28.
        v = csisms.evaluate(today=D(2025, 3, 1), valid_until=self.VALID_UNTIL, correction_requested=D(2024, 8, 31))
        self.assertIs(v.action, Action.WITHDRAW)
        self.assertEqual(v.reasons, Reason.MISUSE_OF_CERTIFICATION)
        v = csisms.evaluate(today=D(2025, 2, 28), valid_until=self.VALID_UNTIL, correction_requested=D(2024, 8, 31))
        self.assertEqual(v, csisms.Verdict(Action.MAINTAIN, Reason(0), Duty(0), None, D(2025, 3, 1)))
        v = csisms.evaluate(today=D(2025, 3, 1), valid_until=self.VALID_UNTIL, correction_requested=D(2024, 8, 31),
                            correction_done=True)
        self.assertIs(v.action, Action.MAINTAIN)
        # 5.1.2: an overdue surveillance suspends.
        v = csisms.evaluate(today="2025-10-23", valid_until="2027-10-21", surveillance_latest="2025-10-22")
        self.assertEqual(v, csisms.Verdict(Action.SUSPEND, Reason.SURVEILLANCE_OVERDUE,
                                           Duty.NO_ADVERTISING | Duty.REPORT, D(2026, 4, 23), D(2026, 4, 24)))
        # A 7.2.1 ground withdraws whatever else holds.
        v = csisms.evaluate(today=D(2025, 3, 10), valid_until=self.VALID_UNTIL,
                            grounds=Reason.MAJOR_INCIDENT | Reason.VOLUNTARY)
        self.assertIs(v.action, Action.WITHDRAW)
        self.assertEqual(v.reasons, Reason.MAJOR_INCIDENT | Reason.VOLUNTARY)

    def test_invalid_facts(self):
        base = dict(today=D(2025, 3, 10), valid_until=self.VALID_UNTIL)
        for extra in (dict(grounds=Reason.EXPIRED), dict(grounds=Reason.SURVEILLANCE_OVERDUE), dict(grounds=1 << 7),
                      dict(suspended_on=D(2025, 3, 11)), dict(correction_requested=D(2025, 3, 11)),
                      dict(today=D(9999, 1, 1)), dict(valid_until=D(9999, 1, 1))):
            with self.subTest(extra=extra), self.assertRaises(csisms.InvalidArgumentError):
                csisms.evaluate(**{**base, **extra})
        with self.assertRaises(TypeError):
            csisms.evaluate(today=None, valid_until=self.VALID_UNTIL)  # type: ignore[arg-type]
        with self.assertRaises(TypeError):
            csisms.evaluate(D(2025, 1, 1), self.VALID_UNTIL)  # type: ignore[misc]  # keyword-only

    def test_c_struct_sizes(self):
        lib = _native.library
        facts = _native.CFacts(today=20251202, valid_until=20271021, suspended_on=20250601)
        verdict = _native.CVerdict()
        self.assertEqual(lib.csisms_evaluate(ctypes.byref(facts), ctypes.byref(verdict)), 0)
        self.assertEqual((verdict.size, verdict.action, verdict.reasons), (24, Action.WITHDRAW, Reason.SUSPENSION_EXPIRED))
        small = _native.CVerdict()
        small.size = 20
        self.assertEqual(lib.csisms_evaluate(ctypes.byref(facts), ctypes.byref(small)), Status.EVERSION)
        self.assertEqual(small.action, 0, "verdict untouched on error")

        class Bigger(ctypes.Structure):
            _fields_ = [("v1", _native.CFacts), ("extra", ctypes.c_uint32)]

        big = Bigger(facts, 0)
        big.v1.size = ctypes.sizeof(Bigger)
        ptr = ctypes.cast(ctypes.byref(big), ctypes.POINTER(_native.CFacts))
        self.assertEqual(lib.csisms_evaluate(ptr, ctypes.byref(verdict)), 0)
        big.extra = 1
        self.assertEqual(lib.csisms_evaluate(ptr, ctypes.byref(verdict)), Status.EVERSION)

    CLAUSES = {
        Reason.NONCONFORMITY: "7.1.1(1)", Reason.CONTRACT_BREACH: "7.1.1(2)", Reason.ORDERED_TO_HALT: "7.1.1(3)",
        Reason.REGULATOR_FINDING: "7.1.1(4)", Reason.VOLUNTARY: "7.1.1(5)", Reason.OTHER_SUSPENSION: "7.1.1(6)",
        Reason.SURVEILLANCE_OVERDUE: "5.1.2", Reason.LEGAL_STATUS_REVOKED: "7.2.1(1)",
        Reason.OBSTRUCTED_REGULATOR: "7.2.1(2)", Reason.MAJOR_INCIDENT: "7.2.1(3)",
        Reason.SERIOUS_VIOLATION: "7.2.1(4)", Reason.SUSPENSION_EXPIRED: "7.2.1(5)",
        Reason.SYSTEM_NOT_OPERATED: "7.2.1(6)", Reason.MISUSE_OF_CERTIFICATION: "7.2.1(7)",
        Reason.OTHER_WITHDRAWAL: "7.2.1(8)", Reason.EXPIRED: "8.2",
    }

    def test_reason_texts(self):
        self.assertEqual(len(Reason), 16)
        for reason, clause in self.CLAUSES.items():
            with self.subTest(reason=reason.name):
                self.assertEqual(csisms.reason_clause(reason), clause)
                self.assertTrue(csisms.reason_text(reason, Lang.ZH))
                self.assertTrue(csisms.reason_text(reason, Lang.EN))
                self.assertNotEqual(csisms.reason_text(reason, Lang.ZH), csisms.reason_text(reason, Lang.EN))
        self.assertEqual(csisms.reason_text(Reason.VOLUNTARY), "主动请求暂停的")
        for bad in (0, 3, 1 << 7, 1 << 17, 1 << 31):
            with self.subTest(reason=bad), self.assertRaises(csisms.InvalidArgumentError):
                csisms.reason_clause(bad)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.reason_text(Reason.VOLUNTARY, 2)
        self.assertEqual(int(csisms.SUSPENSION_GROUNDS), 0x3F)
        self.assertEqual(int(csisms.WITHDRAWAL_GROUNDS), 0xFF00)

    def test_action_and_duty_texts(self):
        self.assertEqual(csisms.action_name(Action.SUSPEND, Lang.EN), "Suspend")
        self.assertEqual(csisms.action_name(Action.WITHDRAW, Lang.ZH), "撤销")
        self.assertEqual(csisms.action_name(Action.WITHDRAW, Lang.EN), "Withdraw")
        names = {csisms.action_name(a, lang) for a in Action for lang in Lang}
        self.assertEqual(len(names), 10)
        for bad in (-1, 5):
            with self.assertRaises(csisms.InvalidArgumentError):
                csisms.action_name(bad)
        clauses = {Duty.NO_ADVERTISING: "7.1.2", Duty.RETURN_CERTIFICATE: "7.3", Duty.PUBLISH: "7.3", Duty.REPORT: "7.4"}
        for duty, clause in clauses.items():
            with self.subTest(duty=duty.name):
                self.assertEqual(csisms.duty_clause(duty), clause)
                self.assertTrue(csisms.duty_text(duty, Lang.ZH))
                self.assertTrue(csisms.duty_text(duty, Lang.EN))
        for bad in (0, 3, 16):
            with self.assertRaises(csisms.InvalidArgumentError):
                csisms.duty_clause(bad)
            with self.assertRaises(csisms.InvalidArgumentError):
                csisms.duty_text(bad, Lang.EN)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.duty_text(Duty.REPORT, 7)


# Hand-worked rows (doc/rules-model.md §4, 1.1): (today, valid_until, suspended_on,
# surveillance_latest, correction_requested, grounds, flags) → (status,
# action, reasons, duties, deadline, next_review).
SE, MU, SO, EX = (Reason.SUSPENSION_EXPIRED, Reason.MISUSE_OF_CERTIFICATION,
                  Reason.SURVEILLANCE_OVERDUE, Reason.EXPIRED)
D_SUS, D_WDR = 9, 14
BATCH_ROWS = [
    # overdue since 2025-10-23: suspension limit 2026-04-23 (changed in 1.1)
    ((20260301, 20271021, 0, 20251022, 0, 0, 0), (0, Action.SUSPEND, SO, D_SUS, 20260423, 20260424)),
    ((20260423, 20271021, 0, 20251022, 0, 0, 0), (0, Action.SUSPEND, SO, D_SUS, 20260423, 20260424)),
    ((20260424, 20271021, 0, 20251022, 0, 0, 0), (0, Action.WITHDRAW, SO | SE, D_WDR, 0, 0)),
    ((20260601, 20271021, 0, 20251022, 0, 0, 0), (0, Action.WITHDRAW, SO | SE, D_WDR, 0, 0)),
    # suspended 2028-06-18 (+6m 2028-12-18): expire / withdraw (changed in 1.1)
    ((20290709, 20280818, 20280618, 0, 0, 0, 0), (0, Action.EXPIRE, EX, 0, 0, 0)),
    ((20290709, 20281219, 20280618, 0, 0, 0, 0), (0, Action.WITHDRAW, SE | EX, D_WDR, 0, 0)),
    # flags: resolved → reinstate; corrected → no 7.2.1(7); unknown bit → bad row
    ((20251202, 20271021, 20250601, 0, 20250131, 0, 1), (0, Action.WITHDRAW, MU, D_WDR, 0, 0)),
    ((20251202, 20271021, 20250601, 0, 20250131, 0, 3), (0, Action.REINSTATE, 0, 0, 0, 20271022)),
    ((20251202, 20271021, 20250601, 0, 20250131, 0, 4), (-1, 0, 0, 0, 0, 0)),
    # a ground; bad rows of every kind
    ((20250310, 20271021, 0, 0, 0, int(Reason.VOLUNTARY), 0), (0, Action.SUSPEND, Reason.VOLUNTARY, D_SUS, 20250910, 20250911)),
    ((20250230, 20271021, 0, 0, 0, 0, 0), (-1, 0, 0, 0, 0, 0)),
    ((20250310, 20271021, 20250311, 0, 0, 0, 0), (-1, 0, 0, 0, 0, 0)),
    ((99990101, 99981231, 0, 0, 0, 0, 0), (-1, 0, 0, 0, 0, 0)),
    ((20250310, 20271021, 0, 0, 0, int(EX), 0), (-1, 0, 0, 0, 0, 0)),
]


def batch_columns(rows):
    """The rows' facts as seven array.array columns."""
    codes = "iiiiiIB"
    return [array.array(codes[k], [r[0][k] for r in rows]) for k in range(7)]


class Batch(unittest.TestCase):
    """csisms.evaluate_batch: hand-worked rows, and every row against evaluate()."""

    def check_rows(self, result, rows):
        self.assertEqual(len(result), len(rows))
        self.assertEqual(result.errors, sum(1 for _, want in rows if want[0] != 0))
        for i, (_, want) in enumerate(rows):
            got = (result.status[i], result.action[i], result.reasons[i], result.duties[i],
                   result.deadline[i], result.next_review[i])
            self.assertEqual(got, tuple(int(x) for x in want), f"row {i}")

    def test_hand_worked_rows(self):
        self.check_rows(csisms.evaluate_batch(*batch_columns(BATCH_ROWS)), BATCH_ROWS)

    def test_rows_equal_evaluate(self):
        result = csisms.evaluate_batch(*batch_columns(BATCH_ROWS))
        for i, ((today, until, susp, latest, corr, grounds, flags), _) in enumerate(BATCH_ROWS):
            date_of = lambda v: None if v == 0 else D(v // 10000, v // 100 % 100, v % 100)
            if flags & ~(csisms.BATCH_RESOLVED | csisms.BATCH_CORRECTED):  # no such fact in evaluate()
                self.assertEqual(result.status[i], Status.EINVAL, f"row {i}")
                continue
            try:
                want = csisms.evaluate(
                    today=date_of(today), valid_until=date_of(until), suspended_on=date_of(susp),
                    surveillance_latest=date_of(latest), correction_requested=date_of(corr),
                    suspension_resolved=bool(flags & 1), correction_done=bool(flags & 2), grounds=grounds)
            except (ValueError, csisms.CsismsError):
                self.assertNotEqual(result.status[i], 0, f"row {i}")
                with self.assertRaises(csisms.InvalidArgumentError):
                    result.verdict(i)
                continue
            self.assertEqual(result.verdict(i), want, f"row {i}")

    def test_every_day_equals_evaluate(self):
        # 2025-10-01 … 2027-01-31 against one certificate with everything pending.
        first = D(2025, 10, 1).toordinal()
        days = [D.fromordinal(first + k) for k in range(488)]
        today = array.array("i", [d.year * 10000 + d.month * 100 + d.day for d in days])
        n = len(days)
        result = csisms.evaluate_batch(
            today, array.array("i", [20261231]) * n, array.array("i", [20250930]) * n,
            array.array("i", [20251022]) * n, array.array("i", [20250930]) * n,
            array.array("I", [0]) * n, array.array("B", [csisms.BATCH_RESOLVED]) * n)
        self.assertEqual(result.errors, 0)
        for i, d in enumerate(days):
            want = csisms.evaluate(today=d, valid_until=D(2026, 12, 31), suspended_on=D(2025, 9, 30),
                                   surveillance_latest=D(2025, 10, 22), correction_requested=D(2025, 9, 30),
                                   suspension_resolved=True)
            self.assertEqual(result.verdict(i), want, d)

    def test_column_kinds(self):
        # The same rows from lists, dates, memoryviews, bytes, bytearrays.
        cols = batch_columns(BATCH_ROWS)
        want = csisms.evaluate_batch(*cols)
        variants = [
            [list(c) for c in cols],
            [memoryview(c) for c in cols],
            [bytes(c) for c in cols],
            [bytearray(c.tobytes()) for c in cols],
            [memoryview(bytes(c)) for c in cols],  # read-only, not bytes: copied
            [[D(v // 10000, v // 100 % 100, v % 100) if 0 < v < 99990101 and k < 5 and v % 100 and v != 20250230 else v
              for v in c] for k, c in enumerate(cols)],
        ]
        for variant in variants:
            got = csisms.evaluate_batch(*variant)
            self.assertEqual(got, want)

    def test_no_copy(self):
        # array.array and writable buffers are read in place: the C side sees a
        # change made to them after the Python objects were created.
        today = array.array("i", [20260301])
        until = bytearray(array.array("i", [20271021]).tobytes())
        latest = memoryview(array.array("i", [20251022]))
        first = csisms.evaluate_batch(today, until, surveillance_latest=latest)
        self.assertEqual(first.action[0], Action.SUSPEND)
        today[0] = 20260601
        self.assertEqual(csisms.evaluate_batch(today, until, surveillance_latest=latest).action[0], Action.WITHDRAW)

    def test_optional_columns(self):
        today = array.array("i", [20250310, 20271022])
        until = array.array("i", [20271021, 20271021])
        got = csisms.evaluate_batch(today, until)
        self.assertEqual(list(got.action), [Action.MAINTAIN, Action.EXPIRE])
        self.assertEqual(list(got.next_review), [20271022, 0])
        zeros = array.array("i", [0, 0])
        self.assertEqual(csisms.evaluate_batch(today, until, zeros, zeros, zeros, array.array("I", [0, 0]),
                                               array.array("B", [0, 0])), got)

    def test_empty(self):
        got = csisms.evaluate_batch(array.array("i"), [])
        self.assertEqual((len(got), got.errors), (0, 0))

    def test_errors(self):
        today, until = array.array("i", [20250310]), array.array("i", [20271021])
        with self.assertRaises(csisms.InvalidArgumentError):  # lengths differ
            csisms.evaluate_batch(today, array.array("i", [20271021, 20271021]))
        with self.assertRaises(csisms.InvalidArgumentError):  # not a multiple of 4 bytes
            csisms.evaluate_batch(b"\0\0\0", until)
        with self.assertRaises(csisms.InvalidArgumentError):  # does not fit int32
            csisms.evaluate_batch([2**31], until)
        with self.assertRaises(csisms.InvalidArgumentError):  # flags are uint8
            csisms.evaluate_batch(today, until, flags=[256])
        with self.assertRaises(TypeError):  # 8-byte items
            csisms.evaluate_batch(array.array("q", [20250310]), until)
        with self.assertRaises(TypeError):  # floats
            csisms.evaluate_batch(array.array("d", [1.0]), until)
        with self.assertRaises(TypeError):
            csisms.evaluate_batch(None, until)
        with self.assertRaises(TypeError):
            csisms.evaluate_batch("20250310", until)
        with self.assertRaises(TypeError):
            csisms.evaluate_batch(20250310, until)
        with self.assertRaises(csisms.InvalidArgumentError):  # not contiguous
            csisms.evaluate_batch(memoryview(array.array("i", [1, 2, 3]))[::2], array.array("i", [1, 2]))

    def test_constants(self):
        self.assertEqual(csisms.DATE_INPUT_MAX, 99981231)
        self.assertEqual((csisms.BATCH_RESOLVED, csisms.BATCH_CORRECTED), (1, 2))

    def test_evaluate_pool_is_reentrant(self):
        # evaluate() reuses C structs: an error and nested use keep results right.
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.evaluate(today=D(2025, 3, 10), valid_until=D(2027, 10, 21), suspended_on=D(2025, 3, 11))
        a = csisms.evaluate(today=D(2026, 3, 1), valid_until=D(2027, 10, 21), surveillance_latest=D(2025, 10, 22))
        b = csisms.evaluate(today=D(2026, 6, 1), valid_until=D(2027, 10, 21), surveillance_latest=D(2025, 10, 22))
        self.assertEqual((a.action, a.deadline), (Action.SUSPEND, D(2026, 4, 23)))
        self.assertEqual((b.action, b.reasons), (Action.WITHDRAW, SO | SE))


# ---------------------------------------------------------------------------- §5 checklists

LISTS = {  # list: (clause, mode, items, conditional) from doc/rules-model.md §5
    Checklist.PUBLIC_INFO: ("4.1.1", Mode.ALL, 5, 0),
    Checklist.APPLICATION: ("4.1.2", Mode.ALL, 6, 1 << 2),
    Checklist.APPLICATION_REVIEW: ("4.2.1", Mode.ALL, 2, 0),
    Checklist.AUDIT_PLAN: ("4.5.3.1", Mode.ALL, 6, 0),
    Checklist.SAMPLING: ("4.5.3.2", Mode.ALL, 4, 0),
    Checklist.STAGE1: ("4.6.3.2", Mode.ALL, 5, 0),
    Checklist.STAGE1_OFFSITE: ("4.6.3.3", Mode.ANY, 2, 0),
    Checklist.STAGE2: ("4.6.3.6", Mode.ALL, 5, 0),
    Checklist.TERMINATION: ("4.6.4", Mode.ANY, 4, 0),
    Checklist.REPORT: ("4.7.1", Mode.ALL, 7, 0),
    Checklist.DECISION_READY: ("4.9.3", Mode.ALL, 2, 0),
    Checklist.DECISION: ("4.9.4", Mode.ALL, 3, 0),
    Checklist.SURVEILLANCE: ("5.5", Mode.ALL, 8, 0),
    Checklist.SUSPENSION: ("7.1.1", Mode.ANY, 6, 0),
    Checklist.WITHDRAWAL: ("7.2.1", Mode.ANY, 8, 0),
    Checklist.CERTIFICATE: ("8.1", Mode.ALL, 8, 1 << 6),
}


class Checklists(unittest.TestCase):
    def test_lists(self):
        self.assertEqual(set(LISTS), set(Checklist))
        for lst, (clause, mode, size, conditional) in LISTS.items():
            with self.subTest(list=lst.name):
                self.assertEqual(csisms.checklist_clause(lst), clause)
                self.assertIs(csisms.checklist_mode(lst), mode)
                self.assertEqual(csisms.checklist_size(lst), size)
                self.assertEqual(csisms.checklist_conditional(lst), conditional)
                self.assertTrue(csisms.checklist_title(lst, Lang.ZH))
                self.assertTrue(csisms.checklist_title(lst, Lang.EN))
                items = csisms.checklist_items(lst, Lang.EN)
                self.assertEqual(len(items), size)
                self.assertTrue(all(items))
                with self.assertRaises(csisms.InvalidArgumentError):
                    csisms.checklist_item(lst, size + 1)
                with self.assertRaises(csisms.InvalidArgumentError):
                    csisms.checklist_item(lst, 0)
        self.assertEqual(csisms.checklist_item(Checklist.SUSPENSION, 5, Lang.ZH), "主动请求暂停的；")
        for bad in (0, 17, -1):
            with self.subTest(list=bad):
                for call in (csisms.checklist_size, csisms.checklist_mode, csisms.checklist_clause,
                             csisms.checklist_title, csisms.checklist_conditional,
                             lambda lst: csisms.checklist_eval(lst, 0)):
                    with self.assertRaises(csisms.InvalidArgumentError):
                        call(bad)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.checklist_title(Checklist.REPORT, 2)

    def test_eval(self):
        # Header example: application with items 1, 2, 4, 5, 6 and (3) not applicable.
        self.assertEqual(csisms.checklist_eval(Checklist.APPLICATION, 0x3B, 0x04), csisms.ChecklistResult(True, 0))
        self.assertEqual(csisms.checklist_eval(Checklist.APPLICATION, [1, 2, 4, 5, 6], [3]),
                         csisms.ChecklistResult(True, 0))
        r = csisms.checklist_eval(Checklist.APPLICATION, [1, 2, 4, 5, 6])
        self.assertEqual((r.met, r.missing, r.missing_items), (False, 0x04, (3,)))
        r = csisms.checklist_eval(Checklist.CERTIFICATE, 0)
        self.assertEqual(r.missing_items, (1, 2, 3, 4, 5, 6, 7, 8))
        self.assertEqual(csisms.checklist_eval(Checklist.TERMINATION, 0), csisms.ChecklistResult(False, 0xF))
        self.assertEqual(csisms.checklist_eval(Checklist.TERMINATION, [2]), csisms.ChecklistResult(True, 0))
        for present, na in ((1 << 6, 0), (0, 1 << 0), ([7], []), ([0], []), ([33], [])):
            with self.subTest(present=present, na=na), self.assertRaises(csisms.InvalidArgumentError):
                csisms.checklist_eval(Checklist.APPLICATION, present, na)
        self.assertEqual(csisms.items_mask([1, 3]), 0b101)
        with self.assertRaises(TypeError):
            csisms.checklist_eval(Checklist.APPLICATION, "12")


# ---------------------------------------------------------------------------- §6 identifiers

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check_char(first17: str) -> str:
    """Independent GB 32100-2015 check character: weights 3^(i-1) mod 31."""
    total = sum(USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return USCC_CHARS[(31 - total % 31) % 31]


def min_sample(n: int, num: int, den: int) -> int:
    """Least k with den²·k² ≥ num²·n (k ≥ (num/den)·√n), by search from isqrt."""
    k = max(math.isqrt(num * num * n // (den * den)) - 1, 0)
    while den * den * k * k < num * num * n:
        k += 1
    return k


class Identifiers(unittest.TestCase):
    def test_uscc(self):
        self.assertEqual(uscc_check_char("91350100M000100Y4"), "3")
        self.assertIsNone(csisms.uscc_validate("91350100M000100Y43"))
        self.assertTrue(csisms.uscc_is_valid("91350100M000100Y43"))
        for base in ("91110000600037341L", "12100000400000398", "Y1234567890ABCDEF", "00000000000000000"):
            body = base[:17]
            good = body + uscc_check_char(body)
            with self.subTest(code=good):
                self.assertIsNone(csisms.uscc_validate(good))
                for wrong in USCC_CHARS.replace(good[-1], "")[:5]:
                    with self.assertRaises(csisms.ChecksumError):
                        csisms.uscc_validate(body + wrong)
        for bad in ("91350100m000100Y43", "91350100M000100Y4", "91350100M000100Y433", "9135O100M000100Y43",
                    "91350100M000100YI3", "", "91350100M000100Y4 "):
            with self.subTest(code=bad), self.assertRaises(csisms.InvalidArgumentError):
                csisms.uscc_validate(bad)
            self.assertFalse(csisms.uscc_is_valid(bad))

    def test_sample_sites(self):
        self.assertEqual(csisms.sample_sites(25, Audit.SURVEILLANCE), 3)
        self.assertEqual(csisms.sample_sites(25), 5)
        self.assertEqual(csisms.sample_sites(25, Audit.RECERT), 4)
        for n in list(range(1, 300)) + [10**6, 4294967295]:
            self.assertEqual(csisms.sample_sites(n, Audit.INITIAL), min_sample(n, 1, 1), n)
            self.assertEqual(csisms.sample_sites(n, Audit.SURVEILLANCE), min_sample(n, 3, 5), n)
            self.assertEqual(csisms.sample_sites(n, Audit.RECERT), min_sample(n, 4, 5), n)
        with self.assertRaises(csisms.InvalidArgumentError):
            csisms.sample_sites(0)
        for audit in (0, 4):
            with self.assertRaises(csisms.InvalidArgumentError):
                csisms.sample_sites(5, audit)


if __name__ == "__main__":
    unittest.main(verbosity=2)
