// SPDX-License-Identifier: MIT
// 1.1: rules as data, queries, the audit programme, the justification and
// the record check, worked by hand (doc/rules-model.md, the header's examples).
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { throwsLike } from "./helpers.js";

const { InvalidArgumentError, NotFoundError, NotPermittedError } = csisms;
const d = (x) => (x instanceof csisms.Days ? x.toString() : x);

test("rules", () => {
    assert.equal(csisms.ruleClause("onsite"), "4.5.1.2");
    assert.equal(csisms.ruleText("onsite"), "整个审核时间中，现场审核时间不应少于 80%");
    assert.equal(csisms.ruleCount(), 43); // 23 figures and limits, 16 reasons, 4 duties
    const all = csisms.rules();
    assert.equal(all.length, 43);
    assert.equal(all[0], "isms-table");
    assert.deepEqual([...all].sort(), Object.values(csisms.Rule).sort());
    for (const r of all) {
        assert.ok(csisms.ruleClause(r));
        assert.ok(csisms.ruleText(r, "en"));
    }
    assert.equal(csisms.reasonRule("expired"), "r-expired");
    assert.equal(csisms.reasonOfClause("7.2.1(5)"), "suspension-expired");
    assert.equal(csisms.reasonOfClause("5.1.2"), "surveillance-overdue");
    throwsLike(() => csisms.reasonOfClause("7.2.1(9)"), NotFoundError, 'reasonOfClause: ', 'clause = "7.2.1(9)"');
    throwsLike(() => csisms.ruleClause("isms"), InvalidArgumentError, 'rule = "isms" is not a Rule');
    throwsLike(() => csisms.ruleAt(43), NotFoundError, "ruleAt: ", "index = 43");
});

test("the programme of an initial cycle", () => {
    // 120 persons, isms-cert: 7 days, on site ⌈5.6⌉ = 6; each surveillance 7/3 = 2.33 → 2.5, on site 2.
    const p = csisms.programme(120, "isms-cert", { decided: "2024-10-22" });
    assert.deepEqual(p.map((e) => e.kind), ["initial", "validity", "surveillance1", "surveillance2", "recert"]);
    assert.deepEqual([d(p[0].totalDays), d(p[0].onsiteDays)], ["7", "6"]);
    assert.equal(p[1].last, "2027-10-21");
    assert.deepEqual([p[2].last, p[2].latest, d(p[2].totalDays)], ["2025-10-22", "2025-10-22", "2.5"]);
    assert.deepEqual([p[3].last, p[3].latest, d(p[3].totalDays)], ["2026-10-22", "2027-01-22", "2.5"]);
    assert.equal(p[3].rules.latest, "postponement");
    assert.equal(p[0].rules.sample, null);
    assert.equal(p[4].earliest, "2027-07-23");
    assert.ok(Object.isFrozen(p[0]) && Object.isFrozen(p[0].rules));
    throwsLike(() => csisms.programme(120), InvalidArgumentError, "programme: invalid argument: give exactly one of decided and recertOf");
    throwsLike(() => csisms.programme(120, "none", { decided: "2024-10-22", recertOf: "2027-10-21" }), InvalidArgumentError, "exactly one");
    // 4.5.1.1: 7 days may be reduced to ⌈4.9⌉ = 5 at most; 4.5 is below the floor.
    throwsLike(() => csisms.programme(120, "isms-cert", { decided: "2024-10-22", plannedDays: 4.5 }), NotPermittedError, "plannedDays = 4.5");
    assert.equal(d(csisms.programme(120, "isms-cert", { decided: "2024-10-22", plannedDays: "5" })[0].totalDays), "5");
    throwsLike(() => csisms.programme(120, "none", { decided: "2024-10-22", stage1Omitted: 1 }), TypeError, "stage1Omitted must be a boolean");
    throwsLike(() => csisms.programme(120, "none", null), TypeError, "programme: options must be an object");
});

