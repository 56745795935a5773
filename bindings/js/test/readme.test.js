// SPDX-License-Identifier: MIT
// The README's JavaScript section: its script, run as written (with "csisms"
// resolved to this package), prints exactly the output the README shows.
// .ci/steps/60-js.sh runs the same script against the installed npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { HERE, TOP } from "./helpers.js";

/** The README region's ```js script and ```text output. */
export function readmeExample(readme) {
    const region = readme.split("<!-- js: JavaScript section (begin) -->")[1].split("<!-- js: JavaScript section (end) -->")[0];
    const block = (lang) => {
        const m = region.match(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "m"));
        assert.ok(m, `no \`\`\`${lang} block in the README's JavaScript section`);
        return m[1];
    };
    return { script: block("js"), output: block("text") };
}

test("the README's script prints what the README says", () => {
    const { script, output } = readmeExample(readFileSync(path.join(TOP, "README.md"), "utf8"));
    assert.match(script, /from "csisms";/);
    const index = pathToFileURL(path.join(HERE, "..", "index.js")).href;
    const dir = mkdtempSync(path.join(tmpdir(), "csisms-readme-"));
    try {
        const file = path.join(dir, "readme.mjs");
        writeFileSync(file, script.replace(/from "csisms";/, `from ${JSON.stringify(index)};`));
        assert.equal(execFileSync(process.execPath, [file], { encoding: "utf8" }), output);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
});
