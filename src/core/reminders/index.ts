/**
 * Reminders and escalations: the policy, the pure planner and the sweep that
 * turns due reminders into outbox rows. The dispatcher sends them.
 */
export {
  DEFAULT_POLICY_FILE,
  loadReminderPolicy,
  parseReminderPolicy,
  ReminderPolicyError,
  type ReminderPolicy,
  type RecipientRole,
} from "./policy.js";
export { isOpenAt, planReminders, type ReminderOccurrence, type ReminderSnooze, type ReminderTask } from "./plan.js";
export { isStale, lastActivityAt } from "./stale.js";
export { buildRecipientDirectory, recipientsFor, type RecipientDirectory, type ReminderRecipient } from "./recipients.js";
export { nextSendSlot, sendSlotAt, type SendSlot } from "./send-window.js";
export { ACTIONS, digestKey, escalationKey, immediateKey, parseSnoozeAction, parseTrigger } from "./keys.js";
export { planReminderRows, sweepReminders, type ReminderRowsPlan, type SweepInput, type SweepResult } from "./sweep.js";
export { snoozeReminder, type SnoozeRequest } from "./snooze.js";
export type { ReminderRow } from "./rows.js";
export { loadWorkCalendar } from "../calendar/load-calendar.js";
