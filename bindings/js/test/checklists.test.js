// SPDX-License-Identifier: MIT
// Checklists (4.1.1 … 8.1; doc/rules-model.md §5), USCC (8.1(1), GB 32100-2015)
// against an independent check-character computation, and site sampling
// (IAF MD 1) against an exact integer search.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { throwsLike } from "./helpers.js";

const { InvalidArgumentError, ChecksumError } = csisms;

const LISTS = { // list: [clause, mode, items, conditional items] (doc/rules-model.md §5)
    "public-info": ["4.1.1", "all", 5, []],
    application: ["4.1.2", "all", 6, [3]],
    "application-review": ["4.2.1", "all", 2, []],
    "audit-plan": ["4.5.3.1", "all", 6, []],
    sampling: ["4.5.3.2", "all", 4, []],
    stage1: ["4.6.3.2", "all", 5, []],
    "stage1-offsite": ["4.6.3.3", "any", 2, []],
    stage2: ["4.6.3.6", "all", 5, []],
    termination: ["4.6.4", "any", 4, []],
    report: ["4.7.1", "all", 7, []],
    "decision-ready": ["4.9.3", "all", 2, []],
    decision: ["4.9.4", "all", 3, []],
    surveillance: ["5.5", "all", 8, []],
    suspension: ["7.1.1", "any", 6, []],
    withdrawal: ["7.2.1", "any", 8, []],
    certificate: ["8.1", "all", 8, [7]],
};

test("the lists", () => {
    assert.deepEqual(Object.values(csisms.Checklist).sort(), Object.keys(LISTS).sort());
    for (const [list, [clause, mode, size, conditional]] of Object.entries(LISTS)) {
        assert.equal(csisms.checklistClause(list), clause, list);
        assert.equal(csisms.checklistMode(list), mode, list);
        assert.equal(csisms.checklistSize(list), size, list);
        assert.deepEqual(csisms.checklistConditional(list), conditional, list);
        assert.ok(csisms.checklistTitle(list, "zh"));
        assert.ok(csisms.checklistTitle(list, "en"));
        const items = csisms.checklistItems(list, "en");
        assert.equal(items.length, size);
        assert.ok(items.every((t) => t.length > 0));
        throwsLike(() => csisms.checklistItem(list, size + 1), InvalidArgumentError, `checklistItem: invalid argument: list = "${list}", item = ${size + 1}`);
        throwsLike(() => csisms.checklistItem(list, 0), InvalidArgumentError);
    }
    assert.equal(csisms.checklistItem("suspension", 5, "zh"), "主动请求暂停的；");
    for (const call of [csisms.checklistSize, csisms.checklistMode, csisms.checklistClause, csisms.checklistTitle,
        csisms.checklistConditional, (l) => csisms.checklistEval(l, 0)]) {
        throwsLike(() => call("plan"), InvalidArgumentError, 'list = "plan" is not a Checklist');
        throwsLike(() => call(2), TypeError, "list must be a Checklist");
    }
    throwsLike(() => csisms.checklistTitle("report", "fr"), InvalidArgumentError);
});

