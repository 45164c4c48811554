/**
 * From planned occurrences to outbox rows, without I/O.
 *
 * Digests and "never twice": a recipient gets at most one digest per send
 * window (key `digest:<person>:<date>:<window>`). A digest occurrence is left
 * out when the recipient already had a digest in a window at or after the
 * window it fell due in, and before the current one: that digest carried it,
 * since the occurrence was already the task's current rung then (rungs are
 * only ever superseded by later ones). So downtime across a window is caught
 * up in the next window, and nothing is repeated, across restarts and
 * instances alike, with the outbox as the only record.
 *
 * Known limit: a rung that fell due in a window whose digest had already been
 * enqueued before the task existed (assigned later that day) is taken as
 * delivered; the task's next rung reminds of it.
 *
 * Escalations and flash reminders have one row each, whose key makes them
 * at most once ever.
 */
import type { Outbound } from "../conversation/types.js";
import type { Translator } from "../../i18n/translator.js";
import { compareDigestOccurrences, maxDigestLines, renderDigest } from "./digest.js";
import { renderEscalation, type LastUpdate } from "./escalation-message.js";
import { renderImmediateReminder } from "./immediate-message.js";
import { digestKey, escalationKey, immediateKey, parseDigestKey } from "./keys.js";
import type { LocalDays } from "../time/local-days.js";
import type { ReminderOccurrence } from "./plan.js";
import type { ReminderPolicy } from "./policy.js";
import type { ReminderRecipient } from "./recipients.js";
import { nextSendSlot, type SendSlot } from "./send-window.js";
import { bind, type ReminderTaskDetails } from "./task-text.js";

/** Outbox kinds written by reminders. */
export type ReminderRowKind = "digest" | "escalation" | "reminder";

/** One message to enqueue. */
export interface ReminderRow {
  readonly dedupeKey: string;
  readonly personId: number;
  readonly kind: ReminderRowKind;
  readonly message: Outbound;
  readonly taskId?: number;
  readonly notBefore: Date;
  /** What the message carries and why (trigger), for dry runs and logs. */
  readonly occurrences: readonly ReminderOccurrence[];
}

/** A slot as one comparable number: day × 100 + window index. */
export function slotNumber(day: number, windowIndex: number): number {
  return day * 100 + windowIndex;
}

/** Helpers bound to one planning run. */
export interface SlotContext {
  readonly days: LocalDays;
  readonly policy: ReminderPolicy;
  readonly isWorking: (day: number) => boolean;
  /** Memo of {@link dueSlotNumber} by `dueAt`. */
  readonly slotCache: Map<number, number>;
}

/** The slot an occurrence fell due in: the window open at `dueAt`, or the next one. */
export function dueSlotNumber(o: ReminderOccurrence, ctx: SlotContext): number {
  const at = o.dueAt.getTime();
  let n = ctx.slotCache.get(at);
  if (n === undefined) {
    const slot = nextSendSlot(o.dueAt, ctx.isWorking, ctx.policy, ctx.days.timeZone, ctx.days);
    n = slotNumber(slot.day, slot.index);
    ctx.slotCache.set(at, n);
  }
  return n;
}

/** The outbox key of an escalation or a flash reminder. */
export function singleKey(o: ReminderOccurrence): string {
  return o.channel === "escalation"
    ? escalationKey(o.taskId, Number(o.trigger.split(":")[1]), o.personId)
    : immediateKey(o.taskId, o.trigger, o.personId, o.dueDate);
}

/**
 * The keys to look up in the outbox before selecting what to send: the key
 * of each escalation and flash reminder, and, when a window is open, for each
 * recipient with a digest occurrence, every window of every working day from
 * their earliest due window to the current one.
 */
export function outboxKeysToCheck(sendable: readonly ReminderOccurrence[], slot: SendSlot | null, ctx: SlotContext): string[] {
  const keys: string[] = [];
  const earliest = new Map<number, number>();
  for (const o of sendable) {
    if (o.channel !== "digest") keys.push(singleKey(o));
    else if (slot) earliest.set(o.personId, Math.min(earliest.get(o.personId) ?? Infinity, dueSlotNumber(o, ctx)));
  }
  if (!slot) return keys;
  const current = slotNumber(slot.day, slot.index);
  for (const [personId, first] of earliest) {
    for (let day = Math.floor(first / 100); day <= slot.day; day++) {
      if (!ctx.isWorking(day)) continue;
      for (let index = 0; index < ctx.policy.sendWindows.length; index++) {
        const n = slotNumber(day, index);
        if (n >= first && n <= current) keys.push(digestKey(personId, ctx.days.iso(day), index));
      }
    }
  }
  return keys;
}

