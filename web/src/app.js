// SPDX-License-Identifier: MIT
// The CSISMS calculator page: four views (audit time, programme, verdict,
// lookups) over the npm package bindings/js ("csisms"), which runs the
// library itself (csisms.wasm). Every figure, clause and rule text shown
// comes from the package; the page adds only its own labels (i18n.js).
// web/build-page.py bundles this module, the package and the wasm into one
// classic script, so the page works from file:// and offline.
import * as csisms from "csisms";
import { STRINGS } from "./i18n.js";
import { WASM_BASE64, WASM_GZIP } from "./embedded.js";
import { calendar } from "./ics.js";
import { timeline } from "./timeline.js";

// ====================================================================== strings

let lang = "zh";

/** The page's string `key` in the current language, "{n}" replaced by args[n]. */
function t(key, ...args) {
    const s = STRINGS[lang][key];
    if (s === undefined) throw new Error(`i18n: no string "${key}" in ${lang}`);
    return s.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));
}

/** Like t(), but the arguments may be nodes: an array for h(). */
function tn(key, ...args) {
    const out = [];
    let last = 0;
    const s = STRINGS[lang][key];
    s.replace(/\{(\d)\}/g, (m, i, at) => {
        out.push(s.slice(last, at), args[Number(i)]);
        last = at + m.length;
        return m;
    });
    out.push(s.slice(last));
    return out;
}

function pickLang() {
    const asked = new URLSearchParams(location.search).get("lang");
    if (asked === "zh" || asked === "en") return asked;
    try {
        const saved = localStorage.getItem("csisms-lang");
        if (saved === "zh" || saved === "en") return saved;
    } catch {
        // storage may be unavailable (file:// in some browsers): no memory
    }
    return /^zh\b/i.test(navigator.language || "") ? "zh" : "en";
}

// ====================================================================== DOM

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

function h(tag, attrs, ...kids) {
    const n = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "class") n.className = v;
        else n.setAttribute(k, v === true ? "" : String(v));
    }
    for (const k of kids.flat(Infinity)) {
        if (k !== null && k !== undefined && k !== false && k !== "") n.append(k instanceof Node ? k : String(k));
    }
    return n;
}

/** A clause badge: the text is the library's clause, nothing added. */
const cite = (clause) => h("span", { class: "cite" }, clause);
const value = (v, k) => h("span", { class: "v", "data-k": k }, String(v));
const dash = () => h("span", { class: "v none" }, "—");

