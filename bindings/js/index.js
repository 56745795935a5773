// SPDX-License-Identifier: MIT
/**
 * JavaScript binding of libcsisms, the CSISMS certification rules as pure
 * functions (云服务信息安全管理体系认证实施规则, ISO/IEC 27017): audit time
 * (Appendix A), deadlines (5.1.1, 6.1, 7.1.2, 8.2, 9), certificate verdicts
 * (7), the rules' checklists, business-scope codes (Appendix B), USCC
 * validation and multi-site sampling. Clause numbers are the rules'.
 *
 * The library itself runs: csisms.wasm is lib/*.c compiled to WebAssembly
 * (`make wasm`), with no imports. This module loads it and converts values.
 *
 * Loading. In Node (>= 18) the module loads csisms.wasm from next to this
 * file (or from $CSISMS_WASM) when it is imported, so the functions are ready
 * at once. Elsewhere (a browser), call `await init()` (fetches csisms.wasm
 * next to this file), `await init(urlOrBytesOrResponse)`, or the synchronous
 * `initSync(bytes)` with the module's bytes (say, embedded in the page).
 *
 * Conventions, those of the Python binding (bindings/python) in camelCase:
 * - Durations are exact: a `Days` value holds an integer count of half
 *   person-days (`.halfDays`); `toString()`/`toJSON()` give the day string
 *   the csisms command prints ("8.5"). Durations you pass may be a `Days`, a
 *   number that is a multiple of 0.5 (8.5), or text read by the library's
 *   csisms_days_parse like the command reads it ("8.5", "3.4" -> 3.5 days).
 * - Dates you pass are text the library parses ("2024-10-22", "20241022",
 *   "2024年10月22日") or a `Date`, of which the UTC calendar fields are used
 *   (new Date("2024-10-22") is 2024-10-22 everywhere); where a date is
 *   optional, null or undefined means "no date". Dates returned are ISO
 *   strings "YYYY-MM-DD" (null: no date). No time zone is involved.
 * - Enumerations are strings: the csisms command's spellings ("isms-cert",
 *   "withdraw", "zh"/"en"); the frozen objects Basis, Action, Reason ... list
 *   them. Sets of bits (reasons, duties) are arrays of such strings.
 * - A negative status of the library throws the CsismsError subclass for that
 *   status; its message names the function, the arguments and their values.
 *   A value of the wrong JavaScript type throws TypeError; a value outside
 *   the C parameter's range throws InvalidArgumentError without calling the
 *   library.
 */

import * as N from "./native.js";

export {
    VERSION_STRING, VERSION_MAJOR, VERSION_MINOR, VERSION_PATCH, VERSION_NUMBER, REQUIRED_VERSION,
    Status, Lang, Basis, SurveillanceKind, ScopeFlag, Reason, Action, Duty, Checklist, Mode, Audit,
    Rule, Cycle, ProgrammeKind,
} from "./native.js";

/** Positive success status of csisms_recert_valid_until in C. */
export const INTERRUPTED = N.CONSTANTS.CSISMS_INTERRUPTED;
/** The last date evaluate() and evaluateBatch() accept, 9998-12-31 as YYYYMMDD. */
export const DATE_INPUT_MAX = N.CONSTANTS.CSISMS_DATE_INPUT_MAX;
/** Bits of evaluateBatch()'s flags column. */
export const BATCH_RESOLVED = N.CONSTANTS.CSISMS_BATCH_RESOLVED;
export const BATCH_CORRECTED = N.CONSTANTS.CSISMS_BATCH_CORRECTED;
/** Every integer constant of csisms.h by its C name. */
export const C_CONSTANTS = N.CONSTANTS;

// ====================================================================== loading

const IS_NODE = typeof process === "object" && process !== null &&
    typeof process.versions === "object" && process.versions !== null &&
    typeof process.versions.node === "string";

let ex = null; // the instance's exports
let dv = null; // DataView over its memory
let scratchBase = 0;
let scratchSize = 0;
let top = 0; // next free byte of the scratch area during a call
let loadError = null;
const strings = new Map(); // static C strings by address: they live forever

function link(module) {
    const imports = WebAssembly.Module.imports(module);
    if (imports.length) {
        throw new Error(`csisms: the WebAssembly module imports ${imports.map((i) => `${i.module}.${i.name}`).join(", ")}; csisms.wasm imports nothing`);
    }
    const instance = new WebAssembly.Instance(module, {});
    const e = instance.exports;
    const missing = Object.keys(N.FUNCTIONS).concat(["csisms_wasm_scratch", "csisms_wasm_scratch_size"])
        .filter((name) => typeof e[name] !== "function");
    if (!(e.memory instanceof WebAssembly.Memory)) missing.push("memory");
    if (missing.length) throw new Error(`csisms: the WebAssembly module lacks ${missing.join(", ")}: is it csisms.wasm ${N.VERSION_STRING}?`);
    if (!e.csisms_check_version(N.REQUIRED_VERSION)) {
        throw new Error(`csisms: the WebAssembly module is libcsisms ${readString(e, e.csisms_version())}, this binding needs ${N.VERSION_STRING} or a later ${N.VERSION_MAJOR}.x`);
    }
    ex = e;
    dv = new DataView(e.memory.buffer);
    scratchBase = e.csisms_wasm_scratch() >>> 0;
    scratchSize = e.csisms_wasm_scratch_size() >>> 0;
    strings.clear();
    scopeCache = null;
    loadError = null;
}

function readString(e, address) {
    const bytes = new Uint8Array(e.memory.buffer);
    let end = address;
    while (bytes[end] !== 0) end++;
    return new TextDecoder().decode(bytes.subarray(address, end));
}

function isBytes(source) {
    return source instanceof ArrayBuffer || ArrayBuffer.isView(source) ||
        (typeof SharedArrayBuffer !== "undefined" && source instanceof SharedArrayBuffer);
}

function toBytes(source) {
    if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    return new Uint8Array(source);
}

function defaultLocation() {
    if (IS_NODE && process.env && process.env.CSISMS_WASM) return process.env.CSISMS_WASM;
    return new URL("./csisms.wasm", import.meta.url);
}

async function compileFrom(source) {
    if (source instanceof WebAssembly.Module) return source;
    if (isBytes(source)) return WebAssembly.compile(toBytes(source));
    if (typeof Response !== "undefined" && source instanceof Response) {
        if (!source.ok) throw new Error(`csisms: fetching ${source.url || "csisms.wasm"} failed: HTTP ${source.status}`);
        return WebAssembly.compile(await source.arrayBuffer());
    }
    if (source !== null && typeof source === "object" && typeof source.then === "function") {
        return compileFrom(await source);
    }
    if (typeof source === "string" || source instanceof URL) {
        const text = String(source);
        const isFile = source instanceof URL ? source.protocol === "file:" : !/^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith("file:");
        if (IS_NODE && isFile) {
            const fs = await import("node:fs/promises");
            const path = source instanceof URL || text.startsWith("file:") ? new URL(text) : text;
            return WebAssembly.compile(await fs.readFile(path));
        }
        return compileFrom(await fetch(source));
    }
    throw new TypeError(`init: source must be a URL, a path, bytes (ArrayBuffer, typed array), a Response or a WebAssembly.Module, not ${show(source)} (${typeName(source)})`);
}

/**
 * Loads csisms.wasm. Without an argument: $CSISMS_WASM or csisms.wasm next to
 * this file (Node reads the file, a browser fetches it). Otherwise a URL or
 * path, the module's bytes, a fetch Response (or a promise of one), or a
 * compiled WebAssembly.Module. Called again with a source, it replaces the
 * module; without one, it does nothing once a module is loaded.
 */
export async function init(source) {
    if (source === undefined) {
        if (ex) return;
        source = defaultLocation();
    }
    link(await compileFrom(source));
}

/** Loads csisms.wasm synchronously from its bytes or a compiled WebAssembly.Module. */
export function initSync(source) {
    if (source instanceof WebAssembly.Module) return link(source);
    if (!isBytes(source)) {
        throw new TypeError(`initSync: source must be bytes (ArrayBuffer, typed array) or a WebAssembly.Module, not ${show(source)} (${typeName(source)})`);
    }
    link(new WebAssembly.Module(toBytes(source)));
}

/** Whether a module is loaded (the functions may be called). */
export function isInitialized() {
    return ex !== null;
}

/** The size of csisms.wasm's scratch area in bytes (0 before loading). */
export function scratchBytes() {
    return scratchSize;
}

if (IS_NODE) {
    try {
        await init();
    } catch (error) {
        loadError = error;
    }
}

/** The exports, and a fresh scratch frame for one call. */
function lib() {
    if (ex === null) {
        const why = loadError ? `csisms.wasm could not be loaded (${loadError.message})` : "csisms.wasm is not loaded";
        throw new Error(`csisms: ${why}: call await init(source) or initSync(bytes) first`, loadError ? { cause: loadError } : undefined);
    }
    if (dv.buffer !== ex.memory.buffer) dv = new DataView(ex.memory.buffer);
    top = scratchBase;
    return ex;
}

