/** Fixed Vietnamese texts shared by the XLSX, DOCX and chart renderers. */
import { formatDateVi } from "../core/time/format.js";
import { periodPhraseVi } from "./format.js";
import type { ReportOptions } from "./options.js";
import type { ReportData } from "./types.js";

/** "trong 6 tháng đầu năm 2019", or "từ ngày … đến ngày …" as is. */
export function inPeriodVi(data: Pick<ReportData, "period">): string {
  const phrase = periodPhraseVi(data.period);
  return phrase.startsWith("từ ") ? phrase : `trong ${phrase}`;
}

/** Title under "PHỤ LỤC 01". */
export function appendix1Title(data: ReportData): string {
  return (
    "Kết quả thực hiện nhiệm vụ do Chủ tịch UBND tỉnh, UBND tỉnh giao các ngành, cơ quan, địa phương " +
    `theo dõi thực hiện trên Hệ thống phần mềm ${inPeriodVi(data)}`
  );
}

/** Title under "PHỤ LỤC 02" (upper case, as in the signed report). */
export function appendix2Title(data: ReportData): string {
  return `Thống kê lũy kế thực hiện nhiệm vụ trên Hệ thống phần mềm ${inPeriodVi(data)}`.toLocaleUpperCase("vi");
}

/** "(Dữ liệu báo cáo được xuất đến ngày 30/06/2019)". */
export function dataNote(data: ReportData): string {
  return `(Dữ liệu báo cáo được xuất đến ngày ${formatDateVi(data.asOfDate)})`;
}

/** "(Kèm theo Báo cáo số      /BC-TKTra ngày      tháng      năm      của Tổ Kiểm tra)". */
export function attachedNote(options: ReportOptions): string {
  return `(Kèm theo Báo cáo số          /${options.symbol} ngày      tháng      năm          của ${options.unit})`;
}

/** Headings of appendix 1. */
export const A1 = {
  order: "TT",
  agency: "Cơ quan được giao",
  total: "Tổng số nhiệm vụ giao",
  result: "Kết quả thực hiện",
  completed: "Đã hoàn thành",
  notCompleted: "Chưa hoàn thành",
  onTime: "Đúng hạn",
  late: "Quá hạn",
  inTerm: "Trong hạn",
  overdue: "Trễ hạn",
  totalRow: "Tổng số",
} as const;

/** Headings of appendix 2. */
export const A2 = {
  order: "STT",
  agency: "Cơ quan được giao",
  assigned: "Giao",
  done: "Đã thực hiện",
  cumulative: "Lũy kế",
  remaining: "Còn phải thực hiện",
  totalRow: "Tổng số",
} as const;

/** The four categories, in report order, with their labels. */
export const CATEGORY_LABELS = [
  ["onTime", "Hoàn thành đúng hạn"],
  ["late", "Hoàn thành quá hạn"],
  ["inTerm", "Chưa hoàn thành trong hạn"],
  ["overdue", "Chưa hoàn thành trễ hạn"],
] as const;
