// SPDX-License-Identifier: MIT
// The programme as a timeline picture (inline SVG): one row per dated entry
// of csisms.programme(), a bar from its earliest to its last permitted day,
// a hatched extension to the latest day with postponement, the dates at the
// bars' ends and each row's clause. Date arithmetic is the library's.
import { dateAddDays, dateAddMonths, dateDiffDays, ruleClause } from "csisms";

const NS = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, ...children) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    for (const c of children) node.append(c);
    return node;
}

const firstOfMonth = (iso) => iso.slice(0, 8) + "01";

/** The clauses of an entry's dates, without repeats: "5.1.1" or "8.2". */
function clauses(e) {
    const rules = [e.rules.earliest, e.rules.last, e.rules.latest].filter((r) => r !== null);
    return [...new Set(rules.map(ruleClause))].join(", ");
}

/**
 * An <svg> of the entries. opts: { label(key), reference (ISO), today (ISO or null) }.
 */
export function timeline(entries, opts) {
    const { label, reference, today } = opts;
    const dated = entries.filter((e) => e.earliest !== null || e.last !== null);
    const all = [reference];
    for (const e of dated) for (const d of [e.earliest, e.last, e.latest]) if (d !== null) all.push(d);
    all.sort();
    const start = firstOfMonth(all[0]);
    const end = dateAddMonths(firstOfMonth(all[all.length - 1]), 1);
    const span = dateDiffDays(start, end);

    const W = 960, left = 180, right = 24, top = 40, rowH = 52;
    const plotW = W - left - right;
    const H = top + rowH * dated.length + 12;
    const x = (d) => left + (dateDiffDays(start, d) / span) * plotW;
    const xEnd = (d) => x(dateAddDays(d, 1)); // a bar covers its last day

    const svg = el("svg", {
        viewBox: `0 0 ${W} ${H}`, width: "100%", role: "img", class: "timeline",
        "aria-label": label("prog.timeline"),
    });
    const defs = el("defs");
    const hatch = el("pattern", { id: "tl-hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
        el("rect", { width: 6, height: 6, fill: "#fbe3b5" }),
        el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#d9962b", "stroke-width": 2.5 }));
    defs.append(hatch);
    svg.append(defs);

    // Axis: quarter lines, year lines and labels.
    const grid = el("g", { class: "tl-grid" });
    for (let m = start; dateDiffDays(m, end) >= 0; m = dateAddMonths(m, 1)) {
        const month = Number(m.slice(5, 7));
        const xm = x(m);
        if (month === 1) {
            grid.append(el("line", { x1: xm, y1: top - 14, x2: xm, y2: H - 6, class: "tl-year" }));
            grid.append(el("text", { x: xm + 4, y: top - 18, class: "tl-yearlabel" }, m.slice(0, 4)));
        } else if (month % 3 === 1) {
            grid.append(el("line", { x1: xm, y1: top - 6, x2: xm, y2: H - 6, class: "tl-quarter" }));
        } else {
            grid.append(el("line", { x1: xm, y1: top - 6, x2: xm, y2: top, class: "tl-quarter" }));
        }
    }
    grid.append(el("line", { x1: left, y1: top, x2: W - right, y2: top, class: "tl-axis" }));
    svg.append(grid);

    // The reference day and today.
    const marks = el("g");
    const xr = x(reference);
    marks.append(el("line", { x1: xr, y1: top - 6, x2: xr, y2: H - 6, class: "tl-ref" }));
    marks.append(el("text", { x: xr + 4, y: top - 4, class: "tl-reflabel" }, reference));
    if (today && dateDiffDays(start, today) >= 0 && dateDiffDays(today, end) >= 0) {
        const xt = x(today);
        marks.append(el("line", { x1: xt, y1: top, x2: xt, y2: H - 6, class: "tl-today" }));
        marks.append(el("text", { x: xt - 4, y: H - 8, class: "tl-todaylabel", "text-anchor": "end" }, `${label("prog.today")} ${today}`));
    }

    dated.forEach((e, i) => {
        const y = top + i * rowH + 14;
        const g = el("g", { class: `tl-row tl-${e.kind}`, "data-kind": e.kind });
        g.append(el("title", {}, `${label("kind." + e.kind)} [${clauses(e)}]`));
        g.append(el("text", { x: 6, y: y + 8, class: "tl-label" }, label("short." + e.kind)));
        g.append(el("text", { x: 6, y: y + 24, class: "tl-clause" }, `[${clauses(e)}]`));
        if (i % 2 === 1) svg.insertBefore(el("rect", { x: 0, y: y - 12, width: W, height: rowH, class: "tl-band" }), grid);
        if (e.earliest !== null && e.last !== null) {
            const x0 = x(e.earliest), x1 = xEnd(e.last);
            g.append(el("rect", { x: x0, y, width: Math.max(x1 - x0, 2), height: 14, rx: 3, class: "tl-bar" }));
            if (x1 - x0 >= 150) {
                g.append(el("text", { x: x0, y: y + 28, class: "tl-date", "text-anchor": "start" }, e.earliest));
                g.append(el("text", { x: x1, y: y + 28, class: "tl-date tl-date-last", "text-anchor": "end" }, e.last));
            } else { // a short window (6.1's 90 days): both dates in one label
                const atEnd = x1 > left + 180;
                g.append(el("text", { x: atEnd ? x1 : x0, y: y + 28, class: "tl-dates", "text-anchor": atEnd ? "end" : "start" },
                    el("tspan", { class: "tl-date" }, e.earliest), " – ", el("tspan", { class: "tl-date tl-date-last" }, e.last)));
            }
            if (e.latest !== null && e.latest !== e.last) {
                const x2 = xEnd(e.latest);
                g.append(el("rect", { x: x1, y, width: Math.max(x2 - x1, 2), height: 14, rx: 3, fill: "url(#tl-hatch)", class: "tl-postponed" }));
                g.append(el("text", { x: x2, y: y - 3, class: "tl-date tl-date-postponed", "text-anchor": "end" }, e.latest));
            }
        } else {
            const d = e.earliest ?? e.last;
            const xd = x(d);
            g.append(el("path", { d: `M${xd} ${y}l7 7l-7 7l-7 -7z`, class: "tl-bar" }));
            g.append(el("text", { x: xd + 10, y: y + 11, class: "tl-date" }, d));
        }
        marks.append(g);
    });
    svg.append(marks);
    return svg;
}
