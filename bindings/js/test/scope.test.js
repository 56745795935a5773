// SPDX-License-Identifier: MIT
// Business-scope codes (Appendix B): the table as the rules print it
// (English names: doc/rules-model.md §3), lookups as people type codes,
// text search, prefixes.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as csisms from "../index.js";
import { throwsLike } from "./helpers.js";

const { InvalidArgumentError, NotFoundError, AmbiguousError } = csisms;

const ENGLISH_NAMES = [
    ["01", "Government affairs"], ["01.01", "State organs"], ["01.02", "Tax authorities"],
    ["01.03", "Customs"], ["01.04", "Other"], ["02", "Public services"],
    ["02.01", "Telecommunications, radio and television"], ["02.02", "News and publishing"],
    ["02.03", "Scientific research"], ["02.04", "Social security"], ["02.05", "Medical services"],
    ["02.06", "Education"], ["02.07", "Other"], ["03", "Commerce"], ["03.01", "Finance"],
    ["03.02", "E-commerce"], ["03.03", "Logistics"], ["03.04", "Consulting and intermediary services"],
    ["03.05", "Tourism, hotels and restaurants"], ["03.06", "Other"], ["04", "Production of products"],
    ["04.01", "Electric power"], ["04.02", "Railways"], ["04.03", "Civil aviation"],
    ["04.04", "Chemical industry"], ["04.05", "Aerospace"], ["04.06", "Water resources"],
    ["04.07", "Transport"], ["04.08", "Information and communication technology"], ["04.09", "Metallurgy"],
    ["04.10", "Mining"], ["04.11", "Food, pharmaceuticals and tobacco"],
    ["04.12", "Agriculture, forestry, animal husbandry, sideline production and fishery"],
    ["04.13.01", "Other"], ["04.13.02", "Other"],
];

test("the table", () => {
    assert.equal(csisms.scopeCount(), 35);
    const entries = csisms.scopes();
    assert.deepEqual(entries.map((s) => [s.code, s.nameEn]), ENGLISH_NAMES);
    assert.deepEqual(entries.map((s) => s.index), [...Array(35).keys()]);
    const majors = entries.filter((s) => s.isMajorClass);
    assert.deepEqual(majors.map((s) => [s.code, s.nameZh, s.level]),
        [["01", "政务", 0], ["02", "公共", 0], ["03", "商务", 0], ["04", "产品的生产", 0]]);
    for (const s of entries) {
        if (s.isMajorClass) {
            assert.equal(s.parent, null);
        } else {
            assert.equal(s.parentCode, s.code.slice(0, 2));
            assert.equal(s.parent, csisms.scopeLookup(s.code.slice(0, 2)));
            assert.ok([1, 2, 3].includes(s.level), s.code);
        }
        assert.ok(s.nameZh);
        assert.equal(s.name("en"), s.nameEn);
        assert.equal(s.note("zh"), s.noteZh);
        assert.equal(Boolean(s.noteZh), Boolean(s.noteEn), s.code);
    }
    assert.deepEqual(entries.filter((s) => s.flags.includes("raise-for-major-projects")).map((s) => s.code), ["02.03"]);
    assert.deepEqual(entries[8].flags, ["raise-for-major-projects"]);
    assert.ok(Object.isFrozen(entries[8]) && Object.isFrozen(entries[8].flags));
    const json = JSON.parse(JSON.stringify(entries[14]));
    assert.deepEqual([json.code, json.nameEn, json.parentCode], ["03.01", "Finance", "03"]);
});

test("lookup as people type codes", () => {
    const s = csisms.scopeLookup("３．１");
    assert.deepEqual([s.code, s.nameZh, s.nameEn, s.level, s.parentCode], ["03.01", "金融", "Finance", 1, "03"]);
    assert.equal(s.noteZh, "包括：银行、证券、期货、保险、资产管理等");
    assert.equal(s, csisms.scopeAt(s.index));
    for (const text of ["03.01", "3.1", " 03.01\t", "\u300003.01\u3000", "03。01", "\r\n3.01"]) {
        assert.equal(csisms.scopeLookup(text).code, "03.01", JSON.stringify(text));
    }
    assert.equal(csisms.scopeLookup("4.13.1").code, "04.13.01");
    assert.equal(csisms.scopeLookup("4.13.1").parentCode, "04");
    throwsLike(() => csisms.scopeLookup("04.13"), AmbiguousError, 'scopeLookup: ', 'code = "04.13"');
    for (const code of ["05", "00", "01.09"]) throwsLike(() => csisms.scopeLookup(code), NotFoundError, `code = "${code}"`);
    for (const code of ["", "1.2.3.4", "001", "01..01", "01. 01", "a", ".01", "01."]) {
        throwsLike(() => csisms.scopeLookup(code), InvalidArgumentError, `scopeLookup: invalid argument: code = ${JSON.stringify(code)}`);
    }
    assert.deepEqual([s.name(), s.name("zh"), s.name("en")], ["金融", "金融", "Finance"]);
    throwsLike(() => s.name("fr"), InvalidArgumentError, 'Scope.name: invalid argument: lang = "fr" is not a Lang');
    throwsLike(() => s.note(1), TypeError, "Scope.note: lang must be a Lang");
    assert.throws(() => {
        "use strict";
        s.code = "x";
    }, TypeError);
});

test("scopeAt", () => {
    assert.equal(csisms.scopeAt(0).code, "01");
    assert.equal(csisms.scopeAt(34).code, "04.13.02");
    for (const index of [35, -1, 2 ** 64, 2n ** 70n]) throwsLike(() => csisms.scopeAt(index), NotFoundError, "scopeAt: ", "is out of range");
    throwsLike(() => csisms.scopeAt(1.5), TypeError);
});

test("text search", () => {
    const finance = csisms.scopeLookup("03.01").index;
    assert.equal(csisms.scopeFind("银行"), finance);
    assert.equal(csisms.scopeFind("finance"), finance);
    assert.equal(csisms.scopeFind("FINANCE"), finance);
    assert.equal(csisms.scopeFind("finance", finance + 1), null);
    assert.equal(csisms.scopeFind("no such text here"), null);
    assert.equal(csisms.scopeFind("银行", 35), null);
    assert.equal(csisms.scopeFind("银行", 2 ** 40), null);
    assert.ok(csisms.scopeSearch("银行").map((s) => s.code).includes("03.01"));
    const expected = csisms.scopes().filter((s) => [s.nameZh, s.nameEn, s.noteZh, s.noteEn].some((t) => t.toLowerCase().includes("other"))).map((s) => s.code);
    assert.ok(expected.length >= 5);
    assert.deepEqual(csisms.scopeSearch("oTHER").map((s) => s.code), expected);
    throwsLike(() => csisms.scopeFind(""), InvalidArgumentError, 'scopeFind: invalid argument: text = ""');
    throwsLike(() => csisms.scopeFind("x", -1), InvalidArgumentError, "start = -1 is negative");
});

test("codes under a prefix", () => {
    assert.deepEqual(csisms.scopeUnder("4.13").map((s) => s.code), ["04.13.01", "04.13.02"]);
    assert.deepEqual(csisms.scopeUnder("03").map((s) => s.code), ["03", "03.01", "03.02", "03.03", "03.04", "03.05", "03.06"]);
    assert.deepEqual(csisms.scopeUnder("99"), []);
    throwsLike(() => csisms.scopeUnder("x"), InvalidArgumentError, 'scopeUnder: invalid argument: code = "x"');
});
