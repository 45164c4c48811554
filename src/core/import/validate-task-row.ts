/**
 * Validation of task rows: pure functions from cells to either a task ready
 * to store or the list of what is wrong, each issue naming its line and
 * column. Nothing here touches the database; agency names are resolved
 * through the `findAgency` function of the context, the same finder the chat
 * commands use (createAgencyFinder).
 */
import { createHash } from "node:crypto";
import type { AgencyLookup, AgencyRecord } from "../agencies/agency-directory.js";
import type { ParsedDate } from "../time/parse-date.js";
import { stripInvisible } from "../text/clean-text.js";
import { cellOf } from "./columns.js";
import type { DateReader } from "./date-reader.js";
import type { TableRow } from "./read-table.js";
import type { TaskColumnMap, TaskField } from "./task-columns.js";
import { message, type ImportMessage, type ProgressListener, type RowIssue } from "./types.js";

/**
 * Fields that name something (a task's code, an agency, a document number):
 * zero-width and bidi characters are removed from them, so that "NV-1\u200B"
 * is the task NV-1 and not a second task that looks the same.
 */
const NAME_FIELDS: ReadonlySet<TaskField> = new Set(["code", "agency", "documentNumber"]);

/** The cell of `field`, clean (see cellOf), without invisible characters when it is a name. */
function cellValue(ctx: Pick<TaskRowContext, "columns">, cells: readonly string[], field: TaskField): string {
  const cell = cellOf(ctx.columns, cells, field);
  return NAME_FIELDS.has(field) ? stripInvisible(cell).trim() : cell;
}

/** Longest accepted texts, in characters. */
export const TASK_LIMITS = { code: 100, title: 2_000, documentNumber: 200, note: 10_000 } as const;

/** The agency a row names. */
export type AgencyRef = Pick<AgencyRecord, "id" | "code" | "name">;

/** What validation needs besides the row. */
export interface TaskRowContext {
  columns: TaskColumnMap;
  /** Number of header cells: every row must have exactly as many. */
  headerCount: number;
  /** "Now", for the completion-in-the-future check. */
  now: Date;
  dates: DateReader;
  /** Reads an agency name as chat commands do: `createAgencyFinder(agencies).find` (memoized). */
  findAgency(name: string): AgencyLookup<AgencyRef>;
}

/** A directive document named by a row; `key` is `${number}|${YYYY-MM-DD or ""}`. */
export interface DocumentInput {
  key: string;
  number: string;
  issuedAt: Date | null;
}

/** A valid row, converted to what a Task stores. */
export interface ValidTaskRow {
  line: number;
  /** The file's code, or one derived from the content ({@link deriveTaskCode}). */
  code: string;
  codeGiven: boolean;
  title: string;
  agency: AgencyRef;
  document: DocumentInput | null;
  /** Start of the local day, or the given instant when a time was written. */
  assignedAt: Date;
  /** End of the local deadline day; null for a standing task. */
  deadline: Date | null;
  /** Start of the local day, or the given instant; null while open. */
  completedAt: Date | null;
  note: string | null;
}

/** Result of {@link validateTaskRow}. */
export type TaskRowResult = { ok: true; task: ValidTaskRow } | { ok: false; issues: RowIssue[] };

/**
 * Checks one row and converts it. Every problem of the row is reported; a row
 * whose number of cells differs from the header's gets that single issue.
 */
export function validateTaskRow(row: TableRow, ctx: TaskRowContext): TaskRowResult {
  const issues: RowIssue[] = [];
  const rowIssue = (reason: ImportMessage): TaskRowResult => ({ ok: false, issues: [{ line: row.line, column: null, reason }] });
  if (row.cells.length !== ctx.headerCount) {
    return rowIssue(message("import-reason-cell-count", { actual: row.cells.length, expected: ctx.headerCount }));
  }
  if (row.malformed) return rowIssue(message("import-reason-bad-quotes"));

  const value = (field: TaskField) => cellValue(ctx, row.cells, field);
  const fail = (field: TaskField, reason: ImportMessage) =>
    issues.push({ line: row.line, column: ctx.columns[field]?.header ?? null, reason });
  const text = (field: TaskField, max: number | null, required: boolean): string => {
    const v = value(field);
    if (required && v === "") fail(field, message("import-reason-required"));
    const length = [...v].length;
    if (max !== null && length > max) fail(field, message("import-reason-too-long", { length, max }));
    return v;
  };
  const date = (field: TaskField, required: boolean): ParsedDate | null => {
    const v = value(field);
    if (v === "") {
      if (required) fail(field, message("import-reason-required"));
      return null;
    }
    const parsed = ctx.dates.parse(v);
    if (parsed.ok) return parsed.value;
    fail(field, message(parsed.reason === "invalid_date" ? "import-reason-date-invalid" : "import-reason-date-format", { value: v }));
    return null;
  };

  const code = text("code", TASK_LIMITS.code, false);
  const title = text("title", TASK_LIMITS.title, true);
  const agencyName = text("agency", null, true);
  const agency = agencyName === "" ? null : resolveAgency(agencyName, ctx, (reason) => fail("agency", reason));
  const documentNumber = text("documentNumber", TASK_LIMITS.documentNumber, false);
  const documentDate = date("documentDate", false);
  if (documentDate && documentNumber === "") fail("documentDate", message("import-reason-document-date-without-number"));
  const assigned = date("assignedAt", true);
  const deadline = date("deadline", false);
  const completed = date("completedAt", false);
  const note = text("note", TASK_LIMITS.note, false);

  const assignedAt = assigned && instantOf(assigned, ctx.dates);
  const completedAt = completed && instantOf(completed, ctx.dates);
  if (assigned && deadline && deadline.date < assigned.date) {
    fail("deadline", message("import-reason-deadline-before-assigned", { deadline: value("deadline"), assigned: value("assignedAt") }));
  }
  if (assigned && completed && completedAt && assignedAt && completedBefore(completed, completedAt, assigned, assignedAt)) {
    fail("completedAt", message("import-reason-completed-before-assigned", { completed: value("completedAt"), assigned: value("assignedAt") }));
  }
  if (completedAt && completedAt.getTime() > ctx.now.getTime()) {
    fail("completedAt", message("import-reason-completed-in-future", { completed: value("completedAt") }));
  }
  if (issues.length > 0 || !agency || !assigned || !assignedAt) return { ok: false, issues };

  const document: DocumentInput | null =
    documentNumber === ""
      ? null
      : {
          key: `${documentNumber}|${documentDate?.date ?? ""}`,
          number: documentNumber,
          issuedAt: documentDate && instantOf(documentDate, ctx.dates),
        };
  return {
    ok: true,
    task: {
      line: row.line,
      code: code || deriveTaskCode({ agencyCode: agency.code, title, assignedDate: assigned.date, documentNumber }),
      codeGiven: code !== "",
      title,
      agency,
      document,
      assignedAt,
      deadline: deadline && ctx.dates.endOfDay(deadline.date),
      completedAt,
      note: note === "" ? null : note,
    },
  };
}

