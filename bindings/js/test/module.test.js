// SPDX-License-Identifier: MIT
// csisms.wasm itself: its size budget, that it imports nothing, that it
// exports exactly the header's functions (and the binding's scratch area),
// and the ways of loading it (Node's default, bytes, a Module, a URL).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as N from "../native.js";
import * as csisms from "../index.js";

const WASM = process.env.CSISMS_WASM || fileURLToPath(new URL("../csisms.wasm", import.meta.url));
const bytes = readFileSync(WASM);

test("csisms.wasm is at most 64 KiB", () => {
    assert.ok(bytes.length <= 65536, `csisms.wasm has ${bytes.length} bytes`);
});

test("csisms.wasm imports nothing", () => {
    const module = new WebAssembly.Module(bytes);
    assert.deepEqual(WebAssembly.Module.imports(module), []);
});

test("csisms.wasm exports the header's functions, the scratch area and its memory, nothing else", () => {
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(bytes));
    const functions = exports.filter((e) => e.kind === "function").map((e) => e.name).sort();
    const expected = Object.keys(N.FUNCTIONS).concat(["csisms_wasm_scratch", "csisms_wasm_scratch_size"]).sort();
    assert.deepEqual(functions, expected);
    assert.deepEqual(exports.filter((e) => e.kind !== "function").map((e) => `${e.kind} ${e.name}`), ["memory memory"]);
});

test("Node loads csisms.wasm when the module is imported", () => {
    assert.equal(csisms.isInitialized(), true);
    assert.equal(csisms.version(), N.VERSION_STRING);
    assert.ok(csisms.scratchBytes() >= 4096);
});

test("initSync from bytes and from a compiled Module; init from a file URL, a path and bytes", async () => {
    csisms.initSync(new Uint8Array(bytes));
    assert.equal(csisms.auditDays(120, "isms-cert").toString(), "7");
    csisms.initSync(new WebAssembly.Module(bytes));
    assert.equal(csisms.auditDays(120, "isms-cert").toString(), "7");
    csisms.initSync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    assert.equal(csisms.ismsAuditDays(120).toString(), "12");
    await csisms.init(pathToFileURL(WASM));
    assert.equal(csisms.ismsAuditDays(120).toString(), "12");
    await csisms.init(WASM);
    assert.equal(csisms.ismsAuditDays(120).toString(), "12");
    await csisms.init(bytes);
    await csisms.init(); // loaded: nothing to do
    assert.equal(csisms.ismsAuditDays(120).toString(), "12");
});

test("init refuses what is not a module, naming it", async () => {
    assert.throws(() => csisms.initSync("csisms.wasm"), /initSync: source must be bytes.*"csisms\.wasm" \(string\)/);
    await assert.rejects(csisms.init(42), /init: source must be a URL.*42 \(number\)/);
    assert.throws(() => csisms.initSync(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])), /lacks csisms_version/);
    assert.throws(() => csisms.initSync(new Uint8Array([1, 2, 3])), WebAssembly.CompileError);
    // The module still loaded is the good one.
    assert.equal(csisms.auditDays(120, "isms-cert").toString(), "7");
});

test("init from a fetch Response and from a promise of one (as a browser passes fetch(url))", async () => {
    await csisms.init(new Response(bytes, { headers: { "Content-Type": "application/wasm" } }));
    assert.equal(csisms.auditDays(120, "combined").toString(), "5");
    await csisms.init(Promise.resolve(new Response(bytes)));
    assert.equal(csisms.auditDays(120, "combined").toString(), "5");
    await assert.rejects(csisms.init(new Response("no", { status: 404 })), /HTTP 404/);
});

test("without a module, a call says how to load one; initSync then works", () => {
    const index = new URL("../index.js", import.meta.url).href;
    const script = `
        const c = await import(${JSON.stringify(index)});
        const out = [String(c.isInitialized())];
        try { c.auditDays(120); } catch (e) { out.push(e.message); }
        c.initSync(require("node:fs").readFileSync(${JSON.stringify(WASM)}));
        out.push(c.auditDays(120, "isms-cert").toString());
        console.log(JSON.stringify(out));`;
    const run = execFileSync(process.execPath, ["--input-type=commonjs", "-e", `(async () => { ${script} })()`],
        { env: { ...process.env, CSISMS_WASM: "/nonexistent/csisms.wasm" }, encoding: "utf8" });
    const [initialized, message, days] = JSON.parse(run);
    assert.equal(initialized, "false");
    assert.match(message, /^csisms: csisms\.wasm could not be loaded \(.*\/nonexistent\/csisms\.wasm.*\): call await init\(source\) or initSync\(bytes\) first$/);
    assert.equal(days, "7");
});