function applyStaticTexts() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    for (const n of $$("[data-i18n]")) n.textContent = t(n.dataset.i18n);
    for (const n of $$("[data-i18n-aria]")) n.setAttribute("aria-label", t(n.dataset.i18nAria));
    for (const b of $$(".lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    $("#footer").textContent = t("footer", csisms.version());
    $("#programme-reference-label").textContent = t(cycleOf() === "recert" ? "f.recertOf" : "f.decided");
    const clauseOf = (list) => csisms.checklistClause(list);
    $("#verdict-grounds-suspension-legend").textContent = t("f.grounds.suspension", clauseOf("suspension"));
    $("#verdict-grounds-withdrawal-legend").textContent = t("f.grounds.withdrawal", clauseOf("withdrawal"));
    renderGrounds();
}

// ====================================================================== fields and errors

/** A form's field values, read and checked one by one; errors collected. */
class Reader {
    constructor(form) {
        this.form = form;
        this.errors = [];
    }

    text(name) {
        return this.form.elements[name].value.trim();
    }

    fail(name, message, error = null) {
        this.errors.push({ name, message, detail: error ? error.message : null });
        return undefined;
    }

    /** Effective persons: a whole number the library accepts (≥ 1). */
    personnel(name) {
        const s = this.text(name);
        if (s === "") return this.fail(name, t("err.required"));
        if (!/^[0-9]+$/.test(s)) return this.fail(name, t("err.integer", s));
        const n = Number(s);
        try {
            csisms.ismsAuditDays(n);
        } catch (e) {
            return this.fail(name, n === 0 ? t("err.personnel", s) : t("err.integer", s), e);
        }
        return n;
    }

    /** An optional count (sites): 0 when empty. */
    count(name) {
        const s = this.text(name);
        if (s === "") return 0;
        if (!/^[0-9]+$/.test(s)) return this.fail(name, t("err.integer", s));
        return Number(s);
    }

    /** An optional duration > 0, read by the library like the CLI reads it ("3.4" is 3.5). */
    days(name) {
        const s = this.text(name);
        if (s === "") return null;
        let d;
        try {
            d = csisms.toDays(s);
        } catch (e) {
            return this.fail(name, t("err.days", s), e);
        }
        if (d.halfDays <= 0) return this.fail(name, t("err.positive", s));
        return d;
    }

    /** A date the library parses (YYYY-MM-DD, YYYYMMDD, YYYY年M月D日), as ISO text. */
    date(name, required = false) {
        const s = this.text(name);
        if (s === "") return required ? this.fail(name, t("err.required")) : null;
        try {
            return csisms.dateParse(s);
        } catch (e) {
            return this.fail(name, t("err.date", s), e);
        }
    }

    checked(name) {
        return this.form.elements[name].checked;
    }
}

function clearErrors(form) {
    for (const p of $$(".err", form)) p.remove();
    for (const n of $$("[aria-invalid]", form)) {
        n.removeAttribute("aria-invalid");
        n.removeAttribute("aria-describedby");
    }
    for (const f of $$(".field.invalid", form)) f.classList.remove("invalid");
}

/** Shows an error under its field: the page's message and the package's (naming the argument). */
function showError(form, { name, message, detail }) {
    const field = $(`[data-field="${name}"]`, form) || $(".actions", form);
    const input = form.elements[name];
    const id = `${form.id}-${name}-err`;
    const p = h("p", { class: "err", id, role: "alert", "data-for": name }, message,
        detail ? h("span", { class: "detail" }, detail) : null);
    field.classList.add("invalid");
    field.append(p);
    if (input && input.setAttribute) {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", id);
    }
}

/** Shows the errors of a Reader; true when there were any. */
function reportErrors(reader, out) {
    if (reader.errors.length === 0) return false;
    for (const e of reader.errors) showError(reader.form, e);
    out.replaceChildren();
    const first = reader.form.elements[reader.errors[0].name];
    if (submitting && first && first.focus && document.activeElement !== first) {
        first.focus({ preventScroll: true }); // on a submit only: not while one types elsewhere
    }
    return true;
}

/** The field an error of the package names ("plannedDays = ..."), from a map of argument → field. */
function fieldNamed(error, names) {
    for (const [arg, field] of Object.entries(names)) {
        if (new RegExp(`\\b${arg} = `).test(error.message)) return field;
    }
    return null;
}

// ====================================================================== audit time

/** The rule giving the CSISMS initial time on each basis (Appendix A and its notes). */
const BASIS_RULE = {
    "none": "isms-table",
    "isms-cert": "note-isms-cert",
    "isms-cert-here": "note-isms-cert-here",
    "combined": "note-combined",
};

const FIGURES = [
    ["min_reduced_days", "reduction", csisms.minReducedDays],
    ["min_onsite_days", "onsite", csisms.minOnsiteDays],
    ["surveillance_days", "surveillance-time", csisms.surveillanceDays],
    ["surveillance_cycle_min_days", "surveillance-cycle", csisms.surveillanceCycleMinDays],
    ["recert_min_days", "recert-time", csisms.recertMinDays],
];

function daysCell(d, k) {
    return h("td", { class: "num" }, value(d, k), " ", h("span", { class: "unit" }, t("days")));
}

function computeAudit() {
    const form = $("#audit-form");
    const out = $("#audit-out");
    clearErrors(form);
    const r = new Reader(form);
    const personnel = r.personnel("personnel");
    const basis = form.elements.basis.value;
    const planned = r.days("planned");
    const combined = r.days("combined");
    const sites = r.count("sites");
    if (reportErrors(r, out)) return;

    let steps;
    try {
        steps = csisms.justify(personnel, basis, { plannedDays: planned, combinedDays: combined, sites });
    } catch (e) {
        reportLibraryError(form, out, e, personnel, basis);
        return;
    }
    const isms = csisms.ismsAuditDays(personnel);
    const band = csisms.ismsBand(csisms.ismsBandIndex(personnel));
    const initial = csisms.initialAuditDays(isms, basis);
    const rows = [
        ["isms_days", isms, "isms-table"],
        ["initial_days", initial, BASIS_RULE[basis]],
        ...FIGURES.map(([k, rule, f]) => [k, f(initial), rule]),
    ];
    const figures = h("section", { class: "card", id: "audit-figures" },
        h("h2", {}, t("audit.figures")),
        h("p", { class: "lead" }, tn("audit.band", value(personnel, "personnel"), value(band.lower, "band-lower"), value(band.upper, "band-upper")),
            " ", cite(csisms.ruleClause("isms-table"))),
        h("table", { class: "figures" },
            h("tbody", {}, rows.map(([k, d, rule]) => h("tr", { "data-key": k },
                h("th", { scope: "row" }, t("fig." + k)), daysCell(d, "days"), h("td", { class: "clause" }, cite(csisms.ruleClause(rule))))))),
        roundingNote());

    const list = h("ol", { class: "steps" }, steps.map(stepItem));
    const justification = h("section", { class: "card", id: "audit-justify" },
        h("div", { class: "card-head" }, h("h2", {}, t("audit.justify")),
            h("div", { class: "tools" },
                h("button", { type: "button", class: "copy" }, t("copy")),
                h("button", { type: "button", class: "print" }, t("print")))),
        h("p", { class: "lead" }, t("audit.justify.head", personnel, t("basis." + basis))),
        list, roundingNote());
    $(".copy", justification).addEventListener("click", (ev) => copyText(ev.currentTarget, justificationText(justification)));
    $(".print", justification).addEventListener("click", () => window.print());
    out.replaceChildren(figures, justification);
}

function roundingNote() {
    return h("p", { class: "note" }, csisms.ruleText("rounding", lang), " ", cite(csisms.ruleClause("rounding")));
}

function stepItem(s) {
    const n = (v, k) => h("span", { class: "n", "data-k": k }, String(v));
    let calc;
    switch (s.rule) {
    case "isms-table": calc = tn("step.persons", n(s.input, "input"), n(s.result, "result")); break;
    case "reduction": calc = tn("step.reduction", n(s.input, "input"), n(s.result, "result"), n(s.input2, "input2")); break;
    case "combined-time": calc = tn("step.combined", n(s.input, "input"), n(s.input2, "input2"), n(s.result, "result")); break;
    case "sampling": calc = tn("step.sampling", n(s.input, "input"), n(s.result, "result")); break;
    default: calc = tn("step.days", n(s.input, "input"), n(s.result, "result"));
    }
    return h("li", { "data-rule": s.rule },
        h("div", { class: "rule" }, cite(csisms.ruleClause(s.rule)), " ", h("span", { class: "rule-text" }, csisms.ruleText(s.rule, lang))),
        h("div", { class: "calc" }, calc));
}

/** The justification as plain text, for a letter or an e-mail to the client. */
function justificationText(card) {
    const lines = [$("h2", card).textContent, $(".lead", card).textContent];
    $$(".steps > li", card).forEach((li, i) => {
        lines.push(`${i + 1}. [${$(".cite", li).textContent}] ${$(".rule-text", li).textContent}`);
        lines.push(`   ${$(".calc", li).textContent}`);
    });
    const note = $(".note", card);
    lines.push(`${note.firstChild.textContent.trim()} [${$(".cite", note).textContent}]`);
    return lines.join("\n") + "\n";
}

async function copyText(button, text) {
    try {
        await navigator.clipboard.writeText(text);
    } catch {
        const area = h("textarea", { class: "offscreen" });
        area.value = text;
        document.body.append(area);
        area.select();
        document.execCommand("copy");
        area.remove();
    }
    button.textContent = t("copied");
    setTimeout(() => { button.textContent = t("copy"); }, 1500);
}

/** An error of a whole computation, shown at the field it concerns. */
function reportLibraryError(form, out, e, personnel, basis) {
    const r = new Reader(form);
    const names = {
        personnel: "personnel", plannedDays: "planned", combinedDays: "combined", sites: "sites",
        decided: "reference", recertOf: "reference", operatingSince: "operatingSince",
    };
    if (e instanceof csisms.NotPermittedError) {
        // 4.5.1.1: the planned time is below the floor of a 30 % reduction.
        const floor = csisms.minReducedDays(csisms.auditDays(personnel, basis));
        r.fail("planned", [t("err.planned", floor), " ", cite(csisms.ruleClause("reduction"))], e);
    } else if (e instanceof csisms.CsismsRangeError) {
        r.fail("reference", t("err.range"), e);
    } else {
        r.fail(fieldNamed(e, names) || "personnel", t("err.other", e.message), null);
    }
    reportErrors(r, out);
}

// ====================================================================== programme

function cycleOf() {
    const checked = $('#programme-form input[name="cycle"]:checked');
    return checked ? checked.value : "initial";
}

let icsUrl = null;

function computeProgramme() {
    const form = $("#programme-form");
    const out = $("#programme-out");
    clearErrors(form);
    const r = new Reader(form);
    const personnel = r.personnel("personnel");
    const basis = form.elements.basis.value;
    const cycle = cycleOf();
    const reference = r.date("reference", true);
    const planned = r.days("planned");
    const combined = r.days("combined");
    const sites = r.count("sites");
    const operatingSince = r.date("operatingSince");
    const stage1Omitted = r.checked("stage1Omitted");
    if (reportErrors(r, out)) return;

    const options = {
        [cycle === "recert" ? "recertOf" : "decided"]: reference,
        plannedDays: planned, combinedDays: combined, sites, stage1Omitted, operatingSince,
    };
    let entries;
    try {
        entries = csisms.programme(personnel, basis, options);
    } catch (e) {
        reportLibraryError(form, out, e, personnel, basis);
        return;
    }
    const label = (k) => t(k);
    const now = new Date();
    const today = localToday(now);
    const ics = calendar(entries, reference, lang, label, now);
    if (icsUrl) URL.revokeObjectURL(icsUrl);
    icsUrl = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));

    const head = t(cycle === "recert" ? "prog.head.recert" : "prog.head.initial", personnel, reference);
    const picture = h("section", { class: "card", id: "programme-timeline" },
        h("div", { class: "card-head" }, h("h2", {}, t("prog.timeline")),
            h("div", { class: "tools" },
                h("a", { class: "button", id: "programme-ics", href: icsUrl, download: t("ics.file", reference) }, t("prog.ics")))),
        h("p", { class: "lead" }, head, " · ", t("basis." + basis)),
        timeline(entries, { label, reference, today }));
    picture.dataset.ics = "";

    const dateCell = (e, k) => (e[k] === null || e.rules[k] === null ? h("td", {}, dash())
        : h("td", { "data-k": k }, value(e[k], k), cite(csisms.ruleClause(e.rules[k]))));
    const daysOf = (e, k, rule) => (e.kind === "validity" || e.rules[rule] === null ? h("td", {}, dash())
        : h("td", { class: "num", "data-k": k }, value(e[k], k), " ", h("span", { class: "unit" }, t("days")), cite(csisms.ruleClause(e.rules[rule]))));
    const sampleCell = (e) => (e.rules.sample === null ? h("td", {}, dash())
        : h("td", { class: "num", "data-k": "sample" }, value(e.sample, "sample"), cite(csisms.ruleClause(e.rules.sample))));
    const row = (e) => h("tr", { "data-kind": e.kind },
        h("th", { scope: "row" }, t("kind." + e.kind),
            e.kind === "validity" ? h("small", {}, `${t("col.from")} / ${t("col.until")}`) : null),
        dateCell(e, "earliest"), dateCell(e, "last"),
        e.latest !== null && e.latest !== e.last ? dateCell(e, "latest") : h("td", {}, dash()),
        daysOf(e, "totalDays", "total"), daysOf(e, "onsiteDays", "onsite"), sampleCell(e));
    const columns = ["entry", "earliest", "last", "latest", "total", "onsite", "sample"];
    const table = h("section", { class: "card", id: "programme-table" },
        h("h2", {}, t("prog.table")),
        h("div", { class: "scroll" }, h("table", { class: "prog" },
            h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, t("col." + c))))),
            h("tbody", {}, entries.map(row)))));
    out.replaceChildren(picture, table);
}

