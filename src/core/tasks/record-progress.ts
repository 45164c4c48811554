import type { ConversationDeps } from "../conversation/context.js";
import type { Actor } from "../access/roles.js";
import { can } from "../access/permissions.js";
import { AppError } from "../errors.js";
import { audit } from "../audit.js";
import type { TaskView } from "./find-task.js";

export interface RecordProgressInput {
  actor: Actor;
  task: TaskView;
  text: string;
  percent: number | null;
  /** Where the text came from ("telegram:<chat>:<message>"); a replay records nothing new. */
  sourceKey?: string;
  kind?: "progress" | "ack";
}

/**
 * Records a free-form progress update against a task of the actor's agency.
 * Returns the update's id; `duplicate` when the same source was already
 * recorded (a redelivered message), which then changes nothing.
 */
export async function recordProgress(deps: ConversationDeps, input: RecordProgressInput): Promise<{ id: number; duplicate: boolean }> {
  const { actor, task } = input;
  if (!can(actor, "task.update", task.agencyId)) throw new AppError("forbidden");
  const now = deps.clock();
  return deps.db.$transaction(async (tx) => {
    const seen = input.sourceKey ? await tx.progressUpdate.findUnique({ where: { sourceKey: input.sourceKey }, select: { id: true } }) : null;
    if (seen) return { id: seen.id, duplicate: true };
    const update = await tx.progressUpdate.create({
      data: { taskId: task.id, personId: actor.personId, kind: input.kind ?? "progress", text: input.text, percent: input.percent, sourceKey: input.sourceKey ?? null, createdAt: now },
    });
    if (input.kind !== "ack") {
      await tx.task.update({
        where: { id: task.id },
        data: { lastUpdateAt: now, ...(input.percent !== null ? { progressPercent: input.percent } : {}) },
      });
    }
    await audit(tx, {
      actorId: actor.personId, action: input.kind === "ack" ? "task.ack" : "task.progress", entity: "Task", entityId: task.id,
      before: { progressPercent: task.progressPercent }, after: { progressUpdateId: update.id, percent: input.percent, text: input.text }, at: now,
    });
    return { id: update.id, duplicate: false };
  });
}
