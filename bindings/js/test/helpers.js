// SPDX-License-Identifier: MIT
// Shared by the test files: where the tree's files are, and an assertion
// that a call throws a given class with a message containing given texts.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import path from "node:path";

export const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The top of the source tree (the tests run from bindings/js/test). */
export const TOP = process.env.CSISMS_SRCDIR || path.resolve(HERE, "..", "..", "..");
/** The interface description generated from the header (build-aux/csisms-iface.py). */
export const INTERFACE = JSON.parse(readFileSync(process.env.CSISMS_INTERFACE || path.join(TOP, "bindings", "interface.json"), "utf8"));

/** Asserts that `call` throws an instance of `cls` whose message contains every text of `texts`. */
export function throwsLike(call, cls, ...texts) {
    let caught = null;
    try {
        call();
    } catch (error) {
        caught = error;
    }
    assert.ok(caught !== null, `expected ${cls.name}, nothing was thrown`);
    assert.ok(caught instanceof cls, `expected ${cls.name}, got ${caught && caught.name}: ${caught && caught.message}`);
    for (const text of texts) assert.ok(caught.message.includes(text), `"${caught.message}" lacks "${text}"`);
    return caught;
}

/** "YYYY-MM-DD" of a proleptic Gregorian day number (0 = 0001-01-01), computed with Date.UTC. */
export function isoOfOrdinal(n) {
    const d = new Date(Date.UTC(2000, 0, 1) + (n - ordinalOf(2000, 1, 1)) * 86400000);
    return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** The day number of a date (0 = 0001-01-01), counted by an independent formula. */
export function ordinalOf(y, m, d) {
    const leap = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][m - 1] + (m > 2 && leap(y) ? 1 : 0);
    const yy = y - 1;
    return yy * 365 + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + before + d - 1;
}
