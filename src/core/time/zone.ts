/**
 * Time-zone conversions between UTC instants and local wall-clock times, based
 * on the platform's IANA database (Intl). Works for any zone, including zones
 * with daylight-saving time; Asia/Ho_Chi_Minh is a fixed UTC+7 today.
 *
 * Every function takes the zone explicitly: there is no default, because a
 * forgotten zone silently turns into the host's zone (or a guessed one) and
 * shifts deadlines by hours. Callers pass `deps.timeZone` (APP_TIMEZONE).
 *
 * Conventions: a deadline is stored as the END of its local day, and an
 * "as-of" plain date means 23:59:59.999 of that day in the zone; both are
 * {@link endOfLocalDay}.
 */
import { type LocalDate, addDays, localDateParts, toLocalDate } from "./local-date.js";

/** A wall-clock reading in some zone; `month` is 1-12, `hour` 0-23. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  // Intl reads a missing zone as the host's zone; refuse it instead.
  if (typeof tz !== "string") throw new RangeError("A time zone is required, e.g. Asia/Ho_Chi_Minh");
  let f = formatters.get(tz);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what callers should see.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(tz, f);
  }
  return f;
}

/**
 * Returns `tz` when it names an IANA zone known to the platform.
 * @throws {RangeError} for a missing or unknown zone.
 */
export function assertTimeZone(tz: string): string {
  formatterFor(tz);
  return tz;
}

/** The wall-clock time of `instant` in `tz`. @throws {RangeError} on an invalid Date or zone. */
export function wallTimeOf(instant: Date, tz: string): WallTime {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  const parts: Record<string, number> = {};
  for (const p of formatterFor(tz).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** Offset of `tz` from UTC at `instantMs`, in milliseconds (UTC+7 → 25 200 000). */
export function zoneOffsetMs(instantMs: number, tz: string): number {
  const w = wallTimeOf(new Date(instantMs), tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - instantMs;
}

/**
 * The instant at which the wall clock in `tz` shows `wall`. Fields are not
 * validated here. For a wall time skipped by a DST jump the result falls just
 * after the jump; for a repeated one, the earlier reading wins.
 */
export function wallTimeToInstant(wall: WallTime, tz: string): Date {
  const d = new Date(0);
  d.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  d.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  const asUtc = d.getTime();
  const DAY = 86_400_000;
  const before = zoneOffsetMs(asUtc - DAY, tz);
  const after = zoneOffsetMs(asUtc + DAY, tz);
  const valid = [before, after]
    .map((offset) => asUtc - offset)
    .filter((t) => t + zoneOffsetMs(t, tz) === asUtc);
  // Gap (no valid reading): apply the offset in force before the jump.
  return new Date(valid.length > 0 ? Math.min(...valid) : asUtc - before);
}

/**
 * The local calendar date of `instant` in `tz`.
 *
 * @example localDateOf(new Date("2024-12-31T17:00:00Z"), "Asia/Ho_Chi_Minh") // "2025-01-01"
 * @throws {RangeError} on an invalid Date, an unknown zone, or a year outside 0001–9999.
 */
export function localDateOf(instant: Date, tz: string): LocalDate {
  const w = wallTimeOf(instant, tz);
  return toLocalDate(w.year, w.month, w.day);
}

/** Instant of local 00:00:00.000 on `date` in `tz`. @throws {RangeError} on an invalid date. */
export function startOfLocalDay(date: LocalDate, tz: string): Date {
  const { year, month, day } = localDateParts(date);
  return wallTimeToInstant({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, tz);
}

/**
 * Last millisecond of `date` in `tz` (23:59:59.999 local): how deadlines and
 * "as-of" dates are stored. Computed as the next local midnight minus 1 ms.
 */
export function endOfLocalDay(date: LocalDate, tz: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), tz).getTime() - 1);
}
