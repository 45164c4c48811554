/**
 * Data-quality check: the records that make the reports and reminders
 * unreliable, each list counted in full and shown by its first items.
 *
 * - open tasks without a deadline (they are never overdue, never reminded);
 * - open tasks with no activity for `staleDays` days (the reminder policy's
 *   `staleAfterDays`): their last update (or, without any, their assignment)
 *   is older than that before `asOf`;
 * - active agencies without a reachable focal officer: no `focal` role grant
 *   whose person has a chat identity not marked unreachable;
 * - done tasks with no progress update and no completion note.
 *
 * Read only; a few COUNT and LIMIT queries, none of them scanning rows
 * into memory.
 */
import { Prisma } from "../../db/connect.js";
import type { CoreDeps } from "../deps.js";
import { localDateOf } from "../time/zone.js";
import type { LocalDate } from "../time/local-date.js";

/** Items listed per check by default. */
export const QUALITY_LIST_LIMIT = 10;

/** Options of {@link checkQuality}. */
export interface CheckQualityOptions {
  /** The instant the check refers to (usually now). */
  asOf: Date;
  /** Items listed per check (the counts are always complete). Default {@link QUALITY_LIST_LIMIT}. */
  limit?: number;
  /** Days without an update after which an open task counts as stale: the policy's `staleAfterDays`. */
  staleDays: number;
}

/** A task named by a check; dates are local dates in APP_TIMEZONE. */
export interface QualityTask {
  id: number;
  code: string;
  title: string;
  confidential: boolean;
  agency: { code: string; name: string };
  assignedDate: LocalDate;
  /** Last update, or the assignment when there was none. */
  lastActivityDate: LocalDate;
  completedDate: LocalDate | null;
}

/** An agency named by a check. */
export interface QualityAgency {
  id: number;
  code: string;
  name: string;
}

/** One check's outcome: how many records, and the first ones. */
export interface QualityList<T> {
  count: number;
  items: T[];
}

/** Result of {@link checkQuality}. */
export interface QualityResult {
  asOf: Date;
  /** `asOf` as a local date in APP_TIMEZONE. */
  asOfDate: LocalDate;
  staleDays: number;
  /** Open tasks without a deadline, oldest assignment first. */
  openWithoutDeadline: QualityList<QualityTask>;
  /** Open tasks without activity for `staleDays` days, longest silent first. */
  stale: QualityList<QualityTask>;
  /** Active agencies (not merged away) without a reachable focal officer, in display order. */
  agenciesWithoutFocal: QualityList<QualityAgency>;
  /** Done tasks without any progress update or completion note, latest completion first. */
  doneWithoutNote: QualityList<QualityTask>;
}

const TASK_SELECT = {
  id: true,
  code: true,
  title: true,
  confidential: true,
  assignedAt: true,
  lastUpdateAt: true,
  completedAt: true,
  agency: { select: { code: true, name: true } },
} as const;

/** Runs every check. */
export async function checkQuality(deps: Pick<CoreDeps, "db" | "timeZone">, options: CheckQualityOptions): Promise<QualityResult> {
  const { db, timeZone } = deps;
  const limit = options.limit ?? QUALITY_LIST_LIMIT;
  const { staleDays } = options;
  const cutoff = new Date(options.asOf.getTime() - staleDays * 86_400_000);

  const noDeadline: Prisma.TaskWhereInput = { status: "open", deadline: null };
  const stale: Prisma.TaskWhereInput = {
    status: "open",
    OR: [{ lastUpdateAt: { lt: cutoff } }, { lastUpdateAt: null, assignedAt: { lt: cutoff } }],
  };
  const doneNoNote: Prisma.TaskWhereInput = {
    status: "done",
    progressUpdates: { none: {} },
    OR: [{ completionNote: null }, { completionNote: "" }],
  };
  const noFocal: Prisma.AgencyWhereInput = {
    active: true,
    mergedIntoId: null,
    roles: { none: { role: "focal", person: { identities: { some: { unreachableAt: null } } } } },
  };

  const [noDeadlineCount, noDeadlineItems, staleCount, staleItems, noFocalCount, noFocalItems, doneCount, doneItems] =
    await Promise.all([
      db.task.count({ where: noDeadline }),
      db.task.findMany({ where: noDeadline, select: TASK_SELECT, orderBy: [{ assignedAt: "asc" }, { id: "asc" }], take: limit }),
      db.task.count({ where: stale }),
      staleTasks(deps, cutoff, limit),
      db.agency.count({ where: noFocal }),
      db.agency.findMany({
        where: noFocal,
        select: { id: true, code: true, name: true },
        orderBy: [{ displayOrder: "asc" }, { name: "asc" }],
        take: limit,
      }),
      db.task.count({ where: doneNoNote }),
      db.task.findMany({ where: doneNoNote, select: TASK_SELECT, orderBy: [{ completedAt: "desc" }, { id: "asc" }], take: limit }),
    ]);

  const task = (t: TaskRow): QualityTask => ({
    id: t.id,
    code: t.code,
    title: t.title,
    confidential: t.confidential,
    agency: t.agency,
    assignedDate: localDateOf(t.assignedAt, timeZone),
    lastActivityDate: localDateOf(t.lastUpdateAt ?? t.assignedAt, timeZone),
    completedDate: t.completedAt ? localDateOf(t.completedAt, timeZone) : null,
  });
  return {
    asOf: options.asOf,
    asOfDate: localDateOf(options.asOf, timeZone),
    staleDays,
    openWithoutDeadline: { count: noDeadlineCount, items: noDeadlineItems.map(task) },
    stale: { count: staleCount, items: staleItems.map(task) },
    agenciesWithoutFocal: { count: noFocalCount, items: noFocalItems },
    doneWithoutNote: { count: doneCount, items: doneItems.map(task) },
  };
}

type TaskRow = Prisma.TaskGetPayload<{ select: typeof TASK_SELECT }>;

/**
 * The stale tasks, longest silent first: ordered by COALESCE(lastUpdateAt,
 * assignedAt), which Prisma cannot express, so the ids come from SQL.
 */
async function staleTasks(deps: Pick<CoreDeps, "db">, cutoff: Date, limit: number): Promise<TaskRow[]> {
  const ids = await deps.db.$queryRaw<{ id: number | bigint }[]>`
    SELECT t."id" FROM "Task" t
    WHERE t."status" = 'open' AND COALESCE(t."lastUpdateAt", t."assignedAt") < ${cutoff}
    ORDER BY COALESCE(t."lastUpdateAt", t."assignedAt") ASC, t."id" ASC
    LIMIT ${limit}`;
  const order = ids.map((r) => Number(r.id));
  const rows = await deps.db.task.findMany({ where: { id: { in: order } }, select: TASK_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap((id) => byId.get(id) ?? []);
}
