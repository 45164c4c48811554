/**
 * The pure core of reminders: for an instant, which reminder of which task is
 * due for whom, and why. No I/O: the caller passes the tasks, the recipients,
 * the calendar and the snoozes.
 *
 * The planning works from STATE, not from timers. For each open task it finds
 * the task's current rung, the most recent rung whose day has come:
 *
 * - deadline tasks: `before:k` on the k-th working day before the deadline
 *   (a deadline on a day off counts from the last working day before it),
 *   then `overdue:n` at n = first, first + every, first + 2·every, … working
 *   days past the deadline;
 * - standing tasks (no deadline): `standing:d` when d = noUpdateDays,
 *   noUpdateDays + every, … days have passed since the last update (or the
 *   assignment), on that day or the next working day;
 * - escalations, a separate track: `escalation:n` for the highest rung n the
 *   task has reached.
 *
 * Only the current rung is ever planned, so when the process was down over
 * several rungs, only the most recent one is sent (a later rung supersedes
 * the earlier ones). Rungs that fell before the task was assigned are not
 * sent. An escalation that fell more than `escalationCatchUpWorkingDays`
 * working days ago is not sent any more (after a long outage, or for tasks
 * that were already long overdue when reminders were switched on).
 *
 * A rung is due from the opening of the first send window of its day
 * (`dueAt`). Digest and escalation rungs are sent inside send windows only;
 * flash ladders (`ignoreWindow`) are sent as soon as they are due, at any hour.
 * Whether a digest rung was already delivered is decided later, from the
 * outbox (see rows.ts).
 */
import type { WorkCalendar } from "../calendar/index.js";
import type { LocalDate } from "../time/local-date.js";
import { createDayIndex, type DayIndex } from "./day-index.js";
import { triggerName } from "./keys.js";
import { createLocalDays, type LocalDays } from "../time/local-days.js";
import { ladderOf, type Ladder, type ReminderPolicy, type RecipientRole } from "./policy.js";
import { recipientsFor, type RecipientDirectory } from "./recipients.js";
import { nextSendSlot, sendSlotAt } from "./send-window.js";
import { lastActivityAt } from "./stale.js";

const DAY_MS = 86_400_000;

/** The fields of a task that planning reads. */
export interface ReminderTask {
  readonly id: number;
  readonly agencyId: number;
  readonly assignedAt: Date;
  /** End of the deadline's local day; null for a standing task. */
  readonly deadline: Date | null;
  /** normal | urgent | flash */
  readonly urgency: string;
  /** open | done | cancelled */
  readonly status: string;
  readonly completedAt: Date | null;
  readonly lastUpdateAt: Date | null;
}

/** "Nhắc lại sau": one occurrence put off for one person until `until`. */
export interface ReminderSnooze {
  readonly taskId: number;
  readonly personId: number;
  readonly trigger: string;
  readonly until: Date;
}

/**
 * How an occurrence travels: in the recipient's digest, on its own at once
 * (flash tasks), or as an escalation message.
 */
export type ReminderChannel = "digest" | "immediate" | "escalation";

/** Where a task stands at the planned instant: the digest group it is listed in. */
export type TaskState = "overdue" | "dueToday" | "dueSoon" | "standing";

/** One reminder for one person about one task. */
export interface ReminderOccurrence {
  readonly taskId: number;
  readonly agencyId: number;
  readonly personId: number;
  /** The role the person receives it in (their first role the rung names). */
  readonly role: RecipientRole;
  readonly channel: ReminderChannel;
  /** "before:2", "overdue:4", "standing:30", "escalation:7" (see keys.ts). */
  readonly trigger: string;
  /** The day it falls due: the rung's day, or the day a snooze ends. */
  readonly dueDate: LocalDate;
  /** When it fell (or falls) due: the first window's opening on its day, or the end of a snooze. */
  readonly dueAt: Date;
  /** The earliest instant it may be sent: `dueAt`, held back to the next send window unless the ladder ignores windows. */
  readonly sendAt: Date;
  /** True when it may be sent at the planned instant (`sendAt <= now`). */
  readonly sendable: boolean;
  /** True when a snooze moved it. */
  readonly snoozed: boolean;
  readonly state: TaskState;
  readonly deadlineDate: LocalDate | null;
  /** Working days past the deadline (0 when not overdue). */
  readonly overdueDays: number;
  /** Working days from today to the deadline day (0 on it, and when overdue). */
  readonly daysLeft: number;
  /** Calendar days since the day of the last update (or of the assignment). */
  readonly idleDays: number;
  /** No update for `staleAfterDays` days or more (see `isStale`). */
  readonly stale: boolean;
}

/** Reusable helpers for repeated planning (tests, benchmarks, the scenario). */
export interface PlanOptions {
  readonly days?: LocalDays;
  readonly index?: DayIndex;
}

