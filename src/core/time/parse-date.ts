/**
 * Strict parsing of dates typed by users, interpreted in a time zone.
 */
import { type LocalDate, daysInMonth, toLocalDate } from "./local-date.js";
import { assertTimeZone, wallTimeOf, wallTimeToInstant } from "./zone.js";

/** A successfully parsed user date. */
export interface ParsedDate {
  /** Local calendar date in the zone. */
  date: LocalDate;
  /** Local wall time "HH:mm" when the input had a time, else null. */
  time: string | null;
  /** The local wall time as a UTC instant (local 00:00 for a date without time). */
  instant: Date;
}

/** Why a date was rejected: unrecognised shape, or a recognised shape with impossible numbers. */
export type ParseDateFailure = "format" | "invalid_date";

/** Result of {@link parseDate}. */
export type ParseDateResult = { ok: true; value: ParsedDate } | { ok: false; reason: ParseDateFailure };

/** Options for {@link parseDate}. */
export interface ParseDateOptions {
  /** IANA zone the user's wall time refers to (deps.timeZone); required, there is no default. */
  tz: string;
  /** Year for the short "dd/mm" form; without it that form is a format error. */
  referenceYear?: number;
}

const VN_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/i;
const SHORT_DATE = /^(\d{1,2})([/.-])(\d{1,2})$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

interface Fields {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  /** Explicit UTC offset in minutes (ISO input only). */
  offsetMinutes?: number;
}

/**
 * Parses a user date strictly (no rollover: 31/02 and 29/02/2019 are errors).
 *
 * Accepted: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, each with an
 * optional ` HH:mm` (or `HH:mm:ss`, `HHhmm`); ISO 8601 `yyyy-mm-dd`,
 * `yyyy-mm-ddTHH:mm[:ss[.sss]]` with optional `Z` / `±hh:mm`; and the short
 * `dd/mm` when `referenceYear` is given. Wall times are read in `tz`; an ISO
 * input with an explicit offset denotes an absolute instant, whose local date
 * and time in `tz` are returned.
 */
export function parseDate(input: string, options: ParseDateOptions): ParseDateResult {
  // Checked first, so that a missing zone fails even for input that would be rejected anyway.
  const tz = assertTimeZone(options.tz);
  const fields = readFields(input.trim(), options.referenceYear);
  if (fields === "format") return { ok: false, reason: "format" };
  if (!validFields(fields)) return { ok: false, reason: "invalid_date" };

  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = fields;
  const hasTime = fields.hour !== undefined;
  if (fields.offsetMinutes !== undefined) {
    const instant = new Date(
      Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - fields.offsetMinutes * 60_000,
    );
    const w = wallTimeOf(instant, tz);
    return {
      ok: true,
      value: { date: toLocalDate(w.year, w.month, w.day), time: `${pad2(w.hour)}:${pad2(w.minute)}`, instant },
    };
  }
  const instant = wallTimeToInstant({ year, month, day, hour, minute, second, millisecond }, tz);
  return {
    ok: true,
    value: {
      date: toLocalDate(year, month, day),
      time: hasTime ? `${pad2(hour)}:${pad2(minute)}` : null,
      instant,
    },
  };
}

function readFields(s: string, referenceYear: number | undefined): Fields | "format" {
  let m = VN_DATE.exec(s);
  if (m) {
    return {
      day: Number(m[1]),
      month: Number(m[3]),
      year: Number(m[4]),
      ...(m[5] !== undefined && { hour: Number(m[5]), minute: Number(m[6]), second: Number(m[7] ?? 0) }),
    };
  }
  m = SHORT_DATE.exec(s);
  if (m) {
    if (referenceYear === undefined) return "format";
    return { day: Number(m[1]), month: Number(m[3]), year: referenceYear };
  }
  m = ISO_DATE.exec(s);
  if (m) {
    const fields: Fields = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    if (m[4] !== undefined) {
      fields.hour = Number(m[4]);
      fields.minute = Number(m[5]);
      fields.second = Number(m[6] ?? 0);
      fields.millisecond = Number((m[7] ?? "0").slice(0, 3).padEnd(3, "0"));
    }
    if (m[8] !== undefined) {
      const offset = parseOffset(m[8]);
      if (offset === null) return "format";
      fields.offsetMinutes = offset;
    }
    return fields;
  }
  return "format";
}

/** "Z", "+07:00", "+0700", "-05" → minutes east of UTC; null when out of range. */
function parseOffset(text: string): number | null {
  if (text.toUpperCase() === "Z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

function validFields(f: Fields): boolean {
  // A typed year before 1000 is a typo, never a task date.
  if (f.year < 1000 || f.month < 1 || f.month > 12) return false;
  if (f.day < 1 || f.day > daysInMonth(f.year, f.month)) return false;
  if (f.hour !== undefined && (f.hour > 23 || f.minute! > 59 || f.second! > 59)) return false;
  return true;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
