import ExcelJS from "exceljs";
import { resolveReportOptions, type ReportOptions } from "./options.js";
import {
  appendix1Headings,
  appendix1Title,
  appendix2Headings,
  appendix2Title,
  attachedNote,
  dataNote,
  monthLabel,
  type ReportText,
} from "./report-text.js";
import type { ReportData } from "./types.js";

/** First row of the column headings on both sheets (rows above: titles). */
export const XLSX_HEADER_ROW = 6;

/** A heading cell, possibly merged over `rows` × `cols` cells. */
interface Heading {
  row: number;
  col: number;
  text: string;
  rows?: number;
  cols?: number;
}

const FONT = "Times New Roman";
const NUMBER_FORMAT = '#,##0;-#,##0;"-"';
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/**
 * The two appendices as an Excel workbook: sheets "Phụ lục 01" and
 * "Phụ lục 02" laid out like the signed report (titles, merged multi-row
 * headings, TT and agency columns, a "Tổng số" row), with numeric cells
 * (zero shows as "-"), borders, column widths, frozen headings and an A4
 * landscape print setup. Words in the language of `text`.
 */
export async function renderXlsx(data: ReportData, text: ReportText, options: Partial<ReportOptions> = {}): Promise<Buffer> {
  const opts = resolveReportOptions(options);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = opts.unit;
  workbook.created = data.asOf;
  addAppendix1(workbook, data, opts, text);
  addAppendix2(workbook, data, opts, text);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addAppendix1(workbook: ExcelJS.Workbook, data: ReportData, opts: ReportOptions, text: ReportText): void {
  const h = XLSX_HEADER_ROW;
  const A1 = appendix1Headings(text);
  const headings: Heading[] = [
    { row: h, col: 1, rows: 3, text: A1.order },
    { row: h, col: 2, rows: 3, text: A1.agency },
    { row: h, col: 3, rows: 3, text: A1.total },
    { row: h, col: 4, cols: 4, text: A1.result },
    { row: h + 1, col: 4, cols: 2, text: A1.completed },
    { row: h + 1, col: 6, cols: 2, text: A1.notCompleted },
    { row: h + 2, col: 4, text: A1.onTime },
    { row: h + 2, col: 5, text: A1.late },
    { row: h + 2, col: 6, text: A1.inTerm },
    { row: h + 2, col: 7, text: A1.overdue },
  ];
  const rows = data.appendix1.rows.map((r) => [r.order, r.agency.name, r.total, r.onTime, r.late, r.inTerm, r.overdue]);
  const t = data.appendix1.total;
  rows.push(["", A1.totalRow, t.total, t.onTime, t.late, t.inTerm, t.overdue]);
  buildSheet(workbook, text.t("report-appendix1-sheet"), {
    titles: [text.t("report-appendix1-label"), appendix1Title(data, text), dataNote(data, text), attachedNote(opts, text)],
    headings,
    headingRows: 3,
    widths: [6, 42, 14, 12, 12, 12, 12],
    rows,
  });
}

function addAppendix2(workbook: ExcelJS.Workbook, data: ReportData, opts: ReportOptions, text: ReportText): void {
  const h = XLSX_HEADER_ROW;
  const A2 = appendix2Headings(text);
  const n = data.months.length;
  const headings: Heading[] = [
    { row: h, col: 1, rows: 2, text: A2.order },
    { row: h, col: 2, rows: 2, text: A2.agency },
  ];
  data.months.forEach((month, i) => {
    headings.push(
      { row: h, col: 3 + 2 * i, cols: 2, text: monthLabel(month, data.months, text) },
      { row: h + 1, col: 3 + 2 * i, text: A2.assigned },
      { row: h + 1, col: 4 + 2 * i, text: A2.done },
    );
  });
  const c = 3 + 2 * n;
  headings.push(
    { row: h, col: c, cols: 3, text: A2.cumulative },
    { row: h + 1, col: c, text: A2.assigned },
    { row: h + 1, col: c + 1, text: A2.done },
    { row: h + 1, col: c + 2, text: A2.remaining },
  );
  const rows: (string | number)[][] = data.appendix2.rows.map((r) => [
    r.order,
    r.agency.name,
    ...r.months.flatMap((m) => [m.assigned, m.done]),
    r.assigned,
    r.done,
    r.remaining,
  ]);
  const t = data.appendix2.total;
  rows.push(["", A2.totalRow, ...t.months.flatMap((m) => [m.assigned, m.done]), t.assigned, t.done, t.remaining]);
  buildSheet(workbook, text.t("report-appendix2-sheet"), {
    titles: [text.t("report-appendix2-label"), appendix2Title(data, text), dataNote(data, text), attachedNote(opts, text)],
    headings,
    headingRows: 2,
    widths: [6, 38, ...Array<number>(2 * n).fill(9), 10, 10, 12],
    rows,
  });
}

interface SheetSpec {
  /** Appendix label, title, data note, attachment note: one merged row each. */
  titles: string[];
  headings: Heading[];
  headingRows: number;
  widths: number[];
  /** Data rows then the totals row; numbers stay numbers. */
  rows: (string | number)[][];
}

function buildSheet(workbook: ExcelJS.Workbook, name: string, spec: SheetSpec): void {
  const columns = spec.widths.length;
  const top = XLSX_HEADER_ROW;
  const bottom = top + spec.headingRows - 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 2, ySplit: bottom, topLeftCell: `C${bottom + 1}` }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${top}:${bottom}`,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = spec.widths.map((width) => ({ width }));

  spec.titles.forEach((text, i) => {
    const row = i + 1;
    sheet.mergeCells(row, 1, row, columns);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size: i < 2 ? 13 : 12, bold: i < 2, italic: i >= 2 };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (i === 1) sheet.getRow(row).height = 36;
  });

  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: FONT, size: 11, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = THIN;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    }
    sheet.getRow(r).height = 30;
  }
  for (const h of spec.headings) {
    if ((h.rows ?? 1) > 1 || (h.cols ?? 1) > 1) sheet.mergeCells(h.row, h.col, h.row + (h.rows ?? 1) - 1, h.col + (h.cols ?? 1) - 1);
    sheet.getCell(h.row, h.col).value = h.text;
  }

  spec.rows.forEach((values, i) => {
    const row = sheet.getRow(bottom + 1 + i);
    const isTotal = i === spec.rows.length - 1;
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      cell.value = value === "" ? null : value;
      cell.border = THIN;
      cell.font = { name: FONT, size: 12, bold: isTotal };
      if (c === 1) {
        cell.alignment = { horizontal: isTotal ? "center" : "left", vertical: "middle", wrapText: true };
      } else {
        cell.alignment = { horizontal: "center", vertical: "middle" };
        if (c > 1) cell.numFmt = NUMBER_FORMAT;
      }
    });
  });
}
