/**
 * The grouped queries behind appendix 2 and the document count. Both use the
 * same task filter as the stats query (src/core/stats/stats-query.ts):
 * cancelled tasks and tasks assigned after the as-of instant never count.
 */
import { Prisma, type Db } from "../db/connect.js";
import type { MonthCell } from "./types.js";

/** Tasks assigned between `from` and `to` (inclusive), as of `asOf`. */
export interface ReportFilter {
  asOf: Date;
  from: Date;
  to: Date;
  /**
   * Start instants of the months after the first one, ascending: a task
   * assigned before `monthStarts[0]` falls in month 0, and so on.
   */
  monthStarts: Date[];
}

type DbNumber = number | bigint | string | null;

/**
 * The task filter. The assignment bounds are written as NOT (a > b) rather
 * than a <= b: PostgreSQL reads both the same (same estimates, same plan),
 * but SQLite then uses no index for them. A report period usually covers
 * most tasks, and SQLite, taking a two-sided range on the assignedAt index
 * for selective, would otherwise look every task up in the table: 3-5x
 * slower at 100,000 tasks than scanning the covering agency index (or the
 * table, for the document count).
 */
function whereOf(filter: ReportFilter): Prisma.Sql {
  return Prisma.sql`t."status" <> 'cancelled' AND NOT (t."assignedAt" > ${filter.asOf})
    AND NOT (t."assignedAt" < ${filter.from}) AND NOT (t."assignedAt" > ${filter.to})`;
}

/**
 * The month index of t."assignedAt" among `starts` (the starts of months
 * first+1..last) as nested CASE expressions: a binary search, so each row
 * takes about log2(months) comparisons.
 */
function monthBucket(starts: Date[], first: number, last: number): Prisma.Sql {
  if (first === last) return Prisma.raw(String(first));
  const mid = Math.floor((first + last + 1) / 2);
  return Prisma.sql`CASE WHEN t."assignedAt" < ${starts[mid - 1]!} THEN ${monthBucket(starts, first, mid - 1)} ELSE ${monthBucket(starts, mid, last)} END`;
}

/**
 * Per agency and month of assignment: tasks assigned and, of those, completed
 * at or before the as-of instant. One GROUP BY; the month is a CASE over the
 * month boundaries (see monthBucket), so both SQLite and PostgreSQL bucket
 * identically.
 *
 * @returns agency id → one cell per month (monthStarts.length + 1 cells).
 */
export async function queryMonthlyByAgency(db: Db, filter: ReportFilter): Promise<Map<number, MonthCell[]>> {
  const count = filter.monthStarts.length + 1;
  const bucket = monthBucket(filter.monthStarts, 0, count - 1);
  const rows = await db.$queryRaw<{ agencyId: DbNumber; month: DbNumber; assigned: DbNumber; done: DbNumber }[]>`
    SELECT b."agencyId" AS "agencyId", b."month" AS "month", COUNT(*) AS "assigned",
      SUM(CASE WHEN b."completedAt" <= ${filter.asOf} THEN 1 ELSE 0 END) AS "done"
    FROM (SELECT t."agencyId" AS "agencyId", t."completedAt" AS "completedAt", ${bucket} AS "month"
          FROM "Task" t WHERE ${whereOf(filter)}) b
    GROUP BY b."agencyId", b."month"`;
  const result = new Map<number, MonthCell[]>();
  for (const row of rows) {
    const agencyId = Number(row.agencyId);
    let cells = result.get(agencyId);
    if (!cells) {
      cells = Array.from({ length: count }, () => ({ assigned: 0, done: 0 }));
      result.set(agencyId, cells);
    }
    const cell = cells[Number(row.month)]!;
    cell.assigned += Number(row.assigned);
    cell.done += Number(row.done ?? 0);
  }
  return result;
}

/**
 * Distinct documents that assigned at least one task matching the filter.
 * Grouping first is faster than COUNT(DISTINCT) on SQLite.
 */
export async function queryDocumentCount(db: Db, filter: ReportFilter): Promise<number> {
  const rows = await db.$queryRaw<{ documents: DbNumber }[]>`
    SELECT COUNT(*) AS "documents" FROM (
      SELECT t."documentId" FROM "Task" t
      WHERE ${whereOf(filter)} AND t."documentId" IS NOT NULL
      GROUP BY t."documentId") d`;
  return Number(rows[0]?.documents ?? 0);
}
