// SPDX-License-Identifier: MIT
// Audit time (Appendix A; 4.5.1; 5.2; 6.2; 10.2) and durations. Expected
// values are doc/rules-model.md §1's worked examples, worked by hand.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { throwsLike } from "./helpers.js";

const { Days, InvalidArgumentError, CsismsRangeError, NotFoundError } = csisms;
const INT32_MAX = 2 ** 31 - 1;
const days = (d) => d.toString();

test("worked examples: 120 persons and 30 persons", () => {
    // 120 persons: band 86–125, 12 days; note (1) 0.5 H + 1 = 7, (1) here 0.5 H = 6, (2) 0.4 H = 4.8 → 5.
    assert.ok(csisms.ismsAuditDays(120) instanceof Days);
    assert.equal(csisms.ismsAuditDays(120).halfDays, 24);
    assert.equal(days(csisms.auditDays(120)), "12");
    assert.equal(days(csisms.auditDays(120, "isms-cert")), "7");
    assert.equal(days(csisms.auditDays(120, "isms-cert-here")), "6");
    assert.equal(days(csisms.auditDays(120, "combined")), "5");
    // 30 persons: 8.5 days; note (1) 4.25 + 1 → 5.5; (2) 3.4 → 3.5.
    const t = csisms.ismsAuditDays(30);
    assert.equal(t.halfDays, 17);
    assert.equal(days(csisms.auditDays(30, "isms-cert")), "5.5");
    assert.equal(days(csisms.auditDays(30, "combined")), "3.5");
    // 8.5 days: 70 % = 5.95 → 6; 80 % = 6.8 → 7; 1/3 = 2.83 → 3; 2/3 = 5.67 → 6.
    assert.equal(days(csisms.minReducedDays(t)), "6");
    assert.equal(days(csisms.minOnsiteDays(t)), "7");
    assert.equal(days(csisms.surveillanceDays(t)), "3");
    assert.equal(days(csisms.surveillanceCycleMinDays(t)), "6");
    assert.equal(days(csisms.recertMinDays(t)), "6");
});

test("Days: exact half days, printed as the csisms command prints them", () => {
    const d = Days.fromHalfDays(17);
    assert.equal(d.halfDays, 17);
    assert.equal(d.days, 8.5);
    assert.equal(`${d}`, "8.5");
    assert.equal(JSON.stringify({ d }), '{"d":"8.5"}');
    assert.equal(+d, 8.5);
    assert.ok(d.equals(new Days(17)));
    assert.ok(!d.equals(new Days(16)) && !d.equals(17));
    for (const [h, text] of [[0, "0"], [1, "0.5"], [10, "5"], [INT32_MAX, "1073741823.5"], [-1, "-0.5"], [-3, "-1.5"]]) {
        assert.equal(new Days(h).toString(), text, `${h} halfdays`);
    }
    assert.ok(Object.isFrozen(d));
    for (const bad of [1.5, "17", 2 ** 31, NaN]) throwsLike(() => new Days(bad), TypeError, "Days: halfDays must be an integer");
    assert.equal(csisms.toDays("3.4").halfDays, 7);
    assert.equal(csisms.toDays(8.5).halfDays, 17);
    assert.equal(csisms.toDays(d), d);
    throwsLike(() => csisms.toDays(2 ** 30), InvalidArgumentError, "days = 1073741824 days is outside int32_t halfdays");
});

test("duration arguments: Days, multiples of 0.5, text read by the library", () => {
    for (const value of [new Days(17), 8.5, "8.5", "8.50", "8.01"]) {
        assert.equal(days(csisms.initialAuditDays(value, "isms-cert")), "5.5", String(value));
    }
    assert.equal(days(csisms.initialAuditDays(12, "combined")), "5");
    assert.equal(days(csisms.initialAuditDays(12)), "12");
    assert.equal(days(csisms.initialAuditDays(12n)), "12");
    for (const bad of [1 / 3, 0.1, "x", "", NaN, Infinity]) {
        throwsLike(() => csisms.initialAuditDays(bad), InvalidArgumentError, "initialAuditDays: invalid argument: ismsDays = ");
    }
    throwsLike(() => csisms.initialAuditDays(8.3), InvalidArgumentError, "ismsDays = 8.3 is not a multiple of 0.5 day (see roundUpHalf)");
});

