// SPDX-License-Identifier: MIT
// Certificate verdicts (5.1.2; 7; 8.2): doc/rules-model.md §4's worked
// examples, the reasons' clauses, and evaluateBatch row by row against
// hand-worked verdicts and against evaluate().
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { isoOfOrdinal, ordinalOf, throwsLike } from "./helpers.js";

const { InvalidArgumentError } = csisms;
const validUntil = "2027-10-21";
const verdict = (action, reasons, duties, deadline, nextReview) => ({ action, reasons, duties, deadline, nextReview });

test("the issue's example: a suspension unresolved for 6 months is withdrawn (7.2.1(5))", () => {
    const v = csisms.evaluate({ today: "2025-12-02", validUntil, suspendedOn: "2025-06-01" });
    assert.deepEqual(v, verdict("withdraw", ["suspension-expired"], ["return-certificate", "publish", "report"], null, null));
    assert.deepEqual(v.reasons.map(csisms.reasonClause), ["7.2.1(5)"]);
    assert.ok(Object.isFrozen(v) && Object.isFrozen(v.reasons));
    // The day before, still suspended, until 2025-12-01.
    assert.deepEqual(csisms.evaluate({ today: "2025-12-01", validUntil, suspendedOn: "2025-06-01" }),
        verdict("suspend", [], ["no-advertising", "report"], "2025-12-01", "2025-12-02"));
});

test("the other actions", () => {
    assert.deepEqual(csisms.evaluate({ today: "2025-01-01", validUntil }), verdict("maintain", [], [], null, "2027-10-22"));
    assert.deepEqual(csisms.evaluate({ today: "2027-10-22", validUntil }), verdict("expire", ["expired"], [], null, null));
    // A 7.1.1 ground starts a suspension today: 6 months from 2025-03-10.
    for (const grounds of [["voluntary"], 1 << 4, new Set(["voluntary"])]) {
        assert.deepEqual(csisms.evaluate({ today: "2025-03-10", validUntil, grounds }),
            verdict("suspend", ["voluntary"], ["no-advertising", "report"], "2025-09-10", "2025-09-11"));
    }
    assert.deepEqual(csisms.evaluate({ today: "2025-07-01", validUntil, suspendedOn: "2025-06-01", suspensionResolved: true }),
        verdict("reinstate", [], [], null, "2027-10-22"));
    // 7.2.1(7): a correction asked for on 2024-08-31 is due by 2025-02-28.
    const late = csisms.evaluate({ today: "2025-03-01", validUntil, correctionRequested: "2024-08-31" });
    assert.deepEqual([late.action, late.reasons], ["withdraw", ["misuse-of-certification"]]);
    assert.deepEqual(csisms.evaluate({ today: "2025-02-28", validUntil, correctionRequested: "2024-08-31" }),
        verdict("maintain", [], [], null, "2025-03-01"));
    assert.equal(csisms.evaluate({ today: "2025-03-01", validUntil, correctionRequested: "2024-08-31", correctionDone: true }).action, "maintain");
    // 5.1.2: an overdue surveillance suspends (limit 6 months after the first overdue day).
    assert.deepEqual(csisms.evaluate({ today: new Date("2025-10-23"), validUntil: new Date("2027-10-21"), surveillanceLatest: "20251022" }),
        verdict("suspend", ["surveillance-overdue"], ["no-advertising", "report"], "2026-04-23", "2026-04-24"));
    // A 7.2.1 ground withdraws whatever else holds.
    const v = csisms.evaluate({ today: "2025-03-10", validUntil, grounds: ["major-incident", "voluntary"] });
    assert.deepEqual([v.action, v.reasons], ["withdraw", ["voluntary", "major-incident"]]);
});

