// SPDX-License-Identifier: MIT
// The programme as an iCalendar file (RFC 5545), built in the page: the same
// events, UIDs and texts as `csisms programme ... --ics` (examples/
// cmd_programme.c), so a calendar that imported one recognises the other's
// events. Lines end in CRLF and are folded at 75 octets (3.1) without
// splitting a UTF-8 character; TEXT values are escaped (3.3.11).
import { dateAddDays, ruleClause, ruleText, version } from "csisms";

/** A TEXT value: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11). */
export function escapeText(value) {
    return String(value).replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n");
}

function octets(codePoint) {
    if (codePoint < 0x80) return 1;
    if (codePoint < 0x800) return 2;
    if (codePoint < 0x10000) return 3;
    return 4;
}

/** One content line, folded at 75 octets (RFC 5545 3.1), with its CRLF. */
export function foldLine(line) {
    let out = "";
    let used = 0;
    for (const ch of line) {
        const n = octets(ch.codePointAt(0));
        if (used + n > 75) {
            out += "\r\n ";
            used = 1;
        }
        out += ch;
        used += n;
    }
    return out + "\r\n";
}

const compact = (iso) => iso.replace(/-/g, "");

/** "20241022T093000Z" for a Date (UTC). */
export function stamp(date) {
    return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The calendar of a programme (entries of csisms.programme()).
 * reference: the cycle's reference date (ISO); lang: "zh" or "en";
 * label(key): the page's string for "kind.*" and "ics.*" keys; now: a Date.
 */
export function calendar(entries, reference, lang, label, now) {
    const dtstamp = stamp(now);
    const ref = compact(reference);
    let out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    out += `PRODID:-//libcsisms//csisms-web ${version()}//EN\r\nCALSCALE:GREGORIAN\r\n`;
    const event = (e, what, start, end, text, rule) => {
        out += "BEGIN:VEVENT\r\n";
        out += foldLine(`UID:${ref}-${e.kind}-${what}@csisms`);
        out += `DTSTAMP:${dtstamp}\r\n`;
        out += `DTSTART;VALUE=DATE:${compact(start)}\r\n`;
        out += `DTEND;VALUE=DATE:${compact(dateAddDays(end, 1))}\r\n`; // exclusive
        out += foldLine("SUMMARY:" + escapeText(`${label("kind." + e.kind)}: ${text} [${ruleClause(rule)}]`));
        out += foldLine("DESCRIPTION:" + escapeText(ruleText(rule, lang)));
        out += "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n";
    };
    for (const e of entries) {
        if (e.kind === "validity") {
            event(e, "expiry", e.last, e.last, label("ics.expiry"), e.rules.last);
            continue;
        }
        if (e.last === null) {
            if (e.earliest !== null) event(e, "earliest", e.earliest, e.earliest, label("ics.earliest"), e.rules.earliest);
            continue;
        }
        if (e.earliest !== null) event(e, "window", e.earliest, e.last, label("ics.window"), e.rules.last);
        event(e, "due", e.last, e.last, label("ics.due"), e.rules.last);
        if (e.latest !== null && e.latest !== e.last) {
            event(e, "postponed", e.latest, e.latest, label("ics.postponed"), e.rules.latest);
        }
    }
    return out + "END:VCALENDAR\r\n";
}
