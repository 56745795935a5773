// SPDX-License-Identifier: MIT
// TypeScript declarations of the csisms package (index.js). The enumerations'
// string unions come from native.d.ts, generated from include/csisms.h.

import type {
    Status, Lang, Basis, SurveillanceKind, ScopeFlag, Reason, Action, Duty, Checklist, Mode, Audit,
    Rule, Cycle, ProgrammeKind, CFunctionName,
} from "./native.js";

export {
    VERSION_STRING, VERSION_MAJOR, VERSION_MINOR, VERSION_PATCH, VERSION_NUMBER, REQUIRED_VERSION,
    Status, Lang, Basis, SurveillanceKind, ScopeFlag, Reason, Action, Duty, Checklist, Mode, Audit,
    Rule, Cycle, ProgrammeKind,
} from "./native.js";

// ---------------------------------------------------------------- loading

/** What init() loads csisms.wasm from. */
export type WasmSource =
    | string
    | URL
    | ArrayBuffer
    | ArrayBufferView
    | Response
    | PromiseLike<Response>
    | WebAssembly.Module;

/**
 * Loads csisms.wasm: without an argument, $CSISMS_WASM or csisms.wasm next to
 * index.js (Node reads it, a browser fetches it). Node loads it at import.
 */
export declare function init(source?: WasmSource): Promise<void>;
/** Loads csisms.wasm synchronously from its bytes or a compiled module. */
export declare function initSync(source: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void;
/** Whether a module is loaded. */
export declare function isInitialized(): boolean;
/** The size of csisms.wasm's scratch area in bytes (0 before loading). */
export declare function scratchBytes(): number;

// ---------------------------------------------------------------- constants

/** Positive success status of csisms_recert_valid_until in C. */
export declare const INTERRUPTED: number;
/** The last date evaluate() and evaluateBatch() accept, 9998-12-31 as YYYYMMDD. */
export declare const DATE_INPUT_MAX: number;
/** Bits of evaluateBatch()'s flags column. */
export declare const BATCH_RESOLVED: number;
export declare const BATCH_CORRECTED: number;
/** Every integer constant of csisms.h by its C name. */
export declare const C_CONSTANTS: Readonly<Record<string, number>>;
/** The 7.1.1 reasons (suspension grounds). */
export declare const SUSPENSION_GROUNDS: readonly Reason[];
/** The 7.2.1 reasons (withdrawal grounds). */
export declare const WITHDRAWAL_GROUNDS: readonly Reason[];
/** The binding's function for each C function of csisms.h. */
export declare const C_FUNCTIONS: Readonly<Record<CFunctionName, Function>>;

// ---------------------------------------------------------------- errors

/** A libcsisms function failed (or the binding refused the call). */
export declare class CsismsError extends Error {
    constructor(status: number, fn?: string | null, detail?: string | null, cFunction?: string | null);
    /** The negative C status. */
    readonly status: number;
    /** Its name, e.g. "EINVAL" (null for an unknown status). */
    readonly code: Status | null;
    /** The binding's function, e.g. "auditDays". */
    readonly function: string | null;
    /** The C function when the library answered, e.g. "csisms_audit_days". */
    readonly cFunction: string | null;
    /** What was wrong: the arguments and their values. */
    readonly detail: string | null;
}
/** CSISMS_EINVAL: an argument outside its domain. */
export declare class InvalidArgumentError extends CsismsError {}
/** CSISMS_ERANGE: the result is not representable (beyond 9999-12-31, overflow). */
export declare class CsismsRangeError extends CsismsError {}
/** CSISMS_ENOTFOUND: no such entry. */
export declare class NotFoundError extends CsismsError {}
/** CSISMS_EAMBIGUOUS: the code names more than one entry. */
export declare class AmbiguousError extends CsismsError {}
/** CSISMS_ENOTPERMITTED: the rules forbid it. */
export declare class NotPermittedError extends CsismsError {}
/** CSISMS_ENOSPC: a buffer was too small. */
export declare class NoSpaceError extends CsismsError {}
/** CSISMS_EVERSION: a structure size is not supported. */
export declare class VersionError extends CsismsError {}
/** CSISMS_ECHECKSUM: well-formed, but the check character is wrong. */
export declare class ChecksumError extends CsismsError {}
/** The error class of each negative status, by name. */
export declare const ERRORS: Readonly<Record<Exclude<Status, "OK">, typeof CsismsError>>;
/** The error for a negative status (a number or its name). */
export declare function errorFor(status: number | Status, fn?: string | null, detail?: string | null, cFunction?: string | null): CsismsError;

// ---------------------------------------------------------------- values

/** An exact duration: an integer count of half person-days. */
export declare class Days {
    constructor(halfDays: number);
    static fromHalfDays(halfDays: number): Days;
    /** Half person-days: 17 for 8.5 days. */
    readonly halfDays: number;
    /** Days, a multiple of 0.5: 8.5. */
    readonly days: number;
    valueOf(): number;
    /** "8.5", "5", "0.5", "0": as the csisms command prints it. */
    toString(): string;
    toJSON(): string;
    equals(other: unknown): boolean;
}

/** A duration argument: a Days, a number of days that is a multiple of 0.5, or text ("8.5", "3.4" -> 3.5). */
export type DaysLike = Days | number | string;
/** A date argument: text the library parses ("2024-10-22", "20241022", "2024年10月22日") or a Date (its UTC day). */
export type DateLike = string | Date;
/** An ISO date "YYYY-MM-DD". */
export type IsoDate = string;

/** A duration argument as Days. */
export declare function toDays(value: DaysLike): Days;

// ---------------------------------------------------------------- version

export declare function version(): string;
export declare function checkVersion(required?: number): boolean;
export declare function strerror(status: number | Status): string;

// ---------------------------------------------------------------- audit time

export interface Band {
    readonly index: number;
    readonly lower: number;
    readonly upper: number;
    readonly days: Days;
}

export declare function ismsAuditDays(personnel: number): Days;
export declare function ismsBand(index: number): Band;
export declare function ismsBands(): Band[];
export declare function ismsBandIndex(personnel: number): number;
export declare function initialAuditDays(ismsDays: DaysLike, basis?: Basis): Days;
export declare function auditDays(personnel: number, basis?: Basis): Days;
export declare function minReducedDays(days: DaysLike): Days;
export declare function minOnsiteDays(days: DaysLike): Days;
export declare function surveillanceDays(initialDays: DaysLike): Days;
export declare function surveillanceCycleMinDays(initialDays: DaysLike): Days;
export declare function recertMinDays(initialDays: DaysLike): Days;
export declare function combinedMinDays(parts: Iterable<DaysLike>): Days;
export declare function roundUpHalf(value: number | bigint | string | Days): Days;
export declare function roundUpHalf(numerator: number | bigint, denominator: number | bigint): Days;
export declare function daysFormat(days: DaysLike): string;
export declare function daysParse(text: string): Days;

// ---------------------------------------------------------------- dates

export interface SurveillanceDue {
    /** reference + 12 months */
    readonly due: IsoDate;
    /** the last day with the longest postponement allowed */
    readonly latest: IsoDate;
}
export interface RecertValidity {
    readonly validUntil: IsoDate;
    /** true when certification was interrupted (a new cycle starts at the decision) */
    readonly interrupted: boolean;
}

export declare function dateValid(value: number | bigint | Date): boolean;
export declare function dateParse(text: string): IsoDate;
export declare function dateParseLenient(text: string): IsoDate;
export declare function dateFormat(value: DateLike | number): IsoDate;
export declare function dateAddDays(date: DateLike, days: number): IsoDate;
export declare function dateAddMonths(date: DateLike, months: number): IsoDate;
export declare function dateDiffDays(start: DateLike, end: DateLike): number;
export declare function surveillanceDue(kind: SurveillanceKind, reference: DateLike): SurveillanceDue;
export declare function certificateValidUntil(validFrom: DateLike): IsoDate;
export declare function recertValidUntil(oldValidUntil: DateLike, decision: DateLike): RecertValidity;
export declare function recertWindowOpens(validUntil: DateLike): IsoDate;
export declare function suspensionEndsBy(suspendedOn: DateLike): IsoDate;
export declare function appealDue(received: DateLike): IsoDate;
export declare function correctionDue(requested: DateLike): IsoDate;

// ---------------------------------------------------------------- scope codes

/** An entry of Appendix B. */
export declare class Scope {
    private constructor();
    readonly index: number;
    readonly code: string;
    readonly level: number;
    readonly flags: readonly ScopeFlag[];
    readonly parentCode: string | null;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly noteZh: string;
    readonly noteEn: string;
    name(lang?: Lang): string;
    note(lang?: Lang): string;
    readonly isMajorClass: boolean;
    readonly parent: Scope | null;
    toJSON(): object;
}

export declare function scopeLookup(code: string): Scope;
export declare function scopeCount(): number;
export declare function scopeAt(index: number): Scope;
export declare function scopes(): Scope[];
export declare function scopeFind(text: string, start?: number): number | null;
export declare function scopeSearch(text: string): Scope[];
export declare function scopeUnder(code: string): Scope[];

// ---------------------------------------------------------------- verdicts

export interface Facts {
    today: DateLike;
    validUntil: DateLike;
    suspendedOn?: DateLike | null;
    surveillanceLatest?: DateLike | null;
    correctionRequested?: DateLike | null;
    suspensionResolved?: boolean;
    correctionDone?: boolean;
    /** 7.1.1 and 7.2.1 reasons the body has established, or their C mask */
    grounds?: Iterable<Reason> | number;
}

export interface Verdict {
    readonly action: Action;
    readonly reasons: readonly Reason[];
    readonly duties: readonly Duty[];
    /** suspend: the last day the suspension may last */
    readonly deadline: IsoDate | null;
    /** the first later day on which a limit in these facts passes */
    readonly nextReview: IsoDate | null;
}

export declare function evaluate(facts: Facts): Verdict;

/** A column of evaluateBatch: one element per certificate. */
export type DateColumn = Int32Array | ArrayLike<number | DateLike | null>;
export interface BatchColumns {
    today: DateColumn;
    validUntil: DateColumn;
    suspendedOn?: DateColumn | null;
    surveillanceLatest?: DateColumn | null;
    correctionRequested?: DateColumn | null;
    grounds?: Uint32Array | ArrayLike<number | Iterable<Reason> | null> | null;
    flags?: Uint8Array | ArrayLike<number | null> | null;
}
export interface BatchVerdicts {
    /** rows whose status is not 0 */
    readonly errors: number;
    readonly length: number;
    /** C status of each row (0: evaluated) */
    readonly status: Int32Array;
    /** C csisms_action values */
    readonly action: Int32Array;
    /** C reason masks */
    readonly reasons: Uint32Array;
    /** C duty masks */
    readonly duties: Uint32Array;
    /** YYYYMMDD, 0 for none */
    readonly deadline: Int32Array;
    readonly nextReview: Int32Array;
    /** Row i as evaluate() returns it; throws the row's error. */
    verdict(i: number): Verdict;
}
export declare function evaluateBatch(columns: BatchColumns): BatchVerdicts;

export declare function reasonClause(reason: Reason): string;
export declare function reasonText(reason: Reason, lang?: Lang): string;
export declare function actionName(action: Action, lang?: Lang): string;
export declare function dutyText(duty: Duty, lang?: Lang): string;
export declare function dutyClause(duty: Duty): string;

// ---------------------------------------------------------------- checklists

export interface ChecklistResult {
    readonly met: boolean;
    /** item bits missing (item (i) is bit i - 1) */
    readonly missing: number;
    /** the missing items' 1-based numbers */
    readonly missingItems: readonly number[];
}

export declare function checklistSize(list: Checklist): number;
export declare function checklistMode(list: Checklist): Mode;
export declare function checklistClause(list: Checklist): string;
export declare function checklistTitle(list: Checklist, lang?: Lang): string;
export declare function checklistItem(list: Checklist, item: number, lang?: Lang): string;
export declare function checklistItems(list: Checklist, lang?: Lang): string[];
export declare function checklistConditional(list: Checklist): number[];
export declare function checklistEval(list: Checklist, present?: Iterable<number> | number, notApplicable?: Iterable<number> | number): ChecklistResult;
export declare function itemsMask(items: Iterable<number>): number;

// ---------------------------------------------------------------- identifiers, sampling

export interface UsccDiagnosis {
    readonly status: "OK" | "EINVAL" | "ECHECKSUM";
    readonly position: number;
    readonly expected: string | null;
}

export declare function usccValidate(code: string): void;
export declare function usccIsValid(code: string): boolean;
export declare function usccCheck(code: string): UsccDiagnosis;
export declare function sampleSites(sites: number, audit?: Audit): number;

// ---------------------------------------------------------------- rules as data

export declare function ruleClause(rule: Rule): string;
export declare function ruleText(rule: Rule, lang?: Lang): string;
export declare function ruleCount(): number;
export declare function ruleAt(index: number): Rule;
export declare function rules(): Rule[];
export declare function reasonRule(reason: Reason): Rule;
export declare function reasonOfClause(clause: string): Reason;

// ---------------------------------------------------------------- the audit programme

export interface ClientOptions {
    /** an initial certification's decision date (give this or recertOf) */
    decided?: DateLike | null;
    /** the old certificate's last valid day (a recertification cycle) */
    recertOf?: DateLike | null;
    /** 10.2: the other system's separate time audited together */
    combinedDays?: DaysLike | null;
    /** 4.5.1.1: the planned (reduced) time */
    plannedDays?: DaysLike | null;
    /** sites besides the central function */
    sites?: number;
    /** 6.2: the recertification omits stage 1 */
    stage1Omitted?: boolean;
    /** 4.1.2(5): first day the system operated */
    operatingSince?: DateLike | null;
}

export interface ProgrammeEntry {
    readonly kind: ProgrammeKind;
    readonly earliest: IsoDate | null;
    readonly last: IsoDate | null;
    readonly latest: IsoDate | null;
    readonly totalDays: Days;
    readonly onsiteDays: Days;
    readonly sample: number;
    readonly rules: {
        readonly earliest: Rule | null;
        readonly last: Rule | null;
        readonly latest: Rule | null;
        readonly total: Rule | null;
        readonly onsite: Rule | null;
        readonly sample: Rule | null;
    };
}

export interface Step {
    readonly rule: Rule;
    /** persons (isms-table), sites (sampling), else a time */
    readonly input: number | Days;
    readonly input2: Days;
    /** sites to sample (sampling), else a time */
    readonly result: number | Days;
}

export interface AuditRecord {
    kind: Exclude<ProgrammeKind, "validity">;
    date: DateLike;
    totalDays: DaysLike;
    onsiteDays: DaysLike;
}

export interface Breach {
    readonly rule: Rule;
    /** index of the audit; null for the cycle as a whole */
    readonly record: number | null;
    /** a date for the date rules, else a time */
    readonly actual: IsoDate | Days;
    readonly required: IsoDate | Days;
}

export declare function programme(personnel: number, basis?: Basis, options?: ClientOptions): ProgrammeEntry[];
export declare function justify(personnel: number, basis?: Basis, options?: Pick<ClientOptions, "combinedDays" | "plannedDays" | "sites">): Step[];
export declare function recordCheck(
    personnel: number,
    basis?: Basis,
    options?: Omit<ClientOptions, "sites"> & {
        audits: Iterable<AuditRecord | readonly [AuditRecord["kind"], DateLike, DaysLike, DaysLike]>;
    },
): Breach[];