test("invalid facts", () => {
    const base = { today: "2025-03-10", validUntil };
    for (const extra of [{ grounds: ["expired"] }, { grounds: ["surveillance-overdue"] }, { grounds: 1 << 7 },
        { suspendedOn: "2025-03-11" }, { correctionRequested: "2025-03-11" }, { today: "9999-01-01" }, { validUntil: "9999-01-01" }]) {
        const err = throwsLike(() => csisms.evaluate({ ...base, ...extra }), InvalidArgumentError, "evaluate: invalid argument: ");
        assert.equal(err.cFunction, "csisms_evaluate");
        for (const [k, value] of Object.entries(extra)) assert.ok(err.message.includes(`${k} = ${JSON.stringify(value)}`), err.message);
    }
    throwsLike(() => csisms.evaluate({ today: null, validUntil }), TypeError);
    throwsLike(() => csisms.evaluate({ validUntil }), TypeError, "today must be a date");
});

test("a failed evaluate names the fact at fault; a bad batch row its column, row and value", () => {
    // Messages written from csisms_evaluate's checks (doc/rules-model.md §4): each date,
    // then their order, then the grounds; for a batch row also the flags.
    const until = "2027-10-21";
    const cases = [
        [() => csisms.evaluate({ today: "2026-03-01", validUntil: until, suspendedOn: "2026-04-01" }), "csisms_evaluate",
            'evaluate: invalid argument: suspendedOn = "2026-04-01" is after today ("2026-03-01")'],
        [() => csisms.evaluate({ today: "2026-03-01", validUntil: until, correctionRequested: "2026-03-02" }), "csisms_evaluate",
            'evaluate: invalid argument: correctionRequested = "2026-03-02" is after today ("2026-03-01")'],
        [() => csisms.evaluate({ today: "9999-01-01", validUntil: until }), "csisms_evaluate",
            'evaluate: invalid argument: today = "9999-01-01" must be at most 9998-12-31 (DATE_INPUT_MAX)'],
        [() => csisms.evaluate({ today: "2026-03-01", validUntil: until, grounds: ["expired"] }), "csisms_evaluate",
            'evaluate: invalid argument: grounds = ["expired"] has bits that are no ground of 7.1.1 or 7.2.1: 0x10000'],
        [() => csisms.evaluateBatch({ today: [20260301, 20260301], validUntil: [20271021, 20261301] }).verdict(1),
            "csisms_evaluate_batch", "evaluateBatch: invalid argument: validUntil[1] = 20261301 is not a valid date"],
        [() => csisms.evaluateBatch({ today: ["2026-03-01"], validUntil: [until], suspendedOn: ["2026-04-01"] }).verdict(0),
            "csisms_evaluate_batch", 'evaluateBatch: invalid argument: suspendedOn[0] = "2026-04-01" is after today ("2026-03-01")'],
        [() => csisms.evaluateBatch({ today: [20260301], validUntil: [20271021], grounds: [1 << 20] }).verdict(0),
            "csisms_evaluate_batch", "evaluateBatch: invalid argument: grounds[0] = 1048576 has bits that are no ground of 7.1.1 or 7.2.1: 0x100000"],
        [() => csisms.evaluateBatch({ today: [20260301], validUntil: [20271021], flags: [4] }).verdict(0),
            "csisms_evaluate_batch", "evaluateBatch: invalid argument: flags[0] = 4 has bits other than BATCH_RESOLVED and BATCH_CORRECTED"],
        [() => csisms.evaluateBatch({ today: [99990101], validUntil: [20271021] }).verdict(0),
            "csisms_evaluate_batch", "evaluateBatch: invalid argument: today[0] = 99990101 must be at most 9998-12-31 (DATE_INPUT_MAX)"],
        [() => csisms.evaluateBatch({ today: [0], validUntil: [20271021] }).verdict(0),
            "csisms_evaluate_batch", "evaluateBatch: invalid argument: today[0] = 0 is not a valid date"],
    ];
    for (const [call, cFunction, message] of cases) {
        const err = throwsLike(call, InvalidArgumentError);
        assert.equal(err.message, message);
        assert.equal(err.cFunction, cFunction);
    }
});

const CLAUSES = {
    nonconformity: "7.1.1(1)", "contract-breach": "7.1.1(2)", "ordered-to-halt": "7.1.1(3)",
    "regulator-finding": "7.1.1(4)", voluntary: "7.1.1(5)", "other-suspension": "7.1.1(6)",
    "surveillance-overdue": "5.1.2", "legal-status-revoked": "7.2.1(1)", "obstructed-regulator": "7.2.1(2)",
    "major-incident": "7.2.1(3)", "serious-violation": "7.2.1(4)", "suspension-expired": "7.2.1(5)",
    "system-not-operated": "7.2.1(6)", "misuse-of-certification": "7.2.1(7)", "other-withdrawal": "7.2.1(8)",
    expired: "8.2",
};