/** The local calendar day of a Date as ISO text. */
function localToday(d) {
    const p = (n, w) => String(n).padStart(w, "0");
    return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1, 2)}-${p(d.getDate(), 2)}`;
}

// ====================================================================== verdict

/** The grounds' checkboxes: clause and text of each reason, from the library. */
function renderGrounds() {
    for (const [id, reasons] of [["suspension", csisms.SUSPENSION_GROUNDS], ["withdrawal", csisms.WITHDRAWAL_GROUNDS]]) {
        const box = $(`#verdict-grounds-${id}`);
        const checked = new Set($$("input:checked", box).map((i) => i.value));
        box.replaceChildren(...reasons.map((reason) => h("label", { class: "ground" },
            h("input", { type: "checkbox", name: "ground", value: reason, checked: checked.has(reason) }),
            cite(csisms.reasonClause(reason)), " ", h("span", {}, csisms.reasonText(reason, lang)))));
    }
}

function computeVerdict() {
    const form = $("#verdict-form");
    const out = $("#verdict-out");
    clearErrors(form);
    const r = new Reader(form);
    const facts = {
        today: r.date("today", true),
        validUntil: r.date("validUntil", true),
        suspendedOn: r.date("suspendedOn"),
        surveillanceLatest: r.date("surveillanceLatest"),
        correctionRequested: r.date("correctionRequested"),
        suspensionResolved: r.checked("suspensionResolved"),
        correctionDone: r.checked("correctionDone"),
        grounds: $$('input[name="ground"]:checked', form).map((i) => i.value),
    };
    if (reportErrors(r, out)) return;
    let v;
    try {
        v = csisms.evaluate(facts);
    } catch (e) {
        // The dates parse, so the facts as a whole are refused: a date after
        // the evaluation date, or after the last date the library accepts.
        const max = csisms.dateFormat(csisms.DATE_INPUT_MAX);
        let field = null;
        for (const k of ["today", "validUntil", "suspendedOn", "surveillanceLatest", "correctionRequested"]) {
            if (facts[k] !== null && csisms.dateDiffDays(max, facts[k]) > 0) field = field || k;
        }
        for (const k of ["suspendedOn", "correctionRequested"]) {
            if (facts[k] !== null && csisms.dateDiffDays(facts.today, facts[k]) > 0) field = field || k;
        }
        r.fail(field || "today", t("err.facts", field ? facts[field] : e.message), e);
        reportErrors(r, out);
        return;
    }
    const reasons = v.reasons.length === 0 ? h("p", { class: "none" }, t("none"))
        : h("ul", { class: "reasons" }, v.reasons.map((x) => h("li", { "data-reason": x },
            cite(csisms.reasonClause(x)), " ", h("span", { class: "text" }, csisms.reasonText(x, lang)))));
    const duties = v.duties.length === 0 ? h("p", { class: "none" }, t("none"))
        : h("ul", { class: "duties" }, v.duties.map((x) => h("li", { "data-duty": x },
            cite(csisms.dutyClause(x)), " ", h("span", { class: "text" }, csisms.dutyText(x, lang)))));
    const dates = h("dl", { class: "dates" },
        h("dt", {}, t("verdict.deadline")),
        h("dd", { "data-k": "deadline" }, v.deadline === null ? dash() : [value(v.deadline, "deadline"), cite(csisms.ruleClause("suspension-period"))]),
        h("dt", {}, t("verdict.nextReview"), h("small", {}, t("verdict.nextReview.h"))),
        h("dd", { "data-k": "nextReview" }, v.nextReview === null ? dash()
            : [value(v.nextReview, "nextReview"), ...reviewClauses(v, facts).map(cite)]));
    out.replaceChildren(h("section", { class: `card verdict action-${v.action}`, id: "verdict-result" },
        h("div", { class: "verdict-head" }, h("span", { class: "label" }, t("verdict.title")),
            h("strong", { class: "action", "data-action": v.action }, csisms.actionName(v.action, lang))),
        h("h3", {}, t("verdict.reasons")), reasons,
        h("h3", {}, t("verdict.duties")), duties,
        dates));
}

