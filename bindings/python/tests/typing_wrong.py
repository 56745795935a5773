# SPDX-License-Identifier: MIT
"""Wrong calls that mypy --strict must flag (test_csisms.Typing).

Never run: only type-checked. Each line that ends in "# error" must get
exactly one mypy error, "# errors: N" N errors; every other line none.
"""

from datetime import date
from fractions import Fraction

import csisms
from csisms import Action, Audit, Basis, Checklist, Duty, Lang, ProgrammeKind, Reason, Rule, SurveillanceKind

D = date(2026, 3, 1)

csisms.audit_days(120, Lang.EN)  # error
csisms.audit_days(120, 1)  # error
csisms.audit_days("120")  # error
csisms.audit_days(120.0, Basis.NONE)  # error
csisms.initial_audit_days(12.5, Basis.COMBINED)  # error
csisms.initial_audit_days(12, Audit.INITIAL)  # error
csisms.isms_audit_days(None)  # error
csisms.min_onsite_days(8.5)  # error
csisms.combined_min_days(12)  # error
csisms.days_format(1.5)  # error
csisms.surveillance_due(Lang.EN, D)  # error
csisms.surveillance_due(SurveillanceKind.FIRST, 20260301)  # error
csisms.sample_sites(3, Basis.NONE)  # error
csisms.reason_clause(Duty.REPORT)  # error
csisms.reason_text(Reason.VOLUNTARY, Basis.NONE)  # error
csisms.duty_text(Reason.VOLUNTARY)  # error
csisms.action_name(Action.WITHDRAW, "en")  # error
csisms.action_name(Reason.VOLUNTARY)  # error
csisms.checklist_size(Audit.INITIAL)  # error
csisms.checklist_item(Checklist.APPLICATION, "1")  # error
csisms.rule_clause(Reason.VOLUNTARY)  # error
csisms.rule_text(Rule.ONSITE, 1)  # error
csisms.evaluate(D, D)  # error
csisms.evaluate(today=D, valid_until=D, grounds=Duty.REPORT)  # error
csisms.evaluate(today=D, valid_until=D, suspension_resolved="no")  # error
csisms.evaluate(today=20260301, valid_until=D)  # error
csisms.evaluate(valid_until=D)  # error
csisms.scope_lookup(301)  # error
csisms.scope_lookup("03.01").name(Basis.NONE)  # error
csisms.programme(120, Lang.ZH, decided=D)  # error
csisms.programme(120, Basis.NONE, decided=20241022)  # error
csisms.justify(120, Basis.NONE, sites="2")  # error
csisms.uscc_validate(b"91350100M000100Y43")  # error
days: int = csisms.audit_days(120, Basis.NONE)  # error
text: str = csisms.evaluate(today=D, valid_until=D).action  # error
half: Fraction = csisms.audit_days(120, Basis.NONE).halves  # error
kind: ProgrammeKind = csisms.rule_at(0)  # error
csisms.date_add_days(D, "3")  # errors: 1
