import { readFileSync } from "node:fs";
import { createWorkCalendar, parseCalendarCsv, type CalendarOverride } from "../../core/calendar/index.js";
import { weekday } from "../../core/time/local-date.js";
import { loadCalendarSources, mergeCalendarOverrides, storeCalendarDays } from "../../core/calendar/load-calendar.js";
import { loadShippedOverrides } from "../../core/calendar/shipped-overrides.js";
import { formatDateVi } from "../../core/time/format.js";
import { rejectPositionals, UsageError, writeLine, type CliCommand } from "../command.js";

/** `nhacviec calendar import FILE.csv` */
export const calendarImportCommand: CliCommand = {
  path: ["calendar", "import"],
  summaryKey: "cli-calendar-import-summary",
  usageKey: "cli-calendar-import-usage",
  async run(ctx) {
    const { t } = ctx;
    if (ctx.positionals.length === 0) throw new UsageError(t("cli-calendar-missing-file"));
    rejectPositionals(ctx.positionals, t, 1);
    const path = ctx.positionals[0]!;
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      writeLine(ctx.io.stderr, t("calendar-import-not-found", { path }));
      return 1;
    }
    const parsed = parseCalendarCsv(text);
    if (parsed.errors.length > 0) {
      writeLine(ctx.io.stderr, t("calendar-import-errors", { count: parsed.errors.length }));
      for (const e of parsed.errors) writeLine(ctx.io.stderr, t("calendar-import-error-line", { line: e.line, message: e.message }));
      return 1;
    }
    if (parsed.overrides.length === 0) {
      writeLine(ctx.io.stderr, t("calendar-import-empty"));
      return 1;
    }
    const app = await ctx.openApp();
    try {
      const sources = await loadCalendarSources(app.deps.db);
      // Checks that the merged data still makes a calendar before writing anything.
      createWorkCalendar(mergeCalendarOverrides(sources.overrides, parsed.overrides));
      const result = await storeCalendarDays(app.deps.db, parsed.overrides);
      writeLine(ctx.io.stdout, t("calendar-import-done", { count: parsed.overrides.length, ...result }));
      for (const [year, days] of byYear(parsed.overrides)) {
        const holidays = days.filter((d) => d.kind === "holiday").length;
        const workdays = days.length - holidays;
        writeLine(ctx.io.stdout, t(holidays > 0 ? "calendar-import-year-official" : "calendar-import-year-workdays", { year: String(year), holidays, workdays }));
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};

function byYear(overrides: readonly CalendarOverride[]): Map<number, CalendarOverride[]> {
  const out = new Map<number, CalendarOverride[]>();
  for (const o of overrides) {
    const year = Number(o.date.slice(0, 4));
    out.set(year, [...(out.get(year) ?? []), o]);
  }
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

/** `nhacviec calendar list --year Y` */
export const calendarListCommand: CliCommand = {
  path: ["calendar", "list"],
  summaryKey: "cli-calendar-list-summary",
  usageKey: "cli-calendar-list-usage",
  options: { year: { type: "string" } },
  async run(ctx) {
    const { t } = ctx;
    rejectPositionals(ctx.positionals, t);
    const yearText = ctx.values.year as string | undefined;
    if (yearText !== undefined && !/^\d{4}$/.test(yearText)) throw new UsageError(t("cli-calendar-bad-year", { text: yearText }));
    const app = await ctx.openApp();
    try {
      const year = yearText ? Number(yearText) : Number(formatDateVi(app.deps.clock(), app.config.timeZone).slice(6));
      const sources = await loadCalendarSources(app.deps.db);
      const calendar = createWorkCalendar(sources.overrides);
      const shipped = new Set(loadShippedOverrides().map((o) => o.date));
      const sourceOf = (date: string, computed: boolean) =>
        computed ? t("calendar-source-computed") : sources.storedDates.has(date) ? t("calendar-source-imported") : shipped.has(date) ? t("calendar-source-shipped") : t("calendar-source-official");
      const row = (date: string, name: string, computed: boolean) =>
        t("calendar-list-row", { date: formatDateVi(date), weekday: weekday(date), name, source: sourceOf(date, computed) });
      const holidays = calendar.holidaysOfYear(year);
      const workdays = calendar.specialWorkdaysOfYear(year);
      writeLine(ctx.io.stdout, t("calendar-list-title", { year: String(year) }));
      writeLine(ctx.io.stdout, t("calendar-list-holidays", { count: holidays.length }));
      for (const h of holidays) writeLine(ctx.io.stdout, row(h.date, h.name, h.source === "computed"));
      writeLine(ctx.io.stdout, t("calendar-list-workdays", { count: workdays.length }));
      for (const w of workdays) writeLine(ctx.io.stdout, row(w.date, w.name, false));
      if (holidays.every((h) => h.source === "computed")) {
        writeLine(ctx.io.stdout, t("calendar-list-computed-note", { year: String(year) }));
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};
