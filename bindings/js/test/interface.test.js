// SPDX-License-Identifier: MIT
// The package against the interface description generated from
// include/csisms.h (bindings/interface.json): every function of the header
// is wrapped and called, every constant and struct layout is in the native
// table, and the table's kinds match the C types. A function added to the
// header without a JavaScript binding fails here (the drift test).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as N from "../native.js";
import * as csisms from "../index.js";
import { HERE, INTERFACE, TOP } from "./helpers.js";

const headerFunctions = INTERFACE.functions.map((f) => f.name);

test("every function of csisms.h has a binding (and nothing else has)", () => {
    assert.ok(headerFunctions.length >= 68, `${headerFunctions.length} functions in the description`);
    const unbound = headerFunctions.filter((name) => !(name in csisms.C_FUNCTIONS));
    assert.deepEqual(unbound, [], "functions of csisms.h without a JavaScript binding");
    assert.deepEqual(Object.keys(csisms.C_FUNCTIONS).filter((n) => !headerFunctions.includes(n)), [],
        "bindings of functions not in csisms.h");
    assert.deepEqual(Object.keys(N.FUNCTIONS).sort(), [...headerFunctions].sort(), "native.js is stale");
    const exported = new Set(Object.values(csisms));
    for (const [name, fn] of Object.entries(csisms.C_FUNCTIONS)) {
        assert.equal(typeof fn, "function", name);
        assert.ok(exported.has(fn), `${name}: its binding is not exported`);
    }
});

test("every C function is called by the package's code", () => {
    const source = readFileSync(path.join(HERE, "..", "index.js"), "utf8");
    const uncalled = headerFunctions.filter((name) => !new RegExp(`(?:\\be|\\bex|lib\\(\\))\\.${name}\\(|"${name}"`).test(source));
    assert.deepEqual(uncalled, []);
});

const KINDS = {
    int: "i32", unsigned: "u32", int32_t: "i32", uint32_t: "u32", int64_t: "i64", size_t: "size",
    csisms_date: "i32", void: "void", uint8_t: "u8", char: "i8",
};
function kindOf(type) {
    if (type.pointer) return "ptr";
    const target = INTERFACE.typedefs[type.base] || "";
    return target.startsWith("enum ") ? "i32" : KINDS[type.base];
}

test("the native table's kinds are the header's types", () => {
    for (const f of INTERFACE.functions) {
        const [ret, params, names] = N.FUNCTIONS[f.name];
        assert.equal(ret, kindOf(f.returns), `${f.name} result`);
        assert.deepEqual(params, f.params.map((p) => kindOf(p.type)), `${f.name} parameters`);
        assert.deepEqual(names, f.params.map((p) => p.name), `${f.name} parameter names`);
    }
});

test("struct layouts: the header's fields, offsets and sizes", () => {
    const structs = INTERFACE.structs.filter((s) => !s.opaque);
    assert.deepEqual(Object.keys(N.STRUCTS).sort(), structs.map((s) => s.name.replace(/^csisms_/, "")).sort());
    for (const s of structs) {
        const js = N.STRUCTS[s.name.replace(/^csisms_/, "")];
        assert.equal(js.size, s.size, s.name);
        assert.deepEqual(Object.keys(js.fields), s.fields.map((f) => f.name), s.name);
        for (const f of s.fields) assert.deepEqual(js.fields[f.name], [f.offset, kindOf(f.type)], `${s.name}.${f.name}`);
    }
    // Worked by hand from the header: csisms_facts is 9 uint32/int32 fields; csisms_step
    // has int64_t input at 8 (after size and rule), input2 at 16, result at 24, size 32.
    assert.equal(N.STRUCTS.facts.size, 36);
    assert.equal(N.STRUCTS.verdict.size, 24);
    assert.deepEqual(N.STRUCTS.step.fields.input, [8, "i64"]);
    assert.equal(N.STRUCTS.step.size, 32);
});

test("constants: every integer constant of the header, with its value", () => {
    const known = {};
    for (const e of INTERFACE.enums) for (const m of e.members) known[m.name] = m.value;
    for (const c of INTERFACE.constants) if (c.kind === "int") known[c.name] = c.value;
    assert.ok(Object.keys(known).length >= 70);
    assert.deepEqual(csisms.C_CONSTANTS, known);
    const header = readFileSync(process.env.CSISMS_HEADER || path.join(TOP, "include", "csisms.h"), "utf8");
    assert.ok(header.includes(`#define CSISMS_VERSION_STRING "${csisms.VERSION_STRING}"`));
    const pkg = JSON.parse(readFileSync(path.join(HERE, "..", "package.json"), "utf8"));
    assert.equal(pkg.version, csisms.VERSION_STRING, "package.json's version is the header's");
});

test("every enumeration member has a spelling, and spellings are unique in their group", () => {
    for (const e of INTERFACE.enums) {
        const group = Object.entries(N.VALUES).find(([, g]) => Object.values(g.values).length === e.members.length &&
            e.members.every((m) => Object.values(g.values).includes(m.value)));
        assert.ok(group, `enum ${e.name} has no group in native.js`);
    }
    for (const [name, g] of Object.entries(N.VALUES)) {
        const spellings = Object.keys(g.values);
        assert.equal(new Set(spellings).size, spellings.length, name);
        assert.deepEqual(Object.values(csisms[name]).sort(), [...spellings].sort(), `${name}: exported object`);
    }
    // The csisms command's spellings (examples/cli_args.c, cmd_evaluate.c --json, cmd_checklist.c).
    assert.deepEqual(Object.values(csisms.Basis), ["none", "isms-cert", "isms-cert-here", "combined"]);
    assert.deepEqual(Object.values(csisms.Action), ["maintain", "suspend", "reinstate", "withdraw", "expire"]);
    assert.deepEqual(Object.values(csisms.Audit), ["initial", "surveillance", "recertification"]);
    assert.deepEqual(Object.values(csisms.Mode), ["all", "any"]);
    assert.deepEqual(Object.values(csisms.Lang), ["zh", "en"]);
    assert.deepEqual(Object.values(csisms.ProgrammeKind), ["initial", "recert-start", "validity", "surveillance1", "surveillance2", "recert"]);
    assert.deepEqual(csisms.SUSPENSION_GROUNDS, ["nonconformity", "contract-breach", "ordered-to-halt", "regulator-finding", "voluntary", "other-suspension"]);
    assert.equal(csisms.WITHDRAWAL_GROUNDS.length, 8);
});

test("version", () => {
    assert.match(csisms.version(), /^1\.\d+\.\d+$/);
    const [major, minor, patch] = csisms.VERSION_STRING.split(".").map(Number);
    assert.deepEqual([csisms.VERSION_MAJOR, csisms.VERSION_MINOR, csisms.VERSION_PATCH], [major, minor, patch]);
    assert.equal(csisms.VERSION_NUMBER, (major << 16) | (minor << 8) | patch);
    assert.equal(csisms.checkVersion(), true);
    assert.equal(csisms.checkVersion(0x010000), true);
    assert.equal(csisms.checkVersion(0x010100), true);
    assert.equal(csisms.checkVersion(0x020000), false);
    assert.equal(csisms.checkVersion(0x000900), false);
    assert.equal(csisms.checkVersion(-1), false);
    assert.throws(() => csisms.checkVersion(2 ** 40), csisms.InvalidArgumentError);
});