test("reasons: clauses and texts", () => {
    assert.deepEqual(Object.values(csisms.Reason).sort(), Object.keys(CLAUSES).sort());
    for (const [reason, clause] of Object.entries(CLAUSES)) {
        assert.equal(csisms.reasonClause(reason), clause);
        assert.equal(csisms.reasonOfClause(clause), reason);
        assert.ok(csisms.reasonText(reason, "zh"));
        assert.ok(csisms.reasonText(reason, "en"));
        assert.notEqual(csisms.reasonText(reason, "zh"), csisms.reasonText(reason, "en"));
    }
    assert.equal(csisms.reasonText("voluntary"), "主动请求暂停的");
    throwsLike(() => csisms.reasonClause("nonconformity,voluntary"), InvalidArgumentError, 'reason = "nonconformity,voluntary" is not a Reason');
    throwsLike(() => csisms.reasonText("voluntary", "de"), InvalidArgumentError, 'lang = "de" is not a Lang');
});

test("actions and duties: names, clauses and texts", () => {
    assert.equal(csisms.actionName("suspend", "en"), "Suspend");
    assert.equal(csisms.actionName("withdraw", "zh"), "撤销");
    assert.equal(csisms.actionName("withdraw", "en"), "Withdraw");
    const names = new Set();
    for (const a of Object.values(csisms.Action)) for (const l of Object.values(csisms.Lang)) names.add(csisms.actionName(a, l));
    assert.equal(names.size, 10);
    throwsLike(() => csisms.actionName("revoke"), InvalidArgumentError, 'action = "revoke" is not an Action (');
    const clauses = { "no-advertising": "7.1.2", "return-certificate": "7.3", publish: "7.3", report: "7.4" };
    for (const [duty, clause] of Object.entries(clauses)) {
        assert.equal(csisms.dutyClause(duty), clause);
        assert.ok(csisms.dutyText(duty, "zh"));
        assert.ok(csisms.dutyText(duty, "en"));
    }
    throwsLike(() => csisms.dutyClause("pay"), InvalidArgumentError);
    throwsLike(() => csisms.dutyText("report", 7), TypeError);
});

// Hand-worked rows (doc/rules-model.md §4): facts → [status, action, reasons, duties, deadline, nextReview].
const R = csisms.C_CONSTANTS;
const SE = R.CSISMS_R_SUSPENSION_EXPIRED, MU = R.CSISMS_R_MISUSE_OF_CERTIFICATION;
const SO = R.CSISMS_R_SURVEILLANCE_OVERDUE, EX = R.CSISMS_R_EXPIRED, VO = R.CSISMS_R_VOLUNTARY;
const SUSPEND = 1, REINSTATE = 2, WITHDRAW = 3, EXPIRE = 4;
const D_SUS = 9, D_WDR = 14; // no-advertising|report; return|publish|report
const ROWS = [
    // overdue since 2025-10-23: the suspension may last until 2026-04-23
    [[20260301, 20271021, 0, 20251022, 0, 0, 0], [0, SUSPEND, SO, D_SUS, 20260423, 20260424]],
    [[20260423, 20271021, 0, 20251022, 0, 0, 0], [0, SUSPEND, SO, D_SUS, 20260423, 20260424]],
    [[20260424, 20271021, 0, 20251022, 0, 0, 0], [0, WITHDRAW, SO | SE, D_WDR, 0, 0]],
    [[20260601, 20271021, 0, 20251022, 0, 0, 0], [0, WITHDRAW, SO | SE, D_WDR, 0, 0]],
    // suspended 2028-06-18 (+6 months 2028-12-18): expire / withdraw
    [[20290709, 20280818, 20280618, 0, 0, 0, 0], [0, EXPIRE, EX, 0, 0, 0]],
    [[20290709, 20281219, 20280618, 0, 0, 0, 0], [0, WITHDRAW, SE | EX, D_WDR, 0, 0]],
    // flags: resolved → reinstate; corrected → no 7.2.1(7); an unknown bit → a bad row
    [[20251202, 20271021, 20250601, 0, 20250131, 0, 1], [0, WITHDRAW, MU, D_WDR, 0, 0]],
    [[20251202, 20271021, 20250601, 0, 20250131, 0, 3], [0, REINSTATE, 0, 0, 0, 20271022]],
    [[20251202, 20271021, 20250601, 0, 20250131, 0, 4], [-1, 0, 0, 0, 0, 0]],
    // a ground; bad rows of every kind
    [[20250310, 20271021, 0, 0, 0, VO, 0], [0, SUSPEND, VO, D_SUS, 20250910, 20250911]],
    [[20250230, 20271021, 0, 0, 0, 0, 0], [-1, 0, 0, 0, 0, 0]],
    [[20250310, 20271021, 20250311, 0, 0, 0, 0], [-1, 0, 0, 0, 0, 0]],
    [[99990101, 99981231, 0, 0, 0, 0, 0], [-1, 0, 0, 0, 0, 0]],
    [[20250310, 20271021, 0, 0, 0, EX, 0], [-1, 0, 0, 0, 0, 0]],
];
const NAMES = ["today", "validUntil", "suspendedOn", "surveillanceLatest", "correctionRequested", "grounds", "flags"];
const TYPES = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Uint32Array, Uint8Array];

