/**
 * Vietnamese formatting for reports: numbers ("2.139"), rates ("54,4%"),
 * dates and period phrases ("6 tháng đầu năm 2019").
 */
import { daysInMonth, localDateParts } from "../core/time/local-date.js";
import type { Period } from "../core/time/period.js";
import { formatDateVi } from "../core/time/format.js";
import type { ReportMonth } from "./period.js";

/** 2139 → "2.139" (dot as the thousands separator, as Vietnamese documents write). */
export function formatNumberVi(value: number): string {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** 0.544179… → "54,4%" (one decimal, comma as the decimal separator). */
export function formatPercentVi(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1).replace(".", ",")}%`;
}

/** A table cell: the number, or "-" for zero as in the signed report's appendices. */
export function formatCellVi(value: number): string {
  return value === 0 ? "-" : formatNumberVi(value);
}

const ROMAN = ["I", "II", "III", "IV"];

/**
 * The period as a Vietnamese phrase: "năm 2019", "6 tháng đầu năm 2019",
 * "6 tháng cuối năm 2019", "quý II năm 2019", "tháng 5 năm 2019",
 * "từ tháng 2 đến tháng 5 năm 2019", or "từ ngày 15/01/2019 đến ngày 30/06/2019".
 */
export function periodPhraseVi(period: Period): string {
  const a = localDateParts(period.from);
  const b = localDateParts(period.to);
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (!wholeMonths || a.year !== b.year) {
    return `từ ngày ${formatDateVi(period.from)} đến ngày ${formatDateVi(period.to)}`;
  }
  const year = a.year;
  if (a.month === 1 && b.month === 12) return `năm ${year}`;
  if (a.month === b.month) return `tháng ${a.month} năm ${year}`;
  const span = b.month - a.month + 1;
  if (span === 3 && a.month % 3 === 1) return `quý ${ROMAN[(a.month - 1) / 3]} năm ${year}`;
  if (a.month === 1) return `${span} tháng đầu năm ${year}`;
  if (b.month === 12) return `${span} tháng cuối năm ${year}`;
  return `từ tháng ${a.month} đến tháng ${b.month} năm ${year}`;
}

/** "Từ ngày 01 tháng 01 đến ngày 30 tháng 6 năm 2019" (the year once when both dates share it). */
export function periodRangeVi(period: Period): string {
  const a = localDateParts(period.from);
  const b = localDateParts(period.to);
  const day = (d: number) => String(d).padStart(2, "0");
  const month = (m: number) => (m < 3 ? String(m).padStart(2, "0") : String(m));
  const first = `ngày ${day(a.day)} tháng ${month(a.month)}${a.year === b.year ? "" : ` năm ${a.year}`}`;
  return `từ ${first} đến ngày ${day(b.day)} tháng ${month(b.month)} năm ${b.year}`;
}

/** True when every month of the list is in the same year. */
export function sameYear(months: readonly ReportMonth[]): boolean {
  return months.every((m) => m.year === months[0]?.year);
}

/** Column heading of a month: "Tháng 1", or "Tháng 1/2020" when the period spans years. */
export function monthLabelVi(month: ReportMonth, months: readonly ReportMonth[]): string {
  return sameYear(months) ? `Tháng ${month.month}` : `Tháng ${month.month}/${month.year}`;
}