/**
 * The clauses of the limit the next review follows: it is the day after the
 * earliest limit not yet passed among the certificate's last valid day (8.2),
 * the suspension's deadline (7.1.2), the pending surveillance's last day
 * (5.1.2) and the correction's (7.2.1(7)); each compared with the library's dates.
 */
function reviewClauses(v, facts) {
    const limit = csisms.dateAddDays(v.nextReview, -1);
    const found = [];
    if (facts.validUntil === limit) found.push(csisms.ruleClause("validity"));
    if (v.deadline === limit) found.push(csisms.ruleClause("suspension-period"));
    if (facts.surveillanceLatest === limit) found.push(csisms.reasonClause("surveillance-overdue"));
    if (facts.correctionRequested !== null && !facts.correctionDone && csisms.correctionDue(facts.correctionRequested) === limit) {
        found.push(csisms.ruleClause("correction-period"));
    }
    return [...new Set(found)];
}

// ====================================================================== lookups

function computeScope(all = false) {
    const form = $("#scope-form");
    const out = $("#scope-out");
    clearErrors(form);
    const r = new Reader(form);
    const q = r.text("query");
    let entries;
    let intro = null;
    if (all) {
        entries = csisms.scopes();
    } else {
        if (q === "") r.fail("query", t("err.required"));
        if (reportErrors(r, out)) return;
        try {
            entries = [csisms.scopeLookup(q)];
        } catch (e) {
            if (e instanceof csisms.AmbiguousError) {
                entries = csisms.scopeUnder(q);
                intro = t("scope.ambiguous", q);
            } else if (e instanceof csisms.NotFoundError) {
                entries = [];
            } else if (e instanceof csisms.InvalidArgumentError) {
                try {
                    entries = csisms.scopeSearch(q); // not a code: a text to search
                } catch (e2) {
                    r.fail("query", t("err.scope", q), e2);
                    reportErrors(r, out);
                    return;
                }
            } else {
                throw e;
            }
        }
    }
    if (entries.length === 0) {
        out.replaceChildren(h("p", { class: "none", id: "scope-result" }, t("scope.none")));
        return;
    }
    const level = (s) => t("level." + s.level) + (s.flags.includes("raise-for-major-projects") ? "*" : "");
    out.replaceChildren(h("div", { class: "scope-result", id: "scope-result" },
        h("p", { class: "lead" }, intro, intro ? " " : null, t("scope.count", entries.length)),
        h("table", { class: "scope" },
            h("thead", {}, h("tr", {}, ["code", "level", "name", "note"].map((c) => h("th", { scope: "col" }, t("col." + c))))),
            h("tbody", {}, entries.map((s) => h("tr", { "data-code": s.code, class: s.isMajorClass ? "major" : null },
                h("td", { class: "code" }, s.code),
                h("td", { class: "level", title: s.flags.includes("raise-for-major-projects") ? t("scope.raise") : null }, level(s)),
                h("td", { class: "name" }, s.name(lang),
                    s.parentCode ? h("small", { class: "parent" }, `${s.parentCode} ${csisms.scopeLookup(s.parentCode).name(lang)}`) : null),
                h("td", { class: "note" }, s.note(lang))))))));
}

