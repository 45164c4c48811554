/**
 * Reads what planning needs of the open tasks, in keyset pages by id (memory
 * per query stays bounded, no page is read twice) and without per-task
 * queries. The status test is written as a CASE so that the planner walks
 * the primary key in order: as a plain `status = 'open' OR …`, SQLite picks
 * the status index and sorts every page in a temporary B-tree. Titles and agencies are read later, only for the tasks that have
 * a reminder to show (load-details.ts).
 *
 * Each row comes back as ONE text value: Prisma converts raw results value by
 * value (a date costs a round trip through an ISO string), which made six
 * columns cost several times the driver's own read of the same rows; one
 * column per row, split here, stays within twice of it. The SQL is the same
 * on SQLite and PostgreSQL: `CAST(… AS TEXT)` and `||` (PostgreSQL renders
 * timestamps in its ISO DateStyle, the default, which the pg driver under
 * Prisma relies on as well).
 */
import { Prisma, type Db } from "../../db/connect.js";
import type { ReminderTask } from "./plan.js";

/** Rows per page. */
export const TASK_PAGE = 50_000;

/** A DateTime rendered as text: epoch milliseconds (SQLite) or "YYYY-MM-DD HH:MM:SS[.fff]" in UTC (PostgreSQL). */
function parseInstant(text: string): Date | null {
  if (text === "") return null;
  const ms = Number(text);
  return new Date(Number.isNaN(ms) ? `${text.replace(" ", "T")}Z` : ms);
}

/**
 * The tasks that are open at `now` (`isOpenAt` in SQL): status open, or done
 * with a completion after `now` (a plan for a past instant), assigned by then.
 */
export async function loadReminderTasks(db: Db, now: Date, page = TASK_PAGE): Promise<ReminderTask[]> {
  const out: ReminderTask[] = [];
  let after = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ r: string }[]>`
      SELECT CAST("id" AS TEXT) || '|' || CAST("agencyId" AS TEXT) || '|' || CAST("assignedAt" AS TEXT) || '|'
        || COALESCE(CAST("deadline" AS TEXT), '') || '|' || COALESCE(CAST("lastUpdateAt" AS TEXT), '') || '|' || "urgency" AS "r"
      FROM "Task"
      WHERE "id" > ${after} AND "assignedAt" <= ${now}
        AND CASE WHEN "status" = 'open' THEN TRUE WHEN "status" = 'done' THEN "completedAt" > ${now} ELSE FALSE END
      ORDER BY "id"
      LIMIT ${Prisma.raw(String(page))}`;
    for (const { r } of rows) {
      const [id, agencyId, assignedAt, deadline, lastUpdateAt, urgency] = r.split("|", 6) as [string, string, string, string, string, string];
      out.push({
        id: Number(id),
        agencyId: Number(agencyId),
        assignedAt: parseInstant(assignedAt)!,
        deadline: parseInstant(deadline),
        urgency,
        // The WHERE clause already kept only tasks open at `now`.
        status: "open",
        completedAt: null,
        lastUpdateAt: parseInstant(lastUpdateAt),
      });
    }
    if (rows.length < page) return out;
    after = out[out.length - 1]!.id;
  }
}
