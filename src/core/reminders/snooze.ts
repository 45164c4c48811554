/**
 * "Nhắc lại sau" (remind me later): puts off ONE occurrence of a task's
 * reminders for ONE person until the first send window (of the policy in
 * force, `deps.policy`) of the next working day. The rest of the schedule
 * does not move, and nobody else is affected.
 */
import type { WorkCalendar } from "../calendar/index.js";
import { loadWorkCalendar } from "../calendar/load-calendar.js";
import type { CoreDeps } from "../deps.js";
import { AppError } from "../errors.js";
import { parseTrigger } from "./keys.js";
import { createLocalDays } from "../time/local-days.js";

/** Which occurrence to put off, and for whom (from the `snz:<taskId>:<trigger>` button). */
export interface SnoozeRequest {
  taskId: number;
  personId: number;
  /** The occurrence, e.g. "before:2", "overdue:4", "standing:30". */
  trigger: string;
}

/**
 * Records the snooze (again: a second press moves it to the next working
 * day once more) and returns when the occurrence comes back.
 * @throws {AppError} `invalid_input` for an unknown trigger or an
 *   escalation; `not_found` when the task does not exist.
 */
export async function snoozeReminder(
  deps: CoreDeps,
  request: SnoozeRequest,
  options: { calendar?: WorkCalendar } = {},
): Promise<{ until: Date }> {
  const trigger = parseTrigger(request.trigger);
  if (!trigger || trigger.kind === "escalation") throw new AppError("invalid_input", { reason: request.trigger });
  const task = await deps.db.task.findUnique({ where: { id: request.taskId }, select: { id: true } });
  if (!task) throw new AppError("not_found");
  const calendar = options.calendar ?? (await loadWorkCalendar(deps.db));
  const days = createLocalDays(deps.timeZone);
  const next = calendar.nextWorkingDay(days.iso(days.dayOf(deps.clock())));
  const until = days.at(days.dayOfIso(next), deps.policy.sendWindows[0]!.startMinute);
  const where = { taskId_personId_trigger: { taskId: request.taskId, personId: request.personId, trigger: request.trigger } };
  await deps.db.taskSnooze.upsert({ where, create: { ...where.taskId_personId_trigger, until }, update: { until } });
  return { until };
}
