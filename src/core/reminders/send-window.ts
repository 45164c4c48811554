/**
 * Send windows: reminders go out only inside a window (07:30–17:00 by
 * default) on a working day; anything due outside waits for the next window.
 * Both ends are whole minutes and inclusive, so 17:00:59 is still inside and
 * 17:01 is not, as the policy file reads ("until 17:00").
 */
import type { WorkCalendar } from "../calendar/index.js";
import type { LocalDate } from "../time/local-date.js";
import { createLocalDays, type LocalDays } from "../time/local-days.js";
import type { ReminderPolicy } from "./policy.js";

/** One send window on one day: where a digest belongs. */
export interface SendSlot {
  /** Local day number. */
  readonly day: number;
  readonly date: LocalDate;
  /** Index of the window in the policy's `sendWindows`. */
  readonly index: number;
  /** First instant of the window. */
  readonly start: Date;
  /** First instant after the window. */
  readonly end: Date;
}

/** Days scanned for the next window (longer breaks than this do not exist). */
const MAX_SCAN_DAYS = 60;

function slotOf(days: LocalDays, policy: ReminderPolicy, day: number, index: number): SendSlot {
  const window = policy.sendWindows[index]!;
  return {
    day,
    date: days.iso(day),
    index,
    start: days.at(day, window.startMinute),
    end: days.at(day, window.endMinute + 1),
  };
}

/** True when `date` is a day reminders may be sent on (a working day). */
function sendDay(calendar: WorkCalendar | ((day: number) => boolean), days: LocalDays, day: number): boolean {
  return typeof calendar === "function" ? calendar(day) : calendar.isWorkingDay(days.iso(day));
}

/**
 * The send window `now` falls in, or null outside every window and on days
 * off. `calendar` may also be a working-day predicate on day numbers.
 */
export function sendSlotAt(
  now: Date,
  calendar: WorkCalendar | ((day: number) => boolean),
  policy: ReminderPolicy,
  timeZone: string,
  days: LocalDays = createLocalDays(timeZone),
): SendSlot | null {
  const day = days.dayOf(now);
  if (!sendDay(calendar, days, day)) return null;
  const minute = days.minuteOf(now);
  const index = policy.sendWindows.findIndex((w) => minute >= w.startMinute && minute <= w.endMinute);
  return index < 0 ? null : slotOf(days, policy, day, index);
}

/**
 * The first window that is open at `at` or opens after it: the window `at`
 * is in, else the next one on a working day.
 * @throws {RangeError} when no window opens within 60 days.
 */
export function nextSendSlot(
  at: Date,
  calendar: WorkCalendar | ((day: number) => boolean),
  policy: ReminderPolicy,
  timeZone: string,
  days: LocalDays = createLocalDays(timeZone),
): SendSlot {
  const current = sendSlotAt(at, calendar, policy, timeZone, days);
  if (current) return current;
  const first = days.dayOf(at);
  for (let day = first; day <= first + MAX_SCAN_DAYS; day++) {
    if (!sendDay(calendar, days, day)) continue;
    for (let index = 0; index < policy.sendWindows.length; index++) {
      const slot = slotOf(days, policy, day, index);
      if (slot.start.getTime() > at.getTime()) return slot;
    }
  }
  throw new RangeError(`No send window within ${MAX_SCAN_DAYS} days after ${at.toISOString()}`);
}