function computeUscc() {
    const form = $("#uscc-form");
    const out = $("#uscc-out");
    clearErrors(form);
    const r = new Reader(form);
    const code = r.text("code");
    if (code === "") r.fail("code", t("err.required"));
    if (reportErrors(r, out)) return;
    const d = csisms.usccCheck(code);
    const chars = [...code];
    let verdict, ok = false;
    if (d.status === "OK") {
        verdict = t("uscc.valid");
        ok = true;
    } else if (d.status === "ECHECKSUM") {
        verdict = t("uscc.check", chars[17], d.expected);
    } else if (d.position > 0) {
        verdict = t("uscc.character", d.position, chars[d.position - 1]);
    } else {
        verdict = t("uscc.length", chars.length);
    }
    const list = "certificate"; // 8.1: the certificate's contents; item (1) names the code
    out.replaceChildren(h("div", { class: `uscc-result ${ok ? "ok" : "bad"}`, id: "uscc-result", "data-status": d.status },
        h("p", { class: "verdict-line" }, h("span", { class: "mark", "aria-hidden": "true" }, ok ? "✓" : "✗"), " ",
            h("code", {}, code), h("br"), h("span", { class: "text" }, verdict)),
        h("p", { class: "note" }, cite(`${csisms.checklistClause(list)}(1)`), " ", csisms.checklistItem(list, 1, lang))));
}

