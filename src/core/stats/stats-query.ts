import { Prisma, type Db } from "../../db/connect.js";
import type { Counts } from "./categorize.js";
import { toDate } from "../reminders/sql-values.js";

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

export interface AgencyCounts extends Counts {
  agency: { id: number; code: string; name: string; displayOrder: number; active: boolean };
}

type Num = number | bigint | string | null;

interface Row {
  id: number | bigint;
  code: string;
  name: string;
  displayOrder: number | bigint;
  active: boolean | number | bigint;
  total: Num;
  onTime: Num;
  late: Num;
  overdue: Num;
}

/**
 * Counts tasks per lead agency in one GROUP BY with conditional sums — the
 * SQL twin of `categorize` (categorize.ts) — joined to the agencies in the
 * same round trip, in display order. inTerm is what is left of the total.
 * Cancelled tasks and tasks assigned after C never count. Every agency
 * (of `agencyIds`, when given) has a row, with zeros when it has no task.
 */
export async function queryCountsByAgency(db: Db, filter: StatsFilter): Promise<AgencyCounts[]> {
  const c = filter.asOf;
  if (filter.agencyIds?.length === 0) return [];
  const where = [...taskConditions(filter), Prisma.sql`t."assignedAt" <= ${c}`];
  const agencyWhere = filter.agencyIds ? Prisma.sql`a."id" IN (${Prisma.join(filter.agencyIds)})` : Prisma.sql`1 = 1`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT a."id" AS "id", a."code" AS "code", a."name" AS "name", a."displayOrder" AS "displayOrder", a."active" AS "active",
      c."total" AS "total", c."onTime" AS "onTime", c."late" AS "late", c."overdue" AS "overdue"
    FROM "Agency" a
    LEFT JOIN (
      SELECT t."agencyId" AS "agencyId",
        COUNT(*) AS "total",
        SUM(CASE WHEN t."completedAt" <= ${c}
                  AND (t."deadline" IS NULL OR t."completedAt" <= t."deadline") THEN 1 ELSE 0 END) AS "onTime",
        SUM(CASE WHEN t."completedAt" <= ${c} AND t."completedAt" > t."deadline" THEN 1 ELSE 0 END) AS "late",
        SUM(CASE WHEN (t."completedAt" IS NULL OR t."completedAt" > ${c})
                  AND t."deadline" < ${c} THEN 1 ELSE 0 END) AS "overdue"
      FROM "Task" t
      WHERE ${Prisma.join(where, " AND ")}
      GROUP BY t."agencyId"
    ) c ON c."agencyId" = a."id"
    WHERE ${agencyWhere}
    ORDER BY a."displayOrder", a."name"`;
  return rows.map((row) => {
    const total = Number(row.total ?? 0);
    const onTime = Number(row.onTime ?? 0);
    const late = Number(row.late ?? 0);
    const overdue = Number(row.overdue ?? 0);
    return {
      agency: { id: Number(row.id), code: row.code, name: row.name, displayOrder: Number(row.displayOrder), active: Boolean(row.active) },
      total, onTime, late, overdue, inTerm: total - onTime - late - overdue,
    };
  });
}

/** The conditions of the filter that do not depend on the as-of instant. */
function taskConditions(filter: StatsFilter): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`t."status" <> 'cancelled'`];
  if (filter.assignedFrom) where.push(Prisma.sql`t."assignedAt" >= ${filter.assignedFrom}`);
  if (filter.assignedTo) where.push(Prisma.sql`t."assignedAt" <= ${filter.assignedTo}`);
  if (filter.agencyIds) where.push(Prisma.sql`t."agencyId" IN (${Prisma.join(filter.agencyIds)})`);
  return where;
}

/**
 * The first instant after `filter.asOf` at which the counts of
 * {@link queryCountsByAgency} for this filter may change without any write,
 * or null when they never will: the earliest, over the filter's tasks, of
 * `nextCategoryChange` (categorize.ts), in one aggregate. Tasks assigned
 * after C are included: their assignment is such an instant.
 */
export async function queryNextChange(db: Db, filter: StatsFilter): Promise<Date | null> {
  if (filter.agencyIds?.length === 0) return null;
  const c = filter.asOf;
  const [row] = await db.$queryRaw<{ assigned: unknown; completed: unknown; deadline: unknown }[]>`
    SELECT MIN(CASE WHEN t."assignedAt" > ${c} THEN t."assignedAt" END) AS "assigned",
      MIN(CASE WHEN t."completedAt" > ${c} THEN t."completedAt" END) AS "completed",
      MIN(CASE WHEN t."deadline" >= ${c} THEN t."deadline" END) AS "deadline"
    FROM "Task" t
    WHERE ${Prisma.join(taskConditions(filter), " AND ")}`;
  // A task becomes overdue the millisecond after its deadline.
  const deadline = toDate(row?.deadline);
  const instants = [toDate(row?.assigned), toDate(row?.completed), deadline && new Date(deadline.getTime() + 1)];
  const times = instants.filter((d): d is Date => d !== null).map((d) => d.getTime());
  return times.length === 0 ? null : new Date(Math.min(...times));
}
