import { can, readableAgencies } from "../../access/permissions.js";
import { AppError } from "../../errors.js";
import { findTaskByCode, TASK_VIEW, type TaskView } from "../../tasks/find-task.js";
import type { CommandContext } from "../context.js";
import type { Actor } from "../../access/roles.js";
import type { Action } from "../../access/permissions.js";

/** The registered actor of a command (commands that are not public always have one). */
export function actorOf(ctx: CommandContext): Actor {
  if (!ctx.actor) throw new AppError("not_registered");
  return ctx.actor;
}

/**
 * Finds a task the actor may read, by its code or a short form of it. Only
 * tasks the actor may read are matched or suggested; another agency's task is
 * reported as unknown, not forbidden, so codes cannot be probed for other
 * agencies' work.
 */
export async function readableTask(ctx: CommandContext, code: string): Promise<TaskView> {
  const actor = actorOf(ctx);
  const task = await findTaskByCode(ctx.deps.db, code, readableAgencies(actor));
  if (!can(actor, "task.read", task.agencyId)) throw new AppError("unknown_task", { query: code, code, suggestions: "", count: 0 });
  return task;
}

export async function taskById(ctx: CommandContext, id: number): Promise<TaskView> {
  const task = await ctx.deps.db.task.findUnique({ where: { id }, select: TASK_VIEW });
  if (!task || !can(actorOf(ctx), "task.read", task.agencyId)) throw new AppError("not_found");
  return task;
}

/**
 * The open task a reminder button acts on (update, extension, acknowledge,
 * snooze): readable, the actor may take `action` for its agency now, and it
 * is still open. A button outlives the rights and the task state it was
 * shown with, so both are checked at the press.
 */
export async function openTaskToAct(ctx: CommandContext, id: number, action: Extract<Action, "task.update" | "extension.request"> = "task.update"): Promise<TaskView> {
  const task = await taskById(ctx, id);
  if (!can(actorOf(ctx), action, task.agencyId)) throw new AppError("forbidden");
  if (task.status !== "open") throw new AppError("task_not_open", { code: task.code });
  return task;
}

/** Splits "<code> <rest>" off the arguments. */
export function splitCode(args: string): { code: string; rest: string } {
  const [code = "", ...rest] = args.trim().split(/\s+/);
  return { code, rest: rest.join(" ").trim() };
}
