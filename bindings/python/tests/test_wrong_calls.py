# SPDX-License-Identifier: MIT
"""Wrong calls of the Python binding and what they say (issue 17, part 3:
"bindings that say what is wrong").

Every error names the C function, the argument and the value given, and
says what is wrong, as the ``csisms`` command does (its messages are the
model: "'2026-04-01' is after --today"). The expected messages below are
written by hand from doc/rules-model.md and the header's domains, not
copied from the binding's output. The second half type-checks two files of
calls with ``mypy --strict``: tests/typing_wrong.py, each of whose marked
lines must get its errors, and tests/typing_right.py, which must get none.

Run against the library named by $CSISMS_LIBRARY (``make check`` sets it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unittest
from datetime import date, datetime
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import csisms  # noqa: E402
from csisms import Audit, Basis, Checklist, Lang, ProgrammeKind, Reason  # noqa: E402

D = date
TODAY, UNTIL = D(2026, 3, 1), D(2027, 10, 21)

#: (call, exception class, the whole message)
CASES = [
    # audit time: ranges from csisms.h ("1 … UINT32_MAX", "≥ 1 halfday")
    (lambda: csisms.audit_days(0), csisms.InvalidArgumentError,
     "csisms_audit_days: argument personnel = 0: must be 1 … 4294967295"),
    (lambda: csisms.audit_days(2**32), csisms.InvalidArgumentError,
     "csisms_audit_days: argument personnel = 4294967296: must be 1 … 4294967295"),
    (lambda: csisms.audit_days(120, 7), csisms.InvalidArgumentError,
     "csisms_audit_days: argument basis = 7: must be a Basis: Basis.NONE, Basis.ISMS_CERT, "
     "Basis.ISMS_CERT_HERE or Basis.COMBINED"),
    (lambda: csisms.audit_days(120, Lang.EN), TypeError,  # type: ignore[arg-type]
     "csisms_audit_days: argument basis = Lang.EN: must be a Basis, not Lang"),
    (lambda: csisms.audit_days("120"), TypeError,  # type: ignore[arg-type]
     "csisms_audit_days: argument personnel = '120': must be an int, not str"),
    (lambda: csisms.isms_audit_days(0), csisms.InvalidArgumentError,
     "csisms_isms_audit_days: argument personnel = 0: must be 1 … 4294967295"),
    (lambda: csisms.isms_band(80), csisms.NotFoundError,
     "csisms_isms_band: argument index = 80: is past the last band: must be 0 … 79"),
    (lambda: csisms.initial_audit_days(0), csisms.InvalidArgumentError,
     "csisms_initial_audit_days: argument isms_days = 0: must be at least 0.5 day"),
    (lambda: csisms.initial_audit_days("8.5x"), csisms.InvalidArgumentError,
     "csisms_initial_audit_days: argument isms_days = '8.5x': is not a number of days "
     "(ASCII digits, optionally '.' and digits, like 8.5)"),
    (lambda: csisms.min_reduced_days(Fraction(1, 3)), csisms.InvalidArgumentError,
     "csisms_min_reduced_days: argument days = Fraction(1, 3): is not a multiple of 0.5 day "
     "(see round_up_half)"),
    (lambda: csisms.surveillance_days("0"), csisms.InvalidArgumentError,
     "csisms_surveillance_days: argument initial_days = '0': must be at least 0.5 day"),
    (lambda: csisms.recert_min_days(-2), csisms.InvalidArgumentError,
     "csisms_recert_min_days: argument initial_days = -2: must be at least 0.5 day"),
    (lambda: csisms.min_onsite_days(8.5), TypeError,  # type: ignore[arg-type]
     "csisms_min_onsite_days: argument days = 8.5: must be an int, Fraction, Decimal or str, not float"),
    (lambda: csisms.combined_min_days([12]), csisms.InvalidArgumentError,
     "csisms_combined_min_days: argument parts = [12]: must hold at least 2 audit times, not 1"),
    (lambda: csisms.combined_min_days([12, 0]), csisms.InvalidArgumentError,
     "csisms_combined_min_days: argument parts[1] = 0: must be at least 0.5 day"),
    (lambda: csisms.round_up_half(-1, 2), csisms.InvalidArgumentError,
     "csisms_round_up_half: argument numerator = -1: must be 0 … 9223372036854775807"),
    (lambda: csisms.round_up_half(1, 0), csisms.InvalidArgumentError,
     "csisms_round_up_half: argument denominator = 0: must be 1 … 9223372036854775807"),
    (lambda: csisms.round_up_half(Fraction(-1, 3)), csisms.InvalidArgumentError,
     "csisms_round_up_half: argument value = Fraction(-1, 3): must not be negative"),
    (lambda: csisms.days_format(-1), csisms.InvalidArgumentError,
     "csisms_days_format: argument days = -1: must not be negative"),
    (lambda: csisms.days_parse("17/2"), csisms.InvalidArgumentError,
     "csisms_days_parse: argument text = '17/2': is not a number of days "
     "(ASCII digits, optionally '.' and digits, like 8.5)"),
    (lambda: csisms.days_parse("1073741824"), csisms.RangeError,
     "csisms_days_parse: argument text = '1073741824': exceeds INT32_MAX halfdays"),
    # dates: the field and its value (February 2026 has 28 days)
    (lambda: csisms.date_parse("2026-02-30"), csisms.InvalidArgumentError,
     "csisms_date_parse: argument text = '2026-02-30': day 30 is not a day of February 2026 (1 … 28)"),
    (lambda: csisms.date_parse("2024年2月30日"), csisms.InvalidArgumentError,
     "csisms_date_parse: argument text = '2024年2月30日': day 30 is not a day of February 2024 (1 … 29)"),
    (lambda: csisms.date_parse("20261301"), csisms.InvalidArgumentError,
     "csisms_date_parse: argument text = '20261301': month 13 is not 1 … 12"),
    (lambda: csisms.date_parse("2026/3/1"), csisms.InvalidArgumentError,
     "csisms_date_parse: argument text = '2026/3/1': is not a date (YYYY-MM-DD, YYYYMMDD or YYYY年M月D日)"),
    (lambda: csisms.date_parse("0000-02-29"), csisms.RangeError,
     "csisms_date_parse: argument text = '0000-02-29': is before 0001-01-01 (year 0000)"),
    (lambda: csisms.date_parse_lenient(" 2025/4/31 "), csisms.InvalidArgumentError,
     "csisms_date_parse_lenient: argument text = ' 2025/4/31 ': day 31 is not a day of April 2025 (1 … 30)"),
    (lambda: csisms.date_parse_lenient("6/1/2025"), csisms.InvalidArgumentError,
     "csisms_date_parse_lenient: argument text = '6/1/2025': is not a date (YYYY-MM-DD, YYYYMMDD, "
     "YYYY年M月D日, YYYY-M-D, YYYY/M/D or YYYY.M.D)"),
    (lambda: csisms.date_format(datetime(2026, 3, 1)), TypeError,  # type: ignore[arg-type]
     "csisms_date_format: argument date = datetime.datetime(2026, 3, 1, 0, 0): must be a datetime.date, "
     "not datetime"),
    (lambda: csisms.date_add_days(D(9999, 12, 31), 1), csisms.RangeError,
     "csisms_date_add_days: argument days = 1: the result is outside 0001-01-01 … 9999-12-31"),
    (lambda: csisms.date_add_months("2026-02-29", 1), csisms.InvalidArgumentError,
     "csisms_date_add_months: argument date = '2026-02-29': day 29 is not a day of February 2026 (1 … 28)"),
    (lambda: csisms.certificate_valid_until(D(9998, 1, 1)), csisms.RangeError,
     "csisms_certificate_valid_until: argument valid_from = 9998-01-01: the result is outside "
     "0001-01-01 … 9999-12-31"),
    (lambda: csisms.surveillance_due(7, D(2024, 10, 22)), csisms.InvalidArgumentError,
     "csisms_surveillance_due: argument kind = 7: must be a SurveillanceKind: SurveillanceKind.FIRST, "
     "SurveillanceKind.SECOND or SurveillanceKind.AFTER_RECERT"),
    # verdicts: which fact, as `csisms evaluate` says it
    (lambda: csisms.evaluate(today=TODAY, valid_until=UNTIL, suspended_on=D(2026, 4, 1)),
     csisms.InvalidArgumentError,
     "csisms_evaluate: argument suspended_on = 2026-04-01: is after today (2026-03-01)"),
    (lambda: csisms.evaluate(today=TODAY, valid_until=UNTIL, correction_requested="2026-03-02"),
     csisms.InvalidArgumentError,
     "csisms_evaluate: argument correction_requested = '2026-03-02': is after today (2026-03-01)"),
    (lambda: csisms.evaluate(today=D(9999, 1, 1), valid_until=UNTIL), csisms.InvalidArgumentError,
     "csisms_evaluate: argument today = 9999-01-01: must be at most 9998-12-31 (DATE_INPUT_MAX)"),
    (lambda: csisms.evaluate(today="2026-02-29", valid_until=UNTIL), csisms.InvalidArgumentError,
     "csisms_evaluate: argument today = '2026-02-29': day 29 is not a day of February 2026 (1 … 28)"),
    (lambda: csisms.evaluate(today=TODAY, valid_until=UNTIL, grounds=1 << 20), csisms.InvalidArgumentError,
     "csisms_evaluate: argument grounds = 1048576: has bits that are no ground of 7.1.1 or 7.2.1: 0x100000"),
    (lambda: csisms.evaluate(today=TODAY, valid_until=None), TypeError,  # type: ignore[arg-type]
     "csisms_evaluate: argument valid_until = None: must be a datetime.date or a str, not NoneType"),
    (lambda: csisms.evaluate(today=TODAY, valid_until=UNTIL, suspension_resolved="no"), TypeError,  # type: ignore
     "csisms_evaluate: argument suspension_resolved = 'no': must be a bool (True or False), not str"),
    (lambda: csisms.evaluate(today=TODAY, valid_until=UNTIL, grounds=[Reason.VOLUNTARY, Basis.COMBINED]),  # type: ignore
     TypeError, "csisms_evaluate: argument grounds[1] = Basis.COMBINED: must be a Reason bit, not Basis"),
    # a bad row of evaluate_batch: its column, its row (0-based) and its value
    (lambda: csisms.evaluate_batch([20260301, 20260301], [20271021, 20261301]).verdict(1),
     csisms.InvalidArgumentError,
     "csisms_evaluate_batch: argument valid_until[1] = 20261301: not a date YYYYMMDD"),
    (lambda: csisms.evaluate_batch([20260301], [20271021], suspended_on=[20260401]).verdict(0),
     csisms.InvalidArgumentError,
     "csisms_evaluate_batch: argument suspended_on[0] = 2026-04-01: is after today (2026-03-01)"),
    (lambda: csisms.evaluate_batch([20260301], [20271021], grounds=[1 << 20]).verdict(0),
     csisms.InvalidArgumentError,
     "csisms_evaluate_batch: argument grounds[0] = 1048576: has bits that are no ground of 7.1.1 or 7.2.1: "
     "0x100000"),
    (lambda: csisms.evaluate_batch([20260301], [20271021], flags=[4]).verdict(0), csisms.InvalidArgumentError,
     "csisms_evaluate_batch: argument flags[0] = 4: has bits other than BATCH_RESOLVED and BATCH_CORRECTED"),
    (lambda: csisms.evaluate_batch([99990101], [20271021]).verdict(0), csisms.InvalidArgumentError,
     "csisms_evaluate_batch: argument today[0] = 9999-01-01: must be at most 9998-12-31 (DATE_INPUT_MAX)"),
    (lambda: csisms.reason_clause(3), csisms.InvalidArgumentError,  # type: ignore[arg-type]
     "csisms_reason_clause: argument reason = 3: must be exactly one Reason bit (like Reason.NONCONFORMITY)"),
    (lambda: csisms.action_name(9), csisms.InvalidArgumentError,  # type: ignore[arg-type]
     "csisms_action_name: argument action = 9: must be an Action: Action.MAINTAIN, Action.SUSPEND, "
     "Action.REINSTATE, Action.WITHDRAW or Action.EXPIRE"),
    (lambda: csisms.duty_text(csisms.Duty.REPORT, 2), csisms.InvalidArgumentError,  # type: ignore[arg-type]
     "csisms_duty_text: argument lang = 2: must be a Lang: Lang.ZH or Lang.EN"),
    # scope codes: AmbiguousError lists the entries
    (lambda: csisms.scope_lookup("04.13"), csisms.AmbiguousError,
     "csisms_scope_lookup: argument code = '04.13': begins 2 entries: 04.13.01, 04.13.02"),
    (lambda: csisms.scope_lookup("05"), csisms.NotFoundError,
     "csisms_scope_lookup: argument code = '05': is no entry of Appendix B"),
    (lambda: csisms.scope_lookup("3..1"), csisms.InvalidArgumentError,
     "csisms_scope_lookup: argument code = '3..1': is not a business-scope code (1 to 3 groups of 1 or 2 "
     "digits separated by dots, like 03.01)"),
    (lambda: csisms.scope_at(35), csisms.NotFoundError, "csisms_scope_at: argument index = 35: must be 0 … 34"),
    (lambda: csisms.scope_find(""), csisms.InvalidArgumentError,
     "csisms_scope_find: argument text = '': must not be empty"),
    (lambda: csisms.scope_under("x"), csisms.InvalidArgumentError,
     "csisms_scope_under: argument code = 'x': is not a business-scope code (1 to 3 groups of 1 or 2 "
     "digits separated by dots, like 03.01)"),
    # checklists
    (lambda: csisms.checklist_size(99), csisms.InvalidArgumentError,  # type: ignore[arg-type]
     "csisms_checklist_size: argument list = 99: must be a Checklist (Checklist.PUBLIC_INFO … "
     "Checklist.CERTIFICATE: 16 members)"),
    (lambda: csisms.checklist_item(Checklist.PUBLIC_INFO, 6), csisms.InvalidArgumentError,
     "csisms_checklist_item: argument item = 6: must be 1 … 5"),
    (lambda: csisms.checklist_eval(Checklist.PUBLIC_INFO, [1, 6]), csisms.InvalidArgumentError,
     "csisms_checklist_eval: argument present[1] = 6: must be 1 … 5"),
    (lambda: csisms.checklist_eval(Checklist.PUBLIC_INFO, 0b100000), csisms.InvalidArgumentError,
     "csisms_checklist_eval: argument present = 32: has bits beyond the list's 5 items: 0x20"),
    (lambda: csisms.checklist_eval(Checklist.APPLICATION, 0, [1]), csisms.InvalidArgumentError,
     "csisms_checklist_eval: argument not_applicable = [1]: item 1 of Checklist.APPLICATION may not be "
     "declared not applicable"),
    # identifiers
    (lambda: csisms.uscc_validate("91350100M000100Y42"), csisms.ChecksumError,
     "csisms_uscc_validate: argument code = '91350100M000100Y42': the check character (position 18) is '2', "
     "it should be '3'"),
    (lambda: csisms.uscc_validate("91350100M000100Y4"), csisms.InvalidArgumentError,
     "csisms_uscc_validate: argument code = '91350100M000100Y4': must be 18 characters long, not 17"),
    (lambda: csisms.uscc_validate("91350100MO00100Y43"), csisms.InvalidArgumentError,
     "csisms_uscc_validate: argument code = '91350100MO00100Y43': character 10, 'O', is not one of the "
     "code's symbols (digits and upper-case letters but I, O, Z, S, V)"),
    (lambda: csisms.sample_sites(0), csisms.InvalidArgumentError,
     "csisms_sample_sites: argument sites = 0: must be 1 … 4294967295"),
    (lambda: csisms.sample_sites(4, Basis.NONE), TypeError,  # type: ignore[arg-type]
     "csisms_sample_sites: argument audit = Basis.NONE: must be an Audit, not Basis"),
    # rules, programme
    (lambda: csisms.rule_at(43), csisms.NotFoundError, "csisms_rule_at: argument index = 43: must be 0 … 42"),
    (lambda: csisms.reason_of_clause("9.9"), csisms.NotFoundError,
     "csisms_reason_of_clause: argument clause = '9.9': is the clause of no reason (like 7.2.1(5))"),
    (lambda: csisms.programme(120), csisms.InvalidArgumentError,
     "csisms_programme: argument decided = None: give decided (an initial certification's decision date) "
     "or recert_of (the old certificate's last valid day)"),
    (lambda: csisms.programme(120, decided=D(2024, 1, 1), recert_of=D(2027, 1, 1)), csisms.InvalidArgumentError,
     "csisms_programme: argument recert_of = 2027-01-01: give either decided or recert_of, not both"),
    (lambda: csisms.programme(120, decided=D(2024, 1, 1), operating_since=D(2024, 2, 1)),
     csisms.InvalidArgumentError,
     "csisms_programme: argument operating_since = 2024-02-01: is after decided (2024-01-01)"),
    # 120 persons: 12 days, 70 % is 8.4 → 8.5 days (4.5.1.1)
    (lambda: csisms.programme(120, decided=D(2024, 1, 1), planned_days=8), csisms.NotPermittedError,
     "csisms_programme: argument planned_days = 8: is below the least time after a reduction, 8.5 days "
     "(4.5.1.1: 70 % of 12)"),
    (lambda: csisms.record_check(120, decided=D(2024, 1, 1), audits=[(ProgrammeKind.RECERT_START, D(2024, 1, 1),
                                                                       12, 12)]),
     csisms.InvalidArgumentError,
     "csisms_record_check: argument audits[0].kind = ProgrammeKind.RECERT_START: is no audit of a cycle "
     "from decided"),
    (lambda: csisms.record_check(120, decided=D(2024, 1, 1), audits=[(ProgrammeKind.INITIAL, D(2024, 1, 1),
                                                                       8, 9)]),
     csisms.InvalidArgumentError,
     "csisms_record_check: argument audits[0].onsite = 9: is more than the audit's total (8 days)"),
]


class WrongCalls(unittest.TestCase):
    def test_each_message_names_the_function_the_argument_and_the_value(self):
        for call, cls, message in CASES:
            with self.subTest(message=message):
                with self.assertRaises(cls) as ctx:
                    call()
                self.assertIs(type(ctx.exception), cls)
                self.assertEqual(str(ctx.exception), message)
                if isinstance(ctx.exception, csisms.CsismsError):
                    # the argument and the value are there to be read, too
                    self.assertIsNotNone(ctx.exception.argument)
                    self.assertIn(f"argument {ctx.exception.argument} = ", message)

    def test_ambiguous_error_carries_the_entries(self):
        with self.assertRaises(csisms.AmbiguousError) as ctx:
            csisms.scope_lookup("４.１３")  # full-width digits, as people type them
        e = ctx.exception
        self.assertEqual([s.code for s in e.entries], ["04.13.01", "04.13.02"])
        self.assertTrue(all(isinstance(s, csisms.Scope) for s in e.entries))
        self.assertEqual(e.entries, csisms.scope_under("04.13"))
        self.assertEqual((e.argument, e.value), ("code", "４.１３"))
        # "04" is the major class itself: an entry, not ambiguous
        self.assertEqual(csisms.scope_lookup("04").code, "04")

    def test_checksum_error_carries_the_expected_character_and_position(self):
        # GB 32100-2015: 91350100M000100Y4 + "3"; each wrong 18th character
        for wrong in "0124ABCY":
            with self.subTest(wrong=wrong):
                code = "91350100M000100Y4" + wrong
                with self.assertRaises(csisms.ChecksumError) as ctx:
                    csisms.uscc_validate(code)
                self.assertEqual((ctx.exception.expected, ctx.exception.position), ("3", 18))
                self.assertEqual(ctx.exception.value, code)
        csisms.uscc_validate("91350100M000100Y43")

    def test_errors_raised_elsewhere_have_no_argument(self):
        e = csisms.error_for(csisms.Status.ERANGE, "csisms_x")
        self.assertEqual((e.argument, e.value, str(e)), (None, None, "csisms_x: result out of range"))


def _mypy() -> list:
    """The command that runs mypy: with this interpreter, else the mypy
    command on PATH (Debian's, for /usr/bin/python3); [] without mypy."""
    try:
        import mypy  # noqa: F401
    except ImportError:
        command = shutil.which("mypy")
        return [command] if command else []
    return [sys.executable, "-m", "mypy"]


class Typing(unittest.TestCase):
    """mypy --strict flags the wrong calls (one error per marked line) and
    accepts the right ones: the enumerations' parameters are typed as their
    enumerations, so audit_days(120, Lang.EN) does not type-check."""

    def test_mypy_strict(self):
        mypy = _mypy()
        if not mypy:
            if os.environ.get("CSISMS_REQUIRE_MYPY"):
                self.fail("mypy is not installed (Debian: apt-get install mypy)")
            self.skipTest("mypy is not installed (Debian: apt-get install mypy)")
        wrong = os.path.join(HERE, "typing_wrong.py")
        right = os.path.join(HERE, "typing_right.py")
        env = dict(os.environ, MYPYPATH=os.path.dirname(HERE))
        run = subprocess.run(mypy + ["--strict", "--no-error-summary", "--cache-dir", os.devnull,
                                     "--hide-error-context", wrong, right],
                             capture_output=True, text=True, env=env, check=False)
        found = {}
        for line in run.stdout.splitlines():
            m = re.match(r"(.*?):(\d+): error: ", line)
            if m:
                key = (os.path.basename(m.group(1)), int(m.group(2)))
                found[key] = found.get(key, 0) + 1
        expected = {}
        with open(wrong, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                m = re.search(r"# errors?(?:: (\d+))?$", line)
                if m:
                    expected[("typing_wrong.py", number)] = int(m.group(1) or 1)
        self.assertGreaterEqual(len(expected), 30)
        self.assertEqual(found, expected, run.stdout + run.stderr)
        self.assertEqual(run.returncode, 1, run.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
