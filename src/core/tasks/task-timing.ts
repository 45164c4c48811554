import { daysBetween } from "../time/local-date.js";
import { localDateOf } from "../time/zone.js";

/** Calendar days from today to the deadline day (negative when overdue), or null without a deadline. */
export function daysUntilDeadline(deadline: Date | null, now: Date, tz: string): number | null {
  if (!deadline) return null;
  const today = localDateOf(now, tz);
  const due = localDateOf(deadline, tz);
  return daysBetween(today, due);
}

/** True when the task is open and its deadline day has passed. */
export function isOverdue(task: { status: string; deadline: Date | null }, now: Date): boolean {
  return task.status === "open" && task.deadline !== null && now.getTime() > task.deadline.getTime();
}

/** True when the deadline falls within the next `days` calendar days (today included) and the task is open. */
export function isDueSoon(task: { status: string; deadline: Date | null }, now: Date, tz: string, days = 7): boolean {
  const left = daysUntilDeadline(task.deadline, now, tz);
  return task.status === "open" && left !== null && left >= 0 && left <= days;
}

