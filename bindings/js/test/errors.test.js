// SPDX-License-Identifier: MIT
// Errors: one class per status, messages that name the function, the
// arguments and their values; wrong JavaScript types are TypeErrors; integers
// are range-checked before they reach the module.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { throwsLike } from "./helpers.js";

const {
    CsismsError, InvalidArgumentError, CsismsRangeError, NotFoundError, AmbiguousError, NotPermittedError,
    NoSpaceError, VersionError, ChecksumError,
} = csisms;

const CLASSES = {
    EINVAL: [-1, InvalidArgumentError], ERANGE: [-2, CsismsRangeError], ENOTFOUND: [-3, NotFoundError],
    EAMBIGUOUS: [-4, AmbiguousError], ENOTPERMITTED: [-5, NotPermittedError], ENOSPC: [-6, NoSpaceError],
    EVERSION: [-7, VersionError], ECHECKSUM: [-8, ChecksumError],
};

test("one error class per status", () => {
    assert.deepEqual(Object.keys(csisms.ERRORS).sort(), Object.keys(CLASSES).sort());
    assert.equal(new Set(Object.values(csisms.ERRORS)).size, 8);
    for (const [code, [status, cls]] of Object.entries(CLASSES)) {
        for (const given of [status, code]) {
            const err = csisms.errorFor(given, "someFunction");
            assert.equal(err.constructor, cls, code);
            assert.ok(err instanceof CsismsError && err instanceof Error);
            assert.equal(err.status, status);
            assert.equal(err.code, code);
            assert.equal(err.name, cls.name);
            assert.equal(err.function, "someFunction");
            assert.equal(err.message, `someFunction: ${csisms.strerror(status)}`);
        }
    }
});

test("an unknown status is a plain CsismsError; bad statuses are refused", () => {
    const err = csisms.errorFor(-99);
    assert.equal(err.constructor, CsismsError);
    assert.equal(err.status, -99);
    assert.equal(err.code, null);
    assert.equal(err.message, csisms.strerror(-99));
    for (const status of [2 ** 40, -(2 ** 40), 2 ** 32, 2 ** 31, -(2 ** 31) - 1]) {
        const e = csisms.errorFor(status, "f");
        assert.equal(e.constructor, CsismsError);
        assert.equal(e.message, `f: unknown status ${status}`);
        assert.ok(!e.message.includes("success"));
    }
    for (const bad of ["x", null, 1.5, true]) {
        throwsLike(() => csisms.errorFor(bad), TypeError, "errorFor: status must be an integer or a Status name");
    }
});

test("strerror", () => {
    const texts = new Map();
    for (let s = -9; s <= 1; s++) texts.set(s, csisms.strerror(s));
    assert.ok([...texts.values()].every((t) => t.length > 0));
    assert.equal(new Set([-8, -7, -6, -5, -4, -3, -2, -1, 0].map((s) => texts.get(s))).size, 9, "each status has its own text");
    assert.equal(csisms.strerror(-1), "invalid argument");
    assert.equal(csisms.strerror("EINVAL"), "invalid argument");
    assert.ok(csisms.strerror(-1000).length > 0);
    throwsLike(() => csisms.strerror(2 ** 40), InvalidArgumentError, "status = 1099511627776 is outside");
    throwsLike(() => csisms.strerror("EFOO"), InvalidArgumentError, 'status = "EFOO" is not a Status');
});

