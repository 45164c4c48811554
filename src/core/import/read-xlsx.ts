/**
 * Reads the first worksheet of an Excel (.xlsx) file into the same
 * {@link Table} the CSV reader produces, so that validation and import do not
 * care where a row came from.
 *
 * Rules:
 * - the header row is the first row with a non-blank cell; blank rows are
 *   skipped; a row's `line` is its Excel row number;
 * - every cell becomes text: strings as written (NFC), numbers in their
 *   shortest decimal form, rich text joined, formulas as their cached result,
 *   hyperlinks as their text, errors as written ("#N/A");
 * - a date cell becomes `dd/mm/yyyy` (or `dd/mm/yyyy HH:mm[:ss]` when it has a
 *   time). Excel stores wall-clock readings without a zone, and exceljs hands
 *   them out as Dates whose UTC fields are that reading; those fields are
 *   used, never the instant, so the import's date parser then reads the date
 *   as a local date in APP_TIMEZONE exactly like a typed "02/01/2019";
 * - cells covered by a merged range, except its top-left cell, are empty;
 * - rows are as wide as the header; cells beyond it count only when not
 *   blank (the validator then reports the cell count).
 */
import ExcelJS from "exceljs";
import { MAX_IMPORT_BYTES, tooLarge, type ReadTableResult, type TableRow } from "./read-table.js";
import { message } from "./types.js";

/** True for the bytes of a ZIP container (every .xlsx file is one). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Parses XLSX bytes into a table. Fails with `import-file-too-large`,
 * `import-file-xlsx-unreadable` (not an Excel workbook, or encrypted),
 * `import-file-empty` or `import-file-no-rows`.
 */
export async function readXlsxTable(source: Uint8Array): Promise<ReadTableResult> {
  if (source.byteLength > MAX_IMPORT_BYTES) return { ok: false, error: tooLarge(source.byteLength) };
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, error: message("import-file-xlsx-unreadable") };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: message("import-file-empty") };

  let headers: string[] | null = null;
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = rowTexts(row);
    const width = filledWidth(cells);
    if (width === 0) return;
    if (headers === null) {
      headers = cells.slice(0, width).map((h) => h.trim());
      return;
    }
    const size = Math.max(headers.length, width);
    while (cells.length < size) cells.push("");
    cells.length = size;
    rows.push({ line: rowNumber, cells });
  });
  if (headers === null) return { ok: false, error: message("import-file-empty") };
  if (rows.length === 0) return { ok: false, error: message("import-file-no-rows") };
  return { ok: true, table: { headers, rows } };
}

/** The text of every cell of a row, from column A to the row's last cell. */
function rowTexts(row: ExcelJS.Row): string[] {
  const out: string[] = [];
  const count = row.cellCount;
  for (let col = 1; col <= count; col++) {
    const cell = row.getCell(col);
    out.push(cell.isMerged && cell.master !== cell ? "" : cellText(cell.value));
  }
  return out;
}

/** Index after the last non-blank cell; 0 for a blank row. */
function filledWidth(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i]!.trim() !== "") return i + 1;
  return 0;
}

/** The text a cell value stands for (see the module comment). */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.normalize("NFC");
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return wallClockText(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("").normalize("NFC");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  }
  if ("text" in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return "";
}

/** Excel keeps 15 significant digits; "0.30000000000000004" would be noise. */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : "";
}

/**
 * "dd/mm/yyyy", or with " HH:mm" / " HH:mm:ss" when the reading has a time,
 * from the Date's UTC fields (the wall-clock reading stored in the workbook),
 * rounded to the second to absorb the floating-point serial.
 */
export function wallClockText(date: Date): string {
  const d = new Date(Math.round(date.getTime() / 1000) * 1000);
  if (Number.isNaN(d.getTime())) return "";
  const p = (n: number) => String(n).padStart(2, "0");
  const day = `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (h === 0 && m === 0 && s === 0) return day;
  return s === 0 ? `${day} ${p(h)}:${p(m)}` : `${day} ${p(h)}:${p(m)}:${p(s)}`;
}
