/**
 * Vietnamese lunisolar calendar (âm lịch) conversions.
 *
 * Backed by `@dqcai/vn-lunar`, whose tables come from Hồ Ngọc Đức's
 * Vietnamese calendar computed for UTC+7 (the meridian Vietnam has used for
 * its calendar since 1968). This matters: new moons close to midnight give
 * Vietnam a different lunar new year from China (UTC+8), e.g. Tết 1985 fell on
 * 1985-01-21 in Vietnam but 1985-02-20 in China, and Tết 2007 / 2030 fell one
 * day earlier in Vietnam (2007-02-17, 2030-02-02). For years before 1968 the
 * tables follow the calendar then in use (UTC+8), e.g. Tết 1965 = 1965-02-02.
 * The tests cross-check every lunar month start of 1968–2174 against Hồ Ngọc
 * Đức's published astronomical algorithm.
 *
 * The library converts through Julian day numbers; this module only exchanges
 * JDNs with it so the Gregorian side always goes through {@link fromDayNumber}.
 * The library silently accepts impossible input (e.g. lunar day 30 of a
 * 29-day month), so every conversion here is checked by a round trip.
 */
import { getLunarDate, getSolarDate } from "@dqcai/vn-lunar";
import { fromDayNumber, localDateParts, type LocalDate } from "../time/local-date.js";

/** First and last Gregorian/lunar year supported by this module. */
export const LUNAR_MIN_YEAR = 1900;
export const LUNAR_MAX_YEAR = 2199;

/**
 * Shapes of the library results this module relies on. The package's type
 * declarations use extension-less relative imports that do not resolve under
 * `moduleResolution: NodeNext`, so its functions are typed here explicitly.
 */
interface LibraryLunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly leap: boolean;
}
interface LibrarySolarDate {
  /** Julian day number, 0 when the input is outside the library's tables. */
  readonly jd: number;
}
const toLunar: (day: number, month: number, year: number) => LibraryLunarDate = getLunarDate;
const toSolar: (day: number, month: number, year: number, leap: boolean) => LibrarySolarDate = getSolarDate;

/** Julian day number of 1970-01-01. */
const JDN_UNIX_EPOCH = 2440588;

/** A day of the Vietnamese lunar calendar. */
export interface LunarDay {
  /** Day of the lunar month, 1–30. */
  readonly day: number;
  /** Lunar month, 1–12 (1 = tháng Giêng, 12 = tháng Chạp). */
  readonly month: number;
  /** Lunar year, numbered like the Gregorian year in which it mostly falls. */
  readonly year: number;
  /** True for the intercalary (nhuận) month that repeats `month`. */
  readonly leap: boolean;
}

const CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
const CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const;

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
    throw new RangeError(`Lunar calendar supports years ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}, got ${year}`);
  }
}

/**
 * Converts a Gregorian day to the Vietnamese lunar calendar.
 * @throws {RangeError} on an invalid date or a year outside the supported range.
 */
export function solarToLunar(date: LocalDate): LunarDay {
  const { year, month, day } = localDateParts(date);
  checkYear(year);
  const lunar = toLunar(day, month, year);
  return { day: lunar.day, month: lunar.month, year: lunar.year, leap: lunar.leap };
}

/**
 * Converts a Vietnamese lunar day to the Gregorian calendar.
 * @param leap pass `true` to address the intercalary (nhuận) month.
 * @throws {RangeError} when the lunar day does not exist (e.g. day 30 of a
 *   29-day month, or a leap month the year does not have) or the year is
 *   outside the supported range.
 */
export function lunarToSolar(day: number, month: number, year: number, leap = false): LocalDate {
  checkYear(year);
  if (!Number.isInteger(day) || !Number.isInteger(month) || day < 1 || day > 30 || month < 1 || month > 12) {
    throw new RangeError(`Invalid lunar date ${day}/${month}/${year}`);
  }
  const solar = toSolar(day, month, year, leap);
  const result = solar.jd > 0 ? fromDayNumber(solar.jd - JDN_UNIX_EPOCH) : null;
  const back = result ? solarToLunar(result) : null;
  if (!result || !back || back.day !== day || back.month !== month || back.year !== year || back.leap !== leap) {
    throw new RangeError(`Lunar date ${day}/${month}${leap ? " (nhuận)" : ""}/${year} does not exist`);
  }
  return result;
}

/** Gregorian date of lunar 1/1 (mùng 1 Tết) of `year`. */
export function lunarNewYear(year: number): LocalDate {
  return lunarToSolar(1, 1, year);
}

/** Sexagenary (Can Chi) name of a lunar year, e.g. `2026` → `"Bính Ngọ"`. */
export function lunarYearName(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year ${year}`);
  return `${CAN[(((year + 6) % 10) + 10) % 10]} ${CHI[(((year + 8) % 12) + 12) % 12]}`;
}
