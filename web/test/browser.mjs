// SPDX-License-Identifier: MIT
// The calculator page (web/dist) in a real browser: Playwright (playwright-core,
// installed by npm from web/test/package-lock.json into a directory of the
// build tree) drives chromium headless. The test fills each view's form, reads
// what the page shows and compares it with what the csisms command prints
// with --json for the same inputs (and with --ics for the calendar), in
// Chinese and in English; it checks that errors appear at their fields, that
// the page works from file:// and from an HTTP server, makes no request to
// the network, compiles the wasm once, and weighs at most 200 KB; it saves a
// screenshot of each view, filled in, in both languages.
//
// Environment (web/web.am's check-web sets it):
//   CSISMS                  the built csisms command
//   CSISMS_SRCDIR           the top source directory
//   CSISMS_WEB_DIST         the built page (web/dist)
//   CSISMS_WEB_HARNESS      the directory npm installed playwright-core in
//   CSISMS_WEB_SCREENSHOTS  where to write the PNGs
//   CHROMIUM                the browser (default /usr/bin/chromium)
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const env = (name, fallback) => {
    const v = process.env[name] || fallback;
    if (!v) {
        console.error(`browser.mjs: set ${name}`);
        process.exit(2);
    }
    return v;
};
const CLI = env("CSISMS");
const SRCDIR = env("CSISMS_SRCDIR");
const DIST = path.resolve(env("CSISMS_WEB_DIST"));
const HARNESS = path.resolve(env("CSISMS_WEB_HARNESS"));
const SHOTS = path.resolve(env("CSISMS_WEB_SCREENSHOTS"));
const CHROMIUM = env("CHROMIUM", "/usr/bin/chromium");
const MAX_BYTES = 200 * 1000; // the whole page with its assets, uncompressed

const { chromium } = createRequire(path.join(HARNESS, "package.json"))("playwright-core");
const { STRINGS } = await import(pathToFileURL(path.join(SRCDIR, "web", "src", "i18n.js")).href);
const { VALUES } = await import(pathToFileURL(path.join(SRCDIR, "bindings", "js", "native.js")).href);
const RULE_NAME = new Map(Object.entries(VALUES.Rule.values).map(([k, v]) => [v, k]));

// The page's clock: DTSTAMP of the calendar and the timeline's "today".
const NOW = new Date("2026-03-02T09:30:00Z");
const EPOCH = String(NOW.getTime() / 1000);

// ---------------------------------------------------------------- reporting

let failures = 0;
let count = 0;

function report(name, problems) {
    count++;
    if (problems.length === 0) {
        console.log(`ok ${count} - ${name}`);
    } else {
        failures++;
        console.log(`not ok ${count} - ${name}`);
        for (const p of problems) console.log(`  # ${p}`);
    }
}

/** Compares one value; records a problem when they differ. */
function same(problems, what, page, cli) {
    const a = canonical(page), b = canonical(cli);
    if (a !== b) problems.push(`${what}: page ${a}, csisms ${b}`);
}

/** JSON with object keys sorted: objects compare by content, not key order. */
function canonical(v) {
    return JSON.stringify(v, (k, x) => (x && typeof x === "object" && !Array.isArray(x)
        ? Object.fromEntries(Object.keys(x).sort().map((key) => [key, x[key]])) : x));
}

// ---------------------------------------------------------------- the command

