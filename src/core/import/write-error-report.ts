/**
 * The error report of an import: every rejected row with its original cells
 * and the reasons it was rejected, as a spreadsheet the user can fix and
 * import again (the extra "line" and "reasons" columns are ignored by the
 * importer as unknown columns).
 *
 * Written as XLSX (one sheet, header frozen, reasons one per line in their
 * cell) or, for a path ending in ".csv", as CSV in UTF-8 with a byte order
 * mark so that Excel shows Vietnamese text correctly.
 *
 * The cells are the user's own, so they may start like a formula ("=", "+",
 * "-", "@", tab, CR): in the CSV such a cell gets a leading apostrophe
 * (removed again when the file is imported), in the XLSX every cell is a
 * typed string and the line a number, never a formula.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { escapeFormula } from "../text/formula-guard.js";
import type { Table } from "./read-table.js";
import type { RowIssue } from "./types.js";

/** Labels and rendering in the report's language. */
export interface ErrorReportTexts {
  /** Header of the first column (the row's line in the imported file). */
  line: string;
  /** Header of the last column. */
  reasons: string;
  /** Name of the XLSX sheet. */
  sheet: string;
  /** One issue as a sentence, e.g. "Cột “ngay_giao”: “31/02/2019” không phải là ngày có thật." */
  issue(issue: RowIssue): string;
}

/** The report as a grid: the header row, then one row per rejected line. */
export interface ErrorReportGrid {
  header: string[];
  rows: string[][];
}

/** Formats accepted by {@link writeErrorReport}, chosen by the file name. */
export type ErrorReportFormat = "xlsx" | "csv";

/** "csv" for a name ending in .csv, "xlsx" for .xlsx, else null. */
export function errorReportFormat(path: string): ErrorReportFormat | null {
  const lower = path.toLowerCase();
  return lower.endsWith(".xlsx") ? "xlsx" : lower.endsWith(".csv") ? "csv" : null;
}

/**
 * Lays out the report: line, the file's columns as they were, reasons. Rows
 * come in line order; a row with more cells than the header keeps them in
 * unnamed columns.
 */
export function buildErrorReport(table: Table, issues: readonly RowIssue[], texts: ErrorReportTexts): ErrorReportGrid {
  const reasons = new Map<number, string[]>();
  for (const issue of issues) {
    const list = reasons.get(issue.line) ?? [];
    list.push(texts.issue(issue));
    reasons.set(issue.line, list);
  }
  const bad = table.rows.filter((row) => reasons.has(row.line));
  const width = Math.max(table.headers.length, ...bad.map((row) => row.cells.length));
  const pad = (cells: readonly string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? "");
  return {
    header: [texts.line, ...pad(table.headers), texts.reasons],
    rows: bad.map((row) => [String(row.line), ...pad(row.cells), reasons.get(row.line)!.join("\n")]),
  };
}

/** Writes the report to `path` in the format its extension names (XLSX unless it ends in .csv). */
export async function writeErrorReport(path: string, grid: ErrorReportGrid, texts: Pick<ErrorReportTexts, "sheet">): Promise<void> {
  if (errorReportFormat(path) === "csv") {
    await writeFile(path, `\uFEFF${[grid.header, ...grid.rows].map(csvLine).join("\r\n")}\r\n`, "utf8");
    return;
  }
  await writeFile(path, await errorReportXlsx(grid, texts.sheet));
}

/** The report as XLSX bytes. */
export async function errorReportXlsx(grid: ErrorReportGrid, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(grid.header).font = { bold: true };
  // The line is a count: a number cell. Every other cell is added as a string value, which exceljs writes as text.
  for (const [line, ...cells] of grid.rows) sheet.addRow([/^\d+$/.test(line ?? "") ? Number(line) : line, ...cells]);
  const last = grid.header.length;
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(...[grid.header, ...grid.rows].map((r) => longestLine(r[index] ?? "")));
    column.width = Math.min(index === last - 1 ? 80 : 40, Math.max(6, longest + 2));
  });
  sheet.getColumn(last).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map((l) => l.length));
}

function csvLine(cells: readonly string[]): string {
  return cells
    .map(escapeFormula)
    .map((c) => (/[",;\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(",");
}
