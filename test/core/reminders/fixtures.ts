/** Shared fixtures of the pure reminder tests: a small directory, tasks, a plan helper. */
import { createWorkCalendar, loadShippedOverrides } from "../../../src/core/calendar/index.js";
import { endOfLocalDay } from "../../../src/core/time/zone.js";
import { planReminders, type ReminderOccurrence, type ReminderSnooze, type ReminderTask } from "../../../src/core/reminders/plan.js";
import { loadReminderPolicy } from "../../../src/core/reminders/policy.js";
import { buildRecipientDirectory } from "../../../src/core/reminders/recipients.js";

export const TZ = "Asia/Ho_Chi_Minh";
/** 2026 has official data shipped: Tết 14–22/02, Giỗ Tổ off 27/04, 30/04 and 01/05. */
export const calendar = createWorkCalendar(loadShippedOverrides());
export const policy = loadReminderPolicy();

/** People: 1 focal A, 2 head A, 3 leader of A, 4 leader without agency, 5 inspector, 6 focal B, 7 focal A too. */
export const directory = buildRecipientDirectory(
  [
    { personId: 1, role: "focal", agencyId: 10 },
    { personId: 2, role: "head", agencyId: 10 },
    { personId: 3, role: "leader", agencyId: 10 },
    { personId: 4, role: "leader", agencyId: null },
    { personId: 5, role: "inspector", agencyId: null },
    { personId: 6, role: "focal", agencyId: 20 },
    { personId: 7, role: "focal", agencyId: 10 },
    { personId: 7, role: "head", agencyId: 10 },
  ],
  [1, 2, 3, 4, 5, 6, 7].map((id) => ({ id, name: `P${id}`, handle: null, language: "vi", reachable: id !== 6 })),
);

/** Local wall time in Vietnam → instant. */
export function at(local: string): Date {
  return new Date(`${local}+07:00`);
}

let nextId = 1;

/** A normal open task of agency 10 with its deadline at the end of `deadline` (YYYY-MM-DD, or null). */
export function task(deadline: string | null, extra: Partial<ReminderTask> = {}): ReminderTask {
  return {
    id: nextId++,
    agencyId: 10,
    assignedAt: at("2025-12-01T08:00"),
    deadline: deadline === null ? null : endOfLocalDay(deadline, TZ),
    urgency: "normal",
    status: "open",
    completedAt: null,
    lastUpdateAt: null,
    ...extra,
  };
}

/** Plans one task at a local instant. */
export function plan(t: ReminderTask, local: string, snoozes: ReminderSnooze[] = []): ReminderOccurrence[] {
  return planReminders([t], directory, calendar, policy, at(local), TZ, snoozes);
}

/** "trigger@dueDate→persons" of each channel, sorted: compact to compare in tables. */
export function summary(occurrences: readonly ReminderOccurrence[], channel?: ReminderOccurrence["channel"]): string[] {
  const groups = new Map<string, number[]>();
  for (const o of occurrences) {
    if (channel && o.channel !== channel) continue;
    const key = `${o.trigger}@${o.dueDate}`;
    groups.set(key, [...(groups.get(key) ?? []), o.personId]);
  }
  return [...groups].map(([k, people]) => `${k}→${people.sort((a, b) => a - b).join(",")}`).sort();
}
