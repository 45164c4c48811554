/**
 * The task import use case: read a table, validate every row, then create or
 * update tasks in one transaction. It never prints; the caller renders the
 * returned {@link ImportTasksResult}.
 *
 * Costs: agencies are read once and each distinct agency name is matched
 * once; existing tasks are read in one statement (or one per 1,000 codes when
 * the table is much larger than the file); new tasks are inserted 500 per
 * statement (see task-sql.ts); only changed tasks cost a statement each.
 */
import type { Prisma } from "../../db/connect.js";
import { createAgencyFinder, loadAgencies } from "../agencies/agency-directory.js";
import type { CoreDeps } from "../deps.js";
import { chunks } from "./chunks.js";
import { createDateReader } from "./date-reader.js";
import { readCsvTable, type Table } from "./read-table.js";
import { mapTaskColumns } from "./task-columns.js";
import { planTaskImport, type TaskChange, type TaskImportPlan } from "./task-plan.js";
import { INSERT_BATCH, insertDocuments, insertTasks, selectDocumentIds } from "./task-sql.js";
import { progressStep, validateTaskRows, type ValidTaskRow } from "./validate-task-row.js";
import { sortIssues, type ImportMessage, type ProgressListener, type RowIssue } from "./types.js";

/** Options of {@link importTasks}. */
export interface ImportTasksOptions {
  /** Import the valid rows even when some rows are invalid (the invalid ones are still reported). */
  skipInvalid?: boolean;
  /** Validate and compare with the database, but write nothing. */
  dryRun?: boolean;
  onProgress?: ProgressListener;
  /** AuditLog.actorLabel of the writes. Default "cli". */
  actorLabel?: string;
  /** Shown in the import's audit row, e.g. the file name. */
  sourceName?: string;
}

/** What to import: a table already read, or the bytes/text of a CSV file. */
export type ImportTasksInput = ({ table: Table } | { text: string | Uint8Array }) & ImportTasksOptions;

/** Rows per outcome. `skipped` counts invalid rows left out with `skipInvalid`. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/**
 * Outcome of {@link importTasks}:
 * - `file_error`: the file as a whole is unusable (too large, empty, header
 *   without a required column, ...); nothing was read.
 * - `rejected`: some rows are invalid and `skipInvalid` was not given; nothing
 *   was written.
 * - `ok`: the valid rows were imported (or, with `dryRun`, would be).
 */
export type ImportTasksResult =
  | { status: "file_error"; error: ImportMessage }
  | {
      status: "rejected" | "ok";
      dryRun: boolean;
      /** Data rows in the file. */
      rows: number;
      validRows: number;
      /** Every problem, sorted by line. */
      issues: RowIssue[];
      counts: ImportCounts;
      /** Headers that name no known column. */
      ignoredColumns: string[];
    };

/**
 * Imports tasks. Rows without a code get a code derived from their content,
 * so importing the same file twice changes nothing the second time; a row
 * whose code exists updates that task only when an imported field differs.
 * Writes one AuditLog row for the import and one per updated task.
 */