// ====================================================================== views and start

const VIEWS = ["audit", "programme", "verdict", "lookups"];
const computed = new Set(); // forms computed once: recomputed on input and on a language switch
let submitting = false; // a submit (not a live recomputation) is running
const COMPUTE = {
    "audit-form": computeAudit,
    "programme-form": computeProgramme,
    "verdict-form": computeVerdict,
    "scope-form": () => computeScope(false),
    "uscc-form": computeUscc,
};

function showView() {
    const name = VIEWS.includes(location.hash.slice(1)) ? location.hash.slice(1) : "audit";
    for (const s of $$("section.view")) s.hidden = s.dataset.view !== name;
    for (const a of $$(".tabs a")) {
        a.setAttribute("aria-selected", String(a.dataset.view === name));
        a.classList.toggle("active", a.dataset.view === name);
    }
}

function setLang(l) {
    lang = l;
    try {
        localStorage.setItem("csisms-lang", l);
    } catch {
        // no storage: the choice lasts this visit
    }
    applyStaticTexts();
    for (const id of computed) {
        if (id === "scope-all") computeScope(true);
        else COMPUTE[id]();
    }
}

async function wasmBytes() {
    const raw = Uint8Array.from(atob(WASM_BASE64), (c) => c.charCodeAt(0));
    if (!WASM_GZIP) return raw;
    const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function main() {
    lang = pickLang();
    csisms.initSync(await wasmBytes()); // the module, once for the page's life
    applyStaticTexts();
    for (const [id, compute] of Object.entries(COMPUTE)) {
        const form = document.getElementById(id);
        form.addEventListener("submit", (ev) => {
            ev.preventDefault();
            computed.add(id);
            if (id === "scope-form") computed.delete("scope-all");
            submitting = true;
            try {
                compute();
            } finally {
                submitting = false;
            }
        });
        const live = () => { if (computed.has(id)) compute(); };
        form.addEventListener("input", live);
        form.addEventListener("change", live);
    }
    $("#scope-all").addEventListener("click", () => {
        computed.delete("scope-form");
        computed.add("scope-all");
        computeScope(true);
    });
    for (const radio of $$('#programme-form input[name="cycle"]')) {
        radio.addEventListener("change", () => {
            $("#programme-reference-label").textContent = t(cycleOf() === "recert" ? "f.recertOf" : "f.decided");
        });
    }
    for (const b of $$(".lang button")) b.addEventListener("click", () => setLang(b.dataset.lang));
    window.addEventListener("hashchange", showView);
    $("#verdict-today").value = localToday(new Date());
    showView();
    $("#status").hidden = true;
    document.body.dataset.ready = "true";
}

main().catch((error) => {
    const status = $("#status");
    status.hidden = false;
    status.classList.add("fatal");
    status.textContent = (STRINGS[lang] || STRINGS.en).fatal.replace("{0}", error && error.message ? error.message : String(error));
    document.body.dataset.ready = "error";
    throw error;
});