function columns(rows, make = (k, values) => TYPES[k].from(values)) {
    return Object.fromEntries(NAMES.map((name, k) => [name, make(k, rows.map((r) => r[0][k]))]));
}

function checkRows(result, rows) {
    assert.equal(result.length, rows.length);
    assert.equal(result.errors, rows.filter(([, want]) => want[0] !== 0).length);
    rows.forEach(([, want], i) => {
        const got = [result.status[i], result.action[i], result.reasons[i], result.duties[i], result.deadline[i], result.nextReview[i]];
        assert.deepEqual(got, want, `row ${i}`);
    });
}

const isoOf = (v) => (v === 0 ? null : `${String(Math.trunc(v / 10000)).padStart(4, "0")}-${String(Math.trunc(v / 100) % 100).padStart(2, "0")}-${String(v % 100).padStart(2, "0")}`);

test("evaluateBatch: hand-worked rows", () => {
    checkRows(csisms.evaluateBatch(columns(ROWS)), ROWS);
});

test("evaluateBatch: every row is what evaluate() gives", () => {
    const result = csisms.evaluateBatch(columns(ROWS));
    ROWS.forEach(([[today, until, susp, latest, corr, grounds, flags]], i) => {
        if (flags & ~(csisms.BATCH_RESOLVED | csisms.BATCH_CORRECTED)) {
            assert.equal(result.status[i], -1, `row ${i}`);
            return;
        }
        let want;
        try {
            want = csisms.evaluate({
                today: isoOf(today), validUntil: isoOf(until), suspendedOn: isoOf(susp), surveillanceLatest: isoOf(latest),
                correctionRequested: isoOf(corr), suspensionResolved: Boolean(flags & 1), correctionDone: Boolean(flags & 2), grounds,
            });
        } catch (error) {
            assert.ok(error instanceof csisms.CsismsError, String(error));
            assert.notEqual(result.status[i], 0, `row ${i}`);
            const err = throwsLike(() => result.verdict(i), InvalidArgumentError, "evaluateBatch: invalid argument: ");
            assert.match(err.message, new RegExp(`^evaluateBatch: invalid argument: [a-zA-Z]+\\[${i}\\] = `), `row ${i}`);
            return;
        }
        assert.deepEqual(result.verdict(i), want, `row ${i}`);
    });
});