test("domain errors", () => {
    throwsLike(() => csisms.ismsAuditDays(0), InvalidArgumentError, "ismsAuditDays: invalid argument: personnel = 0");
    throwsLike(() => csisms.auditDays(120, "ismscert"), InvalidArgumentError, 'basis = "ismscert" is not a Basis');
    throwsLike(() => csisms.initialAuditDays(0, "none"), InvalidArgumentError, "ismsDays = 0");
    for (const fn of [csisms.minReducedDays, csisms.minOnsiteDays, csisms.surveillanceDays, csisms.surveillanceCycleMinDays, csisms.recertMinDays]) {
        assert.equal(days(fn(0.5)), "0.5", fn.name);
        throwsLike(() => fn(0), InvalidArgumentError, `${fn.name}: invalid argument`);
        throwsLike(() => fn(-1), InvalidArgumentError, `${fn.name}: invalid argument`);
    }
});

test("bands of Appendix A", () => {
    const band = (b) => [b.index, b.lower, b.upper, b.days.toString()];
    assert.deepEqual(band(csisms.ismsBand(0)), [0, 1, 10, "5"]);
    assert.deepEqual(band(csisms.ismsBand(21)), [21, 8501, 10700, "28"]);
    // Beyond the table: 10700 + ⌈10700/4⌉ = 13375, one day more.
    assert.deepEqual(band(csisms.ismsBand(22)), [22, 10701, 13375, "29"]);
    assert.deepEqual(band(csisms.ismsBand(79)), [79, 3575068479, 4294967295, "86"]);
    throwsLike(() => csisms.ismsBand(80), NotFoundError, "ismsBand: ", "index = 80");
    throwsLike(() => csisms.ismsBand(2 ** 32 - 1), NotFoundError);
    const bands = csisms.ismsBands();
    assert.equal(bands.length, 80);
    for (let i = 1; i < bands.length; i++) {
        assert.equal(bands[i].lower, bands[i - 1].upper + 1);
        assert.equal(bands[i].upper - bands[i].lower >= 0, true);
        if (i >= 22) assert.equal(bands[i].upper, bands[i - 1].upper + Math.ceil(bands[i - 1].upper / 4) > 2 ** 32 - 1 ? 2 ** 32 - 1 : bands[i - 1].upper + Math.ceil(bands[i - 1].upper / 4));
    }
    assert.equal(days(csisms.ismsAuditDays(4294967295)), "86");
    assert.equal(days(csisms.ismsAuditDays(10701)), "29");
    assert.equal(csisms.ismsBandIndex(120), 6);
    assert.equal(csisms.ismsBandIndex(10701), 22);
    throwsLike(() => csisms.ismsBandIndex(0), InvalidArgumentError, "personnel = 0");
    assert.ok(Object.isFrozen(bands[0]));
});

test("duration text is read by the library, as the csisms command reads it", () => {
    for (const [text, halfdays] of [["3.3", 7], ["4.1", 9], ["8.25", 17], ["0.000001", 1], ["007", 14], ["8.5", 17]]) {
        assert.equal(csisms.toDays(text).halfDays, halfdays, text);
        assert.equal(csisms.daysParse(text).halfDays, halfdays, text);
    }
    for (const text of ["８.５", " 8.5 ", "8.5 ", "17/2", "1e1", "+8", "-1", "8,5", ".5", "5.", "", "NaN"]) {
        throwsLike(() => csisms.minOnsiteDays(text), InvalidArgumentError, `days = ${JSON.stringify(text)} is not a number of days`);
    }
    throwsLike(() => csisms.minOnsiteDays("1073741824"), CsismsRangeError, 'days = "1073741824" exceeds INT32_MAX halfdays');
    // 3.3 + 4.1 → 3.5 + 4.5 = 8; 80 % is 6.4 → 6.5, as `csisms combined 3.3 4.1`.
    assert.equal(days(csisms.combinedMinDays(["3.3", "4.1"])), "6.5");
    assert.equal(days(csisms.combinedMinDays(["3.3", 4.5])), "6.5");
    throwsLike(() => csisms.combinedMinDays([4, "４"]), InvalidArgumentError, 'parts[1] = "４"');
    assert.equal(days(csisms.roundUpHalf("3.3")), "3.5");
    assert.equal(csisms.daysFormat("0.25"), "0.5");
});