/**
 * True when a task is open at `now`: assigned by then, not cancelled, and not
 * completed by then. A completion dated after `now` leaves it open, so that a
 * plan for a past instant sees the tasks as they were.
 */
export function isOpenAt(task: Pick<ReminderTask, "status" | "assignedAt" | "completedAt">, now: Date): boolean {
  if (task.status === "cancelled" || task.assignedAt.getTime() > now.getTime()) return false;
  if (task.completedAt) return task.completedAt.getTime() > now.getTime();
  return task.status === "open";
}

/**
 * Calendar days beyond which no `before` rung can have come yet: k working
 * days never span more than a week per working day plus the longest break.
 */
function horizonOf(ladder: Ladder): number {
  return 7 * ((ladder.beforeDays[0] ?? 0) + 1) + 30;
}

/** Trigger names of overdue rungs, built once per level: most tasks of a sweep are overdue. */
const OVERDUE_TRIGGERS: string[] = [];
function overdueTrigger(level: number): string {
  return (OVERDUE_TRIGGERS[level] ??= triggerName("overdue", level));
}

interface Rung {
  trigger: string;
  due: number;
  to: readonly RecipientRole[];
}

/** What every occurrence of one task says about where the task stands. */
type Facts = Pick<ReminderOccurrence, "state" | "deadlineDate" | "overdueDays" | "daysLeft" | "idleDays" | "stale">;

/** A recipient of a rung, with the role they get it in. */
interface Recipient {
  personId: number;
  role: RecipientRole;
}

/** The current standing rung: the last multiple of `every` past `noUpdateDays` whose (working) day has come. */
function standingRung(since: number, today: number, policy: ReminderPolicy, index: DayIndex): Rung | null {
  const { noUpdateDays, every, to } = policy.standing;
  const elapsed = today - since;
  if (elapsed < noUpdateDays) return null;
  for (let d = noUpdateDays + Math.floor((elapsed - noUpdateDays) / every) * every; d >= noUpdateDays; d -= every) {
    const due = index.onOrAfter(since + d);
    if (due <= today) return { trigger: triggerName("standing", d), due, to };
  }
  return null;
}

/**
 * Plans the reminders due at `now`: every occurrence of a current rung, for
 * every recipient, with when it may be sent. Occurrences not yet sendable
 * (before the window opens, or snoozed) are included with `sendable: false`.
 *
 * @param tasks the tasks to consider; closed, cancelled and not yet assigned ones are skipped.
 * @param recipientsByAgency who holds each role for each agency.
 * @param snoozes active "Nhắc lại sau" entries; an entry moves its one occurrence for its one person.
 */
