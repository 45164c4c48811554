/**
 * Numbers as reports write them: Vietnamese ("2.139", "54,4%") as in the
 * signed report, and English ("2,139", "54.4%"). Words live in locales/*.ftl
 * (see report-text.ts).
 */
import type { ReportMonth } from "./period.js";

function groupThousands(value: number, separator: string): string {
  const sign = value < 0 ? "-" : "";
  return sign + String(Math.abs(Math.round(value))).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 2139 → "2.139" (dot as the thousands separator, as Vietnamese documents write). */
export function formatNumberVi(value: number): string {
  return groupThousands(value, ".");
}

/** 2139 → "2,139". */
export function formatNumberEn(value: number): string {
  return groupThousands(value, ",");
}

/** 0.544179… → "54,4%" (one decimal, comma as the decimal separator). */
export function formatPercentVi(rate: number): string {
  return formatPercentEn(rate).replace(".", ",");
}

/** 0.544179… → "54.4%" (one decimal). */
export function formatPercentEn(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** True when every month of the list is in the same year. */
export function sameYear(months: readonly ReportMonth[]): boolean {
  return months.every((m) => m.year === months[0]?.year);
}
