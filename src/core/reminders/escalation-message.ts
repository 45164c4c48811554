/**
 * An escalation: a separate message to the agency head, the leader in charge
 * or the inspection team about one overdue task. It names the task (its
 * code, and its title unless it is confidential), the agency, how overdue it
 * is (working days, and since which day) and its last progress update.
 */
import { addDays } from "../time/local-date.js";
import type { Outbound } from "../conversation/types.js";
import { formatDateVi } from "../time/format.js";
import type { ReminderOccurrence } from "./plan.js";
import type { ReminderPolicy } from "./policy.js";
import { shownTitle, type ReminderTaskDetails, type T } from "./task-text.js";

/** The latest progress update of a task. */
export interface LastUpdate {
  readonly at: Date;
  readonly text: string;
}

/** Longest excerpt of the last update quoted in an escalation. */
const UPDATE_EXCERPT = 300;

/** Renders the escalation `o` (channel "escalation") for its recipient. */
export function renderEscalation(
  o: ReminderOccurrence,
  task: ReminderTaskDetails,
  lastUpdate: LastUpdate | undefined,
  policy: ReminderPolicy,
  tz: string,
  t: T,
): Outbound {
  const deadline = o.deadlineDate!;
  const lines = [
    t("escalation-title", { days: o.overdueDays }),
    t("escalation-task", { code: task.code, title: shownTitle(task, t, policy.digest.titleChars * 2) }),
    t("escalation-agency", { agency: task.agencyName }),
    t("escalation-overdue", { deadline: formatDateVi(deadline), days: o.overdueDays, since: formatDateVi(addDays(deadline, 1)) }),
  ];
  if (!lastUpdate) {
    lines.push(t("escalation-no-update", { assigned: formatDateVi(task.assignedAt, tz) }));
  } else if (task.confidential) {
    lines.push(t("escalation-last-update-hidden", { date: formatDateVi(lastUpdate.at, tz) }));
  } else {
    const text = lastUpdate.text.replace(/\s+/g, " ").trim();
    const excerpt = text.length > UPDATE_EXCERPT ? `${text.slice(0, UPDATE_EXCERPT - 1).trimEnd()}…` : text;
    lines.push(t("escalation-last-update", { date: formatDateVi(lastUpdate.at, tz), text: excerpt }));
  }
  lines.push(t("escalation-role", { role: o.role }));
  return { text: lines.join("\n"), taskId: task.id };
}
