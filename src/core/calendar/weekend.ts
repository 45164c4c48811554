/**
 * The weekly days off of public bodies: Saturday and Sunday (Labour Code
 * 2019, art. 111, and the 40-hour week of Decision 188/1999/QĐ-TTg).
 */
import { weekday, type LocalDate } from "../time/local-date.js";

/** True for Saturday and Sunday, the weekly days off for public servants. */
export function isWeekend(date: LocalDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}
