// SPDX-License-Identifier: MIT
// Dates and periods (5.1.1; 6.1; 7.1.2; 7.2.1(7); 8.2; 9): doc/rules-model.md
// §2's worked examples, and day counts against an independent formula.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { ordinalOf, throwsLike } from "./helpers.js";

const { InvalidArgumentError, CsismsRangeError } = csisms;

test("dateValid", () => {
    assert.equal(csisms.dateValid(20240229), true);
    assert.equal(csisms.dateValid(20230229), false);
    assert.equal(csisms.dateValid(0), false);
    assert.equal(csisms.dateValid(99991231), true);
    assert.equal(csisms.dateValid(100000101), false);
    assert.equal(csisms.dateValid(2 ** 40), false);
    assert.equal(csisms.dateValid(-20240101), false);
    assert.equal(csisms.dateValid(20240229.5), false);
    assert.equal(csisms.dateValid(new Date(Date.UTC(2024, 1, 29))), true);
    assert.equal(csisms.dateValid(new Date(NaN)), false);
    throwsLike(() => csisms.dateValid("20240229"), TypeError);
});

test("dateParse and dateFormat", () => {
    for (const text of ["2024-10-22", "20241022", "2024年10月22日"]) assert.equal(csisms.dateParse(text), "2024-10-22");
    assert.equal(csisms.dateParse("2024年1月5日"), "2024-01-05");
    assert.equal(csisms.dateParse("2024年01月05日"), "2024-01-05");
    for (const text of ["2024-1-5", " 2024-10-22", "2024-10-22 ", "2024-02-30", "24-10-22", "", "2024/10/22"]) {
        throwsLike(() => csisms.dateParse(text), InvalidArgumentError, `dateParse: invalid argument: text = ${JSON.stringify(text)}`);
    }
    // A real day of year 0000 is well-formed but before 0001-01-01; 0000-02-30 is no day.
    throwsLike(() => csisms.dateParse("0000-02-29"), CsismsRangeError);
    throwsLike(() => csisms.dateParse("0000-02-30"), InvalidArgumentError);
    assert.equal(csisms.dateFormat("2024年10月22日"), "2024-10-22");
    assert.equal(csisms.dateFormat(20241022), "2024-10-22");
    const first = new Date(0);
    first.setUTCFullYear(1, 0, 1); // Date.UTC(1, 0, 1) would be 1901
    assert.equal(csisms.dateFormat(first), "0001-01-01");
    assert.equal(csisms.dateFormat("0001-01-01"), "0001-01-01");
    assert.equal(csisms.dateFormat("9999-12-31"), "9999-12-31");
    throwsLike(() => csisms.dateFormat(20230229), InvalidArgumentError, "dateFormat: invalid argument: date = 20230229");
});

test("Date arguments use their UTC calendar day", () => {
    // 2024-10-22T23:30:00Z is 22 October in UTC, whatever the machine's zone.
    assert.equal(csisms.dateFormat(new Date("2024-10-22T23:30:00Z")), "2024-10-22");
    assert.equal(csisms.dateFormat(new Date("2024-10-22")), "2024-10-22");
    assert.equal(csisms.appealDue(new Date(Date.UTC(2024, 9, 22))), "2024-12-21");
    throwsLike(() => csisms.appealDue(new Date(NaN)), InvalidArgumentError, "appealDue: invalid argument: received is an invalid Date");
    throwsLike(() => csisms.appealDue(new Date(Date.UTC(10000, 0, 1))), InvalidArgumentError, "is outside 0001-01-01 … 9999-12-31");
});

test("dateParseLenient: the spreadsheet forms", () => {
    for (const text of ["2025/6/1", "2025-6-1", "2025.06.01", "2025.6.1", "2025/06/01", " 2025-06-01 ",
        "\t20250601\r\n", "2025年6月1日", "\u30002025年06月01日\u3000", "2025-06-01"]) {
        assert.equal(csisms.dateParseLenient(text), "2025-06-01", JSON.stringify(text));
    }
    assert.equal(csisms.dateParseLenient("2024/2/29"), "2024-02-29");
    assert.equal(csisms.dateParseLenient("9999.12.31"), "9999-12-31");
    for (const text of ["6/1/2025", "2025-6/1", "2025/6/1 0:00", "2025 /6/1", "25/6/1", "2025/2/30",
        "2023/2/29", "2025/13/1", "", "   ", "\u00a02025-06-01", "2025_6_1"]) {
        throwsLike(() => csisms.dateParseLenient(text), InvalidArgumentError, "dateParseLenient: invalid argument");
    }
    throwsLike(() => csisms.dateParseLenient("0000/2/29"), CsismsRangeError);
    throwsLike(() => csisms.dateParseLenient(20250601), TypeError, "text must be a string");
    throwsLike(() => csisms.dateParse("2025/6/1"), InvalidArgumentError); // the strict parser stays strict
});

