import { escapeFormula } from "../core/text/formula-guard.js";
import { sameYear } from "./format.js";
import type { ReportText } from "./report-text.js";
import type { ReportData } from "./types.js";

/** The two appendices as CSV text. */
export interface ReportCsv {
  /** phu-luc-01.csv */
  appendix1: string;
  /** phu-luc-02.csv */
  appendix2: string;
}

const BOM = "\uFEFF";
const EOL = "\r\n";

/**
 * The appendices as CSV, with the column names of src/demo/seed/*.csv
 * (`thang{m}_giao`, or `thang{m}_{yyyy}_giao` when the period spans years).
 * UTF-8 with a byte-order mark so that Excel reads Vietnamese correctly,
 * CRLF line ends (RFC 4180), numbers as plain digits, the totals row last with
 * an empty TT and "Tổng số" (in the language of `text`). A text starting with
 * "=", "+", "-", "@", a tab or a carriage return gets a leading apostrophe so
 * that spreadsheets do not run it as a formula (src/core/text/formula-guard.ts);
 * numbers, negative ones too, stay plain numbers.
 */
export function renderCsv(data: ReportData, text: ReportText): ReportCsv {
  const totalRow = text.t("report-total-row");
  const a1 = [
    ["tt", "co_quan", "tong_so", "hoan_thanh_dung_han", "hoan_thanh_qua_han", "chua_hoan_thanh_trong_han", "chua_hoan_thanh_tre_han"],
    ...data.appendix1.rows.map((r) => [r.order, r.agency.name, r.total, r.onTime, r.late, r.inTerm, r.overdue]),
  ];
  const t1 = data.appendix1.total;
  a1.push(["", totalRow, t1.total, t1.onTime, t1.late, t1.inTerm, t1.overdue]);

  const key = (m: ReportData["months"][number]) => (sameYear(data.months) ? `thang${m.month}` : `thang${m.month}_${m.year}`);
  const a2 = [
    [
      "stt",
      "co_quan",
      ...data.months.flatMap((m) => [`${key(m)}_giao`, `${key(m)}_da_thuc_hien`]),
      "luy_ke_giao",
      "luy_ke_da_thuc_hien",
      "con_phai_thuc_hien",
    ],
    ...data.appendix2.rows.map((r) => [r.order, r.agency.name, ...r.months.flatMap((c) => [c.assigned, c.done]), r.assigned, r.done, r.remaining]),
  ];
  const t2 = data.appendix2.total;
  a2.push(["", totalRow, ...t2.months.flatMap((c) => [c.assigned, c.done]), t2.assigned, t2.done, t2.remaining]);

  return { appendix1: toCsv(a1), appendix2: toCsv(a2) };
}

function toCsv(rows: (string | number)[][]): string {
  return BOM + rows.map((row) => row.map(field).join(",")).join(EOL) + EOL;
}

function field(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = escapeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
