import pino from "pino";
import type { Db } from "../../src/db/connect.js";
import type { CoreDeps } from "../../src/core/deps.js";
import { fixedClock, type Clock } from "../../src/core/clock.js";
import { loadReminderPolicy } from "../../src/core/reminders/policy.js";

/** The shipped reminder policy (config/reminder-policy.json), as the app loads it without REMINDER_POLICY_FILE. */
export const shippedPolicy = loadReminderPolicy();

/** Core deps over a test database, with a fixed clock and a silent logger. */
export function testDeps(db: Db, clock: Clock = fixedClock(new Date("2019-06-30T10:00:00+07:00"))): CoreDeps {
  return { db, clock, timeZone: "Asia/Ho_Chi_Minh", logger: pino({ level: "silent" }), policy: shippedPolicy };
}
