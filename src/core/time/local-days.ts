/**
 * Fast conversions between instants and local day numbers for planning over
 * many tasks. `Intl` costs microseconds per call, so offsets are memoised per
 * quarter hour (zone transitions fall on quarter hours in the IANA database)
 * and day numbers are plain integers (days since 1970-01-01, local).
 */
import { fromDayNumber, toDayNumber, type LocalDate } from "./local-date.js";
import { assertTimeZone, wallTimeToInstant, zoneOffsetMs } from "./zone.js";

const DAY_MS = 86_400_000;
const QUARTER_HOUR_MS = 900_000;

/** Day-number helpers bound to one time zone. */
export interface LocalDays {
  readonly timeZone: string;
  /** The local day number of an instant. */
  dayOf(instant: Date | number): number;
  /** Minutes after local midnight of an instant (0–1439). */
  minuteOf(instant: Date | number): number;
  /** `YYYY-MM-DD` of a day number. */
  iso(day: number): LocalDate;
  /** Day number of a `YYYY-MM-DD` date. */
  dayOfIso(date: LocalDate): number;
  /** The instant at `minute` minutes after local midnight of `day`. */
  at(day: number, minute: number): Date;
}

/** Creates memoised day helpers for `timeZone` (an IANA name). */
export function createLocalDays(timeZone: string): LocalDays {
  // Offsets are read lazily; check the zone now so that a missing one fails here.
  assertTimeZone(timeZone);
  const offsets = new Map<number, number>();
  const isoCache = new Map<number, LocalDate>();
  const offsetAt = (ms: number): number => {
    const bucket = Math.floor(ms / QUARTER_HOUR_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      offset = zoneOffsetMs(bucket * QUARTER_HOUR_MS, timeZone);
      offsets.set(bucket, offset);
    }
    return offset;
  };
  const localMs = (instant: Date | number): number => {
    const ms = typeof instant === "number" ? instant : instant.getTime();
    return ms + offsetAt(ms);
  };
  return {
    timeZone,
    dayOf: (instant) => Math.floor(localMs(instant) / DAY_MS),
    minuteOf: (instant) => Math.floor((((localMs(instant) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000),
    iso(day) {
      let text = isoCache.get(day);
      if (text === undefined) {
        text = fromDayNumber(day);
        isoCache.set(day, text);
      }
      return text;
    },
    dayOfIso: (date) => toDayNumber(date),
    at(day, minute) {
      const d = new Date(day * DAY_MS);
      return wallTimeToInstant(
        {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          hour: Math.floor(minute / 60),
          minute: minute % 60,
          second: 0,
          millisecond: 0,
        },
        timeZone,
      );
    },
  };
}