/** Keys of existing digests by person: the latest slot before `current`, and whether `current` exists. */
function digestHistory(existing: ReadonlySet<string>, current: SendSlot, ctx: SlotContext) {
  const latest = new Map<number, number>();
  const done = new Set<number>();
  const currentNumber = slotNumber(current.day, current.index);
  for (const key of existing) {
    const digest = parseDigestKey(key);
    if (!digest) continue;
    const { personId } = digest;
    const n = slotNumber(ctx.days.dayOfIso(digest.date), digest.windowIndex);
    if (n === currentNumber) done.add(personId);
    else if (n < currentNumber) latest.set(personId, Math.max(latest.get(personId) ?? -Infinity, n));
  }
  return { latest, done };
}

/** What is left to send once the outbox has been consulted. */
export interface DueSelection {
  /** Each recipient's digest occurrences, in display order. */
  readonly digests: ReadonlyMap<number, ReminderOccurrence[]>;
  /** Escalations and flash reminders not in the outbox yet. */
  readonly singles: readonly ReminderOccurrence[];
}

/**
 * Keeps what still has to be sent at `slot` (null outside the windows):
 * digest occurrences not carried by an earlier digest, for recipients without
 * a digest in this window yet; escalations and flash reminders whose key is
 * not in the outbox. `existing` holds the keys of {@link outboxKeysToCheck}
 * that the outbox has.
 */
export function selectDue(sendable: readonly ReminderOccurrence[], slot: SendSlot | null, existing: ReadonlySet<string>, ctx: SlotContext): DueSelection {
  const digests = new Map<number, ReminderOccurrence[]>();
  const singles: ReminderOccurrence[] = [];
  const history = slot ? digestHistory(existing, slot, ctx) : null;
  for (const o of sendable) {
    if (!o.sendable) continue;
    if (o.channel !== "digest") {
      if (!existing.has(singleKey(o))) singles.push(o);
      continue;
    }
    if (!history || history.done.has(o.personId)) continue;
    if ((history.latest.get(o.personId) ?? -Infinity) >= dueSlotNumber(o, ctx)) continue;
    const list = digests.get(o.personId) ?? [];
    list.push(o);
    digests.set(o.personId, list);
  }
  for (const list of digests.values()) list.sort(compareDigestOccurrences);
  return { digests, singles };
}

/** The tasks whose details the messages need: every single, and the lines each digest can show. */
export function taskIdsToDescribe(selection: DueSelection, policy: ReminderPolicy): number[] {
  const ids = new Set(selection.singles.map((o) => o.taskId));
  const lines = maxDigestLines(policy);
  for (const list of selection.digests.values()) for (const o of list.slice(0, lines)) ids.add(o.taskId);
  return [...ids];
}

/** Everything {@link buildReminderRows} needs besides the selection. */
export interface RowContext {
  readonly now: Date;
  readonly timeZone: string;
  readonly policy: ReminderPolicy;
  /** The send window open now (digests are only built inside one). */
  readonly slot: SendSlot | null;
  readonly translator: Translator;
  readonly tasks: ReadonlyMap<number, ReminderTaskDetails>;
  readonly people: ReadonlyMap<number, ReminderRecipient>;
  readonly lastUpdates: ReadonlyMap<number, LastUpdate>;
}

/**
 * Renders the rows to enqueue now: one digest per recipient, one row per
 * escalation and per flash reminder, each in the recipient's language.
 */
export function buildReminderRows(selection: DueSelection, ctx: RowContext): ReminderRow[] {
  const rows: ReminderRow[] = [];
  for (const o of selection.singles) {
    const task = ctx.tasks.get(o.taskId);
    const person = ctx.people.get(o.personId);
    if (!task || !person) continue;
    const t = bind(ctx.translator, person.language);
    const message =
      o.channel === "escalation"
        ? renderEscalation(o, task, ctx.lastUpdates.get(o.taskId), ctx.policy, ctx.timeZone, t)
        : renderImmediateReminder(o, task, ctx.policy, t);
    const kind = o.channel === "escalation" ? "escalation" : "reminder";
    rows.push({ dedupeKey: singleKey(o), personId: o.personId, kind, message, taskId: o.taskId, notBefore: ctx.now, occurrences: [o] });
  }
  if (ctx.slot) {
    for (const [personId, list] of [...selection.digests].sort((a, b) => a[0] - b[0])) {
      const person = ctx.people.get(personId);
      if (!person || list.length === 0) continue;
      const message = renderDigest(list, ctx.tasks, ctx.slot.date, ctx.policy, bind(ctx.translator, person.language));
      rows.push({
        dedupeKey: digestKey(personId, ctx.slot.date, ctx.slot.index),
        personId,
        kind: "digest",
        message,
        ...(message.taskId !== undefined && { taskId: message.taskId }),
        notBefore: ctx.now,
        occurrences: list,
      });
    }
  }
  return rows;
}
