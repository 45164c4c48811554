/**
 * Time-zone conversions between UTC instants and local wall-clock times, based
 * on the platform's IANA database (Intl). Works for any zone, including zones
 * with daylight-saving time; Asia/Ho_Chi_Minh is a fixed UTC+7 today.
 */
import { type LocalDate, toLocalDate } from "./calendar.js";

/** The product's default zone. */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

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

/** The wall-clock time of `instant` in `tz`. */
export function wallTimeOf(instant: Date, tz: string = DEFAULT_TIME_ZONE): WallTime {
  const ms = instant.getTime();
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
export function zoneOffsetMs(instantMs: number, tz: string = DEFAULT_TIME_ZONE): number {
  const w = wallTimeOf(new Date(instantMs), tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - instantMs;
}

/**
 * The instant at which the wall clock in `tz` shows `wall`. Fields are not
 * validated here. For a wall time skipped by a DST jump the result falls just
 * after the jump; for a repeated one, the earlier reading wins.
 */
export function wallTimeToInstant(wall: WallTime, tz: string = DEFAULT_TIME_ZONE): Date {
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

/** The local calendar date of `instant` in `tz`. */
export function localDateOf(instant: Date, tz: string = DEFAULT_TIME_ZONE): LocalDate {
  const w = wallTimeOf(instant, tz);
  return toLocalDate(w.year, w.month, w.day);
}