function alloc(size, fn) {
    const at = (top + 7) & ~7;
    if (at + size > scratchBase + scratchSize) {
        throw new InvalidArgumentError(N.CONSTANTS.CSISMS_EINVAL, fn, `the arguments need more than the ${scratchSize} bytes of csisms.wasm's scratch memory`);
    }
    top = at + size;
    new Uint8Array(ex.memory.buffer, at, size).fill(0);
    return at;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A NUL-terminated UTF-8 copy of a string argument in the scratch area. */
function textIn(value, name, fn) {
    if (typeof value !== "string") throw wrongType(fn, name, "a string", value);
    if (value.includes("\0")) throw invalid(fn, `${name} contains a NUL character`);
    if (LONE_SURROGATE.test(value)) throw invalid(fn, `${name} is not encodable as UTF-8 (a lone surrogate)`);
    const room = value.length * 3 + 1;
    const at = alloc(room, fn);
    const { written } = encoder.encodeInto(value, new Uint8Array(ex.memory.buffer, at, room - 1));
    new Uint8Array(ex.memory.buffer)[at + written] = 0;
    top = at + written + 1;
    return at;
}

/** A static C string (NULL: null). */
function textOut(address) {
    address >>>= 0;
    if (address === 0) return null;
    let s = strings.get(address);
    if (s === undefined) {
        const bytes = new Uint8Array(ex.memory.buffer);
        let end = address;
        while (bytes[end] !== 0) end++;
        s = decoder.decode(bytes.subarray(address, end));
        strings.set(address, s);
    }
    return s;
}

function textOrThrow(address, fn, detail) {
    const s = textOut(address);
    if (s === null) throw invalid(fn, detail);
    return s;
}

const i32 = (at) => dv.getInt32(at, true);
const u32 = (at) => dv.getUint32(at, true);

// ====================================================================== errors

function show(value) {
    let text;
    if (typeof value === "string") text = JSON.stringify(value);
    else if (typeof value === "bigint") text = `${value}n`;
    else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? "Invalid Date" : `Date(${value.toISOString()})`;
    else if (Array.isArray(value)) text = `[${value.map(show).join(", ")}]`;
    else if (value instanceof Days) text = `Days(${value})`;
    else if (typeof value === "symbol") text = value.toString();
    else if (value !== null && typeof value === "object") {
        try {
            text = JSON.stringify(value) ?? String(value);
        } catch {
            text = Object.prototype.toString.call(value);
        }
    } else text = String(value);
    return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

function typeName(value) {
    if (value === null) return "null";
    if (Array.isArray(value)) return "array";
    if (typeof value === "object") return value.constructor && value.constructor.name ? value.constructor.name : "object";
    return typeof value;
}

function wrongType(fn, name, what, value) {
    return new TypeError(`${fn}: ${name} must be ${what}, not ${show(value)} (${typeName(value)})`);
}

const STATUS_NAMES = new Map(Object.entries(N.VALUES.Status.values).map(([k, v]) => [v, k]));
const FALLBACK_TEXT = {
    EINVAL: "invalid argument", ERANGE: "result out of range", ENOTFOUND: "not found",
    EAMBIGUOUS: "ambiguous", ENOTPERMITTED: "not permitted", ENOSPC: "buffer too small",
    EVERSION: "unsupported struct size", ECHECKSUM: "check character wrong",
};

function statusText(status) {
    if (ex !== null && Number.isInteger(status) && status >= -(2 ** 31) && status < 2 ** 31) return textOut(ex.csisms_strerror(status));
    return FALLBACK_TEXT[STATUS_NAMES.get(status)] ?? `unknown status ${show(status)}`;
}

/**
 * A libcsisms function failed. `status` is the negative C status, `code` its
 * name ("EINVAL"), `function` the binding's function ("auditDays"),
 * `cFunction` the C function ("csisms_audit_days") when the library answered,
 * `detail` what was wrong (the arguments and their values).
 */
export class CsismsError extends Error {
    constructor(status, fn = null, detail = null, cFunction = null) {
        let message = statusText(status);
        if (detail) message = `${message}: ${detail}`;
        if (fn) message = `${fn}: ${message}`;
        super(message);
        this.name = new.target.name;
        this.status = status;
        this.code = STATUS_NAMES.get(status) ?? null;
        this.function = fn;
        this.cFunction = cFunction;
        this.detail = detail;
    }
}

/** CSISMS_EINVAL: an argument outside its domain. */
export class InvalidArgumentError extends CsismsError {}
/** CSISMS_ERANGE: the result is not representable (beyond 9999-12-31, overflow). */
export class CsismsRangeError extends CsismsError {}
/** CSISMS_ENOTFOUND: no such entry. */
export class NotFoundError extends CsismsError {}
/** CSISMS_EAMBIGUOUS: the code names more than one entry. */
export class AmbiguousError extends CsismsError {}
/** CSISMS_ENOTPERMITTED: the rules forbid it. */
export class NotPermittedError extends CsismsError {}
/** CSISMS_ENOSPC: a buffer was too small. */
export class NoSpaceError extends CsismsError {}
/** CSISMS_EVERSION: a structure size is not supported. */
export class VersionError extends CsismsError {}
/** CSISMS_ECHECKSUM: well-formed, but the check character is wrong. */
export class ChecksumError extends CsismsError {}

/** The error class of each negative status, by its name. */
export const ERRORS = Object.freeze({
    EINVAL: InvalidArgumentError,
    ERANGE: CsismsRangeError,
    ENOTFOUND: NotFoundError,
    EAMBIGUOUS: AmbiguousError,
    ENOTPERMITTED: NotPermittedError,
    ENOSPC: NoSpaceError,
    EVERSION: VersionError,
    ECHECKSUM: ChecksumError,
});

/**
 * The error for a negative status (a number, or its name "EINVAL"): the
 * ERRORS class, else CsismsError ("unknown status N").
 */
export function errorFor(status, fn = null, detail = null, cFunction = null) {
    if (typeof status === "string" && N.VALUES.Status.values[status] !== undefined) status = N.VALUES.Status.values[status];
    if (typeof status !== "number" || !Number.isInteger(status)) {
        throw wrongType("errorFor", "status", "an integer or a Status name", status);
    }
    const cls = ERRORS[STATUS_NAMES.get(status)] ?? CsismsError;
    return new cls(status, fn, detail, cFunction);
}

function invalid(fn, detail) {
    return new InvalidArgumentError(N.CONSTANTS.CSISMS_EINVAL, fn, detail);
}

/** "name = value, ..." of the arguments a failed call had. */
function describe(args) {
    return Object.entries(args).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} = ${show(v)}`).join(", ");
}

/** Throws for a negative status, naming the arguments; returns the status. */
function check(status, fn, cfn, args) {
    if (status < 0) throw errorFor(status, fn, describe(args) || null, cfn);
    return status;
}

// ====================================================================== conversions

const INT32 = [-(2 ** 31), 2 ** 31 - 1];
const UINT32 = [0, 2 ** 32 - 1];
const INT64 = [-(2n ** 63n), 2n ** 63n - 1n];

function integer(value, name, fn, [lo, hi]) {
    if (typeof value === "bigint") {
        if (value < BigInt(lo) || value > BigInt(hi)) throw invalid(fn, `${name} = ${value} is outside ${lo} … ${hi}`);
        return Number(value);
    }
    if (typeof value !== "number") throw wrongType(fn, name, "an integer", value);
    if (!Number.isInteger(value)) throw invalid(fn, `${name} = ${show(value)} is not an integer`);
    if (value < lo || value > hi) throw invalid(fn, `${name} = ${value} is outside ${lo} … ${hi}`);
    return value;
}

const u32In = (v, name, fn) => integer(v, name, fn, UINT32);
const i32In = (v, name, fn) => integer(v, name, fn, INT32);

function int64In(value, name, fn) {
    let big;
    if (typeof value === "bigint") big = value;
    else if (typeof value === "number") {
        if (!Number.isInteger(value)) throw invalid(fn, `${name} = ${show(value)} is not an integer`);
        big = BigInt(value);
    } else throw wrongType(fn, name, "an integer", value);
    if (big < INT64[0] || big > INT64[1]) throw invalid(fn, `${name} = ${big} is outside int64_t`);
    return big;
}

function enumIn(value, name, fn, group) {
    const values = N.VALUES[group].values;
    if (typeof value === "string" && Object.prototype.hasOwnProperty.call(values, value)) return values[value];
    const known = Object.keys(values).map((k) => JSON.stringify(k)).join(", ");
    const a = /^[AEIOU]/.test(group) ? "an" : "a";
    if (typeof value !== "string") throw wrongType(fn, name, `${a} ${group} (${known})`, value);
    throw invalid(fn, `${name} = ${show(value)} is not ${a} ${group} (${known})`);
}

function enumOut(value, group) {
    for (const [k, v] of Object.entries(N.VALUES[group].values)) if (v === value) return k;
    throw new Error(`csisms: the library returned ${value}, no ${group} this binding knows`);
}

/** A mask from an array of spellings of a bit group, or a number (the C mask). */
function bitsIn(value, name, fn, group) {
    if (typeof value === "number" || typeof value === "bigint") return u32In(value, name, fn) >>> 0;
    if (value === null || typeof value !== "object" || typeof value[Symbol.iterator] !== "function" || typeof value === "string") {
        throw wrongType(fn, name, `an array of ${group} names or a bit mask`, value);
    }
    let mask = 0;
    for (const bit of value) mask |= enumIn(bit, name, fn, group);
    return mask >>> 0;
}

function bitsOut(mask, group) {
    const out = [];
    for (const [k, v] of Object.entries(N.VALUES[group].values)) if ((mask & v) >>> 0 === v) out.push(k);
    return out;
}

function oneBit(value, name, fn, group) {
    return enumIn(value, name, fn, group) >>> 0;
}

function langIn(lang, fn) {
    return enumIn(lang, "lang", fn, "Lang");
}

function flagIn(value, name, fn) {
    if (typeof value !== "boolean") throw wrongType(fn, name, "a boolean (true or false)", value);
    return value ? 1 : 0;
}

function iterableIn(value, name, fn, what) {
    if (value === null || value === undefined || typeof value === "string" || typeof value[Symbol.iterator] !== "function") {
        throw wrongType(fn, name, what, value);
    }
    return Array.from(value);
}

// ---------------------------------------------------------------- durations

/**
 * An exact duration: an integer count of half person-days. `toString()` and
 * `toJSON()` give days as the csisms command prints them ("8.5", "5", "0.5").
 */
export class Days {
    constructor(halfDays) {
        if (!Number.isInteger(halfDays) || halfDays < INT32[0] || halfDays > INT32[1]) {
            throw new TypeError(`Days: halfDays must be an integer within int32_t, not ${show(halfDays)} (${typeName(halfDays)})`);
        }
        this.halfDays = halfDays;
        Object.freeze(this);
    }

    /** Days from a count of half days (17 -> 8.5 days). */
    static fromHalfDays(halfDays) {
        return new Days(halfDays);
    }

    /** The number of days (8.5): exact, a multiple of 0.5. */
    get days() {
        return this.halfDays / 2;
    }

    valueOf() {
        return this.halfDays / 2;
    }

    toString() {
        const h = this.halfDays;
        const whole = Math.trunc(h / 2);
        const sign = h < 0 && whole === 0 ? "-" : "";
        return `${sign}${whole}${h % 2 !== 0 ? ".5" : ""}`;
    }

    toJSON() {
        return this.toString();
    }

    /** Whether another Days is the same duration. */
    equals(other) {
        return other instanceof Days && other.halfDays === this.halfDays;
    }
}

function parseDays(text, name, fn) {
    const p = textIn(text, name, fn);
    const out = alloc(4, fn);
    const status = ex.csisms_days_parse(p, out);
    if (status === N.CONSTANTS.CSISMS_ERANGE) throw new CsismsRangeError(status, fn, `${name} = ${show(text)} exceeds INT32_MAX halfdays`, "csisms_days_parse");
    if (status < 0) throw invalid(fn, `${name} = ${show(text)} is not a number of days (ASCII digits, optionally '.' and digits, like 8.5)`);
    return i32(out);
}

/** Half days of a duration argument (Days, a multiple of 0.5, or text). */
function halfDaysIn(value, name, fn) {
    if (value instanceof Days) return value.halfDays;
    if (typeof value === "string") {
        const saved = top;
        const h = parseDays(value, name, fn);
        top = saved;
        return h;
    }
    if (typeof value === "number") {
        if (!Number.isFinite(value)) throw invalid(fn, `${name} = ${value} is not a number of days`);
        const doubled = value * 2;
        if (!Number.isInteger(doubled)) throw invalid(fn, `${name} = ${value} is not a multiple of 0.5 day (see roundUpHalf)`);
        if (doubled < INT32[0] || doubled > INT32[1]) throw invalid(fn, `${name} = ${value} days is outside int32_t halfdays`);
        return doubled;
    }
    if (typeof value === "bigint") return integer(value * 2n, `${name} in halfdays`, fn, INT32);
    throw wrongType(fn, name, "a Days, a number of days (a multiple of 0.5) or text like \"8.5\"", value);
}

/** A duration argument as Days: `toDays("3.4")` is 3.5 days, `toDays(8.5)` 8.5 days. */
export function toDays(value) {
    const fn = "toDays";
    if (value instanceof Days) return value;
    if (typeof value === "string") lib();
    return new Days(halfDaysIn(value, "days", fn));
}

// ---------------------------------------------------------------- dates

const pad = (n, w) => String(n).padStart(w, "0");

function isoOf(yyyymmdd) {
    if (yyyymmdd === 0) return null;
    return `${pad(Math.trunc(yyyymmdd / 10000), 4)}-${pad(Math.trunc(yyyymmdd / 100) % 100, 2)}-${pad(yyyymmdd % 100, 2)}`;
}

function dateOfDate(value, name, fn) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw invalid(fn, `${name} is an invalid Date`);
    const y = value.getUTCFullYear();
    if (y < 1 || y > 9999) throw invalid(fn, `${name} = ${show(value)} is outside 0001-01-01 … 9999-12-31`);
    return y * 10000 + (value.getUTCMonth() + 1) * 100 + value.getUTCDate();
}

/** A csisms_date (YYYYMMDD) from text the library parses, a Date, or (optional) null. */
function dateIn(value, name, fn, optional = false) {
    if ((value === null || value === undefined) && optional) return 0;
    if (value instanceof Date) return dateOfDate(value, name, fn);
    if (typeof value === "string") {
        const saved = top;
        const p = textIn(value, name, fn);
        const out = alloc(4, fn);
        const status = ex.csisms_date_parse(p, out);
        top = saved;
        if (status === N.CONSTANTS.CSISMS_ERANGE) {
            throw new CsismsRangeError(status, fn, `${name} = ${show(value)} is before 0001-01-01`, "csisms_date_parse");
        }
        if (status < 0) throw invalid(fn, `${name} = ${show(value)} is not a date (YYYY-MM-DD, YYYYMMDD or YYYY年M月D日)`);
        return i32(out);
    }
    throw wrongType(fn, name, optional ? "a date (\"YYYY-MM-DD\" or a Date), null or undefined" : "a date (\"YYYY-MM-DD\" or a Date)", value);
}

// ====================================================================== version

/** The running library's version, e.g. "1.1.0" (csisms_version). */
export function version() {
    return textOut(lib().csisms_version());
}

/**
 * Whether the running library has `required`'s major version and is at least
 * `required`, a VERSION_NUMBER-style value 0xMMmmpp (csisms_check_version).
 */
export function checkVersion(required = N.VERSION_NUMBER) {
    const fn = "checkVersion";
    return lib().csisms_check_version(i32In(required, "required", fn)) !== 0;
}

/** English text for a status code (a number or a Status name) (csisms_strerror). */
export function strerror(status) {
    const fn = "strerror";
    const e = lib();
    const n = typeof status === "string" ? enumIn(status, "status", fn, "Status") : i32In(status, "status", fn);
    return textOut(e.csisms_strerror(n));
}

// ====================================================================== audit time

/** Calls a function whose last argument is an int32_t out-parameter of halfdays (after lib()). */
function halfDaysCall(fn, cfn, args, ...cargs) {
    const out = alloc(4, fn);
    check(ex[cfn](...cargs, out), fn, cfn, args);
    return new Days(i32(out));
}

/** Appendix A: ISMS initial audit time (stage 1 + stage 2) for `personnel` (≥ 1) persons: 120 -> 12 days. */
export function ismsAuditDays(personnel) {
    const fn = "ismsAuditDays";
    lib();
    return halfDaysCall(fn, "csisms_isms_audit_days", { personnel }, u32In(personnel, "personnel", fn));
}

/** Appendix A: band `index` (0-based) of the table, extrapolated past 10700 persons. NotFoundError past the last. */
export function ismsBand(index) {
    const fn = "ismsBand";
    const e = lib();
    const i = u32In(index, "index", fn);
    const out = alloc(12, fn);
    check(e.csisms_isms_band(i, out, out + 4, out + 8), fn, "csisms_isms_band", { index });
    return Object.freeze({ index: i, lower: u32(out), upper: u32(out + 4), days: new Days(i32(out + 8)) });
}

/** Every band of the table, in order. */
export function ismsBands() {
    const bands = [];
    for (;;) {
        try {
            bands.push(ismsBand(bands.length));
        } catch (error) {
            if (error instanceof NotFoundError) return bands;
            throw error;
        }
    }
}

/** Appendix A notes: CSISMS initial audit time from an ISMS time and a Basis: (12, "combined") -> 5 days. */
export function initialAuditDays(ismsDays, basis = "none") {
    const fn = "initialAuditDays";
    lib();
    const h = halfDaysIn(ismsDays, "ismsDays", fn);
    return halfDaysCall(fn, "csisms_initial_audit_days", { ismsDays, basis }, h, enumIn(basis, "basis", fn, "Basis"));
}

/** Appendix A: CSISMS initial audit time for a head count and a Basis: (120, "isms-cert") -> 7 days. */
export function auditDays(personnel, basis = "none") {
    const fn = "auditDays";
    lib();
    return halfDaysCall(fn, "csisms_audit_days", { personnel, basis }, u32In(personnel, "personnel", fn), enumIn(basis, "basis", fn, "Basis"));
}

function derived(fn, cfn, name, value) {
    lib();
    return halfDaysCall(fn, cfn, { [name]: value }, halfDaysIn(value, name, fn));
}

/** 4.5.1.1: the least audit time after a reduction (⌈70 %⌉ to 0.5 day). */
export function minReducedDays(days) {
    return derived("minReducedDays", "csisms_min_reduced_days", "days", days);
}

/** 4.5.1.2: the least on-site time (⌈80 %⌉ to 0.5 day). */
export function minOnsiteDays(days) {
    return derived("minOnsiteDays", "csisms_min_onsite_days", "days", days);
}

/** 5.2: each annual surveillance audit (⌈1/3⌉ of the initial time, to 0.5 day). */
export function surveillanceDays(initialDays) {
    return derived("surveillanceDays", "csisms_surveillance_days", "initialDays", initialDays);
}

/** 5.2: the least total of a cycle's surveillance audits (⌈2/3⌉, to 0.5 day). */
export function surveillanceCycleMinDays(initialDays) {
    return derived("surveillanceCycleMinDays", "csisms_surveillance_cycle_min_days", "initialDays", initialDays);
}

/** 6.2: the least recertification time without stage 1 (⌈2/3⌉, to 0.5 day). */
export function recertMinDays(initialDays) {
    return derived("recertMinDays", "csisms_recert_min_days", "initialDays", initialDays);
}

/**
 * 10.2: the least time of a combined audit of ≥ 2 systems (⌈80 % of the sum⌉):
 * [12, "8.5"] -> 16.5 days. A part given as text is rounded up to 0.5 day
 * first, like `csisms combined`: ["3.3", "4.1"] is 80 % of 3.5 + 4.5, 6.5 days.
 */
export function combinedMinDays(parts) {
    const fn = "combinedMinDays";
    const e = lib();
    const items = iterableIn(parts, "parts", fn, "an array of durations");
    const values = items.map((p, i) => halfDaysIn(p, `parts[${i}]`, fn));
    const array = alloc(4 * Math.max(values.length, 1), fn);
    values.forEach((v, i) => dv.setInt32(array + 4 * i, v, true));
    const out = alloc(4, fn);
    check(e.csisms_combined_min_days(array, values.length, out), fn, "csisms_combined_min_days", { parts: items });
    return new Days(i32(out));
}

/**
 * The rules' rounding: the least multiple of 0.5 day ≥ a value. Either text
 * read by csisms_days_parse (roundUpHalf("4.8") -> 5 days), an integer (a
 * number or a BigInt), or an integer numerator and denominator
 * (roundUpHalf(24, 5) -> 5 days). A fractional number is refused
 * (TypeError): it is not exact; pass text or a numerator and a denominator.
 */
export function roundUpHalf(value, denominator) {
    const fn = "roundUpHalf";
    lib();
    if (denominator !== undefined) {
        const num = int64In(value, "numerator", fn);
        const den = int64In(denominator, "denominator", fn);
        return halfDaysCall(fn, "csisms_round_up_half", { numerator: value, denominator }, num, den);
    }
    if (value instanceof Days) return value;
    if (typeof value === "string") return new Days(parseDays(value, "value", fn));
    if ((typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint") {
        return halfDaysCall(fn, "csisms_round_up_half", { value }, int64In(value, "value", fn), 1n);
    }
    throw wrongType(fn, "value", "exact (an integer, a BigInt, text like \"4.8\", or a numerator and a denominator)", value);
}

/** Days as the library writes them: "8.5", "5", "0.5", "0" (csisms_days_format). */
export function daysFormat(days) {
    const fn = "daysFormat";
    const e = lib();
    const h = halfDaysIn(days, "days", fn);
    const buf = alloc(16, fn);
    const n = check(e.csisms_days_format(h, buf, 16), fn, "csisms_days_format", { days });
    return decoder.decode(new Uint8Array(ex.memory.buffer, buf, n));
}

/**
 * Parses a plain decimal number of days ("8.5", "007"), rounded up to 0.5 day
 * ("3.4" -> 3.5). InvalidArgumentError for other text, CsismsRangeError above
 * INT32_MAX halfdays.
 */
export function daysParse(text) {
    const fn = "daysParse";
    const e = lib();
    const out = alloc(4, fn);
    check(e.csisms_days_parse(textIn(text, "text", fn), out), fn, "csisms_days_parse", { text });
    return new Days(i32(out));
}

// ====================================================================== dates

/** Calls a function whose last argument is a csisms_date out-parameter (after lib()): [ISO date, status]. */
function dateCall(fn, cfn, args, ...cargs) {
    const out = alloc(4, fn);
    const status = check(ex[cfn](...cargs, out), fn, cfn, args);
    return [isoOf(i32(out)), status];
}

/**
 * Whether an integer YYYYMMDD (or a Date's UTC day) is a real day in
 * 0001-01-01 … 9999-12-31 (csisms_date_valid): 20240229 true, 20230229 false.
 */
export function dateValid(value) {
    const fn = "dateValid";
    const e = lib();
    let number;
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) return false;
        const y = value.getUTCFullYear();
        if (y < 1 || y > 9999) return false;
        number = y * 10000 + (value.getUTCMonth() + 1) * 100 + value.getUTCDate();
    } else if (typeof value === "number" || typeof value === "bigint") {
        if (typeof value === "number" && !Number.isInteger(value)) return false;
        if (value < INT32[0] || value > INT32[1]) return false;
        number = Number(value);
    } else throw wrongType(fn, "date", "an integer YYYYMMDD or a Date", value);
    return e.csisms_date_valid(number) === 1;
}

/**
 * Parses "YYYY-MM-DD", "YYYYMMDD" or "YYYY年M月D日", nothing else, to an ISO
 * date. InvalidArgumentError for other text or an impossible date,
 * CsismsRangeError for a real day of year 0000.
 */
export function dateParse(text) {
    const fn = "dateParse";
    lib();
    return dateCall(fn, "csisms_date_parse", { text }, textIn(text, "text", fn))[0];
}

/**
 * Parses a date as spreadsheets export it: after removing surrounding blanks,
 * "YYYY-M-D", "YYYY/M/D", "YYYY.M.D" or any form of dateParse (since 1.1.0).
 */
export function dateParseLenient(text) {
    const fn = "dateParseLenient";
    lib();
    return dateCall(fn, "csisms_date_parse_lenient", { text }, textIn(text, "text", fn))[0];
}

/** A date as "YYYY-MM-DD" (csisms_date_format): a date argument or an integer YYYYMMDD. */
export function dateFormat(value) {
    const fn = "dateFormat";
    const e = lib();
    const d = typeof value === "number" || typeof value === "bigint" ? i32In(value, "date", fn) : dateIn(value, "date", fn);
    const buf = alloc(16, fn);
    const n = check(e.csisms_date_format(d, buf, 16), fn, "csisms_date_format", { date: value });
    return decoder.decode(new Uint8Array(ex.memory.buffer, buf, n));
}

/** `date` + `days` calendar days (negative allowed). CsismsRangeError outside 0001-01-01 … 9999-12-31. */
export function dateAddDays(date, days) {
    const fn = "dateAddDays";
    lib();
    return dateCall(fn, "csisms_date_add_days", { date, days }, dateIn(date, "date", fn), i32In(days, "days", fn))[0];
}

/** The corresponding day `months` later, clamped to the month's last day (2024-01-31 + 1 -> 2024-02-29). */
export function dateAddMonths(date, months) {
    const fn = "dateAddMonths";
    lib();
    return dateCall(fn, "csisms_date_add_months", { date, months }, dateIn(date, "date", fn), i32In(months, "months", fn))[0];
}

/** `end` − `start` in days (csisms_date_diff_days). */
export function dateDiffDays(start, end) {
    const fn = "dateDiffDays";
    const e = lib();
    const a = dateIn(start, "start", fn);
    const b = dateIn(end, "end", fn);
    const out = alloc(4, fn);
    check(e.csisms_date_diff_days(a, b, out), fn, "csisms_date_diff_days", { start, end });
    return i32(out);
}

/** 5.1.1: due date (reference + 12 months) and latest day of a surveillance audit of a SurveillanceKind. */
export function surveillanceDue(kind, reference) {
    const fn = "surveillanceDue";
    const e = lib();
    const k = enumIn(kind, "kind", fn, "SurveillanceKind");
    const r = dateIn(reference, "reference", fn);
    const out = alloc(8, fn);
    check(e.csisms_surveillance_due(k, r, out, out + 4), fn, "csisms_surveillance_due", { kind, reference });
    return Object.freeze({ due: isoOf(i32(out)), latest: isoOf(i32(out + 4)) });
}

/** 8.2: the last valid day of a three-year certificate (2024-10-22 -> 2027-10-21). */
export function certificateValidUntil(validFrom) {
    const fn = "certificateValidUntil";
    lib();
    return dateCall(fn, "csisms_certificate_valid_until", { validFrom }, dateIn(validFrom, "validFrom", fn))[0];
}

/**
 * 6.3, 8.1(6), 8.2: the last valid day after recertification; `interrupted`
 * when the decision came after `oldValidUntil`.
 */
export function recertValidUntil(oldValidUntil, decision) {
    const fn = "recertValidUntil";
    lib();
    const [validUntil, status] = dateCall(fn, "csisms_recert_valid_until", { oldValidUntil, decision },
        dateIn(oldValidUntil, "oldValidUntil", fn), dateIn(decision, "decision", fn));
    return Object.freeze({ validUntil, interrupted: status === INTERRUPTED });
}

/** 6.1: the first day of the recertification window (validUntil − 90 days). */
export function recertWindowOpens(validUntil) {
    const fn = "recertWindowOpens";
    lib();
    return dateCall(fn, "csisms_recert_window_opens", { validUntil }, dateIn(validUntil, "validUntil", fn))[0];
}

/** 7.1.2: the last day a suspension may last (+ 6 months). */
export function suspensionEndsBy(suspendedOn) {
    const fn = "suspensionEndsBy";
    lib();
    return dateCall(fn, "csisms_suspension_ends_by", { suspendedOn }, dateIn(suspendedOn, "suspendedOn", fn))[0];
}

/** 9: the last day to answer an appeal (+ 60 calendar days). */
export function appealDue(received) {
    const fn = "appealDue";
    lib();
    return dateCall(fn, "csisms_appeal_due", { received }, dateIn(received, "received", fn))[0];
}

/** 7.2.1(7): the last day to make a requested correction (+ 6 months). */
export function correctionDue(requested) {
    const fn = "correctionDue";
    lib();
    return dateCall(fn, "csisms_correction_due", { requested }, dateIn(requested, "requested", fn))[0];
}

// ====================================================================== scope codes

/** An entry of Appendix B (a major class or a row), read once from the library. */
export class Scope {
    constructor(fields) {
        /** Position in table order (0 … scopeCount() − 1). */
        this.index = fields.index;
        /** Canonical code: "01", "03.01", "04.13.01". */
        this.code = fields.code;
        /** 1, 2, 3 (一, 二, 三); 0 for a major class. */
        this.level = fields.level;
        /** ScopeFlag names. */
        this.flags = Object.freeze(fields.flags);
        /** Code of the major class; null for a major class. */
        this.parentCode = fields.parentCode;
        this.nameZh = fields.nameZh;
        this.nameEn = fields.nameEn;
        /** The rules' note (备注), "" when none. */
        this.noteZh = fields.noteZh;
        this.noteEn = fields.noteEn;
        Object.freeze(this);
    }

    /** The name in `lang` ("zh" or "en"). */
    name(lang = "zh") {
        return langIn(lang, "Scope.name") === N.CONSTANTS.CSISMS_LANG_EN ? this.nameEn : this.nameZh;
    }

    /** The note in `lang`, "" when none. */
    note(lang = "zh") {
        return langIn(lang, "Scope.note") === N.CONSTANTS.CSISMS_LANG_EN ? this.noteEn : this.noteZh;
    }

    /** True for the four major classes 01 … 04. */
    get isMajorClass() {
        return this.parentCode === null;
    }

    /** The major class this entry belongs to; null for a major class. */
    get parent() {
        return this.parentCode === null ? null : scopeLookup(this.parentCode);
    }

    toJSON() {
        const { index, code, level, flags, parentCode, nameZh, nameEn, noteZh, noteEn } = this;
        return { index, code, level, flags, parentCode, nameZh, nameEn, noteZh, noteEn };
    }
}

let scopeCache = null; // { byHandle: Map(address -> index), list: Scope[] }

function scopeTable() {
    if (scopeCache !== null) return scopeCache;
    const e = ex;
    const count = e.csisms_scope_count() >>> 0;
    const byHandle = new Map();
    const handles = [];
    for (let i = 0; i < count; i++) {
        const h = e.csisms_scope_at(i) >>> 0;
        byHandle.set(h, i);
        handles.push(h);
    }
    const list = handles.map((h, index) => {
        const fn = "csisms_scope_level";
        const level = e.csisms_scope_level(h);
        if (level < 0) throw errorFor(level, fn);
        const parent = e.csisms_scope_parent(h) >>> 0;
        const text = (cfn, lang) => textOrThrow(e[cfn](h, lang), cfn, "NULL");
        return new Scope({
            index,
            code: textOrThrow(e.csisms_scope_code(h), "csisms_scope_code", "NULL"),
            level,
            flags: bitsOut(e.csisms_scope_flags(h) >>> 0, "ScopeFlag"),
            parentCode: parent === 0 ? null : textOrThrow(e.csisms_scope_code(parent), "csisms_scope_code", "NULL"),
            nameZh: text("csisms_scope_name", 0),
            nameEn: text("csisms_scope_name", 1),
            noteZh: text("csisms_scope_note", 0),
            noteEn: text("csisms_scope_note", 1),
        });
    });
    scopeCache = { byHandle, list };
    return scopeCache;
}

/**
 * Looks a business-scope code up as people type it ("３．１" = "03.01").
 * InvalidArgumentError: malformed; AmbiguousError: a prefix of several
 * entries ("04.13"); NotFoundError: well-formed but absent ("05").
 */
export function scopeLookup(code) {
    const fn = "scopeLookup";
    const e = lib();
    const p = textIn(code, "code", fn);
    const out = alloc(4, fn);
    check(e.csisms_scope_lookup(p, out), fn, "csisms_scope_lookup", { code });
    const table = scopeTable();
    return table.list[table.byHandle.get(u32(out))];
}

/** Number of Appendix B entries (35: 4 major classes + 31 rows). */
export function scopeCount() {
    return lib().csisms_scope_count() >>> 0;
}

/** The entry at `index` in table order. NotFoundError past the end. */
export function scopeAt(index) {
    const fn = "scopeAt";
    lib();
    if (!((typeof index === "number" && Number.isInteger(index)) || typeof index === "bigint")) {
        throw wrongType(fn, "index", "an integer", index);
    }
    const list = scopeTable().list;
    const i = Number(index);
    if (i < 0 || i >= list.length) throw new NotFoundError(N.CONSTANTS.CSISMS_ENOTFOUND, fn, `index = ${show(index)} is out of range`);
    return list[i];
}

/** Every entry, in table order. */
export function scopes() {
    lib();
    return scopeTable().list.slice();
}

/**
 * Index of the first entry at or after `start` whose name or note, in either
 * language, contains `text` (ASCII case-insensitive); null when none.
 * InvalidArgumentError for empty text.
 */
export function scopeFind(text, start = 0) {
    const fn = "scopeFind";
    const e = lib();
    const p = textIn(text, "text", fn);
    if (!((typeof start === "number" && Number.isInteger(start)) || typeof start === "bigint")) {
        throw wrongType(fn, "start", "an integer", start);
    }
    if (start < 0) throw invalid(fn, `start = ${show(start)} is negative`);
    if (start > UINT32[1]) return null;
    const out = alloc(4, fn);
    const status = e.csisms_scope_find(p, Number(start), out);
    if (status === N.CONSTANTS.CSISMS_ENOTFOUND) return null;
    check(status, fn, "csisms_scope_find", { text, start });
    return u32(out);
}

/** Every entry whose name or note contains `text` ("银行", "finance"). */
export function scopeSearch(text) {
    const found = [];
    let i = scopeFind(text);
    while (i !== null) {
        found.push(scopeAt(i));
        i = scopeFind(text, i + 1);
    }
    return found;
}

/** Appendix B: every entry whose code is `code` or begins with its components ("04.13" -> 04.13.01 …). */
export function scopeUnder(code) {
    const fn = "scopeUnder";
    const e = lib();
    const p = textIn(code, "code", fn);
    const out = alloc(4, fn);
    const list = scopeTable().list;
    const found = [];
    let start = 0;
    for (;;) {
        const status = e.csisms_scope_under(p, start, out);
        if (status === N.CONSTANTS.CSISMS_ENOTFOUND) return found;
        check(status, fn, "csisms_scope_under", { code });
        const i = u32(out);
        found.push(list[i]);
        start = i + 1;
    }
}

// ====================================================================== verdicts

const F = N.STRUCTS.facts.fields;
const V = N.STRUCTS.verdict.fields;

function verdictOf(action, reasons, duties, deadline, nextReview) {
    return Object.freeze({
        action: enumOut(action, "Action"),
        reasons: Object.freeze(bitsOut(reasons >>> 0, "Reason")),
        duties: Object.freeze(bitsOut(duties >>> 0, "Duty")),
        deadline: isoOf(deadline),
        nextReview: isoOf(nextReview),
    });
}

/**
 * 5.1.2, 7, 8.2: what to do with a certificate on `today`. `facts`:
 * { today, validUntil, suspendedOn?, surveillanceLatest?, correctionRequested?,
 *   suspensionResolved?: boolean, correctionDone?: boolean, grounds?: Reason[] | mask }.
 * Returns { action, reasons, duties, deadline, nextReview }.
 * InvalidArgumentError: invalid or out-of-order dates, dates after 9998-12-31,
 * grounds beyond the 7.1.1/7.2.1 bits. TypeError: a flag that is not a boolean.
 */
export function evaluate(facts) {
    const fn = "evaluate";
    const e = lib();
    if (facts === null || typeof facts !== "object") throw wrongType(fn, "facts", "an object", facts);
    const {
        today, validUntil, suspendedOn = null, surveillanceLatest = null, correctionRequested = null,
        suspensionResolved = false, correctionDone = false, grounds = 0,
    } = facts;
    const f = alloc(N.STRUCTS.facts.size, fn);
    const v = alloc(N.STRUCTS.verdict.size, fn);
    const set = (field, value) => dv.setInt32(f + F[field][0], value, true);
    // Each argument converted before anything is written: dateIn uses the scratch area above f and v.
    const values = {
        grounds: bitsIn(grounds, "grounds", fn, "Reason") | 0,
        today: dateIn(today, "today", fn),
        valid_until: dateIn(validUntil, "validUntil", fn),
        suspended_on: dateIn(suspendedOn, "suspendedOn", fn, true),
        surveillance_latest: dateIn(surveillanceLatest, "surveillanceLatest", fn, true),
        correction_requested: dateIn(correctionRequested, "correctionRequested", fn, true),
        suspension_resolved: flagIn(suspensionResolved, "suspensionResolved", fn),
        correction_done: flagIn(correctionDone, "correctionDone", fn),
    };
    set("size", N.STRUCTS.facts.size);
    for (const [k, value] of Object.entries(values)) set(k, value);
    dv.setUint32(v + V.size[0], N.STRUCTS.verdict.size, true);
    const status = e.csisms_evaluate(f, v);
    if (status < 0) {
        throw evaluateError(status, fn, FACT_FIELDS.map((k) => values[k]),
            [today, validUntil, suspendedOn, surveillanceLatest, correctionRequested, grounds], "");
    }
    return verdictOf(i32(v + V.action[0]), u32(v + V.reasons[0]), u32(v + V.duties[0]),
        i32(v + V.deadline[0]), i32(v + V.next_review[0]));
}

/** csisms_facts' fields in evaluateBatch()'s column order (then flags). */
const FACT_FIELDS = ["today", "valid_until", "suspended_on", "surveillance_latest", "correction_requested", "grounds"];
const GROUNDS = (N.MASKS.SUSPENSION_GROUNDS | N.MASKS.WITHDRAWAL_GROUNDS) >>> 0;

/**
 * The error of a failed csisms_evaluate: which fact is wrong and why, as
 * `csisms evaluate` says it (csisms_evaluate's checks in its order: each
 * date, then their order, then the grounds; for a batch row, the flags).
 * `cells`: the values given to C (YYYYMMDD, the grounds mask[, flags]);
 * `given`: what the caller passed, for the message; `row`: "" or "[i]".
 */
function evaluateError(status, fn, cells, given, row) {
    const cfn = row ? "csisms_evaluate_batch" : "csisms_evaluate";
    const invalid = (detail) => new InvalidArgumentError(N.CONSTANTS.CSISMS_EINVAL, fn, detail, cfn);
    if (status === N.CONSTANTS.CSISMS_EINVAL) {
        const name = (k) => `${BATCH_INPUTS[k][0]}${row} = ${show(given[k])}`;
        for (let k = 0; k < 5; k++) {
            const d = cells[k];
            if (d > N.CONSTANTS.CSISMS_DATE_INPUT_MAX) return invalid(`${name(k)} must be at most 9998-12-31 (DATE_INPUT_MAX)`);
            if ((d !== 0 || k < 2) && !ex.csisms_date_valid(d)) return invalid(`${name(k)} is not a valid date`);
        }
        for (const k of [2, 4]) {
            if (cells[k] > cells[0]) return invalid(`${name(k)} is after today (${show(given[0])})`);
        }
        const other = (cells[5] & ~GROUNDS) >>> 0;
        if (other) return invalid(`${name(5)} has bits that are no ground of 7.1.1 or 7.2.1: 0x${other.toString(16)}`);
        const flags = cells[6] ?? 0;
        if (flags & ~(N.CONSTANTS.CSISMS_BATCH_RESOLVED | N.CONSTANTS.CSISMS_BATCH_CORRECTED)) {
            return invalid(`${name(6)} has bits other than BATCH_RESOLVED and BATCH_CORRECTED`);
        }
    }
    return errorFor(status, fn, describe(Object.fromEntries(given.map((g, k) => [`${BATCH_INPUTS[k][0]}${row}`, g]))) || null, cfn);
}

const BATCH_INPUTS = [
    // [JS name, kind]
    ["today", "date"], ["validUntil", "date"], ["suspendedOn", "date"], ["surveillanceLatest", "date"],
    ["correctionRequested", "date"], ["grounds", "u32"], ["flags", "u8"],
];

function columnIn(value, name, fn) {
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return value;
    return iterableIn(value, name, fn, "a typed array or an array");
}

function cellIn(column, i, name, kind, fn) {
    const v = column[i];
    const where = `${name}[${i}]`;
    if (kind === "date") {
        if (typeof v === "number" || typeof v === "bigint") return integer(v, where, fn, INT32);
        return dateIn(v, where, fn, true);
    }
    if (kind === "u32") {
        if (typeof v === "number" || typeof v === "bigint") return integer(v, where, fn, UINT32);
        if (v === null || v === undefined) return 0;
        return bitsIn(v, where, fn, "Reason");
    }
    if (v === null || v === undefined) return 0;
    return integer(v, where, fn, [0, 255]);
}

/**
 * evaluate() for many certificates in one call per chunk (csisms_evaluate_batch).
 * `columns`: { today, validUntil, suspendedOn?, surveillanceLatest?,
 * correctionRequested?, grounds?, flags? }, each a typed array or an array
 * with one element per certificate: dates as YYYYMMDD integers (0: none) or
 * date arguments (null: none), grounds as masks or arrays of Reason names,
 * flags as BATCH_RESOLVED | BATCH_CORRECTED. A missing column is 0 in every
 * row. A bad row does not stop the others: see `status`.
 * Returns { errors, length, status, action, reasons, duties, deadline,
 * nextReview, verdict(i) }: Int32Array/Uint32Array columns as in C (dates
 * YYYYMMDD, 0 for none; a row whose status is not 0 has 0 elsewhere).
 */
export function evaluateBatch(columns) {
    const fn = "evaluateBatch";
    const e = lib();
    if (columns === null || typeof columns !== "object") throw wrongType(fn, "columns", "an object of columns", columns);
    const given = [];
    let n = null;
    for (const [name, kind] of BATCH_INPUTS) {
        const value = columns[name];
        if (value === undefined || value === null) {
            if (name === "today" || name === "validUntil") throw new TypeError(`${fn}: ${name} is required`);
            given.push(null);
            continue;
        }
        const column = columnIn(value, name, fn);
        if (n === null) n = column.length;
        else if (column.length !== n) throw invalid(fn, `${name} has ${column.length} rows, today has ${n}`);
        given.push([column, kind, name]);
    }
    const out = {
        status: new Int32Array(n), action: new Int32Array(n), reasons: new Uint32Array(n),
        duties: new Uint32Array(n), deadline: new Int32Array(n), nextReview: new Int32Array(n),
    };
    // Bytes per row in the scratch area: 5 date columns, grounds, 6 outputs (4 each), flags (1).
    // 4 KiB stay free for a date given as text while its cell is converted.
    const perRow = 4 * 12 + 1;
    const chunk = Math.max(1, Math.floor((scratchSize - 4096) / perRow));
    let errors = 0;
    for (let startRow = 0; startRow < n; startRow += chunk) {
        top = scratchBase;
        const rows = Math.min(chunk, n - startRow);
        const ptrs = given.map((g) => {
            if (g === null) return 0;
            const [column, kind, name] = g;
            const p = alloc(kind === "u8" ? rows : 4 * rows, fn);
            const saved = top;
            for (let r = 0; r < rows; r++) {
                const cell = cellIn(column, startRow + r, name, kind, fn);
                top = saved;
                if (kind === "u8") dv.setUint8(p + r, cell);
                else dv.setUint32(p + 4 * r, cell >>> 0, true);
            }
            return p;
        });
        const outs = Object.keys(out).map(() => alloc(4 * rows, fn));
        const bad = e.csisms_evaluate_batch(rows, ...ptrs, ...outs);
        if (bad < 0) throw errorFor(bad, fn, `${rows} rows`, "csisms_evaluate_batch");
        errors += bad;
        Object.values(out).forEach((array, k) => {
            const source = new (array.constructor)(ex.memory.buffer, outs[k], rows);
            array.set(source, startRow);
        });
    }
    return Object.freeze({
        errors,
        length: n,
        ...out,
        /** Row i as evaluate() returns it; the row's own error (InvalidArgumentError) otherwise. */
        verdict(i) {
            const s = out.status[i];
            if (s === undefined) throw new NotFoundError(N.CONSTANTS.CSISMS_ENOTFOUND, "verdict", `row ${show(i)} of ${n}`);
            if (s < 0) {
                // The row's cells again, from the caller's columns, to name the one at fault.
                lib();
                const cells = given.map((g) => (g === null ? 0 : cellIn(g[0], i, g[2], g[1], fn)));
                const shown = given.map((g) => (g === null ? undefined : g[0][i]));
                throw evaluateError(s, fn, cells, shown, `[${i}]`);
            }
            return verdictOf(out.action[i], out.reasons[i], out.duties[i], out.deadline[i], out.nextReview[i]);
        },
    });
}

/** The clause of one Reason: "7.2.1(5)", "5.1.2", "8.2". */
export function reasonClause(reason) {
    const fn = "reasonClause";
    const e = lib();
    return textOrThrow(e.csisms_reason_clause(oneBit(reason, "reason", fn, "Reason")), fn, `reason = ${show(reason)}`);
}

/** The text of one Reason (the rules' words in Chinese, or English). */
export function reasonText(reason, lang = "zh") {
    const fn = "reasonText";
    const e = lib();
    return textOrThrow(e.csisms_reason_text(oneBit(reason, "reason", fn, "Reason"), langIn(lang, fn)), fn, `reason = ${show(reason)}, lang = ${show(lang)}`);
}

/** The name of an Action ("撤销" / "Withdraw"). */
export function actionName(action, lang = "zh") {
    const fn = "actionName";
    const e = lib();
    return textOrThrow(e.csisms_action_name(enumIn(action, "action", fn, "Action"), langIn(lang, fn)), fn, `action = ${show(action)}, lang = ${show(lang)}`);
}

/** The text of one Duty. */
export function dutyText(duty, lang = "zh") {
    const fn = "dutyText";
    const e = lib();
    return textOrThrow(e.csisms_duty_text(oneBit(duty, "duty", fn, "Duty"), langIn(lang, fn)), fn, `duty = ${show(duty)}, lang = ${show(lang)}`);
}

/** The clause of one Duty: "7.1.2", "7.3" or "7.4". */
export function dutyClause(duty) {
    const fn = "dutyClause";
    const e = lib();
    return textOrThrow(e.csisms_duty_clause(oneBit(duty, "duty", fn, "Duty")), fn, `duty = ${show(duty)}`);
}

// ====================================================================== checklists

function listIn(list, fn) {
    return enumIn(list, "list", fn, "Checklist");
}

/** Number of items of a Checklist. */
export function checklistSize(list) {
    const fn = "checklistSize";
    const e = lib();
    return check(e.csisms_checklist_size(listIn(list, fn)), fn, "csisms_checklist_size", { list });
}

/** Evaluation Mode of a Checklist: "all" or "any". */
export function checklistMode(list) {
    const fn = "checklistMode";
    const e = lib();
    return enumOut(check(e.csisms_checklist_mode(listIn(list, fn)), fn, "csisms_checklist_mode", { list }), "Mode");
}

/** The clause a Checklist comes from ("4.1.2"). */
export function checklistClause(list) {
    const fn = "checklistClause";
    const e = lib();
    return textOrThrow(e.csisms_checklist_clause(listIn(list, fn)), fn, `list = ${show(list)}`);
}

/** The title of a Checklist. */
export function checklistTitle(list, lang = "zh") {
    const fn = "checklistTitle";
    const e = lib();
    return textOrThrow(e.csisms_checklist_title(listIn(list, fn), langIn(lang, fn)), fn, `list = ${show(list)}, lang = ${show(lang)}`);
}

/** The text of item `item` (1-based, the rules' "(n)") of a Checklist. */
export function checklistItem(list, item, lang = "zh") {
    const fn = "checklistItem";
    const e = lib();
    const l = listIn(list, fn);
    const i = i32In(item, "item", fn);
    return textOrThrow(e.csisms_checklist_item(l, i, langIn(lang, fn)), fn, `list = ${show(list)}, item = ${show(item)}, lang = ${show(lang)}`);
}

/** Every item text of a Checklist, item (1) first. */
export function checklistItems(list, lang = "zh") {
    const n = checklistSize(list);
    const out = [];
    for (let i = 1; i <= n; i++) out.push(checklistItem(list, i, lang));
    return out;
}

function itemNumbers(mask) {
    const out = [];
    for (let i = 0; i < 32; i++) if ((mask >>> i) & 1) out.push(i + 1);
    return out;
}

/** The 1-based numbers of the items that may be declared not applicable ([] when none). */
export function checklistConditional(list) {
    const fn = "checklistConditional";
    const e = lib();
    const l = listIn(list, fn);
    return itemNumbers(e.csisms_checklist_conditional(l) >>> 0);
}

/** The bit mask of 1-based item numbers: itemsMask([1, 3]) -> 0b101. */
export function itemsMask(items) {
    const fn = "itemsMask";
    let mask = 0;
    for (const item of iterableIn(items, "items", fn, "an array of item numbers")) {
        mask |= 1 << (integer(item, "item", fn, [1, 32]) - 1);
    }
    return mask >>> 0;
}

function itemsIn(value, name, fn) {
    if (typeof value === "number" || typeof value === "bigint") return u32In(value, name, fn) >>> 0;
    const items = iterableIn(value, name, fn, "a bit mask or an array of item numbers");
    let mask = 0;
    items.forEach((item, k) => {
        mask |= 1 << (integer(item, `${name}[${k}]`, fn, [1, 32]) - 1);
    });
    return mask >>> 0;
}

/**
 * Evaluates a Checklist against the items `present` and those declared
 * `notApplicable`, each an array of 1-based item numbers or a bit mask
 * (item (i) is bit i − 1). Returns { met, missing: mask, missingItems }.
 * InvalidArgumentError: items beyond the list, not-applicable items that
 * are not conditional.
 */
export function checklistEval(list, present = [], notApplicable = []) {
    const fn = "checklistEval";
    const e = lib();
    const l = listIn(list, fn);
    const p = itemsIn(present, "present", fn);
    const na = itemsIn(notApplicable, "notApplicable", fn);
    const out = alloc(4, fn);
    const status = check(e.csisms_checklist_eval(l, p, na, out), fn, "csisms_checklist_eval", { list, present, notApplicable });
    const missing = u32(out);
    return Object.freeze({ met: status === 1, missing, missingItems: Object.freeze(itemNumbers(missing)) });
}

// ====================================================================== identifiers, sampling

/**
 * 8.1(1): checks an 18-character unified social credit code (GB 32100-2015).
 * ChecksumError: well-formed but the 18th character is wrong;
 * InvalidArgumentError: wrong length or a character outside the set.
 */
export function usccValidate(code) {
    const fn = "usccValidate";
    const e = lib();
    check(e.csisms_uscc_validate(textIn(code, "code", fn)), fn, "csisms_uscc_validate", { code });
}

/** Whether usccValidate accepts `code`. */
export function usccIsValid(code) {
    try {
        usccValidate(code);
    } catch (error) {
        if (error instanceof ChecksumError || error instanceof InvalidArgumentError) return false;
        throw error;
    }
    return true;
}

/**
 * 8.1(1): diagnoses a unified social credit code without throwing for a bad
 * one: { status: "OK" | "EINVAL" | "ECHECKSUM", position (1-based, of the
 * first bad character; 18: the check character; 0: none), expected (the
 * check character the first 17 call for, or null) }.
 */
export function usccCheck(code) {
    const fn = "usccCheck";
    const e = lib();
    const p = textIn(code, "code", fn);
    const out = alloc(12, fn);
    check(e.csisms_uscc_check(p, out, out + 4, out + 8), fn, "csisms_uscc_check", { code });
    const ch = dv.getUint8(out + 8);
    return Object.freeze({ status: enumOut(i32(out), "Status"), position: u32(out + 4), expected: ch === 0 ? null : String.fromCharCode(ch) });
}

/**
 * Minimum number of sites to sample besides the central function (IAF MD 1)
 * for ≥ 1 sites and an Audit kind: (25, "surveillance") -> 3.
 */
export function sampleSites(sites, audit = "initial") {
    const fn = "sampleSites";
    const e = lib();
    const s = u32In(sites, "sites", fn);
    const a = enumIn(audit, "audit", fn, "Audit");
    const out = alloc(4, fn);
    check(e.csisms_sample_sites(s, a, out), fn, "csisms_sample_sites", { sites, audit });
    return u32(out);
}

// ====================================================================== rules as data

/** The clause of a Rule ("4.5.1.2", "Appendix A note (1)"). */
export function ruleClause(rule) {
    const fn = "ruleClause";
    const e = lib();
    return textOrThrow(e.csisms_rule_clause(enumIn(rule, "rule", fn, "Rule")), fn, `rule = ${show(rule)}`);
}

/** What a Rule requires: the rules' words (Chinese) or their translation. */
export function ruleText(rule, lang = "zh") {
    const fn = "ruleText";
    const e = lib();
    return textOrThrow(e.csisms_rule_text(enumIn(rule, "rule", fn, "Rule"), langIn(lang, fn)), fn, `rule = ${show(rule)}, lang = ${show(lang)}`);
}

/** The number of rules. */
export function ruleCount() {
    return lib().csisms_rule_count() >>> 0;
}

/** The Rule at `index`, in ascending identifier order. NotFoundError past the end. */
export function ruleAt(index) {
    const fn = "ruleAt";
    const e = lib();
    const i = u32In(index, "index", fn);
    return enumOut(check(e.csisms_rule_at(i), fn, "csisms_rule_at", { index }), "Rule");
}

/** Every Rule, in ascending identifier order. */
export function rules() {
    const out = [];
    const n = ruleCount();
    for (let i = 0; i < n; i++) out.push(ruleAt(i));
    return out;
}

/** The Rule of one Reason ("expired" -> "r-expired"). */
export function reasonRule(reason) {
    const fn = "reasonRule";
    const e = lib();
    return enumOut(check(e.csisms_reason_rule(oneBit(reason, "reason", fn, "Reason")), fn, "csisms_reason_rule", { reason }), "Rule");
}

/** The Reason of a clause ("7.2.1(5)" -> "suspension-expired"). NotFoundError when none. */
export function reasonOfClause(clause) {
    const fn = "reasonOfClause";
    const e = lib();
    const p = textIn(clause, "clause", fn);
    const out = alloc(4, fn);
    check(e.csisms_reason_of_clause(p, out), fn, "csisms_reason_of_clause", { clause });
    return enumOut(u32(out), "Reason");
}

/** The index of the Appendix A band `personnel` falls in (120 -> 6). */
export function ismsBandIndex(personnel) {
    const fn = "ismsBandIndex";
    const e = lib();
    const p = u32In(personnel, "personnel", fn);
    const out = alloc(4, fn);
    check(e.csisms_isms_band_index(p, out), fn, "csisms_isms_band_index", { personnel });
    return u32(out);
}

// ====================================================================== the audit programme

const C = N.STRUCTS.client;

function clientIn(fn, personnel, basis, options, dated) {
    if (options === null || typeof options !== "object") throw wrongType(fn, "options", "an object", options);
    const {
        decided = null, recertOf = null, combinedDays = null, plannedDays = null, sites = 0,
        stage1Omitted = false, operatingSince = null,
    } = options;
    if (dated && (decided === null) === (recertOf === null)) throw invalid(fn, "give exactly one of decided and recertOf");
    const values = {
        size: C.size,
        personnel: u32In(personnel, "personnel", fn),
        basis: enumIn(basis, "basis", fn, "Basis"),
        cycle: N.VALUES.Cycle.values[recertOf !== null ? "recert" : "initial"],
        reference: recertOf !== null ? dateIn(recertOf, "recertOf", fn) : dateIn(decided, "decided", fn, true),
        combined_halfdays: combinedDays === null ? 0 : halfDaysIn(combinedDays, "combinedDays", fn),
        planned_halfdays: plannedDays === null ? 0 : halfDaysIn(plannedDays, "plannedDays", fn),
        sites: u32In(sites, "sites", fn),
        stage1_omitted: flagIn(stage1Omitted, "stage1Omitted", fn),
        operating_since: dateIn(operatingSince, "operatingSince", fn, true),
    };
    const at = alloc(C.size, fn);
    for (const [k, v] of Object.entries(values)) dv.setUint32(at + C.fields[k][0], v >>> 0, true);
    return at;
}

/** Calls a size-reporting function twice: for the count, then for the items. */
function collect(fn, cfn, args, layout, call) {
    const count = alloc(4, fn);
    const status = call(0, 0, count);
    if (status !== N.CONSTANTS.CSISMS_ENOSPC) check(status, fn, cfn, args);
    const n = u32(count);
    const items = alloc(layout.size * Math.max(n, 1), fn);
    for (let i = 0; i < n; i++) dv.setUint32(items + i * layout.size, layout.size, true);
    check(call(items, n, count), fn, cfn, args);
    const out = [];
    for (let i = 0; i < u32(count); i++) out.push(items + i * layout.size);
    return out;
}

const PE = N.STRUCTS.programme_entry;
const ruleOrNull = (v) => (v === 0 ? null : enumOut(v, "Rule"));

/**
 * The audit programme of a certification cycle. `options`: { decided } (an
 * initial certification's decision date) or { recertOf } (the old
 * certificate's last valid day), and optionally combinedDays, plannedDays,
 * sites, stage1Omitted (boolean), operatingSince. Entries: { kind, earliest,
 * last, latest, totalDays, onsiteDays, sample, rules: { earliest, last,
 * latest, total, onsite, sample } } (null where the rules set no figure).
 */
export function programme(personnel, basis = "none", options = {}) {
    const fn = "programme";
    const e = lib();
    const c = clientIn(fn, personnel, basis, options, true);
    const cfn = "csisms_programme";
    const raw = collect(fn, cfn, { personnel, basis, ...options }, PE, (a, n, cnt) => e.csisms_programme(c, a, n, cnt));
    const field = (p, k) => (PE.fields[k][1] === "u32" ? u32 : i32)(p + PE.fields[k][0]);
    return raw.map((p) => Object.freeze({
        kind: enumOut(field(p, "kind"), "ProgrammeKind"),
        earliest: isoOf(field(p, "earliest")),
        last: isoOf(field(p, "last")),
        latest: isoOf(field(p, "latest")),
        totalDays: new Days(field(p, "total_halfdays")),
        onsiteDays: new Days(field(p, "onsite_halfdays")),
        sample: field(p, "sample"),
        rules: Object.freeze(Object.fromEntries(["earliest", "last", "latest", "total", "onsite", "sample"]
            .map((k) => [k, ruleOrNull(field(p, `rule_${k}`))]))),
    }));
}

const ST = N.STRUCTS.step;

/**
 * The audit-time determination as ordered steps. `options`: combinedDays,
 * plannedDays, sites. Steps: { rule, input, input2, result }: persons
 * (isms-table) and sites (sampling) are numbers, times are Days.
 */
export function justify(personnel, basis = "none", options = {}) {
    const fn = "justify";
    const e = lib();
    const c = clientIn(fn, personnel, basis, options, false);
    const raw = collect(fn, "csisms_justify", { personnel, basis, ...options }, ST, (a, n, cnt) => e.csisms_justify(c, a, n, cnt));
    return raw.map((p) => {
        const rule = enumOut(i32(p + ST.fields.rule[0]), "Rule");
        const input = Number(dv.getBigInt64(p + ST.fields.input[0], true));
        const input2 = Number(dv.getBigInt64(p + ST.fields.input2[0], true));
        const result = i32(p + ST.fields.result[0]);
        const counted = rule === "isms-table" || rule === "sampling";
        return Object.freeze({
            rule,
            input: counted ? input : new Days(input),
            input2: new Days(input2),
            result: rule === "sampling" ? result : new Days(result),
        });
    });
}

const AR = N.STRUCTS.audit_record;
const BR = N.STRUCTS.breach;
const DATE_RULES = new Set(["system-operation", "recert-window", "first-surveillance", "surveillance-interval", "postponement"]);

/**
 * Checks audits against the time and date rules. `options.audits`: an array
 * of { kind, date, totalDays, onsiteDays } (or [kind, date, totalDays,
 * onsiteDays]), kind a ProgrammeKind other than "validity"; plus decided or
 * recertOf, and optionally combinedDays, plannedDays, stage1Omitted,
 * operatingSince. Breaches: { rule, record (index, or null for the cycle as
 * a whole), actual, required } (dates for date rules, else Days).
 */
export function recordCheck(personnel, basis = "none", options = {}) {
    const fn = "recordCheck";
    const e = lib();
    if (options === null || typeof options !== "object") throw wrongType(fn, "options", "an object", options);
    const audits = iterableIn(options.audits, "audits", fn, "an array of audits");
    const c = clientIn(fn, personnel, basis, { ...options, sites: 0 }, true);
    const records = alloc(AR.size * Math.max(audits.length, 1), fn);
    const fields = audits.map((a, i) => {
        const name = `audits[${i}]`;
        if (a === null || typeof a !== "object") throw wrongType(fn, name, "an object { kind, date, totalDays, onsiteDays }", a);
        const [kind, date, total, onsite] = Array.isArray(a) ? a : [a.kind, a.date, a.totalDays, a.onsiteDays];
        return {
            size: AR.size,
            kind: enumIn(kind, `${name}.kind`, fn, "ProgrammeKind"),
            date: dateIn(date, `${name}.date`, fn),
            total_halfdays: halfDaysIn(total, `${name}.totalDays`, fn),
            onsite_halfdays: halfDaysIn(onsite, `${name}.onsiteDays`, fn),
        };
    });
    fields.forEach((r, i) => {
        for (const [k, v] of Object.entries(r)) dv.setUint32(records + i * AR.size + AR.fields[k][0], v >>> 0, true);
    });
    const raw = collect(fn, "csisms_record_check", { personnel, basis, ...options }, BR,
        (a, n, cnt) => e.csisms_record_check(c, records, audits.length, a, n, cnt));
    return raw.map((p) => {
        const rule = enumOut(i32(p + BR.fields.rule[0]), "Rule");
        const record = i32(p + BR.fields.record[0]);
        const conv = DATE_RULES.has(rule) ? isoOf : (v) => new Days(v);
        return Object.freeze({
            rule,
            record: record < 0 ? null : record,
            actual: conv(i32(p + BR.fields.actual[0])),
            required: conv(i32(p + BR.fields.required[0])),
        });
    });
}

// ====================================================================== coverage

/** The binding's function for each C function of csisms.h. */
export const C_FUNCTIONS = Object.freeze({
    csisms_version: version,
    csisms_check_version: checkVersion,
    csisms_strerror: strerror,
    csisms_isms_audit_days: ismsAuditDays,
    csisms_isms_band: ismsBand,
    csisms_initial_audit_days: initialAuditDays,
    csisms_audit_days: auditDays,
    csisms_min_reduced_days: minReducedDays,
    csisms_min_onsite_days: minOnsiteDays,
    csisms_surveillance_days: surveillanceDays,
    csisms_surveillance_cycle_min_days: surveillanceCycleMinDays,
    csisms_recert_min_days: recertMinDays,
    csisms_combined_min_days: combinedMinDays,
    csisms_round_up_half: roundUpHalf,
    csisms_days_format: daysFormat,
    csisms_days_parse: daysParse,
    csisms_date_valid: dateValid,
    csisms_date_parse: dateParse,
    csisms_date_parse_lenient: dateParseLenient,
    csisms_date_format: dateFormat,
    csisms_date_add_days: dateAddDays,
    csisms_date_add_months: dateAddMonths,
    csisms_date_diff_days: dateDiffDays,
    csisms_surveillance_due: surveillanceDue,
    csisms_certificate_valid_until: certificateValidUntil,
    csisms_recert_valid_until: recertValidUntil,
    csisms_recert_window_opens: recertWindowOpens,
    csisms_suspension_ends_by: suspensionEndsBy,
    csisms_appeal_due: appealDue,
    csisms_correction_due: correctionDue,
    csisms_scope_lookup: scopeLookup,
    csisms_scope_count: scopeCount,
    csisms_scope_at: scopeAt,
    // The entry accessors fill the fields of every Scope that scopeLookup,
    // scopeAt, scopes, scopeSearch and scopeUnder return.
    csisms_scope_code: Scope,
    csisms_scope_name: Scope,
    csisms_scope_note: Scope,
    csisms_scope_level: Scope,
    csisms_scope_parent: Scope,
    csisms_scope_flags: Scope,
    csisms_scope_find: scopeFind,
    csisms_evaluate: evaluate,
    csisms_evaluate_batch: evaluateBatch,
    csisms_reason_clause: reasonClause,
    csisms_reason_text: reasonText,
    csisms_action_name: actionName,
    csisms_duty_text: dutyText,
    csisms_duty_clause: dutyClause,
    csisms_checklist_size: checklistSize,
    csisms_checklist_mode: checklistMode,
    csisms_checklist_clause: checklistClause,
    csisms_checklist_title: checklistTitle,
    csisms_checklist_item: checklistItem,
    csisms_checklist_conditional: checklistConditional,
    csisms_checklist_eval: checklistEval,
    csisms_uscc_validate: usccValidate,
    csisms_sample_sites: sampleSites,
    csisms_rule_clause: ruleClause,
    csisms_rule_text: ruleText,
    csisms_rule_count: ruleCount,
    csisms_rule_at: ruleAt,
    csisms_reason_rule: reasonRule,
    csisms_reason_of_clause: reasonOfClause,
    csisms_isms_band_index: ismsBandIndex,
    csisms_uscc_check: usccCheck,
    csisms_scope_under: scopeUnder,
    csisms_programme: programme,
    csisms_justify: justify,
    csisms_record_check: recordCheck,
});

/** The 7.1.1 reasons (suspension grounds) and the 7.2.1 ones (withdrawal grounds). */
export const SUSPENSION_GROUNDS = Object.freeze(bitsOut(N.MASKS.SUSPENSION_GROUNDS, "Reason"));
export const WITHDRAWAL_GROUNDS = Object.freeze(bitsOut(N.MASKS.WITHDRAWAL_GROUNDS, "Reason"));
