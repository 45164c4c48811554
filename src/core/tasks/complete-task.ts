import type { ConversationDeps } from "../conversation/context.js";
import type { Actor } from "../access/roles.js";
import { can } from "../access/permissions.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import type { TaskView } from "./find-task.js";

export interface CompleteTaskInput {
  actor: Actor;
  task: TaskView;
  note: string;
  /** A past completion time, to correct records (inspectors and admins only). Default: now. */
  completedAt?: Date;
  sourceKey?: string;
}

export type CompleteTaskResult = { status: "completed"; completedAt: Date } | { status: "already_done"; completedAt: Date };

/**
 * Marks a task done. Idempotent: a task already done is reported as such.
 * The guarded update (status open → done) makes two simultaneous presses
 * complete it once.
 */
export async function completeTask(deps: ConversationDeps, input: CompleteTaskInput): Promise<CompleteTaskResult> {
  const { actor, task } = input;
  if (!can(actor, "task.update", task.agencyId)) throw new AppError("forbidden");
  const now = deps.clock();
  if (input.completedAt && !can(actor, "task.backdate", task.agencyId)) throw new AppError("forbidden");
  const completedAt = input.completedAt ?? now;
  if (completedAt.getTime() > now.getTime()) throw new AppError("invalid_completion_date", { reason: "future" });
  if (completedAt.getTime() < task.assignedAt.getTime()) throw new AppError("invalid_completion_date", { reason: "before_assigned" });
  if (task.status === "cancelled") throw new AppError("task_not_open", { code: task.code });
  return deps.db.$transaction(async (tx) => {
    const changed = await tx.task.updateMany({
      where: { id: task.id, status: "open" },
      data: { status: "done", completedAt, completionNote: input.note || null, progressPercent: 100, lastUpdateAt: now },
    });
    if (changed.count === 0) {
      const current = await tx.task.findUniqueOrThrow({ where: { id: task.id }, select: { completedAt: true } });
      return { status: "already_done" as const, completedAt: current.completedAt ?? completedAt };
    }
    await tx.progressUpdate.create({
      data: { taskId: task.id, personId: actor.personId, kind: "completion", text: input.note || "", percent: 100, sourceKey: input.sourceKey ?? null, createdAt: now },
    });
    await audit(tx, {
      actorId: actor.personId, action: "task.complete", entity: "Task", entityId: task.id,
      before: { status: task.status, completedAt: task.completedAt }, after: { status: "done", completedAt, note: input.note }, at: now,
    });
    return { status: "completed" as const, completedAt };
  });
}
