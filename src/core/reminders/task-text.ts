/**
 * Text fragments shared by digests, flash reminders and escalations: the
 * title a chat may show and where a task stands.
 */
import { formatDateVi } from "../time/format.js";
import type { Language, TextArgs, Translator } from "../../i18n/translator.js";
import type { ReminderOccurrence } from "./plan.js";

/** What messages show of a task (loaded only for tasks that have a reminder). */
export interface ReminderTaskDetails {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly confidential: boolean;
  readonly agencyName: string;
  readonly assignedAt: Date;
}

/** A bound translator for one language. */
export type T = (key: string, args?: TextArgs) => string;

export function bind(translator: Translator, language: Language): T {
  return (key, args) => translator.t(language, key, args);
}

/** The title a chat may show: never the title of a confidential task, and at most `max` characters. */
export function shownTitle(task: Pick<ReminderTaskDetails, "title" | "confidential">, t: T, max: number): string {
  if (task.confidential) return t("remind-confidential");
  const title = task.title.replace(/\s+/g, " ").trim();
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

/** "hạn 24/04/2019, quá hạn 3 ngày làm việc" and the like. */
export function statusText(o: ReminderOccurrence, t: T): string {
  const deadline = o.deadlineDate ? formatDateVi(o.deadlineDate) : "";
  switch (o.state) {
    case "overdue":
      return t("remind-status-overdue", { deadline, days: o.overdueDays });
    case "dueToday":
      return t("remind-status-due-today", { deadline });
    case "dueSoon":
      return t("remind-status-due-soon", { deadline, days: o.daysLeft });
    case "standing":
      return t("remind-status-standing", { days: o.idleDays });
  }
}

/** Marks appended to a task line: no update for long, a reminder coming back after "Nhắc lại sau". */
export function markers(o: ReminderOccurrence, t: T): string {
  let text = "";
  if (o.stale && o.state !== "standing") text += ` · ${t("remind-stale", { days: o.idleDays })}`;
  if (o.snoozed) text += ` · ${t("remind-snoozed-again")}`;
  return text;
}