test("statuses the library returns, with messages naming the function, arguments and values", () => {
    const cases = [
        [InvalidArgumentError, () => csisms.daysParse("x"), 'daysParse: invalid argument: text = "x"', "csisms_days_parse"],
        [CsismsRangeError, () => csisms.dateAddDays("9999-12-31", 1), 'dateAddDays: ', 'date = "9999-12-31", days = 1', "csisms_date_add_days"],
        [NotFoundError, () => csisms.scopeLookup("05"), 'scopeLookup: ', 'code = "05"', "csisms_scope_lookup"],
        [AmbiguousError, () => csisms.scopeLookup("04.13"), 'code = "04.13"', "csisms_scope_lookup"],
        [ChecksumError, () => csisms.usccValidate("91350100M000100Y44"), 'usccValidate: ', 'code = "91350100M000100Y44"', "csisms_uscc_validate"],
        [InvalidArgumentError, () => csisms.auditDays(0, "isms-cert"), 'auditDays: invalid argument: personnel = 0, basis = "isms-cert"', "csisms_audit_days"],
        [NotPermittedError, () => csisms.programme(120, "isms-cert", { decided: "2024-10-22", plannedDays: 4.5 }), "programme: ", "plannedDays = 4.5", "csisms_programme"],
    ];
    for (const [cls, call, ...texts] of cases) {
        const cFunction = texts.pop();
        const err = throwsLike(call, cls, ...texts);
        assert.equal(err.cFunction, cFunction);
        assert.equal(err.status, CLASSES[err.code][0]);
        assert.ok(err.message.startsWith(`${err.function}: `));
        assert.ok(err.detail);
    }
});

test("the binding refuses unrepresentable arguments without calling the library", () => {
    for (const call of [
        () => csisms.auditDays(2 ** 32), () => csisms.auditDays(-1), () => csisms.sampleSites(1.5),
        () => csisms.dateAddDays("2024-01-01", 2 ** 31),
        () => csisms.evaluate({ today: "2025-01-01", validUntil: "2026-01-01", grounds: 2 ** 32 }),
        () => csisms.daysParse("8\x005"), () => csisms.scopeLookup("\ud800"), () => csisms.scopeLookup("a\udc00"),
        () => csisms.auditDays(120, "ISMS-CERT"), () => csisms.reasonClause("7.2.1(5)"),
    ]) {
        const err = throwsLike(call, InvalidArgumentError);
        assert.equal(err.status, -1);
        assert.equal(err.cFunction, null, "refused by the binding");
        assert.ok(err.detail);
    }
});

test("wrong types name the parameter and the value", () => {
    const today = "2025-01-01";
    const validUntil = "2026-01-01";
    const cases = [
        [() => csisms.evaluate({ today, validUntil, suspensionResolved: "no" }), 'evaluate: suspensionResolved must be a boolean (true or false), not "no" (string)'],
        [() => csisms.evaluate({ today, validUntil, suspensionResolved: 1 }), "suspensionResolved must be a boolean (true or false), not 1 (number)"],
        [() => csisms.evaluate({ today, validUntil, correctionDone: null }), "correctionDone must be a boolean (true or false), not null (null)"],
        [() => csisms.combinedMinDays(null), "combinedMinDays: parts must be an array of durations, not null (null)"],
        [() => csisms.combinedMinDays(12), "parts must be an array of durations, not 12 (number)"],
        [() => csisms.combinedMinDays("12"), 'parts must be an array of durations, not "12" (string)'],
        [() => csisms.evaluate({ today, validUntil, grounds: null }), "evaluate: grounds must be an array of Reason names or a bit mask, not null (null)"],
        [() => csisms.evaluate({ today, validUntil, grounds: "voluntary" }), 'grounds must be an array of Reason names or a bit mask, not "voluntary" (string)'],
        [() => csisms.evaluate({ today, validUntil, grounds: [16] }), "evaluate: grounds must be a Reason"],
        [() => csisms.checklistEval("application", null), "checklistEval: present must be a bit mask or an array of item numbers, not null"],
        [() => csisms.checklistEval("application", 0, null), "notApplicable must be a bit mask or an array of item numbers"],
        [() => csisms.itemsMask(null), "itemsMask: items must be an array of item numbers, not null"],
        [() => csisms.auditDays("120"), 'auditDays: personnel must be an integer, not "120" (string)'],
        [() => csisms.auditDays(120, 1), 'auditDays: basis must be a Basis ("none", "isms-cert", "isms-cert-here", "combined"), not 1 (number)'],
        [() => csisms.minOnsiteDays(null), "minOnsiteDays: days must be a Days, a number of days"],
        [() => csisms.minOnsiteDays({ halfDays: 17 }), 'days must be a Days, a number of days (a multiple of 0.5) or text like "8.5", not {"halfDays":17} (Object)'],
        [() => csisms.evaluate({ today: null, validUntil }), 'evaluate: today must be a date ("YYYY-MM-DD" or a Date), not null (null)'],
        [() => csisms.appealDue(20241022), "appealDue: received must be a date"],
        [() => csisms.scopeAt("1"), 'scopeAt: index must be an integer, not "1" (string)'],
        [() => csisms.scopeFind("bank", "0"), 'start must be an integer, not "0" (string)'],
        [() => csisms.usccValidate(null), "usccValidate: code must be a string, not null"],
        [() => csisms.dateValid("20240101"), 'dateValid: date must be an integer YYYYMMDD or a Date, not "20240101" (string)'],
        [() => csisms.roundUpHalf(1.5), "roundUpHalf: value must be exact"],
        [() => csisms.evaluate("2025-01-01"), "evaluate: facts must be an object"],
        [() => csisms.evaluateBatch({ today: null, validUntil: [] }), "evaluateBatch: today is required"],
        [() => csisms.daysParse(Buffer.from("8.5")), "daysParse: text must be a string"],
    ];
    for (const [call, message] of cases) throwsLike(call, TypeError, message);
    // the flags still work with booleans
    const suspendedOn = "2024-12-01";
    assert.equal(csisms.evaluate({ today, validUntil, suspendedOn, suspensionResolved: true }).action, "reinstate");
    assert.equal(csisms.evaluate({ today, validUntil, suspendedOn, suspensionResolved: false }).action, "suspend");
});

