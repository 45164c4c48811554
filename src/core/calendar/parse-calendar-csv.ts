/**
 * Parser for official calendar data files (one row per day).
 */
import { parse } from "csv-parse/sync";
import { isLocalDate, type LocalDate } from "../time/local-date.js";
import type { CalendarOverride, OverrideKind } from "./types.js";

/** A problem found in a calendar CSV; `line` is 1-based. */
export interface CalendarCsvError {
  readonly line: number;
  readonly message: string;
}

/** Result of {@link parseCalendarCsv}: valid rows plus every problem found. */
export interface ParseCalendarCsvResult {
  readonly overrides: CalendarOverride[];
  readonly errors: CalendarCsvError[];
}

type Column = "date" | "kind" | "name";

const HEADER_ALIASES: Readonly<Record<string, Column>> = {
  date: "date",
  ngay: "date",
  kind: "kind",
  loai: "kind",
  name: "name",
  ten: "name",
};

const KIND_ALIASES: Readonly<Record<string, OverrideKind>> = {
  holiday: "holiday",
  nghi: "holiday",
  workday: "workday",
  lam: "workday",
};

/** Lower-cases and strips Vietnamese diacritics: "Ngày" → "ngay", "Làm" → "lam". */
function fold(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .trim();
}

/** `;` when the header line uses more semicolons than commas, else `,`. */
function detectDelimiter(text: string): "," | ";" {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== "" && !line.trimStart().startsWith("#")) ?? "";
  const count = (char: string): number => header.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Parses official calendar overrides from CSV text.
 *
 * Format:
 * - optional UTF-8 BOM; `,` or `;` as separator (detected from the header);
 * - lines whose first character is `#` are comments; blank lines are ignored;
 * - a header naming the columns `date,kind,name` or, in Vietnamese,
 *   `ngay,loai,ten` (diacritics and case are ignored: `Ngày;Loại;Tên` works);
 *   columns may come in any order;
 * - `date`: an existing day as `YYYY-MM-DD` (`2025-02-31` is rejected);
 * - `kind`: `holiday` / `nghi` (day off) or `workday` / `lam` (make-up
 *   working day), case- and diacritic-insensitive;
 * - `name`: non-empty; quote it when it contains the separator.
 *
 * Never throws: rows with problems are skipped and reported in `errors`
 * (line numbers are those of the text, comments and blank lines included).
 * A date listed twice is reported on its second occurrence.
 */
export function parseCalendarCsv(text: string): ParseCalendarCsvResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const errors: CalendarCsvError[] = [];
  const overrides: CalendarOverride[] = [];

  let records: ParsedRecord[];
  try {
    records = parse(source, {
      delimiter: detectDelimiter(source),
      comment: "#",
      comment_no_infix: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { overrides, errors: [{ line, message: `Malformed CSV: ${(error as Error).message}` }] };
  }

  const [header, ...rows] = records;
  if (!header) return { overrides, errors: [{ line: 1, message: "Missing header line date,kind,name" }] };

  const columns = header.record.map((cell) => HEADER_ALIASES[fold(cell)]);
  const indexOf = (column: Column): number => columns.indexOf(column);
  if (indexOf("date") < 0 || indexOf("kind") < 0 || indexOf("name") < 0) {
    return {
      overrides,
      errors: [{ line: header.info.lines, message: 'Header must name the columns "date,kind,name" (or "ngay,loai,ten")' }],
    };
  }

  const firstLineOf = new Map<LocalDate, number>();
  for (const { record, info } of rows) {
    const line = info.lines - record.reduce((n, cell) => n + (cell.split("\n").length - 1), 0);
    const fail = (message: string): void => {
      errors.push({ line, message });
    };
    if (record.length !== header.record.length) {
      fail(`Expected ${header.record.length} columns, found ${record.length}`);
      continue;
    }
    const date = record[indexOf("date")] ?? "";
    const kindText = record[indexOf("kind")] ?? "";
    const name = record[indexOf("name")] ?? "";
    const kind = KIND_ALIASES[fold(kindText)];
    const problems: string[] = [];
    if (!isLocalDate(date)) problems.push(`Invalid date ${JSON.stringify(date)}: expected an existing day as YYYY-MM-DD`);
    if (!kind) problems.push(`Unknown kind ${JSON.stringify(kindText)}: expected holiday|nghi or workday|lam`);
    if (name === "") problems.push("Missing name");
    if (problems.length > 0) {
      fail(problems.join("; "));
      continue;
    }
    const firstLine = firstLineOf.get(date);
    if (firstLine !== undefined) {
      fail(`Duplicate date ${date} (first listed on line ${firstLine})`);
      continue;
    }
    firstLineOf.set(date, line);
    overrides.push({ date, kind: kind as OverrideKind, name });
  }
  return { overrides, errors };
}