test("evaluateBatch: every day of 16 months against evaluate(), in more than one chunk", () => {
    const first = ordinalOf(2025, 10, 1);
    const n = 488; // 2025-10-01 … 2027-01-31
    const days = Array.from({ length: n }, (_, k) => isoOfOrdinal(first + k));
    const repeat = (v, T = Int32Array) => new T(n).fill(v);
    const result = csisms.evaluateBatch({
        today: days, validUntil: repeat(20261231), suspendedOn: repeat(20250930), surveillanceLatest: repeat(20251022),
        correctionRequested: repeat(20250930), grounds: repeat(0, Uint32Array), flags: repeat(csisms.BATCH_RESOLVED, Uint8Array),
    });
    assert.equal(result.errors, 0);
    days.forEach((d, i) => {
        const want = csisms.evaluate({ today: d, validUntil: "2026-12-31", suspendedOn: "2025-09-30", surveillanceLatest: "2025-10-22",
            correctionRequested: "2025-09-30", suspensionResolved: true });
        assert.deepEqual(result.verdict(i), want, d);
    });
    // Enough rows for several chunks of the scratch area: the same rows repeated.
    const times = Math.ceil((3 * csisms.scratchBytes()) / 49 / ROWS.length);
    const many = Array.from({ length: times }, () => ROWS).flat();
    checkRows(csisms.evaluateBatch(columns(many)), many);
});

test("evaluateBatch: column kinds", () => {
    const want = csisms.evaluateBatch(columns(ROWS));
    const same = (got) => {
        for (const k of ["errors", "length"]) assert.equal(got[k], want[k]);
        for (const k of ["status", "action", "reasons", "duties", "deadline", "nextReview"]) assert.deepEqual(got[k], want[k], k);
    };
    same(csisms.evaluateBatch(columns(ROWS, (k, values) => values))); // plain arrays
    // dates as ISO text or Date (valid ones), 0 as null, grounds as arrays of names
    same(csisms.evaluateBatch(columns(ROWS, (k, values) => values.map((v) => {
        if (k < 5) return v === 0 ? null : v === 20250230 || v >= 99990101 ? v : k % 2 ? isoOf(v) : new Date(`${isoOf(v)}T00:00:00Z`);
        if (k === 5) return v === EX ? v : Object.entries(csisms.C_CONSTANTS).filter(([n, b]) => n.startsWith("CSISMS_R_") && b === v).map(([n]) => n.slice(9).toLowerCase().replaceAll("_", "-"));
        return v;
    }))));
});

test("evaluateBatch: optional columns, empty batches, errors", () => {
    const got = csisms.evaluateBatch({ today: [20250310, 20271022], validUntil: [20271021, 20271021] });
    assert.deepEqual([...got.action], [0, EXPIRE]);
    assert.deepEqual([...got.nextReview], [20271022, 0]);
    const empty = csisms.evaluateBatch({ today: [], validUntil: new Int32Array(0) });
    assert.deepEqual([empty.length, empty.errors], [0, 0]);
    throwsLike(() => csisms.evaluateBatch({ today: [20250310], validUntil: [20271021, 20271021] }), InvalidArgumentError, "validUntil has 2 rows, today has 1");
    throwsLike(() => csisms.evaluateBatch({ today: [2 ** 31], validUntil: [20271021] }), InvalidArgumentError, "today[0] = 2147483648 is outside");
    throwsLike(() => csisms.evaluateBatch({ today: [20250310], validUntil: [20271021], flags: [256] }), InvalidArgumentError, "flags[0] = 256 is outside 0 … 255");
    throwsLike(() => csisms.evaluateBatch({ today: ["2025-02-30"], validUntil: [20271021] }), InvalidArgumentError, 'today[0] = "2025-02-30" is not a date');
    throwsLike(() => csisms.evaluateBatch({ today: "20250310", validUntil: [20271021] }), TypeError, "today must be a typed array or an array");
    throwsLike(() => csisms.evaluateBatch({ today: 20250310, validUntil: [20271021] }), TypeError);
    throwsLike(() => csisms.evaluateBatch(null), TypeError, "evaluateBatch: columns must be an object");
    throwsLike(() => got.verdict(2), csisms.NotFoundError, "row 2 of 2");
    assert.equal(csisms.DATE_INPUT_MAX, 99981231);
    assert.deepEqual([csisms.BATCH_RESOLVED, csisms.BATCH_CORRECTED], [1, 2]);
});
