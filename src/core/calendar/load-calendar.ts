/**
 * The working-day calendar as the application uses it: the official data
 * shipped with the code (overrides/vn-YYYY.csv) plus the CalendarDay rows
 * imported with `nhacviec calendar import`, which win on the same date.
 */
import type { Db } from "../../db/connect.js";
import { isLocalDate, yearOf, type LocalDate } from "../time/local-date.js";
import { loadShippedOverrides } from "./shipped-overrides.js";
import type { CalendarOverride, WorkCalendar } from "./types.js";
import { createWorkCalendar } from "./work-calendar.js";

/** Calendar data with where each day came from. */
export interface CalendarSources {
  /** Shipped and stored overrides merged, stored ones winning per date. */
  readonly overrides: CalendarOverride[];
  /** Dates that come from the database. */
  readonly storedDates: ReadonlySet<LocalDate>;
}

/**
 * Merges shipped overrides with stored ones: a stored day replaces the
 * shipped day of the same date. Result in date order.
 */
export function mergeCalendarOverrides(shipped: readonly CalendarOverride[], stored: readonly CalendarOverride[]): CalendarOverride[] {
  const byDate = new Map<LocalDate, CalendarOverride>();
  for (const o of shipped) byDate.set(o.date, o);
  for (const o of stored) byDate.set(o.date, o);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Reads the CalendarDay rows; rows with an invalid date or kind are left out. */
export async function loadStoredOverrides(db: Pick<Db, "calendarDay">): Promise<CalendarOverride[]> {
  const rows = await db.calendarDay.findMany({ orderBy: { date: "asc" } });
  return rows
    .filter((r) => isLocalDate(r.date) && (r.kind === "holiday" || r.kind === "workday") && yearOf(r.date) > 0)
    .map((r) => ({ date: r.date, kind: r.kind as CalendarOverride["kind"], name: r.name }));
}

/** Shipped plus stored calendar data, and which dates are stored. */
export async function loadCalendarSources(db: Pick<Db, "calendarDay">): Promise<CalendarSources> {
  const stored = await loadStoredOverrides(db);
  return { overrides: mergeCalendarOverrides(loadShippedOverrides(), stored), storedDates: new Set(stored.map((o) => o.date)) };
}

/**
 * The application's working-day calendar. Build it once per use (a sweep, a
 * command) and share it: it caches per year.
 */
export async function loadWorkCalendar(db: Pick<Db, "calendarDay">): Promise<WorkCalendar> {
  return createWorkCalendar((await loadCalendarSources(db)).overrides);
}

/** Counts of {@link storeCalendarDays}. */
export interface StoreCalendarResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Upserts calendar days (CalendarDay rows, keyed by date) in one
 * transaction. Validate the whole file first: this writes every row given.
 */
export async function storeCalendarDays(db: Db, overrides: readonly CalendarOverride[]): Promise<StoreCalendarResult> {
  return db.$transaction(async (tx) => {
    const existing = new Map((await tx.calendarDay.findMany()).map((r) => [r.date, r]));
    const result: StoreCalendarResult = { created: 0, updated: 0, unchanged: 0 };
    for (const o of overrides) {
      const before = existing.get(o.date);
      if (!before) {
        await tx.calendarDay.create({ data: { date: o.date, kind: o.kind, name: o.name } });
        result.created++;
      } else if (before.kind !== o.kind || before.name !== o.name) {
        await tx.calendarDay.update({ where: { date: o.date }, data: { kind: o.kind, name: o.name } });
        result.updated++;
      } else {
        result.unchanged++;
      }
    }
    return result;
  });
}
