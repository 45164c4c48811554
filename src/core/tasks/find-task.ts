import type { Db } from "../../db/connect.js";
import { AppError } from "../errors.js";
import { damerauLevenshtein } from "../text/similarity.js";

/** The task fields the conversation shows and checks. */
export const TASK_VIEW = {
  id: true, code: true, title: true, agencyId: true, assignedAt: true, deadline: true, originalDeadline: true,
  urgency: true, confidential: true, status: true, completedAt: true, progressPercent: true, lastUpdateAt: true,
  agency: { select: { id: true, name: true, code: true } },
} as const;

export interface TaskView {
  id: number;
  code: string;
  title: string;
  agencyId: number;
  assignedAt: Date;
  deadline: Date | null;
  originalDeadline: Date | null;
  urgency: string;
  confidential: boolean;
  status: string;
  completedAt: Date | null;
  progressPercent: number;
  lastUpdateAt: Date | null;
  agency: { id: number; name: string; code: string };
}

/** "nv-2019-0001", "NV-2019-0001" and "2019-0001" name the same task. */
export function normalizeTaskCode(code: string): string {
  const upper = code.trim().toUpperCase();
  return /^\d{4}-/.test(upper) ? `NV-${upper}` : upper;
}

/**
 * The task with this code, or `unknown_task` with the closest codes among
 * those of `agencyIds` (the user's own, when they are restricted).
 */
export async function findTaskByCode(db: Db, code: string, agencyIds: "all" | number[]): Promise<TaskView> {
  const normalized = normalizeTaskCode(code);
  const task = await db.task.findUnique({ where: { code: normalized }, select: TASK_VIEW });
  if (task) return task;
  throw new AppError("unknown_task", { code, ...(await closestCodes(db, normalized, agencyIds)) });
}

async function closestCodes(db: Db, code: string, agencyIds: "all" | number[]): Promise<{ suggestions: string; count: number }> {
  // Codes that share the year part first; a bounded scan keeps this cheap on large databases.
  const candidates = await db.task.findMany({
    where: { ...(agencyIds === "all" ? {} : { agencyId: { in: agencyIds } }), status: { not: "cancelled" } },
    select: { code: true },
    orderBy: { id: "desc" },
    take: 20_000,
  });
  const ranked = candidates
    .map((c) => ({ code: c.code, distance: damerauLevenshtein(c.code, code) }))
    .filter((c) => c.distance <= 3)
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, 3)
    .map((c) => c.code);
  return { suggestions: ranked.join(", "), count: ranked.length };
}
