import { checkQuality } from "../core/quality/check-quality.js";
import type { Db } from "../db/connect.js";
import type { ReminderPolicy } from "../core/reminders/policy.js";
import { completionRate } from "../core/stats/categorize.js";
import { computeStats } from "../core/stats/compute-stats.js";
import { resolvePeriod, type ReportPeriodInput } from "./period.js";
import { queryDocumentCount, queryMonthlyByAgency, type ReportFilter } from "./report-query.js";
import type { Appendix2Row, Appendix2Sums, MonthCell, ReportData } from "./types.js";

/** What {@link buildReportData} needs. */
export interface ReportDeps {
  db: Db;
  /** IANA zone for local days and months (APP_TIMEZONE). */
  timeZone: string;
  /** Its `staleAfterDays` is the data-quality check's, as in /chatluong. */
  policy: Pick<ReminderPolicy, "staleAfterDays">;
}

/**
 * Computes everything the inspection report shows, straight from the
 * database, in three grouped queries whatever the number of agencies:
 * the four categories per agency (appendix 1, via computeStats), tasks
 * assigned and completed per agency and month (appendix 2), and the number
 * of distinct documents.
 *
 * Appendix rows list every active agency (and any inactive one with tasks)
 * in display order. Appendix 2's cumulative columns equal appendix 1's total
 * and done counts by construction.
 *
 * @throws RangeError when the period is reversed or longer than 24 months.
 */
export async function buildReportData(deps: ReportDeps, input: ReportPeriodInput): Promise<ReportData> {
  const resolved = resolvePeriod(input, deps.timeZone);
  const filter: ReportFilter = {
    asOf: resolved.asOf,
    from: resolved.fromInstant,
    to: resolved.toInstant,
    monthStarts: resolved.months.slice(1).map((m) => m.start),
  };
  const [stats, monthly, documents, quality] = await Promise.all([
    computeStats(deps, { asOf: resolved.asOf, assignedFrom: resolved.fromInstant, assignedTo: resolved.toInstant }),
    queryMonthlyByAgency(deps.db, filter),
    queryDocumentCount(deps.db, filter),
    checkQuality(deps, { asOf: resolved.asOf, staleDays: deps.policy.staleAfterDays }),
  ]);

  const monthCount = resolved.months.length;
  const emptyMonths = (): MonthCell[] => Array.from({ length: monthCount }, () => ({ assigned: 0, done: 0 }));
  const appendix2: Appendix2Row[] = stats.rows.map((row, i) => ({
    order: i + 1,
    agency: row.agency,
    ...sums(monthly.get(row.agency.id) ?? emptyMonths()),
  }));
  const totalMonths = emptyMonths();
  for (const row of appendix2) {
    row.months.forEach((cell, m) => {
      totalMonths[m]!.assigned += cell.assigned;
      totalMonths[m]!.done += cell.done;
    });
  }

  const tasks = stats.total;
  const done = tasks.onTime + tasks.late;
  return {
    timeZone: deps.timeZone,
    asOf: resolved.asOf,
    asOfDate: resolved.asOfDate,
    period: resolved.period,
    months: resolved.months,
    documents,
    tasks,
    done,
    inProgress: tasks.inTerm + tasks.overdue,
    completionRate: completionRate(tasks),
    appendix1: {
      rows: stats.rows.map((row, i) => {
        const { agency, total, onTime, late, inTerm, overdue } = row;
        return { order: i + 1, agency, total, onTime, late, inTerm, overdue };
      }),
      total: tasks,
    },
    appendix2: { rows: appendix2, total: sums(totalMonths) },
    quality,
  };
}

function sums(months: MonthCell[]): Appendix2Sums {
  const assigned = months.reduce((s, m) => s + m.assigned, 0);
  const done = months.reduce((s, m) => s + m.done, 0);
  return { months, assigned, done, remaining: assigned - done };
}
