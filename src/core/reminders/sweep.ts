/**
 * The reminder use case: one sweep plans what is due at an instant and
 * enqueues it. The scheduler calls it every minute or so; each call is
 * idempotent (dedupe keys), so overlapping sweeps, restarts and several
 * instances never enqueue a reminder twice, and a sweep after downtime
 * catches up from the state of the tasks.
 */
import type { WorkCalendar } from "../calendar/index.js";
import type { CoreDeps } from "../deps.js";
import { createTranslator, type Translator } from "../../i18n/translator.js";
import { enqueueMessage } from "../../outbox/enqueue.js";
import { createDayIndex } from "./day-index.js";
import { existingKeys, loadLastUpdates, loadSnoozes, loadTaskDetails } from "./load-details.js";
import { loadRecipientDirectory } from "./load-recipients.js";
import { loadReminderTasks } from "./load-tasks.js";
import { createLocalDays } from "../time/local-days.js";
import { planReminders, type ReminderOccurrence } from "./plan.js";
import type { ReminderPolicy } from "./policy.js";
import type { RecipientDirectory } from "./recipients.js";
import { buildReminderRows, outboxKeysToCheck, selectDue, taskIdsToDescribe, type ReminderRow, type ReminderRowKind, type SlotContext } from "./rows.js";
import { nextSendSlot, sendSlotAt, type SendSlot } from "./send-window.js";
import type { ReminderTaskDetails } from "./task-text.js";

/** What a sweep is run with. */
export interface SweepInput {
  /** The instant to plan for (the injected clock's now for a real sweep). */
  now: Date;
  policy: ReminderPolicy;
  /** Build it with `loadWorkCalendar(db)` so that imported calendar days count. */
  calendar: WorkCalendar;
  /** Defaults to a translator over locales/*.ftl. */
  translator?: Translator;
}

/** The plan of one instant, without writing anything. */
export interface ReminderRowsPlan {
  now: Date;
  /** The send window open at `now`, or null. */
  slot: SendSlot | null;
  /** The window open at `now` or the next one. */
  nextSlot: SendSlot;
  /** Open tasks considered. */
  tasks: number;
  /** Every current occurrence, sendable now or waiting (window, snooze). */
  occurrences: ReminderOccurrence[];
  /** The rows a sweep would enqueue now: what the outbox does not have yet (a concurrent sweep may still win some). */
  rows: ReminderRow[];
  recipients: RecipientDirectory;
  /** Code, title and agency of the tasks the rows show. */
  details: ReadonlyMap<number, ReminderTaskDetails>;
}

/** Counts of one sweep. */
export interface SweepResult {
  now: Date;
  slot: SendSlot | null;
  tasks: number;
  occurrences: number;
  /** Rows built for now. */
  rows: number;
  /** Rows written, by kind. */
  created: Record<ReminderRowKind, number>;
  /** Rows whose key was already in the outbox (an earlier or concurrent sweep). */
  existing: number;
  /** Created rows addressed to someone without any chat identity (still enqueued). */
  unreachable: number;
}

let sharedTranslator: Translator | undefined;

/** How far back a snooze can still move an occurrence: beyond the longest gap between two rungs. */
function snoozeHorizon(policy: ReminderPolicy): number {
  return (policy.standing.every + 31) * 86_400_000;
}

/**
 * Plans the rows for `input.now`, reading but never writing: open tasks (in
 * chunks), recipients and snoozes; then, bounded by what is due rather than
 * by the number of tasks: the outbox keys that decide what was already sent,
 * and the details and last updates of what will be shown.
 * `nhacviec remind --dry-run` prints it.
 */
export async function planReminderRows(deps: CoreDeps, input: SweepInput): Promise<ReminderRowsPlan> {
  const { db, timeZone } = deps;
  const { now, policy, calendar } = input;
  const translator = input.translator ?? (sharedTranslator ??= createTranslator());
  const days = createLocalDays(timeZone);
  const today = days.dayOf(now);
  const index = createDayIndex(calendar, today - 400, today + 100);
  const isWorking = (day: number) => index.isWorking(day);

  const [tasks, recipients, snoozes] = await Promise.all([
    loadReminderTasks(db, now),
    loadRecipientDirectory(db),
    loadSnoozes(db, new Date(now.getTime() - snoozeHorizon(policy))),
  ]);
  const occurrences = planReminders(tasks, recipients, calendar, policy, now, timeZone, snoozes, { days, index });
  const slot = sendSlotAt(now, isWorking, policy, timeZone, days);
  const nextSlot = slot ?? nextSendSlot(now, isWorking, policy, timeZone, days);
  const slotContext: SlotContext = { days, policy, isWorking, slotCache: new Map() };

  const sendable = occurrences.filter((o) => o.sendable);
  const existing = await existingKeys(db, outboxKeysToCheck(sendable, slot, slotContext));
  const selection = selectDue(sendable, slot, existing, slotContext);
  const [details, lastUpdates] = await Promise.all([
    loadTaskDetails(db, taskIdsToDescribe(selection, policy)),
    loadLastUpdates(db, selection.singles.filter((o) => o.channel === "escalation").map((o) => o.taskId), now),
  ]);
  const rows = buildReminderRows(selection, {
    now,
    timeZone,
    policy,
    slot,
    translator,
    tasks: details,
    people: recipients.people,
    lastUpdates,
  });
  return { now, slot, nextSlot, tasks: tasks.length, occurrences, rows, recipients, details };
}

/**
 * One sweep: plans the rows for `input.now` and enqueues them in one
 * transaction. Enqueueing only: the outbox dispatcher sends.
 */
export async function sweepReminders(deps: CoreDeps, input: SweepInput): Promise<SweepResult> {
  const plan = await planReminderRows(deps, input);
  const created: Record<ReminderRowKind, number> = { digest: 0, escalation: 0, reminder: 0 };
  let existing = 0;
  let unreachable = 0;
  if (plan.rows.length > 0) {
    await deps.db.$transaction(
      async (tx) => {
        for (const row of plan.rows) {
          const inserted = await enqueueMessage(tx, {
            dedupeKey: row.dedupeKey,
            personId: row.personId,
            kind: row.kind,
            message: row.message,
            ...(row.taskId !== undefined && { taskId: row.taskId }),
            notBefore: row.notBefore,
            now: input.now,
          });
          if (!inserted) {
            existing++;
            continue;
          }
          created[row.kind]++;
          if (!plan.recipients.people.get(row.personId)?.reachable) unreachable++;
        }
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }
  const result: SweepResult = {
    now: input.now,
    slot: plan.slot,
    tasks: plan.tasks,
    occurrences: plan.occurrences.length,
    rows: plan.rows.length,
    created,
    existing,
    unreachable,
  };
  const total = created.digest + created.escalation + created.reminder;
  // Quiet when nothing was written: the scheduler sweeps every minute.
  deps.logger[total > 0 ? "info" : "debug"](
    { at: input.now.toISOString(), tasks: result.tasks, rows: result.rows, created, existing, unreachable },
    "reminder sweep",
  );
  return result;
}
