/**
 * The reminder policy: when reminders and escalations fall due and who gets
 * them. The defaults live in ONE file, config/reminder-policy.json, whose
 * fields config/README.md documents; REMINDER_POLICY_FILE may name another
 * file of the same shape. The composition root (src/app.ts) reads the policy
 * once and hands it to the core in `CoreDeps.policy`.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

/** Who a rung goes to, resolved per task agency by the recipient directory. */
export const RECIPIENT_ROLES = ["focal", "head", "leader", "inspector"] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Task urgencies (Task.urgency): thường, khẩn, hỏa tốc. */
export const URGENCIES = ["normal", "urgent", "flash"] as const;
export type Urgency = (typeof URGENCIES)[number];

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

const roles = z.array(z.enum(RECIPIENT_ROLES)).min(1);
const dayCount = z.number().int().min(0).max(60);

const ladderSchema = z.strictObject({
  before: z.strictObject({ days: z.array(dayCount), to: roles }),
  overdue: z.strictObject({
    first: z.number().int().min(1).max(60),
    firstTo: roles,
    every: z.number().int().min(1).max(60),
    to: roles,
  }),
  escalations: z.array(z.strictObject({ level: z.number().int().min(1).max(250), to: roles })),
  ignoreWindow: z.boolean(),
});

const windowSchema = z.strictObject({
  start: z.string().regex(HH_MM, "must be HH:MM (24 h)"),
  end: z.string().regex(HH_MM, "must be HH:MM (24 h)"),
});

const policySchema = z
  .strictObject({
    $comment: z.string().optional(),
    sendWindows: z.array(windowSchema).min(1),
    ladders: z.strictObject({ normal: ladderSchema, urgent: ladderSchema, flash: ladderSchema }),
    standing: z.strictObject({
      noUpdateDays: z.number().int().min(1).max(366),
      every: z.number().int().min(1).max(366),
      to: roles,
    }),
    staleAfterDays: z.number().int().min(1).max(366),
    escalationCatchUpWorkingDays: z.number().int().min(0).max(250),
    digest: z.strictObject({
      maxChars: z.number().int().min(500).max(40_000),
      buttonTasks: z.number().int().min(0).max(10),
      titleChars: z.number().int().min(10).max(500),
    }),
  })
  .superRefine((policy, ctx) => {
    let previousEnd = -1;
    policy.sendWindows.forEach((w, i) => {
      const start = minutesOf(w.start);
      const end = minutesOf(w.end);
      if (end < start) ctx.addIssue({ code: "custom", path: ["sendWindows", i], message: "end is before start" });
      if (start <= previousEnd) {
        ctx.addIssue({ code: "custom", path: ["sendWindows", i], message: "windows must be in order and must not overlap" });
      }
      previousEnd = end;
    });
    for (const urgency of URGENCIES) {
      const ladder = policy.ladders[urgency];
      const levels = ladder.escalations.map((e) => e.level);
      if (new Set(levels).size !== levels.length) {
        ctx.addIssue({ code: "custom", path: ["ladders", urgency, "escalations"], message: "levels must be distinct" });
      }
      if (new Set(ladder.before.days).size !== ladder.before.days.length) {
        ctx.addIssue({ code: "custom", path: ["ladders", urgency, "before", "days"], message: "days must be distinct" });
      }
    }
  });

/** One send window, as wall-clock minutes after local midnight (both ends inclusive). */
export interface SendWindow {
  /** First minute of the window, e.g. 450 for 07:30. */
  readonly startMinute: number;
  /** Last minute of the window, e.g. 1020 for 17:00 (17:00:59 is still inside). */
  readonly endMinute: number;
}