test("integers are range-checked before they reach the module", () => {
    const cases = [
        [(v) => csisms.auditDays(v), "personnel", [-1, 2 ** 32]],
        [(v) => csisms.ismsBand(v), "index", [-1, 2 ** 32]],
        [(v) => csisms.dateAddDays("2024-01-01", v), "days", [-(2 ** 31) - 1, 2 ** 31]],
        [(v) => csisms.dateAddMonths("2024-01-01", v), "months", [-(2 ** 31) - 1, 2 ** 31]],
        [(v) => csisms.checklistItem("application", v), "item", [-(2 ** 31) - 1, 2 ** 31]],
        [(v) => csisms.checklistEval("application", v), "present", [-1, 2 ** 32]],
        [(v) => csisms.sampleSites(v), "sites", [-1, 2 ** 32]],
        [(v) => csisms.checkVersion(v), "required", [-(2 ** 31) - 1, 2 ** 31]],
        [(v) => csisms.strerror(v), "status", [-(2 ** 31) - 1, 2 ** 31]],
        [(v) => csisms.evaluate({ today: "2025-01-01", validUntil: "2026-01-01", grounds: v }), "grounds", [-1, 2 ** 32]],
        [(v) => csisms.ruleAt(v), "index", [-1, 2 ** 32]],
    ];
    for (const [call, name, values] of cases) {
        for (const v of values) throwsLike(() => call(v), InvalidArgumentError, `${name} = ${v} is outside`);
        throwsLike(() => call(BigInt(values[1])), InvalidArgumentError, `${name} = ${values[1]} is outside`);
    }
    for (const [v, text] of [[-(2n ** 63n) - 1n, "-9223372036854775809"], [2n ** 63n, "9223372036854775808"]]) {
        throwsLike(() => csisms.roundUpHalf(v, 1), InvalidArgumentError, `numerator = ${text} is outside int64_t`);
    }
    for (const v of [1.5, NaN, Infinity]) throwsLike(() => csisms.auditDays(v), InvalidArgumentError, `personnel = ${v} is not an integer`);
    assert.equal(csisms.auditDays(120n, "isms-cert").toString(), "7", "a BigInt that fits is an integer");
});
