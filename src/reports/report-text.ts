/**
 * The words of the report in one language: its sentences come from
 * locales/*.ftl (`report-*` keys), numbers are written the way that
 * language writes them ("2.139" and "54,4%" in Vietnamese, as in the signed
 * report; "2,139" and "54.4%" in English). Dates stay dd/mm/yyyy.
 */
import { daysInMonth, localDateParts } from "../core/time/local-date.js";
import { type Period } from "../core/time/period.js";
import { formatDateVi } from "../core/time/format.js";
import { bindLanguage, type Language, type Translate, type Translator } from "../i18n/translator.js";
import { formatNumberEn, formatNumberVi, formatPercentEn, formatPercentVi, sameYear } from "./format.js";
import type { ReportOptions } from "./options.js";
import type { ReportMonth } from "./period.js";
import type { ReportData } from "./types.js";

/** What the renderers write with. */
export interface ReportText {
  readonly language: Language;
  /** Translates a `report-*` key. */
  readonly t: Translate;
  /** 2139 → "2.139" (vi) or "2,139" (en). */
  number(value: number): string;
  /** 0.544 → "54,4%" (vi) or "54.4%" (en), always one decimal. */
  percent(rate: number): string;
  /** A table cell: the number, or "-" for zero as in the signed report's appendices. */
  cell(value: number): string;
  /** Upper case by the language's rules ("UBND TỈNH KON TUM"). */
  upper(text: string): string;
}

/** The report's words in `language`. */
export function createReportText(translator: Translator, language: Language): ReportText {
  const number = language === "vi" ? formatNumberVi : formatNumberEn;
  return {
    language,
    t: bindLanguage(translator, language),
    number,
    percent: language === "vi" ? formatPercentVi : formatPercentEn,
    cell: (value) => (value === 0 ? "-" : number(value)),
    upper: (text) => text.toLocaleUpperCase(language),
  };
}

const ROMAN = ["I", "II", "III", "IV"];

/**
 * The period as a phrase, and whether it reads as a range ("từ … đến …"):
 * "năm 2019", "6 tháng đầu năm 2019", "6 tháng cuối năm 2019",
 * "quý II năm 2019", "tháng 5 năm 2019", "từ tháng 2 đến tháng 5 năm 2019",
 * or "từ ngày 15/01/2019 đến ngày 30/06/2019".
 */
function describePeriod(period: Period, text: ReportText): { phrase: string; range: boolean } {
  const { t } = text;
  const a = localDateParts(period.from);
  const b = localDateParts(period.to);
  const wholeMonths = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (!wholeMonths || a.year !== b.year) {
    return { phrase: t("report-period-days", { from: formatDateVi(period.from), to: formatDateVi(period.to) }), range: true };
  }
  const year = String(a.year);
  const monthName = (month: number) => t("report-month-name", { month });
  const span = b.month - a.month + 1;
  const named = (phrase: string) => ({ phrase, range: false });
  if (span === 12) return named(t("report-period-year", { year }));
  if (span === 1) return named(t("report-period-month", { month: String(a.month), monthName: monthName(a.month), year }));
  if (span === 3 && a.month % 3 === 1) return named(t("report-period-quarter", { quarter: ROMAN[(a.month - 1) / 3]!, year }));
  if (a.month === 1) return named(t("report-period-first-months", { months: String(span), year }));
  if (b.month === 12) return named(t("report-period-last-months", { months: String(span), year }));
  const args = { first: String(a.month), last: String(b.month), firstName: monthName(a.month), lastName: monthName(b.month), year };
  return { phrase: t("report-period-months", args), range: true };
}

/** The period as a phrase: "6 tháng đầu năm 2019" (see {@link describePeriod}). */
export function periodPhrase(period: Period, text: ReportText): string {
  return describePeriod(period, text).phrase;
}

/** "trong 6 tháng đầu năm 2019"; a period that reads "từ … đến …" as is. */
export function inPeriod(period: Period, text: ReportText): string {
  const { phrase, range } = describePeriod(period, text);
  return range ? phrase : text.t("report-in-period", { period: phrase });
}

/** "từ ngày 01 tháng 01 đến ngày 30 tháng 6 năm 2019" (the year once when both dates share it). */
export function periodRange(period: Period, text: ReportText): string {
  const a = localDateParts(period.from);
  const b = localDateParts(period.to);
  const day = (d: number) => String(d).padStart(2, "0");
  // Months 1 and 2 are written 01 and 02, as administrative documents do.
  const month = (m: number) => (m < 3 ? String(m).padStart(2, "0") : String(m));
  const args = {
    from: formatDateVi(period.from),
    to: formatDateVi(period.to),
    fromDay: day(a.day),
    fromMonth: month(a.month),
    fromYear: String(a.year),
    toDay: day(b.day),
    toMonth: month(b.month),
    toYear: String(b.year),
  };
  return text.t(a.year === b.year ? "report-range-same-year" : "report-range", args);
}

/** Column heading of a month: "Tháng 1", or "Tháng 1/2020" when the period spans years. */
export function monthLabel(month: ReportMonth, months: readonly ReportMonth[], text: ReportText): string {
  const args = { month: String(month.month), monthName: text.t("report-month-name", { month: month.month }), year: String(month.year) };
  return text.t(sameYear(months) ? "report-month-label" : "report-month-year-label", args);
}

/** Title under "PHỤ LỤC 01". */
export function appendix1Title(data: ReportData, text: ReportText): string {
  return text.t("report-appendix1-title", { period: inPeriod(data.period, text) });
}

/** Title under "PHỤ LỤC 02" (upper case, as in the signed report). */
export function appendix2Title(data: ReportData, text: ReportText): string {
  return text.upper(text.t("report-appendix2-title", { period: inPeriod(data.period, text) }));
}

/** "(Dữ liệu báo cáo được xuất đến ngày 30/06/2019)". */
export function dataNote(data: ReportData, text: ReportText): string {
  return text.t("report-data-note", { date: formatDateVi(data.asOfDate) });
}

/** "(Kèm theo Báo cáo số      /BC-TKTra ngày      tháng      năm      của Tổ Kiểm tra)". */
export function attachedNote(options: ReportOptions, text: ReportText): string {
  return text.t("report-attached-note", { symbol: options.symbol, unit: options.unit });
}

/** Headings of appendix 1. */
export function appendix1Headings(text: ReportText) {
  const { t } = text;
  return {
    order: t("report-a1-order"),
    agency: t("report-a1-agency"),
    total: t("report-a1-total"),
    result: t("report-a1-result"),
    completed: t("report-a1-completed"),
    notCompleted: t("report-a1-not-completed"),
    onTime: t("report-a1-on-time"),
    late: t("report-a1-late"),
    inTerm: t("report-a1-in-term"),
    overdue: t("report-a1-overdue"),
    totalRow: t("report-total-row"),
  };
}

/** Headings of appendix 2. */
export function appendix2Headings(text: ReportText) {
  const { t } = text;
  return {
    order: t("report-a2-order"),
    agency: t("report-a2-agency"),
    assigned: t("report-a2-assigned"),
    done: t("report-a2-done"),
    cumulative: t("report-a2-cumulative"),
    remaining: t("report-a2-remaining"),
    totalRow: t("report-total-row"),
  };
}

/** The four categories, in report order, with their labels. */
export function categoryLabels(text: ReportText) {
  const { t } = text;
  return [
    ["onTime", t("report-category-on-time")],
    ["late", t("report-category-late")],
    ["inTerm", t("report-category-in-term")],
    ["overdue", t("report-category-overdue")],
  ] as const;
}