/** Content that identifies a row without a code. */
export interface TaskIdentity {
  agencyCode: string;
  title: string;
  /** "YYYY-MM-DD" of the assignment. */
  assignedDate: string;
  documentNumber: string;
}

/**
 * The code of a row without one: `NV-<year of assignment>-<10 hex digits>`,
 * from SHA-256 of `agency code|title|assigned date|document number`. Ten
 * digits (40 bits) keep accidental collisions negligible even for tens of
 * thousands of tasks a year. The same content always gives the same code,
 * so importing a file twice creates nothing the second time.
 */
export function deriveTaskCode(identity: TaskIdentity): string {
  const source = [identity.agencyCode, identity.title, identity.assignedDate, identity.documentNumber].join("|");
  const hash = createHash("sha256").update(source, "utf8").digest("hex").slice(0, 10).toUpperCase();
  return `NV-${identity.assignedDate.slice(0, 4)}-${hash}`;
}

/** Result of {@link validateTaskRows}. */
export interface TaskRowsResult {
  valid: ValidTaskRow[];
  /** Sorted by line. */
  issues: RowIssue[];
  /** Number of distinct lines with at least one issue. */
  invalidRows: number;
}

/**
 * Validates every row, then flags repeated codes: a code written twice in the
 * file, or two rows without a code and with the same content. The first
 * occurrence stays valid; later ones are errors naming the first line.
 */
export function validateTaskRows(rows: readonly TableRow[], ctx: TaskRowContext, onProgress?: ProgressListener): TaskRowsResult {
  const issues: RowIssue[] = [];
  const valid: ValidTaskRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  const firstLineOfDerived = new Map<string, number>();
  const codeHeader = ctx.columns.code?.header ?? null;
  const step = progressStep(rows.length);
  rows.forEach((row, index) => {
    const result = validateTaskRow(row, ctx);
    const rawCode = row.cells.length === ctx.headerCount ? cellValue(ctx, row.cells, "code") : "";
    let duplicate: RowIssue | null = null;
    if (rawCode !== "") {
      const first = firstLineOfCode.get(rawCode);
      if (first === undefined) firstLineOfCode.set(rawCode, row.line);
      else duplicate = { line: row.line, column: codeHeader, reason: message("import-reason-duplicate-code", { code: rawCode, firstLine: String(first) }) };
    } else if (result.ok) {
      const first = firstLineOfDerived.get(result.task.code);
      if (first === undefined) firstLineOfDerived.set(result.task.code, row.line);
      else duplicate = { line: row.line, column: null, reason: message("import-reason-duplicate-row", { firstLine: String(first) }) };
    }
    if (result.ok && !duplicate) valid.push(result.task);
    if (!result.ok) issues.push(...result.issues);
    if (duplicate) issues.push(duplicate);
    if (onProgress && ((index + 1) % step === 0 || index + 1 === rows.length)) {
      onProgress({ phase: "validate", done: index + 1, total: rows.length });
    }
  });
  return { valid, issues, invalidRows: new Set(issues.map((i) => i.line)).size };
}

/** Reports progress about a hundred times per run, at least every 500 rows. */
export function progressStep(total: number): number {
  return Math.max(1, Math.min(500, Math.ceil(total / 100)));
}

function resolveAgency(name: string, ctx: TaskRowContext, fail: (reason: ImportMessage) => void): AgencyRef | null {
  const result = ctx.findAgency(name);
  if (result.kind === "found") return result.agency;
  const names = result.suggestions.map((a) => a.name);
  const key = result.kind === "ambiguous_agency" ? "import-reason-ambiguous-agency" : "import-reason-unknown-agency";
  fail(message(key, { query: name, suggestions: names.join("; "), count: names.length }));
  return null;
}

/** A date with a time is that instant; a plain date is the start of its local day. */
function instantOf(parsed: ParsedDate, dates: DateReader): Date {
  return parsed.time === null ? dates.startOfDay(parsed.date) : new Date(parsed.instant.getTime());
}

/**
 * Completion precedes assignment when its day is earlier, or, both times
 * being given, its instant is. A plain completion date on the assignment day
 * is accepted even if the assignment has a time.
 */
function completedBefore(completed: ParsedDate, completedAt: Date, assigned: ParsedDate, assignedAt: Date): boolean {
  if (completed.date !== assigned.date) return completed.date < assigned.date;
  return completed.time !== null && assigned.time !== null && completedAt.getTime() < assignedAt.getTime();
}
