import { Prisma, type Db } from "../../db/connect.js";
import type { Counts } from "./categorize.js";

export interface StatsFilter {
  /** The as-of instant C. */
  asOf: Date;
  /** Only tasks assigned at or after this instant. */
  assignedFrom?: Date;
  /** Only tasks assigned at or before this instant. */
  assignedTo?: Date;
  /** Only these lead agencies. */
  agencyIds?: number[];
}

interface Row {
  agencyId: number | bigint;
  total: number | bigint | string;
  onTime: number | bigint | string | null;
  late: number | bigint | string | null;
  overdue: number | bigint | string | null;
}

/**
 * Counts tasks per lead agency in one GROUP BY with conditional sums: the SQL
 * twin of `categorize` (categorize.ts). inTerm is what is left of the total.
 * Cancelled tasks and tasks assigned after C never count.
 */
export async function queryCountsByAgency(db: Db, filter: StatsFilter): Promise<Map<number, Counts>> {
  const c = filter.asOf;
  const where: Prisma.Sql[] = [Prisma.sql`t."status" <> 'cancelled'`, Prisma.sql`t."assignedAt" <= ${c}`];
  if (filter.assignedFrom) where.push(Prisma.sql`t."assignedAt" >= ${filter.assignedFrom}`);
  if (filter.assignedTo) where.push(Prisma.sql`t."assignedAt" <= ${filter.assignedTo}`);
  if (filter.agencyIds) {
    if (filter.agencyIds.length === 0) return new Map();
    where.push(Prisma.sql`t."agencyId" IN (${Prisma.join(filter.agencyIds)})`);
  }
  const rows = await db.$queryRaw<Row[]>`
    SELECT t."agencyId" AS "agencyId",
      COUNT(*) AS "total",
      SUM(CASE WHEN t."completedAt" <= ${c}
                AND (t."deadline" IS NULL OR t."completedAt" <= t."deadline") THEN 1 ELSE 0 END) AS "onTime",
      SUM(CASE WHEN t."completedAt" <= ${c} AND t."completedAt" > t."deadline" THEN 1 ELSE 0 END) AS "late",
      SUM(CASE WHEN (t."completedAt" IS NULL OR t."completedAt" > ${c})
                AND t."deadline" < ${c} THEN 1 ELSE 0 END) AS "overdue"
    FROM "Task" t
    WHERE ${Prisma.join(where, " AND ")}
    GROUP BY t."agencyId"`;
  const result = new Map<number, Counts>();
  for (const row of rows) {
    const total = Number(row.total);
    const onTime = Number(row.onTime ?? 0);
    const late = Number(row.late ?? 0);
    const overdue = Number(row.overdue ?? 0);
    result.set(Number(row.agencyId), { total, onTime, late, overdue, inTerm: total - onTime - late - overdue });
  }
  return result;
}
