/**
 * A recipient's digest: every reminder due for them in one send window, in
 * one message, grouped into overdue / due today / due soon / standing tasks
 * needing an update.
 *
 * Length: the text stays within `digest.maxChars` (2,000 by default, Zalo's
 * limit, the smallest of the platforms). When the lines do not fit, the list
 * is capped and ends with "và N nhiệm vụ khác — xem /nhiemvu": one message
 * per window is the promise, and a list that long belongs in /nhiemvu.
 * Buttons: the first `digest.buttonTasks` lines get their own buttons,
 * numbered like the lines; the other lines show task codes for commands.
 */
import type { Button, Outbound } from "../conversation/types.js";
import { formatDateVi } from "../time/format.js";
import type { LocalDate } from "../time/local-date.js";
import { reminderButtons } from "./buttons.js";
import type { ReminderOccurrence, TaskState } from "./plan.js";
import type { ReminderPolicy } from "./policy.js";
import { markers, shownTitle, statusText, type ReminderTaskDetails, type T } from "./task-text.js";

const GROUPS: readonly { state: TaskState; key: string }[] = [
  { state: "overdue", key: "digest-group-overdue" },
  { state: "dueToday", key: "digest-group-due-today" },
  { state: "dueSoon", key: "digest-group-due-soon" },
  { state: "standing", key: "digest-group-standing" },
];

const GROUP_RANK: Readonly<Record<TaskState, number>> = { overdue: 0, dueToday: 1, dueSoon: 2, standing: 3 };

/**
 * Display order: by group, then the most urgent first (most overdue, nearest
 * deadline, longest without an update), then in order of assignment (id).
 * It needs no task details, so only the lines that can be shown are loaded.
 */
export function compareDigestOccurrences(x: ReminderOccurrence, y: ReminderOccurrence): number {
  const group = GROUP_RANK[x.state] - GROUP_RANK[y.state];
  if (group !== 0) return group;
  let order = 0;
  if (x.state === "overdue") order = y.overdueDays - x.overdueDays;
  else if (x.state === "dueSoon") order = (x.deadlineDate ?? "").localeCompare(y.deadlineDate ?? "");
  else if (x.state === "standing") order = y.idleDays - x.idleDays;
  return order || x.taskId - y.taskId;
}

/**
 * The most lines a digest can show: even the shortest line ("1. CODE — … · …")
 * takes this many characters, so details beyond are never needed.
 */
export function maxDigestLines(policy: ReminderPolicy): number {
  return Math.ceil(policy.digest.maxChars / 24);
}

/**
 * Renders one digest from its occurrences in display order
 * ({@link compareDigestOccurrences}). `tasks` needs the details of the lines
 * that can be shown only; the list stops at the first task without them. The
 * agency is named on each line only when the items span several agencies.
 */
export function renderDigest(
  ordered: readonly ReminderOccurrence[],
  tasks: ReadonlyMap<number, ReminderTaskDetails>,
  date: LocalDate,
  policy: ReminderPolicy,
  t: T,
): Outbound {
  const { maxChars, buttonTasks, titleChars } = policy.digest;
  const showAgency = new Set(ordered.map((o) => o.agencyId)).size > 1;
  const header = t("digest-title", { date: formatDateVi(date), count: ordered.length });
  const hint = (shown: number) => (shown > buttonTasks ? t("digest-codes-hint", { count: Math.min(shown, buttonTasks) }) : "");
  const more = (count: number) => t("digest-more", { count });
  // Room kept for the closing lines, at their longest.
  const reserve = more(ordered.length).length + hint(ordered.length).length + 2;

  const lines = [header];
  const shownTasks: { task: ReminderTaskDetails; trigger: string }[] = [];
  let length = header.length;
  let full = false;
  for (const group of GROUPS) {
    if (full) break;
    const members = ordered.filter((o) => o.state === group.state);
    let headerAdded = false;
    for (const o of members) {
      const task = tasks.get(o.taskId);
      if (!task) {
        full = true;
        break;
      }
      const agency = showAgency ? ` · ${task.agencyName}` : "";
      const line = `${shownTasks.length + 1}. ${task.code} — ${shownTitle(task, t, titleChars)} · ${statusText(o, t)}${markers(o, t)}${agency}`;
      const groupHeader = headerAdded ? "" : `\n${t(group.key, { count: members.length })}`;
      const added = groupHeader.length + 1 + line.length;
      if (length + added + reserve > maxChars) {
        full = true;
        break;
      }
      if (groupHeader) lines.push(groupHeader);
      headerAdded = true;
      lines.push(line);
      length += added;
      shownTasks.push({ task, trigger: o.trigger });
    }
  }
  const rest = ordered.length - shownTasks.length;
  if (rest > 0) lines.push(more(rest));
  const closing = hint(shownTasks.length);
  if (closing) lines.push(closing);

  const buttons: Button[][] = shownTasks
    .slice(0, buttonTasks)
    .flatMap((item, i) => reminderButtons(item.task.id, item.trigger, t, `${i + 1}. `));
  const message: Outbound = { text: lines.join("\n") };
  if (buttons.length > 0) message.buttons = buttons;
  if (ordered.length === 1) message.taskId = ordered[0]!.taskId;
  return message;
}
