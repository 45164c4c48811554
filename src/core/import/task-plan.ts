/**
 * Compares validated rows with the tasks already stored and decides, per
 * row, create / update / unchanged. Reads only; used for the real import
 * (inside its transaction) and for `--dry-run`.
 */
import type { Prisma } from "../../db/connect.js";
import { selectStoredTasks } from "./task-sql.js";
import type { ValidTaskRow } from "./validate-task-row.js";

/** The stored fields of a task that an import may change. */
export interface StoredTask {
  id: number;
  code: string;
  title: string;
  agencyCode: string;
  documentKey: string | null;
  assignedAt: Date;
  deadline: Date | null;
  originalDeadline: Date | null;
  completedAt: Date | null;
  status: string;
  note: string | null;
}

/** A field an import compares, named as in the audit log. */
export type ImportedField = "title" | "agency" | "document" | "assignedAt" | "deadline" | "completedAt" | "status" | "note";

/** One changed field; values as written to the audit log (dates in ISO 8601, agency by code, document by key). */
export interface FieldChange {
  field: ImportedField;
  before: string | null;
  after: string | null;
}

/** A stored task that a row changes. */
export interface TaskChange {
  existing: StoredTask;
  row: ValidTaskRow;
  fields: FieldChange[];
}

/** What an import would do. */
export interface TaskImportPlan {
  creates: ValidTaskRow[];
  updates: TaskChange[];
  unchanged: number;
}

/** Reads the stored tasks with the rows' codes and sorts the rows into creates, updates and unchanged. */
export async function planTaskImport(db: Prisma.TransactionClient, rows: readonly ValidTaskRow[]): Promise<TaskImportPlan> {
  const stored = await selectStoredTasks(db, rows.map((r) => r.code));
  const plan: TaskImportPlan = { creates: [], updates: [], unchanged: 0 };
  for (const row of rows) {
    const existing = stored.get(row.code);
    if (!existing) {
      plan.creates.push(row);
      continue;
    }
    const fields = diffTask(existing, row);
    if (fields.length === 0) plan.unchanged++;
    else plan.updates.push({ existing, row, fields });
  }
  return plan;
}

/** The fields whose stored value differs from the row's. */
export function diffTask(existing: StoredTask, row: ValidTaskRow): FieldChange[] {
  const status = row.completedAt ? "done" : existing.status === "cancelled" ? "cancelled" : "open";
  const pairs: [ImportedField, string | null, string | null][] = [
    ["title", existing.title, row.title],
    ["agency", existing.agencyCode, row.agency.code],
    ["document", existing.documentKey, row.document?.key ?? null],
    ["assignedAt", iso(existing.assignedAt), iso(row.assignedAt)],
    ["deadline", iso(existing.deadline), iso(row.deadline)],
    ["completedAt", iso(existing.completedAt), iso(row.completedAt)],
    ["status", existing.status, status],
    ["note", existing.note, row.note],
  ];
  return pairs.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ field, before, after }));
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