test("checklistEval", () => {
    // The header's example: items 1, 2, 4, 5, 6 present and (3) not applicable.
    assert.deepEqual(csisms.checklistEval("application", 0x3B, 0x04), { met: true, missing: 0, missingItems: [] });
    assert.deepEqual(csisms.checklistEval("application", [1, 2, 4, 5, 6], [3]), { met: true, missing: 0, missingItems: [] });
    assert.deepEqual(csisms.checklistEval("application", [1, 2, 4, 5, 6]), { met: false, missing: 0x04, missingItems: [3] });
    assert.deepEqual(csisms.checklistEval("certificate").missingItems, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.deepEqual(csisms.checklistEval("termination", 0), { met: false, missing: 0xF, missingItems: [1, 2, 3, 4] });
    assert.deepEqual(csisms.checklistEval("termination", [2]), { met: true, missing: 0, missingItems: [] });
    for (const [present, na] of [[1 << 6, 0], [0, 1 << 0], [[7], []]]) {
        throwsLike(() => csisms.checklistEval("application", present, na), InvalidArgumentError, "checklistEval: invalid argument: ");
    }
    for (const present of [[0], [33]]) throwsLike(() => csisms.checklistEval("application", present), InvalidArgumentError, "present[0] = ");
    assert.equal(csisms.itemsMask([1, 3]), 0b101);
    assert.equal(csisms.itemsMask([32]), 2 ** 31);
    throwsLike(() => csisms.checklistEval("application", "12"), TypeError);
});

const USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 32100-2015's check character, computed independently: weights 3^(i-1) mod 31. */
function usccCheckChar(first17) {
    let total = 0;
    let weight = 1;
    for (const c of first17) {
        total += USCC_CHARS.indexOf(c) * weight;
        weight = (weight * 3) % 31;
    }
    return USCC_CHARS[(31 - (total % 31)) % 31];
}

test("USCC", () => {
    assert.equal(usccCheckChar("91350100M000100Y4"), "3");
    assert.equal(csisms.usccValidate("91350100M000100Y43"), undefined);
    assert.equal(csisms.usccIsValid("91350100M000100Y43"), true);
    for (const base of ["91110000600037341L", "12100000400000398", "Y1234567890ABCDEF", "00000000000000000"]) {
        const body = base.slice(0, 17);
        const good = body + usccCheckChar(body);
        csisms.usccValidate(good);
        for (const wrong of USCC_CHARS.replace(good[17], "").slice(0, 5)) {
            throwsLike(() => csisms.usccValidate(body + wrong), ChecksumError, `code = "${body + wrong}"`);
            assert.equal(csisms.usccIsValid(body + wrong), false);
        }
    }
    for (const bad of ["91350100m000100Y43", "91350100M000100Y4", "91350100M000100Y433", "9135O100M000100Y43",
        "91350100M000100YI3", "", "91350100M000100Y4 "]) {
        throwsLike(() => csisms.usccValidate(bad), InvalidArgumentError, `usccValidate: invalid argument: code = ${JSON.stringify(bad)}`);
        assert.equal(csisms.usccIsValid(bad), false);
    }
    assert.deepEqual(csisms.usccCheck("91350100M000100Y44"), { status: "ECHECKSUM", position: 18, expected: "3" });
    assert.deepEqual(csisms.usccCheck("91350100M000100Y43"), { status: "OK", position: 0, expected: "3" });
    // A full-width digit is the 5th character (counted in characters, not bytes).
    assert.deepEqual(csisms.usccCheck("9135０100M000100Y44"), { status: "EINVAL", position: 5, expected: null });
    throwsLike(() => csisms.usccCheck(18), TypeError, "usccCheck: code must be a string");
});

/** The least k with den²·k² ≥ num²·n (k ≥ (num/den)·√n), by an exact search. */
function minSample(n, num, den) {
    const N = BigInt(n), a = BigInt(num), b = BigInt(den);
    let k = BigInt(Math.max(Math.floor((num / den) * Math.sqrt(n)) - 2, 0));
    while (b * b * k * k < a * a * N) k++;
    return Number(k);
}

test("sampleSites", () => {
    assert.equal(csisms.sampleSites(25, "surveillance"), 3);
    assert.equal(csisms.sampleSites(25), 5);
    assert.equal(csisms.sampleSites(25, "recertification"), 4);
    for (const n of [...Array(299).keys()].map((i) => i + 1).concat([10 ** 6, 4294967295])) {
        assert.equal(csisms.sampleSites(n, "initial"), minSample(n, 1, 1), `${n} initial`);
        assert.equal(csisms.sampleSites(n, "surveillance"), minSample(n, 3, 5), `${n} surveillance`);
        assert.equal(csisms.sampleSites(n, "recertification"), minSample(n, 4, 5), `${n} recertification`);
    }
    throwsLike(() => csisms.sampleSites(0), InvalidArgumentError, 'sampleSites: invalid argument: sites = 0, audit = "initial"');
    throwsLike(() => csisms.sampleSites(5, "recert"), InvalidArgumentError, 'audit = "recert" is not an Audit');
});
