import type { Db } from "../db/connect.js";
import type { Logger } from "../logger.js";
import type { Clock } from "./clock.js";
import type { ReminderPolicy } from "./reminders/policy.js";
import type { StatsCache } from "./stats/stats-cache.js";

/** What use cases need from the outside world. Built once in src/app.ts. */
export interface CoreDeps {
  db: Db;
  clock: Clock;
  /** IANA zone for calendar arithmetic (APP_TIMEZONE). */
  timeZone: string;
  logger: Logger;
  /** The reminder policy in force (REMINDER_POLICY_FILE, or the shipped one), read once at start. */
  policy: ReminderPolicy;
  /** Reuses stats while the data and the as-of instant's categories are unchanged; without it every call counts. */
  statsCache?: StatsCache;
}
