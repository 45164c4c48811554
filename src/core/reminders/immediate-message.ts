/**
 * A flash (hỏa tốc) reminder: one task, one message, sent as soon as it is
 * due, at any hour, with the same answer buttons as a digest line.
 */
import type { Outbound } from "../conversation/types.js";
import { reminderButtons } from "./buttons.js";
import type { ReminderOccurrence } from "./plan.js";
import type { ReminderPolicy } from "./policy.js";
import { markers, shownTitle, statusText, type ReminderTaskDetails, type T } from "./task-text.js";

/** Renders the reminder `o` (channel "immediate") for its recipient. */
export function renderImmediateReminder(o: ReminderOccurrence, task: ReminderTaskDetails, policy: ReminderPolicy, t: T): Outbound {
  const text = [
    t("remind-flash-title"),
    `${task.code} — ${shownTitle(task, t, policy.digest.titleChars * 2)}`,
    `${statusText(o, t)}${markers(o, t)}`,
  ].join("\n");
  return { text, buttons: reminderButtons(task.id, o.trigger, t), taskId: task.id };
}