/** The reminder ladder of one urgency (see config/README.md). */
export interface Ladder {
  /** Working days before the deadline, largest first, e.g. [5, 2, 0]. */
  readonly beforeDays: readonly number[];
  readonly beforeTo: readonly RecipientRole[];
  /** Working days overdue of the first overdue reminder. */
  readonly overdueFirst: number;
  readonly overdueFirstTo: readonly RecipientRole[];
  /** Working days between later overdue reminders. */
  readonly overdueEvery: number;
  readonly overdueTo: readonly RecipientRole[];
  /** Escalation rungs, lowest level first. */
  readonly escalations: readonly { readonly level: number; readonly to: readonly RecipientRole[] }[];
  /** Flash: reminders are sent as soon as due, also outside the send windows. */
  readonly ignoreWindow: boolean;
}

/** A validated policy, normalised for computation. */
export interface ReminderPolicy {
  readonly sendWindows: readonly SendWindow[];
  readonly ladders: Readonly<Record<Urgency, Ladder>>;
  readonly standing: { readonly noUpdateDays: number; readonly every: number; readonly to: readonly RecipientRole[] };
  readonly staleAfterDays: number;
  readonly escalationCatchUpWorkingDays: number;
  readonly digest: { readonly maxChars: number; readonly buttonTasks: number; readonly titleChars: number };
}

/** A policy file that cannot be used; `issues` name each bad field. */
export class ReminderPolicyError extends Error {
  constructor(
    readonly source: string,
    readonly issues: string[],
  ) {
    super(`Invalid reminder policy ${source}:\n${issues.map((i) => `  - ${i}`).join("\n")}`);
    this.name = "ReminderPolicyError";
  }
}

/** The shipped policy file with the defaults. */
export const DEFAULT_POLICY_FILE = new URL("../../../config/reminder-policy.json", import.meta.url);

function minutesOf(hhmm: string): number {
  const m = HH_MM.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/**
 * Validates a parsed policy document (the JSON shape of
 * config/reminder-policy.json) and normalises it.
 * @throws {ReminderPolicyError} listing every problem.
 */
export function parseReminderPolicy(document: unknown, source = "(inline)"): ReminderPolicy {
  const parsed = policySchema.safeParse(document);
  if (!parsed.success) {
    throw new ReminderPolicyError(
      source,
      parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
    );
  }
  const p = parsed.data;
  const ladder = (l: z.infer<typeof ladderSchema>): Ladder => ({
    beforeDays: [...l.before.days].sort((a, b) => b - a),
    beforeTo: l.before.to,
    overdueFirst: l.overdue.first,
    overdueFirstTo: l.overdue.firstTo,
    overdueEvery: l.overdue.every,
    overdueTo: l.overdue.to,
    escalations: [...l.escalations].sort((a, b) => a.level - b.level),
    ignoreWindow: l.ignoreWindow,
  });
  return {
    sendWindows: p.sendWindows.map((w) => ({ startMinute: minutesOf(w.start), endMinute: minutesOf(w.end) })),
    ladders: { normal: ladder(p.ladders.normal), urgent: ladder(p.ladders.urgent), flash: ladder(p.ladders.flash) },
    standing: p.standing,
    staleAfterDays: p.staleAfterDays,
    escalationCatchUpWorkingDays: p.escalationCatchUpWorkingDays,
    digest: p.digest,
  };
}

/**
 * Reads and validates a policy file (default, also when `file` is undefined:
 * config/reminder-policy.json). The one function that reads a policy.
 * @throws {ReminderPolicyError} when the file is missing, not JSON or invalid.
 */
export function loadReminderPolicy(file: string | URL = DEFAULT_POLICY_FILE): ReminderPolicy {
  const source = file instanceof URL ? file.pathname : file;
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ReminderPolicyError(source, [(error as Error).message]);
  }
  return parseReminderPolicy(document, source);
}

/** The ladder of a task's urgency; unknown values are treated as normal. */
export function ladderOf(policy: ReminderPolicy, urgency: string): Ladder {
  return urgency === "urgent" || urgency === "flash" ? policy.ladders[urgency] : policy.ladders.normal;
}
