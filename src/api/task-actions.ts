/**
 * Progress reports and completions sent by integrations. They follow the
 * rules of the chat's own actions (src/core/tasks): only open tasks take
 * progress; a completion cannot be in the future or before the assignment;
 * the open → done update is guarded so that it happens once. Each write is
 * audited with the actor label `api:<key prefix>`.
 *
 * Idempotency: the caller's `externalId` becomes ProgressUpdate.sourceKey
 * `api:<key prefix>:<externalId>` (unique), so a replay finds the first
 * record and changes nothing.
 */
import { audit } from "../core/audit.js";
import type { CoreDeps } from "../core/deps.js";
import { localDateOf, startOfLocalDay } from "../core/time/zone.js";
import { parseDate } from "../core/time/parse-date.js";
import type { Prisma } from "../db/connect.js";
import { ApiError } from "./errors.js";

/** The task fields the API answers with. */
export const API_TASK_SELECT = {
  id: true,
  code: true,
  title: true,
  confidential: true,
  agency: { select: { code: true, name: true } },
  document: { select: { number: true } },
  assignedAt: true,
  deadline: true,
  completedAt: true,
  status: true,
  progressPercent: true,
  note: true,
} as const;

type TaskRow = Prisma.TaskGetPayload<{ select: typeof API_TASK_SELECT }>;

/**
 * A task as the API shows it (schemas.ts TaskSchema). A confidential task's
 * title is withheld, as in every other answer: a write key may name any task
 * by its code, and must not read a secret title back that way.
 */
export function taskJson(t: TaskRow) {
  return {
    code: t.code,
    title: t.confidential ? null : t.title,
    confidential: t.confidential,
    agency: t.agency,
    documentNumber: t.document?.number ?? null,
    assignedAt: t.assignedAt.toISOString(),
    deadline: t.deadline?.toISOString() ?? null,
    completedAt: t.completedAt?.toISOString() ?? null,
    status: t.status as "open" | "done" | "cancelled",
    progressPercent: t.progressPercent,
    note: t.note,
  };
}

/** The task with this exact code, or 404 `task_not_found`. */
export async function findApiTask(deps: Pick<CoreDeps, "db">, code: string): Promise<TaskRow> {
  const task = await deps.db.task.findUnique({ where: { code }, select: API_TASK_SELECT });
  if (!task) throw new ApiError(404, "task_not_found", `There is no task with the code “${code}”.`, { code });
  return task;
}

/** Who is writing: the key's prefix. */
export interface ApiActor {
  prefix: string;
}

const sourceKeyOf = (actor: ApiActor, externalId: string) => `api:${actor.prefix}:${externalId}`;
const labelOf = (actor: ApiActor) => `api:${actor.prefix}`;

/** A replay of `sourceKey`: the earlier record, or null; 409 when it belongs to another task. */
async function replayed(deps: Pick<CoreDeps, "db">, sourceKey: string, task: TaskRow, externalId: string) {
  const seen = await deps.db.progressUpdate.findUnique({ where: { sourceKey } });
  if (seen && seen.taskId !== task.id) {
    throw new ApiError(409, "external_id_conflict", `externalId “${externalId}” was already used for another task.`, { externalId });
  }
  return seen;
}

function isUniqueViolation(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { code?: string }).code === "P2002";
}

/** Records a progress report; `created` the first time, `unchanged` on a replay. */
export async function recordApiProgress(
  deps: CoreDeps,
  actor: ApiActor,
  input: { code: string; text: string; percent?: number; externalId: string },
) {
  const task = await findApiTask(deps, input.code);
  const sourceKey = sourceKeyOf(actor, input.externalId);
  const json = (p: { id: number; text: string; percent: number | null; createdAt: Date }) => ({
    id: p.id, taskCode: task.code, text: p.text, percent: p.percent, createdAt: p.createdAt.toISOString(),
  });
  const seen = await replayed(deps, sourceKey, task, input.externalId);
  if (seen) return { result: "unchanged" as const, progress: json(seen) };
  if (task.status !== "open") {
    throw new ApiError(409, "task_not_open", `Task ${task.code} is ${task.status}; it takes no more progress reports.`, { status: task.status });
  }
  const now = deps.clock();
  const percent = input.percent ?? null;
  try {
    const created = await deps.db.$transaction(async (tx) => {
      const update = await tx.progressUpdate.create({
        data: { taskId: task.id, kind: "progress", text: input.text, percent, sourceKey, createdAt: now },
      });
      await tx.task.update({
        where: { id: task.id },
        data: { lastUpdateAt: now, ...(percent !== null ? { progressPercent: percent } : {}) },
      });
      await audit(tx, {
        actorLabel: labelOf(actor), action: "task.progress", entity: "Task", entityId: task.id,
        before: { progressPercent: task.progressPercent }, after: { progressUpdateId: update.id, percent, text: input.text }, at: now,
      });
      return update;
    });
    return { result: "created" as const, progress: json(created) };
  } catch (err) {
    // The same externalId sent twice at once: the other request recorded it.
    if (!isUniqueViolation(err)) throw err;
    const again = await replayed(deps, sourceKey, task, input.externalId);
    if (!again) throw err;
    return { result: "unchanged" as const, progress: json(again) };
  }
}