export function planReminders(
  tasks: Iterable<ReminderTask>,
  recipientsByAgency: RecipientDirectory,
  calendar: WorkCalendar,
  policy: ReminderPolicy,
  now: Date,
  tz: string,
  snoozes: readonly ReminderSnooze[] = [],
  options: PlanOptions = {},
): ReminderOccurrence[] {
  const days = options.days ?? createLocalDays(tz);
  const nowMs = now.getTime();
  const today = days.dayOf(now);
  const index = options.index ?? createDayIndex(calendar, today - 400, today + 100);
  const isWorking = (day: number) => index.isWorking(day);
  const openSlot = sendSlotAt(now, isWorking, policy, tz, days);
  /** The instant the send window is (or next will be) open. */
  const windowOpen = openSlot ? now : nextSendSlot(now, isWorking, policy, tz, days).start;
  const firstMinute = policy.sendWindows[0]!.startMinute;

  const dueInstants = new Map<number, Date>();
  const dueAtOf = (day: number): Date => {
    let at = dueInstants.get(day);
    if (!at) {
      at = days.at(day, firstMinute);
      dueInstants.set(day, at);
    }
    return at;
  };
  const laterWindows = new Map<number, Date>();
  const windowAtOrAfter = (at: Date): Date => {
    let start = laterWindows.get(at.getTime());
    if (!start) {
      start = nextSendSlot(at, isWorking, policy, tz, days).start;
      laterWindows.set(at.getTime(), start);
    }
    return start;
  };
  const snoozeOf = new Map(snoozes.map((s) => [`${s.taskId}:${s.personId}:${s.trigger}`, s.until]));
  // Keyed by the policy's role arrays (stable objects), then by agency.
  const peopleCache = new Map<readonly RecipientRole[], Map<number, Recipient[]>>();
  const peopleFor = (agencyId: number, roles: readonly RecipientRole[]): Recipient[] => {
    let byAgency = peopleCache.get(roles);
    if (!byAgency) peopleCache.set(roles, (byAgency = new Map()));
    let list = byAgency.get(agencyId);
    if (!list) {
      list = [];
      const seen = new Set<number>();
      for (const role of roles) {
        for (const person of recipientsFor(recipientsByAgency, agencyId, role)) {
          if (seen.has(person.personId)) continue;
          seen.add(person.personId);
          list.push({ personId: person.personId, role });
        }
      }
      byAgency.set(agencyId, list);
    }
    return list;
  };

  const out: ReminderOccurrence[] = [];
  /** Adds the occurrences of one rung of `task`, one per recipient. */
  function emit(task: ReminderTask, ignoreWindow: boolean, rung: Rung, channel: ReminderChannel, facts: Facts): void {
    for (const { personId, role } of peopleFor(task.agencyId, rung.to)) {
      let dueAt = dueAtOf(rung.due);
      let dueDay = rung.due;
      let snoozed = false;
      const until = channel === "escalation" || snoozeOf.size === 0 ? undefined : snoozeOf.get(`${task.id}:${personId}:${rung.trigger}`);
      if (until && until.getTime() > dueAt.getTime()) {
        dueAt = until;
        dueDay = days.dayOf(until);
        snoozed = true;
      }
      let sendAt: Date;
      if (ignoreWindow) sendAt = dueAt;
      else if (dueAt.getTime() <= nowMs) sendAt = windowOpen;
      else sendAt = windowAtOrAfter(dueAt);
      out.push({
        taskId: task.id,
        agencyId: task.agencyId,
        personId,
        role,
        channel,
        trigger: rung.trigger,
        dueDate: days.iso(dueDay),
        dueAt,
        sendAt,
        sendable: sendAt.getTime() <= nowMs,
        snoozed,
        state: facts.state,
        deadlineDate: facts.deadlineDate,
        overdueDays: facts.overdueDays,
        daysLeft: facts.daysLeft,
        idleDays: facts.idleDays,
        stale: facts.stale,
      });
    }
  }

  for (const task of tasks) {
    if (!isOpenAt(task, now)) continue;
    const ladder = ladderOf(policy, task.urgency);
    const assignedDay = days.dayOf(task.assignedAt);
    const activityMs = lastActivityAt(task, now).getTime();
    // Shown as calendar days, like the standing rungs; stale like isStale (24-hour days).
    const activityDay = days.dayOf(activityMs);
    const idleDays = today - activityDay;
    const stale = nowMs - activityMs >= policy.staleAfterDays * DAY_MS;

    if (task.deadline === null) {
      const rung = standingRung(activityDay, today, policy, index);
      if (rung && rung.due >= assignedDay) {
        const facts: Facts = { state: "standing", deadlineDate: null, overdueDays: 0, daysLeft: 0, idleDays, stale };
        emit(task, ladder.ignoreWindow, rung, ladder.ignoreWindow ? "immediate" : "digest", facts);
      }
      continue;
    }

    const deadlineDay = days.dayOf(task.deadline);
    const overdue = nowMs > task.deadline.getTime();
    const overdueDays = overdue ? Math.max(0, index.between(deadlineDay, today)) : 0;
    const facts: Facts = {
      state: overdue ? "overdue" : today === deadlineDay ? "dueToday" : "dueSoon",
      deadlineDate: days.iso(deadlineDay),
      overdueDays,
      daysLeft: overdue ? 0 : Math.max(0, index.between(today, deadlineDay)),
      idleDays,
      stale,
    };

    let rung: Rung | null = null;
    if (overdue && overdueDays >= ladder.overdueFirst) {
      const level = ladder.overdueFirst + Math.floor((overdueDays - ladder.overdueFirst) / ladder.overdueEvery) * ladder.overdueEvery;
      rung = {
        trigger: overdueTrigger(level),
        due: index.after(deadlineDay, level),
        to: level === ladder.overdueFirst ? ladder.overdueFirstTo : ladder.overdueTo,
      };
    } else if (deadlineDay - today <= horizonOf(ladder)) {
      const anchor = index.onOrBefore(deadlineDay);
      for (const k of ladder.beforeDays) {
        const due = k === 0 ? anchor : index.before(anchor, k);
        if (due <= today) rung = { trigger: triggerName("before", k), due, to: ladder.beforeTo };
      }
    }
    if (rung && rung.due >= assignedDay) emit(task, ladder.ignoreWindow, rung, ladder.ignoreWindow ? "immediate" : "digest", facts);

    if (overdue) {
      let reached: Ladder["escalations"][number] | null = null;
      for (const e of ladder.escalations) if (e.level <= overdueDays) reached = e;
      if (reached) {
        const due = index.after(deadlineDay, reached.level);
        if (due >= assignedDay && index.between(due, today) <= policy.escalationCatchUpWorkingDays) {
          emit(task, ladder.ignoreWindow, { trigger: triggerName("escalation", reached.level), due, to: reached.to }, "escalation", facts);
        }
      }
    }
  }
  return out;
}
