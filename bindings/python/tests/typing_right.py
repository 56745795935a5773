# SPDX-License-Identifier: MIT
"""Right calls that mypy --strict must accept without a word (test_csisms.Typing).

Never run: only type-checked (tests/test_csisms.py runs the same calls).
"""

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import List, Optional, Tuple

import csisms
from csisms import Action, Audit, Basis, Checklist, Duty, Lang, ProgrammeKind, Reason, Rule, SurveillanceKind

D = date(2026, 3, 1)

time: csisms.PersonDays = csisms.audit_days(120, Basis.ISMS_CERT)
exact: Fraction = time
printed: str = str(time)
same: bool = time == Fraction(7)
doubled: Fraction = time * 2
csisms.audit_days(120)
csisms.initial_audit_days(12, Basis.COMBINED)
csisms.initial_audit_days("8.5")
csisms.initial_audit_days(Decimal("8.5"))
csisms.min_onsite_days(Fraction(17, 2))
csisms.combined_min_days([12, "8.5", Fraction(1, 2)])
csisms.round_up_half(24, 5)
days_text: str = csisms.days_format(Fraction(17, 2))
csisms.surveillance_due(SurveillanceKind.FIRST, D)
csisms.surveillance_due(SurveillanceKind.SECOND, "2024-10-22")
sample: int = csisms.sample_sites(25, Audit.SURVEILLANCE)
clause: str = csisms.reason_clause(Reason.VOLUNTARY)
csisms.reason_text(Reason.VOLUNTARY, Lang.EN)
csisms.duty_text(Duty.REPORT, Lang.EN)
csisms.action_name(Action.WITHDRAW, Lang.EN)
size: int = csisms.checklist_size(Checklist.APPLICATION)
csisms.checklist_item(Checklist.APPLICATION, 1, Lang.EN)
csisms.checklist_eval(Checklist.APPLICATION, [1, 2], 0)
csisms.rule_text(Rule.ONSITE, Lang.EN)
verdict = csisms.evaluate(today=D, valid_until=date(2027, 10, 21), grounds=Reason.VOLUNTARY)
action: Action = verdict.action
reasons: Reason = verdict.reasons
deadline: Optional[date] = verdict.deadline
csisms.evaluate(today="2026-03-01", valid_until=D, grounds=[Reason.VOLUNTARY, Reason.MAJOR_INCIDENT])
csisms.evaluate(today=D, valid_until=D, suspended_on=None, suspension_resolved=True)
scope: csisms.Scope = csisms.scope_lookup("03.01")
name: str = scope.name(Lang.EN)
entries: Tuple[csisms.Scope, ...] = csisms.scope_under("04.13")
csisms.programme(120, Basis.NONE, decided=D, planned_days="8.5", sites=4)
csisms.record_check(120, audits=[(ProgrammeKind.INITIAL, D, 12, 10)], decided=date(2024, 1, 1))
steps: List[csisms.Step] = csisms.justify(120, Basis.ISMS_CERT)
rule: Rule = csisms.rule_at(0)
try:
    csisms.scope_lookup("04.13")
except csisms.AmbiguousError as e:
    codes: List[str] = [entry.code for entry in e.entries]
    argument: Optional[str] = e.argument
try:
    csisms.uscc_validate("91350100M000100Y42")
except csisms.ChecksumError as e:
    expected: Optional[str] = e.expected
    position: int = e.position
