/**
 * Official calendar data shipped with the application (`./overrides/vn-YYYY.csv`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { yearOf } from "../time/local-date.js";
import { parseCalendarCsv } from "./parse-calendar-csv.js";
import type { CalendarOverride } from "./types.js";

const OVERRIDES_DIR = new URL("./overrides/", import.meta.url);
const FILE_PATTERN = /^vn-(\d{4})\.csv$/;

/**
 * Reads and parses every shipped `overrides/vn-YYYY.csv` file, in year order.
 * Each file may only contain days of the year in its name.
 *
 * This is the only calendar function that touches the file system; pass its
 * result to `createWorkCalendar` once at start-up.
 * @throws {Error} when a shipped file is invalid (listing every problem).
 */
export function loadShippedOverrides(): CalendarOverride[] {
  const files = readdirSync(OVERRIDES_DIR)
    .filter((file) => FILE_PATTERN.test(file))
    .sort();
  const overrides: CalendarOverride[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const year = Number(FILE_PATTERN.exec(file)?.[1]);
    const result = parseCalendarCsv(readFileSync(new URL(file, OVERRIDES_DIR), "utf8"));
    problems.push(...result.errors.map((e) => `${file}:${e.line}: ${e.message}`));
    for (const override of result.overrides) {
      if (yearOf(override.date) !== year) problems.push(`${file}: ${override.date} is not in ${year}`);
      else overrides.push(override);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid shipped calendar data:\n${problems.join("\n")}`);
  return overrides;
}