function cli(args, lang, extraEnv = {}) {
    const r = spawnSync(CLI, [...args, "--lang", lang], { encoding: "utf8", env: { ...process.env, ...extraEnv } });
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cliJson(args, lang) {
    const r = cli([...args, "--json"], lang);
    if (r.status !== 0 && r.status !== 1) throw new Error(`csisms ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout);
}

/** A number of days as the page shows it ("8.5") from the CLI's JSON number. */
const days = (n) => (n === null || n === undefined ? null : String(n));

// ---------------------------------------------------------------- the page

async function setLang(page, lang) {
    const pressed = await page.getAttribute(`.lang button[data-lang="${lang}"]`, "aria-pressed");
    if (pressed !== "true") await page.click(`.lang button[data-lang="${lang}"]`);
}

async function openView(page, view, lang) {
    await page.click(`nav.tabs a[data-view="${view}"]`);
    await page.waitForSelector(`#view-${view}:not([hidden])`);
    await setLang(page, lang);
}

async function fill(page, fields) {
    for (const [selector, v] of Object.entries(fields)) {
        if (typeof v === "boolean") await page.setChecked(selector, v);
        else if (selector.endsWith("-basis")) await page.selectOption(selector, v);
        else await page.fill(selector, v);
    }
}

async function shoot(page, name) {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

// ---------------------------------------------------------------- audit time

async function auditCase(page, lang, c) {
    await openView(page, "audit", lang);
    await fill(page, {
        "#audit-personnel": c.personnel, "#audit-basis": c.basis,
        "#audit-planned": c.planned || "", "#audit-combined": c.combined || "", "#audit-sites": c.sites || "",
    });
    await page.click("#audit-form button[type=submit]");
    const shown = await page.evaluate(() => {
        const figures = {};
        for (const tr of document.querySelectorAll("#audit-figures tr[data-key]")) {
            figures[tr.dataset.key] = { days: tr.querySelector(".v").textContent, clause: tr.querySelector(".cite").textContent };
        }
        const lead = document.querySelector("#audit-figures .lead");
        const steps = [...document.querySelectorAll("#audit-justify .steps > li")].map((li) => ({
            rule: li.dataset.rule,
            clause: li.querySelector(".cite").textContent,
            text: li.querySelector(".rule-text").textContent,
            n: Object.fromEntries([...li.querySelectorAll(".n")].map((s) => [s.dataset.k, s.textContent])),
        }));
        return {
            figures, steps,
            band: [lead.querySelector('[data-k="band-lower"]').textContent, lead.querySelector('[data-k="band-upper"]').textContent],
            bandClause: lead.querySelector(".cite").textContent,
            errors: [...document.querySelectorAll("#audit-form .err")].map((e) => e.textContent),
        };
    });
    const p = [];
    same(p, "errors", shown.errors, []);
    const a = cliJson(["audit-time", c.personnel, "--basis", c.basis], lang);
    same(p, "band", shown.band, [String(a.band.lower), String(a.band.upper)]);
    same(p, "band clause", shown.bandClause, a.clauses.isms_days);
    for (const k of Object.keys(a.clauses)) {
        same(p, `${k}`, shown.figures[k], { days: days(a[k]), clause: a.clauses[k] });
    }
    same(p, "figures shown", Object.keys(shown.figures).sort(), Object.keys(a.clauses).sort());
    const opts = [];
    if (c.planned) opts.push("--planned", c.planned);
    if (c.combined) opts.push("--combined", c.combined);
    if (c.sites) opts.push("--sites", c.sites);
    const j = cliJson(["justify", c.personnel, "--basis", c.basis, ...opts], lang);
    same(p, "number of steps", shown.steps.length, j.steps.length);
    j.steps.forEach((s, i) => {
        const got = shown.steps[i] || {};
        same(p, `step ${i + 1} rule`, got.rule, RULE_NAME.get(s.rule));
        same(p, `step ${i + 1} clause`, got.clause, s.clause);
        same(p, `step ${i + 1} text`, got.text, s.text);
        const want = { input: String(s.input ?? s.input_days), result: String(s.result ?? s.result_days) };
        if (s.input2_days !== undefined) want.input2 = String(s.input2_days);
        same(p, `step ${i + 1} figures`, got.n, want);
    });
    return p;
}

// ---------------------------------------------------------------- programme

async function programmeCase(page, lang, c) {
    await openView(page, "programme", lang);
    await page.check(`#programme-form input[name=cycle][value=${c.recertOf ? "recert" : "initial"}]`);
    await fill(page, {
        "#programme-personnel": c.personnel, "#programme-basis": c.basis || "none",
        "#programme-reference": c.decided || c.recertOf,
        "#programme-planned": c.planned || "", "#programme-combined": c.combined || "",
        "#programme-sites": c.sites || "", "#programme-operating": c.operatingSince || "",
        "#programme-stage1": Boolean(c.stage1Omitted),
    });
    await page.click("#programme-form button[type=submit]");
    const shown = await page.evaluate(() => {
        const cell = (td) => (td && td.querySelector(".v:not(.none)")
            ? { v: td.querySelector(".v").textContent, clause: td.querySelector(".cite").textContent } : null);
        const rows = [...document.querySelectorAll("#programme-table tbody tr")].map((tr) => ({
            kind: tr.dataset.kind,
            cells: Object.fromEntries(["earliest", "last", "latest", "totalDays", "onsiteDays", "sample"]
                .map((k) => [k, cell(tr.querySelector(`td[data-k="${k}"]`))])),
        }));
        const svgRows = [...document.querySelectorAll("#programme-timeline svg .tl-row")].map((g) => ({
            kind: g.dataset.kind, dates: [...g.querySelectorAll(".tl-date")].map((t) => t.textContent).sort(),
        }));
        return { rows, svgRows, errors: [...document.querySelectorAll("#programme-form .err")].map((e) => e.textContent) };
    });
    const p = [];
    same(p, "errors", shown.errors, []);
    const args = ["programme", c.personnel, "--basis", c.basis || "none"];
    if (c.decided) args.push("--decided", c.decided);
    if (c.recertOf) args.push("--recert-of", c.recertOf);
    if (c.planned) args.push("--planned", c.planned);
    if (c.combined) args.push("--combined", c.combined);
    if (c.sites) args.push("--sites", c.sites);
    if (c.operatingSince) args.push("--operating-since", c.operatingSince);
    if (c.stage1Omitted) args.push("--stage1-omitted");
    const j = cliJson(args, lang);
    same(p, "entries", shown.rows.map((r) => r.kind), j.entries.map((e) => e.kind));
    j.entries.forEach((e, i) => {
        const got = (shown.rows[i] || {}).cells || {};
        const date = (k) => (e[k] === null ? null : { v: e[k], clause: e.clauses[k] });
        same(p, `${e.kind} earliest`, got.earliest, date("earliest"));
        same(p, `${e.kind} last`, got.last, date("last"));
        same(p, `${e.kind} latest if postponed`, got.latest, e.latest === e.last ? null : date("latest"));
        const audit = e.kind !== "validity";
        same(p, `${e.kind} total`, got.totalDays, audit ? { v: days(e.total_days), clause: e.clauses.total } : null);
        same(p, `${e.kind} on site`, got.onsiteDays, audit ? { v: days(e.onsite_days), clause: e.clauses.onsite } : null);
        same(p, `${e.kind} sample`, got.sample, e.clauses.sample === null ? null : { v: String(e.sample), clause: e.clauses.sample });
    });
    // The timeline: a row for each dated entry, labelled with its dates.
    const dated = j.entries.filter((e) => e.earliest !== null || e.last !== null);
    same(p, "timeline rows", shown.svgRows.map((r) => r.kind), dated.map((e) => e.kind));
    for (const [i, e] of dated.entries()) {
        const want = [...new Set([e.earliest, e.last, e.latest].filter((d) => d !== null))].sort();
        same(p, `timeline ${e.kind} dates`, (shown.svgRows[i] || {}).dates, want);
    }
    // The calendar file: the page's, byte for byte the command's but PRODID.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#programme-ics")]);
    const ics = fs.readFileSync(await download.path(), "utf8");
    const want = cli([...args, "--ics"], lang, { SOURCE_DATE_EPOCH: EPOCH }).stdout;
    const prodid = /^PRODID:.*\r\n/m;
    if (!/^PRODID:-\/\/libcsisms\/\/csisms-web \d+\.\d+\.\d+\/\/EN\r$/m.test(ics)) p.push("ics: no PRODID of the page");
    same(p, "ics (without PRODID)", ics.replace(prodid, ""), want.replace(prodid, ""));
    for (const line of ics.split("\r\n")) {
        if (Buffer.byteLength(line) > 75) p.push(`ics: a line of ${Buffer.byteLength(line)} octets`);
    }
    if (/[^\r]\n/.test(ics)) p.push("ics: a line ends without CR");
    return p;
}

// ---------------------------------------------------------------- verdict

async function verdictCase(page, lang, c) {
    await openView(page, "verdict", lang);
    await fill(page, {
        "#verdict-today": c.today, "#verdict-valid-until": c.validUntil,
        "#verdict-suspended-on": c.suspendedOn || "", "#verdict-resolved": Boolean(c.resolved),
        "#verdict-surveillance-latest": c.surveillanceLatest || "",
        "#verdict-correction-requested": c.correctionRequested || "", "#verdict-corrected": Boolean(c.corrected),
    });
    await page.evaluate((clauses) => {
        for (const label of document.querySelectorAll("label.ground")) {
            label.querySelector("input").checked = clauses.includes(label.querySelector(".cite").textContent);
        }
    }, c.grounds || []);
    await page.click("#verdict-form button[type=submit]");
    const shown = await page.evaluate(() => {
        const items = (sel) => [...document.querySelectorAll(sel)].map((li) => ({
            clause: li.querySelector(".cite").textContent, text: li.querySelector(".text").textContent,
        }));
        const date = (k) => {
            const dd = document.querySelector(`#verdict-result dd[data-k="${k}"]`);
            const v = dd.querySelector(".v:not(.none)");
            return v ? v.textContent : null;
        };
        const action = document.querySelector("#verdict-result .action");
        return {
            action: action.dataset.action, actionName: action.textContent,
            reasons: items("#verdict-result .reasons li"), duties: items("#verdict-result .duties li"),
            deadline: date("deadline"), nextReview: date("nextReview"),
            deadlineClause: [...document.querySelectorAll('#verdict-result dd[data-k="deadline"] .cite')].map((x) => x.textContent),
            reviewClauses: [...document.querySelectorAll('#verdict-result dd[data-k="nextReview"] .cite')].map((x) => x.textContent),
            errors: [...document.querySelectorAll("#verdict-form .err")].map((e) => e.textContent),
        };
    });
    const p = [];
    same(p, "errors", shown.errors, []);
    const args = ["evaluate", "--today", c.today, "--valid-until", c.validUntil];
    if (c.suspendedOn) args.push("--suspended-on", c.suspendedOn);
    if (c.resolved) args.push("--resolved");
    if (c.surveillanceLatest) args.push("--surveillance-latest", c.surveillanceLatest);
    if (c.correctionRequested) args.push("--correction-requested", c.correctionRequested);
    if (c.corrected) args.push("--corrected");
    for (const g of c.grounds || []) args.push("--ground", g);
    const j = cliJson(args, lang);
    same(p, "action", shown.action, j.action);
    same(p, "action name", shown.actionName, j.action_name);
    same(p, "reasons", shown.reasons, j.reasons);
    same(p, "duties", shown.duties, j.duties);
    same(p, "deadline", shown.deadline, j.deadline);
    same(p, "next review", shown.nextReview, j.next_review);
    if (j.deadline !== null && shown.deadlineClause.length !== 1) p.push("the deadline cites no clause");
    if (c.reviewClauses) same(p, "next review's clauses", shown.reviewClauses, c.reviewClauses);
    return p;
}

// ---------------------------------------------------------------- lookups

async function scopeCase(page, lang, c) {
    await openView(page, "lookups", lang);
    await page.fill("#scope-query", c.query);
    await page.click("#scope-form button[type=submit]");
    const shown = await page.evaluate(() => [...document.querySelectorAll("#scope-result tbody tr")].map((tr) => ({
        code: tr.dataset.code,
        name: tr.querySelector(".name").firstChild.textContent,
        note: tr.querySelector(".note").textContent,
        raise: tr.querySelector(".level").textContent.endsWith("*"),
    })));
    const j = cliJson(c.search ? ["scope", "search", c.query] : ["scope", c.query], lang);
    const p = [];
    same(p, "entries", shown, j.matches.map((m) => ({ code: m.code, name: m.name, note: m.note, raise: m.raise_for_major_projects })));
    if (c.count !== undefined) same(p, "count", shown.length, c.count);
    return p;
}

async function usccCase(page, lang, c) {
    await openView(page, "lookups", lang);
    await page.fill("#uscc-code", c.code);
    await page.click("#uscc-form button[type=submit]");
    const shown = await page.evaluate(() => {
        const r = document.querySelector("#uscc-result");
        return { status: r.dataset.status, text: r.querySelector(".text").textContent, clause: r.querySelector(".note .cite").textContent };
    });
    const j = cliJson(["uscc", c.code], lang);
    const p = [];
    const status = j.valid ? "OK" : j.reason === "check" ? "ECHECKSUM" : "EINVAL";
    same(p, "status", shown.status, status);
    // The figures of the diagnosis appear in the page's sentence.
    const figures = j.reason === "check" ? [j.check, j.expected_check]
        : j.reason === "character" ? [String(j.position), j.character]
            : j.reason === "length" ? [String(j.length)] : [];
    for (const f of figures) if (!shown.text.includes(f)) p.push(`the page's "${shown.text}" lacks ${f}`);
    same(p, "clause", shown.clause, "8.1(1)");
    return p;
}

// ---------------------------------------------------------------- errors at the field

async function errorCase(page, lang, c) {
    await openView(page, c.view, lang);
    await fill(page, c.fill);
    await page.click(`#${c.view}-form button[type=submit]`);
    const shown = await page.evaluate((form) => [...document.querySelectorAll(`#${form} .err`)].map((e) => ({
        for: e.dataset.for, text: e.textContent,
        field: e.closest("[data-field]") ? e.closest("[data-field]").dataset.field : null,
        described: document.querySelector(`[aria-describedby="${e.id}"]`) !== null,
    })), `${c.view}-form`);
    const p = [];
    same(p, "fields with an error", shown.map((e) => e.field), [c.field]);
    const r = cli(c.cli, lang);
    same(p, "csisms exit status", r.status, 2);
    if (!r.stderr.includes(c.cliArgument)) p.push(`csisms's error names no ${c.cliArgument}: ${r.stderr.trim()}`);
    for (const s of c.mentions) if (shown[0] && !shown[0].text.includes(s)) p.push(`the page's error "${shown[0].text}" lacks "${s}"`);
    if (c.mentionFromCli) {
        const m = r.stderr.match(c.mentionFromCli);
        if (!m) p.push(`csisms's error lacks ${c.mentionFromCli}`);
        else if (shown[0] && !shown[0].text.includes(m[1])) p.push(`the page's error "${shown[0].text}" lacks csisms's ${m[1]}`);
    }
    if (shown[0] && !shown[0].described) p.push("the input is not described by its error (aria-describedby)");
    return p;
}

// ---------------------------------------------------------------- the cases

const CASES = [
    // Audit time: Appendix A and its notes, 4.5.1, 5.2, 6.2, 10.2, 4.5.3.2.
    ["audit", "zh", { personnel: "120", basis: "isms-cert" }, "audit-zh"],
    ["audit", "en", { personnel: "120", basis: "isms-cert", planned: "5.5", combined: "4", sites: "9" }, "audit-en"],
    ["audit", "zh", { personnel: "12", basis: "none" }],
    ["audit", "en", { personnel: "10701", basis: "combined" }],
    ["audit", "zh", { personnel: "1", basis: "isms-cert-here", sites: "25" }],
    ["audit", "en", { personnel: "300", basis: "none", planned: "11.3" }],
    // Programme: initial and recertification cycles, with and without options.
    ["programme", "zh", { personnel: "120", basis: "isms-cert", decided: "2024-10-22" }, "programme-zh"],
    ["programme", "en", { personnel: "120", basis: "isms-cert", decided: "2024-10-22", sites: "9" }, "programme-en"],
    ["programme", "zh", { personnel: "50", recertOf: "2027-10-21", stage1Omitted: true }],
    ["programme", "en", { personnel: "800", basis: "combined", decided: "2024年2月29日", combined: "6", operatingSince: "2023-06-01" }],
    ["programme", "en", { personnel: "60", basis: "none", decided: "20250131", planned: "7.5" }],
    // Verdicts: maintain, suspend, reinstate, withdraw (derived and established), expire.
    ["verdict", "zh", { today: "2025-08-02", validUntil: "2027-10-21", grounds: ["7.1.1(1)"], reviewClauses: ["7.1.2"] }, "verdict-zh"],
    ["verdict", "en", { today: "2025-12-02", validUntil: "2027-10-21", suspendedOn: "2025-06-01" }, "verdict-en"],
    ["verdict", "zh", { today: "2025-03-01", validUntil: "2027-10-21", surveillanceLatest: "2025-10-22", reviewClauses: ["5.1.2"] }],
    ["verdict", "en", { today: "2026-01-10", validUntil: "2027-10-21", suspendedOn: "2025-11-01", resolved: true, reviewClauses: ["8.2"] }],
    ["verdict", "zh", { today: "2027-11-01", validUntil: "2027-10-21" }],
    ["verdict", "en", { today: "2025-05-01", validUntil: "2027-10-21", correctionRequested: "2025-02-01", grounds: ["7.2.1(3)", "7.1.1(5)"] }],
    ["verdict", "en", { today: "2025-05-01", validUntil: "2027-10-21", correctionRequested: "2025-02-01", reviewClauses: ["7.2.1(7)"] }],
    // Lookups: codes (full-width, ambiguous), text in both languages, USCC.
    ["scope", "en", { query: "research", search: true }],
    ["uscc", "en", { code: "9135010" }],
    ["scope", "zh", { query: "银行", search: true, count: 1 }],
    ["uscc", "zh", { code: "91350100M000100Y43" }, "lookups-zh"],
    ["scope", "zh", { query: "３．１", count: 1 }],
    ["scope", "en", { query: "04.13", count: 2 }],
    ["uscc", "en", { code: "91350100M000100Y44" }, "lookups-en"],
    ["uscc", "zh", { code: "9135010O" }],
    // Errors at the field, as the command refuses the same input.
    ["error", "zh", { view: "audit", fill: { "#audit-personnel": "0", "#audit-basis": "none", "#audit-planned": "", "#audit-combined": "", "#audit-sites": "" },
        field: "personnel", cli: ["audit-time", "0"], cliArgument: "PERSONNEL", mentions: ["0"] }, "error-zh"],
    ["error", "en", { view: "audit", fill: { "#audit-personnel": "120", "#audit-basis": "isms-cert", "#audit-planned": "4" },
        field: "planned", cli: ["justify", "120", "--basis", "isms-cert", "--planned", "4"], cliArgument: "--planned", mentions: ["4.5.1.1"],
        mentionFromCli: /reduction, ([0-9.]+) days/ }],
    ["error", "en", { view: "programme", fill: { "#programme-personnel": "12", "#programme-reference": "2024-02-30", "#programme-planned": "", "#programme-combined": "", "#programme-sites": "", "#programme-operating": "" },
        field: "reference", cli: ["programme", "12", "--decided", "2024-02-30"], cliArgument: "--decided", mentions: ["2024-02-30"] }, "error-en"],
    ["error", "zh", { view: "programme", fill: { "#programme-personnel": "12", "#programme-reference": "2024-10-22", "#programme-planned": "abc" },
        field: "planned", cli: ["programme", "12", "--decided", "2024-10-22", "--planned", "abc"], cliArgument: "--planned", mentions: ["abc"] }],
    ["error", "en", { view: "verdict", fill: { "#verdict-today": "2025-01-01", "#verdict-valid-until": "2027-01-01", "#verdict-suspended-on": "2025-06-01", "#verdict-resolved": false, "#verdict-surveillance-latest": "", "#verdict-correction-requested": "", "#verdict-corrected": false },
        field: "suspendedOn", cli: ["evaluate", "--today", "2025-01-01", "--valid-until", "2027-01-01", "--suspended-on", "2025-06-01"], cliArgument: "--suspended-on", mentions: ["2025-06-01"] }],
];

const RUN = { audit: auditCase, programme: programmeCase, verdict: verdictCase, scope: scopeCase, uscc: usccCase, error: errorCase };

// ---------------------------------------------------------------- main

fs.mkdirSync(SHOTS, { recursive: true });

{
    // The page's weight, and its strings: the same keys in both languages.
    const files = fs.readdirSync(DIST);
    const total = files.reduce((s, f) => s + fs.statSync(path.join(DIST, f)).size, 0);
    const p = [];
    same(p, "files", files.sort(), ["csisms-web.js", "index.html", "style.css"]);
    if (total > MAX_BYTES) p.push(`${total} bytes, more than ${MAX_BYTES}`);
    report(`the page weighs ${total} bytes (at most ${MAX_BYTES})`, p);
    const q = [];
    same(q, "keys only in zh", Object.keys(STRINGS.zh).filter((k) => !(k in STRINGS.en)), []);
    same(q, "keys only in en", Object.keys(STRINGS.en).filter((k) => !(k in STRINGS.zh)), []);
    report("the page's strings have both languages", q);
}

const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: "zh-CN", deviceScaleFactor: 1 });
    // Count compilations of WebAssembly modules: the page compiles csisms.wasm once.
    await context.addInitScript(() => {
        const Original = WebAssembly.Module;
        window.__wasmCompiles = 0;
        WebAssembly.Module = new Proxy(Original, { construct(target, args) { window.__wasmCompiles++; return new target(...args); } });
        for (const name of ["compile", "instantiate"]) {
            const f = WebAssembly[name];
            WebAssembly[name] = function (...args) { window.__wasmCompiles++; return f.apply(this, args); };
        }
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(NOW);
    const pageErrors = [];
    const requests = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
    page.on("request", (r) => { if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url()); });

    const url = pathToFileURL(path.join(DIST, "index.html")).href;
    await page.goto(url);
    await page.waitForSelector("body[data-ready]");
    report("the page starts from file://", [
        ...(await page.getAttribute("body", "data-ready")) === "true" ? [] : [`not ready: ${await page.textContent("#status")}`],
    ]);
    {
        const p = [];
        same(p, "language from the browser (zh-CN)", await page.getAttribute("html", "lang"), "zh-CN");
        same(p, "title", await page.title(), STRINGS.zh.title);
        report("the page opens in Chinese for a Chinese browser", p);
    }

    const shotsTaken = [];
    for (const [kind, lang, c, shot] of CASES) {
        const name = `${kind} ${lang} ${JSON.stringify(c.query ?? c.code ?? c.cli ?? c)}`;
        let p;
        const t0 = Date.now();
        try {
            p = await RUN[kind](page, lang, c);
        } catch (e) {
            p = [`exception: ${e.stack || e}`];
        }
        report(`${name} (${Date.now() - t0} ms)`, p);
        if (shot) {
            await shoot(page, shot);
            shotsTaken.push(shot);
        }
    }

    // The language switch redoes what is shown, in the other language.
    {
        await openView(page, "audit", "zh");
        await fill(page, { "#audit-personnel": "120", "#audit-basis": "isms-cert", "#audit-planned": "", "#audit-combined": "", "#audit-sites": "" });
        await page.click("#audit-form button[type=submit]");
        await page.click('.lang button[data-lang="en"]');
        const text = await page.textContent("#audit-justify .steps li .rule-text");
        const j = cliJson(["justify", "120", "--basis", "isms-cert"], "en");
        const p = [];
        same(p, "first step in English after the switch", text, j.steps[0].text);
        same(p, "html lang", await page.getAttribute("html", "lang"), "en");
        same(p, "tab label", await page.textContent('nav.tabs a[data-view="audit"]'), STRINGS.en["tab.audit"]);
        // Once computed, the figures follow the inputs as one types.
        await page.fill("#audit-personnel", "300");
        const a = cliJson(["audit-time", "300", "--basis", "isms-cert"], "en");
        same(p, "initial time after typing 300", await page.textContent('#audit-figures tr[data-key="initial_days"] .v'), days(a.initial_days));
        report("switching zh -> en redoes the results in English; typing recomputes them", p);
    }
    {
        const p = [];
        same(p, "WebAssembly compilations", await page.evaluate(() => window.__wasmCompiles), 1);
        same(p, "requests beyond file:, blob: and data:", requests, []);
        same(p, "errors in the page", pageErrors, []);
        report("one wasm compilation, no network, no error", p);
    }

    // The same directory from an HTTP server.
    {
        const server = createServer((req, res) => {
            const name = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
            const file = path.join(DIST, path.basename(name));
            if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
            const type = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" }[path.extname(file)];
            res.writeHead(200, { "content-type": type });
            res.end(fs.readFileSync(file));
        });
        await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
        const p2 = await context.newPage();
        await p2.goto(`http://127.0.0.1:${server.address().port}/index.html?lang=en#audit`);
        await p2.waitForSelector("body[data-ready]");
        const p = await auditCase(p2, "en", { personnel: "86", basis: "isms-cert" });
        report("the page works from an HTTP server", p);
        await p2.close();
        server.close();
    }
    console.log(`# screenshots: ${shotsTaken.map((s) => path.join(SHOTS, `${s}.png`)).join(" ")}`);
} finally {
    await browser.close();
}
console.log(`1..${count}`);
if (failures) console.log(`# ${failures} of ${count} failed`);
process.exit(failures ? 1 : 0);
