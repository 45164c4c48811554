/**
 * Upserting tasks from the API with the import's own rules: each item is
 * laid out as a row of a table with the import's English headers, validated
 * by `validateTaskRows`, compared with the database by `planTaskImport`, and
 * written by `importTasks`. So a task sent to the API and the same task in a
 * CSV/XLSX file are judged and stored identically.
 *
 * Writes of this process are serialized (plan, then write), so the per-item
 * outcome reported is the one that was written. A concurrent CLI import of
 * the same codes could still interleave; the task table is then consistent
 * but an item reported "created" may have been an update.
 */
import { createAgencyFinder, loadAgencies } from "../core/agencies/agency-directory.js";
import type { CoreDeps } from "../core/deps.js";
import { createDateReader } from "../core/import/date-reader.js";
import { importTasks } from "../core/import/import-tasks.js";
import type { Table, TableRow } from "../core/import/read-table.js";
import { mapTaskColumns, TASK_COLUMNS, type TaskField } from "../core/import/task-columns.js";
import { planTaskImport } from "../core/import/task-plan.js";
import type { RowIssue } from "../core/import/types.js";
import { validateTaskRows } from "../core/import/validate-task-row.js";
import type { Language, Translator } from "../i18n/translator.js";
import { ApiError, type ApiReason } from "./errors.js";
import type { BatchTask } from "./schemas.js";

/** Fields in column order; the JSON names are the TaskField names. */
const FIELDS: readonly TaskField[] = ["code", "title", "agency", "documentNumber", "documentDate", "assignedAt", "deadline", "completedAt", "note"];
/** The import's English header of each field ("document_number", ...). */
const HEADERS = FIELDS.map((f) => TASK_COLUMNS[f].names[1]!);
const FIELD_OF_HEADER = new Map(HEADERS.map((h, i) => [h, FIELDS[i]!]));
/** API messages are English. */
const API_LANGUAGE: Language = "en";

/** What happened to one item. */
export type UpsertOutcome =
  | { index: number; ok: true; code: string; result: "created" | "updated" | "unchanged" }
  | { index: number; ok: false; code: string | null; reasons: ApiReason[] };

/** An item to upsert, or one already rejected (by its schema) with its reasons. */
export type UpsertItem = { index: number; task: BatchTask } | { index: number; code: string | null; reasons: ApiReason[] };

let queue: Promise<unknown> = Promise.resolve();

/** Runs `fn` after every write started before it in this process. */
function serialized<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Validates, plans and writes the items; returns one outcome per item, in
 * index order. Valid items are written even when others are invalid. When
 * nothing changes, nothing is written (not even an audit row).
 */
export async function upsertTasks(
  deps: CoreDeps,
  items: readonly UpsertItem[],
  options: { actorLabel: string; translator: Translator },
): Promise<UpsertOutcome[]> {
  const outcomes = new Map<number, UpsertOutcome>();
  const rows: TableRow[] = [];
  for (const item of items) {
    if ("reasons" in item) outcomes.set(item.index, { index: item.index, ok: false, code: item.code, reasons: item.reasons });
    else rows.push({ line: item.index, cells: FIELDS.map((f) => (item.task[f] ?? "").normalize("NFC")) });
  }
  if (rows.length > 0) {
    await serialized(async () => {
      const checked = await validate(deps, rows);
      const reasons = new Map<number, ApiReason[]>();
      for (const issue of checked.issues) reasons.set(issue.line, [...(reasons.get(issue.line) ?? []), reason(issue, options.translator)]);
      for (const [line, list] of reasons) {
        const code = rows.find((r) => r.line === line)!.cells[0]!.trim();
        outcomes.set(line, { index: line, ok: false, code: code === "" ? null : code, reasons: list });
      }
      const plan = await planTaskImport(deps.db, checked.valid);
      const created = new Set(plan.creates.map((r) => r.line));
      const updated = new Set(plan.updates.map((u) => u.row.line));
      for (const row of checked.valid) {
        const result = created.has(row.line) ? "created" : updated.has(row.line) ? "updated" : "unchanged";
        outcomes.set(row.line, { index: row.line, ok: true, code: row.code, result });
      }
      if (created.size + updated.size === 0) return;
      const lines = new Set([...created, ...updated]);
      const table: Table = { headers: HEADERS, rows: rows.filter((r) => lines.has(r.line)) };
      const written = await importTasks(deps, { table, actorLabel: options.actorLabel, sourceName: "api" });
      if (written.status !== "ok") {
        throw new ApiError(409, "conflict", "The data changed while the request was processed; send it again.");
      }
    });
  }
  return [...outcomes.values()].sort((a, b) => a.index - b.index);
}

/** The import's validation of the rows, with the same context `importTasks` builds. */
async function validate(deps: CoreDeps, rows: TableRow[]) {
  const mapped = mapTaskColumns(HEADERS);
  if (!mapped.ok) throw new Error("the API's task headers do not map");
  const finder = createAgencyFinder(await loadAgencies(deps.db));
  return validateTaskRows(rows, {
    columns: mapped.columns,
    headerCount: HEADERS.length,
    now: deps.clock(),
    dates: createDateReader(deps.timeZone),
    findAgency: finder.find,
  });
}

/**
 * An import issue as an API reason: the JSON field, the reason's key without
 * its `import-reason-` prefix in snake case, and the English sentence. Lines
 * are item indexes here, so duplicates name the first item's index.
 */
function reason(issue: RowIssue, translator: Translator): ApiReason {
  const field = issue.column === null ? null : (FIELD_OF_HEADER.get(issue.column) ?? issue.column);
  const code = issue.reason.key.replace(/^import-reason-/, "").replace(/-/g, "_");
  const args = issue.reason.args ?? {};
  let text: string;
  if (code === "duplicate_code") text = `code “${String(args.code)}” repeats item ${String(args.firstLine)}.`;
  else if (code === "duplicate_row") text = `same content as item ${String(args.firstLine)}.`;
  else text = translator.t(API_LANGUAGE, issue.reason.key, args);
  return { field, code, message: field ? `${field}: ${text}` : text };
}
