import type { Period } from "../core/time/period.js";
import type { Counts } from "../core/stats/categorize.js";
import type { AgencyRef } from "../core/stats/compute-stats.js";
import type { ReportMonth } from "./period.js";
import type { QualityResult } from "../core/quality/check-quality.js";

/** Appendix 1 row: one agency's tasks in the four categories. */
export interface Appendix1Row extends Counts {
  /** TT, from 1, in display order. */
  order: number;
  agency: AgencyRef;
}

/** Tasks assigned in one month and, of those, completed by the as-of date. */
export interface MonthCell {
  assigned: number;
  done: number;
}

/** Cumulative columns of appendix 2. */
export interface Appendix2Sums {
  /** One cell per month of {@link ReportData.months}. */
  months: MonthCell[];
  /** Lũy kế: assigned in the period. */
  assigned: number;
  /** Lũy kế: of those, completed by the as-of date. */
  done: number;
  /** Còn phải thực hiện: assigned − done. */
  remaining: number;
}

/** Appendix 2 row: one agency, month by month. */
export interface Appendix2Row extends Appendix2Sums {
  order: number;
  agency: AgencyRef;
}

/** Everything a report shows, computed from the database. */
export interface ReportData {
  /** IANA zone the dates are read in. */
  timeZone: string;
  /** Categories are computed as of this instant. */
  asOf: Date;
  /** The local day of `asOf`. */
  asOfDate: string;
  /** Inclusive local dates of the assignment period. */
  period: Period;
  /** The calendar months of the period, in order (appendix 2 columns). */
  months: ReportMonth[];
  /** Documents that assigned at least one counted task. */
  documents: number;
  /** All counted tasks: total and the four categories. */
  tasks: Counts;
  /** Completed tasks: onTime + late. */
  done: number;
  /** Tasks still in progress: inTerm + overdue. */
  inProgress: number;
  /** done / total, 0..1 (0 when there are no tasks). */
  completionRate: number;
  appendix1: { rows: Appendix1Row[]; total: Counts };
  appendix2: { rows: Appendix2Row[]; total: Appendix2Sums };
  /** The data-quality check (/chatluong) as of `asOf`, over all tasks: what makes these figures less reliable. */
  quality: QualityResult;
}