export async function importTasks(deps: CoreDeps, input: ImportTasksInput): Promise<ImportTasksResult> {
  const read = "table" in input ? { ok: true as const, table: input.table } : readCsvTable(input.text);
  if (!read.ok) return { status: "file_error", error: read.error };
  const { table } = read;
  const mapped = mapTaskColumns(table.headers);
  if (!mapped.ok) return { status: "file_error", error: mapped.error };

  const finder = createAgencyFinder(await loadAgencies(deps.db));
  const checked = validateTaskRows(
    table.rows,
    {
      columns: mapped.columns,
      headerCount: mapped.headerCount,
      now: deps.clock(),
      dates: createDateReader(deps.timeZone),
      findAgency: finder.find,
    },
    input.onProgress,
  );
  const dryRun = input.dryRun ?? false;
  const base = {
    dryRun,
    rows: table.rows.length,
    validRows: checked.valid.length,
    issues: sortIssues(checked.issues),
    ignoredColumns: mapped.ignored,
  };
  const skipped = checked.invalidRows;
  if (skipped > 0 && !input.skipInvalid) {
    return { status: "rejected", ...base, counts: { created: 0, updated: 0, unchanged: 0, skipped: 0 } };
  }
  const counts = (plan: TaskImportPlan): ImportCounts => ({
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    skipped,
  });
  if (dryRun) return { status: "ok", ...base, counts: counts(await planTaskImport(deps.db, checked.valid)) };

  const actorLabel = input.actorLabel ?? "cli";
  const result = await deps.db.$transaction(
    async (tx) => {
      const plan = await planTaskImport(tx, checked.valid);
      await writePlan(tx, plan, actorLabel, input.onProgress, deps.clock());
      const result = counts(plan);
      await tx.auditLog.create({
        data: {
          actorLabel,
          action: "task.import",
          entity: "task",
          after: JSON.stringify({ ...(input.sourceName && { source: input.sourceName }), rows: table.rows.length, ...result }),
        },
      });
      return result;
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  return { status: "ok", ...base, counts: result };
}

/** Creates the documents, inserts new tasks, updates changed ones, and audits each update. */
async function writePlan(
  tx: Prisma.TransactionClient,
  plan: TaskImportPlan,
  actorLabel: string,
  onProgress: ProgressListener | undefined,
  now: Date,
): Promise<void> {
  const documentIds = await ensureDocuments(tx, now, [
    ...plan.creates.map((row) => row.document),
    ...plan.updates.map((change) => change.row.document),
  ]);
  const documentId = (row: ValidTaskRow) => (row.document ? documentIds.get(row.document.key)! : null);
  const total = plan.creates.length + plan.updates.length;
  const step = progressStep(total);
  let done = 0;
  const advance = (n: number) => {
    const before = done;
    done += n;
    if (onProgress && (Math.floor(done / step) > Math.floor(before / step) || done === total)) {
      onProgress({ phase: "write", done, total });
    }
  };

  await insertTasks(
    tx,
    plan.creates.map((row) => ({
      code: row.code,
      title: row.title,
      agencyId: row.agency.id,
      documentId: documentId(row),
      assignedAt: row.assignedAt,
      deadline: row.deadline,
      status: row.completedAt ? "done" : "open",
      completedAt: row.completedAt,
      note: row.note,
    })),
    advance,
    now,
  );
  for (const change of plan.updates) {
    await tx.task.update({ where: { id: change.existing.id }, data: updateData(change, documentId(change.row)) });
    advance(1);
  }
  for (const batch of chunks(plan.updates, INSERT_BATCH)) {
    await tx.auditLog.createMany({
      data: batch.map((change) => ({
        actorLabel,
        action: "task.import.update",
        entity: "task",
        entityId: String(change.existing.id),
        before: JSON.stringify(Object.fromEntries(change.fields.map((f) => [f.field, f.before]))),
        after: JSON.stringify(Object.fromEntries(change.fields.map((f) => [f.field, f.after]))),
      })),
    });
  }
}

/** The Task columns to write for a changed task. */
function updateData(change: TaskChange, documentId: number | null): Prisma.TaskUncheckedUpdateInput {
  const { row, existing } = change;
  const data: Prisma.TaskUncheckedUpdateInput = {};
  for (const { field, after } of change.fields) {
    switch (field) {
      case "title":
        data.title = row.title;
        break;
      case "agency":
        data.agencyId = row.agency.id;
        break;
      case "document":
        data.documentId = documentId;
        break;
      case "assignedAt":
        data.assignedAt = row.assignedAt;
        break;
      case "deadline":
        data.deadline = row.deadline;
        // The first deadline is kept; a task that had none gets this one.
        if (existing.originalDeadline === null) data.originalDeadline = row.deadline;
        break;
      case "completedAt":
        data.completedAt = row.completedAt;
        break;
      case "status":
        data.status = after ?? "open";
        break;
      case "note":
        data.note = row.note;
        break;
    }
  }
  return data;
}

/** Upserts documents by key (existing ones are left as they are); returns key → id. */
async function ensureDocuments(
  tx: Prisma.TransactionClient,
  now: Date,
  documents: readonly (ValidTaskRow["document"])[],
): Promise<Map<string, number>> {
  const wanted = new Map<string, NonNullable<ValidTaskRow["document"]>>();
  for (const d of documents) if (d && !wanted.has(d.key)) wanted.set(d.key, d);
  const ids = await selectDocumentIds(tx, [...wanted.keys()]);
  const missing = [...wanted.values()].filter((d) => !ids.has(d.key));
  await insertDocuments(tx, missing, now);
  for (const [key, id] of await selectDocumentIds(tx, missing.map((d) => d.key))) ids.set(key, id);
  return ids;
}
