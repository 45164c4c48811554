/**
 * Trigger names, outbox dedupe keys and button action ids. Keys make every
 * enqueue idempotent: the same reminder is never enqueued twice, whichever
 * process or restart tries.
 */
import type { LocalDate } from "../time/local-date.js";

/**
 * Why a reminder falls due:
 * - `before:<k>`: k working days before the deadline (0 = the deadline day);
 * - `overdue:<n>`: n working days past the deadline;
 * - `standing:<d>`: a standing task without an update for d days;
 * - `escalation:<n>`: the escalation rung of n working days overdue.
 */
export type TriggerKind = "before" | "overdue" | "standing" | "escalation";

const TRIGGER = /^(before|overdue|standing|escalation):(\d{1,4})$/;

/** Builds a trigger name such as "overdue:4". */
export function triggerName(kind: TriggerKind, days: number): string {
  return `${kind}:${days}`;
}

/** Splits a trigger name; null when it is not one. */
export function parseTrigger(trigger: string): { kind: TriggerKind; days: number } | null {
  const m = TRIGGER.exec(trigger);
  return m ? { kind: m[1] as TriggerKind, days: Number(m[2]) } : null;
}

/** A recipient's digest for one send window: `digest:<personId>:<YYYY-MM-DD>:<window index>`. */
export function digestKey(personId: number, date: LocalDate, windowIndex: number): string {
  return `digest:${personId}:${date}:${windowIndex}`;
}

/** Reads a digest key back; null for other keys. */
export function parseDigestKey(key: string): { personId: number; date: LocalDate; windowIndex: number } | null {
  const m = /^digest:(\d+):(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(key);
  return m ? { personId: Number(m[1]), date: m[2]!, windowIndex: Number(m[3]) } : null;
}

/** One escalation of a task to one person: `escalation:<taskId>:<level>:<personId>`. */
export function escalationKey(taskId: number, level: number, personId: number): string {
  return `escalation:${taskId}:${level}:${personId}`;
}

/**
 * A reminder sent on its own (flash tasks, which never wait for a digest):
 * `remind:<taskId>:<trigger>:<personId>:<due date>`. The due date tells a
 * rung of a moved deadline, or a snoozed occurrence, from the first one.
 */
export function immediateKey(taskId: number, trigger: string, personId: number, dueDate: LocalDate): string {
  return `remind:${taskId}:${trigger}:${personId}:${dueDate}`;
}

/** Button actions on a reminder; the conversation core handles them. Ids only, at most 64 bytes (Telegram). */
export const ACTIONS = {
  done: (taskId: number) => `done:${taskId}`,
  update: (taskId: number) => `upd:${taskId}`,
  extend: (taskId: number) => `ext:${taskId}`,
  ack: (taskId: number) => `ack:${taskId}`,
  snooze: (taskId: number, trigger: string) => `snz:${taskId}:${trigger}`,
} as const;

/** Reads a "Nhắc lại sau" action (`snz:<taskId>:<trigger>`); null when it is not one. */
export function parseSnoozeAction(action: string): { taskId: number; trigger: string } | null {
  const m = /^snz:(\d+):(.+)$/.exec(action);
  if (!m || !TRIGGER.test(m[2]!)) return null;
  return { taskId: Number(m[1]), trigger: m[2]! };
}