/** Marks a task done; `completed` the first time, `unchanged` on a replay of the same externalId. */
export async function completeApiTask(
  deps: CoreDeps,
  actor: ApiActor,
  input: { code: string; completedAt?: string; note?: string; externalId: string },
) {
  const task = await findApiTask(deps, input.code);
  const sourceKey = sourceKeyOf(actor, input.externalId);
  if (await replayed(deps, sourceKey, task, input.externalId)) return { result: "unchanged" as const, task: taskJson(task) };
  if (task.status === "cancelled") throw new ApiError(409, "task_not_open", `Task ${task.code} is cancelled.`, { status: task.status });
  if (task.status === "done") {
    throw new ApiError(409, "already_completed", `Task ${task.code} was already completed.`, { completedAt: task.completedAt?.toISOString() ?? null });
  }
  const now = deps.clock();
  const completedAt = input.completedAt === undefined ? now : completionInstant(input.completedAt, task.assignedAt, now, deps.timeZone);
  const note = input.note?.trim() ?? "";
  try {
    await deps.db.$transaction(async (tx) => {
      const changed = await tx.task.updateMany({
        where: { id: task.id, status: "open" },
        data: { status: "done", completedAt, completionNote: note || null, progressPercent: 100, lastUpdateAt: now },
      });
      if (changed.count === 0) throw new ApiError(409, "already_completed", `Task ${task.code} was already completed.`);
      await tx.progressUpdate.create({
        data: { taskId: task.id, kind: "completion", text: note, percent: 100, sourceKey, createdAt: now },
      });
      await audit(tx, {
        actorLabel: labelOf(actor), action: "task.complete", entity: "Task", entityId: task.id,
        before: { status: task.status, completedAt: task.completedAt }, after: { status: "done", completedAt, note }, at: now,
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err) || !(await replayed(deps, sourceKey, task, input.externalId))) throw err;
    return { result: "unchanged" as const, task: taskJson(await findApiTask(deps, task.code)) };
  }
  return { result: "completed" as const, task: taskJson(await findApiTask(deps, task.code)) };
}

/**
 * The completion instant of a date text, by the import's rules: a plain date
 * is the start of its local day; not in the future; not on a day before the
 * assignment's (nor, with a time, before the assignment instant).
 */
function completionInstant(text: string, assignedAt: Date, now: Date, timeZone: string): Date {
  const parsed = parseDate(text, { tz: timeZone });
  const fail = (code: string, message: string) =>
    new ApiError(422, "invalid_body", `The request body is not valid: completedAt: ${message}`, {
      reasons: [{ field: "completedAt", code, message: `completedAt: ${message}` }],
    });
  if (!parsed.ok) {
    throw parsed.reason === "invalid_date"
      ? fail("date_invalid", `“${text}” is not a real date.`)
      : fail("date_format", `cannot read the date “${text}”; use dd/mm/yyyy, dd/mm/yyyy HH:mm or ISO 8601.`);
  }
  const { date, time, instant } = parsed.value;
  const at = time === null ? startOfLocalDay(date, timeZone) : instant;
  if (at.getTime() > now.getTime()) throw fail("completed_in_future", `completion date ${text} is in the future.`);
  const assignedDay = localDateOf(assignedAt, timeZone);
  if (date < assignedDay || (time !== null && at.getTime() < assignedAt.getTime())) {
    throw fail("completed_before_assigned", `completion date ${text} is before the assignment date.`);
  }
  return at;
}