test("the programme of a recertification cycle", () => {
    // The old certificate's last valid day 2027-10-21: the new validity runs 2027-10-22 … 2030-10-21.
    const p = csisms.programme(120, "isms-cert", { recertOf: "2027-10-21", stage1Omitted: true });
    assert.deepEqual(p.map((e) => e.kind), ["recert-start", "validity", "surveillance1", "surveillance2", "recert"]);
    assert.equal(p[1].earliest, "2027-10-22");
    assert.equal(p[1].last, "2030-10-21");
    // 6.2: stage 1 omitted, at least 2/3 of 7 = 4.67 → 5 days.
    assert.equal(d(p[0].totalDays), "5");
});

test("justify", () => {
    const steps = csisms.justify(120, "isms-cert");
    assert.deepEqual(steps.slice(0, 3).map((s) => [s.rule, d(s.input), d(s.result)]),
        [["isms-table", 120, "12"], ["note-isms-cert", "12", "7"], ["onsite", "7", "6"]]);
    assert.equal(typeof steps[0].input, "number");
    assert.equal(steps[4].rule, "surveillance-cycle");
    assert.equal(d(steps[4].result), "5"); // 2/3 of 7 = 4.67 → 5
    // With 25 sites: sampling ⌈√25⌉ = 5 sites at the initial audit.
    const sampled = csisms.justify(120, "isms-cert", { sites: 25 }).find((s) => s.rule === "sampling");
    assert.deepEqual([sampled.input, sampled.result], [25, 5]);
    // A combined audit with a 12-day partner: 80 % of 7 + 12 = 15.2 → 15.5.
    const combined = csisms.justify(120, "isms-cert", { combinedDays: 12 }).find((s) => s.rule === "combined-time");
    assert.deepEqual([d(combined.input), d(combined.input2), d(combined.result)], ["7", "12", "15.5"]);
});

test("recordCheck", () => {
    const decided = "2024-10-22";
    // Each surveillance 2 days: 2 + 2 = 4 < 5 (2/3 of 7 → 5): one breach of the cycle.
    const short = csisms.recordCheck(120, "isms-cert", {
        decided, audits: [["surveillance1", "2025-09-01", 2, 2], { kind: "surveillance2", date: "2026-09-01", totalDays: 2, onsiteDays: 2 }],
    });
    assert.equal(short.length, 1);
    assert.deepEqual([short[0].rule, short[0].record, d(short[0].actual), d(short[0].required)], ["surveillance-cycle", null, "4", "5"]);
    const ok = csisms.recordCheck(120, "isms-cert", { decided, audits: [["surveillance1", "2025-09-01", 2.5, 2.5], ["surveillance2", "2026-09-01", "2.5", "2.5"]] });
    assert.deepEqual(ok, []);
    const late = csisms.recordCheck(120, "isms-cert", { decided, audits: [["surveillance1", "2025-10-23", 2.5, 2.5]] });
    assert.deepEqual(late, [{ rule: "first-surveillance", record: 0, actual: "2025-10-23", required: "2025-10-22" }]);
    throwsLike(() => csisms.recordCheck(120, "none", { decided, audits: [["validity", "2025-01-01", 1, 1]] }), InvalidArgumentError, "recordCheck: invalid argument: ");
    throwsLike(() => csisms.recordCheck(120, "none", { decided, audits: [["surveillance1", "2025-02-30", 1, 1]] }), InvalidArgumentError, 'audits[0].date = "2025-02-30" is not a date');
    throwsLike(() => csisms.recordCheck(120, "none", { decided }), TypeError, "recordCheck: audits must be an array of audits");
    throwsLike(() => csisms.recordCheck(120, "none", { decided, audits: [null] }), TypeError, "audits[0] must be an object");
});

test("queries", () => {
    assert.equal(csisms.ismsBandIndex(120), 6);
    assert.deepEqual(csisms.usccCheck("91350100M000100Y44"), { status: "ECHECKSUM", position: 18, expected: "3" });
    assert.deepEqual(csisms.scopeUnder("4.13").map((s) => s.code), ["04.13.01", "04.13.02"]);
});
