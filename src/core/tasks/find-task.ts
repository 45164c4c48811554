import type { Db } from "../../db/connect.js";
import { AppError, type Alternative } from "../errors.js";
import { damerauLevenshtein } from "../text/similarity.js";
import { parseShortCode, shortCodeFits, type ShortCode } from "./task-code.js";

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

/** A task as a choice: its full code, labelled with its agency (never its title, which may be confidential). */
export function taskChoice(task: { code: string; agency: { name: string } }): Alternative {
  return { value: task.code, label: `${task.code} · ${task.agency.name}` };
}

/** At most this many tasks are read to match or suggest a code: a bounded scan keeps this cheap on large databases. */
const MAX_CANDIDATES = 20_000;

/** Codes named in the text of an ambiguous answer; the choices offer the same first ones. */
const MAX_LISTED = 8;

type Scope = { agencyId?: { in: number[] } };

/**
 * The one task of `agencyIds` (the user's own, when they are restricted) that
 * `typed` names: its exact code in any case, or a short form of it ("1207",
 * "0104", "nv-1207", "2019-1207"; see task-code.ts). Tasks of other agencies
 * are never matched nor suggested, so their codes cannot be probed.
 *
 * @throws AppError `ambiguous_task` when a short form fits several tasks, and
 *   `unknown_task` when it fits none, with the closest codes; both carry the
 *   full codes as alternatives and the typed text as `details.query`.
 */
export async function findTaskByCode(db: Db, typed: string, agencyIds: "all" | number[]): Promise<TaskView> {
  const query = typed.trim();
  const scope: Scope = agencyIds === "all" ? {} : { agencyId: { in: agencyIds } };
  const exact = await db.task.findFirst({ where: { ...scope, code: { in: [...new Set([query, normalizeTaskCode(query)])] } }, select: TASK_VIEW });
  if (exact) return exact;
  const short = parseShortCode(query);
  if (short) {
    const fits = await tasksFitting(db, short, scope);
    if (fits.length === 1) return db.task.findUniqueOrThrow({ where: { id: fits[0]!.id }, select: TASK_VIEW });
    if (fits.length > 1) {
      const listed = fits.slice(0, MAX_LISTED).map((t) => t.code).join(", ");
      const codes = fits.length > MAX_LISTED ? `${listed}, …` : listed;
      throw new AppError("ambiguous_task", { query, count: fits.length, codes }, { alternatives: fits.map(taskChoice) });
    }
  }
  const close = await closestTasks(db, normalizeTaskCode(query), scope);
  throw new AppError(
    "unknown_task",
    { query, code: query, suggestions: close.map((t) => t.code).join(", "), count: close.length },
    { alternatives: close.map(taskChoice) },
  );
}

/** The tasks in scope whose code the short form fits, newest year first. */
async function tasksFitting(db: Db, short: ShortCode, scope: Scope): Promise<{ id: number; code: string; agency: { name: string } }[]> {
  // Every fitting code ends with the number; SQL narrows to those, the pure check decides.
  const candidates = await db.task.findMany({
    where: { ...scope, code: { endsWith: short.number } },
    select: { id: true, code: true, agency: { select: { name: true } } },
    orderBy: { code: "desc" },
    take: MAX_CANDIDATES,
  });
  return candidates.filter((t) => shortCodeFits(short, t.code));
}

/** Up to three codes in scope within three edits of `code`, the closest first. */
async function closestTasks(db: Db, code: string, scope: Scope): Promise<{ code: string; agency: { name: string } }[]> {
  const candidates = await db.task.findMany({
    where: { ...scope, status: { not: "cancelled" } },
    select: { code: true, agency: { select: { name: true } } },
    orderBy: { id: "desc" },
    take: MAX_CANDIDATES,
  });
  return candidates
    .map((c) => ({ task: c, distance: damerauLevenshtein(c.code, code) }))
    .filter((c) => c.distance <= 3)
    .sort((a, b) => a.distance - b.distance || a.task.code.localeCompare(b.task.code))
    .slice(0, 3)
    .map((c) => c.task);
}
