/**
 * Dates as Vietnamese documents write them: "dd/mm/yyyy", "dd/mm/yyyy HH:mm".
 */
import { type LocalDate, localDateParts } from "./local-date.js";
import { localDateOf, wallTimeOf } from "./zone.js";

/** "dd/mm/yyyy" of a "YYYY-MM-DD" date (a day needs no zone). */
export function formatDateVi(date: LocalDate): string;
/** "dd/mm/yyyy" of an instant's local date in `tz`, or of a "YYYY-MM-DD" date. */
export function formatDateVi(value: Date | LocalDate, tz: string): string;
export function formatDateVi(value: Date | LocalDate, tz?: string): string {
  // An instant always comes with its zone (the overloads require it; wallTimeOf refuses a missing one).
  const date = typeof value === "string" ? value : localDateOf(value, tz!);
  const { year, month, day } = localDateParts(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "dd/mm/yyyy HH:mm" for an instant, in `tz`. */
export function formatDateTimeVi(instant: Date, tz: string): string {
  const w = wallTimeOf(instant, tz);
  return `${pad2(w.day)}/${pad2(w.month)}/${w.year} ${pad2(w.hour)}:${pad2(w.minute)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
