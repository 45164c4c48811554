import { parseDate } from "../core/time/parse-date.js";
import { startOfLocalDay, endOfLocalDay } from "../core/time/zone.js";
import type { Translate } from "../i18n/translator.js";
import { UsageError } from "./command.js";

/**
 * Reads a date option. A plain date means the start or the end of that day in
 * the zone; a date with a time is that instant.
 */
export function parseDateArg(t: Translate, option: string, text: string, timeZone: string, edge: "start" | "end"): Date {
  const parsed = parseDate(text, { tz: timeZone });
  if (!parsed.ok) {
    throw new UsageError(t(parsed.reason === "invalid_date" ? "cli-date-not-real" : "cli-date-unreadable", { option, text }));
  }
  if (parsed.value.time !== null) return parsed.value.instant;
  return edge === "start" ? startOfLocalDay(parsed.value.date, timeZone) : endOfLocalDay(parsed.value.date, timeZone);
}