test("date arithmetic", () => {
    assert.equal(csisms.dateAddMonths("2024-01-31", 1), "2024-02-29");
    assert.equal(csisms.dateAddMonths("2024-02-29", 12), "2025-02-28");
    assert.equal(csisms.dateAddMonths("2024-03-31", -1), "2024-02-29");
    assert.equal(csisms.dateAddMonths("2024-10-22", 0), "2024-10-22");
    assert.equal(csisms.dateAddDays("2024-10-22", 60), "2024-12-21");
    assert.equal(csisms.dateAddDays("2024-03-01", -1), "2024-02-29");
    assert.equal(csisms.dateDiffDays("2024-01-01", "2025-01-01"), 366);
    assert.equal(csisms.dateDiffDays("2025-01-01", "2024-01-01"), -366);
    assert.equal(csisms.dateDiffDays("0001-01-01", "9999-12-31"), ordinalOf(9999, 12, 31) - ordinalOf(1, 1, 1));
    for (const [y, m, d] of [[1900, 3, 1], [2000, 2, 29], [2100, 2, 28], [1582, 10, 4], [4, 2, 29]]) {
        const iso = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        assert.equal(csisms.dateDiffDays("0001-01-01", iso), ordinalOf(y, m, d), iso);
    }
    throwsLike(() => csisms.dateAddDays("0001-01-01", -1), CsismsRangeError, 'dateAddDays: ', 'date = "0001-01-01", days = -1');
    throwsLike(() => csisms.dateAddMonths("9999-12-01", 1), CsismsRangeError);
    throwsLike(() => csisms.dateAddDays("2024-01-01", 2 ** 31 - 1), CsismsRangeError);
});

test("surveillance due dates (5.1.1)", () => {
    // decision 2024-10-22 → first due 2025-10-22 (no postponement);
    // a surveillance held 2025-09-30 → second due 2026-09-30, latest 2026-12-30;
    // reference 2024-02-29 → 2025-02-28, latest 2025-05-28.
    assert.deepEqual(csisms.surveillanceDue("first", "2024-10-22"), { due: "2025-10-22", latest: "2025-10-22" });
    assert.deepEqual(csisms.surveillanceDue("second", "2025-09-30"), { due: "2026-09-30", latest: "2026-12-30" });
    assert.deepEqual(csisms.surveillanceDue("second", "2024-02-29"), { due: "2025-02-28", latest: "2025-05-28" });
    assert.deepEqual(csisms.surveillanceDue("after-recert", "2027-09-01"), { due: "2028-09-01", latest: "2028-12-01" });
    for (const kind of ["zeroth", "FIRST", ""]) {
        throwsLike(() => csisms.surveillanceDue(kind, "2024-10-22"), InvalidArgumentError, "is not a SurveillanceKind");
    }
    throwsLike(() => csisms.surveillanceDue(1, "2024-10-22"), TypeError, "kind must be a SurveillanceKind");
    throwsLike(() => csisms.surveillanceDue("second", "9999-01-01"), CsismsRangeError);
});

test("periods (8.2, 6.1, 6.3, 7.1.2, 7.2.1(7), 9)", () => {
    for (const [from, until] of [["2024-10-22", "2027-10-21"], ["2024-02-29", "2027-02-28"], ["2023-03-01", "2026-02-28"], ["9997-01-01", "9999-12-31"]]) {
        assert.equal(csisms.certificateValidUntil(from), until, from);
    }
    throwsLike(() => csisms.certificateValidUntil("9997-01-02"), CsismsRangeError);
    assert.deepEqual(csisms.recertValidUntil("2027-10-21", "2027-09-01"), { validUntil: "2030-10-21", interrupted: false });
    assert.deepEqual(csisms.recertValidUntil("2027-10-21", "2027-10-21"), { validUntil: "2030-10-21", interrupted: false });
    assert.deepEqual(csisms.recertValidUntil("2027-10-21", "2027-11-05"), { validUntil: "2030-11-04", interrupted: true });
    assert.equal(csisms.recertWindowOpens("2027-10-21"), "2027-07-23");
    assert.equal(csisms.suspensionEndsBy("2025-06-01"), "2025-12-01");
    assert.equal(csisms.suspensionEndsBy("2025-08-31"), "2026-02-28");
    assert.equal(csisms.appealDue("2024-10-22"), "2024-12-21");
    assert.equal(csisms.correctionDue("2024-08-31"), "2025-02-28");
    throwsLike(() => csisms.recertWindowOpens("0001-01-01"), CsismsRangeError);
    throwsLike(() => csisms.appealDue("9999-12-01"), CsismsRangeError);
});

test("date arguments", () => {
    throwsLike(() => csisms.appealDue("2024-13-01"), InvalidArgumentError,
        'appealDue: invalid argument: received = "2024-13-01" is not a date (YYYY-MM-DD, YYYYMMDD or YYYY年M月D日)');
    throwsLike(() => csisms.appealDue("0000-02-29"), CsismsRangeError, 'received = "0000-02-29" is before 0001-01-01');
    throwsLike(() => csisms.appealDue(null), TypeError, "appealDue: received must be a date");
    throwsLike(() => csisms.appealDue(20241022), TypeError);
    assert.equal(csisms.appealDue("20241022"), "2024-12-21");
    assert.equal(csisms.appealDue("2024年10月22日"), "2024-12-21");
});
