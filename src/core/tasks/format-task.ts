import { formatDateVi } from "../time/format.js";
import type { TextArgs } from "../../i18n/translator.js";
import { daysUntilDeadline } from "./task-timing.js";

type T = (key: string, args?: TextArgs) => string;

/** The title a chat may show: confidential tasks show "nội dung mật", never the title. */
export function visibleTitle(task: { title: string; confidential: boolean }, t: T, max = 80): string {
  if (task.confidential) return t("task-confidential");
  return task.title.length > max ? `${task.title.slice(0, max - 1).trimEnd()}…` : task.title;
}

/** "hạn 15/07/2019 · còn 5 ngày" / "quá hạn 3 ngày" / "không thời hạn". */
export function deadlineText(task: { deadline: Date | null; status: string; completedAt: Date | null }, now: Date, tz: string, t: T): string {
  if (!task.deadline) return t("task-no-deadline");
  const date = formatDateVi(task.deadline, tz);
  if (task.status === "done") return t("task-deadline-done", { date });
  const left = daysUntilDeadline(task.deadline, now, tz)!;
  if (left > 0) return t("task-deadline-left", { date, days: left });
  if (left === 0) return t("task-deadline-today", { date });
  return t("task-deadline-overdue", { date, days: -left });
}

/** One line of a task list: code · short title · deadline and days. */
export function taskLine(
  task: { code: string; title: string; confidential: boolean; deadline: Date | null; status: string; completedAt: Date | null },
  now: Date,
  tz: string,
  t: T,
): string {
  return `${task.code} · ${visibleTitle(task, t, 60)} · ${deadlineText(task, now, tz, t)}`;
}