test("combined audits (10.2)", () => {
    assert.equal(days(csisms.combinedMinDays([12, "8.5"])), "16.5"); // 80 % of 20.5 = 16.4 → 16.5
    assert.equal(days(csisms.combinedMinDays((function* () { yield 0.5; yield "0.5"; })())), "1"); // any iterable
    for (const bad of [[], [12], [12, 0], [0, -1, 5]]) {
        throwsLike(() => csisms.combinedMinDays(bad), InvalidArgumentError, "combinedMinDays: invalid argument: parts = ");
    }
    const big = new Days(INT32_MAX);
    throwsLike(() => csisms.combinedMinDays([big, big]), CsismsRangeError);
});

test("the rules' rounding", () => {
    assert.equal(days(csisms.roundUpHalf(24, 5)), "5");
    assert.equal(days(csisms.roundUpHalf(24n, 5n)), "5");
    assert.equal(days(csisms.roundUpHalf("4.8")), "5");
    assert.equal(days(csisms.roundUpHalf("3.4")), "3.5");
    assert.equal(days(csisms.roundUpHalf(0, 1)), "0");
    assert.equal(days(csisms.roundUpHalf(7)), "7");
    assert.equal(csisms.roundUpHalf(INT32_MAX, 2).halfDays, INT32_MAX);
    assert.equal(days(csisms.roundUpHalf(2n ** 63n - 1n, 2n ** 62n)), "2");
    assert.equal(days(csisms.roundUpHalf(1n, 2n ** 62n)), "0.5");
    throwsLike(() => csisms.roundUpHalf(2 ** 30, 1), CsismsRangeError, "roundUpHalf: ");
    throwsLike(() => csisms.roundUpHalf(2n ** 63n - 1n, 1), CsismsRangeError);
    for (const [num, den] of [[-1, 1], [1, 0], [1, -2]]) {
        throwsLike(() => csisms.roundUpHalf(num, den), InvalidArgumentError, `numerator = ${num}, denominator = ${den}`);
    }
    throwsLike(() => csisms.roundUpHalf(2n ** 63n, 1), InvalidArgumentError, "outside int64_t");
    throwsLike(() => csisms.roundUpHalf(1.5, 3), InvalidArgumentError, "numerator = 1.5 is not an integer");
    throwsLike(() => csisms.roundUpHalf(4.8), TypeError, "roundUpHalf: value must be exact");
});

test("days format and parse", () => {
    for (const [value, text] of [[8.5, "8.5"], [5, "5"], ["0.5", "0.5"], [0, "0"], [new Days(INT32_MAX), "1073741823.5"]]) {
        assert.equal(csisms.daysFormat(value), text);
    }
    throwsLike(() => csisms.daysFormat(-1), InvalidArgumentError, "daysFormat: invalid argument: days = -1");
    throwsLike(() => csisms.daysFormat(0.25), InvalidArgumentError, "days = 0.25 is not a multiple of 0.5 day");
    for (const [text, h] of [["8.5", 17], ["8.50", 17], ["3.4", 7], ["12", 24], ["0", 0], ["007", 14], ["0.000001", 1], ["1073741823.5", INT32_MAX]]) {
        assert.equal(csisms.daysParse(text).halfDays, h, text);
    }
    for (const text of ["", ".5", "5.", "+1", "-1", "1e3", " 1", "1 ", "8,5", "８"]) {
        throwsLike(() => csisms.daysParse(text), InvalidArgumentError, `daysParse: invalid argument: text = ${JSON.stringify(text)}`);
    }
    throwsLike(() => csisms.daysParse("1073741824"), CsismsRangeError);
    throwsLike(() => csisms.daysParse("1073741823.6"), CsismsRangeError);
});
