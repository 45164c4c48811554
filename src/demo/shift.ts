/**
 * Moves demo data in time by whole days so that it can be replayed around
 * any cut-off date.
 */
import { DAY_MS, dayOf, formatDay, parseDay } from "./calendar.js";
import type { DemoData } from "./types.js";

const DATE_IN_TEXT = /\b(\d{2}\/\d{2}\/\d{4})\b/g;

/**
 * Returns a copy of `data` with every date moved by the whole number of days
 * between the local day of `data.cutoff` and the local day of `targetCutoff`
 * (Asia/Ho_Chi_Minh). Times of day are kept, so deadlines stay at the end of
 * their local day and every task keeps its category as of any instant of the
 * target day. The returned `cutoff` is the end of the target's local day.
 * Dates written as `dd/mm/yyyy` inside texts are moved too; other text
 * (e.g. "năm 2019" in a subject line) is left as it is.
 */
export function shiftDemo(data: DemoData, targetCutoff: Date): DemoData {
  const days = dayOf(targetCutoff) - dayOf(data.cutoff);
  const ms = days * DAY_MS;
  const move = (d: Date): Date => new Date(d.getTime() + ms);
  const text = (s: string): string =>
    days === 0
      ? s
      : s.replace(DATE_IN_TEXT, (match: string) => {
          const day = parseDay(match);
          return day === null ? match : formatDay(day + days);
        });
  return {
    cutoff: move(data.cutoff),
    documents: data.documents.map((doc) => ({ ...doc, issuedAt: move(doc.issuedAt), summary: text(doc.summary) })),
    tasks: data.tasks.map((task) => ({
      ...task,
      coordinatingAgencyCodes: [...task.coordinatingAgencyCodes],
      detail: text(task.detail),
      assignedAt: move(task.assignedAt),
      deadline: task.deadline && move(task.deadline),
      completedAt: task.completedAt && move(task.completedAt),
      completionNote: task.completionNote && text(task.completionNote),
    })),
    people: data.people.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r })) })),
  };
}
