/**
 * The bulk statements of the task import, in raw SQL because Prisma's
 * `createMany` and relational `findMany` cost 4-6 times more per row (it
 * splits inserts into 999-variable statements and loads relations with extra
 * queries). The SQL is written once for SQLite and PostgreSQL: identifiers
 * are double-quoted and values are bound through `Prisma.sql`, which picks
 * each provider's placeholders. Dates are bound as `Date`, so they are stored
 * exactly as Prisma stores them.
 */
import { Prisma } from "../../db/connect.js";
import { chunks } from "./chunks.js";
import type { StoredTask } from "./task-plan.js";

/** Codes per lookup query. */
const LOOKUP_BATCH = 1_000;
/** Rows per INSERT; beyond 500 rows the cost per row no longer drops. */
export const INSERT_BATCH = 500;

/** A new task row. */
export interface TaskInsert {
  code: string;
  title: string;
  agencyId: number;
  documentId: number | null;
  assignedAt: Date;
  deadline: Date | null;
  status: string;
  completedAt: Date | null;
  note: string | null;
}

/**
 * Binding a value costs far more than reading a row, so when the table holds
 * at most this many rows per wanted key, it is cheaper to read it whole
 * (one statement, no bound values) than to send the keys in IN lists.
 */
const FULL_SCAN_RATIO = 3;

const STORED_TASK_SELECT = Prisma.sql`
  SELECT t."id", t."code", t."title", t."assignedAt", t."deadline", t."originalDeadline",
         t."completedAt", t."status", t."note", a."code" AS "agencyCode", d."key" AS "documentKey"
  FROM "Task" t
  JOIN "Agency" a ON a."id" = t."agencyId"
  LEFT JOIN "Document" d ON d."id" = t."documentId"`;

/** The stored tasks with these codes, by code, with their agency code and document key. */
export async function selectStoredTasks(db: Prisma.TransactionClient, codes: readonly string[]): Promise<Map<string, StoredTask>> {
  const out = new Map<string, StoredTask>();
  const wanted = new Set(codes);
  if (wanted.size === 0) return out;
  const rows: Record<string, unknown>[] = [];
  if ((await db.task.count()) <= FULL_SCAN_RATIO * wanted.size) {
    rows.push(...(await db.$queryRaw<Record<string, unknown>[]>`${STORED_TASK_SELECT}`));
  } else {
    for (const batch of chunks([...wanted], LOOKUP_BATCH)) {
      rows.push(...(await db.$queryRaw<Record<string, unknown>[]>`${STORED_TASK_SELECT} WHERE t."code" IN (${Prisma.join(batch)})`));
    }
  }
  for (const r of rows) {
    const code = String(r.code);
    if (!wanted.has(code)) continue;
    out.set(code, {
      id: Number(r.id),
      code,
      title: String(r.title),
      agencyCode: String(r.agencyCode),
      documentKey: optionalString(r.documentKey),
      assignedAt: toDate(r.assignedAt)!,
      deadline: toDate(r.deadline),
      originalDeadline: toDate(r.originalDeadline),
      completedAt: toDate(r.completedAt),
      status: String(r.status),
      note: optionalString(r.note),
    });
  }
  return out;
}

/** Ids of the stored documents with these keys, by key (same strategy as {@link selectStoredTasks}). */
export async function selectDocumentIds(db: Prisma.TransactionClient, keys: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const wanted = new Set(keys);
  if (wanted.size === 0) return out;
  const found: { id: number; key: string }[] = [];
  if ((await db.document.count()) <= FULL_SCAN_RATIO * wanted.size) {
    found.push(...(await db.document.findMany({ select: { id: true, key: true } })));
  } else {
    for (const batch of chunks([...wanted], LOOKUP_BATCH)) {
      found.push(...(await db.document.findMany({ where: { key: { in: batch } }, select: { id: true, key: true } })));
    }
  }
  for (const d of found) if (wanted.has(d.key)) out.set(d.key, d.id);
  return out;
}

/**
 * Inserts tasks, {@link INSERT_BATCH} per statement; `originalDeadline` is the
 * deadline. Calls `onBatch` with the number of rows after each statement.
 */
export async function insertTasks(
  tx: Prisma.TransactionClient,
  tasks: readonly TaskInsert[],
  onBatch: (rows: number) => void,
  now: Date,
): Promise<void> {
  for (const batch of chunks(tasks, INSERT_BATCH)) {
    const values = batch.map(
      (t) =>
        Prisma.sql`(${t.code}, ${t.title}, ${t.agencyId}, ${t.documentId}, ${t.assignedAt}, ${t.deadline}, ${t.deadline}, ${t.status}, ${t.completedAt}, ${t.note}, ${now}, ${now})`,
    );
    await tx.$executeRaw`
      INSERT INTO "Task" ("code", "title", "agencyId", "documentId", "assignedAt", "deadline", "originalDeadline",
                          "status", "completedAt", "note", "createdAt", "updatedAt")
      VALUES ${Prisma.join(values)}`;
    onBatch(batch.length);
  }
}

/** A new directive document. */
export interface DocumentInsert {
  key: string;
  number: string;
  issuedAt: Date | null;
}

/** Inserts documents, {@link INSERT_BATCH} per statement. */
export async function insertDocuments(tx: Prisma.TransactionClient, documents: readonly DocumentInsert[], now: Date): Promise<void> {
  for (const batch of chunks(documents, INSERT_BATCH)) {
    const values = batch.map((d) => Prisma.sql`(${d.key}, ${d.number}, ${d.issuedAt}, ${now})`);
    await tx.$executeRaw`INSERT INTO "Document" ("key", "number", "issuedAt", "createdAt") VALUES ${Prisma.join(values)}`;
  }
}

function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string | number);
}

function optionalString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
