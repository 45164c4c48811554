/**
 * The reads a sweep makes after planning, each bounded by what is due (not
 * by the number of tasks): task details for messages, latest progress
 * updates for escalations, existing digest keys, active snoozes.
 */
import { Prisma, type Db } from "../../db/connect.js";
import type { LastUpdate } from "./escalation-message.js";
import type { ReminderSnooze } from "./plan.js";
import { chunked, toBoolean, toDate } from "./sql-values.js";
import type { ReminderTaskDetails } from "./task-text.js";

/** Bound values per IN list: well under SQLite's and PostgreSQL's limits. */
const IN_BATCH = 500;

/** Code, title, confidentiality, assignment and agency name of the given tasks. */
export async function loadTaskDetails(db: Db, taskIds: readonly number[]): Promise<Map<number, ReminderTaskDetails>> {
  const out = new Map<number, ReminderTaskDetails>();
  for (const ids of chunked([...new Set(taskIds)], IN_BATCH)) {
    const rows = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT t."id", t."code", t."title", t."confidential", t."assignedAt", a."name" AS "agencyName", a."shortName" AS "agencyShortName"
      FROM "Task" t JOIN "Agency" a ON a."id" = t."agencyId"
      WHERE t."id" IN (${Prisma.join(ids)})`;
    for (const r of rows) {
      out.set(Number(r.id), {
        id: Number(r.id),
        code: String(r.code),
        title: String(r.title),
        confidential: toBoolean(r.confidential),
        assignedAt: toDate(r.assignedAt)!,
        agencyName: String(r.agencyShortName ?? r.agencyName),
      });
    }
  }
  return out;
}

/** The latest progress update (at or before `now`) of each given task. */
export async function loadLastUpdates(db: Db, taskIds: readonly number[], now: Date): Promise<Map<number, LastUpdate>> {
  const out = new Map<number, LastUpdate & { id: number }>();
  for (const ids of chunked([...new Set(taskIds)], IN_BATCH)) {
    const rows = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT p."id", p."taskId", p."createdAt", p."text"
      FROM "ProgressUpdate" p
      WHERE p."taskId" IN (${Prisma.join(ids)})
        AND p."createdAt" = (SELECT MAX(q."createdAt") FROM "ProgressUpdate" q WHERE q."taskId" = p."taskId" AND q."createdAt" <= ${now})`;
    for (const r of rows) {
      const taskId = Number(r.taskId);
      const id = Number(r.id);
      const previous = out.get(taskId);
      if (!previous || previous.id < id) out.set(taskId, { id, at: toDate(r.createdAt)!, text: String(r.text) });
    }
  }
  return new Map([...out].map(([taskId, { at, text }]) => [taskId, { at, text }]));
}

/** Which of `keys` are already in the outbox. */
export async function existingKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const batch of chunked(keys, IN_BATCH)) {
    const rows = await db.outboxMessage.findMany({ where: { dedupeKey: { in: batch } }, select: { dedupeKey: true } });
    for (const r of rows) found.add(r.dedupeKey);
  }
  return found;
}

/**
 * Snoozes that can still matter: those ending after `since`. An older one
 * moved an occurrence that has been delivered or superseded since.
 */
export async function loadSnoozes(db: Db, since: Date): Promise<ReminderSnooze[]> {
  return db.taskSnooze.findMany({ where: { until: { gt: since } }, select: { taskId: true, personId: true, trigger: true, until: true } });
}
